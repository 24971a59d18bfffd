"""What the person says about themselves, remembered in the session for later turns.

'I've worked as a DBA for six years' -> current_job 'database-administrator', experience_years 6;
'I like SQL and dashboards, no coding' -> interests ('sql', 'dashboards'), dislikes ('coding').
A later 'which is best for me?' ranks roles with them; answers about a target role say what carries over.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge.recommend import _content_words, dislikes_in, stage_of, without_dislikes, years_in
from ..understanding.session import Session
from ..understanding.understand import Understanding

LIKING = re.compile(r"\b(?:i (?:really )?(?:like|love|enjoy|am into|m into|am good at|m good at)|my (?:interests?|"
                    r"strengths?) (?:is|are)|i'?m (?:into|good at)|interested in|passionate about)\b", re.IGNORECASE)
WORKED = re.compile(r"\b(?:worked|working|work|been|experience|as an?|career|job)\b", re.IGNORECASE)
MAX_INTERESTS = 12


def remember(session: Session, u: Understanding, text: str) -> Session:
    """The session with what this message says about the person added (nothing else changes)."""
    changes: dict[str, object] = {}
    if u.own:
        changes["current_job"] = u.own[0]
    years = years_in(text)
    if years and (u.own or WORKED.search(text)):
        changes["experience_years"] = years
    if u.intent == "recommend" or LIKING.search(text):
        liked = [w for w in _content_words(without_dislikes(text)) if not w.isdigit()]
        if liked:
            changes["interests"] = tuple(dict.fromkeys(session.interests + tuple(liked)))[-MAX_INTERESTS:]
    if u.places:  # 'salary in India', 'I'm in Australia': later figures say where they apply too
        changes["place"] = u.places[0]
    disliked = dislikes_in(text)
    if disliked:
        changes["dislikes"] = tuple(dict.fromkeys(session.dislikes + disliked))[-MAX_INTERESTS:]
    return replace(session, **changes) if changes else session  # type: ignore[arg-type]


def stage(session: Session, text: str, level_of_job: int = 0) -> str:
    """'novice', 'experienced' or '': from the message, the years they mentioned and their current job."""
    found = stage_of(text, session.experience_years)
    if not found and level_of_job >= 3 and session.experience_years >= 3:
        return "experienced"
    return found


def without_own(u: Understanding) -> Understanding:
    """The person's own job is context, never a role of the answer."""
    if not u.own or not u.roles:
        return u
    kept = tuple(r for r in u.roles if r not in u.own)
    needed = 2 if u.intent == "compare" else 1
    return replace(u, roles=kept) if len(kept) >= needed else u
