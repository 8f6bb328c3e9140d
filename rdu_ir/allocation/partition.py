"""Partitioning: split virtual units that exceed a physical PCU or PMU into several.

* A virtual compute unit is a pipeline of `S` stage ops; a PCU has `chip.pcu_stages`
  stages, so it becomes `ceil(S / pcu_stages)` PCU fragments chained by streams. A value
  computed before a cut and still used after it must travel down the chain, so every
  stream lists the values it carries (stage results and unit inputs used downstream).
* A virtual memory unit holds `depth` copies of a buffer of `shape`; when that does not
  fit in one PMU it is split into PMUs that each serve a contiguous range of the buffer's
  row-major element addresses (all `depth` copies of that range), as evenly as possible
  and aligned to whole rows of the innermost dimensions where the rows fit, so address
  decoding is `address // elements_per_fragment`.

Pure functions over plain dataclasses: the `df -> rdu` lowering builds these from df ops.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rdu_ir.chip import Chip
from rdu_ir.diagnostics import RduError

# --- compute ------------------------------------------------------------------------


@dataclass(frozen=True)
class StageOp:
    """One stage of a compute pipeline: `op` applied to `operands`.

    An operand is `in<k>` (input port k), `s<k>` (the result of stage k of the same virtual
    unit, k < this stage), `c<k>` (counter k), `acc` or a numeric literal.
    """

    op: str
    operands: tuple[str, ...] = ()


@dataclass(frozen=True)
class VirtualCompute:
    name: str
    stages: tuple[StageOp, ...]
    outputs: tuple[int, ...] = ()
    """Stages whose results leave the unit (default: the last stage)."""


@dataclass(frozen=True)
class ComputeFragment:
    name: str
    index: int
    first_stage: int
    """Index, in the virtual unit, of this fragment's first stage."""
    stages: tuple[StageOp, ...]
    """The fragment's stages, operands renamed: `s<k>` local to the fragment, values from
    earlier fragments read as `in<j>` where j indexes the incoming stream's `carried`."""
    outputs: tuple[str, ...] = ()
    """In the last fragment: the unit's outputs, renamed like the operands."""


@dataclass(frozen=True)
class ChainStream:
    """The stream from fragment `source` to fragment `source + 1`."""

    source: int
    carried: tuple[str, ...]
    """Values on the stream, named as in the virtual unit (`s<k>`, `in<k>`, `c<k>`)."""


def _stage_ref(operand: str) -> int | None:
    if operand.startswith("s") and operand[1:].isdigit():
        return int(operand[1:])
    return None


def _is_passthrough(operand: str) -> bool:
    """Values a downstream fragment needs forwarded: stage results and unit inputs.

    Counters are not forwarded (every fragment runs a copy of the counter chain), nor are
    literals or the accumulator."""
    return _stage_ref(operand) is not None or (operand.startswith("in") and operand[2:].isdigit())


def partition_compute(
    unit: VirtualCompute, chip: Chip
) -> tuple[list[ComputeFragment], list[ChainStream]]:
    """Split `unit` into PCU fragments of at most `chip.pcu_stages` stages each."""
    n = len(unit.stages)
    if n == 0:
        raise RduError(f"error: compute unit '{unit.name}' has no stages")
    for i, st in enumerate(unit.stages):
        for operand in st.operands:
            ref = _stage_ref(operand)
            if ref is not None and ref >= i:
                raise RduError(
                    f"error: compute unit '{unit.name}': stage {i} ({st.op}) reads {operand}, "
                    "which is not an earlier stage"
                )
    per = chip.pcu_stages
    count = math.ceil(n / per)
    outputs = unit.outputs or (n - 1,)
    cuts = [(f * per, min(n, (f + 1) * per)) for f in range(count)]
    fragments: list[ComputeFragment] = []
    streams: list[ChainStream] = []
    carried_in: tuple[str, ...] = ()
    for f, (lo, hi) in enumerate(cuts):
        # Values used at or after the next cut but defined before it (or unit inputs and
        # counters, which later fragments only see through the chain).
        later_uses: list[str] = []
        for st in unit.stages[hi:]:
            for operand in st.operands:
                if _is_passthrough(operand) and operand not in later_uses:
                    ref = _stage_ref(operand)
                    if ref is None or ref < hi:
                        later_uses.append(operand)
        for o in outputs:
            if o < hi and f + 1 < count and f"s{o}" not in later_uses:
                later_uses.append(f"s{o}")

        def rename(
            operand: str, lo: int = lo, incoming: tuple[str, ...] = carried_in, chained: bool = f > 0
        ) -> str:
            ref = _stage_ref(operand)
            if ref is not None and ref >= lo:
                return f"s{ref - lo}"
            if chained and _is_passthrough(operand):
                return f"in{incoming.index(operand)}"
            return operand

        stages = tuple(StageOp(st.op, tuple(rename(x) for x in st.operands)) for st in unit.stages[lo:hi])
        outs = tuple(rename(f"s{o}") for o in outputs) if f + 1 == count else ()
        name = f"{unit.name}_{f}" if count > 1 else unit.name
        fragments.append(ComputeFragment(name, f, lo, stages, outs))
        if f + 1 < count:
            streams.append(ChainStream(f, tuple(later_uses)))
            carried_in = tuple(later_uses)
    return fragments, streams


# --- memory -------------------------------------------------------------------------


@dataclass(frozen=True)
class VirtualMemory:
    name: str
    shape: tuple[int, ...]
    elem_bytes: int = 4
    depth: int = 1
    """Buffer copies (2 = double buffering); every fragment holds all copies of its range."""


@dataclass(frozen=True)
class MemoryFragment:
    name: str
    index: int
    lo: int
    hi: int
    """Row-major element addresses `lo <= a < hi` of the buffer served by this PMU."""
    bytes: int
    """PMU capacity used: (hi - lo) * elem_bytes * depth."""


def partition_memory(mem: VirtualMemory, chip: Chip) -> list[MemoryFragment]:
    """Split `mem` over as few PMUs as hold it; one fragment when it fits in one PMU."""
    if any(d <= 0 for d in mem.shape) or mem.elem_bytes <= 0 or mem.depth <= 0:
        raise RduError(f"error: memory unit '{mem.name}' has an empty shape or size")
    total = math.prod(mem.shape)
    per_elem = mem.elem_bytes * mem.depth
    fit = chip.pmu_capacity_bytes // per_elem
    if fit == 0:
        raise RduError(
            f"error: memory unit '{mem.name}': one element ({per_elem} bytes over {mem.depth} "
            f"copies) exceeds a PMU of {chip.pmu_capacity_bytes} bytes"
        )
    # Align fragments to the largest row block (product of innermost dims) that fits.
    grain = 1
    for d in reversed(mem.shape[1:]):
        if grain * d > fit:
            break
        grain *= d
    rows = total // grain if total % grain == 0 else math.ceil(total / grain)
    count = math.ceil(rows / (fit // grain))
    per = math.ceil(rows / count) * grain
    frags = []
    for i in range(count):
        lo, hi = i * per, min(total, (i + 1) * per)
        if lo >= hi:
            break
        name = f"{mem.name}_{i}" if count > 1 else mem.name
        frags.append(MemoryFragment(name, i, lo, hi, (hi - lo) * per_elem))
    return frags


def decode(fragments: Sequence[MemoryFragment], address: int) -> tuple[int, int]:
    """(fragment index, local address) serving a row-major element `address`."""
    per = fragments[0].hi - fragments[0].lo
    i = address // per
    if not (0 <= address < fragments[-1].hi):
        raise IndexError(f"address {address} outside 0..{fragments[-1].hi - 1}")
    return i, address - fragments[i].lo
