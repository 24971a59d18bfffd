"""Issue #13, pay the person states ('I make 78k as a teacher', "I'm on £32k"): remembered in the session and set
beside the official median the answer shows, saying what that median measures; never across currencies."""
from __future__ import annotations

import pytest

from bot.answers.person import stated_pay
from bot.answers.render import to_text
from bot.understanding.session import session_from_json, session_to_json
from .talking import first_line, talk




@pytest.mark.parametrize("text, pay", [
    ("I make 78k as a teacher, would I earn more as a data analyst?", (78000, "", "year")),
    ("I'm on £32k", (32000, "GBP", "year")),
    ("I earn $95,000 as a nurse", (95000, "USD", "year")),
    ("my salary is 60,000 euros", (60000, "EUR", "year")),
    ("currently making $25 an hour", (25, "USD", "hour")),
    ("im on 32.000 eur", (32000, "EUR", "year")),
    ("I make 4500 a month", (4500, "", "month")),
])
def test_stated_pay_is_read_as_stated(text, pay):
    assert stated_pay(text) == pay


@pytest.mark.parametrize("text", ["how much do they make in 5 years", "what would I make as a data analyst",
                                  "I get 2 weeks off", "i make 50"])
def test_no_pay_is_read_where_none_is_stated(text):
    assert stated_pay(text) is None


def test_would_i_earn_more_compares_with_the_bls_median_and_says_what_it_measures(engine):
    reply, session = talk(engine, "I make 78k as a teacher, would I earn more as a data analyst?")
    line = first_line(reply)
    # (the figure of the occupation Data Analyst is filed under, which says so, with every level of experience in it)
    assert line.startswith("Data Analyst — median annual wage $112,590 (BLS OEWS May 2024, all U.S. workers in "
                           "Data Scientists, the occupation O*NET files Data Analyst under, at every level of "
                           "experience)")
    assert "$34,590 more than the 78,000 a year you said you earn (if that is U.S. dollars)." in line
    # above the 25th percentile, what a newcomer might start at is said too (BLS publishes no starting pay)
    line = first_line(talk(engine, "I make 95k as an accountant, would data analyst be a pay cut?")[0])
    assert "$17,590 more than the 95,000 a year you said you earn (if that is U.S. dollars), though BLS publishes no " \
           "starting pay, and a quarter of those workers earn under $82,630 (the 25th percentile), less than yours" \
        in line
    assert (session.pay_amount, session.pay_currency, session.pay_period) == (78000, "", "year")
    assert reply.intent == "salary" and reply.roles == ("data-analyst",)


def test_pay_in_another_currency_is_never_compared_numerically(engine):
    reply, _ = talk(engine, "I'm on £32k, what does a data scientist earn?")
    line = first_line(reply)
    assert "median annual wage $112,590" in line
    assert "I don't set these beside the £32,000 a year you said you earn: they are U.S. dollars" in line
    assert "more than" not in line and "less than" not in line and "The Uk" not in line


def test_pay_in_another_currency_with_their_job_known_compares_like_for_like_in_the_us(engine):
    """'would I earn less or not?' from a teacher on £48k: not across currencies, but their own job's U.S. median
    beside the targets', with which pays more there, and whose figure stands for a role counted in a group."""
    reply, _ = talk(engine, "hi, I'm a high school teacher in Leeds",
                    "instructional designer vs data analyst, pay?", "im on about £48k. so would i earn less or not?")
    line = first_line(reply)
    assert "I don't set these beside the £48,000 a year you said you earn" in line
    assert "Like for like in the U.S.: your job, Secondary School Teachers" in line
    assert "Instructional Coordinators and Data Analyst (by the Data Scientists figure) pay more than your job there" \
        in line


def test_stated_pay_is_remembered_for_later_questions_and_across_a_restart(engine):
    _, session = talk(engine, "hi, I earn 52k")
    session = session_from_json(session_to_json(session))
    reply, _ = engine.reply("what does a data engineer make", session)
    assert "$83,980 more than the 52,000 a year you said you earn" in first_line(reply)


def test_hourly_pay_is_set_beside_the_hourly_median(engine):
    reply, _ = talk(engine, "I make $25 an hour. what does a plumber earn?")
    line = first_line(reply)
    assert "median hourly wage $30.27" in line and "$5.27 more than the $25 an hour you said you earn" in line
    assert "Divided by 12" not in line


def test_a_pay_statement_alone_is_acknowledged(engine):
    reply, _ = talk(engine, "I make 4500 a month")
    assert first_line(reply).startswith("Noted: you earn 4,500 a month.")


def test_a_pay_comparison_keeps_its_verdict_first(engine):
    reply, _ = talk(engine, "I make 4500 a month", "which pays more, data analyst or data engineer?")
    text = to_text(reply)
    # 'which pays more' gets the verdict first: two group figures, so on pay alone neither is picked
    assert first_line(reply).startswith("On pay alone I can't pick one")
    assert text.index("Data Engineer (group figure) is higher") < text.index("you said you earn")
    assert "$54,000 a year, my arithmetic" in text


@pytest.mark.parametrize("text, currency", [
    ("i earn around 35k pesos a month", "pesos"),
    ("I make 120k rand", "ZAR"),
    ("im on 90000 naira a month", "NGN"),
])
def test_pay_in_other_currencies_keeps_its_currency(text, currency):
    pay = stated_pay(text)
    assert pay is not None and pay[1] == currency


@pytest.mark.parametrize("messages", [
    ("i earn around 35k pesos a month as a nurse", "how much does a data analyst make"),
    ("im an electrician in manchester", "would i take a pay cut as a data analyst? im on about 38k"),
])
def test_pay_that_is_not_us_dollars_is_never_compared(engine, messages):
    text = to_text(talk(engine, *messages)[0])
    assert "I don't set these beside" in text
    assert "more than the" not in text and "less than the" not in text


@pytest.mark.parametrize("messages", [
    ("what would a data engineer cost us", "can one person realistically do both the pipelines and the dashboards?"),
    ("what do data scientists earn", "my dad says data science people dont get jobs. is it true"),
])
def test_a_realism_question_not_about_pay_gets_no_pay_verdict(engine, messages):
    assert "as published pay" not in to_text(talk(engine, *messages)[0])


def test_asking_whether_the_figure_is_in_another_currency_keeps_the_role_and_says_it_is_not(engine):
    reply, _ = talk(engine, "how much does a data analyst make in toronto", "is that in canadian dollars?")
    assert reply.intent == "salary" and list(reply.roles) == ["data-analyst"]
    assert "I don't convert them into Canadian dollars" in to_text(reply)


def test_where_is_that_number_from_names_the_source(engine):
    reply, _ = talk(engine, "how much does a data analyst make", "where's that number from?")
    assert first_line(reply).startswith("Data Analyst: the official figures are BLS OEWS May 2024")


@pytest.mark.parametrize("text, pay", [
    ("i need at least 28 a hour", (28, "", "hour")),
    ("I can't take less than $50k", (50000, "USD", "year")),
    ("i want to make 60k", (60000, "", "year")),
])
def test_pay_they_need_is_read_as_stated(text, pay):
    assert stated_pay(text) == pay


def test_pay_they_need_is_set_beside_the_median_as_what_they_need(engine):
    reply, session = talk(engine, "i was a cnc machinist 25 years. dayton ohio. could i be a cnc programmer",
                          "what does it pay. i need at least 28 a hour")
    line = first_line(reply)
    # the hourly median BLS publishes, against their floor in the same unit; in Dayton, dollars
    assert "median hourly wage $31.57" in line and "$3.57 more than the $28 an hour you said you need" in line
    assert session.pay_needed and session_from_json(session_to_json(session)).pay_needed


def test_pay_they_earn_is_not_what_they_need(engine):
    _, session = talk(engine, "I make 78k as a teacher, would I earn more as a data analyst?")
    assert not session.pay_needed


def test_a_pay_cut_asked_second_is_weighed_after_the_first_question(engine):
    reply, session = talk(engine, "I'm a teacher. How long would it take to become a data analyst, and would I "
                                  "take a pay cut from my current 70k?")
    line = first_line(reply)
    assert session.pay_amount == 70000
    assert line.index("Data Analyst") < line.index("the 70,000 a year you said you earn")
