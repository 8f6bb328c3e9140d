"""df.load / df.store -> AGCU transfer configurations, and the program's DRAM tensors.

A transfer's counter chain is its tile counters followed by one counter per dimension of the
tile (row-major, the order the PMU's write or read generator walks it); its map is the df map
flattened to the row-major element address of the DRAM tensor.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects.builtin import ArrayAttr, IntegerAttr, SymbolRefAttr, TensorType, i64
from xdsl.ir import Attribute, SSAValue
from xdsl.ir.affine import AffineMap

from rdu_ir.allocation.affine_flat import flatten
from rdu_ir.allocation.lower_compute import Counters
from rdu_ir.dialects import df


@dataclass
class AgcuConfig:
    name: str
    direction: str
    tensor: str
    counters: Counters
    amap: AffineMap
    attrs: dict[str, Attribute]


def dram_names(graph: df.GraphOp) -> dict[SSAValue, str]:
    """A unique symbol name for every DRAM tensor of the graph (arguments keep their names)."""
    names: dict[SSAValue, str] = {}
    taken = {df.unit_name(op) for op in graph.units()}
    for i, arg in enumerate(graph.block.args):
        base = arg.name_hint or f"arg{i}"
        name, k = base, 0
        while name in taken:
            k += 1
            name = f"{base}_{k}"
        taken.add(name)
        names[arg] = name
    for op in graph.units():
        if isinstance(op, df.DramOp):
            names[op.result] = df.unit_name(op)
    return names


def lower_transfer(
    op: df.LoadOp | df.StoreOp, names: dict[SSAValue, str]
) -> AgcuConfig:
    dram = op.dram_value()
    buf = op.buffer_value()
    assert isinstance(dram.type, TensorType)
    tile_shape = buf.type.get_shape()  # type: ignore[attr-defined]
    tiles = op.tile_bounds
    counters: Counters = [(0, t, 1) for t in tiles] + [(0, d, 1) for d in tile_shape]
    attrs: dict[str, Attribute] = {"tile_counters": IntegerAttr(len(tiles), i64)}
    if isinstance(op, df.StoreOp) and op.after_names():
        attrs["after"] = ArrayAttr([SymbolRefAttr(a) for a in op.after_names()])
    direction = "load" if isinstance(op, df.LoadOp) else "store"
    return AgcuConfig(df.unit_name(op), direction, names[dram], counters,
                      flatten(op.access_map, dram.type.get_shape()), attrs)  # fmt: skip
