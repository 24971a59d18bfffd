"""The core: ``Engine.reply(text, session) -> (Reply, Session)``. Pure: no I/O after load."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from .answers import person
from .answers.compose import Composer
from .answers.reply import Reply
from .errors import DataError
from .knowledge.load import load_knowledge
from .knowledge.official import OfficialData, link_problems, load_official
from .knowledge.profiles import KnowledgeBase
from .knowledge.recommend import seniority
from .understanding.dialogue import next_session
from .understanding.intents import IntentSet, load_intents
from .understanding.parse import Parse
from .understanding.session import Session
from .understanding.understand import Understander, Understanding, clip

if TYPE_CHECKING:
    from .knowledge.recommend import Recommender, Suggestion

MAX_INPUT_CHARS = 10_000  # what a front end may pass in; Telegram's own limit is 4,096


class Engine:
    """Everything built once from the knowledge base and intents; safe to share between chats."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet, official: OfficialData | None = None) -> None:
        self.kb = kb
        self.intents = intents
        self.official = official
        self.understander = Understander(kb, intents, official)
        self._recommender: Recommender | None = None
        self.composer = Composer(kb, self.understander.index, lambda role_id: self.recommender.similar_to(role_id),
                                 official, lambda text: self.recommender.rank(text))

    @property
    def recommender(self) -> Recommender:
        """Built on first use: most conversations never ask for a recommendation."""
        if self._recommender is None:
            from .knowledge.recommend import Recommender
            self._recommender = Recommender(self.kb)
        return self._recommender

    @classmethod
    def load(cls, knowledge_dir: str | os.PathLike[str] | None = None,
             intents_dir: str | os.PathLike[str] | None = None,
             official_dir: str | os.PathLike[str] | None = None, *, prebuilt: bool = True) -> Engine:
        """Load and validate the data sets; raises DataError with every problem found.

        ``prebuilt=False`` reads and checks the curated YAML even where a matching prebuilt form exists.
        """
        kb = load_knowledge(knowledge_dir, prebuilt=prebuilt)
        official = load_official(official_dir)
        problems = link_problems(kb, official)
        if problems:
            raise DataError(problems)
        return cls(kb, load_intents(intents_dir, prebuilt=prebuilt), official)

    def parse(self, text: str) -> Parse:
        """What the message says on its own, without context (for ``explain``)."""
        return self.understander.parse(text[:MAX_INPUT_CHARS])

    def understand(self, text: str, session: Session | None = None) -> Understanding:
        return self.understander.understand(text[:MAX_INPUT_CHARS], session or Session())

    def reply(self, text: str, session: Session | None = None) -> tuple[Reply, Session]:
        """Answer one message in the context of ``session``; return the reply and the new context."""
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        understanding = self.understand(text, session)
        return self.answer(understanding, session, text)

    def answer(self, understanding: Understanding, session: Session | None = None,
               text: str = "") -> tuple[Reply, Session]:
        """Answer what is already understood: buttons, commands and inline cards call this directly.

        ``text`` is the person's own words: what they say about themselves is remembered in the session, and
        the answer to the question they actually asked comes first.
        """
        text = clip(text)  # a 10,000-character story is read as the understanding read it, not scanned again
        session = person.remember(session or Session(), understanding, text)
        understanding = person.without_own(understanding)
        suggestions: tuple[Suggestion, ...] = ()
        if understanding.intent == "recommend" and not understanding.roles:
            wanted = clip(text)
            job = self.kb.roles.get(session.current_job)
            if len(wanted.split()) < 8:  # 'which is best for me?': what they said before
                wanted += " " + " ".join(session.interests)
                if job is not None and not session.interests:  # their job says what they know
                    wanted += " " + " ".join(job.interests)
            level = seniority(job) if job else 0
            suggestions = tuple(s for s in self.recommender.rank(wanted, limit=6, dislikes=session.dislikes,
                                                                 stage=person.stage(session, text, level))
                                if s.role_id != session.current_job)[:5]
            understanding = replace(understanding, roles=tuple(s.role_id for s in suggestions[:5]))
        reply = self.composer.compose(understanding, suggestions, text, session, session.said)
        after = next_session(session, understanding, reply.offered)
        if reply.said:
            after = replace(after, said=after.said | frozenset(reply.said))
        return reply, after
