"""Charts (issue #14): the data equals the official source rows, every kind renders a valid PNG, answers
carry a chart only when there are figures, matplotlib stays out of start-up, and the CLI writes the file."""
from __future__ import annotations

import csv
import json
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answers import charts
from bot.answers.charts import (MAX_ROWS, TOP_CODE, Chart, build, chart_for, chart_png, education_chart,
                                growth_chart, pay_chart, render_png)
from bot.answers.reply import ChartSpec
from bot.knowledge.profiles import KnowledgeBase, OfficialLink
from bot.understanding.dialogue import Understanding

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OEWS = SHARED / "bls-oews-national-may2024.csv"
PROJECTIONS = SHARED / "facts" / "bls-employment-projections.csv"
ETE = SHARED / "onet-29.2" / "Education, Training, and Experience.txt"
ETE_CATEGORIES = SHARED / "onet-29.2" / "Education, Training, and Experience Categories.txt"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the official source files) is absent")

OEWS_FIELDS = {"p10": "a_pct10", "p25": "a_pct25", "median": "a_median", "p75": "a_pct75", "p90": "a_pct90"}
# role id -> the SOC code whose OEWS and projection rows must appear in its chart row
ROLES = {
    "data-scientist": "15-2051",                 # curated, under its category 15-2051.00
    "statistician": "15-2041",                   # curated, 15-2041.00
    "data-architect": "15-1243",                 # curated under Database Architects (a different name)
    "onet:11-1011.00": "11-1011",                # Chief Executives: 75th and 90th percentiles top-coded
    "onet:29-1141.00": "29-1141",                # Registered Nurses
    "onet:13-1021.00": "13-1020",                # measured only as the wider Buyers and Purchasing Agents
    "onet:47-2152.00": "47-2152",                # Plumbers, Pipefitters, and Steamfitters
}
MILITARY = "onet:55-1011.00"                     # Air Crew Officers: no OEWS wages, no projection


@pytest.fixture(scope="module")
def kb(engine):
    return engine.kb


@pytest.fixture(scope="module")
def official(engine):
    return engine.official


@pytest.fixture(scope="module")
def oews():
    with open(OEWS, newline="", encoding="utf-8") as handle:
        return {row["occ_code"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def projections():
    with open(PROJECTIONS, newline="", encoding="utf-8") as handle:
        return {row["soc_code"]: row for row in csv.DictReader(handle)}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, after checking the signature and the chunk's place."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


# --- the data equals the source rows ------------------------------------------------------------------

@needs_shared
def test_pay_chart_rows_equal_the_oews_rows(kb, official, oews):
    chart = pay_chart(list(ROLES), kb, official)
    assert chart is not None and chart.kind == "pay" and len(chart.rows) == len(ROLES)
    assert "May 2024" in chart.source and "OEWS" in chart.source and chart.units.startswith("US dollars a year")
    for row, (role_id, soc) in zip(chart.rows, ROLES.items(), strict=True):
        source = oews[soc]
        assert row.role_id == role_id and row.soc == soc
        for field, column in OEWS_FIELDS.items():
            if source[column] == "#":
                assert row.value(field) is None and field in row.open_ended, (role_id, field)
            else:
                assert row.value(field) == int(source[column]) and field not in row.open_ended, (role_id, field)


@needs_shared
def test_top_coded_values_are_open_ended_and_said(kb, official, oews):
    chart = pay_chart(["onet:11-1011.00"], kb, official)
    (row,) = chart.rows
    assert oews["11-1011"]["a_pct75"] == "#" and oews["11-1011"]["a_pct90"] == "#"
    assert row.open_ended == ("p75", "p90") and row.value("median") == int(oews["11-1011"]["a_median"])
    assert any("75th and 90th percentiles at or above $239,200" in note for note in row.notes)
    assert chart.cap == TOP_CODE == 239_200 and any("$239,200 or more" in note for note in chart.notes)


def test_curated_roles_appear_under_their_official_category(kb, official):
    chart = pay_chart(["data-scientist", "statistician", "data-architect"], kb, official)
    assert [(r.label, r.code) for r in chart.rows] == [
        ("Data Scientist", "15-2051.00"), ("Statistician", "15-2041.00"),
        ("Data Architect (as Database Architects)", "15-1243.00")]
    # a 'close' category says so even when the names are alike
    role = replace(kb.role("machine-learning-engineer"),
                   official=(OfficialLink("15-1221.00", "close", "closest category"),))
    mine = KnowledgeBase({**kb.roles, role.id: role}, kb.sources, kb.ambiguous)
    (row,) = pay_chart(["machine-learning-engineer"], mine, official).rows
    assert row.label == "Machine Learning Engineer (as Computer and Information Research Scientists)"
    assert row.value("median") == official.occupation("15-1221.00").wages.median


def test_group_measured_figures_name_the_group(kb, official):
    (row,) = pay_chart(["onet:13-1021.00"], kb, official).rows
    assert row.label == "Buyers and Purchasing Agents, Farm Products"
    assert row.notes == ("measured as Buyers and Purchasing Agents (SOC 13-1020)",)
    growth = growth_chart(["onet:13-1021.00"], kb, official)
    assert growth.rows[0].notes == ("measured as Buyers and Purchasing Agents (SOC 13-1020)",)


@needs_shared
def test_growth_chart_rows_equal_the_projection_rows(kb, official, projections):
    chart = growth_chart(list(ROLES), kb, official)
    assert chart.kind == "growth" and "2024–34" in chart.title and "2024–34" in chart.source
    *rows, average = chart.rows
    assert len(rows) == len(ROLES)
    for row, (role_id, soc) in zip(rows, ROLES.items(), strict=True):
        source = projections[soc]
        assert row.role_id == role_id and row.soc == soc and not row.reference
        assert row.value("change_pct") == float(source["employment_change_2024_34_pct"])
        assert row.value("employment_2024") == float(source["employment_2024_thousands"])
        assert row.value("employment_2034") == float(source["employment_2034_thousands"])
    assert average.reference and average.label.startswith("All occupations")
    assert average.value("change_pct") == float(projections["00-0000"]["employment_change_2024_34_pct"]) == 3.1


@needs_shared
@pytest.mark.parametrize("role_id,code", [("onet:29-1141.00", "29-1141.00"), ("statistician", "15-2041.00"),
                                          ("onet:11-1011.00", "11-1011.00")])
def test_education_chart_rows_equal_the_onet_rows(kb, official, role_id, code):
    with open(ETE_CATEGORIES, encoding="utf-8") as handle:
        names = {int(r["Category"]): r["Category Description"] for r in csv.DictReader(handle, delimiter="\t")
                 if r["Scale ID"] == "RL"}
    with open(ETE, encoding="utf-8") as handle:
        source = sorted((int(r["Category"]), float(r["Data Value"])) for r in csv.DictReader(handle, delimiter="\t")
                        if r["O*NET-SOC Code"] == code and r["Scale ID"] == "RL")
    chart = education_chart(role_id, kb, official)
    assert chart.kind == "education" and "O*NET 29.2" in chart.source and "CC BY 4.0" in chart.source
    shown = [(category, value) for category, value in source if value > 0]
    assert len(shown) <= MAX_ROWS  # these three need no "other levels" row
    assert [r.value("percent") for r in chart.rows] == [value for _, value in shown]
    for row, (category, _) in zip(chart.rows, shown, strict=True):
        assert names[category].lower().startswith(row.label.lower()), (row.label, names[category])


def test_education_with_many_levels_keeps_eight_rows_and_names_the_rest(kb, official):
    code = next(c for c in official.names
                if sum(p > 0 for _, p in official.occupation(c).education) > MAX_ROWS)
    chart = education_chart(f"onet:{code}", kb, official)
    assert len(chart.rows) == MAX_ROWS and chart.rows[-1].label.startswith("Other levels")
    total = sum(p for _, p in official.occupation(code).education)
    assert sum(r.value("percent") for r in chart.rows) == pytest.approx(total, abs=0.05)
    assert any(note.startswith("Other levels: ") for note in chart.notes)


def test_no_official_figures_no_chart_no_error(kb, official):
    assert pay_chart([MILITARY], kb, official) is None
    assert growth_chart([MILITARY], kb, official) is None
    assert education_chart(MILITARY, kb, official) is None
    assert education_chart("data-scientist", kb, official) is None     # 15-2051.00: no O*NET education data
    assert pay_chart(["onet:99-9999.99", "no-such-role"], kb, official) is None
    assert pay_chart([], kb, official) is None and pay_chart(["data-scientist"], kb, None) is None
    mixed = pay_chart(["data-scientist", MILITARY], kb, official)
    assert [r.role_id for r in mixed.rows] == ["data-scientist"]
    assert "No BLS wage figures for Air Crew Officers." in mixed.notes


def test_at_most_eight_rows_the_first_asked(kb, official):
    codes = [c for c in official.names if official.occupation(c).wages is not None][:11]
    chart = pay_chart([f"onet:{c}" for c in codes], kb, official)
    assert [r.code for r in chart.rows] == codes[:MAX_ROWS]
    assert any(n.startswith(f"Showing the first {MAX_ROWS} asked") for n in chart.notes)
    growth = growth_chart([f"onet:{c}" for c in codes], kb, official)
    assert len(growth.rows) == MAX_ROWS + 1 and growth.rows[-1].reference


def test_chart_data_is_frozen_and_hashable(kb, official):
    chart = pay_chart(["data-scientist", "onet:11-1011.00"], kb, official)
    assert chart == pay_chart(["data-scientist", "onet:11-1011.00"], kb, official)
    assert hash(chart) == hash(pay_chart(["data-scientist", "onet:11-1011.00"], kb, official))
    with pytest.raises(AttributeError):
        chart.title = "x"  # type: ignore[misc]


# --- which answers carry a chart ------------------------------------------------------------------

@pytest.mark.parametrize("question,kind,roles", [
    ("data scientist vs statistician salary", "pay", ("data-scientist", "statistician")),
    ("how much does a data scientist earn", "pay", ("data-scientist",)),
    ("data architect vs statistician", "pay", ("data-architect", "statistician")),
    ("data scientist vs statistician job outlook", "growth", ("data-scientist", "statistician")),
    ("what degree do I need to become a statistician", "education", ("statistician",)),
])
def test_answers_with_a_chart(engine, question, kind, roles):
    reply, _ = engine.reply(question)
    assert reply.chart == ChartSpec(kind, roles), (question, reply.intent, reply.roles, reply.aspect)
    png, caption = chart_png(reply, engine.kb, engine.official)
    assert png_size(png)[0] == 1080 and caption.splitlines()[1].startswith("Source:")
    assert reply.to_json("t")["chart"] is True


@pytest.mark.parametrize("question", [
    "what does a data scientist do",          # not about pay, outlook or education
    "data scientist education",               # its category has no O*NET education data
    "data scientist vs statistician skills",  # compared on skills
    "data architect vs data engineer job outlook",  # both under one official row: one chart, both rows
    "hi",
])
def test_answers_without_a_chart(engine, question):
    reply, _ = engine.reply(question)
    if question.startswith("data architect vs data engineer"):
        assert reply.chart == ChartSpec("growth", ("data-architect", "data-engineer"))
        rows = build(reply.chart, engine.kb, engine.official).rows
        assert [r.role_id for r in rows][:2] == ["data-architect", "data-engineer"]
        return
    assert reply.chart is None and reply.to_json("t")["chart"] is False
    assert chart_png(reply, engine.kb, engine.official) is None


def test_chart_for_onet_ids_and_military(kb, official):
    assert chart_for(Understanding("salary", ("onet:29-1141.00",)), kb, official) == ChartSpec(
        "pay", ("onet:29-1141.00",))
    assert chart_for(Understanding("compare", ("onet:29-1141.00", "data-scientist"), "outlook"), kb, official) == \
        ChartSpec("growth", ("onet:29-1141.00", "data-scientist"))
    assert chart_for(Understanding("education", ("onet:29-1141.00",)), kb, official) == ChartSpec(
        "education", ("onet:29-1141.00",))
    assert chart_for(Understanding("salary", (MILITARY,)), kb, official) is None
    assert chart_for(Understanding("education", (MILITARY,)), kb, official) is None
    assert chart_for(Understanding("salary", ("onet:29-1141.00",), candidates=("a", "b")), kb, official) is None
    assert chart_for(Understanding("salary", ("onet:29-1141.00",)), kb, None) is None


# --- drawing --------------------------------------------------------------------------------------

def _examples(kb, official) -> dict[str, Chart]:
    return {
        "pay": pay_chart(list(ROLES) + [MILITARY], kb, official),
        "pay-one": pay_chart(["statistician"], kb, official),
        "pay-median-top-coded": pay_chart([f"onet:{c}" for c in official.names if (w := official.occupation(c).wages)
                                           and "median" in w.top_coded][:2], kb, official),
        "growth": growth_chart(["onet:43-9022.00", "data-scientist", "onet:29-1141.00"], kb, official),
        "education": education_chart("onet:29-1141.00", kb, official),
    }


def test_every_kind_renders_a_phone_sized_png(kb, official, tmp_path):
    for name, chart in _examples(kb, official).items():
        assert chart is not None, name
        data = render_png(chart)
        width, height = png_size(data)
        assert width == 1080 and 400 <= height <= 2400, (name, width, height)
        assert len(data) < 400_000
        (tmp_path / f"{name}.png").write_bytes(data)


def test_identical_charts_are_drawn_once(kb, official):
    chart = pay_chart(["data-scientist", "statistician"], kb, official)
    first = render_png(chart)
    again = render_png(pay_chart(["data-scientist", "statistician"], kb, official))  # equal data, new object
    assert again is first
    info = charts._render_cached.cache_info()
    assert info.maxsize == charts.RENDER_CACHE and info.currsize <= info.maxsize


# --- start-up stays as it was, and the command line -------------------------------------------------

def _python(code: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_engine_and_ask_do_not_import_matplotlib():
    proc = _python("import sys, bot.engine\n"
                   "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy', 'PIL')))")
    assert proc.returncode == 0 and proc.stdout.strip() == "[]", proc.stderr
    # a whole ask whose answer carries a chart, without --chart: nothing is drawn, nothing imported
    proc = _python("import sys\nfrom bot.frontends.cli import main\n"
                   "code = main(['ask', '--json', 'data scientist vs statistician salary'])\n"
                   "print(code, [m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy', 'PIL')])")
    lines = proc.stdout.strip().splitlines()
    assert json.loads(lines[0])["chart"] is True
    assert lines[-1] == "0 []", proc.stderr


def _ask(*args: str, cwd=ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, input=stdin)


def test_cli_chart_flag_writes_the_png(tmp_path):
    target = tmp_path / "pay.png"
    proc = _ask("--chart", str(target), "data scientist vs statistician salary")
    assert proc.returncode == 0, proc.stderr
    assert f"Chart written to {target}" in proc.stdout and proc.stdout.startswith("Data Scientist vs Statistician")
    assert png_size(target.read_bytes())[0] == 1080

    target = tmp_path / "outlook.png"
    proc = _ask("--json", "--chart", str(target), "data scientist vs statistician job outlook")
    answer = json.loads(proc.stdout)  # stdout stays exactly one JSON object
    assert answer["chart"] is True and answer["chart_file"] == str(target) and target.is_file()
    assert "Chart written" in proc.stderr


def test_cli_chart_flag_without_a_chart_writes_nothing(tmp_path):
    target = tmp_path / "none.png"
    proc = _ask("--chart", str(target), "what does a data architect do")
    assert proc.returncode == 0 and "has no chart; nothing written" in proc.stdout and not target.exists()
    proc = _ask("--json", "--chart", str(target), "what does a data architect do")
    assert json.loads(proc.stdout)["chart"] is False and "chart_file" not in json.loads(proc.stdout)
    assert not target.exists()
    proc = _ask("--json", "what does a data architect do")
    assert json.loads(proc.stdout)["chart"] is False


def test_cli_chart_flag_with_questions_on_stdin(tmp_path):
    target = tmp_path / "c.png"
    proc = _ask("--json", "--chart", str(target), stdin="statistician salary\nhi\nstatistician education\n")
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [a["chart"] for a in answers] == [True, False, True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c-1.png", "c-3.png"]


def test_cli_chart_flag_unwritable_file_is_a_message(tmp_path):
    proc = _ask("--chart", str(tmp_path / "no" / "such" / "dir.png"), "statistician salary")
    assert proc.returncode == 1 and "Cannot write the chart" in proc.stdout and "Traceback" not in proc.stderr


def test_terminal_chart_command_saves_the_last_chart(engine, tmp_path, monkeypatch):
    from bot.frontends.terminal import chat_loop
    monkeypatch.chdir(tmp_path)
    feed = iter(["/chart", "data scientist vs statistician salary", "/chart", "what does a data architect do",
                 "/chart"])

    def read(prompt):
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None
    import io
    out = io.StringIO()
    assert chat_loop(engine, read, out) == 0
    text = out.getvalue()
    saved = list(tmp_path.glob("chart-pay-*.png"))
    assert len(saved) == 1 and f"Chart saved: {saved[0]}" in text
    assert text.count("The last answer has no chart.") == 2
    assert png_size(saved[0].read_bytes())[0] == 1080
