"""Fuzz the bitstream reader with mutated valid bitstreams: clear errors only, no traceback, no hang.

    python benchmarks/fuzz_bitstream.py --cases 5000 [--seed 0] [--workers 1] [--time-limit 5] [--trace-memory]

Seeds are bitstreams (with and without debug info) of the hand-written rdu modules in
tests/filecheck/bitstream and tests/filecheck/rdu. A case mutates a seed: random byte flips,
truncations, overwrites of header, section-table and in-section fields with boundary values
(0, -1, 2^31, 2^63, ...), and deletion or duplication of a byte range inside a section with
the table patched to match. Most mutations recompute the CRC32 so they get past the checksum
and exercise the checks behind it. A case passes when the reader either rejects the file
with a one-line `error: <file>: offset N: field <name>: <problem>` or returns a module that
prints and re-encodes to a bitstream that reads back to the same IR. It fails on any other exception
(a traceback), a malformed message, a case over the time limit (a hang), or with
--trace-memory a peak allocation far beyond the file size. Exit status 1 on any failure.
(Running valid mutants on the simulator waits for the cycle simulator.)
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import struct
import sys
import time
import tracemalloc
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = [
    "tests/filecheck/bitstream/roundtrip.mlir",
    "tests/filecheck/bitstream/sections.mlir",
    "tests/filecheck/bitstream/attributes.mlir",
    "tests/filecheck/bitstream/program.mlir",
    "tests/filecheck/rdu/roundtrip.mlir",
    "tests/filecheck/rdu/custom_chip.mlir",
]
INTERESTING = [0, 1, 2, 3, 7, 8, 16, 255, 256, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
               1 << 32, (1 << 63) - 1, 1 << 63, (1 << 64) - 1]
MESSAGE = re.compile(r"error: .+: offset \d+: field [^:]+: .+")
MEMORY_LIMIT = 32 << 20
"""Peak bytes a decode may allocate beyond 64x the file size (with --trace-memory)."""

_CONTEXT = None


def _ctx():
    global _CONTEXT
    if _CONTEXT is None:
        from rdu_ir.context import make_context

        _CONTEXT = make_context()
    return _CONTEXT


def load_seeds() -> list[bytes]:
    """Bitstreams of every seed module, with and without debug info."""
    from rdu_ir.bitstream import write_bitstream
    from rdu_ir.parsing import parse_module

    seeds = []
    for name in SEED_FILES:
        path = ROOT / name
        if not path.exists():
            continue
        module = parse_module(_ctx(), path.read_text(), str(path))
        module.verify()
        seeds += [write_bitstream(module), write_bitstream(module, debug_info=False)]
    return seeds


def _fix_crc(buf: bytearray) -> bytearray:
    buf[-4:] = struct.pack("<I", zlib.crc32(bytes(buf[:-4])))
    return buf


def _put(buf: bytearray, at: int, width: int, value: int) -> None:
    if 0 <= at and at + width <= len(buf):
        buf[at : at + width] = (value % (1 << (8 * width))).to_bytes(width, "little")


def _sections(data: bytes) -> list[tuple[int, int, int]]:
    """(entry offset, section offset, length) of a valid seed's sections."""
    (count,) = struct.unpack_from("<I", data, 16)
    return [(32 + 24 * i, *struct.unpack_from("<QQ", data, 32 + 24 * i + 8)) for i in range(count)]


def mutate(seed: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["flip", "flip-crc", "truncate", "truncate-fixed", "header", "table",
                       "overwrite", "overwrite", "splice", "splice"])
    buf = bytearray(seed)
    if kind in ("flip", "flip-crc"):
        for _ in range(rng.randint(1, 6)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        return kind, bytes(_fix_crc(buf) if kind == "flip-crc" else buf)
    if kind == "truncate":
        return kind, bytes(buf[: rng.randrange(len(buf))])
    if kind == "truncate-fixed":  # a consistent but short file: hits the section table and lengths
        cut = rng.randrange(36, len(buf))
        buf = buf[:cut] + bytearray(4)
        _put(buf, 24, 8, len(buf))
        return kind, bytes(_fix_crc(buf))
    if kind == "header":
        at, width = rng.choice([(8, 4), (12, 4), (16, 4), (20, 4), (24, 8)])
        _put(buf, at, width, rng.choice(INTERESTING + [rng.randrange(1 << 16)]))
        return kind, bytes(_fix_crc(buf))
    sections = _sections(seed)
    if kind == "table":
        entry, _, _ = rng.choice(sections)
        at, width = rng.choice([(0, 4), (4, 4), (8, 8), (16, 8)])
        value = rng.choice(INTERESTING + [len(seed), len(seed) - 4, rng.randrange(len(seed))])
        _put(buf, entry + at, width, value)
        return kind, bytes(_fix_crc(buf))
    if kind == "overwrite":  # a field inside a section: counts, lengths, tags, values
        _, offset, length = rng.choice(sections[1:] or sections)
        if length == 0:
            return kind, bytes(_fix_crc(buf))
        at = offset + rng.randrange(length)
        width = rng.choice([1, 1, 2, 4, 4, 8])
        _put(buf, at, width, rng.choice(INTERESTING + [rng.randrange(1 << 8 * width)]))
        return kind, bytes(_fix_crc(buf))
    # splice: delete or duplicate a byte range inside one section, then patch the table
    index = rng.randrange(len(sections))
    entry, offset, length = sections[index]
    if length == 0:
        return kind, bytes(_fix_crc(buf))
    start = offset + rng.randrange(length)
    size = rng.randint(1, min(16, offset + length - start))
    delta = -size if rng.random() < 0.5 else size
    piece = buf[start : start + size]
    buf[start : start + size] = b"" if delta < 0 else piece + piece
    shift = delta + (-delta % 8)  # keep later sections 8-byte aligned
    buf[offset + length + delta : offset + length + delta] = bytearray(shift - delta)
    _put(buf, entry + 16, 8, length + delta)
    for later_entry, later_offset, _ in sections[index + 1 :]:
        _put(buf, later_entry + 8, 8, later_offset + shift)
    _put(buf, 24, 8, len(buf))
    return kind, bytes(_fix_crc(buf))


@dataclass
class Outcome:
    kind: str
    """valid, rejected, traceback, hang, bad-message, memory, unstable."""
    detail: str


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def run_case(data: bytes, time_limit: float, trace_memory: bool = False) -> Outcome:
    from rdu_ir.bitstream import (
        BitstreamError,
        read_bitstream,
        read_layout,
        write_bitstream,
    )
    from rdu_ir.printing import print_module

    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, time_limit)
    if trace_memory:
        tracemalloc.start()
    try:
        try:
            module = read_bitstream(data, _ctx(), "case.rbs")
        except BitstreamError as e:
            first = str(e).splitlines()[0]
            if not MESSAGE.fullmatch(first):
                return Outcome("bad-message", first)
            return Outcome("rejected", e.field)
        text = print_module(module, debuginfo=True)
        again = write_bitstream(module, debug_info=bool(read_layout(data).flags & 1))
        if print_module(read_bitstream(again, _ctx(), "re-encoded.rbs"), debuginfo=True) != text:
            return Outcome("unstable", "the re-encoded module prints differently")
        return Outcome("valid", "identical" if again == data else "re-encoded differently")
    except _Timeout:
        return Outcome("hang", f"over {time_limit}s")
    except BaseException as e:  # noqa: BLE001 - any escape is a finding
        import traceback

        return Outcome("traceback", "".join(traceback.format_exception(e))[-3000:])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if trace_memory:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            if peak > MEMORY_LIMIT + 64 * len(data):
                return Outcome("memory", f"peak {peak} bytes for a {len(data)}-byte file")  # noqa: B012


def field_class(field: str) -> str:
    """A field name without indices and op names, for the outcome table."""
    field = re.sub(r"\[\d+\]", "[]", field)
    field = re.sub(r"^op [\w.]+", "op", field)
    return re.sub(r"'[^']*'", "'*'", field)


ADDRESS_SPACE_LIMIT = 4 << 30
"""A runaway allocation becomes a MemoryError (a failing case), not a machine out of memory."""


def _limit_memory() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY or soft > ADDRESS_SPACE_LIMIT:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, hard))


def run_cases(cases: int, seed: int = 0, time_limit: float = 5.0, trace_memory: bool = False):
    """(counts by outcome, counts of rejections by field class, failures as (mutation, data, outcome))."""
    _limit_memory()
    rng = random.Random(seed)
    seeds = load_seeds()
    counts: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    failures = []
    for _ in range(cases):
        kind, data = mutate(rng.choice(seeds), rng)
        outcome = run_case(data, time_limit, trace_memory)
        counts[outcome.kind] += 1
        if outcome.kind == "rejected":
            fields[field_class(outcome.detail)] += 1
        elif outcome.kind == "valid":
            counts[f"valid ({outcome.detail})"] += 1
        else:
            failures.append((kind, data, outcome))
    return counts, fields, failures


def _worker(args: tuple[int, int, float, bool]):
    return run_cases(*args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=5.0, help="seconds a case may take")
    parser.add_argument("--trace-memory", action="store_true", help="fail cases whose peak allocation is huge")
    parser.add_argument("--failures-dir", default="fuzz-failures/bitstream")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    share = [args.cases // args.workers + (i < args.cases % args.workers) for i in range(args.workers)]
    jobs = [(n, args.seed * 1000 + i, args.time_limit, args.trace_memory) for i, n in enumerate(share)]
    if args.workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(args.workers) as pool:
            results = list(pool.map(_worker, jobs))
    else:
        results = [_worker(jobs[0])]
    counts: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    failures = []
    for c, f, fl in results:
        counts.update(c)
        fields.update(f)
        failures += fl
    elapsed = time.perf_counter() - start
    print(f"fuzz_bitstream: {args.cases} cases in {elapsed:.1f}s (seed {args.seed}, {args.workers} workers)")
    for key in sorted(counts):
        print(f"  {key:40s} {counts[key]}")
    print("  rejections by field:")
    for key, n in fields.most_common():
        print(f"    {key:50s} {n}")
    if failures:
        folder = Path(args.failures_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for i, (kind, data, outcome) in enumerate(failures[:50]):
            (folder / f"case{i}_{outcome.kind}.rbs").write_bytes(data)
            print(f"FAIL ({kind}): {outcome.kind}: {outcome.detail.strip()[:1500]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
