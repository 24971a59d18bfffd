"""What the person sets aside, what they say they want, and what no source covers (issue #13).

From the fourth persona trial: a practice manager hiring her first data person, a lorry driver of 55, a
nurse abroad, a graduate in Lagos. Sentences written for this suite; each test reads what the answer says.
"""
from __future__ import annotations

import re

import pytest

from bot.understanding.session import Session
from .talking import first_line, talk


@pytest.mark.parametrize("message", [
    "I did not ask about salary. Can one person cover both jobs?",
    "i no ask for salary o, which one better for me",
    "not about the money - which one has more variety?",
])
def test_a_topic_set_aside_is_not_asked(engine, message):
    reply, _ = talk(engine, "data analyst vs data engineer", message)
    assert reply.intent == "compare" and reply.aspect != "salary"
    assert "$" not in first_line(reply)


def test_hindi_is_tagalog_not(engine):
    assert engine.understand("hindi sahod, remote work pwede ba for a data analyst", Session()).intent != "salary"


@pytest.mark.parametrize("messages,said", [
    (["say I got a junior data analyst job, what would my first few months look like"],
     "don't cover what the first months in the job look like"),
    (["i have the BI analyst offer already, what will my first 2-3 months look like"],
     "don't cover what the first months in the job look like"),
    (["data analyst vs BI analyst", "Realistically, can one person do both jobs? We only have budget for one salary"],
     "don't cover whether one person can do the work of several roles"),
    (["What should I put in the job advert for a BI analyst, essential and desirable skills?"],
     "don't cover how to word a job advertisement"),
])
def test_what_no_source_covers_is_said_first(engine, messages, said):
    reply, _ = talk(engine, *messages)
    assert said in first_line(reply)
    assert "as published pay" not in first_line(reply)  # 'realistically' beside 'salary' in another sentence


def test_the_first_months_are_answered_with_the_work_itself(engine):
    reply, _ = talk(engine, "what would my first three months as a data analyst look like")
    # (read as a question about the work or about starting out: either way the work is what follows)
    assert "first months" in first_line(reply) and "the job involves follows" in first_line(reply)
    assert any(b.kind == "list" and "involves" in b.text for b in reply.blocks)


@pytest.mark.parametrize("message", ["will anyone hire an old lorry driver like me as a data analyst",
                                     "would a company take me on at 58 as a BI analyst"])
def test_being_hired_at_an_age_is_an_age_question_not_a_hire(engine, message):
    reply, _ = talk(engine, "I'm a lorry driver", message)
    assert "age limit" in first_line(reply)
    assert "if you need someone" not in first_line(reply)


def test_what_they_like_after_a_comparison_gets_a_verdict(engine):
    reply, _ = talk(engine, "compare data analyst, logistics analyst and BI analyst",
                    "i like working out why a delivery went wrong and talking to people. dont fancy coding all day")
    assert reply.intent == "compare" and re.search(r"\bfits? better\b", first_line(reply))


def test_what_about_being_a_job_is_a_wish_not_the_persons_job(engine):
    reply, session = talk(engine, "I'm a lorry driver",
                          "what about being a transport planner instead. how does that compare with a data analyst")
    assert reply.intent == "compare" and set(reply.roles) == {"onet:19-3099.01", "data-analyst"}
    assert session.current_job == "onet:53-3032.00"


def test_learning_it_part_time_asks_how_to_start(engine):
    reply, _ = talk(engine, "what does a data analyst do", "can i learn it part time while still working nights?")
    assert reply.intent == "getting_started" and reply.roles == ("data-analyst",)
    assert "part-time" in first_line(reply)


def test_an_unknown_job_is_not_said_to_be_outside_the_data_and_ai_roles(engine):
    reply, _ = talk(engine, "what does a chief vibe officer do")
    assert "I cover data and AI roles" not in first_line(reply)


def test_the_first_months_after_a_pay_answer_are_not_starting_pay(engine):
    reply, _ = talk(engine, "logistics analyst pay",
                    "say i got a junior data analyst job, what would my first few months look like")
    assert "first months" in first_line(reply) and "percentile" not in first_line(reply)


def test_before_tax_asks_about_the_pay_even_after_another_topic(engine):
    reply, _ = talk(engine, "logistics analyst education", "that 80 grand for logistics analyst, is that before tax")
    assert reply.intent == "salary" and "gross" in first_line(reply)


def test_studying_part_time_is_not_part_time_work(engine):
    reply, _ = talk(engine, "can i study for data analyst part time while working nights")
    assert "courses can be done part-time" in first_line(reply) and "working hours" not in first_line(reply)


@pytest.mark.parametrize("text,weak", [("strong in stats and maths, coding weak", "coding"),
                                       ("my coding never strong", "coding"), ("maths is rusty", "maths")])
def test_a_weakness_is_read_like_a_dislike(text, weak):
    from bot.knowledge.recommend import dislikes_in
    assert weak in dislikes_in(text) and "strong" not in dislikes_in(text)


def test_a_graduate_weak_at_coding_is_not_matched_on_coding(engine):
    reply, _ = talk(engine, "fresh stats graduate. which role suits me? strong in stats and maths, coding weak")
    text = "\n".join(i.text for b in reply.blocks for i in b.items)
    assert "Matches what you said: coding" not in text and ", coding" not in text.split("\n")[0]


def test_remote_work_asked_beside_pay_is_answered_before_the_pay(engine):
    reply, _ = talk(engine, "can a health informatics specialist work remote for a US company? same salary?")
    line = first_line(reply)
    assert reply.intent == "salary" and "from home" in line and "$" in line
    assert line.index("from home") < line.index("$")


def test_a_suggestion_that_pays_less_than_the_persons_job_says_so(engine):
    reply, _ = talk(engine, "I'm a registered nurse",
                    "which job suits me? i like working with patients, tired of 12 hour shifts")
    items = [i for b in reply.blocks for i in b.items]
    cut = [i.text for i in items if "pays less than your job" in i.text]
    assert cut and all("$93,600 for Registered Nurses" in t for t in cut)
    assert not any(i.label == "Tire Repairers and Changers" for i in items)  # 'tired' is no interest in tires
