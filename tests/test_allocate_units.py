"""allocate-units: df -> rdu. The three steps, sections, diagnostics, pins, determinism, the
report, and values: the rdu configuration alone reproduces the reference (tests/rdu_oracle.py,
and the cycle simulator once it exists)."""

from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdu_ir.dialects import df
from rdu_ir.dialects.rdu import AgcuOp, ChipOp, PcuOp, PmuOp
from rdu_ir.dialects.rdu_program import ProgramOp
from rdu_ir.passes.allocate_units import AllocateUnitsPass
from rdu_ir.passes.linalg_to_ta import LinalgToTaPass
from rdu_ir.passes.ta_to_df import TaToDfPass
from rdu_ir.sim.runner import run_module

from rdu_ir.allocation.design import build_design
from rdu_ir.allocation.fabric import Fabric
from rdu_ir.allocation.realize import realize_section
from rdu_ir.allocation.route import Connection, route_problems
from rdu_ir.allocation.sections import atom_units, find_atoms, pack
from rdu_ir.chip import PRESETS, Chip, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.printing import print_module
from rdu_ir.testing.check import random_inputs
from rdu_ir.testing.strategies import programs_and_inputs

sys.path.insert(0, os.path.dirname(__file__))
import rdu_oracle

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "examples")
TINY = PRESETS["tiny"]


def to_df(text: str, chip: Chip = TINY, name: str = "<test>"):
    ctx = make_context()
    m = parse_module(ctx, text, name)
    bind_chip(m, chip)
    if "linalg." in text:
        LinalgToTaPass().apply(ctx, m)
    TaToDfPass().apply(ctx, m)
    return ctx, m


def example(name: str, chip: Chip = TINY):
    with open(os.path.join(EXAMPLES, f"{name}.mlir")) as f:
        return to_df(f.read(), chip, name)


def graph_of(m) -> df.GraphOp:
    return next(op for op in m.ops if isinstance(op, df.GraphOp))


def allocate(m, **opts):
    ctx = make_context()
    AllocateUnitsPass(**opts).apply(ctx, m)
    m.verify()
    return m


def check_values(m_df, m_rdu, seed: int = 0):
    inputs = random_inputs(m_df, seed)
    expected = run_module(m_df, None, inputs).results
    got = rdu_oracle.run_program(m_rdu, inputs)
    for e, g in zip(expected, got):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-4)


RELU_DF = """
builtin.module {
  df.graph @f(%A: tensor<16x8xf32>) -> tensor<16x8xf32> {
    %t = df.dram @t : tensor<16x8xf32>
    %0 = df.memory @out depth 2 banks 4 : memref<16x8xf32>
    %1 = df.memory @in depth 2 banks 4 : memref<16x8xf32>
    df.load @ld %A -> %1 tiles [] map (d0, d1) -> (d0, d1)
    df.compute @c counters [16, 8] vector 1 reads (%1 [(d0, d1) -> (d0, d1)]) writes (%0 [(d0, d1) -> (d0, d1)]) PIN {
    ^bb0(%2: f32):
      %3 = df.relu %2 : f32
      df.yield %3 : f32
    }
    df.store @st %0 -> %t tiles [] map (d0, d1) -> (d0, d1)
    df.return %t : tensor<16x8xf32>
  }
}
"""


def relu_df(pin: str = ""):
    ctx = make_context()
    m = parse_module(ctx, RELU_DF.replace("PIN", pin), "relu.mlir")
    bind_chip(m, TINY)
    return m


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["gemm", "mlp", "attention", "convnet"])
def test_examples_allocate_verify_and_compute_the_reference_on_tiny(name):
    _, m = example(name)
    before = m.clone()
    out = allocate(m)
    program = next(op for op in out.ops if isinstance(op, ProgramOp))
    assert program.sections(), "at least one section"
    assert not any(o.name.startswith("df.") for o in program.walk())
    check_values(before, out)


def test_gemm_on_plasticine_fits_one_section():
    _, m = example("gemm", PRESETS["plasticine"])
    before = m.clone()
    out = allocate(m)
    program = next(op for op in out.ops if isinstance(op, ProgramOp))
    assert len(program.sections()) == 1
    check_values(before, out)


# --- the three steps ---------------------------------------------------------------------------


def test_partition_place_route_steps_separately():
    _, m = example("gemm")
    design = build_design(graph_of(m), TINY)
    kinds = [u.kind for u in design.units]
    units = graph_of(m).units()
    count = lambda *types: sum(isinstance(u, types) for u in units)
    # One PCU per compute, one PMU per buffer (each read with one pattern, all fit a PMU), one
    # AGCU transfer per load and store.
    assert kinds.count("pcu") == count(df.ComputeOp) > 1
    assert kinds.count("pmu") == count(df.MemoryOp) > TINY.num_pmus
    assert kinds.count("agcu") == count(df.LoadOp, df.StoreOp)
    atoms, order = find_atoms(design)
    sections = pack(design, atoms, order, TINY)
    assert len(sections) >= 2  # 13 PMUs do not fit 8
    fabric = Fabric(TINY)
    units = atom_units(design, atoms, sections[0])
    chip_op, stats = realize_section(design, units, fabric, seed=0, name="s")
    chip_op.verify()
    assert stats.cost_after <= stats.cost_before
    # The emitted routes are a legal routing: rebuild the connections and check them.
    conns, paths = [], []
    for r in chip_op.routes():
        ends = []
        for v in (r.source, r.dest):
            u = v.owner
            ends.append(("agcu", u.site) if isinstance(u, AgcuOp) else (u.KIND, u.site))
        from rdu_ir.allocation.fabric import Endpoint

        conns.append(Connection(Endpoint(*ends[0]), Endpoint(*ends[1]), r.network.data))
        paths.append(r.hop_list)
    assert route_problems(fabric, conns, paths) == []
    # Every data link has its control route back.
    data = [
        (r.source, r.source_port, r.dest, r.dest_port)
        for r in chip_op.routes()
        if r.network.data == "vector"
    ]
    back = {
        (r.dest, r.dest_port, r.source, r.source_port)
        for r in chip_op.routes()
        if r.network.data == "control"
    }
    assert all(d in back for d in data)


def test_large_memory_is_split_into_address_ranges():
    from xdsl.dialects.builtin import MemRefType, f32

    from rdu_ir.allocation.affine_flat import row_major_map
    from rdu_ir.allocation.lower_compute import PortPattern
    from rdu_ir.allocation.lower_memory import Reader, lower_memory

    big = df.MemoryOp("big", MemRefType(f32, [32, 48]), 2, 4)
    pat = PortPattern([(0, 32, 1), (0, 48, 1)], row_major_map([32, 48]))
    ml = lower_memory(big, pat, [Reader("st", 0, pat)], TINY)
    frags = ml.replicas[0]
    # 32*48*4 bytes x depth 2 = 12 KiB over 4 KiB PMUs, cut evenly at whole rows of 48 elements.
    assert [f.addr_range for f in frags] == [
        (0, 384),
        (384, 768),
        (768, 1152),
        (1152, 1536),
    ]
    assert all(f.bytes * f.depth <= TINY.pmu_capacity_bytes for f in frags)


# --- sections and diagnostics ------------------------------------------------------------------


def test_sections_auto_splits_gemm_on_tiny_and_values_hold():
    _, m = example("gemm")
    before = m.clone()
    out = allocate(m)
    program = next(op for op in out.ops if isinstance(op, ProgramOp))
    assert len(program.sections()) >= 2
    for s in program.sections():
        assert isinstance(s, ChipOp)
        assert sum(isinstance(u, PmuOp) for u in s.units()) <= TINY.num_pmus
    check_values(before, out)


def test_sections_1_fails_with_need_against_have_and_no_partial_module():
    _, m = example("gemm")
    text = print_module(m)
    with pytest.raises(RduError) as e:
        AllocateUnitsPass(sections=1).apply(make_context(), m)
    msg = str(e.value)
    pmus = sum(isinstance(u, df.MemoryOp) for u in graph_of(m).units())
    assert f"{pmus} PMUs (chip 'tiny' has 8)" in msg and "sections=1" in msg
    assert print_module(m) == text


def test_sections_limit_too_small_is_an_error():
    _, m = example("attention")
    needed = len(
        next(
            op for op in allocate(m.clone()).ops if isinstance(op, ProgramOp)
        ).sections()
    )
    assert needed >= 3
    with pytest.raises(
        RduError,
        match=f"needs {needed} sections on chip 'tiny' .* but sections={needed - 1}",
    ):
        AllocateUnitsPass(sections=needed - 1).apply(make_context(), m)


def test_a_group_that_cannot_fit_alone_names_its_units():
    # A chain of 9 compute units joined by streams must share one configuration; tiny has 8 PCUs.
    body = []
    for i in range(9):
        body.append(f"%s{i} = df.stream @s{i} depth 2 : !df.stream<f32>")
    text = ["builtin.module {", "df.graph @f(%A: tensor<8xf32>) -> tensor<8xf32> {",
            "%t = df.dram @t : tensor<8xf32>", "%in = df.memory @in depth 2 banks 4 : memref<8xf32>",
            "%out = df.memory @out depth 2 banks 4 : memref<8xf32>",
            "df.load @ld %A -> %in tiles [] map (d0) -> (d0)"] + body  # fmt: skip
    for i in range(10):
        src = "%in [(d0) -> (d0)]" if i == 0 else f"%s{i - 1} [(d0) -> (d0)]"
        dst = "%out [(d0) -> (d0)]" if i == 9 else f"%s{i} [(d0) -> (d0)]"
        text.append(
            f"df.compute @c{i} counters [8] vector 0 reads ({src}) writes ({dst}) {{\n"
            f"^bb0(%x: f32):\n %y = df.neg %x : f32\n df.yield %y : f32\n}}"
        )
    text += [
        "df.store @st %out -> %t tiles [] map (d0) -> (d0)",
        "df.return %t : tensor<8xf32>",
        "}",
        "}",
    ]
    ctx = make_context()
    m = parse_module(ctx, "\n".join(text), "chain.mlir")
    bind_chip(m, TINY)
    m.verify()
    with pytest.raises(RduError) as e:
        AllocateUnitsPass().apply(ctx, m)
    msg = str(e.value)
    assert (
        msg.startswith("chain.mlir:")
        and "10 PCUs (chip 'tiny' has 8)" in msg
        and "@c0" in msg
    )


def test_rejects_ta_ops_naming_them():
    ctx = make_context()
    text = "func.func @f(%A: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = ta.relu %A : tensor<4xf32>\n  func.return %0 : tensor<4xf32>\n}"
    m = parse_module(ctx, text, "f.mlir")
    with pytest.raises(
        RduError, match=r"f.mlir:2:.*'ta.relu' is still at the ta level"
    ):
        AllocateUnitsPass().apply(ctx, m)


def test_bad_sections_option():
    with pytest.raises(RduError, match="sections must be 'auto' or a positive integer"):
        AllocateUnitsPass(sections="many").apply(make_context(), relu_df())


# --- pins, determinism, report -------------------------------------------------------------------


def test_pins_are_honoured():
    m = allocate(relu_df("attributes {rdu.site = [2, 2]}"))
    pcu = next(op for op in m.walk() if isinstance(op, PcuOp))
    assert pcu.site == (2, 2)


def test_illegal_pin_is_a_diagnostic():
    with pytest.raises(
        RduError, match="pinned to an illegal site: site \\(0, 1\\) holds a PMU"
    ):
        AllocateUnitsPass().apply(
            make_context(), relu_df("attributes {rdu.site = [0, 1]}")
        )
    with pytest.raises(RduError, match=r"relu.mlir:.*'rdu.site' must be \[row, col\]"):
        AllocateUnitsPass().apply(
            make_context(), relu_df("attributes {rdu.site = [1, 2, 3]}")
        )


def test_deterministic_for_a_seed():
    outs = []
    for seed in (3, 3, 4):
        _, m = example("mlp")
        outs.append(print_module(allocate(m, seed=seed)))
    assert outs[0] == outs[1]


def test_report_file(tmp_path):
    path = tmp_path / "alloc.json"
    _, m = example("gemm")
    allocate(m, report=str(path))
    rep = json.loads(path.read_text())
    sec = rep["graphs"][0]["sections"][0]
    assert rep["chip"] == "tiny"
    assert sec["units"]["pcu"]["available"] == 8 and sec["units"]["pmu"]["used"] <= 8
    assert sec["total_route_length"] >= sec["max_route_length"] >= 0
    assert (
        sec["placement_cost"]["after_annealing"]
        <= sec["placement_cost"]["before_annealing"]
    )
    assert set(sec["most_congested_link"]) == {
        "network",
        "from",
        "to",
        "used",
        "capacity",
    }


# --- properties ------------------------------------------------------------------------------------


@st.composite
def chips(draw) -> Chip:
    rows = draw(st.integers(4, 8))
    cols = draw(st.integers(4, 8))
    return Chip.from_dict(
        {"base": "tiny", "name": f"t{rows}x{cols}", "rows": rows, "cols": cols}
    )


@given(programs_and_inputs(max_ops=4, max_dim=4), chips(), st.integers(0, 3))
def test_random_programs_on_random_chips_verify_and_compute_the_reference(
    case, chip, seed
):
    module, inputs = case
    ctx = make_context()
    m = module.clone()
    bind_chip(m, chip)
    expected = run_module(m, None, inputs).results
    TaToDfPass().apply(ctx, m)
    AllocateUnitsPass(seed=seed).apply(ctx, m)
    m.verify()
    got = rdu_oracle.run_program(m, inputs)
    for e, g in zip(expected, got):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-4)


def df_programs(chips=(TINY,), max_ops: int = 4):
    """Random ta programs lowered by ta-to-df for a random chip of `chips`."""
    from rdu_ir.reference import reference_module
    from rdu_ir.testing.check import apply_pipeline
    from rdu_ir.testing.strategies import ta_programs

    @st.composite
    def lowered(draw):
        program = draw(ta_programs(max_ops=max_ops, max_dim=4))
        bind_chip(program, draw(st.sampled_from(list(chips))))
        out = apply_pipeline([TaToDfPass()], program)
        ref = reference_module(out)
        if ref is not None and "sym_name" in ref.attributes:
            # keep_reference stores sym_name as an attribute, which the generic form turns into
            # the property: re-parsing changes the text (reported to the lead).
            ref.properties["sym_name"] = ref.attributes.pop("sym_name")
        return out

    return lowered()


def test_check_pass_with_the_cycle_simulator():
    pytest.importorskip("rdu_ir.sim.cycle_sim")
    from rdu_ir.passes.insert_credits import InsertCreditsPass

    from rdu_ir.testing.check import check_pass

    check_pass(
        [AllocateUnitsPass(), InsertCreditsPass()],
        programs=df_programs(),
        max_examples=8,
    )


def test_reduction_whose_phases_do_not_fit_together_becomes_two_pcus():
    # tanh + a product over the 4-lane vector counter (1 + 2 tree stages) + min in the drain
    # phase: 5 stages for a 4-stage PCU; each phase fits one, so the unit becomes a chain.
    text = """
    func.func @f(%x0: tensor<2x2xf32>, %x1: tensor<2xf32>) -> tensor<2xf32> {
      %1 = ta.tanh %x0 : tensor<2x2xf32>
      %2 = ta.reduce prod %1 dims [1] : tensor<2x2xf32> -> tensor<2xf32>
      %3 = ta.min %x1, %2 : tensor<2xf32>
      func.return %3 : tensor<2xf32>
    }"""
    _, m = to_df(text)
    unit = next(u for u in graph_of(m).units() if isinstance(u, df.ComputeOp))
    if unit.stage_count(TINY.pcu_lanes) <= TINY.pcu_stages:
        pytest.skip("ta-to-df now cuts this body itself")
    before = m.clone()
    out = allocate(m)
    pcus = [op for op in out.walk() if isinstance(op, PcuOp)]
    assert len(pcus) == 2
    assert [s for s, _ in pcus[0].stage_list] == ["tanh", "mul"]
    assert pcus[1].stage_list == [("min", ("in1", "in0"))]
    check_values(before, out)


TWIN_LOADS_DF = """
builtin.module {
  df.graph @f(%A: tensor<16x8xf32>) -> (tensor<16x8xf32>, tensor<16x8xf32>) {
    %t = df.dram @t : tensor<16x8xf32>
    %u = df.dram @u : tensor<16x8xf32>
    %i1 = df.memory @i1 depth 2 banks 4 : memref<16x8xf32>
    df.load @ld1 %A -> %i1 tiles [] map (d0, d1) -> (d0, d1)
    %i2 = df.memory @i2 depth 2 banks 4 : memref<16x8xf32>
    df.load @ld2 %A -> %i2 tiles [] map (d0, d1) -> (d0, d1)
    %o1 = df.memory @o1 depth 2 banks 4 : memref<16x8xf32>
    %o2 = df.memory @o2 depth 2 banks 4 : memref<16x8xf32>
    df.compute @c1 counters [16, 8] vector 1 reads (%i1 [(d0, d1) -> (d0, d1)]) writes (%o1 [(d0, d1) -> (d0, d1)]) {
    ^bb0(%x: f32):
      %y = df.relu %x : f32
      df.yield %y : f32
    }
    df.compute @c2 counters [8, 16] vector 1 reads (%i2 [(d0, d1) -> (d1, d0)]) writes (%o2 [(d0, d1) -> (d1, d0)]) {
    ^bb0(%x: f32):
      %y = df.neg %x : f32
      df.yield %y : f32
    }
    df.store @s1 %o1 -> %t tiles [] map (d0, d1) -> (d0, d1)
    df.store @s2 %o2 -> %u tiles [] map (d0, d1) -> (d0, d1)
    df.return %t, %u : tensor<16x8xf32>, tensor<16x8xf32>
  }
}
"""


def test_buffers_filled_by_identical_loads_share_the_load():
    ctx = make_context()
    m = parse_module(ctx, TWIN_LOADS_DF, "twins.mlir")
    bind_chip(m, TINY)
    before = m.clone()
    out = allocate(m)
    names = sorted(op.unit_name for op in out.walk() if isinstance(op, (PmuOp, AgcuOp)))
    # One load; @i1 serves both patterns (a replica for the transposed walk of @c2).
    assert (
        "ld2" not in names
        and "i2" not in names
        and {"ld1", "i1_r0", "i1_r1"} <= set(names)
    )
    check_values(before, out)
