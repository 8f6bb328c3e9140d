"""What a port expects of a buffer's layout, and the legality check of a laid-out df graph.

A port's expected vector dimension is the buffer dimension its vector counter walks along
(compute ports) or the tile dimension that is contiguous in DRAM (loads and stores); None
accepts any layout. A laid-out graph is legal when every port on a buffer with a
`#df.layout` either expects the layout's vector dimension (or any), is a reader listed in the
memory's `transpose_reads` whose vector dimension is the layout's second-innermost one (on a
chip with transpose reads), or is the write port of a `layout_copy` unit (a conversion).
`layout_errors` is what a verifier of the df level can call (it imports df lazily).
"""

from __future__ import annotations

from xdsl.ir.affine import AffineMap

from rdu_ir.dataflow.affine import linear_form

TRANSPOSE_ATTR = "transpose_reads"
"""On a df.memory: the reader units whose mismatched reads the PMU serves transposed."""
COPY_ATTR = "layout_copy"
"""On a df.compute: a layout conversion unit (inserted by infer-layout)."""


def port_vector(amap: AffineMap, counter: int) -> int | None:
    """The buffer dimension a port's vector counter walks along: the one map result that
    depends on the counter; None when none does (a broadcast) or several do (a diagonal)."""
    if counter < 0:
        return None
    hits = []
    for r, e in enumerate(amap.results):
        form = linear_form(e, amap.num_dims)
        uses = form[0][counter] != 0 if form is not None else counter in AffineMap(amap.num_dims, 0, (e,)).used_dims()
        if uses:
            hits.append(r)
    return hits[0] if len(hits) == 1 else None


def transfer_vector(amap: AffineMap, n_tiles: int) -> int | None:
    """The tile dimension a DRAM transfer moves in bursts: the one that steps the DRAM
    tensor's innermost index by 1."""
    if not amap.results:
        return None
    form = linear_form(amap.results[-1], amap.num_dims)
    if form is None:
        return None
    coeffs = form[0][n_tiles:]
    nz = [k for k, c in enumerate(coeffs) if c]
    return nz[0] if len(nz) == 1 and coeffs[nz[0]] == 1 else None


def layout_errors(graph, transpose_ok: bool) -> list[str]:
    """Why the layouts of df.graph `graph` do not serve its ports (empty when legal)."""
    from xdsl.dialects.builtin import ArrayAttr, SymbolRefAttr

    from rdu_ir.dialects import df
    from rdu_ir.dialects.df_layout import LayoutAttr

    mems = {op.result: op for op in graph.units() if isinstance(op, df.MemoryOp)}
    readers: dict[object, set[str]] = {v: set() for v in mems}
    errors: list[str] = []

    def check(v, want: int | None, unit: str, write: bool, copy: bool) -> None:
        mem = mems[v]
        lay = mem.layout
        if not isinstance(lay, LayoutAttr):
            return
        name = df.unit_name(mem)
        if lay.rank() != len(mem.shape):
            errors.append(f"@{name}: layout of rank {lay.rank()} on a rank-{len(mem.shape)} buffer")
            return
        if want is None or want == lay.vector_dim or (write and copy):
            return
        attr = mem.attributes.get(TRANSPOSE_ATTR)
        listed = isinstance(attr, ArrayAttr) and SymbolRefAttr(unit) in attr.data
        order = lay.dim_order
        if not write and listed and transpose_ok and len(order) >= 2 and want == order[-2]:
            return
        kind = "writes" if write else "reads"
        errors.append(
            f"@{unit} {kind} @{name} along dimension {want}, its layout's vector dimension is {lay.vector_dim}"
        )

    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            n = len(op.reads)
            copy = COPY_ATTR in op.attributes
            maps = op.read_map_list() + op.write_map_list()
            for k, (v, m) in enumerate(zip(op.operands, maps)):
                if v in mems:
                    if k < n:
                        readers[v].add(df.unit_name(op))
                    check(v, port_vector(m, op.vector_counter), df.unit_name(op), k >= n, copy)
        elif isinstance(op, (df.LoadOp, df.StoreOp)):
            v = op.buffer_value()
            if v in mems:
                if isinstance(op, df.StoreOp):
                    readers[v].add(df.unit_name(op))
                check(
                    v,
                    transfer_vector(op.access_map, len(op.tile_bounds)),
                    df.unit_name(op),
                    isinstance(op, df.LoadOp),
                    False,
                )
    for v, mem in mems.items():
        attr = mem.attributes.get(TRANSPOSE_ATTR)
        if isinstance(attr, ArrayAttr):
            for ref in attr.data:
                if isinstance(ref, SymbolRefAttr) and ref.root_reference.data not in readers[v]:
                    errors.append(
                        f"@{df.unit_name(mem)}: transpose_reads names @{ref.root_reference.data}, which does not read it"
                    )
    return errors
