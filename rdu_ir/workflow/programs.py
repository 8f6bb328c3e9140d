"""Lower the workflow's programs as far as the pipeline goes, write them, and run them.

`lower(module, chip)` runs `rdu-compile` (minus `linalg-to-ta`: the programs are already `ta`)
in two stages, `ta` -> `df` (ta-decompose, canonicalize, ta-to-df, infer-layout, split-buffers)
and `df` -> `rdu` (allocate-units, insert-credits). When a stage fails, the result is the last
level that worked and the reason is kept: compiling never crashes on a program a later pass
cannot handle yet, and the output says which level was reached. An `rdu` module is written as
a tile bitstream (`.rbs`), anything else as MLIR text (readers tell them apart by the magic
bytes, so every command accepts either).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.utils.exceptions import DiagnosticException

from rdu_ir.chip import Chip, ChipError, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import error
from rdu_ir.registry import pass_factories
from rdu_ir.sim.runner import RunResult, run_module

TO_DF = ("ta-decompose", "canonicalize", "ta-to-df", "infer-layout", "split-buffers")
TO_RDU = ("allocate-units", "insert-credits")
LEVELS = ("ta", "df", "rdu")
SIMULATORS = {"ta": "the ta reference interpreter (values only)",
              "df": "the token-level dataflow simulator (df)",
              "rdu": "the cycle-level simulator (rdu)"}


@dataclass
class Lowered:
    module: ModuleOp
    level: str
    """The level reached: rdu, df or ta."""
    stopped: str = ""
    """Why lowering stopped before the target (the failing pass and its message), or ''."""
    seconds: float = 0.0
    times: dict[str, float] = field(default_factory=dict)


def _make_pass(name: str) -> ModulePass:
    factories = pass_factories()
    if name in factories:
        return factories[name]()()
    from xdsl.transforms import get_all_passes

    return get_all_passes()[name]()()


def _run_stage(module: ModuleOp, names: Sequence[str], times: dict[str, float]) -> str:
    """Apply the passes to `module` in place; '' on success, else the failure as one line."""
    ctx = make_context()
    for name in names:
        start = time.perf_counter()
        try:
            _make_pass(name).apply(ctx, module)
        except (DiagnosticException, ChipError) as e:
            return f"{name}: {_one_line(str(e))}"
        except Exception as e:  # noqa: BLE001 - a pass's internal error must not end the compile
            return f"{name}: internal error: {type(e).__name__}: {_one_line(str(e))}"
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
    return ""


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else text
    return first.replace("error: ", "", 1) if first.count("error: ") == 1 else first


def lower(module: ModuleOp, chip: Chip, target: str = "rdu") -> Lowered:
    """A copy of `module` lowered towards `target` (ta, df or rdu) for `chip`."""
    if target not in LEVELS:
        raise error(f"unknown level '{target}', expected one of {', '.join(LEVELS)}")
    start = time.perf_counter()
    current = module.clone()
    try:
        bind_chip(current, chip)
    except ChipError as e:
        raise error(str(e)) from None
    times: dict[str, float] = {}
    if target == "ta":
        return Lowered(current, "ta", times=times)
    staged = current.clone()
    failed = _run_stage(staged, TO_DF, times)
    if failed:
        return Lowered(current, "ta", failed, time.perf_counter() - start, times)
    if target == "df":
        return Lowered(staged, "df", seconds=time.perf_counter() - start, times=times)
    final = staged.clone()
    failed = _run_stage(final, TO_RDU, times)
    if failed:
        return Lowered(staged, "df", failed, time.perf_counter() - start, times)
    return Lowered(final, "rdu", seconds=time.perf_counter() - start, times=times)


def write_program(path: str, lowered: Lowered, source: str | None = None) -> tuple[str, int]:
    """Write a bitstream (rdu level) or MLIR text; returns (what was written, bytes)."""
    if lowered.level == "rdu":
        from rdu_ir.bitstream import write_bitstream

        data = write_bitstream(lowered.module, source=source)
        kind = "a tile bitstream"
    else:
        from rdu_ir.printing import print_module

        data = print_module(lowered.module).encode()
        kind = f"{lowered.level}-level MLIR text (not a bitstream)"
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as e:
        raise error(f"cannot write '{path}': {e.strerror or e}") from None
    return kind, len(data)


def run(module: ModuleOp, entry: str, inputs: Sequence[np.ndarray]) -> RunResult:
    """Run `@entry` on the simulator of the module's level (copies of the inputs)."""
    return run_module(module, entry, [np.array(x, copy=True) for x in inputs])


def function_names(module: ModuleOp) -> list[str]:
    from rdu_ir.sim.runner import entry_ops, sym_name

    return [sym_name(op) for op in entry_ops(module)]
