"""Judging understanding against labelled messages, as ../shared/eval/score.py does (contract.md).

Used by the regression guard (tests/test_regression_sets.py) and scripts/known_misses.py, so both
judge exactly like the shared scorer: role lists accept any one id, ``alt`` labels are as good.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .engine import Engine
from .understanding.session import Session


def _roles_match(want: list[Any], roles: list[str]) -> bool:
    return len(roles) == len(want) and all(r in w if isinstance(w, list) else r == w
                                           for w, r in zip(want, roles, strict=True))


def _wrong(gold: dict[str, Any], got: dict[str, Any]) -> list[str]:
    wrong = []
    if got["intent"] != gold["intent"]:
        wrong.append("intent")
    if gold["intent"] == "recommend" and gold.get("expect_top3"):
        if gold["expect_top3"] not in got["roles"][:3]:
            wrong.append("top3")
    elif not _roles_match(gold.get("roles", []), got["roles"]):
        wrong.append("roles")
    if gold.get("aspect") and got["aspect"] != gold["aspect"]:
        wrong.append("aspect")
    if gold.get("candidates") and not set(gold["candidates"]) <= set(got["candidates"]):
        wrong.append("candidates")
    return wrong


def understood(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    return any(not _wrong(dict(gold, **alt), got) for alt in [{}] + list(gold.get("alt", [])))


def conversations(path: Path) -> list[list[dict[str, Any]]]:
    """A set's messages as conversations: one message each for .jsonl, the dialogues for .json."""
    if path.suffix == ".jsonl":
        return [[json.loads(line)] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(path.read_text(encoding="utf-8"))


def misses(engine: Engine, path: Path) -> Iterator[str]:
    """Each message of the set not understood, as 'conversation.turn: message'."""
    for c, turns in enumerate(conversations(path)):
        session = Session()
        for t, gold in enumerate(turns):
            if not gold["q"].strip():
                continue  # the chat command skips blank lines
            reply, session = engine.reply(gold["q"], session)
            got = {"intent": reply.intent, "roles": list(reply.roles), "aspect": reply.aspect,
                   "candidates": list(reply.candidates)}
            if not understood(gold, got):
                yield f"{c}.{t}: {gold['q']}"


def all_misses(engine: Engine, paths: Iterable[Path]) -> dict[str, list[str]]:
    return {path.name: list(misses(engine, path)) for path in paths}
