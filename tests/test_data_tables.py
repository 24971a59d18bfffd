"""One parametrised check per role and per intent: every alias resolves to its role, every example to its intent."""
from __future__ import annotations

import pytest

from bot.engine import Engine

_engine = Engine.load()
ALIASES = [(role.id, name) for role in _engine.kb.roles.values() for name in (role.name,) + role.aliases]
EXAMPLES = [(intent.name, example) for intent in _engine.intents.intents.values() for example in intent.examples]


@pytest.mark.parametrize("role_id,alias", ALIASES, ids=[f"{r}:{a}" for r, a in ALIASES])
def test_every_alias_resolves_to_its_own_role(engine, role_id, alias):
    messages = [alias, f"what does a {alias} do?", f"Tell me about the {alias.upper()} role"]
    if not alias.endswith("s") and " for " not in alias and " of " not in alias:
        messages.append(f"how much do {alias}s earn")  # plural of the head noun
    for message in messages:
        assert engine.understand(message).roles == (role_id,), message


@pytest.mark.parametrize("intent,example", EXAMPLES, ids=[f"{i}:{e}" for i, e in EXAMPLES])
def test_every_example_matches_its_intent(engine, intent, example):
    assert engine.understand(example).intent == intent


@pytest.mark.parametrize("word,candidates", sorted(_engine.kb.ambiguous.items()))
def test_every_ambiguous_word_asks_to_choose(engine, word, candidates):
    u = engine.understand(f"what does an {word} do")
    assert u.roles == () and set(u.candidates) == set(candidates)
