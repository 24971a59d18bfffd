"""Which job is remembered as the person's own: only one the message says is theirs.

A job named outside the question ('Wait, computer systems analysts? Is that the same as ...?'), in a figure
just quoted, or someone else's ('my friend is a teacher') must not become 'your job' in later answers.
"""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.engine import WITHOUT_A_DEGREE
from bot.understanding.session import Session

from .talking import first_line, talk

NURSE, SYSTEMS_ANALYST = "onet:29-1141.00", "onet:15-1211.00"


@pytest.mark.parametrize("message, job", [
    ("I'm a DBA, how do I become a data architect?", "database-administrator"),
    ("DBA here, how do I become a data architect?", "database-administrator"),
    ("registered nurse, 25 years. how would I get into data analysis?", NURSE),
    ("moving into data engineering from nursing, where do I start", NURSE),
    ("You keep saying my job is computer systems analyst. My current job is registered nurse. "
     "What skills carry over to data analyst?", NURSE),
])
def test_a_job_said_to_be_theirs_is_remembered(chat, message, job):
    chat.say(message)
    assert chat.session.current_job == job


@pytest.mark.parametrize("message", [
    "Wait, computer systems analysts? Is that really the same thing as a nurse informaticist? "
    "Where does that 103k come from",
    "my friend is a teacher, how do I become a data analyst",
    "my dad's a plumber and I want to be an AI engineer. which one has better outlook",
    "112k for a new analyst sounds way too high. Is that number really for data analysts or data scientists?",
    "electricians dont code tho. what about robotics or like embedded systems engineer",  # a remark on the job
])
def test_a_job_that_is_not_theirs_is_not_remembered(chat, message):
    chat.say(message)
    assert chat.session.current_job == ""


def test_a_job_remembered_stays_when_another_is_only_mentioned(chat):
    chat.say("I'm a registered nurse")
    chat.say("Wait, computer systems analysts? Is that the same thing as a nurse informaticist?")
    assert chat.session.current_job == NURSE


def test_a_self_introduction_says_what_was_noted_and_later_answers_use_it(chat):
    """'civil engineer 6 yrs, love maths': the greeting says what it noted; 'which role suits me?' then ranks
    with those interests instead of asking again, and never counts the job's own name as an interest."""
    hello = chat.text("hi, civil engineer 6 yrs, python scripting, love maths and optimisation")
    first = hello.splitlines()[0]
    assert first.startswith("Hi! Noted:") and "Civil Engineers (6 years)" in first and "maths" in first
    assert "civil" not in chat.session.interests and "engineer" not in chat.session.interests
    reply = chat.say("which data job suits me")
    assert reply.intent == "recommend" and reply.roles
    assert "maths" in to_text(reply) and "Tell me a bit more" not in to_text(reply)


def test_maths_is_read_as_the_mathematics_profiles_name(chat):
    reply = chat.say("I love maths, which role suits me")
    assert reply.roles and all(not r.startswith("onet:") for r in reply.roles[:3])
    assert "Matches what you said: maths" in to_text(reply)


def test_which_role_suits_me_from_their_job_alone_offers_jobs_related_to_it(chat, engine):
    """A trucker whose back is shot and who said nothing they like is offered moves from their job (what carries
    over, sparing the body: tests/test_moves_from_own_job.py), not asked again; what the sources cannot judge
    (sitting down, from home) is said first, the own job is no suggestion, and 'no degree' said next puts the
    jobs BLS says are entered without one first."""
    reply = chat.say("hey im a trucker 52, back is shot. what jobs can i do sitting down or from home")
    text = to_text(reply)
    assert reply.intent == "recommend" and reply.roles and "onet:53-3032.00" not in reply.roles
    assert text.startswith("None of my sources says which jobs can be done sitting down or from home")
    assert "From Heavy and Tractor-Trailer Truck Drivers, what carries over best is Transportation" in text
    again = chat.say("ok so which role suits me. no degree")
    assert again.roles and "Tell me a bit more" not in to_text(again)
    assert all(engine._entry_education(r) in WITHOUT_A_DEGREE for r in again.roles[:3])


def test_a_question_inside_a_self_introduction_is_answered(engine):
    u = engine.understand("hi im a nurse, what jobs can i do from home")
    assert u.intent != "greeting"


def test_what_they_know_is_remembered_and_decides_among_the_roles_named(chat):
    chat.say("i like stats and excel, not much coding. what is salary for data analyst in india in LPA?")
    assert "lpa" not in chat.session.interests and "excel" in chat.session.interests  # only the sentence said so
    reply = chat.say("only among data analyst, data scientist, business analyst - pick one for me")
    line = to_text(reply).splitlines()[0]
    assert reply.intent == "compare" and line.startswith("Data Analyst fits better from what you told me")


def test_a_correction_of_the_bot_is_no_dislike(chat):
    chat.say("no I asked business analyst vs data analyst. which needs less coding?")
    assert not any("analyst" in d for d in chat.session.dislikes)


def test_skip_that_sets_the_last_topic_aside_and_a_message_with_its_own_interests_uses_them(chat):
    chat.say("im a trucker")
    chat.say("what about data entry. pay and is it remote")
    reply = chat.say("ok skip that. my nephew says something with computers. like what, i'm 52 is it too late")
    assert reply.intent == "recommend" and reply.roles and "onet:43-9021.00" not in reply.roles
    assert "Matches what you said: computers" in to_text(reply)   # not the family ('nephew') or the age ('late')


def test_an_age_worry_beside_a_request_for_suggestions_is_answered_first(chat):
    reply = chat.say("something with computers maybe. like what, i'm 52 is it too late")
    assert reply.intent == "recommend" and reply.roles
    assert to_text(reply).startswith("None of my sources sets an age limit for these jobs")


def test_only_words_that_say_what_a_person_likes_are_remembered(engine):
    _, session = engine.reply("i play competitive games af, kinda good at maths, and i like informatisé stuff",
                              Session())
    assert {"competitive", "games", "maths"} <= set(session.interests)
    assert not {"af", "kinda", "play", "informatise", "informatisé"} & set(session.interests)


def test_a_job_told_after_calling_the_bot_mate_is_the_persons_and_a_later_choice_uses_it(engine):
    session = Session()
    _, session = engine.reply("alright mate, been a barber 10 yrs in manchester, do all the bookings on a spreadsheet "
                              "n actually enjoy the numbers side. what does a data analyst actually do day to day?",
                              session)
    assert session.current_job == "onet:39-5011.00"
    assert {"numbers", "spreadsheet"} <= set(session.interests)
    assert not {"mate", "alright", "manchester", "yrs", "actually"} & set(session.interests)
    reply, _ = engine.reply("ok so whats the difference between data analyst and business intelligence analyst then, "
                            "which one wud suit me more", session)
    assert to_text(reply).startswith("Data Analyst fits better from what you told me")


def test_what_a_person_would_avoid_is_kept_in_words_of_work(engine):
    _, session = engine.reply("no degree, not from america, i hate coding. which job suits me", Session())
    assert set(session.dislikes) == {"degree", "coding"}        # 'america' is where they are not from
    _, session = engine.reply("no sitting in meetings lmao, i like games and maths, which job suits me", Session())
    assert "lmao" not in " ".join(session.dislikes)


def test_a_verdict_without_figures_does_not_say_where_figures_apply(engine):
    session = Session()
    _, session = engine.reply("barber in manchester here, i love spreadsheets and numbers", session)
    reply, _ = engine.reply("data analyst vs business intelligence analyst, which one wud suit me more", session)
    text = to_text(reply)
    assert "fits better from what you told me" in text.split("\n")[0] and "U.S. figures" not in text


@pytest.mark.parametrize("first, denial", [
    ("I'm a data engineer", "I am not a data engineer. Which should a start-up hire first, a data engineer or "
                            "an MLOps engineer?"),
    ("im an electrician", "u keep saying my job is electrician, im NOT one. im a student. whats ur advice"),
])
def test_a_job_the_person_denies_is_forgotten_and_is_no_dislike(chat, first, denial):
    chat.say(first)
    assert chat.session.current_job
    chat.say(denial)
    assert chat.session.current_job == "" and chat.session.dislikes == ()


def test_a_story_about_their_job_is_no_list_of_likes(chat):
    """'my warehouse got robots and they cut my shifts': nothing liked; the words would match by accident
    ('cut' in 'cutting-edge research'), so the jobs O*NET relates to theirs are offered."""
    reply = chat.say("hey so my warehouse got robots and they cut my shifts. im an order picker in columbus ohio, "
                     "got forklift cert. what jobs can i even do now")
    assert reply.intent == "recommend" and reply.roles and all(r.startswith("onet:") for r in reply.roles)
    assert "Jobs related to yours (Stockers and Order Fillers)" in to_text(reply)
    assert chat.session.interests == ()


def test_a_story_naming_an_ai_tool_asks_where_their_job_can_go(chat):
    """'the firm just bought an AI contract review tool ... what are my options?': their job's neighbours, not
    data roles matched on 'AI', and not the tools of their job."""
    reply = chat.say("hi, im a paralegal at a law firm in chicago, been here 14 years. the firm just bought an AI "
                     "contract review tool and honestly im scared for my job. what are my options?")
    assert reply.intent == "recommend" and all(r.startswith("onet:") for r in reply.roles)
    assert "Jobs related to yours (Paralegals and Legal Assistants)" in to_text(reply)


ELEMENTARY, SECONDARY = "onet:25-2021.00", "onet:25-2031.00"


@pytest.mark.parametrize("opening", ["hi im a teacher", "I'm a teacher, could I become a data analyst?"])
def test_a_job_word_of_several_kinds_is_taken_as_its_first_kind_and_the_answer_says_so(chat, opening):
    """'I'm a teacher': dropping the job would lose what carries over from it; the first (most common) kind is
    taken, the reply says which words were read as which kind, and a later question about those words still
    asks which kind (the guess settles nothing)."""
    first = chat.text(opening)
    assert chat.session.current_job == ELEMENTARY and chat.session.job_taken_from == "teacher"
    assert "Elementary School Teachers" in first and "“teacher” read as" in first
    bridge = chat.text("could I become a data analyst?")
    assert bridge.startswith("From your job (Elementary School Teachers")
    again = chat.say("how much do teachers make")
    assert again.candidates and not again.roles


def test_a_job_of_one_kind_said_later_replaces_the_taken_kind(chat):
    chat.say("hi im a teacher")
    chat.say("no, I'm a high school teacher")
    assert chat.session.current_job == SECONDARY and chat.session.job_taken_from == ""
    assert chat.text("what carries over to data analyst").startswith("From your job (Secondary School Teachers")


def test_a_curated_word_of_several_kinds_is_not_taken_as_their_job(chat):
    chat.say("hi, I'm an analyst")
    assert chat.session.current_job == ""


@pytest.mark.parametrize("message", ["hi. i got laid off. plant closed. what can i do",
                                     "lost my job last month. what can i do"])
def test_a_lost_job_with_nothing_else_said_asks_for_the_job_not_matching_its_words(chat, message):
    """'plant closed' says nothing the person likes: no Chemical Engineers or Power Plant Operators, but a question
    for the job they did."""
    reply = chat.say(message)
    assert reply.intent == "recommend" and not reply.roles
    assert to_text(reply).startswith("Sorry to hear that. Tell me the job you did")
    assert not chat.session.interests


def test_a_lost_job_told_with_what_they_know_is_ranked(chat):
    reply = chat.say("chem PhD, did python for molecular simulations, lost my job at a biotech AI startup. "
                     "which role fits me?")
    assert reply.roles and "Sorry to hear that" not in to_text(reply)


def test_a_wish_withdrawn_is_no_longer_a_reason(chat):
    chat.say("i like computers and fixing machines, what job suits me")
    assert "computers" in chat.session.interests
    reply = chat.say("ok forget computers. cnc programmer or industrial machinery mechanic. which is better for me")
    assert "computers" not in chat.session.interests and "computers" not in first_line_of(reply)


def first_line_of(reply) -> str:
    return to_text(reply).splitlines()[0]


def test_i_dropped_after_a_greeting_and_please_still_tells_the_own_job(engine):
    u = engine.understand("hello please am a bank teller in accra, i want to go into cybersecurity. how much pay")
    assert u.own == ("onet:43-3071.00",) and u.roles == ("onet:15-1212.00",)


def test_does_my_job_count_as_experience_answers_what_carries_over_first(chat):
    chat.say("hello please am a bank teller in accra, i want to go into cybersecurity. how much do they pay")
    reply = chat.say("does my bank job count as experiance")
    assert reply.intent == "getting_started"
    assert to_text(reply).startswith("From your job (Tellers) to Information Security Analysts")


def test_a_job_said_again_in_fewer_words_keeps_the_kind_said_before(chat):
    chat.say("Hi, I'm a secondary school maths teacher in Melbourne. What does a data analyst earn?")
    chat.say("I already told you, I'm a maths teacher. Which one needs the least programming?")
    assert chat.session.current_job == "onet:25-2031.00"


def test_does_my_job_count_asks_what_carries_over(chat):
    chat.say("hello please am a bank teller in accra, i want to go into cybersecurity. how much pay")
    assert chat.say("you didnt answer the bank job part. does bank teller count").intent == "getting_started"


def test_a_job_corrected_is_no_dislike_and_a_dislike_taken_back_is_forgotten(engine):
    _, session = talk(engine, "what does an AI engineer do", "and data scientist?",
                      "abeg i asked about AI engineer not data scientist. can i work remote?")
    assert "scientist" not in " ".join(session.dislikes)
    _, session = talk(engine, "I'd rather avoid coding. data analyst vs data engineer?",
                      "i never said i want to avoid coding?? i like maths")
    assert not any("coding" in d for d in session.dislikes)


def test_a_job_that_moves_into_a_field_is_not_the_persons_own(engine):
    reply, session = talk(engine, "can a doctor move into AI later or is it too late after med school")
    assert reply.intent == "getting_started" and "Where people usually start in AI" in to_text(reply)
    assert session.current_job == ""   # asked of a doctor, perhaps for a future self: not their job


def test_their_old_job_and_jobs_similar_to_theirs_are_their_own(engine):
    opening = "I'm 58, made redundant after 12 years as a warehouse operations manager. Too old for data analyst?"
    reply, _ = talk(engine, opening, "Those are desk jobs. What jobs are similar to mine that use the people side?")
    assert list(reply.roles)[:1] == ["onet:11-3071.00"] or "Transportation, Storage" in first_line(reply)
    reply, _ = talk(engine, opening, "Logisticians then. What do they do day to day?", "Pay versus my old job?")
    assert reply.intent == "compare" and set(reply.roles) == {"onet:13-1081.00", "onet:11-3071.00"}


@pytest.mark.parametrize("message, job", [
    ("Hello. I was a 777 captain until last year when I lost my medical. Diabetes.", "onet:53-2011.00"),
    ("haha sorry wrong bot. I'm actually a dispatcher myself", "onet:43-5032.00"),
])
def test_a_job_told_with_a_number_or_a_word_for_the_bot_is_a_greeting_and_theirs(engine, message, job):
    reply, session = talk(engine, message)
    assert reply.intent == "greeting" and session.current_job == job


def test_how_to_start_from_their_own_job_asks_about_the_job_in_the_talk(engine):
    reply, _ = talk(engine, "what is BI analyst", "how do i start, i am cabin crew in LOT")
    assert (reply.intent, list(reply.roles)) == ("getting_started", ["business-intelligence-analyst"])
