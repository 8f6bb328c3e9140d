"""`check_pass`: a one-line property test that a pass keeps programs valid and their meaning.

For every generated program it asserts that the pass's output
1. verifies;
2. prints and re-parses to the same text (generic and custom form);
3. computes the reference values under the simulator of the output's level (within a tolerance);
4. is deterministic (the same input gives byte-identical output);
5. optionally, is idempotent (running the pass again changes nothing).

A failure raises `AssertionError` with hypothesis's shrunk counterexample printed as MLIR.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from hypothesis import given, settings
from hypothesis import note as _note
from hypothesis.control import currently_in_test_context
from hypothesis import strategies as st
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass, PassPipeline

from rdu_ir.chip import PRESETS, Chip, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.printing import print_module
from rdu_ir.verification import verify_module

LEVEL_LOWERINGS: dict[str, str] = {
    "ta": "",
    "df": "ta-to-df",
    "rdu": "ta-to-df,infer-layout,split-buffers,allocate-units,insert-credits",
}
"""The pipeline that brings a random `ta` program to each level before the pass under test."""


@dataclass(frozen=True)
class Tolerance:
    rtol: float = 1e-4
    atol: float = 1e-4


def note(text: str) -> None:
    """Attach `text` to a hypothesis failure report (ignored outside a hypothesis test)."""
    if currently_in_test_context():
        _note(text)


def build_pipeline(pass_or_pipeline: ModulePass | Sequence[ModulePass] | str) -> tuple[ModulePass, ...]:
    """Pass instances from a pass, a list of passes, or a pipeline string (`a,b{x=1}`)."""
    if isinstance(pass_or_pipeline, ModulePass):
        return (pass_or_pipeline,)
    if isinstance(pass_or_pipeline, str):
        from rdu_ir.pipeline_syntax import mlir_to_xdsl
        from rdu_ir.plugins import build_table

        spec = mlir_to_xdsl(pass_or_pipeline)
        return PassPipeline.parse_spec(build_table().passes, spec).passes if spec else ()
    return tuple(pass_or_pipeline)


def apply_pipeline(passes: Sequence[ModulePass], module: ModuleOp) -> ModuleOp:
    """A transformed copy of `module`."""
    ctx = make_context()
    out = module.clone()
    for p in passes:
        p.apply(ctx, out)
    return out


def random_inputs(module: ModuleOp, seed: int, entry: str | None = None) -> list[np.ndarray]:
    """Random inputs matching the entry function's signature (standard normal floats)."""
    from rdu_ir.sim.runner import find_entry, signature, tensor_parts

    rng = np.random.default_rng(seed)
    values = []
    for t in signature(find_entry(module, entry)).inputs:
        shape, dtype = tensor_parts(t)
        if np.issubdtype(dtype, np.floating):
            values.append(rng.standard_normal(shape).astype(dtype))
        elif dtype == np.bool_:
            values.append(rng.integers(0, 2, shape).astype(dtype))
        else:
            values.append(rng.integers(-8, 8, shape).astype(dtype))
    return values


def run(module: ModuleOp, inputs: list[np.ndarray]) -> list[np.ndarray]:
    from rdu_ir.sim.runner import run_module

    return run_module(module, None, inputs).results


def check_program(
    passes: Sequence[ModulePass],
    program: ModuleOp,
    seed: int = 0,
    *,
    tolerance: Tolerance = Tolerance(),
    idempotent: bool = False,
) -> ModuleOp:
    """Check the properties on one program; return the pass's output."""
    source = print_module(program)
    note(f"program before the pass:\n{source}")
    inputs = random_inputs(program, seed)
    expected = run(program, inputs)

    try:
        out = apply_pipeline(passes, program)
    except RduError as e:
        raise AssertionError(f"the pass rejected a valid program: {e}") from None
    try:
        verify_module(out)
    except RduError as e:
        raise AssertionError(f"the pass's output does not verify: {e}\n{print_module(out)}") from None

    text = print_module(out)
    note(f"program after the pass:\n{text}")
    ctx = make_context()
    for generic in (False, True):
        printed = print_module(out, generic=generic)
        reparsed = parse_module(ctx, printed, "<round-trip>")
        assert print_module(reparsed) == text, (
            f"printing and re-parsing the output ({'generic' if generic else 'custom'} form) changes it"
        )

    again = apply_pipeline(passes, program)
    assert print_module(again) == text, "the pass is not deterministic: two runs give different output"

    actual = run(out, inputs)
    assert len(actual) == len(expected), f"{len(actual)} results, expected {len(expected)}"
    for i, (a, e) in enumerate(zip(actual, expected)):
        assert a.shape == e.shape, f"result {i} has shape {a.shape}, expected {e.shape}"
        if not np.allclose(a, e, rtol=tolerance.rtol, atol=tolerance.atol, equal_nan=True):
            worst = float(np.nanmax(np.abs(a.astype(np.float64) - e.astype(np.float64))))
            raise AssertionError(f"result {i} differs from the reference (max abs error {worst:g})")

    if idempotent:
        twice = apply_pipeline(passes, out)
        assert print_module(twice) == text, "the pass is not idempotent"
    return out


def random_chip_variants() -> list[Chip]:
    """Small chips that differ where lowering decisions depend on the chip: lanes, stages,
    memory size and banks, transpose reads, grid size."""
    import dataclasses

    tiny = PRESETS["tiny"]
    return [
        tiny,
        dataclasses.replace(tiny, name="tiny-wide", pcu_lanes=8, pcu_stages=6),
        dataclasses.replace(tiny, name="tiny-smallmem", pmu_capacity_bytes=1024, pmu_banks=2),
        dataclasses.replace(tiny, name="tiny-notranspose", pmu_transpose_read=False, pcu_stages=3),
        dataclasses.replace(tiny, name="tiny-6x6", rows=6, cols=6, agcu_count=4),
    ]


def default_programs(level: str, chips: Sequence[Chip] | None = None) -> st.SearchStrategy[ModuleOp]:
    """Random programs at `level`: random ta programs, lowered for a random chip."""
    from rdu_ir.testing.strategies import ta_programs

    lowering = LEVEL_LOWERINGS[level]
    if not lowering:
        return ta_programs()
    chip_choices = list(chips or random_chip_variants())

    @st.composite
    def lowered(draw: st.DrawFn) -> ModuleOp:
        program = draw(ta_programs())
        bind_chip(program, draw(st.sampled_from(chip_choices)))
        return apply_pipeline(build_pipeline(lowering), program)

    return lowered()


def check_pass(
    pass_or_pipeline: ModulePass | Sequence[ModulePass] | str,
    programs: st.SearchStrategy[ModuleOp] | None = None,
    level: str = "ta",
    *,
    rtol: float = 1e-4,
    atol: float = 1e-4,
    idempotent: bool = False,
    max_examples: int | None = None,
) -> None:
    """Check `pass_or_pipeline` on random programs; raise AssertionError on the shrunk failure.

    With no `programs`, random `ta` programs (covering every core ta op) are brought to `level`
    (`ta`, `df` or `rdu`) first. `max_examples` overrides the active hypothesis profile
    (`pytest --rdu-examples=N` sets that).
    """
    passes = build_pipeline(pass_or_pipeline)
    strategy = programs if programs is not None else default_programs(level)
    tolerance = Tolerance(rtol, atol)

    @given(program=strategy, seed=st.integers(0, 2**16))
    def property_(program: ModuleOp, seed: int) -> None:
        check_program(passes, program, seed, tolerance=tolerance, idempotent=idempotent)

    if max_examples is not None:
        property_ = settings(max_examples=max_examples)(property_)
    property_()


CheckFn = Callable[..., None]
__all__ = ["check_pass", "check_program", "random_inputs", "Tolerance"]
