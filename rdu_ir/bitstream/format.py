"""Constants, tables and record layouts of the rdu bitstream (`.rbs`), format version 1.

The byte-by-byte specification is docs/bitstream.md; this module is its executable form and
the writer and reader take every number from here. All integers are little-endian and
fixed-width (`struct` formats with an explicit '<'). Tables are append-only: a new op kind,
section kind, attribute tag or chip field gets the next free code; codes are never reused
or renumbered (a change that cannot be expressed that way bumps `FORMAT_VERSION`).
"""

from __future__ import annotations

import struct
from enum import IntEnum

# --- header -----------------------------------------------------------------------------

MAGIC = b"\x89RDU\r\n\x1a\n"
"""8 bytes. The high byte and the CR LF / ^Z / LF catch files mangled by text-mode transfers."""

FORMAT_VERSION = 1

HEADER = struct.Struct("<8sIIIIQ")
"""magic, format_version, flags, section_count, reserved (0), file_size: 32 bytes."""

FLAG_DEBUG = 1 << 0
"""The file has a DEBUG section (value names, source locations)."""
FLAG_REFERENCE = 1 << 1
"""The file has a REFERENCE section (the `ta` reference module as MLIR text)."""
KNOWN_FLAGS = FLAG_DEBUG | FLAG_REFERENCE

SECTION_ENTRY = struct.Struct("<IIQQ")
"""kind, index, offset (from the start of the file), length: 24 bytes."""

SECTION_ALIGN = 8
"""Every section starts at a multiple of 8; the gap before it is zero bytes."""

CONSTANT_ALIGN = 16
"""Every constant blob starts at a multiple of 16 within the CONSTANTS section."""

CRC = struct.Struct("<I")
"""The last 4 bytes: zlib.crc32 of every byte before them."""

MIN_FILE_SIZE = HEADER.size + CRC.size


class SectionKind(IntEnum):
    """Kinds of the section table's entries, in the order they must appear."""

    CHIP = 1
    """The target chip as a fixed record (CHIP_FIELDS)."""
    MODULE = 2
    """The top-level op stream: the `builtin.module` and its non-configuration ops."""
    CONFIG = 3
    """One chip configuration (a top-level `rdu.chip` op) each; index = 0, 1, ... in program order."""
    CONSTANTS = 4
    """Raw little-endian element data of dense tensor constants (weights)."""
    REFERENCE = 5
    """The `ta` reference module (`@rdu_reference`) as UTF-8 MLIR text."""
    DEBUG = 6
    """Source locations and value names of the op streams."""


# --- the chip record --------------------------------------------------------------------

CHIP_STRING_BYTES = 64
"""A string chip field is 64 bytes of UTF-8, padded with NUL bytes."""

CHIP_FIELDS: tuple[tuple[str, str], ...] = (
    # (rdu_ir.chip.Chip field, type); append new fields at the end.
    ("name", "str"),
    ("rows", "int"),
    ("cols", "int"),
    ("pattern", "str"),
    ("pcu_lanes", "int"),
    ("pcu_stages", "int"),
    ("pcu_fifo_depth", "int"),
    ("pmu_capacity_bytes", "int"),
    ("pmu_banks", "int"),
    ("pmu_read_ports", "int"),
    ("pmu_write_ports", "int"),
    ("pmu_transpose_read", "bool"),
    ("switch_latency", "int"),
    ("link_latency", "int"),
    ("vector_links", "int"),
    ("scalar_links", "int"),
    ("control_links", "int"),
    ("agcu_count", "int"),
    ("dram_bandwidth_gbs", "float"),
    ("clock_ghz", "float"),
    ("config_load_cycles", "int"),
)
"""The CHIP section: u32 field_count, then field_count fields in this order. `int` is i64,
`float` f64, `bool` u64 (0 or 1), `str` CHIP_STRING_BYTES bytes."""

CHIP_FIELD_FORMATS = {"int": struct.Struct("<q"), "float": struct.Struct("<d"), "bool": struct.Struct("<Q")}


def chip_field_width(kind: str) -> int:
    return CHIP_STRING_BYTES if kind == "str" else CHIP_FIELD_FORMATS[kind].size


# --- op records -------------------------------------------------------------------------

OP_KINDS: tuple[str | None, ...] = (
    None,  # 0: a named op: the record spells the op name
    "builtin.module",  # 1
    "rdu.chip",  # 2
    "rdu.pcu",  # 3
    "rdu.pmu",  # 4
    "rdu.agcu",  # 5
    "rdu.route",  # 6
    "rdu.program",  # 7
    "rdu.dram",  # 8
    "rdu.credit",  # 9
)
"""Op-kind codes (u16). Append new rdu ops here; any other registered op is written as
kind 0 with its name, so a new op never needs a format change to be encodable."""

OP_NAMED = 0
OP_CODES: dict[str, int] = {name: code for code, name in enumerate(OP_KINDS) if name is not None}

SLOT_CONFIG = 0xFFFF
"""In the MODULE stream (at any depth, e.g. inside an `rdu.program`): `u32 index` follows; the
op is the `rdu.chip` of CONFIG section `index`. Every `rdu.chip` outside the reference is one."""
SLOT_REFERENCE = 0xFFFE
"""In the MODULE stream: the op is the reference module of the REFERENCE section."""

STREAM_HEADER = struct.Struct("<II")
"""An op stream (MODULE or CONFIG section) starts with value_count, op_count."""

OP_RECORD_MIN = 2 + 4 * 6
"""Smallest op record: kind and six empty counts (results, operands, successors, properties,
attributes, regions)."""

MAX_INTEGER_WIDTH = (1 << 24) - 1
"""Widest integer type (MLIR's limit); bounds the big-integer arithmetic of range checks."""

MAX_MAP_DIMS = 4096
"""Most dimensions plus symbols of an affine map (the count is not backed by bytes)."""

CHIP_LIMITS: dict[str, int] = {"rows": 4096, "cols": 4096, "agcu_count": 4096}
"""Upper bounds the reader puts on chip fields that size loops (any chip: the CHIP record,
an `rdu.chip` op's description, the module's `rdu.chip` attribute)."""

MAX_NESTING = 64
"""Deepest nesting of regions and attributes the reader accepts (keeps Python's stack safe)."""


# --- attributes ------------------------------------------------------------------------


class AttrTag(IntEnum):
    """First byte of an encoded attribute (or type); what follows is in docs/bitstream.md."""

    UNIT = 0x01  # -
    INTEGER = 0x02  # type, i64 value
    INTEGER_WIDE = 0x03  # type, u32 n, n bytes two's complement (values beyond i64)
    FLOAT = 0x04  # type, f64 value
    STRING = 0x05  # string
    ARRAY = 0x06  # u32 count, count attributes
    DICTIONARY = 0x07  # u32 count, count (string key, attribute)
    DENSE_ARRAY = 0x08  # element type, u32 byte_length, bytes
    AFFINE_MAP = 0x09  # u32 dims, u32 symbols, u32 results, results expressions
    DENSE_ELEMENTS = 0x0A  # shaped type, u64 offset, u64 byte_length into CONSTANTS
    INTEGER_TYPE = 0x0B  # u32 width, u8 signedness
    PARAMETRIZED = 0x0C  # u8 is_type, string name, u32 count, count parameters
    INT_DATA = 0x0D  # i64
    FLOAT_DATA = 0x0E  # f64
    BYTES = 0x0F  # u32 length, bytes
    TEXT = 0x10  # string: the attribute's MLIR text (no structured encoding exists for it)


class ExprTag(IntEnum):
    """First byte of an affine expression node."""

    DIM = 1  # u32 position
    SYMBOL = 2  # u32 position
    CONSTANT = 3  # i64 value
    ADD = 4  # lhs, rhs
    MUL = 5
    MOD = 6
    FLOORDIV = 7
    CEILDIV = 8


SIGNEDNESS = ("signless", "signed", "unsigned")
"""INTEGER_TYPE signedness byte: index into this tuple."""

U8 = struct.Struct("<B")
U16 = struct.Struct("<H")
U32 = struct.Struct("<I")
U64 = struct.Struct("<Q")
I64 = struct.Struct("<q")
F64 = struct.Struct("<d")

# --- semantic checks the reader makes before building ops -------------------------------

GRID_POSITION: dict[str, tuple[str, str]] = {"rdu.pcu": ("row", "col"), "rdu.pmu": ("row", "col")}
"""Ops whose (row, col) properties name a site: checked against the enclosing chip's grid."""
AGCU_INDEX: dict[str, str] = {"rdu.agcu": "index"}
"""Ops whose property names an AGCU: checked against the chip's AGCU count."""
SWITCH_HOPS: dict[str, str] = {"rdu.route": "hops"}
"""Ops whose i64 array property lists switches as (row, col) pairs: checked against the mesh."""
