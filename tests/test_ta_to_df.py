"""ta-to-df: lowering decisions and the end-to-end property (df simulation == ta reference)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdu_ir.dialects import df
from rdu_ir.passes.ta_to_df import TaToDfPass
from rdu_ir.sim.df_sim import run_df
from rdu_ir.sim.reference import run_reference

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.reference import reference_module
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


# Random chips around `tiny`: grid, lanes, stages and PMU capacity all vary (tiny PMUs force
# tiling, one stage forces chains of units, one PCU forces a single unit per op).
random_chips = st.builds(
    lambda rows, cols, lanes, stages, cap: dataclasses.replace(
        TINY, name="random", rows=rows, cols=cols, pcu_lanes=lanes, pcu_stages=stages,
        pmu_capacity_bytes=cap, pmu_banks=2,
    ),
    st.integers(1, 4), st.integers(1, 4), st.sampled_from([1, 2, 4, 8]), st.integers(1, 6),
    st.sampled_from([64, 256, 1024, 4096]),
)  # fmt: skip


@settings(deadline=None)
@given(case=programs_and_inputs(ops=ALL_OPS, max_ops=5, max_dim=9), chip=random_chips)
def test_random_programs_match_reference(case, chip):
    module, inputs = case
    bind_chip(module, chip)
    ref = run_reference(module, None, inputs)
    TaToDfPass().apply(make_context(), module)
    module.verify()
    got = run_df(module, None, inputs).results
    for g, r in zip(got, ref):
        np.testing.assert_allclose(g, r, rtol=RTOL, atol=ATOL * max(1.0, float(np.abs(r).max(initial=0))))


GEMM_1024 = """
func.func @gemm(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<1024x1024xf32>, tensor<1024x1024xf32> -> tensor<1024x1024xf32>
  func.return %c : tensor<1024x1024xf32>
}
"""


def computes(module):
    return [op for op in graph_of(module).units() if isinstance(op, df.ComputeOp)]


def test_big_gemm_spreads_over_the_pcus_near_the_roofline():
    chip = PRESETS["plasticine"]
    module = lower(GEMM_1024, chip)
    units = computes(module)
    assert len(units) >= 0.9 * chip.num_pcus
    cycles = max(u.cycles(chip.pcu_lanes) for u in units)
    roofline = 2 * 1024**3 / (chip.num_pcus * chip.pcu_lanes * chip.pcu_stages * 2)
    assert cycles <= 1.2 * roofline
    # Systolic: every unit fills the PCU's stages with multiply-accumulates.
    assert all(u.stage_count(chip.pcu_lanes) == chip.pcu_stages for u in units)
    # Tiles fit a PMU double-buffered.
    for op in graph_of(module).units():
        if isinstance(op, df.MemoryOp):
            assert 4 * np.prod(op.shape) * op.depth_value <= chip.pmu_capacity_bytes


def test_options_override_the_cost_model():
    module = lower(GEMM_1024, PRESETS["plasticine"], par=(2, 4), tile=(64, 32, 128))
    units = computes(module)
    assert len(units) == 8
    assert units[0].counter_bounds == (64, 32, 128)  # tile sizes over (m, n, k)
    with pytest.raises(RduError, match="par factor 3 does not divide dimension 0 of size 1024"):
        lower(GEMM_1024, PRESETS["plasticine"], par=(3, 1))


def test_max_units_caps_the_parallelism():
    module = lower(GEMM_1024, PRESETS["plasticine"], max_units=16)
    assert len(computes(module)) == 16


def test_lowering_is_deterministic_and_keeps_the_reference():
    a = str(lower(GEMM_1024, PRESETS["plasticine"]))
    b = str(lower(GEMM_1024, PRESETS["plasticine"]))
    assert a == b
    assert "rdu.reference" in a and "ta.contract" in a.split("rdu_reference")[1]


def test_composite_ops_need_ta_decompose():
    text = """
func.func @s(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %b = ta.softmax %a dim 1 : tensor<4x8xf32>
  func.return %b : tensor<4x8xf32>
}
"""
    with pytest.raises(RduError, match="composite op; run ta-decompose before ta-to-df"):
        lower(text)


WINDOWED = """
func.func @w(%x: tensor<1x9x9x3xf32>, %f: tensor<3x3x3x4xf32>, %dw: tensor<3x3x4xf32>, %y: tensor<6x3xf32>) -> (tensor<1x3x3x4xf32>, tensor<1x2x2x4xf32>, tensor<8x8xf32>) {
  %p = ta.pad %x low [0, 1, 1, 0] high [0, 0, 0, 0] value 0.5 : tensor<1x9x9x3xf32> -> tensor<1x10x10x3xf32>
  %c = ta.conv2d %p, %f strides [2, 2] dilations [1, 1] : tensor<1x10x10x3xf32>, tensor<3x3x3x4xf32> -> tensor<1x4x4x4xf32>
  %r = ta.relu %c : tensor<1x4x4x4xf32>
  %d = ta.conv2d depthwise %r, %dw strides [1, 1] dilations [1, 1] : tensor<1x4x4x4xf32>, tensor<3x3x4xf32> -> tensor<1x2x2x4xf32>
  %s = ta.slice %r offsets [0, 0, 0, 0] sizes [1, 3, 3, 4] strides [1, 1, 1, 1] : tensor<1x4x4x4xf32> -> tensor<1x3x3x4xf32>
  %m = ta.pool2d avg %r window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x4x4x4xf32> -> tensor<1x2x2x4xf32>
  %q = ta.pool2d max %d window [1, 1] strides [1, 1] dilations [1, 1] : tensor<1x2x2x4xf32> -> tensor<1x2x2x4xf32>
  %e = ta.add %m, %q : tensor<1x2x2x4xf32>
  %yt = ta.transpose %y perm [1, 0] : tensor<6x3xf32> -> tensor<3x6xf32>
  %z = ta.concat %yt, %yt, %yt dim 0 : tensor<3x6xf32>, tensor<3x6xf32>, tensor<3x6xf32> -> tensor<9x6xf32>
  %zz = ta.reshape %z : tensor<9x6xf32> -> tensor<6x9xf32>
  %k = ta.slice %zz offsets [0, 1] sizes [6, 4] strides [1, 2] : tensor<6x9xf32> -> tensor<6x4xf32>
  %o = ta.contract "mk,nk->mn" %k, %k : tensor<6x4xf32>, tensor<6x4xf32> -> tensor<6x6xf32>
  %op = ta.pad %o low [1, 1] high [1, 1] value 0.0 : tensor<6x6xf32> -> tensor<8x8xf32>
  func.return %s, %e, %op : tensor<1x3x3x4xf32>, tensor<1x2x2x4xf32>, tensor<8x8xf32>
}
"""


@pytest.mark.parametrize("chip", CHIPS, ids=lambda c: c.name)
def test_windowed_and_data_movement_ops(chip):
    module = lower(WINDOWED, chip)
    inputs = [RNG.standard_normal(s).astype(np.float32) for s in [(1, 9, 9, 3), (3, 3, 3, 4), (3, 3, 4), (6, 3)]]
    check(module, inputs)


RNG = np.random.default_rng(1)

MLP = """
func.func @mlp(%x: tensor<32x24xf32>, %w1: tensor<24x40xf32>, %b1: tensor<40xf32>, %w2: tensor<40x8xf32>) -> tensor<32x8xf32> {
  %h = ta.contract "mk,kn->mn" %x, %w1 : tensor<32x24xf32>, tensor<24x40xf32> -> tensor<32x40xf32>
  %bb = ta.broadcast %b1 dims [1] : tensor<40xf32> -> tensor<32x40xf32>
  %hb = ta.add %h, %bb : tensor<32x40xf32>
  %r = ta.relu %hb : tensor<32x40xf32>
  %y = ta.contract "mk,kn->mn" %r, %w2 : tensor<32x40xf32>, tensor<40x8xf32> -> tensor<32x8xf32>
  func.return %y : tensor<32x8xf32>
}
"""


def test_mlp_fuses_bias_and_relu_into_the_first_matmul():
    module = lower(MLP)
    units = computes(module)
    first = [u for u in units if df.unit_name(u).startswith("contract0")]
    ops = [op.name for u in first for op in u.body.block.ops]
    assert {"df.mac", "df.add", "df.relu"} <= set(ops)
    assert not any(df.unit_name(u).startswith(("add", "relu")) for u in units)
    # The bias is read once per output tile (after the accumulation), broadcast along m.
    bias_reads = [
        (u, i) for u in first for i, m in enumerate(u.read_map_list()) if len(m.results) == 1
    ]
    assert bias_reads
    for u, i in bias_reads:
        assert u.reduction_op() is None or u.drain_args()[i]
    inputs = [RNG.standard_normal(s).astype(np.float32) for s in [(32, 24), (24, 40), (40,), (40, 8)]]
    check(module, inputs)


def test_long_elementwise_chain_is_split_into_units_joined_by_streams():
    ops = "\n".join(
        f"  %v{i + 1} = ta.{'tanh' if i % 2 else 'neg'} %v{i} : tensor<8x8xf32>" for i in range(9)
    )
    text = f"""
func.func @chain(%v0: tensor<8x8xf32>) -> tensor<8x8xf32> {{
{ops}
  func.return %v9 : tensor<8x8xf32>
}}
"""
    module = lower(text)  # tiny: 4 stages a PCU
    units = computes(module)
    chains = {df.unit_name(u).rsplit("_", 1)[0] for u in units}
    assert all(u.stage_count(4) <= 4 for u in units)
    assert len(units) == 3 * len(chains)
    assert sum(isinstance(op, df.StreamOp) for op in graph_of(module).units()) == 2 * len(chains)
    check(module, [RNG.standard_normal((8, 8)).astype(np.float32)])


EDGES = """
func.func @edges(%x: tensor<2x3x4xf32>, %y: tensor<2x4x5xf32>, %v: tensor<3xf32>, %w: tensor<5xf32>, %s: tensor<f32>)
    -> (tensor<2x3x5xf32>, tensor<3x5xf32>, tensor<f32>, tensor<3xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>) {
  %acc = ta.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0, 5.0]],
                            [[0.5, 0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.5, 0.5]]]> : tensor<2x3x5xf32>
  %b = ta.contract "bmk,bkn->bmn" %x, %y acc(%acc) : tensor<2x3x4xf32>, tensor<2x4x5xf32> -> tensor<2x3x5xf32>
  %o = ta.contract "m,n->mn" %v, %w : tensor<3xf32>, tensor<5xf32> -> tensor<3x5xf32>
  %t = ta.contract "bmk,bmk,bmk->" %x, %x, %x : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32> -> tensor<f32>
  %ss = ta.add %t, %s : tensor<f32>
  %p = ta.reduce prod %x dims [0, 2] : tensor<2x3x4xf32> -> tensor<3xf32>
  %q = ta.reduce min %x dims [2] : tensor<2x3x4xf32> -> tensor<2x3xf32>
  %two = ta.constant dense<2.0> : tensor<2x2xf32>
  func.return %b, %o, %ss, %v, %q, %p, %two, %s : tensor<2x3x5xf32>, tensor<3x5xf32>, tensor<f32>, tensor<3xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<2x2xf32>, tensor<f32>
}
"""


@pytest.mark.parametrize("chip", CHIPS, ids=lambda c: c.name)
def test_edge_cases(chip):
    """Batched contraction with acc, outer product, a 3-input full contraction to a scalar,
    prod/min reductions, returned arguments and constants."""
    module = lower(EDGES, chip)
    shapes = [(2, 3, 4), (2, 4, 5), (3,), (5,), ()]
    inputs = [(RNG.standard_normal(s) * 0.5).astype(np.float32) for s in shapes]
    check(module, inputs)
