"""Partitioning of virtual units: PCU chains compute what the virtual pipeline computes, PMU
fragments cover their buffer and fit."""

from __future__ import annotations

import math
import operator
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rdu_ir.allocation.partition import (
    StageOp,
    VirtualCompute,
    VirtualMemory,
    decode,
    partition_compute,
    partition_memory,
)
from rdu_ir.chip import PRESETS, Chip
from rdu_ir.diagnostics import RduError

TINY = PRESETS["tiny"]  # 4 stages, 4096-byte PMUs
OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "max": max}


@st.composite
def pipelines(draw) -> tuple[VirtualCompute, list[float]]:
    n_inputs = draw(st.integers(1, 3))
    n = draw(st.integers(1, 20))
    stages = []
    for i in range(n):
        pool = [f"in{k}" for k in range(n_inputs)] + [f"s{k}" for k in range(i)] + ["2.0"]
        op = draw(st.sampled_from(sorted(OPS)))
        stages.append(StageOp(op, (draw(st.sampled_from(pool)), draw(st.sampled_from(pool)))))
    outputs = tuple(sorted(draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=3))))
    inputs = draw(st.lists(st.integers(-3, 3).map(float), min_size=n_inputs, max_size=n_inputs))
    return VirtualCompute("u", tuple(stages), outputs), inputs


def run_stages(stages, env_in):
    results = []
    for st_ in stages:
        def value(x):
            if x.startswith("s"):
                return results[int(x[1:])]
            if x.startswith("in"):
                return env_in[int(x[2:])]
            return float(x)
        results.append(OPS[st_.op](*(value(x) for x in st_.operands)))
    return results


def value_in(name, local, incoming, lo):
    """Value of a virtual-unit name inside a fragment starting at stage `lo`."""
    if name.startswith("s") and int(name[1:]) >= lo:
        return local[int(name[1:]) - lo]
    return incoming[name]


@given(pipelines(), st.sampled_from([1, 2, 4, 6]))
def test_pcu_chain_computes_the_virtual_pipeline(case, stages_per_pcu):
    unit, inputs = case
    chip = Chip.from_dict({"base": "tiny", "name": "t", "pcu_stages": stages_per_pcu})
    fragments, streams = partition_compute(unit, chip)
    assert len(fragments) == math.ceil(len(unit.stages) / stages_per_pcu)
    assert len(streams) == len(fragments) - 1
    assert all(1 <= len(f.stages) <= stages_per_pcu for f in fragments)
    expected = run_stages(unit.stages, inputs)

    incoming = {f"in{k}": v for k, v in enumerate(inputs)}
    for f in fragments:
        env = inputs if f.index == 0 else [incoming[name] for name in streams[f.index - 1].carried]
        local = run_stages(f.stages, env)
        if f.index < len(streams):
            incoming = {
                name: value_in(name, local, incoming, f.first_stage) for name in streams[f.index].carried
            }
    last = fragments[-1]
    env = inputs if last.index == 0 else [incoming[name] for name in streams[-1].carried]
    got = [local[int(x[1:])] if x.startswith("s") else env[int(x[2:])] for x in last.outputs]
    assert got == [expected[o] for o in unit.outputs]


def test_chain_carries_only_what_later_stages_use():
    stages = tuple(StageOp("add", ("in0" if i == 0 else f"s{i - 1}", "in1")) for i in range(10))
    fragments, streams = partition_compute(VirtualCompute("u", stages), TINY)
    assert [f.name for f in fragments] == ["u_0", "u_1", "u_2"]
    assert [s.carried for s in streams] == [("s3", "in1"), ("s7", "in1")]
    assert fragments[1].stages[0] == StageOp("add", ("in0", "in1"))
    assert fragments[2].outputs == ("s1",)


def test_a_unit_that_fits_is_one_fragment_named_as_before():
    fragments, streams = partition_compute(VirtualCompute("u", (StageOp("pass", ("in0",)),)), TINY)
    assert [f.name for f in fragments] == ["u"] and streams == []


def test_compute_errors():
    with pytest.raises(RduError, match="has no stages"):
        partition_compute(VirtualCompute("u", ()), TINY)
    with pytest.raises(RduError, match="stage 0 \\(add\\) reads s0, which is not an earlier stage"):
        partition_compute(VirtualCompute("u", (StageOp("add", ("s0", "in0")),)), TINY)


@given(
    st.lists(st.integers(1, 70), min_size=1, max_size=3),
    st.sampled_from([1, 2, 4]),
    st.sampled_from([1, 2, 3]),
    st.data(),
)
def test_memory_fragments_cover_the_buffer_and_fit(shape, elem_bytes, depth, data):
    mem = VirtualMemory("m", tuple(shape), elem_bytes, depth)
    frags = partition_memory(mem, TINY)
    total = math.prod(shape)
    assert frags[0].lo == 0 and frags[-1].hi == total
    assert all(a.hi == b.lo for a, b in pairwise(frags))
    assert all(f.bytes <= TINY.pmu_capacity_bytes and f.lo < f.hi for f in frags)
    fewest = math.ceil(total * elem_bytes * depth / TINY.pmu_capacity_bytes)
    assert fewest <= len(frags) <= 2 * fewest
    address = data.draw(st.integers(0, total - 1))
    i, local = decode(frags, address)
    assert frags[i].lo <= address < frags[i].hi and local == address - frags[i].lo


def test_memory_split_follows_rows():
    # 64 x 64 f32 double-buffered = 32 KiB over 4 KiB PMUs: 8 PMUs of 8 rows each.
    frags = partition_memory(VirtualMemory("b", (64, 64), 4, 2), TINY)
    assert [(f.name, f.lo, f.hi) for f in frags][:2] == [("b_0", 0, 512), ("b_1", 512, 1024)]
    assert len(frags) == 8 and all(f.bytes == 4096 for f in frags)
    # A buffer that fits is one fragment under its own name.
    assert [f.name for f in partition_memory(VirtualMemory("c", (16,)), TINY)] == ["c"]


def test_memory_errors():
    with pytest.raises(RduError, match="one element \\(8192 bytes over 2 copies\\) exceeds a PMU of 4096 bytes"):
        partition_memory(VirtualMemory("m", (4,), 4096, 2), TINY)
    with pytest.raises(RduError, match="empty shape"):
        partition_memory(VirtualMemory("m", (0, 4)), TINY)
