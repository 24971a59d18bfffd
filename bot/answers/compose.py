"""One renderer per intent: from what was understood and the profiles to a structured Reply."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..answers.charts import chart_for
from ..answers.reply import Action, Block, Item, Reply
from ..catalogue import ASPECT_LABELS, ASPECT_PHRASES, COMPARED_ASPECTS, NEXT_ASPECTS
from ..knowledge.official import Occupation, OfficialData
from ..knowledge.profiles import (
    GROUP_TITLES,
    GROUPS,
    Fact,
    GrowthFigure,
    KnowledgeBase,
    OfficialLink,
    RoleProfile,
    SalaryFigure,
)
from ..knowledge.recommend import constraints_wanted
from ..normalise import role_key
from ..understanding.roles import RoleIndex
from ..understanding.session import Session
from ..understanding.understand import MAX_MATCH_CHARS, Understanding
from . import occupation as official_answers
from .fit import MORE, fit, more_note
from .occupation import (
    EP,
    OEWS,
    SRC_EP,
    SRC_OEWS,
    SRC_ONET,
    TOP_CODE,
    Figure,
    OccupationAnswers,
    code_of,
    first_sentence,
    is_onet,
    median_wage,
    names_of,
    projected_change,
)
from .person import LIKING
from .render import to_text
from .reply import CARRIED, DIRECT, MOVES, VERDICT
from .verdicts import OWN, Quantity, verdict, why_not_comparable
from .wording import a, joined, taken_as

if TYPE_CHECKING:
    from ..knowledge.recommend import Suggestion

_PAREN = re.compile(r"\s*\([^()]*\)")


# Both read the knowledge base's own texts (a bounded set), for every figure of every comparison.
@lru_cache(maxsize=4096)
def _scope_key(scope: str) -> str:
    return role_key(_PAREN.sub("", scope))


@lru_cache(maxsize=1024)
def _name_keys(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(role_key(n) for n in (name,) + aliases)

# Items a short answer about one role shows (the rest on asking for "all …" or "full …"), for about 8-12 lines.
SHORT_LIST = 5          # responsibilities, industries, steps to get started
SHORT_SKILLS = (4, 2)   # technical, soft
SHORT_TOOLS = 6         # tool groups
SHORT_DEGREES = 2       # degrees; one of each other kind of education
SHORT_SCOPES = 2        # article salary figures: the first of each scope, of the first scopes
WHAT_LABELS = {
    "salary": "salary", "base_salary": "base salary", "total_compensation": "total compensation",
    "additional_cash": "additional cash compensation", "stock": "stock compensation", "bonus": "bonus",
    "wage": "annual wage",
}
STAT_LABELS = {
    "average": "Average {what}", "mean": "Mean {what}", "median": "Median {what}", "range": "{What} range",
    "average_range": "Range of average {what}", "up_to": "{What}, up to", "top_10_percent": "{What}, top 10%",
    "percentile_10": "{What}, 10th percentile", "percentile_90": "{What}, 90th percentile",
}
EXAMPLES = (
    "what does a data architect do",
    "how much does an ML engineer earn",
    "data architect vs machine learning engineer",
    "I like SQL and modelling data, what fits me?",
)


def aspect_message(intent: str, name: str) -> str:
    """A message asking about one aspect of a role, as a person would type it: 'skills for an AI Architect'."""
    return ASPECT_PHRASES.get(intent, "{name}").format(name=name, a_name=a(name))


# Things a person can lack rather than dislike ('no degree'): a role asks for them, it doesn't involve them.
CREDENTIALS = frozenset({"degree", "diploma", "masters", "master", "phd", "doctorate", "certificate",
                         "certification", "licence", "license", "qualification"})


def money(amount: int, currency: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency)
    return f"{symbol}{amount:,}" if symbol else f"{amount:,} {currency}"


def figure_text(s: SalaryFigure) -> str:
    """'$144,244' or '$234,000 to $797,000'."""
    if s.amount is not None:
        return money(s.amount, s.currency)
    assert s.min is not None and s.max is not None, "the loader gives a figure without an amount both min and max"
    return f"{money(s.min, s.currency)} to {money(s.max, s.currency)}"


def figure_label(s: SalaryFigure) -> str:
    """'Average total compensation, US, 2024' — what is measured, where and when."""
    what = WHAT_LABELS.get(s.what, s.what) + ("" if s.period == "year" else f" per {s.period}")
    label = STAT_LABELS.get(s.stat, "{What}").format(what=what, What=what[0].upper() + what[1:])
    year = str(s.year) if s.year else "year not stated"
    return f"{label}, {s.region}, {year}"


def percent_text(g: GrowthFigure) -> str:
    """'9%', or a range as the source states it, '8–9%': never a midpoint."""
    return f"{g.percent:g}%" if g.percent is not None else f"{g.percent_min:g}–{g.percent_max:g}%"


def growth_text(g: GrowthFigure, quoted_by: str | None = None) -> str:
    """'Employment for X (US) projected to grow 9% from 2020 to 2030, according to the BLS, as quoted by "…"'."""
    pct = percent_text(g)
    scope = f" for {g.scope}" if g.scope else ""
    region = f" ({g.region})" if g.region else ""
    cited = f", according to the {g.cited}" if g.cited else ""
    quoted = f", as quoted by {quoted_by}" if quoted_by else ""
    verb = "grow" if min(x for x in (g.percent, g.percent_min, g.percent_max) if x is not None) >= 0 else "change by"
    return f"Employment{scope}{region} projected to {verb} {pct} from {g.start} to {g.end}{cited}{quoted}"


SECTION_LIMIT = 1500     # characters of plain text of one role's section answer, unless "all …" was asked
OVERVIEW_ASPECTS = ("skills", "salary", "outlook")
OVERVIEW_ASPECTS_MANY = ("salary", "outlook")   # three roles or more: one line per role each, about 14 lines
# What a comparison overview keeps when it is too long for a phone: its aspects, and how long each role's essence is.
OVERVIEW_FALLBACKS = ((("salary", "outlook"), 110), (("salary", "outlook"), 60), (("salary", "outlook"), 40))
OVERVIEW_LIMIT, OVERVIEW_LIMIT_MANY = 1500, 2000   # characters of plain text: two roles, three or more
_QUALIFIER = re.compile(r"^(?:(?:strong|solid|good|excellent|deep|in-depth|advanced|basic|working)\s+)?"
                        r"(?:proficiency|expertise|experience|knowledge|understanding|familiarity|skills?)"
                        r"\s+(?:in|with|of)\s+", re.I)
_EXAMPLES = re.compile(r"\s*\((?:e\.g\.|for example|such as)[^()]*\)|\s*\([^()]*,[^()]*\)")


def shorten(text: str, limit: int) -> str:
    """The head of a list item for a one-line overview: examples in brackets dropped, at most ``limit``
    characters, cut at a word with '…' (never inside a number)."""
    text = _EXAMPLES.sub("", text).strip().rstrip(".")
    head, colon, _ = text.partition(": ")
    if colon and 2 <= len(head) <= 40:
        text = head
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def superseded(scope: str | None, sources: Iterable[str], kb: KnowledgeBase, socs: Iterable[str]) -> bool:
    """A hand-copied official figure for an occupation whose figures the official tier now shows."""
    if not scope:
        return False
    return any(kb.sources[s].kind == "statistics" for s in sources if s in kb.sources) and any(
        f"SOC {soc}" in scope for soc in socs)


# What an answer about a job neither tier has lacks, by the question asked.
UNKNOWN_LACKS = {"salary": "pay figures", "outlook": "outlook figures", "education": "education requirements",
                 "skills": "a list of skills", "tools": "a list of tools", "industries": "a list of employers",
                 "responsibilities": "a list of duties", "getting_started": "a route in"}


@dataclass(frozen=True)
class Subject:
    """A role in a comparison, curated or O*NET, with the official occupation that stands for it."""

    id: str
    name: str
    role: RoleProfile | None
    occ: Occupation | None
    link: OfficialLink | None = None

    def as_row(self, row_title: str) -> str:
        """'Data Analyst (as Data Scientists)' when the figure is a category's, else the name."""
        return self.name if row_title.casefold() == self.name.casefold() else f"{self.name} (as {row_title})"


class _Refs:
    """Numbers sources in the order an answer cites them."""

    def __init__(self, kb: KnowledgeBase, extra: Mapping[str, str] | None = None) -> None:
        self.kb = kb
        self.extra = extra or {}
        self.order: list[str] = []

    def __call__(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        out = []
        for source_id in source_ids:
            if source_id not in self.order:
                self.order.append(source_id)
            out.append(self.order.index(source_id) + 1)
        return tuple(out)

    def titles(self) -> tuple[str, ...]:
        return tuple(self.kb.source_title(s) if s in self.kb.sources else self.extra.get(s, s) for s in self.order)


# 'is it too late at 52?', 'am I too old': an age worry beside a request for suggestions.
# 'something away from patients', 'without lifting', 'less time with customers': what the person wants away from
AWAY_FROM = re.compile(r"\b(?:away from|without|no more|less time with|not around) (?:the |any )?[a-z]{4,}\b",
                       re.IGNORECASE)
TOO_OLD = re.compile(r"\b(?:too late|too old|at my age|(?:i'?m|im|i am) (?:[4-7]\d)\b)", re.IGNORECASE)


class Composer:
    def __init__(self, kb: KnowledgeBase, index: RoleIndex,
                 similar: Callable[[str], Sequence[str]] | None = None, official: OfficialData | None = None,
                 rank: Callable[[str], Sequence[Suggestion]] | None = None) -> None:
        self.kb = kb
        self.rank = rank or (lambda text: ())   # the recommender's ranking of roles for a text (built on first use)
        self.official = official
        self.index = index
        self.similar = similar or (lambda role_id: ())
        self.occ: OccupationAnswers | None = None
        self.source_titles: dict[str, str] = {}
        if official is not None:
            covered = {link.code: role.id for role in kb.roles.values() for link in role.official
                       if link.relation == "same"}
            self.occ = OccupationAnswers(official, covered, self.name)
            self.source_titles = official_answers.source_titles(official)
        from .direct import Direct
        self.direct = Direct(self)

    def name(self, role_id: str) -> str:
        """The display name of a curated role or an O*NET occupation."""
        if is_onet(role_id) and self.official is not None:
            return self.official.names[code_of(role_id)]
        return self.kb.role(role_id).name

    def _onet(self, role_id: str) -> bool:
        return is_onet(role_id) and self.occ is not None and code_of(role_id) in self.official.names  # type: ignore[union-attr]

    def _link(self, role: RoleProfile) -> tuple[OfficialLink, Occupation] | None:
        """The first official occupation a curated role names, when the official tier is loaded."""
        if self.official is None:
            return None
        for link in role.official:
            if link.code in self.official.names:
                return link, self.official.occupation(link.code)
        return None

    def _official_socs(self, role: RoleProfile) -> tuple[str, ...]:
        linked = self._link(role)
        if linked is None:
            return ()
        occ = linked[1]
        return tuple(x.soc for x in (occ.wages, occ.projection) if x is not None)

    def _outdated(self, sources: Iterable[str]) -> bool:
        """Only older editions of statistics the official tier shows in their current edition."""
        found = [self.kb.sources.get(x) for x in sources]
        return self.official is not None and bool(found) and all(
            src is not None and src.superseded_by is not None for src in found)

    def _lead(self, role: RoleProfile, link: OfficialLink) -> str:
        """Why these official figures stand for the role, shown to the reader."""
        if link.relation == "same":
            return link.reason
        return f"No official statistic measures the {role.name} role alone. {link.reason}"

    # --- entry point -------------------------------------------------------------------------

    def compose(self, u: Understanding, suggestions: Sequence[Suggestion] = (), question: str = "",
                session: Session | None = None, said: frozenset[str] = frozenset(), lost_job: bool = False) -> Reply:
        """``question`` is the person's own words and ``session`` the context before it: the answer to the
        question actually asked comes first (bot/answers/direct.py). ``said``: keys of the notes this
        conversation has already said (Session.said), skipped. ``lost_job``: the question tells only of a job lost
        (person.only_a_lost_job, as the engine read it)."""
        refs = _Refs(self.kb, self.source_titles)
        blocks: list[Block] = []
        actions: list[Action] = []
        offered: tuple[str, ...] = ()
        if u.candidates:
            blocks, actions = self._clarify(u)
        elif u.unknown_role:
            blocks, actions = self._unknown_role(u, refs)
        elif u.needs_role:
            blocks, actions = self._which_role(u)
        elif u.intent == "compare":
            blocks, actions = self._compare(u, refs)
            if not u.aspect and not u.detail and len(u.roles) > 1:   # a short overview: fit it to a phone
                limit = OVERVIEW_LIMIT if len(u.roles) == 2 else OVERVIEW_LIMIT_MANY
                for fewer, essence in OVERVIEW_FALLBACKS:
                    draft = Reply(u.intent, u.roles, u.aspect, (), tuple(blocks), refs.titles(), tuple(actions))
                    if len(to_text(draft)) <= limit:
                        break
                    refs = _Refs(self.kb, self.source_titles)
                    blocks, actions = self._compare(u, refs, fewer, essence)
        elif u.intent == "recommend" and u.roles and not suggestions:
            # 'what about fraud analyst? i spot dodgy stuff at the counter, might suit me': the job they name, what
            # it is to weigh against what they said (what carries over from their job follows, when it is known)
            names = joined([self.name(r) for r in u.roles])
            blocks = [Block("text", f"Whether {names} suits you is yours to weigh; what the work is, from my "
                                    "sources, follows.")] + self.topic_blocks("overview", u.roles, refs, u.detail)
            actions = []
        elif u.intent == "recommend":
            blocks, actions = self._recommend(u, suggestions, refs, session.current_job if session else "")
            if lost_job and not suggestions and not (session and session.current_job):
                # 'i got laid off. plant closed. what can i do': where they start from is the job they had
                blocks = [Block("text", "Sorry to hear that. Tell me the job you did (and for how long) and what you "
                                        "liked or were good at in it, and I'll show the jobs it leads to, what they "
                                        "pay and what carries over from yours.")]
            needs = constraints_wanted(question)
            if needs and suggestions:  # 'what jobs can I do sitting down or from home?'
                blocks.insert(0, Block("text", f"None of my sources says which jobs can be done "
                                               f"{' or '.join(needs)}: O*NET and BLS don't cover it, so these "
                                               f"are not picked for that."))
            if suggestions and TOO_OLD.search(question):  # 'like what, i'm 52, is it too late?'
                blocks.insert(0, Block("text", "None of my sources sets an age limit for these jobs; what they ask "
                                               "for is skills, education and experience."))
        elif u.intent == "similar" and suggestions and (suggestions[0].move is not None or suggestions[0].activity) \
                and session:
            # 'what else could i do, my knees are gone': moves from their job, not its related (same) work
            blocks, actions = self._from_their_work(suggestions[:3], refs, session.current_job)
            offered = tuple(s.role_id for s in suggestions[:3])
        elif u.intent == "similar":
            for role_id in u.roles:
                if self._onet(role_id):
                    more, ids = self.occ.similar(code_of(role_id), refs, u.detail)  # type: ignore[union-attr]
                    blocks += more
                else:
                    blocks += self._similar(self.kb.role(role_id))
                    ids = tuple(self.similar_ids(role_id))
                if len(u.roles) == 1:
                    offered = ids
            away = AWAY_FROM.search(question)
            if away:  # 'something away from patients': no source sorts jobs by it, and a word filter would mislead
                blocks.insert(0, Block("text", f"None of my sources says which of these jobs fit “{away.group(0)}”: "
                                               "O*NET and BLS don't describe jobs that way, so the list below is not "
                                               "picked for it."))
            actions = self._next_steps(u.roles, "similar")
        elif u.roles:
            blocks = self.topic_blocks(u.intent, u.roles, refs, u.detail)
            actions = self._next_steps(u.roles, u.intent)
        elif u.rule == "remark" and session is not None and session.focus:
            blocks, actions = self._remark(session.focus)
        else:
            blocks, actions = getattr(self, f"_{u.intent}_chat", self._unknown_chat)()
            if u.intent == "greeting" and session is not None:
                blocks = self._introduced(u, session, question) + blocks[1:] if (
                    u.own or u.their or LIKING.search(question)) and (
                    session.current_job or session.interests or session.their_job) else blocks
        blocks, fresh = self.direct.refine(u, blocks, refs, question, session)
        if fresh:  # the direct answer replaced the intent's blocks: number only the sources it cites
            refs = _Refs(self.kb, self.source_titles)
            blocks, _ = self.direct.refine(u, [], refs, question, session)
        if u.truncated:
            blocks.append(Block("note", f"Your message was long, so I read only {MAX_MATCH_CHARS:,} characters of it "
                                        "(its beginning and its end)."))
        blocks = self._filed_under(u, blocks, refs) if (u.named or u.shared) and not u.candidates else blocks
        blocks = [b for b in blocks if not (b.kind == "note" and b.key and b.key != MORE and b.key in said)]
        keys = tuple(dict.fromkeys(b.key for b in blocks if b.key and b.key != MORE and (
            b.kind == "note" or b.key.startswith(CARRIED))))
        # no sources under an answer that cites none ('Which roles should I compare?')
        sources = refs.titles() if _cites(blocks) else ()
        reply = Reply(u.intent, u.roles, u.aspect, u.candidates, tuple(blocks), sources, tuple(actions),
                      u.unknown_role, offered, chart_for(u, self.kb, self.official), keys)
        if u.roles and u.intent in ASPECT_LABELS and not (u.detail or u.candidates or u.unknown_role or u.needs_role):
            name = self.name(u.roles[0]) if len(u.roles) == 1 else "them"
            ask = aspect_message(u.intent, name) if len(u.roles) == 1 else f"{ASPECT_LABELS[u.intent].lower()} of them"
            reply = fit(reply, SECTION_LIMIT * len(u.roles), f"Ask for \"full {ask}\" to see every one.")
        return reply

    def _filed_under(self, u: Understanding, blocks: list[Block], refs: _Refs) -> list[Block]:
        """'instructional designer' answered as Instructional Coordinators: say which occupation stands for it;
        asked what the job does, the task O*NET lists for that occupation closest to the name asked about."""
        lines = []
        cited: tuple[int, ...] = ()
        # our readings of everyday names, not titles O*NET lists, said as ours: once an occupation, with all the
        # names read as it ('health informatics' and 'clinical informatics')
        named = [(role_id, words, role_key(words) in self.index.title_aliases) for role_id, words in u.named]
        ours: dict[str, list[str]] = {}
        for role_id, words, read_by_us in named:
            if read_by_us:
                ours.setdefault(role_id, []).append(f"\"{words}\"")
        for role_id, words, read_by_us in named:
            title = self.name(role_id)
            head = role_key(title.split(",")[0])
            if role_id in self.kb.roles:  # a field read as a profile's work: no occupation of its own
                lines.append(f"My sources have no profile for \"{words}\" itself; it is {a(title)}'s work, so the "
                             f"facts below are the {title}'s.")
                continue
            if role_id in ours:
                lines.append(f"I take {joined(ours.pop(role_id))} to be the O*NET occupation {title}: the facts and "
                             "figures below are that occupation's.")
            elif read_by_us:
                continue  # said with the first name read as it
            elif role_key(words) not in head and head not in role_key(words):
                # 'SIA' (a licence) or 'childcare' (a field) is our reading: only an O*NET title is filed by O*NET
                filed = self.official is not None and role_key(words) in self.official.titles
                guess = None if filed else self.index.guessed(role_key(words).split())
                if guess is not None and guess.roles == (role_id,):  # 'harbour pilot': read by its words
                    lines.append(f"No O*NET title reads \"{words}\"; going by its words, I take it to mean {title} "
                                 "(tell me if you meant another job): the facts and figures below are that "
                                 "occupation's.")
                else:
                    lines.append(f"{'O*NET files' if filed else 'I take'} \"{words}\" "
                                 f"{'under' if filed else 'to mean'} {title}: the facts and figures below are that "
                                 "occupation's.")
                task = official_answers.closest_task(self.official.occupation(code_of(role_id)), words) \
                    if self.official is not None and u.intent in ("overview", "responsibilities") \
                    and self._onet(role_id) else None
                if task:  # 'ux researcher': 'Conduct user research ...', not only layouts and graphics
                    lines.append(f"Of its tasks, the closest to \"{words}\": {task}")
                    cited = refs([SRC_ONET])
        for role_id, words, others in u.shared:  # 'cloud engineer': a title several occupations share
            counted = self.official is not None and self.official.employment(code_of(role_id))
            alias = self.index.title_aliases.get(role_key(words))  # 'SENCO': our reading, not an O*NET title
            said = f"I take \"{words}\" to be a {alias}, a title" if alias else f"\"{words}\" is a title"
            lines.append(f"{said} of several O*NET occupations; this answer is for "
                         f"{self.name(role_id)}{', the one employing the most people' if counted else ''}. It can "
                         f"also mean {joined([self.name(o) for o in others], 'or')}: name one to ask about it.")
        if not lines:
            return blocks
        at = 1 if blocks and (blocks[0].kind == "title" or blocks[0].key == DIRECT) else 0  # the answer stays first
        return blocks[:at] + [Block("text", " ".join(lines), refs=cited)] + blocks[at:]

    def topic_blocks(self, intent: str, roles: Sequence[str], refs: _Refs, detail: bool = False) -> list[Block]:
        """The answer to a topic question for each role, curated or O*NET."""
        blocks: list[Block] = []
        for role_id in roles:
            if self._onet(role_id):
                blocks += getattr(self.occ, intent)(code_of(role_id), refs, detail)
            else:
                blocks += getattr(self, f"_{intent}")(self.kb.role(role_id), refs, detail)
        return blocks

    # --- about one role ----------------------------------------------------------------------

    def _facts(self, heading: str, facts: Sequence[Fact], refs: _Refs, detail: bool,
               limit: int = SHORT_LIST) -> tuple[list[Block], int]:
        """A list of the facts (their first ``limit`` unless ``detail``), and how many it leaves out."""
        shown = facts if detail else facts[:limit]
        items = tuple(Item(f.text, refs=refs(f.sources)) for f in shown)
        return [Block("list", heading, items)], len(facts) - len(shown)

    def _overview(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", role.name), Block("text", role.summary.text, refs=refs(role.summary.sources))]
        if role.responsibilities:
            blocks.append(Block("list", "Key responsibilities",
                                tuple(Item(f.text, refs=refs(f.sources)) for f in role.responsibilities[:4])))
        return blocks

    def _responsibilities(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks, left = self._facts("What the job involves", role.responsibilities, refs, detail)
        return ([Block("title", f"{role.name}: responsibilities")] + blocks
                + more_note(left, f"all responsibilities of {a(role.name)}"))

    def _skills(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        technical, soft = SHORT_SKILLS
        blocks, left = self._facts("Technical skills", role.technical_skills, refs, detail, technical)
        blocks.insert(0, Block("title", f"{role.name}: skills"))
        if role.soft_skills:
            more, also = self._facts("Soft skills", role.soft_skills, refs, detail, soft)
            blocks += more
            left += also
        else:
            blocks.append(Block("note", "My sources name no soft skills for this role."))
        return blocks + more_note(left, f"all skills of {a(role.name)}")

    def _education(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        """In full: each kind of education in the sources, then BLS's entry requirements. Short: the first
        degrees and the first of each other kind in one list, then BLS's requirements in one line."""
        blocks = [Block("title", f"{role.name}: education")]
        titles = {"degree": "Degrees", "certification": "Certifications", "training": "Training and courses",
                  "experience": "Experience"}
        labels = {"degree": "Degree", "certification": "Certification", "training": "Training",
                  "experience": "Experience"}
        short: list[Item] = []
        for kind, heading in titles.items():
            facts = [f for f in role.education if f.kind == kind]
            if facts and detail:
                blocks.append(Block("list", heading, tuple(Item(f.text, refs=refs(f.sources)) for f in facts)))
            short += [Item(f.text, labels[kind], refs(f.sources))
                      for f in facts[:SHORT_DEGREES if kind == "degree" else 1]]
        if short and not detail:
            blocks.append(Block("list", "In the sources", tuple(short)))
        linked = self._link(role)
        projection = linked[1].projection if linked else None
        if linked and projection is not None and self.occ is not None:
            link = linked[0]
            if detail:
                blocks.append(Block("text", self._lead(role, link), key="lead"))
                blocks.append(Block("list", self.occ.entry_heading(projection),
                                    self.occ.entry_items(projection, refs)))
            else:
                if link.relation != "same":  # the line names the occupation; why it stands for the role
                    blocks.append(Block("text", self._lead(role, link), key="lead"))
                blocks.append(self.occ.entry_line(projection, refs))
        return blocks + ([] if detail else more_note(len(role.education) - len(short),
                                                     f"full {aspect_message('education', role.name)}"))

    def _tools(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        if not role.tools:
            return [Block("title", f"{role.name}: tools"),
                    Block("text", f"My sources name no specific tools for {a(role.name)}.")]
        shown = role.tools if detail else role.tools[:SHORT_TOOLS]
        items = tuple(Item(", ".join(g.names), label=g.category, refs=refs(g.sources)) for g in shown)
        return ([Block("title", f"{role.name}: tools"), Block("list", "Tools and software", items)]
                + more_note(len(role.tools) - len(shown), f"all tools {a(role.name)} uses"))

    def _salary(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: salary")]
        linked = self._link(role)
        socs = self._official_socs(role)
        salaries = [s for s in role.salaries if not superseded(s.scope, s.sources, self.kb, socs)]
        if not salaries and not (linked and linked[1].wages):
            blocks.append(Block("text", f"I have no sourced salary figure for {a(role.name)}, so I won't guess one. "
                                        "Pay varies with country, seniority and company."))
            return blocks
        left = 0
        if linked and linked[1].wages and self.occ is not None:   # the current official figures first
            link, occ = linked
            wages = self.occ.wage_items(occ, refs, full=detail)
            left += len(self.occ.wage_items(occ, refs)) - len(wages)
            # Another occupation's figures standing for the role say so before them, so they are not read as the
            # role's own ('no official statistic measures the Data Analyst role alone'); the same occupation's
            # reason follows its figures, and only in the full answer.
            if link.relation != "same":
                blocks.append(Block("text", self._lead(role, link), key="lead"))
            blocks.append(Block("list", f"Official figures, {self.occ.wage_scope(occ)}", wages))
            if detail and link.relation == "same":
                blocks.append(Block("text", self._lead(role, link), key="lead"))
        by_scope: dict[str, list[SalaryFigure]] = {}
        for s in salaries:
            by_scope.setdefault(s.scope or role.name, []).append(s)
        for n, (scope, figures) in enumerate(by_scope.items()):
            # short: each scope's median, else its first central figure (an average), of the first scopes
            central = sorted((s for s in figures if s.central is not None), key=lambda s: s.stat != "median")
            shown = figures if detail else (central or figures)[:1]
            left += len(figures) - (len(shown) if detail or n < SHORT_SCOPES else 0)
            if not detail and n >= SHORT_SCOPES:
                continue
            items = tuple(Item(f"{figure_text(s)}" + (f" ({s.note})" if s.note else ""), label=figure_label(s),
                               refs=refs(s.sources)) for s in shown)
            blocks.append(Block("list", f"Figures for {scope}", items))
        if by_scope:
            blocks.append(Block("note", "Each figure is labelled with what it measures; different kinds of figure "
                                        "(base salary, total compensation, official wage statistics) are not "
                                        "comparable.", key="figure-labels"))
        return blocks + more_note(left, f"full {aspect_message('salary', role.name)}")

    def _quoted_by(self, g: GrowthFigure) -> str | None:
        """The article a growth figure is quoted from, when it quotes someone else (an older BLS edition)."""
        if not g.cited:
            return None
        articles = [s for s in g.sources if s in self.kb.sources and self.kb.sources[s].kind == "article"]
        if not articles:
            return None
        return "the article" if len(articles) == 1 else "the articles"

    def _outlook(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        """The current official projection first (the direct answer), then what the articles quote, labelled with
        its years and as quoted, then what the sources say without figures."""
        blocks = [Block("title", f"{role.name}: outlook")]
        socs = self._official_socs(role)
        growth = [g for g in role.growth if not superseded(g.scope, g.sources, self.kb, socs)
                  and not self._outdated(g.sources)]
        linked = self._link(role)
        projection = linked[1].projection if linked else None
        if linked and projection is not None and self.occ is not None:
            link, occ = linked
            if link.relation != "same":  # another occupation's projection: said before it, as for pay
                blocks.append(Block("text", self._lead(role, link), key="lead"))
            blocks.append(Block("list", f"Official projections, {self.occ.projection_scope(projection)}",
                                self.occ.projection_items(occ, refs)))
            average = self.occ.against_average(occ, refs)
            if average:
                blocks.append(average)
            if detail and link.relation == "same":
                blocks.append(Block("text", self._lead(role, link), key="lead"))
        elif not growth:
            blocks.append(Block("text", f"I have no sourced projection of employment for {a(role.name)}, so I won't "
                                        "guess one."))
        official = len(blocks) > 1
        # short: the articles' older projections only when there is no official one, and one thing the sources say
        shown = growth if detail else [] if official else growth[:2]
        if shown:
            heading = "Older projections, as quoted by the articles" if official else "Projected growth in the sources"
            blocks.append(Block("list", heading, tuple(Item(growth_text(g, self._quoted_by(g)), refs=refs(g.sources))
                                                       for g in shown)))
        said = [f for f in role.outlook if not self._outdated(f.sources)]
        told = said if detail else said[:1]
        if told:
            blocks.append(Block("list", "What the sources say",
                                tuple(Item(f.text, refs=refs(f.sources)) for f in told)))
        return blocks + more_note(len(growth) - len(shown) + len(said) - len(told),
                                  f"full {aspect_message('outlook', role.name)}")

    def _industries(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks, left = self._facts("Industries that hire them", role.industries, refs, detail)
        return ([Block("title", f"{role.name}: industries")] + blocks
                + more_note(left, f"all {aspect_message('industries', role.name)}"))

    def _getting_started(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"How to become {a(role.name)}")]
        left = 0
        if role.getting_started:
            steps, left = self._facts("Steps and tips", role.getting_started, refs, detail)
            blocks += steps
        degrees = [f for f in role.education if f.kind == "degree"][:1]
        if degrees:
            blocks.append(Block("list", "Typical education", (Item(degrees[0].text, refs=refs(degrees[0].sources)),)))
        return blocks + more_note(left, f"all tips for becoming {a(role.name)}")

    def similar_ids(self, role_id: str) -> list[str]:
        """Related roles from the profile, then by profile similarity; six at most."""
        ids = list(self.kb.role(role_id).related[:6])
        if len(ids) < 6:
            ids = list(dict.fromkeys(ids + [r for r in self.similar(role_id) if r != role_id]))[:6]
        return ids

    def _similar(self, role: RoleProfile) -> list[Block]:
        ids = self.similar_ids(role.id)
        items = tuple(Item(f"{self.kb.role(r).name}: {self.kb.role(r).tagline}", label=str(i))
                      for i, r in enumerate(ids, 1))
        return [Block("title", f"Roles similar to {role.name}"), Block("list", "", items),
                Block("note", "Reply with a number to hear more about one of them.")]

    # --- several roles -----------------------------------------------------------------------

    def _subject(self, role_id: str) -> Subject:
        if self._onet(role_id):
            return Subject(role_id, self.name(role_id), None, self.official.occupation(code_of(role_id)))  # type: ignore[union-attr]
        role = self.kb.role(role_id)
        linked = self._link(role)
        return Subject(role_id, role.name, role, linked[1] if linked else None, linked[0] if linked else None)

    def _compare(self, u: Understanding, refs: _Refs, aspects: tuple[str, ...] = (),
                 essence: int = 110) -> tuple[list[Block], list[Action]]:
        """One aspect in full; or, without one, a short overview: the essence, then one line per role for each
        compared aspect, each with its verdict, and a next step for each aspect in full."""
        if len(u.roles) < 2:
            return self._which_role(u)
        subjects = [self._subject(r) for r in u.roles]
        names = " vs ".join(s.name for s in subjects)
        blocks = [Block("title", names)]
        if u.aspect:
            blocks += self._compare_aspect(u.aspect, subjects, refs)
        else:
            blocks.append(Block("text", f"In one line: {self._essence(subjects, essence)}"))
            default = OVERVIEW_ASPECTS if len(subjects) == 2 or u.detail else OVERVIEW_ASPECTS_MANY
            for aspect in aspects or default:
                blocks += self._compare_aspect(aspect, subjects, refs, short=True)
        both = " and ".join(s.name for s in subjects)
        actions = [Action(f"{ASPECT_LABELS[a]} compared", "compare", u.roles, f"compare {both} {a}", a)
                   for a in COMPARED_ASPECTS + ("education",) if a != u.aspect]
        return blocks, actions

    def _essence(self, subjects: list[Subject], limit: int = 110) -> str:
        parts = []
        for s in subjects:
            if s.role is not None:
                parts.append(f"{a(s.name)} {shorten(s.role.tagline, limit)}")
            elif s.occ is not None:
                parts.append(f"{s.name}: {shorten(first_sentence(s.occ.description), limit)}")
        essence = "; ".join(p.rstrip(".") for p in parts)
        return f"{essence[0].upper()}{essence[1:]}."

    def _compare_aspect(self, aspect: str, subjects: list[Subject], refs: _Refs, short: bool = False) -> list[Block]:
        label = ASPECT_LABELS.get(aspect, aspect)
        if aspect == "salary":
            return self._compare_salary(subjects, refs, short)
        if aspect == "outlook":
            return self._compare_outlook(subjects, refs, short)
        if short and aspect == "skills":
            items = []
            for s in subjects:
                if s.role is None:
                    items.append(self._occupation_item(aspect, s, refs))
                    continue
                facts = s.role.technical_skills[:1]
                heads = [shorten(_QUALIFIER.sub("", f.text), 45) for f in facts]
                items.append(Item("; ".join(h[:1].upper() + h[1:] for h in heads), label=s.name,
                                  refs=refs(x for f in facts for x in f.sources)))
            return [Block("list", label, tuple(items))]
        items = []
        for s in subjects:
            if s.role is None:
                items.append(self._occupation_item(aspect, s, refs))
                continue
            r = s.role
            if aspect == "overview":
                items.append(Item(r.summary.text, label=r.name, refs=refs(r.summary.sources)))
            elif aspect == "skills":
                facts = r.technical_skills[:3] + r.soft_skills[:1]
                items.append(Item("; ".join(f.text.rstrip(".") for f in facts), label=r.name,
                                  refs=refs(s for f in facts for s in f.sources)))
            elif aspect == "tools":
                names = list(dict.fromkeys(n for g in r.tools for n in g.names))
                items.append(Item(", ".join(names[:12]) or "no specific tools in my sources", label=r.name,
                                  refs=refs(s for g in r.tools for s in g.sources)))
            else:
                facts = {"responsibilities": r.responsibilities, "education": r.education, "industries": r.industries,
                         "getting_started": r.getting_started}.get(aspect, ())[:3]
                items.append(Item("; ".join(f.text.rstrip(".") for f in facts) or "nothing in my sources",
                                  label=r.name, refs=refs(s for f in facts for s in f.sources)))
        blocks = [Block("list", label, tuple(items))]
        if aspect == "tools" and len(subjects) == 2:
            mine, theirs = (self._tool_names(s) for s in subjects)
            lowered = {n.lower() for n in theirs}
            shared = sorted({n for n in mine if n.lower() in lowered})
            if shared:
                blocks.append(Block("note", f"Both use: {', '.join(shared[:8])}."))
        return blocks

    def _tool_names(self, s: Subject) -> list[str]:
        if s.role is not None:
            return [n for g in s.role.tools for n in g.names]
        return [name for name, _, hot, _ in s.occ.tech if hot] if s.occ else []

    def _occupation_item(self, aspect: str, s: Subject, refs: _Refs) -> Item:
        """One line about an O*NET occupation in a comparison, from the official data."""
        occ = s.occ
        assert occ is not None
        onet = refs([SRC_ONET])
        if aspect == "overview":
            return Item(first_sentence(occ.description), label=s.name, refs=onet)
        if aspect == "skills":
            if occ.rated:
                return Item(", ".join(names_of(occ.skills, 4)) + " (the most important skills in O*NET's ratings)",
                            label=s.name, refs=onet)
            return Item("not rated in O*NET 29.2", label=s.name, refs=onet)
        if aspect == "tools":
            hot = list(dict.fromkeys(self._tool_names(s)))
            return Item((", ".join(hot[:12]) + " (O*NET hot technologies)") if hot else "no hot technology in O*NET",
                        label=s.name, refs=onet)
        if aspect == "responsibilities":
            return Item("; ".join(t.rstrip(".") for t, _ in occ.tasks[:3]) or "no task statements in O*NET",
                        label=s.name, refs=onet)
        if aspect in ("education", "getting_started"):
            p = occ.projection
            if p is not None and p.entry_education:
                return Item(f"{p.entry_education} (typical entry-level education, {EP}); work experience in a "
                            f"related occupation: {p.experience}; on-the-job training: {p.training}",
                            label=s.as_row(p.title), refs=refs([SRC_EP]))
            return Item("no entry requirements in the official data", label=s.name)
        return Item("the official data does not say which industries employ them", label=s.name)

    def _article_salaries(self, s: Subject) -> list[SalaryFigure]:
        """A curated role's own salary figures that are not hand copies of the official ones shown."""
        if s.role is None:
            return []
        socs = self._official_socs(s.role)
        return [f for f in s.role.salaries if not superseded(f.scope, f.sources, self.kb, socs)]

    # --- figures as verdicts see them ----------------------------------------------------------

    def _official_label(self, s: Subject, row_title: str, group: bool) -> str:
        """An official figure is the role's own only when its row is the role's own occupation; else it is its
        group's, and the line says which group (``_official_text``)."""
        if not group and (s.role is None or (s.link is not None and s.link.relation == "same")):
            return s.name
        if not group and s.link is not None and s.link.chosen_by == "team":
            return f"{s.name} (closest group's figure)"
        return f"{s.name} (group figure)"

    def _official_text(self, s: Subject, q: Quantity, row_title: str) -> str:
        """'$140,910', or '$140,910 for Computer and Information Research Scientists, the group that includes it'."""
        if q.label == s.name:
            return q.text
        if q.label.endswith("(closest group's figure)"):
            return f"{q.text} for {row_title}, the official group closest to it"
        return f"{q.text} for {row_title}, the group that includes it"

    def _official_quantity(self, s: Subject, f: Figure, group: bool) -> Quantity:
        measure, period = (("projected employment change", "2024–34") if f.source == EP else (f.measure, "May 2024"))
        return Quantity(self._official_label(s, f.row_title, group), f.text, f.value, f.value, measure, OWN,
                        period, "US", (f.source,), f"{f.source}: {f.row}", s.name)

    def _own_scope(self, s: Subject, scope: str | None) -> bool:
        """An article's figure is the role's own when it names no other scope, or names the role or an alias."""
        if not scope:
            return True
        if s.role is None:
            return False
        return _scope_key(scope) in _name_keys(s.role.name, s.role.aliases)

    def _scope_label(self, s: Subject, scope: str | None) -> str:
        if self._own_scope(s, scope):
            return s.name
        return f"{_PAREN.sub('', scope or '').strip()} (the group that includes {s.name})"

    def _salary_quantity(self, s: Subject, f: SalaryFigure) -> Quantity:
        own = self._own_scope(s, f.scope)
        low, high = (f.amount, f.amount) if f.amount is not None else (f.min, f.max)
        measure = figure_label(f).rsplit(", ", 2)[0].lower()
        period = str(f.year) if f.year else "year not stated"
        # The loader gives every salary figure an amount, or both min and max: low and high are never None.
        return Quantity(self._scope_label(s, f.scope), figure_text(f), low, high, f"{measure} ({f.currency})",  # type: ignore[arg-type]
                        OWN if own else (f.scope or "").casefold(), period, f.region, f.sources,
                        f"{f.what}|{f.stat}|{low}|{high}|{f.currency}|{(f.scope or '').casefold()}|{f.year}|{f.region}")

    def _growth_quantity(self, s: Subject, g: GrowthFigure) -> Quantity:
        own = self._own_scope(s, g.scope)
        low, high = (g.percent, g.percent) if g.percent is not None else (g.percent_min, g.percent_max)
        # The loader gives every growth figure a percent, or both percent_min and percent_max: never None.
        return Quantity(self._scope_label(s, g.scope), percent_text(g), low, high,  # type: ignore[arg-type]
                        "projected employment change", OWN if own else (g.scope or "").casefold(),
                        f"{g.start}–{g.end}", g.region or "region not stated",
                        g.sources, f"{(g.scope or '').casefold()}|{low}|{high}|{g.start}|{g.end}|{g.cited}")

    @staticmethod
    def _same_kind_verdict(per_subject: list[list[Quantity]], higher: str) -> str | None:
        """A verdict over one figure of each subject of one measure, period, region and source, if there is one;
        else, when every subject has a figure, the line saying why there is none."""
        if len(per_subject) < 2 or any(not qs for qs in per_subject):
            return None
        for q in per_subject[0]:
            picks = [q]
            for qs in per_subject[1:]:
                picks.append(next((o for o in qs if (o.measure, o.period, o.region) == (q.measure, q.period, q.region)
                                   and set(o.sources) & set(q.sources)), None))  # type: ignore[arg-type]
            if all(picks):
                kind = f"{q.measure}, {q.region}, {q.period}"
                return verdict(picks, higher, kind)
        reason = why_not_comparable([qs[0] for qs in per_subject])
        return f"No verdict on which {higher}: {reason}." if reason else None

    # --- comparisons on pay and outlook --------------------------------------------------------

    def _compare_salary(self, subjects: list[Subject], refs: _Refs, short: bool = False) -> list[Block]:
        """Official medians, one line per role, and their verdict; then (in full) the articles' own figures."""
        official: list[Quantity] = []
        lines = []
        for s in subjects:
            figure = median_wage(s.occ) if s.occ else None
            group = bool(s.occ and s.occ.wages and s.occ.wages.group)
            if figure is not None:
                q = self._official_quantity(s, figure, group)
                official.append(q)
                lines.append(Item(self._official_text(s, q, figure.row_title), label=q.label, refs=refs([SRC_OEWS])))
            elif s.occ is not None and s.occ.wages is not None and "median" in s.occ.wages.top_coded:
                label = self._official_label(s, s.occ.wages.title, group)
                text = self._official_text(s, Quantity(label, TOP_CODE, 0, 0, "", OWN, "", "", (), ""),
                                           s.occ.wages.title)
                lines.append(Item(f"{text} (top-coded: BLS publishes no exact figure above it)", label=label,
                                  refs=refs([SRC_OEWS])))
            elif s.occ is not None:
                why = ("OEWS does not cover the armed forces" if s.occ.code.startswith("55-")
                       else "not published by BLS")
                lines.append(Item(f"no figure ({why})", label=s.name))
        blocks = []
        if lines:
            blocks.append(Block("list", f"{ASPECT_LABELS['salary']} (median annual wage, {OEWS})", tuple(lines)))
        verdicts = []
        if len(official) == len(subjects):
            verdicts.append(verdict(official, "pays more", f"median annual wage, {OEWS}", brief=short))
        per_subject: list[list[Quantity]] = []
        rows: list[tuple[SalaryFigure, Quantity]] = []
        for s in subjects:
            own = [f for f in self._article_salaries(s)
                   if not any(self.kb.sources[x].kind == "statistics" for x in f.sources)]
            central = [f for f in own if f.central is not None]
            shown = [(f, self._salary_quantity(s, f)) for f in (central or own)[:1 if short else 2]]
            rows += shown
            per_subject.append([q for f, q in shown if f.central is not None])
        article = self._same_kind_verdict(per_subject, "pays more")
        if not verdicts:
            missing = [s.name for s, mine in zip(subjects, per_subject, strict=True)
                       if not mine and not (s.occ and s.occ.wages and median_wage(s.occ))]
            verdicts.append(article if article and not missing else
                            f"No verdict on which pays more: I have no figure of one kind for {joined(missing)}."
                            if missing else "No verdict on which pays more: the figures I have measure different "
                                            "things, so I won't rank them.")
            article = None
        if blocks:  # asked for this aspect: the verdict first, the figures it rests on after it
            blocks.insert(len(blocks) if short else 0, Block("text", verdicts[0], key=VERDICT))
        if rows and (not short or not official):
            items = tuple(Item(f"{q.text} — {figure_label(f)}" + (f" ({f.note})" if f.note else ""), label=q.label,
                               refs=refs(f.sources)) for f, q in rows)
            blocks.append(Block("list", "In the articles" if official else ASPECT_LABELS["salary"], items))
        if not blocks:
            blocks.append(Block("list", ASPECT_LABELS["salary"], (Item("no sourced salary figure", label=joined(
                [s.name for s in subjects])),)))
        if not lines:
            blocks.append(Block("text", verdicts[0], key=VERDICT))
        elif article and not short and not article.startswith("No verdict"):
            blocks.append(Block("text", article))
        return blocks

    def _article_growth(self, s: Subject) -> list[GrowthFigure]:
        if s.role is None:
            return []
        socs = self._official_socs(s.role)
        return [g for g in s.role.growth if not superseded(g.scope, g.sources, self.kb, socs)
                and not self._outdated(g.sources)]

    def _compare_outlook(self, subjects: list[Subject], refs: _Refs, short: bool = False) -> list[Block]:
        """Official projections (one edition), one line per role, and their verdict; articles' figures only for a
        role the official projections do not cover."""
        lines = []
        official: list[Quantity] = []
        per_subject: list[list[Quantity]] = []
        missing = []
        for s in subjects:
            figure = projected_change(s.occ) if s.occ else None
            if figure is not None:
                q = self._official_quantity(s, figure, bool(s.occ.projection.group))  # type: ignore[union-attr]
                official.append(q)
                per_subject.append([q])
                lines.append(Item(self._official_text(s, q, figure.row_title), label=q.label, refs=refs([SRC_EP])))
                continue
            growth = self._article_growth(s)[:1 if short else 2]
            mine = [self._growth_quantity(s, g) for g in growth]
            per_subject.append(mine)
            lines += [Item(growth_text(g, self._quoted_by(g)), label=q.label, refs=refs(g.sources))
                      for g, q in zip(growth, mine, strict=True)]
            if not growth:
                missing.append(s.name)
                said = [f for f in (s.role.outlook if s.role else ()) if not self._outdated(f.sources)][:1]
                if said and any(c.isdigit() for c in said[0].text):
                    lines.append(Item(said[0].text, label=s.name, refs=refs(said[0].sources)))
                else:
                    lines.append(Item("no projected employment change in my sources"
                                      + (f"; {said[0].text}" if said and not short else ""),
                                      label=s.name, refs=refs(x for f in said[:0 if short else 1] for x in f.sources)))
        if len(official) == len(subjects):
            heading = f"{ASPECT_LABELS['outlook']} (projected employment change 2024–34, {EP})"
            text = verdict(official, "grows faster", f"projected employment change 2024–34, {EP}", brief=short)
        else:
            heading = ASPECT_LABELS["outlook"]
            text = (f"No verdict on which grows faster: I have no projected employment change for {joined(missing)}."
                    if missing else self._same_kind_verdict(per_subject, "grows faster") or "")
            lines = [Item(f"{i.text} — projected employment change 2024–34, {EP}", label=i.label, refs=i.refs)
                     if i.refs == tuple(refs([SRC_EP])) else i for i in lines]
        shown, verdict_block = Block("list", heading, tuple(lines)), Block("text", text, key=VERDICT)
        return [shown, verdict_block] if short else [verdict_block, shown]  # asked for this aspect: the verdict first

    # --- conversation ------------------------------------------------------------------------

    def _pays_less(self, role_id: str, own: str, refs: _Refs) -> str:
        """A suggested occupation that pays less than the person's own job says so, with both published medians:
        an RN offered Medical Records Specialists should see the cut before anything else about it."""
        if not (own and self._onet(own) and self._onet(role_id)) or own == role_id:
            return ""
        theirs, mine = (self.official.occupation(code_of(r)) for r in (role_id, own))  # type: ignore[union-attr]
        pay, own_pay = (median_wage(o) if o else None for o in (theirs, mine))
        if pay is None or own_pay is None or pay.value >= own_pay.value:
            return ""
        return (f"; it pays less than your job: median annual wage {pay.text}, against {own_pay.text} for "
                f"{self.name(own)} ({OEWS}) {''.join(f'[{n}]' for n in refs([SRC_OEWS]))}")

    def _field_starts(self, shown: Sequence[Suggestion], refs: _Refs):
        from ..knowledge.recommend import LEVEL_WORDS
        field = shown[0].field.upper() if len(shown[0].field) <= 2 else shown[0].field
        items = [Item(f"{self.kb.role(s.role_id).tagline}. {a(LEVEL_WORDS[s.level]).capitalize()} role.",
                      label=self.name(s.role_id)) for s in shown]
        blocks = [Block("title", f"Where people usually start in {field}"), Block("list", "", tuple(items)),
                  Block("note", f"These are the {field} roles my profiles place at entry or mid level, entry-level "
                                "first; you didn't say what you like or know, so they are not ranked for you. Tell "
                                "me (tools, tasks, topics) and I'll say which fits best.")]
        actions = [Action(f"About {self.name(s.role_id)}", "overview", (s.role_id,),
                          f"what does {a(self.name(s.role_id))} do") for s in shown]
        return blocks, actions

    def _recommend(self, u: Understanding, suggestions: Sequence[Suggestion], refs: _Refs, own: str = ""):
        if not suggestions:
            return [Block("text", "Tell me a bit more about what you like or know — for example tools (SQL, "
                                  "Python, Tableau), tasks (building models, designing databases, leading a team) "
                                  "or topics (statistics, NLP) — and I'll suggest roles that fit.")], []
        from ..knowledge.recommend import LEVEL_WORDS
        items = []
        shown = suggestions[:3]
        if all(s.field for s in shown):  # 'how do I move into data?' with nothing more said: where people start
            return self._field_starts(shown, refs)
        if shown[0].move is not None or shown[0].activity:  # picked from their own work, not by their words
            return self._from_their_work(shown, refs, own)
        if own and not any(s.matched for s in suggestions):  # nothing they like was said: jobs related to theirs
            return self._related_to_own(shown, refs, own)
        for s in shown:
            why = ", ".join(s.matched[:4])
            evidence = f" — \"{s.evidence}\"" if s.evidence else ""
            if self._onet(s.role_id):   # an O*NET occupation: what it is, and the task or sentence that matched
                occ = self.official.occupation(code_of(s.role_id))  # type: ignore[union-attr]
                lead = first_sentence(occ.description).rstrip(".")
                if s.evidence and s.evidence.rstrip(".") == lead:
                    evidence = ""
                cut = self._pays_less(s.role_id, own, refs)
                items.append(Item(f"{lead}. Matches what you said: {why}{evidence}{cut}", label=occ.title,
                                  refs=refs([SRC_ONET])))
                continue
            role = self.kb.role(s.role_id)
            level = f" {a(LEVEL_WORDS[s.level]).capitalize()} role." if s.level != 2 else ""
            credentials = [d for d in s.disliked if d in CREDENTIALS]  # 'no degree': they have none
            activities = [d for d in s.disliked if d not in CREDENTIALS]
            needs = (f" It does involve some {' and '.join(activities)}." if activities else "") + (
                f" It usually asks for {a(' or '.join(credentials))}." if credentials else "")
            items.append(Item(f"{role.tagline}. Matches what you said: {why}{evidence}{level}{needs}", label=role.name,
                              refs=refs(s.sources)))
        official = [s for s in shown if self._onet(s.role_id)]
        title = ("Jobs that fit what you describe" if len(official) == len(shown) else
                 "Roles and jobs that fit what you describe" if official else "Roles that fit what you describe")
        blocks = [Block("title", title), Block("list", "", tuple(items))]
        how = "A ranking by how well your words match each role's skills, tools and duties"
        if official:
            how += (" (for jobs outside data and AI, each occupation's O*NET 29.2 description and task statements, "
                    "and more often the jobs more people do)")
        blocks.append(Block("note", how + (", lower for roles that need what you'd rather avoid" if any(
                                        s.disliked for s in suggestions) else "")
                                    + ("; roles you can reach from where you are come first."
                                       if len(official) < len(shown) else ".")))
        actions = [Action(f"About {self.name(s.role_id)}", "overview", (s.role_id,),
                          f"what does {a(self.name(s.role_id))} do" if not self._onet(s.role_id)
                          else f"tell me about {self.name(s.role_id)}") for s in shown]
        return blocks, actions

    def _related_to_own(self, shown: Sequence[Suggestion], refs: _Refs, own: str):
        """'which role suits me?' from someone who said their job and nothing they like: the jobs the sources
        relate to theirs, each with what it is, and how to get a ranking by what they like."""
        items = []
        for s in shown:
            if self._onet(s.role_id):
                occ = self.official.occupation(code_of(s.role_id))  # type: ignore[union-attr]
                items.append(Item(first_sentence(occ.description).rstrip(".") + ".", label=occ.title,
                                  refs=refs([SRC_ONET])))
            else:
                role = self.kb.role(s.role_id)
                items.append(Item(f"{role.tagline}.", label=role.name, refs=refs(role.summary.sources)))
        blocks = [Block("text", f"Jobs related to yours ({self.name(own)}), as "
                                f"{'O*NET 29.2' if self._onet(own) else 'its profile'} lists them:"),
                  Block("list", "", tuple(items)),
                  Block("note", "Tell me what you like doing or are good at, and I'll rank jobs by that too.")]
        actions = [Action(f"About {self.name(s.role_id)}", "overview", (s.role_id,),
                          f"tell me about {self.name(s.role_id)}") for s in shown]
        return blocks, actions

    def _from_their_work(self, shown: Sequence[Suggestion], refs: _Refs, own: str):
        """Jobs picked from the person's own work: those whose everyday work is what they said they do
        (bot/knowledge/activities.py, with the O*NET task statement that says it), and moves from their job for a
        worn body (bot/knowledge/moves.py: what carries over, the ratings behind it); each with its pay, and how
        they were picked (never called light work)."""
        from ..knowledge.abilities import by_label, rating
        mine = self.official.occupation(code_of(own)) if self._onet(own) else None  # type: ignore[union-attr]
        doing = [s for s in shown if s.activity]
        trade = next((m.carried[0] for s in shown if (m := s.move) and m.carried), "")
        told = list(dict.fromkeys(label for s in shown if s.move for label in s.matched))
        spared = any(s.move and s.move.spared for s in shown)
        via_code = next((m.via for s in shown if (m := s.move) and m.via), "")
        via = self.official.occupation(via_code) if via_code else None  # type: ignore[union-attr]
        light = ", and none of their O*NET task statements mentions lifting, carrying or climbing." if spared else "."
        if doing:
            said = joined(list(dict.fromkeys(s.activity for s in doing)))
            first = f"What you said you do ({said}) is the everyday work of " \
                    f"{joined([self.name(s.role_id) for s in doing])}" + light
        elif trade and via:  # (their job unrated: from the nearest one O*NET rates, said so)
            first = f"O*NET rates no skills or knowledge for {mine.title if mine else 'your job'}; from " \
                    f"{via.title}, the nearest job it rates, what carries over best is {trade}: these jobs rate " \
                    "it very important too" + light
        elif trade and mine is not None:
            first = f"From {mine.title}, what carries over best is {trade}: these jobs rate it very important " \
                    "too" + light
        elif told:
            first = ("Of the jobs O*NET relates to yours, these " if all(s.move and s.move.related for s in shown)
                     else "These jobs ") + f"rate very important what you said you are good at ({joined(told)})" + light
        else:  # (a job with no knowledge of its own, nothing said they are good at: its related jobs, spared)
            first = "These are jobs O*NET relates to yours" + (
                f" ({mine.title})" if mine is not None else "") + light
        items = []
        for s in shown:
            if not self._onet(s.role_id):  # a data or AI role for work they do ('I'm our GDPR lead')
                role = self.kb.role(s.role_id)
                items.append(Item(f"{role.tagline}. Its everyday work includes what you said you do ({s.activity}).",
                                  label=role.name, refs=refs(s.sources)))
                continue
            occ = self.official.occupation(code_of(s.role_id))  # type: ignore[union-attr]
            parts = [first_sentence(occ.description).rstrip(".") + "."]
            if s.activity and s.evidence:
                parts.append(f"What you said you do ({s.activity}) is its work: O*NET lists “{s.evidence}”")
            elif s.move and s.move.carried:
                parts.append(f"Carries over: {joined(list(s.move.carried))} (very important in both jobs).")
            elif not s.move and s.matched:
                parts.append(f"Matches what you said: {', '.join(s.matched[:4])}.")
            elif not (s.move or s.activity) and mine is not None and code_of(s.role_id) in mine.related:
                parts.append(f"O*NET relates it to {mine.title}.")
            good = [(label, found) for label in (s.matched if s.move else ()) if (ability := by_label(label))
                    and (found := rating(occ, ability))]
            if good:
                parts.append("Uses what you are good at: " + "; ".join(
                    f"{label} ({element} {importance:.2f} of 5)" for label, (element, importance) in good) + ".")
            pay = median_wage(occ)
            if pay is not None and occ.wages is not None:
                who = f"all U.S. workers in {occ.wages.title}" if occ.wages.group else "all U.S. workers in it"
                parts.append(f"Median annual wage {pay.text} ({OEWS}, {who}) "
                             + "".join(f"[{n}]" for n in refs([SRC_OEWS])))
            items.append(Item(" ".join(parts), label=occ.title, refs=refs([SRC_ONET])))
        same = any(s.move and s.move.same_kind for s in shown)
        how = (["Jobs whose O*NET task statements are the work you said you do come first."] if doing else []) + (
            ["Then, from O*NET 29.2's importance ratings (very important: 3.5 or more of 5), jobs needing the "
             "knowledge your job needs and what you said you are good at, and O*NET's own related occupations."
             if doing else "Picked from O*NET 29.2's importance ratings (very important: 3.5 or more of 5) of the "
             "knowledge your job needs and of what you said you are good at, then O*NET's own related occupations."]
            if any(s.move for s in shown) else [])
        if not own and any(s.move for s in shown):  # (no job of theirs: picked by what they are good at alone)
            how = ["Picked from O*NET 29.2's importance ratings of what you said you are good at (very important: "
                   "3.5 or more of 5), among jobs needing at most medium preparation (O*NET Job Zone 3 or less). "
                   "Tell me the job you do now or what you like doing, and I can say what carries over."]
        if any(not (s.move or s.activity) for s in shown) and mine is not None:
            how.append(f"Then jobs O*NET 29.2 relates to {mine.title}.")
        if spared:
            how.append("My sources rate no job's physical demands: jobs whose tasks mention heavy work are left out, "
                       "which does not make these light work" + (", and jobs of your own kind come after the others."
                                                                  if same else "."))
        blocks = [Block("text", first, key=MOVES), Block("list", "", tuple(items)), Block("note", " ".join(how))]
        actions = [Action(f"About {self.name(s.role_id)}", "overview", (s.role_id,),
                          f"tell me about {self.name(s.role_id)}") for s in shown]
        return blocks, actions

    def _clarify(self, u: Understanding):
        names = [self.name(r) for r in u.candidates]
        items = tuple(Item(name, label=str(i + 1)) for i, name in enumerate(names))
        kind = "occupations" if all(self._onet(r) for r in u.candidates) else "roles"
        blocks = [Block("text", f"That could be one of several {kind}. Which one do you mean?"),
                  Block("list", "", items),
                  Block("note", "Reply with a number or a name.")]
        actions = [Action(self.name(r), u.intent, (r,)) for r in u.candidates]
        return blocks, actions

    def _unknown_role(self, u: Understanding, refs: _Refs):
        close = self.index.closest(u.unknown_role or "")
        # Said first, in the terms of the question: 'pay?' about it is told there are no pay figures for it.
        lacking = UNKNOWN_LACKS.get(u.intent, "a profile")
        text = (f"I don't have {lacking} for \"{u.unknown_role}\", and it is not among O*NET's occupation titles "
                "either, so no official source I use describes it: try another name for the job (the one a U.S. "
                "job advert would use)."
                if self.official is not None else
                f"I don't have a profile for \"{u.unknown_role}\": I cover data and AI roles.")
        blocks = [Block("text", text)]
        actions = []
        words = role_key(u.unknown_role or "").split()
        code = self.official.head_occupation(words[-1]) if self.official is not None and len(words) > 1 else None
        if code is not None and self._onet(f"onet:{code}"):  # 'goalkeeping coach': where O*NET files coaches
            title = self.name(f"onet:{code}")
            blocks.append(Block("text", f"Most O*NET titles ending in \"{words[-1]}\" are filed under {title}; ask "
                                        "about that occupation if it fits.", refs=refs([SRC_ONET])))
            actions.append(Action(title, u.intent, (f"onet:{code}",)))
        if close:
            blocks.append(Block("list", "The closest roles I know", tuple(Item(self.kb.role(r).name) for r in close)))
        blocks.append(Block("note", "Send /roles (or ask \"which roles do you know?\") to see them all."))
        actions += [Action(self.kb.role(r).name, u.intent, (r,)) for r in close]
        return blocks, actions

    def _which_role(self, u: Understanding):
        if u.intent == "compare":
            text = "Which roles should I compare? For example: \"data architect vs data engineer\"."
        else:
            text = f"Which role do you mean? For example: \"{aspect_message(u.intent, 'data architect')}\"."
        return [Block("text", text), Block("note", "Send /roles to see every role I know.")], []

    def _next_steps(self, roles: tuple[str, ...], intent: str) -> list[Action]:
        if self._onet(roles[0]):
            name = self.name(roles[0])
            actions = [Action(ASPECT_LABELS[aspect], aspect, (roles[0],), aspect_message(aspect, name))
                       for aspect in NEXT_ASPECTS if aspect != intent]
            related = self.occ.occupation(code_of(roles[0])).related  # type: ignore[union-attr]
            if related:
                other = self.occ.role_id(related[0])  # type: ignore[union-attr]
                actions.append(Action(f"Compare with {self.name(other)}", "compare", (roles[0], other),
                                      f"{name} vs {self.name(other)}"))
            return actions
        role = self.kb.role(roles[0])
        actions = [Action(ASPECT_LABELS[aspect], aspect, (role.id,), aspect_message(aspect, role.name))
                   for aspect in NEXT_ASPECTS if aspect != intent]
        if role.related:
            other = self.kb.role(role.related[0])
            actions.append(Action(f"Compare with {other.name}", "compare", (role.id, other.id),
                                  f"{role.name} vs {other.name}"))
        return actions

    def _introduced(self, u: Understanding, session: Session, question: str) -> list[Block]:
        """'hi, civil engineer 6 yrs, love maths': what was noted, and what they can ask with it."""
        noted = []
        if session.current_job:
            years = f" ({session.experience_years} years)" if session.experience_years else ""
            noted.append(f"your job: {self.name(session.current_job)}{years}{taken_as(u.own_taken)}")
        if session.interests and LIKING.search(question):
            noted.append("you like " + joined(list(session.interests[-5:])))
        if u.their and session.their_job:
            noted.append(f"the job of the person you ask for: {self.name(session.their_job)}")
        if not u.own and not (session.interests and LIKING.search(question)):  # only theirs: ask about it
            return [Block("text", f"Hi! Noted: {'; '.join(noted)}. Ask what it pays or how its outlook looks "
                                  "(\"what does she earn?\"), or what else they could do "
                                  "(\"what else could he do?\").")]
        return [Block("text", f"Hi! Noted: {'; '.join(noted)}. I'll use that in what follows: ask \"which role "
                              "suits me?\", how to move into a role, or what carries over from your job to it.")]

    def _greeting_chat(self):
        return [Block("text", "Hi! I'm a career advisor for data and AI jobs. Ask me what a role does, what it "
                              "pays, which skills it needs, or tell me what you like and I'll suggest roles."),
                Block("list", "For example", tuple(Item(e) for e in EXAMPLES))], self._example_actions()

    def _thanks_chat(self):
        return [Block("text", "You're welcome! Ask me about another role any time, or compare two roles.")], []

    def _help_chat(self):
        blocks = [Block("text", "I answer questions about data and AI roles from a curated, sourced knowledge base."),
                  Block("list", "You can ask", (
                      Item("what a role does, its responsibilities, skills, education and tools"),
                      Item("salaries and job outlook, with the source of every figure"),
                      Item("which industries hire it and how to get started"),
                      Item("to compare roles: \"data architect vs data engineer\""),
                      Item("for similar roles, or which role fits your skills and interests")) + self._official_help()),
                  Block("list", "For example", tuple(Item(e) for e in EXAMPLES)),
                  Block("note", "Commands: /roles lists every role, /help shows this.")]
        if self.official is not None:
            blocks.append(Block("note", f"Official data: {official_answers.ONET_TITLE}. U.S. Bureau of Labor "
                                        "Statistics: OEWS May 2024 and Employment Projections 2024–34."))
        return blocks, self._example_actions()

    def _official_help(self) -> tuple[Item, ...]:
        if self.official is None:
            return ()
        return (Item(f"about any of the {len(self.official.names):,} occupations of O*NET 29.2 (\"what does a plumber "
                     "do\"): tasks, tools, skills, education, pay and outlook from official U.S. data"),)

    def _list_roles_chat(self):
        blocks = [Block("text", f"I know {len(self.kb.roles)} roles:")]
        for group in GROUPS:
            names = sorted(r.name for r in self.kb.roles.values() if r.group == group)
            if names:
                blocks.append(Block("list", GROUP_TITLES[group], tuple(Item(n) for n in names)))
        if self.official is not None:
            blocks.append(Block("text", f"I can also answer about any other occupation: all "
                                        f"{len(self.official.names):,} O*NET 29.2 occupations, with official U.S. "
                                        "figures (BLS). Ask by its name, for example \"how much does a plumber earn\" "
                                        "or \"what does a registered nurse do\"."))
        return blocks, []

    def _remark(self, focus: tuple[str, ...]) -> tuple[list[Block], list[Action]]:
        """A reaction to the last answer ('honestly both seem low'): no refusal, the way on from here."""
        names = " and ".join(self.name(r) for r in focus[:3])
        return [Block("text", f"Noted. Ask me more about {names} (what the work is, skills, pay, outlook, how to "
                              "get started), or name another job to compare.")], self._next_steps(focus[:1], "")

    def _unknown_chat(self):
        return [Block("text", "Sorry, I can only help with careers: data and AI roles in depth, and any other "
                              "occupation from official U.S. data. Try asking:"),
                Block("list", "", tuple(Item(e) for e in EXAMPLES[:3]))], self._example_actions()

    def _example_actions(self) -> list[Action]:
        return [Action(e, "example", (), e) for e in EXAMPLES[:3]]


def _cites(blocks: Sequence[Block]) -> bool:
    """Whether any block or item names a source, by its numbers or inline ('[1]')."""
    return any(b.refs or "[" in b.text or any(i.refs or "[" in i.text for i in b.items) for b in blocks)

