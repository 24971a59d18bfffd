"""Local words: the names people outside the US give jobs, the question words they mix in from other
languages, and their introductions without 'I'm'.

Sentences written for this suite (not taken from any labelled set); each row is one class of message.
"""
from __future__ import annotations

import pytest

from bot.understanding.session import Session

LAWYER, FIREFIGHTER, PARAMEDIC, MAIL = "onet:23-1011.00", "onet:33-2011.00", "onet:29-2043.00", "onet:43-5052.00"
CARPENTER, BRICKLAYER, REFUSE, CROSSING = "onet:47-2031.00", "onet:47-2021.00", "onet:53-7081.00", "onet:33-9091.00"
NURSING_ASSISTANT, DENTAL_ASSISTANT, GP = "onet:31-1131.00", "onet:31-9091.00", "onet:29-1215.00"
CLASSROOM, TRANSIT_BUS, STOCKER = "onet:25-9042.00", "onet:53-3052.00", "onet:53-7065.00"
NURSE, PA, ELECTRICIAN = "onet:29-1141.00", "onet:29-1071.00", "onet:47-2111.00"

# (message, intent, roles): everyday names in the UK, Ireland, Australia, New Zealand and Canada
NAMES = [
    ("how much does a solicitor make", "salary", [LAWYER]),
    ("barristers - what do they actually do", "overview", [LAWYER]),
    ("how do firies get into the job", "getting_started", [FIREFIGHTER]),
    ("what does an ambo earn", "salary", [PARAMEDIC]),
    ("do posties get decent pay", "salary", [MAIL]),
    ("skills for a chippy", "skills", [CARPENTER]),
    ("joiner vs brickie, which pays more", "compare", [CARPENTER, BRICKLAYER]),
    ("will the bin men be replaced by robots", "outlook", [REFUSE]),
    ("what does a lollipop lady earn", "salary", [CROSSING]),
    ("how do I become a healthcare assistant", "getting_started", [NURSING_ASSISTANT]),
    ("dental nurse qualifications", "education", [DENTAL_ASSISTANT]),
    ("what does a GP earn", "salary", [GP]),
    ("teaching assistant salary", "salary", [CLASSROOM]),
    ("bus driver pay", "salary", [TRANSIT_BUS]),
    ("is shelf stacking a dying job", "outlook", [STOCKER]),
]


@pytest.mark.parametrize("message,intent,roles", NAMES)
def test_local_job_names_resolve_to_the_occupation(engine, message, intent, roles):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message", ["our caretaker is off sick today", "the caretaker locked the gym again"])
def test_a_local_name_used_as_a_thing_or_a_person_is_no_job_question(engine, message):
    assert CARPENTER not in engine.understand(message, Session()).roles
    assert engine.understand(message, Session()).intent not in ("overview", "salary")


# The question words people mix in from Tagalog, Hindi/Urdu and Nigerian Pidgin carry the question.
MIXED = [
    ("magkano sahod ng nurse sa US", "salary", [NURSE]),
    ("electrician kitna kamate hai", "salary", [ELECTRICIAN]),
    ("paano maging electrician", "getting_started", [ELECTRICIAN]),
    ("data analyst kaise bane", "getting_started", ["data-analyst"]),
    ("wetin data engineer dey do", "overview", ["data-engineer"]),
]


@pytest.mark.parametrize("message,intent,roles", MIXED)
def test_question_words_of_other_languages_ask_the_question(engine, message, intent, roles):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message", ["magandang umaga po", "kia ora", "sat sri akal"])
def test_greetings_of_other_languages_are_greetings(engine, message):
    assert engine.understand(message, Session()).intent == "greeting"


@pytest.mark.parametrize("message,role", [
    ("nurses in canada, may demand pa rin po ba?", NURSE),
    ("necesito pa ser electrician en Texas?", ELECTRICIAN),
])
def test_a_short_form_beside_words_of_another_language_is_one_of_them(engine, message, role):
    u = engine.understand(message, Session())
    assert PA not in u.roles and role in u.roles


@pytest.mark.parametrize("message", ["nurse or pa?", "PA salary", "how do you become a PA"])
def test_a_short_form_in_job_company_is_still_the_job(engine, message):
    assert PA in engine.understand(message, Session()).roles


@pytest.mark.parametrize("message,own", [
    ("paramedic in Christchurch, just looking around", PARAMEDIC),
    ("trainee solicitor, hating every minute", LAWYER),
    ("bricklayer from Cork, thinking of leaving the trade", BRICKLAYER),
])
def test_a_job_then_the_persons_story_is_an_introduction(engine, message, own):
    u = engine.understand(message, Session())
    assert (u.intent, u.own) == ("greeting", (own,))


@pytest.mark.parametrize("message", ["data governance manager, in 2 lines please", "paramedic in Texas salary"])
def test_a_job_with_a_request_is_still_a_question(engine, message):
    assert engine.understand(message, Session()).intent != "greeting"


def test_after_an_introduction_the_own_job_leaves_the_next_question(chat):
    chat.say("solicitor, bored stiff after six years")
    chat.say("do data scientists earn more than solicitors?")
    reply = chat.say("what would I need to learn to jump across")
    assert list(reply.roles) == ["data-scientist"]


@pytest.mark.parametrize("message,role", [
    ("what does the ML guy on our team actually do", "machine-learning-engineer"),
    ("how much does a data bod make", "data-analyst"),
    ("what skills does a BI person need", "business-intelligence-analyst"),
])
def test_a_person_word_after_a_field_is_someone_doing_its_job(engine, message, role):
    assert role in engine.understand(message, Session()).roles


@pytest.mark.parametrize("message,own", [
    ("warehouse worker, doing an excel course at night", STOCKER),
    ("nurse ako sa Dubai", NURSE),
    ("hello, bricklayer who's done with the cold mornings", BRICKLAYER),
])
def test_a_job_then_what_the_person_is_doing_is_an_introduction(engine, message, own):
    u = engine.understand(message, Session())
    assert (u.intent, u.own) == ("greeting", (own,))


@pytest.mark.parametrize("message", ["skills for a welder, i did a course in college",
                                     "what does a nurse do, i was thinking of it"])
def test_a_question_beside_the_story_is_still_asked(engine, message):
    assert engine.understand(message, Session()).intent != "greeting"


@pytest.mark.parametrize("message,intent", [
    ("gaano katagal bago maging data analyst", "getting_started"),
    ("alin mas madali pasukin, data analyst or data engineer", "compare"),
    ("hindi sahod, what would my first months on the job look like as a data analyst", "responsibilities"),
])
def test_more_question_words_of_taglish(engine, message, intent):
    assert engine.understand(message, Session()).intent == intent


def test_the_role_after_i_mean_is_the_one_meant(chat):
    chat.say("what does a data scientist do")
    reply = chat.say("you said data scientist again. i mean machine learning engineer. what do they do")
    assert reply.roles == ("machine-learning-engineer",)


def test_roles_named_before_i_mean_give_way_to_those_after(engine):
    u = engine.understand("lead ML engineer?? no. i mean data scientist or ML engineer, which one is better for me",
                          Session())
    assert (u.intent, set(u.roles)) == ("compare", {"data-scientist", "machine-learning-engineer"})


def test_chat_shorthand_beside_a_short_form_is_no_foreign_word(engine):
    u = engine.understand("btw DS and MLE which one suits me", Session())
    assert set(u.roles) == {"data-scientist", "machine-learning-engineer"}


def test_tagalog_ordinals_pick_from_a_list(chat):
    chat.say("data analyst vs data engineer vs data scientist")
    assert chat.say("yung pangalawa, ano tools?").roles == ("data-engineer",)


@pytest.mark.parametrize("check", ["is that AUD?", "median or average?", "is that gross?"])
def test_a_check_on_the_figures_after_a_comparison_is_about_their_pay(chat, check):
    chat.say("data analyst vs data engineer")
    reply = chat.say(check)
    assert (reply.intent, reply.aspect) == ("compare", "salary")


def test_a_job_of_the_persons_lad_is_not_theirs(engine):
    u = engine.understand("my lad's just been made a lead ML engineer, no idea what that is", Session())
    assert u.own == () and u.intent != "greeting"
