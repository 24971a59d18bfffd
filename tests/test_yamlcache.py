"""The parsed-YAML cache: used when the text is the same, bypassed when it changed, optional."""
from __future__ import annotations

import shutil

import pytest

import bot.knowledge as knowledge
from bot.knowledge import default_knowledge_dir, load_knowledge


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREER_BOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _no_parsing(monkeypatch):
    def refuse(text):
        raise AssertionError("parsed although cached")
    monkeypatch.setattr(knowledge, "_parse_yaml", refuse)


def test_second_load_comes_from_the_cache_and_is_equal(cache_dir, monkeypatch):
    first = load_knowledge()
    assert list(cache_dir.glob("knowledge-*.marshal"))
    _no_parsing(monkeypatch)
    again = load_knowledge()
    assert dict(again.roles) == dict(first.roles) and dict(again.sources) == dict(first.sources)


def test_an_edited_file_is_parsed_again(cache_dir, monkeypatch, tmp_path):
    target = tmp_path / "kb"
    shutil.copytree(default_knowledge_dir(), target)
    load_knowledge(target)
    path = target / "statistician.yaml"
    path.write_text(path.read_text().replace("name: Statistician", "name: Statistician (edited)"))
    assert load_knowledge(target).role("statistician").name == "Statistician (edited)"


def test_a_cached_file_is_still_validated(cache_dir, tmp_path):
    target = tmp_path / "kb"
    shutil.copytree(default_knowledge_dir(), target)
    load_knowledge(target)
    (target / "statistician.yaml").unlink()  # the cache holds it, but it is gone: the reference breaks
    with pytest.raises(knowledge.DataError, match="'statistician' is not a role id"):
        load_knowledge(target)


def test_cache_can_be_switched_off_and_a_broken_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREER_BOT_CACHE_DIR", "off")
    load_knowledge()
    assert not list(tmp_path.glob("**/*.marshal"))
    monkeypatch.setenv("CAREER_BOT_CACHE_DIR", str(tmp_path))
    from bot.yamlcache import cache_file
    broken = cache_file("knowledge")
    broken.write_bytes(b"not marshal data")
    assert len(load_knowledge().roles) == 25
    assert broken.read_bytes() != b"not marshal data"  # replaced by a good one
