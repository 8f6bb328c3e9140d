"""Routing: connect placed units through the switch mesh with PathFinder.

PathFinder (McMurchie & Ebeling, FPGA 1995) lets nets share links at first and then
negotiates: a link's cost is `(1 + history) * (1 + present_factor * overuse_if_taken)`,
where `history` grows every iteration a link stays over capacity and `present_factor`
grows geometrically, so nets that have alternatives move off contested links and the
ones that do not keep them. After the first iteration only the nets on links that have
ever been over-used are ripped up and re-routed (the congested ones and those holding the
contested links, which must feel the history cost to make way). Links are directed and
each carries `chip.<network>_links` tracks per network; a net takes one track of every
link it crosses, on its own network only.

A net is one connection, or all connections from the same output port of the same unit on
one network (`Connection.port`): those carry the same data, so they are routed as a tree
grown from the source, each sink joining it where cheapest, and share its tracks.

Each sink is found by A* from the source unit's switches (or the tree so far) to the
nearest switch of its destination unit (heuristic: Manhattan distance to the destination's
switches, admissible since every link costs at least 1), confined to the bounding box of
both ends widened by a margin that grows with the iteration. Once no link is over-used,
detoured nets are re-routed by shortest paths over the tracks left free. Deterministic:
nets are routed in the given order and heap ties break on switch numbers.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from rdu_ir.allocation.fabric import NETWORKS, Endpoint, Fabric, Switch
from rdu_ir.chip import Chip
from rdu_ir.diagnostics import RduError
from rdu_ir.progress import progress


@dataclass(frozen=True)
class Connection:
    """A route to find: from `source` to `dest` on `network` (vector, scalar or control)."""

    source: Endpoint
    dest: Endpoint
    network: str = "vector"
    name: str = ""
    port: int | None = None
    """The source's output port. Connections from one port of one unit on one network carry
    the same data, so they are routed as one tree (a broadcast) and share its tracks; with
    None the connection has tracks of its own."""


@dataclass(frozen=True)
class Routing:
    paths: tuple[tuple[Switch, ...], ...]
    """Per connection, its switches in order: the first touches the source unit, the last the
    destination unit; consecutive switches are neighbours. One switch = the units share a corner."""
    iterations: int
    usage: dict[str, np.ndarray] = field(repr=False)
    """Per network, tracks in use on every link (indexed by the fabric's link ids)."""

    @property
    def total_length(self) -> int:
        return sum(len(p) - 1 for p in self.paths)

    @property
    def max_length(self) -> int:
        return max((len(p) - 1 for p in self.paths), default=0)

    def most_congested(self, fabric: Fabric) -> tuple[str, Switch, Switch, int, int] | None:
        """(network, from switch, to switch, tracks used, capacity) of the fullest link."""
        best = None
        for net in NETWORKS:
            use = self.usage[net]
            if not use.size or use.max() == 0:
                continue
            link = int(np.argmax(use))
            ratio = use[link] / fabric.capacity[net]
            if best is None or ratio > best[0]:
                src = fabric.switch_pos(int(fabric.link_src[link]))
                dst = fabric.switch_pos(int(fabric.link_dst[link]))
                best = (ratio, (net, src, dst, int(use[link]), fabric.capacity[net]))
        return None if best is None else best[1]


MAX_PRESENT_FACTOR = 1000.0
"""Cap on the present-congestion factor (as in VPR), so history costs keep mattering."""


class UnroutableError(RduError):
    """A connection that could not be routed within the link capacities."""

    def __init__(self, message: str, connection: Connection):
        super().__init__(message)
        self.connection = connection


def describe(endpoint: Endpoint) -> str:
    if endpoint.kind == "agcu":
        return f"AGCU {endpoint.site}"
    return f"{endpoint.kind.upper()} {tuple(endpoint.site)}"  # type: ignore[arg-type]


def route(
    chip: Chip | Fabric,
    connections: Sequence[Connection],
    *,
    max_iterations: int = 100,
    present_factor: float = 0.5,
    present_growth: float = 1.3,
    history_factor: float = 0.5,
    margin: int = 2,
    negotiate: bool = True,
) -> Routing:
    """Route every connection; raises UnroutableError naming a connection that cannot fit.

    `negotiate=False` routes each connection once by its congestion-oblivious shortest path
    (the greedy baseline) and fails if that over-uses a link.
    """
    fabric = chip if isinstance(chip, Fabric) else Fabric(chip)
    for conn in connections:
        if conn.network not in NETWORKS:
            raise RduError(
                f"error: connection '{conn.name}' uses unknown network '{conn.network}' "
                f"(expected {', '.join(NETWORKS)})"
            )
        for end in (conn.source, conn.dest):
            why = fabric.site_ok(end.kind, end.site)
            if why is not None:
                raise RduError(f"error: connection '{conn.name}': {why}")

    scols, srows = fabric.scols, fabric.srows
    num_links = fabric.num_links
    occ = {net: [0] * num_links for net in NETWORKS}
    hist = {net: [0.0] * num_links for net in NETWORKS}
    cap = fabric.capacity
    out_links = fabric.out_links
    groups = _groups(connections)
    sources = [  # the switches of each group's (common) source unit
        [fabric.switch_id(s) for s in fabric.attach_switches(src.kind, src.site)]
        for src in (connections[g[0]].source for g in groups)
    ]
    spans = [fabric.span(conn.dest.kind, conn.dest.site) for conn in connections]
    paths: list[list[int]] = [[] for _ in connections]
    links_of: list[list[int]] = [[] for _ in connections]
    tree_links: list[list[int]] = [[] for _ in groups]

    def astar(k: int, starts, pres: float, extra: int, hard: bool):
        """Cheapest path for connection k from any of `starts` (cost 0) to its destination.

        Returns (goal, parent links) or None. `hard`: only free tracks, every link costs 1,
        whole mesh (the final shortening pass)."""
        conn = connections[k]
        o, h, c = occ[conn.network], hist[conn.network], cap[conn.network]
        tr0, tr1, tc0, tc1 = spans[k]
        src = sources[group_of[k]]
        rows = [s // scols for s in src] + [tr0, tr1]
        cols = [s % scols for s in src] + [tc0, tc1]
        m = srows + scols if hard else margin + extra
        br0, br1 = max(0, min(rows) - m), min(srows - 1, max(rows) + m)
        bc0, bc1 = max(0, min(cols) - m), min(scols - 1, max(cols) + m)
        best: dict[int, float] = {}
        parent: dict[int, tuple[int, int]] = {}
        heap: list[tuple[float, float, int]] = []
        for s in starts:
            r, col = divmod(s, scols)
            hr = tr0 - r if r < tr0 else (r - tr1 if r > tr1 else 0)
            hc = tc0 - col if col < tc0 else (col - tc1 if col > tc1 else 0)
            best[s] = 0.0
            heap.append((hr + hc, 0.0, s))
        heapq.heapify(heap)
        while heap:
            _f, neg_g, s = heapq.heappop(heap)
            g = -neg_g
            if g > best.get(s, INF):
                continue
            r, col = divmod(s, scols)
            if tr0 <= r <= tr1 and tc0 <= col <= tc1:
                return s, parent
            for link, t in out_links[s]:
                tr, tc = divmod(t, scols)
                if tr < br0 or tr > br1 or tc < bc0 or tc > bc1:
                    continue
                over = o[link] + 1 - c
                if hard:
                    if over > 0:
                        continue
                    cost = 1.0
                else:
                    cost = (1.0 + h[link]) * (1.0 + pres * over if over > 0 else 1.0)
                ng = g + cost
                if ng < best.get(t, INF):
                    best[t] = ng
                    parent[t] = (s, link)
                    hr = tr0 - tr if tr < tr0 else (tr - tr1 if tr > tr1 else 0)
                    hc = tc0 - tc if tc < tc0 else (tc - tc1 if tc > tc1 else 0)
                    heapq.heappush(heap, (ng + hr + hc, -ng, t))
        return None

    def route_group(gi: int, pres: float, extra: int, hard: bool = False) -> bool:
        """Route all members of group gi as one tree grown from the source; each link of
        the tree takes one track however many members cross it."""
        o = occ[connections[groups[gi][0]].network]
        tree: dict[int, tuple[int, int] | None] = dict.fromkeys(sources[gi])
        added: list[int] = []
        ok = True
        for k in groups[gi]:
            found = astar(k, list(tree), pres, extra, hard)
            if found is None:  # only with hard=True: the caller restores the old tree
                ok = False
                break
            goal, parent = found
            x = goal
            while x not in tree:
                p, link = parent[x]
                tree[x] = (p, link)
                added.append(link)
                o[link] += 1
                x = p
            path, links, x = [goal], [], goal
            while tree[x] is not None:
                x, link = tree[x]  # type: ignore[misc]
                path.append(x)
                links.append(link)
            path.reverse()
            links.reverse()
            paths[k], links_of[k] = path, links
        tree_links[gi] = added
        return ok

    def rip_up(gi: int) -> None:
        o = occ[connections[groups[gi][0]].network]
        for link in tree_links[gi]:
            o[link] -= 1
        tree_links[gi] = []

    def on_links(bad: dict[str, set[int]]) -> list[int]:
        return [
            gi for gi, g in enumerate(groups)
            if any(link in bad[connections[g[0]].network] for link in tree_links[gi])
        ]

    def congested() -> list[int]:
        return on_links({net: {l for l, x in enumerate(occ[net]) if x > cap[net]} for net in NETWORKS})

    def contested() -> list[int]:
        # Every net on a link that has ever been over-used, so that the nets legally
        # holding a contested link also feel its history cost and can make way.
        return on_links({net: {l for l, x in enumerate(hist[net]) if x > 0} for net in NETWORKS})

    group_of = [0] * len(connections)
    for gi, g in enumerate(groups):
        for k in g:
            group_of[k] = gi
    pres = present_factor if negotiate else 0.0
    todo = list(range(len(groups)))
    iteration = 0
    bar = progress("routing (PathFinder iterations)", max_iterations)
    for iteration in range(1, max_iterations + 1):
        bar.update()
        for gi in todo:
            rip_up(gi)
            route_group(gi, pres, iteration - 1)
        todo = congested()
        if not todo or not negotiate:
            break
        for net in NETWORKS:
            h, o, c = hist[net], occ[net], cap[net]
            for link, x in enumerate(o):
                if x > c:
                    h[link] += history_factor * (x - c)
        pres = min(pres * present_growth, MAX_PRESENT_FACTOR)
        todo = contested()
    bar.close()
    todo = congested()
    if todo:
        members = groups[todo[0]]
        net = connections[members[0]].network
        o = occ[net]
        k = next(k for k in members if any(o[l] > cap[net] for l in links_of[k]))
        conn = connections[k]
        link = max(links_of[k], key=lambda l: (o[l], -l))
        a = fabric.switch_pos(int(fabric.link_src[link]))
        b = fabric.switch_pos(int(fabric.link_dst[link]))
        label = f" '{conn.name}'" if conn.name else ""
        raise UnroutableError(
            f"error: cannot route {conn.network} connection{label} from {describe(conn.source)} "
            f"to {describe(conn.dest)}: link {a} -> {b} would need {o[link]} {conn.network} "
            f"tracks but has {cap[conn.network]} ({len(todo)} nets still congested "
            f"after {iteration} PathFinder iterations)",
            conn,
        )
    # Negotiation can leave detours that are no longer needed once the nets around them
    # settled: re-route every detoured net by shortest paths over the free tracks (its
    # old tree is among them; should the greedy tree growth still fail, it is restored).
    for gi, g in enumerate(groups):
        if all(len(links_of[k]) <= _gap(sources[gi], spans[k], scols) for k in g):
            continue
        saved = (list(tree_links[gi]), [paths[k] for k in g], [links_of[k] for k in g])
        rip_up(gi)
        if not route_group(gi, 0.0, 0, hard=True):
            rip_up(gi)
            tree_links[gi] = saved[0]
            for link in saved[0]:
                occ[connections[g[0]].network][link] += 1
            for k, p, ls in zip(g, saved[1], saved[2]):
                paths[k], links_of[k] = p, ls
    return Routing(
        paths=tuple(tuple(fabric.switch_pos(s) for s in p) for p in paths),
        iterations=iteration,
        usage={net: np.array(occ[net], dtype=np.int64) for net in NETWORKS},
    )


INF = float("inf")


def _gap(src: list[int], span: tuple[int, int, int, int], scols: int) -> int:
    """Fewest links from any of the switches `src` to the span of switches `span`."""
    tr0, tr1, tc0, tc1 = span
    return min(
        max(0, tr0 - r, r - tr1) + max(0, tc0 - c, c - tc1) for r, c in (divmod(s, scols) for s in src)
    )


def _groups(connections: Sequence[Connection]) -> list[list[int]]:
    """Connections that share tracks: same source unit, network and (given) source port."""
    index: dict[tuple, list[int]] = {}
    for k, conn in enumerate(connections):
        key = (
            (conn.source.kind, conn.source.site, conn.network, conn.port)
            if conn.port is not None
            else ("single", k)
        )
        index.setdefault(key, []).append(k)
    return list(index.values())


def route_problems(fabric: Fabric, connections: Sequence[Connection], paths) -> list[str]:
    """Why `paths` is not a legal routing of `connections` (empty when it is).

    Tracks are counted as the router allocates them: once per link per net (connections
    sharing a source port share tracks)."""
    problems: list[str] = []
    use = {net: np.zeros(fabric.num_links, dtype=np.int64) for net in NETWORKS}
    for g in _groups(connections):
        links: set[int] = set()
        for k in g:
            for a, b in pairwise(paths[k]):
                link = fabric.link(tuple(a), tuple(b))
                if link is not None:
                    links.add(link)
        use[connections[g[0]].network][sorted(links)] += 1
    for conn, path in zip(connections, paths):
        if not path:
            problems.append(f"{conn.name}: empty route")
            continue
        if tuple(path[0]) not in fabric.attach_switches(conn.source.kind, conn.source.site):
            problems.append(f"{conn.name}: starts at {path[0]}, not at its source unit")
        if tuple(path[-1]) not in fabric.attach_switches(conn.dest.kind, conn.dest.site):
            problems.append(f"{conn.name}: ends at {path[-1]}, not at its destination unit")
        for a, b in pairwise(path):
            if fabric.link(tuple(a), tuple(b)) is None:
                problems.append(f"{conn.name}: hop {a} -> {b} is not between neighbours")
    for net in NETWORKS:
        for link in np.nonzero(use[net] > fabric.capacity[net])[0]:
            problems.append(f"{net} link {int(link)} over capacity: {int(use[net][link])}")
    return problems
