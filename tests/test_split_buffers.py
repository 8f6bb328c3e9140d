"""split-buffers: the cost model, each split rule, the cases that must not split, the options,
and the end-to-end property after infer-layout."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import settings

from layout_util import TINY, assert_reference_values, df_programs, graph_of, lower, parse
from rdu_ir.chip import bind_chip
from rdu_ir.context import make_context
from rdu_ir.dataflow import buffer_cost as bc
from rdu_ir.dialects import df
from rdu_ir.dialects.df_layout import LayoutAttr
from rdu_ir.passes.infer_layout import InferLayoutPass
from rdu_ir.passes.split_buffers import SplitBuffersPass
from rdu_ir.printing import print_module
from rdu_ir.sim.df_sim import run_df
from rdu_ir.statistics import collected, reset
from rdu_ir.testing.check import apply_pipeline, check_pass, random_inputs

HEADER = "builtin.module {\n  df.graph @f(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {\n"


def module_of(units: str):
    module = parse(HEADER + units + "  }\n}\n")
    bind_chip(module, TINY)
    module.verify()
    return module


def split(module, **options) -> dict[str, int]:
    reset()
    SplitBuffersPass(**options).apply(make_context(), module)
    module.verify()
    return collected().get("split-buffers", {})


def memories(module) -> list[str]:
    return [df.unit_name(op) for op in graph_of(module).units() if isinstance(op, df.MemoryOp)]


def same_values(before, after) -> None:
    inputs = random_inputs(before, 1)
    for x, y in zip(run_df(before, None, inputs).results, run_df(after, None, inputs).results, strict=True):
        np.testing.assert_allclose(x, y, rtol=1e-6, equal_nan=True)


def reader(name: str, src: str, dst: str, amap: str = "(d0, d1) -> (d0, d1)", rows: int = 16, off: int = 0) -> str:
    """A relu unit over `rows` rows of %src (from row `off`) into %dst, and the store of %dst."""
    return f"""
    %{dst} = df.memory @{dst} depth 1 banks 4 : memref<{rows}x64xf32>
    df.compute @{name} counters [{rows}, 64] vector 1 reads (%{src} [{amap}]) writes (%{dst} [(d0, d1) -> (d0, d1)]) {{
    ^bb0(%x: f32):
      %y = df.relu %x : f32
      df.yield %y : f32
    }}
    df.store @st_{name} %{dst} -> %out tiles [] map (d0, d1) -> ((d0 + {off}), d1)
"""


def consumers(n: int, depth: int = 1) -> str:
    """A 16x16 buffer (1 KiB) read by n units; each stores a column block of %out (units 4 and
    up write the same block as unit i - 4: they compute the same values)."""
    text = f"""    %out = df.dram @out : tensor<16x64xf32>
    %m = df.memory @m depth {depth} banks 4 : memref<16x16xf32>
    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
"""
    for i in range(n):
        text += f"""    %o{i} = df.memory @o{i} depth 1 banks 4 : memref<16x16xf32>
    df.compute @c{i} counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o{i} [(d0, d1) -> (d0, d1)]) {{
    ^bb0(%x: f32):
      %y = df.relu %x : f32
      df.yield %y : f32
    }}
    df.store @st{i} %o{i} -> %out tiles [] map (d0, d1) -> (d0, (d1 + {16 * (i % 4)}))
"""
    return text + "    df.return %out : tensor<16x64xf32>\n"


# --- the cost model ------------------------------------------------------------------------------


def test_cost_model():
    one = bc.Demand(bytes=4096, read_ports=2, transposed=0, write_ports=1)
    assert bc.pmus(one, TINY) == 1 and bc.serial(one, TINY) == 1 and bc.cost(one, TINY) == 1
    three = bc.Demand(bytes=4096, read_ports=3, transposed=0, write_ports=1)
    assert bc.serial(three, TINY) == 2 and bc.cost(three, TINY) == 3
    big = bc.Demand(bytes=8192, read_ports=1, transposed=0, write_ports=1)
    assert bc.pmus(big, TINY) == 2 and bc.cost(big, TINY) == 2 + 0.5 * 2
    assert bc.serial(bc.Demand(1, 2, 2, 1), TINY) == 2  # one transpose port per PMU
    assert bc.padded_elements((3, 5), 1, 4) == 3 * 8


# --- rules ---------------------------------------------------------------------------------------


def test_consumers_whose_reads_serialise_are_shared_out():
    module = module_of(consumers(5))
    before = module.clone()
    stats = split(module)
    assert stats["split: consumers"] == 2
    assert memories(module)[:3] == ["m", "m_r", "m_r_r"]
    graph = graph_of(module)
    loads = [op for op in graph.units() if isinstance(op, df.LoadOp)]
    assert len(loads) == 3
    same_values(before, module)


def test_two_consumers_do_not_split():
    module = module_of(consumers(2))
    text = print_module(module)
    stats = split(module)
    assert not any(k.startswith("split") for k in stats)
    assert print_module(module) == text


def test_no_split_when_it_costs_more():
    """Three readers of a buffer that spans two PMUs: a replica would cost two more PMUs."""
    module = module_of(consumers(3, depth=8))
    text = print_module(module)
    stats = split(module)
    assert stats["not split: costs more (consumers)"] == 1
    assert stats["not split: no cut that readers respect (capacity)"] == 1
    assert print_module(module) == text


PORTS = """    %out = df.dram @out : tensor<16x64xf32>
    %m = df.memory @m depth 1 banks 4 : memref<16x64xf32>
    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
    %o = df.memory @o depth 1 banks 4 : memref<14x64xf32>
    df.compute @c counters [14, 64] vector 1 reads (%m [(d0, d1) -> (d0, d1)], %m [(d0, d1) -> ((d0 + 1), d1)], %m [(d0, d1) -> ((d0 + 2), d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
    ^bb0(%x: f32, %y: f32, %z: f32):
      %s = df.add %x, %y : f32
      %t = df.add %s, %z : f32
      df.yield %t : f32
    }
    df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
    df.return %out : tensor<16x64xf32>
"""


def test_a_reader_with_more_ports_than_a_pmu_gets_a_replica():
    module = module_of(PORTS)
    before = module.clone()
    stats = split(module)
    assert stats["split: ports"] == 1
    c = next(op for op in graph_of(module).units() if isinstance(op, df.ComputeOp))
    assert [df.unit_name(v.owner) for v in c.reads] == ["m", "m", "m_r"]
    same_values(before, module)


CAPACITY = (
    """    %out = df.dram @out : tensor<16x64xf32>
    %m = df.memory @m depth 2 banks 4 : memref<16x64xf32>
    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
"""
    + reader("top", "m", "t", rows=8)
    + reader("bottom", "m", "b", "(d0, d1) -> ((d0 + 8), d1)", rows=8, off=8)
    + """    df.return %out : tensor<16x64xf32>
"""
)


def test_a_buffer_larger_than_a_pmu_is_cut_where_its_readers_part():
    module = module_of(CAPACITY)
    before = module.clone()
    stats = split(module)
    assert stats["split: capacity"] == 1
    graph = graph_of(module)
    assert memories(module)[:2] == ["m_lo", "m_hi"]
    assert [op.result.type.get_shape() for op in graph.units() if isinstance(op, df.MemoryOp)][:2] == [(8, 64), (8, 64)]
    bottom = next(op for op in graph.units() if df.unit_name(op) == "bottom")
    assert str(bottom.read_map_list()[0]) == "(d0, d1) -> (d0, d1)"
    same_values(before, module)


def test_capacity_halves_stores_too_and_keeps_their_order():
    text = CAPACITY.replace(
        "    df.return",
        "    %t2 = df.dram @t2 : tensor<16x64xf32>\n    df.store @copy %m -> %t2 tiles [] map (d0, d1) -> (d0, d1)\n    df.return",
    )
    text = text.replace("depth 2 banks 4 : memref<16x64xf32>", "depth 4 banks 4 : memref<16x64xf32>", 1)
    module = module_of(text)
    before = module.clone()
    stats = split(module)
    assert stats["split: capacity"] == 1
    assert "df.store @copy_hi" in print_module(module)
    same_values(before, module)


def test_a_buffer_larger_than_a_pmu_read_whole_is_not_split():
    text = CAPACITY.replace("(d0, d1) -> ((d0 + 8), d1)", "(d0, d1) -> ((d0 + 4), d1)")
    module = module_of(text)
    stats = split(module)
    assert stats["not split: no cut that readers respect (capacity)"] == 1
    assert "split: capacity" not in stats


@pytest.mark.parametrize(
    ("text", "option"),
    [(consumers(5), "consumers"), (PORTS, "ports"), (CAPACITY, "capacity")],
)
def test_each_rule_can_be_disabled(text, option):
    module = module_of(text)
    printed = print_module(module)
    stats = split(module, **{option: False})
    assert not any(k.startswith("split") for k in stats)
    assert print_module(module) == printed


def test_layouts_and_transposed_readers_follow_the_split():
    module = lower(
        """
func.func @g(%a: tensor<16x8xf32>, %b: tensor<8x12xf32>) -> tensor<16x12xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<16x8xf32>, tensor<8x12xf32> -> tensor<16x12xf32>
  func.return %c : tensor<16x12xf32>
}"""
    )
    InferLayoutPass().apply(make_context(), module)
    split(module, stall=4.0)
    graph = graph_of(module)
    from rdu_ir.dataflow.layout_ports import layout_errors

    assert all(isinstance(m.layout, LayoutAttr) for m in graph.units() if isinstance(m, df.MemoryOp))
    assert layout_errors(graph, True) == []
    assert_reference_values(module)


# --- property ------------------------------------------------------------------------------------


def test_check_pass_after_infer_layout():
    programs = df_programs().map(lambda m: apply_pipeline((InferLayoutPass(),), m))
    check_pass(
        SplitBuffersPass(), programs=programs, idempotent=True, max_examples=min(12, settings.default.max_examples)
    )


def test_a_replica_of_a_computed_buffer_gets_a_second_write_port():
    text = consumers(3).replace(
        "    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)\n",
        """    %m0 = df.memory @m0 depth 1 banks 4 : memref<16x16xf32>
    df.load @ld %a -> %m0 tiles [] map (d0, d1) -> (d0, d1)
    df.compute @w counters [16, 16] vector 1 reads (%m0 [(d0, d1) -> (d0, d1)]) writes (%m [(d0, d1) -> (d0, d1)]) {
    ^bb0(%x: f32):
      %y = df.neg %x : f32
      df.yield %y : f32
    }
""",
    )
    module = module_of(text)
    before = module.clone()
    stats = split(module)
    assert stats["split: consumers"] == 1
    w = next(op for op in graph_of(module).units() if df.unit_name(op) == "w")
    assert [df.unit_name(v.owner) for v in w.writes] == ["m", "m_r"]
    same_values(before, module)


def test_capacity_split_keeps_only_what_readers_read():
    """A 24x64 buffer (12 KiB, three PMUs) whose readers touch rows 0-3 and 20-23: the two
    parts keep 4 rows each and take one PMU each."""
    text = (
        "    %out = df.dram @out : tensor<16x64xf32>\n"
        "    %m = df.memory @m depth 2 banks 4 : memref<24x64xf32>\n"
        "    %big = df.dram @big = dense<1.5> : tensor<24x64xf32>\n"
        "    df.load @ld %big -> %m tiles [] map (d0, d1) -> (d0, d1)\n"
        + reader("top", "m", "t", rows=4)
        + reader("bottom", "m", "b", "(d0, d1) -> ((d0 + 20), d1)", rows=4, off=4)
        + "    df.return %out : tensor<16x64xf32>\n"
    )
    module = module_of(text)
    before = module.clone()
    stats = split(module)
    assert stats["split: capacity"] == 1
    graph = graph_of(module)
    shapes = {df.unit_name(op): op.result.type.get_shape() for op in graph.units() if isinstance(op, df.MemoryOp)}
    assert shapes["m_lo"] == (4, 64) and shapes["m_hi"] == (4, 64)
    assert "map (d0, d1) -> ((d0 + 20), d1)" in print_module(module)  # the second part's load
    same_values(before, module)
