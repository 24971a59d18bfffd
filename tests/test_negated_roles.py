"""A job the person says they are not ('I'm not a programmer') names nothing to answer or remember."""
from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize("text, absent", [
    ("I'm good with people and organised, I'm not a programmer. what could I do?", "onet:15-1251.00"),
    ("she's not sure about being a doctor, what else is there", "onet:29-1216.00"),
])
def test_a_job_the_person_says_they_are_not_is_not_asked_about(engine: Engine, text: str, absent: str) -> None:
    u = engine.understand(text)
    assert absent not in u.roles and absent not in u.own and u.unknown_role is None


@pytest.mark.parametrize("text, role", [
    ("not sure if i should become a nurse", "onet:29-1141.00"),
    ("why not a data engineer?", "data-engineer"),
])
def test_a_negation_that_does_not_deny_the_job_keeps_it(engine: Engine, text: str, role: str) -> None:
    assert role in engine.understand(text).roles


@pytest.mark.parametrize("message", ["Hmm I'm not looking to be a data architect! how long to learn SQL?",
                                     "I said NOT data architect. how long to learn SQL?",
                                     "I never mentioned data engineer! which is easier?"])
def test_a_job_the_person_says_they_do_not_want_is_not_asked_about(engine, message):
    assert not {"data-architect", "data-engineer"} & set(engine.understand(message).roles)


@pytest.mark.parametrize("message, absent", [
    ("no! forget social work. could i get into HR with my experience", "onet:21-1021.00"),
    ("pls stop with physician assistant. just compare data analyst and HR specialist on pay", "onet:29-1071.00"),
    ("skip the nurse, what does a data analyst earn", "onet:29-1141.00"),
    ("i'm a student, not a sociologist. will AI replace data analysts?", "onet:19-3041.00"),
])
def test_a_job_set_aside_is_neither_asked_about_nor_the_persons(engine, message, absent):
    u = engine.understand(message)
    assert absent not in u.roles and absent not in u.own


@pytest.mark.parametrize("message, role", [
    ("wait no, analytics engineers", "analytics-engineer"),
    ("is a bootcamp enough to become a data analyst?", "data-analyst"),
])
def test_no_and_enough_set_no_job_aside(engine, message, role):
    assert role in engine.understand(message).roles


@pytest.mark.parametrize("message", ["i'm a student pa, is data analyst good?", "i did say po, i like interviewing"])
def test_tagalog_particles_are_no_physician_assistant(engine, message):
    u = engine.understand(message)
    assert "onet:29-1071.00" not in u.roles + u.own


@pytest.mark.parametrize("message", ["how much do pa make", "PA vs NP", "cna or pa?"])
def test_pa_asked_about_is_the_physician_assistant(engine, message):
    assert "onet:29-1071.00" in engine.understand(message).roles


@pytest.mark.parametrize("message, absent", [
    ("social workers?? where did that come from, i said bar supervisor lol. what about operations", "onet:21-1021.00"),
    ("physician assistant?? 😂 no. I'm a sociology student. will AI affect HR specialists?", "onet:29-1071.00"),
])
def test_a_job_echoed_back_to_reject_it_is_not_asked_about(engine, message, absent):
    assert absent not in engine.understand(message).roles


def test_a_job_echoed_back_in_surprise_is_still_asked_about(engine):
    assert engine.understand("mlops engineer?? what even is that").roles == ("mlops-engineer",)


@pytest.mark.parametrize("message, kept, absent", [
    ("nurse vs teacher assistant, pay and hours. no physician assistant", ("onet:29-1141.00",), "onet:29-1071.00"),
    ("data analyst vs HR specialist. salary and outlook. not physician assistant pls",
     ("data-analyst", "onet:13-1071.00"), "onet:29-1071.00"),
])
def test_a_sentence_that_only_sets_a_job_aside_leaves_it_out(engine, message, kept, absent):
    u = engine.understand(message)
    assert set(kept) <= set(u.roles) and absent not in u.roles and absent not in u.own


def test_the_question_before_a_set_aside_sentence_keeps_its_topic(engine):
    u = engine.understand("data analyst vs HR specialist vs UX researcher. salary. no physician assistant")
    assert u.intent == "compare" and u.aspect == "salary" and len(u.roles) == 3


@pytest.mark.parametrize("message, role", [
    ("what do nurses earn? no data engineers?", "onet:29-1141.00"),  # a question, whatever it asks, sets none aside
    ("no data engineer", "data-engineer"),  # the first sentence: an answer to the bot, not a job left out
])
def test_no_before_a_job_in_a_question_or_a_first_sentence_sets_nothing_aside(engine, message, role):
    assert role in engine.understand(message).roles


def test_a_job_rejected_at_the_start_is_set_aside(engine):
    # persona trial 18: 'Not baker!!' then the job she means
    u = engine.understand("Not baker!! I ask about food safety inspector. What diploma I need?")
    assert u.roles == ("onet:45-2011.00",) and u.intent == "education"
