"""The learned second opinion on the intent (bot/understanding/learned.py, intents/_learned.json)."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.errors import DataError
from bot.understanding.intents import load_intents
from bot.understanding.session import Session

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MODEL = ROOT / "intents" / "_learned.json"

# Questions whose topic no keyword or phrase names; the learned weights know such wording.
WORDING = [
    ("is being a data architect mostly meetings", "responsibilities", ["data-architect"]),
    ("is a data architect mostly hands-on or mostly meetings", "responsibilities", ["data-architect"]),
]


@pytest.fixture(scope="module")
def rules_only(engine: Engine) -> Engine:
    return Engine(engine.kb, replace(engine.intents, model=None), engine.official)


@pytest.mark.parametrize("text,intent,roles", WORDING)
def test_the_model_understands_wording_the_rules_miss(engine: Engine, rules_only: Engine, text: str, intent: str,
                                                      roles: list[str]) -> None:
    with_model = engine.understand(text)
    assert (with_model.intent, list(with_model.roles)) == (intent, roles)
    assert "learned model" in with_model.rule
    assert rules_only.understand(text).intent != intent  # else this test would not show the model's part


def test_the_model_does_not_override_the_conversation(engine: Engine) -> None:
    reply, session = engine.reply("how much does a data engineer earn", Session())
    reply, session = engine.reply("and for statisticians?", session)
    assert (reply.intent, list(reply.roles)) == ("salary", ["statistician"])


def test_a_question_about_the_role_in_context_is_not_help(engine: Engine) -> None:
    _, session = engine.reply("how do I become a data engineer", Session())
    u = engine.understand("what certifications would help?", session)
    assert u.intent == "education" and list(u.roles) == ["data-engineer"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _intents_with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "intents"
    shutil.copytree(ROOT / "intents", folder)
    (folder / "_learned.json").write_text(text, encoding="utf-8")
    return folder


def _valid() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


@pytest.mark.parametrize("change,field", [
    (lambda d: "{not json", ""),
    (lambda d: json.dumps({**d, "format": 99}), "format"),
    (lambda d: json.dumps({**d, "intents": d["intents"] + ["astrology"]}), "intents"),
    (lambda d: json.dumps({**d, "weights": {"salary": [[0, "high"]]}}), "weights.salary"),
    (lambda d: json.dumps({**d, "weights": {"salary": [[99, 1.0]]}}), "weights.salary"),
])
def test_a_broken_model_file_is_a_clear_error(tmp_path: Path, change, field: str) -> None:
    folder = _intents_with(tmp_path, change(_valid()))
    with pytest.raises(DataError) as caught:
        load_intents(folder)
    problem = caught.value.problems[0]
    assert problem.file == "_learned.json" and problem.field == field


def test_an_intent_set_without_a_model_still_loads(tmp_path: Path) -> None:
    folder = _intents_with(tmp_path, "")
    (folder / "_learned.json").unlink()
    assert load_intents(folder).model is None


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} (the shared dev sets the model learns from) is absent")
def test_the_model_is_what_the_script_makes_from_the_labelled_data(tmp_path: Path) -> None:
    out = tmp_path / "_learned.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "learn_intents.py"), "--shared", str(SHARED),
                    "--out", str(out)], check=True, capture_output=True, timeout=900)
    # Digests, not the bytes: on a difference pytest would diff two 1 MB strings for many minutes.
    assert _digest(out) == _digest(MODEL), \
        "intents/_learned.json differs from a fresh training run: run python scripts/learn_intents.py and commit"

