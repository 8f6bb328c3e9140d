"""`rdu-opt`: the mlir-opt of rdu-ir, built on xDSL's `xDSLOptMain`.

It reuses xDSL's argument set, parser, printer and pass-pipeline parsing, and adds what
xdsl-opt 0.74 lacks: MLIR's `--pass-pipeline='builtin.module(...)'` form, `--list-passes`,
pass plugins (files and entry points, with duplicate detection), `--chip`, per-pass IR dumps
(`--print-ir-after-all`, `--dump-ir-dir`), `--timing`, `--pass-statistics`, MLIR-style
`--verify-diagnostics` (`// expected-error {{...}}` annotations), crash reproducers, and
diagnostics instead of tracebacks. Output files are written atomically: on any error no
output file is left behind.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass, PassPipeline, get_pass_option_infos
from xdsl.utils.arg_spec import ArgSpecParseError, parse_pipeline
from xdsl.utils.exceptions import DiagnosticException
from xdsl.xdsl_opt_main import xDSLOptMain

from rdu_ir import __version__, statistics
from rdu_ir.chip import ChipError, bind_chip, load_chip
from rdu_ir.cli import guarded_main
from rdu_ir.diagnostics import RduError, error
from rdu_ir.expected_diagnostics import ExpectedDiagnostics
from rdu_ir.parsing import parse_source
from rdu_ir.printing import print_module
from rdu_ir.pipeline_syntax import mlir_to_xdsl, xdsl_form
from rdu_ir.plugins import PassTable, build_table
from rdu_ir.verification import verify_module


def _pre_scan(argv: Sequence[str], flag: str) -> list[str]:
    """Values of a repeatable `--flag=V`/`--flag V` option, read before argparse runs."""
    values = []
    for i, arg in enumerate(argv):
        if arg.startswith(flag + "="):
            values.append(arg.split("=", 1)[1])
        elif arg == flag and i + 1 < len(argv):
            values.append(argv[i + 1])
    return values


@dataclass
class PassRecord:
    name: str
    seconds: float


@dataclass
class RunState:
    timings: list[PassRecord] = field(default_factory=list)
    stats: dict[str, dict[str, int]] = field(default_factory=dict)


class RduOptMain(xDSLOptMain):
    version_format = f"rdu-opt {__version__} (xdsl {{xdsl_version}})"

    def __init__(self, args: Sequence[str] | None = None):
        argv = list(sys.argv[1:] if args is None else args)
        self.table: PassTable = build_table(_pre_scan(argv, "--load-pass-plugin"))
        super().__init__(description="rdu-ir modular optimizer driver", args=argv)

    # --- registration (xDSLOptMain hooks) -----------------------------------------------
    def register_all_dialects(self):
        for name, factory in self.table.dialects.items():
            self.ctx.register_dialect(name, factory)

    def register_all_passes(self):
        for name, factory in self.table.passes.items():
            self.register_pass(name, factory)

    def register_all_frontends(self):
        super().register_all_frontends()

        def frontend(suffix: str):
            def parse(io, name=None, line_offset: int = 0):
                data = io.read()
                text = data.decode() if isinstance(data, bytes) else data
                return parse_source(self.ctx, text, name or self.get_input_name(), suffix, line_offset)

            return parse

        parse_mlir, parse_tin = frontend("mlir"), frontend("tin")

        self.available_frontends["mlir"] = parse_mlir
        self.available_frontends["tin"] = parse_tin

    def register_all_arguments(self, arg_parser: argparse.ArgumentParser):
        super().register_all_arguments(arg_parser)
        add = arg_parser.add_argument
        add("--pass-pipeline", default="", help="MLIR-form pipeline, e.g. 'builtin.module(a,b{opt=1})'")
        add("--list-passes", action="store_true", help="list every registered pass with its options")
        add("--load-pass-plugin", action="append", default=[], metavar="FILE.py",
            help="load the ModulePass subclasses defined in FILE.py (repeatable)")
        add("--chip", default=None, help="chip preset (tiny, plasticine, sn10) or a chip .toml file")
        add("--print-ir-after-all", action="store_true", help="print the IR after every pass to stderr")
        add("--dump-ir-dir", default=None, metavar="DIR",
            help="write the IR before the first and after every pass to numbered files in DIR")
        add("--timing", action="store_true", help="print a per-pass wall-time table to stderr")
        add("--pass-statistics", action="store_true", help="print the passes' statistics to stderr")
        add("--view-graph", default=None, metavar="FILE.dot",
            help="write the final IR's graph (df units and buffers, rdu sections) as Graphviz dot")
        add("--quiet", action="store_true", help="no progress bars")
        add("--debug", action="store_true", help="show Python tracebacks of internal errors")
        add("--crash-reproducer", default=None, metavar="FILE",
            help="where to write the reproducer of an internal error (default: a temporary file)")

    # --- pipeline -----------------------------------------------------------------------
    def setup_pipeline(self):
        """Parse `-p` and/or `--pass-pipeline` with xDSL's parser, with clear errors."""
        if self.args.passes and self.args.pass_pipeline:
            raise error("use either -p or --pass-pipeline, not both")
        spec = (
            mlir_to_xdsl(self.args.pass_pipeline)
            if self.args.pass_pipeline
            else xdsl_form(self.args.passes)
        )
        self.pipeline_spec = spec
        try:
            specs = list(parse_pipeline(spec))
        except ArgSpecParseError as e:
            raise error(f"invalid pass pipeline '{spec}': {e}") from None
        for s in specs:
            if s.name not in self.available_passes:
                close = difflib.get_close_matches(s.name, list(self.available_passes), n=3)
                hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
                raise error(f"unknown pass '{s.name}'{hint} (see --list-passes)")
        passes: list[ModulePass] = []
        for s in specs:
            cls = self.available_passes[s.name]()
            try:
                passes.append(cls.from_pass_spec(s))
            except (ValueError, TypeError) as e:
                options = ", ".join(
                    f"{o.name.replace('_', '-')}: {o.expected_type.strip(chr(39))}"
                    for o in get_pass_option_infos(cls)
                ) or "none"
                raise error(f"bad option for pass '{s.name}': {e} (options: {options})") from None
        self.pipeline = PassPipeline(tuple(passes))

    # --- running ------------------------------------------------------------------------
    def list_passes(self) -> str:
        out = StringIO()
        for name in sorted(self.available_passes):
            try:
                cls = self.available_passes[name]()
            except Exception as e:  # a broken plugin should not hide the others
                out.write(f"  {name}  (failed to load: {e})\n")
                continue
            doc = (cls.__doc__ or "").strip().splitlines()
            summary = doc[0].strip() if doc else ""
            source = self.table.pass_sources.get(name, "")
            out.write(f"  {name}  -  {summary}" + (f"  [{source}]" if source != "xdsl" else "") + "\n")
            for info in get_pass_option_infos(cls):
                default = f" = {info.default_value}" if info.default_value is not None else ""
                kind = info.expected_type.strip("'")
                out.write(f"      {info.name.replace('_', '-')}: {kind}{default}\n")
        return out.getvalue()

    def _print(self, module: ModuleOp) -> str:
        return print_module(
            module,
            generic=self.args.print_op_generic,
            debuginfo=self.args.print_debuginfo,
            properties_as_attributes=self.args.print_no_properties,
        )

    def _write_reproducer(self, module_text: str, failing: ModulePass) -> str:
        header = (
            f"// rdu-opt crash reproducer: pass '{failing.name}' raised an internal error.\n"
            f"// Rerun: rdu-opt <this file> -p '{failing.spec(include_default=False)}'"
            + (f" --chip={self.args.chip}" if self.args.chip else "")
            + "\n"
            + f"// Full pipeline: -p '{self.pipeline_spec}'\n"
        )
        if self.args.crash_reproducer:
            path = self.args.crash_reproducer
            Path(path).write_text(header + module_text)
        else:
            fd, path = tempfile.mkstemp(prefix=f"rdu-opt-reproducer-{failing.name}-", suffix=".mlir")
            with os.fdopen(fd, "w") as f:
                f.write(header + module_text)
        return path

    def apply_passes_tracked(self, module: ModuleOp, state: RunState, dump_prefix: str) -> None:
        dump_dir = Path(self.args.dump_ir_dir) if self.args.dump_ir_dir else None
        if dump_dir is not None:
            dump_dir.mkdir(parents=True, exist_ok=True)
            (dump_dir / f"{dump_prefix}00_input.mlir").write_text(self._print(module))
        for index, p in enumerate(self.pipeline.passes, start=1):
            before = self._print(module) if not self.args.debug else None
            statistics.reset()
            start = time.perf_counter()
            try:
                p.apply(self.ctx, module)
            except (DiagnosticException, ChipError) as e:
                raise e if isinstance(e, RduError) else error(f"in pass '{p.name}': {e}") from None
            except Exception as e:
                if self.args.debug:
                    raise
                path = self._write_reproducer(before or "", p)
                raise error(
                    f"internal error in pass '{p.name}': {type(e).__name__}: {e}; "
                    f"reproducer written to {path} (rerun with --debug for the traceback)"
                ) from None
            state.timings.append(PassRecord(p.name, time.perf_counter() - start))
            for name, table in statistics.collected().items():
                merged = state.stats.setdefault(name, {})
                for k, v in table.items():
                    merged[k] = merged.get(k, 0) + v
            if not self.args.disable_verify:
                verify_module(module, f"after pass '{p.name}': ")
            if self.args.print_ir_after_all:
                sys.stderr.write(f"// -----// IR Dump After {p.name} //----- //\n")
                sys.stderr.write(self._print(module))
            if dump_dir is not None:
                safe = p.name.replace("/", "_")
                (dump_dir / f"{dump_prefix}{index:02d}_after_{safe}.mlir").write_text(self._print(module))

    def _chunks(self) -> tuple[list[tuple[str, int]], str]:
        if self.args.input_file is None or self.args.input_file == "-":
            data = sys.stdin.buffer.read()
            ext = "mlir"
        else:
            try:
                data = Path(self.args.input_file).read_bytes()
            except OSError as e:
                raise error(f"cannot read input file '{self.args.input_file}': {e.strerror}") from None
            ext = Path(self.args.input_file).suffix.lstrip(".") or "mlir"
        if self.args.frontend:
            ext = self.args.frontend
        if ext not in self.available_frontends:
            ext = "mlir"
        try:
            text = data.decode()
        except UnicodeDecodeError as e:
            raise error(f"input is not UTF-8 text (byte {e.start})", self.get_input_name()) from None
        if not self.args.split_input_file:
            return [(text, 0)], ext
        chunks, offset = [], 0
        for chunk in text.split("// -----"):
            chunks.append((chunk, offset))
            offset += chunk.count("\n")
        return chunks, ext

    def process_chunk(self, text: str, offset: int, ext: str, state: RunState, prefix: str) -> str:
        from io import StringIO as _S

        frontend = self.available_frontends[ext]
        module = frontend(_S(text), self.get_input_name(), offset)
        if module is None:
            return ""
        if not self.args.disable_verify:
            verify_module(module)
        if self.args.chip:
            try:
                bind_chip(module, load_chip(self.args.chip))
            except ChipError as e:
                raise error(str(e)) from None
        self.apply_passes_tracked(module, state, prefix)
        if self.args.view_graph:
            from rdu_ir.views.graph_dot import write_graph

            write_graph(module, self.args.view_graph)
        return self._print(module)

    def run(self) -> int:  # type: ignore[override]
        from rdu_ir.progress import set_quiet

        set_quiet(self.args.quiet)
        if self.args.list_passes:
            sys.stdout.write(self.list_passes())
            return 0
        if self.args.chip:
            try:
                load_chip(self.args.chip)
            except ChipError as e:
                raise error(str(e)) from None
        out = self.args.output_file
        if out and out != "-" and not Path(out).parent.is_dir():
            raise error(f"cannot write output file '{out}': directory '{Path(out).parent}' does not exist")
        chunks, ext = self._chunks()
        state = RunState()
        pieces: list[str] = []
        status = 0
        for i, (text, offset) in enumerate(chunks):
            prefix = f"chunk{i}_" if len(chunks) > 1 else ""
            expected = ExpectedDiagnostics.scan(text, offset) if self.args.verify_diagnostics else None
            try:
                pieces.append(self.process_chunk(text, offset, ext, state, prefix))
                if expected is not None and expected.items:
                    sys.stderr.write(expected.unmet_report(self.get_input_name()))
                    status = 1
            except RduError as e:
                if expected is None:
                    raise
                if expected.items:
                    problem = expected.match(str(e), self.get_input_name())
                    if problem:
                        sys.stderr.write(problem)
                        status = 1
                else:  # xdsl-opt's behaviour: print the diagnostic and carry on
                    pieces.append(str(e) + "\n")
        self._write_output("// -----\n".join(pieces))
        if self.args.timing:
            sys.stderr.write(format_timing(state.timings))
        if self.args.pass_statistics:
            sys.stderr.write(statistics.format_table(state.stats))
        return status

    def _write_output(self, text: str) -> None:
        path = self.args.output_file
        if path is None or path == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        target = Path(path)
        if not target.parent.is_dir():
            raise error(f"cannot write output file '{path}': directory '{target.parent}' does not exist")
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".rdu-opt-")
        try:
            with os.fdopen(fd, "w") as f:
                f.write(text)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def format_timing(records: list[PassRecord]) -> str:
    total = sum(r.seconds for r in records) or 1e-12
    lines = [
        "===" + "-" * 60 + "===",
        "  ... Execution time report ...",
        "===" + "-" * 60 + "===",
        f"  Total pass execution time: {total:.4f} seconds",
        "",
        "   ----Wall Time----  ----Name----",
    ]
    for r in records:
        lines.append(f"   {r.seconds:8.4f} ({100 * r.seconds / total:5.1f}%)  {r.name}")
    lines.append(f"   {total:8.4f} (100.0%)  Total")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    return guarded_main("rdu-opt", lambda args: RduOptMain(args).run(), argv)


if __name__ == "__main__":
    sys.exit(main())
