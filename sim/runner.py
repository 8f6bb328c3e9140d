"""Run a module at whatever level it is: pick the interpreter by the dialects its payload uses.

`ta` runs on the numpy reference, `df` on the token-level dataflow simulator, `rdu` on the
cycle simulator; the highest level present wins (a lowered module still holds ta in its
`@rdu_reference`, which is not payload). A module still in linalg form is imported with
`linalg-to-ta` first, on a copy.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from xdsl.dialects.builtin import (
    AnyFloat,
    FunctionType,
    IntegerType,
    ModuleOp,
    StringAttr,
    TensorType,
    UnregisteredOp,
)
from xdsl.ir import Attribute, Operation

from rdu_ir.context import make_context
from rdu_ir.diagnostics import error
from rdu_ir.reference import payload_ops, reference_module
from rdu_ir.registry import pass_factories

LEVEL_RUNNERS: dict[str, str] = {
    "ta": "rdu_ir.sim.reference:run_reference",
    "df": "rdu_ir.sim.df_sim:run_df",
    "rdu": "rdu_ir.sim.cycle_sim:run_rdu",
}
"""Level -> "module:function" taking (module, entry, inputs) and returning results."""

LEVEL_ORDER = ("rdu", "df", "ta")
"""Highest level first: a module is at the highest level any of its payload ops belongs to."""

IMPORTERS: dict[str, str] = {"linalg": "linalg-to-ta"}
"""Levels below `ta` that are imported by a pass before running."""


@dataclass
class RunResult:
    """The results of one run, in the order of the function's results, and simulator stats."""

    results: list[np.ndarray]
    stats: dict[str, object] = field(default_factory=dict)


def module_level(module: ModuleOp) -> str:
    """The level of the module's payload: rdu, df, ta, or linalg (ta when only func/arith)."""
    dialects: set[str] = set()
    for top in payload_ops(module):
        for op in top.walk():
            name = op.op_name.data if isinstance(op, UnregisteredOp) else op.name
            dialects.add(name.split(".", 1)[0])
    for level in LEVEL_ORDER:
        if level in dialects:
            return level
    return "linalg" if "linalg" in dialects else "ta"


def entry_ops(module: ModuleOp) -> list[Operation]:
    """The top-level payload ops that can be run: every op with a symbol name and a body."""
    return [
        op
        for op in payload_ops(module)
        if not isinstance(op, ModuleOp)
        and "sym_name" in (op.properties | op.attributes)
        and op.regions
        and op.regions[0].blocks
    ]


def _visibility(op: Operation) -> str:
    vis = (op.properties | op.attributes).get("sym_visibility")
    return vis.data if isinstance(vis, StringAttr) else "public"


def sym_name(op: Operation) -> str:
    attr = (op.properties | op.attributes)["sym_name"]
    assert isinstance(attr, StringAttr)
    return attr.data


def find_entry(module: ModuleOp, entry: str | None) -> Operation:
    """The op to run: the one named `entry` (`@` optional), or else the only public one."""
    ops = entry_ops(module)
    if entry is not None:
        name = entry.lstrip("@")
        for op in ops:
            if sym_name(op) == name:
                return op
        known = ", ".join("@" + sym_name(op) for op in ops) or "none"
        raise error(f"no function named '@{name}' in the module (functions: {known})")
    public = [op for op in ops if _visibility(op) != "private"]
    if not public:
        raise error("the module has no public function to run")
    if len(public) > 1:
        names = ", ".join("@" + sym_name(op) for op in public)
        raise error(f"the module has several public functions ({names}); choose one with --entry")
    return public[0]


@dataclass
class Signature:
    names: list[str]
    """Argument names from the text (`%x` -> "x"), "" when the text has none."""
    inputs: list[Attribute]
    outputs: list[Attribute]


def signature(op: Operation) -> Signature:
    """Argument names and types of a runnable op (a `function_type`, else its body's arguments)."""
    block = op.regions[0].blocks.first
    args = list(block.args) if block is not None else []
    names = [a.name_hint or "" for a in args]
    ftype = (op.properties | op.attributes).get("function_type")
    if isinstance(ftype, FunctionType):
        return Signature(names, list(ftype.inputs.data), list(ftype.outputs.data))
    return Signature(names, [a.type for a in args], [])


def numpy_dtype(element_type: Attribute) -> np.dtype:
    """The numpy dtype that holds tensors of `element_type` (bf16 is held as float32)."""
    name = str(element_type)
    table = {
        "f16": np.float16, "bf16": np.float32, "f32": np.float32, "f64": np.float64,
        "i1": np.bool_, "i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64,
    }
    if name in table:
        return np.dtype(table[name])
    if isinstance(element_type, IntegerType):
        return np.dtype(np.int64)
    if isinstance(element_type, AnyFloat):
        return np.dtype(np.float32)
    raise error(f"no numpy dtype for element type {element_type}")


def tensor_parts(t: Attribute) -> tuple[tuple[int, ...], np.dtype]:
    """(shape, dtype) of a static tensor type; an error for anything else."""
    if not isinstance(t, TensorType):
        raise error(f"cannot pass a value of type {t}: only tensors are supported")
    shape = tuple(t.get_shape())
    if any(d < 0 for d in shape):
        raise error(f"cannot run with a dynamically shaped argument {t}")
    return shape, numpy_dtype(t.element_type)


def _load_runner(level: str):
    target = LEVEL_RUNNERS.get(level)
    if target is None:
        raise error(f"no simulator for level {level} yet")
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name and module_name.startswith(e.name):
            raise error(f"no simulator for level {level} yet ({module_name} is missing)") from None
        raise
    return getattr(module, attr)


def import_to_ta(module: ModuleOp, level: str) -> ModuleOp:
    """A ta copy of a module that is still in an importer's form (e.g. linalg)."""
    pass_name = IMPORTERS[level]
    factory = pass_factories().get(pass_name)
    if factory is None:
        raise error(f"the module is in {level} form and the '{pass_name}' pass is not available")
    copy = module.clone()
    factory()().apply(make_context(), copy)
    return copy


def run_module(
    module: ModuleOp, entry: str | None = None, inputs: Sequence[np.ndarray] = ()
) -> RunResult:
    """Run function `entry` (default: the only public one) of `module` on `inputs`."""
    level = module_level(module)
    if level in IMPORTERS:
        module = import_to_ta(module, level)
        level = "ta"
    if level == "ta" and reference_module(module) is not None:
        # The reference interpreter prefers a nested reference; here the payload is wanted.
        module = ModuleOp([op.clone() for op in payload_ops(module)])
    op = find_entry(module, entry)
    runner = _load_runner(level)
    out = runner(module, sym_name(op), list(inputs))
    if isinstance(out, RunResult):
        return out
    if hasattr(out, "results"):  # a runner's own result class
        return RunResult(list(out.results), dict(getattr(out, "stats", {}) or {}))
    if isinstance(out, tuple) and len(out) == 2 and isinstance(out[1], dict):
        return RunResult(list(out[0]), dict(out[1]))
    return RunResult([np.asarray(r) for r in out])
