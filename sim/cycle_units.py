"""The units of one section as processes of the cycle engine (`cycle_engine`).

Data links are the section's vector (and scalar) routes, each with its latency (the hops'
`switch_latency` plus the links' `link_latency`), the latency of its control route back (for
credit tokens) and its credit counters (`rdu.credit`). A transaction moves or computes one tile:

* AGCU load: waits until the tensor's stores of the section are done, holds its tile credits
  (`ready`, `write`) on every outgoing link and its AGCU (shared by transfers on the same
  index), reserves the DRAM channel for the tile's bytes (`dram_bytes_per_cycle`, first come
  first served, so all AGCUs share it), then streams the tile's vectors out.
* PMU: passive. A tile is committed when its last vector arrived (`write-done` tokens go back);
  a slot is freed when every reader sent its last vector of the tile (`read-ready` tokens go
  back). Its read generator's stream is multicast to every reader route, one vector a cycle.
* PCU: one tile step a transaction: its main-phase input tiles (and at a group's end its
  drain inputs and the tile credits of its outputs), `slots` issue slots (vectors / lanes /
  unroll, never fewer than its stage-ops / (lanes x stages) so no PCU beats the chip's peak),
  outputs leaving `pcu_stages` cycles (the pipeline fill) after their slot.
* AGCU store: reads a tile, then reserves the DRAM channel for its bytes.

A vector on a route is one issue vector: what one issue slot of the PCU at its end consumes
or produces on that port (`lanes` values of the vector counter, times the `unroll` factor when
the unrolled counter is among the port's counters); a transfer between an AGCU and a PMU moves
ceil(elements / lanes) vectors. A route moves one vector a cycle and DRAM bytes are reserved on
the shared channel per tile.

A link without a `ready` counter into a PMU waits for a free slot of the PMU's depth instead,
and one without a `stream` counter never stalls on stream credits. Tile credits of a PCU's
outputs are taken when the step that emits them starts (for a reduction: the group's last step).
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from rdu_ir.chip import Chip
from rdu_ir.diagnostics import error_at
from rdu_ir.dialects.rdu import AgcuOp, ChipOp, PcuOp, PmuOp, RouteOp, UnitOp
from rdu_ir.dialects.rdu_checks import int_attr, ints_attr
from rdu_ir.dialects.rdu_credits import CreditOp
from rdu_ir.sim.cycle_engine import CreditCounter, Engine, Signal, Until, Wait
from rdu_ir.sim.cycle_timing import Stream, coarse_burst, fine_burst, vectors_of
from rdu_ir.sim.cycle_values import AgcuValues, PcuValues, PmuValues, merge
from rdu_ir.sim.df_values import Lanes


def route_latency(route: RouteOp, chip: Chip) -> int:
    return route.length * chip.link_latency + len(route.hop_list) * chip.switch_latency


class Link:
    """A data route with its credits and, for a streamed source, its queue of tile tokens."""

    def __init__(self, engine: Engine, route: RouteOp, chip: Chip, back: int | None):
        self.route = route
        self.src: UnitOp = route.source.owner  # type: ignore[assignment]
        self.dst: UnitOp = route.dest.owner  # type: ignore[assignment]
        self.sp, self.dp = route.source_port.value.data, route.dest_port.value.data
        self.latency = route_latency(route, chip)
        self.back = self.latency if back is None else back
        self.stream: int | None = None
        self.ready: CreditCounter | None = None
        self.write: CreditCounter | None = None
        self.queue: deque = deque()
        self.signal = Signal(engine)
        # reader state when the source is a PMU
        self.next_tile = 0
        self.sent = 0
        self.free_at = 0.0
        self.credit_free = 0.0

    def describe(self) -> str:
        return f"@{self.src.unit_name}[{self.sp}] -> @{self.dst.unit_name}[{self.dp}]"


class Dram:
    """The DRAM tensors and the one channel all AGCUs share."""

    def __init__(self, arrays: dict[str, np.ndarray], chip: Chip):
        self.arrays = arrays
        self.free = 0.0
        self.bytes_per_cycle = chip.dram_bytes_per_cycle
        self.bytes = 0

    def reserve(self, t: float, nbytes: int) -> tuple[float, float]:
        start = max(t, self.free)
        self.free = start + nbytes / self.bytes_per_cycle
        self.bytes += nbytes
        return start, self.free


class PmuState(Signal):
    """A PMU's slots. Input port w is the buffer's w-th writer: a tile is written by port 0,
    then port 1, ... and committed when every port finished it. When the ports' write
    generators cover disjoint addresses the order cannot change a value, and the PMU takes
    their writes as they come (only the tile credits bound each writer)."""

    def __init__(self, engine: Engine, op: PmuOp, chip: Chip):
        super().__init__(engine)
        self.op = op
        self.values = PmuValues(op)
        self.depth = op.depth.value.data
        self.read_ports = chip.pmu_read_ports
        self.writers: dict[int, list[Link]] = {}
        self.readers: list[Link] = []
        self.pending: dict[tuple[int, int], list] = {}
        self.parts: dict[int, list] = {}
        self.written: dict[int, int] = {}
        self.slots: dict[int, tuple[np.ndarray, float]] = {}
        self.committed = 0
        self.freed = 0
        self.released: dict[int, int] = {}
        self.stats: dict[str, float] = {"busy": 0.0, "stalled_input": 0.0, "stalled_credit": 0.0}

    def writer_links(self) -> list[Link]:
        return [link for p in sorted(self.writers) for link in self.writers[p]]

    def reader_rate(self) -> float:
        """Vectors a cycle to each reader route: the one read generator's stream is multicast
        to every route of output port 0, one vector a cycle (the ports let readers that are
        a tile apart read two slots at once)."""
        return 1.0

    def may_write(self, link: Link) -> bool:
        """Port order, and (without a ready counter) a free slot of the buffer's depth."""
        tile = link.sent
        if link.dp > 0 and not self.values.disjoint:
            return self.written.get(link.dp - 1, 0) > tile
        return link.ready is not None or tile - self.freed < self.depth

    def deliver(self, link: Link, tile: int, tok: Lanes, arrive_last: float, vectors: int) -> None:
        port = link.dp

        def land() -> None:
            self.stats["busy"] += vectors
            toks = self.pending.setdefault((port, tile), [])
            toks.append(tok)
            if len(toks) < len(self.writers[port]):
                return
            del self.pending[(port, tile)]
            self.parts.setdefault(tile, {})[port] = merge(toks)
            self.written[port] = tile + 1
            for w in self.writers[port]:
                if w.write is not None:
                    w.write.give_at(self.engine.now + w.back)
            n = max(self.writers) + 1
            while len(self.parts.get(self.committed, ())) == n:
                parts = self.parts.pop(self.committed)
                self.slots[self.committed] = (self.values.write([parts[p] for p in range(n)]), self.engine.now)
                self.committed += 1
            self.notify()

        self.engine.at(arrive_last + 1, land)

    def release(self, tile: int, t: float, vectors: int) -> None:
        def free() -> None:
            self.stats["busy"] += vectors / self.read_ports
            n = self.released.get(tile, 0) + 1
            self.released[tile] = n
            if n == len(self.readers):
                del self.released[tile]
                self.slots.pop(tile, None)
                self.freed += 1
                for w in self.writer_links():
                    if w.ready is not None:
                        w.ready.give_at(self.engine.now + w.back)
                self.notify()

        self.engine.at(t, free)


class Section:
    """One `rdu.chip`: builds the links, credits and processes, and runs them."""

    def __init__(self, chip_op: ChipOp, dram: Dram, fine: bool, origin: float):
        self.chip = chip_op.description
        self.engine = Engine(origin=origin, site=chip_op)
        self.burst = fine_burst if fine else coarse_burst
        self.dram = dram
        self.stats: dict[str, dict] = {}
        self.vector_ops = 0
        self.flops = 0.0
        e, chip = self.engine, self.chip
        back: dict[tuple, int] = {}
        for r in chip_op.routes():
            if r.network.data == "control":
                key = (r.dest.owner, r.dest_port.value.data, r.source.owner, r.source_port.value.data)
                back[key] = route_latency(r, chip)
        self.links: list[Link] = []
        by_ends: dict[tuple, Link] = {}
        for r in chip_op.routes():
            if r.network.data == "control":
                continue
            key = (r.source.owner, r.source_port.value.data, r.dest.owner, r.dest_port.value.data)
            link = Link(e, r, chip, back.get(key))
            self.links.append(link)
            by_ends[key] = link
        for op in chip_op.body.block.ops:
            if isinstance(op, CreditOp):
                hp, sp = op.ports
                link = by_ends.get((op.holder.owner, hp, op.source.owner, sp))
                if link is None:
                    raise error_at(op, "credit counter on a link without a data route")
                label = f"{op.kind.data} @{link.src.unit_name}[{hp}] <- @{link.dst.unit_name}[{sp}]"
                if op.kind.data == "stream":
                    link.stream = op.init_value
                else:
                    setattr(link, op.kind.data, e.counter(label, op.init_value))
        self.pmus: dict[UnitOp, PmuState] = {}
        for u in chip_op.units():
            if isinstance(u, PmuOp):
                self.pmus[u] = PmuState(e, u, chip)
        for link in self.links:
            if link.dst in self.pmus:
                pmu = self.pmus[link.dst]
                if not 0 <= link.dp < pmu.values.ports:
                    raise error_at(link.route, f"PMU @{link.dst.unit_name} has no write port {link.dp}")
                pmu.writers.setdefault(link.dp, []).append(link)
            if link.src in self.pmus:
                if isinstance(link.dst, PmuOp):
                    raise error_at(link.route, "a PMU feeding a PMU directly is not simulated")
                self.pmus[link.src].readers.append(link)
        # stores per tensor, so loads of the tensor wait for them
        self.pending_stores: dict[str, int] = {}
        self.done_stores: set[str] = set()
        self.store_signal = Signal(e)
        self.agcu_free: dict[int, float] = {}
        for u in chip_op.units():
            if isinstance(u, AgcuOp) and u.direction.data == "store":
                self.pending_stores[u.tensor.data] = self.pending_stores.get(u.tensor.data, 0) + 1
        for u in chip_op.units():
            stats = {"busy": 0.0, "stalled_input": 0.0, "stalled_credit": 0.0}
            site = list(u.site) if isinstance(u.site, tuple) else u.site
            if isinstance(u, PmuOp):
                stats = self.pmus[u].stats
            self.stats[u.unit_name] = {"kind": u.KIND, "site": site, "stats": stats}
            name = u.describe()
            if isinstance(u, PcuOp):
                e.spawn(name, self.pcu(u, stats), stats)
            elif isinstance(u, AgcuOp):
                gen = self.load(u, stats) if u.direction.data == "load" else self.store(u, stats)
                e.spawn(name, gen, stats)

    # --- shared pieces ---------------------------------------------------------------------
    def inputs(self, u: UnitOp, port: int) -> list[Link]:
        return [link for link in self.links if link.dst is u and link.dp == port]

    def outputs(self, u: UnitOp) -> dict[int, list[Link]]:
        out: dict[int, list[Link]] = {}
        for link in self.links:
            if link.src is u:
                out.setdefault(link.sp, []).append(link)
        return out

    def available(self, link: Link) -> bool:
        if link.src in self.pmus:
            return self.pmus[link.src].committed > link.next_tile
        return bool(link.queue)

    def waiting_input(self, links: list[Link]) -> Wait:
        def what() -> str:
            missing = [link for link in links if not self.available(link)]
            return "input " + ", ".join(
                f"tile {link.next_tile} on {link.describe()}" for link in missing
            )

        signals = [self.pmus[link.src] if link.src in self.pmus else link.signal for link in links]
        return Wait("stalled_input", lambda: all(self.available(link) for link in links), what, signals)

    def has_room(self, link: Link) -> bool:
        if link.dst in self.pmus:
            ok = self.pmus[link.dst].may_write(link)
            ok = ok and (link.ready is None or link.ready.value > 0)
            return ok and (link.write is None or link.write.value > 0)
        return not link.queue

    def waiting_credit(self, links: list[Link]) -> Wait:
        def what() -> str:
            parts = []
            for link in links:
                if self.has_room(link):
                    continue
                if link.dst in self.pmus:
                    held = [c for c in (link.ready, link.write) if c is not None and c.value == 0]
                    why = ", ".join(f"credit '{c.label}' (0 of {c.init})" for c in held)
                    if link.dp > 0 and not self.pmus[link.dst].may_write(link):
                        why = f"writer port {link.dp - 1} of @{link.dst.unit_name} to write tile {link.sent} first"
                    parts.append(why or f"a free slot of @{link.dst.unit_name} (depth {self.pmus[link.dst].depth})")
                else:
                    parts.append(f"@{link.dst.unit_name} to take the previous tile on {link.describe()}")
            return "; ".join(parts)

        signals: list[Signal] = []
        for link in links:
            signals += [c for c in (link.ready, link.write) if c is not None]
            signals.append(self.pmus[link.dst] if link.dst in self.pmus else link.signal)
        return Wait("stalled_credit", lambda: all(self.has_room(link) for link in links), what, signals)

    def claim(self, links: list[Link]) -> None:
        for link in links:
            for c in (link.ready, link.write):
                if c is not None:
                    c.take()

    def take(self, link: Link, now: float) -> tuple[Lanes, float, float]:
        """The next tile on an input link: (value, source start time, source rate)."""
        if link.src in self.pmus:
            pmu = self.pmus[link.src]
            slot, commit = pmu.slots[link.next_tile]
            start = max(commit, link.free_at, link.credit_free, 0.0)
            return pmu.values.read(slot), start, pmu.reader_rate()
        tok, first, last, vectors = link.queue.popleft()
        link.signal.notify()
        rate = min(1.0, vectors / max(1.0, last - first + 1))
        return tok, first, rate

    def finish_feed(self, link: Link, last_send: float, credit_free: float, vectors: int) -> None:
        if link.src in self.pmus:
            self.pmus[link.src].release(link.next_tile, last_send + 1, vectors)
        link.free_at = last_send + 1
        link.credit_free = credit_free
        link.next_tile += 1

    def send(self, link: Link, tile: int, tok: Lanes, first: float, last: float, vectors: int) -> None:
        link.sent += 1
        if link.dst in self.pmus:
            self.pmus[link.dst].deliver(link, tile, tok, last + link.latency, vectors)
        else:
            link.queue.append((tok, first + link.latency, last + link.latency, vectors))
            self.engine.at(first + link.latency, link.signal.notify)

    def feed(self, link: Link, start: float, rate: float, vectors: int) -> Stream:
        return Stream(vectors, link.latency, link.stream, link.back, start=start, rate=rate)

    def out(self, link: Link, vectors: int) -> Stream:
        return Stream(vectors, link.latency, link.stream, link.back)

    def account(self, stats: dict, busy: float, b) -> None:
        stats.setdefault("first", b.first)
        stats["last"] = b.last + 1
        stats["busy"] += busy
        stats["stalled_input"] += b.stall_input
        stats["stalled_credit"] += b.stall_credit

    # --- AGCUs -----------------------------------------------------------------------------
    def _after(self, u: AgcuOp) -> list[str]:
        a = u.attributes.get("after")
        return [x.root_reference.data for x in getattr(a, "data", ())]  # type: ignore[attr-defined]

    def tensor_wait(self, u: AgcuOp, load: bool) -> Wait:
        tensor, after = u.tensor.data, self._after(u)

        def ready() -> bool:
            if load and self.pending_stores.get(tensor, 0):
                return False
            return all(n in self.done_stores for n in after)

        def what() -> str:
            if load and self.pending_stores.get(tensor, 0):
                return f"the stores into DRAM tensor '{tensor}' to finish"
            return "stores " + ", ".join("@" + n for n in after if n not in self.done_stores) + " to finish"

        return Wait("stalled_input", ready, what, [self.store_signal])

    def _vec_bytes(self, flat: np.ndarray) -> int:
        return self.chip.pcu_lanes * flat.dtype.itemsize

    def load(self, u: AgcuOp, stats: dict):
        vals = AgcuValues(u)
        flat = self.dram.arrays[u.tensor.data].reshape(-1)
        outs = [link for links in self.outputs(u).values() for link in links]
        vectors = math.ceil(vals.elements / self.chip.pcu_lanes)
        nbytes = vals.elements * flat.dtype.itemsize
        drate = self.dram.bytes_per_cycle / self._vec_bytes(flat)
        index = u.site
        for i in range(vals.tiles):
            yield self.tensor_wait(u, True)
            yield self.waiting_credit(outs)
            self.claim(outs)
            e = self.engine
            start = max(e.now, self.agcu_free.get(index, 0.0))
            if start > e.now:
                stats["stalled_input"] += start - e.now
            tok = vals.load(flat, i)
            d0, _ = self.dram.reserve(start, nbytes)
            b = self.burst(start, vectors, [Stream(vectors, 0, None, 0, start=d0, rate=drate)],
                           [self.out(link, vectors) for link in outs])  # fmt: skip
            for j, link in enumerate(outs):
                self.send(link, i, tok, b.out_first[j], b.out_last[j], vectors)
            self.agcu_free[index] = b.last + 1
            self.account(stats, vectors, b)
            yield Until(b.last + 1)

    def store(self, u: AgcuOp, stats: dict):
        vals = AgcuValues(u)
        flat = self.dram.arrays[u.tensor.data].reshape(-1)
        ins = self.inputs(u, 0)
        if not ins:
            raise error_at(u, f"store @{u.unit_name} has no route into its data port")
        vectors = math.ceil(vals.elements / self.chip.pcu_lanes)
        nbytes = vals.elements * flat.dtype.itemsize
        index = u.site
        yield self.tensor_wait(u, False)
        for i in range(vals.tiles):
            yield self.waiting_input(ins)
            e = self.engine
            start = max(e.now, self.agcu_free.get(index, 0.0))
            toks, feeds = [], []
            for link in ins:
                tok, s, rate = self.take(link, start)
                toks.append(tok)
                feeds.append(self.feed(link, s, rate, vectors))
            b = self.burst(start, vectors, feeds, [])
            for link, last, cf in zip(ins, b.feed_last_send, b.feed_credit_free):
                self.finish_feed(link, last, cf, vectors)
            vals.store(flat, i, merge(toks))
            _, dram_end = self.dram.reserve(b.first, nbytes)
            done = max(b.last + 1, dram_end)
            self.agcu_free[index] = done
            self.account(stats, vectors, b)
            stats["stalled_input"] += done - (b.last + 1)
            yield Until(done)
        tensor = u.tensor.data
        self.pending_stores[tensor] -= 1
        self.done_stores.add(u.unit_name)
        self.store_signal.notify()

    # --- PCUs ------------------------------------------------------------------------------
    def pcu(self, u: PcuOp, stats: dict):
        v = PcuValues(u)
        chip = self.chip
        vec = int_attr(u, "vector", -1)
        unroll_l = ints_attr(u, "unroll")
        unroll = (unroll_l[0], unroll_l[1]) if len(unroll_l) == 2 else None
        lanes = chip.pcu_lanes
        elem_pts = {c: v.trips[c] for c in v.elem}
        live_pts = {c: v.trips[c] for c in (v.live if v.red_stage is not None else v.elem)}
        main_vectors = vectors_of(elem_pts, vec, lanes, unroll)
        out_vectors = vectors_of(live_pts, vec, lanes, unroll)
        n_main = len(v.stages) if v.red_stage is None else v.red_stage + 1
        n_drain = len(v.stages) - n_main
        points = math.prod(elem_pts.values())
        live = math.prod(live_pts.values())
        fu = chip.pcu_lanes * chip.pcu_stages
        main_ports = v.main_ports()
        drain_ports = sorted(v.drain_in)
        feeds_of = {k: self.inputs(u, k) for k in range(v.n_in)}
        for k, links in feeds_of.items():
            if not links:
                raise error_at(u, f"PCU @{u.unit_name}: input port {k} has no route")
        outs_of = self.outputs(u)
        out_links = [link for j in sorted(outs_of) for link in outs_of[j]]
        main_links = [link for k in main_ports for link in feeds_of[k]]
        drain_links = [link for k in drain_ports for link in feeds_of[k]]
        flops_main = sum(2 if op == "fma" else 1 for op, _ in v.stages[:n_main])
        flops_drain = sum(2 if op == "fma" else 1 for op, _ in v.stages[n_main:])
        for step in range(v.steps):
            emits = v.emits(step)
            yield self.waiting_input(main_links + (drain_links if emits else []))
            if emits and out_links:
                yield self.waiting_credit(out_links)
                self.claim(out_links)
            now = self.engine.now
            main: dict[int, Lanes] = {}
            feeds: list[Stream] = []
            used: list[tuple[Link, int]] = []
            for k in main_ports:
                toks = []
                for link in feeds_of[k]:
                    tok, s, rate = self.take(link, now)
                    toks.append(tok)
                    feeds.append(self.feed(link, s, rate, main_vectors))
                    used.append((link, main_vectors))
                main[k] = merge(toks)
            drain: dict[int, Lanes] = {}
            if emits:
                for k in drain_ports:
                    toks = []
                    for link in feeds_of[k]:
                        tok, s, rate = self.take(link, now)
                        toks.append(tok)
                        feeds.append(self.feed(link, s, rate, out_vectors))
                        used.append((link, out_vectors))
                    drain[k] = merge(toks)
            results = v.step(step, main, drain)
            ops = n_main * points + (n_drain * live if emits else 0)
            slots = max(main_vectors, math.ceil(ops / fu))
            outs = [self.out(link, out_vectors) for link in out_links] if emits else []
            b = self.burst(now, slots, feeds, outs)
            for (link, n), last, cf in zip(used, b.feed_last_send, b.feed_credit_free):
                self.finish_feed(link, last, cf, n)
            if emits and results is not None:
                for link, first, last in zip(out_links, b.out_first, b.out_last):
                    if link.sp >= len(results):
                        raise error_at(u, f"PCU @{u.unit_name}: output port {link.sp} is routed but not in 'outputs'")
                    fill = chip.pcu_stages
                    self.send(link, link.sent, results[link.sp], first + fill, last + fill, out_vectors)
            self.account(stats, slots, b)
            self.vector_ops += slots * len(v.stages)
            self.flops += lanes_flops(points, live, flops_main, flops_drain, emits)
            yield Until(b.last + 1)

    def run(self) -> float:
        return self.engine.run()


def lanes_flops(points: int, live: int, main: int, drain: int, emits: bool) -> float:
    return points * main + (live * drain if emits else 0)
