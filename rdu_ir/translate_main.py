"""`rdu-translate`: between `rdu` IR text and the tile bitstream (`.rbs`).

    rdu-translate --to-bitstream prog.mlir -o prog.rbs [--no-debug-info]
    rdu-translate --from-bitstream prog.rbs [-o prog.mlir]

Reads stdin when no input file (or `-`) is given. Output files are written atomically (a
temporary file renamed into place), so a failed run leaves no partial output. Errors are
diagnostics (`error: <file>: offset N: field <name>: <problem>` for a bad bitstream), exit 1,
never a traceback (unless --debug).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


from rdu_ir import __version__
from rdu_ir.cli import ArgumentParser, guarded_main
from rdu_ir.diagnostics import error


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="rdu-translate", description="Translate rdu IR to and from the tile bitstream.")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--to-bitstream", action="store_true", help="MLIR text (rdu level) -> bitstream")
    mode.add_argument("--from-bitstream", action="store_true", help="bitstream -> MLIR text")
    p.add_argument("input_file", nargs="?", default=None, metavar="FILE|-", help="input (default: stdin)")
    p.add_argument("-o", "--output-file", default=None, metavar="FILE", help="output (default: stdout)")
    p.add_argument("--no-debug-info", action="store_true",
                   help="leave out value names and source locations (and the reference's locations)")
    p.add_argument("--print-op-generic", action="store_true", help="print the IR in generic form")
    p.add_argument("--print-debuginfo", action="store_true",
                   help="print source locations (so text -> bitstream keeps them: a byte-identical trip)")
    p.add_argument("--allow-unregistered-dialect", action="store_true", help="accept ops of unknown dialects")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    p.add_argument("--version", action="version", version=f"rdu-translate {__version__}")
    return p


def _read_input(path: str | None) -> tuple[bytes, str]:
    if path is None or path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(path).read_bytes(), path
    except OSError as e:
        raise error(f"cannot read input file '{path}': {e.strerror}") from None


def _write_output(path: str | None, data: bytes, binary: bool) -> None:
    if path is None or path == "-":
        if binary and sys.stdout.isatty():
            raise error("refusing to write a binary bitstream to a terminal; use -o FILE")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".rdu-translate-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def run(args: argparse.Namespace) -> int:
    from rdu_ir.bitstream import read_bitstream, write_bitstream
    from rdu_ir.context import make_context
    from rdu_ir.parsing import parse_source
    from rdu_ir.printing import print_module
    from rdu_ir.verification import verify_module

    ctx = make_context(allow_unregistered=args.allow_unregistered_dialect)
    data, name = _read_input(args.input_file)
    if args.to_bitstream:
        try:
            text = data.decode()
        except UnicodeDecodeError as e:
            raise error(f"input is not UTF-8 text (byte {e.start})", name) from None
        module = parse_source(ctx, text, name)
        verify_module(module)
        _write_output(args.output_file, write_bitstream(module, debug_info=not args.no_debug_info, source=name), binary=True)
    else:
        module = read_bitstream(data, ctx, name)
        out = print_module(module, generic=args.print_op_generic, debuginfo=args.print_debuginfo)
        _write_output(args.output_file, out.encode(), binary=False)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return guarded_main("rdu-translate", lambda args: run(build_parser().parse_args(args)), argv)


if __name__ == "__main__":
    sys.exit(main())
