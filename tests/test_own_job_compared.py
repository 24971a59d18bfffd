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
