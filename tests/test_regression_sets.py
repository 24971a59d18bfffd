"""Understanding on our own labelled sets (eval/): the known misses are listed exactly.

A message missed that is not in eval/known-misses.json is a regression; a listed message now
understood means the list is stale (run scripts/known_misses.py and commit it).
"""
from __future__ import annotations

import json

import pytest

from bot.evaluation import misses

from .conftest import ROOT

SETS = sorted((ROOT / "eval").glob("set*.json*"))
KNOWN = json.loads((ROOT / "eval" / "known-misses.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_known_misses_exactly(engine, path):
    missed = list(misses(engine, path))
    known = KNOWN.get(path.name, [])
    assert [m for m in missed if m not in known] == [], "regressions"
    assert [m for m in known if m not in missed] == [], "now understood: run scripts/known_misses.py"
