"""The physical design of a df.graph before placement: every PCU, PMU and AGCU transfer it needs
(partitioned and configured by `lower_compute`, `lower_memory`, `lower_transfer`) and every
data link between their ports. Placement, routing and sectioning work on this, not on IR.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from xdsl.dialects.builtin import ArrayAttr, DenseArrayBase, IntegerAttr
from xdsl.ir import Operation, SSAValue

from rdu_ir.allocation.affine_flat import row_major_map
from rdu_ir.allocation.lower_compute import (
    ComputeLowering,
    PcuConfig,
    PortPattern,
    lower_compute,
)
from rdu_ir.allocation.lower_memory import (
    PmuConfig,
    Reader,
    lower_memory,
    transposed_readers,
)
from rdu_ir.allocation.lower_transfer import AgcuConfig, dram_names, lower_transfer
from rdu_ir.chip import Chip
from rdu_ir.diagnostics import error_at
from rdu_ir.dialects import df

PIN_ATTR = "rdu.site"
"""Attribute on a df unit pinning its (first) physical unit: `[row, col]`, or `[index]` for an AGCU."""


@dataclass
class PUnit:
    name: str
    kind: str
    """pcu, pmu or agcu (an AGCU *transfer*; several may share one AGCU)."""
    config: PcuConfig | PmuConfig | AgcuConfig
    owner: str
    """The df unit it comes from."""
    pin: tuple[int, int] | int | None = None
    position: int = 0
    """Position of the df unit in its graph: units are emitted in the graph's order."""


@dataclass
class PLink:
    src: int
    src_port: int
    dst: int
    dst_port: int
    network: str = "vector"


@dataclass
class Design:
    graph: df.GraphOp
    units: list[PUnit] = field(default_factory=list)
    links: list[PLink] = field(default_factory=list)
    dram: dict[SSAValue, str] = field(default_factory=dict)
    by_owner: dict[str, list[int]] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    merged: int = 0
    """Buffers merged into an identical one (`identical_loads`)."""

    def add(self, unit: PUnit) -> int:
        unit.position = self.positions.get(unit.owner, 0)
        self.units.append(unit)
        self.by_owner.setdefault(unit.owner, []).append(len(self.units) - 1)
        return len(self.units) - 1


def _pin(op: Operation, kind: str) -> tuple[int, int] | int | None:
    attr = op.attributes.get(PIN_ATTR)
    if attr is None:
        return None
    values: list[int] = []
    if isinstance(attr, DenseArrayBase):
        values = [int(x) for x in attr.iter_values()]
    elif isinstance(attr, ArrayAttr) and all(
        isinstance(x, IntegerAttr) for x in attr.data
    ):
        values = [x.value.data for x in attr.data]  # type: ignore[attr-defined]
    if kind == "agcu" and len(values) == 1:
        return values[0]
    if kind != "agcu" and len(values) == 2:
        return (values[0], values[1])
    want = "[index]" if kind == "agcu" else "[row, col]"
    raise error_at(op, f"'{PIN_ATTR}' must be {want} for this unit, got {attr}")


def build_design(graph: df.GraphOp, chip: Chip) -> Design:
    """Lower every unit of `graph` and connect the physical units' ports."""
    d = Design(graph, dram=dram_names(graph))
    d.positions = {df.unit_name(op): i for i, op in enumerate(graph.units())}
    taken: set[str] = set()

    def unique(name: str) -> str:
        base, k = name, 0
        while name in taken:
            k += 1
            name = f"{base}_{k}"
        taken.add(name)
        return name

    dups = identical_loads(graph)
    d.merged = len(dups) // 2
    computes: dict[str, ComputeLowering] = {}
    entry: dict[tuple[str, int], tuple[int, int]] = {}
    """(df compute, read port) -> (physical unit, input port) receiving it."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    writers: dict[SSAValue, list[tuple[Operation, int]]] = {}
    readers: dict[SSAValue, list[tuple[Operation, int]]] = {}
    for op in graph.units():
        name = df.unit_name(op)
        if isinstance(op, df.ComputeOp):
            cl = lower_compute(op, chip)
            computes[name] = cl
            pin = _pin(op, "pcu")
            ids = []
            for i, cfg in enumerate(cl.pcus):
                cfg.name = unique(cfg.name)
                ids.append(
                    d.add(PUnit(cfg.name, "pcu", cfg, name, pin if i == 0 else None))
                )
            first[name], last[name] = ids[0], ids[-1]
            for a, b in pairwise(ids):
                for j in range(d.units[a].config.outputs):  # type: ignore[union-attr]
                    d.links.append(PLink(a, j, b, j))
            for j, v in enumerate(op.writes):
                writers.setdefault(v, []).append((op, j))
            for k, v in enumerate(op.reads):
                readers.setdefault(v, []).append((op, k))
                frag, port = cl.input_of(k)
                entry[(name, k)] = (ids[frag], port)
        elif isinstance(op, (df.LoadOp, df.StoreOp)):
            if name in dups:
                continue
            cfg = lower_transfer(op, d.dram)
            cfg.name = unique(cfg.name)
            first[name] = last[name] = d.add(
                PUnit(cfg.name, "agcu", cfg, name, _pin(op, "agcu"))
            )
            if isinstance(op, df.LoadOp):
                writers.setdefault(op.dst, []).append((op, 0))
            else:
                readers.setdefault(op.src, []).append((op, 0))

    # A buffer filled by a load identical to an earlier one holds the same data: its readers
    # read the earlier buffer (with their own patterns) and it gets no units of its own.
    values = {df.unit_name(op): op for op in graph.units()}
    transposed: dict[str, set[str]] = {}
    for dup, keep in dups.items():
        dup_op, keep_op = values[dup], values[keep]
        if isinstance(dup_op, df.MemoryOp):
            readers.setdefault(keep_op.result, []).extend(
                readers.pop(dup_op.result, [])
            )
            transposed.setdefault(keep, set()).update(transposed_readers(dup_op))
    for op in graph.units():
        name = df.unit_name(op)
        if isinstance(op, df.StreamOp):
            (w, j), (r, k) = writers[op.result][0], readers[op.result][0]
            net = "scalar" if op.scalar is not None else "vector"
            d.links.append(
                PLink(last[df.unit_name(w)], j, *entry[(df.unit_name(r), k)], net)
            )
        elif isinstance(op, df.MemoryOp):
            if name in dups:
                continue
            ws = writers.get(op.result, [])
            order = op.writer_names()
            if order:
                ws = sorted(ws, key=lambda wj: order.index(df.unit_name(wj[0])))
            shape = op.shape
            whole = PortPattern([(0, s, 1) for s in shape], row_major_map(shape))
            wpats = [
                computes[df.unit_name(w)].write_patterns[j]
                if isinstance(w, df.ComputeOp)
                else whole
                for w, j in ws
            ]
            rlist = []
            for r, k in readers.get(op.result, []):
                pat = (
                    computes[df.unit_name(r)].read_patterns[k]
                    if isinstance(r, df.ComputeOp)
                    else whole
                )
                rlist.append(Reader(df.unit_name(r), k, pat))  # type: ignore[arg-type]
            ml = lower_memory(op, wpats, rlist, chip, transposed.get(name, set()))  # type: ignore[arg-type]
            pin = _pin(op, "pmu")
            replica_ids: list[list[int]] = []
            for ri, replica in enumerate(ml.replicas):
                ids = []
                for fi, cfg in enumerate(replica):
                    cfg.name = unique(cfg.name)
                    ids.append(
                        d.add(
                            PUnit(
                                cfg.name,
                                "pmu",
                                cfg,
                                name,
                                pin if ri == fi == 0 else None,
                            )
                        )
                    )
                replica_ids.append(ids)
            for port, (w, j) in enumerate(ws):
                src = last[df.unit_name(w)]
                for ids in replica_ids:
                    for u in ids:
                        d.links.append(PLink(src, j, u, port))
            for (r, k), ri in zip(readers.get(op.result, []), ml.reader_replica):
                for u in replica_ids[ri]:
                    d.links.append(
                        PLink(
                            u,
                            0,
                            *entry.get(
                                (df.unit_name(r), k), (first[df.unit_name(r)], k)
                            ),
                        )
                    )
    for dup, keep in dups.items():
        d.by_owner[dup] = d.by_owner.get(keep, [])
    return d


def identical_loads(graph: df.GraphOp) -> dict[str, str]:
    """Loads (and the buffers they alone fill) that repeat an earlier load of the same DRAM
    tensor, tiles and map into a buffer of the same type, depth and banks: name -> the earlier
    unit's name (split-buffers copies a buffer per pair of readers for the PMU's read ports; a
    PMU here broadcasts one read stream to every reader of the same pattern instead)."""
    writers: dict = {}
    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            for v in op.writes:
                writers.setdefault(v, []).append(op)
        elif isinstance(op, df.LoadOp):
            writers.setdefault(op.dst, []).append(op)
    seen: dict[tuple, tuple[str, str]] = {}
    out: dict[str, str] = {}
    for op in graph.units():
        if not isinstance(op, df.LoadOp) or len(writers[op.dst]) != 1:
            continue
        mem = op.dst.owner
        if not isinstance(mem, df.MemoryOp) or mem.writer_names():
            continue
        key = (
            op.src,
            str(op.access_map),
            op.tile_bounds,
            str(mem.result.type),
            mem.depth_value,
            mem.banks_value,
        )
        if key in seen:
            load, buf = seen[key]
            out[df.unit_name(op)] = load
            out[df.unit_name(mem)] = buf
        else:
            seen[key] = (df.unit_name(op), df.unit_name(mem))
    return out
