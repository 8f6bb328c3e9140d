"""Pass statistics, MLIR's `Statistic`: named counters a pass bumps while it runs.

A pass calls `bump(self, "conflicts found")` (or with a count); the driver collects the
counters per pass and prints them with `--pass-statistics`. Outside a driver the counters
still accumulate in `collected()`, so tests can read them.
"""

from __future__ import annotations

from collections import defaultdict

from xdsl.passes import ModulePass

_counters: dict[str, dict[str, int]] = defaultdict(dict)


def bump(pass_: ModulePass | str, counter: str, amount: int = 1) -> None:
    """Add `amount` to the counter `counter` of `pass_` (a pass instance or pass name)."""
    name = pass_ if isinstance(pass_, str) else pass_.name
    table = _counters[name]
    table[counter] = table.get(counter, 0) + amount


def collected() -> dict[str, dict[str, int]]:
    """All counters so far, by pass name, in the order they were first bumped."""
    return {name: dict(table) for name, table in _counters.items()}


def reset() -> None:
    _counters.clear()


def format_table(stats: dict[str, dict[str, int]]) -> str:
    """The statistics as an aligned text table (the `--pass-statistics` output)."""
    lines = ["===" + "-" * 60 + "===", "  ... Pass statistics report ...", "===" + "-" * 60 + "==="]
    for name, table in stats.items():
        lines.append(f"'{name}'")
        width = max((len(str(v)) for v in table.values()), default=1)
        for counter, value in table.items():
            lines.append(f"  ({value:>{width}}) {counter}")
    return "\n".join(lines) + "\n"
