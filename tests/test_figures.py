"""Tests for communique.figures: the seed statement field by field, every kind and
qualifier on short statements, and three hand-labelled statements of other countries."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from communique import commitments as C
from communique import entities as E
from communique import figures as F
from communique import statement as S
from communique.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "us-peru-2013.txt"
STATEMENTS = Path(__file__).resolve().parent / "statements"


@pytest.fixture(scope="module")
def seed():
    st = S.load(SEED)
    return st, F.extract(st)


def figs(text: str, **kw) -> pd.DataFrame:
    return F.extract(S.from_text(text, **kw))


def one(text: str, **kw) -> dict:
    """The single counted figure of a one-sentence statement."""
    df = F.counted(figs(text, **kw))
    assert len(df) == 1, df[["text", "kind", "value"]].to_dict("records")
    return df.iloc[0].to_dict()


def triples(df: pd.DataFrame) -> list[tuple]:
    return [(r.text, r.kind, r.value) for r in df.itertuples()]


def nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


# --------------------------------------------------------------------------------------------
# The seed, complete
# --------------------------------------------------------------------------------------------

ECON = "ECONOMIC PROSPERITY AND SOCIAL INCLUSION"
SECURITY = "ENHANCING CITIZEN SECURITY"


def test_seed_counted_figures_are_exactly_these(seed):
    st, df = seed
    assert triples(F.counted(df)) == [
        ("$16 billion", "money", 16e9),
        ("2012", "year", 2012.0),
        ("four years", "duration", 4.0),
        ("17th", "ordinal", 17.0),
        ("1,000", "count", 1000.0),
        ("ninth", "ordinal", 9.0),
        ("2004", "year", 2004.0),
        ("$20 million", "money", 2e7),
    ]


def test_seed_names_are_kept_but_not_counted(seed):
    st, df = seed
    names = df[df.in_name]
    assert [(r.text, r.kind, r.value) for r in names.itertuples()] == [
        ("100,000", "count", 100000.0),
        ("18", "count", 18.0),
        ("2022", "year", 2022.0),
    ]
    assert names.sentence.tolist() == [18, 18, 24]
    assert names["about"].isna().all() and names.qualifier.isna().all()
    assert len(F.counted(df)) == len(df) - 3


def _row(df, text):
    rows = df[df.text == text]
    assert len(rows) == 1, text
    return rows.iloc[0].to_dict()


def test_seed_sixteen_billion_every_field(seed):
    st, df = seed
    r = _row(df, "$16 billion")
    assert r["kind"] == "money" and r["value"] == 16e9 and nan(r["value_max"])
    assert r["unit"] == "USD" and r["qualifier"] == "nearly" and r["about"] == "bilateral trade"
    assert not r["in_name"]
    assert r["sentence"] == 5 and r["section"] == ECON and r["paragraph"] == st.sentences[5].paragraph
    assert st.text[r["start"]:r["end"]] == "$16 billion"
    assert r["quote"].startswith("Underpinning our successful U.S.-Peru economic relationship")
    assert r["future"] is None


def test_seed_2012_is_its_own_year(seed):
    st, df = seed
    r = _row(df, "2012")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"], r["about"], r["sentence"]) == ("year", 2012.0, None, None, None, 5)
    assert nan(r["value_max"]) and not r["in_name"] and r["section"] == ECON
    assert r["future"] is False  # the statement is dated 2013-06-11
    assert st.text[r["start"]:r["end"]] == "2012"


def test_seed_four_years_17th_ninth(seed):
    st, df = seed
    r = _row(df, "four years")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"], r["about"], r["sentence"]) == ("duration", 4.0, "year", None, None, 6)
    r = _row(df, "17th")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"], r["about"], r["sentence"]) == ("ordinal", 17.0, None, None, "negotiating Round", 8)
    r = _row(df, "ninth")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"], r["about"], r["sentence"]) == ("ordinal", 9.0, None, None, "WTO Ministerial Meeting", 15)
    for text in ("four years", "17th", "ninth"):
        r = _row(df, text)
        assert nan(r["value_max"]) and not r["in_name"] and r["section"] == ECON and r["future"] is None


def test_seed_thousand_businesses(seed):
    st, df = seed
    r = _row(df, "1,000")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"]) == ("count", 1000.0, None, None)
    assert r["about"] == "small- and medium-sized businesses led by Peruvian women entrepreneurs"
    assert r["sentence"] == 12 and r["section"] == ECON and not r["in_name"]


def test_seed_2004_and_twenty_million(seed):
    st, df = seed
    r = _row(df, "2004")
    assert (r["kind"], r["value"], r["about"], r["sentence"], r["section"], r["future"]) == ("year", 2004.0, None, 29, SECURITY, False)
    r = _row(df, "$20 million")
    assert (r["kind"], r["value"], r["unit"], r["qualifier"]) == ("money", 2e7, "USD", "more_than")
    assert r["about"] == "counternarcotics and alternative development assistance"
    assert r["sentence"] == 32 and r["section"] == SECURITY and nan(r["value_max"]) and not r["in_name"]


def test_seed_phrasing_is_not_counted(seed):
    st, df = seed
    # "the two leaders", "our two nations", "one of the most innovative", "21st century",
    # "in May", "this year", "December this year" are not figures
    assert not df.text.str.contains(r"\btwo\b|\bone\b|21st|May|December|this year").any()


def test_offsets_and_provenance_on_every_statement():
    for path in [SEED, *sorted(p for p in STATEMENTS.glob("*") if p.suffix in (".txt", ".md", ".html"))]:
        st = S.load(path)
        df = F.extract(st)
        assert list(df.columns) == F.COLUMNS
        assert df.start.is_monotonic_increasing
        for r in df.itertuples():
            assert st.text[r.start:r.end] == r.text
            s = st.sentences[r.sentence]
            assert s.start <= r.start < r.end <= s.end
            assert r.section == st.sections[s.section].heading
            assert r.paragraph == s.paragraph
            assert r.quote == st.original[s.start:s.end]
            assert r.kind in F.KINDS
            assert r.qualifier is None or r.qualifier in F.QUALIFIERS


def test_dtypes_and_empty_result():
    df = figs("The leaders met and talked about the weather.")
    assert df.empty and list(df.columns) == F.COLUMNS
    assert df["value"].dtype == "float64" and df["in_name"].dtype == bool and df["start"].dtype == "int64"
    df = F.extract(S.load(SEED))
    assert df["value"].dtype == "float64" and df["value_max"].dtype == "float64"
    assert df["unit"].dtype == object and df.loc[df.kind == "year", "unit"].map(lambda x: x is None).all()


# --------------------------------------------------------------------------------------------
# Kinds, qualifiers, ranges, currencies, words
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit",
    [
        ("The fund holds $3.2 trillion in reserves.", "$3.2 trillion", "money", 3.2e12, "USD"),
        ("Peru will invest S/ 1.2 billion in schools.", "S/ 1.2 billion", "money", 1.2e9, "PEN"),
        ("Peru will invest S/.300 million in schools.", "S/.300 million", "money", 3e8, "PEN"),
        ("Peru will invest PEN 45 million in roads.", "PEN 45 million", "money", 45e6, "PEN"),
        ("Peru will invest 1.2 billion soles in roads.", "1.2 billion soles", "money", 1.2e9, "PEN"),
        ("The EU will give EUR 5 million to the fund.", "EUR 5 million", "money", 5e6, "EUR"),
        ("The EU will give €5 million to the fund.", "€5 million", "money", 5e6, "EUR"),
        ("The EU will give 5 million euros to the fund.", "5 million euros", "money", 5e6, "EUR"),
        ("The United Kingdom will give £2bn to the fund.", "£2bn", "money", 2e9, "GBP"),
        ("Japan will lend ¥500 billion to the bank.", "¥500 billion", "money", 5e11, "JPY"),
        ("Japan will lend 500 billion yen to the bank.", "500 billion yen", "money", 5e11, "JPY"),
        ("Canada will give CAD 3 million to the fund.", "CAD 3 million", "money", 3e6, "CAD"),
        ("Canada will give C$12 million to the fund.", "C$12 million", "money", 12e6, "CAD"),
        ("Australia will give A$30 million to the fund.", "A$30 million", "money", 3e7, "AUD"),
        ("Each family will receive US$20 a month.", "US$20", "money", 20.0, "USD"),
        ("India will invest Rs 5,000 crore in the scheme.", "Rs 5,000 crore", "money", 5e10, "INR"),
        ("India will invest INR 2 lakh in each village.", "INR 2 lakh", "money", 2e5, "INR"),
        ("Each family will receive C$ 250 a month.", "C$ 250", "money", 250.0, "CAD"),
        ("Each family in Peru will receive S/500 a year.", "S/500", "money", 500.0, "PEN"),
        ("Mexico will give 10 million US dollars to the fund.", "10 million US dollars", "money", 1e7, "USD"),
        ("The bank lent USD 10 million to farmers.", "USD 10 million", "money", 1e7, "USD"),
        ("Inflation reached 12.4% in March.", "12.4%", "percent", 12.4, "percent"),
        ("Inflation reached 12.4 percent last year.", "12.4 percent", "percent", 12.4, "percent"),
        ("Inflation reached 12.4 per cent last year.", "12.4 per cent", "percent", 12.4, "percent"),
        ("Rates rose by two percentage points last year.", "two percentage points", "percent", 2.0, "percentage point"),
        ("The project will protect 2.5 million hectares of forest.", "2.5 million hectares", "quantity", 2.5e6, "hectare"),
        ("The plant will produce 500 megawatts of solar power.", "500 megawatts", "quantity", 500.0, "megawatt"),
        ("The park covers 1,200 square kilometers of coast.", "1,200 square kilometers", "quantity", 1200.0, "square kilometer"),
        ("The mine produced 5.3 million tonnes of copper.", "5.3 million tonnes", "quantity", 5.3e6, "tonne"),
        ("The field yields 300,000 barrels per day of crude.", "300,000 barrels per day", "quantity", 3e5, "barrel per day"),
        ("Warming must stay at 1.5°C or less.", "1.5°C", "quantity", 1.5, "degree Celsius"),
        ("The ministry awarded 3,000 scholarships this year.", "3,000", "count", 3000.0, None),
        ("The program reached two million people in rural areas.", "two million", "count", 2e6, None),
        ("The bank financed a dozen projects in the Andes.", "a dozen", "count", 12.0, None),
        ("Volunteers planted twenty-five hundred trees in Lima.", "twenty-five hundred", "count", 2500.0, None),
        ("The agency trained three hundred nurses in Cusco.", "three hundred", "count", 300.0, None),
        ("Exchanges will grow to twelve thousand a year by then.", "twelve thousand", "count", 12000.0, None),
        ("The agency will train five hundred of its staff.", "five hundred", "count", 500.0, None),
        ("They will raise the number of patrol vessels to twelve.", "twelve", "count", 12.0, None),
        ("The leaders launched a three-year program on water.", "three-year", "duration", 3.0, "year"),
        ("The leaders launched a 10-year plan on water.", "10-year", "duration", 10.0, "year"),
        ("The talks lasted 18 months in all.", "18 months", "duration", 18.0, "month"),
        ("Exports grew in the two decades since the accord.", "two decades", "duration", 2.0, "decade"),
        ("The council will report within 30 days of the meeting.", "30 days", "duration", 30.0, "day"),
        ("One-third of the budget goes to schools.", "One-third", "fraction", 1 / 3, None),
        ("The fund covers 1/3 of school costs.", "1/3", "fraction", 1 / 3, None),
        ("Two-thirds of the teachers were trained.", "Two-thirds", "fraction", 2 / 3, None),
        ("Copper accounts for half of the exports.", "half", "fraction", 0.5, None),
        ("A quarter of the land is protected.", "A quarter", "fraction", 0.25, None),
        ("The ministers held the 12th round of talks.", "12th", "ordinal", 12.0, None),
        ("The ministers held the second round of talks.", "second", "ordinal", 2.0, None),
        ("China is the third-largest investor in Peru.", "third", "ordinal", 3.0, None),
        ("They celebrated the fiftieth anniversary of relations.", "fiftieth", "ordinal", 50.0, None),
        ("The accord was signed on September 14, 2016 in Lima.", "September 14, 2016", "date", 2016.0, None),
        ("The conference will be held in Q1 2026 in Lima.", "Q1 2026", "date", 2026.0, None),
        ("Brazil will pay 5 bn euros to the fund.", "5 bn euros", "money", 5e9, "EUR"),
        ("Brazil will pay 5bn euros to the fund.", "5bn euros", "money", 5e9, "EUR"),
        ("The accord was signed on 4 February 2015 in Ottawa.", "4 February 2015", "date", 2015.0, None),
        ("The summit took place on 13–14 April 2018 in Lima.", "13–14 April 2018", "date", 2018.0, None),
        ("The summit took place on April 13-14, 2018 in Lima.", "April 13-14, 2018", "date", 2018.0, None),
        ("The law was adopted in June 2014 by Congress.", "June 2014", "date", 2014.0, None),
        ("The law was adopted on 2014-06-03 by Congress.", "2014-06-03", "date", 2014.0, None),
        ("The mission has been deployed since 2004 in Haiti.", "2004", "year", 2004.0, None),
        ("Growth slowed in the 1990s across the region.", "1990s", "year", 1990.0, None),
    ],
)
def test_kinds(sentence, text, kind, value, unit):
    r = one(sentence)
    assert (r["text"], r["kind"]) == (text, kind)
    assert r["value"] == pytest.approx(value)
    assert r["unit"] == unit


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Trade reached nearly $16 billion last year.", "nearly"),
        ("Trade reached approximately $16 billion last year.", "about"),
        ("Trade reached some $16 billion last year.", "about"),
        ("Trade reached roughly $16 billion last year.", "about"),
        ("Trade reached an estimated $16 billion last year.", "about"),
        ("Trade reached around $16 billion last year.", "about"),
        ("Trade reached almost $16 billion last year.", "nearly"),
        ("Trade reached close to $16 billion last year.", "nearly"),
        ("Trade reached more than $16 billion last year.", "more_than"),
        ("Trade reached over $16 billion last year.", "more_than"),
        ("Trade exceeded $16 billion last year.", "more_than"),
        ("Trade stood above $16 billion last year.", "more_than"),
        ("Trade stood in excess of $16 billion last year.", "more_than"),
        ("Trade stood at less than $16 billion last year.", "less_than"),
        ("Trade stood under $16 billion last year.", "less_than"),
        ("Trade stood below $16 billion last year.", "less_than"),
        ("The program reached fewer than 300 farmers in Lima.", "less_than"),
        ("The program will reach up to 300 farmers in Lima.", "up_to"),
        ("The program will reach at least 300 farmers in Lima.", "at_least"),
        ("The program will reach no less than 300 farmers in Lima.", "at_least"),
        ("The program will reach a minimum of 300 farmers in Lima.", "at_least"),
        ("The program will reach 300 farmers in Lima.", None),
    ],
)
def test_qualifiers(sentence, qualifier):
    assert one(sentence)["qualifier"] == qualifier


def test_every_span_of_time_says_how_often():
    text = ("1. Dialogue\r\n\r\nThe Foreign Ministers of Ghana and Norway will meet every two years and the working group "
            "once every 6 months. One in every five households will be connected, and 10 experts will visit each year.\r\n")
    st = S.from_text("Joint Communiqué of Ghana and Norway\r\n\r\nAccra, 2 May 2025\r\n\r\n" + text)
    got = [(r["text"], r["kind"], r["qualifier"]) for _, r in F.extract(st).iterrows()]
    assert got == [("two years", "duration", "every"), ("6 months", "duration", "every"), ("One in every five", "fraction", None),
                   ("10", "count", None)]
    assert F.format_value(F.extract(st).iloc[0], qualifier=True) == "every 2 years"


def test_over_a_span_of_time_is_not_more_than():
    r = one("The talks were held over two days in Lima.")
    assert (r["text"], r["kind"], r["qualifier"]) == ("two days", "duration", None)
    # a qualifier that is also a preposition does not turn a year into a count
    df = F.counted(figs("Emissions will fall 43 percent below 2005 levels by 2030."))
    assert triples(df) == [("43 percent", "percent", 43.0), ("2005", "year", 2005.0), ("2030", "year", 2030.0)]


@pytest.mark.parametrize(
    "sentence, text, kind, lo, hi, unit",
    [
        ("Emissions will fall by 40 to 45 percent.", "40 to 45 percent", "percent", 40, 45, "percent"),
        ("Emissions will fall by 40-45% this decade.", "40-45%", "percent", 40, 45, "percent"),
        ("Emissions will fall by between 40 and 45 percent.", "between 40 and 45 percent", "percent", 40, 45, "percent"),
        ("The bank will lend $3-4 million to farmers.", "$3-4 million", "money", 3e6, 4e6, "USD"),
        ("The bank will lend $3 million to $4 million to farmers.", "$3 million to $4 million", "money", 3e6, 4e6, "USD"),
        ("The bank will lend €3–4 billion to farmers.", "€3–4 billion", "money", 3e9, 4e9, "EUR"),
        ("The plan covers 2015–2018 in full.", "2015–2018", "year", 2015, 2018, None),
        ("The plan covers 2022-23 in full.", "2022-23", "year", 2022, 2023, None),
        ("The plan was in force between 2016 and 2019 in Peru.", "between 2016 and 2019", "year", 2016, 2019, None),
        ("The plan will last two to three years in all.", "two to three years", "duration", 2, 3, "year"),
        ("We will mobilize between US$ 2 and 3 billion.", "between US$ 2 and 3 billion", "money", 2e9, 3e9, "USD"),
    ],
)
def test_ranges(sentence, text, kind, lo, hi, unit):
    r = one(sentence)
    assert (r["text"], r["kind"], r["unit"]) == (text, kind, unit)
    assert (r["value"], r["value_max"]) == (pytest.approx(lo), pytest.approx(hi))


def test_not_a_range():
    df = F.counted(figs("The bank gave $5 million to 12 countries and 20 computers to 12 schools."))
    assert triples(df) == [("$5 million", "money", 5e6), ("12", "count", 12.0), ("20", "count", 20.0), ("12", "count", 12.0)]
    assert df.value_max.isna().all()


def test_non_breaking_spaces_inside_numbers():
    st = S.from_text("Canada will provide US$\u00a0450\u00a0million to support 1\u00a0200 firms and 450\u202f000 workers.")
    df = F.extract(st)
    assert "\u00a0" not in st.text  # the statement model turns NBSP into a space
    assert triples(df) == [("US$ 450 million", "money", 4.5e8), ("1 200", "count", 1200.0), ("450 000", "count", 450000.0)]
    assert df.unit.tolist()[0] == "USD"
    assert st.original[df.start[0]:df.end[0]] == "US$\u00a0450\u00a0million"


def test_a_currency_code_opening_a_line_is_read():
    df = F.counted(figs("STATEMENT\n\nUSD 5 million was pledged by the donors.\nEUR 300,000,000 for farms was agreed.\n"))
    assert triples(df) == [("USD 5 million", "money", 5e6), ("EUR 300,000,000", "money", 3e8)]


def test_a_currency_code_glued_to_an_amount_is_money_and_names_stay_names():
    df = figs("Japan will provide USD1.5 billion for roads, GBP20m for ports, EUR500,000 for schools and INR5 crore "
              "for clinics before COP28, the G20 and the USD500 note.")
    assert [(r.text, r.kind, r.value, r.unit) for r in F.counted(df).itertuples()] == [
        ("USD1.5 billion", "money", 1.5e9, "USD"),
        ("GBP20m", "money", 2e7, "GBP"),
        ("EUR500,000", "money", 5e5, "EUR"),
        ("INR5 crore", "money", 5e7, "INR"),
    ]
    assert df[df.in_name].text.tolist() == ["COP28", "G20", "USD500"]
    assert F.counted(df).about.tolist()[0] == "roads"


def test_ordinary_spaces_between_digit_groups():
    """"12 000" and "1 500 000" are one number; neighbouring numbers and telephone numbers
    are not joined."""
    df = F.counted(figs("Canada will train 12 000 nurses and fund 1 500 000 meals in 2023 500 days after COP 28."))
    assert triples(df) == [("12 000", "count", 12000.0), ("1 500 000", "count", 1.5e6), ("2023", "year", 2023.0), ("500 days", "duration", 500.0)]
    assert figs("For information call 202 647 2492 or +1 202 647 2492.").empty


def test_dollar_follows_the_statement():
    text = "Canada and Chile\n\nCanada will provide C$25 million to clean energy and $5 million to schools."
    df = figs(text)
    assert df.unit.tolist() == ["CAD", "CAD"]
    df = figs("Canada will provide $5 million to schools.", metadata={"currency": "CAD"})
    assert df.unit.tolist() == ["CAD"]
    # (a text that writes "US$" for the US dollar writes a party's own as "$"; "US$" names no
    # United States in the clause)
    df = figs("Canada will provide $5 million to schools and US$2 million to roads.")
    assert df.unit.tolist() == ["CAD", "USD"]
    df = figs("Canada and Chile\n\nTrade reached $5 million. Canada will spend US$2 million.")
    assert df.unit.tolist() == ["USD", "USD"]
    # a code before the sign: the code's dollar
    assert figs("Canada and Chile\n\nTrade reached CAD $2.2 billion and AUD$3 billion.").unit.tolist() == ["CAD", "AUD"]
    # a text its government issued writes its own dollar as "$", in every sentence
    df = figs("---\nauthor: Office of the Prime Minister of Australia\n---\nCall with the President of Indonesia\n\n"
              "15 January 2026\n\nPrime Minister Anthony Albanese spoke with President Prabowo Subianto of Indonesia today. "
              "Two-way trade passed $30 billion. Indonesia will buy US$2 billion of wheat.\n", fmt="md")
    assert df[df.kind == "money"].unit.tolist() == ["AUD", "USD"]
    df = figs("Chile will spend 3,000 million pesos on roads.", metadata={"parties": ["Chile", "Canada"]})
    assert (df.text[0], df.unit[0]) == ("3,000 million pesos", "CLP")


@pytest.mark.parametrize("parties, sentence, units", [
    # a country before the word names the currency
    ("Egypt, Jordan and Iraq", "Egypt committed 5 billion Egyptian pounds, Jordan 40 million Jordanian dinars and Iraq "
     "2 trillion Iraqi dinars.", ["EGP", "JOD", "IQD"]),
    ("Sweden and Kenya", "Sweden will give 100 million kronor and Kenya 2 billion Kenya shillings.", ["SEK", "KES"]),
    # alone: the one such country its sentence names, else the party that uses it
    ("Morocco and France", "Morocco will mobilise 4 billion dirhams.", ["MAD"]),
    ("France and Kenya", "The UAE gave 3 billion dirhams.", ["AED"]),
    ("the United Kingdom and Kenya", "We will provide 5 million pounds in humanitarian assistance to Sudan.", ["GBP"]),
    ("Chile and Argentina", "The Argentine side announced 20,000 million pesos. Chile will spend 3,000 million pesos. They "
     "will spend 5 million pesos.", ["ARS", "CLP", "CLP"]),
    ("Saudi Arabia and the United Kingdom", "The UK will invest 500 million pounds in a 1.2 billion riyal agreement.",
     ["GBP", "SAR"]),
    ("Azerbaijan and Japan", "Trade reached 500 million manats.", ["AZN"]),
    ("Turkmenistan and Japan", "Turkmenistan will invest 3 billion manats.", ["TMT"]),
    ("Armenia and Mongolia", "Armenia will invest 20 billion drams and Mongolia 10 billion tugriks.", ["AMD", "MNT"]),
    # else the codebook's default, or none where the word says nothing alone
    ("Japan and Peru", "They set aside 5 million pesos and 2 million pounds.", [None, "GBP"]),
])
def test_a_currency_word_several_countries_use(parties, sentence, units):
    df = F.counted(figs(f"Joint Statement of {parties}\n\n{sentence}\n"))
    assert df.kind.tolist() == ["money"] * len(units)
    assert df.unit.tolist() == units


def test_the_pacific_currencies_by_name():
    df = figs("Joint Statement of New Zealand and Samoa\n\nSamoa will co-finance the fund with 4.5 million tālā (WST 4.5 "
              "million). Samoa adds 2 million tala, Tonga 3 million paʻanga and Vanuatu 100 million vatu. The silo holds 40 t.\n")
    assert df[["text", "kind", "unit", "restates"]].values.tolist() == [
        ["4.5 million tālā", "money", "WST", False], ["WST 4.5 million", "money", "WST", True],
        ["2 million tala", "money", "WST", False], ["3 million paʻanga", "money", "TOP", False],
        ["100 million vatu", "money", "VUV", False], ["40 t", "quantity", "tonne", False]]


def test_shares_in_words_sizes_with_more_a_rolled_over_debt_a_treatys_number_and_a_multiple_under_two():
    df = F.counted(figs("Joint Statement of Brazil and Norway\n\nTwo thirds are in the energy sector. Trade in the first "
                        "three quarters of 2025 rose. Forest loss was cut roughly in half since 2022. Of EUR 3.5bn, of which "
                        "nearly half in grants. Trade rose by nearly a quarter. Three quarters of the budget went to health. "
                        "Tens of thousands more study in Norway. China agreed to roll over USD 2 billion of debt. Brazil will "
                        "finalize its 123 Agreement implementation arrangements. Temperatures rise 1.5 times faster.\n"))
    got = df[["text", "kind", "value", "qualifier"]].values.tolist()
    assert ["Two thirds", "fraction", round(2 / 3, 15), None] in got and ["Three quarters", "fraction", 0.75, None] in got
    assert ["half", "fraction", 0.5, None] in got and ["half", "fraction", 0.5, "nearly"] in got
    assert ["a quarter", "fraction", 0.25, "nearly"] in got
    # (the quarters of a year are a time, no share)
    assert ["three quarters", "duration", 3.0, None] in got
    assert ["Tens of thousands", "count", 20000.0, "at_least"] in got
    assert ["USD 2 billion", "money", 2e9, None] in got  # (the verb's "over", no "more than")
    assert not any(t == "123" for t, *_ in got)
    assert ["1.5 times", "multiple", 1.5, None] in got


def test_every_amount_of_a_bracket_of_alternatives_restates_the_one_before_it():
    df = figs("Joint Statement of Japan and the Philippines\n\nJapan will provide USD 1 billion (€920 million or ¥150 "
              "billion) to the fund. Japan adds USD 1 billion (around €920 million, or ¥150 billion). Japan adds USD 2 billion "
              "(€1.8 billion; ¥300 billion).\n")
    assert df["restates"].tolist() == [False, True, True] * 3
    assert F.counted(df)["text"].tolist() == ["USD 1 billion", "USD 1 billion", "USD 2 billion"]


def test_a_change_whose_object_names_a_border_crossing_with_a_dash():
    df = figs("Agreed Minutes of Kazakhstan and Uzbekistan\n\nBoth Parties agreed to increase rail freight capacity at the "
              "Saryagash–Keles border crossing by 20 percent.\n")
    assert df[["text", "change", "about"]].values.tolist() == [["20 percent", "rise", "rail freight capacity"]]


def test_currency_words_of_more_countries():
    df = F.counted(figs("Joint Statement of Ethiopia and Türkiye\n\nTİKA will implement projects worth 150 million Turkish "
                        "lira. Ethiopia will allocate ETB 1 billion (one billion birr). Kazakhstan adds 40 billion tenge, "
                        "Viet Nam 5 trillion dong and Poland 2 billion zlotys.\n"))
    assert df[["text", "unit"]].values.tolist() == [
        ["150 million Turkish lira", "TRY"], ["ETB 1 billion", "ETB"], ["40 billion tenge", "KZT"],
        ["5 trillion dong", "VND"], ["2 billion zlotys", "PLN"]]


def test_hijri_dates_two_way_decimal_commas_named_durations_and_degrees():
    df = figs("Joint Statement of Saudi Arabia and Pakistan\n\nRiyadh, 17 September 2025\n\nSigned on 25 Rabi al-Awwal "
              "1447 AH for the 1446 AH season. 2-way trade was US$5 billion. France will provide € 1,5 billion. The 100 Year "
              "Partnership aims to keep warming to 1.5 degrees.\n")
    assert df[["text", "kind", "value", "unit", "in_name"]].values.tolist() == [
        ["US$5 billion", "money", 5e9, "USD", False], ["€ 1,5 billion", "money", 1.5e9, "EUR", False],
        ["100 Year", "duration", 100.0, "year", True], ["1.5 degrees", "quantity", 1.5, "degree Celsius", False]]


def test_a_partys_own_dollar_beside_the_us_dollar_written_as_such():
    df = F.counted(figs("Joint Statement of Canada and Kenya\n\nCanada will provide an additional $50 million. Trade "
                        "reached US$5 billion. The IMF approved a $15.6 billion programme.\n"))
    assert df[["text", "unit"]].values.tolist() == [["$50 million", "CAD"], ["US$5 billion", "USD"], ["$15.6 billion", "USD"]]


def test_a_currency_ending_a_line_and_its_amount_on_the_next():
    df = figs("Joint Statement of Japan and Kenya\n\nTokyo, 5 May 2024\n\nKenya will invest USD\n500 million in the port, "
              "KES\n2 billion in roads and US$\n5 million in schools. The leaders met in\n2024.\n")
    assert df[["kind", "value", "unit"]].values.tolist() == [
        ["money", 5e8, "USD"], ["money", 2e9, "KES"], ["money", 5e6, "USD"], ["year", 2024.0, None]]


@pytest.mark.parametrize("header, unit, value", [
    ("Amount (CFA francs, million)", "XOF", 4.5e9), ("Amount (in millions of US dollars)", "USD", 4.5e9),
    ("Amount (XOF million)", "XOF", 4.5e9)])
def test_a_tables_header_names_the_currency_in_words(header, unit, value):
    md = f"# Joint Statement of Morocco and Senegal\n\nThe projects are below.\n\n| Project | {header} |\n|---|---|\n| Port | 4,500 |\n"
    df = F.counted(F.extract(S.from_text(md, fmt="md")))
    assert df[["kind", "value", "unit"]].values.tolist() == [["money", value, unit]]


def test_a_currency_in_letters_glued_to_its_amount():
    df = F.counted(figs("Joint Statement of Malaysia and Kenya\n\nMalaysia will invest RM2.3 billion and RM50 million, paying "
                        "RM1,700 per month; Kenya pledged KSh5 billion.\n"))
    assert df[["text", "kind", "value", "unit"]].values.tolist() == [
        ["RM2.3 billion", "money", 2.3e9, "MYR"], ["RM50 million", "money", 5e7, "MYR"], ["RM1,700", "money", 1700.0, "MYR"],
        ["KSh5 billion", "money", 5e9, "KES"]]
    # a name is still a name
    assert figs("The RM2 model and the COP28 outcome.").in_name.tolist() == [True, True]


@pytest.mark.parametrize("parties, unit", [
    (["Canada", "Ukraine"], "CAD"),  # the one party with a dollar of its own
    (["Australia", "Japan"], "AUD"),
    (["Canada", "United States"], "USD"),  # the United States is a party: its dollar
    (["Canada", "Australia"], "CAD"),  # two dollars: the one of the party its clause names
    (["Japan", "Kenya"], "USD"),
])
def test_a_bare_dollar_is_the_dollar_of_the_party_that_has_one(parties, unit):
    df = figs(f"The leaders met. {parties[0]} will provide $2 billion in assistance, including $500 million for drones. "
              "The IMF approved a $15.6 billion programme.", metadata={"parties": parties})
    # (in the party's own sentences only: another's amount, or a price, is in US dollars)
    assert df.unit.tolist() == [unit, unit, "USD"]
    if unit not in ("USD",):
        df = figs(f"The leaders met. {parties[0]} will provide $2 billion, and the IMF will provide $15.6 billion. "
                  f"{parties[0]} will provide $1 billion, matching the American contribution of $1 billion.",
                  metadata={"parties": parties})
        assert df.unit.tolist() == [unit, "USD", unit, "USD"]  # (and in its own clause)
    # a dollar the text writes says which it is, whatever the parties; beside it a bare "$" is
    # the other dollar, the party's ("US$" names no United States)
    df = figs("Canada will provide $2 billion and US$5 million.", metadata={"parties": ["Canada", "Ukraine"]})
    assert df.unit.tolist() == ["CAD", "USD"]
    df = figs("Canada will provide US$5 million.", metadata={"parties": ["Canada", "Ukraine"]})
    assert df.unit.tolist() == ["USD"]


def test_words_for_numbers_and_phrasing():
    df = F.counted(figs(
        "The two leaders met for the first time and the two nations agreed; one of the most "
        "innovative projects, one another, both countries and our two peoples were praised. "
        "They noted that four new consulates and seven agreements will open, and the four leaders agreed."
    ))
    assert triples(df) == [("four", "count", 4.0), ("seven", "count", 7.0)]
    assert df["about"].tolist() == ["new consulates", "agreements"]


def test_ordinals_of_ordinary_phrasing():
    df = F.counted(figs(
        "For the first time, the 21st century and the twenty-first century; the first-ever visit, "
        "a second visit and a third country. The second round, the 3rd session and the first anniversary."
    ))
    assert triples(df) == [("second", "ordinal", 2.0), ("3rd", "ordinal", 3.0), ("first", "ordinal", 1.0)]


def test_names_and_references():
    df = figs(
        "The Parties support UN Security Council Resolution 2231, Vision 2030, COP21, the G20, "
        "the 2030 Agenda, Article 5 of the treaty, paragraphs 5 and 6, COVID-19 and the 2+2 dialogue. "
        "They welcomed the \"Beca 18\" program and the 100,000 Strong in the Americas initiative."
    )
    assert df.in_name.all(), df[["text", "in_name"]].to_dict("records")
    assert df.text.tolist() == ["2231", "2030", "COP21", "G20", "2030", "5", "5", "6", "COVID-19", "2+2", "18", "100,000"]
    assert F.counted(df).empty


def test_not_figures_at_all():
    df = figs("At 10:30 the ministers visited www.gov.pe/2013 and (1) signed; (2) agreed on CO2 cuts 24/7.")
    assert df.empty, df[["text", "kind"]].to_dict("records")
    df = figs("For information call 202 647 2492 or 647-2492, Tel: +1 202 647 2492, or write to us.")
    assert df.empty, df[["text", "kind"]].to_dict("records")


def test_about_is_read_across_wrapped_lines():
    st = S.load(STATEMENTS / "us-colombia-2015.txt")
    r = _row(F.extract(st), "third")
    assert r["about"] == "meeting of the High-Level Partnership Dialogue"
    assert "\n" in r["quote"]


def test_numbered_paragraphs_are_not_figures():
    text = (
        "JOINT COMMUNIQUE\n\n"
        "1. The ministers met in Lima.\n\n"
        "2. They agreed to meet again.\n\n"
        "3. They will provide 25 scholarships.\n"
    )
    st = S.from_text(text)
    assert [p.marker for p in st.paragraphs] == ["1.", "2.", "3."]
    assert triples(F.extract(st)) == [("25", "count", 25.0)]


def test_relative_dates_are_left_out_and_day_month_takes_the_statement_year():
    st = S.from_text("The leaders met in May and will meet in December this year and next month. The 4 October accord stands.",
                     metadata={"date": dt.date(2022, 10, 22)})
    df = F.extract(st)
    assert triples(df) == [("4 October", "date", 2022.0)]
    assert df.future.tolist() == [False]
    df = figs("They will meet on 4 October in Lima.")
    assert df.text.tolist() == ["4 October"] and math.isnan(df.value[0]) and df.future[0] is None


def test_future_years_and_dates():
    st = S.from_text("The plan runs from 2015 to 2030, and the review is due in November 2025 and was held in 2012.",
                     metadata={"date": dt.date(2020, 1, 1)})
    df = F.extract(st)
    assert list(zip(df.text, df.future)) == [("2015 to 2030", True), ("November 2025", True), ("2012", False)]


@pytest.mark.parametrize(
    "sentence, about",
    [
        ("Trade between our two countries exceeded US$3.2 billion in 2014.", "Trade between our two countries"),
        ("The leaders agreed to increase health cooperation with Peru by more than $20 million.", "health cooperation"),
        ("Exports grew by 12 percent in 2019.", "Exports"),
        ("Bilateral investment reached $5 billion last year.", "Bilateral investment"),
        ("The bank approved an investment of $500 million in roads.", "roads"),
        ("The bank approved an investment of $500 million.", "investment"),
        ("Public debt exceeds 100 percent of GDP.", "Public debt"),
        ("Japan will invest ¥50 billion (A$520 million) in concessional finance.", "concessional finance"),
        ("Chile has about 10,000 small and medium-sized enterprises exporting to Europe.", "small and medium-sized enterprises"),
        ("The bank will lend $2 billion for vaccine financing.", "vaccine financing"),
        ("We welcome Japan's contribution of $50 million to the fund.", "Japan's contribution"),
        ("Exports of 5 million tonnes rose in 2019.", "Exports"),
        ("The leaders resolved to protect 30 percent of their oceans by 2030.", "oceans"),
        ("Inflation averaged twenty-one per cent in 2023.", "Inflation"),
        ("Exports grew 5% year-on-year.", "Exports"),
        ("Renewables supply roughly one-third of its installed power capacity.", "installed power capacity"),
        ("They welcomed the growth in bilateral trade to USD 85 billion in 2022-23.", "bilateral trade"),
        ("Leaders noted an increase of exports by 12 percent.", "exports"),
        ("The two sides agreed to a cut in tariffs to 5 percent.", "tariffs"),
        ("Australia will provide A$ 50 million over five years for ocean science.", "ocean science"),
        ("Korea will lend $2 billion within the next three years for rail projects.", "rail projects"),
        ("The presidents agreed to explore green hydrogen exports of up to 1 million tonnes a year.", "green hydrogen exports"),
        ("They plan to build solar capacity of 5 GW by 2030.", "solar capacity"),
        ("Exports to Asia of 5 million tonnes rose in 2019.", "Exports to Asia"),
        ("Japan shall extend assistance of ¥1.6 billion.", "assistance"),
        ("They will raise bilateral trade from US$2 billion to US$3 billion.", "bilateral trade"),
        ("They will raise the number of direct flights from 120 to 180 per week.", "direct flights"),
        ("They will expand solar capacity by 4 gigawatts in each country.", "solar capacity"),
        ("The UAE will provide $100 million in new lending to small firms.", "new lending"),
        ("Japan will give $2 billion in concessional financing to Africa.", "concessional financing"),
        ("Peru will host 500 personnel training in Lima.", "personnel"),
    ],
)
def test_about(sentence, about):
    df = F.counted(figs(sentence))
    assert df["about"].iloc[0] == about


def test_parenthetical_restatement_shares_about():
    df = figs("Japan will invest ¥50 billion (A$520 million) in concessional finance.")
    assert df["about"].tolist() == ["concessional finance", "concessional finance"]
    assert df.unit.tolist() == ["JPY", "AUD"]
    assert df.restates.tolist() == [False, True]


# --------------------------------------------------------------------------------------------
# Three hand-labelled statements (tests/statements/)
# --------------------------------------------------------------------------------------------

JAPAN_AUSTRALIA = [
    ("tenth", "ordinal", 10),
    ("15th", "ordinal", 15),
    ("13 March 2007", "date", 2007),
    ("A$88 billion", "money", 88e9),
    ("2021", "year", 2021),
    ("third", "ordinal", 3),
    ("A$130 billion", "money", 130e9),
    ("2021", "year", 2021),
    ("eight years", "duration", 8),
    ("2023", "year", 2023),
    ("43 percent", "percent", 43),
    ("2005", "year", 2005),
    ("2030", "year", 2030),
    ("46 percent", "percent", 46),
    ("2030", "year", 2030),
    ("82 per cent", "percent", 82),
    ("2030", "year", 2030),
    ("¥150 trillion", "money", 150e12),
    ("ten years", "duration", 10),
    ("February 2022", "date", 2022),
    ("1,200 megawatt", "quantity", 1200),
    ("¥50 billion", "money", 50e9),  # (A$520 million) restates it
    ("2007", "year", 2007),
    ("January 2022", "date", 2022),
    ("two years", "duration", 2),
    ("2,000", "count", 2000),
    ("2025", "year", 2025),
    ("US$500 million", "money", 500e6),
    ("three years", "duration", 3),
    ("A$900 million", "money", 900e6),
    ("2022-23", "year", 2022),
    ("1.5 million", "count", 1.5e6),
    ("2023", "year", 2023),
    ("40", "count", 40),
    ("4 October", "date", 2022),
    ("May 2023", "date", 2023),
    ("one-third", "fraction", 1 / 3),
]
JAPAN_AUSTRALIA_NAMES = ["2050", "COVID-19", "2397", "G7"]

EU_CHILE = [
    ("ninth", "ordinal", 9),
    ("twenty years", "duration", 20),
    ("1 February 2003", "date", 2003),
    ("27", "count", 27),
    ("470 million", "count", 470e6),
    ("€18.6 billion", "money", 18.6e9),
    ("2022", "year", 2022),
    ("12.4%", "percent", 12.4),
    ("2021", "year", 2021),
    ("third", "ordinal", 3),
    ("EUR 46 billion", "money", 46e9),
    ("99.6 per cent", "percent", 99.6),
    ("94 per cent", "percent", 94),
    ("seven years", "duration", 7),
    ("10,000", "count", 10000),
    ("between 5 and 7 per cent", "percent", 5),
    ("41 percent", "percent", 41),
    ("5.3 million tonnes", "quantity", 5.3e6),
    ("half", "fraction", 0.5),
    ("€225 million", "money", 225e6),
    ("1.2 million hectares", "quantity", 1.2e6),
    ("500 MW", "quantity", 500),
    ("2030", "year", 2030),
    ("76", "count", 76),
    ("€20 million", "money", 20e6),
    ("three hundred", "count", 300),
    ("2014", "year", 2014),
    ("1.5°C", "quantity", 1.5),
    ("November 2025", "date", 2025),
    ("two years", "duration", 2),
]
EU_CHILE_NAMES = ["2020", "2030", "COP28", "COP30"]

G20 = [
    ("22–23 February 2020", "date", 2020),
    ("3.3 percent", "percent", 3.3),
    ("2020", "year", 2020),
    ("3.4 percent", "percent", 3.4),
    ("2021", "year", 2021),
    ("100 per cent", "percent", 100),
    ("a dozen", "count", 12),
    ("March 2017", "date", 2017),
    ("two decades", "duration", 2),
    ("one billion", "count", 1e9),
    ("fourth", "ordinal", 4),
    ("US$ 450 million", "money", 450e6),
    ("12", "count", 12),
    ("$3-4 billion", "money", 3e9),
    ("between 2016 and 2019", "year", 2016),
    ("35 percent", "percent", 35),
    ("2030", "year", 2030),
    ("73", "count", 73),
    ("$12 billion", "money", 12e9),
    ("2020", "year", 2020),
    ("two-thirds", "fraction", 2 / 3),
    ("$500 million", "money", 500e6),
    ("12", "count", 12),
    ("2017", "year", 2017),
    ("40 to 45 percent", "percent", 40),
    ("2,500", "count", 2500),
    ("US$ 554 billion", "money", 554e9),
    ("2019", "year", 2019),
    ("3.6 billion", "count", 3.6e9),
    ("half", "fraction", 0.5),
    ("1/3", "fraction", 1 / 3),
    ("five years", "duration", 5),
    ("$12 billion", "money", 12e9),
    ("18 April 2020", "date", 2020),
    ("21–22 November 2020", "date", 2020),
    ("2021", "year", 2021),
]
G20_NAMES = ["G20", "2030", "G20", "G20", "2020", "G20"]


CHINA_KENYA = [
    ("15 to 19 October 2023", "date", 2023),
    ("60th", "ordinal", 60),
    ("third", "ordinal", 3),
    ("14th", "ordinal", 14),
    ("480 kilometres", "quantity", 480),
    ("11 million", "count", 11e6),
    ("May 2017", "date", 2017),
    ("20,000", "count", 20000),
    ("three years", "duration", 3),
    ("8 billion US dollars", "money", 8e9),
    ("RMB 10 billion", "money", 10e9),
    ("100", "count", 100),
    ("two", "count", 2),
    ("nine", "count", 9),
    ("ninth", "ordinal", 9),
    ("2024", "year", 2024),
    ("four", "count", 4),  # (direct flights "to four per week")
    ("double", "multiple", 2),
    ("5,000", "count", 5000),
    ("2.3 million doses", "quantity", 2.3e6),
    ("two", "count", 2),
]
CHINA_KENYA_NAMES = ["Five", "Five-Year", "COVID-19", "2022"]

# Hard-wrapped press release with bullets and a telephone number in the footer.
US_COLOMBIA = [
    ("third", "ordinal", 3),
    ("February 3, 2015", "date", 2015),
    ("$9 billion", "money", 9e9),
    ("2000", "year", 2000),
    ("50 percent", "percent", 50),
    ("between 2007 and 2013", "year", 2007),
    ("8,000", "count", 8000),
    ("10", "count", 10),
    ("2014", "year", 2014),
    ("7th", "ordinal", 7),
    ("2016", "year", 2016),
    ("12 months", "duration", 12),
]

US_INDIA = [
    ("25th", "ordinal", 25),
    ("$191 billion", "money", 191e9),
    ("2022", "year", 2022),
    ("$825 million", "money", 825e6),
    ("$2.75 billion", "money", 2.75e9),
    ("5,000", "count", 5000),
    ("$400 million", "money", 400e6),
    ("60,000", "count", 60000),
    ("2024", "year", 2024),
    ("35", "count", 35),
    ("21,000", "count", 21000),
    ("1950", "year", 1950),
    ("31", "count", 31),
    ("seventh", "ordinal", 7),
    ("April 2023", "date", 2023),
    ("500 GW", "quantity", 500),
    ("2030", "year", 2030),
    ("2035", "year", 2035),
    ("10,000", "count", 10000),
    ("$1 billion", "money", 1e9),
    ("one-third", "fraction", 1 / 3),
    ("two million", "count", 2e6),
    ("five years", "duration", 5),
    ("two", "count", 2),
    ("20 percent", "percent", 20),
    ("125,000", "count", 125000),
    ("2022", "year", 2022),
]
US_INDIA_NAMES = ["F414", "2", "MQ-9B", "2+2"]

# Markdown with numbered paragraphs and a bulleted list.
AU_EU = [
    ("17 and 18 February 2022", "date", 2022),
    ("sixth", "ordinal", 6),
    ("fifteen years", "duration", 15),
    ("2007", "year", 2007),
    ("€150 billion", "money", 150e9),
    ("half", "fraction", 0.5),
    ("2030", "year", 2030),
    ("€2.4 billion", "money", 2.4e9),
    ("double", "multiple", 2),
    ("1%", "percent", 1),
    ("60%", "percent", 60),
    ("2040", "year", 2040),
    ("300 million", "count", 300e6),
    ("450 million", "count", 450e6),
    ("2022", "year", 2022),
    ("USD 100 billion", "money", 100e9),
    ("13 billion", "count", 13e9),
    ("10,000", "count", 10000),
    ("three", "count", 3),
    ("fifth", "ordinal", 5),
    ("November 2017", "date", 2017),
    ("2025", "year", 2025),
    ("two years", "duration", 2),
]


@pytest.mark.parametrize(
    "name, expected, names",
    [
        ("japan-australia-2022.txt", JAPAN_AUSTRALIA, JAPAN_AUSTRALIA_NAMES),
        ("eu-chile-2023.md", EU_CHILE, EU_CHILE_NAMES),
        ("g20-finance-2020.txt", G20, G20_NAMES),
        ("china-kenya-2023.txt", CHINA_KENYA, CHINA_KENYA_NAMES),
        ("us-colombia-2015.txt", US_COLOMBIA, []),
        ("us-india-2023.txt", US_INDIA, US_INDIA_NAMES),
        ("au-eu-2022.md", AU_EU, ["2063"]),
    ],
)
def test_hand_labelled_statements(name, expected, names):
    st = S.load(STATEMENTS / name)
    df = F.extract(st)
    got = triples(F.counted(df))
    assert [(t, k) for t, k, _ in got] == [(t, k) for t, k, _ in expected]
    for (t, k, v), (_, _, want) in zip(got, expected):
        assert v == pytest.approx(want, rel=1e-9), t
    assert df[df.in_name].text.tolist() == names


def test_hand_labelled_details():
    ja = F.extract(S.load(STATEMENTS / "japan-australia-2022.txt"))
    r = _row(ja, "A$88 billion")
    assert (r["unit"], r["about"], r["section"]) == ("AUD", "two-way trade in goods and services", "ECONOMIC AND ENERGY COOPERATION")
    r = _row(ja, "US$500 million")
    assert (r["unit"], r["qualifier"], r["about"]) == ("USD", "up_to", "assistance")
    r = _row(ja, "¥150 trillion")
    assert (r["unit"], r["qualifier"], r["about"]) == ("JPY", "about", "public and private green transformation")
    r = _row(ja, "2022-23")
    assert (r["value"], r["value_max"], r["future"]) == (2022.0, 2023.0, True)
    r = _row(ja, "1,200 megawatt")
    assert (r["unit"], r["about"]) == ("megawatt", "offshore wind project")
    r = _row(ja, "43 percent")
    assert r["about"] == "greenhouse gas emissions"
    r = _row(ja, "2,000")
    assert (r["qualifier"], r["about"]) == ("about", "Japan Self-Defense Forces personnel")

    eu = F.extract(S.load(STATEMENTS / "eu-chile-2023.md"))
    assert "\r" not in S.load(STATEMENTS / "eu-chile-2023.md").text
    r = _row(eu, "between 5 and 7 per cent")
    assert (r["value"], r["value_max"], r["about"]) == (5.0, 7.0, "bilateral exports")
    r = _row(eu, "€18.6 billion")
    assert (r["unit"], r["about"], r["section"]) == ("EUR", "Trade in goods between the EU and Chile", "Trade and Investment")
    r = _row(eu, "half")
    assert (r["qualifier"], r["about"]) == ("more_than", "Chile's exports")
    r = _row(eu, "1.5°C")
    assert (r["unit"], r["about"]) == ("degree Celsius", "global warming")
    r = _row(eu, "three hundred")
    assert (r["qualifier"], r["about"]) == ("about", "Chilean researchers")

    g20 = F.extract(S.load(STATEMENTS / "g20-finance-2020.txt"))
    r = _row(g20, "$3-4 billion")
    assert (r["value"], r["value_max"], r["unit"]) == (3e9, 4e9, "USD")
    r = _row(g20, "a dozen")
    assert (r["qualifier"], r["about"]) == ("more_than", "low-income countries")
    r = _row(g20, "40 to 45 percent")
    assert r["about"] == "investment in Compact countries"
    r = _row(g20, "35 percent")
    assert (r["qualifier"], r["about"]) == ("at_least", "share of climate finance")
    assert g20.section.dropna().unique().tolist() == ["Global Economy", "Financing for Development", "Digital Economy and Health"]


# --------------------------------------------------------------------------------------------
# Display
# --------------------------------------------------------------------------------------------


def test_format_value(seed):
    st, df = seed
    shown = {r["text"]: F.format_value(r) for r in df.to_dict("records")}
    assert shown["$16 billion"] == "$16 billion"
    assert shown["$20 million"] == "$20 million"
    assert shown["1,000"] == "1,000"
    assert shown["four years"] == "4 years"
    assert shown["ninth"] == "9th"
    assert shown["2012"] == "2012"
    # ("intent to increase ... assistance to Peru by more than $20 million": by how much it grows)
    assert F.format_value(_row(df, "$20 million"), qualifier=True) == "rise of more than $20 million"

    def fv(sentence, **kw):
        return [F.format_value(r) for r in figs(sentence).to_dict("records")]

    assert fv("Japan announced US$\u00a0450\u00a0million and €5 million and 12.4% and 1/3 of aid.") == [
        "US$450 million", "€5 million", "12.4%", "1/3"]
    assert fv("The fund holds $3.2 trillion and 2.5 million hectares and 40 to 45 percent.") == [
        "$3.2 trillion", "2.5 million hectares", "40–45%"]
    assert fv("The bank lent $3-4 million and 250,000 tonnes and one-third of it in 2015–2018.") == [
        "$3–4 million", "250,000 tonnes", "1/3", "2015–2018"]
    assert fv("They gave 1234567 doses and $1,250,000 to 1.5°C goals.") == ["1.235 million doses", "$1.25 million", "1.5 degrees Celsius"]
    assert "e+" not in "".join(fv("They gave $0.5 million and 1,000,000,000,000 people and 0.001 percent."))


def test_display(seed):
    st, df = seed
    table = F.display(df)
    assert list(table.columns) == ["figure", "kind", "about", "section", "sentence"]
    assert table.figure.tolist() == [
        "nearly $16 billion", "2012", "4 years", "17th", "1,000", "9th", "2004", "rise of more than $20 million"]
    assert table["about"].tolist()[0] == "bilateral trade"


# --------------------------------------------------------------------------------------------
# Lexicon and fuzzing
# --------------------------------------------------------------------------------------------


def test_lexicon_lists_hold_only_text():
    lex = F.lexicon()
    for key, value in lex.items():
        if isinstance(value, list):
            for item in value:
                assert isinstance(item, (str, dict)), (key, item)  # YAML reads bare on/off as booleans
    assert {"units", "measures", "currency_prefixes", "qualifiers", "party_nouns"} <= set(lex)


@settings(max_examples=2000, deadline=None)
@given(hs.text(min_size=1, max_size=400))
def test_fuzz_any_text(raw):
    try:
        st = S.from_text(raw)
    except InputError:
        return
    df = F.extract(st)
    assert list(df.columns) == F.COLUMNS
    assert df["value"].dtype == "float64" and df["in_name"].dtype == bool
    n = len(st.text)
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= n
        assert st.text[r.start:r.end] == r.text
        assert r.kind in F.KINDS
        assert isinstance(r.in_name, (bool,)) or r.in_name in (True, False)
        assert r.unit is None or isinstance(r.unit, str)
        assert r.about is None or isinstance(r.about, str)
        F.format_value(r._asdict())


NUMERIC = hs.sampled_from([
    "$16 billion", "1,000", "two", "ninth", "40 to 45 percent", "13–14 April 2018", "one-third", "G20",
    "US$\u00a0450\u00a0million", "between 5 and 7 per cent", "2015–2018", "(1)", "10:30", "half of", "a dozen",
    "COVID-19", "2+2", "S/.", "€3–4 billion", "1990s", "the 2030 Agenda", "21st century", "1/3", "-", "to", "and",
])


@settings(max_examples=500, deadline=None)
@given(hs.lists(hs.one_of(NUMERIC, hs.sampled_from(["the", "leaders", "of", "in", "Peru", ",", ".", "\n", "\n\n", "The"])), min_size=1, max_size=40))
def test_fuzz_numeric_soup(parts):
    raw = " ".join(parts)
    try:
        st = S.from_text(raw)
    except InputError:
        return
    df = F.extract(st)
    for r in df.itertuples():
        assert st.text[r.start:r.end] == r.text
        assert not (r.value_max == r.value_max and r.value_max <= r.value)
        F.format_value(r._asdict())


def test_case_folded_look_alikes_do_not_crash():
    """Python's IGNORECASE matches "ı"/"İ" as i; such words are not figures or names."""
    from communique import statement as S

    from communique.figures import extract

    df = extract(S.from_text("JOINT STATEMENT OF THE UNİTED STATES AND PERU\nThey gave two sıXth of the funds and 40 percent of the rest."))
    assert list(df["text"]) == ["40 percent"]


def test_sizes_in_plural_words_are_figures_at_their_least():
    df = F.counted(figs("The programme will create tens of thousands of jobs. Investments worth hundreds of millions of "
                        "euros were announced. Millions of people lack power. Dozens of projects were launched."))
    assert [(r.text, r.kind, r.value, r.unit, r.qualifier, r.about) for r in df.itertuples()] == [
        ("tens of thousands", "count", 2e4, None, "at_least", "jobs"),
        ("hundreds of millions of euros", "money", 2e8, "EUR", "at_least", "Investments"),
        ("Millions", "count", 2e6, None, "at_least", "people"),
        ("Dozens", "count", 24.0, None, "at_least", "projects"),
    ]
    # (shown as written: the words give no number, only the least they can mean, which the value keeps)
    assert F.format_value(df.iloc[1], qualifier=True) == "hundreds of millions of euros"
    assert figs("The ten days of talks ended.").text.tolist() == ["ten days"]  # (a number word, not a size word)


def test_a_number_after_a_hash_is_a_label():
    df = figs("We rank #1 in section #3 and fund 20 schools.")
    assert df[["text", "in_name"]].values.tolist() == [["1", True], ["3", True], ["20", False]]


def test_a_figure_in_brackets_that_restates_the_one_before_is_counted_once():
    df = figs("China will provide RMB 360 billion (about US$50.7bn) in financing to Africa. "
              "Japan pledged ¥1.6 billion (US$11 million) and €1 billion (€500 million in grants and €500 million in loans). "
              "The road is 100 miles (i.e. 160 km) long. Trade reached $5 billion (2023).")
    assert df[df.restates].text.tolist() == ["US$50.7bn", "US$11 million", "160 km"]
    counted = F.counted(df)
    assert counted.text.tolist() == ["RMB 360 billion", "¥1.6 billion", "€1 billion", "€500 million", "€500 million",
                                     "100 miles", "$5 billion"]
    assert df.set_index("text").loc["US$50.7bn", "about"] == "financing"
    assert df.set_index("text").loc["US$50.7bn", "qualifier"] == "about"
    at = {(r.sentence, r.start): r.text for r in df.itertuples()}
    assert {at[k]: v for k, v in F.restatements(df).items()} == {
        "RMB 360 billion": "about US$50.7bn", "¥1.6 billion": "US$11 million", "100 miles": "160 km"}


def test_digits_in_brackets_after_a_number_in_words_are_the_same_figure():
    df = F.counted(figs("Kenya will train fifty (50) engineers a year. The loan runs for five (5) years. "
                        "Items (5) and (6) are deleted."))
    assert [(r.text, r.kind, r.value, r.unit, r.about) for r in df.itertuples()] == [
        ("fifty", "count", 50.0, None, "engineers"),
        ("five (5) years", "duration", 5.0, "year", None),
    ]


def test_signs_qualify_a_figure():
    df = figs("Costs stay < $5 million, ~$2 million a year and ≥ 20 tonnes; growth >3 percent, ≈ 4 km.")
    assert [(r.text, r.qualifier) for r in df.itertuples()] == [
        ("$5 million", "less_than"), ("$2 million", "about"), ("20 tonnes", "at_least"), ("3 percent", "more_than"), ("4 km", "about")]
    df = figs("China will provide RMB 10 billion (about US$1.4 billion) in loans.")
    assert list(F.restatements(df).values()) == ["about US$1.4 billion"]


def test_a_currency_code_after_an_opening_bracket_is_money():
    df = figs("They committed twenty-five billion euros (EUR 25 billion) and [USD 5 million] to it.")
    assert [(r.text, r.kind, r.unit, r.restates) for r in df.itertuples()] == [
        ("twenty-five billion euros", "money", "EUR", False), ("EUR 25 billion", "money", "EUR", True),
        ("USD 5 million", "money", "USD", False)]


def test_rupees_and_kenyan_shillings_with_a_dot_are_money():
    df = figs("India will invest Rs. 45,000 crore and Kenya will lend KShs. 2 billion and Ksh 300 million.")
    assert [(r.text, r.kind, r.value, r.unit) for r in df.itertuples()] == [
        ("Rs. 45,000 crore", "money", 45e10, "INR"), ("KShs. 2 billion", "money", 2e9, "KES"), ("Ksh 300 million", "money", 3e8, "KES")]


def test_a_deadline_later_in_the_statements_own_year_is_ahead():
    df = figs("Joint Statement of Japan and India\n\nTokyo, 31 May 2024\n\n"
              "They will finish by the end of 2024, meet later in 2024, and met in 2024 and in 2023, and will talk before 2025.")
    df = df[df.kind == "year"]
    assert df[["text", "future"]].values.tolist() == [
        ["2024", True], ["2024", True], ["2024", False], ["2023", False], ["2025", True]]


def test_the_statements_own_year_in_a_clause_that_looks_ahead_is_ahead():
    df = figs("Joint Statement of Sweden and Ukraine\n\nStockholm, 22 January 2026\n\nAid\n\n"
              "Sweden will provide SEK 1.5 billion in 2026. In 2026, the two sides will hold talks. In 2026, the sides "
              "launched a fund. Trade grew in 2026. The fund, set up in 2026, will grow. The summit is to be held in 2026. "
              "The ministers decided to hold the third meeting in Tokyo in 2026. They committed to double trade from 2026 "
              "levels. Norway will export 25,000 tonnes, and Sweden will supply 40,000 tonnes of maize in 2026.")
    assert df[df.kind == "year"]["future"].tolist() == [True, True, False, False, False, True, True, False, True]


def test_a_record_between_a_linking_verb_and_its_figure():
    df = figs("Two-way trade reached a record $855 billion in 2022. Bilateral investment hit a new high of $9 billion.")
    assert df[df.kind == "money"][["text", "about"]].values.tolist() == [
        ["$855 billion", "Two-way trade"], ["$9 billion", "Bilateral investment"]]


def test_a_decimal_amount_has_no_binary_residue():
    df = figs("Exports reached 32.8 million tonnes, $1.1 billion and 0.3 percent.")
    assert df.value.tolist() == [32800000.0, 1100000000.0, 0.3]


def test_a_change_from_one_amount_to_another_is_two_figures_not_a_range():
    def rows(text):
        return [(r.text, r.value, None if math.isnan(r.value_max) else r.value_max, r.unit, r.about)
                for r in figs(text).itertuples() if r.kind not in ("year", "date")]

    assert rows("Bilateral trade rose from €120 billion in 2019 to €143 billion in 2022.") == [
        ("€120 billion", 120e9, None, "EUR", "Bilateral trade"), ("€143 billion", 143e9, None, "EUR", "Bilateral trade")]
    assert rows("Costs went from $2 billion to $3 billion.") == [
        ("$2 billion", 2e9, None, "USD", "Costs"), ("$3 billion", 3e9, None, "USD", "Costs")]
    # the first figure takes the unit the second states
    assert rows("The two sides will increase the share of renewables from 20 to 30 percent by 2030.") == [
        ("20", 20.0, None, "percent", "share of renewables"), ("30 percent", 30.0, None, "percent", "share of renewables")]
    assert [(r[0], r[4]) for r in rows("The fund will grow from about $2 billion to more than $3 billion.")] == [
        ("$2 billion", "fund"), ("$3 billion", "fund")]
    # without a verb of change, or across a comma, "from ... to" is a range
    assert rows("Grants will range from $2 million to $5 million per project.") == [
        ("$2 million to $5 million", 2e6, 5e6, "USD", None)]
    assert rows("Exports, from $2 billion to $3 billion, are spread across sectors.")[0][2] == 3e9


def test_a_change_is_read_across_a_long_object():
    df = figs("Australia will increase the annual cap on Work and Holiday visas for Vietnamese nationals from 1,500 "
              "to 2,500 places.")
    assert [(r.text, r.value, r.unit) for r in df.itertuples()] == [("1,500", 1500.0, None), ("2,500", 2500.0, None)]
    assert df["value_max"].isna().all()


def test_a_street_number_is_part_of_an_address():
    df = figs("The leaders met at 10 Downing Street and at 1600 Pennsylvania Avenue, and trained 300 Kenya Police officers.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples()] == [("10", True), ("1600", True), ("300", False)]


def test_a_table_rows_figures_are_about_its_first_cell():
    md = ("# Joint Statement of Japan and Peru\n\nTokyo, 4 June 2024\n\n| Project | US$ millions | Share (%) |\n"
          "|---|---|---|\n| Ports | 150 | 40 |\n\nTrade rose; it reached $5 billion.\n")
    df = F.extract(S.from_text(md, fmt="md"))
    assert [(r.text, r.about) for r in df.itertuples()] == [
        ("US$150 million", "Ports"), ("40%", "Ports"), ("$5 billion", None)]  # (prose is no table row)


def test_a_number_heading_a_named_agreement_is_part_of_the_name():
    df = figs("They signed the 123 Agreement and the 2030 Agenda, and built 100 Schools.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples()] == [("123", True), ("2030", True), ("100", False)]
    df = figs("They signed the Agreement for Peaceful Uses of Nuclear Energy (123 Agreement) and 3 Agreements.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples()] == [("123", True), ("3", False)]


def test_data_rates_are_quantities():
    df = figs("Many households depend on connections below 10 Mbps; the backbone will carry 1 Gbps.")
    assert [(r.text, r.kind, r.value, r.unit, r.qualifier) for r in df.itertuples()] == [
        ("10 Mbps", "quantity", 10.0, "megabit per second", "less_than"), ("1 Gbps", "quantity", 1.0, "gigabit per second", None)]


def test_west_african_currencies():
    df = figs("Ghana will allocate GH₵ 2.5 million, Burkina Faso will contribute XOF 1.5 billion (approximately GH₵ 31 million), "
              "and trade reached 310 billion CFA francs and ₦500 million.")
    assert [(r.text, r.kind, r.unit, bool(r.in_name), bool(r.restates)) for r in df.itertuples()] == [
        ("GH₵ 2.5 million", "money", "GHS", False, False), ("XOF 1.5 billion", "money", "XOF", False, False),
        ("GH₵ 31 million", "money", "GHS", False, True), ("310 billion CFA francs", "money", "XOF", False, False),
        ("₦500 million", "money", "NGN", False, False)]


def test_lakh_crore():
    df = figs("India plans ₹ 5 lakh crore of investment, 2 lakh jobs and Rs 1,500 crore for projects.")
    assert [(r.text, r.value, r.unit) for r in df.itertuples()] == [
        ("₹ 5 lakh crore", 5e12, "INR"), ("2 lakh", 2e5, None), ("Rs 1,500 crore", 1.5e10, "INR")]


def test_ranges_names_and_table_rows_the_review_found():
    def rows(text):
        return [(r.text, None if math.isnan(r.value_max) else r.value_max, bool(r.in_name), r.about) for r in figs(text).itertuples()]

    # a range after a verb of change is still a range when "ranging" or "aged" says so
    assert rows("The two sides will increase support for projects ranging from $1 million to $5 million.")[0][:2] == (
        "$1 million to $5 million", 5e6)
    assert rows("Kenya will raise visa quotas for students aged from 18 to 25 years.")[0][:2] == ("18 to 25 years", 25.0)
    # a street or a named forum only where the name ends
    assert rows("China will provide 1,000 Silk Road scholarships.")[0][2:] == (False, "Silk Road scholarships")
    assert rows("The leaders welcomed the 48 Forum members.")[0][2] is False
    # a bullet of two clauses is no table row
    assert [r[3] for r in rows("Joint Statement\n\n- Japan will provide $1 billion; Korea will give $2 billion\n")] == [None, None]


def test_what_the_second_review_found_in_addresses_and_table_cells():
    assert [bool(r.in_name) for r in figs("The office will open at 10 Downing Street later this year.").itertuples()] == [True]
    assert bool(figs("They recalled the 123 Agreement signed in 2008.").iloc[0]["in_name"]) is True
    md = "# Joint Statement of Japan and Kenya\n\n| Project | Cost |\n|---|---|\n| Mombasa bridge | up to $120 million |\n"
    df = F.extract(S.from_text(md, fmt="md"))
    assert df[["text", "about"]].values.tolist() == [["$120 million", "Mombasa bridge"]]


def test_a_name_goes_on_over_singular_nouns_to_a_plural():
    assert [(r.text, bool(r.in_name)) for r in figs("Japan will welcome the 18 Forum member countries and 1,000 Silk Road "
                                                     "scholarship places.").itertuples()] == [("18", False), ("1,000", False)]


def test_reference_codes_are_not_figures():
    df = figs("The agreement was registered under reference JKJC/21/2024-0912, and the Assembly adopted resolution "
              "A/RES/78/1 on 300 projects. About 1/3 of the funds were spent in 2023/24, and Peru paid S/500 million.")
    assert df["text"].tolist() == ["300", "1/3", "2023/24", "S/500 million"]


def test_money_given_to_a_named_fund_is_about_the_fund():
    df = figs("Joint Statement of Germany and Brazil\n\nBrasília, 4 December 2023\n\nClimate\n\nGermany will contribute "
              "EUR 200 million to the Amazon Fund in 2025. The United Kingdom will provide £30 million through the UK "
              "Climate Finance Accelerator to help Brazil. Japan will give $500 million to the Global Partnership for "
              "Education. Germany will give $5 million to Brazil.\n")
    money = df[df.kind == "money"]
    assert money["about"].tolist() == ["Amazon Fund", "UK Climate Finance Accelerator",
                                       "Global Partnership for Education", None]  # (a country is not what money is about)


def test_units_with_slashes_are_still_figures():
    df = figs("Some 40% of people live on less than US$2.15/person/day, and document (S/2024/123) was cited.")
    assert df["text"].tolist() == ["40%", "US$2.15"]


def test_a_figure_set_off_by_commas_that_restates_the_one_before_in_another_unit_is_counted_once():
    df = figs("Japan will provide ¥50 billion, or about US$340 million, to the fund. The EU will mobilise EUR 200 "
              "million, equivalent to USD 216 million. Kenya will add $5 million, or $10 million if Japan agrees. "
              "Peru will give $5 million, US$2 million of which is for health.")
    assert df[df.restates].text.tolist() == ["US$340 million", "USD 216 million"]
    assert F.counted(df).text.tolist() == ["¥50 billion", "EUR 200 million", "$5 million", "$10 million", "$5 million",
                                           "US$2 million"]
    at = {(r.sentence, r.start): r.text for r in df.itertuples()}
    assert {at[k]: v for k, v in F.restatements(df).items()} == {
        "¥50 billion": "about US$340 million", "EUR 200 million": "USD 216 million"}


def test_an_amount_for_each_one_is_no_sum():
    df = figs("India will offer fifty fellowships worth INR 50 lakh each. Kenya will award 30 grants of KSh 100,000 each, "
              "and Japan will pay USD 5,000 per student and USD 2 million each year. Each side will give USD 1 million each to "
              "the Fund. Each grant is worth KSh 200,000.")
    assert df[df.kind == "count"][["text", "about"]].values.tolist() == [["fifty", "fellowships"], ["30", "grants"]]
    money = df[df.kind == "money"]
    assert [(r.text, r.per) for r in money.itertuples()] == [
        ("INR 50 lakh", "each"), ("KSh 100,000", "each"), ("USD 5,000", "student"), ("USD 2 million", "year"),
        ("USD 1 million", "each"), ("KSh 200,000", None)]
    assert [F.format_value(r) for r in money.to_dict("records")][:3] == ["INR 50 lakh (₹5 million) each", "KES 100,000 each",
                                                                         "US$5,000 per student"]


def test_a_target_measures_what_the_figure_before_it_does_and_money_from_a_purse_is_for_its_purpose():
    df = figs("The Presidents noted that bilateral trade reached USD 5.8 billion in 2025 and agreed to set a target of USD 10 "
              "billion by 2030. Indonesia will allocate Rp 2.5 trillion from its state budget for grid upgrades. Japan will "
              "give USD 5 million from its own resources to support schools.")
    assert df[df.kind == "money"][["text", "about"]].values.tolist() == [
        ["USD 5.8 billion", "bilateral trade"], ["USD 10 billion", "bilateral trade"], ["Rp 2.5 trillion", "grid upgrades"],
        ["USD 5 million", "support schools"]]


def test_money_named_as_a_gift_is_about_what_it_goes_to():
    df = figs("Japan will provide Rs. 1,500 crore towards the training institute at Vadodara. The EU announced a contribution "
              "of US$ 1 billion to the Tropical Forests Forever Facility. The ministers welcomed the €3.5 billion mobilised "
              "under the African Peace Facility. Brazil announced a contribution of USD 350 million to the Fund.")
    assert df[["text", "about"]].values.tolist() == [
        ["Rs. 1,500 crore", "training institute"], ["US$ 1 billion", "Tropical Forests Forever Facility"],
        ["€3.5 billion", "African Peace Facility"], ["USD 350 million", "contribution"]]  # ("the Fund" says no more)


def test_a_share_of_what_the_sentence_opens_on_and_no_verb_for_a_thing():
    df = figs("Of Brazil's soybean exports in 2025, about 73% went to China. Of the fund, 40% goes to health. About 60% went "
              "unspent.")
    assert df[df.kind == "percent"][["text", "about"]].values.tolist() == [
        ["73%", "Brazil's soybean exports"], ["40%", "fund"], ["60%", None]]


def test_what_a_body_has_given_is_about_the_body():
    df = figs("They praised the European Peace Facility, which has provided more than €600 million since 2021. Kenya welcomed "
              "remittances, which totalled USD 21.6 billion.")
    assert df[df.kind == "money"][["text", "about"]].values.tolist() == [
        ["€600 million", "European Peace Facility"], ["USD 21.6 billion", "remittances"]]


def test_a_plans_row_with_a_lead_cell_labels_its_figures():
    st = S.from_text("Joint Communiqué of Kenya and Tanzania\n\nArusha, 27 June 2025\n\nThe Commission reviewed the following "
                     "projects:\n\n- Malindi–Tanga Road (Kenyan section); KSh 38.5 billion; lead: Kenya National Highways Authority "
                     "(KeNHA); by 2027\n- Kenya–Tanzania Power Interconnector; US$ 260 million; lead: KETRACO / TANESCO; by 2025\n")
    df = F.extract(st)
    assert df[["text", "about"]].values.tolist() == [
        ["KSh 38.5 billion", "Malindi–Tanga Road (Kenyan section)"], ["2027", "Malindi–Tanga Road (Kenyan section)"],
        ["US$ 260 million", "Kenya–Tanzania Power Interconnector"], ["2025", "Kenya–Tanzania Power Interconnector"]]


def test_a_noun_that_is_a_verbs_form_too_heads_what_an_amount_measures():
    df = figs("China will provide financial support of RMB 360 billion over the next three years. The United States will "
              "provide $15 million to support its campus development. The six states will each maintain support of no less "
              "than 0.25 percent of their GDP.")
    assert df[df.kind.isin(["money", "percent"])][["text", "about"]].values.tolist() == [
        ["RMB 360 billion", "financial support"], ["$15 million", "support its campus development"], ["0.25 percent", "support"]]


def test_doubling_it_doubles_what_the_level_before_measures():
    df = figs("The two Presidents noted that bilateral trade amounted to 1.2 billion US dollars in 2024 and resolved to double "
              "it within five years. They will double their efforts.")
    assert df[df.kind == "multiple"][["text", "about"]].values.tolist() == [["double", "bilateral trade"], ["double", "efforts"]]


def test_more_of_a_thing_counts_what_the_count_before_it_counts():
    df = figs("Japan has provided 12 multi-role response vessels to the Philippine Coast Guard and will provide five more by "
              "2028. The United States trained 1,200 coast guard personnel in 2025, and Japan has trained an additional 600. "
              "Kenya sent 40 doctors and 12 more than planned, and 12 more nurses. Japan will offer 50 more scholarships.")
    assert df[df.kind == "count"][["text", "about"]].values.tolist() == [
        ["12", "multi-role response vessels"], ["five", "multi-role response vessels"], ["1,200", "coast guard personnel"],
        ["600", "coast guard personnel"], ["40", "doctors"], ["12", None], ["12", "nurses"], ["50", "scholarships"]]


def test_a_name_with_its_acronym_and_prices_in_two_places_measure_what_they_say():
    df = figs("The two countries will maintain the Living Income Differential (LID) of US$400 per tonne. The farm-gate price "
              "will be no less than FCFA 2,200 per kilogramme in Côte d'Ivoire and GH₵ 49,600 per tonne in Ghana.")
    assert df[["text", "per", "about"]].values.tolist() == [
        ["US$400", "tonne", "Living Income Differential"], ["FCFA 2,200", "kilogramme", "farm-gate price"],
        ["GH₵ 49,600", "tonne", "farm-gate price"]]


def test_how_often_in_words_is_a_count_of_times_in_its_period():
    df = figs("The committee will meet twice a year. The council shall meet at least once a month and the forum once every "
              "two years. Ministers will meet three times a year. Kenya will act once a treaty is signed. We aim to mobilise "
              "twice as much capital.")
    assert df[["text", "kind", "value", "per", "qualifier", "about"]].values.tolist() == [
        ["twice", "count", 2.0, "year", None, None], ["once", "count", 1.0, "month", "at_least", None],
        ["two years", "duration", 2.0, None, "every", None], ["three", "count", 3.0, "year", None, None],
        ["twice", "multiple", 2.0, None, None, "capital"]]


def test_money_given_to_do_something_is_about_what_it_is_to_do():
    df = figs("The United States will provide $45 million to expand drought-tolerant seed programs, and $15 million to "
              "support the Multinational Security Support Mission in Haiti. Partners pledged US$20 billion to bring "
              "forward the peak of emissions. Japan will give $5 million to Kenya and $2 million to date.")
    assert df.set_index("text")["about"].to_dict() == {
        "$45 million": "expand drought-tolerant seed programs",
        "$15 million": "support the Multinational Security Support Mission",
        "US$20 billion": "bring forward the peak of emissions",
        "$5 million": None, "$2 million": None,  # (a country is no purpose; nor "to date")
    }
    df = figs("Japan will give ¥500 million to pre-position emergency supplies and ¥2 billion to the Pacific cable programme. "
              "Australia will contribute A$5 million and Japan ¥800 million to stockpile vaccines.")
    assert df.set_index("text")["about"].to_dict() == {
        "¥500 million": "pre-position emergency supplies", "¥2 billion": "Pacific cable programme",
        "A$5 million": "stockpile vaccines", "¥800 million": "stockpile vaccines"}


def test_a_rows_label_names_its_amount_and_a_which_clause_its_noun():
    st = S.from_text("Joint Statement of Australia and Papua New Guinea\n\nPort Moresby, 5 March 2024\n\nProjects\n\n"
                     "| Project | Province | Amount | Status |\n|---|---|---|---|\n| Power Station upgrade | National Capital "
                     "District | AUD 120 million | Approved |\n| Highway rehabilitation (Phase 2) | Enga Province | AUD 250 "
                     "million | Under design |\n\nAustralia will not restrict remittances, which totalled USD 21.6 billion in 2024. "
                     "Australia will mobilise USD 50 million from the Peace Fund to support humanitarian operations.\n",
                     fmt="md")
    df = F.extract(st)
    assert F.counted(df).set_index("text")["about"].to_dict() == {
        "AUD 120 million": "Power Station upgrade", "AUD 250 million": "Highway rehabilitation (Phase 2)",
        "USD 21.6 billion": "remittances", "2024": None, "USD 50 million": "support humanitarian operations"}
    assert df[df.text == "2"].in_name.tolist() == [True]  # "(Phase 2)"
    # a bullet of two clauses is no table's row
    assert figs("- Japan will provide $1 billion; Korea will give $2 billion.").about.tolist() == [None, None]


def test_minutes_are_a_duration():
    df = figs("The two leaders spoke for approximately 35 minutes. The Council approved the minutes of its 1,200th meeting.")
    assert df[["text", "kind", "unit"]].values.tolist()[0] == ["35 minutes", "duration", "minute"]
    assert "minutes" not in " ".join(df.text[1:])


def test_a_hyphen_after_tens_makes_an_ordinal_not_a_fraction():
    df = figs("The leaders celebrated the twenty-fifth anniversary of relations. Two-thirds of the funds went to health.")
    assert df[["text", "kind"]].values.tolist() == [["twenty-fifth", "ordinal"], ["Two-thirds", "fraction"]]
    assert df.value.tolist() == pytest.approx([25.0, 2 / 3])


def test_a_which_clause_is_about_the_noun_phrase_before_it():
    df = figs("Kenya welcomed remittances, which totalled USD 21.6 billion. Japan noted bilateral trade, which reached "
              "$5 billion. Kenya praised exports of tea and coffee, which reached $2 billion.")
    assert df.about.tolist() == ["remittances", "bilateral trade", "exports of tea and coffee"]


def test_a_word_between_a_number_and_a_span_of_time():
    df = figs("China has been the largest partner for 14 consecutive years. The programme will run for three more years, "
              "and 2 more countries will join.")
    assert df[["text", "kind", "unit"]].values.tolist() == [
        ["14 consecutive years", "duration", "year"], ["three more years", "duration", "year"], ["2", "count", None]]


def test_a_year_takes_no_word_of_a_duration_and_a_capitalized_ed_is_no_verb():
    df = figs("Bilateral trade in the 2023 full year reached USD 5 billion. Exports to the United Arab Emirates, which "
              "totalled USD 2 billion, rose.")
    assert df[["text", "kind"]].values.tolist()[0] == ["2023", "year"]
    assert df.set_index("text").loc["USD 2 billion", "about"] == "United Arab Emirates"


def test_any_currency_code_but_one_that_also_names_things_makes_money_and_spanish_scales():
    df = figs("Joint Statement of Egypt and Saudi Arabia\n\nCairo, 5 March 2024\n\nThe land will be leased at EGP 500 per "
              "square metre. Japan will give USD 500 to each student. The COP 28 summit met.")
    assert [(r.text, r.kind, r.value, r.unit, r.per, bool(r.in_name)) for r in df.itertuples()] == [
        ("EGP 500", "money", 500.0, "EGP", "square metre", False), ("USD 500", "money", 500.0, "USD", None, False),
        ("28", "count", 28.0, None, None, True)]
    # an amount quoted in Spanish groups its thousands with dots
    df = F.counted(figs("Chile and Argentina\n\nChile agreed to invest CLP 45.000 millones (approximately US$ 48 million) in "
                        "the tunnel studies. Argentina will contribute ARS 12.500 millones. Trade reached US$ 6.700 millones."))
    assert [(r.text, r.value, r.unit) for r in df.itertuples()] == [
        ("CLP 45.000 millones", 45e9, "CLP"), ("ARS 12.500 millones", 12.5e9, "ARS"), ("US$ 6.700 millones", 6.7e9, "USD")]
    df = F.counted(figs("Chile and Brazil\n\nChile will invest CLP 1,5 mil millones in roads. Brazil will invest R$ 2,5 bilhões "
                        "in ports."))
    assert [(r.text, r.value, r.unit) for r in df.itertuples()] == [
        ("CLP 1,5 mil millones", 1.5e9, "CLP"), ("R$ 2,5 bilhões", 2.5e9, "BRL")]


def test_currency_codes_of_every_region_and_not_capitalized_words():
    df = F.counted(figs("Germany and Namibia\n\nNamibia will contribute NAD 200 million (approximately EUR 10 million) to the "
                        "fund. Ukraine will spend UAH 5 billion and Vietnam VND 2 trillion. ALL 20 MEMBERS AGREED."))
    assert [(r.text, r.unit) for r in df.itertuples()] == [
        ("NAD 200 million", "NAD"), ("UAH 5 billion", "UAH"), ("VND 2 trillion", "VND"), ("20", None)]
    # ... but a less common code before a bare number is the letters of something else
    df = figs("Japan and Kenya\n\nThey recalled SCR 2231 under the SSP 2 scenario with an IRR 12 percent over CRC 30 years; "
              "land costs NAD 50 per hectare.")
    assert [(r.text, r.kind) for r in df.itertuples()] == [
        ("2231", "count"), ("2", "count"), ("12 percent", "percent"), ("30 years", "duration"), ("NAD 50", "money")]


def test_a_span_of_years_in_a_name_is_part_of_it_and_a_fiscal_year_is_a_period():
    df = figs("ASEAN and the GCC\n\nWe welcomed the ASEAN-GCC Framework of Cooperation 2024-2028 and trade of US$ 50 billion "
              "in FY 2022-23. Trade grew in 2024-2028 and in FY 2023, and will grow by Q3 2025.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples() if r.kind in ("year", "date")] == [
        ("2024-2028", True), ("2022-23", False), ("2024-2028", False), ("2023", False), ("Q3 2025", False)]
    df = figs("Japan and Kenya\n\nThey recalled the Security Council 2021-2022 term and the Japan-Kenya Friendship Year 2025.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples()] == [("2021-2022", False), ("2025", True)]


def test_dates_written_in_digits_day_first():
    df = figs("Joint Statement of Viet Nam and France\n\nHa Noi, 26 May 2025\n\nThe dialogue will be held before 31/12/2025 "
              "in Paris. The letter was signed on 15/03/2025. They meet on 12.05.2026 and on 05/31/2026 with 1/2 of the funds.")
    assert [(r.text, r.kind, r.value, r.future) for r in df.itertuples()] == [
        ("31/12/2025", "date", 2025.0, True), ("15/03/2025", "date", 2025.0, False), ("12.05.2026", "date", 2026.0, True),
        ("05/31/2026", "date", 2026.0, True), ("1/2", "fraction", 0.5, None)]


def test_what_a_figure_is_about_is_no_time_pronoun_or_cut_name():
    df = figs("New Zealand and Fiji\n\nThe Prime Ministers welcomed the growth in two-way trade, which reached $480 million in the "
              "year to June 2025. Hyundai Rotem will deliver the tanks, and 64 of them will be produced in Poland. Brazil will "
              "allocate R$ 1.2 billion through the Programa de Aceleração do Crescimento. Leaders welcomed a Ukraine Facility "
              "of up to €50 billion for the period 2024–2027.")
    about = {r.text: r.about for r in df.itertuples()}
    assert about["$480 million"] == "two-way trade"
    assert about["64"] is None
    assert about["R$ 1.2 billion"] == "Programa de Aceleração do Crescimento"
    assert about["€50 billion"] == "Ukraine Facility"


def test_taka():
    df = F.counted(figs("India and Bangladesh\n\nBangladesh will provide Tk 850 crore (BDT 8.5 billion) for the bridge and "
                        "Taka 500 crore to schools."))
    assert [(r.text, r.value, r.unit) for r in df.itertuples()] == [("Tk 850 crore", 8.5e9, "BDT"), ("Taka 500 crore", 5e9, "BDT")]


def test_a_price_stays_in_us_dollars_in_a_partys_sentence():
    df = figs("Canada and Kenya\n\nWith oil at $80 a barrel, Canada will provide $20 million.", metadata={"parties": ["Canada", "Kenya"]})
    assert df.unit.tolist() == ["USD", "CAD"]


def test_an_ordinal_that_opens_a_point_is_no_figure():
    df = F.counted(figs("Joint Statement of China and Brazil\n\nFourth, the two sides will trade. Eighth, they will meet. It is "
                        "the fourth meeting.\n"))
    assert df[["text", "kind"]].values.tolist() == [["fourth", "ordinal"]]


def test_no_more_than_rupees_of_the_party_and_a_dollar_two_parties_share():
    df = F.counted(figs("Joint Statement of India and Nepal\n\nNew Delhi, 18 August 2025\n\nThe Government of Nepal has "
                        "allocated Rs. 600 crore to the road. India gave Rs 500 crore. Nepal will pay no more than USD 20 "
                        "million a year and not less than 2 percent.\n"))
    assert df[["text", "unit", "qualifier"]].values.tolist() == [
        ["Rs. 600 crore", "NPR", None], ["Rs 500 crore", "INR", None], ["USD 20 million", "USD", "up_to"],
        ["2 percent", "percent", "at_least"]]
    df = figs("Joint Statement of Tuvalu and Nauru\n\nNauru will provide $1.5 million, with Nauru funding $400,000 and "
              "Tuvalu $250,000. The IMF gave $5 million.\n")
    assert df.unit.tolist() == ["AUD", "AUD", "AUD", "USD"]


def test_the_kina_and_other_k_currencies_follow_the_parties():
    df = figs("Joint Statement of Australia and Papua New Guinea\n\nPort Moresby, 5 March 2025\n\nPNG will invest K27.6 billion "
              "and K150 million (approximately A$58 million), and 250 million kina. The K9 unit.\n")
    assert df[["text", "kind", "unit", "restates"]].values.tolist() == [
        ["K27.6 billion", "money", "PGK", False], ["K150 million", "money", "PGK", False],
        ["A$58 million", "money", "AUD", True], ["250 million kina", "money", "PGK", False], ["K9", "count", None, False]]
    assert figs("Joint Statement of Zambia and Kenya\n\nZambia will spend K2 billion.\n").unit.tolist() == ["ZMW"]


def test_an_amount_of_change_then_the_new_level_is_no_range():
    df = figs("Joint Statement of Germany and France\n\nThe budget will increase by €10 million to €40 million in 2026. Aid of "
              "€10 million to €40 million is planned. Trade rose by 5 to 10 percent.\n")
    assert df[df.kind != "year"][["text", "value_max"]].fillna(0).values.tolist() == [
        ["€10 million", 0], ["€40 million", 0], ["€10 million to €40 million", 4e7], ["5 to 10 percent", 10.0]]


def test_and_a_half_in_words():
    df = figs("Joint Statement of the Netherlands and Kenya\n\nTrade reached one and a half billion euros in 2024. Kenya will "
              "give two and a half million dollars.\n")
    assert df[df.kind == "money"][["text", "value", "unit"]].values.tolist() == [
        ["one and a half billion euros", 1.5e9, "EUR"], ["two and a half million dollars", 2.5e6, "USD"]]


def test_what_the_review_of_the_later_figure_rules_found():
    df = figs("Joint Statement of Germany and France\n\nThey will cut emissions by 46% to 50% by 2030.\n")
    assert df[df.kind == "percent"][["text", "value_max"]].values.tolist() == [["46% to 50%", 50.0]]
    # two parties with dollars of their own: the one the clause names
    df = figs("Joint Statement of New Zealand and Kiribati\n\nNew Zealand will provide $20 million, and Kiribati will give "
              "$1 million. The IMF gave $5 million.\n")
    assert df.unit.tolist() == ["NZD", "AUD", "USD"]


def test_caribbean_and_other_dollar_signs_and_currency_symbols():
    df = figs("Joint Communiqué of Jamaica and Grenada\n\nKingston, 3 May 2024\n\nGrenada will provide EC$ 54 million and "
              "Jamaica J$300 million. Trinidad and Tobago pledged TT$ 20 million, Barbados Bds$ 4 million and Viet Nam "
              "₫ 20 billion. Australia pledged AU$29.6 million.\n")
    assert list(zip(df.text, df.unit, df.value)) == [
        ("EC$ 54 million", "XCD", 54e6), ("J$300 million", "JMD", 300e6), ("TT$ 20 million", "TTD", 20e6),
        ("Bds$ 4 million", "BBD", 4e6), ("₫ 20 billion", "VND", 20e9), ("AU$29.6 million", "AUD", 29.6e6)]
    ents = E.extract(S.from_text("Joint Statement of Australia and Fiji\n\nSuva, 3 May 2024\n\nAustralia pledged AU$29.6 "
                                 "million. The African Union (AU) welcomed it.\n"))
    assert ents[ents.name == "African Union"].mentions.tolist() == [1]


def test_every_one_character_currency_sign_of_the_lexicon_starts_a_figure_before_a_space():
    signs = [form for form in F.lexicon()["currency_prefixes"] if len(form) == 1 and not form.isalnum()]
    assert len(signs) >= 15
    for sign in signs:
        df = figs(f"Joint Statement\n\nThe fund received {sign} 20 billion.\n")
        assert df.text.tolist() == [f"{sign} 20 billion"], sign


def test_a_day_without_a_year_is_next_years_when_its_clause_looks_ahead_last_years_when_back():
    st = S.from_text(
        "Joint Statement of Japan and Kenya\n\nNairobi, 22 October 2024\n\nCooperation\n\n"
        "The Joint Commission will meet on 3 February. The first report is due on 15 January. The leaders agreed to meet "
        "again in Nairobi on 5 March. The talks held on 25 December ended well. The minister returned to Japan on 3 "
        "February. The summit will be held on 30 November. The fund was launched on 9 June. The treaty signed on 2 "
        "April will enter into force soon.\n")
    df = F.extract(st)
    assert list(zip(df.text, df.value, df.future)) == [
        ("3 February", 2025.0, True), ("15 January", 2025.0, True), ("5 March", 2025.0, True),
        ("25 December", 2023.0, False), ("3 February", 2024.0, False), ("30 November", 2024.0, True),
        ("9 June", 2024.0, False), ("2 April", 2024.0, False)]


def test_what_an_amount_goes_to_after_a_restatement_in_a_named_fund_or_worth_it():
    df = figs("Joint Action Plan of Canada and New Zealand\n\nOttawa, 3 May 2024\n\nCooperation\n\n"
              "Canada will contribute CAD 30 million to the protection of the monarch butterfly habitat. New Zealand will "
              "contribute NZ$20 million (approximately A$18.4 million) to the Pacific Policing Development Fund. Canada will "
              "invest C$100 million in the Pacific Climate Infrastructure Financing Partnership. Canada will provide C$5 "
              "million to Kenya and C$2 million to the region. India will buy 26 Rafale Marine aircraft, worth approximately "
              "EUR 6.5 billion. Japan will provide radar systems under Official Security Assistance (OSA) worth ¥1.6 billion.\n")
    got = dict(zip(df.text, df.about))
    assert got["CAD 30 million"] == "protection of the monarch butterfly habitat"
    assert got["NZ$20 million"] == got["A$18.4 million"] == "Pacific Policing Development Fund"
    assert got["C$100 million"] == "Pacific Climate Infrastructure Financing Partnership"
    assert got["C$5 million"] is None and got["C$2 million"] is None  # (a country; one word says little)
    assert got["EUR 6.5 billion"] == "Rafale Marine aircraft"
    assert got["¥1.6 billion"] == "Official Security Assistance"


def test_kilovolts_are_a_quantity():
    df = figs("Joint Statement of Kenya and Tanzania\n\nNairobi, 4 March 2025\n\nEnergy\n\nKenya will build the 400 kV "
              "Isinya-Singida interconnector and buy 300 MW of power.\n")
    assert list(zip(df.text, df.kind, df.unit)) == [("400 kV", "quantity", "kilovolt"), ("300 MW", "quantity", "megawatt")]


def test_fractions_in_words_after_by_before_a_comparison_and_one_in_n():
    df = figs("Joint Statement of the Nordic Prime Ministers\n\nOslo, 3 May 2025\n\nEnergy\n\nEmissions have fallen by a "
              "third since 2010. One in five young people is unemployed. Prices are a quarter lower. The region will cut food "
              "waste by half. A third round of talks will follow. One of the two plants closed.\n")
    fr = df[df.kind == "fraction"]
    assert list(zip(fr.text, fr.value.round(3), fr.about)) == [
        ("a third", 0.333, "Emissions"), ("One in five", 0.2, "young people"), ("a quarter", 0.25, "Prices"),
        ("half", 0.5, "food waste")]


def test_an_amount_in_another_currency_after_a_qualifier_between_commas_restates_it():
    df = figs("Joint Statement of Norway and Sweden\n\nOslo, 3 May 2025\n\nEnergy\n\nNOK 2 billion, roughly SEK 1.95 billion, "
              "will go to the hydrogen programme. EUR 10 million, about EUR 3 million of it for grids, was spent.\n")
    assert list(zip(df.text, df.restates)) == [
        ("NOK 2 billion", False), ("SEK 1.95 billion", True), ("EUR 10 million", False), ("EUR 3 million", False)]


def test_special_drawing_rights_are_money_and_a_table_cell_may_restate_in_brackets():
    df = figs("Joint Communique of Canada and Ghana\n\nOttawa, 3 May 2025\n\nTrade\n\nCanada will open a quota of 130,000 "
              "Special Drawing Rights and SDR 200,000 for services.\n\nItem | Amount | Deadline\n"
              "Sickle cell treatment centres | GHS 45 million (about USD 2.9 million) | 30 June 2026\n")
    assert list(zip(df.text, df.unit)) == [("130,000 Special Drawing Rights", "XDR"), ("SDR 200,000", "XDR"),
                                           ("GHS 45 million", "GHS"), ("USD 2.9 million", "USD"), ("30 June 2026", None)]
    assert df.about.tolist()[2:] == ["Sickle cell treatment centres"] * 3


def test_the_rand_written_r_in_a_statement_of_south_africa():
    df = figs("Joint Communique of South Africa and Nigeria\n\nPretoria, 3 May 2025\n\nTrade\n\nTrade reached R84.1 billion. "
              "South Africa will provide R2 billion and R 50 million. Route R2 is open.\n")
    assert list(zip(df.text, df.kind, df.unit)) == [
        ("R84.1 billion", "money", "ZAR"), ("R2 billion", "money", "ZAR"), ("R 50 million", "money", "ZAR"), ("R2", "count", None)]
    assert df.in_name.tolist() == [False, False, False, True]


def test_numbers_of_laws_and_documents_are_references():
    df = figs("Council conclusions on the Sahel\n\nBrussels, 3 May 2025\n\nThe Council\n\nThe Council recalled Law 2015-36, "
              "document 8123/25 and Decree No. 2024-512, and welcomed 40 new projects.\n")
    assert list(zip(df.text, df.in_name)) == [("2015-36", True), ("8123", True), ("2024", True), ("512", True), ("40", False)]


def test_a_year_then_to_and_a_sum_is_no_span_of_years():
    st = S.from_text("Joint Statement of Viet Nam and Singapore\n\nHanoi, 15 March 2025\n\nThe two sides will raise bilateral "
                     "trade from USD 23 billion in 2024 to USD 45 billion by 2030. The plan runs from 2024 to 28.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value"]].values.tolist() == [
        ["USD 23 billion", "money", 23e9], ["2024", "year", 2024], ["USD 45 billion", "money", 45e9], ["2030", "year", 2030],
        ["2024 to 28", "year", 2024]]
    assert df.value_max.tolist()[-1] == 2028


def test_a_unit_written_in_full_and_a_time_word_is_no_about():
    st = S.from_text("Joint Statement of Brazil and Germany\n\nBrasília, 4 December 2024\n\nThe leaders will limit global warming "
                     "to 1.5 degrees Celsius. Recycling rates remain below 1% today. Warming must stay below 2 degrees.\n")
    df = F.extract(st)
    assert df[["text", "unit", "about"]].values.tolist() == [
        # (not "today": what remains or stays there is its subject)
        ["1.5 degrees Celsius", "degree Celsius", "global warming"], ["1%", "percent", "Recycling rates"],
        ["2 degrees", "degree Celsius", "Warming"]]


def test_who_gave_an_amount_and_when_are_not_what_it_is():
    st = S.from_text("Joint Declaration of Mexico and Colombia\n\nBogotá, March 15th, 2025\n\nFinance\n\nThe two Governments "
                     "decided to create a fund, with an initial capitalisation of MXN 850 million contributed by Mexico. Japan "
                     "will give USD 5 million provided by JICA. The Saudi side will fund 1,000 scholarships each year, worth "
                     "approximately £45m annually.\n")
    df = F.extract(st)
    assert df[["text", "about", "per"]].values.tolist() == [
        ["MXN 850 million", "initial capitalisation", None], ["USD 5 million", None, None],
        ["1,000", "scholarships", "year"], ["£45m", None, "year"]]


def test_words_in_quotation_marks_are_part_of_what_a_figure_counts():
    st = S.from_text("Joint Statement of China and the African Union\n\nBeijing, 6 September 2024\n\nDevelopment\n\nThe "
                     "Chinese side will implement 1,000 \"small and beautiful\" livelihood projects and issue 50 billion yuan of "
                     "\"panda bonds\". It will build 5 roads and bridges. The screens are 7\" wide.\n")
    df = F.extract(st)
    assert df[["text", "about"]].values.tolist() == [
        ["1,000", '"small and beautiful" livelihood projects'], ["50 billion yuan", '"panda bonds"'],
        ["5", "roads and bridges"], ["7", "screens"]]


def test_a_count_before_a_measure_written_as_an_adjective_and_a_list_of_kinds_that_ends_on_and():
    st = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 11 April 2025\n\nSecurity\n\nJapan will provide "
                     "the five 97-meter multi-role response vessels and 20 10-tonne trucks. Saudi Arabia will allocate SAR 10 "
                     "billion to carbon capture, utilisation and storage and to hydrogen projects.\n")
    df = F.extract(st)
    assert df[["text", "kind", "about"]].values.tolist() == [
        ["five", "count", "97-meter multi-role response vessels"], ["97-meter", "quantity", "multi-role response vessels"],
        ["20", "count", "10-tonne trucks"], ["10-tonne", "quantity", "trucks"],
        ["SAR 10 billion", "money", "carbon capture, utilisation and storage"]]


def test_a_table_row_with_a_column_that_describes_is_about_its_first_cell():
    st = S.from_text("# Japan-Korea Joint Statement\n\n**Tokyo, 23 August 2025**\n\n### Cooperation\n\n| Area | Measure | Amount |\n"
                     "|---|---|---|\n| Hydrogen and ammonia | Joint demonstration projects for clean hydrogen supply chains | "
                     "¥20 billion |\n| Youth exchange | Scholarships for 1,000 students per year | JPY 2 billion |\n\n"
                     "- Japan will provide ¥5 billion; Korea will give KRW 20 billion\n", fmt="md")
    df = F.extract(st)
    assert df[df.kind == "money"][["text", "about"]].values.tolist() == [
        ["¥20 billion", "Hydrogen and ammonia"], ["JPY 2 billion", "Youth exchange"], ["¥5 billion", None], ["KRW 20 billion", None]]
    assert df[df.kind == "count"][["text", "about", "per"]].values.tolist() == [["1,000", "students", "year"]]


def test_a_verb_before_whose_contribution_and_a_version_inside_a_name():
    st = S.from_text("ASEAN Chairman's Statement\n\nKuala Lumpur, 26 October 2025\n\nPartners\n\nWe commended Australia's "
                     "contribution of AUD 64 million to the programme. We looked forward to the signing of the ASEAN-China Free "
                     "Trade Area (ACFTA) 3.0 Upgrade Protocol. Growth reached 4.7 per cent.\n")
    df = F.extract(st)
    assert df[["text", "about", "in_name"]].values.tolist() == [
        ["AUD 64 million", "Australia's contribution", False], ["3.0", None, True], ["4.7 per cent", "Growth", False]]


def test_money_under_a_named_instrument_and_to_a_programme_is_about_them():
    st = S.from_text("Council conclusions on the Sahel\n\nBrussels, 17 November 2025\n\nFunding\n\nThe EU will mobilise EUR "
                     "600 million under the NDICI-Global Europe instrument. Germany will provide €45m to a three-year programme "
                     "for vocational training. The UK gave £30 million under Article 5. Canada gave $5 million to a country.\n")
    df = F.extract(st)
    assert df[df.kind == "money"][["text", "about"]].values.tolist() == [
        ["EUR 600 million", "NDICI-Global Europe instrument"], ["€45m", "three-year programme"], ["£30 million", None],
        ["$5 million", None]]


def test_two_adjectives_of_one_noun_after_a_count():
    st = S.from_text("Readout of the Chancellor's Call with President Ruto\n\nBerlin, 17 October 2025\n\nA dozen German and "
                     "Kenyan companies will invest. They trained 500 Kenyan and Ugandan officers.\n")
    assert F.extract(st)[["text", "about"]].values.tolist() == [
        ["A dozen", "German and Kenyan companies"], ["500", "Kenyan and Ugandan officers"]]


def test_a_date_in_words_is_one_date():
    st = S.from_text("Joint Declaration of Viet Nam and Singapore\n\nThe two sides signed it on the first day of August in the year "
                     "one thousand nine hundred and seventy-three. They will meet on the tenth day of May 2027 and raise trade "
                     "by 20%.\n\nDone at Hanoi on the fifteenth day of March in the year two thousand and twenty-five, in two "
                     "originals.\n")
    df = F.extract(st)
    dates = df[df.kind == "date"]
    assert dates.text.tolist() == ["first day of August in the year one thousand nine hundred and seventy-three",
                                   "tenth day of May 2027", "fifteenth day of March in the year two thousand and twenty-five"]
    assert dates.value.tolist() == [1973, 2027, 2025] and dates.future.tolist() == [False, True, False]
    assert "ordinal" not in df.kind.tolist()


def test_money_under_a_named_facility_or_through_named_bodies():
    st = S.from_text("Joint Declaration of the African Union and the European Union\n\nBrussels, 5 June 2025\n\nThe EU will provide "
                     "EUR 600 million under the European Peace Facility for African-led peace support operations. Japan will "
                     "provide up to USD 3 billion through JOGMEC and JBIC. The UK will commit GBP 500 million through UK Export "
                     "Finance. Japan gave USD 2 million through Kenya and Uganda. Kenya will give USD 5 million through bilateral "
                     "channels. Japan will give USD 6 million through the Kenyan government. The EU will pay EUR 4 million "
                     "through March.\n")
    money = F.extract(st)
    assert money[money.kind == "money"].about.tolist() == [
        "European Peace Facility", "JOGMEC and JBIC", "UK Export Finance", None, None, None, None]


def test_a_percentage_with_its_sign_is_no_telephone_number():
    md = ("Joint Statement of Canada and the EU\n\nOttawa, 5 June 2025\n\n| Item | 2023 | 2024 | Change |\n|---|---|---|---|\n"
          "| Goods trade (EUR billion) | 59 | 76 | +29% |\n\nExports grew by +12% last year. Call +1 202 456 1111 for details.\n")
    df = F.extract(S.from_text(md, fmt="md"))
    assert df[["text", "about"]].values.tolist() == [
        ["EUR 59 billion", "Goods trade (EUR billion)"], ["EUR 76 billion", "Goods trade (EUR billion)"],
        ["+29%", "Goods trade (EUR billion)"], ["+12%", "Exports"]]
    # a sign is the figure's: a fall is a negative change, also with a decimal comma
    df = F.extract(S.from_text("Joint Statement of Senegal and Morocco\n\nDakar, 16 June 2025\n\nTrade\n\nGrowth was "
                               "-7.6% in 2023, \u22122 per cent in 2024 and 3,5% in 2025; trade rose 12,5 per cent, pages 3-5%.\n"))
    assert df.query("kind == 'percent'")[["text", "value", "value_max"]].fillna(0).values.tolist() == [
        ["-7.6%", -7.6, 0], ["-2 per cent", -2.0, 0], ["3,5%", 3.5, 0], ["12,5 per cent", 12.5, 0], ["3-5%", 3.0, 5.0]]


def test_a_change_between_two_places_is_no_range():
    st = S.from_text("Joint Communique of Kenya and Ethiopia\n\nNairobi, 5 June 2025\n\nThe airlines will increase weekly flights "
                     "between Addis Ababa and Nairobi from 21 to 28. Grants ranging from 5 to 9 will be made.\n")
    df = F.extract(st)
    assert df[["text", "about"]].values.tolist() == [["21", "weekly flights"], ["28", "weekly flights"], ["5 to 9", None]]


def test_a_calibre_in_millimetres_is_a_quantity():
    st = S.from_text("Joint Statement of Korea and Poland\n\nWarsaw, 5 June 2025\n\nThe two sides will make 155 mm ammunition and "
                     "120-millimetre guns.\n")
    assert F.extract(st)[["text", "kind", "unit"]].values.tolist() == [
        ["155 mm", "quantity", "millimeter"], ["120-millimetre", "quantity", "millimeter"]]


def test_the_bare_dollar_is_the_us_dollar_where_the_us_is_a_party_beside_a_written_a_dollar():
    st = S.from_text("Quad Leaders' Fact Sheet\n\nWilmington, 21 September 2024\n\nWe, the Leaders of Australia, India, Japan and "
                     "the United States, met. Australia will provide A$29.6 million for cancer care. The United States will "
                     "provide $40 million for maritime training.\n")
    assert F.extract(st).query("kind == 'money'").unit.tolist() == ["AUD", "USD"]
    # (with the US no party, the one dollar the text writes is its bare dollar too)
    st = S.from_text("Joint Statement of Australia and Papua New Guinea\n\nCanberra, 5 June 2025\n\nAustralia will provide "
                     "A$29.6 million for roads and $40 million for schools.\n")
    assert F.extract(st).query("kind == 'money'").unit.tolist() == ["AUD", "AUD"]


def test_a_decimal_in_words_a_day_before_a_percentage_and_what_a_restated_sum_is_for():
    st = S.from_text("Joint Statement of New Zealand and Korea\n\nSeoul, 14 May 2025\n\nThe two countries will jointly fund "
                     "NZ$1.2 billion (one point two billion New Zealand dollars) of low-emissions hydrogen projects by 2030. "
                     "Trade reached three point four five billion dollars. At one point twenty firms took part.\n")
    df = F.extract(st)
    assert df[["text", "value", "unit", "about", "restates"]].values.tolist()[:3] == [
        ["NZ$1.2 billion", 1.2e9, "NZD", "low-emissions hydrogen projects", False],
        ["one point two billion New Zealand dollars", 1.2e9, "NZD", "low-emissions hydrogen projects", True],
        ["2030", 2030.0, None, None, False]]
    assert df[df.kind == "money"].value.tolist()[2] == pytest.approx(3.45e9)
    assert df.iloc[-1][["text", "value"]].tolist() == ["twenty", 20.0]
    # "announced on April 2 to 20 percent": a day, then a percentage (a range of days stays one)
    st = S.from_text("Readout of the Call between the United States and Vietnam\n\nJuly 2, 2025\n\nThe United States will reduce "
                     "the 46 percent tariff announced on April 2 to 20 percent. The talks ran from May 12 to 14.\n")
    assert F.extract(st)[["text", "kind", "value"]].values.tolist() == [
        ["46 percent", "percent", 46.0], ["April 2", "date", 2025.0], ["20 percent", "percent", 20.0], ["May 12 to 14", "date", 2025.0]]


def test_years_in_words():
    st = S.from_text("Joint Statement of the ASEAN-GCC Summit\n\nKuala Lumpur, 27 May 2025\n\nRecalling the first summit held in "
                     "Riyadh in October two thousand and twenty-three, we adopt the Framework for two thousand and twenty-four to "
                     "two thousand and twenty-eight. We will meet in Bahrain in two thousand and twenty-seven. Two thousand and "
                     "fifty teachers will be trained.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value", "value_max"]].fillna(0).values.tolist() == [
        ["two thousand and twenty-three", "year", 2023.0, 0],
        ["two thousand and twenty-four to two thousand and twenty-eight", "year", 2024.0, 2028.0],
        ["two thousand and twenty-seven", "year", 2027.0, 0], ["Two thousand and fifty", "count", 2050.0, 0]]
    assert df[df.kind == "year"].future.tolist() == [False, True, True]


def test_namibian_dollars_tonnes_by_their_symbol_and_a_fiscal_year_as_written():
    st = S.from_text("Joint Declaration of Namibia and Germany\n\nWindhoek, 3 June 2025\n\nNamibia will allocate N$ 850 million "
                     "(and N$40 million more) from its budget in FY2026. The plant will export 300,000 t of green ammonia and "
                     "5 kt of copper.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value", "unit"]].values.tolist() == [
        ["N$ 850 million", "money", 8.5e8, "NAD"], ["N$40 million", "money", 4e7, "NAD"], ["FY2026", "year", 2026.0, None],
        ["300,000 t", "quantity", 3e5, "tonne"], ["5 kt", "quantity", 5.0, "kilotonne"]]
    assert df[df.kind == "quantity"].about.tolist() == ["green ammonia", "copper"]


def test_what_money_buys_worth_of_and_from_its_own_reserve_and_not_whose_programme():
    st = S.from_text("Joint Statement of the United States and Vietnam\n\nHanoi, 2 July 2025\n\nTrade\n\nVietnam will purchase "
                     "$2 billion worth of U.S. liquefied natural gas (LNG) annually. The United States will provide $30 million "
                     "through the U.S. Agency for International Development's successor programs. The Commission will allocate "
                     "XOF 15 billion from its Regional Food Security Reserve to support smallholder farmers.\n")
    assert F.extract(st).about.tolist() == ["U.S. liquefied natural gas", None, "support smallholder farmers"]


def test_a_part_of_the_statements_own_year_that_begins_after_it_is_ahead():
    st = S.from_text("Joint Statement of Morocco and ECOWAS\n\nRabat, 18 March 2025\n\nTrade\n\nThe decision is expected in the "
                     "second half of 2025. The review took place in the first quarter of 2025. The forum meets in Q4 2025. Trade "
                     "grew in 2025. H3 2025 is no half.\n")
    df = F.extract(st)
    assert df[["text", "future"]].values.tolist()[:4] == [
        ["second half of 2025", True], ["first quarter of 2025", False], ["Q4 2025", True], ["2025", False]]
    # (a semester is a half: "in the second semester of 2025", and a deadline of a commitment)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 5 June 2025\n\nPeru will open the port in the second semester "
                     "of 2025. The line opened in the first semester of 2025.\n")
    assert F.extract(st)[["text", "kind", "future"]].values.tolist() == [
        ["second semester of 2025", "date", True], ["first semester of 2025", "date", False]]
    assert C.extract(st).catalysts.tolist() == [["timeline"]]


def test_a_change_named_by_its_noun_is_two_figures():
    st = S.from_text("Joint Statement of New Zealand and Korea\n\nSeoul, 14 May 2025\n\nTrade\n\nThe leaders welcomed the expansion "
                     "of the Working Holiday Scheme from 1,800 to 3,000 places per year. Grants ranging from 5 to 9 will be made.\n")
    assert F.extract(st)[["text", "value_max"]].fillna(0).values.tolist() == [["1,800", 0], ["3,000", 0], ["5 to 9", 9.0]]


def test_a_count_in_words_after_to_is_no_year_and_a_part_of_a_year_may_wrap():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nTokyo, 5 March 2025\n\nTrade\n\nJapan will raise the number of "
                     "scholarships to two thousand. Up to two thousand and fifty participants will attend. Kenya will deliver "
                     "the first tranche in the second\nhalf of 2025.\n")
    df = F.extract(st)
    assert df[["text", "kind"]].values.tolist()[:2] == [["two thousand", "count"], ["two thousand and fifty", "count"]]
    assert df[df.kind == "date"][["text", "future"]].values.tolist() == [["second\nhalf of 2025", True]]


def test_a_small_count_in_words_before_more_is_a_figure():
    st = S.from_text("Joint Declaration of France and India\n\nParis, 5 March 2025\n\nEnergy\n\nThe Alliance will expand its "
                     "membership to twenty-six more countries by 2028. The two leaders met. One more thing.\n")
    assert F.extract(st)[["text", "value"]].values.tolist() == [["twenty-six", 26.0], ["2028", 2028.0]]


def test_a_season_of_the_statements_own_year_after_its_date_is_ahead():
    st = S.from_text("Joint Statement of Denmark and Estonia\n\nTallinn, 12 May 2025\n\nTrade\n\nA conference will be held in "
                     "autumn 2025. Ministers will meet in the autumn of 2025. Trade grew in the spring of 2025.\n")
    assert F.extract(st).future.tolist() == [True, True, False]


def test_numbers_in_inline_code_are_no_figures():
    md = ("# Joint Statement of Japan and Kenya\n\n*Nairobi, 14 November 2025*\n\n## Data\n\nThe formula `x^2 + y^2 < r^2` "
          "holds and files are kept under `C:\\KEMSA\\archive\\2019`. Kenya will train 40 nurses.\n")
    st = S.from_text(md, fmt="md")
    assert F.extract(st)[["text", "value"]].values.tolist() == [["40", 40.0]]
    assert "`x^2 + y^2 < r^2`" in st.sentences[0].text


def test_what_a_sum_measures_past_a_participle_set_off_by_commas():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 14 November 2025\n\nTrade\n\nThe leaders noted that Japan's "
                     "broader commitment to Africa, announced at TICAD 9 in Yokohama, amounts to $16 billion.\n")
    assert F.extract(st).query("kind == 'money'").about.tolist() == ["Japan's broader commitment to Africa"]


def test_by_a_third_before_a_noun_is_an_ordinal_not_a_fraction():
    st = S.from_text("Joint Declaration of Turkey and Azerbaijan\n\nAnkara, 3 March 2025\n\nArticle 1\n\nIn the event of an act of "
                     "aggression by a third state against either Party, they will consult. Emissions fell by a third in 2024. "
                     "Trade rose by a third.\n")
    assert F.extract(st)[["text", "kind"]].values.tolist() == [["a third", "fraction"], ["2024", "year"], ["a third", "fraction"]]


def test_multiples_are_figures_where_a_verb_stands():
    df = F.extract(S.from_text(
        "Joint Statement of Brazil and Mexico\n\nBrasília, 12 March 2025\n\nClimate\n\n"
        "We will triple global renewable energy capacity and double the global average annual rate of energy efficiency "
        "improvements by 2030. We aim to mobilise twice as much private capital. Trade has more than doubled since 2015. "
        "Exports are three times larger than in 2015, a threefold rise. We will halve food waste.\n\n"
        "Set phrases\n\nThe Double Taxation Avoidance Agreement entered into force. We reject double standards, a double "
        "burden and double-digit inflation. The Triple Frontier is a region.\n"))
    m = df[df["kind"] == "multiple"]
    assert m[["text", "value", "qualifier", "about"]].values.tolist() == [
        ["triple", 3.0, None, "global renewable energy capacity"],
        ["double", 2.0, None, "global average annual rate of energy efficiency improvements"],
        ["twice", 2.0, None, "private capital"],
        ["doubled", 2.0, "more_than", "Trade"],
        ["three times", 3.0, None, "Exports"],
        ["threefold", 3.0, None, "Exports"],
        ["halve", 0.5, None, "food waste"],
    ]
    # (the number inside a multiple is no count of its own)
    assert not ((df["kind"] == "count") & (df["text"] == "three")).any()
    assert [F.format_value(r, qualifier=True) for r in m.to_dict("records")][2:5] == ["×2", "more than ×2", "×3"]
    assert F.format_value(m.iloc[-1].to_dict()) == "×1/2"


def test_more_than_before_a_bare_multiple_is_where_a_verb_stands():
    df = F.extract(S.from_text("Joint Statement of Ghana and Canada\n\nAccra, 3 March 2025\n\nTrade\n\n"
                               "The two sides will more than double the current level of bilateral trade by 2030. "
                               "They reject more than double standards.\n"))
    m = df[df["kind"] == "multiple"]
    assert m[["text", "value", "qualifier", "about", "sentence"]].values.tolist() == [
        ["double", 2.0, "more_than", "current level of bilateral trade", 0]]


def test_a_third_country_is_a_set_phrase_of_the_law_no_ordinal():
    df = F.extract(S.from_text("Joint Statement of the United Kingdom and France\n\nLondon, 3 March 2026\n\nDefence\n\n"
                               "They will not deploy ground forces to any third country without prior consultation. "
                               "The third round of consultations will be held in May.\n"))
    assert df[["text", "kind", "about", "sentence"]].values.tolist() == [["third", "ordinal", "round of consultations", 1]]


def test_a_change_reaches_across_a_long_name_of_what_changes():
    df = F.extract(S.from_text("Joint Statement of New Zealand and Tonga\n\nNuku'alofa, 3 March 2025\n\nMobility\n\n"
                               "New Zealand will increase the annual Pacific Access Category Resident Visa quota for Tonga by 25%. "
                               "They aim to reduce methane emissions from the oil and gas sector by at least 75% below 2012 levels.\n"))
    pct = df[df["kind"] == "percent"]
    assert pct[["text", "change", "about"]].values.tolist() == [
        ["25%", "rise", "annual Pacific Access Category Resident Visa quota"], ["75%", "fall", "methane emissions"]]


def test_a_change_of_a_share_and_a_share_each_pays_are_fractions():
    df = F.extract(S.from_text("Joint Statement of the United Kingdom and France\n\nLondon, 3 March 2026\n\nMigration\n\n"
                               "Last year, thirty-six thousand people crossed the Channel, an increase of a quarter on the previous year. "
                               "They will fund a programme worth EUR 2.1 billion, with each country contributing half. "
                               "Each side will pay half of the costs. Half a million people were displaced.\n"))
    fr = df[df["kind"] == "fraction"]
    assert fr[["text", "value", "change", "sentence"]].values.tolist() == [
        ["a quarter", 0.25, "rise", 0], ["half", 0.5, None, 1], ["half", 0.5, None, 2]]


def test_what_money_measures_past_a_manner_the_years_it_covers_and_another_figures_phrase():
    df = F.extract(S.from_text("Joint Statement of the Republic of Korea and Viet Nam\n\nHanoi, 3 March 2025\n\nTrade\n\n"
                               "The two sides agreed to increase bilateral trade turnover to USD 150 billion by 2030 in a balanced "
                               "and sustainable manner. They signed a Framework Arrangement on EDCF loans for 2025-2027 worth KRW "
                               "1.2 trillion. The area has nearly 300 million people and a combined gross domestic product of USD "
                               "4.3 trillion. Korea spends 3 percent of GDP on defence and intends to reach 4 percent.\n"))
    money = df[df["kind"].isin(["money", "percent"])]
    assert money[["text", "about"]].values.tolist() == [
        ["USD 150 billion", "bilateral trade turnover"], ["KRW 1.2 trillion", "Framework Arrangement on EDCF loans"],
        ["USD 4.3 trillion", "combined gross domestic product"], ["3 percent", "defence"], ["4 percent", None]]


def test_a_level_measures_what_changes_not_its_change():
    df = F.extract(S.from_text("Joint Statement of Saudi Arabia and the United Arab Emirates\n\nRiyadh, 3 November 2025\n\n"
                               "Economy\n\nThe Council welcomed the growth of non-oil bilateral trade, which reached SAR 131 "
                               "billion in 2024, an increase of 8.5% over 2023.\n"))
    assert df.loc[df["kind"].isin(["money", "percent"]), ["text", "change", "about"]].values.tolist() == [
        ["SAR 131 billion", None, "non-oil bilateral trade"], ["8.5%", "rise", "growth of non-oil bilateral trade"]]


def test_an_acronym_that_spells_a_stop_word_is_part_of_what_is_counted():
    df = F.extract(S.from_text("Joint Statement of India and Japan\n\nTokyo, 3 March 2025\n\nSkills\n\n"
                               "They set a target of 50,000 skilled Indian IT professionals to be employed in Japan. "
                               "Japan will train 500 IT professionals and it will host 300 ICT experts.\n"))
    assert df[["text", "about"]].values.tolist() == [
        ["50,000", "skilled Indian IT professionals"], ["500", "IT professionals"], ["300", "ICT experts"]]


def test_an_amount_in_brackets_then_its_equivalent_restates_it():
    df = F.extract(S.from_text("Joint Statement of Brazil and China\n\nBeijing, 15 April 2025\n\nFinance\n\n"
                               "The two central banks renewed their currency swap of one hundred and ninety billion yuan "
                               "(CNY 190 billion), equivalent to approximately R$ 157 billion.\n"))
    assert df[["text", "restates", "about"]].values.tolist() == [
        ["one hundred and ninety billion yuan", False, "their currency swap"], ["CNY 190 billion", True, "their currency swap"],
        ["R$ 157 billion", True, "their currency swap"]]


def test_a_country_and_its_verb_are_not_what_a_share_of_gdp_measures():
    df = F.extract(S.from_text("Joint Statement of the Nordic-Baltic Eight\n\nVilnius, 3 March 2025\n\nDefence\n\n"
                               "Lithuania intends to reach between 5 and 6 per cent of GDP from 2026. Denmark will spend "
                               "3 per cent of GDP on defence.\n"))
    pct = df[df["kind"] == "percent"]
    assert pct[["text", "unit", "about"]].values.tolist() == [
        ["between 5 and 6 per cent", "percent of GDP", None], ["3 per cent", "percent of GDP", "defence"]]


def test_days_in_words_before_their_month_are_no_count():
    df = F.extract(S.from_text("Joint Statement of Brazil and China\n\nBeijing, 15 April 2025\n\nVisit\n\n"
                               "President Lula paid a state visit to China from twelve to fifteen April 2025. "
                               "Twelve ministers joined him.\n"))
    assert df[["text", "kind"]].values.tolist() == [["April 2025", "date"], ["Twelve", "count"]]


def test_a_change_noun_before_its_own_amount_stays_and_a_year_before_a_phrase_cuts_nothing():
    df = F.extract(S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 3 March 2025\n\nTrade\n\n"
                               "They welcomed the increase in bilateral trade of USD 2 billion. In 2024 bilateral trade and "
                               "investment reached USD 12 billion. The second party congress met.\n"))
    assert df.loc[df["kind"].isin(["money", "ordinal"]), ["text", "about"]].values.tolist() == [
        ["USD 2 billion", "increase in bilateral trade"], ["USD 12 billion", "bilateral trade and investment"],
        ["second", "party congress"]]


def test_a_table_that_sums_up_the_text_restates_its_figures():
    md = ("# Joint Statement of the Nordic Countries and Ukraine\n\nOslo, 19 August 2024\n\n## Support\n\n"
          "Norway will provide NOK 15 billion in military support in 2024. Denmark will give DKK 2.5 billion.\n\n"
          "| Country | Pledge | Year |\n|---|---|---|\n| Norway | NOK 15 billion | 2024 |\n| Denmark | DKK 2.5 billion | 2024 |\n"
          "| Finland | EUR 188 million | 2024 |\n")
    df = F.extract(S.from_text(md, fmt="md"))
    money = df[df["kind"] == "money"]
    assert money[["text", "restates", "about"]].values.tolist() == [
        ["NOK 15 billion", False, "military support"], ["DKK 2.5 billion", False, None],
        ["NOK 15 billion", True, "Norway"], ["DKK 2.5 billion", True, "Denmark"],
        ["EUR 188 million", False, "Finland"]]
    assert F.counted(df)["unit"].tolist().count("NOK") == 1


def test_what_money_is_for_after_when_and_by_what_means():
    df = F.extract(S.from_text(
        "Joint Statement of Spain and Mexico\n\nMadrid, 12 March 2024\n\nEnergy\n\n"
        "The partnership aims to mobilise USD 600 billion by 2027 for quality infrastructure. Spain will contribute "
        "€1.2 billion, through the Agency (AECID) and the Fund (FONPRODE), to renewable energy projects. Mexico will "
        "provide USD 9 million in 2026 in grants. Trade reached EUR 88 billion in 2021, making Spain a top partner.\n"))
    money = df[df["kind"] == "money"]
    assert money[["text", "about"]].values.tolist() == [
        ["USD 600 billion", "quality infrastructure"], ["€1.2 billion", "renewable energy projects"],
        ["USD 9 million", "grants"], ["EUR 88 billion", "Trade"]]


def test_a_number_glued_by_a_hyphen_to_a_capitalized_word_is_part_of_a_name():
    df = F.extract(S.from_text("Joint Statement of China and Pakistan\n\nBeijing, 8 June 2024\n\nScience\n\n"
                               "The samples returned aboard the Chang'e-6 mission. Sentinel-2 data will be shared by mid-2026.\n"))
    assert df[["text", "in_name"]].values.tolist() == [["6", True], ["Sentinel-2", True], ["2026", False]]


def test_a_condition_after_a_figure_is_not_what_it_measures():
    df = F.extract(S.from_text("Joint Statement of Kenya and Ethiopia\n\nNairobi, 5 June 2025\n\nEnergy\n\n"
                               "They committed to expanding supply to 400 megawatts once the second line is complete. "
                               "They will expand this to 500 megawatts once the third line is complete.\n"))
    assert df[["text", "about"]].values.tolist() == [["400 megawatts", "supply"], ["500 megawatts", None]]


def test_bounds_after_a_figure_x_multiples_and_document_numbers():
    df = F.extract(S.from_text(
        "Joint Statement of the European Union and Viet Nam\n\nHanoi, 5 May 2025\n\nCooperation\n\n"
        "The Council took note of the Communication COM(2023) 123 final on the partnership. Trade should rise by 15% or "
        "more. Visas will be issued within 15 days or less. Investment saw a 3x increase over 2022 levels.\n"))
    assert df[["text", "kind", "qualifier"]].values.tolist() == [
        ["15%", "percent", "at_least"], ["15 days", "duration", "up_to"], ["3x", "multiple", None], ["2022", "year", None]]
    assert df[df["text"] == "3x"]["in_name"].tolist() == [False]


def test_years_in_words_months_glued_to_end_and_mid_and_shares_of_gdp():
    df = figs("Joint Declaration of Brazil and South Africa\n\nBrasília, 12 March 1998\n\nThe Parties shall endeavour to "
              "double bilateral trade by the year two thousand. The Commission shall meet before the end of the year "
              "nineteen hundred and ninety-eight. Twelve thousand students took part.\n")
    assert [(r["text"], r["kind"], r["value"]) for r in df.to_dict("records") if r["kind"] != "multiple"] == [
        ("two thousand", "year", 2000.0), ("nineteen hundred and ninety-eight", "year", 1998.0), ("Twelve thousand", "count", 12000.0)]
    df = figs("Joint Statement by Sri Lanka and the IMF\n\nColombo, 15 June 2025\n\nThe Government will submit the bill by "
              "end-September 2025 and reserves will reach US$7 billion by mid-2026. Tax revenue rose to 13.5 percent of GDP "
              "in 2024. Sri Lanka spends more than 4 percent of GDP on defence and intends to reach 5 percent. Inflation fell "
              "to 1.5 percent. The Fund will lend about SDR 254 million.\n")
    rows = {r["text"]: r for r in df.to_dict("records")}
    assert (rows["September 2025"]["kind"], rows["2026"]["kind"]) == ("date", "year")
    assert [(F.format_value(rows[t], qualifier=True), rows[t]["about"]) for t in ("13.5 percent", "4 percent", "1.5 percent")] == [
        ("13.5% of GDP", "Tax revenue"), ("more than 4% of GDP", "defence"), ("1.5%", "Inflation")]
    assert F.format_value(rows["SDR 254 million"], qualifier=True) == "about SDR 254 million"


def test_the_two_of_a_pair_named_before_and_footnotes_marked_with_a_caret():
    df = figs("Joint Statement of Kenya and Japan\n\nNairobi, 3 May 2024\n\nThe two central banks signed a swap. Japan "
              "will build two new schools. The crisis has displaced 12 million people in the Sahel.^2 Trade grew 5 percent.^3\n")
    assert df["text"].tolist() == ["two", "12 million", "5 percent"]
    assert "x^2" in S.from_text("Joint Statement of Kenya and Japan\n\nThe formula x^2 stays.\n").sentences[0].text


def test_a_visit_from_the_first_to_the_third_of_a_month_is_one_date():
    df = figs("Joint Statement of India and Viet Nam\n\nHanoi, 3 May 2024\n\nPrime Minister Modi visited Hanoi from the 1st to "
              "the 3rd of May 2024.\n")
    assert list(zip(df["text"], df["kind"], df["value"])) == [("1st to the 3rd of May 2024", "date", 2024.0)]
    assert F.format_value(df.iloc[0]) == "1st to the 3rd of May 2024"  # (not a year, nor an ordinal and a date)


def test_centimetres_working_days_and_shares_of_gni():
    df = figs("Forum Communiqué\n\nTonga, 30 August 2025\n\nSea levels have risen by up to 15 centimetres since 1993. "
              "Visas will be processed in 15 working days. Donors will provide 0.7% of gross national income (GNI) as "
              "official development assistance.\n")
    rows = [(r["text"], r["kind"], r["unit"], F.format_value(r, qualifier=True)) for r in df.to_dict("records") if r["kind"] != "year"]
    assert rows == [("15 centimetres", "quantity", "centimeter", "rise of up to 15 centimeters"),
                    ("15 working days", "duration", "working day", "15 working days"),
                    ("0.7%", "percent", "percent of GNI", "0.7% of GNI")]
    assert df["about"].tolist()[-1] == "official development assistance"


def test_counts_in_words_and_after_the_stay_counts():
    df = figs("Joint Statement of India and Kenya\n\nNairobi, 3 May 2024\n\nIndia will offer each year two thousand scholarships. "
              "Kenya will deploy nineteen hundred troops. The three new schools will open. Japan spends 2 percent of GDP on "
              "health and pensions.\n")
    assert [(r["text"], r["kind"], r["about"]) for r in df.to_dict("records")] == [
        ("two thousand", "count", "scholarships"), ("nineteen hundred", "count", "troops"), ("three", "count", "new schools"),
        ("2 percent", "percent", "health and pensions")]


def test_a_day_in_words_of_a_month_is_one_date():
    df = figs("Joint Communiqué of Colombia and the United Nations\n\nBogotá, 1 July 2025\n\nThe report is due on the "
              "twenty-sixth of September. The mandate runs until the thirty-first of October 2026.\n")
    assert list(zip(df["text"], df["kind"], df["value"])) == [
        ("twenty-sixth of September", "date", 2025.0), ("thirty-first of October 2026", "date", 2026.0)]


def test_a_rate_keeps_its_period():
    df = figs("Joint Statement of Norway and Indonesia\r\n\r\nOslo, 4 June 2025\r\n\r\nDeveloped countries will mobilize "
              "USD 300 billion per year by 2035. Norway will provide two hundred and fifty million US dollars a year and "
              "Indonesia will offer 3 scholarships each year. The fund disburses EUR 20 million in grants annually. Trade grew 5% per "
              "annum from 2015. The plant will export 5 million tonnes/year. Flights will rise to 14 a week.\r\n")
    got = [(r["text"], r["per"], F.format_value(r)) for r in df.to_dict("records") if r["kind"] != "year"]
    assert got == [("USD 300 billion", "year", "US$300 billion a year"),
                   ("two hundred and fifty million US dollars", "year", "US$250 million a year"),
                   ("3", "year", "3 a year"),
                   ("EUR 20 million", "year", "€20 million a year"),
                   ("5%", "year", "5% a year"),
                   ("5 million tonnes", "year", "5 million tonnes a year"),
                   ("14", "week", "14 a week")]


def test_a_span_or_a_time_long_ago_is_no_rate():
    df = figs("Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2025\n\nThe programme created 5,000 jobs in a year. "
              "Prices rose 3% a year earlier. Norway gave US$2 million a year of support. Norway will provide $5 million, "
              "which the Board will review each year. Output stands at 300,000 barrels per day.\n")
    assert [(r["text"], r["per"]) for r in df.to_dict("records")] == [
        ("5,000", None), ("3%", None), ("US$2 million", None), ("$5 million", None), ("300,000 barrels per day", None)]


def test_years_as_said_decimals_of_a_share_and_a_date_with_its_year_in_words():
    df = figs("Joint Statement of Norway and Indonesia\r\n\r\nOslo, 4 June 2024\r\n\r\nDeforestation fell by eight point four "
              "per cent in two thousand and twenty-two. The sector will absorb more carbon than it emits by twenty thirty. "
              "Support after twenty twenty-five is assured. The Letter of Intent was signed on the twenty-sixth of May two "
              "thousand and ten. Twenty twenty-dollar bills were shown.\r\n")
    assert [(r["text"], r["kind"], r["value"]) for r in df.to_dict("records")] == [
        ("eight point four per cent", "percent", 8.4), ("two thousand and twenty-two", "year", 2022.0),
        ("twenty thirty", "year", 2030.0), ("twenty twenty-five", "year", 2025.0),
        ("twenty-sixth of May two thousand and ten", "date", 2010.0), ("Twenty", "count", 20.0)]


def test_the_yen_sign_of_a_chinese_statement_is_the_yuan_and_a_named_year_is_no_duration():
    china = figs("Joint Statement of China and Chile\n\nBeijing, 15 November 2025\n\nThe Bank will provide up to ¥3 billion "
                 "for the Metro. The leaders welcomed the 2026 Year of China in Chile.\n")
    assert [(r["text"], r["kind"], r["unit"]) for r in china.to_dict("records")] == [("¥3 billion", "money", "CNY"), ("2026", "year", None)]
    japan = figs("Joint Statement of Japan and Chile\n\nTokyo, 15 November 2025\n\nJapan will provide ¥3 billion.\n")
    assert japan["unit"].tolist() == ["JPY"]


def test_a_year_in_words_before_compared_with_is_a_year_and_measures_nothing_and_which_stands_for_the_last_thing():
    df = figs("Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2024\n\nIndonesia will publish annual reports on "
              "deforestation rates, which fell by eight point four per cent in two thousand and twenty-two compared with the year before.\n")
    assert [(r["text"], r["kind"], r["about"]) for r in df.to_dict("records")] == [
        ("eight point four per cent", "percent", "deforestation rates"), ("two thousand and twenty-two", "year", None)]


def test_a_price_per_unit_and_a_change_of_rate_keep_their_per():
    df = figs("Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2024\n\nThe reference price is five US dollars per tonne "
              "of carbon dioxide equivalent. Australia pays AUD 2 per kilogram. Flights will rise from 120 to 180 per week. "
              "Output is 5 tonnes per hectare.\n")
    assert [(r["text"], r["per"], F.format_value(r)) for r in df.to_dict("records")] == [
        ("five US dollars", "tonne", "US$5 per tonne"), ("AUD 2", "kilogram", "A$2 per kilogram"),
        ("120", "week", "120 a week"), ("180", "week", "180 a week"), ("5 tonnes", "hectare", "5 tonnes per hectare")]


def test_a_number_glued_to_a_titled_word_is_part_of_a_name():
    df = figs("Ghana presented its 24-Hour Economy policy. Kenya launched a 100-Day Plan. They adopted the 10-Year "
              "Framework of Programmes. The port works 24 hours a day. The 100-member Council met.")
    assert df[["text", "in_name"]].values.tolist() == [
        ["24-Hour", True], ["100", True], ["10-Year", True], ["24 hours", False], ["100", False]]


def test_a_tables_country_columns_say_whose_figure_each_cell_is():
    st = S.from_text("# Joint Statement of Chile and New Zealand\n\nSantiago, 3 March 2026\n\n## Climate\n\nAround 87% of New "
                     "Zealand's electricity is renewable.\n\n| Indicator | Chile | New Zealand |\n|---|---|---|\n"
                     "| Renewable share of electricity | 63% | 87% |\n| Methane reduction target | 25% | 10% |\n", fmt="md")
    assert [s.text for s in st.sentences][1:] == [
        "Renewable share of electricity; Chile: 63%; New Zealand: 87%", "Methane reduction target; Chile: 25%; New Zealand: 10%"]
    df = F.extract(st)
    assert df[["text", "about", "restates"]].values.tolist() == [
        ["87%", "New Zealand's electricity", False],
        ["63%", "Renewable share of electricity, Chile", False],
        ["87%", "Renewable share of electricity, New Zealand", True],  # (the prose's own figure, told again)
        ["25%", "Methane reduction target, Chile", False],
        ["10%", "Methane reduction target, New Zealand", False],
    ]
    # a cell that repeats the prose is not shown as the cell before it said again
    assert F.restatements(df, st.text) == {}


def test_a_list_of_kinds_is_what_an_amount_is_for_and_a_share_of_gdp_stays_one():
    df = figs("The NB8 countries have provided more than EUR 32 billion in military, financial and humanitarian assistance "
              "to Ukraine. Spain will provide EUR 10 million for health, education and water projects. Japan gave USD 3 "
              "million in grants, and the two sides agreed. Egypt will cut public debt from 96% of GDP to below 80%.")
    df = df[df.kind.isin(["money", "percent"])]
    assert df[["text", "unit", "about"]].values.tolist() == [
        ["EUR 32 billion", "EUR", "military, financial and humanitarian assistance"],
        ["EUR 10 million", "EUR", "health, education and water projects"],
        ["USD 3 million", "USD", "grants"],
        ["96%", "percent of GDP", "public debt"],
        ["80%", "percent of GDP", "public debt"],
    ]


def test_a_hyphenated_scale_and_a_partys_dollar_named_by_its_leader():
    st = S.from_text("# Readout of Prime Minister Carney's Meeting with President Lula\n\n**Ottawa, 17 June 2025**\n\n"
                     "Prime Minister Mark Carney met with President Luiz Inácio Lula da Silva of Brazil. Prime Minister Carney "
                     "announced $50 million in new funding for the Amazon Fund. This builds on Canada's $5.3-billion climate "
                     "finance commitment. The IMF will lend $2 billion to Brazil, and President Lula welcomed it. Brazil "
                     "announced a US$2.5-billion investment in renewable power.\n", fmt="md")
    df = F.extract(st)
    assert df[["text", "value", "unit"]].values.tolist() == [
        ["$50 million", 5e7, "CAD"], ["$5.3-billion", 5.3e9, "CAD"], ["$2 billion", 2e9, "USD"], ["US$2.5-billion", 2.5e9, "USD"]]


def test_a_rate_after_the_words_a_count_holds():
    df = figs("Canada will offer 200 new Emerging Leaders in the Americas Program scholarships per year. Japan will provide "
              "1,000 scholarships for Indonesian students annually. Japan will train 300 nurses for a year.")
    assert df["per"].tolist() == ["year", "year", None]


def test_a_date_or_year_that_names_a_text_is_part_of_its_name():
    df = figs("The Parties recalled the Vienna Convention on Diplomatic Relations of 18 April 1961 and the Council's "
              "communiqué [PSC/PR/COMM.1218 (2024)]. They signed the Agreement on 3 March 2024.")
    assert [(r.text, r.kind, bool(r.in_name)) for r in df.itertuples()] == [
        ("18 April 1961", "date", True), ("2024", "year", True), ("3 March 2024", "date", False)]


def test_an_adverb_after_what_is_measured_is_not_part_of_it_and_a_duration_keeps_its_rate():
    assert one("It is a threat to the food security of millions of people far beyond its borders.")["about"] == "people"
    assert one("Fewer than 40% of households currently have access to the internet.")["about"] == "households"
    assert one("Around 37% of Arctic shipping traffic having crossed the route was Canadian.")["about"] == "Arctic shipping traffic"
    r = one("The coast guards will patrol for at least 60 days per season.")
    assert (r["text"], r["unit"], r["per"], r["qualifier"]) == ("60 days", "day", "season", "at_least")
    assert one("Experts will work 2 hours a day.")["per"] == "day"


def test_a_qualified_figure_after_and_opens_a_phrase_of_its_own():
    df = figs("Ukraine supplied 15 per cent of global maize exports and nearly half of the world's sunflower oil. They "
              "fund 30% of roads and some bridges.")
    assert [(r.text, r.about) for r in F.counted(df).itertuples()] == [
        ("15 per cent", "global maize exports"), ("half", "world's sunflower oil"), ("30%", "roads and some bridges")]


def test_the_two_regions_name_the_parties_and_count_nothing():
    df = F.counted(figs("Trade between the two regions amounted to USD 3.1 billion. The summit alternates between the two "
                        "regions. Japan will fund projects in five regions of Kenya."))
    assert [(r.text, r.kind) for r in df.itertuples()] == [("USD 3.1 billion", "money"), ("five", "count")]


def test_a_price_per_unit_written_with_a_slash_and_a_quantity_per_head_keep_their_unit():
    df = F.counted(figs("Prices peaked at €340/MWh. Emissions were 7.1 tonnes per capita. Power costs USD 0.45 per kWh."))
    assert [(r.text, r.per) for r in df.itertuples()] == [("€340", "MWh"), ("7.1 tonnes", "capita"), ("USD 0.45", "kWh")]
    assert [F.format_value(r) for r in df.to_dict("records")] == ["€340 per MWh", "7.1 tonnes per capita", "US$0.45 per kWh"]


def test_an_amount_is_printed_with_the_decimals_the_text_gives():
    r = one("Japan will provide USD 1.075 billion for the railway.")
    assert F.format_value(r) == "US$1.075 billion"
    from communique import charts
    assert charts.human_amount(1.075e9, "USD") == "$1.075 billion" and charts.human_amount(0.45, "USD") == "$0.45"


def test_a_fiscal_year_across_two_is_one_figure_and_keeps_its_label():
    df = F.counted(figs("Exports grew in FY2024-25 and will grow by FY2035."))
    assert [(r.text, r.kind, r.value) for r in df.itertuples()] == [("FY2024-25", "year", 2024.0), ("FY2035", "year", 2035.0)]
    assert df["value_max"].iloc[0] == 2025.0 and pd.isna(df["value_max"].iloc[1])
    assert [F.format_value(r) for r in df.to_dict("records")] == ["FY2024–25", "FY2035"]


def test_a_table_row_restates_the_prose_only_where_both_say_it_of_the_same_thing():
    df = figs("# Joint Statement of India and Japan\n\nJapan aims to reduce greenhouse gas emissions by 60% by FY2035.\n\n"
              "| Area | Target | Deadline |\n|---|---|---|\n| Share of local suppliers in sourcing | 60% | by 2030 |\n"
              "| Greenhouse gas emissions | 60% | by 2035 |\n", fmt="md")
    shares = df[df["kind"] == "percent"]
    assert [(r.about, bool(r.restates)) for r in shares.itertuples()] == [
        ("greenhouse gas emissions", False), ("Share of local suppliers in sourcing", False), ("Greenhouse gas emissions", True)]


def test_a_section_sign_and_a_regulations_year_and_number_are_references():
    df = figs("Under § 4 of the Agreement, the EU adopted Regulation (EU) 2024/1747 in 2024. Exports grew in 2024/25.")
    assert [(r.text, bool(r.in_name)) for r in df.itertuples()] == [
        ("4", True), ("2024", True), ("2024", False), ("2024/25", False)]


def test_a_fraction_written_as_one_character_is_read():
    df = F.counted(figs("Egypt will supply roughly ½ of the annual consumption, 2½ million tonnes of gas and ¾ of the oil."))
    assert [(r.text, r.kind, r.value) for r in df.itertuples()] == [
        ("1/2", "fraction", 0.5), ("2.5 million tonnes", "quantity", 2500000.0), ("3/4", "fraction", 0.75)]


def test_spaced_thousands_before_a_unit_or_an_acronym_stay_one_number():
    df = figs("Japan will build 10 000 MW and deploy 10 000 UN peacekeepers.")
    assert [(r.text, r.value) for r in df.itertuples()] == [("10 000 MW", 10000.0), ("10 000", 10000.0)]


def test_basis_points_and_the_signs_of_less_common_currencies():
    st = S.from_text("## Joint Communiqué of Mongolia and Paraguay\r\n\r\nUlaanbaatar, 12 March 2026\r\n\r\n### Finance\r\n\r\n"
                     "The central banks cut rates by a cumulative 125 basis points, and spreads narrowed by around 40 bps. "
                     "Mongolia will contribute ₮15.5 billion and Paraguay ₲ 2 billion to the fund.\r\n")
    df = F.extract(st)
    got = [(r["text"], r["kind"], r["unit"], F.format_value(r, qualifier=True)) for _, r in df.iterrows()]
    assert got == [("125 basis points", "percent", "basis point", "125 basis points"),
                   ("40 bps", "percent", "basis point", "about 40 basis points"),
                   ("₮15.5 billion", "money", "MNT", "₮15.5 billion"),
                   ("₲ 2 billion", "money", "PYG", "PYG 2 billion")]


def test_shares_written_as_so_many_in_so_many():
    st = S.from_text("# Joint Statement of the United Kingdom and Brunei\n\nLondon, 3 March 2024\n\n## Health\n\n"
                     "Non-communicable diseases account for around seven in ten deaths in Brunei. 3 in 10 households lack "
                     "piped water, and one in every four girls are married early. Two out of three firms are exporters. "
                     "The UK will deliver 5 in 12 months and meet 2 in 2025.\n", fmt="md")
    got = [(r["text"], r["kind"], round(r["value"], 3), r["qualifier"], r["about"]) for _, r in F.extract(st).iterrows()]
    assert got[:4] == [("seven in ten", "fraction", 0.7, "about", "deaths"), ("3 in 10", "fraction", 0.3, None, "households"),
                       ("one in every four", "fraction", 0.25, None, "girls"), ("Two out of three", "fraction", 0.667, None, "firms")]
    assert [(t, k) for t, k, *_ in got[4:]] == [("5", "count"), ("12 months", "duration"), ("2", "count"), ("2025", "year")]


def test_a_fraction_of_a_scale_is_one_amount():
    st = S.from_text("Joint Statement of Japan and the Philippines\r\n\r\nManila, 3 March 2024\r\n\r\nI. AID\r\n\r\n"
                     "Japan will lend a quarter of a billion yen for five vessels. The United States will give three quarters "
                     "of a million dollars. A quarter of a million people will benefit. Output fell by a quarter, and a third "
                     "of the budget goes to ports.\r\n")
    got = [(r["text"], r["kind"], round(r["value"], 2), r["unit"]) for _, r in F.extract(st).iterrows()]
    assert got == [("a quarter of a billion yen", "money", 250_000_000.0, "JPY"), ("five", "count", 5.0, None),
                   ("three quarters of a million dollars", "money", 750_000.0, "USD"),
                   ("A quarter of a million", "count", 250_000.0, None), ("a quarter", "fraction", 0.25, None),
                   ("a third", "fraction", 0.33, None)]


def test_so_many_in_so_many_in_figures_is_a_share_only_of_ten_a_hundred_or_a_thousand():
    st = S.from_text("Joint Statement of Ireland and Ghana\n\nAccra, 3 March 2024\n\nHealth\n\nIreland will fund Phase 2 in 4 regions "
                     "and publish Chapter 3 in 12 languages. 1 in 100 children and 9 out of 12 clinics lack power.\n")
    got = [(r["text"], r["kind"]) for _, r in F.extract(st).iterrows()]
    assert ("1 in 100", "fraction") in got and ("9 out of 12", "fraction") in got
    assert not any(k == "fraction" and t.startswith(("2 in", "3 in")) for t, k in got)


def test_what_a_baseline_a_gerunds_object_and_a_signed_agreement_measure():
    df = figs("The two leaders set the target of USD 150 billion bilateral trade by 2030, up from USD 86.7 billion in 2024, in a "
              "balanced and sustainable manner. We commended the AHA Centre for delivering humanitarian assistance worth "
              "US$5.8 million. They welcomed the signing of a financing agreement of FCFA 25 billion. Japan supports vaccine "
              "financing of US$12 million.")
    assert df.query("kind == 'money'")[["text", "about"]].values.tolist() == [
        ["USD 150 billion", "bilateral trade"], ["USD 86.7 billion", "bilateral trade"],
        ["US$5.8 million", "humanitarian assistance"], ["FCFA 25 billion", "financing agreement"],
        ["US$12 million", "vaccine financing"]]


def test_an_annual_amount_is_a_years():
    df = figs("The Agency estimates annual losses of US$150 million to the region. Japan will provide yearly grants of USD 2 "
              "million. The annual summit of 40 leaders met. The Fund holds USD 3 billion.")
    assert df[["text", "per"]].values.tolist() == [["US$150 million", "year"], ["USD 2 million", "year"], ["40", None],
                                                   ["USD 3 billion", None]]


def test_german_scales_decimal_commas_and_thousands_grouped_with_dots():
    md = ("# Joint Declaration of Intent between Germany and India\n\nNew Delhi, 15 March 2025\n\n## Finance\n\nGermany "
          "committed at least EUR 10 Mrd. until 2030, of which approximately 1,2 Mrd. Euro as loans and about 300 Mio. Euro as "
          "grants through GIZ. India will train 10.000 skilled workers and raise visas from 20.000 to 90.000.\n\n"
          "| Project | Funding (EUR Mio.) | Period |\n|---|---|---|\n| Solar | 250,5 | 2025–2027 |\n| Coastal cities | 1.000 | "
          "2026–2031 |\n")
    st = S.from_text(md, fmt="md")
    assert len(st.sentences) == 4  # (no sentence ends after "Mio." before its currency)
    df = F.extract(st).query("kind != 'year'")
    assert df[["text", "kind", "value", "value_max"]].fillna(0).values.tolist() == [
        ["EUR 10 Mrd.", "money", 1e10, 0], ["1,2 Mrd. Euro", "money", 1.2e9, 0], ["300 Mio. Euro", "money", 3e8, 0],
        ["10.000", "count", 1e4, 0], ["20.000", "count", 2e4, 0], ["90.000", "count", 9e4, 0],
        ["EUR 250,5 Mio.", "money", 2.505e8, 0], ["EUR 1.000 Mio.", "money", 1e9, 0]]
    # a text that writes its decimals with a point keeps "2.500" a decimal
    assert figs("The plant will produce 2.500 tonnes.")["value"].tolist() == [2.5]


def test_what_the_second_review_of_this_change_found_in_figures():
    # an English scale after a decimal point stays a decimal in a text that writes "7,1%"
    assert figs("The EU will provide EUR 1.125 billion to the JETP. Growth reached 7,1% in 2024.")["value"].tolist()[0] == 1.125e9
    df = figs("Japan will provide grants for developing countries totalling US$2 billion. The EU provided EUR 500 million for "
              "health, compared with EUR 300 million for education. Japan will make annual contributions totalling USD 30 million "
              "over five years. They agreed semi-annual payments of USD 2 million. We give annual budget support of EUR 20 million.")
    money = df.query("kind == 'money'")
    assert money[["about", "per"]].values.tolist() == [
        ["grants for developing countries", None], ["health", None], ["education", None], ["annual contributions", None],
        ["semi-annual payments", None], ["annual budget support", "year"]]


def test_naira_each_a_year_and_a_partys_dollars_in_words():
    nigeria = "Joint Communiqué of the United Kingdom and Nigeria\n\nAbuja, 3 March 2025\n\nHealth\n\n"
    df = figs(nigeria + "Both sides welcomed Nigeria's commitment of N500 billion to the health sector. Nigeria will invest "
              "N1.2 trillion in roads. The UK will send N95 masks.\n")
    assert df[["text", "kind", "value", "unit", "in_name"]].values.tolist() == [
        ["N500 billion", "money", 5e11, "NGN", False], ["N1.2 trillion", "money", 1.2e12, "NGN", False],
        ["N95", "count", 95.0, None, True]]
    df = figs("Joint Statement of India, Brazil and South Africa\n\nJohannesburg, 3 March 2025\n\nFund\n\nThe three countries "
              "will contribute US$ 1 million each per year for the next five years.\n")
    assert df[["text", "per"]].values.tolist()[0] == ["US$ 1 million", "year"]
    df = figs("Joint Statement of Canada and Indonesia\n\nJakarta, 3 March 2025\n\nHealth\n\nCanada will support the health "
              "ministry with a contribution of ten million dollars. The banks can lend up to USD 400 billion more.\n")
    assert df[["text", "unit"]].values.tolist() == [["ten million dollars", "CAD"], ["USD 400 billion", "USD"]]


def test_a_unit_of_electric_power_a_purpose_already_named_originals_and_a_vision_for_a_year():
    df = figs("Joint Declaration of Korea and Saudi Arabia\n\nRiyadh, 17 November 2025\n\nEnergy\n\nThey will build a 110 MWe "
              "demonstration unit. KEXIM will provide a financing facility of KRW 1.3 trillion for this purpose. They "
              "underlined that the Joint Vision for 2030 remains their framework, and will act by 2030. Done at Riyadh in two "
              "originals.\n")
    # (and "two originals" is how it was signed, no figure)
    assert df[["text", "kind", "unit", "about", "in_name"]].values.tolist() == [
        ["110 MWe", "quantity", "megawatt", "demonstration unit", False],
        ["KRW 1.3 trillion", "money", "KRW", "financing facility", False],
        ["2030", "year", None, None, True], ["2030", "year", None, None, False]]


def test_a_table_row_restates_the_prose_only_for_the_country_the_prose_names():
    from .test_commitments import NORDIC_TABLE

    st = S.from_text(NORDIC_TABLE, fmt="md")
    rows = F._records(st)
    table = [(r[0], r[7], r[9]) for r in rows if st.sentences[r[10]].text.startswith(("Denmark;", "Finland;", "Sweden;"))]
    assert table == [("EUR 200 million", "Denmark", True), ("EUR 200 million", "Finland", False),
                     ("SEK 2.5 billion", "Sweden", False)]


def test_a_fund_for_a_year_is_that_years_and_a_vision_for_a_year_is_named():
    df = figs("Joint Statement of Japan and Chile\n\nTokyo, 3 March 2024\n\nAid\n\nJapan will contribute USD 10 million to the "
              "Fund for 2025. The Joint Vision for 2030 stands.\n")
    assert df[["text", "in_name"]].values.tolist() == [["USD 10 million", False], ["2025", False], ["2030", True]]


def test_spanish_numbers_in_an_english_text():
    df = figs("JOINT DECLARATION OF THE KINGDOM OF SPAIN AND THE UNITED MEXICAN STATES\n\nMexico City, March 15th, 2025\n\n"
              "A. Economy\n\nBilateral trade in goods reached 8.700 million euros in 2024, an increase of 3,2% over 2023. "
              "Trade reached 8.700.000 euros. They will limit warming to 1,5 ºC and build 3,5 km of road. The EU will provide "
              "EUR 1.125 billion.\n")
    got = {r.text: (r.value, r.unit) for r in df.itertuples()}
    assert got["8.700 million euros"] == (8.7e9, "EUR") and got["8.700.000 euros"] == (8.7e6, "EUR")
    assert got["1,5 ºC"] == (1.5, "degree Celsius") and got["3,5 km"] == (3.5, "kilometer")
    assert got["EUR 1.125 billion"] == (1.125e9, "EUR") and got["3,2%"] == (3.2, "percent")


def test_a_unit_or_currency_word_after_a_decimal_comma_scale_and_thousands_set_off_by_spaces():
    df = figs("Joint Statement of Kazakhstan and Uzbekistan\n\nTashkent, 22 August 2025\n\nTrade\n\nUzbekistan will supply "
              "1 500 000 tonnes of cement and 4,2 billion m³ of gas. Kazakhstan will export 26,7 million tonnes of grain worth "
              "4,5 billion tenge, 300 billion soums and 2,5 billion kWh of power. Tajikistan pays 12 million somoni.\n")
    got = {r.text: (r.value, r.unit) for r in df.itertuples()}
    assert got == {"1 500 000 tonnes": (1.5e6, "tonne"), "4,2 billion m³": (4.2e9, "cubic meter"),
                   "26,7 million tonnes": (26.7e6, "tonne"), "4,5 billion tenge": (4.5e9, "KZT"),
                   "300 billion soums": (3e11, "UZS"), "2,5 billion kWh": (2.5e9, "kilowatt hour"),
                   "12 million somoni": (1.2e7, "TJS")}
    # (a word after the scale that is no unit stays out: "of")
    assert one("Joint Statement of Kazakhstan and Uzbekistan\n\nTrade grew to 4,5 billion of dollars.\n")["text"] == "4,5 billion"


def test_a_rate_in_words_a_yearly_capacity_and_a_strategy_named_for_its_year():
    df = figs("Joint Communiqué of Australia and Viet Nam\n\nHanoi, 14 October 2025\n\nLinks\n\nDirect flights have increased to "
              "forty-five per week. Korea will expand its LNG terminal capacity by 1.5 mtpa. Australia will increase funding "
              "for the Southeast Asia Economic Strategy to 2040 by 15 per cent. The first meeting will be held in the first "
              "quarter of 2026. The two a year later met.\n")
    got = df[["text", "kind", "value", "unit", "per", "in_name"]].values.tolist()
    assert got == [["forty-five", "count", 45.0, None, "week", False],
                   ["1.5 mtpa", "quantity", 1.5, "million tonnes per annum", None, False],
                   ["2040", "year", 2040.0, None, None, True], ["15 per cent", "percent", 15.0, "percent", None, False],
                   ["first quarter of 2026", "date", 2026.0, None, None, False]]


def test_crore_and_lakh_show_as_written_and_as_the_rest_of_the_world_counts():
    df = figs("Joint Statement of India and Brazil\n\nNew Delhi, 5 September 2025\n\nTrade\n\nIndia will extend a line of credit "
              "of ₹ 2,500 crore and ₹ 50 lakh for grants, supply 2 lakh tonnes of rice and give $16 billion.\n")
    assert [F.format_value(r) for r in df.to_dict("records")] == [
        "₹ 2,500 crore (₹25 billion)", "₹ 50 lakh (₹5 million)", "2 lakh tonnes (200,000 tonnes)", "$16 billion"]


def test_a_spanish_million_a_peso_named_after_its_sign_and_a_peso_code_before_a_decimal_comma():
    df = figs("Joint Declaration of Mexico and Colombia\n\nBogotá, 3 October 2025\n\nTrade\n\nBilateral trade reached USD 8.430 "
              "million in 2024, up 2,5%. Colombia will invest $ 18.000 millones de pesos colombianos in road works, COL$ 500 "
              "million in schools and COP 4,2 billion in ports. EUR 1.125 billion was lent.\n")
    got = {r.text: (r.value, r.unit) for r in df.itertuples()}
    assert got["USD 8.430 million"] == (8.43e9, "USD") and got["EUR 1.125 billion"] == (1.125e9, "EUR")
    assert got["$ 18.000 millones de pesos colombianos"] == (1.8e10, "COP") and got["COL$ 500 million"] == (5e8, "COP")
    assert got["COP 4,2 billion"] == (4.2e9, "COP")
    ents = E.extract(S.from_text("Joint Declaration of Mexico and Colombia\n\nBogotá, 3 October 2025\n\nTrade\n\nColombia will "
                                 "provide COP 4,2 billion. They back the Fossil Fuel Non-Proliferation Treaty.\n"))
    assert ents[ents.type != "country"].name.tolist() == ["Fossil Fuel Non-Proliferation Treaty"]


def test_this_figure_and_a_rate_after_slowed_or_projected_at_say_what_they_measure():
    df = figs("Joint Communique of Nigeria and Ghana\n\nAccra, 14 October 2025\n\nTrade\n\nBilateral trade stood at approximately "
              "US$ 1.5 billion in 2024, and the leaders resolved to double this figure by 2030. Global trade growth slowed to 0.8 "
              "percent. Global growth is projected at 3.2 percent.\n")
    about = dict(zip(df.text.str.split().str.join(" "), df.about))
    assert [about["double"], about["0.8 percent"], about["3.2 percent"]] == ["Bilateral trade", "Global trade growth", "Global growth"]


def test_the_same_amount_given_again_with_the_is_one_figure():
    df = figs("Joint Statement between Saudi Arabia and Egypt\n\nRiyadh, 15 March 2025\n\nInvestment\n\nThe Saudi side announced "
              "SAR 5 billion for Egyptian projects. The Saudi side affirmed that the 5 billion riyals will be disbursed over three "
              "years. Egypt gives EGP 50 billion and then a further 50 billion Egyptian pounds.\n")
    assert df[["text", "about", "restates"]].values.tolist()[:2] == [
        ["SAR 5 billion", "Egyptian projects", False], ["5 billion riyals", "Egyptian projects", True]]
    assert F.counted(df).text.tolist() == ["SAR 5 billion", "three years", "EGP 50 billion", "50 billion Egyptian pounds"]


def test_the_two_unions_is_phrasing_no_count():
    df = figs("Joint Communique of the European Union and the African Union\n\nBrussels, 21 May 2025\n\nPeace\n\nThe two Unions "
              "will meet. The two continents met. They will train 40 officers.\n")
    assert df.text.tolist() == ["40"]


def test_a_year_in_words_before_a_baseline_is_a_year():
    st = S.from_text("Joint Readout of the United States and Brazil\n\nWashington, 12 November 2024\n\nClimate\n\nBrazil will "
                     "reduce deforestation by 25% against the two thousand twenty-two baseline and hire two thousand twenty-two "
                     "new rangers.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value"]].values.tolist() == [
        ["25%", "percent", 25], ["two thousand twenty-two", "year", 2022], ["two thousand twenty-two", "count", 2022]]


def test_a_figure_that_is_a_change_says_which_way():
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 March 2024\n\nTrade\n\nBilateral trade rose by 7.4 per cent "
                     "year-on-year to USD 5 billion. Exports grew 10% and imports declined 3%. Chile will reduce emissions by "
                     "40% by 2030. Japan raised USD 40 million for the fund. Peru will increase the capacity to 400 MW. Both "
                     "sides welcomed an increase of 5% in tourism and a 10% cut in tariffs. Peru shall not reduce supply below "
                     "the contracted 200 megawatts.\n")
    df = F.extract(st)
    got = {(t, c) for t, c in df[["text", "change"]].values.tolist() if c is not None}
    assert got == {("7.4 per cent", "rise"), ("10%", "rise"), ("3%", "fall"), ("40%", "fall"), ("5%", "rise"), ("10%", "fall")}
    # (a level, an amount raised, an adjective: no change)
    levels = df[df.change.isna()].text.tolist()
    assert {"USD 5 billion", "USD 40 million", "400 MW", "200 megawatts"} <= set(levels)
    from communique import briefing

    assert briefing._qualifier_words({"change": "rise", "qualifier": "more_than"}) == "rise of more than"


def test_what_a_figure_measures_past_a_time_phrase_a_held_bound_and_an_ampersand():
    st = S.from_text("Joint Communique of Kenya and Ethiopia\n\nNairobi, 3 March 2024\n\nEconomy\n\nPublic R&D spending of <1% of "
                     "GDP remains low. Both sides will keep inflation below 5% in the medium term. The parties agreed to limit "
                     "the fiscal deficit to under 3% over the coming years.\n")
    assert F.extract(st)[["text", "about"]].values.tolist() == [
        ["1%", "Public R&D spending"], ["5%", "inflation"], ["3%", "fiscal deficit"]]


def test_a_multiple_said_as_a_verb_is_a_change():
    st = S.from_text("Joint Statement of Japan and Australia\n\nTokyo, 3 March 2024\n\nEconomy\n\nJapan will halve its dependence "
                     "on imports and double the number of students. Australia will reduce emissions by half. Trade is three "
                     "times larger.\n")
    assert F.extract(st)[["text", "change"]].values.tolist() == [
        ["halve", "fall"], ["double", "rise"], ["half", "fall"], ["three times", None]]


def test_no_change_where_a_contract_an_agent_a_grower_or_a_thing_that_grows_is_meant():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2024\n\nTrade\n\nJapan signed a contract of USD 200 "
                     "million for the port. Japan awarded a USD 200 million contract to build the port. The fund, set up by 12 "
                     "countries, will support the region. They will boost investment supported by 12 development banks. Japan "
                     "will support the growth of 500 small businesses. Kenyan farmers grew 2 million tonnes of tea in 2023. The "
                     "economy contracted by 2%.\n")
    df = F.extract(st)
    assert df[df.change.notna()][["text", "change"]].values.tolist() == [["2%", "fall"]]


def test_a_bound_held_by_the_last_verb_of_its_own_clause():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2024\n\nEconomy\n\nKenya held talks with Japan and kept "
                     "its deficit below 3%. They will limit cooperation to areas where tariffs are below 5%. Japan held the G7 "
                     "presidency when growth was above 2%.\n")
    assert F.extract(st).query("kind == 'percent'").about.tolist() == ["deficit", "tariffs", "growth"]


def test_a_change_set_off_after_a_level_measures_what_the_level_does():
    st = S.from_text("Joint Statement of the EU and Chile\n\nBrussels, 3 March 2024\n\nTrade\n\nTrade in goods between the EU and "
                     "Chile amounted to EUR 18.6 billion in 2022, an increase of 12.4% compared with 2021.\n")
    df = F.extract(st).set_index("text")
    assert df.loc["12.4%", ["about", "change"]].tolist() == ["Trade in goods between the EU and Chile", "rise"]


def test_a_change_from_a_number_in_words_to_another_keeps_both_as_digits_do():
    for words, digits in (("from twelve to twenty", "from 12 to 20"),):
        got = []
        for t in (words, digits):
            st = S.from_text(f"Joint Statement of Japan and India\n\nTokyo, 3 May 2025\n\nJapan will expand its visa centres in India {t}.\n")
            got.append(F.extract(st).value.tolist())
        assert got == [[12.0, 20.0], [12.0, 20.0]]
    st = S.from_text("Joint Statement of Japan and India\n\nTokyo, 3 May 2025\n\nThe number of flights rose from two to seven a week.\n")
    assert F.extract(st)[["value", "about"]].values.tolist() == [[2.0, "flights"], [7.0, "flights"]]


def test_a_rate_said_before_what_it_counts_keeps_both():
    st = S.from_text("Joint Statement of Qatar and Pakistan\r\n\r\nDoha, 3 May 2025\r\n\r\nEnergy\r\n\r\nThe pipeline will carry "
                     "20 million cubic metres of gas per day and 5 million cubic metres per day of oil. The partners held "
                     "a year of talks. The levy is five US dollars per tonne of carbon dioxide.\r\n")
    df = F.extract(st)
    assert df[["text", "per", "about"]].values.tolist() == [
        ["20 million cubic metres", "day", "gas"], ["5 million cubic metres", "day", "oil"],
        ["five US dollars", "tonne", "levy"]]


def test_what_a_change_changes_after_its_owner():
    st = S.from_text("Joint Statement of Canada and Chile\n\nOttawa, 3 May 2025\n\nTrade\n\nCanada will increase its imports of "
                     "Chilean copper by 15% by 2030. Chile will cut its tariff from 25 percent to 10 percent. Japan will raise "
                     "its defence spending to 2% of GDP. Peru will lift their contribution from USD 10 million to USD 25 million.\n")
    df = F.extract(st).query("kind != 'year'")
    assert df[["text", "about", "change"]].values.tolist() == [
        ["15%", "imports of Chilean copper", "rise"], ["25 percent", "tariff", None], ["10 percent", "tariff", None],
        ["2%", "defence spending", None], ["USD 10 million", "contribution", None], ["USD 25 million", "contribution", None]]


def test_a_change_across_a_long_object_in_steps_and_said_as_up_or_down():
    st = S.from_text("Joint Statement of Kenya and the United Kingdom\n\nNairobi, 3 May 2025\n\nTrade\n\nKenya will increase "
                     "exports of processed food to the United Kingdom by 15% by 2030. Emissions will be reduced by 43% by 2030 "
                     "and 60% by 2035. Exports were up 9.8% on the previous year, and imports were down by 2%. Output fell by "
                     "a quarter, and a third of the budget goes to ports. They will provide up to 15% of the funds.\n")
    df = F.extract(st).query("kind != 'year'")
    assert df[["text", "about", "change"]].values.tolist() == [
        ["15%", "exports of processed food", "rise"], ["43%", "Emissions", "fall"], ["60%", "Emissions", "fall"],
        ["9.8%", None, "rise"], ["2%", None, "fall"], ["a quarter", "Output", "fall"], ["a third", "budget", None],
        ["15%", "funds", None]]


def test_rates_per_head_shares_said_in_words_and_what_a_pair_or_a_relative_clause_measures():
    st = S.from_text("Joint Statement of the United Kingdom and Kenya\n\nLondon, 3 May 2025\n\nEconomy\n\nThe UK will pay GBP 4,000 "
                     "per worker per year. Of the fund, a fifth will be dedicated to health. They will allocate one third to "
                     "transmission lines. The Bank pledged contributions of USD 2.5 billion to the African Development Fund and "
                     "of more than EUR 1 billion to the Global Fund. Growth matched its historical average of 3.7% recorded "
                     "between 2000 and 2019. Intra-African trade, which rose by 7.2% in 2024, is growing.\n")
    df = F.extract(st).query("kind != 'year'")
    assert df[["text", "kind", "per", "about"]].values.tolist() == [
        ["GBP 4,000", "money", "year", None], ["a fifth", "fraction", None, "fund"], ["one third", "fraction", None, None],
        ["USD 2.5 billion", "money", None, "African Development Fund"], ["EUR 1 billion", "money", None, "Global Fund"],
        ["3.7%", "percent", None, "its historical average"], ["7.2%", "percent", None, "Intra-African trade"]]


def test_several_or_a_few_of_a_scale_is_at_least_three_or_two_of_it():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nAid\n\nJapan will provide several billion dollars "
                     "and send several hundred experts. A few thousand troops stayed. Several countries joined.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value", "unit", "qualifier", "about"]].values.tolist() == [
        ["several billion dollars", "money", 3e9, "USD", "at_least", None],
        ["several hundred", "count", 300.0, None, "at_least", "experts"],
        ["A few thousand", "count", 2000.0, None, "at_least", "troops"]]


def test_a_level_a_thing_came_down_from_measures_the_thing():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nEconomy\n\nInflation has declined from a peak of "
                     "9.4%. Inflation fell from a high of 12%.\n")
    assert F.extract(st).about.tolist() == ["Inflation", "Inflation"]


def test_a_change_before_its_noun_a_cap_extended_a_yearly_sum_before_a_year_and_a_period_in_quarters():
    st = S.from_text("Joint Statement of the United Kingdom and Australia\n\nLondon, 3 May 2025\n\nTrade\n\nThey welcomed the 20 "
                     "per cent increase in bilateral trade. Australia will extend the cap from 5,000 to 6,000 places. The UK "
                     "will provide £75m a year before 2027. Trade in the four quarters to the end of Q3 2024 was £7.2bn.\n")
    df = F.extract(st)
    assert df.value_max.isna().all()  # (a change from 5,000 to 6,000, no range)
    assert df[["text", "per", "about", "change"]].fillna("-").values.tolist() == [
        ["20 per cent", "-", "bilateral trade", "rise"], ["5,000", "-", "places", "-"], ["6,000", "-", "places", "-"],
        ["£75m", "year", "-", "-"], ["2027", "-", "-", "-"], ["four quarters", "-", "-", "-"], ["Q3 2024", "-", "-", "-"],
        ["£7.2bn", "-", "-", "-"]]
    assert df.set_index("text").loc["four quarters", "kind"] == "duration"  # (a period, no share)


def test_figures_listed_with_what_they_measure_said_once_all_measure_it():
    st = S.from_text("Joint Statement of India, Japan and the United States\n\nTokyo, 3 May 2025\n\nEconomy\n\nIndia will contribute "
                     "USD 5 million, Japan USD 10 million and the United States USD 15 million to the seed fund. They met 100 per "
                     "cent, 95 per cent and 80 per cent of their requirements. Japan gave USD 5 million and Korea gave USD 2 "
                     "million for schools.\n")
    assert F.extract(st).about.tolist() == ["seed fund"] * 3 + ["requirements"] * 3 + [None, "schools"]


def test_a_list_said_with_its_first_figure_and_a_level_after_a_change_of_its_own():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nEconomy\n\nGlobal growth is projected at 3.1% "
                     "in 2025 and 3.2% in 2026. Intra-African trade, which rose by 7.2% in 2024 to USD 220 billion, is growing.\n")
    df = F.extract(st).query("kind != 'year'")
    assert df[["text", "about"]].values.tolist() == [
        ["3.1%", "Global growth"], ["3.2%", "Global growth"], ["7.2%", "Intra-African trade"],
        ["USD 220 billion", "Intra-African trade"]]


def test_no_change_or_share_where_a_new_clause_or_a_count_follows():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nEconomy\n\nWomen make up 40% of the workforce. "
                     "Trade grew by 12% in 2024 and 40% of it was in services. Inflation decreased by 2% and 3% is the target. "
                     "The first two rounds were held in Nairobi; a third will be held in Tokyo. Kenya grew 5.1% in 2024 and "
                     "Japan 0.9% in 2024.\n")
    df = F.extract(st).query("kind not in ('year', 'count')")
    assert df[["text", "kind", "about", "change"]].values.tolist() == [
        ["40%", "percent", "workforce", None], ["12%", "percent", "Trade", "rise"], ["40%", "percent", None, None],
        ["2%", "percent", "Inflation", "fall"], ["3%", "percent", None, None], ["5.1%", "percent", "Kenya", "rise"],
        ["0.9%", "percent", None, None]]


def test_one_in_so_many_written_in_digits_is_a_share():
    assert [(r["text"], r["kind"], r["value"], r["about"]) for r in F.counted(figs(
        "Trade supports 1 in 5 jobs in the region and 1 in every 4 farms.")).to_dict("records")] == [
        ("1 in 5", "fraction", 0.2, "jobs"), ("1 in every 4", "fraction", 0.25, "farms")]
    # (not a phase's number, nor a span of time)
    assert "fraction" not in figs("Phase 1 in 4 regions starts now.").kind.tolist()
    assert "fraction" not in figs("It happens 1 in 5 years.").kind.tolist()


def test_what_an_amount_is_for_after_a_fiscal_year():
    df = figs("Canada and Mexico\n\nCanada will invest US$1.2bn in FY2027 for modernising ports of entry.")
    assert df[["text", "about"]].values.tolist()[0] == ["US$1.2bn", "modernising ports of entry"]


def test_a_name_s_number_before_in_is_no_share_and_a_site_s_dollar_holds_where_no_party_is_named():
    assert "fraction" not in figs("Canada and Mexico\n\nArticle 1 in 3 languages and Window 1 in 4 countries were agreed."
                                  ).kind.tolist()
    assert figs("Canada and Mexico\n\nNearly 1 in 5 children lack schooling.").kind.tolist() == ["fraction"]
    df = figs("---\nauthor: Global Affairs Canada\n---\n# Joint Statement by Canada and Mexico\n\nOttawa, 4 March 2026\n\n"
              "Trade reached $5 billion. Canada will provide $20 million. Mexico will invest $150 million in solar power.\n",
              fmt="md")
    assert df[df.kind == "money"].unit.tolist() == ["CAD", "CAD", "USD"]


def test_a_multiple_said_again_as_a_noun_is_counted_once():
    df = figs("Canada and Mexico\n\nCanada will triple its capacity by 2030, a 3x increase. Exports grew 3x.")
    assert df[df.kind == "multiple"][["text", "about", "restates"]].values.tolist() == [
        ["triple", "capacity", False], ["3x", "capacity", True], ["3x", None, False]]


def test_years_before_1800_where_history_is_told_and_counts_where_a_noun_or_number_follows():
    df = figs("Portugal and Morocco\n\nThe Treaty was signed in 1774, and ties date back to the late 1500s. The two "
              "have been partners since 1648. The city was founded in 1143 by Afonso Henriques. Portugal will build "
              "1500 homes. Exports rose from 1200 to 1500 tonnes.")
    assert triples(df) == [("1774", "year", 1774), ("1500s", "year", 1500), ("1648", "year", 1648),
                           ("1143", "year", 1143), ("1500", "count", 1500), ("1200", "quantity", 1200),
                           ("1500 tonnes", "quantity", 1500)]


def test_a_change_said_with_a_verb_of_two_words_or_past_an_acronym():
    df = figs("Japan and Viet Nam\n\nJapan will scale up its support by 15 per cent and phase down coal power by 30 percent. "
              "Japan will expand the Japanese Government (MEXT) Scholarship by 20 percent.")
    assert df[["text", "change"]].values.tolist() == [["15 per cent", "rise"], ["30 percent", "fall"], ["20 percent", "rise"]]
    assert df["about"].tolist()[:2] == ["support", "coal power"]


def test_a_past_tense_not_in_ed_ends_what_a_figure_measures():
    df = figs("Joint Press Statement of the European Union and China\n\nBeijing, 24 July 2025\n\nThe 26th EU-China Summit "
              "took place in Beijing. Twelve thousand students took part, and two-thirds of the funds went to health.")
    assert df["about"].tolist() == ["EU-China Summit", "students", "funds"]


def test_a_hyphenated_fraction_of_a_scale_is_one_amount():
    df = F.counted(figs("Joint Statement of Japan and Korea\n\nCanada will give three-quarters of a billion dollars. Korea will give "
                        "two-thirds of a million euros. Two-thirds of the fund will go to health.\n"))
    assert df[["kind", "unit"]].values.tolist() == [["money", "USD"], ["money", "EUR"], ["fraction", None]]
    assert df["value"].tolist() == pytest.approx([750e6, 2e6 / 3, 2 / 3])


def test_a_floor_denied_below_and_a_distance_spanned_over():
    df = F.counted(figs("Joint Statement of Japan and the Philippines\n\nUSAID will not reduce its funding to the Philippines below "
                        "$25 million annually. The railway, linking Termez to Peshawar over 760 kilometres, will be built. Trade grew "
                        "to over $5 billion. Emissions fell below 20 million tonnes.\n"))
    assert df["qualifier"].tolist() == ["at_least", None, "more_than", "less_than"]


def test_crossed_exceeds_and_a_goal_named_by_its_numbers():
    df = F.counted(figs("Joint Statement of India and the United Arab Emirates\n\nBilateral trade crossed US$ 85 billion in 2025. "
                        "The UK supports the 30 by 30 target to protect 30% of the ocean.\n"))
    assert df[["text", "qualifier", "about"]].values.tolist()[0] == ["US$ 85 billion", "more_than", "Bilateral trade"]
    assert "30" not in df["text"].tolist() and "30%" in df["text"].tolist()


def test_a_share_of_gdp_measures_what_it_is_spent_on_not_who_spends_it():
    df = F.counted(figs("Joint Declaration of Estonia, Latvia, Lithuania and Denmark\n\nEstonia, Latvia and Lithuania will reach 5% "
                        "of GDP on defence. We will spend 1.5 percent of GDP on resilience no later than 2030. Trade will reach 5% "
                        "of GDP.\n"))
    assert df[df["kind"] == "percent"]["about"].tolist() == ["defence", "resilience", "Trade"]


def test_a_change_in_words_from_a_bare_number_to_a_scaled_one_shares_the_scale():
    df = F.counted(figs("Joint Statement of Azerbaijan and Türkiye\n\nGas exports will rise from sixteen to thirty-two billion cubic "
                        "metres. Trade will grow from two to five billion dollars.\n"))
    assert df["value"].tolist() == [16e9, 32e9, 2e9, 5e9]


NORDIC_CHANGES = """Joint Statement of Norway and Finland

Oslo, 3 March 2026

Bilateral trade grew from ninety billion euros in 2020 to one hundred and twenty billion euros in 2025.
The two countries will cut methane emissions from the oil and gas sector by 75% below 2012 levels,
and will expand trade and investment by 20%. Exports increased and imports fell by 5% in 2025.
Emissions fell by a quarter since 2010; we will cut them by a further quarter by 2035 and raise research
funding by another third. Freight volumes will see a tripling over the decade, and grid investment a
doubling of its 2020 level. We seek a halving of food waste. The plan covers 2021-2024.
"""


def test_changes_in_words_a_further_share_and_a_year_before_the_amount_a_change_went_to():
    df = figs(NORDIC_CHANGES)
    row = lambda t: df[df.text == t].iloc[0]  # noqa: E731
    # (a year, then "to" and an amount: two amounts and two years, no range from 2020)
    assert row("ninety billion euros").value == 9e10 and row("one hundred and twenty billion euros").value == 1.2e11
    assert row("one hundred and twenty billion euros").unit == "EUR"
    assert df[df.kind == "year"].text.tolist()[:2] == ["2020", "2025"]
    assert row("2021-2024").value_max == 2024
    # (what changes may hold "and": "the oil and gas sector", "trade and investment"; not another change)
    assert (row("75%").change, row("75%").about) == ("fall", "methane emissions")
    assert (row("20%").change, row("20%").about) == ("rise", "trade and investment")
    assert row("5%").change == "fall"
    assert (row("a quarter").change, row("a further quarter").change, row("another third").change) == ("fall", "fall", "rise")
    assert (row("a further quarter").value, round(row("another third").value, 3)) == (0.25, 0.333)
    assert [(r.text, r.value, r.change) for r in df[df.kind == "multiple"].itertuples()] == [
        ("tripling", 3.0, "rise"), ("doubling", 2.0, "rise"), ("halving", 0.5, "fall")]
    # (still not a set phrase: "a double standard", "a doubled budget")
    assert figs("We reject a double standard and welcome a doubled budget.").empty


def test_a_part_of_the_statements_own_year_that_holds_its_date_is_ahead_where_its_clause_looks_ahead():
    df = figs("Joint Statement of Australia and Indonesia\n\nJakarta, 12 February 2026\n\nThe two countries will launch the "
              "program in the first half of 2026. Exports grew in the first quarter of 2026. The Council will report by "
              "mid-2026. Prices fell in H1 2026. The sides will meet in Q1 2026 and again in Q3 2026. Ministers met in "
              "February 2026 and will meet again in February 2026. Trade rose in early 2026.")
    assert list(zip(df.text, df.future)) == [
        ("first half of 2026", True), ("first quarter of 2026", False), ("2026", True), ("H1 2026", False),
        ("Q1 2026", True), ("Q3 2026", True), ("February 2026", False), ("February 2026", True), ("2026", False)]


def test_a_rise_said_as_up_in_a_with_clause_and_a_date_ahead_in_reported_speech():
    df = figs("Joint Statement of Qatar and Vietnam\n\nDoha, 14 January 2026\n\nThe sides noted visitor arrivals were up 38% "
              "year on year, with exports up 12% in 2025, and with women to make up 40% of staff. The Joint Committee "
              "would hold its next session in the first half of 2026.")
    assert [(r.text, r.change) for r in df[df.kind == "percent"].itertuples()] == [("38%", "rise"), ("12%", "rise"), ("40%", None)]
    assert df[df.text == "first half of 2026"].future.tolist() == [True]


def test_a_bare_dollar_beside_a_partys_own_dollar_sign_is_the_us_dollar():
    text = ("Joint Statement of Japan, the Philippines and Australia\n\nManila, 3 March 2026\n\nAustralia will provide A$250 "
            "million in concessional finance and Japan US$95 million for radars. Japan and Australia will each fund a new "
            "Fellowship, with an initial $20 million endowment.\n")
    df = figs(text)
    assert df[df.text == "$20 million"].unit.tolist() == ["USD"]
    # (where the text writes no "A$", a bare "$" in Australia's own clause is Australia's)
    df = figs(text.replace("A$250", "$250"))
    assert df[df.text == "$250 million"].unit.tolist() == ["AUD"]


def test_what_a_figure_measures_runs_back_over_among_and_within():
    df = figs("Joint Statement of Chile and New Zealand\n\nWellington, 14 January 2026\n\nCross-border digital services trade "
              "among the three founding Parties grew by 14 percent in 2025. Trade within the region rose 5%.")
    assert df[df.kind == "percent"].about.tolist() == [
        "Cross-border digital services trade among the three founding Parties", "Trade within the region"]


def test_money_goes_to_a_named_fund_after_the_years_it_is_spread_over():
    df = figs("Joint Statement of Chile and New Zealand\n\nWellington, 14 January 2026\n\nNew Zealand will contribute NZD 4 "
              "million over three years to a Digital Inclusion Fund. Chile will give USD 2 million in 2026 to the Pacific "
              "Resilience Facility. Japan gave $5 million to Kenya.")
    assert df[df.kind == "money"].about.tolist() == ["Digital Inclusion Fund", "Pacific Resilience Facility", None]


def test_a_count_then_an_aircraft_model_is_two_numbers_the_model_a_name():
    df = figs("FACT SHEET: United States and Vietnam\n\nWashington, 3 March 2026\n\nVietnam Airlines will purchase 50 737 MAX 8 "
              "aircraft and 20 787-9 aircraft. The plant will produce 1 500 MW by 2030 and employ 12 000 workers.")
    counted = F.counted(df)
    assert counted[counted.kind.isin(["count", "quantity"])].value.tolist() == [50, 20, 1500, 12000]
    assert df[df.text == "737"].in_name.tolist() == [True]


def test_what_changes_may_name_a_programme_with_a_plus():
    assert one("The EU will increase the number of Erasmus+ scholarships for Japanese students by 30%.")["change"] == "rise"


def test_what_a_figure_measures_runs_back_over_with_but_not_with_a():
    assert one("The United States' goods trade deficit with Vietnam was $123 billion.")["about"] == \
        "United States' goods trade deficit with Vietnam"
    assert one("They launched the Green Hydrogen Taskforce with a seed fund of INR 500 crore.")["about"] == "seed fund"


def test_a_day_inside_a_name_in_its_own_language_is_no_count():
    df = figs("Communiqué of the Peace and Security Council\n\nAddis Ababa, 12 February 2026\n\nThe Council welcomes the agreement "
              "between the DRC and the Alliance Fleuve Congo/Mouvement du 23 mars (AFC/M23). 14 civilians were killed.")
    assert [(r.text, r.in_name) for r in df.itertuples() if r.kind == "count"] == [("23", True), ("14", False)]


def test_a_level_reached_after_a_first_verb_measures_that_verbs_subject():
    df = figs("Joint Statement of Argentina and India\n\nDelhi, 3 March 2026\n\nThe leaders noted that bilateral trade had roughly "
              "doubled over the past five years and reached about USD 6.4 billion in 2025. Exports rose sharply and reached USD 2 "
              "billion.")
    assert df[df.kind == "money"].about.tolist() == ["bilateral trade", "Exports"]


def test_a_target_set_for_a_subject_past_its_relative_clause_measures_that_subject():
    df = F.extract(S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nBilateral trade, which "
                               "reached $24 billion in 2025, is targeted to reach $30 billion by 2030. Two-way investment is "
                               "slated to reach $10 billion.\n"))
    money = df[df["kind"] == "money"]
    assert money[["text", "about"]].values.tolist() == [
        ["$24 billion", "Bilateral trade"], ["$30 billion", "Bilateral trade"], ["$10 billion", "Two-way investment"]]


def test_a_rate_said_after_where_the_counted_go_is_still_the_figures_rate():
    df = F.extract(S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nJapan will invite 500 "
                               "Filipino youths to Japan annually. Japan will provide $5 million to the Philippines each year. "
                               "Exports grew to $5 billion a year earlier.\n"))
    assert df[["text", "per"]].values.tolist() == [["500", "year"], ["$5 million", "year"], ["$5 billion", None]]


def test_a_count_of_agreed_things_a_share_of_them_and_a_measure_inside_the_phrase_are_read():
    df = F.extract(S.from_text("Joint Communiqué of the Germany–Kenya Binational Commission\n\n1. The two sides noted that 14 of the "
                               "19 agreed actions have been completed.\n\n2. Germany will provide five additional 97-meter "
                               "research vessels. Exports of 5 million tonnes rose sharply.\n"))
    assert df[["text", "about"]].values.tolist() == [
        ["14", "agreed actions"], ["19", "agreed actions"], ["five", "additional 97-meter research vessels"],
        ["97-meter", "research vessels"], ["5 million tonnes", "Exports"]]


def test_what_has_doubled_is_named_before_the_verb():
    df = F.extract(S.from_text("Joint Statement of Chile and the Republic of Korea\n\nSantiago, 9 March 2026\n\nKorean investment in "
                               "Chile has more than doubled since 2020. Exports to Chile have tripled in five years, and tourism "
                               "has almost doubled.\n"))
    multiples = df[df["kind"] == "multiple"]
    assert multiples[["text", "qualifier", "about"]].values.tolist() == [
        ["doubled", "more_than", "Korean investment in Chile"], ["tripled", None, "Exports to Chile"], ["doubled", "nearly", "tourism"]]


def test_money_from_a_giver_for_a_named_project_measures_the_project():
    df = F.extract(S.from_text("Joint Statement of Tuvalu and Australia\n\nFunafuti, 3 March 2026\n\nTuvalu will receive A$15 "
                               "million from Australia for its Coastal Adaptation Project. Kenya will get A$5 million from Japan "
                               "for five years.\n"))
    assert df[df["kind"] == "money"]["about"].tolist() == ["Coastal Adaptation Project", None]


def test_an_aircraft_models_number_stays_inside_what_a_figure_measures():
    df = F.extract(S.from_text("Joint Statement of Indonesia and the United States\n\nJakarta, 3 March 2026\n\nGaruda Indonesia "
                               "announced its intent to purchase up to 50 Boeing 737 MAX aircraft, valued at approximately $6 "
                               "billion.\n"))
    assert df[["text", "about", "in_name"]].values.tolist() == [
        ["50", "Boeing 737 MAX aircraft", False], ["737", None, True], ["$6 billion", "Boeing 737 MAX aircraft", False]]


def test_the_decline_of_a_percentage_is_a_change_and_the_growth_of_a_count_is_not():
    df = F.extract(S.from_text("Joint Statement on the Fourth EU–African Union Ministerial Meeting\n\nBrussels, 3 March 2026\n\n"
                               "Ministers welcomed the decline of almost 40% in irregular crossings. They noted the growth of 500 "
                               "small businesses.\n"))
    assert df[["text", "about", "change"]].values.tolist() == [["40%", "irregular crossings", "fall"], ["500", "small businesses", None]]


def test_what_money_goes_to_after_respectively_a_passive_or_a_supported_name_and_a_level_a_change_reached():
    df = F.extract(S.from_text("Joint Statement on the Fourth EU–African Union Ministerial Meeting\n\nBrussels, 3 March 2026\n\n"
                               "Germany, France and Italy pledged EUR 50 million, EUR 30 million and EUR 20 million respectively "
                               "to the AU Peace Fund. The EU will support the AfCFTA Secretariat with EUR 40 million. At least "
                               "EUR 18 billion will be dedicated to renewable energy. Bilateral trade grew by 15 percent in 2025, "
                               "to nearly four billion dollars.\n"))
    money = df[df["kind"] == "money"]
    assert money["about"].tolist() == ["AU Peace Fund"] * 3 + ["AfCFTA Secretariat", "renewable energy", "Bilateral trade"]


def test_a_verb_after_has_is_no_part_of_what_a_figure_measures():
    df = F.extract(S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHoniara, 27 May 2026\n\nLeaders welcomed the "
                               "capitalisation of the Pacific Resilience Facility, which has now received pledges totalling USD "
                               "212 million.\n"))
    assert df["about"].tolist() == ["pledges"]


def test_a_share_of_a_target_of_an_amount_measures_the_target_both_ways():
    df = F.extract(S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHoniara, 27 May 2026\n\nA third of the Peace "
                               "Fund's endowment target of USD 400 million has been raised.\n"))
    assert df["about"].tolist() == ["Peace Fund's endowment target", "Peace Fund's endowment target"]


def test_a_number_inside_a_recipients_name_stays_in_it():
    df = F.extract(S.from_text("Joint Statement on the Fourth EU–African Union Ministerial Meeting\n\nBrussels, 3 March 2026\n\nThe "
                               "Netherlands will contribute USD 75 million to the Mission 300 initiative.\n"))
    assert df[["text", "about", "in_name"]].values.tolist() == [
        ["USD 75 million", "Mission 300 initiative", False], ["300", None, True]]


def test_samoas_own_letters_for_the_tala_are_money_with_a_scale():
    df = F.extract(S.from_text("Joint Statement of the Governments of New Zealand and Samoa\n\nApia, 3 March 2026\n\nNew Zealand "
                               "will fund a SAT 4.2 million early warning system. The SAT 2 exam was held.\n"))
    assert df[["text", "kind", "unit"]].values.tolist()[0] == ["SAT 4.2 million", "money", "WST"]
    assert df["kind"].tolist()[1] != "money"


def test_a_capacity_in_capitals_before_a_plants_name_is_a_figure_not_part_of_the_name():
    df = F.extract(S.from_text("# Leaders' Declaration\n\n## Energy\n\nWe welcome the 1.5 GW Samarkand solar plant and the 600 MW "
                               "Quang Trach LNG power plant. We welcome the 10 Year Plan.\n", fmt="md"))
    assert df[["text", "in_name"]].values.tolist() == [["1.5 GW", False], ["600 MW", False], ["10 Year", True]]


def test_a_share_a_thing_currently_averages_measures_that_thing():
    df = F.extract(S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHoniara, 27 May 2026\n\nLeaders noted that "
                               "transaction costs, which currently average 9.2 percent, remain high.\n"))
    assert df["about"].tolist() == ["transaction costs"]


def test_an_items_verb_is_no_part_of_what_a_level_in_its_clause_measures():
    df = F.extract(S.from_text("Joint Statement of China and Kenya\n\nNairobi, 3 March 2026\n\nThe two sides agreed to: (a) expand "
                               "bilateral trade, which reached USD 8.9 billion in 2025.\n"))
    assert df["about"].tolist()[0] == "bilateral trade"


def test_a_whole_number_and_a_half_in_words_is_read_whole_with_or_without_a_scale():
    st = S.from_text("1. Security\r\n\r\nWe, the Prime Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and "
                     "Sweden, will spend at least three and a half per cent of GDP on core defence by 2030.\r\n\r\n2. Energy\r\n\r\n"
                     "Trade in electricity grew by two and a half percent. The interconnector will carry one and a half thousand "
                     "megawatts within two and a half years, and exports will reach one and a half times the level of 2024.\r\n")
    rows = [(r.text, r.kind, r.value, r.unit) for r in F.extract(st).itertuples() if r.kind != "year"]
    assert rows == [("three and a half per cent", "percent", 3.5, "percent of GDP"), ("two and a half percent", "percent", 2.5, "percent"),
                    ("one and a half thousand megawatts", "quantity", 1500.0, "megawatt"), ("two and a half years", "duration", 2.5, "year"),
                    ("one and a half times", "multiple", 1.5, None)]


def test_a_change_from_one_number_in_words_to_another_and_a_count_of_others():
    st = S.from_text("**Joint Statement of Germany and Poland**\n\nWarsaw, 3 March 2026\n\n**Transport.** The number of border "
                     "crossings will rise from six to ten by 2028. The two ministers, together with twelve other ministers, met in "
                     "Frankfurt (Oder). The two other parties agreed.\n", fmt="md")
    rows = [(r.text, r.kind, r.value) for r in F.extract(st).itertuples() if r.kind != "year"]
    assert rows == [("six", "count", 6.0), ("ten", "count", 10.0), ("twelve", "count", 12.0)]


def test_a_total_in_bold_under_a_headers_unit_takes_the_unit():
    st = S.from_text("# Joint Declaration of the EU and Egypt\n\nCairo, 17 March 2026\n\n## Financing\n\n| Pillar | Amount (EUR "
                     "million) | Instrument |\n|---|---|---|\n| Macro-financial assistance | 5,000 | loans |\n| Investment | 1,800 | "
                     "guarantees |\n| **Total** | **6,800** | |\n", fmt="md")
    rows = [(r.text, r.kind, r.value, r.unit, r.about) for r in F.extract(st).itertuples()]
    assert rows[-1] == ("EUR 6,800 million", "money", 6.8e9, "EUR", "Total")


def test_a_plan_that_envisages_investments_gives_the_investments_as_what_the_amount_is_for():
    st = S.from_text("<html><body><h1>Joint Communiqué of Brazil and South Africa</h1><p>Pretoria, 17 February 2026</p><h2>Energy"
                     "</h2><p>They agreed to exchange experience on just energy transition, including South Africa's plan, which "
                     "envisages investments of R1.5 trillion, and the EU's package, which mobilises grants of EUR 2 billion.</p>"
                     "</body></html>", fmt="html")
    assert [(r.text, r.about) for r in F.extract(st).itertuples()] == [("R1.5 trillion", "investments"), ("EUR 2 billion", "grants")]


def test_a_tables_count_restates_the_proses_only_when_said_of_the_same_thing():
    st = S.from_text("<html><body><h1>Joint Communiqué of the African Union Commission and China</h1><p>Addis Ababa, 10 February "
                     "2026</p><p>China will build 30 clean energy projects across Africa.</p><table><tr><th>Action</th><th>Support"
                     "</th></tr><tr><td>Connectivity</td><td>30 infrastructure projects</td></tr><tr><td>Green development</td>"
                     "<td>30 clean energy projects</td></tr></table></body></html>", fmt="html")
    rows = [(r.text, r.about, bool(r.restates)) for r in F.extract(st).itertuples() if r.kind == "count"]
    assert rows == [("30", "clean energy projects", False), ("30", "infrastructure projects", False),
                    ("30", "clean energy projects", True)]


def test_dollars_in_words_show_as_us_dollars_and_a_bare_sign_as_written():
    st = S.from_text("Joint Declaration of Chile and Argentina\n\nSantiago, 3 March 2026\n\nInfrastructure\n\nThe two countries will "
                     "invest one hundred and fifty million dollars in the crossing. The bank will lend $20 million.\n")
    assert [F.format_value(r) for r in F.extract(st).to_dict("records") if r["kind"] == "money"] == ["US$150 million", "$20 million"]


def test_by_end_and_a_year_with_a_hyphen_is_ahead_as_by_the_end_of_it_is():
    st = S.from_text("Joint Declaration of the Trilateral Summit\n\nSeoul, 27 May 2026\n\nDeliverables\n\nKorea will launch the "
                     "youth fund by end-2026. Japan will open an office by the end of 2026. The fund grew in early 2026.\n")
    assert [(r.text, r.future) for r in F.extract(st).itertuples()] == [("2026", True), ("2026", True), ("2026", False)]


def test_a_sum_in_two_currencies_parted_by_a_slash_is_restated_once():
    st = S.from_text("<html><body><h1>Joint Statement of Indonesia and Australia</h1><p>Jakarta, 15 May 2025</p><p><strong>"
                     "Finance</strong></p><p>The central banks renewed the currency swap arrangement of Rp 100 trillion / "
                     "A$10 billion for five years.</p></body></html>", fmt="html")
    rows = [(r.text, r.unit, r.about, bool(r.restates)) for r in F.extract(st).itertuples() if r.kind == "money"]
    assert rows == [("Rp 100 trillion", "IDR", "currency swap arrangement", False),
                    ("A$10 billion", "AUD", "currency swap arrangement", True)]


def test_money_through_a_channel_is_about_what_it_goes_to_or_is_for():
    st = S.from_text("IBSA Ministerial Communiqué\n\nBrasília, 4 March 2026\n\nDevelopment\n\nBrazil will contribute R$ 1.2 billion "
                     "through the Brazilian Cooperation Agency (ABC) to the Global Alliance Against Hunger and Poverty. The United "
                     "States will provide $40 million through the Economic Support Fund for critical minerals processing. Japan "
                     "will provide ¥12 billion through JBIC for nickel refining in Mindanao. Korea will lend US$50 million "
                     "through the EDCF.\n")
    assert F.extract(st).about.tolist() == ["Global Alliance Against Hunger and Poverty", "critical minerals processing",
                                            "nickel refining", "EDCF"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_tables_unit_in_its_header_and_its_column_of_currencies_give_the_cells_their_units(fmt):
    rows = [("Australia", "AUD", "100,000,000"), ("Fiji", "FJD", "5,000,000")]
    if fmt == "md":
        text = ("# Pacific Islands Forum Communiqué\n\nSuva, 14 July 2026\n\n## Pledges\n\n| Member | Currency | Amount |\n|---|---|---|\n"
                + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in rows)
                + "\n| Year | Hydrogen volume (tonnes) |\n|---|---|\n| 2027 | 50,000 |\n")
    else:
        text = ("<html><body><h1>Pacific Islands Forum Communiqué</h1><p>Suva, 14 July 2026</p><h2>Pledges</h2><table><tr><th>Member"
                "</th><th>Currency</th><th>Amount</th></tr>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
                + "</table><table><tr><th>Year</th><th>Hydrogen volume (tonnes)</th></tr><tr><td>2027</td><td>50,000</td></tr>"
                "</table></body></html>")
    df = F.extract(S.from_text(text, fmt=fmt))
    got = df[df.kind.isin(["money", "quantity"])]
    assert got[["text", "unit", "value"]].values.tolist() == [
        ["AUD 100,000,000", "AUD", 100_000_000.0], ["FJD 5,000,000", "FJD", 5_000_000.0], ["50,000 tonnes", "tonne", 50_000.0]]


def test_gas_in_standard_cubic_feet_a_day_is_a_quantity():
    df = F.extract(S.from_text("Joint Communique of Nigeria and Ghana\n\nAbuja, 14 October 2026\n\nEnergy\n\nThe pipeline will carry 300 "
                               "million standard cubic feet per day by 2028.\n"))
    assert df[["text", "kind", "value", "unit", "per"]].values.tolist()[0] == [
        "300 million standard cubic feet", "quantity", 300_000_000.0, "cubic foot", "day"]


def test_an_amount_a_verb_of_funding_gives_with_is_about_what_it_funds():
    df = figs("Joint Statement of Kenya and Uganda\n\nKampala, 3 March 2026\n\nInfrastructure\n\nUganda will finance the Tororo-Gulu "
              "railway line with USD 300 million. Japan will assist the Coast Guard of Kenya with an additional KES 2 billion. "
              "Kenya hosted the summit with 400 delegates.\n")
    assert [(r.text, r.about) for r in df.itertuples() if r.kind in ("money", "count")] == [
        ("USD 300 million", "Tororo-Gulu railway line"), ("KES 2 billion", "Coast Guard of Kenya"), ("400", "delegates")]


def test_money_given_to_a_named_project_a_programme_or_a_name_in_brackets_is_about_it():
    text = ("Joint Statement of Morocco and Spain\n\nRabat, 3 March 2026\n\nEnergy\n\n"
            "Spain will contribute EUR 250 million to the Noor Midelt III solar project. "
            "The EU will provide EUR 300 million for the Desert to Power initiative. "
            "The United States will provide USD 500 million in Foreign Military Financing. "
            "The partners announced the Pacific Climate Initiative (A$204 million over 10 years) and the Ocean Fund (A$50 million). "
            "Spain will give EUR 5 million in Morocco and EUR 2 million to Kenya (EUR 1 million).\n")
    df = figs(text)
    money = df[df.kind == "money"]
    assert [(r.text, r.about) for r in money.itertuples()] == [
        ("EUR 250 million", "Noor Midelt III solar project"),
        ("EUR 300 million", "Desert to Power initiative"),
        ("USD 500 million", "Foreign Military Financing"),
        ("A$204 million", "Pacific Climate Initiative"),
        ("A$50 million", "Ocean Fund"),
        ("EUR 5 million", None),  # a place, no thing
        ("EUR 2 million", None),
        ("EUR 1 million", None),  # a country before the bracket is where it goes
    ]


def test_money_at_a_rate_is_about_what_it_goes_to_after_the_rate():
    df = figs("Joint Statement of India and Japan\n\nNew Delhi, 3 March 2026\n\nEconomy\n\n"
              "Australia will provide $1.4 billion annually toward the cost of the program. "
              "The banks committed $3-4 billion a year to climate adaptation. Japan pays $5 million a year.\n")
    assert [(r.text, r.per, r.about) for r in df.itertuples()] == [
        ("$1.4 billion", "year", "cost of the program"),
        ("$3-4 billion", "year", "climate adaptation"),
        ("$5 million", "year", None),
    ]


def test_money_from_a_budget_to_a_thing_is_about_the_thing():
    df = figs("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nRail\n\nThe Philippines will allocate "
              "PHP 25 billion from its 2025 national budget to the Subic-Clark-Manila-Batangas railway. Canada will allocate "
              "CAD 40 million from its budget to the new metro line. Japan will give JPY 5 billion from its own resources "
              "to Kenya.\n")
    money = df[df.kind == "money"]
    assert money["about"].tolist() == ["Subic-Clark-Manila-Batangas railway", "new metro line", None]


def test_a_change_of_it_or_them_is_of_what_the_figure_before_measures():
    df = figs("Joint Statement of India and Japan\n\nNew Delhi, 3 March 2026\n\nEconomy\n\nBilateral trade grew to USD 20 "
              "billion last year, and the two sides aim at raising it by 40 percent by 2030. Internet penetration stands at 45 "
              "percent; the two sides aim to raise it to 60 percent by 2030. Emissions fell by a quarter since 2010; we will cut "
              "them by a further quarter by 2035.\n")
    assert [(r.text, r.about) for r in df.itertuples() if r.kind != "year"] == [
        ("USD 20 billion", "Bilateral trade"), ("40 percent", "Bilateral trade"),
        ("45 percent", "Internet penetration"), ("60 percent", "Internet penetration"),
        ("a quarter", "Emissions"), ("a further quarter", "Emissions"),
    ]


def test_money_through_a_channel_to_do_a_thing_is_about_the_thing():
    df = figs("Fact Sheet: United States and Kenya\n\nWashington, 3 March 2026\n\nHealth\n\nThe United States is providing "
              "$150 million through USAID to strengthen Kenya's primary health care system. Japan will provide USD 20 million "
              "through JICA. The United Kingdom will provide £30 million through the UK Climate Finance Accelerator to help "
              "Kenya.\n")
    assert df["about"].tolist() == ["strengthen Kenya's primary health care system", "JICA", "UK Climate Finance Accelerator"]


def test_a_level_that_remains_and_a_share_of_which_that_goes_somewhere():
    df = figs("Joint Communique of the African Union and the European Union\n\nBrussels, 3 March 2026\n\nPeace\n\nThe EU will "
              "provide EUR 600 million, of which 20% will go to conflict prevention. Remittance costs to Africa remain above "
              "7.5%. Of the fund, 40% goes to health.\n")
    assert [(r.text, r.about) for r in df.itertuples()] == [
        ("EUR 600 million", None), ("20%", "conflict prevention"), ("7.5%", "Remittance costs to Africa"), ("40%", "fund")]


def test_a_multiple_of_whose_thing_and_money_to_a_name_its_acronym_follows():
    st = S.from_text("Joint Statement of Poland and the Republic of Korea\n\nWarsaw, 3 March 2026\n\nEconomy\n\n"
                     "The fund aims to leverage at least three times its public capital. Output will reach roughly three "
                     "times Germany's current annual output. The UK will contribute £40 million to the Nigeria Health "
                     "Sector-Wide Approach (SWAp). Thailand will provide THB 150 million in kind. The intrusion reaches 90 km "
                     "inland. The UK will provide one hundred million pounds through British International Investment (BII) "
                     "for clean energy.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value", "about"]].values.tolist() == [
        ["three times", "multiple", 3.0, "public capital"], ["three times", "multiple", 3.0, "Germany's current annual output"],
        ["£40 million", "money", 40e6, "Nigeria Health Sector-Wide Approach"], ["THB 150 million", "money", 150e6, None],
        ["90 km", "quantity", 90.0, "intrusion"], ["one hundred million pounds", "money", 1e8, "clean energy"]]


def test_a_change_measures_what_changes_before_it_shares_of_a_countrys_gdp_and_names_with_a_plus():
    st = S.from_text("Joint Statement of Germany and Indonesia\n\nBerlin, 3 March 2026\n\nEconomy\n\n"
                     "Indonesia will ease the local content requirements for solar panels from 60 percent to 40 percent for "
                     "projects financed by German development banks. Remittances from the diaspora amount to between 2 and 3 per "
                     "cent of Nigeria's GDP. Japan will contribute USD 50 million to the ASEAN+3 Macroeconomic Research Office "
                     "(AMRO). The EIB will lend €1 billion to the Office National de l'Electricité et de l'Eau Potable (ONEE).\n")
    df = F.extract(st)
    assert df[["text", "unit", "about", "in_name"]].values.tolist() == [
        ["60 percent", "percent", "local content requirements", False],
        ["40 percent", "percent", "local content requirements", False],
        ["between 2 and 3 per cent", "percent of GDP", "Remittances from the diaspora", False],
        ["USD 50 million", "USD", "ASEAN+3 Macroeconomic Research Office", False],
        ["ASEAN+3", None, None, True],
        ["€1 billion", "EUR", "Office National de l'Electricité et de l'Eau Potable", False]]
    assert "ASEAN+3 Macroeconomic Research Office" in E.extract(st)["name"].tolist()


def test_thousands_of_millions_in_words_as_translated_texts_write_them():
    st = S.from_text("Joint Statement of Chile and Argentina\n\nSantiago, 3 March 2026\n\nFinance\n\nThe Bank will lend one "
                     "thousand five hundred million United States dollars. Chile will provide one thousand million euros and two "
                     "thousand million pesos. Argentina will give two million three hundred thousand dollars.\n")
    assert F.extract(st)["value"].tolist() == [1.5e9, 1e9, 2e9, 2.3e6]


def test_money_past_a_plain_adjective_goes_to_its_purpose_and_terawatts():
    st = S.from_text("Joint Statement of India and Viet Nam\n\nNew Delhi, 3 March 2026\n\nCooperation\n\nThe leaders announced a "
                     "joint contribution of USD 100 million to the reconstruction of Gaza. Norway made an additional contribution "
                     "of USD 50 million to the Sudan Humanitarian Fund. Bilateral trade reached USD 14.82 billion in 2024 and the "
                     "leaders set a new target of USD 25 billion by 2030. The partners will install more than 1 TW of renewable "
                     "capacity.\n")
    df = F.extract(st)
    df = df[df["kind"] != "year"]
    assert df[["text", "unit", "about"]].values.tolist() == [
        ["USD 100 million", "USD", "reconstruction of Gaza"], ["USD 50 million", "USD", "Sudan Humanitarian Fund"],
        ["USD 14.82 billion", "USD", "Bilateral trade"], ["USD 25 billion", "USD", "Bilateral trade"],
        ["1 TW", "terawatt", "renewable capacity"]]


def test_times_this_year_is_how_often_and_a_decimal_in_words_before_its_unit():
    st = S.from_text("Joint Statement of Fiji and New Zealand\n\nSuva, 3 March 2026\n\nClimate\n\nThe two Presidents have met "
                     "three times this year. The leaders reaffirmed the goal of limiting warming to one point five degrees "
                     "Celsius.\n")
    df = F.extract(st)
    assert df[["text", "kind", "value"]].values.tolist() == [
        ["three", "count", 3.0], ["one point five degrees Celsius", "quantity", 1.5]]


def test_money_under_a_programme_its_acronym_and_phase_follow_and_not_when_it_came():
    st = S.from_text("Joint Statement of the European Union and the Philippines\n\nManila, 3 March 2026\n\nCooperation\n\n"
                     "The EU provided humanitarian assistance of EUR 3.5 million following Typhoon Kristine. The EU will provide "
                     "EUR 25 million under the Critical Maritime Routes Indo-Pacific (CRIMARIO II) programme and EUR 8 million "
                     "under the Support to Regional Economic Integration (SREI) programme.\n")
    assert F.extract(st)["about"].tolist() == [
        "humanitarian assistance", "Critical Maritime Routes Indo-Pacific", "Support to Regional Economic Integration"]


def test_not_exceeding_is_a_ceiling_and_feet_and_kilonewtons_are_units():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 3 March 2026\n\nCooperation\n\nThe transition shall not exceed "
                     "12 months. The programme budget won't exceed CAD 5 million. Trade exceeded $5 billion. The channel will be "
                     "dredged to a depth of thirty-four feet. The two sides will develop a 120 kN engine.\n")
    df = F.extract(st)
    assert df[["text", "qualifier"]].values.tolist()[:3] == [
        ["12 months", "up_to"], ["CAD 5 million", "up_to"], ["$5 billion", "more_than"]]
    assert df[["text", "kind", "value", "unit", "about"]].values.tolist()[3:] == [
        ["thirty-four feet", "quantity", 34.0, "foot", "depth"], ["120 kN", "quantity", 120.0, "kilonewton", "engine"]]


def test_a_level_reached_a_change_after_a_level_a_span_of_counts_and_a_project_after_an_amount():
    df = F.extract(S.from_text(
        "Joint Statement of Israel and Bahrain\n\nManama, 3 March 2026\n\nTrade\n\nTrade between Bahrain and Israel grew by 40 "
        "percent to reach USD 145 million. The leaders welcomed two-way goods trade of $137 billion in 2024, up 11 percent from "
        "the previous year. The two sides will expand their joint units from six to nine cities by June 2026. DFC will provide "
        "up to $150 million in financing for a solar project of 200 megawatts.\n"))
    got = dict(zip(df["text"], df["about"]))
    assert got["USD 145 million"] == got["40 percent"] == "Trade between Bahrain and Israel"
    assert got["11 percent"] == "two-way goods trade" and got["six"] == got["nine"] == "cities"
    assert got["200 megawatts"] == "solar project"


def test_the_ngultrum_by_its_sign_a_third_state_and_a_count_of_members():
    df = F.extract(S.from_text(
        "Joint Statement of India and Bhutan\n\nThimphu, 3 March 2026\n\nEnergy\n\nThe project cost is estimated at Nu 9,400 crore. "
        "Mangdechhu earned Nu. 1,930 crore in 2025. India will provide 500 million ngultrum. The treaty protects against "
        "aggression by a third State. Leaders welcomed the attendance of all 18 Forum Members. Costs fell by a third in 2025.\n"))
    assert df[["text", "kind", "unit", "in_name"]].values.tolist() == [
        ["Nu 9,400 crore", "money", "BTN", False], ["Nu. 1,930 crore", "money", "BTN", False], ["2025", "year", None, False],
        ["500 million ngultrum", "money", "BTN", False], ["18", "count", None, False], ["a third", "fraction", None, False],
        ["2025", "year", None, False]]


def test_square_metres_and_feet_are_units_and_a_figure_after_anothers_noun_measures_its_own():
    df = figs("The UAE will host the first Bharat Mart in Jebel Ali in 2026, a warehousing facility of 2.7 million square feet. "
              "The new terminal will cover 4,500 square metres on a site of 120 hectares. "
              "The port will handle 300 containers on a site of 40 hectares. The plant of 12,000 m² opened in March. "
              "Land sold at EGP 500 per square metre.")
    rows = df[["text", "kind", "value", "unit", "per", "about"]].values.tolist()
    assert ["2.7 million square feet", "quantity", 2.7e6, "square foot", None, "warehousing facility"] in rows
    assert ["4,500 square metres", "quantity", 4500.0, "square meter", None, "site"] in rows
    assert ["120 hectares", "quantity", 120.0, "hectare", None, "site"] in rows
    assert ["300", "count", 300.0, None, None, "containers"] in rows
    assert ["40 hectares", "quantity", 40.0, "hectare", None, "site"] in rows
    assert ["12,000 m²", "quantity", 12000.0, "square meter", None, "plant"] in rows
    assert ["EGP 500", "money", 500.0, "EGP", "square metre"] in [r[:5] for r in rows]  # (a price per unit stays money)


def test_about_past_an_including_aside_a_stock_a_next_figures_code_and_a_trailing_despite():
    df = figs("Africa receives only around 3 percent of global climate finance despite bearing a disproportionate share of "
              "climate impacts. The Global Gateway package has mobilised EUR 98 billion of the EUR 150 billion announced. "
              "Total bilateral trade, including petroleum products, stood at USD 100.06 billion. Exports to Japan, including "
              "oil, grew by 5 percent in 2024. Chilean investment in Peru reached a stock of US$ 20.1 billion.")
    about = dict(df[["text", "about"]].values.tolist())
    assert about["3 percent"] == "global climate finance"
    assert about["EUR 98 billion"] is None  # (not "EUR", the next figure's currency)
    assert about["USD 100.06 billion"] == "Total bilateral trade"
    assert about["5 percent"] == "Exports to Japan"
    assert about["US$ 20.1 billion"] == "Chilean investment in Peru"


def test_a_figures_own_phrase_keeps_its_prepositions_and_an_unclosed_including_aside():
    about = dict(figs("Japan will supply 300 buses for public transport in Jakarta worth JPY 12 billion. Bilateral trade reached "
                      "USD 42 billion in 2024, including exports of coal worth USD 6 billion. Japan will support the new capital, "
                      "including through a smart city project worth USD 500 million.")[["text", "about"]].values.tolist())
    assert about["JPY 12 billion"] == "buses for public transport in Jakarta"
    assert about["USD 6 billion"] == "exports of coal"
    assert about["USD 500 million"] == "smart city project"


def test_a_change_whose_verb_is_far_before_its_figure():
    df = figs("The Presidents decided to reduce the Common External Tariff on capital goods and information technology goods by "
              "an average of twenty-five per cent over a period of three years.")
    assert df[["text", "change", "about"]].values.tolist()[0] == ["twenty-five per cent", "fall", "Common External Tariff"]


def test_money_spread_over_the_next_years_or_a_period_goes_to_what_follows():
    about = dict(figs("Japan will provide USD 500 million over the next three years for climate adaptation. The EU will provide "
                      "EUR 600 million over the period 2025-2027 for peace support operations. The EU will mobilise EUR 80 "
                      "million for the period 2025-2027, focusing on health.")[["text", "about"]].values.tolist())
    assert about["USD 500 million"] == "climate adaptation"
    assert about["EUR 600 million"] == "peace support operations"
    assert about["EUR 80 million"] is None


def test_what_a_figure_measures_reads_through_names_and_stops_at_the_next_owner():
    got = F.counted(figs("Joint Statement of Brazil and Germany\n\nBerlin, 3 May 2024\n\nGermany will contribute EUR 34 million "
                         "to the H2Brasil Plus programme over four years. The United States will provide an additional USD 3 "
                         "million in support for the Viet Nam national hepatitis program. The United Kingdom will offer 50 "
                         "additional Chevening Scholarships to Kenyan students. Leaders welcomed New Zealand's announcement of "
                         "NZD 20 million for the Pacific Digital Economy Programme and Japan's commitment to resilience. The "
                         "Third Foreign and Defence Ministers' Meeting will be held in Perth. Policy rates fell by 150 basis "
                         "points on average."))
    about = dict(zip(got["text"], got["about"]))
    assert about["EUR 34 million"] == "H2Brasil Plus programme"
    assert about["USD 3 million"] == "support for the Viet Nam national hepatitis program"
    assert about["50"] == "additional Chevening Scholarships"
    assert about["NZD 20 million"] == "Pacific Digital Economy Programme"
    assert about["Third"] == "Foreign and Defence Ministers' Meeting"
    assert about["150 basis points"] != "average"


def test_a_days_number_in_words_before_its_month_is_one_date():
    got = F.counted(figs("Chairman's Statement of the 46th ASEAN Summit\n\nKuala Lumpur, twenty-six May two thousand and "
                         "twenty-five\n\n1. We mourned the victims of the earthquake of twenty-eight March 2025 in Myanmar.\n\n"
                         "2. The 46th Summit opened on twenty-six May two thousand and twenty-five.\n"))
    dates = got[got["kind"] == "date"]
    assert [(r.text, int(r.value)) for r in dates.itertuples()] == [
        ("twenty-eight March 2025", 2025), ("twenty-six May two thousand and twenty-five", 2025)]
    assert S.from_text("Chairman's Statement of the 46th ASEAN Summit\n\nKuala Lumpur, twenty-six May two thousand and "
                       "twenty-five\n\n1. We met.\n").date.isoformat() == "2025-05-26"


def test_pounds_of_a_substance_are_a_weight_and_pounds_of_support_are_money():
    got = F.counted(figs("Joint Statement of Mexico and the United States\n\nWashington, 3 May 2025\n\nCBP seized more than "
                         "21,000 pounds of fentanyl at ports of entry. The UK will provide two billion pounds of support to Kenya "
                         "and 2 million pounds of new funding for schools."))
    assert got[["text", "kind", "unit"]].values.tolist() == [
        ["21,000 pounds", "quantity", "pound"], ["two billion pounds", "money", "GBP"], ["2 million pounds", "money", "GBP"]]


def test_the_new_figure_readings_keep_off_what_they_do_not_fit():
    got = F.counted(figs("Joint Statement of the United Kingdom and Jamaica\n\nKingston, 3 May 2025\n\nThe United Kingdom will "
                         "provide GBP 5 million for Antigua and Barbuda's hurricane recovery programme. Japan will extend JPY 5 "
                         "billion in support for three consecutive years. We recall the Group of Seven June 2025 Communiqué. The "
                         "working groups met from twelve-fifteen May 2025. Malaysia will send twenty March 2026 graduates.\n\n"
                         "- USD 40 Million Food Assistance Through The World Food Programme\n"))
    about = dict(zip(got["text"], got["about"]))
    assert about["GBP 5 million"] == "Antigua and Barbuda's hurricane recovery programme"
    assert about["JPY 5 billion"] == "support"
    assert about["USD 40 Million"] == "Food Assistance"
    assert [t for t, k in zip(got["text"], got["kind"]) if k == "date"] == ["June 2025", "May 2025", "March 2026"]


def test_a_sum_of_pounds_in_millions_or_of_goods_is_money():
    got = F.counted(figs("Joint Statement of the United Kingdom and India\n\nLondon, 3 May 2025\n\nThe UK will invest 1 billion "
                         "pounds of research and innovation funding. Trade reached 42 billion pounds of goods and services. The UK "
                         "will give 300 pounds of taxpayers' money. Police seized 900 pounds of cocaine."))
    assert got[["text", "kind"]].values.tolist() == [["1 billion pounds", "money"], ["42 billion pounds", "money"],
                                                    ["300 pounds", "money"], ["900 pounds", "quantity"]]


def test_a_ratio_that_widened_narrowed_or_moderated_to_a_level_measures_its_subject():
    got = F.counted(figs("Republic of Seychelles: Staff Concluding Statement of the 2025 Article IV Mission\n\nVictoria, 18 June "
                         "2025\n\nThe fiscal deficit narrowed to 3.1 percent of GDP. Growth is projected to moderate to 2.7 "
                         "percent in 2025. The trade deficit widened to 7.9 percent of GDP.\n"))
    pct = got[got["kind"] == "percent"]
    assert pct["about"].tolist() == ["fiscal deficit", "Growth", "trade deficit"]


def test_days_as_ordinals_in_words_before_a_month_and_year_are_one_date():
    got = F.counted(figs("COMMONWEALTH HEADS OF GOVERNMENT MEETING 2024\n\nApia, Samoa, 26 October 2024\n\n1. Heads met in Apia "
                         "from twenty-fourth to twenty-sixth October 2024. They marked the twenty-fifth anniversary of the "
                         "Charter in 2024.\n"))
    assert got[["text", "kind"]].values.tolist()[:2] == [["twenty-fourth to twenty-sixth October 2024", "date"],
                                                         ["twenty-fifth", "ordinal"]]


def test_a_sum_paid_in_instalments_is_no_rate():
    """"Quarterly instalments" say how a whole is paid, not that it is paid each quarter."""
    row = one("Bangladesh agreed to clear outstanding payments of approximately Rs 6,500 crore to Indian power suppliers "
              "in quarterly instalments.")
    assert (row["value"], row["per"], row["about"]) == (65_000_000_000, None, "outstanding payments")
    assert one("India will provide Rs 500 crore quarterly to the fund.")["per"] == "quarter"


def test_a_day_that_names_a_movement_and_a_share_by_at_least_a_fraction():
    df = figs("Joint Statement of Kenya and Uganda\n\nNairobi, 3 May 2024\n\nThe attacks by the March 23 Movement (M23) have "
              "displaced 1.7 million people since January 2024. We will increase investment in health care by at least a "
              "quarter. Exports grew by up to a third.\n")
    rows = [(r.text, r.kind, r.in_name, r.qualifier) for r in df.itertuples() if r.kind != "date" or r.text != "3 May 2024"]
    assert rows == [("March 23", "date", True, None), ("M23", "count", True, None), ("1.7 million", "count", False, None),
                    ("January 2024", "date", False, None), ("a quarter", "fraction", False, "at_least"),
                    ("a third", "fraction", False, "up_to")]


def test_what_a_figure_is_held_to_an_adverb_a_second_verb_and_a_calendar_year():
    """"by 2030, in line with ..." and "over three years, subject to ..." say how, not what;
    "initially" is no thing; "... and displaced approximately 1.9 million" is a second verb
    with its own figure; "in any calendar year" is a rate."""
    def about(sentence):
        return {r.text: (r.about, r.per) for r in figs(f"Joint Statement of Brazil and Germany\n\nBerlin, 3 May 2024\n\n{sentence}\n")
                .itertuples() if r.kind not in ("year", "date", "duration")}
    assert about("The Ministers will expand offshore wind capacity to 19.6 GW by 2030, in line with the Declaration.") == {
        "19.6 GW": ("offshore wind capacity", None)}
    assert about("The EU will support the AfCFTA Secretariat with EUR 50 million over three years, subject to the adoption "
                 "of the budget.") == {"EUR 50 million": ("AfCFTA Secretariat", None)}
    assert about("Japan will provide USD 600 billion by 2027 for quality infrastructure.") == {
        "USD 600 billion": ("quality infrastructure", None)}
    assert about("Of the USD 21.6 billion initially mobilised, USD 1.4 billion in grants has been disbursed.") == {
        "USD 21.6 billion": (None, None), "USD 1.4 billion": ("grants", None)}
    assert about("The war has killed more than 52,000 Palestinians and displaced approximately 1.9 million people.") == {
        "52,000": ("Palestinians", None), "1.9 million": ("people", None)}
    assert about("It trained 500 nurses and qualified midwives.") == {"500": ("nurses and qualified midwives", None)}
    assert about("Exports of steel to Canada may not exceed 150,000 tonnes in any calendar year.")["150,000 tonnes"][1] == "year"


def test_a_day_opening_a_clause_before_alliance_is_a_date():
    df = figs("Joint Statement of Kenya and Uganda\n\nNairobi, 3 May 2024\n\nOn 4 April Alliance foreign ministers will meet. The "
              "attacks by the March 23 Movement continue.\n")
    assert [(r.text, r.in_name) for r in df.itertuples() if r.text != "3 May 2024"] == [("4 April", False), ("March 23", True)]


def test_more_than_after_a_denial_is_a_ceiling():
    assert one("No Member State shall bear more than 25 percent of that amount.")["qualifier"] == "up_to"
    assert one("Tariffs will not be more than 10 percent.")["qualifier"] == "up_to"
    assert one("The plan does not only cost more than USD 5 million.")["qualifier"] == "more_than"
    assert one("Trade grew by more than 10 percent.")["qualifier"] == "more_than"


def test_a_denial_that_does_not_bound_the_figure():
    assert one("The international community cannot ignore more than 2 million people facing hunger.")["qualifier"] == "more_than"
    assert one("The partnership has delivered not just more than 300 boreholes.")["qualifier"] == "more_than"
    assert one("The share will not be more than 10 percent.")["qualifier"] == "up_to"


def test_can_dollars_are_canadian():
    row = one("Canada pledged CAN$25 million to support border security.")
    assert (row["value"], row["unit"]) == (25_000_000, "CAD")


def test_a_flow_per_second():
    assert one("Türkiye will release no less than 420 cubic metres per second into the Tigris River.")["per"] == "second"
    assert one("The two sides shall agree on a reduced flow of not less than 300 m3/s.")["per"] == "second"
