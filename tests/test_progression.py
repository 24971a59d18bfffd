"""Issue #13, 'what's above X?': the profiles' next steps for a curated role; for an O*NET occupation (and a
curated role with none above it), what O*NET relates to it that leads or manages the work or needs more
preparation, each with its median wage, said as the nearest the sources come (O*NET publishes no career ladder)."""
from __future__ import annotations

import pytest

from bot.understanding.session import Session
from .talking import first_line

OCCUPATIONS = {"accountant": "13-2011.00", "financial analyst": "13-2051.00", "registered nurse": "29-1141.00",
               "dispatcher": "43-5032.00", "clinical data manager": "15-2051.02", "help desk": "15-1232.00"}


@pytest.mark.parametrize("question", ["what's above {a} {job}?", "what is the next step up from {job}",
                                      "{a} {job}, where can i go from there, promotion wise?"])
@pytest.mark.parametrize("job, code", OCCUPATIONS.items())
def test_steps_above_an_occupation_are_o_net_s_related_ones_that_lead_or_ask_more(engine, question, job, code):
    occ = engine.composer.official.occupation(code)
    reply, _ = engine.reply(question.format(a="an" if job[0] in "aeiou" else "a", job=job), Session())
    line = first_line(reply)
    assert line.startswith(f"O*NET publishes no career ladder for {occ.title}")
    related = [engine.composer.official.occupation(c) for c in occ.related]
    named = [o for o in related if f"{o.title} (" in line]
    assert named, "names none of the occupations O*NET relates to it"
    for o in named:  # each leads the work or needs more preparation
        assert o.code.startswith("11-") or "Supervisors" in o.title or o.job_zone > occ.job_zone
        if o.wages is not None and o.wages.median is not None:
            assert f"{o.title} (${o.wages.median:,} median annual wage" in line


@pytest.mark.parametrize("role", ["data scientist", "statistician", "data analyst", "machine learning engineer"])
def test_a_curated_role_is_never_called_the_most_senior(engine, role):
    reply, _ = engine.reply(f"what is above {role}?", Session())
    line = first_line(reply)
    assert "most senior" not in line
    assert line.startswith(("From ", "None of my profiles is a step above"))


def test_the_step_above_asked_second_is_answered_after_the_first(engine):
    occ = engine.composer.official.occupation("13-2051.00")
    reply, _ = engine.reply("how much does a financial analyst make, and what's the next step up from it?", Session())
    line = first_line(reply)
    assert f"median annual wage ${occ.wages.median:,}" in line
    assert line.index(f"${occ.wages.median:,}") < line.index("O*NET publishes no career ladder for")
