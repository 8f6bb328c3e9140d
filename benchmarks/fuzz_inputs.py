"""Fuzz the tools with mutated valid inputs: no traceback, no hang, no output file after a failure.

    python benchmarks/fuzz_inputs.py --cases 10000 --workers 2 [--seed 0] [--time-limit 20]

Seeds are the bundled examples, the lit tests' inputs and the linalg corpus. Each case mutates a
seed (byte flips, truncation, deleted/duplicated lines, random tokens, huge numbers, deep
nesting) and runs a tool's `main(argv)` in-process in a worker process, under a per-case time
limit, with a random pass pipeline for `rdu-opt`. Outcomes are counted; a case fails when the
tool raises, prints "internal error" or a traceback, runs past the time limit, or exits non-zero
and leaves its output file behind. Exit status 1 when any case fails (the failing inputs are
written to --failures-dir).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_GLOBS = ["examples/*.mlir", "examples/*.tin", "tests/filecheck/**/*.mlir", "tests/filecheck/**/*.tin"]
CORPUS = ROOT.parent / "shared" / "corpus" / "linalg"
PASSES = ["linalg-to-ta", "ta-decompose", "canonicalize", "cse", "dce", "ta-to-df", "infer-layout",
          "split-buffers", "allocate-units", "insert-credits"]
TOKENS = ["%", "@", "{", "}", "(", ")", "<", ">", "[", "]", ":", ",", "=", "->", "tensor<", "xf32>", "dense<",
          "ta.contract", "ta.add", "df.compute", "func.func", "linalg.generic", "0x7fffffff", "-1", "1e309",
          "\"", "#map", "affine_map<(d0) -> (d0)>", "^bb0:", "// -----", "\x00", "\u00e9"]


@dataclass(frozen=True)
class Case:
    index: int
    tool: str
    suffix: str
    data: bytes
    argv: tuple[str, ...]


def load_seeds() -> list[tuple[str, bytes]]:
    seeds: list[tuple[str, bytes]] = []
    for pattern in SEED_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            seeds.append((path.suffix, path.read_bytes()))
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.mlir")):
            if path.stat().st_size < 20_000:
                seeds.append((".mlir", path.read_bytes()))
    return seeds


def mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    if not data:
        return data
    if kind == 0:  # byte flips
        buf = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        return bytes(buf)
    if kind == 1:  # truncation
        return data[: rng.randrange(len(data))]
    lines = data.split(b"\n")
    if kind == 2:  # delete lines
        for _ in range(rng.randint(1, 3)):
            if lines:
                del lines[rng.randrange(len(lines))]
        return b"\n".join(lines)
    if kind == 3:  # duplicate lines
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        return b"\n".join(lines)
    if kind == 4:  # random tokens
        text = data.decode(errors="replace")
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(TOKENS) + text[i:]
        return text.encode()
    if kind == 5:  # huge numbers
        text = data.decode(errors="replace")
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        for _ in range(min(3, len(digits))):
            i = rng.choice(digits)
            text = text[:i] + rng.choice(["99999999999", "4294967296", "0", "-7", "1e40"]) + text[i + 1 :]
        return text.encode()
    depth = rng.choice([50, 500, 5000])  # deep nesting
    return b"func.func @deep() {\n" + b"\"test.op\"() ({\n" * depth + b"}) : () -> ()\n" * depth + b"}\n"


def make_case(index: int, seeds: list[tuple[str, bytes]], rng: random.Random) -> Case:
    suffix, data = rng.choice(seeds)
    data = mutate(data, rng)
    tool = rng.choice(["rdu-opt", "rdu-opt", "rdu-run"])
    if tool == "rdu-opt":
        pipeline = ",".join(rng.sample(PASSES, rng.randint(0, 4)))
        argv = ("-p", pipeline) if pipeline else ()
        if rng.random() < 0.3:
            argv += (f"--chip={rng.choice(['tiny', 'plasticine', 'sn10', 'bogus'])}",)
        if rng.random() < 0.2:
            argv += ("--split-input-file",)
    else:
        argv = ("--random-inputs", "--seed", str(rng.randrange(100)))
    return Case(index, tool, suffix, data, argv)


class _Timeout(BaseException):  # not an Exception: the tools' handlers must not catch it
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout()


def run_case(case: Case, time_limit: float) -> tuple[int, str, str]:
    """(case index, outcome, detail)."""
    sys.setrecursionlimit(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"input{case.suffix}"
        src.write_bytes(case.data)
        out = Path(tmp) / "out.mlir"
        if case.tool == "rdu-opt":
            from rdu_ir.opt_main import main

            argv = [str(src), *case.argv, "-o", str(out)]
        else:
            from rdu_ir.run_main import main

            argv = [str(src), *case.argv, "--output-dir", str(out)]
        stdout, stderr = io.StringIO(), io.StringIO()
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, time_limit)
        start = time.perf_counter()
        try:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                status = main(argv)
        except _Timeout:
            return case.index, "hang", f"{case.tool} {' '.join(argv)}: over {time_limit}s"
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        except BaseException as e:  # noqa: BLE001 - any escape is a finding
            return case.index, "traceback", f"{type(e).__name__}: {e}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - start
        text = stdout.getvalue() + stderr.getvalue()
        if "Traceback" in text or "internal error" in text:
            return case.index, "traceback", stderr.getvalue()[-2000:]
        if status != 0 and out.exists():
            return case.index, "partial-output", f"exit {status} left {out.name}"
        outcome = "ok" if status == 0 else "diagnostic"
        return case.index, outcome, f"{elapsed:.2f}s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--failures-dir", default="fuzz-failures")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    seeds = load_seeds()
    cases = [make_case(i, seeds, rng) for i in range(args.cases)]
    counts: Counter[str] = Counter()
    failures: list[tuple[Case, str, str]] = []
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for index, outcome, detail in pool.map(run_case, cases, [args.time_limit] * len(cases), chunksize=8):
            counts[outcome] += 1
            if outcome not in ("ok", "diagnostic"):
                failures.append((cases[index], outcome, detail))
    elapsed = time.perf_counter() - start
    print(f"fuzz: {args.cases} cases in {elapsed:.1f}s ({args.workers} workers, seed {args.seed})")
    for outcome in ("ok", "diagnostic", "traceback", "hang", "partial-output"):
        print(f"  {outcome:15s} {counts[outcome]}")
    if failures:
        folder = Path(args.failures_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for case, outcome, detail in failures[:50]:
            (folder / f"case{case.index}_{outcome}{case.suffix}").write_bytes(case.data)
            print(f"FAIL case {case.index} ({case.tool} {' '.join(case.argv)}): {outcome}: {detail.strip()[:500]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
