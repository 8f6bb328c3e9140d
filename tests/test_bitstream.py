"""The tile bitstream: lossless round trips, determinism, and a reader that rejects bad files cleanly."""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import struct
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from rdu_ir.dialects.rdu import RDU, AgcuOp, ChipOp, PcuOp, PmuOp, RouteOp
from xdsl.dialects.builtin import ArrayAttr, ModuleOp, StringAttr
from xdsl.ir.affine import AffineMap

from rdu_ir.bitstream import (
    BitstreamError,
    read_bitstream,
    read_layout,
    write_bitstream,
)
from rdu_ir.bitstream import format as F
from rdu_ir.chip import PRESETS, Chip
from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module
from rdu_ir.printing import print_module
from rdu_ir.translate_main import main

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted((ROOT / "tests/filecheck/bitstream").glob("*.mlir")) + [
    ROOT / "tests/filecheck/rdu/roundtrip.mlir",
    ROOT / "tests/filecheck/rdu/custom_chip.mlir",
]
CTX = make_context()


def parse(path: Path) -> ModuleOp:
    module = parse_module(CTX, path.read_text(), str(path))
    module.verify()
    return module


def without_names(module: ModuleOp) -> ModuleOp:
    clone = module.clone()
    for op in clone.walk():
        for r in op.results:
            r.name_hint = None
        for region in op.regions:
            for block in region.blocks:
                for a in block.args:
                    a.name_hint = None
    return clone


def fix_crc(data: bytes | bytearray) -> bytes:
    buf = bytearray(data)
    buf[-4:] = struct.pack("<I", zlib.crc32(bytes(buf[:-4])))
    return bytes(buf)


def section(data: bytes, kind: F.SectionKind, index: int = 0):
    return next(s for s in read_layout(data).sections if s.kind == kind and s.index == index)


def reject(data: bytes, field: str, *needles: str) -> BitstreamError:
    with pytest.raises(BitstreamError) as info:
        read_bitstream(data, CTX, "prog.rbs")
    e = info.value
    assert e.field.startswith(field), str(e)
    assert str(e).startswith(f"error: prog.rbs: offset {e.offset}: field {e.field}: "), str(e)
    for needle in needles:
        assert needle in str(e), str(e)
    return e


# --- round trips ------------------------------------------------------------------------


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_round_trip_with_debug_info_prints_identically(path: Path):
    module = parse(path)
    data = write_bitstream(module)
    back = read_bitstream(data, CTX)
    assert print_module(back) == print_module(module)
    assert print_module(back, generic=True) == print_module(module, generic=True)
    assert print_module(back, debuginfo=True) == print_module(module, debuginfo=True)
    assert write_bitstream(back) == data  # rbs -> IR -> rbs


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_round_trip_without_debug_info_loses_only_names(path: Path):
    module = parse(path)
    data = write_bitstream(module, debug_info=False)
    back = read_bitstream(data, CTX)
    assert print_module(back) == print_module(without_names(module))
    assert write_bitstream(back, debug_info=False) == data
    assert len(data) < len(write_bitstream(module))


def test_same_input_twice_gives_identical_bytes():
    path = ROOT / "tests/filecheck/bitstream/sections.mlir"
    assert write_bitstream(parse(path)) == write_bitstream(parse(path))


def test_bytes_do_not_depend_on_the_hash_seed(tmp_path: Path):
    import os
    import subprocess

    src = ROOT / "tests/filecheck/bitstream/sections.mlir"
    out = tmp_path / "p.rbs"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-m", "rdu_ir.translate_main", "--to-bitstream", str(src), "-o", str(out)],
                   check=True, env=env, timeout=120)
    assert out.read_bytes() == write_bitstream(parse(src), source=str(src))


def test_layout_of_a_two_section_program():
    data = write_bitstream(parse(ROOT / "tests/filecheck/bitstream/sections.mlir"))
    layout = read_layout(data)
    kinds = [(s.kind.name, s.index) for s in layout.sections]
    assert kinds == [("CHIP", 0), ("MODULE", 0), ("CONFIG", 0), ("CONFIG", 1), ("REFERENCE", 0), ("DEBUG", 0)]
    assert layout.chip.name == "strip" and (layout.chip.rows, layout.chip.cols) == (2, 6)
    assert layout.flags == F.FLAG_DEBUG | F.FLAG_REFERENCE
    assert data[:8] == F.MAGIC and all(s.offset % F.SECTION_ALIGN == 0 for s in layout.sections)


def test_one_configuration_section_reads_alone(good: bytes):
    from rdu_ir.bitstream import read_config

    second = read_config(good, 1, CTX)
    assert isinstance(second, ChipOp) and second.sym_name.data == "section1"
    whole = read_bitstream(good, CTX)
    expected = [op for op in whole.walk() if isinstance(op, ChipOp)][1]
    assert print_module(without_names(second)) == print_module(without_names(expected))
    with pytest.raises(BitstreamError, match="no configuration 2: the file has 2"):
        read_config(good, 2, CTX)


def test_chip_record_is_fixed_width_and_covers_every_chip_field():
    assert [n for n, _ in F.CHIP_FIELDS] == [f.name for f in dataclasses.fields(Chip)]
    data = write_bitstream(parse(ROOT / "tests/filecheck/bitstream/roundtrip.mlir"))
    chip = section(data, F.SectionKind.CHIP)
    assert chip.length == 4 + sum(F.chip_field_width(k) for _, k in F.CHIP_FIELDS)
    assert read_layout(data).chip == PRESETS["tiny"]


def test_every_rdu_op_has_an_op_kind_code():
    assert len(set(F.OP_KINDS)) == len(F.OP_KINDS)
    missing = [op.name for op in RDU.operations if op.name not in F.OP_CODES]
    assert not missing, f"append {missing} to format.OP_KINDS"


def test_constants_are_stored_once_and_raw_little_endian():
    text = """rdu.chip "tiny" {
      %m = rdu.pmu @w at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)> {a = dense<[1.0, 2.0]> : tensor<2xf32>, b = dense<[1.0, 2.0]> : tensor<2xf32>}
    }"""
    module = parse_module(CTX, text)
    data = write_bitstream(module)
    consts = section(data, F.SectionKind.CONSTANTS)
    assert data[consts.offset : consts.offset + consts.length] == struct.pack("<2f", 1.0, 2.0)
    assert print_module(read_bitstream(data, CTX)) == print_module(module)


def test_generic_ops_and_forward_references_round_trip():
    # A top-level func.func (written by name, kind 0) and a route that uses units defined after it.
    chip = PRESETS["tiny"]
    a = PcuOp("a", (0, 0), stages=[("pass", ["in0"])])
    b = PmuOp("b", (0, 1), bytes=64)
    route = RouteOp("vector", a, 0, b, 0, [(0, 1)])
    body = ChipOp(chip, [route, a, b])
    func_text = 'func.func private @host(tensor<4xf32>) -> tensor<4xf32>'
    func_op = parse_module(CTX, func_text).body.block.first_op.clone()
    module = ModuleOp([func_op, body])
    data = write_bitstream(module)
    back = read_bitstream(data, CTX)
    assert print_module(back) == print_module(module)
    assert write_bitstream(back) == data


def test_program_with_weights_and_credits_round_trips():
    from rdu_ir.dialects.rdu_credits import CreditOp
    from rdu_ir.dialects.rdu_program import DramOp, ProgramOp
    from xdsl.dialects.builtin import (
        DenseIntOrFPElementsAttr,
        FunctionType,
        TensorType,
        f32,
    )

    t16, t4 = TensorType(f32, [16]), TensorType(f32, [4])
    weights = DenseIntOrFPElementsAttr.from_list(t4, [0.5, 1.5, -2.0, 4.0])
    ld = AgcuOp("load_a", 0, "load", "A", [(0, 16, 1)], AffineMap.identity(1))
    buf = PmuOp("buf", (0, 1), bytes=64, depth=2, write=([(0, 16, 1)], AffineMap.identity(1)),
                read=([(0, 16, 1)], AffineMap.identity(1)))
    st = AgcuOp("store_c", 1, "store", "C", [(0, 16, 1)], AffineMap.identity(1))
    section0 = ChipOp(PRESETS["tiny"], [
        ld, buf, st,
        RouteOp("vector", ld, 0, buf, 0, [(0, 0), (0, 1)]),
        RouteOp("control", buf, 0, ld, 0, [(0, 1), (0, 0)]),
        RouteOp("vector", buf, 0, st, 0, [(0, 1), (0, 2), (0, 3), (0, 4)]),
        RouteOp("control", st, 0, buf, 0, [(0, 4), (0, 3), (0, 2), (0, 1)]),
        CreditOp("ready", ld, 0, buf, 0, 2),
        CreditOp("write", ld, 0, buf, 0, 1),
        CreditOp("stream", ld, 0, buf, 0, 2),
        CreditOp("stream", buf, 0, st, 0, 2),
    ], sym_name="section0")
    program = ProgramOp("p", FunctionType.from_lists([t16], [t16]), ["C"], [
        DramOp("A", t16, arg=0), DramOp("W", t4, value=weights), DramOp("C", t16), section0,
    ])
    module = ModuleOp([program])
    module.verify()
    data = write_bitstream(module)
    layout = read_layout(data)
    assert [s.kind.name for s in layout.sections] == ["CHIP", "MODULE", "CONFIG", "CONSTANTS", "DEBUG"]
    consts = section(data, F.SectionKind.CONSTANTS)
    assert data[consts.offset : consts.offset + consts.length] == struct.pack("<4f", 0.5, 1.5, -2.0, 4.0)
    back = read_bitstream(data, CTX)
    assert print_module(back) == print_module(module)
    assert "rdu.credit ready" in print_module(back)
    assert write_bitstream(back) == data


def test_every_kind_of_location_round_trips():
    from xdsl.dialects.builtin import (
        CallSiteLoc,
        FileLineColLoc,
        FusedLoc,
        IntAttr,
        NameLoc,
        NoneAttr,
        UnknownLoc,
    )

    flc = FileLineColLoc(StringAttr("a.mlir"), IntAttr(3), IntAttr(7))
    locations = [UnknownLoc(), flc, NameLoc(StringAttr("n"), flc), CallSiteLoc(flc, UnknownLoc()),
                 FusedLoc([flc, UnknownLoc()], NoneAttr())]
    units = [PcuOp(f"p{i}", site) for i, site in enumerate([(0, 0), (0, 2), (1, 1), (2, 0), (2, 2)])]
    for unit, loc in zip(units, locations, strict=True):
        unit.location = loc
    module = ModuleOp([ChipOp(PRESETS["tiny"], units)])
    back = read_bitstream(write_bitstream(module), CTX)
    assert [type(op.location) for op in back.walk() if isinstance(op, PcuOp)] == [type(x) for x in locations]
    assert print_module(back, debuginfo=True) == print_module(module, debuginfo=True)


def test_unencodable_module_is_a_clean_error():
    module = parse_module(CTX, "func.func @f() {\n  func.return\n}\n")
    with pytest.raises(Exception, match="no `rdu.chip` configuration"):
        write_bitstream(module, source="f.mlir")


# --- the robust reader ----------------------------------------------------------------


@pytest.fixture(scope="module")
def good() -> bytes:
    return write_bitstream(parse(ROOT / "tests/filecheck/bitstream/sections.mlir"))


def test_empty_and_tiny_files(good: bytes):
    reject(b"", "magic", "0 bytes")
    reject(good[:5], "magic")
    reject(good[:20], "header", "truncated")


def test_wrong_magic():
    e = reject(b"rdu.chip \"tiny\" {}\n" + bytes(40), "magic", "not an rdu bitstream", "--to-bitstream")
    assert e.offset == 0


def test_unknown_version(good: bytes):
    bad = bytearray(good)
    bad[8:12] = struct.pack("<I", 7)
    e = reject(fix_crc(bad), "format_version", "unknown format version 7")
    assert e.offset == 8


def test_bad_checksum(good: bytes):
    bad = bytearray(good)
    bad[len(bad) // 2] ^= 0x40
    e = reject(bytes(bad), "checksum", "CRC32 mismatch")
    assert e.offset == len(good) - 4


def test_truncated_file(good: bytes):
    e = reject(good[: len(good) - 100], "file_size", "truncated")
    assert e.offset == 24
    # A short file whose header and checksum were made consistent fails at the section table.
    short = bytearray(good[:200]) + bytearray(4)
    short[24:32] = struct.pack("<Q", len(short))
    reject(fix_crc(short), "section")


def test_oversized_counts_and_lengths_are_checked_before_allocating(good: bytes):
    cases = []
    bad = bytearray(good)
    bad[16:20] = struct.pack("<I", 0xFFFFFFFF)
    cases.append((fix_crc(bad), "section_count"))
    module = section(good, F.SectionKind.MODULE)
    bad = bytearray(good)
    bad[module.offset : module.offset + 4] = struct.pack("<I", 0xFFFFFFFF)
    cases.append((fix_crc(bad), "module[0].value_count"))
    config = section(good, F.SectionKind.CONFIG)
    # The first op record of a CONFIG section: u16 kind, then its result count.
    bad = bytearray(good)
    bad[config.offset + 10 : config.offset + 14] = struct.pack("<I", 0x7FFFFFFF)
    cases.append((fix_crc(bad), "op rdu.chip result count"))
    entry = next(s for s in read_layout(good).sections if s.kind == F.SectionKind.CONFIG).entry_offset
    bad = bytearray(good)
    bad[entry + 16 : entry + 24] = struct.pack("<Q", (1 << 64) - 1)
    cases.append((fix_crc(bad), "section[2].length"))
    for data, field in cases:
        tracemalloc.start()
        try:
            e = reject(data, field)
        finally:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert peak < 4 << 20, (field, peak)
        assert "count" in e.problem or "length" in e.problem or "table" in e.problem, str(e)


def test_string_length_past_the_end(good: bytes):
    # The chip section's name: kind-0 ops spell names; here the first STRING of a property.
    config = section(good, F.SectionKind.CONFIG)
    blob = good[config.offset : config.offset + config.length]
    at = config.offset + blob.index(b"\x05" + struct.pack("<I", len("section0")) + b"section0")
    bad = bytearray(good)
    bad[at + 1 : at + 5] = struct.pack("<I", 0xFFFFFF00)
    reject(fix_crc(bad), "op rdu.chip property", "exceeds")


def _write_unchecked(*units) -> bytes:
    """A bitstream of ops the verifier would reject (the writer does not verify)."""
    return write_bitstream(ModuleOp([ChipOp(PRESETS["tiny"], list(units))]))


def test_out_of_range_positions_name_the_field_and_its_offset():
    data = _write_unchecked(PcuOp("p", (9, 0), stages=[("pass", ["in0"])]))
    e = reject(data, "op rdu.pcu property 'row'", "row 9 is outside the 4x4 grid of chip 'tiny'")
    assert data[e.offset] == F.AttrTag.INTEGER
    data = _write_unchecked(AgcuOp("a", 5, "load", "A", [], AffineMap(0, 0, ())))
    reject(data, "op rdu.agcu property 'index'", "AGCU 5 does not exist")
    a, b = PcuOp("a", (0, 0)), PmuOp("b", (0, 1), bytes=64)
    data = _write_unchecked(a, b, RouteOp("vector", a, 0, b, 0, [(0, 1), (0, 7)]))
    reject(data, "op rdu.route property 'hops'", "switch (0, 7) is outside the 5x5 switch mesh")


def test_verifier_failure_is_an_error_at_the_op_record():
    data = _write_unchecked(PcuOp("p", (0, 1), stages=[("pass", ["in0"])]))
    e = reject(data, "op rdu.pcu", "does not verify", "site (0, 1) holds a PMU, not a PCU")
    assert struct.unpack_from("<H", data, e.offset)[0] == F.OP_CODES["rdu.pcu"]


def test_unknown_op_kind_and_attribute_tag(good: bytes):
    config = section(good, F.SectionKind.CONFIG)
    at = config.offset + F.STREAM_HEADER.size
    bad = bytearray(good)
    bad[at : at + 2] = struct.pack("<H", 999)
    e = reject(fix_crc(bad), "op.kind", "unknown op kind 999")
    assert e.offset == at
    # The chip property's value follows "chip": a DICTIONARY tag.
    blob = good[config.offset : config.offset + config.length]
    tag_at = config.offset + blob.index(b"\x04\x00\x00\x00chip") + 8
    assert good[tag_at] == F.AttrTag.DICTIONARY
    bad = bytearray(good)
    bad[tag_at] = 0xEE
    e = reject(fix_crc(bad), "op rdu.chip property 'chip' tag", "unknown attribute tag 0xee")
    assert e.offset == tag_at


def test_constant_data_must_fit_its_type():
    from xdsl.dialects.builtin import (
        BytesAttr,
        DenseIntOrFPElementsAttr,
        TensorType,
        f32,
    )

    bad = DenseIntOrFPElementsAttr.new([TensorType(f32, [1 << 40]), BytesAttr(struct.pack("<2f", 1.0, 2.0))])
    data = _write_unchecked(PcuOp("p", (0, 0), attributes={"w": bad}))
    reject(data, "op rdu.pcu attribute 'w'.length", "neither one element nor the 1099511627776 elements")


def test_flags_must_match_the_sections(good: bytes):
    bad = bytearray(good)
    bad[12:16] = struct.pack("<I", F.FLAG_REFERENCE)  # DEBUG section present, flag cleared
    reject(fix_crc(bad), "flags", "DEBUG")
    bad[12:16] = struct.pack("<I", 0x80)
    reject(fix_crc(bad), "flags", "unknown flag bits")


def test_deep_nesting_is_rejected_without_recursion_errors():
    deep = StringAttr("x")
    for _ in range(F.MAX_NESTING + 5):
        deep = ArrayAttr([deep])
    data = _write_unchecked(PcuOp("p", (0, 0), attributes={"deep": deep}))
    reject(data, "op rdu.pcu attribute 'deep'", "nest deeper")


def test_bad_chip_record(good: bytes):
    chip = section(good, F.SectionKind.CHIP)
    rows_at = chip.offset + 4 + F.CHIP_STRING_BYTES
    bad = bytearray(good)
    bad[rows_at : rows_at + 8] = struct.pack("<q", -3)
    e = reject(fix_crc(bad), "chip.rows", "must be positive")
    assert e.offset == rows_at


# --- the command line -------------------------------------------------------------------


def test_cli_round_trip_and_atomic_output(tmp_path: Path, capsys):
    src = ROOT / "tests/filecheck/bitstream/roundtrip.mlir"
    rbs, out = tmp_path / "prog.rbs", tmp_path / "out.mlir"
    assert main(["--to-bitstream", str(src), "-o", str(rbs)]) == 0
    assert main(["--from-bitstream", str(rbs), "-o", str(out)]) == 0
    assert out.read_text() == print_module(parse(src))
    bad = tmp_path / "bad.rbs"
    bad.write_bytes(rbs.read_bytes()[:-9])
    target = tmp_path / "never.mlir"
    assert main(["--from-bitstream", str(bad), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}: offset 24: field file_size:") and "Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob(".rdu-translate-*"))


def test_cli_reads_stdin(tmp_path: Path, monkeypatch, capsys):
    rbs = write_bitstream(parse(ROOT / "tests/filecheck/rdu/roundtrip.mlir"))

    class Stdin:
        buffer = io.BytesIO(rbs)

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert main(["--from-bitstream"]) == 0
    assert "rdu.chip \"tiny\"" in capsys.readouterr().out


def test_cli_usage_errors(capsys):
    assert main(["--to-bitstream", "--from-bitstream", "x"]) == 1
    assert "not allowed with" in capsys.readouterr().err
    assert main(["--from-bitstream", "/nonexistent/prog.rbs"]) == 1
    assert "cannot read input file" in capsys.readouterr().err


# --- fuzzing (bounded; benchmarks/fuzz_bitstream.py runs thousands) ---------------------


def test_fuzzed_bitstreams_are_rejected_cleanly_or_read():
    spec = importlib.util.spec_from_file_location("fuzz_bitstream", ROOT / "benchmarks/fuzz_bitstream.py")
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_bitstream", fuzz)  # its dataclasses look their module up
    spec.loader.exec_module(fuzz)  # type: ignore[union-attr]
    counts, _, failures = fuzz.run_cases(200, seed=0, time_limit=5.0)
    assert not failures, [(kind, o.kind, o.detail[:800]) for kind, _, o in failures[:3]]
    assert counts["rejected"] > 100 and counts["valid"] > 0
