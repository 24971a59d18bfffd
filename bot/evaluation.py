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
        wrong.append(f"intent {got['intent']!r} != {gold['intent']!r}")
    if gold["intent"] == "recommend" and gold.get("expect_top3"):
        # one id, or a list of ids any one of which is right (as a role written as a list, LABELS.md)
        expected = gold["expect_top3"] if isinstance(gold["expect_top3"], list) else [gold["expect_top3"]]
        if not set(expected) & set(got["roles"][:3]):
            wrong.append(f"recommend top3 {got['roles']!r} lacks {gold['expect_top3']!r}")
    elif not _roles_match(gold.get("roles", []), got["roles"]):
        wrong.append(f"roles {got['roles']!r} != {gold.get('roles', [])!r}")
    if gold.get("aspect") and got["aspect"] != gold["aspect"]:
        wrong.append(f"aspect {got['aspect']!r} != {gold['aspect']!r}")
    if gold.get("candidates") and not set(gold["candidates"]) <= set(got["candidates"]):
        wrong.append(f"candidates {got['candidates']!r} lack some of {gold['candidates']!r}")
    return wrong


def wrong(gold: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What is wrong against the closest label (``alt`` labels are as good); empty when understood."""
    return min((_wrong(dict(gold, **alt), got) for alt in [{}] + list(gold.get("alt", []))), key=len)


def understood(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    return not wrong(gold, got)


def conversations(path: Path) -> list[list[dict[str, Any]]]:
    """A set's messages as conversations: one message each for .jsonl, the dialogues for .json."""
    if path.suffix == ".jsonl":
        return [[json.loads(line)] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(path.read_text(encoding="utf-8"))


def judged(engine: Engine, path: Path) -> Iterator[tuple[str, dict[str, Any], list[str]]]:
    """Each message of the set as 'conversation.turn', its label, and what the engine got wrong."""
    for c, turns in enumerate(conversations(path)):
        session = Session()
        for t, gold in enumerate(turns):
            if not gold["q"].strip():
                continue  # the chat command skips blank lines
            reply, session = engine.reply(gold["q"], session)
            got = {"intent": reply.intent, "roles": list(reply.roles), "aspect": reply.aspect,
                   "candidates": list(reply.candidates)}
            yield f"{c}.{t}", gold, wrong(gold, got)


def misses(engine: Engine, path: Path) -> Iterator[str]:
    """Each message of the set not understood, as 'conversation.turn: message'."""
    for where, gold, wrong_ in judged(engine, path):
        if wrong_:
            yield f"{where}: {gold['q']}"


def all_misses(engine: Engine, paths: Iterable[Path]) -> dict[str, list[str]]:
    return {path.name: list(misses(engine, path)) for path in paths}
