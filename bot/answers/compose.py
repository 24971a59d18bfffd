"""One renderer per intent: from what was understood and the profiles to a structured Reply."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from ..catalogue import ASPECT_LABELS, ASPECT_PHRASES, COMPARED_ASPECTS, NEXT_ASPECTS
from ..knowledge.official import OfficialData, Occupation
from ..knowledge.profiles import (GROUP_TITLES, GROUPS, Fact, GrowthFigure, KnowledgeBase, OfficialLink,
                                  RoleProfile, SalaryFigure)
from ..answers.charts import chart_for
from ..answers.reply import Action, Block, Item, Reply
from . import occupation as official_answers
from .occupation import (EP, OEWS, SRC_EP, SRC_OEWS, SRC_ONET, Figure, OccupationAnswers, code_of, first_sentence,
                         is_onet, median_wage, names_of, onet_id, projected_change)
from ..understanding.roles import RoleIndex
from ..understanding.session import Session
from ..understanding.understand import MAX_MATCH_CHARS, Understanding

if TYPE_CHECKING:
    from ..knowledge.recommend import Suggestion

SHORT_LIST = 6          # items shown before "and N more" when detail was not asked for
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


def a(name: str) -> str:
    """'a Data Architect', 'an AI Architect', 'an ML engineer', 'an NLP Engineer': by sound, not letter."""
    first = name.split()[0] if name.split() else name
    vowel_sound = first[0].lower() in "aeio" or (first.isupper() and first[0] in "FHLMNRSX") or first.startswith("MLOps")
    return f"{'an' if vowel_sound else 'a'} {name}"


def aspect_message(intent: str, name: str) -> str:
    """A message asking about one aspect of a role, as a person would type it: 'skills for an AI Architect'."""
    return ASPECT_PHRASES.get(intent, "{name}").format(name=name, a_name=a(name))


def money(amount: int, currency: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency)
    return f"{symbol}{amount:,}" if symbol else f"{amount:,} {currency}"


def figure_text(s: SalaryFigure) -> str:
    """'$144,244' or '$234,000 to $797,000'."""
    if s.amount is not None:
        return money(s.amount, s.currency)
    return f"{money(s.min, s.currency)} to {money(s.max, s.currency)}"


def figure_label(s: SalaryFigure) -> str:
    """'Average total compensation, US, 2024' — what is measured, where and when."""
    what = WHAT_LABELS.get(s.what, s.what) + ("" if s.period == "year" else f" per {s.period}")
    label = STAT_LABELS.get(s.stat, "{What}").format(what=what, What=what[0].upper() + what[1:])
    year = str(s.year) if s.year else "year not stated"
    return f"{label}, {s.region}, {year}"


def growth_text(g: GrowthFigure, quoted_by: str | None = None) -> str:
    """'Employment for X (US) projected to grow 9% from 2020 to 2030, according to the BLS, as quoted by "…"'."""
    pct = f"{g.percent:g}%" if g.percent is not None else f"{g.percent_min:g}–{g.percent_max:g}%"
    scope = f" for {g.scope}" if g.scope else ""
    region = f" ({g.region})" if g.region else ""
    cited = f", according to the {g.cited}" if g.cited else ""
    quoted = f", as quoted by “{quoted_by}”" if quoted_by else ""
    verb = "grow" if g.midpoint >= 0 else "change by"
    return f"Employment{scope}{region} projected to {verb} {pct} from {g.start} to {g.end}{cited}{quoted}"


def superseded(scope: str | None, sources: Iterable[str], kb: KnowledgeBase, socs: Iterable[str]) -> bool:
    """A hand-copied official figure for an occupation whose figures the official tier now shows."""
    return bool(scope) and any(kb.sources[s].kind == "statistics" for s in sources if s in kb.sources) and any(
        f"SOC {soc}" in scope for soc in socs)


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


class Composer:
    def __init__(self, kb: KnowledgeBase, index: RoleIndex,
                 similar: Callable[[str], Sequence[str]] | None = None, official: OfficialData | None = None) -> None:
        self.kb = kb
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

    def _lead(self, role: RoleProfile, link: OfficialLink) -> str:
        """Why these official figures stand for the role, shown to the reader."""
        if link.relation == "same":
            return link.reason
        return f"No official statistic measures the {role.name} role alone. {link.reason}"

    # --- entry point -------------------------------------------------------------------------

    def compose(self, u: Understanding, suggestions: Sequence[Suggestion] = (), question: str = "",
                session: Session | None = None) -> Reply:
        """``question`` is the person's own words and ``session`` the context before it: the answer to the
        question actually asked comes first (bot/answers/direct.py)."""
        refs = _Refs(self.kb, self.source_titles)
        blocks: list[Block] = []
        actions: list[Action] = []
        offered: tuple[str, ...] = ()
        if u.candidates:
            blocks, actions = self._clarify(u)
        elif u.unknown_role:
            blocks, actions = self._unknown_role(u)
        elif u.needs_role:
            blocks, actions = self._which_role(u)
        elif u.intent == "compare":
            blocks, actions = self._compare(u, refs)
        elif u.intent == "recommend":
            blocks, actions = self._recommend(u, suggestions, refs)
        elif u.intent == "similar":
            for role_id in u.roles:
                if self._onet(role_id):
                    more, ids = self.occ.similar(code_of(role_id), refs)  # type: ignore[union-attr]
                    blocks += more
                else:
                    blocks += self._similar(self.kb.role(role_id))
                    ids = tuple(self.similar_ids(role_id))
                if len(u.roles) == 1:
                    offered = ids
            actions = self._next_steps(u.roles, "similar")
        elif u.roles:
            blocks = self.topic_blocks(u.intent, u.roles, refs, u.detail)
            actions = self._next_steps(u.roles, u.intent)
        else:
            blocks, actions = getattr(self, f"_{u.intent}_chat", self._unknown_chat)()
        blocks, fresh = self.direct.refine(u, blocks, refs, question, session)
        if fresh:  # the direct answer replaced the intent's blocks: number only the sources it cites
            refs = _Refs(self.kb, self.source_titles)
            blocks, _ = self.direct.refine(u, [], refs, question, session)
        if u.truncated:
            blocks.append(Block("note", f"Your message was long, so I read only {MAX_MATCH_CHARS:,} characters of it "
                                        "(its beginning and its end)."))
        return Reply(u.intent, u.roles, u.aspect, u.candidates, tuple(blocks), refs.titles(), tuple(actions),
                     u.unknown_role, offered, chart_for(u, self.kb, self.official))

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

    def _facts(self, heading: str, facts: Sequence[Fact], refs: _Refs, detail: bool, what: str) -> list[Block]:
        shown = facts if detail else facts[:SHORT_LIST]
        items = tuple(Item(f.text, refs=refs(f.sources)) for f in shown)
        blocks = [Block("list", heading, items)]
        if len(facts) > len(shown):
            blocks.append(Block("note", f"…and {len(facts) - len(shown)} more. Ask for \"all {what}\" to see every one."))
        return blocks

    def _overview(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", role.name), Block("text", role.summary.text, refs=refs(role.summary.sources))]
        if role.responsibilities:
            blocks.append(Block("list", "Key responsibilities",
                                tuple(Item(f.text, refs=refs(f.sources)) for f in role.responsibilities[:4])))
        return blocks

    def _responsibilities(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        return [Block("title", f"{role.name}: responsibilities")] + self._facts(
            "What the job involves", role.responsibilities, refs, detail, f"responsibilities of {a(role.name)}")

    def _skills(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: skills")]
        blocks += self._facts("Technical skills", role.technical_skills, refs, detail, f"skills of {a(role.name)}")
        if role.soft_skills:
            blocks += self._facts("Soft skills", role.soft_skills, refs, detail, f"skills of {a(role.name)}")
        else:
            blocks.append(Block("note", "My sources name no soft skills for this role."))
        return blocks

    def _education(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: education")]
        titles = {"degree": "Degrees", "certification": "Certifications", "training": "Training and courses",
                  "experience": "Experience"}
        for kind, heading in titles.items():
            facts = [f for f in role.education if f.kind == kind]
            if facts:
                blocks.append(Block("list", heading, tuple(Item(f.text, refs=refs(f.sources)) for f in facts)))
        linked = self._link(role)
        if linked and linked[1].projection is not None and self.occ is not None:
            link, occ = linked
            blocks.append(Block("text", self._lead(role, link)))
            blocks.append(Block("list", self.occ.entry_heading(occ.projection),
                                self.occ.entry_items(occ.projection, refs)))
        return blocks

    def _tools(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        if not role.tools:
            return [Block("title", f"{role.name}: tools"),
                    Block("text", f"My sources name no specific tools for {a(role.name)}.")]
        items = tuple(Item(", ".join(g.names), label=g.category, refs=refs(g.sources)) for g in role.tools)
        return [Block("title", f"{role.name}: tools"), Block("list", "Tools and software", items)]

    def _salary(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: salary")]
        linked = self._link(role)
        socs = self._official_socs(role)
        salaries = [s for s in role.salaries if not superseded(s.scope, s.sources, self.kb, socs)]
        if not salaries and not (linked and linked[1].wages):
            blocks.append(Block("text", f"I have no sourced salary figure for {a(role.name)}, so I won't guess one. "
                                        "Pay varies with country, seniority and company."))
            return blocks
        by_scope: dict[str, list[SalaryFigure]] = {}
        for s in salaries:
            by_scope.setdefault(s.scope or role.name, []).append(s)
        for scope, figures in by_scope.items():
            items = []
            for s in figures:
                note = f" ({s.note})" if s.note else ""
                items.append(Item(f"{figure_text(s)}{note}", label=figure_label(s), refs=refs(s.sources)))
            blocks.append(Block("list", f"Figures for {scope}", tuple(items)))
        if linked and linked[1].wages and self.occ is not None:
            link, occ = linked
            blocks.append(Block("text", self._lead(role, link)))
            blocks.append(Block("list", f"Official figures, {self.occ.wage_scope(occ)}",
                                self.occ.wage_items(occ, refs, full=False)))
        if by_scope:
            blocks.append(Block("note", "Each figure is labelled with what it measures; different kinds of figure "
                                        "(base salary, total compensation, official wage statistics) are not "
                                        "comparable."))
        return blocks

    def _quoted_by(self, g: GrowthFigure) -> str | None:
        """The article a growth figure is quoted from, when it quotes someone else (an older BLS edition)."""
        if not g.cited:
            return None
        articles = [self.kb.sources[s].title for s in g.sources if s in self.kb.sources
                    and self.kb.sources[s].kind == "article"]
        return articles[0] if articles else None

    def _outlook(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: outlook")]
        socs = self._official_socs(role)
        growth = [g for g in role.growth if not superseded(g.scope, g.sources, self.kb, socs)]
        linked = self._link(role)
        if growth:
            blocks.append(Block("list", "Projected growth in the sources",
                                tuple(Item(growth_text(g, self._quoted_by(g)), refs=refs(g.sources))
                                      for g in growth)))
        if linked and linked[1].projection is not None and self.occ is not None:
            link, occ = linked
            blocks.append(Block("text", self._lead(role, link)))
            blocks.append(Block("list", f"Official projections, {self.occ.projection_scope(occ.projection)}",
                                self.occ.projection_items(occ, refs)))
            average = self.occ.against_average(occ, refs)
            if average:
                blocks.append(average)
        elif not growth:
            blocks.append(Block("text", f"I have no sourced growth figure for {a(role.name)}, so I won't guess one."))
        if role.outlook:
            blocks.append(Block("list", "What the sources say",
                                tuple(Item(f.text, refs=refs(f.sources)) for f in role.outlook)))
        return blocks

    def _industries(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        return [Block("title", f"{role.name}: industries")] + self._facts(
            "Industries that hire them", role.industries, refs, True, "industries")

    def _getting_started(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"How to become {a(role.name)}")]
        if role.getting_started:
            blocks += self._facts("Steps and tips", role.getting_started, refs, detail,
                                  f"tips for becoming {a(role.name)}")
        degrees = [f for f in role.education if f.kind == "degree"][:1]
        if degrees:
            blocks.append(Block("list", "Typical education", (Item(degrees[0].text, refs=refs(degrees[0].sources)),)))
        return blocks

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

    def _compare(self, u: Understanding, refs: _Refs) -> tuple[list[Block], list[Action]]:
        if len(u.roles) < 2:
            return self._which_role(u)
        subjects = [self._subject(r) for r in u.roles]
        names = " vs ".join(s.name for s in subjects)
        blocks = [Block("title", names)]
        aspects = [u.aspect] if u.aspect else ["overview", "skills", "education", "salary", "outlook"]
        for aspect in aspects:
            blocks += self._compare_aspect(aspect, subjects, refs)
        if all(s.role for s in subjects):
            essence = "; ".join(f"{a(s.name)} {s.role.tagline}" for s in subjects)  # type: ignore[union-attr]
            blocks.append(Block("text", f"In one line: {essence[0].upper()}{essence[1:]}."))
        actions = [Action(f"{ASPECT_LABELS[a]} compared", "compare", u.roles,
                          f"compare {' and '.join(s.name for s in subjects)} {a}")
                   for a in COMPARED_ASPECTS if a != u.aspect]
        return blocks, actions

    def _compare_aspect(self, aspect: str, subjects: list[Subject], refs: _Refs) -> list[Block]:
        label = ASPECT_LABELS.get(aspect, aspect)
        if aspect == "salary":
            return self._compare_salary(subjects, refs)
        if aspect == "outlook":
            return self._compare_outlook(subjects, refs)
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
        return [name for name, _, hot, _ in s.occ.tech if hot] if s.occ else []  # type: ignore[union-attr]

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

    def _compare_salary(self, subjects: list[Subject], refs: _Refs) -> list[Block]:
        items = []
        shown: dict[str, list[SalaryFigure]] = {}
        for s in subjects:
            figure = median_wage(s.occ) if s.occ else None
            if figure is not None:
                items.append(Item(f"{figure.text} — {figure.measure}, U.S., {figure.source}",
                                  label=s.as_row(figure.row_title), refs=refs([SRC_OEWS])))
            elif s.occ is not None and s.occ.wages is not None and "median" in s.occ.wages.top_coded:
                items.append(Item(f"at or above $239,200 — median annual wage, U.S., {OEWS} (top-coded)",
                                  label=s.as_row(s.occ.wages.title), refs=refs([SRC_OEWS])))
            own = self._article_salaries(s)
            if figure is not None:  # the official figure stands for the statistics; the articles' own remain
                own = [f for f in own if not any(self.kb.sources[x].kind == "statistics" for x in f.sources)]
            central = [f for f in own if f.central is not None]
            shown[s.id] = (central or own)[:2 if figure else 3]
            for f in shown[s.id]:
                items.append(Item(f"{figure_text(f)} — {figure_label(f)}" + (f", {f.scope}" if f.scope else ""),
                                  label=s.name, refs=refs(f.sources)))
            if figure is None and not shown[s.id]:
                items.append(Item("no sourced salary figure", label=s.name))
        blocks = [Block("list", "Salary", tuple(items))]
        blocks.append(Block("text", self._pay_verdict(subjects, shown)))
        return blocks

    def _official_verdict(self, subjects: list[Subject], figures: list[Figure], measure: str,
                          what: str) -> str:
        """Rank official figures of one kind; one row standing for several roles is said, not ranked."""
        rows: dict[str, list[Subject]] = {}
        for s, f in zip(subjects, figures):
            rows.setdefault(f.row, []).append(s)
        shared = [group for group in rows.values() if len(group) > 1]
        notes = []
        for group in shared:
            f = figures[subjects.index(group[0])]
            notes.append(f"BLS measures {' and '.join(s.name for s in group)} as one occupation, {f.row_title}: "
                         f"one figure for both ({f.text}, {f.measure}), so it cannot say which {what}.")
        if len(rows) < 2:
            return " ".join(notes)
        values = sorted(((f, s) for s, f in zip(subjects, figures)), key=lambda v: -v[0].value)
        firsts = {}
        for f, s in values:
            firsts.setdefault(f.row, (f, s))
        ranked = list(firsts.values())
        top, rest = ranked[0], ranked[1:]
        label = lambda fs: fs[1].as_row(fs[0].row_title)  # noqa: E731
        if all(f.value == top[0].value for f, _ in rest):
            verdict = f"Comparing like with like ({measure}): they are level at {top[0].text}."
        else:
            others = ", ".join(f"{label(v)} {v[0].text}" for v in rest)
            verdict = f"Comparing like with like ({measure}): {label(top)} is higher at {top[0].text} vs {others}."
        return " ".join([verdict] + notes)

    def _pay_verdict(self, subjects: list[Subject], shown: Mapping[str, list[SalaryFigure]]) -> str:
        """Which pays more, decided only from figures of the same measure, year, region and source."""
        official = [median_wage(s.occ) if s.occ else None for s in subjects]
        sentences = []
        if all(official):
            sentences.append(self._official_verdict(subjects, official, f"median annual wage, {OEWS}, all U.S. "  # type: ignore[arg-type]
                                                     "workers in each occupation", "pays more"))
        article = self._article_pay_verdict(subjects, shown)
        if article:
            sentences.append(article)
        if sentences:
            return " ".join(sentences)
        missing = [s.name for s in subjects if not shown.get(s.id) and not (s.occ and s.occ.wages)]
        if missing:
            return f"I can't say which pays more: I have no sourced salary figure for {', '.join(missing)}."
        return ("Which pays more? The figures I have are measured differently (for example total compensation for "
                "one, base salary or official wage statistics for another), so I won't rank them.")

    def _article_pay_verdict(self, subjects: list[Subject], shown: Mapping[str, list[SalaryFigure]]) -> str | None:
        kinds = None
        for s in subjects:
            mine = {(f.what, f.stat, f.region, f.currency, f.year, f.sources) for f in shown.get(s.id, ())
                    if f.central is not None}
            kinds = mine if kinds is None else kinds & mine
        if not kinds:
            return None
        kind = sorted(kinds, key=lambda k: (k[1] != "median", k[0] != "salary"))[0]
        values = []
        for s in subjects:
            f = next(f for f in shown[s.id] if (f.what, f.stat, f.region, f.currency, f.year, f.sources) == kind)
            values.append((f.amount, s, f))
        values.sort(key=lambda v: -v[0])
        top, rest = values[0], values[1:]
        measure = STAT_LABELS[kind[1]].format(what=WHAT_LABELS[kind[0]], What=WHAT_LABELS[kind[0]]).lower()
        if all(amount == top[0] for amount, _, _ in rest):
            return f"They are level on {measure}: {money(top[0], top[2].currency)}."
        others = ", ".join(f"{s.name} {money(amount, f.currency)}" for amount, s, f in rest)
        return (f"Comparing like with like ({measure}, {kind[2]}): "
                f"{top[1].name} is higher at {money(top[0], top[2].currency)} vs {others}.")

    def _article_growth(self, s: Subject) -> list[GrowthFigure]:
        if s.role is None:
            return []
        socs = self._official_socs(s.role)
        return [g for g in s.role.growth if not superseded(g.scope, g.sources, self.kb, socs)]

    def _compare_outlook(self, subjects: list[Subject], refs: _Refs) -> list[Block]:
        items = []
        for s in subjects:
            figure = projected_change(s.occ) if s.occ else None
            if figure is not None:
                items.append(Item(f"{figure.text} — {figure.measure}, U.S., {figure.source}",
                                  label=s.as_row(figure.row_title), refs=refs([SRC_EP])))
            growth = self._article_growth(s)
            items += [Item(growth_text(g, self._quoted_by(g)), label=s.name, refs=refs(g.sources))
                      for g in ([] if figure else growth[:2])]
            if figure is None and not growth:
                said = s.role.outlook[:1] if s.role else ()
                items.append(Item("no sourced growth figure" + (f"; {said[0].text}" if said else ""),
                                  label=s.name, refs=refs(x for f in said for x in f.sources)))
        return [Block("list", ASPECT_LABELS["outlook"], tuple(items)), Block("text", self._outlook_verdict(subjects))]

    def _outlook_verdict(self, subjects: list[Subject]) -> str:
        """Which has better prospects, said only from projections of the same table and period."""
        official = [projected_change(s.occ) if s.occ else None for s in subjects]
        if all(official):
            return self._official_verdict(subjects, official, f"projected employment change 2024–34, {EP}",  # type: ignore[arg-type]
                                          "grows faster")
        missing = [s.name for s, f in zip(subjects, official) if f is None and not self._article_growth(s)]
        if missing:
            return f"I can't rank their prospects on figures: I have no sourced growth projection for {', '.join(missing)}."
        return "Their projections come from different sources or periods, so they are not a like-for-like ranking."

    # --- conversation ------------------------------------------------------------------------

    def _recommend(self, u: Understanding, suggestions: Sequence[Suggestion], refs: _Refs):
        if not suggestions:
            return [Block("text", "Tell me a bit more about what you like or know — for example tools (SQL, "
                                  "Python, Tableau), tasks (building models, designing databases, leading a team) "
                                  "or topics (statistics, NLP) — and I'll suggest roles that fit.")], []
        from ..knowledge.recommend import LEVEL_WORDS
        items = []
        for s in suggestions[:3]:
            role = self.kb.role(s.role_id)
            why = ", ".join(s.matched[:4])
            evidence = f" — \"{s.evidence}\"" if s.evidence else ""
            level = f" {a(LEVEL_WORDS[s.level]).capitalize()} role." if s.level != 2 else ""
            needs = f" It does involve some {' and '.join(s.disliked)}." if s.disliked else ""
            items.append(Item(f"{role.tagline}. Matches what you said: {why}{evidence}{level}{needs}", label=role.name,
                              refs=refs(s.sources)))
        blocks = [Block("title", "Roles that fit what you describe"), Block("list", "", tuple(items))]
        blocks.append(Block("note", "A ranking by how well your words match each role's skills, tools and duties"
                                    + (", lower for roles that need what you'd rather avoid" if any(
                                        s.disliked for s in suggestions) else "")
                                    + "; roles you can reach from where you are come first."))
        actions = [Action(f"About {self.kb.role(s.role_id).name}", "overview", (s.role_id,),
                          f"what does {a(self.kb.role(s.role_id).name)} do") for s in suggestions[:3]]
        return blocks, actions

    def _clarify(self, u: Understanding):
        names = [self.name(r) for r in u.candidates]
        items = tuple(Item(name, label=str(i + 1)) for i, name in enumerate(names))
        blocks = [Block("text", "That could be one of several roles. Which one do you mean?"),
                  Block("list", "", items),
                  Block("note", "Reply with a number or a name.")]
        actions = [Action(self.name(r), u.intent, (r,)) for r in u.candidates]
        return blocks, actions

    def _unknown_role(self, u: Understanding):
        close = self.index.closest(u.unknown_role or "")
        text = (f"I don't have a profile for \"{u.unknown_role}\": I cover data and AI roles.")
        blocks = [Block("text", text)]
        if close:
            blocks.append(Block("list", "The closest roles I know", tuple(Item(self.kb.role(r).name) for r in close)))
        blocks.append(Block("note", "Send /roles (or ask \"which roles do you know?\") to see them all."))
        actions = [Action(self.kb.role(r).name, u.intent, (r,)) for r in close]
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

    def _unknown_chat(self):
        return [Block("text", "Sorry, I can only help with careers in data and AI. Try asking:"),
                Block("list", "", tuple(Item(e) for e in EXAMPLES[:3]))], self._example_actions()

    def _example_actions(self) -> list[Action]:
        return [Action(e, "example", (), e) for e in EXAMPLES[:3]]
