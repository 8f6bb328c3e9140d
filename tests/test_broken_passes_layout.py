"""Deliberately broken variants of infer-layout that `check_pass` must catch (issue 9's suite of
broken passes).

- A wrong vector dimension in the recorded layouts does not change values (the df simulator
  computes from access maps); it is caught by infer-layout's post-condition
  (`layout_errors`: every port must be served by its buffer's layout), which check_pass reports
  as "the pass rejected a valid program". (Hooking `layout_errors` into the df.graph verifier
  would catch it as "does not verify" for any pass.)
- A conversion that transposes the data instead of its layout changes values: caught by the
  simulation against the reference."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import Phase, settings
from hypothesis import strategies as st
from xdsl.dialects.builtin import AffineMapAttr, ArrayAttr
from xdsl.ir.affine import AffineMap

from layout_util import NO_TRANSPOSE, TINY, lower
from rdu_ir.dataflow.layout import Layout
from rdu_ir.dataflow.layout_ports import COPY_ATTR
from rdu_ir.dialects import df
from rdu_ir.passes.infer_layout import InferLayoutPass
from rdu_ir.testing.check import check_pass

PROGRAMS = [
    """
func.func @f(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %t = ta.transpose %b perm [1, 0] : tensor<8x8xf32> -> tensor<8x8xf32>
  %r = ta.add %a, %t : tensor<8x8xf32>
  func.return %r : tensor<8x8xf32>
}""",
    """
func.func @f(%a: tensor<4x8xf32>, %b: tensor<8x4xf32>) -> tensor<4x8xf32> {
  %t = ta.transpose %b perm [1, 0] : tensor<8x4xf32> -> tensor<4x8xf32>
  %r = ta.mul %a, %t : tensor<4x8xf32>
  func.return %r : tensor<4x8xf32>
}""",
]


def programs(chip, texts=PROGRAMS):
    return st.sampled_from(texts).map(lambda text: lower(text, chip))


@pytest.fixture
def no_shrinking():
    """A failure is expected: report the first one instead of shrinking it (which re-runs the
    simulator many times), and report one failure, not a group."""
    previous = settings.default
    settings.register_profile(
        "broken-pass", parent=previous, phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False
    )
    settings.load_profile("broken-pass")
    yield
    settings.register_profile("broken-pass-restore", parent=previous)
    settings.load_profile("broken-pass-restore")


@dataclass(frozen=True)
class WrongVectorDim(InferLayoutPass):
    """Records every layout with the next dimension as its vector dimension."""

    name = "infer-layout-wrong-vector"

    def choose_layout(self, lay: Layout, chip) -> Layout:
        if len(lay.order) < 2:
            return lay
        v = (lay.vector + 1) % len(lay.order)
        return Layout(v, tuple(d for d in lay.order if d != v) + (v,), lay.align)


@dataclass(frozen=True)
class TransposingCopy(InferLayoutPass):
    """Converts a layout by transposing the tile's indices in the copy unit (a logical
    transpose) instead of only its layout (a physical one)."""

    name = "infer-layout-transposing-copy"

    def apply_solution(self, graph, model, solution, chip) -> None:
        super().apply_solution(graph, model, solution, chip)
        for op in graph.units():
            if isinstance(op, df.ComputeOp) and COPY_ATTR in op.attributes:
                m = op.write_map_list()[0]
                if len(m.results) == 2:
                    swapped = AffineMap(m.num_dims, 0, (m.results[1], m.results[0]))
                    op.properties["write_maps"] = ArrayAttr([AffineMapAttr(swapped)])


def test_the_correct_pass_passes_on_these_programs():
    check_pass(InferLayoutPass(), programs=programs(NO_TRANSPOSE), max_examples=4)
    check_pass(InferLayoutPass(), programs=programs(TINY), max_examples=4)


def test_wrong_vector_dimension_is_caught(no_shrinking):
    with pytest.raises(AssertionError, match="rejected a valid program"):
        check_pass(WrongVectorDim(), programs=programs(TINY), max_examples=4)


def test_transposing_copy_is_caught(no_shrinking):
    with pytest.raises(AssertionError, match="differs from the reference"):
        check_pass(TransposingCopy(), programs=programs(NO_TRANSPOSE, PROGRAMS[:1]), max_examples=4)
