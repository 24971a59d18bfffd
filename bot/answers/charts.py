"""Charts of official figures: what a chart shows (pure data) and, separately, the picture.

- ``pay_chart``, ``growth_chart``, ``education_chart`` build a frozen ``Chart`` (rows with a label,
  values and notes; title, units, source line) from the knowledge base and the official tier, or
  return None when there are no official figures to draw.
- ``chart_for(understanding, kb, official)`` is what the composer calls: the ``ChartSpec`` (kind and
  roles) an answer carries, set only when the chart has something to show.
- ``render_png(chart)`` draws it with matplotlib (Agg). matplotlib is imported there and only there,
  so loading the engine and answering a question never import it.

Only figures of one kind share a chart: BLS OEWS May 2024 annual wages, BLS Employment
Projections 2024–34, or O*NET 29.2 education levels. A curated role appears under its official
category (its first ``official`` link) and its label says so when the names differ.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .reply import ChartSpec, Reply

if TYPE_CHECKING:
    from ..knowledge.official import Occupation, OfficialData
    from ..knowledge.profiles import KnowledgeBase
    from ..understanding.dialogue import Understanding

ONET_PREFIX = "onet:"
MAX_ROWS = 8                 # a phone screen; more roles: the first 8 asked that have figures
TOP_CODE = 239_200           # OEWS publishes annual wages at or above this only as '#'
PAY_FIELDS = ("p10", "p25", "median", "p75", "p90")
PERCENTILE_NAMES = {"p10": "10th percentile", "p25": "25th percentile", "median": "median",
                    "p75": "75th percentile", "p90": "90th percentile"}
SOURCE_PAY = "Source: U.S. Bureau of Labor Statistics, OEWS national estimates, May 2024"
SOURCE_GROWTH = "Source: U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2)"
SOURCE_EDUCATION = ("Source: O*NET 29.2 Database, USDOL/ETA, used under CC BY 4.0 "
                    "(Required Level of Education; modified: levels at 0% left out)")
KINDS = ("pay", "growth", "education")


@dataclass(frozen=True)
class Row:
    """One bar: ``values`` are (name, number or None) in drawing order.

    ``open_ended`` names values at or above a cap (BLS top code): None in ``values``, drawn open to the right.
    """

    label: str
    values: tuple[tuple[str, float | None], ...]
    notes: tuple[str, ...] = ()
    open_ended: tuple[str, ...] = ()
    role_id: str = ""
    code: str = ""           # the O*NET-SOC code whose figures these are
    soc: str = ""            # the BLS SOC code that measures it (a wider one when ``group``)
    reference: bool = False  # a benchmark row (all occupations), not one of the roles asked

    def value(self, name: str) -> float | None:
        return dict(self.values).get(name)


@dataclass(frozen=True)
class Chart:
    kind: str                # pay | growth | education
    title: str
    units: str
    source: str
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()
    cap: float | None = None  # pay: the top code, drawn as a line

    @property
    def caption(self) -> str:
        """A short caption for a photo message: title, then the source line (well under 1,024 characters)."""
        return f"{self.title}\n{self.source}"


# --- which occupation stands for a role -----------------------------------------------------------

def _plural_of(name: str, title: str) -> bool:
    n, t = name.casefold().strip(), title.casefold().strip()
    return t in (n, n + "s", n + "es")


def _subject(role_id: str, kb: KnowledgeBase | None, official: OfficialData | None
             ) -> tuple[str, str, Occupation | None]:
    """(label, name of the role as asked, occupation or None) for a curated id or an ``onet:`` id."""
    if official is None:
        official_names: dict[str, str] = {}
    else:
        official_names = official.names  # type: ignore[assignment]
    if role_id.startswith(ONET_PREFIX):
        code = role_id[len(ONET_PREFIX):]
        if code not in official_names:
            return code, code, None
        occupation = official.occupation(code)  # type: ignore[union-attr]
        return occupation.title, occupation.title, occupation
    role = kb.roles.get(role_id) if kb is not None else None
    if role is None:
        return role_id, role_id, None
    if not role.official or role.official[0].code not in official_names:
        return role.name, role.name, None
    link = role.official[0]
    occupation = official.occupation(link.code)  # type: ignore[union-attr]
    if link.relation == "same" and _plural_of(role.name, occupation.title):
        return role.name, role.name, occupation
    return f"{role.name} (as {occupation.title})", role.name, occupation


def _subjects(role_ids: Iterable[str], kb, official, has) -> tuple[list[tuple[str, str, Occupation]], list[str]]:
    """The subjects with figures (``has(occupation)``), and the names of those without."""
    found, missing = [], []
    for role_id in dict.fromkeys(role_ids):
        label, name, occupation = _subject(role_id, kb, official)
        if occupation is not None and has(occupation):
            found.append((role_id, label, occupation))
        else:
            missing.append(name)
    return found, missing


def _limit_notes(found: list, missing: list[str], what: str) -> list[str]:
    notes = []
    if len(found) > MAX_ROWS:
        left = [label for _, label, _ in found[MAX_ROWS:]]
        notes.append(f"Showing the first {MAX_ROWS} asked; not shown: {', '.join(left)}.")
    if missing:
        notes.append(f"No {what} for {', '.join(missing)}.")
    return notes


def _and(names: list[str]) -> str:
    """'median', '75th and 90th percentiles', 'median, 75th and 90th percentiles'."""
    plain = [n for n in names if not n.endswith(" percentile")]
    ranks = [n[:-len(" percentile")] for n in names if n.endswith(" percentile")]
    if len(ranks) > 1:
        ranks = [", ".join(ranks[:-1]) + f" and {ranks[-1]} percentiles"]
    elif ranks:
        ranks = [f"{ranks[0]} percentile"]
    parts = plain + ranks
    if len(parts) == 1:
        return parts[0]
    joiner = ", " if " and " in parts[-1] else " and "  # 'median, 75th and 90th percentiles'
    return ", ".join(parts[:-1]) + joiner + parts[-1]


def _money(amount: float) -> str:
    return f"${amount:,.0f}"


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the three kinds ------------------------------------------------------------------------------

def pay_chart(role_ids: Iterable[str], kb: KnowledgeBase | None, official: OfficialData | None) -> Chart | None:
    """Annual wage percentiles (OEWS May 2024) per role on one dollar axis; None without any."""
    def has(o: Occupation) -> bool:
        w = o.wages
        return w is not None and any(getattr(w, f) is not None or f in w.top_coded for f in PAY_FIELDS)

    found, missing = _subjects(role_ids, kb, official, has)
    if not found:
        return None
    rows = []
    any_top = False
    for role_id, label, occupation in found[:MAX_ROWS]:
        w = occupation.wages
        assert w is not None
        top = tuple(f for f in PAY_FIELDS if f in w.top_coded)
        any_top = any_top or bool(top)
        notes = []
        if w.group:
            notes.append(f"measured as {w.title} (SOC {w.soc})")
        if top:
            notes.append(_and([PERCENTILE_NAMES[f] for f in top]) + f" at or above {_money(TOP_CODE)}")
        unpublished = [PERCENTILE_NAMES[f] for f in PAY_FIELDS if f in w.not_published]
        if unpublished:
            notes.append(_and(unpublished) + " not published")
        rows.append(Row(label, tuple((f, getattr(w, f)) for f in PAY_FIELDS), tuple(notes), top, role_id,
                        occupation.code, w.soc))
    notes = ["Line: 10th to 90th percentile; bar: 25th to 75th; dot: median."]
    if any_top:
        notes.append(f"BLS publishes wages of {_money(TOP_CODE)} or more only as \"{_money(TOP_CODE)} or more\": "
                     "an arrow marks them.")
    notes += _limit_notes(found, missing, "BLS wage figures")
    return Chart("pay", "Annual wages, May 2024", "US dollars a year, all U.S. workers in the occupation", SOURCE_PAY,
                 tuple(rows), tuple(notes), TOP_CODE)


def growth_chart(role_ids: Iterable[str], kb: KnowledgeBase | None, official: OfficialData | None) -> Chart | None:
    """Projected employment change 2024–34 (%) per role beside the all-occupations average; None without any."""
    found, missing = _subjects(role_ids, kb, official,
                               lambda o: o.projection is not None and o.projection.change_pct is not None)
    if not found or official is None:
        return None
    average = official.average_growth
    period = str(average.get("period", "2024–34"))
    rows = []
    for role_id, label, occupation in found[:MAX_ROWS]:
        p = occupation.projection
        assert p is not None
        w = occupation.wages  # OEWS names the same SOC occupation in title case; the projections table does not
        group = w.title if w is not None and w.soc == p.soc else _cap_first(p.title)
        row_notes = (f"measured as {group} (SOC {p.soc})",) if p.group else ()
        rows.append(Row(label, (("change_pct", p.change_pct), ("employment_2024", p.employment_2024),
                                ("employment_2034", p.employment_2034)), row_notes, (), role_id, occupation.code,
                        p.soc))
    rows.append(Row("All occupations (average)", (("change_pct", average.get("change_pct")),
                                                  ("employment_2024", average.get("employment_2024")),
                                                  ("employment_2034", average.get("employment_2034"))),
                    (), (), "", "", str(average.get("soc", "00-0000")), reference=True))
    notes = _limit_notes(found, missing, "BLS projections")
    return Chart("growth", f"Projected change in jobs, {period}", f"% change in U.S. employment, {period}",
                 SOURCE_GROWTH, tuple(rows), tuple(notes))


EDUCATION_LABELS = {  # O*NET's category names, shortened only where the long form does not fit a phone
    "Associate's Degree (or other 2-year degree)": "Associate's Degree",
}


def education_chart(role_id: str, kb: KnowledgeBase | None, official: OfficialData | None) -> Chart | None:
    """For one occupation: the share of O*NET respondents naming each education level as required."""
    label, name, occupation = _subject(role_id, kb, official)
    if occupation is None or not occupation.education:
        return None
    levels = [(category, percent) for category, percent in occupation.education if percent > 0]
    if not levels:
        return None
    notes = []
    if len(levels) > MAX_ROWS:  # keep the 7 largest in their order; the smallest are added up and named
        keep = set(sorted(range(len(levels)), key=lambda i: -levels[i][1])[:MAX_ROWS - 1])
        other = [levels[i] for i in range(len(levels)) if i not in keep]
        levels = [levels[i] for i in sorted(keep)]
        notes.append("Other levels: " + ", ".join(f"{c} {p:g}%" for c, p in other) + ".")
        levels.append((f"Other levels ({len(other)})", round(sum(p for _, p in other), 2)))
    rows = tuple(Row(EDUCATION_LABELS.get(c, c), (("percent", p),), (), (), role_id, occupation.code)
                 for c, p in levels)
    zero = [EDUCATION_LABELS.get(c, c) for c, p in occupation.education if p <= 0]
    if zero:
        notes.append(f"At 0%: {', '.join(zero)}.")
    return Chart("education", f"Education needed: {label}",
                 "% of workers surveyed who say the job needs this level", SOURCE_EDUCATION, rows, tuple(notes))


# --- which answers carry a chart ------------------------------------------------------------------

def chart_for(u: Understanding, kb: KnowledgeBase | None, official: OfficialData | None) -> ChartSpec | None:
    """The chart an answer carries, if any: salary (pay), compare on salary or on nothing in particular
    (pay), compare on outlook (growth), education of one role (education). Only when there is data."""
    if u.candidates or u.unknown_role or u.needs_role or not u.roles or official is None:
        return None
    kind = None
    if u.intent == "salary":
        kind = "pay"
    elif u.intent == "compare" and len(u.roles) >= 2:
        kind = {None: "pay", "salary": "pay", "outlook": "growth"}.get(u.aspect)
    elif u.intent == "education" and len(u.roles) == 1:
        kind = "education"
    if kind is None:
        return None
    spec = ChartSpec(kind, tuple(u.roles))
    return spec if build(spec, kb, official) is not None else None


def build(spec: ChartSpec, kb: KnowledgeBase | None, official: OfficialData | None) -> Chart | None:
    """The chart data a spec stands for (None when there is nothing to draw)."""
    if spec.kind == "pay":
        return pay_chart(spec.roles, kb, official)
    if spec.kind == "growth":
        return growth_chart(spec.roles, kb, official)
    if spec.kind == "education" and spec.roles:
        return education_chart(spec.roles[0], kb, official)
    return None


def chart_png(reply: Reply, kb: KnowledgeBase | None, official: OfficialData | None) -> tuple[bytes, str] | None:
    """For a front end: (PNG bytes, caption) of the reply's chart, or None when it has none."""
    if reply.chart is None:
        return None
    chart = build(reply.chart, kb, official)
    if chart is None:
        return None
    return render_png(chart), chart.caption


# --- drawing --------------------------------------------------------------------------------------

RENDER_CACHE = 64      # identical charts are drawn once (about 60 KB each)
_LOCK = threading.Lock()  # matplotlib's font and text caches are not thread-safe


def render_png(chart: Chart) -> bytes:
    """The chart as a PNG (about 1080 px wide, large type for a phone); identical charts are cached."""
    return _render_cached(chart)


@lru_cache(maxsize=RENDER_CACHE)
def _render_cached(chart: Chart) -> bytes:
    with _LOCK:
        from . import _draw  # matplotlib is imported here, on the first chart only
        return _draw.draw(chart)
