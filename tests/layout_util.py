"""Shared helpers of the infer-layout / split-buffers tests."""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import strategies as st
from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.dialects import df
from rdu_ir.parsing import parse_module
from rdu_ir.passes.ta_to_df import TaToDfPass
from rdu_ir.reference import reference_module
from rdu_ir.sim.df_sim import run_df
from rdu_ir.sim.reference import run_reference
from rdu_ir.testing.check import apply_pipeline, random_inputs
from rdu_ir.testing.strategies import ALL_OPS, ta_programs

TINY = PRESETS["tiny"]
NO_TRANSPOSE = dataclasses.replace(TINY, name="tiny-nt", pmu_transpose_read=False)
ONE_PORT = dataclasses.replace(TINY, name="tiny-1port", pmu_read_ports=1)
CHIPS = (TINY, NO_TRANSPOSE, ONE_PORT)
LAYOUT_OPS = ("transpose", "binary", "unary", "contract", "broadcast")
"""Op families that make access-order conflicts likely."""


def parse(text: str) -> ModuleOp:
    return parse_module(make_context(), text, "test.mlir")


def lower(text: str, chip=TINY) -> ModuleOp:
    module = parse(text)
    bind_chip(module, chip)
    TaToDfPass().apply(make_context(), module)
    return module


def graph_of(module: ModuleOp) -> df.GraphOp:
    return next(op for op in module.ops if isinstance(op, df.GraphOp))


def named(graph: df.GraphOp, name: str):
    return next(op for op in graph.units() if df.unit_name(op) == name)


def assert_reference_values(module: ModuleOp, seed: int = 0) -> None:
    inputs = random_inputs(module, seed)
    expected = run_reference(reference_module(module), None, inputs)
    actual = run_df(module, None, inputs).results
    for a, e in zip(actual, expected, strict=True):
        np.testing.assert_allclose(a, e, rtol=1e-4, atol=1e-4 * max(1.0, float(np.abs(e).max(initial=0))))


def df_programs(chips=CHIPS) -> st.SearchStrategy[ModuleOp]:
    """Random ta programs (every op family, or the ones that make conflicts likely) lowered by
    ta-to-df for one of `chips`."""
    from rdu_ir.testing.check import build_pipeline

    @st.composite
    def lowered(draw: st.DrawFn) -> ModuleOp:
        ops = draw(st.sampled_from([LAYOUT_OPS, ALL_OPS]))
        program = draw(ta_programs(ops=ops, max_ops=4, max_dim=6))
        bind_chip(program, draw(st.sampled_from(list(chips))))
        return apply_pipeline(build_pipeline("ta-to-df"), program)

    return lowered()
