"""Intent definitions (data in ``intents/*.yaml``) and the matcher that scores them."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..catalogue import BY_NAME, DEFINED_INTENTS
from ..errors import DataError, Problem
from ..knowledge.load import Checker, bundled_dir, read_data_file
from ..normalise import LazyPattern as PhrasePattern  # a phrase's regex: every part escaped, so it compiles
from ..normalise import role_key, singular, words
from .learned import MODEL_FILE, IntentModel, load_model

MAX_WEIGHT = 10.0   # a keyword or phrase scores at most this; a larger weight is a typo
LANGUAGE_FILE = "_language.yaml"
OCCUPATIONS_FILE = "_occupations.txt"
WORDS_FILE = "_words.txt"
NEAR_JOBS_FILE = "_near_jobs.txt"
JOB_NAMES_ABROAD_FILE = "_job_names_abroad.txt"   # scripts/make_job_names_abroad.py: 'pielęgniarka' -> nurse
ENV_VAR = "CAREER_BOT_INTENTS"
# A wildcard spans the words of one question, not a question word opening the next ('... do? what ... make').
# ('what else can I do with': 'can' with the person after it is inside the question)
CLAUSE_OPENERS = r"(?:what|how|why|earn|earns|make|makes|paid) |(?:can|could) (?!(?:i|we|you|u) )"
WILDCARD_WORDS = 4  # '*' in a phrase stands for up to this many words


def default_intents_dir() -> Path:
    return bundled_dir("intents", ENV_VAR)


@dataclass(frozen=True)
class Intent:
    name: str
    kind: str
    description: str
    keywords: Mapping[str, float]
    phrases: tuple[tuple[PhrasePattern, float, str, frozenset[str]], ...]  # pattern, weight, text, anchors
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
    everyday_titles: frozenset[str] = frozenset()   # job titles that are everyday words too
    title_abbreviations: Mapping[str, str] = field(default_factory=dict)  # 'dev' -> 'developer' at a title's end
    tool_names: tuple[tuple[str, ...], ...] = ()   # tool names as word tuples: ('power', 'bi')
    role_abbreviations: Mapping[str, str] = field(default_factory=dict)  # 'de' -> 'data-engineer', in job context
    field_words: Mapping[str, str] = field(default_factory=dict)  # 'nursing' -> 'nurse'
    title_aliases: Mapping[str, str] = field(default_factory=dict)  # 'pen tester' -> 'penetration tester'
    places: tuple[tuple[str, ...], ...] = ()   # countries, regions and cities, as word tuples
    off_topic_words: frozenset[str] = frozenset()  # 'joke', 'translate': requests that are not about careers
    words: frozenset[str] = frozenset()   # words of work English: never 'corrected' into another word
    own_job_phrases: tuple[tuple[str, ...], ...] = ()  # 'mine', 'my current job', 'what I make now'
    credentials: frozenset[str] = frozenset()  # 'bsn', 'llb', 'mba': 'bsn vs adn' compares degrees, not jobs
    field_people: Mapping[str, str] = field(default_factory=dict)  # 'ml' -> 'engineer': 'the ML guy'
    person_words: frozenset[str] = frozenset()  # 'guy', 'bloke', 'person': after a field, one doing its job
    near_jobs: frozenset[str] = frozenset()  # 'bother', 'shorter': English words a letter from a job name
    # Hellos and thanks of other languages ('vinaka', 'mesi'): known words, but no typo is corrected into one
    # ('messi' is not 'mesi')
    courtesies: frozenset[str] = frozenset()
    # A certification that names its job when no job is: 'psia level 2 worth it?' (ski instructors)
    credential_jobs: Mapping[str, str] = field(default_factory=dict)
    # Phrases of languages written without spaces, read as English words: '数据分析师' -> 'data analyst'
    glosses: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class IntentSet:
    intents: Mapping[str, Intent]
    language: Language
    model: IntentModel | None = None   # the learned second opinion (intents/_learned.json), when there is one

    @cached_property
    def keyword_index(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """word -> (intent, weight) pairs: a message looks up only its own words."""
        index: dict[str, list[tuple[str, float]]] = {}
        for intent in self.intents.values():
            for word, weight in intent.keywords.items():
                index.setdefault(word, []).append((intent.name, weight))
        return {word: tuple(pairs) for word, pairs in index.items()}

    @cached_property
    def phrase_index(self) -> tuple[tuple[str, PhrasePattern, float, frozenset[str], str], ...]:
        return tuple((intent.name, pattern, weight, anchors, source) for intent in self.intents.values()
                     for pattern, weight, source, anchors in intent.phrases)

    @cached_property
    def phrases_by_word(self) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
        """Phrases (positions in ``phrase_index``) by one of their anchor words, and those with none: a message
        looks at the phrases of its own words only, not at every phrase."""
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for i, (_, _, _, anchors, source) in enumerate(self.phrase_index):
            if anchors:
                by_word.setdefault(min(anchors), []).append(i)
                continue
            # every word has alternatives ('who|which make|makes more|less'): the phrase needs one of the
            # alternatives of its word with the fewest, so it is looked at under each of them
            groups = [{option.split()[0] for option in _options(token, self.language.spellings)}
                      for token in source.split() if token != "*"]
            fewest = min((g for g in groups if g), key=len, default=None)
            if fewest is None:
                always.append(i)
            for word in sorted(fewest or ()):
                by_word.setdefault(word, []).append(i)
        return {w: tuple(ids) for w, ids in by_word.items()}, tuple(always)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word the intents know: typo correction aims at these."""
        out: set[str] = set()
        for intent in self.intents.values():
            out.update(intent.keywords)
            for _, _, source, _ in intent.phrases:
                out.update(w for w in source.replace("|", " ").split() if w != "*")
        return frozenset(out)

    @cached_property
    def plain_words(self) -> frozenset[str]:
        """Words that tell no kind of job from another: 'salary', 'skills', 'the' (keywords of some weight and
        little words; a weak hint like 'organisation' for industries may still describe a job)."""
        return frozenset(word for intent in self.intents.values() for word, weight in intent.keywords.items()
                         if weight >= 2) | self.language.stopwords


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
            parts.append(rf"(?:(?!{CLAUSE_OPENERS})\S+ ){{0,{WILDCARD_WORDS}}}?")
        else:
            parts.append("(?:" + "|".join(re.escape(o) for o in _options(token, spellings)) + ") ")
    # Words are matched on ' '-joined singular words with a trailing space: whole words only.
    return r"(?:^| )" + "".join(parts)


def score_intents(intents: IntentSet, tokens: list[str], fired: list[tuple[str, str, float]] | None = None,
                  first: dict[str, int] | None = None) -> dict[str, float]:
    """Score every intent for singular, normalised ``tokens``; each keyword and phrase counts once.

    ``fired``, when given, collects (intent, keyword or phrase, weight) for ``explain``; ``first``
    where in ``tokens`` each intent was first asked (two questions in one message are answered in order).
    """
    present = set(tokens)
    scores: dict[str, float] = {}
    # in the order the words come (not the set's, which follows the hash seed): ties between intents are then
    # settled the same way in every process
    for word in dict.fromkeys(tokens):
        for name, weight in intents.keyword_index.get(word, ()):
            scores[name] = scores.get(name, 0.0) + weight
            if fired is not None:
                fired.append((name, word, weight))
            if first is not None:
                first[name] = min(first.get(name, len(tokens)), tokens.index(word))
    text = None
    by_word, always = intents.phrases_by_word
    candidates = sorted({i for word in present for i in by_word.get(word, ())} | set(always))
    for i in candidates:  # in file order, as before: 'first' and 'fired' keep their order
        name, pattern, weight, anchors, source = intents.phrase_index[i]
        if anchors <= present:
            text = text or " " + " ".join(tokens) + " "
            match = pattern.search(text)
            if match:
                scores[name] = scores.get(name, 0.0) + weight
                if fired is not None:
                    fired.append((name, f'"{source}"', weight))
                if first is not None:
                    first[name] = min(first.get(name, len(tokens)), text.count(" ", 0, match.start()))
    return scores


def load_intents(directory: str | os.PathLike[str] | None = None, *, prebuilt: bool = True,
                 with_model: bool = True) -> IntentSet:
    """Read ``directory``'s intent files; raise DataError listing every problem.

    ``prebuilt``: use the folder's prebuilt form (bot/prebuilt.py) when it matches the YAML and this code
    (it was checked when it was built); False reads and checks the YAML itself. ``with_model=False`` leaves
    the learned weights out (scripts/learn_intents.py, which makes them).
    """
    root = Path(directory) if directory is not None else default_intents_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise DataError([Problem(str(root), "", "is not a directory of intent files")], "intent set")
    if prebuilt:
        from ..prebuilt import read_intents
        built = read_intents(root)
        if built is not None:
            return replace(built, model=load_model(root / MODEL_FILE, built.intents)) if with_model else built
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
    for name in DEFINED_INTENTS:
        if name not in intents and not any(p.file == f"{name}.yaml" for p in problems):
            problems.append(Problem(f"{name}.yaml", "", f"is missing: the bot answers '{name}' questions, so "
                                                         f"{root.name}/ needs its definition"))
    if problems or language is None:
        raise DataError(problems, "intent set")
    model = load_model(root / MODEL_FILE, intents) if with_model else None
    return IntentSet(MappingProxyType(intents), language, model)


def _intent(c: Checker, data: Any, stem: str, spellings: Mapping[str, str]) -> Intent | None:
    keys = {"name", "kind", "aspect", "description", "keywords", "phrases", "examples"}
    if c.mapping(data, (), keys, {"name", "kind", "description", "examples"}) is None:
        return None
    before = len(c.problems)
    name = c.string(data.get("name"), ("name",))
    if name and name != stem:
        c.problem(("name",), f"'{name}' does not match the file name '{stem}.yaml'")
    kind = data.get("kind")
    spec = BY_NAME.get(stem)
    if spec is None or spec.kind == "unknown":
        c.problem(("name",), f"'{stem}' is not an intent the bot can answer (one of {', '.join(DEFINED_INTENTS)}); "
                             "a new intent needs code and a contract change, not only a file")
    elif kind != spec.kind:
        c.problem(("kind",), f"'{kind}' should be '{spec.kind}' for the {stem} intent")
    keywords: dict[str, float] = {}
    raw_keywords = data.get("keywords") or {}
    if not isinstance(raw_keywords, dict):
        c.problem(("keywords",), "expected a mapping of word: weight")
        raw_keywords = {}
    for word, weight in raw_keywords.items():
        if not _word_and_weight(c, "keywords", word, weight):
            continue
        tokens = [singular(w) for w in words(str(word), spellings)]
        if len(tokens) != 1:
            c.problem(("keywords", word), "a keyword is one word; put several words under phrases")
            continue
        keywords[tokens[0]] = max(keywords.get(tokens[0], 0.0), float(weight))
    phrases: list[tuple[PhrasePattern, float, str, frozenset[str]]] = []  # pattern, weight, text, anchors
    raw_phrases = data.get("phrases") or {}
    if not isinstance(raw_phrases, dict):
        c.problem(("phrases",), "expected a mapping of phrase: weight")
        raw_phrases = {}
    for phrase, weight in raw_phrases.items():
        if not _word_and_weight(c, "phrases", phrase, weight):
            continue
        pattern = PhrasePattern(_phrase_pattern(str(phrase), spellings))
        twin = next((text for other, _, text, _ in phrases if other.pattern == pattern.pattern), None)
        if twin is not None:
            c.problem(("phrases", phrase), f"is the same phrase as '{twin}' once normalised; it would count twice")
            continue
        phrases.append((pattern, float(weight), str(phrase), _anchors(str(phrase), spellings)))
    examples = tuple(e for i, item in enumerate(c.items(data.get("examples"), ("examples",)))
                     if (e := c.string(item, ("examples", i))))
    if not examples:
        c.problem(("examples",), "list at least one example message")
    aspect = c.string(data.get("aspect"), ("aspect",), required=False)
    if len(c.problems) > before or name is None:  # no name is always a problem already
        return None
    return Intent(name, kind, c.string(data.get("description"), ("description",)) or "",
                  MappingProxyType(keywords), tuple(phrases), examples, aspect)


def _word_and_weight(c: Checker, field: str, word: Any, weight: Any) -> bool:
    """A keyword or phrase must be text (YAML reads a bare on/yes/no as a boolean) with a sane weight."""
    if not isinstance(word, str):
        c.problem((field, word), f"{word!r} was read as {type(word).__name__}, not a word: put it in quotes")
        return False
    value = c.number(weight, (field, word))
    if value is None:
        return False
    if not 0 < value <= MAX_WEIGHT:
        c.problem((field, word), f"weight {weight} is out of range (0, {MAX_WEIGHT:g}]")
        return False
    return True


def _texts(c: Checker, data: Any, path: tuple[Any, ...]) -> list[str]:
    """A list whose items must all be text (not booleans or numbers YAML guessed)."""
    out = []
    for i, item in enumerate(c.items(data, path)):
        if isinstance(item, str):
            out.append(item)
        else:
            c.problem(path + (i,), f"{item!r} was read as {type(item).__name__}, not text: put it in quotes")
    return out


def _word_map(c: Checker, data: Any, name: str, keep_value: bool = False) -> dict[str, str]:
    out: dict[str, str] = {}
    if data is not None and not isinstance(data, dict):
        c.problem((name,), "expected a mapping of word: word")
        return out
    for key, value in (data or {}).items():
        if isinstance(key, str) and isinstance(value, str):
            out[singular(key.lower())] = value if keep_value else singular(value.lower())
        else:
            c.problem((name, key), "must map a word to text, both quoted if YAML could read them otherwise")
    return out


def _language(root: Path, problems: list[Problem]) -> Language | None:
    path = root / LANGUAGE_FILE
    if not path.is_file():
        problems.append(Problem(LANGUAGE_FILE, "", "is missing"))
        return None
    read = read_data_file(path, problems)
    if read is None:
        return None
    c = Checker(LANGUAGE_FILE, read[0])
    data = c.mapping(read[1], (), {"spellings", "stopwords", "follow_up_starts", "choices", "comparatives",
                                   "everyday_titles", "title_abbreviations", "tool_names", "role_abbreviations",
                                   "field_words", "title_aliases", "places",
                                   "off_topic_words", "own_job_phrases", "credentials", "field_people",
                                   "person_words", "courtesies", "credential_jobs", "glosses"},
                     {"spellings", "stopwords", "follow_up_starts", "choices", "comparatives"})
    if data is None:
        problems += c.problems
        return None
    spellings = {}
    for key, value in (data.get("spellings") or {}).items():
        if isinstance(key, str) and isinstance(value, str):
            spellings[key.lower()] = value.lower()
        else:
            c.problem(("spellings", key), f"{key!r}: {value!r} must be text on both sides: put it in quotes")
    stopwords = frozenset(singular(w) for item in _texts(c, data.get("stopwords"), ("stopwords",))
                          for w in words(item))
    starts = tuple(tuple(words(s, spellings)) for s in _texts(c, data.get("follow_up_starts"), ("follow_up_starts",)))
    choices = {}
    for word, index in (data.get("choices") or {}).items():
        if c.integer(index, ("choices", word)) is not None:
            choices[str(word).lower()] = index
    comparatives = frozenset(singular(w) for item in _texts(c, data.get("comparatives"), ("comparatives",))
                             for w in words(item))
    occupations = _word_list(root / OCCUPATIONS_FILE)
    problems += c.problems
    if c.problems:
        return None
    everyday = frozenset(singular(w) for item in _texts(c, data.get("everyday_titles"), ("everyday_titles",))
                         for w in words(item))
    abbreviations = {}
    for short, full in (data.get("title_abbreviations") or {}).items():
        if isinstance(short, str) and isinstance(full, str):
            abbreviations[singular(short.lower())] = singular(full.lower())
        else:
            c.problem(("title_abbreviations", short), "must map a short form to a word, both text")
    tools = tuple(tuple(singular(w) for w in words(item))
                  for item in _texts(c, data.get("tool_names"), ("tool_names",)))
    role_abbreviations = _word_map(c, data.get("role_abbreviations"), "role_abbreviations", keep_value=True)
    field_words = _word_map(c, data.get("field_words"), "field_words")
    aliases = _word_map(c, data.get("title_aliases"), "title_aliases", keep_value=True)
    # The plural typed is made singular by rule, which need not give the alias back: 'firies' -> 'firy'.
    title_aliases = {role_key(k + suffix): role_key(v) for suffix in ("s", "") for k, v in aliases.items()}
    for name, title in _job_names_abroad(root / JOB_NAMES_ABROAD_FILE, problems).items():
        title_aliases.setdefault(name, title)  # (an alias written by hand wins)
    glosses = {}
    for phrase, english in (data.get("glosses") or {}).items():
        if isinstance(phrase, str) and isinstance(english, str) and english.strip() and not phrase.isascii():
            glosses[phrase] = " ".join(words(english))
        else:
            c.problem(("glosses", phrase), f"{phrase!r}: {english!r} must map a phrase written in another script "
                                           "to English words")
    language = Language(MappingProxyType(spellings), stopwords, starts, MappingProxyType(choices), comparatives,
                    occupations, everyday, MappingProxyType(abbreviations), tools,
                    MappingProxyType(role_abbreviations), MappingProxyType(field_words),
                    MappingProxyType(title_aliases),
                    tuple(tuple(words(item)) for item in _texts(c, data.get("places"), ("places",))),
                    frozenset(singular(w) for item in _texts(c, data.get("off_topic_words"), ("off_topic_words",))
                              for w in words(item)),
                    _word_list(root / WORDS_FILE),
                    tuple(tuple(singular(w) for w in words(item, spellings))
                          for item in _texts(c, data.get("own_job_phrases"), ("own_job_phrases",))),
                    frozenset(singular(w) for item in _texts(c, data.get("credentials"), ("credentials",))
                              for w in words(item)),
                    MappingProxyType(_word_map(c, data.get("field_people"), "field_people")),
                    frozenset(w for item in _texts(c, data.get("person_words"), ("person_words",))
                              for w in words(item)),
                    _word_list(root / NEAR_JOBS_FILE),
                    frozenset(w for item in _texts(c, data.get("courtesies"), ("courtesies",))
                              for w in words(item)),
                    MappingProxyType(_word_map(c, data.get("credential_jobs"), "credential_jobs", keep_value=True)),
                    MappingProxyType(glosses))
    if c.problems:  # (the checks made while building it: a bad map entry names its field)
        problems += c.problems
        return None
    return language


def _job_names_abroad(path: Path, problems: list[Problem]) -> dict[str, str]:
    """The generated job names of other languages: name -> O*NET title key, one 'name<TAB>title' a line."""
    if not path.is_file():
        return {}
    out = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, tab, title = line.partition("\t")
        if not tab or not name.strip() or not title.strip() or "\t" in title:
            problems.append(Problem(path.name, f"line {number}", "expected 'name<TAB>title'; rebuild it with "
                                                                 "scripts/make_job_names_abroad.py"))
            continue
        out[role_key(name)] = role_key(title)
    return out


def _word_list(path: Path) -> frozenset[str]:
    """A generated list of words, one a line, '#' comments; optional (an intent set may have none)."""
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))

