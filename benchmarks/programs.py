"""Synthetic programs of a chosen size, for throughput and scaling benchmarks."""

from __future__ import annotations

_UNARY = ["ta.relu", "ta.exp", "ta.tanh", "ta.neg"]
_BINARY = ["ta.add", "ta.mul", "ta.sub", "ta.max"]


def elementwise_chain(ops: int, shape: str = "64x64") -> str:
    """A `ta` function of `ops` elementwise ops: a chain mixing unary and binary ops (with the
    input as second operand), so every op depends on the one before."""
    t = f"tensor<{shape}xf32>"
    lines = [f"func.func @main(%x: {t}) -> {t} {{"]
    prev = "%x"
    for i in range(ops):
        name = f"%v{i}"
        if i % 2:
            op = _UNARY[(i // 2) % len(_UNARY)]
            lines.append(f"  {name} = {op} {prev} : {t}")
        else:
            op = _BINARY[(i // 2) % len(_BINARY)]
            lines.append(f"  {name} = {op} {prev}, %x : {t}")
        prev = name
    lines.append(f"  func.return {prev} : {t}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def arith_chain(ops: int) -> str:
    """The same shape of program in upstream `arith` (parsable by plain xdsl-opt)."""
    lines = ["func.func @main(%x: f32) -> f32 {"]
    prev = "%x"
    for i in range(ops):
        op = "arith.addf" if i % 2 else "arith.mulf"
        lines.append(f"  %v{i} = {op} {prev}, %x : f32")
        prev = f"%v{i}"
    lines.append(f"  func.return {prev} : f32")
    lines.append("}")
    return "\n".join(lines) + "\n"
