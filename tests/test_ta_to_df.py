"""ta-to-df: lowering decisions and the end-to-end property (df simulation == ta reference)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.dialects import df
from rdu_ir.parsing import parse_module
from rdu_ir.passes.ta_to_df import TaToDfPass
from rdu_ir.reference import reference_module
from rdu_ir.sim.df_sim import run_df
from rdu_ir.sim.reference import run_reference
from rdu_ir.testing.strategies import ALL_OPS, programs_and_inputs

# float32 results; contraction and reduction sums are accumulated tile by tile in another
# order than numpy's, so compare with a relative tolerance scaled to the magnitudes involved.
RTOL, ATOL = 1e-4, 1e-4

TINY = PRESETS["tiny"]
CHIPS = [
    TINY,
    dataclasses.replace(TINY, name="tiny-narrow", pcu_lanes=2, pcu_stages=2, pmu_capacity_bytes=256, pmu_banks=2),
    dataclasses.replace(TINY, name="tiny-wide", rows=6, cols=6, pcu_lanes=8, pcu_stages=3, pmu_capacity_bytes=1024),
    dataclasses.replace(TINY, name="tiny-1pcu", rows=1, cols=2, pcu_stages=1, pmu_capacity_bytes=128, pmu_banks=2),
]


def lower(text: str, chip=TINY, **options):
    ctx = make_context()
    module = parse_module(ctx, text, "test.mlir")
    bind_chip(module, chip)
    TaToDfPass(**options).apply(ctx, module)
    module.verify()
    return module


def graph_of(module) -> df.GraphOp:
    return next(op for op in module.ops if isinstance(op, df.GraphOp))


def check(module, inputs):
    ref = run_reference(reference_module(module), None, inputs)
    got = run_df(module, None, inputs).results
    assert len(got) == len(ref)
    for g, r in zip(got, ref):
        assert g.shape == r.shape
        np.testing.assert_allclose(g, r, rtol=RTOL, atol=ATOL * max(1.0, float(np.abs(r).max(initial=0))))


@settings(deadline=None)
@given(case=programs_and_inputs(ops=ALL_OPS, max_ops=5, max_dim=9), chip=st.sampled_from(CHIPS))
def test_random_programs_match_reference(case, chip):
    module, inputs = case
    bind_chip(module, chip)
    ref = run_reference(module, None, inputs)
    TaToDfPass().apply(make_context(), module)
    module.verify()
    got = run_df(module, None, inputs).results
    for g, r in zip(got, ref):
        np.testing.assert_allclose(g, r, rtol=RTOL, atol=ATOL * max(1.0, float(np.abs(r).max(initial=0))))
