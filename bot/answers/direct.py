"""The answer to the question actually asked, first (issue #13).

The intent answers of ``compose`` are complete but general: "how much experience do people have before
they become data architects" is understood as getting_started, and the getting-started list alone does not
say how many years. Here the person's own words pick the sub-question, and the answer opens with one line
that states the fact asked for, from the profiles or the official tier, or says plainly that the sources do
not say; the supporting detail follows.

- time and experience: years of experience, how long a switch takes, age;
- career progression: the more senior roles a role leads to;
- decisions between named roles: which has the lower entry bar, which fits what the person wants to do;
- checks on the figures just shown: period, gross or net, median or mean, how real, source and year;
- the market: jobs without experience, working from home, who employs them;
- about the bot itself;
- two questions in one message (``Understanding.also``): both, in the order asked;
- the person's own job as context: what carries over to the target role;
- where the figures apply (``bot/answers/context.py``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import TYPE_CHECKING, cast

from ..normalise import LazyPattern
from ..knowledge.profiles import Fact, RoleProfile
from ..knowledge.recommend import LEVEL_WORDS, _terms, seniority
from ..understanding.session import Session
from ..understanding.understand import Understanding
from . import context
from .occupation import EP, OEWS, SRC_EP, SRC_OEWS, SRC_ONET, code_of, dollars, first_sentence, is_onet, signed
from .decide import HIRE, Decisions
from .person import stated_pay
from .reply import DIRECT, Block, Item

if TYPE_CHECKING:
    from ..knowledge.official import Occupation, Projection
    from .compose import Composer

TOPICS = ("overview", "responsibilities", "skills", "education", "tools", "salary", "outlook", "industries",
          "getting_started")
FIGURE_INTENTS = ("salary", "outlook", "compare")


def _rx(pattern: str) -> LazyPattern:
    """A case-blind pattern of the answers, compiled on first search."""
    return LazyPattern(pattern, re.IGNORECASE)


# The sub-questions, tried in order; each names the intents it refines (None: any).
BOT_QUESTIONS = (
    ("bot_person", _rx(r"\b(?:real (?:person|human)|are you (?:a |an )?(?:human|person|bot|robot|real|ai)\b|"
                       r"talking to (?:a |an )?(?:bot|human|person|machine))")),
    ("bot_built", _rx(r"\b(?:built|made|programmed|powered|running|based|trained) (?:on|with|in|by)\b|"
                      r"\bwhat are you\b|\b(?:chatgpt|gpt|llm|language model|openai)\b|"
                      r"\bwho (?:made|built|wrote) you\b")),
    ("bot_know", _rx(r"\bhow do(?:es)? (?:you|it) know\b|\bwhere do(?:es)? (?:you|it) get\b|"
                     r"\byour (?:sources?|data)\b")),
    ("bot_unhelpful", _rx(r"\b(?:not|isn'?t|wasn'?t|aren'?t|not very|un) ?helpful\b|\buseless\b|\bdoesn'?t help\b|"
                          r"\bnot what i (?:asked|meant|wanted)\b|\bnot (?:an )?answer\b")),
)
FIGURE_QUESTIONS = (
    ("figure_mean", _rx(r"\bmedian\b.*\b(?:mean|average)\b|\b(?:mean|average)\b.*\bmedian\b|"
                        r"\bwhat(?:'?s| is| does) (?:a |the )?(?:median|mean)\b")),
    ("figure_period", _rx(r"\b(?:monthly|per month|a month|each month|hourly|per hour|an hour|weekly|per week|"
                          r"(?:is (?:that|this|it)|are (?:they|these|those)) (?:yearly|annual|per year|a year))\b")),
    ("figure_gross", _rx(r"\b(?:gross|net|before tax(?:es)?|after tax(?:es)?|take[- ]home|pre[- ]tax|post[- ]tax|"
                         r"taxe?s?)\b")),
    ("figure_source", _rx(r"\b(?:sources?|where(?:'?s| is| does| did| do| are) "
                          r"(?:that|this|it|these|those|they|you get)|where (?:do|did) you get|how (?:old|recent|"
                          r"current)|recent|up to date|out of date|outdated|which year|what year|dated)\b")),
    ("figure_currency", _rx(r"\b(?:(?:is|are) (?:that|this|it|these|those|they) (?:in )?(?:us |u\.s\. |american )?"
                            r"(?:dollars|usd|bucks)|which currency|what currency|in what currency)\b|"
                            r"\b(?:dollars|usd)\s*\?")),
    ("figure_whose", _rx(r"\b(?:is|are) (?:that|this|it|the|these|those) (?:\S+ )?(?:number|figure|median|salary|pay|"
                         r"wage)s? (?:really |actually |just )?(?:for|about|of)\b|\bwhose (?:figure|number|pay)\b|"
                         r"\b(?:number|figure|median) (?:really|actually) (?:for )?\w+ or\b")),
    ("figure_real", _rx(r"\b(?:really|actually|realistic(?:ally)?|legit|for real|is (?:that|this|it) (?:real|true|"
                        r"right|correct)|can (?:people|anyone|you|i|one) (?:really )?(?:earn|make|get))\b")),
)
# 'the money matters too but it's not the main thing', 'I said money wasn't the main thing': pay set aside.
MONEY_ASIDE = _rx(r"\b(?:money|pay|salary)\b.{0,30}\b(?:not|isn'?t|wasn'?t|less)\b.{0,15}\b(?:main|most important|"
                  r"priority|everything)\b")
# 'monthly?', 'is that per hour?': a short question about the period of the figure just shown.
PERIOD_ALONE = _rx(r"^(?:(?:and |so |ok )?(?:is (?:that|this|it) |are (?:they|these) )?(?:monthly|per month|a month|"
                   r"hourly|per hour|an hour|weekly|per week|yearly|annual|per year|a year)\W*)$")
# 'can people really earn that?', 'is 90k realistic': the realism question is about pay only when it says so.
PAY_TALK = _rx(r"\b(?:earn\w*|make|makes|making|paid|pay\w*|salar\w+|wages?|money|income|that much|\d+\s?k)\b|[$£€₹]")
MARKET_QUESTIONS = (
    ("no_experience", _rx(r"\b(?:without|no|zero|little|lack of|lacking|any) (?:any |prior |work |previous |"
                          r"professional |real )?(?:experience|background)\b|\bentry[- ]level\b|\bfreshers?\b|"
                          r"\bbeginners?\b")),
    ("remote", _rx(r"\b(?:from home|remote(?:ly)?|wfh|home office|hybrid)\b")),
    ("employers", _rx(r"\b(?:who (?:employs|hires)|which (?:companies|employers|firms|organi[sz]ations)|what "
                      r"(?:companies|employers|kind of companies)|where do .{0,30}\bwork\b)\b")),
)
# 'will AI replace electricians?', 'is AI engineering just hype?', 'automated away': a worry about the future.
AI_RISK = _rx(r"\b(?:replace[ds]?|replacing|take (?:over|(?:my|their|our|the|these|those) jobs?)|automat\w*|"
              r"obsolete|hype|bubble|fad|killed|wiped out|disappear\w*|redundant|chatgpt|robots?|ai[- ]proof)\b")
TIME_QUESTIONS = (
    ("age", _rx(r"\b(?:too old|too young|my age|at my age|age|\d\d ?(?:years old|yo|y/o)|at [3-7]\d\b|older|"
                r"in my (?:[3-7]0)s|thirties|forties|fifties|sixties)\b")),
    ("experience", _rx(r"\b(?:experience|track record|years? of|how many years|how senior|before (?:they|you|i|people|"
                       r"one) (?:become|get|are|land|can))\b")),
    ("duration", _rx(r"\b(?:how (?:long|much time|many (?:months|years))|take me|timeline|time ?frame|how (?:quickly|"
                     r"fast))\b")),
    ("realism", _rx(r"\b(?:realistic(?:ally)?|doable|feasible|achievable|(?:stand|have) a (?:real )?chance|my chances|"
                    r"possible for (?:me|someone like me))\b")),
)
PROGRESSION = _rx(r"\b(?:go from (?:here|there)|next step|step up|move up|above|after (?:that|this|being)|progress\w*|"
                  r"promot\w*|career (?:path|ladder|growth)|ladder|grow into|where can .{0,40}\bgo\b|what comes next|"
                  r"senior to|beyond|higher than|more senior)")
DECISION_ENTRY = _rx(r"\b(?:entry bar|barrier|easier|easiest|harder|hardest|lower bar|less (?:education|schooling)|"
                     r"fewer requirements|get into|break into|quicker to get|more accessible|requirements?)\b")
DECISION_FIT = _rx(r"\b(?:rather|prefer|better (?:if|for)|suits? (?:me|us)|hire|should (?:i|we)|fits? (?:me|us|better)|"
                   r"more (?:into|interested)|instead of|i'?d like|i want to|i enjoy|aim for|go for|choose|pick|decide|"
                   r"(?:we|i) need (?:someone|somebody|a person)|who (?:to|do we|should))\b")
PREFERENCE = _rx(r"\b(?:rather|prefer|better if|i'?d like|i want to|i enjoy|i love|i like|more into|instead of|hire|"
                 r"set up|build|to do|need (?:someone|somebody|a person))\b")
AGAINST = _rx(r"\b(?:rather than|instead of|than|over|not|but not|don'?t want to|do not want to|hate|dislike|avoid)\b")
# 'what carries over?', 'what transfers from my job?', 'which of my skills are useful?'
CARRY = _rx(r"\b(?:carr(?:y|ies|ied) over|transfer\w*|bring (?:with|over|along)|head start|reus\w*|"
            r"(?:skills|experience|background) (?:i|that i) (?:have|already have)|useful from my|of my (?:skills|"
            r"experience|background)|from my (?:job|work|experience|background))\b")
SWITCH = _rx(r"\b(?:become|becoming|switch\w*|move (?:in)?to|get into|transition\w*|retrain\w*|change (?:careers?|"
             r"jobs?) to|could i (?:do|be)|can i (?:do|be))\b")
MORE_OR_LESS = _rx(r"\b(?:more|less|cut|step down|drop|than|better off|worse off)\b")
MONEY = _rx(r"\b(?:pay|paid|salary|salaries|earn\w*|money|wage|income|make)\b|\$")

YEARS = _rx(r"\b\d+\s*(?:[-–]|to)\s*\d+\+?\s*years?\b|\b\d+\+?\s*years?\b|\b(?:several|many|a few|two|three|four|"
            r"five|ten) years\b")
AGE_WORDS = _rx(r"\b(?:age|older|younger|too old)\b")
PROGRESS_FACT = _rx(r"\b(?:(?:career )?advancement|opportunities for advancement|career (?:progression|path)|"
                    r"progress(?:es|ion)? (?:to|into)|promot\w*|move (?:into|up to)|senior (?:roles?|positions?)|"
                    r"leadership (?:roles?|positions?)|transition\w* (?:to|into))\b")
ENTRY_FACT = _rx(r"\b(?:entry[- ]level|internships?|junior|first job|graduate)\b")
# 'what do they start at', 'entry-level pay', 'junior salary', 'when they're new': pay at the start of a career.
STARTING_PAY = _rx(r"\b(?:start(?:s|ing)? (?:at|on|out)|starting|entry[- ]level|junior|new grads?|graduates?|freshers?|"
                   r"beginners?|first (?:job|year)|when (?:they'?re|you'?re|i'?m|im|they are|you are) new|"
                   r"(?:a |the )?new (?:analyst|hire|starter|engineer|nurse)s?|just starting)\b")
# 'senior pay', 'what do experienced ones make', 'after 10 years', 'the top earners': pay late in a career.
SENIOR_PAY = _rx(r"\b(?:senior|experienced|seasoned|veterans?|top (?:earners?|end)|highest[- ]paid|ceiling|"
                 r"(?:after|with|over) (?:\d+|five|ten|fifteen|twenty|a few|several|many) (?:years|yrs)|"
                 r"(?:\d+|five|ten|fifteen|twenty)\+? (?:years|yrs)'? (?:of )?experience)\b")
# 'is that mid-level pay?', 'mid-career salary': pay in the middle of a career.
MID_PAY = _rx(r"\b(?:mid[- ]?(?:level|career|senior)|middle of (?:the|their|a) career|intermediate)\b")
# Published figures that describe pay at the start: 'entry-level', 'junior', 'starting'; and late in a career.
ENTRY_PAY_FACT = _rx(r"\b(?:entry[- ]level|junior|starting|beginners?|graduates?|0-[1-3] years?)\b")
SENIOR_PAY_FACT = _rx(r"\b(?:senior|experienced|lead|principal|\d+\+ years)\b")
# 'bootcamp or master's?', 'MSc vs certificate': a choice between two ways to study for a job.
_CREDENTIAL = (r"(?:boot ?camps?|master'?s(?: degree)?|msc|mba|phd|doctorate|(?:a |another )?degree|bachelor'?s|"
               r"diploma|certificates?|certs?|certifications?|online courses?|courses?|self[- ]taught|"
               r"teach(?:ing)? myself|apprenticeships?|uni(?:versity)?|college)")
CREDENTIAL_CHOICE = _rx(rf"\b(?P<a>{_CREDENTIAL})\b[^?.!]{{0,40}}?\b(?:or|vs\.?|versus|instead of)\s+"
                        rf"(?:an? |the |do an? )?(?P<b>{_CREDENTIAL})\b")
# 'helpdesk first, then sysadmin?', 'start as an analyst and move to data science later': one job as the way
# into another.
STEPPING = _rx(r"\b(?:start(?:ing)? (?:as|in|out as|out in|with)|begin(?:ning)? as|first as|first,? then|first and|"
               r"stepping[- ]stone|way in(?:to)?|(?:and|then) (?:later )?(?:move|switch|transition|go|step|progress)"
               r"(?: up| over| on)? (?:in)?to|move up to|and become|later on|later)\b")
# 'how much do the courses cost', 'is the CompTIA A+ expensive', 'tuition?': prices no source here gives.
COST = _rx(r"\b(?:cost|costs|costing|price|prices|priced|fees?|tuition|expensive|cheap|afford\w*|how much (?:is|are|"
           r"does|do) (?:the |a |an )?(?:course|cert|certification|exam|degree|bootcamp|program|programme|training))\b")
# 'costs 30-35 lakh', 'fees are $12k', 'I didn't ask cost': a price stated, or the question waved away, not asked.
COST_STATED = _rx(r"\b(?:costs?|fees?|tuition|price)\s+(?:is\s+|are\s+|of\s+|about\s+|around\s+|like\s+)?[$£€₹]?\d|"
                  r"\b(?:didn'?t|did not|never) ask(?:ed)? (?:about |for )?(?:the )?(?:cost|price|fees?)")


def asks_cost(q: str) -> bool:
    return bool(COST.search(q)) and not COST_STATED.search(q)


# 'what certs do I need', 'is PL-300 worth it', 'CompTIA A+?', 'licence': certifications and licences.
CERTS = _rx(r"\b(?:certs?|certif\w*|comptia|pl-?300|ccna|cissp|aws certified|licen[cs]e[sd]?|licensure)\b")
REMOTE_FACT = _rx(r"\b(?:remote\w*|from home|hybrid|distributed teams?)\b")
# Words that widen what a person says they want to do to the words profiles use for it.
WANTS = {
    "build": "build implement develop deploy production engineer system application",
    "ship": "deploy production implement build application system",
    "system": "system implement production application deploy",
    "deploy": "deploy deployment production pipeline",
    "publish": "publish paper research conference journal theoretical",
    "thing": "", "stuff": "",
    "paper": "paper publish research conference journal theoretical",
    "write": "", "writing": "",
    "infrastructur": "infrastructure pipeline platform deploy deployment production automate mlops",
    "research": "research publish paper theoretical experiment",
    "theory": "theoretical theory research",
    "product": "product user roadmap",
    "people": "team mentor lead stakeholder",
    "manag": "manage lead team mentor strategy",
    "dashboard": "dashboard report visualisation visualization",
    "postgr": "postgresql database databases backup replication",
}
EDUCATION_RANK = ("no formal educational credential", "high school diploma or equivalent",
                  "postsecondary nondegree award", "some college, no degree", "associate's degree",
                  "bachelor's degree", "master's degree", "doctoral or professional degree")
EXPERIENCE_RANK = ("none", "less than 5 years", "5 years or more")
DEGREE_WORDS = ((_rx(r"\b(?:phd|ph\.d|doctora\w*)\b"), 7), (_rx(r"\bmaster"), 6), (_rx(r"\bbachelor"), 5))
@lru_cache(maxsize=1)
def decision_noise() -> frozenset[str]:
    """Words of the decision itself, not of the work; stemmed on first use (the stemmer loads lazily)."""
    return frozenset(_terms("which better best hire hiring set up our team company should choose pick "
                            "aim fit suit would rather prefer than instead role one two first startup people "
                            "person useful those these point recommend go for take start project work job"))


DIFFERENCE = _rx(r"\b(?:difference|differences|differ|distinguish|explain|how (?:are|is) .{0,40} different)\b")
DECIDING = _rx(r"\b(?:which|whom|who|should|pick|choose|better|best|recommend|first)\b")


# 'is SAP important for it?', 'k8s required?', 'do I need excel', 'power bi needed?': whether a tool is asked for.
NEEDED = _rx(r"\b(?:need|needs|needed|required?|requirement|important|essential|necessary|must|use[sd]?|worth|"
             r"learn(?:ed|t)?|matter)\b")


# Questions no source here answers, said plainly before the nearest facts (what each source covers is in
# README and the ABOUT files: pay by occupation, projections, O*NET tasks, skills and tools, curated profiles).
UNCOVERED = (
    ("career_gap", _rx(r"\b(?:gap (?:on|in) (?:my |the )?(?:cv|resume)|(?:cv|resume) gap|career break|explain "
                       r"(?:the |my |a |an )?(?:\d+[- ]year )?(?:gap|break)|(?:been )?out of (?:work|the workforce) "
                       r"(?:for|since))\b"),
     "how employers see a career break or how to explain one"),
    ("hours", _rx(r"\b(?:part[- ]time|\d+ hours a week|hours a week|school hours|(?:mornings|evenings) only)\b"),
     "part-time work or working hours"),
    ("physical", _rx(r"\b(?:on my feet|sitting down|standing all day|physical(?:ly)? (?:demanding|hard|tough)|"
                     r"heavy lifting|easier on the body)\b"),
     "how physical the work is"),
    ("why_trend", _rx(r"\bwhy (?:is|are) (?:it|they|that|this|the \w+(?: one)?|\w+) (?:\w+ )?(?:shrinking|growing|"
                      r"declining|going down|dying)\b"),
     "why employment is projected to change (BLS publishes the projection, not its causes)"),
    ("learn_time", _rx(r"\bhow long (?:does it take |would it take |will it take )?(?:me )?to learn\b"),
     "how long it takes to learn a skill"),
    ("worth", _rx(r"\b(?:is|would|will) (?:it|that|this|an? [\w-]+(?: [\w-]+)?|the [\w-]+) (?:\w+ )?(?:be )?worth "
                  r"(?:it|the money|the cost|doing|getting)\b"),
     "whether it is worth the cost to you"),
    ("seniority", _rx(r"\b(?:junior or (?:a )?senior|senior or (?:a )?junior)\b"),
     "whether a junior or a senior suits a job"),
)


def _asks_difference(q: str) -> bool:
    """The question asked (the last one in the message) is what tells roles apart, not which to choose."""
    asked = [part for part in re.split(r"(?<=[?.!])\s+", q.strip()) if part.strip()]
    last = next((p for p in reversed(asked) if "?" in p), asked[-1] if asked else "")
    return bool(DIFFERENCE.search(last)) and not DECIDING.search(last)


def _and(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _quote(fact: Fact, refs) -> str:
    return f"“{fact.text.rstrip('.')}” {_cite(refs(fact.sources))}"


def _cite(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


class Direct:
    """Built once with the composer; ``refine`` puts the direct answer first."""

    def __init__(self, composer: Composer) -> None:
        self.c = composer
        self.kb = composer.kb
        self.decisions = Decisions(self)
        # (role id, pattern) -> the role, and its facts (or other profiles' facts naming it) the pattern finds:
        # the profiles never change, and searching each of their ~100 facts took most of such an answer.
        self._found: dict[tuple[str, str, bool], tuple[RoleProfile, tuple[Fact, ...]]] = {}

    # --- entry point ---------------------------------------------------------------------------

    def refine(self, u: Understanding, blocks: list[Block], refs, question: str = "",
               session: Session | None = None) -> tuple[list[Block], bool]:
        """The blocks with the direct answer first; True when the intent's own blocks were replaced (the
        caller then numbers the sources again, so that only the sources cited remain)."""
        session = session or Session()
        q = question or ""
        if u.candidates or u.unknown_role:
            return blocks, False
        replaced_all = False
        lines: list[str] = []
        support = list(blocks)
        kind, handler = self._sub_question(u, q, session)
        if handler is not None:
            found = handler(u, q, session, refs)
            if found is not None:
                line, replaced = found
                lines.append(line)
                if replaced is not None:
                    support, replaced_all = replaced, True
                elif kind.startswith("figure") and (u.intent not in FIGURE_INTENTS or not u.roles):
                    support, replaced_all = [], True  # a check on the figures just shown: the answer is the check
        if not lines and u.also and u.roles and u.intent in TOPICS and u.also in TOPICS:
            lines.append(self.both(u, refs, q))
            support += self.c.topic_blocks(u.also, u.roles, refs, u.detail)
        added = False
        asked_where = u if u.places or not session.place else replace(u, places=(session.place,))
        where = context.where(self.c, asked_where, q) if u.roles and not kind.startswith("bot") else None
        if not lines and session.pay_amount and u.roles and u.intent == "salary":
            lines.append(self.versus_pay(u.roles, session, refs))  # 'I make 78k, would I earn more as X?'
            if where and session.pay_currency not in ("", "USD"):  # the pay line already says: U.S. dollars only
                where = where.split(" All my pay figures")[0]
        elif session.pay_amount and len(u.roles) > 1 and u.intent == "compare" and (
                u.aspect == "salary" or (u.aspect is None and stated_pay(q))):
            if not lines:  # after the comparison's verdict, which stays first
                return blocks + [Block("text", self.versus_pay(u.roles, session, refs))], False
            support.append(Block("text", self.versus_pay(u.roles, session, refs)))
        elif not u.roles and not lines and stated_pay(q) and u.intent in ("unknown", "greeting", "salary"):
            lines.append(self.noted_pay(session))  # 'I make 4500 a month': kept for the pay questions that follow
            if u.intent == "unknown":
                support, replaced_all = [], True
        if where:
            if not lines and u.intent in TOPICS:
                lines.append(self.headlines(u.intent, u.roles, refs))
            if lines and not re.search(r"[$%€£]|\d", " ".join(lines)):
                support = support[:2] + [Block("text", where)] + support[2:]  # no figure in the answer to place
                added = True
            elif lines:
                lines.append(where)
            else:  # a comparison opens with its own answer; where its figures apply follows that opening
                support = support[:2] + [Block("text", where)] + support[2:]
                added = True
        own = self._own_job(u, session, kind, q)
        if own and u.roles:
            carried = self.carries_over(own, u.roles, refs)
            switch = (CARRY.search(q) or SWITCH.search(q) or u.intent == "getting_started") and u.intent != "recommend"
            if carried and not lines and switch:  # 'I'm a nurse, how do I become a data analyst?'
                first = carried[0].items[0]
                lines.append(f"From your job ({self.c.name(own)}) to {first.label}: {first.text}.")
                carried = [Block("list", carried[0].text, carried[0].items[1:])] if carried[0].items[1:] else []
            elif not lines and u.intent == "salary" and len(u.roles) == 1:  # 'I'm a nurse, what does a DA earn?'
                lines.append(f"{self.headlines('salary', u.roles, refs)} For your job, {self.c.name(own)}: "
                             f"{self.headline('salary', own, refs)}.")
            if lines:
                support = carried + support
            elif carried:  # the intent's own answer stays first; what carries over follows its opening
                at = next((i for i, b in enumerate(support) if b.kind == "list"), len(support))
                if u.intent == "recommend":  # after the suggestions, before the note on how they were ranked
                    at = next((i for i, b in enumerate(support) if b.kind == "note"), len(support))
                support = support[:at] + carried + support[at:]
                added = True
        if u.intent == "recommend" and u.roles and not lines and len(q.split()) < 8:
            said = self.for_you(u, q, session)
            if said:
                lines.append(said)
        gaps = [what for _, rx, what in UNCOVERED if rx.search(q)] if u.roles and u.intent != "recommend" else []
        if gaps and not kind.startswith(("remote", "pay_", "stepping")):
            # 'how do I explain the gap on my CV?', 'would part-time be normal?': said plainly, before what they have
            gap = f"My sources don't cover {_and(gaps)}."
            if not lines and u.intent in ("salary", "outlook"):
                lines.append(self.headlines(u.intent, u.roles, refs))  # what they have: the figure itself
            if lines:
                lines.insert(0, gap)
            else:
                return [Block("text", f"{gap} What they do say about {_LABELS.get(u.intent, u.intent)} follows.",
                              key=DIRECT)] + (support if added else blocks), False
        if not lines:
            return (support if added else blocks), False
        return [Block("text", " ".join(lines), key=DIRECT)] + support, replaced_all

    def _sub_question(self, u: Understanding, q: str, session: Session) -> tuple[str, Callable | None]:
        if u.intent in ("help", "unknown") and not u.roles:
            for kind, rx in BOT_QUESTIONS:
                if rx.search(q):
                    return kind, self._bot
        figure_roles = u.roles if u.intent in FIGURE_INTENTS else ()
        after_figures = session.last_intent in FIGURE_INTENTS and bool(session.focus) and (
            not u.roles or tuple(u.roles) == tuple(session.focus))
        if not figure_roles and after_figures and any(rx.search(q) for k, rx in FIGURE_QUESTIONS
                                                      if k in ("figure_mean", "figure_source", "figure_real")):
            figure_roles = session.focus  # 'what's your source for that?' right after the figures
        if figure_roles and not (u.intent == "compare" and u.aspect not in (None, "salary", "outlook")):
            for kind, rx in FIGURE_QUESTIONS:
                if kind == "figure_real" and (stated_pay(q) or (session.pay_amount and MORE_OR_LESS.search(q))):
                    continue  # 'I make 85k; would I actually make more?' compares with their pay, below
                if kind == "figure_real" and (not PAY_TALK.search(q) or MONEY_ASIDE.search(q)):
                    continue  # 'can one person realistically do both?', 'the money matters but it's not the main thing'
                if kind == "figure_period" and not (PAY_TALK.search(q) or PERIOD_ALONE.search(q.strip())):
                    continue  # 'a reliable monthly reporting of production KPIs' asks nothing about pay
                if (kind != "figure_period" or (u.intent != "outlook" and not stated_pay(q))) and rx.search(q):
                    return kind, self._figure_check
        if u.roles and u.intent in ("education", "getting_started", "overview") and CREDENTIAL_CHOICE.search(q) \
                and not asks_cost(q):
            return "credential_choice", self._credential_choice
        if u.roles and ((u.intent in ("education", "getting_started") and (asks_cost(q) or CERTS.search(q)))
                        or (u.intent == "salary" and CERTS.search(q))):  # 'comptia a+, how much is that'
            return "certs_costs", self._certs_and_costs
        if u.roles and u.tools and len(u.tools) <= 3 and u.intent in ("tools", "skills", "education") \
                and NEEDED.search(q):
            return "tool_needed", self._tool_needed
        if u.roles and u.intent == "salary":  # pay at one point of a career, which BLS does not publish
            for level, rx in (("start", STARTING_PAY), ("mid", MID_PAY), ("senior", SENIOR_PAY)):
                if rx.search(q) and not (level == "senior" and all("senior" in self.c.name(r).lower()
                                                                   for r in u.roles)):
                    return f"pay_{level}", partial(self._pay_by_level, level)
        if u.roles and u.intent == "outlook" and AI_RISK.search(q):
            return "ai_risk", self._ai_risk
        for kind, rx in MARKET_QUESTIONS if u.intent not in ("salary", "compare", "recommend") else ():  # cheap first
            if u.intent == "outlook" and kind != "remote":
                continue  # 'can a data analyst work from home?' is read as outlook too
            if (kind != "employers" or u.roles) and rx.search(q):
                return kind, self._market
        if u.intent == "compare" and len(u.roles) >= 2:
            open_aspect = u.aspect in (None, "education", "getting_started", "skills", "responsibilities")
            if open_aspect and DECISION_ENTRY.search(q):
                return "decision_entry", self._decide_entry
            own = u.own[0] if u.own else session.current_job
            if own in u.roles:
                own = ""
            asks = Decisions.asks(q)
            hiring = u.aspect in ("industries", "tools") and HIRE.search(q)  # 'hire first', 'for our Postgres'
            if _asks_difference(q):
                return "", None  # 'we need to hire ... could you explain the difference?': the comparison asked
            if (open_aspect or hiring) and (asks or DECISION_FIT.search(q) or (
                    own and (u.own or _rx(r"\b(?:should|which|better)\b").search(q)))):
                return "decision_fit", self._decide_fit
            if u.aspect in ("salary", "outlook") and asks:
                return "decision_fit", self._decide_fit
            if open_aspect:
                return "", None
        if Decisions.after_comparison(u, session, q):
            return "decision_after", self._decide_after
        if u.needs_role and Decisions.hire_without_roles(u, q):
            return "decision_hire", self._decide_hire
        if self._route(u) and STEPPING.search(q) and u.intent in ("similar", "getting_started", "overview",
                                                                  "compare"):
            return "stepping_stone", self._stepping_stone
        if u.roles and u.intent in ("similar", "getting_started", "overview") and PROGRESSION.search(q):
            return "progression", self._progression
        if u.roles and u.intent in ("getting_started", "education", "overview", "skills", "similar") \
                and not CARRY.search(q):  # 'what from my nursing experience carries over' asks no time
            for kind, rx in TIME_QUESTIONS:
                if rx.search(q):
                    return kind, self._time
        return "", None

    # --- shared pieces -------------------------------------------------------------------------

    def _projection(self, role_id: str) -> tuple[Projection | None, str]:
        """The official entry requirements standing for a role, and the row's title."""
        occ = self._occupation(role_id)
        p = occ.projection if occ else None
        return p, (p.title if p else "")

    def _occupation(self, role_id: str) -> Occupation | None:
        if is_onet(role_id):
            official = self.c.official
            return official.occupation(code_of(role_id)) if official is not None and self.c._onet(role_id) else None
        linked = self.c._link(self.kb.role(role_id))
        return linked[1] if linked else None

    def _role(self, role_id: str) -> RoleProfile | None:
        return None if is_onet(role_id) else self.kb.roles.get(role_id)

    def _facts(self, role: RoleProfile) -> list[Fact]:
        return list(role.education + role.getting_started + role.insights + role.technical_skills
                    + role.soft_skills + role.responsibilities + role.outlook)

    def _matching(self, role: RoleProfile, pattern: LazyPattern, naming: bool = False) -> list[Fact]:
        """``[f for f in self._facts(role) if pattern.search(f.text)]`` (``naming``: ``self._naming(role,
        pattern)``), worked out once per role and pattern."""
        key = (role.id, pattern.pattern, naming)
        found = self._found.get(key)
        if found is None or found[0] is not role:
            facts = self._naming(role, pattern) if naming else [f for f in self._facts(role) if pattern.search(f.text)]
            found = self._found[key] = (role, tuple(facts))
        return list(found[1])

    def _naming(self, role: RoleProfile, pattern: LazyPattern) -> list[Fact]:
        """Facts of other profiles that name this role and match ``pattern`` ('... before transitioning to
        a data architect role' in the Machine Learning Data Architect article)."""
        names = {role.name.lower()} | {alias.lower() for alias in role.aliases}
        longer = [r.name.lower() for r in self.kb.roles.values() if r.id != role.id
                  and any(n in r.name.lower() for n in names)]
        out = []
        for other in self.kb.roles.values():
            if other.id == role.id:
                continue
            for fact in other.education + other.getting_started + other.insights:
                text = fact.text.lower()
                for name in longer:
                    text = text.replace(name, " ")
                # named as where the move leads ('to a data architect role'), not as where it starts ('beginning
                # with ... data analysis' names no way to become a data analyst)
                if pattern.search(fact.text) and any(re.search(
                        rf"\b(?:to|become|becoming|into) (?:an? |the )?{re.escape(n)}s?\b|\b{re.escape(n)}s? "
                        rf"(?:role|position)", text) for n in names):
                    out.append(fact)
        return out

    def _bls_entry(self, role_id: str, refs) -> str | None:
        p, title = self._projection(role_id)
        if p is None or not p.entry_education:
            return None
        parts = [f"{p.entry_education.lower()} as the typical entry-level education"]
        if p.experience:
            parts.append(f"{'no' if p.experience == 'None' else p.experience.lower()} work experience in a related "
                         "occupation")
        if p.training and p.training != "None":  # 'apprenticeship' is how a plumber gets in
            parts.append(f"{p.training.lower()} as the typical on-the-job training")
        return f"BLS lists {_and(parts)} (for {title}, {EP}) {_cite(refs([SRC_EP]))}"

    # --- time and experience -------------------------------------------------------------------

    def _time(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in TIME_QUESTIONS if rx.search(q))
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self._role(role_id)
        facts: list[Fact] = []
        if role is not None:
            facts = [f for f in role.education if f.kind == "experience"]
            facts += [f for f in self._matching(role, YEARS) if f not in facts]
            facts += [f for f in self._matching(role, YEARS, naming=True) if f not in facts]
        facts = _distinct(facts)
        years = [f for f in facts if YEARS.search(f.text)]
        bls = self._bls_entry(role_id, refs)
        parts = []
        if kind == "age":
            said = self._matching(role, AGE_WORDS) if role else []
            if said:
                parts.append(f"about age, my sources say {_quote(said[0], refs)}")
            else:
                parts.append(f"none of my sources sets an age limit for becoming {_a(name)}; what they ask for is "
                             "skills, education and experience")
        elif kind == "realism":
            own_facts = set(self._facts(role)) if role is not None else set()
            said = [f for f in years if f in own_facts][:1] or [f for f in (role.education if role else ())
                                                               if f.kind == "degree"][:1]
            parts.append("whether it is realistic for you depends on what you bring, which my sources cannot judge"
                         + "".join(f"; what they say it takes: {_quote(f, refs)}" for f in said))
        elif kind == "duration":
            parts.append(f"my sources don't say how long a switch to {name} takes")
            if years:
                parts.append(f"what they say about time is {_quote(years[0], refs)}")
        else:
            if years:
                parts.append(f"my sources say {_quote(years[0], refs)}")
            else:
                parts.append(f"my sources give no number of years for {_a(name)}")
                if facts:
                    parts.append(f"they say {_quote(facts[0], refs)}")
        if bls:
            parts.append(bls)
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
        occ = self._occupation(role_id)
        if occ is not None and occ.projection is not None and self.c.occ is not None:
            support.append(Block("list", self.c.occ.entry_heading(occ.projection),
                                 self.c.occ.entry_items(occ.projection, refs)))
        return line, support

    # --- progression ---------------------------------------------------------------------------

    def _progression(self, u: Understanding, q: str, session: Session, refs):
        role_id = u.roles[0]
        role = self._role(role_id)
        if role is None:
            return None
        level = seniority(role)
        near = list(dict.fromkeys(list(role.related) + self.c.similar_ids(role_id)))
        above = [r for r in near if r in self.kb.roles and seniority(self.kb.role(r)) > level]
        said = self._matching(role, PROGRESS_FACT)[:2]
        names = [self.kb.role(r).name for r in above[:4]]
        if names:
            line = (f"From {role.name}, the next steps up among the roles I know are {_and(names)}: "
                    f"{'they are' if len(names) > 1 else 'it is'} more senior and close to the work "
                    f"{_a(role.name)} does.")
        else:
            line = f"{role.name} is already among the most senior roles I know; my profiles name no role above it."
        if said:
            line += f" The sources say {_quote(said[0], refs)}."
        items = tuple(Item(f"{self.kb.role(r).tagline} ({LEVEL_WORDS[seniority(self.kb.role(r))]})",
                           label=self.kb.role(r).name) for r in above[:4])
        support = [Block("list", f"Where {_a(role.name)} can go next", items)] if items else []
        lateral = [self.kb.role(r).name for r in near if r not in above][:4]
        if lateral:
            support.append(Block("text", f"Related roles at a similar level: {_and(lateral)}."))
        if len(said) > 1:
            support.append(Block("list", "What the sources say", tuple(Item(f.text, refs=refs(f.sources))
                                                                       for f in said[1:])))
        return line, support

    # --- decisions between named roles ---------------------------------------------------------

    def _decide_entry(self, u: Understanding, q: str, session: Session, refs):
        rows = []
        for role_id in u.roles:
            p, title = self._projection(role_id)
            edu = EDUCATION_RANK.index(p.entry_education.lower()) if p and p.entry_education and \
                p.entry_education.lower() in EDUCATION_RANK else None
            exp = EXPERIENCE_RANK.index(p.experience.lower()) if p and p.experience and \
                p.experience.lower() in EXPERIENCE_RANK else None
            role = self._role(role_id)
            degrees = [f for f in role.education if f.kind == "degree"] if role else []
            levels = [lv for f in degrees for rx, lv in DEGREE_WORDS if rx.search(f.text)]
            profile = sum(levels) / len(levels) if levels else None
            rows.append((role_id, p, title, edu, exp, profile, degrees))
        names = {r[0]: self.c.name(r[0]) for r in rows}
        official = [r for r in rows if r[3] is not None]
        profiles = [r[5] for r in rows if r[5] is not None]
        if len(official) == len(rows) and len({(r[3], r[4] or 0) for r in rows}) > 1:
            ranked = sorted(rows, key=lambda r: (r[3], r[4] or 0))
            low, others = ranked[0], ranked[1:]
            harder = f"{_and([names[r[0]] for r in others])} {'is' if len(others) == 1 else 'are'} harder to get " \
                "into; " if _rx(r"\b(?:harder|hardest)\b").search(q) else ""
            line = (f"{harder}{names[low[0]]} has the lower entry bar: BLS lists {_entry(low)} for {low[2]}, against "
                    + "; ".join(f"{_entry(r)} for {names[r[0]]} (as {r[2]})" for r in others)
                    + f" ({EP}) {_cite(refs([SRC_EP]))}.")
        elif len(profiles) == len(rows) and max(profiles) - min(profiles) >= 0.5:
            ranked = sorted(rows, key=lambda r: cast(float, r[5]))  # every row has one: tested just above
            low, high = ranked[0], ranked[-1]
            line = (f"{names[low[0]]} has the lower entry bar in my sources: {_quote(low[6][0], refs)}, while for "
                    f"{names[high[0]]} {_quote(_highest(high[6]), refs)}.")
            if len(official) == len(rows):
                line += (f" BLS lists the same typical entry for both ({_entry(rows[0])}) "
                         f"{_cite(refs([SRC_EP]))}.")
        else:
            line = ("It depends on your background: on the entry requirements I have they are level ("
                    + "; ".join(f"{names[r[0]]}: {_entry(r) if r[3] is not None else 'no official entry data'}"
                                for r in rows) + ").")
        return line, None

    def _decide_fit(self, u: Understanding, q: str, session: Session, refs):
        own = u.own[0] if u.own else ""
        figure = u.aspect if u.aspect in ("salary", "outlook") else None
        if own and own not in u.roles and not figure and not PREFERENCE.search(q):
            return self._closer_to_own(u.roles, own, refs)[0], []  # 'I'm a DBA: data architect or data engineer?'
        if own:
            session = replace(session, current_job=own)
        line, _ = self.decisions.between(u.roles, q, session, refs, figure, wants=bool(PREFERENCE.search(q)))
        return line, (None if figure else [])  # a pick is short: the comparison is one step away (Next)

    def _decide_after(self, u: Understanding, q: str, session: Session, refs):
        """'which would you pick?' after a comparison: the decision between the roles just compared."""
        aspect = session.last_aspect if session.last_aspect in ("salary", "outlook") else None
        line, support = self.decisions.between(session.focus, q, session, refs, aspect,
                                               wants=bool(PREFERENCE.search(q)))
        return line, support or []

    def _decide_hire(self, u: Understanding, q: str, session: Session, refs):
        return self.decisions.hire(q, refs)

    def _depends(self, roles: Sequence[str]) -> str:
        return ("It depends on what you want to do day to day: "
                + "; ".join(f"{_a(self.c.name(r))} {self.kb.role(r).tagline}" if r in self.kb.roles
                            else f"{self.c.name(r)}: {first_sentence(self._occupation(r).description)}"  # type: ignore[union-attr]
                            for r in roles) + ".")

    def _wants(self, q: str, roles: Sequence[str]) -> tuple[set[str], set[str]]:
        """The person's words for what they want to do, and what they'd rather not (after 'rather than')."""
        text = q.lower()
        for role_id in roles:
            role = self._role(role_id)
            for name in ([role.name] + list(role.aliases) if role else [self.c.name(role_id)]):
                text = re.sub(rf"\b{re.escape(name.lower())}s?\b", " ", text)
        text = re.sub(r"\b(?:ml|ai|mlops|nlp|bi)\b", lambda m: m.group(0) if "infrastructure" in text else " ", text)
        found = AGAINST.search(text)
        before, after = (text[:found.start()], text[found.end():]) if found else (text, "")

        def widen(part: str) -> set[str]:
            out = set()
            for term in _terms(part):
                if term in decision_noise() or "_" in term or len(term) < 3:
                    continue
                out.add(term)
                for key, more in WANTS.items():
                    if term.startswith(key) or key.startswith(term):
                        out |= {t for t in _terms(more) if "_" not in t}
            return out
        named = {t for r in roles for t in _terms(self.c.name(r))}  # 'research' says nothing between research roles
        return widen(before) - named, widen(after) - named

    def _closer_to_own(self, roles: Sequence[str], own: str, refs):
        """'I'm a DBA; data architect or data engineer?': the target that shares most with their job."""
        shared = [(len(self._shared_tools(own, r)), r) for r in roles]
        shared.sort(key=lambda s: -s[0])
        own_name = self.c.name(own)
        if shared[0][0] == shared[1][0] or shared[0][0] < 2:  # one tool in common is too thin to decide on
            same = ("neither shares a specific tool with your job" if not shared[0][0] else
                    f"each shares {shared[0][0]} of the specific tools you use" if shared[0][0] == shared[1][0] else
                    ", ".join(f"{self.c.name(r)} shares {n}" for n, r in shared) + " of the specific tools you use")
            depends = self.decisions.depends([r for _, r in shared], False, refs, job_known=True)
            return (f"From {own_name}, neither is clearly the closer step ({same}), so "
                    f"{depends[0].lower()}{depends[1:]}"), None
        best = shared[0][1]
        tools = self._shared_tools(own, best)
        line = (f"From {own_name}, {self.c.name(best)} is the closer step: it shares more of your tools "
                f"({_and(tools[:5])}) than " + ", ".join(f"{self.c.name(r)} ({n} shared)" for n, r in shared[1:])
                + " does.")
        return line, None

    # --- checks on the figures just shown ------------------------------------------------------

    def _figure_check(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in FIGURE_QUESTIONS if rx.search(q))
        roles = u.roles or session.focus
        intent = u.intent if u.intent in FIGURE_INTENTS else session.last_intent
        outlook = intent == "outlook" or (intent == "compare" and u.aspect == "outlook")
        lines = []
        for role_id in roles[:3]:
            line = self._check_one(kind, role_id, outlook, refs)
            if line:
                lines.append(line)
        if kind == "figure_currency" and not outlook:
            return ("Yes: the BLS pay figures are U.S. dollars, earned by workers in the United States "
                    f"({OEWS}) {_cite(refs([SRC_OEWS]))}; I don't convert them into other currencies, because pay "
                    "elsewhere is not the U.S. figure at an exchange rate."), None
        if kind == "figure_whose" and not outlook:
            return self._whose_figure(roles, refs), None
        if kind == "figure_mean":
            lines.insert(0, "The median is the middle value: half of the workers earn more, half less. The mean is "
                            "the average (all pay divided by the number of workers), pulled up by the highest "
                            "earners, so it is usually higher.")
        if not lines:
            return None
        return " ".join(lines), None

    def _whose_figure(self, roles: Sequence[str], refs) -> str:
        """'is that number really analysts or is it data scientists?': which occupation each figure is for."""
        out, said = [], {}
        for role_id in roles[:3]:
            name, role, occ = self.c.name(role_id), self._role(role_id), self._occupation(role_id)
            w = occ.wages if occ else None
            if w is None or w.median is None:
                out.append(f"{name}: I have no official pay figure")
                continue
            if w.title in said:  # the same occupation's figure twice
                out.append(f"{name} has the same figure, {dollars(w.median)}: one official figure for both")
                continue
            said[w.title] = role_id
            if role is not None and role.official and role.official[0].relation != "same":
                out.append(f"{name}: {dollars(w.median)} is the median for {w.title} ({OEWS}, all U.S. workers), "
                           f"not for {name} alone: no official statistic measures the {name} role alone, and O*NET "
                           f"counts the title under {w.title} {_cite(refs([SRC_OEWS]))}")
            else:
                out.append(f"{name}: {dollars(w.median)} is the median for its own occupation, {w.title} ({OEWS}, "
                           f"all U.S. workers) {_cite(refs([SRC_OEWS]))}")
        return ". ".join(out) + "."

    def _check_one(self, kind: str, role_id: str, outlook: bool, refs) -> str | None:
        name = self.c.name(role_id)
        occ = self._occupation(role_id)
        w = occ.wages if occ else None
        role = self._role(role_id)
        articles = list(role.salaries) if role else []
        if outlook:
            p = occ.projection if occ else None
            if kind in ("figure_source", "figure_real", "figure_period"):
                bits = []
                if p is not None and p.change_pct is not None:
                    bits.append(f"the official projection ({signed(p.change_pct, '%')} for {p.title}) is {EP}, "
                                f"published by BLS for 2024 to 2034 {_cite(refs([SRC_EP]))}")
                for g in (role.growth if role else ())[:2]:
                    bits.append(f"{g.percent if g.percent is not None else f'{g.percent_min:g}–{g.percent_max:g}'}% "
                                f"for {g.start}–{g.end} comes from {self.kb.source_title(g.sources[0])} "
                                f"{_cite(refs(g.sources))}")
                if not bits:
                    return f"{name}: I have no sourced growth figure, so there is nothing to check."
                return (f"{name}: " + "; ".join(bits)
                        + ". Projections are estimates for the whole occupation, not promises.")
            return None
        oews = _cite(refs([SRC_OEWS])) if w is not None else ""
        if kind == "figure_period":
            if w is not None and w.median is not None:
                hourly = (f"; BLS also publishes a median hourly wage of ${w.hourly_median:,.2f}" if w.hourly_median
                          else "")
                return (f"{name}: these are yearly figures, not monthly: the BLS median is {dollars(w.median)} a year "
                        f"(for {w.title}, {OEWS}){hourly} {oews}. Divided by 12 that is about "
                        f"{dollars(round(w.median / 12))} a month (my arithmetic on the annual median, not a "
                        "published monthly figure).")
            if articles:
                periods = {s.period for s in articles}
                return (f"{name}: all my figures are per {' and per '.join(sorted(periods))}, as the sources state "
                        f"them; I don't turn them into monthly pay.")
            return f"{name}: I have no sourced salary figure, so no period to state."
        if kind == "figure_gross":
            parts = []
            if w is not None:
                parts.append(f"the BLS wages are gross pay, before tax and deductions (OEWS counts straight-time pay, "
                             f"without overtime) {oews}")
            if articles:
                parts.append("the articles' salaries don't say whether they are before or after tax; salaries "
                             "are normally quoted before tax")
            if not parts:
                return None
            return f"{name}: " + "; ".join(parts) + ". I have no after-tax figures."
        if kind == "figure_mean":
            if w is not None and w.median is not None and w.mean is not None:
                return (f"For {w.title}: median {dollars(w.median)}, mean {dollars(w.mean)} ({OEWS}, all U.S. "
                        f"workers in the occupation) {oews}.")
            stats = [s for s in articles if s.stat in ("median", "mean", "average") and s.amount]
            if stats:
                s = stats[0]
                assert s.amount is not None  # kept above only with an amount
                return (f"{name}: the figure I have is {s.stat} {dollars(s.amount)} "
                        f"({self.kb.source_title(s.sources[0])}).")
            return None
        if kind == "figure_source":
            parts = []
            if w is not None:
                parts.append(f"the official figures are {OEWS} (BLS Occupational Employment and Wage Statistics, "
                             f"published 2025), all U.S. workers in {w.title} {oews}")
            seen = []
            for s in articles:
                if any(self.kb.sources[x].kind == "statistics" for x in s.sources if x in self.kb.sources) and w:
                    continue
                key = (s.sources, s.year)
                if key not in seen:
                    seen.append(key)
            for sources, year in seen[:3]:
                parts.append(f"{self.kb.source_title(sources[0])} ({year if year else 'year not stated'}) "
                             f"{_cite(refs(sources))}")
            if not parts:
                return f"{name}: I have no sourced salary figure."
            return f"{name}: " + "; ".join(parts) + "."
        if kind == "figure_real":
            if w is not None and w.median is not None:
                spread = (f"; the middle 80% earned {dollars(w.p10)} to {dollars(w.p90)}"
                          if w.p10 and w.p90 else "")
                return (f"{name}: yes, as published pay, not a promise: half of all U.S. {w.title} earned more than "
                        f"{dollars(w.median)} in May 2024{spread} ({OEWS}) {oews}. Pay depends on place, "
                        "seniority and employer.")
            if articles:
                return (f"{name}: these are the articles' figures; they don't say how many people they cover, so "
                        "take them as indications, not guarantees.")
            return f"{name}: I have no sourced salary figure, so I can't say."
        return None

    # --- the market around the roles -----------------------------------------------------------

    def _certs_and_costs(self, u: Understanding, q: str, session: Session, refs):
        """'what certs do I need for helpdesk?', 'how much do the courses cost?': the certifications a profile
        names, or that none of my sources names any; prices, which no source here gives, said plainly."""
        parts = []
        for role_id in u.roles[:2]:
            name, role = self.c.name(role_id), self._role(role_id)
            bits = []
            if CERTS.search(q) or not asks_cost(q):
                named = [f for f in (role.education if role else ()) if f.kind == "certification"
                         or "certif" in f.text.lower()]
                bits.append(f"certifications my sources name: {_quote(named[0], refs)}" if named
                            else "my sources name no certifications for it")
            bls = self._bls_entry(role_id, refs)
            if bls:
                bits.append(bls)
            parts.append(f"{name}: " + "; ".join(bits))
        line = ". ".join(parts) + "."
        if u.intent == "salary" and PAY_TALK.search(q) and not asks_cost(q):
            # 'pay? and whats a cert i could do online': two questions, the pay first, its figures below
            return f"{self.headlines('salary', u.roles, refs)} {line}", None
        if asks_cost(q) or u.intent == "salary":
            line = ("None of my sources gives prices for courses, certificates, exams or degrees, so I can't say "
                    "what it would cost. " + line)
        return line, []  # the line is the answer; the whole education section would bury it

    def _tool_needed(self, u: Understanding, q: str, session: Session, refs):
        """'is SAP important for a data analyst?': whether the sources list the tool for the role (its tools, or
        a skill naming it), and when they don't, which tools they do name."""
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self._role(role_id)
        occ = self._occupation(role_id) if role is None else None
        tools = self._tools_of(role_id) if role is not None else [n for n, _, _, _ in (occ.tech if occ else ())]
        facts = (role.technical_skills + role.soft_skills) if role is not None else ()
        parts = []
        for named in u.tools:
            typed = re.search(rf"\b{re.escape(named)}\b", q, re.IGNORECASE)
            tool = typed.group(0) if typed else named  # as they wrote it: 'SAP', 'Power BI'
            pattern = _rx(rf"\b{re.escape(named)}\b")
            listed = [t for t in tools if pattern.search(t)]
            said = [f for f in facts if pattern.search(f.text)]
            if said:
                parts.append(f"{tool}: yes, my sources list it: {_quote(said[0], refs)}")
            elif listed:
                source = "its profile" if role is not None else f"O*NET {_cite(refs([SRC_ONET]))}"
                parts.append(f"{tool}: yes, {source} lists {_and(listed[:3])} among its tools")
            else:
                parts.append(f"{tool}: my sources don't list it for {_a(name) if role is not None else name}")
        if any("don't list" in p for p in parts) and tools:
            shown = self._to_learn(role_id) if role is None else tools
            parts.append(f"the tools they do name are {_and(shown[:6])}")
        return f"{name} — " + "; ".join(parts) + ".", None

    @staticmethod
    def _route(u: Understanding) -> tuple[str, str] | None:
        """(the first job, the job it leads to) of 'do A first, then B?': two roles asked, or one and one left out."""
        if len(u.roles) == 2:
            return u.roles[0], u.roles[1]
        if len(u.roles) == 1 and u.left_out:
            return u.left_out[0], u.roles[0]
        return None

    def _stepping_stone(self, u: Understanding, q: str, session: Session, refs):
        """'helpdesk first, then sysadmin?': what the sources say about reaching B, and whether they link A to it;
        the choice stays the person's, but the facts that bear on it come first."""
        route = self._route(u)
        assert route is not None
        first, then = route
        a, b = self.c.name(first), self.c.name(then)
        parts = []
        p, title = self._projection(then)
        if p is not None and p.experience:
            if p.experience == "None":
                parts.append(f"BLS lists no work experience in a related occupation as typical for {title}, so a "
                             f"first job is not required {_cite(refs([SRC_EP]))}")
            else:
                parts.append(f"BLS lists {p.experience.lower()} of work experience in a related occupation as "
                             f"typical for {title}: a related first job is the usual way in {_cite(refs([SRC_EP]))}")
        linked = self._linked(first, then, refs)
        if linked:
            parts.append(linked)
        else:
            parts.append(f"my sources do not name {a} as a way into {b}")
        return f"{a} first, then {b}: " + "; ".join(parts) + ".", None

    def _linked(self, first: str, then: str, refs) -> str | None:
        """What ties one job to the next in the sources: a profile's words naming the first job, or O*NET's list
        of related occupations."""
        role = self._role(then)
        if role is not None:
            name = self.c.name(first)
            said = self._matching(role, _rx(rf"\b{re.escape(name.lower())}s?\b"))
            if said:
                return f"the {role.name} profile says {_quote(said[0], refs)}"
        for x, y in ((then, first), (first, then)):
            occ = self._occupation(x)
            if occ is not None and self.c.occ is not None:
                related = {self.c.occ.role_id(code) for code in occ.related}
                if y in related:
                    return (f"O*NET lists {self.c.name(y)} among the occupations related to {self.c.name(x)} "
                            f"{_cite(refs([SRC_ONET]))}")
        return None

    def _credential_choice(self, u: Understanding, q: str, session: Session, refs):
        """'bootcamp or master's?': no source ranks one way of studying against another; say so, then what the
        sources do say about the degree, the training routes and certifications, and BLS's entry education."""
        found = CREDENTIAL_CHOICE.search(q)
        a, b = (found.group("a"), found.group("b")) if found else ("one way of studying", "another")
        role_id = u.roles[0]
        name = self.c.name(role_id)
        role = self._role(role_id)
        who = name if name.endswith("s") else _a(name)  # O*NET names are plural: 'for Plumbers, ...'
        parts = [f"none of my sources weighs {a} against {b} for {who}"]
        if role is not None:
            for kind in ("degree", "training"):
                facts = [f for f in role.education if f.kind == kind][:1]
                parts += [f"they say {_quote(f, refs)}" if kind == "degree" else _quote(f, refs) for f in facts]
        bls = self._bls_entry(role_id, refs)
        if bls:
            parts.append(bls)
        return f"{name}: " + "; ".join(parts) + ".", None

    def _pay_by_level(self, level: str, u: Understanding, q: str, session: Session, refs):
        """'what do data analysts start at?', 'is that mid-level pay?', 'what do senior plumbers make?': a
        published figure for that point of a career when a profile has one; otherwise the BLS figures nearest
        to it, said to be what they are (BLS publishes pay by occupation, not by experience)."""
        from .compose import figure_label, figure_text

        published = {"start": ENTRY_PAY_FACT, "senior": SENIOR_PAY_FACT}.get(level)
        parts = []
        for role_id in u.roles[:3]:
            role = self._role(role_id)
            found = [f for f in (role.salaries if role and published else ())
                     if published and published.search(f"{f.scope} {f.note or ''}")]
            if found:
                f = found[0]
                parts.append(f"{self.c.name(role_id)}: {figure_text(f)} ({figure_label(f)}; {f.scope}"
                             f"{', ' + f.note if f.note else ''}) {_cite(refs(f.sources))}")
                continue
            occ = self._occupation(role_id)
            w = occ.wages if occ else None
            if w is None or w.median is None:
                parts.append(f"{self.c.name(role_id)}: I have no published pay for that stage of a career")
                continue
            counted = f"{w.title}, the official occupation it is counted in" \
                if role is not None and role.official and role.official[0].relation != "same" else w.title
            median = f"a median of {dollars(w.median)} a year ({OEWS}, all U.S. workers in {counted}, at every " \
                     f"level of experience) {_cite(refs([SRC_OEWS]))}"
            if level == "mid":
                middle = f"; the middle half earn {dollars(w.p25)} to {dollars(w.p75)}" if w.p25 and w.p75 else ""
                parts.append(f"{self.c.name(role_id)}: BLS publishes no pay by level, so no mid-level figure; "
                             f"the nearest is {median}{middle}")
                continue
            if level == "start":
                near = [f"10th percentile {dollars(w.p10)}" if w.p10 else "",
                        f"25th percentile {dollars(w.p25)}" if w.p25 else ""]
                what, which = "starting pay", "lower"
            else:
                near = [f"75th percentile {dollars(w.p75)}" if w.p75 else "",
                        f"90th percentile {dollars(w.p90)}" if w.p90 else ""]
                what, which = "senior pay", "upper"
            shown = _and([x for x in near if x]) or "none published"
            parts.append(f"{self.c.name(role_id)}: BLS publishes no {what}, and none by years of experience; "
                         f"its {which} figures are the nearest it has: {shown}, against {median}")
        return ". ".join(parts) + ".", None

    def _market(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in MARKET_QUESTIONS if rx.search(q))
        if kind == "no_experience":
            if u.roles:
                role_id = u.roles[0]
                role = self._role(role_id)
                bls = self._bls_entry(role_id, refs)
                said = self._matching(role, ENTRY_FACT)[:1] if role else []
                parts = [bls] if bls else []
                if said:
                    parts.append(f"my sources say {_quote(said[0], refs)}")
                level = seniority(role) if role else 2
                start = (f"{self.c.name(role_id)} is usually not a first job: it is a {LEVEL_WORDS[level]} role"
                         if level >= 3 else f"{self.c.name(role_id)} can be a first job")
                return start + ("; " + "; ".join(parts) if parts else "") + ".", None
            entry = [r for r in self.kb.roles.values() if seniority(r) == 1]
            no_exp = []
            for r in self.kb.roles.values():
                p, _ = self._projection(r.id)
                if seniority(r) == 2 and p is not None and p.experience == "None":
                    no_exp.append(r.name)
            p, _ = self._projection(entry[0].id) if entry else (None, "")
            line = (f"Without experience, the entry-level roles I know are {_and([r.name for r in entry])}"
                    + (f" (BLS: {p.entry_education.lower()}, no work experience in a related occupation "
                       f"{_cite(refs([SRC_EP]))})" if p is not None and p.entry_education else "") + ".")
            support = [Block("list", "Entry-level roles", tuple(Item(r.tagline, label=r.name) for r in entry))]
            if no_exp:
                support.append(Block("text", f"BLS also lists no related work experience as typical for the "
                                             f"occupations measuring {_and(no_exp[:6])}, though most of them ask for "
                                             f"a degree and a portfolio of projects.", refs=refs([SRC_EP])))
            return line, support
        if kind == "remote":
            return (self._remote(u.roles[0], refs), None) if u.roles else None
        if kind == "employers" and u.roles:
            role = self._role(u.roles[0])
            if role is None:
                return (f"The official data I use doesn't say which industries employ {self.c.name(u.roles[0])}.",
                        None)
            if not role.industries:
                return f"My sources don't say who employs {self.c.name(u.roles[0])}s.", None
            top = role.industries[:4]
            return (f"{role.name}s are hired mainly in {_and([f.text for f in top])} "
                    f"{_cite(refs(x for f in top for x in f.sources))}.", None)
        return None

    # --- about the bot -------------------------------------------------------------------------

    def _bot(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in BOT_QUESTIONS if rx.search(q))
        n = len(self.kb.roles)
        articles = sum(1 for s in self.kb.sources.values() if s.kind == "article")
        example = Block("note", "Ask me about a role, for example: \"what does a data architect do\" or "
                                "\"data analyst vs data scientist\".")
        if kind == "bot_person":
            return ("No, I'm not a person: I'm a bot, a program that answers from a curated knowledge base of "
                    f"{n} data and AI roles and official U.S. data.", [example])
        if kind == "bot_built":
            return ("I'm a small Python program: hand-written rules read your message (no large language model), "
                    f"and every answer comes from a curated knowledge base of {n} data and AI role profiles, each "
                    "fact with its source, plus O*NET 29.2 and BLS data for other occupations.", [example])
        if kind == "bot_know":
            return (f"From my sources, not from memory: {articles} articles about data and AI roles, my team's "
                    f"editorial profiles of {n} roles, and official U.S. data (O*NET 29.2; BLS OEWS May 2024 and "
                    "Employment Projections 2024–34). Every answer lists the sources it used.", [example])
        return ("Sorry that didn't help. Tell me which role and what you want to know (pay, skills, how to get in, "
                "or a comparison) and I'll answer that first, or say plainly if my sources don't cover it.",
                [example])

    # --- two questions in one message ----------------------------------------------------------

    def both(self, u: Understanding, refs, q: str = "") -> str:
        """Two questions in one message, answered in order; 'is it remote' is answered as asked, not as the
        outlook it is filed under."""
        return " ".join(self._remote(u.roles[0], refs) if intent == "outlook" and REMOTE_FACT.search(q)
                        else self.headlines(intent, u.roles, refs) for intent in (u.intent, u.also) if intent)

    def _remote(self, role_id: str, refs) -> str:
        role = self._role(role_id)
        said = self._matching(role, REMOTE_FACT) if role else []
        name = self.c.name(role_id)
        if said:
            return f"{name}: my sources say {_quote(said[0], refs)}."
        who = f"{name}s" if role is not None else name  # O*NET names are plural already
        return (f"My sources don't say whether {who} can work from home: neither the role profiles nor the "
                "official data I have (O*NET, BLS) cover remote work.")

    def _ai_risk(self, u: Understanding, q: str, session: Session, refs):
        """A worry about AI or hype: what the sources can say (projections), and plainly what they cannot."""
        what = "whether it is hype" if _rx(r"\b(?:hype|bubble|fad)\b").search(q) else \
            "what AI or automation will do to it"
        names = " and ".join(self.c.name(r) for r in u.roles[:2])
        facts = " ".join(f"{self.c.name(r)} — {self.headline('outlook', r, refs)}." for r in u.roles[:3])
        return (f"{names}: my sources don't forecast {what}; what they do give is the official projection. "
                f"{facts}"), None

    def headlines(self, intent: str, roles: Sequence[str], refs) -> str:
        return " ".join(f"{self.c.name(r)} — {_LABELS.get(intent, intent)}: {self.headline(intent, r, refs)}."
                        for r in roles[:3])

    def headline(self, intent: str, role_id: str, refs) -> str:
        """The one fact that answers ``intent`` for a role, with its source."""
        role = self._role(role_id)
        occ = self._occupation(role_id)
        if intent == "salary":
            w = occ.wages if occ else None
            if w is not None and w.median is not None:
                if role is not None and role.official and role.official[0].relation != "same":
                    # a stand-in: say so in the same breath ('Data Analyst' is counted among Data Scientists)
                    # ('no separate figure' first: people read a figure under the role's name as its own pay)
                    return (f"BLS publishes no separate figure for it; the median annual wage of {w.title}, the "
                            f"official occupation it is counted in, is {dollars(w.median)} ({OEWS}, all U.S. workers) "
                            f"{_cite(refs([SRC_OEWS]))}")
                return (f"median annual wage {dollars(w.median)} ({OEWS}, all U.S. workers in {w.title}) "
                        f"{_cite(refs([SRC_OEWS]))}")
            from .compose import figure_label, figure_text
            central = [s for s in (role.salaries if role else ()) if s.central is not None]
            if central:
                return f"{figure_text(central[0])} ({figure_label(central[0])}) {_cite(refs(central[0].sources))}"
            return "I have no sourced salary figure"
        if intent == "outlook":
            p = occ.projection if occ else None
            if p is not None and p.change_pct is not None:
                trend = "growing" if p.change_pct > 0 else "shrinking" if p.change_pct < 0 else "flat"
                return (f"{trend}, {signed(p.change_pct, '%')} projected employment change 2024–34 for {p.title} "
                        f"({EP}, U.S.) {_cite(refs([SRC_EP]))}")
            if role and role.growth:
                from .compose import growth_text
                return f"{growth_text(role.growth[0])} {_cite(refs(role.growth[0].sources))}"
            return "I have no sourced growth figure"
        if role is None:
            if occ is None:
                return "not in my data"
            if intent == "tools":
                hot = list(dict.fromkeys(name for name, _, is_hot, _ in occ.tech if is_hot))[:8]
                return (", ".join(hot) if hot else "no hot technology in O*NET") + f" {_cite(refs([SRC_ONET]))}"
            if intent in ("education", "getting_started"):
                return self._bls_entry(role_id, refs) or "no entry requirements in the official data"
            if intent == "skills" and occ.skills:
                names = [n for n, _, _ in sorted(occ.skills, key=lambda s: -s[1])[:4]]
                return ", ".join(names) + f" {_cite(refs([SRC_ONET]))}"
            return f"{first_sentence(occ.description).rstrip('.')} {_cite(refs([SRC_ONET]))}"
        if intent == "tools":
            names = list(dict.fromkeys(n for g in role.tools for n in g.names))[:8]
            return (", ".join(names) + f" {_cite(refs(x for g in role.tools for x in g.sources))}") if names else \
                "my sources name no specific tools"
        facts = {"skills": role.technical_skills[:2], "responsibilities": role.responsibilities[:2],
                 "industries": role.industries[:4], "getting_started": role.getting_started[:1],
                 "education": [f for f in role.education if f.kind == "degree"][:1]}.get(intent)
        if facts is None:
            return f"{_a(role.name)} {role.tagline}"
        if not facts:
            return "my sources don't say"
        text = "; ".join(f.text.rstrip(".") for f in facts) + f" {_cite(refs(x for f in facts for x in f.sources))}"
        if intent == "education":
            bls = self._bls_entry(role_id, refs)
            text += f"; {bls}" if bls else ""
        return text

    # --- the pay the person said they get ------------------------------------------------------

    @staticmethod
    def _stated(session: Session) -> tuple[str, str, bool]:
        """The pay the person said as they said it ('£38,000', 'a year'), and whether it is (likely) not in
        U.S. dollars: another currency, or none named by someone in a place outside the U.S."""
        amount, currency, period = session.pay_amount, session.pay_currency, session.pay_period
        symbol = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}.get(currency, "")
        stated = f"{symbol}{amount:,}" if symbol else (f"{amount:,} {currency}" if currency else f"{amount:,}")
        per = f"a{'n' if period == 'hour' else ''} {period}"
        foreign = bool((currency and currency != "USD") or (not currency and context.outside_us(session.place or "")))
        return stated, per, foreign

    def noted_pay(self, session: Session) -> str:
        stated, per, foreign = self._stated(session)
        if foreign:
            return (f"Noted: you earn {stated} {per}. My pay figures are official U.S. ones in U.S. dollars, so I'll "
                    "show them beside it but won't compare them with pay in another currency.")
        return (f"Noted: you earn {stated} {per}. Ask what a job pays (\"what does a data analyst earn?\") and I'll "
                "set its official U.S. median (BLS OEWS May 2024) beside your figure.")

    def versus_pay(self, roles: Sequence[str], session: Session, refs) -> str:
        """The official median beside the pay the person stated: more or less, by how much, and what the median
        measures; never across currencies (nothing is converted)."""
        amount, currency, period = session.pay_amount, session.pay_currency, session.pay_period
        stated, per, foreign = self._stated(session)
        if foreign:
            # 'im on about 38k' from Manchester: not U.S. dollars, so not compared (nothing is converted)
            return (f"{self.headlines('salary', roles, refs)} I don't set these beside the {stated} {per} you said "
                    "you earn: they are U.S. dollars for U.S. workers.")
        mine = float(amount * {"month": 12, "week": 52}.get(period, 1))
        notes = []
        if period in ("month", "week"):
            notes.append(f"{dollars(round(mine))} a year, my arithmetic")
        if not currency:
            notes.append("if that is U.S. dollars")
        yours = f"the {stated} {per} you said you earn" + (f" ({'; '.join(notes)})" if notes else "")
        by_row: dict[str, list[str]] = {}
        rows = {}
        missing = []
        for role_id in roles[:3]:
            occ = self._occupation(role_id)
            w = occ.wages if occ else None
            theirs = (w.hourly_median if period == "hour" else w.median) if w else None
            if w is None or theirs is None:
                missing.append(self.c.name(role_id))
                continue
            by_row.setdefault(w.soc, []).append(self.c.name(role_id))
            rows[w.soc] = (w, theirs)
        parts = []
        for soc, names in by_row.items():
            w, theirs = rows[soc]
            diff = theirs - (amount if period == "hour" else mine)
            money = f"${abs(diff):,.2f}" if period == "hour" else dollars(round(abs(diff)))
            side = f"{money} more than" if diff > 0 else f"{money} less than" if diff < 0 else "the same as"
            measure = "median hourly wage" if period == "hour" else "median annual wage"
            shown = f"${theirs:,.2f}" if period == "hour" else dollars(int(theirs))
            both = ", one figure for both" if len(names) == 2 else ", one figure for all" if len(names) > 2 else ""
            parts.append(f"{_and(names)} — {measure} {shown} ({OEWS}, all U.S. workers in {w.title}{both}) "
                         f"{_cite(refs([SRC_OEWS]))}: {side} {yours}")
        if missing:
            parts.append(f"I have no official median wage for {_and(missing)} to set beside {yours}")
        return ("; ".join(parts) + ". The median is the middle of everyone's pay in the occupation (half earn "
                "less), not what you would be offered.")

    # --- the person's own job ------------------------------------------------------------------

    def for_you(self, u: Understanding, q: str, session: Session) -> str | None:
        """'which is best for me?': the best fit first, and what it was chosen from (what they told me)."""
        told = []
        if session.current_job:
            years = f", {session.experience_years} years" if session.experience_years else ""
            told.append(f"your job as {self.c.name(session.current_job)}{years}")
        if session.interests:
            told.append("what you like (" + ", ".join(session.interests[-4:]) + ")")
        if session.dislikes:
            told.append("what you'd rather avoid (" + ", ".join(session.dislikes[-2:]) + ")")
        if not told:
            return None
        best = self.c.name(u.roles[0])
        return f"Best fit for you: {best}, from {_and(told)}."

    def _own_job(self, u: Understanding, session: Session, kind: str, q: str = "") -> str | None:
        own = u.own[0] if u.own else session.current_job
        if not own or own in u.roles:
            return None
        if u.own or CARRY.search(q) or kind in ("duration", "experience", "age", "decision_fit", "decision_entry",
                                                 "progression") \
                or u.intent in ("getting_started", "compare", "skills", "tools"):
            return own
        return None

    def _tools_of(self, role_id: str) -> list[str]:
        role = self._role(role_id)
        if role is not None:
            return list(dict.fromkeys(n for g in role.tools for n in g.names))
        occ = self._occupation(role_id)
        # In demand in this occupation's job postings first; 'hot' is demand across all jobs (Adobe InDesign for
        # help desk technicians), so it comes after.
        return list(dict.fromkeys([name for name, _, _, wanted in occ.tech if wanted]
                                  + [name for name, _, hot, _ in occ.tech if hot])) if occ else []

    def _to_learn(self, role_id: str) -> list[str]:
        """The tools to name as worth learning: a profile's; for an O*NET occupation those its job postings ask
        for (in demand), or only when it has none of those, the 'hot' ones."""
        occ = None if self._role(role_id) is not None else self._occupation(role_id)
        if occ is not None:
            wanted = [name for name, _, _, in_demand in occ.tech if in_demand]
            if wanted:
                return wanted
        return self._tools_of(role_id)

    def _categories(self, *role_ids: str) -> dict[str, str]:
        """Tool name (lower case) -> O*NET commodity category, from the occupations standing for the roles."""
        out: dict[str, str] = {}
        for role_id in role_ids:
            occ = self._occupation(role_id)
            for name, category, _, _ in (occ.tech if occ else ()):
                out.setdefault(name.lower(), category)
        return out

    def _everyday(self, name: str, categories: dict[str, str]) -> bool:
        """Office, e-mail, PDF and operating-system software most jobs list: no real head start."""
        return categories.get(name.lower()) in EVERYDAY_CATEGORIES or name.lower() in EVERYDAY_TOOLS

    def _shared_tools(self, own: str, target: str) -> list[str]:
        """Tools both use that are specific to the work, most specific first (everyday office software left out)."""
        categories = self._categories(own, target)
        return [n for n in self._all_shared(own, target) if not self._everyday(n, categories)]

    def _all_shared(self, own: str, target: str) -> list[str]:
        theirs = {n.lower() for n in self._tools_of(target)}
        return [n for n in self._tools_of(own) if n.lower() in theirs]

    def carries_over(self, own: str, targets: Sequence[str], refs) -> list[Block]:
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
            shared = self._shared_tools(own, target)
            lowered = {n.lower() for n in self._tools_of(own)}
            to_add = [n for n in self._to_learn(target)
                      if n.lower() not in lowered and not self._everyday(n, categories)]
            skills = self._shared_skills(own, target)
            parts = []
            if skills:
                parts.append(f"carries over: {_and(skills[:4])} (skills and knowledge both rate highly in O*NET) "
                             f"{_cite(refs([SRC_ONET]))}")
            if shared:
                parts.append(f"tools both use: {_and(shared[:5])}" if skills
                             else f"carries over: {_and(shared[:5])} (tools both use)")
            unrated = self._unrated(own, target)
            if not skills and not shared and unrated:
                # No ratings is no evidence: say what is missing, and what the person's job is rated for.
                strong = self._strongest(own) if unrated != own else []
                occ = self._occupation(unrated)
                parts.append(f"O*NET rates no skills for {occ.title if occ else self.c.name(unrated)}, so I cannot "
                             f"say from its "
                             f"ratings what carries over"
                             + (f"; your job is rated highly for {_and(strong[:4])} {_cite(refs([SRC_ONET]))}"
                                if strong else ""))
            elif not skills and not shared:
                office = f" (only everyday office software: {_and(every[:2])})" if every else ""
                parts.append(f"little carries over directly: no specific tools or highly rated skills in common"
                             f"{office}")
            if to_add:
                parts.append(f"to add: {_and(to_add[:6])}")
            items.append(Item("; ".join(parts), label=self.c.name(target)))
        if not items:
            return []
        return [Block("list", f"From your job ({own_name})", tuple(items))]

    def _unrated(self, own: str, target: str) -> str | None:
        """Which of the two roles stands for an O*NET occupation with no skill ratings (new occupations such
        as Data Scientists have none in O*NET 29.2), if one does."""
        for role_id in (target, own):
            occ = self._occupation(role_id)
            if occ is not None and not occ.skills:
                return role_id
        return None

    def _strongest(self, role_id: str) -> list[str]:
        """The skills and knowledge O*NET rates most important for the role's occupation (basic ones left out)."""
        occ = self._occupation(role_id)
        if occ is None:
            return []
        rows = [(imp, n) for n, imp, _ in (*occ.skills, *occ.knowledge) if imp >= 3.5 and n not in GENERAL_RATINGS]
        return [n for _, n in sorted(rows, key=lambda x: -x[0])]

    def _shared_skills(self, own: str, target: str) -> list[str]:
        """O*NET skills and knowledge both occupations rate important (3.5 of 5 or more), by the target's rating;
        the basic skills every job rates highly (reading, listening, writing, speaking) say nothing."""
        a_occ, b_occ = self._occupation(own), self._occupation(target)
        if a_occ is None or b_occ is None or not a_occ.skills or not b_occ.skills or a_occ.code == b_occ.code:
            return []
        out = []
        for rows_a, rows_b in ((a_occ.skills, b_occ.skills), (a_occ.knowledge, b_occ.knowledge)):
            mine = {n for n, imp, _ in rows_a if imp >= 3.5 and n not in GENERAL_RATINGS}
            out += [(imp, n) for n, imp, _ in rows_b if imp >= 3.5 and n in mine]
        return [n for _, n in sorted(out, key=lambda x: -x[0])]


# O*NET commodity categories of software nearly every job lists, and such tools as the profiles name them.
EVERYDAY_CATEGORIES = frozenset({
    "Office suite software", "Electronic mail software", "Word processing software", "Operating system software",
    "Presentation software", "Document management software", "Internet browser software",
    "Video conferencing software", "Calendar and scheduling software", "Spreadsheet software",
    "Instant messaging software", "Cloud-based data access and sharing software"})
EVERYDAY_TOOLS = frozenset({"excel", "microsoft excel", "google sheets", "microsoft word", "microsoft outlook",
                            "microsoft powerpoint", "adobe acrobat", "microsoft office", "microsoft windows",
                            "google docs", "email software", "spreadsheet software", "word processing software"})
# O*NET's basic content skills, rated important in almost every occupation, and the language of instruction.
GENERAL_RATINGS = frozenset({"Reading Comprehension", "Active Listening", "Writing", "Speaking", "English Language"})


_LABELS = {"overview": "what it is", "responsibilities": "what the job involves", "skills": "skills",
           "education": "education", "tools": "tools", "salary": "pay", "outlook": "outlook",
           "industries": "industries", "getting_started": "how to start"}


def _a(name: str) -> str:
    from .compose import a
    return a(name)


def _entry(row) -> str:
    p = row[1]
    exp = "no" if p.experience == "None" else (p.experience or "").lower()
    return f"{p.entry_education.lower()} and {exp} related work experience"


def _highest(degrees: Sequence[Fact]) -> Fact:
    return max(degrees, key=lambda f: max((lv for rx, lv in DEGREE_WORDS if rx.search(f.text)), default=0))


def _distinct(facts: Sequence[Fact]) -> list[Fact]:
    """Facts without repeats: the same sentence, or one that starts another, is said once (the longer)."""
    out: list[Fact] = []
    for fact in sorted(facts, key=lambda f: -len(f.text)):
        key = fact.text.rstrip(".").lower()
        if not any(o.text.lower().startswith(key) for o in out):
            out.append(fact)
    return sorted(out, key=list(facts).index)
