"""The prebuilt form of the curated knowledge base and the intents: read at start-up instead of the YAML.

``scripts/build_prebuilt.py`` loads ``knowledge/`` and ``intents/`` the slow way (PyYAML, every check,
the de-duplication) and writes what came out as ``_prebuilt.json`` beside the YAML. The YAML stays the
source: the file's first line is a header with the SHA-256 of the files it was built from
(``data_sha256``), of the code that turns them into objects (``code_sha256``) and of the rest of the
file, the data itself (``body_sha256``). The loaders use a prebuilt file only when all three match;
otherwise (a YAML edit, a loader change, a hand edit, another folder) they read the YAML as before, so
a stale build costs time, never a wrong answer. ``python -m bot validate`` always reads the YAML.

Standard library only: reading the prebuilt form imports neither PyYAML nor rapidfuzz.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .knowledge.profiles import KnowledgeBase
    from .understanding.intents import IntentSet

FILE = "_prebuilt.json"
FORMAT = 1
BUILD_SCRIPT = "scripts/build_prebuilt.py"
_PACKAGE = Path(__file__).resolve().parent
# The modules whose code decides what the YAML becomes (paths inside the package): a change to any of
# them makes the prebuilt form stale, just as a change to the YAML does.
KNOWLEDGE_CODE = ("prebuilt.py", "normalise.py", "knowledge/profiles.py", "knowledge/load.py", "knowledge/dedupe.py")
INTENTS_CODE = ("prebuilt.py", "normalise.py", "catalogue.py", "knowledge/load.py", "understanding/intents.py")
_FACT_LISTS = ("responsibilities", "technical_skills", "soft_skills", "education", "industries", "outlook",
               "getting_started", "insights")


# --- what a build is made from ------------------------------------------------------------------

def knowledge_files(root: Path) -> list[Path]:
    """Every file the knowledge loader could read in ``root`` (its YAML; not the official tier)."""
    return _files(root, (".yaml", ".yml"))


def intents_files(root: Path) -> list[Path]:
    """Every file the intents loader could read in ``root``."""
    return _files(root, (".yaml", ".yml", ".txt"))


def _files(root: Path, endings: tuple[str, ...]) -> list[Path]:
    # os.listdir, not Path.glob: the same files (hidden ones included, as the loaders' globs do) in a tenth
    # of the time.
    return [root / name for name in sorted(os.listdir(root)) if name.endswith(endings)]


def _digest(kind: str, named: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256(f"career-advisor {kind} prebuilt format {FORMAT}\0".encode())
    for name, data in named:
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def data_hash(files: list[Path]) -> str:
    """OSError when one cannot be read."""
    return _digest("data", [(p.name, p.read_bytes()) for p in files])


def code_hash(modules: tuple[str, ...]) -> str:
    """OSError when a module's source is not there (then the prebuilt form cannot be trusted)."""
    return _digest("code", [(name, (_PACKAGE / name).read_bytes()) for name in modules])


_SOURCES = {"knowledge": (knowledge_files, KNOWLEDGE_CODE), "intents": (intents_files, INTENTS_CODE)}


def _read(root: Path, kind: str) -> tuple[dict[str, Any] | None, str]:
    """``root``'s prebuilt data when it matches the files there and this code, else None and why not."""
    path = root / FILE
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        data = json.loads(head)
    except OSError:
        return None, f"{path} is missing"
    except ValueError:
        return None, f"{path} is not valid JSON"
    list_files, modules = _SOURCES[kind]
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("kind") != kind:
        return None, f"{path} is not a {kind} build of format {FORMAT}"
    if data.get("body_sha256") != hashlib.sha256(body).hexdigest():
        return None, f"{path} was changed after it was built"
    try:
        if data.get("data_sha256") != data_hash(list_files(root)):
            return None, f"{path} was built from other {kind} files than these"
    except OSError:  # a folder named like a data file, say: the loader reports it
        return None, f"{path} was built from other {kind} files than these (one cannot be read)"
    try:
        if data.get("code_sha256") != code_hash(modules):
            return None, f"{path} was built by other code than this bot's"
    except OSError:
        return None, f"{path} cannot be checked: the bot's source files are not installed"
    try:
        return json.loads(body), ""
    except ValueError:  # only if written so by hand, hash and all
        return None, f"{path} is not valid JSON"


def stale(root: Path, kind: str) -> str | None:
    """Why ``root``'s prebuilt file would not be used (None: it would be), for ``validate`` and the tests."""
    data, why = _read(root, kind)
    return None if data is not None else why


def _write(root: Path, kind: str, body: dict[str, Any]) -> str:
    list_files, modules = _SOURCES[kind]
    # One item a line: a rebuild after a data edit shows as a readable diff.
    text = json.dumps(body, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n"
    head = {"format": FORMAT, "kind": kind, "generated_by": BUILD_SCRIPT,
            "note": "generated from the YAML beside it; do not edit, run the script again",
            "data_sha256": data_hash(list_files(root)), "code_sha256": code_hash(modules),
            "body_sha256": hashlib.sha256(text.encode()).hexdigest()}
    return json.dumps(head, ensure_ascii=False, separators=(",", ":")) + "\n" + text


# --- the knowledge base -----------------------------------------------------------------------------

def knowledge_json(root: Path, kb: KnowledgeBase) -> str:
    """The prebuilt file for ``kb``, which was loaded (and checked) from the YAML in ``root``."""
    def fact(f: Any) -> list[Any]:
        return [f.text, list(f.sources), f.kind]

    roles = []
    for role in kb.roles.values():
        item: dict[str, Any] = {
            "id": role.id, "name": role.name, "group": role.group, "tagline": role.tagline,
            "aliases": list(role.aliases), "summary": fact(role.summary),
            "tools": [[t.category, list(t.names), list(t.sources)] for t in role.tools],
            "related": list(role.related), "interests": list(role.interests),
            "growth": [asdict(g) for g in role.growth], "salaries": [asdict(s) for s in role.salaries],
            "official": [[o.code, o.relation, o.reason, o.chosen_by] for o in role.official],
            "file": role.file,
        }
        item.update({name: [fact(f) for f in getattr(role, name)] for name in _FACT_LISTS})
        roles.append(item)
    body = {
        "sources": [[s.id, s.title, s.kind, s.file, s.superseded_by] for s in kb.sources.values()],
        "roles": roles,
        "ambiguous": {key: list(ids) for key, ids in kb.ambiguous.items()},
        "merges": [[m.role, m.field, m.kept, list(m.merged)] for m in kb.merges],
    }
    return _write(root, "knowledge", body)


def read_knowledge(root: Path) -> KnowledgeBase | None:
    """The knowledge base from ``root``'s prebuilt file, or None when there is none that matches."""
    data, _ = _read(root, "knowledge")
    if data is None:
        return None
    from .knowledge.dedupe import Merge
    from .knowledge.profiles import (Fact, GrowthFigure, KnowledgeBase, OfficialLink, RoleProfile, SalaryFigure,
                                     Source, ToolGroup)

    def fact(row: list[Any]) -> Fact:
        return Fact(row[0], tuple(row[1]), row[2])

    def figure(cls: Any, row: dict[str, Any]) -> Any:
        return cls(**{**row, "sources": tuple(row["sources"]), "quotes": tuple(row["quotes"])})

    roles = {}
    for r in data["roles"]:
        roles[r["id"]] = RoleProfile(
            id=r["id"], name=r["name"], group=r["group"], tagline=r["tagline"], aliases=tuple(r["aliases"]),
            summary=fact(r["summary"]),
            tools=tuple(ToolGroup(c, tuple(names), tuple(sources)) for c, names, sources in r["tools"]),
            related=tuple(r["related"]), interests=tuple(r["interests"]),
            growth=tuple(figure(GrowthFigure, g) for g in r["growth"]),
            salaries=tuple(figure(SalaryFigure, s) for s in r["salaries"]),
            official=tuple(OfficialLink(*o) for o in r["official"]), file=r["file"],
            **{name: tuple(fact(f) for f in r[name]) for name in _FACT_LISTS})
    sources = {row[0]: Source(*row) for row in data["sources"]}
    return KnowledgeBase(MappingProxyType(roles), MappingProxyType(sources),
                         MappingProxyType({key: tuple(ids) for key, ids in data["ambiguous"].items()}),
                         tuple(Merge(role, field, kept, tuple(merged)) for role, field, kept, merged in data["merges"]))


# --- the intents ------------------------------------------------------------------------------------

_LANGUAGE_MAPS = ("spellings", "choices", "title_abbreviations", "role_abbreviations", "field_words", "title_aliases",
                  "field_people", "credential_jobs", "glosses")
_LANGUAGE_SETS = ("stopwords", "comparatives", "occupations", "everyday_titles", "off_topic_words", "words",
                  "credentials", "person_words", "near_jobs", "courtesies")
_LANGUAGE_TUPLES = ("follow_up_starts", "tool_names", "places", "own_job_phrases")


def intents_json(root: Path, intents: IntentSet) -> str:
    """The prebuilt file for ``intents``, which were loaded (and checked) from the YAML in ``root``."""
    language = intents.language
    body = {
        "language": {**{name: dict(getattr(language, name)) for name in _LANGUAGE_MAPS},
                     **{name: sorted(getattr(language, name)) for name in _LANGUAGE_SETS},
                     **{name: [list(t) for t in getattr(language, name)] for name in _LANGUAGE_TUPLES}},
        "intents": [{"name": i.name, "kind": i.kind, "description": i.description, "keywords": dict(i.keywords),
                     "phrases": [[p.pattern, weight, text, sorted(anchors)] for p, weight, text, anchors in i.phrases],
                     "examples": list(i.examples), "aspect": i.aspect} for i in intents.intents.values()],
    }
    return _write(root, "intents", body)


def read_intents(root: Path) -> IntentSet | None:
    """The intents from ``root``'s prebuilt file, or None when there is none that matches."""
    data, _ = _read(root, "intents")
    if data is None:
        return None
    from .understanding.intents import Intent, IntentSet, Language, PhrasePattern

    lang = data["language"]
    fields: dict[str, Any] = {name: MappingProxyType(lang[name]) for name in _LANGUAGE_MAPS}
    fields.update({name: frozenset(lang[name]) for name in _LANGUAGE_SETS})
    fields.update({name: tuple(tuple(t) for t in lang[name]) for name in _LANGUAGE_TUPLES})
    language = Language(**fields)
    intents = {}
    for i in data["intents"]:
        phrases = tuple((PhrasePattern(pattern), weight, text, frozenset(anchors))
                        for pattern, weight, text, anchors in i["phrases"])
        intents[i["name"]] = Intent(i["name"], i["kind"], i["description"], MappingProxyType(i["keywords"]),
                                    phrases, tuple(i["examples"]), i["aspect"])
    return IntentSet(MappingProxyType(intents), language)
