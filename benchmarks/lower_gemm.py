"""Lower a 1024^3 GEMM and an MLP with ta-to-df for the plasticine and sn10 chips and print
the virtual units, the parallel factors and tiles the cost model chose, and the ideal cycle
count they imply (per group of units: its slowest unit, one pipeline slot a cycle; groups in
sequence) against the compute roofline 2*M*N*K / (PCUs * lanes * stages * 2), and the cycles
the DRAM traffic alone needs. (On sn10 the cost model stops adding units once a product is
bound by DRAM bandwidth, so its units cover less of the chip.)

    python benchmarks/lower_gemm.py
"""

from __future__ import annotations

import time

from rdu_ir.dialects import df
from rdu_ir.passes.ta_to_df import TaToDfPass

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.dataflow.cost import group_cycles, ideal_cycles, memory_units, unit_counts
from rdu_ir.dataflow.fusion import fuse
from rdu_ir.dataflow.generic import build_generics
from rdu_ir.dataflow.tiling import plan_generic
from rdu_ir.parsing import parse_module

GEMM = """
func.func @gemm(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<1024x1024xf32>, tensor<1024x1024xf32> -> tensor<1024x1024xf32>
  func.return %c : tensor<1024x1024xf32>
}
"""

MLP = """
func.func @mlp(%x: tensor<512x1024xf32>, %w1: tensor<1024x2048xf32>, %b1: tensor<2048xf32>,
               %w2: tensor<2048x512xf32>) -> tensor<512x512xf32> {
  %h = ta.contract "mk,kn->mn" %x, %w1 : tensor<512x1024xf32>, tensor<1024x2048xf32> -> tensor<512x2048xf32>
  %bb = ta.broadcast %b1 dims [1] : tensor<2048xf32> -> tensor<512x2048xf32>
  %hb = ta.add %h, %bb : tensor<512x2048xf32>
  %r = ta.relu %hb : tensor<512x2048xf32>
  %y = ta.contract "mk,kn->mn" %r, %w2 : tensor<512x2048xf32>, tensor<2048x512xf32> -> tensor<512x512xf32>
  func.return %y : tensor<512x512xf32>
}
"""

FLOPS = {"gemm": 2 * 1024**3, "mlp": 2 * 512 * 1024 * 2048 + 2 * 512 * 2048 * 512}


def report(name: str, text: str, chip_name: str) -> dict:
    chip = PRESETS[chip_name]
    ctx = make_context()
    module = parse_module(ctx, text, f"{name}.mlir")
    bind_chip(module, chip)
    fn = next(iter(module.ops))
    t0 = time.perf_counter()
    generics, _, returned = build_generics(fn)  # type: ignore[arg-type]
    plans = [(g, plan_generic(g, chip)) for g in fuse(generics, returned, chip.pcu_stages)]
    TaToDfPass().apply(ctx, module)
    elapsed = time.perf_counter() - t0
    graph = next(op for op in module.ops if isinstance(op, df.GraphOp))
    counts = unit_counts(graph)
    cycles = ideal_cycles(graph, chip)
    roofline = FLOPS[name] / (chip.num_pcus * chip.pcu_lanes * chip.pcu_stages * 2)
    print(f"== {name} on {chip.name} ({chip.num_pcus} PCUs x {chip.pcu_lanes} lanes x {chip.pcu_stages} stages), "
          f"lowered in {elapsed:.2f} s")
    print("   virtual units: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    per_group = group_cycles(graph, chip)
    dram = 0
    for g, plan in plans:
        par = "x".join(str(plan.par[d]) for d in g.par_dims())
        dram += plan.dram_cycles
        print(f"   {g.name}: domain {g.sizes} par {par} ({plan.units} compute units, "
              f"{plan.units / chip.num_pcus:.0%} of the PCUs) tile {list(plan.tile)} vector dim {plan.vector} "
              f"unroll {plan.unroll} ideal {per_group.get(g.name, 0)} cycles, DRAM-bound {plan.dram_cycles} cycles")
    print(f"   memory units {memory_units(graph)} (chip has {chip.num_pmus} PMUs)")
    print(f"   ideal cycles {cycles}  compute roofline {roofline:.0f}  ratio {cycles / roofline:.3f}"
          f"  (DRAM traffic alone: {dram} cycles at {chip.dram_bandwidth_gbs:g} GB/s)")
    return {"units": counts.get("compute", 0), "cycles": cycles, "roofline": roofline}


def main() -> None:
    t0 = time.perf_counter()
    results = {}
    for chip in ("plasticine", "sn10"):
        for name, text in (("gemm", GEMM), ("mlp", MLP)):
            results[(name, chip)] = report(name, text, chip)
    g = results[("gemm", "plasticine")]
    pcus = PRESETS["plasticine"].num_pcus
    cover = g["units"] / pcus
    ratio = g["cycles"] / g["roofline"]
    print(f"plasticine GEMM: units cover {cover:.0%} of the PCUs (goal >= 90%): {'ok' if cover >= 0.9 else 'MISSED'}; "
          f"ideal/roofline {ratio:.3f} (goal <= 1.2): {'ok' if ratio <= 1.2 else 'MISSED'}")
    print(f"total {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
