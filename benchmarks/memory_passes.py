"""The memory passes on the example programs: conversions `infer-layout` inserts against a naive
policy, and the PMUs (and memory-unit cost) before and after `split-buffers`.

The naive policy lays every buffer out as its writer produces it and converts at every port
that reads (or writes) in another order, with no transpose reads and no change of vector
counters. PMUs are counted with split-buffers' cost model (rdu_ir/dataflow/buffer_cost.py).

    python -m benchmarks.memory_passes [--chips tiny plasticine] [FILES...]
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from rdu_ir.chip import PRESETS, bind_chip, chip_of
from rdu_ir.context import make_context
from rdu_ir.dataflow import buffer_cost as bc
from rdu_ir.dataflow.layout import naive_conversions
from rdu_ir.dialects import df
from rdu_ir.parsing import parse_source
from rdu_ir.passes.infer_layout import InferLayoutPass, build_model, current_layout
from rdu_ir.passes.split_buffers import SplitBuffersPass, accesses, demand
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import collected, reset
from rdu_ir.testing.check import apply_pipeline, build_pipeline

ROOT = Path(__file__).resolve().parent.parent
CHIPS = {**PRESETS, "tiny-nt": dataclasses.replace(PRESETS["tiny"], name="tiny-nt", pmu_transpose_read=False)}
"""The presets, and the tiny chip without transpose reads (so conflicts need inserted buffers)."""
TO_DF = {"mlir": "linalg-to-ta,ta-decompose,ta-to-df", "tin": "ta-decompose,ta-to-df"}


def graphs(module) -> list[df.GraphOp]:
    return [op for op in payload_ops(module) if isinstance(op, df.GraphOp)]


def memory_figures(module) -> tuple[int, float]:
    """(PMUs, memory-unit cost) of every buffer of the module."""
    chip = chip_of(module)
    pmus, cost = 0, 0.0
    for g in graphs(module):
        for op in g.units():
            if isinstance(op, df.MemoryOp):
                d = demand(op, op.shape, accesses(g, op.result))
                pmus += bc.pmus(d, chip)
                cost += bc.cost(d, chip)
    return pmus, cost


def measure(path: Path, chip_name: str) -> dict[str, object]:
    ctx = make_context()
    suffix = path.suffix.lstrip(".")
    module = parse_source(ctx, path.read_text(), str(path), suffix)
    bind_chip(module, CHIPS[chip_name])
    lowered = apply_pipeline(build_pipeline(TO_DF[suffix]), module)
    chip = chip_of(lowered)
    naive = 0
    for g in graphs(lowered):
        model = build_model(g, chip)
        naive += naive_conversions(model.problem, [current_layout(m) for m in model.memories])
    reset()
    t0 = time.perf_counter()
    laid = apply_pipeline((InferLayoutPass(),), lowered)
    t1 = time.perf_counter()
    layout_stats = collected().get("infer-layout", {})
    pmus_before, cost_before = memory_figures(laid)
    reset()
    split = apply_pipeline((SplitBuffersPass(),), laid)
    t2 = time.perf_counter()
    split_stats = collected().get("split-buffers", {})
    pmus_after, cost_after = memory_figures(split)
    return {
        "program": path.name, "chip": chip_name,
        "buffers": layout_stats.get("buffers inspected", 0),
        "conflicts": layout_stats.get("conflicts found", 0),
        "transposed": layout_stats.get("resolved by transpose read", 0),
        "inserted": layout_stats.get("resolved by inserted buffers", 0),
        "naive": naive,
        "pmus": f"{pmus_before} -> {pmus_after}",
        "cost": f"{cost_before:g} -> {cost_after:g}",
        "splits": sum(v for k, v in split_stats.items() if k.startswith("split:")),
        "ms": f"{1000 * (t1 - t0):.0f}+{1000 * (t2 - t1):.0f}",
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--chips", nargs="*", default=["tiny", "tiny-nt", "plasticine"], choices=sorted(CHIPS))
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "examples").glob("*.mlir")) + sorted((ROOT / "examples").glob("*.tin"))
    rows = [measure(f, c) for f in files for c in args.chips]
    cols = list(rows[0]) if rows else []
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
    print("  ".join(c.ljust(widths[c]) for c in cols))
    for r in rows:
        print("  ".join(str(r[c]).ljust(widths[c]) for c in cols))
    print("\nconflicts: ports whose order the chosen layouts do not meet; transposed/inserted: how they were resolved;")
    print("naive: conversions when every buffer takes its writer's layout and every mismatch converts;")
    print("pmus/cost: PMUs and memory-unit cost (buffer_cost.py) before -> after split-buffers; ms: infer+split time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
