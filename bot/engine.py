"""The core: ``Engine.reply(text, session) -> (Reply, Session)``. Pure: no I/O after load."""
from __future__ import annotations

import logging
import re
import zlib

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from .answers import person
from .answers.compose import Composer
from .answers.occupation import code_of, is_onet
from .answers.reply import Block, Reply
from .errors import DataError
from .knowledge.abilities import PHYSICAL_LIMIT, words_of_other_abilities
from .knowledge.load import load_knowledge
from .knowledge.official import OfficialData, link_problems, load_official
from .knowledge.profiles import KnowledgeBase
from .knowledge.recommend import FIELD_ASKED, seniority
from .understanding.dialogue import next_session
from .understanding.intents import IntentSet, load_intents
from .understanding.parse import Parse
from .understanding.session import Session
from .understanding.understand import Understander, Understanding, clip

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .knowledge.recommend import Recommender, Suggestion
    from .knowledge.moves import Move, Moves
    from .knowledge.recommend_official import OccupationRanker

MAX_INPUT_CHARS = 10_000  # what a front end may pass in; Telegram's own limit is 4,096
SHOWN = 3   # suggestions a recommendation shows, each with its evidence (bot/answers/compose.py)


# BLS's typical entry-level education below any degree: what 'no degree' can reach.
WITHOUT_A_DEGREE = frozenset({"High school diploma or equivalent", "No formal educational credential",
                              "Postsecondary nondegree award", "Some college, no degree"})
NO_DEGREE_WORDS = frozenset({"degree", "uni", "university", "college"})

# Disliked, these rule out every data and AI role: 'not into computers', 'hates screens'.
SCREEN_WORK = frozenset({"screen", "desk", "laptop"})
DESK_AVOIDED = re.compile(r"\b(?:(?:don'?t|dont|do not|never) (?:wanna|want to|want|like to) (?:sit|be) (?:at|behind) "
                          r"a (?:desk|computer|screen)|not (?:behind|at) a desk|away from (?:a |the )?(?:desk|screens?|"
                          r"computers?)|off (?:the )?screens?|hates? (?:screens|computers|sitting))\b", re.IGNORECASE)


def _no_degree_said(dislikes: tuple[str, ...]) -> bool:
    """'no degree', 'without uni' among what the person lacks or avoids."""
    return bool(NO_DEGREE_WORDS & {w for d in dislikes for w in d.split()})


# The data field said in their own words: 'followed the data rules' makes 'records' and 'rules' a data role's.
DATA_SAID = re.compile(r"\b(?:data|ai|analytics|machine learning|ml|sql|python|dashboards?|statistic\w*|databases?)\b",
                       re.IGNORECASE)
# Words of the work the data and AI roles do, in anyone's words: without one, a message about cooking for big groups
# or calming callers matches a data role only by its everyday words ('running', 'groups', 'calm').
TECH_SAID = re.compile(r"\b(?:data|ai|a\.i\.|analytics?|analy[sz]\w*|analysts?|machine learning|ml|sql|python|r|"
                       r"dashboards?|statistic\w*|stats|databases?|computers?|coding|code|programming|programmer|"
                       r"software|tech|technology|it|excel|spreadsheets?|numbers|maths?|mathematics|research\w*|"
                       r"models?|modell?ing|cloud|automat\w*|algorithms?|scripts?|apps?|websites?|developers?|"
                       r"digital|cyber\w*|networks?|servers?|systems?|reports?|reporting|charts?|power ?bi|tableau|"
                       r"chatbots?|robots?|neural|deep learning|nlp|vision|pipelines?|engineer\w*|science|"
                       r"scientists?|predict\w*|forecast\w*|experiments?|logic|puzzles?|patterns?|gpus?|regression|"
                       r"lidar|cameras?|images?|imaging|video|cnns?|ocr|arxiv|iclr|neurips|icml|papers?|satellites?|"
                       r"virtual|gis|sensors?|self[- ]driving|autonomous|chatgpt|llms?|gpt|recommendation|"
                       r"visuali[sz]\w*|metrics|kpis?|quantitative|economics|econometrics|physics|simulations?|"
                       r"backups?|recogni[sz]\w*|queries|query)\b",
                       re.IGNORECASE)


def _stem(word: str) -> str:
    """'driving', 'drivers', 'driver' -> 'driv': a word of a job's title and of what they'd avoid, compared."""
    return re.sub(r"(?:ing|ers|er|es|s|e)$", "", word.lower())


def _disliked_title(title: str, dislikes: tuple[str, ...]) -> bool:
    """A job whose title names what they'd avoid: 'Bus Drivers, Transit' for 'not driving'."""
    avoided = {_stem(w) for d in dislikes for w in d.split() if len(w) >= 4}
    return bool(avoided & {_stem(w) for w in re.findall(r"[A-Za-z]+", title) if len(w) >= 4})


def _offered(moves: Sequence[Move]) -> tuple[Suggestion, ...]:
    """Moves offered as suggestions: O*NET occupations, with what they said they are good at that each uses."""
    from .knowledge.recommend import Suggestion
    return tuple(Suggestion("onet:" + m.code, 0.0, m.good_at, "", move=m) for m in moves)


def _then(first: tuple[Suggestion, ...], more: tuple[Suggestion, ...]) -> tuple[Suggestion, ...]:
    """``first``, then those of ``more`` not already among them."""
    shown = {s.role_id for s in first}
    return first + tuple(s for s in more if s.role_id not in shown)


log = logging.getLogger(__name__)
FAULT = ("Sorry, something went wrong on my side with that message. Please try again, or ask in other words; "
         "what we talked about is kept.")


class Engine:
    """Everything built once from the knowledge base and intents; safe to share between chats."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet, official: OfficialData | None = None) -> None:
        self.kb = kb
        self.intents = intents
        self.official = official
        self.understander = Understander(kb, intents, official)
        self._recommender: Recommender | None = None
        self._occupations: OccupationRanker | None = None
        self._moves: Moves | None = None
        # O*NET occupations a curated role stands for ('same'): suggested as that role, never twice
        self._curated_codes = frozenset(link.code for role in kb.roles.values() for link in role.official
                                        if link.relation == "same")
        self.composer = Composer(kb, self.understander.index, lambda role_id: self.recommender.similar_to(role_id),
                                 official, lambda text: self.recommender.rank(text))

    @property
    def recommender(self) -> Recommender:
        """Built on first use: most conversations never ask for a recommendation."""
        if self._recommender is None:
            from .knowledge.recommend import Recommender
            self._recommender = Recommender(self.kb)
        return self._recommender

    @property
    def occupations(self) -> OccupationRanker | None:
        """The O*NET occupations ranked by a person's words: read on the first recommendation that needs it."""
        if self._occupations is None and self.official is not None:
            from .knowledge.recommend_official import OccupationRanker
            self._occupations = OccupationRanker(self.official)
        return self._occupations

    def _entry_education(self, role_id: str) -> str:
        occ = self.official.occupation(code_of(role_id)) if self.official is not None and is_onet(role_id) else None
        return (occ.projection.entry_education or "") if occ is not None and occ.projection is not None else ""

    def field_entry(self, field: str, own: tuple[str, ...] = ()) -> tuple[Suggestion, ...]:
        """A field's roles a newcomer can reach, entry-level first (the field: a key of recommend.FIELD_ROLES)."""
        from .knowledge.recommend import FIELD_ROLES, Suggestion, seniority
        id_words = FIELD_ROLES.get(field, ())
        roles = sorted((r for r in self.kb.roles.values() if seniority(r) <= 2 and r.id not in own
                        and any(w in r.id for w in id_words)), key=lambda r: (seniority(r), r.name))
        return tuple(Suggestion(r.id, 0.0, (), "", level=seniority(r), field=field) for r in roles[:5])

    def related_to(self, job: str, dislikes: tuple[str, ...] = ()) -> tuple[Suggestion, ...]:
        """Jobs O*NET relates to the person's own (or a profile's related roles), for 'which role suits me?'
        when they said what they do but nothing they like; with 'no degree', those BLS says are entered without
        one first."""
        from .knowledge.recommend import Suggestion
        if job in self.kb.roles:
            ids = list(self.kb.roles[job].related)
        elif self.official is not None and is_onet(job) and code_of(job) in self.official:
            ids = [self.understander.index.covered.get(code, "onet:" + code)
                   for code in self.official.occupation(code_of(job)).related]
        else:
            return ()
        if self.official is not None and _no_degree_said(dislikes):
            ids.sort(key=lambda r: self._entry_education(r) not in WITHOUT_A_DEGREE)  # stable: O*NET's order
        if self.official is not None:  # ('not driving': no drivers' jobs)
            ids = [r for r in ids if not _disliked_title(self.official.names.get(code_of(r), "")
                                                         if is_onet(r) else "", dislikes)]
        return tuple(Suggestion(r, 0.0, (), "") for r in dict.fromkeys(ids) if r != job)[:5]

    @property
    def moves(self) -> Moves | None:
        """Moves from a person's own job: read on the first one asked for."""
        if self._moves is None and self.official is not None:
            from .knowledge.moves import Moves
            self._moves = Moves(self.official)
        return self._moves

    def moves_from(self, job: str, session: Session) -> tuple[Suggestion, ...]:
        """'plasterer, knees gone, i priced the jobs: what could i do now?': the jobs that use what their own
        (an O*NET occupation) rates very important and what they said they are good at, sparing a worn body
        (bot/knowledge/moves.py); () when their job is no rated O*NET occupation."""
        from .knowledge.abilities import named
        moves, official = self.moves, self.official
        if moves is None or official is None or not is_onet(job):
            return ()
        own = code_of(job)
        start = moves.stand_in(own)
        if not start:
            return ()
        found = [replace(m, via=start if start != own else "") for m in moves.from_job(
            start, named(session.abilities), "physical" in session.limits, limit=10,
            exclude=self._curated_codes | {own}) if not _disliked_title(official.names.get(m.code, ""),
                                                                         session.dislikes)]
        if _no_degree_said(session.dislikes):
            # 'no degree': those BLS says are entered without one first (stable: the moves' own order)
            found.sort(key=lambda m: self._entry_education("onet:" + m.code) not in WITHOUT_A_DEGREE)
        return _offered(found[:5])

    def by_abilities(self, session: Session) -> tuple[Suggestion, ...]:
        """'good with people and sorting problems, what would suit me?': the jobs O*NET rates what they said they
        are good at most important for (bot/knowledge/moves.py), sparing a worn body."""
        from .knowledge.abilities import named
        if self.moves is None:
            return ()
        return _offered(self.moves.for_abilities(named(session.abilities), "physical" in session.limits,
                                                 exclude=self._curated_codes))

    def for_activities(self, text: str, session: Session) -> tuple[Suggestion, ...]:
        """'electrician, I'm the one who prices all our jobs': the occupations whose everyday work is what they say
        they do (bot/knowledge/activities.py), each with its O*NET task statement that says it; never their own
        job, and for a worn body none whose tasks mention heavy work."""
        from .knowledge.activities import activities_said, targets_for
        from .knowledge.recommend import Suggestion
        found = activities_said(text)
        if not found or self.official is None:
            return ()
        own = session.current_job
        group = code_of(own)[:2] if is_onet(own) else ""
        spare = "physical" in session.limits and self.moves is not None
        # (nor a job the message names: 'cost estimator 10 yrs, i do the quotes' already does that work)
        said = self.parse(text)
        named = {r for m in said.mentions + said.own for r in m.roles} | {own}
        out: dict[str, Suggestion] = {}
        for activity in found:
            for role_id in targets_for(activity, group):
                if role_id in named or role_id in out:
                    continue
                if not is_onet(role_id):
                    role = self.kb.roles.get(role_id)
                    if role is not None:
                        out[role_id] = Suggestion(role_id, 0.0, (activity.label,), "", role.summary.sources,
                                                  level=seniority(role), activity=activity.label)
                    continue
                code = code_of(role_id)
                if code not in self.official or (spare and self.moves.physical(code)):  # type: ignore[union-attr]
                    continue
                tasks = [task for task, _core in self.official.occupation(code).tasks if activity.task.search(task)]
                out[role_id] = Suggestion(self.understander.index.covered.get(code, role_id), 0.0, (activity.label,),
                                          tasks[0] if tasks else "", ("onet-29.2",), activity=activity.label)
        return tuple(out.values())

    def suggest(self, wanted: str, dislikes: tuple[str, ...] = (), stage: str = "",
                own: tuple[str, ...] = ()) -> tuple[Suggestion, ...]:
        """Curated roles and, when the person's interests lie outside data and AI, O*NET occupations, best first.

        The curated ranking comes first; when its best role already matches most of what the person said,
        that is the answer. Otherwise the O*NET occupations are ranked too and ``blend`` compares how much of
        the message each list's best entry matches (bot/knowledge/recommend_official.py). ``own``: the
        person's own job (curated id or ``onet:`` id), never suggested.
        """
        from .knowledge.recommend import FIELD_ASKED, _terms, dislikes_in, field_of, seniority, without_dislikes
        from .normalise import singular
        from .knowledge.recommend_official import CLEARLY_CURATED, blend, coverage, curated_words
        recommender = self.recommender
        curated = tuple(s for s in recommender.rank(wanted, limit=6, dislikes=dislikes, stage=stage)
                        if s.role_id not in own)[:5]
        if FIELD_ASKED.search(wanted):
            if curated:
                return curated  # 'which AI role fits a translator': the data and AI roles, not translators' kin
            # 'I'm a nurse, how do I move into data?' with nothing more said: the field's entry and mid-level roles
            return self.field_entry(field_of(wanted), own=own)
        ranker = None
        dislikes = dislikes or dislikes_in(wanted)
        away_from_screens = self.official is not None and (bool(
            SCREEN_WORK & {singular(w) for d in dislikes for w in d.split()}) or bool(DESK_AVOIDED.search(wanted)))
        # 'no degree', 'without uni': when O*NET is consulted, occupations BLS says are entered without one first
        no_degree = self.official is not None and bool(NO_DEGREE_WORDS & set(dislikes))
        if no_degree and not any(seniority(self.kb.roles[s.role_id]) <= 1 for s in curated[:3]
                                 if s.role_id in self.kb.roles):
            ranker = self.occupations  # no entry-level data role fits: jobs entered without a degree may
        elif self.official is not None:
            words = [t for t in dict.fromkeys(_terms(without_dislikes(wanted))) if "_" not in t]
            # a lower bound: words neither list knows count against the curated roles here
            idf, unseen = recommender.idf, recommender.unseen
            if words and coverage(curated_words(curated, words, idf, unseen), words, idf, unseen) <= CLEARLY_CURATED:
                ranker = self.occupations
        if away_from_screens:
            ranker = self.occupations  # 'not into computers', "don't wanna sit at a desk": every data role is that
            curated = ()
        # no word of data or tech work: the occupations first, the data roles after them
        outside_tech = self.official is not None and not TECH_SAID.search(wanted)
        if outside_tech:
            ranker = self.occupations
        if ranker is None:
            return curated
        exclude = self._curated_codes | {code_of(r) for r in own if is_onet(r)}
        ranking = ranker.rank(wanted, limit=5 if not no_degree else 25, dislikes=dislikes, exclude=exclude)
        chosen, way = blend(curated, ranking, recommender.idf, recommender.unseen)
        if way != "curated":
            # Occupations the message names ('I'm a cashier', 'I was a librarian') are where the person is, not
            # where they are going: like their own job, never suggested, and their words are left out of the
            # search ('cashier' says where they are, not what they like). Read only when it can matter.
            # ('i like cooking', 'love teaching': an activity liked names where they would go, not where they are)
            mentions = [m for m in self.parse(wanted).mentions if m.official and len(m.roles) == 1
                        and not m.words.split()[-1].endswith("ing")]
            if mentions:
                names = {w for m in mentions for w in m.words.split()}
                liked = " ".join(w for w in wanted.split() if w.lower().strip(".,;:!?") not in names)
                ranking = ranker.rank(liked, limit=5, dislikes=dislikes,
                                      exclude=exclude | {code_of(m.roles[0]) for m in mentions})
                chosen, way = blend(curated, ranking, recommender.idf, recommender.unseen)
        if outside_tech and way != "curated":  # (the occupations ranked, then the data roles the blend kept;
            # a data role the words clearly fit stays: 'tuning postgres, backups' names no tech word of the list)
            occupations = tuple(ranking.suggestions) or tuple(s for s in chosen if is_onet(s.role_id))
            chosen = occupations + tuple(s for s in chosen if not is_onet(s.role_id))
        if no_degree:
            reachable = tuple(s for s in ranking.suggestions if self._entry_education(s.role_id) in WITHOUT_A_DEGREE)
            if reachable:
                chosen = reachable[:3] + curated[:5 - min(3, len(reachable))]
        # the evidence sentence of each occupation an answer shows (its first three), read only now
        return tuple(s if not is_onet(s.role_id) else ranker.with_evidence(s) if i < SHOWN else
                     replace(s, evidence="") for i, s in enumerate(chosen))

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

    def safe_reply(self, text: str, session: Session | None = None) -> tuple[Reply, Session]:
        """``reply`` for front ends: a fault in answering one message is logged and said plainly, and the
        conversation's context is kept as it was (nothing lost, no traceback for the person)."""
        session = session or Session()
        try:
            return self.reply(text, session)
        except Exception:  # noqa: BLE001 - any fault in one answer; the next message must still work
            log.exception("answering a message failed")
            return Reply("unknown", (), None, (), (Block("text", FAULT),)), session

    def answer(self, understanding: Understanding, session: Session | None = None,
               text: str = "") -> tuple[Reply, Session]:
        """Answer what is already understood: buttons, commands and inline cards call this directly.

        ``text`` is the person's own words: what they say about themselves is remembered in the session, and
        the answer to the question they actually asked comes first.
        """
        parser = self.understander.parser
        # a 10,000-character story is read as the understanding read it, not scanned again; Chinese in English words
        text = parser.glossed(clip(text))
        session = person.remember(session or Session(), understanding, text, parser.known, parser.job_words)
        understanding = person.without_own(understanding)
        suggestions: tuple[Suggestion, ...] = ()
        if understanding.field and not (understanding.roles or understanding.candidates or understanding.unknown_role):
            # 'I'm a nurse, how do I move into data?': how to start in the field is where people start in it,
            # and what carries over from their job to each (offered to pick from: 'the second one')
            starts = self.field_entry(understanding.field, own=(session.current_job,))
            listed = replace(understanding, intent="recommend", roles=tuple(s.role_id for s in starts))
            reply = replace(self.composer.compose(listed, starts, text, session, session.said),
                            intent="getting_started", roles=())
            reply = replace(reply, offered=reply.offered or listed.roles[:3])
            return self._remembered(reply, session, understanding)
        lost_job = False
        if understanding.intent == "recommend" and not understanding.roles:
            wanted = person.without_remarks_on_the_answer(clip(text))
            # their own job's name says what they do, and a place where they are or work, not what they want
            for words in understanding.own_words + understanding.places + person.workplaces(wanted):
                wanted = re.sub(rf"\b{re.escape(words)}\b", " ", wanted, flags=re.IGNORECASE)
            # and a worn body what they can't do ('hip injury' asks for no hip work: podiatrists for 'feet')
            wanted = PHYSICAL_LIMIT.sub(" ", wanted)
            job = self.kb.roles.get(session.current_job)
            from .knowledge.recommend import Wanted
            # 'which is best for me?': what they said before; 'computer jobs that don't need a degree?' says its own
            if len(wanted.split()) < 8 and not Wanted.read(wanted).terms:
                wanted += " " + " ".join(session.interests)
                if job is not None and not session.interests:  # their job says what they know
                    wanted += " " + " ".join(job.interests)
            level = seniority(job) if job else 0
            own = (session.current_job,) if session.current_job else ()
            # 'my warehouse got robots and they cut my shifts, what jobs can i even do now': a story, nothing they
            # like; their words would match by accident ('cut' in 'cutting-edge'): jobs O*NET relates to theirs
            lost_job = person.only_a_lost_job(text, self.understander.parser.known)
            # ('I'm a claims ops manager. Who should I hire to build a model ...': the hire's work, not their job)
            story = (bool(session.current_job) and not session.interests and not person.says_what_they_want(text)
                     and not person.HIRING.search(text)) or lost_job
            # 'I'm the one who prices all our jobs': the occupations doing that all day first
            doing = self.for_activities(text, session)
            if "physical" in session.limits and is_onet(session.current_job):
                # 'chef, my feet are wrecked, good at ordering: what else?': what carries over from their job,
                # sparing their body ('feet' would match podiatrists, 'chef' other kitchens)
                suggestions = self.moves_from(session.current_job, session)
            if not suggestions and not (doing and story):
                suggestions = () if story else self.suggest(wanted, session.dislikes,
                                                            person.stage(session, text, level), own)
            if doing and story and not suggestions and session.current_job:  # then the jobs O*NET relates to theirs
                suggestions = self.related_to(session.current_job, session.dislikes)
            if doing and FIELD_ASKED.search(text):  # 'which data job would fit me?': the data roles only
                doing = tuple(s for s in doing if not is_onet(s.role_id))
            if doing:
                # ('I keep the supplier specs tidy, GDPR too: what data job for me?': a data role that is the work
                # said leads, then the data roles their words fit, then the occupations doing the work)
                doing = tuple(sorted(doing, key=lambda s: is_onet(s.role_id)))  # (stable: the order said)
                shown = {s.role_id for s in doing}
                rest = tuple(s for s in suggestions if s.role_id not in shown)
                lead = rest[:2] if rest and not is_onet(rest[0].role_id) and not rest[0].move \
                    and is_onet(doing[0].role_id) else ()
                # ('ordering, food costing, rotas and hiring; feet wrecked': the job doing all of it, from theirs,
                # among the jobs doing each part)
                first = doing[:2] if rest and rest[0].move else doing
                suggestions = lead + first + rest[len(lead):] + doing[len(first):]
            if not suggestions and session.current_job:  # 'trucker, back is shot ... which role suits me?'
                from .knowledge.recommend import dislikes_in
                suggestions = self.related_to(session.current_job, session.dislikes or dislikes_in(text))
            if session.abilities and not session.current_job and not doing and not DATA_SAID.search(text) and all(
                    set(s.matched) <= words_of_other_abilities(text) for s in suggestions[:3]):
                # 'im good with people, what job would suit me'; 'good at sorting problems and running a team'
                # (matching a Data Manager by 'problems' and 'team' alone): the jobs rating that most important
                suggestions = self.by_abilities(session) or suggestions
            understanding = replace(understanding, roles=tuple(s.role_id for s in suggestions[:5]))
        elif understanding.intent == "similar" and understanding.roles == (session.current_job,) \
                and is_onet(session.current_job):
            # 'what else could i do, my knees are gone': their job's related occupations are the same work;
            # 'electrician, I do all the quotes, what else could I do?': the job that is that work comes first
            doing = self.for_activities(text, session)
            moved = self.moves_from(session.current_job, session) if "physical" in session.limits else \
                self.related_to(session.current_job) if doing else ()
            suggestions = _then(doing, moved)
        reply = self.composer.compose(understanding, suggestions, text, session, session.said, lost_job=lost_job)
        if understanding.rule == "answer_form":
            reply = _shortened(reply, text)
        return self._remembered(reply, session, understanding)

    @staticmethod
    def _remembered(reply: Reply, session: Session, understanding: Understanding) -> tuple[Reply, Session]:
        """The reply (with a word of why when it repeats the last one) and the context after it."""
        reply, shown = _said_again(reply, session.said)
        after = next_session(session, understanding, reply.offered)
        said = frozenset(k for k in after.said if not k.startswith(LAST_ANSWER)) | frozenset(reply.said) | {shown}
        return reply, replace(after, said=said)


SHORT_LIST = 3  # items a list keeps when a shorter answer is asked for without a number ('shorter', 'too long')


def _shortened(reply: Reply, text: str) -> Reply:
    """'shorter', 'too long. top 5 only': the same answer with each list cut to the number asked (three when
    none is) and its remarks left out."""
    asked = re.search(r"\b(\d{1,2})\b", text)
    keep = max(1, int(asked.group(1))) if asked else SHORT_LIST
    blocks = tuple(replace(b, items=b.items[:keep]) if b.kind == "list" else b for b in reply.blocks
                   if b.kind != "note")
    return replace(reply, blocks=blocks)


LAST_ANSWER = "shown:"  # the key of the last answer, kept in Session.said (one at a time)
# Said above an answer that repeats the last one word for word: a repeat with no word of why reads as broken.
SAID_AGAIN = ("My answer is the same as the last one: my sources hold nothing more on this. To go further, ask about "
              "one part of it (what one of these roles does day to day, its skills, pay or education), or put the "
              "question another way.")


def _said_again(reply: Reply, said: frozenset[str]) -> tuple[Reply, str]:
    """The reply, with a note on top when it is word for word the last answer ('can one person do all three?'
    answered with the comparison shown just before), and the key it is remembered by."""
    shown = f"{LAST_ANSWER}{zlib.crc32(repr(reply.blocks).encode()):08x}"  # the whole answer, not its title alone
    if shown in said and reply.intent not in ("greeting", "thanks", "help", "list_roles", "unknown"):
        reply = replace(reply, blocks=(Block("text", SAID_AGAIN),) + reply.blocks)
    return reply, shown
