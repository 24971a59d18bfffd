"""Rank roles by how well a person's skills and interests match their profiles (BM25)."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..normalise import singular, words
from ..knowledge.profiles import KnowledgeBase, RoleProfile

# Words that say nothing about a person's interests: "I like", "which role fits me".
NOISE = frozenset(singular(w) for w in """
a an the of and or for in on to at with by from as is are was were be been am do does did have has had i me my
mine you your we our they them their he she it its this that these those there here what which who whom how why
when where can could would should will shall may might must need want like love enjoy enjoying enjoyed into
good great really very much many lot lots also too so just am im i'm ive i've been being years year now then
role roles job jobs career careers position positions work working fit fits suit suits me recommend suggest
target pursue be become thing things stuff other others people person someone kind sort type
best better right match matching what's whats which one should go choose pick interested passionate about
making make doing do using use good skills skill know knowing
""".split())
FIELD_WEIGHTS = (("interests", 3.0), ("name", 3.0), ("tagline", 2.0), ("skills", 2.0), ("tools", 2.0), ("summary", 1.0),
                 ("responsibilities", 1.0), ("education", 0.5), ("insights", 0.3))
K1, B = 1.2, 0.5
SIMILAR_TERMS = 40  # a role's strongest words decide what it is similar to


@dataclass(frozen=True)
class Suggestion:
    role_id: str
    score: float
    matched: tuple[str, ...]   # the person's words found in the profile, best first
    evidence: str              # the profile sentence that matched best


STEM_CHARS = 9  # 'architectures' and 'architect' meet at 'architect'


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball (Porter2) stem; the stemmer is pure Python, so each word is stemmed once."""
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # imported on first recommendation: start-up stays fast
    return snowballstemmer.stemmer("english")


def _content_words(text: str) -> list[str]:
    return [w for w in words(text) if (singular(w) not in NOISE and len(w) > 1) or w in ("r", "c")]


def _stem_of(word: str) -> str:
    return _stem(singular(word))[:STEM_CHARS]


def _terms(text: str) -> list[str]:
    """Content words reduced to stems: 'designing' and 'design' count as one interest."""
    stems = [_stem_of(word) for word in _content_words(text)]
    # Pairs of neighbouring words carry what single words lose: 'data quality', 'feature store'.
    return stems + ["_".join(sorted(pair)) for pair in pairwise(stems)]  # 'modelling data' = 'data modelling'


def _fields(role: RoleProfile) -> dict[str, list[str]]:
    return {
        "interests": list(role.interests),
        "name": [role.name] + list(role.aliases),
        "tagline": [role.tagline],
        "skills": [f.text for f in role.technical_skills + role.soft_skills],
        "tools": [f"{g.category}: {', '.join(g.names)}" for g in role.tools],
        "summary": [role.summary.text],
        "responsibilities": [f.text for f in role.responsibilities],
        "education": [f.text for f in role.education],
        "insights": [f.text for f in role.insights],
    }


class Recommender:
    """A weighted bag of words per role, built once; scoring is a sparse dot product."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.sentences: dict[str, list[tuple[str, set[str]]]] = {}
        counts: dict[str, dict[str, float]] = {}  # weighted term frequencies per role
        for role in kb.roles.values():
            bag: dict[str, float] = defaultdict(float)
            sentences = []
            for name, weight in FIELD_WEIGHTS:
                for text in _fields(role)[name]:
                    terms = _terms(text)
                    for term in terms:
                        bag[term] += weight
                    if name not in ("name", "tagline", "interests"):  # evidence is a sourced sentence
                        sentences.append((text, set(terms)))
            counts[role.id] = bag
            self.sentences[role.id] = sentences
        n = len(counts)
        df = Counter(term for bag in counts.values() for term in bag)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        avg = sum(sum(b.values()) for b in counts.values()) / max(n, 1)
        self.weights: dict[str, dict[str, float]] = {}
        for role_id, bag in counts.items():
            length = sum(bag.values())
            norm = K1 * (1 - B + B * length / avg)
            self.weights[role_id] = {t: self.idf[t] * tf * (K1 + 1) / (tf + norm) for t, tf in bag.items()}
        # Inverted index: a message's words reach only the roles that contain them.
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for role_id, weights in self.weights.items():
            for term, weight in weights.items():
                self.postings.setdefault(term, []).append((role_id, weight))
        self.norms = {r: math.sqrt(sum(w * w for w in ws.values())) or 1.0 for r, ws in self.weights.items()}
        self._similar: dict[str, tuple[str, ...]] = {}

    def similar_to(self, role_id: str, limit: int = 5) -> tuple[str, ...]:
        """Roles whose profiles share the most weighted words with this one (cosine), remembered per role."""
        cached = self._similar.get(role_id)
        if cached is None:
            mine = sorted(self.weights.get(role_id, {}).items(), key=lambda kv: -kv[1])[:SIMILAR_TERMS]
            dots: dict[str, float] = {}
            for term, weight in mine:
                for other, w in self.postings.get(term, ()):
                    if other != role_id:
                        dots[other] = dots.get(other, 0.0) + weight * w
            scored = sorted(((dot / self.norms[other], other) for other, dot in dots.items()), reverse=True)
            cached = self._similar[role_id] = tuple(other for _, other in scored[:limit])
        return cached

    def rank(self, text: str, limit: int = 5) -> tuple[Suggestion, ...]:
        """The roles that fit the interests in ``text``, best first, each with why."""
        terms = list(dict.fromkeys(_terms(text)))
        typed: dict[str, str] = {}  # stem -> the word the person typed, to explain matches in their words
        for word in _content_words(text):
            typed.setdefault(_stem_of(word), word)
        hits: dict[str, list[tuple[float, str]]] = {}
        for term in terms:
            for role_id, weight in self.postings.get(term, ()):
                hits.setdefault(role_id, []).append((weight, term))
        best = sorted(((sum(w for w, _ in h), role_id) for role_id, h in hits.items()),
                      key=lambda x: (-x[0], x[1]))[:limit]
        out = []
        for score, role_id in best:
            stems = [t for _, t in sorted(hits[role_id], reverse=True)]
            wanted = set(stems)
            evidence = max(self.sentences[role_id], key=lambda s: len(s[1] & wanted), default=("", set()))
            matched = tuple(dict.fromkeys(typed[t] for t in stems if t in typed))
            out.append(Suggestion(role_id, score, matched, evidence[0] if evidence[1] & wanted else ""))
        return tuple(out)
