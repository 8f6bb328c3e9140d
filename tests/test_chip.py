"""Chip descriptions: presets, derived figures, the attribute round trip, TOML errors."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import PRESETS, Chip, ChipError, bind_chip, chip_of, load_chip, module_chip


def test_plasticine_is_a_16x8_checkerboard_with_the_defined_peak():
    chip = PRESETS["plasticine"]
    assert (chip.rows, chip.cols, chip.num_pcus, chip.num_pmus) == (16, 8, 64, 64)
    assert chip.peak_flops == 64 * 16 * 6 * 2 * 1e9
    assert chip.unit_kind(0, 0) == "pcu" and chip.unit_kind(0, 1) == "pmu" and chip.unit_kind(1, 1) == "pcu"


def test_sn10_has_640_pcus_and_pmus():
    chip = PRESETS["sn10"]
    assert (chip.num_pcus, chip.num_pmus, chip.pmu_capacity_bytes) == (640, 640, 512 * 1024)


def test_agcus_sit_on_edge_switches():
    for chip in PRESETS.values():
        switches = chip.agcu_switches()
        assert len(switches) == chip.agcu_count == len(set(switches))
        assert all(col in (0, chip.cols) and 0 <= row <= chip.rows for row, col in switches)


@given(
    rows=st.integers(1, 40), cols=st.integers(1, 40), lanes=st.integers(1, 64),
    pattern=st.sampled_from(["checkerboard", "columns"]), clock=st.floats(0.1, 4.0),
)
def test_attribute_round_trip(rows, cols, lanes, pattern, clock):
    chip = dataclasses.replace(PRESETS["tiny"], rows=rows, cols=cols, pcu_lanes=lanes, pattern=pattern, clock_ghz=clock)
    assert Chip.from_attr(chip.to_attr()) == chip
    assert chip.num_pcus + chip.num_pmus == rows * cols


def test_bind_chip_records_and_refuses_another():
    module = ModuleOp([])
    assert module_chip(module) is None and chip_of(module) == PRESETS["plasticine"]
    bind_chip(module, PRESETS["tiny"])
    assert chip_of(module) == PRESETS["tiny"]
    bind_chip(module, PRESETS["tiny"])
    with pytest.raises(ChipError, match="already compiled for chip 'tiny'"):
        bind_chip(module, PRESETS["sn10"])


def test_toml_with_base_and_table(tmp_path):
    path = tmp_path / "half.toml"
    path.write_text('[chip]\nbase = "plasticine"\nrows = 8\n')
    chip = load_chip(str(path))
    assert chip.name == "half" and chip.rows == 8 and chip.pcu_lanes == 16


@pytest.mark.parametrize(
    "text, message",
    [
        ("cols = 4\n", "missing required chip field 'rows'"),
        ("rows = 4\ncols = 4\npattern = 'spiral'\n", "chip field 'pattern'"),
        ("rows = 4\ncols = 4\npmu_banks = 3\n", "pmu_banks"),
        ('base = "nope"\n', "unknown preset 'nope'"),
        ("rows = 4\ncols = 4\npmu_transpose_read = 1\n", "pmu_transpose_read"),
    ],
)
def test_bad_toml_names_the_field(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ChipError, match=message):
        load_chip(str(path))


def test_missing_file_and_unknown_preset():
    with pytest.raises(ChipError, match="cannot read chip file"):
        load_chip("/nonexistent/chip.toml")
    with pytest.raises(ChipError, match="unknown chip 'huge'"):
        load_chip("huge")
