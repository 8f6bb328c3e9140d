"""The rdu dialect: builders, printing and parsing (custom and generic), verifiers."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdu_ir.dialects.rdu import (
    RDU,
    AgcuOp,
    ChipOp,
    PcuOp,
    PmuOp,
    RouteOp,
    format_literal,
)
from xdsl.context import Context
from xdsl.dialects.builtin import Builtin, ModuleOp
from xdsl.ir.affine import AffineMap
from xdsl.printer import Printer
from xdsl.utils.exceptions import DiagnosticException

from rdu_ir.allocation.fabric import Endpoint
from rdu_ir.allocation.place import Netlist, place
from rdu_ir.allocation.route import Connection, route
from rdu_ir.chip import PRESETS, Chip, bind_chip
from rdu_ir.parsing import parse_module

TINY = PRESETS["tiny"]


def context() -> Context:
    ctx = Context()
    ctx.load_dialect(Builtin)
    ctx.load_dialect(RDU)
    return ctx


def generic(op) -> str:
    out = io.StringIO()
    Printer(stream=out, print_generic_format=True).print_op(op)
    return out.getvalue()


def small_config() -> ChipOp:
    ident = AffineMap.identity(1)
    ld = AgcuOp("load_a", 0, "load", "A", [(0, 64, 1)], ident)
    buf = PmuOp("buf", (0, 1), bytes=256, depth=2, banks=4, write=([(0, 64, 1)], ident),
                read=([(0, 64, 1)], ident), transpose=True, addr_range=(0, 64))
    mm = PcuOp("mm", (0, 0), [(0, 8, 1), (0, 8, 1)], [("mul", ["in0", 0.5]), ("add", ["s0", "c1"])])
    routes = [
        RouteOp("vector", ld, 0, buf, 0, [(0, 0), (0, 1)]),
        RouteOp("vector", buf, 0, mm, 1, [(0, 1)]),
        RouteOp("control", mm, 0, buf, 0, [(1, 1)]),
    ]
    return ChipOp(TINY, [ld, buf, mm, *routes])


def test_builders_verify_print_and_parse_back():
    module = ModuleOp([small_config()])
    module.verify()
    text = str(module)
    assert 'rdu.chip "tiny" {' in text
    assert "stages [mul(in0, 0.5), add(s0, c1)]" in text
    assert "read transpose [0 to 64 step 1] affine_map<(d0) -> (d0)> range [0, 64]" in text
    ctx = context()
    again = parse_module(ctx, text)
    again.verify()
    assert str(again) == text
    from_generic = parse_module(ctx, generic(module))
    assert str(from_generic) == text


def test_accessors():
    config = small_config()
    pmu = next(op for op in config.units() if isinstance(op, PmuOp))
    pcu = next(op for op in config.units() if isinstance(op, PcuOp))
    assert pcu.site == (0, 0) and pcu.counter_list == [(0, 8, 1), (0, 8, 1)]
    assert pcu.stage_list == [("mul", ("in0", "0.5")), ("add", ("s0", "c1"))]
    assert pmu.describe() == "PMU @buf at (0, 1)"
    assert config.description == TINY
    assert config.routes()[0].hop_list == [(0, 0), (0, 1)] and config.routes()[0].length == 1
    assert config.link_usage()["vector"][((0, 0), (0, 1))] == 1


def test_units_outside_a_chip_op_use_the_module_chip():
    module = ModuleOp([PcuOp("p", (0, 1), [], [("pass", ["in0"])])])
    module.verify()  # no chip known: only chip-independent checks
    bind_chip(module, TINY)
    with pytest.raises(DiagnosticException, match="holds a PMU, not a PCU"):
        module.verify()


def test_non_preset_chip_prints_its_description():
    chip = Chip.from_dict({"base": "tiny", "name": "custom", "vector_links": 3})
    text = str(ModuleOp([ChipOp(chip, [], "s0")]))
    assert text.splitlines()[1].startswith('  rdu.chip @s0 {name = "custom"')
    again = parse_module(context(), text)
    assert next(iter(again.body.block.ops)).description == chip


@pytest.mark.parametrize("x, text", [(0.5, "0.5"), (1e-05, "1.0e-05"), (-2.0, "-2.0"), (3, "3"), (1e20, "1.0e+20")])
def test_literals_survive_the_lexer(x, text):
    assert format_literal(x) == text
    pcu = PcuOp("p", (0, 0), [], [("add", ["in0", x])])
    again = parse_module(context(), str(ModuleOp([ChipOp(TINY, [pcu])])))
    assert next(iter(next(iter(again.body.block.ops)).body.block.ops)).stage_list[0][1][1] == text


@st.composite
def allocations(draw):
    """A random netlist on a random chip, placed and routed by rdu_ir.allocation."""
    chip = Chip(
        name="random",
        rows=draw(st.integers(1, 6)),
        cols=draw(st.integers(2, 6)),
        pattern=draw(st.sampled_from(["checkerboard", "columns"])),
        agcu_count=draw(st.integers(1, 3)),
        vector_links=draw(st.integers(1, 3)),
    )
    kinds = []
    for k in ("pcu", "pmu", "agcu"):
        have = {"pcu": chip.num_pcus, "pmu": chip.num_pmus, "agcu": chip.agcu_count}[k]
        kinds += [k] * draw(st.integers(0, have))
    n = len(kinds)
    nets = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2 * n)) if n else []
    return chip, Netlist(tuple(kinds), tuple(nets))


@given(allocations(), st.integers(0, 2))
def test_placed_and_routed_designs_verify_as_rdu_ir(case, seed):
    chip, netlist = case
    placement = place(chip, netlist, seed=seed, anneal=seed > 0, effort=0.05)
    ends = [Endpoint(k, s) for k, s in zip(netlist.kinds, placement.sites)]
    conns = [Connection(ends[a], ends[b], "vector") for a, b in netlist.nets]
    conns += [Connection(ends[b], ends[a], "control") for a, b in netlist.nets]
    try:
        routing = route(chip, conns)
    except DiagnosticException:
        return
    zero = AffineMap.constant_map(0)
    units = []
    for u, (kind, site) in enumerate(zip(netlist.kinds, placement.sites)):
        if kind == "pcu":
            units.append(PcuOp(f"u{u}", site, [], [("pass", ["in0"])]))
        elif kind == "pmu":
            units.append(PmuOp(f"u{u}", site, bytes=64))
        else:
            units.append(AgcuOp(f"u{u}", site, "load", "T", [], zero))
    routes = []
    nets = list(netlist.nets) + [(b, a) for a, b in netlist.nets]  # the order of `conns`
    for (a, b), conn, path in zip(nets, conns, routing.paths):
        routes.append(RouteOp(conn.network, units[a], 0, units[b], 0, path))
    module = ModuleOp([ChipOp(chip, units + routes)])
    module.verify()
    assert str(parse_module(context(), str(module))) == str(module)


def test_routes_from_one_port_share_tracks():
    chip = Chip.from_dict({"base": "tiny", "name": "narrow", "vector_links": 1})

    def config(ports):
        a = PcuOp("a", (0, 0), [], [("pass", ["in0"])])
        b = PcuOp("b", (0, 2), [], [("pass", ["in0"])])
        c = PcuOp("c", (2, 2), [], [("pass", ["in0"])])
        routes = [
            RouteOp("vector", a, ports[0], b, 0, [(0, 1), (0, 2)]),
            RouteOp("vector", a, ports[1], c, 0, [(0, 1), (0, 2), (1, 2), (2, 2)]),
        ]
        return ModuleOp([ChipOp(chip, [a, b, c, *routes])])

    config((0, 0)).verify()
    assert next(iter(config((0, 0)).body.block.ops)).link_usage()["vector"][((0, 1), (0, 2))] == 1
    with pytest.raises(DiagnosticException, match=r"vector link \(0, 1\) -> \(0, 2\) carries 2 routes but has 1"):
        config((0, 1)).verify()
