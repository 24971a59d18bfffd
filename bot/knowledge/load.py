"""Load and validate the knowledge base: every problem, with file, field path and line."""
from __future__ import annotations

import os
import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import DataError, Problem
from .dedupe import Merge, dedupe_profile
from .profiles import (EDUCATION_KINDS, GROUPS, OFFICIAL_RELATIONS, RANGE_STATS, SALARY_STATS, SALARY_WHATS, Fact,
                       GrowthFigure, KnowledgeBase, OfficialLink, RoleProfile, SalaryFigure, Source, ToolGroup)



def _yaml():
    """PyYAML and its fastest safe loader."""
    import yaml
    try:  # the C loader is several times faster; fall back to pure Python where libyaml is absent
        return yaml, yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on how PyYAML was built
        return yaml, yaml.SafeLoader

SOURCES_FILE = "_sources.yaml"
AMBIGUOUS_FILE = "_ambiguous.yaml"
MAX_FILE_BYTES = 1_000_000  # a profile is a few KB; anything this big is a mistake, not a role
ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENV_VAR = "CAREER_BOT_KNOWLEDGE"

Path_ = tuple[Any, ...]


def bundled_dir(name: str, env_var: str) -> Path:
    """A data folder: from ``env_var``, inside the installed package, or beside it in a checkout."""
    env = os.environ.get(env_var)
    if env:
        return Path(env)
    # Where importlib.resources.files("bot.data") points for a package on disk, without importing
    # importlib.resources (and zipfile, tempfile, ...): ~7 ms of every start.
    from .. import data
    installed = Path(data.__file__).parent / name
    checkout = Path(__file__).resolve().parents[2] / name  # the repository's own top-level folder
    return installed if installed.is_dir() or not checkout.is_dir() else checkout


def default_knowledge_dir() -> Path:
    return bundled_dir("knowledge", ENV_VAR)


class Checker:
    """Collects problems for one file while converting its data into dataclasses."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self.problems: list[Problem] = []
        self._root: Any = None

    def problem(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, _dotted(path), message, self._line(path)))

    def _line(self, path: Path_) -> int | None:
        # Only composed when something is wrong: the happy path parses each file once.
        yaml, loader = _yaml()
        if self._root is None:
            try:
                self._root = yaml.compose(self.text, Loader=loader)
            except yaml.YAMLError:
                return None
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                found = [(k, v) for k, v in node.value if k.value == key]
                if not found:
                    return line
                key_node, node = found[0]
                line = key_node.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line

    # --- typed getters: return a usable value or None, recording what is wrong -------------

    def mapping(self, data: Any, path: Path_, allowed: set[str], required: set[str]) -> dict | None:
        if not isinstance(data, dict):
            self.problem(path, f"expected a mapping, got {_kind(data)}")
            return None
        for key in data:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                self.problem(path + (key,), "unknown key" + (f" (did you mean '{hint}'?)" if hint else ""))
        for key in sorted(required - set(data)):
            self.problem(path + (key,), "is required but missing")
        return data

    def string(self, data: Any, path: Path_, required: bool = True) -> str | None:
        if data is None and not required:
            return None
        if not isinstance(data, str) or not data.strip():
            self.problem(path, f"expected a non-empty text, got {_kind(data)}")
            return None
        return " ".join(data.split())

    def integer(self, data: Any, path: Path_, required: bool = True) -> int | None:
        if data is None and not required:
            return None
        if isinstance(data, bool) or not isinstance(data, int):
            self.problem(path, f"expected a whole number, got {_kind(data)}")
            return None
        return data

    def number(self, data: Any, path: Path_) -> float | None:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            self.problem(path, f"expected a number, got {_kind(data)}")
            return None
        return float(data)

    def items(self, data: Any, path: Path_) -> list:
        if data is None:
            return []
        if not isinstance(data, list):
            self.problem(path, f"expected a list, got {_kind(data)}")
            return []
        return data

    def source_ids(self, data: Any, path: Path_, sources: dict[str, Source], figure: bool = False) -> tuple[str, ...]:
        ids = [data] if isinstance(data, str) else data
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            self.problem(path, f"expected a source id or a list of them, got {_kind(data)}")
            return ()
        for i, source_id in enumerate(ids):
            where = path if isinstance(data, str) else path + (i,)
            source = sources.get(source_id)
            if source is None:
                self.problem(where, f"unknown source '{source_id}' (declare it in {SOURCES_FILE})")
            elif figure and source.kind == "editorial":
                self.problem(where, f"a figure cannot cite the editorial source '{source_id}': "
                                    "give the statistic or article it comes from, or leave the figure out")
        return tuple(ids)

    def fact(self, data: Any, path: Path_, sources: dict[str, Source], kind_key: str | None = None,
             kinds: tuple[str, ...] | None = None) -> Fact | None:
        allowed = {"text", "source"} | ({kind_key} if kind_key else set())
        required = {"text", "source"} | ({kind_key} if kind_key and kinds is None else set())
        if self.mapping(data, path, allowed, required) is None:
            return None
        text = self.string(data.get("text"), path + ("text",))
        ids = self.source_ids(data.get("source"), path + ("source",), sources)
        kind = None
        if kind_key:
            kind = self.string(data.get(kind_key), path + (kind_key,), required=kinds is None)
            if kinds is not None:
                kind = kind or kinds[0]
                if kind not in kinds:
                    self.problem(path + (kind_key,), f"'{kind}' is not one of {', '.join(kinds)}")
        if text is None or not ids:
            return None
        return Fact(text, ids, kind)

    def quotes(self, data: Any, path: Path_, ids: tuple[str, ...], sources: dict[str, Source]) -> tuple[str, ...]:
        """A figure's ``quote``: one text, or a list of them, one per article the figure cites, in order."""
        if data is None:
            return ()
        texts = [data] if isinstance(data, str) else data
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            self.problem(path, f"expected a non-empty text or a list of them, got {_kind(data)}")
            return ()
        articles = [i for i in ids if i in sources and sources[i].kind == "article"]
        if not ids or not all(i in sources for i in ids):
            pass  # the sources are reported as wrong already
        elif not articles:
            self.problem(path, "a quote gives a cited article's own words, and this figure cites no article")
        elif len(texts) != len(articles):
            self.problem(path, f"{len(texts)} quotes for {len(articles)} cited articles: "
                               "give one quote per article, in the order of source")
        return tuple(" ".join(t.split()) for t in texts)

    def facts(self, data: Any, path: Path_, sources: dict[str, Source], **kw: Any) -> tuple[Fact, ...]:
        out = (self.fact(item, path + (i,), sources, **kw) for i, item in enumerate(self.items(data, path)))
        return tuple(f for f in out if f is not None)


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _kind(data: Any) -> str:
    if data is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "a text", bool: "true/false", int: "a number",
            float: "a number"}.get(type(data), type(data).__name__)


def _closest(word: str, choices: set[str]) -> str | None:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    found = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=2)
    return found[0] if found else None


# --- the file formats ---------------------------------------------------------------------

PROFILE_KEYS = {"id", "name", "group", "tagline", "aliases", "summary", "responsibilities", "skills",
                "education", "tools", "industries", "outlook", "growth", "salaries", "getting_started",
                "insights", "interests", "related", "official"}
PROFILE_REQUIRED = {"id", "name", "group", "tagline", "aliases", "summary", "responsibilities", "skills",
                    "education", "tools", "industries", "related"}


def _salary(c: Checker, data: Any, path: Path_, sources: dict[str, Source]) -> SalaryFigure | None:
    keys = {"what", "stat", "amount", "min", "max", "currency", "period", "region", "year", "scope", "source", "note",
            "quote"}
    if c.mapping(data, path, keys, {"what", "stat", "currency", "period", "region", "year", "source"}) is None:
        return None
    before = len(c.problems)
    what, stat = data.get("what"), data.get("stat")
    if what not in SALARY_WHATS:
        c.problem(path + ("what",), f"'{what}' is not one of {', '.join(SALARY_WHATS)}")
    if stat not in SALARY_STATS:
        c.problem(path + ("stat",), f"'{stat}' is not one of {', '.join(SALARY_STATS)}")
    amount = c.integer(data.get("amount"), path + ("amount",), required=False)
    low = c.integer(data.get("min"), path + ("min",), required=False)
    high = c.integer(data.get("max"), path + ("max",), required=False)
    if stat in RANGE_STATS:
        if low is None or high is None:
            c.problem(path, f"a '{stat}' figure needs min and max")
        elif low > high:
            c.problem(path + ("min",), f"min {low} is above max {high}")
    elif stat in SALARY_STATS and amount is None:
        c.problem(path + ("amount",), f"a '{stat}' figure needs an amount")
    for key in ("amount", "min", "max"):
        value = data.get(key)
        if isinstance(value, int) and value <= 0:
            c.problem(path + (key,), "must be positive")
    currency = c.string(data.get("currency"), path + ("currency",))
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        c.problem(path + ("currency",), f"'{currency}' is not a three-letter currency code like USD")
    period = c.string(data.get("period"), path + ("period",))
    if period and period not in ("year", "month", "hour"):
        c.problem(path + ("period",), f"'{period}' is not one of year, month, hour")
    region = c.string(data.get("region"), path + ("region",))
    year = c.integer(data.get("year"), path + ("year",), required=False)
    if year is not None and not 1990 <= year <= 2100:
        c.problem(path + ("year",), f"{year} is not a plausible year")
    scope = c.string(data.get("scope"), path + ("scope",), required=False)
    note = c.string(data.get("note"), path + ("note",), required=False)
    ids = c.source_ids(data.get("source"), path + ("source",), sources, figure=True)
    quotes = c.quotes(data.get("quote"), path + ("quote",), ids, sources)
    if len(c.problems) > before or currency is None or period is None or region is None:
        return None
    return SalaryFigure(what=what, stat=stat, currency=currency, period=period, region=region, year=year,
                        sources=ids, amount=amount, min=low, max=high, scope=scope, note=note, quotes=quotes)


def _growth(c: Checker, data: Any, path: Path_, sources: dict[str, Source]) -> GrowthFigure | None:
    keys = {"percent", "percent_min", "percent_max", "start", "end", "scope", "region", "cited", "source", "quote"}
    if c.mapping(data, path, keys, {"start", "end", "source"}) is None:
        return None
    before = len(c.problems)
    percent = data.get("percent")
    if percent is not None:
        c.number(percent, path + ("percent",))
    elif "percent_min" in data and "percent_max" in data:
        c.number(data["percent_min"], path + ("percent_min",))
        c.number(data["percent_max"], path + ("percent_max",))
    else:
        c.problem(path, "needs percent, or percent_min and percent_max")
    start = c.integer(data.get("start"), path + ("start",))
    end = c.integer(data.get("end"), path + ("end",))
    if start is not None and end is not None and start >= end:
        c.problem(path + ("end",), f"end {end} is not after start {start}")
    scope = c.string(data.get("scope"), path + ("scope",), required=False)
    region = c.string(data.get("region"), path + ("region",), required=False)
    cited = c.string(data.get("cited"), path + ("cited",), required=False)
    ids = c.source_ids(data.get("source"), path + ("source",), sources, figure=True)
    quotes = c.quotes(data.get("quote"), path + ("quote",), ids, sources)
    if len(c.problems) > before or start is None or end is None:
        return None
    return GrowthFigure(start=start, end=end, sources=ids, percent=percent,
                        percent_min=data.get("percent_min"), percent_max=data.get("percent_max"),
                        scope=scope, region=region, cited=cited, quotes=quotes)


def _tools(c: Checker, data: Any, path: Path_, sources: dict[str, Source]) -> tuple[ToolGroup, ...]:
    out = []
    for i, item in enumerate(c.items(data, path)):
        where = path + (i,)
        if c.mapping(item, where, {"category", "names", "source"}, {"category", "names", "source"}) is None:
            continue
        category = c.string(item.get("category"), where + ("category",))
        names = item.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            c.problem(where + ("names",), f"expected a non-empty list of tool names, got {_kind(names)}")
            continue
        ids = c.source_ids(item.get("source"), where + ("source",), sources)
        if category and ids:
            out.append(ToolGroup(category, tuple(n.strip() for n in names), ids))
    return tuple(out)


ONET_CODE = re.compile(r"^\d\d-\d\d\d\d\.\d\d$")


def _official(c: Checker, data: Any, path: Path_) -> tuple[OfficialLink, ...]:
    links = []
    for i, item in enumerate(c.items(data, path)):
        where = path + (i,)
        if c.mapping(item, where, {"code", "relation", "reason", "chosen_by"}, {"code", "relation", "reason"}) is None:
            continue
        code = str(item.get("code"))
        if not ONET_CODE.match(code):
            c.problem(where + ("code",), f"'{code}' is not an O*NET-SOC code like 15-1243.00 (quote it)")
        relation = item.get("relation")
        if relation not in OFFICIAL_RELATIONS:
            c.problem(where + ("relation",), f"'{relation}' is not one of {', '.join(OFFICIAL_RELATIONS)}")
        chosen_by = item.get("chosen_by", "onet")
        if chosen_by not in ("onet", "team"):
            c.problem(where + ("chosen_by",), f"'{chosen_by}' is not one of onet, team")
        reason = c.string(item.get("reason"), where + ("reason",))
        if reason and ONET_CODE.match(code) and relation in OFFICIAL_RELATIONS:
            links.append(OfficialLink(code, relation, reason, chosen_by))
    return tuple(links)


def _profile(c: Checker, data: Any, stem: str, sources: dict[str, Source]) -> RoleProfile | None:
    if c.mapping(data, (), PROFILE_KEYS, PROFILE_REQUIRED) is None:
        return None
    before = len(c.problems)
    role_id = c.string(data.get("id"), ("id",))
    if role_id is not None:
        if not ROLE_ID.match(role_id):
            c.problem(("id",), f"'{role_id}' must be lower-case words joined by hyphens")
        elif role_id != stem:
            c.problem(("id",), f"'{role_id}' does not match the file name '{stem}.yaml'")
    name = c.string(data.get("name"), ("name",))
    group = data.get("group")
    if group not in GROUPS:
        c.problem(("group",), f"'{group}' is not one of {', '.join(GROUPS)}")
    tagline = c.string(data.get("tagline"), ("tagline",))
    aliases = []
    for i, alias in enumerate(c.items(data.get("aliases"), ("aliases",))):
        text = c.string(alias, ("aliases", i))
        if text:
            aliases.append(text)
    summary = c.fact(data["summary"], ("summary",), sources) if "summary" in data else None
    skills = data.get("skills")
    technical: tuple[Fact, ...] = ()
    soft: tuple[Fact, ...] = ()
    if c.mapping(skills, ("skills",), {"technical", "soft"}, {"technical", "soft"}) is not None:
        technical = c.facts(skills.get("technical"), ("skills", "technical"), sources)
        soft = c.facts(skills.get("soft"), ("skills", "soft"), sources)
    interests = []
    for i, interest in enumerate(c.items(data.get("interests"), ("interests",))):
        text = c.string(interest, ("interests", i))
        if text:
            interests.append(text)
    related = []
    for i, other in enumerate(c.items(data.get("related"), ("related",))):
        if c.string(other, ("related", i)):
            related.append(other)
    profile = RoleProfile(
        id=role_id or stem, name=name or stem, group=group, tagline=tagline or "", aliases=tuple(aliases),
        summary=summary or Fact("", ()),
        responsibilities=c.facts(data.get("responsibilities"), ("responsibilities",), sources),
        technical_skills=technical, soft_skills=soft,
        education=c.facts(data.get("education"), ("education",), sources, kind_key="kind", kinds=EDUCATION_KINDS),
        tools=_tools(c, data.get("tools"), ("tools",), sources),
        industries=c.facts(data.get("industries"), ("industries",), sources),
        related=tuple(related),
        interests=tuple(interests),
        outlook=c.facts(data.get("outlook"), ("outlook",), sources),
        growth=tuple(g for i, item in enumerate(c.items(data.get("growth"), ("growth",)))
                     if (g := _growth(c, item, ("growth", i), sources)) is not None),
        salaries=tuple(s for i, item in enumerate(c.items(data.get("salaries"), ("salaries",)))
                       if (s := _salary(c, item, ("salaries", i), sources)) is not None),
        getting_started=c.facts(data.get("getting_started"), ("getting_started",), sources),
        insights=c.facts(data.get("insights"), ("insights",), sources, kind_key="topic"),
        official=_official(c, data.get("official"), ("official",)),
        file=c.file,
    )
    for field_name in ("responsibilities", "education", "industries"):
        if field_name in data and not getattr(profile, field_name) and len(c.problems) == before:
            c.problem((field_name,), "must list at least one item")
    return profile if len(c.problems) == before else None


def _sources(c: Checker, data: Any) -> dict[str, Source]:
    out: dict[str, Source] = {}
    if not isinstance(data, dict):
        c.problem((), f"expected a mapping of source ids, got {_kind(data)}")
        return out
    for source_id, entry in data.items():
        if c.mapping(entry, (source_id,), {"title", "kind", "file", "superseded_by"}, {"title", "kind"}) is None:
            continue
        title = c.string(entry.get("title"), (source_id, "title"))
        kind = entry.get("kind")
        if kind not in ("article", "statistics", "editorial"):
            c.problem((source_id, "kind"), f"'{kind}' is not one of article, statistics, editorial")
            continue
        if title:
            out[str(source_id)] = Source(str(source_id), title, kind, entry.get("file"), entry.get("superseded_by"))
    for source in out.values():
        if source.superseded_by is not None and out.get(source.superseded_by, source).kind != "statistics":
            c.problem((source.id, "superseded_by"), f"'{source.superseded_by}' is not a statistics source here")
    return out


# --- reading the directory ----------------------------------------------------------------

def read_data_file(path: Path, problems: list[Problem]) -> tuple[str, Any] | None:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(name, "", f"is {size:,} bytes; a profile should be well under "
                                              f"{MAX_FILE_BYTES:,} (is it the right file?)"))
            return None
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start})"))
        return None
    except OSError as exc:
        problems.append(Problem(name, "", f"cannot be read: {exc.strerror or exc}"))
        return None
    try:
        return text, _parse_yaml(text)
    except Exception as exc:  # a PyYAML error: say where, not how PyYAML failed inside
        if not exc.__class__.__module__.startswith("yaml"):
            raise
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(name, "", f"is not valid YAML: {reason}", mark.line + 1 if mark else None))
        return None


def _parse_yaml(text: str) -> Any:
    yaml, loader = _yaml()
    return yaml.load(text, Loader=loader)


def load_knowledge(directory: str | os.PathLike[str] | None = None, *, prebuilt: bool = True) -> KnowledgeBase:
    """Read every profile in ``directory``; raise DataError listing all problems, or return the base.

    ``prebuilt``: use the folder's prebuilt form (bot/prebuilt.py) when it matches the YAML and this code
    (it was checked when it was built); False reads and checks the YAML itself.
    """
    root = Path(directory) if directory is not None else default_knowledge_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise DataError([Problem(str(root), "", "is not a directory (point --knowledge at the folder "
                                                "that holds the role files)")])
    if prebuilt:
        from ..prebuilt import read_knowledge
        kb = read_knowledge(root)
        if kb is not None:
            return kb
    sources: dict[str, Source] = {}
    sources_path = root / SOURCES_FILE
    if not sources_path.is_file():
        problems.append(Problem(SOURCES_FILE, "", "is missing: every knowledge base needs its list of sources"))
    elif (read := read_data_file(sources_path, problems)) is not None:
        checker = Checker(SOURCES_FILE, read[0])
        sources = _sources(checker, read[1])
        problems += checker.problems

    roles: dict[str, RoleProfile] = {}
    merges: list[Merge] = []
    texts: dict[str, str] = {}
    files = sorted(p for p in root.glob("*.yaml") if not p.name.startswith("_"))
    files += sorted(root.glob("*.yml"))
    if not files:
        problems.append(Problem(str(root), "", "holds no role profiles (<role-id>.yaml files)"))
    for path in files:
        if path.suffix == ".yml":
            problems.append(Problem(path.name, "", "role files end in .yaml; rename it"))
            continue
        read = read_data_file(path, problems)
        if read is None:
            continue
        texts[path.name] = read[0]
        checker = Checker(path.name, read[0])
        profile = _profile(checker, read[1], path.stem, sources)
        problems += checker.problems
        if profile is not None:
            profile, found = dedupe_profile(profile)
            merges += found
            roles[profile.id] = profile

    ambiguous: dict[str, tuple[str, ...]] = {}
    ambiguous_path = root / AMBIGUOUS_FILE
    if ambiguous_path.is_file() and (read := read_data_file(ambiguous_path, problems)) is not None:
        checker = Checker(AMBIGUOUS_FILE, read[0])
        data = read[1] or {}
        if not isinstance(data, dict):
            checker.problem((), f"expected a mapping of role words to role ids, got {_kind(data)}")
            data = {}
        for word, ids in data.items():
            if not isinstance(ids, list) or len(ids) < 2 or not all(isinstance(i, str) for i in ids):
                checker.problem((word,), "expected a list of two or more role ids")
                continue
            ambiguous[_alias_key(str(word))] = tuple(ids)
        problems += checker.problems

    # Checks across files run even when some files are broken: all problems in one run.
    cross = _cross_check(roles, ambiguous, {p.stem for p in files})
    problems += [_with_line(p, texts) for p in cross]
    if problems:
        raise DataError(problems)
    return KnowledgeBase(MappingProxyType(roles), MappingProxyType(sources), MappingProxyType(ambiguous),
                         tuple(merges))


def _alias_key(text: str) -> str:
    from ..normalise import role_key
    return role_key(text)


def _with_line(problem: Problem, texts: dict[str, str]) -> Problem:
    """The line of a cross-file problem, looked up only once one is found."""
    text = texts.get(problem.file)
    if text is None or problem.line is not None:
        return problem
    path = tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\[\]]+", problem.field) if p)
    return Problem(problem.file, problem.field, problem.message, Checker(problem.file, text)._line(path))


def _cross_check(roles: dict[str, RoleProfile], ambiguous: dict[str, tuple[str, ...]],
                 role_files: set[str]) -> list[Problem]:
    """Problems that involve more than one file: related ids, aliases claimed twice.

    ``role_files`` names every profile file, loaded or not, so a broken file is not also
    reported as a missing role wherever it is referred to.
    """
    problems: list[Problem] = []
    claimed: dict[str, str] = {}
    for role in roles.values():
        for i, other in enumerate(role.related):
            if other not in role_files:
                problems.append(Problem(role.file, f"related[{i}]",
                                        f"'{other}' is not a role id in this knowledge base"))
            elif other == role.id:
                problems.append(Problem(role.file, f"related[{i}]", "a role cannot be related to itself"))
        for i, alias in enumerate((role.name,) + role.aliases):
            key = _alias_key(alias)
            field = "name" if i == 0 else f"aliases[{i - 1}]"
            if not key:
                problems.append(Problem(role.file, field, f"'{alias}' has no letters or digits to match"))
                continue
            owner = claimed.get(key)
            if owner is not None and owner != role.id:
                if key not in ambiguous:
                    problems.append(Problem(role.file, field, f"'{alias}' is also a name of '{owner}': remove it "
                                            f"from one of them, or declare it in {AMBIGUOUS_FILE}"))
            else:
                claimed[key] = role.id
    for word, ids in ambiguous.items():
        for other in ids:
            if other not in role_files:
                problems.append(Problem(AMBIGUOUS_FILE, word, f"'{other}' is not a role id in this knowledge base"))
    return problems

