"""Issue #13, recommendations people can use: someone whose body is worn by their job ('chef, feet wrecked',
'carpenter with bad knees') asking what else they could do gets jobs that use what their own job rates very
important in O*NET (the trade's own knowledge first) and what they said they are good at, none of whose O*NET task
statements mentions heavy work; never the jobs their body words match ('feet' -> podiatrists) nor the same trade
again. The answer says what carries over, shows the ratings and pay as the sources state them, and never calls the
jobs light work."""
from __future__ import annotations

import json

import pytest

from bot.answers.occupation import code_of
from bot.answers.render import to_text
from bot.knowledge.abilities import VERY_IMPORTANT, by_label, physical_tasks, rating
from bot.knowledge.moves import HANDS_ON, MOVES_FILE, MOVES_FORMAT, Moves
from .talking import first_line, talk

CHEF, CARPENTER, PLASTERER, DRIVER = "35-1011.00", "47-2031.00", "47-2161.00", "53-3032.00"


@pytest.fixture(scope="module")
def moves(engine):
    return engine.moves


@pytest.mark.parametrize("job", [CHEF, CARPENTER, PLASTERER, DRIVER])
def test_every_move_shares_the_trade_or_is_related_and_mentions_no_heavy_work(engine, moves, job):
    trade = moves.trade_knowledge(job)
    assert trade, job
    found = moves.from_job(job, spare_body=True)
    assert found
    mine = engine.official.occupation(job)
    for move in found:
        occ = engine.official.occupation(move.code)
        assert physical_tasks(occ) == [], (move.code, physical_tasks(occ)[:1])
        assert trade[0] in move.carried or move.related, move  # (a related desk job before a hands-on one)
        assert {name for name, importance, _ in occ.knowledge if importance >= VERY_IMPORTANT} >= set(move.carried)
        assert (occ.job_zone or 0) <= max(mine.job_zone or 0, 3)
        assert move.code != job
    hands_on = [move.code[:2] in HANDS_ON for move in found]
    assert hands_on == sorted(hands_on), found  # for a worn body the office, technical and sales jobs first


def test_the_trade_knowledge_is_the_least_common_one_the_job_rates_very_important(moves):
    assert moves.trade_knowledge(CHEF)[0] == "Food Production"
    assert moves.trade_knowledge(CARPENTER)[0] == "Building and Construction"
    assert "English Language" not in moves.trade_knowledge(CHEF)  # rated very important almost everywhere


def test_what_they_are_good_at_moves_jobs_rating_it_up(engine, moves):
    rules = by_label("knowing the rules")
    plain = moves.from_job(CARPENTER, spare_body=True, limit=10)
    told = moves.from_job(CARPENTER, [rules], spare_body=True, limit=10)
    assert told[0].good_at == ("knowing the rules",)
    found = rating(engine.official.occupation(told[0].code), rules)
    assert found and found[1] >= VERY_IMPORTANT
    assert [m.code for m in plain] != [m.code for m in told]


def test_a_job_without_a_trade_of_its_own_leads_where_o_net_relates_it(engine, moves):
    supervisor = "53-1042.00"  # warehouse supervisors rate only common knowledge very important
    assert moves.trade_knowledge(supervisor) == ()
    found = moves.from_job(supervisor, [by_label("organising and planning")], spare_body=True)
    related = set(engine.official.occupation(supervisor).related)
    assert found and all(m.code in related for m in found[:3])
    assert not any(m.code[:2] == "53" for m in found[:3])  # not another job of the same kind for worn knees


def test_an_unrated_job_has_no_moves(engine, moves):
    unrated = next(code for code in engine.official.names if not engine.official.occupation(code).rated)
    assert moves.from_job(unrated, spare_body=True) == []
    assert moves.from_job("99-9999.99") == []


@pytest.mark.parametrize("message, job", [
    ("im a chef, my feet are wrecked, good with people. what jobs would suit me?", CHEF),
    ("I'm a carpenter with bad knees. What else could I do?", CARPENTER),
    ("plasterer 20 yrs, knees gone. what could i do now", PLASTERER),
])
def test_a_worn_body_gets_moves_from_their_job(engine, message, job):
    reply, session = talk(engine, message)
    assert session.current_job == "onet:" + job and "physical" in session.limits
    text = to_text(reply)
    mine = engine.official.occupation(job)
    trade = engine.moves.trade_knowledge(job)[0]
    assert first_line(reply).startswith(f"From {mine.title}, what carries over best is {trade}")
    shown = list(reply.offered if reply.intent == "similar" else reply.roles)[:3]  # similar keeps their job as role
    assert shown and all(physical_tasks(engine.official.occupation(code_of(r))) == [] for r in shown)
    assert "onet:" + job not in shown
    assert "Podiatrists" not in text and "light work" in text  # '... does not make these light work'
    assert "From your job (" not in text  # what carries over is the answer itself, not said twice
    occ = engine.official.occupation(code_of(shown[0]))
    assert f"${occ.wages.median:,}" in text


def test_the_ratings_shown_are_o_nets(engine):
    reply, _ = talk(engine, "truck driver 20 yrs, my back is shot, i know the DOT rules. what jobs would suit me?")
    text = to_text(reply)
    first = engine.official.occupation(code_of(reply.roles[0]))
    element, importance = rating(first, by_label("knowing the rules"))
    assert importance >= VERY_IMPORTANT and f"{element} {importance:.2f} of 5" in text


def test_a_body_said_earlier_counts_later(engine):
    reply, session = talk(engine, "i'm a carpenter, 20 years", "my knees are done", "what else could i do?")
    assert "physical" in session.limits
    assert first_line(reply).startswith("From Carpenters, what carries over best is Building and Construction")


def test_without_a_worn_body_related_occupations_stay(engine):
    reply, _ = talk(engine, "I'm a carpenter. What else could I do?")
    assert "Occupations related to Carpenters" in to_text(reply)


@pytest.mark.parametrize("said", ["my feet are wrecked", "my wrists and neck hurt", "knees are going",
                                  "ankle injury", "my back hurts"])
def test_more_worn_bodies_are_read(said):
    from bot.knowledge.abilities import has_physical_limit
    assert has_physical_limit(said)


def test_a_broken_moves_file_is_named(engine, tmp_path):
    from bot.errors import DataError
    path = tmp_path / MOVES_FILE
    path.write_text(json.dumps({"format": MOVES_FORMAT + 1}), encoding="utf-8")
    with pytest.raises(DataError, match="moves.json"):
        Moves(engine.official, path).from_job(CHEF)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DataError, match="rebuild|build it"):
        Moves(engine.official, path).from_job(CHEF)


def test_a_job_without_a_trade_and_nothing_told_says_where_the_moves_come_from(engine):
    from bot.understanding.session import Session
    reply, _ = engine.reply("what could i do now?", Session(current_job="onet:53-1042.00", limits=("physical",)))
    text = to_text(reply)
    assert "These are jobs O*NET relates to yours (First-Line Supervisors of Helpers, Laborers, and Material " \
           "Movers, Hand)" in text
    assert "good at ()" not in text
