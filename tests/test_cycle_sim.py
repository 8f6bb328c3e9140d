"""The cycle-level simulator: values from the configuration, credits for real, deadlock
reports, coarse vs fine agreement, the lower bound, and the compiled examples end to end."""

from __future__ import annotations

import dataclasses
import os

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseArrayBase,
    FunctionType,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    TensorType,
    f32,
    i64,
)
from xdsl.ir.affine import AffineExpr, AffineMap

from rdu_ir.chip import PRESETS, Chip, bind_chip
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.dialects.rdu import AgcuOp, ChipOp, PcuOp, PmuOp, RouteOp
from rdu_ir.dialects.rdu_credits import CreditOp
from rdu_ir.dialects.rdu_program import DramOp, ProgramOp
from rdu_ir.parsing import parse_module
from rdu_ir.reference import reference_module
from rdu_ir.sim.cycle_bounds import lower_bound_cycles
from rdu_ir.sim.cycle_metrics import metrics
from rdu_ir.sim.cycle_sim import run_rdu
from rdu_ir.sim.runner import find_entry, run_module, signature, sym_name, tensor_parts

TINY = PRESETS["tiny"]
EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "examples")


# --- a hand-written program: load -> PMU -> PCU -> PMU -> store ----------------------------
def _i(v: int) -> IntegerAttr:
    return IntegerAttr(v, i64)


def _arr(vals) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, list(vals))


def _rowmajor(dims: int, sizes: list[int]) -> AffineMap:
    expr: AffineExpr = AffineExpr.constant(0)
    for k in range(dims):
        stride = int(np.prod(sizes[k + 1 :])) if k + 1 < len(sizes) else 1
        expr = expr + AffineExpr.dimension(k) * stride
    return AffineMap(dims, 0, (expr,))


LONG = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 4), (1, 3), (1, 2), (1, 1)]


def chain(
    chip: Chip = TINY,
    tiles: int = 4,
    rows: int = 8,
    cols: int = 8,
    depth: int = 2,
    ready: int | None = None,
    stream: int | None = 2,
    stream_pcu: int | None = -1,
    long_route: bool = False,
    stages=(("mul", ("in0", "2.0")),),
    credits: bool = True,
    write: int = 1,
) -> ModuleOp:
    """X (tiles*rows x cols) -> y = stages(X), tile by tile, on `chip` (a 4x4 grid or larger)."""
    t = TensorType(f32, [tiles * rows, cols])
    size = rows * cols
    ld = AgcuOp("ld", 0, "load", "X", [(0, tiles, 1), (0, rows, 1), (0, cols, 1)],
                _rowmajor(3, [tiles, rows, cols]), {"tile_counters": _i(1)})  # fmt: skip
    st_ = AgcuOp("st", 1, "store", "Y", [(0, tiles, 1), (0, rows, 1), (0, cols, 1)],
                 _rowmajor(3, [tiles, rows, cols]), {"tile_counters": _i(1)})  # fmt: skip
    gen = ([(0, rows, 1), (0, cols, 1)], _rowmajor(2, [rows, cols]))
    attrs = lambda: {"shape": _arr([rows, cols]), "element": f32}  # noqa: E731
    buf_in = PmuOp("in", (0, 1), bytes=4 * size, depth=depth, banks=4, write=gen, read=gen, attributes=attrs())
    buf_out = PmuOp("out", (1, 0), bytes=4 * size, depth=2, banks=4, write=gen, read=gen, attributes=attrs())
    pcu = PcuOp("p", (0, 0), [(0, tiles, 1), (0, rows, 1), (0, cols, 1)], list(stages),
                {"tile_counters": _i(1), "vector": _i(2), "outputs": ArrayAttr([StringAttr(f"s{len(stages) - 1}")])})  # fmt: skip
    a0, a1 = chip.agcu_switches()[0], chip.agcu_switches()[1]
    ops: list = [ld, st_, buf_in, buf_out, pcu]

    def link(src, sp, dst, dp, hops, tile_credits, stream=stream):
        ops.append(RouteOp("vector", src, sp, dst, dp, hops))
        if not credits:
            return
        ops.append(RouteOp("control", dst, dp, src, sp, list(reversed(hops))))
        # no stream limit: more credits than the tile has vectors
        ops.append(CreditOp("stream", src, sp, dst, dp, stream if stream is not None else 1 << 16))
        if tile_credits:
            ops.append(CreditOp("ready", src, sp, dst, dp, ready if ready is not None else depth))
            ops.append(CreditOp("write", src, sp, dst, dp, min(write, depth)))

    link(ld, 0, buf_in, 0, _path(a0, (0, 1)), True)
    link(buf_in, 0, pcu, 0, LONG if long_route else [(0, 1)], False, stream if stream_pcu == -1 else stream_pcu)
    link(pcu, 0, buf_out, 0, [(1, 0)], True)
    link(buf_out, 0, st_, 0, _path((1, 0), a1), False)
    section = ChipOp(chip, ops, "section0")
    prog = ProgramOp("f", FunctionType.from_lists([t], [t]), ["Y"],
                     [DramOp("X", t, arg=0), DramOp("Y", t), section])  # fmt: skip
    m = ModuleOp([prog])
    bind_chip(m, chip)
    m.verify()
    return m


def _path(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[int, int]]:
    """Switches from a to b, rows first."""
    (r, c), out = a, [a]
    while r != b[0]:
        r += 1 if b[0] > r else -1
        out.append((r, c))
    while c != b[1]:
        c += 1 if b[1] > c else -1
        out.append((r, c))
    return out


def run_chain(m: ModuleOp, tiles=4, rows=8, cols=8, fine=False):
    x = np.arange(tiles * rows * cols, dtype=np.float32).reshape(tiles * rows, cols)
    return x, run_rdu(m, None, [x], fine=fine)


def test_chain_values_and_stats():
    m = chain()
    x, r = run_chain(m)
    np.testing.assert_array_equal(r.results[0], 2 * x)
    s = r.stats
    assert s["cycles"] >= s["lower_bound_cycles"] and s["cycles"] > TINY.config_load_cycles
    p = s["units"]["p"]
    assert p["kind"] == "pcu" and p["site"] == [0, 0]
    assert p["busy"] == 4 * 8 * 8 // TINY.pcu_lanes  # one issue slot a vector of lanes
    assert {"ld", "st", "in", "out"} <= set(s["units"])
    mt = metrics(s, TINY)
    assert 0 < mt["peak_fraction"] < 1 and mt["seconds_at_clock"] == mt["cycles"] / TINY.clock_hz


def test_values_come_from_the_configuration():
    m = chain(stages=(("mul", ("in0", "2.0")), ("add", ("s0", "c2"))))
    x, r = run_chain(m)
    np.testing.assert_array_equal(r.results[0], 2 * x + np.arange(8, dtype=np.float32))


def _one_big_tile(stream: int, long_route: bool, fine: bool = False):
    chip = dataclasses.replace(TINY, pcu_fifo_depth=1, pmu_capacity_bytes=65536)
    m = chain(chip, tiles=1, rows=64, cols=16, stream=None, stream_pcu=stream, long_route=long_route)
    _, r = run_chain(m, tiles=1, rows=64, cols=16, fine=fine)
    p = r.stats["units"]["p"]
    return p["busy"], p["active"]


def test_stream_credits_one_credit_on_a_long_route_runs_at_one_over_round_trip():
    from rdu_ir.passes.insert_credits import route_latency

    hops = len(LONG)
    lat = (hops - 1) * TINY.link_latency + hops * TINY.switch_latency
    round_trip = 2 * lat + 1
    busy, total = _one_big_tile(1, True)
    assert busy == 256
    assert total / busy == pytest.approx(round_trip, rel=0.05)  # ~1/R vectors a cycle
    busy, total = _one_big_tile(round_trip, True)  # `latency` credits
    assert total / busy == pytest.approx(1.0, abs=0.1)
    assert route_latency  # the same law insert-credits sizes its `latency` policy with
    _, fine_total = _one_big_tile(1, True, fine=True)
    _, coarse_total = _one_big_tile(1, True)
    assert fine_total == pytest.approx(coarse_total, rel=0.02)


def _makespan(m, **kw) -> int:
    _, r = run_chain(m, **kw)
    return r.stats["cycles"] - TINY.config_load_cycles


FAST_DRAM = dataclasses.replace(TINY, dram_bandwidth_gbs=64.0)


def _tiles(depth: int, ready: int | None = None, write: int = 1):
    m = chain(FAST_DRAM, tiles=8, rows=16, cols=16, depth=depth, ready=ready, stream=None, write=write)
    _, r = run_chain(m, tiles=8, rows=16, cols=16)
    return r.stats["cycles"] - TINY.config_load_cycles, r.stats


def test_tile_credits_depth_1_serialises_depth_2_overlaps():
    one, _ = _tiles(1)
    two, _ = _tiles(2, write=2)
    # a 16x16 tile: the load streams 64 vectors, the PCU issues 64 slots
    load, compute = 64, 64
    assert one >= 8 * (load + compute)  # the load waits for the PCU to free the only slot
    assert two <= 8 * max(load, compute) + 2 * (load + compute) + 32  # they overlap
    assert two < 0.65 * one
    # with one write credit a tile's write waits for the previous one's write-done token
    one_write, _ = _tiles(2, write=1)
    assert two < one_write < one


def test_ready_counter_is_what_stalls_the_writer():
    configured, stats = _tiles(2, ready=1)
    serial, _ = _tiles(1)
    assert configured == pytest.approx(serial, rel=0.02)
    assert stats["units"]["ld"]["stalled_credit"] > 0


def test_deadlock_names_the_cycle_and_the_empty_counters():
    m = chain()
    prog = next(iter(m.ops))
    section = prog.sections()[0]
    # the store waits for a tile of @out that the PCU can never write: a second input port
    # fed by nobody's route makes the PCU wait for ever; the load fills @in and stalls.
    pcu = next(u for u in section.units() if isinstance(u, PcuOp))
    pcu.properties["stages"] = ArrayAttr([ArrayAttr([StringAttr(x) for x in ("add", "in0", "in1")])])
    extra = PmuOp("orphan", (1, 2), bytes=256, depth=1, banks=4,
                  write=([(0, 8, 1), (0, 8, 1)], _rowmajor(2, [8, 8])),
                  read=([(0, 8, 1), (0, 8, 1)], _rowmajor(2, [8, 8])),
                  attributes={"shape": _arr([8, 8]), "element": f32})  # fmt: skip
    section.body.block.add_op(extra)
    section.body.block.add_op(RouteOp("vector", extra, 0, pcu, 1, [(1, 2), (1, 1)]))
    with pytest.raises(RduError) as e:
        run_chain(m)
    text = str(e.value)
    assert "deadlock at cycle" in text and "@p" in text
    assert "tile 0 on @orphan[0] -> @p[1]" in text
    assert "empty credit counters: ready @ld[0] <- @in[0]" in text


def test_no_credits_configured_still_respects_the_buffer_depth():
    m = chain(credits=False)
    x, r = run_chain(m)
    np.testing.assert_array_equal(r.results[0], 2 * x)


@given(
    tiles=st.integers(1, 3),
    rows=st.sampled_from([4, 8, 12]),
    cols=st.sampled_from([4, 8, 16]),
    depth=st.integers(1, 2),
    stream=st.one_of(st.none(), st.integers(1, 20)),
    long_route=st.booleans(),
    nstages=st.integers(1, 4),
)
def test_coarse_and_fine_agree_within_2_percent(tiles, rows, cols, depth, stream, long_route, nstages):
    stages = [("mul", ("in0", "2.0"))] + [("add", (f"s{k}", "1.0")) for k in range(nstages - 1)]
    m = chain(tiles=tiles, rows=rows, cols=cols, depth=depth, stream=stream, long_route=long_route, stages=stages)
    x, coarse = run_chain(m, tiles, rows, cols)
    _, fine = run_chain(m, tiles, rows, cols, fine=True)
    np.testing.assert_array_equal(coarse.results[0], fine.results[0])
    a = coarse.stats["cycles"] - TINY.config_load_cycles
    b = fine.stats["cycles"] - TINY.config_load_cycles
    assert a == pytest.approx(b, rel=0.02)
    for r in (coarse, fine):
        assert r.stats["cycles"] >= r.stats["lower_bound_cycles"]


def test_lower_bound_is_max_of_compute_and_dram():
    chip = PRESETS["plasticine"]
    flops_per_cycle = chip.num_pcus * chip.pcu_lanes * chip.pcu_stages * 2
    assert lower_bound_cycles(chip, 10 * flops_per_cycle, 0) == 10
    assert lower_bound_cycles(chip, 0, 5 * chip.dram_bytes_per_cycle) == 5


# --- compiled programs ------------------------------------------------------------------------
PIPELINE = ("linalg-to-ta", "ta-to-df", "infer-layout", "split-buffers", "allocate-units", "insert-credits")


def compile_example(name: str, chip: Chip = TINY) -> ModuleOp:
    from rdu_ir.registry import pass_factories

    ctx = make_context()
    with open(os.path.join(EXAMPLES, f"{name}.mlir")) as f:
        m = parse_module(ctx, f.read(), name)
    bind_chip(m, chip)
    factories = pass_factories()
    for p in PIPELINE:
        factories[p]()().apply(ctx, m)
    return m


def _inputs(m: ModuleOp, seed: int = 0) -> tuple[list[np.ndarray], list[np.ndarray]]:
    ref = reference_module(m)
    entry = find_entry(ref, None)
    rng = np.random.default_rng(seed)
    ins = [rng.standard_normal(tensor_parts(t)[0]).astype(np.float32) for t in signature(entry).inputs]
    return ins, run_module(ref, sym_name(entry), ins).results


@pytest.fixture(scope="module")
def compiled():
    cache: dict[str, ModuleOp] = {}

    def get(name: str) -> ModuleOp:
        if name not in cache:
            try:
                cache[name] = compile_example(name)
            except RduError as e:  # the compiler's limitation, not the simulator's
                cache[name] = e
        if isinstance(cache[name], RduError):
            pytest.skip(f"{name} does not compile: {str(cache[name]).splitlines()[0]}")
        return cache[name]

    return get


@pytest.mark.parametrize("name", ["gemm", "mlp", "attention", "convnet"])
def test_compiled_examples_equal_the_reference(compiled, name):
    m = compiled(name)
    ins, want = _inputs(m)
    r = run_rdu(m, None, ins)
    for got, exp in zip(r.results, want):
        np.testing.assert_allclose(got, exp, rtol=1e-4, atol=1e-5)
    s = r.stats
    assert s["cycles"] >= s["lower_bound_cycles"]
    assert s["cycles"] >= s["sections"] * TINY.config_load_cycles
    fine = run_rdu(m, None, ins, fine=True).stats["cycles"]
    assert fine == pytest.approx(s["cycles"], rel=0.02)


def _first(m: ModuleOp, kind):
    for op in m.walk():
        if isinstance(op, kind) and not _in_reference(op):
            return op
    raise AssertionError(kind)


def _in_reference(op) -> bool:
    p = op.parent_op()
    while p is not None:
        if isinstance(p, ModuleOp) and "rdu.reference" in p.attributes:
            return True
        p = p.parent_op()
    return False


@pytest.mark.parametrize("what", ["bound", "stride"])
def test_corrupting_a_counter_changes_the_result(compiled, what):
    m = compiled("gemm").clone()
    ins, want = _inputs(m)
    pmu = next(op for op in m.walk() if isinstance(op, PmuOp) and not _in_reference(op))
    vals = [int(x) for x in pmu.read_counters.iter_values()]
    lo, hi, step = vals[-3:]
    if what == "bound":
        vals[-3:] = [lo + 1, hi + 1, step]  # the innermost read counter starts one late
    else:
        vals[-3:] = [lo, lo + 2 * (hi - lo), 2 * step]  # ... and skips every other element
    pmu.properties["read_counters"] = _arr(vals)
    try:
        got = run_rdu(m, None, ins).results
    except RduError:
        return  # a corrupted configuration may also be rejected outright
    assert not all(np.allclose(g, w, rtol=1e-4, atol=1e-5, equal_nan=False) for g, w in zip(got, want))


def test_rdu_run_prints_cycles_and_writes_metrics_json(tmp_path, capsys):
    import json

    from rdu_ir.printing import print_module
    from rdu_ir.run_main import main

    src = tmp_path / "chain.mlir"
    src.write_text(print_module(chain()))
    out = tmp_path / "m.json"
    assert main([str(src), "--random-inputs", "--metrics-json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "cycles: " in text and "% of peak" in text and "lower bound" in text
    m = json.loads(out.read_text())
    for key in ("cycles", "seconds_at_clock", "flops", "peak_fraction", "lower_bound_cycles", "units"):
        assert key in m
    assert m["units"]["p"]["kind"] == "pcu" and m["units"]["p"]["site"] == [0, 0]
    assert set(m["units"]["p"]) >= {"kind", "site", "busy", "stalled_input", "stalled_credit"}
    assert m["cycles"] >= m["lower_bound_cycles"] and m["flops"] == 4 * 8 * 8


@st.composite
def chips(draw) -> Chip:
    rows = draw(st.integers(4, 8))
    cols = draw(st.integers(4, 8))
    return Chip.from_dict({"base": "tiny", "name": f"t{rows}x{cols}", "rows": rows, "cols": cols})


def _random_programs():
    from rdu_ir.testing.strategies import programs_and_inputs

    return programs_and_inputs(max_ops=4, max_dim=4)


@given(_random_programs(), chips())
def test_random_programs_full_pipeline_cycle_sim_equals_reference(case, chip):
    from rdu_ir.registry import pass_factories

    module, inputs = case
    m = module.clone()
    bind_chip(m, chip)
    expected = run_module(m, None, inputs).results
    ctx = make_context()
    factories = pass_factories()
    for p in PIPELINE[1:]:
        factories[p]()().apply(ctx, m)
    r = run_rdu(m, None, inputs)
    for e, g in zip(expected, r.results):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-4)
    assert r.stats["cycles"] >= r.stats["lower_bound_cycles"]


def test_disjoint_writers_of_a_buffer_overlap_ordered_ones_serialise(compiled, monkeypatch):
    from rdu_ir.sim import cycle_values

    m = compiled("convnet")
    multi = [op for op in m.walk() if isinstance(op, PmuOp) and "extra_writes" in op.attributes]
    assert multi and all(cycle_values.PmuValues(op).disjoint for op in multi)
    ins, want = _inputs(m)
    free = run_rdu(m, None, ins)
    init = cycle_values.PmuValues.__init__

    def ordered(self, u):
        init(self, u)
        self.disjoint = False  # as if the writers' addresses overlapped: port order is kept

    monkeypatch.setattr(cycle_values.PmuValues, "__init__", ordered)
    serial = run_rdu(m, None, ins)
    for a, b, w in zip(free.results, serial.results, want):
        np.testing.assert_allclose(a, w, rtol=1e-4, atol=1e-5)
        np.testing.assert_array_equal(a, b)
    assert serial.stats["cycles"] > free.stats["cycles"]
