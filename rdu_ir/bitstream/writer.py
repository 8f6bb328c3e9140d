"""Writing an `rdu` module as a bitstream (see docs/bitstream.md for the layout).

The codec is generic: an op record is the op's kind code, result types, operands (indices of
values defined earlier in the same section), successors, properties, discardable attributes
and nested regions, with every attribute in the typed encoding of `format.AttrTag`. So a new
rdu op or property needs no format change (an op missing from `OP_KINDS` is written by name).
Output depends only on the IR: the same module always gives the same bytes.
"""

from __future__ import annotations

import zlib
from io import StringIO

from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    BytesAttr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DictionaryAttr,
    FloatAttr,
    FloatData,
    IntAttr,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    Signedness,
    StringAttr,
    TypeAttribute,
    UnitAttr,
)
from xdsl.ir import Attribute, Block, Operation, ParametrizedAttribute, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineSymExpr,
)
from xdsl.printer import Printer

from rdu_ir.bitstream import format as F
from rdu_ir.chip import CHIP_ATTR, Chip, ChipError, module_chip
from rdu_ir.diagnostics import RduError, error, error_at
from rdu_ir.printing import print_module
from rdu_ir.reference import is_reference

_BINARY = {
    AffineBinaryOpKind.Add: F.ExprTag.ADD,
    AffineBinaryOpKind.Mul: F.ExprTag.MUL,
    AffineBinaryOpKind.Mod: F.ExprTag.MOD,
    AffineBinaryOpKind.FloorDiv: F.ExprTag.FLOORDIV,
    AffineBinaryOpKind.CeilDiv: F.ExprTag.CEILDIV,
}
_SIGNEDNESS = {Signedness.SIGNLESS: 0, Signedness.SIGNED: 1, Signedness.UNSIGNED: 2}
_I64_MIN, _I64_MAX = -(1 << 63), (1 << 63) - 1


class _Constants:
    """The CONSTANTS section: identical blobs are stored once, each 16-byte aligned."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.offsets: dict[bytes, int] = {}

    def add(self, blob: bytes) -> int:
        if blob not in self.offsets:
            self.data.extend(b"\0" * (-len(self.data) % F.CONSTANT_ALIGN))
            self.offsets[blob] = len(self.data)
            self.data.extend(blob)
        return self.offsets[blob]


class _Out:
    """A growing little-endian byte buffer."""

    def __init__(self) -> None:
        self.buf = bytearray()

    def u8(self, v: int) -> None:
        self.buf += F.U8.pack(v)

    def u16(self, v: int) -> None:
        self.buf += F.U16.pack(v)

    def u32(self, v: int, what: str = "count") -> None:
        if not 0 <= v < 1 << 32:
            raise error(f"cannot write the bitstream: {what} {v} does not fit 32 bits")
        self.buf += F.U32.pack(v)

    def u64(self, v: int) -> None:
        self.buf += F.U64.pack(v)

    def i64(self, v: int) -> None:
        self.buf += F.I64.pack(v)

    def f64(self, v: float) -> None:
        self.buf += F.F64.pack(v)

    def string(self, s: str) -> None:
        try:
            data = s.encode("utf-8")
        except UnicodeEncodeError as e:
            raise error(f"cannot write the bitstream: string {s[:40]!r} is not valid Unicode ({e.reason})") from None
        self.u32(len(data), "string length")
        self.buf += data


class _AttrEncoder:
    """Encodes attributes and types; dense tensor data goes to the shared CONSTANTS blob."""

    def __init__(self, constants: _Constants) -> None:
        self.constants = constants

    def attr(self, out: _Out, a: Attribute) -> None:
        T = F.AttrTag
        if isinstance(a, UnitAttr):
            out.u8(T.UNIT)
        elif isinstance(a, IntegerAttr):
            value = a.value.data
            if _I64_MIN <= value <= _I64_MAX:
                out.u8(T.INTEGER)
                self.attr(out, a.type)
                out.i64(value)
            else:
                out.u8(T.INTEGER_WIDE)
                self.attr(out, a.type)
                raw = value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
                out.u32(len(raw))
                out.buf += raw
        elif isinstance(a, FloatAttr):
            out.u8(T.FLOAT)
            self.attr(out, a.type)
            out.f64(a.value.data)
        elif isinstance(a, StringAttr):
            out.u8(T.STRING)
            out.string(a.data)
        elif isinstance(a, ArrayAttr):
            out.u8(T.ARRAY)
            out.u32(len(a.data))
            for x in a.data:
                self.attr(out, x)
        elif isinstance(a, DictionaryAttr):
            out.u8(T.DICTIONARY)
            self.named(out, a.data)
        elif isinstance(a, DenseArrayBase):
            out.u8(T.DENSE_ARRAY)
            self.attr(out, a.elt_type)
            out.u32(len(a.data.data), "array byte length")
            out.buf += a.data.data
        elif isinstance(a, AffineMapAttr):
            m = a.data
            out.u8(T.AFFINE_MAP)
            out.u32(m.num_dims)
            out.u32(m.num_symbols)
            out.u32(len(m.results))
            for e in m.results:
                self.expr(out, e)
        elif isinstance(a, DenseIntOrFPElementsAttr):
            out.u8(T.DENSE_ELEMENTS)
            self.attr(out, a.type)
            blob = a.data.data
            out.u64(self.constants.add(blob))
            out.u64(len(blob))
        elif isinstance(a, IntegerType):
            out.u8(T.INTEGER_TYPE)
            out.u32(a.width.data, "integer width")
            out.u8(_SIGNEDNESS[a.signedness.data])
        elif isinstance(a, IntAttr):
            if not _I64_MIN <= a.data <= _I64_MAX:
                raise error(f"cannot write the bitstream: integer {a.data} does not fit 64 bits")
            out.u8(T.INT_DATA)
            out.i64(a.data)
        elif isinstance(a, FloatData):
            out.u8(T.FLOAT_DATA)
            out.f64(a.data)
        elif isinstance(a, BytesAttr):
            out.u8(T.BYTES)
            out.u32(len(a.data), "byte length")
            out.buf += a.data
        elif isinstance(a, ParametrizedAttribute):
            out.u8(T.PARAMETRIZED)
            out.u8(1 if isinstance(a, TypeAttribute) else 0)
            out.string(a.name)
            out.u32(len(a.parameters))
            for p in a.parameters:
                self.attr(out, p)
        else:
            # A data attribute of some dialect without a structured encoding: its MLIR text.
            text = StringIO()
            Printer(stream=text).print_attribute(a)
            out.u8(T.TEXT)
            out.string(text.getvalue())

    def named(self, out: _Out, items: dict[str, Attribute]) -> None:
        out.u32(len(items))
        for key, value in items.items():
            out.string(key)
            self.attr(out, value)

    def expr(self, out: _Out, e: AffineExpr) -> None:
        if isinstance(e, AffineDimExpr):
            out.u8(F.ExprTag.DIM)
            out.u32(e.position, "affine dimension")
        elif isinstance(e, AffineSymExpr):
            out.u8(F.ExprTag.SYMBOL)
            out.u32(e.position, "affine symbol")
        elif isinstance(e, AffineConstantExpr):
            out.u8(F.ExprTag.CONSTANT)
            out.i64(e.value)
        elif isinstance(e, AffineBinaryOpExpr):
            out.u8(_BINARY[e.kind])
            self.expr(out, e.lhs)
            self.expr(out, e.rhs)
        else:
            raise error(f"cannot write the bitstream: unknown affine expression {e}")


class _Stream:
    """One op stream (the MODULE section or a CONFIG section), with its own value numbering.

    Values are numbered in the order the reader defines them: an op's results when its
    record starts, a block's arguments when the block starts; ops in pre-order.
    """

    def __init__(self, root: Operation, attrs: _AttrEncoder, slots: dict[Operation, tuple[int, int]]):
        self.attrs = attrs
        self.slots = slots  # ops written as slot records (in the MODULE stream) -> (slot kind, index)
        self.values: dict[SSAValue, int] = {}
        self.ops: list[Operation] = []
        self._number(root)
        self.out = _Out()
        self.out.buf += F.STREAM_HEADER.pack(len(self.values), len(self.ops))
        self._op(root)

    def _number(self, op: Operation) -> None:
        self.ops.append(op)
        for r in op.results:
            self.values[r] = len(self.values)
        for region in op.regions:
            for block in region.blocks:
                for a in block.args:
                    self.values[a] = len(self.values)
                for child in block.ops:
                    if child not in self.slots:
                        self._number(child)

    def _op(self, op: Operation) -> None:
        out, enc = self.out, self.attrs
        code = F.OP_CODES.get(op.name, F.OP_NAMED)
        out.u16(code)
        if code == F.OP_NAMED:
            out.string(op.name)
        out.u32(len(op.results))
        for r in op.results:
            enc.attr(out, r.type)
        out.u32(len(op.operands))
        for v in op.operands:
            index = self.values.get(v)
            if index is None:
                raise error_at(op, "cannot write the bitstream: an operand is defined outside this "
                                   "configuration section (sections must be self-contained)")
            out.u32(index)
        out.u32(len(op.successors))
        if op.successors:
            blocks = list(op.parent_region().blocks) if op.parent_region() is not None else []
            for b in op.successors:
                if b not in blocks:
                    raise error_at(op, "cannot write the bitstream: a successor is outside the op's region")
                out.u32(blocks.index(b))
        enc.named(out, dict(op.properties))
        enc.named(out, dict(op.attributes))
        out.u32(len(op.regions))
        for region in op.regions:
            blocks = list(region.blocks)
            out.u32(len(blocks))
            for block in blocks:
                self._block(block)

    def _block(self, block: Block) -> None:
        out = self.out
        out.u32(len(block.args))
        for a in block.args:
            self.attrs.attr(out, a.type)
        ops = list(block.ops)
        out.u32(len(ops))
        for child in ops:
            slot = self.slots.get(child)
            if slot is None:
                self._op(child)
            else:
                out.u16(slot[0])
                if slot[0] == F.SLOT_CONFIG:
                    out.u32(slot[1])

    def debug(self, enc: _AttrEncoder) -> bytes:
        """This stream's part of the DEBUG section: op locations, then value names."""
        out = _Out()
        out.u32(len(self.ops))
        for op in self.ops:
            enc.attr(out, op.location)
        out.u32(len(self.values))
        for v in self.values:
            out.string(v.name_hint or "")
        return bytes(out.buf)


def _without_names(op: Operation) -> Operation:
    """A copy of `op` without value names (debug info, like locations)."""
    clone = op.clone()
    for inner in clone.walk():
        for r in inner.results:
            r.name_hint = None
        for region in inner.regions:
            for block in region.blocks:
                for a in block.args:
                    a.name_hint = None
    return clone


def _chip_record(chip: Chip) -> bytes:
    out = _Out()
    out.u32(len(F.CHIP_FIELDS))
    for name, kind in F.CHIP_FIELDS:
        value = getattr(chip, name)
        if kind == "str":
            data = value.encode("utf-8")
            if len(data) > F.CHIP_STRING_BYTES:
                raise error(f"cannot write the bitstream: chip field '{name}' is longer than "
                            f"{F.CHIP_STRING_BYTES} bytes")
            out.buf += data.ljust(F.CHIP_STRING_BYTES, b"\0")
        else:
            out.buf += F.CHIP_FIELD_FORMATS[kind].pack(int(value) if kind == "bool" else value)
    return bytes(out.buf)


def target_chip(module: ModuleOp, configs: list[Operation]) -> Chip:
    """The chip the CHIP section records: the module's `rdu.chip` attribute, else the first configuration's."""
    if not configs:
        raise error("cannot write the bitstream: the module has no `rdu.chip` configuration "
                    "(lower it to the rdu level first: allocate-units)")
    try:
        recorded = module_chip(module) if CHIP_ATTR in module.attributes else None
        return recorded if recorded is not None else configs[0].description  # type: ignore[attr-defined]
    except ChipError as e:
        raise error(f"cannot write the bitstream: {e}") from None


def write_bitstream(module: ModuleOp, debug_info: bool = True, source: str | None = None) -> bytes:
    """The bitstream of a verified `rdu`-level module; raises RduError for IR it cannot encode.

    `debug_info` keeps value names and source locations; `source` (the input's name) prefixes
    errors that have no location of their own.
    """
    from rdu_ir.dialects.rdu import ChipOp

    try:
        return _write(module, debug_info, ChipOp)
    except RecursionError:
        raise error("cannot write the bitstream: the module nests too deeply", source) from None
    except RduError as e:
        text = str(e)
        if source and text.startswith("error: "):
            raise RduError(f"{source}: {text}") from None
        raise


def _write(module: ModuleOp, debug_info: bool, chip_op: type) -> bytes:
    constants = _Constants()
    enc = _AttrEncoder(constants)
    slots: dict[Operation, tuple[int, int]] = {}
    configs: list[Operation] = []
    reference: Operation | None = None
    for op in module.ops:
        if is_reference(op):
            if reference is not None:
                raise error_at(op, "cannot write the bitstream: the module has two reference modules")
            slots[op] = (F.SLOT_REFERENCE, 0)
            reference = op

    def find_configs(op: Operation) -> None:
        # Every rdu.chip (at the top level or in an rdu.program) is a CONFIG section, in program order.
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    if isinstance(child, chip_op):
                        slots[child] = (F.SLOT_CONFIG, len(configs))
                        configs.append(child)
                    elif child not in slots:
                        find_configs(child)

    find_configs(module)
    chip = target_chip(module, configs)

    streams = [_Stream(module, enc, slots)] + [_Stream(c, enc, {}) for c in configs]
    sections: list[tuple[int, int, bytes]] = [(F.SectionKind.CHIP, 0, _chip_record(chip))]
    sections.append((F.SectionKind.MODULE, 0, bytes(streams[0].out.buf)))
    sections += [(F.SectionKind.CONFIG, i, bytes(s.out.buf)) for i, s in enumerate(streams[1:])]
    debug = b""
    if debug_info:  # encoded before CONSTANTS is frozen: locations may (in principle) hold dense data
        out = _Out()
        out.u32(len(streams))
        parts = [s.debug(enc) for s in streams]
        debug = bytes(out.buf) + b"".join(parts)
    if constants.data:
        sections.append((F.SectionKind.CONSTANTS, 0, bytes(constants.data)))
    flags = 0
    if reference is not None:
        text = print_module(reference if debug_info else _without_names(reference), debuginfo=debug_info)
        sections.append((F.SectionKind.REFERENCE, 0, text.encode("utf-8")))
        flags |= F.FLAG_REFERENCE
    if debug_info:
        sections.append((F.SectionKind.DEBUG, 0, debug))
        flags |= F.FLAG_DEBUG

    table_end = F.HEADER.size + F.SECTION_ENTRY.size * len(sections)
    entries, payload, pos = [], bytearray(), table_end
    for kind, index, data in sections:
        pad = -pos % F.SECTION_ALIGN
        payload += b"\0" * pad
        pos += pad
        entries.append(F.SECTION_ENTRY.pack(kind, index, pos, len(data)))
        payload += data
        pos += len(data)
    file_size = pos + F.CRC.size
    head = F.HEADER.pack(F.MAGIC, F.FORMAT_VERSION, flags, len(sections), 0, file_size)
    body = head + b"".join(entries) + bytes(payload)
    return body + F.CRC.pack(zlib.crc32(body))


__all__ = ["RduError", "write_bitstream"]
