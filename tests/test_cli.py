"""The analysis commands: each format of each command on the seed, and their errors."""

from __future__ import annotations

import csv
import os
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
    assert ents.stdout.split("\n")[0].split() == ["name", "type", "role", "country", "acronym", "mentions", "section", "said"]
    table = run_cli("commitments", str(SEED)).stdout.split("\n")
    assert table[0].split() == ["sentence", "actor", "body", "verb", "negated", "category", "strength", "target", "catalysts", "condition"]
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


@pytest.mark.parametrize(
    "args, says",
    [
        (["report", str(SEED), "--timeout", "nan"], "--timeout: must be between 1 and 86400 seconds"),
        (["report", str(SEED), "--timeout", "0"], "--timeout: must be between 1 and 86400 seconds"),
        (["batch", str(SEED), "--timeout", "-1"], "--timeout: must be between 1 and 86400 seconds"),
        (["report", str(SEED), "--max-bytes", "-1"], "--max-bytes: must be between 1 and 1,073,741,824 bytes"),
        (["outline", str(SEED), "--max-bytes", "99999999999999999999"], "--max-bytes: must be between 1"),
        (["report", str(SEED), "--out", ""], "--out: needs a folder"),
        (["batch", str(SEED), "--scheduler", "garbage"], "--scheduler: must be an address such as tcp://host:8786"),
    ],
)
def test_option_values_are_checked_before_any_work(args, says):
    res = run_cli(*args)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and says in res.stderr and "unexpected" not in res.stderr


def test_a_timings_file_that_cannot_be_written_is_refused_before_rendering(tmp_path):
    res = run_cli("report", str(SEED), "--out", str(tmp_path / "out"), "--formats", "html", "--timings", str(tmp_path))
    assert res.returncode == 1 and res.stderr.strip() == f"communique: error: {tmp_path}: is a directory; --timings needs a file name"
    assert not (tmp_path / "out").exists()


def test_a_raised_size_limit_reaches_the_render_and_a_pipe_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Joint Statement of Chile and Peru\n\nTrade\n\n" + "The two sides will trade more in 2025.\n" * 4000, encoding="utf-8")
    small = ["--max-bytes", "100000"]
    res = run_cli("report", str(big), "--out", str(tmp_path / "out"), "--formats", "html", *small)
    assert res.returncode == 1 and f"is {big.stat().st_size:,} bytes, over the 100,000 bytes limit" in res.stderr
    res = run_cli("report", str(big), "--out", str(tmp_path / "out"), "--formats", "html", "--max-bytes", "200000")
    assert res.returncode == 0, res.stderr  # the kernel reads it with the same limit
    res = run_cli("compare", str(big), str(SEED), "--out", str(tmp_path / "out"), "--formats", "html", *small)
    assert res.returncode == 1 and "over the 100,000 bytes limit" in res.stderr
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    res = run_cli("outline", str(fifo), timeout=30)
    assert res.returncode == 1 and "is not a regular file" in res.stderr


def test_the_size_limit_travels_in_the_environment_to_the_kernel(tmp_path, monkeypatch):
    """The kernel reads the statement again; ``report`` hands it the limit in the environment,
    which the kernel inherits."""
    from communique import config, render
    from communique import statement as S
    from communique.errors import InputError

    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "")  # (so that the variable is put back as it was afterwards)
    assert config.max_bytes() == config.DEFAULT_MAX_BYTES
    path = tmp_path / "s.txt"
    path.write_text("Joint Statement\n\nThe two sides will trade more.\n", encoding="utf-8")
    render._set_max_bytes(20)
    assert os.environ["COMMUNIQUE_MAX_BYTES"] == "20" and config.max_bytes() == 20
    with pytest.raises(InputError, match="over the 20 bytes limit"):
        S.load(path)
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "not a number")
    assert config.max_bytes() == config.DEFAULT_MAX_BYTES and S.load(path).title == "Joint Statement"


def test_outline_prints_who_signed(tmp_path):
    src = tmp_path / "signed.txt"
    src.write_text("Joint Communiqué of Kenya and Tanzania\n\nNairobi, 4 March 2025\n\nTrade\n\nThe two sides will trade more."
                   "\n\nFor the Republic of Kenya\nMusalia Mudavadi\nPrime Cabinet Secretary\n\nFor the United Republic of "
                   "Tanzania\nMahmoud Thabit Kombo\nMinister for Foreign Affairs\n", encoding="utf-8")
    res = run_cli("outline", str(src))
    assert res.returncode == 0, res.stderr
    assert ("  signed by: Musalia Mudavadi, Prime Cabinet Secretary (Kenya); Mahmoud Thabit Kombo, Minister for Foreign "
            "Affairs (Tanzania)") in res.stdout.splitlines()
    res = run_cli("outline", str(src), "--format", "json")
    assert [s["name"] for s in json.loads(res.stdout)["signatories"]] == ["Musalia Mudavadi", "Mahmoud Thabit Kombo"]


def test_outline_says_which_lines_under_the_text_it_left_out(tmp_path):
    src = tmp_path / "release.txt"
    src.write_text("Joint Statement of Kenya and Japan\n\nNairobi, 5 March 2024\n\nKenya and Japan will build a port.\n\n"
                   "Both sides will fund schools.\n\nThe leaders will meet again.\n\n###\n\nMedia contact: press@mofa.go.jp\n"
                   "#KenyaJapan https://www.mofa.go.jp\n", encoding="utf-8")
    res = run_cli("outline", str(src))
    assert res.returncode == 0, res.stderr
    out = res.stdout.splitlines()
    assert out[-3:] == ["left out, as not of the statement:", "  Media contact: press@mofa.go.jp",
                        "  #KenyaJapan https://www.mofa.go.jp"]
    res = run_cli("outline", str(src), "--format", "json")
    assert json.loads(res.stdout)["set_aside"] == ["Media contact: press@mofa.go.jp", "#KenyaJapan https://www.mofa.go.jp"]


def test_outline_lists_the_preamble_only_when_it_holds_text(tmp_path):
    headed = tmp_path / "headed.txt"
    headed.write_text("Joint Statement of Ghana and Norway\n\nAccra, 3 March 2025\n\nTrade\n\nThe two countries will "
                      "open a fisheries research centre by mid-2026.\n", encoding="utf-8")
    res = run_cli("outline", str(headed))
    assert res.returncode == 0, res.stderr
    table = res.stdout.split("\n\n", 1)[1].splitlines()
    assert [line.split()[0] for line in table] == ["section", "Trade"]
    assert json.loads(run_cli("outline", str(headed), "--format", "json").stdout)["sections"][0]["heading"] is None
    opened = tmp_path / "opened.txt"
    opened.write_text("Joint Statement of Ghana and Norway\n\nAccra, 3 March 2025\n\nThe two leaders met in Accra.\n\n"
                      "Trade\n\nThe two countries will open a fisheries research centre.\n", encoding="utf-8")
    table = run_cli("outline", str(opened)).stdout.split("\n\n", 1)[1].splitlines()
    assert [line.split()[0] for line in table] == ["section", "(preamble)", "Trade"]


def test_a_table_cell_of_a_hard_wrapped_text_is_one_line(tmp_path):
    src = tmp_path / "wrapped.txt"
    src.write_text("Joint Statement of India and the UAE\n\nNew Delhi, 9 September 2025\n\nThe two sides agreed to reach "
                   "non-oil trade of USD 50\nbillion by 2030.\n", encoding="utf-8")
    res = run_cli("figures", str(src))
    assert res.returncode == 0, res.stderr
    row = next(line for line in res.stdout.splitlines() if "USD 50" in line)
    assert "USD 50 billion" in row and "non-oil trade" in row and " None " in f"{row} "
    # (JSON keeps the text as written)
    res = run_cli("figures", str(src), "--format", "json")
    assert "USD 50\nbillion" in [r["text"] for r in json.loads(res.stdout)]


def test_outline_cuts_a_long_section_name_at_a_words_end(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2024\n\nI. COOPERATION ON REDUCING GREENHOUSE GAS "
                 "EMISSIONS FROM FORESTS AND LAND USE\n\nNorway will provide results-based contributions.\n", encoding="utf-8")
    r = run_cli("outline", str(f))
    assert r.returncode == 0, r.stderr
    row = [line for line in r.stdout.splitlines() if line.startswith("COOPERATION")]
    assert row == ["COOPERATION ON REDUCING GREENHOUSE GAS EMISSIONS FROM…" + " " * 12 + "1      1       5"]
