"""One renderer per intent: from what was understood and the profiles to a structured Reply."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from ..catalogue import ASPECT_LABELS, ASPECT_PHRASES, COMPARED_ASPECTS, NEXT_ASPECTS
from ..knowledge.official import OfficialData
from ..knowledge.profiles import (GROUP_TITLES, GROUPS, Fact, GrowthFigure, KnowledgeBase, RoleProfile,
                       SalaryFigure)
from ..answers.charts import chart_for
from ..answers.reply import Action, Block, Item, Reply
from ..understanding.roles import RoleIndex
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


def growth_text(g: GrowthFigure) -> str:
    pct = f"{g.percent:g}%" if g.percent is not None else f"{g.percent_min:g}–{g.percent_max:g}%"
    scope = f" for {g.scope}" if g.scope else ""
    region = f" ({g.region})" if g.region else ""
    cited = f", according to the {g.cited}" if g.cited else ""
    return f"Employment{scope}{region} projected to grow {pct} from {g.start} to {g.end}{cited}"


class _Refs:
    """Numbers sources in the order an answer cites them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.order: list[str] = []

    def __call__(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        out = []
        for source_id in source_ids:
            if source_id not in self.order:
                self.order.append(source_id)
            out.append(self.order.index(source_id) + 1)
        return tuple(out)

    def titles(self) -> tuple[str, ...]:
        return tuple(self.kb.source_title(s) for s in self.order)


class Composer:
    def __init__(self, kb: KnowledgeBase, index: RoleIndex,
                 similar: Callable[[str], Sequence[str]] | None = None, official: OfficialData | None = None) -> None:
        self.kb = kb
        self.official = official
        self.index = index
        self.similar = similar or (lambda role_id: ())

    # --- entry point -------------------------------------------------------------------------

    def compose(self, u: Understanding, suggestions: Sequence[Suggestion] = ()) -> Reply:
        refs = _Refs(self.kb)
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
                blocks += self._similar(self.kb.role(role_id))
            actions = self._next_steps(u.roles, "similar")
            if len(u.roles) == 1:
                offered = tuple(self.similar_ids(u.roles[0]))
        elif u.roles:
            render = getattr(self, f"_{u.intent}")
            for role_id in u.roles:
                blocks += render(self.kb.role(role_id), refs, u.detail)
            actions = self._next_steps(u.roles, u.intent)
        else:
            blocks, actions = getattr(self, f"_{u.intent}_chat", self._unknown_chat)()
        if u.truncated:
            blocks.append(Block("note", f"Your message was long, so I read only {MAX_MATCH_CHARS:,} characters of it "
                                        "(its beginning and its end)."))
        return Reply(u.intent, u.roles, u.aspect, u.candidates, tuple(blocks), refs.titles(), tuple(actions),
                     u.unknown_role, offered, chart_for(u, self.kb, self.official))

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
        return blocks

    def _tools(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        if not role.tools:
            return [Block("title", f"{role.name}: tools"),
                    Block("text", f"My sources name no specific tools for {a(role.name)}.")]
        items = tuple(Item(", ".join(g.names), label=g.category, refs=refs(g.sources)) for g in role.tools)
        return [Block("title", f"{role.name}: tools"), Block("list", "Tools and software", items)]

    def _salary(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: salary")]
        if not role.salaries:
            blocks.append(Block("text", f"I have no sourced salary figure for {a(role.name)}, so I won't guess one. "
                                        "Pay varies with country, seniority and company."))
            return blocks
        by_scope: dict[str, list[SalaryFigure]] = {}
        for s in role.salaries:
            by_scope.setdefault(s.scope or role.name, []).append(s)
        for scope, figures in by_scope.items():
            items = []
            for s in figures:
                note = f" ({s.note})" if s.note else ""
                items.append(Item(f"{figure_text(s)}{note}", label=figure_label(s), refs=refs(s.sources)))
            blocks.append(Block("list", f"Figures for {scope}", tuple(items)))
        blocks.append(Block("note", "Each figure is labelled with what it measures; different kinds of figure "
                                    "(base salary, total compensation, official wage statistics) are not comparable."))
        return blocks

    def _outlook(self, role: RoleProfile, refs: _Refs, detail: bool) -> list[Block]:
        blocks = [Block("title", f"{role.name}: outlook")]
        if role.growth:
            blocks.append(Block("list", "Projected growth",
                                tuple(Item(growth_text(g), refs=refs(g.sources)) for g in role.growth)))
        else:
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

    def _compare(self, u: Understanding, refs: _Refs) -> tuple[list[Block], list[Action]]:
        if len(u.roles) < 2:
            return self._which_role(u)
        roles = [self.kb.role(r) for r in u.roles]
        names = " vs ".join(r.name for r in roles)
        blocks = [Block("title", names)]
        aspects = [u.aspect] if u.aspect else ["overview", "skills", "education", "salary", "outlook"]
        for aspect in aspects:
            blocks += self._compare_aspect(aspect, roles, refs)
        essence = "; ".join(f"{a(r.name)} {r.tagline}" for r in roles)
        blocks.append(Block("text", f"In one line: {essence[0].upper()}{essence[1:]}."))
        actions = [Action(f"{ASPECT_LABELS[a]} compared", "compare", u.roles, f"compare {' and '.join(r.name for r in roles)} {a}")
                   for a in COMPARED_ASPECTS if a != u.aspect]
        return blocks, actions

    def _compare_aspect(self, aspect: str, roles: list[RoleProfile], refs: _Refs) -> list[Block]:
        label = ASPECT_LABELS.get(aspect, aspect)
        if aspect == "salary":
            return self._compare_salary(roles, refs)
        if aspect == "outlook":
            items = []
            for r in roles:
                if r.growth:
                    items += [Item(growth_text(g), label=r.name, refs=refs(g.sources)) for g in r.growth[:2]]
                else:
                    said = r.outlook[:1]
                    items.append(Item("no sourced growth figure" + (f"; {said[0].text}" if said else ""),
                                      label=r.name, refs=refs(s for f in said for s in f.sources)))
            return [Block("list", label, tuple(items)), Block("text", self._outlook_verdict(roles))]
        items = []
        for r in roles:
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
        if aspect == "tools" and len(roles) == 2:
            theirs = {n.lower() for g in roles[1].tools for n in g.names}
            shared = sorted({n for g in roles[0].tools for n in g.names if n.lower() in theirs})
            if shared:
                blocks.append(Block("note", f"Both use: {', '.join(shared[:8])}."))
        return blocks

    def _outlook_verdict(self, roles: list[RoleProfile]) -> str:
        """Which has better prospects, said only when projections for the same period exist."""
        missing = [r.name for r in roles if not r.growth]
        if missing:
            return f"I can't rank their prospects on figures: I have no sourced growth projection for {', '.join(missing)}."
        periods = {(g.start, g.end) for g in roles[0].growth}
        for r in roles[1:]:
            periods &= {(g.start, g.end) for g in r.growth}
        if not periods:
            return ("Their projections cover different periods, so they are not a like-for-like ranking.")
        start, end = sorted(periods)[-1]
        values = sorted(((next(g for g in r.growth if (g.start, g.end) == (start, end)), r) for r in roles),
                        key=lambda v: -v[0].midpoint)
        top, others = values[0], values[1:]
        rest = ", ".join(f"{r.name} {g.midpoint:g}%" for g, r in others)
        scopes = {g.scope for g, _ in values}
        caveat = " The projections are for the occupation groups named above, not only these roles." if len(scopes) > 1 else ""
        if all(g.midpoint == top[0].midpoint for g, _ in others):
            return f"On projections for the same period ({start}–{end}), they are level at {top[0].midpoint:g}%.{caveat}"
        return (f"On projections for the same period ({start}–{end}), {top[1].name} is higher at "
                f"{top[0].midpoint:g}% vs {rest}.{caveat}")

    def _compare_salary(self, roles: list[RoleProfile], refs: _Refs) -> list[Block]:
        items = []
        for r in roles:
            central = [s for s in r.salaries if s.central is not None]
            for s in (central or r.salaries)[:3]:
                items.append(Item(f"{figure_text(s)} — {figure_label(s)}" + (f", {s.scope}" if s.scope else ""),
                                  label=r.name, refs=refs(s.sources)))
            if not r.salaries:
                items.append(Item("no sourced salary figure", label=r.name))
        blocks = [Block("list", "Salary", tuple(items))]
        blocks.append(Block("text", self._pay_verdict(roles)))
        return blocks

    def _pay_verdict(self, roles: list[RoleProfile]) -> str:
        """Which pays more, decided only from figures of the same kind."""
        missing = [r.name for r in roles if not r.salaries]
        if missing:
            return (f"I can't say which pays more: I have no sourced salary figure for {', '.join(missing)}.")
        kinds = None
        for r in roles:
            mine = {(s.what, s.stat, s.region, s.currency) for s in r.salaries if s.central is not None}
            kinds = mine if kinds is None else kinds & mine
        if not kinds:
            return ("Which pays more? The figures I have are of different kinds (for example total compensation "
                    "for one, base salary or official wage statistics for another), so I won't rank them.")
        kind = sorted(kinds, key=lambda k: (k[1] != "median", k[0] != "salary"))[0]
        values = []
        for r in roles:
            s = next(s for s in r.salaries if (s.what, s.stat, s.region, s.currency) == kind)
            values.append((s.amount, r, s))
        values.sort(key=lambda v: -v[0])
        top, rest = values[0], values[1:]
        if all(a == top[0] for a, _, _ in rest):
            return f"They are level on {STAT_LABELS[kind[1]].format(what=WHAT_LABELS[kind[0]], What='').lower()}: {money(top[0], top[2].currency)}."
        others = ", ".join(f"{r.name} {money(a, s.currency)}" for a, r, s in rest)
        caveat = " These are figures for the official occupation groups named above." if any(
            s.sources and self.kb.sources[s.sources[0]].kind == "statistics" for _, _, s in values) else ""
        measure = STAT_LABELS[kind[1]].format(what=WHAT_LABELS[kind[0]], What=WHAT_LABELS[kind[0]]).lower()
        return (f"Comparing like with like ({measure}, {kind[2]}): "
                f"{top[1].name} is higher at {money(top[0], top[2].currency)} vs {others}.{caveat}")

    # --- conversation ------------------------------------------------------------------------

    def _recommend(self, u: Understanding, suggestions: Sequence[Suggestion], refs: _Refs):
        if not suggestions:
            return [Block("text", "Tell me a bit more about what you like or know — for example tools (SQL, "
                                  "Python, Tableau), tasks (building models, designing databases, leading a team) "
                                  "or topics (statistics, NLP) — and I'll suggest roles that fit.")], []
        items = []
        for s in suggestions[:3]:
            role = self.kb.role(s.role_id)
            why = ", ".join(s.matched[:4])
            evidence = f" — \"{s.evidence}\"" if s.evidence else ""
            items.append(Item(f"{role.tagline}. Matches: {why}{evidence}", label=role.name))
        blocks = [Block("title", "Roles that fit what you describe"), Block("list", "", tuple(items))]
        blocks.append(Block("note", "A ranking by how well your words match each role's skills, tools and duties."))
        actions = [Action(f"About {self.kb.role(s.role_id).name}", "overview", (s.role_id,),
                          f"what does {a(self.kb.role(s.role_id).name)} do") for s in suggestions[:3]]
        return blocks, actions

    def _clarify(self, u: Understanding):
        names = [self.kb.role(r).name for r in u.candidates]
        items = tuple(Item(name, label=str(i + 1)) for i, name in enumerate(names))
        blocks = [Block("text", "That could be one of several roles. Which one do you mean?"),
                  Block("list", "", items),
                  Block("note", "Reply with a number or a name.")]
        actions = [Action(self.kb.role(r).name, u.intent, (r,)) for r in u.candidates]
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
        return [Block("text", "I answer questions about data and AI roles from a curated, sourced knowledge base."),
                Block("list", "You can ask", (
                    Item("what a role does, its responsibilities, skills, education and tools"),
                    Item("salaries and job outlook, with the source of every figure"),
                    Item("which industries hire it and how to get started"),
                    Item("to compare roles: \"data architect vs data engineer\""),
                    Item("for similar roles, or which role fits your skills and interests"))),
                Block("list", "For example", tuple(Item(e) for e in EXAMPLES)),
                Block("note", "Commands: /roles lists every role, /help shows this.")], self._example_actions()

    def _list_roles_chat(self):
        blocks = [Block("text", f"I know {len(self.kb.roles)} roles:")]
        for group in GROUPS:
            names = sorted(r.name for r in self.kb.roles.values() if r.group == group)
            if names:
                blocks.append(Block("list", GROUP_TITLES[group], tuple(Item(n) for n in names)))
        return blocks, []

    def _unknown_chat(self):
        return [Block("text", "Sorry, I can only help with careers in data and AI. Try asking:"),
                Block("list", "", tuple(Item(e) for e in EXAMPLES[:3]))], self._example_actions()

    def _example_actions(self) -> list[Action]:
        return [Action(e, "example", (), e) for e in EXAMPLES[:3]]
