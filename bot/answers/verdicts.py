"""Verdicts of comparisons ("which pays more", "which grows faster"), as pure functions over figures.

A verdict ranks figures only when they are of one kind: the same measure, the same scope (each the
role's own figure, or each the figure of its official occupation), the same period or year, the same
region, and the same source and edition. Otherwise it says, in one line, why it gives none. It never
derives a number (no midpoint of a range, no average): a range is higher than another figure only when
its whole range is. Two roles given the same fact (one source sentence, one official row) get "the
source gives one figure for both", never "level". Every number it says is the ``text`` of a figure,
under the ``label`` the lines above it show.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .wording import joined

OWN = "own"   # the scope of a figure that measures the role itself (or, for official figures, its occupation)


@dataclass(frozen=True)
class Quantity:
    """One figure as a line of a comparison shows it."""

    label: str                 # the line's label: "Data Architect", "data-related roles (the group that includes …)"
    text: str                  # the value as shown: "$135,980", "+8.7%", "8–9%"
    low: float                 # the value, or the ends of the range the source states
    high: float
    measure: str               # what is measured: "median annual wage", "projected employment growth"
    scope: str                 # OWN, or the group the figure is about ("data scientists and related roles")
    period: str                # "May 2024", "2024–34", "2020–2030", "year not stated"
    region: str                # "U.S.", "US", "Global"
    sources: tuple[str, ...]   # the source (with its edition) that states it
    fact: str                  # what makes two figures the same fact: an official row, an article's sentence
    who: str = ""              # the role the line is about (for brief verdicts without numbers)

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def same_source(figures: Sequence[Quantity]) -> bool:
    """One source (and edition) states every figure."""
    common = set(figures[0].sources)
    for f in figures[1:]:
        common &= set(f.sources)
    return bool(common)


def why_not_comparable(figures: Sequence[Quantity]) -> str | None:
    """None when the figures are of one kind; else the reason, as the end of a sentence."""
    n = "two" if len(figures) == 2 else "these"
    if len({f.measure for f in figures}) > 1:
        return f"the {n} figures measure different things ({'; '.join(dict.fromkeys(f.measure for f in figures))})"
    scopes = {f.scope for f in figures}
    if len(scopes) > 1 or (scopes != {OWN} and len({f.fact for f in figures}) > 1):
        return f"the {n} figures measure different groups"
    if len({f.period for f in figures}) > 1:
        return f"the {n} figures are for different periods ({', '.join(dict.fromkeys(f.period for f in figures))})"
    if len({f.region for f in figures}) > 1:
        return f"the {n} figures are for different regions ({', '.join(dict.fromkeys(f.region for f in figures))})"
    if not same_source(figures):
        return f"the {n} figures come from different sources"
    return None


def verdict(figures: Sequence[Quantity], higher: str, kind: str | None, brief: bool = False) -> str:
    """One or two sentences: which figure is higher, or why no verdict.

    ``higher`` completes "cannot say which …" ("pays more"); ``kind`` names the kind compared
    ("median annual wage, BLS OEWS May 2024"), or None when the heading above the lines already says it.
    ``brief``: no numbers, the lines right above show them (a short overview).
    """
    by_fact: dict[str, list[Quantity]] = {}
    for f in figures:
        by_fact.setdefault(f.fact, []).append(f)
    notes = []
    for same in by_fact.values():
        if len(same) > 1:
            if len(same) == len(figures):
                who = "both" if len(same) == 2 else "all of them"
            else:
                who = joined([(f.who or f.label) if brief else f.label for f in same])
            value = "" if brief else f", {same[0].text}"
            notes.append(f"The source gives one figure for {who}{value}, so it cannot say which {higher}.")
    distinct = [same[0] if len(same) == 1 else replace(same[0], label=joined([f.label for f in same]),
                                                          who=joined([f.who or f.label for f in same]))
                for same in by_fact.values()]
    if len(distinct) < 2:
        return " ".join(notes)
    reason = why_not_comparable(distinct)
    if reason:
        return " ".join(notes + [f"No verdict on which {higher}: {reason}."])
    shared = {fact for fact, same in by_fact.items() if len(same) > 1}
    return " ".join(notes + [_ranked(distinct, higher, kind, brief, shared)])


def _ranked(figures: Sequence[Quantity], higher: str, kind: str | None, brief: bool = False,
            shared: frozenset[str] | set[str] = frozenset()) -> str:
    stand_in = any(GROUP_MARK in f.label for f in figures)
    # A group's figure standing for a role is the same kind of figure, but not the role's own: say so.
    if stand_in:
        like = "On official figures" if brief else "Comparing the official figures"
    else:
        like = "Comparing like with like"
    like = f"{like} ({kind})" if kind and not brief else like
    caveat = " (A group's figure is not the role's own.)" if stand_in and not brief else ""
    top = max(figures, key=lambda f: (f.low, f.high))
    if caveat and GROUP_MARK in top.label and all(top.low > f.high for f in figures if f is not top):
        # the group ranked first: its figure says nothing about the role itself being paid more than the rest
        caveat = (f" (That is a whole group's figure, not the role's own, so it does not show that "
                  f"{top.who or top.label.split(' (')[0]} {higher}.)")
    return _ranked_line(figures, higher, like, brief, shared) + caveat


GROUP_MARK = "group"  # in a line's label: '(group figure)', "(closest group's figure)", '(the group that includes …)'


def _ranked_line(figures: Sequence[Quantity], higher: str, like: str, brief: bool,
                 shared: frozenset[str] | set[str]) -> str:
    ordered = sorted(figures, key=lambda f: (-f.low, -f.high))
    top, rest = ordered[0], ordered[1:]
    if brief:
        if all(top.low > f.high for f in rest):
            return f"{like}: higher for {top.who + ' (one figure for them)' if top.fact in shared else top.label}."
        if not any(f.is_range for f in figures) and all(f.low == top.low for f in rest):
            return f"{like}: they are level."
        return f"{like}: the ranges overlap, so the source does not say which {higher}."
    if all(top.low > f.high for f in rest):
        others = ", ".join(f"{f.label} {f.text}" for f in rest)
        verb = "are" if top.fact in shared else "is"
        return f"{like}: {top.label} {verb} higher at {top.text} vs {others}."
    if not any(f.is_range for f in figures) and all(f.low == top.low for f in rest):
        return f"{like}: {joined([f.label for f in figures])} are level at {top.text}."
    shown = ", ".join(f"{f.label} {f.text}" for f in figures)
    return (f"{like}: {shown}; the ranges overlap, so the source does not say "
            f"which {higher}.")
