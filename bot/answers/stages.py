"""Answers about getting into a job and moving on (issue #13): time and experience, age, realism, career
progression, one job as the way into another, choices of study, certificates and their cost, and whether
a named tool is needed.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..knowledge.profiles import Fact
from ..knowledge.recommend import LEVEL_WORDS, seniority
from ..understanding.session import Session
from ..understanding.understand import Understanding
from .asked import (AGE_WORDS, CERTS, CREDENTIAL_CHOICE, DEGREE_NEEDED, LINKED, PAY_TALK, PROGRESS_FACT, PROGRESSION,
                    TIME_QUESTIONS, YEARS, _rx, asks_cost, subjects_in, subjects_named)
from .carry_over import CarryOver
from .figure_answers import FigureAnswers
from .lookup import Lookup, Part
from .occupation import EP, OEWS, SRC_EP, SRC_OEWS, SRC_ONET, dollars
from .reply import Block, Item
from .wording import a, cite, joined, quote

# Occupations that lead or manage others' work: SOC's management group (11-: 'Financial Managers', 'Treasurers and
# Controllers') and supervisors ('First-Line Supervisors of ...'); not 'Clinical Data Managers' (15-2051.02).
SUPERVISING = re.compile(r"\bSupervisors?\b")


def _leading(occ) -> bool:
    return occ.code.startswith("11-") or bool(SUPERVISING.search(occ.title))


# A sentence of the sources that orders what to learn: 'Learn SQL thoroughly first', 'Master SQL and Python first'.
FIRST_SAID = re.compile(r"\b(?:first|start with|begin with)\b", re.IGNORECASE)
# Languages a source may name as 'programming': 'start with programming and mathematics' covers Python.
PROGRAMMING_LANGUAGES = frozenset({"python", "r", "java", "scala", "c++", "javascript", "sql"})

# A level of degree asked about, by its first letters: how to say it, and the words a profile uses for it.
DEGREE_LEVELS = {"mast": ("master's", r"master|msc|postgraduate"), "msc": ("master's", r"master|msc"),
                 "phd": ("PhD", r"ph\.?d|doctor"), "doct": ("PhD", r"ph\.?d|doctor"),
                 "bach": ("bachelor's", r"bachelor|degree"), "bsc": ("bachelor's", r"bachelor|degree"),
                 "mba": ("MBA", r"mba|master")}
# Capitalised words in education facts that name no programme: 'Bachelor's degree ...', 'Microsoft Certified'.
COMMON_TITLE_WORDS = frozenset({"bachelor", "bachelor's", "master", "master's", "degree", "certified", "certificate",
                                "associate", "professional", "data", "analyst", "analytics", "engineer", "science",
                                "computer", "statistics", "mathematics", "business", "economics", "strong",
                                "certifications", "certification", "certificates", "courses", "course", "training"})


# 'am I too old at 29?', 'too late for me?': asked outright, the answer starts with what the sources give.
TOO_OLD_ASKED = re.compile(r"\btoo (?:old|late)\b", re.IGNORECASE)

class Stages(Part):
    """Built once by ``Direct``; handlers return (first line, support blocks or None) or None."""

    def __init__(self, look: Lookup, figures: FigureAnswers, carry: CarryOver) -> None:
        super().__init__(look)
        self.figures = figures
        self.carry = carry

    def time_and_experience(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in TIME_QUESTIONS if rx.search(q))
        role_id = next((r for r in u.roles if r != session.current_job), u.roles[0])  # the job asked about
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        facts: list[Fact] = []
        if role is not None:
            facts = [f for f in role.education if f.kind == "experience"]
            facts += [f for f in self.look.matching(role, YEARS) if f not in facts]
            facts += [f for f in self.look.matching(role, YEARS, naming=True) if f not in facts]
        facts = _distinct(facts)
        years = [f for f in facts if YEARS.search(f.text)]
        bls = self.look.bls_entry(role_id, refs)
        parts = []
        surveyed = ""  # what O*NET's surveyed workers say, when said: beside BLS's entry the two are told apart
        if kind == "age":
            said = self.look.matching(role, AGE_WORDS) if role else []
            if said:
                parts.append(f"about age, my sources say {quote(said[0], refs)}")
            else:
                # ('am I too old at 29, yes or no?': the answer the sources give, said as one)
                if TOO_OLD_ASKED.search(q):
                    parts.append("not too old by anything my sources say")
                parts.append("none of my sources sets an age limit for it; what they ask for is skills, education "
                             "and experience")
        elif kind == "realism":
            own_facts = set(self.look.facts(role)) if role is not None else set()
            said = [f for f in years if f in own_facts][:1] or [f for f in (role.education if role else ())
                                                               if f.kind == "degree"][:1]
            parts.append("whether it is realistic for you depends on what you bring, which my sources cannot judge"
                         + "".join(f"; what they say it takes: {quote(f, refs)}" for f in said))
        elif kind == "training_term":
            parts.append(self._training_term(role_id, refs))
            bls = None  # said in the line above
        elif kind == "duration":
            parts.append("my sources don't say how long it takes to become one")
            if years:
                parts.append(f"what they say about time is {quote(years[0], refs)}")
            elif surveyed := self._surveyed_time(role_id, refs):
                parts.append(surveyed)
        else:
            if years:
                parts.append(f"my sources say {quote(years[0], refs)}")
            elif surveyed := self._surveyed_time(role_id, refs):
                parts.append(surveyed)
            else:
                parts.append(f"my sources give no number of years for {a(name)}")
                if facts:
                    parts.append(f"they say {quote(facts[0], refs)}")
        if bls:
            parts.append(bls)
            if surveyed and "no work experience" in bls:
                # 'over 2 years of related experience' beside 'no work experience': they measure different things
                parts.append("the two differ because O*NET asks workers in the job what a new hire needs, while BLS "
                             "gives the typical minimum to be hired")
        line = f"{name}: " + "; ".join(parts) + "."
        support = []
        shown = [f for f in (facts or []) if f not in years[:2]]
        if role is not None:
            degrees = [f for f in role.education if f.kind == "degree"][:2]
            if degrees:
                support.append(Block("list", "Education in the sources", tuple(Item(f.text, refs=refs(f.sources))
                                                                               for f in degrees)))
            if shown:
                support.append(Block("list", "Experience in the sources", tuple(Item(f.text, refs=refs(f.sources))
                                                                                for f in shown[:4])))
            steps = [f for f in role.getting_started if f not in facts][:3]
            if steps:
                support.append(Block("list", "First steps", tuple(Item(f.text, refs=refs(f.sources)) for f in steps)))
        occ = self.look.occupation(role_id)
        if occ is not None and occ.projection is not None and self.c.occ is not None:
            support.append(Block("list", self.c.occ.entry_heading(occ.projection),
                                 self.c.occ.entry_items(occ.projection, refs)))
        return line, support

    def _training_term(self, role_id: str, refs) -> str:
        """What the BLS training category named for the job means in time: the sources name the category but not
        its length, so say so, and give what O*NET's surveyed workers say of on-the-job training instead."""
        p, title = self.look.projection(role_id)
        named = (f"BLS gives '{p.training.lower()}' as the typical on-the-job training for {title} ({EP}) "
                 f"{cite(refs([SRC_EP]))}, but my sources don't say how many weeks or months BLS means by it"
                 if p is not None and p.training and p.training != "None"
                 else "my sources don't say how many weeks or months BLS's training categories mean")
        occ = self.look.occupation(role_id) if role_id.startswith("onet:") else None
        rows = [row for row in (occ.training if occ else ()) if row[1] > 0]
        if not rows:
            return named
        category, pct = max(rows, key=lambda row: row[1])
        assert occ is not None  # rows come from it
        return (f"{named}; what O*NET's surveyed {occ.title} say most often ({pct:g}% of respondents) is that a new "
                f"hire needs {_amount(category, 'on-the-job training')} {cite(refs([SRC_ONET]))}")

    def _surveyed_time(self, role_id: str, refs) -> str:
        """What O*NET's surveyed workers of an occupation most often say a new hire needs in related work experience
        and on-the-job training (the share answering so); '' for a curated role, whose O*NET figures would be a
        wider group's."""
        occ = self.look.occupation(role_id) if role_id.startswith("onet:") else None
        if occ is None:
            return ""
        said = [f"{_amount(category, what)} ({pct:g}% of respondents)"
                for what, rows in (("related work experience", occ.experience), ("on-the-job training", occ.training))
                if rows for category, pct in [max(rows, key=lambda row: row[1])] if pct > 0]
        if not said:
            return ""
        return (f"the answer O*NET's surveyed {occ.title} give most often is that a new hire needs "
                + " and ".join(said) + f" {cite(refs([SRC_ONET]))}")

    def progression(self, u: Understanding, q: str, session: Session, refs):
        found = self._progression(u, q, session, refs)
        step = PROGRESSION.search(q)
        pay = PAY_TALK.search(q)
        if found is None or not (pay and step and pay.start() < step.start()) or u.intent == "salary":
            return found
        # 'how much does a financial analyst make, and what's the next step up from it?': the pay, asked first
        return f"{self.c.name(u.roles[0])} — pay: {self.figures.headline('salary', u.roles[0], refs)}. {found[0]}", \
            found[1]

    def _progression(self, u: Understanding, q: str, session: Session, refs):
        role_id = u.roles[0]
        role = self.look.role(role_id)
        if role is None:  # an O*NET occupation: what O*NET relates to it that leads the work or asks more
            occ = self.look.occupation(role_id)
            return (self._official_steps(self.c.name(role_id), occ, refs), None) if occ is not None else None
        level = seniority(role)
        near = list(dict.fromkeys(list(role.related) + self.c.similar_ids(role_id)))
        above = [r for r in near if r in self.kb.roles and seniority(self.kb.role(r)) > level]
        said = self.look.matching(role, PROGRESS_FACT)[:2]
        names = [self.kb.role(r).name for r in above[:4]]
        if names:
            line = (f"From {role.name}, the next steps up among the roles I know are {joined(names)}: "
                    f"{'they are' if len(names) > 1 else 'it is'} more senior and close to the work "
                    f"{a(role.name)} does.")
        else:
            line = f"None of my profiles is a step above {role.name} in the same kind of work."
            occ = self.look.occupation(role_id)
            if occ is not None:
                line += " " + self._official_steps(role.name, occ, refs)
        if said:
            line += f" The sources say {quote(said[0], refs)}."
        items = tuple(Item(f"{self.kb.role(r).tagline} ({LEVEL_WORDS[seniority(self.kb.role(r))]})",
                           label=self.kb.role(r).name) for r in above[:4])
        support = [Block("list", f"Where {a(role.name)} can go next", items)] if items else []
        lateral = [self.kb.role(r).name for r in near if r not in above][:4]
        if lateral:
            support.append(Block("text", f"Related roles at a similar level: {joined(lateral)}."))
        if len(said) > 1:
            support.append(Block("list", "What the sources say", tuple(Item(f.text, refs=refs(f.sources))
                                                                       for f in said[1:])))
        return line, support

    def _official_steps(self, name: str, occ, refs) -> str:
        """'what's above an accountant?': O*NET publishes no career ladder; of the occupations it relates to this
        one, those that lead or manage work (by their titles) and those that need more preparation (a higher Job
        Zone), each with its median wage, as the nearest it says."""
        official = self.c.official
        if official is None:
            return ""
        related = [o for code in occ.related if (o := official.occupation(code)) is not None]
        leads = [] if _leading(occ) else [o for o in related if _leading(o)]
        more = [o for o in related if o not in leads and o.job_zone and occ.job_zone and o.job_zone > occ.job_zone]
        filed = "" if occ.title.rstrip("s") == name.rstrip("s") else f" (the occupation O*NET files {name} under)"
        if not leads and not more:
            return (f"O*NET publishes no career ladder for {occ.title}{filed}, and none of the occupations it relates "
                    f"to it leads that work or needs more preparation {cite(refs([SRC_ONET]))}.")

        def paid(o) -> str:
            w = o.wages
            if w is None or w.median is None:
                return o.title
            whose = "" if w.title == o.title else f", the figure of the wider group {w.title}"
            return f"{o.title} ({dollars(w.median)} median annual wage{whose})"
        parts = []
        if leads:
            parts.append(f"{'this one leads or manages' if len(leads[:3]) == 1 else 'these lead or manage'} "
                         f"such work: {joined([paid(o) for o in leads[:3]])}")
        if more:
            parts.append(f"{'this one needs' if len(more[:3]) == 1 else 'these need'} more preparation (O*NET Job "
                         f"Zone {more[0].job_zone if len({o.job_zone for o in more[:3]}) == 1 else 'higher'} "
                         f"against {occ.job_zone}): {joined([paid(o) for o in more[:3]])}")
        sources = [SRC_ONET] + ([SRC_OEWS] if any(o.wages for o in leads[:3] + more[:3]) else [])
        return (f"O*NET publishes no career ladder for {occ.title}{filed}; of the occupations it relates to it, "
                + "; ".join(parts) + f" {cite(refs(sources))}. Pay figures: {OEWS}, all U.S. workers.")

    @staticmethod
    def route(u: Understanding) -> tuple[str, str] | None:
        """(the first job, the job it leads to) of 'do A first, then B?': two roles asked, or one and one left out."""
        if len(u.roles) == 2:
            return u.roles[0], u.roles[1]
        if len(u.roles) == 1 and u.left_out:
            return u.left_out[0], u.roles[0]
        return None

    def stepping_stone(self, u: Understanding, q: str, session: Session, refs):
        """'helpdesk first, then sysadmin?': what the sources say about reaching B, and whether they link A to it;
        the choice stays the person's, but the facts that bear on it come first."""
        route = self.route(u)
        assert route is not None
        first, then = route
        start, goal = self.c.name(first), self.c.name(then)
        parts = []
        p, title = self.look.projection(then)
        if p is not None and p.experience:
            if p.experience == "None":
                parts.append(f"BLS lists no work experience in a related occupation as typical for {title}, so a "
                             f"first job is not required {cite(refs([SRC_EP]))}")
            else:
                parts.append(f"BLS lists {p.experience.lower()} of work experience in a related occupation as "
                             f"typical for {title}: a related first job is the usual way in {cite(refs([SRC_EP]))}")
        linked = self._linked(first, then, refs)
        if linked:
            parts.append(linked)
        else:
            parts.append(f"my sources do not name {start} as a way into {goal}")
        return f"{start} first, then {goal}: " + "; ".join(parts) + ".", None

    def _linked(self, first: str, then: str, refs) -> str | None:
        """What ties one job to the next in the sources: a profile's words naming the first job, or O*NET's list
        of related occupations."""
        role = self.look.role(then)
        if role is not None:
            name = self.c.name(first)
            said = self.look.matching(role, _rx(rf"\b{re.escape(name.lower())}s?\b"))
            if said:
                return f"the {role.name} profile says {quote(said[0], refs)}"
        for x, y in ((then, first), (first, then)):
            occ = self.look.occupation(x)
            if occ is not None and self.c.occ is not None:
                related = {self.c.occ.role_id(code) for code in occ.related}
                if y in related:
                    return (f"O*NET lists {self.c.name(y)} among the occupations related to {self.c.name(x)} "
                            f"{cite(refs([SRC_ONET]))}")
        return None

    def credential_choice(self, u: Understanding, q: str, session: Session, refs):
        """'bootcamp or master's?': no source ranks one way of studying against another; say so, then what the
        sources do say about the degree, the training routes and certifications, and BLS's entry education."""
        found = CREDENTIAL_CHOICE.search(q)
        one, other = (found.group("a"), found.group("b")) if found else ("one way of studying", "another")
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        who = name if name.endswith("s") else a(name)  # O*NET names are plural: 'for Plumbers, ...'
        parts = [f"none of my sources weighs {one} against {other} for {who}"]
        if role is not None:
            for kind in ("degree", "training"):
                facts = [f for f in role.education if f.kind == kind][:1]
                parts += [f"they say {quote(f, refs)}" if kind == "degree" else quote(f, refs) for f in facts]
        bls = self.look.bls_entry(role_id, refs)
        if bls:
            parts.append(bls)
        return f"{name}: " + "; ".join(parts) + ".", None

    def named_course(self, role_id: str, q: str) -> Fact | None:
        """The education fact that names a programme or certificate the question names by its proper name
        ('the Google data analytics certificate', 'coursera google'), if a profile has one."""
        role = self.look.role(role_id)
        if role is None:
            return None
        asked = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9+-]{3,}", q)}
        for fact in role.education:
            names = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z0-9+-]{3,}", fact.text)}  # proper names
            if asked & names - set(role.name.lower().split()) - COMMON_TITLE_WORDS:
                return fact
        return None

    def course_asked(self, fact: Fact, u: Understanding, q: str, session: Session, refs):
        """'is the Google data analytics certificate good?': what the sources say of it (``fact``, found by
        ``named_course``); they rate no course."""
        return (f"{self.c.name(u.roles[0])}: my sources mention it: {quote(fact, refs)}; none of them rates one "
                "course or certificate against another, so whether it is good for you depends on what the jobs "
                "you apply for ask for."), None

    def degree_needed(self, u: Understanding, q: str, session: Session, refs):
        """'do I need a master's to be a data analyst?', 'is a bachelor enough?': what the sources say about that
        level of degree (quoted where a profile names it), else that none of them asks for it, and BLS's typical
        entry education."""
        found = DEGREE_NEEDED.search(q)
        level = (found.group("level") or found.group("then") or "degree").lower() if found else "degree"
        key = re.sub(r"[^a-z]", "", level)[:4]  # 'masters' -> 'mast', "master's" -> 'mast', 'phd', 'bach'
        level, words = DEGREE_LEVELS.get(key, ("degree", r"degree|bachelor"))
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        said = [f for f in role.education if re.search(words, f.text, re.IGNORECASE)] if role is not None else []
        bls = self.look.bls_entry(role_id, refs)
        if not said and role is None and bls:
            # ('logistician need degree?'): what is typical first, then that it is no rule (BLS's word is
            # 'typical'), not 'none says it is required' before a bachelor's degree that reads as a contradiction
            return f"{name}: {bls}; that is what is typical, not a rule: none of my sources says a {level} is " \
                   "required.", None
        parts = [f"on the {level}, my sources say {quote(said[0], refs)}" if said else
                 f"none of my sources says a {level} is required"]
        if role is not None and not said:
            degree = [f for f in role.education if f.kind == "degree"][:1]
            parts += [f"what they say about degrees: {quote(f, refs)}" for f in degree]
        if bls:
            parts.append(bls)
        return f"{name}: " + "; ".join(parts) + ".", None

    def subject_counts(self, u: Understanding, q: str, session: Session, refs):
        """'does my psych degree count for ux research, or do i need CS?': whether the sources name that subject
        for the job (a profile's education facts), and how important O*NET rates the knowledge of it for the
        occupation (its Knowledge ratings: Psychology, Mathematics, Computers and Electronics ...), each said as
        what it is; the sources decide no employer's view of a degree."""
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role, occ = self.look.role(role_id), self.look.occupation(role_id)
        rated = {n: importance for n, importance, _ in (occ.knowledge if occ else ())}
        parts = []
        for typed, (rx, element) in subjects_named(q):
            said = [f for f in role.education if rx.search(f.text)] if role is not None else []
            bits = [f"the {name} profile names it: {quote(said[0], refs)}" if said else
                    f"the {name} profile doesn't name it" if role is not None else ""]
            if element in rated:
                whose = occ.title if occ is not None and role is not None else "it"
                bits.append(f"O*NET rates knowledge of {element} {rated[element]:.2f} of 5 in importance for {whose} "
                            f"{cite(refs([SRC_ONET]))}")
            bits = [b for b in bits if b]
            if bits:
                parts.append(f"{typed}: " + "; ".join(bits))
        bls = self.look.bls_entry(role_id, refs)
        if not parts:  # ('ux research' is filed under an occupation O*NET has not rated yet)
            return (f"My sources don't say which degree subjects count for {name}: no profile of mine covers it and "
                    "O*NET has no knowledge ratings for it." + (f" {bls}, with no subject named." if bls else "")), \
                None
        return (f"Whether a subject counts for {name} is each employer's call; what my sources say: "
                + ". ".join(p[0].upper() + p[1:] for p in parts) + "." + (f" {bls}." if bls else "")), None

    def certs_and_costs(self, u: Understanding, q: str, session: Session, refs):
        """'what certs do I need for helpdesk?', 'how much do the courses cost?': the certifications a profile
        names, or that none of my sources names any; prices, which no source here gives, said plainly."""
        parts = []
        for role_id in u.roles[:2]:
            name, role = self.c.name(role_id), self.look.role(role_id)
            bits = []
            if CERTS.search(q) or not asks_cost(q):
                named = [f for f in (role.education if role else ()) if f.kind == "certification"
                         or "certif" in f.text.lower()]
                bits.append(f"certifications my sources name: {quote(named[0], refs)}" if named
                            else "my sources name no certifications for it")
            bls = self.look.bls_entry(role_id, refs)
            if bls:
                bits.append(bls)
            parts.append(f"{name}: " + "; ".join(bits))
        line = ". ".join(parts) + "."
        if u.intent == "salary" and PAY_TALK.search(q) and not asks_cost(q):
            # 'pay? and whats a cert i could do online': two questions, the pay first, its figures below
            return f"{self.figures.headlines('salary', u.roles, refs)} {line}", None
        if asks_cost(q) or u.intent == "salary":
            line = ("None of my sources gives prices for courses, certificates, exams or degrees, so I can't say "
                    "what it would cost. " + line)
        return line, []  # the line is the answer; the whole education section would bury it

    def linked(self, u: Understanding, q: str, session: Session, refs):
        """'is computer vision related to games at all?': whether the sources tie the job to the thing named, in
        their own words, or say plainly that they don't."""
        found = LINKED.search(q)
        if found is None:
            return None
        what = found.group("what").lower()
        stem = re.escape(what[:max(4, len(what) - 2)])  # 'games' and 'game', 'gaming'; 'accounting', 'accountant'
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        if role is not None:
            facts = [role.summary, *role.responsibilities, *role.technical_skills, *role.industries, *role.insights]
            said = [f for f in facts if re.search(rf"\b{stem}", f.text, re.IGNORECASE)]
            if said:
                return f"{name} and {what}: yes, my sources tie them: {quote(said[0], refs)}.", None
        else:
            occ = self.look.occupation(role_id)
            texts = [occ.description] + [task for task, _ in occ.tasks] if occ else []
            hit = next((t for t in texts if re.search(rf"\b{stem}", t, re.IGNORECASE)), None)
            if hit:
                return f"{name} and {what}: yes, O*NET says “{hit.rstrip('.')}” {cite(refs([SRC_ONET]))}.", None
        return (f"{name} and {what}: my sources don't tie them; nothing they say about {a(name)} mentions {what}. "
                f"What they do say: {self.figures.headline('overview', role_id, refs)}."), None

    def tool_needed(self, u: Understanding, q: str, session: Session, refs):
        """'is SAP important for a data analyst?': whether the sources list the tool for the role (its tools, or
        a skill naming it), and when they don't, which tools they do name."""
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        occ = self.look.occupation(role_id) if role is None else None
        tools = self.carry.tools_of(role_id) if role is not None else [n for n, _, _, _ in (occ.tech if occ else ())]
        facts = (role.technical_skills + role.soft_skills) if role is not None else ()
        parts = []
        for named in u.tools:
            typed = re.search(rf"\b{re.escape(named)}\b", q, re.IGNORECASE)
            tool = typed.group(0) if typed else named  # as they wrote it: 'SAP', 'Power BI'
            pattern = _rx(rf"\b{re.escape(named)}\b")
            listed = [t for t in tools if pattern.search(t)]
            said = [f for f in facts if pattern.search(f.text)]
            if said:
                parts.append(f"{tool}: yes, my sources list it: {quote(said[0], refs)}")
            elif listed:
                source = "its profile" if role is not None else f"O*NET {cite(refs([SRC_ONET]))}"
                parts.append(f"{tool}: yes, {source} lists {joined(listed[:3])} among its tools")
            else:
                parts.append(f"{tool}: my sources don't list it for {a(name) if role is not None else name}")
        if any("don't list" in p for p in parts) and tools:
            shown = self.carry.to_learn(role_id) if role is None else tools
            parts.append(f"the tools they do name are {joined(shown[:6])}")
        return f"{name} — " + "; ".join(parts) + ".", None

    def tool_first(self, u: Understanding, q: str, session: Session, refs):
        """'SQL or Python first?': the order the sources give for learning the named tools, or that they give
        none (both are then said to be listed, when they are)."""
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self.look.role(role_id)
        typed = [m.group(0) if (m := re.search(rf"\b{re.escape(t)}\b", q, re.IGNORECASE)) else t for t in u.tools]
        subjects = subjects_in(q)  # 'python or math first?'
        typed += subjects
        facts = (role.getting_started + role.technical_skills) if role is not None else ()
        said_first = None  # the first sentence that orders anything: said when none orders what was asked
        for fact in facts:
            if not FIRST_SAID.search(fact.text):
                continue
            said_first = said_first or fact
            named = [m.group(0) for tool in u.tools  # as the source writes it: 'SQL'
                     if (m := re.search(rf"\b{re.escape(tool)}\b", fact.text, re.IGNORECASE))
                     or (tool.lower() in PROGRAMMING_LANGUAGES
                         and (m := re.search(r"\bprogramming\b", fact.text, re.IGNORECASE)))]
            named += [m.group(0) for subject in subjects  # 'maths' asked, 'mathematics' written
                      if (m := re.search(rf"\b{re.escape(subject[:4])}\w*", fact.text, re.IGNORECASE))]
            if len(named) > 1 and len(set(named)) == 1:  # 'Python or SQL?' and the source says 'programming'
                return (f"My sources don't say which of {' or '.join(typed)} to learn first for {a(name)}; they "
                        f"put {named[0]} first: {quote(fact, refs)}."), None
            named = list(dict.fromkeys(named))
            if named:
                lead = f"{joined(named)} first" if len(named) < len(typed) else f"Both {joined(named)} first"
                return f"{lead}, for {a(name)}: {quote(fact, refs)}.", None
        if said_first is not None:  # 'airflow, spark, dbt or kafka first?': what the source puts first instead
            return (f"My sources don't say which of {' or '.join(typed)} to learn first for {a(name)}; what they "
                    f"put first is this: {quote(said_first, refs)}."), None
        return (f"My sources don't say which of {' or '.join(typed)} to learn first for "
                f"{a(name) if role is not None else name}; what they do list for it follows."), None


def _distinct(facts: Sequence[Fact]) -> list[Fact]:
    """Facts without repeats: the same sentence, or one that starts another, is said once (the longer)."""
    out: list[Fact] = []
    for fact in sorted(facts, key=lambda f: -len(f.text)):
        key = fact.text.rstrip(".").lower()
        if not any(o.text.lower().startswith(key) for o in out):
            out.append(fact)
    return sorted(out, key=list(facts).index)


def _amount(category: str, what: str) -> str:
    """An O*NET category of experience or training, with what it measures: 'over 1 year, up to and including 2
    years of related work experience', 'no related work experience'."""
    low = category[0].lower() + category[1:]
    if low == "none":
        return f"no {what}"
    if low == "none or short demonstration":
        return f"no {what} or a short demonstration"
    return f"{low} of {what}"
