"""Reading a bitstream back into an `rdu` module, treating the file as untrusted input.

Every field is checked where it is read, and a bad one raises a `BitstreamError`
(`error: <file>: offset N: field <name>: <problem>`). Counts and lengths are checked against
the bytes left in their section before anything is allocated for them, nesting is bounded,
and positions (sites, AGCU indices, switches) are checked against the chip of the enclosing
`rdu.chip` before the ops are built; last, the module verifier runs, and its failure is an
error at the offset of the failing op's record.
"""

from __future__ import annotations

import struct
import typing
import zlib
from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    Builtin,
    BytesAttr,
    CallSiteLoc,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DictionaryAttr,
    FileLineColLoc,
    FloatAttr,
    FloatData,
    FusedLoc,
    IndexType,
    IntAttr,
    IntegerAttr,
    IntegerType,
    LocationAttr,
    ModuleOp,
    NameLoc,
    NoneType,
    Signedness,
    StringAttr,
    TypeAttribute,
    UnitAttr,
    UnknownLoc,
)
from xdsl.ir import Attribute, Block, Operation, ParametrizedAttribute, Region, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineMap,
    AffineSymExpr,
)
from xdsl.parser import Parser
from xdsl.parser.core import ForwardDeclaredValue
from xdsl.utils.mlir_lexer import MLIRTokenKind

from rdu_ir.bitstream import format as F
from rdu_ir.chip import CHIP_ATTR, Chip, ChipError
from rdu_ir.diagnostics import RduError

_LOCATIONS = (UnknownLoc, FileLineColLoc, CallSiteLoc, NameLoc, FusedLoc)
_BUILTIN_ATTRS: dict[str, type[Attribute]] = {a.name: a for a in (*Builtin.attributes, *_LOCATIONS)}
"""Builtin attributes by name (the context looks up dotted dialect names only); locations too,
some of which the builtin dialect does not register."""
_BINARY = {
    F.ExprTag.ADD: AffineBinaryOpKind.Add,
    F.ExprTag.MUL: AffineBinaryOpKind.Mul,
    F.ExprTag.MOD: AffineBinaryOpKind.Mod,
    F.ExprTag.FLOORDIV: AffineBinaryOpKind.FloorDiv,
    F.ExprTag.CEILDIV: AffineBinaryOpKind.CeilDiv,
}
_SIGNEDNESS = (Signedness.SIGNLESS, Signedness.SIGNED, Signedness.UNSIGNED)
assert set(typing.get_args(LocationAttr)) == set(_LOCATIONS), "a new kind of location: list it here"


class BitstreamError(RduError):
    """A bitstream that cannot be read: where (byte offset, field) and why."""

    def __init__(self, source: str, offset: int, field: str, problem: str):
        super().__init__(f"error: {source}: offset {offset}: field {field}: {problem}")
        self.source, self.offset, self.field, self.problem = source, offset, field, problem


def _label(name: str) -> str:
    """A name as it appears in a field label: printable, without ':' (which ends the label)."""
    if len(name) <= 40 and name.replace(".", "_").isidentifier():
        return name
    clean = "".join(ch if ch.isprintable() and ch not in ":'" else "?" for ch in name[:40])
    return clean + ("..." if len(name) > 40 else "")


def _first_line(e: BaseException) -> str:
    """An exception's message as one line of reasonable length (xDSL's may print whole modules)."""
    lines = str(e).strip().splitlines()
    return _short(lines[0] if lines else type(e).__name__, 200)


def _short(x: object, limit: int = 80) -> str:
    text = str(x)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Cursor:
    """Reads fixed-width little-endian fields from `data[pos:end]`, checking every length."""

    def __init__(self, data: bytes, start: int, end: int, source: str):
        self.data, self.pos, self.end, self.source = data, start, end, source

    def fail(self, field: str, problem: str, offset: int | None = None) -> BitstreamError:
        return BitstreamError(self.source, self.pos if offset is None else offset, field, problem)

    @property
    def remaining(self) -> int:
        return self.end - self.pos

    def need(self, n: int, field: str) -> None:
        if n > self.end - self.pos:
            raise self.fail(field, f"needs {n} bytes but only {self.remaining} remain in the section (truncated?)")

    def _fixed(self, fmt: struct.Struct, field: str, suffix: str = ""):
        pos = self.pos
        end = pos + fmt.size
        if end > self.end:
            self.need(fmt.size, field + suffix)
        self.pos = end
        return fmt.unpack_from(self.data, pos)[0]

    # `field + suffix` names the field; the two parts are joined only for an error message.
    def u8(self, field: str, suffix: str = "") -> int:
        return self._fixed(F.U8, field, suffix)

    def u16(self, field: str, suffix: str = "") -> int:
        return self._fixed(F.U16, field, suffix)

    def u32(self, field: str, suffix: str = "") -> int:
        return self._fixed(F.U32, field, suffix)

    def u64(self, field: str, suffix: str = "") -> int:
        return self._fixed(F.U64, field, suffix)

    def i64(self, field: str, suffix: str = "") -> int:
        return self._fixed(F.I64, field, suffix)

    def f64(self, field: str, suffix: str = "") -> float:
        return self._fixed(F.F64, field, suffix)

    def raw(self, n: int, field: str) -> bytes:
        self.need(n, field)
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def count(self, field: str, min_each: int) -> int:
        """A u32 count of items of at least `min_each` bytes that must fit the rest of the section."""
        at = self.pos
        n = self.u32(field)
        if n * min_each > self.remaining:
            raise self.fail(
                field, f"count {n} cannot fit: {n} items of at least {min_each} bytes need "
                f"{n * min_each} but only {self.remaining} bytes remain", at,
            )
        return n

    def string(self, field: str) -> str:
        at = self.pos
        n = self.u32(field, " length")
        if n > self.end - self.pos:
            raise self.fail(field + " length", f"length {n} exceeds the {self.remaining} bytes that remain", at)
        self.pos += n
        try:
            return self.data[at + 4 : at + 4 + n].decode("utf-8")
        except UnicodeDecodeError as e:
            raise self.fail(field, f"not valid UTF-8 (byte {e.start} of the string)", at + 4) from None


@dataclass(frozen=True)
class Section:
    kind: F.SectionKind
    index: int
    offset: int
    length: int
    entry_offset: int
    """Where its section-table entry is (for error messages)."""


@dataclass
class Layout:
    """A checked header and section table: what a loader needs before decoding any op."""

    version: int
    flags: int
    chip: Chip
    sections: list[Section] = field(default_factory=list)

    def of_kind(self, kind: F.SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]


def read_layout(data: bytes, source: str = "<bitstream>") -> Layout:
    """Check magic, version, size, checksum and section table, and decode the CHIP section."""
    def fail(offset: int, field: str, problem: str) -> BitstreamError:
        return BitstreamError(source, offset, field, problem)

    if len(data) < len(F.MAGIC):
        raise fail(0, "magic", f"the file has {len(data)} bytes, not even a bitstream header (truncated?)")
    if data[: len(F.MAGIC)] != F.MAGIC:
        hint = " (this looks like text: use --to-bitstream)" if all(32 <= b < 127 or b in b"\t\r\n" for b in data[:8]) else ""
        raise fail(0, "magic", f"not an rdu bitstream: expected {F.MAGIC!r}, found {data[:8]!r}{hint}")
    if len(data) < F.MIN_FILE_SIZE:
        raise fail(len(data), "header", f"the file has {len(data)} bytes, a bitstream has at least "
                   f"{F.MIN_FILE_SIZE} (truncated?)")
    _magic, version, flags, count, reserved, size = F.HEADER.unpack_from(data, 0)
    if version != F.FORMAT_VERSION:
        raise fail(8, "format_version", f"unknown format version {version} (this reader reads version "
                   f"{F.FORMAT_VERSION})")
    if flags & ~F.KNOWN_FLAGS:
        raise fail(12, "flags", f"unknown flag bits {flags & ~F.KNOWN_FLAGS:#x}")
    if reserved != 0:
        raise fail(20, "reserved", f"must be 0, found {reserved}")
    if size != len(data):
        raise fail(24, "file_size", f"the header says {size} bytes but the file has {len(data)}"
                   + (" (truncated?)" if size > len(data) else ""))
    crc_at = len(data) - F.CRC.size
    (stored,) = F.CRC.unpack_from(data, crc_at)
    actual = zlib.crc32(memoryview(data)[:crc_at])
    if stored != actual:
        raise fail(crc_at, "checksum", f"CRC32 mismatch: stored {stored:#010x}, computed {actual:#010x} "
                   "(the file is corrupted)")
    table_end = F.HEADER.size + count * F.SECTION_ENTRY.size
    if table_end > crc_at:
        raise fail(16, "section_count", f"{count} sections need a {count * F.SECTION_ENTRY.size}-byte table "
                   f"but the file has only {crc_at - F.HEADER.size} bytes after the header")

    sections: list[Section] = []
    prev_end, last_kind, configs = table_end, 0, 0
    for i in range(count):
        at = F.HEADER.size + i * F.SECTION_ENTRY.size
        kind, index, offset, length = F.SECTION_ENTRY.unpack_from(data, at)
        name = f"section[{i}]"
        try:
            kind = F.SectionKind(kind)
        except ValueError:
            raise fail(at, f"{name}.kind", f"unknown section kind {kind}") from None
        if kind < last_kind or (kind == last_kind and kind != F.SectionKind.CONFIG):
            raise fail(at, f"{name}.kind", f"section {kind.name} out of order or repeated")
        if i == 0 and kind != F.SectionKind.CHIP or i == 1 and kind != F.SectionKind.MODULE:
            raise fail(at, f"{name}.kind", "the first two sections must be CHIP and MODULE")
        expected_index = configs if kind == F.SectionKind.CONFIG else 0
        if index != expected_index:
            raise fail(at + 4, f"{name}.index", f"expected {expected_index}, found {index}")
        expected_offset = prev_end + (-prev_end % F.SECTION_ALIGN)
        if offset != expected_offset or offset > crc_at:
            raise fail(at + 8, f"{name}.offset", f"expected {expected_offset} (sections follow each other, "
                       f"{F.SECTION_ALIGN}-byte aligned), found {offset}")
        if any(data[prev_end:offset]):
            raise fail(prev_end, f"{name} padding", "the bytes before the section must be zero")
        if length > crc_at - offset:
            raise fail(at + 16, f"{name}.length", f"length {length} runs past the end of the data "
                       f"({crc_at - offset} bytes after offset {offset})")
        configs += kind == F.SectionKind.CONFIG
        last_kind, prev_end = kind, offset + length
        sections.append(Section(kind, index, offset, length, at))
    if configs == 0:
        raise fail(16, "section_count", f"{count} sections and no CONFIG: a bitstream has a CHIP, a MODULE "
                   "and at least one CONFIG section")
    if prev_end != crc_at:
        raise fail(prev_end, "checksum", f"{crc_at - prev_end} bytes between the last section and the checksum")
    for flag, kind in ((F.FLAG_DEBUG, F.SectionKind.DEBUG), (F.FLAG_REFERENCE, F.SectionKind.REFERENCE)):
        present = any(s.kind == kind for s in sections)
        if bool(flags & flag) != present:
            raise fail(12, "flags", f"flag {kind.name} is {'set' if flags & flag else 'clear'} but the "
                       f"section is {'present' if present else 'missing'}")
    return Layout(version, flags, _read_chip(data, sections[0], source), sections)


def _read_chip(data: bytes, section: Section, source: str) -> Chip:
    cur = _Cursor(data, section.offset, section.offset + section.length, source)
    at = cur.pos
    n = cur.u32("chip.field_count")
    if not 3 <= n <= len(F.CHIP_FIELDS):
        raise cur.fail("chip.field_count", f"{n} fields; this reader knows 3 to {len(F.CHIP_FIELDS)}", at)
    expected = 4 + sum(F.chip_field_width(kind) for _, kind in F.CHIP_FIELDS[:n])
    if section.length != expected:
        raise cur.fail("chip", f"a {n}-field chip record has {expected} bytes, the section has {section.length}", at)
    values: dict[str, object] = {}
    offsets: dict[str, int] = {}
    for name, kind in F.CHIP_FIELDS[:n]:
        offsets[name] = cur.pos
        where = f"chip.{name}"
        if kind == "str":
            raw = cur.raw(F.CHIP_STRING_BYTES, where)
            text, _, pad = raw.partition(b"\0")
            if pad.strip(b"\0"):
                raise cur.fail(where, "bytes after the string's NUL terminator are not NUL", offsets[name])
            try:
                values[name] = text.decode("utf-8")
            except UnicodeDecodeError:
                raise cur.fail(where, "not valid UTF-8", offsets[name]) from None
        else:
            value = cur._fixed(F.CHIP_FIELD_FORMATS[kind], where)
            if kind == "bool":
                if value not in (0, 1):
                    raise cur.fail(where, f"a boolean must be 0 or 1, found {value}", offsets[name])
                value = bool(value)
            values[name] = value
    try:
        return check_chip_limits(Chip.from_dict(values, origin="chip record"))
    except ChipError as e:
        bad = next((k for k in offsets if f"'{k}'" in str(e)), "name")
        raise cur.fail(f"chip.{bad}", str(e), offsets[bad]) from None


def check_chip_limits(chip: Chip) -> Chip:
    """The chip, if its loop-sizing fields are within `format.CHIP_LIMITS`; else ChipError."""
    for key, limit in F.CHIP_LIMITS.items():
        value = getattr(chip, key)
        if value > limit:
            raise ChipError(f"chip field '{key}': {value} exceeds the limit of {limit}")
    return chip


@dataclass
class _StreamState:
    value_count: int
    op_count: int
    values: list[SSAValue | None] = field(default_factory=list)
    forward: dict[int, ForwardDeclaredValue] = field(default_factory=dict)
    ops: list[Operation | None] = field(default_factory=list)


class _Decoder:
    def __init__(self, data: bytes, layout: Layout, ctx: Context, source: str):
        self.data, self.layout, self.ctx, self.source = data, layout, ctx, source
        self.record_offset: dict[Operation, int] = {}
        consts = layout.of_kind(F.SectionKind.CONSTANTS)
        self.constants = consts[0] if consts else None
        self.configs: list[Operation] = []
        self.next_config = 0
        self.reference: Operation | None = None
        self.reference_used = False
        self.streams: list[_StreamState] = []
        self.module_chip: Chip | None = None
        self.config_chips: list[Chip] = []
        self.attr_cache: dict[tuple, Attribute] = {}
        T = F.AttrTag
        self._handlers = {
            T.UNIT: self._unit, T.INTEGER: self._integer, T.INTEGER_WIDE: self._integer,
            T.FLOAT: self._float, T.STRING: self._string, T.ARRAY: self._array,
            T.DICTIONARY: self._dictionary, T.DENSE_ARRAY: self._dense_array,
            T.AFFINE_MAP: self._affine_map, T.DENSE_ELEMENTS: self._dense_elements,
            T.INTEGER_TYPE: self._integer_type, T.INT_DATA: self._int_data,
            T.FLOAT_DATA: self._float_data, T.BYTES: self._bytes,
            T.PARAMETRIZED: self._parametrized, T.TEXT: self._text,
        }
        self._handlers = {int(k): v for k, v in self._handlers.items()}
        assert len(self._handlers) == len(T), "every attribute tag has a decoder"

    # --- attributes ---------------------------------------------------------------------
    def attr(self, cur: _Cursor, where: str, depth: int) -> Attribute:
        at = cur.pos
        if depth > F.MAX_NESTING:
            raise cur.fail(where, f"attributes nest deeper than {F.MAX_NESTING} levels")
        tag = cur.u8(where, " tag")
        handler = self._handlers.get(tag)
        if handler is None:
            raise cur.fail(where + " tag", f"unknown attribute tag {tag:#04x}", at)
        try:
            return handler(cur, where, depth + 1, at)
        except (BitstreamError, RecursionError):
            raise
        except Exception as e:  # noqa: BLE001
            # Building an attribute runs its class's constructor and verifier (and for TEXT, the
            # parser) on untrusted data; whatever they raise means the data is bad, not a crash.
            name = F.AttrTag(tag).name.lower()
            raise cur.fail(where, f"invalid {name} attribute: {_first_line(e)}", at) from None

    def _unit(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        return UnitAttr()

    def _integer(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        ty = self.attr(cur, where + ".type", d)
        if not isinstance(ty, IntegerType | IndexType):
            raise cur.fail(where + ".type", f"an integer attribute needs an integer or index type, not {_short(ty)}", at + 1)
        if self.data[at] == F.AttrTag.INTEGER:
            value = cur.i64(where, ".value")
        else:
            n = cur.count(where + ".width", 1)
            value = int.from_bytes(cur.raw(n, where + ".value"), "little", signed=True)
        return self._cached((F.AttrTag.INTEGER, ty, value), lambda: IntegerAttr(value, ty))  # type: ignore[arg-type]

    def _float(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        ty = self.attr(cur, where + ".type", d)
        return FloatAttr(cur.f64(where, ".value"), ty)  # type: ignore[arg-type]

    def _string(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        text = cur.string(where)
        return self._cached((F.AttrTag.STRING, text), lambda: StringAttr(text))

    def _array(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        n = cur.count(where + " count", 1)
        return ArrayAttr([self.attr(cur, f"{where}[{i}]", d) for i in range(n)])

    def _dictionary(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        return DictionaryAttr(self.named(cur, where, d)[0])

    def _dense_array(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        elt = self.attr(cur, where + ".element_type", d)
        len_at = cur.pos
        n = cur.count(where + " byte_length", 1)
        blob = cur.raw(n, where + ".data")
        width = struct.calcsize(elt.format)  # type: ignore[attr-defined]  (raises for an unpackable type)
        if n % width:
            raise cur.fail(where + " byte_length", f"{n} bytes are not a whole number of {width}-byte elements",
                           len_at)
        return self._cached((F.AttrTag.DENSE_ARRAY, elt, blob), lambda: DenseArrayBase.new([elt, BytesAttr(blob)]))

    def _affine_map(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        dims = cur.u32(where, ".dims")
        syms = cur.u32(where, ".symbols")
        if dims + syms > F.MAX_MAP_DIMS:
            raise cur.fail(where + ".dims", f"{dims} dimensions and {syms} symbols exceed the limit of "
                           f"{F.MAX_MAP_DIMS}", at + 1)
        n = cur.count(where + ".results", 5)
        results = tuple(self.expr(cur, f"{where}.result[{i}]", dims, syms, d) for i in range(n))
        return AffineMapAttr(AffineMap(dims, syms, results))

    def _dense_elements(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        ty = self.attr(cur, where + ".type", d)
        off_at = cur.pos
        offset, length = cur.u64(where, ".offset"), cur.u64(where, ".length")
        c = self.constants
        if c is None or offset > c.length or length > c.length - offset:
            have = "no CONSTANTS section" if c is None else f"a {c.length}-byte CONSTANTS section"
            raise cur.fail(where + ".offset", f"[{offset}, {offset + length}) is outside {have}", off_at)
        shape = ty.get_shape()  # type: ignore[attr-defined]
        size = ty.get_element_type().compile_time_size  # type: ignore[attr-defined]
        elements = 1
        for dim in shape:
            elements *= dim
        if length % size or min(shape, default=1) < 0 or length // size not in (1, elements):
            raise cur.fail(where + ".length", f"{length} bytes are neither one element nor the {elements} "
                           f"elements of {ty}", off_at + 8)
        blob = self.data[c.offset + offset : c.offset + offset + length]
        return DenseIntOrFPElementsAttr.new([ty, BytesAttr(blob)])

    def _integer_type(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        width = cur.u32(where, ".width")
        if width > F.MAX_INTEGER_WIDTH:
            raise cur.fail(where + ".width", f"width {width} exceeds {F.MAX_INTEGER_WIDTH}", cur.pos - 4)
        s = cur.u8(where, ".signedness")
        if s >= len(_SIGNEDNESS):
            raise cur.fail(where + ".signedness", f"unknown signedness {s}", cur.pos - 1)
        return self._cached((F.AttrTag.INTEGER_TYPE, width, s), lambda: IntegerType(width, _SIGNEDNESS[s]))

    def _int_data(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        return IntAttr(cur.i64(where))

    def _float_data(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        return FloatData(cur.f64(where))

    def _bytes(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        n = cur.count(where + " length", 1)
        return BytesAttr(cur.raw(n, where))

    def _parametrized(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        is_type = cur.u8(where, ".is_type")
        name_at = cur.pos
        name = cur.string(where + ".name")
        cls = self._attr_class(name, bool(is_type))
        if cls is None:
            raise cur.fail(where + ".name", f"unknown {'type' if is_type else 'attribute'} '{_label(name)}'", name_at)
        n = cur.count(where + " parameter count", 1)
        params = [self.attr(cur, f"{where}.{_label(name)}[{i}]", d) for i in range(n)]
        expected = len(cls.get_irdl_definition().parameters)
        if n != expected:
            raise cur.fail(where, f"'{_label(name)}' takes {expected} parameters, found {n}", at)
        return self._cached((F.AttrTag.PARAMETRIZED, cls, tuple(params)), lambda: cls.new(params))

    def _text(self, cur: _Cursor, where: str, d: int, at: int) -> Attribute:
        text = cur.string(where)
        parser = Parser(self.ctx, text, "<bitstream attribute>")
        parsed = parser.parse_attribute()
        if parser._current_token.kind != MLIRTokenKind.EOF:
            raise cur.fail(where, f"trailing text after the attribute in {text[:60]!r}", at)
        return parsed

    def _cached(self, key: tuple, build) -> Attribute:
        """Attributes are immutable: decode a repeated one (i64, a unit type, ...) once."""
        try:
            hit = self.attr_cache.get(key)
        except TypeError:  # a parameter that is not hashable
            return build()
        if hit is None:
            hit = self.attr_cache[key] = build()
        return hit

    def _attr_class(self, name: str, is_type: bool) -> type[ParametrizedAttribute] | None:
        cls = _BUILTIN_ATTRS.get(name)
        if cls is None and "." in name:
            try:
                cls = self.ctx.get_optional_type(name) if is_type else self.ctx.get_optional_attr(name)
            except Exception:  # noqa: BLE001 - a malformed name or a dialect that fails to load: just unknown
                cls = None
        if cls is None or not isinstance(cls, type) or not issubclass(cls, ParametrizedAttribute):
            return None
        if issubclass(cls, TypeAttribute) != is_type:
            return None
        return cls

    def expr(self, cur: _Cursor, where: str, dims: int, syms: int, depth: int) -> AffineExpr:
        at = cur.pos
        if depth > F.MAX_NESTING:
            raise cur.fail(where, f"affine expression nests deeper than {F.MAX_NESTING} levels")
        tag = cur.u8(where + " tag")
        if tag in (F.ExprTag.DIM, F.ExprTag.SYMBOL):
            pos = cur.u32(where + ".position")
            limit = dims if tag == F.ExprTag.DIM else syms
            if pos >= limit:
                kind = "dimension" if tag == F.ExprTag.DIM else "symbol"
                raise cur.fail(where + ".position", f"{kind} {pos} but the map has {limit}", at + 1)
            return AffineDimExpr(pos) if tag == F.ExprTag.DIM else AffineSymExpr(pos)
        if tag == F.ExprTag.CONSTANT:
            return AffineConstantExpr(cur.i64(where + ".value"))
        if tag in _BINARY:
            lhs = self.expr(cur, where + ".lhs", dims, syms, depth + 1)
            rhs = self.expr(cur, where + ".rhs", dims, syms, depth + 1)
            return AffineBinaryOpExpr(_BINARY[F.ExprTag(tag)], lhs, rhs)
        raise cur.fail(where + " tag", f"unknown affine expression tag {tag}", at)

    def named(self, cur: _Cursor, where: str, depth: int) -> tuple[dict[str, Attribute], dict[str, int]]:
        n = cur.count(where + " count", 5)
        items: dict[str, Attribute] = {}
        offsets: dict[str, int] = {}
        for i in range(n):
            at = cur.pos
            key = cur.string(f"{where}[{i}].name")
            if key in items:
                raise cur.fail(f"{where}[{i}].name", f"duplicate name '{_label(key)}'", at)
            offsets[key] = cur.pos
            items[key] = self.attr(cur, f"{where} '{_label(key)}'", depth)
        return items, offsets

    # --- ops ----------------------------------------------------------------------------
    def stream(self, section: Section) -> Operation:
        cur = _Cursor(self.data, section.offset, section.offset + section.length, self.source)
        where = f"{section.kind.name.lower()}[{section.index}]"
        at = cur.pos
        value_count = cur.count(where + ".value_count", 1)
        op_count = cur.count(where + ".op_count", F.OP_RECORD_MIN)
        st = _StreamState(value_count, op_count)
        self.streams.append(st)
        is_module = section.kind == F.SectionKind.MODULE
        root = self.op(cur, st, None, None, 0, top=is_module, root=True)
        want = "builtin.module" if is_module else "rdu.chip"
        if root.name != want:
            raise cur.fail(where + " root", f"the section's root op must be '{want}', found '{_label(root.name)}'", at + 8)
        if cur.remaining:
            raise cur.fail(where, f"{cur.remaining} unexpected bytes after the root op")
        if len(st.values) != value_count or len(st.ops) != op_count:
            raise cur.fail(where + ".value_count", f"the header announces {value_count} values and {op_count} "
                           f"ops, the records define {len(st.values)} and {len(st.ops)}", at)
        for index, placeholder in st.forward.items():
            value = st.values[index]
            assert value is not None
            placeholder.replace_all_uses_with(value)
        return root

    def _value(self, cur: _Cursor, st: _StreamState, where: str) -> SSAValue:
        at = cur.pos
        index = cur.u32(where)
        if index >= st.value_count:
            raise cur.fail(where, f"value {index} does not exist (the section has {st.value_count})", at)
        if index < len(st.values) and st.values[index] is not None:
            return st.values[index]  # type: ignore[return-value]
        if index not in st.forward:  # used before its definition (graph regions): patched at the end
            st.forward[index] = ForwardDeclaredValue(NoneType())
        return st.forward[index]

    def _define(self, cur: _Cursor, st: _StreamState, value: SSAValue, where: str) -> int:
        if len(st.values) >= st.value_count:
            raise cur.fail(where, f"more values than the {st.value_count} the section header announces")
        st.values.append(value)
        return len(st.values) - 1

    def op(self, cur: _Cursor, st: _StreamState, chip: Chip | None, siblings: list[Block] | None,
           depth: int, top: bool = False, root: bool = False) -> Operation:
        at = cur.pos
        if depth > F.MAX_NESTING:
            raise cur.fail("op", f"regions nest deeper than {F.MAX_NESTING} levels")
        code = cur.u16("op.kind")
        if top and not root and code in (F.SLOT_CONFIG, F.SLOT_REFERENCE):  # `top`: in the MODULE stream
            return self._slot(cur, code, at)
        if code == F.OP_NAMED:
            name = cur.string("op.name")
        elif code < len(F.OP_KINDS):
            name = F.OP_KINDS[code]  # type: ignore[assignment]
        else:
            raise cur.fail("op.kind", f"unknown op kind {code} (this reader knows 0 to {len(F.OP_KINDS) - 1})", at)
        where = f"op {_label(name)}"
        try:
            op_type = self.ctx.get_optional_op(name)
        except Exception:  # noqa: BLE001 - a malformed name
            op_type = None
        if op_type is None:
            raise cur.fail(where, f"op '{_label(name)}' is not registered", at)
        if len(st.ops) >= st.op_count:
            raise cur.fail(where, f"more ops than the {st.op_count} the section header announces", at)
        index = len(st.ops)
        st.ops.append(None)

        n = cur.count(where + " result count", 1)
        result_types = [self._type(cur, f"{where} result[{i}]", depth) for i in range(n)]
        first_result = len(st.values)
        for i in range(n):
            self._define(cur, st, None, f"{where} result[{i}]")  # type: ignore[arg-type]
        n = cur.count(where + " operand count", 4)
        operands = [self._value(cur, st, f"{where} operand[{i}]") for i in range(n)]
        n = cur.count(where + " successor count", 4)
        successors = []
        for i in range(n):
            s_at = cur.pos
            b = cur.u32(f"{where} successor[{i}]")
            if siblings is None or b >= len(siblings):
                raise cur.fail(f"{where} successor[{i}]", f"block {b} is not in the op's region "
                               f"({0 if siblings is None else len(siblings)} blocks)", s_at)
            successors.append(siblings[b])
        properties, prop_offsets = self.named(cur, f"{where} property", depth)
        attributes, attr_offsets = self.named(cur, f"{where} attribute", depth)
        if root and top and CHIP_ATTR in attributes:  # the module's recorded chip
            self.module_chip = self._chip_of(cur, attributes[CHIP_ATTR], f"{where} attribute '{CHIP_ATTR}'",
                                             attr_offsets[CHIP_ATTR])
        inner_chip = self._check_positions(cur, name, properties, prop_offsets, chip, where)

        n = cur.count(where + " region count", 4)
        regions = []
        for r in range(n):
            nb = cur.count(f"{where} region[{r}] block count", 8)
            blocks = [Block() for _ in range(nb)]
            for b, block in enumerate(blocks):
                bw = f"{where} region[{r}] block[{b}]"
                na = cur.count(bw + " argument count", 1)
                for i in range(na):
                    arg = block.insert_arg(self._type(cur, f"{bw} argument[{i}]", depth), i)
                    self._define(cur, st, arg, f"{bw} argument[{i}]")
                no = cur.count(bw + " op count", 2)
                for _ in range(no):
                    block.add_op(self.op(cur, st, inner_chip, blocks, depth + 1, top=top))
            regions.append(Region(blocks))
        try:
            op = op_type.create(operands=operands, result_types=result_types, properties=properties,
                                attributes=attributes, successors=successors, regions=regions)
        except Exception as e:  # noqa: BLE001 - an op class rejecting what it is built from: bad data, not a crash
            raise cur.fail(where, f"cannot build the op: {type(e).__name__}: {_first_line(e)}", at) from None
        for i, r in enumerate(op.results):
            st.values[first_result + i] = r
        st.ops[index] = op
        self.record_offset[op] = at
        return op

    def _type(self, cur: _Cursor, where: str, depth: int) -> Attribute:
        at = cur.pos
        ty = self.attr(cur, where, depth + 1)
        if not isinstance(ty, TypeAttribute):
            raise cur.fail(where, f"{_short(ty)} is not a type", at)
        return ty

    def _slot(self, cur: _Cursor, code: int, at: int) -> Operation:
        if code == F.SLOT_CONFIG:
            index = cur.u32("slot.config_index")
            if index != self.next_config or index >= len(self.configs):
                raise cur.fail("slot.config_index", f"expected configuration {self.next_config} of "
                               f"{len(self.configs)}, found {index}", at + 2)
            self.next_config += 1
            return self.configs[index]
        if self.reference is None or self.reference_used:
            raise cur.fail("slot.reference", "no reference module to place here (no REFERENCE section, "
                           "or it is placed twice)", at)
        self.reference_used = True
        return self.reference

    def _chip_of(self, cur: _Cursor, attr: Attribute, where: str, at: int) -> Chip:
        try:
            return check_chip_limits(Chip.from_attr(attr))
        except ChipError as e:
            raise cur.fail(where, str(e), at) from None

    def _check_positions(self, cur: _Cursor, name: str, props: dict[str, Attribute],
                         offsets: dict[str, int], chip: Chip | None, where: str) -> Chip | None:
        """Positions against the chip; returns the chip for the op's regions."""
        if name == "rdu.chip" and "chip" in props:
            chip = self._chip_of(cur, props["chip"], f"{where} property 'chip'", offsets["chip"])
            self.config_chips.append(chip)
            return chip
        if chip is None:
            return None

        def integer(key: str) -> int | None:
            a = props.get(key)
            return a.value.data if isinstance(a, IntegerAttr) else None

        if name in F.GRID_POSITION:
            for key, limit in zip(F.GRID_POSITION[name], (chip.rows, chip.cols)):
                v = integer(key)
                if v is not None and not 0 <= v < limit:
                    raise cur.fail(f"{where} property '{key}'", f"{key} {v} is outside the {chip.rows}x{chip.cols} "
                                   f"grid of chip '{chip.name}'", offsets[key])
        if name in F.AGCU_INDEX:
            key = F.AGCU_INDEX[name]
            v = integer(key)
            if v is not None and not 0 <= v < chip.agcu_count:
                raise cur.fail(f"{where} property '{key}'", f"AGCU {v} does not exist (chip '{chip.name}' has "
                               f"{chip.agcu_count})", offsets[key])
        if name in F.SWITCH_HOPS:
            key = F.SWITCH_HOPS[name]
            a = props.get(key)
            if isinstance(a, DenseArrayBase) and isinstance(a.elt_type, IntegerType):
                v = [int(x) for x in a.iter_values()]
                for i in range(0, len(v) - 1, 2):
                    if not (0 <= v[i] <= chip.rows and 0 <= v[i + 1] <= chip.cols):
                        raise cur.fail(f"{where} property '{key}'", f"switch ({v[i]}, {v[i + 1]}) is outside the "
                                       f"{chip.rows + 1}x{chip.cols + 1} switch mesh", offsets[key])
        return chip

    # --- the rest -----------------------------------------------------------------------
    def reference_module(self, section: Section) -> Operation:
        cur = _Cursor(self.data, section.offset, section.offset + section.length, self.source)
        raw = cur.raw(section.length, "reference")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise cur.fail("reference", f"not valid UTF-8 (byte {e.start})", section.offset) from None
        try:
            parser = Parser(self.ctx, text, "<bitstream reference>")
            op = parser.parse_op()
            if parser._current_token.kind != MLIRTokenKind.EOF:
                raise cur.fail("reference", "trailing text after the reference module", section.offset)
        except BitstreamError:
            raise
        except Exception as e:  # noqa: BLE001 - the parser's failure modes on corrupt text (ParseError and others)
            msg = (getattr(e, "msg", None) or str(e) or type(e).__name__).strip().splitlines()[0]
            raise cur.fail("reference", f"the reference module does not parse: {msg}", section.offset) from None
        from rdu_ir.reference import is_reference

        if not is_reference(op):
            raise cur.fail("reference", f"expected a reference module, found '{op.name}'", section.offset)
        return op

    def debug(self, section: Section) -> None:
        cur = _Cursor(self.data, section.offset, section.offset + section.length, self.source)
        at = cur.pos
        n = cur.count("debug.stream_count", 8)
        if n != len(self.streams):
            raise cur.fail("debug.stream_count", f"{n} streams, the file has {len(self.streams)}", at)
        for s, st in enumerate(self.streams):
            at = cur.pos
            n = cur.count(f"debug[{s}].op_count", 1)
            if n != len(st.ops):
                raise cur.fail(f"debug[{s}].op_count", f"{n} locations for {len(st.ops)} ops", at)
            for op in st.ops:
                l_at = cur.pos
                loc = self.attr(cur, f"debug[{s}].location", 0)
                if not isinstance(loc, _LOCATIONS):
                    raise cur.fail(f"debug[{s}].location", f"{_short(loc)} is not a location", l_at)
                op.location = loc  # type: ignore[union-attr]
            at = cur.pos
            n = cur.count(f"debug[{s}].value_count", 4)
            if n != len(st.values):
                raise cur.fail(f"debug[{s}].value_count", f"{n} names for {len(st.values)} values", at)
            for value in st.values:
                n_at = cur.pos
                name = cur.string(f"debug[{s}].name")
                if name:
                    if not SSAValue.is_valid_name(name):
                        raise cur.fail(f"debug[{s}].name", f"'{name[:40]}' is not a valid value name", n_at)
                    value.name_hint = name  # type: ignore[union-attr]
        if cur.remaining:
            raise cur.fail("debug", f"{cur.remaining} unexpected bytes at the end of the section")

    def verify(self, module: Operation) -> None:
        try:
            module.verify()
            return
        except Exception as whole:  # noqa: BLE001 - DiagnosticException, or ValueError and others for broken structure
            fallback = whole
        for op in module.walk():
            try:
                op.verify(verify_nested_ops=False)
            except Exception as e:  # noqa: BLE001
                at = self._offset_of(op)
                raise BitstreamError(self.source, at, f"op {op.name}", f"does not verify: {_first_line(e)}") from None
        text = str(fallback).strip().splitlines()
        raise BitstreamError(self.source, self.layout.sections[1].offset, "module",
                             f"does not verify: {text[0] if text else type(fallback).__name__}") from None

    def _offset_of(self, op: Operation | None) -> int:
        while op is not None:
            if op in self.record_offset:
                return self.record_offset[op]
            op = op.parent_op()
        return self.layout.sections[1].offset


def read_bitstream(data: bytes, ctx: Context | None = None, source: str = "<bitstream>") -> ModuleOp:
    """The module a bitstream encodes; raises BitstreamError (an RduError) for any bad input."""
    if ctx is None:
        from rdu_ir.context import make_context

        ctx = make_context()
    data = bytes(data)
    layout = read_layout(data, source)
    dec = _Decoder(data, layout, ctx, source)
    try:
        for section in layout.of_kind(F.SectionKind.REFERENCE):
            dec.reference = dec.reference_module(section)
        configs = layout.of_kind(F.SectionKind.CONFIG)
        dec.configs = []
        for section in configs:
            dec.configs.append(dec.stream(section))
        module_stream = layout.of_kind(F.SectionKind.MODULE)[0]
        module = dec.stream(module_stream)
        dec.streams.insert(0, dec.streams.pop())  # debug order: MODULE first, then CONFIG 0, 1, ...
        if dec.next_config != len(dec.configs):
            raise BitstreamError(source, module_stream.offset, "module",
                                 f"places {dec.next_config} of the {len(dec.configs)} configuration sections")
        if dec.reference is not None and not dec.reference_used:
            raise BitstreamError(source, module_stream.offset, "module", "does not place the reference module")
        for section in layout.of_kind(F.SectionKind.DEBUG):
            dec.debug(section)
        # The CHIP record is the module's recorded chip, else the first configuration's (as written).
        expected = dec.module_chip or (dec.config_chips[0] if dec.config_chips else None)
        if expected != layout.chip:
            chip_section = layout.sections[0]
            raise BitstreamError(source, chip_section.offset, "chip",
                                 f"the chip record ('{layout.chip.name}') differs from the chip the module "
                                 f"records ({'none' if expected is None else repr(expected.name)})")
    except RecursionError:
        raise BitstreamError(source, 0, "module", "nests too deeply to read") from None
    assert isinstance(module, ModuleOp)
    dec.verify(module)
    return module


def read_config(data: bytes, index: int, ctx: Context | None = None, source: str = "<bitstream>") -> Operation:
    """Only the `rdu.chip` of CONFIG section `index`, verified on its own (no debug info).

    For a loader that configures the chip one program section at a time.
    """
    if ctx is None:
        from rdu_ir.context import make_context

        ctx = make_context()
    data = bytes(data)
    layout = read_layout(data, source)
    configs = layout.of_kind(F.SectionKind.CONFIG)
    if not 0 <= index < len(configs):
        raise BitstreamError(source, 16, "section_count", f"no configuration {index}: the file has {len(configs)}")
    dec = _Decoder(data, layout, ctx, source)
    try:
        chip_op = dec.stream(configs[index])
    except RecursionError:
        raise BitstreamError(source, configs[index].offset, "config", "nests too deeply to read") from None
    dec.verify(chip_op)
    return chip_op


__all__ = ["BitstreamError", "Layout", "Section", "read_bitstream", "read_config", "read_layout"]
