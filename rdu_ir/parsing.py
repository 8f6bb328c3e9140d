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
