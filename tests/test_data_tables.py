"""One parametrised check per role and per intent: every alias resolves to its role, every example to its intent.

The parameters are read from the data files when the tests are collected (nothing is built or written);
the engine under test is the session's ``engine`` fixture.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from bot.knowledge.load import load_knowledge
from bot.understanding.intents import load_intents


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[str, str]]]:
    kb, intents = load_knowledge(), load_intents()
    return {
        "role_id,alias": [(role.id, name) for role in kb.roles.values() for name in (role.name,) + role.aliases],
        "intent,example": [(intent.name, example) for intent in intents.intents.values()
                           for example in intent.examples],
        "word,candidates": sorted(kb.ambiguous.items()),
    }


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for names, rows in _tables().items():
        if set(names.split(",")) <= set(metafunc.fixturenames):
            ids = [f"{a}:{b}" for a, b in rows] if names != "word,candidates" else [a for a, _ in rows]
            metafunc.parametrize(names, rows, ids=ids)


def test_every_alias_resolves_to_its_own_role(engine, role_id, alias):
    messages = [alias, f"what does a {alias} do?", f"Tell me about the {alias.upper()} role"]
    if not alias.endswith("s") and " for " not in alias and " of " not in alias:
        messages.append(f"how much do {alias}s earn")  # plural of the head noun
    for message in messages:
        assert engine.understand(message).roles == (role_id,), message


def test_every_example_matches_its_intent(engine, intent, example):
    assert engine.understand(example).intent == intent


def test_every_ambiguous_word_asks_to_choose(engine, word, candidates):
    u = engine.understand(f"what does an {word} do")
    assert u.roles == () and set(u.candidates) == set(candidates)
