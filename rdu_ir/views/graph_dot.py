"""The dataflow graph of a module as Graphviz dot text (`rdu-opt --view-graph=FILE.dot`).

At the `df` level (like MLIR's op-graph view, but of units): DRAM tensors, loads/stores
(AGCU transfers), compute units and memory units are nodes; buffer writes and reads and
streams are edges. Labels carry what one needs to read the pipeline: counter chains, tile
counts, vector/unroll choices, buffer tile shapes, depths and banks, stream depths. At the
`rdu` level every `rdu.chip` section is a cluster of placed units and routes are edges.

The graph is built as plain data first (`Graph`), then written by the small writer below
rather than by pydot: dot's grammar for nodes, edges, attributes and clusters is tiny,
quoting every ID and value is always legal, and this way the file is byte-identical whether
or not the optional `views` extra is installed. (pydot, where present, is what the tests use
to parse the text back; `dot -Tsvg FILE.dot` renders it.)
Node and edge order follow the IR order, so the text is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xdsl.dialects.builtin import MemRefType, ModuleOp, TensorType
from xdsl.ir import Operation, SSAValue

from rdu_ir.reference import payload_ops

Attrs = dict[str, str]


@dataclass
class Graph:
    name: str
    nodes: list[tuple[str, Attrs]] = field(default_factory=list)
    edges: list[tuple[str, str, Attrs]] = field(default_factory=list)
    clusters: list[Graph] = field(default_factory=list)
    attrs: Attrs = field(default_factory=dict)

    def node(self, name: str, **attrs: str) -> None:
        self.nodes.append((name, attrs))

    def edge(self, src: str, dst: str, **attrs: str) -> None:
        self.edges.append((src, dst, attrs))


# --- labels ----------------------------------------------------------------------------


def _shape(t: object) -> str:
    if isinstance(t, TensorType | MemRefType):
        return "x".join(str(d) for d in t.get_shape()) + f"x{t.element_type}"
    return str(t)


def _ints(values: tuple[int, ...] | list[int]) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"


def _compute_label(op: Operation) -> str:
    from rdu_ir.dialects import df

    assert isinstance(op, df.ComputeOp)
    lines = [f"@{df.unit_name(op)}", f"tiles {_ints(op.tile_bounds)} acc {op.acc_count}"]
    lines.append(f"counters {_ints(op.counter_bounds)}")
    extra = []
    if op.vector_counter >= 0:
        extra.append(f"vector c{op.vector_counter}")
    if op.unroll_spec:
        extra.append(f"unroll c{op.unroll_spec[0]} x {op.unroll_spec[1]}")
    body = [o.name.split(".", 1)[1] for o in op.body.block.ops if o.name != "df.yield"]
    if extra:
        lines.append(" ".join(extra))
    if body:
        lines.append(" ".join(body))
    return "\n".join(lines)


# --- df ---------------------------------------------------------------------------------


def df_graph(graph_op: Operation) -> Graph:
    """The units of one `df.graph` as a dot graph."""
    from rdu_ir.dialects import df

    assert isinstance(graph_op, df.GraphOp)
    name = graph_op.sym_name.data
    g = Graph(name, attrs={"label": f"df.graph @{name}", "rankdir": "LR"})
    ids: dict[SSAValue, str] = {}
    for i, arg in enumerate(graph_op.block.args):
        ids[arg] = f"arg{i}"
        label = f"%{arg.name_hint or i}\n{_shape(arg.type)}"
        g.node(ids[arg], label=label, shape="folder", style="filled", fillcolor="#e8e8e8")
    streams: dict[SSAValue, df.StreamOp] = {}
    writers: dict[SSAValue, str] = {}
    pending_reads: list[tuple[SSAValue, str, Attrs]] = []
    for op in graph_op.units():
        uname = df.unit_name(op)
        if isinstance(op, df.DramOp):
            ids[op.result] = uname
            const = " (constant)" if op.value is not None else ""
            g.node(uname, label=f"@{uname}{const}\n{_shape(op.result.type)}", shape="folder",
                   style="filled", fillcolor="#e8e8e8")  # fmt: skip
        elif isinstance(op, df.MemoryOp):
            ids[op.result] = uname
            label = f"@{uname}\n{_shape(op.result.type)}\ndepth {op.depth_value} banks {op.banks_value}"
            g.node(uname, label=label, shape="cylinder", style="filled", fillcolor="#cfe2f3")
        elif isinstance(op, df.StreamOp):
            streams[op.result] = op
        elif isinstance(op, df.LoadOp | df.StoreOp):
            kind = "load" if isinstance(op, df.LoadOp) else "store"
            g.node(uname, label=f"{kind} @{uname}\ntiles {_ints(op.tile_bounds)}", shape="invhouse",
                   style="filled", fillcolor="#fce5cd")  # fmt: skip
            src, dst = (op.src, op.dst)
            g.edge(ids.get(src, "?"), uname, label=_shape(src.type) if kind == "store" else "")
            if kind == "load":
                g.edge(uname, ids.get(dst, "?"), label=_shape(dst.type))
            else:
                g.edge(uname, ids.get(dst, "?"))
        elif isinstance(op, df.ComputeOp):
            g.node(uname, label=_compute_label(op), shape="box", style="filled", fillcolor="#d9ead3")
            for v in op.writes:
                if v in streams:
                    writers[v] = uname
                else:
                    g.edge(uname, ids.get(v, "?"), label="write")
            for v in op.reads:
                if v in streams:
                    s = streams[v]
                    kind = "scalar stream" if s.scalar is not None else "stream"
                    pending_reads.append((v, uname, {"label": f"{kind} @{df.unit_name(s)}\ndepth {s.depth_value}",
                                                      "style": "dashed"}))  # fmt: skip
                else:
                    t = v.type
                    g.edge(ids.get(v, "?"), uname, label=f"read {_shape(t)}" if isinstance(t, MemRefType) else "read")
    # Stream writers may come after their readers in the region (it is a graph).
    for v, reader, attrs in pending_reads:
        g.edge(writers.get(v, "?"), reader, **attrs)
    ret = graph_op.block.last_op
    if ret is not None:
        for i, v in enumerate(ret.operands):
            out = f"result{i}"
            g.node(out, label=f"result {i}\n{_shape(v.type)}", shape="doublecircle")
            g.edge(ids.get(v, "?"), out)
    return g


# --- rdu --------------------------------------------------------------------------------


def rdu_graph(section: Operation, index: int) -> Graph:
    """One `rdu.chip` section: placed units, routes by network."""
    from rdu_ir.dialects import rdu

    assert isinstance(section, rdu.ChipOp)
    label = section.sym_name.data if section.sym_name is not None else f"section{index}"
    g = Graph(f"cluster_{index}", attrs={"label": f"rdu.chip @{label}"})
    ids: dict[SSAValue, str] = {}
    colours = {"pcu": "#d9ead3", "pmu": "#cfe2f3", "agcu": "#fce5cd"}
    for unit in section.units():
        nid = f"s{index}_{unit.unit_name}"
        ids[unit.unit] = nid
        site = unit.site
        where = f"AGCU {site}" if isinstance(site, int) else f"({site[0]}, {site[1]})"
        g.node(nid, label=f"{unit.KIND} @{unit.unit_name}\n{where}", shape="box", style="filled",
               fillcolor=colours.get(unit.KIND, "white"))  # fmt: skip
    styles = {"vector": "solid", "scalar": "dashed", "control": "dotted"}
    for route in section.routes():
        net = route.network.data
        g.edge(ids.get(route.source, "?"), ids.get(route.dest, "?"),
               label=f"{net} {route.length} hops", style=styles.get(net, "solid"))  # fmt: skip
    return g


def op_graph(func_op: Operation, index: int) -> Graph:
    """Any other function (e.g. `ta`): ops as nodes, SSA def-use as edges (MLIR's op graph)."""
    sym = func_op.properties.get("sym_name") or func_op.attributes.get("sym_name")
    name = getattr(sym, "data", f"op{index}")
    g = Graph(f"cluster_{name}", attrs={"label": f"{func_op.name} @{name}"})
    ids: dict[SSAValue, str] = {}
    for region in func_op.regions:
        for block in region.blocks:
            for i, arg in enumerate(block.args):
                ids[arg] = f"{name}.arg{i}"
                g.node(ids[arg], label=f"%{arg.name_hint or i}\n{_shape(arg.type)}", shape="folder")
            for k, op in enumerate(block.ops):
                nid = f"{name}.op{k}"
                types = ", ".join(_shape(r.type) for r in op.results)
                g.node(nid, label=op.name + (f"\n{types}" if types else ""), shape="box")
                for v in op.operands:
                    g.edge(ids.get(v, "?"), nid)
                for r in op.results:
                    ids[r] = nid
    return g


def module_graph(module: ModuleOp) -> Graph:
    """The whole module: every df.graph, and every rdu.chip section, as clusters."""
    from rdu_ir.dialects import df, rdu
    from rdu_ir.dialects.rdu_program import ProgramOp

    top = Graph("rdu_ir", attrs={"rankdir": "LR", "fontname": "Helvetica"})
    sections = 0
    for op in payload_ops(module):
        if isinstance(op, df.GraphOp):
            g = df_graph(op)
            g.name = f"cluster_{op.sym_name.data}"
            # Prefix node names so that two graphs never share a node.
            prefix = f"{op.sym_name.data}."
            g.nodes = [(prefix + n, a) for n, a in g.nodes]
            g.edges = [(prefix + s, prefix + d, a) for s, d, a in g.edges]
            top.clusters.append(g)
        else:
            chips = op.sections() if isinstance(op, ProgramOp) else [op] if isinstance(op, rdu.ChipOp) else []
            for section in chips:
                top.clusters.append(rdu_graph(section, sections))
                sections += 1
            if not chips and op.regions:
                top.clusters.append(op_graph(op, len(top.clusters)))
    return top


# --- rendering --------------------------------------------------------------------------


def _quote(text: str) -> str:
    # Newlines become dot's centred line break `\n`; quotes and backslashes are escaped.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _attr_list(attrs: Attrs) -> str:
    return ", ".join(f"{k}={_quote(v)}" for k, v in attrs.items())


def _write(g: Graph, out: list[str], indent: str, keyword: str) -> None:
    out.append(f"{indent}{keyword} {_quote(g.name)} {{")
    inner = indent + "  "
    for k, v in g.attrs.items():
        out.append(f"{inner}{k}={_quote(v)};")
    out.append(f'{inner}node [fontname="Helvetica", fontsize="10"];')
    out.append(f'{inner}edge [fontname="Helvetica", fontsize="9"];')
    for c in g.clusters:
        _write(c, out, inner, "subgraph")
    for name, attrs in g.nodes:
        out.append(f"{inner}{_quote(name)} [{_attr_list(attrs)}];")
    for src, dst, attrs in g.edges:
        tail = f" [{_attr_list(attrs)}]" if attrs else ""
        out.append(f"{inner}{_quote(src)} -> {_quote(dst)}{tail};")
    out.append(f"{indent}}}")


def to_dot_text(g: Graph) -> str:
    """Dot text by the small writer (no dependency)."""
    out: list[str] = []
    _write(g, out, "", "digraph")
    return "\n".join(out) + "\n"


def module_dot(module: ModuleOp) -> str:
    """The module's graph as dot text (the small writer: identical with or without pydot)."""
    return to_dot_text(module_graph(module))


def write_graph(module: ModuleOp, path: str | Path) -> Path:
    """Write the module's graph to `path` (what `rdu-opt --view-graph=FILE.dot` calls)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(module_dot(module), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m rdu_ir.views.graph_dot FILE -o FILE.dot` (until `rdu-opt --view-graph` exists)."""
    import argparse
    import sys

    from xdsl.utils.exceptions import DiagnosticException

    from rdu_ir.run_main import read_module

    p = argparse.ArgumentParser(prog="python -m rdu_ir.views.graph_dot", description=main.__doc__)
    p.add_argument("input_file", metavar="FILE", help="a module (.mlir, .tin) or a bitstream (.rbs)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.dot")
    args = p.parse_args(argv)
    try:
        write_graph(read_module(args.input_file), args.output)
    except DiagnosticException as e:
        sys.stderr.write(str(e).rstrip() + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
