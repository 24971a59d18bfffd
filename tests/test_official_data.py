"""The official tier (knowledge/official): reproducible from ../shared, faithful to it, and checked at load."""
from __future__ import annotations

import csv
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import DataError
from bot.normalise import fold_accents, role_key, singular
from bot.knowledge.official import INDEX_FILE, OCCUPATIONS_FILE, Occupation, load_official

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OFFICIAL = ROOT / "knowledge" / "official"
NAMED = ("15-1252.00", "15-2051.00", "29-1141.00", "47-2152.00", "11-1011.00", "15-1299.08")
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} (the shared O*NET and BLS sources) is absent")


@pytest.fixture(scope="module")
def data():
    return load_official()


# --- (a) regeneration ---------------------------------------------------------------------------

@needs_shared
def test_build_reproduces_the_committed_files_byte_for_byte(tmp_path):
    out = tmp_path / "official"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_official.py"), "--shared", str(SHARED),
                    "--out", str(out)], check=True, capture_output=True, text=True)
    for name in ("occupations.jsonl", "index.json", "terms.json", "moves.json", "BUILD.md"):
        assert (out / name).read_bytes() == (OFFICIAL / name).read_bytes(), (
            f"{name} differs from a fresh build: run python scripts/build_official.py and commit the result")


def test_default_folder_is_bundled_not_shared(data):
    assert data.directory.resolve() == OFFICIAL.resolve()
    assert "shared" not in data.directory.resolve().parts
    assert len(data.names) == 1016


# --- (b) honesty: the figures are the sources' own ----------------------------------------------

def _tsv(name: str) -> list[list[str]]:
    with open(SHARED / "onet-29.2" / name, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle][1:]


def _csv(name: str) -> dict[str, dict[str, str]]:
    with open(SHARED / name, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {r.get("occ_code") or r["soc_code"]: r for r in rows if r.get("occupation_type", "Line item") == "Line item"}


@pytest.fixture(scope="module")
def sources():
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} (the shared O*NET and BLS sources) is absent")
    return {
        "titles": {r[0]: r[1] for r in _tsv("Occupation Data.txt")},
        "zones": {r[0]: int(r[1]) for r in _tsv("Job Zones.txt")},
        "tasks": [r[0] for r in _tsv("Task Statements.txt")],
        "related": [r[:2] for r in _tsv("Related Occupations.txt")],
        "oews": _csv("bls-oews-national-may2024.csv"),
        "ep": _csv("facts/bls-employment-projections.csv"),
    }


def _sample(codes) -> list[str]:
    return sorted(set(random.Random(20240501).sample(sorted(codes), 60)) | set(NAMED))


def _soc_used(code: str, soc: str, rows: dict) -> None:
    """The BLS row is the code's own, or (only when BLS has none) the wider one of its broad group."""
    if soc != code[:7]:
        assert code[:7] not in rows and soc[:6] == code[:6], (code, soc)


def test_wages_and_projections_equal_the_source_rows(data, sources):
    oews, ep = sources["oews"], sources["ep"]
    wage_fields = {"employment": "tot_emp", "mean": "a_mean", "p10": "a_pct10", "p25": "a_pct25",
                   "median": "a_median", "p75": "a_pct75", "p90": "a_pct90", "hourly_median": "h_median"}
    ep_fields = {"employment_2024": "employment_2024_thousands", "employment_2034": "employment_2034_thousands",
                 "change_thousands": "employment_change_2024_34_thousands",
                 "change_pct": "employment_change_2024_34_pct",
                 "openings_thousands": "annual_openings_2024_34_thousands"}
    texts = {"entry_education": "typical_entry_education", "experience": "work_experience_in_related_occupation",
             "training": "typical_on_the_job_training"}
    sample = _sample(data.names)
    assert len(sample) >= 65
    for code in sample:
        occupation = data.occupation(code)
        wages = occupation.wages
        if wages is None:
            assert code[:7] not in oews and code[:6] + "0" not in oews, code
        else:
            _soc_used(code, wages.soc, oews)
            row = oews[wages.soc]
            assert wages.title == row["occ_title"]
            assert wages.group == (not code.endswith(".00") or wages.soc != code[:7])
            for field, column in wage_fields.items():
                raw, value = row[column], getattr(wages, field)
                if raw == "#":
                    assert value is None and field in wages.top_coded, (code, field)
                elif raw == "*":
                    assert value is None and field in wages.not_published, (code, field)
                else:
                    assert value == (float(raw) if field == "hourly_median" else int(raw)), (code, field)
                    assert field not in wages.top_coded + wages.not_published
            assert data.employment(code) == (None if wages.group else int(row["tot_emp"]))
        projection = occupation.projection
        if projection is None:
            assert code[:7] not in ep, code
            continue
        _soc_used(code, projection.soc, ep)
        row = ep[projection.soc]
        assert row["occupation_type"] == "Line item" and projection.title == row["occupation_title"]
        assert projection.group == (not code.endswith(".00") or projection.soc != code[:7])
        for field, column in ep_fields.items():
            raw = row[column]
            assert getattr(projection, field) == (None if raw == "\u2014" else float(raw)), (code, field)
        raw = row["median_annual_wage_2024_usd"]
        if raw == ">=$239,200":
            assert projection.median_wage is None and projection.top_coded == ("median_wage",)
        else:
            assert projection.median_wage == (None if raw == "\u2014" else int(raw)) and projection.top_coded == ()
        for field, column in texts.items():
            assert getattr(projection, field) == (None if row[column] == "\u2014" else row[column])


def test_titles_job_zones_tasks_and_related_equal_onet(data, sources):
    for code in _sample(data.names):
        occupation = data.occupation(code)
        assert occupation.title == data.names[code] == sources["titles"][code]
        assert occupation.job_zone == sources["zones"].get(code)
        assert len(occupation.tasks) == sources["tasks"].count(code)
        assert sorted(occupation.related) == sorted(r for c, r in sources["related"] if c == code)
        assert (code, "t") in data.titles[role_key(occupation.title)]
        if occupation.job_zone is not None:
            assert occupation.job_zone in data.job_zones


def test_named_occupations(data):
    developers = data.occupation("15-1252.00")
    assert developers.wages.median == 133080 and not developers.wages.group
    assert developers.projection.change_pct == 15.8
    assert developers.skills == () and not developers.rated  # not rated in O*NET 29.2 (see ABOUT.md)
    assert data.occupation("15-2051.00").projection.change_pct == 33.5
    chiefs = data.occupation("11-1011.00").wages
    assert chiefs.p75 is None and chiefs.p90 is None and set(chiefs.top_coded) == {"p75", "p90"}
    group = data.occupation("15-1299.08")
    assert group.wages.group and group.wages.soc == "15-1299" and group.projection.group
    assert data.employment("15-1299.08") is None
    assert data.occupation("29-1141.00").rated and data.occupation("47-2152.00").tasks[0][1] is True
    assert data.average_growth["change_pct"] == 3.1 and data.average_growth["period"] == "2024\u201334"
    assert "modified" in data.sources["onet"].lower() and "CC BY 4.0" in data.sources["onet"]


def test_orderings(data):
    for code in _sample(data.names):
        occupation = data.occupation(code)
        cores = [core for _, core in occupation.tasks]
        assert cores == sorted(cores, reverse=True)
        ranks = [0 if hot else 1 if demand else 2 for _, _, hot, demand in occupation.tech]
        assert ranks == sorted(ranks)
        for ratings in (occupation.skills, occupation.knowledge):
            assert list(ratings) == sorted(ratings, key=lambda r: (-r[1], r[0]))
    for entries in list(data.titles.values())[:2000]:
        kinds = ["trsa".index(kind) for _, kind in entries]
        assert kinds == sorted(kinds) and len({c for c, _ in entries}) == len(entries)


# --- (c) validation -----------------------------------------------------------------------------

@pytest.fixture
def copy(tmp_path) -> Path:
    folder = tmp_path / "official"
    shutil.copytree(OFFICIAL, folder)
    return folder


def _files(error: DataError) -> set[str]:
    return {p.file for p in error.problems}


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_the_committed_data_is_valid(data):
    data.validate_all()


@pytest.mark.parametrize("name", [INDEX_FILE, OCCUPATIONS_FILE])
def test_missing_file(copy, name):
    (copy / name).unlink()
    with pytest.raises(DataError) as caught:
        load_official(copy)
    assert _files(caught.value) == {name} and "missing" in str(caught.value)


def test_missing_folder(tmp_path):
    with pytest.raises(DataError, match="not a directory"):
        load_official(tmp_path / "nowhere")


def test_corrupt_index(copy):
    (copy / INDEX_FILE).write_bytes((copy / INDEX_FILE).read_bytes()[:-500])
    with pytest.raises(DataError) as caught:
        load_official(copy)
    assert _files(caught.value) == {INDEX_FILE} and "not valid JSON" in str(caught.value)


def test_bad_code_in_index(copy):
    _edit(copy / INDEX_FILE, '"15-1252.00":[', '"15-1252.0X":[')
    with pytest.raises(DataError) as caught:
        load_official(copy)
    assert _files(caught.value) == {INDEX_FILE} and "15-1252.0X" in str(caught.value)


def test_repeated_code_in_index(copy):
    index = (copy / INDEX_FILE).read_text(encoding="utf-8")
    entry = index[index.index('"15-1252.00":['):]
    entry = entry[:entry.index("]") + 1]
    _edit(copy / INDEX_FILE, entry, entry + "," + entry)
    with pytest.raises(DataError) as caught:
        load_official(copy)
    assert _files(caught.value) == {INDEX_FILE} and "repeated" in str(caught.value)


def test_bad_code_in_occupations_file(copy):
    _edit(copy / OCCUPATIONS_FILE, '{"code":"15-1252.00"', '{"code":"15-1252.0X"')
    data = load_official(copy)
    with pytest.raises(DataError) as caught:
        data.occupation("15-1252.00")  # its line is gone: the scan reports it
    assert _files(caught.value) == {OCCUPATIONS_FILE}
    with pytest.raises(DataError) as caught:
        data.validate_all()
    assert OCCUPATIONS_FILE in _files(caught.value) and "15-1252.0X" in str(caught.value)


def test_unknown_related_code(copy, data):
    related = data.occupation("15-1252.00").related[0]
    line = next(line for line in (copy / OCCUPATIONS_FILE).read_text(encoding="utf-8").splitlines()
                if line.startswith('{"code":"15-1252.00"'))
    _edit(copy / OCCUPATIONS_FILE, line, line.replace(f'"{related}"', '"99-9999.99"'))  # same length
    broken = load_official(copy)
    with pytest.raises(DataError) as caught:
        broken.occupation("15-1252.00")
    assert _files(caught.value) == {OCCUPATIONS_FILE} and "99-9999.99" in str(caught.value)
    assert broken.occupation("15-2051.00") == data.occupation("15-2051.00")  # the others still load
    with pytest.raises(DataError, match="99-9999.99"):
        broken.validate_all()


def test_wages_must_be_numbers_or_flagged_nulls(copy):
    _edit(copy / OCCUPATIONS_FILE, '"median":133080', '"median":"13308"')  # same length: offsets still right
    with pytest.raises(DataError) as caught:
        load_official(copy).occupation("15-1252.00")
    assert _files(caught.value) == {OCCUPATIONS_FILE} and "wages.median" in str(caught.value)
    _edit(copy / OCCUPATIONS_FILE, '"median":"13308"', '"median":null    ')
    with pytest.raises(DataError, match="neither top-coded nor unpublished"):
        load_official(copy).occupation("15-1252.00")


def test_corrupt_occupation_line(copy):
    _edit(copy / OCCUPATIONS_FILE, '{"code":"15-1252.00"', '{"code":15-1252.00"')
    with pytest.raises(DataError) as caught:
        load_official(copy).occupation("15-1252.00")
    assert _files(caught.value) == {OCCUPATIONS_FILE} and "not valid JSON" in str(caught.value)


# --- (d) lazy loading ---------------------------------------------------------------------------

def test_lazy_loading_caches_and_repeats_equal(data):
    first = data.occupation("15-2051.00")
    assert isinstance(first, Occupation) and data.occupation("15-2051.00") is first
    assert load_official().occupation("15-2051.00") == first
    with pytest.raises(KeyError):
        data.occupation("99-9999.99")


def test_wrong_offsets_fall_back_to_a_scan(copy, data):
    index = json.loads((copy / INDEX_FILE).read_text(encoding="utf-8"))
    codes = sorted(index["occupations"])
    offsets = [index["occupations"][c][2] for c in codes]
    for code, offset in zip(codes, offsets[1:] + offsets[:1], strict=True):  # every offset leads to a neighbour's line
        index["occupations"][code][2] = offset
    index["occupations"]["15-2051.00"][2] = 7  # and one into the middle of a line
    (copy / INDEX_FILE).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    shifted = load_official(copy)
    for code in ("15-2051.00", "15-1252.00", "11-1011.00"):
        assert shifted.occupation(code) == data.occupation(code)
    assert shifted._scanned  # one scan fixed every offset
    published = json.loads((OFFICIAL / INDEX_FILE).read_text())["occupations"]
    assert shifted._offsets == {c: e[2] for c, e in published.items()}
    with pytest.raises(DataError) as caught:
        load_official(copy).validate_all()
    assert _files(caught.value) == {INDEX_FILE} and "offset" in str(caught.value)


def test_title_buckets_give_every_key_as_built(data):
    index = json.loads((OFFICIAL / INDEX_FILE).read_text(encoding="utf-8"))
    assert len(data.titles) == index["build"]["title_keys"] == len(set(data.titles))
    # 'Plumbers, Pipefitters, and Steamfitters': the first name the title lists is a title ('t')
    assert "plumber" in data.titles and data.titles["plumber"] == (("47-2152.00", "t"),)
    assert "no such job at all" not in data.titles and "" not in data.titles and 7 not in data.titles
    with pytest.raises(KeyError):
        data.titles["no such job at all"]


def test_a_broken_title_bucket_is_reported(copy):
    index = json.loads((copy / INDEX_FILE).read_text(encoding="utf-8"))
    index["titles"]["plu"] = "zz top=47-2152.00r|pluck separator|plumber=47-2152.00r|plumber=47-2152.00x"
    (copy / INDEX_FILE).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    broken = load_official(copy)
    assert "plumber" in broken.titles and "pluck separator" not in broken.titles  # the rest still works
    with pytest.raises(DataError) as caught:
        broken.validate_all()
    text = str(caught.value)
    assert "'zz top' is in the wrong bucket" in text and "'pluck separator' is not key=entries" in text
    assert "'plumber' is repeated" in text and "'47-2152.00x' is not a known code" in text
    index["titles"]["toolong"] = index["titles"].pop("plu")
    (copy / INDEX_FILE).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataError, match="prefix of up to 3 characters"):
        load_official(copy)


@pytest.mark.parametrize("plural, one", [("coaches", "coach"), ("businesses", "business"), ("taxes", "tax"),
                                         ("dishes", "dish"), ("niches", "niche"), ("nurses", "nurse"),
                                         ("analysis", "analysis")])
def test_plurals_in_es_are_read_as_people_type_the_one(plural, one):
    assert singular(plural) == one


@pytest.mark.parametrize("typed, folded", [("infirmière", "infirmiere"), ("Lokführer", "Lokfuhrer"),
                                           ("résumé", "resume"), ("किताब", "किताब"), ("plain", "plain")])
def test_accents_on_latin_letters_are_folded(typed, folded):
    assert fold_accents(typed) == folded
