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

Each kind of question has its module (``figure_answers``, ``stages``, ``market``, ``decide``, ``carry_over``)
over one ``lookup.Lookup``; the patterns that pick the kind are in ``asked``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from ..understanding.parse import PERCENT
from ..understanding.session import Session
from ..understanding.understand import Understanding
from . import context
from ..knowledge.abilities import PHYSICAL_ASKED
from .asked import (
    known_in,
    AGE_WORRY,
    AI_RISK,
    BOT_QUESTIONS,
    CARRY,
    CERTS,
    COURSE_RATED,
    CREDENTIAL_CHOICE,
    DECISION_ENTRY,
    DECISION_FIT,
    DEGREE_NEEDED,
    DURATION,
    EITHER,
    FIGURE_INTENTS,
    FIGURE_QUESTIONS,
    FIRST_ASKED,
    FIRST_MONTHS,
    GROWTH_PERIOD,
    HIRED_OLD,
    LEAST_OF,
    LINKED,
    MARKET_QUESTIONS,
    MID_PAY,
    MONEY_ASIDE,
    MORE_OR_LESS,
    MOVE_INTO,
    NEEDED,
    OWN_PAY_ASKED,
    PAID_TRAINING,
    PAY_CUT,
    PAY_TALK,
    PERIOD_ALONE,
    PROGRESSION,
    REMOTE_ASKED,
    SENIOR_PAY,
    STARTING_PAY,
    STEPPING,
    SWITCH,
    THAT,
    TIME_QUESTIONS,
    TOPICS,
    TOPIC_LABELS,
    uncovered_in,
    UNCOVERED_NEAREST,
    WHICH_MORE,
    _rx,
    asks_cost,
    asks_difference,
    subjects_in,
    subjects_named,
)
from .carry_over import CarryOver, tools_not_used
from .decide import HIRE, Decisions
from .figure_answers import FigureAnswers
from .fit import CITED
from .lookup import Lookup
from .market import Market
from .person import stated_pay
from .reply import CARRIED, DIRECT, MOVES, VERDICT, Block
from .stages import Stages
from .occupation import SRC_ONET
from .wording import cite, either_or_any, joined, taken_as

if TYPE_CHECKING:
    from .compose import Composer
# Remote work taken as given, its pay asked: 'if i work remote for a US firm', 'when working remotely for a UK company'.
REMOTE_GIVEN = re.compile(r"\b(?:if|when|while)\b[^.?!]{0,25}\bremote", re.IGNORECASE)
REMOTE_PAY = ("None of my sources says what a firm pays someone working remotely from another country: the figures "
              "I have are U.S. medians for workers in the U.S.")


FIGURE = re.compile(r"[$%€£]|\d")
# 'is this offer fair?', 'am I being lowballed?', 'is that a good package?'
# The pay asked about ('how much', 'what's the salary'), not an amount said in passing ('the 4.5 LPA offer').
PAY_QUESTION = re.compile(r"\bhow much\b|\b(?:salary|salaries|sal|wages?|earn|earnings)\b", re.IGNORECASE)
OFFER_FAIR = re.compile(r"\b(?:fair|lowball\w*|underpaid|good (?:offer|package|deal)|decent offer)\b", re.IGNORECASE)


def _text_of(block: Block) -> str:
    return " ".join([block.text] + [item.text for item in block.items])


# Which degree or subject to study for the jobs weighed: 'so which degree fits which, informatics or statistics?'
DEGREE_CHOICE = _rx(r"\bwhich (?:degree|major|course|subject|bachelor)s?\b|\b(?:degree|major)s? (?:fits?|for)\b")


# A period of pay asked for: 'how much a month', 'per hour'
PER_PERIOD_ASKED = dict(FIGURE_QUESTIONS)["figure_period"]
SOURCE_ASKED = dict(FIGURE_QUESTIONS)["figure_source"]


# 'how long would it take me to become a data analyst if I did that cert': the time to the job, not the cert's
TIME_TO_BECOME = re.compile(r"\bhow (?:long|many months|many years|much time)\b[^.?!]{0,40}\b(?:become|becoming|"
                            r"get (?:there|in|into|hired|a job)|switch|be (?:a|an|job)[- ]ready|land)\b",
                            re.IGNORECASE)
# 'so how many months roughly? dont need the cert list again': the certificates set aside, not asked
CERTS_SET_ASIDE = re.compile(r"\b(?:don'?t|dont|do not|no|not|without|skip|never ?mind)\b[^.?!]{0,25}\bcert",
                             re.IGNORECASE)

class Direct:
    """Built once with the composer; ``refine`` puts the direct answer first."""

    def __init__(self, composer: Composer) -> None:
        self.c = composer
        self.kb = composer.kb
        look = Lookup(composer)
        self.figures = FigureAnswers(look)
        self.carry = CarryOver(look)
        self.stages = Stages(look, self.figures, self.carry)
        self.market = Market(look, self.figures)
        self.decisions = Decisions(look, self.carry)

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
                if kind == "physical" and (u.aspect == "salary" or PAY_TALK.search(q)):
                    # 'compare them for me, pay and which is easier on the knees': the pay asked too
                    lines.append(self.figures.headlines("salary", u.roles, refs))
                if kind.startswith("decision") and AGE_WORRY.search(q):
                    # 'which of the three for someone like me, given my age?': the pick, then what they said of age
                    lines.append(f"On age: none of my sources sets an age limit for {either_or_any(u.roles)}; "
                                 "what they ask for is skills, education and experience.")
        entry_added = False
        if u.intent == "compare" and u.aspect in ("salary", "outlook") and DECISION_ENTRY.search(q) \
                and kind != "decision_entry":
            # 'which pays best and which is quickest to get into': the second question too, after the first
            entry = self.decisions.entry_bar(u, q, session, refs)
            if entry is not None and lines:
                lines.append(entry[0])
            elif entry is not None:  # after the comparison's own verdict
                at = next((i + 1 for i, b in enumerate(support) if b.key == VERDICT), min(2, len(support)))
                support, entry_added = support[:at] + [Block("text", entry[0])] + support[at:], True
        if not lines and u.roles and u.intent == "salary" and not PAY_QUESTION.search(q) \
                and any(gap == "own_decision" for gap, _ in uncovered_in(q)):
            # 'take the 4.5 LPA offer and learn DS on the side, is that smart?': what the job asks of a newcomer
            # bears on the plan; its pay, said before, does not
            u = replace(u, intent="getting_started", also=None)
            support = blocks = self.c.topic_blocks("getting_started", u.roles, refs, u.detail)
            replaced_all = True
            entry = self.figures.look.bls_entry(u.roles[0], refs)
            if entry:
                lines.append(f"{entry}.")
        if not lines and session.hiring and u.intent == "getting_started" and u.roles \
                and not (CARRY.search(q) or u.left_out):  # not 'how would my dispatcher become one?'
            # an employer asking how people get into the job: what candidates bring, not first steps for them
            lines.append("For a hire, what candidates usually bring: "
                         + self.figures.headlines("education", u.roles, refs))
            support, replaced_all = (self.c.topic_blocks("education", u.roles, refs)
                                     + self.c.topic_blocks("skills", u.roles, refs)), True
        remote = REMOTE_ASKED.search(q)
        if not lines and u.intent == "salary" and u.roles and remote:
            # 'can I work remote for a US company? same pay?': whether it can be done from home and the pay, in the
            # order asked
            pay = PAY_TALK.search(q)
            # ('wat if i work remote for a US firm, wat wld they pay someone in kenya' takes the remote work as
            # given and asks its pay, which no source has)
            whether = REMOTE_PAY if REMOTE_GIVEN.search(q) else self.market.remote(u.roles[0], refs)
            parts = [whether, self.figures.headlines("salary", u.roles, refs)]
            # ('how many gets a data analyst if I work remote from Uzbekistan?' asks the pay: the pay first)
            lines.append(" ".join(parts if pay and remote.start() < pay.start() else parts[::-1]))
        if not lines and u.intent == "skills" and len(u.roles) == 1 and (known := known_in(q)):
            beyond = self.figures.skills_beyond(u.roles[0], known, refs)  # 'i know python, pandas: what to add?'
            if beyond:
                lines.append(beyond)
        if not lines and u.also and len(u.roles) == 1 and u.intent in TOPICS and u.also in (
                "getting_started", "similar", "overview") \
                and PROGRESSION.search(re.split(r"\band\b|[?;]", q, maxsplit=1)[-1]):  # (after the first question)
            # 'what does a financial analyst earn, and what is the next step above it?': the steps up, second
            step = self.stages.progression(u, q, session, refs)
            lines.append(self.market.both(replace(u, also=None), refs, q) + (f" {step[0]}" if step else ""))
        elif not lines and u.also and u.roles and u.intent in TOPICS and u.also in TOPICS:
            # hiring, 'how do people get into it' asks what candidates bring: their skills
            both = replace(u, also="skills") if session.hiring and u.also == "getting_started" else u
            lines.append(self.market.both(both, refs, q))
            support += self.c.topic_blocks(both.also or "", u.roles, refs, u.detail)
        added = entry_added
        held = session.place_held  # (a place asked about holds for the next message, then where they are)
        asked_where = u if u.places or not held else replace(u, places=(held,))
        placed = context.placed_for(self.c, asked_where, q) if u.roles and not kind.startswith("bot") else None
        where = placed.text() if placed is not None else None
        if not lines and session.pay_amount and u.roles and u.intent == "salary":
            lines.append(self.figures.versus_pay(u.roles, session, refs))  # 'I make 78k, would I earn more as X?'
            if where and session.pay_currency not in ("", "USD"):  # the pay line already says: U.S. dollars only
                where = where.split(" All my pay figures")[0]
        elif session.pay_amount and len(u.roles) > 1 and u.intent == "compare" and (
                u.aspect == "salary" or (u.aspect is None and stated_pay(q))):
            if not lines:  # after the comparison's verdict, which stays first, unless they asked about their pay
                # (with where the figures apply: 'houston if u have it' is told they are national)
                versus = Block("text", " ".join(filter(None, (self.figures.versus_pay(u.roles, session, refs), where))))
                return ([versus] + blocks if OWN_PAY_ASKED.search(q) else blocks + [versus]), False
            support.append(Block("text", self.figures.versus_pay(u.roles, session, refs)))
        elif not u.roles and not lines and stated_pay(q) and u.intent in ("unknown", "greeting", "salary"):
            # 'I make 4500 a month': kept for the pay questions that follow
            lines.append(self.figures.noted_pay(session))
            if u.intent == "unknown":
                support, replaced_all = [], True
        pay_asked = u.intent == "salary" or (u.intent == "compare" and (u.aspect == "salary" or (
            u.aspect is None and bool(PAY_TALK.search(q)))))
        if placed is not None and placed.none_for and not lines and u.places and pay_asked \
                and not OFFER_FAIR.search(q):  # (an offer to judge is answered as that, below)
            # 'what would each cost us in Toronto, in CAD?': that there are none for Toronto is the answer, first
            lead = f"I have no pay figures for {placed.none_for}; the nearest I have are U.S. figures"
            rest = f" {placed.currency}" if placed.currency else ""  # the currency not converted, if asked
            again = session.last_intent == "salary" and tuple(session.focus) == tuple(u.roles)
            if u.intent == "salary" and again:
                # 'and in germany?' right after the U.S. table: not the same table again, the figure it gave
                lines.append(f"{lead}, the ones I just gave: {self.figures.headlines('salary', u.roles, refs)}"
                             f"{rest}")
                support, replaced_all = [], True
            elif u.intent == "salary":  # one job's figure fits in the line: said with it
                # ('a month in Shenzhen': also what a month of it is, as far as the source allows)
                period = self.figures.per_period(u.roles[0], refs, q) \
                    if len(u.roles) == 1 and PER_PERIOD_ASKED.search(q) and PAY_TALK.search(q) else None
                lines.append(f"{lead}. {period or self.figures.headlines('salary', u.roles, refs)}{rest}")
            else:  # ('below' only when there are jobs to show figures for: 'nursing vs IT abroad' names none yet)
                shown = len(u.roles) >= (2 if u.intent == "compare" else 1)
                lines.append(f"{lead}, below.{rest}" if shown else f"{lead}.{rest}")
            where, added = None, True
        if where:
            if not lines and u.intent in TOPICS:
                lines.append(self.figures.headlines(u.intent, u.roles, refs))
                if u.intent == "salary" and "I have none for" in where and OFFER_FAIR.search(q):
                    # 'got an offer of 8 LPA, is it fair?' in India: say first that it can't be judged here
                    lines[-1] = ("Whether that offer is fair where you are, my sources can't say: they have no pay "
                                 "figures outside the U.S. The nearest I have: " + lines[-1])
            if lines and where.startswith(context.NOT_SPECIFIC):
                lines.append(where)  # no figures to place it among: what the answer describes is not local
            elif lines and not FIGURE.search(CITED.sub("", " ".join(lines))):
                # no figure in the first line ('[1]' is a source, not a figure): placed among the figures below, if
                # any; a verdict with none says nothing about where figures apply
                if any(FIGURE.search(CITED.sub("", _text_of(b))) for b in support):
                    support = support[:2] + [Block("text", where)] + support[2:]
                added = True
            elif lines:
                lines.append(where)
            elif any(FIGURE.search(CITED.sub("", _text_of(b))) for b in support):
                # a comparison opens with its own answer; where its figures apply follows that opening (an answer
                # without figures says nothing of where they apply)
                support = support[:2] + [Block("text", where)] + support[2:]
                added = True
        own = self.carry.own_job(u, session, kind, q)
        if own and u.roles and not any(b.key == MOVES for b in blocks):
            # (a job they ask about for someone else, an employee or a child, is 'that job', not theirs)
            whose = "your job" if own in (u.own[:1] or (session.current_job,)) else "that job"
            carried = self.carry.carries_over(own, u.roles, refs, whose, tools_not_used(q),
                                              frozenset(w.lower() for w in session.interests))
            switch = (CARRY.search(q) or SWITCH.search(q) or u.intent == "getting_started") and u.intent != "recommend"
            # Said once a conversation unless asked for: pasted under every answer it buries what was asked.
            key = f"{CARRIED}{own}:{','.join(sorted(u.roles))}"
            if key in session.said and not (CARRY.search(q) or SWITCH.search(q)):
                carried = []
            carried = [replace(b, key=key) for b in carried]
            # 'I'm a nurse, how do I become a data analyst?'; 'what from my nursing would carry over?' leads with it
            if carried and switch and (not lines or CARRY.search(q)):
                first = carried[0].items[0]
                lines.insert(0, f"From {whose} ({self.c.name(own)}) to {first.label}: {first.text}."
                             + taken_as(u.own_taken, "that kind"))
                # the rest keeps the key, so that the next answer does not say it again (an empty list shows nothing)
                carried = [Block("list", carried[0].text if carried[0].items[1:] else "", carried[0].items[1:],
                                 key=key)]
            elif not lines and u.intent == "salary" and len(u.roles) == 1:  # 'I'm a nurse, what does a DA earn?'
                lines.append(f"{self.figures.headlines('salary', u.roles, refs)} For your job, {self.c.name(own)}: "
                             f"{self.figures.headline('salary', own, refs)}.")
            if lines:
                support = carried + support
            elif carried:  # the intent's own answer stays first; what carries over follows its opening
                at = next((i for i, b in enumerate(support) if b.kind == "list"), len(support))
                if u.intent == "recommend":  # after the suggestions, before the note on how they were ranked
                    at = next((i for i, b in enumerate(support) if b.kind == "note"), len(support))
                support = support[:at] + carried + support[at:]
                added = True
        if u.intent == "recommend" and u.roles and not lines and len(q.split()) < 8:
            said = self.carry.for_you(u, q, session)
            if said:
                lines.append(said)
        found = uncovered_in(q) if u.roles and u.intent != "recommend" else []
        if any(g == "study_hours" for g, _ in found):  # 'can I study it part time?' asks about study, not work
            found = [(g, what) for g, what in found if g != "hours"]
        if len(u.roles) > 1 or u.intent not in ("overview", "responsibilities"):
            found = [(g, what) for g, what in found if g != "hire_need"]  # 'should we hire a DE or a DS?' decides
        if kind == "physical":  # said by the answer itself, with what O*NET's tasks do say
            found = [(g, what) for g, what in found if g != "physical"]
        gaps = [what for _, what in found]
        if gaps and not kind.startswith(("remote", "pay_", "stepping")):
            # 'how do I explain the gap on my CV?', 'would part-time be normal?': said plainly, before what they have
            gap = f"My sources don't cover {joined(gaps)}."
            nearest = next((UNCOVERED_NEAREST[g] for g, _ in found if g in UNCOVERED_NEAREST), None)
            if nearest == "education" and not lines:  # 'paid while I learn?': how BLS says the job is learnt
                entry = self.figures.look.bls_entry(u.roles[0], refs)
                if entry:
                    lines.append(f"{entry}.")
            elif nearest and not lines and nearest != u.intent and u.intent != "compare":
                # 'what would my first months look like?': the work (a comparison asked stays the answer)
                said = "the job involves" if nearest == "responsibilities" else \
                    f"about {TOPIC_LABELS.get(nearest, nearest)}"
                entry = self.figures.look.bls_entry(u.roles[0], refs) if nearest == "getting_started" else None
                return [Block("text", f"{gap} {f'{entry}. ' if entry else ''}What they say {said} follows.",
                              key=DIRECT)] + self.c.topic_blocks(nearest, u.roles, refs, u.detail), True
            if not lines and u.intent in ("salary", "outlook"):
                lines.append(self.figures.headlines(u.intent, u.roles, refs))  # what they have: the figure itself
            elif not lines and u.intent == "compare" and u.aspect in ("salary", "outlook"):
                lines.append(self.figures.headlines(u.aspect, u.roles, refs))  # 'compare them, pay and the knees'

            if lines:
                lines.insert(0, gap)
            else:
                return [Block("text", f"{gap} What they do say about {TOPIC_LABELS.get(u.intent, u.intent)} follows.",
                              key=DIRECT)] + (support if added else blocks), False
        if not lines and u.intent == "list_roles" and session.current_job and MOVE_INTO.search(q):
            # 'which AI roles do you know, and which of them could an accountant move into?': the list, and the
            # ones closest to their job by the tools O*NET lists for both
            closest = self._closest_roles(session.current_job, refs)
            if closest:
                support, added = support + [Block("text", closest)], True
        if lines and u.intent != "salary" and len(u.roles) == 1 and stated_pay(q) and PAY_CUT.search(q) \
                and not any("you said you" in line for line in lines):
            # 'how long would the switch take, and would I take a pay cut from my 95k?': the second question too
            lines.append(self.figures.versus_pay(u.roles, session, refs))
        if not lines:
            return (support if added else blocks), False
        return [Block("text", " ".join(lines), key=DIRECT)] + support, replaced_all

    def _closest_roles(self, own: str, refs) -> str:
        """The three profiled roles sharing the most specific tools with the person's job (O*NET's tool lists)."""
        counted = sorted(((len(tools), r, tools) for r in self.kb.roles if r != own
                          for tools in [self.carry.shared_tools(own, r)] if tools), key=lambda c: -c[0])[:3]
        if not counted:
            return (f"None of them shares a specific tool with your job ({self.c.name(own)}) in O*NET's lists; what "
                    "carries over is then the skills you bring, which each role's page sets against your job.")
        listed = "; ".join(f"{self.c.name(r)} ({joined(tools) if n <= 3 else f'{n}, among them {joined(tools[:3])}'})"
                           for n, r, tools in counted)
        return (f"Of them, the closest to your job ({self.c.name(own)}) by the specific tools O*NET lists for both: "
                f"{listed} {cite(refs([SRC_ONET]))}. Those are tools of the occupations, not necessarily ones you use; "
                "ask about one of them to see what carries over and what to add.")

    def _sub_question(self, u: Understanding, q: str, session: Session) -> tuple[str, Callable | None]:
        if u.intent in ("help", "unknown") and not u.roles:
            for kind, rx in BOT_QUESTIONS:
                if rx.search(q):
                    return kind, self.market.about_the_bot
        figure_roles = u.roles if u.intent in FIGURE_INTENTS else ()
        after_figures = session.last_intent in FIGURE_INTENTS and bool(session.focus) and (
            not u.roles or tuple(u.roles) == tuple(session.focus))
        if not figure_roles and after_figures and any(rx.search(q) for k, rx in FIGURE_QUESTIONS
                                                      if k in ("figure_mean", "figure_source", "figure_real")):
            figure_roles = session.focus  # 'what's your source for that?' right after the figures
        if figure_roles and (not (u.intent == "compare" and u.aspect not in (None, "salary", "outlook"))
                             or (len(q.split()) <= 14 and SOURCE_ASKED.search(q))):
            # ('where do all these figures come from?' after education compared)
            for kind, rx in FIGURE_QUESTIONS:
                if kind == "figure_real" and (stated_pay(q) or (session.pay_amount and MORE_OR_LESS.search(q))
                                              or PAID_TRAINING.search(q)):
                    continue  # 'I make 85k; would I actually make more?' compares with their pay, below; 'can I
                    # earn while I learn?' asks about the training
                if kind == "figure_real" and (MONEY_ASIDE.search(q) or not any(
                        rx.search(part) and PAY_TALK.search(part) for part in re.split(r"(?<=[?.!])\s+", q))):
                    # 'can one person realistically do it all? we have budget for one salary', 'the money matters
                    # but it's not the main thing': the realism asked is not about pay
                    continue
                if kind == "figure_period" and not (PAY_TALK.search(q) or PERIOD_ALONE.search(q.strip())):
                    continue  # 'a reliable monthly reporting of production KPIs' asks nothing about pay
                if kind == "figure_base" and (stated_pay(q) or not after_figures):
                    continue  # 'got an offer of 8 LPA CTC, is it fair?' states pay; it asks nothing of a figure shown
                if (kind != "figure_period" or (u.intent != "outlook" and not stated_pay(q))) and rx.search(q):
                    return kind, self.figures.figure_check
        if u.roles and u.intent in ("education", "getting_started", "overview") and CREDENTIAL_CHOICE.search(q) \
                and not asks_cost(q):
            return "credential_choice", self.stages.credential_choice
        course = self.stages.named_course(u.roles[0], q) if u.roles and u.intent in (
            "education", "getting_started") and COURSE_RATED.search(q) else None
        if course is not None:
            return "course_asked", partial(self.stages.course_asked, course)  # 'is the Google certificate good?'
        if len(u.roles) == 1 and u.intent in ("education", "getting_started", "overview", "skills") \
                and subjects_named(q):
            return "subject_counts", self.stages.subject_counts  # 'does my psych degree count for UX research?'
        if u.roles and u.intent in ("education", "getting_started") and DEGREE_NEEDED.search(q) \
                and not CERTS.search(q):
            return "degree_needed", self.stages.degree_needed  # 'do I need a master's?', 'is bachelor enough?'
        if u.roles and ((u.intent in ("education", "getting_started") and (asks_cost(q) or CERTS.search(q))
                         and not ((TIME_TO_BECOME.search(q) or CERTS_SET_ASIDE.search(q)) and not asks_cost(q)))
                        or (u.intent == "salary" and CERTS.search(q))):  # 'comptia a+, how much is that'
            # (not 'how long to become a DA if I did that cert in the evenings?': the time, below)
            return "certs_costs", self.stages.certs_and_costs
        if u.roles and u.tools and u.intent in ("tools", "skills", "education", "getting_started") \
                and 2 <= len(u.tools) + len(subjects_in(q)) <= 5 and FIRST_ASKED.search(q):  # subjects read last
            return "tool_first", self.stages.tool_first  # 'sql or python first? just tell me one'
        if u.roles and u.tools and len(u.tools) <= 3 and u.intent in ("tools", "skills", "education") \
                and NEEDED.search(q) and not (CARRY.search(q) and tools_not_used(q)):
            # (not 'I don't use Python or R. What from my engineering work is useful?': what carries over)
            return "tool_needed", self.stages.tool_needed
        if u.roles and PHYSICAL_ASKED.search(q) and u.intent not in ("salary", "outlook", "recommend"):
            return "physical", self.decisions.physical  # 'isnt mechanic work hard on ur back?': what O*NET lists
        linked = LINKED.search(q)  # (after 'does it involve heavy lifting?', which asks how physical it is)
        if len(u.roles) == 1 and u.intent in ("similar", "overview", "responsibilities") and linked \
                and not self.c.index.find([linked.group("what").lower()]):  # a thing, not another job
            return "linked", self.stages.linked
        first_months = FIRST_MONTHS.search(q)
        if u.roles and u.intent == "salary" and not first_months:  # pay at one point of a career (BLS has none)
            for level, rx in (("start", STARTING_PAY), ("mid", MID_PAY), ("senior", SENIOR_PAY)):
                if rx.search(q) and not (level == "senior" and all("senior" in self.c.name(r).lower()
                                                                   for r in u.roles)):
                    return f"pay_{level}", partial(self.figures.pay_by_level, level)
        if u.roles and u.intent == "outlook" and GROWTH_PERIOD.search(q) and (PERCENT.search(q) or THAT.search(q)):
            return "growth_period", self.market.growth_period  # 'is that 4.5% per year?'
        if u.roles and (u.intent == "outlook" or (u.intent == "compare" and u.aspect == "outlook")) \
                and AI_RISK.search(q):  # 'which is safest from AI?': what the sources cannot say, first
            return "ai_risk", self.market.ai_risk
        for kind, rx in MARKET_QUESTIONS if u.intent not in ("salary", "compare", "recommend") else ():  # cheap first
            if u.intent == "outlook" and kind != "remote":
                continue  # 'can a data analyst work from home?' is read as outlook too
            if kind == "no_experience" and DURATION.search(q):
                continue  # 'how long until I'm ready for an entry-level job?' asks the time, below
            if (kind != "employers" or u.roles) and rx.search(q):
                return kind, self.market.market
        decision = u.intent == "compare" and len(u.roles) >= 2 and Decisions.asks(q)
        if u.roles and not decision and (HIRED_OLD.search(q) or (u.intent not in ("salary", "recommend")
                                                                 and AGE_WORRY.search(q))):
            # 'will anyone hire an old lorry driver?', '... data science or ML engineer. Am I too old for this?'
            # the person's age, first (suggestions say it of them all: 'could I get into data or am I too old?')
            return "age", self.stages.time_and_experience
        if u.intent == "compare" and len(u.roles) >= 2:
            open_aspect = u.aspect in (None, "education", "getting_started", "skills", "responsibilities")
            if open_aspect and len(u.roles) == 2 and STEPPING.search(q) and not EITHER.search(q):
                return "stepping_stone", self.stages.stepping_stone  # 'start as a DA and move to DS later?'
            if open_aspect and DECISION_ENTRY.search(q):
                return "decision_entry", self.decisions.entry_bar
            if LEAST_OF.search(q):  # 'which one needs the least programming?': the one asking least of it
                return "decision_least", self.decisions.least_of
            own = u.own[0] if u.own else session.current_job
            if own in u.roles:
                own = ""
            asks = decision  # (read above: a comparison of two or more roles that asks for a pick)
            # 'hire first', 'for our Postgres'; 'reports pulled from Epic into Excel, which first?' after a hire asked
            hiring = u.aspect in ("industries", "tools") and (HIRE.search(q) or session.hiring)
            if u.aspect == "education" and (DEGREE_CHOICE.search(q) or "degree" in q.lower()):
                return "degree_fields", self.decisions.degrees_named  # 'informatics or statistics?' for which
            if asks_difference(q):
                return "", None  # 'we need to hire ... could you explain the difference?': the comparison asked
            if (open_aspect or hiring) and (asks or DECISION_FIT.search(q) or (
                    own and (u.own or _rx(r"\b(?:should|which|better)\b").search(q)))):
                return "decision_fit", self.decisions.fit
            if u.aspect in ("salary", "outlook") and (asks or WHICH_MORE.search(q)):
                return "decision_fit", self.decisions.fit  # 'which is more perspective?': the verdict first
            if open_aspect:
                return "", None
        if Decisions.after_comparison(u, session, q):
            return "decision_after", self.decisions.after_comparison_pick
        if (u.needs_role or u.intent == "recommend") and Decisions.hire_without_roles(replace(u, roles=()), q):
            # 'who should we hire first to set up our ML infrastructure?', read as a request for a role or not
            return "decision_hire", self.decisions.hire_for_purpose
        if self.stages.route(u) and STEPPING.search(q) and u.intent in ("similar", "getting_started", "overview",
                                                                  "compare"):
            return "stepping_stone", self.stages.stepping_stone
        if u.roles and u.intent in ("similar", "getting_started", "overview") and PROGRESSION.search(q):
            return "progression", self.stages.progression
        if u.roles and u.intent in ("getting_started", "education", "overview", "skills", "similar") \
                and not CARRY.search(q):  # 'what from my nursing experience carries over' asks no time
            for kind, rx in TIME_QUESTIONS:
                if rx.search(q):
                    return kind, self.stages.time_and_experience
        return "", None
