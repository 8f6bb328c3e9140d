"""PathFinder routing: legal routes, negotiated congestion, determinism, diagnostics."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rdu_ir.allocation.fabric import NETWORKS, Endpoint, Fabric
from rdu_ir.allocation.place import Netlist, place
from rdu_ir.allocation.route import Connection, UnroutableError, route, route_problems
from rdu_ir.chip import PRESETS, Chip
from rdu_ir.diagnostics import RduError

TINY = PRESETS["tiny"]


def pcu(r: int, c: int) -> Endpoint:
    return Endpoint("pcu", (r, c))


def test_neighbours_share_a_switch_and_far_units_take_a_shortest_path():
    result = route(TINY, [Connection(pcu(0, 0), Endpoint("pmu", (0, 1))), Connection(pcu(0, 0), pcu(2, 2))])
    assert len(result.paths[0]) == 1 and result.paths[0][0] in ((0, 1), (1, 1))
    assert result.paths[1][0] == (1, 1) and result.paths[1][-1] == (2, 2)
    assert result.total_length == 2 and result.max_length == 2


def test_agcu_routes_start_at_its_edge_switch():
    agcu = Endpoint("agcu", 1)
    result = route(TINY, [Connection(agcu, Endpoint("pmu", (3, 0)))])
    assert result.paths[0][0] == TINY.agcu_switches()[1]
    assert result.paths[0][-1] in Fabric(TINY).attach_switches("pmu", (3, 0))


def narrow_tiny() -> Chip:
    return Chip.from_dict({"base": "tiny", "name": "narrow", "vector_links": 1})


def test_congestion_greedy_fails_pathfinder_solves():
    # Three nets between the same two PCUs; the links crossing the one-hop gap between them
    # have one vector track each, so the third net must detour. Routing each net by its
    # own shortest path puts all three on the same link.
    chip = narrow_tiny()
    conns = [Connection(pcu(0, 0), pcu(0, 2), name=f"n{i}") for i in range(3)]
    with pytest.raises(UnroutableError):
        route(chip, conns, negotiate=False)
    result = route(chip, conns)
    assert route_problems(Fabric(chip), conns, result.paths) == []
    assert result.iterations > 1
    assert sorted(len(p) - 1 for p in result.paths) == [1, 1, 3]
    assert result.most_congested(Fabric(chip))[3:] == (1, 1)


def test_networks_have_separate_tracks():
    chip = narrow_tiny()
    conns = [Connection(pcu(0, 0), pcu(0, 2), net) for net in NETWORKS for _ in range(2)]
    result = route(chip, conns)
    assert route_problems(Fabric(chip), conns, result.paths) == []
    # Two tracks of scalar and four of control between the units: every net takes one hop.
    assert [len(p) - 1 for p in result.paths[2:]] == [1, 1, 1, 1]


def test_unroutable_net_names_its_sites():
    # Nine nets out of one PCU in a corner of a 1x2 chip with one vector track per link.
    chip = Chip.from_dict({"name": "strip", "rows": 1, "cols": 2, "vector_links": 1})
    conns = [Connection(pcu(0, 0), Endpoint("pmu", (0, 1)), name="x")] + [
        Connection(Endpoint("pmu", (0, 1)), pcu(0, 0), name=f"back{i}") for i in range(8)
    ]
    # A shared corner needs no link, so all of these fit...
    route(chip, conns)
    # ...but nets between units that share no switch do not.
    chip = Chip.from_dict({"name": "strip", "rows": 1, "cols": 3, "vector_links": 1})
    conns = [Connection(pcu(0, 0), pcu(0, 2), name=f"n{i}") for i in range(3)]
    with pytest.raises(UnroutableError, match=r"cannot route vector connection 'n\d' from PCU \(0, 0\) to PCU \(0, 2\)") as info:
        route(chip, conns, max_iterations=10)
    assert info.value.connection in conns


def test_bad_connections_are_errors():
    with pytest.raises(RduError, match="unknown network 'data'"):
        route(TINY, [Connection(pcu(0, 0), pcu(2, 2), "data", "c")])
    with pytest.raises(RduError, match=r"connection 'c': site \(0, 1\) holds a PMU, not a PCU"):
        route(TINY, [Connection(pcu(0, 1), pcu(2, 2), "vector", "c")])


@st.composite
def placed_connections(draw):
    chip = Chip(
        name="random",
        rows=draw(st.integers(1, 6)),
        cols=draw(st.integers(2, 6)),
        pattern=draw(st.sampled_from(["checkerboard", "columns"])),
        agcu_count=draw(st.integers(1, 4)),
        vector_links=draw(st.integers(1, 3)),
        control_links=draw(st.integers(1, 4)),
    )
    fabric = Fabric(chip)
    ends = [Endpoint(k, s) for k in ("pcu", "pmu", "agcu") for s in fabric.sites(k)]
    # Few nets per unit, so that a legal routing exists.
    n = draw(st.integers(0, len(ends)))
    pairs = draw(st.lists(st.tuples(st.sampled_from(ends), st.sampled_from(ends)), max_size=n))
    ports = st.sampled_from([None, 0, 1])  # connections from one port share a tree
    conns = [
        Connection(a, b, draw(st.sampled_from(NETWORKS)), f"c{i}", draw(ports)) for i, (a, b) in enumerate(pairs)
    ]
    return chip, conns


@given(placed_connections())
def test_random_connections_route_legally_and_deterministically(case):
    chip, conns = case
    try:
        result = route(chip, conns)
    except UnroutableError:
        return  # random endpoints can overload a unit's switches; legality is what we test
    assert route_problems(Fabric(chip), conns, result.paths) == []
    again = route(chip, conns)
    assert again.paths == result.paths and again.iterations == result.iterations


def test_place_then_route_a_pipeline_with_credit_routes():
    chip = PRESETS["plasticine"]
    n = 120
    kinds = tuple("pmu" if i % 2 == 0 else "pcu" for i in range(n))
    netlist = Netlist(kinds, tuple((i, i + 1) for i in range(n - 1)) + tuple((i, i + 3) for i in range(0, n - 3, 4)))
    placement = place(chip, netlist, seed=0, effort=0.3)
    conns = []
    for a, b in netlist.nets:
        ea, eb = Endpoint(kinds[a], placement.sites[a]), Endpoint(kinds[b], placement.sites[b])
        conns += [Connection(ea, eb, "vector"), Connection(eb, ea, "control")]
    result = route(chip, conns)
    assert route_problems(Fabric(chip), conns, result.paths) == []
    # Every route is at least as long as the Manhattan gap the placer measured.
    assert result.total_length >= 2 * placement.wirelength


def test_fabric_graph_matches_the_flat_numbering():
    import networkx as nx

    from rdu_ir.allocation.fabric import manhattan_gap

    fabric = Fabric(TINY)
    g = fabric.graph
    assert fabric.num_switches == 25 and fabric.num_links == 2 * (2 * 5 * 4)
    assert g.number_of_nodes() == 25 + 16 + TINY.agcu_count
    edge = g.edges[("sw", 0, 0), ("sw", 0, 1)]
    assert edge["vector"] == TINY.vector_links and fabric.link((0, 0), (0, 1)) == edge["link"]
    # Unit to unit through the mesh: into a corner switch, the Manhattan gap, out again.
    for a, b in [(("pcu", 0, 0), ("pmu", 3, 2)), (("pmu", 0, 1), ("pcu", 2, 2)), (("agcu", 1), ("pcu", 3, 1))]:
        span_a = fabric.span(a[0], a[1] if a[0] == "agcu" else a[1:])
        span_b = fabric.span(b[0], b[1] if b[0] == "agcu" else b[1:])
        assert nx.shortest_path_length(g, a, b) == manhattan_gap(span_a, span_b) + 2


def test_connections_from_one_port_share_tracks_as_a_tree():
    # The strip's one-hop gap has two vector tracks in all; three separate nets from the
    # same unit cannot cross it, three connections of a broadcast (one port) can.
    chip = Chip.from_dict({"name": "strip", "rows": 1, "cols": 3, "vector_links": 1})
    broadcast = [Connection(pcu(0, 0), pcu(0, 2), name=f"b{i}", port=0) for i in range(3)]
    result = route(chip, broadcast, negotiate=False)
    assert route_problems(Fabric(chip), broadcast, result.paths) == []
    assert int(result.usage["vector"].sum()) == 1 and result.total_length == 3
    # A wider fan-out: every sink gets a full path from the source, the tree is shared.
    chip = narrow_tiny()
    sinks = [pcu(2, 2), Endpoint("pmu", (3, 2)), pcu(3, 3), Endpoint("pmu", (2, 3))]
    fan = [Connection(pcu(0, 0), s, port=1, name=f"f{i}") for i, s in enumerate(sinks)]
    fan.append(Connection(pcu(0, 0), pcu(2, 2), name="other port", port=2))
    result = route(chip, fan)
    assert route_problems(Fabric(chip), fan, result.paths) == []
    assert all(p[0] in Fabric(chip).attach_switches("pcu", (0, 0)) for p in result.paths)
    tree = int(result.usage["vector"].sum()) - (len(result.paths[-1]) - 1)
    assert tree < sum(len(p) - 1 for p in result.paths[:-1])
