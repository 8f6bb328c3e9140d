"""The token-level df simulator: values from the configuration only, stats, deadlock reports."""

from __future__ import annotations

import numpy as np
import pytest
from rdu_ir.dialects import df
from rdu_ir.passes.ta_to_df import TaToDfPass
from rdu_ir.sim.df_sim import run_df
from rdu_ir.sim.runner import RunResult, run_module
from test_df_dialect import GEMM

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module

RNG = np.random.default_rng(0)


def parse(text: str):
    module = parse_module(make_context(), text, "t.mlir")
    bind_chip(module, PRESETS["tiny"])
    module.verify()
    return module


def test_handwritten_gemm_relu():
    a = RNG.standard_normal((8, 16)).astype(np.float32)
    b = RNG.standard_normal((16, 4)).astype(np.float32)
    out = run_df(parse(GEMM), None, [a, b])
    assert isinstance(out, RunResult)
    np.testing.assert_allclose(out.results[0], np.maximum(a @ b, 0), rtol=1e-5, atol=1e-5)
    unit = out.stats["units"]["mm0"]
    # 2 steps x (8 x 8 x 4/4) macs + the drain's max over 8 x 1 vectors.
    assert unit["vector_ops"] == 2 * 64 + 8
    assert unit["tokens_in"] == 4 and unit["tokens_out"] == 1
    assert out.stats["units"]["la"]["tokens_out"] == 2


def test_run_module_dispatches_to_df():
    a = np.ones((8, 16), np.float32)
    b = np.ones((16, 4), np.float32)
    assert run_module(parse(GEMM), None, [a, b]).results[0][0, 0] == 16


MM = """
func.func @mm(%a: tensor<8x12xf32>, %b: tensor<12x8xf32>) -> tensor<8x8xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<8x12xf32>, tensor<12x8xf32> -> tensor<8x8xf32>
  func.return %c : tensor<8x8xf32>
}
"""


def lowered_mm():
    ctx = make_context()
    module = parse_module(ctx, MM, "mm.mlir")
    bind_chip(module, PRESETS["tiny"])
    TaToDfPass().apply(ctx, module)
    module.verify()
    return module


def _first_unit(module):
    return next(op for op in module.walk() if isinstance(op, df.ComputeOp))


def test_corrupting_a_stride_or_a_bound_changes_the_result():
    a = RNG.standard_normal((8, 12)).astype(np.float32)
    b = RNG.standard_normal((12, 8)).astype(np.float32)
    good = run_df(lowered_mm(), None, [a, b]).results[0]
    np.testing.assert_allclose(good, a @ b, rtol=1e-5, atol=1e-5)

    module = lowered_mm()
    unit = _first_unit(module)
    red = unit.reduced_counters()[0]
    strides = list(unit.counter_strides)
    strides[red] = 2  # every other k
    unit.properties["strides"] = df._ints(strides)
    module.verify()
    assert not np.allclose(run_df(module, None, [a, b]).results[0], good, atol=1e-3)

    module = lowered_mm()
    unit = _first_unit(module)
    bounds = list(unit.counter_bounds)
    bounds[red] -= 1  # one k fewer
    unit.properties["bounds"] = df._ints(bounds)
    module.verify()
    assert not np.allclose(run_df(module, None, [a, b]).results[0], good, atol=1e-3)


DEADLOCK = """
df.graph @cycle(%a: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %o = df.dram @o : tensor<4x4xf32>
  %m1 = df.memory @m1 depth 1 banks 4 : memref<4x4xf32>
  %m2 = df.memory @m2 depth 1 banks 4 : memref<4x4xf32>
  %m3 = df.memory @m3 depth 1 banks 4 : memref<4x4xf32>
  df.compute @f counters [4, 4] vector 1 reads (%m2 [(d0, d1) -> (d0, d1)]) writes (%m1 [(d0, d1) -> (d0, d1)], %m3 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %e = df.exp %x : f32
    df.yield %e, %e : f32, f32
  }
  df.compute @g counters [4, 4] vector 1 reads (%m1 [(d0, d1) -> (d0, d1)]) writes (%m2 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %e = df.neg %x : f32
    df.yield %e : f32
  }
  df.store @st %m3 -> %o tiles [] map (i, j) -> (i, j)
  df.return %o : tensor<4x4xf32>
}
"""


def test_deadlock_is_reported_with_every_waiting_unit():
    with pytest.raises(RduError) as info:
        run_df(parse(DEADLOCK), None, [np.zeros((4, 4), np.float32)])
    msg = str(info.value)
    assert "deadlock in df.graph @cycle: every live unit is waiting" in msg
    assert "@f (df.compute) waits for a tile in memory @m2 (tile 0 needed, 0 written so far)" in msg
    assert "@g (df.compute) waits for a tile in memory @m1" in msg
    assert "@st (df.store) waits for a tile in memory @m3" in msg
    assert msg.startswith("t.mlir:")  # located at the graph


def test_too_shallow_buffer_deadlocks_on_its_slot():
    # @p sums both tiles of %m before it emits one tile of %n; @q needs that tile before it
    # reads %m's first tile. With depth 1, %m's first tile is still held for @q, so @l cannot
    # write the second tile @p waits for. Depth 2 is enough.
    text = """
df.graph @slots(%a: tensor<4xf32>) -> tensor<4xf32> {
  %o = df.dram @o : tensor<4xf32>
  %m = df.memory @m depth 2 banks 4 : memref<4xf32>
  %n = df.memory @n depth 1 banks 4 : memref<4xf32>
  %r = df.memory @r depth 1 banks 4 : memref<4xf32>
  df.load @l %a -> %m tiles [2] map (t, i) -> (i)
  df.compute @p tiles [2] acc 1 counters [4, 1] vector 0 reads (%m [(d0, d1) -> (d0)]) writes (%n [(d0, d1) -> (d0)]) {
  ^bb0(%x: f32):
    %s = df.reduce "sum" %x over [1] : f32
    df.yield %s : f32
  }
  df.compute @q counters [4] vector 0 reads (%n [(d0) -> (d0)], %m [(d0) -> (d0)]) writes (%r [(d0) -> (d0)]) {
  ^bb0(%x: f32, %y: f32):
    %s = df.add %x, %y : f32
    df.yield %s : f32
  }
  df.store @st %r -> %o tiles [] map (i) -> (i)
  df.return %o : tensor<4xf32>
}
"""
    x = np.arange(4, dtype=np.float32)
    np.testing.assert_array_equal(run_df(parse(text), None, [x]).results[0], 3 * x)
    with pytest.raises(RduError) as info:
        run_df(parse(text.replace("@m depth 2", "@m depth 1")), None, [x])
    msg = str(info.value)
    assert "@l (df.load) waits for a free slot in memory @m (depth 1, all 1 full; unread by @q port 1)" in msg
    assert "@p (df.compute) waits for a tile in memory @m (tile 1 needed, 1 written so far)" in msg
    assert "@q (df.compute) waits for a tile in memory @n (tile 0 needed, 0 written so far)" in msg


ORDERED = """
df.graph @pad(%a: tensor<2x2xf32>) -> tensor<4x4xf32> {
  %o = df.dram @o : tensor<4x4xf32>
  %i = df.memory @i depth 1 banks 4 : memref<2x2xf32>
  %m = df.memory @m depth 1 banks 4 writers [@fill, @copy] : memref<4x4xf32>
  df.load @l %a -> %i tiles [] map (i, j) -> (i, j)
  df.compute @fill counters [4, 4] vector 1 reads () writes (%m [(d0, d1) -> (d0, d1)]) {
    %z = df.const -1.0 : f32
    df.yield %z : f32
  }
  df.compute @copy counters [2, 2] vector 1 reads (%i [(d0, d1) -> (d0, d1)]) writes (%m [(d0, d1) -> (d0 + 1, d1 + 1)]) {
  ^bb0(%x: f32):
    df.yield %x : f32
  }
  df.store @st %m -> %o tiles [] map (i, j) -> (i, j)
  df.return %o : tensor<4x4xf32>
}
"""


def test_declared_writer_order_is_followed():
    a = np.arange(4, dtype=np.float32).reshape(2, 2)
    got = run_df(parse(ORDERED), None, [a]).results[0]
    np.testing.assert_array_equal(got, np.pad(a, 1, constant_values=-1))
    # Copy first, then fill: the fill overwrites the interior.
    swapped = run_df(parse(ORDERED.replace("writers [@fill, @copy]", "writers [@copy, @fill]")), None, [a]).results[0]
    np.testing.assert_array_equal(swapped, np.full((4, 4), -1, np.float32))


def test_lane_reduction_and_streams():
    text = """
df.graph @rows(%a: tensor<4x8xf32>) -> tensor<4xf32> {
  %o = df.dram @o : tensor<4xf32>
  %m = df.memory @m depth 2 banks 4 : memref<4x8xf32>
  %n = df.memory @n depth 2 banks 4 : memref<4xf32>
  %s = df.stream @s depth 4 : !df.stream<f32>
  df.load @l %a -> %m tiles [] map (i, j) -> (i, j)
  df.compute @sum counters [4, 8] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%s [(d0, d1) -> (d0)]) {
  ^bb0(%x: f32):
    %e = df.exp %x : f32
    %r = df.reduce "sum" %e over [1] : f32
    df.yield %r : f32
  }
  df.compute @log counters [4] vector 0 reads (%s [(d0) -> (d0)]) writes (%n [(d0) -> (d0)]) {
  ^bb0(%x: f32):
    %l = df.log %x : f32
    df.yield %l : f32
  }
  df.store @st %n -> %o tiles [] map (i) -> (i)
  df.return %o : tensor<4xf32>
}
"""
    a = RNG.standard_normal((4, 8)).astype(np.float32)
    module = parse(text)
    unit = next(op for op in module.walk() if isinstance(op, df.ComputeOp))
    assert unit.stage_count(lanes=4) == 1 + 3  # exp + a lane tree of log2(4) levels + accumulate
    got = run_df(module, None, [a]).results[0]
    np.testing.assert_allclose(got, np.log(np.exp(a).sum(1)), rtol=1e-5)


def test_input_shape_is_checked():
    with pytest.raises(RduError, match=r"input #0 has shape \(2, 2\), expected \(8, 16\)"):
        run_df(parse(GEMM), None, [np.zeros((2, 2)), np.zeros((16, 4))])
