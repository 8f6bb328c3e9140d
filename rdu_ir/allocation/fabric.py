"""The chip's interconnect as data: the switch mesh, its directed links and where units attach.

A chip of `rows x cols` sites has a `(rows+1) x (cols+1)` mesh of switches. A unit at site
(r, c) attaches to the four switches at its corners; an AGCU attaches to one edge switch.
Neighbouring switches are joined by a link in each direction, and each link carries
`chip.<network>_links` independent tracks per network (vector, scalar, control), so a
route occupies one track of every link it crosses on its network.

Switches are numbered row-major (`r * (cols+1) + c`) and links are numbered densely, so
placement and routing keep their state in flat arrays; `graph()` gives the same fabric as
a networkx graph for analyses that want one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import networkx as nx
import numpy as np

from rdu_ir.chip import Chip

NETWORKS: tuple[str, ...] = ("vector", "scalar", "control")
"""The networks a route can use, in the order of the first axis of capacity arrays."""

UNIT_KINDS: tuple[str, ...] = ("pcu", "pmu", "agcu")

Site = tuple[int, int] | int
"""A unit's site: (row, col) for a PCU or PMU, the AGCU's index for an AGCU."""

Switch = tuple[int, int]
"""A switch position (row, col) in the (rows+1) x (cols+1) mesh."""


@dataclass(frozen=True)
class Endpoint:
    """One end of a connection: a unit kind and its site."""

    kind: str
    site: Site


class Fabric:
    """Switch mesh, link numbering, capacities and unit attachment of one chip."""

    def __init__(self, chip: Chip):
        self.chip = chip
        self.srows = chip.rows + 1
        self.scols = chip.cols + 1
        self.num_switches = self.srows * self.scols
        src: list[int] = []
        dst: list[int] = []
        # out_links[s]: (link, neighbour switch) pairs, in a fixed N, S, W, E order.
        self.out_links: list[list[tuple[int, int]]] = [[] for _ in range(self.num_switches)]
        self._link_of: dict[tuple[int, int], int] = {}
        for r in range(self.srows):
            for c in range(self.scols):
                s = r * self.scols + c
                for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < self.srows and 0 <= cc < self.scols:
                        t = rr * self.scols + cc
                        link = len(src)
                        src.append(s)
                        dst.append(t)
                        self.out_links[s].append((link, t))
                        self._link_of[(s, t)] = link
        self.link_src = np.array(src, dtype=np.int64)
        self.link_dst = np.array(dst, dtype=np.int64)
        self.num_links = len(src)
        self.capacity = {net: getattr(chip, f"{net}_links") for net in NETWORKS}
        self.agcu_positions: list[Switch] = chip.agcu_switches()

    # --- numbering ------------------------------------------------------------------
    def switch_id(self, sw: Switch) -> int:
        return sw[0] * self.scols + sw[1]

    def switch_pos(self, s: int) -> Switch:
        return divmod(s, self.scols)

    def link(self, a: Switch, b: Switch) -> int | None:
        """The id of the directed link a -> b, or None when a and b are not neighbours."""
        return self._link_of.get((self.switch_id(a), self.switch_id(b)))

    def in_mesh(self, sw: Switch) -> bool:
        return 0 <= sw[0] < self.srows and 0 <= sw[1] < self.scols

    # --- attachment -----------------------------------------------------------------
    def site_ok(self, kind: str, site: Site) -> str | None:
        """None when `site` is a legal site for a unit of `kind`, else the reason it is not."""
        chip = self.chip
        if kind == "agcu":
            if not isinstance(site, int) or not 0 <= site < chip.agcu_count:
                return f"AGCU index {site} outside 0..{chip.agcu_count - 1}"
            return None
        if kind not in ("pcu", "pmu"):
            return f"unknown unit kind '{kind}'"
        if not isinstance(site, tuple) or len(site) != 2:
            return f"site {site} is not a (row, col) pair"
        r, c = site
        if not (0 <= r < chip.rows and 0 <= c < chip.cols):
            return f"site ({r}, {c}) outside the {chip.rows}x{chip.cols} grid"
        actual = chip.unit_kind(r, c)
        if actual != kind:
            return f"site ({r}, {c}) holds a {actual.upper()}, not a {kind.upper()}"
        return None

    def attach_switches(self, kind: str, site: Site) -> list[Switch]:
        """The switches a unit at `site` connects to (its corners, or the AGCU's switch)."""
        if kind == "agcu":
            assert isinstance(site, int)
            return [self.agcu_positions[site]]
        assert isinstance(site, tuple)
        r, c = site
        return [(r, c), (r, c + 1), (r + 1, c), (r + 1, c + 1)]

    def span(self, kind: str, site: Site) -> tuple[int, int, int, int]:
        """(row_lo, row_hi, col_lo, col_hi) of the switches a unit attaches to."""
        if kind == "agcu":
            assert isinstance(site, int)
            r, c = self.agcu_positions[site]
            return r, r, c, c
        assert isinstance(site, tuple)
        r, c = site
        return r, r + 1, c, c + 1

    def sites(self, kind: str) -> list[Site]:
        """All sites of `kind` in a fixed order (row-major; AGCUs by index)."""
        if kind == "agcu":
            return list(range(self.chip.agcu_count))
        return list(self.chip.sites(kind))  # type: ignore[arg-type]

    # --- networkx view ----------------------------------------------------------------
    @cached_property
    def graph(self) -> nx.DiGraph:
        """Switches ("sw", r, c), units ("pcu"/"pmu", r, c) and AGCUs ("agcu", i) as nodes.

        Switch-to-switch edges carry `link` (the link id) and one capacity attribute per
        network; unit-to-switch edges (both directions) carry `port=True`.
        """
        g = nx.DiGraph()
        for s in range(self.num_switches):
            g.add_node(("sw", *self.switch_pos(s)))
        for link in range(self.num_links):
            a = self.switch_pos(int(self.link_src[link]))
            b = self.switch_pos(int(self.link_dst[link]))
            g.add_edge(("sw", *a), ("sw", *b), link=link, **self.capacity)
        for kind in UNIT_KINDS:
            for site in self.sites(kind):
                node = (kind, site) if kind == "agcu" else (kind, *site)  # type: ignore[misc]
                g.add_node(node)
                for sw in self.attach_switches(kind, site):
                    g.add_edge(node, ("sw", *sw), port=True)
                    g.add_edge(("sw", *sw), node, port=True)
        return g


def manhattan_gap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    """Fewest links between any switch of span `a` and any switch of span `b`."""
    return max(0, b[0] - a[1], a[0] - b[1]) + max(0, b[2] - a[3], a[2] - b[3])
