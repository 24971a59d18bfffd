"""The prebuilt knowledge and intents (bot/prebuilt.py): reproducible, equal to the YAML, never used when stale."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from types import MappingProxyType
from typing import Any

import pytest

from bot import prebuilt
from bot.errors import DataError
from bot.knowledge.load import default_knowledge_dir, load_knowledge
from bot.understanding.intents import PhrasePattern, default_intents_dir, load_intents

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "build_prebuilt.py"


def canon(value: Any) -> Any:
    """A comparable form that also tells types apart (1 from 1.0, a tuple from a list) and sorts sets."""
    if isinstance(value, frozenset):
        return ("frozenset", sorted(repr(canon(v)) for v in value))
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, [canon(v) for v in value])
    if isinstance(value, (dict, MappingProxyType)):
        return (type(value).__name__, [(canon(k), canon(v)) for k, v in value.items()])
    if dataclasses.is_dataclass(value):
        return (type(value).__name__, [(f.name, canon(getattr(value, f.name))) for f in dataclasses.fields(value)])
    if isinstance(value, PhrasePattern):
        return ("PhrasePattern", value.pattern)
    return (type(value).__name__, value)


def test_build_reproduces_the_committed_files_byte_for_byte(tmp_path):
    knowledge, intents = tmp_path / "knowledge", tmp_path / "intents"
    shutil.copytree(default_knowledge_dir(), knowledge, ignore=shutil.ignore_patterns("official", prebuilt.FILE))
    shutil.copytree(default_intents_dir(), intents, ignore=shutil.ignore_patterns(prebuilt.FILE))
    subprocess.run([sys.executable, str(SCRIPT), "--knowledge", str(knowledge), "--intents", str(intents)],
                   check=True, capture_output=True, text=True)
    for built, committed in ((knowledge, default_knowledge_dir()), (intents, default_intents_dir())):
        assert (built / prebuilt.FILE).read_bytes() == (committed / prebuilt.FILE).read_bytes(), (
            f"{committed / prebuilt.FILE} differs from a fresh build: run python scripts/build_prebuilt.py "
            "and commit the result")


def test_the_committed_files_are_used():
    assert prebuilt.stale(default_knowledge_dir(), "knowledge") is None
    assert prebuilt.stale(default_intents_dir(), "intents") is None


def test_prebuilt_equals_the_yaml():
    assert canon(load_knowledge()) == canon(load_knowledge(prebuilt=False))
    assert canon(load_intents()) == canon(load_intents(prebuilt=False))


def _copies(tmp_path):
    knowledge, intents = tmp_path / "knowledge", tmp_path / "intents"
    shutil.copytree(default_knowledge_dir(), knowledge, ignore=shutil.ignore_patterns("official"))
    shutil.copytree(default_intents_dir(), intents)
    return knowledge, intents


def test_a_copy_of_the_folders_uses_its_prebuilt_file(tmp_path, monkeypatch):
    knowledge, intents = _copies(tmp_path)
    monkeypatch.setattr("bot.knowledge.load._yaml", lambda: pytest.fail("read the YAML"))
    assert canon(load_knowledge(knowledge)) == canon(load_knowledge())
    assert canon(load_intents(intents)) == canon(load_intents())


def test_an_edited_yaml_file_is_read_instead(tmp_path):
    knowledge, intents = _copies(tmp_path)
    path = knowledge / "statistician.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Statistician", "name: Statistics Person"),
                    encoding="utf-8")
    assert "other knowledge files" in (prebuilt.stale(knowledge, "knowledge") or "")
    assert load_knowledge(knowledge).roles["statistician"].name == "Statistics Person"
    path = intents / "thanks.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - much obliged to you\n", encoding="utf-8")
    assert load_intents(intents).intents["thanks"].examples[-1] == "much obliged to you"


def test_a_new_or_removed_file_makes_it_stale(tmp_path):
    knowledge, intents = _copies(tmp_path)
    (knowledge / "statistician.yaml").unlink()
    assert prebuilt.stale(knowledge, "knowledge")
    (intents / "extra.yml").write_text("name: extra\n", encoding="utf-8")
    assert prebuilt.stale(intents, "intents")
    (knowledge / "statistician.yaml").mkdir()  # not a file: the loader says it cannot be read
    assert "cannot be read" in (prebuilt.stale(knowledge, "knowledge") or "")


def test_an_invalid_yaml_file_is_still_reported_with_file_and_field(tmp_path):
    knowledge, _ = _copies(tmp_path)
    path = knowledge / "data-analyst.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("group: analytics", "group: analysis"), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_knowledge(knowledge)
    assert any(p.file == "data-analyst.yaml" and p.field == "group" for p in error.value.problems)


def test_other_loader_code_makes_it_stale(tmp_path, monkeypatch):
    knowledge, intents = _copies(tmp_path)
    monkeypatch.setattr(prebuilt, "code_hash", lambda modules: "0" * 64)
    assert "other code" in (prebuilt.stale(knowledge, "knowledge") or "")
    assert "other code" in (prebuilt.stale(intents, "intents") or "")
    assert canon(load_knowledge(knowledge)) == canon(load_knowledge(prebuilt=False))


def test_a_hand_edit_of_the_prebuilt_file_is_ignored(tmp_path):
    knowledge, _ = _copies(tmp_path)
    path = knowledge / prebuilt.FILE
    path.write_text(path.read_text(encoding="utf-8").replace('"name":"Statistician"', '"name":"Statistics Person"'),
                    encoding="utf-8")
    assert "changed after it was built" in (prebuilt.stale(knowledge, "knowledge") or "")
    assert load_knowledge(knowledge).roles["statistician"].name == "Statistician"


@pytest.mark.parametrize("text", ["", "{", "[]", '{"format": 1, "kind": "knowledge"}',
                                  '{"format": 1, "kind": "knowledge"}\n{}'])
def test_a_broken_prebuilt_file_is_ignored(tmp_path, text):
    knowledge, _ = _copies(tmp_path)
    (knowledge / prebuilt.FILE).write_text(text, encoding="utf-8")
    assert prebuilt.stale(knowledge, "knowledge")
    assert canon(load_knowledge(knowledge)) == canon(load_knowledge(prebuilt=False))


def test_starting_from_the_prebuilt_form_imports_no_yaml():
    code = "import sys; from bot.engine import Engine; Engine.load(); print('yaml' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.stdout.strip() == "False", run.stderr


def test_validate_reads_the_yaml_and_notes_a_stale_build(tmp_path):
    knowledge, _ = _copies(tmp_path)
    path = knowledge / "statistician.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "bot", "validate", str(knowledge)], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 0 and "25 role profiles" in run.stdout
    assert "run scripts/build_prebuilt.py" in run.stdout
    fresh = subprocess.run([sys.executable, "-m", "bot", "validate"], capture_output=True, text=True, cwd=ROOT,
                           timeout=60)
    assert fresh.returncode == 0 and "build_prebuilt" not in fresh.stdout
