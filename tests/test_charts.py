"""Tests for communique.charts: every chart on the seed, on an empty case, and the house rules."""

from __future__ import annotations

import datetime as dt
import io

import matplotlib
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.text import Text

from communique import analysis, charts, config, themes
from communique import figures as F
from communique import statement as S

FIGURE_COLUMNS = ["text", "kind", "value", "value_max", "unit", "qualifier", "about", "in_name", "sentence", "section"]


@pytest.fixture(scope="module")
def seed():
    return S.load(config.SEED_STATEMENT)


@pytest.fixture(scope="module")
def seed_df(seed):
    return themes.classify(seed)


@pytest.fixture(scope="module")
def seed_figures(seed):
    """The seed's real figures, written out by hand in the figures contract."""

    def where(fragment):
        sent = next(s for s in seed.sentences if fragment in s.text)
        return sent.index, seed.sections[sent.section].heading

    s16, h16 = where("$16 billion")
    s20, h20 = where("$20 million")
    s04, h04 = where("since the mission's establishment in 2004")
    s22, h22 = where("Connecting the Americas 2022")
    rows = [
        ("$16 billion", "money", 16e9, None, "USD", "nearly", "bilateral trade", False, s16, h16),
        ("$20 million", "money", 20e6, None, "USD", "more than", "counternarcotics and alternative development assistance", False, s20, h20),
        ("2012", "year", 2012, None, None, None, "bilateral trade", False, s16, h16),
        ("2004", "year", 2004, None, None, None, "Peruvian peacekeepers deployed in Haiti", False, s04, h04),
        ("2022", "year", 2022, None, None, None, "Connecting the Americas 2022 initiative", True, s22, h22),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


@pytest.fixture(scope="module")
def bare():
    """A statement with no figures and no headings."""
    return S.from_text(
        "The two foreign ministers met in Oslo and discussed fisheries and Arctic research.\n\n"
        "They agreed to meet again soon and to keep in close touch on regional questions."
    )


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def render(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, **charts.savefig_kwargs())
    return buf.getvalue()


def sections_frame(st):
    return pd.DataFrame(st.outline()["sections"])[["heading", "words"]]


def bars(ax):
    return [p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)]


# --------------------------------------------------------------------------------------------
# House rules
# --------------------------------------------------------------------------------------------


def test_plain_escapes_dollars():
    assert charts.plain("$16 billion") == r"\$16 billion"
    assert charts.plain(charts.plain("$16 billion")) == r"\$16 billion"  # idempotent
    assert charts.plain("$1 and $2") == r"\$1 and \$2"
    assert charts.plain(None) == "" and charts.plain(float("nan")) == ""
    assert charts.plain("Trade") == "Trade"


def test_topic_colours_are_fixed_and_colour_blind_safe_set():
    cb = themes.load_codebook()
    colours = [charts.topic_color(t.code) for t in cb.topics]
    assert len(set(colours)) == len(colours) == 21  # one colour per CAP topic
    assert charts.topic_color(18) == "#1965B0" and charts.topic_color(18.0) == "#1965B0"
    assert charts.topic_color(None) == charts.UNCLASSIFIED_COLOR
    assert charts.topic_color(99) == charts.topic_color(99)  # outside CAP: still stable
    assert charts.topic_color(99) in charts.OKABE_ITO


def test_no_pyplot_state_and_deterministic_png(seed_df):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    fig = charts.topic_shares(themes.document_shares(seed_df))
    assert isinstance(fig, Figure)
    assert plt.get_fignums() == before
    assert render(fig) == render(charts.topic_shares(themes.document_shares(seed_df)))
    assert matplotlib.rcParams["text.usetex"] is False
    assert 6.5 <= fig.get_figwidth() <= 7.0


# --------------------------------------------------------------------------------------------
# Each chart on the seed
# --------------------------------------------------------------------------------------------


def test_section_words_seed(seed):
    df = sections_frame(seed)
    fig = charts.section_words(df)
    ax = fig.axes[0]
    assert len(bars(ax)) == len(seed.sections) == 5
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "(Preamble)"
    assert labels[1:] == [charts.heading_label(s.heading) for s in seed.sections[1:]]
    assert labels[1] == "Economic Prosperity and Social Inclusion"  # (capitals in title case)
    assert [round(b.get_width()) for b in bars(ax)] == list(df["words"])
    assert ax.get_xlabel() == "Words"
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    render(fig)


def test_topic_shares_seed(seed_df):
    shares = themes.document_shares(seed_df)
    fig = charts.topic_shares(shares)
    ax = fig.axes[0]
    bs = bars(ax)
    assert len(bs) == len(shares)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] in ("Foreign Trade", "Law and Crime")  # the largest share on top
    by_name = dict(zip(shares["topic_name"], shares["topic"]))
    for b, lab in zip(bs, labels):
        assert to_hex(b.get_facecolor()) == charts.topic_color(by_name[lab]).lower()
    assert "%" in ax.get_xlabel()
    assert any(t.endswith("%") for t in texts(fig))
    render(fig)


def test_topic_by_section_seed(seed, seed_df):
    pivot = themes.topic_by_section(seed_df)
    fig = charts.topic_by_section(pivot)
    ax = fig.axes[0]
    cbar_ax = fig.axes[1]
    assert "classified words" in cbar_ax.get_ylabel()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert set(rows) == {c for c in pivot.columns if pivot[c].sum() > 0}
    cols = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    # (headings in capitals are labelled in title case: capitals take a third more room)
    assert cols[0] == "(Preamble)" and cols[-1] == "Enhancing Citizen Security"
    assert "Science and the Environment" in cols  # whole, not "Environme…"
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.get_xticklabels()]
    assert all(a.x1 + 3 < b.x0 for a, b in zip(boxes, boxes[1:]))  # (pixels at 100 dpi)
    cells = [t for t in texts(fig) if t.endswith("%") and t[:-1].isdigit()]
    assert len(cells) == int((pivot.to_numpy() > 0).sum())
    assert f"{pivot.loc['EDUCATION', 'Education']:.0f}%" in cells
    render(fig)


def test_headings_in_capitals_are_labelled_in_title_case_and_never_overlap():
    assert charts.heading_label("TRADE, INVESTMENT AND ECONOMIC COOPERATION") == "Trade, Investment and Economic Cooperation"
    assert charts.heading_label("EU-CHILE RELATIONS AND COP30") == "EU-Chile Relations and COP30"
    assert charts.heading_label("Trade and the EU") == "Trade and the EU"
    assert charts.heading_label("I. ASEAN COMMUNITY BUILDING") == "I. ASEAN Community Building"
    assert charts.heading_label("THE WAY FORWARD") == "The Way Forward"
    # (a word of three letters is a word unless the lexicons know it; small words inside a compound stay small)
    assert charts.heading_label("MARITIME SECURITY AND THE RULE OF LAW") == "Maritime Security and the Rule of Law"
    assert charts.heading_label("PEOPLE-TO-PEOPLE TIES, ICT AND THE UAE") == "People-to-People Ties, ICT and the UAE"
    assert charts.heading_label("CULTURE, EDUCATION AND THE 2030 FIFA WORLD CUP") == "Culture, Education and the 2030 FIFA World Cup"
    assert charts.heading_label("A PORT HUB FOR THE BAY OF BENGAL") == "A Port Hub for the Bay of Bengal"
    heads = ["POLITICAL DIALOGUE AND REGIONAL INTEGRATION", "TRADE, INVESTMENT AND ECONOMIC COOPERATION",
             "ENERGY TRANSITION AND CLIMATE ACTION", "SECURITY AND THE FIGHT AGAINST TRANSNATIONAL ORGANISED CRIME",
             "AGRICULTURE AND FOOD SECURITY", "EDUCATION, CULTURE AND MIGRATION", "FINAL PROVISIONS"]
    body = ["The two sides will deepen political dialogue and diplomacy.", "Trade and investment will grow under the agreement.",
            "Both will invest in solar energy and climate action.", "They will fight organised crime and drug trafficking.",
            "Farmers will export maize and coffee for food security.", "Students will receive scholarships for universities.",
            "The declaration was signed in two originals."]
    st = S.from_text("JOINT DECLARATION OF MEXICO AND COLOMBIA\n\nBogotá, 15 March 2025\n\n" + "".join(
        f"{h}\n\n{b}\n\n" for h, b in zip(heads, body)))
    fig = charts.topic_by_section(themes.topic_by_section(themes.classify(st)))
    ax = fig.axes[0]
    fig.canvas.draw()
    labels = ax.get_xticklabels()
    # (names that would be cut to fit their columns are numbered, and named whole in a key below)
    assert [t.get_text() for t in labels] == [str(k) for k in range(1, 8)]
    key = fig._supxlabel.get_text().replace("\n", " ")
    assert "2 Trade, Investment and Economic Cooperation" in key
    assert "4 Security and the Fight Against…" in key
    boxes = [t.get_window_extent() for t in labels]
    assert all(a.x1 + 3 < b.x0 for a, b in zip(boxes, boxes[1:]))  # (pixels at 100 dpi)


def test_section_names_wrap_between_words_and_never_overlap():
    st = S.from_text(
        "EU-Japan Summit\n\n## Joint Statement\n\nThe leaders met in Tokyo for trade talks and defence talks.\n\n"
        "## Security & Defence\n\nThe EU and Japan will deepen defence and security cooperation against threats.\n\n"
        "## Economy, Trade & Digital\n\nTrade in goods and digital services will grow under the trade agreement.\n\n"
        "## Research_and_Innovation\n\nJapan will join the research programme for science and technology.\n",
        fmt="md",
    )
    fig = charts.topic_by_section(themes.topic_by_section(themes.classify(st)))
    ax = fig.axes[0]
    fig.canvas.draw()
    labels = ax.get_xticklabels()
    assert [t.get_text() for t in labels] == ["Joint\nStatement", "Security &\nDefence", "Economy,\nTrade &\nDigital", "Research_and_\nInnovation"]
    boxes = [t.get_window_extent() for t in labels]
    assert all(a.x1 + 3 < b.x0 for a, b in zip(boxes, boxes[1:]))  # (pixels at 100 dpi)
    assert charts._wrap_label("Supercalifragilisticexpialidocious", 10, 2) == "Supercali…"


def test_same_topic_same_colour_across_charts(seed_df):
    shares = themes.document_shares(seed_df)
    share_ax = charts.topic_shares(shares).axes[0]
    share_colours = {t.get_text(): to_hex(b.get_facecolor()) for t, b in zip(share_ax.get_yticklabels(), bars(share_ax))}
    heat_ax = charts.topic_by_section(themes.topic_by_section(seed_df)).axes[0]
    swatches = [to_hex(c.get_facecolor()[0]) for c in heat_ax.collections]
    heat_colours = dict(zip([t.get_text() for t in heat_ax.get_yticklabels()], swatches))
    assert heat_colours["Foreign Trade"] == share_colours["Foreign Trade"] == "#1965b0"
    for name in heat_colours:
        assert heat_colours[name] == share_colours[name], name


def test_dispersion_seed(seed):
    terms = ["trade", "climate", "narcotics", "zebra"]
    fig = charts.dispersion(seed, terms)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["trade (5)", "climate (4)", "narcotics (2)", "zebra (0)"]
    marks = [ln for ln in ax.get_lines() if ln.get_marker() == "|"]
    assert [len(ln.get_xdata()) for ln in marks] == [5, 4, 2]
    total = S.count_words(seed.text)
    assert all(0 <= x <= total for ln in marks for x in ln.get_xdata())
    # Section starts: one thin vertical line per heading, labelled with it.
    vlines = [ln for ln in ax.get_lines() if ln.get_marker() in ("None", None, "") and len(set(ln.get_xdata())) == 1]
    assert len(vlines) == 4
    joined = " ".join(texts(fig)).replace("\n", " ")
    assert "Education" in joined and "Enhancing Citizen Security" in joined
    # (a name that would be cut in its band's width: each band numbered, the key under the plot names them whole)
    assert "…" not in joined
    assert "1 Economic Prosperity and Social Inclusion" in joined and "4 Enhancing Citizen Security" in joined
    # Every climate mark lies in the science and environment section.
    sci = next(s for s in seed.sections if s.heading == "SCIENCE AND THE ENVIRONMENT")
    nxt = next(s for s in seed.sections if s.index == sci.index + 1)
    lo, hi = S.count_words(seed.text[: sci.start]), S.count_words(seed.text[: nxt.start])
    assert all(lo <= x <= hi for x in marks[1].get_xdata())
    render(fig)


def test_money_seed(seed_figures):
    fig = charts.money(seed_figures)
    ax = fig.axes[0]
    assert len(fig.axes) == 1  # one currency
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [r"nearly \$16 billion", r"more than \$20 million"]  # dollars escaped
    assert len(bars(ax)) == 2  # the year rows and the in-name row are not money bars
    assert ax.get_xscale() == "log"  # 16 billion / 20 million spans > 2 orders of magnitude
    assert "USD" in ax.get_xlabel()
    all_text = texts(fig)
    assert "bilateral trade" in all_text
    assert any(t.startswith("counternarcotics and alternative") for t in all_text)
    png = render(fig)  # the escaped "$" renders as text, not mathematics
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_money_never_mixes_currencies(seed_figures):
    extra = pd.DataFrame(
        [("€5 million", "money", 5e6, 8e6, "EUR", None, "a clean energy fund", False, 3, None),
         ("€2 million", "money", 2e6, None, "EUR", None, "scholarships", False, 4, None),
         ("Fund $1", "money", 1.0, None, "USD", None, "a named fund", True, 5, None)],
        columns=FIGURE_COLUMNS,
    )
    fig = charts.money(pd.concat([seed_figures, extra], ignore_index=True))
    assert len(fig.axes) == 2
    xlabels = [ax.get_xlabel() for ax in fig.axes]
    assert any("USD" in x for x in xlabels) and any("EUR" in x for x in xlabels)
    eur = next(ax for ax in fig.axes if "EUR" in ax.get_xlabel())
    assert [t.get_text() for t in eur.get_yticklabels()] == ["€5–8 million", "€2 million"]  # (as the summary writes a range)
    assert eur.get_xscale() == "linear"
    assert "not comparable" in fig.get_suptitle()
    render(fig)


def test_money_tick_labels_and_note_fit():
    df = pd.DataFrame(
        [("RMB 360 billion", "money", 3.6e11, None, "CNY", None, "financial support", False, 1, None),
         ("RMB 210 billion", "money", 2.1e11, None, "CNY", None, None, False, 2, None),
         ("US$80 million", "money", 8e7, None, "USD", None, "cost", False, 3, None)],
        columns=FIGURE_COLUMNS,
    )
    fig = charts.money(df)
    fig.canvas.draw()
    width = fig.bbox.width
    for ax in fig.axes:
        boxes = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text() and t.get_visible()]
        boxes = [b for b in boxes if 0 <= b.x0 and b.x1 <= width]
        assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:]))
    title = fig._suptitle.get_window_extent()
    assert 0 <= title.x0 and title.x1 <= width  # the note is not cut at the edges
    cny = next(ax for ax in fig.axes if "CNY" in ax.get_xlabel())
    assert [t.get_text() for t in cny.texts] == ["financial support", ""]  # no amount repeated where nothing is named
    render(fig)


def test_a_full_date_sits_on_its_day_in_the_timeline():
    df = pd.DataFrame(
        [("from 1 January 2025", "date", 2025.0, None, None, None, None, False, 1, None),
         ("2025", "year", 2025.0, None, None, None, "the review", False, 2, None)],
        columns=FIGURE_COLUMNS,
    )
    ax = charts.timeline(df, dt.date(2024, 7, 13)).axes[0]
    days = sorted(matplotlib.dates.num2date(ln.get_xdata()[0]).date() for ln in ax.get_lines() if ln.get_marker() == "o")
    assert days == [dt.date(2025, 1, 1), dt.date(2025, 7, 1)]  # the date on its day, the bare year at mid-year


def test_a_year_sits_at_the_part_of_it_the_text_names():
    import matplotlib.dates as mdates

    text = ("# Joint Statement of Kenya and the Republic of Korea\r\n\r\nNairobi, 3 March 2024\r\n\r\n## 1. Transport\r\n\r\n"
            "Kenya will complete the port by the end of 2025. Korea will deliver 40 buses by end-2026 and will open the line "
            "in early 2027. The two sides will review the plan in mid-2028, hold talks in late 2029 and meet again in 2030.\r\n")
    st = S.from_text(text)
    ax = charts.timeline(F.extract(st), st.date).axes[0]
    days = sorted(mdates.num2date(ln.get_xdata()[0]).date() for ln in ax.get_lines() if ln.get_marker() == "o")
    assert days == [dt.date(2025, 12, 31), dt.date(2026, 12, 31), dt.date(2027, 1, 15), dt.date(2028, 7, 1),
                    dt.date(2029, 11, 15), dt.date(2030, 7, 1)]


def test_a_deadline_counted_from_the_statement_is_a_point_on_the_timeline():
    import matplotlib.dates as mdates

    body = ("Mexico will open the consulate within 90 days. Spain will submit a report within six months of the entry "
            "into force of the Agreement, and the two sides will conclude the talks in the next two years.\n")
    st = S.from_text("## Joint Statement of Spain and Mexico\n\nMadrid, 3 March 2024\n\n### Consular affairs\n\n" + body)
    events = charts.timeline_events(F.extract(st), st.date)
    assert [(e[0], e[2], e[3]) for e in events] == [(dt.date(2024, 6, 1), "90 days", True), (dt.date(2026, 3, 3), "two years", True)]
    assert events[0][1].endswith("open the consulate within 90 days")
    ax = charts.timeline(F.extract(st), st.date).axes[0]
    days = sorted(mdates.num2date(ln.get_xdata()[0]).date() for ln in ax.get_lines() if ln.get_marker() == "o")
    assert days == [dt.date(2024, 6, 1), dt.date(2026, 3, 3)]
    # without the statement's date nothing dates them
    undated = S.from_text("Joint Statement of Spain and Mexico\n\nConsular affairs\n\n" + body)
    assert charts.timeline_events(F.extract(undated), undated.date) == []


def test_timeline_seed(seed, seed_figures):
    fig = charts.timeline(seed_figures, dt.date(2013, 6, 11))
    ax = fig.axes[0]
    points = [ln for ln in ax.get_lines() if ln.get_marker() == "o"]
    assert len(points) == 3  # 2004, 2012, 2022
    years = sorted(matplotlib.dates.num2date(ln.get_xdata()[0]).year for ln in points)
    assert years == [2004, 2012, 2022]
    colour = {matplotlib.dates.num2date(ln.get_xdata()[0]).year: to_hex(ln.get_color()) for ln in points}
    assert colour[2004] == colour[2012] == charts.PAST_COLOR.lower()
    assert colour[2022] == charts.FUTURE_COLOR.lower()
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("Past") for t in legend) and any(t.startswith("Future") for t in legend)
    assert any("2013-06-11" in t for t in legend)
    joined = " ".join(texts(fig))
    assert "Peruvian peacekeepers deployed in Haiti" in joined and "bilateral trade" in joined
    render(fig)


def test_a_span_of_years_is_a_bar_on_the_timeline():
    import matplotlib.dates as mdates

    st = S.from_text("Joint Statement of China and the African Union\n\nBeijing, 6 September 2024\n\nPlan\n\nThe two sides "
                     "will implement the plan in 2025-2027 and reach net zero by 2060.\n")
    figs = F.extract(st)
    fig = charts.timeline(figs, st.date)
    ax = fig.axes[0]
    bars = [ln for ln in ax.get_lines() if len(ln.get_xdata()) == 2 and len(set(ln.get_ydata())) == 1]
    assert [sorted(mdates.num2date(x).year for x in ln.get_xdata()) for ln in bars] == [[2025, 2027]]
    assert ax.get_xlim()[1] > mdates.date2num(dt.date(2060, 1, 1))
    render(fig)


def test_timeline_dates_and_no_reference(seed_figures):
    dates = pd.DataFrame(
        [("15 May 2030", "date", dt.date(2030, 5, 15), None, None, None, "the next summit", False, 0, None),
         ("2031-01-01", "date", "2031-01-01", None, None, None, None, False, 1, None)],
        columns=FIGURE_COLUMNS,
    )
    fig = charts.timeline(pd.concat([seed_figures, dates], ignore_index=True), None)
    points = [ln for ln in fig.axes[0].get_lines() if ln.get_marker() == "o"]
    assert len(points) == 5
    assert not fig.legends  # no reference date: nothing is past or future
    assert "2031-01-01" in " ".join(texts(fig))
    render(fig)


# --------------------------------------------------------------------------------------------
# A statement with no figures and no headings
# --------------------------------------------------------------------------------------------


def test_empty_cases(bare):
    empty_figures = pd.DataFrame([], columns=FIGURE_COLUMNS)
    assert "No money figures cited" in texts(charts.money(empty_figures))
    assert "No money figures cited" in texts(charts.money(None))
    assert "No years or dates cited" in texts(charts.timeline(empty_figures, bare.date))
    df = themes.classify(bare)
    sec = charts.section_words(sections_frame(bare))
    assert [t.get_text() for t in sec.axes[0].get_yticklabels()] == ["(Preamble)"]
    assert len(bars(sec.axes[0])) == 1
    shares = themes.document_shares(df)
    fig = charts.topic_shares(shares)
    assert len(bars(fig.axes[0])) == len(shares) >= 1
    nothing = themes.classify(S.from_text("The two leaders met and talked. They will meet again."))
    assert "No topics found" in texts(charts.topic_shares(themes.document_shares(nothing)))
    assert "No topics by section to show" in texts(charts.topic_by_section(themes.topic_by_section(nothing)))
    assert "None of the terms occurs in the statement" in texts(charts.dispersion(bare, ["tariff"]))
    assert "No terms to show" in texts(charts.dispersion(bare, []))
    assert "No sections to show" in texts(charts.section_words(pd.DataFrame(columns=["heading", "words"])))
    for fig in (charts.money(empty_figures), charts.dispersion(bare, [])):
        render(fig)


def test_dispersion_without_headings(bare):
    fig = charts.dispersion(bare, ["fisheries", "arctic research"])
    ax = fig.axes[0]
    assert [len(ln.get_xdata()) for ln in ax.get_lines() if ln.get_marker() == "|"] == [1, 1]
    assert not [ln for ln in ax.get_lines() if ln.get_marker() in ("None", None, "")]
    render(fig)


def test_statement_text_with_dollars_is_not_mathtext():
    st = S.from_text(
        "JOINT STATEMENT\n\nA $5 BILLION FUND AND $2 LOANS\n\nThe leaders launched a $5 billion fund for trade.\n\n"
        "OTHER MATTERS\n\nThey discussed climate change and energy security."
    )
    fig = charts.section_words(sections_frame(st))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert r"A \$5 Billion Fund and \$2 Loans" in labels
    render(fig)
    render(charts.dispersion(st, ["fund", "$5 billion"]))
    render(charts.topic_by_section(themes.topic_by_section(themes.classify(st))))


def test_money_and_timeline_from_extracted_figures(seed):
    figures = pytest.importorskip("communique.figures")
    df = figures.extract(seed)
    money = charts.money(df)
    labels = [t.get_text() for t in money.axes[0].get_yticklabels()]
    assert any(r"\$16 billion" in lab for lab in labels) and any(r"\$20 million" in lab for lab in labels)
    assert not any("_" in lab for lab in labels)  # qualifier codes read as words ("more than")
    years = df[df["kind"].isin(["year", "date"]) & df["value"].notna()]
    tl = charts.timeline(df, seed.date)
    assert len([ln for ln in tl.axes[0].get_lines() if ln.get_marker() == "o"]) == len(years) >= 3
    joined = " ".join(texts(tl))
    assert "2004" in joined and "2012" in joined
    render(money)
    render(tl)


def test_money_labels_stay_inside_the_figure():
    df = pd.DataFrame({
        "text": ["about $2.1 trillion", "$127 billion", "$100 million"], "kind": ["money"] * 3,
        "value": [2.1e12, 1.27e11, 1e8], "value_max": [float("nan")] * 3, "unit": ["USD"] * 3,
        "qualifier": ["about", None, None], "about": ["combined gross domestic product of all member states", "intra-GCC trade", None],
        "in_name": [False] * 3, "sentence": [0, 1, 2], "section": [None] * 3,
    })
    fig = charts.money(df)
    fig.canvas.draw()
    box = fig.bbox
    labels = [t for ax in fig.axes for t in ax.texts if t.get_text()]
    assert [t.get_text() for t in labels] == ["combined gross domestic product of all…", "intra-GCC trade"]
    for t in labels:
        ext = t.get_window_extent()
        assert box.x0 <= ext.x0 and ext.x1 <= box.x1, t.get_text()


def test_dates_without_a_year_sit_on_their_day_and_take_the_tables_future():
    import matplotlib.dates as mdates

    df = pd.DataFrame({
        "text": ["13 April", "2025"], "kind": ["date", "year"], "value": [2025.0, 2025.0],
        "about": ["the talks", "the end of the plan"], "future": [False, True], "quote": [None, None],
    })
    fig = charts.timeline(df, dt.date(2025, 4, 14))
    ax = fig.axes[0]
    points = {round(line.get_xdata()[0]): to_hex(line.get_color()) for line in ax.lines if line.get_marker() == "o"}
    assert points == {
        round(mdates.date2num(dt.date(2025, 4, 13))): to_hex(charts.PAST_COLOR),
        round(mdates.date2num(dt.date(2025, 7, 1))): to_hex(charts.FUTURE_COLOR),
    }


def test_a_long_lead_in_is_cut_at_a_word():
    st = S.from_text("Joint Statement of the United Kingdom and India\n\nNew Delhi, 14 February 2025\n\nTechnology\n\n"
                     "The United Kingdom and India will deepen cooperation under the Technology Security Initiative, "
                     "launched in July 2024.\n")
    fig = charts.timeline(F.extract(st), st.date)
    labels = [t for t in texts(fig) if t.startswith("…")]
    assert labels == ["…Technology Security Initiative, launched in July 2024"]
    render(fig)


def test_a_span_of_years_in_brackets_keeps_its_closing_bracket_in_the_label():
    st = S.from_text("Joint Statement of China and Chile\n\nBeijing, 15 November 2025\n\nPlanning\n\n"
                     "The two sides will publish a Joint Action Plan (2026-2030).\n")
    fig = charts.timeline(F.extract(st), st.date)
    # (as much as the figure has room for, from a whole word, the bracket closed)
    assert [t for t in texts(fig) if "2030" in t] == ["…Action Plan (2026-2030)"]
    render(fig)


def test_a_year_glued_to_end_keeps_its_prefix_in_the_label():
    st = S.from_text("Joint Statement by Sri Lanka and the IMF\n\nColombo, 15 June 2025\n\nReserves\n\n"
                     "The central bank aims to accumulate reserves to at least US$7 billion by end-2026.\n")
    fig = charts.timeline(F.extract(st), st.date)
    assert [t for t in texts(fig) if "2026" in t] == ["…at least US\\$7 billion by end-2026"]  # (the dollar escaped from mathtext)
    render(fig)


def test_many_sections_are_numbered_with_a_key_and_their_cells_never_touch():
    heads = ["Trade and Investment", "Energy Security", "Health", "Education", "Defence and Security", "Agriculture",
             "Climate Change", "Science and Technology", "Culture", "Migration", "Transport", "Financial Architecture"]
    body = "".join(f"## {h}\n\nThe leaders discussed {h.lower()} and will expand cooperation on {h.lower()}.\n\n" for h in heads)
    st = S.from_text("# G20 Leaders' Declaration\n\n" + body, fmt="md")
    fig = charts.topic_by_section(themes.topic_by_section(themes.classify(st)))
    ax = fig.axes[0]
    fig.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(k) for k in range(1, 13)]
    key = fig._supxlabel.get_text()
    assert key.startswith("1 Trade and Investment   2 Energy Security") and "12 Financial Architecture" in key
    assert fig._supxlabel.get_window_extent().x1 <= fig.bbox.x1  # (the key stays on the page)
    cells = [t for t in ax.texts if t.get_text()]
    assert cells and all("%" not in t.get_text() for t in cells)  # (narrow columns: the number alone)
    boxes = sorted((t.get_window_extent() for t in cells), key=lambda b: (round(b.y0), b.x0))
    assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:]) if round(a.y0) == round(b.y0))
    render(fig)


def test_two_years_alike_in_one_sentence_each_keep_their_own_lead_in():
    st = S.from_text("G20 Leaders' Declaration\n\nJohannesburg, 23 November 2025\n\nClimate\n\nWe recall the goal of USD 300 "
                     "billion per year by 2035 and the call to scale up finance to USD 1.3 trillion per year by 2035.\n")
    labels = [t for t in texts(charts.timeline(F.extract(st), st.date)) if "2035" in t]
    assert sorted(labels) == ["…USD 1.3 trillion per year by 2035", "…USD 300 billion per year by 2035"]


def test_a_deadline_met_in_the_past_is_no_point_on_the_timeline():
    st = S.from_text("Joint Statement of Spain and Mexico\n\nMadrid, 3 March 2024\n\nTrade\n\nThe Task Force, set up in 2023, "
                     "delivered its report within 90 days. Mexico will open the consulate within 90 days.\n")
    events = charts.timeline_events(F.extract(st), st.date)
    assert [(e[0], e[2]) for e in events] == [(dt.date(2023, 7, 1), "2023"), (dt.date(2024, 6, 1), "90 days")]
    assert charts.heading_label("FTA NEGOTIATIONS AND THE RULE OF LAW") == "FTA Negotiations and the Rule of Law"


def test_the_timeline_leaves_out_baseline_years_and_places_quarters():
    st = S.from_text("Joint Statement of Japan and Fiji\n\nSuva, 3 March 2025\n\nClimate\n\nLeaders will cut emissions by 2030 "
                     "relative to 2019 levels. We support a settlement on the basis of the 1967 borders. The first meeting will be "
                     "held in Q3 2026 and the review completed in the third quarter of 2027.\n")
    events = charts.timeline_events(F.extract(st), st.date)
    assert [(e[0].isoformat(), e[2]) for e in events] == [("2026-08-15", "Q3 2026"), ("2027-08-15", "third quarter of 2027"), ("2030-07-01", "2030")]


def test_a_year_before_a_clause_on_levels_is_no_baseline():
    st = S.from_text("Joint Statement of Japan and Fiji\n\nSuva, 3 March 2025\n\nHealth\n\nWe will ensure that by 2030 levels of "
                     "stunting are halved. We will sign it in 2026 - lines of credit will follow.\n")
    assert [e[2] for e in charts.timeline_events(F.extract(st), st.date)] == ["2026", "2030"]


def test_the_section_labels_over_the_terms_never_overlap_where_sections_are_short():
    md = "# Joint Declaration of India, Brazil and South Africa\n\n*Pretoria, 9 September 2025*\n\n" + "".join(
        f"## {name}\n\nThe leaders discussed trade and the fund {'at length ' * n}today.\n\n"
        for name, n in [("Shared vision", 2), ("United Nations reform", 3), ("Quota reform", 6), ("Trade and Investment", 40),
                        ("Climate finance", 1), ("Energy transition", 2), ("Food security", 2), ("Health Cooperation", 20)])
    st = S.from_text(md, fmt="md")
    fig = charts.dispersion(st, ["trade", "fund"])
    fig.canvas.draw()
    ax = fig.axes[0]
    boxes = sorted((t.get_window_extent() for t in ax.texts if t.get_text()), key=lambda b: b.x0)
    assert len(boxes) >= 3
    assert all(a.x1 <= b.x0 + 1 for a, b in zip(boxes, boxes[1:]))


def test_a_plans_dates_are_labelled_as_sentences_and_every_label_stays_inside_the_figure():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 18 September 2025\n\nPlan\n\n| Action | Lead | Timeline |\n"
                     "| --- | --- | --- |\n| Study a Canada-Mexico LNG and clean electricity corridor | Natural Resources Canada / SENER "
                     "| By December 2026 |\n| Create a joint task force on fentanyl precursors | Public Safety Canada | 2027 |\n\n"
                     "Trade reached C$56 billion in 2024. The programme runs from 2026 to 2030.\n", fmt="md")
    fig = charts.timeline(F.extract(st), st.date)
    # (a plan's row by its action, the date first; cut at a word's end)
    labels = [t for t in texts(fig) if "…" in t]
    assert "December 2026 · Study a Canada-Mexico LNG and clean…" in labels
    assert "2027 · Create a joint task force on fentanyl precursors" in texts(fig)
    assert not any("lead:" in t for t in texts(fig))
    fig.canvas.draw()
    box = fig.bbox
    for t in fig.findobj(Text):
        if "…" in t.get_text():
            ext = t.get_window_extent()
            assert box.x0 - 1 <= ext.x0 and ext.x1 <= box.x1 + 1, t.get_text()


def test_a_date_that_names_part_of_a_year_stands_in_that_part():
    st = S.from_text("Joint Statement of the United States and Vietnam\n\nHanoi, 14 March 2026\n\nX\n\nThey agreed to hold the next "
                     "Dialogue in Washington in the second half of 2026. They will meet on 13 April 2026.\n")
    events = charts.timeline_events(F.extract(st), st.date)
    assert [(e[0], e[2], e[3]) for e in events] == [(dt.date(2026, 4, 13), "13 April 2026", True),
                                                     (dt.date(2026, 10, 1), "second half of 2026", True)]


def test_a_year_of_the_statements_own_drawn_after_its_date_is_neither_past_nor_future():
    st = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nThe leaders welcomed the Philippines' "
                     "chairmanship of ASEAN in 2026. Japan will host the summit in 2027. Trade rose in 2024.\n")
    a = analysis.analyze(st)
    fig = charts.timeline(a.counted, reference_date=st.date)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "The statement's year" in labels and "Future (after the statement)" in labels and "Past (up to the statement)" in labels


def test_a_dollar_a_text_writes_with_its_own_sign_keeps_it_on_the_money_axis():
    assert charts.human_amount(5e7, "NZD") == "NZ$50 million"
    assert charts.human_amount(1.6e10, "AUD") == "A$16 billion"
    assert charts.human_amount(2e6, "USD") == "$2 million"
    assert charts.human_amount(3e6, "KES") == "3 million KES"


def test_a_price_per_unit_is_no_bar_beside_sums_and_four_timeline_keys_take_two_rows():
    from communique import statement as S

    a = analysis.analyze(S.from_text("Joint Statement of Chile and the Republic of Korea\n\nSantiago, 14 April 2026\n\nBilateral trade "
                                     "reached US$11.2 billion in 2025. Both sides aim for a cost below US$1.5 per kilogram of green "
                                     "hydrogen by 2030. Korea will provide US$25 million. The year 2026 marks 60 years of ties.\n"))
    fig = charts.money(a.figures)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert labels == ["US\\$11.2 billion", "US\\$25 million"]  # (a dollar escaped: text, not math)
    legend = charts.timeline(a.figures, a.statement.date).legends[0]
    assert len(legend.get_texts()) == 4 and legend._ncols == 2
