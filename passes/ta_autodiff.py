"""`ta-autodiff`: turn a forward `ta` function into a training-step function, all in `ta` ops.

Why: training on the RDU runs one training step (forward, loss, backward, optimizer update) as
an ordinary program that the rest of the pipeline lowers to a bitstream section, so the whole
step must be `ta`. The pass adds a function `@<step-name>` (default `@train_step`) beside the
forward function `@<entry>` (which stays, for inference):

    func.func @train_step(<forward args...>, %target, <optimizer state...>)
        -> (loss: a rank-0 tensor, output, <new params...>, <new optimizer state...>)

- Parameters are the forward arguments carrying `{rdu.param = "name"}` (the PyTorch importer
  marks them so), or those listed in `params` (matched against `rdu.param` names or argument
  names; on the command line quote names with dots: `params="fc1.weight","fc1.bias"`).
  They keep their attributes; the updated values are returned in the same order with
  the same `rdu.param` result attribute, so a driver feeds results back as the next step's
  arguments.
- `%target` (`{rdu.target}`), per `loss`:
  * `cross-entropy` (softmax over the last dim of the output, mean over all other elements):
    `labels=onehot` (default) takes a float tensor of the output's shape holding one-hot (or
    soft) labels; `labels=index` takes float class indices of the output's shape without its
    last dim (ta has no integer gather; the one-hot mask is built with `ta.select eq`);
  * `mse`: a tensor of the output's shape; mean of squared differences over all elements.
- Optimizer (`optimizer`): `sgd` (PyTorch semantics: buf = momentum * buf + g;
  p -= lr * buf; one state tensor `<param>.momentum` per parameter when momentum != 0),
  `adam` (PyTorch semantics with bias correction; state `<param>.exp_avg`,
  `<param>.exp_avg_sq` per parameter plus the scalars `adam.beta1_power`, `adam.beta2_power`,
  which start at 1.0), or `none` (the results are the gradients, `{rdu.grad = name}`, instead of
  updated parameters; for checking and for optimizers outside the program).
  State arguments and results carry `{rdu.state = "name"}`; the loss result `{rdu.result =
  "loss"}`, the output `{rdu.result = "output"}`.

Calls to functions of the module are inlined (in the step only). Gradients are reverse-mode
over the straight-line body: values that depend on a parameter are "active"; walking the ops backwards, each active op's rule (`rdu_ir.passes.ta_autodiff_rules`)
emits the operand gradients, which are summed per value. An active op without a rule is an error
at that op. Time and program size are linear in the forward program.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    AnyFloat,
    ArrayAttr,
    DictionaryAttr,
    FloatAttr,
    ModuleOp,
    StringAttr,
    TensorType,
    UnitAttr,
    f64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from rdu_ir.diagnostics import error, error_at
from rdu_ir.frontends.inline_calls import inline_calls
from rdu_ir.passes.ta_autodiff_rules import has_rule, vjp
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump
from rdu_ir.ta_builder import TaBuilder, element_of, shape_of, ssa_name

PARAM_ATTR = "rdu.param"
STATE_ATTR = "rdu.state"
GRAD_ATTR = "rdu.grad"
TARGET_ATTR = "rdu.target"
RESULT_ATTR = "rdu.result"

LOSSES = ("cross-entropy", "mse")
LABELS = ("onehot", "index")
OPTIMIZERS = ("sgd", "adam", "none")


def arg_attr_dicts(fn: func.FuncOp) -> list[dict[str, Attribute]]:
    """The argument attributes of `fn` as one dict per argument."""
    n = len(fn.function_type.inputs.data)
    if fn.arg_attrs is None:
        return [{} for _ in range(n)]
    return [dict(d.data) for d in fn.arg_attrs.data]


def param_names(fn: func.FuncOp) -> list[str | None]:
    """The `rdu.param` name of every argument of `fn` (None when it is not a parameter)."""
    out: list[str | None] = []
    for attrs in arg_attr_dicts(fn):
        name = attrs.get(PARAM_ATTR)
        out.append(name.data if isinstance(name, StringAttr) else None)
    return out


@dataclass(frozen=True)
class TaAutodiffPass(ModulePass):
    """Add a training-step function (forward, loss, gradients, optimizer update) in `ta`."""

    name = "ta-autodiff"

    loss: str = "cross-entropy"
    labels: str = "onehot"
    params: tuple[str, ...] = ()
    optimizer: str = "sgd"
    lr: float = 0.01
    momentum: float = 0.0
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    entry: str = ""
    step_name: str = "train_step"

    def _check_options(self) -> None:
        for what, value, allowed in (
            ("loss", self.loss, LOSSES),
            ("labels", self.labels, LABELS),
            ("optimizer", self.optimizer, OPTIMIZERS),
        ):
            if value not in allowed:
                raise error(f"ta-autodiff: unknown {what} '{value}', expected one of {', '.join(allowed)}")
        if not 0.0 <= self.beta1 < 1.0 or not 0.0 <= self.beta2 < 1.0:
            raise error("ta-autodiff: beta1 and beta2 must be in [0, 1)")

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        self._check_options()
        forward = self._entry(op)
        step = self._build_step(forward)
        forward.parent_block().insert_op_after(step, forward)  # type: ignore[union-attr]

    # --- setup ------------------------------------------------------------------------------

    def _entry(self, module: ModuleOp) -> func.FuncOp:
        fns = [o for o in payload_ops(module) if isinstance(o, func.FuncOp) and not o.is_declaration]
        if any(f.sym_name.data == self.step_name for f in fns):
            raise error(f"ta-autodiff: the module already has a function '@{self.step_name}' (choose step-name)")
        if self.entry:
            for f in fns:
                if f.sym_name.data == self.entry.lstrip("@"):
                    return f
            raise error(f"ta-autodiff: no function '@{self.entry}' to differentiate")
        public = [f for f in fns if f.sym_visibility is None or f.sym_visibility.data == "public"]
        if len(public) == 1:
            return public[0]
        for f in fns:
            if f.sym_name.data == "forward":
                return f
        raise error(f"ta-autodiff: {len(public)} public functions; name the forward one with entry=NAME")

    def _params(self, fn: func.FuncOp) -> list[int]:
        """Indices of the arguments trained."""
        names = param_names(fn)
        args = fn.body.block.args
        if not self.params:
            chosen = [i for i, n in enumerate(names) if n is not None]
            if not chosen:
                raise error_at(
                    fn, "no parameters to train: mark arguments with {rdu.param = \"name\"} or list them in params="
                )
            return chosen
        chosen = []
        for wanted in self.params:
            hits = [i for i, a in enumerate(args) if names[i] == wanted or a.name_hint == wanted]
            if not hits:
                known = ", ".join(n or (a.name_hint or f"#{i}") for i, (n, a) in enumerate(zip(names, args)))
                raise error_at(fn, f"ta-autodiff: no argument named '{wanted}' (arguments: {known})")
            chosen.append(hits[0])
        return sorted(set(chosen))

    # --- the step function ------------------------------------------------------------------

    def _inlined(self, fn: func.FuncOp) -> func.FuncOp:
        """`fn` itself, or a copy with its calls to functions of the module inlined."""
        module = fn.parent_op()
        if not isinstance(module, ModuleOp) or not any(isinstance(o, func.CallOp) for o in fn.walk()):
            return fn
        copy = ModuleOp([o.clone() for o in payload_ops(module)])
        inline_calls(copy)
        return next(o for o in copy.ops if isinstance(o, func.FuncOp) and o.sym_name == fn.sym_name)

    def _build_step(self, fn: func.FuncOp) -> func.FuncOp:
        fn = self._inlined(fn)
        block = fn.body.block
        if len(fn.body.blocks) != 1:
            raise error_at(fn, "ta-autodiff needs a function with a single block")
        ret = block.last_op
        if not isinstance(ret, func.ReturnOp) or len(ret.arguments) != 1:
            raise error_at(ret or fn, "ta-autodiff needs a forward function returning exactly one tensor (the output)")
        out_t = ret.arguments[0].type
        if not isinstance(out_t, TensorType) or not isinstance(out_t.element_type, AnyFloat):
            raise error_at(ret, f"ta-autodiff: the output must be a float tensor, got {out_t}")
        params = self._params(fn)
        for i in params:
            t = block.args[i].type
            if not isinstance(t, TensorType) or not isinstance(t.element_type, AnyFloat):
                raise error_at(fn, f"ta-autodiff: parameter argument #{i} must be a float tensor, got {t}")
        element = out_t.element_type
        out_shape = tuple(out_t.get_shape())
        if self.loss == "cross-entropy" and len(out_shape) == 0:
            raise error_at(ret, "ta-autodiff: cross-entropy needs an output with a class dimension (rank >= 1)")
        target_shape = out_shape[:-1] if self.loss == "cross-entropy" and self.labels == "index" else out_shape

        arg_types = [a.type for a in block.args]
        arg_attrs = arg_attr_dicts(fn)
        param_label = [self._label(fn, i) for i in range(len(block.args))]
        state_specs = self._state_specs([param_label[i] for i in params], [block.args[i].type for i in params], element)
        new_block = Block(arg_types=[*arg_types, TensorType(element, list(target_shape)), *(t for _, t in state_specs)])
        for old, new in zip(block.args, new_block.args):
            new.name_hint = old.name_hint
        target = new_block.args[len(arg_types)]
        target.name_hint = "target"
        states = list(new_block.args[len(arg_types) + 1 :])
        for (name, _), s in zip(state_specs, states):
            s.name_hint = ssa_name(name)

        # Forward: a copy of the body.
        mapping: dict[SSAValue, SSAValue] = dict(zip(block.args, new_block.args))
        forward_ops: list[Operation] = []
        for op in block.ops:
            if op is ret:
                break
            clone = op.clone(value_mapper=mapping)
            new_block.add_op(clone)
            forward_ops.append(clone)
        output = mapping.get(ret.arguments[0], ret.arguments[0])
        b = TaBuilder(new_block, location=ret.location)  # loss and optimizer ops: at the return
        loss_start = len(list(new_block.ops))
        loss, no_grad = self._loss(b, output, target)
        loss_ops = list(new_block.ops)[loss_start:]

        # Backward.
        param_values = [new_block.args[i] for i in params]
        grads = self._gradients(b, [*forward_ops, *loss_ops], no_grad, param_values, loss)
        param_grads = [grads.get(p) or b.splat_like(0.0, p) for p in param_values]
        bump(self, "gradient ops", len(list(new_block.ops)) - len(forward_ops) - len(loss_ops))

        # Optimizer.
        labels = [param_label[i] for i in params]
        results: list[SSAValue] = [loss, output]
        res_attrs: list[dict[str, Attribute]] = [{RESULT_ATTR: StringAttr("loss")}, {RESULT_ATTR: StringAttr("output")}]
        new_params, new_states = self._update(b, param_values, param_grads, states)
        if self.optimizer == "none":
            results += param_grads
            res_attrs += [{GRAD_ATTR: StringAttr(n)} for n in labels]
        else:
            results += new_params
            res_attrs += [{PARAM_ATTR: StringAttr(n)} for n in labels]
        results += new_states
        res_attrs += [{STATE_ATTR: StringAttr(n)} for n, _ in state_specs]
        new_block.add_op(func.ReturnOp(*results))

        all_arg_attrs = [*arg_attrs, {TARGET_ATTR: UnitAttr()}, *({STATE_ATTR: StringAttr(n)} for n, _ in state_specs)]
        for i in params:
            all_arg_attrs[i].setdefault(PARAM_ATTR, StringAttr(param_label[i]))
        step = func.FuncOp(
            self.step_name,
            ([a.type for a in new_block.args], [r.type for r in results]),
            Region(new_block),
            arg_attrs=ArrayAttr([DictionaryAttr(d) for d in all_arg_attrs]),
            res_attrs=ArrayAttr([DictionaryAttr(d) for d in res_attrs]),
        )
        step.attributes["rdu.training"] = DictionaryAttr(self._summary())
        step.location = fn.location
        bump(self, "parameters trained", len(params))
        return step

    def _summary(self) -> dict[str, Attribute]:
        info: dict[str, Attribute] = {
            "loss": StringAttr(self.loss),
            "optimizer": StringAttr(self.optimizer),
            "lr": FloatAttr(self.lr, f64),
        }
        if self.loss == "cross-entropy":
            info["labels"] = StringAttr(self.labels)
        if self.optimizer == "sgd":
            info["momentum"] = FloatAttr(self.momentum, f64)
        if self.optimizer == "adam":
            for key in ("beta1", "beta2", "eps"):
                info[key] = FloatAttr(getattr(self, key), f64)
        return info

    def _label(self, fn: func.FuncOp, i: int) -> str:
        name = param_names(fn)[i]
        if name is not None:
            return name
        hint = fn.body.block.args[i].name_hint
        return hint if hint else f"arg{i}"

    def _state_specs(self, labels: list[str], types: list[Attribute], element: Attribute) -> list[tuple[str, Attribute]]:
        if self.optimizer == "sgd" and self.momentum != 0.0:
            return [(f"{n}.momentum", t) for n, t in zip(labels, types)]
        if self.optimizer == "adam":
            scalar = TensorType(element, [])
            return [
                *((f"{n}.exp_avg", t) for n, t in zip(labels, types)),
                *((f"{n}.exp_avg_sq", t) for n, t in zip(labels, types)),
                ("adam.beta1_power", scalar),
                ("adam.beta2_power", scalar),
            ]
        return []

    # --- loss ------------------------------------------------------------------------------

    def _loss(self, b: TaBuilder, output: SSAValue, target: SSAValue) -> tuple[SSAValue, set[Operation]]:
        """The scalar loss; ops whose gradient is known to vanish (the max shift of the
        log-sum-exp) are returned so the backward pass skips them."""
        shape = shape_of(output)
        all_dims = list(range(len(shape)))
        if self.loss == "mse":
            d = b.sub(output, target)
            total = b.reduce("sum", b.mul(d, d), all_dims)
            return b.scale(total, 1.0 / max(1, int(np.prod(shape)))), set()
        last = len(shape) - 1
        onehot = target
        if self.labels == "index":
            classes = b.array(np.arange(shape[-1], dtype=np.float64), element_of(output))
            index = b.keep_dims(target, shape, [last])
            onehot = b.select("eq", index, b.broadcast(classes, [last], shape), b.splat_like(1.0, output), b.splat_like(0.0, output))
        shift = b.reduce("max", output, [last])
        shift_op = shift.owner
        z = b.sub(output, b.keep_dims(shift, shape, [last]))
        lse = b.unary("log", b.reduce("sum", b.unary("exp", z), [last]))
        log_p = b.sub(z, b.keep_dims(lse, shape, [last]))
        rows = int(np.prod(shape[:-1])) if len(shape) > 1 else 1
        total = b.reduce("sum", b.mul(onehot, log_p), all_dims)
        return b.scale(total, -1.0 / rows), {shift_op}  # type: ignore[arg-type]

    # --- backward ---------------------------------------------------------------------------

    def _gradients(
        self,
        b: TaBuilder,
        ops: list[Operation],
        no_grad: set[Operation],
        params: list[SSAValue],
        loss: SSAValue,
    ) -> dict[SSAValue, SSAValue]:
        active: set[SSAValue] = set(params)
        for op in ops:
            if op not in no_grad and any(v in active for v in op.operands):
                active.update(op.results)
        grads: dict[SSAValue, SSAValue] = {loss: b.splat_like(1.0, loss)}
        for op in reversed(ops):
            if op in no_grad or all(r not in grads for r in op.results):
                continue
            which = [v in active for v in op.operands]
            if not any(which):
                continue
            if not has_rule(op):
                raise error_at(op, "has no gradient rule (ta-autodiff)")
            g = grads[op.results[0]]  # ta ops have one result
            outer, b.location = b.location, op.location  # gradient ops: at their forward op
            for value, grad in zip(op.operands, vjp(b, op, g, which)):
                if grad is None:
                    continue
                previous = grads.get(value)
                grads[value] = grad if previous is None else b.add(previous, grad)
            b.location = outer
        return grads

    # --- optimizer --------------------------------------------------------------------------

    def _update(
        self, b: TaBuilder, params: list[SSAValue], grads: list[SSAValue], states: list[SSAValue]
    ) -> tuple[list[SSAValue], list[SSAValue]]:
        if self.optimizer == "none":
            return [], []
        if self.optimizer == "sgd":
            if self.momentum == 0.0:
                return [b.sub(p, b.scale(g, self.lr)) for p, g in zip(params, grads)], []
            bufs = [b.add(b.scale(buf, self.momentum), g) for buf, g in zip(states, grads)]
            return [b.sub(p, b.scale(buf, self.lr)) for p, buf in zip(params, bufs)], bufs
        n = len(params)
        ms, vs = states[:n], states[n : 2 * n]
        p1 = b.scale(states[2 * n], self.beta1)
        p2 = b.scale(states[2 * n + 1], self.beta2)
        one = b.splat_like(1.0, p1)
        correction1 = b.sub(one, p1)  # 1 - beta1^t
        correction2 = b.sub(one, p2)
        new_params, new_ms, new_vs = [], [], []
        for p, g, m, v in zip(params, grads, ms, vs):
            shape = shape_of(p)
            m2 = b.add(b.scale(m, self.beta1), b.scale(g, 1.0 - self.beta1))
            v2 = b.add(b.scale(v, self.beta2), b.scale(b.mul(g, g), 1.0 - self.beta2))
            m_hat = b.div(m2, b.broadcast(correction1, [], shape))
            v_hat = b.div(v2, b.broadcast(correction2, [], shape))
            step = b.div(m_hat, b.shift(b.unary("sqrt", v_hat), self.eps))
            new_params.append(b.sub(p, b.scale(step, self.lr)))
            new_ms.append(m2)
            new_vs.append(v2)
        return new_params, [*new_ms, *new_vs, p1, p2]
