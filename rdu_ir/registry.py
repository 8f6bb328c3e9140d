"""The names of rdu-ir's dialects and passes, loaded lazily so start-up stays fast.

Each entry maps a name to "module:attribute"; a driver imports the module only when the
dialect or pass is used (or listed). xDSL's own dialects and passes are added by the driver.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from xdsl.ir import Dialect
from xdsl.passes import ModulePass

DIALECTS: dict[str, str] = {
    "ta": "rdu_ir.dialects.ta:TA",
    "df": "rdu_ir.dialects.df:DF",
    "rdu": "rdu_ir.dialects.rdu:RDU",
    # xDSL's linalg and tensor plus what 0.74 lacks (named ops, old syntaxes), by the linalg front end.
    "linalg": "rdu_ir.frontends.linalg_ext:LINALG",
    "tensor": "rdu_ir.frontends.tensor_ext:TENSOR",
    "vector": "rdu_ir.frontends.vector_ext:VECTOR",
    # IREE's test-harness ops (util.*, check.*), so IREE's e2e tests import.
    "util": "rdu_ir.frontends.iree_util:UTIL",
    "check": "rdu_ir.frontends.iree_check:CHECK",
}

PASSES: dict[str, str] = {
    "linalg-to-ta": "rdu_ir.passes.linalg_to_ta:LinalgToTaPass",
    "ta-decompose": "rdu_ir.passes.ta_decompose:TaDecomposePass",
    "ta-autodiff": "rdu_ir.passes.ta_autodiff:TaAutodiffPass",
    "ta-to-df": "rdu_ir.passes.ta_to_df:TaToDfPass",
    "infer-layout": "rdu_ir.passes.infer_layout:InferLayoutPass",
    "split-buffers": "rdu_ir.passes.split_buffers:SplitBuffersPass",
    "allocate-units": "rdu_ir.passes.allocate_units:AllocateUnitsPass",
    "insert-credits": "rdu_ir.passes.insert_credits:InsertCreditsPass",
}


def _load(target: str) -> object:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def available(table: dict[str, str]) -> dict[str, str]:
    """The entries of `table` whose module exists in this installation."""
    out: dict[str, str] = {}
    for name, target in table.items():
        module_name = target.partition(":")[0]
        try:
            spec = importlib.util.find_spec(module_name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            out[name] = target
    return out


def dialect_factories() -> dict[str, Callable[[], Dialect]]:
    return {name: (lambda t=target: _load(t)) for name, target in available(DIALECTS).items()}  # type: ignore[misc]


def pass_factories() -> dict[str, Callable[[], type[ModulePass]]]:
    return {name: (lambda t=target: _load(t)) for name, target in available(PASSES).items()}  # type: ignore[misc]
