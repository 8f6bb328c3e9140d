"""Event-driven, transaction-level simulation of one `rdu.chip` section.

Every unit is a coroutine over whole-tile transactions (`cycle_units`); the scheduler keeps a
heap of (time, sequence, process) and wakes a waiting process only when something it waits on
changes (a credit returned, a tile committed, a store finished), so idle units cost nothing.
When the heap is empty and processes are still waiting, no unit can advance: a deadlock,
reported with the cycle, every waiting unit's reason and every empty credit counter.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from rdu_ir.diagnostics import error_at


class Signal:
    """Something processes wait on; `notify` re-checks them at the current time."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.waiters: list[Process] = []

    def notify(self) -> None:
        waiters, self.waiters = self.waiters, []
        for p in waiters:
            if p.waiting is not None and not p.queued:
                self.engine.push(self.engine.now, p)


@dataclass
class Wait:
    """A process's condition: `ready()`; `kind` is the stat a stall is charged to."""

    kind: str
    ready: Callable[[], bool]
    what: Callable[[], str]
    signals: list[Signal]


@dataclass
class Until:
    time: float


@dataclass
class Process:
    name: str
    gen: Generator
    stats: dict[str, float]
    waiting: Wait | None = None
    since: float = 0.0
    queued: bool = False
    done: bool = False


class CreditCounter(Signal):
    """An `rdu.credit` counter: spent by its holder, given back by tokens arriving later."""

    def __init__(self, engine: Engine, label: str, init: int):
        super().__init__(engine)
        self.label, self.value, self.init = label, init, init

    def take(self) -> None:
        assert self.value > 0
        self.value -= 1

    def give_at(self, t: float) -> None:
        def give() -> None:
            self.value += 1
            self.notify()

        self.engine.at(t, give)


@dataclass
class Engine:
    origin: float = 0.0
    now: float = 0.0
    heap: list = field(default_factory=list)
    seq: itertools.count = field(default_factory=itertools.count)
    processes: list[Process] = field(default_factory=list)
    counters: list[CreditCounter] = field(default_factory=list)
    site: object = None
    """The op deadlock reports are located at."""

    def push(self, t: float, p: Process) -> None:
        p.queued = True
        heapq.heappush(self.heap, (t, next(self.seq), p))

    def at(self, t: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self.heap, (max(t, self.now), next(self.seq), fn))

    def spawn(self, name: str, gen: Generator, stats: dict[str, float]) -> Process:
        p = Process(name, gen, stats)
        self.processes.append(p)
        self.push(self.now, p)
        return p

    def counter(self, label: str, init: int) -> CreditCounter:
        c = CreditCounter(self, label, init)
        self.counters.append(c)
        return c

    def run(self) -> float:
        """Run to completion; the time the last event happened."""
        while self.heap:
            t, _, item = heapq.heappop(self.heap)
            self.now = max(self.now, t)
            if isinstance(item, Process):
                item.queued = False
                self._advance(item)
            else:
                item()
        stuck = [p for p in self.processes if not p.done]
        if stuck:
            self._deadlock(stuck)
        return self.now

    def _advance(self, p: Process) -> None:
        if p.waiting is not None:
            w = p.waiting
            if not w.ready():
                for s in w.signals:
                    s.waiters.append(p)
                return
            p.stats[w.kind] = p.stats.get(w.kind, 0.0) + (self.now - p.since)
            p.waiting = None
        while True:
            try:
                cmd = p.gen.send(None)
            except StopIteration:
                p.done = True
                return
            if isinstance(cmd, Until):
                if cmd.time > self.now:
                    self.push(cmd.time, p)
                    return
                continue
            if cmd.ready():
                continue
            p.waiting, p.since = cmd, self.now
            for s in cmd.signals:
                s.waiters.append(p)
            return

    def _deadlock(self, stuck: list[Process]) -> None:
        lines = [f"deadlock at cycle {int(self.origin + self.now)}: no unit can advance"]
        for p in stuck:
            what = p.waiting.what() if p.waiting is not None else "nothing (not resumed)"
            lines.append(f"  {p.name} waits for {what}")
        empty = [c.label for c in self.counters if c.value == 0]
        if empty:
            lines.append("  empty credit counters: " + ", ".join(empty))
        raise error_at(self.site, "\n".join(lines))
