"""`linalg-to-ta`: import MLIR linalg-on-tensors (as upstream tools write it) into the `ta` dialect.

Why: `ta` is where every later level starts and where the numpy reference lives; programs
arrive as linalg from torch-mlir, IREE, TOSA or by hand. Steps:

1. `func.call`s to functions of the same module are inlined (then the inlined callees erased).
2. Each function is translated op by op, in order, keeping for every value what it is at the
   `ta` level (`rdu_ir.frontends.linalg_generic`): a `ta` tensor, a splat (fills and splat
   constants stay symbolic until an op needs the tensor, so zero inits of contractions vanish),
   a `tensor.empty` (only valid as an init that is overwritten) or a scalar constant.
   Structured ops (`linalg.generic` and the named ops with indexing maps) are translated from
   their body as an expression; windowed ops go to `ta.conv2d`/`ta.pool2d`; `linalg.softmax` to
   `ta.softmax`; tensor reshapes, pads, slices, concats, dense constants and
   `ml_program.global_load_const` to the matching `ta` ops; `tensor.insert_slice` to a pad
   (selected into the destination by a constant mask unless the destination is a fill).
3. A call to an external `print*` function or a `vector.print` of a `vector.transfer_read`
   (upstream test drivers print results), or an IREE
   `check.expect_*` assertion becomes an extra result of the function: the printed/checked tensor
   is the program's observable output.
4. The linalg ops are erased and unused `ta` ops removed.

Anything without a translation (dynamic shapes, an inexpressible body, an unknown op) is a
diagnostic at the op, never a silent skip. Time is linear in the size of the program.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rdu_ir.dialects import ta
from xdsl.context import Context
from xdsl.dialects import arith, bufferization, func, ml_program, tensor
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    FunctionType,
    IntegerAttr,
    ModuleOp,
    TensorType,
)
from xdsl.dialects.linalg import ops as lops
from xdsl.dialects.linalg.abstract_ops import NamedOperation
from xdsl.ir import Operation, SSAValue
from xdsl.ir.affine import AffineDimExpr
from xdsl.passes import ModulePass

from rdu_ir.diagnostics import error_at
from rdu_ir.frontends import linalg_ext as lx
from rdu_ir.frontends.inline_calls import inline_calls
from rdu_ir.frontends.linalg_generic import (
    ARITH_BINARY_TO_TA,
    ARITH_UNARY_TO_TA,
    Emitter,
    Empty,
    GenericLowering,
    Lowered,
    Opaque,
    Scalar,
    Splat,
    TaValue,
    dense_splat_value,
    fold_binary,
    is_zero,
    structured_view,
)
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump

# The same op -> ta names as inside generic bodies (one table for both).
_TENSOR_BINARY = ARITH_BINARY_TO_TA
_TENSOR_UNARY = ARITH_UNARY_TO_TA
_POOL_KIND = {
    "linalg.pooling_nhwc_max": "max",
    "linalg.pooling_nhwc_min": "min",
    "linalg.pooling_nhwc_sum": "sum",
    "linalg.pooling_nchw_max": "max",
}
_POOL_IDENTITY = {"max": float("-inf"), "min": float("inf"), "sum": 0.0}


def _is_static(t: object) -> bool:
    return isinstance(t, TensorType) and all(d != DYNAMIC_INDEX for d in t.get_shape())


def _ints(attr: object) -> list[int]:
    """The values of a dense (elements or array) integer attribute."""
    return [int(v) for v in attr.get_values()]  # type: ignore[attr-defined]


class FunctionTranslator:
    """Translates one function body; `env` maps every old value to its `ta` meaning."""

    def __init__(self, fn: func.FuncOp, globals_: dict[str, ml_program.GlobalOp], pass_: LinalgToTaPass):
        self.fn = fn
        self.globals = globals_
        self.pass_ = pass_
        self.env: dict[SSAValue, Lowered] = {}
        self.emitter = Emitter()
        self.observed: list[SSAValue] = []  # printed/checked tensors, in program order

    # -- helpers --

    def get(self, v: SSAValue) -> Lowered:
        found = self.env.get(v)
        if found is None:
            return Opaque(None, "a value from outside the function")
        return found

    def tensor(self, v: SSAValue, user: Operation, what: str) -> SSAValue:
        return self.emitter.value(self.get(v), user, what)

    def emit(self, op: Operation) -> SSAValue:
        return self.emitter.emit(op).results[0]

    # -- driver --

    def run(self) -> None:
        fn = self.fn
        if len(fn.body.blocks) != 1:
            raise error_at(fn, "only single-block functions can be imported")
        block = fn.body.block
        for arg in block.args:
            if isinstance(arg.type, TensorType):
                if not _is_static(arg.type):
                    raise error_at(fn, f"argument #{arg.index} has dynamic shape {arg.type}; only static shapes are supported")
                self.env[arg] = TaValue(arg)
            else:
                self.env[arg] = Opaque(fn, f"the scalar argument #{arg.index}")
        old_ops = list(block.ops)
        for op in old_ops:
            self.emitter.anchor = op
            for r in op.results:
                if isinstance(r.type, TensorType) and not _is_static(r.type):
                    raise error_at(op, f"result has dynamic shape {r.type}; only static shapes are supported")
            if isinstance(op, func.ReturnOp):
                self.lower_return(op)
                continue
            handler = self.handler(op)
            lowered = handler(op)
            for r, low in zip(op.results, lowered, strict=True):
                self.env[r] = low
            bump(self.pass_, "ops imported")
        for op in reversed(old_ops):
            if not isinstance(op, func.ReturnOp):
                op.detach()
                op.erase(safe_erase=False)
        _remove_dead_ta(block)

    def lower_return(self, op: func.ReturnOp) -> None:
        values = []
        for i, v in enumerate(op.arguments):
            if not isinstance(v.type, TensorType):
                raise error_at(op, f"returned value #{i} is a {v.type}; imported functions return tensors only")
            values.append(self.tensor(v, op, f"returned value #{i}"))
        values += self.observed
        if self.observed:
            ftype = self.fn.function_type
            self.fn.function_type = FunctionType.from_lists(list(ftype.inputs), [*ftype.outputs, *(v.type for v in self.observed)])
        op.operands = values

    def handler(self, op: Operation) -> Callable[[Operation], list[Lowered]]:
        name = op.name
        if name.startswith(("linalg.conv", "linalg.depthwise", "linalg.pooling")) and name not in _WINDOW_OPS:
            return self.unsupported
        if isinstance(op, lops.GenericOp | lops.ReduceOp | lx.MapOp) or (
            isinstance(op, NamedOperation) and name not in _WINDOW_OPS and not isinstance(op, lops.FillOp)
        ):
            return self.structured
        special = _HANDLERS.get(name)
        if special is not None:
            return lambda o: special(self, o)
        if name in _TENSOR_BINARY:
            return self.tensor_binary
        if name in _TENSOR_UNARY:
            return self.tensor_unary
        return self.unsupported

    def unsupported(self, op: Operation) -> list[Lowered]:
        raise error_at(op, "operation has no translation to tensor algebra (linalg-to-ta)")

    # -- structured ops --

    def structured(self, op: Operation) -> list[Lowered]:
        view = structured_view(op)
        for v in [*view.inputs, *view.outputs]:
            if isinstance(v.type, TensorType) and not _is_static(v.type):
                raise error_at(op, f"operand of dynamic shape {v.type}; only static shapes are supported")
        bump(self.pass_, "structured ops translated")
        return GenericLowering(view, self.get, self.emitter).lower()

    # -- elementwise on whole tensors (arith/math ops on tensor types) --

    def tensor_binary(self, op: Operation) -> list[Lowered]:
        a, b = self.get(op.operands[0]), self.get(op.operands[1])
        if isinstance(a, Scalar) and isinstance(b, Scalar):
            return [Scalar(fold_binary(_TENSOR_BINARY[op.name], a.scalar, b.scalar))]
        if not isinstance(op.results[0].type, TensorType):
            raise error_at(op, "scalar arithmetic outside a linalg body must be on constants")
        lhs = self.tensor(op.operands[0], op, "the left operand")
        rhs = self.tensor(op.operands[1], op, "the right operand")
        return [TaValue(self.emit(ta.BINARY_OPS[_TENSOR_BINARY[op.name]](lhs, rhs)))]

    def tensor_unary(self, op: Operation) -> list[Lowered]:
        if not isinstance(op.results[0].type, TensorType):
            raise error_at(op, "scalar math outside a linalg body is not supported")
        x = self.tensor(op.operands[0], op, "the operand")
        return [TaValue(self.emit(ta.UNARY_OPS[_TENSOR_UNARY[op.name]](x)))]

    # -- individual ops --

    def constant(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, arith.ConstantOp)
        value = op.value
        if isinstance(value, DenseIntOrFPElementsAttr) and isinstance(value.type, TensorType):
            return [self._dense(value)]
        if isinstance(value, FloatAttr | IntegerAttr):
            return [Scalar(value.value.data)]
        return [Opaque(op, f"a constant of type {op.result.type}")]

    def _dense(self, value: DenseIntOrFPElementsAttr) -> Lowered:
        assert isinstance(value.type, TensorType)
        splat = dense_splat_value(value)
        if splat is not None:
            return Splat(splat, value.type)
        return TaValue(self.emit(ta.ConstantOp(value)))

    def empty(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, tensor.EmptyOp)
        return [Empty(op.tensor.type, op)]  # type: ignore[arg-type]

    def fill(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, lops.FillOp)
        scalar = self.get(op.inputs[0])
        if not isinstance(scalar, Scalar):
            raise error_at(op, "linalg.fill is supported only with a compile-time constant value")
        return [Splat(scalar.scalar, r.type) for r in op.res]  # type: ignore[arg-type]

    def reshape(self, op: Operation) -> list[Lowered]:
        src, res = op.operands[0], op.results[0]
        low = self.get(src)
        if isinstance(low, Splat):
            return [Splat(low.scalar, res.type)]  # type: ignore[arg-type]
        return [TaValue(self.emit(ta.ReshapeOp(self.tensor(src, op, "the source"), res.type)))]

    def cast(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, tensor.CastOp)
        if op.source.type == op.dest.type or (_is_static(op.dest.type) and op.source.type.get_shape() == op.dest.type.get_shape()):  # type: ignore[attr-defined]
            return [self.get(op.source)]
        return [_Cast(op, "an unranked or dynamic tensor.cast", op.source)]

    def pad(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, tensor.PadOp)
        if op.low or op.high:
            raise error_at(op, "tensor.pad with dynamic padding sizes is not supported")
        yield_op = op.region.block.last_op
        value = self.get(yield_op.operands[0]) if yield_op is not None and yield_op.operands else None
        if yield_op is not None and yield_op.operands and yield_op.operands[0].owner is not None:
            inner = yield_op.operands[0].owner
            if isinstance(inner, arith.ConstantOp) and inner.parent_block() is op.region.block:
                value = Scalar(inner.value.value.data)  # type: ignore[union-attr]
        if not isinstance(value, Scalar):
            raise error_at(op, "tensor.pad is supported only with a constant padding value")
        src = self.tensor(op.source, op, "the source")
        low, high = list(op.static_low.get_values()), list(op.static_high.get_values())
        return [TaValue(self.emit(ta.PadOp(src, low, high, float(value.scalar))))]

    def extract_slice(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, tensor.ExtractSliceOp)
        if op.offsets or op.sizes or op.strides:
            raise error_at(op, "tensor.extract_slice with dynamic offsets, sizes or strides is not supported")
        res_type = op.result.type
        low = self.get(op.source)
        if isinstance(low, Splat):
            return [Splat(low.scalar, res_type)]  # type: ignore[arg-type]
        src = self.tensor(op.source, op, "the source")
        sizes = list(op.static_sizes.get_values())
        sliced = self.emit(
            ta.SliceOp(src, list(op.static_offsets.get_values()), sizes, list(op.static_strides.get_values()))
        )
        if list(res_type.get_shape()) != sizes:  # rank-reducing slice
            sliced = self.emit(ta.ReshapeOp(sliced, res_type))
        return [TaValue(sliced)]

    def insert_slice(self, op: Operation) -> list[Lowered]:
        """`dest` with `source` written at static offsets (unit strides): the source padded to the
        destination's shape, selected by a constant mask (just the pad when `dest` is a zero fill)."""
        assert isinstance(op, tensor.InsertSliceOp)
        if op.offsets or op.sizes or op.strides:
            raise error_at(op, "tensor.insert_slice with dynamic offsets, sizes or strides is not supported")
        strides = list(op.static_strides.get_values())
        if any(s != 1 for s in strides):
            raise error_at(op, f"tensor.insert_slice with strides {strides} is not supported (only unit strides)")
        dest_type = op.result.type
        shape = list(dest_type.get_shape())
        offsets, sizes = list(op.static_offsets.get_values()), list(op.static_sizes.get_values())
        elem = dest_type.element_type
        src = self.tensor(op.source, op, "the source")
        if list(src.type.get_shape()) != sizes:  # rank-reduced source
            src = self.emit(ta.ReshapeOp(src, TensorType(elem, sizes)))
        high = [n - o - s for n, o, s in zip(shape, offsets, sizes)]
        dest = self.get(op.dest)
        fill = float(dest.scalar) if isinstance(dest, Splat) else 0.0
        padded = self.emit(ta.PadOp(src, offsets, high, fill))
        if isinstance(dest, Splat):
            return [TaValue(padded)]
        mask = np.zeros(shape, dtype=np.float64)
        mask[tuple(slice(o, o + s) for o, s in zip(offsets, sizes))] = 1
        mask_value = self.emit(ta.ConstantOp.from_numpy(mask, dest_type))
        one = self.emitter.splat(1, dest_type)
        dest_value = self.emitter.value(dest, op, "the destination")
        return [TaValue(self.emit(ta.SelectOp(mask_value, one, padded, dest_value, predicate="eq")))]

    def concat(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, tensor.ConcatOp)
        values = [self.tensor(v, op, f"input #{i}") for i, v in enumerate(op.inputs)]
        return [TaValue(self.emit(ta.ConcatOp(values, op.dim.value.data)))]

    def materialize(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, bufferization.MaterializeInDestinationOp)
        if op.result is None:
            raise error_at(op, "materialize_in_destination into a memref has no tensor-algebra meaning")
        return [self.get(op.source)]

    def global_load(self, op: Operation) -> list[Lowered]:
        ref = op.properties.get("global_attr") or op.attributes.get("global_attr") or op.properties.get("global")
        name = ref.root_reference.data  # type: ignore[union-attr]
        glob = self.globals.get(name)
        if glob is None or not isinstance(glob.value, DenseIntOrFPElementsAttr):
            raise error_at(op, f"global @{name} has no dense initial value")
        return [self._dense(glob.value)]

    def unfoldable_constant(self, op: Operation) -> list[Lowered]:
        value = op.properties["value"]
        if isinstance(value, DenseIntOrFPElementsAttr) and isinstance(value.type, TensorType):
            return [self._dense(value)]
        if isinstance(value, FloatAttr | IntegerAttr):
            return [Scalar(value.value.data)]
        return [Opaque(op, f"a constant {value}")]

    def forward(self, op: Operation) -> list[Lowered]:
        return [self.get(v) for v in op.operands]

    def check(self, op: Operation) -> list[Lowered]:
        """An IREE test assertion: the checked tensor becomes a result (the test's output)."""
        self.observed.append(self.tensor(op.operands[0], op, "the checked value"))
        bump(self.pass_, "checks turned into results")
        return []

    def transfer_read(self, op: Operation) -> list[Lowered]:
        """`vector.transfer_read` of a tensor at constant indices: a slice (padded where it runs
        past the end), transposed as the permutation map says, as a tensor of the vector's shape."""
        source, indices, padding = op.operands[0], op.operands[1:-1], op.operands[-1]
        if len(op.operands) != 2 + len(indices) or op.properties.get("mask") is not None:
            raise error_at(op, "masked vector.transfer_read is not supported")
        starts = [self.get(i) for i in indices]
        pad = self.get(padding)
        if not all(isinstance(i, Scalar) for i in starts) or not isinstance(pad, Scalar):
            raise error_at(op, "vector.transfer_read is supported only at constant indices with a constant padding")
        src = self.tensor(source, op, "the source")
        shape = list(src.type.get_shape())  # type: ignore[attr-defined]
        vtype = op.results[0].type
        vshape = list(vtype.get_shape())  # type: ignore[attr-defined]
        pmap = op.properties["permutation_map"].data  # type: ignore[attr-defined]
        dims = [e.position for e in pmap.results if isinstance(e, AffineDimExpr)]
        if len(dims) != len(pmap.results):
            raise error_at(op, f"vector.transfer_read with permutation map {pmap} is not supported")
        offsets = [int(i.scalar) for i in starts]  # type: ignore[union-attr]
        sizes = [1] * len(shape)
        for d, n in zip(dims, vshape):
            sizes[d] = n
        high = [max(0, o + n - s) for o, n, s in zip(offsets, sizes, shape)]
        if any(high):
            src = self.emit(ta.PadOp(src, [0] * len(shape), high, float(pad.scalar)))
        sliced = self.emit(ta.SliceOp(src, offsets, sizes, [1] * len(shape)))
        elem = vtype.element_type  # type: ignore[attr-defined]
        kept = sorted(dims)
        value = self.emit(ta.ReshapeOp(sliced, TensorType(elem, [sizes[d] for d in kept])))
        if kept != dims:
            value = self.emit(ta.TransposeOp(value, [kept.index(d) for d in dims]))
        return [TaValue(value)]

    def vector_print(self, op: Operation) -> list[Lowered]:
        self.observed.append(self.tensor(op.operands[0], op, "the printed vector"))
        bump(self.pass_, "prints turned into results")
        return []

    def softmax(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, lx.SoftmaxOp)
        x = self.tensor(op.input, op, "the input")
        return [TaValue(self.emit(ta.SoftmaxOp(x, op.dimension.value.data)))]

    def transpose(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, lops.TransposeOp)
        perm = list(op.permutation.get_values())
        low = self.get(op.inputs[0])
        if isinstance(low, Splat):
            return [Splat(low.scalar, op.res[0].type)]  # type: ignore[arg-type]
        return [TaValue(self.emit(ta.TransposeOp(self.tensor(op.inputs[0], op, "the input"), perm)))]

    def broadcast(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, lops.BroadcastOp)
        out_type = op.init.type
        low = self.get(op.input)
        if isinstance(low, Splat):
            return [Splat(low.scalar, out_type)]  # type: ignore[arg-type]
        added = set(op.dimensions.get_values())
        kept = [d for d in range(len(out_type.get_shape())) if d not in added]  # type: ignore[attr-defined]
        return [TaValue(self.emit(ta.BroadcastOp(self.tensor(op.input, op, "the input"), kept, out_type)))]

    def call(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, func.CallOp)
        callee = op.callee.root_reference.data
        if callee.startswith("print") and not op.res:
            for v in op.arguments:
                low = self.get(v)
                while isinstance(low, _Cast):
                    low = self.get(low.source)
                self.observed.append(self.emitter.value(low, op, "the printed value"))
            bump(self.pass_, "prints turned into results")
            return []
        raise error_at(op, f"call to @{callee}, which is not defined in this module, cannot be imported")

    # -- windows --

    def conv(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, NamedOperation)
        x = self.tensor(op.inputs[0], op, "the input")
        w = self.tensor(op.inputs[1], op, "the filter")
        init = self.get(op.outputs[0])
        out_type = op.outputs[0].type
        strides = _ints(op.strides)  # type: ignore[attr-defined]
        dilations = _ints(op.dilations)  # type: ignore[attr-defined]
        name = op.name
        nchw = name == "linalg.conv_2d_nchw_fchw"
        if nchw:  # NCHW/FCHW around an NHWC/HWCF conv
            x = self.emit(ta.TransposeOp(x, [0, 2, 3, 1]))
            w = self.emit(ta.TransposeOp(w, [2, 3, 1, 0]))
            n, c, h, wd = out_type.get_shape()  # type: ignore[attr-defined]
            out_type = TensorType(out_type.element_type, [n, h, wd, c])  # type: ignore[attr-defined]
        elif name == "linalg.conv_2d_nhwc_fhwc":
            w = self.emit(ta.TransposeOp(w, [1, 2, 3, 0]))
        oshape = out_type.get_shape()  # type: ignore[attr-defined]
        wshape = w.type.get_shape()  # type: ignore[attr-defined]
        x = _fit_window_input(self, x, (oshape[1], oshape[2]), (wshape[0], wshape[1]), strides, dilations)
        acc = None
        if not is_zero(init):
            acc = self.emitter.value(init, op, "the accumulator")
            if nchw:
                acc = self.emit(ta.TransposeOp(acc, [0, 2, 3, 1]))
        out = self.emit(
            ta.Conv2dOp(
                x,
                w,
                strides=strides,
                dilations=dilations,
                depthwise=name == "linalg.depthwise_conv_2d_nhwc_hwc",
                result_type=out_type,
                acc=acc,
            )
        )
        if nchw:
            out = self.emit(ta.TransposeOp(out, [0, 3, 1, 2]))
        return [TaValue(out)]

    def pool(self, op: Operation) -> list[Lowered]:
        assert isinstance(op, NamedOperation)
        kind = _POOL_KIND[op.name]
        x = self.tensor(op.inputs[0], op, "the input")
        window = list(op.inputs[1].type.get_shape())  # type: ignore[attr-defined]
        init = self.get(op.outputs[0])
        out_type = op.outputs[0].type
        nchw = op.name == "linalg.pooling_nchw_max"
        if nchw:
            x = self.emit(ta.TransposeOp(x, [0, 2, 3, 1]))
            n, c, h, w = out_type.get_shape()  # type: ignore[attr-defined]
            out_type = TensorType(out_type.element_type, [n, h, w, c])  # type: ignore[attr-defined]
        oshape = out_type.get_shape()  # type: ignore[attr-defined]
        strides, dilations = _ints(op.strides), _ints(op.dilations)  # type: ignore[attr-defined]
        x = _fit_window_input(self, x, (oshape[1], oshape[2]), (window[0], window[1]), strides, dilations)
        negate = kind == "min"  # ta.pool2d has no min: min(x) = -max(-x)
        if negate:
            x = self.emit(ta.NegOp(x))
        pooled = self.emit(
            ta.Pool2dOp(
                x,
                "max" if negate else kind,
                window=window,
                strides=strides,
                dilations=dilations,
                result_type=out_type,
            )
        )
        if negate:
            pooled = self.emit(ta.NegOp(pooled))
        if nchw:
            pooled = self.emit(ta.TransposeOp(pooled, [0, 3, 1, 2]))
        if isinstance(init, Splat) and init.scalar == _POOL_IDENTITY[kind]:
            return [TaValue(pooled)]
        init_value = self.emitter.value(init, op, "the init")
        combine = {"max": "max", "min": "min", "sum": "add"}[kind]
        return [TaValue(self.emit(ta.BINARY_OPS[combine](init_value, pooled)))]


@dataclass(frozen=True)
class _Cast(Opaque):
    """A cast to an unranked/dynamic type: only usable as the operand of a print call."""

    source: SSAValue = None  # type: ignore[assignment]


def _fit_window_input(t: FunctionTranslator, x: SSAValue, out_hw: tuple[int, int], window: tuple[int, int],
                      strides: list[int], dilations: list[int]) -> SSAValue:
    """Slice NHWC `x` to the rows/cols the window reads: linalg allows an output smaller than the
    input admits (the rest is never read); ta's window ops derive the output size exactly."""
    shape = list(x.type.get_shape())  # type: ignore[attr-defined]
    need = [(o - 1) * s + (k - 1) * d + 1 for o, k, s, d in zip(out_hw, window, strides, dilations)]
    if need == shape[1:3]:
        return x
    sizes = [shape[0], need[0], need[1], shape[3]]
    return t.emit(ta.SliceOp(x, [0, 0, 0, 0], sizes, [1, 1, 1, 1]))


_WINDOW_OPS = {
    "linalg.conv_2d_nhwc_hwcf": FunctionTranslator.conv,
    "linalg.conv_2d_nhwc_fhwc": FunctionTranslator.conv,
    "linalg.conv_2d_nchw_fchw": FunctionTranslator.conv,
    "linalg.depthwise_conv_2d_nhwc_hwc": FunctionTranslator.conv,
    "linalg.pooling_nhwc_max": FunctionTranslator.pool,
    "linalg.pooling_nhwc_min": FunctionTranslator.pool,
    "linalg.pooling_nhwc_sum": FunctionTranslator.pool,
    "linalg.pooling_nchw_max": FunctionTranslator.pool,
}

_HANDLERS: dict[str, Callable[[FunctionTranslator, Operation], list[Lowered]]] = {
    **_WINDOW_OPS,
    "arith.constant": FunctionTranslator.constant,
    "tensor.empty": FunctionTranslator.empty,
    "linalg.fill": FunctionTranslator.fill,
    "linalg.softmax": FunctionTranslator.softmax,
    "linalg.transpose": FunctionTranslator.transpose,
    "linalg.broadcast": FunctionTranslator.broadcast,
    "tensor.expand_shape": FunctionTranslator.reshape,
    "tensor.collapse_shape": FunctionTranslator.reshape,
    "tensor.cast": FunctionTranslator.cast,
    "tensor.pad": FunctionTranslator.pad,
    "tensor.extract_slice": FunctionTranslator.extract_slice,
    "tensor.concat": FunctionTranslator.concat,
    "tensor.insert_slice": FunctionTranslator.insert_slice,
    "bufferization.materialize_in_destination": FunctionTranslator.materialize,
    "ml_program.global_load_const": FunctionTranslator.global_load,
    "ml_program.global_load": FunctionTranslator.global_load,
    "func.call": FunctionTranslator.call,
    "vector.transfer_read": FunctionTranslator.transfer_read,
    "vector.print": FunctionTranslator.vector_print,
    # IREE end-to-end tests (rdu_ir.frontends.iree_util / iree_check)
    "util.unfoldable_constant": FunctionTranslator.unfoldable_constant,
    "util.optimization_barrier": FunctionTranslator.forward,
    "check.expect_almost_eq": FunctionTranslator.check,
    "check.expect_almost_eq_const": FunctionTranslator.check,
    "check.expect_eq": FunctionTranslator.check,
    "check.expect_eq_const": FunctionTranslator.check,
}


def _remove_dead_ta(block) -> None:
    """Erase `ta` ops whose results nobody uses (e.g. splats materialised for nothing)."""
    for op in reversed(list(block.ops)):
        if op.name.startswith("ta.") and all(not r.uses for r in op.results):
            op.detach()
            op.erase()


def _already_ta(fn: func.FuncOp) -> bool:
    """True when the function holds `ta` ops and nothing else but its return."""
    body = [inner for inner in fn.walk() if inner is not fn]
    return any(inner.dialect_name() == "ta" for inner in body) and all(
        inner.dialect_name() == "ta" or isinstance(inner, func.ReturnOp) for inner in body
    )


@dataclass(frozen=True)
class LinalgToTaPass(ModulePass):
    """Import linalg-on-tensors (func/arith/math/tensor/linalg/ml_program) into the `ta` dialect.

    Calls within the module are inlined first; see the module docstring for what is translated.
    """

    name = "linalg-to-ta"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        erased = inline_calls(op)
        if erased:
            bump(self, "functions inlined", len(erased))
        globals_: dict[str, ml_program.GlobalOp] = {}
        for top in payload_ops(op):
            if isinstance(top, ml_program.GlobalOp):
                globals_[top.sym_name.data] = top
            elif not isinstance(top, func.FuncOp):
                raise error_at(top, "top-level operation has no translation to tensor algebra (linalg-to-ta)")
        functions = [f for f in payload_ops(op) if isinstance(f, func.FuncOp) and f.body.blocks]
        for fn in functions:
            if _already_ta(fn):  # e.g. a .tin program or a module imported before: nothing to do
                bump(self, "functions already in ta")
                continue
            for inner in fn.walk():
                if inner.name == "ml_program.global_store":
                    raise error_at(inner, "stores to globals are not supported by linalg-to-ta")
            FunctionTranslator(fn, globals_, self).run()
        # Globals were read as constants; external declarations are no longer called.
        called = {c.callee.root_reference.data for f in functions for c in f.walk() if isinstance(c, func.CallOp)}
        for top in list(payload_ops(op)):
            if isinstance(top, ml_program.GlobalOp) or (
                isinstance(top, func.FuncOp) and not top.body.blocks and top.sym_name.data not in called
            ):
                top.detach()
                top.erase()
