"""Drawing a Chart as a PNG with matplotlib (Agg). Imported only by charts.render_png, on first use.

Laid out for a phone: 1080 px wide, large type, each row's label on its own line above its bar
(labels are long), one shared axis, the units under the title and the source in small print at the
bottom. Positions are worked out in pixels first, so the picture grows with its rows and notes.
"""
from __future__ import annotations

import io
from functools import lru_cache

import matplotlib

matplotlib.use("Agg", force=False)  # no display, no GUI toolkit; harmless when already chosen
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402
from PIL import Image  # noqa: E402  (matplotlib's own dependency)

from .charts import Chart  # noqa: E402

WIDTH = 1080            # px
DPI = 100
PX = DPI / 72           # pixels per point
MARGIN = 48             # px left and right
TITLE_PT, LABEL_PT, VALUE_PT, SMALL_PT, TICK_PT = 32, 26, 25, 21, 22  # at 390 pt on a phone: 12, 9.5, 9, 8 pt
INK, MUTED, FAINT = "#1f1f1f", "#5a5a5a", "#d9d9d9"
MAIN, DARK, REFERENCE = "#3a78c3", "#173a63", "#9a9a9a"
_CLEAR = dict(facecolor="white", edgecolor="none", pad=1.5)  # text over grid lines stays clean
BAR_PX = 34             # thick bars
LINE_PX = 7             # the thin 10th-90th percentile line


_RENDERER = RendererAgg(WIDTH, 200, DPI)  # only measures text
_FONTS: dict[tuple[float, str], FontProperties] = {}


@lru_cache(maxsize=4096)
def _width(text: str, points: float, weight: str) -> float:
    font = _FONTS.get((points, weight))
    if font is None:
        font = _FONTS[points, weight] = FontProperties(size=points, weight=weight)
    return _RENDERER.get_text_width_height_descent(text, font, ismath=False)[0]


def _wrap(text: str, points: float, weight: str = "normal", width: float = WIDTH - 2 * MARGIN) -> list[str]:
    """Lines of ``text`` that fit ``width`` pixels, measured in the font they are drawn in."""
    lines: list[str] = []
    for word in text.split():
        if lines and _width(f"{lines[-1]} {word}", points, weight) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _line(points: float) -> float:
    return points * PX * 1.3


class _Layout:
    """Stacks pieces from the top: ``take(height)`` returns where the piece starts (px from the top)."""

    def __init__(self) -> None:
        self.y = 0.0

    def take(self, height: float) -> float:
        top = self.y
        self.y += height
        return top


def draw(chart: Chart) -> bytes:
    lay = _Layout()
    lay.take(34)
    title = _wrap(chart.title, TITLE_PT, "bold")
    title_y = lay.take(_line(TITLE_PT) * len(title))
    units = _wrap(chart.units, SMALL_PT)
    units_y = lay.take(_line(SMALL_PT) * len(units) + 6)
    lay.take(22 + (_line(SMALL_PT) if chart.kind == "pay" and any(r.open_ended for r in chart.rows) else 0))
    rows_top = lay.y
    row_layout = []
    for row in chart.rows:
        label = _wrap(row.label, LABEL_PT, "normal" if row.reference else "bold")
        notes = [line for note in row.notes for line in _wrap(note, SMALL_PT)]
        top = lay.take(_line(LABEL_PT) * len(label))
        notes_y = lay.take(_line(SMALL_PT) * len(notes))
        bar_y = lay.take(BAR_PX + 12) + (BAR_PX + 12) / 2
        below = lay.take(_line(VALUE_PT) + 4 if chart.kind == "pay" else 0)
        lay.take(18)
        row_layout.append((row, label, top, notes, notes_y, bar_y, below))
    rows_bottom = lay.take(0)
    lay.take(56)  # the axis and its tick labels
    notes = [line for note in chart.notes for line in _wrap(note, SMALL_PT)]
    notes_y = lay.take(_line(SMALL_PT) * len(notes) + (10 if notes else 0))
    source = _wrap(chart.source, SMALL_PT)
    lay.take(8)
    source_y = lay.take(_line(SMALL_PT) * len(source))
    height = lay.take(26) + 26

    fig = Figure(figsize=(WIDTH / DPI, height / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)

    def fig_text(y_px: float, lines: list[str], points: float, color: str = INK, weight: str = "normal") -> None:
        fig.text(MARGIN / WIDTH, 1 - y_px / height, "\n".join(lines), fontsize=points, color=color,
                 weight=weight, va="top", ha="left", linespacing=1.15, parse_math=False)

    fig_text(title_y, title, TITLE_PT, weight="bold")
    fig_text(units_y, units, SMALL_PT, MUTED)
    if notes:
        fig_text(notes_y + 10, notes, SMALL_PT, MUTED)
    fig_text(source_y, source, SMALL_PT, MUTED)

    ax = fig.add_axes((MARGIN / WIDTH, 1 - rows_bottom / height, 1 - 2 * MARGIN / WIDTH,
                       (rows_bottom - rows_top) / height))
    ax.set_ylim(rows_bottom, rows_top)  # y in pixels from the top of the picture
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    ax.set_yticks([])
    ax.tick_params(axis="x", labelsize=TICK_PT, colors=MUTED, length=6, width=1.5)
    ax.xaxis.set_major_locator(MaxNLocator(5 if chart.kind != "pay" else 6, steps=[1, 2, 2.5, 5, 10]))
    ax.set_axisbelow(True)
    ax.grid(axis="x", color=FAINT, linewidth=1.2)
    label_at = blended_transform_factory(ax.transAxes, ax.transData)

    for row, label, top, row_notes, row_notes_y, _, _ in row_layout:
        ax.text(0, top, "\n".join(label), transform=label_at, fontsize=LABEL_PT, va="top", ha="left",
                color=MUTED if row.reference else INK, weight="normal" if row.reference else "bold",
                linespacing=1.15, zorder=5, parse_math=False, bbox=_CLEAR)
        if row_notes:
            ax.text(0, row_notes_y, "\n".join(row_notes), transform=label_at, fontsize=SMALL_PT, va="top",
                    ha="left", color=MUTED, linespacing=1.15, zorder=5, parse_math=False, bbox=_CLEAR)
    {"pay": _pay, "growth": _growth, "education": _education}[chart.kind](ax, chart, row_layout)

    return _png(fig)


PALETTE = 96  # colours kept in the PNG: a few inks and their anti-aliasing shades on white


def _png(fig: Figure) -> bytes:
    """Encode as a palette PNG: about a third of the bytes of full colour, and quicker to compress
    (10 ms against 19 ms for a 1080 x 760 chart), with no visible difference on these flat colours."""
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # attached where the figure is made
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    image = image.convert("RGB").quantize(PALETTE, method=Image.Quantize.FASTOCTREE)
    palette = image.getpalette() or []
    for i in range(0, len(palette) - 2, 3):  # the quantiser rounds white to 254: keep the page white
        if min(palette[i:i + 3]) >= 250:
            palette[i:i + 3] = [255, 255, 255]
    image.putpalette(palette)
    out = io.BytesIO()
    image.save(out, format="png", compress_level=3)
    return out.getvalue()


# --- the kinds --------------------------------------------------------------------------------------

def _dollars(amount: float, _pos=None) -> str:
    if amount == 0:
        return "$0"
    return f"${amount / 1000:,.0f}k"


def _pay(ax, chart: Chart, row_layout) -> None:
    cap = chart.cap or float("inf")
    known = [v for row in chart.rows for _, v in row.values if v is not None]
    opened = any(row.open_ended for row in chart.rows)
    right = max(known + [0]) * 1.08
    if opened:
        right = max(right, cap * 1.14)
    ax.set_xlim(0, right)
    ax.xaxis.set_major_formatter(FuncFormatter(_dollars))
    if opened:
        ax.axvline(cap, color=MUTED, linestyle=(0, (2, 3)), linewidth=1.8, zorder=1)
        ax.text(cap, ax.get_ylim()[1] - 4, f"top code ${cap:,.0f}", fontsize=SMALL_PT, color=MUTED, ha="right",
                va="bottom", parse_math=False, clip_on=False)
    thin, thick = LINE_PX / PX, BAR_PX / PX  # line widths in points
    for row, _, _, _, _, y, _ in row_layout:
        v = dict(row.values)
        low = v.get("p10") if v.get("p10") is not None else v.get("p25")
        if low is None:
            low = v.get("median")
        high90 = cap if "p90" in row.open_ended else v.get("p90")
        high75 = cap if "p75" in row.open_ended else v.get("p75")
        if low is not None and high90 is not None:
            ax.hlines(y, low, high90, color=MAIN, linewidth=thin, zorder=2, capstyle="butt")
        if v.get("p25") is not None and high75 is not None:
            ax.hlines(y, v["p25"], high75, color=MAIN, linewidth=thick, zorder=3, capstyle="butt")
        if row.open_ended:  # beyond the top code: fading, then an arrow to the edge
            beyond = right * 0.985
            width = thick if "p75" in row.open_ended else thin
            steps = 12
            for i in range(steps):
                x0 = cap + (beyond - cap) * i / steps
                x1 = cap + (beyond - cap) * (i + 1) / steps
                ax.hlines(y, x0, x1, color=MAIN, alpha=0.85 * (1 - i / steps), linewidth=width, zorder=3,
                          capstyle="butt")
            ax.annotate("", xy=(right, y), xytext=(beyond - (right - cap) * 0.12, y),
                        arrowprops=dict(arrowstyle="-|>", color=MAIN, lw=3, mutation_scale=34), zorder=4)
        median = v.get("median")
        below = y + BAR_PX / 2 + 8
        if median is not None:
            ax.plot([median], [y], marker="o", markersize=BAR_PX / PX * 0.85, markerfacecolor="white",
                    markeredgecolor=DARK, markeredgewidth=4, zorder=6)
            ha = "center"
            if median < right * 0.12:
                ha = "left"
            elif median > right * 0.88:
                ha = "right"
            ax.text(median, below, f"${median:,.0f}", fontsize=VALUE_PT, color=DARK, weight="bold", ha=ha,
                    va="top", zorder=6, parse_math=False)
        elif "median" in row.open_ended:
            ax.text(cap, below, f"median ≥ ${cap:,.0f}", fontsize=VALUE_PT, color=DARK, weight="bold", ha="right",
                    va="top", zorder=6, parse_math=False)


def _signed(value: float) -> str:
    """'+33.5%', '−36.1%' (a true minus sign), '0%'."""
    return f"+{value:g}%" if value > 0 else f"\u2212{-value:g}%" if value < 0 else "0%"


def _growth(ax, chart: Chart, row_layout) -> None:
    values = [row.value("change_pct") or 0.0 for row in chart.rows]
    low, high = min(values + [0.0]), max(values + [0.0])
    span = (high - low) or 1.0
    ax.set_xlim(low - (span * 0.22 if low < 0 else 0), high + span * 0.22)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:g}%".replace("-", "\u2212")))
    ax.axvline(0, color=MUTED, linewidth=2, zorder=2)
    reference = next((r.value("change_pct") for r in chart.rows if r.reference), None)
    if reference is not None:
        ax.axvline(reference, color=REFERENCE, linestyle=(0, (4, 3)), linewidth=2, zorder=1)
    for row, _, _, _, _, y, _ in row_layout:
        value = row.value("change_pct") or 0.0
        color = REFERENCE if row.reference else MAIN
        ax.barh(y, value, height=BAR_PX, left=0, color=color, zorder=3)
        pad = span * 0.015
        ax.text(value + (pad if value >= 0 else -pad), y, _signed(value), fontsize=VALUE_PT, va="center",
                ha="left" if value >= 0 else "right", color=MUTED if row.reference else DARK, weight="bold",
                zorder=6, parse_math=False)


def _education(ax, chart: Chart, row_layout) -> None:
    values = [row.value("percent") or 0.0 for row in chart.rows]
    high = max(values + [1.0])
    ax.set_xlim(0, min(100.0, high * 1.25) if high * 1.25 < 100 else high * 1.18)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:g}%"))
    for row, _, _, _, _, y, _ in row_layout:
        value = row.value("percent") or 0.0
        ax.barh(y, value, height=BAR_PX, left=0, color=MAIN, zorder=3)
        ax.text(value + high * 0.015, y, f"{value:.1f}%", fontsize=VALUE_PT, va="center", ha="left", color=DARK,
                weight="bold", zorder=6, parse_math=False)
