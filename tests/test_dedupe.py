"""Lists merged from several articles keep one item per meaning, every source and every fact."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.knowledge.dedupe import _words, content_words, contained, dedupe_facts, same_meaning
from bot.knowledge.load import load_knowledge
from bot.knowledge.profiles import Fact

from .conftest import ROOT


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("a,b", [
    ("E-commerce", "E-commerce and Retail"),
    ("E-commerce (e.g., recommendation systems)", "E-commerce and Retail"),
    ("Retail and E-commerce", "E-commerce and Retail"),
    ("Expertise in programming languages such as Python, R, or Java.",
     "Strong programming skills in languages such as Python, R, or Java."),
    ("Proficiency in machine learning frameworks (e.g., TensorFlow, PyTorch).",
     "In-depth knowledge of machine learning frameworks (TensorFlow, PyTorch, Scikit-learn)."),
])
def test_near_identical_items_say_the_same(a, b):
    assert same_meaning(a, b)


@pytest.mark.parametrize("a,b", [
    # a qualification in parentheses is a fact, not an example
    ("Bachelor's degree (typical entry-level education for data scientists per BLS).",
     "Bachelor's or master's degree in data science, statistics or a related field."),
    ("Knowledge of ML frameworks, such as scikit-learn and Keras.",
     "In-depth knowledge of machine learning frameworks (TensorFlow, PyTorch, Scikit-learn)."),
    ("Leadership and team management skills.", "Excellent communication and leadership abilities."),
    ("SQL", "NoSQL databases"),
])
def test_different_items_are_kept_apart(a, b):
    assert not same_meaning(a, b)


def test_the_three_e_commerce_industries_become_one_item_with_every_source(kb):
    role = kb.role("lead-machine-learning-engineer")
    ecommerce = [f for f in role.industries if "e-commerce" in f.text.lower()]
    assert len(ecommerce) == 1
    assert ecommerce[0].text == "E-commerce and Retail (e.g., recommendation systems)"
    assert set(ecommerce[0].sources) == {"seed-000", "seed-001", "seed-003"}


def test_repeated_programming_language_lines_become_one(kb):
    role = kb.role("lead-machine-learning-engineer")
    lines = [f for f in role.technical_skills if "python, r, or java" in f.text.lower()]
    assert len(lines) == 1 and set(lines[0].sources) == {"seed-000", "seed-001"}


def test_no_merge_drops_a_fact_only_one_item_held(kb):
    assert kb.merges, "the real knowledge base has near-identical items to merge"
    for m in kb.merges:
        kept = _words(m.kept)
        for text in m.merged:
            assert contained(_words(text), kept) or contained(content_words(text), kept), (m.kept, text)


def test_merging_keeps_order_and_the_item_that_says_most():
    facts = (Fact("Finance", ("a",)), Fact("Gaming", ("b",)), Fact("Finance and Banking", ("c",)))
    out, merges = dedupe_facts(facts)
    assert [f.text for f in out] == ["Finance and Banking", "Gaming"]
    assert out[0].sources == ("c", "a")
    assert merges == [("Finance and Banking", ("Finance", "Finance and Banking"))]


def test_education_kinds_are_not_merged_across_kinds():
    facts = (Fact("Machine learning courses", ("a",), "training"), Fact("Machine learning courses", ("b",), "degree"))
    assert len(dedupe_facts(facts)[0]) == 2


def test_validate_shows_how_many_items_were_merged():
    run = subprocess.run([sys.executable, "-m", "bot", "validate"], capture_output=True, text=True, cwd=ROOT,
                         timeout=60)
    assert run.returncode == 0
    assert "Near-identical list items merged:" in run.stdout
    assert 'lead-machine-learning-engineer.industries: 3 -> "E-commerce and Retail (e.g., recommendation systems)"' \
        in run.stdout
