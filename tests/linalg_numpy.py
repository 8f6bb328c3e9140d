"""An independent numpy evaluator of linalg-on-tensors, the oracle of the linalg front end's tests.

It shares nothing with `linalg-to-ta`: named ops have their own einsum/loop definitions
here, and a `linalg.generic` is evaluated by its definition: the body runs vectorised over all
parallel loops, once per point of the reduction loops (in order), reading every operand
through its indexing map (any affine map, not only projected permutations). Contractions
written as `out + a * b` take an einsum shortcut so that corpus-sized programs stay fast.
Calls to external `print*` functions append the printed tensor to the results, the same
convention as the importer.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    TensorType,
)
from xdsl.ir import Block, Operation, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
)

_DTYPES = {
    "f32": np.float32, "f64": np.float64, "f16": np.float16, "i32": np.int32, "i64": np.int64, "i1": np.bool_, "index": np.int64,
}  # fmt: skip


def dtype_of(t) -> type:
    return _DTYPES[str(t.element_type if isinstance(t, TensorType) else t)]


def dense_array(attr: DenseIntOrFPElementsAttr) -> np.ndarray:
    dt = np.dtype(_DTYPES[str(attr.get_element_type())])
    shape = attr.get_shape()
    raw = np.frombuffer(attr.data.data, dtype=dt)
    n = int(np.prod(shape)) if shape else 1
    if raw.size == 1 and n != 1:
        return np.full(shape, raw[0], dtype=dt)
    return raw.reshape(shape).copy()


_BIN = {
    "arith.addf": np.add, "arith.addi": np.add, "arith.subf": np.subtract, "arith.subi": np.subtract,
    "arith.mulf": np.multiply, "arith.muli": np.multiply, "arith.divf": np.divide,
    "arith.maximumf": np.maximum, "arith.maxnumf": np.fmax, "arith.minimumf": np.minimum, "arith.minnumf": np.fmin,
    "arith.maxsi": np.maximum, "arith.minsi": np.minimum, "math.powf": np.power,
}  # fmt: skip
_UN = {
    "arith.negf": np.negative, "math.exp": np.exp, "math.log": np.log, "math.tanh": np.tanh,
    "math.sqrt": np.sqrt, "math.rsqrt": lambda x: 1 / np.sqrt(x), "math.absf": np.abs,
    "math.erf": np.vectorize(math.erf, otypes=[np.float64]),
    "arith.index_cast": lambda x: x, "arith.index_castui": lambda x: x,
    "arith.sitofp": lambda x: np.asarray(x, np.float32), "arith.uitofp": lambda x: np.asarray(x, np.float32),
}  # fmt: skip
_CMPF = {1: np.equal, 2: np.greater, 3: np.greater_equal, 4: np.less, 5: np.less_equal, 6: np.not_equal,
         8: np.equal, 9: np.greater, 10: np.greater_equal, 11: np.less, 12: np.less_equal, 13: np.not_equal}  # fmt: skip
_CMPI = {0: np.equal, 1: np.not_equal, 2: np.less, 3: np.less_equal, 4: np.greater, 5: np.greater_equal,
         6: np.less, 7: np.less_equal, 8: np.greater, 9: np.greater_equal}  # unsigned: tests use non-negative values

_NAMED_EINSUM = {
    "linalg.matmul": "mk,kn->mn", "linalg.batch_matmul": "bmk,bkn->bmn", "linalg.matvec": "mk,k->m",
    "linalg.vecmat": "k,kn->n", "linalg.dot": "k,k->", "linalg.batch_matvec": "bmk,bk->bm",
    "linalg.batch_vecmat": "bk,bkn->bn", "linalg.matmul_transpose_a": "km,kn->mn",
    "linalg.matmul_transpose_b": "mk,nk->mn", "linalg.batch_matmul_transpose_a": "bkm,bkn->bmn",
    "linalg.batch_matmul_transpose_b": "bmk,bnk->bmn", "linalg.batch_reduce_matmul": "bmk,bkn->mn",
}  # fmt: skip
_NAMED_ELEMENTWISE = {
    "linalg.add": np.add, "linalg.sub": np.subtract, "linalg.mul": np.multiply, "linalg.div": np.divide,
    "linalg.max": np.maximum, "linalg.min": np.minimum, "linalg.exp": np.exp, "linalg.log": np.log,
    "linalg.sqrt": np.sqrt, "linalg.negf": np.negative, "linalg.abs": np.abs, "linalg.tanh": np.tanh,
    "linalg.copy": lambda x: x, "linalg.rsqrt": lambda x: 1 / np.sqrt(x), "linalg.square": np.square,
}  # fmt: skip


def _affine(expr: AffineExpr, dims: Sequence[object]):
    if isinstance(expr, AffineDimExpr):
        return dims[expr.position]
    if isinstance(expr, AffineConstantExpr):
        return expr.value
    assert isinstance(expr, AffineBinaryOpExpr)
    a, b = _affine(expr.lhs, dims), _affine(expr.rhs, dims)
    if expr.kind == AffineBinaryOpKind.Add:
        return a + b
    if expr.kind == AffineBinaryOpKind.Mul:
        return a * b
    if expr.kind == AffineBinaryOpKind.Mod:
        return a % b
    if expr.kind == AffineBinaryOpKind.FloorDiv:
        return a // b
    return -(-a // b)


class LinalgEvaluator:
    def __init__(self, module: ModuleOp):
        self.functions = {op.sym_name.data: op for op in module.ops if isinstance(op, func.FuncOp)}
        self.globals = {op.sym_name.data: op for op in module.ops if op.name == "ml_program.global"}

    def run(self, name: str, args: Sequence[np.ndarray]) -> list[np.ndarray]:
        """The function's results, then every printed/checked tensor in program order."""
        self.observed: list[np.ndarray] = []
        return self._run(name, args) + self.observed

    def _run(self, name: str, args: Sequence[np.ndarray]) -> list[np.ndarray]:
        fn = self.functions[name]
        env: dict[SSAValue, object] = dict(zip(fn.body.block.args, args, strict=True))
        for op in fn.body.block.ops:
            if isinstance(op, func.ReturnOp):
                return [np.asarray(env[v]) for v in op.arguments]
            if isinstance(op, func.CallOp):
                callee = op.callee.root_reference.data
                values = [env[v] for v in op.arguments]
                if callee in self.functions and self.functions[callee].body.blocks:
                    for r, v in zip(op.res, self._run(callee, values), strict=True):
                        env[r] = v
                elif callee.startswith("print"):
                    self.observed.extend(np.asarray(v) for v in values)
                else:
                    raise NotImplementedError(f"call to {callee}")
                continue
            results = self.op(op, [env.get(v) for v in op.operands], env)
            for r, v in zip(op.results, results, strict=True):
                env[r] = v
        raise AssertionError("no return")

    def op(self, op: Operation, a: list, env: dict) -> list:
        name = op.name
        if name == "arith.constant":
            v = op.value
            if isinstance(v, DenseIntOrFPElementsAttr):
                return [dense_array(v)]
            assert isinstance(v, FloatAttr | IntegerAttr)
            return [np.array(v.value.data, dtype=dtype_of(op.result.type))]
        if name in _BIN:
            return [_BIN[name](a[0], a[1])]
        if name in _UN:
            return [_UN[name](a[0]).astype(np.asarray(a[0]).dtype)]
        if name == "tensor.empty":
            t = op.results[0].type
            dt = np.dtype(dtype_of(t))
            poison = np.nan if dt.kind == "f" else np.iinfo(dt).min if dt.kind == "i" else 0
            return [np.full(t.get_shape(), poison, dtype=dt)]  # reading it poisons the result
        if name == "linalg.fill":
            t = op.results[0].type
            return [np.full(t.get_shape(), a[0], dtype=dtype_of(t))]
        if name in ("tensor.expand_shape", "tensor.collapse_shape"):
            return [np.reshape(a[0], op.results[0].type.get_shape())]
        if name == "tensor.cast":
            return [a[0]]
        if name == "tensor.pad":
            value = self._pad_value(op, env)
            low, high = op.static_low.get_values(), op.static_high.get_values()
            return [np.pad(a[0], list(zip(low, high)), constant_values=value)]
        if name == "tensor.extract_slice":
            idx = tuple(
                slice(o, o + s * st, st)
                for o, s, st in zip(op.static_offsets.get_values(), op.static_sizes.get_values(), op.static_strides.get_values())
            )
            return [a[0][idx].reshape(op.result.type.get_shape())]
        if name == "tensor.insert_slice":
            out = np.array(a[1], copy=True)
            idx = tuple(
                slice(o, o + s * st, st)
                for o, s, st in zip(op.static_offsets.get_values(), op.static_sizes.get_values(), op.static_strides.get_values())
            )
            out[idx] = np.reshape(a[0], [len(range(*sl.indices(n))) for sl, n in zip(idx, out.shape)])
            return [out]
        if name == "tensor.concat":
            return [np.concatenate(a, axis=op.dim.value.data)]
        if name == "vector.transfer_read":
            src, idx, pad = np.asarray(a[0]), [int(i) for i in a[1:-1]], a[-1]
            dims = [e.position for e in op.permutation_map.data.results]
            vshape = op.result.type.get_shape()
            out = np.full(vshape, pad, dtype=src.dtype)
            for pos in itertools.product(*(range(n) for n in vshape)):
                where = list(idx)
                for d, p in zip(dims, pos):
                    where[d] += p
                if all(w < s for w, s in zip(where, src.shape)):
                    out[pos] = src[tuple(where)]
            return [out]
        if name == "vector.print":
            self.observed.append(np.asarray(a[0]))
            return []
        if name == "util.unfoldable_constant":
            return [dense_array(op.value)]
        if name == "util.optimization_barrier":
            return list(a)
        if name.startswith("check.expect_"):
            self.observed.append(np.asarray(a[0]))
            return []
        if name == "bufferization.materialize_in_destination":
            return [a[0]]
        if name == "ml_program.global_load_const":
            return [dense_array(self.globals[op.global_attr.root_reference.data].value)]
        if name in _NAMED_EINSUM:
            n_in = len(op.inputs)
            spec = _NAMED_EINSUM[name]
            if name == "linalg.matmul":  # the newer form may give its own maps
                letters = "mnk"
                maps = [[letters[e.position] for e in m.data.results] for m in op.indexing_maps.data]
                spec = ",".join("".join(m) for m in maps[:-1]) + "->" + "".join(maps[-1])
            return [a[n_in] + np.einsum(spec, *a[:n_in]).astype(a[n_in].dtype)]
        if name in _NAMED_ELEMENTWISE:
            n_in = len(op.inputs)
            return [np.asarray(_NAMED_ELEMENTWISE[name](*a[:n_in]), dtype=a[n_in].dtype)]
        if name in ("linalg.conv_2d_nhwc_hwcf", "linalg.depthwise_conv_2d_nhwc_hwc"):
            return [self._conv(op, a[0], a[1], a[2], depthwise="depthwise" in name)]
        if name == "linalg.conv_2d_nchw_fchw":
            (sh, sw), (dh, dw) = self._window(op)
            x, w, out = a[0], a[1], a[2].astype(np.float64)
            oh, ow = out.shape[2:]
            for kh, kw in itertools.product(range(w.shape[2]), range(w.shape[3])):
                patch = x[:, :, kh * dh : kh * dh + (oh - 1) * sh + 1 : sh, kw * dw : kw * dw + (ow - 1) * sw + 1 : sw]
                out = out + np.einsum("nchw,fc->nfhw", patch, w[:, :, kh, kw])
            return [out.astype(a[2].dtype)]
        if name.startswith("linalg.pooling_nhwc_"):
            return [self._pool(op, a[0], op.inputs[1].type.get_shape(), a[2], name.rsplit("_", 1)[1])]
        if name == "linalg.softmax":
            d = op.dimension.value.data
            e = np.exp(a[0] - a[0].max(axis=d, keepdims=True))
            return [(e / e.sum(axis=d, keepdims=True)).astype(a[0].dtype)]
        if name == "linalg.transpose":
            return [np.transpose(a[0], op.permutation.get_values())]
        if name == "linalg.broadcast":
            out_shape = op.init.type.get_shape()
            added = op.dimensions.get_values()
            x = np.expand_dims(a[0], tuple(added))
            return [np.broadcast_to(x, out_shape).copy()]
        if name in ("linalg.generic", "linalg.reduce", "linalg.map"):
            return self._generic(op, a, env)
        raise NotImplementedError(name)

    def _pad_value(self, op, env):
        v = op.region.block.last_op.operands[0]
        if v in env:
            return env[v]
        return v.owner.value.value.data

    @staticmethod
    def _window(op):
        s = [int(x) for x in op.strides.get_values()]
        d = [int(x) for x in op.dilations.get_values()]
        return s, d

    def _conv(self, op, x, w, acc, depthwise):
        (sh, sw), (dh, dw) = self._window(op)
        out = acc.astype(np.float64).copy()
        _, oh, ow, _ = out.shape
        for kh, kw in itertools.product(range(w.shape[0]), range(w.shape[1])):
            patch = x[:, kh * dh : kh * dh + (oh - 1) * sh + 1 : sh, kw * dw : kw * dw + (ow - 1) * sw + 1 : sw, :]
            out += patch * w[kh, kw] if depthwise else np.einsum("nhwc,cf->nhwf", patch, w[kh, kw])
        return out.astype(acc.dtype)

    def _pool(self, op, x, window, acc, kind):
        (sh, sw), (dh, dw) = self._window(op)
        out = acc.copy()
        _, oh, ow, _ = out.shape
        for kh, kw in itertools.product(range(window[0]), range(window[1])):
            patch = x[:, kh * dh : kh * dh + (oh - 1) * sh + 1 : sh, kw * dw : kw * dw + (ow - 1) * sw + 1 : sw, :]
            out = {"max": np.maximum, "min": np.minimum, "sum": np.add}[kind](out, patch)
        return out

    # -- linalg.generic by definition --

    def _generic(self, op, a, env):
        if op.name == "linalg.reduce":
            rank = len(op.input.type.get_shape())
            red = set(op.dimensions.get_values())
            maps = [tuple(AffineDimExpr(d) for d in range(rank)), tuple(AffineDimExpr(d) for d in range(rank) if d not in red)]
            iters = ["reduction" if d in red else "parallel" for d in range(rank)]
            block, arg_operands, n_in = op.region.block, [0, 1], 1
        elif op.name == "linalg.map":
            rank = len(op.init.type.get_shape())
            maps = [tuple(AffineDimExpr(d) for d in range(rank))] * len(a)
            iters = ["parallel"] * rank
            block, n_in = op.mapper.block, len(op.inputs)
            arg_operands = list(range(len(block.args)))
        else:
            maps = [m.data.results for m in op.indexing_maps.data]
            iters = [it.data for it in op.iterator_types.data]
            block, n_in = op.body.block, len(op.inputs)
            arg_operands = list(range(len(a)))
        sizes: list[int] = [0] * len(iters)
        for operand, m in zip(a, maps):
            for axis, e in enumerate(m):
                if isinstance(e, AffineDimExpr):
                    sizes[e.position] = np.shape(operand)[axis]
        par = [d for d, it in enumerate(iters) if it == "parallel"]
        red = [d for d, it in enumerate(iters) if it != "parallel"]
        outs = [np.array(x, copy=True) for x in a[n_in:]]
        fast = self._einsum_shortcut(block, maps, arg_operands, n_in, a, outs, red)
        if fast is not None:
            return fast
        grid = [np.arange(sizes[d]).reshape([-1 if i == j else 1 for j in range(len(par))]) for i, d in enumerate(par)]
        grid_shape = [sizes[d] for d in par]
        for point in itertools.product(*(range(sizes[d]) for d in red)):
            dims: list[object] = [0] * len(iters)
            for i, d in enumerate(par):
                dims[d] = grid[i]
            for d, v in zip(red, point):
                dims[d] = v
            operands = a[:n_in] + outs
            vals: dict[SSAValue, object] = {}
            for arg, oi in zip(block.args, arg_operands):
                operand = np.asarray(operands[oi])
                idx = tuple(_affine(e, dims) for e in maps[oi])
                vals[arg] = operand[idx] if idx else operand
            yielded = self._body(block, vals, env, dims)
            for k, y in enumerate(yielded):
                m = maps[n_in + k]
                idx = tuple(_affine(e, dims) for e in m)
                full = np.broadcast_to(y, grid_shape)
                if idx:
                    outs[k][idx] = full
                else:
                    outs[k][...] = full
        return outs

    def _einsum_shortcut(self, block: Block, maps, arg_operands, n_in, a, outs, red):
        """`out + x * y` (any operand order) over projected permutations: one einsum."""
        ops = list(block.ops)
        if not red or len(ops) != 3 or len(outs) != 1 or ops[0].name not in ("arith.mulf",) or ops[1].name != "arith.addf":
            return None
        args = list(block.args)
        mul, add = ops[0], ops[1]
        out_arg = args[-1]
        if set(add.operands) != {out_arg, mul.results[0]} or ops[2].operands[0] is not add.results[0]:
            return None
        if not all(isinstance(e, AffineDimExpr) for m in maps for e in m):
            return None
        ins = [args.index(v) for v in mul.operands if v in args[:n_in]]
        if len(ins) != 2:
            return None
        letters = "abcdefghijklmnopqrstuvwxyz"
        spec = ",".join("".join(letters[e.position] for e in maps[arg_operands[i]]) for i in ins)
        spec += "->" + "".join(letters[e.position] for e in maps[-1])
        total = np.einsum(spec, *(np.asarray(a[arg_operands[i]], dtype=np.float64) for i in ins))
        return [(outs[0] + total).astype(outs[0].dtype)]

    def _body(self, block, vals, env, dims):
        for op in block.ops:
            args = [vals[v] if v in vals else env[v] for v in op.operands]
            name = op.name
            if name == "linalg.yield":
                return args
            if name in _BIN:
                r = _BIN[name](args[0], args[1])
            elif name in _UN:
                r = _UN[name](args[0])
            elif name == "arith.constant":
                r = op.value.value.data
            elif name == "arith.cmpf":
                r = _CMPF[op.predicate.value.data](args[0], args[1])
            elif name == "arith.cmpi":
                r = _CMPI[op.predicate.value.data](args[0], args[1])
            elif name == "arith.select":
                r = np.where(args[0], args[1], args[2])
            elif name == "linalg.index":
                r = dims[op.dim.value.data]
            else:
                raise NotImplementedError(name)
            vals[op.results[0]] = r
        raise AssertionError("no yield")


def run_linalg(module: ModuleOp, entry: str, inputs: Sequence[np.ndarray]) -> list[np.ndarray]:
    return LinalgEvaluator(module).run(entry, inputs)


# --- harness shared by the linalg front-end tests ------------------------------------------------


def frontend_context():
    """All dialects, with the front end's `linalg` and `tensor` in place of xDSL's.

    (Built here rather than with `rdu_ir.context.make_context` so the tests do not depend on
    how the registry names the override.)
    """
    from rdu_ir.dialects.ta import TA
    from xdsl.context import Context
    from xdsl.dialects import get_all_dialects

    from rdu_ir.frontends.iree_check import CHECK
    from rdu_ir.frontends.iree_util import UTIL
    from rdu_ir.frontends.linalg_ext import LINALG
    from rdu_ir.frontends.tensor_ext import TENSOR
    from rdu_ir.frontends.vector_ext import VECTOR
    from rdu_ir.registry import dialect_factories

    factories = dict(get_all_dialects())
    factories.update(dialect_factories())
    factories.update(
        {"linalg": lambda: LINALG, "tensor": lambda: TENSOR, "ta": lambda: TA, "util": lambda: UTIL, "check": lambda: CHECK,
         "vector": lambda: VECTOR}
    )
    ctx = Context()
    for name, factory in factories.items():
        ctx.register_dialect(name, factory)
    return ctx


def parse(text: str, name: str = "test.mlir") -> ModuleOp:
    from rdu_ir.parsing import parse_module

    module = parse_module(frontend_context(), text, name)
    module.verify()
    return module


def import_module(module: ModuleOp) -> ModuleOp:
    """A `ta` copy of `module` (the original is left alone)."""
    from rdu_ir.passes.linalg_to_ta import LinalgToTaPass

    out = module.clone()
    LinalgToTaPass().apply(frontend_context(), out)
    out.verify()
    return out


def random_inputs(fn: func.FuncOp, rng: np.random.Generator) -> list[np.ndarray]:
    return [rng.standard_normal(a.type.get_shape()).astype(dtype_of(a.type)) for a in fn.body.block.args]


def randomize_constants(module: ModuleOp, rng: np.random.Generator) -> None:
    """Replace splat dense constants by random ones: splat weights hide layout mistakes."""
    from xdsl.dialects.builtin import BytesAttr

    for op in module.walk():
        if op.name in ("arith.constant", "util.unfoldable_constant") and isinstance(
            op.properties.get("value"), DenseIntOrFPElementsAttr
        ):
            t = op.properties["value"].type
            if str(t.element_type) != "f32" or not t.get_shape():
                continue
            data = op.properties["value"].data.data
            if data != data[:4] * (len(data) // 4):
                continue
            value = np.frombuffer(data[:4], np.float32)[0]
            if value == 0:  # zero fills keep their meaning
                continue
            arr = (value * (1 + 0.25 * rng.standard_normal(t.get_shape()))).astype(np.float32)
            op.properties["value"] = DenseIntOrFPElementsAttr(t, BytesAttr(arr.tobytes()))


def assert_same(want: Sequence[np.ndarray], got: Sequence[np.ndarray], rtol: float = 2e-4) -> None:
    assert len(want) == len(got), f"{len(want)} results expected, got {len(got)}"
    for i, (w, g) in enumerate(zip(want, got)):
        w = np.asarray(w, np.float64)
        g = np.asarray(g, np.float64)
        assert w.shape == g.shape, f"result #{i}: shape {g.shape}, expected {w.shape}"
        assert not np.isnan(w).any(), f"result #{i}: the linalg program reads undefined (tensor.empty) data"
        scale = max(1.0, float(np.max(np.abs(w)))) if w.size else 1.0
        np.testing.assert_allclose(g, w, rtol=rtol, atol=rtol * scale, err_msg=f"result #{i}")


def check_import(text: str, entries: Sequence[str] | None = None, seed: int = 0) -> ModuleOp:
    """Import `text`, run every function (or `entries`) on random inputs in both forms, compare."""
    from rdu_ir.sim.reference import run_reference

    module = parse(text)
    rng = np.random.default_rng(seed)
    ta_module = import_module(module)
    names = entries or [f.sym_name.data for f in ta_module.ops if isinstance(f, func.FuncOp) and f.body.blocks]
    for name in names:
        fn = next(f for f in ta_module.ops if isinstance(f, func.FuncOp) and f.sym_name.data == name)
        inputs = random_inputs(fn, rng)
        assert_same(run_linalg(module, name, inputs), run_reference(ta_module, name, inputs))
    return ta_module
