"""The benchmark runs end to end on a tiny scale and reports sane figures (no timing thresholds)."""
import json
import math

from benchmarks import bench


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def test_bench_reports_every_figure(capsys):
    # Through the command line, as `python -m benchmarks --json` with everything cut to the minimum.
    code = bench.main(["--json", "--rounds", "1", "--scale-rounds", "1", "--startup-runs", "1",
                       "--long-runs", "2", "--scale", "10", "--chart-runs", "3"])
    assert code == 0  # a report: a missed target never fails without --check
    results = json.loads(capsys.readouterr().out)

    assert {"machine", "config", "startup", "load", "first_occupation", "latency", "latency_curated", "cold",
            "long_message", "scale", "checks", "ok"} <= set(results)
    assert results["machine"]["cpus"] and results["machine"]["python"]

    startup = results["startup"]
    assert startup["errors"] == []
    for key in ("median_s", "min_s", "max_s", "interpreter_s", "peak_rss_mb"):
        assert _positive(startup[key]), key

    load = results["load"]
    assert load["roles"] > 0 and load["intents"] > 0
    for key in ("knowledge_s", "intents_s", "official_s", "load_s", "engine_build_s"):
        assert _positive(load[key]), key

    first = results["first_occupation"]
    assert first["errors"] == [] and first["questions"] == len(bench.OCCUPATION_QUESTIONS)
    assert _positive(first["first_ms"]) and 0 < first["median_ms"] <= first["max_ms"]
    assert 0 < results["latency_curated"]["p50_ms"] <= results["latency_curated"]["p99_ms"]

    latency = results["latency"]
    assert latency["samples"] == latency["messages"] * latency["rounds"] > 0
    assert 0 < latency["p50_ms"] <= latency["p99_ms"] <= latency["max_ms"]
    assert _positive(latency["throughput_msg_s"])
    assert _positive(results["cold"]["first_recommend_ms"])

    long_message = results["long_message"]
    assert long_message["chars"] == 10_000
    assert long_message["recommend"]["intent"] == "recommend"  # the path that reads all 10,000 characters
    for kind in ("question", "recommend", "gibberish"):
        assert 0 < long_message[kind]["p50_ms"] <= long_message[kind]["max_ms"], kind

    [scale] = results["scale"]
    assert scale["roles"] == 10 and scale["aliases_per_role"] == 20
    assert scale["index_keys"] >= 10 * 21  # every name and alias made it into the index
    for key in ("load_s", "build_s", "p50_ms", "p99_ms", "max_ms", "throughput_msg_s", "first_recommend_ms"):
        assert _positive(scale[key]), key
    assert scale["role_hit_rate"] > 0.8  # the synthetic messages really name the synthetic roles

    charts = results["charts"]
    assert charts["charts"] == 3 and _positive(charts["first_chart_ms"]) and _positive(charts["cached_ms"])
    assert 0 < charts["p50_ms"] <= charts["max_ms"] and _positive(charts["png_kb_median"])
    assert charts["cached_ms"] < charts["p50_ms"]  # the LRU answers without drawing

    names = [c["name"] for c in results["checks"]]
    assert any(n.startswith("latency p99") for n in names)
    assert all(c["ok"] in (True, False, None) for c in results["checks"])
    assert results["ok"] == all(c["ok"] is not False for c in results["checks"])

    # The generator's names stay distinct at a larger size too (the loader rejects a shared alias).
    roles = bench.synthetic_roles(300)
    keys = [bench.role_key(text) for r in roles for text in (r.name,) + r.aliases]
    assert len(keys) == len(set(keys)) == 300 * 21
