"""`rdu-run`: execute a module at any level in its interpreter and check it against `ta`.

    rdu-run prog.mlir --input A=a.npy --input 1=b.npy --output-dir out/
    rdu-opt prog.tin -p ta-to-df | rdu-run - --random-inputs --seed 3 --check

The module may be MLIR, `.tin`, or a tile bitstream (`.rbs`, recognised by its magic bytes).
Inputs are `.npy` files (loaded without pickle) named by argument position or by the
argument's name in the text; `--random-inputs` fills the rest from a seeded generator. The
summary gives every result's type, sum, min, max and a CRC32 of its bytes (byte-identical
runs give identical summaries). `--check` runs the `ta` reference of the same program - the
`@rdu_reference` module a lowering keeps, the module itself when it is still `ta`, or
`--reference FILE` - on the same inputs and compares within `--rtol/--atol`.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from rdu_ir import __version__
from rdu_ir.chip import ChipError, bind_chip, load_chip
from rdu_ir.context import make_context
from rdu_ir.cli import ArgumentParser, guarded_main
from rdu_ir.diagnostics import error
from rdu_ir.parsing import parse_source
from rdu_ir.reference import reference_module
from rdu_ir.runtime.loader import argument_names
from rdu_ir.sim.runner import (
    RunResult,
    find_entry,
    module_level,
    run_module,
    signature,
    sym_name,
    tensor_parts,
)
from rdu_ir.verification import verify_module


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="rdu-run",
        description="Run a function of an rdu-ir module (ta, df or rdu level, or .tin) in the simulator.",
    )
    add = p.add_argument
    add("input_file", metavar="FILE|-",
        help="the module (.mlir, .tin or an .rbs bitstream); '-' reads MLIR or a bitstream from stdin")
    add("--entry", default=None, help="the function to run (default: the only public one)")
    add("--input", action="append", default=[], metavar="NAME=FILE.npy",
        help="an argument's value; NAME is its position (0, 1, ...) or its name (%%x or x)")
    add("--random-inputs", action="store_true", help="fill the arguments not given by --input randomly")
    add("--seed", type=int, default=0, help="seed of --random-inputs (default 0)")
    add("--output-dir", default=None, metavar="DIR", help="write the results as DIR/result0.npy, ...")
    add("--check", action="store_true", help="compare the results with the ta reference")
    add("--reference", default=None, metavar="FILE", help="the ta reference module for --check")
    add("--rtol", type=float, default=1e-4, help="relative tolerance of --check (default 1e-4)")
    add("--atol", type=float, default=1e-5, help="absolute tolerance of --check (default 1e-5)")
    add("--chip", default=None, help="chip preset (tiny, plasticine, sn10) or a chip .toml file")
    add("--frontend", choices=("mlir", "tin"), default=None,
        help="how to read the input (default: by file extension, mlir for stdin)")
    add("--allow-unregistered-dialect", action="store_true", help="accept ops of unknown dialects")
    add("--metrics-json", default=None, metavar="FILE",
        help="write the cycle simulator's figures (cycles, seconds_at_clock, flops, peak_fraction, "
             "lower_bound_cycles, units) as JSON (rdu-level modules)")
    add("--report", default=None, metavar="DIR",
        help="write pictures of the run to DIR: the graph (dot), the chip grid and per-unit busy/stall charts (SVG, PNG with matplotlib)")
    add("--fine-grained", action="store_true",
        help="rdu level: step every vector instead of whole-tile transactions (small programs)")
    add("--quiet", "-q", action="store_true", help="print nothing but errors and the check verdict")
    add("--debug", action="store_true", help="show Python tracebacks of internal errors")
    add("--version", action="version", version=f"rdu-run {__version__}")
    return p


BITSTREAM_MAGIC = b"\x89RDU\r\n\x1a\n"
"""The first bytes of an `.rbs` tile bitstream (rdu_ir.bitstream.format.MAGIC)."""


# --- reading modules -------------------------------------------------------------------------
def read_module(path: str, frontend: str | None = None, allow_unregistered: bool = False) -> ModuleOp:
    """Parse a `.mlir` or `.tin` file or decode an `.rbs` bitstream (or stdin for '-'); verify it."""
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise error(f"cannot read '{path}': {e.strerror}") from None
        name = path
    if data.startswith(BITSTREAM_MAGIC):  # imported here: only a bitstream needs the loader
        from rdu_ir.runtime import Runtime

        # Loaded like the runtime loads it (alone on its chip): decoded, placed, verified.
        return Runtime(ctx=make_context(allow_unregistered)).load(data, source=name).module
    try:
        text = data.decode()
    except UnicodeDecodeError as e:
        raise error(f"'{name}' is not UTF-8 text (byte {e.start})") from None
    kind = frontend or ("tin" if name.endswith(".tin") else "mlir")
    module = parse_source(make_context(allow_unregistered), text, name, kind)
    verify_module(module)
    return module


# --- inputs ----------------------------------------------------------------------------------
def _arg_label(i: int, names: Sequence[str], types: Sequence[object]) -> str:
    label = f"argument #{i}"
    if names[i]:
        label += f" ('%{names[i]}')"
    return f"{label} of type {types[i]}"


def resolve_name(spec: str, names: Sequence[str]) -> int:
    """The position an `--input NAME` refers to: a number, or `%x`/`x` from the text."""
    if spec.lstrip("%").isdigit():  # `%0` too: a numbered argument has no name in the text
        pos = int(spec.lstrip("%"))
        if pos >= len(names):
            raise error(f"--input {spec}: the function has {len(names)} argument(s) (positions 0..{len(names) - 1})")
        return pos
    key = spec.removeprefix("%")
    matches = [i for i, n in enumerate(names) if n == key]
    if not matches:
        known = ", ".join(f"%{n}" for n in names if n) or "none (use positions)"
        raise error(f"--input {spec}: no argument named '%{key}' (arguments: {known})")
    return matches[0]


NPY_MAGIC = b"\x93NUMPY"
ZIP_MAGIC = b"PK\x03\x04"


def load_npy(path: str) -> np.ndarray:
    """An array from a `.npy` file; never unpickles (object arrays are refused)."""
    try:
        with open(path, "rb") as f:
            magic = f.read(len(NPY_MAGIC))
            if magic.startswith(ZIP_MAGIC):
                raise error(f"input file '{path}' is an .npz archive; save each array with numpy.save as .npy")
            if magic != NPY_MAGIC:
                raise error(f"input file '{path}' is not a valid .npy file (it lacks the NUMPY header)")
            f.seek(0)
            value = np.load(f, allow_pickle=False)
    except FileNotFoundError:
        raise error(f"cannot read input file '{path}': no such file") from None
    except IsADirectoryError:
        raise error(f"cannot read input file '{path}': is a directory") from None
    except OSError as e:
        raise error(f"cannot read input file '{path}': {e.strerror or e}") from None
    except (ValueError, EOFError) as e:
        if "pickle" in str(e).lower():
            raise error(f"input file '{path}' holds Python objects (pickled data), which rdu-run never loads") from None
        raise error(f"input file '{path}' is not a valid .npy file: {e}") from None
    return value


def gather_inputs(args: argparse.Namespace, names: list[str], types: list) -> list[np.ndarray]:
    given: dict[int, tuple[str, str]] = {}
    for item in args.input:
        spec, sep, path = item.partition("=")
        if not sep or not spec or not path:
            raise error(f"--input '{item}': expected NAME=FILE.npy")
        pos = resolve_name(spec, names)
        if pos in given:
            raise error(f"--input {spec}: {_arg_label(pos, names, types)} is given twice")
        given[pos] = (spec, path)
    rng = np.random.default_rng(args.seed)
    inputs: list[np.ndarray] = []
    for i, t in enumerate(types):
        shape, dtype = tensor_parts(t)
        if i in given:
            spec, path = given[i]
            value = load_npy(path)
            if value.dtype != dtype:
                raise error(
                    f"input '{path}' for {_arg_label(i, names, types)} has dtype {value.dtype}, expected {dtype}"
                )
            if tuple(value.shape) != shape:
                raise error(
                    f"input '{path}' for {_arg_label(i, names, types)} has shape "
                    f"{_shape(value.shape)}, expected {_shape(shape)}"
                )
            inputs.append(np.ascontiguousarray(value))
        elif args.random_inputs:
            inputs.append(random_array(rng, shape, dtype))
        else:
            raise error(
                f"missing input for {_arg_label(i, names, types)}: pass --input "
                f"{names[i] or i}=FILE.npy or --random-inputs"
            )
    return inputs


def random_array(rng: np.random.Generator, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """Standard-normal floats, small integers, or random booleans, of the given dtype."""
    if dtype == np.bool_:
        return rng.integers(0, 2, size=shape).astype(np.bool_)
    if np.issubdtype(dtype, np.integer):
        return rng.integers(-8, 8, size=shape).astype(dtype)
    return rng.standard_normal(size=shape).astype(dtype)


def _shape(shape: Sequence[int]) -> str:
    return "x".join(str(d) for d in shape) if len(shape) else "scalar"


# --- output ----------------------------------------------------------------------------------
def summary_line(i: int, value: np.ndarray) -> str:
    crc = zlib.crc32(np.ascontiguousarray(value).tobytes())
    text = f"result{i}: {_shape(value.shape)} {value.dtype} checksum=0x{crc:08x}"
    if value.size:
        wide = value.astype(np.float64) if value.dtype != np.bool_ else value.astype(np.int64)
        text += f" sum={wide.sum():.6g} min={wide.min():.6g} max={wide.max():.6g}"
    return text


def stats_line(stats: dict[str, object]) -> str:
    """The simulator's figures on one line; tables (per-unit stats) only counted."""
    parts = []
    for key, value in stats.items():
        if isinstance(value, dict | list | tuple):
            parts.append(f"{key}=<{len(value)} entries>")
        elif isinstance(value, float):
            parts.append(f"{key}={value:.6g}")
        else:
            parts.append(f"{key}={value}")
    return "stats: " + " ".join(parts)


def write_results(directory: str, results: Sequence[np.ndarray]) -> None:
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for i, r in enumerate(results):
            np.save(out / f"result{i}.npy", r, allow_pickle=False)
    except OSError as e:
        raise error(f"cannot write results to '{directory}': {e.strerror or e}") from None


def cycle_figures(result: RunResult, module: ModuleOp) -> dict | None:
    """The cycle simulator's metrics (sim/cycle_metrics.py), None for other levels."""
    if "cycles" not in result.stats or "lower_bound_cycles" not in result.stats:
        return None
    from rdu_ir.chip import PRESETS, chip_of
    from rdu_ir.sim.cycle_metrics import metrics

    name = result.stats.get("chip")
    chip = chip_of(module)
    if chip.name != name and name in PRESETS:
        chip = PRESETS[name]
    return metrics(result.stats, chip)


def write_metrics(path: str, figures: dict | None) -> None:
    import json

    try:
        Path(path).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    except OSError as e:
        raise error(f"cannot write --metrics-json '{path}': {e.strerror or e}") from None


# --- checking --------------------------------------------------------------------------------
def reference_for(args: argparse.Namespace, module: ModuleOp) -> ModuleOp:
    if args.reference:
        ref = read_module(args.reference, None, args.allow_unregistered_dialect)
        level = module_level(ref)
        if level not in ("ta", "linalg"):
            raise error(f"--reference '{args.reference}' is at level {level}, expected ta (or linalg)")
        return ref
    nested = reference_module(module)
    if nested is not None:
        return nested
    level = module_level(module)
    if level in ("ta", "linalg"):
        return module
    raise error(
        f"--check: the module is at level {level} and has no @rdu_reference module; pass --reference FILE"
    )


def compare(results: Sequence[np.ndarray], expected: Sequence[np.ndarray], rtol: float, atol: float) -> list[str]:
    """Human-readable mismatch reports (empty when everything is within tolerance)."""
    problems: list[str] = []
    if len(results) != len(expected):
        return [f"the run gave {len(results)} result(s), the reference {len(expected)}"]
    for i, (got, want) in enumerate(zip(results, expected)):
        got, want = np.asarray(got), np.asarray(want)
        if got.shape != want.shape:
            problems.append(f"result{i}: shape {_shape(got.shape)}, reference {_shape(want.shape)}")
            continue
        if got.size == 0:
            continue
        g, w = got.astype(np.float64), want.astype(np.float64)
        close = np.isclose(g, w, rtol=rtol, atol=atol, equal_nan=True)
        if close.all():
            continue
        bad = int((~close).sum())
        err = np.where(close, 0.0, np.abs(g - w))
        err = np.where(np.isnan(err), np.inf, err)
        worst = np.unravel_index(int(np.argmax(err)), got.shape)
        where = "[" + ", ".join(str(int(x)) for x in worst) + "]"
        problems.append(
            f"result{i}: {bad} of {got.size} elements differ (rtol={rtol:g}, atol={atol:g}); "
            f"worst at {where}: got {g[worst]:.7g}, expected {w[worst]:.7g}"
        )
    return problems


def max_error(results: Sequence[np.ndarray], expected: Sequence[np.ndarray]) -> float:
    worst = 0.0
    for got, want in zip(results, expected):
        if np.asarray(got).size:
            diff = np.abs(np.asarray(got, np.float64) - np.asarray(want, np.float64))
            worst = max(worst, float(np.nanmax(diff)) if not np.isnan(diff).all() else 0.0)
    return worst


# --- main ------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    from rdu_ir.progress import set_quiet

    set_quiet(args.quiet)
    chip = None
    if args.chip:
        try:
            chip = load_chip(args.chip)
        except ChipError as e:
            raise error(str(e)) from None
    module = read_module(args.input_file, args.frontend, args.allow_unregistered_dialect)
    if chip is not None:
        try:
            bind_chip(module, chip)
        except ChipError as e:
            raise error(str(e)) from None
    entry = find_entry(module, args.entry)
    sig = signature(entry)
    inputs = gather_inputs(args, argument_names(entry), sig.inputs)  # an rdu.program's: its DRAM names
    if args.fine_grained:
        if module_level(module) != "rdu":
            raise error("--fine-grained applies to rdu-level modules (the cycle simulator)")
        from rdu_ir.sim.cycle_sim import run_rdu

        result: RunResult = run_rdu(module, sym_name(entry), [x.copy() for x in inputs], fine=True)
    else:
        result = run_module(module, sym_name(entry), [x.copy() for x in inputs])
    figures = cycle_figures(result, module)
    if args.metrics_json and figures is None:
        raise error("--metrics-json: only the cycle simulator (rdu-level modules) reports cycles")
    if not args.quiet:
        for i, r in enumerate(result.results):
            print(summary_line(i, r))
        if figures is not None:
            from rdu_ir.sim.cycle_metrics import format_metrics

            print(format_metrics(figures))
        elif result.stats:
            print(stats_line(result.stats))
    if args.metrics_json:
        write_metrics(args.metrics_json, figures)
    if args.output_dir:
        write_results(args.output_dir, result.results)
    if args.report:
        from rdu_ir.views.report import write_report

        write_report(args.report, module, result.stats)
    if args.check:
        ref = reference_for(args, module)
        expected = run_module(ref, sym_name(entry), [x.copy() for x in inputs]).results
        problems = compare(result.results, expected, args.rtol, args.atol)
        if problems:
            sys.stdout.flush()
            sys.stderr.write("error: --check failed: the results differ from the ta reference\n")
            for p in problems:
                sys.stderr.write(f"  {p}\n")
            return 1
        print(f"check: OK ({len(expected)} result(s) match the ta reference, max abs error "
              f"{max_error(result.results, expected):.3g})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return guarded_main("rdu-run", lambda args: run(build_parser().parse_args(args)), argv)


if __name__ == "__main__":
    sys.exit(main())
