"""The analysis commands: each format of each command on the seed, and their errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import SEED, run_cli


def test_figures_json_is_the_ledger():
    res = run_cli("figures", str(SEED), "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    money = {r["text"]: r for r in rows if r["kind"] == "money"}
    assert money["$16 billion"]["value"] == 16e9 and money["$16 billion"]["unit"] == "USD"
    assert money["$20 million"]["qualifier"] == "more_than"
    assert {"text", "kind", "value", "value_max", "unit", "qualifier", "about", "in_name", "start", "end", "sentence", "section"} <= set(rows[0])
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_themes_csv_has_one_row_per_sentence():
    res = run_cli("themes", str(SEED), "--format", "csv")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == 38
    assert list(rows[0]) == ["sentence", "text", "section", "topic", "topic_name", "subtopic", "score", "terms", "start", "end"]
    trade = next(r for r in rows if "$16 billion" in r["text"])
    assert trade["topic"] in ("18", "18.0")


def test_entities_and_commitments_tables():
    ents = run_cli("entities", str(SEED))
    assert ents.returncode == 0 and "Barack Obama" in ents.stdout and "Open Government Partnership" in ents.stdout
    comms = json.loads(run_cli("commitments", str(SEED), "--format", "json").stdout)
    agree = [c for c in comms if c["verb"] == "agree"]
    assert agree and agree[0]["actor"] == "both" and agree[0]["category"] == "commitment"
    assert not [c for c in comms if c["verb"] in ("welcome", "applaud", "note", "highlight", "recognize", "acknowledge") and c["category"] == "commitment"]


@pytest.mark.parametrize(
    "content, problem",
    [(None, "not found"), ("topics: [", "not valid YAML"), ("name: Mine\ntopics:\n  - {code: 1, name: Macroeconomics, terms: []}\n", "no terms")],
)
def test_themes_bad_codebook(tmp_path, content, problem):
    path = tmp_path / "codebook.yaml"
    if content is not None:
        path.write_text(content)
    res = run_cli("themes", str(SEED), "--codebook", str(path))
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr
    assert problem in lines[0] and str(path) in lines[0]


def test_usage_errors_are_one_line():
    res = run_cli("figures", str(SEED), "--format", "xml")
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "invalid choice" in res.stderr


def test_reading_notes_are_one_warning_line_each(tmp_path):
    """A file read as Windows-1252, and front matter with a date that is no date, are rendered
    with one "communique: warning:" line each, not Python's warning with its source line."""
    cp = tmp_path / "cp.txt"
    cp.write_bytes("Joint Statement of Chile and Peru\n\nTrade\n\nThe two sides will open more cafés.\n".encode("cp1252"))
    fm = tmp_path / "fm.md"
    fm.write_text("---\ntitle: Chile and Peru\ndate: someday\n---\n\n## Trade\n\nThe two sides will trade more.\n", encoding="utf-8")
    res = run_cli("report", str(cp), "--out", str(tmp_path / "out"), "--formats", "html")
    assert res.returncode == 0, res.stderr
    assert res.stderr.splitlines() == [f"communique: warning: {cp}: not UTF-8; read as Windows-1252"]
    res = run_cli("report", str(fm), "--out", str(tmp_path / "out"), "--formats", "html")
    assert res.returncode == 0, res.stderr
    assert res.stderr.splitlines() == [f"communique: warning: {fm}: front matter: the date 'someday' is not a date; left out"]
    res = run_cli("outline", str(fm))
    assert res.stderr.splitlines() == [f"communique: warning: {fm}: front matter: the date 'someday' is not a date; left out"]
