"""Verdicts you can trust (issue #11): one test per rule, on the real knowledge base, with each case seen."""
from __future__ import annotations

import itertools
import re

import pytest

from bot.answers.compose import Subject, growth_text, percent_text
from bot.answers.render import to_text
from bot.answers.verdicts import OWN, Quantity, verdict, why_not_comparable
from bot.knowledge.profiles import GrowthFigure
from bot.understanding.understand import Understanding

from .talking import first_line, talk

NUMBER = re.compile(r"[$+\-]?\d+(?:,\d{3})*(?:\.\d+)?%?")


def _subject(engine, role_id) -> Subject:
    return engine.composer._subject(role_id)


def _growth(engine, role_id, **match) -> GrowthFigure:
    return next(g for g in engine.kb.role(role_id).growth if all(getattr(g, k) == v for k, v in match.items()))


def _compare(engine, roles, aspect=None):
    reply = engine.composer.compose(Understanding("compare", tuple(roles), aspect=aspect))
    return reply, to_text(reply)


def _verdicts(reply):
    return [b.text for b in reply.blocks if b.kind == "text" and not b.text.startswith("In one line")]


# --- rule: only figures of one kind (measure, group, period, region, source) are ranked -----------------

def test_a_group_figure_is_not_ranked_against_another_groups_figure(engine):
    """Seen: "data scientists and related roles" 31% (seed-004) used as the Data Manager's own projection and
    ranked against the data architects' 9% of another article."""
    composer = engine.composer
    manager = composer._growth_quantity(_subject(engine, "data-manager"), _growth(engine, "data-manager", percent=31))
    architect = composer._growth_quantity(_subject(engine, "data-architect"),
                                          _growth(engine, "data-architect", percent=9))
    assert manager.scope == "data scientists and related roles" and manager.label.startswith(
        "data scientists and related roles (the group that includes Data Manager)")
    text = verdict([manager, architect], "grows faster", "projected employment change")
    assert text.startswith("No verdict on which grows faster:") and "is higher" not in text


def test_figures_of_different_periods_are_not_ranked(engine):
    composer = engine.composer
    architect = composer._growth_quantity(_subject(engine, "data-architect"),
                                          _growth(engine, "data-architect", start=2021))
    engineer = composer._growth_quantity(_subject(engine, "machine-learning-engineer"),
                                         _growth(engine, "machine-learning-engineer", percent=22))
    assert why_not_comparable([architect, engineer]) == ("the two figures are for different periods "
                                                         "(2021–2031, 2020–2030)")


def test_one_article_comparing_two_roles_is_ranked_as_it_says(engine):
    """seed-000 gives data architects 9% and machine learning engineers 22%, 2020–2030: like with like."""
    composer = engine.composer
    architect = composer._growth_quantity(_subject(engine, "data-architect"),
                                          _growth(engine, "data-architect", percent=9))
    engineer = composer._growth_quantity(_subject(engine, "machine-learning-engineer"),
                                         _growth(engine, "machine-learning-engineer", percent=22))
    assert verdict([architect, engineer], "grows faster", "projected employment change, US, 2020–2030") == (
        "Comparing like with like (projected employment change, US, 2020–2030): Machine Learning Engineer is higher "
        "at 22% vs Data Architect 9%.")


def test_different_measures_are_never_ranked(engine):
    reply, text = _compare(engine, ("ai-product-manager", "machine-learning-data-architect"), "salary")
    assert "is higher at $393,000" not in text  # total compensation is never ranked against a wage


def test_pay_verdict_needs_one_source_and_year(engine):
    reply, text = _compare(engine, ("data-architect", "machine-learning-data-architect"), "salary")
    assert ("Comparing like with like (average total compensation (USD), US, 2024): Machine Learning Data Architect is "
            "higher at $393,000 vs Data Architect $189,122.") in text


# --- rule: no number a source does not state; a range is compared as a range --------------------------------

def test_a_range_stays_a_range(engine):
    """Seen: "8–9%" turned into "8.5%" in a verdict."""
    g = _growth(engine, "data-architect", start=2021)
    assert percent_text(g) == "8–9%" and "8–9% from 2021 to 2031" in growth_text(g)
    assert not hasattr(g, "midpoint")
    q = engine.composer._growth_quantity(_subject(engine, "data-architect"), g)
    point = Quantity("Nine", "9%", 9, 9, q.measure, OWN, q.period, q.region, q.sources, "other")
    text = verdict([q, point], "grows faster", "projected employment change")
    assert "8.5" not in text and "is higher" not in text and "the ranges overlap" in text
    above = Quantity("Ten", "10%", 10, 10, q.measure, OWN, q.period, q.region, q.sources, "ten")
    assert "Ten is higher at 10% vs Data Architect 8–9%" in verdict([q, above], "grows faster", "x")


def test_no_answer_shows_a_midpoint_of_the_data_architects_range(engine):
    for other in sorted(set(engine.kb.roles) - {"statistician"}):   # statisticians' own projection is +8.5%
        for aspect in ("salary", "outlook"):
            assert "8.5" not in _compare(engine, ("data-architect", other), aspect)[1]
    assert "8.5" not in to_text(engine.reply("full job outlook for a data architect")[0])


# --- rule: a figure is never compared with itself ------------------------------------------------------------

def test_one_sentence_for_two_roles_is_one_figure_not_level(engine):
    """Seen: seed-000's "machine learning engineers … 22%" given to the ML engineer and the lead ML engineer,
    then "they are level at 22%"."""
    composer = engine.composer
    ml = composer._growth_quantity(_subject(engine, "machine-learning-engineer"),
                                   _growth(engine, "machine-learning-engineer", percent=22))
    lead = composer._growth_quantity(_subject(engine, "lead-machine-learning-engineer"),
                                     _growth(engine, "lead-machine-learning-engineer", percent=22))
    assert ml.fact == lead.fact
    text = verdict([ml, lead], "grows faster", "projected employment change")
    assert text == "The source gives one figure for both, 22%, so it cannot say which grows faster."


def test_one_official_row_for_two_roles_is_one_figure(engine):
    for aspect, value in (("salary", "$135,980"), ("outlook", "+8.7%")):
        reply, text = _compare(engine, ("data-engineer", "data-manager"), aspect)
        assert f"The source gives one figure for both, {value}" in text and "level" not in text


# --- rule: every number of a verdict is in the answer's figure lines, with the same label ------------------------
# (the verdict comes first when the aspect was asked, its figures right after it; in an overview, after them)

def _check_numbers_shown(reply):
    shown = [f"{item.label}: {item.text}" for block in reply.blocks if block.kind == "list" for item in block.items]
    for block in reply.blocks:
        if block.kind == "text" and not block.text.startswith("In one line"):
            for number in NUMBER.findall(block.text):
                if re.fullmatch(r"\d{2}|20\d\d", number):   # years of a period, said in the heading
                    continue
                assert any(number in line for line in shown), (number, block.text, shown)


def test_every_number_in_a_verdict_is_in_a_figure_line(engine):
    """Seen: a pay verdict quoting "$135,980" that the answer's list never showed."""
    curated = sorted(engine.kb.roles)
    pairs = list(itertools.combinations(curated, 2)) + [("data-analyst", "onet:13-2011.00"),
                                                        ("onet:29-1211.00", "onet:47-2152.00")]
    for roles in pairs:
        for aspect in (None, "salary", "outlook"):
            _check_numbers_shown(_compare(engine, roles, aspect)[0])


def test_verdict_labels_are_the_labels_of_the_lines(engine):
    reply, text = _compare(engine, ("lead-machine-learning-engineer", "data-architect"), "outlook")
    labels = [item.label for b in reply.blocks if b.kind == "list" for item in b.items]
    verdict_text = _verdicts(reply)[0]
    assert "Lead Machine Learning Engineer (closest group's figure) is higher at +19.7%" in verdict_text
    assert "Lead Machine Learning Engineer (closest group's figure)" in labels and "Data Architect" in labels


# --- rule: a group's figure is shown with its group, never as the role's own ---------------------------------

def test_a_group_figure_names_its_group_everywhere(engine):
    reply, text = _compare(engine, ("machine-learning-engineer", "statistician"), "salary")
    assert ("Machine Learning Engineer (group figure): $140,910 for Computer and Information Research Scientists, "
            "the group that includes it") in text
    assert "Machine Learning Engineer: $140,910" not in text
    assert "Statistician: $103,300" in text   # the role's own occupation


def test_an_articles_group_figure_is_labelled_as_the_group(engine):
    q = engine.composer._growth_quantity(_subject(engine, "software-data-engineer"),
                                         _growth(engine, "software-data-engineer", percent=31))
    assert q.label == "data-related roles (the group that includes Software Data Engineer)" and q.scope != OWN


# --- rule: one current official edition; older ones only as quoted by an article -----------------------------

def test_older_official_editions_are_not_shown_beside_the_current_one(engine, chat):
    text = chat.text("data scientist outlook")
    assert "+33.5%" in text and "59,400" not in text and "2022 to 2032" not in text
    assert "$103,500" not in chat.text("data scientist salary")


def test_an_older_edition_quoted_by_an_article_is_labelled(engine, chat):
    text = to_text(engine.reply("full job outlook for a data architect")[0])
    assert "projected to grow 8–9% from 2021 to 2031, according to the U.S. Bureau of Labor Statistics, as quoted " \
           "by the article" in text
    assert "Older projections, as quoted by the articles" in text
    assert text.index("Official projections, BLS Employment Projections 2024–34") < text.index("Older projections")


def test_official_lines_of_comparisons_are_one_edition(engine):
    for roles in itertools.combinations(sorted(engine.kb.roles), 2):
        text = _compare(engine, roles, "outlook")[1]
        assert "2024–34" in text and not re.search(r"20(19|20|21|22)–", text)


# --- rule: notes sit on the line they explain -----------------------------------------------------------------

def test_salary_notes_are_about_their_own_line(engine):
    """Seen: "BLS does not publish an exact 90th percentile (top-coded)" on the median line."""
    words = {"90th": "percentile_90", "10th": "percentile_10", "median": "median", "top 10%": "top_10_percent"}
    for role in engine.kb.roles.values():
        for s in role.salaries:
            for word, stat in words.items():
                assert not (s.note and word in s.note and stat != s.stat), (role.id, s.stat, s.note)
    text = to_text(engine.reply("ai product manager salary")[0])
    assert "Median annual wage, US, 2024: $171,200 [" in text


def test_top_coded_wage_says_so_on_its_own_line(engine):
    reply, text = _compare(engine, ("onet:29-1211.00", "onet:47-2152.00"), "salary")
    line = next(line for line in text.splitlines() if "Anesthesiologists:" in line)
    assert "at or above $239,200 (top-coded" in line


# --- "no sourced growth figure" never beside the role's official figure ---------------------------------------

def test_no_growth_figure_is_never_said_where_one_is_shown(engine):
    for roles in itertools.combinations(sorted(engine.kb.roles), 2):
        for aspect in (None, "outlook"):
            text = _compare(engine, roles, aspect)[1]
            assert "no sourced growth figure" not in text and "no projected employment change" not in text
    for role in engine.kb.roles:
        text = to_text(engine.composer.compose(Understanding("outlook", (role,))))
        assert "no sourced" not in text


def test_an_occupation_without_projection_gets_no_verdict(engine):
    reply, text = _compare(engine, ("onet:55-1011.00", "data-scientist"), "outlook")
    assert "No verdict on which grows faster" in text and "is higher" not in text


@pytest.mark.parametrize("message", ["data analyst or statistician, which is more perspective?",
                                     "nlp engineer vs data engineer - who earns more these days?"])
def test_which_is_ahead_on_pay_or_prospects_gets_the_verdict_first(engine, message):
    line = first_line(talk(engine, message)[0])
    assert line.startswith(("For pay", "For job prospects", "On pay alone", "On job prospects alone")), line


@pytest.mark.parametrize("aspect", ["salary", "outlook"])
def test_asked_for_one_aspect_the_verdict_comes_right_after_the_title(engine, aspect):
    reply, _ = _compare(engine, ("data-analyst", "data-engineer"), aspect)
    assert reply.blocks[0].kind == "title" and reply.blocks[1].kind == "text"
    assert re.search(r"higher|faster|more", reply.blocks[1].text)
