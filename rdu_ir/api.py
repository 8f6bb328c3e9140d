"""The Python API: compile a program, look at every level, run it — what a notebook wants.

    import numpy as np, rdu_ir
    prog = rdu_ir.compile("examples/gemm.mlir", chip="tiny")
    print(prog.ir("df"))                 # the program at the dataflow level
    a, b = prog.random_inputs(seed=0)
    (c,) = prog.run(a, b)                # numpy arrays, from the cycle simulator
    prog.check(a, b)                     # against the ta reference: CheckResult, true when it passed
    prog.report["cycles"], prog.report["units"]
    open("gemm.rbs", "wb").write(prog.bitstream)

`compile` parses the source (a path to `.mlir`/`.tin`, MLIR text, or a ModuleOp, which is
copied), records the chip on it and runs the pipeline (default: `rdu-compile`, every pass from
`linalg-to-ta` to `insert-credits`) pass by pass, verifying after each and keeping the last
form the program had at each level. Errors a user can cause raise `rdu_ir.diagnostics.RduError`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import Chip, ChipError, bind_chip, load_chip
from rdu_ir.diagnostics import RduError, error

DEFAULT_PIPELINE = "rdu-compile"
LEVELS: tuple[str, ...] = ("linalg", "ta", "df", "rdu")


def _looks_like_path(text: str) -> bool:
    """One line naming a .mlir/.tin file or any existing file (MLIR text never is one)."""
    if "\n" in text or not text.strip():
        return False
    if text.strip().endswith((".mlir", ".tin")):
        return True
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # too long or a NUL byte: text, not a path
        return False


def _read_source(source: object, frontend: str | None) -> tuple[str | None, ModuleOp | None, str, str]:
    """(text, module, name, frontend) of a path, MLIR/tin text or a ModuleOp."""
    if isinstance(source, ModuleOp):
        return None, source.clone(), "<module>", "mlir"
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)  # type: ignore[arg-type]
        try:
            text = path.read_text()
        except OSError as e:
            raise error(f"cannot read '{path}': {e.strerror or e}") from None
        except UnicodeDecodeError as e:
            raise error(f"'{path}' is not UTF-8 text (byte {e.start})") from None
        return text, None, str(path), frontend or ("tin" if path.suffix == ".tin" else "mlir")
    if isinstance(source, str):
        return source, None, "<string>", frontend or "mlir"
    raise error(f"rdu_ir.compile: expected a path, MLIR text or a ModuleOp, got {type(source).__name__}")


def _passes(pipeline: str | Sequence[str] | None):
    """ModulePass instances of a pipeline (`-p` form, `builtin.module(...)` form or a list)."""
    from xdsl.utils.arg_spec import ArgSpecParseError, parse_pipeline

    from rdu_ir.pipeline_syntax import mlir_to_xdsl, xdsl_form
    from rdu_ir.plugins import build_table

    if pipeline is None:
        pipeline = DEFAULT_PIPELINE
    if not isinstance(pipeline, str):
        pipeline = ",".join(pipeline)
    spec = mlir_to_xdsl(pipeline) if pipeline.strip().startswith("builtin.module(") else xdsl_form(pipeline)
    try:
        specs = list(parse_pipeline(spec))
    except ArgSpecParseError as e:
        raise error(f"invalid pass pipeline '{pipeline}': {e}") from None
    table = build_table().passes
    out = []
    for s in specs:
        if s.name not in table:
            raise error(f"unknown pass '{s.name}' in pipeline '{pipeline}'")
        cls = table[s.name]()
        try:
            out.append(cls.from_pass_spec(s))
        except (ValueError, TypeError) as e:
            raise error(f"bad option for pass '{s.name}': {e}") from None
    return out


def compile(
    source: str | os.PathLike | ModuleOp,
    chip: Chip | str = "plasticine",
    pipeline: str | Sequence[str] | None = None,
    frontend: str | None = None,
) -> Program:
    """Compile `source` for `chip` (a Chip, preset name or .toml) through `pipeline`.

    `pipeline` is a pass list as `rdu-opt -p` takes it (named pipelines such as `rdu-compile`
    allowed), the `builtin.module(...)` form, or a sequence of pass names; None runs
    `rdu-compile` (without its `linalg-to-ta` import when the source is already `ta`).
    `frontend` ("mlir" or "tin") overrides the choice by file extension."""
    from xdsl.utils.exceptions import DiagnosticException

    from rdu_ir import statistics
    from rdu_ir.context import make_context
    from rdu_ir.parsing import parse_source
    from rdu_ir.sim.runner import module_level
    from rdu_ir.verification import verify_module

    try:
        target = chip if isinstance(chip, Chip) else load_chip(chip)
    except ChipError as e:
        raise error(str(e)) from None
    text, module, name, kind = _read_source(source, frontend)
    ctx = make_context()
    if module is None:
        module = parse_source(ctx, text, name, kind)  # type: ignore[arg-type]
    verify_module(module)
    try:
        bind_chip(module, target)
    except ChipError as e:
        raise error(str(e)) from None
    passes = _passes(pipeline)
    if pipeline is None and module_level(module) != "linalg":
        # The default pipeline starts by importing linalg; a program already in ta skips that.
        passes = [p for p in passes if p.name != "linalg-to-ta"]
    snapshots: dict[str, ModuleOp] = {module_level(module): module.clone()}
    stats: dict[str, dict[str, int]] = {}
    for p in passes:
        before = statistics.collected()
        try:
            p.apply(ctx, module)
        except (DiagnosticException, ChipError) as e:
            raise e if isinstance(e, RduError) else error(f"in pass '{p.name}': {e}") from None
        verify_module(module, f"after pass '{p.name}': ")
        for pass_name, table in statistics.collected().items():
            old = before.get(pass_name, {})
            for k, v in table.items():
                if v != old.get(k, 0):
                    merged = stats.setdefault(pass_name, {})
                    merged[k] = merged.get(k, 0) + v - old.get(k, 0)
        snapshots[module_level(module)] = module.clone()
    return Program(module, target, snapshots, [p.name for p in passes], stats, name)


class Program:
    """A compiled program: its IR at each level, bitstream, report, and runs on the simulator."""

    def __init__(self, module: ModuleOp, chip: Chip, snapshots: dict[str, ModuleOp], passes: list[str],
                 pass_statistics: dict[str, dict[str, int]], source: str):
        self.module = module
        """The final module (what the last pass produced)."""
        self.chip = chip
        self.passes = passes
        self.pass_statistics = pass_statistics
        self.source = source
        self._snapshots = snapshots
        self._bitstream: bytes | None = None
        self.last_run: dict | None = None
        """Cycle figures of the last `run` (`rdu_ir.sim.cycle_metrics.metrics`), or stats of another level."""

    # --- the program at each level ----------------------------------------------------------
    @property
    def level(self) -> str:
        from rdu_ir.sim.runner import module_level

        return module_level(self.module)

    @property
    def levels(self) -> list[str]:
        """The levels the program went through, lowest-level last."""
        return [lv for lv in LEVELS if lv in self._snapshots]

    def ir(self, level: str | None = None, generic: bool = False) -> str:
        """The program as MLIR text at `level` ('ta', 'df', 'rdu'; default: the final form)."""
        from rdu_ir.printing import print_module

        if level is None:
            return print_module(self.module, generic=generic)
        if level not in self._snapshots:
            raise error(f"the program has no '{level}' form (its levels: {', '.join(self.levels)})")
        return print_module(self._snapshots[level], generic=generic)

    def module_at(self, level: str) -> ModuleOp:
        """A copy of the module at `level`."""
        if level not in self._snapshots:
            raise error(f"the program has no '{level}' form (its levels: {', '.join(self.levels)})")
        return self._snapshots[level].clone()

    # --- the bitstream ------------------------------------------------------------------------
    @property
    def bitstream(self) -> bytes:
        """The tile bitstream (`.rbs` bytes) of the rdu-level program."""
        if self._bitstream is None:
            if self.level != "rdu":
                raise error(f"the program is at level {self.level}: only an rdu-level program has a bitstream")
            from rdu_ir.bitstream import write_bitstream

            self._bitstream = write_bitstream(self.module)
        return self._bitstream

    def save(self, path: str | os.PathLike) -> None:
        try:
            Path(path).write_bytes(self.bitstream)
        except OSError as e:
            raise error(f"cannot write '{path}': {e.strerror or e}") from None

    def load(self, runtime):
        """Load the bitstream on a `rdu_ir.runtime.Runtime` (beside its other programs)."""
        return runtime.load(self.bitstream, source=self.source)

    # --- running ------------------------------------------------------------------------------
    def _entry(self):
        from rdu_ir.sim.runner import find_entry

        return find_entry(self.module, None)

    @property
    def input_types(self) -> list:
        from rdu_ir.sim.runner import signature

        return list(signature(self._entry()).inputs)

    def random_inputs(self, seed: int = 0) -> list[np.ndarray]:
        """Seeded random arguments of the right shapes and dtypes (standard normal floats)."""
        from rdu_ir.run_main import random_array
        from rdu_ir.sim.runner import tensor_parts

        rng = np.random.default_rng(seed)
        return [random_array(rng, *tensor_parts(t)) for t in self.input_types]

    def run(self, *arrays: object) -> list[np.ndarray]:
        """Run the final module on the simulator of its level; the results as numpy arrays."""
        from rdu_ir.runtime.loader import prepare_inputs
        from rdu_ir.sim.runner import run_module, sym_name

        op = self._entry()
        result = run_module(self.module, sym_name(op), prepare_inputs(op, arrays))
        self.last_run = dict(result.stats)
        if "cycles" in result.stats and "lower_bound_cycles" in result.stats:
            from rdu_ir.sim.cycle_metrics import metrics

            self.last_run = metrics(result.stats, self.chip)
        return list(result.results)

    def reference(self, *arrays: object) -> list[np.ndarray]:
        """The `ta` reference's results (numpy) on the same arguments."""
        from rdu_ir.runtime.loader import prepare_inputs
        from rdu_ir.sim.runner import run_module, sym_name

        op = self._entry()
        return list(run_module(self._reference_module(), sym_name(op), prepare_inputs(op, arrays)).results)

    def _reference_module(self) -> ModuleOp:
        from rdu_ir.reference import reference_module

        ref = reference_module(self.module)
        if ref is not None:
            return ref
        if "ta" in self._snapshots:
            return self._snapshots["ta"]
        raise error("the program has no ta form to check against")

    def check(self, *arrays: object, rtol: float = 1e-4, atol: float = 1e-5):
        """Run and compare with the `ta` reference; a CheckResult (true when within tolerance)."""
        from rdu_ir.runtime.loader import check_against, prepare_inputs
        from rdu_ir.sim.runner import sym_name

        op = self._entry()
        inputs = prepare_inputs(op, arrays)
        results = self.run(*inputs)
        return check_against(self.module, sym_name(op), inputs, results, rtol, atol, self._reference_module())

    # --- the report ---------------------------------------------------------------------------
    @property
    def report(self) -> dict:
        """Allocation figures of the rdu form (sections, units per kind, routes, credits, share
        of the chip), the pass statistics, and the cycle figures of the last run if any."""
        out: dict = {"chip": self.chip.name, "level": self.level, "passes": list(self.passes)}
        if "rdu" in self._snapshots:
            out.update(allocation_report(self._snapshots["rdu"], self.chip))
        if self.pass_statistics:
            out["pass_statistics"] = {k: dict(v) for k, v in self.pass_statistics.items()}
        if self.last_run is not None:
            out["last_run"] = dict(self.last_run)
            for key in ("cycles", "seconds_at_clock", "peak_fraction", "lower_bound_cycles"):
                if key in self.last_run:
                    out[key] = self.last_run[key]
        return out

    def __repr__(self) -> str:
        return f"<rdu_ir.Program {self.source} for chip '{self.chip.name}', level {self.level}>"


def allocation_report(module: ModuleOp, chip: Chip) -> dict:
    """Sections, units per kind (the most any section uses), routes and their length, credits."""
    from collections import Counter

    from rdu_ir.dialects.rdu_credits import CreditOp
    from rdu_ir.runtime.chip_state import configurations

    sections = configurations(module)
    most: Counter[str] = Counter()
    routes = wirelength = longest = credits = 0
    for s in sections:
        kinds = Counter(u.KIND for u in s.units())
        for k, n in kinds.items():
            most[k] = max(most[k], n)
        for r in s.routes():
            routes += 1
            wirelength += r.length
            longest = max(longest, r.length)
        credits += sum(1 for op in s.body.block.ops if isinstance(op, CreditOp))
    return {
        "sections": len(sections),
        "units": {k: most[k] for k in ("pcu", "pmu", "agcu")},
        "pcu_share": most["pcu"] / chip.num_pcus if chip.num_pcus else 0.0,
        "pmu_share": most["pmu"] / chip.num_pmus if chip.num_pmus else 0.0,
        "routes": routes,
        "wirelength": wirelength,
        "longest_route": longest,
        "credits": credits,
        "peak_flops": chip.peak_flops,
    }


__all__ = ["DEFAULT_PIPELINE", "Program", "compile"]
