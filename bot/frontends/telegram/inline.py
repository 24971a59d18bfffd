"""Inline mode: role cards and comparisons for what is typed after @bot."""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Sequence

from ...engine import Engine
from ...answers.compose import ASPECT_LABELS, ASPECT_PHRASES
from ...answers.render import TELEGRAM_LIMIT, split_message, to_html
from ...answers.reply import Reply
from ...understanding.dialogue import Understanding
from ...understanding.session import Session
from .buttons import Buttons
from .config import INLINE_RESULTS, POPULAR_ROLES


# --- inline mode --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Card:
    """One inline result: a role card or a comparison, as Telegram HTML."""

    id: str
    title: str
    description: str
    html: str


def inline_cards(engine: Engine, buttons: Buttons, query: str, limit: int = INLINE_RESULTS) -> list[Card]:
    """Role cards for what was typed after @bot: the roles it names or resembles; ``x vs y``: a comparison."""
    query = " ".join(query.split())[:256]
    intent = "overview"
    if not query:
        role_ids = [r for r in POPULAR_ROLES if r in engine.kb.roles] or sorted(engine.kb.roles)
    else:
        understood = engine.understand(query)
        if understood.intent == "compare" and len(understood.roles) >= 2:
            return [_compare_card(engine, buttons, understood.roles[:2], understood.aspect)]
        if understood.intent in ASPECT_PHRASES and understood.intent != "similar":
            intent = understood.intent
        role_ids = list(understood.roles) + list(understood.candidates)
        role_ids += _prefix_matches(engine, query)
        role_ids += engine.understander.index.closest(query, limit=limit, cutoff=70.0)
    cards = []
    for role_id in dict.fromkeys(role_ids):
        code = buttons.code(role_id)
        if code is None:
            continue
        name = buttons.name(role_id)
        reply, _ = engine.answer(Understanding(intent, (role_id,)), Session())
        title = name if intent == "overview" else f"{name}: {ASPECT_LABELS.get(intent, intent).lower()}"
        role = engine.kb.roles.get(role_id)
        description = role.tagline if role is not None else "Official U.S. data (O*NET, BLS)"
        cards.append(Card(f"{intent}:{code}", title, description, _first_part(reply)))
        if len(cards) == limit:
            break
    return cards


def _compare_card(engine: Engine, buttons: Buttons, roles: Sequence[str], aspect: str | None) -> Card:
    names = [buttons.name(r) for r in roles]
    reply, _ = engine.answer(Understanding("compare", tuple(roles), aspect), Session())
    codes = ":".join(buttons.code(r) or r for r in roles)
    return Card(f"compare:{aspect or ''}:{codes}", " vs ".join(names),
                f"Side by side: {ASPECT_LABELS.get(aspect, 'overview, skills, education, salary, outlook').lower()}"
                if aspect else "Side by side: overview, skills, education, salary and outlook", _first_part(reply))


def _prefix_matches(engine: Engine, query: str) -> list[str]:
    """Roles whose name has a word starting with each word typed so far ('data arch')."""
    typed = re.findall(r"\w+", query.lower())
    if not typed:
        return []
    found = []
    for role in sorted(engine.kb.roles.values(), key=lambda r: r.name):
        words = re.findall(r"\w+", role.name.lower())
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append(role.id)
    return found


def _first_part(reply: Reply) -> str:
    return split_message(to_html(reply), TELEGRAM_LIMIT)[0]


