"""insert-credits: tile and stream credit counters, their token routes, policies, verifiers."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from rdu_ir.dialects.rdu import ChipOp, PmuOp, RouteOp
from rdu_ir.dialects.rdu_credits import CreditOp
from rdu_ir.passes.allocate_units import AllocateUnitsPass
from rdu_ir.passes.insert_credits import (
    InsertCreditsPass,
    route_latency,
    stream_credits,
)
from rdu_ir.sim.runner import run_module
from xdsl.utils.exceptions import VerifyException

from rdu_ir.chip import PRESETS, Chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.printing import print_module
from rdu_ir.testing.check import random_inputs

sys.path.insert(0, os.path.dirname(__file__))
import rdu_oracle
from test_allocate_units import example

TINY = PRESETS["tiny"]


def compiled(name: str = "gemm", chip: Chip = TINY, **opts):
    _, m = example(name, chip)
    before = m.clone()
    ctx = make_context()
    AllocateUnitsPass().apply(ctx, m)
    InsertCreditsPass(**opts).apply(ctx, m)
    m.verify()
    return before, m


def sections(m) -> list[ChipOp]:
    return [op for op in m.walk() if isinstance(op, ChipOp)]


@pytest.mark.parametrize("name", ["gemm", "mlp"])
def test_every_link_has_its_credits_and_values_hold(name):
    before, m = compiled(name)
    for s in sections(m):
        credits = {
            (c.kind.data, c.holder, c.source, *c.ports): c
            for c in s.body.block.ops
            if isinstance(c, CreditOp)
        }
        for r in s.routes():
            if r.network.data == "control":
                continue
            key = (r.source, r.dest, r.source_port.value.data, r.dest_port.value.data)
            assert ("stream", *key) in credits
            if isinstance(r.dest.owner, PmuOp):
                depth = r.dest.owner.depth.value.data
                assert credits[("ready", *key)].init_value == depth
                assert credits[("write", *key)].init_value == depth
    inputs = random_inputs(before, 0)
    for e, g in zip(
        run_module(before, None, inputs).results, rdu_oracle.run_program(m, inputs)
    ):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-4)


def test_stream_credit_policies():
    _, fifo = compiled(stream_credits="fifo")
    _, lat = compiled(stream_credits="latency")
    f = [
        c.init_value
        for c in fifo.walk()
        if isinstance(c, CreditOp) and c.kind.data == "stream"
    ]
    l = [
        c.init_value
        for c in lat.walk()
        if isinstance(c, CreditOp) and c.kind.data == "stream"
    ]
    assert set(f) == {TINY.pcu_fifo_depth}
    assert (
        len(l) == len(f)
        and all(a >= b for a, b in zip(l, f))
        and max(l) > TINY.pcu_fifo_depth
    )


def test_latency_credits_cover_the_round_trip():
    _, m = compiled()
    s = sections(m)[0]
    data = next(r for r in s.routes() if r.network.data == "vector" and r.length >= 2)
    back = next(
        r for r in s.routes()
        if r.network.data == "control" and r.source is data.dest and r.dest is data.source
    )  # fmt: skip
    rt = route_latency(data, TINY) + route_latency(back, TINY) + 1
    assert (
        rt
        == (data.length + back.length) * TINY.link_latency
        + (data.length + back.length + 2) * TINY.switch_latency
        + 1
    )
    assert stream_credits("latency", data, back, TINY) == max(TINY.pcu_fifo_depth, rt)
    assert stream_credits("fifo", data, back, TINY) == TINY.pcu_fifo_depth


def test_write_credits_default_to_the_depth_and_are_capped_by_it():
    for opt, want in ((5, 2), (0, 2), (1, 1)):
        _, m = compiled(write_credits=opt)
        writes = [
            c.init_value
            for c in m.walk()
            if isinstance(c, CreditOp) and c.kind.data == "write"
        ]
        assert writes and set(writes) == {want}  # every buffer is double-buffered


def test_idempotent_and_deterministic():
    _, m = compiled()
    text = print_module(m)
    InsertCreditsPass().apply(make_context(), m)
    assert print_module(m) == text
    _, again = compiled()
    assert print_module(again) == text


def test_bad_options():
    _, m = example("gemm")
    with pytest.raises(RduError, match="stream-credits must be one of fifo, latency"):
        InsertCreditsPass(stream_credits="lots").apply(make_context(), m)
    with pytest.raises(
        RduError, match="write-credits must be 0 \\(the depth\\) or positive"
    ):
        InsertCreditsPass(write_credits=-1).apply(make_context(), m)
    with pytest.raises(RduError, match="'df.graph' is still at the df level"):
        InsertCreditsPass().apply(make_context(), m)


def test_verifier_catches_a_dropped_credit_a_dropped_token_route_and_too_many_tile_credits():
    _, m = compiled()
    s = sections(m)[0]
    ready = next(
        c
        for c in s.body.block.ops
        if isinstance(c, CreditOp) and c.kind.data == "ready"
    )
    ready.properties["init"] = type(ready.init)(3, ready.init.type)
    with pytest.raises(
        VerifyException, match="3 tile credits exceed the buffer's depth of 2 tiles"
    ):
        m.verify()
    ready.properties["init"] = type(ready.init)(2, ready.init.type)
    ready.detach()
    with pytest.raises(VerifyException, match="has no ready credit counter"):
        m.verify()
    s.body.block.add_op(ready)
    m.verify()
    back = next(
        r for r in s.routes()
        if r.network.data == "control" and r.source is ready.source and r.dest is ready.holder
    )  # fmt: skip
    back.detach()
    with pytest.raises(VerifyException, match="its tokens have no control route back"):
        m.verify()
    _ = RouteOp
