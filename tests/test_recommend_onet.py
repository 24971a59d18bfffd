"""Recommendations outside data and AI: O*NET occupations ranked by the person's own words."""
from __future__ import annotations

import re

import pytest

from bot.answers.render import to_text
from bot.engine import Engine
from bot.frontends.telegram.buttons import Buttons
from bot.understanding.session import Session

from .conftest import Chat

# Self-descriptions written for this test, each with occupations any of which is a sensible suggestion.
OUTSIDE_DATA = [
    ("I've always liked repairing engines and working on motorbikes in the garage, what career fits?",
     {"49-3053.00", "49-3023.00", "49-3052.00", "49-3051.00", "49-3031.00", "49-3042.00"}),
    ("he is great with tools, likes wiring things up and wants a trade, not an office job. "
     "which job suits him?",
     {"47-2111.00", "49-2098.00", "49-9051.00", "47-3013.00", "49-9071.00", "51-2022.00"}),
    ("I enjoy heating and air conditioning systems and installing ducts, what job should I do?",
     {"49-9021.00", "47-2211.00", "47-2152.00"}),
    ("my niece adores dogs and cats and is good at biology, what job would suit her?",
     {"29-1131.00", "29-2056.00", "31-9096.00", "19-1011.00", "19-1023.00", "39-2021.00", "19-1029.00"}),
    ("I bake bread and cakes every weekend and dream of a pastry shop. what job fits me?",
     {"51-3011.00", "35-2014.00", "35-1011.00", "35-2012.00", "11-9051.00"}),
    ("I like looking after patients and I'd like a job on a hospital ward, which job suits me?",
     {"29-1141.00", "31-1131.00", "29-2061.00", "31-1132.00", "29-1229.02", "29-1211.00", "31-1133.00",
      "29-1141.01", "29-1141.02", "29-1141.03", "29-1141.04"}),
    ("planting trees, growing vegetables and being outdoors all day is my thing, "
     "what career should I pick?",
     {"45-2092.00", "37-3011.00", "11-9013.00", "19-1031.00", "19-1032.00", "45-4011.00", "37-1012.00"}),
    ("I like drawing, illustration and designing logos, what job fits me?",
     {"27-1024.00", "27-1013.00", "27-1014.00", "27-1021.00"}),
    ("flying airplanes has been my dream since I was small, which career?", {"53-2011.00", "53-2012.00"}),
    ("building houses, framing walls and working with wood is what I enjoy, what job suits me?",
     {"47-2031.00", "51-7011.00", "47-1011.00"}),
    ("what job for someone who enjoys fixing cars at the weekend?", {"49-3023.00", "49-3021.00", "49-3022.00"}),
    # one occupation fits both things said; no data role fits more than one ('hands-on', an electrical degree)
    ("I'm good with my hands and love electricity, I'd hate a desk. which job?",
     {"47-2111.00", "49-2098.00", "47-3013.00", "49-9051.00", "49-2092.00"}),
]


@pytest.mark.parametrize("text,sensible", OUTSIDE_DATA, ids=[t[:40] for t, _ in OUTSIDE_DATA])
def test_interests_outside_data_get_onet_occupations(engine: Engine, text: str, sensible: set[str]):
    reply, _ = engine.reply(text)
    assert reply.intent == "recommend"
    top = [r.removeprefix("onet:") for r in reply.roles[:3]]
    assert sensible & set(top), (text, reply.roles)


DATA = [
    ("I enjoy cleaning spreadsheets, writing SQL queries and building dashboards, "
     "which role fits me?",
     {"data-analyst", "business-intelligence-analyst"}),
    ("I like training neural networks and deploying models with Docker, what job suits me?",
     {"machine-learning-engineer", "mlops-engineer", "deep-learning-engineer"}),
    ("probability, hypothesis tests and R are what I love, which career fits me?", {"statistician", "data-scientist"}),
    # the best role for a person described is a recommendation for them
    ("what's the best data role for a teacher who loves spreadsheets and charts?",
     {"data-analyst", "business-intelligence-analyst"}),
    # languages people speak are not the programming languages of every data role's tools
    ("I speak four languages and I can code a bit, which AI job fits me?", {"nlp-engineer"}),
    # moving data, as people say it: pulling it in, feeds, cron jobs (profiles say pipelines that ingest data)
    ("I built little scripts that pull sales data from the till into a database every night, what job is that",
     {"data-engineer"}),
    ("I'm good at translating business needs for the IT people and I'm really curious about AI. Which role?",
     {"ai-product-manager"}),
]


@pytest.mark.parametrize("text,expected", DATA, ids=[t[:40] for t, _ in DATA])
def test_data_interests_still_get_curated_roles_first(engine: Engine, text: str, expected: set[str]):
    reply, _ = engine.reply(text)
    assert reply.roles and not reply.roles[0].startswith("onet:"), reply.roles
    assert expected & set(reply.roles[:3])


def test_suggestion_shows_official_title_reason_evidence_and_source(engine: Engine):
    reply, _ = engine.reply("I enjoy heating and air conditioning systems and installing ducts, what job should I do?")
    text = to_text(reply)
    first = engine.official.names[reply.roles[0].removeprefix("onet:")]
    assert first in text
    assert "Matches what you said:" in text and "\"" in text  # the person's words and a quoted sentence
    assert any("O*NET 29.2" in s for s in reply.sources)


def test_negation_keeps_desk_jobs_down(engine: Engine):
    reply, _ = engine.reply("I like repairing things with my hands but I can't stand sitting at a desk in an "
                            "office, what job fits me?")
    official = [r for r in reply.roles[:3] if r.startswith("onet:")]
    assert official, reply.roles
    for role in official:
        title = engine.official.names[role.removeprefix("onet:")].lower()
        assert not any(w in title for w in ("clerk", "secretar", "office", "computer", "desk")), title
    # without the dislike, the same words are free to find office work: the dislike is what changes it
    liked, _ = engine.reply("I like repairing things with my hands and sitting at a desk in an office, "
                            "what job fits me?")
    assert liked.roles != reply.roles


def test_the_first_one_and_number_two_pick_a_suggested_occupation(engine: Engine):
    chat = Chat(engine)
    suggested = chat.say("my niece adores dogs and cats and is good at biology, what job would suit her?")
    assert all(r.startswith("onet:") for r in suggested.roles[:3])
    assert chat.session.offered == suggested.roles[:3]
    first = chat.say("tell me about the first one")
    assert first.roles == (suggested.roles[0],) and first.intent == "overview"
    again = chat.say("my niece adores dogs and cats and is good at biology, what job would suit her?")
    second = chat.say("tell me more about 2")
    assert second.roles == (again.roles[1],)


def test_telegram_buttons_carry_the_occupations(engine: Engine):
    reply, _ = engine.reply("flying airplanes has been my dream since I was small, which career?")
    buttons = Buttons(engine)
    data = [d for row in buttons.rows(reply) for _, d in row]
    codes = ["o" + r.removeprefix("onet:").replace("-", "").replace(".", "") for r in reply.roles[:3]]
    for code in codes:
        assert f"a:overview:{code}" in data
    pressed = buttons.decode(f"a:overview:{codes[0]}")
    assert pressed is not None and pressed.roles == (reply.roles[0],)


def test_own_job_named_is_not_suggested(engine: Engine):
    reply, _ = engine.reply("I'm a baker and I like cakes and pastry, what job would suit me?")
    assert "onet:51-3011.00" not in reply.roles


def test_programming_languages_are_no_liking_for_languages(engine: Engine):
    reply, _ = engine.reply("I know several programming languages and like building backends, which role fits me?")
    assert reply.roles and reply.roles[0] != "nlp-engineer", reply.roles


def test_the_occupation_index_is_read_lazily():
    """Built only when a message could need O*NET suggestions (its speed is measured by python -m benchmarks)."""
    engine = Engine.load()
    assert engine._occupations is None  # not at start-up
    engine.reply("I love SQL and designing database schemas, what job suits me?")
    assert engine._occupations is None  # a clearly data question never needs it
    engine.reply("I bake bread and cakes every weekend and dream of a pastry shop. what job fits me?", Session())
    assert engine._occupations is not None



@pytest.mark.parametrize("text", ["my 16 year old hates sitting still and hates screens, loves fixing the wiring on "
                                  "his bike. what trade would suit him?",
                                  "i like fixing stuff with wires and i dont wanna sit at a desk, what trade suits me"])
def test_away_from_screens_no_data_role_is_suggested(engine: Engine, text: str):
    suggestions = engine.suggest(text)
    assert suggestions and all(s.role_id.startswith("onet:") for s in suggestions)


def test_occupations_lead_a_mixed_list_when_they_match_far_more(engine: Engine):
    # the data roles match only 'spreadsheets'; the cooks match 'cooking' and 'kitchen': both kinds, cooks first
    suggestions = engine.suggest("my nephew did a catering course at college and ran the kitchen at his summer "
                                 "camp, loves cooking and his spreadsheets. what job would fit him?")
    assert suggestions[0].role_id.startswith("onet:35-")
    assert any(not s.role_id.startswith("onet:") for s in suggestions)


def test_good_with_numbers_is_numerate_work_not_numbered_cards(engine):
    # O*NET's tasks use 'number' literally ('deal the appropriate number of cards'): no gambling dealers
    reply, _ = engine.reply("im good with people and good with numbers, no degree. what jobs would suit me that pay "
                            "more than a cashier", Session())
    assert not {"onet:39-3011.00", "onet:39-3012.00", "onet:53-6021.00"} & set(reply.roles[:3])
    assert "Matches what you said:  " not in to_text(reply)  # each match says the word the person typed


def test_a_remark_on_the_last_answer_is_no_wish(engine):
    text = "you didnt answer about moving to the fraud team. anyway, im good with numbers, what jobs would suit me"
    reply, _ = engine.reply(text, Session())
    said = re.findall(r"Matches what you said: ([^—\n]*)", to_text(reply))
    assert said and not any("fraud" in s or "answer" in s for s in said)


@pytest.mark.parametrize("text, expected", [
    ("i love organising parties and events, which job fits me", "onet:13-1121.00"),        # parties: no third party
    ("i like fixing laptops for my mates, what job suits me", "onet:49-2011.00"),          # laptops are computers
    ("love wiring and electrics, i fixed the lights in the building, which trade suits me", "onet:47-2111.00"),
])
def test_everyday_words_meet_their_occupations_not_data_roles(engine: Engine, text: str, expected: str):
    # 'the building' is where, 'trade' and 'mates' say nothing, British spellings meet O*NET's American ones
    assert expected in [s.role_id for s in engine.suggest(text)[:3]]


@pytest.mark.parametrize("british, american", [("organising", "organizing"), ("colour", "color"),
                                               ("centre", "center"), ("analysed", "analyzed"),
                                               ("labourer", "laborer"), ("programme", "program"),
                                               ("fibre", "fiber"), ("metres", "meters")])
def test_british_spellings_stem_as_american_ones(british: str, american: str):
    from bot.knowledge.recommend import _stem_of
    assert _stem_of(british) == _stem_of(american)


@pytest.mark.parametrize("word", ["promise", "exercise", "supervise", "tour", "hour", "contour", "genre", "rise",
                                  "ombre", "entre", "acre"])
def test_words_that_only_look_british_are_left_alone(word: str):
    from bot.normalise import american
    assert american(word) == word


def test_a_teenager_is_offered_entry_level_roles_first(engine: Engine):
    from bot.knowledge.recommend import seniority
    reply, _ = engine.reply("17 here, good at math and computers, i dont like blood. which job fits me?")
    first = reply.roles[0]
    assert reply.intent == "recommend" and first in engine.kb.roles and seniority(engine.kb.roles[first]) == 1


def test_words_of_other_languages_are_no_interests(engine: Engine):
    text = to_text(engine.reply("hi po, 17 here from QC. parents want me to take nursing para makapag abroad pero "
                                "i like IT or smthng w AI. ano mas ok?")[0])
    noted = text.split("Noted: you like ", 1)[1].split(".")[0]  # (fails when nothing is noted)
    assert "ai" in noted.split() and "para" not in noted and "pero" not in noted


@pytest.mark.parametrize("text", ["i wanna build those AI hair colour try-on apps, what job should i go for?",
                                  "i want to train neural nets to spot defects in drone photos, which role"])
def test_pictures_and_try_on_point_to_computer_vision(engine: Engine, text: str):
    assert "computer-vision-engineer" in [s.role_id for s in engine.suggest(text)[:3]]


def test_with_no_experience_said_a_senior_role_needs_more_of_the_words_to_come_first(engine: Engine):
    # nothing said of experience: the mid-level role that does the work is among the first three, before the
    # architect and lead roles whose profiles share the words
    plain, _ = engine.reply("i love to program in python and build models of machine learning, which job fits me?")
    assert "machine-learning-engineer" in plain.roles[:3]
