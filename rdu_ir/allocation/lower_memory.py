"""df.memory -> PMU configurations: write and read address generators, banking, split ranges.

A PMU has one write generator per writer (input port w serves the w-th writer of the declared
order; generators of ports >= 1 are the `extra_writes` attribute) and serves one read
pattern at a time here: readers that walk the buffer the same way share one read port (the
route fans out); a buffer read with k different patterns is replicated into k PMUs that the
writer fills together (its output route fans out to all of them). A buffer (all its `depth`
copies) larger than a PMU is split by `partition.partition_memory` into PMUs that each decode
an address range. A reader that a layout pass marked for the PMU's transpose read (a
`transpose_reads` array of reader names on the df.memory) gets a
replica configured for it (`infer-layout` writes `transpose_reads = [@reader, ...]` on the
df.memory).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    DenseArrayBase,
    DictionaryAttr,
    MemRefType,
    StringAttr,
    SymbolRefAttr,
    i64,
)
from xdsl.ir import Attribute

from rdu_ir.allocation.lower_compute import Counters, PortPattern
from rdu_ir.allocation.partition import VirtualMemory, partition_memory
from rdu_ir.chip import Chip
from rdu_ir.diagnostics import RduError, error_at
from rdu_ir.dialects import df


@dataclass
class PmuConfig:
    name: str
    bytes: int
    depth: int
    banks: int
    write: tuple[Counters, object]
    read: tuple[Counters, object]
    transpose: bool
    addr_range: tuple[int, int] | None
    attrs: dict[str, Attribute]


@dataclass
class Reader:
    """One reading port of a buffer: `unit` (df name) port `port`, walking `pattern`."""

    unit: str
    port: int
    pattern: PortPattern


@dataclass
class MemoryLowering:
    memory: df.MemoryOp
    replicas: list[list[PmuConfig]] = field(default_factory=list)
    """Per replica its fragments (one PMU unless split)."""
    reader_replica: list[int] = field(default_factory=list)
    """Per reader (in the order given), the replica serving it."""


def element_bytes(t: MemRefType) -> int:
    width = getattr(t.element_type, "bitwidth", None) or getattr(
        t.element_type, "width", None
    )
    bits = width if isinstance(width, int) else 32
    return max(1, math.ceil(bits / 8))


def transposed_readers(mem: df.MemoryOp) -> set[str]:
    """Reader names a layout pass marked for the transpose read."""
    sources = [
        mem.attributes.get("transpose_reads"),
        mem.attributes.get("transpose_readers"),
    ]
    if isinstance(mem.layout, DictionaryAttr):
        sources.append(mem.layout.data.get("transpose_reads"))
    out: set[str] = set()
    for attr in sources:
        if isinstance(attr, ArrayAttr):
            for x in attr.data:
                if isinstance(x, StringAttr):
                    out.add(x.data)
                elif isinstance(x, SymbolRefAttr):
                    out.add(x.root_reference.data)
    return out


def lower_memory(
    mem: df.MemoryOp,
    write: PortPattern | list[PortPattern],
    readers: list[Reader],
    chip: Chip,
    also_transposed: set[str] | None = None,
) -> MemoryLowering:
    """PMUs for `mem` written by `write` (one pattern per writer, in the declared writer order:
    input port w of every PMU serves writer w) and read by `readers`."""
    writes = write if isinstance(write, list) else [write]
    name = df.unit_name(mem)
    t = mem.result.type
    assert isinstance(t, MemRefType)
    shape = mem.shape
    ebytes = element_bytes(t)
    transposed = transposed_readers(mem) | (also_transposed or set())
    if transposed and not chip.pmu_transpose_read:
        raise error_at(
            mem,
            f"buffer @{name} needs a transpose read, but chip '{chip.name}' PMUs have none",
        )
    groups: dict[tuple, int] = {}
    order: list[tuple[PortPattern, bool]] = []
    result = MemoryLowering(mem)
    for r in readers:
        key = (r.pattern.key(), r.unit in transposed)
        if key not in groups:
            groups[key] = len(order)
            order.append((r.pattern, r.unit in transposed))
        result.reader_replica.append(groups[key])
    try:
        frags = partition_memory(
            VirtualMemory(name, shape, ebytes, mem.depth_value), chip
        )
    except RduError as e:
        raise error_at(mem, str(e).removeprefix("error: ")) from None
    banks = min(mem.banks_value, chip.pmu_banks)
    attrs: dict[str, Attribute] = {
        "shape": DenseArrayBase.from_list(i64, list(shape)),
        "element": t.element_type,
    }
    if len(writes) > 1:
        attrs["extra_writes"] = ArrayAttr([
            DictionaryAttr({
                "counters": DenseArrayBase.from_list(i64, [x for c in w.counters for x in c]),
                "map": AffineMapAttr(w.amap),
            })
            for w in writes[1:]
        ])  # fmt: skip
    for i, (pattern, transpose) in enumerate(order):
        base = name if len(order) == 1 else f"{name}_r{i}"
        replica = []
        for f in frags:
            fname = base if len(frags) == 1 else f"{base}_{f.index}"
            rng = None if len(frags) == 1 else (f.lo, f.hi)
            replica.append(
                PmuConfig(fname, (f.hi - f.lo) * ebytes, mem.depth_value, banks,
                          (writes[0].counters, writes[0].amap), (pattern.counters, pattern.amap),
                          transpose, rng, dict(attrs))
            )  # fmt: skip
        result.replicas.append(replica)
    return result
