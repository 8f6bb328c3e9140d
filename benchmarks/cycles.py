"""Cycle-level figures of compiled programs on the `plasticine` chip, and the simulator's speed.

For a GEMM, an MLP and an attention head (index notation, compiled with the whole pipeline
`ta-to-df, infer-layout, split-buffers, allocate-units, insert-credits`), prints: simulated
cycles, the fraction of the chip's peak FLOP/s, the ideal lower bound (max of compute-bound and
DRAM-bound cycles) and how close the run gets to it, the simulator's speed (simulated cycles
and vector ops per host second, and host time against numpy's time for the same computation),
whether the goal is met (GEMM >= 85% of peak, the others >= 60% of their bound, the simulator
within 100x of numpy) and, where a goal is missed, what limits the program.

    python benchmarks/cycles.py           # GEMM 1024^3, MLP 128x256x256x128, attention 128x64
    python benchmarks/cycles.py --quick   # smaller sizes, seconds
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_source
from rdu_ir.reference import reference_module
from rdu_ir.registry import pass_factories
from rdu_ir.sim.cycle_bounds import flops_per_cycle
from rdu_ir.sim.cycle_metrics import metrics
from rdu_ir.sim.cycle_sim import run_rdu
from rdu_ir.sim.runner import find_entry, run_module, signature, sym_name, tensor_parts

PIPELINE = ("ta-to-df", "infer-layout", "split-buffers", "allocate-units", "insert-credits")


def gemm(n: int) -> str:
    return f"""func gemm
input A: f32[{n}, {n}]
input B: f32[{n}, {n}]
output C: f32[{n}, {n}]
C(i, j) = A(i, k) * B(k, j)
"""


def mlp(batch: int, inp: int, hidden: int, out: int) -> str:
    return f"""func mlp
input X: f32[{batch}, {inp}]
input W1: f32[{inp}, {hidden}]
input b1: f32[{hidden}]
input W2: f32[{hidden}, {out}]
input b2: f32[{out}]
output Y: f32[{batch}, {out}]
H(i, h) = relu(X(i, k) * W1(k, h) + b1(h))
Y(i, j) = H(i, h) * W2(h, j) + b2(j)
"""


def attention(seq: int, d: int) -> str:
    return f"""func attention
input Q: f32[{seq}, {d}]
input K: f32[{seq}, {d}]
input V: f32[{seq}, {d}]
output O: f32[{seq}, {d}]
const scale = rsqrt({d})
S(i, j) = Q(i, e) * K(j, e) * scale
m(i) = max(j, S(i, j))
E(i, j) = exp(S(i, j) - m(i))
s(i) = sum(j, E(i, j))
O(i, e) = E(i, j) * V(j, e) / s(i)
"""


def programs(quick: bool) -> list[tuple[str, str, float]]:
    """(label, tin source, goal): the goal is a fraction of peak for GEMM, of the bound otherwise."""
    if quick:
        return [("GEMM 256^3", gemm(256), 0.85), ("MLP 64x256x256x64", mlp(64, 256, 256, 64), 0.6),
                ("attention 64x32", attention(64, 32), 0.6)]  # fmt: skip
    return [("GEMM 1024^3", gemm(1024), 0.85), ("MLP 128x256x256x128", mlp(128, 256, 256, 128), 0.6),
            ("attention 128x64", attention(128, 64), 0.6)]  # fmt: skip


def compile_tin(text: str, chip_name: str):
    ctx = make_context()
    m = parse_source(ctx, text, "<bench>", "tin")
    bind_chip(m, PRESETS[chip_name])
    factories = pass_factories()
    for p in PIPELINE:
        factories[p]()().apply(ctx, m)
    return m


def limits(m: dict, stats: dict, chip) -> str:
    """What keeps the run from its bound, largest share first."""
    cycles = m["cycles"]
    reasons = []
    load = stats["sections"] * chip.config_load_cycles
    reasons.append((load / cycles, f"configuration loads ({stats['sections']} sections x {chip.config_load_cycles} cycles)"))
    pcus = [u for u in stats["units"].values() if u["kind"] == "pcu"]
    per_section: dict[str, int] = {}
    for u in pcus:
        per_section[u["section"]] = per_section.get(u["section"], 0) + 1
    used = max(per_section.values()) if per_section else 0
    if used < chip.num_pcus:
        reasons.append((1 - used / chip.num_pcus, f"PCUs in use: at most {used} of {chip.num_pcus} per section"))
    dram = stats["dram_bytes"] / chip.dram_bytes_per_cycle
    reasons.append((dram / cycles, f"DRAM traffic ({stats['dram_bytes'] / 1e6:.2f} MB = {dram:.0f} cycles at full bandwidth)"))
    if pcus:
        busy = sum(u["busy"] for u in pcus)
        sin = sum(u["stalled_input"] for u in pcus)
        scr = sum(u["stalled_credit"] for u in pcus)
        total = busy + sin + scr
        if total:
            reasons.append((sin / total, f"PCUs stalled on input {100 * sin / total:.0f}% of their active time"))
            reasons.append((scr / total, f"PCUs stalled on credits {100 * scr / total:.0f}% of their active time"))
        fu = sum(u["busy"] for u in pcus) * chip.pcu_lanes * chip.pcu_stages * 2
        if fu:
            reasons.append((1 - m["flops"] / fu, f"issue slots use {100 * m['flops'] / fu:.0f}% of a PCU's lanes x stages"))
    reasons.sort(key=lambda r: -r[0])
    return "; ".join(text for share, text in reasons[:3] if share > 0.05) or "nothing dominant"


def bench(label: str, text: str, goal: float, chip_name: str, save: str | None = None) -> bool:
    try:
        return _bench(label, text, goal, chip_name, save)
    except RduError as e:  # a program the pipeline or the simulator rejects: say so, go on
        print(f"{label} on {chip_name}: FAILED\n  " + str(e).strip().replace("\n", "\n  "))
        return False


def _bench(label: str, text: str, goal: float, chip_name: str, save: str | None) -> bool:
    chip = PRESETS[chip_name]
    t0 = time.perf_counter()
    m = compile_tin(text, chip_name)
    t_compile = time.perf_counter() - t0
    if save:
        from pathlib import Path

        from rdu_ir.printing import print_module

        name = label.split()[0].lower() + ".mlir"
        Path(save).mkdir(parents=True, exist_ok=True)
        (Path(save) / name).write_text(print_module(m))
    ref = reference_module(m)
    entry = find_entry(ref, None)
    rng = np.random.default_rng(0)
    ins = [rng.standard_normal(tensor_parts(t)[0]).astype(np.float32) for t in signature(entry).inputs]
    t_numpy = float("inf")
    for _ in range(2):  # the first run pays numpy's and the interpreter's warm-up
        t0 = time.perf_counter()
        want = run_module(ref, sym_name(entry), ins).results
        t_numpy = min(t_numpy, time.perf_counter() - t0)
    t0 = time.perf_counter()
    r = run_rdu(m, None, ins)
    t_sim = time.perf_counter() - t0
    ok_values = all(np.allclose(g, w, rtol=1e-3, atol=1e-4) for g, w in zip(r.results, want))
    fig = metrics(r.stats, chip)
    cycles, lb = fig["cycles"], fig["lower_bound_cycles"]
    peak = fig["peak_fraction"]
    of_bound = lb / cycles
    is_gemm = label.startswith("GEMM")
    score = peak if is_gemm else of_bound
    met = score >= goal
    speed_ratio = t_sim / max(t_numpy, 1e-9)
    print(f"{label} on {chip_name}: compiled in {t_compile:.1f} s, {r.stats['sections']} section(s), values "
          + ("equal the reference" if ok_values else "DIFFER from the reference"))
    print(f"  simulated cycles {cycles}  ({fig['seconds_at_clock'] * 1e6:.1f} us at {chip.clock_ghz:g} GHz)")
    print(f"  {fig['flops']:.4g} FLOPs, {fig['achieved_flops_per_s'] / 1e12:.3f} TFLOP/s = {100 * peak:.1f}% of peak "
          f"({chip.peak_flops / 1e12:.3f} TFLOP/s)")
    compute = fig["flops"] / flops_per_cycle(chip)
    dram = fig["dram_bytes"] / chip.dram_bytes_per_cycle
    print(f"  lower bound {lb} cycles (compute {compute:.0f}, DRAM {dram:.0f}); the run reaches {100 * of_bound:.1f}% of it")
    print(f"  simulator: {t_sim:.2f} s host, {cycles / t_sim:.3g} simulated cycles/s, "
          f"{r.stats['vector_ops'] / t_sim:.3g} vector ops/s; numpy reference {t_numpy:.3f} s "
          f"-> {speed_ratio:.0f}x numpy's time")
    what = f">= {100 * goal:.0f}% of " + ("peak" if is_gemm else "the bound")
    print(f"  goal {what}: {'met' if met else 'MISSED'} ({100 * score:.1f}%)"
          + ("" if met else f"; limited by: {limits(fig, r.stats, chip)}"))
    print(f"  simulator within 100x of numpy: {'yes' if speed_ratio <= 100 else 'NO'}")
    return ok_values


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller programs (seconds)")
    ap.add_argument("--chip", default="plasticine")
    ap.add_argument("--save", default=None, metavar="DIR", help="write the compiled modules to DIR")
    args = ap.parse_args(argv)
    ok = True
    for label, text, goal in programs(args.quick):
        ok &= bench(label, text, goal, args.chip, args.save)
        sys.stdout.flush()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
