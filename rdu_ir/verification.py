"""Verifying a module and reporting the failure as one located diagnostic.

xDSL's `verify()` raises an exception whose text is the whole module with the error
annotated; a user wants `file:line:col: error: <reason>`. On failure we find the first op
whose own verifier fails and report its message at its location.
"""

from __future__ import annotations

from xdsl.dialects.builtin import ModuleOp
from xdsl.utils.exceptions import DiagnosticException

from rdu_ir.diagnostics import RduError, error, error_at


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip() and not line.startswith(("builtin.module", '"builtin.module"')):
            return line.strip()
    return text.strip()


def verify_module(module: ModuleOp, what: str = "") -> None:
    """Verify `module`; raise an RduError located at the first failing op."""
    try:
        module.verify()
        return
    except DiagnosticException as whole:
        fallback = whole
    except ValueError as whole:  # xDSL raises ValueError for uses of erased values
        fallback = whole
    for op in module.walk():
        try:
            op.verify_()
        except DiagnosticException as e:
            raise error_at(op, f"{what}{e}") from None
    raise error(f"{what}{_first_line(str(fallback))}") from None


__all__ = ["verify_module", "RduError"]
