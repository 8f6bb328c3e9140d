"""`ta-to-df`: lower tensor algebra to a spatial-dataflow graph of virtual units.

Every `func.func` of ta ops becomes a `df.graph` of the same name and signature; the ta
function is first kept as the reference (`rdu_ir.reference.keep_reference`).

How (see `rdu_ir/dataflow/` for each step):

1. *Generic form.* Every core ta op becomes a generic — an iteration domain, inputs read
   through affine maps, a body of lane ops with at most one reduction: a contraction is a
   multiply-accumulate over its summed indices, conv2d/pool2d a windowed one, a reduction a
   `df.reduce`, transpose/broadcast/slice/reshape a copy through a map, pad a fill then a copy
   into the interior (ordered writers), concat one copy per input. Dense constants stay in
   DRAM; splat constants become immediates. Composite ops (softmax, layer_norm, gelu) are an
   error: run `ta-decompose` first.
2. *Fusion* (`fusion.py`): elementwise chains, transposes, broadcasts, slices and splat
   constants are inlined into their single consumer as stages and access patterns, and an
   elementwise consumer of a reduction joins it as drain-phase stages. Values returned or
   written by several generics are materialised in DRAM.
3. *Planning* (`tiling.py`, its docstring gives the cost model): per generic, the parallel
   factors over output dims (so a 1024^3 GEMM spreads over the PCUs), tile sizes that let every
   double-buffered tile fit a PMU (large tensors stay in DRAM and stream in tiles), the vector
   counter, the systolic unroll of the reduction over the PCU's stages, and the cut of long
   bodies into chains of units joined by streams (at most `pcu_stages` stages each).
4. *Emission* (`build.py`): per parallel block a chain of `df.compute` units; inputs come from
   `df.memory` units filled by `df.load`s, shared by the blocks that need the same data;
   outputs go through a `df.memory` to a `df.store`. Tensors between generics live in DRAM.

Options: `par` (one factor per parallel dim) and `tile` (one size per domain dim: a
contraction's domain is its output indices in order, then its summed indices) override the
cost model for every generic whose rank they fit; `max_units` caps compute units per generic
(default: the chip's PCU count); `fuse=false` disables fusion.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from rdu_ir.chip import chip_of
from rdu_ir.dataflow.build import GraphBuilder
from rdu_ir.dataflow.cost import unit_counts
from rdu_ir.dataflow.fusion import fuse
from rdu_ir.dataflow.generic import build_generics
from rdu_ir.dataflow.tiling import PlanError, plan_generic
from rdu_ir.diagnostics import error_at
from rdu_ir.reference import keep_reference, payload_ops
from rdu_ir.statistics import bump


@dataclass(frozen=True)
class TaToDfPass(ModulePass):
    """Lower ta functions to df graphs (see the module docstring)."""

    name = "ta-to-df"

    tile: tuple[int, ...] = ()
    par: tuple[int, ...] = ()
    max_units: int = 0
    fuse: bool = True

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        chip = chip_of(op)
        functions = [f for f in payload_ops(op) if isinstance(f, func.FuncOp)]
        if not functions:
            return
        for f in functions:
            if not f.body.blocks:
                raise error_at(f, "ta-to-df needs function bodies (an external function cannot be lowered)")
            for inner in f.body.block.ops:
                if isinstance(inner, func.CallOp):
                    raise error_at(inner, "ta-to-df cannot lower calls; inline the callee first")
        keep_reference(op)
        for f in functions:
            graph = self.lower_function(f, chip)
            op.body.block.insert_op_before(graph, f)
            f.detach()
            f.erase()

    def lower_function(self, f: func.FuncOp, chip):
        generics, constants, returned = build_generics(f)
        if self.fuse:
            before = len(generics)
            generics = fuse(generics, returned, chip.pcu_stages)
            bump(self, "generics fused away", before - len(generics))
        builder = GraphBuilder(f.sym_name.data, f.function_type, list(f.body.block.args), chip)
        builder.constants = constants
        for g in generics:
            try:
                plan = plan_generic(g, chip, self.par, self.tile, self.max_units)
            except PlanError as e:
                raise error_at(g.anchor, f"ta-to-df: {e}") from None
            builder.emit(g, plan)
            bump(self, "compute units", plan.units)
        graph = builder.finish(returned)
        for kind, n in unit_counts(graph).items():
            if kind not in ("compute", "return"):
                bump(self, f"{kind} units", n)
        if f.sym_visibility is not None:
            graph.properties["sym_visibility"] = f.sym_visibility
        return graph
