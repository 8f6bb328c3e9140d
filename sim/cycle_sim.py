"""The cycle-level simulator of the `rdu` level: `run_rdu(module, entry, inputs)`.

Runs an `rdu.program` (what `allocate-units` and `insert-credits` produce): its DRAM tensors
are filled from the inputs and constants, its sections (`rdu.chip`) run one after another,
each paying the chip's `config_load_cycles` before it starts, and the results are the DRAM
tensors the program names. Values come from the units' configurations only (`cycle_values`),
time from an event-driven, transaction-level model (`cycle_units`, `cycle_timing`); with
`fine=True` every burst is stepped vector by vector instead of in closed form.

Stats: `cycles`, `flops`, `dram_bytes`, `lower_bound_cycles`, `sections`, `transactions`,
`vector_ops` and `units` (per unit: kind, site, busy, stalled_input, stalled_credit).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from rdu_ir.diagnostics import error
from rdu_ir.dialects.rdu_program import ProgramOp
from rdu_ir.dialects.ta import dense_to_numpy
from rdu_ir.sim.cycle_bounds import lower_bound_cycles, module_programs, program_work
from rdu_ir.sim.cycle_units import Dram, Section
from rdu_ir.sim.runner import RunResult, tensor_parts


def find_program(module: ModuleOp, entry: str | None) -> ProgramOp:
    programs = module_programs(module)
    if entry is not None:
        for p in programs:
            if p.sym_name.data == entry.lstrip("@"):
                return p
    if len(programs) == 1 and entry is None:
        return programs[0]
    names = ", ".join("@" + p.sym_name.data for p in programs) or "none"
    raise error(f"no rdu.program named '@{entry}' to run (programs: {names})")


def dram_arrays(program: ProgramOp, inputs: Sequence[np.ndarray]) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for d in program.drams():
        shape, dtype = tensor_parts(d.tensor_type)
        name = d.sym_name.data
        if d.arg_index is not None:
            if d.arg_index >= len(inputs):
                raise error(f"rdu.program @{program.sym_name.data} needs argument {d.arg_index}")
            value = np.asarray(inputs[d.arg_index])
            if value.shape != shape:
                raise error(f"argument {d.arg_index} has shape {value.shape}, @{name} is {shape}")
            arrays[name] = np.array(value, dtype=dtype)
        elif d.value is not None:
            arrays[name] = np.broadcast_to(dense_to_numpy(d.value), shape).astype(dtype)
        else:
            arrays[name] = np.full(shape, np.nan, dtype) if dtype.kind == "f" else np.zeros(shape, dtype)
    return arrays


def _one_blas_thread():
    """Tile-sized matrix products run faster on one BLAS thread than on a crowded pool."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # optional: only speed depends on it
        return nullcontext()
    return threadpool_limits(1, user_api="blas")


def run_rdu(
    module: ModuleOp, entry: str | None = None, inputs: Sequence[np.ndarray] = (), fine: bool = False
) -> RunResult:
    with _one_blas_thread():
        return _run(module, entry, inputs, fine)


def _run(module: ModuleOp, entry: str | None, inputs: Sequence[np.ndarray], fine: bool) -> RunResult:
    program = find_program(module, entry)
    arrays = dram_arrays(program, inputs)
    sections = program.sections()
    if not sections:
        raise error(f"rdu.program @{program.sym_name.data} has no sections")
    chip = sections[0].description
    dram = Dram(arrays, chip)
    t = 0.0
    units: dict[str, dict] = {}
    vector_ops = 0
    flops = 0.0
    for section_op in sections:
        t += section_op.description.config_load_cycles
        dram.free = 0.0
        section = Section(section_op, dram, fine, t)
        t += section.run()
        vector_ops += section.vector_ops
        flops += section.flops
        for name, info in section.stats.items():
            s = info["stats"]
            key = name if name not in units else f"{section_op.sym_name.data if section_op.sym_name else len(units)}/{name}"
            units[key] = {
                "kind": info["kind"],
                "site": info["site"],
                "section": section_op.sym_name.data if section_op.sym_name else "",
                "busy": int(round(s.get("busy", 0.0))),
                "stalled_input": int(round(s.get("stalled_input", 0.0))),
                "stalled_credit": int(round(s.get("stalled_credit", 0.0))),
                "active": int(round(s.get("last", 0.0) - s.get("first", 0.0))),
            }
    work = program_work(program)
    cycles = int(np.ceil(t))
    stats = {
        "cycles": cycles,
        "flops": work.flops,
        "simulated_flops": flops,
        "dram_bytes": work.dram_bytes,
        "lower_bound_cycles": lower_bound_cycles(chip, work.flops, work.dram_bytes),
        "sections": len(sections),
        "vector_ops": vector_ops,
        "chip": chip.name,
        "units": units,
    }
    return RunResult([arrays[n] for n in program.result_names()], stats)
