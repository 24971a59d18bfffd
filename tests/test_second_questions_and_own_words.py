"""Issue #13, persona trial 36 (a warehouse shift lead with bad knees, a dental hygienist with sore wrists):
a second question in its own clause is answered too, in the order asked; a career changer's own words for 'what
could I do?' ask for suggestions; "can't afford to stop working" asks no price; a degree question about an
occupation says what is typical before that no source calls it required; pay 'compared to my 88k' is their pay;
'inside out' is no liking of 'inside'. Sentences of our own, not the trial's."""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from .talking import first_line, talk


@pytest.mark.parametrize("message, first, second", [
    ("machine learning engineer, what do they do all day? and what does it pay?", "responsibilities", "salary"),
    ("statistician, how much do they earn? and is the field growing?", "salary", "outlook"),
])
def test_two_questions_in_their_own_clauses_are_both_answered_in_order(engine, message, first, second):
    u = engine.understand(message)
    assert (u.intent, u.also) == (first, second)
    reply, _ = talk(engine, message)
    line = first_line(reply)
    labels = {"responsibilities": "what the job involves", "salary": "pay", "outlook": "outlook"}
    assert labels[first] in line and labels[second] in line
    assert line.index(labels[first]) < line.index(labels[second])


def test_one_question_with_two_topic_words_stays_one(engine):
    u = engine.understand("how much does a data engineer earn in their first year")
    assert u.intent == "salary" and u.also is None


@pytest.mark.parametrize("message", [
    "forklift driver 12 years, what i could do now?",
    "I'm a carpenter with bad knees, any ideas for a new job?",
    "plumber, 50, where do people like me go when the body gives up?",
])
def test_a_career_changer_asking_in_their_own_words_gets_suggestions(engine, message):
    assert engine.understand(message).intent == "recommend"


def test_what_they_could_switch_to_asks_where_to_go_not_how(engine):
    # (earlier sets label 'what else could I do' with their job as the jobs related to it: either is where to go)
    assert engine.understand("dental nurse, burnt out. what could I switch to?").intent in ("recommend", "similar")


def test_a_warehouse_shift_lead_is_a_warehouse_supervisor(engine):
    _, session = talk(engine, "i'm a warehouse team leader, 6 years")
    assert session.current_job == "onet:53-1042.00"


def test_not_affording_to_stop_working_asks_no_price(engine):
    reply, _ = talk(engine, "could I become a medical records specialist while I keep my job? I can't afford to "
                            "stop working")
    assert "prices" not in first_line(reply)
    reply, _ = talk(engine, "can I afford the data analyst bootcamp?")
    assert "prices" in to_text(reply)


def test_a_degree_question_says_what_is_typical_first(engine):
    reply, _ = talk(engine, "do budget analysts need a degree?")
    line = first_line(reply)
    assert line.index("BLS lists bachelor's degree as the typical entry-level education") < line.index(
        "none of my sources says a degree is required")


def test_pay_compared_to_my_amount_is_their_pay(engine):
    _, session = talk(engine, "what do pharmacy technicians make compared to my 41k?")
    assert session.pay_amount == 41_000


def test_inside_out_is_no_liking(engine):
    _, session = talk(engine, "logistician or dispatcher, which suits me? i know trucking inside out")
    assert "inside" not in session.interests


def test_a_suggestion_turned_down_is_not_their_job(engine):
    p = engine.parse("actuary no, i hate exams. what about a claims adjuster?")
    assert "onet:15-2011.00" in p.negated_roles and not p.own
    assert engine.parse("data analyst no doubt pays well").mentions  # 'no doubt' turns nothing down


def test_when_a_job_comes_is_no_part_of_its_name(engine):
    u = engine.understand("can i become a supervisor eventually")
    assert u.unknown_role != "supervisor eventually"
    reply, _ = talk(engine, "what's the next step up from medical records specialist? could i be a manager someday")
    assert "someday" not in first_line(reply)


def test_a_worn_body_is_no_liking(engine):
    _, session = talk(engine, "care assistant, my back is killing me. i like paperwork and computers. what fits me?")
    assert "killing" not in session.interests and "back" not in session.interests
    assert "computers" in session.interests
