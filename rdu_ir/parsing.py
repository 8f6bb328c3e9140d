"""Parsing MLIR text with source locations on every operation.

xDSL's parser attaches a location only when the text spells `loc(...)`. Diagnostics of later
passes need to point into the user's file, so this parser gives every operation without an
explicit location a `FileLineColLoc` of where it starts. (Hand-written because xDSL has no
such option; line numbers come from a precomputed index so parsing stays linear.)
"""

from __future__ import annotations

import bisect

from xdsl.context import Context
from xdsl.dialects.builtin import FileLineColLoc, IntAttr, ModuleOp, StringAttr, UnknownLoc
from xdsl.ir import Operation
from xdsl.parser import Parser


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
    except (OverflowError, ValueError, IndexError, KeyError, TypeError, AssertionError) as e:
        raise error(f"cannot parse the input: {type(e).__name__}: {e}", name) from None
