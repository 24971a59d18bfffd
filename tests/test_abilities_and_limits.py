"""Issue #13, 'which suits me?' with what the person is good at and what their body can't take: O*NET's importance
ratings of what they named, shown as O*NET states them, and the pick of the job that rates most of it very
important; a bad back sets aside the jobs whose O*NET tasks mention lifting or heavy work, and a question about how
physical a job is quotes those tasks (the sources rate no job's physical demands, which the answer says)."""
from __future__ import annotations

import pytest

from bot.knowledge.abilities import ABILITIES, VERY_IMPORTANT, abilities_in, by_label, physical_tasks, rating
from bot.understanding.session import Session, session_from_json, session_to_json
from .talking import first_line

DISPATCHER, CARGO, DIESEL, HELP_DESK = "43-5032.00", "43-5011.00", "49-3031.00", "15-1232.00"


@pytest.mark.parametrize("said, label", [
    ("good talkin to people", "talking to people"),
    ("im a people person", "talking to people"),
    ("i fix small stuff on my rig", "fixing things"),
    ("i know the DOT rules inside out", "knowing the rules"),
    ("i know the road", "knowing the road"),
    ("i'm good with numbers", "numbers"),
    ("i love organising events and deadlines", "organising and planning"),
    ("i enjoy teaching new starters", "teaching and explaining"),
    ("i used to run the floor, managing people all day", "leading people"),
    ("i speak three languages, bilingual since a kid", "languages"),
])
def test_what_people_say_they_are_good_at_is_read(said, label):
    assert label in abilities_in(said)


@pytest.mark.parametrize("said", ["what does a dispatcher earn", "is it a good job", "hello there"])
def test_a_question_names_no_ability(said):
    assert abilities_in(said) == ()


def test_every_ability_names_elements_o_net_rates(engine):
    rated = {name for name, _, _ in engine.composer.official.occupation(DISPATCHER).skills} | {
        name for name, _, _ in engine.composer.official.occupation(DISPATCHER).knowledge}
    for ability in ABILITIES:
        assert set(ability.elements) <= rated, ability.label


def _told(engine, occ_code: str, label: str) -> str:
    found = rating(engine.composer.official.occupation(occ_code), by_label(label))
    assert found is not None
    return f"{found[0]} {found[1]:.2f}"


def test_which_suits_me_shows_the_ratings_of_what_they_named_and_picks(engine, chat):
    reply = chat.say("which suits me best, dispatcher or diesel mechanic? i'm great with customers and i know the "
                     "dot rules")
    line = first_line(reply)
    assert line.startswith("From what you told me you're good at (talking to people and knowing the rules)")
    for code in (DISPATCHER, DIESEL):
        assert _told(engine, code, "talking to people") in line
        assert _told(engine, code, "knowing the rules") in line
    official = engine.composer.official
    strong = {code: sum(rating(official.occupation(code), by_label(label))[1] >= VERY_IMPORTANT
                        for label in ("talking to people", "knowing the rules")) for code in (DISPATCHER, DIESEL)}
    best = max(strong, key=strong.get)
    if strong[DISPATCHER] != strong[DIESEL]:
        assert f"{official.occupation(best).title} uses the most of it" in line


def test_what_they_said_before_is_kept_for_a_later_pick(chat):
    chat.say("hi im a truck driver, i fix small stuff on my rig and im good talkin to people")
    assert "fixing things" in chat.session.abilities and "talking to people" in chat.session.abilities
    reply = chat.say("dispatcher or diesel mechanic, which one fits me?")
    assert "From what you told me you're good at (" in first_line(reply)
    assert session_from_json(session_to_json(chat.session)) == chat.session


def test_a_bad_back_sets_aside_the_jobs_whose_tasks_are_heavy(engine, chat):
    official = engine.composer.official
    assert physical_tasks(official.occupation(DIESEL)) and not physical_tasks(official.occupation(DISPATCHER))
    chat.say("my back is shot from 12 years of driving")
    assert "physical" in chat.session.limits
    line = first_line(chat.say("dispatcher or diesel mechanic, which suits me? i fix stuff and im good with people"))
    assert "of the jobs whose O*NET tasks mention no lifting or heavy work" in line
    assert "my sources don't rate how physical each job is" in line
    assert physical_tasks(official.occupation(DIESEL))[0].rstrip(".") in line


def test_how_physical_a_job_is_quotes_the_tasks_and_claims_no_light_work(engine, chat):
    tasks = physical_tasks(engine.composer.official.occupation(DIESEL))
    line = first_line(chat.say("is a diesel mechanic job hard on your back?"))
    assert line.startswith("My sources don't rate how physical a job is.")
    assert tasks[0].rstrip(".") in line


def test_the_job_easiest_on_the_body_is_named_with_its_reason(chat):
    chat.say("compare dispatcher, diesel mechanic and help desk")
    line = first_line(chat.say("which one is easiest on the back?"))
    assert line.startswith("My sources don't rate how physical a job is.")
    assert "None of the tasks O*NET lists for" in line and "not the same as saying the work is light" in line


def test_no_ability_said_leaves_the_pick_to_what_it_was(chat):
    line = first_line(chat.say("dispatcher or diesel mechanic, which suits me?"))
    assert not line.startswith("From what you told me you're good at")


def test_an_old_session_without_abilities_still_reads():
    old = session_to_json(Session()).replace(',"abilities":[],"limits":[]', "").replace('"v":10', '"v":9')
    assert session_from_json(old) == Session()


def test_just_pick_one_among_the_lighter_jobs_names_one_with_its_reason(engine, chat):
    official = engine.composer.official
    chat.say("compare dispatcher, diesel mechanic and help desk")
    line = first_line(chat.say("which one is easiest on the back? just pick one"))
    lighter = [official.occupation(c) for c in (DISPATCHER, HELP_DESK)]
    best = max(lighter, key=lambda o: o.wages.median)
    assert f"If it has to be one: {best.title}, the better paid of them (median annual wage ${best.wages.median:,}" \
        in line
