"""Intent definitions (data in ``intents/*.yaml``) and the matcher that scores them."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import DataError, Problem
from ..knowledge.load import Checker, bundled_dir, read_data_file
from ..normalise import singular, words

INTENT_KINDS = ("topic", "compare", "similar", "recommend", "list_roles", "help", "greeting", "thanks")
LANGUAGE_FILE = "_language.yaml"
OCCUPATIONS_FILE = "_occupations.txt"
ENV_VAR = "CAREER_BOT_INTENTS"
WILDCARD_WORDS = 4  # '*' in a phrase stands for up to this many words


def default_intents_dir() -> Path:
    return bundled_dir("intents", ENV_VAR)


@dataclass(frozen=True)
class Intent:
    name: str
    kind: str
    description: str
    keywords: Mapping[str, float]
    phrases: tuple[tuple[re.Pattern[str], float, str, frozenset[str]], ...]  # pattern, weight, text, anchors
    examples: tuple[str, ...]
    aspect: str | None = None


@dataclass(frozen=True)
class Language:
    spellings: Mapping[str, str]
    stopwords: frozenset[str]
    follow_up_starts: tuple[tuple[str, ...], ...]
    choices: Mapping[str, int]
    comparatives: frozenset[str]
    occupations: frozenset[str]


@dataclass(frozen=True)
class IntentSet:
    intents: Mapping[str, Intent]
    language: Language

    @cached_property
    def keyword_index(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """word -> (intent, weight) pairs: a message looks up only its own words."""
        index: dict[str, list[tuple[str, float]]] = {}
        for intent in self.intents.values():
            for word, weight in intent.keywords.items():
                index.setdefault(word, []).append((intent.name, weight))
        return {word: tuple(pairs) for word, pairs in index.items()}

    @cached_property
    def phrase_index(self) -> tuple[tuple[str, re.Pattern[str], float, frozenset[str]], ...]:
        return tuple((intent.name, pattern, weight, anchors) for intent in self.intents.values()
                     for pattern, weight, _, anchors in intent.phrases)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word the intents know: typo correction aims at these."""
        out: set[str] = set()
        for intent in self.intents.values():
            out.update(intent.keywords)
            for _, _, source, _ in intent.phrases:
                out.update(w for w in source.replace("|", " ").split() if w != "*")
        return frozenset(out)


def _options(token: str, spellings: Mapping[str, str]) -> list[str]:
    """The normalised alternatives of one phrase word: 'job|roles' -> ['job', 'role']."""
    return sorted({" ".join(singular(w) for w in words(opt, spellings)) for opt in token.split("|")} - {""})


def _anchors(phrase: str, spellings: Mapping[str, str]) -> frozenset[str]:
    """Words a message must contain for ``phrase`` to match: the regex runs only then."""
    out: set[str] = set()
    for token in phrase.split():
        options = _options(token, spellings) if token != "*" else []
        if len(options) == 1:
            out.update(options[0].split())
    return frozenset(out)


def _phrase_pattern(phrase: str, spellings: Mapping[str, str]) -> str:
    parts = []
    for token in phrase.split():
        if token == "*":
            parts.append(rf"(?:\S+ ){{0,{WILDCARD_WORDS}}}?")
        else:
            parts.append("(?:" + "|".join(re.escape(o) for o in _options(token, spellings)) + ") ")
    # Words are matched on ' '-joined singular words with a trailing space: whole words only.
    return r"(?:^| )" + "".join(parts)


def score_intents(intents: IntentSet, tokens: list[str]) -> dict[str, float]:
    """Score every intent for singular, normalised ``tokens``; each keyword and phrase counts once."""
    present = set(tokens)
    scores: dict[str, float] = {}
    for word in present:
        for name, weight in intents.keyword_index.get(word, ()):
            scores[name] = scores.get(name, 0.0) + weight
    text = None
    for name, pattern, weight, anchors in intents.phrase_index:
        if anchors <= present:
            text = text or " " + " ".join(tokens) + " "
            if pattern.search(text):
                scores[name] = scores.get(name, 0.0) + weight
    return scores


def load_intents(directory: str | os.PathLike[str] | None = None) -> IntentSet:
    """Read ``directory``'s intent files; raise DataError listing every problem."""
    root = Path(directory) if directory is not None else default_intents_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise DataError([Problem(str(root), "", "is not a directory of intent files")], "intent set")
    language = _language(root, problems)
    spellings = language.spellings if language else {}
    intents: dict[str, Intent] = {}
    files = sorted(p for p in root.glob("*.yaml") if not p.name.startswith("_"))
    if not files:
        problems.append(Problem(str(root), "", "holds no intent files (<intent>.yaml)"))
    for path in files:
        read = read_data_file(path, problems)
        if read is None:
            continue
        checker = Checker(path.name, read[0])
        intent = _intent(checker, read[1], path.stem, spellings)
        problems += checker.problems
        if intent is not None:
            intents[intent.name] = intent
    if problems or language is None:
        raise DataError(problems, "intent set")
    return IntentSet(MappingProxyType(intents), language)


def _intent(c: Checker, data: Any, stem: str, spellings: Mapping[str, str]) -> Intent | None:
    keys = {"name", "kind", "aspect", "description", "keywords", "phrases", "examples"}
    if c.mapping(data, (), keys, {"name", "kind", "description", "examples"}) is None:
        return None
    before = len(c.problems)
    name = c.string(data.get("name"), ("name",))
    if name and name != stem:
        c.problem(("name",), f"'{name}' does not match the file name '{stem}.yaml'")
    kind = data.get("kind")
    if kind not in INTENT_KINDS:
        c.problem(("kind",), f"'{kind}' is not one of {', '.join(INTENT_KINDS)}")
    keywords: dict[str, float] = {}
    raw_keywords = data.get("keywords") or {}
    if not isinstance(raw_keywords, dict):
        c.problem(("keywords",), "expected a mapping of word: weight")
        raw_keywords = {}
    for word, weight in raw_keywords.items():
        if c.number(weight, ("keywords", word)) is None:
            continue
        tokens = [singular(w) for w in words(str(word), spellings)]
        if len(tokens) != 1:
            c.problem(("keywords", word), "a keyword is one word; put several words under phrases")
            continue
        keywords[tokens[0]] = max(keywords.get(tokens[0], 0.0), float(weight))
    phrases = []
    raw_phrases = data.get("phrases") or {}
    if not isinstance(raw_phrases, dict):
        c.problem(("phrases",), "expected a mapping of phrase: weight")
        raw_phrases = {}
    for phrase, weight in raw_phrases.items():
        if c.number(weight, ("phrases", phrase)) is None:
            continue
        try:
            pattern = re.compile(_phrase_pattern(str(phrase), spellings))
        except re.error as exc:  # pragma: no cover - patterns are escaped; kept for safety
            c.problem(("phrases", phrase), f"cannot be compiled: {exc}")
            continue
        phrases.append((pattern, float(weight), str(phrase), _anchors(str(phrase), spellings)))
    examples = tuple(e for i, item in enumerate(c.items(data.get("examples"), ("examples",)))
                     if (e := c.string(item, ("examples", i))))
    if not examples:
        c.problem(("examples",), "list at least one example message")
    aspect = c.string(data.get("aspect"), ("aspect",), required=False)
    if len(c.problems) > before or name is None:
        return None
    return Intent(name, kind, c.string(data.get("description"), ("description",)) or "",
                  MappingProxyType(keywords), tuple(phrases), examples, aspect)


def _language(root: Path, problems: list[Problem]) -> Language | None:
    path = root / LANGUAGE_FILE
    if not path.is_file():
        problems.append(Problem(LANGUAGE_FILE, "", "is missing"))
        return None
    read = read_data_file(path, problems)
    if read is None:
        return None
    c = Checker(LANGUAGE_FILE, read[0])
    data = c.mapping(read[1], (), {"spellings", "stopwords", "follow_up_starts", "choices", "comparatives"},
                     {"spellings", "stopwords", "follow_up_starts", "choices", "comparatives"})
    if data is None:
        problems += c.problems
        return None
    spellings = {str(k).lower(): str(v).lower() for k, v in (data.get("spellings") or {}).items()}
    stopwords = frozenset(singular(w) for item in c.items(data.get("stopwords"), ("stopwords",))
                          for w in words(str(item)))
    starts = tuple(tuple(words(str(s), spellings))
                   for s in c.items(data.get("follow_up_starts"), ("follow_up_starts",)))
    choices = {}
    for word, index in (data.get("choices") or {}).items():
        if c.integer(index, ("choices", word)) is not None:
            choices[str(word).lower()] = index
    comparatives = frozenset(singular(w) for item in c.items(data.get("comparatives"), ("comparatives",))
                             for w in words(str(item)))
    occupations: frozenset[str] = frozenset()
    occ_path = root / OCCUPATIONS_FILE
    if occ_path.is_file():
        occupations = frozenset(line.strip() for line in occ_path.read_text(encoding="utf-8").splitlines()
                                if line.strip() and not line.startswith("#"))
    problems += c.problems
    if c.problems:
        return None
    return Language(MappingProxyType(spellings), stopwords, starts, MappingProxyType(choices), comparatives,
                    occupations)

