"""The df dialect: printing/parsing (custom and generic), verifiers, stage and cycle counts."""

from __future__ import annotations

import io

import pytest
from rdu_ir.dialects import df
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module

GEMM = """
df.graph @mm(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %c = df.dram @c : tensor<8x4xf32>
  %ma = df.memory @ma depth 2 banks 4 : memref<8x8xf32>
  %mb = df.memory @mb depth 2 banks 4 : memref<8x4xf32>
  %mc = df.memory @mc depth 1 banks 4 : memref<8x4xf32>
  df.load @la %a -> %ma tiles [2] map (t, i, j) -> (i, t * 8 + j)
  df.load @lb %b -> %mb tiles [2] map (t, i, j) -> (t * 8 + i, j)
  df.compute @mm0 tiles [2] acc 1 counters [8, 8, 4] vector 2 unroll 1 x 4
      reads (%ma [(d0, d1, d2) -> (d0, d1)], %mb [(d0, d1, d2) -> (d1, d2)])
      writes (%mc [(d0, d1, d2) -> (d0, d2)]) {
  ^bb0(%x: f32, %y: f32):
    %p = df.mac %x, %y over [1] : f32
    %z = df.const 0.000000e+00 : f32
    %r = df.max %p, %z : f32
    df.yield %r : f32
  }
  df.store @sc %mc -> %c tiles [] map (i, j) -> (i, j)
  df.return %c : tensor<8x4xf32>
}
"""


def parse(text: str):
    module = parse_module(make_context(), text, "t.mlir")
    module.verify()
    return module


def generic(module) -> str:
    s = io.StringIO()
    Printer(stream=s, print_generic_format=True).print_op(module)
    return s.getvalue()


def test_custom_form_round_trips():
    m = parse(GEMM)
    text = str(m)
    assert "df.compute @mm0 tiles [2] acc 1 counters [8, 8, 4] vector 2 unroll 1 x 4" in text
    assert str(parse(text)) == text


def test_generic_form_parses_back():
    m = parse(GEMM)
    g = generic(m)
    assert '"df.compute"' in g and "read_maps" in g
    assert str(parse(g)) == str(m)


def test_stage_and_cycle_counts():
    m = parse(GEMM)
    unit = next(op for op in m.walk() if isinstance(op, df.ComputeOp))
    # mac x unroll 4 + max in the drain phase (the const is an immediate).
    assert unit.stage_count(lanes=4) == 5
    # per step: 8 (m) x 8/4 (k, unrolled) x 4/4 (n, vector) slots; 2 steps; drain 8 x 1.
    assert unit.cycles(lanes=4) == 2 * 16 + 8
    assert unit.drain_args() == [False, False]
    assert unit.live_counters() == (0, 2)


def bad(text: str, message: str):
    with pytest.raises(VerifyException, match=message):
        parse(text)


def test_read_outside_buffer_is_rejected():
    bad(GEMM.replace("(%ma [(d0, d1, d2) -> (d0, d1)]", "(%ma [(d0, d1, d2) -> (d0, d1 + 1)]"),
        r"read port #0: map .* reaches indices 1..8 in dimension 1, outside 0..7")  # fmt: skip


def test_scaled_access_is_checked_over_the_counter_values():
    # k takes 0, 2, 4, 6 with stride 2: 2 * k reaches 12, outside the 8 columns of %ma ...
    scaled = GEMM.replace("counters [8, 8, 4] vector", "counters [8, 8, 4] strides [1, 2, 1] vector")
    bad(scaled.replace("(%ma [(d0, d1, d2) -> (d0, d1)]", "(%ma [(d0, d1, d2) -> (d0, d1 * 2)]"),
        r"reaches indices 0..12 in dimension 1, outside 0..7")  # fmt: skip
    # ... while k + 1 stays inside (7 at most).
    parse(scaled.replace("(%ma [(d0, d1, d2) -> (d0, d1)]", "(%ma [(d0, d1, d2) -> (d0, d1 + 1)]"))


def test_load_outside_dram_is_rejected():
    bad(GEMM.replace("tiles [2] map (t, i, j) -> (i, t * 8 + j)", "tiles [3] map (t, i, j) -> (i, t * 8 + j)"),
        r"df.load @la: map .* outside 0..15")  # fmt: skip


def test_two_writers_need_a_declared_order():
    text = GEMM.replace(
        "df.store @sc",
        "df.compute @fill counters [8, 4] reads () writes (%mc [(d0, d1) -> (d0, d1)]) {\n"
        "    %z = df.const 1.0 : f32\n    df.yield %z : f32\n  }\n  df.store @sc",
    )
    bad(text, r"df.memory @mc has writers @fill, @mm0: a buffer with several writers must declare")
    parse(text.replace("%mc = df.memory @mc depth 1 banks 4", "%mc = df.memory @mc depth 1 banks 4 writers [@fill, @mm0]"))


def test_write_must_cover_the_live_counters():
    bad(GEMM.replace("writes (%mc [(d0, d1, d2) -> (d0, d2)])", "writes (%mc [(d0, d1, d2) -> (d0, 0)])"),
        r"must use exactly the counters the output ranges over \[0, 2\]")  # fmt: skip


def test_drain_read_may_not_use_reduced_counters():
    text = GEMM.replace(
        "reads (%ma [(d0, d1, d2) -> (d0, d1)], %mb [(d0, d1, d2) -> (d1, d2)])",
        "reads (%ma [(d0, d1, d2) -> (d0, d1)], %mb [(d0, d1, d2) -> (d1, d2)], %mb [(d0, d1, d2) -> (d1, d2)])",
    ).replace("^bb0(%x: f32, %y: f32):", "^bb0(%x: f32, %y: f32, %w: f32):").replace(
        "%r = df.max %p, %z : f32", "%r = df.max %p, %w : f32"
    )
    bad(text, "a drain-phase read may not use the reduced counters")


def test_duplicate_unit_names_are_rejected():
    bad(GEMM.replace("df.load @lb", "df.load @la"), "unit name '@la' is used twice")


def test_stream_needs_matching_counters():
    text = """
df.graph @s(%a: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %o = df.dram @o : tensor<4x4xf32>
  %m = df.memory @m depth 2 banks 4 : memref<4x4xf32>
  %n = df.memory @n depth 2 banks 4 : memref<4x4xf32>
  %s = df.stream @s depth 4 : !df.stream<f32>
  df.load @l %a -> %m tiles [] map (i, j) -> (i, j)
  df.compute @p counters [4, 4] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%s [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %e = df.exp %x : f32
    df.yield %e : f32
  }
  df.compute @q counters [4, 4] vector 1 reads (%s [(d0, d1) -> (d0, d1)]) writes (%n [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %e = df.neg %x : f32
    df.yield %e : f32
  }
  df.store @st %n -> %o tiles [] map (i, j) -> (i, j)
  df.return %o : tensor<4x4xf32>
}
"""
    parse(text)
    bad(text.replace("df.compute @q counters [4, 4]", "df.compute @q counters [4, 2]").replace(
        "%n [(d0, d1) -> (d0, d1)]) {\n  ^bb0(%x: f32):\n    %e = df.neg", "%n [(d0, d1) -> (d0, d1)]) {\n  ^bb0(%x: f32):\n    %e = df.neg"),
        r"df.stream @s: producer @p sends values over counters of trip counts \[4, 4\] but consumer @q iterates \[4, 2\]")  # fmt: skip
