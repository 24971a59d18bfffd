"""Answers: content checked against the profiles (figures, sources, grouping), per intent and per role."""
from __future__ import annotations

import re

import pytest

from bot.answers.compose import figure_label, figure_text, superseded
from bot.answers.render import split_message, to_html, to_text

from .test_knowledge import CONTRACT_ROLES

ASPECTS = ["overview", "responsibilities", "skills", "education", "tools", "salary", "outlook", "industries",
           "getting_started", "similar"]
PHRASES = {
    "overview": "what does a {} do", "responsibilities": "what are the responsibilities of a {}",
    "skills": "what skills does a {} need", "education": "what degree does a {} need",
    "tools": "what tools does a {} use", "salary": "how much does a {} earn", "outlook": "job outlook for {}",
    "industries": "which industries hire a {}", "getting_started": "how do I become a {}",
    "similar": "roles similar to {}",
}


@pytest.mark.parametrize("role_id", sorted(CONTRACT_ROLES))
@pytest.mark.parametrize("aspect", ASPECTS)
def test_every_role_answers_every_aspect_from_its_profile(engine, role_id, aspect):
    role = engine.kb.role(role_id)
    reply, _ = engine.reply(PHRASES[aspect].format(role.name))
    text = to_text(reply)
    assert (reply.intent, reply.roles) == (aspect, (role_id,))
    assert role.name in text
    first = {
        "overview": role.summary.text,
        "responsibilities": role.responsibilities[0].text,
        "skills": role.technical_skills[0].text,
        "education": role.education[0].text,
        "industries": role.industries[0].text,
        "getting_started": (role.getting_started or role.education)[0].text,
    }.get(aspect)
    if first:
        assert first in text
    if aspect == "tools" and role.tools:
        assert ", ".join(role.tools[0].names) in text
    official = engine.official.occupation(role.official[0].code)
    socs = (official.wages.soc, official.projection.soc)
    full = to_text(engine.reply("full " + PHRASES[aspect].format(role.name))[0])  # "full …": every item
    if aspect == "salary":
        for figure in role.salaries:
            if not superseded(figure.scope, figure.sources, engine.kb, socs):  # else shown from the official tier
                assert f"{figure_label(figure)}: {figure_text(figure)}" in full
        assert "Official figures, BLS OEWS May 2024" in text and f"${official.wages.median:,}" in text
        assert "no sourced salary figure" not in text
    if aspect == "outlook":
        for g in role.growth:
            if not superseded(g.scope, g.sources, engine.kb, socs):
                assert f"{g.start} to {g.end}" in full
        assert "Official projections, BLS Employment Projections 2024–34" in text
        assert "no sourced growth figure" not in text
    if aspect == "similar":
        assert engine.kb.role(role.related[0]).name in text
    # every cited source is listed by title
    for i, title in enumerate(reply.sources, 1):
        assert f"[{i}] {title}" in text
    says_none = "no sourced" in text or "name no specific tools" in text
    if aspect != "similar" and not says_none:
        assert reply.sources, "facts say where they come from"


def test_salary_answer_labels_each_figure_with_measure_region_year_and_source(engine):
    text = to_text(engine.reply("how much does a data architect earn")[0])
    assert "Median salary, US, 2024: $154,889 [2]" in text  # the short answer: each scope's median
    full = to_text(engine.reply("full data architect salary")[0])
    assert "Average salary, US, year not stated: $144,244 [2]" in full
    assert "Average additional cash compensation, US, year not stated: $49,491" in full
    assert "O*NET 29.2 and BLS measure this occupation as Database Architects" in full
    assert ("Official figures, BLS OEWS May 2024: all U.S. workers in the occupation Database Architects "
            "(SOC 15-1243)") in text
    assert "Mean annual wage: $142,620 [1]" in text and text.count("$142,620") == 1  # the hand copy gives way
    assert "[2] Machine Learning Data Architect" in text
    assert "[1] U.S. Bureau of Labor Statistics, OEWS national estimates, May 2024" in text
    assert text.index("Official figures") < text.index("Figures for Data Architects")  # the current edition first


def test_ml_architect_salary_keeps_total_compensation_and_base_apart(engine):
    text = to_text(engine.reply("all ML architect salary figures")[0])
    assert "Average total compensation, US, 2024: $393,000" in text
    assert "Total compensation range, US, 2024: $234,000 to $797,000" in text
    assert "Base salary range, US, 2024: $138,000 to $314,000" in text
    assert "Median salary, Global, 2024: $171,000" in text


def test_a_role_no_statistic_measures_alone_shows_its_official_category_labelled(engine):
    text = to_text(engine.reply("how much does a data engineer earn")[0])
    assert "No official statistic measures the Data Engineer role alone. O*NET lists the title Data Engineer under " \
           "Database Architects" in text
    assert "Median annual wage: $135,980" in text and "no sourced salary figure" not in text
    ml = to_text(engine.reply("how much does an ML engineer earn")[0])
    assert "Computer and Information Research Scientists" in ml and "Median annual wage: $140,910" in ml


def test_outlook_quotes_growth_with_period_and_scope(engine):
    text = to_text(engine.reply("what is the full outlook for data architects")[0])  # older editions in full
    assert "projected to grow 9% from 2020 to 2030" in text
    assert "8–9% from 2021 to 2031" in text


def test_compare_side_by_side_with_essence(engine):
    reply, _ = engine.reply("data architect vs data engineer")
    text = to_text(reply)
    assert text.index("In one line: A Data Architect") < text.index("Skills:") and "a Data Engineer" in text
    for heading in ("Skills:", "Salary (median annual wage", "Outlook (projected employment change 2024–34"):
        assert heading in text
    for name in ("Data Architect", "Data Engineer"):  # one line per role per aspect; a group's figure says so
        assert len(re.findall(rf"• {name}( \(group figure\))?:", text)) == 3
    assert "$135,980 for Database Architects, the group that includes it" in text
    assert [a.message for a in reply.actions] == [f"compare Data Architect and Data Engineer {a}"
                                                  for a in ("skills", "salary", "outlook", "education")]


def test_which_pays_more_compares_only_figures_of_the_same_kind(engine):
    text = to_text(engine.reply("which pays more, data architect or ML architect?")[0])
    assert "Comparing like with like (average total compensation (USD), US, 2024)" in text
    assert "Machine Learning Data Architect is higher at $393,000 vs Data Architect $189,122" in text
    assert "The source gives one figure for both, $135,980, so it cannot say which pays more." in text
    one_row = to_text(engine.reply("who earns more, data engineer or data architect")[0])
    assert "one figure for both" in one_row and "is higher" not in one_row and "level" not in one_row


def test_pay_verdict_refuses_to_rank_different_kinds(engine):
    # The AI product manager's figures are official wages; the ML architect's are total compensation.
    text = to_text(engine.reply("which pays more: ai product manager or ml architect")[0])
    assert "is higher at $393,000" not in text  # total compensation is never ranked against a wage
    assert ("Comparing the official figures (median annual wage, BLS OEWS May 2024): AI Product Manager (closest "
            "group's figure) is higher at $161,030 vs Machine Learning Data Architect (closest group's figure) "
            "$135,980. "
            "(That is a whole group's figure, not the role's own, so it does not show that AI Product Manager pays "
            "more.)") in text


def test_which_has_better_prospects_compares_the_same_period_only(engine):
    text = to_text(engine.reply("data architect vs lead ml engineer: which has better prospects?")[0])
    assert ("Comparing the official figures (projected employment change 2024–34, BLS Employment Projections 2024–34): "
            "Lead Machine Learning Engineer (closest group's figure) is higher at +19.7% vs Data Architect +8.7%. "
            "(That is a whole group's figure, not the role's own, so it does not show that Lead Machine Learning "
            "Engineer grows faster.)") in text
    one_row = to_text(engine.reply("software data engineer vs data manager outlook")[0])
    assert "one figure for both, +8.7%" in one_row and "is higher" not in one_row


def test_compare_on_one_aspect_shows_only_that_aspect(engine):
    text = to_text(engine.reply("MLOps engineer vs ML engineer, which tools differ?")[0])
    assert "Tools:" in text and "Salary:" not in text and "Education:" not in text


def test_recommend_explains_why_each_role_fits(engine):
    reply, _ = engine.reply("I love statistics, R and designing experiments. which career suits me?")
    text = to_text(reply)
    assert reply.intent == "recommend" and reply.roles[0] in ("statistician", "data-scientist")
    assert "Matches what you said:" in text and engine.kb.role(reply.roles[0]).name in text


def test_recommend_without_interests_asks_for_them(engine):
    reply, _ = engine.reply("recommend me a role")
    assert reply.roles == () and "Tell me a bit more" in to_text(reply)


def test_unknown_role_and_out_of_scope(engine):
    wizard = to_text(engine.reply("how much does a blockchain wizard earn")[0])
    assert "I don't have pay figures for \"blockchain wizard\"" in wizard and "/roles" in wizard
    weather = engine.reply("what's the weather in Berlin?")[0]
    assert weather.intent == "unknown" and "only help with careers" in to_text(weather)


def test_clarification_lists_the_choices(engine):
    reply, session = engine.reply("architect salary?")
    text = to_text(reply)
    for name in ("Data Architect", "AI Architect", "Machine Learning Data Architect"):
        assert name in text
    assert [a.roles for a in reply.actions] == [(c,) for c in reply.candidates]
    answer, _ = engine.reply("2", session)
    assert answer.intent == "salary" and answer.roles == (reply.candidates[1],)


def test_list_roles_groups_every_role(engine):
    text = to_text(engine.reply("which roles do you know?")[0])
    for role in engine.kb.roles.values():
        assert role.name in text
    assert "Engineering:" in text and "Architecture:" in text


def test_answers_offer_next_steps(engine):
    reply, _ = engine.reply("what does a data manager do")
    labels = [a.label for a in reply.actions]
    assert labels[:4] == ["Skills", "Education", "Salary", "Outlook"]
    assert labels[4].startswith("Compare with ")


def test_html_escapes_user_text(engine):
    reply, _ = engine.reply("what does a <b>&plumber</b> do")
    html = to_html(reply)
    assert "&lt;b&gt;" not in html or "<b>&" not in html
    assert re.sub(r"</?[bi]>", "", html).count("<") == 0
    text = to_html(engine.reply("what is a <script>alert(1)</script> engineer")[0])
    assert "<script>" not in text


def test_detail_on_request(engine):
    short = to_text(engine.reply("responsibilities of a machine learning data architect")[0])
    full = to_text(engine.reply("all responsibilities of a machine learning data architect")[0])
    assert "…and" in short and "…and" not in full and len(full) > len(short)


def test_long_html_is_split_on_paragraphs(engine):
    html = to_html(engine.reply("all responsibilities of a machine learning data architect")[0]) * 3
    parts = split_message(html, 1000)
    assert len(parts) > 1 and all(len(p) <= 1000 for p in parts)
    assert "".join(parts).replace("\n", "") == html.replace("\n", "")
    for part in parts:
        assert part.count("<b>") == part.count("</b>") and part.count("<i>") == part.count("</i>")


def test_a_single_huge_line_is_cut_without_breaking_entities():
    line = "<b>x</b> " + "&amp;" * 3000
    parts = split_message(line, 100)
    assert all(len(p) <= 100 for p in parts)
    assert all(not re.search(r"&[a-z]*$", p) for p in parts)


def test_another_occupations_figures_are_said_to_be_so_before_them(engine):
    """Data Analysts are counted within Data Scientists: the reader is told before the figures, not after."""
    text = to_text(engine.reply("data analyst salary")[0])
    assert text.index("No official statistic measures the Data Analyst role alone") < text.index("Official figures")


def test_another_occupations_projection_is_said_to_be_so_before_it(engine):
    text = to_text(engine.reply("data analyst outlook")[0])
    assert text.index("No official statistic measures the Data Analyst role alone") < text.index("Official projections")


@pytest.mark.parametrize("text", ["in canadian dollars", "AUD", "euros", "€50k", "£40k", "GBP", "rupees", "12 LPA",
                                  "₹", "reais", "R$ 5000", "naira", "₦", "zloty", "złoty", "yen", "¥", "pesos", "₱",
                                  "ksh", "kenyan shillings", "rand", "PKR", "SGD", "AED", "dirhams"])
def test_every_currency_the_answers_name_passes_the_quick_look_first(text):
    from bot.answers.context import CURRENCIES, _names_currency
    assert any(rx.search(text) for rx, _, _ in CURRENCIES) and _names_currency(text)


@pytest.mark.parametrize("text, dislikes", [
    ("Can a guy my age with no degree get hired?", ("degree",)),          # the credential by its one name
    ("could I get hired as one at 58 with no college degree?", ("degree",)),
    ("No I know how to be a store manager, I did it 22 yrs.", ()),        # a reply to the bot, no dislike
    ("no coding for me", ("coding",)),
    ("love tech but don't code much", ("coding",)),
    ("which one do I hire first when there is no data warehouse yet?", ()),  # missing, not disliked
    ("we have no pipelines yet", ()),
    ("we no like coding", ("coding",)),
    ("i have no patience for meetings", ("patience meetings",)),
])
def test_what_a_person_would_rather_avoid_is_named_as_they_would_name_it(text, dislikes):
    from bot.knowledge.recommend import dislikes_in
    assert dislikes_in(text) == dislikes
