"""Find role mentions in a message: exact, reordered, run-together and misspelt names (rapidfuzz)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..normalise import ROLE_FILLERS, role_key
from ..knowledge.profiles import KnowledgeBase

MIN_FUZZY_LEN = 5  # shorter words are corrected only by exact match: 'date' must not become 'data'


def allowed_edits(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    if len(word) < MIN_FUZZY_LEN:
        return 0
    return 1 if len(word) < 8 else 2


@dataclass(frozen=True)
class RoleMention:
    """Words ``start``..``end`` (indexes into the message's words) name ``roles``.

    One role: resolved. Several: an ambiguous word ('architect') the person must choose from.
    """

    start: int
    end: int
    roles: tuple[str, ...]
    words: str

    @property
    def ambiguous(self) -> bool:
        return len(self.roles) > 1


class RoleIndex:
    """Every name and alias of the knowledge base, normalised once at load."""

    def __init__(self, kb: KnowledgeBase, spellings: Mapping[str, str] | None = None) -> None:
        self._name_keys: dict[str, str] = {}
        self._alias_keys: dict[str, tuple[str, ...]] = {}
        keys: dict[str, tuple[str, ...]] = {}
        for role in kb.roles.values():
            names = [role_key(name, spellings) for name in (role.name,) + role.aliases]
            self._name_keys[role.id], self._alias_keys[role.id] = names[0], tuple(names[1:])
            for key in names:
                if key and key not in kb.ambiguous:
                    keys[key] = (role.id,)
        # 'getting into deep learning engineering': the field an engineer's name implies.
        for key, ids in list(keys.items()):
            if key.endswith(" engineer"):
                keys.setdefault(key + "ing", ids)
        for word, ids in kb.ambiguous.items():
            keys[role_key(word, spellings)] = tuple(ids)
        self.exact = keys
        # 'dataarchitect', 'machinelearning engineer': the same names without spaces.
        self.joined = {key.replace(" ", ""): ids for key, ids in keys.items()}
        # 'engineer machine learning': the same words in another order.
        self.unordered = {" ".join(sorted(key.split())): ids for key, ids in keys.items() if " " in key}
        self.max_words = max((key.count(" ") + 1 for key in keys), default=1)
        self.vocabulary = frozenset(w for key in keys for w in key.split())
        # Choices for fuzzy run-together words, bucketed by length so a lookup scans few of them.
        self._joined_by_len: dict[int, list[str]] = defaultdict(list)
        for joined in self.joined:
            self._joined_by_len[len(joined)].append(joined)
        self.names = {role.id: role.name for role in kb.roles.values()}
        self.fuzzy_joined = lru_cache(maxsize=4096)(self._fuzzy_joined)  # per index, freed with it

    def _fuzzy_joined(self, word: str) -> tuple[str, ...] | None:
        """A long run-together word close to a name without spaces ('dataarchitcet')."""
        edits = allowed_edits(word)
        if len(word) < 8 or not edits:
            return None
        choices = [c for n in range(len(word) - edits, len(word) + edits + 1) for c in self._joined_by_len.get(n, ())]
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=edits)
        return self.joined[found[0]] if found else None

    def find(self, words: list[str]) -> list[RoleMention]:
        """Role mentions in ``words`` (singular, corrected), longest and most specific first, in order."""
        slots = [(i, w) for i, w in enumerate(words) if w not in ROLE_FILLERS]
        found: list[tuple[int, int, bool, int, tuple[str, ...]]] = []  # start, end, in order, length, ids
        n = len(slots)
        for a in range(n):
            for b in range(a + 1, min(n, a + self.max_words + 1) + 1):
                span = [w for _, w in slots[a:b]]
                key = " ".join(span)
                ids = self.exact.get(key) or self.joined.get("".join(span))
                in_order = ids is not None
                if ids is None and b - a > 1 and slots[b - 1][0] - slots[a][0] == b - a - 1:
                    # Reordered words must stand together: 'engineer, machine learning', but not
                    # 'ai architect and ml' (two roles joined by 'and').
                    ids = self.unordered.get(" ".join(sorted(span)))
                if ids is None and b - a == 1 and span[0] not in self.vocabulary:
                    ids = self.fuzzy_joined(span[0])
                if ids is not None:
                    found.append((a, b, in_order, len(key), ids))
        # Longest match wins ('lead machine learning engineer' is not 'machine learning engineer'),
        # then words in their usual order ('ai architect and data architect' is not 'architect data').
        found.sort(key=lambda m: (-(m[1] - m[0]), not m[2], -m[3], m[0]))
        taken: set[int] = set()
        mentions = []
        for a, b, _, _, ids in found:
            if taken.isdisjoint(range(a, b)):
                taken.update(range(a, b))
                start, end = slots[a][0], slots[b - 1][0] + 1
                mentions.append(RoleMention(start, end, ids, " ".join(words[start:end])))
        return sorted(mentions, key=lambda m: m.start)

    def family(self, head: str) -> tuple[str, ...]:
        """Roles whose name ends in ``head`` ('engineer' -> every engineer), in name order."""
        return tuple(sorted((r for r, key in self._name_keys.items() if key.split()[-1] == head),
                            key=lambda r: self.names[r]))

    def closest(self, phrase: str, limit: int = 3, cutoff: float = 80.0) -> list[str]:
        """Known roles whose names are really close to an unknown role phrase ('software engineer')."""
        key = role_key(phrase)
        if not key:
            return []
        found = process.extract(key, self._name_keys, scorer=fuzz.token_sort_ratio, limit=limit,
                                score_cutoff=cutoff)
        return [role_id for _, _, role_id in found]

    def pick(self, words: Iterable[str], candidates: tuple[str, ...], choices: Mapping[str, int]) -> str | None:
        """Which of ``candidates`` a reply like 'the AI one', 'data' or '2' chooses, if any."""
        words = list(words)
        for i, word in enumerate(words):
            index = choices.get(word)
            # '2' on its own, or an ordinal with 'one'/'the': 'the first one', 'tell me about the second'.
            ordinal = index is not None and not word.isdigit() and ("one" in words or (i and words[i - 1] == "the"))
            if index is not None and (ordinal or (word.isdigit() and len(words) <= 3)):
                if index == -1:
                    return candidates[-1]
                if 1 <= index <= len(candidates):
                    return candidates[index - 1]
        present = set(words)
        shared = set.intersection(*(set(self._name_keys[c].split()) for c in candidates))
        best: tuple[float, str] | None = None
        tie = False
        for role_id in candidates:
            score = 0.0
            for name in (self._name_keys[role_id],) + self._alias_keys[role_id]:
                own = set(name.split()) - shared
                if own and own & present:
                    score = max(score, len(own & present) / len(own))
            if score and (best is None or score > best[0]):
                best, tie = (score, role_id), False
            elif best is not None and score == best[0]:
                tie = True
        return None if best is None or tie else best[1]
