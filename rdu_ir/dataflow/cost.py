"""Figures of a df graph that benchmarks and later passes read: units by kind and the ideal
cycle count (every unit issuing one pipeline slot a cycle, `ComputeOp.cycles`).

The units ta-to-df emits for one generic are named `<group>_c<block>[_<chunk>]`; groups run
one after another (they exchange tensors through DRAM), the units of a group in parallel, so
the ideal cycle count is the sum over groups of their slowest unit."""

from __future__ import annotations

from collections import Counter

from rdu_ir.chip import Chip
from rdu_ir.dialects import df


def group_of(name: str) -> str:
    head, sep, _ = name.rpartition("_c")
    return head if sep else name


def unit_counts(graph: df.GraphOp) -> dict[str, int]:
    counts = Counter(op.name.split(".", 1)[1] for op in graph.units() if not isinstance(op, df.DramOp))
    return dict(sorted(counts.items()))


def group_cycles(graph: df.GraphOp, chip: Chip) -> dict[str, int]:
    out: dict[str, int] = {}
    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            g = group_of(df.unit_name(op))
            out[g] = max(out.get(g, 0), op.cycles(chip.pcu_lanes))
    return out


def ideal_cycles(graph: df.GraphOp, chip: Chip) -> int:
    return sum(group_cycles(graph, chip).values())


def memory_units(graph: df.GraphOp) -> int:
    return sum(1 for op in graph.units() if isinstance(op, df.MemoryOp))


def vector_work(graph: df.GraphOp, chip: Chip) -> int:
    """Total lane-op work in vector ops (each unrolled stage counts)."""
    total = 0
    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            slots = op.iterations(range(len(op.counter_bounds)), chip.pcu_lanes, unrolled=False)
            total += op.steps() * slots
    return total
