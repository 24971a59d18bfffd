"""A small employer weighing a hire, pushback that names the wrong answer, and pay by the hour (issue #13).

From the twenty-fifth persona trial: the owner of an eight-person plumbing firm asking whether he needs a data
analyst, and an architect in Dubai. Sentences written for this suite; each test reads what the answer says.
"""
from __future__ import annotations

import pytest

from bot.understanding.session import Session

from .talking import first_line, talk


@pytest.mark.parametrize("message, role", [
    ("should i hire a data analyst or is that overkill", "data-analyst"),
    ("do we need an ML engineer for our quotes and invoices?", "machine-learning-engineer"),
    ("i own a small roofing company and everything is in spreadsheets. should we hire a data analyst?",
     "data-analyst"),
])
def test_whether_to_hire_says_what_no_source_weighs_then_what_the_job_involves(engine, message, role):
    reply, _ = talk(engine, message)
    assert reply.roles == (role,) and reply.intent == "overview"
    assert first_line(reply).startswith("My sources don't cover whether a business like yours needs one.")
    assert "What they say the job involves follows." in first_line(reply)


@pytest.mark.parametrize("message", [
    "do i need a degree to be a data analyst",
    "should we hire a data engineer or a data scientist first?",
    "do i need a plumber for a leaking tap",
])
def test_a_degree_a_choice_of_hires_or_a_service_is_no_hiring_question(engine, message):
    assert "needs one" not in first_line(talk(engine, message)[0])


def test_the_persons_own_business_asks_nothing_about_industries(engine):
    u = engine.understand("I run a heating company with 8 staff. Should I hire a BI analyst?", Session())
    assert u.roles == ("business-intelligence-analyst",) and u.intent != "industries"


def test_a_topic_they_did_not_ask_about_is_not_answered_again(engine):
    reply, _ = talk(engine, "what industries hire data analysts",
                    "didnt ask what industries hire them. what would a data analyst actually do all day")
    assert reply.intent == "responsibilities" and reply.roles == ("data-analyst",)


def test_the_topic_echoed_back_before_a_complaint_is_the_answer_rejected(engine):
    reply, _ = talk(engine, "data analyst vs plumber",
                    "tools?? i asked about the future. whats the job outlook for plumbers vs data analysts")
    assert reply.intent == "compare" and reply.aspect == "outlook"


@pytest.mark.parametrize("message", [
    "how much is a data analyst per hour",
    "could I pay a freelance data analyst by the hour instead?",
])
def test_pay_by_the_hour_opens_with_the_published_hourly_median(engine, message):
    line = first_line(talk(engine, message)[0])
    assert "median hourly wage of $" in line and "Data Scientists, the occupation it is counted in" in line
    assert ("no rates for freelancers" in line) == ("freelance" in message)


def test_chatgpt_in_passing_is_not_a_question_about_the_bot(engine):
    assert "Python program" not in first_line(talk(engine, "nobody's getting chatgpt to fix a furnace at 2am")[0])
    assert "Python program" in first_line(talk(engine, "are you just chatgpt?")[0])


def test_whether_a_projection_allows_for_ai_is_said_to_be_uncovered(engine):
    line = first_line(talk(engine, "outlook for plumbers", "does that projection account for AI?")[0])
    assert line.startswith("My sources don't cover how much BLS's projection allows for AI")
    assert "%" in line  # and the projection itself follows


def test_a_field_word_made_another_field_by_its_adjective_names_no_one(engine):
    u = engine.understand("thinking about computational design or data science, what do these jobs do?", Session())
    assert u.roles == ("data-scientist",)


# --- persona trial 26: a police sergeant retiring in Glasgow, a graduate in Cairo ---------------------------

def test_general_office_software_is_no_sign_of_the_closer_step(engine):
    line = first_line(talk(engine, "I'm a police sergeant. cyber security, intelligence analyst or data analyst, "
                                   "which is closest to what I do?")[0])
    assert "Visio" not in line and "Microsoft Access" not in line
    assert "none is clearly the closer step" in line      # (of three jobs)


@pytest.mark.parametrize("message", ["is the CompTIA Security+ worth it", "is PMP worth it for a project manager?"])
def test_whether_a_credential_is_worth_it_asks_about_education(engine, message):
    assert engine.understand(message, Session()).intent == "education"


def test_two_questions_with_the_same_official_description_say_it_once_a_role(engine):
    line = first_line(talk(engine, "What does a digital forensics analyst do all day? And what is an intelligence "
                                   "analyst?")[0])
    assert line.count("Conduct investigations on computer-based crimes") == 1


def test_which_tool_first_is_a_sentence_that_ends(engine):
    line = first_line(talk(engine, "sql or python first for a data analyst?")[0])
    assert line.startswith("SQL first, for a Data Analyst: “") and line.endswith(".")
