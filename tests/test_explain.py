"""`python -m bot explain`: what fired, which roles were found, which rule decided, with context."""
from __future__ import annotations

import json

from bot.frontends.cli import main


def test_explain_shows_scores_roles_and_rule(capsys):
    assert main(["explain", "whats the salery of data architects vs ml engineers?"]) == 0
    out = capsys.readouterr().out
    assert "salary +5" in out                      # the corrected keyword fired with its weight
    assert "'data architect' -> data-architect" in out
    assert "decided by rule: compare_named_roles" in out
    assert "intent=compare roles=['data-architect', 'machine-learning-engineer'] aspect=salary" in out


def test_explain_with_messages_as_context(tmp_path, capsys):
    context = tmp_path / "chat.txt"
    context.write_text("what does a data architect do\n", encoding="utf-8")
    assert main(["explain", "--session", str(context), "and the pay?"]) == 0
    out = capsys.readouterr().out
    assert "focus=['data-architect']" in out
    assert "intent=salary roles=['data-architect']" in out


def test_explain_with_a_json_transcript_as_context(tmp_path, capsys):
    transcript = tmp_path / "chat.jsonl"
    answer = {"intent": "outlook", "roles": ["statistician"], "aspect": None, "candidates": [], "text": "…"}
    transcript.write_text(json.dumps(answer) + "\n", encoding="utf-8")
    assert main(["explain", "--session", str(transcript), "what about the skills"]) == 0
    assert "intent=skills roles=['statistician']" in capsys.readouterr().out


def test_explain_with_a_missing_context_file_says_so(tmp_path, capsys):
    assert main(["explain", "--session", str(tmp_path / "nope.txt"), "hi"]) == 2
    assert "Cannot read" in capsys.readouterr().err
