"""allocate-units on GEMM and MLP programs for the plasticine and sn10 chips.

    python benchmarks/allocation.py [--chips plasticine,sn10] [--programs gemm,gemm1024,mlp,mlp_large]
                                    [--seed 0] [--effort 1.0]

Each program is lowered (`ta-to-df`, `infer-layout`, `split-buffers`) for the chip, then allocated; one row per (program, chip):
sections, PCUs / PMUs placed and AGCU transfers, wall time of each step (partition = df ->
physical units, place, route, summed over sections), total route length (data and control
routes) against a lower bound (`realize.lower_bound`: links that must leave a unit because at
most 8 others can share one of its switches), the improvement annealing makes over the seeded
random initial placement, and the fullest link (tracks used / capacity, network).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

from rdu_ir.passes.allocate_units import AllocateUnitsPass
from rdu_ir.passes.infer_layout import InferLayoutPass
from rdu_ir.passes.linalg_to_ta import LinalgToTaPass
from rdu_ir.passes.split_buffers import SplitBuffersPass
from rdu_ir.passes.ta_to_df import TaToDfPass

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "examples")

GENERATED = {
    "gemm1024": """
func.func @gemm(%A: tensor<1024x1024xf32>, %B: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %0 = ta.contract "mk,kn->mn" %A, %B : tensor<1024x1024xf32>, tensor<1024x1024xf32> -> tensor<1024x1024xf32>
  func.return %0 : tensor<1024x1024xf32>
}""",
    "mlp_large": """
func.func @mlp(%X: tensor<256x512xf32>, %W1: tensor<512x512xf32>, %W2: tensor<512x128xf32>) -> tensor<256x128xf32> {
  %h = ta.contract "mk,kn->mn" %X, %W1 : tensor<256x512xf32>, tensor<512x512xf32> -> tensor<256x512xf32>
  %r = ta.relu %h : tensor<256x512xf32>
  %y = ta.contract "mk,kn->mn" %r, %W2 : tensor<256x512xf32>, tensor<512x128xf32> -> tensor<256x128xf32>
  func.return %y : tensor<256x128xf32>
}""",
}


def source(name: str) -> tuple[str, bool]:
    if name in GENERATED:
        return GENERATED[name], False
    with open(os.path.join(EXAMPLES, f"{name}.mlir")) as f:
        return f.read(), True


def run(name: str, chip_name: str, seed: int, effort: float) -> dict:
    text, linalg = source(name)
    ctx = make_context()
    module = parse_module(ctx, text, name)
    bind_chip(module, PRESETS[chip_name])
    if linalg:
        LinalgToTaPass().apply(ctx, module)
    t0 = time.perf_counter()
    TaToDfPass().apply(ctx, module)
    InferLayoutPass().apply(ctx, module)
    SplitBuffersPass().apply(ctx, module)
    lower = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "report.json")
        t0 = time.perf_counter()
        AllocateUnitsPass(seed=seed, effort=effort, report=path).apply(ctx, module)
        total = time.perf_counter() - t0
        with open(path) as f:
            report = json.load(f)
    row = {
        "program": name,
        "chip": chip_name,
        "df passes s": lower,
        "allocate s": total,
    }
    sections = [s for g in report["graphs"] for s in g["sections"]]
    row["sections"] = len(sections)
    for kind in ("pcu", "pmu"):
        row[kind] = sum(s["units"][kind]["used"] for s in sections)
    row["transfers"] = sum(s["units"]["agcu_transfers"] for s in sections)
    row["partition s"] = sum(g["partition_seconds"] for g in report["graphs"])
    for step in ("place", "route"):
        row[f"{step} s"] = sum(s["seconds"][step] for s in sections)
    row["wire"] = sum(s["total_route_length"] for s in sections)
    row["bound"] = sum(s["route_length_lower_bound"] for s in sections)
    before = sum(s["placement_cost"]["before_annealing"] for s in sections)
    after = sum(s["placement_cost"]["after_annealing"] for s in sections)
    row["anneal"] = (
        f"{before:.0f}->{after:.0f} (-{100 * (1 - after / before):.0f}%)"
        if before
        else "-"
    )
    worst = max(
        (s["most_congested_link"] for s in sections if s["most_congested_link"]),
        key=lambda c: c["used"] / c["capacity"],
        default=None,
    )
    row["max congestion"] = (
        f"{worst['used']}/{worst['capacity']} {worst['network']}" if worst else "-"
    )
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chips", default="plasticine,sn10")
    ap.add_argument("--programs", default="gemm,gemm1024,mlp,mlp_large")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--effort", type=float, default=1.0)
    args = ap.parse_args()
    cols = ["program", "chip", "sections", "pcu", "pmu", "transfers", "df passes s", "partition s",
            "place s", "route s", "wire", "bound", "anneal", "max congestion"]  # fmt: skip
    print(" | ".join(cols))
    for chip in args.chips.split(","):
        for name in args.programs.split(","):
            row = run(name, chip, args.seed, args.effort)
            print(
                " | ".join(
                    f"{row[c]:.2f}" if isinstance(row[c], float) else str(row[c])
                    for c in cols
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
