"""df.compute -> PCU configuration: the counter chain, the stage ops per lane, and per port the
counters and flat address map its PMU must generate (see dialects/rdu_program.py for the contract).

The body's ops map one to one onto stage ops (constants become literal operands, `df.mac` the
`fma(a, b, acc)` reduction stage, `df.reduce` `add/max/min/mul(x, acc)`, `df.select` the fused
`select_<pred>` stage), so the PCU's stage count is df's `stage_count`. When that exceeds the
chip's stages the systolic unroll factor is lowered first (values are unchanged); a unit
without a reduction that still does not fit is split into a chain of PCUs
(`partition.partition_compute`); a reducing unit that does not fit with unroll 1 is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseArrayBase,
    IntegerAttr,
    MemRefType,
    StringAttr,
    i64,
)
from xdsl.ir import Attribute, SSAValue
from xdsl.ir.affine import AffineMap

from rdu_ir.allocation.affine_flat import flatten, keep_dims
from rdu_ir.allocation.partition import StageOp, VirtualCompute, partition_compute
from rdu_ir.chip import Chip
from rdu_ir.diagnostics import error_at
from rdu_ir.dialects import df
from rdu_ir.dialects.rdu import format_literal

REDUCE_STAGE = {"sum": "add", "max": "max", "min": "min", "prod": "mul"}

Counters = list[tuple[int, int, int]]


@dataclass
class PortPattern:
    """What a PMU must generate for one port of a compute unit: counters and flat addresses."""

    counters: Counters
    amap: AffineMap

    def key(self) -> tuple:
        return tuple(self.counters), str(self.amap)


@dataclass
class PcuConfig:
    name: str
    counters: Counters
    stages: list[tuple[str, list[str]]]
    attrs: dict[str, Attribute]
    inputs: int
    """Input ports of this PCU."""
    outputs: int


@dataclass
class ComputeLowering:
    """A df.compute as PCUs: fragments in chain order (fragment f's output j feeds fragment
    f+1's input j); output j of the unit is output j of the last one."""

    unit: df.ComputeOp
    pcus: list[PcuConfig]
    read_patterns: list[PortPattern | None]
    """Per read port: the PMU read pattern (None for a stream port)."""
    write_patterns: list[PortPattern | None]
    inputs: list[tuple[int, int]] = field(default_factory=list)
    """Per read port of the unit: (fragment, input port) receiving it (default: (0, k))."""

    def input_of(self, k: int) -> tuple[int, int]:
        return self.inputs[k] if self.inputs else (0, k)


def _ints(values) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, list(values))


def _strs(values) -> ArrayAttr:
    return ArrayAttr([StringAttr(v) for v in values])


def translate_body(
    op: df.ComputeOp,
) -> tuple[list[tuple[str, list[str]]], list[str], int | None]:
    """(stages, output operands, index of the reduction stage)."""
    block = op.body.block
    names: dict[SSAValue, str] = {a: f"in{k}" for k, a in enumerate(block.args)}
    stages: list[tuple[str, list[str]]] = []
    outputs: list[str] = []
    red_stage = None

    def push(opname: str, args: list[str], result: SSAValue) -> None:
        stages.append((opname, args))
        names[result] = f"s{len(stages) - 1}"

    for o in block.ops:
        if isinstance(o, df.ConstOp):
            names[o.result] = format_literal(o.number)
        elif isinstance(o, df.YieldOp):
            outputs = [names[v] for v in o.values]
        elif isinstance(o, df.BinaryLaneOp):
            push(o.fn, [names[o.lhs], names[o.rhs]], o.result)
        elif isinstance(o, df.UnaryLaneOp):
            push(o.fn, [names[o.input]], o.result)
        elif isinstance(o, df.SelectOp):
            args = [names[v] for v in (o.lhs, o.rhs, o.true_value, o.false_value)]
            push(f"select_{o.predicate.data}", args, o.result)
        elif isinstance(o, df.MacOp):
            red_stage = len(stages)
            push("fma", [names[o.lhs], names[o.rhs], "acc"], o.result)
        elif isinstance(o, df.ReduceOp):
            red_stage = len(stages)
            push(REDUCE_STAGE[o.kind.data], [names[o.input], "acc"], o.result)
        else:
            raise error_at(o, f"allocate-units cannot map '{o.name}' onto PCU stages")
    return stages, outputs, red_stage


def _fit_unroll(op: df.ComputeOp, chip: Chip) -> tuple[int, int] | None:
    """The unroll spec with the largest factor <= df's whose stages fit a PCU (or df's own)."""
    spec = op.unroll_spec
    if spec is None:
        return None
    lanes = chip.pcu_lanes
    total = op.stage_count(lanes)
    if total <= chip.pcu_stages:
        return spec
    main = (total - _drain_stages(op, lanes)) // spec[1]
    drain = _drain_stages(op, lanes)
    factor = max(1, (chip.pcu_stages - drain) // max(main, 1))
    return (spec[0], min(factor, spec[1]))


def _drain_stages(op: df.ComputeOp, lanes: int) -> int:
    red = op.reduction_op()
    if red is None:
        return 0
    ops = list(op.body.block.ops)
    return sum(
        df.op_stages(o, op.vector_counter, lanes) for o in ops[ops.index(red) + 1 :]
    )


def physical_stages(
    op: df.ComputeOp, unroll: tuple[int, int] | None, lanes: int
) -> int:
    total_main = op.stage_count(lanes) - _drain_stages(op, lanes)
    old = op.unroll_spec
    main = total_main // (old[1] if old else 1)
    return main * (unroll[1] if unroll else 1) + _drain_stages(op, lanes)


def lower_compute(op: df.ComputeOp, chip: Chip) -> ComputeLowering:
    """Translate one virtual compute unit (raises a located error when it cannot fit)."""
    name = df.unit_name(op)
    tiles = op.tile_bounds
    T = len(tiles)
    bounds, strides = op.counter_bounds, op.counter_strides
    n = len(bounds)
    elem_counters: Counters = [(0, b, s) for b, s in zip(bounds, strides)]
    counters: Counters = [(0, t, 1) for t in tiles] + elem_counters
    stages, outputs, _ = translate_body(op)
    red = op.reduction_op()
    reduced = list(op.reduced_counters())
    live = list(op.live_counters())
    unroll = _fit_unroll(op, chip)
    need = physical_stages(op, unroll, chip.pcu_lanes)

    attrs: dict[str, Attribute] = {"tile_counters": IntegerAttr(T, i64)}
    if op.acc_count:
        attrs["acc_tiles"] = IntegerAttr(op.acc_count, i64)
    if op.vector_counter >= 0:
        attrs["vector"] = IntegerAttr(T + op.vector_counter, i64)
    if unroll is not None and unroll[1] > 1:
        attrs["unroll"] = _ints([T + unroll[0], unroll[1]])
    if red is not None:
        acc_tiles = list(range(T - op.acc_count, T))
        attrs["reduce"] = _ints(acc_tiles + [T + c for c in reduced])
    drain = op.drain_args()
    if any(drain):
        attrs["drain_inputs"] = _ints([k for k, d in enumerate(drain) if d])

    # Port patterns (what the PMUs on either side generate).
    read_patterns: list[PortPattern | None] = []
    for k, (v, m) in enumerate(zip(op.reads, op.read_map_list())):
        if not isinstance(v.type, MemRefType):
            read_patterns.append(None)
            continue
        dims = live if drain[k] else list(range(n))
        read_patterns.append(
            PortPattern(
                [elem_counters[d] for d in dims],
                flatten(keep_dims(m, dims), v.type.get_shape()),
            )
        )
    write_patterns: list[PortPattern | None] = []
    for v, m in zip(op.writes, op.write_map_list()):
        if not isinstance(v.type, MemRefType):
            write_patterns.append(None)
            continue
        write_patterns.append(
            PortPattern(
                [elem_counters[d] for d in live],
                flatten(keep_dims(m, live), v.type.get_shape()),
            )
        )

    n_in, n_out = len(op.reads), len(op.writes)
    if need <= chip.pcu_stages:
        attrs["outputs"] = _strs(outputs)
        pcus = [PcuConfig(name, counters, stages, attrs, n_in, n_out)]
        return ComputeLowering(op, pcus, read_patterns, write_patterns)
    drain = _drain_stages(op, chip.pcu_lanes)
    if (
        red is not None
        and need - drain <= chip.pcu_stages
        and 0 < drain <= chip.pcu_stages
    ):
        return _split_drain(op, counters, stages, outputs, attrs, reads_n=n_in, T=T, chip=chip,
                            read_patterns=read_patterns, write_patterns=write_patterns)  # fmt: skip
    if red is not None:
        raise error_at(
            op,
            f"compute unit @{name} needs {need} pipeline stages even without unrolling, but a PCU "
            f"of chip '{chip.name}' has {chip.pcu_stages}; split its body (ta-to-df cuts long "
            "bodies into chains) or use a chip with more stages",
        )
    return _partitioned(
        op, name, counters, stages, outputs, attrs, chip, read_patterns, write_patterns
    )


def _split_drain(
    op,
    counters,
    stages,
    outputs,
    attrs,
    *,
    reads_n,
    T,
    chip,
    read_patterns,
    write_patterns,
):
    """A reducing unit whose main and drain phases fit a PCU each but not together: the first
    PCU accumulates and sends the reduced value once per group; the second runs the drain stages
    over the groups (its chain: the non-accumulated tile counters and the live counters), reading
    the reduction on input 0 and the unit's drain-phase ports on inputs 1, 2, ... (main-phase
    ports are the first PCU's inputs 0, 1, ..., in the unit's order)."""
    name = df.unit_name(op)
    red_stage = next(i for i, (_, a) in enumerate(stages) if "acc" in a)
    drain_ports = [k for k, d in enumerate(op.drain_args()) if d]
    first_attrs = {
        k: v for k, v in attrs.items() if k not in ("drain_inputs", "outputs")
    }
    first_attrs["outputs"] = _strs([f"s{red_stage}"])
    first_attrs["fragment"] = _ints([0, 2])
    acc = op.acc_count
    live = list(op.live_counters())
    group_counters = counters[: T - acc] + [counters[T + c] for c in live]

    main_ports = [k for k in range(reads_n) if k not in drain_ports]

    def rename_main(x: str) -> str:
        if x.startswith("in") and x[2:].isdigit():
            return f"in{main_ports.index(int(x[2:]))}"
        return x

    def rename(x: str) -> str:
        if x == f"s{red_stage}":
            return "in0"
        if x.startswith("s") and x[1:].isdigit():
            return f"s{int(x[1:]) - red_stage - 1}"
        if x.startswith("in") and x[2:].isdigit():
            return f"in{1 + drain_ports.index(int(x[2:]))}"
        return x

    second_attrs: dict[str, Attribute] = {"tile_counters": IntegerAttr(T - acc, i64)}
    if op.vector_counter in live:
        second_attrs["vector"] = IntegerAttr(
            T - acc + live.index(op.vector_counter), i64
        )
    second_attrs["outputs"] = _strs([rename(o) for o in outputs])
    second_attrs["fragment"] = _ints([1, 2])
    drain_stages = [
        (s, [rename(a) for a in args]) for s, args in stages[red_stage + 1 :]
    ]
    main_stages = [
        (s, [rename_main(a) for a in args]) for s, args in stages[: red_stage + 1]
    ]
    pcus = [
        PcuConfig(f"{name}_0", counters, main_stages, first_attrs, len(main_ports), 1),
        PcuConfig(
            f"{name}_1",
            group_counters,
            drain_stages,
            second_attrs,
            1 + len(drain_ports),
            len(outputs),
        ),
    ]
    inputs = [
        (1, 1 + drain_ports.index(k)) if k in drain_ports else (0, main_ports.index(k))
        for k in range(reads_n)
    ]
    _ = chip
    return ComputeLowering(op, pcus, read_patterns, write_patterns, inputs)


def _partitioned(
    op, name, counters, stages, outputs, attrs, chip, reads, writes
) -> ComputeLowering:
    """A unit without reduction, split into a chain of PCUs of at most `pcu_stages` stages."""
    n_in = len(op.reads)
    # Outputs that are not stage results (inputs, literals) ride along as extra pass stages.
    stages = list(stages)
    out_stage: list[int] = []
    for o in outputs:
        if o.startswith("s") and o[1:].isdigit():
            out_stage.append(int(o[1:]))
        else:
            stages.append(("pass", [o]))
            out_stage.append(len(stages) - 1)
    virtual = VirtualCompute(
        name, tuple(StageOp(s, tuple(a)) for s, a in stages), tuple(out_stage)
    )
    frags, chain = partition_compute(virtual, chip)
    pcus: list[PcuConfig] = []
    for f in frags:
        fattrs = dict(attrs)
        fattrs["fragment"] = _ints([f.index, len(frags)])
        if f.index + 1 < len(frags):
            incoming = chain[f.index - 1].carried if f.index else ()
            outs = [
                _local(x, f.index, f.first_stage, incoming)
                for x in chain[f.index].carried
            ]
        else:
            outs = list(f.outputs)
        fattrs["outputs"] = _strs(outs)
        ins = n_in if f.index == 0 else len(chain[f.index - 1].carried)
        pcus.append(
            PcuConfig(
                f.name,
                counters,
                [(s.op, list(s.operands)) for s in f.stages],
                fattrs,
                ins,
                len(outs),
            )
        )
    return ComputeLowering(op, pcus, reads, writes)


def _local(value: str, index: int, first_stage: int, incoming: tuple[str, ...]) -> str:
    """How fragment `index` names a value it forwards, given as the unit names it (`s<k>`, `in<k>`)."""
    if value.startswith("s") and value[1:].isdigit() and int(value[1:]) >= first_stage:
        return f"s{int(value[1:]) - first_stage}"
    return f"in{incoming.index(value)}" if index else value
