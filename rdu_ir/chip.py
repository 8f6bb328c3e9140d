"""Chip descriptions: the data every pass and simulator reads about the target RDU.

A chip is a grid of sites (PCUs and PMUs in a pattern) with a switch at every grid point
between sites, i.e. a (rows+1) x (cols+1) switch mesh. Each unit connects to the four
switches at its corners; neighbouring switches are linked, with a number of links per
network (vector, scalar, control). AGCUs (DRAM interfaces) hang off the left and right
edge switches.

A chip comes from a preset name (`tiny`, `plasticine`, `sn10`) or a TOML file whose keys are
the fields below (a `base = "preset"` key starts from a preset). It is recorded on a module
as the `rdu.chip` attribute (a dictionary of its fields), so a module carries the chip it was
compiled for and passes read it from there.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal

from xdsl.dialects.builtin import (
    BoolAttr,
    DictionaryAttr,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    f64,
    i64,
)
from xdsl.ir import Attribute

CHIP_ATTR = "rdu.chip"
"""Name of the module attribute that records the chip a module is compiled for."""

UnitKind = Literal["pcu", "pmu"]


class ChipError(Exception):
    """A chip description that cannot be loaded; the message names the field."""


@dataclass(frozen=True)
class Chip:
    name: str
    rows: int
    cols: int
    pattern: str = "checkerboard"
    """`checkerboard` (PCU where row+col is even) or `columns` (PCU/PMU columns alternate)."""
    pcu_lanes: int = 16
    pcu_stages: int = 6
    pcu_fifo_depth: int = 4
    """Input FIFO depth of a PCU port, in vectors."""
    pmu_capacity_bytes: int = 256 * 1024
    pmu_banks: int = 16
    pmu_read_ports: int = 2
    pmu_write_ports: int = 1
    pmu_transpose_read: bool = True
    switch_latency: int = 1
    """Cycles a vector spends in one switch."""
    link_latency: int = 1
    """Cycles a vector spends on one switch-to-switch link."""
    vector_links: int = 2
    scalar_links: int = 2
    control_links: int = 4
    agcu_count: int = 4
    dram_bandwidth_gbs: float = 64.0
    """DRAM bandwidth in GB/s shared by all AGCUs."""
    clock_ghz: float = 1.0
    config_load_cycles: int = 10_000
    """Cycles to load one section's configuration (bitstream) onto the chip."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            expected = {"int": int, "float": (int, float), "str": str, "bool": bool}[
                f.type if isinstance(f.type, str) else f.type.__name__
            ]
            if isinstance(value, bool) and f.type != "bool":
                raise ChipError(f"chip field '{f.name}': expected {f.type}, got a boolean")
            if not isinstance(value, expected):
                raise ChipError(
                    f"chip field '{f.name}': expected {f.type}, got {type(value).__name__} {value!r}"
                )
            if f.type in ("int", "float") and value <= 0 and f.name not in ():
                raise ChipError(f"chip field '{f.name}': must be positive, got {value}")
        if self.pattern not in ("checkerboard", "columns"):
            raise ChipError(
                f"chip field 'pattern': expected 'checkerboard' or 'columns', got {self.pattern!r}"
            )
        if self.pmu_capacity_bytes % self.pmu_banks:
            raise ChipError("chip field 'pmu_banks': must divide pmu_capacity_bytes")

    # --- derived figures -------------------------------------------------------------
    def unit_kind(self, row: int, col: int) -> UnitKind:
        """The kind of unit at site (row, col)."""
        if self.pattern == "checkerboard":
            return "pcu" if (row + col) % 2 == 0 else "pmu"
        return "pcu" if col % 2 == 0 else "pmu"

    def sites(self, kind: UnitKind) -> list[tuple[int, int]]:
        """All sites of one kind, in row-major order."""
        return [
            (r, c) for r in range(self.rows) for c in range(self.cols) if self.unit_kind(r, c) == kind
        ]

    @property
    def num_pcus(self) -> int:
        return len(self.sites("pcu"))

    @property
    def num_pmus(self) -> int:
        return len(self.sites("pmu"))

    @property
    def clock_hz(self) -> float:
        return self.clock_ghz * 1e9

    @property
    def peak_flops(self) -> float:
        """Peak FLOP/s: PCUs x lanes x stages x 2 x clock (one FMA per stage, lane and cycle)."""
        return self.num_pcus * self.pcu_lanes * self.pcu_stages * 2 * self.clock_hz

    @property
    def dram_bytes_per_cycle(self) -> float:
        return self.dram_bandwidth_gbs * 1e9 / self.clock_hz

    def agcu_switches(self) -> list[tuple[int, int]]:
        """Switch positions (row, col) of the AGCUs: spread evenly over the left and right edges."""
        left = (self.agcu_count + 1) // 2
        right = self.agcu_count - left
        out: list[tuple[int, int]] = []
        for count, col in ((left, 0), (right, self.cols)):
            for i in range(count):
                out.append(((i * (self.rows + 1)) // max(count, 1), col))
        return out

    # --- attribute form ----------------------------------------------------------------
    def to_attr(self) -> DictionaryAttr:
        data: dict[str, Attribute] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool):
                data[f.name] = BoolAttr.from_bool(value)
            elif isinstance(value, int):
                data[f.name] = IntegerAttr(value, i64)
            elif isinstance(value, float):
                data[f.name] = FloatAttr(value, f64)
            else:
                data[f.name] = StringAttr(value)
        return DictionaryAttr(data)

    @staticmethod
    def from_attr(attr: Attribute) -> Chip:
        if not isinstance(attr, DictionaryAttr):
            raise ChipError(f"'{CHIP_ATTR}' must be a dictionary attribute")
        values: dict[str, object] = {}
        known = {f.name: f.type for f in fields(Chip)}
        for key, value in attr.data.items():
            if key not in known:
                raise ChipError(f"'{CHIP_ATTR}': unknown chip field '{key}'")
            if isinstance(value, IntegerAttr):
                v = value.value.data
                values[key] = bool(v) if known[key] == "bool" else v
            elif isinstance(value, FloatAttr):
                values[key] = value.value.data
            elif isinstance(value, StringAttr):
                values[key] = value.data
            else:
                raise ChipError(f"'{CHIP_ATTR}': field '{key}' has an unsupported value {value}")
        return Chip.from_dict(values, origin=CHIP_ATTR)

    @staticmethod
    def from_dict(values: dict[str, object], origin: str = "chip") -> Chip:
        values = dict(values)
        base_name = values.pop("base", None)
        if base_name is not None:
            if base_name not in PRESETS:
                raise ChipError(f"{origin}: field 'base': unknown preset {base_name!r}")
            merged = dataclasses.asdict(PRESETS[str(base_name)])
        else:
            merged = {}
        known = {f.name: f.type for f in fields(Chip)}
        for key, value in values.items():
            if key not in known:
                raise ChipError(f"{origin}: unknown chip field '{key}'")
            if known[key] == "float" and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            merged[key] = value
        for key in ("name", "rows", "cols"):
            if key not in merged:
                raise ChipError(f"{origin}: missing required chip field '{key}'")
        try:
            return Chip(**merged)
        except ChipError as e:
            raise ChipError(f"{origin}: {e}") from None


PRESETS: dict[str, Chip] = {
    # A 4x4 grid for tests: 8 PCUs, 8 PMUs, small memories so tiling shows.
    "tiny": Chip(
        name="tiny",
        rows=4,
        cols=4,
        pcu_lanes=4,
        pcu_stages=4,
        pcu_fifo_depth=2,
        pmu_capacity_bytes=4096,
        pmu_banks=4,
        agcu_count=2,
        dram_bandwidth_gbs=16.0,
        config_load_cycles=1_000,
    ),
    # Plasticine-sized (Prabhakar et al., ISCA 2017): 16x8 checkerboard, 64 PCUs and 64 PMUs.
    # DRAM is HBM-class here so that a well-tiled GEMM is compute bound.
    "plasticine": Chip(
        name="plasticine",
        rows=16,
        cols=8,
        pcu_lanes=16,
        pcu_stages=6,
        pmu_capacity_bytes=256 * 1024,
        pmu_banks=16,
        agcu_count=8,
        dram_bandwidth_gbs=256.0,
        clock_ghz=1.0,
        config_load_cycles=10_000,
    ),
    # Sized like SambaNova's SN10: 32x40 checkerboard, 640 PCUs and 640 PMUs of 0.5 MiB.
    "sn10": Chip(
        name="sn10",
        rows=32,
        cols=40,
        pcu_lanes=32,
        pcu_stages=6,
        pmu_capacity_bytes=512 * 1024,
        pmu_banks=32,
        agcu_count=16,
        dram_bandwidth_gbs=600.0,
        clock_ghz=1.25,
        config_load_cycles=50_000,
    ),
}

DEFAULT_CHIP = "plasticine"


def load_chip(spec: str) -> Chip:
    """A chip from a preset name or a TOML file path; raises ChipError naming the problem."""
    if spec in PRESETS:
        return PRESETS[spec]
    path = Path(spec)
    if path.suffix != ".toml" and not path.exists():
        raise ChipError(
            f"unknown chip '{spec}': expected one of {', '.join(PRESETS)} or a .toml file"
        )
    try:
        text = path.read_text()
    except OSError as e:
        raise ChipError(f"cannot read chip file '{spec}': {e.strerror}") from None
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ChipError(f"{spec}: invalid TOML: {e}") from None
    if "chip" in values and isinstance(values["chip"], dict):
        values = values["chip"]
    values.setdefault("name", path.stem)
    return Chip.from_dict(values, origin=spec)


def module_chip(module: ModuleOp) -> Chip | None:
    """The chip recorded on a module, or None."""
    attr = module.attributes.get(CHIP_ATTR)
    return None if attr is None else Chip.from_attr(attr)


def chip_of(module: ModuleOp) -> Chip:
    """The chip a pass compiles for: the module's recorded chip, else the default preset."""
    return module_chip(module) or PRESETS[DEFAULT_CHIP]


def bind_chip(module: ModuleOp, chip: Chip) -> None:
    """Record `chip` on `module`; a module bound to a different chip is an error."""
    existing = module_chip(module)
    if existing is not None and existing != chip:
        raise ChipError(
            f"module is already compiled for chip '{existing.name}', cannot compile it for '{chip.name}'"
        )
    module.attributes[CHIP_ATTR] = chip.to_attr()
