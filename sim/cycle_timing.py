"""Timing of one transaction of the cycle simulator: a burst of issue slots fed by vector streams.

A transaction (a PCU tile step, an AGCU tile transfer) issues `slots` consecutive slots, one a
cycle at best. Each input *feed* delivers `vectors` vectors, vector m needed at slot
q(m) = floor(m * slots / vectors); it leaves its source no earlier than `start + m / rate`,
crosses its route in `latency` cycles, and, with `credits` stream credits, vector m cannot leave
before the credit of vector m - credits came back (popped, then `back` cycles on the control
route). Each *out* stream sends `vectors` vectors the same way (its receiver pops on arrival).
A route moves at most one vector a cycle.

Two implementations of the same rules: `coarse_burst` in closed form (the period of a
credit-limited stream is max(credits, round trip) per `credits` vectors), used by default, and
`fine_burst`, which steps every vector (small programs; the test that the two agree).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Stream:
    vectors: int
    latency: int
    credits: int | None
    back: int
    start: float = 0.0
    """Feeds: earliest send time of the first vector at the source."""
    rate: float = 1.0
    """Feeds: source vectors per cycle (a route moves at most one)."""

    @property
    def round_trip(self) -> int:
        return self.latency + 1 + self.back


@dataclass
class Burst:
    first: float
    """Issue time of the first slot."""
    last: float
    """Issue time of the last slot."""
    feed_last_send: list[float] = field(default_factory=list)
    """Per feed: when its source sent the last vector (the source is busy until then)."""
    feed_credit_free: list[float] = field(default_factory=list)
    """Per feed: when the stream credits allow the first vector of the source's next tile."""
    out_first: list[float] = field(default_factory=list)
    """Per out: when the first vector leaves (before the pipeline's fill is added)."""
    out_last: list[float] = field(default_factory=list)
    stall_input: float = 0.0
    stall_credit: float = 0.0


def _slot(m: int, vectors: int, slots: int) -> int:
    """The slot that needs (a feed) or sends (an out) vector m: the last slot of its share."""
    return -(-(m + 1) * slots // vectors) - 1


def offset(m: int, rate: float, credits: int | None, round_trip: int) -> float:
    """Cycles after the first vector at which vector m can leave (rate- and credit-limited)."""
    r = min(rate, 1.0)
    plain = m / r
    if credits is None or credits <= 0:
        return plain
    return max(plain, (m // credits) * round_trip + (m % credits) / r)


def _arrival(f: Stream, m: int, first: float, slots: int) -> float:
    """When feed vector m can arrive: its source's rate from `start`, and once the credits are
    spent, a round trip after the consumer (popping from `first` on) freed the credit."""
    r = min(f.rate, 1.0)
    t = f.start + f.latency + m / r
    if f.credits and m >= f.credits:
        k = m % f.credits
        t = max(t, first + (m // f.credits) * f.round_trip + max(k / r, _slot(k, f.vectors, slots)))
    return t


def _emission(o: Stream, m: int, first: float, slots: int) -> float:
    """When out vector m can leave: at its slot, and a round trip after vector m - credits."""
    t = first + _slot(m, o.vectors, slots)
    if o.credits and m >= o.credits:
        k = m % o.credits
        t = max(t, first + (m // o.credits) * o.round_trip + _slot(k, o.vectors, slots))
    return t


def coarse_burst(ready: float, slots: int, feeds: list[Stream], outs: list[Stream]) -> Burst:
    slots = max(slots, 1)
    first = ready
    for f in feeds:
        if f.vectors:
            first = max(first, f.start + f.latency)
    nominal = first + slots - 1
    end_in = nominal

    def tail(m: int, vectors: int) -> int:
        return slots - 1 - _slot(m, vectors, slots)

    for f in feeds:
        if f.vectors:
            m = f.vectors - 1
            end_in = max(end_in, _arrival(f, m, first, slots) + tail(m, f.vectors))
    end = end_in
    for o in outs:
        if o.vectors:
            m = o.vectors - 1
            end = max(end, _emission(o, m, first, slots) + tail(m, o.vectors))
    b = Burst(first, end, stall_input=(first - ready) + (end_in - nominal), stall_credit=end - end_in)

    def at_slot(k: int) -> float:
        """When slot k issues: after every vector it needs arrived, before the last slot's tail."""
        t = first + k
        for g in feeds:
            m = (k + 1) * g.vectors // slots - 1
            if g.vectors and m >= 0:
                t = max(t, _arrival(g, m, first, slots))
        for o in outs:
            m = (k + 1) * o.vectors // slots - 1
            if o.vectors and m >= 0:
                t = max(t, _emission(o, m, first, slots))
        return min(end - (slots - 1 - k), t)

    def pop(f: Stream, m: int) -> float:
        return at_slot(_slot(m, f.vectors, slots))

    for f in feeds:
        if not f.vectors:
            b.feed_last_send.append(f.start)
            b.feed_credit_free.append(f.start)
            continue
        m = f.vectors - 1
        send = f.start + m / min(f.rate, 1.0)
        if f.credits and m >= f.credits:
            send = max(send, pop(f, m - f.credits) + 1 + f.back)
        b.feed_last_send.append(send)
        if f.credits is None or f.credits > f.vectors:
            b.feed_credit_free.append(f.start)
        else:
            b.feed_credit_free.append(pop(f, f.vectors - f.credits) + 1 + f.back)
    for o in outs:
        b.out_first.append(at_slot(_slot(0, o.vectors, slots)) if o.vectors else first)
        if not o.vectors:
            b.out_last.append(first)
            continue
        m = o.vectors - 1
        b.out_last.append(max(_emission(o, m, first, slots), end - tail(m, o.vectors)))
    return b


def fine_burst(ready: float, slots: int, feeds: list[Stream], outs: list[Stream]) -> Burst:
    """The same burst, vector by vector (a Python loop: for small programs and tests)."""
    slots = max(slots, 1)
    pops = [[0.0] * f.vectors for f in feeds]
    sends = [[0.0] * f.vectors for f in feeds]
    emits = [[0.0] * o.vectors for o in outs]
    fnext = [0] * len(feeds)
    onext = [0] * len(outs)
    stall_in = stall_cr = 0.0
    prev = ready - 1
    first = None
    for k in range(slots):
        t = prev + 1
        base = t
        for i, f in enumerate(feeds):
            m = fnext[i]
            while m < f.vectors and _slot(m, f.vectors, slots) <= k:
                s = f.start + m / min(f.rate, 1.0)
                if m:
                    s = max(s, sends[i][m - 1] + 1)
                if f.credits and m >= f.credits:
                    s = max(s, pops[i][m - f.credits] + 1 + f.back)
                sends[i][m] = s
                t = max(t, s + f.latency)
                m += 1
        after_in = t
        spans = []
        for j, o in enumerate(outs):
            m0 = m = onext[j]
            while m < o.vectors and _slot(m, o.vectors, slots) <= k:
                m += 1
            spans.append((m0, m))
            if m > m0:  # the slot issues when its first out vector may leave
                if m0:
                    t = max(t, emits[j][m0 - 1] + 1)
                if o.credits and m0 >= o.credits:
                    t = max(t, emits[j][m0 - o.credits] + o.round_trip)
        for j, o in enumerate(outs):
            m0, m = spans[j]
            e = t
            for x in range(m0, m):
                if x > m0:
                    e = max(e + 1, emits[j][x - o.credits] + o.round_trip if o.credits and x >= o.credits else 0)
                emits[j][x] = e
            onext[j] = m
        for i, f in enumerate(feeds):
            m = fnext[i]
            while m < f.vectors and _slot(m, f.vectors, slots) <= k:
                pops[i][m] = t
                m += 1
            fnext[i] = m
        stall_in += after_in - base
        stall_cr += t - after_in
        if first is None:
            first = t
        prev = t
    b = Burst(first if first is not None else ready, prev, stall_input=stall_in, stall_credit=stall_cr)
    for i, f in enumerate(feeds):
        if not f.vectors:
            b.feed_last_send.append(f.start)
            b.feed_credit_free.append(f.start)
            continue
        b.feed_last_send.append(sends[i][-1])
        if f.credits is None or f.credits > f.vectors:
            b.feed_credit_free.append(f.start)
        else:
            b.feed_credit_free.append(pops[i][f.vectors - f.credits] + 1 + f.back)
    for j, o in enumerate(outs):
        b.out_first.append(emits[j][0] if o.vectors else b.first)
        b.out_last.append(emits[j][-1] if o.vectors else b.first)
    return b


def vectors_of(points_by_counter: dict[int, int], vector: int, lanes: int, unroll: tuple[int, int] | None) -> int:
    """Issue vectors covering the given counters' points: the vector counter spread over the
    lanes, the unrolled counter over its factor (one issue vector a cycle)."""
    n = 1
    for c, trips in points_by_counter.items():
        if c == vector:
            trips = math.ceil(trips / lanes)
        if unroll is not None and c == unroll[0]:
            trips = math.ceil(trips / unroll[1])
        n *= trips
    return n
