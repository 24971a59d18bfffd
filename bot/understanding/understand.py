"""From a message and the conversation so far to what the person asks (no I/O, no answers)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..understanding.intents import IntentSet, score_intents
from ..normalise import singular, words
from ..knowledge.profiles import KnowledgeBase
from ..understanding.roles import RoleIndex, RoleMention, allowed_edits
from ..understanding.session import Session

MAX_MATCH_CHARS = 1000   # longer messages are read this far (beginning and end); the reply says so
TAIL_CHARS = 300
THRESHOLD = 2.5          # an intent below this score is only a hint
STRONG = 4.0             # a clear signal, strong enough to stand without a role
QUESTION_KINDS = ("topic", "compare", "similar", "recommend", "list_roles", "help")
ROLE_INTENT_KINDS = ("topic", "similar")
JOB_SUFFIXES = ("ist", "ian")
TOPIC_PRIORITY = ("responsibilities", "skills", "education", "tools", "salary", "outlook", "industries",
                  "getting_started", "overview")
# 'I'm a DBA, how do I become a data architect?': the role after these words is the person's own.
OWN_ROLE_STARTS = (("i", "am"), ("i", "work", "as"), ("i", "am", "currently"), ("currently",), ("i", "was"))
ROLE_NOUNS = frozenset({"role", "job", "career", "position", "occupation", "profession"})
LIST_WORDS = frozenset({"all", "list", "show", "the", "your", "you", "me", "available", "please", "of", "my"})
DETAIL_WORDS = frozenset({"all", "full", "every", "everything", "complete", "detail", "detailed", "more"})
# Words after which a job word names a job: 'a plumber', 'as a nurse', 'software engineer vs ...'.
ARTICLES = frozenset({"a", "an", "the", "as", "for", "to", "become", "vs", "or", "and", "than", "between"})


@dataclass(frozen=True)
class Understanding:
    intent: str
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    candidates: tuple[str, ...] = ()
    unknown_role: str | None = None     # an occupation the knowledge base does not have
    needs_role: bool = False            # a role question with no role anywhere: ask which
    truncated: bool = False
    detail: bool = False                # "all skills", "full list": show every item
    known: tuple[str, ...] = ()         # with candidates: the other roles of the question, in order
    slot: int = 0                       # with candidates: where the chosen one goes among ``known``


# Where a sentence ends: '?', '!', a line break, or a full stop and a space ('vs. data' is not one).
SENTENCE_END = re.compile(r"[?!\n]+|(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.+\s+")


def clip(text: str) -> str:
    """At most MAX_MATCH_CHARS of ``text``: a long story often ends with the question, so keep both ends."""
    if len(text) <= MAX_MATCH_CHARS:
        return text
    return text[:MAX_MATCH_CHARS - TAIL_CHARS] + " \n " + text[-TAIL_CHARS:]


class Understander:
    """Holds the indexes built once from the knowledge base and the intents."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet) -> None:
        self.kb = kb
        self.intents = intents
        self.language = intents.language
        self.index = RoleIndex(kb, self.language.spellings)
        self.kinds = {name: intent.kind for name, intent in intents.intents.items()}
        self.topic_order = [name for name, intent in intents.intents.items() if intent.kind == "topic"]
        # Ties go to the more specific question; overview is what a bare role name asks, so it comes last.
        self.topic_order.sort(key=lambda n: TOPIC_PRIORITY.index(n) if n in TOPIC_PRIORITY else len(TOPIC_PRIORITY) - 1)
        self.intent_order = self.topic_order + [n for n in self.kinds if n not in self.topic_order]
        self.aspects = {name: intent.aspect for name, intent in intents.intents.items()}
        self.targets = tuple(sorted(self.index.vocabulary | intents.vocabulary))
        self.known = frozenset(self.targets) | self.language.stopwords | self.language.occupations
        self._targets_by_len: dict[int, list[str]] = {}
        for word in self.targets:
            self._targets_by_len.setdefault(len(word), []).append(word)
        # Words that ask something rather than describe a job ('salary', 'skills').
        self.question_words = intents.vocabulary - self.index.vocabulary
        self.correct = lru_cache(maxsize=16384)(self._correct)

    def _correct(self, word: str) -> str:
        """A misspelt word replaced by the known word it is closest to ('salery' -> 'salary')."""
        edits = allowed_edits(word)
        if not edits or word in self.known or not word.isalpha():
            return word
        # People rarely mistype a word's first letter: 'table' is not 'stable', 'saying' not 'paying'.
        choices = [c for n in range(len(word) - edits, len(word) + edits + 1)
                   for c in self._targets_by_len.get(n, ()) if c[0] == word[0]]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits, limit=8)
        if not found:
            return word
        # Equally few edits: prefer the word that shares most ('statistican' -> 'statistician', not 'statistical').
        return min(found, key=lambda f: (f[1], -fuzz.ratio(word, f[0]), f[0]))[0]

    def tokens(self, text: str) -> tuple[list[str], list[str]]:
        """The message's words as typed (spellings expanded) and as matched (singular, corrected)."""
        raw = words(text, self.language.spellings)
        return raw, [self._match_form(w) for w in raw]

    def focus(self, text: str) -> range | None:
        """Word positions of the sentence that asks the question, when there are several sentences.

        'My cousin is a BI analyst and works at a bank. What is it?': the last question counts double.
        """
        pieces = SENTENCE_END.split(text)
        if len(pieces) < 2:
            return None
        ends = SENTENCE_END.findall(text) + [""]
        counts = [len(words(piece, self.language.spellings)) for piece in pieces]
        sentences = [i for i, n in enumerate(counts) if n]
        if len(sentences) < 2:
            return None
        asked = [i for i in sentences if "?" in ends[i]]
        chosen = asked[-1] if asked else sentences[-1]
        start = sum(counts[:chosen])
        return range(start, start + counts[chosen])

    def _match_form(self, word: str) -> str:
        single = singular(word)
        if single == word and word.endswith("s") and word[:-1] in self.index.vocabulary:
            return word[:-1]  # short plurals the general rule leaves alone: 'vps', 'pms', 'bis
        fixed = self.correct(single)
        if fixed == single and single not in self.known and single != word:
            fixed = singular(self.correct(word))  # 'skils' -> 'skills' -> 'skill', not 'skil'
        return fixed

    def understand(self, text: str, session: Session) -> Understanding:
        truncated = len(text) > MAX_MATCH_CHARS
        text = clip(text)
        raw, tokens = self.tokens(text)
        mentions = self.index.find(tokens)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        unknown = self._unknown_role(tokens, raw, covered)
        unknown_role = None
        if unknown:
            start, end = unknown
            unknown_role = " ".join(raw[start:end])
            family = self.index.family(tokens[start]) if end - start == 1 else ()
            if len(family) > 1:  # 'engineer' alone: which kind? ask, like for 'architect'
                mentions = sorted(mentions + [RoleMention(start, end, family, tokens[start])], key=lambda m: m.start)
                unknown_role = None
            covered |= set(range(start, end))  # 'software engineer' asks nothing about software tools
        rest = [t for i, t in enumerate(tokens) if i not in covered]
        scores = score_intents(self.intents, rest)
        focus = self.focus(text)
        if focus is not None:
            for name, score in score_intents(self.intents, [tokens[i] for i in focus
                                                            if i < len(tokens) and i not in covered]).items():
                scores[name] = scores.get(name, 0.0) + score
        mentions = self._without_own_role(tokens, mentions)
        resolved = _unique(r for m in mentions if not m.ambiguous for r in m.roles)
        ambiguous = next((m for m in mentions if m.ambiguous), None)
        result = self._decide(tokens, rest, scores, mentions, resolved, ambiguous, unknown_role, session)
        return replace(result, truncated=truncated, detail=bool(DETAIL_WORDS & set(tokens)))

    # --- the decision ------------------------------------------------------------------------

    def _best(self, scores: dict[str, float], kinds: tuple[str, ...]) -> tuple[str | None, float]:
        best, top = None, 0.0
        for name in self.intent_order:
            if self.kinds[name] in kinds and scores.get(name, 0.0) > top:
                best, top = name, scores[name]
        return best, top

    def _decide(self, tokens: list[str], rest: list[str], scores: dict[str, float], mentions: list[RoleMention],
                resolved: tuple[str, ...],
                ambiguous: RoleMention | None, unknown_role: str | None, session: Session) -> Understanding:
        lang = self.language
        content = [t for t in rest if t not in lang.stopwords]
        follow_up = any(tuple(tokens[:len(start)]) == start for start in lang.follow_up_starts)

        # An answer to a clarifying question: 'the AI one', 'data', '2', or a candidate's own name.
        pending = session.pending
        if pending and (len(tokens) <= 6 or "one" in tokens):
            choice = None
            narrowed = [r for r in ambiguous.roles if r in pending.candidates] if ambiguous else []
            if ambiguous and not resolved:  # 'the scientist one' among scientist and engineer
                choice = narrowed[0] if len(narrowed) == 1 else None
            elif not resolved:
                choice = self.index.pick(tokens, pending.candidates, lang.choices)
            elif len(resolved) == 1 and resolved[0] in pending.candidates and not any(
                    scores.get(n, 0) >= THRESHOLD for n in self.kinds if self.kinds[n] in QUESTION_KINDS):
                choice = resolved[0]
            if choice:
                return Understanding(pending.intent, pending.answer(choice), pending.aspect)
        # 'and the ML one?' after a clarification was answered: the same choices again;
        # 'the first one' after a comparison or a recommendation: one of those roles.
        if not resolved and ("one" in tokens or len(content) <= 2):
            for offered in (session.offered, session.focus if len(session.focus) > 1 else ()):
                if ambiguous:  # 'and the scientist?' among the research scientist and engineer offered
                    narrowed = [r for r in ambiguous.roles if r in offered]
                    choice = narrowed[0] if len(narrowed) == 1 else None
                else:
                    choice = self.index.pick(tokens, offered, lang.choices) if offered else None
                if choice:
                    # From a clarification: the same question; from a list of suggestions: about the role.
                    resolved, follow_up = (choice,), session.last_intent not in ("similar", "recommend")
                    ambiguous = None
                    break

        topic, topic_score = self._best(scores, ("topic",))
        aspect_topic, _ = self._best({k: v for k, v in scores.items() if self.aspects.get(k)}, ("topic",))
        aspect = self.aspects.get(aspect_topic) if aspect_topic and scores[aspect_topic] >= THRESHOLD else None
        compare_score = scores.get("compare", 0.0)
        if len(resolved) + (1 if ambiguous else 0) >= 2 and ({"or"} | lang.comparatives) & set(rest):
            compare_score += 3

        # Several roles and a comparison: compare them.
        if len(resolved) >= 2 and compare_score >= THRESHOLD:
            return Understanding("compare", resolved, aspect)
        # With a role named, 'what should I be good at as an X' asks about X: recommend only when its
        # signal outweighs every other question ('I love NLP and text, what fits me?').
        recommend = scores.get("recommend", 0.0)
        rivals = [v for k, v in scores.items() if self.kinds[k] in QUESTION_KINDS and k != "recommend"]
        if recommend >= 5 and (not resolved or recommend > max(rivals, default=0.0)):
            return Understanding("recommend")
        # 'neural nets, GPUs and huge models are my jam, what role?': interests, then a role question.
        if recommend >= 3 and not resolved and not ambiguous and max(rivals, default=0.0) < THRESHOLD \
                and len(content) >= 3:
            return Understanding("recommend")
        if not resolved and not ambiguous:
            for kind in ("list_roles", "help"):
                name, score = self._best(scores, (kind,))
                if name and score >= 5 and score >= topic_score:
                    return Understanding(name)
        # One role and a comparison word compares with the role before it; none compares the last two.
        if (compare_score >= STRONG and (resolved or ambiguous or len(session.recent) >= 2)) or (
                compare_score >= THRESHOLD and not resolved and not ambiguous and len(session.recent) >= 2):
            if ambiguous:
                slot = sum(1 for m in mentions if not m.ambiguous and m.start < ambiguous.start)
                return Understanding("compare", (), aspect, ambiguous.roles, known=resolved, slot=slot)
            if unknown_role:  # 'mlops vs devops engineer': say what is not known, don't guess a partner
                return Understanding("compare", resolved, aspect, unknown_role=unknown_role)
            roles = resolved
            if len(roles) == 1:
                others = [r for r in (session.focus + tuple(reversed(session.recent))) if r not in roles]
                roles = (others[0],) + roles if others else roles
            elif not roles:
                roles = session.recent[-2:]
            return Understanding("compare", roles, aspect, needs_role=len(roles) < 2)
        if compare_score >= STRONG:  # 'compare them' with nothing to compare
            return Understanding("compare", resolved, aspect, needs_role=True)
        similar, similar_score = self._best(scores, ("similar",))
        if similar and similar_score >= STRONG and (resolved or ambiguous or unknown_role or session.focus
                                                     or not content):
            return self._about(similar, resolved, ambiguous, unknown_role, session)

        if topic and topic_score >= THRESHOLD:
            return self._about(topic, resolved, ambiguous, unknown_role, session)
        if resolved or ambiguous:
            intent = "overview"
            if follow_up and session.last_intent and self.kinds.get(session.last_intent) in ROLE_INTENT_KINDS:
                intent = session.last_intent
            return self._about(intent, resolved, ambiguous, unknown_role, session)
        if unknown_role and (topic or not content or content == unknown_role.split()):
            return Understanding(topic or "overview", unknown_role=unknown_role)
        if set(tokens) & ROLE_NOUNS and set(tokens) <= ROLE_NOUNS | LIST_WORDS:  # 'roles', 'all jobs?'
            return Understanding("list_roles")
        for kind in ("greeting", "thanks", "help", "list_roles"):
            name, score = self._best(scores, (kind,))
            # A greeting opens a message: 'translate hello into french' is not one.
            if name and score >= THRESHOLD and (kind != "greeting" or self._opens_with(name, tokens)):
                return Understanding(name)
        if topic and follow_up and session.focus:
            return Understanding(topic, session.focus)
        return Understanding("unknown")

    def _without_own_role(self, tokens: list[str], mentions: list[RoleMention]) -> list[RoleMention]:
        """Drop the person's own job when they ask about another role ('I'm a DBA, ... data architect?')."""
        if len(mentions) < 2:
            return mentions

        def own(m: RoleMention) -> bool:
            before = [t for t in tokens[max(0, m.start - 4):m.start] if t not in ("a", "an")]
            return any(tuple(before[-len(start):]) == start for start in OWN_ROLE_STARTS)
        others = [m for m in mentions if not own(m)]
        if not others or any(t in ("vs", "compare", "or") for t in tokens):
            return mentions  # 'I'm a DBA: DBA vs data architect?' compares both
        return others

    def _opens_with(self, intent: str, tokens: list[str]) -> bool:
        keywords = self.intents.intents[intent].keywords
        return len(tokens) <= 3 or tokens[0] in keywords or tokens[0] == "good"  # 'good morning, ...'

    def _about(self, intent: str, resolved: tuple[str, ...], ambiguous: RoleMention | None,
               unknown_role: str | None, session: Session) -> Understanding:
        """A question about one or more roles: from the message, a clarification, or the context."""
        if resolved:
            return Understanding(intent, resolved)
        if ambiguous:
            return Understanding(intent, (), None, ambiguous.roles)
        if unknown_role:
            return Understanding(intent, unknown_role=unknown_role)
        if session.focus:
            return Understanding(intent, session.focus)
        if intent == "overview":  # 'what do I do?' with no role anywhere is not a question about a job
            return Understanding("unknown")
        return Understanding(intent, needs_role=True)

    def _unknown_role(self, tokens: list[str], raw: list[str], covered: set[int]) -> tuple[int, int] | None:
        """Where the message names an occupation the knowledge base does not have ('a plumber')."""
        stop = self.language.stopwords
        content = [t for k, t in enumerate(tokens) if k not in covered and t not in stop]
        for i, word in enumerate(tokens):
            named_as_role = i + 1 < len(tokens) and tokens[i + 1] in ROLE_NOUNS and word not in self.language.stopwords
            job_like = word in self.language.occupations or named_as_role or (
                len(word) > 6 and word.endswith(JOB_SUFFIXES) and word not in self.known)  # 'physiotherapist'
            if i in covered or not job_like or word in self.question_words:
                continue
            head = i  # 'devops engineer': the head noun is the last job word
            while head + 1 < len(tokens) and head + 1 not in covered and tokens[head + 1] in self.language.occupations:
                head += 1
            j = head  # take up to three describing words before the head noun: 'data entry clerk'
            while (j > 0 and head - j < 3 and j - 1 not in covered and tokens[j - 1] not in stop
                   and tokens[j - 1] not in self.question_words):
                j -= 1
            phrase = tokens[j:head + 1]
            lead = tokens[j - 1] if j > 0 else None
            plural = raw[head] != tokens[head]  # 'designers', 'nurse's': a noun, not the verb 'cook'
            if lead is None or lead in ARTICLES or content == phrase or plural:
                return j, head + 1
            if head > i:  # 'teach nurse practitioner skills': job words in a row name a job, the words before may not
                return i, head + 1
        return None


def _unique(ids) -> tuple[str, ...]:
    out: list[str] = []
    for role_id in ids:
        if role_id not in out:
            out.append(role_id)
    return tuple(out)
