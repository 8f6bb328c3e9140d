"""Parse/print throughput of rdu-opt against xdsl-opt, and of the compile pipeline.

    python -m benchmarks.throughput [--ops 100000]

Goal (DEVELOPERS.md): the whole pipeline processes IR at no less than half the rate at which
xdsl-opt merely parses and prints it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.programs import arith_chain, elementwise_chain

BIN = Path(sys.executable).parent


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return elapsed


def run(ops: int) -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        arith = Path(tmp) / "arith.mlir"
        arith.write_text(arith_chain(ops))
        ta = Path(tmp) / "ta.mlir"
        ta.write_text(elementwise_chain(ops))
        cases = [
            ("xdsl-opt parse+print (arith)", [str(BIN / "xdsl-opt"), str(arith)]),
            ("rdu-opt parse+print (arith)", [str(BIN / "rdu-opt"), str(arith)]),
            ("rdu-opt parse+print (ta)", [str(BIN / "rdu-opt"), str(ta)]),
            ("rdu-opt canonicalize,cse (ta)", [str(BIN / "rdu-opt"), str(ta), "-p", "canonicalize,cse"]),
        ]
        for label, cmd in cases:
            seconds = _time(cmd)
            rows.append({"case": label, "ops": ops, "seconds": round(seconds, 3), "ops_per_s": round(ops / seconds)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = run(args.ops)
    print(f"{'case':40s} {'ops':>8s} {'seconds':>9s} {'ops/s':>9s}")
    for r in rows:
        print(f"{r['case']:40s} {r['ops']:>8} {r['seconds']:>9} {r['ops_per_s']:>9}")
    base = rows[0]["ops_per_s"]
    print(f"rdu-opt parse+print at {rows[1]['ops_per_s'] / base:.2f}x of xdsl-opt's rate (goal >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
