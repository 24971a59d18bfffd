"""A job name no O*NET title has, read by its words (issue #12): the occupation most of whose titles hold the
name's describing words and end in its head noun, or a head noun doing the same work ('fitter': installer)."""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.understanding.session import Session


@pytest.mark.parametrize("message, role", [
    ("how much does a carpet layer earn", "onet:47-2041.00"),    # titled Carpet Installer
    ("what does a school cook do", "onet:35-2012.00"),           # Cooks, Institution and Cafeteria
    ("crane op salary uk", "onet:53-7021.00"),                   # 'op': operator
    ("how do I become an apple picker", "onet:45-2092.00"),      # 'picker': harvester, laborer
])
def test_a_name_no_title_has_is_read_by_its_words(engine, message, role):
    understood = engine.understand(message, Session())
    assert understood.roles == (role,) and understood.unknown_role is None


def test_the_answer_says_the_reading_is_a_guess_from_the_words(engine):
    text = to_text(engine.reply("what does a fence fitter earn", Session())[0])
    assert 'No O*NET title reads "fence fitter"; going by its words, I take it to mean' in text


@pytest.mark.parametrize("message", [
    "what does a chief vibes officer do",        # a rank word and a word no title holds: nothing to go by
    "what does a rota coordinator earn",         # no title holds 'rota': nothing to go by
])
def test_words_that_do_not_all_point_one_way_stay_unknown(engine, message):
    understood = engine.understand(message, Session())
    assert not understood.roles and understood.unknown_role


def test_an_employer_listed_is_no_job_guessed(engine):
    understood = engine.understand("who hires locksmiths besides residential, like hospitals, schools, car dealers?",
                                   Session())
    assert understood.roles == ("onet:49-9094.00",)


@pytest.mark.parametrize("message, role", [
    ("compare mech design engg vs data scientist", "onet:17-2141.00"),  # the alias 'mech design engineer', shortened
    ("what course for pattern making?", "onet:51-6092.00"),             # the alias 'pattern maker', by its activity
    ("how do I get into project management", "onet:13-1082.00"),       # 'project manager', by its activity
])
def test_an_everyday_name_is_read_by_its_short_form_or_activity(engine, message, role):
    assert role in engine.understand(message, Session()).roles


@pytest.mark.parametrize("message", [
    "is teaching a good line of work?",            # a line of work, not a line worker
    "how to get into computer vision, i work in a CCTV control room",  # a place, not a controller
])
def test_idioms_and_places_name_no_job(engine, message):
    roles = engine.understand(message, Session()).roles
    assert not any(r in roles for r in ("onet:49-9051.00", "onet:33-9032.00"))
