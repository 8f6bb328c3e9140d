"""The runtime: load bitstreams onto one simulated chip and run them.

    rt = Runtime("tiny")
    a = rt.load("add.rbs")            # placed where it was compiled
    b = rt.load("scale.rbs")          # moved (or re-placed) into the sites `a` left free
    out_a = a.run(x, y)               # numpy arrays, in the program's result order
    out_b = b.run(z)
    a.metrics["cycles"]

`load` reads the bitstream's header first (`rdu_ir.bitstream.read_layout`), so a bitstream for
another chip is refused before any op is decoded, then decodes it (`read_bitstream`), relocates
it beside the programs already loaded (`relocate`) and reserves its footprint in the chip
state. A program that does not fit raises an RduError saying what is missing; the state is
changed only once everything succeeded, so the programs already loaded are untouched.

Each program runs in the cycle simulator (through `rdu_ir.sim.runner.run_module`) on its own
relocated configuration; the chip state guarantees that no two loaded programs hold the same
site or overflow a link together, so running them one after another gives the results each
would give alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import Chip, ChipError, load_chip
from rdu_ir.diagnostics import RduError, error
from rdu_ir.runtime.chip_state import (
    ChipState,
    Footprint,
    configurations,
    module_footprint,
)
from rdu_ir.runtime.relocate import Relocation, check_fits, relocate


@dataclass
class CheckResult:
    """The outcome of comparing a run with the `ta` reference (true when it passed)."""

    ok: bool
    problems: list[str]
    max_abs_error: float
    results: list[np.ndarray]
    expected: list[np.ndarray]

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        if self.ok:
            return f"OK ({len(self.expected)} result(s) match the ta reference, max abs error {self.max_abs_error:.3g})"
        return "FAILED: " + "; ".join(self.problems)


def argument_names(entry_op) -> list[str]:
    """One name per argument: the text's `%x` names, or for an `rdu.program` (which has no block
    arguments) the DRAM tensors that receive them; "" where there is none."""
    from rdu_ir.dialects.rdu_program import ProgramOp
    from rdu_ir.sim.runner import signature

    sig = signature(entry_op)
    names = list(sig.names) + [""] * (len(sig.inputs) - len(sig.names))
    if isinstance(entry_op, ProgramOp):
        for d in entry_op.drams():
            if d.arg_index is not None and 0 <= d.arg_index < len(names):
                names[d.arg_index] = d.sym_name.data
    return names


def prepare_inputs(entry_op, arrays: Sequence[object]) -> list[np.ndarray]:
    """Arrays for the entry's arguments: counts and shapes checked, values cast to its dtypes."""
    from rdu_ir.sim.runner import signature, sym_name, tensor_parts

    sig = signature(entry_op)
    if len(arrays) != len(sig.inputs):
        raise error(f"@{sym_name(entry_op)} takes {len(sig.inputs)} argument(s), got {len(arrays)}")
    out: list[np.ndarray] = []
    for i, (value, t) in enumerate(zip(arrays, sig.inputs)):
        shape, dtype = tensor_parts(t)
        try:
            array = np.asarray(value)
        except (TypeError, ValueError) as e:
            raise error(f"argument {i} of @{sym_name(entry_op)} is not an array: {e}") from None
        if array.shape != shape:
            raise error(f"argument {i} of @{sym_name(entry_op)} has shape {array.shape}, expected {shape} ({t})")
        if array.dtype != dtype and not np.can_cast(array.dtype, dtype, casting="same_kind"):
            raise error(f"argument {i} of @{sym_name(entry_op)} has dtype {array.dtype}, expected {dtype} ({t})")
        out.append(np.array(array, dtype=dtype, copy=True))
    return out


def check_against(module: ModuleOp, entry: str, inputs: list[np.ndarray], results: list[np.ndarray],
                  rtol: float, atol: float, reference: ModuleOp | None = None) -> CheckResult:
    """Run the `ta` reference of `module` (its `@rdu_reference`, or `reference`) and compare."""
    from rdu_ir.reference import reference_module
    from rdu_ir.run_main import compare, max_error
    from rdu_ir.sim.runner import run_module

    ref = reference if reference is not None else reference_module(module)
    if ref is None:
        raise error("the program carries no ta reference (@rdu_reference) to check against")
    expected = run_module(ref, entry, [x.copy() for x in inputs]).results
    problems = compare(results, expected, rtol, atol)
    err = max_error(results, expected) if not problems or len(results) == len(expected) else float("inf")
    return CheckResult(not problems, problems, err, list(results), list(expected))


@dataclass(eq=False)
class LoadedProgram:
    """A program loaded on a Runtime's chip: its relocated module, where it sits, its last run."""

    runtime: Runtime
    id: int
    name: str
    module: ModuleOp
    relocation: Relocation
    source: str
    stats: dict = field(default_factory=dict)
    """The simulator's raw stats of the last run."""
    metrics: dict | None = None
    """Cycle figures of the last run (`rdu_ir.sim.cycle_metrics.metrics`): cycles, FLOP/s, ..."""

    @property
    def loaded(self) -> bool:
        return self.runtime.programs.get(self.id) is self

    @property
    def footprint(self) -> Footprint:
        return self.runtime.state.programs[self.id]

    @property
    def sites(self) -> list[tuple[int, int]]:
        """The PCU/PMU sites the program holds, sorted."""
        return sorted(module_footprint(self.module).sites)

    def entry(self, name: str | None = None):
        from rdu_ir.sim.runner import find_entry

        return find_entry(self.module, name)

    def _live(self) -> None:
        if not self.loaded:
            raise error(f"program '{self.name}' is no longer loaded")

    def run(self, *arrays: object, entry: str | None = None) -> list[np.ndarray]:
        """Run on the simulated chip; the results as numpy arrays, in the program's order."""
        from rdu_ir.sim.runner import run_module, sym_name

        self._live()
        op = self.entry(entry)
        inputs = prepare_inputs(op, arrays)
        try:
            result = run_module(self.module, sym_name(op), inputs)
        except MemoryError as e:  # a configuration sized beyond the host (a corrupt field)
            raise error(f"program '{self.name}' needs more memory than the host has to simulate ({e})") from None
        self.stats = dict(result.stats)
        self.metrics = None
        if "cycles" in self.stats and "lower_bound_cycles" in self.stats:
            from rdu_ir.sim.cycle_metrics import metrics

            self.metrics = metrics(self.stats, self.runtime.chip)
        return list(result.results)

    def check(self, *arrays: object, entry: str | None = None, rtol: float = 1e-4, atol: float = 1e-5,
              reference: ModuleOp | None = None) -> CheckResult:
        """Run, then compare with the `ta` reference the bitstream carries (or `reference`)."""
        from rdu_ir.sim.runner import sym_name

        op = self.entry(entry)
        inputs = prepare_inputs(op, arrays)
        results = self.run(*inputs, entry=entry)
        return check_against(self.module, sym_name(op), inputs, results, rtol, atol, reference)

    def unload(self) -> None:
        self.runtime.unload(self)

    def __repr__(self) -> str:
        state = "loaded" if self.loaded else "unloaded"
        return f"<LoadedProgram {self.name!r} #{self.id} {state}, {len(self.sites)} sites, {self.relocation.describe()}>"


def _chip(spec: Chip | str | None) -> Chip | None:
    if spec is None or isinstance(spec, Chip):
        return spec
    try:
        return load_chip(spec)
    except ChipError as e:
        raise error(str(e)) from None


def _describe_chip(chip: Chip) -> str:
    return f"'{chip.name}' ({chip.rows}x{chip.cols})"


class Runtime:
    """One simulated chip and the programs loaded on it.

    `chip` is a Chip, a preset name or a chip .toml file; None adopts the chip of the first
    bitstream loaded."""

    def __init__(self, chip: Chip | str | None = None, ctx: Context | None = None):
        self._chip = _chip(chip)
        self._ctx = ctx
        self.state: ChipState | None = ChipState(self._chip) if self._chip is not None else None
        self.programs: dict[int, LoadedProgram] = {}

    @property
    def chip(self) -> Chip:
        if self._chip is None:
            raise error("the runtime has no chip yet: pass one or load a bitstream first")
        return self._chip

    def load(self, bitstream: bytes | bytearray | str | os.PathLike, name: str | None = None,
             source: str | None = None) -> LoadedProgram:
        """Load a bitstream (its bytes or a path) beside the programs already loaded."""
        from rdu_ir.bitstream import read_bitstream, read_layout
        from rdu_ir.context import make_context
        from rdu_ir.verification import verify_module

        if isinstance(bitstream, bytes | bytearray | memoryview):
            data, where = bytes(bitstream), source or "<bitstream>"
        else:
            where = source or os.fspath(bitstream)
            try:
                data = Path(bitstream).read_bytes()
            except OSError as e:
                raise error(f"cannot read bitstream '{where}': {e.strerror or e}") from None
        layout = read_layout(data, where)
        chip = self._chip or layout.chip  # a runtime without a chip adopts it once this load succeeds
        state = self.state or ChipState(chip)
        if layout.chip != chip:
            raise error(
                f"'{where}' was compiled for chip {_describe_chip(layout.chip)}, but this runtime's chip is "
                f"{_describe_chip(chip)}; recompile it with --chip={chip.name}"
            )
        module = read_bitstream(data, self._ctx or make_context(), where)
        name = name or _program_name(module, where)
        for section in configurations(module):
            if section.description != chip:
                raise error(
                    f"'{where}': configuration @{section.sym_name.data if section.sym_name else '?'} is for chip "
                    f"{_describe_chip(section.description)}, the bitstream's chip is {_describe_chip(chip)}"
                )
        relocation = relocate(module, state, name)
        if relocation.how != "as compiled" or relocation.rerouted:  # read_bitstream verified the rest
            verify_module(module, f"'{name}' after relocation: ")
        footprint = module_footprint(module)
        check_fits(footprint, state, name)
        self._chip, self.state = chip, state
        pid = state.add(footprint, name)
        program = LoadedProgram(self, pid, name, module, relocation, where)
        self.programs[pid] = program
        return program

    def unload(self, program: LoadedProgram) -> None:
        """Free a program's sites and tracks; it can no longer run."""
        if self.programs.get(program.id) is not program:
            raise error(f"program '{program.name}' is not loaded on this runtime")
        del self.programs[program.id]
        assert self.state is not None
        self.state.remove(program.id)

    def occupancy(self) -> str:
        """The grid, one character a site: '.' free, else the id of the program holding it."""
        if self.state is None:
            return "(no chip yet)"
        legend = ", ".join(f"{pid}: {p.name}" for pid, p in sorted(self.programs.items()))
        return self.state.render() + (f"\n{legend}" if legend else "")

    def __repr__(self) -> str:
        chip = self._chip.name if self._chip else "no chip"
        return f"<Runtime {chip}: {len(self.programs)} program(s)>"


def _program_name(module: ModuleOp, where: str) -> str:
    from rdu_ir.dialects.rdu_program import ProgramOp
    from rdu_ir.reference import payload_ops

    for op in payload_ops(module):
        if isinstance(op, ProgramOp):
            return op.sym_name.data
    return Path(where).stem if where and not where.startswith("<") else "program"


__all__ = ["CheckResult", "LoadedProgram", "RduError", "Runtime"]
