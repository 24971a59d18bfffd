"""The person's own job, named earlier, as one side of a comparison: 'how does DA pay compare with mine?'.

LABELS.md: roles in the order the person names them, so 'X vs mine' puts the target first and 'my job vs X'
puts the own job first. A job named after the phrase ('what I make now as a supervisor') is theirs.
"""
from __future__ import annotations

import pytest

CLERK, CRANE = "onet:43-3051.00", "onet:53-7021.00"


@pytest.mark.parametrize("message, roles, aspect", [
    ("how does data analyst pay compare with mine?", ["data-analyst", CLERK], "salary"),
    ("compare it with my current job on pay", ["data-analyst", CLERK], "salary"),
    ("crane operator pay vs mine", [CRANE, CLERK], "salary"),
    ("my job vs a crane operator on outlook", [CLERK, CRANE], "outlook"),
    ("does it pay more than what i make now", ["data-analyst", CLERK], "salary"),
    ("how does that compare with what I make now as a payroll clerk", ["data-analyst", CLERK], "salary"),
])
def test_the_own_job_is_compared_in_the_order_named(chat, message, roles, aspect):
    chat.say("im a payroll clerk")
    chat.say("what does a data analyst earn")
    reply = chat.say(message)
    assert (reply.intent, list(reply.roles), reply.aspect) == ("compare", roles, aspect)


def test_without_an_own_job_mine_compares_nothing_of_theirs(chat):
    chat.say("what does a data analyst earn")
    reply = chat.say("how does that compare with mine?")
    assert CLERK not in reply.roles


def test_thanks_after_comparing_with_the_own_job_is_thanks(chat):
    chat.say("im a payroll clerk")
    chat.say("what does a data analyst earn")
    chat.say("compare it with my current job on pay")
    assert chat.say("ok thank you I appreciate it").intent == "thanks"


@pytest.mark.parametrize("message, intent", [
    ("my job have future? people say robot taxi is coming", "outlook"),
    ("is my job safe from AI?", "outlook"),
    ("what skills does my job need?", "skills"),
])
def test_a_question_about_my_job_is_about_the_own_job(chat, message, intent):
    chat.say("I'm a taxi driver in Lima")
    chat.say("what does a data analyst earn")
    reply = chat.say(message)
    assert (reply.intent, list(reply.roles)) == (intent, ["onet:53-3054.00"])


@pytest.mark.parametrize("text, own", [
    ("I manage a coffee shop, what does a data analyst earn compared with me", "onet:11-9051.00"),
    ("we run a small bakery, does a data analyst earn more than me", "onet:41-1011.00"),
])
def test_the_place_someone_manages_is_their_job_and_compared(engine, text: str, own: str):
    u = engine.understand(text)
    assert u.intent == "compare" and u.roles[0] == own and u.aspect == "salary"


@pytest.mark.parametrize("text", ["brewer here, is data engineer salary better in Poland?",
                                  "nurse here, is data analyst pay higher in Canada"])
def test_better_in_a_place_weighs_places_not_the_own_job(engine, text: str):
    u = engine.understand(text)
    assert u.intent == "salary" and len(u.roles) == 1


def test_things_someone_manages_are_no_job(engine):
    u = engine.understand("I manage vendors, roadmaps and deadlines. Which AI role fits me?")
    assert u.intent == "recommend"


@pytest.mark.parametrize("text", ["I manage a team of nurses", "I supervise 12 forklift drivers, night shift, Leeds",
                                  "we run a crew of 6 electricians"])
def test_the_people_in_someones_charge_are_no_question(engine, text: str):
    u = engine.understand(text)
    assert (u.intent, u.roles) == ("greeting", ())


def test_two_jobs_weighed_by_a_manager_are_asked(engine):
    u = engine.understand("I run quality at a plant. thinking to hire a statistician or a data scientist")
    assert u.intent != "greeting"


@pytest.mark.parametrize("text, own", [("electrician here, want out", "onet:47-2111.00"),
                                       ("nurse in a prison healthcare unit, want out of custody settings",
                                        "onet:29-1141.00")])
def test_a_job_someone_wants_out_of_is_theirs_and_nothing_is_asked(engine, text: str, own: str):
    u = engine.understand(text)
    assert u.intent == "greeting" and own in u.own


@pytest.mark.parametrize("text, own", [("I'm an arborist in Vancouver, ISA certified", "onet:37-3013.00"),
                                       ("hey there, tree surgeon in Leeds, 12 yrs on the tools", "onet:37-3013.00")])
def test_a_credential_held_or_working_on_the_tools_is_told_not_asked(engine, text: str, own: str):
    u = engine.understand(text)
    assert u.intent == "greeting" and own in u.own


def test_getting_certified_is_still_asked(engine):
    assert engine.understand("im a nurse, how do i get certified in canada").intent == "education"
