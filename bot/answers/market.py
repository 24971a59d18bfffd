"""Answers about the market around a role (issue #13): jobs without experience, working from home, who
employs them, whether AI will replace them, two topics asked at once; and questions about the bot itself.
"""
from __future__ import annotations

from ..knowledge.recommend import LEVEL_WORDS, seniority
from ..understanding.session import Session
from ..understanding.understand import Understanding
from .asked import AI_RISK, BOT_QUESTIONS, ENTRY_FACT, MARKET_QUESTIONS, REMOTE_FACT, TOPIC_LABELS, _rx
from .figure_answers import FigureAnswers
from .lookup import Lookup, Part
from .occupation import SRC_EP
from .reply import Block, Item
from .wording import cite, joined, quote


class Market(Part):
    """Built once by ``Direct``; handlers return (first line, support blocks or None) or None."""

    def __init__(self, look: Lookup, figures: FigureAnswers) -> None:
        super().__init__(look)
        self.figures = figures

    def market(self, u: Understanding, q: str, session: Session, refs):
        kind = next(k for k, rx in MARKET_QUESTIONS if rx.search(q))
        if kind == "no_experience":
            if u.roles:
                role_id = u.roles[0]
                role = self.look.role(role_id)
                bls = self.look.bls_entry(role_id, refs)
                said = self.look.matching(role, ENTRY_FACT)[:1] if role else []
                parts = [bls] if bls else []
                if said:
                    parts.append(f"my sources say {quote(said[0], refs)}")
                level = seniority(role) if role else 2
                start = (f"{self.c.name(role_id)} is usually not a first job: it is a {LEVEL_WORDS[level]} role"
                         if level >= 3 else f"{self.c.name(role_id)} can be a first job")
                return start + ("; " + "; ".join(parts) if parts else "") + ".", None
            entry = [r for r in self.kb.roles.values() if seniority(r) == 1]
            no_exp = []
            for r in self.kb.roles.values():
                p, _ = self.look.projection(r.id)
                if seniority(r) == 2 and p is not None and p.experience == "None":
                    no_exp.append(r.name)
            p, _ = self.look.projection(entry[0].id) if entry else (None, "")
            line = (f"Without experience, the entry-level roles I know are {joined([r.name for r in entry])}"
                    + (f" (BLS: {p.entry_education.lower()}, no work experience in a related occupation "
                       f"{cite(refs([SRC_EP]))})" if p is not None and p.entry_education else "") + ".")
            support = [Block("list", "Entry-level roles", tuple(Item(r.tagline, label=r.name) for r in entry))]
            if no_exp:
                support.append(Block("text", f"BLS also lists no related work experience as typical for the "
                                             f"occupations measuring {joined(no_exp[:6])}, though most of them ask for "
                                             f"a degree and a portfolio of projects.", refs=refs([SRC_EP])))
            return line, support
        if kind == "remote":
            return (self.remote(u.roles[0], refs), None) if u.roles else None
        if kind == "employers" and u.roles:
            role = self.look.role(u.roles[0])
            if role is None:
                return (f"The official data I use doesn't say which industries employ {self.c.name(u.roles[0])}.",
                        None)
            if not role.industries:
                return f"My sources don't say who employs {self.c.name(u.roles[0])}s.", None
            top = role.industries[:4]
            return (f"{role.name}s are hired mainly in {joined([f.text for f in top])} "
                    f"{cite(refs(x for f in top for x in f.sources))}.", None)
        return None

    def about_the_bot(self, u: Understanding, q: str, session: Session, refs):
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

    def both(self, u: Understanding, refs, q: str = "") -> str:
        """Two questions in one message, answered in order; 'is it remote' is answered as asked, not as the
        outlook it is filed under."""
        lines: list[str] = []
        said: set[tuple[str, str]] = set()
        for intent in (u.intent, u.also):
            if not intent:
                continue
            if intent == "outlook" and REMOTE_FACT.search(q):
                lines.append(self.remote(u.roles[0], refs))
                continue
            for role_id in u.roles[:3]:
                fact = self.figures.headline(intent, role_id, refs)
                # 'what the job involves: X' and 'what it is: X' (the same O*NET description): said once a role
                if (role_id, fact) not in said:
                    said.add((role_id, fact))
                    lines.append(f"{self.c.name(role_id)} — {TOPIC_LABELS.get(intent, intent)}: {fact}.")
        return " ".join(lines)

    def remote(self, role_id: str, refs) -> str:
        role = self.look.role(role_id)
        said = self.look.matching(role, REMOTE_FACT) if role else []
        name = self.c.name(role_id)
        if said:
            return f"{name}: my sources say {quote(said[0], refs)}."
        who = f"{name}s" if role is not None else name  # O*NET names are plural already
        return (f"My sources don't say whether {who} can work from home: neither the role profiles nor the "
                "official data I have (O*NET, BLS) cover remote work.")

    def _projections(self, roles: tuple[str, ...], refs) -> str:
        """Each role's official projection in one sentence, for up to three roles."""
        return " ".join(f"{self.c.name(r)} — {self.figures.headline('outlook', r, refs)}." for r in roles[:3])

    def growth_period(self, u: Understanding, q: str, session: Session, refs):
        """'is that 4.5% per year?': BLS projects the change over the whole ten years, and says nothing of AI."""
        facts = self._projections(u.roles, refs)
        ai = " My sources don't forecast what AI or automation will do to it; the projection is BLS's estimate " \
             "for the whole occupation." if AI_RISK.search(q) else ""
        return f"Over the whole ten years 2024–34, not per year: {facts}{ai}", None

    def ai_risk(self, u: Understanding, q: str, session: Session, refs):
        """A worry about AI or hype: what the sources can say (projections), and plainly what they cannot."""
        it = "them" if len(u.roles) > 1 else "it"
        what = f"whether {'they are' if it == 'them' else 'it is'} hype" if _rx(r"\b(?:hype|bubble|fad)\b").search(q) \
            else f"what AI or automation will do to {it}"
        names = joined([self.c.name(r) for r in u.roles[:3]])
        facts = self._projections(u.roles, refs)
        return (f"{names}: my sources don't forecast {what}; what they do give is the official projection. "
                f"{facts}"), None
