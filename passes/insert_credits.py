"""`insert-credits`: flow control for every data link of an allocated `rdu` program (US11709664B2).

Two mechanisms, kept distinct (see dialects/rdu_credits.py for their semantics):

* **Tile credits**, on every link that writes into a PMU buffer (an AGCU load or a PCU writing
  its results): a `ready` (ready-to-read) counter on the writer initialised to the buffer's depth
  in tiles — so with depth 2 the writer fills one tile while the readers drain the other — and a
  `write` counter with `write-credits` credits (default: the depth; at most the depth), returned
  by the PMU's write-done token. With one write credit a writer waits a control round trip for
  write-done after every tile (measured in the cycle simulator, 8 tiles of 64 vectors: 774 cycles
  with 1 credit, 678 with 2 = depth), so the default lets it start the next tile at once. The read-ready and write-done tokens travel on the link's control route
  that `allocate-units` reserved; the route is labelled with the tokens it carries.
* **Stream credits**, on every vector (or scalar) route: the vectors the sender may have in flight
  towards the receiving port's FIFO. Policy `stream-credits=fifo`: the FIFO depth
  (`chip.pcu_fifo_depth`). `latency`: enough to cover the link's round trip — data route plus
  control route back, `link_latency` per link and `switch_latency` per switch, plus the cycle the
  receiver pops in — and never fewer than the FIFO depth, so a stream never stalls on credits.

Default `latency`: a stream sending one vector a cycle with `c` credits on a round trip of `R`
cycles moves `min(1, c / R)` vectors a cycle. On `plasticine` (FIFO depth 4, one cycle per link
and per switch) a route of one link already has R = 2*(1+2)+1 = 7 > 4, so `fifo` would cap such
a stream at 4/7 of its rate and most GEMM operand streams (routes of 1-3 links) at 30-57%,
far from the 85%-of-peak goal, while `latency` keeps every stream at one vector a cycle for a
few more FIFO entries. (The cycle simulator's stream-credit test measures exactly this
throughput law; re-check the choice there when it changes.)

Each lowering checks its input: a `df` op left in the payload is an error naming it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdu_ir.dialects.rdu import ChipOp, PmuOp, RouteOp
from rdu_ir.dialects.rdu_credits import CreditOp
from rdu_ir.passes.allocate_units import check_level
from xdsl.context import Context
from xdsl.dialects.builtin import ArrayAttr, ModuleOp, StringAttr
from xdsl.passes import ModulePass

from rdu_ir.chip import Chip
from rdu_ir.diagnostics import error, error_at
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump

POLICIES = ("fifo", "latency")


def route_latency(route: RouteOp, chip: Chip) -> int:
    """Cycles a value spends on `route`: every switch and every link it crosses."""
    return route.length * chip.link_latency + len(route.hop_list) * chip.switch_latency


def stream_credits(policy: str, data: RouteOp, control: RouteOp, chip: Chip) -> int:
    if policy == "fifo":
        return chip.pcu_fifo_depth
    round_trip = route_latency(data, chip) + route_latency(control, chip) + 1
    return max(chip.pcu_fifo_depth, round_trip)


@dataclass(frozen=True)
class InsertCreditsPass(ModulePass):
    """Configure tile and stream credit counters (see the module docstring)."""

    name = "insert-credits"

    stream_credits: str = "latency"
    write_credits: int = 0
    """Write credits per link into a PMU; 0 (the default) = the buffer's depth."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.stream_credits not in POLICIES:
            raise error(
                f"insert-credits: stream-credits must be one of {', '.join(POLICIES)}, got '{self.stream_credits}'"
            )
        if self.write_credits < 0:
            raise error(
                f"insert-credits: write-credits must be 0 (the depth) or positive, got {self.write_credits}"
            )
        check_level(op, self.name, "df", "run allocate-units first")
        sections = [
            c for top in payload_ops(op) for c in top.walk() if isinstance(c, ChipOp)
        ]
        plans = [self._plan(c) for c in sections]  # all checks before any change
        for chip_op, credits in zip(sections, plans):
            for c in credits:
                chip_op.body.block.add_op(c)

    def _plan(self, chip_op: ChipOp) -> list[CreditOp]:
        chip = chip_op.description
        control: dict[tuple, RouteOp] = {}
        existing: set[tuple] = set()
        for o in chip_op.body.block.ops:
            if isinstance(o, RouteOp) and o.network.data == "control":
                key = (
                    o.source,
                    o.source_port.value.data,
                    o.dest,
                    o.dest_port.value.data,
                )
                control.setdefault(key, o)
            elif isinstance(o, CreditOp):
                existing.add((o.kind.data, o.holder, o.source, *o.ports))
        out: list[CreditOp] = []
        for route in chip_op.routes():
            if route.network.data == "control":
                continue
            sp, dp = route.source_port.value.data, route.dest_port.value.data
            back = control.get((route.dest, dp, route.source, sp))
            if back is None:
                raise error_at(
                    route,
                    f"insert-credits: the link {route.source.owner.describe()}[{sp}] -> "  # type: ignore[union-attr]
                    f"{route.dest.owner.describe()}[{dp}] has no control route back for its "  # type: ignore[union-attr]
                    "credit tokens (allocate-units reserves one per link)",
                )
            tokens = ["vector_credit"]
            if isinstance(route.source.owner, PmuOp):
                tokens.append(
                    "tile_released"
                )  # the reader is done with a tile: the PMU may free it
            wanted = [
                ("stream", stream_credits(self.stream_credits, route, back, chip))
            ]
            dest = route.dest.owner
            if isinstance(dest, PmuOp):
                depth = dest.depth.value.data
                writes = min(self.write_credits, depth) if self.write_credits else depth
                wanted += [("ready", depth), ("write", writes)]
                tokens += ["read_ready", "write_done"]
            for kind, init in wanted:
                if (kind, route.source, route.dest, sp, dp) in existing:
                    continue
                out.append(CreditOp(kind, route.source, sp, route.dest, dp, init))
                bump(self, f"{kind} credit counters")
            back.attributes["tokens"] = ArrayAttr([StringAttr(t) for t in tokens])
        return out
