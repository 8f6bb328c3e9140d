"""Run rdu-ir's benchmark suite: `python -m benchmarks [--quick] [--only NAME ...] [--json FILE]`.

Each benchmark is a module of this package with a `main(argv) -> int`; its printed table is
shown as it runs, and a JSON summary (name, arguments, exit status, seconds) is written at the
end. `--quick` uses small sizes (a smoke run); the default sizes are the ones the figures in
docs/performance.md come from.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

# name -> (module, full-size arguments, quick arguments)
SUITE: dict[str, tuple[str, list[str], list[str]]] = {
    "throughput": ("benchmarks.throughput", ["--ops", "100000"], ["--ops", "2000"]),
    "compile-scaling": ("benchmarks.compile_scaling", ["--sizes", "100,1000,3000"], ["--sizes", "100,300"]),
    "lowering": ("benchmarks.lower_gemm", [], []),
    "memory-passes": ("benchmarks.memory_passes", [], ["--chips", "tiny"]),
    "allocation": ("benchmarks.allocation", [], ["--quick"]),
    "place-route": ("benchmarks.place_route", [], ["--quick"]),
    "cycles": ("benchmarks.cycles", [], ["--quick"]),
    "fuzz-inputs": ("benchmarks.fuzz_inputs", ["--cases", "10000"], ["--cases", "200"]),
    "fuzz-bitstream": ("benchmarks.fuzz_bitstream", ["--cases", "5000"], ["--cases", "200"]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", nargs="*", choices=sorted(SUITE), help="run only these")
    parser.add_argument("--json", default="benchmark-results.json", help="where to write the summary")
    args = parser.parse_args(argv)

    summary = []
    status = 0
    for name in args.only or SUITE:
        module_name, full, quick = SUITE[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as e:
            print(f"== {name}: skipped ({e.name} is not available)")
            summary.append({"name": name, "status": "skipped"})
            continue
        bench_args = quick if args.quick else full
        print(f"== {name} ({module_name} {' '.join(bench_args)})", flush=True)
        start = time.perf_counter()
        code = module.main(list(bench_args))
        seconds = time.perf_counter() - start
        status |= int(bool(code))
        summary.append({"name": name, "args": bench_args, "exit": code, "seconds": round(seconds, 2)})
    Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    print(f"summary written to {args.json}")
    return status


if __name__ == "__main__":
    sys.exit(main())
