"""Issue #13, the person's own job beside the question asked: the first line answers the question (pay, skills,
what the job is), and what carries over from their job follows it; it opens the answer only when they ask about
switching or what carries over. Combinations of own job x intent x curated and O*NET roles."""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.understanding.session import Session
from .talking import first_line

JOBS = ("I'm a nurse", "I'm an electrician", "I'm a plumber")
ROLES = ("data analyst", "machine learning engineer", "actuary", "electrical engineer")
TOPIC_FIRST = {  # question -> what the first line of the answer is
    "what skills does {a} need?": ": skills",
    "what tools does {a} use?": ": tools",
    "what education does {a} need?": ": education",
    "what's the outlook for {a}?": ": outlook",
}



def a(role: str) -> str:
    return ("an " if role[0] in "aeiou" else "a ") + role


@pytest.mark.parametrize("job", JOBS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("question, opens", TOPIC_FIRST.items())
def test_the_question_asked_comes_first_and_the_job_follows(engine, job, role, question, opens):
    reply, _ = engine.reply(f"{job}, {question.format(a=a(role))}", Session())
    text = to_text(reply)
    assert opens in first_line(reply) and not first_line(reply).startswith("From your job")
    assert "From your job (" in text


@pytest.mark.parametrize("job", JOBS)
@pytest.mark.parametrize("role", ROLES)
def test_pay_with_a_job_says_the_pay_asked_then_the_job_s_own(engine, job, role):
    reply, _ = engine.reply(f"{job}, how much does {a(role)} earn?", Session())
    line = first_line(reply)
    assert "— pay: " in line and "median annual wage" in line and "For your job, " in line
    assert "BLS OEWS May 2024" in line


@pytest.mark.parametrize("job", JOBS)
@pytest.mark.parametrize("role", ROLES)
def test_a_switch_opens_with_what_carries_over(engine, job, role):
    reply, _ = engine.reply(f"{job}, how do I become {a(role)}?", Session())
    assert first_line(reply).startswith("From your job (")


def test_names_already_plural_are_not_pluralised_again(engine):
    reply, _ = engine.reply("I'm a nurse, can an actuary work from home?", Session())
    assert "Actuariess" not in first_line(reply) and "whether Actuaries can work from home" in first_line(reply)
