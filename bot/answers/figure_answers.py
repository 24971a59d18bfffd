"""Answers about the figures (issue #13): the headline figure of a role, checks on the figures just shown
(period, gross or net, median or mean, how real, source and year, whose figure), pay at one stage of a
career, and a role's pay against what the person said they earn.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalise import role_key
from ..understanding.session import Session
from ..understanding.understand import Understanding
from . import context
from .asked import (CHANGING, ENTRY_PAY_FACT, FIGURE_INTENTS, FIGURE_QUESTIONS, FREELANCE, HOURLY, SENIOR_PAY_FACT,
                    STARTING_PAY, TOPIC_LABELS)
from .lookup import Part
from .occupation import EP, OEWS, SRC_EP, SRC_OEWS, SRC_ONET, dollars, first_sentence, signed
from .wording import a, cite, joined


# Words around what a person knows that name no skill ('a bit of sklearn', 'some basic SQL').
PLAIN_WORDS = frozenset({"and", "the", "bit", "some", "basic", "basics", "little", "also", "too", "well", "very",
                         "how", "use", "using", "with", "data", "work", "for", "good", "lot", "lots", "few", "all"})


class FigureAnswers(Part):
    """Built once by ``Direct``; handlers return (first line, support blocks or None) or None."""

    def figure_check(self, u: Understanding, q: str, session: Session, refs):
        """'is that monthly?', 'is that gross?', 'where is it from?': each check asked, in the order asked ('a month?
        and is that gross?' answers both)."""
        asked = sorted(((m.start(), k) for k, rx in FIGURE_QUESTIONS if (m := rx.search(q))), key=lambda a: a[0])
        kinds = list(dict.fromkeys(k for _, k in asked))[:2]
        said = [line for k in kinds if (line := self._figure_lines(k, u, q, session, refs))]
        return (" ".join(said), None) if said else None

    def _figure_lines(self, kind: str, u: Understanding, q: str, session: Session, refs) -> str | None:
        roles = u.roles or session.focus
        intent = u.intent if u.intent in FIGURE_INTENTS else session.last_intent
        outlook = intent == "outlook" or (intent == "compare" and u.aspect == "outlook")
        lines = []
        named = []
        for role_id in roles[:3]:
            line = self._check_one(kind, role_id, outlook, refs, q)
            if line:
                lines.append(line)
                named.append(self.c.name(role_id))
        said = {line.split(": ", 1)[-1] for line in lines}
        if len(lines) > 1 and len(said) == 1 \
                and all(line.startswith(f"{n}: ") for n, line in zip(named, lines, strict=True)):
            lines = [f"For {joined(named)}: {said.pop()}"]  # ('both are gross pay', said once)
        if kind == "figure_currency" and not outlook:
            return ("Yes: the BLS pay figures are U.S. dollars, earned by workers in the United States "
                    f"({OEWS}) {cite(refs([SRC_OEWS]))}; I don't convert them into other currencies, because pay "
                    "elsewhere is not the U.S. figure at an exchange rate.")
        if kind == "figure_whose" and not outlook:
            return self._whose_figure(roles, refs)
        if kind == "figure_mean":
            lines.insert(0, "The median is the middle value: half of the workers earn more, half less. The mean is "
                            "the average (all pay divided by the number of workers), pulled up by the highest "
                            "earners, so it is usually higher.")
        return " ".join(lines) if lines else None

    def _whose_figure(self, roles: Sequence[str], refs) -> str:
        """'is that number really analysts or is it data scientists?': which occupation each figure is for."""
        out, said = [], {}
        for role_id in roles[:3]:
            name, role, occ = self.c.name(role_id), self.look.role(role_id), self.look.occupation(role_id)
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
                           f"counts the title under {w.title} {cite(refs([SRC_OEWS]))}")
            else:
                out.append(f"{name}: {dollars(w.median)} is the median for its own occupation, {w.title} ({OEWS}, "
                           f"all U.S. workers) {cite(refs([SRC_OEWS]))}")
        return ". ".join(out) + "."

    def per_period(self, role_id: str, refs, q: str) -> str | None:
        """'how much a month', 'per hour': the period the figures are for, and what the source allows of it."""
        return self._check_one("figure_period", role_id, False, refs, q)

    def _check_one(self, kind: str, role_id: str, outlook: bool, refs, q: str = "") -> str | None:
        name = self.c.name(role_id)
        occ = self.look.occupation(role_id)
        w = occ.wages if occ else None
        role = self.look.role(role_id)
        articles = list(role.salaries) if role else []
        if outlook:
            p = occ.projection if occ else None
            if kind in ("figure_source", "figure_real", "figure_period"):
                bits = []
                if p is not None and p.change_pct is not None:
                    bits.append(f"the official projection ({signed(p.change_pct, '%')} for {p.title}) is {EP}, "
                                f"published by BLS for 2024 to 2034 {cite(refs([SRC_EP]))}")
                for g in (role.growth if role else ())[:2]:
                    bits.append(f"{g.percent if g.percent is not None else f'{g.percent_min:g}–{g.percent_max:g}'}% "
                                f"for {g.start}–{g.end} comes from {self.kb.source_title(g.sources[0])} "
                                f"{cite(refs(g.sources))}")
                if not bits:
                    return f"{name}: I have no sourced growth figure, so there is nothing to check."
                return (f"{name}: " + "; ".join(bits)
                        + ". Projections are estimates for the whole occupation, not promises.")
            return None
        oews = cite(refs([SRC_OEWS])) if w is not None else ""
        if kind == "figure_period":
            if w is not None and w.hourly_median and HOURLY.search(q):  # 'a freelancer i pay by the hour'
                whose = "" if role_key(w.title) == role_key(name) \
                    else f" for {w.title}, the occupation it is counted in"
                charged = ("; my sources have no rates for freelancers or contractors, who set their own"
                           if FREELANCE.search(q) else "")
                return (f"{name}: BLS publishes a median hourly wage of ${w.hourly_median:,.2f}{whose} ({OEWS}, "
                        f"employees in the U.S.) {oews}{charged}.")
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
        if kind == "figure_base":  # 'is that base salary or with bonus?', 'is it CTC or in-hand?'
            if w is None and not articles:
                return None
            said = (f"the BLS figure is the gross annual wage of all U.S. workers in the occupation {w.title} "
                    f"{oews}; " if w is not None else "")
            return (f"{name}: {said}my sources don't split pay into base salary, bonuses and benefits, and have no "
                    "figure for total compensation or a package (CTC).")
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
                             f"{cite(refs(sources))}")
            if not parts:
                return f"{name}: I have no sourced salary figure."
            return f"{name}: " + "; ".join(parts) + "."
        if kind == "figure_real":
            if w is not None and w.median is not None:
                spread = (f"; the middle 80% earned {dollars(w.p10)} to {dollars(w.p90)}"
                          if w.p10 and w.p90 else "")
                # Data Analyst shown with the Data Scientists figure: whose pay it is comes first
                borrowed = role is not None and bool(role.official) and role.official[0].relation != "same"
                whose = (f"not as {name} pay: the figure is for all U.S. {w.title}, the occupation {name} is counted "
                         f"in, not for {name} alone" if borrowed else "yes, as published pay, not a promise")
                line = (f"{name}: {whose}; half of all U.S. {w.title} earned more than {dollars(w.median)} in May "
                        f"2024{spread} ({OEWS}) {oews}.")
                if STARTING_PAY.search(q) or CHANGING.search(q):
                    low = joined([f"{n}th percentile {dollars(v)}" for n, v in ((10, w.p10), (25, w.p25)) if v])
                    line += (" BLS publishes no starting pay, and none by years of experience"
                             + (f"; its lower figures are the nearest it has: {low}." if low else "."))
                else:
                    line += " Pay depends on place, seniority and employer."
                return line
            if articles:
                return (f"{name}: these are the articles' figures; they don't say how many people they cover, so "
                        "take them as indications, not guarantees.")
            return f"{name}: I have no sourced salary figure, so I can't say."
        return None

    def pay_by_level(self, level: str, u: Understanding, q: str, session: Session, refs):
        """'what do data analysts start at?', 'is that mid-level pay?', 'what do senior plumbers make?': a
        published figure for that point of a career when a profile has one; otherwise the BLS figures nearest
        to it, said to be what they are (BLS publishes pay by occupation, not by experience)."""
        from .compose import figure_label, figure_text

        published = {"start": ENTRY_PAY_FACT, "senior": SENIOR_PAY_FACT}.get(level)
        parts = []
        for role_id in u.roles[:3]:
            role = self.look.role(role_id)
            found = [f for f in (role.salaries if role and published else ())
                     if published and published.search(f"{f.scope} {f.note or ''}")]
            if found:
                f = found[0]
                parts.append(f"{self.c.name(role_id)}: {figure_text(f)} ({figure_label(f)}; {f.scope}"
                             f"{', ' + f.note if f.note else ''}) {cite(refs(f.sources))}")
                continue
            occ = self.look.occupation(role_id)
            w = occ.wages if occ else None
            if w is None or w.median is None:
                parts.append(f"{self.c.name(role_id)}: I have no published pay for that stage of a career")
                continue
            counted = f"{w.title}, the official occupation it is counted in" \
                if role is not None and role.official and role.official[0].relation != "same" else w.title
            median = f"a median of {dollars(w.median)} a year ({OEWS}, all U.S. workers in {counted}, at every " \
                     f"level of experience) {cite(refs([SRC_OEWS]))}"
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
            shown = joined([x for x in near if x]) or "none published"
            parts.append(f"{self.c.name(role_id)}: BLS publishes no {what}, and none by years of experience; "
                         f"its {which} figures are the nearest it has: {shown}, against {median}")
        return ". ".join(parts) + ".", None

    def headlines(self, intent: str, roles: Sequence[str], refs) -> str:
        return " ".join(f"{self.c.name(r)} — {TOPIC_LABELS.get(intent, intent)}: {self.headline(intent, r, refs)}."
                        for r in roles[:3])

    def headline(self, intent: str, role_id: str, refs) -> str:
        """The one fact that answers ``intent`` for a role, with its source."""
        role = self.look.role(role_id)
        occ = self.look.occupation(role_id)
        if intent == "salary":
            w = occ.wages if occ else None
            if w is not None and w.median is not None:
                if role is not None and role.official and role.official[0].relation != "same":
                    # a stand-in: say so in the same breath ('Data Analyst' is counted among Data Scientists)
                    # ('no separate figure' first: people read a figure under the role's name as its own pay)
                    return (f"BLS publishes no separate figure for it; the median annual wage of {w.title}, the "
                            f"official occupation it is counted in, is {dollars(w.median)} ({OEWS}, all U.S. workers) "
                            f"{cite(refs([SRC_OEWS]))}")
                return (f"median annual wage {dollars(w.median)} ({OEWS}, all U.S. workers in {w.title}) "
                        f"{cite(refs([SRC_OEWS]))}")
            from .compose import figure_label, figure_text
            central = [s for s in (role.salaries if role else ()) if s.central is not None]
            if central:
                return f"{figure_text(central[0])} ({figure_label(central[0])}) {cite(refs(central[0].sources))}"
            return "I have no sourced salary figure"
        if intent == "outlook":
            p = occ.projection if occ else None
            if p is not None and p.change_pct is not None:
                official = self.c.official
                avg = official.average_growth.get("change_pct") if official is not None else None
                # '+0.2%' is growth slower than the average occupation's: 'growing' alone would flatter it
                # within a point of the average is 'about as fast' (BLS calls +4% against +3.1% 'about as fast as
                # average'): 'faster' for +3.3% would oversell it
                trend = ("shrinking" if p.change_pct < 0 else "flat" if p.change_pct == 0 else "growing" if avg is None
                         else "growing about as fast as all occupations" if abs(p.change_pct - avg) < 1
                         else "growing faster than all occupations" if p.change_pct > avg
                         else "growing, slower than all occupations")
                average = f" (all occupations: {signed(avg, '%')})" if avg is not None and p.change_pct > 0 else ""
                return (f"{trend}, {signed(p.change_pct, '%')} projected employment change 2024–34 for {p.title}"
                        f"{average} ({EP}, U.S.) {cite(refs([SRC_EP]))}")
            if role and role.growth:
                from .compose import growth_text
                return f"{growth_text(role.growth[0])} {cite(refs(role.growth[0].sources))}"
            return "I have no sourced growth figure"
        if role is None:
            if occ is None:
                return "not in my data"
            if intent == "tools":
                hot = list(dict.fromkeys(name for name, _, is_hot, _ in occ.tech if is_hot))[:8]
                return (", ".join(hot) if hot else "no hot technology in O*NET") + f" {cite(refs([SRC_ONET]))}"
            if intent in ("education", "getting_started"):
                return self.look.bls_entry(role_id, refs) or "no entry requirements in the official data"
            if intent == "skills" and occ.skills:
                names = [n for n, _, _ in sorted(occ.skills, key=lambda s: -s[1])[:4]]
                return ", ".join(names) + f" {cite(refs([SRC_ONET]))}"
            if intent == "industries":  # (the official data has no industries; its description is no answer)
                return "my sources don't say which industries employ them"
            return f"{first_sentence(occ.description).rstrip('.')} {cite(refs([SRC_ONET]))}"
        if intent == "tools":
            names = list(dict.fromkeys(n for g in role.tools for n in g.names))[:8]
            return (", ".join(names) + f" {cite(refs(x for g in role.tools for x in g.sources))}") if names else \
                "my sources name no specific tools"
        facts = {"skills": role.technical_skills[:2], "responsibilities": role.responsibilities[:2],
                 "industries": role.industries[:4], "getting_started": role.getting_started[:1],
                 "education": [f for f in role.education if f.kind == "degree"][:1]}.get(intent)
        if facts is None:
            return f"{a(role.name)} {role.tagline}"
        if not facts:
            return "my sources don't say"
        text = "; ".join(f.text.rstrip(".") for f in facts) + f" {cite(refs(x for f in facts for x in f.sources))}"
        if intent == "education":
            bls = self.look.bls_entry(role_id, refs)
            text += f"; {bls}" if bls else ""
        return text

    def skills_beyond(self, role_id: str, known: Sequence[str], refs) -> str | None:
        """'what skills should I add? i know python, pandas, sklearn': the profile's technical skills that name
        none of what they know, after naming what they have that the profile lists (None when nothing they named
        is in it, or nothing is left)."""
        role = self.look.role(role_id)
        if role is None:
            return None
        known = [k for k in dict.fromkeys(known) if k not in PLAIN_WORDS and (len(k) > 2 or k == "r")]

        def named(fact) -> dict[str, str]:  # what they know -> as the profile spells it
            out = {}
            for k in known:
                found = re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", fact.text, re.IGNORECASE)
                if found:
                    out[k] = found.group(0)
            return out
        had = {k: v for f in role.technical_skills for k, v in named(f).items()}
        rest = [f for f in role.technical_skills if not named(f)][:3]
        if not had or not rest:
            return None
        listed = "; ".join(f.text.rstrip(".") for f in rest)
        return (f"{role.name}: you have {joined(list(had.values()))}, which its profile lists; beyond "
                f"{'that' if len(had) == 1 else 'them'} it lists {listed} "
                f"{cite(refs(x for f in rest for x in f.sources))}.")

    @staticmethod
    def _stated(session: Session) -> tuple[str, str, bool]:
        """The pay the person said as they said it ('£38,000', 'a year'), and whether it is (likely) not in
        U.S. dollars: another currency, or none named by someone in a place outside the U.S."""
        amount, currency, period = session.pay_amount, session.pay_currency, session.pay_period
        symbol = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}.get(currency, "")
        if not currency and session.place and not context.outside_us(session.place):
            symbol = "$"  # '28 a hour' said by a man in Dayton
        stated = f"{symbol}{amount:,}" if symbol else (f"{amount:,} {currency}" if currency else f"{amount:,}")
        per = f"a{'n' if period == 'hour' else ''} {period}"
        foreign = bool((currency and currency != "USD") or (not currency and context.outside_us(session.place or "")))
        return stated, per, foreign

    def noted_pay(self, session: Session) -> str:
        stated, per, foreign = self._stated(session)
        earn = _earn_or_need(session)
        if foreign:
            return (f"Noted: you {earn} {stated} {per}. My pay figures are official U.S. ones in U.S. dollars, so I'll "
                    "show them beside it but won't compare them with pay in another currency.")
        return (f"Noted: you {earn} {stated} {per}. Ask what a job pays (\"what does a data analyst earn?\") and I'll "
                "set its official U.S. median (BLS OEWS May 2024) beside your figure.")

    def _like_for_like(self, roles: Sequence[str], session: Session, refs) -> str:
        """Their own job's U.S. median beside the targets': 'would I earn less?' answered the one way the sources
        allow (U.S. against U.S.), when their pay is in another currency."""
        own = session.current_job
        mine = self._median(own) if own and own not in roles else None
        if mine is None:
            return ""
        higher = [self._named_by_figure(r) for r in roles[:3] if (self._median(r) or 0) > mine]
        lower = [self._named_by_figure(r) for r in roles[:3]
                 if self._median(r) is not None and (self._median(r) or 0) < mine]
        verdict = (f" {joined(higher)} {'pays' if len(higher) == 1 else 'pay'} more than your job there"
                   if higher else "") + (f"{';' if higher else ''} {joined(lower)} "
                                         f"{'pays' if len(lower) == 1 else 'pay'} less" if lower else "")
        return (f" Like for like in the U.S.: your job, {self.c.name(own)}, "
                f"{self.headline('salary', own, refs)}.{verdict + '.' if verdict else ''}")

    def _named_by_figure(self, role_id: str) -> str:
        """The role's name, and the occupation whose figure stands for it when that is another ('Data Analyst
        (by the Data Scientists figure)')."""
        occ, name = self.look.occupation(role_id), self.c.name(role_id)
        return f"{name} (by the {occ.title} figure)" if occ is not None and occ.title != name else name

    def _median(self, role_id: str) -> float | None:
        occ = self.look.occupation(role_id)
        return occ.wages.median if occ is not None and occ.wages is not None else None

    def versus_pay(self, roles: Sequence[str], session: Session, refs) -> str:
        """The official median beside the pay the person stated: more or less, by how much, and what the median
        measures; never across currencies (nothing is converted)."""
        amount, currency, period = session.pay_amount, session.pay_currency, session.pay_period
        stated, per, foreign = self._stated(session)
        if foreign:
            # 'im on about 38k' from Manchester: not U.S. dollars, so not compared (nothing is converted)
            return (f"{self.headlines('salary', roles, refs)} I don't set these beside the {stated} {per} you said "
                    f"you {_earn_or_need(session)}: they are U.S. dollars for U.S. workers."
                    + ("" if session.pay_needed else self._like_for_like(roles, session, refs)))
        mine = float(amount * {"month": 12, "week": 52}.get(period, 1))
        notes = []
        if period in ("month", "week"):
            notes.append(f"{dollars(round(mine))} a year, my arithmetic")
        if not currency and not (session.place and not context.outside_us(session.place)):  # not for a man in Dayton
            notes.append("if that is U.S. dollars")
        yours = f"the {stated} {per} you said you {_earn_or_need(session)}" + (
            f" ({'; '.join(notes)})" if notes else "")
        by_row: dict[str, list[str]] = {}
        rows = {}
        missing = []
        for role_id in roles[:3]:
            occ = self.look.occupation(role_id)
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
            # a figure of the occupation a role is filed under ('Data Analyst' under Data Scientists) says so, with
            # every level of experience in it: a career changer weighing a pay cut starts at none of them
            filed = [n for n in names if n.rstrip("s") != w.title.rstrip("s")]  # ('Data Scientist': its own)
            whose = (f"all U.S. workers in {w.title}, the occupation O*NET files {joined(filed)} under, at every "
                     "level of experience" if filed else f"all U.S. workers in {w.title}")
            line = (f"{joined(names)} — {measure} {shown} ({OEWS}, {whose}{both}) {cite(refs([SRC_OEWS]))}: "
                    f"{side} {yours}")
            low = w.p25 if period != "hour" else None
            if diff > 0 and low is not None and low < mine:
                # (more than theirs at the median; a quarter of the workers earn under the 25th percentile)
                line += (f", though BLS publishes no starting pay, and a quarter of those workers earn under "
                         f"{dollars(low)} (the 25th percentile), less than yours")
            parts.append(line)
        if missing:
            parts.append(f"I have no official median wage for {joined(missing)} to set beside {yours}")
        return ("; ".join(parts) + ". The median is the middle of everyone's pay in the occupation (half earn "
                "less), not what you would be offered.")


def _earn_or_need(session: Session) -> str:
    """How the person said the pay they stated: what they earn, or what they need ('i need at least 28 a hour')."""
    return "need" if session.pay_needed else "earn"
