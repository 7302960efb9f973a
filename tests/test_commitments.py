"""Who committed to what: the seed statement and hand-labelled statements of other shapes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings

from communique import commitments as C
from communique import config
from communique import entities as E
from communique import figures as F
from communique import statement as S

from .conftest import fuzz_statements

SEED = S.load("data/raw/us-peru-2013.txt")


@pytest.fixture(scope="module")
def seed():
    return C.extract(SEED)


def record(df, phrase: str, verb: str | None = None):
    """The record whose clause holds ``phrase`` (and has ``verb``, when given)."""
    rows = df[df["text"].str.contains(phrase, regex=False)]
    if verb is not None:
        rows = rows[rows["verb"] == verb]
    assert len(rows) >= 1, f"no record holds {phrase!r} (verb {verb!r})"
    return rows.iloc[0]


# --------------------------------------------------------------------------------------------
# The seed statement
# --------------------------------------------------------------------------------------------


def test_columns_and_types(seed):
    assert list(seed.columns) == C.COLUMNS
    assert len(seed) >= 40
    assert set(seed["category"]) == set(C.CATEGORIES)
    assert seed["strength"].between(0, 4).all()
    for r in seed.itertuples():
        assert 0 <= r.start <= r.verb_start < r.verb_end <= r.end <= len(SEED.text)
        assert r.text == SEED.original[r.start:r.end]
        assert r.section == SEED.sections[SEED.sentences[r.sentence].section].heading
        assert isinstance(r.catalysts, list) and set(r.catalysts) <= set(C.CATALYSTS)


def test_counternarcotics_intent_is_the_united_states_with_a_numeric_target(seed):
    r = record(seed, "increase counternarcotics", verb="intend")
    assert r.actor == "United States"
    assert r.category == "intention"
    assert "numeric target" in r.catalysts
    assert "numeric target: more than $20 million" in r.catalyst_details
    assert r.target.startswith("increase counternarcotics and alternative development assistance to Peru")
    # the sentence's own verb is Peru's welcome, an endorsement
    host = record(seed, "President Humala welcomed President Obama's intent", verb="welcome")
    assert (host.actor, host.category) == ("Peru", "endorsement")


def test_shared_commitment_to_conclude_tpp_this_year(seed):
    r = record(seed, "conclude negotiations this year")
    assert (r.actor, r.verb, r.category) == ("both", "reaffirm", "commitment")
    assert r.catalysts == ["timeline"]
    assert r.catalyst_details == ["timeline: this year"]
    assert r.strength == 4 and r.strength_label == "firm commitment"
    review = record(seed, "reviewed Trans-Pacific Partnership", verb="review")
    assert review.category == "acknowledgement"


def test_small_business_centres_are_a_united_states_commitment(seed):
    welcome = record(seed, "welcomed Peru to the Small Business Network", verb="welcome")
    assert (welcome.actor, welcome.category) == ("United States", "endorsement")
    assert welcome.target == "Peru to the Small Business Network of the Americas"
    will = record(seed, "will support the establishment of small business development centers")
    assert (will.actor, will.verb, will.category) == ("United States", "will", "commitment")
    assert will.target.startswith("support the establishment of small business development centers in Peru")


def test_women_and_girls_commitment_is_shared(seed):
    r = record(seed, "expand opportunities for women and girls")
    assert (r.actor, r.verb, r.category) == ("both", "commit", "commitment")
    # (and, as an act of its own, "to promote gender equality across political, economic and social spheres")
    r = record(seed, "promote gender equality")
    assert (r.actor, r.verb, r.category) == ("both", "commit", "commitment")


def test_emissions_and_clean_energy_are_shared_intentions(seed):
    r = record(seed, "reduce emissions from Peru's largest greenhouse gas emission sources")
    assert (r.actor, r.verb, r.category) == ("both", "intend", "intention")
    typo = record(seed, "intend promote clean energy")  # the statement's own typo, without "to"
    assert (typo.actor, typo.verb, typo.category) == ("both", "intend", "intention")
    assert typo.target.startswith("promote clean energy and energy security throughout Peru")
    assert "named institution: Energy and Climate Partnership of the Americas" in typo.catalyst_details
    assert "named institution: Connecting the Americas 2022" in typo.catalyst_details


def test_defense_ties_commitment_and_the_separate_welcome(seed):
    r = record(seed, "develop closer bilateral defense ties", verb="agree")
    assert (r.actor, r.category) == ("both", "commitment")
    assert r.target == "develop closer bilateral defense ties"
    w = record(seed, "the progress made in the negotiations", verb="welcome")
    assert (w.actor, w.category) == ("both", "endorsement")
    assert w.sentence == r.sentence
    # "between the United States and Peru intended to address" is not a clause of Peru's
    assert not ((seed["sentence"] == r.sentence) & (seed["verb"] == "intend")).any()


def test_remaining_in_close_consultation_is_a_commitment(seed):
    r = record(seed, "will remain in close consultation")
    assert (r.actor, r.verb, r.category) == ("both", "will", "commitment")


def test_welcome_applaud_note_highlight_recognize_acknowledge_are_never_commitments(seed):
    weak = seed[seed["verb"].isin(["welcome", "applaud", "note", "highlight", "recognize", "acknowledge"])]
    assert len(weak) >= 15
    assert not (weak["category"] == "commitment").any()
    assert set(weak["category"]) <= {"endorsement", "acknowledgement"}


def test_leaders_are_mapped_to_their_countries(seed):
    r = record(seed, "President Obama applauded Peru's participation", verb="applaud")
    assert r.actor == "United States"
    assert record(seed, "President Humala welcomed U.S. support", verb="welcome").actor == "Peru"
    # "President Obama reaffirmed U.S. commitment to partnering with Peru"
    r = record(seed, "partnering with Peru to combat", verb="reaffirm")
    assert (r.actor, r.category) == ("United States", "commitment")
    first = seed.iloc[0]
    assert (first.actor, first.verb, first.category) == ("both", "reaffirm", "intention")
    assert first.text.startswith("President Barack Obama and President Ollanta Humala reaffirmed")


def test_catalysts_in_the_seed(seed):
    r = record(seed, "1,000 small- and medium-sized businesses", verb="highlight")
    assert "numeric target: 1,000 small- and medium-sized businesses" in r.catalyst_details
    assert "named institution: Pathways Access Initiative" in r.catalyst_details
    # a year before the statement's date is history, not a timeline
    r = record(seed, "since the mission's establishment in 2004", verb="applaud")
    assert "timeline" not in r.catalysts
    # "in December this year" counts; "in May" (before the June statement) does not
    r = record(seed, "which will take place in December this year", verb="reiterate")
    assert "timeline: in December this year" in r.catalyst_details
    r = record(seed, "hosted by Peru in May", verb="review")
    assert "timeline" not in r.catalysts
    # "in the four years since the Agreement entered into force" looks back
    r = record(seed, "in the four years since", verb="note")
    assert "timeline" not in r.catalysts


def test_strength_follows_the_scale(seed):
    scale = {s["strength"]: s["label"] for s in C.scale()}
    assert scale == {0: "acknowledgement", 1: "endorsement", 2: "intention", 3: "commitment", 4: "firm commitment"}
    for r in seed.itertuples():
        assert r.strength_label == scale[r.strength]
        if r.category == "commitment":
            assert r.strength == (4 if r.catalysts else 3)
        else:
            assert r.strength == {"acknowledgement": 0, "endorsement": 1, "intention": 2}[r.category]


SEED_LABELS = [
    # (where the predicate starts, expected category), one per clause that takes a position
    ("reaffirmed today their desire", "intention"),
    ("resolved to continue working", "commitment"),
    ("acknowledged the historic relationship", "acknowledgement"),
    ("reaffirmed their intent to strengthen", "intention"),
    ("recognized that the United States and Peru", "acknowledgement"),
    ("welcomed closer relationships", "endorsement"),
    ("noted that in the four years", "acknowledgement"),
    ("reiterated the importance of maintaining", "acknowledgement"),
    ("reviewed Trans-Pacific Partnership", "acknowledgement"),
    ("reaffirmed their shared commitment to conclude", "commitment"),
    ("discussed the importance of taking", "acknowledgement"),
    ("noted the importance of public-private", "acknowledgement"),
    ("expressed their belief", "acknowledgement"),
    ("welcomed Peru to the Small Business", "endorsement"),
    ("will support the establishment", "commitment"),
    ("highlighted joint efforts to expand internet", "endorsement"),
    ("committed to expand opportunities", "commitment"),
    ("reaffirmed their desire to boost", "intention"),
    ("reiterated their support for a successful", "endorsement"),
    ('highlighted the importance of the "Pacific', "endorsement"),
    ("underscored its auspicious prospects", "endorsement"),
    ("highlighted education as", "endorsement"),
    ("launched an Education Policy Dialogue", "commitment"),
    ("welcomed joint efforts to provide high-quality", "endorsement"),
    ("recognized the importance of cultural heritage", "acknowledgement"),
    ("expressed willingness to continuously", "intention"),
    ("resolved to work together to address", "commitment"),
    ("welcomed the signing of a Memorandum", "endorsement"),
    ("intend to work together to reduce", "intention"),
    ("intend promote clean energy", "intention"),
    ("affirmed their decision", "commitment"),
    ("welcomed strong and deepening cooperation", "endorsement"),
    ("reiterated their shared interest", "intention"),
    ("applauded Peru's participation", "endorsement"),
    ("welcomed U.S. support", "endorsement"),
    ("reaffirmed U.S. commitment", "commitment"),
    ("welcomed President Obama's intent", "endorsement"),
    ("intent to increase counternarcotics", "intention"),
    ("applauded joint initiatives", "endorsement"),
    ("agreed to develop closer", "commitment"),
    ("welcomed the progress made", "endorsement"),
    ("welcomed the signature of the Megaports", "endorsement"),
    ("expressed their mutual commitment", "commitment"),
    ("will remain in close consultation", "commitment"),
]


# --------------------------------------------------------------------------------------------
# Other statements, hand-labelled: every clause that takes a position, and its category
# --------------------------------------------------------------------------------------------

G20 = """# G20 Leaders' Declaration: Building a Resilient Recovery

Riyadh, 22 November 2020

1. We, the Leaders of the Group of Twenty (G20), met virtually on 21-22 November 2020 under the Saudi Presidency.
2. We are determined to continue using all available policy tools to safeguard people's lives, jobs and incomes.
3. We welcome the progress made by the World Health Organization (WHO) and support its mandate.

## Trade and Investment

4. We reaffirm our commitment to a free, fair, inclusive and non-discriminatory trade and investment environment.
5. We support the necessary reform of the World Trade Organization (WTO) and will work constructively with all WTO members to achieve it before the Twelfth Ministerial Conference in 2021.
6. We note the Riyadh Initiative on the Future of the WTO.
7. We call on the private sector to increase investment in sustainable infrastructure.

## Climate and Energy

8. We commit to mobilize US$100 billion per year by 2025 to support developing countries.
9. We will not resort to competitive devaluations.
10. We recognize the importance of energy transitions and encourage multilateral development banks to scale up climate finance.
11. We intend to explore options for a circular carbon economy platform.
12. We look forward to meeting again in Italy in 2021.
13. Signatories to the Paris Agreement reaffirm their determination to implement it fully.
14. We shall review progress at our next Summit.
"""
G20_LABELS = [
    ("are determined to continue", "commitment"),
    ("welcome the progress made by", "endorsement"),
    ("support its mandate", "endorsement"),
    ("reaffirm our commitment to a free", "commitment"),
    ("support the necessary reform", "endorsement"),
    ("will work constructively", "commitment"),
    ("note the Riyadh Initiative", "acknowledgement"),
    ("call on the private sector", "endorsement"),
    ("commit to mobilize", "commitment"),
    ("will not resort", "commitment"),
    ("recognize the importance of energy", "acknowledgement"),
    ("encourage multilateral development banks", "endorsement"),
    ("intend to explore options", "intention"),
    ("look forward to meeting again", "intention"),
    ("reaffirm their determination", "commitment"),
    ("shall review progress", "commitment"),
]

JAPAN_AUSTRALIA = """JOINT STATEMENT ON THE JAPAN-AUSTRALIA SPECIAL STRATEGIC PARTNERSHIP
Perth, 22 October 2022

Prime Minister Kishida Fumio of Japan and Prime Minister Anthony Albanese of Australia met in Perth on 22 October 2022 for the annual Leaders' Meeting. The two Prime Ministers signed a new Joint Declaration on Security Cooperation, which will guide the partnership for the next decade.

PEACE AND SECURITY
Japan and Australia will deepen cooperation on cyber security, space and critical technologies. The leaders welcomed the entry into force of the Reciprocal Access Agreement and committed to conduct more complex and practical bilateral exercises. Prime Minister Albanese welcomed Japan's decision to fundamentally reinforce its defence capabilities within the next five years.
The two leaders expressed serious concern about the situation in the East China Sea and strongly opposed any unilateral attempts to change the status quo by force or coercion. They called on North Korea to abandon its nuclear weapons programs.

ECONOMY AND ENERGY
Japan intends to provide up to A$500 million in concessional loans to Pacific Island countries over the next three years. Australia will host the Quad Leaders' Summit in 2023 and Japan will host the G7 Summit in Hiroshima. The leaders noted the importance of stable supplies of liquefied natural gas and discussed cooperation on hydrogen.
Both Prime Ministers agreed to hold an Economic Ministerial Dialogue every year. Australia will not impose new restrictions on exports of liquefied natural gas to Japan. The leaders look forward to the next Leaders' Meeting in Japan in 2023.
"""
JAPAN_AUSTRALIA_LABELS = [
    ("signed a new Joint Declaration", "commitment"),
    ("will deepen cooperation on cyber", "commitment"),
    ("welcomed the entry into force", "endorsement"),
    ("committed to conduct", "commitment"),
    ("welcomed Japan's decision", "endorsement"),
    ("decision to fundamentally", "commitment"),
    ("expressed serious concern", "acknowledgement"),
    ("opposed any unilateral attempts", "endorsement"),
    ("called on North Korea", "endorsement"),
    ("intends to provide up to", "intention"),
    ("will host the Quad", "commitment"),
    ("will host the G7", "commitment"),
    ("noted the importance of stable", "acknowledgement"),
    ("discussed cooperation on hydrogen", "acknowledgement"),
    ("agreed to hold an Economic", "commitment"),
    ("will not impose", "commitment"),
    ("look forward to the next", "intention"),
]

CHILE_EU = """JOINT COMMUNIQUÉ: CHILE AND THE EUROPEAN UNION
Brussels, 13 December 2022

Chile and the European Union held their first Association Council since 2019 in Brussels.

I. Trade and Investment
Chile and the European Union decided to conclude the negotiations of the Advanced Framework Agreement. The two sides agreed to sign the agreement in 2023 and to submit it for ratification promptly. The European Union will provide EUR 225 million to support the development of green hydrogen in Chile. Chile expressed its appreciation for the support of the Global Gateway initiative. The Parties encourage the private sector to invest in renewable energy and critical raw materials.

II. Climate and Environment
Both sides underlined the urgency of climate action. They pledged to reduce methane emissions by 30 percent by 2030. The European Union plans to double its support for the Chilean national hydrogen strategy. It was agreed that the Association Council will meet again in Santiago in 2024. The Ministers will meet again next year in Santiago. The Parties also discussed the situation in Venezuela and took note of the ongoing dialogue.
"""
CHILE_EU_LABELS = [
    ("decided to conclude", "commitment"),
    ("agreed to sign the agreement", "commitment"),
    ("will provide EUR 225 million", "commitment"),
    ("expressed its appreciation", "endorsement"),
    ("encourage the private sector to invest", "endorsement"),
    ("underlined the urgency", "acknowledgement"),
    ("pledged to reduce methane", "commitment"),
    ("plans to double", "intention"),
    ("agreed that the Association Council", "commitment"),
    ("will meet again in Santiago in 2024", "commitment"),
    ("will meet again next year", "commitment"),
    ("discussed the situation in Venezuela", "acknowledgement"),
    ("took note of the ongoing dialogue", "acknowledgement"),
]

# Windows line endings, numbered headings, numbers in words.
CANADA_CHILE = (
    "JOINT STATEMENT OF CANADA AND CHILE\r\n"
    "Ottawa, 4 February 2015\r\n"
    "\r\n"
    "The Prime Minister of Canada and the President of Chile met today in Ottawa to mark twenty years of the "
    "Canada-Chile Free Trade Agreement.\r\n"
    "\r\n"
    "1. Trade and Investment\r\n"
    "Trade between our two countries exceeded US$3.2 billion in 2014. The two governments pledged to double "
    "bilateral trade within five years. Canada will contribute five million dollars to the Pacific Alliance "
    "Development Fund.\r\n"
    "\r\n"
    "2. Mining and Energy\r\n"
    "The leaders highlighted the strong presence of Canadian mining companies in Chile. Chile welcomed Canada's "
    "offer to share expertise on mine safety. Both countries recognized the importance of corporate social "
    "responsibility. The Prime Minister and the President committed to meet again next year.\r\n"
    "\r\n"
    "3. People-to-People Ties\r\n"
    "Canada and Chile intend to launch a youth mobility arrangement that will allow up to 1,000 young people to "
    "work in each country. The leaders also welcomed the opening of a new consulate in Vancouver and encouraged "
    "universities to expand exchanges.\r\n"
)
CANADA_CHILE_LABELS = [
    ("pledged to double", "commitment"),
    ("will contribute five million", "commitment"),
    ("highlighted the strong presence", "endorsement"),
    ("welcomed Canada's offer", "endorsement"),
    ("offer to share expertise", "intention"),
    ("recognized the importance of corporate", "acknowledgement"),
    ("committed to meet again", "commitment"),
    ("intend to launch", "intention"),
    ("welcomed the opening", "endorsement"),
    ("encouraged universities", "endorsement"),
]

# Titles with "of <country>" and honorifics, "The Sides", portfolio ministers, light verbs
# with nouns, positions owned by one party inside another's clause.
BRAZIL_INDIA = """Joint Statement: Fourth Brazil-India Strategic Dialogue
New Delhi, 12 March 2019

1. The Prime Minister of India Dr. Anand Rao and the President of Brazil Mr. Paulo Lima met in New Delhi for the fourth Brazil-India Strategic Dialogue.
2. The Sides expressed deep satisfaction with the growth of bilateral trade and reiterated their shared commitment to reach US$15 billion in trade by 2022.
3. Minister of State for Commerce and Industry of India Meera Nair and Foreign Minister Carlos Souza of Brazil reviewed the work of the Joint Trade Monitoring Committee.
4. Welcoming the progress in defence cooperation, the two leaders decided to establish a Defence Industry Working Group.
5. Brazil committed to share its experience in biofuels with India.
6. Prime Minister Rao lauded Brazil's leadership of the BRICS and welcomed Brazil's offer to host the next BRICS Summit in 2019.
7. They emphasized the need for reform of the United Nations Security Council and called for its expansion in both permanent and non-permanent categories.
8. Both Sides will explore cooperation in space, including the joint development of a small satellite.
9. The leaders agreed on the importance of regular consultations between the two foreign ministries.
10. India and Brazil also intend to sign a Social Security Agreement before the end of 2019.
"""
BRAZIL_INDIA_LABELS = [
    ("expressed deep satisfaction", "endorsement"),
    ("reiterated their shared commitment", "commitment"),
    ("reviewed the work of the Joint", "acknowledgement"),
    ("decided to establish a Defence", "commitment"),
    ("committed to share its experience", "commitment"),
    ("lauded Brazil's leadership", "endorsement"),
    ("welcomed Brazil's offer", "endorsement"),
    ("offer to host the next", "intention"),
    ("emphasized the need for reform", "acknowledgement"),
    ("called for its expansion", "endorsement"),
    ("will explore cooperation in space", "intention"),
    ("agreed on the importance of regular", "acknowledgement"),
    ("intend to sign a Social Security", "intention"),
]

LABELLED = {
    "seed": (SEED, SEED_LABELS),
    "g20": (S.from_text(G20, fmt="md"), G20_LABELS),
    "japan-australia": (S.from_text(JAPAN_AUSTRALIA), JAPAN_AUSTRALIA_LABELS),
    "chile-eu": (S.from_text(CHILE_EU), CHILE_EU_LABELS),
    "canada-chile": (S.from_text(CANADA_CHILE), CANADA_CHILE_LABELS),
    "brazil-india": (S.from_text(BRAZIL_INDIA), BRAZIL_INDIA_LABELS),
}


def score(st, labels) -> tuple[int, int, int, list[str]]:
    """(true positives, predictions, expected, mistakes): a prediction matches a label when its
    predicate word lies inside the labelled phrase."""
    df = C.extract(st)
    used = set()
    tp = 0
    mistakes = []
    for phrase, category in labels:
        at = st.text.find(phrase)
        assert at >= 0 and st.text.find(phrase, at + 1) < 0, f"label phrase {phrase!r} must occur once"
        hit = df[(df["verb_start"] >= at) & (df["verb_start"] < at + len(phrase))]
        if hit.empty:
            mistakes.append(f"missed {phrase!r} ({category})")
            continue
        used.update(hit.index)
        got = hit.iloc[0]["category"]
        if got == category:
            tp += 1
        else:
            mistakes.append(f"{phrase!r}: {got} instead of {category}")
    for i in df.index.difference(list(used)):
        mistakes.append(f"unexpected {df.loc[i, 'verb']!r} in {df.loc[i, 'text'][:60]!r}")
    return tp, len(df), len(labels), mistakes


def f1(tp: int, predicted: int, expected: int) -> float:
    precision = tp / predicted if predicted else 0.0
    recall = tp / expected if expected else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.mark.parametrize("name", list(LABELLED))
def test_category_f1_per_statement(name):
    st, labels = LABELLED[name]
    tp, predicted, expected, mistakes = score(st, labels)
    value = f1(tp, predicted, expected)
    assert value >= 0.85, f"{name}: F1 {value:.3f}; {mistakes}"


def test_category_f1_on_unseen_statements():
    totals = [0, 0, 0]
    notes = []
    for name in ("g20", "japan-australia", "chile-eu", "canada-chile", "brazil-india"):
        st, labels = LABELLED[name]
        tp, predicted, expected, mistakes = score(st, labels)
        totals = [totals[0] + tp, totals[1] + predicted, totals[2] + expected]
        notes += [f"{name}: {m}" for m in mistakes]
    value = f1(*totals)
    assert value >= 0.9, f"micro F1 on category {value:.3f} (tp, predicted, expected = {totals}); {notes}"


# --------------------------------------------------------------------------------------------
# Actors, catalysts and shapes in the other statements
# --------------------------------------------------------------------------------------------


def test_g20_actors_are_all_members():
    df = C.extract(LABELLED["g20"][0])
    assert set(df["actor"]) == {"all"}
    assert record(df, "will not resort").negated
    r = record(df, "commit to mobilize")
    assert r.catalysts == ["numeric target", "timeline"]
    assert "numeric target: US$100 billion" in r.catalyst_details
    assert "timeline: by 2025" in r.catalyst_details
    assert r.strength == 4
    r = record(df, "will work constructively")
    assert "timeline: before the Twelfth Ministerial Conference in 2021" in r.catalyst_details or "timeline" in r.catalysts
    assert record(df, "shall review progress").catalyst_details == ["timeline: at our next Summit"]
    # numbered paragraphs: the paragraph number is not part of the clause
    assert not record(df, "call on the private sector").text.startswith("7")


def test_japan_australia_actors_and_owned_positions():
    st = LABELLED["japan-australia"][0]
    df = C.extract(st)
    assert record(df, "will deepen cooperation on cyber").actor == "both"
    assert record(df, "welcomed Japan's decision", verb="welcome").actor == "Australia"
    owned = record(df, "decision to fundamentally", verb="decide")
    assert (owned.actor, owned.category) == ("Japan", "commitment")
    assert "timeline: within the next five years" in owned.catalyst_details
    quad = record(df, "will host the Quad")
    g7 = record(df, "will host the G7")
    assert (quad.actor, g7.actor) == ("Australia", "Japan")
    assert quad.target == "host the Quad Leaders' Summit in 2023"
    loans = record(df, "intends to provide")
    assert (loans.actor, loans.category) == ("Japan", "intention")
    assert "numeric target: up to A$500 million" in loans.catalyst_details
    assert "timeline: over the next three years" in loans.catalyst_details
    assert record(df, "will not impose").negated
    assert record(df, "called on North Korea").actor == "both"


def test_chile_eu_actors():
    df = C.extract(LABELLED["chile-eu"][0])
    assert record(df, "decided to conclude").actor == "both"
    assert record(df, "will provide EUR 225 million").actor == "European Union"
    assert "numeric target: EUR 225 million" in record(df, "will provide EUR 225 million").catalyst_details
    assert record(df, "expressed its appreciation").actor == "Chile"
    assert record(df, "will meet again next year").actor == "both"  # the two sides' ministers, as "the leaders" are both
    r = record(df, "pledged to reduce methane")
    assert r.catalyst_details == ["numeric target: 30 percent", "timeline: by 2030"]
    assert record(df, "agreed that the Association Council").actor == "both"


KENYA_KOREA = """Joint Statement of the Republic of Kenya and the Republic of Korea

Seoul, June 4, 2024

President William Ruto of Kenya and President Yoon Suk Yeol of the Republic of Korea held a summit in Seoul.

Development Cooperation

Korea intends to train five hundred Kenyan civil servants over three years. Korea will fund one of the projects.

Energy and Digital Economy

Kenya and Korea will add fifty gigawatts of capacity by 2040. Korea will share its e-government systems with a dozen ministries, and Kenya will send two dozen engineers to Seoul.
"""


def test_numbers_in_words_are_numeric_targets_with_a_unit_a_hundred_or_a_dozen():
    df = C.extract(S.from_text(KENYA_KOREA))
    assert record(df, "train five hundred").catalyst_details == ["numeric target: five hundred", "timeline: over three years"]
    assert record(df, "fifty gigawatts").catalyst_details == ["numeric target: fifty gigawatts", "timeline: by 2040"]
    assert record(df, "a dozen ministries").catalyst_details == ["numeric target: a dozen"]
    assert record(df, "two dozen engineers").catalyst_details == ["numeric target: two dozen"]
    # a spelled-out number with neither is phrasing, not a target, unless it is ten or more
    assert record(df, "one of the projects").catalysts == []
    df = C.extract(S.from_text("Joint Statement of Japan and Kenya\n\nAid\n\nJapan will build twelve vessels. Japan will help "
                               "two countries. Kenya will mark twenty years of ties.\n"))
    assert df["catalyst_details"].tolist() == [["numeric target: twelve vessels"], [], []]
    # (an acronym between the number and its noun: "fifteen ICCR fellowships", "four ICCR fellowships a year")
    assert details_of("India will offer fifteen ICCR fellowships every year. Argentina will offer four ICCR fellowships a year. "
                      "Brazil will host two COP delegations.") == [
        ["numeric target: fifteen ICCR fellowships every year", "timeline: every year"],  # (as "four joint patrols every year")
        ["numeric target: four ICCR fellowships a year"],
        [],
    ]


def rows_by(parties: str, place: str, sentence: str, columns: list[str]) -> list[list]:
    """The rows of one sentence under a title naming ``parties``, dated 4 March 2026 at ``place``."""
    st = S.from_text(f"Joint Statement by {parties}\n\n{place}, 4 March 2026\n\n{sentence}\n")
    return C.extract(st)[columns].values.tolist()


def rows_of(sentences: str) -> list[tuple]:
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n" + sentences + "\n")
    return [(r.actor, r.verb, r.category, bool(r.negated), r.target) for r in C.extract(st).itertuples()]


def test_a_participle_after_a_comma_describes_what_was_done():
    assert rows_of("The leaders welcomed the Reciprocal Access Agreement, signed in Manila in July 2024.") == [
        ("both", "welcome", "endorsement", False, "the Reciprocal Access Agreement, signed in Manila in July 2024"),
    ]
    # a list of acts after a comma stays a list of acts
    assert [r[:2] for r in rows_of("The leaders welcomed the Strategic Dialogue, launched in 2023, and signed the MoU.")] == [
        ("both", "welcome"), ("both", "sign"),
    ]
    assert [r[:2] for r in rows_of("The leaders welcomed the Agreement, signed the MoU, and launched the Dialogue.")] == [
        ("both", "welcome"), ("both", "sign"), ("both", "launch"),
    ]


def test_not_only_and_not_hesitate_are_no_negations():
    assert [r[3] for r in rows_of("Brazil and Argentina will not only cut tariffs but also open markets. "
                                   "Brazil will not hesitate to defend its interests. Argentina will not raise tariffs.")] == [False, False, True]
    # and the target is what they will do, without the words of the "not" that says yes
    assert [r[4] for r in rows_of("Brazil and Argentina will not only cut tariffs but also open markets. Brazil will not "
                                   "hesitate to defend its interests. Argentina will not fail to support Brazil.")] == [
        "cut tariffs but also open markets", "defend its interests", "support Brazil"]


def test_a_comma_and_begins_a_clause_not_a_second_object():
    assert rows_of("France reaffirmed its commitment to AlUla, and Argentina will employ 200 experts on site.") == [
        ("France", "reaffirm", "endorsement", False, "its commitment to AlUla"),  # (a commitment to a thing, renewed: a position)
        ("Argentina", "will", "commitment", False, "employ 200 experts on site"),
    ]


def details_of(sentences: str) -> list[list[str]]:
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n" + sentences + "\n")
    return C.extract(st)["catalyst_details"].tolist()


def test_timelines_in_quarters_fiscal_years_and_seasons_and_past_months_are_history():
    assert details_of(
        "Brazil will hold a conference in Q1 2026. Brazil will cut tariffs in FY2026/27. Argentina will cut tariffs in "
        "fiscal year 2026. They will meet again in spring 2026. Brazil pledged €200 million this winter. "
        "Brazil will report on the agreement signed in January 2025. Argentina will report within 90 days."
    ) == [
        ["timeline: in Q1 2026"],
        ["timeline: in FY2026/27"],
        ["timeline: in fiscal year 2026"],
        ["timeline: in spring 2026"],
        ["numeric target: €200 million", "timeline: this winter"],
        [],  # January 2025 had passed on 12 March 2025
        ["timeline: within 90 days"],  # and 90 is the timeline's, not a target
    ]


def test_a_common_noun_opening_a_sentence_is_no_actor_and_a_passive_names_its_agent():
    assert rows_of(
        "Exports will grow by 5 percent. Tourism will increase. "
        "A Biofuels Working Group will be established by the two Ministries of Energy within six months. "
        "Projects will be funded by the World Bank. The Summit reviewed progress."
    ) == [
        ("both", "will", "commitment", False, "A Biofuels Working Group will be established by the two Ministries of Energy within six months"),
        ("World Bank", "will", "commitment", False, "Projects will be funded by the World Bank"),
        ("The Summit", "review", "acknowledgement", False, "progress"),
    ]


def test_the_owner_of_a_position_is_the_shortest_actor_before_it():
    st = S.from_text("Joint Statement of the United States and India\n\nTrade\n\nThe leaders welcomed General Electric's "
                     "proposal to build engines for the Light Combat Aircraft Mk 2, and India's plan to procure 31 aircraft.\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()][1:] == [
        ("General Electric", "propose", "build engines for the Light Combat Aircraft Mk 2"),
        ("India", "plan", "procure 31 aircraft"),
    ]


def test_a_pledge_of_an_amount_is_its_owner_s_commitment():
    assert rows_of("Argentina welcomed Brazil's pledge of $10 million. We welcome Japan's contribution of $50 million to the fund. "
                   "Argentina noted the Council's decision of 5 May 2023.") == [
        ("Argentina", "welcome", "endorsement", False, "Brazil's pledge of $10 million"),
        ("Brazil", "pledge", "commitment", False, "$10 million"),
        ("both", "welcome", "endorsement", False, "Japan's contribution of $50 million to the fund"),
        ("Japan", "contribute", "commitment", False, "$50 million to the fund"),
        ("Argentina", "note", "acknowledgement", False, "the Council's decision of 5 May 2023"),
    ]


def test_a_list_inside_one_sentence_gives_one_position_per_item():
    assert rows_of("The Authority decides to: (a) strengthen cooperation in the WTO; (b) reform the UN Security Council; "
                   "and (c) allocate $5 million by 2026. Brazil will meet (a) partner.") == [
        ("The Authority", "decide", "commitment", False, "strengthen cooperation in the WTO"),
        ("The Authority", "decide", "commitment", False, "reform the UN Security Council"),
        ("The Authority", "decide", "commitment", False, "allocate $5 million by 2026"),
        ("Brazil", "will", "commitment", False, "meet (a) partner"),  # (no list without a colon)
    ]


def test_a_second_title_of_one_person_is_not_an_actor_of_its_own():
    st = S.from_text("Joint Statement between Viet Nam and New Zealand\n\nCooperation\n\nForeign Minister Winston Peters of New "
                     "Zealand and Deputy Prime Minister and Foreign Minister Bui Thanh Son of Viet Nam will co-chair the Joint "
                     "Ministerial Commission.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "will"]]


def test_numeric_targets_keep_every_currency_of_the_ledger():
    assert details_of("New Zealand will provide NZ$20 million for schools. China will provide RMB 360 billion in support. "
                      "Brazil will host COP30 in November 2025. India will invest Rs 8,200 crore. France will provide €100m.") == [
        ["numeric target: NZ$20 million"], ["numeric target: RMB 360 billion"],
        ["timeline: in November 2025", "named institution: COP30"],  # (COP30 is a meeting the text names)
        ["numeric target: Rs 8,200 crore"], ["numeric target: €100m"],
    ]


def test_never_no_longer_and_neither_negate_and_accented_names_are_actors():
    assert [r[3] for r in rows_of("Brazil will never fund coal projects. Argentina will no longer provide loans. "
                                   "Brazil will neither tolerate coercion nor accept changes.")] == [True, True, True]
    st = S.from_text("Joint Statement of Turkey and Azerbaijan\n\nVisits\n\nForeign Minister Mevlüt Çavuşoğlu of Turkey will visit Baku.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Türkiye", "will"]]


def test_items_under_a_lead_in_that_is_only_a_subject_take_it_as_actor():
    st = S.from_text("# Joint Statement of Norway and Sweden\n\n## Research\n\nThe Prime Ministers:\n\n- agreed to allocate NOK 150 "
                     "million to the Green Hydrogen Programme;\n- will not reduce funding for NordForsk.\n", fmt="md")
    assert C.extract(st)[["actor", "verb", "negated", "target"]].values.tolist() == [
        ["both", "agree", False, "allocate NOK 150 million to the Green Hydrogen Programme"],
        ["both", "will", True, "reduce funding for NordForsk"],
    ]


def test_owners_in_the_plural_possessive_and_parties_named_as_bodies():
    st = S.from_text("Joint Statement of the European Union and the African Union\n\nHeading\n\nWe welcomed the United States' "
                     "commitment to provide $8 million. The African Union will host the summit.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "welcome"], ["United States", "commit"], ["African Union", "will"]]


def test_a_clause_after_but_keeps_its_subject():
    assert rows_of("The two leaders did not agree to new bases but agreed to expand cooperation.") == [
        ("both", "agree", "acknowledgement", True, "new bases"), ("both", "agree", "commitment", False, "expand cooperation"),
    ]


def test_a_national_institution_is_an_actor():
    assert [r[:3] for r in rows_of("The Brazilian Development Bank will lend €3 billion to companies. "
                                    "The Japanese Coast Guard will train 200 officers. Brazilian exports will grow.")] == [
        ("Brazil", "will", "commitment"), ("Japanese Coast Guard", "will", "commitment"),
    ]  # (Brazil's development bank acts for Brazil, a party; Japan's coast guard is no party's here)


def test_canada_chile_crlf_and_words_for_numbers():
    st = LABELLED["canada-chile"][0]
    df = C.extract(st)
    r = record(df, "will contribute five million")
    assert r.actor == "Canada"
    assert "numeric target: five million dollars" in r.catalyst_details
    assert "named institution: Pacific Alliance Development Fund" in r.catalyst_details
    r = record(df, "pledged to double")
    assert r.actor == "both"
    assert r.catalyst_details == ["numeric target: double", "timeline: within five years"]
    assert record(df, "offer to share", verb="offer").actor == "Canada"
    assert record(df, "committed to meet again").actor == "both"
    assert all("\r" not in t for t in df["text"])
    assert df["section"].tolist()[0] == "Trade and Investment"


def test_brazil_india_actors():
    df = C.extract(LABELLED["brazil-india"][0])
    # "Minister of State ... of India Meera Nair and Foreign Minister Carlos Souza of Brazil"
    assert record(df, "reviewed the work of the Joint").actor == "both"
    assert record(df, "lauded Brazil's leadership").actor == "India"
    offer = record(df, "offer to host the next", verb="offer")
    assert (offer.actor, offer.category) == ("Brazil", "intention")
    assert record(df, "committed to share its experience").actor == "Brazil"
    r = record(df, "reiterated their shared commitment")
    assert r.catalyst_details == ["numeric target: US$15 billion", "timeline: by 2022"]
    assert record(df, "expressed deep satisfaction").category == "endorsement"


def test_three_parties_make_all_and_two_of_them_are_named():
    st = S.from_text(
        "JOINT STATEMENT OF THE UNITED STATES, CANADA AND MEXICO\nWashington, 18 November 2021\n\n"
        "The three leaders reaffirmed their commitment to a secure and prosperous North America. "
        "The leaders will meet again in 2022. Canada and Mexico agreed to expand their energy cooperation. "
        "G20 members should do more, and the leaders called on G20 members to act. "
        "The United States, Canada and Mexico will establish a North American Drug Dialogue.\n"
    )
    assert st.parties == ["United States", "Canada", "Mexico"]
    df = C.extract(st)
    assert record(df, "The three leaders reaffirmed").actor == "all"
    assert record(df, "The leaders will meet again").actor == "all"
    assert record(df, "Canada and Mexico agreed").actor == "Canada and Mexico"
    assert record(df, "called on G20 members").actor == "all"
    r = record(df, "will establish a North American Drug Dialogue")
    assert (r.actor, r.category, r.strength) == ("all", "commitment", 4)
    assert r.catalyst_details == ["named institution: North American Drug Dialogue"]
    assert "should" not in set(df["verb"])


WRAPPED = """JOINT STATEMENT ON THE GREEN STRATEGIC PARTNERSHIP BETWEEN
THE KINGDOM OF NORWAY AND THE REPUBLIC OF INDONESIA

Jakarta, 12 September 2022

1. The Prime Minister of Norway, Jonas Gahr Støre, and the President of
the Republic of Indonesia, Joko Widodo, met in Jakarta. They agreed to
elevate bilateral relations to a Green Strategic Partnership.

2. Norway will provide twenty-five million dollars in results-based
payments, and intends to contribute up to USD 56 million more. Norway
does not intend to finance new palm oil plantations. Indonesia did not
commit to new coal plants before 2030.
"""


def test_a_hard_wrapped_statement_with_a_two_line_title():
    """Wrapped lines are prose, not headings: the title's second line and a numbered
    paragraph's first line included; "does not intend" is a negated intention of one party."""
    st = S.from_text(WRAPPED)
    assert st.title == "JOINT STATEMENT ON THE GREEN STRATEGIC PARTNERSHIP BETWEEN THE KINGDOM OF NORWAY AND THE REPUBLIC OF INDONESIA"
    assert st.parties == ["Norway", "Indonesia"]
    assert [s.heading for s in st.sections] == [None]
    assert [p.marker for p in st.paragraphs] == ["1.", "2."]
    ent = E.extract(st)
    people = ent[ent.type == "person"]
    assert people[["name", "role", "country"]].values.tolist() == [
        ["Jonas Gahr Støre", "Prime Minister", "Norway"], ["Joko Widodo", "President", "Indonesia"],
    ]
    assert "Green Strategic Partnership" in set(ent["name"])
    df = C.extract(st)
    assert df[["actor", "verb", "category", "negated"]].values.tolist() == [
        ["both", "agree", "commitment", False],
        ["Norway", "will", "commitment", False],
        ["Norway", "intend", "intention", False],
        ["Norway", "intend", "intention", True],
        ["Indonesia", "commit", "acknowledgement", True],  # (a pledge not made, noted: no pledge)
    ]


def test_list_items_take_their_lead_in_position():
    """ "The Authority decides to: (a) ...; (b) ..." is one decision per item, each with its own
    target and catalysts; the next numbered paragraph is not an item; an item with a subject
    of its own keeps it."""
    st = S.from_text(
        "FINAL COMMUNIQUÉ OF THE ECOWAS AUTHORITY\n\nAbuja, 10 December 2023\n\n"
        "3. The Authority decides to:\n(a) operationalise the ECOWAS Standby Force, with 1,650 troops;\n"
        "(b) allocate US$ 1 billion to the Regional Food Security Reserve over three years; and\n"
        "(c) Nigeria will host the Standby Force headquarters.\n\n"
        "4. The Authority urges Member States to ratify the Protocol on Free Movement.\n\n"
        "5. The next Ordinary Session will be held in Abuja in June 2024.\n"
    )
    assert st.parties == ["ECOWAS"]
    df = C.extract(st)
    assert df[["actor", "verb", "category", "strength", "target"]].values.tolist() == [
        ["ECOWAS", "decide", "commitment", 4, "operationalise the ECOWAS Standby Force, with 1,650 troops"],
        ["ECOWAS", "decide", "commitment", 4, "allocate US$ 1 billion to the Regional Food Security Reserve over three years"],
        ["Nigeria", "will", "commitment", 4, "host the Standby Force headquarters"],
        ["ECOWAS", "urge", "endorsement", 1, "Member States to ratify the Protocol on Free Movement"],
        # (its own paragraph, not an item: the session the body will hold)
        ["ECOWAS", "will", "commitment", 4, "The next Ordinary Session will be held in Abuja in June 2024"],
    ]
    assert df.iloc[1]["catalysts"] == ["numeric target", "timeline"]
    assert st.text[df.iloc[0]["verb_start"]:df.iloc[0]["verb_end"]] == "decides"


@pytest.mark.parametrize("subject", ["Neither side", "Neither of the two countries", "Neither Peru nor Chile", "Neither of us"])
def test_neither_is_both_negated(subject):
    df = C.extract(S.from_text(f"JOINT STATEMENT OF PERU AND CHILE\n\n{subject} will deploy troops to the border.\n"))
    assert df[["actor", "verb", "category", "negated", "target"]].values.tolist() == [
        ["both", "will", "commitment", True, "deploy troops to the border"]
    ]


def test_announcing_a_fact_is_not_an_undertaking():
    st = S.from_text(
        "JOINT STATEMENT OF INDIA AND PERU\n\nIndia announced that one-third of its power capacity is renewable. "
        "Peru announced that it will host the summit in 2025. The leaders announced the launch of a new fund.\n"
    )
    df = C.extract(st)
    assert df[["actor", "verb", "category"]].values.tolist() == [
        ["India", "announce", "acknowledgement"],
        ["Peru", "will", "commitment"],  # (announcing it is not a second position)
        ["both", "announce", "commitment"],
    ]


def test_an_acronym_after_the_subject_is_read_past():
    st = S.from_text(
        "JOINT STATEMENT OF ARGENTINA AND CHILE\n\nThe Ministry of Public Works (MOP) will coordinate with "
        "the Ministry of Economy. The Inter-American Development Bank (the IDB) will fund two studies.\n"
    )
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["Ministry of Public Works", "will"], ["Inter-American Development Bank", "will"],
    ]


def test_passive_clauses_take_no_position():
    st = S.from_text(
        "JOINT STATEMENT OF PERU AND CHILE\n\nPeru was welcomed into the forum by all members. "
        "The two Presidents welcomed the progress of the Pacific Alliance.\n"
    )
    df = C.extract(st)
    assert df["verb"].tolist() == ["welcome"]
    assert df.iloc[0]["actor"] == "both"


def test_a_statement_without_positions_gives_an_empty_frame():
    df = C.extract(S.from_text("Trade between the two countries grew in 2014.\n"))
    assert df.empty
    assert list(df.columns) == C.COLUMNS


def test_lexicon_is_data_with_sources():
    text = (config.CODEBOOK_DIR / "commitments.yaml").read_text(encoding="utf-8")
    assert "G7 Research Group" in text and "Compliance Coding Manual" in text
    forms = C.verb_forms()
    assert forms["welcomed"] == ("welcome", "past")
    assert forms["took note of"] == ("take note of", "past")
    assert forms["committed"][0] == "commit"


# --------------------------------------------------------------------------------------------
# Any text
# --------------------------------------------------------------------------------------------


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fuzz_statements(
        [
            "The two leaders will ", "We welcome ", "President Obama ", "reaffirmed their commitment to ",
            "Peru and the United States ", " intend to ", "$20 million ", "by 2030. ", "\n\n", "; and ",
            ", wherein ", "They ", "It was agreed that ", "'s intent to ", "\r\n", "\"Beca 18\" ",
        ],
        max_text=80,
    )
)
def test_fuzz_extract(st):
    if st is None:
        return
    df = C.extract(st)
    assert list(df.columns) == C.COLUMNS
    n = len(st.text)
    for r in df.itertuples():
        assert 0 <= r.start <= r.end <= n
        assert r.verb_start < r.verb_end <= n
        # the verb in its clause, or (a second country sharing it: "A$10 million and New
        # Zealand NZ$5 million") before it
        assert r.start <= r.verb_start or r.verb_end <= r.start
        assert r.category in C.CATEGORIES
        assert isinstance(r.strength, int) and 0 <= r.strength <= 4
        assert isinstance(r.actor, str) and r.actor
        assert r.text == st.original[r.start:r.end]
        assert 0 <= r.sentence < len(st.sentences)
        assert isinstance(r.catalysts, list) and isinstance(r.catalyst_details, list)
        assert isinstance(r.negated, bool)
        assert re.fullmatch(r"[a-z ]+|[A-Za-z' ]+", r.verb)


def test_an_act_the_clause_dates_before_the_statement_is_history():
    text = (
        "Joint Statement by Japan and Australia\n\nPerth, 22 October 2022\n\nCOOPERATION\n\n"
        "Australia signed the Reciprocal Access Agreement in January 2022. "
        "On 22 October 2022, the two Prime Ministers signed the Joint Declaration on Security Cooperation. "
        "Last year, Japan established a green fund. "
        "Japan launched the Clean Ports Initiative two years ago. "
        "The leaders launched a dialogue on hydrogen, building on talks held in 2019. "
        "In 2019, the two countries agreed to hold annual talks, and they will meet again in 2023. "
        "The two Prime Ministers recalled the entry into force of the Agreement eight years ago and committed to its full implementation. "
        "In 2022, Japan launched a new energy fund.\n"
    )
    df = C.extract(S.from_text(text))
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()] == [
        ("both", "sign", "the Joint Declaration on Security Cooperation"),
        ("both", "launch", "a dialogue on hydrogen, building on talks held in 2019"),
        ("both", "will", "meet again in 2023"),
        ("both", "recall", "the entry into force of the Agreement eight years ago"),
        ("both", "commit", "its full implementation"),
        ("Japan", "launch", "a new energy fund"),
    ]
    undated = C.extract(S.from_text(text.replace("Perth, 22 October 2022\n\n", "")))
    # without the statement's date only words such as "last year" and "ago" tell
    assert [r.verb for r in undated.itertuples()] == ["sign", "sign", "launch", "agree", "will", "recall", "commit", "launch"]
    # a span of years that is over dates the act; one that runs on does not
    spans = C.extract(S.from_text(
        "Joint Statement by Japan and Australia\n\nPerth, 22 October 2022\n\nCOOPERATION\n\n"
        "Development banks committed USD 3 billion a year to adaptation between 2016 and 2019. "
        "Japan launched a programme for schools from 2019 to 2021. "
        "Japan launched a programme for ports in 2018–2025. "
        "Australia committed AUD 2 billion between 2021 and 2024.\n"))
    assert [(r.actor, r.target) for r in spans.itertuples()] == [
        ("Japan", "a programme for ports in 2018–2025"), ("Australia", "AUD 2 billion between 2021 and 2024")]


def test_setting_a_target_or_setting_up_a_body_is_a_commitment():
    text = (
        "Joint Statement by Japan and Australia\n\nPerth, 22 October 2022\n\n"
        "The two countries set a target of 50 gigawatts of renewable capacity by 2030. "
        "Japan sets the goal of net zero by 2050. The leaders set up a joint working group on critical minerals. "
        "They are setting targets for the Pacific. Australia will set targets for methane.\n"
    )
    df = C.extract(S.from_text(text))
    assert [(r.actor, r.verb, r.category, r.target) for r in df.itertuples()] == [
        ("both", "set a target", "commitment", "50 gigawatts of renewable capacity by 2030"),
        ("Japan", "set a target", "commitment", "net zero by 2050"),
        ("both", "set up", "commitment", "a joint working group on critical minerals"),
        # (the present progressive does now what it says: "They are setting targets ...")
        ("both", "set a target", "commitment", "for the Pacific"),
        ("Australia", "will", "commitment", "set targets for methane"),
    ]
    assert df.catalysts.iloc[0] == ["numeric target", "timeline"]


def test_a_position_owned_with_of_is_its_owners():
    text = (
        "Joint Statement by Japan and Australia\n\nPerth, 22 October 2022\n\n"
        "The leaders welcomed the decision of Australia to host COP31 and the intention of the Government of Japan to "
        "double its support for the Pacific. They noted the plan of the two countries to meet in 2023.\n"
    )
    df = C.extract(S.from_text(text))
    assert [(r.actor, r.verb, r.category, r.target) for r in df.itertuples()] == [
        ("both", "welcome", "endorsement", "the decision of Australia to host COP31"),  # (then Japan's own)
        ("Australia", "decide", "commitment", "host COP31"),
        ("Japan", "intend", "intention", "double its support for the Pacific"),
        ("both", "note", "acknowledgement", "the plan of the two countries to meet in 2023"),
    ]


def test_a_label_number_is_no_numeric_target():
    st = S.from_text("Joint Statement of China and Ghana\n\nChina will fund item #1 and paragraph 2 of the plan with $5 million.\n")
    assert C.extract(st).catalyst_details.tolist() == [["numeric target: $5 million"]]


def test_the_ministers_of_named_countries_are_those_countries():
    head = ("G7 Foreign Ministers' Communiqué\n\nCapri, 19 April 2024\n\nWe, the G7 Foreign Ministers of Canada, France, "
            "Germany, Italy, Japan, the United Kingdom and the United States, met in Capri.\n\n")
    st = S.from_text(head + "The Ministers of Japan and the United Kingdom will hold a 2+2 meeting next year. "
                     "The Foreign Ministers of Canada, France and Italy will meet in 2025. The Ministers of the G7 will meet again.\n")
    df = C.extract(st)
    assert df[["actor", "target"]].values.tolist()[-3:] == [
        ["Japan and United Kingdom", "hold a 2+2 meeting next year"],
        ["Canada, France and Italy", "meet in 2025"],
        ["all", "meet again"],
    ]


def test_a_two_plus_two_meeting_has_no_numeric_target():
    st = S.from_text("Joint Statement of Japan and India\n\nTokyo, 4 June 2024\n\nThe two sides will hold a 2+2 meeting next year.\n")
    assert C.extract(st).catalyst_details.tolist() == [["timeline: next year"]]


def test_an_amount_restated_in_brackets_is_one_numeric_target():
    st = S.from_text("Joint Statement of Japan and Ukraine\n\nTokyo, 4 June 2024\n\n"
                     "Japan will provide ¥1 trillion (approximately US$6.6 billion) and 50 (fifty) generators.\n")
    assert C.extract(st).catalyst_details.tolist() == [["numeric target: ¥1 trillion", "numeric target: 50"]]


def test_approving_is_an_act_and_a_country_name_before_a_verb_owns_nothing():
    st = S.from_text("Joint Statement by Japan and India\n\nTokyo, 31 May 2024\n\n"
                     "The Ministers approved the work plan and called for its launch before the end of 2024. "
                     "The leaders noted that many companies operating in India plan to expand. "
                     "They welcomed the Japanese proposal to hold talks.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["both", "approve", "commitment"], ["both", "call for", "endorsement"], ["both", "note", "acknowledgement"],
        ["both", "welcome", "endorsement"], ["Japan", "propose", "intention"]]


def test_what_a_target_says_was_done_is_no_numeric_target():
    st = S.from_text("Joint Statement by Japan and India\n\nTokyo, 31 May 2024\n\n"
                     "The two countries will continue support to Ukraine, having together provided more than EUR 20 billion in aid. "
                     "Japan will expand the Action Plan, which trained 8,000 police officers in 2023. "
                     "Japan will back the Facility, which has mobilized US$ 450 million. "
                     "Japan will build 5 ports, which need 2,000 workers.\n")
    assert C.extract(st).catalyst_details.tolist() == [
        [], ["named institution: Action Plan"], [], ["numeric target: 5", "numeric target: 2,000"]]


def test_figures_in_a_clause_set_off_after_the_target_are_not_its_catalysts():
    st = S.from_text("Joint Statement of Japan and Egypt\n\nCairo, 5 May 2024\n\n"
                     "We agree to strengthen cooperation in tourism, noting that more than 1.5 million visitors came in 2023. "
                     "Japan will lead the programme, under which more than 50,000 recruits have been trained since 2022. "
                     "We agree to enable exports from Egypt, which aims to generate 42 percent of its power from renewables by 2030. "
                     "Japan will fund the programme, under which 500 nurses will be trained by 2026.\n")
    assert C.extract(st).catalyst_details.tolist() == [[], [], [], ["numeric target: 500", "timeline: by 2026"]]


@pytest.mark.parametrize("sentence, condition", [
    ("Upon completion of domestic procedures, Japan will provide 10 billion yen.", "Upon completion of domestic procedures"),
    ("Following the completion of necessary domestic procedures, Japan will provide 10 billion yen.",
     "Following the completion of necessary domestic procedures"),
    ("In the event of a major earthquake, Japan will dispatch a team.", "In the event of a major earthquake"),
    ("Japan will open the office as soon as the Agreement enters into force.", "as soon as the Agreement enters into force"),
    ("Japan will provide the loan as soon as possible.", ""),
])
def test_conditions_of_procedure_entry_into_force_and_events(sentence, condition):
    st = S.from_text(f"Joint Statement of Japan and Egypt\n\nCairo, 5 May 2024\n\n{sentence}\n")
    assert C.extract(st)[["conditional", "condition"]].values.tolist() == [[bool(condition), condition]]


def test_announcing_that_one_will_act_is_one_position():
    st = S.from_text("Joint Statement by Japan and India\n\nTokyo, 31 May 2024\n\n"
                     "India announced that it will invest Rs 45,000 crore in railways. "
                     "Mexico confirmed that the Government of Mexico will host the next meeting in 2025. "
                     "India announced that one-third of its power is renewable. Japan announced a new fund and will invest $5 billion.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["India", "will", "commitment"], ["Mexico", "will", "commitment"], ["India", "announce", "acknowledgement"],
        ["Japan", "announce", "commitment"], ["Japan", "will", "commitment"]]


def test_the_body_or_group_the_title_names_is_the_signatories():
    st = S.from_text("Final Communiqué of the 160th Session of the Ministerial Council of the Gulf Cooperation Council\n\n"
                     "Riyadh, 3 June 2024\n\nThe Ministerial Council met with the ministers of the United Arab Emirates, Saudi Arabia, "
                     "Bahrain, Oman, Qatar and Kuwait.\n\nThe Council approved the unified GCC tourist visa. The Commission will report.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist()[-2:] == [["all", "approve"], ["The Commission", "will"]]
    st = S.from_text("Joint Statement by the Nordic Prime Ministers\n\nStockholm, 28 October 2024\n\nThe Prime Ministers of Denmark, "
                     "Finland, Iceland, Norway and Sweden met.\n\nThe Nordic countries will cut emissions by 2030. "
                     "The Baltic countries will act.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist()[-2:] == [["all", "will"], ["The Baltic countries", "will"]]


def test_operative_paragraphs_are_the_issuing_bodys():
    st = S.from_text("COMMUNIQUÉ OF THE 1207TH MEETING OF THE PEACE AND SECURITY COUNCIL\n\nADDIS ABABA, 20 MAY 2024\n\n"
                     "The Peace and Security Council of the African Union, at its 1207th meeting,\n\n"
                     "Recalling its previous decisions on the Sahel,\n\n"
                     "1. Decides to extend the mandate of the Task Force for a further period of twelve (12) months;\n\n"
                     "2. Requests the Chairperson of the Commission to mobilize US$ 150 million;\n\n"
                     "3. Calls upon Member States to contribute troops;\n\n4. Decisions of the Council remain in force.\n")
    # (the Council is the African Union's: the party its communiqué names)
    assert st.parties == ["African Union"]
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["African Union", "decide", "commitment"], ["African Union", "request", "commitment"],
        ["African Union", "call upon", "endorsement"]]


def test_days_of_a_month_are_no_numeric_target():
    st = S.from_text("Joint Statement of Japan and Korea\n\nTokyo, 4 June 2024\n\n"
                     "Japan will meet Korea on April 11, on 2 May and on 21–22 November 2024 with 5 ships.\n")
    # (the days are no numeric target; a day without a year that has passed at the statement's
    # date is next year's where the clause looks ahead, so a timeline too)
    assert C.extract(st).catalyst_details.tolist() == [
        ["numeric target: 5", "timeline: on April 11", "timeline: on 2 May", "timeline: on 21–22 November 2024"]]
    st = S.from_text("Joint Statement of Japan and Korea\n\nTokyo, 4 June 2024\n\n"
                     "Japan will report on the talks held on April 11 with 5 ships.\n")
    assert C.extract(st).catalyst_details.tolist() == [["numeric target: 5"]]  # (a day past, in a clause that looks back)


def test_a_readouts_the_president_is_the_one_party_with_a_president():
    st = S.from_text(
        "Readout of President Joseph R. Biden, Jr.'s Call with Prime Minister Kishida Fumio of Japan\n\nApril 2, 2024\n\n"
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida Fumio of Japan to prepare his visit to the "
        "United States.\n\nThe President welcomed Japan's plan to invest. The leaders agreed to meet President Ferdinand "
        "Marcos Jr. of the Philippines.\n")
    df = C.extract(st)
    assert df[["actor", "verb"]].values.tolist()[:2] == [["United States", "welcome"], ["Japan", "plan"]]
    people = E.extract(st)
    assert people[people.type == "person"][["name", "country"]].values.tolist() == [
        ["Joseph R. Biden Jr.", "United States"], ["Kishida Fumio", "Japan"], ["Ferdinand Marcos Jr.", "Philippines"]]


CONDITIONS = (
    "Joint Statement by Canada and the Republic of Korea\n\nOttawa, 12 May 2024\n\nEconomic Security\n\n"
    "Should supply disruptions occur, the two countries will consult within 48 hours. Canada will provide C$50 million "
    "for critical minerals research by 2026, subject to parliamentary approval. Korea will assess if further investment "
    "is needed by 2025. If markets allow, Canada will fund three research chairs by 2026, and Korea will host a forum in "
    "2025. Canada will fund a fourth chair by 2026, and Korea will host a second forum in 2026 if conditions permit. "
    "The two sides will cooperate, as appropriate, on the Minerals Security Partnership. Canada will end tariffs on goods "
    "subject to tariffs under the agreement in 2025. Even if markets change, Korea will keep its pledge of C$20 million "
    "by 2027.\n\nNext Steps\n\nSubject to the availability of funds, the two sides will:\n\n"
    "- open a joint laboratory in 2025;\n- fund 20 fellowships by 2026.\n"
)


def test_conditional_commitments_are_marked_and_never_firm():
    df = C.extract(S.from_text(CONDITIONS))
    got = [(r.actor, r.conditional, r.condition, r.strength_label) for r in df.itertuples()]
    assert got == [
        ("both", True, "Should supply disruptions occur", "commitment"),
        ("Canada", True, "subject to parliamentary approval", "commitment"),
        ("South Korea", False, "", "intention"),  # "assess if" asks; it sets no condition
        # a condition opening the sentence holds for each of its positions
        ("Canada", True, "If markets allow", "commitment"),
        ("South Korea", True, "If markets allow", "commitment"),
        # one after a position's verb holds for that position only
        ("Canada", False, "", "firm commitment"),
        ("South Korea", True, "if conditions permit", "commitment"),
        ("both", True, "as appropriate", "commitment"),
        ("Canada", False, "", "firm commitment"),  # goods "subject to tariffs": no condition
        ("South Korea", False, "", "firm commitment"),  # "even if" concedes; it sets no condition
        # a list's lead-in passes its condition to each item
        ("both", True, "Subject to the availability of funds", "commitment"),
        ("both", True, "Subject to the availability of funds", "commitment"),
    ]
    # the catalysts are still read: a condition holds a commitment back, it does not empty it
    assert df.iloc[1].catalyst_details == ["numeric target: C$50 million", "timeline: by 2026"]


def test_may_and_could_announce_an_intention_only_before_a_verb_that_explores():
    st = S.from_text("Joint Statement of Japan and Peru\n\nTokyo, 4 June 2024\n\nShould commercial interest be confirmed, "
                     "Australia may consider co-financing a pilot project. Japan will train officers so that they may "
                     "benefit. Peru could explore new routes. Japan could help.\n")
    assert C.extract(st)[["actor", "verb", "category", "conditional", "target"]].values.tolist() == [
        ["Australia", "may", "intention", True, "consider co-financing a pilot project"],
        ["Japan", "will", "commitment", False, "train officers so that they may benefit"],
        ["Peru", "could", "intention", False, "explore new routes"],
    ]


def test_we_the_leaders_of_the_two_parties_are_both_even_when_one_is_a_union():
    def actor(title: str, sentence: str) -> str:
        return C.extract(S.from_text(f"{title}\n\nTokyo, 13 July 2023\n\n{sentence}\n"))["actor"].tolist()[0]

    assert actor("Joint Statement of the EU and Japan", "We, the leaders of the EU and Japan, reaffirm our partnership.") == "both"
    assert actor("Joint Statement of ASEAN and Japan", "We, the Heads of State of ASEAN and Japan, reaffirm it.") == "both"
    assert actor("Joint Statement of the EU and Japan", "We, the Leaders of the G20, reaffirm our partnership.") == "all"


def test_officials_named_after_their_titles_act_as_themselves():
    st = S.from_text("Joint Communiqué on the Kenya–United Kingdom Strategic Partnership\n\nLondon, 16 April 2024\n\n"
                     "The Cabinet Secretary for Defence, Aden Duale, and the Minister for the Armed Forces, Leo Docherty, will "
                     "co-chair the next review. The Minister for Development and Africa, Andrew Mitchell, announced that the UK "
                     "will provide £12 million.\n")
    # (the minister's announcement and the UK's pledge are one position: the country's)
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["Aden Duale and Leo Docherty", "will"], ["United Kingdom", "will"]]


DECLARATION = (
    "DECLARATION OF WASHINGTON ON DIGITAL INCLUSION IN THE AMERICAS\n\n"
    "WE, THE MINISTERS of Argentina, Brazil, Canada, Chile, Mexico and Peru, meeting in Washington, D.C.,\n\n"
    "RECALLING the Regional Agenda for Digital Transformation adopted at the Ninth Summit of the Americas;\n\n"
    "DECLARE:\n\n"
    "1. Reaffirm that meaningful connectivity is essential.\n\n"
    "2. Commit to training at least 5 million people in digital skills by the end of 2027.\n\n"
    "3. Urge multilateral development banks to scale up concessional financing.\n\n"
    "4. Request the Permanent Council to convene a follow-up meeting in 2026, subject to the availability of resources.\n\n"
    "Connectivity is essential. Reaffirm this.\n\n"
    "Done at Washington, D.C., on 28 June 2024.\n"
)


def test_a_declarations_operative_paragraphs_open_on_a_bare_verb():
    st = S.from_text(DECLARATION)
    df = C.extract(st)
    assert df[["actor", "verb", "category", "strength", "conditional"]].values.tolist() == [
        ["all", "reaffirm", "endorsement", 1, False],
        ["all", "commit", "commitment", 4, False],
        ["all", "urge", "endorsement", 1, False],
        ["all", "request", "commitment", 3, True],
    ]  # (a bare verb opening a sentence of an unnumbered paragraph is no position)
    names = E.extract(st)
    assert "Regional Agenda for Digital Transformation" in names["name"].tolist()
    assert "Permanent Council" in names["name"].tolist()


def test_items_after_the_following_deliverables_take_the_lead_ins_position():
    st = S.from_text(
        "<html><body><h1>India–France Joint Statement</h1><p>New Delhi, 26 January 2024</p><p>The leaders agreed on the "
        "following deliverables:</p><ul><li>Launch of the Indo-French Year of Innovation in 2026;</li><li>Review of the "
        "Migration and Mobility Partnership Agreement within 12 months.</li></ul></body></html>", fmt="html")
    df = C.extract(st)
    assert df[["actor", "verb", "target"]].values.tolist() == [
        ["both", "agree", "Launch of the Indo-French Year of Innovation in 2026"],
        ["both", "agree", "Review of the Migration and Mobility Partnership Agreement within 12 months"],
    ]


def test_while_opens_a_clause_and_is_no_part_of_its_subject():
    st = S.from_text("Joint Statement of China and Brazil\n\nBeijing, 14 April 2023\n\nChina supports Brazil's role in the "
                     "Security Council, while both sides encouraged the NDB to increase lending.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["China", "support"], ["both", "encourage"]]


def test_a_readouts_secretary_speaks_for_the_party_no_one_else_speaks_for():
    st = S.from_text(
        "Readout of Secretary Blinken's Meeting with Indonesian Foreign Minister Retno Marsudi\n\nOffice of the Spokesperson\n\n"
        "May 21, 2024\n\nSecretary of State Antony J. Blinken met today with Indonesian Foreign Minister Retno Marsudi in "
        "Washington. The Secretary and Foreign Minister Marsudi reviewed progress in the U.S.-Indonesia Comprehensive "
        "Strategic Partnership. The Secretary "
        "announced $10 million in new U.S. assistance. Foreign Minister Marsudi welcomed the announcement.\n")
    people = E.extract(st)
    assert people[people.type == "person"][["name", "country"]].values.tolist() == [
        ["Antony J. Blinken", "United States"], ["Retno Marsudi", "Indonesia"]]
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["both", "review"], ["United States", "announce"], ["Indonesia", "welcome"]]


def test_an_inverted_condition_inside_a_sentence():
    st = S.from_text("Joint Statement of Japan and Peru\n\nTokyo, 4 June 2024\n\nThe two sides may explore cooperation on "
                     "reactors, should commercial interest be confirmed. Peru will build roads, which should help trade.\n")
    assert C.extract(st)[["actor", "condition"]].values.tolist() == [
        ["both", "should commercial interest be confirmed"], ["Peru", ""]]


def test_a_groups_members_are_those_it_lists_and_its_acronym_is_the_signatories():
    st = S.from_text(
        "Riga, 20 November 2023\r\n\r\nJOINT STATEMENT BY THE FOREIGN MINISTERS OF THE NORDIC-BALTIC EIGHT\r\n\r\n"
        "We, the Foreign Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, met today in "
        "Riga under Latvia's coordination of the Nordic-Baltic Eight (NB8) cooperation. The Minister for Foreign Affairs of "
        "Ukraine, Dmytro Kuleba, joined our discussion.\r\n\r\nThe NB8 countries have pledged more than EUR 1.2 billion for "
        "Ukraine's energy sector. Norway will implement the Nansen Support Programme.\r\n")
    assert st.parties == ["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"]
    assert C.extract(st)[["actor", "verb"]].values.tolist()[-2:] == [["all", "pledge"], ["Norway", "will"]]


def test_nested_items_take_their_lead_ins_position_and_conditions_read_further():
    md = ("# Joint Statement: Canada–European Union Summit\n\n*St. John's, 24 November 2023*\n\nThe Prime Minister of Canada, "
          "Justin Trudeau, the President of the European Council, Charles Michel, and the President of the European "
          "Commission, Ursula von der Leyen, met.\n\n## 1.2 Critical Minerals\n\n- Canada will:\n  - make available CAD 300 "
          "million from the Fund in fiscal year 2024–25, subject to project approvals;\n  - host a minerals forum in "
          "Toronto.\n- The EU intends to:\n  - launch a joint call by Q3 2025.\n\nCanada and the EU will support Ukraine for "
          "as long as it takes. Canada will end tariffs on goods subject to tariffs under the agreement in 2025.\n")
    st = S.from_text(md, fmt="md")
    df = C.extract(st)
    assert df[["actor", "verb", "conditional"]].values.tolist() == [
        ["Canada", "will", True], ["Canada", "will", False], ["European Union", "intend", False],
        ["both", "will", False], ["Canada", "will", False]]
    people = E.extract(st)
    assert people[people.type == "person"][["name", "country"]].values.tolist() == [
        ["Justin Trudeau", "Canada"], ["Charles Michel", "European Union"], ["Ursula von der Leyen", "European Union"]]


def test_it_after_a_clause_about_a_thing_is_that_thing_not_the_last_party():
    st = S.from_text("Joint Statement by Kenya and Japan\n\nNairobi, 5 May 2026\n\nKenya will host the summit in 2027, and it will "
                     "fund the venue. Japan welcomed the plan; it will send 20 experts. The partnership is open to all; it will "
                     "be reviewed every two years. We will not exclude anyone; it remains open to all partners. The forum "
                     "starts in May. It will be chaired by Kenya.\n")
    assert C.extract(st)[["actor", "target"]].values.tolist() == [
        ["Kenya", "host the summit in 2027"], ["Kenya", "fund the venue"], ["Japan", "the plan"], ["Japan", "send 20 experts"],
        ["both", "exclude anyone"], ["Kenya", "It will be chaired by Kenya"]]  # (who chairs it, not Japan)


def test_a_forum_of_one_state_with_africa_has_the_african_side_as_a_party():
    st = S.from_text("# Declaration of the Ninth Ministerial Conference of the Forum on China-Africa Cooperation\n\nBeijing, 5 "
                     "September 2024\n\nWe, the Ministers of China and 53 African countries, met. H.E. Wang Yi, Minister of Foreign "
                     "Affairs of China, and H.E. Yassine Fall, Minister of Foreign Affairs of Senegal, co-chaired the Conference.\n\n"
                     "1.1 The African side reaffirms its firm adherence to the one-China principle.\n\n1.2 China will send 500 "
                     "agricultural experts to Africa, while the African side undertakes to improve the investment climate.\n", fmt="md")
    assert st.parties == ["China", "African Union"]
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["African Union", "reaffirm"], ["China", "will"], ["African Union", "undertake"]]
    assert S.from_text("Joint Statement on Security in Africa\n\nKenya and Ghana met.\n").parties == ["Kenya", "Ghana"]


def test_a_plans_lead_cell_of_a_body_of_each_side_is_both():
    st = S.from_text("Joint Statement of the European Union and Japan\n\nTokyo, 5 May 2026\n\nThe two sides agreed on the "
                     "following actions:\n\n- Hydrogen standards working group; lead: DG ENER / METI; by March 2027\n"
                     "- Semiconductor dialogue; lead: METI; by 2026\n- Youth exchanges; lead: ABC / XYZ; by 2027\n")
    assert C.extract(st).actor.tolist() == ["both", "Japan", "ABC / XYZ"]


def test_the_courtesies_of_a_visit_are_no_positions():
    st = S.from_text("Joint Statement of India and Japan\n\nDelhi, 5 May 2026\n\nPrime Minister Modi warmly welcomed him to New "
                     "Delhi. Prime Minister Ishiba thanked Prime Minister Modi for his warm hospitality. India welcomed the "
                     "delegation. Japan thanked India for its support to the Expo. Modi invited Ishiba to visit India. India "
                     "welcomed Japan's investment of JPY 5 trillion.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Japan", "thank"], ["India", "invite"], ["India", "welcome"]]


def test_an_act_agreed_and_a_welcome_after_its_comma_are_two_rows():
    st = S.from_text("Joint Statement of Kazakhstan and Qatar\n\nSamarkand, 5 May 2026\n\nThe leaders hereby:\n\n1. Agree to hold the "
                     "Business Forum annually, and welcome the inaugural Forum attended by over 600 business leaders.\n\n2. Agree "
                     "to expand scholarships and support exchanges.\n")
    df = C.extract(st)
    assert [(r.verb, r.category, r.target, r.catalysts) for r in df.itertuples()] == [
        ("agree", "commitment", "hold the Business Forum annually", ["timeline", "named institution"]),
        ("welcome", "endorsement", "the inaugural Forum attended by over 600 business leaders", ["numeric target"]),
        ("agree", "commitment", "expand scholarships and support exchanges", [])]


def test_each_country_in_the_singular_is_all_of_them():
    st = S.from_text("Joint Statement of Denmark, Estonia, Finland and Ukraine\n\nRiga, 5 May 2025\n\nEach NB8 country commits to "
                     "spend at least 0.25% of its GDP annually on military support to Ukraine. Each party agrees to share data. "
                     "Each NB8 country will train troops.\n")
    assert C.extract(st)[["actor", "verb", "strength"]].values.tolist() == [["all", "commit", 4], ["all", "agree", 3], ["all", "will", 3]]


def test_two_embassies_one_named_with_where_it_sits_are_both_their_parties():
    st = S.from_text("Joint Statement of Japan, the Philippines and the United States\n\nManila, 5 May 2026\n\nThe U.S. Embassy in "
                     "Manila and the Embassy of Japan will co-host a youth forum. The Embassy of Japan and the U.S. Embassy in Manila "
                     "will co-host a forum. The Chinese Embassy in Manila will hold a festival.\n")
    assert C.extract(st)[["actor", "body"]].values.tolist()[:2] == [
        ["Japan and United States", "The U.S. Embassy and the Embassy of Japan"],
        ["Japan and United States", "The Embassy of Japan and the U.S. Embassy"]]


def test_a_body_called_by_its_head_word_is_the_one_body_the_text_names_so():
    st = S.from_text("Joint Declaration of Argentina and Chile\n\nSantiago, 5 May 2026\n\nThe Binational Commission will meet in "
                     "2026. The Commission will report to the Presidents. The Committee will advise them.\n")
    assert C.extract(st).actor.tolist() == ["Binational Commission", "Binational Commission", "The Committee"]


def test_a_body_whose_name_holds_a_particle_in_lower_case_is_a_subject():
    st = S.from_text("Joint Statement of France and the United Arab Emirates\n\nParis, 5 May 2025\n\nThe Mohammed bin Rashid Space "
                     "Centre (MBRSC) and the Centre National d'Etudes Spatiales (CNES) agreed to cooperate on Earth observation, "
                     "and CNES will support the launch of a satellite by 2028.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["Mohammed bin Rashid Space Centre and Centre National d'Etudes Spatiales", "agree"], ["CNES", "will"]]


def test_a_partys_body_named_in_its_own_language_acts_for_it():
    st = S.from_text("Joint Statement by Canada and Mexico\n\nMexico City, 5 May 2026\n\nMexico's Comisión Nacional de Áreas "
                     "Naturales Protegidas will restore habitat. The Royal Canadian Mounted Police and Mexico's Fiscalía General "
                     "de la República will share data. Employment and Social Development Canada will work with the Secretaría del "
                     "Trabajo y Previsión Social.\n")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["Mexico", "Mexico's Comisión Nacional de Áreas Naturales Protegidas"],
        ["both", "The Royal Canadian Mounted Police and Mexico's Fiscalía General de la República"],
        ["Canada", "Employment and Social Development Canada"]]
    orgs = E.extract(st).query("type == 'organization'").set_index("name")
    # (the one party that writes the language the body's name is in)
    assert orgs.loc["Secretaría del Trabajo y Previsión Social", "country"] == "Mexico"
    assert "Fiscalía General de la República" in orgs.index
    st = S.from_text("Joint Statement of Brazil and China\n\nBeijing, 5 May 2026\n\nThe Ministério de Minas e Energia and the "
                     "National Energy Administration will hold an energy dialogue. The Secretaría de Economía will host a fair.\n")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["both", "The Ministério de Minas e Energia and the National Energy Administration"],
        ["Secretaría de Economía", ""]]  # (a Spanish name in a text of no Spanish-speaking party: no one's)
    st = S.from_text("Joint Statement by the United States and Vietnam\n\nHanoi, 5 May 2026\n\nThe U.S. Centers for Disease "
                     "Control and Prevention will support the labs. Vietnam's National Institutes of Health will share data.\n")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["United States", "The U.S. Centers for Disease Control and Prevention"],
        ["Vietnam", "Vietnam's National Institutes of Health"]]


def test_a_topic_label_over_nested_items_is_no_position_of_the_lead_in():
    md = ("# Joint Statement by Kenya and Japan\n\n## Trade\n\nThe two sides agreed on the following priorities:\n\n"
          "- Technology:\n  - Japan will provide JPY 3 billion for a data centre in Konza.\n  - Kenya will train 500 engineers "
          "by 2028.\n- Agriculture:\n  - Japan intends to fund irrigation in Mwea.\n\n## Health\n\nThe two sides decided to:\n\n"
          "- Research:\n  - expand clinical trials in Kisumu;\n  - open a vaccine plant by 2027.\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "verb", "target"]].values.tolist() == [
        ["Japan", "will", "provide JPY 3 billion for a data centre in Konza"], ["Kenya", "will", "train 500 engineers by 2028"],
        ["Japan", "intend", "fund irrigation in Mwea"], ["both", "decide", "expand clinical trials in Kisumu"],
        ["both", "decide", "open a vaccine plant by 2027"]]


def test_words_that_set_conditions_only_where_they_open_a_clause():
    head = "Joint Statement by Japan and Australia\n\nTokyo, 5 June 2024\n\n"
    for sentence in [
        "Japan and Australia will resolve all pending issues in the trade agreement by the end of 2025.",
        "Japan and Australia will continue to support Ukraine as long as it takes.",
        "Japan and Australia will help economies dependent on coal imports to diversify by 2030.",
        "Japan and Australia agreed that their ministries, together with relevant agencies, should hold talks every year.",
        "Japan and Australia will sanction individuals subject to national asset freezes by 2025.",
        "Japan will build on the assistance provided that year to Tonga by 2026.",
    ]:
        df = C.extract(S.from_text(head + sentence + "\n"))
        assert not df["conditional"].any(), sentence
    df = C.extract(S.from_text(head + "Japan will ratify the treaty, pending approval by the Diet, and will be dependent on "
                               "funding for the rest. Australia will pay, provided that Japan agrees. If Korea decides to "
                               "join, Japan will welcome it.\n"))
    # (the verb of a condition's own clause, "Japan agrees", "Korea decides", takes no position)
    assert df[["actor", "condition"]].values.tolist() == [
        ["Japan", "pending approval by the Diet"], ["Japan", "dependent on funding for the rest"],
        ["Australia", "provided that Japan agrees"], ["Japan", "If Korea decides to join"]]


def test_bare_verbs_in_lists_that_hang_from_a_call_on_others_or_a_programme_are_no_positions():
    head = "Joint Statement by Japan and Australia\n\nTokyo, 5 June 2024\n\n"
    for body in [
        "The two leaders called on the parties to:\n\n- Support the UN-led process.\n- Commit to a ceasefire.",
        "The programme includes:\n\n- Welcome remarks by the two ministers\n- Launch event at the embassy",
        "We call on all parties, including Russia, to:\n\n1. Support a ceasefire.\n2. Commit to talks.",
        "The two sides reviewed progress.\n\n1. Support to small island states in the Pacific.\n\n2. Review of the 2022 Action Plan.",
    ]:
        df = C.extract(S.from_text(head + body + "\n"))
        assert not df["verb"].isin(["support", "commit", "launch", "welcome"]).any(), body


def test_a_vice_president_does_not_make_the_president_ambiguous():
    st = S.from_text("Joint Statement by the United States and the Philippines\n\nManila, 5 June 2024\n\nVice President Kamala "
                     "Harris of the United States met President Ferdinand Marcos Jr. of the Philippines.\n\nThe President "
                     "welcomed the new investments.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Philippines", "welcome"]]


def test_what_the_second_review_found_in_conditions_chapeaus_and_titles():
    head = "Joint Statement by Japan and Australia\n\nTokyo, 5 June 2024\n\n"

    def conditions(body):
        return C.extract(S.from_text(head + body + "\n"))["condition"].tolist()

    # conditions without a comma before them
    assert conditions("Japan will provide $1 billion to the fund pending parliamentary approval.") == [
        "pending parliamentary approval"]
    assert conditions("Japan will expand the programme depending on funding availability.") == [
        "depending on funding availability"]
    assert conditions("Japan will provide support as long as necessary conditions are met.") == [
        "as long as necessary conditions are met"]
    assert conditions("Japan will provide support for as long as necessary.") == [""]
    # a condition's clause ends where another begins
    df = C.extract(S.from_text(head + "Japan will provide support if needed and Australia will host the next summit in 2025.\n"))
    assert df[["actor", "condition"]].values.tolist() == [["Japan", "if needed"], ["Australia", ""]]
    # a chapeau in the past tense, or a bare subject
    for lead in ("The Heads of Government declared:", "The two Prime Ministers:"):
        df = C.extract(S.from_text(head + lead + "\n\n- Reaffirm their commitment to a free Indo-Pacific.\n"
                                   "- Commit to expand cooperation on critical minerals.\n"))
        assert df["verb"].tolist() == ["reaffirm", "commit"], lead
    # "The Minister" of two ministers' texts is neither party
    st = S.from_text(head + "Minister for Foreign Affairs Penny Wong of Australia met Minister Yoko Kamikawa of Japan.\n\n"
                     "The Minister welcomed the new investments.\n")
    assert C.extract(st)["actor"].tolist() == ["The Minister"]


def test_what_the_third_review_found():
    head = "Joint Statement by Japan and Australia\n\nTokyo, 5 June 2024\n\n"

    def rows(body):
        return C.extract(S.from_text(head + body + "\n"))[["actor", "verb", "condition"]].values.tolist()

    assert rows("Japan will work with Australia to resolve pending issues in the bilateral relationship.")[0][2] == ""
    assert rows("Fiji will maintain its contingent on the Golan Heights.")[0][2] == ""
    assert rows("Japan will continue to honour commitments provided that remain unfulfilled.")[0][2] == ""
    assert rows("Japan will support Ukraine as long as necessary to achieve a just peace.")[0][2] == ""
    assert rows("Japan will provide assistance to countries pending accession to the OECD.")[0][2] == (
        "pending accession to the OECD")
    # a subject of two inside the condition makes no position of its own
    assert rows("Japan will co-finance the project provided that Australia and the ADB commit to funding it.") == [
        ["Japan", "will", "provided that Australia and the ADB commit to funding it"]]
    # a list a study group recommends is no position of the signatories
    assert rows("The Joint Study Group recommended the following:\n\n1. Establish a bilateral investment fund.") == []
    # a Prime Minister is no "Minister"
    st = S.from_text(head + "Prime Minister Fumio Kishida of Japan met Minister Penny Wong of Australia.\n\nThe Minister "
                     "welcomed the new investments.\n")
    assert C.extract(st)["actor"].tolist() == ["Australia"]


def test_what_a_pledge_not_to_act_a_new_body_a_plan_a_goal_and_once_say():
    assert rows_of("Both Parties shall refrain from any unilateral action in the disputed area.") == [
        ("both", "shall", "commitment", True, "refrain from any unilateral action in the disputed area")]
    assert rows_of("Argentina has no plans to reopen the consulate.") == [
        ("Argentina", "plan", "intention", True, "reopen the consulate")]
    # a new body set up with no one named to do it is the parties' deliverable; a named team is not read
    assert rows_of("A working group on border crossings will be established within three months.") == [
        ("both", "will", "commitment", False, "A working group on border crossings will be established within three months")]
    assert rows_of("A Brazilian team will be established in Rosario.") == []
    assert rows_of("Brazil reiterated its aim to raise exports to $2 billion by 2030.") == [
        ("Brazil", "reiterate", "intention", False, "raise exports to $2 billion by 2030")]
    assert rows_of("Argentina reaffirmed its goal of ending child labour.")[0][2] == "intention"
    # "once" and a clause is a condition; "once again", "once a year", "at once" are not
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n"
                     "The two sides will build a rail link once the feasibility study is completed. Brazil once again "
                     "reaffirmed its support for Argentina. The two sides will meet once a year.\n")
    df = C.extract(st)
    assert list(df["conditional"]) == [True, False, False]
    assert df["condition"].iloc[0] == "once the feasibility study is completed"
    assert df["strength_label"].iloc[2] == "firm commitment"  # "once a year" is a timeline


def test_timelines_in_iso_and_ordinal_dates_and_every_few_months():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n"
                     "Brazil will open the office no later than 2025-06-30. Argentina will open a consulate by "
                     "March 5th, 2026. The two sides will meet every six months. Brazil will launch the Forum within six "
                     "months of this statement. Argentina will sign the MoU before the end of the first quarter of 2026. "
                     "Brazil will award 250 scholarships between 2025 and 2027.\n")
    assert [d for ds in C.extract(st)["catalyst_details"] for d in ds] == [
        "timeline: no later than 2025-06-30", "timeline: by March 5th, 2026", "timeline: every six months",
        "timeline: within six months of this statement", "timeline: before the end of the first quarter of 2026",
        "numeric target: 250 scholarships", "timeline: between 2025 and 2027"]


def test_a_plural_noun_is_not_read_as_a_verb_at_the_end_of_a_sentence():
    assert rows_of("Brazil will continue to stand up for its interests and values.") == [
        ("Brazil", "will", "commitment", False, "stand up for its interests and values")]


def test_reported_promises_named_bodies_with_acronyms_and_the_parties_forces():
    assert rows_of("President Lula said that Brazil would not issue new permits for coal plants.") == [
        ("Brazil", "would", "commitment", True, "issue new permits for coal plants")]
    assert rows_of("Foreign Minister Cafiero said Argentina intends to strengthen export controls.") == [
        ("Argentina", "intend", "intention", False, "strengthen export controls")]
    # "would" outside reported speech promises nothing; a welcome it softens still approves
    assert rows_of("Brazil would welcome more investment. Argentina would like to host the next meeting.") == [
        ("Brazil", "would", "endorsement", False, "welcome more investment")]
    # a person announcing their country's pledge: one position, the country's
    assert rows_of("President Milei announced that Argentina would provide $50 million for the fund.") == [
        ("Argentina", "would", "commitment", False, "provide $50 million for the fund")]
    # the leaders announcing one party's pledge: one position, that party's
    assert rows_of("The leaders announced that Brazil will also contribute $12.5 million to the airport.") == [
        ("Brazil", "will", "commitment", False, "contribute $12.5 million to the airport")]
    assert [r[:2] for r in rows_of("The leaders announced that Argentina and Brazil will hold a summit.")] == [("both", "will")]
    assert rows_of("The Brazilian Development Bank (BNDES) and the Bank of the Argentine Nation (BNA) will sign a "
                   "credit line.")[0][0] == "Brazilian Development Bank and Bank of the Argentine Nation"
    assert rows_of("The two navies will hold two joint exercises each year.") == [
        ("The two navies", "will", "commitment", False, "hold two joint exercises each year")]


def test_a_body_with_and_in_its_name_is_one_actor():
    assert rows_of("The Ministry of Trade and Industry of Argentina will host the forum.") == [
        ("Argentina", "will", "commitment", False, "host the forum")]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nThe Ministry of Trade and Industry of Argentina will host "
                     "the forum.\n")
    assert C.extract(st).body.tolist() == ["The Ministry of Trade and Industry of Argentina"]


def test_what_the_review_of_the_new_rules_found():
    # "once" sets a condition only before a clause with a verb
    assert [r[4] for r in [tuple(x) for x in C.extract(S.from_text(
        "Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n"
        "Brazil, once the largest donor to the fund, will provide $10 million. The two countries, once adversaries, "
        "will cooperate. Argentina will host the forum more than once. Brazil will disburse the loan only once "
        "Argentina has completed the reforms.\n"))[["actor", "verb", "category", "negated", "conditional"]].values]] == [
        False, False, False, True]
    # a new body: only one the text sets up itself, as a body, not inside another clause
    assert rows_of("A new era will be opened in bilateral relations. A favourable environment will be created.") == []
    assert rows_of("The leaders agreed that a joint committee will be established.") == [
        ("both", "agree", "commitment", False, "a joint committee will be established")]
    assert rows_of("A Joint Working Group on Trade will be established within six months.")[0][0] == "both"
    # reported "would": a promise, not a prediction
    assert rows_of("Brazil stated that Argentina would benefit from the new route. President Lula said that Brazil "
                   "would have preferred a stronger text. Brazil assured Argentina that the loan would be disbursed by "
                   "June 2025.") == []
    assert rows_of("Argentina said that it would host the summit.") == [
        ("Argentina", "would", "commitment", False, "host the summit")]
    assert rows_of("Brazil pledged that it would double its aid by 2030.") == [
        ("Brazil", "would", "commitment", False, "double its aid by 2030")]
    # goals that are not the actor's own are not its intention
    assert rows_of("The leaders reaffirmed the goals of the Paris Agreement.")[0][2] == "endorsement"
    # present-tense positions on nothing are kept; only a plural noun after "and" is dropped
    assert rows_of("Brazil welcomed the proposal, which Argentina supports.")[1][:2] == ("Argentina", "support")
    # bodies kept as written take no position when they undergo something
    assert rows_of("Brazilian businesses will benefit from simpler visas. Argentine regulators will be consulted.") == []


def test_what_the_second_review_of_the_new_rules_found():
    # a body someone else sets up is not the parties' deliverable
    assert rows_of("A China-funded centre will be opened in Rosario. A G20 task force will be launched. A committee of "
                   "the African Union will be constituted. According to the ministers, a joint task force will be "
                   "formed.") == []
    # "it" after a person who speaks is a thing, and others' futures are reports
    assert rows_of("President Lula announced a new package. He said it would include $30 billion. They said the "
                   "warring parties would withdraw by June.") == [
        ("Brazil", "announce", "commitment", False, "a new package")]
    # a condition inside a relative clause is that clause's
    assert rows_of("Brazil will fund the hospital in Rosario, which will be handed over to Argentina once it is "
                   "completed.")[0][0] == "Brazil"
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will "
                     "fund the hospital in Rosario, which will be handed over once it is completed. Brazil will publish a "
                     "weekly bulletin and give grants to students born between 2004 and 2007. Argentina will raise its "
                     "monthly stipend.\n")
    df = C.extract(st)
    assert df["conditional"].tolist() == [False, False, False]
    assert df["catalyst_details"].tolist() == [[], [], []]  # (adjectives and a span that is over are no timelines)
    # confirming another party's fact is not announcing one's own pledge: both positions stay
    assert [r[:2] for r in rows_of("President Lula confirmed that Argentina will receive the vaccines in May.")] == [
        ("Brazil", "confirm"), ("Argentina", "will")]


def test_a_lead_in_whose_items_all_take_their_own_positions_is_none_itself():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\n"
                     "The two sides agreed to the following commitments:\n\n- Brazil will provide $5 million for health.\n"
                     "- Argentina will host the forum in 2026.\n")
    assert C.extract(st)[["actor", "target"]].values.tolist() == [
        ["Brazil", "provide $5 million for health"], ["Argentina", "host the forum in 2026"]]


def test_a_second_verb_after_and_keeps_the_sentences_subject():
    assert rows_of("The two Parties remain committed to the roadmap and reaffirmed their commitment to a relationship "
                   "based on trust.") == [
        ("both", "commit", "endorsement", False, "the roadmap"),
        ("both", "reaffirm", "endorsement", False, "their commitment to a relationship based on trust")]
    # the first verb takes no position: the sentence's subject still does the second
    assert rows_of("The two sides held the first meeting of the Council, and reviewed the progress of cooperation.") == [
        ("both", "review", "acknowledgement", False, "the progress of cooperation")]
    # (a participle after "and" is no second verb of the subject)
    assert rows_of("Brazil welcomed the agreement signed by Argentina and ratified by its parliament.") == [
        ("Brazil", "welcome", "endorsement", False, "the agreement signed by Argentina and ratified by its parliament")]


def test_a_principle_held_again_or_in_common_is_no_commitment_whatever_follows_it():
    # (a deadline of the next verb's, or the date of a treaty, makes no act of the principle)
    assert [r[:3] for r in rows_of("The leaders reaffirmed their commitment to the Paris Agreement and agreed to cooperate "
                                    "on methane reduction by 2030.")] == [
        ("both", "reaffirm", "endorsement"), ("both", "agree", "commitment")]
    assert [r[:3] for r in rows_of("The Sides reaffirmed their commitment to the principles enshrined in the Treaty on "
                                    "Friendly Relations of 16 June 1994, which remains the foundation of their ties.")] == [
        ("both", "reaffirm", "endorsement")]
    assert [r[:3] for r in rows_of("Brazil and Argentina share a commitment to the rules-based international order.")] == [
        ("both", "share", "endorsement")]
    # (nor is a year that ends a name a deadline: "Agenda 2063")
    assert [r[:3] for r in rows_of("The Parties reaffirmed their commitment to the 2030 Agenda for Sustainable Development "
                                    "and to Agenda 2063.")] == [("both", "reaffirm", "endorsement")]
    # (an act, or a deadline of its own, still binds)
    assert [r[:3] for r in rows_of("They reaffirmed their commitment to net zero by 2050. They share a commitment to work "
                                    "together on AI.")] == [("both", "reaffirm", "commitment"), ("both", "share", "commitment")]


def test_a_denial_a_texts_own_force_a_noted_fact_and_a_recital_keep_to_their_clauses():
    # (a denial holds for its own clause, not the next one's subject)
    assert rows_of("Brazil will not impose tariffs, and the Working Group will be reviewed in 2026.") == [
        ("Brazil", "will", "commitment", True, "impose tariffs")]
    # (what the text says of its own force, whatever it calls itself, is no denied act)
    assert rows_of("The Accord does not create legally binding obligations under international law. The Memorandum "
                   "does not create legal obligations.") == []
    assert rows_of("The Accord will not create new bureaucracy.") == [
        ("The Accord", "will", "commitment", True, "create new bureaucracy")]
    # (what another did, as the parties note or welcome it, is no one's pledge here)
    assert [r[:3] for r in rows_of("They noted that the International Development Association (IDA) has approved a "
                                    "grant of up to US$40 million. They welcomed that the Asian Development Bank approved a "
                                    "loan of US$500 million.")] == [("both", "note", "acknowledgement"), ("both", "welcome", "endorsement")]
    # (what a recital says one aims at, as what it says was set, is the background)
    st = S.from_text("Joint Declaration of Intent between Brazil and Argentina\n\nBrasília, 12 March 2025\n\nThe "
                     "Participants,\n\nAcknowledging that Argentina has set a net-zero target for 2050, and that Brazil aims "
                     "to achieve climate neutrality by 2045,\n\nHave reached the following understanding:\n\nArticle 1\n\n"
                     "The Participants intend to cooperate on green hydrogen.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "intend"]]
    # (a denial that holds unless notice is given)
    df = C.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nThe Parties shall not "
                               "introduce new restrictions on transit cargo without prior notification of at least 30 days.\n"))
    assert df[["negated", "conditional", "condition"]].values.tolist() == [[True, True, "without prior notification of at least 30 days"]]
    # (a condition of eligibility)
    df = C.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nBrazil will co-finance "
                               "up to 40% of the cost of the bridge, where eligible.\n"))
    assert df[["conditional", "condition"]].values.tolist() == [[True, "where eligible"]]


def test_a_guest_called_him_and_a_gift_whose_giver_is_named_after_it():
    # (in a text of two, the guest the inviter calls "him" is the other party)
    st = S.from_text("Joint Statement of China and Saudi Arabia\n\nBeijing, 12 March 2025\n\nPresident Xi Jinping held "
                     "talks with Crown Prince Mohammed bin Salman. President Xi invited him to visit China at a convenient "
                     "time, which he accepted with pleasure.\n")
    assert C.extract(st)[["actor", "verb", "category", "target"]].values.tolist()[-1] == [
        "Saudi Arabia", "accept", "intention", "visit China at a convenient time"]
    # ("the contribution of CFA 25 billion by Côte d'Ivoire": the giver's, and no more of the pledge before it)
    st = S.from_text("Final Communiqué of the Heads of State of Nigeria and Côte d'Ivoire\n\nAbuja, 12 March 2025\n\nThe "
                     "Heads of State welcome the pledge of the Federal Republic of Nigeria to contribute ₦ 150 billion to the "
                     "Standby Force, and the contribution of CFA 25 billion by the Republic of Côte d'Ivoire.\n")
    rows = C.extract(st)
    assert rows[["actor", "verb", "target"]].values.tolist()[1:] == [
        ["Nigeria", "pledge", "contribute ₦ 150 billion to the Standby Force"],
        ["Côte d'Ivoire", "contribute", "CFA 25 billion"]]
    assert F.counted(F.extract(st))[["text", "unit"]].values.tolist() == [["₦ 150 billion", "NGN"], ["CFA 25 billion", "XOF"]]


def test_a_group_the_parties_form_acts_for_all_of_them_in_the_singular_too():
    st = S.from_text("Joint Statement of Australia, India, Japan and the United States\n\nWilmington, 21 September 2024\n\n"
                     "Health\n\nThe Quad aims to mobilize at least $1.5 billion for cancer care. The Quad partners will train "
                     "500 nurses.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["all", "aim", "intention"], ["all", "will", "commitment"]]


def test_instruments_numbered_afresh_under_a_numbered_paragraph_are_each_exchanged():
    st = S.from_text("Joint Statement of India and Japan\n\nTokyo, 29 August 2025\n\n13. The two Prime Ministers welcomed "
                     "the progress.\n\n14. The following MoUs and documents were exchanged in the presence of the two Prime "
                     "Ministers:\n1. Memorandum of Cooperation on Joint Crediting Mechanism;\n2. Memorandum of Understanding on "
                     "cooperation in the field of mineral resources;\n3. Exchange of Notes on a Yen Loan of JPY 191 billion.\n\n"
                     "15. Prime Minister Ishiba thanked Prime Minister Modi.\n")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["both", "welcome", "the progress"],
        ["both", "exchange", "Memorandum of Cooperation on Joint Crediting Mechanism"],
        ["both", "exchange", "Memorandum of Understanding on cooperation in the field of mineral resources"],
        ["both", "exchange", "Exchange of Notes on a Yen Loan of JPY 191 billion"],
        ["Japan", "thank", "Prime Minister Modi"]]


def test_both_regions_the_union_alone_and_a_commitment_of_a_party_to_a_principle():
    st = S.from_text("Joint Statement of the GCC-ASEAN Summit\n\nKuala Lumpur, 27 May 2025\n\nBoth regions reaffirmed their "
                     "commitment to the principles of the Charter of the United Nations. Both regions stressed the "
                     "importance of energy security.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["both", "reaffirm", "endorsement"], ["both", "stress", "acknowledgement"]]
    st = S.from_text("Council conclusions on the Sahel\n\nBrussels, 3 May 2025\n\nThe Union will mobilise up to EUR 1.2 "
                     "billion. It REAFFIRMS the commitment of the European Union to the sovereignty, unity and territorial "
                     "integrity of all States in the region. It REAFFIRMS the commitment of the European Union to provide EUR "
                     "50 million by 2027.\n")
    assert st.parties == ["European Union"]
    assert C.extract(st)[["actor", "category"]].values.tolist() == [
        ["European Union", "commitment"], ["European Union", "endorsement"], ["European Union", "commitment"]]


def test_what_the_parties_agree_one_would_do_and_a_models_number():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 3 May 2025\n\nCanada and Mexico agreed that Canada would "
                     "process at least 10,000 additional work permits for Mexican nationals in 2026, provided that demand "
                     "holds. Vietnam Airlines will buy 50 Boeing 737 MAX aircraft.\n")
    rows = C.extract(st)
    assert rows[["actor", "verb", "conditional"]].values.tolist() == [
        ["both", "agree", True], ["Canada", "would", True], ["Vietnam Airlines", "will", False]]
    # ("737" of the model's name is no target)
    assert rows.catalyst_details.tolist()[-1] == ["numeric target: 50", "named institution: Boeing"]
    # (what the parties find, not what one would do, stays theirs alone)
    assert [r[:2] for r in rows_of("The leaders agreed that it would be useful to meet again.")] == [("both", "agree")]
    # ("UA 412,500,000", a unit of account, is money; "UA 5" is not)
    df = F.counted(F.extract(S.from_text("Final Communiqué of ECOWAS\n\nThe Authority approves the budget in the amount of UA "
                                          "412,500,000. The UA 5 programme ends.\n")))
    assert df[["text", "kind", "unit"]].values.tolist() == [["UA 412,500,000", "money", "XUA"]]


def test_armed_forces_by_name_and_a_broadcaster_named_after_a_country():
    st = S.from_text("Joint Statement of Australia, France and Indonesia\n\nJakarta, 3 May 2025\n\nThe Australian Defence Force "
                     "and the Tentara Nasional Indonesia will conduct joint patrols. The leaders welcomed the work of media "
                     "outlets, including Radio France Internationale and France 24, in several countries of the region. "
                     "Australia announced A$10 million and France 5 million euros.\n")
    assert C.extract(st)[["actor", "verb", "body"]].values.tolist() == [
        ["Australia and Indonesia", "will", "The Australian Defence Force and the Tentara Nasional Indonesia"],
        ["all", "welcome", ""], ["Australia", "announce", ""], ["France", "announce", ""]]
    df = E.extract(st).set_index("name")
    assert df.loc["France 24", "type"] == "organization" and df.loc["Radio France Internationale", "type"] == "organization"
    # ("In 2025 the Commission allocated ...": the year opens the sentence, not the name)
    df = E.extract(S.from_text("Council conclusions on the Sahel\n\nBrussels, 3 May 2025\n\nIn 2025 the Commission allocated "
                               "EUR 268 million.\n"))
    assert not any(n.startswith("2025") for n in df.name)


def test_amounts_shared_out_in_a_clause_about_the_givers_named_before_it():
    st = S.from_text("Chairman's Statement of the 47th ASEAN Summit\n\nKuala Lumpur, 26 October 2025\n\nWe, the Heads of State "
                     "or Government of the Member States of ASEAN, met in Kuala Lumpur.\n\nWe welcomed the contributions of "
                     "Japan, Australia and the Republic of Korea, which pledged US$5 million, US$3 million and US$2 million "
                     "respectively to the ASEAN Centre.\n")
    rows = C.extract(st)
    assert rows[["actor", "verb"]].values.tolist() == [
        ["all", "welcome"], ["Japan", "pledge"], ["Australia", "pledge"], ["South Korea", "pledge"]]
    assert [[d for d in ds if d.startswith("numeric")] for ds in rows.catalyst_details.tolist()[1:]] == [
        ["numeric target: US$5 million"], ["numeric target: US$3 million"], ["numeric target: US$2 million"]]


def test_targets_written_as_hyphen_ranges_temperatures_points_and_numbers_in_words():
    st = S.from_text("Joint Statement of Brazil and Norway\n\nOslo, 3 May 2025\n\nBrazil will reduce emissions by at least "
                     "70-75 per cent by 2035. Brazil will cut tariffs by 2-3%. Norway will provide 50-60 MW of capacity. Brazil "
                     "will hold the warming to 1.5°C. Norway will raise the share by 15 percentage points. Brazil will train "
                     "one hundred and twenty officials. Norway will review them every 12 months. Brazil will meet on 3-4 May "
                     "2026.\n")
    got = [[d for d in ds if d.startswith("numeric")] for ds in C.extract(st).catalyst_details]
    assert got == [["numeric target: at least 70-75 per cent"], ["numeric target: 2-3%"], ["numeric target: 50-60 MW"],
                   ["numeric target: 1.5°C"], ["numeric target: 15 percentage points"],
                   ["numeric target: one hundred and twenty"], [], []]
    # (a range makes the pledge firm, as a single figure does)
    assert C.extract(st).strength.tolist()[:3] == [4, 4, 4]


def test_a_where_clause_closes_and_the_subject_goes_on_to_its_next_verb():
    st = S.from_text("Joint Communiqué of the African Union and the European Union\n\nBrussels, 21 May 2025\n\nMinisters expressed "
                     "deep concern about the situation in Sudan, where more than 12 million people have been displaced, and "
                     "called on all parties to the conflict to agree to an immediate ceasefire. The leaders welcomed the "
                     "Conference held in Rome, where participants announced commitments of USD 5 billion.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["both", "express", "acknowledgement"], ["both", "call on", "endorsement"], ["both", "welcome", "endorsement"]]


def test_where_a_figure_stands_now_is_no_target():
    st = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 May 2025\n\nJapan will raise defence "
                     "spending to 2% of GDP by 2028, up from about 1.3% in 2025.\n")
    assert C.extract(st).catalyst_details.tolist() == [["numeric target: 2%", "timeline: by 2028"]]


def test_partners_set_off_after_who_acts_are_not_actors_unless_they_are_parties():
    st = S.from_text("Council conclusions on the Sahel\n\nBrussels, 3 May 2025\n\nThrough the Team Europe approach, the EU and "
                     "its Member States, together with the European Investment Bank and the European Bank for Reconstruction "
                     "and Development, will pool resources of EUR 2 billion.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["European Union", "will"]]
    st = S.from_text("Joint Statement of Japan and Korea\n\nTokyo, 3 May 2025\n\nJapan, together with Korea, will fund schools. "
                     "Japan, together with the World Bank, will build roads.\n")
    assert C.extract(st)["actor"].tolist() == ["both", "Japan"]


def test_the_parties_own_groups_meeting_and_the_trilateral_acting():
    st = S.from_text("Agreed Minutes of the Joint Commission between Kazakhstan and Uzbekistan\n\nAstana, 14 March 2026\n\nEach "
                     "working group shall meet at least twice a year and report to the co-chairs by the end of Q4 2026. The "
                     "working groups will meet in May.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "shall"], ["both", "will"]]
    st = S.from_text("Joint Statement of Japan, the Philippines and the United States\n\nWashington, 4 March 2026\n\nThe "
                     "trilateral will also strengthen supply chains for critical minerals.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["all", "will"]]


def test_research_bodies_by_name_and_a_number_with_thousands_in_a_participle_clause():
    st = S.from_text("Joint Statement of Brazil and China\n\nBeijing, 3 May 2025\n\nEmbrapa will train 40 researchers. The "
                     "Empresa Brasileira de Pesquisa Agropecuária (Embrapa) and the Chinese Academy of Agricultural Sciences will "
                     "establish a Joint Laboratory. China is a leading investor, with more than 1,100 Chinese companies "
                     "established in the country.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Brazil", "will"], ["both", "will"]]


def test_numbers_in_words_are_one_target():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will "
                     "provide two hundred and fifty million dollars. Argentina will train half a million young people. "
                     "Brazil will plant a billion trees.\n")
    assert [d for ds in C.extract(st)["catalyst_details"] for d in ds] == [
        "numeric target: two hundred and fifty million dollars", "numeric target: half a million",
        "numeric target: a billion"]


def test_a_contribution_thanked_for_is_what_was_given_not_a_pledge():
    assert [r[:3] for r in rows_of("Argentina thanked President Lula for Brazil's contribution of $12 million to the fund.")] == [
        ("Argentina", "thank", "endorsement")]
    # welcomed, it may be new; a decision acknowledged is still the other's position
    assert [r[:2] for r in rows_of("Brazil welcomed Argentina's contribution of $5 million to the fund.")] == [
        ("Brazil", "welcome"), ("Argentina", "contribute")]
    assert [r[:2] for r in rows_of("Brazil acknowledged Argentina's decision to host the summit.")] == [
        ("Brazil", "acknowledge"), ("Argentina", "decide")]


def test_what_the_third_review_found():
    # "and" before a participle and a noun is no second verb
    assert rows_of("The two sides remain committed to peace and shared prosperity.") == [
        ("both", "commit", "endorsement", False, "peace and shared prosperity")]
    # a grant in a later clause is the giver's, whatever was thanked before it
    assert [r[:2] for r in rows_of("Argentina thanked Brazil for hosting the summit, and Brazil's grant of $5 million "
                                    "will be disbursed in 2026.")] == [("Argentina", "thank"), ("Brazil", "grant")]
    # "and" joins numbers in words only after hundred, thousand, million or billion; no years
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will fund "
                     "between two and three million dollars of projects. Argentina will celebrate a thousand years of "
                     "shared history.\n")
    assert [d for ds in C.extract(st)["catalyst_details"] for d in ds] == ["numeric target: three million dollars"]
    # a verbless item keeps its lead-in's position, so the lead-in stays
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe two sides "
                     "agreed to the following commitments:\n\n- Cooperation on energy. Brazil will provide $5 million.\n"
                     "- Argentina will host the forum in 2026.\n")
    assert C.extract(st)["target"].tolist()[0] == "the following commitments"


def test_partners_with_no_determiner_are_any_partners_not_the_signatories():
    rows = rows_of("The leaders welcomed the Just Energy Transition Partnership, under which partners have pledged "
                   "US$20 billion. Countries will need to adapt.")
    assert [r[:3] for r in rows] == [("both", "welcome", "endorsement")]  # (no pledge of "both")
    assert rows_of("The partners will mobilize US$8 billion.")[0][:3] == ("both", "will", "commitment")
    assert rows_of("Both partners will mobilize US$8 billion.")[0][:2] == ("both", "will")
    # headline-style subjects of communiqués are still the signatories
    assert rows_of("Leaders agreed to meet again in 2026.")[0][:2] == ("both", "agree")
    assert rows_of("Parties shall notify each other of any change.")[0][:2] == ("both", "shall")


def test_a_condition_between_a_report_and_its_pronoun_and_an_inverted_condition_with_a_name():
    def conds(sentences):
        st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 5 March 2024\n\nCooperation\n\n" + sentences + "\n")
        return [(r.actor, r.verb, r.condition, r.target) for r in C.extract(st).itertuples()]

    assert conds("Kenya said that, should Japan agree, it would host the summit.") == [
        ("Kenya", "would", "should Japan agree", "host the summit")]
    assert conds("Kenya said, once funding is secured, it would build the road.") == [
        ("Kenya", "would", "once funding is secured", "build the road")]
    assert conds("Japan will expand training, should Kenya request it.")[0][2] == "should Kenya request it"
    # (a reported clause with no condition, and an aside that is none, as before)
    assert conds("Kenya said it would host the summit.") == [("Kenya", "would", "", "host the summit")]
    assert conds("Kenya noted that, as the largest donor, it would host the summit.")[0][:2] == ("Kenya", "note")


def test_what_the_fourth_probe_found():
    def rows(sentences):
        st = S.from_text("Joint Statement of the United States and Kenya\n\nNairobi, 5 March 2024\n\nCooperation\n\n"
                         + sentences + "\n")
        return [(r.actor, r.verb, bool(r.negated), r.condition) for r in C.extract(st).itertuples()]

    # a body whose head word comes before "of" or "for", after a country's adjective: the party's, by name
    assert rows("The U.S. Agency for International Development (USAID) will provide $45 million. The U.S. Department "
                "of Agriculture will train 1,200 extension workers.") == [
        ("United States", "will", False, ""), ("United States", "will", False, "")]
    st = S.from_text("Joint Statement of the United States and Kenya\n\nThe U.S. Agency for International Development "
                     "(USAID) will provide $45 million. The U.S. Department of Agriculture will train 1,200 extension workers.\n")
    assert C.extract(st).body.tolist() == ["The U.S. Agency for International Development",
                                           "The U.S. Department of Agriculture"]
    # "Decides not to", "agreed not to": negated
    assert rows("Kenya decided not to impose sanctions at this stage. The United States agreed not to deploy troops.") == [
        ("Kenya", "decide", True, ""), ("United States", "agree", True, "")]
    # an inverted condition with no comma before it
    assert rows("Kenya will consider targeted measures against spoilers should the ceasefire be violated.") == [
        ("Kenya", "will", False, "should the ceasefire be violated")]


def test_a_second_verb_after_and_and_a_leaders_own_government():
    assert rows_of("Argentina already spends more than 4 percent of GDP on defence and intends to reach 5 percent in "
                   "2025.") == [("Argentina", "intend", "intention", False, "reach 5 percent in 2025")]
    assert [r[:3] for r in rows_of("The Leaders welcomed the use of local currencies in trade and aim to raise this share "
                                   "to 25 percent within three years.")] == [
        ("both", "welcome", "endorsement"), ("both", "aim", "intention")]
    assert rows_of("The process takes time and requires patience.") == []
    head = ("Joint Statement of the Philippines and Japan\n\nManila, 5 March 2024\n\nCooperation\n\nPhilippine President "
            "Ferdinand Marcos Jr. met Prime Minister Kishida Fumio of Japan. ")
    got = [(r.actor, r.verb, r.target) for r in C.extract(S.from_text(
        head + "President Marcos replied that his government would try to resolve them within the year. President Marcos "
        "said that he would visit Tokyo.\n")).itertuples()]
    assert got == [("Philippines", "would", "try to resolve them within the year"), ("Philippines", "would", "visit Tokyo")]


def test_a_meeting_that_will_be_held_takes_no_position_and_a_council_demands():
    assert rows_of("The VI Binational Cabinet Meeting will be held in Santiago in 2025.") == []
    assert [r[:3] for r in rows_of("The Council condemns the attacks on civilians and demands that the M23 immediately "
                                   "withdraw from Goma.")] == [
        ("The Council", "condemn", "endorsement"), ("The Council", "demand", "endorsement")]


def test_a_courtesy_before_a_name_opens_the_subject():
    st = S.from_text("Joint Statement of India and the United Arab Emirates\n\nAbu Dhabi, 5 March 2024\n\nTrade\n\nHis Highness "
                     "Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, and Shri Narendra Modi, Prime "
                     "Minister of India, reviewed the implementation of the Agreement. The General Assembly will meet.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("both", "review"), ("General Assembly", "will")]


def test_refusals_are_negated_positions():
    assert [(r[0], r[1], r[3]) for r in rows_of(
        "Brazil cannot accept the characterization. Argentina is unable to agree to the proposal. Brazil is not in a "
        "position to endorse the plan. Argentina is in a position to help.")] == [
        ("Brazil", "can", True), ("Argentina", "be able", True), ("Brazil", "be in a position", True),
        ("Argentina", "be in a position", False)]


def test_two_countries_are_both_only_when_they_are_the_parties():
    st = S.from_text("Declaration of the Association of Caribbean Ports\n\nPanama City, 5 March 2024\n\nColombia hosted the "
                     "meeting. Peru and Ecuador will jointly dredge the channel.\n")
    assert [r.actor for r in C.extract(st).itertuples()] == ["Peru and Ecuador"]
    assert rows_of("Brazil and Argentina will jointly dredge the channel.")[0][0] == "both"


def test_a_bank_of_a_country_acts_as_itself_and_a_recipient_takes_no_position():
    assert [r[0] for r in rows_of("The Bank of China will establish a clearing arrangement. The Federal Government of "
                                  "Argentina will open an office. Nordic Energy Research will receive NOK 100 million.")] == [
        "Bank of China", "Argentina"]


def test_what_the_review_of_the_commitment_rules_found():
    assert rows_of("Brazil cannot overemphasize the importance of peace. Argentina cannot but welcome the progress.") == []
    assert [(r[0], r[3]) for r in rows_of("Brazil is not unable to assist.")] == [("Brazil", False)]
    assert rows_of("Argentina was unable to attend the meeting.") == []
    assert [r[0] for r in rows_of("Brazil, Argentina and partners will mobilize $5 billion.")] == ["both"]
    assert [r[0] for r in rows_of("JICA will receive trainees from Kenya and provide scholarships.")] == ["JICA"]
    assert [r[0] for r in rows_of("The Honourable Members of Parliament will visit Tokyo. Tun Mahathir will attend.")] == [
        "Honourable Members of Parliament", "Tun Mahathir"]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe Parties shall "
                     "consult each other should a dispute arise. Brazil will provide loans should Argentina request them.\n")
    assert C.extract(st)["condition"].tolist() == ["should a dispute arise", "should Argentina request them"]


def test_a_pledge_written_as_a_participle_is_its_agents():
    assert [r[:3] for r in rows_of("The leaders welcomed the USD 10 million contribution pledged by Brazil to the fund and "
                                   "will meet again.")] == [
        ("both", "welcome", "endorsement"), ("Brazil", "pledge", "commitment"), ("both", "will", "commitment")]
    # not atrocities committed by someone, nor a clause of its own
    assert [r[:2] for r in rows_of("The two sides condemn the atrocities committed by the armed group.")] == [
        ("both", "condemn")]
    assert rows_of("The funds were pledged by Argentina in 2020.") == []


def test_what_the_second_review_found():
    assert [r[:2] for r in rows_of("Brazil was unable to attend the Summit and will send a minister to the next one.")] == [
        ("Brazil", "will")]
    assert [r[:2] for r in rows_of("Brazil and Argentina expressed concern over the export controls announced by China.")] == [
        ("both", "express")]
    assert [(r[0], r[1], r[3]) for r in rows_of("Brazil welcomed the debt relief not yet pledged by Argentina.")][1] == (
        "Argentina", "pledge", True)
    assert [(r[0], r[3]) for r in rows_of("Brazil cannot help finance the coal plant.")] == [("Brazil", True)]
    assert rows_of("Argentina cannot help but welcome the progress.") == []


def test_agreeing_that_a_view_holds_is_no_commitment_and_an_agreed_promise_counts_once():
    def rows(sentence):
        st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 5 March 2024\n\nCooperation\n\n" + sentence + "\n")
        return [(r.actor, r.verb, r.category) for r in C.extract(st).itertuples()]

    assert rows("The two sides agreed that the UN Charter remains central to the international order.") == [
        ("both", "agree", "acknowledgement")]
    # an act agreed on, in the subjunctive or the present, or in a second "that" clause, binds
    for binding in ("The two sides agreed that an expert group be convened before the end of 2025.",
                    "The two sides agreed that Kenya hosts the next meeting.",
                    "The two sides agreed that the talks were productive, and that the next round will be held in Tokyo."):
        assert rows(binding)[0] == ("both", "agree", "commitment"), binding
    # a binding word in the clause keeps it binding, past a phrase between commas
    assert rows("The two sides agreed that the portfolio of works, estimated at US$ 6,700 million, shall be reviewed "
                "before the end of the year.")[0] == ("both", "agree", "commitment")
    assert rows("The two sides agreed that the next Binational Cabinet Meeting will be held in Lima in 2025.") == [
        ("both", "agree", "commitment")]
    # ... but not one in the next clause of the sentence
    assert rows("Japan and Kenya agreed that cooperation in health is important, and will hold talks in 2025.") == [
        ("both", "agree", "acknowledgement"), ("both", "will", "commitment")]
    # the same promise is listed once, and someone else's promise stays apart from the agreement
    assert rows("The two sides agreed that they will hold the next meeting in Tokyo in 2025.") == [("both", "will", "commitment")]
    assert rows("The two sides agreed that Japan will host the next meeting in 2025.") == [
        ("both", "agree", "commitment"), ("Japan", "will", "commitment")]


def test_a_position_after_a_first_verb_that_takes_none_keeps_the_sentence_subject():
    assert [(a, v, c) for a, v, c, _, _ in rows_of(
        "Today, the leaders elevated the bilateral relationship to a Strategic Partnership and agreed to deepen cooperation. "
        "Today, Brazil hosted the talks and pledged USD 5 million. "
        "The two presidents held talks in Brasília and decided to establish a joint commission. "
        "The programme supported farmers and reduced poverty.")] == [
        ("both", "elevate", "commitment"), ("both", "agree", "commitment"), ("Brazil", "pledge", "commitment"),
        ("both", "decide", "commitment")]


def test_a_denial_after_and_keeps_the_subject():
    assert [(a, v, n, t) for a, v, _, n, t in rows_of(
        "Brazil rejects any unconstitutional change of government and does not recognize authorities installed by force. "
        "Argentina supports the plan but did not endorse the budget.")] == [
        ("Brazil", "reject", False, "any unconstitutional change of government"),
        ("Brazil", "recognize", True, "authorities installed by force"),
        ("Argentina", "support", False, "the plan"), ("Argentina", "endorse", True, "the budget")]


def test_a_long_condition_is_read_to_its_end_and_a_very_long_one_says_it_is_cut():
    st = S.from_text("Joint Statement of Germany and Namibia\n\nWindhoek, 5 March 2024\n\nGermany is prepared to mobilise a "
                     "EUR 500 million guarantee facility, provided that Namibia adopts its Green Hydrogen and Derivatives "
                     "Strategy into law by the end of 2025. Germany will fund the port if the Parliament of Namibia approves the "
                     "budget of the port authority for the fiscal year and the plan of the ministry for the two coastal towns "
                     "in the south of the country.\n")
    conds = C.extract(st).condition.tolist()
    assert conds == ["provided that Namibia adopts its Green Hydrogen and Derivatives Strategy into law by the end of 2025",
                     "if the Parliament of Namibia approves the budget of the port authority for the fiscal year and the plan "
                     "of the ministry …"]


def test_a_party_that_may_or_could_act_states_an_intention_and_a_prediction_states_none():
    assert [(a, v, c, n) for a, v, c, n, _ in rows_of(
        "Brazil may provide additional funding if matched by private investment. Argentina could also contribute experts. "
        "Without aid, Argentina could face a crisis. The programme was designed so that Brazil may benefit. "
        "Argentina could host up to 500 companies. Argentina may qualify for debt relief.")] == [
        ("Brazil", "may", "intention", False), ("Argentina", "could", "intention", False)]
    # (or of doing a thing together: "may hold a joint exercise", not "may hold elections")
    assert [(a, v, c) for a, v, c, _, _ in rows_of(
        "Brazil and Argentina may also hold a joint exercise in 2027, subject to the availability of assets. Argentina may "
        "hold elections in 2027. The two sides could conduct coordinated patrols.")] == [
        ("both", "may", "intention"), ("both", "could", "intention")]


def test_subjects_by_ranked_title_after_a_list_and_in_either_order():
    st = S.from_text("Joint Declaration of Germany and Brazil\n\nThe Federal Chancellor of the Federal Republic of Germany, "
                     "Friedrich Merz, and the President of the Federative Republic of Brazil, Luiz Inácio Lula da Silva, "
                     "reaffirmed the Strategic Partnership. Türkiye facilitated the declaration between Germany and Somalia, "
                     "and both sides reaffirmed their support.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "reaffirm"], ["both", "reaffirm"]]
    st = S.from_text("Cairo Declaration of Egypt, Greece and Cyprus\n\nCyprus and Greece commend the role of Egypt. Greece "
                     "and Cyprus acknowledge the burden borne by Egypt.\n")
    assert C.extract(st).actor.tolist() == ["Greece and Cyprus", "Greece and Cyprus"]


@pytest.mark.parametrize("marker", ["1.", "-", "(a)"])
def test_list_items_in_the_past_tense_under_a_chapeau(marker):
    items = [("Welcomed the completion of the border post;", "welcome"),
             ("Agreed to convene the Joint Border Commission within six months.", "agree")]
    body = "\n\n".join(f"{marker.replace('1', str(k + 1)).replace('a', 'ab'[k])} {t}" for k, (t, _) in enumerate(items))
    st = S.from_text(f"Joint Communiqué of Kenya and Uganda\n\nNairobi, 3 May 2024\n\nThe Ministers:\n\n{body}\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", v] for _, v in items]


def test_both_before_a_list_of_the_parties():
    st = S.from_text("Joint Statement of Japan and Korea\n\nBoth Japan and Korea intend to expand cooperation on chips. "
                     "Both Prime Minister Kishida and President Yoon agreed to meet again.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["both", "intend", "intention"], ["both", "agree", "commitment"]]


@pytest.mark.parametrize("sentence", [
    "Japan had committed USD 5.5 billion to Kenya.",
    "Japan pledged USD 5 million at the conference held in Geneva last December.",
    "Japan pledged £50 million at the 2022 Nutrition for Growth Summit.",
])
def test_pledges_made_before_the_statement_are_history(sentence):
    st = S.from_text(f"Joint Statement of Japan and Kenya\n\nTokyo, 10 June 2024\n\n{sentence} Japan will provide USD 2 million.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Japan", "will"]]


def test_the_council_of_a_groups_communique_is_the_group():
    st = S.from_text("FINAL COMMUNIQUÉ OF THE SUPREME COUNCIL OF THE GULF COOPERATION COUNCIL\n\nDoha, 5 December 2023\n\n"
                     "The Supreme Council approved the allocation of SAR 300 million to the Centre. The Council welcomed "
                     "the progress of the railway.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["Gulf Cooperation Council", "approve"], ["Gulf Cooperation Council", "welcome"]]


def test_a_goals_number_is_no_numeric_target():
    st = S.from_text("Joint Statement of Japan and Egypt\n\nCairo, 5 May 2024\n\nThe two sides will work to achieve SDG 7 "
                     "and Goal 13.\n")
    assert C.extract(st)[["strength_label", "catalyst_details"]].values.tolist() == [["commitment", []]]


def test_subjects_after_a_word_of_time_each_party_and_a_verb_in_progress():
    st = S.from_text("Joint Statement of Japan and India\n\nTokyo, 10 June 2024\n\nToday we announce the launch of the "
                     "Corridor. Each country will contribute EUR 150,000 per year. Japan is providing medical equipment, and "
                     "will continue to provide ¥27 billion in health assistance. The French Treasury will provide €70 million.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["both", "announce"], ["both", "will"], ["Japan", "provide"], ["Japan", "will"], ["French Treasury", "will"]]


def test_what_will_foretells_is_no_commitment():
    st = S.from_text("Joint Statement of the United Kingdom and Ukraine\n\nUkraine will emerge from the war as a sovereign "
                     "democracy. Ukraine will prevail. The United Kingdom will provide £3 billion.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["United Kingdom", "will"]]


def test_a_reaffirmed_commitment_is_one_position():
    st = S.from_text("Joint Statement of the United Kingdom and Ukraine\n\nThe United Kingdom reaffirmed that it will provide "
                     "Ukraine with £3 billion of military support every year. Saudi Arabia affirmed that it will consider "
                     "extending the deposit, subject to the progress of the programme. Both sides reaffirmed that the "
                     "partnership is strong.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "conditional"]].values.tolist() == [
        ["United Kingdom", "will", "commitment", False], ["Saudi Arabia", "will", "intention", True],
        ["both", "reaffirm", "endorsement", False]]


def test_national_offices_and_the_two_sides_people_named_together():
    text = ("Secretary Blinken's Meeting with Chinese Foreign Minister Wang Yi\n\nOffice of the Spokesperson\nApril 26, 2024\n\n"
            "Secretary of State Antony J. Blinken met Foreign Minister Wang Yi today in Beijing. Secretary Blinken and Foreign "
            "Minister Wang discussed the importance of open channels of communication between the United States and the "
            "People's Republic of China. The Secretary reiterated that the "
            "United States will not seek a new Cold War. The Secretary and the Foreign Minister acknowledged the value of "
            "people-to-people ties.\n")
    st = S.from_text(text)
    people = E.extract(st)
    assert people.loc[people.name == "Antony J. Blinken", "country"].iloc[0] == "United States"
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [
        ("both", "discuss"), ("United States", "will"), ("both", "acknowledge")]  # (what it reiterated: one position)
    # (not where the United Kingdom, with Secretaries of State of its own, is a party without the United States)
    uk = E.extract(S.from_text("Joint Statement of the United Kingdom and Ireland\n\nSecretary of State Hilary Benn and "
                               "Taoiseach Micheál Martin met in Belfast.\n"))
    assert uk.set_index("name").loc[["Hilary Benn", "Micheál Martin"], "country"].tolist() == ["United Kingdom", "Ireland"]
    # nor is a Secretary of State the United States' in a text it is no party to
    de = E.extract(S.from_text("Joint Declaration of Germany and Kenya\n\nState Secretary and Special Envoy Jennifer Morgan and "
                               "Secretary of State Anna Lührmann met.\n"))
    assert de.set_index("name").loc["Anna Lührmann", "country"] != "United States"
    rows = C.extract(S.from_text("Joint Statement of Japan and Kenya\n\nKenya and the Secretary-General discussed the crisis.\n"))
    assert rows.actor.tolist() == ["Kenya and the Secretary-General"]


def test_the_parts_of_one_thing_listed_inside_a_sentence_stay_one_position():
    rows = rows_of("Brazil requests the Secretariat to submit, within ninety days, a report on options, including: (a) an "
                   "assessment of the situation; (b) recommendations on support; and (c) an estimate of costs. Argentina "
                   "decides to: (a) open a consulate; (b) appoint an envoy.")
    assert [(a, v, t[:40]) for a, v, _, _, t in rows] == [
        ("Brazil", "request", "the Secretariat to submit, within ninety"),
        ("Argentina", "decide", "open a consulate"), ("Argentina", "decide", "appoint an envoy")]
    # (actions listed after "in particular:" or "namely:" stay one position each)
    rows = rows_of("The leaders agreed, namely: (a) to establish a fund; (b) to hold talks.")
    assert [t for _, _, _, _, t in rows] == ["to establish a fund", "to hold talks"]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nBrazil will report within ninety days.\n")
    assert C.extract(st).catalyst_details.tolist() == [["timeline: within ninety days"]]


def test_a_text_taking_effect_is_no_position():
    assert [(a, v) for a, v, _, _, _ in rows_of(
        "The Joint Committee will meet yearly. It will take effect on the date of signature and remain in effect for five "
        "years. The Agreement shall enter into force on 1 January 2026. Brazil will terminate the old programme.")] == [
        ("Joint Committee", "will"), ("Brazil", "will")]


def test_a_later_month_of_the_statements_year_after_the_verb_is_ahead_and_a_bare_month_before_it_is_history():
    # (rows_of's statement is dated 12 March 2025)
    assert [(a, v, t) for a, v, _, _, t in rows_of(
        "The Presidents agreed to meet again at the Mercosur Summit in December 2025. The Presidents agreed to meet again "
        "in November. In November, Brazil launched a fund. Brazil signed the accord in January. Argentina signed the "
        "accord in February 2025.")] == [
        ("both", "agree", "meet again at the Mercosur Summit in December 2025"), ("both", "agree", "meet again in November")]


def test_conditions_set_off_by_a_comma_asides_and_positions_after_a_denial():
    rows = rows_of("Brazil will provide USD 8.5 million to the Police, subject to the conclusion of a partnership arrangement. "
                   "Brazil will export goods subject to tariffs. They did not, however, agree to expand it to ammunition. "
                   "The ministers did not agree on return hubs and agreed to continue discussions. "
                   "The ministers recalled the commitment made at COP29 to triple finance. "
                   "The ministers recalled their commitment to triple finance by 2030.")
    assert [(a, v, c, n) for a, v, c, n, _ in rows] == [
        ("Brazil", "will", "commitment", False), ("Brazil", "will", "commitment", False), ("both", "agree", "acknowledgement", True),
        ("both", "agree", "acknowledgement", True), ("both", "agree", "commitment", False),
        ("both", "recall", "acknowledgement", False), ("both", "recall", "commitment", False)]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nBrazil will provide USD 8.5 million "
                     "to the Police, subject to the conclusion of a partnership arrangement. Brazil will export goods subject "
                     "to tariffs.\n")
    assert C.extract(st).condition.tolist() == ["subject to the conclusion of a partnership arrangement", ""]


def test_a_deadline_written_in_digits_is_a_timeline():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nBrazil will hold the dialogue in "
                     "Paris before 31/12/2025.\n")
    assert C.extract(st).catalyst_details.tolist() == [["timeline: before 31/12/2025"]]


def test_the_two_alone_may_be_any_two():
    # ("the two" stands for the last two named, not always the parties)
    assert [(a, v) for a, v, _, _, _ in rows_of(
        "Kenya and Uganda signed a border agreement, and the two will demarcate the boundary.")] == [
        ("Kenya and Uganda", "sign"), ("Kenya and Uganda", "will")]


def test_dates_inside_what_is_agreed_to_date_nothing_past():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 10 December 2024\n\nCooperation\n\n"
                     "The two sides agreed to hold the next round of talks in January. The ministers committed to double trade "
                     "from 2020 to 2024 levels by 2030. Japan committed in November to provide USD 5 million. Japan signed the "
                     "accord in January.\n")
    assert [r.verb for r in C.extract(st).itertuples()] == ["agree", "commit"]
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 10 February 2025\n\nCooperation\n\nBoth sides agreed not "
                     "to allow third countries to undermine the corridor and to remain in close contact ahead of the meeting in "
                     "July.\n")
    assert [(r.verb, r.negated) for r in C.extract(st).itertuples()] == [("agree", True)]


def test_may_and_could_only_for_a_party_acting_and_would_keeps_its_reported_promises():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 10 December 2024\n\nCooperation\n\n"
                     "President Ruto said that Kenya would lead the regional initiative on climate. China may invade Taiwan. "
                     "Without reforms, Kenya may default on its debt. The leaders noted that Japan could reach net zero earlier "
                     "than planned. Japan may provide additional funding.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("Kenya", "would"), ("both", "note"), ("Japan", "may")]


def test_what_the_review_of_the_later_rules_found():
    rows = rows_of("Brazil will export goods, subject to tariffs, to Argentina. The ministers recalled the shared commitment "
                   "to a free and open Indo-Pacific. Brazil and Argentina welcomed the merger of two regional bodies. The two "
                   "will combine their secretariats by 2026.")
    assert [(a, v, c) for a, v, c, _, _ in rows] == [
        ("Brazil", "will", "commitment"), ("both", "recall", "endorsement"), ("both", "welcome", "endorsement")]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nBrazil will export goods, subject "
                     "to tariffs, to Argentina.\n")
    assert C.extract(st).conditional.tolist() == [False]


def test_both_or_the_two_alone_are_the_parties_unless_two_other_things_were_just_named():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nTokyo, 8 February 2025\n\nPrime Minister Ishiba of Japan met "
                     "President Ruto of Kenya. Both welcomed the progress of the Mombasa Special Economic Zone. The two agreed "
                     "to hold the next summit in Nairobi in 2026. The two also committed to expand trade. Both will work to "
                     "conclude a tax treaty by 2027.\n")
    assert [(r.actor, r.verb, r.category) for r in C.extract(st).itertuples()] == [
        ("both", "welcome", "endorsement"), ("both", "agree", "commitment"), ("both", "commit", "commitment"),
        ("both", "will", "commitment")]
    # (the two bodies, not the parties: see test_what_the_review_of_the_later_rules_found)
    st = S.from_text("Joint Statement of Japan and Kenya\n\nTokyo, 8 February 2025\n\nThe leaders welcomed the twinning "
                     "of two port authorities. Both will exchange staff.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("both", "welcome")]


def test_a_failure_to_agree_is_noted_and_a_refusal_is_a_position():
    rows = rows_of("The two sides did not reach agreement on market access and will continue consultations. Argentina declined "
                   "to accept any linkage between migration and trade. Leaders did not reach consensus on deep sea mining. The "
                   "two sides agreed not to impose new tariffs. The two sides reached agreement on a new customs protocol. "
                   "Brazil refused to extradite the suspects.")
    assert [(a, v, c, n) for a, v, c, n, _ in rows] == [
        ("both", "reach agreement", "acknowledgement", True), ("both", "will", "commitment", False),
        ("Argentina", "decline", "endorsement", False), ("both", "reach agreement", "acknowledgement", True),
        ("both", "agree", "commitment", True), ("both", "reach agreement", "commitment", False),
        ("Brazil", "refuse", "endorsement", False)]


def test_agreeing_to_explore_announces_and_confirming_an_amount_gives_it():
    rows = rows_of("The leaders agreed to explore Brazilian participation in the port. They agreed to jointly study a new link. "
                   "They agreed to build a new port. Argentina confirmed US$20 million over four years. Brazil confirmed its "
                   "support for the plan.")
    assert [(a, v, c) for a, v, c, _, _ in rows] == [
        ("both", "agree", "intention"), ("both", "agree", "intention"), ("both", "agree", "commitment"),
        ("Argentina", "confirm", "commitment"), ("Brazil", "confirm", "endorsement")]
    # (the kind of money first: "confirmed financing of US$ 450 million", "a loan of US$ 300 million")
    rows = rows_of("The African Development Bank confirmed financing of US$ 450 million for the road. Argentina confirmed a loan "
                   "of US$ 300 million. Brazil confirmed its support for the road.")
    assert [(a, c) for a, _, c, _, _ in rows] == [
        ("African Development Bank", "commitment"), ("Argentina", "commitment"), ("Brazil", "endorsement")]


def test_deadlines_in_more_shapes():
    st = S.from_text("Joint Statement of Indonesia and Malaysia\n\nJakarta, 5 March 2025\n\nMalaysia will complete the road no "
                     "later than the 31st of December 2026. Indonesia will decide on the licence by end-2027. The ministers will "
                     "meet again in Riga in the autumn of 2026.\n")
    assert [(r.strength, r.catalyst_details) for r in C.extract(st).itertuples()] == [
        (4, ["timeline: no later than the 31st of December 2026"]), (4, ["timeline: by end-2027"]),
        (4, ["timeline: in the autumn of 2026"])]


def test_a_phrase_set_before_we_is_no_subject():
    st = S.from_text("Joint Statement of Australia, India, Japan and the United States\n\nWilmington, 21 September 2024\n\n"
                     "Under the Quad Climate Change Adaptation and Mitigation Package (Q-CHAMP), we will pursue new projects. "
                     "Under the Quad Health and Security Partnership, we will expand work.\n")
    assert C.extract(st).actor.tolist() == ["all", "all"]


def test_will_after_and_takes_the_subject_of_a_sentence_whose_first_verb_takes_no_position():
    rows = rows_of("Brazil has allocated BRL 9.4 billion to the model, and will continue to finance the model in 2026. "
                   "Argentina held talks with Chile and will host the summit. Exports rose by 5 percent, and will grow further. "
                   "The road was completed in 2020 and will be extended.")
    assert [(a, v) for a, v, _, _, _ in rows] == [("Brazil", "will"), ("Argentina", "will")]


def test_until_a_clause_is_a_condition_until_a_time_is_none():
    rows = C.extract(S.from_text(
        "Joint Statement of the United States and Mexico\n\nWashington, 12 March 2025\n\nThe United States will not lift "
        "the 25 percent tariff until Mexico further reduces the flow of fentanyl. The United States will keep the tariff until "
        "2030. Mexico will keep the office open until the end of 2026. Mexico will support Ukraine until the war ends. Mexico "
        "will stay until further notice.\n"))
    assert rows.condition.tolist() == ["until Mexico further reduces the flow of fentanyl", "", "", "until the war ends", ""]


def test_in_the_event_that_and_more_conditions():
    rows = C.extract(S.from_text(
        "Joint Statement of India and Nepal\n\nNew Delhi, 18 August 2025\n\nIn the event that the talks do not lead to an "
        "agreement, the two sides will refer the matter to the Court. Nepal will buy reactors subject to U.S. legal "
        "requirements. The two sides did not reach a common understanding on the border, and agreed to continue talks.\n"))
    assert rows[["actor", "verb", "category", "negated", "condition"]].values.tolist() == [
        ["both", "will", "commitment", False, "In the event that the talks do not lead to an agreement"],
        ["Nepal", "will", "commitment", False, "subject to U.S. legal requirements"],
        ["both", "reach agreement", "acknowledgement", True, ""], ["both", "agree", "commitment", False, ""]]


def test_items_that_open_on_will_or_on_not():
    rows = C.extract(S.from_text(
        "Joint Statement of China and Kenya\n\nBeijing, 5 September 2024\n\nTo this end, the Chinese side:\n\n- Will provide "
        "RMB 360 billion of financial support to Africa;\n- Will not attach any political conditions to its assistance;\n\n"
        "Kenya will:\n\n- not issue new licences for trawlers until the stocks recover;\n- ensure access.\n\nThe leaders met "
        "in May 2024.\n"))
    assert rows[["actor", "verb", "negated"]].values.tolist() == [
        ["China", "will", False], ["China", "will", True], ["Kenya", "will", True], ["Kenya", "will", False]]


def test_a_party_as_chair_an_offer_and_a_double_taxation_convention():
    rows = C.extract(S.from_text(
        "Joint Statement of the Philippines and Japan\n\nManila, 5 March 2026\n\nThe Philippines as ASEAN Chair will convene "
        "the first ASEAN Blue Economy Forum in Manila in August 2026. Japan will sign a double taxation convention. Japan "
        "offered to increase Japan's contribution to $500 million.\n"))
    assert rows[["actor", "verb", "category", "strength"]].values.tolist() == [
        ["Philippines", "will", "commitment", 4], ["Japan", "will", "commitment", 3], ["Japan", "offer", "intention", 2]]


def test_numbers_in_words_with_scales_inside_are_one_target():
    st = S.from_text("Joint Statement of the Netherlands and Kenya\n\nNairobi, 5 March 2025\n\nKenya will train one thousand "
                     "five hundred technicians. Kenya will give one and a half billion euros.\n")
    assert C.extract(st).catalyst_details.tolist() == [
        ["numeric target: one thousand five hundred"], ["numeric target: one and a half billion euros"]]


def test_what_the_review_of_the_later_commitment_rules_found():
    rows = C.extract(S.from_text(
        "Joint Statement of Japan and Kenya\n\nTokyo, 8 February 2025\n\nThe leaders welcomed the Mombasa Port project and the "
        "Olkaria geothermal project. Both will contribute to industrialisation. The two will be completed by 2028. Kenya will "
        "wait until the agreed target date. Kenya confirmed US$300 million had been received from Japan. The two sides "
        "confirmed $2 billion in bilateral trade in 2024. Japan pledged to strive for peace. Kenya will triple tax revenues. "
        "Japan has provided $5 million to Kenya, and will soon be joined by Korea. Kenya will participate in the event of "
        "the year.\n"))
    assert rows[["actor", "verb", "category", "conditional"]].values.tolist() == [
        ["both", "welcome", "endorsement", False], ["Kenya", "will", "commitment", False],
        ["Kenya", "confirm", "endorsement", False], ["both", "confirm", "endorsement", False],
        ["Japan", "pledge", "commitment", False], ["Kenya", "will", "commitment", False],
        ["Kenya", "will", "commitment", False]]
    assert rows.catalyst_details.tolist()[5] == ["numeric target: triple"]


def test_a_letter_that_lower_cases_to_two_does_not_shift_a_condition():
    st = S.from_text("Joint Declaration of Türkiye and Azerbaijan\n\nBaku, 5 March 2024\n\nTrade fairs in İzmir and İstanbul "
                     "will open. The Parties shall not impose new tariffs, unless otherwise agreed by the Joint Commission.\n")
    assert C.extract(st).condition.tolist() == ["unless otherwise agreed by the Joint Commission"]


def test_an_adverb_between_be_and_the_adjective():
    assert [(a, v) for a, v, _, _, _ in rows_of("We remain seriously concerned about the situation.")] == [("both", "express concern")]


def _june_rows(sentences: str) -> list[tuple]:
    """(actor, verb, category) of a Japan–Kenya statement dated 5 June 2025."""
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 5 June 2025\n\nCooperation\n\n" + sentences + "\n")
    return [(r.actor, r.verb, r.category) for r in C.extract(st).itertuples()]


def test_what_the_second_review_found():
    assert _june_rows(
        "Japan committed to the Paris Agreement targets in 2015. Japan decided to provide USD 5 million to Kenya in "
        "2023. Japan reaffirmed its commitment made in December. The two sides agreed that the visa waiver is "
        "extended for three years. The two sides agreed that Kenya hosts the next meeting, which is a sign of trust. "
        "The two sides agreed that dialogue is the only way out of the crisis.") == [
        ("Japan", "reaffirm", "commitment"), ("both", "agree", "commitment"), ("both", "agree", "commitment"),
        ("both", "agree", "acknowledgement")]


def test_what_the_third_review_found():
    assert _june_rows(
        "Japan reaffirmed in March 2024 its commitment to provide USD 5 million. The leaders agreed that a joint "
        "committee is hereby established. Kenya may extend its lead in the region. Japan could send a strong signal "
        "to investors. Japan may provide additional funding. Japan is hardly concerned about the situation. Japan is "
        "deeply concerned about the situation.") == [
        ("both", "agree", "commitment"), ("Japan", "may", "intention"), ("Japan", "express concern", "acknowledgement")]


def test_amounts_shared_out_respectively_are_each_actors_own():
    st = S.from_text(
        "Joint Statement of Japan and Kenya\r\n\r\nNairobi, 5 June 2025\r\n\r\nFinance\r\n\r\n"
        "Kenya and Japan will contribute US$10 million and US$5 million, respectively, to the Fund. "
        "The EIB and the World Bank will lend EUR 300 million and USD 250 million respectively to the programme. "
        "Japan and Kenya will host talks in Tokyo and Nairobi respectively. "
        "Japan and Kenya will provide USD 3 million, USD 2 million and USD 1 million respectively.\r\n")
    got = [(r.actor, r.catalyst_details) for r in C.extract(st).itertuples()]
    assert got == [
        ("Kenya", ["numeric target: US$10 million"]), ("Japan", ["numeric target: US$5 million"]),
        ("EIB", ["numeric target: EUR 300 million"]), ("World Bank", ["numeric target: USD 250 million"]),
        ("both", []),  # (places, not amounts: one row)
        # (three amounts for two actors do not pair: one row)
        ("both", ["numeric target: USD 3 million", "numeric target: USD 2 million", "numeric target: USD 1 million"]),
    ]


def test_an_announcement_of_a_bodys_or_a_ministers_commitment_is_one_row():
    st = S.from_text(
        "Joint Statement of Egypt and Saudi Arabia\n\nCairo, 15 October 2024\n\nEconomy\n\n"
        "The Saudi side announced that the Public Investment Fund (PIF) will invest 56 billion riyals in the Egyptian economy. "
        "Egypt's Minister of Finance, Ahmed Kouchouk, announced that Egypt aims to cut its deficit by 2 percent. "
        "Saudi Arabia announced that Egypt will host the next round.\n")
    got = [(r.actor, r.verb) for r in C.extract(st).itertuples()]
    assert got[:2] == [("Saudi Arabia", "announce"), ("Egypt", "aim")]
    # (one party announcing what the other will do: both rows stay)
    assert got[2:] == [("Saudi Arabia", "announce"), ("Egypt", "will")]


def test_what_a_recall_tells_and_what_was_done_at_that_summit_are_history():
    st = S.from_text(
        "G7 Foreign Ministers' Statement\n\nCharlevoix, 14 March 2025\n\nUkraine\n\n"
        "We recall that at the Apulia Summit in June 2024, G7 Leaders agreed to make available approximately US$50 billion "
        "to Ukraine. At that Summit, the EU announced a package of EUR 150 billion. Leaders recalled that they endorsed the "
        "2050 Strategy and welcomed its plan. We recall that we will meet again in June and will continue to support Ukraine.\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("all", "recall", "acknowledgement"), ("all", "recall", "acknowledgement"),
        # (what is still to be done stays a position, once)
        ("all", "will", "commitment"), ("all", "will", "commitment")]
    assert df.target[0].endswith("to make available approximately US$50 billion to Ukraine")


def test_a_condition_runs_past_the_comma_inside_a_number():
    st = S.from_text("Joint Declaration of Argentina and Chile\n\nSantiago, 5 June 2025\n\nConnectivity\n\n"
                     "Chile will reopen the tender, if the IDB confirms co-financing of at least USD 1,500 million, in 2026.\n")
    assert C.extract(st).condition.tolist() == ["if the IDB confirms co-financing of at least USD 1,500 million"]


def test_a_relative_clause_set_off_by_commas_is_the_things_not_the_partys():
    st = S.from_text("Joint Statement of Japan and the Philippines\r\n\r\nManila, 4 May 2024\r\n\r\nInfrastructure\r\n\r\n"
                     "Japan will extend JPY 5 billion for the Port Project, which, when completed, will carry 5,000 containers "
                     "a day.\r\n")
    df = C.extract(st)
    assert [(r.actor, r.verb) for r in df.itertuples()] == [("Japan", "will")]
    assert df.target[0].startswith("extend JPY 5 billion for the Port Project, which, when completed, will carry")


def test_should_announces_an_intention_only_before_a_verb_that_explores_or_gives():
    assert _june_rows(
        "Japan should consider hosting the next meeting. The European Union should consider scaling up its support. "
        "The reform should be ambitious. Kenya should benefit from the fund. The two sides agreed that trade should grow.") == [
        # (what they agree ought to be is a view they share, no act of theirs)
        ("Japan", "should", "intention"), ("European Union", "should", "intention"), ("both", "agree", "endorsement")]


def test_a_second_country_and_its_amount_after_a_shared_verb_are_its_own_row():
    from communique.briefing import position_text

    st = S.from_text("Joint Statement of Australia and New Zealand\n\nWellington, 5 June 2025\n\nPacific\n\n"
                     "Australia announced A$10 million and New Zealand NZ$5 million for the fund. "
                     "Australia will host the forum in 2026 and New Zealand in 2027.\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.target, r.catalyst_details) for r in df.itertuples()][:2] == [
        ("Australia", "announce", "A$10 million for the fund", ["numeric target: A$10 million"]),
        ("New Zealand", "announce", "NZ$5 million for the fund", ["numeric target: NZ$5 million"])]
    assert position_text(st, df.iloc[1].to_dict()) == "announced NZ$5 million for the fund"
    assert df.actor.tolist()[2:] == ["Australia"]  # (a year is no amount: one row)


def test_actions_opening_the_items_of_a_declaration_are_the_signatories_commitments():
    st = S.from_text(
        "Melbourne Declaration of ASEAN and Australia\n\nMelbourne, 6 March 2025\n\n"
        "We, the Heads of State/Government of ASEAN and Australia,\n\nHereby declare to:\n\n"
        "1. Reaffirm our commitment to the principles of the ASEAN Outlook on the Indo-Pacific.\n\n"
        "2. Strengthen economic integration by upgrading the free trade area.\n\n"
        "3. Trade in services grew last year.\n\n"
        "The leaders called on all parties to:\n\n- Expand humanitarian access.\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("both", "reaffirm", "endorsement"), ("both", "strengthen", "commitment"), ("both", "call on", "endorsement")]


def test_a_party_or_the_body_issuing_the_text_is_no_named_institution_of_a_target():
    st = S.from_text("Final Communiqué of the 160th Session of the Ministerial Council of the Gulf Cooperation Council\n\n"
                     "Riyadh, 3 June 2024\n\nThe Ministerial Council approved the unified GCC tourist visa and welcomed the "
                     "work of the World Bank.\n")
    df = C.extract(st)
    assert [(r.verb, r.catalyst_details) for r in df.itertuples()] == [
        ("approve", []), ("welcome", ["named institution: World Bank"])]


def test_the_next_meeting_to_be_held_is_the_signatories_commitment():
    assert _june_rows(
        "The next meeting of the Joint Commission will be held in Nairobi in 2026. The fifth round will take place in "
        "Tokyo. The meeting will be difficult. Iceland will provide ISK 1.2 billion.") == [
        ("both", "will", "commitment"), ("both", "will", "commitment"), ("Iceland", "will", "commitment")]
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 5 June 2025\n\nCooperation\n\n"
                     "Iceland will provide ISK 1.2 billion.\n")
    assert C.extract(st).catalyst_details.tolist() == [["numeric target: ISK 1.2 billion"]]


def test_a_view_of_what_became_and_a_hope_that_others_act_bind_no_one():
    assert _june_rows(
        "The two sides agreed that the relationship has gone beyond the bilateral scope. The two sides expressed hope "
        "that a peace treaty would be signed soon. The two sides expressed their hope to visit Nairobi.") == [
        ("both", "agree", "acknowledgement"), ("both", "express", "endorsement"), ("both", "express", "intention")]


def test_the_secretaries_of_a_two_plus_two_are_the_signatories():
    assert _june_rows("The Secretaries committed to establishing a roadmap. The Co-Chairs agreed to meet in 2026.") == [
        ("both", "commit", "commitment"), ("both", "agree", "commitment")]


def test_a_countrys_firm_by_name_and_no_list_of_an_initiative_with_a_country():
    st = S.from_text(
        "Joint Statement between Saudi Arabia and China\n\nRiyadh, 5 December 2023\n\nEnergy\n\n"
        "Saudi Aramco confirmed that it will supply up to 690,000 barrels per day of crude oil. The Saudi side welcomed "
        "China's Global Development Initiative (GDI) and Global Security Initiative (GSI), and the Chinese side expressed "
        "its support for the Saudi Green Initiative.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [
        ("Saudi Aramco", "will"), ("Saudi Arabia", "welcome"), ("China", "express")]


def test_an_inverted_condition_with_more_verbs_and_a_refusal_to_accept():
    st = S.from_text("Joint Statement of the EU and Japan\n\nTokyo, 3 May 2025\n\nTrade\n\nThey will explore a mutual "
                     "recognition agreement, should the technical assessment conclude positively. The two sides did not "
                     "accept any claim inconsistent with UNCLOS.\n")
    df = C.extract(st)
    assert [(r.verb, r.category, r.negated, r.condition) for r in df.itertuples()] == [
        ("will", "intention", False, "should the technical assessment conclude positively"),
        ("accept", "endorsement", True, "")]


def test_items_under_we_will_take_the_lead_ins_subject_and_their_own_negation_in_order():
    st = S.from_text("G20 Leaders' Declaration\n\nNew Delhi, 10 September 2023\n\nTrade\n\nWe will:\n\n"
                     "a) Strengthen the multilateral trading system;\n\nb) Never impose new export bans;\n\n"
                     "c) Refrain from competitive devaluations and not target exchange rates.\n")
    df = C.extract(st)
    assert [(r.sentence, r.actor, r.negated) for r in df.itertuples()] == [(1, "all", False), (2, "all", True), (3, "all", True)]
    # an item opening on a verb of its own is what "we will" do, as "we will strengthen" is
    assert [(r.verb, r.category, r.strength) for r in df.itertuples()] == [("will", "commitment", 3)] * 3
    assert df.target.tolist()[0] == "Strengthen the multilateral trading system"


def test_items_that_supply_a_lead_ins_verb_take_its_verb_not_their_own():
    rows = rows_of("The two governments will:\n\n- Not support any armed group operating across the border;\n\n"
                   "- Support the regional peace process;\n\n- Welcome observers from the African Union.\n\n"
                   "Argentina commits to:\n\n1. Provide ARS 500 million for border markets by 2026;\n\n"
                   "2. Ensure that the crossings stay open.\n\n"
                   "The Ministers welcomed the following:\n\n- Support for Mercosur;\n\n- the new rail link.")
    assert rows == [
        ("both", "will", "commitment", True, "Not support any armed group operating across the border"),
        ("both", "will", "commitment", False, "Support the regional peace process"),
        ("both", "will", "commitment", False, "Welcome observers from the African Union"),
        ("Argentina", "commit", "commitment", False, "Provide ARS 500 million for border markets by 2026"),
        ("Argentina", "commit", "commitment", False, "Ensure that the crossings stay open"),
        # (a lead-in that asks for things, not acts: its items keep their own reading)
        ("both", "welcome", "endorsement", False, "Support for Mercosur"),
        ("both", "welcome", "endorsement", False, "the new rail link"),
    ]


def test_respectively_before_the_verb_shares_the_amounts_out_too():
    st = S.from_text("Joint Statement of the Philippines and the United States\n\nManila, 3 May 2025\n\nSecurity\n\n"
                     "Secretary of Foreign Affairs Enrique Manalo of the Philippines and Secretary of State Antony Blinken "
                     "of the United States met. Secretary Manalo and Secretary Blinken respectively announced contributions "
                     "of PHP 250 million and $5 million to the fund.\n")
    assert [(r.actor, r.catalyst_details) for r in C.extract(st).itertuples()] == [
        ("Philippines", ["numeric target: PHP 250 million"]), ("United States", ["numeric target: $5 million"])]


def test_might_and_could_share_announce_an_intention_but_predictions_stay_out():
    assert _june_rows(
        "Kenya could share expertise in peacekeeping if Japan requests it. Japan and Kenya might explore joint production. "
        "Kenya could host up to 500 companies. Prices might rise.") == [
        ("Kenya", "could", "intention"), ("both", "might", "intention")]


def test_an_and_inside_a_name_starts_no_second_subject():
    st = S.from_text("Joint Statement of India and the United Kingdom\n\nLondon, 9 October 2025\n\nTrade\n\nThe UK will invest "
                     "£100 million, if the National Investment and Infrastructure Fund (NIIF) confirms matching capital.\n")
    assert C.extract(st).condition.tolist() == [
        "if the National Investment and Infrastructure Fund (NIIF) confirms matching capital"]


def test_a_forum_to_be_held_is_its_announcers_and_dates_before_an_endorsement_make_it_history():
    assert _june_rows(
        "Japan announced that a joint Business Forum will be held in Nairobi in June. A conference will be held by "
        "UNESCO in Paris. In 2019, Japan supported the establishment of the centre. Japan welcomed the 2022 election of "
        "Kenya.") == [("Japan", "will", "commitment"), ("Japan", "welcome", "endorsement")]


def test_a_visit_made_is_no_pledge_and_ministers_announcing_what_both_will_do_is_one_position():
    st = S.from_text("Joint Statement of Indonesia and Malaysia\n\nJakarta, 27 January 2025\n\nVisit\n\nAt the invitation of "
                     "President Prabowo Subianto, Prime Minister Anwar Ibrahim undertook an official visit to Indonesia. The "
                     "Minister of Trade of Malaysia and the Minister of Trade of Indonesia announced that both countries will "
                     "establish a Joint Working Group.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("both", "will")]


def test_should_before_a_subject_sets_a_condition_and_gulf_currency_abbreviations():
    st = S.from_text("Council conclusions on the Sahel\n\nBrussels, 3 May 2025\n\nThe Council\n\nThe EU stands ready to resume "
                     "cooperation, should the authorities reinstate an appropriate legal framework. Kuwait will deposit KD 30 "
                     "million.\n")
    df = C.extract(st)
    assert df.condition.tolist() == ["should the authorities reinstate an appropriate legal framework", ""]
    assert df.catalyst_details.tolist()[1] == ["numeric target: KD 30 million"]


def test_agreeing_in_principle_is_an_intention():
    assert _june_rows("The two sides agreed in principle to admit Timor-Leste. The two sides agreed to meet.") == [
        ("both", "agree", "intention"), ("both", "agree", "commitment")]


def test_the_president_of_a_readout_with_one_party_in_its_title():
    st = S.from_text("Readout of President Biden's Meeting with Prime Minister Albanese of Australia\n\nMarch 3, 2025\n\n"
                     "President Biden met Prime Minister Albanese. The President welcomed the Critical Minerals Facility.\n")
    assert st.parties == ["Australia", "United States"]  # (the President named in the title too)
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("United States", "welcome")]


def test_an_actor_named_across_a_wrapped_line_is_one_line():
    st = S.from_text("Joint Statement of Korea and Indonesia\r\n\r\nSeoul, 3 May 2025\r\n\r\nEnergy\r\n\r\nThe two sides met in "
                     "Seoul and the Korea Trade-Investment Promotion\r\nAgency will open an office in Jakarta.\r\n")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["South Korea", "The Korea Trade-Investment Promotion Agency"]]


def test_hedges_that_set_conditions_and_a_bare_provided_that_opens_a_clause():
    st = S.from_text("G7 Leaders' Statement on Critical Minerals\n\nKananaskis, 17 June 2025\n\nWe, the Leaders of the G7, met.\n\n"
                     "India will not restrict rice exports to the UAE, provided domestic supply remains adequate. We will "
                     "consider, if conditions warrant, setting a binding target. We will support local processing where "
                     "economically viable. Members will inspect the documents where national law permits. Japan will expand "
                     "the assistance provided by JICA, provided to the region in 2024. We will act, subject to national "
                     "circumstances. We will assess if the target is met.\n")
    assert C.extract(st).condition.tolist() == [
        "provided domestic supply remains adequate", "if conditions warrant", "where economically viable",
        "where national law permits", "", "subject to national circumstances", ""]


def test_a_comma_and_before_a_second_subject_starts_a_new_clause_not_a_pair():
    st = S.from_text("G7 Leaders' Statement on Critical Minerals\n\nKananaskis, 17 June 2025\n\nWe, the Leaders of the G7, met.\n\n"
                     "Japan will provide up to USD 3 billion through JOGMEC and JBIC, and the United Kingdom will commit GBP 500 "
                     "million through UK Export Finance.\n")
    assert [(r.actor, r.target) for r in C.extract(st).itertuples()] == [
        ("Japan", "provide up to USD 3 billion through JOGMEC and JBIC"),
        ("United Kingdom", "commit GBP 500 million through UK Export Finance")]


def test_agreeing_that_something_has_been_done_is_a_view_not_a_commitment():
    st = S.from_text("Joint Statement of China and Pakistan\n\nBeijing, 5 June 2025\n\nThe two sides agreed that the partnership "
                     "has withstood the test of time. The two sides agreed that the corridor has made important contributions "
                     "to growth. The two sides agreed that the Joint Committee has been tasked to review the projects.\n")
    assert [(r.verb, r.category) for r in C.extract(st).itertuples()] == [
        ("agree", "acknowledgement"), ("agree", "acknowledgement"), ("agree", "commitment")]


def test_announcing_an_intention_or_a_decision_to_consider_announces_a_plan():
    st = S.from_text("Joint Statement of Saudi Arabia and the United Kingdom\n\nRiyadh, 5 June 2025\n\nThe Public Investment Fund "
                     "announced its intention to invest up to GBP 1 billion in UK infrastructure. The United Kingdom welcomed "
                     "the Saudi decision to consider participation in the Global Combat Air Programme. Saudi Arabia announced "
                     "its decision to join the Programme by 2026. The United Kingdom will consider, if asked, further support.\n")
    assert [(r.actor, r.verb, r.category, r.strength) for r in C.extract(st).itertuples()] == [
        ("Saudi Arabia", "announce", "intention", 2), ("United Kingdom", "welcome", "endorsement", 1),
        ("Saudi Arabia", "decide", "intention", 2), ("Saudi Arabia", "announce", "commitment", 4),
        ("United Kingdom", "will", "intention", 2)]


def test_neither_party_in_capitals_is_both_denying():
    st = S.from_text("Joint Declaration of Viet Nam and Singapore\n\nHanoi, 5 June 2025\n\nNeither Party shall allow its territory "
                     "to be used against the other Party. Neither Participant will disclose the information.\n")
    assert [(r.actor, r.verb, r.negated) for r in C.extract(st).itertuples()] == [("both", "shall", True), ("both", "will", True)]


def test_a_unions_member_states_may_past_a_condition_state_an_intention():
    st = S.from_text("Joint Declaration of the African Union and the European Union\n\nBrussels, 5 June 2025\n\nMember States of "
                     "the European Union may, subject to parliamentary approval, channel part of their Special Drawing Rights to "
                     "the African Development Bank. Kenya may face a crisis.\n")
    assert [(r.actor, r.verb, r.category, r.condition, r.target[:28]) for r in C.extract(st).itertuples()] == [
        ("European Union", "may", "intention", "subject to parliamentary approval", "channel part of their Specia")]
    # (the condition set off after the modal is the condition's, the target what is done)
    st = S.from_text("Joint Statement by Brazil and Germany\n\nBerlin, 4 March 2026\n\nGermany will, if conditions allow, "
                     "provide grants to Brazil.\n")
    assert [(r.condition, r.target) for r in C.extract(st).itertuples()] == [("if conditions allow", "provide grants to Brazil")]


def test_ministers_of_a_portfolio_in_lower_case_are_the_parties():
    assert rows_of("The ministers of foreign affairs will review the implementation of this statement. The ministries of "
                   "health will strengthen surveillance. The leaders of many nations will come.") == [
        ("both", "will", "commitment", False, "review the implementation of this statement"),
        ("both", "will", "commitment", False, "strengthen surveillance")]


def test_would_on_a_condition_the_sentence_opens_with_is_a_conditional_position():
    assert [(r[0], r[1], r[2]) for r in rows_of(
        "Should the initiative be renewed, Brazil would consider an additional BRL 200 million. If asked, Argentina would "
        "provide experts. If prices fall, exports would benefit. If the talks succeed, it would be a milestone.")] == [
        ("Brazil", "would", "intention"), ("Argentina", "would", "commitment")]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nIf asked, Argentina "
                     "would provide experts.\n")
    assert C.extract(st).condition.tolist() == ["If asked"]


def test_the_kingdom_is_the_one_party_that_is_one():
    st = S.from_text("Joint Statement of Saudi Arabia and the United Kingdom\n\nRiyadh, 5 June 2025\n\nThe Kingdom reaffirmed its "
                     "commitment to achieve net zero emissions by 2060. The United Kingdom will host the next meeting.\n")
    assert [(r.actor, r.category) for r in C.extract(st).itertuples()] == [("Saudi Arabia", "commitment"), ("United Kingdom", "commitment")]
    # (two kingdoms: no telling which)
    st = S.from_text("Joint Statement of Spain and Morocco\n\nRabat, 5 June 2025\n\nThe Kingdom will open a consulate. The Sultanate "
                     "will send a delegation.\n")
    assert C.extract(st).empty


def test_an_exception_sets_a_condition():
    st = S.from_text("Joint Communique of Kenya and Ethiopia\n\nNairobi, 5 June 2025\n\nEthiopia shall not reduce supply below the "
                     "contracted 200 megawatts except in case of drought. Kenya will buy 400 megawatts by 2026 except where prices "
                     "rise. Kenya will host all members except Somalia.\n")
    df = C.extract(st)
    assert df.condition.tolist() == ["except in case of drought", "except where prices rise", ""]
    assert df.strength.tolist() == [3, 3, 3]


def test_a_participle_provided_and_once_again_set_no_condition():
    assert [r[:3] for r in rows_of("The leaders welcomed the support provided by the World Bank and agreed to scale up financing "
                                   "for roads. Once again, Brazil would provide experts to the mission.")] == [
        ("both", "welcome", "endorsement"), ("both", "agree", "commitment")]


def test_a_body_as_a_party_a_party_by_its_adjective_and_an_item_that_only_explores():
    md = ("# Joint Communiqué of the Kingdom of Morocco and the ECOWAS Commission\n\nRabat, 18 March 2025\n\n## 1. Trade\n\n"
          "The two Parties agreed to:\n\n- Convene a Business Forum in Dakar in October 2025;\n- Explore the harmonisation of customs "
          "procedures;\n- Consider a joint fund.\n\nThe Moroccan Party announced a contribution of EUR 10 million to the ECOWAS "
          "Regional Investment Fund.\n\nThe ECOWAS Commission will allocate XOF 15 billion to smallholder farmers. The Commission "
          "will host the next meeting.\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "verb", "category", "strength"]].values.tolist() == [
        ["both", "agree", "commitment", 4], ["both", "agree", "intention", 2], ["both", "agree", "intention", 2],
        ["Morocco", "announce", "commitment", 4], ["ECOWAS", "will", "commitment", 4], ["ECOWAS", "will", "commitment", 3]]
    # (two bodies as parties: "The Commission" is no one of them alone)
    st = S.from_text("Joint Statement of the ASEAN Secretariat and the GCC Secretariat\n\nRiyadh, 5 June 2025\n\n"
                     "The Secretariat will host the next meeting.\n")
    assert st.parties == ["ASEAN", "Gulf Cooperation Council"] and C.extract(st).actor.tolist() == ["both"]


def test_an_intention_coordinated_after_a_pledge_and_a_goal_set_with_an_adjective():
    assert [r[:3] + r[4:] for r in rows_of(
        "The two leaders will hold annual summits and intend to establish a Foreign and Defence Dialogue. The two countries "
        "signed a science arrangement and intend to conclude an implementing arrangement by the end of 2025. They set a shared "
        "goal of increasing trade by thirty per cent by 2030. The two Parties set the objective of doubling this figure.")] == [
        ("both", "will", "commitment", "hold annual summits"),
        ("both", "intend", "intention", "establish a Foreign and Defence Dialogue"),
        ("both", "sign", "commitment", "a science arrangement"),
        ("both", "intend", "intention", "conclude an implementing arrangement by the end of 2025"),
        ("both", "set a target", "commitment", "increasing trade by thirty per cent by 2030"),
        ("both", "set a target", "commitment", "doubling this figure")]
    # (a single subject's "and intend" after "will" is its own too; a noun after "and" is none)
    assert [r[:3] for r in rows_of("Kenya will build a port and intends to open it in 2027. The leaders will hold talks and "
                                   "intend visits.")] == [
        ("Kenya", "will", "commitment"), ("Kenya", "intend", "intention"), ("both", "will", "commitment")]


def test_should_of_the_parties_states_what_they_hold_they_ought_to_do():
    assert [r[:4] for r in rows_of(
        "The two sides should strengthen cooperation in new energy. Brazil should continue to strengthen the Police College. "
        "The reform should be ambitious. Trade should grow. Kenya should provide troops. Argentina should not impose tariffs.")] == [
        ("both", "should", "intention", False), ("Brazil", "should", "intention", False), ("Argentina", "should", "intention", True)]


def test_a_one_word_name_the_text_writes_inside_a_sentence_may_act():
    rows = rows_of("The leaders welcomed the memorandum between Petrobras and Pemex on exploration. Petrobras intends to invest "
                   "up to US$ 1.5 billion, if market conditions allow. Pemex will not impose local-content requirements. "
                   "Exports will grow. Tourism will increase.")
    assert [r[:4] for r in rows] == [("both", "welcome", "endorsement", False), ("Petrobras", "intend", "intention", False),
                                     ("Pemex", "will", "commitment", True)]


def test_one_more_act_after_a_comma_and_two_verbs_of_one_object():
    rows = rows_of("The Brazilian side highly appreciates Argentina's efforts in mediation, and announced an additional 100 million "
                   "yuan in humanitarian assistance. The Argentine side welcomes and supports the Global Security Initiative.")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("Brazil", "appreciate", "Argentina's efforts in mediation"),
        ("Brazil", "announce", "an additional 100 million yuan in humanitarian assistance"),
        ("Argentina", "welcome", "the Global Security Initiative"), ("Argentina", "support", "the Global Security Initiative")]


def test_a_concessive_clause_holds_a_position_of_its_own():
    rows = rows_of("Brazil supports Argentina's closer association with the bloc, although Argentina does not intend to seek full "
                   "membership. Although Argentina will host the forum, Brazil will fund it.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("Brazil", "support", False, "Argentina's closer association with the bloc"),
        ("Argentina", "intend", True, "seek full membership"), ("Argentina", "will", False, "host the forum"),
        ("Brazil", "will", False, "fund it")]


PSC = """COMMUNIQUÉ OF THE 1250TH MEETING OF THE PEACE AND SECURITY COUNCIL

Adopted by the Peace and Security Council at its 1250th meeting held on 12 February 2025, Addis Ababa, Ethiopia

The Peace and Security Council of the African Union (AU), at its 1250th meeting held on 12 February 2025, on the situation in Eastern Democratic Republic of Congo (DRC):

1. Takes note of the briefing by the Commission on the situation in North Kivu;

2. Strongly condemns the attacks by the M23 against civilians;

3. Further demands the immediate withdrawal of all foreign forces from the DRC;

4. Does not endorse the proposal for a new standby force, and requests the Commission to present options;

5. Decides to remain actively seized of the matter.
"""


def test_a_body_communique_its_party_date_and_operative_paragraphs_after_an_adverb_or_a_denial():
    st = S.from_text(PSC)
    assert (st.parties, st.date) == (["African Union"], dt.date(2025, 2, 12))  # (not Ethiopia, where it met; nor the DRC)
    df = C.extract(st)
    assert df[["actor", "verb", "category", "negated"]].values.tolist() == [
        ["African Union", "take note of", "acknowledgement", False], ["African Union", "condemn", "endorsement", False],
        ["African Union", "demand", "endorsement", False], ["African Union", "endorse", "endorsement", True],
        ["African Union", "request", "commitment", False]]  # (remaining seized of the matter is the closing form)


def test_concurred_to_binds_as_agreed_to_does():
    assert [r[:3] for r in rows_of("The two sides concurred to conduct the first exercise. They concurred to explore an "
                                   "agreement. They concurred on the importance of peace.")] == [
        ("both", "concur", "commitment"), ("both", "concur", "intention")]


def test_a_refusal_to_seek_binds_we_should_is_the_signatories_and_an_act_after_an_undecided_one():
    assert [r[:4] for r in rows_of(
        "Argentina has not yet decided whether to extend the network, and will review the proposal by mid-2025. Argentina "
        "will not seek to impose new tariffs. Brazil will seek to expand trade. We should strengthen cooperation with the "
        "Forum.")] == [
        ("Argentina", "will", "commitment", False), ("Argentina", "will", "commitment", True),
        ("Brazil", "will", "intention", False), ("both", "should", "intention", False)]


def test_what_the_new_rules_must_not_catch():
    # a country ending in "-ly" is no adverb before an operative verb; a capitalized sector is no actor
    assert [r[:3] for r in rows_of("Italy welcomes Brazil's participation in the Mattei Plan. The leaders will expand "
                                   "cooperation in Tourism, Education and Health. Tourism will contribute to exchanges.")] == [
        ("Italy", "welcome", "endorsement"), ("both", "will", "commitment")]
    # the parties to a convention are not the signatories
    assert [r[:3] for r in rows_of("We recall that, under the Paris Agreement, the Parties should communicate new NDCs every "
                                   "five years.")] == [("both", "recall", "acknowledgement")]


def test_a_co_chairs_list_of_what_the_meeting_did_and_look_forward_to_after_a_pledge():
    md = ("# Co-Chairs' Statement of the ASEAN-Australia Summit\n\nMelbourne, 6 March 2024\n\n## Partnership\n\n"
          "1. Welcomed the A$2 billion Southeast Asia Investment Financing Facility.\n2. Agreed to work towards the "
          "implementation of RCEP.\n")
    assert [r[:3] for r in C.extract(S.from_text(md, fmt="md")).itertuples(index=False)] == [
        ("both", "welcome", "endorsement"), ("both", "agree", "intention")]  # (working towards it binds to no outcome)
    assert [r[:3] for r in rows_of("The leaders agreed to deepen cooperation on cyber security and look forward to the "
                                   "first Cyber Dialogue in Paris in March 2026.")] == [
        ("both", "agree", "commitment"), ("both", "look forward to", "intention")]


def test_what_the_parties_agree_a_body_will_do_counts_once():
    assert [r[:2] for r in rows_of("The leaders agreed that Brazil will host the next summit. The two sides agreed that the "
                                   "Joint Commission for Cooperation will meet in Yamoussoukro in 2026.")] == [
        ("both", "agree"), ("Brazil", "will"), ("both", "agree")]


def test_a_record_since_a_year_is_no_pledge_and_we_may_give():
    rows = rows_of("The European Union has adopted 16 sanctions packages against Russia since February 2022. Since 2022, Brazil "
                   "has committed USD 5 million to the fund. Argentina has committed USD 7 million to the fund. We may jointly "
                   "procure equipment for Ukraine, subject to national budgetary decisions. We may face a crisis.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Argentina", "commit", "commitment"), ("both", "may", "intention")]


def test_a_pledge_a_noted_fact_is_told_of_is_no_pledge_of_its_own():
    rows = rows_of("The leaders noted Argentina's commitment to provide USD 5 million. The leaders noted that Brazil's commitment "
                   "to Africa, announced at the summit, amounts to USD 16 billion.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("both", "note", "acknowledgement"), ("Argentina", "commit", "commitment"),
                                                  ("both", "note", "acknowledgement")]


def test_a_lead_in_with_its_object_before_to_gives_its_verb_to_the_items():
    st = S.from_text("Joint Statement of Indonesia and Malaysia\n\nJakarta, 27 January 2025\n\nBORDERS\n\nThe two Leaders "
                     "instructed their officials to:\n\n(a) conclude the delimitation of the Sulawesi Sea by December 2026;\n\n"
                     "(b) resume technical meetings on the Ambalat block.\n\nThe two Leaders called on the parties to:\n\n"
                     "(a) cease hostilities.\n")
    assert [(r.verb, r.category, r.target) for r in C.extract(st).itertuples()] == [
        ("instruct", "commitment", "conclude the delimitation of the Sulawesi Sea by December 2026"),
        ("instruct", "commitment", "resume technical meetings on the Ambalat block"),
        ("call on", "endorsement", "cease hostilities")]


def test_hedges_of_national_circumstances_and_prior_consultation_and_an_annex_is_no_target():
    rows = C.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nWe will "
                                 "pursue efforts towards tripling renewable capacity, in line with national circumstances "
                                 "(Annex 1). Argentina will not impose new export levies on soy without prior consultation with "
                                 "the other Party.\n"))
    assert rows.condition.tolist() == ["in line with national circumstances (Annex 1)", "without prior consultation with the other Party"]
    assert "numeric target: 1" not in rows.catalyst_details.tolist()[0]


def test_a_binding_verb_in_the_present_progressive():
    assert [r[:3] + r[4:] for r in rows_of("We are today launching the Luzon Economic Corridor. Brazil is establishing a fund. "
                                            "Trade is growing. We are discussing ports.")] == [
        ("both", "launch", "commitment", "the Luzon Economic Corridor"), ("Brazil", "establish", "commitment", "a fund")]


def test_advisers_act_as_written():
    assert [r[:2] for r in rows_of("Our national security advisors will hold a trilateral meeting in Manila later this "
                                   "year.")] == [("The national security advisors", "will")]  # (not the voice's "Our")
    rows = rows_of("Our two coast guards will conduct four joint patrols per year in the Gulf of Mexico. The navies will "
                   "hold two joint exercises each year. Both sides will hold three rounds of talks.")
    assert [r[0] for r in rows] == ["The two coast guards", "The navies", "both"]
    # (a small number at a rate is a target: "four joint patrols per year"; "three rounds" alone may be phrasing)
    df = C.extract(S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nOur two coast guards will "
                               "conduct four joint patrols per year in the Gulf of Mexico. Both sides will hold three rounds of talks."))
    assert df.catalyst_details.tolist() == [["numeric target: four joint patrols per year"], []]


def test_a_pledge_with_an_amount_in_a_code_inside_a_welcome_is_the_pledgers():
    assert [r[:3] for r in rows_of("The leaders welcomed Argentina's pledge of AUD 400 million over five years to the "
                                   "Pacific Resilience Facility.")] == [
        ("both", "welcome", "endorsement"), ("Argentina", "pledge", "commitment")]


def test_ministries_of_a_portfolio_of_the_two_countries_are_both():
    assert [r[:2] for r in rows_of("The Ministries of National Defence of the two countries shall hold annual consultations. "
                                   "The Ministers of Trade and Industry of both countries will meet.")] == [
        ("both", "shall"), ("both", "will")]


def test_records_of_what_was_done_are_no_positions():
    # a running total, an "already", a past act told in a relative clause
    assert rows_of("The Development Bank has approved 96 projects totalling USD 33 billion. Brazil and Mexico have already "
                   "pledged half of the fund. Mexico may consider supporting the census, for which Brazil requested "
                   "assistance.") == [
        ("Mexico", "may", "intention", False, "consider supporting the census, for which Brazil requested assistance")]
    # (what is pledged now stays a pledge, in a relative clause too)
    assert [r[:3] for r in rows_of("Brazil has committed USD 5 million. We welcome the fund of USD 100 million, of which "
                                   "Mexico has pledged USD 13 million.")] == [
        ("Brazil", "commit", "commitment"), ("both", "welcome", "endorsement"), ("Mexico", "pledge", "commitment")]


def test_a_participle_with_its_agent_after_a_noun_is_no_act():
    assert rows_of("We will continue to support the Special Tribunal and the Register of Damage established by the "
                   "Council of Europe.") == [
        ("both", "will", "commitment", False,
         "support the Special Tribunal and the Register of Damage established by the Council of Europe")]
    # (the act itself, and its passive, stay as they were)
    assert [r[:3] for r in rows_of("Brazil established by decree a new fund. The fund was established by Mexico.")] == [
        ("Brazil", "establish", "commitment")]


def test_what_a_view_says_of_others_commitment_is_no_commitment_of_ours():
    assert rows_of("We reaffirm that developed countries must fulfil their commitment to mobilise USD 100 billion per year.") == [
        ("both", "reaffirm", "endorsement", False,
         "developed countries must fulfil their commitment to mobilise USD 100 billion per year")]
    # (their own, renewed, stays one)
    assert [r[:3] for r in rows_of("The leaders reaffirmed that their commitment to the Paris Agreement remains firm. The "
                                   "leaders reaffirmed that their commitment to cut emissions remains firm.")] == [
        ("both", "reaffirm", "endorsement"), ("both", "reaffirm", "commitment")]  # (to a treaty, a position; to an act, a pledge)


def test_a_portfolio_with_and_in_it_is_one_persons_title():
    assert [r[0] for r in rows_of(
        "Brazilian Minister for Trade and Industry Ana Lima and Argentina's Secretary for Foreign and Diaspora Affairs Luis "
        "Ortiz will review progress.")] == ["both"]


def test_a_clause_that_announces_or_tells_what_was_done_ends_the_target_before_it():
    assert rows_of("Argentina welcomed Brazil's role in hosting more than 1.5 million refugees, and announced that it will "
                   "provide an additional US$150 million in humanitarian aid.") == [
        ("Argentina", "welcome", "endorsement", False, "Brazil's role in hosting more than 1.5 million refugees"),
        ("Argentina", "will", "commitment", False, "provide an additional US$150 million in humanitarian aid")]
    assert rows_of("Brazil stands ready to provide further packages, and has already delivered 23 packages worth "
                   "EUR 2.2 billion.") == [("Brazil", "stand ready", "intention", False, "provide further packages")]


def test_a_party_that_is_no_country_speaks_as_a_side_and_by_its_acronym():
    st = S.from_text("JOINT COMMUNIQUÉ: African Union – European Union Ministerial Meeting\n\nBrussels, 21 May 2025\n\n"
                     "The AU side expressed concern that 12 million people have been displaced. The African Union "
                     "delegation called on the EU to expand legal pathways. The AU will host the summit before the end "
                     "of the year.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category"]].values.tolist() == [
        ["African Union", "express", "acknowledgement"], ["African Union", "call on", "endorsement"],
        ["African Union", "will", "commitment"]]
    assert df["catalyst_details"].iloc[-1] == ["timeline: before the end of the year"]


def test_a_request_of_the_other_side_is_a_call_and_a_courtesy_call_no_position():
    assert [r[:3] for r in rows_of("Argentina requested Brazil to further open its market. Brazil requested the "
                                   "Secretariat to prepare a report.")] == [
        ("Argentina", "request", "endorsement"), ("Brazil", "request", "commitment")]
    assert rows_of("Foreign Minister Cafiero called on President Lula.") == []
    assert [r[:3] for r in rows_of("Brazil called on the President to release the detainees.")] == [
        ("Brazil", "call on", "endorsement")]


def test_a_passive_after_two_adverbs_is_no_act_of_the_subject():
    assert rows_of("Brazil reiterated that the dispute should be properly and peacefully resolved based on the UN Charter.") == [
        ("Brazil", "reiterate", "endorsement", False,
         "the dispute should be properly and peacefully resolved based on the UN Charter")]


def test_the_meeting_a_groups_communique_tells_of_is_the_group():
    st = S.from_text("38th OPEC and non-OPEC Ministerial Meeting Concludes\n\nVienna, 30 November 2024\n\n"
                     "The 38th OPEC and non-OPEC Ministerial Meeting was held via videoconference under the chairmanship "
                     "of HRH Prince Abdulaziz bin Salman Al Saud, Minister of Energy of the Kingdom of Saudi Arabia, and "
                     "co-chaired by HE Alexander Novak, Deputy Prime Minister of the Russian Federation.\n\n"
                     "The Meeting decided to extend the voluntary production adjustments of 2.2 million barrels per day "
                     "until the end of March 2025. The Meeting noted that global oil demand grew by 1.8 million barrels "
                     "per day in 2024.\n")
    assert st.parties == ["OPEC"]
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["OPEC", "decide", "commitment"], ["OPEC", "note", "acknowledgement"]]


def test_the_items_of_an_action_plan_are_its_actions():
    st = S.from_text("CANADA-MEXICO ACTION PLAN 2025-2028\r\n\r\nOttawa, 12 March 2025\r\n\r\n"
                     "Canada and Mexico adopt the following Action Plan:\r\n\r\n"
                     "1. Trade and Investment\r\n\r\n"
                     "\t1.1 Conclude a memorandum of understanding between Export Development Canada and Bancomext.\r\n"
                     "\t1.2 Review the rules of origin for the automotive sector ahead of the joint review in July 2026.\r\n"
                     "\t1.3 Train 300 Mexican law enforcement officers in financial investigations by 2027.\r\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category"]].values.tolist()[-3:] == [
        ["both", "conclude", "commitment"], ["both", "review", "commitment"], ["both", "train", "commitment"]]
    figs = F.extract(st)
    assert figs[figs["text"] == "300"][["in_name", "about"]].values.tolist() == [[False, "Mexican law enforcement officers"]]


def test_the_leaders_of_a_group_that_is_one_of_two_parties_are_that_group():
    st = S.from_text("Chairman's Statement of the ASEAN-Japan Summit\n\nVientiane, 10 October 2024\n\n"
                     "1. The Leaders of ASEAN Member States appreciated Japan's continued support for ASEAN Centrality.\n\n"
                     "2. The ASEAN Leaders looked forward to Japan hosting the Expo 2025 Osaka.\n\n"
                     "3. The Leaders welcomed the plan.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["ASEAN", "appreciate"], ["ASEAN", "look forward to"], ["both", "welcome"]]


def test_a_partys_announcement_of_an_amount_is_its_pledge():
    st = S.from_text("Chairman's Statement of the ASEAN-Japan Summit\n\nVientiane, 10 October 2024\n\n"
                     "1. We welcomed Japan's announcement of JPY 1 trillion in public and private financing. We noted the "
                     "announcement of the ceasefire.\n")
    assert C.extract(st)[["actor", "verb", "category", "target"]].values.tolist() == [
        ["both", "welcome", "endorsement", "Japan's announcement of JPY 1 trillion in public and private financing"],
        ["Japan", "announce", "commitment", "JPY 1 trillion in public and private financing"],
        ["both", "note", "acknowledgement", "the announcement of the ceasefire"]]


def test_shared_before_a_noun_in_a_list_is_an_adjective():
    assert rows_of("Brazil and Argentina reaffirmed their commitment to a partnership grounded in mutual respect, shared "
                   "prosperity and a common vision for peace. Brazil welcomed the plan and shared its experience.") == [
        ("both", "reaffirm", "endorsement", False,
         "their commitment to a partnership grounded in mutual respect, shared prosperity and a common vision for peace"),
        ("Brazil", "welcome", "endorsement", False, "the plan"),
        ("Brazil", "share", "acknowledgement", False, "its experience")]


def test_each_of_our_countries_and_a_list_of_our_officials():
    st = S.from_text("Joint Statement of Japan, the Republic of Korea, and the United States\n\nCamp David, August 18, 2023\n\n"
                     "Each of our countries will contribute to a $2 billion trilateral fund. Our foreign ministers, defense "
                     "ministers, and national security advisers will also meet at least once a year.\n")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["all", "will", "contribute to a $2 billion trilateral fund"], ["all", "will", "meet at least once a year"]]


def test_a_second_reported_clause_ends_the_first_ones_target():
    st = S.from_text("Joint Statement of China and the United States\n\nBeijing, 5 May 2024\n\nThe Chinese side stated that "
                     "China does not seek to change the existing international order and that the United States should "
                     "lift unilateral sanctions on Chinese companies.\n")
    assert C.extract(st)[["actor", "verb", "negated", "target"]].values.tolist() == [
        ["China", "seek", True, "change the existing international order"]]


def test_agreeing_that_a_thing_serves_or_requires_is_a_shared_view():
    assert [r[:3] for r in rows_of("The two sides agreed that a stable economic relationship serves the interests of both "
                                   "peoples. They agreed that peace requires dialogue.")] == [
        ("both", "agree", "acknowledgement"), ("both", "agree", "acknowledgement")]


def test_a_participle_and_to_after_a_comma_says_what_is_expected_of_the_thing_before():
    assert [r[:2] for r in rows_of("Brazil will build a transmission line connecting Pará and São Paulo, expected to carry "
                                   "4.5 per cent of the demand.")] == [("Brazil", "will")]


def test_each_countrys_amount_in_a_list_with_the_verb_left_out_and_an_items_label():
    st = S.from_text("# Quad Fact Sheet\n\nWilmington, 21 September 2024\n\n## Energy\n\n"
                     "Australia will provide A$ 5 million, India US$ 7.5 million, Japan ¥ 1 billion and the United States "
                     "$ 10 million to support clean energy supply chains.\n\n"
                     "- **Open RAN in Palau:** Australia and the United States will fund the first Open RAN network.\n", fmt="md")
    df = C.extract(st)
    purpose = "to support clean energy supply chains"
    assert df[["actor", "target"]].values.tolist() == [
        ["Australia", f"provide A$ 5 million {purpose}"], ["India", f"provide US$ 7.5 million {purpose}"],
        ["Japan", f"provide ¥ 1 billion {purpose}"], ["United States", f"provide $ 10 million {purpose}"],
        ["Australia and United States", "fund the first Open RAN network"]]


def test_an_office_of_one_partys_state_speaks_for_it_unnamed():
    st = S.from_text("Joint Statement of the United States and Kenya\n\nNairobi, 5 March 2025\n\n"
                     "The Secretary of State will visit Nairobi. The Treasury Secretary will meet the minister.\n")
    assert C.extract(st)["actor"].tolist() == ["United States", "United States"]


def test_a_government_and_a_fund_the_authorities_are_the_governments_and_what_it_gets_is_no_pledge():
    st = S.from_text("Joint Statement by the Government of Sri Lanka and the International Monetary Fund\n\nColombo, 15 June 2025\n\n"
                     "Upon completion of the Board review, Sri Lanka will have access to about SDR 254 million.\n\n"
                     '"The authorities are committed to maintaining cost-recovery pricing for fuel. The Government will submit '
                     "an amendment to the Electricity Act by end-September 2025. They may also consider strengthening the "
                     "Anti-Corruption Act.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["sentence"])) == [
        ("Sri Lanka", "commit", 1), ("Sri Lanka", "will", 2), ("Sri Lanka", "may", 3)]
    # (of two states, "The Government" alone is neither's)
    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 3 May 2024\n\nThe Government will cut fuel subsidies.\n")
    assert C.extract(st)["actor"].tolist() == ["The Government"]


def test_a_summit_or_a_session_to_be_held_is_the_signatories_meeting():
    st = S.from_text("Joint Communiqué of the African Union and the European Union\n\nBrussels, 3 May 2024\n\n"
                     "The Seventh AU-EU Summit will take place in the second half of 2025. The first session of the Joint "
                     "Commission shall be held in Pretoria before the end of the year. Kenya will host the forum.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"])) == [("both", "will"), ("both", "shall"), ("Kenya", "will")]


def test_a_level_already_reached_is_no_numeric_target():
    st = S.from_text("Joint Statement of Brazil and Mexico\n\nMexico City, 3 May 2024\n\nThe Presidents noted that bilateral "
                     "trade reached US$ 13.6 billion in 2023. Brazil will share its experience with the ethanol mandate, "
                     "which currently stands at 27 percent. Mexico will lend US$ 300 million.\n")
    df = C.extract(st)
    assert [(r["actor"], r["catalysts"]) for r in df.to_dict("records")] == [
        ("both", []), ("Brazil", []), ("Mexico", ["numeric target"])]


def test_a_second_clause_with_its_own_pair_subject_or_after_a_comma_and():
    st = S.from_text("Joint Statement of India and Viet Nam\n\nHanoi, 3 May 2024\n\nIndia appreciated Viet Nam's role as ASEAN "
                     "Country Coordinator for India and the two sides agreed to work for the early review of the trade "
                     "agreement.\n\nThe two sides shall strengthen cooperation in combating terrorism, and agreed to exchange "
                     "information on cybersecurity.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["target"])) == [
        ("India", "appreciate", "Viet Nam's role as ASEAN Country Coordinator for India"),
        ("both", "agree", "work for the early review of the trade agreement"),
        ("both", "shall", "strengthen cooperation in combating terrorism"),
        ("both", "agree", "exchange information on cybersecurity")]


def test_a_bodys_side_staff_team_and_the_last_word_of_its_name():
    st = S.from_text("Joint Statement by the Government of Ghana and the International Monetary Fund\n\nAccra, 3 May 2024\n\n"
                     "IMF staff welcomed the decision to cut arrears. Staff welcomed the budget. The Fund will lend USD 360 "
                     "million.\n")
    assert C.extract(st)["actor"].tolist() == ["International Monetary Fund"] * 3
    st = S.from_text("Joint Communiqué of the African Union and the European Union\n\nBrussels, 3 May 2024\n\n"
                     "The African side called for concessional finance. The European side will provide EUR 5 million.\n")
    assert C.extract(st)["actor"].tolist() == ["African Union", "European Union"]


def test_a_texts_shall_binds_its_signatories_with_no_one_named_to_act():
    st = S.from_text("Joint Declaration of Brazil and South Africa\n\nBrasília, 12 March 1998\n\nThe Parties agree to create a "
                     "fund. Not less than a third of the resources of the fund shall be allocated to small enterprises. "
                     "Nothing in this Declaration shall be construed as a treaty. This Declaration shall be interpreted in "
                     "good faith. Exports will be promoted.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["sentence"])) == [("both", "agree", 0), ("both", "shall", 1)]
    assert df["target"].iloc[1] == "Not less than a third of the resources of the fund shall be allocated to small enterprises"


def test_what_a_text_does_by_itself_is_no_pledge():
    st = S.from_text("Joint Declaration of Intent of Germany and India\n\nNew Delhi, 25 October 2024\n\nGermany will provide "
                     "EUR 1 billion. It shall take effect on the date of signature and remain in effect for five years. "
                     "This Declaration shall enter into force upon signature. India will terminate the old programme.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["sentence"])) == [("Germany", 0), ("India", 3)]


def test_asking_a_body_the_signatories_direct_is_a_mandate_and_asking_another_a_call():
    st = S.from_text("G20 Leaders' Declaration\n\nJohannesburg, 23 November 2025\n\nWe ask the IMF Executive Board to develop, "
                     "by June 2026, approaches to quota realignment. We task our Finance Ministers to report back. We ask the "
                     "Organisation for Economic Co-operation and Development (OECD) to report on progress by 2027. The Ministers "
                     "requested the ASEAN Secretariat to convene a workshop. We request our Working Group to prepare options. "
                     "We ask the Asian Development Bank (ADB) and the World Bank to consider co-financing. We request the "
                     "Permanent Council to convene a meeting in 2026.\n")
    df = C.extract(st)
    assert list(zip(df["verb"], df["category"])) == [
        ("ask", "endorsement"), ("task", "commitment"), ("ask", "endorsement"), ("request", "commitment"),
        ("request", "commitment"), ("ask", "endorsement"), ("request", "commitment")]


def test_leaders_of_a_groups_text_hold_what_they_should_do_and_so_many_others_are_not_them():
    st = S.from_text("PACIFIC ISLANDS FORUM LEADERS MEETING\n\nFORUM COMMUNIQUE\n\nSuva, 3 May 2025\n\n6. Leaders should continue "
                     "to engage with Forum Dialogue Partners.\n\n7. Leaders welcomed the Declaration, noting that 19 countries "
                     "have now formally supported it. 12 countries will join. The reform should be ambitious.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["category"])) == [("all", "should", "intention"), ("all", "welcome", "endorsement")]


def test_a_quoted_pledge_is_the_speakers_and_ends_at_the_quote():
    st = S.from_text("Joint Statement of the United Kingdom and Nigeria\n\nAbuja, 3 May 2025\n\nPresident Bola Tinubu of Nigeria "
                     "received the Foreign Secretary.\n\n\"Together we will build the jobs that our young people deserve,\" "
                     "said President Tinubu.\n\n\"We will stay the course,\" a spokesperson added.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["target"])) == [
        ("Nigeria", "will", "build the jobs that our young people deserve")]


def test_items_of_a_lead_in_with_content_of_its_own_or_a_verb_and_its_preposition():
    st = S.from_text("G20 Leaders' Declaration\n\nJohannesburg, 23 November 2025\n\nDisaster Risk Reduction\n\n12. We commit to "
                     "strengthening disaster risk reduction, including through:\n\n(i) expanding early warning systems so that "
                     "every person on Earth is protected by 2027;\n\n(ii) scaling up pre-arranged finance; and\n\n13. We will act "
                     "on:\n\n(a) investing in resilient infrastructure by 2030;\n\n(b) sharing data.\n")
    df = C.extract(st)
    assert list(zip(df["verb"], df["target"], df["strength"])) == [
        ("commit", "strengthening disaster risk reduction, including through", 3),
        ("commit", "expanding early warning systems so that every person on Earth is protected by 2027", 4),
        ("commit", "scaling up pre-arranged finance", 3),
        ("will", "investing in resilient infrastructure by 2030", 4),
        ("will", "sharing data", 3)]


def test_quotations_told_as_their_speakers_and_rules_that_stay_narrow():
    st = S.from_text("Joint Statement of the United Kingdom and Nigeria\n\nAbuja, 3 May 2025\n\nPresident Bola Tinubu of Nigeria "
                     "received the Foreign Secretary.\n\n\"We will build X. We will open new markets,\" said President Tinubu.\n\n"
                     "\"Together we will build the jobs our young people deserve,\" said the President of Nigeria.\n\n"
                     "The two sides will launch the \"Green Growth Corridor\" and said they would review it in 2026.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["target"]))[:4] == [
        ("Nigeria", "build X"), ("Nigeria", "open new markets"), ("Nigeria", "build the jobs our young people deserve"),
        ("both", 'launch the "Green Growth Corridor" and said they would review it in 2026')]
    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 3 May 2024\n\nThe two sides will terminate visa requirements "
                     "for diplomats. It shall take effect on signature. The two sides agreed that bilateral trade shall be "
                     "increased to USD 10 billion by 2030. The two sides recalled UNSC Resolution 2231, under which sanctions "
                     "shall be lifted upon verification. No less than a third of the fund shall be allocated to SMEs.\n")
    df = C.extract(st)
    assert list(zip(df["sentence"], df["verb"])) == [(0, "will"), (2, "agree"), (3, "recall"), (4, "shall")]
    assert df["catalysts"].iloc[1] == ["numeric target", "timeline"]


def test_a_bare_lead_in_a_forecast_a_request_for_oneself_and_what_we_must_do():
    st = S.from_text("Joint statement by the Foreign Ministers of the Nordic-Baltic Eight\n\nVilnius, 3 May 2025\n\nWe, the Foreign "
                     "Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, met in Vilnius.\n\n"
                     "We will\n– continue to support Ukraine for as long as it takes;\n– each dedicate at least 0.25% of GDP "
                     "annually to military support for Ukraine.\n\nWe must counter hybrid threats. Paraguay and Uruguay asked "
                     "for special and differential treatment. The Leaders estimated that the Agreement will save exporters "
                     "more than EUR 4 billion a year. Developed countries must fulfil their pledges.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["category"], df["target"])) == [
        ("all", "will", "commitment", "continue to support Ukraine for as long as it takes"),
        ("all", "will", "commitment", "each dedicate at least 0.25% of GDP annually to military support for Ukraine"),
        ("all", "must", "intention", "counter hybrid threats"),
        ("Paraguay and Uruguay", "ask for", "endorsement", "special and differential treatment")]


def test_an_actions_number_leads_into_its_text_and_goals_head_sections():
    st = S.from_text("Canada–Mexico Action Plan 2025–2028\n\nOttawa, 18 September 2025\n\nThe leaders met in Ottawa.\n\n"
                     "Goal 1: Competitiveness and resilient supply chains\n\nCanada and Mexico will work together on trade.\n\n"
                     "Action 1.1 – Launch a trade mission of at least 100 firms to Monterrey in 2026.\n"
                     "Action 1.2 – Export Development Canada will make available up to C$50 million in new financing.\n")
    assert [sec.heading for sec in st.sections if sec.heading] == ["Competitiveness and resilient supply chains"]
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["strength"])) == [
        ("both", "will", 3), ("both", "launch", 4), ("Canada", "will", 4)]


def test_a_welcome_after_a_modal_endorses_unless_it_takes_people_in():
    st = S.from_text("Joint Statement of Japan and Australia\n\nTokyo, 5 May 2025\n\nAustralia and Japan would welcome "
                     "Timor-Leste's accession to ASEAN. Japan will also welcome the decision of Fiji to join. Japan will welcome "
                     "500 students from Australia each year. Australia would like to host the next meeting.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["category"], df["target"])) == [
        ("both", "would", "endorsement", "welcome Timor-Leste's accession to ASEAN"),
        ("Japan", "will", "endorsement", "welcome the decision of Fiji to join"),
        ("Fiji", "decide", "commitment", "join"),
        ("Japan", "will", "commitment", "welcome 500 students from Australia each year")]


def test_a_thing_dated_in_the_past_does_not_date_the_pledge_to_renew_it():
    st = S.from_text("Joint Communiqué of Spain and Mexico\n\nMexico City, 3 May 2025\n\nBoth Presidents agreed to renew the "
                     "Strategic Partnership established in 2014 and to update the Plan of Action. Both Presidents decided to "
                     "provide EUR 5 million in 2023. The 8th Intergovernmental Consultations will be held in Madrid in 2026. "
                     "The Joint Laboratory for Astronomy will receive funding of 20 million euros a year.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["target"])) == [
        ("both", "agree", "renew the Strategic Partnership established in 2014"), ("both", "agree", "update the Plan of Action"),
        ("both", "will", "The 8th Intergovernmental Consultations will be held in Madrid in 2026")]


def test_a_quotation_closed_on_its_full_stop_is_not_the_next_speakers():
    st = S.from_text("Joint Statement of China and Chile\n\nBeijing, 15 November 2025\n\nPresident Xi Jinping pointed out "
                     "that \"China and Chile are good friends. China is willing to work with Chile to push the partnership to "
                     "a new level.\" President Boric said that Chile attaches great importance to its relations with China.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"])) == [("China", "intend"), ("Chile", "attach importance to")]


@pytest.mark.parametrize("said, index", [
    ("This Joint Statement of Intent is not legally binding and does not create rights or obligations under international law.", 1),
    ("This Memorandum of Understanding does not create any legally binding obligations.", 1),
    ("The present Declaration is a non-binding instrument and does not constitute a treaty.", 1),
    ("It is not intended to create legal obligations.", 1),
    ("The ruling of the court is not binding on third parties.", None),
    ("Both sides will not create new obligations for investors.", None),
    ("They should explore legal pathways, but nothing in this declaration shall create obligations under international law.", 1),
    ("Nothing in the present Joint Statement shall be construed as creating legal rights.", 1),
    ("This Agreement shall create obligations for both Parties.", None),
    ("The Action Plan shall not be legally binding.", 1),
])
def test_a_text_that_says_it_binds_no_one_in_law_is_told_apart(said, index):
    st = S.from_text(f"Joint Statement of Norway and Indonesia\n\nOslo, 4 June 2024\n\nNorway will provide NOK 500 million. {said}\n")
    assert C.legal_disclaimer(st) == index


def test_a_body_where_it_is_a_navy_and_a_contrast_with_another_party():
    st = S.from_text("Joint Statement of China and Chile\n\nSantiago, 21 September 2025\n\nThe Confucius Institutes in Chile will "
                     "continue to promote Chinese language teaching. The Chinese Embassy in Santiago will hold a festival. China "
                     "intends to contribute $7.5 million, and the Chilean Navy will host observers. China aims to cut emissions by "
                     "2035, while Chile has legislated a 43% reduction.\n")
    df = C.extract(st)
    assert df.body.tolist()[:4] == ["", "The Chinese Embassy in Santiago", "", "The Chilean Navy"]
    assert list(zip(df["actor"], df["verb"], df["target"])) == [
        ("Confucius Institutes in Chile", "will", "promote Chinese language teaching"),
        ("China", "will", "hold a festival"),
        ("China", "intend", "contribute $7.5 million"),
        ("Chile", "will", "host observers"),
        ("China", "aim", "cut emissions by 2035")]


def test_a_bank_named_in_portuguese_or_spanish_and_a_pledge_after_an_opening_participle():
    st = S.from_text("Joint Declaration of Brazil and Argentina\n\nBrasília, 12 de março de 2025\n\nThe Banco Nacional de "
                     "Desenvolvimento Econômico e Social (BNDES) will open a credit line of R$ 5 bilhões. The Banco de Inversión "
                     "y Comercio Exterior (BICE) of Argentina will contribute ARS 150 billion. Recalling the Green Alliance "
                     "launched in 2021, the leaders agreed to expand its scope. In 2022, Brazil launched the Initiative.\n")
    assert st.date == dt.date(2025, 3, 12)
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["target"])) == [
        ("Brazil", "will", "open a credit line of R$ 5 bilhões"),
        ("The Banco de Inversión y Comercio Exterior of Argentina", "will", "contribute ARS 150 billion"),
        ("both", "agree", "expand its scope")]


def test_a_new_trial_or_study_to_be_launched_is_the_signatories_unless_another_owns_it():
    st = S.from_text("Joint Vision Statement of the United States, Japan and the Philippines\n\nWashington, 11 April 2024\n\n"
                     "An Open RAN field trial will be launched in Manila. A China-funded centre will be opened. A G20 task force "
                     "will be established. A committee of the African Union will be set up. A joint study will be launched.\n")
    df = C.extract(st)
    assert list(zip(df["sentence"], df["actor"])) == [(0, "all"), (4, "all")]


def test_an_absolute_clause_names_each_partners_share():
    rows = rows_of("The leaders launched a clean energy fund, with Brazil committing USD 20 million and Argentina "
                   "providing USD 15 million. The partners agreed on a roadmap, with the European Union pledging EUR 3 "
                   "million to the facility. With China investing heavily in the region, the leaders agreed to coordinate.")
    assert rows == [
        ("both", "launch", "commitment", False, "a clean energy fund"),
        ("Brazil", "commit", "commitment", False, "USD 20 million"),
        ("Argentina", "provide", "commitment", False, "USD 15 million"),
        ("both", "agree", "commitment", False, "a roadmap"),
        ("European Union", "pledge", "commitment", False, "EUR 3 million to the facility"),
        # (a verb of money with no amount and no date tells of the region, pledges nothing)
        ("both", "agree", "commitment", False, "coordinate"),
    ]
    # (an intention too)
    assert rows_of("The leaders agreed to expand ethanol cooperation, with Brazil aiming to reach 20% blending by 2026 "
                   "and Argentina planning to export more ethanol.")[1:] == [
        ("Brazil", "aim", "intention", False, "reach 20% blending by 2026"),
        ("Argentina", "plan", "intention", False, "export more ethanol"),
    ]


def test_a_subject_that_denies_for_each_member_negates_and_a_start_date_is_a_timeline():
    rows = rows_of("None of the parties will deploy troops. No party shall use force. Brazil will lift the duties "
                   "with effect from 1 July 2026.")
    assert rows == [
        ("both", "will", "commitment", True, "deploy troops"),
        ("both", "shall", "commitment", True, "use force"),
        ("Brazil", "will", "commitment", False, "lift the duties with effect from 1 July 2026"),
    ]
    st = S.from_text("Joint Statement of the Foreign Ministers of the Nordic-Baltic Eight\n\nRiga, 22 January 2026\n\n"
                     "The Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden met in Riga. "
                     "They agreed that no NB8 country will import Russian gas after 1 January 2027.\n")
    row = C.extract(st).iloc[-1]
    assert (row.actor, bool(row.negated), row.target, row.catalysts) == (
        "NB8 countries", True, "import Russian gas after 1 January 2027", ["timeline"])


def test_the_items_under_a_passive_list_of_signed_instruments_are_the_signatories():
    st = S.from_text("Joint Communiqué between Ghana and the Republic of Korea\n\nSeoul, 2 June 2026\n\n"
                     "Outcomes\n\n12. The following agreements and memoranda of understanding were signed in the presence of "
                     "the two Presidents:\n(a) Framework Agreement on Concessional Loans for the years 2026-2030;\n"
                     "(b) Memorandum of Understanding on Cooperation in the Field of Critical Minerals;\n"
                     "(c) Agreement on Visa Exemption for Holders of Diplomatic Passports.\n\n"
                     "13. The following figures were noted:\n(a) trade of USD 2 billion.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "target"]].values.tolist() == [
        ["both", "sign", "commitment", "Framework Agreement on Concessional Loans for the years 2026-2030"],
        ["both", "sign", "commitment", "Memorandum of Understanding on Cooperation in the Field of Critical Minerals"],
        ["both", "sign", "commitment", "Agreement on Visa Exemption for Holders of Diplomatic Passports"],
    ]
    # (items one to a line, with no mark, up to the next line of prose)
    st = S.from_text("Joint Declaration of France and Morocco\n\nRabat, 28 October 2024\n\nOutcomes\n\n"
                     "The following agreements were signed:\nDeclaration on the Exceptional Reinforced Partnership\n"
                     "Financing agreement between the AFD and the ONCF\n\nM. Macron thanked His Majesty the King.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "target"]].values.tolist()[:2] == [
        ["both", "sign", "Declaration on the Exceptional Reinforced Partnership"],
        ["both", "sign", "Financing agreement between the AFD and the ONCF"],
    ]
    assert len(df) == 3


def test_a_further_amount_owned_by_a_second_party_and_a_majesty_before_a_title():
    st = S.from_text("Joint Declaration of France and Morocco\n\nRabat, 28 October 2024\n\nPartnership\n\n"
                     "His Majesty the King welcomed this position. The Ministers welcomed Norway's pledge of NOK 500 million "
                     "to the Ukraine Energy Support Fund and Denmark's announcement of a further DKK 2.1 billion for the "
                     "Danish model.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "target"]].values.tolist() == [
        ["Morocco", "welcome", "this position"],
        ["both", "welcome", "Norway's pledge of NOK 500 million to the Ukraine Energy Support Fund"],
        ["Norway", "pledge", "NOK 500 million to the Ukraine Energy Support Fund"],
        ["Denmark", "announce", "a further DKK 2.1 billion for the Danish model"],
    ]


def test_a_company_named_in_one_word_opens_its_own_clause():
    rows = rows_of("TotalEnergies and the Office Chérifien des Phosphates (OCP Group) will develop a green ammonia project. "
                   "Alstom will build a factory in Fez, and eighteen trainsets will be delivered by Alstom. PetroChina will "
                   "invest USD 2 billion. Tourism will grow in Fez.")
    assert [r[:2] for r in rows] == [
        ("TotalEnergies and the Office Chérifien des Phosphates", "will"), ("Alstom", "will"), ("Alstom", "will"),
        ("PetroChina", "will")]


def test_the_figure_a_change_starts_from_is_no_target():
    st = S.from_text("Joint Statement of Egypt and the European Union\n\nCairo, 17 March 2024\n\nReform\n\nEgypt will raise the "
                     "share of the private sector from 30% to 65% by 2030. Egypt will cut public debt from 96% of GDP to below "
                     "80%. Egypt will move 20 agencies.\n")
    assert C.extract(st)["catalyst_details"].tolist() == [
        ["numeric target: 65%", "timeline: by 2030"], ["numeric target: 80%"], ["numeric target: 20"]]


def test_a_target_ends_where_another_country_hedges():
    st = S.from_text("Joint Statement of Egypt and the European Union\n\nCairo, 17 March 2024\n\nEnergy\n\nThe two sides will "
                     "implement the trilateral MoU on gas trade, and Egypt may export up to 2 bcm of additional LNG to Europe if "
                     "supply from the eastern Mediterranean permits.\n")
    df = C.extract(st)
    # (and Egypt's "may", on the condition it names, is its intention)
    assert df[["actor", "target", "conditional"]].values.tolist() == [
        ["both", "implement the trilateral MoU on gas trade", False],
        ["Egypt", "export up to 2 bcm of additional LNG to Europe if supply from the eastern Mediterranean permits", True]]


def test_what_the_parties_would_still_do_after_what_they_could_not_agree():
    assert rows_of("The two leaders did not agree on the approach to Myanmar, but would continue to support the Five-Point "
                   "Consensus. They said the region would benefit.") == [
        ("both", "agree", "acknowledgement", True, "the approach to Myanmar"),
        ("both", "would", "commitment", False, "support the Five-Point Consensus"),
    ]


def test_a_manner_after_the_verb_is_no_part_of_what_was_noted():
    assert [r[4] for r in rows_of("The leaders noted with concern that global growth remains weak. They noted with deep "
                                  "appreciation the progress made. They welcomed with interest groups of experts.")] == [
        "that global growth remains weak", "the progress made", "with interest groups of experts"]


def test_a_target_ends_where_another_reporter_begins():
    assert rows_of("President Milei underlined Argentina's call for reform of the United Nations Security Council, and "
                   "President Lula said Brazil would not oppose it.") == [
        ("Argentina", "underline", "endorsement", False, "Argentina's call for reform of the United Nations Security Council"),
        ("Brazil", "would", "commitment", True, "oppose it"),
    ]


def test_a_plural_subject_before_a_verb_in_the_present_acts_again_after_and():
    # (the present tense says nothing of the subject; "The two sides designate" is both)
    assert [r[:2] + (r[4],) for r in rows_of(
        "The two sides designate 2026 as the China-Africa Year of People-to-People Exchanges and will hold more than 100 "
        "cultural events in that year. The parties note the progress made and will review it in 2026.")] == [
        ("both", "designate", "2026 as the China-Africa Year of People-to-People Exchanges"),
        ("both", "will", "hold more than 100 cultural events in that year"),
        ("both", "note", "the progress made"), ("both", "will", "review it in 2026")]


def test_a_title_in_the_plural_stands_for_the_people_named_after_it():
    rows = rows_of("The Ministers of Environment, Alicia Bárcena of Brazil and Susana Muhamad of Argentina, should explore a "
                   "joint monitoring system.")
    assert [r[:3] for r in rows] == [("both", "should", "intention")]


def test_a_principle_reaffirmed_is_no_named_institution_that_makes_it_firm():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe two sides "
                     "reaffirmed their commitment to the goals of the Paris Agreement. They reaffirmed their adherence to the "
                     "Charter of the United Nations. Brazil will strengthen cooperation on terrorist financing through the "
                     "Financial Action Task Force. Argentina reaffirmed its commitment to the full implementation of the Paris "
                     "Agreement by 2030.\n")
    df = C.extract(st)
    assert df[["category", "strength", "catalysts"]].values.tolist() == [
        ["endorsement", 1, []], ["endorsement", 1, []], ["commitment", 4, ["named institution"]],
        ["commitment", 4, ["timeline"]]]


def test_the_outcomes_a_meeting_delivered_are_the_parties_own():
    st = S.from_text("Joint Statement of Australia and India\n\nCanberra, 14 November 2025\n\nOutcomes\n\nThe Summit delivered "
                     "the following outcomes:\n\n- Launch of the Green Hydrogen Taskforce with a seed fund of INR 500 crore;\n"
                     "- Agreement to double flights between the two countries to 104 per week by 2027.\n\nThe leaders looked "
                     "forward to meeting again.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "strength", "target"]].values.tolist() == [
        ["both", "deliver", "commitment", 4, "Launch of the Green Hydrogen Taskforce with a seed fund of INR 500 crore"],
        ["both", "deliver", "commitment", 4, "Agreement to double flights between the two countries to 104 per week by 2027"],
        ["both", "look forward to", "intention", 2, "meeting again"]]


def test_the_parties_own_bodies_named_by_their_countries():
    st = S.from_text("Joint Statement of Australia and India\n\nNew Delhi, 14 November 2025\n\nMinerals\n\nIndia's Ministry of "
                     "Mines and Australia's Department of Industry, Science and Resources should convene an annual dialogue. "
                     "China's Ministry of Commerce should open its market.\n")
    df = C.extract(st)
    assert df[["actor", "body", "verb", "category", "target"]].values.tolist() == [
        ["both", "India's Ministry of Mines and Australia's Department of Industry, Science and Resources", "should",
         "intention", "convene an annual dialogue"]]


def test_council_conclusions_speak_for_the_union_and_their_lists_follow_long_lead_ins():
    st = S.from_text("Council conclusions on the Sahel\n\nBrussels, 17 November 2025\n\nThe Council adopted the following "
                     "conclusions:\n\n1. The Council calls on the transitional authorities in Mali, Burkina Faso and Niger to:\n"
                     "(a) release all persons arbitrarily detained;\n(b) ensure full humanitarian access.\n\n2. The EU will "
                     "mobilise EUR 600 million for the period 2025-2027, focusing on:\n(a) basic services;\n(b) food "
                     "security.\n\n3. It was not decided whether the next review would be held in June.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "negated", "target"]].values.tolist() == [
        ["European Union", "call on", "endorsement", False, "release all persons arbitrarily detained"],
        ["European Union", "call on", "endorsement", False, "ensure full humanitarian access"],
        ["European Union", "will", "commitment", False, "mobilise EUR 600 million for the period 2025-2027, focusing on"],
        ["European Union", "will", "commitment", False, "basic services"],
        ["European Union", "will", "commitment", False, "food security"],
        # (a decision not taken: no pledge)
        ["all", "decide", "acknowledgement", True, "whether the next review would be held in June"]]


def test_each_party_in_capitals_is_each_side_and_an_appeal_is_a_call_on_others():
    assert rows_of("Each Party shall accord to the mission of the other Party all the privileges provided for in the Vienna "
                   "Convention. Each side will appoint a coordinator.") == [
        ("both", "shall", "commitment", False, "accord to the mission of the other Party all the privileges provided for in "
                                               "the Vienna Convention"),
        ("both", "will", "commitment", False, "appoint a coordinator")]
    assert rows_of("The two Presidents appealed to Member States to contribute USD 25 million to the Peace Fund.") == [
        ("both", "appeal to", "endorsement", False, "Member States to contribute USD 25 million to the Peace Fund")]


def test_a_body_adopting_the_text_that_follows_takes_no_position():
    st = S.from_text("Communiqué of the 1250th meeting of the Peace and Security Council\n\nAddis Ababa, 14 March 2025\n\n"
                     "The Peace and Security Council of the African Union, at its 1250th meeting, Adopted the following:\n\n"
                     "Council,\n\n1. Takes note of the briefing by the Commission;\n\n2. Decides to deploy a mission.\n")
    assert [(r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("take note of", "the briefing by the Commission"), ("decide", "deploy a mission")]


def test_a_lead_in_numbered_as_a_decimal_paragraph_gives_its_bulleted_items_their_rows():
    assert rows_of("1.5 The two sides will:\n• reduce customs clearance times by 30 per cent;\n• convene the Joint "
                   "Commission in Q3 2025.\n\n1.6 The Presidents agreed to meet again.") == [
        ("both", "will", "commitment", False, "reduce customs clearance times by 30 per cent"),
        ("both", "will", "commitment", False, "convene the Joint Commission in Q3 2025"),
        ("both", "agree", "commitment", False, "meet again")]


def test_the_central_asian_side_is_the_central_asian_states():
    st = S.from_text("Joint Statement of the Summit of the Gulf Cooperation Council and the States of Central Asia\n\n"
                     "Riyadh, 8 June 2025\n\nCooperation\n\nThe Central Asian side affirmed its support for the sovereignty "
                     "of the GCC states. The GCC side expressed its intention to offer 1,000 scholarships, and the Central "
                     "Asian side will designate 2026 as the Year of Culture.\n")
    assert st.parties == ["Gulf Cooperation Council", "Central Asian States"]
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [
        ("Central Asian States", "affirm"), ("Gulf Cooperation Council", "express"), ("Central Asian States", "will")]


def test_a_place_before_a_comma_is_no_subject_with_the_country_after_it():
    assert [r[:2] for r in rows_of("Despite strikes on the ports of Odesa, Chornomorsk and Pivdennyi, Ukraine will expand "
                                   "exports. Kenya, Uganda and Tanzania will build a railway.")] == [
        ("Ukraine", "will"), ("Kenya, Uganda and Tanzania", "will")]


def test_an_offer_of_a_thing_is_an_intention_as_an_offer_to_act_is():
    assert rows_of("Argentina expressed interest in a threefold increase of capacity, and Brazil offered technical "
                   "assistance. Brazil offered co-financing of USD 250 million for the corridor. Argentina offered to host "
                   "the next meeting.") == [
        ("Argentina", "express", "intention", False, "a threefold increase of capacity"),
        ("Brazil", "offer", "intention", False, "technical assistance"),
        ("Brazil", "offer", "intention", False, "co-financing of USD 250 million for the corridor"),
        ("Argentina", "offer", "intention", False, "host the next meeting")]


def test_a_quotations_closing_mark_is_not_part_of_the_target():
    assert rows_of('President Lula said: "Our security and our prosperity are indivisible. Brazil will do its part." '
                   'Argentina will host the "Southern Forum".') == [
        ("Brazil", "will", "commitment", False, "do its part"),
        ("Argentina", "will", "commitment", False, 'host the "Southern Forum"')]


def test_references_and_how_things_stand_are_no_numeric_targets():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nEach Party shall "
                     "accord all the privileges provided for in the Vienna Convention, in particular Articles 22 to 31 "
                     "thereof. Both sides will expand direct flights, which currently number about 70 per week. They agreed "
                     "to improve connectivity where fewer than 40% of households currently have access. Brazil will train "
                     "500 engineers.\n")
    assert [r.catalysts for r in C.extract(st).itertuples()] == [["named institution"], [], [], ["numeric target"]]


def test_a_stated_intention_is_one_and_a_bare_statement_only_reports():
    assert rows_of("The European Union stated its intention to extend the CRIMARIO II project until 2028 with an additional "
                   "EUR 12.5 million. Brazil stated that Argentina would benefit from the new route.") == [
        ("European Union", "state", "intention", False,
         "extend the CRIMARIO II project until 2028 with an additional EUR 12.5 million")]


def test_an_agreement_or_a_law_is_no_actor():
    assert rows_of("The EU's Net-Zero Industry Act sets an objective of 50 Mt CO2 storage capacity by 2030. The Paris "
                   "Agreement sets a goal of 1.5 degrees. The Global Gateway will mobilise EUR 300 billion.") == [
        ("Global Gateway", "will", "commitment", False, "mobilise EUR 300 billion")]


def test_raising_concerns_is_a_position_raising_funds_an_act():
    assert rows_of("Brazil raised concerns about proposed tariffs on steel. Argentina will raise funds for the project.") == [
        ("Brazil", "raise concerns", "acknowledgement", False, "about proposed tariffs on steel"),
        ("Argentina", "will", "commitment", False, "raise funds for the project")]


def test_rows_under_the_following_commitments_under_a_plan_are_each_a_commitment():
    assert [r[:3] + (r[4],) for r in rows_of("The two Governments have agreed on the following specific commitments under "
                                             "the Joint Action Plan:\n\n- Renewable hydrogen; Joint pilot plant; NZD 25 "
                                             "million; 2027\n- Critical minerals; Lithium study; USD 4 million; 2026")] == [
        ("both", "agree", "commitment", "Renewable hydrogen; Joint pilot plant; NZD 25 million; 2027"),
        ("both", "agree", "commitment", "Critical minerals; Lithium study; USD 4 million; 2026")]


def test_a_figure_said_of_what_is_currently_so_is_still_a_target_of_the_act():
    assert rows_of("Brazil will restore 30% of the land currently degraded by mining.")[0][4] == \
        "restore 30% of the land currently degraded by mining"
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will restore "
                     "30% of the land currently degraded by mining.\n")
    assert C.extract(st)["catalysts"].tolist() == [["numeric target"]]


def test_items_under_a_heading_that_says_whose_they_are_are_that_sides_undertakings():
    md = ("# Joint Statement of the European Union and Namibia on Green Hydrogen\n\nWindhoek, 4 June 2025\n\n"
          "## What the European Union will contribute\n\n- Grants of EUR 40 million for the Lüderitz port by 2027;\n"
          "- Support from the European Investment Bank for skills centres.\n\n## What Namibia intends to do\n\n"
          "- Streamlined permits for hydrogen projects;\n- A training programme for 500 technicians.\n\n## Outlook\n\n"
          "- The two sides welcomed the progress made.\n")
    st = S.from_text(md, fmt="md")
    df = C.extract(st)
    got = [(r["actor"], r["category"], r["strength_label"], S.one_line(r["target"])) for r in df.to_dict("records")]
    assert got == [
        ("European Union", "commitment", "firm commitment", "Grants of EUR 40 million for the Lüderitz port by 2027"),
        ("European Union", "commitment", "firm commitment", "Support from the European Investment Bank for skills centres"),
        ("Namibia", "intention", "intention", "Streamlined permits for hydrogen projects"),
        ("Namibia", "intention", "intention", "A training programme for 500 technicians"),
        ("both", "endorsement", "endorsement", "the progress made"),
    ]
    from communique import briefing

    assert briefing.position_text(st, df.iloc[1].to_dict(), 40) == "will contribute support from the European Investment Bank for skills centres"


def test_a_dateline_run_into_the_first_sentence_is_not_part_of_its_subject():
    for opening in ("Dublin, 12 March 2026 – Ireland and Mongolia today signed", "DUBLIN, 12 March 2026 -- Ireland and Mongolia signed"):
        st = S.from_text(f"Ireland and Mongolia sign a Memorandum of Understanding\r\n\r\n{opening} a Memorandum of "
                         "Understanding on Aviation at Iveagh House. Mongolia will train 40 inspectors.\r\n")
        rows = C.extract(st)
        assert list(zip(rows["actor"], rows["verb"])) == [("both", "sign"), ("Mongolia", "will")]


def test_what_the_parties_are_pleased_to_announce_is_theirs_to_do():
    st = S.from_text("Joint Vision Statement of Japan, the Philippines and the United States\r\n\r\nWashington, 14 March 2026\r\n\r\n"
                     "Security\r\n\r\nWe are pleased to announce the expansion of the Luzon Economic Corridor. We are delighted "
                     "to launch the Quad Fellowship. We are delighted to welcome Viet Nam as an observer.\r\n")
    rows = C.extract(st)
    assert list(zip(rows["actor"], rows["verb"], rows["category"])) == [
        ("all", "announce", "commitment"), ("all", "launch", "commitment"), ("all", "welcome", "endorsement")]


def test_the_means_a_party_acts_through_is_no_part_of_who_acts():
    st = S.from_text("Joint Statement of the Quad Leaders\r\n\r\nWilmington, 21 September 2026\r\n\r\nDeliverables\r\n\r\n"
                     "- OPEN RAN IN THE PACIFIC: The United States, through the U.S. Agency for International Development, "
                     "will provide US$8 million to Palau, and Japan intends to support a feasibility study in Tuvalu.\r\n"
                     "- Moreover, Australia, via the Australian Infrastructure Financing Facility for the Pacific, will lend "
                     "A$50 million to Fiji.\r\n")
    rows = C.extract(st)
    assert list(zip(rows["actor"], rows["verb"], rows["strength_label"])) == [
        ("United States", "will", "firm commitment"), ("Japan", "intend", "intention"), ("Australia", "will", "firm commitment")]


def test_a_company_whose_name_ends_in_ing_can_act():
    st = S.from_text("# Fact Sheet: Quad Leaders' Summit\n\nWilmington, 21 September 2026\n\n## Aviation\n\n"
                     "- AVIATION SAFETY: Boeing and Tata Advanced Systems will establish a regional training centre in "
                     "Hyderabad.\n- Boeing will train 500 pilots by 2028.\n- Recalling the 2024 summit, the leaders will meet again.\n", fmt="md")
    rows = C.extract(st)
    assert list(zip(rows["actor"], rows["verb"])) == [("Boeing and Tata Advanced Systems", "will"), ("Boeing", "will"), ("all", "will")]


def test_heading_items_stop_at_prose_and_an_agenda_heading_is_no_undertaking():
    md = ("# Joint Statement of Ireland and Namibia\n\nWindhoek, 4 June 2025\n\n## What Ireland will provide\n\n"
          "- Technical assistance from Teagasc on dairy genetics.\n\nNamibia, for its part, has agreed to:\n\n"
          "- host a regional hydrogen training centre.\n\n## What the Leaders will discuss\n\n- Climate finance at COP31.\n")
    rows = C.extract(S.from_text(md, fmt="md"))
    assert list(zip(rows["actor"], rows["verb"], rows["target"])) == [
        ("Ireland", "will", "Technical assistance from Teagasc on dairy genetics"), ("Namibia", "agree", "host a regional hydrogen training centre")]


def test_a_wire_dateline_without_a_year_is_no_part_of_the_subject():
    for opening in ("WASHINGTON — The United States and Namibia today signed", "Windhoek, March 12 (NAMPA) - Namibia and the United States signed"):
        st = S.from_text(f"Joint Statement of the United States and Namibia\r\n\r\n{opening} a compact. Namibia will host the next round.\r\n")
        assert list(zip(C.extract(st)["actor"], C.extract(st)["verb"])) == [("both", "sign"), ("Namibia", "will")]


def test_a_subject_and_a_colon_lead_acts_marked_inside_one_sentence():
    got = rows_of("Leaders: (i) endorsed the Pacific Resilience Facility; (ii) noted the pledges of A$100 million from Australia; "
                  "(iii) tasked the Secretariat to complete the capitalisation of the Facility by 2026; and (iv) called on partners "
                  "to contribute at least US$250 million.\n\nBrazil: (a) will host the 2026 meeting; (b) will provide USD 2 million.")
    assert [r[:3] + (r[4],) for r in got] == [
        ("both", "endorse", "endorsement", "the Pacific Resilience Facility"),
        ("both", "note", "acknowledgement", "the pledges of A$100 million from Australia"),
        ("both", "task", "commitment", "the Secretariat to complete the capitalisation of the Facility by 2026"),
        ("both", "call on", "endorsement", "partners to contribute at least US$250 million"),
        ("Brazil", "will", "commitment", "host the 2026 meeting"),
        ("Brazil", "will", "commitment", "provide USD 2 million"),
    ]
    # a lead-in whose verb takes the items keeps them
    assert [r[1] for r in rows_of("The Ministers decided to: (i) endorse the plan; (ii) task officials to report by 2026.")] == [
        "decide", "decide"]
    # a condition inside one item is that item's; one in the lead-in holds them all
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nThe Leaders decided: (i) to admit "
                     "Timor-Leste as a member in 2026, subject to the completion of its roadmap; (ii) to establish a reserve "
                     "fund of USD 100 million; (iii) to extend the envoy's mandate.\n\nSubject to parliamentary approval, the "
                     "Ministers decided to: (a) open a consulate in Salta; (b) fund ten scholarships.\n")
    assert C.extract(st)[["target", "condition", "strength"]].values.tolist() == [
        ["to admit Timor-Leste as a member in 2026, subject to the completion of its roadmap", "subject to the completion of its roadmap", 3],
        ["to establish a reserve fund of USD 100 million", "", 4],
        ["to extend the envoy's mandate", "", 3],
        ["open a consulate in Salta", "Subject to parliamentary approval", 3],
        ["fund ten scholarships", "Subject to parliamentary approval", 3],
    ]
    # (marks with a closing bracket only)
    assert [r[1] for r in rows_of("Leaders: i) endorsed the Facility; ii) noted the pledges; and iii) agreed to meet in 2026.")] == [
        "endorse", "note", "agree"]


def test_sub_items_typed_with_an_o_under_a_bullet_are_their_own_positions():
    st = S.from_text("Joint Statement of Korea and Viet Nam\n\nHanoi, 11 August 2025\n\nTrade\n\n\u2022 The two leaders set "
                     "the target of USD 150 billion bilateral trade by 2030.\n  o The Korean side agreed to open its market to "
                     "Vietnamese pomelo by 2027.\n  o The Vietnamese side will resolve pending tax refund issues in 2025.\n")
    assert [(r.actor, r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("both", "set a target", "USD 150 billion bilateral trade by 2030"),
        ("South Korea", "agree", "open its market to Vietnamese pomelo by 2027"),
        ("Vietnam", "will", "resolve pending tax refund issues in 2025"),
    ]


def test_a_request_that_another_act_is_a_call_and_seeking_after_an_aside_an_intention():
    got = rows_of("Leaders requested that Japan continue independent scientific monitoring. Leaders requested the Secretariat "
                  "to report by 2026. Brazil will, together with the United States, seek to expand trilateral cooperation. "
                  "Brazil will, in turn, provide USD 5 million.")
    assert [r[:3] for r in got] == [("both", "request", "endorsement"), ("both", "request", "commitment"),
                                    ("Brazil", "will", "intention"), ("Brazil", "will", "commitment")]


def test_a_figure_in_a_clause_that_says_what_a_thing_is_is_no_target():
    got = C.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCrime\n\nWe reaffirmed "
                                "our commitment to combat online scams, which are estimated to generate up to US$37 billion "
                                "annually. Brazil will support renewables, which account for 40% of supply. Argentina will fund "
                                "the Facility, which will provide USD 5 million.\n"))
    assert got[["strength", "catalysts"]].values.tolist() == [[3, []], [3, []], [4, ["numeric target"]]]


def test_but_opens_a_sentence_and_raised_concerns_or_opposition_are_positions():
    got = rows_of("But Brazil will provide USD 5 million. However, Argentina will host the summit. Argentina raised its "
                  "serious concerns about export controls. Brazil raised tariffs on steel. Argentina expressed its firm "
                  "opposition to the duties.")
    assert [r[:3] for r in got] == [("Brazil", "will", "commitment"), ("Argentina", "will", "commitment"),
                                    ("Argentina", "raise", "acknowledgement"), ("Argentina", "express", "endorsement")]
    from communique import briefing

    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nTrade\n\nArgentina expressed its "
                     "firm opposition to the duties. Brazil expressed support for the plan.\n")
    assert [briefing.endorsement_kind(r) for r in C.extract(st).to_dict("records")] == ["condemnation", "endorsement"]


def test_operative_verbs_in_capitals_inside_a_sentence_are_read():
    st = S.from_text("FINAL COMMUNIQUÉ OF THE ECOWAS AUTHORITY\r\n\r\nAbuja, 15 December 2024\r\n\r\nSECURITY\r\n\r\n"
                     "1. The Authority DECIDES to:\r\n(a) establish a transition period of six months;\r\n(b) maintain the "
                     "recognition of passports.\r\n\r\n2. The Authority TAKES NOTE of the report and STRONGLY CONDEMNS the "
                     "attacks. It URGES Member States to pay their dues and CALLS ON ECOWAS partners to act.\r\n\r\n"
                     "3. DIRECTS the Commission to release US$ 10 million.\r\n")
    got = C.extract(st)
    # (the Authority of ECOWAS, whose communiqué it is, speaks for it)
    assert got[["actor", "verb", "category"]].values.tolist() == [
        ["ECOWAS", "decide", "commitment"], ["ECOWAS", "decide", "commitment"], ["ECOWAS", "take note of", "acknowledgement"],
        ["ECOWAS", "condemn", "endorsement"], ["ECOWAS", "urge", "endorsement"], ["ECOWAS", "call on", "endorsement"],
        ["ECOWAS", "direct", "commitment"]]
    # the text as received keeps its capitals; a heading in capitals stays one
    assert "The Authority DECIDES to:" in st.original and [s.heading for s in st.sections][-1] == "SECURITY"
    assert not any("DECIDES" in n or "URGES" in n for n in E.extract(st)["name"])


def test_notes_closing_a_page_take_no_positions_and_its_date_modified_line_is_left_out():
    html = ("<html><body><h1>G7 Leaders' Communiqué</h1><p>Kananaskis, 17 June 2025</p><h2>Economy</h2><p>We will mobilize "
            "US$600 billion through PGII by 2027.<sup>1</sup></p><p class='date-modified'>Date modified: 2025-06-18</p>"
            "<ol class='footnotes'><li>Announced at the Apulia Summit, 13-15 June 2024.</li></ol></body></html>")
    st = S.from_text(html, fmt="html")
    assert [s.heading for s in st.sections][-1] == "Notes" and "Date modified" not in st.text
    assert [(r.verb, r.section) for r in C.extract(st).itertuples()] == [("will", "Economy")]
    assert "2025-06-18" not in F.extract(st)["text"].tolist()
    assert F.extract(S.from_text("Joint Statement of India and Germany\n\nDelhi, 2 May 2025\n\nMigration\n\nAgencies licensed "
                                 "under the Emigration Act, 1983 will help.\n")).query("text == '1983'")["in_name"].tolist() == [True]


def test_we_inside_a_leaders_quoted_words_is_the_leaders_side():
    st = S.from_text("Joint Press Statement of the European Union and China\n\nBeijing, 24 July 2025\n\nTrade\n\nThe two sides "
                     "discussed trade. President of the European Council António Costa said: \"We are ready to work with China. "
                     "But we will also use all the tools at our disposal to protect European industry.\" The two sides will "
                     "meet again in 2026.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [
        ("both", "discuss"), ("European Union", "stand ready"), ("European Union", "will"), ("both", "will")]


def test_what_the_second_review_of_this_change_found_in_commitments():
    from communique import analysis

    for said in ("The Leaders expressed disappointment that WTO Members could not reach consensus on fisheries subsidies.",
                 "They affirmed that the State of Qatar reserves its right to respond.",
                 "They noted that differences remain between the parties to the conflict."):
        st = S.from_text("Joint Statement of Japan and Fiji\n\nSuva, 3 March 2025\n\nClimate\n\n" + said + "\n")
        assert C.reservations(st) == []
    st = S.from_text("Statement by the Chairperson of the African Union Commission on the Situation in Eastern DRC\n\nAddis Ababa, "
                     "3 March 2025\n\nThe Chairperson calls for calm.\n")
    assert analysis.analyze(st).summary["chair_text"] is False
    got = rows_of("The two sides will build the highway, which is expected to be completed by 2027. Leaders requested that the "
                  "ASEAN Secretariat submit a report. President Lula said: \"Our ties are strong.\n\nWe will act.")
    assert [r[:3] for r in got] == [("both", "will", "commitment"), ("both", "request", "commitment"), ("both", "will", "commitment")]
    assert C.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe two "
                                 "sides will build the highway, which is expected to be completed by 2027.\n"))["catalysts"].tolist() == [
        ["timeline"]]
    from communique import briefing

    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe Ministers reaffirmed "
                     "the opposition's right to take part in elections.\n")
    assert [briefing.endorsement_kind(r) for r in C.extract(st).to_dict("records")] == ["endorsement"]


def test_actors_conditions_and_records_of_a_uk_nigeria_and_a_china_caribbean_text():
    # a condition after a comma; the officials of both sides; a body known by its acronym
    got = rows_of("Argentina reiterated its target of reducing emissions by 47 per cent by 2030, conditional on international "
                  "support. Officials of both sides will review progress by 30 June 2026. British International Investment (BII) "
                  "announced a new commitment of US$300 million to support renewable energy.")
    assert [r[:3] for r in got] == [("Argentina", "reiterate", "intention"), ("both", "will", "commitment"),
                                    ("British International Investment", "announce", "commitment")]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nArgentina reiterated "
                     "its target of reducing emissions by 47 per cent by 2030, conditional on international support.\n")
    assert C.extract(st)["condition"].tolist() == ["conditional on international support"]
    # a running total is no second pledge; a record since a bank began is no pledge at all
    assert [r[:2] for r in rows_of(
        "Brazil announced a contribution of USD 350 million to the Fund, bringing Brazil's total pledge to half a billion "
        "dollars. The New Development Bank has approved more than 120 projects worth over US$ 39 billion since its "
        "establishment.")] == [("Brazil", "announce")]
    # a party that will encourage its own firms acts; one that will encourage another approves
    assert [r[:3] for r in rows_of("Brazil will encourage its enterprises to invest no less than US$ 2 billion in "
                                   "Argentina. Brazil will encourage Argentina to invest more. The two sides will encourage "
                                   "European companies to join.")] == [
        ("Brazil", "will", "commitment"), ("Brazil", "will", "endorsement"), ("both", "will", "endorsement")]
    # thanks to another for its offer: the offer is the other's, no intention of the one who thanks
    assert [r[:3] for r in rows_of("Brazil expressed its appreciation to the Government of Chile for its offer to host the "
                                   "next meeting.")] == [("Brazil", "express", "endorsement")]


def test_two_unions_the_parties_by_name_a_refusal_of_another_treasurers_and_encouraging_exchanges():
    st = S.from_text("Joint Communiqué of the European Union and the African Union\n\nBrussels, 21 May 2025\n\nCooperation\n\n"
                     "The two Unions shall establish a joint monitoring mechanism. The EU and the AU intend to hold a summit in "
                     "2026. Russia cannot invoke resolution 2202. We cannot accept the annexation of Crimea. The Treasurers will "
                     "review progress. The Sides shall encourage exchanges in culture. The EU will encourage the AU to act.\n")
    assert [(r.actor, r.verb, r.category, bool(r.negated)) for r in C.extract(st).itertuples()] == [
        ("both", "shall", "commitment", False), ("both", "intend", "intention", False), ("both", "can", "commitment", True),
        ("both", "will", "commitment", False), ("both", "shall", "commitment", False),
        ("European Union", "will", "endorsement", False)]


NORDIC_TABLE = """# Joint Statement of Denmark, Estonia, Finland, Latvia, Lithuania and Sweden

Vilnius, 14 November 2025

## Pledges

The Baltic States will each maintain support of no less than 0.25 percent of their GDP. Denmark will provide EUR 200 million
for air defence. We note that Danish and Swedish companies have signed contracts worth USD 2 billion this year.

The following pledges were announced at today's meeting:

| Country | Pledge | Purpose |
|---|---|---|
| Denmark | EUR 200 million | Air defence |
| Finland | EUR 200 million | Defence package |
| Sweden | SEK 2.5 billion | Combat vehicles |
"""


def test_a_regional_group_of_the_parties_and_each_row_of_a_table_of_pledges_is_its_countrys():
    df = C.extract(S.from_text(NORDIC_TABLE, fmt="md"))
    assert [(r.actor, r.verb) for r in df.itertuples()] == [
        ("Estonia, Latvia and Lithuania", "will"), ("Denmark", "will"), ("all", "note"),
        ("Denmark", "announce"), ("Finland", "announce"), ("Sweden", "announce")]
    assert df["category"].tolist()[2] == "acknowledgement"  # (what companies signed this year is a record)


def test_what_the_review_of_the_four_shapes_found():
    # their firms are not the parties; a commitment to a share is one; a road number is no amount; trade unions
    got = rows_of("The companies of the two countries will sign contracts worth USD 5 billion. The leaders welcomed "
                  "Argentina's commitment to 82 percent renewable electricity by 2030. Brazil will rehabilitate the N2 road. "
                  "The unions will nominate members.")
    assert [r[:2] for r in got] == [("The companies of the two countries", "will"), ("both", "welcome"),
                                    ("Argentina", "commit"), ("Brazil", "will")]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will "
                     "rehabilitate the N2 road.\n")
    assert C.extract(st)["catalysts"].tolist() == [[]]


def test_a_verb_alone_over_its_objects_a_promise_in_a_relative_clause_and_a_decimal_comma_target():
    from communique import analysis, briefing

    st = S.from_text("Joint Declaration of Spain and Mexico\n\nMexico City, 15 March 2025\n\nB. Economy\n\nBoth Governments shall "
                     "promote:\n\n– exchanges between CSIC and CONAHCYT;\n– the digitisation of archives.\n\nThe leaders agreed on "
                     "targets:\n\n- Non-oil trade.\n\nThe Treaty will enter into force once both countries have completed their "
                     "domestic processes, which the leaders committed to conclude by March 2026. Spain will provide 3,5 million "
                     "euros.\n")
    a = analysis.analyze(st)
    rows = a.commitments.to_dict("records")
    assert [briefing._position_words(st, r, 30) for r in rows[:2]] == [
        "shall promote exchanges between CSIC and CONAHCYT", "shall promote the digitisation of archives"]
    assert [(r["actor"], r["verb"]) for r in rows[2:]] == [("both", "agree"), ("both", "commit"), ("Spain", "will")]
    assert rows[-1]["catalysts"] == ["numeric target"] and rows[-2]["catalysts"] == ["timeline"]


def test_near_variants_the_review_named():
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nBrazil will disburse "
                     "USD 5 million, conditioned on progress in reforms.\n")
    assert C.extract(st)["condition"].tolist() == ["conditioned on progress in reforms"]
    df = F.extract(S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nEnergy\n\nThey will build a "
                                "300 MWp solar park and 9.9 GWe of nuclear capacity.\n"))
    assert df[["text", "unit"]].values.tolist() == [["300 MWp", "megawatt"], ["9.9 GWe", "gigawatt"]]
    df = E.extract(S.from_text("Joint Communiqué of Kenya and Uganda\n\nNairobi, 3 March 2025\n\nTalks\n\nThe talks were led by "
                                "Amb Peter Kamau, Principal Secretary.\n"))
    assert "Peter Kamau" in set(df["name"])
    for title in ("Joint Statement of Poland and Lithuania on Military Support to Ukraine",
                  "Joint Statement of Poland and Lithuania in Support of Ukraine"):
        assert S.from_text(f"{title}\n\nWarsaw, 3 March 2025\n\nAid\n\nThey will act.\n").parties == ["Poland", "Lithuania"]


def test_a_partys_public_bodies_act_for_it_and_keep_their_names():
    st = S.from_text("Joint Statement of the United States and Kenya\n\nNairobi, 23 May 2024\n\nDevelopment\n\nThe United States is "
                     "providing $10 million in assistance. The U.S. International Development Finance Corporation (DFC) is "
                     "awarding a loan. Kenya's Ministry of Health is facilitating access. USAID will deliver 1 500 000 doses. "
                     "Microsoft will build 300 towers. Kenya provides free tuition.\n")
    df = C.extract(st)
    assert df[["actor", "body", "verb", "category"]].values.tolist() == [
        ["United States", "", "provide", "commitment"],
        ["United States", "The U.S. International Development Finance Corporation", "award", "commitment"],
        ["Kenya", "Kenya's Ministry of Health", "facilitate", "commitment"],
        ["United States", "USAID", "will", "commitment"],
        ["Microsoft", "", "will", "commitment"]]  # (a firm stays apart; what is done in the present tells no act)
    assert "numeric target" in df.catalysts[3]  # (1 500 000 doses)
    from communique import briefing

    assert [briefing.actor_label(r) for r in df.to_dict("records")][1:4] == [
        "United States (U.S. International Development Finance Corporation)", "Kenya (Kenya's Ministry of Health)",
        "United States (USAID)"]


def test_the_bodies_of_our_three_countries_and_a_list_of_them_are_all_the_parties():
    st = S.from_text("Joint Vision Statement of the United States, Japan and the Philippines\n\nWashington, 11 April 2024\n\n"
                     "Maritime\n\nThe coast guards of our three countries will conduct a joint exercise. The Japan Coast Guard, "
                     "the Philippine Coast Guard and the United States Coast Guard will train together. The Japan Coast Guard "
                     "and the Philippine Coast Guard will patrol. We will launch a Partnership through which Japan will provide "
                     "5 vessels. The President of the Republic of the Philippines will visit Tokyo. The universities of our "
                     "three countries will exchange students.\n")
    df = C.extract(st)
    assert df[["actor", "body", "target"]].values.tolist() == [
        ["all", "", "conduct a joint exercise"],
        ["all", "The Japan Coast Guard, the Philippine Coast Guard and the United States Coast Guard", "train together"],
        ["Japan and Philippines", "The Japan Coast Guard and the Philippine Coast Guard", "patrol"],
        ["all", "", "launch a Partnership"],
        ["Japan", "", "provide 5 vessels"],
        ["Philippines", "", "visit Tokyo"],
        ["The universities of our three countries", "", "exchange students"]]


def test_a_role_set_off_after_a_second_subject_and_office_holders_named_after_their_offices():
    def rows(body):
        st = S.from_text("Joint Statement of Indonesia and New Zealand\n\nJakarta, 14 May 2025\n\nCooperation\n\n" + body + "\n")
        return [(r.actor, r.verb, r.target) for r in C.extract(st).itertuples()]

    assert rows("Indonesia reiterated its intention to pursue membership of the CPTPP, and New Zealand, as depositary, noted "
                "Indonesia's interest and undertook to share its experience.") == [
        ("Indonesia", "reiterate", "pursue membership of the CPTPP"), ("New Zealand", "note", "Indonesia's interest"),
        ("New Zealand", "undertake", "share its experience")]
    # (not "as well as": the second subject is one of the list)
    assert [r[0] for r in rows("Indonesia, as well as New Zealand, will support the Forum. Indonesia, together with New "
                               "Zealand, will host it.")] == ["both", "both"]
    assert rows("New Zealand's Minister for Emergency Management, the Hon Mark Mitchell, and the Head of Indonesia's "
                "National Disaster Management Agency (BNPB), Lieutenant General Suharyanto, will convene an expert "
                "exchange.") == [("both", "will", "convene an expert exchange")]
    # (an office of another country's stays as written)
    assert rows("New Zealand's Minister for Trade, the Hon Todd McClay, and the Head of Australia's Trade Agency, Dr Jane "
                "Smith, will meet.")[0][0] != "both"


def test_the_people_a_text_speaks_for_are_no_numeric_target():
    def cats(body):
        st = S.from_text("Joint Statement of Indonesia and India\n\nJakarta, 14 May 2025\n\nTrade\n\n" + body + "\n")
        return [r.catalysts for r in C.extract(st).itertuples()]

    assert cats("They committed to growth for our more than 550 million people. They will build prosperity for the 1.4 "
                "billion people of India. The two countries, with a combined population of 1.7 billion, will expand trade.") \
        == [[], [], []]
    assert cats("They will vaccinate 550 million people by 2030. They will reach 2 million people of working age.") == [
        ["numeric target", "timeline"], ["numeric target"]]


def test_what_the_ministers_meeting_probe_found():
    def rows(body, cols=("actor", "verb", "category", "negated", "condition", "target")):
        st = S.from_text("Joint Communiqué of Australia and Viet Nam\n\nHanoi, 14 October 2025\n\nCooperation\n\n" + body + "\n")
        return [tuple(r) for r in C.extract(st)[list(cols)].values.tolist()]

    # "while" before what lasts sets a condition; a contrast does not
    assert rows("Australia will not impose additional tariffs while the review of the Free Trade Area is under way. Viet "
                "Nam will cut coal use, while Australia has legislated a 43% reduction.") == [
        ("Australia", "will", "commitment", True, "while the review of the Free Trade Area is under way",
         "impose additional tariffs while the review of the Free Trade Area is under way"),
        ("Vietnam", "will", "commitment", False, "", "cut coal use")]
    # a refusal's positive half is a position of its own
    assert rows("Viet Nam does not intend to participate in the initiative at this stage, but remains open to exchanging "
                "views on arms control. Route 1 is open.") == [
        ("Vietnam", "intend", "intention", True, "", "participate in the initiative at this stage"),
        ("Vietnam", "remain open", "intention", False, "", "exchanging views on arms control")]
    # the next meeting named with an "and" in its name is the signatories' to hold
    assert rows("The Third Foreign and Defence Ministers' Meeting will be held in Australia in 2026.",
                ("actor", "target")) == [("both", "The Third Foreign and Defence Ministers' Meeting will be held in Australia in 2026")]


def test_the_bodies_known_by_name_act_for_their_party_and_a_counted_record_is_no_position():
    st = S.from_text("Joint Statement by the European Union and Canada\n\nBrussels, 12 June 2025\n\nInvestment\n\nThe European "
                     "Investment Bank (EIB) will commit €4.5 billion. Export Development Canada will mobilise C$1.2 billion. "
                     "The European Commission and Natural Resources Canada will deepen cooperation. The Fund has supported "
                     "45 projects in 37 countries since 2004. Air Canada will open a route.\n")
    df = C.extract(st)
    assert df[["actor", "body"]].values.tolist() == [
        ["European Union", "The European Investment Bank"], ["Canada", "Export Development Canada"],
        ["both", "The European Commission and Natural Resources Canada"], ["Air Canada", ""]]


def test_bodies_a_text_names_without_their_country_act_for_the_party_it_implies():
    # (known by name or acronym: the United Kingdom's research funder and navy, Japan's NEDO)
    st = S.from_text("Joint Statement by the United Kingdom and Japan\n\nLondon, 12 June 2025\n\nScience\n\nUK Research and "
                     "Innovation will fund 20 projects. UKRI will fund 50 fellowships. The Royal Navy will deploy an Offshore "
                     "Patrol Vessel. Japan's New Energy and Industrial Technology Development Organization (NEDO) will provide "
                     "grants of USD 1.5 billion. The Japan Science and Technology Agency and the Japan Foundation will fund exchanges.\n")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["United Kingdom", "UK Research and Innovation"], ["United Kingdom", "UKRI"], ["United Kingdom", "The Royal Navy"],
        ["Japan", "Japan's New Energy and Industrial Technology Development Organization"],
        ["Japan", "The Japan Science and Technology Agency and the Japan Foundation"]]
    # (two central banks, each named by its country)
    assert rows_by("Vietnam and Russia", "Hanoi", "The State Bank of Vietnam and the Central Bank of the Russian Federation will "
                   "continue consultations.", ["actor", "body"]) == [
        ["both", "The State Bank of Vietnam and the Central Bank of the Russian Federation"]]
    # (a department paired with the other party's ministry, in a text of two, is the first party's;
    # a department of the office that issued the text is that office's party; a firm is no one's)
    fact = ("FACT SHEET: The United States and Vietnam\n\nThe White House\nDecember 10, 2024\n\n## Economy\n\n"
            "- The Department of Energy and Vietnam's Ministry of Industry and Trade signed a Memorandum of Understanding.\n"
            "- The Department of Commerce will lead a trade mission to Hanoi.\n- Boeing and Vietnam Airlines signed an agreement.\n")
    st = S.from_text(fact, fmt="md")
    assert st.issuer == "The White House"
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["both", "The Department of Energy and Vietnam's Ministry of Industry and Trade"],
        ["United States", "The Department of Commerce"], ["Boeing and Vietnam Airlines", ""]]
    # (issued by no party's office, a bare department is left as written)
    assert rows_by("Vietnam and Korea", "Hanoi", "The Department of Commerce will lead a trade mission.", ["actor", "body"]) == [
        ["Department of Commerce", ""]]


def test_a_lead_in_whose_items_say_what_was_agreed_gives_no_row_of_its_own():
    md = ("# Joint Declaration of India, Brazil and South Africa\n\n*Pretoria, 9 September 2025*\n\n## Digital\n\nThe Leaders "
          "agreed that:\n\n1. an IBSA Working Group on Artificial Intelligence shall be established;\n2. the three countries "
          "will cooperate on cybersecurity.\n\nThe Leaders declined to endorse unilateral carbon border measures.\n")
    rows = C.extract(S.from_text(md, fmt="md")).to_dict("records")
    assert [(r["actor"], r["verb"], r["target"]) for r in rows] == [
        ("all", "shall", "an IBSA Working Group on Artificial Intelligence shall be established"),
        ("all", "will", "cooperate on cybersecurity"), ("all", "decline", "endorse unilateral carbon border measures")]
    from communique import briefing

    assert briefing.endorsement_kind(rows[-1]) == "refusal"


def test_confirming_that_a_thing_will_be_done_binds_the_one_who_confirms():
    def rows(body):
        st = S.from_text("Joint Statement by the European Union and Canada\n\nBrussels, 12 June 2025\n\nUkraine\n\n" + body + "\n")
        return [(r.actor, r.verb, r.category) for r in C.extract(st).itertuples()]

    assert rows("The EU confirmed that the Ukraine Facility of €50 billion will be fully disbursed by 2027. The EU confirmed "
                "that the economy will grow by 2% in 2026.") == [
        ("European Union", "confirm", "commitment"), ("European Union", "confirm", "endorsement")]


def test_a_position_held_against_the_others_and_a_colon_after_to():
    st = S.from_text("Joint Statement by the European Union and Canada\n\nBrussels, 12 June 2025\n\nTrade\n\nThe EU side noted its "
                     "concern over Canada's digital services tax, while Canada maintained that the measure is consistent with its "
                     "international obligations. The two sides maintained close contacts. Leaders agreed to: establish a "
                     "Critical Minerals Investment Platform, with the European Investment Bank committing €4.5 billion.\n")
    assert [(r.actor, r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("European Union", "note", "its concern over Canada's digital services tax"),
        ("Canada", "maintain", "the measure is consistent with its international obligations"),
        ("both", "agree", "establish a Critical Minerals Investment Platform"),
        ("European Union", "commit", "€4.5 billion")]


def test_what_the_second_round_of_probes_found():
    def rows(header, body, cols=("actor", "verb", "category", "negated", "target")):
        st = S.from_text(header + "\n\nAccra, 14 October 2025\n\nTrade\n\n" + body + "\n")
        return [tuple(r) for r in C.extract(st)[list(cols)].values.tolist()]

    # "with" of a fixed phrase takes a noun, no absolute clause
    assert rows("Joint Communiqué of Nigeria and Ghana", "Ghana will contribute 45 billion CFA francs to the Authority, in "
                "accordance with the Treaty establishing the Corridor.", ("actor", "verb")) == [("Ghana", "will")]
    # a party encouraging its own firms, named by its country's adjective, acts
    assert rows("Joint Statement between China and Brazil", "The Chinese side will encourage Chinese enterprises to invest. "
                "The Chinese side will encourage European companies to join.", ("actor", "category")) == [
        ("China", "commitment"), ("China", "endorsement")]
    # two central banks known by name are both parties'
    assert rows("Joint Statement between China and Brazil", "The People's Bank of China and the Banco Central do Brasil will "
                "renew the swap agreement.", ("actor", "body")) == [
        ("both", "The People's Bank of China and the Banco Central do Brasil")]
    # a semicolon before another subject's clause ends the target
    assert rows("Joint Declaration of Mexico and Colombia", "Colombia invited Mexico to join the initiative; Mexico did not "
                "join this initiative at this time.", ("actor", "target")) == [("Colombia", "Mexico to join the initiative")]
    # a member apart from the rest, unnamed, is a reservation
    st = S.from_text("G20 Leaders' Declaration\n\nJohannesburg, 23 November 2025\n\nTrade\n\nWe, the Leaders of the G20, met. "
                     "One member expressed a different view on the reform of the WTO. Some members expressed reservations on "
                     "paragraph 1. We welcome the debt restructurings of Zambia, Ghana and Ethiopia.\n")
    assert C.reservations(st) == [1, 2] and st.parties == ["G20"]


def test_a_commitment_renewed_to_a_principle_is_a_position_and_to_an_act_a_pledge():
    got = [r[:3] for r in rows_of(
        "They reaffirmed their commitment to multilateralism. They reiterated their commitment to the Paris Agreement. "
        "They reaffirmed their shared commitment to an open, stable and prosperous region. They reaffirmed their "
        "commitment to work together on climate. They reaffirmed their commitment to achieving the SDGs. They reaffirmed "
        "their commitment to deepen ties. They reaffirmed their commitment to the full implementation of the Agreement. "
        "They reaffirmed their commitment to peace in 2026. The leaders committed to multilateralism.")]
    assert [c for _, _, c in got] == ["endorsement", "endorsement", "endorsement", "commitment", "commitment", "commitment",
                                      "commitment", "commitment", "commitment"]


def test_a_denial_then_a_position_after_a_comma_and_is_not_denied():
    st = S.from_text("Joint Statement between China and Brazil\n\nBeijing, 20 November 2024\n\nTrade\n\nThe two sides will not "
                     "engage in unilateral sanctions that are inconsistent with international law, and oppose protectionism in "
                     "all its forms. Japan will not impose tariffs on rice, and reduce duties.\n")
    assert C.extract(st)[["actor", "verb", "category", "negated", "target"]].values.tolist() == [
        ["both", "will", "commitment", True, "engage in unilateral sanctions that are inconsistent with international law"],
        ["both", "oppose", "endorsement", False, "protectionism in all its forms"],
        ["Japan", "will", "commitment", True, "impose tariffs on rice, and reduce duties"]]


def test_accepting_an_invitation_announces_the_visit():
    st = S.from_text("Joint Statement between China and Brazil\n\nBeijing, 20 November 2024\n\nVisit\n\nPresident Xi Jinping "
                     "invited President Lula to pay a state visit to China in 2025. President Lula accepted the invitation with "
                     "pleasure. Brazil accepted the proposal.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist()[1:] == [
        ["Brazil", "accept", "intention"], ["Brazil", "accept", "endorsement"]]


def test_items_under_the_following_assistance_through_a_body_and_a_pledge_through_one():
    from communique import briefing

    st = S.from_text("Joint Statement by the Prime Minister of Japan and the President of the Republic of Korea\n\nTokyo, 23 "
                     "August 2025\n\nDevelopment\n\n(1) The Japanese side announced the following assistance through the Japan "
                     "International Cooperation Agency (JICA):\n(a) a yen loan of up to 60 billion yen for Ukraine;\n(b) JPY 3.5 "
                     "billion in grant aid.\n\n(2) The Korean side will provide 1.2 trillion won through the Export-Import Bank "
                     "of Korea. The two sides will hold a dialogue by the end of Reiwa 7 (2025).\n")
    rows = C.extract(st).to_dict("records")
    assert [(briefing.actor_label(r), r["target"]) for r in rows][:3] == [
        ("Japan", "a yen loan of up to 60 billion yen for Ukraine"), ("Japan", "JPY 3.5 billion in grant aid"),
        ("South Korea (Export-Import Bank of Korea)", "provide 1.2 trillion won through the Export-Import Bank of Korea")]
    assert rows[3]["catalysts"] == []  # (Reiwa 7 is an era's year, no numeric target)


def test_an_amount_affirmed_to_be_disbursed_binds_and_a_pledge_not_made_is_noted():
    st = S.from_text("Joint Statement between Saudi Arabia and Egypt\n\nRiyadh, 15 March 2025\n\nInvestment\n\nThe Saudi side "
                     "affirmed that the 5 billion riyals will be disbursed over three years. The two sides affirmed that the "
                     "partnership is strong. Egypt did not commit to a specific target. Egypt committed not to impose tariffs.\n")
    assert C.extract(st)[["actor", "verb", "category", "negated"]].values.tolist() == [
        ["Saudi Arabia", "affirm", "commitment", False], ["both", "affirm", "endorsement", False],
        ["Egypt", "commit", "acknowledgement", True], ["Egypt", "commit", "commitment", True]]


def test_until_before_a_longer_clause_sets_a_condition():
    st = S.from_text("Joint Communique of the European Union and the African Union\n\nBrussels, 21 May 2025\n\nPeace\n\nThe EU will "
                     "not resume direct budget support until a return to constitutional order has been agreed. The EU will fund "
                     "the programme until the end of the year.\n")
    assert C.extract(st).condition.tolist() == ["until a return to constitutional order has been agreed", ""]


def test_a_plan_explained_is_an_intention_and_an_explanation_alone_no_position():
    st = S.from_text("Joint Statement by Japan and Korea\n\nTokyo, 23 August 2025\n\nClimate\n\nThe Korean side explained its plan "
                     "to achieve carbon neutrality by 2050. The Japanese side explained its position. Japan explained that the "
                     "tariffs were temporary.\n")
    assert C.extract(st)[["actor", "verb", "category", "target"]].values.tolist() == [
        ["South Korea", "explain", "intention", "achieve carbon neutrality by 2050"]]


def test_a_pledge_table_under_the_following_with_a_stop_gives_each_country_its_row():
    md = ("# Joint Statement of Canada and Norway on Ocean Finance\n\nOttawa, 4 June 2025\n\n## Ocean finance\n\nThe two "
          "countries announced the following contributions to the Blue Finance Facility.\n\n| Country | Initiative | Amount "
          "| Year |\n|---|---|---|---|\n| Canada | Blue Finance Facility | CAD 40 million | 2026 |\n| Norway | Ocean Data "
          "Programme | NOK 300 million | 2027 |\n\nCanada will host the next ministerial meeting in 2026.\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "target"]].values.tolist() == [
        ["Canada", "Canada; Blue Finance Facility; CAD 40 million; 2026"],
        ["Norway", "Norway; Ocean Data Programme; NOK 300 million; 2027"],
        ["Canada", "host the next ministerial meeting in 2026"]]
    assert "numeric target: CAD 40 million" in df.catalyst_details[0]
    # (the same words over prose bullets; a sentence with "the following" and no items stays one row)
    txt = ("Joint Statement of Canada and Norway\n\nOttawa, 4 June 2025\n\nFinance\n\nThe two countries announced the following "
           "contributions.\n- Canada: CAD 40 million for the Blue Finance Facility\n- Norway: NOK 300 million for ocean data\n\n"
           "Norway welcomed the following steps taken by Canada.\n")
    df = C.extract(S.from_text(txt))
    assert df[["actor", "category"]].values.tolist() == [["Canada", "commitment"], ["Norway", "commitment"], ["Norway", "endorsement"]]


def test_what_a_recital_says_was_done_is_background_and_each_participant_acts():
    txt = ("JOINT DECLARATION OF INTENT\nbetween the Federal Ministry for Economic Affairs of Germany and the Department of "
           "Natural Resources of Canada\n\nMontréal, 23 August 2022\n\nPreamble\n\nThe Participants,\n\nAcknowledging that "
           "Germany has set the target of reaching greenhouse gas neutrality by 2045;\n\nWelcoming the H2Global instrument "
           "through which Germany has committed EUR 900 million to the purchase of hydrogen;\n\nHave reached the following "
           "understanding:\n\nCooperation\n\nThe Participants intend to cooperate in the following areas:\n\n1. the "
           "development of a hydrogen supply chain;\n2. the harmonization of standards.\n\nEach Participant will bear its own "
           "costs. Germany has committed EUR 300 million to the tender window.\n")
    df = C.extract(S.from_text(txt))
    assert df[["actor", "category", "target"]].values.tolist() == [
        ["both", "intention", "the development of a hydrogen supply chain"],
        ["both", "intention", "the harmonization of standards"],
        ["both", "commitment", "bear its own costs"],
        ["Germany", "commitment", "EUR 300 million to the tender window"]]


def test_a_one_word_name_with_letters_beyond_ascii_is_an_actor():
    # ("Québec" is a name as "Ontario" is, where a lower-case word stands before it elsewhere)
    txt = ("Joint Statement by the Governor of California and the Premier of Québec\n\nSacramento, March 14, 2023\n\nClimate"
           "\n\nCalifornia and Québec will link their carbon markets. Québec commits to installing 2,500 fast-charging "
           "stations by 2030. Québec is not in a position to join the negotiations at this time.\n")
    df = C.extract(S.from_text(txt))
    assert df[["actor", "category", "negated"]].values.tolist() == [
        ["both", "commitment", False], ["Québec", "commitment", False], ["Québec", "intention", True]]  # (the two parties)


def test_a_quote_ends_at_its_closing_mark_and_agreed_on_the_following_points_to_its_items():
    md = ("# Joint Readout: Call Between the Secretary of State and the Foreign Minister of Brazil\n\nWashington, D.C., 12 "
          "November 2024\n\nThe Secretary and the Foreign Minister agreed on the following:\n\n- The United States will "
          "mobilize $1 billion for the Amazon Fund.\n- Brazil will reduce illegal deforestation by 25% by 2026.\n\nForeign "
          "Minister Vieira spoke of the G20. \"Brazil is determined to place the fight against hunger at the centre of the "
          "global agenda,\" he said, thanking the Secretary for U.S. support for the Global Alliance Against Hunger and "
          "Poverty.\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "target"]].values.tolist() == [
        ["United States", "mobilize $1 billion for the Amazon Fund"],
        ["Brazil", "reduce illegal deforestation by 25% by 2026"],
        ["Brazil", "place the fight against hunger at the centre of the global agenda"]]
    assert df.catalysts[2] == []  # (the Global Alliance is what he thanked for, after the quote)


def test_a_year_in_words_is_a_deadline_and_no_numeric_target():
    txt = ("Joint Readout of the Call between the United States and Brazil\n\nWashington, D.C., the twelfth of November, two "
           "thousand twenty-four\n\nClimate\n\nBrazil will reduce illegal deforestation by twenty-five per cent by two thousand "
           "twenty-six, measured against the two thousand twenty-two baseline. The two sides will meet in Brasília in two "
           "thousand and twenty-five. Brazil will train two thousand rangers.\n")
    df = C.extract(S.from_text(txt))
    assert df.catalyst_details.tolist() == [
        ["numeric target: twenty-five per cent", "timeline: by two thousand twenty-six"], [],
        ["numeric target: two thousand"]]


def test_a_range_is_one_numeric_target_and_pledges_under_the_following_new_national_pledges():
    txt = ("Joint Statement of Japan and Australia\n\nTokyo, 3 March 2024\n\nEconomy\n\nJapan and Australia will jointly invest "
           "A$1-2 billion in processing. Japan will cut costs by between 30 and 40 per cent. Australia will invest $3–4 "
           "million.\n\nThe ministers announced the following new national pledges:\n\n- Japan: JPY 10 billion for air "
           "defence\n- Australia: A$500 million in 2025\n")
    df = C.extract(S.from_text(txt))
    assert df.catalyst_details.tolist()[:3] == [
        ["numeric target: A$1-2 billion"], ["numeric target: between 30 and 40 per cent"], ["numeric target: $3–4 million"]]
    assert df[["actor", "target"]].values.tolist()[3:] == [
        ["Japan", "Japan: JPY 10 billion for air defence"], ["Australia", "Australia: A$500 million in 2025"]]


def test_who_runs_a_subject_set_off_by_commas_is_no_part_of_it():
    txt = ("Joint Statement of Japan and Australia\n\nTokyo, 3 March 2024\n\nFinance\n\nJOGMEC will provide up to JPY 300 "
           "billion in equity, and Australia's Critical Minerals Facility, administered by Export Finance Australia, will "
           "provide matching finance.\n")
    df = C.extract(S.from_text(txt))
    assert df[["actor", "target"]].values.tolist() == [
        ["JOGMEC", "provide up to JPY 300 billion in equity"],
        ["Australia's Critical Minerals Facility", "provide matching finance"]]


def test_agreed_that_a_condition_underpins_something_is_a_shared_view():
    txt = ("Joint Statement of Japan and Australia\n\nTokyo, 3 March 2024\n\nEconomy\n\nThey agreed that stable macroeconomic "
           "conditions underpin investment confidence. They agreed that the Joint Committee will meet in 2025.\n")
    assert C.extract(S.from_text(txt)).category.tolist() == ["acknowledgement", "commitment"]


def test_an_event_named_with_a_year_to_come_gives_its_timeline():
    txt = ("Chairman's Statement of the Mekong-Lancang Foreign Ministers' Meeting\n\nBangkok, 10 December 2023\n\n1. Cambodia "
           "expressed its readiness to host the 2024 Mekong-Lancang Cultural Week. Thailand will host the 2019 Forum again. "
           "Laos will implement the 2030 Agenda.\n")
    assert C.extract(S.from_text(txt)).catalyst_details.tolist() == [
        ["timeline: 2024"], ["named institution: 2019 Forum"], ["named institution: 2030 Agenda"]]


def test_a_sentences_own_verb_after_a_recital_stays_and_an_amount_to_a_count_is_no_range():
    txt = ("Joint Statement of Japan and Kenya\n\nNairobi, 3 March 2024\n\nTrade\n\nRecognizing the importance of trade, the two "
           "leaders have agreed to establish a joint committee by 2025. Recognizing that trade matters, Japan has pledged USD "
           "10 billion to the fund. Japan will provide USD 5 million to 10 countries. The ministers agreed that each side "
           "contributes 50 per cent of the costs.\n")
    df = C.extract(S.from_text(txt))
    assert df[["actor", "category"]].values.tolist() == [
        ["both", "commitment"], ["Japan", "commitment"], ["Japan", "commitment"], ["both", "commitment"]]
    assert df.catalyst_details[2] == ["numeric target: USD 5 million", "numeric target: 10"]


def test_a_range_after_a_currency_code_is_one_numeric_target():
    txt = ("Chair's Statement of the ASEAN-GCC-China Summit\n\nKuala Lumpur, 27 May 2025\n\n3. We will mobilise USD 1-2 billion "
           "in blended finance. We will host COP 30 in Belém.\n")
    assert C.extract(S.from_text(txt)).catalyst_details.tolist()[0] == ["numeric target: USD 1-2 billion"]


def test_ministers_of_two_portfolios_are_one_item_of_a_list_of_ours():
    txt = ("Joint Leaders' Statement of Japan, Korea and the United States\n\nCamp David, 18 August 2023\n\nMeeting\n\nOur foreign "
           "ministers, defense ministers, commerce and industry ministers and national security advisors will meet at least "
           "once a year.\n")
    assert C.extract(S.from_text(txt)).actor.tolist() == ["all"]


PLAN = ("# Joint Statement of Canada and Mexico on Clean Energy\n\nOttawa, 12 March 2025\n\n## Cooperation\n\nThe two "
        "governments will deepen cooperation on grid integration.\n\n## Next steps\n\n{table}\n")


def test_a_plans_lead_and_deadline_columns_give_each_row_its_actor_and_timeline():
    table = ("| Action | Lead | By |\n| --- | --- | --- |\n| Launch a joint working group on grid interconnection | Canada | "
             "June 2025 |\n| Publish a critical minerals roadmap | Mexico | December 2025 |\n| Hold the first ministerial "
             "dialogue | Both governments | 2026 |\n| Launch of a clean hydrogen platform | Team Europe | Mid-2026 |")
    df = C.extract(S.from_text(PLAN.format(table=table)))
    rows = df[df.section == "Next steps"]
    assert rows[["actor", "verb", "strength_label"]].values.tolist() == [
        ["Canada", "launch", "firm commitment"], ["Mexico", "publish", "firm commitment"], ["both", "hold", "firm commitment"],
        ["Team Europe", "lead", "firm commitment"]]  # (a row with no verb: the side that leads it)
    assert [[d for d in ds if d.startswith("timeline")] for ds in rows.catalyst_details] == [
        ["timeline: by June 2025"], ["timeline: by December 2025"], ["timeline: by 2026"], ["timeline: by mid-2026"]]


def test_a_plan_in_a_web_page_or_lined_up_plain_text_reads_the_same_whatever_the_column_order():
    html = ("<html><body><h1>Joint Statement of India and Kenya</h1><p>Nairobi, 4 February 2026</p><h2>Digital</h2><p>India "
            "will share its experience with Kenya.</p><h2>Action plan</h2><table><tr><th>Responsible</th><th>Activity</th>"
            "<th>Timeline</th></tr><tr><td>India</td><td>Deploy a pilot of a unified payments interface</td><td>Q3 2026</td>"
            "</tr><tr><td>Kenya</td><td>Enact the enabling data protection regulations</td><td>Ongoing</td></tr></table>"
            "</body></html>")
    plain = ("JOINT STATEMENT OF INDIA AND KENYA\n\nNairobi, 4 February 2026\n\nDIGITAL\n\nIndia will share its experience "
             "with Kenya.\n\nACTION PLAN\n\nLead          Action                                              Deadline\n"
             "------------  --------------------------------------------------  --------------\nIndia         Deploy a pilot "
             "of a unified payments interface      Q3 2026\nKenya         Enact the enabling data protection regulations      "
             "30 June 2026\n")
    for st in (S.from_text(html, fmt="html"), S.from_text(plain)):
        rows = C.extract(st)
        rows = rows[rows.verb.isin(["deploy", "enact"])]
        assert rows.actor.tolist() == ["India", "Kenya"]
        assert rows.target.iloc[0] == "a pilot of a unified payments interface; lead: India; by Q3 2026"
        assert rows.catalyst_details.iloc[0] == ["timeline: by Q3 2026"]


def test_a_decade_is_a_timeline_as_a_year_is():
    st = S.from_text("G7 Leaders' Communique\n\nApulia, 14 June 2024\n\nWe reaffirm our commitment to phase out unabated coal "
                     "power in the first half of the 2030s.\n")
    row = C.extract(st).iloc[0]
    assert (row.verb, row.strength_label) == ("reaffirm", "firm commitment")
    assert row.catalyst_details == ["timeline: in the first half of the 2030s"]


def test_a_past_year_of_a_thing_described_in_the_target_leaves_the_agreement_standing():
    st = S.from_text("Joint Statement of Brazil and Indonesia\n\nBrasilia, 3 May 2025\n\nClimate\n\nBoth Presidents agreed that "
                     "deforestation should be reduced to zero by 2030 and that developed countries must deliver the US$100 billion "
                     "promised in 2009. In 2009, Brazil launched the Amazon Fund. Brazil launched in 2009 the Amazon Fund. "
                     "Indonesia signed the Paris Agreement in 2016.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "sentence"]].values.tolist() == [["both", "agree", 0]]
    assert "timeline: by 2030" in df.catalyst_details[0]


def test_a_leader_after_a_title_the_role_list_lacks_speaks_for_their_country():
    st = S.from_text("Joint Statement of Germany and Chile\n\nBerlin, 3 May 2025\n\nClimate\n\nFederal Chancellor Olaf Scholz and "
                     "President Gabriel Boric Font agreed to deepen cooperation on green hydrogen. Federal President Steinmeier "
                     "will visit Chile in 2026.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "agree"], ["Germany", "will"]]


def test_a_partys_may_with_its_members_a_forecast_after_will_and_a_change_by_a_share_in_words():
    st = S.from_text("Joint Statement of the European Union and the African Union\r\n\r\nBrussels, 3 May 2025\r\n\r\nFinance\r\n\r\n"
                     "The EU and its Member States may provide additional guarantees through the EFSD+, should the conditions "
                     "allow it. Developing countries will need USD 5.8 trillion before 2030. Both economies will benefit from "
                     "the agreement. Both sides will need to strengthen cooperation. The EU will cut processing times for "
                     "business visas by half. The AU will reduce losses by a third.\r\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "sentence"]].values.tolist() == [
        ["European Union", "may", "intention", 0], ["both", "will", "commitment", 3],
        ["European Union", "will", "commitment", 4], ["African Union", "will", "commitment", 5]]
    assert df.catalyst_details.tolist()[2:] == [["numeric target: half"], ["numeric target: a third"]]


def test_a_numeric_target_keeps_its_unit_after_its_scale():
    st = S.from_text("Joint Statement of Germany and Chile\n\nBerlin, 3 May 2025\n\nClimate\n\nGermany will import up to 1 million "
                     "tonnes of clean ammonia. Chile will produce 95 to 130 TWh of green power. Both will limit warming to 1.5 °C. "
                     "Chile will emit no more than 95 Mt CO2e. They will build prosperity for the 1.4 billion people of India.\n")
    assert C.extract(st).catalyst_details.tolist() == [
        ["numeric target: up to 1 million tonnes"], ["numeric target: 95 to 130 TWh"], ["numeric target: 1.5 °C"],
        ["numeric target: no more than 95 Mt CO2e"], []]


def test_deadlines_of_spans_of_days_and_months_parts_of_next_year_and_events():
    st = S.from_text("Joint Statement of Brazil and Korea\r\n\r\nBrasilia, 3 May 2025\r\n\r\nClimate\r\n\r\nBrazil will host COP30 "
                     "from 10 to 21 November 2025. Korea will hold talks between March and May 2026. Brazil will present its plan "
                     "before COP30. Korea will launch the fund in the first quarter of next year. Brazil will report ahead of the "
                     "G20 Leaders Summit. Korea will hold talks between Japan and China.\r\n")
    got = [[d for d in details if d.startswith("timeline")] for details in C.extract(st).catalyst_details]
    assert got == [["timeline: from 10 to 21 November 2025"], ["timeline: between March and May 2026"],
                   ["timeline: before COP30"], ["timeline: in the first quarter of next year"],
                   ["timeline: ahead of the G20 Leaders Summit"], []]


def test_a_body_after_a_word_of_its_kind_and_a_firm_with_a_capital_inside_act():
    st = S.from_text("Joint Statement of Saudi Arabia and Korea\n\nRiyadh, 3 May 2025\n\nEnergy\n\nThe high-level Energy Dialogue "
                     "will meet in June. Saudi Aramco and S-Oil will proceed with the project. Exports will grow.\n")
    assert C.extract(st)[["actor", "verb", "sentence"]].values.tolist() == [
        ["The high-level Energy Dialogue", "will", 0], ["Saudi Aramco and S-Oil", "will", 1]]


def test_a_level_that_stands_or_a_number_a_thing_serves_is_no_target():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 3 May 2025\n\nTrade\n\nThe leaders noted that Canadian "
                     "investment in Mexico exceeds C$45 billion. Mexico will expand the school meals programme, which serves 40 "
                     "million students every day. Canada will welcome 500 students.\n")
    assert C.extract(st).catalyst_details.tolist() == [[], [], ["numeric target: 500 students"]]


def test_an_adjective_before_its_determiner_sets_no_condition_and_a_body_named_by_a_nations_adjective_acts():
    st = S.from_text("Joint Statement of the United Kingdom and Nigeria\n\nAbuja, 3 May 2025\n\nTrade\n\nNigeria will clear the "
                     "pending approvals by 2026. Nigeria will act pending the entry into force of the treaty. Nigeria and British "
                     "International Investment will provide £150m to the fund. Leaders will establish a mechanism by the 2026 "
                     "Forum Leaders Meeting. Nigeria will report before 30 de junio de 2026.\n")
    df = C.extract(st)
    assert df[["actor", "conditional"]].values.tolist() == [
        ["Nigeria", False], ["Nigeria", True], ["Nigeria and British International Investment", False], ["both", False],
        ["Nigeria", False]]
    assert [d for ds in df.catalyst_details for d in ds if d.startswith("timeline")] == [
        "timeline: by 2026", "timeline: by the 2026 Forum Leaders Meeting", "timeline: before 30 de junio de 2026"]


def test_no_target_from_a_third_party_and_no_deadline_from_an_event_that_was():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nCooperation\n\nKenya will be represented by a "
                     "third party. Kenya will act by half-yearly reviews. Kenya will implement the roadmap endorsed by the 2024 "
                     "Forum Leaders Meeting. Kenya will honour the commitments made before COP28. Kenya will report before COP30.\n")
    got = [[d for d in ds if not d.startswith("named")] for ds in C.extract(st).catalyst_details]
    assert got == [[], [], [], [], ["timeline: before COP30"]]


def test_a_party_and_its_partners_is_the_party():
    st = S.from_text("Joint Statement of Japan and Kenya\n\nNairobi, 3 May 2025\n\nCooperation\n\nKenya and its partners will "
                     "build the port. Japan and its allies will act.\n")
    assert C.extract(st).actor.tolist() == ["Kenya", "Japan"]


def test_the_meeting_a_statement_reports_is_no_history_and_a_condition_keeps_its_own_clause():
    def rows(sentence: str) -> list[list]:
        return rows_by("Canada and Mexico", "Ottawa", sentence, ["actor", "verb", "target", "condition"])
    # a day or two before the statement's date is the meeting it reports, said with or without a year
    assert rows("On 3 March, the ministers agreed to set up a working group.") == [
        ["both", "agree", "set up a working group", ""]]
    assert rows("On February 28, Canada agreed to set up a working group.") == [
        ["Canada", "agree", "set up a working group", ""]]
    # (when it was agreed is no part of what was)
    assert rows("The ministers agreed on 3 March 2026 to set up a working group.") == [
        ["both", "agree", "set up a working group", ""]]
    assert rows("The ministers agreed today to set up a working group.")[0][2] == "set up a working group"
    for when in ("on Tuesday, 3 March,", "yesterday, in Ottawa,", "at their meeting on 3 March", "in 2026", ", in principle,"):
        assert rows(f"The ministers agreed {when} to set up a working group.".replace(" ,", ","))[0][2] == "set up a working group"
    # a month ago is history still
    assert rows("On 3 February, the ministers agreed to set up a working group.") == []
    assert rows("On 3 March 2025, the ministers agreed to set up a working group.") == []
    # a condition whose own clause names a subject and a verb of position stays the first clause's
    assert rows("The next consultations will take place in Ottawa in 2028, unless both governments decide otherwise.") == [
        ["both", "will", "The next consultations will take place in Ottawa in 2028, unless both governments decide otherwise",
         "unless both governments decide otherwise"]]
    assert rows("Both sides will meet again, unless both governments agree otherwise.")[0][3] == \
        "unless both governments agree otherwise"
    assert rows("Canada will provide loans, provided that both governments agree, and Mexico will build roads.") == [
        ["Canada", "will", "provide loans, provided that both governments agree", "provided that both governments agree"],
        ["Mexico", "will", "build roads", ""]]
    assert rows("Canada will not impose export charges, where consistent with provincial jurisdiction.")[0][3] == \
        "where consistent with provincial jurisdiction"


def test_a_party_s_body_may_give_and_a_pledge_it_is_made_through_is_no_second_one():
    def rows(sentence: str) -> list[list]:
        return rows_by("Brazil and Germany", "Berlin", sentence, ["actor", "verb", "target", "condition"])
    # a party's body known by name opens a clause with "may" before a gift, past a condition in commas
    assert rows("Brazil will deepen cooperation, and Germany's KfW Development Bank may provide, subject to the approval "
                "of the Federal Budget Committee, concessional loans of up to EUR 500 million.") == [
        ["Brazil", "will", "deepen cooperation", ""],
        ["Germany", "may", "provide, subject to the approval of the Federal Budget Committee, concessional loans of up to "
         "EUR 500 million", "subject to the approval of the Federal Budget Committee"]]
    assert rows("Brazil's BNDES will provide loans of up to EUR 500 million.")[0][0] == "Brazil"
    # (a body of no party's stays what it reads as: "The IMF may provide ..." predicts)
    assert rows("The IMF may provide loans of up to EUR 500 million.") == []
    # the pledge a party gives through is its means, not a second row; a pledge that is the
    # subject ends before what is said of it
    assert rows("Germany will contribute EUR 20 million to Brazil through Germany's climate finance commitment to "
                "support adaptation.") == [["Germany", "will", "contribute EUR 20 million to Brazil through Germany's "
                                            "climate finance commitment to support adaptation", ""]]
    assert rows("Brazil's commitment to halt illegal deforestation by 2030 is welcome.") == [
        ["Brazil", "commit", "halt illegal deforestation by 2030", ""]]
    assert rows("Germany's decision to provide aid that is targeted at women was welcomed.")[0][2] == \
        "provide aid that is targeted at women"


def test_an_event_that_has_been_holds_nothing_back():
    def rows(sentence: str) -> list[list]:
        return rows_by("India and the UAE", "New Delhi", sentence, ["actor", "conditional", "condition"])
    assert rows("The leaders welcomed that bilateral trade reached USD 57.8 bn in 2024, following the entry into force of "
                "the CEPA in May 2022.") == [["both", False, ""]]
    # (one still to come does, and a year that names a text is no date of the event)
    assert rows("India will cut tariffs, upon entry into force of the CEPA in 2027.") == [
        ["India", True, "upon entry into force of the CEPA in 2027"]]
    assert rows("India will cut tariffs, if the 2015 agreement is ratified.") == [
        ["India", True, "if the 2015 agreement is ratified"]]


def test_a_model_s_name_is_no_numeric_target():
    df = C.extract(S.from_text("Joint Statement by Korea and Poland\n\nWarsaw, 4 March 2026\n\nPoland will purchase "
                               "additional K2 tanks and K9 howitzers. Poland will buy 64 K9 howitzers. Zambia will provide "
                               "K2 million to farmers.\n"))
    assert df.catalyst_details.tolist() == [[], ["numeric target: 64"], ["numeric target: K2 million"]]


def test_a_year_that_opens_a_name_dates_no_renewed_commitment():
    def row(sentence: str) -> list:
        return rows_by("Japan and Australia", "Tokyo", sentence, ["verb", "category"])[0]
    # (as "their commitment to the Antarctic Treaty System": a thing held to, a position)
    assert row("The leaders reaffirmed their commitment to the 2050 Strategy for the Blue Pacific Continent.") == [
        "reaffirm", "endorsement"]
    assert row("The leaders reaffirmed their commitment to the Antarctic Treaty System.") == ["reaffirm", "endorsement"]
    # a date, or an act beside the thing, still binds
    assert row("The leaders reaffirmed their commitment to the Paris Agreement goals by 2030.") == ["reaffirm", "commitment"]
    assert row("The leaders reaffirmed their commitment to the 2030 Agenda and to limiting global warming to 1.5°C.") == [
        "reaffirm", "commitment"]


def test_a_condition_on_what_must_still_hold_and_small_sums_and_clauses_inside_a_pledge():
    def rows(sentence: str) -> list[list]:
        return rows_by("Canada and Zambia", "Ottawa", sentence, ["actor", "conditional", "target", "catalyst_details"])
    # (a past year inside a condition is no event that has been)
    assert rows("Canada will lift the remaining restrictions if the ceasefire agreed in January 2025 holds.")[0][1] is True
    # a small sum is money, not a model's name
    assert rows("Zambia will pay K500 to each registered farmer.")[0][3] == ["numeric target: K500"]
    # a clause inside a pledge keeps its verb
    assert rows("Zambia welcomed Canada's commitment to ensure that the corridor is open.")[1][2] == \
        "ensure that the corridor is open"


def test_a_list_after_what_the_parties_endeavour_to_take_gives_each_step_without_its_to():
    st = S.from_text("Joint Declaration of Intent between Germany and Kenya\n\nNairobi, 18 February 2026\n\n"
                     "The Participants will endeavour to take the following steps:\n"
                     "- to constitute the Joint Steering Committee within six months of signature;\n"
                     "- to complete a feasibility study by the end of Q2 2026.\n")
    assert C.extract(st)[["actor", "category", "target"]].values.tolist() == [
        ["both", "intention", "constitute the Joint Steering Committee within six months of signature"],
        ["both", "intention", "complete a feasibility study by the end of Q2 2026"]]


def test_a_pronoun_is_the_one_who_spoke_or_was_spoken_of_last():
    # (a second clause of one report is the reporter's)
    assert rows_by("the European Union and China", "Brussels", "The EU expressed concern about the situation in Tibet. "
                   "China stated that these are internal affairs and that it firmly opposes interference in them.",
                   ["actor", "verb"]) == [["European Union", "express"], ["China", "oppose"]]
    # (a sentence that takes no position still says who "He" is)
    st = S.from_text("Prime Minister Carney speaks with President of Korea Lee Jae-myung\n\nOttawa, 18 September 2025\n\n"
                     "Prime Minister Mark Carney spoke today with President Lee Jae-myung of the Republic of Korea. "
                     "President Lee welcomed the talks. Prime Minister Carney also raised the situation on the Korean "
                     "Peninsula. He urged North Korea to return to dialogue.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["South Korea", "welcome"], ["Canada", "urge"]]


def test_what_the_reporter_did_after_the_clause_it_told_is_its_own_position():
    japan = "Japan and Viet Nam", "Tokyo"
    assert rows_by(*japan, "The Leaders recalled that the Forum was launched in 2003 and reaffirmed their commitment to "
                   "work together on trade.", ["verb", "category", "target"]) == [
        ["recall", "acknowledgement", "the Forum was launched in 2003"],
        ["reaffirm", "commitment", "work together on trade"]]
    # (an act told inside the clause is history, and so is what its own subject did next)
    assert rows_by(*japan, "We recall that at the Apulia Summit G7 Leaders agreed to make available US$50 billion, and "
                   "reaffirmed it.", ["verb"]) == [["recall"]]
    assert rows_by(*japan, "The two leaders reaffirmed that Japan and Viet Nam share fundamental values, and resolved to "
                   "further deepen political trust.", ["actor", "verb", "target"])[-1] == [
        "both", "resolve", "further deepen political trust"]
    # (a clause of another subject before the one who reports is that subject's)
    assert rows_by("India and the United Kingdom", "London", "India expressed concern about extremist groups and the UK "
                   "stated that it would continue to cooperate closely with Indian authorities.",
                   ["actor", "verb", "target"]) == [
        ["India", "express", "concern about extremist groups"],
        ["United Kingdom", "would", "cooperate closely with Indian authorities"]]
    # (what others did at a meeting the parties welcome is theirs)
    assert rows_by("Canada and Ukraine", "Ottawa", "We welcome the outcome of the Ukraine Recovery Conference held in "
                   "Rome, where participants announced commitments of more than EUR 10 billion.", ["verb"]) == [["welcome"]]


def test_what_the_circumstances_allow_with_a_word_that_says_which_is_a_condition():
    rows = rows_by("Japan and Viet Nam", "Tokyo", "Japan will mobilize private financing where market conditions allow. "
                   "Viet Nam will reopen the border when security conditions permit. Japan will expand its programme as "
                   "conditions allow.", ["actor", "conditional", "condition"])
    assert rows == [["Japan", True, "where market conditions allow"], ["Vietnam", True, "when security conditions permit"],
                    ["Japan", True, "as conditions allow"]]


def test_a_party_s_body_by_its_own_name_with_a_comma_or_its_country_s_adjective_acts_for_the_party():
    rows = rows_by("Mexico, Spain and the United Kingdom", "Madrid", "Spain's Instituto de Crédito Oficial (ICO) will make "
                   "available a credit line. The National Guard of Mexico will train four hundred officers. The UK's "
                   "Foreign, Commonwealth and Development Office will fund 20 projects. HM Treasury will publish a report. "
                   "The Spanish Guardia Civil will train officers.", ["actor", "body"])
    assert rows == [["Spain", "Spain's Instituto de Crédito Oficial"], ["Mexico", "The National Guard of Mexico"],
                    ["United Kingdom", "The UK's Foreign, Commonwealth and Development Office"],
                    ["United Kingdom", "HM Treasury"], ["Spain", "The Spanish Guardia Civil"]]


def test_items_under_commit_to_keep_what_is_only_said_and_share_what_others_give():
    st = S.from_text("Joint Statement of Australia and Indonesia\n\nJakarta, 4 March 2026\n\n## Cooperation\n\n"
                     "The two countries commit to:\n\n"
                     "- welcome the Climate Finance Facility launched this year;\n"
                     "- note the progress of the Trade Dialogue;\n"
                     "- implement the Green Ports Program, to which Australia will contribute A$64 million;\n"
                     "- enhance maritime cooperation.\n\n"
                     "The two governments will:\n\n"
                     "- welcome observers to the joint exercise;\n"
                     "- support the regional peace process.\n")
    got = C.extract(st)[["actor", "verb", "category", "target"]].values.tolist()
    assert got == [
        ["both", "welcome", "endorsement", "the Climate Finance Facility launched this year"],
        ["both", "note", "acknowledgement", "the progress of the Trade Dialogue"],
        ["both", "commit", "commitment", "implement the Green Ports Program"],
        ["Australia", "will", "commitment", "contribute A$64 million"],
        ["both", "commit", "commitment", "enhance maritime cooperation"],
        # under "will:" a welcome is a thing to do
        ["both", "will", "commitment", "welcome observers to the joint exercise"],
        ["both", "will", "commitment", "support the regional peace process"],
    ]


def test_would_after_a_verb_that_stresses_is_the_named_party_s_pledge():
    assert rows_by("the Republic of Korea and Canada", "Ottawa",
                   "The President underscored that Korea would expand its purchases of Canadian LNG, if market conditions "
                   "allow. Prime Minister Carney emphasized that Canada would double its LNG exports to Korea by 2030.",
                   ["actor", "verb", "category", "conditional", "target"]) == [
        ["South Korea", "would", "commitment", True, "expand its purchases of Canadian LNG, if market conditions allow"],
        ["Canada", "would", "commitment", False, "double its LNG exports to Korea by 2030"],
    ]


def test_what_a_text_says_of_its_own_force_is_no_act():
    rows = rows_by("China and Canada", "Ottawa", "The two sides agreed that this Action Plan does not create legally binding "
                   "obligations. The Action Plan shall not be legally binding. Canada will not create obligations for investors.",
                   ["actor", "verb", "category", "negated", "target"])
    assert rows == [
        ["both", "agree", "acknowledgement", False, "this Action Plan does not create legally binding obligations"],
        ["Canada", "will", "commitment", True, "create obligations for investors"],
    ]


def test_a_denied_stance_needs_no_infinitive():
    rows = rows_by("China and Canada", "Ottawa", "China does not seek hegemony. Canada seeks closer ties with ASEAN. "
                   "China does not seek a military base and will not station forces without the consent of the host country.",
                   ["actor", "verb", "category", "negated", "conditional", "target"])
    assert rows == [
        ["China", "seek", "intention", True, False, "hegemony"],
        ["China", "seek", "intention", True, False, "a military base"],
        ["China", "will", "commitment", True, True, "station forces without the consent of the host country"],
    ]


def test_a_verb_of_disapproval_after_a_denial_is_not_denied():
    assert rows_of("Brazil and Argentina will not tolerate attacks on shipping and reject any attempt to change the status "
                   "quo by force. Brazil will not impose tariffs or oppose reforms.") == [
        ("both", "will", "commitment", True, "tolerate attacks on shipping"),
        ("both", "reject", "endorsement", False, "any attempt to change the status quo by force"),
        ("Brazil", "will", "commitment", True, "impose tariffs or oppose reforms"),
    ]


def test_a_frameworks_own_past_after_by_its_makers_is_not_the_acts():
    rows = rows_by("China and Canada", "Ottawa", "The two sides agreed to cooperate under the Framework for Digital Trade "
                   "endorsed by their leaders in 2024. In 2024, the two sides agreed to cooperate on ports.", ["actor", "verb", "target"])
    assert rows == [["both", "agree", "cooperate under the Framework for Digital Trade endorsed by their leaders in 2024"]]


def test_a_plan_table_written_tight_in_a_plain_text_gives_each_row_its_lead():
    st = S.from_text("Joint Action Plan of Canada and Mexico\n\nOttawa, 4 March 2026\n\nActions\n\n| Action | Lead | Deadline |\n"
                     "|---|---|---|\n| Share border crossing data monthly | Mexico | 2026 |\n| Review the rules of origin | Canada | "
                     "June 2027 |\n| Establish a joint task force on fentanyl | Both | 2026 |\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["category"])) == [
        ("Mexico", "share", "commitment"), ("Canada", "review", "commitment"), ("both", "establish", "commitment")]
    assert all(df["catalysts"].map(lambda c: "timeline" in c))


def test_agreements_signed_before_the_leaders_are_theirs():
    st = S.from_text("Joint Statement of the Republic of Korea and Canada\n\nOttawa, 4 March 2026\n\nAgreements\n\nThe two leaders "
                     "witnessed the signing of the following agreements:\n\n- Memorandum of Understanding on Critical Minerals "
                     "Cooperation;\n- Agreement on Youth Mobility.\n\nIn 2019, the two leaders witnessed the signing of a "
                     "Memorandum on Fisheries.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["category"], df["target"])) == [
        ("both", "witness the signing of", "commitment", "Memorandum of Understanding on Critical Minerals Cooperation"),
        ("both", "witness the signing of", "commitment", "Agreement on Youth Mobility"),
    ]


def test_an_invitation_accepted_in_a_relative_clause_is_the_guests():
    rows = rows_by("the Republic of Korea and Canada", "Ottawa", "Prime Minister Carney invited President Lee to visit Canada, "
                   "which he accepted.", ["actor", "verb", "category", "target"])
    assert rows == [["Canada", "invite", "endorsement", "President Lee to visit Canada"],
                    ["South Korea", "accept", "intention", "visit Canada"]]


def test_what_a_finding_must_show_is_a_condition():
    rows = rows_by("Germany and Nigeria", "Berlin", "Germany will return cultural objects where provenance research confirms "
                   "that they were unlawfully removed. Nigeria will fund the project once the feasibility study shows it is viable. "
                   "Germany will publish the research when it is done.", ["actor", "conditional", "condition"])
    assert rows == [["Germany", True, "where provenance research confirms that they were unlawfully removed"],
                    ["Nigeria", True, "once the feasibility study shows it is viable"],
                    ["Germany", False, ""]]  # (a time, not a finding)


def test_a_binding_verb_with_its_own_to_after_and_is_the_subjects_next_act():
    assert [r[:2] + (r[4],) for r in rows_of("The two sides agree to strengthen cooperation in energy and decide to launch a "
                                               "joint committee. They agree to expand trade and invest in ports.")] == [
        ("both", "agree", "strengthen cooperation in energy"), ("both", "decide", "launch a joint committee"),
        ("both", "agree", "expand trade and invest in ports")]


def test_a_position_restated_in_a_that_clause_is_one_row():
    rows = rows_by("the People's Republic of China and the Islamic Republic of Pakistan", "Beijing",
                   "The Chinese side reiterated that it firmly supports Pakistan in safeguarding its sovereignty. Pakistan "
                   "stressed that it will join the Initiative. Pakistan reaffirmed that the ceasefire is fragile.",
                   ["actor", "verb", "category", "target"])
    assert rows == [["China", "support", "endorsement", "Pakistan in safeguarding its sovereignty"],
                    ["Pakistan", "will", "commitment", "join the Initiative"],
                    ["Pakistan", "reaffirm", "endorsement", "the ceasefire is fragile"]]


def test_without_prior_written_consent_is_a_condition():
    rows = rows_by("Poland and Lithuania", "Warsaw", "Neither Party shall disclose classified information to a third party without "
                   "prior written consent. Poland will not transfer the data without the prior approval of Lithuania.",
                   ["actor", "negated", "conditional", "condition"])
    assert rows == [["both", True, True, "without prior written consent"],
                    ["Poland", True, True, "without the prior approval of Lithuania"]]


def test_a_fact_sheets_agencies_are_their_governments_and_a_pointer_to_outcomes_is_no_row():
    st = S.from_text("Fact Sheet: the United States and Vietnam\n\nHanoi, 4 March 2026\n\nThe United States and Vietnam announced the "
                     "following outcomes.\n\n- The Defense POW/MIA Accounting Agency (DPAA) and Vietnam's Office for Seeking Missing "
                     "Persons (VNOSMP) will expand joint field activities.\n- The Peace Corps will launch a program.\n- The United "
                     "States Geological Survey will map deposits.\n- The United States will not impose new tariffs while the two "
                     "sides negotiate a trade framework.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["target"], df["conditional"])) == [
        ("both", "expand joint field activities", False), ("United States", "launch a program", False),
        ("United States", "map deposits", False), ("United States", "impose new tariffs while the two sides negotiate a trade framework", True)]
    assert df["condition"].iloc[3] == "while the two sides negotiate a trade framework"


def test_what_a_leader_announced_next_ends_the_pledge_before_it():
    rows = rows_by("Canada and Brazil", "Ottawa", "The Prime Minister underscored that Canada would continue to support a peaceful, "
                   "Venezuelan-led return to democracy and announced that Canada will provide an additional $25 million in "
                   "humanitarian assistance.", ["actor", "verb", "target", "catalysts"])
    assert rows == [["Canada", "would", "support a peaceful, Venezuelan-led return to democracy", []],
                    ["Canada", "will", "provide an additional $25 million in humanitarian assistance", ["numeric target"]]]


def test_a_long_inverted_condition_an_ampersand_clause_and_what_a_thing_could_do():
    rows = rows_by("the Group of Twenty", "Johannesburg", "Should the Common Framework fail to deliver debt relief within 6 months "
                   "of a request, we will consider additional measures. We commit to ensuring that AI is safe & we task our Digital "
                   "Ministers with delivering an Initiative by mid-2026. We commit to supporting the AfCFTA, which has the "
                   "potential to lift 30 million people out of extreme poverty by 2035. Synopsys & Marvell Technology announced "
                   "plans to train 5,000 engineers.", ["verb", "condition", "target", "catalysts"])
    assert rows[0][1] == "Should the Common Framework fail to deliver debt relief within 6 months of a request"
    assert [r[0] for r in rows[1:3]] == ["commit", "task"] and rows[1][2] == "ensuring that AI is safe"
    assert rows[2][3] == ["timeline"]
    assert rows[3][0] == "commit" and "numeric target" not in rows[3][3] and "timeline" not in rows[3][3]
    assert C.extract(S.from_text("Joint Statement of the United States and Vietnam\n\nHanoi, 4 March 2026\n\nSynopsys & Marvell "
                                 "Technology announced plans to train 5,000 engineers.\n"))["actor"].tolist() == ["Synopsys and Marvell Technology"]


def test_a_means_set_off_in_a_list_of_donors_a_plural_possessive_and_a_pledge_added_after_a_quote():
    rows = rows_by("Japan, the Philippines and the United States", "Manila",
                   "The United States, through the Open RAN Acceleration Initiative (ORAI), and Japan will provide $8 million to "
                   "expand field trials. The Philippines' Secretary of Trade and Industry Cristina Aldeguer-Roque will lead a "
                   "mission. \"We are partners,\" said Prime Minister Ishiba, adding that Japan would host the third trilateral "
                   "summit in Tokyo in 2027. The leaders hope to see the accession completed by 2027.",
                   ["actor", "verb", "category", "target"])
    assert [r[:3] for r in rows] == [["Japan and United States", "will", "commitment"], ["Philippines", "will", "commitment"],
                                     ["Japan", "would", "commitment"], ["all", "hope", "endorsement"]]


def test_a_plan_table_that_restates_the_prose_adds_its_deadline_not_a_second_pledge():
    md = ("# Joint Statement of Brazil and Mexico\n\nMexico City, 22 May 2026\n\n## Trade\n\nMexico will reduce tariffs on 300 "
          "agricultural products, provided that Brazil grants reciprocal access for Mexican avocados. The Presidents agreed to "
          "establish a binational vaccine production consortium between Fiocruz and Birmex. Brazil will open an office in "
          "Monterrey.\n\n## Table of Commitments\n\n| Action | Responsible | Deadline |\n|---|---|---|\n"
          "| Reduce tariffs on 300 agricultural products | Secretariat of Economy (Mexico) | June 2027 |\n"
          "| Launch the Fiocruz–Birmex vaccine consortium | Ministries of Health | March 2027 |\n"
          "| Conclude the trade talks | Ministry of Development (Brazil); Secretariat of Economy (Mexico) | December 2027 |\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert list(zip(df["actor"], df["verb"], df["conditional"])) == [
        ("Mexico", "will", True), ("both", "agree", False), ("Brazil", "will", False), ("both", "conclude", False)]
    assert df["catalyst_details"].iloc[1] == ["timeline: by March 2027"] and df["strength_label"].iloc[1] == "firm commitment"
    # (a conditional pledge takes the table's deadline, and stays no firm one)
    assert df["catalyst_details"].iloc[0] == ["numeric target: 300", "timeline: by June 2027"] and df["strength_label"].iloc[0] == "commitment"
    # (and its amount, where the prose gives none)
    md = ("# Joint Statement of Australia and Indonesia\n\nJakarta, 3 March 2025\n\n## Maritime\n\nIndonesia will host the first "
          "joint maritime exercise in Surabaya in October 2025.\n\n## Table\n\n| Initiative | Lead | Funding | Timeline |\n"
          "|---|---|---|---|\n| Joint maritime exercise | Indonesia (TNI AL) | IDR 120 billion | October 2025 |\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "catalyst_details"]].values.tolist() == [
        ["Indonesia", ["timeline: in October 2025", "numeric target: IDR 120 billion"]]]


def test_a_condition_that_opens_the_next_clause_a_recommendation_and_a_willingness_after_a_comma():
    rows = rows_by("China and Kenya", "Nairobi", "Both leaders reaffirmed their commitment to the Economic Corridor (IMEC) and should "
                   "the regional situation allow, the two sides will convene a ministerial meeting. We recommend that the "
                   "European Union should increase the budget. We stand united in our support for Ukraine. The Kenyan side "
                   "appreciated the Global Civilization Initiative (GCI), and is willing to join the Group of Friends.",
                   ["actor", "verb", "category", "condition", "target"])
    assert rows == [
        ["both", "reaffirm", "endorsement", "", "their commitment to the Economic Corridor (IMEC)"],
        ["both", "will", "commitment", "should the regional situation allow", "convene a ministerial meeting"],
        ["both", "recommend", "endorsement", "", "the European Union should increase the budget"],
        ["both", "stand united", "endorsement", "", "in our support for Ukraine"],
        ["Kenya", "appreciate", "endorsement", "", "the Global Civilization Initiative (GCI)"],
        ["Kenya", "intend", "intention", "", "join the Group of Friends"],
    ]


def test_a_second_verb_that_takes_a_noun_after_a_first_that_takes_no_position():
    rows = rows_by("India and the United Arab Emirates", "Abu Dhabi", "Both leaders held wide-ranging discussions on regional issues "
                   "and expressed satisfaction at the steady growth of bilateral trade.", ["actor", "verb", "target"])
    assert rows == [["both", "express", "satisfaction at the steady growth of bilateral trade"]]


def test_a_leader_styled_alone_is_the_party_whose_leader_the_text_styles_so():
    rows = rows_by("India and the United Arab Emirates", "Abu Dhabi", "Prime Minister Shri Narendra Modi met His Highness Sheikh "
                   "Mohamed bin Zayed Al Nahyan, President of the UAE. His Highness appreciated the opportunities offered by GIFT "
                   "City. His Highness thanked Prime Minister Modi for his hospitality and invited him to visit the UAE.",
                   ["actor", "verb"])
    # (thanks for hospitality are a courtesy of the visit, no row)
    assert rows == [["United Arab Emirates", "appreciate"], ["United Arab Emirates", "invite"]]


def test_two_acts_each_with_its_own_to_each_take_their_own_catalysts():
    st = S.from_text("Readout of the U.S.–Kenya Strategic Dialogue\n\nWashington, D.C., March 5, 2026\n\nThe United States announced "
                     "$45 million in new security assistance to support the MSS mission in Haiti, subject to congressional "
                     "notification. Kenya committed to completing its regulatory reforms by December 2026, and to reducing the "
                     "time required to clear goods at the Port of Mombasa by 30 percent. Kenya also committed to not imposing new "
                     "restrictions on data flows while negotiations on the Partnership continue.\n\nOutcomes\n\n- The United "
                     "States announced $45 million in security assistance for the MSS mission in Haiti.\n- Kenya committed to "
                     "reducing port clearance times at Mombasa by 30 percent.\n- The two sides will hold the fourth Strategic "
                     "Dialogue in Nairobi in 2027.\n")
    df = C.extract(st)
    assert list(zip(df["actor"], df["verb"], df["negated"], df["conditional"], df["catalysts"])) == [
        ("United States", "announce", False, True, ["numeric target"]),
        ("Kenya", "commit", False, False, ["timeline"]), ("Kenya", "commit", False, False, ["numeric target"]),
        ("Kenya", "commit", True, True, []), ("both", "will", False, False, ["timeline", "named institution"])]


def test_once_a_treaty_is_signed_an_owners_noun_a_rejection_and_a_commitment_to_a_principle():
    rows = rows_by("Azerbaijan and Australia", "Baku", "Azerbaijan will normalise relations with Armenia once a peace treaty is "
                   "signed. They will meet once a year. The leaders welcomed the extension of the cable programme and the EU's "
                   "support of EUR 45 million for the data centre. The two sides expressed their rejection of all forms of "
                   "terrorism. Azerbaijan welcomed Australia's commitment to the highest non-proliferation standards.",
                   ["actor", "verb", "category", "condition"])
    assert rows == [
        ["Azerbaijan", "will", "commitment", "once a peace treaty is signed"], ["both", "will", "commitment", ""],
        ["both", "welcome", "endorsement", ""], ["both", "express", "endorsement", ""],
        ["Azerbaijan", "welcome", "endorsement", ""], ["Australia", "commit", "endorsement", ""]]


def test_a_roadmaps_items_dated_by_quarter_or_by_a_year_label_have_their_deadline():
    md = ("# EU–Brazil Summit Declaration\n\nBrasília, 14 July 2026\n\n### Roadmap\n\nThe leaders agreed on the following Roadmap:\n\n"
          "- Q3 2026: first meeting of the High-Level Dialogue on Green Hydrogen;\n- by end-2027: entry into force of the Interim "
          "Trade Agreement;\n- 2028: next EU–Brazil Summit, to be held in Brussels;\n- Q1 2025: a review already held.\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert [[d for d in ds if d.startswith("timeline")] for ds in df["catalyst_details"]] == [
        ["timeline: Q3 2026"], ["timeline: by end-2027"], ["timeline: 2028"], []]


def test_a_pledge_by_a_country_named_after_it_is_that_countrys_commitment():
    df = C.extract(S.from_text(
        "Ministerial Declaration of the Group of 77 and China\n\nNew York, 25 September 2026\n\n1. The Ministers welcomed "
        "the pledge by the People's Republic of China to contribute US$ 10 billion to the Global Development Initiative.\n\n"
        "2. The Ministers noted the decision by Senegal to host the next meeting in 2027.\n"))
    rows = [(r.actor, r.verb, r.category, r.target) for r in df.itertuples() if r.actor not in ("all", "both")]
    assert rows == [
        ("China", "pledge", "commitment", "contribute US$ 10 billion to the Global Development Initiative"),
        ("Senegal", "decide", "commitment", "host the next meeting in 2027")]


def test_the_signatories_own_plan_to_be_revised_or_implemented_is_their_commitment():
    df = C.extract(S.from_text(
        "Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nThe Joint Action Plan will be revised by the end of "
        "2026. The roadmap will be updated annually. The Canada-Mexico Action Plan 2024-2028 will be implemented fully. "
        "This Memorandum will be reviewed by June 2027. The plan will be revised by the Joint Commission in 2027. The plan "
        "will be welcomed by investors.\n"))
    assert [(r.actor, r.target) for r in df.itertuples()] == [
        ("both", "The Joint Action Plan will be revised by the end of 2026"),
        ("both", "The roadmap will be updated annually"),
        ("both", "The Canada-Mexico Action Plan 2024-2028 will be implemented fully"),
        # (a date after "by" is when, not who)
        ("both", "This Memorandum will be reviewed by June 2027"),
        # (an agent after "by" takes it; what others will think of it is no one's act)
        ("Joint Commission", "The plan will be revised by the Joint Commission in 2027")]
    assert df.category.tolist() == ["commitment"] * 5
    assert "timeline: by the end of 2026" in df.catalyst_details[0]


def test_an_invitation_extended_is_the_hosts_and_the_one_invited_accepts_it():
    df = C.extract(S.from_text(
        "Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nPrime Minister Carney extended an invitation to "
        "President Sheinbaum to visit Ottawa in 2027, which she accepted.\n\nPresident Sheinbaum invited Prime Minister Carney "
        "to attend the 2028 Summit in Mexico City, and he accepted.\n\nCanada will extend the visa waiver to 2030.\n"))
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("Canada", "extend", "endorsement"), ("Mexico", "accept", "intention"),
        ("Mexico", "invite", "endorsement"), ("Canada", "accept", "intention"),
        ("Canada", "will", "commitment")]
    assert df.target[0].startswith("an invitation to President Sheinbaum to visit Ottawa in 2027")


def test_two_bodies_of_the_two_parties_joined_by_and_act_for_both():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nMexico's Secretariat of Economy and Natural "
                     "Resources Canada intend to sign a memorandum on critical minerals by June 2026. The Secretariat of Economy "
                     "and Global Affairs Canada will meet in April. Canada's Department of Finance and Global Affairs Canada "
                     "will act.\n")
    names = E.extract(st)
    assert {"Secretariat of Economy", "Natural Resources Canada", "Global Affairs Canada"} <= set(names.name)
    assert "Secretariat of Economy and Natural Resources Canada" not in set(names.name)
    df = C.extract(st)
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("both", "Mexico's Secretariat of Economy and Natural Resources Canada"),
        ("both", "The Secretariat of Economy and Global Affairs Canada"),
        ("Canada", "Canada's Department of Finance and Global Affairs Canada")]
    assert df.target[0] == "sign a memorandum on critical minerals by June 2026"


def test_what_the_sides_agree_ought_to_be_is_a_view_or_an_intention_not_a_firm_commitment():
    df = C.extract(S.from_text(
        "Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nThe leaders agreed that the private sector should "
        "be involved in the implementation of the Roadmap. The leaders agreed that their ministers should meet every year. "
        "The leaders agreed that their ministers will meet in 2027. The leaders agreed to hold talks in May 2026.\n"))
    assert [(r.verb, r.category, r.strength) for r in df.itertuples()] == [
        ("agree", "endorsement", 1), ("agree", "intention", 2), ("will", "commitment", 4), ("agree", "commitment", 4)]
    # (a party's, or a thing to be done by a date, is what they mean to see done)
    df = C.extract(S.from_text(
        "Joint Statement of Canada and Mexico\n\nOttawa, 10 March 2026\n\nThe leaders agreed that the road should be completed "
        "by 2029. The leaders agreed that Mexico should host the next summit. The leaders agreed that trade should be "
        "expanded.\n"))
    assert [(r.category, r.catalysts) for r in df.itertuples()] == [
        ("intention", ["timeline"]), ("intention", []), ("endorsement", [])]


def test_an_amount_a_finding_tells_is_no_numeric_target():
    df = C.extract(S.from_text(
        "Joint Statement of Qatar and Vietnam\n\nDoha, 14 January 2026\n\nThe sides noted that bilateral trade rose by 160 "
        "percent to USD 1.1 billion in 2025. They noted a shortfall of around USD 45 million. They noted the goal of "
        "reaching USD 3 billion in trade by 2030. Qatar will provide USD 20 million.\n"))
    assert [(r.category, r.catalysts) for r in df.itertuples()] == [
        ("acknowledgement", []), ("acknowledgement", []), ("acknowledgement", ["numeric target", "timeline"]),
        ("commitment", ["numeric target"])]
    assert df.catalyst_details[0] == [] and df.catalyst_details[2][0] == "numeric target: USD 3 billion"


def test_a_goal_the_parties_set_themselves_is_their_commitment():
    df = C.extract(S.from_text("Joint Statement of Kenya and Poland\n\nWarsaw, 14 January 2026\n\nWe set ourselves the goal of "
                               "doubling bilateral trade by 2030. The two leaders set themselves a target of EUR 1 billion in "
                               "trade by 2028.\n"))
    assert [(r.actor, r.verb, r.category, r.target) for r in df.itertuples()] == [
        ("both", "set a target", "commitment", "doubling bilateral trade by 2030"),
        ("both", "set a target", "commitment", "EUR 1 billion in trade by 2028")]


def test_numbers_in_words_before_a_named_noun_or_from_one_to_another_and_an_academic_year():
    df = C.extract(S.from_text("Joint Statement of Qatar and Vietnam\n\nDoha, 14 January 2026\n\nThe sides will increase flights "
                               "from seven to eleven per week. Qatar will offer ten Vietnamese teaching fellowships annually. "
                               "Vietnam will open the programme beginning in the 2026-2027 academic year.\n"))
    assert [d for r in df.itertuples() for d in r.catalyst_details] == [
        "numeric target: from seven to eleven", "numeric target: ten", "timeline: annually",
        "timeline: in the 2026-2027 academic year"]


def test_two_gifts_welcomed_each_with_its_giver_are_two_pledges():
    df = C.extract(S.from_text("Communiqué of the Peace and Security Council\n\nAddis Ababa, 12 February 2026\n\n1. Welcomes the "
                               "pledge of USD 25 million by the European Union and USD 10 million by the Kingdom of Saudi Arabia "
                               "to the AU Peace Fund;\n"))
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()][1:] == [
        ("European Union", "pledge", "USD 25 million"), ("Saudi Arabia", "pledge", "USD 10 million")]


def test_a_company_a_fact_sheet_names_alone_takes_its_deal():
    df = C.extract(S.from_text("FACT SHEET: United States and Vietnam\n\nWashington, 3 March 2026\n\n• Cargill will invest $250 "
                               "million to expand animal feed production in the Mekong Delta.\n• Vietjet Air announced a purchase "
                               "of 20 LEAP-1B engines from CFM International worth $1.6 billion.\n"))
    assert [(r.actor, r.category) for r in df.itertuples()] == [("Cargill", "commitment"), ("Vietjet Air", "commitment")]


def test_what_a_party_confirms_or_announces_it_will_do_is_its_commitment_or_intention():
    df = C.extract(S.from_text("Joint Statement of the European Union and Japan\n\nBrussels, 3 March 2026\n\nJapan confirmed it will "
                               "provide an additional USD 4.5 billion in support to Ukraine in 2026. Argentina announced it would "
                               "seek to generate between 5 and 7 percent of its electricity from solar by 2030. Japan confirmed "
                               "it will consider joining.\n"))
    assert [(r.actor, r.category) for r in df.itertuples()] == [
        ("Japan", "commitment"), ("Argentina", "intention"), ("Japan", "intention")]


def test_a_guest_welcomed_to_a_place_is_a_visit_told_not_an_endorsement():
    df = C.extract(S.from_text("FACT SHEET: United States and Vietnam\n\nWashington, 3 March 2026\n\nPresident Trump welcomed General "
                               "Secretary To Lam of Vietnam to the White House on March 3. The leaders welcomed the signing of the "
                               "agreement. They welcomed President Lula's contribution to the Amazon Fund.\n"))
    assert [(r.verb, r.category) for r in df.itertuples()][:3] == [
        ("welcome", "acknowledgement"), ("welcome", "endorsement"), ("welcome", "endorsement")]


def test_a_company_described_before_its_name_acts_by_its_name():
    df = C.extract(S.from_text("FACT SHEET: United States and Vietnam\n\nWashington, 3 March 2026\n\n• Nvidia and the Vietnamese "
                               "technology group FPT Corporation announced a partnership to build an AI factory in Hanoi worth $200 "
                               "million.\n• The Vietnamese technology group FPT Corporation will build a factory.\n"))
    assert df.actor.tolist() == ["Nvidia and FPT Corporation", "FPT Corporation"]


def test_what_one_side_will_receive_from_another_is_the_givers_pledge():
    df = C.extract(S.from_text("Joint Statement by Kenya, Norway and Sweden\r\n\r\nNAIROBI, 9 April 2026\r\n\r\nCLIMATE\r\n\r\n"
                               "Kenya will receive NOK 100 million from Norway and Sweden over five years to expand geothermal "
                               "power. The Philippines will obtain two patrol vessels from Japan. Kenya will receive support "
                               "from 2027.\r\n"))
    assert [(r.actor, r.target[:21]) for r in df.itertuples()] == [
        ("Norway and Sweden", "Kenya will receive NO"), ("Japan", "The Philippines will "), ("Kenya", "receive support from ")]


def test_a_pledge_by_two_givers_or_announced_by_one_of_an_amount_is_each_givers():
    df = C.extract(S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nKUALA LUMPUR, 27 May 2026\n\n1. Leaders welcomed "
                               "the commitment by Japan and New Zealand to provide a combined USD 60 million to the Pacific "
                               "Resilience Facility.\n\n2. They welcomed the announcement by the European Union of EUR 20 million "
                               "for ocean science and the pledge by Canada of C$5 million and by the Government of Korea of "
                               "US$3 million.\n"))
    assert [(r.actor, r.target) for r in df.itertuples() if r.category == "commitment"] == [
        ("Japan and New Zealand", "provide a combined USD 60 million to the Pacific Resilience Facility"),
        ("European Union", "EUR 20 million"), ("Canada", "C$5 million"), ("South Korea", "US$3 million")]


def test_what_a_thing_did_last_year_an_anniversary_and_an_approximate_baseline_are_no_targets():
    df = C.extract(S.from_text("Joint Statement of Indonesia and the United States\n\nJakarta, 3 March 2026\n\nThe two sides will "
                               "expand Super Garuda Shield, which in 2025 brought together more than 5,000 personnel from 12 "
                               "nations. The leaders resolved to deepen cooperation, marking 75 years of diplomatic relations. "
                               "Indonesia will raise the share of renewable power to 40 percent by 2030, up from approximately 15 "
                               "percent in 2025. Indonesia will host the forum, which drew 300 delegates last year. The United "
                               "States will train 70 nurses.\n"))
    assert [(r.strength, r.catalyst_details) for r in df.itertuples()] == [
        (3, []), (3, []), (4, ["numeric target: 40 percent", "timeline: by 2030"]), (3, []), (4, ["numeric target: 70"])]


def test_firms_described_before_their_names_or_by_nationality_act_but_firms_at_large_only_undergo():
    df = C.extract(S.from_text("# FACT SHEET: United States and Indonesia\n\n## Economic Prosperity\n\n- The Indonesian state miner "
                               "MIND ID and U.S. firm Freeport-McMoRan signed a memorandum of understanding to invest $2.6 "
                               "billion in a new copper smelter.\n- Indonesian importers committed to purchase $4.5 billion of "
                               "U.S. wheat over five years.\n- Small firms will get a help desk. The plan will be welcomed by "
                               "investors.\n", fmt="md"))
    assert [(r.actor, r.verb) for r in df.itertuples()] == [
        ("MIND ID and Freeport-McMoRan", "sign"), ("Indonesian importers", "commit")]


def test_a_year_before_an_infinitive_is_no_amount_and_a_time_cut_to_days_in_words_is_a_target():
    df = C.extract(S.from_text("Joint Press Release of India and Brazil\n\nNew Delhi, 9 March 2026\n\nThe two sides will meet "
                               "before the end of 2026 to identify co-production projects. India will reduce the processing "
                               "time for export approvals to ninety days. India will reply within thirty days.\n"))
    assert [r.catalyst_details for r in df.itertuples()] == [
        ["timeline: before the end of 2026"], ["numeric target: ninety days"], ["timeline: within thirty days"]]


def test_once_with_a_plural_subject_sets_a_condition():
    df = C.extract(S.from_text("Joint Statement of Chile and Korea\n\nSantiago, 9 March 2026\n\nKorea committed to purchase up to "
                               "300,000 tonnes of green ammonia from Chilean projects once they reach commercial operation. Chile "
                               "will reopen the office once talks resume. Korea will review the plan once a year.\n"))
    assert [(r.conditional, r.condition) for r in df.itertuples()] == [
        (True, "once they reach commercial operation"), (True, "once talks resume"), (False, "")]


def test_a_public_body_named_by_the_acronym_the_text_gave_it_acts_for_its_country():
    df = C.extract(S.from_text("<html><body><h1>Joint Statement of Japan and the Philippines</h1><p>Manila, 3 March 2026</p>"
                               "<h2>Maritime Cooperation</h2><p>The Japan Coast Guard (JCG) will train 50 officers. The JCG will "
                               "deploy a Mobile Cooperation Team to Subic Bay. The Philippine Coast Guard (PCG) and the JCG "
                               "will hold joint drills. USAID will fund it.</p></body></html>", fmt="html"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("Japan", "The Japan Coast Guard"), ("Japan", "The JCG"), ("both", "The Philippine Coast Guard and the JCG"), ("USAID", "")]


def test_a_proposal_that_others_act_is_the_proposers_intention_and_splits_from_the_clause_before():
    df = C.extract(S.from_text("Joint Press Release of India and Brazil\n\nNew Delhi, 9 March 2026\n\nPrime Minister Narendra "
                               "Modi spoke with President Lula of Brazil. The leaders agreed to expand the India-MERCOSUR PTA, "
                               "and Prime Minister Modi proposed that negotiators of both sides meet in the first quarter of "
                               "2027. Brazil proposed amendments.\n"))
    assert [(r.actor, r.verb, r.target, r.catalysts) for r in df.itertuples()] == [
        ("both", "agree", "expand the India-MERCOSUR PTA", []),
        ("India", "propose", "negotiators of both sides meet in the first quarter of 2027", ["timeline"])]


def test_it_after_which_is_the_owner_of_what_which_stands_for():
    df = C.extract(S.from_text("# FACT SHEET: United States and Indonesia\n\n## Governance\n\nThe United States will support "
                               "Indonesia's accession to the OECD, which it aims to complete by 2028. The United States welcomed "
                               "the agreement, which it will implement in 2027.\n", fmt="md"))
    assert [(r.actor, r.verb) for r in df.itertuples()] == [
        ("United States", "will"), ("Indonesia", "aim"), ("United States", "welcome"), ("United States", "will")]


def test_a_relationships_label_is_no_named_institution():
    df = C.extract(S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nThe two leaders resolved "
                               "to deepen their Strategic Partnership. They will elevate ties to a Comprehensive Strategic "
                               "Partnership. Japan will host the Japan-Philippines Strategic Dialogue.\n"))
    assert [(r.strength, r.catalyst_details) for r in df.itertuples()] == [
        (3, []), (3, []), (4, ["named institution: Japan-Philippines Strategic Dialogue"])]


def test_a_few_more_of_a_thing_in_words_is_a_numeric_target():
    df = C.extract(S.from_text("Joint Statement of Indonesia and the United States\n\nJakarta, 3 March 2026\n\nThe United States "
                               "will open three new American Spaces in Medan, Makassar, and Jayapura. Japan will deploy two "
                               "additional patrol vessels. The two sides will meet again.\n"))
    assert [(r.strength, r.catalyst_details) for r in df.itertuples()] == [
        (4, ["numeric target: three new American Spaces"]), (4, ["numeric target: two additional patrol vessels"]), (3, [])]


def test_being_committed_to_a_principle_or_a_treaty_holds_it_and_to_an_act_binds():
    df = C.extract(S.from_text("Joint Statement by Australia, Japan and the United States\n\nCanberra, 3 March 2026\n\nAll three "
                               "countries remain fully committed to the Treaty on the Non-Proliferation of Nuclear Weapons. Japan "
                               "is committed to providing $5 million. They are committed to the full implementation of the plan "
                               "by 2027. Japan is committed to work with partners.\n"))
    assert [(r.actor, r.category) for r in df.itertuples()] == [
        ("all", "endorsement"), ("Japan", "commitment"), ("all", "commitment"), ("Japan", "commitment")]


def test_an_exception_a_pledge_allows_is_its_condition():
    df = C.extract(S.from_text("Joint Statement by Australia, Japan and the United States\n\nCanberra, 3 March 2026\n\nWe will not "
                               "impose export restrictions on critical minerals, except in accordance with WTO rules. Japan will "
                               "open the market except where national security requires otherwise.\n"))
    assert [(r.strength, r.negated, r.condition) for r in df.itertuples()] == [
        (3, True, "except in accordance with WTO rules"), (3, False, "except where national security requires otherwise")]


def test_ministers_named_by_their_portfolio_are_the_parties_own():
    df = C.extract(S.from_text("# Joint Statement by the Leaders of Australia, Japan and the United States\n\n## Defense\n\nDefense "
                               "ministers will meet annually. Our defence ministers will hold talks.\n", fmt="md"))
    assert [(r.actor, r.target) for r in df.itertuples()] == [("all", "meet annually"), ("all", "hold talks")]


def test_an_invitation_extended_and_accepted_by_the_guest_named_by_title_is_the_guests_intention():
    df = C.extract(S.from_text("Joint Press Statement of Argentina and Viet Nam\n\nHanoi, 9 March 2026\n\nThe President of Argentina "
                               "extended an invitation to the President of Viet Nam to pay a state visit to Argentina in 2027, which "
                               "the Vietnamese President accepted with pleasure.\n"))
    assert [(r.actor, r.category, r.target) for r in df.itertuples()] == [
        ("Argentina", "endorsement", "an invitation to the President of Viet Nam to pay a state visit to Argentina in 2027"),
        ("Vietnam", "intention", "pay a state visit to Argentina in 2027")]


def test_a_speakers_quoted_resolve_with_no_act_named_is_no_commitment():
    df = C.extract(S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nForeign Secretary Manalo "
                               "said: \"We will not waver. We will defend our sovereign rights.\" \"We will deliver,\" said "
                               "Minister Iwaya. Neither side will retaliate.\n"))
    assert [(r.actor, r.target) for r in df.itertuples()] == [("Philippines", "defend our sovereign rights"), ("both", "retaliate")]


def test_agreeing_that_two_long_named_bodies_should_act_is_a_view_with_their_intention_beside_it():
    df = C.extract(S.from_text("Joint Press Release of India and Brazil\n\nNew Delhi, 9 March 2026\n\nThe leaders agreed that the "
                               "Reserve Bank of India and the Central Bank of Brazil should study the linking of UPI with PIX by "
                               "the end of 2027.\n"))
    assert [(r.actor, r.category, r.verb) for r in df.itertuples()] == [("both", "endorsement", "agree"), ("both", "intention", "should")]


def test_agreeing_that_a_firm_would_act_is_a_view_and_that_a_party_or_a_joint_body_would_binds():
    df = C.extract(S.from_text("Joint Communiqué of the Germany–Kenya Binational Commission\n\n1. The two sides agreed that KenGen "
                               "would partner with Siemens Energy on the Olkaria geothermal expansion. The two sides agreed that "
                               "Kenya would host the next session. They agreed that the Joint Committee will meet in 2027.\n"))
    assert [(r.actor, r.category) for r in df.itertuples() if r.verb == "agree"] == [
        ("both", "endorsement"), ("both", "commitment"), ("both", "commitment")]


def test_two_ministries_each_with_its_country_in_brackets_act_for_both():
    df = C.extract(S.from_text("Joint Statement of the Governments of New Zealand and Samoa\n\nApia, 3 March 2026\n\nThe Ministry of "
                               "Foreign Affairs and Trade (New Zealand) and the Ministry of Foreign Affairs and Trade (Samoa) will "
                               "launch talks. The Ministry of Health (Samoa) will host them.\n"))
    assert df.actor.tolist() == ["both", "Samoa"]


def test_a_lead_in_to_a_list_whose_items_are_positions_of_their_own_is_no_row():
    st = S.from_text("<html><body><h1>Joint Statement of the Governments of New Zealand and Samoa</h1><p>Apia, 3 March 2026</p>"
                     "<p>The Prime Ministers agreed to the following priorities:</p><ol><li>Strengthen cooperation between the "
                     "two police services.</li><li>Establish an annual Prime Ministers' dialogue.</li></ol></body></html>", fmt="html")
    assert [(r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("strengthen", "cooperation between the two police services"), ("establish", "an annual Prime Ministers' dialogue")]


def test_a_view_after_a_comma_and_a_pledge_is_the_same_subjects_own_row():
    df = C.extract(S.from_text("Joint Statement of China and Kenya\n\nNairobi, 3 March 2026\n\nThe two sides will strengthen "
                               "cooperation on the Lamu Corridor and the Nairobi Expressway, and welcome the signing of a "
                               "memorandum of understanding on the Rironi road valued at KSh 170 billion.\n"))
    assert [(r.actor, r.category, r.verb) for r in df.itertuples()] == [
        ("both", "commitment", "will"), ("both", "endorsement", "welcome")]
    assert df.catalyst_details.tolist()[0] == ["named institution: Lamu Corridor", "named institution: Nairobi Expressway"] \
        or "KSh 170 billion" not in " ".join(df.catalyst_details.tolist()[0])


def test_upholding_a_system_and_speaking_highly_of_a_project_are_endorsements():
    df = C.extract(S.from_text("Joint Statement of China and Kenya\n\nNairobi, 3 March 2026\n\nThe two sides uphold the United "
                               "Nations-centered international system and oppose unilateralism and protectionism. The Kenyan side "
                               "spoke highly of the Mombasa-Nairobi Standard Gauge Railway.\n"))
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("both", "uphold", "endorsement"), ("both", "oppose", "endorsement"), ("Kenya", "speak highly of", "endorsement")]


def test_a_partys_service_acts_for_it():
    df = C.extract(S.from_text("Joint Statement of the Governments of New Zealand and Samoa\n\nApia, 3 March 2026\n\nThe New Zealand "
                               "Aviation Security Service will train 40 Samoan officers. The Samoa Police Service will host them.\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("New Zealand", "The New Zealand Aviation Security Service"), ("Samoa", "The Samoa Police Service")]


def test_money_a_country_gives_to_anothers_act_is_its_own_pledge_too():
    st = S.from_text("Communiqué of the Pacific Islands Forum Leaders\n\nHONIARA, 27 May 2026\n\nThe Forum Fisheries Agency will "
                     "expand its Regional Fisheries Surveillance Centre in Honiara, with USD 40 million from the United States "
                     "over five years. Japan will fund the centre, with USD 5 million from Japan.\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()][1:3] == [
        ("United States", "provide", "USD 40 million from the United States"), ("Japan", "will", "fund the centre, with USD 5 million from Japan")]
    assert len(df) == 3


def test_an_invitation_accepted_in_the_passive_is_the_guests_intention():
    df = C.extract(S.from_text("Joint Press Statement of Argentina and Viet Nam\n\nHanoi, 9 March 2026\n\nThe President of Viet Nam "
                               "invited the Argentine President to attend the summit in 2027, and the invitation was accepted with "
                               "appreciation.\n"))
    assert [(r.actor, r.verb, r.category, r.target) for r in df.itertuples()] == [
        ("Vietnam", "invite", "endorsement", "the Argentine President to attend the summit in 2027"),
        ("Argentina", "accept", "intention", "attend the summit in 2027")]


def test_a_range_with_an_en_dash_is_one_numeric_target_with_its_unit():
    st = S.from_text("# Leaders' Declaration\n\n## Energy\n\nWe, the Leaders of Qatar, Oman and Kuwait, met in Doha.\n\n- We decide "
                     "to develop 5–7 GW of renewable capacity by 2030. We will train 5–10 officers.\n", fmt="md")
    assert [r.catalyst_details for r in C.extract(st).itertuples()] == [
        ["numeric target: 5–7 GW", "timeline: by 2030"], ["numeric target: 5–10 officers"]]


def test_a_partys_ministry_known_by_its_whole_name_acts_for_it():
    df = C.extract(S.from_text("Joint Statement of the Governments of New Zealand and Samoa\n\nApia, 3 March 2026\n\nThe Ministry of "
                               "Business, Innovation and Employment will review the RSE scheme by 2027.\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [("New Zealand", "The Ministry of Business, Innovation and Employment")]


def test_a_body_that_says_it_will_act_is_the_actor_and_a_partnership_launched_before_is_no_subject():
    st = S.from_text("<html><body><nav><a href='/'>Home</a></nav><article><h1>Joint Communiqué of Brazil and South Africa</h1>"
                     "<p>Pretoria, 17 February 2026</p><h2>Trade and Investment</h2><p>The Ministers recalled the establishment of "
                     "diplomatic relations between the two countries in 1948 and the Strategic Partnership launched in 2010, and noted "
                     "that the Joint Commission had last met in Brasília in 2023.</p><p>The Industrial Development Corporation of "
                     "South Africa (IDC) announced a facility of R2.5 billion for South African firms. The Brazilian Development Bank "
                     "(BNDES) indicated that it will make available a credit line of BRL 1 billion for Brazilian exporters.</p>"
                     "</article></body></html>", fmt="html")
    rows = C.extract(st)[["actor", "verb", "body"]].values.tolist()
    assert rows == [["both", "recall", ""], ["both", "note", ""],
                    ["South Africa", "announce", "The Industrial Development Corporation of South Africa"],
                    ["Brazil", "will", "The Brazilian Development Bank"]]


def test_a_states_fund_announced_to_act_is_that_states_once_and_named_in_the_target():
    st = S.from_text("# Joint Declaration of Türkiye and Azerbaijan\n\n**Baku, 3 March 2026**\n\n### Energy\n\n**Investment.** The "
                     "Azerbaijani Side announced that the State Oil Fund of the Republic of Azerbaijan (SOFAZ) will increase its "
                     "investments in Türkiye by USD 2 billion. The Export and Investment Fund of Denmark will lend EUR 5 million to "
                     "the project.\n", fmt="md")
    rows = C.extract(st)[["actor", "verb", "target"]].values.tolist()
    assert rows[0] == ["Azerbaijan", "announce", "the State Oil Fund of the Republic of Azerbaijan (SOFAZ) will increase its "
                       "investments in Türkiye by USD 2 billion"] and len(rows) == 2
    ents = {r.name: (r.type, r.country) for r in E.extract(st).itertuples()}
    assert ents["State Oil Fund of the Republic of Azerbaijan"] == ("organization", "Azerbaijan")
    assert ents["Export and Investment Fund of Denmark"] == ("organization", "Denmark")


def test_two_public_banks_of_the_two_parties_sign_for_both():
    st = S.from_text("UK-FRANCE SUMMIT DECLARATION\n============================\n\nLondon, 10 July 2026\n\nECONOMY\n=======\n\n"
                     "Bpifrance and the British Business Bank signed a memorandum on co-investment in clean technology.\n")
    assert C.extract(st)[["actor", "verb", "body"]].values.tolist() == [["both", "sign", "Bpifrance and the British Business Bank"]]


def test_a_time_set_before_the_subject_leaves_the_subject_found_and_is_the_clauses_timeline():
    st = S.from_text("Joint Vision Statement on ASEAN-Japan Friendship and Cooperation\n\nTokyo, 14 December 2026\n\n1. We adopt "
                     "the ASEAN-Japan Plan of Action 2026-2030 to implement this Joint Vision Statement.\n\n2. In 2027 Japan will "
                     "train 300 customs officers. By 2028, ASEAN will open a centre in Jakarta. ASEAN will host a forum, and by "
                     "2029 Japan will open an office. In 2026, the two sides launched a dialogue.\n")
    df = C.extract(st)
    assert [(r.actor, r.target, r.catalyst_details) for r in df.itertuples()][1:] == [
        ("Japan", "train 300 customs officers", ["timeline: in 2027", "numeric target: 300 customs officers"]),
        ("ASEAN", "open a centre in Jakarta", ["timeline: by 2028"]),
        ("ASEAN", "host a forum", []),
        ("Japan", "open an office", ["timeline: by 2029"]),
        ("both", "a dialogue", []),
    ]
    years = F.extract(st)
    assert years[years.text == "2026-2030"]["in_name"].tolist() == [True]


def test_only_or_alone_leaves_the_actor_and_a_language_is_no_country():
    st = S.from_text("Quad Leaders' Joint Statement\n\nWilmington, 21 September 2026\n\nPeople-to-People Ties\n\nJapan alone will fund "
                     "the Quad Investors Network secretariat. Only India will, in addition, offer fifty scholarships. Polish will "
                     "be offered in schools in Brandenburg, and German in schools in Silesia. Australia itself will host the "
                     "forum.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["Japan", "will"], ["India", "will"], ["Australia", "will"]]


def test_shared_before_a_peoples_heritage_is_an_adjective_in_the_list():
    st = S.from_text("Joint Communiqué of Fiji and Papua New Guinea\r\n\r\nPort Moresby, 12 August 2026\r\n\r\n1. RELATIONS\r\n\r\n"
                     "The two leaders reaffirmed the close bonds of friendship, kinship and shared Melanesian heritage between "
                     "their peoples.\r\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "reaffirm"]]


def test_amounts_shared_out_respectively_or_each_give_every_party_its_own_row_and_target():
    st = S.from_text("UK-FRANCE SUMMIT DECLARATION\n============================\n\nLondon, 10 July 2026\n\nDEFENCE\n=======\n\nThe "
                     "UK and France will invest £1.2bn and €1.4bn respectively in the Future Cruise/Anti-Ship Weapon programme. "
                     "France and the UK will deploy 300 and 200 officers, respectively, on the coast. The UK and France will each "
                     "contribute EUR 200 million to the Ukraine fund.\n")
    rows = C.extract(st)[["actor", "target", "catalyst_details"]].values.tolist()
    assert [r[:2] for r in rows] == [
        ["United Kingdom", "invest £1.2bn in the Future Cruise/Anti-Ship Weapon programme"],
        ["France", "invest €1.4bn in the Future Cruise/Anti-Ship Weapon programme"],
        ["France", "deploy 300 officers on the coast"],
        ["United Kingdom", "deploy 200 officers on the coast"],
        ["United Kingdom", "contribute EUR 200 million to the Ukraine fund"],
        ["France", "contribute EUR 200 million to the Ukraine fund"],
    ]
    assert rows[0][2][0] == "numeric target: £1.2bn" and rows[1][2][0] == "numeric target: €1.4bn"


def test_agreeing_that_a_thing_was_done_or_has_never_been_so_is_a_shared_view():
    st = S.from_text("<html><head><title>Joint Communiqué of the African Union Commission and China</title></head><body><h1>Joint "
                     "Communiqué of the African Union Commission and China</h1><p class='date'>Addis Ababa, 10 February 2026</p>"
                     "<p>The two sides agreed that the Beijing Summit elevated China-Africa relations to an all-weather community. "
                     "They agreed that the partnership has never been more important to the security of Africa. The two sides "
                     "agreed that the designated authorities meet annually.</p></body></html>", fmt="html")
    assert C.extract(st)[["category", "target"]].values.tolist() == [
        ["acknowledgement", "the Beijing Summit elevated China-Africa relations to an all-weather community"],
        ["acknowledgement", "the partnership has never been more important to the security of Africa"],
        ["commitment", "the designated authorities meet annually"]]


def test_the_unions_offices_act_for_the_european_union():
    st = S.from_text("# Joint Declaration of the European Union and Egypt\n\nCairo, 17 March 2026\n\n## Peace\n\n1. The High "
                     "Representative/Vice-President will convene, together with Egypt, a meeting before the summer.\n2. The "
                     "High Representative will visit Cairo in May.\n", fmt="md")
    assert C.extract(st)["actor"].tolist() == ["European Union", "European Union"]


def test_officials_named_by_rank_alone_are_the_signatories_own():
    st = S.from_text("Quad Leaders' Joint Statement\n\nWilmington, 21 September 2026\n\nQuad Architecture\n\nThe Quad Foreign "
                     "Ministers will meet annually, and Senior Officials will meet at least twice a year to review progress.\n")
    assert C.extract(st)[["actor", "target"]].values.tolist() == [
        ["all", "meet annually"], ["all", "meet at least twice a year to review progress"]]


def test_aiming_or_striving_for_a_share_is_an_intention():
    st = S.from_text("**Joint Statement of Germany and Poland**\n\nWarsaw, 2 July 2026\n\n**Energy.** Poland aims to cover 32% of its "
                     "electricity demand with renewable sources by 2030, while Germany aims for a share of 80%. Both countries "
                     "strive for peace.\n", fmt="md")
    assert C.extract(st)[["actor", "category", "verb", "target"]].values.tolist() == [
        ["Poland", "intention", "aim", "cover 32% of its electricity demand with renewable sources by 2030"],
        ["Germany", "intention", "aim for", "a share of 80%"], ["both", "intention", "strive for", "peace"]]


def test_what_another_already_gave_or_what_stands_invested_is_no_numeric_target():
    st = S.from_text("Joint Vision Statement of ASEAN and Japan\n\nTokyo, 14 December 2026\n\n5. We commit to strengthening "
                     "cooperation in health security through the ASEAN Centre for Public Health Emergencies and Emerging Diseases "
                     "(ACPHEED), to which Japan has contributed US$ 50 million.\n\n6. Japan will increase its investments in ASEAN "
                     "by USD 2 billion, from the USD 19.5 billion already invested.\n")
    assert [r.catalyst_details for r in C.extract(st).itertuples()] == [
        ["named institution: ASEAN Centre for Public Health Emergencies and Emerging Diseases"], ["numeric target: USD 2 billion"]]


def test_working_towards_an_outcome_is_an_intention_however_it_is_worded():
    st = S.from_text("Joint Communiqué of Brazil and South Africa\n\nPretoria, 17 February 2026\n\nTrade\n\nThey agreed to work "
                     "towards convening the IBSA Leaders' Summit in the second half of 2026. They agreed to work towards the "
                     "conclusion of an agreement on visa waiver. Brazil will work toward a ceasefire.\n")
    assert C.extract(st)[["category", "strength"]].values.tolist() == [["intention", 2]] * 3


def test_team_europe_acts_for_the_european_union():
    st = S.from_text("# Joint Declaration of the European Union and Egypt\n\nCairo, 17 March 2026\n\n## Investment\n\nThe European "
                     "Investment Bank will scale up its lending, and Team Europe partners will mobilise EUR 1.8 billion in "
                     "additional investments.\n", fmt="md")
    assert C.extract(st)[["actor", "body"]].values.tolist() == [
        ["European Union", "The European Investment Bank"], ["European Union", "Team Europe partners"]]


def test_promotion_agencies_and_police_forces_known_by_name_act_for_their_states():
    st = S.from_text("Joint Declaration of Chile and Argentina\n\nSantiago, 3 March 2026\n\nTrade\n\nProChile and the Argentine "
                     "Investment and International Trade Promotion Agency will sign a memorandum on export promotion. Carabineros "
                     "de Chile and Gendarmería Nacional Argentina will hold joint patrols. The two sides aim to cut waiting times "
                     "at the crossing by a third before the end of 2026.\n")
    assert C.extract(st)["actor"].tolist() == ["both", "both", "both"]
    assert [(r.text, r.kind, r.change) for r in F.extract(st).itertuples() if r.kind == "fraction"] == [("a third", "fraction", "fall")]


def test_funding_a_body_receives_from_both_governments_is_their_commitment():
    st = S.from_text("**Joint Statement of Germany and Poland**\n\nWarsaw, 2 July 2026\n\n**Youth.** The German–Polish Youth Office "
                     "(DPJW/PNWM) will receive an increase in funding of 25% from both governments from 2027.\n", fmt="md")
    rows = C.extract(st)[["actor", "category", "catalysts"]].values.tolist()
    assert rows == [["both", "commitment", ["numeric target", "timeline", "named institution"]]]


def test_a_pledge_of_a_sum_to_a_welcomed_facility_in_a_relative_clause_is_a_pledge():
    st = S.from_text("Joint Communiqué of Fiji and Papua New Guinea\r\n\r\nSuva, 3 March 2026\r\n\r\n2. CLIMATE\r\n\r\nThe leaders "
                     "welcomed the Pacific Resilience Facility, to which Papua New Guinea pledged K20 million and Fiji pledged "
                     "FJ$3 million. The leaders praised the reform, for which Fiji requested assistance.\r\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["both", "welcome"], ["Papua New Guinea", "pledge"], ["Fiji", "pledge"], ["both", "praise"]]


def test_a_commitment_to_an_instrument_and_to_an_act_is_two():
    st = S.from_text("UK-FRANCE SUMMIT DECLARATION\n============================\n\nLondon, 10 July 2026\n\nCLIMATE\n=======\n\nThe UK "
                     "and France reaffirmed their commitment to the Paris Agreement and to reaching net zero by 2050.\n")
    assert C.extract(st)[["target", "catalysts"]].values.tolist() == [
        ["the Paris Agreement", []], ["reaching net zero by 2050", ["timeline"]]]


def test_renewing_a_commitment_to_upholding_a_principle_is_a_position():
    st = S.from_text("Joint Statement of Indonesia and Australia\n\nJakarta, 15 May 2025\n\nRegion\n\nThey reiterated their "
                     "commitment to upholding international law, including UNCLOS. They reaffirmed their commitment to achieving "
                     "net zero.\n")
    assert C.extract(st)[["category", "verb"]].values.tolist() == [["endorsement", "reiterate"], ["commitment", "reaffirm"]]


def test_a_subject_after_a_fronted_means_still_makes_its_will_a_commitment():
    st = S.from_text("# FACT SHEET: United States–Vietnam Comprehensive Strategic Partnership\r\n\r\nWashington, 10 September 2026"
                     "\r\n\r\n**Health.** Through PEPFAR, the United States has invested more than $1.3 billion in Vietnam's HIV/AIDS "
                     "response since 2004, and will continue to support Vietnam's goal of ending AIDS as a public health threat by "
                     "2030.\r\n", fmt="md")
    assert C.extract(st)[["actor", "verb", "catalysts"]].values.tolist() == [["United States", "will", ["timeline"]]]


def test_a_count_before_a_model_named_by_a_number_is_the_count_alone():
    st = S.from_text("# FACT SHEET: United States–Vietnam Partnership\n\nWashington, 10 September 2026\n\n**Aviation.** Boeing and "
                     "Vietnam Airlines announced a $10 billion deal for 50 737 MAX aircraft.\n", fmt="md")
    assert C.extract(st)["catalyst_details"].tolist() == [["numeric target: $10 billion", "numeric target: 50"]]


def test_a_lead_in_to_areas_of_cooperation_whose_items_each_take_a_position_is_none_itself():
    st = S.from_text("<html><body><h1>Joint Declaration of the Japan–China–Republic of Korea Trilateral Summit</h1><p>Seoul, 27 "
                     "May 2026</p><h2>Cooperation</h2><p>The three leaders decided to pursue the following areas of cooperation:"
                     "</p><ol><li>Expand trilateral free trade negotiations.</li><li>Strengthen disaster management cooperation."
                     "</li></ol></body></html>", fmt="html")
    assert C.extract(st)["verb"].tolist() == ["expand", "strengthen"]


def test_amounts_shared_out_respectively_in_a_list_item_take_the_lead_ins_subjects():
    st = S.from_text("UK-FRANCE SUMMIT DECLARATION\n\nLondon, 10 July 2026\n\nDEFENCE\n\nThe UK and France will:\n\n• invest £1.2bn "
                     "and €1.4bn respectively over the next five years in the Future Cruise/Anti-Ship Weapon programme;\n• "
                     "establish a joint headquarters at Northwood by the end of 2027.\n")
    assert C.extract(st)[["actor", "target"]].values.tolist() == [
        ["United Kingdom", "invest £1.2bn over the next five years in the Future Cruise/Anti-Ship Weapon programme"],
        ["France", "invest €1.4bn over the next five years in the Future Cruise/Anti-Ship Weapon programme"],
        ["both", "establish a joint headquarters at Northwood by the end of 2027"]]


def test_three_named_firms_acting_together_are_listed_with_commas():
    st = S.from_text("# FACT SHEET: United States–Vietnam Partnership\r\n\r\nWashington, 10 September 2026\r\n\r\n**Chips.** "
                     "Synopsys, Marvell and Amkor will expand their design and packaging operations in Vietnam. The Ministry of "
                     "Trade and Industry and Boeing will sign a memorandum.\r\n", fmt="md")
    assert C.extract(st)["actor"].tolist() == ["Synopsys, Marvell and Amkor", "The Ministry of Trade and Industry and Boeing"]


def test_a_body_of_each_party_acting_together_is_both_parties_with_their_bodies():
    df = C.extract(S.from_text("New Zealand–Chile Leaders' Statement\r\n\r\nWellington, 14 March 2026\r\n\r\n1. Trade\r\n\r\n"
                               "New Zealand Trade and Enterprise (NZTE) and ProChile will co-lead a business mission in 2027. "
                               "Education New Zealand and the Agencia Nacional de Investigación y Desarrollo (ANID) will offer 40 "
                               "joint doctoral scholarships. The Instituto Cervantes will open a centre in Auckland.\r\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("both", "New Zealand Trade and Enterprise and ProChile"),
        ("both", "Education New Zealand and the Agencia Nacional de Investigación y Desarrollo"),
        ("Instituto Cervantes", "")]
    df = C.extract(S.from_text("Joint Statement of the Third ASEAN-GCC Summit\n\nKuala Lumpur, 27 May 2026\n\nThe GCC Secretariat "
                               "and the ASEAN Secretariat will establish a Joint Business Council. The ASEAN Secretariat will "
                               "publish a report by 2027.\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("both", "The GCC Secretariat and the ASEAN Secretariat"), ("ASEAN Secretariat", "")]


def test_a_condition_runs_past_the_comma_of_a_day_written_month_first():
    df = C.extract(S.from_text("Joint Statement of the United States and the Philippines\n\nWashington, April 11, 2026\n\nEconomy\n\n"
                               "The United States will provide $40 million for critical minerals processing, contingent on the "
                               "Philippines adopting its Critical Minerals Framework by October 1, 2026. Japan will fund the port "
                               "if the Diet approves the budget by Sept. 30, 2027, and the works begin.\n"))
    assert df.condition.tolist() == ["contingent on the Philippines adopting its Critical Minerals Framework by October 1, 2026",
                                     "if the Diet approves the budget by Sept. 30, 2027"]


def test_a_partys_secretaries_or_officials_are_that_party():
    df = C.extract(S.from_text("Joint Statement of the United States and the Philippines\n\nWashington, 11 April 2026\n\nDefense\n\n"
                               "The Philippine Secretaries welcomed the United States' support. U.S. officials will visit Manila "
                               "in May. The Philippine Secretary will host the next dialogue.\n"))
    assert df.actor.tolist() == ["Philippines", "United States", "Philippines"]


def test_a_plural_subjects_second_verb_with_its_own_to_is_its_own_position():
    df = C.extract(S.from_text("Joint Statement of the United States and the Philippines\n\nWashington, 11 April 2026\n\nMaritime\n\n"
                               "The U.S. Coast Guard and the Philippine Coast Guard will conduct at least six joint patrols per year "
                               "and intend to expand the training program to 1,200 personnel by 2028. The two navies will hold "
                               "drills and aim to double port calls. The United States will provide the vessels and agreed to "
                               "review the program in 2027.\n"))
    assert [(r.actor, r.verb, r.category, r.target) for r in df.itertuples()] == [
        ("both", "will", "commitment", "conduct at least six joint patrols per year"),
        ("both", "intend", "intention", "expand the training program to 1,200 personnel by 2028"),
        ("The two navies", "will", "commitment", "hold drills"),
        ("The two navies", "aim", "intention", "double port calls"),
        ("United States", "will", "commitment", "provide the vessels"),
        ("United States", "agree", "commitment", "review the program in 2027")]


def test_items_under_a_passive_lead_in_that_looks_ahead_are_the_parties_acts():
    df = C.extract(S.from_text("Joint Statement of the Third ASEAN-GCC Summit\n\nKuala Lumpur, 27 May 2026\n\nPeople\n\n"
                               "The following initiatives will be launched under the Framework of Cooperation:\n\n- an ASEAN-GCC "
                               "Scholarship Programme offering 500 places over five years;\n- the ASEAN-GCC Youth Leaders "
                               "Exchange, with 120 participants a year from 2027.\n\nThe following centres shall be "
                               "established by 2028:\n\n- a Joint Centre for Arabic and Southeast Asian Studies.\n"))
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()] == [
        ("both", "launch", "an ASEAN-GCC Scholarship Programme offering 500 places over five years"),
        ("both", "launch", "the ASEAN-GCC Youth Leaders Exchange, with 120 participants a year from 2027"),
        ("both", "establish", "a Joint Centre for Arabic and Southeast Asian Studies")]


def test_amounts_a_verb_shares_respectively_each_go_where_the_words_after_say():
    st = S.from_text("Joint Statement of New Zealand and Chile\n\nWellington, 14 March 2026\n\nClimate\n\nNew Zealand will provide "
                     "NZ$5 million and Chile CLP 2,500 million respectively to the Global Research Alliance on Agricultural "
                     "Greenhouse Gases (GRA) for research on methane.\n")
    df = C.extract(st)
    tail = "to the Global Research Alliance on Agricultural Greenhouse Gases (GRA) for research on methane"
    assert [(r.actor, r.target) for r in df.itertuples()] == [
        ("New Zealand", f"provide NZ$5 million {tail}"), ("Chile", f"provide CLP 2,500 million {tail}")]
    from communique import briefing
    assert [briefing.position_text(st, r, 40) for r in df.to_dict("records")] == [
        f"will provide NZ$5 million {tail}", f"will provide CLP 2,500 million {tail}"]


def test_amounts_a_verb_shares_share_what_the_last_is_for_unless_each_says_its_own():
    st = S.from_text("Joint Statement by Australia and Japan\n\nTokyo, 5 June 2026\n\nAustralia will contribute A$5 million and "
                     "Japan ¥500 million to pre-position emergency supplies in the Pacific. Chile will contribute CLP 18,000 "
                     "million, Peru PEN 40 million and Argentina ARS 45,000 million to the joint fund. Canada will provide "
                     "C$3 million for schools and Mexico MXN 20 million for roads.\n")
    assert [(r.actor, r.target) for r in C.extract(st).itertuples()] == [
        ("Australia", "contribute A$5 million to pre-position emergency supplies in the Pacific"),
        ("Japan", "contribute ¥500 million to pre-position emergency supplies in the Pacific"),
        ("Chile", "contribute CLP 18,000 million to the joint fund"), ("Peru", "contribute PEN 40 million to the joint fund"),
        ("Argentina", "contribute ARS 45,000 million to the joint fund"),
        ("Canada", "provide C$3 million for schools"), ("Mexico", "provide MXN 20 million for roads")]
    # (in any currency's sign or code: the cedi's, the CFA franc's)
    st = S.from_text("Joint Communiqué of Ghana and Côte d'Ivoire\n\nAccra, 9 May 2025\n\nCôte d'Ivoire will contribute FCFA 50 "
                     "billion and Ghana GH₵ 200 million to the joint fund.\n")
    assert [(r.actor, r.target) for r in C.extract(st).itertuples()] == [
        ("Côte d'Ivoire", "contribute FCFA 50 billion to the joint fund"), ("Ghana", "contribute GH₵ 200 million to the joint fund")]
    # (every sign the figures read, and a sign after letters in any case: "Bds$")
    st = S.from_text("Joint Communiqué of Mongolia and Paraguay\n\nAsunción, 9 May 2025\n\nMongolia will contribute ₮15.5 billion "
                     "and Paraguay ₲ 2 billion to the fund. Trinidad and Tobago pledged TT$ 20 million, Barbados Bds$ 4 million and "
                     "Viet Nam ₫ 20 billion.\n")
    assert [(r.actor, r.target) for r in C.extract(st).itertuples()] == [
        ("Mongolia", "contribute ₮15.5 billion to the fund"), ("Paraguay", "contribute ₲ 2 billion to the fund"),
        ("Trinidad and Tobago", "TT$ 20 million"), ("Barbados", "Bds$ 4 million"), ("Vietnam", "₫ 20 billion")]


def test_operative_verbs_in_capitals_open_their_paragraphs_and_a_gifts_decimals_stay_whole():
    st = S.from_text("Joint Communiqué of the African Union and the European Union\r\n\r\nAddis Ababa, 9 June 2026\r\n\r\nThe "
                     "Ministers of Foreign Affairs of the Member States of the African Union (AU) and of the European Union "
                     "(EU), meeting in Addis Ababa on 9 June 2026, hereby:\r\n\r\n1. WELCOME the announcement by the European "
                     "Commission of EUR 2.1 billion for the Lobito Corridor;\r\n\r\n2. AGREE to establish a Joint Monitoring "
                     "Mechanism by 31 March 2027;\r\n\r\n3. COMMIT to mobilise one hundred and fifty billion euros by 2030;\r\n\r\n"
                     "4. SEEK to reduce the cost of remittances to less than 3 per cent by 2030.\r\n")
    df = C.extract(st)
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("both", "welcome", "endorsement"), ("European Union", "announce", "commitment"), ("both", "agree", "commitment"),
        ("both", "commit", "commitment"), ("both", "seek", "intention")]
    assert df.target.tolist()[1] == "EUR 2.1 billion"
    assert rows_of("Kenya welcomed the announcement by Japan of USD 1,500 million for ports.")[1][:2] == ("Japan", "announce")


def test_bodies_of_each_party_by_the_kind_of_state_and_by_an_administration_of_the_other():
    df = C.extract(S.from_text("Joint Statement between the Kingdom of Saudi Arabia and the People's Republic of China\n\nRiyadh, 2 "
                               "March 2026\n\nEnergy\n\nThe Ministry of Energy of the Kingdom and the National Energy Administration "
                               "(NEA) of China intend to establish a joint centre. Saudi Aramco and China Petroleum and Chemical "
                               "Corporation (Sinopec) will expand the Fujian refinery. The Saudi Data and Artificial Intelligence "
                               "Authority (SDAIA) and the Cyberspace Administration of China will sign a memorandum.\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("both", "The Ministry of Energy of the Kingdom and the National Energy Administration of China"),
        ("Saudi Aramco and China Petroleum and Chemical Corporation", ""),
        ("both", "The Saudi Data and Artificial Intelligence Authority and the Cyberspace Administration of China")]


def test_a_body_named_by_no_one_is_the_one_party_that_can_have_it():
    df = C.extract(S.from_text("EU-Egypt Association Council Joint Statement\n\nBrussels, 3 March 2026\n\nEconomy\n\nThe Ministry of "
                               "Finance will publish a revenue strategy by 30 September 2026. Commissioner Dubravka Šuica stated that "
                               "the Commission intends to propose a further EUR 1.8 billion.\n"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [
        ("Egypt", "The Ministry of Finance"), ("European Union", "The Commission")]
    # (two states, either of which has a ministry: the body as written)
    assert rows_of("The Ministry of Finance will publish a revenue strategy.")[0][0] == "Ministry of Finance"


def test_a_one_word_name_after_another_actor_is_a_name_and_a_body_then_another_is_no_one_partys():
    df = C.extract(S.from_text("Joint Declaration of Intent between Canada and Germany\n\nBerlin, 22 August 2026\n\nResearch\n\n"
                               "The German Academic Exchange Service (DAAD) and Mitacs intend to fund up to 250 graduate exchanges in "
                               "2027. Exports will grow.\n"))
    assert [(r.actor, r.verb, r.body) for r in df.itertuples()] == [
        ("The German Academic Exchange Service and Mitacs", "intend", "")]


def test_an_aim_agreed_is_an_intention_and_a_sides_reported_intention_is_its_own():
    df = C.extract(S.from_text("Communiqué of the Pacific Islands Forum Foreign Ministers\n\nSuva, 14 July 2026\n\nOceans\n\nMinisters "
                               "agreed to aim to protect 30 per cent of the Blue Pacific Continent by 2030. Ministers decided to seek "
                               "to conclude the treaty by 2027. Ministers committed to strive for net zero.\n"))
    assert [(r.verb, r.category) for r in df.itertuples()] == [
        ("agree", "intention"), ("decide", "intention"), ("commit", "commitment")]
    df = C.extract(S.from_text("Joint Statement of Saudi Arabia and China\n\nRiyadh, 2 March 2026\n\nFinance\n\nThe Saudi side welcomed "
                               "the intention of the Chinese side to open a second branch of the Bank of China in Jeddah.\n"))
    assert [(r.actor, r.verb, r.category) for r in df.itertuples()] == [
        ("Saudi Arabia", "welcome", "endorsement"), ("China", "intend", "intention")]


def test_a_partys_banks_units_and_presidency_others_pledges_upheld_and_a_reach_no_target():
    df = C.extract(S.from_text("Joint Communiqué of Mexico and Brazil\n\nMexico City, 20 May 2026\n\nTrade and Investment:\n\nThe "
                               "Mexican Foreign Trade Bank (Bancomext) will provide a credit line of MXN 3,500 million. The Brazilian "
                               "Presidency will convene a meeting. We reaffirm the commitment of developed countries to provide USD "
                               "100 billion per year. Brazil will expand the Sembrando Vida programme, which reaches more than "
                               "450,000 rural producers. The two sides will update Economic Complementation Agreement No. 53 (ACE 53) "
                               "within 12 months.\n"))
    assert [(r.actor, r.category) for r in df.itertuples()] == [
        ("Mexico", "commitment"), ("Brazil", "commitment"), ("both", "endorsement"), ("Brazil", "commitment"), ("both", "commitment")]
    assert [d for ds in df.catalyst_details for d in ds if d.startswith("numeric")] == [
        "numeric target: MXN 3,500 million", "numeric target: USD 100 billion"]
    df = C.extract(S.from_text("# UK-India Vision 2035\n\n*London, 24 July 2026*\n\n## Defence\n\nThe Royal Navy's Carrier Strike "
                               "Group will conduct joint exercises in 2027.\n", fmt="md"))
    assert [(r.actor, r.body) for r in df.itertuples()] == [("United Kingdom", "The Royal Navy's Carrier Strike Group")]


def test_a_month_starting_a_recurrence_is_read_whole_and_a_period_of_years_is_a_timeline():
    st = S.from_text("Joint Declaration of Intent between Canada and Germany\n\nBerlin, 22 August 2026\n\nHydrogen\n\nThe two sides "
                     "established a Working Group, which will meet twice a year starting in November 2026. Germany will mobilise "
                     "EUR 1 billion over the period 2026–2030. The leaders welcomed the hosting by the Kingdom of Expo 2030 in "
                     "Riyadh.\n")
    df = C.extract(st)
    assert [d for ds in df.catalyst_details for d in ds if d.startswith("timeline")] == [
        "timeline: twice a year", "timeline: in November 2026", "timeline: over the period 2026–2030"]
    assert "Kingdom of Expo 2030" not in E.extract(st).name.tolist()


def test_a_recurrence_in_digits_is_a_timeline():
    df = C.extract(S.from_text("UK-India Joint Statement\n\nLondon, 24 July 2026\n\nMobility\n\nThe leaders agreed that the Migration and "
                               "Mobility Partnership will be reviewed every 24 months. The UK will host the dialogue every 2 years.\n"))
    assert [d for ds in df.catalyst_details for d in ds if d.startswith("timeline")] == [
        "timeline: every 24 months", "timeline: every 2 years"]


def test_subjects_with_who_they_are_a_gapped_count_and_the_nairas_short_amounts():
    st = S.from_text("Joint Communique of Nigeria and Ghana\n\nAbuja, 14 October 2026\n\nMobility\n\nThe two Ministries responsible for "
                     "Interior aim to harmonise residence permit requirements by the end of 2027. The Ministers in charge of trade "
                     "will meet in 2027. Officials from both Ministries will draft a protocol. Nigeria will provide 1,500 officers "
                     "and Ghana 1,000. NNPC Ltd will invest N50bn in the pipeline.\n")
    df = C.extract(st)
    assert [(r.actor, r.category, r.strength) for r in df.itertuples()] == [
        ("both", "intention", 2), ("both", "commitment", 4), ("both", "commitment", 3), ("Nigeria", "commitment", 4),
        ("Ghana", "commitment", 4), ("NNPC Ltd", "commitment", 4)]
    figs = F.extract(st)
    assert figs[figs.text == "1,000"].in_name.tolist() == [False]


def test_a_count_of_some_of_them_told_of_is_no_target():
    df = C.extract(S.from_text("Joint Declaration of Norway and Colombia\n\nBogotá, 3 March 2026\n\n1. Colombia will protect environmental "
                               "defenders, 79 of whom were killed in 2024.\n"))
    assert [(r.strength, r.catalysts) for r in df.itertuples()] == [(3, [])]


def test_a_document_sets_out_aims_and_is_no_actor():
    df = C.extract(S.from_text("Joint Declaration of Intent between Canada and Germany\n\nBerlin, 22 August 2026\n\nHydrogen\n\nBoth "
                               "governments recalled that Canada's Hydrogen Strategy aims for up to 30% of end-use energy to come from "
                               "hydrogen by 2050. The Strategy seeks to attract EUR 9 billion. The Joint Action Plan will be revised by "
                               "June 2027.\n"))
    assert [(r.actor, r.verb) for r in df.itertuples()] == [("both", "recall"), ("both", "will")]


def test_an_agreement_renewed_in_the_amount_of_a_sum_is_the_agreement():
    st = S.from_text("Joint Statement between Saudi Arabia and China\n\nRiyadh, 2 March 2026\n\nFinance\n\nThe Saudi Central Bank (SAMA) "
                     "and the People's Bank of China (PBOC) renewed their bilateral currency swap agreement in the amount of RMB 50 "
                     "billion for three years.\n")
    assert C.extract(st).target.tolist() == [
        "their bilateral currency swap agreement in the amount of RMB 50 billion for three years"]
    assert F.extract(st).about.tolist()[0] == "their bilateral currency swap agreement"


def test_we_in_a_ministers_quoted_words_after_a_phrase_of_means_is_her_partys():
    df = C.extract(S.from_text("Joint Declaration of Norway and Colombia\n\nBogotá, 3 March 2026\n\n1. Colombia's Minister of Environment, "
                               "Irene Vélez Torres, said: \"This is a historic day. With Norway's support we will pay campesino families "
                               "to protect the forest.\"\n"))
    assert [(r.actor, r.target) for r in df.itertuples()] == [("Colombia", "pay campesino families to protect the forest")]


def test_a_partys_target_of_a_figure_is_its_aim_and_ends_the_pledge_before_it():
    df = C.extract(S.from_text("Joint Statement of India and the United Kingdom\n\nLondon, 4 May 2026\n\nClimate\n\nThe Ministers "
                               "welcomed India's commitment to install 500 GW of non-fossil capacity by 2030 and the United Kingdom's "
                               "goal of a 68% cut in emissions by 2030. The Trust Fund's target of USD 40 million was met.\n"))
    rows = [(r.actor, r.verb, r.category, r.target) for r in df.itertuples() if r.actor != "both"]
    assert rows == [("India", "commit", "commitment", "install 500 GW of non-fossil capacity by 2030"),
                    ("United Kingdom", "aim", "intention", "a 68% cut in emissions by 2030")]


def test_a_participle_set_off_by_commas_keeps_the_that_clause_whole():
    df = C.extract(S.from_text("Joint Statement of Poland and Korea\n\nWarsaw, 3 March 2026\n\nDefence\n\nThe Polish side noted that "
                               "contracts for 290 launchers, valued at PLN 20 billion, will be financed by Korean banks. The two sides "
                               "agreed that the next meeting of the Joint Commission, chaired by the Deputy Prime Ministers, will be held "
                               "in Seoul in October 2026. Korea, represented by its Minister of Defence, will supply 48 aircraft.\n"))
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()] == [
        ("Poland", "note", "contracts for 290 launchers, valued at PLN 20 billion, will be financed by Korean banks"),
        ("both", "agree", "the next meeting of the Joint Commission, chaired by the Deputy Prime Ministers, will be held in Seoul in October 2026"),
        ("South Korea", "will", "supply 48 aircraft")]


def test_a_second_verb_after_and_in_another_tense_is_the_same_subjects_next_act():
    df = C.extract(S.from_text("Joint Statement of China and Russia\n\nBeijing, 3 March 2026\n\nPrinciples\n\nThe Russian side reaffirmed "
                               "its adherence to the one-China principle and firmly supports the measures taken by the Chinese side. The "
                               "two sides expressed serious concern over unilateral sanctions and oppose the use of such measures. The "
                               "ministers intend to establish a Task Force on maritime security and agreed to conclude a General Security "
                               "of Military Information Agreement by the end of 2026. The two sides expressed concern over sanctions and "
                               "support for them.\n"))
    assert [(r.actor, r.verb, r.target) for r in df.itertuples()] == [
        ("Russia", "reaffirm", "its adherence to the one-China principle"),
        ("Russia", "support", "the measures taken by the Chinese side"),
        ("both", "express", "serious concern over unilateral sanctions"),
        ("both", "oppose", "the use of such measures"),
        ("both", "intend", "establish a Task Force on maritime security"),
        ("both", "agree", "conclude a General Security of Military Information Agreement by the end of 2026"),
        ("both", "express", "concern over sanctions and support for them")]


def test_a_project_or_event_is_no_actor_and_a_name_with_de_l_is_one_actor():
    def rows(body: str) -> list[tuple]:
        st = S.from_text("Joint Declaration of Morocco and Spain\n\nRabat, 3 March 2026\n\nEnergy\n\n" + body + "\n")
        return [(r.actor, r.target) for r in C.extract(st).itertuples()]

    assert rows("The Metro Manila Subway will begin partial operations in 2028 and will carry around 519,000 passengers a day. "
                "The RTS Link will carry up to 10,000 passengers per hour. The 2030 World Cup will be a showcase of the region. "
                "Spain will finance the Tangier port extension.") == [
        ("Spain", "finance the Tangier port extension"),
    ]
    # a French name with "de l'" inside is one body, before and after its acronym is given
    assert rows("Red Eléctrica and the Office National de l'Electricité et de l'Eau Potable (ONEE) will sign the "
                "construction agreement before the end of June 2026. The ONEE will publish the tender.") == [
        ("Red Eléctrica and the Office National de l'Electricité et de l'Eau Potable", "sign the construction agreement before the end of June 2026"),
        ("ONEE", "publish the tender"),
    ]


def test_an_owners_amount_in_any_currency_sign_and_a_target_presented():
    assert [r for r in rows_of("The leaders welcomed Brazil's announcement of a ₦250 billion credit line for exporters. "
                               "Argentina presented its target of 52% renewable electricity by 2030. "
                               "Argentina presented the award to the athletes.") if r[0] != "both"] == [
        ("Brazil", "announce", "commitment", False, "a ₦250 billion credit line for exporters"),
        ("Argentina", "present", "intention", False, "its target of 52% renewable electricity by 2030"),
    ]


def test_what_a_thing_is_or_does_now_set_off_after_it_is_no_numeric_target():
    assert details_of("Brazil will support the Delhi Metro, which carries 6 million passengers a day. Argentina will join "
                      "the Alliance, which has 120 members. Brazil will finance the project, which will create 5,000 jobs. "
                      "Argentina will fund the centre, which is to train 500 nurses.") == [
        [], [], ["numeric target: 5,000 jobs"], ["numeric target: 500"]]


def test_a_should_clause_after_its_subject_and_a_refusal_without_what_it_waits_for_are_conditions():
    st = S.from_text("Joint Statement of Argentina and Chile\n\nSantiago, 3 March 2026\n\nEnergy\n\nChile will supply up to 2 "
                     "million cubic metres of natural gas per day during the winter, should domestic supply in Argentina fall "
                     "short. Argentina should increase its exports of gas. The two sides should further increase trade. Chile "
                     "will not normalise relations with the group without a credible path to peace. Argentina will not act "
                     "without delay. Chile will act without delay.\n")
    assert [(r.actor, r.negated, r.condition) for r in C.extract(st).itertuples()] == [
        ("Chile", False, "should domestic supply in Argentina fall short"),
        ("Argentina", False, ""),
        ("both", False, ""),
        ("Chile", True, "without a credible path to peace"),
        ("Argentina", True, ""),
        ("Chile", False, ""),
    ]


def test_the_european_commission_is_the_eus_and_a_groups_commission_the_groups():
    def actors(title: str, body: str) -> tuple[list, list]:
        st = S.from_text(f"{title}\n\nBrussels, 3 March 2026\n\nTrade\n\n{body}\n")
        return st.parties, [r.actor for r in C.extract(st).itertuples()]

    title = "Joint Communiqué of the African Union Commission and the European Commission"
    assert actors(title, "The European Commission (EC) will provide EUR 600 million. The EC will fund roads. The African "
                         "Union Commission will host the summit. The two Commissions agreed to meet annually.") == (
        ["African Union", "European Union"], ["European Union", "European Union", "African Union", "both"])
    assert actors("Joint Statement of the European Commission and Japan", "The Commission will fund roads.") == (
        ["European Union", "Japan"], ["European Union"])


def test_a_relative_clauses_second_verb_is_its_own_and_an_invitation_extended_then_accepted_is_the_guests():
    st = S.from_text("Joint Statement of Saudi Arabia and Indonesia\n\nRiyadh, 3 March 2026\n\nRelations\n\nThe leaders welcomed "
                     "the establishment of the Supreme Coordination Council, which will be co-chaired by the Crown Prince and "
                     "the President and will meet annually. Indonesia extended an invitation to the Crown Prince to visit "
                     "Indonesia, which was accepted with appreciation.\n")
    assert [(r.actor, r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("both", "welcome", "the establishment of the Supreme Coordination Council, which will be co-chaired by the Crown "
                            "Prince and the President and will meet annually"),
        ("Indonesia", "extend", "an invitation to the Crown Prince to visit Indonesia"),
        ("Saudi Arabia", "accept", "visit Indonesia"),
    ]


def test_a_thing_each_side_contributes_in_an_absolute_clause_is_its_pledge():
    st = S.from_text("Joint Statement of Argentina and Chile\n\nSantiago, 3 March 2026\n\nAntarctica\n\nChile and Argentina will "
                     "carry out a joint Antarctic scientific campaign in 2026, with Chile contributing one icebreaker and "
                     "Argentina contributing the icebreaker ARA Almirante Irizar. Chile will invest in the port, with Brazil "
                     "investing heavily in the region.\n")
    assert [(r.actor, r.verb, r.target) for r in C.extract(st).itertuples()] == [
        ("both", "will", "carry out a joint Antarctic scientific campaign in 2026"),
        ("Chile", "contribute", "one icebreaker"),
        ("Argentina", "contribute", "the icebreaker ARA Almirante Irizar"),
        ("Chile", "will", "invest in the port"),
    ]


def test_a_count_a_past_year_dates_is_no_numeric_target():
    st = S.from_text("Joint Statement of Viet Nam and Korea\n\nHanoi, 3 March 2026\n\nTourism\n\nThe leaders welcomed the 4.5 "
                     "million Korean tourists who visited Viet Nam in 2023. Korea will welcome 6 million tourists in 2027.\n")
    assert C.extract(st)["catalyst_details"].tolist() == [[], ["numeric target: 6 million", "timeline: in 2027"]]


def test_a_participant_a_perfect_after_and_a_partnering_a_conveyed_would_and_a_trailing_agreed():
    st = S.from_text("Joint Declaration of Intent between Germany and Namibia\n\nWindhoek, 12 May 2025\n\nHydrogen\n\n"
                     "The German Participant intends to make available up to EUR 30 million. The Namibian Participant will "
                     "provide land.\n")
    assert [(r.actor, r.verb) for r in C.extract(st).itertuples()] == [("Germany", "intend"), ("Namibia", "will")]
    st = S.from_text("Fact Sheet: United States and Kenya\n\nWashington, 3 March 2026\n\nSecurity\n\nThe United States welcomes "
                     "Kenya's leadership of the mission in Haiti and has pledged more than $300 million to the mission. The "
                     "United States and Kenya are also partnering to expand broadband access. President Ruto conveyed that Kenya "
                     "would host the conference. Kenya should not be forced to choose between servicing its debt and investing "
                     "in its people, the leaders agreed. The two leaders agreed that the Joint Defence Committee should meet "
                     "before the end of the year.\n")
    assert [(r.actor, r.verb, r.category, r.target) for r in C.extract(st).itertuples()] == [
        ("United States", "welcome", "endorsement", "Kenya's leadership of the mission in Haiti"),
        ("United States", "pledge", "commitment", "more than $300 million to the mission"),
        ("both", "partner", "commitment", "expand broadband access"),
        ("Kenya", "would", "commitment", "host the conference"),
        ("both", "agree", "endorsement", "Kenya should not be forced to choose between servicing its debt and investing in its people"),
        ("both", "agree", "intention", "the Joint Defence Committee should meet before the end of the year"),
    ]


def test_a_party_that_may_act_on_a_condition_it_names_intends_to():
    st = S.from_text("Joint Statement of Turkiye and Egypt\n\nAnkara, 4 September 2024\n\nTrade\n\nEgypt may join the Development "
                     "Road project, subject to a joint feasibility assessment. Turkiye may expand the scholarship program if "
                     "demand continues to grow. Prices may rise if demand grows. Egypt may benefit from the project.\n")
    assert [(r.actor, r.category, r.condition) for r in C.extract(st).itertuples()] == [
        ("Egypt", "intention", "subject to a joint feasibility assessment"),
        ("Türkiye", "intention", "if demand continues to grow"),
    ]


def test_one_groups_member_states_in_a_summit_of_two_groups_are_that_group():
    st = S.from_text("Joint Communique of the Second ASEAN-GCC Summit\n\nKuala Lumpur, 27 May 2025\n\nWe, the Heads of State and "
                     "Government of Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand, "
                     "Vietnam, Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates, met in Kuala Lumpur.\n\n"
                     "ASEAN Member States should consider simplifying visa procedures for GCC business travellers. The GCC "
                     "Member States will invest in ASEAN. We will meet again.\n")
    assert [r.actor for r in C.extract(st).itertuples()] == ["ASEAN", "Gulf Cooperation Council", "all"]


def test_what_the_signatories_ask_another_to_do_is_no_act_of_that_other():
    assert [r[:3] for r in rows_of("The leaders requested that Japan continue to share monitoring data with the Secretariat. "
                                   "They urged that Chile continue to host the talks.")] == [
        ("both", "request", "endorsement"), ("both", "urge", "endorsement")]


def test_a_thing_lent_is_no_lender():
    assert [r[:3] for r in rows_of("Both sides will support the loan of the Bayeux Tapestry to the British Museum. "
                                   "They welcomed the contribution of Chile to the Fund.")] == [
        ("both", "will", "commitment"), ("both", "welcome", "endorsement"), ("Chile", "contribute", "endorsement")]


def test_a_subject_the_signatories_own_is_theirs_to_keep_up():
    st = S.from_text("Joint Statement of the Nordic and Baltic Eight\n\nVilnius, 3 March 2025\n\nUkraine\n\n"
                     "We, the foreign ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, met in Vilnius. "
                     "Our support to Ukraine will continue as long as it takes. Our own security is at stake. "
                     "Our next meeting will be held in Oslo in May 2026.\n")
    assert C.extract(st)[["actor", "category", "target"]].values.tolist() == [
        ["all", "commitment", "Our support to Ukraine will continue as long as it takes"],
        ["all", "commitment", "Our next meeting will be held in Oslo in May 2026"]]


def test_a_subject_after_and_opens_a_clause_after_a_prepositions_object():
    assert [r[:2] + (r[4],) for r in rows_of("Brazil pledged USD 5 million to PURL and Argentina will host the next meeting. "
                                             "Brazil committed USD 2 million to PURL and we encourage other partners to contribute. "
                                             "Trade between Brazil and Argentina will grow.")] == [
        ("Brazil", "pledge", "USD 5 million to PURL"), ("Argentina", "will", "host the next meeting"),
        ("Brazil", "commit", "USD 2 million to PURL"), ("both", "encourage", "other partners to contribute")]


def test_two_regional_groups_before_one_noun_are_the_members_of_both():
    st = S.from_text("Joint Statement of the Nordic-Baltic Eight\n\nVilnius, 3 March 2025\n\nUkraine\n\nThe foreign ministers "
                     "of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden met in Vilnius. The Nordic and "
                     "Baltic countries have jointly committed USD 500 million to PURL. The Baltic states will host the drills.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["all", "commit"], ["Estonia, Latvia and Lithuania", "will"]]


def test_what_an_endorsed_initiative_will_do_is_listed_under_which_will():
    st = S.from_text("Pacific Islands Forum Communiqué\n\nNuku'alofa, 30 August 2024\n\nREGIONAL SECURITY\n\n"
                     "4. Leaders endorsed the Pacific Policing Initiative (PPI), which will:\n"
                     "(a) establish up to four regional policing training centres, subject to host countries' agreement;\n"
                     "(b) create a Pacific Police Support Group of up to two hundred officers; and\n"
                     "(c) be supported by an initial contribution of AUD 400 million from Australia.\n\n"
                     "5. New Zealand will contribute NZD 22 million to the centres.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "condition"]].values.tolist() == [
        ["all", "endorse", ""], ["all", "endorse", "subject to host countries' agreement"], ["all", "endorse", ""],
        ["all", "endorse", ""], ["New Zealand", "will", ""]]
    assert df["target"].tolist()[3] == "be supported by an initial contribution of AUD 400 million from Australia"


def test_a_group_party_acts_under_its_other_names():
    st = S.from_text("JOINT MINISTERIAL STATEMENT ON A FREE TRADE AGREEMENT BETWEEN MERCOSUR AND THE EFTA STATES\n\n"
                     "Rio de Janeiro, 2 July 2025\n\nMarket Access\n\nThe EFTA States shall eliminate duties on 97 per cent of "
                     "their imports from MERCOSUR. MERCOSUR shall phase out its duties over 15 years. The Southern Common Market "
                     "will open its procurement.\n")
    assert st.parties == ["Mercosur", "EFTA"]
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["EFTA", "shall"], ["Mercosur", "shall"], ["Mercosur", "will"]]


def test_a_side_that_requests_the_other_side_to_act_calls_on_it():
    st = S.from_text("Joint Statement of the Republic of Korea and Viet Nam\n\nHanoi, 3 March 2025\n\nTrade\n\n"
                     "The Vietnamese side requested the Korean side to further open its market to Vietnamese fruit. "
                     "The Korean side requested the Vietnamese Government to simplify procedures.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["Vietnam", "request", "endorsement"], ["South Korea", "request", "endorsement"]]


def test_a_fact_sheets_item_named_by_the_act_done_is_a_deliverable():
    st = S.from_text("India-Japan Annual Summit 2025: List of Outcomes\n\nNew Delhi, 29 August 2025\n\n"
                     "Economy\n\n- Launch of the India-Japan Economic Security Initiative covering semiconductors.\n"
                     "- Japan will provide a loan of JPY 30 billion for the Green Energy Corridor.\n"
                     "- Signing of a Memorandum of Cooperation on the Joint Crediting Mechanism (JCM).\n"
                     "- Designation of 2026 as the India-Japan Year of Science.\n\n"
                     "Launch of the new route is expected in May.\n")
    assert C.extract(st)[["actor", "verb", "category", "target"]].values.tolist() == [
        ["both", "launch", "commitment", "the India-Japan Economic Security Initiative covering semiconductors"],
        ["Japan", "will", "commitment", "provide a loan of JPY 30 billion for the Green Energy Corridor"],
        ["both", "sign", "commitment", "a Memorandum of Cooperation on the Joint Crediting Mechanism (JCM)"],
        ["both", "designate", "commitment", "2026 as the India-Japan Year of Science"]]


def test_a_gift_of_a_past_year_recalled_is_told_again_not_pledged():
    st = S.from_text("Joint Communique of the African Union and the European Union\n\nBrussels, 21 May 2025\n\nClimate\n\n"
                     "The EU recalled its contribution of EUR 28.6 billion in public climate finance in 2023. "
                     "The EU recalled its commitment to provide EUR 1 billion by 2027.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["European Union", "recall", "acknowledgement"], ["European Union", "recall", "commitment"]]


def test_a_plan_tables_amount_joins_the_prose_pledge_it_restates_beside_its_own_count():
    md = ("# Canada-Mexico Action Plan\n\nMexico City, 17 September 2025\n\n## Labour Mobility\n\n"
          "Mexico will deploy 10 additional consular labour attachés to Canada by the end of 2025.\n\n"
          "## Deliverables\n\n| Deliverable | Lead | Amount | Deadline |\n|---|---|---|---|\n"
          "| Consular labour attachés (10) | Mexico | MXN 45 million | December 2025 |\n")
    df = C.extract(S.from_text(md, fmt="md"))
    assert df[["actor", "sentence"]].values.tolist() == [["Mexico", 0]]
    assert df["catalyst_details"].tolist()[0] == [
        "numeric target: 10", "timeline: by the end of 2025", "numeric target: MXN 45 million"]


def test_a_second_partys_position_with_its_verb_left_out_is_its_own():
    st = S.from_text("Joint Statement of Japan and Australia\n\nTokyo, 9 September 2025\n\nClimate\n\n"
                     "Australia reaffirmed its target to reduce emissions by 43 per cent below 2005 levels by 2030, and Japan "
                     "its target to reduce emissions by 46 per cent in fiscal year 2030. Australia welcomed the visit, and the "
                     "leaders their shared vision.\n")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["Australia", "reaffirm", "reduce emissions by 43 per cent below 2005 levels by 2030"],
        ["Japan", "reaffirm", "reduce emissions by 46 per cent in fiscal year 2030"],
        ["Australia", "welcome", "the visit, and the leaders their shared vision"]]


def test_an_act_named_by_its_noun_is_a_deliverable_only_in_a_text_of_outcomes_and_our_own_is_an_act():
    st = S.from_text("Joint Statement of Kenya and Japan\n\nNairobi, 3 March 2025\n\nRegion\n\nThe two leaders expressed concern "
                     "about the following developments:\n\n- Expansion of illegal settlements\n- Opening of new fronts in Sudan\n\n"
                     "Our populations will continue to suffer. Our bilateral trade will reach USD 10 billion.\n")
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [["both", "express"]]


def test_asking_another_side_to_act_is_a_call_as_requesting_it():
    assert [r[:3] for r in rows_of("Argentina asked Brazil to extend preferential quotas for beef. The EU asked Tunisia to "
                                   "release detained journalists. Brazil asked the Secretariat to prepare a report.")] == [
        ("Argentina", "ask", "endorsement"), ("European Union", "ask", "endorsement"), ("Brazil", "ask", "commitment")]


def test_conditions_of_a_clause_whose_verb_is_outside_the_once_pattern():
    st = S.from_text("Joint Statement of Kenya and the United States\n\nNairobi, 3 March 2026\n\nSecurity\n\n"
                     "The United States will provide $100 million for the mission in Haiti, once Kenyan personnel deploy in "
                     "full. The EU will release EUR 50 million once Tunisia adopts the new asylum law. Kenya will keep its "
                     "tariffs unchanged while negotiations under the Strategic Trade and Investment Partnership (STIP) "
                     "continue. Subject to the conclusion of an implementing agreement, Korea intends to acquire 2 million "
                     "ITMOs. The Facility will not finance land reclamation, and no project will be approved without a prior "
                     "impact assessment. Japan, once the largest donor, will provide $5 million.\n")
    df = C.extract(st)
    assert df["condition"].tolist() == [
        "once Kenyan personnel deploy in full", "once Tunisia adopts the new asylum law",
        "while negotiations under the Strategic Trade and Investment Partnership (STIP) continue",
        "Subject to the conclusion of an implementing agreement", "", ""]
    assert df["target"].iloc[4] == "finance land reclamation"
    assert df["strength"].tolist() == [3, 3, 3, 2, 3, 4]


def test_actors_named_by_their_adjectives_through_a_body_they_head_or_with_who_heads_them():
    st = S.from_text("Joint Statement of Indonesia, Viet Nam and the Netherlands\n\nJakarta, 3 March 2026\n\nCoasts\n\n"
                     "The Indonesian and Vietnamese delegations expressed their appreciation for the mangrove project. The Chilean "
                     "and Norwegian ministers agreed to meet in 2027. The Prime Minister of Japan and the Premier of the State "
                     "Council of the People's Republic of China expressed their appreciation to Korea. The Ministry of Energy "
                     "of the Republic of Kazakhstan, headed by Minister Almasadam Satkaliyev, and the Ministry of Trade, "
                     "Industry and Energy of the Republic of Korea, headed by Minister Ahn Duk-geun, will convene the "
                     "Kazakhstan-Korea Energy Dialogue in 2026.\n")
    assert C.extract(st)["actor"].tolist() == [
        "Indonesia and Vietnam", "Chile and Norway", "Japan and China",
        "The Ministry of Energy of the Republic of Kazakhstan and the Ministry of Trade, Industry and Energy of the Republic of Korea"]


def test_a_designation_and_the_instruments_a_heading_says_were_signed():
    st = S.from_text("Joint Statement of Indonesia and Germany\n\nBerlin, 3 March 2026\n\nCooperation\n\n"
                     "The two sides designated 2027 as the Year of Cultural Exchange.\n\n"
                     "ANNEX: DOCUMENTS SIGNED DURING THE VISIT\n\n"
                     "1. Memorandum of Understanding on Cooperation in Agriculture\n"
                     "2. Agreement on Visa Exemption for Holders of Diplomatic Passports\n"
                     "3. Letter of Intent on Cooperation in Vocational Training\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "target"]].values.tolist() == [
        ["both", "designate", "commitment", "2027 as the Year of Cultural Exchange"],
        ["both", "sign", "commitment", "Memorandum of Understanding on Cooperation in Agriculture"],
        ["both", "sign", "commitment", "Agreement on Visa Exemption for Holders of Diplomatic Passports"],
        ["both", "sign", "commitment", "Letter of Intent on Cooperation in Vocational Training"]]
    ent = E.extract(st)
    assert ent.loc[ent["type"] == "agreement", "name"].tolist() == [
        "Memorandum of Understanding on Cooperation in Agriculture",
        "Agreement on Visa Exemption for Holders of Diplomatic Passports",
        "Letter of Intent on Cooperation in Vocational Training"]


def test_calling_on_a_person_styled_by_honorifics_is_a_courtesy():
    assert rows_of("H.E. Mr. Pham Minh Chinh also called on H.E. Smt. Droupadi Murmu, President of the Republic of India, "
                   "and met H.E. Mr. Jagdeep Dhankhar. The Prime Minister called on His Majesty the Emperor.") == []
    assert [r[:3] for r in rows_of("Brazil called on His Excellency the President to release the detainees.")] == [
        ("Brazil", "call on", "endorsement")]


def test_a_decided_denial_and_a_condition_that_opens_the_second_clause():
    st = S.from_text("Joint Statement of Chad and Niger\n\nNdjamena, 3 March 2026\n\nEnergy\n\n"
                     "The two sides decided that no funds from the Peace Fund will be used for offensive operations. We will work "
                     "to reduce our dependence on Russian nuclear fuel and, once alternative suppliers have been qualified, will "
                     "end imports by 2028.\n")
    df = C.extract(st)
    assert df[["verb", "negated", "condition", "target"]].values.tolist() == [
        ["decide", True, "", "no funds from the Peace Fund will be used for offensive operations"],
        ["will", False, "", "work to reduce our dependence on Russian nuclear fuel"],
        ["will", False, "once alternative suppliers have been qualified", "end imports by 2028"]]


def test_amounts_from_each_giver_are_each_givers_pledge():
    st = S.from_text("Joint Statement of Norway, Denmark, Sweden, Finland and Iceland on Sudan\n\nOslo, 3 March 2026\n\n"
                     "Today we announce additional funding of NOK 600 million from Norway, DKK 250 million from Denmark and SEK "
                     "400 million from Sweden for life-saving assistance in Sudan. We welcome EUR 5 million from Finland.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "target"]].values.tolist() == [
        ["Norway", "announce", "NOK 600 million for life-saving assistance in Sudan"],
        ["Denmark", "announce", "DKK 250 million for life-saving assistance in Sudan"],
        ["Sweden", "announce", "SEK 400 million for life-saving assistance in Sudan"],
        ["all", "welcome", "EUR 5 million from Finland"]]


def test_a_body_named_with_its_acronym_pledges_in_an_absolute_clause():
    st = S.from_text("Joint Statement of Qatar and Turkiye\n\nDoha, 3 March 2026\n\nDevelopment\n\nThe two sides will fund "
                     "reconstruction projects in Syria, with the Qatar Fund for Development (QFFD) contributing USD 300 million "
                     "and the Turkish Cooperation and Coordination Agency (TIKA) providing USD 150 million.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "target"]].values.tolist() == [
        ["both", "will", "fund reconstruction projects in Syria"], ["Qatar", "contribute", "USD 300 million"],
        ["Türkiye", "provide", "USD 150 million"]]


def test_what_the_givers_rule_the_denial_and_the_mandates_leave_alone():
    rows = rows_of("The two sides agreed to raise cocoa imports to USD 300 million from Brazil and USD 200 million from "
                   "Argentina by 2027. The two sides agreed that no later than the end of 2026 the negotiators will conclude "
                   "the agreement. The Leaders decided that no effort will be spared to complete the railway. The Ministers "
                   "asked the Joint Working Group on Trade and Investment to report by June 2026. The Leaders requested the "
                   "Ministers of Foreign Affairs to prepare the next meeting. The two Presidents asked the Co-Chairs to convene "
                   "a session. The Joint Commission will meet once during 2026 to deliver its recommendations.")
    assert [r[:4] for r in rows] == [
        ("both", "agree", "commitment", False), ("both", "agree", "commitment", False), ("both", "decide", "commitment", False),
        ("both", "ask", "commitment", False), ("both", "request", "commitment", False), ("both", "ask", "commitment", False),
        ("Joint Commission", "will", "commitment", False)]
    assert rows[0][4] == "raise cocoa imports to USD 300 million from Brazil and USD 200 million from Argentina by 2027"


def test_a_pledge_ends_where_another_subjects_clause_begins():
    st = S.from_text("Joint Statement of Fiji and New Zealand\n\nSuva, 3 March 2026\n\nSecurity\n\nNew Zealand Police will "
                     "second four officers to the Fiji Police Force, and a further eighteen Fijian officers will attend "
                     "training in Wellington.\n")
    assert C.extract(st)[["actor", "target"]].values.tolist()[0] == ["New Zealand", "second four officers to the Fiji Police Force"]


def test_records_written_a_key_to_a_line_are_a_plans_rows():
    st = S.from_text("Joint Action Plan of Chile and Argentina\n\nSantiago, 3 March 2026\n\nI. TRADE\n\n1. The Parties will "
                     "cooperate.\n\nV. TABLE OF ACTIONS\n\n"
                     "Action: Sign the financing agreement for the Agua Negra Binational Tunnel\n"
                     "Responsible: Ministry of Public Works (Chile); Ministry of Economy (Argentina)\n"
                     "Deadline: the thirtieth of June 2026\n\n"
                     "Action: Conclude the electricity exchange protocol\n"
                     "Responsible: Ministry of Energy (Chile); Secretariat of Energy (Argentina)\n"
                     "Deadline: the ninth of September 2026\n")
    assert [s["heading"] for s in st.outline()["sections"]][-1] == "TABLE OF ACTIONS"
    df = C.extract(st)
    assert df[["actor", "verb"]].values.tolist() == [["both", "will"], ["both", "sign"], ["both", "conclude"]]
    assert df["target"].iloc[2].endswith("; by the ninth of September 2026")


def test_asking_a_partys_own_bodies_is_a_mandate_and_meetings_and_views_keep_their_readings():
    rows = rows_of("The leaders requested the Ministry of Mines and Energy of Brazil and the Argentine Ministry of Energy to "
                   "develop a joint work plan. The two leaders asked the Brazilian Cooperation Agency (ABC) to identify joint "
                   "projects. The leaders asked the Joint Steering Group to report. The Fourth Brazil-Argentina Summit adopted "
                   "the Joint Action Plan. The Joint Working Group will meet once next year to discuss returns and readmission. "
                   "Both sides reaffirmed that no State can achieve security at the expense of others. Brazil will share data "
                   "on persons subject to entry bans. We commit to mobilise EUR 2 billion for recovery by 2027, including EUR "
                   "1 billion from Brazil and EUR 500 million from Argentina.")
    assert [r[:4] for r in rows] == [
        ("both", "request", "commitment", False), ("both", "ask", "commitment", False), ("both", "ask", "commitment", False),
        ("Fourth Brazil-Argentina Summit", "adopt", "commitment", False), ("Joint Working Group", "will", "commitment", False),
        ("both", "reaffirm", "endorsement", False), ("Brazil", "will", "commitment", False), ("both", "commit", "commitment", False)]
    st = S.from_text("Joint Statement of Brazil and Argentina\n\nBrasília, 12 March 2025\n\nCooperation\n\nThe Joint Working "
                     "Group will meet once next year to discuss returns. Brazil will share data on persons subject to entry "
                     "bans.\n")
    assert C.extract(st)["condition"].tolist() == ["", ""]


def test_a_day_in_words_still_to_come_is_a_timeline():
    st = S.from_text("Joint Statement of Fiji and New Zealand\n\nSuva, 3 March 2026\n\nSecurity\n\nThe Ministers will meet "
                     "by the ninth of September 2026. The two sides will review the compact on the first day of July, 2027. "
                     "The two sides will publish the review that followed the tenth of January 2026.\n")
    df = C.extract(st)
    assert df["catalyst_details"].tolist() == [["timeline: by the ninth of September 2026"],
                                               ["timeline: on the first day of July, 2027"], []]


def test_gratitude_for_hospitality_expressed_as_a_noun_is_a_courtesy():
    st = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nVisit\n\nPrime Minister Takeda expressed "
                     "his sincere gratitude to President Villanueva and the people of the Philippines for the warm hospitality "
                     "extended to him and his delegation. The Crown Prince expressed his sincere thanks and appreciation to President "
                     "Abdel Fattah El-Sisi for the warm welcome and generous hospitality. Prime Minister Takeda thanked President "
                     "Villanueva for her visit. The two sides expressed their appreciation for the progress of the railway project. "
                     "Japan expressed its gratitude for the support of the Philippines for its candidacy.\n")
    assert C.extract(st)[["actor", "verb", "sentence"]].values.tolist() == [["both", "express", 3], ["Japan", "express", 4]]


def test_may_before_an_act_on_a_number_in_words_or_a_bodys_act_on_its_condition_is_an_intention():
    st = S.from_text("Joint Statement of France and India\n\nParis, 3 March 2026\n\nDefence\n\nIndia may buy six submarines. "
                     "India may set up a fund. The Authority may lift the sanctions progressively, provided that the transitional "
                     "authorities comply with the timetable. The Fund may face difficulties. The Participants should consult "
                     "regularly on debt sustainability. We recall that, under the Paris Agreement, the Parties should communicate "
                     "new NDCs every five years.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "sentence"]].values.tolist() == [
        ["India", "may", "intention", 0], ["both", "should", "intention", 4], ["both", "recall", "acknowledgement", 5]]
    st = S.from_text("Final Communiqué of the Extraordinary Summit of the Authority of Heads of State\n\nAbuja, 9 November 2026\n\n"
                     "1. The Authority may lift the sanctions progressively, provided that the transitional authorities comply "
                     "with the timetable.\n\n2. The Central Bank may raise interest rates if inflation persists.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "condition"]].values.tolist() == [
        ["The Authority", "may", "intention", "provided that the transitional authorities comply with the timetable"]]


def test_what_is_decided_with_remaining_seized_stays_and_issuing_the_text_itself_is_no_undertaking():
    st = S.from_text("Final Communiqué of the Authority\n\nAbuja, 9 November 2026\n\nDecisions\n\nThe Authority decides to remain "
                     "seized of the matter and to convene a review summit no later than March 2027. The Authority decides to "
                     "remain actively seized of the matter. Both sides agreed that the partnership has reached a new height, and "
                     "decided to issue the following Joint Statement. India will host the summit.\n")
    df = C.extract(st)
    assert df[["verb", "target"]].values.tolist() == [
        ["decide", "convene a review summit no later than March 2027"], ["agree", "the partnership has reached a new height"],
        ["will", "host the summit"]]


def test_a_thing_given_or_done_with_no_one_named_on_an_amount_or_a_time_is_the_signatories_deliverable():
    st = S.from_text("Joint Statement of Ukraine and Poland\n\nWarsaw, 3 March 2026\n\nCooperation\n\nFunding will be provided to "
                     "strengthen laboratory networks by the end of 2027. A total of USD 2.3 billion in financing will be mobilized "
                     "over the next three years. Senior officials will meet every four months, and a progress report will be "
                     "published before the next summit. The number of trucks cleared daily at the Dorohusk–Yahodyn crossing will "
                     "be increased to 1,500. Russia's assets will be immobilised until Russia pays. Elections will be held by "
                     "December 2026. Progress will be reviewed. Kenyan troops will be deployed by June 2026. The two will be "
                     "completed by 2028.\n")
    df = C.extract(st)
    assert df[["actor", "sentence"]].values.tolist() == [["both", 0], ["both", 1], ["Senior officials", 2], ["both", 2], ["both", 3]]
    assert df["target"].iloc[3] == "a progress report will be published before the next summit"


def test_a_name_that_opens_on_a_subgroup_two_portfolios_an_event_held_or_cohosted_and_what_others_will_require():
    st = S.from_text("Joint Statement of Australia, India, Japan and the United States\n\nWashington, 3 March 2026\n\nCooperation\n\n"
                     "The Quad Climate Information Services Task Force (QCIST) will deliver a new early-warning system. The "
                     "Ministers of the Interior and of Security will hold a meeting every six months. We note that developing "
                     "countries will require an estimated USD 1.3 trillion per year by 2035. The Indo-Pacific Ports Conference will "
                     "be co-hosted in Perth in 2027. The Indo-Pacific Ports Conference will be held in Perth in 2027. The Quad will "
                     "meet in 2027.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "sentence"]].values.tolist() == [
        ["Quad Climate Information Services Task Force", "will", 0], ["all", "will", 1], ["all", "note", 2], ["all", "will", 3],
        ["all", "will", 5]]


def test_a_fiscal_year_by_its_words_year_end_a_session_named_in_words_and_every_few_months_are_timelines():
    st = S.from_text("Joint Statement of Japan and the Philippines\n\nManila, 3 March 2026\n\nCooperation\n\nJapan will accept up to "
                     "1,200 Filipino nurses in Fiscal Year 2026. The Philippines will host an investment forum by year-end. Japan "
                     "committed to present to the Diet, before the end of the first legislative session of 2027, a bill on "
                     "asset forfeiture. Senior officials will meet every four months.\n")
    df = C.extract(st)
    assert df["catalyst_details"].tolist() == [
        ["numeric target: up to 1,200", "timeline: in Fiscal Year 2026"], ["timeline: by year-end"],
        ["timeline: before the end of the first legislative session"], ["timeline: every four months"]]
    assert F.extract(st)[["text", "in_name"]].values.tolist()[:2] == [["1,200", False], ["2026", False]]


def test_on_request_except_in_exceptional_circumstances_a_long_until_and_a_list_inside_a_condition():
    st = S.from_text("Joint Statement of Canada and Mexico\n\nOttawa, 3 March 2026\n\nCooperation\n\nCanada will provide technical "
                     "assistance for cable repairs upon request of Pacific Island governments. Canada will not transfer its "
                     "aircraft until the replacement of these aircraft with new fighters has been completed. Both countries will "
                     "explore a minerals partnership, provided that projects meet high environmental, social and governance "
                     "standards. Neither side will impose export restrictions except in exceptional circumstances. Mexico will "
                     "extend the loan at the request of Canada. Mexico will keep the office open until the end of 2027.\n")
    assert C.extract(st)["condition"].tolist() == [
        "upon request of Pacific Island governments",
        "until the replacement of these aircraft with new fighters has been completed",
        "provided that projects meet high environmental, social and governance standards",
        "except in exceptional circumstances", "", ""]


def test_a_confirmed_deliverable_a_pledge_under_an_instrument_one_refusal_said_twice_and_principles_held():
    st = S.from_text("Joint Statement of Viet Nam and the United States\n\nHanoi, 3 March 2026\n\nCooperation\n\nThe two leaders "
                     "confirmed that a second package worth $16 million will be implemented in Fiscal Year 2026. The two sides "
                     "signed a Memorandum of Understanding on Critical Minerals, under which the U.S. Geological Survey will assist "
                     "the Department of Geology in assessing resources. We do not recognise, and will never recognise, the illegal "
                     "attempted annexation of Crimea. We reaffirm our commitment to multilateralism and to upholding international "
                     "law.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "sentence"]].values.tolist() == [
        ["both", "confirm", "commitment", 0], ["both", "sign", "commitment", 1],
        ["United States", "will", "commitment", 1], ["both", "will", "commitment", 2], ["both", "reaffirm", "endorsement", 3]]
    assert df["negated"].tolist()[3] and df["target"].iloc[2] == "assist the Department of Geology in assessing resources"


def test_the_other_sides_answer_after_a_semicolon_those_at_large_asked_what_others_are_urged_to_accept_and_a_lead_in():
    st = S.from_text("Joint Press Release of the EU and China\n\nBrussels, 3 March 2026\n\nTrade\n\nThe EU side expressed concern "
                     "about overcapacity in steel; the Chinese side stated that its industrial development is driven by "
                     "competition. Leaders requested development partners, including the World Bank, to consider concessional "
                     "financing. Leaders urged all partners to recognise that maritime zones, once established, shall not be "
                     "challenged.\n\nThe EU and China announced new commitments under their Partnership, first signed in 2022.\n\n"
                     "- The EU will provide EUR 5 million.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "sentence"]].values.tolist() == [
        ["European Union", "express", "acknowledgement", 0], ["both", "request", "endorsement", 1],
        ["both", "urge", "endorsement", 2], ["European Union", "will", "commitment", 4]]
    assert df["target"].iloc[0] == "concern about overcapacity in steel"


def test_units_commissioned_and_an_agreement_signed_by_a_date_are_deliverables_too():
    st = S.from_text("Joint Statement of India and Bhutan\n\nThimphu, 3 March 2026\n\nEnergy\n\nThe Indian side assured that the "
                     "remaining four units will be commissioned by March 2026. The power purchase agreement will be signed by "
                     "June 2026.\n")
    assert C.extract(st)[["actor", "verb", "sentence"]].values.tolist() == [["India", "will", 0], ["both", "will", 1]]


def test_the_review_of_the_new_commitment_rules():
    st = S.from_text("Joint Statement between Poland and Ukraine\n\nWarsaw, 5 May 2025\n\nCooperation\n\nResolution 2719 will be "
                     "implemented in full. In Sudan, elections will be conducted in December 2026. The World Bank's loan of USD "
                     "500 million will be disbursed in 2026. The leaders stressed that the ceasefire agreement will be implemented "
                     "within 60 days. Iran may resume enrichment if sanctions are reimposed. Russia could supply half of the "
                     "world's gas. The leaders called on the international community to ensure that Russia is held accountable, "
                     "and committed to provide EUR 20 million to the Special Tribunal. Poland will require all vessels to carry "
                     "transponders from January 2026. President Zelensky expressed his deep gratitude to Poland for the welcome "
                     "extended to more than one million Ukrainian refugees. The leaders announced new measures on border "
                     "crossings. Poland will dispatch a medical team at the request of the Government of Ukraine. The two sides requested "
                     "relevant stakeholders of both countries to complete the crossing by 2026. The Pacific Fellowship "
                     "will be administered by Schmidt Futures.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "sentence"]].values.tolist() == [
        ["World Bank", "lend", "commitment", 2], ["both", "stress", "acknowledgement", 3], ["both", "call on", "endorsement", 6],
        ["both", "commit", "commitment", 6], ["Poland", "will", "commitment", 7], ["Ukraine", "express", "endorsement", 8],
        ["both", "announce", "commitment", 9], ["Poland", "will", "commitment", 10], ["both", "request", "commitment", 11],
        ["Schmidt Futures", "will", "commitment", 12]]
    assert df["condition"].iloc[7] == ""


def test_may_after_and_the_same_subjects_binding_act_is_its_second_act():
    st = S.from_text("Joint Declaration of Türkiye and Azerbaijan\n\nBaku, 3 March 2026\n\nArticle 2\n\nIn the event of a threat "
                     "against either Party by a third State, the Parties shall hold consultations without delay and may provide "
                     "each other with necessary assistance.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category"]].values.tolist() == [["both", "shall", "commitment"], ["both", "may", "intention"]]
    assert df["target"].tolist() == ["hold consultations without delay", "provide each other with necessary assistance"]


def test_thanks_for_hosting_or_to_the_officials_who_prepared_a_meeting_are_a_courtesy():
    assert rows_of(
        "The Ministers thanked the officials of both Governments for their preparations for these consultations. "
        "The Ministers expressed their appreciation to the negotiating teams of both countries for their contribution to the success "
        "of the talks. They thanked Uruguay for hosting the meeting. We thank Chile for the excellent organization of the Summit. "
        # (thanks for what a country did is a position)
        "The Ministers thanked Japan for its support to the reconstruction of Ukraine. "
        "Brazil expressed its appreciation to Argentina for its contribution to the Amazon Fund."
    ) == [
        ("both", "thank", "endorsement", False, "Japan for its support to the reconstruction of Ukraine"),
        ("Brazil", "express", "endorsement", False, "its appreciation to Argentina for its contribution to the Amazon Fund"),
    ]


def test_an_until_clause_with_a_capital_or_a_clause_inside_it_is_a_condition():
    st = S.from_text("Joint Declaration of Chile and Peru\n\nLima, 14 March 2025\n\nWater\n\nThe two Governments will not authorise new "
                     "extraction of groundwater from the Caplina-Concordia aquifer until the joint hydrogeological study, financed "
                     "with a contribution of US$ 2.5 million from each party, is concluded. Chile will not deploy troops until the "
                     "Congress approves the mission. Peru will keep the border open until the end of 2026. Chile will not lift the "
                     "ban until further notice.\n")
    df = C.extract(st)
    assert df[["actor", "negated", "condition"]].values.tolist() == [
        ["both", True, "until the joint hydrogeological study, financed with a contribution of US$ 2.5 million from each party, is concluded"],
        ["Chile", True, "until the Congress approves the mission"],
        # (a time or "further notice" is no condition)
        ["Peru", False, ""],
        ["Chile", True, ""],
    ]
    assert df["conditional"].tolist() == [True, True, False, False]


def test_items_with_their_own_subjects_under_agreed_are_their_own_rows_only():
    st = S.from_text("Joint Communiqué of the African Union and the European Union\n\nBrussels, 21 May 2025\n\nTrade\n\n"
                     "9. On the African Continental Free Trade Area, Ministers agreed:\n"
                     "(a) the EU will contribute EUR 45 million to the AfCFTA Secretariat;\n"
                     "(b) the AU and the EU will establish a joint working group on value chains;\n"
                     "(c) the parties intend to raise the share of intra-African trade to 25 percent by 2030.\n\n"
                     "10. With regard to peace support operations, Ministers agreed as follows:\n"
                     "(a) the EU will provide EUR 600 million through the European Peace Facility;\n"
                     "(b) the AU Commission shall submit a needs assessment by 30 June 2025.\n\n"
                     "11. The Ministers agreed to:\n(a) strengthen cooperation against migrant smuggling;\n"
                     "(b) review progress in 2026.\n")
    assert C.extract(st)[["actor", "verb", "category"]].values.tolist() == [
        ["European Union", "will", "commitment"],
        ["both", "will", "commitment"],
        ["both", "intend", "intention"],
        ["European Union", "will", "commitment"],
        ["African Union", "shall", "commitment"],
        # (items that open on their verb are the lead-in's)
        ["both", "agree", "commitment"],
        ["both", "agree", "commitment"],
    ]


def test_a_resolutions_operative_paragraphs_without_numbers_are_its_items():
    st = S.from_text(
        "DECLARATION OF SAN JOSÉ ON WATER SECURITY\n\n(Adopted on June 26, 2024)\n\n"
        "THE MINISTERS OF FOREIGN AFFAIRS OF THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS), gathered in "
        "San José, Costa Rica,\n\nRecognizing that access to safe drinking water is essential;\n\n"
        "Reaffirming the 2030 Agenda for Sustainable Development;\n\nResolve to:\n\n"
        "Promote the human right to safe drinking water and sanitation by 2030.\n\n"
        "Request the General Secretariat to present a plan to the Permanent Council no later than March 31, 2025.\n\n"
        "Urge donor countries to increase concessional financing for water infrastructure.\n\n"
        "Invite the Inter-American Development Bank to consider a facility of up to US$ 500 million, subject to the approval "
        "of its Board.\n\n"
        "The Ministers thanked Costa Rica for its hospitality.\n")
    df = C.extract(st)
    assert df[["actor", "verb", "category", "conditional"]].values.tolist() == [
        ["Organization of American States", "promote", "commitment", False],
        ["Organization of American States", "request", "commitment", False],
        ["Organization of American States", "urge", "endorsement", False],
        ["Organization of American States", "invite", "endorsement", True],
    ]
    # (a lead-in over prose that does not open on verbs makes no list)
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nThe two sides agree to:\n\n"
                     "Peru will host the next meeting in 2026.\n\nChile will send a delegation.\n")
    df = C.extract(st)
    assert df[df["verb"] == "will"][["actor", "target"]].values.tolist() == [
        ["Peru", "host the next meeting in 2026"], ["Chile", "send a delegation"]]


def test_after_a_relative_clause_and_its_comma_the_next_act_is_the_interrupted_clauses():
    assert [r[:3] for r in rows_of(
        "The Ministers welcomed the launch of the Vaccine Accelerator, to which Brazil has pledged USD 100 million, and "
        "reaffirmed the goal of producing 60 percent of vaccines in the region by 2040. "
        # (a verb with an auxiliary of its own goes on with the relative clause)
        "Argentina welcomed the Fund, to which Brazil has pledged USD 10 million, and has committed a further USD 5 million.")] == [
        ("both", "welcome", "endorsement"), ("Brazil", "pledge", "commitment"), ("both", "reaffirm", "endorsement"),
        ("Argentina", "welcome", "endorsement"), ("Brazil", "pledge", "commitment"), ("Brazil", "commit", "commitment"),
    ]


def test_holding_a_plan_the_best_basis_is_a_backing():
    assert [r[:3] for r in rows_of(
        "Argentina considers the autonomy initiative presented by Brazil in 2007 as the most serious, realistic and credible basis "
        "for the resolution of this dispute. Brazil considers the proposal to be a viable solution. "
        "The two sides considered the report of the working group.")] == [
        ("Argentina", "consider", "endorsement"), ("Brazil", "consider", "endorsement"), ("both", "consider", "acknowledgement"),
    ]


def test_a_new_joint_committee_that_meets_acts_for_the_signatories():
    assert [r[:3] for r in rows_of(
        "A Joint Follow-up Committee shall meet every six months. "
        # (not a body of others, nor one the text gives another task)
        "A Joint Business Council will promote investment between the two private sectors. "
        "A Committee of experts from the private sector will advise the ministers.")] == [
        ("both", "shall", "commitment"),
    ]


def test_the_new_readings_keep_their_bounds():
    # thanks for what was hosted or given are positions; thanks for the meeting are not
    assert [r[:2] for r in rows_of(
        "Brazil thanked Argentina for hosting more than 3.5 million refugees. Brazil thanked Argentina for the organization "
        "of free and fair elections. Brazil expressed its appreciation to the officials of Argentina for the donation of "
        "500,000 vaccine doses. Brazil thanked the negotiators for concluding the Free Trade Agreement.")] == [
        ("Brazil", "thank"), ("Brazil", "thank"), ("Brazil", "express"), ("Brazil", "thank")]
    # a finding of the worst is no backing
    assert [r[:3] for r in rows_of(
        "The two Ministers consider climate change as the most serious threat facing the region. Brazil considered the "
        "report as well as the most recent data.")] == [("both", "consider", "acknowledgement"), ("Brazil", "consider", "acknowledgement")]
    # a time with an aside is still a time; "provided that" after it is the condition
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nConsular\n\nPeru will keep the consulate open until "
                     "the end of the year, as announced in March, provided that funds are available.\n")
    assert C.extract(st)["condition"].tolist() == ["provided that funds are available"]
    # an operative run ends at a paragraph that opens on a noun with a verb of its own
    st = S.from_text("Joint Statement of Chile and Peru\n\nLima, 3 May 2025\n\nWater\n\nThe two Presidents agree to:\n\n"
                     "Promote integrated management of the aquifer.\n\nStrengthen the exchange of hydrological data.\n\n"
                     "Support from the Inter-American Development Bank has been decisive.\n")
    assert C.extract(st)["target"].tolist() == ["Promote integrated management of the aquifer",
                                                "Strengthen the exchange of hydrological data"]


def test_agreeing_on_a_fact_is_no_undertaking():
    assert [r[:3] for r in rows_of(
        "The Presidents agreed that approximately 280,000 Brazilian nationals reside in Argentina. The Ministers agreed that "
        "bilateral trade amounts to USD 30 billion. The leaders agreed that the two countries will establish a joint commission "
        "by June 2025.")] == [
        ("both", "agree", "acknowledgement"), ("both", "agree", "acknowledgement"), ("both", "will", "commitment")]


def test_a_body_named_with_and_keeps_its_seat_out_of_the_list_of_actors():
    """"... Commerce and Industry in São Paulo" is one body and the city it sits in, not two actors."""
    assert rows_by("Brazil and Germany", "Berlin", "The German-Brazilian Chamber of Commerce and Industry in São Paulo will host "
                   "the Economic Meeting in Recife in September 2024. The Ministry of Trade and Industry in Lima will open an "
                   "office in Cusco.", ["actor", "verb"]) == [
        ["The German-Brazilian Chamber of Commerce and Industry", "will"],
        ["The Ministry of Trade and Industry", "will"],
    ]


def test_would_not_before_a_verb_of_refusal_is_the_actors_own_refusal():
    got = rows_by("Brazil and Germany", "Berlin", "We would not support any election in Myanmar unless it is preceded by a "
                  "cessation of violence. Germany would not recognize any change to the status quo by force. Growth would not "
                  "recover quickly. They said the warring parties would not accept the ceasefire.",
                  ["actor", "verb", "negated", "condition"])
    assert got == [
        ["both", "would", True, "unless it is preceded by a cessation of violence"],
        ["Germany", "would", True, ""],
    ]
    # (not another's stance, told, nor one of the past)
    assert rows_by("Sweden and Finland", "Helsinki", "Until March 2024, Türkiye would not allow Sweden to join NATO. The Ministers "
                   "regretted that the Russian Federation would not participate in the conference. Without credible guarantees, "
                   "Ukraine would not accept any ceasefire, the Ministers recalled.", ["actor", "verb"]) == [["both", "recall"]]


def test_paying_tribute_is_a_position_of_its_own_not_part_of_what_was_condemned():
    assert rows_by("Kenya and the United Kingdom", "Nairobi", "They condemned the attacks by Al-Shabaab in Kenya and Somalia and "
                   "paid tribute to the Kenya Defence Forces serving with ATMIS.", ["verb", "category", "target"]) == [
        ["condemn", "endorsement", "the attacks by Al-Shabaab in Kenya and Somalia"],
        ["pay tribute to", "endorsement", "the Kenya Defence Forces serving with ATMIS"],
    ]


def test_lettered_items_under_an_operative_paragraph_are_the_bodys_acts():
    """"9. Underscores ..., and in this regard:" then "(a) urges ...": each item is an act of the
    body, its verb in lowercase; "10. Requests the Chairperson ..., H.E. ..., to:" hands its verb
    to each item."""
    st = S.from_text("Communiqué of the 1140th meeting of the Peace and Security Council of the African Union\n\nAddis Ababa, "
                     "30 January 2024\n\nThe Peace and Security Council,\n\n9. Underscores the importance of harmonizing the "
                     "Luanda and Nairobi processes, and in this regard:\n\n(a) urges the facilitators to convene a joint meeting "
                     "within 60 days;\n\n(b) requests the Commission to establish a joint secretariat, with a budget not "
                     "exceeding USD 750,000 per year;\n\n10. Requests the Chairperson of the AU Commission, H.E. Moussa Faki "
                     "Mahamat, to:\n\n(a) mobilize financial support for SAMIDRC, up to an amount of USD 2 million;\n\n(b) report "
                     "to the Council by 31 January 2024.\n")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["African Union", "underscore", "the importance of harmonizing the Luanda and Nairobi processes, and in this regard"],
        ["African Union", "urge", "the facilitators to convene a joint meeting within 60 days"],
        ["African Union", "request", "the Commission to establish a joint secretariat, with a budget not exceeding USD 750,000 per year"],
        ["African Union", "request", "mobilize financial support for SAMIDRC, up to an amount of USD 2 million"],
        ["African Union", "request", "report to the Council by 31 January 2024"],
    ]
    # (items under a lead-in that is no operative paragraph keep no voice of their own)
    st = S.from_text("Joint Statement of Kenya and Uganda\n\nNairobi, 3 May 2024\n\nThe programme covers:\n\n(a) supports "
                     "for farmers;\n\n(b) grants for schools.\n")
    assert C.extract(st).empty


def test_only_where_and_only_when_set_conditions():
    assert rows_by("Brazil and Germany", "Berlin", "Germany will deliver the equipment only where the security situation allows. "
                   "The two sides will hold the census only when the conflict ends. Brazil will open the office where the "
                   "old embassy stood.", ["actor", "condition"]) == [
        ["Germany", "only where the security situation allows"],
        ["both", "only when the conflict ends"],
        ["Brazil", ""],
    ]


def test_who_chairs_a_joint_body_is_not_who_acts():
    """"A joint steering committee, co-chaired by the Ambassador and the State Minister, shall
    meet ...": the signatories' own committee, not the State Minister after the "and"."""
    got = rows_by("Norway and Ethiopia", "Addis Ababa", "A joint steering committee, co-chaired by the Norwegian Ambassador "
                  "to Ethiopia and the State Minister of Planning, shall meet at least twice per year to review progress. "
                  "A Joint Commission, chaired by the two Foreign Ministers, will meet annually. The Fund, run by the World Bank "
                  "and Norway, will provide grants.", ["actor", "verb"])
    assert got == [["both", "shall"], ["both", "will"], ["The Fund", "will"]]


def test_a_second_owner_after_and_of_makes_its_own_offer():
    """"the offer of Solomon Islands to host ... in 2025, and of Palau to host ... in 2026": two
    offers, each its owner's; the signatories' acceptance stays one row."""
    st = S.from_text("Pacific Islands Forum Leaders Communique\n\nNuku'alofa, 3 May 2024\n\nLeaders accepted with gratitude the "
                     "offer of Solomon Islands to host the Fifty-Fifth Leaders Meeting in 2025, and of Palau to host the "
                     "Fifty-Sixth Meeting in 2026.\n")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["all", "accept", "the offer of Solomon Islands to host the Fifty-Fifth Leaders Meeting in 2025, and of Palau to host the "
                          "Fifty-Sixth Meeting in 2026"],
        ["Solomon Islands", "offer", "host the Fifty-Fifth Leaders Meeting in 2025"],
        ["Palau", "offer", "host the Fifty-Sixth Meeting in 2026"],
    ]


def test_the_name_the_parties_are_given_after_their_subject_is_no_part_of_who_acts():
    got = rows_by("Norway and Ethiopia", "Addis Ababa", 'The Government of the Kingdom of Norway, represented by the Ministry '
                  'of Climate and Environment, and the Government of the Federal Democratic Republic of Ethiopia, represented '
                  'by the Ministry of Planning and Development, hereinafter referred to as "the Participants", have agreed to '
                  'renew their partnership on forests.', ["actor", "verb"])
    assert got == [["both", "agree"]]


def test_a_past_year_of_the_clause_before_does_not_date_the_aim_set_after_it():
    """"Trade reached EUR 15.1 billion in 2024, and the two leaders set a goal of doubling it by
    2030", said in 2026: the year is the trade's, the goal is set now; a time that opens the
    sentence still dates both clauses."""
    got = rows_by("France and India", "New Delhi, 26 January 2026\n\nTrade\n\nIntro", "Bilateral trade reached EUR 15.1 billion "
                  "in 2024, and the two leaders set a goal of doubling it by 2030. In 2024, France opened a consulate in Pune, "
                  "and India launched a fund.", ["actor", "verb", "target"])
    assert got == [["both", "set a target", "doubling it by 2030"]]


def test_heads_alone_are_the_signatories_of_a_heads_of_government_communique():
    st = S.from_text("COMMONWEALTH HEADS OF GOVERNMENT MEETING 2024\n\nApia, Samoa, 26 October 2024\n\n1. Heads mandated the "
                     "Secretary-General to expand the Climate Finance Access Hub by 2026.\n\n2. Heads did not agree to establish "
                     "a Commonwealth-wide free trade area.\n")
    assert st.parties == ["Commonwealth"]
    assert C.extract(st)[["actor", "verb", "negated"]].values.tolist() == [["all", "mandate", False], ["all", "agree", True]]


def test_a_partys_may_before_an_act_of_its_own_is_an_intention_and_could_foretells():
    got = rows_by("the European Union and Japan", "Brussels", "Japan may co-finance these projects through JICA. Japan may fund "
                  "the projects. Kenya may extend its lead in the region. Kenya could fund the projects. Farmers may support "
                  "their families.", ["actor", "verb", "category"])
    assert got == [["Japan", "may", "intention"], ["Japan", "may", "intention"]]


def test_the_new_readings_keep_off_what_they_do_not_fit():
    """Each new reading, where it must not fire: a lead-in's condition written with curly quotes
    still holds every item; a verb whose object is "the decision of A ..., and of B ..." is not
    B's; "not only when" and a condition of what was are none; a country after "in" says whose
    body it is; a joint body of parliaments or youth is no organ of the signatories; items that
    say what a report or plan says are not the body's acts; a long "Requests ... to:" hands on
    its verb."""
    assert rows_by("Norway and Kenya", "Nairobi", "Norway will provide, subject to the Storting’s approval: (i) NOK 20 million "
                   "for school meals; (ii) NOK 10 million for girls’ education.", ["condition"]) == [
        ["subject to the Storting's approval"], ["subject to the Storting's approval"]]
    assert rows_by("New Zealand and Fiji", "Suva", "New Zealand welcomed the decision of Fiji to ratify the Treaty, and of Tonga "
                   "to accede to the Convention.", ["actor", "verb"]) == [["New Zealand", "welcome"], ["Fiji", "decide"], ["Tonga", "decide"]]
    assert rows_by("Brazil and Germany", "Berlin", "Germany will strengthen its engagement not only when crises arise but at all "
                   "times. Brazil will support the mechanism, which was activated only when both sides consented in 2024. The "
                   "Ministry of Trade and Industry in Singapore will send a delegation.", ["actor", "condition"]) == [
        ["Germany", ""], ["Brazil", ""], ["The Ministry of Trade and Industry in Singapore", ""]]
    assert rows_by("Norway and Ethiopia", "Oslo", "A joint parliamentary committee shall meet once a year. A bilateral youth "
                   "council shall meet every two years. A joint steering committee shall meet twice a year.", ["actor"]) == [["both"]]
    st = S.from_text("Communiqué of the 1250th meeting of the Peace and Security Council of the African Union\n\nAddis Ababa, 30 "
                     "January 2025\n\nThe Peace and Security Council,\n\n2. Welcomes the report of the Panel of the Wise, which:\n\n"
                     "(a) recommends the withdrawal of all foreign forces;\n\n(b) calls for the disarmament of the M23;\n\n3. Notes "
                     "that the Work Plan:\n\n(a) establishes a network of focal points;\n\n4. Requests the ARF Chair, Secretary of "
                     "Foreign Affairs of the Philippines, H.E. Theresa Lazaro, to:\n\n(a) consult the members;\n\n(b) convene an "
                     "expert group meeting in Cebu in 2026.\n")
    assert C.extract(st)[["verb", "target"]].values.tolist() == [
        ["welcome", "the report of the Panel of the Wise, which"], ["note", "the Work Plan"], ["request", "consult the members"],
        ["request", "convene an expert group meeting in Cebu in 2026"]]


def test_agreeing_that_another_state_must_act_asks_it_of_that_state():
    got = rows_by("the United Kingdom and Saudi Arabia", "Riyadh", "They agreed that Iran must never develop a nuclear weapon. "
                  "They agreed that the United Kingdom must host the next meeting.", ["actor", "verb", "category"])
    assert got == [["both", "agree", "endorsement"], ["both", "agree", "commitment"]]


def test_a_group_partys_side_states_what_it_should_do():
    got = rows_by("the Gulf Cooperation Council and the United Kingdom", "Riyadh", "The GCC side should, where possible, facilitate "
                  "multiple-entry visas. The UK side should facilitate transit.", ["actor", "verb", "condition"])
    assert got == [["Gulf Cooperation Council", "should", "where possible"], ["United Kingdom", "should", ""]]


def test_a_group_directs_its_own_secretary_general_not_the_uns():
    st = S.from_text("COMMONWEALTH HEADS OF GOVERNMENT MEETING 2024\n\nApia, 26 October 2024\n\nHeads welcomed the Charter and "
                     "requested the Secretary-General to report on its implementation. Heads requested the UN Secretary-General "
                     "to report.\n")
    assert C.extract(st)[["verb", "category"]].values.tolist() == [
        ["welcome", "endorsement"], ["request", "commitment"], ["request", "endorsement"]]
    assert rows_by("Kenya and Japan", "Nairobi", "The leaders requested the Secretary-General to report.", ["category"]) == [["endorsement"]]


def test_the_second_reviews_guards():
    """A state styled "COMMONWEALTH OF" is no group; a group a heading looks ahead to is no
    party; a bare Secretary-General after the UN's is the UN's; a pronoun that goes on with a
    dated story keeps its date; "agreed that" one of those agreeing "must" is their own
    undertaking; a joint "may" of an agreement allows, and "may not" hedges."""
    st = S.from_text("JOINT STATEMENT BETWEEN THE COMMONWEALTH OF AUSTRALIA AND THE REPUBLIC OF INDONESIA\n\nJakarta, 5 "
                     "September 2026\n\nThe leaders met.\n")
    assert st.parties == ["Australia", "Indonesia"]
    st = S.from_text("UNITED KINGDOM–INDIA JOINT STATEMENT AHEAD OF THE COMMONWEALTH HEADS OF GOVERNMENT MEETING\n\nLondon, "
                     "20 October 2026\n\nThe two Prime Ministers requested the Secretary-General to prepare options.\n")
    assert st.parties == ["United Kingdom", "India"]
    assert C.extract(st)["category"].tolist() == ["endorsement"]
    st = S.from_text("Chairman's Statement of the 48th ASEAN Summit\n\nVientiane, 9 October 2026\n\n1. The leaders requested "
                     "the Secretary-General of ASEAN to report.\n2. The leaders welcomed the statement of the Secretary-General of "
                     "the United Nations, and requested the Secretary-General to brief ASEAN.\n")
    assert C.extract(st)[["verb", "category"]].values.tolist() == [
        ["request", "commitment"], ["welcome", "endorsement"], ["request", "endorsement"]]
    assert rows_by("France and Germany", "Paris, 10 February 2026\n\nAfrica\n\nIntro", "France and Germany met the Commission in "
                   "Addis Ababa in 2024, and they pledged to double their support by 2030.", ["verb"]) == []
    assert rows_by("Australia and New Zealand", "Canberra", "Australia and New Zealand agreed that New Zealand must lead the 2027 "
                   "review.", ["category"]) == [["commitment"]]
    assert rows_by("the United Kingdom and India", "London", "The two sides may establish working groups as necessary. The "
                   "Participants may expand the scope of this Memorandum. The United Kingdom may not support an extension. India "
                   "may establish a second office in Manchester.", ["actor", "verb"]) == [["India", "may"]]


def test_greetings_passed_on_and_a_visit_to_an_adviser_are_courtesies():
    """"Conveyed the greetings of" a leader is protocol, as thanks for hospitality are; a call
    on a "Chief Adviser" by name is a visit paid, as on a President."""
    assert rows_by("India and Bangladesh", "Dhaka", "The External Affairs Minister called on Chief Adviser Professor Muhammad "
                   "Yunus and conveyed the greetings of Prime Minister Narendra Modi. India extended its warmest regards to the "
                   "people of Bangladesh. India conveyed its concern over the incidents.", ["actor", "verb", "target"]) == [
        ["India", "convey", "its concern over the incidents"]]


def test_items_numbered_anew_under_a_numbered_lead_in_are_its_items():
    """"13. They agreed to:" then "1.", "2." (an HTML <ol> inside a numbered paragraph) are
    what they agreed to; "14." goes on with the statement's own paragraphs."""
    st = S.from_text("Joint Communiqué of the European Union and the African Union\n\nBrussels, 21 May 2025\n\nMigration\n\n"
                     "13. Ministers reaffirmed their commitment to migration. They agreed to:\n\n1. strengthen legal pathways;\n\n"
                     "2. expand the Erasmus+ programme to reach 10,000 African students by 2027.\n\n14. Ministers supported the "
                     "reform of the Security Council.\n")
    assert C.extract(st)[["verb", "target"]].values.tolist() == [
        ["reaffirm", "their commitment to migration"],
        ["agree", "strengthen legal pathways"],
        ["agree", "expand the Erasmus+ programme to reach 10,000 African students by 2027"],
        ["support", "the reform of the Security Council"],
    ]
    html = ("<html><body><h1>Joint Communiqué of the European Union and the African Union</h1><p>Brussels, 21 May 2025</p>"
            "<h3>Migration</h3><p>13. They agreed to:</p><ol><li>strengthen legal pathways;</li><li>expand the programme."
            "</li></ol><p>14. They supported the reform.</p></body></html>")
    assert C.extract(S.from_text(html, fmt="html"))[["verb", "target"]].values.tolist() == [
        ["agree", "strengthen legal pathways"], ["agree", "expand the programme"], ["support", "the reform"]]


def test_reconfirm_is_reaffirm_and_except_in_or_where_requested_sets_a_condition():
    assert rows_by("Japan and the United States", "Tokyo", "The Ministers reconfirmed their commitment to the Futenma "
                   "Replacement Facility. The Ministers reaffirmed their commitment to the Futenma Replacement Facility.",
                   ["verb", "category"]) == [["reconfirm", "endorsement"], ["reaffirm", "endorsement"]]
    assert rows_by("Chile and Argentina", "Santiago", "Argentina shall not impose new restrictions on gas exports to Chile, "
                   "except in situations of domestic supply emergency duly declared. Chile will provide support to Fiji, "
                   "where requested by its Government. Chile will provide support to Tonga.", ["negated", "condition"]) == [
        [True, "except in situations of domestic supply emergency duly declared"],
        [False, "where requested by its Government"],
        [False, ""],
    ]


def test_the_international_partners_group_is_a_party_and_a_partys_team_is_the_party():
    """A JETP statement is made by a state and the International Partners Group; "The Partners
    and Indonesia" are the two of them, never a row's "group"; "The Japanese team" is Japan's."""
    st = S.from_text("Joint Statement by Indonesia and the International Partners Group\n\nJakarta, 4 March 2025\n\nFinance\n\n"
                     "The International Partners Group will mobilise an additional USD 2.3 billion by 2027. The Partners and "
                     "Indonesia shall establish a Just Transition Working Group.\n")
    assert st.parties == ["Indonesia", "International Partners Group"]
    assert C.extract(st)["actor"].tolist() == ["International Partners Group", "both"]
    assert rows_by("Indonesia and Japan", "Jakarta", "The Japanese team will visit Jakarta in May. The Japanese experts will "
                   "visit Bali.", ["actor"]) == [["Japan"], ["The Japanese experts"]]


def test_a_list_set_off_by_commas_a_call_to_refrain_and_a_councils_closing_form():
    """"..., including gold, coltan and tin, continues to fuel the conflict" is the thing's, not
    one more act of the one who stresses it; asking others to refrain is still asking; "remain
    seized of the matter and will review ..." is the review alone."""
    st = S.from_text("Statement by the G7 Foreign Ministers\n\nOttawa, 4 March 2025\n\nMaritime\n\nCanada stresses that the "
                     "illegal exploitation of natural resources, including gold, coltan and tin, continues to fuel the conflict."
                     "\n\nWe call on Iran to:\n\n(a) release the crew;\n\n(b) refrain from any further harassment of vessels;\n\n"
                     "(c) not interfere with navigation.\n\nWe will:\n\n(a) not accept any change by force.\n\nWe will remain "
                     "seized of the matter and will review the situation in 2026.\n")
    assert C.extract(st)[["actor", "verb", "negated", "target"]].values.tolist() == [
        ["Canada", "stress", False, "the illegal exploitation of natural resources, including gold, coltan and tin, continues "
                                    "to fuel the conflict"],
        ["all", "call on", False, "release the crew"],
        ["all", "call on", False, "refrain from any further harassment of vessels"],
        ["all", "call on", False, "not interfere with navigation"],
        ["all", "will", True, "not accept any change by force"],
        ["all", "will", False, "review the situation in 2026"],
    ]


def test_warm_and_friendly_hospitality_an_inverted_should_and_a_condition_listing_nouns():
    """Thanks for "the warm and friendly hospitality" are a courtesy; ", should Georgia return
    to ..." sets a condition; a condition that lists nouns to the sentence's end keeps them all."""
    assert rows_by("China and Brazil", "Beijing", "President Lula expressed his sincere gratitude to President Xi Jinping and the "
                   "Chinese people for the warm and friendly hospitality extended to him, and invited President Xi to visit "
                   "Brazil.", ["verb"]) == [["invite"]]
    st = S.from_text("Council conclusions on Georgia\n\nBrussels, 4 March 2025\n\nThe Council reiterates that the door to the "
                     "European Union remains open, should Georgia return to the path of reforms. The EU may reconsider its "
                     "assessment if the authorities demonstrate a commitment to democratic principles, the rule of law and "
                     "fundamental rights. The EU should return to the table.\n")
    assert C.extract(st)["condition"].tolist() == [
        "should Georgia return to the path of reforms",
        "if the authorities demonstrate a commitment to democratic principles, the rule of law and fundamental rights", ""]
    assert rows_by("Japan and Korea", "Tokyo", "If the talks succeed, Japan and Korea will fund the project.",
                   ["condition"]) == [["If the talks succeed"]]


def test_a_readout_of_the_issuers_own_leader():
    """"Readout of the President's Call with President Alvarado of Colombia": the unnamed
    President is the issuing government's, named by its office or, failing that, as the
    country the text names most; his acts are that country's, Alvarado's Colombia's."""
    body = ("The President spoke today with President Gustavo Alvarado of Colombia.\n\nThe leaders discussed migration.\n\n"
            "The President underscored the partnership. He confirmed that the United States will provide $85 million in "
            "humanitarian assistance, and that the United States will support Colombia. President Alvarado pledged to cut "
            "deforestation by half by 2027.\n")
    st = S.from_text("Readout of the President's Call with President Gustavo Alvarado of Colombia\n\nMarch 14, 2025\n\n" + body)
    assert st.parties == ["United States", "Colombia"]
    assert C.extract(st)[["actor", "verb"]].values.tolist() == [
        ["both", "discuss"], ["United States", "underscore"], ["United States", "will"], ["United States", "will"],
        ["Colombia", "pledge"]]
    # (not a third country the opening names as a party: its President is not the issuer's)
    st = S.from_text("Readout of the President's Call with President Gustavo Alvarado of Colombia\n\nMarch 14, 2025\n\nThe "
                     "President spoke today with President Alvarado of Colombia and President Noboa of Ecuador. The President "
                     "welcomed the agreement between Colombia and Ecuador.\n")
    assert "Ecuador" not in C.extract(st)["actor"].tolist()
    st = S.from_text("THE WHITE HOUSE\n\nReadout of the President's Call with Prime Minister Mark Carney of Canada\n\nMarch 14, "
                     "2025\n\nThe President spoke today with Prime Minister Carney. The President welcomed Canada's plan.\n")
    assert st.parties == ["United States", "Canada"]
    assert C.extract(st)["actor"].tolist() == ["United States"]


def test_a_reason_told_first_and_a_state_named_in_a_quote():
    """"That is why Canada will commit ..." is Canada's pledge; in a quote, a state the speaker
    names is that state, "we" is the speaker's."""
    assert rows_by("Canada and Indonesia", "Jakarta", "That is why Canada will commit CAD 12 million over four years.",
                   ["actor", "verb"]) == [["Canada", "will"]]
    st = S.from_text('Joint Statement of Canada and Indonesia\n\nJakarta, 3 May 2024\n\nTrade\n\n"That is why Canada will commit '
                     'CAD 12 million," said Minister Ng. "Indonesia and Canada will sign the deal," said Minister Ng. "We will '
                     'open our markets," said Minister Ng.\n')
    assert C.extract(st)["actor"].tolist() == ["Canada", "both", "Ng"]


def test_the_first_reviews_guards():
    """Greetings followed by a position keep the position; "Baltimore, Md. The two sides ..."
    ends a sentence on Maryland; a verb after an aside with no clause of its own before it is
    the speaker's next act; people of another body with a party are written out; a web page's
    numbered list under "3." runs past its own "4."."""
    assert rows_by("Egypt and Qatar", "Cairo", "Egypt and Qatar expressed their greetings to the people of Gaza on the occasion "
                   "of Eid al-Fitr and their determination to deliver 500 trucks of aid daily.", ["verb", "category"]) == [
        ["express", "commitment"]]
    st = S.from_text("Joint Statement of Bangladesh and the United States\n\nDhaka, 4 March 2025\n\nThe buyers opened a centre in "
                     "Baltimore, Md. The two sides agreed to expand trade. The meeting took place in the city of Md. Japan "
                     "pledged JPY 5 billion.\n")
    assert [r[:2] for r in C.extract(st)[["actor", "verb"]].values.tolist()] == [["both", "agree"], ["Japan", "pledge"]]
    assert rows_by("Japan and Australia", "Tokyo", "The two leaders condemned attacks on shipping, especially in the Red Sea, "
                   "expressed solidarity with affected seafarers and agreed to share intelligence.", ["verb"]) == [
        ["condemn"], ["express"], ["agree"]]
    assert rows_by("Japan and Australia", "Tokyo", "The Leaders of the Pacific Islands Forum and Australia will meet in Honiara.",
                   ["actor"]) == [["The Leaders of the Pacific Islands Forum and Australia"]]
    html = ("<html><body><h1>Joint Statement of Indonesia and the International Partners Group</h1><p>Jakarta, 21 May 2025</p>"
            "<h3>Grid</h3><p>3. The Partners and Indonesia agreed to:</p><ol><li>build lines;</li><li>retire plants;</li>"
            "<li>train workers;</li><li>expand grid interconnection.</li></ol><p>4. Indonesia will host the next meeting.</p>"
            "</body></html>")
    assert C.extract(S.from_text(html, fmt="html"))[["actor", "target"]].values.tolist() == [
        ["both", "build lines"], ["both", "retire plants"], ["both", "train workers"], ["both", "expand grid interconnection"],
        ["Indonesia", "host the next meeting"]]


def test_elevating_a_relationship_and_attaching_importance():
    assert rows_by("Canada and Kenya", "Nairobi", "Today the leaders elevated the bilateral relationship to a Strategic "
                   "Partnership. The Kenyan side attaches great importance to Canada's role and supports its bid.",
                   ["actor", "verb", "category"]) == [
        ["both", "elevate", "commitment"], ["Kenya", "attach importance to", "endorsement"], ["Kenya", "support", "endorsement"]]


def test_a_states_agency_whose_name_does_not_name_it_acts_for_it():
    st = S.from_text("Fact Sheet: United States and India\n\nWashington, 4 March 2025\n\nSpace\n\nNASA will provide advanced "
                     "training to two ISRO astronauts. NASA and the Indian Space Research Organisation (ISRO) will fly an Indian "
                     "astronaut to the International Space Station.\n")
    assert C.extract(st)["actor"].tolist() == ["United States", "both"]
    df = E.extract(st)
    assert df[df.acronym == "NASA"].country.tolist() == ["United States"]


def test_a_condition_closing_the_sentence_holds_every_act_of_its_verb():
    assert rows_by("France and the United Kingdom", "London", "We agreed to launch a joint programme to replenish cruise "
                   "missiles and to develop their successor, with a combined investment of GBP 1.4 billion over five years, "
                   "subject to approval by our respective parliaments.", ["verb", "conditional", "condition"]) == [
        ["agree", True, "subject to approval by our respective parliaments"],
        ["agree", True, "subject to approval by our respective parliaments"]]
    # (two clauses of their own keep their own conditions)
    assert rows_by("Canada and Indonesia", "Jakarta", "Canada will build the road, and Indonesia will fund the school, subject "
                   "to budget approval.", ["actor", "condition"]) == [["Canada", ""], ["Indonesia", "subject to budget approval"]]


def test_best_efforts_cabinets_thanks_past_commas_and_a_noun_before_if():
    """"shall use its best efforts to" promises an effort, not a result; "The two Cabinets" are
    the signatories; thanks for hospitality reach past commas; "to the feasibility study if
    the Bank approves" sets a condition, as "will study if" does not."""
    assert rows_by("the United States and Ukraine", "Washington", "Ukraine shall use its best efforts to ensure that purchasers "
                   "may acquire up to 30 percent of the output.", ["verb", "category"]) == [["shall", "intention"]]
    assert rows_by("Samoa and Tuvalu", "Apia", "The two Cabinets reaffirmed their commitment to the Nauru Agreement.",
                   ["actor", "verb"]) == [["both", "reaffirm"]]
    assert rows_by("Kuwait and Bahrain", "Kuwait City", "The leaders expressed their deep appreciation to His Highness Sheikh "
                   "Mishal, Amir of the State of Kuwait, and to the people of Kuwait for their warm hospitality, and decided to "
                   "hold the next session in Bahrain.", ["verb"]) == [["decide"]]
    assert rows_by("Samoa and Tuvalu", "Apia", "Tuvalu will contribute USD 1.2 million to the feasibility study if the Bank "
                   "approves its share. Tuvalu will study if the plan works.", ["condition"]) == [
        ["if the Bank approves its share"], [""]]


def test_a_bold_label_is_no_verb_and_no_part_of_the_subject():
    st = S.from_text("# Joint Declaration of Germany and Brazil\n\nBerlin, 4 March 2024\n\n## Economy\n\n- **Double taxation:** "
                     "The two Governments will resume negotiations on a new Double Taxation Agreement.\n- **United Nations:** "
                     "Both countries, as members of the G4, renew their call for a reform of the Security Council.\n", fmt="md")
    assert C.extract(st)[["actor", "verb", "target"]].values.tolist() == [
        ["both", "will", "resume negotiations on a new Double Taxation Agreement"],
        ["both", "renew", "their call for a reform of the Security Council"]]


def test_it_that_directs_is_the_body_not_the_thing_before():
    st = S.from_text("Final Communiqué of the 45th Session of the GCC Supreme Council\n\nKuwait City, 1 December 2024\n\n"
                     "The Supreme Council affirmed that the implementation of that vision remains the surest path to "
                     "integration, and it directed the General Secretariat to submit a progress report by 30 June 2025. The "
                     "Council noted that the railway is open to all; it will be reviewed in 2026.\n")
    assert C.extract(st)[["verb", "category"]].values.tolist() == [
        ["affirm", "endorsement"], ["direct", "commitment"], ["note", "acknowledgement"]]


def test_the_second_reviews_guards():
    """An operative item that opens on its verb keeps it past a colon; thanks whose first "for"
    is for something else stay thanks; "it" after a body's own clause is that body's; the parties'
    own governments of "the Member States and Japan" are the signatories; a condition of
    necessity stays with its own act, and one that runs on to "together with ..." stops there;
    a third state named in a quote is no party's pledge."""
    st = S.from_text("Communiqué of the East African Community\n\nArusha, 4 March 2025\n\nThe Council of Ministers:\n\n1. "
                     "Approved three priority projects: Lake Victoria Maritime Communications and the Northern Corridor.\n")
    assert C.extract(st)["verb"].tolist() == ["approve"]
    assert rows_by("Jordan and the European Union", "Amman", "The Ministers expressed their gratitude to Qatar for its tireless "
                   "mediation efforts, which led to the ceasefire, and to Jordan for its warm hospitality.", ["verb"]) == [["express"]]
    st = S.from_text("Communiqué of the East African Community\n\nArusha, 4 March 2025\n\nThe Summit of Heads of State met in "
                     "Arusha on 20 November 2024, and it directed the Council to finalise the roadmap. The EAC Development Fund "
                     "was established in 2019, and it decided to invest in 12 projects.\n")
    assert C.extract(st)["verb"].tolist() == []
    assert rows_by("Japan and the European Union", "Tokyo", "The Governments of the Member States and Japan will exchange "
                   "information.", ["actor"]) == [["both"]]
    assert rows_by("Belgium and Japan", "Brussels", "The two sides agreed to hold the next meeting in Brussels in 2026 and to "
                   "review the priorities, if necessary. The EU will provide EUR 10 million for monitoring if requested, "
                   "together with Norway and Denmark.", ["condition"]) == [[""], ["if necessary"], ["if requested"]]
    st = S.from_text('Joint Statement of Canada and Poland\n\nOttawa, 4 March 2025\n\nUkraine\n\n"Russia will be held accountable '
                     'for its crimes," said Foreign Minister Joly of Canada.\n')
    assert C.extract(st)["actor"].tolist() == ["Canada"]


def test_an_items_own_weak_modal_and_a_condition_of_financing():
    st = S.from_text("# US-Mexico Security\n\nWashington, 4 March 2025\n\n## Security\n\nThe United States will:\n\n- should reduce "
                     "the flow of bulk cash;\n- deploy 75 agents to the border.\n\nMexico should retire coal plants where "
                     "financing is available.\n", fmt="md")
    assert C.extract(st)[["verb", "category", "condition"]].values.tolist() == [
        ["will", "intention", ""], ["will", "commitment", ""], ["should", "intention", "where financing is available"]]


def test_a_denial_then_a_call_on_others_is_two_rows():
    assert rows_by("Japan and Canada", "Tokyo", "Japan and Canada will not impose customs duties on electronic transmissions and "
                   "call on all WTO Members to make the moratorium permanent.", ["verb", "negated", "target"]) == [
        ["will", True, "impose customs duties on electronic transmissions"],
        ["call on", False, "all WTO Members to make the moratorium permanent"]]


def test_should_opening_an_items_condition_is_no_modal():
    st = S.from_text("# Joint Statement of Japan and Korea\n\nTokyo, 4 March 2025\n\n## Research\n\nThe two countries will:\n\n"
                     "- Should conditions permit, expand joint research on chips;\n- should consider a joint fund.\n", fmt="md")
    assert C.extract(st)["category"].tolist() == ["commitment", "intention"]


def test_the_parties_would_consider_on_a_condition():
    assert rows_by("Japan and the European Union", "Brussels", "The EU and Japan would consider co-financing a hydrogen pilot if "
                   "a partner country requests such support. The EU and Japan would consider co-financing a port. Russia would "
                   "consider talks if the sanctions were lifted.", ["actor", "verb", "category", "condition"]) == [
        ["both", "would", "intention", "if a partner country requests such support"]]
