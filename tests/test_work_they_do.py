"""Issue #13, recommendations people can use: the part of their job a person says they do or love ('I'm the one
who prices all our jobs', 'I train every new starter') is, for someone else, the whole job. Those occupations come
first, each with the O*NET task statement that says that work; what is said of a job asked about is no such work,
and a worn body still rules out jobs whose tasks mention heavy work."""
from __future__ import annotations

import pytest

from bot.answers.occupation import code_of
from bot.answers.render import to_text
from bot.knowledge.activities import ACTIVITIES, activities_said, targets_for
from bot.knowledge.abilities import physical_tasks
from .talking import first_line, talk


@pytest.mark.parametrize("said, label", [
    ("i'm the one who prices all the jobs for the boss", "pricing jobs"),
    ("I do the quotes and the take-offs", "pricing jobs"),
    ("honestly i love training the new starters", "training new people"),
    ("I'm on the radio sorting the routes when the app goes down", "routing and dispatching"),
    ("I'm our safety rep and do the risk assessments", "health and safety"),
    ("i do all the ordering and deal with the suppliers", "buying and ordering"),
    ("everyone calls me when the printer or the wifi is broken", "fixing computers"),
    ("I do all the bookings for the clinic", "bookings and appointments"),
    ("I always end up translating for the patients", "translating"),
    ("i know the building regs better than the inspectors", "knowing the building rules"),
])
def test_work_people_say_they_do_is_read(said, label):
    assert label in [a.label for a in activities_said(said)]


@pytest.mark.parametrize("said", ["do cost estimators price jobs?", "what's the price of the course",
                                  "I'm good at translating business needs for engineers", "what is a dispatcher"])
def test_a_question_about_work_is_no_work_they_do(said):
    assert activities_said(said) == ()


def test_every_target_is_an_occupation_or_role_the_bot_has(engine):
    for activity in ACTIVITIES:
        for group in ["", *activity.by_group]:
            for role_id in targets_for(activity, group):
                assert role_id in engine.kb.roles or (role_id.startswith("onet:")
                                                      and code_of(role_id) in engine.official), role_id


def test_every_o_net_target_has_a_task_saying_that_work(engine):
    for activity in ACTIVITIES:
        for group in ["", *activity.by_group]:
            for role_id in targets_for(activity, group):
                if role_id.startswith("onet:"):
                    tasks = engine.official.occupation(code_of(role_id)).tasks
                    assert any(activity.task.search(task) for task, _ in tasks), (activity.label, role_id)


@pytest.mark.parametrize("message, code", [
    ("roofer, 20 years, I do all the measuring up and quoting for the boss. what jobs would suit me?", "13-1051.00"),
    ("bus driver, 30 yrs. I love being on the radio sorting the routes out. what else could I do for work?",
     "43-5032.00"),
    ("I'm a hairdresser and I train all the juniors in the salon. is there a job that's just that?", "13-1151.00"),
])
def test_the_occupation_doing_that_work_comes_first_with_its_task(engine, message, code):
    reply, _ = talk(engine, message)
    assert reply.intent == "recommend" and reply.roles[0] == "onet:" + code
    occ = engine.official.occupation(code)
    assert first_line(reply).startswith("What you said you do (") and occ.title in first_line(reply)
    text = to_text(reply)
    assert any(f"O*NET lists “{task}”" in text for task, _ in occ.tasks)


def test_a_worn_body_rules_out_heavy_work_even_for_work_they_do(engine):
    reply, session = talk(engine, "security guard 12 yrs, my knees are shot. I'm the one who fixes the cctv and the "
                                  "alarm panels. what could I do?")
    assert "physical" in session.limits
    for role_id in reply.roles[:3]:
        if role_id.startswith("onet:"):
            assert physical_tasks(engine.official.occupation(code_of(role_id))) == [], role_id


def test_their_own_job_is_never_the_suggestion(engine):
    reply, session = talk(engine, "I've been a cost estimator for 10 years, I do all the quotes. what jobs would "
                                  "suit me?")
    assert session.current_job == "onet:13-1051.00"
    assert "onet:13-1051.00" not in reply.roles
    reply, _ = talk(engine, "cost estimator 10 yrs, i do the quotes and takeoffs. what else could i do?")
    assert "onet:13-1051.00" not in reply.roles  # (named, even where it is not read as their job)


def test_work_they_do_then_the_jobs_o_net_relates_to_theirs(engine):
    reply, session = talk(engine, "electrician 15 yrs, I do all the quotes for the boss. what else could I do?")
    assert session.current_job == "onet:47-2111.00"
    shown = list(reply.offered if reply.intent == "similar" else reply.roles)
    assert shown[0] == "onet:13-1051.00"
    related = set(engine.official.occupation("47-2111.00").related)
    assert len(shown) >= 3 and all(code_of(r) in related for r in shown[1:3])
    assert "Then jobs O*NET 29.2 relates to Electricians." in to_text(reply)
