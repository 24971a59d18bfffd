"""What persona trial 31 (a first-year student in Jakarta choosing a degree, a hospital porter of 55 in Glasgow)
and blind sets 208-209 (armed forces, beauty and hair) showed (issues #12, #13): a choice between degrees is no
choice between jobs, what a person told is read back in their words (no currency, pay band or complaint taken
as a liking or a dislike), questions no source answers (how physical, the catch, the pay band) are said first,
and the names and traps of those trades."""
from __future__ import annotations

import pytest

from bot.understanding.session import Session
from tests.talking import first_line, talk


def test_a_choice_between_degrees_names_no_jobs(engine):
    understood = engine.parse("so which degree fits which, informatics or statistics? im thinking to switch from "
                              "my current major")
    assert not understood.mentions and max(understood.scores, key=understood.scores.get) == "education"
    # the jobs such degrees lead to are still weighed when their pay is asked
    assert engine.parse("nursing or teaching, which degree pays more").mentions


def test_which_degree_fits_the_jobs_weighed_is_answered_from_the_profiles_degrees(engine):
    reply, _ = talk(engine, "whats the difference between data scientist and AI engineer?",
                    "so which degree fits which, informatics or statistics?")
    said = first_line(reply)
    assert reply.intent == "compare" and set(reply.roles) == {"data-scientist", "ai-engineer"}
    assert said.startswith("Of the degrees you name, the profiles list")
    assert "statistics for Data Scientist" in said
    assert "computer science for both Data Scientist and AI Engineer" in said   # informatics read as CS


def test_a_field_after_a_degree_and_or_is_studied_not_a_job(engine):
    understood = engine.understand("data scientist need statistics degree or informatics?", Session())
    assert understood.roles == ("data-scientist",)


def test_what_they_like_and_avoid_is_read_without_complaints_currencies_or_bands(engine):
    _, session = talk(engine, "whats the difference between data scientist and AI engineer?",
                      "aduh no rupiah ya. ok what about AI engineer, gaji berapa?",
                      "Right, so no bands. what does a data scientist do?",
                      "you didnt say about bootcamp 🙏 anyway about me: i did maths olympiad, i like drawing, and "
                      "honestly im not fond of long coding sessions. does that change anything?")
    assert "bootcamp" not in session.interests and "drawing" in session.interests
    assert session.dislikes == ("long coding sessions",)


def test_a_self_description_pointed_back_at_the_choice_weighs_the_two_jobs(engine):
    _, session = talk(engine, "whats the difference between data scientist and AI engineer?",
                      "is a bootcamp enough to become data scientist?")
    understood = engine.understand("anyway about me: i like drawing and maths. does that change anything?", session)
    assert understood.intent == "compare" and set(understood.roles) == {"data-scientist", "ai-engineer"}


def test_how_physical_the_job_in_context_is_says_no_source_rates_it_first(engine):
    # (tests/test_abilities_and_limits.py: the tasks that do mention heavy work are quoted, none are called light)
    reply, _ = talk(engine, "what does a computer user support specialist do",
                    "Is IT support a sit-down job or am I going to be crawling under desks?")
    line = first_line(reply)
    assert line.startswith(("My sources don't rate how physical a job is", "My sources don't cover how physical"))
    assert "light work" not in line or "not the same as saying the work is light" in line


@pytest.mark.parametrize("question, gap", [
    ("so what's the catch?", "its downsides or catches"),
    ("What band is that on the NHS, Band 2 or 3?", "which pay band or grade a post is on"),
])
def test_what_no_source_says_of_the_job_in_context_is_said_first(engine, question, gap):
    reply, _ = talk(engine, "what does a computer user support specialist do", question)
    assert first_line(reply).startswith(f"My sources don't cover {gap}")


def test_a_comparison_asked_with_a_question_no_source_answers_still_gives_the_figures(engine):
    reply, _ = talk(engine, "Just compare the records clerk and the IT support job for me, pay and which is easier "
                            "on the knees.")
    said = first_line(reply)
    assert said.startswith("My sources don't rate how physical a job is") and "$" in said


@pytest.mark.parametrize("message", [
    "kak machinist?? i want data scientist or AI engineer only. between those two gimana?",
])
def test_a_job_echoed_before_what_they_want_is_set_aside(engine, message):
    understood = engine.understand(message, Session())
    assert understood.roles == ("data-scientist", "ai-engineer")


@pytest.mark.parametrize("message, role", [
    ("NHS IT support technician, what do they do day to day", "onet:15-1232.00"),
    ("how do i join the police", "onet:33-3051.00"),
    ("lash tech salary", "onet:39-5094.00"),
    ("do i need a license to do lash extensions in texas", "onet:39-5094.00"),
    ("dermatology nurse salary", "onet:29-1141.00"),
    ("beauty advisor at sephora pay", "onet:41-2031.00"),
    ("kit manager salary at a club", "onet:39-3093.00"),         # sport (set 210)
    ("gym instructor skills", "onet:39-9031.00"),
    ("what skills do counsellors need", "onet:21-1014.00"),       # faith communities (set 211)
    ("skils needed for chaplaincy", "onet:21-2011.00"),
    ("marriage counselor pay", "onet:21-1013.00"),                # a longer title still wins
    ("strength n conditioning coach pay", "onet:27-2022.00"),     # second pass of sets 210-211
    ("gym manager responsibilities", "onet:11-9179.01"),
    ("how do i become a physio assistant", "onet:31-2021.00"),
    ("sports medicine doctor salary", "onet:29-1229.06"),       # the specialty names the doctor
    ("radiology doctor, how long is the training", "onet:29-1224.00"),
    ("what software do church administrators use", "onet:11-3012.00"),
    ("careers related to youth ministry", "onet:21-2021.00"),
    ("yeshiva rebbe what does it pay", "onet:21-2099.00"),
    ("is HR a dying job with AI", "onet:13-1071.00"),
    ("HR manager here. staying in HR or moving on, what's the outlook", "onet:11-3121.00"),
])
def test_everyday_names_of_these_trades(engine, message, role):
    assert engine.understand(message, Session()).roles == (role,)


@pytest.mark.parametrize("message", [
    "what will my VA disability rating be for tinnitus and bad knees",
    "Are you allowed to wear the beret with PT kit?",
    "best loadout for call of duty warzone sniper",
    "did you see the news about the defence budget cuts",
    "what is a staff sergeant equivalent in the navy",
    "Hi, my usual nail girl is on holiday. Can I book a gel manicure for Saturday 3pm?",
    "what hair colour would suit me, I'm olive skin with brown eyes",
    "My daughter is obsessed with playing hairdresser. Is there a game where you run your own hair salon?",
    "fantasy premier league captain this week? salah or haaland",
    "best betting tips for tonight's champions league games",
    "How do I cancel my gym membership at PureGym?",
    "I need a donation receipt for my tithes for my tax return, can you send one?",
    # a visit, an animal, a painting, a fine, a match (sets 206-207)
    "how much are aquarium tickets for 2 adults and a child",
    "how long do otters live",
    "Who painted this? A woman reading a letter by a window, Dutch I think",
    "we're planning a school trip to the zoo for 30 kids, is there a group discount",
    "We are visiting Paris with my mother who loves Monet. Which museum is best for the impressionists?",
    "I got a fine of 300 reais because I stopped the moto on the sidewalk. Can I contest this fine?",
    "We are going to watch the Colombia vs Argentina game with all the riders tonight. Who do you think wins?",
])
def test_visits_service_life_bookings_looks_and_games_are_no_career_question(engine, message):
    understood = engine.understand(message, Session())
    assert understood.intent == "unknown" and not understood.roles


@pytest.mark.parametrize("message", [
    "electrician pay per hr", "just off a 12 hr shift lol", "HR told us to try this tool, what is it for?",
    "how much do truck drivers earn in WA, the HR licence ones",
])
def test_hours_and_the_department_are_no_hr_job(engine, message):
    assert "onet:13-1071.00" not in engine.understand(message, Session()).roles


@pytest.mark.parametrize("first, then", [
    ("I'm a personal trainer in Sydney", "whats the outlook for PTs"),   # their own job settles 'PT'
])
def test_a_short_form_read_by_the_persons_own_job(engine, first, then):
    _, session = talk(engine, first)
    assert engine.understand(then, session).roles == ("onet:39-9031.00",)


@pytest.mark.parametrize("message, intent", [
    ("Peace be with you brother", "greeting"), ("thank you sister", "thanks"),
    ("ref match fees grassroots england", "salary"),
])
def test_whom_they_address_and_what_a_fee_asks(engine, message, intent):
    understood = engine.understand(message, Session())
    assert understood.intent == intent and understood.roles in ((), ("onet:27-2023.00",))


def test_a_degree_they_hold_weighed_asks_about_education(engine):
    _, session = talk(engine, "what degree do social workers need")
    understood = engine.understand("I have a diploma in theology. does that count?", session)
    assert understood.intent == "education" and understood.roles == ("onet:21-1021.00",)


def test_donors_are_read_as_the_donations_fundraisers_raise(engine):
    roles = [s.role_id for s in engine.suggest("I love writing grant proposals and talking to donors")[:3]]
    assert "onet:13-1131.00" in roles


def test_a_big_word_or_staying_matches_no_job(engine):
    roles = [s.role_id for s in engine.suggest("liked driving the big trucks in the RLC, what job for me")[:3]]
    assert any(r.startswith("onet:53-") for r in roles)          # drivers, not 'big data' roles
