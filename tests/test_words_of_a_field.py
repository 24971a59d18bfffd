"""Understanding that generalises (issue #12): a job's words among the words of its field, from the first runs of
blind sets 170 (energy and earth sciences) and 171 (sport and fitness). Sentences written for this suite."""
from __future__ import annotations

import pytest

from bot.understanding.session import Session

from .talking import talk


@pytest.mark.parametrize("message, roles", [
    ("what does a scout do", ("onet:27-2022.00",)),                 # Coaches and Scouts, by the occupation's name
    ("how much does a hockey coach earn", ("onet:27-2022.00",)),    # a job that has kinds by sport
    ("rugby coach salary in NZ", ("onet:27-2022.00",)),
    ("what does an S&C coach do all day", ("onet:27-2022.00",)),    # strength and conditioning
    ("apps PTs use for their gym clients", ("onet:39-9031.00",)),  # a PT among gym words: a personal trainer
    ("PT salary in texas", ("onet:29-1123.00",)),                  # alone, a physical therapist
    ("how do I get into sports analytics", ("data-analyst",)),
    ("my son loves the weather, what does a meteorologist do?", ("onet:19-2021.00",)),
])
def test_a_job_word_among_its_fields_words(engine, message, roles):
    assert engine.understand(message, Session()).roles == roles


@pytest.mark.parametrize("message", [
    "whats the weather in Houston tomorrow, meteorologist here",
    "i drive a national express coach",
])
def test_the_same_words_outside_a_career_question_name_no_job(engine, message):
    assert engine.understand(message, Session()).roles == ()


@pytest.mark.parametrize("message", [
    "I'm a PE teacher in Leeds, secondary school.",
    "S&C coach at a rugby club here, we use Catapult GPS vests every session.",
])
def test_saying_where_they_work_or_with_what_asks_nothing(engine, message):
    assert engine.understand(message, Session()).intent == "greeting"


def test_a_reply_to_which_kind_chosen_by_what_the_kind_does(engine):
    reply, _ = talk(engine, "I want to be a pilot, what's the salary", "helicopter, flying crews out to the rigs")
    assert reply.roles == ("onet:53-2012.00",) and reply.intent == "salary"


def test_choosing_a_kind_as_ones_own_job_makes_a_later_move_about_the_target(engine):
    reply, session = talk(engine, "how much do teachers make", "high school, I teach PE", "and a data analyst?",
                          "which one is growing faster", "how would I switch")
    assert session.current_job == "onet:25-2031.00"
    assert reply.intent == "getting_started" and reply.roles == ("data-analyst",)


def test_better_for_me_as_my_job_weighs_the_jobs_in_context_for_me(engine):
    reply, session = talk(engine, "salary of a data analyst", "and data scientist?",
                          "which is better for me as geologist")
    assert set(reply.roles) == {"data-analyst", "data-scientist"}
    assert session.current_job == "onet:19-2042.00"


@pytest.mark.parametrize("message, roles", [   # from the first runs of sets 172 (dental, vet) and 173 (film, music)
    ("how much do editors make at a newspaper", ("onet:27-3041.00",)),
    ("video editor here, is the avid cert worth it for editors", ("onet:27-4032.00",)),  # among film words
    ("what's a colourist in film", ("onet:27-4032.00",)),
    ("what does a film director do", ("onet:27-2012.00",)),
    ("pet insurance claims handler pay", ("onet:13-1031.00",)),
    ("nurse here. do nurses use python ever", ("onet:29-1141.00",)),   # their job, asked about again
])
def test_film_and_office_titles_in_company(engine, message, roles):
    assert engine.understand(message, Session()).roles == roles


@pytest.mark.parametrize("message", [
    "how much does a crown cost in turkey",
    "how much for solar panels on my house in Accra",
])
def test_the_price_of_a_thing_is_no_career_question(engine, message):
    assert engine.understand(message, Session()).intent == "unknown"


@pytest.mark.parametrize("message", ["how much does the course cost", "how much would one cost in naira"])
def test_the_cost_of_training_or_of_a_hire_is_still_asked(engine, message):
    reply, _ = talk(engine, "what does a data engineer do", message)
    assert reply.roles == ("data-engineer",)


def test_employers_named_by_a_job_ask_about_the_job_in_the_talk(engine):
    reply, _ = talk(engine, "what does a computer vision engineer do", "do VFX studios hire them")
    assert reply.roles == ("computer-vision-engineer",) and reply.intent == "industries"


@pytest.mark.parametrize("message, roles", [   # from the first runs of sets 174 (property) and 175 (beauty, fashion)
    ("I'm a residential appraiser in Ohio, what's the outlook for appraisers?", ("onet:13-2023.00",)),
    ("what does a property valuer do", ("onet:13-2023.00",)),
    ("what does a car insurance appraiser do", ("onet:13-1032.00",)),
])
def test_appraisers_of_property_among_property_words(engine, message, roles):
    assert engine.understand(message, Session()).roles == roles
