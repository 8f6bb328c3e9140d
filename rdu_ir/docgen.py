"""Generate the dialect and pass references (docs/dialects/*.md, docs/passes.md) from the code.

    python -m rdu_ir.docgen            # rewrite the references under docs/
    python -m rdu_ir.docgen --check    # exit 1 (naming the stale files) when they are out of date

Everything comes from the definitions themselves, so the reference cannot drift from them:
an op's IRDL definition (operands, results, properties and attributes with their constraints,
regions, traits, declarative assembly format), its docstring (custom syntax is written there),
and its verifier: the docstring and comments of `verify_` and the messages it (and the
module-level helpers it calls) raises. Passes come from `rdu_ir.registry.PASSES`: docstring,
options (dataclass fields with types, defaults and their attribute docstrings) and the
statistics counters their module bumps. The output is deterministic: definition order only,
no addresses, no timestamps.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import inspect
import re
import sys
import textwrap
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from xdsl.ir import Dialect, Operation
from xdsl.irdl import (
    AllOf,
    AnyAttr,
    AnyOf,
    BaseAttr,
    EqAttrConstraint,
    IRDLOperation,
    OptionalDef,
    ParamAttrConstraint,
    VarConstraint,
    VariadicDef,
)

from rdu_ir import registry

DOC_DIALECTS: tuple[str, ...] = ("ta", "df", "rdu")
"""The dialects whose reference is generated (rdu-ir's own levels)."""

REGENERATE = "python -m rdu_ir.docgen"
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


# --- constraints and traits as text ------------------------------------------------------


def _named_constraints(module_name: str) -> dict[int, str]:
    """id -> name of the constraints a dialect module defines at top level (e.g. TensorConstr)."""
    module = sys.modules.get(module_name)
    if module is None:
        return {}
    return {
        id(v): k
        for k, v in vars(module).items()
        if not k.startswith("_") and type(v).__name__ in ("ParamAttrConstraint", "AnyOf", "AllOf", "BaseAttr")
    }


def constraint_text(c: object, names: dict[int, str] | None = None) -> str:
    """A readable, deterministic rendering of an IRDL constraint; a constraint the dialect
    module names (`TensorConstr = ...`) is shown with its name."""
    if names and id(c) in names:
        return f"{names[id(c)]}: {constraint_text(c)}"
    inner = getattr(c, "constraint", None) or getattr(c, "constr", None)
    name = type(c).__name__
    if name in ("RangeOf", "RangeLengthConstraint", "SingleOf") and inner is not None:
        return constraint_text(inner, names)
    if isinstance(c, AnyAttr):
        return "any"
    if isinstance(c, BaseAttr):
        return _attr_class_text(c.attr)
    if isinstance(c, EqAttrConstraint):
        return str(c.attr)
    if isinstance(c, ParamAttrConstraint):
        params = ", ".join(constraint_text(p) for p in c.param_constrs)
        return f"{_attr_class_text(c.base_attr)}<{params}>"
    if isinstance(c, AnyOf):
        from xdsl.dialects.builtin import AnyFloatConstr

        alts = list(c.attr_constrs)
        parts = []
        floats = list(getattr(AnyFloatConstr, "attr_constrs", ()))
        if floats and all(f in alts for f in floats):  # spell the 18 float types as one
            parts.append("AnyFloat")
            alts = [a for a in alts if a not in floats]
        return " | ".join(parts + [constraint_text(a) for a in alts])
    if isinstance(c, AllOf):
        return " & ".join(constraint_text(a) for a in c.attr_constrs)
    if isinstance(c, VarConstraint):
        return f"{constraint_text(c.constraint)} (same as every `${c.name}`)"
    return _ADDRESS.sub("", repr(c))


def _attr_class_text(cls: type) -> str:
    irdl_name = getattr(cls, "name", None)
    return f"{cls.__name__} (`{irdl_name}`)" if isinstance(irdl_name, str) and "." in irdl_name else cls.__name__


def _value_text(v: object) -> str:
    if isinstance(v, type):
        n = getattr(v, "name", None)
        return n if isinstance(n, str) else v.__name__
    if isinstance(v, tuple | list):
        return ", ".join(_value_text(x) for x in v)
    return _ADDRESS.sub("", repr(v))


def trait_text(trait: object) -> str:
    name = type(trait).__name__
    if dataclasses.is_dataclass(trait):
        args = [_value_text(getattr(trait, f.name)) for f in dataclasses.fields(trait)]
        args = [a for a in args if a not in ("", "()")]
        if args:
            return f"{name}({'; '.join(args)})"
    return name


# --- verifier rules from the source --------------------------------------------------------


def _message_text(node: ast.expr) -> str | None:
    """The text of a string or f-string node, placeholders shown as `…`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
            else:
                parts.append("…")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _message_text(node.left), _message_text(node.right)
        return None if a is None and b is None else (a if a is not None else "…") + (b if b is not None else "…")
    return None


@cache
def _module_tree(module_name: str) -> tuple[ast.Module, list[str]] | None:
    module = sys.modules.get(module_name) or importlib.import_module(module_name)
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return None
    return ast.parse(source), source.splitlines()


def _find_function(module_name: str, qualname: str) -> ast.FunctionDef | None:
    parsed = _module_tree(module_name)
    if parsed is None:
        return None
    scope: list[ast.stmt] = parsed[0].body
    found: ast.AST | None = None
    for part in qualname.split("."):
        found = next(
            (n for n in scope if isinstance(n, ast.FunctionDef | ast.ClassDef) and n.name == part), None
        )
        if found is None:
            return None
        scope = found.body  # type: ignore[attr-defined]
    return found if isinstance(found, ast.FunctionDef) else None


@dataclasses.dataclass
class Rules:
    docs: list[str] = dataclasses.field(default_factory=list)
    comments: list[str] = dataclasses.field(default_factory=list)
    messages: list[str] = dataclasses.field(default_factory=list)

    def add(self, bucket: list[str], text: str) -> None:
        text = " ".join(text.split())
        if text and text not in bucket:
            bucket.append(text)


def _collect_rules(module_name: str, func: ast.FunctionDef, owner: str, rules: Rules, depth: int, seen: set) -> None:
    key = (module_name, owner, func.name)
    if key in seen:
        return
    seen.add(key)
    doc = ast.get_docstring(func)
    # A helper's docstring states a rule only when the helper itself rejects something.
    if doc and (func.name == "verify_" or any(isinstance(n, ast.Raise) for n in ast.walk(func))):
        rules.add(rules.docs, doc)
    _, lines = _module_tree(module_name)  # type: ignore[misc]
    for line in lines[func.lineno - 1 : func.end_lineno]:
        stripped = line.strip()
        if stripped.startswith("#") and not stripped.startswith("# type:") and "noqa" not in stripped:
            rules.add(rules.comments, stripped.lstrip("# "))
    for node in ast.walk(func):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            text = _message_text(node.exc.args[0])
            if text and len(re.findall(r"[A-Za-z]", text)) >= 3:  # not a bare re-raise like f"{what}: {e}"
                rules.add(rules.messages, text)
        if depth > 0 and isinstance(node, ast.Call):
            target = _resolve_call(module_name, owner, node.func)
            if target is not None and target[1] is not func:
                callee_module, callee, callee_owner = target
                _collect_rules(callee_module, callee, callee_owner, rules, depth - 1, seen)


def _resolve_call(module_name: str, owner: str, f: ast.expr) -> tuple[str, ast.FunctionDef, str] | None:
    """The rdu-ir function a call in `module_name` reaches: `name(...)` (a module-level
    function, possibly imported from another rdu-ir module) or `self.method(...)`."""
    module = sys.modules.get(module_name)
    obj = None
    if isinstance(f, ast.Name) and module is not None:
        obj = vars(module).get(f.id)
    elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self" and module is not None:
        cls = vars(module).get(owner)
        obj = getattr(cls, f.attr, None) if isinstance(cls, type) else None
    obj = getattr(obj, "__func__", obj)
    if not inspect.isfunction(obj) or not obj.__module__.startswith("rdu_ir."):
        return None
    node = _find_function(obj.__module__, obj.__qualname__)
    if node is None:
        return None
    return obj.__module__, node, obj.__qualname__.rsplit(".", 1)[0] if "." in obj.__qualname__ else ""


def verifier_rules(op: type[Operation]) -> tuple[str, Rules]:
    """(the class defining `verify_`, its rules), or ('', empty) when only IRDL verifies."""
    rules = Rules()
    verify = getattr(op, "verify_", None)
    if verify is not None and verify.__module__.startswith("xdsl."):
        # irdl_op_definition wraps the op's own verify_ (kept as `custom_verify` in a closure).
        verify = inspect.getclosurevars(verify).nonlocals.get("custom_verify")
    module = getattr(verify, "__module__", "") or ""
    qualname = getattr(verify, "__qualname__", "")
    if not module.startswith("rdu_ir.") or "." not in qualname:
        return "", rules
    func = _find_function(module, qualname)
    if func is None:
        return "", rules
    owner = qualname.rsplit(".", 1)[0]
    _collect_rules(module, func, owner, rules, depth=2, seen=set())
    return owner, rules


# --- one dialect ------------------------------------------------------------------------


def _doc(obj: object) -> str:
    """A class's own docstring, dedented by its source indentation so that indented syntax
    examples stay indented (markdown code blocks); cleandoc for classes made at run time."""
    raw = obj.__dict__.get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    if not isinstance(raw, str):
        return ""
    parsed = _module_tree(obj.__module__) if isinstance(obj, type) else None
    node = None
    if parsed is not None:
        node = next((n for n in parsed[0].body if isinstance(n, ast.ClassDef) and n.name == obj.__name__), None)
    if node is None or ast.get_docstring(node, clean=False) != raw:
        return inspect.cleandoc(raw)
    indent = " " * node.body[0].col_offset
    lines = raw.strip("\n").split("\n")
    lines = [lines[0].strip()] + [ln[len(indent):] if ln.startswith(indent) else ln.strip() for ln in lines[1:]]
    return "\n".join(ln.rstrip() for ln in lines).strip()


def _summary(doc: str) -> str:
    return " ".join(doc.split("\n\n", 1)[0].split()) if doc else ""


def _own_bases(op: type) -> list[type]:
    """Base classes defined in rdu-ir (between the op and IRDLOperation), with a docstring."""
    out = []
    for klass in op.__mro__[1:]:
        if klass is IRDLOperation:
            break
        if klass.__module__.startswith("rdu_ir.") and _doc(klass):
            out.append(klass)
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def op_section(op: type[IRDLOperation]) -> list[str]:
    d = op.get_irdl_definition()
    doc = _doc(op)
    out = [f"### `{d.name}`", ""]
    out += [f"*{_cell(_summary(doc))}*" if doc else "*(no docstring)*", ""]
    if doc and "\n\n" in doc:
        out += [doc.split("\n\n", 1)[1], ""]
    for base in _own_bases(op):
        out += [f"From `{base.__name__}`:", "", textwrap.indent(_doc(base), "> ", lambda _: True), ""]
    if d.assembly_format:
        out += ["Syntax (declarative assembly format):", "", "```", d.assembly_format, "```", ""]
    elif "parse" in {n for k in op.__mro__ if k.__module__.startswith("rdu_ir.") for n in k.__dict__}:
        out += ["Syntax: custom (see the description); the generic form always parses.", ""]

    def kind(defn: object) -> str:
        if isinstance(defn, OptionalDef):
            return "optional"
        if isinstance(defn, VariadicDef):
            return "variadic"
        return "single"

    table: list[str] = []
    names = _named_constraints(op.__module__)
    for title, items in (("operand", d.operands), ("result", d.results)):
        for name, defn in items:
            table.append(f"| {title} | `{name}` | {kind(defn)} | {_cell(constraint_text(defn.constr, names))} |")
    for title, mapping in (("property", d.properties), ("attribute", d.attributes)):
        for name, defn in mapping.items():
            opt = "optional" if isinstance(defn, OptionalDef) else "required"
            table.append(f"| {title} | `{name}` | {opt} | {_cell(constraint_text(defn.constr, names))} |")
    for name, defn in d.regions:
        rkind = {"SingleBlockRegionDef": "single block", "VarRegionDef": "variadic", "OptRegionDef": "optional",
                 "OptSingleBlockRegionDef": "optional single block", "VarSingleBlockRegionDef": "variadic single block"}
        entry = constraint_text(defn.entry_args)
        table.append(f"| region | `{name}` | {rkind.get(type(defn).__name__, 'single')} | block arguments: {_cell(entry)} |")
    if table:
        out += ["| kind | name | arity | constraint |", "| --- | --- | --- | --- |", *table, ""]
    traits = sorted(trait_text(t) for t in d.traits)  # OpTraits is a set: sort for determinism
    options = [type(o).__name__ for o in d.options]
    if traits or options:
        out += ["Traits: " + ", ".join(f"`{t}`" for t in traits + options), ""]
    definer, rules = verifier_rules(op)
    if rules.docs or rules.comments or rules.messages:
        where = "" if definer == op.__name__ else f" (shared, `{definer}.verify_`)"
        out += [f"Verifier{where}:", ""]
        out += [f"- {_cell(t)}" for t in rules.docs]
        out += [f"- {_cell(t)}" for t in rules.comments]
        out += [f"- error: \"{_cell(t)}\"" for t in rules.messages]
        out += [""]
    return out


def attr_section(attr: type) -> list[str]:
    out = [f"### `{attr.name}`", "", _doc(attr) or "*(no docstring)*", ""]
    try:
        params = attr.get_irdl_definition().parameters
    except AttributeError:
        params = []
    if params:
        out += ["| parameter | constraint |", "| --- | --- |"]
        out += [f"| `{n}` | {_cell(constraint_text(p.constr if hasattr(p, 'constr') else p))} |" for n, p in params]
        out += [""]
    return out


def dialect_markdown(dialect: Dialect) -> str:
    ops = list(dialect.operations)
    attrs = list(dialect.attributes)
    modules: list[str] = []
    for cls in [*ops, *attrs]:
        if cls.__module__ not in modules:
            modules.append(cls.__module__)
    out = [
        f"# The `{dialect.name}` dialect",
        "",
        f"<!-- Generated by `{REGENERATE}` from {', '.join(modules)}; do not edit. -->",
        "",
    ]
    for name in modules:
        doc = inspect.getdoc(importlib.import_module(name))
        if doc:
            out += [f"From `{name}`:", "", doc, ""]
    out += ["## Operations", ""]
    out += [f"- [`{op.get_irdl_definition().name}`](#{_anchor(op.get_irdl_definition().name)})" for op in ops]
    out += [""]
    for op in ops:
        out += op_section(op)
    if attrs:
        out += ["## Attributes and types", ""]
        for attr in attrs:
            out += attr_section(attr)
    return _finish(out)


def _anchor(name: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", name.lower())


def _finish(lines: list[str]) -> str:
    text = "\n".join(lines).rstrip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


# --- passes -----------------------------------------------------------------------------


def _field_docs(cls: type) -> dict[str, str]:
    """What each option means: the string literal right after the field (an attribute
    docstring), else the comment on its line or the comment lines just above it."""
    parsed = _module_tree(cls.__module__)
    if parsed is None:
        return {}
    tree, lines = parsed
    node = next((n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == cls.__name__), None)
    docs: dict[str, str] = {}
    if node is None:
        return docs
    body = node.body
    for i, a in enumerate(body):
        if not (isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name)):
            continue
        b = body[i + 1] if i + 1 < len(body) else None
        text = ""
        if isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant) and isinstance(b.value.value, str):
            text = b.value.value
        elif "#" in lines[a.lineno - 1]:
            text = lines[a.lineno - 1].split("#", 1)[1]
        else:
            above = []
            j = a.lineno - 2
            while j >= 0 and lines[j].strip().startswith("#"):
                above.insert(0, lines[j].strip().lstrip("# "))
                j -= 1
            text = " ".join(above)
        docs[a.target.id] = " ".join(text.split())
    return docs


def pass_statistics(cls: type) -> list[str]:
    """The counters the pass's module bumps (`bump(pass, "name")`), f-string parts as `…`."""
    parsed = _module_tree(cls.__module__)
    found: list[str] = []
    if parsed is None:
        return found
    for node in ast.walk(parsed[0]):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "bump"
            and len(node.args) >= 2
        ):
            text = _message_text(node.args[1])
            if text and text not in found:
                found.append(text)
    return found


def _option_value(v: object) -> str:
    """A default as it is written in a pipeline (`{fuse=false par=2,2}`)."""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, tuple | list):
        return ",".join(_option_value(x) for x in v) if v else "(empty)"
    if isinstance(v, str):
        return f'"{v}"'
    return repr(v)


def _default_text(f: dataclasses.Field) -> str:
    if f.default is not dataclasses.MISSING:
        return f"`{_option_value(f.default)}`"
    if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return f"`{_option_value(f.default_factory())}`"  # type: ignore[misc]
    return "required"


def pass_section(name: str, cls: type) -> list[str]:
    doc = _doc(cls)
    out = [f"## `{name}`", "", f"`{cls.__module__}.{cls.__name__}`", "", doc or "*(no docstring)*", ""]
    module_doc = inspect.getdoc(importlib.import_module(cls.__module__))
    if module_doc:
        out += [f"From the module `{cls.__module__}`:", "", textwrap.indent(module_doc, "> ", lambda _: True), ""]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if fields:
        docs = _field_docs(cls)
        out += ["| option | type | default | meaning |", "| --- | --- | --- | --- |"]
        for f in fields:
            typ = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
            out.append(
                f"| `{f.name.replace('_', '-')}` | `{_cell(typ)}` | {_cell(_default_text(f))} | {_cell(docs.get(f.name, ''))} |"
            )
        out += [""]
    else:
        out += ["No options.", ""]
    stats = pass_statistics(cls)
    if stats:
        out += ["Statistics (`rdu-opt --pass-statistics`): " + ", ".join(f"\"{s}\"" for s in stats), ""]
    return out


def passes_markdown() -> str:
    from rdu_ir.pipeline_syntax import NAMED_PIPELINES

    out = [
        "# Passes",
        "",
        f"<!-- Generated by `{REGENERATE}` from rdu_ir.registry.PASSES; do not edit. -->",
        "",
        (
            "Run a pass with `rdu-opt FILE -p name{option=value}` or "
            "`--pass-pipeline='builtin.module(name{option=value})'` (options separated by spaces, "
            "list values by commas; `max-units` and `max_units` name the same option). "
            "`rdu-opt --list-passes` lists these and xDSL's own passes."
        ),
        "",
        "Named pipelines (usable like a pass):",
        "",
    ]
    out += [f"- `{n}`: `{p}`" for n, p in NAMED_PIPELINES.items()]
    out += [""]
    table = registry.available(registry.PASSES)
    out += [f"- [`{n}`](#{_anchor(n)})" for n in table]
    out += [""]
    for name, target in table.items():
        out += pass_section(name, registry._load(target))
    return _finish(out)


# --- the files --------------------------------------------------------------------------


def generated_files() -> dict[str, Callable[[], str]]:
    """Relative path under docs/ -> a function producing its text."""
    files: dict[str, Callable[[], str]] = {}
    for name in DOC_DIALECTS:
        target = registry.DIALECTS[name]
        files[f"dialects/{name}.md"] = lambda t=target: dialect_markdown(registry._load(t))  # type: ignore[misc]
    files["passes.md"] = passes_markdown
    return files


def stale_files(docs_dir: Path) -> list[str]:
    """Generated files missing or different under `docs_dir`."""
    stale = []
    for rel, make in generated_files().items():
        path = docs_dir / rel
        if not path.exists() or path.read_text(encoding="utf-8") != make():
            stale.append(rel)
    return stale


def write_all(docs_dir: Path) -> list[Path]:
    written = []
    for rel, make in generated_files().items():
        path = docs_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make(), encoding="utf-8")
        written.append(path)
    return written


def default_docs_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "docs"


def main(argv: Iterable[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m rdu_ir.docgen", description=__doc__.split("\n\n")[0])
    p.add_argument("--docs-dir", type=Path, default=default_docs_dir(), help="where docs/ is (default: the repo's)")
    p.add_argument("--check", action="store_true", help="only check that the files are up to date")
    args = p.parse_args(list(argv) if argv is not None else None)
    if args.check:
        stale = stale_files(args.docs_dir)
        for rel in stale:
            print(f"stale: {args.docs_dir / rel} (regenerate with `{REGENERATE}`)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all(args.docs_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

