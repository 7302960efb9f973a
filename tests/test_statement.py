"""communique.statement: structure, sentences and offsets on the seed and on every heading shape."""

from __future__ import annotations

import datetime as dt
import json
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from communique import commitments as C
from communique import figures as F
from communique import statement as S
from communique.errors import InputError

from .conftest import SEED, run_cli, sha256


def headings(st):
    return [s.heading for s in st.sections[1:]]


def par_counts(st):
    return [len(s.paragraphs) for s in st.sections]


def assert_offsets(st):
    for s in st.sentences:
        assert st.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert len(st.text) == len(st.original)


# -- the seed ---------------------------------------------------------------------------------


def test_seed_structure(seed):
    assert seed.heading == "TOWARD A STRATEGIC PARTNERSHIP FOR THE 21ST CENTURY"
    assert seed.title == "Joint Statement between the United States and Peru"  # from the metadata
    assert seed.date == dt.date(2013, 6, 11)
    assert seed.parties == ["United States", "Peru"]
    assert seed.leaders == ["Barack Obama", "Ollanta Humala"]
    assert seed.sections[0].heading is None
    assert headings(seed) == [
        "ECONOMIC PROSPERITY AND SOCIAL INCLUSION",
        "EDUCATION",
        "SCIENCE AND THE ENVIRONMENT",
        "ENHANCING CITIZEN SECURITY",
    ]
    assert par_counts(seed) == [4, 6, 2, 3, 7]
    assert len(seed.sentences) == 38
    assert_offsets(seed)


def test_seed_sentences_do_not_break_at_abbreviations(seed):
    texts = [s.text for s in seed.sentences]
    assert any(t.startswith("President Humala welcomed U.S. support for the Peruvian National Police") for t in texts)
    assert texts[0].endswith("and citizen security.")
    assert not any(t in ("U.S.", "S.") for t in texts)


def test_seed_sections_tile_the_text(seed):
    assert seed.sections[0].start == 0
    assert seed.sections[-1].end == len(seed.text)
    for a, b in zip(seed.sections, seed.sections[1:]):
        assert a.end == b.start


def test_seed_is_not_modified(tmp_path):
    before = sha256(SEED)
    S.load(SEED)
    assert sha256(SEED) == before


def test_seed_without_metadata_takes_parties_from_the_text(tmp_path):
    copy = tmp_path / "peru.txt"
    copy.write_bytes(SEED.read_bytes())
    st = S.load(copy)
    assert st.title == "TOWARD A STRATEGIC PARTNERSHIP FOR THE 21ST CENTURY"
    assert st.parties == ["United States", "Peru"]
    assert st.date is None


# -- heading shapes ---------------------------------------------------------------------------

NUMBERED = """Joint Statement of Canada and Chile
Ottawa, 4 February 2015

The Prime Minister of Canada and the President of Chile met today in Ottawa. They agreed on a shared agenda.

1. Trade and Investment

Trade between our two countries exceeded US$3.2 billion in 2014. Both governments will modernize the agreement.

2. Climate and Oceans

The leaders resolved to protect 30 percent of their oceans by 2030.

3. Science and Innovation

Canada and Chile will launch a joint research fund. Mr. Smith of St. Lawrence University will chair it.
"""


def test_numbered_headings_and_dateline():
    st = S.from_text(NUMBERED)
    assert st.heading == "Joint Statement of Canada and Chile"
    assert st.dateline == "Ottawa, 4 February 2015"
    assert st.date == dt.date(2015, 2, 4)
    assert st.parties == ["Canada", "Chile"]
    assert headings(st) == ["Trade and Investment", "Climate and Oceans", "Science and Innovation"]
    assert [s.number for s in st.sections[1:]] == ["1", "2", "3"]
    assert par_counts(st) == [1, 1, 1, 1]
    assert [len(st.paragraphs[p].sentences) for p in st.sections[3].paragraphs] == [2]
    assert_offsets(st)


ROMAN_CRLF = (
    "JOINT DECLARATION BY JAPAN AND AUSTRALIA\r\n"
    "Tokyo, October 22, 2022\r\n"
    "\r\n"
    "I. Security Cooperation\r\n"
    "Japan and Australia will deepen defence cooperation. The U.S. remains a close partner.\r\n"
    "II. Energy Transition\r\n"
    "Both countries will invest\u00a0US$450\u00a0million in hydrogen supply chains.\r\n"
    "The ministers noted progress on critical minerals.\r\n"
    "III. People-to-People Ties\r\n"
    "Exchanges will grow by 2025.\r\n"
)


def test_roman_numeral_headings_with_crlf_and_nbsp():
    st = S.from_text(ROMAN_CRLF)
    assert "\r" not in st.text
    assert headings(st) == ["Security Cooperation", "Energy Transition", "People-to-People Ties"]
    assert [s.number for s in st.sections[1:]] == ["I", "II", "III"]
    assert par_counts(st) == [0, 1, 2, 1]
    assert st.dateline == "Tokyo, October 22, 2022" and st.date == dt.date(2022, 10, 22)
    assert st.parties == ["Japan", "Australia"]
    money = next(s for s in st.sentences if "hydrogen" in s.text)
    assert "US$450 million" in money.text  # NBSP normalized for matching
    assert "US$450\u00a0million" in st.original[money.start:money.end]  # kept for quoting
    assert_offsets(st)


MARKDOWN = """# EU–Chile Joint Declaration

Brussels, 13–14 April 2018 saw the **sixth** meeting of the Association Council.

## Trade and Investment

The parties welcomed the [modernised agreement](https://example.org/fta).
They will conclude negotiations in 2019.

- Tariffs on 99% of goods will be removed.
- Services markets will open further.
* Public procurement will be covered.
• Small firms will get a help desk.

## Climate Change

The parties reaffirmed the Paris Agreement. They will cooperate on lithium.
"""


def test_markdown_headings_bullets_and_inline_markup():
    st = S.from_text(MARKDOWN, fmt="md")
    assert st.heading == "EU–Chile Joint Declaration"
    assert headings(st) == ["Trade and Investment", "Climate Change"]
    assert par_counts(st) == [1, 5, 1]
    bullets = [st.paragraphs[p] for p in st.sections[1].paragraphs if st.paragraphs[p].marker]
    assert [b.marker for b in bullets] == ["-", "-", "*", "•"]
    first_bullet = st.sentences[bullets[0].sentences[0]]
    assert first_bullet.text == "Tariffs on 99% of goods will be removed."
    assert "modernised agreement" in st.text and "](" not in st.text and "**" not in st.text
    assert st.parties[:1] == ["European Union"] and "Chile" in st.parties
    assert_offsets(st)


@pytest.mark.parametrize("line", ["Hiroshima, Japan — May 20, 2023", "WASHINGTON -- May 20, 2023", "Lima, Peru - 20 May 2023"])
def test_dateline_with_a_dash_after_the_place(line):
    st = S.from_text(f"JOINT STATEMENT\n\n{line}\n\nThe leaders met and agreed to meet again.\n")
    assert (st.dateline, st.date) == (line, dt.date(2023, 5, 20))
    assert [s.heading for s in st.sections] == [None]


@pytest.mark.parametrize(
    "heading, opening, parties",
    [
        # a group's statement: the group, not a country it mentions or is about
        ("G7 Leaders' Statement: Supporting Ukraine's Recovery", "We, the Leaders of the G7, will support Ukraine.", ["G7"]),
        ("COMMUNIQUÉ OF THE MINISTERS OF FINANCE OF THE GROUP OF TWENTY", "The United States hosted the meeting.", ["G20"]),
        # ... nor those a later paragraph names, when the opening says who speaks
        ("MINISTERIAL DECLARATION ON DEMOCRATIC RESILIENCE", "Adopted by the Committee of Ministers at its 135th Session\n\n"
         "1. We, the Ministers for Foreign Affairs of the member States of the Council of Europe, met.\n\n2. The Ministers "
         "condemned the aggression of the Russian Federation against Ukraine.", ["Council of Europe"]),
        # ... nor the countries a later paragraph says will act, one sentence each
        ("G7 Leaders' Statement on Critical Minerals", "We, the Leaders of the G7, met today.\n\nJapan will provide USD 3 "
         "billion, and the United Kingdom will commit GBP 500 million. Canada and the European Union announced more.", ["G7"]),
        # ... unless its opening paragraph lists the members
        ("Quad Leaders' Joint Statement", "We, the Leaders of Australia, India, Japan and the United States, met today.",
         ["Australia", "India", "Japan", "United States"]),
        ("Sixth European Union – African Union Summit", "The leaders met in Brussels.", ["European Union", "African Union"]),
        ("Joint Statement on Peru's Accession", "The United States and Peru met today.", ["United States", "Peru"]),
        ("Joint Statement", "President Biden and Prime Minister Modi met. India and the United States agreed.", ["India", "United States"]),
        # a list the opening defines as the parties, not the country of a co-chair it names next
        ("Joint Statement on the China-Africa Partnership", "The People's Republic of China, 53 African countries that have "
         "diplomatic relations with China and the African Union Commission (hereinafter referred to as \"the two sides\") met "
         "in Beijing. President Xi Jinping and President Bassirou Diomaye Faye of the Republic of Senegal co-chaired the "
         "meeting.", ["China", "African Union"]),
        ("Joint Statement", "The Republic of Korea and the Kingdom of Thailand (hereinafter \u201cthe Parties\u201d) met in "
         "Seoul, Republic of Korea.", ["South Korea", "Thailand"]),
    ],
)
def test_parties_from_the_heading_then_the_opening(heading, opening, parties):
    st = S.from_text(f"{heading}\n\n{opening} They agreed to meet again next year.\n")
    assert st.parties == parties


@pytest.mark.parametrize("line", ["17 June 2025, Astana", "June 17, 2025 (Astana)", "17 June 2025, Astana, Kazakhstan",
                                  "17 June 2025, in Astana"])
def test_a_dateline_with_the_date_before_the_place(line):
    st = S.from_text(f"Astana Declaration of the Second Central Asia–China Summit\n\n{line}\n\nThe leaders met and agreed.\n")
    assert (st.dateline, st.date) == (line, dt.date(2025, 6, 17))
    assert [s.heading for s in st.sections] == [None]
    # a sentence that begins with a date is no dateline
    st = S.from_text("Joint Statement\n\n17 June 2025, the leaders met in Astana and agreed.\n")
    assert st.dateline is None and st.sentences[0].text.startswith("17 June 2025, the leaders met")


def test_markdown_bold_lines_are_headings_and_table_rows_are_items():
    st = S.from_text(
        "# Joint Statement of Korea and Viet Nam\n\n**Seoul, 1 July 2024**\n\n**Economic cooperation**\n\nTrade reached US$79.4 billion.\n\n"
        "| Area | Target |\n|------|--------|\n| Trade | US$150 billion |\n\n**People-to-people exchanges**\n\n"
        "The leaders agreed to open two consulates.\n",
        fmt="md",
    )
    assert [s.heading for s in st.sections] == [None, "Economic cooperation", "People-to-people exchanges"]
    assert st.date == dt.date(2024, 7, 1)  # a dateline in bold stays a dateline
    items = [st.text[p.start:p.end] for p in st.paragraphs if p.marker]
    assert items == ["- Trade; US$150 billion"]  # (the header row names the columns; it is no item)
    assert "|" not in st.text and "**" not in st.text
    assert_offsets(st)


def test_web_page_bold_paragraphs_are_headings_and_table_rows_are_items():
    page = (
        "<html><body><main><h1>Joint Statement of Korea and Viet Nam</h1>"
        "<p><b>Seoul, 1 July 2024</b></p><p><strong>Economic cooperation</strong></p><p>Trade reached US$79.4 billion in 2023.</p>"
        "<table><tr><th>Area</th><th>Target</th></tr><tr><td>Trade</td><td>US$150 billion</td></tr></table>"
        "<p><b>The leaders will meet again in 2025.</b></p>"
        "<p><b>People-to-people exchanges</b></p><p>The leaders agreed to open two consulates.</p></main></body></html>"
    )
    st = S.from_text(page, fmt="html")
    assert [s.heading for s in st.sections] == [None, "Economic cooperation", "People-to-people exchanges"]
    assert st.date == dt.date(2024, 7, 1)
    items = [st.text[p.start:p.end] for p in st.paragraphs if p.marker]
    assert items == ["- Trade; US$150 billion"]  # (the header row names the columns; it is no item)
    assert "The leaders will meet again in 2025." in [s.text for s in st.sentences]


def test_web_page_section_labels_after_the_title_are_not_headings():
    page = (
        "<html><body><article><h1>Joint Statement from the United States and Mexico</h1>"
        "<p><time>January 10, 2023</time></p><p>Briefing Room</p><p>Statements and Releases</p>"
        "<p>The two leaders met in Mexico City.</p><p>The leaders agreed to:</p>"
        "<ul><li>launch a working group on migration; and</li><li>meet again in 2024.</li></ul></article></body></html>"
    )
    st = S.from_text(page, fmt="html")
    assert [s.heading for s in st.sections] == [None]
    assert st.date == dt.date(2023, 1, 10)
    assert st.sentences[0].text == "The two leaders met in Mexico City."


def test_end_marks_and_separators_are_not_prose():
    st = S.from_text("JOINT STATEMENT\n\nThe two sides met in Lima.\n* * *\n\nThey agreed to meet again.\n###\n\n- 30 -\n")
    assert [s.text for s in st.sentences] == ["The two sides met in Lima.", "They agreed to meet again."]
    assert len(st.paragraphs) == 2


def test_a_sentence_with_a_date_is_not_a_dateline():
    st = S.from_text("STATEMENT\n\nOne hundred and fifty scholars met on the 5th of May 2024.\n")
    # (no dateline; the meeting its first sentence tells of dates it)
    assert (st.dateline, st.date) == (None, dt.date(2024, 5, 5))
    invited = S.from_text("STATEMENT\n\nOne hundred and fifty scholars were invited to Lima on the 5th of May 2024.\n")
    assert (invited.dateline, invited.date) == (None, None)
    assert [s.text for s in st.sentences] == ["One hundred and fifty scholars met on the 5th of May 2024."]
    assert S.from_text("STATEMENT\n\nRio de Janeiro, 3 May 2024\n\nThe leaders met.\n").dateline == "Rio de Janeiro, 3 May 2024"


def test_numbered_markdown_headings_split_like_plain_ones():
    """'## 2. Energy' gives the same heading and number as the plain-text '2. Energy'."""
    body = "{h}1. Trade and Investment\r\n\r\nCanada will provide C$25 million.\r\n\r\n{h}II. Energy\r\n\r\nMexico will build a plant.\r\n\r\n{h}2030 Agenda\r\n\r\nBoth will report.\r\n"
    plain = S.from_text("JOINT STATEMENT\r\n\r\n" + body.format(h=""))
    md = S.from_text("# Joint Statement\r\n\r\n" + body.format(h="## "), fmt="md")
    expected = [("Trade and Investment", "1"), ("Energy", "II"), ("2030 Agenda", None)]
    assert [(s.heading, s.number) for s in plain.sections[1:]] == expected
    assert [(s.heading, s.number) for s in md.sections[1:]] == expected
    assert md.text[md.sections[2].heading_start:md.sections[2].heading_end] == "## II. Energy"
    assert_offsets(md)


TITLE_CASE = """Joint Statement on the Strategic Partnership between India and France

Paris, 14 July 2023

Prime Minister Modi and President Macron met in Paris. They reviewed the partnership.

Defence and Security

India and France will co-develop a jet engine. They welcomed joint exercises.

Space Cooperation

The two space agencies will launch a climate satellite. CNES and ISRO signed an agreement.

Barack Obama
President of the United States
"""


def test_title_case_headings_and_signature_lines():
    st = S.from_text(TITLE_CASE)
    assert headings(st) == ["Defence and Security", "Space Cooperation"]
    # the name and title at the end are a signature, not two empty sections nor prose
    last = st.sections[-1]
    assert len(last.paragraphs) == 1
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Barack Obama", "United States")]
    assert st.parties == ["India", "France"]
    assert_offsets(st)


NUMBERED_PARAGRAPHS = """G20 LEADERS' COMMUNIQUÉ
Osaka, 29 June 2019

1. We, the Leaders of the G20, met in Osaka on 28-29 June 2019.
2. Trade among our economies exceeded $19 trillion last year. We will work to reform the WTO.
3. We recognize the importance of quality infrastructure investment.
4. Global Economy. We will use all policy tools to achieve strong growth.
"""


def test_numbered_paragraphs_are_paragraphs_not_headings():
    st = S.from_text(NUMBERED_PARAGRAPHS)
    assert headings(st) == []
    assert len(st.sections) == 1
    assert [p.marker for p in st.paragraphs] == ["1.", "2.", "3.", "4."]
    # the paragraph number is not part of the sentence
    assert st.sentences[0].text.startswith("We, the Leaders of the G20")
    assert st.sentences[1].text.startswith("Trade among our economies")
    assert st.date == dt.date(2019, 6, 29)
    assert_offsets(st)


HTML = """<!DOCTYPE html>
<html><head><title>Joint Statement | U.S. Embassy</title><script>var x = 1;</script></head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div class="breadcrumbs">Home &gt; News &gt; Statements</div>
<main>
<h1>Joint Statement by the United States and Mexico</h1>
<p>Washington, D.C., September 14, 2016</p>
<p>President Obama welcomed President Peña Nieto to Washington.</p>
<h2>Economic Competitiveness</h2>
<p>Bilateral trade reached $531 billion in 2015. The leaders will expand the High-Level Economic Dialogue.</p>
<ul><li>Border crossings will be modernized.</li><li>Customs will share data.</li></ul>
<h2>Security</h2>
<p>Both governments will combat fentanyl trafficking &amp; money laundering.</p>
</main>
<footer><p>Privacy policy. Contact us.</p></footer>
</body></html>
"""


def test_html_page_with_navigation_clutter(tmp_path):
    path = tmp_path / "us-mexico.html"
    path.write_text(HTML, encoding="utf-8")
    st = S.load(path)
    assert st.heading == "Joint Statement by the United States and Mexico"
    assert st.dateline == "Washington, D.C., September 14, 2016"
    assert st.date == dt.date(2016, 9, 14)
    assert headings(st) == ["Economic Competitiveness", "Security"]
    assert par_counts(st) == [1, 3, 1]
    for junk in ("Home", "Privacy policy", "var x", "News"):
        assert junk not in st.text.split("Joint Statement")[1]
    assert "fentanyl trafficking & money laundering" in st.text
    assert st.parties == ["United States", "Mexico"]
    assert_offsets(st)


def test_windows_1252_file_reads_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "JOINT STATEMENT OF PERU AND BRAZIL\nThe presidents met in Lima. They signed the \u201cLima Accord\u201d on caf\u00e9 exports.\n".encode("cp1252")
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        st = S.load(path)
    assert any("Windows-1252" in str(w.message) for w in caught)
    assert st.encoding == "cp1252"
    assert "caf\u00e9" in st.text and '"Lima Accord"' in st.text
    assert "\u201cLima Accord\u201d" in st.original


def test_utf8_bom_and_curly_quotes(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffJOINT STATEMENT\nThe leaders\u2019 \u201cshared vision\u201d was adopted.\n".encode("utf-8"))
    st = S.load(path)
    assert st.heading == "JOINT STATEMENT"
    assert st.sentences[0].text == 'The leaders\' "shared vision" was adopted.'
    assert st.quote(st.sentences[0].start, st.sentences[0].end) == "The leaders\u2019 \u201cshared vision\u201d was adopted."


def test_no_headings_is_one_section():
    st = S.from_text("The two governments met. They agreed to meet again next year.")
    assert len(st.sections) == 1 and st.sections[0].heading is None
    assert len(st.sentences) == 2
    assert st.title.startswith("The two governments met.")


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Mr. Smith met Dr. Jones. They spoke.", 2),
        ("The U.N. and the U.S. agreed. Then they left.", 2),
        ("They met in Washington, D.C. on Monday. The talks ended.", 2),
        ("Growth was 3.5 percent. It rose.", 2),
        ("John F. Kennedy spoke. No. 5 was cited.", 2),
        ("They visited St. Petersburg. It rained.", 2),
        ("Support from the U.S. The leaders agreed.", 2),
        # words that are abbreviations only with a capital or before a number
        ("They support culture and the arts. Both sides agreed.", 2),
        ("He said no. The talks ended.", 2),
        ("They met Indian Oil Corp. Ltd. The two sides agreed.", 2),
        ("Smt. Nirmala Sitharaman met Sh. Piyush Goyal and Sra. Claudia Sheinbaum.", 1),
        ("H.E. Eng. Khalid Al-Falih met the Rt. Hon. Winston Peters.", 1),
        # an honorific initialism before a title or "the" opens a name, not a sentence
        ("They met in Accra. H.E. President Mahama was there. H.R.H. the Crown Prince spoke.", 3),
        ("Under Res. 2231 they act. See (Doc. No. A/78/L.12) now.", 2),
        ("They met engineers, incl. Engineers Without Borders.", 1),
        ("He works at Acme Inc. and lives here.", 1),
        # a hashtag or a handle after the stop is no part of the sentence before it
        ("We will address the challenges of our time. #G7Summit #Kananaskis", 2),
        ("The leaders met. @POTUS and @JustinTrudeau spoke.", 2),
    ],
)
def test_sentence_splitting_rules(text, sentences):
    assert len(S.split_sentences(text)) == sentences


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (b"caf\xc3\xa9 au lait \xff\xfe broken", "not valid UTF-8"),
        (b"12 34 56\n78 90\n", "no words"),
        ("A\x00B\x00C\x00".encode("latin-1") * 20, "UTF-16"),
        (b"Title\n\n## \n\n#\n\n\xe2\x80\x94\n", "only headings"),  # empty heading marks and a dash are no prose
    ],
)
def test_bad_input_raises_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        S.load(path)
    assert problem in str(err.value)
    assert str(path) in str(err.value)
    assert path.read_bytes() == content


def test_size_limit_and_override(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("TITLE\n" + "The parties agreed to cooperate.\n" * 200_000)
    with pytest.raises(InputError, match="limit"):
        S.load(path)
    st = S.load(path, max_bytes=10_000_000)
    assert len(st.sentences) == 200_000


def test_only_headings_is_refused():
    with pytest.raises(InputError, match="only headings"):
        S.from_text("JOINT STATEMENT\nTRADE\nSECURITY\n")


@pytest.mark.parametrize("args", [["outline"], ["outline", "--format", "json"]])
def test_cli_outline_on_seed(args):
    res = run_cli(*args, str(SEED))
    assert res.returncode == 0, res.stderr
    if "json" in args:
        data = json.loads(res.stdout)
        assert data["title"] == "Joint Statement between the United States and Peru"
        assert data["date"] == "2013-06-11"
        assert data["parties"] == ["United States", "Peru"]
        assert [s["heading"] for s in data["sections"]] == [None] + headings(S.load(SEED))
        assert [s["paragraphs"] for s in data["sections"]] == [4, 6, 2, 3, 7]
        assert sum(s["words"] for s in data["sections"]) == S.load(SEED).words
    else:
        assert "ENHANCING CITIZEN SECURITY" in res.stdout and "2013-06-11" in res.stdout


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: None, "not found"),
        (lambda p: p.mkdir(), "directory"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256))), "executable"),
        (lambda p: p.write_bytes(b"x" * 6_000_000), "limit"),
    ],
)
def test_cli_outline_bad_input(tmp_path, make, problem):
    path = tmp_path / "in.txt"
    make(path)
    res = run_cli("outline", str(path))
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr
    assert problem in lines[0] and str(path) in lines[0]


# -- any text ---------------------------------------------------------------------------------


_FUZZ_DIR = None


def _fuzz_file(data: bytes):
    import tempfile
    from pathlib import Path

    global _FUZZ_DIR
    if _FUZZ_DIR is None:  # (one folder for all examples; hypothesis does not take tmp_path)
        import atexit
        import shutil

        _FUZZ_DIR = tempfile.mkdtemp(prefix="communique-fuzz-")
        atexit.register(shutil.rmtree, _FUZZ_DIR, True)
    path = Path(_FUZZ_DIR) / "statement.txt"
    path.write_bytes(data)
    return path


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.text(alphabet=hs.characters(blacklist_categories=("Cs",)), max_size=400), hs.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_valid_structure_or_a_clear_error(raw, newline):
    data = raw.replace("\n", newline).encode("utf-8")
    path = _fuzz_file(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            st = S.load(path)
    except InputError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    assert path.read_bytes() == data
    assert_offsets(st)
    assert st.sections[0].start == 0 and st.sections[-1].end == len(st.text)
    for a, b in zip(st.sections, st.sections[1:]):
        assert a.end == b.start and a.start <= a.end
    for p in st.paragraphs:
        sec = st.sections[p.section]
        assert sec.start <= p.start <= p.end <= sec.end
    outline = st.outline()
    assert len(outline["sections"]) == len(st.sections)


PRESS_RELEASE = """Media Note
Office of the Spokesperson
Washington, DC
February 4, 2015

The United States and Colombia held the third meeting of the High-Level
Partnership Dialogue in Washington on February 3, 2015. Both sides agreed
to meet again in Bogota.
"""


def test_press_release_front_matter():
    st = S.from_text(PRESS_RELEASE)
    assert st.heading == "Media Note"
    assert st.dateline == "Washington, DC, February 4, 2015"
    assert st.date == dt.date(2015, 2, 4)
    assert st.parties == ["United States", "Colombia"]
    assert len(st.paragraphs) == 1 and len(st.sentences) == 2


def test_sentence_lookup_and_spans_inside():
    """The offset helpers every analysis uses: which sentence holds a span, which spans lie
    inside a stretch of text."""
    st = S.load(SEED)
    at = st.text.index("$16 billion")
    i = st.sentence_index(at, at + len("$16 billion"))
    assert "$16 billion" in st.sentences[i].text
    assert st.sentence_at(at) is st.sentences[i]
    s = st.sentences[i]
    assert st.sentence_index(s.start, s.end) == i
    assert st.sentence_index(s.start, s.end + 1) is None  # runs past the sentence's end
    heading = st.text.index("ECONOMIC PROSPERITY AND SOCIAL INCLUSION")
    assert st.sentence_index(heading) is None and st.sentence_at(heading) is None
    assert st.sentence_index(-1) is None
    spans = [(0, 5, "a"), (3, 9, "b"), (10, 12, "c"), (11, 20, "d")]
    starts = [sp[0] for sp in spans]
    assert S.spans_inside(spans, starts, 0, 12) == [(0, 5, "a"), (3, 9, "b"), (10, 12, "c")]
    assert S.spans_inside(spans, starts, 1, 12) == [(3, 9, "b"), (10, 12, "c")]
    assert S.spans_inside(spans, starts, 12, 30) == []


EU_JAPAN_MD = """---
title: EU-Japan Summit 2024 Joint Statement
date: 2024-07-13
tags: [summit, japan]
---

### Tokyo, 13 July 2024

### Security & Defence

1. The EU and Japan will launch a Security and Defence Partnership.

### Research

2. Japan will associate to Horizon Europe from 1 January 2025.
"""


def test_yaml_front_matter_gives_title_and_date_and_a_dateline_may_come_first(tmp_path):
    path = tmp_path / "eu-japan.md"
    path.write_text(EU_JAPAN_MD, encoding="utf-8")
    st = S.load(path)
    assert st.title == "EU-Japan Summit 2024 Joint Statement"
    assert st.date == dt.date(2024, 7, 13)
    assert st.dateline == "Tokyo, 13 July 2024"
    assert st.metadata["tags"] == ["summit", "japan"]
    assert [s.heading for s in st.sections] == [None, "Security & Defence", "Research"]
    assert st.parties == ["European Union", "Japan"]
    assert "title:" not in st.text and st.text.startswith("\n" * 5)  # the block's lines stay, blank
    # a metadata file beside the statement wins over the page's own fields
    (tmp_path / "eu-japan.yml").write_text("title: Joint Statement of the 30th Summit\n", encoding="utf-8")
    assert S.load(path).title == "Joint Statement of the 30th Summit"
    # a plain-text statement may also open with its dateline
    st = S.from_text("Tokyo, 13 July 2024\n\nJoint Statement of Japan and Chile\n\nTrade\n\nThe two sides will meet.\n")
    assert (st.title, st.date, [s.heading for s in st.sections]) == ("Joint Statement of Japan and Chile", dt.date(2024, 7, 13), [None, "Trade"])


def test_front_matter_fields_that_do_not_fit_are_left_out_with_a_note():
    st = S.from_text("---\ntitle: [1, 2]\ndate: someday\nparties: Chile\n---\n\nTrade\n\nThe two sides will meet.\n", fmt="md")
    assert st.title == "Trade" and st.date is None and st.parties == ["Chile"]
    assert st.notes == ["front matter: 'title' is not text; left out", "front matter: the date 'someday' is not a date; left out"]
    # rules around prose are not front matter
    st = S.from_text("---\n\nJust a rule\n\n---\n\nThe two sides will meet in Tokyo soon.\n", fmt="md")
    assert st.title == "Just a rule" and st.metadata == {}


def test_short_lines_ending_in_a_colon_are_headings_and_lead_ins_are_not():
    st = S.from_text(
        "Joint Declaration between Viet Nam and Australia\nHanoi, 7 March 2024\n\n"
        "Prime Minister Pham Minh Chinh and Prime Minister Anthony Albanese met.\n\n"
        "Political cooperation:\nThe two Prime Ministers agreed to hold annual meetings.\n\n"
        "Economic engagement:\n• Australia will provide AUD 94.5 million for innovation.\n• Viet Nam will open its market.\n\n"
        "Climate and energy:\nThe leaders agreed:\n- to phase down coal;\n- to cut methane.\n\nIn particular:\nThey will meet in 2025.\n"
    )
    assert [s.heading for s in st.sections] == [None, "Political cooperation", "Economic engagement", "Climate and energy"]
    assert st.date == dt.date(2024, 3, 7) and st.parties == ["Vietnam", "Australia"]
    texts = [s.text for s in st.sentences]
    assert "The leaders agreed:" in texts and "In particular:" in texts
    assert not any(t.endswith("cooperation:") or t.endswith("engagement:") for t in texts)


def test_footnote_markers_are_not_text_in_any_format():
    txt = S.from_text(
        "Joint Statement of Chile and Peru\n\nTrade\n\nBilateral trade reached $16 billion[1] in 2023. "
        "Peru will train 2,000 nurses.[2]\n\nNotes\n\n[1] Source: Central Bank of Chile.\n"
    )
    assert "[1]" not in txt.text and "nurses.   \n" in txt.text and len(txt.text) == len(txt.original)
    assert [s.text for s in txt.sentences][:2] == ["Bilateral trade reached $16 billion    in 2023.", "Peru will train 2,000 nurses."]
    assert F.counted(F.extract(txt))["text"].tolist() == ["$16 billion", "2023", "2,000"]
    html = S.from_text(
        "<html><body><h1>Joint Statement of Chile and Peru</h1><h2>Trade</h2><p>Chile will invest $500 million"
        '<sup>1</sup> in ports, 20 km<sup>2</sup> of parks and 5 m<sup>3</sup> of water<sup><a href="#f">[2]</a></sup>.</p>'
        "</body></html>",
        fmt="html",
    )
    assert html.sentences[0].text == "Chile will invest $500 million in ports, 20 km² of parks and 5 m³ of water."
    md = S.from_text("# Joint Statement of Chile and Peru\n\n## Trade\n\nChile will invest $500 million[^1] in ports.\n\n"
                     "[^1]: Source: Ministry of Finance.\n", fmt="md")
    assert [s.text for s in md.sentences] == ["Chile will invest $500 million in ports.", "Source: Ministry of Finance."]


def test_release_labels_above_the_title_are_not_the_title():
    st = S.from_text("FOR IMMEDIATE RELEASE\n\nGhana – Vietnam Joint Statement\n\nAccra, 4 June 2024\n\nTrade\n\nThe two sides will trade.\n")
    assert (st.title, st.date, [s.heading for s in st.sections]) == ("Ghana – Vietnam Joint Statement", dt.date(2024, 6, 4), [None, "Trade"])
    assert [s.text for s in st.sentences] == ["The two sides will trade."]
    # labels above a place and a date keep the first as the title (a State Department media note)
    st = S.from_text("Media Note\nOffice of the Spokesperson\nWashington, DC\nFebruary 4, 2015\n\nThe two sides met.\n")
    assert (st.title, st.date) == ("Media Note", dt.date(2015, 2, 4))


@pytest.mark.parametrize("note", ["Unofficial English translation", "(Unofficial translation)", "*Courtesy translation*",
                                  "English translation", "CHECK AGAINST DELIVERY"])
def test_a_note_on_the_text_under_its_title_is_no_heading(note):
    st = S.from_text(f"JOINT DECLARATION OF MEXICO AND COLOMBIA\r\n\r\nBogotá, March 15th, 2025\r\n\r\n{note}\r\n\r\n"
                     "The two presidents met.\r\n\r\nI. TRADE\r\n\r\nThe two sides will trade.\r\n")
    assert [s.heading for s in st.sections] == [None, "TRADE"]
    assert [s.text for s in st.sentences] == ["The two presidents met.", "The two sides will trade."]


@pytest.mark.parametrize(
    "text, date, dateline",
    [
        ("Joint Statement of Ghana and Vietnam\n\nBrussels, 12/05/2024\n\nThe two sides will trade.\n", dt.date(2024, 5, 12), "Brussels, 12/05/2024"),
        ("Joint Statement of Ghana and Vietnam\n\nBrussels, 12.05.2024\n\nThe two sides will trade.\n", dt.date(2024, 5, 12), "Brussels, 12.05.2024"),
        # ISO 8601: year, month, day (not "24-03" read as a range of days)
        ("Joint Statement of Ghana and Vietnam\n\nLondon, 2024-03-05\n\nThe two sides will trade.\n", dt.date(2024, 3, 5), "London, 2024-03-05"),
        ("Joint Statement of Ghana and Vietnam\n\nLondon, 2024-12-31\n\nThe two sides will trade.\n", dt.date(2024, 12, 31), "London, 2024-12-31"),
        ("Joint Statement\n\nWashington, 5/13/2024\n\nThe two met.\n", dt.date(2024, 5, 13), "Washington, 5/13/2024"),
        ("Joint Statement\n\nWashington, DC, July 3-4, 2024\n\nThe two sides will trade.\n", dt.date(2024, 7, 4), "Washington, DC, July 3-4, 2024"),
        ("Joint Statement\n\nDate: 4 June 2024\n\nThe two sides will trade.\n", dt.date(2024, 6, 4), "Date: 4 June 2024"),
        ("Joint Statement\n\nIssued on 4 June 2024\n\nThe two sides will trade.\n", dt.date(2024, 6, 4), "Issued on 4 June 2024"),
        # no dateline line: a wire dateline opening the text (its place as the text writes it, in
        # title case where in capitals), or where it was done
        ("Joint Statement\n\nACCRA, June 4, 2024 — The two ministers met. They agreed.\n", dt.date(2024, 6, 4),
         "Accra, June 4, 2024"),
        ("Joint Statement\n\nNEW DELHI, March 3, 2024 (PIB) – The two ministers met.\n", dt.date(2024, 3, 3),
         "New Delhi, March 3, 2024"),
        ("Joint Press Release\n\nOTTAWA, ONTARIO -- 14 October 2025 -- The two ministers met.\n", dt.date(2025, 10, 14),
         "Ottawa, Ontario, 14 October 2025"),
        # (where it was done stands for the dateline: "Done at Accra on 4 June 2024")
        ("Joint Statement\n\nThe two ministers met.\n\nDone at Accra on 4 June 2024 in two originals.\n", dt.date(2024, 6, 4),
         "Done at Accra on 4 June 2024"),
        ("Joint Statement\n\nThe two ministers met.\n\nDone at Washington, D.C., on 28 June 2024, in four languages.\n",
         dt.date(2024, 6, 28), "Done at Washington, D.C., on 28 June 2024"),
        ("Joint Statement\n\n1. The two ministers met from April 12 to 15, 2023.\n\n2. They talked.\n\n3. They agreed.\n\n"
         "4. They parted.\n\n5. They will meet again.\n\nBeijing, April 14, 2023\n", dt.date(2023, 4, 14),
     "Beijing, April 14, 2023"),
    ],
)
def test_dates_in_more_shapes(text, date, dateline):
    st = S.from_text(text)
    assert (st.date, st.dateline) == (date, dateline)
    assert [s.heading for s in st.sections] == [None]


def test_web_page_article_header_inline_markup_and_loose_text():
    page = (
        '<html><head><title>MFA</title></head><body><header class="site-header"><nav>Home</nav></header><main><article>'
        '<header class="article-header"><h1>Joint Statement between Ghana and Vietnam</h1><time>4 June 2024</time></header>'
        '<p>The <a href="x">Agreement</a>\'s terms were <b>welcomed</b>, and <i>Ghana</i> will trade (<em>more</em>).</p>'
        '<div class="content">The leaders agreed to meet.<br>They welcomed the talks.</div><!-- a note -->'
        "</article></main><footer>Copyright</footer></body></html>"
    )
    st = S.from_text(page, fmt="html")
    assert (st.title, st.date, st.parties) == ("Joint Statement between Ghana and Vietnam", dt.date(2024, 6, 4), ["Ghana", "Vietnam"])
    assert [s.text for s in st.sentences] == [
        "The Agreement's terms were welcomed, and Ghana will trade (more).",
        "The leaders agreed to meet.",
        "They welcomed the talks.",
    ]


def test_a_long_title_is_still_the_title():
    st = S.from_text("Joint Statement on the Visit of the President of Ghana to the Socialist Republic of Viet Nam and on the "
                     "Elevation of Relations\n\nHanoi, 4 June 2024\n\nThe two sides met.\n")
    assert st.title.endswith("Elevation of Relations") and len(st.title.split()) == 23
    assert (st.date, st.parties, [s.text for s in st.sentences]) == (dt.date(2024, 6, 4), ["Ghana", "Vietnam"], ["The two sides met."])


def test_markdown_underscore_emphasis_and_plus_bullets():
    md = ("# Joint Statement of Ghana and Chile\n\n_Accra, 4 June 2024_\n\n## Trade\n\nThe leaders agreed:\n\n+ to trade more\n"
          "+ to invest more\n\nThe Research_and_Innovation group met. It was _very_ good.\n")
    st = S.from_text(md, fmt="md")
    assert (st.date, st.dateline, [s.heading for s in st.sections]) == (dt.date(2024, 6, 4), "Accra, 4 June 2024", [None, "Trade"])
    assert [s.text for s in st.sentences] == [
        "The leaders agreed:", "to trade more", "to invest more", "The Research_and_Innovation group met.", "It was very good.",
    ]
    assert [p.marker for p in st.paragraphs] == [None, "+", "+", None]


def test_a_dollar_sign_makes_a_currency_not_a_party():
    assert S.from_text("Joint Statement on Funding\n\nThe fund of US$16 billion covers costs. NZ$5 million was added.\n").parties == []
    assert S.from_text("Joint Statement\n\nThe fund of US$16 billion covers costs. The US and Peru agreed.\n").parties == ["United States", "Peru"]


def test_a_country_inside_a_places_name_is_no_party():
    text = ("Joint Statement\n\nThe Foreign Ministers of France and Ghana met in Accra on 3 May 2024 to discuss maritime "
            "security in the Gulf of Guinea, the Lake Chad Basin, the Niger Delta and the South China Sea.\n")
    assert S.from_text(text).parties == ["France", "Ghana"]
    assert S.from_text("Joint Statement\n\nNew Mexico and Papua New Guinea signed a memorandum.\n").parties == ["Papua New Guinea"]
    assert S.from_text("Joint Statement\n\nChad and Niger agreed to protect Lake Chad.\n").parties == ["Chad", "Niger"]


def test_a_group_in_a_pair_and_by_its_long_name_and_a_hijri_dateline():
    st = S.from_text("CHAIRS' STATEMENT OF THE COMMEMORATIVE SUMMIT FOR THE 50TH YEAR OF ASEAN-JAPAN FRIENDSHIP\n\n"
                     "Tokyo, Japan, 17 December 2023\n\n1. The Summit was co-chaired by the President of Indonesia. "
                     "Timor-Leste attended as an observer.\n")
    assert st.parties == ["ASEAN", "Japan"]
    st = S.from_text("FINAL COMMUNIQUÉ OF THE 44TH SESSION OF THE SUPREME COUNCIL OF THE COOPERATION COUNCIL FOR THE ARAB "
                     "STATES OF THE GULF\n\nDoha, State of Qatar\n21 Jumada al-Awwal 1445 AH, corresponding to 5 December "
                     "2023\n\nThe Supreme Council held its 44th session in Doha under the chairmanship of the Amir of the "
                     "State of Qatar.\n")
    assert st.parties == ["Gulf Cooperation Council"]
    assert st.date == dt.date(2023, 12, 5)
    assert st.dateline == "Doha, State of Qatar, 21 Jumada al-Awwal 1445 AH, corresponding to 5 December 2023"
    assert [s.heading for s in st.sections] == [None]
    assert S.from_text("Joint Statement\n\nThe non-G7 members met.\n").parties == []


def test_a_party_keeps_the_accents_of_its_name():
    st = S.from_text("Joint Statement of Portugal and Sao Tome and Principe\n\nThe two governments agreed.\n")
    assert st.parties == ["Portugal", "São Tomé and Príncipe"]


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_a_paragraph_number_on_a_line_of_its_own(nl):
    st = S.from_text(f"Joint Statement of Japan and Kenya{nl}{nl}5.{nl}The two sides agreed to meet.{nl}{nl}6.{nl}They will meet again.{nl}")
    assert [s.text for s in st.sentences] == ["The two sides agreed to meet.", "They will meet again."]
    assert [p.marker for p in st.paragraphs] == ["5.", "6."]


def test_a_line_that_says_what_the_text_is_joins_the_title():
    st = S.from_text("FIFTY-THIRD PACIFIC ISLANDS FORUM LEADERS MEETING\nNuku'alofa, Kingdom of Tonga, 26 – 30 August 2024\n\n"
                     "FORUM COMMUNIQUÉ\n\nA. Introduction\n\n1. The Leaders met in Tonga.\n\nB. 2050 Strategy for the Blue "
                     "Pacific Continent\n\n2. Leaders endorsed the plan.\n")
    assert st.title == "FIFTY-THIRD PACIFIC ISLANDS FORUM LEADERS MEETING: FORUM COMMUNIQUÉ"
    assert [s.heading for s in st.sections] == [None, "Introduction", "2050 Strategy for the Blue Pacific Continent"]
    st = S.from_text("JOINT COMMUNIQUÉ\n\nState Visit of the President of Kenya to Japan\n\nTokyo, 5 May 2024\n\nThe leaders met.\n")
    assert (st.title, st.date) == ("JOINT COMMUNIQUÉ: State Visit of the President of Kenya to Japan", dt.date(2024, 5, 5))
    assert [s.text for s in st.sentences] == ["The leaders met."]
    st = S.from_text("JOINT STATEMENT\n\nTokyo, 5 May 2024\n\nIntroduction\n\nThe leaders met.\n")
    assert st.title == "JOINT STATEMENT" and [s.heading for s in st.sections] == [None, "Introduction"]


def test_parties_by_their_long_names_and_a_region_of_the_country_a_text_is_about():
    st = S.from_text("Joint Statement\n\nWe, the Ministers of Foreign Affairs of the Federative Republic of Brazil, the Russian "
                     "Federation, the Republic of India, the People's Republic of China, the Republic of South Africa, the "
                     "Arab Republic of Egypt, the Federal Democratic Republic of Ethiopia, the Republic of Indonesia, the "
                     "Islamic Republic of Iran and the United Arab Emirates, met in Rio.\n")
    assert st.parties == ["Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Indonesia", "Iran",
                          "United Arab Emirates"]
    st = S.from_text("Communiqué of the 1250th Meeting of the Peace and Security Council of the African Union on the "
                     "Situation in Eastern Democratic Republic of Congo\n\nThe Council met.\n")
    assert st.parties == ["African Union"]


def test_bold_run_in_labels_head_sections_and_keep_the_subject():
    text = ("FACT SHEET: United States-Mexico High-Level Economic Dialogue\n\nWashington, D.C., September 29, 2023\n\n"
            "Today the two governments met.\n\n**Semiconductors.** The United States will provide $3 million to the fund.\n\n"
            "**Climate:** Mexico will cut emissions by 35% by 2030.\n\n**Note** this line is **not** a label.\n")
    for fmt in ("txt", "md"):
        st = S.from_text(text, fmt=fmt)
        assert [s.heading for s in st.sections] == [None, "Semiconductors", "Climate"]
        assert st.sentences[1].text == "The United States will provide $3 million to the fund."
        assert st.sentences[2].text == "Mexico will cut emissions by 35% by 2030."


def test_sentence_case_headings_stand_alone_between_blank_lines():
    text = ("Joint Statement by the Nordic Prime Ministers\n\nStockholm, 28 October 2024\n\nThe Prime Ministers met in Stockholm.\n\n"
            "Security and defence\n\nWe agreed to:\n- deepen defence cooperation.\n\nGreen transition\n\n"
            "The Nordic countries will cut emissions by 2030.\n\nThe leaders said\nthat trade grew.\n\nThank you\n")
    st = S.from_text(text)
    assert [s.heading for s in st.sections] == [None, "Security and defence", "Green transition"]


def test_currency_abbreviations_do_not_end_a_sentence():
    st = S.from_text("Joint Statement of India and Kenya\n\nNairobi, 4 June 2024\n\n"
                     "India will invest Rs. 45,000 crore and Kenya KShs. 2 billion in rail. The price is Rs. The end.\n")
    assert [s.text for s in st.sentences] == [
        "India will invest Rs. 45,000 crore and Kenya KShs. 2 billion in rail.", "The price is Rs.", "The end."]


def test_decimal_paragraph_numbers_are_markers_not_text():
    st = S.from_text("FOCAC Beijing Action Plan\n\nBeijing, 5 September 2024\n\n1. Trade\n\n2.1 The Chinese side will extend "
                     "zero-tariff treatment.\n\n2.2 China will provide RMB 360 billion.\n\n2.5 million people will benefit.\n")
    assert [s.text for s in st.sentences] == ["The Chinese side will extend zero-tariff treatment.",
                                             "China will provide RMB 360 billion.", "2.5 million people will benefit."]
    assert [p.marker for p in st.paragraphs] == ["2.1", "2.2", None]


def test_a_web_pages_label_line_gives_the_date_and_text_marks_are_dropped():
    html = ("<html><head><title>Joint Statement - Department of State</title></head><body><nav><a href='/'>Home</a></nav><main>"
            "<h1>Joint Statement on the Eleventh U.S.-Philippines Bilateral Strategic Dialogue</h1>"
            "<p class='meta'>Media Note | Office of the Spokesperson | <time datetime='2024-03-15'>March 15, 2024</time></p>"
            "<p>The text of the following statement was released by the Governments of the United States and the Philippines.</p>"
            "<p>Begin text:</p><p>The two sides reaffirmed their commitment to the 1951 Mutual Defense Treaty.</p>"
            "<p>End text.</p></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert (st.date, [s.heading for s in st.sections]) == (dt.date(2024, 3, 15), [None])
    assert [s.text for s in st.sentences][-1] == "The two sides reaffirmed their commitment to the 1951 Mutual Defense Treaty."


def test_a_country_the_heading_is_about_is_no_party():
    parties = lambda t: S.from_text(t).parties  # noqa: E731
    assert parties("Council conclusions on the EU's humanitarian engagement in Sudan\n\nBrussels, 24 June 2024\n\n"
                   "The Council welcomes the work of the EU in Sudan.\n") == ["European Union"]
    assert parties("Joint Statement on Ukraine\n\n1 June 2024\n\nCanada and Japan met.\n") == ["Canada", "Japan"]
    assert parties("JOINT STATEMENT ON THE JAPAN-AUSTRALIA SPECIAL STRATEGIC PARTNERSHIP\n\n1 June 2024\n\n"
                   "The two sides met.\n") == ["Japan", "Australia"]


def test_a_tables_numbers_take_the_unit_their_column_header_gives():
    md = ("# Joint Statement of Japan and Peru\n\nTokyo, 4 June 2024\n\n| Project | US$ millions | Share (%) | Year |\n"
          "|---|---|---|---|\n| Ports | 150 | 40 | 2025 |\n| Roads and bridges | 1,200.5 | 60 | 2026 |\n\nThe leaders met.\n")
    st = S.from_text(md, fmt="md")
    assert [st.text[p.start:p.end] for p in st.paragraphs] == [
        "- Ports; US$150 million; 40%; 2025", "- Roads and bridges; US$1,200.5 million; 60%; 2026", "The leaders met."]
    page = ("<html><body><h1>Joint Statement of France and India</h1><table><tr><th>Project</th><th>Amount (EUR million)</th>"
            "<th>Amount (INR crore)</th></tr><tr><td>Clean Energy Facility</td><td>100</td><td>900</td></tr></table></body></html>")
    st = S.from_text(page, fmt="html")
    assert st.text[st.paragraphs[0].start:st.paragraphs[0].end] == "- Clean Energy Facility; EUR 100 million; INR 900 crore"


def test_a_communique_with_a_subtitle_a_document_symbol_and_a_subject_country():
    md = ("# Communiqué of the 1203rd Meeting of the Peace and Security Council\n\n**Adopted by the Peace and Security "
          "Council (PSC) of the African Union (AU) at its 1203rd meeting, held on 14 March 2024, on the situation in Somalia "
          "and the operations of the African Union Transition Mission in Somalia (ATMIS)**\n\n*Addis Ababa, Ethiopia, "
          "14 March 2024*\n\nPSC/PR/COMM.1203 (2024)\n\n**The Peace and Security Council,**\n\n1. **Welcomes** the progress "
          "made in Somalia;\n\n2. **Decides** to remain actively seized of the matter.\n")
    st = S.from_text(md, fmt="md")
    assert (st.date, st.dateline) == (dt.date(2024, 3, 14), "Addis Ababa, Ethiopia, 14 March 2024")
    assert [s.heading for s in st.sections] == [None]  # the symbol is no heading, nor text
    assert "PSC/PR/COMM" not in " ".join(s.text for s in st.sentences)
    assert st.parties == ["African Union"]  # Somalia is what the text is about


def test_a_signed_declaration_its_preamble_parties_closing_dateline_and_signature_block():
    md = ("# Joint Declaration of Intent between Germany and Kenya\n\nThe Government of the Federal Republic of Germany\n\n"
          "and\n\nthe Government of the Republic of Kenya,\n\nhereinafter referred to as \"the Participants\",\n\n"
          "### Article 1 – Objectives\n\n(1) The Participants intend to cooperate on skilled migration.\n\n"
          "(2) Germany will fund training.\n\n### Article 2 – Final Provisions\n\n(1) This Declaration takes effect upon "
          "signature.\n\n(2) It may be extended.\n\n(3) It creates no obligations.\n\n(4) It is signed in two originals.\n\n"
          "Nairobi, 13 September 2024\n\n**For the Government of the Federal Republic of Germany**\n\nNancy Faeser  \n"
          "Federal Minister of the Interior and Community\n\n**For the Government of the Republic of Kenya**\n\n"
          "Musalia Mudavadi  \nPrime Cabinet Secretary\n")
    st = S.from_text(md, fmt="md")
    assert st.date == dt.date(2024, 9, 13)
    assert [s.heading for s in st.sections] == [None, "Objectives", "Final Provisions"]
    assert "Faeser" not in " ".join(s.text for s in st.sentences)
    assert not any("For the Government" in s.text for s in st.sentences)
    # (who signed, for whom, as what)
    assert st.signatories == [
        {"party": "Government of the Federal Republic of Germany", "country": "Germany", "name": "Nancy Faeser",
         "title": "Federal Minister of the Interior and Community"},
        {"party": "Government of the Republic of Kenya", "country": "Kenya", "name": "Musalia Mudavadi", "title": "Prime Cabinet Secretary"},
    ]
    assert st.outline()["signatories"] == st.signatories


def test_a_title_in_capitals_over_three_lines():
    st = S.from_text("JOINT STATEMENT\r\nBETWEEN THE REPUBLIC OF KOREA AND THE REPUBLIC OF POLAND\r\nON STRENGTHENING THE "
                     "COMPREHENSIVE STRATEGIC PARTNERSHIP\r\n\r\nSeoul, 24 October 2024\r\n\r\nThe two Presidents met.\r\n\r\n"
                     "A. Defence Industry\r\n\r\nPoland will buy tanks.\r\n")
    assert st.title == ("JOINT STATEMENT BETWEEN THE REPUBLIC OF KOREA AND THE REPUBLIC OF POLAND ON STRENGTHENING THE "
                        "COMPREHENSIVE STRATEGIC PARTNERSHIP")
    assert [s.heading for s in st.sections] == [None, "Defence Industry"]
    assert st.parties == ["South Korea", "Poland"]


def test_a_treaty_title_block_with_each_party_on_a_line_of_its_own():
    # each part between blank lines, in title case
    st = S.from_text("JOINT DECLARATION OF INTENT\n\nbetween\n\nthe Government of the Federal Republic of Germany\n\nand\n\n"
                     "the Government of the Republic of Namibia\n\non Cooperation in the Field of Green Hydrogen\n\n"
                     "The Participants have reached the following understanding.\n\n1. Purpose\n\nThey will build a port.\n")
    assert st.title == ("JOINT DECLARATION OF INTENT between the Government of the Federal Republic of Germany and the "
                        "Government of the Republic of Namibia on Cooperation in the Field of Green Hydrogen")
    assert st.parties == ["Germany", "Namibia"]
    assert [s.heading for s in st.sections] == [None, "Purpose"]
    assert st.sentences[0].text == "The Participants have reached the following understanding."
    # in capitals on adjacent lines, the title hanging on "BETWEEN"
    st = S.from_text("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDIA\nAND\nTHE GOVERNMENT OF "
                     "THE REPUBLIC OF GHANA\nON COOPERATION IN TRADITIONAL MEDICINE\n\nAccra, 3 July 2025\n\nThe Parties have "
                     "agreed as follows:\n\nArticle 1\n\nThe Parties will promote cooperation in traditional medicine.\n")
    assert st.title.endswith("AND THE GOVERNMENT OF THE REPUBLIC OF GHANA ON COOPERATION IN TRADITIONAL MEDICINE")
    assert (st.parties, st.date) == (["India", "Ghana"], dt.date(2025, 7, 3))
    assert [s.heading for s in st.sections] == [None, "Article 1"]
    # three parties, "and" opening the last line
    st = S.from_text("Joint Statement between\n\nJapan,\n\nthe Republic of Korea\n\nand the United States of America\n\n"
                     "Tokyo, 5 May 2025\n\nThe three leaders met in Tokyo.\n")
    assert st.parties == ["Japan", "South Korea", "United States"]
    assert st.title == "Joint Statement between Japan, the Republic of Korea and the United States of America"
    # a title followed by a paragraph that opens with "Between" is no such block
    st = S.from_text("Joint Statement of Ghana and Togo\n\nBetween 2020 and 2024, trade doubled.\n\nThe two sides will meet.\n")
    assert st.title == "Joint Statement of Ghana and Togo" and st.sentences[0].text == "Between 2020 and 2024, trade doubled."


def test_labels_with_a_colon_opening_paragraphs_head_sections():
    st = S.from_text("JOINT STATEMENT ON THE FIRST INDIA–AUSTRALIA ANNUAL SUMMIT\n\nNew Delhi, 10th March, 2023\n\n"
                     "The two Prime Ministers met.\n\nTrade: The leaders welcomed the agreement.\n\nPeople-to-people ties: "
                     "India will open a consulate.\n\nNote: Figures are provisional.\n")
    assert [s.heading for s in st.sections] == [None, "Trade", "People-to-people ties"]
    assert st.date == dt.date(2023, 3, 10)
    # one such paragraph alone is no pattern of headings
    st = S.from_text("Joint Statement of India and Australia\n\nTrade: The leaders welcomed the agreement.\n\nThey met.\n")
    assert [s.heading for s in st.sections] == [None]


def test_each_sides_deliverables_under_for_the_government_of_are_no_signature_block():
    st = S.from_text("Joint Statement by Japan and Kenya\n\nTokyo, 5 June 2024\n\nThe two leaders agreed on deliverables.\n\n"
                     "For the Government of Kenya:\n\n- KES 10 billion for rural roads by 2025\n- 500 teachers trained in Japan\n\n"
                     "For the Government of Japan:\n\n- a JPY 5 billion loan\n- 100 scholarships\n")
    said = " ".join(s.text for s in st.sentences)
    assert "500 teachers trained in Japan" in said and "100 scholarships" in said and "For the Government of Japan" in st.text


def test_what_the_review_found_in_titles_labels_tables_parties_and_dates():
    # a third line in capitals goes on the title only when it links to it
    st = S.from_text("JOINT STATEMENT\nBETWEEN JAPAN AND INDIA\nPREAMBLE\n\nThe two leaders agreed to cooperate.\n\nTRADE\n\n"
                     "Japan will invest.\n")
    assert (st.title, [s.heading for s in st.sections]) == ("JOINT STATEMENT BETWEEN JAPAN AND INDIA", [None, "PREAMBLE", "TRADE"])
    assert S.from_text("JOINT STATEMENT\nS/RES/2719 (2023)\n\nThe two leaders agreed to cooperate.\n").title == "JOINT STATEMENT"
    # a transcript's speakers are no headings
    st = S.from_text("Press Conference by Japan and India\n\nPrime Minister Kishida: Thank you all.\n\nPrime Minister Modi: "
                     "Thank you.\n")
    assert [s.heading for s in st.sections] == [None]
    # a header's "(m)" is metres, and "Day" no currency
    md = ("# Joint Statement of Japan and Kenya\n\n| Project | Length (m) | Cost (USD million) |\n|---|---|---|\n"
          "| Mombasa bridge | 850 | 120 |\n\n| Day | Activity |\n|---|---|\n| 1 | Opening ceremony |\n")
    st = S.from_text(md, fmt="md")
    assert [st.text[p.start:p.end] for p in st.paragraphs] == ["- Mombasa bridge; 850; USD 120 million", "- 1; Opening ceremony"]
    # parties: a party the opening also names as a subject, and one more member after a list
    assert S.from_text("Joint Statement\n\nThe Foreign Ministers of Japan and Ukraine met in Tokyo and exchanged views on the "
                       "situation in Ukraine.\n").parties == ["Japan", "Ukraine"]
    assert S.from_text("Joint Statement of the Nordic Prime Ministers\n\nThe Prime Ministers of Denmark, Finland, Norway and "
                       "Sweden and the President of Iceland met in Oslo.\n").parties == [
        "Denmark", "Finland", "Norway", "Sweden", "Iceland"]
    # "Done at" reads a place, not a clause
    st = S.from_text("Joint Statement of Japan and India\n\nThe leaders recalled the Paris Agreement, adopted in Paris, which "
                     "entered into force on 4 November 2016.\n")
    assert st.date is None


def test_what_the_second_review_found_in_dates_labels_tables_and_signatures():
    def date(line):
        return S.from_text(f"Joint Statement of Japan and India\n\nThe two sides met.\n\n{line}\n").date

    assert date("Done in duplicate at New Delhi on 5 June 2024.") == dt.date(2024, 6, 5)
    assert date("Done at Dar es Salaam on 5 June 2024.") == dt.date(2024, 6, 5)
    st = S.from_text("Joint Statement by Japan and Australia\n\nTokyo, 5 June 2024\n\nForeign Policy: The two sides agreed.\n\n"
                     "Defence Cooperation: Japan will train officers.\n")
    assert [s.heading for s in st.sections] == [None, "Foreign Policy", "Defence Cooperation"]
    md = ("# Joint Statement of Japan and Kenya\n\n| Project | Amount (bn) | Cost (Ksh million) | Quota (SDR million) |\n"
          "|---|---|---|---|\n| Mombasa bridge | 1.2 | 12 | 5 |\n")
    st = S.from_text(md, fmt="md")
    # (the Special Drawing Right is a unit of money too)
    assert st.text[st.paragraphs[0].start:st.paragraphs[0].end] == "- Mombasa bridge; 1.2 billion; Ksh 12 million; SDR 5 million"
    st = S.from_text("Joint Statement by Japan and Kenya\n\nThe two sides agreed to deepen cooperation.\n\nThe leaders welcomed "
                     "the new partnership.\n\nSigned at Nairobi.\n\nFor the Government of Japan\n\nYOKO KAMIKAWA\n\nMinister of the "
                     "2nd Kishida Cabinet\n\n5 June 2024\n\nFor the Government of the Republic of Kenya\n\nMUSALIA MUDAVADI\n\n"
                     "Prime Cabinet Secretary\n")
    assert [s.heading for s in st.sections] == [None]
    assert not any("KAMIKAWA" in s.text for s in st.sentences)
    # (a date under a signature is no title of it)
    assert [(s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("Japan", "YOKO KAMIKAWA", "Minister of the 2nd Kishida Cabinet"), ("Kenya", "MUSALIA MUDAVADI", "Prime Cabinet Secretary")]


def test_a_bulleted_list_under_for_the_government_of_is_text():
    st = S.from_text("Joint Statement by Japan and Kenya\n\nThe two sides agreed.\n\nFor the Government of Japan\n"
                     "* Japan will provide grant aid for water supply in Mombasa\n* Japan will dispatch experts\n")
    assert "Japan will dispatch experts" in [s.text for s in st.sentences]
    st = S.from_text("Joint Press Conference of Japan and Australia\n\nDeputy Prime Minister Marles: Thank you.\n\n"
                     "Secretary-General Guterres: Thank you.\n")
    assert [s.heading for s in st.sections] == [None]


def test_an_embargo_line_under_the_title_is_no_heading():
    st = S.from_text("Joint Statement of Japan and Kenya\nToward a New Partnership\n\nUNDER EMBARGO UNTIL 12:00 GMT, 5 MARCH "
                     "2024\n\nNairobi, 5 March 2024\n\nJapan and Kenya will cooperate.\n\nTRADE\n\nJapan will invest.\n")
    assert [sec.heading for sec in st.sections] == [None, "TRADE"]
    assert st.date.isoformat() == "2024-03-05"
    assert "EMBARGO" not in " ".join(s.text for s in st.sentences)


def test_a_plain_text_table_of_cells_between_bars_is_a_list_of_rows():
    st = S.from_text("Joint Statement of India and the United Arab Emirates\n\nNew Delhi, 5 March 2024\n\nThe leaders agreed "
                     "on targets:\n\n   Area                 | Target             | Deadline\n   Non-oil trade        | "
                     "USD 100 billion    | 2030\n   Renewable capacity   | 10 GW              | 2028\n\nThe leaders will "
                     "meet again.\n")
    assert [sec.heading for sec in st.sections] == [None]  # (the header row is no heading)
    texts = [s.text for s in st.sentences]
    # (a column headed "Deadline" says when each row is due)
    assert "Non-oil trade; USD 100 billion; by 2030" in texts and "Renewable capacity; 10 GW; by 2028" in texts
    assert not any("Deadline" in t for t in texts)


def test_numbered_paragraphs_that_open_on_a_label_head_sections():
    st = S.from_text("JOINT STATEMENT BY INDIA AND THE UNITED ARAB EMIRATES\n\nNew Delhi, 18 January 2025\n\n1. The Leaders "
                     "reviewed the Agreement.\n\n2. Investment. The UAE will invest USD 75 billion.\n\n3. Energy. The two "
                     "sides agreed on targets.\n\n4. People-to-people ties. The UAE is home to 3.5 million Indians.\n")
    assert [sec.heading for sec in st.sections] == [None, "Investment", "Energy", "People-to-people ties"]
    assert "The UAE will invest USD 75 billion." in [s.text for s in st.sentences]
    assert "2. The UAE will invest" in st.text  # (the paragraph keeps its number)
    # one such paragraph alone is no section
    st = S.from_text("JOINT STATEMENT\n\n1. Investment. The UAE will invest.\n\n2. The two sides agreed.\n")
    assert [sec.heading for sec in st.sections] == [None]


def test_a_dateline_between_dashes():
    st = S.from_text("Canada and Mexico launch partnership\n\nNews release — March 8, 2024 — Ottawa, Ontario\n\nCanada and "
                     "Mexico will cooperate.\n")
    assert st.date.isoformat() == "2024-03-08"
    assert [sec.heading for sec in st.sections] == [None]


@pytest.mark.parametrize("line", ["June 17, 2025 — Kananaskis, Alberta", "17 June 2025 - Ottawa", "June 17, 2025 – Nairobi, Kenya"])
def test_a_dateline_with_the_place_after_the_date(line):
    st = S.from_text(f"Joint Statement by Canada and Ukraine\n\n{line}\n\nCanada and Ukraine met today.\n")
    assert (st.dateline, st.date) == (line, dt.date(2025, 6, 17))
    assert [s.text for s in st.sentences] == ["Canada and Ukraine met today."]
    # a sentence after the dash is no place
    st = S.from_text("Joint Statement\n\nJune 17, 2025 — the leaders met in Ottawa.\n\nThey agreed.\n")
    assert st.dateline is None
    # a title after the date is no place: the title line carries its date
    st = S.from_text("5 March 2024 – Japan-Kenya Summit Meeting\n\nPrime Minister Kishida and President Ruto held talks.\n")
    assert (st.title, st.date, st.parties) == ("Japan-Kenya Summit Meeting", dt.date(2024, 3, 5), ["Japan", "Kenya"])


@pytest.mark.parametrize("line, dateline", [
    ("5 March 2024 — Joint Statement on the Japan-Philippines Economic Partnership", "5 March 2024"),
    ("Joint Statement on the Japan-Philippines Economic Partnership — 5 March 2024", "5 March 2024"),
    ("March 5, 2024: Joint Statement on the Japan-Philippines Economic Partnership", "March 5, 2024"),
    ("Joint Statement on the Japan-Philippines Economic Partnership — March 5, 2024 — Tokyo", "March 5, 2024 — Tokyo"),
])
def test_a_title_line_that_carries_its_date(line, dateline):
    st = S.from_text(f"{line}\n\nPrime Minister Kishida of Japan met President Marcos of the Philippines.\n")
    assert (st.title, st.dateline, st.date) == (
        "Joint Statement on the Japan-Philippines Economic Partnership", dateline, dt.date(2024, 3, 5))
    assert [s.text for s in st.sentences] == ["Prime Minister Kishida of Japan met President Marcos of the Philippines."]
    # a ministry's numbered release
    st = S.from_text("No: 17, 22/01/2025, Joint Declaration of the Sixth Meeting of the High-Level Cooperation Council\n\n"
                     "The Council met.\n")
    assert (st.title, st.date) == ("Joint Declaration of the Sixth Meeting of the High-Level Cooperation Council",
                                   dt.date(2025, 1, 22))
    # a colon that opens a subtitle holds no date
    st = S.from_text("Joint Statement: Toward a Strategic Partnership\n\nThe leaders met.\n")
    assert (st.title, st.date) == ("Joint Statement: Toward a Strategic Partnership", None)


def test_what_the_review_of_the_structure_rules_found():
    # a title block written with bars is no table
    st = S.from_text("Joint Statement | Japan and Kenya\nNairobi | 5 March 2024\n\nJapan will act.\n")
    assert (st.title, st.date.isoformat()) == ("Joint Statement | Japan and Kenya", "2024-03-05")
    # "1. Mr. Modi ...": an abbreviation is no label
    st = S.from_text("JOINT STATEMENT\n\nNairobi, 5 March 2024\n\n1. Mr. Modi welcomed the President. He spoke.\n\n2. Dr. "
                     "Jaishankar met Sheikh Abdullah. They spoke.\n")
    assert [sec.heading for sec in st.sections] == [None]
    # a heading that opens on "Embargo" is a heading; a title line with a date between dashes stays the
    # title, and gives its date
    st = S.from_text("JOINT STATEMENT\n\nNairobi, 5 March 2024\n\nJapan will act.\n\nEmbargo on Arms Exports\n\nJapan will "
                     "not export arms.\n")
    assert [sec.heading for sec in st.sections] == [None, "Embargo on Arms Exports"]
    st = S.from_text("Joint Statement of Canada and Japan — March 8, 2024 — Ottawa\n\nCooperation\n\nCanada will act.\n")
    assert (st.title, st.date) == ("Joint Statement of Canada and Japan", dt.date(2024, 3, 8))
    # years over a plain-text table's columns name them
    st = S.from_text("JOINT STATEMENT\n\nNairobi, 5 March 2024\n\nTrade grew:\n\n   Indicator | 2022 | 2023\n   Exports | "
                     "120 | 150\n   Imports | 90 | 95\n\nBoth will act.\n")
    assert not any("Indicator" in s.text for s in st.sentences)


def test_what_the_second_review_of_the_structure_rules_found():
    st = S.from_text("Office of the Prime Minister of Japan — 5 March 2024 — Tokyo\n\nJoint Statement of Japan and Kenya\n\n"
                     "Japan will act.\n")
    assert (st.title, st.date.isoformat()) == ("Joint Statement of Japan and Kenya", "2024-03-05")
    st = S.from_text("JOINT STATEMENT\n\nNairobi, 5 March 2024\n\nProjects:\n\n   Mombasa port upgrade | 2026\n   Nairobi "
                     "rail link | 2027\n   Geothermal plant | 2028\n\nBoth will act.\n")
    assert "Mombasa port upgrade; 2026" in [s.text for s in st.sentences]  # (one year beside words is a row)


@pytest.mark.parametrize("first, second", [
    ("I. Political and strategic relations", "II. Defence and security"),
    ("1. Political and strategic relations", "2. Defence and security"),
    ("A shared commitment to the Good Friday Agreement", "Trade and investment"),
])
def test_headings_in_sentence_case_numbered_or_opening_on_an_article(first, second):
    st = S.from_text(f"JOINT STATEMENT\n\nHa Noi, 26 May 2025\n\nThe leaders met in Ha Noi.\n\n{first}\n\nThe two sides "
                     f"agreed to hold the third Strategic Dialogue.\n\n{second}\n\nThey agreed to hold more talks on defence.\n")
    strip = lambda h: h.split(". ", 1)[1] if h.split(". ", 1)[0] in ("I", "II", "1", "2") else h
    assert [sec.heading for sec in st.sections] == [None, strip(first), strip(second)]
    # short numbered items of a list, lettered items and a line broken off are no headings
    for text in ("JOINT STATEMENT\n\nThe leaders met in Ha Noi.\n\nThey agreed on priorities:\n\n1. Access to finance\n\n"
                 "2. Climate change and energy\n\nJapan will provide USD 5 million to the fund.\n",
                 "JOINT STATEMENT\n\nThe leaders met.\n\na. Enhanced dialogue\n\nb. Closer cooperation in trade\n\nJapan will "
                 "provide USD 5 million to the fund.\n",
                 "JOINT STATEMENT\n\nThe leaders met in Ha Noi.\n\nJapan pledged to contribute to\n\nthe Global Fund and more "
                 "funds later.\n"):
        assert [sec.heading for sec in S.from_text(text).sections] == [None], text
    # a numbered paragraph without a stop is no heading
    st = S.from_text("JOINT STATEMENT\n\nThe leaders met.\n\n1. The two sides met\n\n2. The two sides agreed to hold talks.\n")
    assert [sec.heading for sec in st.sections] == [None]


def test_a_table_lined_up_with_spaces_is_read_as_rows():
    st = S.from_text("Joint Statement of South Africa and Nigeria\n\nPretoria, 5 March 2025\n\nTrade and Investment\n\n"
                     "Trade grew in 2023.\n\nIndicator                        2022      2023      Change\n"
                     "Bilateral trade (ZAR billion)    38.5      42.1      9.4%\n"
                     "Visas issued to Nigerians        61,000    74,500    22%\n\n"
                     "The two sides agreed to meet again.  They will meet in Abuja.\n")
    assert [sec.heading for sec in st.sections] == [None, "Trade and Investment"]
    texts = [s.text for s in st.sentences]
    assert "Bilateral trade (ZAR billion); ZAR 38.5 billion; ZAR 42.1 billion; 9.4%" in texts
    assert "Visas issued to Nigerians; 61,000; 74,500; 22%" in texts
    assert "They will meet in Abuja." in texts  # (two spaces after a full stop make no table)


def test_a_news_releases_contacts_are_no_part_of_the_statement():
    text = ("# Canada and Mexico launch Action Plan\n\nOttawa, 5 March 2025\n\n## Next steps\n\nThe ministers will report in "
            "2026.\n\n---\n\n**Media contact**\n\nMedia Relations Office\nGlobal Affairs Canada\nEmail: media@example.org\n"
            "Tel.: +1 343 203 7700\n")
    st = S.from_text(text, fmt="md")
    assert [sec.heading for sec in st.sections] == [None, "Next steps"]
    assert st.sentences[-1].text == "The ministers will report in 2026."
    assert "Global Affairs Canada" not in st.text
    # (a section about contacts between peoples stays)
    st = S.from_text("JOINT STATEMENT\n\nPeople-to-people contacts\n\nThe leaders agreed to expand exchanges of students.\n")
    assert [sec.heading for sec in st.sections] == [None, "People-to-people contacts"]


def test_signers_names_in_capitals_above_their_titles_are_no_headings():
    st = S.from_text("JOINT DECLARATION\n\nANKARA, 11 SEPTEMBER 2024\n\nENERGY AND TRANSPORT\n\nThe Parties shall connect their "
                     "grids by 2027.\n\nSigned in Ankara on 11 September 2024.\n\nRECEP TAYYIP ERDOĞAN\nPresident of the Republic "
                     "of Türkiye\n\nILHAM ALIYEV\nPresident of the Republic of Azerbaijan\n")
    assert [sec.heading for sec in st.sections] == [None, "ENERGY AND TRANSPORT"]


def test_roman_headings_over_numbered_paragraphs_and_places_with_hyphens():
    st = S.from_text("JOINT STATEMENT\n\nThe leaders met in Tokyo.\n\nI. Political and strategic relations\n\n1. The two sides "
                     "agreed to hold the strategic dialogue annually.\n\n2. They agreed to expand exchanges between parliaments."
                     "\n\nII. Economic cooperation\n\n3. Japan will provide USD 5 million to the fund.\n")
    assert [sec.heading for sec in st.sections] == [None, "Political and strategic relations", "Economic cooperation"]
    for place in ("Port-au-Prince", "Rio de Janeiro"):
        st = S.from_text(f"Joint Statement\n\nJune 17, 2025 — {place}\n\nCanada and Haiti met today.\n")
        assert st.date == dt.date(2025, 6, 17), place


def test_what_the_third_review_found_in_structure():
    st = S.from_text("JOINT STATEMENT\n\nCooperation\n\nJapan will provide USD 5 million to the fund.\n\nContacts\n\nThe two "
                     "sides agreed to strengthen people-to-people contacts, and Kenya will open a consulate in Osaka.\n")
    assert "consulate in Osaka" in st.text
    st = S.from_text("JOINT STATEMENT\n\nPEACE AND SECURITY\nPresident Ruto and Prime Minister Ishiba condemned the attacks\n"
                     "in eastern Congo and called for restraint by all parties.\n")
    assert [sec.heading for sec in st.sections] == [None, "PEACE AND SECURITY"]
    st = S.from_text("JOINT STATEMENT\n\nThe leaders met.\n\nJapan will provide 5 buses.  Kenya will host talks.  The next "
                     "meeting\nwill be in 2026.  Trade rose 5 percent.  Both sides will\nreview it in 2027.\n")
    assert "Kenya will host talks." in [s.text for s in st.sentences]


def test_a_declaration_in_articles_signed_in_the_city_of():
    st = S.from_text(
        "DECLARATION\non Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan\n\n"
        "The Republic of Kazakhstan and the Republic of Uzbekistan, hereinafter referred to as \"the Parties\",\n\n"
        "have declared the following:\n\nArticle 1.\nThe Parties establish relations of alliance.\n\nArticle 2.\n"
        "The Parties shall hold regular meetings at the highest level.\n\nArticle IX\nThis Declaration does not affect "
        "other treaties.\n\nDone in the city of Astana on 22 December 2024, in two original copies.\n\n"
        "President of the Republic of Kazakhstan\nK. Tokayev\n\nPresident of the Republic of Uzbekistan\nSh. Mirziyoyev\n")
    assert [(sec.heading, sec.number) for sec in st.sections] == [
        (None, None), ("Article 1", "1"), ("Article 2", "2"), ("Article IX", "IX")]
    assert st.date == dt.date(2024, 12, 22)
    assert [s.text for s in st.sentences][2:4] == [
        "The Parties establish relations of alliance.", "The Parties shall hold regular meetings at the highest level."]


def test_long_titles():
    title = ("Joint Statement between the People's Republic of China and the Federative Republic of Brazil on Building a "
             "China-Brazil Community with a Shared Future for a More Just World and a More Sustainable Planet")
    st = S.from_text(f"{title}\n\nBrasília, 20 November 2024\n\nThe two sides will act.\n")
    assert (st.title, [s.text for s in st.sentences]) == (title, ["The two sides will act."])
    st = S.from_text("JOINT STATEMENT\nON THE 13TH ANNUAL CONSULTATION BETWEEN THE PRESIDENT OF THE REPUBLIC OF INDONESIA AND "
                     "THE PRIME MINISTER OF MALAYSIA\n\nJakarta, 29 July 2025\n\nThe two leaders met.\n")
    assert st.title == ("JOINT STATEMENT ON THE 13TH ANNUAL CONSULTATION BETWEEN THE PRESIDENT OF THE REPUBLIC OF INDONESIA "
                        "AND THE PRIME MINISTER OF MALAYSIA")
    assert [s.text for s in st.sentences] == ["The two leaders met."]


def test_footnotes_closing_a_text_are_its_notes():
    st = S.from_text("Joint Statement of Japan and the European Union\n\nCOOPERATION\n\nThe EU has made available EUR 147.9 "
                     "billion[1] to Ukraine.\n\n__________\n[1] Including EUR 50 billion under the Ukraine Facility.\n[2] "
                     "Estimate of the European Commission.\n")
    assert [sec.heading for sec in st.sections] == [None, "COOPERATION", "Notes"]
    assert [" ".join(s.text.split()) for s in st.sentences] == ["The EU has made available EUR 147.9 billion to Ukraine.",
                                              "Including EUR 50 billion under the Ukraine Facility.",
                                              "Estimate of the European Commission."]
    # a list numbered in brackets, with no reference to it above, is no footnotes
    st = S.from_text("JOINT STATEMENT\n\nThe leaders met.\n\n[1] Japan will act.\n[2] Kenya will act.\n")
    assert [sec.heading for sec in st.sections] == [None]
    # (a heading of their own stays theirs)
    st = S.from_text("Joint Statement of Chile and Peru\n\nTrade\n\nTrade grew.\n\nSources\n\n[1] Central Bank of Chile.\n")
    assert [sec.heading for sec in st.sections] == [None, "Trade", "Sources"]


def test_a_closing_place_and_date_and_a_second_dateline_are_no_prose():
    st = S.from_text("India-Nepal Joint Statement\n\n1. The two Prime Ministers met.\n\n2. The invitation was accepted.\n\n"
                     "New Delhi\nAugust 18, 2025\n")
    assert (st.date, st.dateline) == (dt.date(2025, 8, 18), "New Delhi, August 18, 2025")
    assert [s.text for s in st.sentences] == ["The two Prime Ministers met.", "The invitation was accepted."]
    st = S.from_text("<html><body><h1>Joint Statement by Norway and Ghana</h1><p>Press release | Date: 03/10/2025 | No: "
                     "112/25</p><p>Accra, 3 October 2025</p><p>The two leaders met.</p><h2>Ocean and fisheries</h2><p>Norway "
                     "will act.</p></body></html>", fmt="html")
    assert [sec.heading for sec in st.sections] == [None, "Ocean and fisheries"]
    assert st.date == dt.date(2025, 10, 3)


def test_what_the_review_of_the_later_structure_rules_found():
    # a sentence "Adopted in ..." near the end is no signing line
    st = S.from_text("Joint Statement\n\nThe two sides met.\n\nAdopted in Paris on 12 December 2015, the Paris Agreement "
                     "remains the foundation.\n\nThey agreed.\n\nThey will meet.\n\nThey parted.\n\nThey left.\n")
    assert st.date is None
    # "Article 5." ending a wrapped sentence is no heading
    st = S.from_text("Joint Declaration\n\nThe Parties agree that such acts fall under the scope of\nArticle 5.\n\n"
                     "Article 6.\nThe Parties shall meet.\n")
    assert [sec.heading for sec in st.sections] == [None, "Article 6"]
    # a line in capitals under a title in capitals, and long, is prose
    st = S.from_text("JOINT STATEMENT\nTHE TWO LEADERS MET IN JAKARTA TODAY AND DISCUSSED TRADE AND INVESTMENT AND THE ENERGY "
                     "TRANSITION AND MORE\n\nThe leaders met.\n")
    assert st.title == "JOINT STATEMENT"


def test_lettered_headings_in_sentence_case_head_sections():
    st = S.from_text(
        "Joint Statement between Germany and Viet Nam\n\nHanoi, 14 November 2024\n\n"
        "The two sides met in Hanoi and agreed as follows.\n\nA. Political cooperation\n\n"
        "1. Both sides agreed to hold annual consultations.\n\nB. Economic cooperation\n\n"
        "2. Germany will provide EUR 5 million.\n")
    assert [s.heading for s in st.sections] == [None, "Political cooperation", "Economic cooperation"]
    assert [s.number for s in st.sections][1:] == ["A", "B"]


def test_a_heading_over_a_heading_is_a_parent_section_but_a_list_of_titles_is_not():
    st = S.from_text(
        "Joint Statement between India and France\r\n\r\nNew Delhi, 26 January 2025\r\n\r\nThe two leaders met.\r\n\r\n"
        "Partnership for the Planet\r\n\r\nClimate and Energy\r\n\r\nFrance will contribute EUR 50 million.\r\n\r\n"
        "Partnership for People\r\n\r\nEducation\r\n\r\nFrance will open five centres.\r\n")
    assert [(s.heading, len(s.paragraphs)) for s in st.sections] == [
        (None, 1), ("Partnership for the Planet", 0), ("Climate and Energy", 1), ("Partnership for People", 0), ("Education", 1)]
    listed = S.from_text(
        "Joint Statement between India and France\n\nNew Delhi, 26 January 2025\n\nThe following were signed.\n\n"
        "Agreement on Road Transport\n\nMemorandum of Understanding on Health\n\nCooperation Programme on Civil Protection\n\n"
        "Cooperation\n\nFrance will contribute EUR 50 million to the new fund.\n")
    assert "Agreement on Road Transport" not in [s.heading for s in listed.sections]


def test_a_dateline_without_a_year_is_a_dateline_not_a_heading():
    st = S.from_text(
        "# Joint Statement between the Republic of Korea and the Republic of Indonesia\n\n**Jakarta, 10 September**\n\n"
        "The two Presidents met at the Merdeka Palace.\n\n### I. Trade\n\n1) Korea will provide KRW 5 billion.\n",
        fmt="md")
    assert st.dateline == "Jakarta, 10 September"
    assert st.date is None
    assert [s.heading for s in st.sections] == [None, "Trade"]
    assert "Merdeka Palace" in st.sentences[0].text and st.sentences[0].section == 0


def test_a_list_one_item_to_a_line_under_a_lead_in_is_one_paragraph_per_item():
    st = S.from_text(
        "Joint Declaration of Morocco and Spain\r\n\r\nRabat, 2 February 2023\r\n\r\n"
        "The two sides signed the following instruments:\r\n\r\n"
        "Memorandum of Understanding on Strategic Dialogue — Ministry of Foreign Affairs\r\n"
        "Agreement on Road Transport of Passengers and Goods — Ministry of Transport\r\n"
        "Financial Protocol (EUR 800 million) — Ministry of Economy and Finance / COFIDES\r\n\r\n"
        "The two Heads of Government instructed the Joint Committee to meet before 30 July.\r\n")
    assert [s.text for s in st.sentences][1:4] == [
        "Memorandum of Understanding on Strategic Dialogue — Ministry of Foreign Affairs",
        "Agreement on Road Transport of Passengers and Goods — Ministry of Transport",
        "Financial Protocol (EUR 800 million) — Ministry of Economy and Finance / COFIDES"]
    # prose wrapped under a lead-in still joins: its last line ends the sentence
    wrapped = S.from_text(
        "Joint Statement of Japan and Kenya\n\nNairobi, 5 June 2025\n\nThe leaders agreed as follows:\n\n"
        "The Joint Commission will meet in\nNairobi and Mombasa to review\nthe agreement next year.\n")
    assert wrapped.sentences[-1].text.split() == "The Joint Commission will meet in Nairobi and Mombasa to review the agreement next year.".split()


def test_a_headline_under_a_generic_title_and_a_closing_done_at_line():
    st = S.from_text(
        "JOINT PRESS STATEMENT\r\nKenya and Tanzania Agree to Expand Cross-Border Trade\r\n\r\n"
        "President Ruto and President Samia met in Nairobi.\r\n\r\nThe two sides agreed to open the border post.\r\n\r\n"
        "Done at Nairobi on 4 March 2025, in two originals in English and Swahili.\r\n\r\n"
        "For the Republic of Kenya\r\nMusalia Mudavadi\r\n")
    assert st.title == "JOINT PRESS STATEMENT: Kenya and Tanzania Agree to Expand Cross-Border Trade"
    assert st.date == dt.date(2025, 3, 4) and st.dateline == "Done at Nairobi on 4 March 2025"
    from communique.briefing import _dateline_place
    assert _dateline_place(st) == "Nairobi"


def test_headings_numbered_in_words_before_a_colon():
    st = S.from_text("Joint Statement between Saudi Arabia and China\n\nRiyadh, 5 December 2023\n\nThe leaders met.\n\n"
                     "First: Political and security cooperation\n\nThe two sides agreed to deepen trust and hold talks.\n\n"
                     "Second: Energy Cooperation\n\nThe two sides agreed to cooperate on energy.\n\n"
                     "First: the two sides will meet again.\n")
    assert [(s.heading, s.number) for s in st.sections] == [
        (None, None), ("Political and security cooperation", "First"), ("Energy Cooperation", "Second")]


def test_a_dateline_with_the_hijri_date_after_the_gregorian():
    st = S.from_text("Final Communiqué of the 45th Session of the Supreme Council of the Gulf Cooperation Council\n\n"
                     "Kuwait, 1 December 2024 (corresponding to 29 Jumada al-Awwal 1446 AH)\n\nThe Supreme Council met.\n")
    assert st.date == dt.date(2024, 12, 1)
    from communique.briefing import _dateline_place
    assert _dateline_place(st) == "Kuwait"


def test_an_amount_with_its_scale_under_a_header_naming_the_currency():
    st = S.from_text("# Joint Statement of Canada and Kenya\n\n| Partner | Contribution (CAD) | Share |\n|---|---|---|\n"
                     "| Canada | 170.5 million | 78% |\n| Kenya | **48 million** | 22% |\n", fmt="md")
    items = [st.text[p.start:p.end] for p in st.paragraphs]
    assert items == ["- Canada; CAD 170.5 million; 78%", "- Kenya; CAD 48 million; 22%"]


def test_a_slogan_in_quotes_and_bold_is_no_heading():
    st = S.from_text("# Chairman's Statement of the 46th ASEAN Summit\n\nKuala Lumpur, 26 May 2025\n\n"
                     "**\"Inclusivity and Sustainability\"**\n\n1. We, the Heads of State/Government of ASEAN, met.\n\n"
                     "**Economic Cooperation**\n\n2. We welcomed the upgrade.\n", fmt="md")
    assert [s.heading for s in st.sections] == [None, "Economic Cooperation"]


def test_signatories_with_the_title_first_a_title_on_two_lines_and_crlf():
    st = S.from_text("Joint Declaration of Japan and Viet Nam\r\n\r\nHanoi, 15 March 2025\r\n\r\nThe two sides will deepen "
                     "cooperation.\r\n\r\nOn behalf of the Government of Japan\r\nMinister for Foreign Affairs\r\nH.E. Iwaya Takeshi"
                     "\r\n\r\nOn behalf of the Government of the Socialist Republic of Viet Nam\r\nBui Thanh Son\r\nDeputy Prime "
                     "Minister\r\nand Minister of Foreign Affairs\r\n")
    assert [(s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("Japan", "Iwaya Takeshi", "Minister for Foreign Affairs"),
        ("Vietnam", "Bui Thanh Son", "Deputy Prime Minister and Minister of Foreign Affairs"),
    ]
    # a text with no signature block has no signatories, and each side's list of deliverables is none
    assert S.from_text("Joint Statement by Japan and Kenya\n\nThe two sides agreed.\n").signatories == []
    st = S.from_text("Joint Statement by Japan and Kenya\n\nThe two sides agreed.\n\nFor the Government of Kenya:\n\n"
                     "- KES 10 billion for rural roads by 2025\n\nFor the Government of Japan:\n\n- 100 scholarships\n")
    assert st.signatories == []
    # the title first, in any case; a long name; "(Signed)"; a party in capitals; an "Annex" line of prose above
    st = S.from_text("Joint Statement of Germany and the United Arab Emirates\n\nBerlin, 5 June 2025\n\nThe two sides met.\n\n"
                     "The two sides agreed.\n\nThe two sides will meet again.\n\nAnnex I lists the projects the two sides will "
                     "fund.\n\nFOR THE FEDERAL REPUBLIC OF GERMANY\nFederal Minister of the Interior\nNancy Faeser\n(Signed)\n\n"
                     "For the United Arab Emirates\nSheikh Abdullah bin Zayed Al Nahyan\nMinister of Foreign Affairs\n")
    assert [(s["party"], s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("FEDERAL REPUBLIC OF GERMANY", "Germany", "Nancy Faeser", "Federal Minister of the Interior"),
        ("United Arab Emirates", "United Arab Emirates", "Sheikh Abdullah bin Zayed Al Nahyan", "Minister of Foreign Affairs")]



def test_a_body_or_a_group_signs_as_a_party_of_its_own():
    # (Markdown, bold party lines, adjacent lines: "For the ECOWAS Commission", "For ECOWAS:")
    st = S.from_text("# Joint Communiqué of Morocco and ECOWAS\n\nRabat, 18 March 2025\n\nThe two Parties met.\n\n"
                     "Done in Rabat, on 18 March 2025.\n\n**For the Kingdom of Morocco**\nNasser Bourita\nMinister of Foreign "
                     "Affairs\n\n**For the ECOWAS Commission**\nDr Omar Alieu Touray\nPresident of the ECOWAS Commission\n", fmt="md")
    assert [(s["party"], s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("Kingdom of Morocco", "Morocco", "Nasser Bourita", "Minister of Foreign Affairs"),
        ("ECOWAS Commission", None, "Dr Omar Alieu Touray", "President of the ECOWAS Commission")]
    st = S.from_text("Joint Statement of Ghana and the AU\n\nThe two sides met.\n\nFor the Republic of Ghana:\nJohn Mahama\nPresident\n\n"
                     "For the AU:\nMahmoud Ali Youssouf\nChairperson of the African Union Commission\n")
    assert [s["party"] for s in st.signatories][-1] == "AU"

WRAPPED_NUMBERED = """India-UAE Joint Vision Statement

New Delhi, 9 September 2025

1. At the invitation of Prime Minister Narendra Modi, His Highness
Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince of Abu
Dhabi, paid a state visit to India on 8-9 September 2025. The two
leaders reviewed the Comprehensive Strategic Partnership between India
and the United Arab Emirates and adopted this Joint Vision Statement.

2. Trade and Investment
The two sides noted with satisfaction that bilateral trade reached
USD 83.7 billion in the financial year 2023-24, making the UAE India's
third-largest trading partner. They agreed to work towards bilateral
trade of USD 100 billion by 2030, including non-oil trade of USD 50
billion, building on the Comprehensive Economic Partnership Agreement.
"""


def test_a_wrapped_paragraphs_numbered_first_line_is_no_heading():
    st = S.from_text(WRAPPED_NUMBERED)
    # (the first line fills the wrapped width and the paragraph goes on under it; a short
    # numbered line over prose is a heading as before)
    assert [s.heading for s in st.sections] == [None, "Trade and Investment"]
    # (a heading in title case as long as the wrapped lines is still one)
    long_heading = WRAPPED_NUMBERED.replace("2. Trade and Investment", "Cooperation on Climate Change, Energy Transition and Trade")
    assert [s.heading for s in S.from_text(long_heading).sections] == [None, "Cooperation on Climate Change, Energy Transition and Trade"]
    assert " ".join(st.sentences[0].text.split()).startswith("At the invitation of Prime Minister Narendra Modi, His Highness Sheikh")
    assert_offsets(st)
    st = S.from_text(WRAPPED_NUMBERED.replace("\n", "\r\n"))
    assert [s.heading for s in st.sections] == [None, "Trade and Investment"]


def test_signatures_in_capitals_for_a_federative_republic_and_above_an_annex():
    md = ("# Joint Declaration of Viet Nam and Singapore\n\nHanoi, 15 March 2025\n\n## Cooperation\n\nThe two sides will "
          "deepen trade.\n\nThe two sides will meet each year.\n\nFOR THE SOCIALIST REPUBLIC OF VIET NAM\n\nPham Minh Chinh\n"
          "Prime Minister\n\nFor the Federative Republic of Brazil\n\nLuiz Inácio Lula da Silva\nPresident of the Republic\n\n"
          "## Annex — Priority Projects\n\n| Project | Budget |\n|---|---|\n| Wind study | SGD 15 million |\n"
          "| Smart city | USD 40 million |\n")
    st = S.from_text(md, fmt="md")
    assert [(s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("Vietnam", "Pham Minh Chinh", "Prime Minister"), ("Brazil", "Luiz Inácio Lula da Silva", "President of the Republic")]
    assert [s.heading for s in st.sections] == [None, "Cooperation", "Annex — Priority Projects"]
    st = S.from_text("Joint Declaration of Argentina and Chile\n\nThe two sides will open the crossing.\n\nDone at Santiago on "
                     "3 October 2024.\n\nFor the Argentine Republic\nJavier Gerardo Milei\nPresident of the Argentine Republic\n\n"
                     "For the Republic of Chile\nHon. Gabriel Boric Font\nPresident of the Republic of Chile\n")
    assert [(s["country"], s["name"]) for s in st.signatories] == [("Argentina", "Javier Gerardo Milei"), ("Chile", "Gabriel Boric Font")]
    assert not any("Pham Minh Chinh" in s.text for s in st.sentences)


def test_done_at_with_the_date_in_words():
    from communique import briefing

    st = S.from_text("Joint Declaration of Viet Nam and Singapore\n\nThe two sides will deepen trade.\n\nDone at Hanoi on the "
                     "fifteenth day of March in the year two thousand and twenty-five, in two originals.\n")
    assert st.date == dt.date(2025, 3, 15)
    assert st.dateline == "Done at Hanoi on the fifteenth day of March in the year two thousand and twenty-five"
    assert briefing._dateline_place(st) == "Hanoi"
    st = S.from_text("JOINT DECLARATION OF VIET NAM AND SINGAPORE\n\nThe two sides will deepen trade.\n\nDONE AT HANOI ON THE "
                     "FIFTEENTH DAY OF MARCH IN THE YEAR TWO THOUSAND AND TWENTY-FIVE.\n")
    assert st.date == dt.date(2025, 3, 15)
    # (a day that no month has is no date)
    st = S.from_text("Joint Declaration of Viet Nam and Singapore\n\nThe two sides will deepen trade.\n\nDone at Hanoi on the "
                     "thirty-first day of February 2025.\n")
    assert st.date is None


def test_a_readout_with_its_place_under_the_date_and_parties_from_the_leaders_it_names():
    st = S.from_text("Prime Minister Carney meets with President of Mexico Claudia Sheinbaum\r\n\r\nSeptember 18, 2025\r\n"
                     "Mexico City, Mexico\r\n\r\nToday, Prime Minister Mark Carney met with the President of Mexico, Claudia "
                     "Sheinbaum Pardo, in Mexico City. The leaders agreed to deepen trade.\r\n")
    assert (st.dateline, st.date) == ("Mexico City, Mexico, September 18, 2025", dt.date(2025, 9, 18))
    assert [s.heading for s in st.sections] == [None]
    assert st.parties == ["Mexico", "Canada"]
    # (a heading under the date is no place)
    st = S.from_text("Joint Statement of Peru and Chile\n\nLima, 4 June 2024\nTrade and Investment\n\nThe two sides will trade more.\n")
    assert st.dateline == "Lima, 4 June 2024"


def test_a_readout_that_opens_on_its_day_is_dated_by_it():
    st = S.from_text("On Thursday, 6 March 2025, President Luiz Inácio Lula da Silva received the President of Mexico, Claudia "
                     "Sheinbaum Pardo, at the Planalto Palace. The two leaders discussed trade.\n\nThey will meet again.\n")
    assert st.date == dt.date(2025, 3, 6) and set(st.parties) == {"Brazil", "Mexico"}
    st = S.from_text("Readout\n\nToday, March 6, 2025, the two ministers met in Ottawa.\n\nThey will meet again.\n")
    assert st.date == dt.date(2025, 3, 6)
    # (a date later in the sentence is what happened then, no date of the text)
    st = S.from_text("Readout\n\nThe two ministers recalled the meeting of 6 March 2025.\n\nThey will meet again.\n")
    assert st.date is None


NUMBERED_WRAPPED = (
    "Joint Statement of the Japan-Philippines Foreign and Defense Ministerial Meeting\r\n\r\nManila, July 8, 2025\r\n\r\n"
    "1. Minister for Foreign Affairs IWAYA Takeshi and Minister of Defense\r\nNAKATANI Gen of Japan, and Secretary of Foreign "
    "Affairs Enrique Manalo and\r\nSecretary of National Defense Gilberto Teodoro Jr. of the Republic of the\r\nPhilippines "
    "held the second meeting in Manila on July 8, 2025.\r\n\r\n"
    "2. Noting that 2026 will mark the 70th anniversary of the normalization of\r\ndiplomatic relations between Japan and the "
    "Philippines, the Ministers and\r\nSecretaries decided to launch a series of commemorative activities.\r\n\r\n"
    "3. The Ministers and Secretaries welcomed the entry into force of the\r\nReciprocal Access Agreement and decided to "
    "transfer six Abukuma-\r\nclass destroyer escorts by mid-\r\n2026 to the Philippine Navy.\r\n\r\n"
    "4. The Ministers reiterated that the Arbitral Award rendered on July\r\n12, 2016 is final and legally binding on the "
    "parties to the proceedings.\r\n")


def test_a_numbered_first_line_of_names_in_a_text_of_numbered_paragraphs_is_no_heading():
    st = S.from_text(NUMBERED_WRAPPED)
    assert [s.heading for s in st.sections] == [None]
    assert len(st.paragraphs) == 4 and st.parties == ["Japan", "Philippines"]
    # (a line broken after a hyphen is one word again on one line)
    s = st.sentences[-2].text
    assert "Abukuma-class destroyer escorts by mid-2026" in S.one_line(s)
    from communique import figures as F
    assert "July 12, 2016" in [S.one_line(t) for t in F.extract(st).text]


def test_a_date_of_history_or_of_an_earlier_meeting_does_not_date_the_text():
    st = S.from_text("Joint Statement of Poland and Ukraine\n\nOn 24 February 2022, Russia launched its full-scale invasion of "
                     "Ukraine. Three years on, Poland and Ukraine reaffirm their partnership.\n\nThey will meet.\n")
    assert st.date is None
    st = S.from_text("Joint Statement of Kenya and Ghana\n\nBuilding on the outcomes of the Africa Climate Summit held in "
                     "Nairobi on 5 September 2023, the two leaders met in Accra.\n\nThey will meet.\n")
    assert st.date is None


def test_a_dateline_over_days_written_with_to_or_and():
    st = S.from_text("Fifty-Fourth Pacific Islands Forum Leaders Meeting: Forum Communiqué\n\nNuku'alofa, Kingdom of Tonga\n"
                     "26 to 30 August 2025\n\nPARTICIPANTS\n\nThe Leaders met in Tonga.\n")
    assert (st.dateline, st.date) == ("Nuku'alofa, Kingdom of Tonga, 26 to 30 August 2025", dt.date(2025, 8, 30))
    assert [s.heading for s in st.sections] == [None, "PARTICIPANTS"]
    assert S.from_text("Joint Statement of the EU and the AU\n\nBrussels, 17 and 18 February 2022\n\nThey met.\n").date == \
        dt.date(2022, 2, 18)


def test_a_signer_whose_name_opens_on_a_capital_outside_latin_1():
    st = S.from_text("Joint Declaration of Turkey and Azerbaijan\n\nAnkara, 3 March 2025\n\nThe Parties will consult.\n\n"
                     "For the Republic of Türkiye\nRecep Tayyip Erdoğan\nPresident\n\nFor the Republic of Azerbaijan\nİlham Əliyev\n"
                     "President\n")
    assert [(s["country"], s["name"]) for s in st.signatories] == [("Türkiye", "Recep Tayyip Erdoğan"), ("Azerbaijan", "İlham Əliyev")]


def test_members_attending_a_table_cell_ending_on_an_abbreviation_and_two_signers_for_a_party():
    st = S.from_text("FIFTY-FOURTH PACIFIC ISLANDS FORUM LEADERS MEETING\n\nNuku'alofa, 30 August 2025\n\n1. The meeting was "
                     "attended by Heads of State and Government of Australia, the Cook Islands, Fiji, Kiribati, Nauru, New "
                     "Zealand, Samoa, Tonga and Vanuatu.\n\n2. Leaders met.\n")
    assert st.parties[:3] == ["Australia", "Cook Islands", "Fiji"] and len(st.parties) == 9
    st = S.from_text("Joint Statement of China and Pakistan\n\nBeijing, 5 June 2025\n\nThe two sides reviewed the projects:\n\n"
                     "Project                            Partner                          Budget (USD m)   Completion\n"
                     "ML-1 Railway Upgrade               China Railway Group                     6,800    2031\n"
                     "Gwadar New International Airport   China Communications Constr.             246    2024\n"
                     "Karakoram Highway Realignment      China Road and Bridge Corp.              450    2027\n\n"
                     "The two sides agreed to meet again.\n")
    assert [x.text for x in st.sentences[1:4]] == [
        "ML-1 Railway Upgrade; China Railway Group; USD 6,800 million; by 2031",
        "Gwadar New International Airport; China Communications Constr.; USD 246 million; by 2024",
        "Karakoram Highway Realignment; China Road and Bridge Corp.; USD 450 million; by 2027"]
    st = S.from_text("Joint Vision Statement of the United States and the Philippines\n\nManila, 18 March 2026\n\nThe Secretaries "
                     "met.\n\nThey will meet again in 2027.\n\nThe Alliance is strong.\n\nFor the United States of America:\n\n"
                     "Marco Rubio\nSecretary of State\n\nPete Hegseth\nSecretary of Defense\n\nFor the Republic of the "
                     "Philippines:\n\nMaria Theresa Lazaro\nSecretary of Foreign Affairs\n\nGilberto C. Teodoro Jr.\n"
                     "Secretary of National Defense\n")
    assert [(x["name"], x["title"], x["country"]) for x in st.signatories] == [
        ("Marco Rubio", "Secretary of State", "United States"), ("Pete Hegseth", "Secretary of Defense", "United States"),
        ("Maria Theresa Lazaro", "Secretary of Foreign Affairs", "Philippines"),
        ("Gilberto C. Teodoro Jr.", "Secretary of National Defense", "Philippines")]
    assert st.sentences[-1].text == "The Alliance is strong."


def test_the_united_nations_is_a_party_a_text_names():
    st = S.from_text("JOINT COMMUNIQUÉ OF THE NINTH UNITED NATIONS–AFRICAN UNION ANNUAL CONFERENCE\n\nAddis Ababa, 27 January "
                     "2026\n\nThe United Nations and the African Union (hereinafter \"the Parties\") met.\n\n1. The United Nations "
                     "shall mobilize USD 250 million.\n")
    assert st.parties == ["United Nations", "African Union"]
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["United Nations", "shall"]]
    # (the two heads, by their titles alone, are the two parties)
    st = S.from_text("JOINT COMMUNIQUÉ OF THE UNITED NATIONS–AFRICAN UNION ANNUAL CONFERENCE\n\nAddis Ababa, 27 January 2026\n\n"
                     "The Secretary-General of the United Nations, António Guterres, and the Chairperson of the African Union "
                     "Commission, Mahmoud Ali Youssouf, co-chaired the conference. The Secretary-General and the Chairperson of "
                     "the Commission reviewed progress made since the eighth conference.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist()[-1] == ["both", "review"]
    # (a text that only names it is no text of it)
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 4 May 2025\n\nThe two sides met on the margins of the "
                     "United Nations General Assembly and reaffirmed the UN Charter.\n")
    assert st.parties == ["Japan", "Kenya"]


def test_a_title_that_goes_on_in_lower_case_with_what_it_is_of_in_full():
    st = S.from_text("AGREED MINUTES\nof the Seventh Meeting of the Intergovernmental Joint Commission on Economic Cooperation "
                     "between the Republic of Kazakhstan and the Republic of Uzbekistan\n\nAstana, 13-14 March 2026\n\nThe "
                     "Commission met in Astana.\n\nBoth Parties agreed to meet again in 2027.\n")
    assert st.title == ("AGREED MINUTES of the Seventh Meeting of the Intergovernmental Joint Commission on Economic "
                        "Cooperation between the Republic of Kazakhstan and the Republic of Uzbekistan")
    assert st.parties == ["Kazakhstan", "Uzbekistan"] and st.sentences[0].text == "The Commission met in Astana."


def test_a_markdown_footer_of_signers_and_links_closes_the_text():
    md = ("# Nordic-Baltic Eight Leaders' Statement\n\n*Helsinki, 9 April 2026*\n\n## Deliverables\n\nAt today's meeting we "
          "agreed on the following deliverables:\n\n- a Baltic Sea Resilience Initiative;\n- a Drone Coalition.\n\n## Next "
          "meeting\n\nWe will meet again in Riga in 2027.\n\n---\n\n**Signed by:** Mette Frederiksen (Denmark), Kristen "
          "Michal (Estonia), Petteri Orpo (Finland).\n\n**Links:** [NB8 cooperation](https://www.norden.org/en/nb8) · "
          "[Previous statement, 2025](https://www.regeringen.se/nb8-2025)\n")
    st = S.from_text(md, fmt="md")
    # (the footer's labels head no sections; its signers sign; its links are set aside)
    assert [x.heading for x in st.sections if x.heading] == ["Deliverables", "Next meeting"]
    assert [(x["name"], x["country"]) for x in st.signatories] == [
        ("Mette Frederiksen", "Denmark"), ("Kristen Michal", "Estonia"), ("Petteri Orpo", "Finland")]
    assert st.back_matter == ["Links: NB8 cooperation · Previous statement, 2025"]
    assert st.sentences[-1].text == "We will meet again in Riga in 2027."
    # ("At today's meeting we agreed on the following deliverables:": each item the signatories')
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist()[:2] == [
        ["all", "agree", "a Baltic Sea Resilience Initiative"], ["all", "agree", "a Drone Coalition"]]


def test_a_readout_of_a_call_has_the_parties_whose_officials_it_names_by_country():
    st = S.from_text("Foreign Minister Abdelatty receives phone call from Jordanian Deputy Prime Minister and Foreign Minister "
                     "Ayman Safadi\n\nCairo, 3 February 2026 — Egypt's Minister of Foreign Affairs, Dr. Badr Abdelatty, received "
                     "a phone call today from Jordan's Deputy Prime Minister, Ayman Safadi, in which the two ministers discussed "
                     "the situation in the Gaza Strip. Egypt would host a conference in March.\n\nThe two ministers agreed to "
                     "meet again.\n")
    assert st.parties == ["Egypt", "Jordan"]
    # (a country only spoken of is none: "the situation in Sudan" of a minister's visit)
    st = S.from_text("Readout of the Foreign Minister's Visit\n\nCairo, 3 February 2026 — Egypt's Minister of Foreign Affairs "
                     "met the Sudanese community in Cairo and discussed the situation in Sudan.\n")
    assert st.parties == ["Egypt"]


def test_a_readout_of_a_call_has_the_two_parties_its_first_sentence_names():
    md = ("# Readout of the call between President von der Leyen and President Zelenskyy\n\nBrussels, 14 April 2025\n\n"
          "President of the European Commission Ursula von der Leyen spoke today with President of Ukraine Volodymyr "
          "Zelenskyy. They discussed Russia's attacks on Kyiv and the pressure on Russia and Belarus.\n\nThey will speak again.\n")
    assert set(S.from_text(md, fmt="md").parties) == {"European Union", "Ukraine"}
    # (a list of who attended, over more than one sentence, keeps every member)
    st = S.from_text("COMMUNIQUÉ OF THE CONFERENCE OF HEADS OF GOVERNMENT OF THE CARIBBEAN COMMUNITY\n\nMontego Bay, 8 July 2025\n\n"
                     "Haiti was represented by Leslie Voltaire, and Montserrat by Reuben Meade, and St. Kitts and Nevis by "
                     "Terrance Drew. Ralph Gonsalves, Prime Minister of St. Vincent and the Grenadines, attended.\n")
    assert len(st.parties) == 4


def test_a_readout_titled_with_what_the_leaders_discuss_is_not_that_countrys():
    text = ("Prime Minister Carney meets with President of France Emmanuel Macron to discuss Ukraine\n\nOttawa, 12 March 2025\n\n"
            "Prime Minister Mark Carney today met with the President of France, Emmanuel Macron. The leaders discussed the "
            "need for a just and lasting peace for Ukraine.\n")
    assert set(S.from_text(text).parties) == {"Canada", "France"}


def test_signature_blocks_without_for_the_lines():
    # a name, a title and the state, each signer a block of its own
    text = ("Joint Communique of the Foreign Ministers of Argentina and Chile\n\nSantiago, April 5, 2024\n\n"
            "On trade:\n\nThe Ministers agreed to hold the next meeting\nof the Strategic Dialogue in 2025.\n\n"
            "Diana Mondino\nMinister of Foreign Affairs, International Trade and Worship\nArgentine Republic\n\n"
            "Alberto van Klaveren Stork\nMinister of Foreign Affairs\nRepublic of Chile\n")
    st = S.from_text(text)
    assert [(s["name"], s["title"], s["country"]) for s in st.signatories] == [
        ("Diana Mondino", "Minister of Foreign Affairs, International Trade and Worship", "Argentina"),
        ("Alberto van Klaveren Stork", "Minister of Foreign Affairs", "Chile")]
    assert [sec.heading for sec in st.sections] == [None, "On trade"]
    assert len(st.sections[-1].paragraphs) == 1 and len(st.sentences) == 1
    # a "Signed:" line over one signer a line, notes after them
    md = ("# Joint Statement of the Nordic Prime Ministers and Ukraine\n\nOslo, 19 August 2024\n\n## Support\n\n"
          "Norway will provide NOK 15 billion in 2025.[^1]\n\n**Signed:**\n\n- Jonas Gahr Støre, Prime Minister of Norway\n"
          "- H.E. Volodymyr Zelenskyy, President of Ukraine\n\n[^1]: Figures as of 31 July 2024.\n")
    st = S.from_text(md, fmt="md")
    assert [(s["name"], s["party"]) for s in st.signatories] == [("Jonas Gahr Støre", "Norway"), ("Volodymyr Zelenskyy", "Ukraine")]
    assert [sec.heading for sec in st.sections] == [None, "Support", "Notes"]  # (the note under the signers: the text's Notes)
    assert S.signed_by(st) == "Jonas Gahr Støre, Prime Minister of Norway (Norway); Volodymyr Zelenskyy, President of Ukraine (Ukraine)"
    # the one who issued it, on the text's last line
    st = S.from_text("G7 Leaders' Statement\n\nApulia, 15 June 2024\n\n1. We will stand with Ukraine.\n\n"
                     "2. We will meet again in 2025.\n\nGiorgia Meloni, Prime Minister of Italy, G7 Presidency\n")
    assert [(s["name"], s["title"], s["country"]) for s in st.signatories] == [
        ("Giorgia Meloni", "Prime Minister of Italy, G7 Presidency", "Italy")]
    assert len(st.paragraphs) == 2
    # (a last line that is a sentence is prose: "Minister Wong, Foreign Minister of Australia, spoke.")
    st = S.from_text("Joint Statement\n\nAustralia and Fiji met in Suva. They agreed to meet again.\n\n"
                     "The ministers thanked the host.\n\nPenny Wong, Foreign Minister of Australia, spoke last.\n")
    assert st.signatories == [] and len(st.paragraphs) == 3


def test_a_text_that_names_its_parties_only_in_its_signatures_has_their_states():
    st = S.from_text("JOINT DECLARATION\n\nThe Parties shall connect their grids by 2027.\n\n"
                     "Mark Rutte\nPrime Minister of the Netherlands\n\nLuc Frieden\nPrime Minister of Luxembourg\n")
    assert st.parties == ["Netherlands", "Luxembourg"]


def test_a_readout_whose_first_sentence_says_when_they_met_is_dated_by_it():
    st = S.from_text("Prime Minister Anthony Albanese and Prime Minister Sitiveni Rabuka met in Canberra on 6 February 2024. "
                     "The leaders reaffirmed the Vuvale Partnership.\n\nAustralia will provide A$45 million.\n")
    assert st.date == dt.date(2024, 2, 6)
    st = S.from_text("Foreign Minister Penny Wong spoke with Foreign Minister Winston Peters on Tuesday, 3 September 2024, "
                     "about Pacific security.\n\nThey agreed to meet again.\n")
    assert st.date == dt.date(2024, 9, 3)
    # (a meeting of history, after the first sentence, dates nothing)
    st = S.from_text("Australia and Fiji reaffirmed their partnership. The leaders first met in Suva on 12 May 2019.\n\n"
                     "They agreed to meet again.\n")
    assert st.date is None


def test_a_group_that_speaks_is_the_party_not_the_country_it_met_in():
    st = S.from_text("Kazan Declaration: Strengthening Multilateralism\n\nKazan, Russia, 23 October 2024\n\n1. We, the Leaders "
                     "of the BRICS countries, met in Kazan, Russia, on 22-24 October 2024 for the XVI BRICS Summit.\n\n"
                     "2. We welcome the participation of Egypt and Ethiopia as full members.\n")
    assert st.parties == ["BRICS"]
    # (a country named as one of those who speak stays a party)
    st = S.from_text("Joint Statement\n\nWe, the Leaders of the G7 and of Ukraine, met in Apulia, Italy, on 14 June 2024.\n")
    assert "Ukraine" in st.parties and "Italy" not in st.parties


def test_more_signature_shapes_bold_names_and_party_with_signer_on_one_line():
    md = ("# Joint Declaration of Chile and Peru\n\n*Lima, 15 March 2025*\n\n## 1. Trade\n\nThe Presidents agreed to meet "
          "in 2026.\n\n**Gabriel Boric Font**\nPresident of the Republic of Chile\n\n**Dina Boluarte Zegarra**\n"
          "President of the Republic of Peru\n")
    st = S.from_text(md, fmt="md")
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Gabriel Boric Font", "Chile"), ("Dina Boluarte Zegarra", "Peru")]
    assert [sec.heading for sec in st.sections] == [None, "Trade"]
    st = S.from_text("JOINT COMMUNIQUÉ\n\nBrussels, 21 May 2025\n\n1. The Ministers agreed to meet in 2026.\n\n"
                     "Done at Brussels, 21 May 2025.\n\nFor the African Union: Tete António, Chair of the Executive Council\n"
                     "For the European Union: Kaja Kallas, High Representative\n")
    assert [(s["name"], s["title"], s["party"]) for s in st.signatories] == [
        ("Tete António", "Chair of the Executive Council", "African Union"),
        ("Kaja Kallas", "High Representative", "European Union")]


def test_council_conclusions_are_the_european_unions():
    st = S.from_text("Council conclusions on the EU's partnership with Central Asia\n\nBrussels, 19 February 2025\n\n"
                     "1. The Council welcomes the deepening of relations with Kazakhstan, the Kyrgyz Republic, Tajikistan, "
                     "Turkmenistan and Uzbekistan.\n")
    assert st.parties == ["European Union"]


def test_a_visit_from_day_to_day_and_a_date_in_brackets_after_the_title():
    st = S.from_text("Joint Statement between China and Pakistan\n\nAt the invitation of Premier Li Qiang, Prime Minister "
                     "Shehbaz Sharif paid an official visit to China from 4 to 8 June 2024.\n\n1. The two sides held talks.\n")
    assert st.date == dt.date(2024, 6, 8)
    st = S.from_text("List of Outcomes: State Visit of the President of Indonesia to India (January 25-26, 2025)\n\n"
                     "1. Memorandum of Understanding between the Ministry of Health and Family Welfare of the Republic of "
                     "India and the Ministry of Health of the Republic of Indonesia on Health Cooperation\n\n"
                     "2. Memorandum of Understanding between the Indian Coast Guard and the Indonesian Maritime Security "
                     "Agency on Maritime Safety and Security Cooperation\n\nAnnouncements:\n\n1. Launch of the CEOs Forum.\n\n"
                     "India-Indonesia Joint Statement\n\nNew Delhi, January 25, 2025\n\n"
                     "The two leaders held talks. They agreed to expand trade.\n")
    assert (st.title, st.date) == ("List of Outcomes: State Visit of the President of Indonesia to India", dt.date(2025, 1, 26))
    assert [sec.heading for sec in st.sections] == [None, "Announcements", "India-Indonesia Joint Statement"]
    assert len(st.sections[-1].paragraphs) == 1 and st.dateline == "January 25-26, 2025"


def test_a_signing_date_in_words_without_the_word_day():
    st = S.from_text("Joint Declaration of Chile and Peru\n\nThe Presidents agreed to meet in 2026.\n\nSigned in Lima on the "
                     "fifteenth of March of two thousand and twenty-five, in two original copies.\n")
    assert (st.date, st.dateline) == (dt.date(2025, 3, 15), "Signed in Lima on the fifteenth of March of two thousand and twenty-five")
    df = F.extract(st)
    assert df[df["kind"] == "date"]["text"].tolist() == ["fifteenth of March of two thousand and twenty-five"]


def test_a_signed_list_with_a_blank_line_between_signers():
    md = ("# UK–India 2030 Roadmap: Joint Progress Statement\n\n*New Delhi, 14 February 2025*\n\n### Trade\n\n"
          "The leaders agreed to meet again.\n\nSigned:\n\nKeir Starmer, Prime Minister of the United Kingdom\n\n"
          "Narendra Modi, Prime Minister of India\n")
    st = S.from_text(md, fmt="md")
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Keir Starmer", "United Kingdom"), ("Narendra Modi", "India")]
    assert len(st.paragraphs) == 1


def test_degrees_end_a_sentence_and_signers_one_a_line_at_the_end():
    st = S.from_text("Joint Statement of Japan, the Republic of Korea, and the United States\n\nCamp David, August 18, 2023\n\n"
                     "We will limit warming to 1.5°C. Viet Nam reiterated its pledge.\n\nWe will meet again.\n\n"
                     "Fumio Kishida, Prime Minister of Japan\nYoon Suk Yeol, President of the Republic of Korea\n"
                     "Joseph R. Biden, Jr., President of the United States of America\n")
    assert [s.text for s in st.sentences][:2] == ["We will limit warming to 1.5°C.", "Viet Nam reiterated its pledge."]
    assert [(s["name"], s["country"]) for s in st.signatories] == [
        ("Fumio Kishida", "Japan"), ("Yoon Suk Yeol", "South Korea"), ("Joseph R. Biden Jr.", "United States")]
    assert len(st.paragraphs) == 2


def test_a_closing_line_of_where_and_when_it_was_done_is_the_dateline_not_a_paragraph():
    body = "Joint Statement of Brazil and China\n\n{}1. The two sides agreed to meet.\n\n2. They will trade more.\n\nDone in Beijing on 14 April 2025.\n"
    st = S.from_text(body.format("Beijing, 14 April 2025\n\n"))
    assert (len(st.paragraphs), st.dateline, st.date) == (2, "Beijing, 14 April 2025", dt.date(2025, 4, 14))
    st = S.from_text(body.format(""))
    assert (len(st.paragraphs), st.dateline, st.date) == (2, "Done in Beijing on 14 April 2025", dt.date(2025, 4, 14))
    assert F.extract(st).empty
    # (a sentence that goes on after it stays prose)
    st = S.from_text(body.format("").replace("Done in Beijing on 14 April 2025.", "Done in Beijing on 14 April 2025, the "
                                                                                  "talks ended with a dinner."))
    assert len(st.paragraphs) == 3


def test_a_place_and_date_above_the_signatures_is_the_dateline():
    st = S.from_text("JOINT STATEMENT OF ITALY AND EGYPT\n\nENERGY:\n\nThe two sides agreed to expand gas exports. It was "
                     "agreed that the next summit will be held in Rome in 2025.\n\nCairo, 17 March 2024\n\n"
                     "For the Italian Republic\nGiorgia Meloni\nPresident of the Council of Ministers\n\n"
                     "For the Arab Republic of Egypt\nAbdel Fattah El-Sisi\nPresident of the Arab Republic of Egypt\n")
    assert (st.dateline, st.date, len(st.paragraphs), len(st.signatories)) == ("Cairo, 17 March 2024", dt.date(2024, 3, 17), 1, 2)


def test_sub_items_typed_with_an_o_and_paragraphs_numbered_with_a_dash_or_an_article():
    st = S.from_text("Joint Vision Statement of Japan, the Philippines and the United States\n\nWashington, April 11, 2024\n\n"
                     "We announce the following initiatives:\n\no Japan will provide up to JPY 30 billion by 2026.\n"
                     "o The United States will mobilize $1.5 billion.\n\nWe will meet again in Manila.\n")
    assert [(p.marker, st.sentences[p.sentences[0]].text[:14]) for p in st.paragraphs] == [
        (None, "We announce th"), ("o", "Japan will pro"), ("o", "The United Sta"), (None, "We will meet a")]
    st = S.from_text("JOINT COMMUNIQUÉ OF BRAZIL AND MEXICO\r\n\r\nMexico City, May 3, 2024\r\n\r\n"
                     "1.- The Presidents agreed to elevate the relationship.\r\n\r\n"
                     "2.- The two Governments agreed to establish a fund of US$ 300 million.\r\n")
    assert [(p.marker, st.sentences[p.sentences[0]].text[:8]) for p in st.paragraphs] == [("1.-", "The Pres"), ("2.-", "The two ")]
    assert F.extract(st)["text"].tolist() == ["US$ 300 million"]
    st = S.from_text("JOINT DECLARATION BETWEEN BRAZIL AND SOUTH AFRICA\n\nHave agreed as follows:\n\n"
                     "Article 1 – The Parties shall establish a Joint Commission.\n\nArticle 2: The Parties agree to create a fund.\n\n"
                     "Article 3. Either Party may propose amendments.\n\nDone at Brasília, on the twelfth day of March, one thousand "
                     "nine hundred and ninety-eight, in two originals in the English and Portuguese languages, both texts being "
                     "equally authentic.\n")
    # ("Article 3." with a stop opening a paragraph is its label too, no sentence of its own)
    assert [p.marker for p in st.paragraphs] == [None, "Article 1 –", "Article 2:", "Article 3."]
    assert st.sentences[st.paragraphs[3].sentences[0]].text == "Either Party may propose amendments."
    assert [st.sentences[p.sentences[0]].text[:10] for p in st.paragraphs[1:]] == ["The Partie", "The Partie", "Either Par"]
    assert (st.date, st.dateline.split(",")[0]) == (dt.date(1998, 3, 12), "Done at Brasília")


def test_what_a_release_carries_under_its_text_and_its_number_are_no_prose():
    st = S.from_text("Readout of the Meeting of Kenya and the United States\n\nMay 3, 2024\n\nThe leaders met in Washington. "
                     "They agreed to expand trade.\n\nThey will meet again in Nairobi.\n\n###\n\nMedia contact: press@example.gov\n")
    assert [s.text for s in st.sentences][-1] == "They will meet again in Nairobi."
    assert st.back_matter == ["Media contact: press@example.gov"]  # (not the end mark "###")
    st = S.from_text("Joint Statement by the Government of Sri Lanka and the International Monetary Fund\n\nColombo, 15 June 2025\n\n"
                     "Press Release No. 25/198\n\nThe staff team visited Colombo.\n\nThe authorities are committed to reform.\n\n"
                     "The programme is on track.\n\nContact: media@imf.org | #SriLanka | file ref: LKA_EFF_4th_Review\n")
    assert [sec.heading for sec in st.sections] == [None]
    assert [s.text for s in st.sentences][-1] == "The programme is on track."
    assert st.parties == ["Sri Lanka", "International Monetary Fund"]
    assert st.back_matter == ["Contact: media@imf.org | #SriLanka | file ref: LKA_EFF_4th_Review"]
    assert S.from_text(open(SEED, encoding="utf-8").read()).back_matter == []
    st = S.from_text("Media Note\n\nFebruary 4, 2015\n\nThe United States and Colombia held a dialogue.\n\nThey will meet again.\n\n"
                     "They agreed on a plan.\n\nFor further information, contact the Office of Press Relations at\n"
                     "(202) 647-2492 or visit www.state.gov.\n")
    assert [s.text for s in st.sentences][-1] == "They agreed on a plan."
    # (what was left out is kept, as written, for the briefing to say so)
    assert st.back_matter == ["For further information, contact the Office of Press Relations at",
                              "(202) 647-2492 or visit www.state.gov."]
    # (a body a heading is about is no party)
    st = S.from_text("Joint Statement of Japan and India on IMF Quota Reform\n\nTokyo, 3 May 2024\n\nThe two sides met.\n")
    assert st.parties == ["Japan", "India"]


def test_an_initial_after_a_title_ends_no_sentence():
    text = "The team met with Dr. P. Nandalal Weerasinghe, Governor of the Central Bank. See p. 12. It is in Annex B. The parties agreed."
    assert [text[a:b] for a, b in S.split_sentences(text)] == [
        "The team met with Dr. P. Nandalal Weerasinghe, Governor of the Central Bank.", "See p. 12.", "It is in Annex B.",
        "The parties agreed."]


def test_a_letter_after_a_label_word_ends_a_sentence():
    text = ("They welcomed the progress on Hinkley Point C. France and the United Kingdom agreed to act. They honoured "
            "John F. Kennedy and Harry S. Truman. Plan B. Both agreed. They met Ambassador Michael B. Jordan, the envoy.")
    assert [text[a:b] for a, b in S.split_sentences(text)] == [
        "They welcomed the progress on Hinkley Point C.", "France and the United Kingdom agreed to act.",
        "They honoured John F. Kennedy and Harry S. Truman.", "Plan B.", "Both agreed.",
        "They met Ambassador Michael B. Jordan, the envoy."]


def test_the_last_line_of_a_list_of_attendees_is_no_heading():
    st = S.from_text("FIFTY-FOURTH PACIFIC ISLANDS FORUM LEADERS MEETING\n\nFORUM COMMUNIQUÉ\n\nNuku'alofa, Tonga, 26-30 August 2025\n\n"
                     "ATTENDANCE\n\nThe following Leaders attended the meeting:\n\nHon. Mark Brown, Prime Minister of the Cook Islands\n"
                     "Hon. Sitiveni Rabuka, Prime Minister of Fiji\nH.E. Hilda Heine, President of the Marshall Islands\n\n"
                     "1. The meeting was chaired by the Prime Minister of Tonga. Leaders thanked Tonga.\n\nCLIMATE CHANGE\n\n"
                     "2. Leaders reaffirmed that climate change is the single greatest threat.\n")
    assert [sec.heading for sec in st.sections if sec.heading] == ["ATTENDANCE", "CLIMATE CHANGE"]
    attendance = next(sec for sec in st.sections if sec.heading == "ATTENDANCE")
    assert [st.sentences[st.paragraphs[i].sentences[0]].text[:16] for i in attendance.paragraphs] == [
        "The following Le", "Hon. Mark Brown,", "Hon. Sitiveni Ra", "H.E. Hilda Heine", "The meeting was "]


def test_a_web_pages_label_and_date_line_and_lines_broken_in_a_paragraph():
    html = ("<html><body><article><h1>Joint Declaration of Intent of Germany and India on Green Hydrogen</h1>"
            "<p class='meta'>Press release, 25 October 2024, New Delhi</p>"
            "<p>Germany and India will build a hydrogen corridor.</p><h2>Financing</h2><p>Germany will provide EUR 1 billion.</p>"
            "<p>Signed in New Delhi on 25 October 2024, in duplicate, in the German, Hindi and English languages.</p>"
            "<p>For the Federal Republic of Germany: Robert Habeck, Federal Minister for Economic Affairs<br>"
            "For the Republic of India: Pralhad Joshi, Minister of New and Renewable Energy</p></article></body></html>")
    st = S.from_text(html, fmt="html")
    assert (st.dateline, st.date) == ("Press release, 25 October 2024, New Delhi", dt.date(2024, 10, 25))
    assert [sec.heading for sec in st.sections] == [None, "Financing"]
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Robert Habeck", "Germany"), ("Pralhad Joshi", "India")]
    assert [s.text for s in st.sentences] == ["Germany and India will build a hydrogen corridor.", "Germany will provide EUR 1 billion."]


def test_items_right_under_their_lead_in_are_a_list_not_a_heading():
    st = S.from_text("Joint Declaration of France and Morocco\n\nRabat, 28 October 2024\n\nRegional challenges\n\n"
                     "The two sides will coordinate on the Sahel.\n\nThe following agreements were signed:\n"
                     "Declaration on the Exceptional Reinforced Partnership\nMemorandum of understanding on the high-speed rail line\n"
                     "Financing agreement between the AFD and the ONCF\n\nM. Macron thanked His Majesty the King.\n")
    assert [sec.heading for sec in st.sections if sec.heading] == ["Regional challenges"]
    assert [s.text for s in st.sentences][2:5] == ["Declaration on the Exceptional Reinforced Partnership",
                                                   "Memorandum of understanding on the high-speed rail line",
                                                   "Financing agreement between the AFD and the ONCF"]


def test_closing_lines_that_read_as_prose_stay_and_words_that_only_look_like_marks():
    base = "Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2024\n\nThe two sides met.\n\nThey agreed on trade.\n\n"
    st = S.from_text(base + "The two sides will publish the roadmap\nwithin six months at\nwww.mofa.go.jp and www.mfa.go.ke.\n")
    assert st.sentences[-1].text.endswith("www.mofa.go.jp and www.mfa.go.ke.")
    st = S.from_text(base + "Japan will publish the roadmap at www.mofa.go.jp.\n")
    assert st.sentences[-1].text == "Japan will publish the roadmap at www.mofa.go.jp."
    st = S.from_text(base + "Done at Lima on 3 May 2024, both Presidents also agreed that their Foreign Ministers will meet.\n")
    assert st.sentences[-1].text.startswith("Done at Lima on 3 May 2024, both Presidents also agreed")
    # (Portuguese "o" opening a wrapped line is no bullet; a unit's power is no footnote)
    st = S.from_text("Comunicado Conjunto do Brasil e Portugal\n\nBrasília, 3 May 2024\n\nOs dois governos celebram a "
                     "visita que\no Presidente da República realizou ao Brasil e\no Primeiro-Ministro acompanhou.\n\nOutro parágrafo.\n")
    assert [p.marker for p in st.paragraphs] == [None, None] and "o Presidente da República" in st.sentences[0].text
    st = S.from_text("Joint Statement of Kenya and Japan\n\nThey will protect 500 km^2 of mangroves in the Sahel.^2\n")
    assert st.sentences[0].text == "They will protect 500 km^2 of mangroves in the Sahel."


def test_decimal_sub_headings_head_sections_and_a_heading_over_them_only_gives_no_row():
    from communique import analysis

    st = S.from_text("Forum on China-Africa Cooperation Action Plan (2025-2027)\n\nChangsha, 14 November 2024\n\n"
                     "2. Political Cooperation\n\n2.1 High-level exchanges\n\n2.1.1 The two sides will hold the next Summit in "
                     "2027.\n\n2.1.2 The two sides will meet each year.\n\n2.2 Party exchanges\n\n2.2.1 The Chinese side will "
                     "invite 1,000 party leaders.\n")
    assert [sec.heading for sec in st.sections if sec.heading] == ["Political Cooperation", "High-level exchanges", "Party exchanges"]
    assert analysis.sections_frame(st)["heading"].tolist() == ["High-level exchanges", "Party exchanges"]
    assert [p.marker for p in st.paragraphs] == ["2.1.1", "2.1.2", "2.2.1"]


def test_a_dateline_whose_day_is_in_words():
    st = S.from_text("JOINT COMMUNIQUÉ OF COLOMBIA AND THE UNITED NATIONS\n\nBogotá, D.C., the first of July 2025\n\n"
                     "1. The two parties met in Bogotá.\n\n2. They will meet again.\n")
    assert (st.dateline, st.date, [sec.heading for sec in st.sections]) == (
        "Bogotá, D.C., the first of July 2025", dt.date(2025, 7, 1), [None])


def test_a_tables_row_number_column_numbers_its_items_and_a_bullets_letter_is_its_marker():
    html = ("<html><head><title>Joint Declaration</title></head><body><h1>Joint Declaration of Germany and India</h1>"
            "<p>New Delhi, 25 October 2024</p><p>Germany and India reaffirmed their partnership.</p>"
            "<h2>List of Agreements Signed</h2><table><thead><tr><th>No.</th><th>Agreement</th><th>Signatories</th></tr></thead>"
            "<tbody><tr><td>1</td><td>Green Hydrogen Roadmap</td><td>Robert Habeck; Pralhad Joshi</td></tr>"
            "<tr><td>2</td><td>Mumbai Metro Line 3 (EUR 300 million)</td><td>KfW</td></tr></tbody></table></body></html>")
    st = S.from_text(html, fmt="html")
    items = [p for p in st.paragraphs if st.sections[p.section].heading == "List of Agreements Signed"]
    assert [(p.marker, st.text[st.sentences[p.sentences[0]].start:p.end]) for p in items] == [
        ("1.", "Green Hydrogen Roadmap; Robert Habeck; Pralhad Joshi"), ("2.", "Mumbai Metro Line 3 (EUR 300 million); KfW")]
    df = F.counted(F.extract(st))
    assert df["text"].tolist() == ["EUR 300 million"]
    md = S.from_text("# Joint Statement of Japan and Australia\n\nTokyo, 3 May 2025\n\n- Japan will provide JPY 45 billion.\n"
                     "  - (a) This includes JPY 12.5 billion for a refinery.\n  - (b) Australia will prioritise Japanese offtake.\n", fmt="md")
    assert [(p.marker, st_text) for p in md.paragraphs for st_text in [md.text[md.sentences[p.sentences[0]].start:p.end]]] == [
        ("-", "Japan will provide JPY 45 billion."), ("(a)", "This includes JPY 12.5 billion for a refinery."),
        ("(b)", "Australia will prioritise Japanese offtake.")]


def test_a_title_in_capitals_may_run_over_four_lines():
    st = S.from_text("JOINT STATEMENT OF INTENT\r\nBETWEEN THE GOVERNMENT OF THE KINGDOM OF NORWAY\r\nAND THE GOVERNMENT OF THE "
                     "REPUBLIC OF INDONESIA\r\nON COOPERATION ON REDUCING GREENHOUSE GAS EMISSIONS FROM FORESTS AND LAND USE\r\n\r\n"
                     "The Participants have reached the following understanding.\r\n\r\nI. FORESTS AND CLIMATE\r\n\r\n"
                     "Norway will provide results-based contributions.\r\n")
    assert st.heading == ("JOINT STATEMENT OF INTENT BETWEEN THE GOVERNMENT OF THE KINGDOM OF NORWAY AND THE GOVERNMENT OF THE "
                          "REPUBLIC OF INDONESIA ON COOPERATION ON REDUCING GREENHOUSE GAS EMISSIONS FROM FORESTS AND LAND USE")
    assert [s.heading for s in st.sections] == [None, "FORESTS AND CLIMATE"]
    assert st.parties == ["Norway", "Indonesia"]


def test_a_web_pages_ordered_list_keeps_its_numbers_and_a_nested_list_is_read_once():
    html = ("<html><body><h1>Joint Statement of the EU-Japan Summit</h1><p>Tokyo, 10 July 2025</p><ol>"
            "<li>The leaders reaffirmed their partnership.</li>"
            "<li>Trade reached EUR 180 billion in 2024. The leaders committed to deepen it:<ul>"
            "<li>Japan will contribute JPY 50 billion to joint projects.</li>"
            "<li>The EU intends to mobilise up to EUR 1.2 billion.</li></ul></li>"
            "<li>The leaders condemned the war.</li></ol></body></html>")
    st = S.from_text(html, fmt="html")
    got = [(p.marker, st.text[st.sentences[p.sentences[0]].start:p.end]) for p in st.paragraphs]
    assert got == [("1.", "The leaders reaffirmed their partnership."),
                   ("2.", "Trade reached EUR 180 billion in 2024. The leaders committed to deepen it:"),
                   ("-", "Japan will contribute JPY 50 billion to joint projects."),
                   ("-", "The EU intends to mobilise up to EUR 1.2 billion."),
                   ("3.", "The leaders condemned the war.")]
    assert F.extract(st)["text"].tolist() == ["EUR 180 billion", "2024", "JPY 50 billion", "EUR 1.2 billion"]


def test_a_translated_texts_own_dateline_and_a_labelled_fact_sheet_heading():
    st = S.from_text("Joint Declaration of Brazil and Argentina\n\n1. Energy\n\nBrazil and Argentina will build a bridge by "
                     "1º de março de 2026.\n\nFACT SHEET: Bilateral Summit of Brazil and Argentina, 2025\n\n- Brazil will "
                     "provide R$ 5 bilhões.\n\nBrasília, 12 de março de 2025\n")
    assert (st.dateline, st.date) == ("Brasília, 12 de março de 2025", dt.date(2025, 3, 12))
    assert [s.heading for s in st.sections] == [None, "Energy", "FACT SHEET: Bilateral Summit of Brazil and Argentina, 2025"]
    df = F.extract(st)
    assert [(r["text"], r["kind"], r["value"]) for r in df.to_dict("records")][:1] == [("1º de março de 2026", "date", 2026.0)]
    assert S.from_text("Déclaration conjointe de la France et du Maroc\n\nRabat, le 3 mars 2025\n\nLa France et le Maroc "
                       "renforceront leur partenariat.\n").date == dt.date(2025, 3, 3)


def test_an_annex_headed_in_sentence_case_is_a_section_of_its_own():
    st = S.from_text("Joint Statement of India and Brazil\n\nNew Delhi, 3 March 2025\n\nThe Way Forward\n\nThe leaders agreed "
                     "to meet in 2026.\n\nAnnex: list of documents adopted\n\n- Memorandum of Understanding on Trade\n"
                     "- Agreement on Culture\n")
    assert [sec.heading for sec in st.sections if sec.heading] == ["The Way Forward", "Annex: list of documents adopted"]


def test_a_web_pages_closing_footnotes_are_notes_not_the_last_sections_prose():
    html = ("<html><body><article><h1>Joint Vision Statement of Japan and Indonesia</h1><p>Tokyo, 3 May 2025</p>"
            "<h3>Trade</h3><p>Japan will provide a Yen loan of up to 100 billion yen<sup>[1]</sup>.</p>"
            "<h3>Global Issues</h3><p>The leaders discussed Gaza.</p>"
            "<div class='footnotes'><p>[1] Subject to approval by the Diet.</p><p>[2] Source: JICA, 2023.</p></div>"
            "</article></body></html>")
    st = S.from_text(html, fmt="html")
    assert [sec.heading for sec in st.sections if sec.heading] == ["Trade", "Global Issues", "Notes"]
    assert [s.text for s in st.sentences][-2:] == ["Subject to approval by the Diet.", "Source: JICA, 2023."]


def test_a_closing_list_of_the_states_that_signed_is_who_makes_the_statement():
    body = ("# Joint Statement on Food Security\n\n*London, 18 November 2024*\n\nWe, the undersigned Ministers, support "
            "Ukraine's role as a supplier of grain.\n\nWe will meet again in 2025.\n\n---\n\n")
    st = S.from_text(body + "Signed by the Foreign Ministers of: Australia, Canada, the European Union, Japan, the Republic "
                     "of Korea and Ukraine.\n", fmt="md")
    assert st.parties == ["Australia", "Canada", "European Union", "Japan", "South Korea", "Ukraine"]
    assert "Signed by" not in st.text[st.paragraphs[-1].start:st.paragraphs[-1].end]  # (not prose)
    st = S.from_text(body + "Signatories:\n\n- Australia\n- Canada\n- the European Union\n", fmt="md")
    assert st.parties == ["Australia", "Canada", "European Union"]
    st = S.from_text(body + "Australia\nCanada\nFrance\n", fmt="md")  # (a state a line, no label)
    assert st.parties == ["Australia", "Canada", "France"]
    # (not the last words of wrapped prose, nor a list of people)
    st = S.from_text("Joint Statement of Japan and Canada\n\nTokyo, 3 March 2024\n\nWe will act with Korea. We will fund "
                     "projects in\nJapan\nCanada")
    assert st.parties == ["Japan", "Canada"] and st.text.rstrip().endswith("Canada")
    st = S.from_text("Joint Statement\n\nTokyo, 3 March 2024\n\nJapan and Canada will act. They will fund projects.\n\n"
                     "Signed by Nancy Faeser")
    assert st.parties == ["Japan", "Canada"]


def test_the_host_of_the_members_an_opening_lists_is_a_party():
    opening = ("OTTAWA -- 14 October 2025 -- The Prime Minister of Canada, Mark Carney, today hosted the Prime Ministers "
               "of Denmark, Finland, Iceland, Norway and Sweden for the first Nordic-Canadian Summit.")
    assert S.find_parties("Joint Press Release", [opening]) == ["Canada", "Denmark", "Finland", "Iceland", "Norway", "Sweden"]
    assert S.find_parties("Joint Statement", ["President Luiz Inácio Lula da Silva hosted the leaders of Chile, Colombia "
                                              "and Peru in Brasília."]) == ["Brazil", "Chile", "Colombia", "Peru"]
    # (a guest who joins them is still no member)
    assert S.find_parties("Joint Statement", ["We, the Foreign Ministers of Denmark, Estonia, Finland and Sweden, joined by "
                                              "the Minister of Ukraine, welcomed progress."]) == [
        "Denmark", "Estonia", "Finland", "Sweden"]


def test_a_quarter_or_half_of_a_year_and_a_day_range_with_ordinals_are_dated():
    assert S.parse_date("Q3 2025") == S.parse_date("the third quarter of 2025") == dt.date(2025, 8, 15)
    assert S.parse_date("Q1 2026") == dt.date(2026, 2, 15) and S.parse_date("H2 2025") == dt.date(2025, 10, 1)
    assert S.parse_date("4th to the 6th of May 2025") == dt.date(2025, 5, 6)


def test_footnotes_under_the_text_and_a_closing_in_the_languages_are_not_its_paragraphs():
    st = S.from_text("Joint Statement of Brazil and Indonesia\n\nBrasília, 5 May 2025\n\n1. Forests\n\n1.1 Indonesia welcomed "
                     "the Tropical Forests Forever Facility[1] and will contribute to its design.\n\n1.2 The Presidents will "
                     "meet in 2026.\n\nDone at Brasília, on the 5th of May 2025, in the Portuguese, Indonesian and English "
                     "languages.\n\nNotes\n[1] https://www.gov.br/mma/pt-br/tfff\n[2] https://www.wri.org/insights/loss-2024\n")
    last = st.paragraphs[-1]
    assert st.text[last.start:last.end].startswith("1.2 The Presidents will meet in 2026.")
    assert st.dateline == "Brasília, 5 May 2025" and st.date == dt.date(2025, 5, 5)
    assert not any("https" in s.text or "languages" in s.text for s in st.sentences)


def test_a_line_that_says_what_the_text_is_above_its_title_in_capitals_is_set_apart():
    st = S.from_text("JOINT PRESS RELEASE\nNORDIC-CANADIAN SUMMIT ON ARCTIC COOPERATION\n\nOttawa, 14 October 2025\n\n"
                     "The leaders met.\n\nThey agreed.\n")
    assert st.title == "JOINT PRESS RELEASE: NORDIC-CANADIAN SUMMIT ON ARCTIC COOPERATION"
    # (a title wrapped on its small word stays one)
    st = S.from_text("JOINT STATEMENT\nOF THE UNITED STATES AND PERU\n\nLima, 14 October 2025\n\nThe leaders met.\n\nThey agreed.\n")
    assert st.title == "JOINT STATEMENT OF THE UNITED STATES AND PERU" and st.parties == ["United States", "Peru"]


def test_a_speakers_name_wrapped_across_two_lines_is_no_heading():
    st = S.from_text("Joint Statement of Norway and Canada\n\nOttawa, 14 October 2025\n\nSECURITY\n\nThe leaders agreed to "
                     "deepen cooperation in\nthe High North.\n\nPrime Minister Jonas Gahr\nStøre said Norway would never "
                     "accept any attempt to redraw\nborders by force.\n\nCLIMATE\n\nThe leaders agreed to fund research.\n")
    assert [sec.heading for sec in st.sections] == [None, "SECURITY", "CLIMATE"]
    # (a heading in title case over prose stays one)
    st = S.from_text("Joint Statement of Norway and Canada\n\nOttawa, 14 October 2025\n\nTrade and Investment\n"
                     "Norway said it would invest more.\n\nClimate\n\nThe leaders agreed to fund research.\n")
    assert [sec.heading for sec in st.sections] == [None, "Trade and Investment", "Climate"]


def test_a_closing_issued_on_a_hijri_date_and_a_part_numbered_in_roman_numerals():
    st = S.from_text("Joint Statement of the GCC and Central Asia\n\nCooperation\n\nThe leaders met. They agreed to meet "
                     "again.\n\nThe leaders thanked the hosts.\n\nIssued in Riyadh on 12 Dhu al-Hijjah 1446 AH, corresponding "
                     "to 8 June 2025.\n")
    assert st.date == dt.date(2025, 6, 8) and st.sentences[-1].text == "The leaders thanked the hosts."
    st = S.from_text("Joint Statement\n\nThe leaders met.\n\nJapan will fund the Delhi Metro Phase V. India will provide "
                     "land. President John F. Kennedy spoke.\n")
    assert [s.text for s in st.sentences][1:] == ["Japan will fund the Delhi Metro Phase V.", "India will provide land.",
                                                 "President John F. Kennedy spoke."]


def test_a_country_a_we_opening_names_with_the_members_it_lists_is_a_party():
    opening = ("We, the Prime Minister of Japan and the Leaders and representatives of the Members of the Pacific Islands "
               "Forum, namely Australia, the Cook Islands, Fiji, Samoa and Tonga, met in Tokyo on 18 July 2025.")
    assert S.find_parties("Tokyo Declaration of the Eleventh Pacific Islands Leaders Meeting", [opening]) == [
        "Japan", "Australia", "Cook Islands", "Fiji", "Samoa", "Tonga"]


def test_a_markdown_heading_numbered_with_decimals_keeps_its_number_apart():
    st = S.from_text("# Joint Statement of the EU and Norway\n\n*Brussels, 14 May 2025*\n\n## 1. Energy security\n\n"
                     "### 1.1 Pipeline gas deliveries\n\nNorway will supply gas.\n\n### 1.2 Market stability\n\nThe sides "
                     "will meet.\n", fmt="md")
    # (the numbers stay apart; the part with no text of its own heads its subsections' names)
    assert [sec.heading for sec in st.sections] == [None, "Energy security", "Energy security: Pipeline gas deliveries",
                                                    "Energy security: Market stability"]
    assert [sec.number for sec in st.sections] == [None, "1", "1.1", "1.2"]


def test_a_chairs_summary_its_session_headings_and_its_annex_of_participants():
    st = S.from_text("THIRD INDO-PACIFIC MINISTERIAL FORUM ON MARITIME SECURITY\n\nCHAIR'S SUMMARY\n\nManila, 14-15 October "
                     "2025\n\n1. The Forum was held in Manila.\n\nSession I: Maritime Domain Awareness\n\n2. Ministers exchanged "
                     "views on maritime domain awareness.\n\nSession II: Protecting Seafarers\n\n3. Ministers condemned the "
                     "detention of seafarers.\n\nAnnex: List of Participants\n\nAustralia\nBangladesh\nEuropean Union\n")
    assert st.title == "THIRD INDO-PACIFIC MINISTERIAL FORUM ON MARITIME SECURITY: CHAIR'S SUMMARY"
    assert [sec.heading for sec in st.sections] == [None, "Session I: Maritime Domain Awareness", "Session II: Protecting Seafarers",
                                                    "Annex: List of Participants"]
    assert [s.text for s in st.sentences][-3:] == ["Australia", "Bangladesh", "European Union"]
    # (a label that runs into its paragraph's prose still heads a section)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nTrade: The leaders welcomed the growth of "
                     "trade.\n\nEnergy: The leaders agreed to build a line.\n")
    assert [sec.heading for sec in st.sections] == [None, "Trade", "Energy"]


def test_a_country_an_opening_only_discusses_is_no_party():
    st = S.from_text("Readout of President Alvarez's Call with Prime Minister Lindqvist of Sweden\nMarch 4, 2025\n\nPresident "
                     "Elena Alvarez spoke today with Prime Minister Johan Lindqvist of Sweden. The leaders discussed the "
                     "situation in Ukraine and support for Ukraine's sovereignty. President Alvarez reaffirmed the United "
                     "States' commitment to NATO.\n\nThe leaders agreed to stay in close touch.\n")
    assert st.parties == ["Sweden", "United States"]


def test_a_header_ruled_with_dashes_and_a_table_drawn_with_borders_are_read_as_tables():
    st = S.from_text("Joint Statement of Chile and New Zealand\n\nSantiago, 3 May 2025\n\nCLIMATE\n\nThe two Governments "
                     "agreed on the following commitments:\n\n    Area                  Commitment            Amount          "
                     "Deadline\n    --------------------  --------------------  --------------  --------\n    Renewable "
                     "hydrogen    Joint pilot plant     NZD 25 million  2027\n    Critical minerals     Lithium study"
                     "         USD 4 million   2026\n\nThey will meet again.\n\n+----------+-------------+--------+\n| "
                     "Activity | Lead agency | Budget |\n+----------+-------------+--------+\n| Workshop | Ministry    | USD 1 "
                     "million |\n| Mission  | Embassy     | USD 2 million |\n+----------+-------------+--------+\n")
    assert [sec.heading for sec in st.sections] == [None, "CLIMATE"]
    assert [s.text for s in st.sentences if ";" in s.text] == [
        "Renewable hydrogen; Joint pilot plant; NZD 25 million; by 2027", "Critical minerals; Lithium study; USD 4 million; by 2026",
        "Workshop; USD 1 million; lead: Ministry", "Mission; USD 2 million; lead: Embassy"]  # (a plan's "Deadline" and "Lead agency")
    assert not any("Activity" in s.text or "---" in s.text or "+--" in s.text for s in st.sentences)


def test_a_dateline_after_who_issued_the_text():
    st = S.from_text("The Hague Summit Declaration\n\nIssued by the Heads of State and Government participating in the meeting "
                     "of the North Atlantic Council in The Hague, 25 June 2025\n\n1. We, the Heads of State and Government of "
                     "the North Atlantic Alliance, have gathered in The Hague.\n\n2. Allies commit to invest 5% of GDP.\n")
    assert (st.date, st.dateline) == (dt.date(2025, 6, 25), "The Hague, 25 June 2025")
    assert st.sentences[0].text == "We, the Heads of State and Government of the North Atlantic Alliance, have gathered in The Hague."


def test_review_mends_fractions_wire_datelines_and_closing_lists():
    # a fraction after a long whole number, and thirds, each one figure
    st = S.from_text("Joint Statement\n\nThey moved 123456½ tonnes and 2⅓ million people, and 2 ½ hours.\n")
    assert "123456.5 tonnes" in st.text and "2.333 million" in st.text and "2.5 hours" in st.text
    # the first words of a sentence before a date are no place
    for opening in ("The two ministers met on 4 June 2024 — They agreed.", "Today, 4 June 2024 — The two ministers met."):
        st = S.from_text(f"Joint Statement\n\n{opening} They met.\n")
        assert (st.date, st.dateline) == (dt.date(2024, 6, 4), None)
    # a list under the text's own lead-in is no signature; a state with "and" in its name is one state
    st = S.from_text("Joint Statement\n\nLondon, 3 March 2024\n\nJapan and Canada will act. The meeting was attended by "
                     "representatives of the following:\n\nAustralia\nBangladesh\nJapan\n")
    assert st.parties == ["Japan", "Canada"] and st.sentences[-1].text == "Japan"
    assert S.signed_states(["Signed by: Bosnia and Herzegovina, Japan and Canada, Trinidad and Tobago"]) == [
        "Bosnia and Herzegovina", "Japan", "Canada", "Trinidad and Tobago"]


def test_markdown_footnotes_closing_a_text_are_its_notes_not_its_last_sections_prose():
    st = S.from_text("# Readout of the Meeting between Ghana and Norway\r\n\r\n*Accra, 23 September 2025*\r\n\r\n## Fisheries\r\n\r\n"
                     "The ministers reaffirmed resolution A/RES/78/1[^1] and Norway will provide NOK 40 million.[^fish]\r\n\r\n"
                     "## Next steps\r\n\r\nOfficials will meet again in 2026.\r\n\r\n"
                     "[^1]: Resolution adopted by the General Assembly on 18 September 2023.\r\n"
                     "[^fish]: See the 2024 fisheries programme.\r\n", fmt="md")
    assert [s.heading for s in st.sections] == [None, "Fisheries", "Next steps", "Notes"]
    notes = st.sections[-1]
    assert [st.sentences[st.paragraphs[p].sentences[0]].text for p in notes.paragraphs] == [
        "Resolution adopted by the General Assembly on 18 September 2023.", "See the 2024 fisheries programme."]
    assert "[^" not in st.text and "[1]" not in st.text
    # a note that runs on over an indented line (or a line not indented) is one note
    st = S.from_text("# Joint Statement of Chile and Korea\n\n*Seoul, 2 May 2025*\n\n## Trade\n\nKorea will invest "
                     "USD 50 million.[^1]\n\n[^1]: Over five years,\n    counted from 2026.\n[^2]: Subject to\nparliament.\n", fmt="md")
    assert [s.heading for s in st.sections] == [None, "Trade", "Notes"]
    assert [st.sentences[st.paragraphs[p].sentences[0]].text for p in st.sections[-1].paragraphs] == [
        "Over five years, counted from 2026.", "Subject to parliament."]


def test_a_closing_done_in_line_dates_the_text_before_a_visit_its_opening_gives():
    text = ("**Joint Statement between China and Uzbekistan**\n\nAt the invitation of President Xi Jinping, President Shavkat "
            "Mirziyoyev paid a state visit to China from 22 to 25 January 2026.\n\n**I. Trade**\n\n1. The two sides will "
            "expand trade.\n\nDone in Beijing on 24 January 2026, in duplicate in the Chinese, Uzbek and Russian languages.\n")
    st = S.from_text(text, fmt="md")
    assert (st.date, st.dateline) == (dt.date(2026, 1, 24), "Done in Beijing on 24 January 2026")
    # without the closing line the visit dates it, by its last day
    st = S.from_text(text.split("Done in")[0], fmt="md")
    assert st.date == dt.date(2026, 1, 25)


def test_a_text_copied_out_of_a_pdf_loses_its_page_furniture_and_mends_its_broken_words():
    page = "\r\n\r\nJoint Declaration -- Kenya and Norway                                Page {n} of 2\r\n\r\n"
    head = "KENYA-NORWAY JOINT DECLARATION ON BLUE ECONOMY\r\n\r\n"
    text = ("KENYA-NORWAY JOINT DECLARATION ON BLUE ECONOMY\r\n\r\nNairobi, 4 June 2025\r\n\r\n1. FISHERIES\r\n\r\n"
            "Norway will provide NOK 40 million for fisheries cooper-\r\nation in Lamu, and Kenya will open a long-\r\nterm "
            "training centre for fisheries officers and\r\ninspectors in Mombasa by the end of" + page.format(n=1) + head +
            "2026. The two sides will review the programme every two years.\r\n\r\n"
            "2. PORTS\r\n\r\nKenya will upgrade the Lamu port. Norway will support its manage-\r\nment and the Indo-\r\nPacific "
            "route" + page.format(n=2))
    st = S.from_text(text)
    assert st.title == "KENYA-NORWAY JOINT DECLARATION ON BLUE ECONOMY"
    assert [s.heading for s in st.sections] == [None, "FISHERIES", "PORTS"]
    said = [S.one_line(s.text) for s in st.sentences]
    assert said == [
        "Norway will provide NOK 40 million for fisheries cooperation in Lamu, and Kenya will open a long-term training "
        "centre for fisheries officers and inspectors in Mombasa by the end of 2026.",
        "The two sides will review the programme every two years.",
        "Kenya will upgrade the Lamu port.",
        "Norway will support its management and the Indo-Pacific route",
    ]
    assert [r["text"] for _, r in F.counted(F.extract(st)).iterrows()] == ["NOK 40 million", "2026", "two years"]


def test_a_pages_labelled_lines_about_itself_are_not_the_statements_text():
    html = ("<html><body><nav>Home</nav><h1>Ireland and Mongolia sign Memorandum of Understanding</h1>"
            "<p class='meta'>From: Department of Foreign Affairs and Trade<br>Published on: 12 March 2026<br>"
            "Last updated: 13 March 2026</p><p>Ireland and Mongolia today signed a Memorandum of Understanding. From: the "
            "outset, Ireland will train 40 inspectors.</p><h2>Next steps</h2><p>The two sides will meet in 2027.</p></body></html>")
    st = S.from_text(html, fmt="html")
    assert (st.issuer, st.date) == ("Department of Foreign Affairs and Trade", dt.date(2026, 3, 12))
    assert [s.text for s in st.sentences][:2] == ["Ireland and Mongolia today signed a Memorandum of Understanding.",
                                                   "From: the outset, Ireland will train 40 inspectors."]
    assert "2026" not in " ".join(F.extract(st)["text"])  # (neither page date is a figure of the statement)
    # a dateline in the text dates it before the page does; front matter's author is its issuer
    md = ("---\ntitle: Readout of the Secretary's Meeting\nauthor: Office of the Spokesperson\n---\n\n"
          "Posted on: 30 September 2025\n\n*New York, September 23, 2025*\n\nThe Secretary met Foreign Minister Sugiono.\n")
    st = S.from_text(md, fmt="md")
    assert (st.issuer, st.date, st.dateline) == ("Office of the Spokesperson", dt.date(2025, 9, 23), "New York, September 23, 2025")


def test_a_web_pages_list_of_footnotes_is_its_notes():
    html = ("<html><body><h1>Joint Communiqué of the European Union and the African Union</h1><p>Brussels, 14 May 2026</p>"
            "<h2>Investment</h2><ol><li>The EU will mobilise EUR 150 billion by 2030.<sup>1</sup></li><li>Growth reached "
            "3.8 percent.<sup>2</sup></li></ol><ol class=\"footnotes\"><li>African Development Bank, African Economic "
            "Outlook 2025.</li><li>UN Economic Commission for Africa estimate, 2024.</li></ol></body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.heading for s in st.sections] == [None, "Investment", "Notes"]
    assert [st.sentences[st.paragraphs[p].sentences[0]].text for p in st.sections[-1].paragraphs] == [
        "African Development Bank, African Economic Outlook 2025.", "UN Economic Commission for Africa estimate, 2024."]
    assert [st.paragraphs[p].marker for p in st.sections[1].paragraphs] == ["1.", "2."]


def test_a_tables_caption_gives_its_columns_their_unit():
    html = ("<html><body><h1>Joint Communiqué of the European Union and the African Union</h1><p>Brussels, 14 May 2026</p>"
            "<h2>Financing</h2><p>The EU will provide EUR 600 million for peace support.</p><table><caption>Table 1. Indicative "
            "EU financing by programme, 2026–2027 (EUR million)</caption><tr><th>Programme</th><th>2026</th><th>2027</th>"
            "<th>Share (%)</th></tr><tr><td>European Peace Facility</td><td>280</td><td>320</td><td>12</td></tr></table>"
            "</body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.heading for s in st.sections] == [None, "Financing"]
    assert st.sentences[-1].text == "European Peace Facility; EUR 280 million; EUR 320 million; 12%"


def test_a_captioned_plan_table_keeps_its_lead_and_due_columns_and_an_empty_cell_says_nothing():
    html = ("<html><body><h1>Joint Statement of Australia and Indonesia</h1><p>Jakarta, 12 November 2025</p><h2>Deliverables</h2>"
            "<p>The Leaders agreed on deliverables.</p><table><caption>Deliverables (A$ million)</caption><thead><tr>"
            "<th>Deliverable</th><th>Lead</th><th>Amount</th><th>By</th></tr></thead><tbody><tr><td>Launch a Maritime "
            "Cooperation Plan of Action</td><td>Both countries</td><td>-</td><td>June 2026</td></tr><tr><td>Health security "
            "partnership for eastern Indonesia</td><td>Australia</td><td>45</td><td>December 2026</td></tr></tbody></table>"
            "</body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.text for s in st.sentences[-2:]] == [
        "Launch a Maritime Cooperation Plan of Action; lead: Both countries; by June 2026",
        "Health security partnership for eastern Indonesia; A$45 million; lead: Australia; by December 2026"]
    rows = C.extract(st)
    assert rows[["actor", "verb"]].values.tolist()[-2:] == [["both", "launch"], ["Australia", "lead"]]
    assert "numeric target: A$45 million" in rows.catalyst_details.tolist()[-1]


def test_page_furniture_keeps_a_lead_in_the_text_repeats_and_a_signers_title_above_the_last_page_number():
    text = ("MEDIA RELEASE\n\nJoint Statement of Ireland and Mongolia on Agriculture\n\nDublin, 12 March 2026\n\nAgriculture\n\n"
            "Ireland and Mongolia will cooperate on dairy genetics.\nThe two sides agreed to:\n- launch a joint research "
            "programme;\n- exchange veterinary experts.\nPage 1 of 2\n\nJoint Statement of Ireland and Mongolia on Agriculture\n\n"
            "Energy\n\nIreland will provide EUR 5 million for solar power.\nThe two sides agreed to:\n- establish a working "
            "group;\n- hold an energy forum in 2027.\n\nSimon Harris\nMinister for Foreign Affairs\n\nBatmunkh Battsetseg\n"
            "Minister for Foreign Affairs\n                                   Page 2 of 2\n")
    st = S.from_text(text)
    assert st.title == "Joint Statement of Ireland and Mongolia on Agriculture"
    assert st.parties == ["Ireland", "Mongolia"]
    assert [s.heading for s in st.sections] == [None, "Agriculture", "Energy"]
    assert [r["target"] for r in C.extract(st).to_dict("records") if r["verb"] == "agree"] == [
        "launch a joint research programme", "exchange veterinary experts", "establish a working group", "hold an energy forum in 2027"]
    assert [s["title"] for s in st.signatories] == ["Minister for Foreign Affairs", "Minister for Foreign Affairs"]


def test_a_caption_unit_leaves_years_alone_and_a_source_line_is_no_issuer():
    html = ("<html><body><h1>Joint Statement of Ireland and Japan</h1><p>Dublin, 12 March 2026</p><h2>Trade</h2>"
            "<table><caption>Bilateral trade in goods, 2023–2025 (EUR million)</caption><tr><th>Year</th><th>Irish exports</th>"
            "</tr><tr><td>2023</td><td>52</td></tr></table><p>Source: Central Statistics Office</p>"
            "<p>Ireland will open a trade office.</p></body></html>")
    st = S.from_text(html, fmt="html")
    assert "2023; Irish exports: EUR 52 million" in [s.text for s in st.sentences]
    assert F.extract(st)[["text", "about"]].values.tolist()[-1] == ["EUR 52 million", "Irish exports, 2023"]
    assert st.issuer is None  # (a table's source is no issuer)


def test_a_line_in_lower_case_under_a_joint_communique_line_is_the_rest_of_its_title():
    st = S.from_text("JOINT COMMUNIQUÉ\r\n\r\nat the end of the official visit of His Majesty King Mohammed VI to the Republic of "
                     "Senegal\r\n\r\nAt the invitation of President Faye, King Mohammed VI paid an official visit to Senegal.\r\n\r\n"
                     "I. POLITICAL COOPERATION\r\n\r\nThe two Heads of State agreed to meet again.\r\n")
    assert st.title == ("JOINT COMMUNIQUÉ at the end of the official visit of His Majesty King Mohammed VI to the Republic of Senegal")
    assert st.sentences[0].text.startswith("At the invitation") and [s.heading for s in st.sections] == [None, "POLITICAL COOPERATION"]


def test_a_groups_guests_are_no_parties_and_a_title_may_end_on_its_place_and_date():
    st = S.from_text("G7 Leaders' Communiqué\n\nKananaskis, Alberta, 17 June 2025\n\nWe, the Leaders of the Group of Seven (G7), "
                     "met in Kananaskis. We were joined by the leaders of Australia, Brazil, India, Mexico and South Africa.\n\n"
                     "Economy\n\nWe will mobilize US$600 billion.\n")
    assert st.parties == ["G7"]
    st = S.from_text("Press statement following the 25th EU-China Summit, Beijing, 24 July 2025\n\nThe EU and China held "
                     "their summit.\n\nTrade\n\nThe EU raised its concerns.\n")
    assert (st.title, st.dateline, st.date) == ("Press statement following the 25th EU-China Summit", "Beijing, 24 July 2025",
                                                dt.date(2025, 7, 24))
    assert st.parties == ["European Union", "China"]


def test_a_letterhead_in_capitals_above_what_the_text_is_is_no_title():
    st = S.from_text("ECONOMIC COMMUNITY OF WEST AFRICAN STATES\nCOMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST\n\n"
                     "FINAL COMMUNIQUÉ\n\n67th ORDINARY SESSION OF THE ECOWAS AUTHORITY OF HEADS OF STATE AND GOVERNMENT\n\n"
                     "Abuja, Federal Republic of Nigeria, 15 December 2024\n\n1. The Session was held in Abuja.\n\n"
                     "PEACE AND SECURITY\n\n2. The Authority decides to act.\n")
    assert st.title == "FINAL COMMUNIQUÉ: 67th ORDINARY SESSION OF THE ECOWAS AUTHORITY OF HEADS OF STATE AND GOVERNMENT"
    assert (st.date, st.parties) == (dt.date(2024, 12, 15), ["ECOWAS"])
    assert [s.heading for s in st.sections] == [None, "PEACE AND SECURITY"]
    # "JOINT STATEMENT" over the rest of its title is one title, as before
    st = S.from_text("JOINT STATEMENT\nOF THE UNITED STATES AND PERU\n\nLima, 2 May 2025\n\nTrade\n\nThe two sides will act.\n")
    assert st.title == "JOINT STATEMENT OF THE UNITED STATES AND PERU"


def test_what_the_second_review_of_this_change_found_in_statements():
    st = S.from_text("INDIA – FRANCE\n\nJOINT STATEMENT\n\nPrime Minister Modi and President Macron met in Paris on 12 February "
                     "2025. They will act.\n")
    assert st.parties == ["India", "France"]
    st = S.from_text("Quad Leaders' Joint Statement\n\nWilmington, 21 September 2024\n\nWe, the leaders of Australia, India, Japan "
                     "and the United States, met in Wilmington, Delaware, as guests of the United States.\n\nHealth\n\nWe will act.\n")
    assert st.parties == ["Australia", "India", "Japan", "United States"]
    st = S.from_text("Joint Statement of Japan and Chile\n\nTokyo, 2 May 2025\n\nTrade\n\nTrade grew.\n\n| Year | Trade balance "
                     "(US$ billion) | Change (%) |\n|---|---|---|\n| 2023 | -12.4 | -7.6 |\n", fmt="md")
    assert st.sentences[-1].text == "2023; Trade balance: minus US$12.4 billion; Change: -7.6%"


def test_a_hard_wrapped_text_keeps_its_title_and_first_heading_and_reads_as_prose():
    from .test_entities import WRAPPED_CANADA

    st = S.from_text(WRAPPED_CANADA)
    assert st.title == ("Joint Statement by the Prime Minister of Canada and the President of the Republic of Indonesia on a "
                        "Strategic Partnership for Shared Prosperity")
    assert [s.heading for s in st.sections] == [None, "Introduction", "Security and Defence"]
    assert st.sentences[0].text.startswith("At the invitation of His Excellency Prabowo Subianto, President of the Republic")
    assert "\n" not in st.sentences[0].text and "\n" in st.original[st.sentences[0].start:st.sentences[0].end]
    assert len(st.text) == len(st.original)


def test_a_summits_session_line_its_signing_body_and_an_acronym_of_the_body_it_ends_of():
    text = ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES\n\nSIXTY-EIGHTH ORDINARY SESSION OF THE AUTHORITY OF HEADS OF STATE "
            "AND GOVERNMENT\n\nFINAL COMMUNIQUÉ\n\nAbuja, Federal Republic of Nigeria, 14 December 2025\n\nINTRODUCTION\n\n"
            "1. The Sixty-Eighth Ordinary Session of the Authority of Heads of State and Government of the Economic "
            "Community of West African States (ECOWAS) was held in Abuja.\n\n2. ECOWAS will hold its next session in "
            "Freetown.\n\nPEACE AND SECURITY\n\n3. The Authority decides to extend the mission.\n\n4. The Authority "
            "condemns the attacks.\n\nDone at Abuja, this 14th day of December 2025\n\nTHE AUTHORITY\n")
    st = S.from_text(text)
    # (the meeting's line between the body's name and what the text is: the title's, no empty section)
    assert st.title == ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES — SIXTY-EIGHTH ORDINARY SESSION OF THE AUTHORITY OF "
                        "HEADS OF STATE AND GOVERNMENT: FINAL COMMUNIQUÉ")
    assert [s.heading for s in st.sections if s.heading] == ["INTRODUCTION", "PEACE AND SECURITY"]
    # (its signing, "this 14th day of ...", and the body that signs: no sentences of the text)
    assert st.sentences[-1].text == "4. The Authority condemns the attacks."[3:]
    assert st.date == dt.date(2025, 12, 14)
    # (the acronym spells the body the session's name ends "of", and is that body's)
    from communique import entities as E
    df = E.extract(st).set_index("name")
    assert (df.loc["Economic Community of West African States", "acronym"], df.loc["Economic Community of West African States", "mentions"]) == ("ECOWAS", 2)
    # (a numbered sitting of a body is the body, not a name of its own)
    assert "Authority of Heads of State and Government of the Economic Community of West African States" in df.index
    assert not any(n.startswith("Sixty-Eighth") for n in df.index)


def test_a_bold_lead_in_set_off_by_a_dash_heads_its_paragraph():
    st = S.from_text("# Joint Statement of India, Brazil and South Africa\n\nJohannesburg, 22 November 2025\n\n"
                     "**Small and medium enterprises** — The Indian side announced a line of credit of INR 500 crore.\n\n"
                     "**Food security** - India will share its experience.\n", fmt="md")
    assert [s.heading for s in st.sections] == [None, "Small and medium enterprises", "Food security"]
    assert st.sentences[0].text == "The Indian side announced a line of credit of INR 500 crore."


def test_a_group_named_after_a_hyphen_is_a_party_but_not_after_a_prefix():
    st = S.from_text("# Beijing Declaration of the Third Ministerial Meeting of the China-CARICOM Forum\n\nBeijing, 14 May 2025\n\n"
                     "The Ministers met.\n", fmt="md")
    assert st.parties == ["China", "CARICOM"]
    assert S._groups_at("intra-ASEAN trade and non-G7 members") == []
    assert [g for _, g in S._groups_at("the Japan-ASEAN Summit")] == ["ASEAN"]


def test_an_article_and_its_title_are_one_heading_and_a_country_helped_is_no_party():
    st = S.from_text("Joint Declaration between the Government of the Republic of Korea and the Government of the Kingdom of "
                     "Saudi Arabia\n\nRiyadh, 17 November 2025\n\nThe Sides have declared as follows:\n\nArticle 1\nPolitical "
                     "Dialogue\n\n1. The Sides shall hold an annual Strategic Dialogue.\n\nArticle 2\nEnergy\n\n1. The Sides "
                     "shall cooperate on hydrogen.\n")
    assert [s.heading for s in st.sections] == [None, "Article 1: Political Dialogue", "Article 2: Energy"]
    head = st.sections[1]
    assert st.text[head.heading_start:head.heading_end] == "Article 1\nPolitical Dialogue"
    st = S.from_text("# Joint Statement of the Nordic-Baltic Eight Foreign Ministers on Support to Ukraine\n\nVilnius, 14 November "
                     "2025\n\nWe, the Foreign Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and "
                     "Sweden, met in Vilnius today.\n\n## Support\n\nWe will act.\n", fmt="md")
    assert st.parties == ["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"]


def test_what_the_review_of_the_four_shapes_found_in_statements():
    # a one-line title over a line of its own; a list's last item above wrapped prose is no heading
    st = S.from_text("Joint Statement on the Strategic Partnership between Canada and the United States\nMinistry of Foreign "
                     "Affairs of Japan\n\nMarch 3, 2024\n\n" + "The two sides met in Ottawa and agreed to deepen their "
                     "cooperation on trade,\nenergy and security, and to hold a dialogue every year in either capital\n"
                     "city, with officials of both sides meeting before each round of talks.\n" * 3)
    assert st.title == "Joint Statement on the Strategic Partnership between Canada and the United States"
    assert st.parties == ["Canada", "United States"]
    # a group after a hyphen in what a title is about is no party; "Chapter I" over "Article 1" stays apart
    assert S.from_text("Joint Statement by Canada and Mexico on the Canada-Mercosur Negotiations\n\nOttawa, 3 March 2024\n\n"
                       "Trade\n\nThey met.\n").parties == ["Canada", "Mexico"]
    st = S.from_text("Agreement between Japan and Chile\n\nTokyo, 3 March 2024\n\nChapter I\n\nArticle 1\n\nObjectives\n\n"
                     "The Parties shall cooperate.\n\nArticle 2\n\nScope\n\nIt covers trade.\n")
    assert [s.heading for s in st.sections] == [None, "Chapter I", "Article 1: Objectives", "Article 2: Scope"]
    # a dash aside after a bold subject is no lead-in; an em dash without spaces is one
    st = S.from_text("# Joint Statement of India and France\n\nParis, 3 March 2024\n\n**The International Solar Alliance** – "
                     "co-founded by India and France in 2015 – will receive EUR 10 million.\n\n**Clean energy**—France will "
                     "act.\n", fmt="md")
    assert [s.heading for s in st.sections] == [None, "Clean energy"]


def test_the_closing_place_and_date_win_over_the_days_of_a_visit():
    st = S.from_text("Joint Statement between China and Kazakhstan\n\nAt the invitation of President Tokayev, President Xi Jinping "
                     "paid a state visit to Kazakhstan from 2 to 4 July 2025.\n\nI. Politics\n\n1. The two sides agree to act.\n\n"
                     "2. The two sides will meet.\n\nAstana, 3 July 2025\n")
    assert st.date == dt.date(2025, 7, 3)


def test_a_parts_number_alone_over_its_title_and_a_title_over_three_lines_in_lower_case():
    st = S.from_text("JOINT STATEMENT\r\nof the Republic of Kazakhstan and the Republic of Uzbekistan\r\non Deepening of Allied "
                     "Relations\r\n\r\nTashkent, 22 August 2025\r\n\r\nI.\r\n\r\nPOLITICAL COOPERATION\r\n\r\nThe Parties will "
                     "hold annual consultations.\r\n\r\nII.\r\n\r\nTRADE AND ECONOMIC COOPERATION\r\n\r\nThe Parties will raise "
                     "mutual trade.\r\n")
    assert st.title == ("JOINT STATEMENT of the Republic of Kazakhstan and the Republic of Uzbekistan on Deepening of Allied "
                        "Relations")
    assert [(s.number, s.heading) for s in st.sections if s.heading] == [
        ("I", "POLITICAL COOPERATION"), ("II", "TRADE AND ECONOMIC COOPERATION")]
    assert "II." not in " ".join(st.text[p.start:p.end] for p in st.paragraphs)
    # (a number over a last line with nothing under it is text, as is a lower-case line that ends the text)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nThe Parties will meet in:\n\n3.\n\nLIMA\n")
    assert not [s for s in st.sections if s.number == "3"]


def test_a_pdfs_bare_footnote_numbers_and_words_broken_at_a_line_end():
    raw = ("Joint Statement of Indonesia and New Zealand\n\nJakarta, 14 May 2025\n\nTrade\n\nThe Leaders welcomed the entry "
           "into force of the Agreement (AANZFTA)1 and the work of the G7 on trade facili-\ntation. They reaffirmed the Paris "
           "Agreement2, the mid-\nsized firms of COP28 and the sized ones, and the prolif-\neration of trade with a state-\n"
           "owned bank.\n\n______________________\n1 Second Protocol to Amend the Agreement, signed on 21 August\n2023.\n\n"
           "2 Paris Agreement, adopted in Paris on 12 December 2015.\n")
    st = S.from_text(raw)
    assert st.sections[-1].heading == "Notes"
    body = st.text[st.sections[1].start:st.sections[1].end]
    assert "(AANZFTA) " in body and "Agreement , the" in body.replace("   ", " ") and "G7 on" in body and "COP28" in body
    assert "trade facilitation." in body and "mid-\nsized" in body and "proliferation" in body and "state-\nowned" in body
    notes = st.text[st.sections[-1].start:st.sections[-1].end]
    assert "signed on 21 August 2023." in notes and "Paris on 12 December 2015." in notes
    from communique import figures as F

    assert "1" not in F.extract(st).text.tolist()
    # (numbered lines under a rule, with no mark for them in the text, stay as written)
    plain = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nTrade\n\nThe Parties will meet.\n\n"
                        "__________\n1 Lima\n2 Santiago\n")
    assert plain.sections[-1].heading != "Notes" and "1 Lima" in plain.text


def test_a_web_pages_site_name_is_its_issuer_where_the_text_names_none():
    page = ("<html><head><title>Joint Statement of Canada and Japan | Prime Minister of Canada</title>"
            "<meta property=\"og:site_name\" content=\"Prime Minister of Canada\"></head><body><nav>Menu</nav><article>"
            "<h1>Joint Statement of Canada and Japan</h1><p><em>Tokyo, 3 March 2025</em></p><p>Canada and Japan will "
            "expand trade.</p></article></body></html>")
    st = S.from_text(page, fmt="html")
    assert st.issuer == "Prime Minister of Canada" and "Published by" not in st.text
    labelled = page.replace("<p>Canada and Japan", "<p>From: Global Affairs Canada</p><p>Canada and Japan")
    assert S.from_text(labelled, fmt="html").issuer == "Global Affairs Canada"
    # (an office's name after the page title's bar, though the title words it otherwise than the heading)
    page = ("<html><head><title>Joint Communiqué of the 3rd Kenya–Tanzania JPC | Ministry of Foreign and Diaspora Affairs"
            "</title></head><body><main><h1>Joint Communiqué of the Third Session of the Kenya–Tanzania JPC</h1><p>Arusha, 12 "
            "March 2025</p><p>Kenya and Tanzania will open the border post.</p></main></body></html>")
    assert S.from_text(page, fmt="html").issuer == "Ministry of Foreign and Diaspora Affairs"
    assert S.from_text(page.replace("| Ministry of Foreign and Diaspora Affairs", "| Press Releases"), fmt="html").issuer is None


def test_a_web_pages_notes_with_links_back_to_their_marks_are_notes():
    page = ("<html><body><article><h1>Joint Statement by the European Union and Canada</h1><p><em>Brussels, 12 June 2025</em>"
            "</p><h2>Trade</h2><p>Trade reached €124 billion in 2024.<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup> Leaders "
            "will meet.</p><ul><li>Partnership between the European Union and Canada</li></ul><ol class=\"footnotes\">"
            "<li id=\"fn1\">Source: Eurostat and Statistics Canada, 2024 data. <a href=\"#ref1\">↩</a></li></ol></article>"
            "</body></html>")
    st = S.from_text(page, fmt="html")
    assert [s.heading for s in st.sections] == [None, "Trade", "Notes"] and "↩" not in st.text


def test_a_signature_block_in_two_columns_side_by_side():
    raw = ("JOINT COMMUNIQUÉ ISSUED AT THE END OF THE STATE VISIT OF THE PRESIDENT OF NIGERIA TO GHANA\r\n\r\nINTRODUCTION\r\n\r\n"
           "1.\tThe two Presidents held talks in Accra.\r\n\r\nDone at Accra, this 14th day of October, 2025\r\n\r\n"
           "_________________________\t\t\t_________________________\r\nH.E. Bola Ahmed Tinubu, GCFR\t\tH.E. John Dramani Mahama\r\n"
           "President and Commander-in-Chief\tPresident of the Republic of Ghana\r\n"
           "Federal Republic of Nigeria\t\tand Commander-in-Chief of the Armed Forces\r\n")
    st = S.from_text(raw)
    assert [(s["name"], s["country"], s["title"]) for s in st.signatories] == [
        ("Bola Ahmed Tinubu", "Nigeria", "President and Commander-in-Chief"),
        ("John Dramani Mahama", "Ghana", "President of the Republic of Ghana and Commander-in-Chief of the Armed Forces")]
    assert st.date == dt.date(2025, 10, 14) and not any("Mahama" in st.text[s.start:s.end] for s in st.sentences)
    # (the parties' line over the columns, a blank line apart)
    st = S.from_text("AGREED MINUTES OF THE TÜRKİYE-AZERBAIJAN COMMISSION\n\nBaku, 14 November 2024\n\nArticle 1\n\n1.1. The "
                     "Parties agreed to expand trade.\n\nFor the Republic of Türkiye             For the Republic of Azerbaijan\n\n"
                     "Cevdet Yılmaz                           Shahin Mustafayev\nVice President                          Deputy "
                     "Prime Minister\n")
    assert [(s["name"], s["country"], s["title"]) for s in st.signatories] == [
        ("Cevdet Yılmaz", "Türkiye", "Vice President"), ("Shahin Mustafayev", "Azerbaijan", "Deputy Prime Minister")]
    # (two columns of figures closing a text are no signatures)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nTrade\n\nTrade grew.\n\n2023\t\t2024\n10\t\t12\n")
    assert st.signatories == []


def test_the_office_over_a_readouts_date_is_its_issuer_not_its_place():
    st = S.from_text("Readout of Secretary Rubio's Call with Indian External Affairs Minister Jaishankar\n\nOffice of the "
                     "Spokesperson\nMarch 14, 2025\n\nThe Secretary and the Minister discussed trade.\n")
    assert (st.dateline, st.issuer, st.date) == ("March 14, 2025", "Office of the Spokesperson", dt.date(2025, 3, 14))


def test_a_dateline_in_the_hijri_calendar_alone_gives_its_gregorian_date():
    from communique import dates as D

    # (the days the statements of the Gulf give both ways: 21 Jumada al-Awwal 1445 AH "corresponding
    # to 5 December 2023", 29 Jumada al-Awwal 1446 AH to 1 December 2024)
    assert D.hijri_date("21 Jumada al-Awwal 1445 AH") == dt.date(2023, 12, 5)
    assert D.hijri_date("29 Jumada al-Ula 1446 AH") == dt.date(2024, 12, 1)
    assert D.hijri_date("10 Dhul Hijjah 1446 A.H.") == dt.date(2025, 6, 6)
    assert D.hijri_date("1 Muharram 1447 H") == dt.date(2025, 6, 26)
    # (no such day, a year the tables do not reach, a month of no calendar)
    assert [D.hijri_date(s) for s in ("31 Ramadan 1446 AH", "3 Shawwal 1300 AH", "15 Foo 1446 AH")] == [None, None, None]
    st = S.from_text("Joint Statement between the Kingdom of Saudi Arabia and the Arab Republic of Egypt\r\n\r\nRiyadh, 15 "
                     "Ramadan 1446 AH\r\n\r\nInvestment\r\n\r\nThe two sides agreed to expand investment.\r\n")
    assert (st.dateline, st.date) == ("Riyadh, 15 Ramadan 1446 AH", dt.date(2025, 3, 15))
    assert [s.heading for s in st.sections if s.paragraphs] == ["Investment"]  # (the dateline is no paragraph)


def test_a_web_page_whose_title_and_date_sit_in_a_header_above_its_main():
    html = ("<html><head><title>Joint Statement on Carbon Markets | Office of the Governor</title></head><body><nav><ul><li>"
            "<a href='/'>Home</a></li></ul></nav><header class='page-header'><p class='breadcrumb'>Home &rsaquo; Newsroom</p>"
            "<h1>Joint Statement by Governor Newsom and Premier Legault on Carbon Markets</h1><p class='dateline'><time "
            "datetime='2023-03-14'>March 14, 2023</time> &middot; Sacramento, California</p></header><main><article><h2>Carbon "
            "markets</h2><p>California and Québec will link their carbon markets.</p></article></main><footer>© 2023 Office "
            "of the Governor</footer></body></html>")
    st = S.from_text(html, fmt="html")
    assert st.title == "Joint Statement by Governor Newsom and Premier Legault on Carbon Markets"
    assert (st.dateline, st.date) == ("March 14, 2023", dt.date(2023, 3, 14))
    assert [s.heading for s in st.sections if s.paragraphs] == ["Carbon markets"]


def test_a_web_pages_photograph_download_link_glossary_and_spaced_thousands():
    html = ("<html><body><main><article><h1>Joint Communiqué of the African Union – European Union Ministerial Meeting</h1>"
            "<p class='date'>Brussels, 21 May 2025</p><p><a href='/media/c.pdf'>Download PDF (245&nbsp;KB)</a></p><figure>"
            "<img src='m.jpg' alt='Ministers'><figcaption>Ministers at the meeting. © European Union</figcaption></figure>"
            "<h2>Investment</h2><p>The two Unions will mobilise investment.</p><table><thead><tr><th>Initiative</th><th>"
            "Amount (EUR million)</th></tr></thead><tbody><tr><td>Green Hydrogen</td><td>1&nbsp;100</td></tr></tbody></table>"
            "<h2>Glossary</h2><dl><dt>AfCFTA</dt><dd>African Continental Free Trade Area</dd><dt>EPF</dt><dd>European Peace "
            "Facility</dd></dl></article></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.heading for s in st.sections if s.paragraphs] == ["Investment", "Glossary"]
    assert "Download" not in st.text and "Ministers at the meeting" not in st.text
    assert "Green Hydrogen; EUR 1 100 million" in st.text
    assert "AfCFTA: African Continental Free Trade Area" in st.text


def test_terms_each_described_in_one_short_sentence_are_items_and_a_signers_party_before_the_name():
    html = ("<html><body><main><h1>Canada–Mexico Action Plan</h1><p class='date'>Mexico City, Mexico — March 14, 2024</p>"
            "<p>The leaders met in Mexico City.</p><h2>Pillars</h2><dl><dt>Labour Mobility</dt><dd>Expanding safe pathways for "
            "temporary foreign workers.</dd><dt>Security</dt><dd>Countering the trafficking of firearms.</dd></dl>"
            "<h2>Labour Mobility</h2><p>Canada will issue 40,000 work permits.</p><p class='signature'>Signed in Mexico City, "
            "March 14, 2024.<br>For Canada: Mélanie Joly, Minister of Foreign Affairs<br>Por los Estados Unidos Mexicanos: "
            "Alicia Bárcena Ibarra, Secretaria de Relaciones Exteriores</p></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.heading for s in st.sections if s.heading] == ["Pillars", "Labour Mobility"]
    assert "- Labour Mobility: Expanding safe pathways for temporary foreign workers." in st.text
    assert [(s["party"], s["name"], s["title"]) for s in st.signatories] == [
        ("Canada", "Mélanie Joly", "Minister of Foreign Affairs"),
        ("Estados Unidos Mexicanos", "Alicia Bárcena Ibarra", "Secretaria de Relaciones Exteriores")]
    assert "Signed in" not in " ".join(s.text for s in st.sentences)


def test_a_closing_done_in_line_with_no_date_is_no_sentence_of_the_text():
    st = S.from_text("JOINT STATEMENT OF FRANCE AND THE UNITED ARAB EMIRATES\r\n\r\nParis, 14 March 2025\r\n\r\nI. ENERGY\r\n\r\n"
                     "1. France and the UAE will build a solar plant.\r\n\r\n2. The next session will be held in Abu Dhabi.\r\n\r\n"
                     "Done in Paris, in two original copies in the French, Arabic and English languages.\r\n")
    assert [s.text for s in st.sentences][-1] == "The next session will be held in Abu Dhabi."
    assert st.date == dt.date(2025, 3, 14)


def test_a_closing_office_and_date_under_a_done_in_line_are_the_issuer_and_no_text():
    html = ("<html><body><main><h1>Joint Communiqué of Ghana and Côte d'Ivoire</h1><p>Accra, 9 May 2025</p><p>1. The two "
            "Presidents met in Accra.<br>2. Ghana will host the forum.</p><p>3. They agreed to meet again.</p><p>Done in Accra, on "
            "9 May 2025, in English and French, both texts being equally authentic.</p><p>Ministry of Foreign Affairs, Accra<br>"
            "9 May 2025</p></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert st.issuer == "Ministry of Foreign Affairs" and st.sentences[-1].text == "They agreed to meet again."


def test_who_signed_in_the_line_of_its_signing():
    st = S.from_text("Joint Communiqué of the Kenya–Tanzania Joint Permanent Commission\n\nThe Commission met in Arusha.\n\n"
                     "Kenya and Tanzania will open the border post.\n\nThe next session will be held in Nairobi.\n\nSigned at Arusha on "
                     "27 June 2025 by Hon. Musalia Mudavadi for the Republic of Kenya and Hon. Mahmoud Thabit Kombo, Minister for "
                     "Foreign Affairs, for the United Republic of Tanzania.\n")
    assert [(s["name"], s["title"], s["country"]) for s in st.signatories] == [
        ("Musalia Mudavadi", None, "Kenya"), ("Mahmoud Thabit Kombo", "Minister for Foreign Affairs", "Tanzania")]
    assert st.date == dt.date(2025, 6, 27) and st.sentences[-1].text == "The next session will be held in Nairobi."


def test_a_part_with_no_text_of_its_own_heads_its_subsections_names():
    md = ("# Joint Statement of the Nordic-Baltic Eight\n\nVilnius, 29 August 2024\n\n## Support for Ukraine\n\n### Military "
          "assistance\n\nDenmark will give DKK 1.2 billion.\n\n### Reconstruction\n\nThe ministers will meet.\n\n## Energy\n\n"
          "The ministers welcomed the Baltic grid.\n\n### Interconnectors\n\nEstonia will build a cable.\n")
    st = S.from_text(md, fmt="md")
    # (a part with text of its own, "Energy", leaves its subsections' names as they are)
    assert [sec.heading for sec in st.sections if sec.paragraphs] == [
        "Support for Ukraine: Military assistance", "Support for Ukraine: Reconstruction", "Energy", "Interconnectors"]
    # (bold lead-ins under a heading with no text of its own, as a fact sheet writes them)
    md = ("# Joint Communiqué of Kenya and Ethiopia\n\nNairobi, 3 March 2024\n\n## Economic Cooperation\n\n**Infrastructure.** "
          "The leaders agreed to build a road.\n\n**Energy.** Kenya will import power.\n")
    st = S.from_text(md, fmt="md")
    assert [sec.heading for sec in st.sections if sec.paragraphs] == [
        "Economic Cooperation: Infrastructure", "Economic Cooperation: Energy"]


def test_a_site_banner_a_pages_labels_and_a_link_that_is_text_are_read_as_before():
    html = ("<html><body><header><h1>Ministry of Foreign Affairs of Japan</h1></header><main><h2>Joint Statement of Japan and "
            "Kenya</h2><dl><dt>Date</dt><dd>3 March 2024</dd></dl><ul><li><a href='/x'>Share of renewable energy in the power "
            "mix: joint targets</a></li></ul><h3>Trade</h3><p>Japan will invest USD 1 billion.</p></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert (st.title, st.date) == ("Joint Statement of Japan and Kenya", dt.date(2024, 3, 3))
    assert "Share of renewable energy in the power mix" in st.text


def test_the_states_or_provinces_a_heading_or_opening_names_by_their_offices_are_the_parties():
    st = S.from_text("Joint Statement by the Premier of British Columbia and the Governor of Washington State\n\nVictoria, 3 March "
                     "2024\n\nTrade\n\nBritish Columbia will invest CAD 5 million.\n")
    assert st.parties == ["British Columbia", "Washington State"]
    st = S.from_text("Joint Statement on Carbon Markets\n\nSacramento, March 14, 2023\n\nGovernor Gavin Newsom of California and "
                     "Premier François Legault of Québec today issued the following joint statement.\n\nMarkets\n\nCalifornia "
                     "and Québec will link their carbon markets.\n")
    assert st.parties == ["California", "Québec"]
    # (a country's heading keeps its countries: the offices of a state name no party then)
    st = S.from_text("Joint Statement of Mexico and the United States\n\nMexico City, 3 March 2024\n\nBorder\n\nThe Governor of "
                     "Texas and the Governor of Chihuahua met.\n")
    assert st.parties == ["Mexico", "United States"]


def test_five_signers_blocks_each_give_their_signer_and_a_state_by_its_short_name_opens_one():
    blocks = [("the Kingdom of Norway", "Jonas Gahr Støre"), ("the Kingdom of Sweden", "Ulf Kristersson"),
              ("the Kingdom of Denmark", "Mette Frederiksen"), ("the Republic of Finland", "Petteri Orpo"),
              ("Iceland", "Kristrún Frostadóttir")]
    st = S.from_text("Nordic Declaration on Resilience\n\nHelsinki, 28 October 2025\n\nThe Parties shall coordinate their "
                     "positions.\n\nThe Parties shall review this declaration in 2026.\n\nDone at Helsinki on 28 October 2025.\n\n"
                     + "\n\n".join(f"For {party}\n{name}\nPrime Minister" for party, name in blocks) + "\n")
    assert [(s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("Norway", "Jonas Gahr Støre", "Prime Minister"), ("Sweden", "Ulf Kristersson", "Prime Minister"),
        ("Denmark", "Mette Frederiksen", "Prime Minister"), ("Finland", "Petteri Orpo", "Prime Minister"),
        ("Iceland", "Kristrún Frostadóttir", "Prime Minister")]
    assert st.sentences[-1].text == "The Parties shall review this declaration in 2026."


def test_a_place_under_the_date_after_a_blank_line_or_in_a_paragraph_of_its_own_is_the_datelines():
    html = ("<html><body><main><h1>Joint Statement by Canada and Mexico</h1><p class=\"date\">September 18, 2025</p>"
            "<p>Mexico City, Mexico</p><p>Today, the leaders met in Mexico City.</p><h2>Trade</h2>"
            "<table><tr><th>Action</th><th>Lead</th><th>Timeline</th></tr>"
            "<tr><td>Study a power corridor</td><td>Canada</td><td>By December 2026</td></tr>"
            "<tr><td>Create a task force</td><td>Mexico</td><td>Within 60 days</td></tr>"
            "<tr><td>Fund student exchanges</td><td>Canada</td><td>2026-2028</td></tr></table></main></body></html>")
    text = "Joint Statement by Canada and Mexico\n\nSeptember 18, 2025\n\nMexico City, Mexico\n\nToday, the leaders met.\n\nTrade\n\nCanada will trade.\n"
    for st in (S.from_text(html, fmt="html"), S.from_text(text)):
        assert st.dateline == "Mexico City, Mexico, September 18, 2025"
        assert [s.heading for s in st.sections] == [None, "Trade"]
    rows = [p for p in S.from_text(html, fmt="html").text.splitlines() if "; lead: " in p]
    assert [r.rsplit("; ", 1)[1] for r in rows] == ["by December 2026", "within 60 days", "in 2026-2028"]
    # (a heading under a date with its place stays a heading)
    st = S.from_text("G7 Statement\n\nCharlevoix, 14 March 2025\n\nUkraine\n\nWe support Ukraine.\n")
    assert [s.heading for s in st.sections] == [None, "Ukraine"]


def test_a_readout_of_a_call_titled_with_its_date():
    st = S.from_text("PM call with President Lula: 6 May 2025\r\n\r\nPrime Minister Keir Starmer spoke with President Lula of "
                     "Brazil this afternoon. The leaders agreed to deepen cooperation on climate.\r\n")
    assert (st.title, st.date) == ("PM call with President Lula", dt.date(2025, 5, 6))


def test_a_web_pages_title_after_its_heading_names_who_published_it():
    html = ("<html><head><title>Joint Statement by Canada and Mexico - Prime Minister of Canada</title></head><body><main>"
            "<h1>Joint Statement by Canada and Mexico</h1><p>September 18, 2025</p><p>The leaders met in Ottawa.</p>"
            "</main></body></html>")
    st = S.from_text(html, fmt="html")
    assert st.issuer == "Prime Minister of Canada"
    assert all("Published by" not in s.text for s in st.sentences)
    other = html.replace(" - Prime Minister of Canada", " | Canada.ca").replace("<h1>Joint Statement by Canada and Mexico</h1>", "<h1>News</h1>")
    assert S.from_text(other, fmt="html").issuer is None


def test_a_list_of_participants_is_an_annex_one_line_each_and_the_chair_signs_after_it():
    text = ("CHAIR'S STATEMENT\nSpecial Leaders' Retreat of the Pacific Islands Forum\nNuku'alofa, Kingdom of Tonga, 21 November "
            "2025\n\n1. The Retreat was chaired by the Hon. Dr Aisake Valu Eke, Prime Minister of Tonga.\n\n2. Leaders agreed to "
            "act on climate change.\n\nList of Participants\n\nHon. Anthony Albanese MP, Prime Minister of Australia\n"
            "H.E. Dr Hilda Heine, President of the Republic of the Marshall Islands\nRt Hon. Christopher Luxon, Prime Minister "
            "of New Zealand\n\nSigned:\n\nHon. Dr Aisake Valu Eke\nPrime Minister of the Kingdom of Tonga\n")
    st = S.from_text(text)
    assert [s.heading for s in st.sections] == [None, "List of Participants"]
    assert [s["name"] for s in st.signatories] == ["Dr Aisake Valu Eke"]
    listed = [s.text for s in st.sentences if s.section == 1]
    assert listed[1] == "H.E. Dr Hilda Heine, President of the Republic of the Marshall Islands" and len(listed) == 3
    from communique import entities as E
    people = E.extract(st).query("type == 'person'")
    assert people.set_index("name").loc["Hilda Heine", "mentions"] == 1


def test_a_heading_of_two_words_under_the_date_is_no_place():
    for head in ("Trade, Investment", "Peace, Security"):
        st = S.from_text(f"Joint Statement of Canada and Mexico\n\nSeptember 18, 2025\n\n{head}\n\nThe leaders agreed to trade "
                         "more.\n\nEnergy\n\nCanada will act.\n")
        assert ([s.heading for s in st.sections], st.dateline) == ([None, head, "Energy"], "September 18, 2025")


def test_two_countries_under_the_date_are_a_heading_and_a_line_opening_on_participants_heads_nothing():
    st = S.from_text("Joint Statement of Canada and Mexico\n\n14 March 2025\n\nUkraine, Russia\n\nThe leaders agreed to trade "
                     "more.\n\nEnergy\n\nCanada will act.\n")
    assert ([s.heading for s in st.sections], st.dateline) == ([None, "Ukraine, Russia", "Energy"], "14 March 2025")
    st = S.from_text("Joint Declaration of Kenya and Japan\n\nNairobi, 3 May 2025\n\nThe two countries agreed to deepen trade "
                     "and\nParticipants from both countries signed five memoranda of understanding\nin the presence of the "
                     "leaders.\n\nFor the Republic of Kenya\nWilliam Ruto\nPresident\n\nFor Japan\nShigeru Ishiba\nPrime Minister\n")
    assert [s["name"] for s in st.signatories] == ["William Ruto", "Shigeru Ishiba"]
    html = ("<html><head><title>Joint Statement by Kenya and Japan - Press Releases</title></head><body><main>"
            "<h1>Joint Statement by Kenya and Japan</h1><p>3 May 2025</p><p>The leaders met.</p></main></body></html>")
    assert S.from_text(html, fmt="html").issuer is None


WEB_PAGE = """Skip to main content
Skip to "About government"
Language selection
Français
Government of Canada
Search Canada.ca
Menu
Canada.ca
Global Affairs Canada
News
Joint statement by Canada and the Republic of the Philippines on the Enhanced Comprehensive Partnership
From: Global Affairs Canada
Statement
February 2, 2026 - Ottawa, Ontario - Global Affairs Canada
The ministers of Canada and the Philippines met in Ottawa today.
Canada will provide $20 million for coastal adaptation in Mindanao.
- 30 -
Contacts
Media Relations Office
Global Affairs Canada
343-203-7700
media@international.gc.ca
Follow us on Twitter: @CanadaFP
Share this page
Date modified:
2026-02-03
About this site
Privacy
Top of page
"""


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_web_page_copied_as_text_loses_its_navigation_and_its_footer(gap):
    st = S.from_text(WEB_PAGE.replace("\n", gap))
    assert st.title == "Joint statement by Canada and the Republic of the Philippines on the Enhanced Comprehensive Partnership"
    assert (st.date, st.parties, st.issuer) == (dt.date(2026, 2, 2), ["Canada", "Philippines"], "Global Affairs Canada")
    assert st.dateline == "February 2, 2026 - Ottawa, Ontario - Global Affairs Canada"
    assert [s.text for s in st.sentences] == ["The ministers of Canada and the Philippines met in Ottawa today.",
                                              "Canada will provide $20 million for coastal adaptation in Mindanao."]
    assert [sec.heading for sec in st.sections] == [None]


def test_a_title_that_opens_as_a_page_s_search_box_stays():
    st = S.from_text("Search and Rescue Cooperation between Canada and Chile\n\nOttawa, 4 March 2026\n\n"
                     "Canada and Chile will hold a joint search and rescue exercise in 2027.\n")
    assert st.title == "Search and Rescue Cooperation between Canada and Chile"
    assert len(st.sentences) == 1


def test_page_labels_and_end_marks_cut_nothing_of_the_statement_itself():
    body = "The ministers agreed to strengthen cooperation on border security and to meet again in 2027.\n"
    # a title above "From:" with no navigation above it stays, and so does a title of several lines
    st = S.from_text("Canada-Mexico Joint Statement\nMarch 4, 2026\nFrom: Global Affairs Canada\n" + body)
    assert (st.title, st.parties) == ("Canada-Mexico Joint Statement", ["Canada", "Mexico"])
    st = S.from_text("Joint Statement / Déclaration conjointe / Declaración conjunta\n\nCanada and Mexico\n\nOttawa, 4 March "
                     "2026\n\n" + body)
    assert st.title.startswith("Joint Statement / Déclaration conjointe")
    # an annex after "###" or "Ends", and a plan after "Back to top", are the statement's
    for mark in ("###", "Ends"):
        st = S.from_text("# Joint Statement by Canada and Mexico\n\nOttawa, 4 March 2026\n\n" + body + "\n" + mark +
                         "\n\n## Annex: Joint Action Plan\n\n1. Canada will provide $5 million for port security.\n\n"
                         "2. Both sides will meet in 2027.\n", fmt="md")
        assert st.text.rstrip().endswith("2. Both sides will meet in 2027.")
    st = S.from_text("Joint Statement by Canada and Mexico\n\nOttawa, 4 March 2026\n\n" + body + "\nBack to top\n\nJoint Action "
                     "Plan\n\nMexico will train 200 customs officers by 2027.\n\nBack to top\n")
    assert st.sentences[-1].text == "Mexico will train 200 customs officers by 2027."


def test_an_initialism_before_a_possessive_name_ends_no_sentence():
    st = S.from_text("Joint Statement of Japan, the Philippines and the United States\n\nWashington, 4 March 2026\n\nToday we met at "
                     "the second Japan-Philippines-U.S. Leaders' Summit. We met in the U.S. The leaders agreed.\n")
    assert [st.text[s.start:s.end] for s in st.sentences] == [
        "Today we met at the second Japan-Philippines-U.S. Leaders' Summit.", "We met in the U.S.", "The leaders agreed."]


def test_a_bold_label_under_a_markdown_heading_is_its_subsection():
    md = ("# EU–Brazil Summit Declaration\n\nBrasília, 14 July 2026\n\n### Trade and Investment\n\n**Trade.** The leaders welcomed "
          "the Agreement.\n\n**Investment.** The EU announced EUR 2 billion.\n\n### Climate\n\n**Amazon.** Brazil reaffirmed its "
          "commitment to end illegal deforestation by 2030.\n")
    st = S.from_text(md, fmt="md")
    assert [s.heading for s in st.sections if s.paragraphs] == [
        "Trade and Investment: Trade", "Trade and Investment: Investment", "Climate: Amazon"]
    # (and one after text of the heading's own is named alike, not as a part of its own)
    md = ("# Canada–Mexico Action Plan\n\nOttawa, 18 September 2025\n\n## Trade and Investment\n\nThe leaders met.\n\n"
          "**Supply chains.** The leaders agreed to strengthen supply chains.\n\n## Energy and Climate\n\n**Clean energy.** "
          "Canada will provide C$12 million.\n")
    st = S.from_text(md, fmt="md")
    assert [s.heading for s in st.sections if s.paragraphs] == [
        "Trade and Investment", "Trade and Investment: Supply chains", "Energy and Climate: Clean energy"]


GERMANY_NIGERIA_WRAPPED = """Joint Declaration of Intent between the Government of the Federal
Republic of Germany and the Government of the Federal Republic of
Nigeria on Cooperation in Renewable Energy and Green Hydrogen

Abuja, 14 March 2026

1. The Government of the Federal Republic of Germany and the Government
of the Federal Republic of Nigeria, hereinafter referred to as "the
Participants", share the goal of expanding access to clean, reliable
and affordable electricity for all Nigerians by the end of 2030.

2. The Participants intend to establish a Nigerian-German Energy
Partnership Working Group, which will meet at least twice a year and
report to the ministers by the end of
  2026 on progress made.

3. Germany will provide up to EUR 250 million in grants and concessional
loans through KfW Development Bank for solar mini-grids in rural
communities, subject to approval by the German Bundestag.
"""


def test_a_title_hard_wrapped_over_three_lines_is_one_title():
    st = S.from_text(GERMANY_NIGERIA_WRAPPED)
    assert st.title == ("Joint Declaration of Intent between the Government of the Federal Republic of Germany and the "
                        "Government of the Federal Republic of Nigeria on Cooperation in Renewable Energy and Green Hydrogen")
    assert st.parties == ["Germany", "Nigeria"]
    assert st.date == dt.date(2026, 3, 14)
    assert st.sentences[0].text.startswith("The Government of the Federal Republic of Germany and the Government of")
    # (in two lines, cut after "the Federal": the name goes on; a ministry's line under a title does not)
    two = GERMANY_NIGERIA_WRAPPED.replace(
        "Republic of Germany and the Government of the Federal Republic of\nNigeria on Cooperation in Renewable Energy and Green Hydrogen",
        "Republic of Germany and Nigeria on Green Hydrogen")
    assert S.from_text(two).title == ("Joint Declaration of Intent between the Government of the Federal Republic of Germany "
                                      "and Nigeria on Green Hydrogen")
    lone = GERMANY_NIGERIA_WRAPPED.replace(
        "Joint Declaration of Intent between the Government of the Federal\nRepublic of Germany and the Government of the Federal Republic of\n"
        "Nigeria on Cooperation in Renewable Energy and Green Hydrogen",
        "Joint Declaration of Intent on Energy between Germany and the Nigerians\nFederal Ministry for Economic Affairs")
    assert S.from_text(lone).title == "Joint Declaration of Intent on Energy between Germany and the Nigerians"


def test_a_position_read_out_of_a_hard_wrapped_text_keeps_no_line_break():
    df = C.extract(S.from_text(GERMANY_NIGERIA_WRAPPED))
    wg = df[df["verb"] == "intend"].iloc[0]
    assert wg["target"] == ("establish a Nigerian-German Energy Partnership Working Group, which will meet at least twice a "
                            "year and report to the ministers by the end of 2026 on progress made")
    assert "\n" in wg["text"]  # (the clause as written keeps its lines)
    # (a word broken after its hyphen is one word again: "mid-⏎2026" is "mid-2026", not "mid- 2026")
    df = C.extract(S.from_text(GERMANY_NIGERIA_WRAPPED.replace("by the end of\n  2026", "by mid-\n2026")))
    assert "report to the ministers by mid-2026 on progress made" in df[df["verb"] == "intend"].iloc[0]["target"]
    kfw = df[df["actor"] == "Germany"].iloc[0]
    assert kfw["condition"] == "subject to approval by the German Bundestag"
    assert kfw["target"].startswith("provide up to EUR 250 million in grants and concessional loans through KfW")


def test_the_group_of_77_and_china_is_one_party_and_a_call_is_of_the_two_leaders_it_names():
    st = S.from_text("Ministerial Declaration of the Group of 77 and China\n\nNew York, 25 September 2026\n\n1. The Ministers for "
                     "Foreign Affairs of the Member States of the Group of 77 and China met in New York under the chairmanship "
                     "of Senegal.\n\n2. The Ministers decided to convene the next ministerial meeting in 2027.\n")
    assert st.parties == ["Group of 77"]
    fig = F.extract(st)
    assert fig[fig.text == "77"].in_name.tolist() == [True]  # (a group's name, no figure)
    st = S.from_text("Readout: Call between President Lula and President Ramaphosa\n\n4 February 2026\n\nPresident Lula da "
                     "Silva and President Ramaphosa spoke by telephone today about the transfer of the G20 presidency to the "
                     "United States. They discussed trade between Brazil and South Africa.\n\nThe leaders agreed that their "
                     "foreign ministers will meet in March.\n")
    assert st.parties == ["Brazil", "South Africa"]


def test_a_hard_wrapped_numbered_list_under_its_lead_in_is_a_list_not_headings():
    text = ("Joint Statement on the Official Visit of the President of Kenya to Poland\n\nWarsaw, 22 April 2026\n\n"
            "We, the President of Kenya and the President of Poland, met in Warsaw and agreed to deepen our\n"
            "partnership in trade, energy and education over the coming years.\n\n"
            "In the presence of the two leaders, the following Memoranda of\nUnderstanding were signed:\n\n"
            "1. Memorandum of Understanding on Cooperation in Agriculture and Food\n"
            "Security between the Ministry of Agriculture and Livestock\nDevelopment of Kenya and the Ministry of Agriculture and Rural\n"
            "Development of Poland;\n"
            "2. Memorandum of Understanding on Cooperation in the Field of\nGeothermal Energy between the Kenya Electricity Generating Company\n"
            "(KenGen) and the Polish Geological Institute;\n"
            "3. Agreement on the Avoidance of Double Taxation, which will enter\ninto force subject to ratification by both Parliaments.\n\n"
            "We welcomed the launch of direct flights between Nairobi and Warsaw\nby LOT Polish Airlines from June 2026.\n")
    st = S.from_text(text)
    assert [s.heading for s in st.sections] == [None]
    df = C.extract(st)
    signed = df[df.verb == "sign"]
    assert [t.split(" between")[0].split(",")[0] for t in signed.target] == [
        "Memorandum of Understanding on Cooperation in Agriculture and Food Security",
        "Memorandum of Understanding on Cooperation in the Field of Geothermal Energy",
        "Agreement on the Avoidance of Double Taxation"]
    assert signed.conditional.tolist() == [False, False, True]
    # (a numbered line alone over its text is a heading still)
    st = S.from_text(text.replace("1. Memorandum of Understanding on Cooperation in Agriculture and Food\nSecurity",
                                  "1. Agriculture\n\nA Memorandum of Understanding on Food\nSecurity"))
    assert "Agriculture" in [s.heading for s in st.sections]


def test_a_peace_and_security_council_communique_is_the_african_unions():
    st = S.from_text("PEACE AND SECURITY COUNCIL\n1234TH MEETING\n\nAddis Ababa, 12 February 2026\n\nAdopted at its 1234th meeting "
                     "held on 12 February 2026, on the situation in the Eastern Democratic Republic of Congo (DRC),\n\nTaking note "
                     "of the opening remarks by the Permanent Representative of Ghana and the statements by the representatives "
                     "of the DRC and the Republic of Rwanda;\n\n1. Decides to establish a joint ceasefire monitoring mechanism;\n")
    assert st.parties == ["African Union"]


def test_a_place_in_capitals_over_its_date_is_the_dateline_not_a_heading():
    st = S.from_text("PEACE AND SECURITY COUNCIL\n1234TH MEETING\nADDIS ABABA, ETHIOPIA\n12 FEBRUARY 2026\n\nThe Peace and Security "
                     "Council of the African Union,\n\n1. Decides to establish a joint ceasefire monitoring mechanism;\n\n"
                     "2. Requests the Chairperson of the Commission to report within 60 days.\n")
    assert st.dateline == "ADDIS ABABA, ETHIOPIA, 12 FEBRUARY 2026"
    assert "ADDIS ABABA, ETHIOPIA" not in [s.heading for s in st.sections]
    assert st.date == dt.date(2026, 2, 12)


def test_an_office_line_and_a_readout_label_over_a_title_wrapped_after_a_role_are_not_the_title():
    st = S.from_text("PRIME MINISTER'S OFFICE\n\nREADOUT\n\nPrime Minister Narendra Modi's telephone conversation with President\n"
                     "Luiz Inácio Lula da Silva of Brazil\n\nNew Delhi, 9 March 2026\n\nPrime Minister Shri Narendra Modi spoke "
                     "today with President Luiz Inácio\nLula da Silva of the Federative Republic of Brazil. The two leaders "
                     "exchanged\ngreetings and reviewed the wide-ranging Strategic Partnership between the\ntwo countries. "
                     "They agreed to expand trade in pharmaceuticals and to meet\nagain in 2027.\n")
    assert st.title == "Prime Minister Narendra Modi's telephone conversation with President Luiz Inácio Lula da Silva of Brazil"
    assert st.issuer == "Prime Minister's Office"
    assert [s.heading for s in st.sections] == [None]
    assert st.sentences[0].text.startswith("Prime Minister Shri Narendra Modi spoke")


def test_a_document_symbol_and_a_bare_communique_line_over_the_title_are_labels():
    st = S.from_text("KE-DE/BNC/2026/1\nCOMMUNIQUÉ\n\nJoint Communiqué of the Germany–Kenya Binational Commission\n\n1. The "
                     "third session of the Binational Commission was held in Nairobi on 23 and 24 March 2026.\n\n2. Germany "
                     "will provide EUR 120 million in concessional loans for geothermal power.\n")
    assert st.title == "Joint Communiqué of the Germany–Kenya Binational Commission"
    assert [s.heading for s in st.sections] == [None]
    assert len(st.sections[0].paragraphs) == 2


def test_a_forums_members_include_its_chair_and_one_represented_by_another_office():
    st = S.from_text("JOINT COMMUNIQUE OF THE 55TH PACIFIC ISLANDS FORUM LEADERS MEETING\r\n\r\nHONIARA, 27 May 2026\r\n\r\n"
                     "INTRODUCTION\r\n\r\nThe Fifty-Fifth Pacific Islands Forum Leaders Meeting was held in Honiara, Solomon "
                     "Islands, from 25 to 27 May 2026, and was chaired by the Prime Minister of Solomon Islands. The meeting "
                     "was attended by Heads of State and Government of Australia, Fiji, Samoa, Tonga and Vanuatu. The "
                     "Federated States of Micronesia was represented by its Vice President.\r\n\r\nCLIMATE\r\n\r\nLeaders "
                     "agreed to expand the Pacific Resilience Facility.\r\n")
    assert st.parties == ["Australia", "Fiji", "Samoa", "Tonga", "Vanuatu", "Solomon Islands", "Micronesia"]


def test_the_publisher_line_a_pages_reading_writes_is_not_quoted_as_a_line_the_text_left_out():
    page = ("<html><head><title>Joint Statement of Japan and the Philippines | Ministry of Foreign Affairs of Japan</title></head>"
            "<body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><main><h1>Joint Statement of Japan and the Philippines"
            "</h1><p>Manila, 3 March 2026</p><h2>Maritime Cooperation</h2><p>Japan will provide five patrol vessels to the "
            "Philippines.</p><p>The Ministers agreed to meet in Tokyo in 2027.</p></main><footer><p>&copy; 2026 Ministry of "
            "Foreign Affairs of Japan</p><ul><li><a href=\"/privacy\">Privacy Policy</a></li><li>Share this page</li></ul>"
            "</footer></body></html>")
    st = S.from_text(page, fmt="html")
    assert st.issuer == "Ministry of Foreign Affairs of Japan"
    assert not any(t.startswith("Published by") for t in st.back_matter)


def test_a_summit_of_two_groups_is_made_by_the_states_its_opening_lists():
    st = S.from_text("# Leaders' Declaration\n\n## Second Summit of the Gulf Cooperation Council and Central Asia\n\nRiyadh, 30 May "
                     "2026\n\nWe, the Leaders of the Kingdom of Saudi Arabia, the State of Qatar, the Republic of Kazakhstan and the "
                     "Republic of Uzbekistan, met in Riyadh for the second GCC–Central Asia Summit.\n\n## Economy\n\nWe decide to "
                     "launch a joint investment platform.\n", fmt="md")
    assert st.parties == ["Saudi Arabia", "Qatar", "Kazakhstan", "Uzbekistan"]
    # (the two groups' states in two lists, the first's group named between them)
    st = S.from_text("# Joint Statement of the Second Summit of the Gulf Cooperation Council and the Central Asian States\n\n"
                     "Samarkand, 30 May 2026\n\nWe, the leaders of the Kingdom of Bahrain, the State of Qatar and the United Arab "
                     "Emirates, Member States of the Gulf Cooperation Council (GCC), and the leaders of the Republic of "
                     "Kazakhstan, the Kyrgyz Republic and Turkmenistan, met in Samarkand.\n\n## Economy\n\nWe decide to launch "
                     "a joint investment platform.\n", fmt="md")
    assert st.parties == ["Bahrain", "Qatar", "United Arab Emirates", "Kazakhstan", "Kyrgyzstan", "Turkmenistan"]


def test_a_readouts_office_line_is_its_issuer_and_the_secretary_is_the_secretary_of_state():
    from communique import commitments as C

    st = S.from_text("# Secretary Rubio's Meeting with Philippine Foreign Secretary Lazaro and Japanese Foreign Minister Iwaya\n\n"
                     "*Readout — Office of the Spokesperson*\n\n*July 11, 2025*\n\nSecretary of State Marco Rubio met with Foreign "
                     "Secretary Ma. Theresa Lazaro of the Philippines and Foreign Minister Takeshi Iwaya of Japan today in Kuala "
                     "Lumpur. The Secretary underscored the ironclad commitment of the United States to the Philippines.\n", fmt="md")
    assert st.issuer == "Office of the Spokesperson" and st.sentences[0].text.startswith("Secretary of State Marco Rubio")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["United States", "underscore"]]


def test_a_plain_text_title_and_headings_underlined_with_rules():
    st = S.from_text("UK-FRANCE SUMMIT DECLARATION\r\n===========================\r\n\r\nLondon, 10 July 2026\r\n\r\nThe "
                     "Prime Minister and the President met in London.\r\n\r\nDefence and Security\r\n--------------------\r\n\r\n"
                     "The UK and France will deepen cooperation.\r\n\r\nMIGRATION\r\n~~~~~~~~~\r\n\r\nThe two countries will "
                     "share data.\r\n")
    assert st.title == "UK-FRANCE SUMMIT DECLARATION" and st.date.isoformat() == "2026-07-10"
    assert [s.heading for s in st.sections if s.heading] == ["Defence and Security", "MIGRATION"]
    assert "===" not in st.text and "---" not in st.text and "~~~" not in st.text


def test_a_signed_in_line_over_signers_each_with_a_title_on_one_line_is_the_signature_block():
    st = S.from_text("<html><body><article><h1>Joint Statement of Indonesia and Australia</h1><p>Jakarta, 15 May 2025</p>"
                     "<p><strong>Trade</strong></p><p>The leaders agreed to make full use of IA-CEPA.</p><p>Signed in Jakarta on "
                     "15 May 2025</p><p>Prabowo Subianto, President of the Republic of Indonesia</p><p>Anthony Albanese, Prime "
                     "Minister of Australia</p></article></body></html>", fmt="html")
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Prabowo Subianto", "Indonesia"), ("Anthony Albanese", "Australia")]
    assert [s.text for s in st.sentences][-1] == "The leaders agreed to make full use of IA-CEPA."


def test_a_plans_timeline_cell_naming_a_part_of_a_year_reads_in_that_part():
    st = S.from_text("<html><body><h1>Joint Declaration of the Japan–China–Republic of Korea Trilateral Summit</h1><p>Seoul, 27 "
                     "May 2026</p><h2>Deliverables</h2><p>The three leaders agreed on the following deliverables.</p><table><tr>"
                     "<th>Deliverable</th><th>Lead</th><th>Timeline</th></tr><tr><td>Host the first Trilateral Forum on Silver "
                     "Economy</td><td>Japan</td><td>Second half of 2026</td></tr></table></body></html>", fmt="html")
    assert "Host the first Trilateral Forum on Silver Economy; lead: Japan; in the second half of 2026" in st.text


def test_a_wire_dateline_opening_the_first_paragraph_is_no_words_of_the_statement():
    st = S.from_text("Joint Statement on the Sixth United States-Philippines 2+2 Ministerial Dialogue\n\nWASHINGTON, April 11, "
                     "2026 — Secretary of State Marco Rubio hosted Secretary Maria Theresa Lazaro in Washington on April 10-11, "
                     "2026. The Secretaries will meet again in Manila in 2027.\n")
    assert st.date == dt.date(2026, 4, 11) and st.dateline == "Washington, April 11, 2026"
    assert st.sentences[0].text.startswith("Secretary of State Marco Rubio hosted")
    assert F.extract(st).text.tolist() == ["April 10-11, 2026", "2027"]
    # (words of time before a date and a dash are the sentence's own)
    st = S.from_text("Joint Statement\n\nThe two ministers met on 4 June 2024 — and agreed to meet again in 2025.\n")
    assert st.sentences[0].text.startswith("The two ministers met on 4 June 2024")


@pytest.mark.parametrize("text, fmt", [
    ("# Joint Statement of Kenya and the Republic of Korea\n\nNairobi, 3 March 2026\n\n## Deliverables\n\nThe two sides "
     "announced the following deliverables:\n\n- **Agriculture.** Korea will build three farms by 2028.\n- **Health.** Korea "
     "will provide US$30 million to Taifa Care.\n", "md"),
    ("<html><body><h1>Joint Statement of Kenya and the Republic of Korea</h1><p>Nairobi, 3 March 2026</p><h2>Deliverables</h2>"
     "<p>The two sides announced the following deliverables:</p><ul><li><strong>Agriculture.</strong> Korea will build three "
     "farms by 2028.</li><li><b>Health.</b> Korea will provide US$30 million to Taifa Care.</li></ul></body></html>", "html"),
])
def test_a_list_items_bold_label_with_a_stop_labels_the_item_and_is_no_sentence(text, fmt):
    st = S.from_text(text, fmt=fmt)
    assert [s.text for s in st.sentences] == ["The two sides announced the following deliverables:",
                                              "Agriculture: Korea will build three farms by 2028.",
                                              "Health: Korea will provide US$30 million to Taifa Care."]
    # (the lead-in points to the items, each a position of its own, and is none itself)
    assert C.extract(st).target.tolist() == ["build three farms by 2028", "provide US$30 million to Taifa Care"]


def test_records_of_keys_and_values_one_to_a_line_read_as_a_tables_rows():
    st = S.from_text("JAPAN-VIET NAM JOINT STATEMENT\r\n\r\nHanoi, 12 May 2026\r\n\r\nII. ECONOMY\r\n\r\n6. The two sides agreed on the "
                     "following priority projects:\r\n\r\nProject: Ho Chi Minh City Urban Railway Line 2; Amount: JPY 71.2 billion; "
                     "Completion: 2030\r\nProject: Mekong Delta Climate Resilience Programme; Amount: ¥15.5 billion; Completion: "
                     "March 2028\r\n\r\nNote: the amounts are indicative; Source: JICA.\r\n")
    assert [s.text for s in st.sentences][1:3] == ["Ho Chi Minh City Urban Railway Line 2; JPY 71.2 billion; by 2030",
                                                   "Mekong Delta Climate Resilience Programme; ¥15.5 billion; by March 2028"]
    df = C.extract(st)
    assert [(r.actor, r.verb, r.catalysts) for r in df.itertuples()] == [
        ("both", "agree", ["numeric target", "timeline", "named institution"]),
        ("both", "agree", ["numeric target", "timeline", "named institution"])]
    figs = F.extract(st)
    assert figs[figs.kind == "money"].about.tolist() == ["Ho Chi Minh City Urban Railway Line 2", "Mekong Delta Climate Resilience Programme"]


def test_a_plural_subject_and_a_colon_over_a_list_of_acts_is_no_heading():
    st = S.from_text("# Korea-Australia 2+2 Joint Statement\n\n*Canberra, 12 September 2026*\n\n## Defence\n\nMinisters:\n\n- **Welcomed** "
                     "the delivery of 30 vehicles.\n- **Agreed** to hold an exercise in 2027.\n\n## Economy\n\nForeign Ministers:\n\n"
                     "- **Welcomed** the investment.\n\nTrade:\n\n- Exports grew.\n", fmt="md")
    assert [s.heading for s in st.sections if s.heading] == ["Defence", "Economy", "Trade"]  # (a topic's label still heads)
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "welcome"], ["both", "agree"], ["both", "welcome"]]


def test_signers_blocks_closed_by_their_party_under_a_signed_label():
    st = S.from_text("JOINT COMMUNIQUE OF NIGERIA AND GHANA\n\nAbuja, 14 October 2026\n\nI. TRADE\n\n1. The two sides will meet in 2027.\n\n"
                     "Done in Abuja this 14th day of October 2026, in two original copies in the English language.\n\nSigned:\n"
                     "Ambassador Yusuf Maitama Tuggar\nMinister of Foreign Affairs\nFor the Federal Republic of Nigeria\n\nSigned:\n"
                     "Hon. Samuel Okudzeto Ablakwa\nMinister for Foreign Affairs\nFor the Republic of Ghana\n")
    assert [(s["name"], s["country"], s["title"]) for s in st.signatories] == [
        ("Yusuf Maitama Tuggar", "Nigeria", "Minister of Foreign Affairs"), ("Samuel Okudzeto Ablakwa", "Ghana", "Minister for Foreign Affairs")]
    assert not any("Tuggar" in s.text for s in st.sentences)


def test_a_markdown_subtitle_an_issuer_in_italics_and_a_state_by_its_long_name_under_for():
    st = S.from_text(
        "# Joint Statement between the People's Republic of China and the Independent State of Samoa\n\n"
        "## Commemorating the 50th Anniversary of Diplomatic Relations\n\n"
        "*Issued by the Ministry of Foreign Affairs of the People's Republic of China*\n\n"
        "Beijing, 9 November 2025\n\n## Development Cooperation\n\n"
        "Commitment 1. China will build a new hospital in Apia by 2028.\n\n"
        "Commitment 2. Samoa will provide land for the project.\n\n"
        "For the People's Republic of China\n\nPresident of the People's Republic of China\nXi Jinping\n\n"
        "For the Independent State of Samoa\n\nPrime Minister of the Independent State of Samoa\nLa'auli Leuatea Schmidt\n")
    assert st.title == ("Joint Statement between the People's Republic of China and the Independent State of Samoa: "
                        "Commemorating the 50th Anniversary of Diplomatic Relations")
    assert st.issuer == "Ministry of Foreign Affairs of the People's Republic of China"
    assert [s["heading"] for s in st.outline()["sections"] if s["paragraphs"]] == ["Development Cooperation"]
    assert [(p.marker, st.sentences[p.sentences[0]].text) for p in st.paragraphs] == [
        ("Commitment 1.", "China will build a new hospital in Apia by 2028."),
        ("Commitment 2.", "Samoa will provide land for the project."),
    ]
    assert [(s["country"], s["name"], s["title"]) for s in st.signatories] == [
        ("China", "Xi Jinping", "President of the People's Republic of China"),
        ("Samoa", "La'auli Leuatea Schmidt", "Prime Minister of the Independent State of Samoa"),
    ]
    # a sentence that opens on "Issued by" is prose, and stays
    st = S.from_text("Joint Statement of Japan and Kenya\n\nTokyo, 3 March 2026\n\nTrade\n\n"
                     "Issued by the two Ministers, the plan sets out twelve actions.\n")
    assert st.issuer is None and len(st.sentences) == 1


def test_a_word_broken_at_a_lines_end_into_two_fragments_is_one_word_and_a_compound_keeps_its_hyphen():
    st = S.from_text("Joint Press Statement of Turkiye and Egypt\n\nAnkara, 4 September 2024\n\nTrade\n\nThey agreed to raise "
                     "trade and instruc-\nted their ministers to main-\ntain regular consultations between the two coun-\ntries, "
                     "to pursue long-\nterm and decision-\nmaking cooperation for well-\nbeing, and to transfer six Abukuma-\n"
                     "class vessels.\n")
    text = " ".join(st.sentences[0].text.split())
    assert "instructed their ministers to maintain regular consultations between the two countries" in text
    assert "long- term and decision- making cooperation for well- being" in text
    assert "Abukuma- class" in text


def test_a_release_whose_dateline_sits_among_its_labels_over_the_title():
    st = S.from_text("FOR IMMEDIATE RELEASE\r\nFederal Foreign Office\r\nOffice of the Spokesperson\r\nBerlin, 22 April 2026\r\n\r\n"
                     "Joint Press Release on the Fourth Germany-Indonesia Strategic Dialogue\r\n\r\n"
                     "Germany and Indonesia held talks. Germany will provide EUR 5 million.\r\n")
    assert (st.title, str(st.date), st.issuer, st.parties) == (
        "Joint Press Release on the Fourth Germany-Indonesia Strategic Dialogue", "2026-04-22", "Federal Foreign Office",
        ["Germany", "Indonesia"])
    assert [s.text for s in st.sentences] == ["Germany and Indonesia held talks.", "Germany will provide EUR 5 million."]


def test_of_two_office_lines_under_the_title_the_first_issued_it():
    st = S.from_text("FACT SHEET: Strengthening the U.S.-Kenya Partnership\n\nThe White House\nOffice of the Press Secretary\n"
                     "May 23, 2024\n\nThe United States will provide $5 million to Kenya.\n")
    assert (st.title, str(st.date), st.issuer) == ("FACT SHEET: Strengthening the U.S.-Kenya Partnership", "2024-05-23",
                                                   "The White House")
    assert [s.text for s in st.sentences] == ["The United States will provide $5 million to Kenya."]


def test_a_lake_in_a_title_in_capitals_is_no_party():
    st = S.from_text("COMMUNIQUE OF THE 1250TH MEETING OF THE PEACE AND SECURITY COUNCIL ON THE SITUATION IN THE LAKE CHAD BASIN\n\n"
                     "Addis Ababa, Ethiopia, 14 November 2025\n\nThe Peace and Security Council of the African Union (AU) adopted "
                     "the following decision.\n\nSecretary Blinken welcomed new U.S. investment in Chad.\n")
    assert st.parties == ["African Union"]


def test_a_new_partnership_in_capitals_and_the_rivers_of_countries_keep_their_countries():
    st = S.from_text("JOINT STATEMENT ON A NEW JAPAN-INDIA PARTNERSHIP\n\nTokyo, 3 March 2026\n\nWater\n\n"
                     "The two sides will protect the Nepal and India rivers and the 54 common Bangladesh-India rivers.\n")
    assert st.parties == ["Japan", "India"]
    assert [c for _, _, c in S._country_spans(st.text)].count("India") >= 3


def test_a_list_line_ending_on_and_is_no_heading_and_a_heading_over_a_wrapped_paragraph_stands():
    st = S.from_text("MELBOURNE DECLARATION OF THE ASEAN-AUSTRALIA SPECIAL SUMMIT\n\nThe Summit was held in Melbourne on 9 March "
                     "2026, and was attended by:\n\nH.E. Anwar Ibrahim, Prime Minister of Malaysia;\nThe Hon. Anthony Albanese MP, "
                     "Prime Minister of Australia; and\nH.E. Kao Kim Hourn, Secretary-General of ASEAN.\n\n(a) We reaffirm ASEAN "
                     "centrality.\n\n(b) We will expand the New Colombo Plan.\n")
    assert [s["heading"] for s in st.outline()["sections"]] == [None]
    wrapped = ("JOINT STATEMENT BY THE PRIME MINISTERS OF SINGAPORE AND NEW ZEALAND\n\nSingapore, 21 April 2026\n\n"
               "Defence and Security\n\n"
               "The Leaders reaffirmed the close defence relationship between the two\n"
               "countries, and welcomed the annual exercises of their armed forces. The\n"
               "Leaders also condemned Russia's invasion of Ukraine and its attacks on\n"
               "civilians.\n\n"
               "Science, Technology and People-to-People Links\n\n"
               "The Leaders announced the Singapore-New Zealand Research Fund on Food\n"
               "Security and Agri-technology, with a combined budget of SGD 10 million.\n"
               "They welcomed the growth in visitor numbers between the two countries,\n"
               "which have recovered to 92 per cent of pre-pandemic levels in 2025.\n")
    assert [s["heading"] for s in S.from_text(wrapped).outline()["sections"]] == [
        None, "Defence and Security", "Science, Technology and People-to-People Links"]


def test_a_letterhead_a_long_meeting_line_and_the_text_type_make_one_title_and_the_subject_of_a_title_is_no_party():
    st = S.from_text("ECONOMIC COMMUNITY OF WEST AFRICAN STATES\n\nEXTRAORDINARY SUMMIT OF THE AUTHORITY OF HEADS OF STATE AND "
                     "GOVERNMENT ON THE POLITICAL SITUATION IN THE REPUBLIC OF GUINEA-BISSAU\n\nFINAL COMMUNIQUÉ\n\nAbuja, 9 "
                     "November 2026\n\n1. The Authority held an Extraordinary Summit in Abuja.\n\n2. The Authority decides to "
                     "suspend Guinea-Bissau from all ECOWAS bodies.\n")
    assert st.title.endswith("IN THE REPUBLIC OF GUINEA-BISSAU: FINAL COMMUNIQUÉ") and st.parties == ["ECOWAS"]
    assert [s["heading"] for s in st.outline()["sections"]] == [None]
    assert S.find_parties("Joint Statement of the Foreign Ministers of Estonia, Latvia and Lithuania on the Eve of the OSCE "
                          "Ministerial Council", []) == ["Estonia", "Latvia", "Lithuania"]
    st = S.from_text("JOINT DECLARATION OF INTENT\nbetween the Federal Ministry for Economic Cooperation and Development of the "
                     "Federal Republic of Germany and the Ministry of Finance of the Republic of Ghana on a Partnership for a Just "
                     "Energy Transition and Skills\n\nAccra, 14 March 2026\n\nThe Participants will cooperate on energy.\n")
    assert st.title == "JOINT DECLARATION OF INTENT"  # (a line of more than 32 words stays the text's, its bodies named there)


def test_signers_each_a_paragraph_of_one_line_at_the_end_all_sign():
    st = S.from_text("# Joint Declaration of the President of Ukraine and the President of the Republic of Poland\n\nKyiv, 18 "
                     "February 2026\n\n## 1. Security\n\nThe Presidents will meet again in 2027.\n\nDone in Kyiv on 18 February "
                     "2026.\n\nVolodymyr Zelensky, President of Ukraine\n\nKarol Nawrocki, President of the Republic of Poland\n",
                     fmt="md")
    assert [(s["name"], s["country"]) for s in st.signatories] == [("Volodymyr Zelensky", "Ukraine"), ("Karol Nawrocki", "Poland")]


def test_a_un_press_release_number_and_its_date_over_the_title_and_the_council_that_speaks():
    st = S.from_text("SC/15873\n14 March 2025\n\nSecurity Council Press Statement on Attacks against Peacekeepers in the "
                     "Democratic Republic of the Congo\n\nThe following Security Council press statement was issued today by "
                     "Council President Ambassador Mariam Al-Khalifa (Qatar):\n\nThe members of the Security Council condemned "
                     "in the strongest terms the attack on a convoy.\n")
    assert st.title.startswith("Security Council Press Statement on Attacks") and st.parties == ["United Nations"]
    assert str(st.date) == "2025-03-14"


@pytest.mark.parametrize("line, date", [
    ("(Adopted at the fourth plenary session, held on June 26, 2024)", dt.date(2024, 6, 26)),
    ("(Adopted on 12 March 2025)", dt.date(2025, 3, 12)),
    ("Approved by the Council of Ministers on 3 March 2025.", dt.date(2025, 3, 3)),
])
def test_the_line_under_the_title_that_says_when_the_text_was_adopted_gives_its_date(line, date):
    st = S.from_text(
        "DECLARATION OF SAN JOSÉ ON WATER SECURITY\n\n" + line + "\n\n"
        "The Ministers of Costa Rica and Panama will meet again in 2026 to review the Declaration.\n"
    )
    assert st.date == date
    assert st.dateline and not st.dateline.lower().startswith(("(", "adopted", "approved"))  # (the date, no place to show)
    assert [s.text for s in st.sentences] == ["The Ministers of Costa Rica and Panama will meet again in 2026 to review the Declaration."]
    # (a line that says it was adopted, with no date, is no dateline)
    st = S.from_text("DECLARATION OF SAN JOSÉ\n\n(Adopted by acclamation)\n\nThe Ministers of Costa Rica and Panama will meet again in 2026.\n")
    assert st.date is None


@pytest.mark.parametrize("opening, parties", [
    ("THE MINISTERS OF FOREIGN AFFAIRS AND HEADS OF DELEGATION OF THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS), "
     "gathered in Asunción, Paraguay, for the fifty-fourth regular session of the General Assembly,", ["Organization of American States"]),
    ("We, the Heads of State and Government of the Member States of the African Union, meeting in Malabo, Equatorial Guinea,",
     ["African Union"]),
    # (the envoys of two named states are those states)
    ("The Ministers of Foreign Affairs of Chile and Peru, meeting in Arica, Chile, for the second Binational Cabinet,", ["Chile", "Peru"]),
])
def test_a_chapeau_of_a_groups_member_states_makes_the_group_the_party(opening, parties):
    st = S.from_text("DECLARATION ON WATER SECURITY\n\n" + opening + "\n\nRecognizing that water is essential;\n\n"
                     "Resolve to:\n\nPromote the human right to safe drinking water by 2030.\n")
    assert st.parties == parties


def test_a_chapeau_with_another_party_or_a_line_of_another_date_keeps_the_old_reading():
    st = S.from_text("Joint Statement on the Digital Partnership\n\nTokyo, 3 May 2025\n\nThe Prime Minister of Japan and the Heads of "
                     "State or Government of the Member States of the European Union, meeting in Tokyo, Japan, adopted this "
                     "statement.\n\nJapan will host the next meeting in 2026.\n")
    assert st.parties == ["Japan", "European Union"]
    st = S.from_text("Joint Declaration of Chile and Peru\n\n(Issued on the fiftieth anniversary of the Treaty signed on 12 May 1975)"
                     "\n\nLima, 12 May 2025\n\nThe two Governments will meet again in 2026.\n")
    assert st.date == dt.date(2025, 5, 12)


def test_an_imf_missions_concluding_statement_has_the_fund_as_a_party():
    st = S.from_text("Republic of Seychelles: Staff Concluding Statement of the 2025 Article IV Mission\n\nVictoria, 18 June 2025\n\n"
                     "An International Monetary Fund (IMF) team visited Victoria. Staff recommends that the authorities should "
                     "not grant new tax exemptions.\n")
    assert st.parties == ["Seychelles", "International Monetary Fund"]
    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 18 June 2025\n\nThe two sides will cooperate.\n")
    assert st.parties == ["Kenya", "Japan"]


def test_an_international_bodys_letterhead_is_no_title():
    """A body's name, its organ, its document symbol, circulation note and date above the
    line that says what the text is: that line is the title, the body its party and the date
    the text's."""
    st = S.from_text("United Nations\nSecurity Council\nS/PRST/2024/9\nDistr.: General\n22 November 2024\n\n"
                     "Statement by the President of the Security Council\n\nThe Security Council reaffirms its strong "
                     "commitment to the sovereignty of the Democratic Republic of the Congo.\n")
    assert (st.title, st.parties, st.date) == ("Statement by the President of the Security Council", ["United Nations"],
                                               dt.date(2024, 11, 22))
    st = S.from_text("MC.DOC/2/24\nOrganization for Security and Co-operation in Europe\nMinisterial Council\nValletta, 6 "
                     "December 2024\n\nMINISTERIAL DECLARATION ON COUNTERING TRAFFICKING IN HUMAN BEINGS\n\n1. We, the "
                     "Ministers, meeting in Valletta under the Chairpersonship of Malta, reaffirm our commitments.\n")
    assert (st.title, st.parties, st.date, st.dateline) == (
        "MINISTERIAL DECLARATION ON COUNTERING TRAFFICKING IN HUMAN BEINGS", ["OSCE"], dt.date(2024, 12, 6),
        "Valletta, 6 December 2024")
    assert len(st.sentences) == 1
    # (a body's name over text, with no line that says what the text is, stays the title)
    st = S.from_text("Organization for Security and Co-operation in Europe\n\nThe participating States met in Vienna.\n")
    assert st.title == "Organization for Security and Co-operation in Europe"


def test_a_fact_sheet_label_over_its_first_heading_heads_a_part():
    """"FACT SHEET: ..." in capitals, then "Maritime Security" with its items right under it:
    the label is a heading of its own (an empty part), no sentence of the section before."""
    st = S.from_text("Joint Statement from the Quad Leaders\n\nNew Delhi, September 22, 2025\n\nLooking Ahead\n\nWe look "
                     "forward to the 2026 Summit.\n\nFACT SHEET: 2025 Quad Leaders' Summit Deliverables\n\nMaritime Security\n"
                     "- The Quad will launch the Maritime Initiative for Training.\n- Japan will transfer two patrol vessels.\n")
    assert [s.heading for s in st.sections] == [
        None, "Looking Ahead", "FACT SHEET: 2025 Quad Leaders' Summit Deliverables", "Maritime Security"]
    assert [s.text for s in st.sentences] == ["We look forward to the 2026 Summit.",
                                              "The Quad will launch the Maritime Initiative for Training.",
                                              "Japan will transfer two patrol vessels."]


def test_a_ministrys_long_signature_line_and_an_arab_summits_declaration():
    """A ministry's "For the ...: name, title" line may run past twenty words; an "Arab Summit"
    declares for the Arab League, not for the state whose capital hosts it."""
    st = S.from_text("Joint Declaration of Intent between Germany and Namibia on Green Hydrogen\n\nWindhoek, 22 May 2024\n\n"
                     "The Participants will cooperate.\n\nFor the Federal Ministry for Economic Affairs and Climate Action of "
                     "the Federal Republic of Germany: Stefan Wenzel, Parliamentary State Secretary\n\nFor the Ministry of "
                     "Mines and Energy of the Republic of Namibia: Hon. Tom Alweendo, Minister\n")
    assert [(s["name"], s["title"], s["country"]) for s in st.signatories] == [
        ("Stefan Wenzel", "Parliamentary State Secretary", "Germany"), ("Tom Alweendo", "Minister", "Namibia")]
    assert [s.text for s in st.sentences] == ["The Participants will cooperate."]
    st = S.from_text("FINAL DECLARATION OF THE THIRTY-FOURTH ARAB SUMMIT\n\nBaghdad, 17 May 2025\n\nWe, the Kings, Presidents "
                     "and Emirs of the Arab States, meeting in Baghdad, the capital of the Republic of Iraq, declare the "
                     "following.\n")
    assert st.parties == ["Arab League"]


def test_a_measure_in_capitals_after_a_decimal_is_no_paragraph_number():
    """"1.4 GW of new capacity" opens with a figure, in a paragraph or a table's cell; "2.1 The
    two sides ..." opens with a paragraph's number."""
    st = S.from_text("Joint Statement of France and the United Kingdom\n\nParis, 4 March 2025\n\nEnergy\n\n1.4 GW of new "
                     "capacity will be built by both countries.\n\n2.1 The two sides will build a link.\n\n| Area | Deliverable "
                     "| Lead | Date |\n|---|---|---|---|\n| Energy | 2.5 GW Normandy–England interconnector | National Grid | "
                     "2032 |\n", fmt="md")
    assert [s.text for s in st.sentences] == [
        "1.4 GW of new capacity will be built by both countries.", "The two sides will build a link.",
        "2.5 GW Normandy–England interconnector; 2032; lead: National Grid; area: Energy"]


def test_a_web_pages_feedback_box_is_no_part_of_the_statement():
    html = ("<html><body><main><article><h1>Joint Statement by Canada and Kenya</h1><p>Ottawa, 14 March 2025</p><p>The leaders "
            "agreed to expand trade.</p><section class=\"report-problem\"><h2>Did you find what you were looking for?</h2><p>"
            "Please select all that apply: Something is broken; It needs 3 fixes.</p></section></article></main></body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.text for s in st.sentences] == ["The leaders agreed to expand trade."]


def test_a_done_at_line_under_the_title_and_signers_named_with_their_titles():
    """"*Done at Washington, D.C., on 9 March 2026*" under the title is the dateline; under
    "For the Cabinet of Ministers of Ukraine:" a name and title on one line is its signer."""
    st = S.from_text("# Arrangement between the United States and Ukraine\n\n*Done at Washington, D.C., on 9 March 2026*\n\n"
                     "The Participants shall establish the Fund. The Fund shall invest in Ukraine.\n\n**For the Government of "
                     "the United States of America:**\nScott Bessent, Secretary of the Treasury\n\n**For the Cabinet of "
                     "Ministers of Ukraine:**\nYulia Svyrydenko, First Deputy Prime Minister and Minister of Economy\n", fmt="md")
    assert (st.date, st.dateline) == (dt.date(2026, 3, 9), "Done at Washington, D.C., on 9 March 2026")
    assert [(s["name"], s["title"], s["country"]) for s in st.signatories] == [
        ("Scott Bessent", "Secretary of the Treasury", "United States"),
        ("Yulia Svyrydenko", "First Deputy Prime Minister and Minister of Economy", "Ukraine")]
    assert [s.heading for s in st.sections] == [None]
    st = S.from_text("Joint Statement of Japan and India\n\nThe two sides met.\n\nDone at Dar es Salaam on 5 June 2024.\n")
    assert (st.date, [s.text for s in st.sentences]) == (dt.date(2024, 6, 5), ["The two sides met."])


def test_a_headlines_kind_line_and_an_issuing_ministry_are_no_part_of_the_title():
    st = S.from_text("World Bank and Government of Kenya Sign $450 Million Financing to Expand Water Security in Arid "
                     "Counties\n\nJOINT PRESS RELEASE\n\nNairobi, March 14, 2024\n\nThe World Bank approved the credit.\n")
    assert (st.title, st.date) == ("World Bank and Government of Kenya Sign $450 Million Financing to Expand Water Security in "
                                   "Arid Counties", dt.date(2024, 3, 14))
    st = S.from_text("# List of Outcomes: State Visit of the President of Vietnam to India\n\n**Ministry of External Affairs, "
                     "Government of India**\n\nNew Delhi, 7 August 2024\n\nThe two sides signed the MoU.\n", fmt="md")
    assert (st.title, st.issuer, [s.text for s in st.sentences]) == (
        "List of Outcomes: State Visit of the President of Vietnam to India", "Ministry of External Affairs, Government of India",
        ["The two sides signed the MoU."])


def test_the_second_reviews_outline_guards():
    """"1.2 Mt Kenya Forest Reserve ..." opens on a paragraph's number (Mount Kenya), and so does
    "2.1 GW-scale geothermal ..."; a page's "survey-results" or "page-details" block is text."""
    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 4 March 2025\n\nForests\n\n1.2 Mt Kenya Forest Reserve will "
                     "receive support.\n\n2.1 GW-scale geothermal development will be supported.\n")
    assert [p.marker for p in st.paragraphs] == ["1.2", "2.1"]
    html = ("<html><body><h1>Joint Statement of Japan and Thailand</h1><div class=\"page-details\"><p>Bangkok, 5 September "
            "2025</p></div><div class=\"survey-results\"><p>Japan will provide JPY 2 billion for a survey.</p></div></body></html>")
    st = S.from_text(html, fmt="html")
    assert (st.date, [s.text for s in st.sentences]) == (dt.date(2025, 9, 5), ["Japan will provide JPY 2 billion for a survey."])


def test_a_witness_a_bracketed_acronym_line_and_the_first_pages_running_head():
    """A witness under the signers is no signer; "(GGGI)." closing a wrapped sentence is no
    heading; the first page's running head over the title is no dateline."""
    st = S.from_text("Joint Declaration of Ethiopia and Somalia\n\nAnkara, 11 December 2024\n\nThe Parties agreed to hold talks.\n\n"
                     "For the Federal Democratic Republic of Ethiopia\nAbiy Ahmed Ali, Prime Minister\n\nFor the Federal Republic "
                     "of Somalia\nHassan Sheikh Mohamud, President\n\nWitnessed by the Republic of Türkiye\nRecep Tayyip Erdoğan, "
                     "President\n")
    assert [s["name"] for s in st.signatories] == ["Abiy Ahmed Ali", "Hassan Sheikh Mohamud"]
    head = "Republic of Korea - Republic of Kenya Joint Statement, 14 March 2025"
    body = ("Kenya will share its experience in green hydrogen through the Global Green Growth Institute\n(GGGI).\n\nBoth sides "
            "should explore cooperation in critical minerals.\n\nPage 1 of 3\n\n" + head + "\n\nThe two sides will meet in "
            "2026.\n\nPage 2 of 3\n\n" + head + "\n\nThe ministers will report in 2027.\n\nPage 3 of 3\n")
    st = S.from_text(head + "\n\nJOINT STATEMENT BY THE REPUBLIC OF KOREA AND THE REPUBLIC OF KENYA\n\nNairobi, 14 March 2025\n\n"
                     "Energy\n\n" + body)
    assert st.dateline == "Nairobi, 14 March 2025"
    assert [s.heading for s in st.sections] == [None, "Energy"]


def test_the_host_a_bodys_ministers_meet_in_is_no_party():
    """"The Ministers ... of the States members of ESCAP, meeting in Suva, Fiji, ..." is the
    body's text, not Fiji's, whatever later paragraphs thank Fiji for; the leaders of two states
    "meeting in New Delhi, India" are still both parties."""
    st = S.from_text("# Ministerial Declaration on Ocean Health\n\nSuva, 6 March 2025\n\n*The Ministers of the States members of "
                     "the Economic and Social Commission for Asia and the Pacific (ESCAP), meeting in Suva, Fiji, from 4 to 6 "
                     "March 2025,*\n\n*Thanking* the Government of Fiji for hosting the Conference,\n\n1. *Decide* to establish "
                     "an Ocean Data Partnership;\n", fmt="md")
    assert st.parties == []
    st = S.from_text("Joint Statement\n\nNew Delhi, 4 March 2025\n\nThe leaders of Japan and India, meeting in New Delhi, India, "
                     "agreed to cooperate.\n")
    assert st.parties == ["Japan", "India"]


def test_the_third_reviews_guards():
    """Ministers "meeting in Hanoi, Viet Nam" of a bilateral text name their parties later; a
    bracketed line with no stop stays as it was read."""
    st = S.from_text("Joint Statement\n\nHanoi, 4 March 2025\n\nThe two Foreign Ministers, meeting in Hanoi, Viet Nam, reviewed "
                     "progress.\n\nJapan and Viet Nam agreed to upgrade their ties.\n")
    assert st.parties == ["Japan", "Vietnam"]
