"""The compiled-pattern cache: the same patterns with or without it, whatever is on disk."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from communique import patterns

SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "us-peru-2013.txt"

# (pattern, flags, texts): named groups, look-arounds, case folding, verbose mode, Unicode
CASES = [
    (r"(?P<cur>US\$|\$|€)\s?(?P<num>\d[\d,.]*)\s*(?P<scale>million|billion)?", 0, ["$16 billion and €20 million", "US$ 5,000.50"]),
    (r"(?<!\w)(?:free trade|trade(?:s)?|tariffs?)(?!\w)", re.I, ["Free Trade Agreement; TRADE tariffs", "untrade"]),
    (r"^\s*(\d+)\.\s+(.+)$", re.M, ["1. First\n2. Second\nnot a heading"]),
    (r"""(?x) (?P<year> (?:19|20)\d\d )  # a year
              (?: \s*[-–]\s* (?P<end>\d{2,4}) )?""", 0, ["2013–2015 and 1999", "20133"]),
    (r"[^\W\d_]+(?:'[^\W\d_]+)*", 0, ["São Paulo’s Perú l'été", "ünïcödé"]),
    (r"\b(?:will|shall)\s+(?!not\b)(\w+)", re.I | re.M, ["We WILL work. They shall not pass."]),
]


def _behaviour(p: re.Pattern, texts: list[str]):
    return (
        p.pattern, p.flags, p.groups, dict(p.groupindex),
        [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t)] for t in texts],
        [bool(p.match(t)) for t in texts],
    )


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(folder))
    return folder


def test_patterns_from_the_cache_behave_as_compiled(cache):
    first = patterns.book("test")
    compiled = [first.compile(p, f) for p, f, _ in CASES]
    first.save()
    assert first.hits == 0
    assert [f.name for f in cache.iterdir()] == [first.path.name]

    second = patterns.book("test")
    reused = [second.compile(p, f) for p, f, _ in CASES]
    assert second.hits == len(CASES)
    for (p, f, texts), a, b in zip(CASES, compiled, reused):
        expected = _behaviour(re.compile(p, f), texts)
        assert _behaviour(a, texts) == expected
        assert _behaviour(b, texts) == expected


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(cache):
    book = patterns.book("test")
    for p, f, _ in CASES:
        book.compile(p, f)
    book.save()
    path = book.path
    good = path.read_bytes()

    path.write_bytes(good[:-40])  # cut short
    again = patterns.book("test")
    assert [_behaviour(again.compile(p, f), t) for p, f, t in CASES] == [_behaviour(re.compile(p, f), t) for p, f, t in CASES]
    assert again.hits == 0
    again.save()
    assert path.read_bytes() == good  # written whole again

    head, _, body = good.partition(b"\n")
    header = json.loads(head)
    header["engine"] = "other-python"
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    other = patterns.book("test")
    other.compile(*CASES[0][:2])
    assert other.hits == 0

    path.write_bytes(b"\x00\xff binary")
    assert patterns.book("test").compile(*CASES[0][:2]).pattern == CASES[0][0]


def test_a_changed_lexicon_leaves_no_stale_entries(cache):
    book = patterns.book("test")
    for p, f, _ in CASES:
        book.compile(p, f)
    book.save()
    smaller = patterns.book("test")
    smaller.compile(*CASES[0][:2])
    smaller.save()
    stored = json.loads(smaller.path.read_bytes().partition(b"\n")[2])
    assert list(stored) == [f"0:{CASES[0][0]}"]


def test_no_cache_when_turned_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "")
    book = patterns.book("test")
    assert book.path is None
    assert book.compile(r"\d+").findall("1 22 333") == ["1", "22", "333"]
    book.save()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker / "cache"))
    book = patterns.book("test")
    assert book.compile(r"\d+").findall("1 22") == ["1", "22"]
    book.save()  # cannot write: no error
    assert blocker.read_text() == "not a folder"


def test_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterns.cache_dir() == tmp_path / "xdg" / "communique"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert patterns.cache_dir() == tmp_path / "home" / ".cache" / "communique"
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # no home folder known
    assert patterns.cache_dir() is None
    assert patterns.book("test").path is None


def test_a_bad_pattern_still_raises(cache):
    with pytest.raises(re.error):
        patterns.book("test").compile(r"(unclosed")


def test_codebook_names_become_safe_file_names(cache):
    book = patterns.book("Comparative Agendas Project / ../../etc")
    assert book.path.parent == cache
    assert re.fullmatch(r"patterns-[0-9a-f]{16}-.+\.json", book.path.name)


ANALYSE = """
import json, sys
from communique import statement as S, figures, themes, entities, commitments
st = S.load(sys.argv[1])
cb = themes.load_codebook()
print(json.dumps([figures.extract(st).to_json(orient="split", default_handler=str),
                  themes.classify(st, cb).to_json(orient="split", default_handler=str),
                  entities.extract(st).to_json(orient="split", default_handler=str),
                  commitments.extract(st).to_json(orient="split", default_handler=str)]))
"""


def test_the_analyses_are_the_same_with_and_without_the_cache(tmp_path):
    """Each run is a new process, as each briefing's kernel is: off, cold (writes), warm (reads)."""
    folder = tmp_path / "cache"
    runs = {}
    for label, value in (("off", ""), ("cold", str(folder)), ("warm", str(folder))):
        env = {**os.environ, "COMMUNIQUE_CACHE_DIR": value}
        before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} if folder.exists() else {}
        out = subprocess.run([sys.executable, "-c", ANALYSE, str(SEED)], capture_output=True, text=True, env=env, check=True)
        runs[label] = out.stdout
        if label == "warm":  # every pattern came from the files: none was rewritten
            assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    books = sorted(p.name.split("-cpython")[0].removeprefix("patterns-") for p in folder.iterdir())
    named = [b for b in books if not re.fullmatch(r"[0-9a-f]{16}", b)]
    # (a guest's welcome has a book of its own: its pattern is built only where a welcome may be one;
    # so have each analysis module's patterns written at module level, and each pattern a lexicon
    # builds when it is first needed)
    assert named == ["commitments", "commitments-guest", "dates-in-words", "entities", "entities-conditions-0",
                     "entities-conditions-1", "entities-country-names", "entities-said", "figures", "figures-change",
                     "module-commitments", "module-entities", "module-figures", "module-statement",
                     "statement-countries", "statement-done-at", "statement-groups"]
    assert len(books) == 18  # and the themes codebook's, named by a hash of its name
    assert runs["off"] == runs["cold"] == runs["warm"]
    figures = json.loads(json.loads(runs["warm"])[0])
    assert len(figures["data"]) == 11
    assert figures["data"][0][:3] == ["$16 billion", "money", 16e9]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("words", [
    ["Peru", "Peruvian", "Peruvians", "Panama", "Pan", "United States", "United Kingdom", "U.S.", "US"],
    ["will", "willing", "shall", "should", "sh", "a", "an", "and", "", "(a)", "[1]"],
    ["Côte d'Ivoire", "Côte", "Türkiye", "Viet Nam", "Vietnam", "São Tomé and Príncipe"],
])
def test_a_trie_matches_what_the_longest_first_alternation_matches(words):
    trie = re.compile(patterns.trie(words))
    plain = re.compile(_alternation(words))
    text = " ".join(words) + " Peruvianism, shallow U.S.A. Viet Namese Cotе (a)[1]"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.fullmatch("Peruvians" if "Peruvians" in words else words[0])


def test_a_trie_shares_runs_and_writes_letters_its_own_way():
    # a run all words share is written once; each branch point is one group
    assert patterns.trie(["economic", "economy", "economies"]) == "econom(?:i(?:c|es)|y)"
    # a word that ends where others go on makes the rest optional
    assert patterns.trie(["trade", "trades", "trader"]) == "trade(?:(?:r|s))?"
    # the themes' form: a space is any run of spaces and hyphens, one-letter endings a class
    sep = lambda ch: r"[\s\-]+" if ch == " " else re.escape(ch)
    pattern = patterns.trie(["free trade", "trade", "trades", "trader"], sep, classes=True)
    assert pattern == r"(?:free[\s\-]+trade|trade(?:[rs])?)"
    assert re.fullmatch(pattern, "free -  trade") and re.fullmatch(pattern, "trader")
    assert patterns.trie([]) == "" and patterns.trie([""]) == ""
