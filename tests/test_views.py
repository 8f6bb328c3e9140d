"""The pictures: dot graph, chip grid SVG/PNG, busy/stall chart, the report directory.

Produced from a real compiled module (examples/gemm.mlir through rdu-opt on the tiny chip). The
placed form comes from the full pipeline when allocate-units succeeds on it, else from the
hand-written program of tests/filecheck/bitstream/program.mlir (same dialect, same checks).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # pydot's use of pyparsing

from rdu_ir import opt_main
from rdu_ir.chip import PRESETS
from rdu_ir.context import make_context
from rdu_ir.parsing import parse_module
from rdu_ir.views import chip_svg
from rdu_ir.views.graph_dot import module_dot
from rdu_ir.views.report import write_report

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
DF_PIPELINE = "linalg-to-ta,ta-to-df,infer-layout,split-buffers"


def _compile(tmp: Path, pipeline: str, name: str):
    out = tmp / name
    rc = opt_main.main([str(ROOT / "examples/gemm.mlir"), "--chip=tiny", "-p", pipeline, "-o", str(out)])
    if rc != 0:
        return None
    return parse_module(make_context(), out.read_text(), str(out))


@pytest.fixture(scope="module")
def df_module(tmp_path_factory):
    m = _compile(tmp_path_factory.mktemp("df"), DF_PIPELINE, "gemm.df.mlir")
    assert m is not None, "rdu-opt could not lower examples/gemm.mlir to df"
    return m


@pytest.fixture(scope="module")
def rdu_module(tmp_path_factory):
    m = _compile(tmp_path_factory.mktemp("rdu"), DF_PIPELINE + ",allocate-units,insert-credits", "gemm.rdu.mlir")
    if m is None:
        text = (ROOT / "tests/filecheck/bitstream/program.mlir").read_text().split("// CHECK")[0]
        m = parse_module(make_context(), text, "program.mlir")
    return m


def _dot_structure(text: str, use_pydot: bool = False) -> tuple[int, int]:
    """(nodes, edges) of dot text; parsed back by pydot when asked and installed (slow: pyparsing)."""
    try:
        import pydot
    except ImportError:
        pydot = None
    if not use_pydot:
        pydot = None
    if pydot is not None:
        graphs = pydot.graph_from_dot_data(text)
        assert graphs and len(graphs) == 1

        def count(g) -> tuple[int, int]:
            n = len([x for x in g.get_nodes() if x.get_name().strip('"') not in ("node", "edge", "graph")])
            e = len(g.get_edges())
            for sub in g.get_subgraphs():
                sn, se = count(sub)
                n, e = n + sn, e + se
            return n, e

        return count(graphs[0])
    assert text.startswith("digraph ") and text.rstrip().endswith("}")
    assert text.count("{") == text.count("}")
    lines = [ln.strip() for ln in text.splitlines()]
    edges = sum(1 for ln in lines if " -> " in ln and ln.endswith(";"))
    nodes = sum(1 for ln in lines if ln.startswith('"') and " -> " not in ln and ln.endswith("];"))
    return nodes, edges


def test_df_graph_dot_has_every_unit_and_connection(df_module):
    from rdu_ir.dialects import df

    text = module_dot(df_module)
    graph = next(op for op in df_module.ops if isinstance(op, df.GraphOp))
    units = [u for u in graph.units() if not isinstance(u, df.StreamOp)]
    n_nodes, n_edges = _dot_structure(text)
    # units (memories, drams, loads, stores, computes) + arguments + results
    assert n_nodes == len(units) + len(graph.block.args) + len(graph.block.last_op.operands)
    computes = [u for u in units if isinstance(u, df.ComputeOp)]
    transfers = [u for u in units if isinstance(u, df.LoadOp | df.StoreOp)]
    expected_edges = sum(len(c.reads) + len(c.writes) for c in computes) + 2 * len(transfers)
    assert n_edges == expected_edges + len(graph.block.last_op.operands)
    assert "counters [" in text and "depth 2" in text
    assert module_dot(df_module) == text  # deterministic


def test_ta_level_draws_the_op_graph():
    from rdu_ir.parsing import parse_source

    m = parse_source(make_context(), (ROOT / "examples/gemm.tin").read_text(), "gemm.tin", suffix="tin")
    dot = module_dot(m)
    assert "ta.contract" in dot
    _dot_structure(dot)


def test_rdu_graph_dot(rdu_module):
    from rdu_ir.dialects import rdu

    text = module_dot(rdu_module)
    n_nodes, n_edges = _dot_structure(text, use_pydot=True)  # small enough for pydot's slow parser
    assert (n_nodes, n_edges) == _dot_structure(text)  # the light check agrees with pydot
    routes = [op for op in rdu_module.walk() if isinstance(op, rdu.RouteOp)]
    units = [op for op in rdu_module.walk() if isinstance(op, rdu.UnitOp)]
    assert (n_nodes, n_edges) == (len(units), len(routes))


def _svg_root(path: Path) -> ET.Element:
    assert path.stat().st_size > 0
    root = ET.parse(path).getroot()
    assert root.tag == SVG + "svg"
    return root


def test_fallback_grid_svg_counts(rdu_module):
    from rdu_ir.dialects import rdu

    section = next(op for op in rdu_module.walk() if isinstance(op, rdu.ChipOp))
    chip = section.description
    model = chip_svg.grid_model(section, chip, {"cycles": 10, "units": {u.unit_name: {"busy_cycles": 5} for u in section.units()}})
    root = ET.fromstring(chip_svg.grid_svg_text(model))
    rects = root.findall(f"{SVG}rect")
    circles = root.findall(f"{SVG}circle")
    lines = root.findall(f"{SVG}line")
    assert len(rects) == chip.rows * chip.cols + chip.agcu_count
    assert len(circles) == (chip.rows + 1) * (chip.cols + 1)
    assert len(lines) == len(model.congestion) > 0
    assert any("50%" in (t.text or "") for t in root.findall(f"{SVG}text"))  # utilisation shown


def test_fallback_bars_svg():
    rows = [("a", 5.0, 1.0), ("b", 2.0, 4.0)]
    root = ET.fromstring(chip_svg.bars_svg_text(rows, "t"))
    assert len(root.findall(f"{SVG}rect")) == 4


def test_grid_without_matplotlib_writes_svg_only(tmp_path, monkeypatch):
    monkeypatch.setattr(chip_svg, "have_matplotlib", lambda: False)
    files = chip_svg.write_grid(chip_svg.grid_model(None, PRESETS["tiny"]), tmp_path / "c.svg")
    assert files == [tmp_path / "c.svg"]
    _svg_root(files[0])


def test_report_of_placed_module(tmp_path, rdu_module):
    stats = {"cycles": 100, "units": {"x": {"busy_cycles": 60, "stall_cycles": 30}, "y": {"cycles": 20}}}
    files = write_report(tmp_path, rdu_module, stats)
    names = {f.name for f in files}
    assert {"graph.dot", "units.svg", "stats.json", "index.html"} <= names
    chips = [f for f in files if f.name.startswith("chip_") and f.suffix == ".svg"]
    assert chips
    for f in files:
        assert f.stat().st_size > 0
        if f.suffix == ".svg":
            _svg_root(f)
        if f.suffix == ".png":
            assert f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    _dot_structure((tmp_path / "graph.dot").read_text())


def test_report_of_df_run_is_deterministic(tmp_path, df_module, monkeypatch):
    monkeypatch.setattr(chip_svg, "have_matplotlib", lambda: False)  # the fallback writer: fast
    import numpy as np
    from rdu_ir.sim.runner import run_module

    rng = np.random.default_rng(0)
    inputs = [rng.standard_normal((64, 32)).astype(np.float32), rng.standard_normal((32, 48)).astype(np.float32)]
    stats = run_module(df_module, None, inputs).stats
    a = write_report(tmp_path / "a", df_module, stats)
    b = write_report(tmp_path / "b", df_module, stats)
    assert [f.name for f in a] == [f.name for f in b]
    assert "units.svg" in {f.name for f in a}
    for fa, fb in zip(a, b):
        assert fa.read_bytes() == fb.read_bytes(), fa.name
    root = _svg_root(tmp_path / "a" / "chip.svg")
    assert root is not None
