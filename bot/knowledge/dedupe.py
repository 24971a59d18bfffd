"""One item per meaning: lists merged from several articles lose their near-identical repeats.

The rule (``same_meaning``): two items of one list say the same when the content words of one, with
parentheticals stripped, are all among the content words of the other ("E-commerce" ⊆ "E-commerce and
Retail" ⊆ "Retail and E-commerce"; "Expertise in programming languages such as Python, R, or Java" =
"Strong programming skills in languages such as Python, R, or Java"). Content words are the words left
after dropping function words and qualifiers ("expertise in", "strong", "skills"); words match when they
are equal after a light plural stemming, or nearly equal by rapidfuzz (a typo, a hyphen).

The kept item is the one that says most (the most content words, then the longest text); whatever a
merged item's parenthetical adds ("(e.g., recommendation systems)") is appended to it, and its sources
are the union of all, so no fact one of them holds is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Any

from .profiles import Fact, RoleProfile

PAREN = re.compile(r"\s*\(([^()]*)\)")
WORD = re.compile(r"[a-z0-9+#/]+(?:[-'’][a-z0-9]+)*")
# Function words and qualifiers that say how well or how, not what.
STOP = frozenset("""
a an the and or of in on for to with as at by from into such e g eg i e ie etc like including include includes
is are be being can will often typically usually commonly used using use its their your this that these those
strong strongly solid good excellent deep in-depth advanced basic proficiency proficient expertise expert
familiarity familiar knowledge knowledgeable understanding experience experienced skills skill skilled ability
abilities capabilities capability competence fluency fluent working hands-on languages language
""".split())
FUZZY_WORD = 90     # rapidfuzz ratio at which two words of 6+ letters count as the same word
FIELDS = ("responsibilities", "technical_skills", "soft_skills", "education", "industries", "outlook",
          "getting_started", "insights")


@dataclass(frozen=True)
class Merge:
    """Near-identical items of one list of one role, kept as one."""

    role: str
    field: str
    kept: str
    merged: tuple[str, ...]


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    word = word.replace("’", "'").replace("-", "")
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith(("ss", "us", "is")):
            return word[: -len(suffix)] + keep
    return word


def is_example(inner: str) -> bool:
    """A parenthetical that only gives examples ("e.g., AWS, Azure"; "TensorFlow, PyTorch"), not a qualification."""
    inner = inner.strip().lower()
    if re.match(r"(e\.?g\.?|for example|such as|like)\b", inner):
        return True
    parts = [p.strip() for p in re.split(r",|\bor\b|\band\b", inner) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts)


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in WORD.findall(text.lower()) if w not in STOP and _stem(w) not in STOP)


@lru_cache(maxsize=4096)  # each item is compared with many others: read its words once
def content_words(text: str) -> frozenset[str]:
    """The words that carry the meaning; parentheticals that only give examples are stripped."""
    return _words(PAREN.sub(lambda m: " " if is_example(m.group(1)) else f" {m.group(1)} ", text))


def _word_in(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    if len(word) < 6:
        return False
    from rapidfuzz import fuzz
    return any(len(other) >= 6 and fuzz.ratio(word, other) >= FUZZY_WORD for other in words)


def contained(small: frozenset[str], big: frozenset[str]) -> bool:
    if not small:
        return False
    missing = small - big  # exact words first: most pairs differ in a short word and stop here, cheaply
    if any(len(w) < 6 for w in missing) or len(missing) * 2 > len(small):
        return False  # a near-identical item shares at least half its words exactly
    return all(_word_in(w, big) for w in missing)


def same_meaning(a: str, b: str) -> bool:
    """True when one item's content words are all in the other's: one of them says all the other says."""
    wa, wb = content_words(a), content_words(b)
    return contained(wa, wb) or contained(wb, wa)


def _says_most(facts: Sequence[Fact]) -> Fact:
    return max(facts, key=lambda f: (len(content_words(f.text)), len(PAREN.sub("", f.text)), len(f.text)))


def _merge(group: Sequence[Fact]) -> Fact:
    kept = _says_most(group)
    text = kept.text
    for other in group:
        for inner in PAREN.findall(other.text):
            if not contained(_words(inner), _words(text)):
                body = text.rstrip()
                end = "." if body.endswith(".") else ""
                text = f"{body[:len(body) - len(end)]} ({inner}){end}"
    sources = tuple(dict.fromkeys(s for f in [kept, *group] for s in f.sources))
    return Fact(text, sources, kept.kind)


def dedupe_facts(facts: Sequence[Fact]) -> tuple[tuple[Fact, ...], list[tuple[str, tuple[str, ...]]]]:
    """The list with near-identical items merged (in the place of the first), and what was merged."""
    groups: list[list[Fact]] = []
    for fact in facts:
        for group in groups:
            if group[0].kind == fact.kind and any(same_meaning(fact.text, other.text) for other in group):
                group.append(fact)
                break
        else:
            groups.append([fact])
    out, merges = [], []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        merged = _merge(group)
        out.append(merged)
        merges.append((merged.text, tuple(f.text for f in group)))
    return tuple(out), merges


def dedupe_profile(role: RoleProfile) -> tuple[RoleProfile, list[Merge]]:
    changes: dict[str, Any] = {}  # field name -> its deduplicated facts, as keywords for replace()
    merges: list[Merge] = []
    for field in FIELDS:
        facts, found = dedupe_facts(getattr(role, field))
        if found:
            changes[field] = facts
            merges += [Merge(role.id, field, kept, merged) for kept, merged in found]
    return (replace(role, **changes) if changes else role), merges
