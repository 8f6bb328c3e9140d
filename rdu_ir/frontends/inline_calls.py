"""Inlining `func.call`s to functions defined in the same module (the linalg front end's first step).

Models are often split into functions (tpp-mlir's ResNet50 bottleneck calls six); the `ta`
level wants one dataflow graph per entry function. Callees are flattened first (post-order
over the call graph), so every call site is inlined exactly once, in time linear in the size of
the result. Recursion is a diagnostic. Inlined callees that no call refers to any more are
erased.
"""

from __future__ import annotations

from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue

from rdu_ir.diagnostics import error_at
from rdu_ir.reference import payload_ops


def _calls(fn: func.FuncOp) -> list[func.CallOp]:
    return [op for op in fn.walk() if isinstance(op, func.CallOp)]


def inline_calls(module: ModuleOp) -> list[str]:
    """Inline every call to a function with a body in `module`; returns the erased callees' names."""
    functions: dict[str, func.FuncOp] = {}
    for op in payload_ops(module):
        if isinstance(op, func.FuncOp) and op.body.blocks:
            functions[op.sym_name.data] = op

    done: set[str] = set()
    active: set[str] = set()
    inlined: dict[str, None] = {}

    def flatten(name: str, caller: Operation | None) -> None:
        if name in done:
            return
        if name in active:
            raise error_at(caller, f"recursive call to @{name} cannot be inlined")
        active.add(name)
        fn = functions[name]
        for call in _calls(fn):
            callee = call.callee.root_reference.data
            if callee not in functions:
                continue
            flatten(callee, call)
            _inline(call, functions[callee])
            inlined[callee] = None
        active.discard(name)
        done.add(name)

    for name in functions:
        flatten(name, None)

    erased: list[str] = []
    referenced = {
        call.callee.root_reference.data for fn in functions.values() if fn.parent is not None for call in _calls(fn)
    }
    for name in inlined:
        if name not in referenced:
            functions[name].detach()
            functions[name].erase()
            erased.append(name)
    return erased


def _inline(call: func.CallOp, callee: func.FuncOp) -> None:
    if len(callee.body.blocks) != 1:
        raise error_at(callee, "only single-block functions can be inlined")
    block = callee.body.block
    if len(call.arguments) != len(block.args):
        raise error_at(call, f"call passes {len(call.arguments)} arguments, @{callee.sym_name.data} takes {len(block.args)}")
    mapping: dict[SSAValue, SSAValue] = dict(zip(block.args, call.arguments))
    parent = call.parent_block()
    assert parent is not None
    returned: list[SSAValue] = []
    for op in block.ops:
        if isinstance(op, func.ReturnOp):
            returned = [mapping.get(v, v) for v in op.arguments]
            break
        parent.insert_op_before(op.clone(mapping), call)
    if len(returned) != len(call.res):
        raise error_at(call, f"@{callee.sym_name.data} returns {len(returned)} values, the call expects {len(call.res)}")
    for old, new in zip(call.res, returned):
        old.replace_all_uses_with(new)
    call.detach()
    call.erase()
