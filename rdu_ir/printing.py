"""Printing a module to text the way every rdu-ir tool does (one place, so outputs agree)."""

from __future__ import annotations

from io import StringIO

from xdsl.ir import Operation
from xdsl.printer import Printer


def print_module(op: Operation, generic: bool = False, debuginfo: bool = False,
                 properties_as_attributes: bool = False) -> str:
    """The op's text with a trailing newline (custom form unless `generic`)."""
    out = StringIO()
    Printer(
        stream=out,
        print_generic_format=generic,
        print_debuginfo=debuginfo,
        print_properties_as_attributes=properties_as_attributes,
    ).print_op(op)
    out.write("\n")
    return out.getvalue()
