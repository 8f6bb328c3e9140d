"""Deliberately broken hardware-level passes that `check_pass` must catch (issue 9's suite): a
dropped credit, a mis-routed hop, an off-by-one tile bound. Each is the real pass followed by
one corruption of its output, checked on random df programs for the tiny chip."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import pytest
from rdu_ir.dialects.rdu import PcuOp, RouteOp
from rdu_ir.dialects.rdu_credits import CreditOp
from rdu_ir.passes.allocate_units import AllocateUnitsPass
from rdu_ir.passes.insert_credits import InsertCreditsPass
from xdsl.dialects.builtin import DenseArrayBase, i64

from rdu_ir.testing.check import check_pass

sys.path.insert(0, os.path.dirname(__file__))
from test_allocate_units import df_programs

pytest.importorskip("rdu_ir.sim.cycle_sim")


@dataclass(frozen=True)
class DropCredit(InsertCreditsPass):
    """Forgets the ready-to-read counter of the first link into a PMU."""

    name = "insert-credits-drop"

    def apply(self, ctx, op) -> None:
        super().apply(ctx, op)
        for c in op.walk():
            if isinstance(c, CreditOp) and c.kind.data == "ready":
                c.detach()
                c.erase()
                return


@dataclass(frozen=True)
class MisRoute(AllocateUnitsPass):
    """Sends the last hop of the first multi-hop data route one switch too far."""

    name = "allocate-units-misroute"

    def apply(self, ctx, op) -> None:
        super().apply(ctx, op)
        for r in op.walk():
            if isinstance(r, RouteOp) and r.network.data == "vector" and r.length >= 1:
                hops = r.hop_list
                (a, b), (c, d) = hops[-2], hops[-1]
                hops[-1] = (c + (c - a), d + (d - b))
                r.properties["hops"] = DenseArrayBase.from_list(
                    i64, [x for h in hops for x in h]
                )
                return


@dataclass(frozen=True)
class OffByOneBound(AllocateUnitsPass):
    """Stops the innermost counter of the first PCU one value early."""

    name = "allocate-units-off-by-one"

    def apply(self, ctx, op) -> None:
        super().apply(ctx, op)
        for p in op.walk():
            if isinstance(p, PcuOp) and p.counter_list:
                flat = [x for t in p.counter_list for x in t]
                flat[-2] -= 1
                p.properties["counters"] = DenseArrayBase.from_list(i64, flat)
                return


def test_the_correct_pipeline_holds():
    check_pass(
        [AllocateUnitsPass(), InsertCreditsPass()],
        programs=df_programs(),
        max_examples=4,
    )


@pytest.mark.parametrize(
    "pipeline",
    [
        [AllocateUnitsPass(), DropCredit()],
        [MisRoute(), InsertCreditsPass()],
        [OffByOneBound(), InsertCreditsPass()],
    ],
    ids=["dropped-credit", "mis-routed-hop", "off-by-one-bound"],
)
def test_broken_pass_is_caught(pipeline):
    with pytest.raises(AssertionError):
        check_pass(pipeline, programs=df_programs(), max_examples=10)
