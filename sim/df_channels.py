"""Bounded token buffers of the df simulator: memory units, streams and DRAM tensors.

A token is a whole tile (memory units) or a whole burst of one tile's vectors (streams).
Units never touch a channel's storage directly: they ask whether they may read or write
(`can_*`), and a unit that may not waits, with `waiting_for` saying why (the deadlock report).
"""

from __future__ import annotations

from collections import deque

import numpy as np


def blank(shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """A fresh tile: NaN for floats, so an element no writer covers is visible."""
    if np.issubdtype(dtype, np.floating):
        return np.full(shape, np.nan, dtype)
    return np.zeros(shape, dtype)


class Memory:
    """A df.memory: `depth` tile slots; writers fill each tile in their declared order; every
    reader sees every tile; a slot frees when all readers have released it."""

    def __init__(self, name: str, shape: tuple[int, ...], dtype: np.dtype, depth: int, writers: list[str]):
        self.name, self.shape, self.dtype, self.depth = name, shape, dtype, depth
        self.writers = writers
        self.written = {w: 0 for w in writers}  # tokens each writer has finished
        self.slots: deque[np.ndarray] = deque()
        self.base = 0  # token index of slots[0]
        self.readers: dict[str, int] = {}  # reader -> next token index

    # --- writers ---------------------------------------------------------------------------
    def can_write(self, writer: str) -> bool:
        k = self.written[writer]
        i = self.writers.index(writer)
        if i == 0:
            return k - self.base < self.depth
        return self.written[self.writers[i - 1]] > k

    def slot_for(self, writer: str) -> np.ndarray:
        """The tile the writer's next token goes to (allocated by the first writer)."""
        k = self.written[writer]
        if self.writers.index(writer) == 0:
            self.slots.append(blank(self.shape, self.dtype))
        return self.slots[k - self.base]

    def done_writing(self, writer: str) -> None:
        self.written[writer] += 1

    def committed(self) -> int:
        return self.written[self.writers[-1]]

    # --- readers ---------------------------------------------------------------------------
    def add_reader(self, reader: str) -> None:
        self.readers[reader] = 0

    def can_read(self, reader: str) -> bool:
        return self.readers[reader] < self.committed()

    def read(self, reader: str) -> np.ndarray:
        return self.slots[self.readers[reader] - self.base]

    def release(self, reader: str) -> None:
        self.readers[reader] += 1
        low = min(self.readers.values())
        while self.base < low:
            self.slots.popleft()
            self.base += 1

    def waiting_for(self, unit: str, write: bool) -> str:
        if write:
            i = self.writers.index(unit)
            if i > 0 and self.written[self.writers[i - 1]] <= self.written[unit]:
                return (
                    f"writer @{self.writers[i - 1]} to write tile {self.written[unit]} of memory "
                    f"@{self.name} first (declared writer order)"
                )
            slow = sorted(r for r, k in self.readers.items() if k == self.base)
            return (
                f"a free slot in memory @{self.name} (depth {self.depth}, all {self.depth} full; "
                f"unread by {', '.join('@' + r.replace('#', ' port ') for r in slow)})"
            )
        return (
            f"a tile in memory @{self.name} (tile {self.readers[unit]} needed, "
            f"{self.committed()} written so far)"
        )


class Stream:
    """A df.stream: a FIFO of tokens (one tile's vectors each), one writer, one reader."""

    def __init__(self, name: str, capacity: int):
        self.name, self.capacity = name, capacity
        self.fifo: deque[object] = deque()
        self.sent = 0

    def can_write(self, writer: str) -> bool:
        return len(self.fifo) < self.capacity

    def push(self, value: object) -> None:
        self.fifo.append(value)
        self.sent += 1

    def can_read(self, reader: str) -> bool:
        return bool(self.fifo)

    def pop(self) -> object:
        return self.fifo.popleft()

    def waiting_for(self, unit: str, write: bool) -> str:
        if write:
            return f"room in stream @{self.name} (capacity {self.capacity} tokens, full)"
        return f"a token on stream @{self.name} ({self.sent} sent so far, none pending)"


class Dram:
    """A DRAM tensor: readable once every store into it has finished."""

    def __init__(self, name: str, array: np.ndarray, writers: list[str]):
        self.name, self.array = name, array
        self.pending = list(writers)

    def ready(self) -> bool:
        return not self.pending

    def finished(self, writer: str) -> None:
        self.pending.remove(writer)

    def waiting_for(self) -> str:
        return f"DRAM tensor @{self.name} to be complete (stores {', '.join('@' + w for w in self.pending)} still running)"
