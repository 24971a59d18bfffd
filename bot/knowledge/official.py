"""The official tier: every O*NET 29.2 occupation with official U.S. figures, read lazily.

The data is built by scripts/build_official.py into knowledge/official:

- ``index.json`` is read at start-up: names, employment, line offsets, title keys, the national
  average growth, job zones, citations and the build counts (title keys in buckets that become a
  dict when first looked into);
- ``occupations.jsonl`` holds one occupation a line; ``OfficialData.occupation(code)`` seeks to
  the recorded offset, checks the line and caches the result.

Standard library only (plus the project's errors); nothing here reads ../shared.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import DataError, Problem
from .profiles import KnowledgeBase

INDEX_FILE = "index.json"
OCCUPATIONS_FILE = "occupations.jsonl"
ENV_VAR = "CAREER_BOT_OFFICIAL"
FORMAT = 2  # 2: title keys in buckets (1: one JSON key each)
CACHE_SIZE = 256  # occupations kept after reading (all 1,016 would hold about 30 MB)
KINDS = ("t", "r", "s", "a")  # O*NET title, reported title, alternate short title, alternate title
_CODE = re.compile(r"\d\d-\d{4}\.\d\d")
_LINE_CODE = re.compile(rb'\{"code":"([^"\\]*)"')
_WAGE_INTS = ("employment", "mean", "p10", "p25", "median", "p75", "p90")
_PROJECTION_FLOATS = ("employment_2024", "employment_2034", "change_thousands", "change_pct", "openings_thousands")
_PROJECTION_TEXTS = ("entry_education", "experience", "training")


@dataclass(frozen=True)
class Wages:
    """OEWS May 2024 national estimates for the SOC occupation measuring this one (dollars)."""

    soc: str
    title: str
    employment: int | None
    mean: int | None
    p10: int | None
    p25: int | None
    median: int | None
    p75: int | None
    p90: int | None
    hourly_median: float | None
    top_coded: tuple[str, ...]       # fields at or above $239,200 a year ($115.00 an hour)
    not_published: tuple[str, ...]   # fields BLS does not publish
    group: bool                      # measured only as the wider occupation named by ``title``


@dataclass(frozen=True)
class Projection:
    """BLS Employment Projections 2024–34, Table 1.2 (employment in thousands)."""

    soc: str
    title: str
    employment_2024: float | None
    employment_2034: float | None
    change_thousands: float | None
    change_pct: float | None
    openings_thousands: float | None
    median_wage: int | None
    top_coded: tuple[str, ...]
    entry_education: str | None
    experience: str | None
    training: str | None
    group: bool


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    description: str
    job_zone: int | None
    tasks: tuple[tuple[str, bool], ...]                      # (task, is_core), core first
    tech: tuple[tuple[str, str, bool, bool], ...]            # (example, commodity, hot, in_demand)
    skills: tuple[tuple[str, float, float], ...]             # (name, importance 1-5, level 0-7)
    knowledge: tuple[tuple[str, float, float], ...]
    education: tuple[tuple[str, float], ...]                 # (category, percent of respondents)
    experience: tuple[tuple[str, float], ...]
    training: tuple[tuple[str, float], ...]
    related: tuple[str, ...]
    wages: Wages | None
    projection: Projection | None

    @property
    def rated(self) -> bool:
        """O*NET rated this occupation's skills (137 occupations are not rated in 29.2)."""
        return bool(self.skills)


TITLE_BUCKET = 3  # title keys are bucketed by their first three characters
HEAD_TITLES_MIN = 5  # titles ending in a word that make it name an occupation ('coach': 35 of 65)


def title_buckets(titles: dict[str, str]) -> dict[str, str]:
    """How index.json stores the title keys: prefix -> "key=entries|key=entries" (keys sorted).

    The entries of a key are one string, "15-1252.00t 15-1299.08a" (each the 10-character code and its
    kind). Parsing 49,000 JSON keys took most of the start-up time; two thousand strings take a tenth of
    it, and a message splits only the buckets of the keys it looks up. Keys (normalised words, + and #)
    and entries never hold '=' or '|'.
    """
    buckets: dict[str, list[str]] = {}
    for key in sorted(titles):
        buckets.setdefault(key[:TITLE_BUCKET], []).append(f"{key}={titles[key]}")
    return {prefix: "|".join(items) for prefix, items in buckets.items()}


def title_heads(titles: Mapping[str, str]) -> dict[str, str]:
    """Last word -> the occupation holding at least half of the (at least ``HEAD_TITLES_MIN``) titles of two or
    more words that end in it: 'coach' -> Coaches and Scouts (35 of 65); 'analyst' names none."""
    counts: dict[str, Counter[str]] = {}
    for key, entries in sorted(titles.items()):
        if " " in key:
            counts.setdefault(key.rsplit(" ", 1)[1], Counter()).update(entry[:10] for entry in entries.split(" "))
    heads = {}
    for word, codes in sorted(counts.items()):
        code, most = codes.most_common(1)[0]
        if most >= HEAD_TITLES_MIN and most * 2 >= sum(codes.values()):
            heads[word] = code
    return heads


def _split_bucket(raw: str) -> dict[str, str]:
    out = {}
    for item in raw.split("|"):
        key, sep, entries = item.partition("=")
        if sep:  # a malformed item is left out here and reported by OfficialData.problems()
            out[key] = entries
    return out


class _Titles(Mapping[str, tuple[tuple[str, str], ...]]):
    """Title key -> ((code, kind), ...), best first.

    index.json stores the keys in buckets (``title_buckets``); a bucket becomes a dict when a key in it
    is first looked up, and a key's entries become tuples then too.
    """

    __slots__ = ("_raw", "_buckets", "_done")

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._buckets: dict[str, dict[str, str]] = {}
        self._done: dict[str, tuple[tuple[str, str], ...]] = {}

    def _bucket(self, key: str) -> dict[str, str]:
        prefix = key[:TITLE_BUCKET]
        bucket = self._buckets.get(prefix)
        if bucket is None:
            raw = self._raw.get(prefix)
            bucket = self._buckets[prefix] = _split_bucket(raw) if raw else {}
        return bucket

    def __getitem__(self, key: str) -> tuple[tuple[str, str], ...]:
        done = self._done.get(key)
        if done is None:
            done = self._done[key] = tuple((entry[:10], entry[10:]) for entry in self._bucket(key)[key].split(" "))
        return done

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._bucket(key)

    def __iter__(self) -> Iterator[str]:
        for prefix in self._raw:
            yield from self._bucket(prefix)

    def __len__(self) -> int:
        return sum(len(self._bucket(prefix)) for prefix in self._raw)


class OfficialData:
    """The loaded index plus lazily read occupations. Build with ``load_official``."""

    def __init__(self, directory: Path, index: dict[str, Any]) -> None:
        self.directory = directory
        self.path = directory / OCCUPATIONS_FILE
        occupations: dict[str, list[Any]] = index["occupations"]
        self.names: Mapping[str, str] = MappingProxyType({code: entry[0] for code, entry in occupations.items()})
        self._employment = {code: entry[1] for code, entry in occupations.items()}
        self._offsets: dict[str, int] = {code: entry[2] for code, entry in occupations.items()}
        self.titles: Mapping[str, tuple[tuple[str, str], ...]] = _Titles(index["titles"])
        self.title_words: frozenset[str] = frozenset(index.get("title_words", "").split())
        self.average_growth: Mapping[str, Any] = MappingProxyType(index["average_growth"])
        self.job_zones: Mapping[int, Mapping[str, str]] = MappingProxyType(
            {int(zone): MappingProxyType(info) for zone, info in index["job_zones"].items()})
        self.sources: Mapping[str, str] = MappingProxyType(index["sources"])
        self.build: Mapping[str, Any] = MappingProxyType(index["build"])
        self._cache: dict[str, Occupation] = {}
        self._scanned = False
        self._heads: Mapping[str, str] = MappingProxyType(index.get("title_heads", {}))

    def __repr__(self) -> str:
        return f"OfficialData({str(self.directory)!r}, {len(self.names)} occupations)"

    def __contains__(self, code: object) -> bool:
        return code in self.names

    def head_occupation(self, head: str) -> str | None:
        """The occupation holding most titles that end in ``head`` ('coach' -> 27-2022.00), from ``title_heads``:
        for a name O*NET lacks ('goalkeeping coach'), where to look instead."""
        return self._heads.get(head)

    def employment(self, code: str) -> int | None:
        """OEWS employment of exactly this occupation; None when BLS measures only a wider group."""
        return self._employment[code]

    # --- lazy occupations -----------------------------------------------------------------------

    def occupation(self, code: str) -> Occupation:
        """The occupation with this O*NET-SOC code (KeyError when unknown), read once and cached.

        DataError when its line is broken or missing (the other occupations still load).
        """
        cached = self._cache.get(code)
        if cached is not None:
            return cached
        if code not in self._offsets:
            raise KeyError(code)
        record, line = self._read_at(code), None
        if record is None:  # the offset does not lead to this code: find the line and fix every offset
            record, line = self._scan_for(code)
        occupation = self._convert(record, code, line)
        if len(self._cache) >= CACHE_SIZE:
            del self._cache[next(iter(self._cache))]  # the oldest read
        self._cache[code] = occupation
        return occupation

    def _read_at(self, code: str) -> dict[str, Any] | None:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self._offsets[code])
                raw = handle.readline()
        except OSError as exc:
            raise DataError([Problem(OCCUPATIONS_FILE, "", f"cannot be read: {exc.strerror or exc}")],
                            self._what()) from None
        match = _LINE_CODE.match(raw)  # the builder writes the code first: a wrong line costs no parsing
        if match and match.group(1).decode("utf-8", "replace") != code:
            return None
        try:
            record = json.loads(raw)
        except ValueError:
            return None
        return record if isinstance(record, dict) and record.get("code") == code else None

    def _scan_for(self, code: str) -> tuple[dict[str, Any], int]:
        """Read the file from the start, recording where every code's line really is."""
        found: tuple[dict[str, Any], int] | None = None
        problems: list[Problem] = []
        offset = 0
        try:
            with open(self.path, "rb") as handle:
                for number, raw in enumerate(handle, start=1):
                    match = _LINE_CODE.match(raw)
                    line_code: Any = match.group(1).decode("utf-8", "replace") if match else None
                    record = None
                    if line_code is None or line_code == code:  # parse only what the prefix cannot tell
                        try:
                            record = json.loads(raw)
                        except ValueError as exc:
                            problems.append(Problem(OCCUPATIONS_FILE, "", f"is not valid JSON: {exc}", number))
                        line_code = record.get("code") if isinstance(record, dict) else None
                    if isinstance(line_code, str) and line_code in self._offsets:
                        self._offsets[line_code] = offset
                        if line_code == code and found is None and isinstance(record, dict):
                            found = record, number
                    offset += len(raw)
        except OSError as exc:
            raise DataError([Problem(OCCUPATIONS_FILE, "", f"cannot be read: {exc.strerror or exc}")],
                            self._what()) from None
        self._scanned = True
        if found is None:
            problems.append(Problem(OCCUPATIONS_FILE, code, f"has no line for this code (listed in {INDEX_FILE})"))
            raise DataError(problems, self._what())
        return found

    def _lines(self, problems: list[Problem]) -> Iterator[tuple[int, int, dict[str, Any]]]:
        """(line number, byte offset, record) of every readable line; unreadable lines become problems."""
        offset = 0
        try:
            with open(self.path, "rb") as handle:
                for number, raw in enumerate(handle, start=1):
                    try:
                        record = json.loads(raw)
                    except ValueError as exc:
                        problems.append(Problem(OCCUPATIONS_FILE, "", f"is not valid JSON: {exc}", number))
                        record = None
                    if isinstance(record, dict):
                        yield number, offset, record
                    elif record is not None:
                        problems.append(Problem(OCCUPATIONS_FILE, "", "a line must be a JSON object", number))
                    offset += len(raw)
        except OSError as exc:
            raise DataError([Problem(OCCUPATIONS_FILE, "", f"cannot be read: {exc.strerror or exc}")],
                            self._what()) from None

    def _convert(self, record: dict[str, Any], code: str, line: int | None) -> Occupation:
        problems: list[Problem] = []
        occupation = _occupation(record, code, self.names, lambda field, message: problems.append(
            Problem(OCCUPATIONS_FILE, f"{code}.{field}" if field else code, message, line)))
        if problems or occupation is None:
            raise DataError(problems, self._what())
        return occupation

    # --- full check -----------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Everything wrong with the two files, checked line by line (slow: reads every occupation)."""
        problems: list[Problem] = []
        seen: dict[str, int] = {}
        for number, offset, record in self._lines(problems):
            code = record.get("code")
            if not isinstance(code, str) or not _CODE.fullmatch(code):
                problems.append(Problem(OCCUPATIONS_FILE, "code", f"{code!r} is not an O*NET-SOC code (NN-NNNN.NN)",
                                        number))
                continue
            if code in seen:
                problems.append(Problem(OCCUPATIONS_FILE, code, f"repeats line {seen[code]}", number))
                continue
            seen[code] = number
            if code not in self.names:
                problems.append(Problem(OCCUPATIONS_FILE, code, f"is not listed in {INDEX_FILE}", number))
                continue
            if self._offsets[code] != offset:
                problems.append(Problem(INDEX_FILE, f"occupations.{code}", f"offset {self._offsets[code]} should be "
                                        f"{offset}", None))

            def report(field: str, message: str, code: str = code, number: int = number) -> None:
                problems.append(Problem(OCCUPATIONS_FILE, f"{code}.{field}" if field else code, message, number))

            occupation = _occupation(record, code, self.names, report)
            if occupation is not None and occupation.title != self.names[code]:
                problems.append(Problem(INDEX_FILE, f"occupations.{code}", f"title {self.names[code]!r} differs "
                                        f"from {OCCUPATIONS_FILE} line {number}"))
            if occupation is not None and occupation.job_zone is not None and occupation.job_zone not in self.job_zones:
                report("job_zone", f"{occupation.job_zone} is not a zone of {INDEX_FILE} job_zones")
        for code in self.names:
            if code not in seen:
                problems.append(Problem(OCCUPATIONS_FILE, code, f"has no line (listed in {INDEX_FILE})"))
        for prefix, bucket in self.titles._raw.items():  # type: ignore[attr-defined]
            seen_keys: set[str] = set()
            for item in bucket.split("|"):
                key, sep, raw = item.partition("=")
                if not sep or not key or not raw:
                    problems.append(Problem(INDEX_FILE, f"titles.{prefix}", f"'{item}' is not key=entries"))
                    continue
                if key[:TITLE_BUCKET] != prefix:
                    problems.append(Problem(INDEX_FILE, f"titles.{prefix}", f"'{key}' is in the wrong bucket"))
                if key in seen_keys:
                    problems.append(Problem(INDEX_FILE, f"titles.{prefix}", f"'{key}' is repeated"))
                seen_keys.add(key)
                problems += _entry_problems(key, raw, self.names)
        return problems

    def validate_all(self) -> None:
        """Raise DataError with every problem of the index and all occupations (for tests and `validate`)."""
        problems = self.problems()
        if problems:
            raise DataError(problems, self._what())

    def _what(self) -> str:
        return f"official data ({self.directory})"


# --- loading ------------------------------------------------------------------------------------

def default_directory() -> Path:
    """$CAREER_BOT_OFFICIAL, else knowledge/official found like the knowledge base (installed, then checkout)."""
    from .load import bundled_dir
    return bundled_dir(os.path.join("knowledge", "official"), ENV_VAR)


def load_official(directory: str | os.PathLike[str] | None = None) -> OfficialData:
    """Read and check index.json (occupations are read later, one at a time)."""
    root = Path(directory) if directory is not None else default_directory()
    what = f"official data ({root})"
    if not root.is_dir():
        raise DataError([Problem(str(root), "", "is not a directory (build it with scripts/build_official.py)")], what)
    problems: list[Problem] = []
    if not (root / OCCUPATIONS_FILE).is_file():
        problems.append(Problem(OCCUPATIONS_FILE, "", "is missing (build it with scripts/build_official.py)"))
    index = _read_index(root / INDEX_FILE, problems)
    if index is not None:
        _check_index(index, problems)
    if problems or index is None:  # _read_index reports a problem whenever it returns None
        raise DataError(problems, what)
    return OfficialData(root, index)


def _read_index(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(INDEX_FILE, "", "is missing (build it with scripts/build_official.py)"))
        return None
    except OSError as exc:
        problems.append(Problem(INDEX_FILE, "", f"cannot be read: {exc.strerror or exc}"))
        return None
    repeated: list[str] = []

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated.extend(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return result

    try:
        # Decoded here: json.loads(bytes) decodes with 'surrogatepass', four times slower on 2 MB.
        index = json.loads(data.decode("utf-8"), object_pairs_hook=unique)
    except UnicodeDecodeError as exc:
        problems.append(Problem(INDEX_FILE, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start})"))
        return None
    except ValueError as exc:
        problems.append(Problem(INDEX_FILE, "", f"is not valid JSON: {exc}"))
        return None
    for key in repeated:
        problems.append(Problem(INDEX_FILE, key, "is repeated (codes and keys must be unique)"))
    if not isinstance(index, dict):
        problems.append(Problem(INDEX_FILE, "", "must be a JSON object"))
        return None
    return index


def _check_index(index: dict[str, Any], problems: list[Problem]) -> None:
    def problem(field: str, message: str) -> None:
        problems.append(Problem(INDEX_FILE, field, message))

    if index.get("format") != FORMAT:
        problem("format", f"is {index.get('format')!r}; this bot reads format {FORMAT} (rebuild the data)")
    for name, kind in (("occupations", dict), ("titles", dict), ("average_growth", dict), ("job_zones", dict),
                       ("sources", dict), ("build", dict)):
        if not isinstance(index.get(name), kind):
            problem(name, "is missing or not a JSON object")
    if problems:
        return
    for code, entry in index["occupations"].items():
        if not _CODE.fullmatch(code):
            problem(f"occupations.{code}", "is not an O*NET-SOC code (NN-NNNN.NN)")
        elif (not isinstance(entry, list) or len(entry) != 3 or not isinstance(entry[0], str)
              or not (entry[1] is None or _whole(entry[1]) and entry[1] >= 0) or not _whole(entry[2]) or entry[2] < 0):
            problem(f"occupations.{code}", "must be [title, employment or null, byte offset]")
    if not isinstance(index.get("title_words"), str):
        problem("title_words", "must be a string of the title keys' words")
    if not all(0 < len(prefix) <= TITLE_BUCKET and isinstance(bucket, str) and bucket
               for prefix, bucket in index["titles"].items()):
        problem("titles", f'every key must be a prefix of up to {TITLE_BUCKET} characters with a string of '
                          'its title keys ("computer=15-1299.08a 15-1252.00a|...")')
    for field in ("change_pct", "period"):
        if field not in index["average_growth"]:
            problem(f"average_growth.{field}", "is missing")
    for zone, info in index["job_zones"].items():
        if not zone.isdigit() or not isinstance(info, dict):
            problem(f"job_zones.{zone}", "must be a zone number with its description")
    if not all(isinstance(v, str) and v for v in index["sources"].values()):
        problem("sources", "every citation must be a non-empty string")


def _entry_problems(key: str, raw: str, names: Mapping[str, str]) -> list[Problem]:
    """What is wrong with one title key's entries ("15-1252.00t 15-1299.08a")."""
    problems = []
    entries = raw.split(" ")
    for entry in entries:
        if entry[:10] not in names or entry[10:] not in KINDS:
            problems.append(Problem(INDEX_FILE, f"titles.{key}", f"'{entry}' is not a known code "
                                    "followed by a kind (t, r, s or a)"))
    if len({entry[:10] for entry in entries}) != len(entries):
        problems.append(Problem(INDEX_FILE, f"titles.{key}", "lists a code twice"))
    return problems


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _occupation(record: dict[str, Any], code: str, names: Mapping[str, str], report) -> Occupation | None:
    """Convert one checked line; ``report(field, message)`` collects what is wrong."""
    before = [0]

    def bad(field: str, message: str) -> None:
        before[0] += 1
        report(field, message)

    def text(field: str) -> str:
        value = record.get(field)
        if not isinstance(value, str):
            bad(field, "must be text")
            return ""
        return value

    def rows(field: str, shape: tuple[Any, ...]) -> tuple[tuple[Any, ...], ...]:
        value = record.get(field)
        out = []
        if not isinstance(value, list):
            bad(field, "must be a list")
            return ()
        for i, item in enumerate(value):
            if (not isinstance(item, list) or len(item) != len(shape)
                    or not all(check(x) for check, x in zip(shape, item, strict=True))):
                bad(f"{field}[{i}]", f"has the wrong form: {item!r}")
            else:
                out.append(tuple(item))
        return tuple(out)

    is_text, is_bool = (lambda x: isinstance(x, str)), (lambda x: isinstance(x, bool))
    if record.get("code") != code:
        bad("code", f"is {record.get('code')!r}")
    title, description = text("title"), text("description")
    zone = record.get("job_zone")
    if zone is not None and not _whole(zone):
        bad("job_zone", "must be a whole number or null")
        zone = None
    related = record.get("related")
    if not isinstance(related, list) or not all(isinstance(c, str) for c in related):
        bad("related", "must be a list of codes")
        related = []
    for other in related:
        if other not in names:
            bad("related", f"'{other}' is not a known O*NET-SOC code")
    occupation = Occupation(
        code=code, title=title, description=description, job_zone=zone,
        tasks=rows("tasks", (is_text, is_bool)),
        tech=rows("tech", (is_text, is_text, is_bool, is_bool)),
        skills=rows("skills", (is_text, _number, _number)),
        knowledge=rows("knowledge", (is_text, _number, _number)),
        education=rows("education", (is_text, _number)),
        experience=rows("experience", (is_text, _number)),
        training=rows("training", (is_text, _number)),
        related=tuple(related),
        wages=_wages(record.get("wages"), bad),
        projection=_projection(record.get("projection"), bad),
    )
    return None if before[0] else occupation


def _flags(value: Any, field: str, allowed: tuple[str, ...], bad) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v in allowed for v in value):
        bad(field, f"must be a list of field names among {', '.join(allowed)}")
        return ()
    return tuple(value)


def _wages(value: Any, bad) -> Wages | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        bad("wages", "must be an object or null")
        return None
    fields = _WAGE_INTS + ("hourly_median",)
    top = _flags(value.get("top_coded"), "wages.top_coded", fields, bad)
    unpublished = _flags(value.get("not_published"), "wages.not_published", fields, bad)
    for field in fields:
        amount = value.get(field)
        if amount is None:
            if field not in top and field not in unpublished:
                bad(f"wages.{field}", "is null but neither top-coded nor unpublished")
        elif not (_whole(amount) if field != "hourly_median" else _number(amount)) or amount < 0:
            bad(f"wages.{field}", f"must be a non-negative {'whole ' if field != 'hourly_median' else ''}number "
                                  f"or null, not {amount!r}")
        elif field in top or field in unpublished:
            bad(f"wages.{field}", "has a figure but is listed as top-coded or unpublished")
    soc, title, group = _row_identity(value, "wages", bad)
    return Wages(soc=soc, title=title, **{f: value.get(f) for f in fields},
                 top_coded=top, not_published=unpublished, group=group)


def _row_identity(value: dict[str, Any], where: str, bad: Any) -> tuple[str, str, bool]:
    """The SOC code, title and group flag every official row (wages, projection) carries."""
    soc, title = value.get("soc"), value.get("title")
    if not isinstance(soc, str) or not isinstance(title, str):
        bad(where, "needs its SOC code and title")
        soc = title = ""  # the occupation is dropped; its other fields are still checked
    if not isinstance(value.get("group"), bool):
        bad(f"{where}.group", "must be true or false")
    return soc, title, bool(value.get("group"))


def _projection(value: Any, bad) -> Projection | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        bad("projection", "must be an object or null")
        return None
    top = _flags(value.get("top_coded"), "projection.top_coded", ("median_wage",), bad)
    for field in _PROJECTION_FLOATS:
        if value.get(field) is not None and not _number(value.get(field)):
            bad(f"projection.{field}", f"must be a number or null, not {value.get(field)!r}")
    wage = value.get("median_wage")
    if wage is not None and (not _whole(wage) or wage < 0 or top):
        bad("projection.median_wage", "must be a whole number, or null (and top-coded when at the top code)")
    for field in _PROJECTION_TEXTS:
        if value.get(field) is not None and not isinstance(value.get(field), str):
            bad(f"projection.{field}", "must be text or null")
    soc, title, group = _row_identity(value, "projection", bad)
    return Projection(soc=soc, title=title,
                      **{f: value.get(f) for f in _PROJECTION_FLOATS + ("median_wage",) + _PROJECTION_TEXTS},
                      top_coded=top, group=group)


def link_problems(kb: KnowledgeBase, official: OfficialData) -> list[Problem]:
    """Curated profiles may only link official codes that exist, and each code to one role as 'same'."""
    problems = []
    same: dict[str, str] = {}
    for role in kb.roles.values():
        for i, link in enumerate(role.official):
            if link.code not in official.names:
                problems.append(Problem(role.file or f"{role.id}.yaml", f"official.{i}.code",
                                        f"'{link.code}' is not an O*NET 29.2 occupation"))
            elif link.relation == "same":
                if link.code in same:
                    problems.append(Problem(role.file or f"{role.id}.yaml", f"official.{i}.code",
                                            f"'{link.code}' is already the same occupation as {same[link.code]}"))
                same[link.code] = role.id
    return problems
