"""Words of laundries, cleaning and property (issue #12, blind sets 198 and 199): everyday titles of those trades,
a noun sharing the words of the title before it, and home matters that name no career question."""
from __future__ import annotations

import pytest

from bot.understanding.session import Session


@pytest.mark.parametrize("message, roles", [
    ("how to become an appraiser", ("onet:13-2023.00",)),   # homes, not auto-damage appraisers
    ("insurance appraiser pay", ("onet:13-1032.00",)),
    ("mortgage broker income australia", ("onet:13-2072.00",)),
    ("what do dry cleaner counter staff get paid", ("onet:41-2021.00",)),
    ("need diploma for laundry job in australia?", ("onet:51-6011.00",)),
    ("What licence do I need to sell real estate in Ontario?", ("onet:41-9022.00",)),
    ("real estate broker vs agent income", ("onet:41-9021.00", "onet:41-9022.00")),
    ("dental hygienist or nurse", ("onet:29-1292.00", "onet:29-1141.00")),   # a nurse is still a nurse
    ("how long does it take to become an architect, like the ones designing houses", ("onet:17-1011.00",)),
    ("do BI analysts work in the cleaning industry too", ("business-intelligence-analyst",)),
])
def test_trade_titles_read_as_the_occupation_meant(engine, message, roles):
    assert engine.understand(message, Session()).roles == roles


def test_a_job_said_by_its_work_is_the_own_job_to_start_from(engine):
    understood = engine.understand("I clean windows on high rise buildings in Melbourne with rope access. What jobs "
                                   "are similar to mine?", Session())
    assert understood.intent == "similar" and understood.roles == ("onet:37-2011.00",)


def test_data_cleaning_is_no_cleaners_job(engine):
    assert "onet:37-2011.00" not in engine.understand("data cleaning jobs?", Session()).roles


def test_ways_one_job_is_paid_are_no_two_jobs(engine):
    understood = engine.understand("commission vs salary for leasing consultants, which is normal", Session())
    assert understood.intent == "salary"


@pytest.mark.parametrize("message", [
    "there are cockroaches in my kitchen what spray works best",
    "My Samsung washing machine is showing error 4C and the drum won't fill. Is it worth fixing?",
    "I spilled turmeric curry on my white kurta and it is still yellow. Any tips before I take it to the dry cleaner?",
    "how much is a 2 bed in Dubai Marina right now",
    "should I buy or rent in Toronto with 100k down",
    "stamp duty on a 450k house for a first time buyer",
    "How much is my grandmother's Victorian chest of drawers worth? It has hand-cut dovetails",
    "SurveyCTO Collect says 'server not found' when i sync, help",
    "best paid survey apps to earn pocket money in Nigeria?",
    "my back hurts from upholstery work, any stretches?",
])
def test_home_matters_are_no_career_question(engine, message):
    understood = engine.understand(message, Session())
    assert understood.intent == "unknown" and not understood.roles


@pytest.mark.parametrize("message, role", [
    ("SEN TA pay", "onet:25-9043.00"),                        # a teaching assistant for special needs
    ("jobs similar to special ed para", "onet:25-9043.00"),
    ("fonoaudióloga earn how much in Brazil? in reais", "onet:29-1127.00"),   # a speech-language pathologist
    ("Which is the salary of a logopedist in Italy?", "onet:29-1127.00"),
    ("What makes a Hörakustiker? In English I think it is hearing aid acoustician.", "onet:29-2092.00"),
    ("interpreting student year 2, what jobs are similar if I burn out?", "onet:27-3091.00"),
    ("Is there a future for composite technicians", "onet:51-2051.00"),
    ("what does a mission controller do during a shift", "onet:17-3021.00"),
    ("how to become a cabinet maker", "onet:51-7011.00"),      # carpenters report the title too, and employ more
    ("salary of french polisher in london", "onet:51-7021.00"),
    ("how much do etsy sellers really make", "onet:13-1199.06"),
    ("census taker what do they do", "onet:43-4111.00"),
    ("M&E officer skills needed? logframe, indicators, what else", "onet:13-1111.00"),
    ("by surveyor I mean a RICS chartered surveyor doing valuations. What do they earn?", "onet:13-2023.00"),
])
def test_communication_support_space_workshop_and_survey_titles(engine, message, role):
    assert engine.understand(message, Session()).roles == (role,)


def test_pidgin_what_does_x_do_is_asked_with_its_pay(engine):
    """'wetin data analyst dey do and how much dem dey pay': what the job is, first, then its pay."""
    understood = engine.understand("wetin data analyst dey do and how much dem dey pay for naija?", Session())
    assert understood.intent == "overview" and understood.roles == ("data-analyst",)
    assert understood.places == ("naija",)


def test_what_their_experience_is_worth_is_still_a_career_question(engine):
    assert engine.understand("what is my experience worth as a data analyst", Session()).intent != "unknown"
