"""The person's own job as context (issue #13): what carries over from it to a target role (shared tools
and skills, what to add), and which of the named roles suits them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..knowledge.recommend import lacking_and_avoided
from ..normalise import role_key
from ..understanding.session import Session
from ..understanding.understand import Understanding
from .asked import CARRY
from .lookup import Lookup, Part
from .occupation import SRC_ONET
from .person import HIRING
from .reply import Block, Item
from .wording import cite, joined

# O*NET commodity categories of software nearly every job lists, and such tools as the profiles name them.
EVERYDAY_CATEGORIES = frozenset({
    "Office suite software", "Electronic mail software", "Word processing software", "Operating system software",
    "Presentation software", "Document management software", "Internet browser software",
    "Video conferencing software", "Calendar and scheduling software", "Spreadsheet software",
    "Instant messaging software", "Cloud-based data access and sharing software"})
EVERYDAY_TOOLS = frozenset({"excel", "microsoft excel", "google sheets", "microsoft word", "microsoft outlook",
                            "microsoft powerpoint", "adobe acrobat", "microsoft office", "microsoft windows",
                            "google docs", "email software", "spreadsheet software", "word processing software",
                            # general office and intranet software O*NET lists for police sergeants and nurses alike:
                            # no sign that one target is closer ('I don't care about Microsoft Visio')
                            "microsoft access", "microsoft visio", "microsoft project", "microsoft sharepoint",
                            "microsoft teams", "microsoft onenote", "microsoft active server pages asp",
                            "microsoft publisher"})
# O*NET's basic content skills, rated important in almost every occupation, and the language of instruction.
GENERAL_RATINGS = frozenset({"Reading Comprehension", "Active Listening", "Writing", "Speaking", "English Language"})

# O*NET skills and knowledge areas, and the words a profile uses for them ('statistics' is Mathematics), to say
# what carries over to a role whose occupation O*NET rates no skills for: the evidence is the person's job's
# rating and the profile's own sentence.
PROFILE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("Mathematics", r"\bstatistics\b|\bmathematics\b|\bmaths?\b"),
    ("Programming", r"\bprogramming\b|\bpython\b|\bcoding\b"),
    ("Computers and Electronics", r"\bsoftware\b|\bcomputer science\b"),
    ("Complex Problem Solving", r"\bproblem[- ]solving\b"),
    ("Critical Thinking", r"\bcritical thinking\b"),
    ("Instructing", r"\bteaching\b|\bmentoring\b|\bexplaining\b"),
    ("Education and Training", r"\bteaching\b|\bmentoring\b|\btraining\b"),
    ("Speaking", r"\bpresentations?\b|\bpresenting\b"),
    ("Writing", r"\bwriting\b|\bdocumentation\b"),
    ("Customer and Personal Service", r"\bcustomers?\b|\bclients?\b"),
    ("Quality Control Analysis", r"\bquality\b|\bvalidat\w*"),
    ("Judgment and Decision Making", r"\bdecision[- ]making\b|\bbusiness judgement\b"),
    ("Management of Personnel Resources", r"\bleading teams\b|\bmanaging people\b|\bleadership\b"),
    ("Administration and Management", r"\bproject management\b|\bstakeholder management\b"),
    ("Economics and Accounting", r"\bfinance\b|\bfinancial\b|\bbudgets?\b"),
    ("Systems Analysis", r"\brequirements\b"),
))


class CarryOver(Part):
    """Built once by ``Direct``."""

    def __init__(self, look: Lookup) -> None:
        super().__init__(look)
        # Tool categories per occupation: reading an occupation's few hundred tools again for every answer that
        # names it cost more than the rest of the answer.
        self._category_cache: dict[str, dict[str, str]] = {}

    def for_you(self, u: Understanding, q: str, session: Session) -> str | None:
        """'which is best for me?': the best fit first, and what it was chosen from (what they told me)."""
        told = []
        if session.current_job:
            years = f", {session.experience_years} years" if session.experience_years else ""
            told.append(f"your job as {self.c.name(session.current_job)}{years}")
        if session.interests:
            told.append("what you like (" + ", ".join(session.interests[-4:]) + ")")
        lacking, avoided = lacking_and_avoided(session.dislikes)
        if avoided:
            told.append("what you'd rather avoid (" + ", ".join(avoided[-2:]) + ")")
        if lacking:
            told.append(f"that you have no {lacking[-1]}")
        if not told:
            return None
        best = self.c.name(u.roles[0])
        return f"Best fit for you: {best}, from {joined(told)}."

    def own_job(self, u: Understanding, session: Session, kind: str, q: str = "") -> str | None:
        if CARRY.search(q) and u.left_out and u.left_out[0] not in u.roles and not u.own:
            return u.left_out[0]  # 'what from her dispatcher job would carry over?': the job named as the start
        own = u.own[0] if u.own else session.current_job
        if not own or own in u.roles or session.hiring or HIRING.search(q):
            return None  # an employer hires for the role: their own job carries nothing over
        if u.own or CARRY.search(q) or kind in ("duration", "experience", "age", "decision_fit", "decision_entry",
                                                 "progression") \
                or u.intent in ("getting_started", "compare", "skills", "tools"):
            return own
        return None

    def tools_of(self, role_id: str) -> list[str]:
        role = self.look.role(role_id)
        if role is not None:
            return list(dict.fromkeys(n for g in role.tools for n in g.names))
        occ = self.look.occupation(role_id)
        # In demand in this occupation's job postings first; 'hot' is demand across all jobs (Adobe InDesign for
        # help desk technicians), so it comes after.
        return list(dict.fromkeys([name for name, _, _, wanted in occ.tech if wanted]
                                  + [name for name, _, hot, _ in occ.tech if hot])) if occ else []

    def to_learn(self, role_id: str) -> list[str]:
        """The tools to name as worth learning: a profile's; for an O*NET occupation those its job postings ask
        for (in demand), or only when it has none of those, the 'hot' ones."""
        occ = None if self.look.role(role_id) is not None else self.look.occupation(role_id)
        if occ is not None:
            wanted = [name for name, _, _, in_demand in occ.tech if in_demand]
            if wanted:
                return wanted
        return self.tools_of(role_id)

    def _categories(self, *role_ids: str) -> dict[str, str]:
        """Tool name (lower case) -> O*NET commodity category, from the occupations standing for the roles."""
        out: dict[str, str] = {}
        for role_id in reversed(role_ids):  # the first role's category wins, as when it was read first
            out.update(self._categories_of(role_id))
        return out

    def _categories_of(self, role_id: str) -> dict[str, str]:
        cached = self._category_cache.get(role_id)
        if cached is None:
            occ = self.look.occupation(role_id)
            cached = {}
            for name, category, _, _ in (occ.tech if occ else ()):
                cached.setdefault(name.lower(), category)
            self._category_cache[role_id] = cached
        return cached

    def _everyday(self, name: str, categories: dict[str, str]) -> bool:
        """Office, e-mail, PDF and operating-system software most jobs list: no real head start."""
        return categories.get(name.lower()) in EVERYDAY_CATEGORIES or name.lower() in EVERYDAY_TOOLS

    def shared_tools(self, own: str, target: str) -> list[str]:
        """Tools both use that are specific to the work, most specific first (everyday office software left out)."""
        categories = self._categories(own, target)
        return [n for n in self._all_shared(own, target) if not self._everyday(n, categories)]

    def _all_shared(self, own: str, target: str) -> list[str]:
        theirs = {n.lower() for n in self.tools_of(target)}
        return [n for n in self.tools_of(own) if n.lower() in theirs]

    def carries_over(self, own: str, targets: Sequence[str], refs, whose: str = "your job",
                     unused: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> list[Block]:
        """What the person's current job brings to each target role, and what to add: O*NET skills and knowledge
        both rate highly first, then tools specific to the work; everyday office software is not a head start,
        and when little carries over the answer says so."""
        own_name = self.c.name(own)
        items = []
        for target in targets[:3]:
            if target == own:
                continue
            categories = self._categories(own, target)
            every = [n for n in self._all_shared(own, target) if self._everyday(n, categories)]
            # (not the tools the person says they don't use: 'I don't use Python or R, only MATLAB')
            shared = [n for n in self.shared_tools(own, target) if n.lower() not in unused]
            lowered = {n.lower() for n in self.tools_of(own)}
            listed = "\n".join(lowered)  # one per line: a line break is no letter or digit either
            to_add = [n for n in self.to_learn(target)  # (a tool they say they don't use is to add, though listed)
                      if (not _named_in(n, lowered, listed) or n.lower() in unused)
                      and not self._everyday(n, categories)
                      and n.lower() not in known]  # ('I already know R': not to add)
            skills = self._shared_skills(own, target)
            parts = []
            if skills:
                parts.append(f"carries over: {joined(skills[:4])} (skills and knowledge both rate highly in O*NET) "
                             f"{cite(refs([SRC_ONET]))}")
            if shared:  # what O*NET lists for both jobs, not what this person has used ('I never used R')
                parts.append(f"tools O*NET lists for both jobs: {joined(shared[:5])}" if skills
                             else f"may carry over: {joined(shared[:5])} (tools O*NET lists for both jobs, if you "
                                  "have used them)")
            unrated = self._unrated(own, target)
            asked = self._asked_by_profile(own, target) if not skills and unrated else []
            if asked:  # no ratings to compare, but the profile names work the person's job is rated highly for
                said = joined(list(dict.fromkeys(word for _, word, _ in asked)))
                parts.insert(0, f"carries over: {joined([name for name, _, _ in asked])} (rated highly for "
                                f"{whose} in O*NET {cite(refs([SRC_ONET]))}; the {self.c.name(target)} profile asks "
                                f"for {said} {cite(refs(list(dict.fromkeys(src for _, _, src in asked))))})")
            elif not skills and not shared and unrated:
                # No ratings is no evidence: say what is missing, and what the person's job is rated for.
                strong = self._strongest(own) if unrated != own else []
                occ = self.look.occupation(unrated)
                title = occ.title if occ else self.c.name(unrated)
                counted = f" (the occupation {self.c.name(unrated)} is counted in)" if role_key(
                    title) != role_key(self.c.name(unrated)) else ""
                parts.append(f"O*NET has no skill ratings for {title}{counted}, so its ratings can't show what "
                             f"carries over"
                             + (f"; {whose} is rated highly for {joined(strong[:4])} {cite(refs([SRC_ONET]))}"
                                if strong else ""))
            elif not skills and not shared:
                office = f" (only everyday office software: {joined(every[:2])})" if every else ""
                parts.append(f"little carries over directly: no specific tools or highly rated skills in common"
                             f"{office}")
            if to_add:
                parts.append(f"to add: {joined(to_add[:6])}")
            items.append(Item("; ".join(parts), label=self.c.name(target)))
        if not items:
            return []
        return [Block("list", f"From {whose} ({own_name})", tuple(items))]

    def _unrated(self, own: str, target: str) -> str | None:
        """Which of the two roles stands for an O*NET occupation with no skill ratings (new occupations such
        as Data Scientists have none in O*NET 29.2), if one does."""
        for role_id in (target, own):
            occ = self.look.occupation(role_id)
            if occ is not None and not occ.skills:
                return role_id
        return None

    def _asked_by_profile(self, own: str, target: str) -> list[tuple[str, str, str]]:
        """O*NET rates no skills for some targets' occupations (Data Scientists, where Data Analyst is counted):
        the person's highly rated skills that the target's profile asks for in its own words, as (skill, the
        profile's words, their source): 'Mathematics' <- 'statistics'; at most one a skill, the profile's order."""
        role = self.look.role(target)
        if role is None:
            return []
        mine = set(self._strongest(own, general=True))
        found: list[tuple[str, str, str]] = []
        for fact in (*role.technical_skills, *role.soft_skills):
            for name, pattern in PROFILE_WORDS:
                hit = pattern.search(fact.text) if name in mine else None
                if hit and name not in {n for n, _, _ in found}:
                    found.append((name, hit.group(0).lower(), fact.sources[0]))
        # the skills particular to the job before those nearly every job rates highly (speaking, writing)
        return sorted(found, key=lambda f: f[0] in GENERAL_RATINGS)[:3]

    def _strongest(self, role_id: str, general: bool = False) -> list[str]:
        """The skills and knowledge O*NET rates most important for the role's occupation (basic ones left out)."""
        occ = self.look.occupation(role_id)
        if occ is None:
            return []
        rows = [(imp, n) for n, imp, _ in (*occ.skills, *occ.knowledge)
                if imp >= 3.5 and (general or n not in GENERAL_RATINGS)]
        return [n for _, n in sorted(rows, key=lambda x: -x[0])]

    def _shared_skills(self, own: str, target: str) -> list[str]:
        """O*NET skills and knowledge both occupations rate important (3.5 of 5 or more), by the target's rating;
        the basic skills every job rates highly (reading, listening, writing, speaking) say nothing."""
        a_occ, b_occ = self.look.occupation(own), self.look.occupation(target)
        if a_occ is None or b_occ is None or not a_occ.skills or not b_occ.skills or a_occ.code == b_occ.code:
            return []
        out = []
        for rows_a, rows_b in ((a_occ.skills, b_occ.skills), (a_occ.knowledge, b_occ.knowledge)):
            mine = {n for n, imp, _ in rows_a if imp >= 3.5 and n not in GENERAL_RATINGS}
            out += [(imp, n) for n, imp, _ in rows_b if imp >= 3.5 and n in mine]
        # (a name can be both a skill and a knowledge area: 'Mathematics' once)
        return list(dict.fromkeys(n for _, n in sorted(out, key=lambda x: -x[0])))


NOT_USED = re.compile(r"\b(?:don'?t|do not|never|haven'?t|have not|can'?t|cannot)\s+(?:really\s+)?"
                      r"(?:use|used|know|code in|program in|touch(?:ed)?)\s+([^.?!;]*)", re.IGNORECASE)


def tools_not_used(q: str) -> frozenset[str]:
    """The tools a person says they don't use ('I don't use Python or R, only MATLAB' -> python, r)."""
    out: set[str] = set()
    for found in NOT_USED.finditer(q):
        said = re.split(r"\b(?:only|just|but|except)\b", found.group(1), maxsplit=1)[0]
        out |= {w.strip().lower() for w in re.split(r",|/|\bor\b|\band\b|\bnor\b", said) if w.strip()}
    return frozenset(out)


def _named_in(tool: str, names: set[str], listed: str) -> bool:
    """Whether the job already lists the tool, alone or inside a product's name: 'SQL' is in 'Microsoft SQL
    Server' and 'Oracle PL/SQL' (so it is nothing to add), 'Java' is not in 'JavaScript'."""
    key = tool.lower()
    if key in names:
        return True
    return _inside(key).search(listed) is not None  # one search over all the names (``listed``, one a line)


@lru_cache(maxsize=4096)
def _inside(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])")
