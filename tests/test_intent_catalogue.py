"""The intent catalogue: every intent file is checked against it at load, with file, field and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answers.compose import Composer
from bot.catalogue import ASPECT_LABELS, CATALOGUE, DEFINED_INTENTS, TOPICS
from bot.errors import DataError
from bot.understanding.intents import default_intents_dir, load_intents

CONTRACT_INTENTS = ("overview", "responsibilities", "skills", "education", "tools", "salary", "outlook",
                    "industries", "getting_started", "compare", "similar", "recommend", "list_roles", "help",
                    "greeting", "thanks", "unknown")


def test_the_catalogue_holds_exactly_the_contract_intents():
    assert sorted(spec.name for spec in CATALOGUE) == sorted(CONTRACT_INTENTS)


def test_the_bundled_intents_define_every_catalogue_intent():
    assert sorted(load_intents().intents) == sorted(DEFINED_INTENTS)


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_has_a_renderer_and_a_label(topic):
    assert callable(getattr(Composer, f"_{topic}", None)), topic
    assert ASPECT_LABELS[topic]


@pytest.fixture
def intents_copy(tmp_path) -> Path:
    target = tmp_path / "intents"
    shutil.copytree(default_intents_dir(), target)
    return target


def _problems(directory: Path) -> str:
    with pytest.raises(DataError) as info:
        load_intents(directory)
    return info.value.report()


def test_an_extra_intent_file_is_an_error_not_a_crash_later(intents_copy):
    shutil.copy(intents_copy / "salary.yaml", intents_copy / "bonus.yaml")
    report = _problems(intents_copy)
    assert "bonus.yaml" in report and "not an intent the bot can answer" in report


def test_a_missing_intent_file_is_an_error(intents_copy):
    (intents_copy / "tools.yaml").unlink()
    assert "tools.yaml: is missing" in _problems(intents_copy)


def test_a_wrong_kind_is_an_error(intents_copy):
    path = intents_copy / "salary.yaml"
    path.write_text(path.read_text().replace("kind: topic", "kind: compare"))
    assert "salary.yaml:2: kind: 'compare' should be 'topic'" in _problems(intents_copy)


def test_yaml_booleans_are_not_words(intents_copy):
    path = intents_copy / "salary.yaml"
    path.write_text(path.read_text().replace("keywords:\n", "keywords:\n  yes: 2\n", 1))
    lang = intents_copy / "_language.yaml"
    lang.write_text(lang.read_text().replace('"on",', "on,", 1))
    report = _problems(intents_copy)
    assert "salary.yaml" in report and "True was read as bool" in report
    assert "_language.yaml:" in report and "stopwords[" in report


def test_a_gloss_must_come_from_another_script(intents_copy):
    lang = intents_copy / "_language.yaml"
    lang.write_text(lang.read_text(encoding="utf-8").replace("glosses: {", "glosses: {salary: pay, ", 1),
                    encoding="utf-8")
    report = _problems(intents_copy)
    assert "_language.yaml" in report and "glosses" in report and "'salary'" in report


def test_bad_weights_are_errors_with_lines(intents_copy):
    path = intents_copy / "salary.yaml"
    text = path.read_text().replace("  salary: 5\n", "  salary: 500\n", 1).replace("  pay: 5\n", "  pay: lots\n", 1)
    path.write_text(text)
    report = _problems(intents_copy)
    assert "keywords.salary: weight 500 is out of range" in report
    assert "keywords.pay: expected a number" in report
    assert "salary.yaml:" in report


def test_an_unknown_key_is_an_error_with_a_hint(intents_copy):
    path = intents_copy / "tools.yaml"
    path.write_text(path.read_text().replace("keywords:", "keywrods:", 1))
    assert "did you mean 'keywords'" in _problems(intents_copy)


def test_every_phrase_pattern_compiles():
    """Phrases compile on first use (start-up compiles none); every one of them must compile."""
    import re

    for intent in load_intents().intents.values():
        for pattern, _, text, _ in intent.phrases:
            assert isinstance(re.compile(pattern.pattern), re.Pattern), (intent.name, text)


def test_no_intent_word_is_a_single_letter_but_the_english_ones():
    """A phrase like 'e|o se' made 'e' a known word and hid the job in 'e-discovery specialist': the words of
    the intents' keywords and phrases are whole words ('a', 'i', 'u' for 'you', and numbers, are English)."""
    letters = {w for w in load_intents(prebuilt=False).vocabulary if len(w) == 1 and w.isalpha()}
    assert letters <= {"a", "i", "u"}, letters
