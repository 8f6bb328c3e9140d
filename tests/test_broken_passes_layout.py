"""Deliberately broken variants of infer-layout that `check_pass` must catch (issue 9's suite of
broken passes): a wrong vector dimension in the recorded layouts, and a wrong transpose — a
conversion that transposes the data instead of its layout."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import strategies as st
from xdsl.dialects.builtin import AffineMapAttr, ArrayAttr
from xdsl.ir.affine import AffineMap

from rdu_ir.dataflow.layout import Layout
from rdu_ir.dataflow.layout_ports import COPY_ATTR
from rdu_ir.dialects import df
from rdu_ir.passes.infer_layout import InferLayoutPass
from rdu_ir.testing.check import check_pass
from layout_util import NO_TRANSPOSE, TINY, lower

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


def programs(chip):
    return st.sampled_from(PROGRAMS).map(lambda text: lower(text, chip))


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


def test_wrong_vector_dimension_is_caught():
    with pytest.raises(AssertionError):
        check_pass(WrongVectorDim(), programs=programs(TINY), max_examples=4)


def test_transposing_copy_is_caught():
    with pytest.raises(AssertionError):
        check_pass(TransposingCopy(), programs=programs(NO_TRANSPOSE), max_examples=4)
