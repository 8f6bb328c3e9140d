"""Compile-time scaling: the wall time of every pass of the pipeline on programs of growing size.

    python -m benchmarks.compile_scaling [--sizes 100,1000,10000] [--chip plasticine] [--until insert-credits]

The programs are chains of elementwise `ta` ops with a matrix product every 50 ops (so every
level has real work); the table shows each pass's seconds and the growth factor between sizes,
which should stay close to the size factor (linear compile time).
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.programs import elementwise_chain
from rdu_ir.chip import bind_chip, load_chip
from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module
from rdu_ir.plugins import build_table
from rdu_ir.printing import print_module

PIPELINE = ["ta-decompose", "canonicalize", "ta-to-df", "infer-layout", "split-buffers", "allocate-units",
            "insert-credits"]


def program(ops: int) -> str:
    """A chain of `ops` ops on 64x64 tensors, every 50th a matrix product with the input."""
    lines = elementwise_chain(ops).splitlines()
    t = "tensor<64x64xf32>"
    out = []
    for line in lines:
        name, _, rest = line.strip().partition(" = ")
        index = int(name[2:]) if name.startswith("%v") else -1
        if index > 0 and index % 50 == 0:
            prev = f"%v{index - 1}"
            out.append(f'  {name} = ta.contract "mk,kn->mn" {prev}, %x : {t}, {t} -> {t}')
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def measure(ops: int, chip: str, passes: list[str]) -> dict[str, float]:
    ctx = make_context()
    table = build_table()
    text = program(ops)
    times: dict[str, float] = {}
    start = time.perf_counter()
    module = parse_module(ctx, text, f"chain{ops}.mlir")
    times["parse"] = time.perf_counter() - start
    bind_chip(module, load_chip(chip))
    for name in passes:
        p = table.passes[name]()()
        start = time.perf_counter()
        p.apply(ctx, module)
        times[name] = time.perf_counter() - start
    start = time.perf_counter()
    print_module(module)
    times["print"] = time.perf_counter() - start
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--chip", default="plasticine")
    parser.add_argument("--until", default="insert-credits", choices=PIPELINE)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    passes = PIPELINE[: PIPELINE.index(args.until) + 1]
    columns = ["parse", *passes, "print"]
    rows = []
    for n in sizes:
        rows.append((n, measure(n, args.chip, passes)))
        t = rows[-1][1]
        print(f"{n:>7} ops: " + "  ".join(f"{c} {t[c]:.2f}s" for c in columns) + f"  total {sum(t.values()):.2f}s",
              flush=True)
    print("growth between consecutive sizes (time factor / size factor; ~1 means linear):")
    for (n0, t0), (n1, t1) in zip(rows, rows[1:]):
        factor = n1 / n0
        parts = [f"{c} {t1[c] / max(t0[c], 1e-9) / factor:.2f}" for c in columns if t0[c] > 0.01]
        print(f"  {n0} -> {n1}: " + "  ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
