"""The briefing: its blocks from the analysis, its charts, its links, its rendered PDFs."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from communique import analysis, briefing, charts, present
from communique import statement as S
from communique.errors import ParameterError

from .conftest import SEED, pdf_text, require_tool, run_cli

SEED_INITIATIVES = [
    "Trade Promotion Agreement", "Trans-Pacific Partnership", "Small Business Network of the Americas",
    "Pathways Access Initiative", "Women's Entrepreneurship in the Americas Initiative", "Equal Futures Partnership",
    "WTO Ministerial Meeting", "Pacific Alliance", "Education Policy Dialogue", "100,000 Strong in the Americas",
    "Beca 18", "Beca Presidente de la República", "Memorandum of Understanding", "Low Emissions Development Strategy",
    "Energy and Climate Partnership of the Americas", "Connecting the Americas 2022", "UN Stabilization Mission in Haiti",
    "Defense Cooperation Agreement", "Megaports", "Open Government Partnership",
]
HEADINGS = ["ECONOMIC PROSPERITY AND SOCIAL INCLUSION", "EDUCATION", "SCIENCE AND THE ENVIRONMENT", "ENHANCING CITIZEN SECURITY"]

PLAIN = """The two governments met in Geneva and discussed cooperation on health and education.
They will continue their dialogue and welcomed the work of their experts."""


@pytest.fixture(scope="module")
def seed_analysis():
    return analysis.analyze(S.load(SEED))


@pytest.fixture(scope="module")
def plain_analysis():
    return analysis.analyze(S.from_text(PLAIN))


def test_summary_counts(seed_analysis):
    sm = seed_analysis.summary
    assert sm["sections"] == 4 and sm["sentences"] == 38 and sm["words"] == 1212
    assert sm["figures"] == len(seed_analysis.counted) >= 8
    assert sm["initiatives"] >= 18
    assert sm["commitments"] >= 6 and sm["endorsements"] >= 10


def test_executive_summary_is_generated_from_the_tables(seed_analysis):
    text = " ".join(briefing.executive_summary(seed_analysis))
    assert "nearly $16 billion for bilateral trade" in text
    assert "a rise of more than $20 million for counternarcotics and alternative development assistance" in text
    assert "Foreign Trade" in text and "the longest is Economic Prosperity and Social Inclusion" in text  # (as the charts name it)
    assert "conclude negotiations this year" in text
    assert "WTO Ministerial Meeting (in December this year)" in text


def test_the_summary_counts_endorsements_by_the_kinds_the_table_shows_and_words_a_pledge_owned_after_its_noun():
    st = S.from_text("Final Communiqué of Nigeria and Ghana\n\nAbuja, 14 December 2025\n\nThe Heads of State welcome the "
                     "pledge of the Federal Republic of Nigeria to contribute ₦ 150 billion to the Standby Force. They "
                     "condemn the attacks on civilians. They call on the international partners to support the financing of "
                     "the Force. They welcome the election in Ghana. Ghana will host the next summit in 2026. Nigeria will "
                     "train 500 officers by 2027. Ghana will fund 20 clinics by 2027. Nigeria will build 3 depots by 2027. "
                     "Ghana will open 2 offices by 2028.\n")
    a = analysis.analyze(st)
    kinds = [briefing.endorsement_kind(r) for r in a.endorsements.to_dict("records")]
    assert sorted(kinds) == ["call on others", "condemnation", "endorsement", "endorsement"]
    text = " ".join(briefing.executive_summary(a))
    assert "against 2 endorsements, 1 condemnation and 1 call on others." in text
    assert "the pledge of the Federal Republic of Nigeria to contribute ₦ 150 billion" in text
    assert "Nigeria pledge of" not in text
    # (a cut list of what falls due points to the table that holds it all)
    assert "more (see Commitments)." in text and "see the timeline" not in text


def test_amounts_in_different_currencies_are_not_ranked_against_each_other():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nJapan will provide ¥50 billion for ports and ¥3 billion for schools. "
                     "Kenya will invest KES 200 billion in roads. The World Bank added US$400 million.\n")
    text = briefing.executive_summary(analysis.analyze(st))[2]
    assert text == ("It cites 4 figures; the largest amount in each of its 3 currencies: ¥50 billion for ports, "
                    "KES 200 billion for roads and US$400 million.")
    st = S.from_text("Joint Statement of Japan and Kenya\n\nJapan will provide $50 billion for ports, $3 billion for schools "
                     "and $1 billion for water.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "the largest amounts are $50 billion for ports, $3 billion for schools and $1 billion for water" in text


def test_the_summary_says_what_money_is_to_do_with_to():
    st = S.from_text("Joint Press Statement of Ghana and Togo\n\nAccra, 14 October 2025\n\nGhana will provide GH₵ 40 million to "
                     "upgrade the Elubo border post, and Togo will contribute XOF 5 billion for rural roads.\n")
    text = briefing.executive_summary(analysis.analyze(st))[2]
    assert text == ("It cites 2 figures; the largest amount in each of its 2 currencies: GH₵40 million to upgrade the Elubo "
                    "border post and XOF 5 billion for rural roads.")


def test_an_item_under_agreed_to_reads_agreed_to_in_the_digest():
    md = ("# Joint Statement of Japan and Kenya\n\n*Nairobi, 14 November 2025*\n\n## Economy\n\nThe two sides agreed to:\n\n"
          "- Expand trade in tea;\n- Launch a dialogue on ports.\n")
    st = S.from_text(md, fmt="md")
    a = analysis.analyze(st)
    assert [briefing.position_text(st, r) for r in a.commitments.to_dict("records")] == [
        "agreed to expand trade in tea", "agreed to launch a dialogue on ports"]
    st = S.from_text("Joint Statement of Indonesia and Malaysia\n\nJakarta, 27 January 2025\n\nBORDERS\n\nThe two Leaders "
                     "called on the parties to:\n\n(a) cease hostilities.\n")
    a = analysis.analyze(st)
    assert [briefing.position_text(st, r) for r in a.commitments.to_dict("records")] == ["called on the parties to cease hostilities"]


def test_the_summary_tells_positions_in_the_third_person():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nWe will conclude our negotiations by 2026 and task our ministers "
                     "to report to us.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "both sides will conclude their negotiations by 2026 and task their ministers to report to them" in text
    assert " our " not in text and " us" not in text


def test_a_groups_leaders_are_the_heads_its_opening_names():
    st = S.from_text(
        "FINAL COMMUNIQUÉ OF THE SUPREME COUNCIL OF THE GULF COOPERATION COUNCIL\n\nDoha, 5 December 2023\n\nThe Supreme Council "
        "held its session under the chairmanship of His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, "
        "with His Majesty King Hamad bin Isa Al Khalifa, King of the Kingdom of Bahrain.\n\nThe Council reviewed the vision "
        "of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud.\n")
    cover = briefing.cover(st, {"statement": "s.txt"}).text
    assert "Leaders: Tamim bin Hamad Al Thani (Qatar), Hamad bin Isa Al Khalifa (Bahrain)\n" in cover


def test_a_hijri_date_in_the_dateline_is_not_shown_as_its_place():
    st = S.from_text("FINAL COMMUNIQUÉ OF THE GULF COOPERATION COUNCIL\n\nDoha, State of Qatar\n21 Jumada al-Awwal 1445 AH, "
                     "corresponding to 5 December 2023\n\nThe Council met.\n")
    assert "Date: 5 December 2023 (Doha, State of Qatar)\n" in briefing.cover(st, {"statement": "s.txt"}).text
    assert briefing.with_article("Gulf Cooperation Council") == "the Gulf Cooperation Council"


def test_the_summary_names_bodies_once_with_their_article_and_no_empty_measures():
    st = S.from_text("Joint Statement of India and the UAE\n\nThe Abu Dhabi Investment Authority will invest USD 5 billion in "
                     "India by 2026. The Reserve Bank of India will open an office in Abu Dhabi by 2025. The two sides set a "
                     "target of USD 100 billion.\n")
    summary = briefing.executive_summary(analysis.analyze(st))
    assert "the Abu Dhabi Investment Authority will invest USD 5 billion" in summary[3]
    assert "; the Reserve Bank of India will open" in summary[3] and "the The" not in summary[3]
    assert summary[2] == "It cites 4 figures; the largest amounts are US$100 billion and US$5 billion."


def test_statement_without_figures_or_headings_says_so(plain_analysis):
    assert plain_analysis.counted.empty
    assert "no figures cited" in briefing.figures_table(plain_analysis).html.lower()
    assert "no amounts of money" in briefing.money_chart(plain_analysis).html.lower()
    assert "no years or dates" in briefing.timeline_chart(plain_analysis).html.lower()
    assert "single section" in briefing.distinctive_table(plain_analysis).html
    text = " ".join(briefing.executive_summary(plain_analysis))
    assert "It cites no figures." in text and "without section headings" in text


CHARTS = [
    ("section_words", lambda a: charts.section_words(a.sections)),
    ("topic_shares", lambda a: charts.topic_shares(a.topic_shares)),
    ("topic_by_section", lambda a: charts.topic_by_section(a.topic_by_section)),
    ("dispersion", lambda a: charts.dispersion(a.statement, ["trade", "climate"])),
    ("money", lambda a: charts.money(a.counted)),
    ("timeline", lambda a: charts.timeline(a.counted, a.statement.date)),
]


@pytest.mark.parametrize("name, make", CHARTS, ids=[c[0] for c in CHARTS])
@pytest.mark.parametrize("which", ["seed", "plain"])
def test_every_chart_renders(seed_analysis, plain_analysis, name, make, which):
    a = seed_analysis if which == "seed" else plain_analysis
    fig = make(a)
    png = present.chart(fig, alt=name).png
    assert png.startswith(b"\x89PNG") and len(png) > 2000
    texts = [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))]
    if which == "plain" and name in ("money", "timeline"):
        assert any(t.startswith("No ") for t in texts)
    if which == "seed" and name == "money":
        assert any("$16 billion" in t.replace("\\$", "$") for t in texts)


def test_escaping_in_every_format():
    block = present.paragraph("Costs of $16 billion and $20 million; 5% & <b>bold</b> A_B #1 {x} ~ ^ \\")
    assert "&#36;16 billion" in block.html and "&lt;b&gt;" in block.html and "<b>" not in block.html
    assert r"\$16 billion" in block.latex and r"5\% \&" in block.latex and r"A\_B \#1 \{x\}" in block.latex
    assert block._repr_html_().startswith('<div class="tex2jax_ignore')


def test_setup_rejects_bad_parameters():
    with pytest.raises(ParameterError, match="unknown parameter 'colour'"):
        from communique import params

        params.check({"colour": "red"})
    with pytest.raises(ParameterError, match="'top_n' must be a whole number"):
        briefing.setup({"statement": str(SEED), "top_n": 2.5})


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    require_tool("chromium")
    out = tmp_path_factory.mktemp("briefing")
    for extra in ([], ["-p", "detail", "brief"]):
        res = run_cli("report", str(SEED), "--out", str(out), *extra)
        assert res.returncode == 0, res.stderr
    return out / "us-peru-2013"


@pytest.mark.slow
def test_every_anchor_link_resolves(rendered):
    p = Anchors()
    p.feed((rendered / "briefing.html").read_text())
    assert len(p.links) > 60
    missing = [x for x in p.links if x not in p.ids]
    assert missing == []
    assert "s5" in p.ids and "s32" in p.ids


@pytest.mark.slow
def test_full_pdf_has_everything_a_reader_needs(rendered):
    text = pdf_text(rendered / "briefing.pdf")
    flat = " ".join(text.split())
    assert "At a glance" in flat and "The statement runs to 1,212 words" in flat
    assert re.search(r"\$16 billion.{0,80}bilateral trade", flat)
    assert re.search(r"\$20 million.{0,120}counternarcotics", flat)
    for h in HEADINGS:
        assert h in flat
    for name in SEED_INITIATIVES:
        assert name in flat, name
    assert "Out[" not in flat and "In [" not in flat and "briefing." not in flat


@pytest.mark.slow
def test_brief_pdf_is_short_and_keeps_the_essentials(rendered):
    full = pdf_text(rendered / "briefing.pdf")
    brief = pdf_text(rendered / "briefing-brief.pdf")
    pages = brief.count("\f")
    assert pages <= 4 < full.count("\f")
    flat = " ".join(brief.split())
    for part in ("At a glance", "Themes", "Figures", "Commitments"):
        assert part in flat
    assert "Section digests" not in flat and "Appendix" not in flat
    assert "$16 billion" in flat and "$20 million" in flat


@pytest.mark.slow
def test_rendering_twice_gives_the_same_html(rendered, tmp_path):
    res = run_cli("report", str(SEED), "--out", str(tmp_path), "--formats", "html")
    assert res.returncode == 0, res.stderr
    stamp = re.compile(r"Rendered \d{4}-\d\d-\d\d \d\d:\d\d UTC")
    a = stamp.sub("", (rendered / "briefing.html").read_text())
    b = stamp.sub("", (tmp_path / "us-peru-2013" / "briefing.html").read_text())
    assert a == b


def test_the_words_around_a_figure_keep_the_text_as_written():
    st = S.from_text("Title of the statement\n\nHeading\n\nWe condemn the war; Japan has provided US$12 billion in support "
                     "since 2022, and the EU €85 billion.")
    text = st.text

    def around(fig: str, words: int) -> str:
        i = text.index(fig)
        return briefing.window(st, 0, i, i + len(fig), words)

    assert around("2022", 4) == "… billion in support since 2022, and the EU …"
    assert around("€85 billion", 4) == "… 2022, and the EU €85 billion."
    assert around("US$12 billion", 30) == "We condemn the war; Japan has provided US$12 billion in support since 2022, and the EU €85 billion."


def test_negations_verbs_and_counts_read_right_in_the_briefing():
    st = S.from_text(
        "Joint Statement of China and Kenya\n\nChina will not interfere in the internal affairs of African countries. "
        "Kenya intends to host the summit. Kenya does not support the proposal. The leaders reaffirmed their commitment to "
        "deep integration. They welcomed the Lamu Port project.\n"
    )
    a = analysis.analyze(st)
    html = briefing.commitments_table(a).html
    assert "will not" in html and "interfere in the internal affairs" in html
    assert "not support" in briefing.endorsements_table(a).html
    summary = " ".join(briefing.executive_summary(a))
    assert "China will not interfere in the internal affairs" in summary
    assert "Kenya intends to host the summit" in summary
    assert "will deep integration" not in summary
    assert "It names 1 initiative, agreement or event: Lamu Port" in summary
    assert "both sides reaffirmed their commitment to deep integration" in summary  # as the statement words it
    st2 = S.from_text("Joint Statement of Japan and the EU\n\nJapan will host its first meeting in 2025, the date to be confirmed "
                      "through diplomatic channels soon. Japan will associate to Horizon Europe, the research programme of the "
                      "Union for science and innovation, from 1 January 2025.\n", metadata={"date": dt.date(2024, 7, 13)})
    dated = [x for x in briefing.executive_summary(analysis.analyze(st2)) if x.startswith("Due after")][0]
    assert "…;" in dated or "; " in dated  # items keep their separator
    assert "(from 1 January 2025)" in dated  # the deadline whole, not "from 1 …"
    st3 = S.from_text("Joint Statement of Mexico and Spain\n\nMadrid, 10 March 2025\n\nMexico will be the guest country at "
                      "the Madrid Book Fair (Feria del Libro de Madrid) in 2026.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st3)) if x.startswith("Due after")][0]
    # a bracket the cut would leave open goes, and the cut still shows
    assert dated == "Due after the statement's date: Mexico: be the guest country at the Madrid Book Fair … (in 2026)."
    # (a list's item ends on its own ";", which is not given twice)
    st4 = S.from_text("Joint Declaration of Germany and India\n\nNew Delhi, 25 October 2024\n\nThe cooperation will cover:\n\n"
                      "- Skills: training technicians by 2027;\n- Trade: a first shipment to the port of Hamburg targeted for 2028;\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st4)) if x.startswith("Due after")][0]
    assert dated == "Due after the statement's date: Skills: training technicians by 2027; … the port of Hamburg targeted for 2028."
    # a target that opens on a preposition is worded with its verb
    st5 = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nTrade\n\nThe leaders set a target of "
                      "USD 20 billion by 2030. Chile agreed on a roadmap for the ports by June 2026.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st5)) if x.startswith("Due after")][0]
    assert dated == ("Due after the statement's date: both sides: set a target of USD 20 billion by 2030; "
                     "Chile: agreed on a roadmap for the ports by June 2026.")
    # a date that closes the second of two acts dates that one
    st6 = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 11 April 2025\n\nSecurity\n\nThe leaders "
                      "decided to conduct a maritime exercise at least twice a year and to expand joint patrols to include a "
                      "dozen port calls by 2026.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st6)) if x.startswith("Due after")][0]
    assert dated == "Due after the statement's date: both sides: expand joint patrols to include a dozen port calls by 2026."
    # (a bracket opened early stays rather than leave almost nothing)
    assert briefing.shorten("Japan (through the Japan International Cooperation Agency, which has worked in Kenya for decades "
                            "and will go on working there) will help", 12).startswith("Japan (through the Japan International")
    digests = briefing.section_digests(a).text
    assert "China (commitment): will not interfere" in digests
    glance = briefing.glance(a).html
    assert "<b>0</b><span>headings</span>" in glance


def test_the_topic_table_says_when_it_shows_only_the_largest():
    a = analysis.analyze(S.load(SEED))
    caption = briefing.topic_shares_table(a, 3).html
    assert f"The 3 largest of {len(a.topic_shares)} topics" in caption and len(a.topic_shares) > 3


def test_a_negation_is_said_once():
    assert briefing.verb_text({"verb": "will", "negated": True, "target": "never fund coal projects"}) == "will"
    assert briefing.verb_text({"verb": "will", "negated": True, "target": "fund coal projects"}) == "will not"
    assert briefing.verb_text({"verb": "support", "negated": True, "target": "the proposal"}) == "not support"


def test_positions_read_as_the_statement_words_them():
    st = S.from_text("Joint Statement of Denmark and Estonia\n\nInfrastructure\n\nA Nordic-Baltic Undersea Infrastructure Centre will "
                     "be established by Denmark in Copenhagen. The leaders reaffirmed their shared commitment to conclude negotiations "
                     "this year. They agreed to hold the next Summit in Tallinn.\n")
    a = analysis.analyze(st)
    digests = briefing.section_digests(a).text
    assert "Denmark (firm commitment): A Nordic-Baltic Undersea Infrastructure Centre will be established by Denmark in Copenhagen" in digests
    assert "Both sides (firm commitment): reaffirmed their shared commitment to conclude negotiations this year" in digests
    assert "Both sides (firm commitment): agreed to hold the next Summit in Tallinn" in digests


def test_the_cover_names_the_leaders_the_text_names_and_no_date_twice():
    st = S.from_text("Joint Statement between Viet Nam and New Zealand\n\n12 August 2024\n\nPrime Minister Christopher Luxon of "
                     "New Zealand met Prime Minister Pham Minh Chinh of Viet Nam in Ha Noi.\n")
    analysis.analyze(st)
    cover = briefing.cover(st, {"statement": "s.txt"}).text
    assert "Leaders: Pham Minh Chinh (Vietnam), Christopher Luxon (New Zealand)" in cover
    assert "Date: 12 August 2024\n" in cover + "\n" and "(12 August 2024)" not in cover
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 4 June 2024\n\nThe two sides met.\n")
    assert "Date: 4 June 2024 (Lima)\n" in briefing.cover(st, {"statement": "s.txt"}).text
    st = S.from_text("G7 Foreign Ministers' Communiqué\n\nCapri, Italy, 19 April 2024\n\nThe Ministers met.\n")
    assert "Date: 19 April 2024 (Capri, Italy)\n" in briefing.cover(st, {"statement": "s.txt"}).text
    # who signed, in HTML and LaTeX as text ("&" of a title is no markup)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 4 June 2024\n\nThe two sides met.\n\n"
                     "For the Republic of Chile\nAlberto van Klaveren\nMinister of Foreign Affairs & Trade\n\n"
                     "For the Republic of Peru\nJavier González-Olaechea\nMinister of Foreign Affairs\n")
    assert "Leaders: not given" in briefing.cover(st, {"statement": "s.txt"}).text
    cover = briefing.cover(st, {"statement": "s.txt"})
    signed = ("Alberto van Klaveren, Minister of Foreign Affairs & Trade (Chile); "
              "Javier González-Olaechea, Minister of Foreign Affairs (Peru)")
    assert f"Signed by: {signed}\n" in cover.text
    assert "Foreign Affairs &amp; Trade (Chile)" in cover.html and "Foreign Affairs \\& Trade (Chile)" in cover.latex
    # heads of government who signed are the leaders, when the text names none above
    st = S.from_text("Joint Declaration of Viet Nam and Singapore\n\nHanoi, 15 March 2025\n\nThe two sides will deepen trade."
                     "\n\nFOR THE SOCIALIST REPUBLIC OF VIET NAM\n\nPham Minh Chinh\nPrime Minister\n\nFor the Republic of "
                     "Singapore\n\nLawrence Wong\nPrime Minister\n")
    assert "Leaders: Pham Minh Chinh (Vietnam), Lawrence Wong (Singapore)\n" in briefing.cover(st, {"statement": "s.txt"}).text
    # (not the president of a body)
    st = S.from_text("Joint Declaration of Germany and Kenya\n\nBonn, 5 March 2025\n\nThe two sides will deepen exchanges.\n\n"
                     "For the Federal Republic of Germany\nAnja Karliczek\nPresident of the German Academic Exchange Service\n\n"
                     "For the Republic of Kenya\nWilliam Ruto\nPresident of the Republic of Kenya\n")
    assert "Leaders: William Ruto (Kenya)\n" in briefing.cover(st, {"statement": "s.txt"}).text


def test_a_converted_amount_is_shown_with_its_original_and_counted_once():
    from pathlib import Path

    st = S.load(Path(__file__).parent / "statements" / "japan-australia-2022.txt")
    a = analysis.analyze(st)
    html = briefing.figures_table(a).html
    assert "¥50 billion (A&#36;520 million)</a>" in html
    assert "A&#36;520 million</a>" not in html.replace("(A&#36;520 million)</a>", "")
    assert "A$520 million" not in a.money["text"].tolist()
    assert a.summary["money"] == len(a.money) == 6


def test_short_sections_with_no_recurring_term_are_not_called_a_single_section():
    st = S.from_text("Joint Statement of China and Ghana\n\n## Trade\n\nChina will buy cocoa from Ghana.\n\n"
                     "## Security\n\nGhana will train police officers.\n")
    a = analysis.analyze(st)
    assert a.distinctive.empty and len(a.statement.sections) >= 2
    html = briefing.distinctive_table(a).html
    assert "single section" not in html and "No term recurs within a section often enough" in html


def test_a_conditional_commitment_says_so_and_names_its_condition():
    st = S.from_text("Joint Statement by Canada and the Republic of Korea\n\nOttawa, 12 May 2024\n\n"
                     "Should supply disruptions occur, the two countries will consult within 48 hours. Canada will provide "
                     "C$50 million for research by 2026, subject to parliamentary approval. Korea will fund 20 chairs by 2026.\n")
    a = analysis.analyze(st)
    html = briefing.commitments_table(a).html
    assert html.count("3 commitment, conditional") == 2 and "4 firm commitment" in html
    # a condition the target does not carry is added to it; one it carries is not repeated
    assert "consult within 48 hours [condition: should supply disruptions occur]" in html
    assert "subject to parliamentary approval [condition" not in html
    brief = briefing.commitments_table(a, {"detail": "brief", "top_n": 8}).html
    assert brief.index("firm commitment") < brief.index("commitment, conditional")
    summary = " ".join(briefing.executive_summary(a))
    assert "(numeric target, timeline, conditional)" in summary


def test_the_method_note_says_how_commitments_are_read():
    note = briefing.method_note()
    assert "G7/G20 Research Group" in note.html and "is never firm" in note.latex
    assert "President Ruto said that Kenya would host" in note.html and "reported party" in note.html
    assert "businesses will benefit" in note.latex


def test_the_method_note_says_how_names_and_restated_amounts_are_read():
    text = briefing.method_note().text
    assert 'an amount restated in another unit or currency ("EUR 200 million (about US$216 million)") is counted once' in text
    assert "agreements (laws among them)" in text
    html = briefing.method_note().html
    assert "US&#36;216 million" in html  # (a dollar sign is an entity in HTML, so no math typesetting takes it)


def test_a_lists_bullets_show_as_bullets_in_the_appended_text():
    from communique import briefing as B

    st = S.from_text("# Joint Statement of Norway and Kenya\n\n## Energy\n\nThe two sides agreed on:\n\n- green hydrogen;\n"
                     "- mini-grids.\n", fmt="md")
    block = B.full_text(st)
    assert '<span class="pb">•</span>' in block.html and '<span class="pm">-</span>' not in block.html
    assert "\\textbullet{}" in block.latex
    # (sub-items typed with an "o", or Word's Symbol-font bullet pasted as U+F0B7)
    st = S.from_text("Joint Statement of Norway and Kenya\n\nOslo, 3 May 2024\n\nThe two sides agreed on:\n\n"
                     "o Green hydrogen for Kenya.\n\uf0b7 Mini-grids for Turkana.\n")
    block = B.full_text(st)
    assert block.html.count('<span class="pb">•</span>') == 2 and "pm" not in block.html and "\uf0b7" not in block.html


def test_nested_items_are_set_in_under_their_item_in_the_appended_text():
    from communique import briefing as B

    md = ("# Joint Statement by Kenya and Japan\n\n## Trade\n\nThe two sides agreed on the following priorities:\n\n"
          "- Technology:\n  - Japan will fund a data centre in Konza.\n    - It opens in 2027.\n- Agriculture:\n"
          "  - Japan intends to fund irrigation in Mwea.\n\nThe leaders will meet in 2027.\n")
    block = B.full_text(S.from_text(md, fmt="md"))
    shapes = re.findall(r'<p(?: class="(nest\d)")?>.*?(Technology|Konza|opens|Agriculture|Mwea|leaders)', block.html)
    assert shapes == [("", "Technology"), ("nest1", "Konza"), ("nest2", "opens"), ("", "Agriculture"), ("nest1", "Mwea"),
                      ("", "leaders")]
    assert re.findall(r"\\leftskip=([\d.]+)em", block.latex) == ["1.5", "3.0", "1.5"]


def test_the_appendix_quotes_the_lines_left_out_under_the_text():
    from communique import briefing as B

    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 5 March 2024\n\nKenya and Japan will build a port.\n\n"
                     "Both sides will fund schools.\n\nThe leaders will meet again.\n\n###\n\nMedia contact: press_office@mofa.go.jp\n"
                     "#KenyaJapan https://www.mofa.go.jp/?a=1&b=2\n")
    block = B.appendix(analysis.analyze(st))
    assert ("Left out of the reading, as not of the statement: the 2 lines under it, \u201cMedia contact: "
            "press_office@mofa.go.jp\u201d; \u201c#KenyaJapan https://www.mofa.go.jp/?a=1&b=2\u201d.") in block.text
    assert "press\\_office" in block.latex and "\\#KenyaJapan" in block.latex and "a=1\\&b=2" in block.latex
    assert "a=1&amp;b=2" in block.html
    # (a statement with nothing under it says nothing)
    assert "Left out" not in B.appendix(analysis.analyze(S.load(SEED))).text
    many = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 5 March 2024\n\nKenya and Japan will build a port.\n\n"
                       "Both sides will fund schools.\n\nThe leaders met.\n\n###\n\nMedia contact: a@b.org\n"
                       + "".join(f"#Tag{k} https://x.org/{k}\n" for k in range(7)))
    assert "the 8 lines under it" in B.set_aside(many).text and "; and 3 more lines." in B.set_aside(many).text
    # (a quoted line that ends on a stop takes none after its quote)
    one = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 5 March 2024\n\nKenya and Japan will build a port.\n\n"
                      "Both sides will fund schools.\n\nThe leaders met.\n\nFor more information, visit https://www.mofa.go.jp.\n")
    assert B.set_aside(one).text.endswith("visit https://www.mofa.go.jp.\u201d")


def test_a_name_that_is_its_own_acronym_is_shown_once():
    st = S.from_text("Kazan Declaration\n\nKazan, Russia, 23 October 2024\n\n1. We, the Leaders of the BRICS countries, met "
                     "in Kazan. BRICS will expand.\n")
    html = briefing.actors_table(analysis.analyze(st)).html
    assert "BRICS (BRICS)" not in html and "BRICS" in html


def test_the_firmest_commitments_in_the_summary_are_those_with_the_most_catalysts():
    st = S.from_text("Joint Statement of Norway and Kenya\n\nNairobi, 5 March 2025\n\nCooperation\n\n"
                     "The two sides will elevate relations. Kenya will host a forum. Norway will provide NOK 300 million "
                     "to the Kenya Climate Adaptation Fund by 2027.\n")
    summary = " ".join(briefing.executive_summary(analysis.analyze(st)))
    firmest = summary.split("The firmest: ", 1)[1]
    assert firmest.startswith("Norway")


def test_a_comparison_keeps_a_pledge_not_to_act_negated():
    from communique import compare

    a = analysis.analyze(S.from_text("Joint Statement of Peru and the United States\n\nLima, 3 May 2013\n\n"
                                     "Peru will host the summit.\n"))
    b = analysis.analyze(S.from_text("Joint Statement of Peru and the United States\n\nLima, 3 May 2025\n\n"
                                     "Peru shall not permit its territory to be used for smuggling. The United States does not "
                                     "intend to reduce its support for the riverine program.\n"))
    df = compare.compare_commitments(a, b)
    assert list(zip(df["side"], df["actor"], df["target"])) == [
        ("A only", "Peru", "host the summit"),
        ("B only", "Peru", "not permit its territory to be used for smuggling"),
        ("B only", "United States", "not reduce its support for the riverine program")]


def test_a_names_our_is_kept_when_told_in_the_third_person():
    assert briefing.third_person("adopted the Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future and our plan") == (
        "adopted the Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future and their plan")
    assert briefing.third_person("Our leaders met; we agreed") == "Their leaders met; they agreed"


def test_a_comparison_tells_a_yearly_sum_from_a_one_off_sum():
    from communique import compare

    a = analysis.analyze(S.from_text("Joint Statement of Norway and Kenya\n\nNairobi, 5 March 2015\n\n"
                                     "Norway will provide NOK 300 million to the Kenya Climate Adaptation Fund.\n"))
    b = analysis.analyze(S.from_text("Joint Statement of Norway and Kenya\n\nNairobi, 5 March 2025\n\n"
                                     "Norway will provide NOK 300 million per year to the Kenya Climate Adaptation Fund.\n"))
    df = compare.compare_figures(a, b)
    assert list(zip(df["status"], df["a"], df["b"])) == [("changed", "NOK 300 million", "NOK 300 million a year")]


def test_a_long_title_is_cut_for_the_running_head_at_a_words_end():
    from communique import present

    css = present.page_css("Joint Statement between the People's Republic of China and the Republic of Chile on Deepening the "
                           "Comprehensive Strategic Partnership")
    head = css.split("@top-left {", 1)[1].split("content: ", 1)[1].split(";", 1)[0]
    assert head == "\"Joint Statement between the People's Republic of China and the Republic of Chile on …\""


def test_the_briefing_says_when_the_text_binds_no_one_in_law():
    a = analysis.analyze(S.from_text("Joint Statement of Intent between Norway and Indonesia\n\nOslo, 4 June 2024\n\n"
                                     "Norway will provide NOK 500 million for forests. This Joint Statement of Intent is not "
                                     "legally binding.\n"))
    said = "The text says it binds no one in law (\u201cThis Joint Statement of Intent is not legally binding\u201d): its commitments are political ones."
    assert said in briefing.executive_summary(a)
    table = briefing.commitments_table(a)
    assert table.text.startswith(said) and "Norway" in table.text
    plain = analysis.analyze(S.from_text("Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2024\n\nNorway will provide NOK 500 million.\n"))
    assert plain.summary["not_legally_binding"] is None
    assert not any("binds no one" in line for line in briefing.executive_summary(plain))


def test_a_dated_item_does_not_open_inside_a_name():
    st = S.from_text("Joint Statement of Australia, India, Japan and the United States\n\nWilmington, 21 September 2024\n\n"
                     "We announce with great pleasure the launch of the Quad-at-Sea Ship Observer Mission, which will take place in "
                     "2025 to improve interoperability.\n")
    s = st.sentences[0]
    at = st.text.index("2025", s.start)
    assert briefing.window(st, 0, at, at + 4, 6) == (
        "… Quad-at-Sea Ship Observer Mission, which will take place in 2025 to improve interoperability.")


def test_the_summary_says_when_most_of_the_text_stands_before_its_only_heading():
    a = analysis.analyze(S.from_text("Joint Statement of Japan and the European Union\n\nTokyo, 10 July 2025\n\n"
                                     "The leaders reaffirmed their partnership and agreed to deepen cooperation on trade, "
                                     "security, climate and digital issues over the coming years.\n\nNotes\n\nSee annex.\n"))
    assert briefing.executive_summary(a)[0] == (
        "The statement runs to 23 words in 2 sentences under 1 heading; most of it (91%) comes before the first heading.")


@pytest.mark.parametrize("name, phrase", [
    ("Paris Agreement", "the Paris Agreement"),
    ("Memorandum of Understanding on Space Cooperation", "the Memorandum of Understanding on Space Cooperation"),
    ("Small Business Network of the Americas", "the Small Business Network of the Americas"),
    ("ninth WTO Ministerial Meeting", "the ninth WTO Ministerial Meeting"),
    ("World Trade Organization", "the World Trade Organization"),
    ("Beca 18", "Beca 18"),
    ("100,000 Strong in the Americas", "100,000 Strong in the Americas"),
    ("Horizon Europe", "Horizon Europe"),
    ("Lamu Port", "Lamu Port"),
])
def test_a_named_initiative_takes_the_where_its_head_noun_asks(name, phrase):
    assert briefing.initiative_phrase(name) == phrase


def test_the_summary_words_a_ban_an_owned_pledge_and_a_dated_act_as_written():
    st = S.from_text("Joint Statement of the Foreign Ministers of the Nordic-Baltic Eight\n\nRiga, 22 January 2026\n\nEnergy\n\n"
                     "The Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden met in Riga. They "
                     "agreed that no NB8 country will import Russian gas after 1 January 2027. They welcomed the European "
                     "Commission's announcement of EUR 1.2 billion for Baltic energy interconnections. Norway will provide "
                     "concessional financing of NOK 2 billion for the period 2026-2030, subject to budget approval.\n")
    summary = briefing.executive_summary(analysis.analyze(st))
    assert "the European Commission's announcement of EUR 1.2 billion for Baltic energy interconnections" in " ".join(summary)
    dated = [x for x in summary if x.startswith("Due after")][0]
    assert "NB8 countries: not import Russian gas after 1 January 2027" in dated
    assert "Norway: provide concessional financing of NOK 2 billion for the period 2026-2030" in dated


def test_what_an_amount_is_for_keeps_its_article():
    st = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nEnergy\n\nNorway will provide NOK 500 "
                     "million for a green hydrogen facility in Valparaiso.\n")
    summary = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "NOK 500 million for a green hydrogen facility" in summary


def test_a_dated_list_cut_at_four_says_how_many_more():
    st = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nPlans\n\nNorway will open a consulate "
                     "by 2026. Chile will open a trade office by 2027. Norway will host a forum in 2028. Chile will host a "
                     "summit in 2029. Norway will send a mission in 2030. Chile will build a port by 2031.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after")][0]
    assert dated.endswith("; and 2 more (see Commitments).")  # (the table that holds them all)


def test_a_condemnation_is_shown_as_one_not_as_an_endorsement():
    st = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nSecurity\n\nThe ministers condemned "
                     "Russia's war of aggression against Ukraine and welcomed the ceasefire talks.\n")
    text = briefing.endorsements_table(analysis.analyze(st)).text
    assert "condemn | condemnation | Russia's war of aggression against Ukraine" in text
    assert "welcome | endorsement | the ceasefire talks" in text


def test_a_call_on_others_is_shown_as_one_not_as_praise():
    st = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nSecurity\n\nThe ministers called on "
                     "Russia to withdraw its forces, demanded that the parties cease hostilities and commended Egypt for "
                     "its mediation.\n")
    text = briefing.endorsements_table(analysis.analyze(st)).text
    assert "call on | call on others | Russia to withdraw its forces" in text
    assert "demand | call on others | the parties cease hostilities" in text
    assert "commend | endorsement | Egypt for its mediation" in text


def positions_worded(body: str) -> list[str]:
    """Each commitments row of a Japan-Kenya statement of ``body``, as the briefing words it."""
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2025\n\nTrade\n\n" + body + "\n")
    return [briefing.position_text(st, r, 22) for r in analysis.analyze(st).commitments.to_dict("records")]


def test_a_denial_before_the_verb_keeps_its_not_in_the_briefing():
    assert positions_worded("The two sides did not decide to extend the pact. Neither side will deploy troops. Japan will "
                            "not impose tariffs. No party shall export arms.") == [
        "did not decide to extend the pact", "will not deploy troops", "will not impose tariffs", "shall not export arms"]


def test_a_shortened_phrase_keeps_a_figure_whole():
    text = "Korea will double its annual contribution to the ASEAN-Korea Cooperation Fund to USD 48 million by 2027 and more"
    assert briefing.shorten(text, 14) == ("Korea will double its annual contribution to the ASEAN-Korea Cooperation Fund to "
                                          "USD 48 million …")
    assert briefing.shorten("They agreed to raise trade to 20 per cent of GDP by 2030", 7) == "They agreed to raise trade to 20 per cent …"
    # (no small word left hanging before the cut: not "... trade with the …")
    assert briefing.shorten("They agreed to raise trade with the region by 2030", 7) == "They agreed to raise trade …"
    # (nor one in words, nor its unit)
    assert briefing.shorten("will establish a joint investment fund with an initial capital of two hundred and fifty million US "
                            "dollars, to be contributed in equal shares", 16) == (
        "will establish a joint investment fund with an initial capital of two hundred and fifty million US dollars …")
    assert briefing.shorten("will raise capacity to 300 megawatts by 2027 and more", 5) == "will raise capacity to 300 megawatts …"


def test_an_item_of_a_list_a_whole_position_leads_into_is_worded_with_its_lead():
    assert positions_worded("Japan will support Kenya, including through:\n\n- training of officials;\n- grants for "
                            "schools.\n\nThe two sides agreed to:\n\n- expand trade;\n- hold talks.") == [
        "will support Kenya, including through", "will … including through training of officials",
        "will … including through grants for schools", "agreed to expand trade", "agreed to hold talks"]



def test_a_pledge_to_refrain_is_not_worded_as_its_opposite():
    # ("will refrain from imposing" is a pledge not to impose: never "will not refrain from")
    assert positions_worded("We will refrain from imposing export restrictions on food. We will:\n\n1. Refrain from "
                            "imposing export restrictions on fertiliser;\n2. Not support the blockade;\n3. Strengthen the "
                            "Black Sea Grain Initiative.") == [
        "will refrain from imposing export restrictions on food", "will refrain from imposing export restrictions on fertiliser",
        "will not support the blockade", "will strengthen the Black Sea Grain Initiative"]
    rows = analysis.analyze(S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2025\n\nTrade\n\nThe two "
                                        "sides will refrain from new tariffs.\n")).commitments.to_dict("records")
    assert rows[0]["negated"] and briefing.verb_text(rows[0]) == "will"


def test_a_paragraph_that_opens_on_its_verb_is_worded_in_lower_case():
    body = ("The Peace and Security Council of the African Union, at its 1250th meeting, adopted the following:\n\n"
            "Council,\n\n1. Takes note of the briefing by the Commission;\n\n2. Strongly condemns the attacks on civilians;\n\n"
            "3. Decides to deploy a monitoring mission within 90 days;\n\n4. Appeals to Member States to contribute USD 25 "
            "million to the AU Peace Fund.\n")
    st = S.from_text("Communiqué of the 1250th meeting of the Peace and Security Council\n\nAddis Ababa, 14 March 2025\n\n" + body)
    worded = [briefing.position_text(st, r, 16) for r in analysis.analyze(st).commitments.to_dict("records")]
    assert worded == ["takes note of the briefing by the Commission", "strongly condemns the attacks on civilians",
                      "decides to deploy a monitoring mission within 90 days",
                      "appeals to Member States to contribute USD 25 million to the AU Peace Fund"]


def test_a_date_before_the_statements_own_is_not_due_after_it():
    st = S.from_text("Joint Communiqué of Vanuatu and Portugal\n\nNew York, 23 September 2025\n\nRelations\n\nThe Parties "
                     "shall establish diplomatic relations at ambassadorial level as of 1 July 2025. The Parties shall hold "
                     "consultations before 31 December 2026.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after")]
    assert len(dated) == 1 and "31 December 2026" in dated[0] and "1 July 2025" not in dated[0]


def test_a_date_is_listed_with_the_act_of_the_sentence_it_closes():
    st = S.from_text("Joint Statement of the Summit of the Gulf Cooperation Council and the States of Central Asia\n\n"
                     "Riyadh, 8 June 2025\n\nCulture\n\nThe GCC side expressed its intention to offer 1,000 scholarships, and "
                     "the Central Asian side will designate 2026 as the Year of Culture.\n")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after")]
    assert dated == ["Due after the statement's date: the Central Asian States: designate 2026 as the Year of Culture."]


def test_an_item_that_takes_its_lead_ins_verb_is_worded_in_lower_case_in_the_table():
    a = analysis.analyze(S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2025\n\nTrade\n\nWe will:\n\n"
                                     "1. Continue to fund the World Food Programme;\n2. Japan to host the forum.\n"))
    assert [briefing.target_text(r, 12) for r in a.pledges.to_dict("records")] == [
        "continue to fund the World Food Programme", "Japan to host the forum"]


def test_the_figures_table_says_what_a_share_is_of_and_how_often():
    st = S.from_text("Joint Statement of Norway and Chile\n\nSantiago, 14 March 2025\n\nDefence\n\nAllies commit to invest 5% "
                     "of GDP annually by 2035, including at least 3.5% of GDP on core requirements. Prices peaked at "
                     "€340/MWh.\n")
    rows = [line.split(" | ")[:3] for line in briefing.figures_table(analysis.analyze(st), {"detail": "full"}).text.splitlines()[1:]]
    assert [r for r in rows if r[0] != "2035"] == [
        ["5%", "", "GDP (a year)"], ["3.5%", "at least", "core requirements (of GDP)"], ["€340", "", "per MWh"]]


def test_only_a_verb_is_put_in_lower_case_not_a_name_or_a_passives_subject():
    assert briefing.verb_case("European Investment Bank financing for ports") == "European Investment Bank financing for ports"
    assert briefing.verb_case("Continue to fund the WFP") == "continue to fund the WFP"
    assert briefing.verb_case("Strongly condemns the attacks") == "strongly condemns the attacks"
    assert positions_worded("Support for the Lake Victoria project will be provided by Japan.") == [
        "Support for the Lake Victoria project will be provided by Japan"]


@pytest.mark.parametrize("closing", [
    "This summary is issued under the Chair's own responsibility and does not necessarily reflect the agreed views of all participants.",
    "This Chair's Summary was prepared under the responsibility of the Presidency and is not a consensus document.",
])
def test_the_briefing_says_when_the_text_does_not_speak_for_all_who_took_part(closing):
    text = ("# Chair's Summary: Ministerial Meeting on Ocean Governance\r\n\r\nLisbon, 12 May 2025\r\n\r\n"
            "## 1. Fisheries\r\n\r\nMinisters stressed the need to end illegal fishing. Several Ministers called for a "
            "binding instrument by 2027.\r\n\r\n## 2. Closing\r\n\r\n" + closing + "\r\n")
    a = analysis.analyze(S.from_text(text))
    assert a.statement.sentences[a.summary["not_agreed_by_all"]].text == closing
    note = briefing.legal_note(a)
    assert note.startswith("The text says it does not speak for all who took part (\u201c") and "not views every participant agreed" in note
    assert any(line == note for line in briefing.executive_summary(a))
    assert briefing.commitments_table(a).text.startswith(note)
    # a joint statement that says nothing of the kind
    plain = analysis.analyze(S.from_text(text.replace(closing, "The Ministers will meet again in 2026.")))
    # (a chair's summary all the same, which the briefing says)
    assert plain.summary["not_agreed_by_all"] is None and plain.summary["chair_text"] is True
    assert briefing.legal_note(plain).startswith("The text is a chair's, issued on the chair's authority")


def test_each_section_digest_lists_its_own_figures_when_two_sections_share_a_name():
    text = ("Joint Statement of Chile and New Zealand\n\nWellington, 2 May 2025\n\nI. Trade\n\nChile will invest USD 40 million "
            "in ports.\n\nII. Trade\n\nNew Zealand will train 300 inspectors by 2027.\n")
    a = analysis.analyze(S.from_text(text))
    rich = briefing.section_digests(a)
    first, second = rich.text.split("Chile will invest", 1)[1].split("New Zealand will train", 1)
    assert "US$40 million" in first and "300" not in first
    assert "300 (inspectors)" in second and "US$40 million" not in second
    assert rich.html.count('id="digest-trade"') == 1 and 'id="digest-trade-2"' in rich.html


def test_items_under_a_request_to_a_named_body_keep_whom_it_asks():
    text = ("Communiqué of the G20 Finance Ministers and Central Bank Governors\r\n\r\nRio de Janeiro, 26 July 2025\r\n\r\n"
            "Debt\r\n\r\nWe ask the IMF and the World Bank to:\r\n\r\n(a) update the debt sustainability framework by end-2025; and\r\n\r\n"
            "(b) present a note on debt transparency by April 2026.\r\n\r\nWe ask the Committee on Payments and Market "
            "Infrastructures (CPMI) to:\r\n\r\n(a) report on cross-border payments by October 2025;\r\n\r\n(b) assess stablecoin arrangements.\r\n")
    st = S.from_text(text)
    from communique import commitments as C

    got = [briefing.position_text(st, r, 40) for r in C.extract(st).to_dict("records")]
    assert got == [
        "ask the IMF and the World Bank to update the debt sustainability framework by end-2025",
        "ask the IMF and the World Bank to present a note on debt transparency by April 2026",
        "ask the Committee on Payments and Market Infrastructures (CPMI) to report on cross-border payments by October 2025",
        "ask the Committee on Payments and Market Infrastructures (CPMI) to assess stablecoin arrangements",
    ]


def test_the_summary_says_a_tables_total_row_is_a_total():
    md = ("# Joint Statement of Ireland and Mongolia\n\nDublin, 12 March 2026\n\n## Projects\n\nThe two sides will fund three "
          "projects.\n\n| Project | Budget (MNT) |\n|---|---|\n| Pasture programme | 15.5 billion |\n| Aviation safety | 6.6 billion |\n"
          "| Total | 22.1 billion |\n")
    a = analysis.analyze(S.from_text(md, fmt="md"))
    line = next(t for t in briefing.executive_summary(a) if t.startswith("It cites"))
    assert "₮22.1 billion in total" in line and "for Total" not in line


def test_prose_about_another_texts_consensus_is_no_disclaimer_of_this_one():
    st = S.from_text("Chair's Summary of the Ministerial Meeting\n\nLisbon, 12 May 2025\n\nAgriculture\n\nMinisters regretted that "
                     "the draft Ministerial Declaration does not reflect the consensus reached in Abu Dhabi on agriculture.\n")
    a = analysis.analyze(st)
    assert a.summary["not_agreed_by_all"] is None and "does not speak for all" not in (briefing.legal_note(a) or "")


def test_the_briefing_says_which_participant_reserved_its_position():
    text = ("Fifty-Fourth Pacific Islands Forum Leaders Meeting: Communiqué\n\nHoniara, 12 September 2025\n\n1. Climate Change\n\n"
            "Leaders agreed to a regional levy on shipping emissions. Fiji reserved its position on the levy pending domestic "
            "consultations.\n\n2. Regional Architecture\n\nLeaders endorsed the Review. Hungary dissociated itself from "
            "paragraph 2. Tonga did not join the consensus on the Review.\n\n3. Oceans\n\nLeaders reserve the right to "
            "revisit the matter.\n")
    a = analysis.analyze(S.from_text(text))
    assert [a.statement.sentences[i].text[:12] for i in a.summary["reservations"]] == ["Fiji reserve", "Hungary diss", "Tonga did no"]
    note = briefing.legal_note(a)
    assert note.startswith("Where the participants did not all agree: \u201cFiji reserved its position on the levy pending")
    assert briefing.commitments_table(a).text.startswith(note) and any(line == note for line in briefing.executive_summary(a))
    plain = analysis.analyze(S.from_text(text.split("Fiji reserved")[0]))
    assert plain.summary["reservations"] == [] and briefing.legal_note(plain) is None
    # and where the participants say they did not agree
    a = analysis.analyze(S.from_text(text.split("Fiji reserved")[0] + "Leaders did not reach agreement on the levy's rate. "
                                     "Differences remained on shipping.\n"))
    assert [a.statement.sentences[i].text[:16] for i in a.summary["reservations"]] == ["Leaders did not ", "Differences rema"]


def test_items_under_a_verb_and_the_following_things_take_the_verb():
    text = ("Joint Statement of Japan and the Philippines\n\nManila, 4 November 2025\n\nSecurity\n\nThe Japanese side announced "
            "that it will provide, through Official Security Assistance (OSA), the following equipment to the Armed Forces of "
            "the Philippines:\n(a) coastal radar systems for the Philippine Navy, worth 600 million yen;\n(b) rigid-hull "
            "inflatable boats; and\n(c) an air surveillance radar system in FY2026, subject to the completion of domestic "
            "procedures.\n")
    st = S.from_text(text)
    from communique import commitments as C

    df = C.extract(st)
    assert [briefing.position_text(st, r, 40) for r in df.to_dict("records")] == [
        "will provide coastal radar systems for the Philippine Navy, worth 600 million yen",
        "will provide rigid-hull inflatable boats",
        "will provide an air surveillance radar system in FY2026, subject to the completion of domestic procedures",
    ]
    assert df["actor"].tolist() == ["Japan"] * 3 and df["conditional"].tolist() == [False, False, True]


def test_the_briefing_says_a_chairs_statement_is_the_chairs_account():
    text = ("CHAIRMAN'S STATEMENT OF THE 47TH ASEAN SUMMIT\n\nKuala Lumpur, 26 October 2025\n\nECONOMY\n\n1. We welcomed "
            "the signing of the Digital Economy Framework Agreement.\n\n2. We tasked the relevant Ministers to report by 2026.\n")
    a = analysis.analyze(S.from_text(text))
    assert a.summary["chair_text"] is True
    assert briefing.legal_note(a).startswith("The text is a chair's, issued on the chair's authority")
    plain = analysis.analyze(S.from_text(text.replace("CHAIRMAN'S STATEMENT OF", "JOINT STATEMENT OF")))
    assert plain.summary["chair_text"] is False and briefing.legal_note(plain) is None


def test_the_cover_names_a_ruling_partys_general_secretary_among_the_leaders():
    st = S.from_text("Joint Statement of Korea and Viet Nam\n\nHanoi, 11 August 2025\n\nAt the invitation of General Secretary of "
                     "the Communist Party of Viet Nam To Lam, President of the Republic of Korea Lee Jae-myung paid a State visit "
                     "to Viet Nam.\n\nTrade\n\nThe two sides will expand trade.\n")
    assert "Leaders: Lee Jae-myung (South Korea), To Lam (Vietnam)\n" in briefing.cover(st, {"statement": "s.txt"}).text


def test_milestones_a_plan_sets_out_are_positions_of_those_who_adopted_it():
    text = ("Joint Statement of Korea and Viet Nam\n\nHanoi, 11 August 2025\n\nAction Plan\n\nThe two leaders adopted the Action "
            "Plan 2025–2030, which sets out the following milestones:\n  – Convening the first Vice-Ministerial Dialogue in Q3 "
            "2026;\n  – Completing the FTA upgrade review by the end of 2026.\n")
    st = S.from_text(text)
    from communique import commitments as C

    df = C.extract(st)
    assert df[["actor", "verb"]].values.tolist() == [["both", "adopt"]] * 3
    assert [briefing.position_text(st, r, 40) for r in df.to_dict("records")][1:] == [
        "adopted … which sets out the following milestones: convening the first Vice-Ministerial Dialogue in Q3 2026",
        "adopted … which sets out the following milestones: completing the FTA upgrade review by the end of 2026"]


def test_the_briefing_says_when_the_text_makes_all_it_says_subject_to_a_condition():
    text = ("Joint Declaration of Intent between Germany and India\n\nNew Delhi, 15 March 2025\n\nFinance\n\nGermany will "
            "provide EUR 1 billion by 2027.\n\nFinal provisions\n\nAll activities under it are subject to the availability "
            "of funds.\n")
    a = analysis.analyze(S.from_text(text))
    assert a.statement.sentences[a.summary["subject_to"]].text.startswith("All activities under it")
    assert briefing.legal_note(a).startswith("The text makes all it says subject to a condition (\u201cAll activities")
    plain = analysis.analyze(S.from_text(text.replace("All activities under it are subject to the availability of funds.",
                                                      "Germany will be subject to scrutiny.")))
    assert plain.summary["subject_to"] is None and briefing.legal_note(plain) is None


def test_an_operative_verb_in_capitals_is_worded_in_lower_case():
    st = S.from_text("FINAL COMMUNIQUÉ OF THE ECOWAS AUTHORITY\n\nAbuja, 15 December 2024\n\nSECURITY\n\nThe Authority DECIDES to "
                     "grant a transition period. It CALLS ON ECOWAS partners to act.\n")
    from communique import commitments as C

    assert [briefing.position_text(st, r) for r in C.extract(st).to_dict("records")] == [
        "decides to grant a transition period", "calls on ECOWAS partners to act"]


def test_a_long_title_follows_the_name_in_the_actors_table():
    st = S.from_text("Joint Statement of Canada and Indonesia\n\nJakarta, 3 March 2025\n\nTrade\n\nThe leaders welcomed the "
                     "signature of the agreement by Prime Minister Mark Carney and Airlangga Hartarto, Coordinating Minister for "
                     "Economic Affairs of Indonesia.\n")
    html = briefing.actors_table(analysis.analyze(st)).html
    assert "Prime Minister Mark Carney" in html
    assert "Airlangga Hartarto, Coordinating Minister for Economic Affairs" in html


def test_a_long_preamble_is_not_called_most_of_the_text_and_a_refusal_reads_cannot():
    st = S.from_text("Joint Statement of Korea and Saudi Arabia\n\nRiyadh, 17 November 2025\n\nThe two sides met in Riyadh and "
                     "held talks on trade, energy, defence and culture. They reviewed the partnership in full.\n\nTrade\n\nThey "
                     "will expand trade in goods and services and open talks on an economic partnership.\n\nEnergy\n\nThey "
                     "will build a hydrogen plant together.\n\nSecurity\n\nWe cannot accept any unilateral change to the "
                     "status quo by force.\n")
    head = briefing.executive_summary(analysis.analyze(st))[0]
    assert "most of it" not in head and "the longest part is what comes before the first heading" in head
    from communique import commitments as C

    rows = C.extract(st).to_dict("records")
    assert briefing.verb_text(rows[-1]) == "cannot"


def test_a_denial_keeps_the_texts_own_tense():
    from communique import commitments as C

    st = S.from_text("Joint Statement of Australia and Viet Nam\n\nHanoi, 14 October 2025\n\nCooperation\n\nViet Nam does not intend "
                     "to participate in the initiative. Canada did not sign the pact. They do not recognize the annexation.\n")
    assert [briefing.position_text(st, r) for r in C.extract(st).to_dict("records")] == [
        "does not intend to participate in the initiative", "did not sign the pact", "do not recognize the annexation"]


def test_a_section_digest_keeps_a_condition_set_before_the_verb():
    st = S.from_text("Joint Statement by the European Union and Canada\n\nBrussels, 12 June 2025\n\nClimate\n\nIf sufficient funding "
                     "is secured, the EU will contribute a further €150 million to the fund. Canada will provide C$20 million, "
                     "subject to parliamentary approval.\n")
    html = briefing.section_digests(analysis.analyze(st)).html
    assert "will contribute a further €150 million to the fund (if sufficient funding is secured)" in html
    assert "subject to parliamentary approval (" not in html


def test_the_actors_table_says_whose_each_body_is_and_a_place_says_nothing():
    st = S.from_text("Joint Statement between Qatar and Korea\n\nDoha, 5 September 2025\n\nEnergy\n\nThe Qatar Investment Authority "
                     "will invest US$ 3.5 billion in Seoul. The Korea Trade Insurance Corporation will provide cover. The leaders met in "
                     "Doha and will meet again in Seoul.\n")
    html = briefing.actors_table(analysis.analyze(st)).html
    assert "Whose" in html and re.search(r"Qatar Investment Authority.*?Qatar</td>", html, re.S)
    from communique import entities as E

    df = E.extract(st)
    places = df[df.type == "place"]
    assert len(places) and all(s == [] for s in places.said)


def test_a_ministers_meeting_names_its_principals_on_the_cover():
    st = S.from_text("Joint Communiqué of the Australia–Viet Nam Foreign and Defence Ministers' Meeting\n\n1. The Minister for "
                     "Foreign Affairs of Australia, Senator the Hon Penny Wong, met the Minister of Foreign Affairs of Viet Nam, "
                     "H.E. Mr Bui Thanh Son, in Hanoi.\n\n2. The Ministers agreed to meet annually.\n\nHanoi, 14 October 2025\n")
    html = briefing.cover(st, {"statement": "x.txt"}).html
    assert "<dt>Principals</dt><dd>Penny Wong, Minister for Foreign Affairs (Australia); Bui Thanh Son, Minister of Foreign " \
           "Affairs (Vietnam)</dd>" in html
    # a leader the text names only after its opening is no principal of the ministers' statement
    st = S.from_text("Joint statement by Canada and the Philippines\nFebruary 2, 2026 - Ottawa - Global Affairs Canada\n"
                     "The Honourable Anita Anand, Minister of Foreign Affairs of Canada, and the Honourable Ma. Theresa "
                     "Lazaro, Secretary of Foreign Affairs of the Philippines, today issued the following statement.\n\n"
                     "We agreed to meet again.\n\nWe look forward to welcoming Prime Minister Mark Carney to Manila.\n")
    html = briefing.cover(st, {"statement": "x.txt"}).html
    assert "<dt>Principals</dt><dd>Anita Anand, Minister of Foreign Affairs (Canada); Ma. Theresa Lazaro, Secretary of " \
           "Foreign Affairs (Philippines)</dd>" in html
    assert "Carney" not in html


def test_an_item_under_a_lead_in_that_names_its_field_reads_with_it():
    from communique import commitments as C

    st = S.from_text("Joint Communiqué of Australia and Viet Nam\n\nHanoi, 14 October 2025\n\nDefence\n\n9. The two sides decided "
                     "to deepen defence cooperation in the following areas: (a) United Nations peacekeeping; (b) military "
                     "medicine.\n\n10. The leaders agreed on the following: (a) a joint working group; (b) annual talks.\n")
    assert [briefing.position_text(st, r) for r in C.extract(st).to_dict("records")] == [
        "decided to deepen defence cooperation in the following areas: United Nations peacekeeping",
        "decided to deepen defence cooperation in the following areas: military medicine",
        "agreed on the following: a joint working group", "agreed on the following: annual talks"]


def test_a_forecasts_years_are_nothing_due():
    st = S.from_text("G20 Leaders Declaration\n\nJohannesburg, 23 November 2025\n\nEconomy\n\nGlobal growth is projected at 3.2 "
                     "percent in 2025 and 3.1 percent in 2026. We will meet again in 2026.\n")
    assert briefing._future_items(analysis.analyze(st)) == ["all parties: meet again in 2026"]


def test_the_firmest_positions_keep_the_deadline_a_cut_would_lose():
    assert briefing._with_deadline("reaching 19.6 GW of offshore wind capacity in the Baltic Sea by …", ["by 2030"]) \
        == "reaching 19.6 GW of offshore wind capacity in the Baltic Sea … by 2030"
    # (none lost, or none read: as shortened)
    assert briefing._with_deadline("hold talks by 2030 …", ["by 2030"]) == "hold talks by 2030 …"
    assert briefing._with_deadline("hold talks on trade …", []) == "hold talks on trade …"
    # (the timeline is the analysis's: a year the statement has passed is none, so none is added)
    txt = ("Joint Statement of Estonia and Finland\n\nTallinn, 3 March 2024\n\nEnergy\n\nAll parties commit to reaching 19.6 "
           "GW of offshore wind capacity in the Baltic Sea by 2030 under the Marienborg Declaration on energy security.\n")
    line = [x for x in briefing.executive_summary(analysis.analyze(S.from_text(txt))) if "The firmest" in x][0]
    assert "… by 2030" in line


def test_a_dateline_with_its_date_in_words_shows_its_place():
    st = S.from_text("Joint Readout of the Call between the United States and Brazil\n\nWashington, D.C., the twelfth of "
                     "November, two thousand twenty-four\n\nCall\n\nThe two ministers agreed to meet.\n")
    assert st.date == dt.date(2024, 11, 12)
    assert briefing._dateline_place(st) == "Washington, D.C."


def test_an_item_that_names_its_party_first_is_said_without_the_name_again():
    md = ("# Joint Statement of Estonia and Iceland\n\nVilnius, 29 August 2024\n\n## Ukraine\n\nThe ministers announced the "
          "following new national pledges:\n\n- Estonia: 0.25% of GDP annually for military aid until 2027\n- Iceland: ISK 4 "
          "billion for demining over 2024-2028\n")
    lines = briefing.executive_summary(analysis.analyze(S.from_text(md, fmt="md")))
    text = " ".join(lines)
    assert "Estonia: 0.25%" not in text and "Iceland: ISK" not in text
    assert "Estonia announced 0.25% of GDP annually for military aid until 2027" in text


def test_an_event_named_by_a_code_takes_no_article_in_what_is_due():
    md = ("# Joint Readout: Call Between the Secretary of State and the Foreign Minister of Brazil\n\nWashington, D.C., 12 "
          "November 2024\n\nThe Secretary welcomed Brazil's leadership of COP30 in Belém in November 2025.\n")
    lines = briefing.executive_summary(analysis.analyze(S.from_text(md, fmt="md")))
    due = [x for x in lines if x.startswith("Due after")]
    assert due == ["Due after the statement's date: COP30 (in November 2025)."]


def test_a_plans_rows_are_due_as_acts_of_their_lead_without_the_lead_cell():
    st = S.from_text("# Joint Statement of Canada and Mexico\n\nOttawa, 12 March 2025\n\n## Next steps\n\n| Action | Lead | By |\n"
                     "| --- | --- | --- |\n| Launch a joint working group on grid interconnection | Canada | June 2025 |\n"
                     "| Publish a critical minerals roadmap | Mexico | December 2025 |\n", fmt="md")
    dated = [x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after")][0]
    assert dated == ("Due after the statement's date: Canada: launch a joint working group on grid interconnection by June 2025; "
                     "Mexico: publish a critical minerals roadmap by December 2025.")


def test_a_statement_without_headings_has_no_section_column_chart_or_preamble():
    a = analysis.analyze(S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nJapan will provide USD 5 "
                                     "million to Kenya. Kenya will host 200 Japanese students in 2026. The leaders welcomed "
                                     "the Mombasa Port Development Project.\n"))
    assert briefing.headless(a.statement)
    figures = briefing.figures_table(a).html
    assert "USD 5 million" in figures and "Section" not in figures and "(Preamble)" not in figures
    assert "First mention" not in briefing.actors_table(a).html
    assert "no headings" in briefing.section_words_chart(a).html
    table = briefing.sections_table(a).html
    assert ">The statement<" in table and "(Preamble)" not in table
    assert "no headings" in briefing.topic_by_section_chart(a).html
    digests = briefing.section_digests(a).html
    assert ">The statement<" in digests and "(Preamble)" not in digests


def test_a_plans_rows_open_on_their_action_and_read_as_sentences_in_the_summary():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 3 May 2025\n\nPlan\n\n| Pillar | Action | Lead | Timeline |\n"
                     "| --- | --- | --- | --- |\n| Mobility | Increase the worker intake by 10% | ESDC / STPS | 2026 |\n"
                     "| Energy | Study a clean electricity corridor | Natural Resources Canada | By December 2026 |\n", fmt="md")
    assert st.sentences[0].text == "Increase the worker intake by 10%; lead: ESDC / STPS; by 2026; pillar: Mobility"
    a = analysis.analyze(st)
    assert a.commitments.verb.tolist()[0] == "increase"
    due = [x for x in briefing.executive_summary(a) if x.startswith("Due after")][0]
    assert "Natural Resources Canada: study a clean electricity corridor by December 2026" in due
    assert "lead:" not in due and "pillar" not in due
    assert briefing.plan_plain("Study a corridor; lead: Canada; by June 2025; pillar: Energy") == "study a corridor by June 2025"


def test_a_plans_row_that_names_a_project_keeps_its_capitals():
    text = ("# Joint Statement of the Australia–Pacific Ministers' Meeting\n\nBrisbane, 12 February 2026\n\nThe Ministers of "
            "Australia, Fiji, New Zealand, Papua New Guinea and Samoa met in Brisbane.\n\n## Infrastructure\n\nMinisters agreed the following implementation plan.\n\n| Project | Lead | Funding | Deadline |\n|---|---|---|---|\n"
            "| Papua New Guinea Rural Connectivity Program | Australia | USD 120 million | 2028 |\n"
            "| Fiji Regional Maritime Hub | New Zealand | NZD 50 million | End of 2027 |\n"
            "| Upgrade the Apia port | Samoa | US$95 million | Mid-2026 |\n")
    a = analysis.analyze(S.from_text(text, fmt="md"))
    rows = a.commitments[a.commitments["verb"] != "agree"]
    assert rows["actor"].tolist() == ["Australia", "New Zealand", "Samoa"]
    said = [briefing.position_text(a.statement, r, 30) for r in rows.to_dict("records")]
    assert said[0] == "lead Papua New Guinea Rural Connectivity Program; USD 120 million by 2028"
    assert said[1] == "lead Fiji Regional Maritime Hub; NZD 50 million by end of 2027"
    assert said[2].startswith("upgrade the Apia port")
    due = " ".join(x for x in briefing.executive_summary(a) if x.startswith("Due after"))
    assert "papua" not in due and "fiji" not in due
    assert "Australia: lead Papua New Guinea Rural Connectivity Program; USD 120 million by 2028" in due


def test_an_event_due_takes_its_own_date_not_another_s_in_the_sentence():
    text = ("Joint statement by Canada and the Philippines\n\nOttawa, 2 February {y}\n\nWe look forward to the 80th "
            "anniversary of Canada-Philippines diplomatic relations in 2029 and to welcoming Prime Minister Mark Carney to "
            "Manila for the ASEAN Summit hosted by the Philippines in 2026.\n")
    assert briefing._future_items(analysis.analyze(S.from_text(text.format(y=2025)))) == ["the ASEAN Summit (in 2026)"]
    items = briefing._future_items(analysis.analyze(S.from_text(text.format(y=2026))))
    assert not any("ASEAN Summit (in 2029)" in i for i in items) and any("2029" in i for i in items)


def test_the_actors_table_says_what_each_party_undertakes_and_not_what_it_is_asked():
    st = S.from_text("Joint Statement by India and the UAE\n\nNew Delhi, 4 March 2026\n\nIndia will establish a Bharat Mart. "
                     "The UAE will invest USD 75 billion in India. The leaders called on the Rapid Support Forces to agree to "
                     "a ceasefire. The two sides agreed to hold talks.\n")
    html = briefing.actors_table(analysis.analyze(st)).html
    rows = [re.sub(r"\s*<[^>]+>\s*", " ", r).split() for r in re.findall(r"<tr>(.*?)</tr>", html, re.S)]
    uae = next(" ".join(r) for r in rows if "United Arab Emirates" in " ".join(r))
    # (the verb of its pledge, and what both sides agree, each party's)
    assert "invest," in uae and uae.endswith("agree")
    rsf = next(" ".join(r) for r in rows if "Rapid Support Forces" in " ".join(r))
    assert "agree" not in rsf


def test_the_second_of_two_acts_under_one_verb_reads_alone():
    st = S.from_text("Joint Statement of Kenya and the United States\n\nNairobi, 4 March 2026\n\nX\n\nKenya committed to completing its "
                     "regulatory reforms by December 2026, and to reducing the time required to clear goods by 30 percent.\n")
    from communique import commitments as C

    texts = [briefing.position_text(st, r) for r in C.extract(st).to_dict("records")]
    assert texts == ["committed to completing its regulatory reforms by December 2026",
                     "committed to reducing the time required to clear goods by 30 percent"]


def test_a_section_in_capitals_is_named_as_the_charts_name_it_in_every_table():
    a = analysis.analyze(S.from_text("JOINT COMMUNIQUE OF MOROCCO AND BRAZIL\n\nRabat, 3 March 2026\n\nTRADE AND INVESTMENT\n\n"
                                     "Both sides will raise trade to US$5 billion by 2028.\n\nREGIONAL AND INTERNATIONAL ISSUES\n\n"
                                     "Both sides called on all parties to respect the ceasefire in Gaza and the EU role.\n"))
    assert briefing.section_name("TRADE AND INVESTMENT") == "Trade and Investment"
    assert briefing.section_name("EU-CHILE RELATIONS") == "EU-Chile Relations"
    # (a short one too, beside its longer neighbours; an acronym alone stays one)
    assert [briefing.section_name(h) for h in ("TRADE", "SPACE", "ASEAN", "G20")] == ["Trade", "Space", "ASEAN", "G20"]
    assert briefing.section_name(None) == "(Preamble)"
    text = " ".join(briefing.executive_summary(a))
    assert "Trade and Investment" in text or "Regional and International Issues" in text
    assert "TRADE AND INVESTMENT" not in str(briefing.commitments_table(a))
    assert "Trade and Investment" in str(briefing.sections_table(a)) and "TRADE AND" not in str(briefing.sections_table(a))
    table = str(briefing.commitments_by_actor(a))
    assert "Calls on others" in table and "Endorsements" in table


def test_the_summary_names_the_party_not_the_means_and_a_plan_adopted_for_years_ahead_is_nothing_due():
    a = analysis.analyze(S.from_text(
        "JOINT COMMUNIQUE OF MOROCCO AND JAPAN\n\nRabat, 3 March 2026\n\nThe two sides decided to elevate their relationship and "
        "adopted a Joint Action Plan for 2026-2028. Japan will provide ¥12 billion through JBIC for nickel refining in "
        "Mindanao by 2027. Morocco will host the next Joint Commission by June 2027.\n"))
    text = " ".join(briefing.executive_summary(a))
    assert "Japan will provide ¥12 billion through JBIC" in text and "JBIC will provide" not in text
    due = next(x for x in briefing.executive_summary(a) if x.startswith("Due after"))
    assert "Joint Action Plan" not in due and "host the next Joint Commission by June 2027" in due


def test_a_pronoun_a_position_would_leave_alone_takes_back_its_noun():
    a = analysis.analyze(S.from_text(
        "JOINT COMMUNIQUE OF MOROCCO AND BRAZIL\n\nRabat, 3 March 2026\n\nThe two sides noted that bilateral trade reached US$3.1 "
        "billion in 2025 and committed to raising it to US$5 billion by 2028. They signed an Agreement on the Promotion and "
        "Reciprocal Facilitation of Investments and committed to its ratification by June 2027.\n"))
    said = [briefing.position_text(a.statement, r, 30) for r in a.commitments.to_dict("records") if r["verb"] == "commit"]
    assert said == ["committed to raising bilateral trade to US$5 billion by 2028",
                    "committed to the ratification of the Agreement on the Promotion and Reciprocal Facilitation of Investments "
                    "by June 2027"]


def test_the_summary_gives_a_passive_or_a_gift_received_as_its_whole_clause():
    st = S.from_text("Joint Statement by Kenya, Norway and Sweden\n\nNAIROBI, 9 April 2026\n\nCLIMATE\n\nKenya will receive "
                     "NOK 100 million from Norway and Sweden over five years. Two patrol vessels will be provided by Japan "
                     "to Kenya in 2027. The Joint Action Plan will be revised by June 2027.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "The firmest: Kenya will receive NOK 100 million from Norway and Sweden over five years (" in text
    assert "; all parties: the Joint Action Plan will be revised by June 2027 (" in text
    assert "two patrol vessels will be provided by Japan to Kenya in 2027 (" in text
    assert "Japan Two" not in text and "parties The" not in text


def test_the_commitments_table_gives_no_second_verb_to_a_whole_clause():
    st = S.from_text("Joint Statement by Tuvalu and Australia\n\nFUNAFUTI, 9 April 2026\n\nCLIMATE\n\nTuvalu will receive A$15 "
                     "million from Australia for its Coastal Adaptation Project. Australia will train 40 engineers.\n")
    html = briefing.commitments_table(analysis.analyze(st)).html
    assert '<td class="">—</td>' in html and "Tuvalu will receive A&#36;15 million from Australia" in html
    assert '<td class="">will</td>' in html


def test_a_cut_inside_a_timeline_gives_it_once_and_beyond_a_year_keeps_its_word():
    st = S.from_text("# FACT SHEET: United States and Indonesia\n\n## Trade\n\n- **Agriculture:** Indonesian importers committed to "
                     "purchase $4.5 billion of U.S. wheat, soybeans, and cotton between 2027 and 2030, an increase of 25 percent "
                     "over the previous four-year period.\n- MIND ID and Freeport-McMoRan signed a memorandum of understanding "
                     "to extend their partnership at the Grasberg mine beyond 2041.\n", fmt="md")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "between 2027 … between" not in text and "cotton … between 2027 and 2030 (" in text
    assert "beyond 2041" in text


def test_an_amounts_purpose_that_opens_its_sentence_loses_only_the_sentences_capital():
    st = S.from_text("# FACT SHEET: United States and Indonesia\n\n## Trade\n\n- Two-way goods trade reached $39.8 billion in 2025.\n"
                     "- Korean investment in Indonesia reached $2 billion.\n- The United States will provide $5 million for the "
                     "Pacific Resilience Facility.\n", fmt="md")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "$39.8 billion for two-way goods trade" in text and "$2 billion for Korean investment in Indonesia" in text
    assert "$5 million for the Pacific Resilience Facility" in text


def test_a_decisions_item_with_its_verb_in_capitals_is_an_act_due_and_an_event_date_is_not_said_twice():
    st = S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHONIARA, 27 May 2026\n\nLeaders decided to:\n\n1. Task the "
                     "Secretariat with convening a Special Leaders Retreat on climate finance before COP31;\n2. Welcome the "
                     "preparations for COP31 in November 2026.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "task the Secretariat with convening a Special Leaders Retreat on climate finance" in text
    assert "COP31 (before COP31)" not in text


def test_money_to_a_programme_the_text_calls_by_its_head_word_names_it_in_full():
    st = S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHONIARA, 27 May 2026\n\nLeaders endorsed the Pacific "
                     "Policing Initiative. Australia will contribute A$400 million over five years to the Initiative.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "A$400 million to the Pacific Policing Initiative" in text


def test_an_office_in_the_dateline_is_the_issuer_and_a_place_in_capitals_reads_as_a_name():
    st = S.from_text("# FACT SHEET: United States and Indonesia\n\n*The White House, April 8, 2026*\n\n## Trade\n\nIndonesia will "
                     "eliminate tariffs on U.S. goods.\n", fmt="md")
    assert st.issuer == "The White House" and briefing._dateline_place(st) == ""
    st = S.from_text("JOINT COMMUNIQUE OF THE PACIFIC ISLANDS FORUM LEADERS\n\nDAR ES SALAAM, 27 May 2026\n\nCLIMATE\n\nLeaders "
                     "agreed to expand the Pacific Resilience Facility.\n")
    assert briefing._dateline_place(st) == "Dar es Salaam"
    assert S.title_cased("WASHINGTON, D.C.") == "Washington, D.C."


def test_the_summary_says_an_accepted_invitation_as_one():
    st = S.from_text("Joint Statement of Canada and South Korea\n\nOttawa, 9 March 2026\n\nPrime Minister Carney invited President "
                     "Lee to visit Canada in 2027, which he accepted.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "South Korea accepted the invitation to visit Canada in 2027 (timeline)" in text


def test_the_summary_says_a_plan_rows_imperative_as_the_actors_to_do():
    st = S.from_text("# Joint Statement by the Leaders of Australia, Japan and the United States\n\n## Deliverables\n\n| Initiative | "
                     "Lead | Timeline |\n|---|---|---|\n| Launch the Pacific Undersea Cable Resilience Fund with US$300 million | "
                     "United States | By December 2026 |\n", fmt="md")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "the United States to launch the Pacific Undersea Cable Resilience Fund with US$300 million" in text


def test_the_commitments_table_tells_its_actors_acts_in_the_third_person_and_keys_its_strengths():
    st = S.from_text("# Leaders' Declaration\n\n## Economy\n\nWe, the Leaders of Qatar, Oman and Kuwait, met in Doha.\n\n- We task "
                     "our Ministers of Foreign Affairs to meet in 2027.\n", fmt="md")
    html = briefing.commitments_table(analysis.analyze(st)).html
    assert "their Ministers of Foreign Affairs to meet in 2027" in html and "our Ministers" not in html
    # (the key is the header's first row, which a printed page keeps with the first rows)
    assert '<thead><tr class="cq-key"><th colspan="5">Strength: 4, a commitment with a numeric target' in html


def test_a_named_instrument_opening_on_its_year_takes_the_article():
    assert [briefing.initiative_phrase(n) for n in ("1982 United Nations Convention on the Law of the Sea", "5G Clean Network",
                                                      "Beca 18")] == [
        "the 1982 United Nations Convention on the Law of the Sea", "5G Clean Network", "Beca 18"]


def test_an_amounts_named_purpose_keeps_the_article_the_text_gives_it():
    st = S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHoniara, 27 May 2026\n\nA third of the Peace Fund's "
                     "endowment target of USD 400 million has been raised.\n")
    assert "US$400 million for the Peace Fund's endowment target" in " ".join(briefing.executive_summary(analysis.analyze(st)))


def test_an_amounts_purpose_named_by_its_possessive_names_its_owner():
    st = S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHoniara, 27 May 2026\n\nLeaders welcomed the capitalisation "
                     "of the Pacific Resilience Facility, which has now received pledges totalling USD 212 million against its "
                     "target of USD 500 million.\n")
    text = " ".join(briefing.executive_summary(analysis.analyze(st)))
    assert "US$500 million for the Pacific Resilience Facility's target" in text


def test_the_summarys_dates_ahead_open_on_what_a_side_undertook_by_then():
    st = S.from_text("Joint Statement of Chile and Korea\n\nSantiago, 3 March 2026\n\nOutlook\n\nThe region's population will "
                     "pass 30 million in 2030. A census is planned for 2028. Korea will open a trade office in Santiago by 2027.\n")
    line = next(x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after"))
    assert line.startswith("Due after the statement's date: South Korea: open a trade office in Santiago by 2027;")


def test_a_deadline_in_brackets_keeps_its_preposition_and_article():
    st = S.from_text("Joint Declaration of Chile and Argentina\n\nSantiago, 3 March 2026\n\nInfrastructure\n\nThe two sides "
                     "instructed EBITAN to present a financing proposal for the Agua Negra tunnel between the two provinces in the "
                     "first half of 2027.\n")
    line = next(x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after"))
    assert line.endswith("(in the first half of 2027).") and "in the (" not in line


def test_an_event_a_sides_dated_act_names_is_listed_once_as_that_act():
    st = S.from_text("Quad Leaders' Joint Statement\n\nWilmington, 21 September 2026\n\nQuad Architecture\n\nWe welcome India's "
                     "offer to host the next Quad Leaders' Summit in 2027.\n")
    line = next(x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after"))
    assert line == "Due after the statement's date: India: host the next Quad Leaders' Summit in 2027."


def test_a_body_tasked_with_an_act_by_a_deadline_is_due():
    st = S.from_text("COMMUNIQUÉ OF THE 1290TH MEETING OF THE PEACE AND SECURITY COUNCIL\n\nThe Peace and Security Council of the "
                     "African Union (AU), at its 1290th meeting held on 14 October 2025, on the situation in the Sahel,\n\n1. "
                     "Welcomes the briefing;\n\n2. Requests the Chairperson of the Commission to convene a high-level "
                     "consultation within 60 days;\n")
    line = next(x for x in briefing.executive_summary(analysis.analyze(st)) if x.startswith("Due after"))
    assert line.endswith("the African Union: requests the Chairperson of the Commission to convene a high-level consultation (within 60 days).")


def test_a_pledge_another_reports_is_worded_as_the_pledge_not_as_its_noun_after_a_label():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2025\n\nTrade\n\nThe Leaders welcomed Kenya's "
                     "commitment to supporting the Lake Victoria Basin Commission, the decision of Japan to open a consulate in "
                     "Mombasa, and Japan's pledge of JPY 5 billion to the Fund.\n")
    rows = analysis.analyze(st).commitments.to_dict("records")
    assert [briefing.act_text(st, r, 22) for r in rows] == [
        "welcomed Kenya's commitment to supporting the Lake Victoria Basin Commission",
        "committed to supporting the Lake Victoria Basin Commission", "decided to open a consulate in Mombasa",
        "pledged JPY 5 billion to the Fund"]
    # (in a sentence, after its owner, the noun stays: "Kenya's commitment to supporting ...")
    assert briefing.position_text(st, rows[1], 22) == "commitment to supporting the Lake Victoria Basin Commission"
    assert "Kenya (firm commitment): committed to supporting the Lake Victoria Basin Commission" in briefing.section_digests(
        analysis.analyze(st)).text


def test_a_body_keeps_in_the_summary_the_article_its_subject_has_in_the_text():
    st = S.from_text("Joint Statement of Spain and Morocco\n\nRabat, 19 February 2026\n\nCulture\n\nThe Instituto Cervantes will "
                     "open two new centres in Dakhla and Agadir by 2027. ProChile and the Bank of China will lend USD 5 million "
                     "by 2028. The World Bank and the Bank of China will lend USD 9 million by 2029.\n")
    a = analysis.analyze(st)
    assert a.commitments.actor.tolist() == ["Spain", "ProChile and the Bank of China", "World Bank and Bank of China"]
    text = " ".join(briefing.executive_summary(a))
    assert "the Instituto Cervantes will open two new centres in Dakhla and Agadir by 2027" in text
    assert "ProChile and the Bank of China will lend USD 5 million by 2028" in text
    assert "the World Bank and the Bank of China will lend USD 9 million by 2029" in text


def test_a_fact_sheets_item_named_by_its_act_is_worded_as_the_act():
    st = S.from_text("Japan-Kenya Summit: List of Outcomes\n\nNairobi, 3 March 2025\n\nTrade\n\n"
                     "- Launch of the Japan-Kenya Digital Partnership\n- Signing of a Memorandum of Cooperation on health\n")
    assert [briefing.position_text(st, r) for r in analysis.analyze(st).commitments.to_dict("records")] == [
        "launch the Japan-Kenya Digital Partnership", "sign a Memorandum of Cooperation on health"]
