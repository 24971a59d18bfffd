"""The knowledge base: every contract role, valid and sourced; every kind of error caught and reported."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.errors import DataError
from bot.knowledge.load import default_knowledge_dir, load_knowledge

from .conftest import ROOT, SHARED

CONTRACT_ROLES = {
    "data-architect", "lead-machine-learning-engineer", "software-data-engineer", "machine-learning-data-architect",
    "ai-architect", "machine-learning-engineer", "data-manager", "ai-research-engineer", "ai-research-scientist",
    "ai-research-manager", "ai-quality-engineering-vp", "data-scientist", "data-analyst", "data-engineer",
    "analytics-engineer", "mlops-engineer", "ai-engineer", "nlp-engineer", "computer-vision-engineer",
    "deep-learning-engineer", "business-intelligence-analyst", "database-administrator", "data-governance-manager",
    "ai-product-manager", "statistician",
}
KB_DIR = default_knowledge_dir()


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_every_contract_role_loads(kb):
    assert set(kb.roles) == CONTRACT_ROLES


@pytest.mark.parametrize("role_id", sorted(CONTRACT_ROLES))
def test_profile_is_complete_and_sourced(kb, role_id):
    role = kb.role(role_id)
    assert role.summary.text and role.summary.sources
    assert role.responsibilities and role.technical_skills and role.education and role.industries
    assert 2 <= len(role.related) and all(r in kb.roles for r in role.related)
    for fact in role.responsibilities + role.technical_skills + role.soft_skills + role.education + role.industries:
        assert fact.sources and all(s in kb.sources for s in fact.sources)
    for figure in role.salaries + role.growth:
        assert all(kb.sources[s].kind != "editorial" for s in figure.sources), "figures need a real source"


# --- figures are honest: each one is the exact figure of the exact place it cites ----------------
#
# Article figures: the `quote` stored with the figure is in the article (whitespace aside), and holds
# the figure as written there ('$144,244', '9%', '8-9%', the years of a projection) and the word for
# its statistic ('average', 'median', 'range', ...). Official figures: the row (SOC code or occupation)
# and the column (mean, median, percentile, growth) the figure claims hold exactly that value.

SALARY_STAT_WORDS = {
    "average": ("average",), "mean": ("mean", "average"), "median": ("median",), "range": ("range",),
    "average_range": ("average range",), "up_to": ("up to",), "top_10_percent": ("top 10%",),
    "percentile_10": ("10th percentile",), "percentile_90": ("90th percentile",),
}
OEWS_COLUMNS = {"mean": ("mean", "a_mean"), "median": ("median", "a_median"),
                "percentile_10": ("p10", "a_pct10"), "percentile_90": ("p90", "a_pct90")}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _seed_text(kb, source_id: str) -> str:
    return _flat((SHARED / "seeds" / kb.sources[source_id].file).read_text(encoding="utf-8"))


def _official() -> dict:
    """The official tables: us-bls.yaml (OEWS rows by SOC, OOH projections) and the OEWS national CSV."""
    import csv
    facts = yaml.safe_load((SHARED / "facts" / "us-bls.yaml").read_text(encoding="utf-8"))
    with open(SHARED / "bls-oews-national-may2024.csv", encoding="utf-8") as handle:
        oews_csv = {row["occ_code"]: row for row in csv.DictReader(handle)}
    with open(SHARED / "facts" / "bls-employment-projections.csv", encoding="utf-8") as handle:
        projections = {row["soc_code"]: row for row in csv.DictReader(handle)}
    return {"oews": {row["soc"]: row for row in facts["oews_may_2024"]}, "ooh": facts["ooh"], "oews_csv": oews_csv,
            "projections": projections}


def _number(value: float) -> str:
    return f"{value:g}"


def _holds(quote: str, pattern: str) -> bool:
    """``pattern`` stands in ``quote`` as a whole number: '9%' is not found in '19%', '$10,000' not in '$110,000'."""
    return re.search(rf"(?<![\d.,]){pattern}(?![\d])", quote) is not None


def _quote_problems(figure, quote: str, article: str) -> list[str]:
    problems = []
    if quote not in article:
        problems.append(f"quote not in the article: {quote!r}")
    if hasattr(figure, "what"):  # a salary
        for amount in (figure.amount, figure.min, figure.max):
            if amount is not None and not _holds(quote, re.escape(f"{amount:,}")):
                problems.append(f"{amount:,} is not in its quote {quote!r}")
        words = SALARY_STAT_WORDS[figure.stat]
        if not any(w in quote.lower() for w in words):
            problems.append(f"the quote does not say {' or '.join(words)!r} ({figure.stat}): {quote!r}")
        if figure.year is not None and str(figure.year) not in article:  # e.g. a section heading's year
            problems.append(f"year {figure.year} is nowhere in the article")
    else:  # a growth projection
        if figure.percent is not None:
            shown = f"{_number(figure.percent)}%"
            wanted = re.escape(shown)
        else:
            low, high = _number(figure.percent_min), _number(figure.percent_max)
            shown = f"{low}-{high}%"
            wanted = rf"{re.escape(low)}\s*[-–]\s*{re.escape(high)}%|{re.escape(low)}% to {re.escape(high)}%"
        if not _holds(quote, f"(?:{wanted})"):
            problems.append(f"{shown} is not in its quote {quote!r}")
        for year in (figure.start, figure.end):
            if not _holds(quote, str(year)):
                problems.append(f"year {year} is not in its quote {quote!r}")
    return problems


def _official_problems(figure, source_id: str, official: dict) -> list[str]:
    """The row and column of the official table that the figure claims, holding exactly its value."""
    scope = (figure.scope or "").lower()
    if source_id == "bls-oews-2024":
        soc = re.search(r"\bsoc (\d\d-\d{4})\b", scope)
        if not hasattr(figure, "what") or (figure.what, figure.period, figure.year) != ("wage", "year", 2024):
            return ["an OEWS May 2024 figure is an annual wage of 2024"]
        if soc is None or soc.group(1) not in official["oews"] or figure.stat not in OEWS_COLUMNS:
            return [f"no OEWS row and column for scope {figure.scope!r}, stat {figure.stat!r}"]
        column, csv_column = OEWS_COLUMNS[figure.stat]
        in_yaml = official["oews"][soc.group(1)]["annual_wage"][column]
        in_csv = official["oews_csv"][soc.group(1)][csv_column]
        if figure.amount != in_yaml or str(figure.amount) != in_csv:
            return [f"SOC {soc.group(1)} {column} is {in_yaml} (CSV {in_csv}), not {figure.amount}"]
        return []
    if source_id == "bls-ep-2024-34":  # Table 1.2: the SOC row's percent change, 2024-34
        soc = re.search(r"\bsoc (\d\d-\d{4})\b", scope)
        if hasattr(figure, "what") or soc is None or soc.group(1) not in official["projections"]:
            return [f"no Table 1.2 row for scope {figure.scope!r}"]
        row = official["projections"][soc.group(1)]
        if ((figure.start, figure.end) != (2024, 2034)
                or row["employment_change_2024_34_pct"] != _number(figure.percent)):
            return [f"Table 1.2 {soc.group(1)}: {row['employment_change_2024_34_pct']}% over 2024-34, not "
                    f"{figure.percent}% over {figure.start}-{figure.end}"]
        return []
    if source_id.startswith("bls-ooh-"):
        edition = source_id.removeprefix("bls-ooh-")
        rows = [r for r in official["ooh"] if str(r.get("edition", "")).startswith(edition) and "growth_percent" in r
                and scope.startswith(r["occupation"].lower())]
        if hasattr(figure, "what") or len(rows) != 1:
            return [f"no single OOH {edition} projection for scope {figure.scope!r}"]
        claimed = (figure.percent, f"{figure.start}-{figure.end}")
        if claimed != (rows[0]["growth_percent"], rows[0]["growth_period"]):
            return [f"OOH {edition}: {rows[0]['occupation']} grow {rows[0]['growth_percent']}% "
                    f"over {rows[0]['growth_period']}, not {figure.percent}% over {claimed[1]}"]
        return []
    if source_id == "bls-ted-2024-03-14":
        rows = [r for r in official["ooh"] if "14 March 2024" in r.get("source_detail", "")]
        key = f"{figure.stat}_annual_wage_{figure.year}" if hasattr(figure, "what") else None
        if len(rows) != 1 or not scope.startswith(rows[0]["occupation"].lower()) or key not in rows[0]:
            return [f"The Economics Daily gives no {key} for scope {figure.scope!r}"]
        return [] if rows[0][key] == figure.amount else [f"{key} is {rows[0][key]}, not {figure.amount}"]
    return [f"the test knows no table for the statistics source {source_id!r}: add one"]


def _figure_problems(kb, official: dict) -> list[str]:
    problems = []
    for role in kb.roles.values():
        for field, figures in (("salaries", role.salaries), ("growth", role.growth)):
            for i, figure in enumerate(figures):
                where = f"{role.id}: {field}[{i}]"
                articles = [s for s in figure.sources if kb.sources[s].kind == "article"]
                if len(figure.quotes) != len(articles):
                    problems.append(f"{where}: {len(figure.quotes)} quotes for the articles {articles}")
                    continue
                for source_id, quote in zip(articles, figure.quotes, strict=True):
                    problems += [f"{where} ({source_id}): {p}"
                                 for p in _quote_problems(figure, quote, _seed_text(kb, source_id))]
                for source_id in figure.sources:
                    if kb.sources[source_id].kind == "statistics":
                        problems += [f"{where} ({source_id}): {p}"
                                     for p in _official_problems(figure, source_id, official)]
    return problems


@pytest.fixture(scope="module")
def official():
    if not (SHARED / "seeds").is_dir() or not (SHARED / "facts").is_dir():
        pytest.fail("../shared/seeds and ../shared/facts are needed to check the figures")
    return _official()


def test_every_figure_is_the_exact_figure_of_its_source(kb, official):
    assert _figure_problems(kb, official) == []
    checked = [f for r in kb.roles.values() for f in r.salaries + r.growth]
    assert len(checked) > 60 and all(f.quotes or kb.sources[f.sources[0]].kind == "statistics" for f in checked)


@pytest.mark.parametrize("file,before,after,expected", [
    # an article's growth figure changed: 9% -> 7%
    ("data-architect.yaml", "  - percent: 9\n", "  - percent: 7\n",
     "data-architect: growth[0] (seed-000): 7% is not in"),
    # an article's amount changed, or its statistic: an average called a median
    ("data-architect.yaml", "amount: 144244", "amount: 150000", "150,000 is not in its quote"),
    ("data-architect.yaml", "stat: average\n    amount: 144244", "stat: median\n    amount: 144244",
     "the quote does not say 'median'"),
    ("data-architect.yaml", "  - percent_min: 8\n", "  - percent_min: 7\n", "7-9% is not in its quote"),
    ("software-data-engineer.yaml", "    start: 2019\n", "    start: 2018\n", "year 2018 is not in its quote"),
    # a BLS mean presented as the median, a BLS figure off by one, a projection from another period
    ("data-scientist.yaml", "stat: mean, amount: 124590", "stat: median, amount: 124590",
     "SOC 15-2051 median is 112590 (CSV 112590), not 124590"),
    ("statistician.yaml", "amount: 170700", "amount: 170701", "SOC 15-2041 p90 is 170700"),
    ("ai-research-scientist.yaml", "  - percent: 19.7\n", "  - percent: 21.7\n", "19.7% over 2024-34, not 21.7%"),
    ("data-scientist.yaml", "amount: 103500", "amount: 105300", "median_annual_wage_2022 is 103500, not 105300"),
])
def test_a_changed_figure_fails_the_honesty_check(kb, official, tmp_path, file, before, after, expected):
    target = _copy_kb(tmp_path)
    path = target / file
    assert path.read_text().count(before) == 1
    path.write_text(path.read_text().replace(before, after))
    problems = _figure_problems(load_knowledge(target), official)
    assert any(expected in p for p in problems), problems


def test_a_quote_must_be_in_the_article(kb, official, tmp_path):
    target = _copy_kb(tmp_path)
    path = target / "ai-architect.yaml"
    path.write_text(path.read_text().replace("is projected to grow 15%", "is expected to grow 15%"))
    assert any("quote not in the article" in p for p in _figure_problems(load_knowledge(target), official))


def test_every_fact_citing_a_seed_cites_an_existing_seed_file(kb):
    for source in kb.sources.values():
        if source.kind == "article":
            assert (SHARED / "seeds" / source.file).is_file()


# --- representative facts of each seed article, per role ----------------------------------------

def _all_text(role) -> str:
    parts = [role.summary.text] + [f.text for f in role.responsibilities + role.technical_skills + role.soft_skills
                                   + role.education + role.industries + role.outlook + role.getting_started
                                   + role.insights]
    parts += [f"{g.category}: {', '.join(g.names)}" for g in role.tools]
    return "\n".join(parts).lower()


SEED_FACTS = [
    # (role, source, substring of a fact that source states about the role)
    ("data-architect", "seed-000", "design and implement data models and database systems"),
    ("data-architect", "seed-000", "er/studio"),
    ("data-architect", "seed-000", "aws certified solutions architect"),
    ("data-architect", "seed-000", "government and public sector"),
    ("lead-machine-learning-engineer", "seed-000", "mentor junior engineers and data scientists"),
    ("lead-machine-learning-engineer", "seed-000", "mlflow"),
    ("lead-machine-learning-engineer", "seed-001", "aws sagemaker"),
    ("lead-machine-learning-engineer", "seed-001", "healthcare and pharmaceuticals"),
    ("lead-machine-learning-engineer", "seed-003", "reinforcement learning"),
    ("lead-machine-learning-engineer", "seed-003", "cybersecurity"),
    ("software-data-engineer", "seed-001", "design and implement data pipelines"),
    ("software-data-engineer", "seed-001", "apache kafka"),
    ("software-data-engineer", "seed-001", "scala"),
    ("machine-learning-data-architect", "seed-002", "feature"),
    ("machine-learning-data-architect", "seed-002", "erwin"),
    ("machine-learning-data-architect", "seed-002", "emotional intelligence"),
    ("machine-learning-data-architect", "seed-002", "3-5 years of experience"),
    ("ai-architect", "seed-003", "identifying business problems that can be solved through ai"),
    ("ai-architect", "seed-003", "spacy"),
    ("ai-architect", "seed-003", "manufacturing"),
    ("machine-learning-engineer", "seed-004", "jupyter notebook"),
    ("machine-learning-engineer", "seed-004", "automotive and robotics"),
    ("data-manager", "seed-004", "collibra"),
    ("data-manager", "seed-004", "cdmp"),
    ("data-manager", "seed-004", "train staff on data management best practices"),
    ("ai-research-engineer", "seed-002", "publish research findings"),
    ("ai-research-scientist", "seed-002", "robotics"),
    ("ai-research-manager", "seed-002", "aligned with human values"),
    ("ai-quality-engineering-vp", "seed-002", "adaptive testing"),
]


@pytest.mark.parametrize("role_id,source,fact", SEED_FACTS)
def test_seed_fact_is_in_the_profile_with_its_source(kb, role_id, source, fact):
    role = kb.role(role_id)
    assert fact in _all_text(role)
    sourced = [f for f in role.responsibilities + role.technical_skills + role.soft_skills + role.education
               + role.industries + role.getting_started + role.insights + role.outlook if fact in f.text.lower()]
    sourced += [g for g in role.tools if fact in f"{g.category}: {', '.join(g.names)}".lower()]
    assert any(source in f.sources for f in sourced)


def _salary(kb, role_id, what, stat, region="US"):
    return [s for s in kb.role(role_id).salaries if (s.what, s.stat, s.region) == (what, stat, region)]


def test_data_architect_figures(kb):
    role = kb.role("data-architect")
    nine = [g for g in role.growth if g.percent == 9 and (g.start, g.end) == (2020, 2030)]
    assert nine and "seed-000" in nine[0].sources
    assert any(g.percent_min == 8 and g.percent_max == 9 and (g.start, g.end) == (2021, 2031) for g in role.growth)
    average = _salary(kb, "data-architect", "salary", "average")
    assert [s.amount for s in average] == [144244] and average[0].currency == "USD"
    assert [s.amount for s in _salary(kb, "data-architect", "additional_cash", "average")] == [49491]
    assert [s.amount for s in _salary(kb, "data-architect", "total_compensation", "average")] == [189122]
    assert [s.amount for s in _salary(kb, "data-architect", "salary", "median")] == [154889]


def test_ml_architect_figures_keep_each_kind_apart(kb):
    rid = "machine-learning-data-architect"
    assert [s.amount for s in _salary(kb, rid, "total_compensation", "average")] == [393000]
    assert [(s.min, s.max) for s in _salary(kb, rid, "total_compensation", "range")] == [(234000, 797000)]
    assert [s.amount for s in _salary(kb, rid, "total_compensation", "top_10_percent")] == [713000]
    assert [(s.min, s.max) for s in _salary(kb, rid, "base_salary", "range")] == [(138000, 314000)]
    assert [(s.min, s.max) for s in _salary(kb, rid, "stock", "range")] == [(10000, 534000)]
    assert [(s.min, s.max) for s in _salary(kb, rid, "bonus", "range")] == [(15000, 78000)]
    assert [s.amount for s in _salary(kb, rid, "salary", "median", "Global")] == [171000]
    assert all(s.year == 2024 for s in _salary(kb, rid, "total_compensation", "average"))


def test_growth_figures_of_the_comparison_articles(kb):
    def percents(role_id):
        return {(g.percent, g.start, g.end) for g in kb.role(role_id).growth}
    assert (22, 2020, 2030) in percents("lead-machine-learning-engineer")
    assert (10, 2019, 2029) in percents("lead-machine-learning-engineer")
    assert (31, 2019, 2029) in percents("software-data-engineer")
    assert (15, 2019, 2029) in percents("ai-architect")
    assert (31, 2019, 2029) in percents("data-manager")


@pytest.mark.parametrize("role_id", ["data-engineer", "mlops-engineer", "data-analyst", "ai-engineer"])
def test_roles_without_a_sourced_figure_have_none(kb, role_id):
    assert kb.role(role_id).salaries == () and kb.role(role_id).growth == ()


# --- validation: every kind of error, all at once, with file, field and line ------------------

def _copy_kb(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(KB_DIR, target)
    return target


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _problems(target: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_knowledge(target)
    return [str(p) for p in caught.value.problems]


def test_unknown_key_is_an_error_with_a_hint_and_line(tmp_path):
    target = _copy_kb(tmp_path)
    path = target / "statistician.yaml"
    path.write_text(path.read_text().replace("skills:", "skils:", 1))
    problems = _problems(target)
    assert any(re.match(r"statistician\.yaml:\d+: skils: unknown key \(did you mean 'skills'\?\)", p) for p in problems)
    assert any("statistician.yaml" in p and "skills: is required but missing" in p for p in problems)


def test_all_errors_are_reported_in_one_run(tmp_path):
    target = _copy_kb(tmp_path)
    _edit(target / "data-analyst.yaml", lambda d: d.pop("summary"))
    _edit(target / "data-engineer.yaml", lambda d: d.__setitem__("related", ["no-such-role"]))
    _edit(target / "statistician.yaml", lambda d: d.__setitem__("aliases", ["data analyst"]))
    problems = "\n".join(_problems(target))
    assert "data-analyst.yaml" in problems and "summary: is required but missing" in problems
    assert "data-engineer.yaml" in problems and "'no-such-role' is not a role id" in problems
    assert "'data analyst' is also a name of 'data-analyst'" in problems


def test_wrong_types_and_duplicate_id(tmp_path):
    target = _copy_kb(tmp_path)
    _edit(target / "nlp-engineer.yaml", lambda d: d.__setitem__("responsibilities", "write code"))
    _edit(target / "ai-engineer.yaml", lambda d: d.__setitem__("id", "nlp-engineer"))
    problems = "\n".join(_problems(target))
    assert "nlp-engineer.yaml" in problems and "responsibilities: expected a list, got a text" in problems
    assert "ai-engineer.yaml" in problems and "'nlp-engineer' does not match the file name" in problems


def test_salary_without_currency_year_or_source(tmp_path):
    target = _copy_kb(tmp_path)

    def strip(d):
        for key in ("currency", "year", "source"):
            d["salaries"][0].pop(key)
    _edit(target / "data-architect.yaml", strip)
    problems = "\n".join(_problems(target))
    for key in ("currency", "year", "source"):
        assert f"salaries[0].{key}: is required but missing" in problems


@pytest.mark.parametrize("change,message", [
    (lambda g: g.__setitem__("quote", 9), "growth[0].quote: expected a non-empty text or a list of them, got a number"),
    (lambda g: g.__setitem__("quote", ["only one"]), "growth[0].quote: 1 quotes for 2 cited articles"),
    (lambda g: g.update(source="bls-ooh-2022", quote="words"), "this figure cites no article"),
])
def test_a_figure_quote_is_checked_when_loading(tmp_path, change, message):
    target = _copy_kb(tmp_path)
    _edit(target / "data-architect.yaml", lambda d: change(d["growth"][0]))
    assert any(message in p for p in _problems(target)), _problems(target)


def test_a_figure_cannot_cite_editorial_knowledge(tmp_path):
    target = _copy_kb(tmp_path)
    _edit(target / "data-engineer.yaml", lambda d: d.__setitem__("salaries", [{
        "what": "salary", "stat": "average", "amount": 120000, "currency": "USD", "period": "year",
        "region": "US", "year": 2024, "source": "editorial"}]))
    assert any("cannot cite the editorial source" in p for p in _problems(target))


def test_ambiguous_alias_must_be_declared(tmp_path):
    target = _copy_kb(tmp_path)
    (target / "_ambiguous.yaml").write_text("analyst: [data-analyst, business-intelligence-analyst]\n")
    _edit(target / "data-analyst.yaml", lambda d: d["aliases"].append("architect"))
    _edit(target / "ai-architect.yaml", lambda d: d["aliases"].append("architect"))
    assert any("'architect' is also a name of 'ai-architect'" in p and "_ambiguous.yaml" in p
               for p in _problems(target))
    # Declared ambiguous on purpose, the same alias is fine.
    (target / "_ambiguous.yaml").write_text("architect: [data-analyst, ai-architect]\n")
    assert load_knowledge(target).ambiguous["architect"] == ("data-analyst", "ai-architect")


def test_malformed_yaml_names_file_and_line(tmp_path):
    target = _copy_kb(tmp_path)
    (target / "statistician.yaml").write_text("id: statistician\nname: [unclosed\n")
    problems = _problems(target)
    assert any(re.match(r"statistician\.yaml:\d+: is not valid YAML", p) for p in problems)


@pytest.mark.parametrize("setup,message", [
    (lambda t: [p.unlink() for p in t.glob("*.yaml") if not p.name.startswith("_")], "holds no role profiles"),
    (lambda t: (t / "_sources.yaml").unlink(), "_sources.yaml: is missing"),
    (lambda t: (t / "huge.yaml").write_text("x: " + "a" * 1_100_000), "is 1,100,003 bytes"),
    (lambda t: (t / "binary.yaml").write_bytes(b"\xff\xfe\x00bad"), "is not UTF-8 text"),
    (lambda t: (t / "list.yaml").write_text("- just\n- a list\n"), "expected a mapping, got a list"),
    (lambda t: (t / "empty.yaml").write_text(""), "expected a mapping, got nothing"),
    (lambda t: (t / "folder.yaml").mkdir(), "cannot be read"),
])
def test_bad_directories_and_files(tmp_path, setup, message):
    target = _copy_kb(tmp_path)
    setup(target)
    assert any(message in p for p in _problems(target))


def test_missing_directory(tmp_path):
    problems = _problems(tmp_path / "nope")
    assert "is not a directory" in problems[0]


def _run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_validate_command_reports_ok_and_problems_without_traceback(tmp_path):
    ok = _run("validate")
    assert ok.returncode == 0 and "25 role profiles" in ok.stdout
    target = _copy_kb(tmp_path)
    (target / "statistician.yaml").write_text("id: statistician\nname: [unclosed\n")
    _edit(target / "data-engineer.yaml", lambda d: d.__setitem__("related", ["no-such-role"]))
    bad = _run("validate", str(target))
    assert bad.returncode == 2
    assert "statistician.yaml" in bad.stderr and "not valid YAML" in bad.stderr
    assert "Traceback" not in bad.stderr + bad.stdout


def test_bot_refuses_to_start_on_an_invalid_knowledge_base(tmp_path):
    target = _copy_kb(tmp_path)
    _edit(target / "data-analyst.yaml", lambda d: d.pop("summary"))
    for args in (["ask", "--knowledge", str(target), "hi"], ["chat", "--knowledge", str(target)]):
        proc = _run(*args)
        assert proc.returncode == 2 and proc.stdout == ""
        assert "data-analyst.yaml" in proc.stderr and "Traceback" not in proc.stderr
