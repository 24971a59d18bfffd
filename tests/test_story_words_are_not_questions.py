"""What a person tells is not what they ask (issue #13, persona trial 28): a night shift in the story asks nothing
about shifts; a city's country is not a second place; a rank before a job noun is no job of its own."""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.understanding.session import Session


def test_a_shift_told_in_the_story_asks_nothing_about_shifts(engine):
    text = to_text(engine.reply("I have just come off a night shift at the care home. What does a registered nurse "
                                "earn?", Session())[0])
    assert "working hours" not in text.split("\n")[0] and "$" in text


def test_a_shift_asked_about_is_still_answered_as_a_gap(engine):
    text = to_text(engine.reply("do registered nurses work night shifts?", Session())[0])
    assert "My sources don't cover working hours, shifts or part-time work" in text


def test_a_country_beside_its_city_is_named_once(engine):
    text = to_text(engine.reply("I live in Pune, India. What does a data scientist earn in India?", Session())[0])
    assert "Pune (India)" in text and "or India" not in text


@pytest.mark.parametrize("message", ["what does a deputy manager at a care home earn",
                                     "I want to become a deputy manager"])
def test_a_rank_before_a_job_noun_is_no_job_of_its_own(engine, message):
    assert "onet:33-3051.00" not in engine.understand(message, Session()).roles  # (a deputy sheriff)


def test_a_deputy_alone_is_still_the_sheriffs(engine):
    assert engine.understand("how much does a deputy earn in Texas", Session()).roles == ("onet:33-3051.00",)


def test_how_do_i_get_in_asks_the_way_in(engine):
    session = engine.reply("compare mail carrier and postal clerk", Session())[1]
    assert engine.understand("what about the second one, how do I get in?", session).intent == "getting_started"


def test_too_old_to_start_a_field_asks_about_its_job(engine):
    understood = engine.understand("I am 41. Am I too old to start nursing?", Session())
    assert understood.roles == ("onet:29-1141.00",) and understood.intent == "getting_started"


@pytest.mark.parametrize("correction", ["not civil, mechanical", "not the civil one, the mechanical one"])
def test_a_kind_denied_and_a_kind_named_replace_the_answer(engine, correction):
    session = engine.reply("what does a design engineer earn", Session())[1]
    understood = engine.understand(correction, session)
    assert understood.roles == ("onet:17-2141.00",) and understood.intent == "salary"


@pytest.mark.parametrize("message", [
    "I could take the offer and learn data science on the side, then switch to data scientist. is that smart?",
    "what does a data scientist earn? just yes or no, should I accept the offer?",
])
def test_a_choice_about_their_own_life_is_said_to_be_theirs_first(engine, message):
    first = to_text(engine.reply(message, Session())[0]).split("\n")[0]
    assert first.startswith("My sources don't cover whether to take an offer or follow a plan like yours")


def test_prices_the_person_gives_are_not_said_to_be_missing(engine):
    text = to_text(engine.reply("is a masters for data scientist worth the cost? germany is free but the US is like "
                                "40-50 lakh", Session())[0])
    assert "None of my sources gives prices" not in text


def test_a_job_before_a_new_sentence_is_no_describing_word(engine):
    understood = engine.understand("I am a senior carer. But the data analyst does sound nice, how do I start?",
                                   Session())
    assert understood.own == ("onet:31-1122.00",) and understood.roles == ("data-analyst",)


def test_a_liking_is_read_from_its_own_clause(engine):
    session = engine.reply("I am thinking about my future, maybe nursing or data, because I really enjoy the care "
                           "planning software and the monthly spreadsheets. What does a data analyst do?", Session())[1]
    assert "spreadsheets" in session.interests
    assert not {"future", "because", "monthly", "nursing"} & set(session.interests)


@pytest.mark.parametrize("message", [
    "so can i take the 4.5 LPA offer n learn DS on side, then switch after 1-2 yrs? is that smart",
    "u keep saying 112,590 dollars lol. data scientist. just yes or no - shd i accept the offer?",
])
def test_a_plan_about_their_own_life_gets_what_the_job_asks_of_a_newcomer_not_its_pay(engine, message):
    """A pay amount said in passing makes no pay question: the facts that bear on the plan are the entry ones."""
    reply = engine.reply(message, Session())[0]
    first = to_text(reply).split("\n")[0]
    assert reply.intent == "salary"  # (what was understood is unchanged; the answer is what bears on the plan)
    assert "BLS lists bachelor's degree as the typical entry-level education" in first
    assert "median annual wage" not in to_text(reply)


def test_skills_to_add_leave_out_what_the_person_knows(engine):
    first = to_text(engine.reply("what skills shd i add to get a DS job? i know python, pandas, bit of sklearn",
                                 Session())[0]).split("\n")[0]
    assert first.startswith("Data Scientist: you have Python, pandas and scikit-learn, which its profile lists; "
                            "beyond them it lists SQL")
    assert "(pandas, NumPy" not in first  # the skill they have is not listed back to them


@pytest.mark.parametrize("message, said", [
    ("Sorry I meant for nursing. And my diploma from Harare, can I use it to register with the NMC, or is it wasted?",
     True),
    ("does my indian engineering degree count in canada for civil engineer jobs", True),
    ("data analyst: does a bootcamp certificate count as much as a degree?", False),  # no other country
])
def test_a_qualification_from_another_country_is_said_to_be_the_regulators_call_first(engine, message, said):
    first = to_text(engine.reply(message, Session())[0]).split("\n")[0]
    assert first.startswith("My sources don't cover whether a qualification from another country is recognised") \
        is said


def test_a_qualification_said_as_a_pidgin_question_is_the_regulators_call(engine):
    first = to_text(engine.reply("my HND in business admin from Nigeria, dem go accept am for UAE or UK?",
                                 Session())[0]).split("\n")[0]
    assert first.startswith("My sources don't cover whether a qualification from another country is recognised")
    assert "take an offer" not in first  # 'yes or no' asks nothing about an offer


def test_yes_or_no_alone_is_no_decision_about_an_offer(engine):
    first = to_text(engine.reply("can a data analyst work from home? yes or no?", Session())[0]).split("\n")[0]
    assert "take an offer" not in first
