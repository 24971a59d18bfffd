"""Understanding on our own labelled sets (eval/): a guard against regressions, judged like score.py."""
from __future__ import annotations

import json

import pytest

from bot.understanding.session import Session

from .conftest import ROOT

SETS = sorted((ROOT / "eval").glob("set*.jsonl"))
MINIMUM = 0.97  # they were ≥ 98.9% when written into the repository


def judge(gold: dict, reply) -> bool:
    if reply.intent != gold["intent"]:
        return False
    if gold["intent"] == "recommend" and gold.get("expect_top3"):
        if gold["expect_top3"] not in reply.roles[:3]:
            return False
    elif list(reply.roles) != gold.get("roles", []):
        return False
    if gold.get("aspect") and reply.aspect != gold["aspect"]:
        return False
    return set(gold.get("candidates") or []) <= set(reply.candidates)


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_single_messages(engine, path):
    golds = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    misses = [g["q"] for g in golds if not judge(g, engine.reply(g["q"], Session())[0])]
    assert 1 - len(misses) / len(golds) >= MINIMUM, misses


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_dialogues(engine, path):
    conversations = json.loads(path.with_name(f"{path.stem}-dialogues.json").read_text())
    total, misses = 0, []
    for turns in conversations:
        session = Session()
        for gold in turns:
            if not gold["q"].strip():
                continue  # the chat command skips blank lines
            reply, session = engine.reply(gold["q"], session)
            total += 1
            if not judge(gold, reply):
                misses.append(gold["q"])
    assert 1 - len(misses) / total >= MINIMUM, misses
