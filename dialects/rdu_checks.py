"""Verifiers of the configuration contract in `rdu_program`'s docstring and of credit counters.

Kept apart from the op definitions so the op files stay declarative: `rdu.program` checks its
DRAM tensors and the configuration attributes of every unit of its sections; `rdu.credit`
checks that its data link and its token route exist and that tile credits fit the buffer.
"""

from __future__ import annotations

import math
import re

from xdsl.dialects.builtin import ArrayAttr, DenseArrayBase, IntegerAttr, StringAttr
from xdsl.ir import Operation
from xdsl.utils.exceptions import VerifyException

_OPERAND = re.compile(r"(in|s|c)(\d+)|acc|-?\d+(\.\d*)?([eE][-+]?\d+)?")
REDUCING_OPS = ("fma", "add", "max", "min", "mul")


def int_attr(op: Operation, key: str, default: int) -> int:
    a = op.attributes.get(key)
    return a.value.data if isinstance(a, IntegerAttr) else default


def ints_attr(op: Operation, key: str) -> list[int]:
    a = op.attributes.get(key)
    if isinstance(a, DenseArrayBase):
        return [int(x) for x in a.iter_values()]
    return []


def strs_attr(op: Operation, key: str) -> list[str] | None:
    a = op.attributes.get(key)
    if isinstance(a, ArrayAttr):
        return [x.data for x in a.data if isinstance(x, StringAttr)]
    return None


def verify_pcu_config(pcu) -> None:
    what = f"PCU @{pcu.unit_name}"
    n = len(pcu.counter_list)
    tiles = int_attr(pcu, "tile_counters", 0)
    acc = int_attr(pcu, "acc_tiles", 0)
    if not 0 <= tiles <= n or not 0 <= acc <= tiles:
        raise VerifyException(
            f"{what}: tile_counters {tiles} / acc_tiles {acc} do not fit its {n} counters"
        )
    vec = int_attr(pcu, "vector", -1)
    if vec != -1 and not tiles <= vec < n:
        raise VerifyException(f"{what}: vector counter {vec} is not an element counter")
    reduce = ints_attr(pcu, "reduce")
    if any(not 0 <= c < n for c in reduce) or any(
        c < tiles - acc for c in reduce if c < tiles
    ):
        raise VerifyException(
            f"{what}: reduce {reduce} names counters that are not element or accumulated tile counters"
        )
    stages = pcu.stage_list
    users = [i for i, (_, args) in enumerate(stages) if "acc" in args]
    if len(users) > 1:
        raise VerifyException(
            f"{what}: stages {users} all use 'acc'; one reduction stage at most"
        )
    if bool(users) != bool(reduce):
        raise VerifyException(
            f"{what}: a reduction stage (using 'acc') and a 'reduce' counter list go together"
        )
    if users and stages[users[0]][0] not in REDUCING_OPS:
        raise VerifyException(
            f"{what}: stage {users[0]} '{stages[users[0]][0]}' cannot accumulate"
        )
    outputs = strs_attr(pcu, "outputs")
    if outputs is not None:
        for o in outputs:
            m = _OPERAND.fullmatch(o)
            if (
                m is None
                or o == "acc"
                or (m.group(1) == "s" and int(m.group(2)) >= len(stages))
            ):
                raise VerifyException(
                    f"{what}: output '{o}' is not a stage, input or literal"
                )


def verify_pmu_config(pmu) -> None:
    shape = ints_attr(pmu, "shape")
    if shape and any(d <= 0 for d in shape):
        raise VerifyException(
            f"PMU @{pmu.unit_name}: tile shape {shape} must be positive"
        )
    for w in range(1, 1 + len(extra_writes(pmu))):
        write_generator(pmu, w)


def extra_writes(pmu) -> list:
    a = pmu.attributes.get("extra_writes")
    return list(a.data) if isinstance(a, ArrayAttr) else []


def write_generator(pmu, port: int):
    """(counter triples, affine map) of a PMU's input port."""
    from xdsl.dialects.builtin import AffineMapAttr, DictionaryAttr

    if port == 0:
        return _triples_of(pmu.write_counters), pmu.write_map.data
    extra = extra_writes(pmu)
    if port > len(extra):
        raise VerifyException(f"PMU @{pmu.unit_name} has no write port {port}")
    d = extra[port - 1]
    counters = d.data.get("counters") if isinstance(d, DictionaryAttr) else None
    amap = d.data.get("map") if isinstance(d, DictionaryAttr) else None
    if not isinstance(counters, DenseArrayBase) or not isinstance(amap, AffineMapAttr):
        raise VerifyException(
            f"PMU @{pmu.unit_name}: extra_writes[{port - 1}] needs 'counters' and 'map'"
        )
    triples = _triples_of(counters)
    if amap.data.num_dims != len(triples) or len(amap.data.results) != 1:
        raise VerifyException(
            f"PMU @{pmu.unit_name}: write port {port} map does not fit its counters"
        )
    return triples, amap.data


def verify_program(program) -> None:
    from rdu_ir.dialects.rdu import AgcuOp, PcuOp, PmuOp
    from rdu_ir.dialects.rdu_program import DramOp

    what = f"rdu.program @{program.sym_name.data}"
    drams: dict[str, DramOp] = {}
    args: dict[int, DramOp] = {}
    for d in program.drams():
        name = d.sym_name.data
        if name in drams:
            raise VerifyException(f"{what}: DRAM tensor @{name} is declared twice")
        drams[name] = d
        if d.arg_index is not None:
            if d.arg_index in args:
                raise VerifyException(
                    f"{what}: two DRAM tensors are argument {d.arg_index}"
                )
            args[d.arg_index] = d
    ins = program.function_type.inputs.data
    outs = program.function_type.outputs.data
    if sorted(args) != list(range(len(ins))):
        raise VerifyException(
            f"{what}: arguments {sorted(args)} do not match its {len(ins)} inputs"
        )
    for i, t in enumerate(ins):
        if args[i].tensor_type != t:
            raise VerifyException(
                f"{what}: argument {i} is {args[i].tensor_type}, the signature says {t}"
            )
    names = program.result_names()
    if len(names) != len(outs):
        raise VerifyException(f"{what}: {len(names)} results for {len(outs)} outputs")
    for n, t in zip(names, outs):
        if n not in drams or drams[n].tensor_type != t:
            raise VerifyException(
                f"{what}: result @{n} is not a DRAM tensor of type {t}"
            )
    for section in program.sections():
        verify_links(section)
        verify_flow_control(section)
        for unit in section.units():
            if isinstance(unit, AgcuOp):
                if unit.tensor.data not in drams:
                    raise VerifyException(
                        f"{what}: {unit.describe()} moves unknown DRAM tensor '{unit.tensor.data}'"
                    )
            elif isinstance(unit, PcuOp):
                verify_pcu_config(unit)
            elif isinstance(unit, PmuOp):
                verify_pmu_config(unit)


def verify_credit(credit) -> None:
    from rdu_ir.dialects.rdu import ChipOp, PmuOp, UnitOp

    holder, source = credit.holder.owner, credit.source.owner
    if not isinstance(holder, UnitOp) or not isinstance(source, UnitOp):
        raise VerifyException("a credit counter joins two units")
    chip = credit.parent_op()
    if not isinstance(chip, ChipOp):
        raise VerifyException("rdu.credit belongs in an rdu.chip")
    hp, sp = credit.ports
    kind = credit.kind.data
    link = f"{holder.describe()}[{hp}] -> {source.describe()}[{sp}]"
    data = token = False
    for r in chip.routes():
        ends = (
            r.source.owner,
            r.source_port.value.data,
            r.dest.owner,
            r.dest_port.value.data,
        )
        if r.network.data == "vector" and ends == (holder, hp, source, sp):
            data = True
        if r.network.data == "control" and ends == (source, sp, holder, hp):
            token = True
    if not data:
        raise VerifyException(
            f"{kind} credit on {link}: there is no vector route for this link"
        )
    if not token:
        raise VerifyException(
            f"{kind} credit on {link}: its tokens have no control route back"
        )
    init = credit.init_value
    if init < 1:
        raise VerifyException(
            f"{kind} credit on {link}: init must be at least 1, got {init}"
        )
    if kind in ("ready", "write"):
        if not isinstance(source, PmuOp):
            raise VerifyException(
                f"{kind} credit on {link}: tile credits guard a PMU buffer"
            )
        depth = source.depth.value.data
        if init > depth:
            raise VerifyException(
                f"{kind} credit on {link}: {init} tile credits exceed the buffer's depth of {depth} tiles"
            )


def verify_flow_control(section) -> None:
    """Once a section has credit counters (insert-credits ran), every data link has its own:
    a stream credit on every vector/scalar route, tile credits on every link into a PMU."""
    from rdu_ir.dialects.rdu import PmuOp
    from rdu_ir.dialects.rdu_credits import CreditOp

    credits = {
        (c.kind.data, c.holder, c.source, *c.ports)
        for c in section.body.block.ops
        if isinstance(c, CreditOp)
    }
    if not credits:
        return
    for r in section.routes():
        if r.network.data == "control":
            continue
        sp, dp = r.source_port.value.data, r.dest_port.value.data
        kinds = ["stream"] + (
            ["ready", "write"] if isinstance(r.dest.owner, PmuOp) else []
        )
        for kind in kinds:
            if (kind, r.source, r.dest, sp, dp) not in credits:
                raise VerifyException(
                    f"the link {r.source.owner.describe()}[{sp}] -> {r.dest.owner.describe()}[{dp}] "
                    f"has no {kind} credit counter, but its section uses credits"
                )


def _trips(counters) -> list[int]:
    return [len(range(lo, hi, st)) for lo, hi, st in counters]


def _port_walk(unit, port: int, output: bool) -> tuple[list[int], int] | None:
    """(element trips, tokens per run) a unit's port walks, per the contract; None if unknown."""
    from rdu_ir.dialects.rdu import AgcuOp, PcuOp, PmuOp

    if isinstance(unit, PmuOp):
        if output:
            return _trips(_triples_of(unit.read_counters)), -1
        return _trips(
            write_generator(unit, port)[0]
        ), -1  # a PMU passes on as many tiles as it gets
    if isinstance(unit, AgcuOp):
        counters = _triples_of(unit.counters)
        t = int_attr(unit, "tile_counters", 0)
        return _trips(counters[t:]), math.prod(_trips(counters[:t]))
    if isinstance(unit, PcuOp):
        counters = unit.counter_list
        t = int_attr(unit, "tile_counters", 0)
        a = int_attr(unit, "acc_tiles", 0)
        reduce = set(ints_attr(unit, "reduce"))
        tile_trips = _trips(counters[:t])
        elem = list(range(t, len(counters)))
        live = [c for c in elem if c not in reduce]
        steps = math.prod(tile_trips)
        groups = math.prod(tile_trips[: t - a]) if reduce else steps
        if output:
            dims = live if reduce else elem
            return [len(range(*counters[c])) for c in dims], groups
        if port in ints_attr(unit, "drain_inputs"):
            return [len(range(*counters[c])) for c in live], groups
        return [len(range(*counters[c])) for c in elem], steps
    return None


def _triples_of(attr) -> list[tuple[int, int, int]]:
    v = [int(x) for x in attr.iter_values()]
    return [(v[i], v[i + 1], v[i + 2]) for i in range(0, len(v) - len(v) % 3, 3)]


def verify_links(section) -> None:
    """Both ends of every data link agree on what flows: the values of one token (the counter
    trips the sender's output walks = those the receiver's input walks) and, through every PMU,
    the number of tokens (tiles its writer makes = tiles each reader takes)."""
    from rdu_ir.dialects.rdu import PmuOp

    written: dict = {}
    for r in section.routes():
        if r.network.data == "control":
            continue
        src, dst = r.source.owner, r.dest.owner
        sp, dp = r.source_port.value.data, r.dest_port.value.data
        a = _port_walk(src, sp, True)
        b = _port_walk(dst, dp, False)
        if a is None or b is None:
            continue
        link = f"{src.describe()}[{sp}] -> {dst.describe()}[{dp}]"
        if a[0] != b[0]:
            raise VerifyException(
                f"link {link}: the sender walks counter trips {a[0]} per token, the receiver {b[0]}"
            )
        if isinstance(dst, PmuOp):
            written.setdefault(dst, set()).add(a[1])
        elif not isinstance(src, PmuOp) and a[1] != b[1]:
            raise VerifyException(
                f"link {link}: the sender makes {a[1]} tokens a run, the receiver takes {b[1]}"
            )
    for r in section.routes():
        src, dst = r.source.owner, r.dest.owner
        if (
            r.network.data == "control"
            or not isinstance(src, PmuOp)
            or src not in written
        ):
            continue
        b = _port_walk(dst, r.dest_port.value.data, False)
        if b is None or isinstance(dst, PmuOp):
            continue
        for n in written[src]:
            if n != b[1]:
                raise VerifyException(
                    f"{src.describe()} receives {n} tiles a run but {dst.describe()} "
                    f"[{r.dest_port.value.data}] takes {b[1]}"
                )
