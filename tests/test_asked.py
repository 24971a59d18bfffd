"""Issue #13, "Answer the question actually asked": the first line of the answer holds the fact asked for.

The questions here are the team's own; each test reads what the answer SAYS.
"""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.knowledge.recommend import dislikes_in, stage_of, years_in
from bot.understanding.session import Session
from bot.understanding.understand import Understanding


def first_line(reply) -> str:
    return to_text(reply).split("\n", 1)[0]


def ask(engine, text, session=None):
    reply, _ = engine.reply(text, session or Session())
    return reply


# --- 5. recommendations people can use ----------------------------------------------------------

def test_recommend_matches_whole_words_only(engine):
    assert all("art" not in s.matched for s in engine.recommender.rank("I'm smart"))
    assert engine.recommender.rank("I like art") == ()  # 'state-of-the-art' says nothing about art
    assert engine.recommender.rank("I have a background in data and some experience") == ()


@pytest.mark.parametrize("text, avoided", [
    ("no coding for me, I like dashboards and charts", "coding"),
    ("maths isn't my thing, I like organising data", "maths"),
    ("I hate coding but enjoy statistics", "coding"),
])
def test_negations_are_read_as_dislikes(text, avoided):
    assert avoided in dislikes_in(text)


def test_negation_lowers_the_roles_that_need_it(engine):
    plain = engine.recommender.rank("I like building models and statistics")
    no_code = engine.recommender.rank("I like building models and statistics, but I hate coding")
    assert [s.role_id for s in plain] != [s.role_id for s in no_code]
    engineers = {"machine-learning-engineer", "deep-learning-engineer", "ai-engineer"}
    assert not engineers & {s.role_id for s in no_code[:2]}


def test_career_changers_are_offered_reachable_roles_first(engine):
    text = "career changer here, I love leading teams and machine learning research"
    assert stage_of(text) == "novice"
    ranked = engine.recommender.rank(text, stage="novice")
    assert ranked[0].level <= 2
    assert all(s.level < 4 for s in ranked[:3])
    assert years_in("I've been a DBA for six years") == 6


def test_recommendation_says_why_in_the_persons_words_with_a_source(engine):
    text = to_text(ask(engine, "I like SQL and dashboards, no coding please. What fits me?"))
    assert "Matches what you said: " in text and "dashboards" in text and "[1]" in text
