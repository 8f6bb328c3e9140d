"""Pass-pipeline syntax: MLIR's `builtin.module(a,b{opt=1})` form translated to xDSL's `a,b{opt=1}`.

xDSL's pipeline parser (reused for everything else: pass names, option dictionaries, typed
values) does not accept op-anchored nesting. rdu-ir's passes are module passes, so a nested
anchor such as `func.func(cse)` runs its passes on the whole module. Hand-written because only
the anchors need handling: a bracket-aware splitter, with options and quoted strings untouched.
"""

from __future__ import annotations

from rdu_ir.diagnostics import RduError, error

NAMED_PIPELINES: dict[str, str] = {
    "rdu-compile": "linalg-to-ta,ta-decompose,canonicalize,ta-to-df,infer-layout,split-buffers,allocate-units,insert-credits",
}
"""Pipelines usable by name, like a pass (the design's `rdu-compile`)."""


def _split_top_level(text: str, where: str) -> list[str]:
    items: list[str] = []
    depth_brace = depth_paren = 0
    quote: str | None = None
    start = 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch == "{":
            depth_brace += 1
        elif ch == "}":
            depth_brace -= 1
        elif ch == "(" and depth_brace == 0:
            depth_paren += 1
        elif ch == ")" and depth_brace == 0:
            depth_paren -= 1
            if depth_paren < 0:
                raise error(f"{where}: unbalanced ')' at position {i}")
        elif ch == "," and depth_brace == 0 and depth_paren == 0:
            items.append(text[start:i])
            start = i + 1
    if quote or depth_brace or depth_paren:
        raise error(f"{where}: unbalanced brackets or quotes in '{text}'")
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]


def _flatten(text: str, where: str) -> list[str]:
    out: list[str] = []
    for item in _split_top_level(text, where):
        brace = item.find("{")
        paren = item.find("(")
        if paren != -1 and (brace == -1 or paren < brace):
            if not item.endswith(")"):
                raise error(f"{where}: expected ')' at the end of '{item}'")
            out.extend(_flatten(item[paren + 1 : -1], where))
        else:
            out.append(item)
    return out


def expand_named(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item in NAMED_PIPELINES:
            out.extend(NAMED_PIPELINES[item].split(","))
        else:
            out.append(item)
    return out


def mlir_to_xdsl(pipeline: str) -> str:
    """`builtin.module(a,b{x=1})` -> `a,b{x=1}`; a plain list passes through unchanged."""
    pipeline = pipeline.strip()
    if not pipeline:
        return ""
    return ",".join(expand_named(_flatten(pipeline, "--pass-pipeline")))


def xdsl_form(passes: str) -> str:
    """The `-p` form with named pipelines expanded."""
    if not passes.strip():
        return ""
    return ",".join(expand_named(_split_top_level(passes, "-p")))


__all__ = ["mlir_to_xdsl", "xdsl_form", "NAMED_PIPELINES", "RduError"]
