"""Placement by simulated annealing: legality, pins, determinism, quality, diagnostics."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rdu_ir.allocation.fabric import Fabric
from rdu_ir.allocation.place import (
    Netlist,
    PlacementError,
    critical_path,
    net_lengths,
    place,
)
from rdu_ir.chip import PRESETS, Chip

TINY = PRESETS["tiny"]


@st.composite
def chips(draw) -> Chip:
    return Chip(
        name="random",
        rows=draw(st.integers(1, 7)),
        cols=draw(st.integers(2, 7)),
        pattern=draw(st.sampled_from(["checkerboard", "columns"])),
        agcu_count=draw(st.integers(1, 4)),
    )


@st.composite
def netlists(draw, chip: Chip) -> Netlist:
    """A random netlist that fits `chip`, some units pinned to distinct legal sites."""
    fabric = Fabric(chip)
    kinds: list[str] = []
    for k in ("pcu", "pmu", "agcu"):
        kinds += [k] * draw(st.integers(0, len(fabric.sites(k))))
    kinds = draw(st.permutations(kinds))
    n = len(kinds)
    nets = []
    if n >= 2:
        pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
        nets = draw(st.lists(pairs, max_size=3 * n))
    pins = {}
    used: set = set()
    for u in draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=n // 3, unique=True)) if n else []:
        choices = [s for s in fabric.sites(kinds[u]) if s not in used]
        s = draw(st.sampled_from(choices))
        used.add(s)
        pins[u] = s
    return Netlist(tuple(kinds), tuple(nets), pins=pins)


def assert_legal(chip: Chip, netlist: Netlist, sites) -> None:
    fabric = Fabric(chip)
    assert len(sites) == len(netlist.kinds)
    for kind, site in zip(netlist.kinds, sites):
        assert fabric.site_ok(kind, site) is None, (kind, site)
    keys = [(k, s) if k == "agcu" else ("grid", s) for k, s in zip(netlist.kinds, sites)]
    assert len(set(keys)) == len(keys), "two units on one site"
    for u, s in netlist.pins.items():
        assert sites[u] == s


@given(st.data())
def test_random_netlists_place_legally_and_deterministically(data):
    chip = data.draw(chips())
    netlist = data.draw(netlists(chip))
    seed = data.draw(st.integers(0, 3))
    result = place(chip, netlist, seed=seed, effort=0.2)
    assert_legal(chip, netlist, result.sites)
    assert place(chip, netlist, seed=seed, effort=0.2) == result
    lengths = net_lengths(Fabric(chip), netlist, result.sites)
    assert result.wirelength == int(lengths.sum())


def chain(n: int) -> Netlist:
    """A pipeline alternating PMU -> PCU -> PMU ..., as a df program lowers to."""
    kinds = tuple("pmu" if i % 2 == 0 else "pcu" for i in range(n))
    return Netlist(kinds, tuple((i, i + 1) for i in range(n - 1)))


def test_annealing_shortens_a_pipeline():
    chip = PRESETS["plasticine"]
    result = place(chip, chain(100), seed=3, effort=0.5)
    assert result.initial_wirelength > 3 * result.wirelength
    assert result.cost < result.initial_cost
    # A PMU/PCU pipeline fits on a checkerboard with every neighbour sharing a corner.
    assert result.wirelength <= 20


def test_same_seed_same_placement_other_seed_differs():
    chip = PRESETS["plasticine"]
    a = place(chip, chain(60), seed=1, effort=0.2)
    assert place(chip, chain(60), seed=1, effort=0.2) == a
    assert place(chip, chain(60), seed=2, effort=0.2).sites != a.sites


def test_timing_weight_shortens_the_critical_path():
    # A long chain plus many short side nets competing for the space around it.
    base = chain(40)
    kinds = base.kinds + ("pcu",) * 20 + ("pmu",) * 20
    side = tuple((40 + i, 60 + i) for i in range(20)) + tuple((40 + i, 2 * i) for i in range(20))
    netlist = Netlist(kinds, base.nets + side)
    chip = PRESETS["plasticine"]
    slack = place(chip, netlist, seed=0, timing_weight=0.0, effort=0.3)
    tight = place(chip, netlist, seed=0, timing_weight=5.0, effort=0.3)
    assert tight.critical_path <= slack.critical_path


def test_pins_are_respected():
    pins = {0: (3, 0), 5: (6, 6)}
    result = place(PRESETS["plasticine"], Netlist(chain(10).kinds, chain(10).nets, pins=pins), seed=0)
    assert result.sites[0] == (3, 0) and result.sites[5] == (6, 6)


def test_agcus_are_placed_on_agcu_indices():
    netlist = Netlist(("agcu", "pmu", "pcu", "pmu", "agcu"), ((0, 1), (1, 2), (2, 3), (3, 4)))
    result = place(TINY, netlist, seed=0)
    assert {result.sites[0], result.sites[4]} == {0, 1}


def test_too_many_units_is_a_clear_error():
    netlist = Netlist(("pcu",) * 9, ())
    with pytest.raises(PlacementError, match="the design needs 9 PCUs but chip 'tiny' has 8"):
        place(TINY, netlist)


@pytest.mark.parametrize(
    "pins, message",
    [
        ({0: (0, 1)}, r"unit 0 pinned to an illegal site: site \(0, 1\) holds a PMU, not a PCU"),
        ({0: (9, 0)}, r"outside the 4x4 grid"),
        ({0: (0, 0), 1: (0, 0)}, r"unit 0 and unit 1 are both pinned to \(0, 0\)"),
    ],
)
def test_bad_pins_are_errors(pins, message):
    with pytest.raises(PlacementError, match=message):
        place(TINY, Netlist(("pcu", "pcu"), ((0, 1),), pins=pins))


def test_unknown_kind_and_bad_net():
    with pytest.raises(PlacementError, match="unknown unit kind 'gpu'"):
        place(TINY, Netlist(("gpu",), ()))
    with pytest.raises(PlacementError, match=r"net \(0, 3\) names a unit outside"):
        place(TINY, Netlist(("pcu", "pmu"), ((0, 3),)))


def test_critical_path_cuts_cycles():
    nets = ((0, 1), (1, 2), (2, 0), (2, 3))
    assert critical_path(4, nets, [1, 2, 3, 4]) == 1 + 2 + 4
