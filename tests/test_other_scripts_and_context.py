"""Messages written in Chinese, Japanese or Korean (read through the glosses in intents/_language.yaml), and the
classes of context the thirty-third session's blind sets showed: a short form's capitals plural, the job someone
starts from, a terse self-introduction, the topic asked before 'to become', a bill from a tradesperson, and a job
named in passing in a message the bot declines.

Sentences written for this suite (not taken from any labelled set); each row is one class of message.
"""
from __future__ import annotations

import pytest

from bot.understanding.session import Session

NURSE, ELECTRICIAN, PLUMBER, GP = "onet:29-1141.00", "onet:47-2111.00", "onet:47-2152.00", "onet:29-1215.00"
CNA, OR_ANALYST, SWE = "onet:31-1131.00", "onet:15-2031.00", "onet:15-1252.00"


def talk(engine, *messages):
    """Each reply to ``messages`` said in one conversation."""
    session, replies = Session(), []
    for text in messages:
        reply, session = engine.reply(text, session)
        replies.append(reply)
    return replies


@pytest.mark.parametrize("message,intent,roles", [
    ("数据工程师需要什么技能", "skills", ["data-engineer"]),                      # what skills a data engineer needs
    ("机器学习工程师在上海年薪多少", "salary", ["machine-learning-engineer"]),     # ML engineer's salary in Shanghai
    ("數據分析師和數據科學家有什么区别", "compare", ["data-analyst", "data-scientist"]),  # traditional characters
    ("怎么转行做数据工程师", "getting_started", ["data-engineer"]),                # how to switch into it
    ("护士的前景怎么样", "outlook", [NURSE]),                                   # a nurse's outlook
    ("データエンジニアの給料は？", "salary", ["data-engineer"]),                   # Japanese
    ("데이터 분석가 연봉", "salary", ["data-analyst"]),                           # Korean
])
def test_a_question_in_chinese_japanese_or_korean_is_read(engine, message, intent, roles):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message,intent", [("谢谢你", "thanks"), ("你好", "greeting"), ("你能帮我做什么", "help")])
def test_courtesies_and_help_in_chinese(engine, message, intent):
    assert engine.understand(message, Session()).intent == intent


def test_the_answer_reads_the_glossed_words(engine):
    reply, _ = engine.reply("我喜欢做图表和dashboard，适合什么工作", Session())
    assert reply.intent == "recommend" and reply.roles  # suggestions from what they like, not a request for more


def test_characters_no_gloss_knows_are_left_as_typed(engine):
    assert engine.understander.parser.glossed("火锅好吃") == "火锅好吃"


@pytest.mark.parametrize("message,intent,role", [
    ("what do GPs earn in Ireland", "salary", GP),          # 'gps' alone would be the satellite system
    ("how much do CNAs make an hour", "salary", CNA),
    ("what does an OR analyst earn", "salary", OR_ANALYST),  # operations research, typed in capitals
])
def test_short_forms_as_people_type_them(engine, message, intent, role):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, [role])


def test_or_in_small_letters_joins_jobs(engine):
    assert OR_ANALYST not in engine.understand("is a data scientist or analyst better paid", Session()).roles
    assert engine.understand("my GPS is broken", Session()).intent == "unknown"


def test_the_job_a_move_starts_from_is_not_a_third_choice(engine):
    replies = talk(engine, "data analyst vs analytics engineer", "which is easier to get into from QA")
    assert replies[-1].intent == "compare" and list(replies[-1].roles) == ["data-analyst", "analytics-engineer"]
    u = engine.understand("CNA here. CNA to data analyst or CNA to LPN, which pays better?", Session())
    assert list(u.roles) == ["data-analyst", "onet:29-2061.00"]


def test_a_terse_self_introduction_with_years_is_a_greeting(engine):
    u = engine.understand("statistician at a pharma company in Lyon, 8 YoE", Session())
    assert u.intent == "greeting" and u.own == ("statistician",)
    assert engine.understand("data engineer at a bank in Lagos, 6 years, what next?", Session()).intent != "greeting"


@pytest.mark.parametrize("message,intent", [
    ("skills needed to become an actuary, coming from finance", "skills"),
    ("what degree do you need to become a nurse", "education"),
    ("how do I become a nurse", "getting_started"),
])
def test_the_topic_asked_before_to_become_is_the_question(engine, message, intent):
    assert engine.understand(message, Session()).intent == intent


@pytest.mark.parametrize("message", [
    "the electrician charged me 4500 to fit two plugs, is that a rip off?",
    "my neighbour's plumber kept her deposit, how does she get it back",
])
def test_a_bill_from_a_tradesperson_is_no_career_question(engine, message):
    assert engine.understand(message, Session()).intent == "unknown"


def test_a_degree_subject_is_not_a_job_asked_about(engine):
    replies = talk(engine, "what is an AI research scientist", "my PhD is in biology. what education do they need")
    assert (replies[-1].intent, list(replies[-1].roles)) == ("education", ["ai-research-scientist"])


def test_a_job_named_in_a_declined_message_is_what_a_follow_up_means(engine):
    replies = talk(engine, "just got rejected from my 50th swe internship lmao", "is swe even worth it anymore")
    assert replies[0].intent == "unknown" and replies[0].roles == ()
    assert (replies[-1].intent, list(replies[-1].roles)) == ("outlook", [SWE])


def test_back_to_jobs_after_a_detour_is_no_correction(engine):
    replies = talk(engine, "what do school receptionists earn?", "any good recipe for muffins",
                   "sorry, back to jobs. what about teaching assistants")
    assert (replies[-1].intent, list(replies[-1].roles)) == ("salary", ["onet:25-9042.00"])


@pytest.mark.parametrize("message,intent,role", [
    ("ile zarabia pielęgniarka w Krakowie?", "salary", NURSE),             # Polish
    ("quanto ganha um caminhoneiro em Goiás", "salary", "onet:53-3032.00"),  # Portuguese
    ("cuánto gana un cajero de banco en Lima", "salary", "onet:43-3071.00"),  # Spanish
    ("los contadores van a desaparecer con la IA?", "outlook", "onet:13-2011.00"),
])
def test_job_names_and_questions_of_other_languages(engine, message, intent, role):
    u = engine.understand(message, Session())
    assert (u.intent, list(u.roles)) == (intent, [role])


def test_job_names_abroad_are_generated_and_validated(tmp_path):
    from bot.errors import DataError
    from bot.understanding.intents import JOB_NAMES_ABROAD_FILE, default_intents_dir, load_intents
    lines = (default_intents_dir() / JOB_NAMES_ABROAD_FILE).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "make_job_names_abroad.py" in lines[1] and "kept" in lines[3]
    for item in default_intents_dir().iterdir():
        if item.is_file():
            (tmp_path / item.name).write_bytes(item.read_bytes())
    (tmp_path / JOB_NAMES_ABROAD_FILE).write_text("pielegniarka registered nurse\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_intents(tmp_path, prebuilt=False)
    assert JOB_NAMES_ABROAD_FILE in str(raised.value.report()) and "line 1" in raised.value.report()
