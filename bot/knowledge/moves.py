"""Jobs a person could move to from their own: what carries over from it, and what spares a worn body.

'plasterer 20 yrs, knees gone, always priced the jobs myself. what could i do now?' is not answered by the jobs
O*NET relates to plasterers (all trades on their knees) nor by the words of the message ('knees' matches
podiatrists). What carries over is knowledge: O*NET rates how important each kind of knowledge is to every job
it rates, and the kind a job rates very important (3.5 or more of 5) that fewest other jobs do is the trade's
own (Building and Construction for plasterers, Food Production for chefs). The moves are the rated jobs that
also rate it very important, then the more of what the person said they are good at (bot.knowledge.abilities)
the better (jobs of their own kind after the others when the body is worn, below), then the more of the job's
other less common knowledge; O*NET's own related occupations and the jobs more people do break ties. A job with no
knowledge of its own (a supervisor's: only common knowledge rated very important) leads first to the occupations
O*NET relates to it.

With a body that can't take heavy work, jobs whose task statements mention lifting, carrying or climbing are left
out (O*NET's physical ratings are not in the data we ship: the rest are not thereby light work), the office,
technical and sales jobs come before those of the hands-on SOC groups (HANDS_ON) whatever they share, jobs of the
same SOC major group as theirs (other trades, other kitchen jobs) come after the others of their kind, and a
trade's helpers are left out. No job needing more preparation than theirs is offered (Job Zone at most theirs,
or 3 when theirs is lower).

``build_moves`` (run by scripts/build_official.py) writes what the ranking needs for every rated occupation into
moves.json; ``Moves`` reads it on the first move asked for, never at start-up.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem
from .abilities import PHYSICAL_TASK, VERY_IMPORTANT, Ability, rating
from .official import OfficialData

MOVES_FILE = "moves.json"
MOVES_FORMAT = 1
# Knowledge rated very important in more than this share of the rated jobs says nothing of a trade (English
# Language, Customer and Personal Service, Mathematics, Computers and Electronics, Education and Training).
COMMON_SHARE = 0.2
ZONE_STEP = 0       # a move needs no more preparation (Job Zone) than their job ...
ZONE_FLOOR = 3      # ... or Job Zone 3 (medium preparation), whichever is higher
# SOC major groups of hands-on work (health support, protective and food service, cleaning, personal care, farming,
# construction, repair, production, transport): for a worn body, after the office, technical and sales ones.
HANDS_ON = frozenset({"31", "33", "35", "37", "39", "45", "47", "49", "51", "53"})
HELPERS = "Helpers--"  # O*NET's helpers of a trade ('Helpers--Carpenters')
SHORTLIST = 60  # jobs read in full to order jobs by what a person is good at (each read costs ~0.3 ms)


def build_moves(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """What moves.json holds: the names of the skills and knowledge O*NET rates, and per rated occupation its
    Job Zone, whether a task statement mentions heavy work (1) or not (0), the indices of the elements rated
    very important (skills and knowledge alike) and of the knowledge alone. Deterministic: sorted codes and
    names."""
    rows: dict[str, tuple[int, int, set[str], set[str]]] = {}
    for record in sorted(records, key=lambda r: r["code"]):
        if not record["skills"]:
            continue  # unrated: nothing to weigh
        very = {name for name, importance, _ in record["skills"] + record["knowledge"] if importance >= VERY_IMPORTANT}
        known = {name for name, importance, _ in record["knowledge"] if importance >= VERY_IMPORTANT}
        physical = int(any(PHYSICAL_TASK.search(task) for task, _core in record["tasks"]))
        rows[record["code"]] = (record["job_zone"] or 0, physical, very, known)
    names = sorted(set().union(*(row[2] | row[3] for row in rows.values())))
    at = {name: i for i, name in enumerate(names)}

    def indices(found: set[str]) -> str:
        return " ".join(str(i) for i in sorted(at[name] for name in found))

    return {"format": MOVES_FORMAT, "very_important": VERY_IMPORTANT, "elements": names,
            "occupations": {code: [zone, physical, indices(very), indices(known)]
                            for code, (zone, physical, very, known) in rows.items()}}


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@dataclass(frozen=True)
class Move:
    code: str
    carried: tuple[str, ...]          # knowledge rated very important in both jobs, their trade's own first
    good_at: tuple[str, ...]          # labels of what they said they are good at that this job rates very important
    related: bool                     # O*NET lists it among their job's related occupations
    same_kind: bool                   # of their job's SOC major group (moved after the others for a worn body)
    spared: bool = False              # picked sparing a worn body: no task statement mentions heavy work
    via: str = ""                     # the rated job the move was ranked from, when O*NET rates not theirs


@dataclass(frozen=True)
class _Rated:
    zone: int
    physical: bool
    very: frozenset[str]
    knowledge: frozenset[str]


class Moves:
    """The moves from one rated occupation to the others, from moves.json (read on first use)."""

    def __init__(self, official: OfficialData, path: Path | None = None) -> None:
        self.official = official
        self.path = path or official.directory / MOVES_FILE
        self._rated: dict[str, _Rated] | None = None
        self._common: frozenset[str] = frozenset()
        self._share: Counter[str] = Counter()

    def _load(self) -> dict[str, _Rated]:
        if self._rated is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise DataError([Problem(MOVES_FILE, "", f"cannot be read: {exc} (build it with "
                                                         "scripts/build_official.py)")], str(self.path)) from None
            if not isinstance(data, dict) or data.get("format") != MOVES_FORMAT:
                raise DataError([Problem(MOVES_FILE, "format", f"is not format {MOVES_FORMAT} (rebuild the data)")],
                                str(self.path))
            names: list[str] = data["elements"]

            def of(raw: str) -> frozenset[str]:
                return frozenset(names[int(i)] for i in raw.split())

            self._rated = {code: _Rated(zone, bool(physical), of(very), of(known))
                           for code, (zone, physical, very, known) in data["occupations"].items()}
            self._share = Counter(name for rated in self._rated.values() for name in rated.knowledge)
            self._common = frozenset(n for n, k in self._share.items() if k > COMMON_SHARE * len(self._rated))
        return self._rated

    def trade_knowledge(self, code: str) -> tuple[str, ...]:
        """The less common knowledge ``code`` rates very important, the one fewest jobs rate so first ('Food
        Production' for chefs); () for an unrated job or one whose knowledge is all common."""
        rated = self._load().get(code)
        if rated is None:
            return ()
        return tuple(sorted((k for k in rated.knowledge if k not in self._common), key=lambda k: (self._share[k], k)))

    def stand_in(self, code: str) -> str:
        """``code`` when O*NET rates it, else the occupation it relates to that it rates, of the nearest SOC group
        first ('Bus Drivers, School' is unrated: 'Bus Drivers, Transit and Intercity'); '' when none is."""
        rated = self._load()
        if code in rated:
            return code
        related = self.official.occupation(code).related if code in self.official else ()
        ranked = sorted((r for r in related if r in rated), key=lambda r: -_shared_prefix(r, code))
        return ranked[0] if ranked else ""

    def physical(self, code: str) -> bool:
        rated = self._load().get(code)
        return bool(rated and rated.physical)

    def from_job(self, code: str, abilities: Sequence[Ability] = (), spare_body: bool = False, limit: int = 5,
                 exclude: frozenset[str] = frozenset()) -> list[Move]:
        """The best ``limit`` moves from the occupation ``code`` (none when O*NET does not rate it)."""
        rated = self._load()
        mine = rated.get(code)
        if mine is None:
            return []
        trade = self.trade_knowledge(code)
        related = set(self.official.occupation(code).related) if code in self.official else set()
        ceiling = max(mine.zone + ZONE_STEP, ZONE_FLOOR)
        ranked = []
        for other, job in rated.items():
            if other == code or other in exclude or job.zone > ceiling or (spare_body and job.physical):
                continue
            carried = tuple(k for k in trade if k in job.knowledge)
            good_at = tuple(a.label for a in abilities if job.very & set(a.elements))
            same_kind = other[:2] == code[:2]
            if spare_body and self.official.names.get(other, "").startswith(HELPERS):
                continue  # a trade's helpers do its heavy work
            shares_trade = bool(trade) and trade[0] in carried
            if not (shares_trade or good_at or (spare_body and other in related)):
                continue  # (with nothing carried over or told, O*NET's own related occupations, sparing the body)
            # a job without a trade of its own (a supervisor's) leads where O*NET relates it, then by what they told
            # (for a worn body, the office, technical and sales jobs first: a trade shared with transit police is
            # no reason to offer a bus driver with a bad back a beat)
            key = (not (spare_body and other[:2] in HANDS_ON), shares_trade, not (spare_body and same_kind),
                   not trade and other in related, len(good_at), len(carried), other in related,
                   self.official.employment(other) or 0)
            ranked.append((key, Move(other, carried, good_at, other in related, same_kind, spare_body)))
        ranked.sort(key=lambda pair: (pair[0], pair[1].code), reverse=True)
        return [move for _, move in ranked[:limit]]

    def for_abilities(self, abilities: Sequence[Ability], spare_body: bool = False, limit: int = 5,
                      exclude: frozenset[str] = frozenset()) -> list[Move]:
        """'good with people and sorting problems, what job would suit me?' with no job said: the rated jobs that
        rate very important the most of what they said they are good at, needing at most medium preparation
        (Job Zone 3); of the most done of them (SHORTLIST), those rating it most important first."""
        wanted = [a for a in abilities if a.elements]
        if not wanted:
            return []
        ranked = []
        for code, job in self._load().items():
            if code in exclude or job.zone > ZONE_FLOOR or not job.zone or (spare_body and job.physical):
                continue
            good_at = tuple(a.label for a in wanted if job.very & set(a.elements))
            if good_at:
                # (O*NET's specialties share their group's figures: 'Geothermal Production Managers' would ride on
                # all production managers' employment)
                ranked.append(((len(good_at), code.endswith(".00"), self.official.employment(code) or 0), code,
                               good_at))
        ranked.sort(reverse=True)

        def importance(code: str) -> float:  # (only orders them: no figure is shown of it)
            occ = self.official.occupation(code)
            return sum(found[1] for a in wanted if (found := rating(occ, a)))

        shortlist = sorted(ranked[:SHORTLIST], key=lambda r: (r[0][:2], importance(r[1]), r[0][2], r[1]), reverse=True)
        return [Move(code, (), good_at, False, False, spare_body) for _, code, good_at in shortlist[:limit]]
