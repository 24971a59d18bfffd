"""Recommend O*NET occupations: BM25 over each occupation's title, description and task statements.

The 25 curated profiles cover data and AI; someone who loves animals or cooking needs the other 1,016
occupations. ``build_terms`` (run by scripts/build_official.py) turns every occupation into weighted
terms, the same stems ``bot.knowledge.recommend`` makes of a message, and stores the BM25 weights as
``terms.json`` beside the official index. ``OccupationRanker`` reads that file on the first
recommendation that needs it (never at start-up) and turns each term's postings into numbers only when a
message uses the term.

Evidence for a suggestion (the task or description sentence that shares most of the person's words) is
found at answer time from the occupation itself, read through ``OfficialData.occupation``.
"""
from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import DataError, Problem
from ..normalise import singular, words
from .official import OfficialData
from .recommend import (STEM_CHARS, Suggestion, Wanted, _content_words, _stem_of, _terms, said_as_typed)

TERMS_FILE = "terms.json"
TERMS_FORMAT = 1
# How much a word counts where it appears: the title names the job, the description sums it up, the core
# tasks are what most people in it do, supplemental tasks what some do.
FIELD_WEIGHTS = {"title": 3.0, "description": 1.5, "core": 1.0, "supplemental": 0.5}
K1, B = 1.2, 0.75
MIN_PAIR_OCCUPATIONS = 2   # a pair of words found in one occupation only is left out (it would double the file)
SRC_ONET = "onet-29.2"
# Everyday words for what O*NET's task statements say otherwise: 'fixing cars' is 'repair automotive
# vehicles' there ('fixed-wing aircraft' is no fixing). A word is looked for as these words instead (and
# counts as matched when any of them is found).
EVERYDAY = {
    "fix": "repair", "fixing": "repair", "fixed": "repair", "mend": "repair", "mending": "repair",
    "car": "automotive vehicle", "cars": "automotive vehicle",
    "outdoors": "outdoor", "outside": "outdoor",
    "sick": "patient ill",
    "kid": "child children", "kids": "child children",
    "science": "science scientist scientific", "sciences": "science scientist scientific",
    # 'good with numbers': numerate work, not the numbered tickets and cards of task statements
    "numbers": "numerical mathematical calculations figures",
    # a laptop or PC is a computer in O*NET's words; parties people throw are events; 'the electrics' electrical work
    "laptop": "computer", "laptops": "computer", "pc": "computer", "pcs": "computer",
    "party": "event", "parties": "event", "electrics": "electrical",
    # a plane people fly is an aircraft in O*NET's words (its 'planes' are woodworking tools)
    "plane": "aircraft", "planes": "aircraft", "airplane": "aircraft", "airplanes": "aircraft",
    # donors give donations (fundraisers 'solicit ... donations')
    "donor": "donor donation donations fundraising", "donors": "donor donation donations fundraising",
}
# How many people do the job nudges the order: among equal matches, the occupation more people work in
# (and more openings come from) first. The factor is 1 + PRIOR * (log10(employment) - 4): about +0.15
# for 3 million workers, 0 for 10,000 (and for occupations BLS measures only in a wider group).
PRIOR = 0.06
# A word's weight is read for the occupations where it weighs most: 'equipment' is in 600 of them, and the
# 500 where it weighs least change no ranking's first places (measured: the same suggestions for every
# labelled recommendation) but cost most of the time.
MAX_POSTINGS = 150
# A long message (a 10,000-character life story has 150 different words) reads fewer of each word's
# postings: about this many in all, at least 20 a word (the 10k-character benchmark: 5 -> 1 ms).
POSTINGS_BUDGET = 3000
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _fields(record: Mapping[str, Any]) -> list[tuple[str, float]]:
    out = [(record["title"], FIELD_WEIGHTS["title"]), (record["description"], FIELD_WEIGHTS["description"])]
    out += [(task, FIELD_WEIGHTS["core" if core else "supplemental"]) for task, core in record["tasks"]]
    return out


def build_terms(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """What terms.json holds: the codes of the occupations with task statements and, per term,
    "index:weight index:weight ..." (BM25 weights, best first), for every stem and every pair of
    neighbouring stems in two occupations or more. Deterministic: sorted codes and terms, weights
    rounded to 3 decimals."""
    bags: dict[str, dict[str, float]] = {}
    for record in sorted(records, key=lambda r: r["code"]):
        if not record["tasks"]:  # 'All Other' groups and a few others: nothing to show as evidence
            continue
        bag: dict[str, float] = defaultdict(float)
        for text, weight in _fields(record):
            for term in _terms(text):
                bag[term] += weight
        bags[record["code"]] = bag
    codes = list(bags)
    n = len(codes)
    df = Counter(term for bag in bags.values() for term in bag)
    kept = {t for t, d in df.items() if "_" not in t or d >= MIN_PAIR_OCCUPATIONS}
    avg = sum(sum(b.values()) for b in bags.values()) / max(n, 1)
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, code in enumerate(codes):
        bag = bags[code]
        norm = K1 * (1 - B + B * sum(bag.values()) / avg)
        for term, tf in bag.items():
            if term in kept:
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                postings[term].append((round(idf * tf * (K1 + 1) / (tf + norm), 3), i))
    terms = {term: " ".join(f"{i}:{w:g}" for w, i in sorted(postings[term], key=lambda p: (-p[0], p[1])))
             for term in sorted(postings)}
    return {"format": TERMS_FORMAT, "stem_chars": STEM_CHARS, "fields": FIELD_WEIGHTS, "k1": K1, "b": B,
            "codes": codes, "terms": terms}


@dataclass(frozen=True)
class Ranking:
    """O*NET occupations for a message, best first, and how much of the message the best one covers."""

    suggestions: tuple[Suggestion, ...]
    words: tuple[str, ...] = ()         # the stems of the person's words (each once, as they typed them)
    idf: Mapping[str, float] = field(default_factory=dict)   # of those words among the occupations (0: none has it)
    matched: frozenset[str] = frozenset()   # those of them the best occupation has
    unseen: float = 0.0     # the idf of a word no occupation has


def coverage(matched: Iterable[str], wanted: Iterable[str], idf: Mapping[str, float], unseen: float) -> float:
    """The share of ``wanted``'s idf that ``matched`` holds (a word no document has counts ``unseen``)."""
    total = sum(idf.get(t, unseen) for t in wanted)
    return sum(idf.get(t, unseen) for t in set(matched)) / total if total else 0.0


class OccupationRanker:
    """BM25 over the O*NET occupations, from terms.json; each term's postings parsed on first use."""

    def __init__(self, official: OfficialData, path: Path | None = None) -> None:
        self.official = official
        self.path = path or official.directory / TERMS_FILE
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError([Problem(TERMS_FILE, "", f"cannot be read: {exc} (build it with "
                                                     "scripts/build_official.py)")], str(self.path)) from None
        if not isinstance(data, dict) or data.get("format") != TERMS_FORMAT or data.get("stem_chars") != STEM_CHARS:
            raise DataError([Problem(TERMS_FILE, "format", f"is not format {TERMS_FORMAT} with stems of "
                                                           f"{STEM_CHARS} characters (rebuild the data)")],
                            str(self.path))
        self.codes: list[str] = data["codes"]
        self._raw: dict[str, str] = data["terms"]
        self._postings: dict[str, tuple[tuple[int, float], ...]] = {}
        self.unseen = math.log(1 + (len(self.codes) + 0.5) / 0.5)
        self._sentences: dict[str, list[tuple[str, list[str]]]] = {}
        self._priors = [self._prior(code) for code in self.codes]
        self._df: dict[str, int] = {}

    def postings(self, term: str) -> tuple[tuple[int, float], ...]:
        """(occupation index, weight) of the ``MAX_POSTINGS`` occupations where ``term`` weighs most."""
        found = self._postings.get(term)
        if found is None:
            raw = self._raw.get(term)
            if not raw:
                found = ()
            else:
                parts = raw.split(" ", MAX_POSTINGS)[:MAX_POSTINGS]
                found = tuple((int(i), float(w)) for i, _, w in (p.partition(":") for p in parts))
                self._df[term] = raw.count(" ") + 1
            self._postings[term] = found
        return found

    def _prior(self, code: str) -> float:
        employment = self.official.employment(code) or 10_000
        return 1 + PRIOR * (math.log10(max(employment, 1)) - 4)

    def idf(self, term: str) -> float:
        df = self._df.get(term, 0) if self.postings(term) else 0
        n = len(self.codes)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def rank(self, text: str, limit: int = 5, dislikes: tuple[str, ...] = (), exclude: frozenset[str] = frozenset(),
             ) -> Ranking:
        """The occupations whose titles, descriptions and tasks share the most of what ``text`` likes."""
        wanted = Wanted.read(text, dislikes)
        liked, liked_words, terms, avoid = wanted.liked, wanted.liked_words, wanted.terms, wanted.avoid
        typed: dict[str, str] = {}
        stands_for: dict[str, str] = {}   # a stem looked for in O*NET's words -> the person's own stem
        instead: dict[str, list[str]] = {}  # the person's stem -> the stems looked for instead
        for word in _content_words(liked, found=liked_words):
            own = _stem_of(word)
            typed.setdefault(own, word)
            if own not in avoid and word in EVERYDAY:
                instead[own] = [s for s in dict.fromkeys(_stem_of(w) for w in EVERYDAY[word].split())
                                if s not in avoid]
        for own, others in instead.items():
            for stem in others:
                if stem != own:
                    stands_for.setdefault(stem, own)
                    typed.setdefault(stem, typed[own])
        terms = [t for t in terms if not (t in instead and t not in instead[t])] + list(stands_for)
        terms = list(dict.fromkeys(terms))
        totals: dict[int, float] = {}
        hits: dict[int, list[tuple[float, str]]] = {}
        group_best: dict[tuple[int, str], float] = {}  # one word said several ways counts once: its best way
        per_term = max(20, POSTINGS_BUDGET // max(len(terms), 1))
        for term in terms:
            said = stands_for.get(term)
            for i, weight in self.postings(term)[:per_term]:
                if said is not None:
                    before = group_best.get((i, said), 0.0)
                    if weight <= before:
                        continue
                    group_best[i, said] = weight
                    weight -= before
                totals[i] = totals.get(i, 0.0) + weight
                hits.setdefault(i, []).append((weight, term))
        for term in avoid:
            for i, weight in self.postings(term)[:per_term]:
                if i in totals:
                    totals[i] -= weight
        priors = self._priors
        for i in totals:
            totals[i] *= priors[i]
        singles = list(dict.fromkeys(stands_for.get(t, t) for t in terms if "_" not in t))
        # a word counts as common as the most common way O*NET says it ('fix' as 'repair')
        idf = {t: min(self.idf(x) for x in [t] + instead.get(t, [])) for t in singles}
        codes = self.codes
        best = heapq.nsmallest(limit, ((-s, i) for i, s in totals.items() if s > 0 and codes[i] not in exclude))
        out = []
        top: frozenset[str] = frozenset()
        for rank, (neg, i) in enumerate(best):
            code = self.codes[i]
            stems = [t for _, t in sorted(hits[i], reverse=True)]
            if rank == 0:
                top = frozenset(stands_for.get(t, t) for t in stems if "_" not in t)
            matched = said_as_typed(stems, typed)
            # the evidence is found only for the suggestions shown (``with_evidence``): here, the stems
            out.append(Suggestion("onet:" + code, -neg, matched, " ".join(stems), (SRC_ONET,)))
        known = {t: (v if any(self.postings(x) for x in [t] + instead.get(t, [])) else 0.0) for t, v in idf.items()}
        return Ranking(tuple(out), tuple(singles), MappingProxyType(known), top, self.unseen)

    def with_evidence(self, suggestion: Suggestion) -> Suggestion:
        """``suggestion`` (from ``rank``) with its evidence sentence instead of the stems it matched."""
        from dataclasses import replace
        code = suggestion.role_id.removeprefix("onet:")
        return replace(suggestion, evidence=self.evidence(code, set(suggestion.evidence.split())))

    def evidence(self, code: str, wanted: set[str]) -> str:
        """The occupation's task or description sentence sharing the most of ``wanted`` (the first of equals).

        Only words that could stem to a wanted stem (the same first three letters) are stemmed: stemming
        every word of 20 tasks took most of a recommendation's time."""
        sentences = self._sentences.get(code)
        if sentences is None:
            occupation = self.official.occupation(code)
            # tasks first: the description's first sentence is shown anyway, so a task tied with it is better
            texts = [task for task, _ in occupation.tasks] + _SENTENCE.split(occupation.description)
            sentences = [(t, [singular(w) for w in words(t)]) for t in texts]
            if len(self._sentences) >= 128:
                del self._sentences[next(iter(self._sentences))]
            self._sentences[code] = sentences
        singles = {t for t in wanted if "_" not in t}
        starts = {t[:3] for t in singles}
        best, most = "", 0
        for sentence, found in sentences:
            shared = len({stem for w in found if w[:3] in starts and (stem := _stem_of(w)) in singles})
            if shared > most:
                best, most = sentence, shared
        return best


# --- curated roles, O*NET occupations, or both ------------------------------------------------------
# How much of what the person said the first three curated roles match, against how much of it the best
# O*NET occupation matches (``coverage``, each with the idf of its own documents, over the words either
# knows), and how many of the person's words each matches. Measured on the labelled
# recommendations of the evaluation sets and a set of self-descriptions outside data (README):
# data and AI messages stay below a gap of 0.45 (most below 0.15), everyday interests stay above 0.45.
OFFICIAL_FIRST = 0.45   # O*NET's best matches this much more (and more words): occupations only
MIXED = 0.1             # ... this much more (and as many words), the curated under MIXED_BELOW: both, alternating
MIXED_BELOW = 0.5
OFFICIAL_LEADS = 2.0  # in a mixed list, the occupations first when they match this many times as much
# The curated roles match more than this: O*NET is not even consulted, because ``blend`` could not choose
# it (mixing needs the curated under MIXED_BELOW; occupations only need a gap of OFFICIAL_FIRST, which no
# coverage above 1 - OFFICIAL_FIRST leaves room for).
CLEARLY_CURATED = max(MIXED_BELOW, 1 - OFFICIAL_FIRST)


def curated_words(curated: tuple[Suggestion, ...], words: Iterable[str], idf: Mapping[str, float],
                  unseen: float) -> set[str]:
    """Those of ``words`` (stems) that the one of the first three curated suggestions matching most of them
    matches: one role that fits all of what the person said, like the best occupation, not three roles that
    each fit one word ('caring' in one, 'calm' in another)."""
    wanted = list(words)
    matched = [{_stem_of(w) for w in s.matched} for s in curated[:3]]
    matches = [{t for t in wanted if t in stems} for stems in matched]
    # (the first of equals: every word has a positive idf, so a match covering nothing is empty)
    return max(matches, key=lambda mine: coverage(mine, wanted, idf, unseen), default=set())


def blend(curated: tuple[Suggestion, ...], ranking: Ranking, curated_idf: Mapping[str, float],
          curated_unseen: float, limit: int = 5) -> tuple[tuple[Suggestion, ...], str]:
    """The suggestions to show and which way was chosen: "curated", "official" or "mixed"."""
    wanted = [t for t in ranking.words if ranking.idf.get(t) or t in curated_idf]
    mine = curated_words(curated, wanted, curated_idf, curated_unseen)
    theirs = {t for t in wanted if t in ranking.matched} if ranking.suggestions else set()
    official = coverage(theirs, wanted, {t: v for t, v in ranking.idf.items() if v}, ranking.unseen)
    own = coverage(mine, wanted, curated_idf, curated_unseen)
    gap = official - own
    if gap >= OFFICIAL_FIRST and len(theirs) > len(mine):
        return ranking.suggestions[:limit], "official"
    if gap >= MIXED and len(theirs) >= len(mine) and own < MIXED_BELOW:
        # the occupations lead when they match more words and at least twice as much ('loves cooking' after
        # a course: cooks first, not the data role that matched 'course')
        theirs_lead = len(theirs) > len(mine) and official >= OFFICIAL_LEADS * own
        mixed: list[Suggestion] = []
        for curated_one, occupation in zip(curated, ranking.suggestions, strict=False):
            mixed += (occupation, curated_one) if theirs_lead else (curated_one, occupation)
        longer = curated if len(curated) > len(ranking.suggestions) else ranking.suggestions
        mixed += longer[len(mixed) // 2:]
        return tuple(mixed[:limit]), "mixed"
    return curated[:limit], "curated"
