"""Answers from the official tier: every O*NET occupation answers every intent, from the data only, and every
figure an answer shows equals the source row in ../shared (parsed here, independently of the build)."""
from __future__ import annotations

import contextlib
import csv
import random
import re

import pytest

from bot.answers.occupation import ONET_TITLE, SHORT_LIST, SHORT_RELATED
from bot.answers.render import to_html, to_text
from bot.catalogue import ASPECTS
from bot.understanding.dialogue import Understanding
from bot.understanding.session import Session

from .conftest import SHARED
from .test_knowledge import CONTRACT_ROLES

OEWS_CSV = SHARED / "bls-oews-national-may2024.csv"
EP_CSV = SHARED / "facts" / "bls-employment-projections.csv"
SPECIAL = {
    "47-2152.00": "plumbers: wages and projections of their own",
    "55-1011.00": "military: no wages, no projection",
    "15-1252.00": "software developers: skills not rated",
    "15-2051.00": "data scientists: not rated, covered by a curated role",
    "15-2051.01": "business intelligence analysts: measured as the wider occupation Data Scientists",
    "11-1011.00": "chief executives: top-coded percentiles",
    "29-1141.00": "registered nurses",
    "15-1299.08": "computer systems engineers: group-measured",
}


def ask(engine, intent, *roles, detail=False, aspect=None):
    reply, session = engine.answer(Understanding(intent, roles=tuple(roles), detail=detail, aspect=aspect), Session())
    return reply, to_text(reply), session


def onet(code):
    return f"onet:{code}"


# --- every intent, every kind of occupation --------------------------------------------------------

@pytest.mark.parametrize("code", sorted(SPECIAL))
@pytest.mark.parametrize("intent", ASPECTS)
def test_every_occupation_kind_answers_every_intent_with_sources(engine, code, intent):
    reply, text, _ = ask(engine, intent, onet(code))
    html = to_html(reply)
    assert text.strip() and html.strip() and "Traceback" not in text
    assert reply.sources, "every answer lists its sources"
    for i, title in enumerate(reply.sources, 1):
        assert f"[{i}] {title}" in text
    if intent not in ("salary", "outlook"):
        assert ONET_TITLE in reply.sources and "CC BY 4.0" in text and "modified" in text
    assert engine.official.names[code] in text
    assert all(r in (onet(code),) or r.startswith("onet:") or r in engine.kb.roles
               for a in reply.actions for r in a.roles)
    body = text.split("\n\nSources:")[0]
    assert len(body) <= 1700, f"{len(body)} characters: too long for a phone"


@pytest.mark.parametrize("role_id", sorted(CONTRACT_ROLES))
@pytest.mark.parametrize("intent", ASPECTS)
def test_every_curated_role_answers_every_intent_with_sources(engine, role_id, intent):
    reply, text, _ = ask(engine, intent, role_id)
    to_html(reply)
    assert text.strip()
    assert reply.sources or intent == "similar" or "name no specific tools" in text
    assert "I have no sourced salary figure" not in text and "no sourced growth figure" not in text
    if intent == "salary":
        assert "Official figures, BLS OEWS May 2024" in text and "Median annual wage: $" in text


def test_ml_engineer_salary_gives_numbers_from_its_official_category(engine):
    text = to_text(engine.reply("how much does an ML engineer earn")[0])
    assert "No official statistic measures the Machine Learning Engineer role alone. O*NET lists the title Machine " \
           "Learning Engineer under Computer and Information Research Scientists" in text
    assert "Median annual wage: $140,910" in text and "all U.S. workers in the occupation" in text


# --- what each answer says ------------------------------------------------------------------------

def test_salary_says_what_is_measured_and_where(engine):
    _, text, _ = ask(engine, "salary", onet("47-2152.00"))
    assert "BLS OEWS May 2024: all U.S. workers in the occupation Plumbers, Pipefitters, and Steamfitters" in text
    for line in ("Median annual wage: $62,970", "Mean annual wage: $69,940",
                 "10th–90th percentile: $40,670 to $105,150", "Median hourly wage: $30.27", "Employment: 455,940"):
        assert line in text


def test_top_coded_wages_are_said_as_bls_says_them(engine):
    _, text, _ = ask(engine, "salary", onet("11-1011.00"))
    assert "25th–75th percentile: $126,080 to at or above $239,200" in text
    assert "10th–90th percentile: $73,710 to at or above $239,200" in text


def test_group_figures_name_the_group(engine):
    _, text, _ = ask(engine, "salary", onet("15-2051.01"))
    assert "measured by BLS as the wider occupation Data Scientists (SOC 15-2051)" in text
    _, outlook, _ = ask(engine, "outlook", onet("15-2051.01"))
    assert "projected by BLS as the wider occupation Data scientists (SOC 15-2051)" in outlook


def test_no_wages_and_no_projection_are_said(engine):
    _, text, _ = ask(engine, "salary", onet("55-1011.00"))
    assert "publishes no wage figures for Air Crew Officers" in text and "$" not in text
    _, outlook, _ = ask(engine, "outlook", onet("55-1011.00"))
    assert "has no projection for Air Crew Officers" in outlook and "%" not in outlook


def test_outlook_against_the_all_occupations_average(engine):
    _, text, _ = ask(engine, "outlook", onet("15-2051.00"))
    assert "Change 2024–34: +82.5 thousand jobs (+33.5%)" in text
    assert "Openings: 23.4 thousand a year on average" in text
    assert "faster than the projected change for all occupations, +3.1%" in text


def test_unrated_skills_show_a_named_neighbour(engine):
    _, text, _ = ask(engine, "skills", onet("15-1252.00"))
    assert "has not rated the skills and knowledge of Software Developers" in text
    assert "Ratings of a neighbouring occupation, Computer Programmers (15-1251.00)" in text
    assert "Programming: importance 4.75 of 5" in text
    _, ds, _ = ask(engine, "skills", onet("15-2051.00"))
    assert "Business Intelligence Analysts (15-2051.01)" in ds


def test_tasks_core_first_short_then_all(engine):
    _, short, _ = ask(engine, "responsibilities", onet("47-2152.00"))
    _, full, _ = ask(engine, "responsibilities", onet("47-2152.00"), detail=True)
    occ = engine.official.occupation("47-2152.00")
    assert short.count("  • ") == SHORT_LIST and "…and" in short
    assert full.count("  • ") == len(occ.tasks) and "…and" not in full
    assert short.index("Core tasks") < short.index(occ.tasks[0][0])


def test_tools_hot_first_and_explained(engine):
    _, text, _ = ask(engine, "tools", onet("47-2152.00"))
    assert text.index("Hot technologies") < text.index("Other technology")
    assert "O*NET's flag for technologies frequently mentioned in employer job postings" in text


def test_education_and_getting_started_from_bls_and_onet(engine):
    _, text, _ = ask(engine, "education", onet("47-2152.00"))
    assert "Typical entry-level education: High school diploma or equivalent" in text
    assert "Typical on-the-job training: Apprenticeship" in text
    assert "Post-Secondary Certificate: 43.26%" in text and "Job Zone Three" in text
    _, start, _ = ask(engine, "getting_started", onet("47-2152.00"))
    assert "Work experience in a related occupation: None" in start and "Experience:" in start


def test_industries_say_plainly_what_the_data_does_not_say(engine):
    _, text, _ = ask(engine, "industries", onet("47-2152.00"))
    assert "does not say which industries employ" in text and "It can tell you" in text


def test_similar_numbers_related_occupations_and_offers_them(engine):
    reply, text, session = ask(engine, "similar", onet("15-1252.00"))
    related = engine.official.occupation("15-1252.00").related
    assert len(related) > SHORT_RELATED and len(reply.offered) == SHORT_RELATED == text.count("  • ")
    assert reply.offered[0] == onet(related[0]) and session.offered == reply.offered
    assert f"1: {engine.official.names[related[0]]}" in text and f"…and {len(related) - SHORT_RELATED} more" in text
    # the full list numbers (and offers) every one
    reply, text, session = ask(engine, "similar", onet("15-1252.00"), detail=True)
    assert len(reply.offered) == len(related) == text.count("  • ") and session.offered == reply.offered
    assert "…and" not in text
    # an occupation a curated role covers is offered as that role
    reply, _, _ = ask(engine, "similar", onet("15-2041.00"))
    assert "data-scientist" in reply.offered and onet("15-2051.00") not in reply.offered


def test_next_steps_carry_onet_ids(engine):
    reply, _, _ = ask(engine, "overview", onet("47-2152.00"))
    assert [a.label for a in reply.actions][:4] == ["Skills", "Education", "Salary", "Outlook"]
    assert all(a.roles[0] == onet("47-2152.00") for a in reply.actions)
    assert reply.actions[-1].intent == "compare" and len(reply.actions[-1].roles) == 2


def test_list_roles_and_help_tell_about_every_occupation(engine):
    text = to_text(engine.reply("which roles do you know?")[0])
    assert "1,016 O*NET 29.2 occupations" in text and "how much does a plumber earn" in text
    help_text = to_text(engine.reply("/help")[0])
    assert ("1,016 occupations" in help_text and "CC BY 4.0" in help_text
            and "modified: selected and reduced" in help_text)


# --- comparisons: like with like ---------------------------------------------------------------------

def test_compare_across_tiers_on_the_same_measure(engine):
    _, text, _ = ask(engine, "compare", "data-analyst", onet("13-2011.00"), aspect="salary")
    assert "Salary (median annual wage, BLS OEWS May 2024):" in text
    shown = "Data Analyst (group figure): $112,590 for Data Scientists, the group that includes it"
    assert shown in text and "Accountants and Auditors: $81,680" in text
    assert "Data Analyst (group figure) is higher at $112,590 vs Accountants and Auditors $81,680" in text


def test_compare_two_occupations_on_outlook(engine):
    _, text, _ = ask(engine, "compare", onet("29-1141.00"), "data-scientist", aspect="outlook")
    assert "Outlook (projected employment change 2024–34, BLS Employment Projections 2024–34):" in text
    assert "Registered Nurses: +4.9%" in text
    assert "Data Scientist is higher at +33.5% vs Registered Nurses +4.9%" in text


def test_compare_same_official_row_says_one_figure(engine):
    _, text, _ = ask(engine, "compare", "data-scientist", "data-analyst", aspect="salary")
    assert "The source gives one figure for both, $112,590, so it cannot say which pays more." in text
    assert "level" not in text


def test_compare_with_an_occupation_without_wages_says_so(engine):
    _, text, _ = ask(engine, "compare", onet("55-1011.00"), onet("47-2152.00"), aspect="salary")
    assert "is higher" not in text and "Air Crew Officers" in text


def test_full_comparison_of_mixed_tiers_renders(engine):
    reply, text, _ = ask(engine, "compare", "data-analyst", onet("13-2011.00"))
    to_html(reply)
    for heading in ("In one line:", "Salary (", "Outlook ("):   # skills too, when it fits a phone
        assert heading in text
    assert len(text) <= 1500


# --- honesty: every figure shown is a value of the source row ----------------------------------------

def _number(text: str) -> float:
    return float(text.replace(",", "").replace("+", ""))


def _rows(path, key):
    with open(path, encoding="utf-8", newline="") as handle:
        return {row[key]: row for row in csv.DictReader(handle)}


def _values(row: dict) -> set[float]:
    out = set()
    for value in row.values():
        with contextlib.suppress(ValueError, AttributeError):
            out.add(_number(value.replace("$", "").replace(">=", "")))
    return out


NOT_FIGURES = re.compile(r"\d\d-\d{4}(\.\d\d)?|O\*NET 29\.2|CC BY 4\.0|Table 1\.2|\b\d+(st|nd|rd|th)\b|"
                         r"\b20\d\d(–\d\d)?\b|\(1–5\)|\(0–7\)|\[\d+\]")
FIGURE = re.compile(r"[+-]?\$?\d[\d,]*(\.\d+)?")


def _figures_in(text: str) -> list[float]:
    body = NOT_FIGURES.sub(" ", text.split("\n\nSources:")[0])
    return [_number(m.group().replace("$", "")) for m in FIGURE.finditer(body)]


def _sample(engine):
    codes = sorted(engine.official.names)
    chosen = set(random.Random(20240534).sample(codes, 50)) | set(SPECIAL)
    chosen |= {link.code for role in engine.kb.roles.values() for link in role.official}
    return sorted(chosen)


@pytest.fixture(scope="module")
def sources():
    if not (OEWS_CSV.is_file() and EP_CSV.is_file()):
        pytest.skip("../shared (BLS source files) is not present")
    return _rows(OEWS_CSV, "occ_code"), _rows(EP_CSV, "soc_code")


def _allowed(engine, code, oews, ep) -> set[float]:
    occ = engine.official.occupation(code)
    allowed: set[float] = set()
    if occ.wages is not None:
        row = oews[occ.wages.soc]
        assert row["occ_title"] == occ.wages.title
        assert occ.wages.group or occ.wages.soc == code[:7]
        allowed |= _values(row) | ({239200.0, 115.0} if "#" in row.values() else set())
    if occ.projection is not None:
        row = ep[occ.projection.soc]
        assert row["occupation_title"] == occ.projection.title
        allowed |= _values(row) | {_number(ep["00-0000"]["employment_change_2024_34_pct"])}
    return allowed


def test_every_figure_of_an_occupation_answer_is_in_its_source_row(engine, sources):
    oews, ep = sources
    wrong = []
    for code in _sample(engine):
        allowed = _allowed(engine, code, oews, ep)
        for intent in ("salary", "outlook", "overview"):
            _, text, _ = ask(engine, intent, onet(code))
            wrong += [(code, intent, n) for n in _figures_in(text) if n not in allowed]
    assert not wrong, f"figures not in the source rows: {wrong[:20]}"


def test_official_figures_of_curated_answers_are_in_their_source_row(engine, sources):
    oews, ep = sources
    wrong = []
    for role in engine.kb.roles.values():
        code = role.official[0].code
        allowed = _allowed(engine, code, oews, ep)
        for intent in ("salary", "outlook"):
            _, text, _ = ask(engine, intent, role.id)
            official = re.findall(r"^Official (?:figures|projections)[^\n]*\n((?:  • [^\n]*\n?)+)", text, re.M)
            assert official, (role.id, intent)
            wrong += [(role.id, intent, n) for block in official for n in _figures_in(block) if n not in allowed]
    assert not wrong, f"figures not in the source rows: {wrong[:20]}"


def test_honesty_check_catches_a_wrong_figure(engine, sources):
    oews, ep = sources
    allowed = _allowed(engine, "47-2152.00", oews, ep)
    _, text, _ = ask(engine, "salary", onet("47-2152.00"))
    assert all(n in allowed for n in _figures_in(text))
    assert 62971.0 not in allowed and 62971.0 in _figures_in(text.replace("$62,970", "$62,971"))


def _tasks_of(code: str) -> list[str]:
    with open(SHARED / "onet-29.2" / "Task Statements.txt", encoding="utf-8") as f:
        return [row["Task"] for row in csv.DictReader(f, delimiter="\t") if row["O*NET-SOC Code"] == code]


@pytest.mark.parametrize("message, code, word", [
    ("what does a UX researcher do", "15-1255.00", "research"),
    ("what does an instructional designer do", "25-9031.00", "design"),
])
def test_a_name_filed_under_an_occupation_gets_its_closest_task(engine, message, code, word):
    """O*NET files 'UX researcher' under Web and Digital Interface Designers, whose description is layouts and
    graphics: the answer also quotes the occupation's task that does what the name says, word for word."""
    text = to_text(engine.reply(message, Session())[0])
    line = next(line for line in text.splitlines() if "O*NET files" in line)
    quoted = line.split(": ", 2)[-1].rsplit(" [", 1)[0]
    assert quoted in _tasks_of(code) and re.search(rf"\b{word}\b", quoted, re.IGNORECASE)


def test_no_task_is_quoted_when_none_names_the_job(engine):
    text = to_text(engine.reply("what does a sommelier do", Session())[0])
    assert "O*NET files" in text and "closest" not in text


def test_a_name_o_net_lacks_points_to_where_most_titles_with_its_last_word_are_filed(engine):
    reply, _ = engine.reply("what does a goalkeeping coach earn", Session())
    assert reply.unknown_role == "goalkeeping coach"
    assert 'Most O*NET titles ending in "coach" are filed under Coaches and Scouts' in to_text(reply)
    assert any(a.roles == ("onet:27-2022.00",) for a in reply.actions)
    # a last word many occupations share names none: 'analyst'
    assert engine.official.head_occupation("analyst") is None


def test_the_job_zone_is_given_without_its_example_of_another_job(engine):
    text = to_text(engine.reply("how do I become a health informatics specialist", Session())[0])
    assert "Job Zone Five" in text and "Many require more than five years of experience" in text
    assert "surgeons" not in text
