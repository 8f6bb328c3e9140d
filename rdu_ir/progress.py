"""Progress bars on stderr for long steps (placement, routing, simulation of large programs).

    from rdu_ir.progress import progress
    with progress("placement", total=steps) as bar:
        for step in range(steps):
            ...
            bar.update()

A bar is drawn only when stderr is a terminal and the driver did not ask for quiet
(`set_quiet(True)` from `--quiet`); everywhere else (pipes, CI, tests, library use) it costs one
attribute test per `update`. `RDU_IR_PROGRESS=1` forces bars on (for trying them in a pipe),
`RDU_IR_PROGRESS=0` forces them off. Redraws are limited to ten a second, so calling `update`
in a hot loop is fine. A small writer rather than tqdm: one line of `\\r`-redrawn text is all
that is needed, and the core install stays free of dependencies for it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, TextIO

_quiet = False

WIDTH = 30
INTERVAL = 0.1  # seconds between redraws


def set_quiet(quiet: bool) -> None:
    """Drivers call this with their `--quiet` flag before running passes or the simulator."""
    global _quiet
    _quiet = quiet


def enabled(stream: IO[str] | None = None) -> bool:
    forced = os.environ.get("RDU_IR_PROGRESS")
    if forced in ("0", "1"):
        return forced == "1"
    if _quiet:
        return False
    stream = stream if stream is not None else sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


class Progress:
    """One bar. `total=0` (unknown) shows a counter instead of a bar."""

    def __init__(self, desc: str, total: int = 0, *, stream: TextIO | None = None, show: bool | None = None):
        self.desc = desc
        self.total = max(0, int(total))
        self.count = 0
        self.stream = stream if stream is not None else sys.stderr
        self.active = enabled(self.stream) if show is None else show
        self._start = time.monotonic()
        self._next = self._start  # first update draws
        self._drawn = False

    def update(self, n: int = 1) -> None:
        self.count += n
        if not self.active:
            return
        now = time.monotonic()
        if now >= self._next:
            self._next = now + INTERVAL
            self._draw(now)

    def set_description(self, desc: str) -> None:
        self.desc = desc

    def line(self, now: float | None = None) -> str:
        elapsed = (now if now is not None else time.monotonic()) - self._start
        if self.total:
            frac = min(1.0, self.count / self.total)
            filled = int(WIDTH * frac)
            bar = "#" * filled + "." * (WIDTH - filled)
            return f"{self.desc} [{bar}] {100 * frac:3.0f}% {self.count}/{self.total} {elapsed:.1f}s"
        return f"{self.desc} {self.count} {elapsed:.1f}s"

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar (the driver's own output follows on a clean line)."""
        if self.active and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
        self.active = False

    def __enter__(self) -> Progress:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress(desc: str, total: int = 0) -> Progress:
    """A bar for one step; use as a context manager so it is erased on errors too."""
    return Progress(desc, total)
