"""Parsing MLIR text with source locations on every operation.

xDSL's parser attaches a location only when the text spells `loc(...)`. Diagnostics of later
passes need to point into the user's file, so this parser gives every operation without an
explicit location a `FileLineColLoc` of where it starts. (Hand-written because xDSL has no
such option; line numbers come from a precomputed index so parsing stays linear.)
"""

from __future__ import annotations

import bisect
import math
import re
import struct

from xdsl.context import Context
from xdsl.dialects.builtin import FileLineColLoc, IntAttr, ModuleOp, StringAttr, UnknownLoc
from xdsl.ir import Operation
from xdsl.dialects.builtin import AnyFloat
from xdsl.parser import AttrParser, Parser
from xdsl.utils.mlir_lexer import MLIRLexer


MAX_CONSTANT_ELEMENTS = 1 << 24
"""xDSL materialises a splat `dense<v> : tensor<...>` element by element; beyond this many
elements that takes minutes or exhausts memory, so such a constant is a diagnostic instead."""

_DENSE_TYPE = re.compile(r"dense<[^<>]*>\s*:\s*tensor<((?:\d+x)+)")


_INT_TYPE = re.compile(r"(?:(?<=\dx)|(?<![\w$.%@#^-]))(?:si|ui|i)(\d{8,})(?![\w$.-])")
MAX_INT_WIDTH = (1 << 24) - 1
"""MLIR's limit on integer widths; xDSL does not check it and works on absurd widths for minutes."""


def _check_constant_sizes(text: str, name: str) -> None:
    from rdu_ir.diagnostics import error

    for m in _INT_TYPE.finditer(text):
        if int(m.group(1)) > MAX_INT_WIDTH:
            line = text.count("\n", 0, m.start()) + 1
            col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            raise error(f"integer type width {m.group(1)} exceeds the limit {MAX_INT_WIDTH}", f"{name}:{line}:{col}")

    for m in _DENSE_TYPE.finditer(text):
        count = math.prod(int(d) for d in m.group(1).rstrip("x").split("x"))
        if count > MAX_CONSTANT_ELEMENTS:
            line = text.count("\n", 0, m.start()) + 1
            col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            raise error(
                f"dense constant of {count} elements is too large (limit {MAX_CONSTANT_ELEMENTS})",
                f"{name}:{line}:{col}",
            )


def _hex_float_aware_to_type(self, parser, type):  # noqa: ANN001 - xDSL's signature
    """MLIR writes a float whose value has no short decimal form (inf, nan) as its bit pattern,
    `dense<0xFF800000>`, and xDSL's printer does too, but xDSL 0.74's parser reads the token as
    an integer and converts it to float. Read the bits instead (IEEE float of the type's width)."""
    if isinstance(type, AnyFloat) and isinstance(self.value, int) and not isinstance(self.value, bool):
        text = self.span.text.lower()
        if text.startswith("0x"):
            width = type.bitwidth
            formats = {16: "<e", 32: "<f", 64: "<d"}
            if width in formats and self.value < (1 << width):
                raw = self.value.to_bytes(width // 8, "little")
                return struct.unpack(formats[width], raw)[0]
    return _original_to_type(self, parser, type)


_original_to_type = AttrParser._TensorLiteralElement.to_type
AttrParser._TensorLiteralElement.to_type = _hex_float_aware_to_type


# xDSL 0.74's string-literal regex nests `+` inside `*`, so an unterminated string on a long
# line backtracks exponentially (a parse that never ends). Same language, linear matching:
# one character per repetition, and a possessive `*+` so a failed match gives up at once.
MLIRLexer._unescaped_characters_regex = re.compile(r'"(?:[^"\\\n\v\f]|\\(?:["nt\\]|[0-9A-Fa-f]{2}))*+"')


class LocatingParser(Parser):
    def __init__(self, ctx: Context, text: str, name: str = "<unknown>", line_offset: int = 0):
        super().__init__(ctx, text, name)
        self._line_starts = [0]
        self._line_starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
        self._file_attr = StringAttr(name)
        self._line_offset = line_offset

    def parse_operation(self) -> Operation:
        start = self._current_token.span.start
        op = super().parse_operation()
        if isinstance(op.location, UnknownLoc):
            line = bisect.bisect_right(self._line_starts, start) - 1
            col = start - self._line_starts[line]
            op.location = FileLineColLoc(
                self._file_attr, IntAttr(line + 1 + self._line_offset), IntAttr(col + 1)
            )
        return op


def parse_module(ctx: Context, text: str, name: str = "<unknown>", line_offset: int = 0) -> ModuleOp:
    """Parse `text` as a module (an implicit module is added around top-level ops)."""
    return LocatingParser(ctx, text, name, line_offset).parse_module()


def parse_source(ctx: Context, text: str, name: str, suffix: str = "mlir", line_offset: int = 0) -> ModuleOp:
    """Parse MLIR (or `.tin` when `suffix` is "tin") into a module; every failure is an RduError.

    xDSL's parser raises ParseError for malformed text, but some inputs (numbers too large for
    their type, nesting deeper than Python's stack) escape as other exceptions; users get a
    diagnostic for those too, never a traceback.
    """
    from xdsl.utils.exceptions import ParseError

    from rdu_ir.diagnostics import RduError, error, from_parse_error

    if suffix != "tin":
        _check_constant_sizes(text, name)
    try:
        if suffix == "tin":
            from rdu_ir.frontends.tin import parse_tin

            return parse_tin(text, name, line_offset)
        return parse_module(ctx, text, name, line_offset)
    except ParseError as e:
        raise from_parse_error(e, line_offset) from None
    except RduError:
        raise
    except RecursionError:
        raise error("the input nests too deeply to parse", name) from None
    except MemoryError:
        raise error("the input needs more memory than is available to parse", name) from None
    except (OverflowError, ValueError, IndexError, KeyError, TypeError, AssertionError) as e:
        raise error(f"cannot parse the input: {type(e).__name__}: {e}", name) from None
