"""MLIR-style diagnostics: `file:line:col: error: message`, raised as exceptions the drivers print.

Passes and front ends raise `error_at(op, "...")`; the drivers print the message, exit with
status 1 and never show a Python traceback for it. Parsed operations carry a
`FileLineColLoc` (see `rdu_ir.parsing`), so the location points into the user's file.
"""

from __future__ import annotations

from xdsl.dialects.builtin import FileLineColLoc, NameLoc, UnknownLoc
from xdsl.ir import Attribute, Operation
from xdsl.utils.exceptions import DiagnosticException


class RduError(DiagnosticException):
    """A user-facing error; `str()` is the complete diagnostic."""


def format_location(loc: Attribute | None) -> str | None:
    """`file:line:col` for a location attribute, or None when it has no position."""
    if isinstance(loc, FileLineColLoc):
        return f"{loc.filename.data}:{loc.line.data}:{loc.column.data}"
    if isinstance(loc, NameLoc):
        return format_location(loc.child_loc) if not isinstance(loc.child_loc, UnknownLoc) else None
    return None


def op_location(op: Operation | None) -> str | None:
    """The nearest known location of `op` or of one of its ancestors."""
    while op is not None:
        where = format_location(op.location)
        if where is not None:
            return where
        op = op.parent_op()
    return None


def error(message: str, location: str | None = None) -> RduError:
    """An error diagnostic, with `location` (`file:line:col`) when known."""
    prefix = f"{location}: " if location else ""
    return RduError(f"{prefix}error: {message}")


def error_at(op: Operation | None, message: str) -> RduError:
    """An error diagnostic located at `op` (its own or nearest ancestor's location)."""
    where = op_location(op)
    name = f"'{op.name}' op " if op is not None else ""
    return error(f"{name}{message}", where)


def from_parse_error(e: Exception, line_offset: int = 0) -> RduError:
    """An xDSL ParseError as `file:line:col: error: message` plus the caret-marked source."""
    import dataclasses

    span = getattr(e, "span", None)
    msg = getattr(e, "msg", str(e))
    if span is None:
        return error(str(msg))
    if line_offset:
        span = dataclasses.replace(span, line_offset=line_offset)
    context = span.print_with_context().split("\n", 1)[1].rstrip("\n")
    return RduError(f"{span.get_location()}: error: {msg}\n{context}")
