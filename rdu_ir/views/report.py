"""`rdu-run --report=DIR`: the pictures and figures of one compiled (and possibly run) module.

Writes into DIR:
- `graph.dot`: the dataflow graph (`graph_dot`), and `graph.svg` when Graphviz's `dot` is on PATH;
- `chip_<section>.svg` (+ `.png` with matplotlib) for every `rdu.chip` section: placement,
  route congestion, and per-site utilisation when stats are given; `chip.svg` (the bare grid of
  the module's chip) when the module is not placed yet;
- `units.svg` (+ `.png`): busy/stall cycles per unit, when the stats have per-unit cycles;
- `stats.json`: the simulator's stats as given;
- `index.html`: one page showing all of the above.

The stats are `RunResult.stats` of `rdu_ir.sim.runner`: `units` maps a unit name to its figures,
of which the pictures read `busy_cycles` (else `cycles`) and `stall_cycles` (else the run's
total minus busy); the total is `cycles` / `total_cycles` (else `max_unit_cycles`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import chip_of
from rdu_ir.reference import payload_ops
from rdu_ir.views.chip_svg import grid_model, write_bars, write_grid
from rdu_ir.views.graph_dot import write_graph


def _sections(module: ModuleOp) -> list[tuple[str, object]]:
    from rdu_ir.dialects import rdu
    from rdu_ir.dialects.rdu_program import ProgramOp

    found: list[tuple[str, object]] = []
    for op in payload_ops(module):
        chips = op.sections() if isinstance(op, ProgramOp) else [op] if isinstance(op, rdu.ChipOp) else []
        for section in chips:
            label = section.sym_name.data if section.sym_name is not None else f"section{len(found)}"
            prefix = f"{op.sym_name.data}_" if isinstance(op, ProgramOp) else ""
            found.append((prefix + label, section))
    return found


def _render_dot(dot_file: Path) -> list[Path]:
    """`dot -Tsvg` when Graphviz is installed (a system package, so optional); else nothing."""
    import shutil
    import subprocess

    exe = shutil.which("dot")
    if exe is None:
        return []
    svg = dot_file.with_suffix(".svg")
    try:
        proc = subprocess.run([exe, "-Tsvg", str(dot_file), "-o", str(svg)], capture_output=True, check=False, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [svg] if proc.returncode == 0 and svg.exists() else []


def _plain(value: object) -> object:
    """JSON-able copy (numpy scalars and arrays, tuples, other objects as text)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    return str(value)


def write_report(directory: str | Path, module: ModuleOp, stats: Mapping[str, object] | None = None) -> list[Path]:
    """Write the report files into `directory` (created); returns the files written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = [write_graph(module, out / "graph.dot")]
    written += _render_dot(out / "graph.dot")
    sections = _sections(module)
    if sections:
        for label, section in sections:
            model = grid_model(section, section.description, stats, title=f"{label} ({section.description.name})")  # type: ignore[attr-defined]
            written += write_grid(model, out / f"chip_{label}.svg")
    else:
        chip = chip_of(module)
        written += write_grid(grid_model(None, chip, stats, title=f"chip {chip.name} (not placed yet)"), out / "chip.svg")
    if stats:
        written += write_bars(stats, out / "units.svg")
        path = out / "stats.json"
        path.write_text(json.dumps(_plain(stats), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    written.append(_index(out, written))
    return written


def _index(out: Path, files: list[Path]) -> Path:
    items = []
    for f in files:
        name = escape(f.name)
        if f.suffix == ".svg":
            items.append(f'<h2>{name}</h2>\n<img src="{name}" alt="{name}" style="max-width:100%">')
        else:
            items.append(f'<p><a href="{name}">{name}</a></p>')
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>rdu-ir report</title></head><body>'
    page = "\n".join([head, "<h1>rdu-ir report</h1>", *items, "</body></html>"])
    path = out / "index.html"
    path.write_text(page + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m rdu_ir.views.report FILE -o DIR`: run FILE on seeded random inputs and write
    its report (until `rdu-run --report=DIR` exists; `--no-run` draws the compiled form only)."""
    import argparse
    import sys

    import numpy as np
    from xdsl.utils.exceptions import DiagnosticException

    from rdu_ir.run_main import random_array, read_module
    from rdu_ir.sim.runner import (
        find_entry,
        run_module,
        signature,
        sym_name,
        tensor_parts,
    )

    p = argparse.ArgumentParser(prog="python -m rdu_ir.views.report", description=main.__doc__)
    p.add_argument("input_file", metavar="FILE", help="a module (.mlir, .tin) or a bitstream (.rbs)")
    p.add_argument("-o", "--output-dir", required=True, metavar="DIR")
    p.add_argument("--seed", type=int, default=0, help="seed of the random inputs (default 0)")
    p.add_argument("--no-run", action="store_true", help="do not simulate: pictures of the IR only")
    args = p.parse_args(argv)
    try:
        module = read_module(args.input_file)
        stats = None
        if not args.no_run:
            entry = find_entry(module, None)
            rng = np.random.default_rng(args.seed)
            inputs = [random_array(rng, *tensor_parts(t)) for t in signature(entry).inputs]
            stats = run_module(module, sym_name(entry), inputs).stats
        for path in write_report(args.output_dir, module, stats):
            print(path)
    except DiagnosticException as e:  # RduError included: file:line:col: error: ...
        sys.stderr.write(str(e).rstrip() + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
