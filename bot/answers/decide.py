"""Decisions for the person (issue #13): "which would you pick?", "who should we hire first?".

The first line is a verdict with its reason, or an honest "it depends on …" naming what it depends on.
Reasons come only from the profiles and the official data, read against what the person said: the
question's own words (what they want to do, what the hire is for), what they told me before (their job,
what they like or would rather avoid), or the figure they asked about (pay, prospects, entry bar).

- between two or more named roles, or the two just compared ("which would you pick?" after a comparison);
- with no role named, for a hire with a purpose ("who should we hire first to set up our ML infrastructure?"):
  the role whose profile matches the purpose clearly best, or "it depends".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..knowledge.profiles import Fact
from ..knowledge.recommend import SAME_AS, _terms, dislikes_in, lacking_and_avoided, without_dislikes
from ..normalise import words
from ..understanding.session import Session
from ..understanding.understand import Understanding
from ..knowledge.abilities import named, physical_tasks, ratings_of, very_important
from .asked import (AGAINST, DEGREE_WORDS, LEAST_OF, EDUCATION_RANK, EXPERIENCE_RANK, PREFERENCE, WANTS,
                    decision_noise)
from .person import unnamed
from .occupation import (EP, OEWS, SRC_EP, SRC_OEWS, SRC_ONET, dollars, first_sentence, is_onet, median_wage,
                         projected_change)
from .reply import Block, Item
from .verdicts import verdict

from .lookup import Part
from .wording import a, agreeing, cite, either_or_any, joined, quote

if TYPE_CHECKING:
    from .carry_over import CarryOver
    from .lookup import Lookup


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The person asks the bot to decide: pick, choose, hire first, which is better for me.
ASKS = _rx(r"\b(?:which|who|what)\b[^.?!]{0,50}\b(?:pick|choose|go for|go with|hire|recommend|point (?:her|him|them|me)"
           r"|aim for|start with|take)\b|\bwould you (?:pick|choose|do|go for|take|hire|recommend)\b|"
           r"\byour (?:pick|choice|recommendation|advice)\b|\bhire (?:first|next)\b|\bfirst hire\b|"
           r"\b(?:better|best|right)(?: \w+)? for (?:me|us|her|him|them|my|our)\b|"
           r"\b(?:should|shud|shld) (?:i|we|she|he|they) (?:go for|pick|choose|hire|do|become|study|take|start|aim)\b|"
           r"\bmore useful\b|"
           # 'data analyst or data engineer for someone who likes dashboards?'
           r"\bfor (?:someone|somebody|a person|people|a guy|a girl|one) who (?:really )?(?:likes?|loves?|enjoys?|"
           r"is into|prefers?|hates?)\b|"
           r"\bwhich\b[^.?!]{0,60}\b(?:suits?|fits?|safer|more secure|better choice)\b|"
           # 'which one for me?', 'for me data engineer or SDET, which one?'
           r"\bwhich(?: one)? for (?:me|us|her|him|them)\b|\bfor (?:me|us|her|him|them)\b[^.?!]{0,50}\bwhich one\b|"
           # 'who build this, data engineer or AI engineer', 'is that data engineer job or AI engineer job?'
           r"\bwho (?:would |should |can |will )?(?:builds?|does|do|makes?|handles?|sets? up)\b[^.?!]{0,30}\bor\b|"
           r"\bis (?:that|this|it) (?:a |an )?[\w ]{2,30} job or\b")
# 'just pick one', 'one word', 'only one': a single pick asked for.
ONE_ASKED = _rx(r"\b(?:pick|choose|name|give me|tell me) (?:just )?one\b|\bjust one\b|\bone word\b|\bonly one\b")
# 'which fits her?', 'which is best for me?': the person's fit, not the figure compared before.
FIT_WORDS = _rx(r"\b(?:suits?|fits?|suited|better fit)\b|\b(?:best|better|right)(?: \w+)? for (?:me|us|her|him|them)\b")
# 'which is safer for her?', 'more secure': a decision on the jobs' outlook.
SAFER = _rx(r"\b(?:safer|safest|more secure|job security|more stable)\b")
# Fields of study a question may weigh, as the profiles name them; and other names for them ('informatics').
STUDY_FIELDS = ("statistics", "computer science", "mathematics", "data science", "economics", "physics",
                "software engineering", "engineering", "business", "information systems", "psychology")
STUDY_SYNONYMS = {"informatics": "computer science", "informatika": "computer science", "statistika": "statistics",
                  "matematika": "mathematics", "ilmu komputer": "computer science", "maths": "mathematics",
                  "math": "mathematics", "stats": "statistics", "cs": "computer science"}
HIRE = _rx(r"\bhir(?:e|es|ing)\b|\brecruit\w*\b|\bour (?:team|company|startup|project)\b")
PAY = _rx(r"\b(?:pay\w*|paid|salary|salaries|earn\w*|money|wages?|income|better off)\b")
# 'i no ask for salary', 'I did not ask about pay', 'not about the money': pay set aside, not asked.
PAY_SET_ASIDE = _rx(r"\b(?:not|no|didn'?t|never|hindi)\s+(?:(?:ask\w*|about|for|the|my|talking|really)\s+){0,3}"
                    r"(?:pay\w*|salary|salaries|money|wages?|income|sahod)\b")
PROSPECTS = _rx(r"\b(?:prospects?|outlook|growth|grow\w*|demand|future|job security|more jobs|openings)\b")
# What a hire is for: 'to set up our ML infrastructure', 'for our fraud detection project'.
PURPOSE = _rx(r"\b(?:to|for (?:our|the|my|a|an))\s+(.+)$")
# 'for predictive maintenance', 'for our reporting': what the work is for, not for whom it is.
PURPOSE_FOR = _rx(r"\bfor (?!(?:me|us|her|him|them|you|someone|somebody|a person|people|now|sure|example|instance|"
                  r"the money|money|pay|a (?:beginner|career changer|newbie|fresher|student)|beginners|"
                  r"\w+ years?|long|real|a while|both|each|which|what|who)\b)[a-z]{4,}")
CLEAR_LEAD = 2.0      # the best profile match must score at least this many times the next one
MIN_MATCH = 5.0       # and at least this much, to name one role for a hire with no role named


# Words the profiles use in their data sense that people also use for things ('we run 3 warehouses and 120
# trucks'): with one of these things said and no 'data …' before the word, it is the thing, and no wish.
PHYSICAL_SENSES = {"warehouse": ("truck", "forklift", "fleet", "pallet", "depot", "stock", "logistics", "shipping"),
                   "pipeline": ("oil", "gas", "water", "plumbing", "welding", "rig")}


# Programming languages among a job's tools ('Python', 'Structured query language SQL', 'Microsoft Visual Basic for
# Applications VBA', 'The MathWorks MATLAB'), by the language's name; statistics packages (SPSS, Stata) and tools
# of a language ('R Markdown') are not languages.
LANGUAGES = re.compile(r"\b(python|sql|sas|c\+\+|c#|java|javascript|typescript|scala|julia|matlab|visual basic|vba|"
                       r"perl|ruby|rust|golang|kotlin|swift|bash)(?:\b|$)|^(r)$|\b(r) project\b", re.IGNORECASE)
LANGUAGE_NAMES = {"sql": "SQL", "sas": "SAS", "vba": "Visual Basic", "visual basic": "Visual Basic", "c++": "C++",
                  "c#": "C#", "r": "R", "matlab": "MATLAB", "javascript": "JavaScript", "typescript": "TypeScript"}


def languages_in(tools: Sequence[str]) -> list[str]:
    """The distinct programming languages a list of tools names, in its order."""
    found = (LANGUAGES.search(t) for t in tools)
    names = (next(g for g in m.groups() if g).lower() for m in found if m)
    return list(dict.fromkeys(LANGUAGE_NAMES.get(n, n.capitalize()) for n in names))


class Decisions(Part):
    """Built once by ``Direct``; each method returns (first line, support blocks or None) or None."""

    def __init__(self, look: Lookup, carry: CarryOver) -> None:
        super().__init__(look)
        self.carry = carry

    # --- when a message asks for a decision -----------------------------------------------------

    @staticmethod
    def asks(q: str) -> bool:
        return bool(ASKS.search(q) or ONE_ASKED.search(q))  # ('BI analyst or data analyst? one word')

    @staticmethod
    def after_comparison(u: Understanding, session: Session, q: str) -> bool:
        """'which would you pick?' right after a comparison: no role in the message, the two compared in context."""
        return (not u.roles and not u.candidates and session.last_intent == "compare" and len(session.focus) >= 2
                and bool(ASKS.search(q)))

    @staticmethod
    def hire_without_roles(u: Understanding, q: str) -> bool:
        """'who should we hire first to set up our ML infrastructure?': a hire, its purpose, no role named."""
        return not u.roles and not u.candidates and bool(HIRE.search(q)) and bool(ASKS.search(q) or
                                                                                   _rx(r"\bwho\b").search(q))

    # --- between named roles --------------------------------------------------------------------

    def degrees_named(self, u: Understanding, q: str, session: Session, refs):
        """'which degree fits which, informatics or statistics?': for each field of study named, the roles whose
        profile names it among its degrees, in the profiles' words; None when the message names none."""
        said = q.lower()
        fields = [f for f in STUDY_FIELDS if re.search(rf"\b{f}\b", said)]
        fields += [STUDY_SYNONYMS[w] for w in STUDY_SYNONYMS if re.search(rf"\b{w}\b", said)
                   and STUDY_SYNONYMS[w] not in fields]
        degrees = {r: [f for f in role.education if f.kind == "degree"]
                   for r in u.roles if (role := self.look.role(r)) is not None}
        if not fields or len(degrees) < 2:
            return None
        parts, cited = [], []
        for field in dict.fromkeys(fields):
            naming = {r: [f for f in facts if field in f.text.lower()] for r, facts in degrees.items()}
            named = [r for r, facts in naming.items() if facts]
            cited += [s for facts in naming.values() for f in facts for s in f.sources]
            who = (f"both {joined([self.c.name(r) for r in named])}" if len(named) == 2 == len(degrees)
                   else joined([self.c.name(r) for r in named]) if named else "none of them")
            parts.append(f"{field} for {who}")
        return (f"Of the degrees you name, the profiles list {'; '.join(parts)} "
                f"{cite(refs(tuple(dict.fromkeys(cited))))}".rstrip() + "."), None

    def entry_bar(self, u: Understanding, q: str, session: Session, refs):
        if not u.roles:
            return None  # 'which pays more and is quicker to get into?' with no roles to weigh: asked which
        rows = []
        for role_id in u.roles:
            p, title = self.look.projection(role_id)
            edu = EDUCATION_RANK.index(p.entry_education.lower()) if p and p.entry_education and \
                p.entry_education.lower() in EDUCATION_RANK else None
            exp = EXPERIENCE_RANK.index(p.experience.lower()) if p and p.experience and \
                p.experience.lower() in EXPERIENCE_RANK else None
            role = self.look.role(role_id)
            degrees = [f for f in role.education if f.kind == "degree"] if role else []
            levels = [lv for f in degrees for rx, lv in DEGREE_WORDS if rx.search(f.text)]
            profile = sum(levels) / len(levels) if levels else None
            rows.append((role_id, p, title, edu, exp, profile, degrees))
        names = {r[0]: self.c.name(r[0]) for r in rows}
        official = [r for r in rows if r[3] is not None]
        profiles = [r[5] for r in rows if r[5] is not None]
        if len(official) == len(rows) and len({(r[3], r[4] or 0) for r in rows}) > 1:
            ranked = sorted(rows, key=lambda r: (r[3], r[4] or 0))
            # the roles BLS lists the same lowest entry for are named together, never one of them picked
            lows = [r for r in ranked if (r[3], r[4] or 0) == (ranked[0][3], ranked[0][4] or 0)]
            low, others = lows[0], ranked[len(lows):]
            harder = f"{joined([names[r[0]] for r in others])} {'is' if len(others) == 1 else 'are'} harder to get " \
                "into; " if _rx(r"\b(?:harder|hardest)\b").search(q) else ""
            if len(lows) == 1:
                line = (f"{harder}{agreeing(names[low[0]], 'has', 'have')} the lower entry bar: BLS lists "
                        f"{_entry(low)} for {low[2]}, against ")
            else:
                line = (f"{harder}{joined([names[r[0]] for r in lows])} have the lower entry bar: BLS lists "
                        f"{_entry(low)} for {joined(list(dict.fromkeys(r[2] for r in lows)))}, against ")
            line += ("; ".join(f"{_entry(r)} for {names[r[0]]} (as {r[2]})" for r in others)
                     + f" ({EP}) {cite(refs([SRC_EP]))}.")
            profiled = [r[5] for r in lows if r[5] is not None]
            if len(lows) > 1 and len(profiled) == len(lows) and max(profiled) - min(profiled) >= 0.5:
                easiest = min(lows, key=lambda r: cast(float, r[5]))
                line += f" Between those, my sources make {names[easiest[0]]} the easier start: " \
                        f"{quote(easiest[6][0], refs)}."
        elif len(profiles) == len(rows) and max(profiles) - min(profiles) >= 0.5:
            ranked = sorted(rows, key=lambda r: cast(float, r[5]))  # every row has one: tested just above
            low, high = ranked[0], ranked[-1]
            line = (f"{agreeing(names[low[0]], 'has', 'have')} the lower entry bar in my sources: "
                    f"{quote(low[6][0], refs)}, while for "
                    f"{names[high[0]]} {quote(_highest(high[6]), refs)}.")
            if len(official) == len(rows):
                line += (f" BLS lists the same typical entry for both ({_entry(rows[0])}) "
                         f"{cite(refs([SRC_EP]))}.")
        else:
            line = ("It depends on your background: on the entry requirements I have they are level ("
                    + "; ".join(f"{names[r[0]]}: {_entry(r) if r[3] is not None else 'no official entry data'}"
                                for r in rows) + ").")
        return line, None

    def fit(self, u: Understanding, q: str, session: Session, refs):
        own = u.own[0] if u.own else ""
        figure = u.aspect if u.aspect in ("salary", "outlook") else None
        if figure and FIT_WORDS.search(q) and not (PAY.search(q) or PROSPECTS.search(q)):
            figure = None  # 'which one fits her better?' after the pay compared: fit, not the pay again
        figure = figure or ("outlook" if SAFER.search(q) else None)
        if not figure and not session.hiring:
            found = self.by_abilities(u.roles, session, refs)  # 'i fix stuff, good talkin to people: which suits me'
            if found:
                return found, []
        if own and own not in u.roles and not figure and not PREFERENCE.search(q) and not session.hiring:
            found = self._for_purpose(u.roles, unnamed(q, u), refs)
            # 'I'm a DBA: data architect or data engineer?'; unless what the work is for decides it
            return found or self._closer_to_own(u.roles, own, refs)[0], []
        if own:
            session = replace(session, current_job=own)
        line, _ = self.between(u.roles, unnamed(q, u), session, refs, figure, wants=bool(PREFERENCE.search(q)))
        return line, (None if figure else [])  # a pick is short: the comparison is one step away (Next)

    def by_abilities(self, roles: Sequence[str], session: Session, refs) -> str | None:
        """'which suits me: dispatcher, logistics coordinator, diesel mechanic or help desk? i know the road and DOT
        rules, good talkin to people, i fix small stuff': O*NET's importance ratings of what they said they are good
        at, shown for each job, and the job that rates most of it as very important. Only between O*NET occupations
        (a curated role's profile says more than the ratings of the occupation it is filed under), each rated."""
        abilities = named(session.abilities)
        roles = list(dict.fromkeys(roles))[:4]
        if not abilities or len(roles) < 2 or not all(is_onet(r) for r in roles):
            return None
        occs = {r: occ for r in roles if (occ := self.look.occupation(r)) is not None and occ.skills}
        rated = {r: ratings_of(occ, abilities) for r, occ in occs.items()}
        if len(rated) < 2:
            return None
        strong = {r: very_important(occ, abilities) for r, occ in occs.items()}
        limited = "physical" in session.limits
        heavy = {r: physical_tasks(occ) for r, occ in occs.items()} if limited else {}
        # with a bad back told, the pick is among the jobs whose tasks mention no lifting or heavy work (if any)
        eligible = [r for r in rated if not heavy.get(r)] or list(rated)
        ranked = sorted(eligible, key=lambda r: -len(strong[r]))
        told = joined([a.label for a in abilities])
        onet = cite(refs([SRC_ONET]))

        def shown(r: str) -> str:
            listed = sorted(rated[r], key=lambda x: -x[2])
            return f"{self.c.name(r)}: " + ", ".join(f"{element} {importance:.2f}" for _, element, importance
                                                      in listed)
        scale = "O*NET's importance ratings, 1 not important to 5 extremely important"
        most = len(strong[ranked[0]])
        top = [r for r in ranked if len(strong[r]) == most]
        # (with the back told, the jobs whose tasks mention heavy work are set aside first)
        among = ", of the jobs whose O*NET tasks mention no lifting or heavy work" if len(eligible) < len(rated) \
            else ""
        opening = f"From what you told me you're good at ({told}){among}"
        if not most:
            line = f"{opening}, O*NET rates none of it very important for {either_or_any(ranked)}."
        elif len(top) == 1:
            uses = joined([label for label, _, _ in strong[top[0]]])
            line = (f"{opening}, {self.c.name(top[0])} uses the most of it: O*NET rates {uses} very important "
                    "or more for it.")
        else:
            line = (f"{opening}, {joined([self.c.name(r) for r in top])} use the most of it (each rates {most} of "
                    "those very important or more), so between them it depends on the work you'd rather do.")
        line += f" By {scale} {onet}: " + "; ".join(shown(r) for r in [*ranked, *[r for r in rated
                                                                                  if r not in ranked]]) + "."
        unrated = [self.c.name(r) for r in roles if r not in rated]
        if unrated:
            line += f" O*NET has no such ratings for {joined(unrated)}."
        if limited:
            quoted = [f"{self.c.name(r)}: “{heavy[r][0].rstrip('.')}”" for r in rated if heavy.get(r)]
            line += (" On what your body can take: my sources don't rate how physical each job is"
                     + (f"; O*NET's tasks that mention lifting, loading or heavy work: {'; '.join(quoted)} {onet}"
                        if quoted else "; none of the tasks O*NET lists for these mentions lifting or heavy work,"
                        " which is not the same as saying the work is light") + ".")
        return line

    def physical(self, u: Understanding, q: str, session: Session, refs):
        """'isnt diesel mechanic hard on ur back?', 'which one is easiest on the back?': the sources rate no job's
        physical demands; the task statements O*NET lists that mention lifting, loading or heavy work are quoted,
        and the jobs with none are named as that, never as light work."""
        occs = {r: occ for r in dict.fromkeys(u.roles) if (occ := self.look.occupation(r)) is not None}
        if not occs:
            return None
        heavy = {r: physical_tasks(occ) for r, occ in occs.items()}
        shown = 2 if len(occs) == 1 else 1  # of one job, two of its tasks; of several, one each
        quoted = [f"{self.c.name(r)}: " + ", ".join(f"“{t.rstrip('.')}”" for t in tasks[:shown])
                  for r, tasks in heavy.items() if tasks]
        light = [self.c.name(r) for r, tasks in heavy.items() if not tasks]
        onet = cite(refs([SRC_ONET]))
        line = "My sources don't rate how physical a job is."
        if quoted:
            line += (f" Among the tasks O*NET lists, these mention lifting, loading or heavy work: {'; '.join(quoted)} "
                     f"{onet}.")
        if light and quoted:
            line += (f" None of the tasks O*NET lists for {joined(light)} does, which makes "
                     f"{'it' if len(light) == 1 else 'them'} the first to look at for work easier on the body, though "
                     "that is not the same as saying the work is light.")
            lighter = [r for r, tasks in heavy.items() if not tasks]
            if len(lighter) > 1 and ONE_ASKED.search(q):
                line += " " + self._one_of(lighter, session, refs)
        elif light:
            line += (f" None of the tasks O*NET lists for {joined(light)} mentions lifting, loading or heavy work "
                     f"{onet}, which is not the same as saying the work is light.")
        return line, None

    def _one_of(self, roles: Sequence[str], session: Session, refs) -> str:
        """'just pick one' among jobs equal on what decided so far: the one that rates more of what the person
        said they are good at very important, else the one with the higher median wage, said with that reason."""
        abilities = named(session.abilities)
        occs = {r: occ for r in roles if (occ := self.look.occupation(r)) is not None}
        if abilities:
            strong = {r: len(very_important(occ, abilities)) for r, occ in occs.items()}
            ranked = sorted(strong, key=lambda r: -strong[r])
            if len(ranked) > 1 and strong[ranked[0]] > strong[ranked[1]]:
                return (f"If it has to be one: {self.c.name(ranked[0])}, which rates more of what you said you're "
                        f"good at very important {cite(refs([SRC_ONET]))}.")
        paid = {r: occ.wages.median for r, occ in occs.items() if occ.wages is not None and occ.wages.median}
        known = sorted(paid, key=lambda r: -paid[r])
        if len(known) > 1 and paid[known[0]] != paid[known[1]]:
            top, next_ = known[0], known[1]
            return (f"If it has to be one: {self.c.name(top)}, the better paid of them (median annual wage "
                    f"{dollars(paid[top])} against {dollars(paid[next_])}, {OEWS}, all U.S. workers) "
                    f"{cite(refs([SRC_OEWS]))}.")
        return "Nothing in my sources sets them apart beyond that; the work each does is the thing to weigh."

    def _for_purpose(self, roles: Sequence[str], q: str, refs) -> str | None:
        """The pick by what the work is for ('For predictive maintenance of machines, which is better?'), read in
        that sentence only (the one before may be a remark: 'A/B testing is not really what I do')."""
        sentence = next((s for s in re.split(r"(?<=[.?!])\s+", q) if PURPOSE_FOR.search(s)), "")
        if not sentence:
            return None
        wanted, unwanted = self._wants(sentence, roles)
        if not wanted:
            return None
        return self._split(roles, sentence, wanted, unwanted, refs) or \
            self._by_wants(roles, wanted, unwanted, False, "", refs)

    def after_comparison_pick(self, u: Understanding, q: str, session: Session, refs):
        """'which would you pick?' after a comparison: the decision between the roles just compared."""
        aspect = session.last_aspect if session.last_aspect in ("salary", "outlook") else None
        found = None if aspect or session.hiring else self.by_abilities(session.focus, session, refs)
        if found:
            return found, []
        line, support = self.between(session.focus, unnamed(q, u), session, refs, aspect,
                                     wants=bool(PREFERENCE.search(q)))
        return line, support or []

    def hire_for_purpose(self, u: Understanding, q: str, session: Session, refs):
        return self.hire(q, refs)

    def _wants(self, q: str, roles: Sequence[str]) -> tuple[set[str], set[str]]:
        """The person's words for what they want to do, and what they'd rather not (after 'rather than')."""
        text = q.lower()
        # every job named is no wish, the ones weighed or not ('..., a BI analyst or a data scientist?')
        for role_id in dict.fromkeys([*roles, *self.kb.roles]):
            role = self.look.role(role_id)
            for name in ([role.name] + list(role.aliases) if role else [self.c.name(role_id)]):
                text = re.sub(rf"\b{re.escape(name.lower())}s?\b", " ", text)
        text = re.sub(r"\b(?:ml|ai|mlops|nlp|bi)\b", lambda m: m.group(0) if "infrastructure" in text else " ", text)
        for word, things in PHYSICAL_SENSES.items():  # '120 trucks and 3 warehouses': buildings, not data stores
            if word in text and f"data {word}" not in text and any(t in text for t in things):
                text = re.sub(rf"\b{word}s?\b", " ", text)
        found = AGAINST.search(text)
        before, after = (text[:found.start()], text[found.end():]) if found else (text, "")
        end = re.search(r"[.?!;]", after)
        if end:  # ('is that better for us than data analyst? we mainly want dashboards': the next sentence wants)
            before, after = f"{before} {after[end.end():]}", after[:end.start()]
        disliked = dislikes_in(before)  # 'i like excel, i no too like heavy coding': coding is no wish
        if disliked:
            before, after = without_dislikes(before), f"{after} {' '.join(disliked)}"

        def widen(part: str) -> set[str]:
            out = set()
            spelled = " ".join(SAME_AS[w] for w in words(part) if w in SAME_AS)  # 'maths' is also 'mathematics'
            for term in _terms(f"{part} {spelled}"):
                if term in decision_noise() or "_" in term or len(term) < 3:
                    continue
                out.add(term)
                for key, more in WANTS.items():
                    if term.startswith(key) or key.startswith(term):
                        out |= {t for t in _terms(more) if "_" not in t}
            return out
        named = {t for r in roles for t in _terms(self.c.name(r))}  # 'research' says nothing between research roles
        return widen(before) - named, widen(after) - named

    def least_of(self, u: Understanding, q: str, session: Session, refs):
        """'which one needs the least programming?': for coding, the role whose tools (its profile's, or O*NET's)
        name the fewest programming languages; for maths or statistics, the one whose lines (profile, or O*NET
        description and tasks) mention it least. Nothing is picked on a tie."""
        found = LEAST_OF.search(q)
        if found is None:
            return None
        what = found.group(0).split()[-1].lower()
        roles = list(dict.fromkeys(u.roles))
        if len(roles) < 2:
            return None  # nothing to weigh against
        if what in ("coding", "code", "programming"):
            counted = [(len(langs), r, langs) for r in roles
                       for langs in [languages_in(self.carry.tools_of(r))]]
            counted.sort(key=lambda c: c[0])
            if counted[0][0] == counted[1][0]:
                return None
            listed = "; ".join(
                f"{self.c.name(r)} {len(langs)}" + ("" if not langs else f" ({joined(langs)})" if len(langs) <= 4
                                                    else f", among them {joined(langs[:4])}")
                for _, r, langs in counted)
            cited = cite(refs(sorted({s for r in roles for s in self._tool_sources(r)})))
            fewest = agreeing(self.c.name(counted[0][1]), "names", "name")
            return (f"By the tools my sources list, {fewest} the fewest programming languages: {listed} {cited}. "
                    "Fewer is not none; how much code a job needs also depends on the employer."), None
        avoided = self._widen(what, roles)
        lines = [(len(hits), r, hits) for r in roles
                 for hits in [[(text, sources) for text, sources in self._facts(r) if set(_terms(text)) & avoided]]]
        lines.sort(key=lambda c: c[0])
        if lines[0][0] == lines[1][0]:
            return None
        most = lines[-1]
        whose = "its profile" if self.look.role(most[1]) else "O*NET"
        said = f"“{most[2][0][0].rstrip('.')}” {cite(refs(most[2][0][1]))}"
        counts = "; ".join(f"{self.c.name(r)} {n}" for n, r, _ in lines)
        least = agreeing(self.c.name(lines[0][1]), "asks", "ask")
        return (f"{least} least for {what}: of the lines my sources give for each, the ones "
                f"that mention it number {counts}. For {self.c.name(most[1])} {whose} says {said}."), None

    def _tool_sources(self, role_id: str) -> tuple[str, ...]:
        role = self.look.role(role_id)
        if role is not None:
            return tuple(dict.fromkeys(s for g in role.tools for s in g.sources))
        return (SRC_ONET,)

    def _closer_to_own(self, roles: Sequence[str], own: str, refs, told: str = ""):
        """'I'm a DBA; data architect or data engineer?': the target that shares most with their job."""
        shared = [(len(self.carry.shared_tools(own, r)), r) for r in roles]
        shared.sort(key=lambda s: -s[0])
        own_name = self.c.name(own)
        if shared[0][0] == shared[1][0] or shared[0][0] < 2:  # one tool in common is too thin to decide on
            none = "neither" if len(roles) == 2 else "none"  # (of three or more: 'none')
            same = (f"{none} shares a specific tool with your job" if not shared[0][0] else
                    f"each shares {shared[0][0]} of the specific tools O*NET lists for your job"
                    if shared[0][0] == shared[1][0] else
                    ", ".join(f"{self.c.name(r)} shares {n}" for n, r in shared)
                    + " of the specific tools O*NET lists for your job")
            depends = self.depends([r for _, r in shared], False, refs, job_known=True, told=told)
            return (f"From {own_name}, {none} is clearly the closer step ({same}), so "
                    f"{depends[0].lower()}{depends[1:]}"), None
        best = shared[0][1]
        tools = self.carry.shared_tools(own, best)
        # the count beside the count: '(12, among them A, B, C, D, E)', never 5 named against '9 shared'
        listed = joined(tools[:5]) if len(tools) <= 5 else f"{len(tools)}, among them {joined(tools[:5])}"
        # the tools of the occupation, not necessarily the person's: a manual tester uses no Kafka
        line = (f"From {own_name}, {self.c.name(best)} is the closer step: O*NET lists more of your occupation's "
                f"tools for it ({listed}) than for " + ", ".join(f"{self.c.name(r)} ({n} shared)" for n, r in
                                                                shared[1:])
                + "; those are tools of the occupation, not necessarily ones you use.")
        return line, None

    def between(self, roles: Sequence[str], q: str, session: Session, refs, aspect: str | None = None,
                wants: bool = True):
        """The pick among ``roles`` with its reason; else what the choice depends on. ``wants``: the message
        says what the person wants to do (or what a hire is for), so its words are read against the profiles."""
        roles = list(dict.fromkeys(roles))[:3]
        if aspect == "salary" or (aspect is None and PAY.search(q) and not HIRE.search(q)
                                  and not PAY_SET_ASIDE.search(q)):
            found = self._by_figure(roles, "salary", refs)
            if found:
                return self._or_depends(found, roles, session, refs), None
        if aspect == "outlook" or (aspect is None and PROSPECTS.search(q) and not HIRE.search(q)):
            found = self._by_figure(roles, "outlook", refs)
            if found:
                return self._or_depends(found, roles, session, refs), None
        hiring = bool(HIRE.search(q)) or session.hiring  # an employer's question, this message or before
        wanted, unwanted = self._wants(q, roles) if wants or hiring else (set(), set())
        told = ""
        if not wanted and not hiring and (session.interests or session.dislikes):
            wanted = self._widen(" ".join(session.interests), roles)
            unwanted = self._widen(" ".join(session.dislikes), roles)
            told = self._told(session)
        if wanted:
            found = (not told and self._split(roles, q, wanted, unwanted, refs)) or \
                self._by_wants(roles, wanted, unwanted, hiring, told, refs)
            if not found and not hiring and not told and (session.interests or session.dislikes):
                # the message's words tie to neither ('hmm but btw X n Y which one??'): what they told me before
                found = self._by_wants(roles, self._widen(" ".join(session.interests), roles),
                                       self._widen(" ".join(session.dislikes), roles), False, self._told(session),
                                       refs)
            if found:
                return found, None
            if hiring:  # they said what the hire is for, and no profile ties it to one role
                depends = self.depends(roles, True, refs, said_what=True)
                return (f"My profiles and O*NET don't tie what you describe to one of them, so "
                        f"{depends[0].lower()}{depends[1:]}"), None
        if not wanted and not hiring:
            # 'for predictive maintenance, which is better?': what the work is for, when a profile says it
            found = self._for_purpose(roles, q, refs)
            if found:
                return found, None
        own = session.current_job
        told = self._told(session) if not hiring else ""
        if own and own not in roles and not hiring:
            return self._closer_to_own(roles, own, refs, told)
        return self.depends(roles, hiring, refs, told=told), None

    def _or_depends(self, line: str, roles: Sequence[str], session: Session, refs) -> str:
        """A figure that does not decide: say also what the choice depends on."""
        if not line.startswith("On "):
            return line
        depends = self.depends(roles, False, refs, job_known=bool(session.current_job))
        return f"{line} Beyond that, {depends[0].lower()}{depends[1:]}"

    def _told(self, session: Session) -> str:
        parts = []
        if session.interests:  # said of the person or of the one they ask for ('he loves games'): no 'you'
            parts.append("liking " + joined(list(session.interests[-4:])))
        lacking, avoided = lacking_and_avoided(session.dislikes)
        if avoided:
            parts.append("rather avoiding " + joined(avoided[-2:]))
        if lacking:
            parts.append("without " + a(lacking[-1]))
        return "; ".join(parts)

    def _widen(self, text: str, roles: Sequence[str]) -> set[str]:
        if not text.strip():
            return set()
        return self._wants(f"i like {text}", roles)[0]

    def _facts(self, role_id: str) -> list[tuple[str, tuple[str, ...]]]:
        """The sentences a fit is read from, with their sources: the profile's, or O*NET's description and tasks."""
        role = self.look.role(role_id)
        if role is not None:
            facts = (role.summary,) + role.responsibilities + role.technical_skills + role.insights
            out = [(f.text, f.sources) for f in facts]
            out += [(f"{g.category}: {', '.join(g.names)}", g.sources) for g in role.tools]
            return out
        occ = self.look.occupation(role_id)
        if occ is None:
            return []
        onet: tuple[str, ...] = (SRC_ONET,)
        return [(occ.description, onet)] + [(t, onet) for t, _ in occ.tasks]

    def _split(self, roles: Sequence[str], q: str, wanted: set[str], unwanted: set[str], refs) -> str | None:
        """'likes interviewing + some stats': when each of two roles holds a part of what was said that the other
        does not, the pick is split, each part with the sentence that says it ('it depends' would ignore them)."""
        if unwanted:
            return None
        facts = {r: self._facts(r) for r in roles}
        matched = {r: {t for text, _ in facts[r] for t in set(_terms(text)) & wanted} for r in roles}
        ranked = sorted(roles, key=lambda r: -len(matched[r]))
        top, second = ranked[0], ranked[1]
        own_part, other_part = matched[top] - matched[second], matched[second] - matched[top]
        if not own_part or not other_part:
            return None
        parts: list[str] = []
        told: set[str] = set()
        wishes = {w: self._wants(w, roles)[0] for w in dict.fromkeys(words(q))}  # each word's wish, read once
        for role_id, part in ((top, own_part), (second, other_part)):
            said = [w for w, wish in wishes.items() if wish & part]
            fact = max(facts[role_id], key=lambda f: (len(set(_terms(f[0])) & part), -len(f[0])))
            if not said or told & set(said):
                return None  # each part in words of its own ('build' said of both splits nothing)
            told |= set(said)
            # of a long fact, the sentence that says it
            text = next((t for t in re.split(r"(?<=\.) ", fact[0]) if set(_terms(t)) & part), fact[0])
            whose = "its profile" if self.look.role(role_id) else "O*NET"
            parts.append(f"for {joined(said)}, {self.c.name(role_id)} ({whose}: “{text.rstrip('.')}” "
                         f"{cite(refs(fact[1]))})".replace(" )", ")"))
        rest = [self.c.name(r) for r in ranked[2:] if not matched[r]]
        line = "From what you said, it splits: " + "; ".join(parts) + "."
        if rest:
            line += f" Nothing in what I have on {joined(rest)} matches it."
        return line

    def _by_wants(self, roles: Sequence[str], wanted: set[str], unwanted: set[str], hiring: bool, told: str, refs):
        scores = []
        for role_id in roles:
            best, best_n, worst, worst_n, total = None, 0, None, 0, 0
            for text, sources in self._facts(role_id):
                terms = set(_terms(text))
                n, m = len(terms & wanted), len(terms & unwanted)
                total += n - m
                if n > best_n or (n == best_n and n and best is not None and len(text) < len(best[0])):
                    best, best_n = (text, sources), n  # the shortest sentence that says most of it
                if m > worst_n:
                    worst, worst_n = (text, sources), m
            scores.append((total, role_id, best, worst))
        scores.sort(key=lambda s: -s[0])
        top, second = scores[0], scores[1]
        if top[0] == second[0] or top[2] is None or top[0] <= 0:
            return None
        name = self.c.name(top[1])
        # of a long fact (a profile's two-sentence summary), the sentence that says most of it
        text = max(re.split(r"(?<=\.) ", top[2][0]), key=lambda s: len(set(_terms(s)) & wanted))
        said = f"“{text.rstrip('.')}” {cite(refs(top[2][1]))}"
        whose = "its profile" if self.look.role(top[1]) else "O*NET"
        if hiring:
            line = f"{agreeing(name, 'fits', 'fit')} better for that hire: {whose} says {said}"
        elif told:
            line = f"{agreeing(name, 'fits', 'fit')} better from what you told me ({told}): {whose} says {said}"
        else:
            line = f"{agreeing(name, 'fits', 'fit')} better for that: {whose} says {said}"
        if second[3] is not None and unwanted:
            other = "its profile" if self.look.role(second[1]) else "O*NET"
            line += (f", while for {self.c.name(second[1])} {other} says “{second[3][0].rstrip('.')}” "
                     f"{cite(refs(second[3][1]))}")
        elif second[1] in self.kb.roles:
            line += f"; {self.c.name(second[1])} {self.kb.role(second[1]).tagline}"
        return line + "."

    def _by_figure(self, roles: Sequence[str], aspect: str, refs) -> str | None:
        """'which one for better pay?': the official figures' verdict, first, with the pick."""
        subjects = [self.c._subject(r) for r in roles]
        quantities, grouped = [], []
        for s in subjects:
            figure = None
            if s.occ is not None:
                figure = median_wage(s.occ) if aspect == "salary" else projected_change(s.occ)
            if figure is None:
                return None
            part = s.occ.wages if aspect == "salary" else s.occ.projection  # type: ignore[union-attr]
            quantities.append(self.c._official_quantity(s, figure, bool(part and part.group)))
            grouped.append(quantities[-1].label != s.name)  # a group's or the closest group's figure, not its own
        higher = "pays more" if aspect == "salary" else "grows faster"
        kind = f"median annual wage, {OEWS}" if aspect == "salary" else f"projected employment change 2024–34, {EP}"
        said = verdict(quantities, higher, kind)
        sources = cite(refs([SRC_OEWS if aspect == "salary" else SRC_EP]))
        top = max(quantities, key=lambda q: q.low)
        # (a group's figure on top picks nothing: it does not show that the role itself pays more)
        clear = all(top.low > q.high for q in quantities if q is not top) and len({q.fact for q in quantities}) == len(
            quantities) and not grouped[quantities.index(top)]
        what = "pay" if aspect == "salary" else "job prospects"
        said = f"{said.rstrip('.')} {sources}".rstrip() + "."
        if clear:
            return f"For {what}, {top.who}: {said} It is one figure among the things that matter; the work differs."
        return f"On {what} alone I can't pick one: {said[0].lower()}{said[1:]}"

    def depends(self, roles: Sequence[str], hiring: bool, refs, job_known: bool = False,
                said_what: bool = False, told: str = "") -> str:
        """What the choice depends on, in the roles' own words, and what would settle it."""
        parts = []
        for r in roles:
            if r in self.kb.roles:
                tagline = self.kb.role(r).tagline
                parts.append(f"{a(self.c.name(r))} if you need someone who {tagline}" if hiring
                             else f"{a(self.c.name(r))} {tagline}")
            else:
                occ = self.look.occupation(r)
                text = first_sentence(occ.description).rstrip(".") if occ else ""
                what = f"{text[0].lower()}{text[1:]}" if text else ""
                parts.append(f"{self.c.name(r)} if you need someone to {what}" if hiring and what
                             else f"{self.c.name(r)} ({what})" if what else self.c.name(r))
        if hiring:
            line = ("It depends on what you need done first: hire " + "; ".join(parts) + "."
                    + ("" if said_what else " Tell me what the hire is for and I'll say which fits."))
            link = self._how_they_work_together(roles, refs)
            return line + (f" {link}" if link else "")
        tell = "what you enjoy" if job_known else "what you enjoy or your current job"
        if told:  # they said what they like: that it decides nothing is the answer, not a request to say it again
            return ("It depends on what you want to do day to day: " + "; ".join(parts)
                    + f". Nothing my sources say of {either_or_any(roles)} matches what you told me ({told}); "
                    "tell me more of the work you'd like to do and I'll say which fits better.")
        return ("It depends on what you want to do day to day: " + "; ".join(parts)
                + f". Tell me {tell} and I'll say which fits better.")

    def _how_they_work_together(self, roles: Sequence[str], refs) -> str:
        """A sentence of one profile that names another of the roles ('Support data scientists and ML engineers')."""
        for r in roles:
            role = self.look.role(r)
            if role is None:
                continue
            for other in roles:
                o = self.look.role(other)
                if o is None or other == r:
                    continue
                names = [o.name.lower()] + [a.lower() for a in o.aliases if len(a) > 4]
                for fact in role.responsibilities + role.insights + role.outlook:
                    text = fact.text.lower()
                    if any(re.search(rf"\b{re.escape(n)}s?\b", text) for n in names):
                        return f"How they work together, in the {role.name} profile: “{fact.text.rstrip('.')}” " \
                               f"{cite(refs(fact.sources))}."
        return ""

    # --- a hire with no role named ----------------------------------------------------------------

    def hire(self, q: str, refs):
        """The role whose profile matches the purpose of the hire clearly best; else None (nothing to say)."""
        found = PURPOSE.search(q)
        purpose = found.group(1).rstrip("?.! ") if found else ""
        if not purpose:
            return None
        ranked = self.c.rank(purpose)
        if not ranked:
            return None
        top = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else 0.0
        role = self.kb.role(top.role_id)
        if top.score < MIN_MATCH or top.score < CLEAR_LEAD * second or not top.evidence:
            names = [self.kb.role(s.role_id).name for s in ranked[:3]]
            return (f"It depends on the work: for “{purpose}” my profiles match {joined(names)} about equally. "
                    "Tell me more about what the hire should do first.", [])
        line = (f"For “{purpose}”, hire {a(role.name)} first: its profile says “{top.evidence.rstrip('.')}” "
                f"{cite(refs(top.sources))} (the role whose profile matches your words best).")
        others = [s for s in ranked[1:3] if s.score > 0]
        support = []
        if others:
            support.append(Block("list", "Also matching, less closely", tuple(
                Item(self.kb.role(s.role_id).tagline, label=self.kb.role(s.role_id).name) for s in others)))
        return line, support



def _entry(row) -> str:
    p = row[1]
    exp = "no" if p.experience == "None" else (p.experience or "").lower()
    return f"{p.entry_education.lower()} and {exp} related work experience"


def _highest(degrees: Sequence[Fact]) -> Fact:
    return max(degrees, key=lambda f: max((lv for rx, lv in DEGREE_WORDS if rx.search(f.text)), default=0))
