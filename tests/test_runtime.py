"""The runtime: several bitstreams on one simulated chip (issue 8, item 4) and `rdu-run` on .rbs.

The programs are rdu-level modules as `allocate-units` + `insert-credits` make them for the
`tiny` chip (an elementwise op: two loads into PMUs, one PCU, a PMU drained by a store), all
compiled to the same sites, so a second one must be relocated.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdu_ir.dialects.rdu import AgcuOp

from rdu_ir.bitstream import write_bitstream
from rdu_ir.chip import PRESETS
from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.runtime import ChipState, Footprint, Runtime, relocate
from rdu_ir.runtime.chip_state import configurations, module_footprint

TINY = PRESETS["tiny"]


def elementwise(name: str, op: str, rows: int, cols: int) -> str:
    """`C = A <op> B` on tiny, as the compiler places it (PMUs (0,1) (1,0) (0,3), PCU (0,2))."""
    t = f"tensor<{rows}x{cols}xf32>"
    walk = f"[0 to {rows} step 1, 0 to {cols} step 1] affine_map<(d0, d1) -> (((d0 * {cols}) + d1))>"
    pmu = f"bytes {rows * cols * 4} depth 2 banks 4 cyclic write {walk} read {walk} {{shape = array<i64: {rows}, {cols}>, element = f32}}"
    return f"""
builtin.module {{
  rdu.program @{name} : ({t}, {t}) -> {t} results [@c] {{
    rdu.dram @a arg 0 : {t}
    rdu.dram @b arg 1 : {t}
    rdu.dram @c : {t}
    rdu.chip @section0 "tiny" {{
      %out = rdu.pmu @out at (0, 1) {pmu}
      %in0 = rdu.pmu @in0 at (1, 0) {pmu}
      %ld0 = rdu.agcu @ld0 0 load "a" {walk} {{tile_counters = 0 : i64}}
      %in1 = rdu.pmu @in1 at (0, 3) {pmu}
      %ld1 = rdu.agcu @ld1 1 load "b" {walk} {{tile_counters = 0 : i64}}
      %pcu = rdu.pcu @pcu at (0, 2) counters [0 to {rows} step 1, 0 to {cols} step 1] stages [{op}(in0, in1)] {{tile_counters = 0 : i64, vector = 1 : i64, outputs = ["s0"]}}
      %st = rdu.agcu @st 0 store "c" {walk} {{tile_counters = 0 : i64}}
      rdu.route vector %pcu[0] -> %out[0] via [(0, 2)]
      rdu.route control %out[0] -> %pcu[0] via [(0, 2)] {{tokens = ["vector_credit", "read_ready", "write_done"]}}
      rdu.route vector %out[0] -> %st[0] via [(0, 1), (0, 0)]
      rdu.route control %st[0] -> %out[0] via [(0, 0), (0, 1)] {{tokens = ["vector_credit", "tile_released"]}}
      rdu.route vector %ld0[0] -> %in0[0] via [(0, 0), (1, 0)]
      rdu.route control %in0[0] -> %ld0[0] via [(1, 0), (0, 0)] {{tokens = ["vector_credit", "read_ready", "write_done"]}}
      rdu.route vector %in0[0] -> %pcu[0] via [(1, 1), (1, 2)]
      rdu.route control %pcu[0] -> %in0[0] via [(1, 2), (1, 1)] {{tokens = ["vector_credit", "tile_released"]}}
      rdu.route vector %ld1[0] -> %in1[0] via [(0, 4)]
      rdu.route control %in1[0] -> %ld1[0] via [(0, 4)] {{tokens = ["vector_credit", "read_ready", "write_done"]}}
      rdu.route vector %in1[0] -> %pcu[1] via [(0, 3)]
      rdu.route control %pcu[1] -> %in1[0] via [(0, 3)] {{tokens = ["vector_credit", "tile_released"]}}
      rdu.credit stream %pcu[0] from %out[0] init 3
      rdu.credit ready %pcu[0] from %out[0] init 2
      rdu.credit write %pcu[0] from %out[0] init 1
      rdu.credit stream %out[0] from %st[0] init 7
      rdu.credit stream %ld0[0] from %in0[0] init 7
      rdu.credit ready %ld0[0] from %in0[0] init 2
      rdu.credit write %ld0[0] from %in0[0] init 1
      rdu.credit stream %in0[0] from %pcu[0] init 7
      rdu.credit stream %ld1[0] from %in1[0] init 3
      rdu.credit ready %ld1[0] from %in1[0] init 2
      rdu.credit write %ld1[0] from %in1[0] init 1
      rdu.credit stream %in1[0] from %pcu[1] init 3
    }}
  }}
  builtin.module attributes {{rdu.reference, sym_name = "rdu_reference"}} {{
    func.func @{name}(%a: {t}, %b: {t}) -> {t} {{
      %0 = ta.{op} %a, %b : {t}
      func.return %0 : {t}
    }}
  }}
}}
"""


_cache: dict[tuple, bytes] = {}


def bitstream(name: str, op: str, rows: int, cols: int) -> bytes:
    key = (name, op, rows, cols)
    if key not in _cache:
        module = parse_module(make_context(), elementwise(name, op, rows, cols), f"{name}.mlir")
        module.verify()
        _cache[key] = write_bitstream(module)
    return _cache[key]


def inputs(rows: int, cols: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return tuple(rng.standard_normal((rows, cols)).astype(np.float32) for _ in range(2))  # type: ignore[return-value]


def assert_chip_legal(rt: Runtime, verify: bool = True) -> None:
    """Every program verifies; no two share a site; the links carry at most their tracks."""
    seen: dict[tuple[int, int], str] = {}
    total = {n: Counter() for n in ("vector", "scalar", "control")}
    chip = rt.chip
    for p in rt.programs.values():
        if verify:
            p.module.verify()
        fp = module_footprint(p.module)
        for site in fp.sites:
            assert site not in seen, f"{site} held by {seen[site]} and {p.name}"
            seen[site] = p.name
        for net, use in fp.links.items():
            total[net].update(use)
        for section in configurations(p.module):
            for r in section.routes():
                hops = r.hop_list
                assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in pairwise(hops))
                assert all(0 <= h[0] <= chip.rows and 0 <= h[1] <= chip.cols for h in hops)
    for net, use in total.items():
        cap = getattr(chip, f"{net}_links")
        assert all(n <= cap for n in use.values()), (net, use.most_common(1))


def test_two_programs_on_one_chip_give_their_own_results():
    rt = Runtime("tiny")
    add = rt.load(bitstream("addp", "add", 16, 16))
    mul = rt.load(bitstream("mulp", "mul", 8, 16))
    assert add.relocation.how == "as compiled"
    assert mul.relocation.how in ("moved", "re-placed")
    assert not set(add.sites) & set(mul.sites)
    assert_chip_legal(rt)
    a, b = inputs(16, 16, 0)
    x, y = inputs(8, 16, 1)
    (got_add,) = add.run(a, b)
    (got_mul,) = mul.run(x, y)
    np.testing.assert_allclose(got_add, a + b, rtol=1e-6)
    np.testing.assert_allclose(got_mul, x * y, rtol=1e-6)
    assert add.metrics["cycles"] > 0 and mul.metrics["cycles"] > 0
    assert add.check(a, b) and mul.check(x, y)
    assert "1: addp" in rt.occupancy() and "2: mulp" in rt.occupancy()


def test_a_program_that_does_not_fit_leaves_the_others_unharmed():
    rt = Runtime("tiny")
    first = rt.load(bitstream("addp", "add", 16, 16))
    second = rt.load(bitstream("mulp", "mul", 8, 16))
    before = rt.occupancy()
    modules = [p.module.clone() for p in (first, second)]
    with pytest.raises(RduError, match=r"'subp' does not fit on chip 'tiny': it needs 3 PMUs, 2 of 8 are free"):
        rt.load(bitstream("subp", "sub", 16, 16), name="subp")
    assert rt.occupancy() == before and len(rt.programs) == 2
    assert [str(p.module) for p in (first, second)] == [str(m) for m in modules]
    a, b = inputs(16, 16, 2)
    np.testing.assert_allclose(first.run(a, b)[0], a + b, rtol=1e-6)
    # Unloading frees the sites: now it fits.
    second.unload()
    third = rt.load(bitstream("subp", "sub", 16, 16))
    np.testing.assert_allclose(third.run(a, b)[0], a - b, rtol=1e-6)
    with pytest.raises(RduError, match="no longer loaded"):
        second.run(a, b)
    assert_chip_legal(rt)


def test_relocation_keeps_routes_legal_and_agcu_routes_end_at_their_agcu():
    rt = Runtime("tiny")
    rt.load(bitstream("addp", "add", 16, 16))
    moved = rt.load(bitstream("mulp", "mul", 8, 16))
    assert moved.relocation.offset is not None and (sum(moved.relocation.offset) % 2 == 0)
    switches = TINY.agcu_switches()
    for section in configurations(moved.module):
        for r in section.routes():
            for end, hop in ((r.source.owner, r.hop_list[0]), (r.dest.owner, r.hop_list[-1])):
                if isinstance(end, AgcuOp):
                    assert hop == switches[end.site]
    # Stream credits sized to the round trip (insert-credits' default) follow the new routes.
    from rdu_ir.passes.insert_credits import stream_credits

    from rdu_ir.runtime.relocate import _latency_sized_streams

    (section,) = configurations(moved.module)
    resized = _latency_sized_streams(section, TINY)
    assert len(resized) == 6
    assert max(c.init_value for c, _, _ in resized) > 7  # the longest original credit
    assert all(c.init_value == stream_credits("latency", d, b, TINY) for c, d, b in resized)
    assert_chip_legal(rt)


def test_a_runtime_without_a_chip_adopts_the_first_bitstreams():
    rt = Runtime()
    with pytest.raises(RduError, match="no chip yet"):
        rt.chip  # noqa: B018 - the property raises
    with pytest.raises(RduError):
        rt.load(bitstream("addp", "add", 16, 16)[:-1])
    assert rt.state is None  # a failed load adopts nothing
    rt.load(bitstream("addp", "add", 16, 16))
    assert rt.chip == TINY and "1: addp" in rt.occupancy()


def test_re_placement_when_no_offset_fits():
    # Leave exactly one PCU and three PMUs free, in a shape no translate of the program has.
    free = {(3, 3), (3, 2), (2, 3), (0, 3)}
    state = ChipState(TINY)
    taken = {s: TINY.unit_kind(*s) for s in TINY.sites("pcu") + TINY.sites("pmu") if s not in free}
    state.add(Footprint(taken), "blocker")
    module = parse_module(make_context(), elementwise("addp", "add", 16, 16), "addp.mlir")
    how = relocate(module, state, "addp")
    assert how.how == "re-placed"
    module.verify()
    assert set(module_footprint(module).sites) == free
    assert state.conflicts(module_footprint(module)) == []


def test_link_capacity_counts_other_programs_routes():
    # Another program already fills every track of the AGCU 0 switch's links.
    state = ChipState(TINY)
    full = Counter({((0, 0), (1, 0)): 2, ((0, 0), (0, 1)): 2, ((1, 0), (0, 0)): 4, ((0, 1), (0, 0)): 4})
    state.add(Footprint({}, {"vector": Counter({k: v for k, v in full.items() if v == 2}),
                             "scalar": Counter(),
                             "control": Counter({k: v for k, v in full.items() if v == 4})}), "wall")
    module = parse_module(make_context(), elementwise("addp", "add", 16, 16), "addp.mlir")
    with pytest.raises(RduError, match="does not fit"):
        relocate(module, state, "addp")


def test_wrong_chip_and_bad_bitstreams_are_clear_errors(tmp_path):
    data = bitstream("addp", "add", 16, 16)
    with pytest.raises(RduError, match=r"compiled for chip 'tiny' \(4x4\), but this runtime's chip is 'plasticine'"):
        Runtime("plasticine").load(data)
    rt = Runtime("tiny")
    with pytest.raises(RduError, match="truncated"):
        rt.load(data[:100])
    with pytest.raises(RduError, match="cannot read bitstream"):
        rt.load(tmp_path / "missing.rbs")
    path = tmp_path / "add.rbs"
    path.write_bytes(data)
    p = rt.load(path)
    assert p.name == "addp" and len(rt.programs) == 1
    with pytest.raises(RduError, match="takes 2 argument"):
        p.run(np.zeros((16, 16), np.float32))
    with pytest.raises(RduError, match="shape"):
        p.run(np.zeros((4, 4), np.float32), np.zeros((16, 16), np.float32))


def test_rdu_run_loads_a_bitstream_through_the_runtime(tmp_path, capsys):
    from rdu_ir.run_main import main

    path = tmp_path / "add.rbs"
    path.write_bytes(bitstream("addp", "add", 16, 16))
    a, b = inputs(16, 16, 3)
    np.save(tmp_path / "a.npy", a)
    np.save(tmp_path / "b.npy", b)
    code = main([str(path), "--input", f"0={tmp_path / 'a.npy'}", "--input", f"1={tmp_path / 'b.npy'}",
                 "--check", "--output-dir", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 0 and "check: OK" in out, err
    np.testing.assert_allclose(np.load(tmp_path / "out" / "result0.npy"), a + b, rtol=1e-6)
    ref = tmp_path / "ref.mlir"
    ref.write_text(
        "func.func @addp(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {\n"
        "  %0 = ta.sub %a, %b : tensor<16x16xf32>\n  func.return %0 : tensor<16x16xf32>\n}\n"
    )
    assert main([str(path), "--random-inputs", "--check", "--reference", str(ref), "-q"]) == 1
    assert "--check failed" in capsys.readouterr().err


def test_mutated_bitstreams_are_rejected_or_run():
    """Byte flips with the checksum fixed up (so they reach the decoder and the relocator):
    every one is an RduError or loads and runs; never another exception."""
    import zlib

    data = bitstream("addp", "add", 16, 16)
    rng = np.random.default_rng(7)
    a, b = inputs(16, 16, 5)
    outcomes = Counter()
    for _ in range(20):
        mutated = bytearray(data)
        for pos in rng.integers(32, len(data) - 4, size=int(rng.integers(1, 4))):
            mutated[pos] = int(rng.integers(0, 256))
        mutated[-4:] = zlib.crc32(bytes(mutated[:-4])).to_bytes(4, "little")
        rt = Runtime("tiny")
        try:
            p = rt.load(bytes(mutated))
        except RduError:
            outcomes["rejected"] += 1
            continue
        try:
            p.run(a, b)
            outcomes["ran"] += 1
        except RduError:
            outcomes["run error"] += 1
    assert sum(outcomes.values()) == 20


COPY = """
builtin.module {
  rdu.program @copy : (tensor<16xf32>) -> tensor<16xf32> results [@C] {
    rdu.dram @A arg 0 : tensor<16xf32>
    rdu.dram @T : tensor<16xf32>
    rdu.dram @C : tensor<16xf32>
    rdu.chip @section0 "tiny" {
      %ld = rdu.agcu @load_a 0 load "A" [0 to 16 step 1] affine_map<(d0) -> (d0)>
      %buf = rdu.pmu @buf_a at (0, 1) bytes 64 depth 2 banks 4 cyclic write [0 to 16 step 1] affine_map<(d0) -> (d0)> read [0 to 16 step 1] affine_map<(d0) -> (d0)> {shape = array<i64: 16>, element = f32}
      %st = rdu.agcu @store_t 1 store "T" [0 to 16 step 1] affine_map<(d0) -> (d0)>
      rdu.route vector %ld[0] -> %buf[0] via [(0, 0), (0, 1)]
      rdu.route control %buf[0] -> %ld[0] via [(0, 1), (0, 0)]
      rdu.route vector %buf[0] -> %st[0] via [(0, 1), (0, 2), (0, 3), (0, 4)]
    }
    rdu.chip @section1 "tiny" {
      %lt = rdu.agcu @load_t 0 load "T" [0 to 16 step 1] affine_map<(d0) -> (d0)>
      %sc = rdu.agcu @store_c 1 store "C" [0 to 16 step 1] affine_map<(d0) -> (d0)>
      rdu.route vector %lt[0] -> %sc[0] via [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)]
    }
  }
}
"""


def test_two_section_programs_move_as_a_whole_and_may_change_agcu():
    module = parse_module(make_context(), COPY, "copy.mlir")
    module.verify()
    data = write_bitstream(module)
    rt = Runtime("tiny")
    loaded = []
    with pytest.raises(RduError, match="does not fit on chip 'tiny' beside the loaded programs"):
        for i in range(8):  # AGCU 0's two outgoing links carry 4 vector routes: then AGCU 1's
            loaded.append(rt.load(data, name=f"copy{i}"))
    assert len(loaded) == 6 and len(rt.programs) == 6
    assert any(p.relocation.agcus_changed for p in loaded)
    assert_chip_legal(rt)
    x = np.arange(16, dtype=np.float32)
    for p in (loaded[0], loaded[-1]):
        np.testing.assert_array_equal(p.run(x)[0], x)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "mul", "copy", "unload"]), st.integers(0, 7)), min_size=1, max_size=6))
def test_any_load_unload_sequence_keeps_the_chip_legal(steps):
    """Whatever programs come and go, loaded programs never share a site or overflow a link,
    and a refused load changes nothing."""
    copy = parse_module(make_context(), COPY, "copy.mlir")
    blobs = {"add": bitstream("addp", "add", 16, 16), "mul": bitstream("mulp", "mul", 8, 16),
             "copy": _cache.setdefault(("copy",), write_bitstream(copy))}
    rt = Runtime("tiny")
    for what, k in steps:
        if what == "unload":
            if rt.programs:
                live = sorted(rt.programs)
                rt.programs[live[k % len(live)]].unload()
            continue
        before = (rt.occupancy(), {n: dict(c) for n, c in rt.state.tracks.items()})
        try:
            rt.load(blobs[what])
        except RduError as e:
            assert "does not fit" in str(e)
            assert before == (rt.occupancy(), {n: dict(c) for n, c in rt.state.tracks.items()})
        assert_chip_legal(rt, verify=False)  # the runtime verified every relocated module
