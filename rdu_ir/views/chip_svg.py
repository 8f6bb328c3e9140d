"""Pictures of the chip: the grid of one `rdu.chip` section as SVG (and PNG), and a per-unit
busy/stall bar chart.

The grid: every site is a square coloured by its kind (PCU green, PMU blue); a site holding a
placed unit is drawn solid and, when run statistics are given, shaded by its utilisation
(busy cycles / total cycles) and labelled with it. Switches are the dots between sites; every
link between two switches is drawn with a width and colour given by its congestion (tracks in
use / tracks the chip has, in its fullest direction and network). AGCUs sit outside the left
and right edges at their switches.

matplotlib (the optional `views` extra) draws both pictures and also writes PNGs. Without it,
the small SVG writer at the end draws the same grid and bars: SVG is text, a few element
kinds suffice, and the report then still works on a minimal install (no PNG). Both are
deterministic (matplotlib: fixed hash salt, no date metadata).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from rdu_ir.chip import Chip

Link = tuple[tuple[int, int], tuple[int, int]]

KIND_COLOURS = {"pcu": "#6aa84f", "pmu": "#3d85c6", "agcu": "#e69138"}
EMPTY_COLOURS = {"pcu": "#e3efdc", "pmu": "#dde8f4"}


@dataclass
class GridModel:
    """What the pictures show, independent of how they are drawn."""

    chip: Chip
    title: str
    units: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    """site -> (unit kind, unit name)"""
    agcus: dict[int, str] = field(default_factory=dict)
    """AGCU index -> unit name"""
    congestion: dict[Link, float] = field(default_factory=dict)
    """undirected link -> tracks used / tracks available in its fullest direction and network"""
    utilisation: dict[str, float] = field(default_factory=dict)
    """unit name -> busy fraction (0..1)"""


def _fraction(unit_stats: Mapping[str, object], total: float) -> float | None:
    busy = unit_stats.get("busy_cycles", unit_stats.get("cycles"))
    if not isinstance(busy, int | float) or total <= 0:
        return None
    return max(0.0, min(1.0, float(busy) / total))


def total_cycles(stats: Mapping[str, object]) -> float:
    """The run's length: `cycles` or `total_cycles`, else the longest unit's cycles."""
    for key in ("cycles", "total_cycles", "max_unit_cycles"):
        v = stats.get(key)
        if isinstance(v, int | float) and v > 0:
            return float(v)
    units = stats.get("units")
    if isinstance(units, Mapping):
        values = [u.get("cycles", 0) for u in units.values() if isinstance(u, Mapping)]
        return float(max((v for v in values if isinstance(v, int | float)), default=0))
    return 0.0


def grid_model(section: object | None, chip: Chip, stats: Mapping[str, object] | None = None, title: str = "") -> GridModel:
    """The model of one `rdu.chip` section (None: the bare chip)."""
    model = GridModel(chip, title or chip.name)
    if section is not None:
        from rdu_ir.dialects import rdu

        assert isinstance(section, rdu.ChipOp)
        for unit in section.units():
            if isinstance(unit, rdu.AgcuOp):
                model.agcus[unit.site] = unit.unit_name
            else:
                model.units[unit.site] = (unit.KIND, unit.unit_name)  # type: ignore[index]
        capacity = {"vector": chip.vector_links, "scalar": chip.scalar_links, "control": chip.control_links}
        used: dict[Link, float] = {}
        for net, counter in section.link_usage().items():
            for (a, b), n in sorted(counter.items()):
                # A link's congestion is its fullest direction and network: tracks used / tracks.
                key = (min(a, b), max(a, b))
                used[key] = max(used.get(key, 0.0), n / capacity[net])
        model.congestion = used
    if stats:
        units = stats.get("units")
        total = total_cycles(stats)
        if isinstance(units, Mapping):
            for name in sorted(units):
                u = units[name]
                if isinstance(u, Mapping):
                    f = _fraction(u, total)
                    if f is not None:
                        model.utilisation[name] = f
    return model


def busy_stall(stats: Mapping[str, object]) -> list[tuple[str, float, float]]:
    """(unit, busy cycles, stall cycles) for every unit with figures, in name order.
    Stall is `stall_cycles` when the simulator reports it, else total - busy."""
    units = stats.get("units")
    total = total_cycles(stats)
    rows = []
    if isinstance(units, Mapping):
        for name in sorted(units):
            u = units[name]
            if not isinstance(u, Mapping):
                continue
            busy = u.get("busy_cycles", u.get("cycles"))
            if not isinstance(busy, int | float):
                continue
            stall = u.get("stall_cycles")
            if not isinstance(stall, int | float):
                stall = max(0.0, total - float(busy))
            rows.append((name, float(busy), float(stall)))
    return rows


def _congestion_colour(f: float) -> str:
    # green (idle) -> yellow -> red (full or over)
    f = max(0.0, min(1.0, f))
    r = int(255 * min(1.0, 2 * f))
    g = int(200 * min(1.0, 2 * (1 - f)))
    return f"#{r:02x}{g:02x}30"


def _shade(colour: str, f: float) -> str:
    """Blend a colour with white: f = 1 full colour, f = 0 very light."""
    f = 0.25 + 0.75 * max(0.0, min(1.0, f))
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{int(255 - (255 - c) * f):02x}" for c in rgb)


def _site_fill(model: GridModel, r: int, c: int) -> tuple[str, str]:
    """(fill colour, label) of a site."""
    kind = model.chip.unit_kind(r, c)
    placed = model.units.get((r, c))
    if placed is None:
        return EMPTY_COLOURS[kind], ""
    name = placed[1]
    util = model.utilisation.get(name)
    if util is None:
        return KIND_COLOURS[kind], name
    return _shade(KIND_COLOURS[kind], util), f"{name} {round(100 * util)}%"


# --- matplotlib ---------------------------------------------------------------------------


def have_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _figure(width: float, height: float):
    # The object API with the Agg canvas: no pyplot global state, no GUI backend.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _save(fig, svg: Path, png: Path | None) -> list[Path]:
    import matplotlib

    # A fixed salt for the SVG's generated ids and no date: the same picture, the same bytes.
    with matplotlib.rc_context({"svg.hashsalt": "rdu-ir"}):
        fig.savefig(svg, format="svg", metadata={"Date": None})
    written = [svg]
    if png is not None:
        fig.savefig(png, format="png", dpi=100, metadata={"Software": None})
        written.append(png)
    return written


def draw_grid_matplotlib(model: GridModel, svg: Path, png: Path | None) -> list[Path]:
    from matplotlib.patches import Rectangle

    chip = model.chip
    fig = _figure(1.2 + 0.6 * (chip.cols + 2), 1.0 + 0.6 * (chip.rows + 1))
    ax = fig.add_subplot()
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(model.title, fontsize=10)
    for r in range(chip.rows):
        for c in range(chip.cols):
            fill, label = _site_fill(model, r, c)
            ax.add_patch(Rectangle((c + 0.12, r + 0.12), 0.76, 0.76, facecolor=fill, edgecolor="#666666", lw=0.5))
            if label:
                ax.text(c + 0.5, r + 0.5, label.replace(" ", "\n"), ha="center", va="center", fontsize=4)
    for (a, b), f in sorted(model.congestion.items()):
        ax.plot([a[1], b[1]], [a[0], b[0]], color=_congestion_colour(f), lw=1 + 4 * min(f, 1.0), solid_capstyle="round")
    xs = [c for r in range(chip.rows + 1) for c in range(chip.cols + 1)]
    ys = [r for r in range(chip.rows + 1) for c in range(chip.cols + 1)]
    ax.scatter(xs, ys, s=4, color="#444444", zorder=3)
    for i, (r, c) in enumerate(chip.agcu_switches()):
        x = -0.9 if c == 0 else chip.cols + 0.1
        name = model.agcus.get(i)
        ax.add_patch(Rectangle((x, r - 0.3), 0.8, 0.6, facecolor=KIND_COLOURS["agcu"] if name else "#f9e0c7",
                               edgecolor="#666666", lw=0.5))  # fmt: skip
        ax.text(x + 0.4, r, f"AGCU{i}" + (f"\n{name}" if name else ""), ha="center", va="center", fontsize=4)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(color=KIND_COLOURS[k], label=k.upper()) for k in ("pcu", "pmu", "agcu")]
    handles += [Line2D([], [], color=_congestion_colour(f), lw=1 + 4 * f, label=f"link {round(100 * f)}% used")
                for f in (0.25, 1.0)]  # fmt: skip
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=5, fontsize=5, frameon=False)
    ax.set_xlim(-1.0, chip.cols + 1.0)
    ax.set_ylim(chip.rows + 0.5, -0.5)  # row 0 at the top, as in the IR's (row, col)
    return _save(fig, svg, png)


def draw_bars_matplotlib(rows: list[tuple[str, float, float]], title: str, svg: Path, png: Path | None) -> list[Path]:
    fig = _figure(7.0, 1.0 + 0.22 * max(len(rows), 1))
    ax = fig.add_subplot()
    names = [r[0] for r in rows]
    busy = [r[1] for r in rows]
    stall = [r[2] for r in rows]
    ys = list(range(len(rows)))
    ax.barh(ys, busy, color="#6aa84f", label="busy")
    ax.barh(ys, stall, left=busy, color="#cc4125", label="stalled / idle")
    ax.set_yticks(ys, names, fontsize=6)
    ax.invert_yaxis()
    ax.set_xlabel("cycles")
    ax.set_title(title, fontsize=10, loc="left")
    ax.legend(fontsize=6, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, frameon=False)  # above the bars
    fig.tight_layout()
    return _save(fig, svg, png)


# --- the small SVG writer (no matplotlib) ---------------------------------------------------

CELL = 40


def _svg(width: float, height: float, body: list[str], title: str) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif">'
    )
    return "\n".join([head, f"<title>{escape(title)}</title>", *body, "</svg>"]) + "\n"


def grid_svg_text(model: GridModel) -> str:
    """The grid as SVG text: one <rect> a site and AGCU, one <line> a used link, one <circle> a switch."""
    chip = model.chip
    ox, oy = CELL * 1.5, CELL  # room for the AGCUs on the left and the title
    body = [f'<text x="{ox:.0f}" y="{CELL * 0.6:.0f}" font-size="12">{escape(model.title)}</text>']
    for r in range(chip.rows):
        for c in range(chip.cols):
            fill, label = _site_fill(model, r, c)
            x, y = ox + c * CELL + 5, oy + r * CELL + 5
            body.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="{CELL - 10}" height="{CELL - 10}" fill="{fill}" stroke="#666"/>')
            if label:
                body.append(f'<text x="{x + (CELL - 10) / 2:.0f}" y="{y + CELL / 2 - 3:.0f}" font-size="5" '
                            f'text-anchor="middle">{escape(label)}</text>')  # fmt: skip
    for (a, b), f in sorted(model.congestion.items()):
        body.append(
            f'<line x1="{ox + a[1] * CELL:.0f}" y1="{oy + a[0] * CELL:.0f}" x2="{ox + b[1] * CELL:.0f}" '
            f'y2="{oy + b[0] * CELL:.0f}" stroke="{_congestion_colour(f)}" stroke-width="{1 + 4 * min(f, 1.0):.1f}"/>'
        )
    for r in range(chip.rows + 1):
        for c in range(chip.cols + 1):
            body.append(f'<circle cx="{ox + c * CELL:.0f}" cy="{oy + r * CELL:.0f}" r="2" fill="#444"/>')
    for i, (r, c) in enumerate(chip.agcu_switches()):
        x = ox - CELL * 1.2 if c == 0 else ox + chip.cols * CELL + CELL * 0.2
        name = model.agcus.get(i)
        fill = KIND_COLOURS["agcu"] if name else "#f9e0c7"
        body.append(f'<rect x="{x:.0f}" y="{oy + r * CELL - 10:.0f}" width="{CELL:.0f}" height="20" fill="{fill}" stroke="#666"/>')
        body.append(f'<text x="{x + CELL / 2:.0f}" y="{oy + r * CELL + 3:.0f}" font-size="6" text-anchor="middle">'
                    f"{escape(f'AGCU{i} {name}' if name else f'AGCU{i}')}</text>")  # fmt: skip
    legend = "PCU green, PMU blue, AGCU orange; shade = utilisation; link colour and width = tracks used"
    body.append(f'<text x="{ox:.0f}" y="{oy + (chip.rows + 0.6) * CELL:.0f}" font-size="8">{legend}</text>')
    return _svg(ox + (chip.cols + 1.5) * CELL, oy + (chip.rows + 0.8) * CELL, body, model.title)


def bars_svg_text(rows: list[tuple[str, float, float]], title: str) -> str:
    """Busy (green) and stall (red) bars, one <rect> pair a unit."""
    label_w, bar_w, h = 160, 400, 14
    top = max((b + s for _, b, s in rows), default=0.0) or 1.0
    body = [f'<text x="4" y="14" font-size="12">{escape(title)}</text>']
    for i, (name, busy, stall) in enumerate(rows):
        y = 24 + i * (h + 4)
        wb, ws = bar_w * busy / top, bar_w * stall / top
        body.append(f'<text x="{label_w - 4}" y="{y + 10}" font-size="9" text-anchor="end">{escape(name)}</text>')
        body.append(f'<rect x="{label_w}" y="{y}" width="{wb:.1f}" height="{h}" fill="#6aa84f"/>')
        body.append(f'<rect x="{label_w + wb:.1f}" y="{y}" width="{ws:.1f}" height="{h}" fill="#cc4125"/>')
    return _svg(label_w + bar_w + 20, 34 + len(rows) * (h + 4), body, title)


# --- entry points ---------------------------------------------------------------------------


def write_grid(model: GridModel, svg: str | Path, *, png: bool = True) -> list[Path]:
    """Write the grid as SVG (and a PNG beside it when matplotlib is installed and `png`)."""
    svg = Path(svg)
    svg.parent.mkdir(parents=True, exist_ok=True)
    if have_matplotlib():
        return draw_grid_matplotlib(model, svg, svg.with_suffix(".png") if png else None)
    svg.write_text(grid_svg_text(model), encoding="utf-8")
    return [svg]


def write_bars(stats: Mapping[str, object], svg: str | Path, title: str = "busy / stall per unit", *, png: bool = True) -> list[Path]:
    """Write the per-unit busy/stall chart (nothing when the stats have no per-unit cycles)."""
    rows = busy_stall(stats)
    if not rows:
        return []
    svg = Path(svg)
    svg.parent.mkdir(parents=True, exist_ok=True)
    if have_matplotlib():
        return draw_bars_matplotlib(rows, title, svg, svg.with_suffix(".png") if png else None)
    svg.write_text(bars_svg_text(rows, title), encoding="utf-8")
    return [svg]
