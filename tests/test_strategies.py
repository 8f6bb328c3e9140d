"""The random-program strategies give valid programs: they verify, round-trip through text
and run under the reference, with finite results (the guards of the strategies at work)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from rdu_ir.sim.reference import run_reference
from xdsl.dialects.builtin import TensorType, i32

from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module
from rdu_ir.printing import print_module
from rdu_ir.testing.strategies import (
    ALL_OPS,
    CORE_OPS,
    programs_and_inputs,
    ta_programs,
)

CTX = make_context()


def _check_round_trip(module) -> None:
    module.verify()
    for generic in (False, True):
        text = print_module(module, generic=generic)
        again = parse_module(CTX, text, "<generated>")
        again.verify()
        assert print_module(again, generic=generic) == text


def _check_runs(module, inputs) -> None:
    results = run_reference(module, "main", inputs)
    fn = next(iter(module.ops))
    expected = fn.function_type.outputs.data
    assert len(results) == len(expected)
    for r, t in zip(results, expected):
        assert isinstance(t, TensorType)
        assert r.shape == tuple(t.get_shape())
        assert np.isfinite(r).all(), "the strategies' guards should keep every value finite"


@given(programs_and_inputs(max_ops=8))
def test_core_programs_verify_round_trip_and_run(case):
    module, inputs = case
    _check_round_trip(module)
    _check_runs(module, inputs)


@pytest.mark.parametrize("family", ALL_OPS)
def test_each_op_family_alone(family):
    @settings(max_examples=8)
    @given(programs_and_inputs(ops=(family,), max_ops=3))
    def check(case):
        module, inputs = case
        _check_round_trip(module)
        _check_runs(module, inputs)

    check()


@settings(max_examples=10)
@given(programs_and_inputs(ops=CORE_OPS, dtype=i32, max_ops=5))
def test_integer_programs_avoid_float_only_ops(case):
    module, inputs = case
    names = {op.name for op in module.walk()}
    assert not names & {"ta.div", "ta.exp", "ta.log", "ta.sqrt", "ta.rsqrt", "ta.tanh", "ta.erf", "ta.sigmoid"}
    _check_round_trip(module)
    assert all(x.dtype == np.int32 for x in inputs)


def test_unknown_op_family_is_rejected():
    with pytest.raises(ValueError, match="unknown op families"):
        ta_programs(ops=("frobnicate",))


@settings(max_examples=20)
@given(programs_and_inputs(ops=ALL_OPS, max_ops=6))
def test_linalg_rendering_imports_to_the_same_values(case):
    """`linalg-to-ta` of the program written as linalg on tensors computes what the program does."""
    from rdu_ir.registry import pass_factories
    from rdu_ir.testing.strategies import render_linalg

    module, inputs = case
    text = render_linalg(module)
    imported = parse_module(CTX, text, "<rendered>")
    imported.verify()
    pass_factories()["linalg-to-ta"]()().apply(CTX, imported)
    imported.verify()
    assert not [op for op in imported.walk() if op.name.startswith(("linalg.", "tensor."))], text
    want = run_reference(module, "main", inputs)
    got = run_reference(imported, "main", inputs)
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-4, atol=1e-4, err_msg=text)
