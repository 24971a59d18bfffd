"""Forms that phone typing and English as a second language give a message, read as the question they ask:
two letters typed the wrong way round, '4' and '2' for 'for' and 'to', a job without its article; and matters of
the person's own (an advert pasted in, homework, their taxes, a TV cast) that name jobs but ask nothing of them.

Sentences written for this suite (not taken from any labelled set); each row is one class of message.
"""
from __future__ import annotations

import pytest

from bot.understanding.session import Session

from .talking import talk

GUARD, NURSE, PILOTS, COOK = "onet:33-9032.00", "onet:29-1141.00", ("onet:53-2011.00", "onet:53-2012.00"), \
    "onet:35-2014.00"
BARISTA, POLICE, PLUMBER, LAWYER = "onet:35-3023.01", "onet:33-3051.00", "onet:47-2152.00", "onet:23-1011.00"


@pytest.mark.parametrize("message,intent,role", [
    ("security gaurd duties", "responsibilities", GUARD),   # 'au' for 'ua'
    ("nusre salary in uk", "salary", NURSE),                # 'su' for 'rs'
    ("plumebr pay", "salary", PLUMBER),
])
def test_two_letters_turned_round_still_name_the_job(engine, message, intent, role):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, [role])


def test_a_known_word_is_never_turned_into_a_job(engine):
    assert engine.understand("my diary is full this week", Session()).roles == ()


@pytest.mark.parametrize("message,intent,role", [
    ("salary of cook in canada", "salary", COOK),
    ("matric enough 4 police", "education", POLICE),       # '4' for 'for'
    ("how 2 become a nurse", "getting_started", NURSE),      # '2' for 'to'
])
def test_text_speak_and_a_left_out_article_keep_the_job(engine, message, intent, role):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, [role])


def test_a_job_without_its_article_that_has_two_senses_is_asked_back(engine):
    u = engine.understand("is pilot good career now, I am 19", Session())
    assert u.intent == "outlook" and set(PILOTS) <= set(u.candidates)


@pytest.mark.parametrize("message, number", [("nurse 4 years", "4"), ("top 2 jobs for me", "2"),
                                             ("grade 4 nursing", "4"), ("8 staff, 2 closers", "2")])
def test_a_number_that_counts_stays_a_number(engine, message, number):
    assert number in engine.understander.parse(message).tokens


def test_a_visa_beside_a_job_asked_about_is_where_they_stand(engine):
    u = engine.understand("barista in Australia how much pay per hour, for student visa", Session())
    assert (u.intent, list(u.roles)) == ("salary", [BARISTA])
    assert engine.understand("IELTS band for a UK student visa", Session()).intent == "unknown"


@pytest.mark.parametrize("message", [
    "🔥40% OFF our Data Analyst Bootcamp, use code LEARN40, enroll now!",
    "free cybersecurity course for teachers, link in bio",
    "can you help my son with his chemistry homework, question 2",
    "homework: a nurse works 3 shifts of 12 hours, how many hours a week",
    "how do I claim my nursing uniform on my tax return",
    "who plays the lawyer in Better Call Saul",
    "in Stardew Valley how do I marry the doctor",
    "what is a 20% tip on $56",
])
def test_matters_of_their_own_that_name_jobs_are_out_of_scope(engine, message):
    assert engine.understand(message, Session()).intent == "unknown"


@pytest.mark.parametrize("message,intent,role", [
    ("my son plays Roblox all day and wants to be a game designer, what does he need to study?", "education",
     "onet:15-1255.01"),
    ("do lawyers do their own tax returns?", "responsibilities", LAWYER),
])
def test_a_game_or_a_tax_in_a_career_question_leaves_the_question(engine, message, intent, role):
    u = engine.understand(message, Session())
    assert u.intent != "unknown" and role in u.roles


@pytest.mark.parametrize("message", ["set a timer for ten minutes", "remind me to ring the plumber at five",
                                     "text Jo saying the electrician is late", "play Working Nine to Five by Dolly"])
def test_a_command_meant_for_the_phone_is_out_of_scope(engine, message):
    assert engine.understand(message, Session()).intent == "unknown"


@pytest.mark.parametrize("message,role", [
    ("what does a sono grapher earn", "onet:29-2032.00"),   # one word written as two by speech to text
    ("para medic salary in texas", "onet:29-2043.00"),
])
def test_a_job_dictated_as_two_words_is_one(engine, message, role):
    assert list(engine.understand(message, Session()).roles) == [role]


def test_a_tool_dictated_as_it_sounds_is_the_tool(engine):
    assert "python" in engine.understander.parse("do I need pie thon for that").tokens
    assert "python" not in engine.understander.parse("nurse vs data analyst pay then").tokens


@pytest.mark.parametrize("message", [
    "who should we hire to set up our ML infrastructure",
    "we need to pull entities out of support emails in four languages, which specialist?",
    "founder here, we want a small research team publishing papers. who is hire #1?",
])
def test_a_hire_for_a_purpose_asks_which_role_fits(engine, message):
    u = engine.understand(message, Session())
    assert u.intent == "recommend" and not u.roles


@pytest.mark.parametrize("message", [
    "Schedule interviews with the two data engineer candidates on Friday",
    "send a rejection email to the nurse applicant from Monday",
    "can you set up the offer letters for the new customer service reps",
])
def test_office_work_asked_of_the_bot_is_out_of_scope(engine, message):
    assert engine.understand(message, Session()).intent == "unknown"


@pytest.mark.parametrize("ask_again, most", [("shorter", 3), ("too long. top 2 only", 2), ("keep it to 1 bullet", 1)])
def test_a_shorter_answer_asked_for_is_the_same_question_cut_short(engine, ask_again, most):
    first, _ = talk(engine, "what skills does an ML engineer need")
    reply, _ = talk(engine, "what skills does an ML engineer need", ask_again)
    assert (reply.intent, list(reply.roles)) == ("skills", ["machine-learning-engineer"])
    lists = [b for b in reply.blocks if b.kind == "list"]
    assert lists and all(len(b.items) <= most for b in lists)
    assert sum(len(b.items) for b in lists) < sum(len(b.items) for b in first.blocks if b.kind == "list")
