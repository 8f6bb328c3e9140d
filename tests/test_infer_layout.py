"""infer-layout: the layout attribute, the cost model's exact resolution, conflicts resolved by
transpose reads or inserted buffers, and the end-to-end properties on random programs."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xdsl.utils.exceptions import VerifyException

from layout_util import (
    NO_TRANSPOSE,
    TINY,
    assert_reference_values,
    df_programs,
    graph_of,
    lower,
    named,
    parse,
)
from rdu_ir.chip import chip_of
from rdu_ir.context import make_context
from rdu_ir.dataflow.layout import (
    Buffer,
    Layout,
    Port,
    Problem,
    Unit,
    brute_force,
    candidate_layouts,
    solve,
)
from rdu_ir.dataflow.layout_ports import COPY_ATTR, TRANSPOSE_ATTR, layout_errors
from rdu_ir.dialects import df
from rdu_ir.dialects.df_layout import LayoutAttr
from rdu_ir.passes.infer_layout import InferLayoutPass
from rdu_ir.printing import print_module
from rdu_ir.statistics import collected, reset
from rdu_ir.testing.check import check_pass, check_program

TRANSPOSE_ADD = """
func.func @f(%a: tensor<8x12xf32>, %b: tensor<12x8xf32>) -> tensor<8x12xf32> {
  %t = ta.transpose %b perm [1, 0] : tensor<12x8xf32> -> tensor<8x12xf32>
  %r = ta.add %a, %t : tensor<8x12xf32>
  func.return %r : tensor<8x12xf32>
}
"""

GEMM = """
func.func @g(%a: tensor<16x8xf32>, %b: tensor<8x16xf32>) -> tensor<16x16xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<16x8xf32>, tensor<8x16xf32> -> tensor<16x16xf32>
  func.return %c : tensor<16x16xf32>
}
"""


def infer(module, p: InferLayoutPass | None = None) -> dict[str, int]:
    reset()
    (p or InferLayoutPass()).apply(make_context(), module)
    module.verify()
    return collected().get("infer-layout", {})


def copies(graph: df.GraphOp) -> list[df.ComputeOp]:
    return [op for op in graph.units() if isinstance(op, df.ComputeOp) and COPY_ATTR in op.attributes]


# --- the attribute -------------------------------------------------------------------------------


def test_layout_attribute_prints_parses_and_verifies():
    attr = LayoutAttr(1, [0, 1], 16)
    assert str(attr) == "#df.layout<vector = 1, order = [0, 1], align = 16>"
    module = parse('"test.op"() {l = #df.layout<vector = 1, order = [0, 1], align = 16>} : () -> ()')
    assert next(iter(module.ops)).attributes["l"] == attr
    for bad in ("vector = 0, order = [0, 1]", "vector = 1, order = [0, 0]", "vector = 0, order = []"):
        with pytest.raises(VerifyException):
            parse(f'"test.op"() {{l = #df.layout<{bad}, align = 4>}} : () -> ()').verify()


# --- conflicts -----------------------------------------------------------------------------------


def test_transpose_conflict_uses_the_pmu_transpose_read():
    module = lower(TRANSPOSE_ADD, TINY)
    stats = infer(module)
    graph = graph_of(module)
    mem = named(graph, "add0_in1_0")
    assert [r.root_reference.data for r in mem.attributes[TRANSPOSE_ATTR].data] == ["add0_c0"]
    assert not copies(graph)
    assert stats["conflicts found"] == 1 and stats["resolved by transpose read"] == 1
    assert stats["resolved by inserted buffers"] == 0
    assert layout_errors(graph, True) == []
    assert_reference_values(module)


def test_without_transpose_reads_a_buffer_is_inserted():
    module = lower(TRANSPOSE_ADD, NO_TRANSPOSE)
    stats = infer(module)
    graph = graph_of(module)
    (copy,) = copies(graph)
    src, dst = copy.reads[0], copy.writes[0]
    assert src.owner.layout.vector_dim != dst.owner.layout.vector_dim
    assert df.unit_name(dst.owner) in {df.unit_name(v.owner) for v in named(graph, "add0_c0").reads}
    assert stats["resolved by inserted buffers"] == 1 and stats["resolved by transpose read"] == 0
    assert all(TRANSPOSE_ATTR not in m.attributes for m in graph.units() if isinstance(m, df.MemoryOp))
    assert layout_errors(graph, False) == []
    assert_reference_values(module)


def test_no_conflict_changes_nothing_but_layouts():
    module = lower(GEMM, TINY)
    before = print_module(module)
    stats = infer(module)
    assert stats["conflicts found"] == 0 and stats["vector counters changed"] == 0
    graph = graph_of(module)
    assert all(isinstance(m.layout, LayoutAttr) for m in graph.units() if isinstance(m, df.MemoryOp))
    assert re.sub(r" layout #df.layout<[^>]*>", "", print_module(module)) == before


WRITE_ORDER = """
builtin.module attributes {rdu.chip = {base = "tiny", name = "tiny"}} {
  df.graph @f(%a: tensor<8x12xf32>) -> tensor<8x12xf32> {
    %out = df.dram @out : tensor<8x12xf32>
    %m = df.memory @m depth 2 banks 4 : memref<8x12xf32>
    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
    %o = df.memory @o depth 2 banks 4 : memref<8x12xf32>
    df.compute @c counters [8, 12] vector 0 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
    ^bb0(%x: f32):
      %y = df.relu %x : f32
      df.yield %y : f32
    }
    df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
    df.return %out : tensor<8x12xf32>
  }
}
"""


def test_layouts_propagate_through_a_unit_choice():
    """The unit's vector counter 0 clashes with the load and the store on both sides; taking
    counter 1 instead (same issue slots) removes both conflicts."""
    module = parse(WRITE_ORDER.replace('{base = "tiny", name = "tiny"}', _tiny_attr()))
    stats = infer(module)
    graph = graph_of(module)
    assert named(graph, "c").vector_counter == 1
    assert stats["vector counters changed"] == 1 and stats["conflicts found"] == 0
    assert layout_errors(graph, True) == []


def _tiny_attr() -> str:
    return str(TINY.to_attr())


def test_units_joined_by_streams_keep_their_vector_counters():
    module = lower(
        """
func.func @f(%a: tensor<8x4xf32>, %b: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %t = ta.transpose %b perm [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %0 = ta.mul %a, %t : tensor<8x4xf32>
  %1 = ta.tanh %0 : tensor<8x4xf32>
  %2 = ta.neg %1 : tensor<8x4xf32>
  %3 = ta.abs %2 : tensor<8x4xf32>
  %4 = ta.relu %3 : tensor<8x4xf32>
  %5 = ta.sigmoid %4 : tensor<8x4xf32>
  func.return %5 : tensor<8x4xf32>
}""",
        NO_TRANSPOSE,
    )
    graph = graph_of(module)
    assert any(isinstance(op, df.StreamOp) for op in graph.units())
    vectors = {df.unit_name(op): op.vector_counter for op in graph.units() if isinstance(op, df.ComputeOp)}
    infer(module)
    assert {n: v for n, v in vectors.items()} == {
        df.unit_name(op): op.vector_counter
        for op in graph.units()
        if isinstance(op, df.ComputeOp) and COPY_ATTR not in op.attributes
    }
    assert layout_errors(graph, False) == []
    assert_reference_values(module)


def test_rank3_transpose_of_the_inner_matrix_and_beyond():
    text = """
func.func @f(%a: tensor<2x4x8xf32>, %b: tensor<8x4x2xf32>) -> tensor<2x4x8xf32> {
  %t = ta.transpose %b perm [2, 1, 0] : tensor<8x4x2xf32> -> tensor<2x4x8xf32>
  %r = ta.add %a, %t : tensor<2x4x8xf32>
  func.return %r : tensor<2x4x8xf32>
}"""
    for chip in (TINY, NO_TRANSPOSE):
        module = lower(text, chip)
        infer(module)
        graph = graph_of(module)
        assert layout_errors(graph, chip.pmu_transpose_read) == []
        assert_reference_values(module)


# --- the optimum ---------------------------------------------------------------------------------


def random_problem(rng: random.Random) -> Problem:
    n_buffers = rng.randint(1, 8)
    n_units = rng.randint(0, 3)
    units = [Unit(f"u{i}", [rng.randint(0, 30) for _ in range(rng.randint(2, 3))]) for i in range(n_units)]
    buffers, ports = [], []
    for b in range(n_buffers):
        rank = rng.choice([1, 2, 2, 2, 3])
        buffers.append(Buffer(f"b{b}", candidate_layouts(rank, 4), rng.randint(1, 40)))
        for k in range(rng.randint(1, 4)):
            u = rng.randrange(n_units) if n_units and rng.random() < 0.6 else None
            n = len(units[u].costs) if u is not None else 1
            expect = tuple(rng.choice([None, *range(rank)]) for _ in range(n))
            ports.append(Port(f"p{b}_{k}", b, u, k == 0, expect, rng.random() < 0.5))
    return Problem(buffers, units, ports)


def test_inferred_cost_is_the_exhaustive_optimum():
    rng = random.Random(5)
    for _ in range(40):
        problem = random_problem(rng)
        solution = solve(problem)
        assert solution.exact
        assert solution.cost == brute_force(problem)


def test_large_tables_fall_back_to_fixing_units(monkeypatch):
    import rdu_ir.dataflow.layout as layout

    monkeypatch.setattr(layout, "TABLE_LIMIT", 2)
    rng = random.Random(11)
    fell_back = 0
    for _ in range(20):
        problem = random_problem(rng)
        solution = solve(problem)
        fell_back += not solution.exact
        assert solution.cost >= brute_force(problem)
    assert fell_back


def test_resolution_is_deterministic_and_prefers_the_current_layout():
    rng = random.Random(7)
    problem = random_problem(rng)
    assert solve(problem).layouts == solve(problem).layouts
    tie = Problem([Buffer("b", candidate_layouts(2, 4, [Layout(0, (1, 0), 4)]), 10)], [], [])
    assert tie.buffers[0].candidates[solve(tie).layouts[0]] == Layout(0, (1, 0), 4)


# --- properties on random programs ---------------------------------------------------------------


def test_check_pass_on_random_programs():
    check_pass(
        InferLayoutPass(), programs=df_programs(), idempotent=True, max_examples=min(15, settings.default.max_examples)
    )


@settings(max_examples=min(10, settings.default.max_examples))
@given(program=df_programs(), seed=st.integers(0, 2**16))
def test_every_buffer_gets_a_layout_that_serves_its_ports(program, seed):
    out = check_program((InferLayoutPass(),), program, seed)
    chip = chip_of(out)
    for graph in [op for op in out.ops if isinstance(op, df.GraphOp)]:
        assert all(isinstance(m.layout, LayoutAttr) for m in graph.units() if isinstance(m, df.MemoryOp))
        assert layout_errors(graph, chip.pmu_transpose_read) == []


def test_writer_side_conversion_keeps_the_values_and_the_writer_order():
    from pathlib import Path

    import numpy as np

    from rdu_ir.chip import bind_chip
    from rdu_ir.sim.df_sim import run_df
    from rdu_ir.testing.check import random_inputs

    text = (Path(__file__).parent / "filecheck" / "infer_layout" / "writer_conversion.mlir").read_text()
    module = parse(text)
    bind_chip(module, NO_TRANSPOSE)
    before = module.clone()
    stats = infer(module)
    graph = graph_of(module)
    assert named(graph, "m").writer_names() == ["m_cvt_w1", "w2"]
    assert stats["resolved by inserted buffers"] == 2
    assert layout_errors(graph, False) == []
    inputs = random_inputs(before, 3)
    for x, y in zip(run_df(before, None, inputs).results, run_df(module, None, inputs).results, strict=True):
        np.testing.assert_array_equal(x, y)
