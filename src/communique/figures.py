"""The figures ledger: every amount, share, count, measure, year and date a statement states.

A briefing has to say what a statement commits in numbers ("more than $20 million in
counternarcotics assistance") and be able to show where it says so, so each figure is one
record with its sentence, section and offsets. Numbers that are part of a name ("100,000
Strong in the Americas", "the 2030 Agenda", "G20") are kept, flagged ``in_name``, and never
counted as figures; numbers that are ordinary phrasing ("the two leaders", "one of the most
innovative", "the first time") are not records at all.

Decisions a reader of the ledger should know:

* Relative dates ("this year", "in May", "next month", "December this year") are left out:
  they name no figure the text states. A day and month without a year ("on 4 October") is a
  ``date`` whose value is the statement's year when ``st.date`` is known, else NaN; the next
  year where its clause looks ahead to a day already past ("will meet on 3 February", said in
  October), the last where it looks back to one still to come (see :mod:`communique.dates`).
* Centuries ("the 21st century") are phrasing, not ordinals. "first" is a figure only in
  "first anniversary"; "second"/"third" only before an event noun ("the second round") or a
  superlative ("third-largest"); later ordinals always ("ninth WTO Ministerial Meeting").
* Spelled-out numbers up to three before the nouns diplomats use for the parties ("the two
  leaders", "two nations"), and up to ten after a determiner ("the four leaders"), are
  phrasing; so is "one" without a unit or scale ("one of", "one another").
* "half of X", "one-third", "two-thirds", "a quarter of", "a quarter lower", "by a third", "by half",
  "one in five", "1/3" are ``fraction`` records.
* Sizes in plural words are figures at the least they can mean, qualified ``at_least``:
  "tens of thousands of jobs" is 20,000, "hundreds of millions of euros" EUR 200 million.
* "Q1 2026" and "H2 2025" are dates; a currency code glued to an amount with a scale is money
  ("USD1.5 billion", "GBP20m"), while "COP28" stays a name.
* A year inside a full date belongs to the date; a year range is one record
  ("2015–2018", "between 2016 and 2019", "2022-23").
* A figure alone in brackets right after one of its kind restates it ("RMB 360 billion
  (about US$50.7bn)", "100 miles (160 km)"): kept, flagged ``restates``, never counted, so a
  sum is not counted twice. Digits in brackets after a number in words ("five (5) years")
  are part of that figure, not a list marker.
* Bare "$" is the statement's dollar: metadata ``currency`` when given, else the one foreign
  dollar the text writes (C$, A$ ...) when it never writes US$ and the United States is no
  party, else USD; but where the
  United States is no party and one party has a dollar of its own, that dollar in the
  sentences that name the party and not the United States (whether or not the text also
  writes US$ for the US dollar).
* A currency word several countries use ("pesos", "dinars", "pounds", "dirhams") is the
  currency of the country named before it ("Jordanian dinars"), else of the party that uses it
  (of two, the one its sentence names), else of the one such country the sentence names, else
  the codebook's default or none.

* A number is part of a name when it sits inside a short quoted title ("Beca 18"), follows a
  capitalized name word ("Vision 2030", "COP 28") or a reference word ("paragraph 5",
  "resolution 2231"), is glued to letters ("G20", "COVID-19", "5G", "2+2"), or follows a
  determiner or possessive and precedes a name ("the 2030 Agenda", "Obama's 100,000 Strong").
  Telephone numbers, clock times, list markers "(1)", URLs and formulas ("CO2") are not records.

``about`` is read from the sentence with rules of English word order, not a parser: the noun
phrase after the figure ("$16 billion in bilateral trade", "1,000 small businesses led by
women"), else the object of a verb or noun of change ("increase X by N", "raise X to N", "the
growth in X to N"; after "by N" this comes first), the noun before "of" ("an investment of
N"; not the verb before it: "agreed to explore X of N" is X) or the subject of a linking verb
("X reached N"). A phrase stops at punctuation, most prepositions, relative pronouns and
verbs, and at ten words.

Speed: a whole-statement regex tried at every character would run at about 1 MB/s, so cheap
passes first find digits, currency signs and number words (``_triggers``), and the full
pattern is only tried there, in a version holding only the alternatives that can begin with
the character found (digit, letter or sign). The phrase after a figure is read from a few
words split on spaces; the frame is built from arrays pandas need not check.

The word lists (number words, units, currencies, qualifiers, phrasing nouns) are data, in
``codebooks/figures.yaml``.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import lru_cache
from itertools import islice
from types import SimpleNamespace
from typing import Any

from . import config
from . import dates as D
from . import patterns

# (this module's own patterns, compiled once per machine: see :mod:`communique.patterns`)
_KEPT = patterns.book("module-figures")
_rc = _KEPT.compile

__all__ = ["COLUMNS", "KINDS", "QUALIFIERS", "PERIODS", "CHANGE_WORDS", "extract", "counted", "restatements", "format_value", "display", "lexicon"]

#: Columns of the ledger, in order.
COLUMNS = [
    "text",  # the figure as written in st.text
    "kind",  # one of KINDS
    "value",  # float; a date's or year's value is its year; NaN when unknown
    "value_max",  # upper end of a range, else NaN
    "unit",  # ISO currency, unit of measure or duration, "percent"; None for counts, years ...
    "per",  # a rate's period ("year" for "USD 300 billion per year", one of PERIODS) or a price's unit ("tonne"); else None
    "qualifier",  # one of QUALIFIERS or None
    "about",  # the short phrase the figure measures, or None
    "in_name",  # part of a proper name ("Beca 18", "G20"): kept, never counted
    "restates",  # the figure before it again, in brackets ("RMB 360 billion (about US$50.7bn)"): kept, never counted
    "sentence",  # sentence index
    "section",  # section heading, None for the preamble
    "paragraph",  # paragraph index
    "start",  # offsets into st.text (and st.original)
    "end",
    "future",  # years and dates after the statement's date; None when either is unknown
    "quote",  # the sentence as received (st.original)
    "change",  # "rise" or "fall" where the figure is a change, not a level ("rose by 7.4%", "reduce ... by 40%"); else None
]
KINDS = ("money", "percent", "count", "quantity", "year", "date", "ordinal", "duration", "fraction", "multiple")
QUALIFIERS = ("about", "nearly", "more_than", "less_than", "up_to", "at_least", "every")
PERIODS = ("year", "quarter", "month", "week", "day")
#: How a change reads before its amount: "rise of 7.4%", "fall of USD 2 billion".
CHANGE_WORDS = {"rise": "rise of", "fall": "fall of"}

LEXICON_PATH = config.CODEBOOK_DIR / "figures.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists of ``codebooks/figures.yaml``."""
    from .datafiles import read_yaml

    return read_yaml(LEXICON_PATH)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Every currency the ledger reads before an amount: its prefixes ("US$", "KSh"), their
    ISO codes and the further ISO codes, so that a table's header or a name's end reads as the
    ledger reads an amount."""
    lex = lexicon()
    prefixes = lex["currency_prefixes"]
    return (frozenset(prefixes) | frozenset(v for v in prefixes.values() if v != "$" and v[0] != "~")
            | frozenset(lex.get("further_currency_codes") or ()))


@lru_cache(maxsize=1)
def currency_words() -> dict[str, str]:
    """Every word the ledger reads as a currency after an amount, with its code: the lexicon's
    ``currency_words`` and its shared ones, alone ("~pesos") and after a country ("Chilean pesos")."""
    lex = lexicon()
    return {**lex["currency_words"], **_shared_word_forms(lex["shared_currency_words"])}


@lru_cache(maxsize=1)
def measure_forms() -> frozenset[str]:
    """Every form of a unit of quantity the ledger reads after a number ("tonnes", "MW",
    "GWh"), of two letters or more, so that a table's header in brackets gives its cells the
    unit the ledger would read: "50,000" under "Volume (tonnes)" is 50,000 tonnes."""
    return frozenset(f for m in lexicon()["measures"] if m["kind"] == "quantity" for f in m["forms"] if len(f) > 1)


# --------------------------------------------------------------------------------------------
# Patterns, built once from the lexicon
# --------------------------------------------------------------------------------------------


def _trie(words, any_case: bool = False) -> str:
    """An alternation shaped as a prefix tree: the regex engine then branches on one character
    instead of trying every word in turn (several times faster on long lists).

    ``any_case`` (for lower-case words) matches each letter in either case, as IGNORECASE
    does, but with a set of characters per letter: the engine skips a branch whose first
    set does not hold the character at hand without entering it, which it cannot do for an
    IGNORECASE letter (a fifth faster on the unit and currency lists)."""

    def esc(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if any_case and "a" <= ch <= "z":
            return "[" + _ANY_CASE.get(ch, ch + ch.upper()) + "]"
        if any_case and ch.isalpha():
            return "(?i:" + re.escape(ch) + ")"
        return re.escape(ch)

    return patterns.trie(words, esc)


# The characters IGNORECASE also reads as these ASCII letters (dotted and dotless I, long S,
# Kelvin sign); every other ASCII letter matches only itself in either case.
_ANY_CASE = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def _words(words) -> str:
    """Case-insensitive alternation of words."""
    return "(?:" + _trie({w.lower() for w in words}, any_case=True) + ")"


def _forms(forms) -> str:
    """Alternation of surface forms: long lower-case words in any case, the rest as written."""
    ci, cs = set(), set()
    for f in forms:
        if f.replace(" ", "").replace("-", "").isalpha() and f.islower() and len(f) >= 4:
            ci.add(f)
        else:
            cs.add(" ".join(f.split()))
    parts = []
    # (the forms as written first: "degrees Celsius" before "degrees", which would win as the
    # first alternative that matches)
    if cs:
        parts.append(_trie(cs))
    if ci:
        parts.append("(?:" + _trie(ci, any_case=True) + ")")
    return "(?:" + "|".join(parts) + ")"


def _key(form: str) -> str:
    return " ".join(form.lower().split())


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MONTH_NUM = {m.lower(): i + 1 for i, m in enumerate(_MONTH_NAMES)}
_MONTH_NUM.update({m[:3].lower(): i + 1 for i, m in enumerate(_MONTH_NAMES)})
_MONTH_NUM["sept"] = 9


_IRREGULAR_PAST = frozenset("rose risen grew grown fell fallen shrank shrunk brought".split())


def _recipient_heads() -> list[str]:
    """The last words of a body's or an initiative's name ("Fund", "Facility", "Bank"), which money
    may go to or through: the entity lexicon's own cue words, not a second list."""
    from .entities import codebook

    return [w for w, kind in codebook()["cues"].items() if kind in ("organization", "initiative")]


@lru_cache(maxsize=1)
def _rx() -> SimpleNamespace:
    book = patterns.book("figures")
    lex = lexicon()
    units, tens, scales = lex["units"], lex["tens"], lex["scales"]
    one_to_nine = [w for w, v in units.items() if v < 10]
    small = rf"(?:{_words(tens)}(?:-{_words(one_to_nine)})?|{_words(units)})(?![A-Za-z])"
    scale_w = rf"{_words(scales)}(?![A-Za-z])"
    big = ["dozen", "hundred", "thousand", "million", "billion", "trillion"]
    # (a year as said, its century and the rest: "twenty thirty", "nineteen ninety-eight")
    year_rest = rf"(?:{_words(w for w, v in units.items() if 10 <= v < 20)}|{_words(tens)}(?:-{_words(one_to_nine)})?)"
    spoken_year = rf"(?i:nineteen|twenty)\s+{year_rest}"
    wordnum = (
        # ("one and a half billion euros", "two and a half million", "three and a half per cent",
        # "two and a half years")
        rf"(?<![\w-])(?:{small}\s+(?i:and)\s+(?i:a)\s+(?i:half)(?:\s+{_words(big[3:])})?(?![A-Za-z-])"
        # ("one point two billion New Zealand dollars": a decimal in words, with its scale)
        rf"|{small}\s+(?i:point)(?:\s+(?:{_words(one_to_nine)}|(?i:zero|nought)))+\s+{_words(big[3:])}(?![A-Za-z])"
        # (a year as said: "by twenty thirty", "after twenty twenty-five", "nineteen ninety-eight")
        rf"|{spoken_year}(?![A-Za-z-])"
        # (or a share or a measure: "eight point four per cent", "one point five degrees Celsius")
        rf"|{small}\s+(?i:point)(?:\s+(?:{_words(one_to_nine)}|(?i:zero|nought)))+(?=\s+(?i:per\s?cent|percent|percentage\s+points?"
        rf"|degrees?|metres?|meters?|kilometres?|kilometers?|tonnes?|tons?|hectares?|hours?|days?|weeks?|months?|years?"
        rf"|gigawatts?|megawatts?|terawatts?|times)\b)"
        rf"|(?i:an?)\s+{_words(big)}(?![A-Za-z])"
        rf"|(?i:half)\s+(?i:a)\s+{_words(big[3:])}(?![A-Za-z])"
        # ("a quarter of a billion yen", "three quarters of a million people", "a third of a trillion")
        rf"|(?:(?i:an?)|{small})[\s-]+{_words(w for w in lex['fractions'] if not w.startswith('hal'))}\s+(?i:of)\s+(?i:an?)\s+{_words(big[3:])}(?![A-Za-z])"
        rf"|{small})"
        rf"(?:[\s-]+{scale_w})*"
        rf"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))(?:\s+(?i:and))?\s+{small}(?:[\s-]+{scale_w})*)*"
    )
    # (not after "/", as in "1/3", except Peru's sol: "S/500")
    # (nor glued to letters, except a currency code: "USD1.5 billion")
    prefixes = {**lex["currency_prefixes"], **{c: c for c in lex["further_currency_codes"]}}
    codes3 = sorted(c for c in prefixes if c.isalpha() and c.isupper() and len(c) == 3)
    # (a code may stand before the sign it names: "CAD $2.2 billion", "AUD$30 billion")
    prefixes.update({f"{c}{gap}$": prefixes[c] for c in codes3 for gap in ("", " ") if prefixes[c] == c})
    # every prefix in letters may stand glued to its amount ("USD1.5 billion", "RM2.3 billion",
    # "KSh5 billion"; a look-behind per length, as the engine requires)
    lettered = sorted(c for c in prefixes if c.isalpha())
    by_length: dict[int, list[str]] = {}
    for c in lettered:
        by_length.setdefault(len(c), []).append(re.escape(c))
    after_code = "|".join(rf"(?<=(?<![A-Za-z])(?:{'|'.join(cs)}))" for _, cs in sorted(by_length.items()))
    dig = (
        rf"(?:(?<![\w,])|{after_code})"
        # ("8.700.000 euros", "1.234.567 people": two groups of three after dots are thousands in
        # any text)
        r"(?<!(?<!S)/)(?<!\d\.)(?:\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?!\d)"
    )
    cur = r"(?<![A-Za-z])" + _forms(prefixes)
    abbrev = "|".join(sorted(lex["scale_abbreviations"], key=len, reverse=True))
    # the scale words that follow digits ("5 million", "5,000 crore"; not "5 dozen", "2 hundred")
    digit_scales = {w: float(v) for w, v in scales.items() if w not in ("dozen", "hundred")}
    # (an abbreviation, "5 bn", scales an amount with a currency before or after it: "US$5 bn",
    # "5 bn euros"; alone it may be anything, "5 m" of height)
    money_words = currency_words()
    currency_word_forms = _forms(money_words)
    scale = (
        # (and after a hyphen, with a currency before it: "a $5.3-billion commitment")
        rf"(?P<scale>(?:\s++|(?(cur)-|(?!))){_words(digit_scales)}(?![A-Za-z])"
        rf"|(?(cur)\s?(?:{abbrev})(?![A-Za-z])|\s?(?:{abbrev})(?=\s*(?:{currency_word_forms})(?![A-Za-z]))))"
    )
    unit_forms, compound_forms = [], []
    unit_lookup: dict[str, tuple[str, str, bool]] = {}
    for m in lex["measures"]:
        for f in m["forms"]:
            unit_forms.append(f)
            unit_lookup[_key(f)] = (m["kind"], m["unit"], bool(m.get("compound")))
            if m.get("compound"):
                compound_forms.append(f)
    for f, iso in money_words.items():
        unit_forms.append(f)
        unit_lookup[_key(f)] = ("money", iso, False)
    # (No unit or scale word begins with a space, so the spaces before one are taken
    # possessively: the engine does not go back to try the word at each of them.)
    # (a word may stand between a number and a span of time: "14 consecutive years", "three more years")
    durations = [f for m in lex["measures"] if m["kind"] == "duration" for f in m["forms"]]
    # (not after a year: "the 2023 full year")
    between = (rf"(?:(?<!(?:19|20)\d\d)\s++(?:{_words(lex.get('duration_modifiers') or ['consecutive'])})"
               rf"(?=\s++(?:{_forms(durations)})(?![A-Za-z])))?")
    unit = rf"(?:(?:{between}\s*+(?P<unit>{_forms(unit_forms)})|-(?P<cunit>{_forms(compound_forms)}))(?![^\W_]))"
    core = rf"(?:(?P<cur>{cur})\s?)?(?P<num>{dig}|{wordnum}){scale}?{unit}?"
    # At a digit neither a currency nor a number word can begin; the group "cur" stays (it
    # never matches) because ``scale`` and the reader refer to it.
    core_digit = rf"(?:(?P<cur>(?!))\s?)?(?P<num>{dig}){scale}?{unit}?"

    months = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?![A-Za-z])"
    d = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
    dsep = r"(?:\s*[-–—]\s*|\s+(?:to|and)\s+)"
    y = r"(?:1[6-9]|20|21)\d\d(?!\d)"
    # ordinals in words ("twenty-sixth"): a day of a date ("the twenty-sixth of September") or one alone
    ord_words = [w for w in lex["ordinals"]]
    first_nine = [w for w, v in lex["ordinals"].items() if v < 10]
    ord_word = rf"(?<![A-Za-z-])(?:{_words(tens)}-{_words(first_nine)}|{_words(ord_words)})(?![A-Za-z])"
    # Each alternative with whether it begins with a digit (see ``master_digit`` below).
    date_alts = [
        (rf"(?:Q[1-4]|H[12])\s+{y}", False),  # "Q1 2026", "H2 2025": a quarter or half of a year
        # ("the first quarter of 2026", "the second half of 2025": the part of the year with it)
        (rf"(?i:first|second|third|fourth|last|latter)\s+(?i:quarter|half|semester)\s+of\s+{y}", False),
        (rf"{months}\s+{d}{dsep}{months}\s+{d},?\s+{y}", False),
        (rf"{months}\s+{d}(?:{dsep}{d})?,?\s+{y}", False),
        (rf"{d}\s+{months}{dsep}{d}\s+{months},?\s+{y}", True),
        (rf"{d}(?:{dsep}{d})?\s+(?:of\s+)?{months},?\s+{y}", True),
        (rf"{d}\s+(?:to|and)\s+the\s+{d}\s+of\s+{months},?\s+{y}", True),  # "the 1st to the 3rd of May 2024"
        (rf"{ord_word}\s+(?:day\s+)?of\s+{months}(?:,?\s+(?:of\s+)?{y})?", False),  # "the twenty-sixth of September"
        # ("from twenty-fourth to twenty-sixth October 2024": days as ordinals in words, with the year)
        (rf"{ord_word}(?:{dsep}{ord_word})?\s+{months},?\s+{y}", False),
        # a date in Spanish, Portuguese or French: "1º de março de 2026", "3 mars 2025"
        (rf"(?:[12]\d|3[01]|0?[1-9])(?:º|°|er)?\s+(?:de\s+)?(?i:{D.foreign_months_alt()})\s+(?:de\s+|del\s+)?{y}", True),
        (rf"{months}(?:{dsep}{months})?,?\s+(?:of\s+)?{y}", False),
        (rf"{y}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])", True),
        # "31/12/2025", "15.03.2025": day first, unless the second number cannot be a month
        (rf"(?:(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\."
         rf"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/){y}(?![\d/]|\.\d)", True),
        # ("the tariff announced on April 2 to 20 percent": a day, then a figure of its own)
        (rf"{months}\s+{d}(?:{dsep}{d}(?!\s*(?:%|(?i:per\s?cent|percentage\s+points?)\b)))?", False),
        (rf"{d}(?:{dsep}{d})?\s+(?:of\s+)?{months}", True),
    ]

    def date_of(alts, guard: str = "") -> str:
        return r"(?<![\w])" + guard + "(?:" + "|".join(a for a, _ in alts) + ")"

    # A currency code glued to an amount with a scale or in thousands is money, not a name
    # like "COP28": "USD1.5 billion", "GBP20m", "EUR500,000", "RM2.3 billion".
    codes = _trie(lettered)
    glued_money = (
        rf"(?:{codes})(?:\d+(?:\.\d+)?\s*(?:{_words(digit_scales)}|{abbrev})(?![A-Za-z])|\d{{1,3}}(?:,\d{{3}})+(?!\d))"
    )
    glue = rf"(?<![\w$.'])(?!{glued_money})(?=[A-Za-z]*[A-Z])[A-Za-z]+-?\d+(?:[+./]\d+)*[A-Za-z\d]*(?![\w])"
    frac_w = rf"{_words(lex['fractions'])}(?![A-Za-z])"
    # (right after a verb of allotting, or its adverb of about: "allocate (roughly) one third to ...")
    allotting = ("allocate", "allocates", "dedicate", "devote", "assign", "earmark", "direct", "channel", "give")
    allotted = "(?:" + "|".join(f"(?<={v} {a})" for v in allotting for a in ("", "roughly ", "about ", "around ", "nearly ", "almost ")) + ")"
    compared = r"(?:of|lower|higher|less|more|fewer|smaller|larger|cheaper|faster|slower)"
    frac_word = (
        # (a hyphen after tens makes an ordinal: "twenty-fifth anniversary", not 20/5)
        rf"(?<![\w-])(?:(?!{_words(tens)}-)(?:{small}|(?i:an?))-{frac_w}(?!\s+(?i:of)\s+(?i:an?)\s+(?i:thousand|million|billion|trillion)\b)"
        # "a third of", "a quarter lower"; after "by": "fallen by a third", "cut by half"
        # (not the quarters of a year: "the first three quarters of 2025" is a time)
        rf"|(?:{small}|(?i:an?))\s+{frac_w}(?=\s+(?i:{compared})(?![A-Za-z]))(?!\s+(?i:of)\s+(?i:an?)\s+(?i:thousand|million|billion|trillion)\b)"
        rf"(?!(?<=quarters)\s+(?i:of)\s+(?:19|20)\d\d)"
        # "two thirds are in the energy sector": a share as the subject of its clause
        rf"|(?:{small})\s+(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)(?=\s+(?:are|were|will|would|go|went|is|was)\b)"
        # (a share of what was named, as the subject or the object sent somewhere: "a fifth will be
        # dedicated to health", "allocate one third to transmission lines")
        rf"|(?:{small}|(?i:an?))\s+{frac_w}(?=\s+(?:(?:will|would|shall|is|was|are|were)\s+(?:be\s+)?(?:dedicated|allocated|used|spent|devoted"
        rf"|earmarked|channell?ed|directed|invested|disbursed|reserved|set\s+aside)|goes|went)\b)"
        rf"|{allotted}(?:{small}|(?i:an?))\s+{frac_w}(?=\s+to\s)"
        # (not an ordinal before its noun: "an act of aggression by a third state")
        rf"|(?:(?<=\b[Bb]y )|(?<=\bby nearly )|(?<=\bby almost )|(?<=\bby about )|(?<=\bby roughly )|(?<=\bby around )"
        rf"|(?<=\bby some )|(?<=\bby over )|(?<=\bby more than )|(?<=\bby at least )|(?<=\bby up to )|(?<=\bby less than ))(?:(?:(?:{small}|an?)\s+(?:further\s+|additional\s+)?|another\s+){frac_w}|half)(?![A-Za-z-])(?!\s+[A-Z][a-z])(?!\s+[a-z]+\b(?<!\bin)(?<!\bby)(?<!\bfrom)(?<!\bto)"
        rf"(?<!\band)(?<!\bover)(?<!\bsince)(?<!\bcompared)(?<!\bbetween)(?<!\bwithin)(?<!\bon)(?<!\bat)(?<!\bfor)(?<!\bor)"
        rf"(?<!\bbefore)(?<!\bafter)(?<!\buntil)(?<!\bduring)(?<!\bthan)(?<!\brelative))"  # ("by a third before the end of 2026")
        rf"|(?i:half)(?=\s+(?i:of)(?![A-Za-z]))"
        # a change of a share ("an increase of a quarter on the previous year"), and a share each
        # one pays ("with each country contributing half")
        rf"|(?:" + "|".join(f"(?<={w} of )" for w in sorted(set(lex["change_nouns"]) - {"share"})) + rf")(?:(?:{small}|an?)\s+{frac_w}|half(?![A-Za-z-]))"
        rf"|(?:" + "|".join(f"(?<={w} )" for w in _SHARE_VERBS) + r")half(?![A-Za-z-])(?!\s+(?:of|a|an|the)\b)"
        # "cut roughly in half", "of which nearly half in grants"
        rf"|(?:" + "|".join(f"(?<={w} in )" for w in ("cut", "cut roughly", "cut nearly", "cut almost", "reduced", "divided", "split", "slashed")) + ")"
        rf"(?<=\bin )"
        rf"half\b"
        rf"|(?:(?<=\bin )(?!)"
        rf"|(?<=\bof which )|(?<=\bof which nearly )|(?<=\bof which about )|(?<=\bof which roughly )|(?<=\bof which almost ))half\b"
        # "one in five young people", "seven in ten deaths", "one in every four girls", "two out of three": a share
        rf"|(?i:{_words(one_to_nine)})\s+(?:in|out\s+of)\s+(?:every\s+)?(?i:{_words(w for w, v in units.items() if v >= 2)}|{_words(tens)}"
        rf"|(?:a|one)\s+hundred|(?:a|one)\s+thousand)(?![A-Za-z-])(?!\s+(?i:days?|weeks?|months?|years?|hours?|decades?)\b))"
    )
    # ("1/3", "3 in 10 households", "2 out of 3"; not "2 in 2025")
    frac_digit = (r"(?<![\w./,])\d{1,2}/\d{1,2}(?![\d/])"
                  # (in figures, of ten, a hundred or a thousand: not "Phase 2 in 4 regions", "3 in 12 languages")
                  r"|(?<![\w./,$€£¥])[1-9]\d?\s+(?:in\s+(?:every\s+)?(?:10|100|1,?000)|out\s+of\s+[1-9]\d{0,2})(?![\d,.%]|\s*(?:%|(?i:per\s?cent))"
                  r"|\s+(?i:days?|weeks?|months?|years?|hours?|minutes?|decades?|quarters?)\b)"  # (not "5 in 12 months")
                  # ("1 in 5 jobs": one of so many things; "Phase 1 in 4 regions" is a name's number, see _figure)
                  r"|(?<![\w./,$€£¥])1\s+in\s+(?:every\s+)?[2-9]\d?(?=\s+[a-z])(?!\s+(?i:days?|weeks?|months?|years?|hours?|minutes?|decades?|quarters?)\b)")
    ord_digit = r"(?<![\w.,])\d+(?:st|nd|rd|th)(?![A-Za-z])"
    # The master pattern, (?P<date>…)|(?P<glue>…)|(?P<frac>…)|(?P<ord>…)|(?P<core>…), is
    # compiled only cut in two by the first character of a match, in the same order: only
    # the alternatives that can begin with a decimal digit, and only those that can begin with
    # anything else (letters and currency signs). An alternation is tried in order and the
    # first that matches wins, so leaving out alternatives that cannot match at the offset
    # changes no result; it halves the time of a match, most of which went to failing dates.
    # A date that begins with a digit begins with a day (one or two digits, then no digit) or
    # with a year and a hyphen ("2023-05-17"); checked first, so a figure such as "2013" or
    # "1,000" is not tried against every form of date.
    digit_date_guard = r"(?=\d\d?\D|\d{4}-)"
    master_digit = book.compile(
        rf"(?P<date>{date_of([a for a in date_alts if a[1]], digit_date_guard)})|(?P<frac>{frac_digit})"
        rf"|(?P<ord>{ord_digit})|(?P<core>{core_digit})"
    )
    # Sizes given in plural words: "tens of thousands of workers", "hundreds of millions of euros"
    vague = (
        # ("tens of thousands more study in the EU": the size with "more" and no "of" after)
        r"(?<![\w-])(?:(?i:tens|hundreds)\s+of\s+(?i:thousands|millions)(?=\s+more\b)"
        r"|(?:(?i:tens|dozens|hundreds)(?:\s+of\s+(?i:thousands|millions|billions))?|(?i:thousands|millions|billions))"
        r"(?=\s+of\s+\w)"
        # ("several billion dollars", "a few hundred experts": at least three, or two, of the scale)
        r"|(?i:several|a\s+few)\s+(?i:hundred|thousand|million|billion)(?=\s+[a-z])(?!\s+(?:of|and|to|or)\b))"
    )
    master_other = book.compile(
        rf"(?P<date>{date_of([a for a in date_alts if not a[1]])})|(?P<glue>{glue})|(?P<frac>{frac_word})"
        rf"|(?P<ord>{ord_word})|(?P<vague>{vague})|(?P<core>{core})"
    )
    # At a sign ("$", "€") only an amount can begin, with its currency.
    master_sign = book.compile(rf"(?P<core>{core})")
    dig_tail = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)"
    tail = book.compile(rf"(?P<sep>\s*[-–—]\s*|\s+(?i:to)\s+|/)(?:(?P<cur>{cur})\s?)?(?P<num>{dig_tail}|{wordnum}){scale}?{unit}?")
    tail_and = book.compile(rf"(?P<sep>\s+(?i:and)\s+)(?:(?P<cur>{cur})\s?)?(?P<num>{dig}|{wordnum}){scale}?{unit}?")

    # Where a figure may be: a digit or currency sign, or a number word. Cheap passes over
    # the text find these (``_triggers``); the full pattern then runs only next to them (it
    # is ~50x slower per character than those passes).
    trigger_words = set(units) | set(tens) | set(scales) | set(lex["ordinals"]) | set(lex["fractions"]) | {"half", "several", "few"} | set(_VAGUE)
    digit_trigger = book.compile(rf"[\d{_SIGNS}][\d,.]*")
    # The same on a text made Latin-1 (see ``_triggers``), where \d is 0-9.
    latin_digit_trigger = book.compile(rf"[0-9{''.join(c for c in _SIGNS if ord(c) < 256)}][\d,.]*")
    # A number word is a whole word. Matching the character before it (rather than asserting
    # a word boundary) lets the engine skip along the text to the next space or punctuation;
    # on a Latin-1 text the characters that are not word characters make one table.
    not_word = "".join(re.escape(chr(c)) for c in range(256) if not _is_word(chr(c)))
    word_trigger = book.compile(rf"[{not_word}](" + _trie(trigger_words) + r")\b")
    word_trigger_at = book.compile(_trie(trigger_words) + r"\b")

    quals: dict[str, str] = {}
    for cat, phrases in lex["qualifiers"].items():
        for p in phrases:
            quals[_key(p)] = cat
    qual_rev = book.compile(
        r"\s+(" + "|".join(re.escape(p[::-1]) for p in sorted(quals, key=len, reverse=True)).replace("\\ ", r"\s+") + r")(?![A-Za-z])",
        re.I,
    )
    wordvals = {**units, **tens, **scales}
    # (the first words of the qualifiers: "and nearly half of ..." opens one more figure)
    qual_first = frozenset(p.split()[0] for p in quals if p.split()[0].isalpha() and p.split()[0] not in ("an", "a", "on", "the"))
    cur_lookup = {_key(k): v for k, v in prefixes.items()}
    abbrev_vals = dict(lex["scale_abbreviations"])
    fillers = "|".join(re.escape(p[::-1]) for p in sorted(set(lex["link_fillers"]), key=lambda p: (-len(p), p))).replace("\\ ", r"\s+")
    link_rev = book.compile(
        r"\s+(?:(?:" + fillers + r")\s+)?("
        + "|".join(re.escape(p[::-1]) for p in sorted(set(lex["link_verbs"]), key=lambda p: (-len(p), p))).replace("\\ ", r"\s+")
        + r")(?![A-Za-z])",
        re.I,
    )
    # "EUR 200 million to the Amazon Fund": the named body or programme money goes to
    recipient_re = book.compile(
        r"\s+(?:to|through|into|towards?|in|for|under)\s+(?:the\s+|an?\s+(?=[A-Z]))?((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on|&)\s+)*){0,8}"
        rf"(?:{'|'.join(sorted(_recipient_heads(), key=len, reverse=True))})\b"
        # ("the Global Partnership for Education", "the Fund for Peace and Security")
        # (and in Spanish or Portuguese: "the Programa de Aceleração do Crescimento")
        # (not an adjective of a name's own: "for African-led peace support operations")
        r"(?:\s+(?:of|for|on|[Aa]gainst|de|do|da|dos|das|del|de\s+la)\s+(?:the\s+)?(?![\w\u00c0-\u024f'’.]+-(?:led|based|owned|driven|run)\b)"
        r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’.-]*"
        r"(?:\s+(?:and\s+|&\s+|(?:de|do|da|dos|das|del|de\s+la|e|y)\s+)?[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’.-]*)*)?)")
    # "USD 300 billion per year", "3,000 places a year", "5 million tonnes/year": a rate's period
    rates = {f.lower(): period for period, forms in lex["rates"].items() for f in forms}
    gap_stops = "|".join(re.escape(w) for w in sorted(set(lex["rate_gap_stops"]), key=lambda w: (-len(w), w)))
    # (after "per" or a slash, "of" goes on to what is counted: "5 million cubic metres per day
    # of gas"; after "a year", it names the span: "a year of cooperation")
    not_after = _words(lex["rate_not_after"])
    per_not_after = _words(w for w in lex["rate_not_after"] if w != "of")
    rate_re = book.compile(
        rf"(?P<gap>(?:\s+(?!(?:{gap_stops})(?![\w'’-]))[A-Za-z][\w'’-]*){{0,8}}?)"
        rf"(?:\s+(?P<word>(?:{patterns.phrases(f for f in rates if f.startswith('per '))})(?![\w/-])(?!\s+(?:{per_not_after})(?![\w-]))"
        rf"|(?:{patterns.phrases(f for f in rates if not f.startswith(('/', 'per ')))})(?![\w/-])(?!\s+(?:{not_after})(?![\w-])(?!\s+(?:by\s+)?(?:19|20)\d\d)))"
        rf"|\s*(?P<slash>{patterns.phrases(f for f in rates if f.startswith('/'))})(?![\w/-])(?!\s+(?:{per_not_after})(?![\w-])))",
        re.I,
    )
    unit_rates = {f.lower(): u for u, forms in (lex.get("unit_rates") or {}).items() for f in forms}
    # ("USD 5 per tonne", "€340/MWh")
    unit_rate_re = book.compile(rf"(?:\s+(?i:per)\s+|\s*/\s*)(?P<u>{patterns.phrases(f for forms in (lex.get('unit_rates') or {{}}).values() for f in forms)})(?![\w-])")
    book.save()
    return SimpleNamespace(
        # (a verb that holds a thing at a bound, then the thing: "keep inflation below 5%")
        held_re=re.compile(rf"\b(?:{patterns.phrases(lex['held_verbs'])})\s+(?=[\w'’ -]{{2,50}}\s*$)", re.I),
        # (a verb of funding, then what it funds, then "with" the amount: "finance the railway line with USD 300 million")
        funds_with_re=re.compile(rf"\b(?:{patterns.phrases(lex.get('funds_with_verbs') or ['fund'])})\s+(?=[\w'’ -]{{2,80}}?\s+with\s*$)", re.I),
        year_noun_re=re.compile(rf"\s+(?:{patterns.phrases(lex['year_nouns'])})\b", re.I),
        spoken_year=re.compile(rf"(?i:(nineteen|twenty))\s+({year_rest})"),
        rate_re=rate_re,
        rates=rates,
        unit_rate_re=unit_rate_re,
        unit_rates=unit_rates,
        master_digit=master_digit,
        master_other=master_other,
        master_sign=master_sign,
        digit_trigger=digit_trigger,
        latin_digit_trigger=latin_digit_trigger,
        word_trigger=word_trigger,
        word_trigger_at=word_trigger_at,
        tail=tail,
        tail_and=tail_and,
        qual_rev=qual_rev,
        qual_last=tuple({q.split()[-1] for q in quals}),
        restate_leads=frozenset(lex["restatement_leads"]),
        quals=quals,
        qual_first=qual_first,
        sign_quals={q: c for q, c in quals.items() if len(q) == 1 and not q.isalnum()},  # "~", "<", "≥"
        units=unit_lookup,
        unit_words=frozenset(k.split()[-1] for k in unit_lookup),
        cur=cur_lookup,
        wordvals=wordvals,
        scales=digit_scales,
        abbrev=abbrev_vals,
        ordinals=dict(lex["ordinals"]),
        tens_words=dict(tens),
        fractions=dict(lex["fractions"]),
        party=frozenset(w.lower() for w in lex["party_nouns"]),
        pair_bodies=frozenset(w.split()[-1].lower() for w in lex.get("pair_bodies") or ()),
        events=frozenset(lex["event_nouns"]),
        ordinal_set_nouns=frozenset(lex.get("ordinal_set_nouns") or ()),
        superlatives=frozenset(lex["superlatives"]),
        reference=frozenset(w.lower() for w in lex["reference_words"]),
        name_nouns=frozenset(lex["name_nouns"]),
        recipient_re=recipient_re,
        street_words=frozenset(lex["street_words"]),
        name_heads=frozenset(lex["name_heads"]),
        dated_instruments=frozenset(lex["dated_instruments"]),
        not_name=frozenset(lex["not_name_words"]),
        formulas=frozenset(lex["formulas"]),
        stops=frozenset(lex["phrase_stops"]),
        verbs=frozenset(lex["phrase_verbs"]) | frozenset(lex["phrase_verbs_past"]),
        past_verbs=frozenset(lex["phrase_verbs_past"]),
        participles=frozenset(lex["participles"]),
        reporting=frozenset(lex["reporting_verbs"]),
        change_verbs=frozenset(lex["change_verbs"]),
        imperatives=frozenset(lex.get("imperatives") or ()),
        # (the forms only a verb can take: "rose", "increased"; not "increase", "cut")
        past_changes=frozenset(v for v in lex["change_verbs"] if v.endswith("ed") or v in _IRREGULAR_PAST),
        link_rev=link_rev,
        change_nouns=frozenset(lex["change_nouns"]),
        change_noun_of=book.compile(rf"\b(?:{_words(lex['change_nouns'])})\s+(?:in|of)\s+", re.I),
        empty_heads=frozenset(lex["empty_heads"]),
        ing_nouns=frozenset(lex.get("ing_nouns") or ()),
        ing_adjectives=frozenset(lex.get("ing_adjectives") or ()),
        shared={w: (spec.get("default"), dict(spec["countries"])) for w, spec in lex["shared_currency_words"].items()},
        shared_signs=dict(lex.get("shared_currency_signs") or {}),
        dollars=dict(lex["dollars_by_country"]),
        codes_also_names=frozenset(lex["codes_also_names"]),
        further_codes=frozenset(lex["further_currency_codes"]) | frozenset(lex.get("guarded_prefixes") or ()),
        dot_grouped=frozenset(lex["dot_grouped_scales"]),
        span_name_heads=frozenset(lex["span_name_heads"]),
        symbols=dict(lex["currency_symbols"]),
    )


def _shared_word_forms(shared: dict) -> dict[str, str]:
    """Each shared currency word alone ("~pesos": the parties say which) and after each of its
    countries' names and adjectives ("Egyptian pounds": EGP)."""
    from .statement import countries

    rows = {c["name"]: c for c in countries()}
    out: dict[str, str] = {}
    for word, spec in shared.items():
        for form in spec["forms"]:
            out[form] = f"~{word}"
            for country, code in spec["countries"].items():
                row = rows.get(country, {"name": country, "aliases": [], "adjectives": []})
                for name in {row["name"], *row["aliases"], *row["adjectives"]} - {""}:
                    out[f"{name} {form}"] = code
    return out


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    from .statement import countries

    out = set()
    for c in countries():
        out.update(c["adjectives"])
    return frozenset(out)


# (Letters and hyphens in runs: the engine then loops over a character set, not the group.)
# (an ampersand between capitals is inside a word: "R&D", "M&E")
_TOKEN = _rc(r"[A-Za-z\u00C0-\u024F](?:[\w'\u00C0-\u024F-]+|(?<=[A-Z])&(?=[A-Z])|\.(?=[A-Za-z-]))*(?:(?<=\.[A-Za-z])\.)?|\d[\w,.]*|\S")
_NEXT = _rc(r"\s+(\S+)")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])
_PHRASING_DETS = frozenset(["the", "our", "their", "these", "those", "its", "both", "all", "my", "your", "his", "her"])
_AUX = frozenset("is are was were be been being has have had will would shall should can could may might must do does did".split())
_BACK_SKIP = frozenset("to projected expected estimated forecast set targeted slated poised aimed likely now already also still further".split())
_BACK_INNER = frozenset("of in between among across within with from to for on and or".split())
# (the words that part another figure's noun from the phrase a figure measures: "4,500 tonnes on a site of")
_AFTER_A_FIGURE = frozenset("on in at across over within with for".split())
_SUBJECT_PRONOUNS = frozenset("we they it he she i you us them who which that".split())
_NAME_INNER = frozenset("of on for de del la the".split())
# (the last words of a programme's name, which money is given "in": "$500 million in Foreign Military Financing")
_PROGRAMME_HEADS = frozenset("financing finance funding assistance aid grants loans credits bonds guarantees support".split())
_NAME_RUN = frozenset("of on for in de del la the".split())
_QUANTIFIERS = frozenset("all both each every".split())
_POSSESSIVES = frozenset("its their our his her my your".split())  # "40 percent of their reserves"
_CLAUSE_PREPS = frozenset("in to at with from on into under through across within".split())
_EXCEEDS = frozenset("exceeded exceeds exceed exceeding surpassed surpassing surpasses topped crossed crosses".split())
# Qualifiers that are also prepositions of time: "over 2015", "below 2005 levels" are years.
_PREPOSITION_QUALS = frozenset("over under above below around about before after".split())


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


_SPLIT_WORDS = _rc(r"[\s-]+")


def _word_value(text: str, rx: SimpleNamespace) -> float:
    """Value of a number written in words ("twenty-five hundred", "a dozen", "half a million")."""
    v = _WORD_VALUES.get(text)
    if v is None:
        if len(_WORD_VALUES) > 4096:
            _WORD_VALUES.clear()
        v = _WORD_VALUES[text] = _word_value_uncached(text, rx)
    return v


_WORD_VALUES: dict[str, float] = {}


def _scale_of(toks: list[str], rx: SimpleNamespace) -> float:
    """The scale the words after a fraction give it: "billion" of "one and a half billion"."""
    scale = 1.0
    for t in toks:
        scale *= rx.scales.get(t, 1)
    return scale


def _word_value_uncached(text: str, rx: SimpleNamespace) -> float:
    toks = [t for t in _SPLIT_WORDS.split(text.lower()) if t and t != "and"]
    if toks[:1] == ["half"]:
        return 0.5 * rx.scales.get(toks[-1], 1)
    if "of" in toks[1:] and toks[toks.index("of") - 1] in rx.fractions:  # "a quarter of a billion", "three quarters of a million"
        i = toks.index("of")
        num = 1.0 if toks[:i - 1] in (["a"], ["an"]) else _word_value_uncached(" ".join(toks[:i - 1]), rx)
        return num / rx.fractions[toks[i - 1]] * _scale_of(toks[i + 1:], rx)
    if "half" in toks[1:] and toks[toks.index("half") - 1] == "a":  # "one and a half billion"
        i = toks.index("half")
        return (_word_value_uncached(" ".join(toks[:i - 1]), rx) + 0.5) * _scale_of(toks[i + 1:], rx)
    if "point" in toks[1:]:  # "one point two five billion": 1.25 billion
        i = toks.index("point")
        digits = "".join(str(int(rx.wordvals.get(t, 0))) for t in toks[i + 1:] if t not in rx.scales)
        return (_word_value_uncached(" ".join(toks[:i]), rx) + float(f"0.{digits or 0}")) * _scale_of(toks[i + 1:], rx)
    total = 0.0
    cur = 0.0
    last_scale = 0.0
    for t in toks:
        if t in ("a", "an"):
            cur = 1.0
            continue
        v = rx.wordvals.get(t)
        if v is None:
            continue
        if t == "hundred" or t == "dozen":
            cur = (cur or 1) * v
        elif v >= 1000:
            if total and v > last_scale:
                # a larger scale after a smaller one scales all before it: "one thousand five
                # hundred million" is 1,500 million, as translated texts write it
                total = (total + cur) * v
            else:
                total += (cur or 1) * v
            last_scale = v
            cur = 0.0
        else:
            cur += v
    return total + cur


def _num_value(text: str, rx: SimpleNamespace) -> float:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    return _word_value(text, rx)


def _scale_value(scale: str | None, rx: SimpleNamespace) -> float:
    if not scale:
        return 1.0
    s = scale.strip().lstrip("-")
    return rx.scales.get(s.lower()) or float(rx.abbrev.get(s, 1))


def _ordinal_value(text: str, rx: SimpleNamespace) -> int:
    if text[0].isdigit():
        return int(text[:-2])
    lo = text.lower()
    if "-" in lo:
        a, b = lo.split("-", 1)
        return rx.tens_words.get(a, 0) + rx.ordinals.get(b, 0)
    return rx.ordinals.get(lo, 0)


_CENTURY_WORDS = _rc(r"(?i:eighteen|nineteen|twenty)[\s-]+hundred\b")
_THE_YEAR = _rc(r"\b(?i:the\s+year)\s+(?:of\s+)?$")
# (a year said "nineteen hundred and ..." after "in", "by", "since"...; not "deploy nineteen hundred troops")
_YEAR_CONTEXT = _rc(r"\b(?i:in|by|since|until|till|from|of|before|after)\s+$")
# (a year before 1800, where a count could stand too: only after words that date, and not before
# a noun, another number or "to": "signed in 1774", not "a total of 1500 schools", "from 1200 to 1500")
_OLD_YEAR_BEFORE = _rc(r"\b(?i:in|since|until|till|before|after|year|(?:the\s+)?(?:early|mid|late)[-\s]|of\s+the\s+year)\s*$")
_NOT_OLD_YEAR_NEXT = _rc(r"\s*(?:[-–—/]|%|\d|(?i:per\s?cent|to)\b)")
_OF_NEXT = _rc(r"\s+of\b")


# (what a share is given to, up to the next clause: "... of GDP on defence and intends to ...")
_AND_VERB_END = _rc(r"\s+and\s+(?:intends|aims|plans|seeks|expects|hopes|wants|will|would|is|are|has|have)$")
_ACRONYM_NEXT = _rc(r"\s*\([A-Z]{2,5}\)")
_SHARE_WORDS = _rc(r"\d|%|\bper\s?cent\b|\bGDP\b")
# what a share is of: "percent of GDP", "per cent of the country's gross domestic product", "% of GNI"
_OF_GDP = _rc(r"\s+of\s+(?:the\s+)?(?:(?:country's|country’s|national|their|its|our|global|world|annual"
                     r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?)\s+)?"  # ("of Nigeria's GDP")
                     r"(GDP|GNI|GNP|gross\s+domestic\s+product|gross\s+national\s+(?:income|product))\b")


def _is_year(num: str, value: float) -> bool:
    return len(num) == 4 and num.isdecimal() and 1800 <= value <= 2100


# --------------------------------------------------------------------------------------------
# Context: qualifiers, names, the phrase a figure measures
# --------------------------------------------------------------------------------------------


def _qualifier(stext: str, start: int, rx) -> tuple[str | None, int]:
    if start and stext[start - 1] in rx.sign_quals:
        return rx.sign_quals[stext[start - 1]], start - 1  # a sign glued to the figure: "~$5m", "<2%"
    if not start or not stext[start - 1].isspace():
        return None, start  # a qualifier is a word before the figure, with a space between
    window = stext[max(0, start - 40):start]
    head = window.rstrip()
    if len(head) == len(window):
        return None, start  # a qualifier is a word before the figure, with a space between
    tail = head[-16:]
    # Most figures have none: a look at the last word spares reversing the text for the
    # regex. (ASCII only: with IGNORECASE the regex also reads a few other letters, such as
    # the dotless i, as ASCII ones.)
    if tail.isascii() and not tail.lower().endswith(rx.qual_last):
        return None, start
    rev = window[::-1]
    m = rx.qual_rev.match(rev)
    if not m:
        return None, start
    phrase = " ".join(m.group(1)[::-1].lower().split())
    q, at = rx.quals.get(phrase), start - m.end(1)
    if q == "less_than" and phrase in ("below", "under") and _DENIED_FALL.search(stext, max(0, at - 120), at):
        return "at_least", at  # "will not reduce its funding below $25 million": a floor
    if q == "more_than" and phrase in _EXCEEDS and _NOT_BEFORE.search(stext, max(0, at - 24), at):
        return "up_to", at  # "the transition shall not exceed 12 months": a ceiling
    if q == "more_than" and phrase in ("more than", "above", "in excess of") and _DENIED_MORE.search(stext, max(0, at - 70), at):
        return "up_to", at  # "No Member State shall bear more than 25 percent", "will not be more than 10%": a ceiling
    if q == "more_than" and phrase == "over" and _SPANS_OVER.search(stext, max(0, at - 60), at):
        return None, start  # "linking Termez to Peshawar over 760 kilometres": the distance it spans
    if q == "more_than" and phrase == "over" and _OVER_PARTICLE.search(stext, max(0, at - 16), at):
        return None, start  # "roll over USD 2 billion of debt", "hand over 500 tonnes": the verb's own "over"
    return q, at


_NOT_BEFORE = _rc(r"(?:\bnot|n't|\bnever|\bcannot)\s+(?:to\s+)?$", re.I)
# (a denial before "more than": "will not be more than", "No Member State shall bear more than")
_BOUND_VERBS = r"(?:be|bear|pay|cost|receive|take|hold|contribute|spend|exceed|account\s+for|reach|grow|rise|increase|amount\s+to)"
_DENIED_MORE = _rc(rf"(?:(?:\bnot|n't|\bnever|\bcannot)\s+(?:{_BOUND_VERBS}\s+(?:by\s+)?)?"
                   rf"|\b(?:[Nn]o|[Nn]either|[Nn]one\s+of)\s[^,;.]{{0,50}}\b(?:shall|will|may|should|must|can|would)\s+{_BOUND_VERBS}\s+(?:by\s+)?)$")
# verbs whose "over" is their own ("roll over", "hand over"), not "more than"
_OVER_PARTICLE = _rc(r"\b(?:roll(?:s|ed|ing)?|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|take(?:s|n)?|took|taking"
                            r"|pass(?:es|ed|ing)?)\s+$", re.I)


# (a denial before "below": "will not reduce ... below", "shall not fall below", "never drop under")
_DENIED_FALL = _rc(r"\b(?:not|never|no)\s+(?:(?:be\s+)?(?:reduced?|reducing|fall|falling|drop|dropping|decrease|cut|lower|go)\b)"
                          r"[^.;:]*$", re.I)
# (a route before "over": "linking A to B over 760 km", "a pipeline running from A to B over 1,000 km")
_SPANS_OVER = _rc(r"\b(?:link(?:s|ing|ed)?|connect(?:s|ing|ed)?|runn?(?:s|ing)?|stretch(?:es|ing)?|extend(?:s|ing)?)\b[^.;:,]*"
                         r"\bto\s+[A-Z][^.;:,]*$")


def _prev_token(stext: str, start: int) -> tuple[str | None, int]:
    """The token before ``start`` when a space separates them (looked for within 40 characters)."""
    window = stext[max(0, start - 40):start]
    head = window.rstrip()
    if not head or len(head) == len(window):
        return None, start
    tok = head.rsplit(None, 1)[-1]
    return tok, start - (len(window) - len(head)) - len(tok)


def _next_token(stext: str, end: int) -> str:
    m = _NEXT.match(stext, end)
    return m.group(1) if m else ""


def _quoted_names(stext: str) -> list[tuple[int, int]]:
    """Short double-quoted Title Case spans ("Beca 18", "Connecting the Americas 2022")."""
    out = []
    qs = []
    i = stext.find('"')
    while i >= 0:
        qs.append(i)
        i = stext.find('"', i + 1)
    for a, b in zip(qs[::2], qs[1::2]):
        inner = stext[a + 1:b]
        words = _NAME_WORDS.findall(inner)
        if not words or len(inner.split()) > 8:
            continue
        big = [w for w in words if w.lower() not in ("the", "of", "and", "for", "in", "de", "del", "la", "el", "y", "a", "to", "on")]
        if big and all(w[0].isupper() for w in big):
            out.append((a, b + 1))
    return out


_AFTER_NAME = frozenset("on in at and or to for from with of the by where which that as this these those next last later today "
                        "since until until , . ; : ) ( ' \" ” –".split())


_INSTRUMENT_HEADS = frozenset(["Agreement", "Treaty", "Act", "Protocol", "Convention", "Accord", "Declaration", "Resolution", "Agenda"])


def _ends_name(toks: list, k: int) -> bool:
    """Whether the token at ``k`` (after a name's head word) ends the name: the end of the
    text, punctuation or a small word, not a noun the name qualifies ("Silk Road scholarships")."""
    # (a plural noun goes on the phrase, after singular ones too: "Silk Road scholarships",
    # "Silk Road scholarship places", "Forum member countries")
    for t in (m.group() for m in toks[k:k + 3]):
        if t.lower() in _AFTER_NAME or not t[:1].islower():
            return True
        if t.endswith("s") and not t.endswith("ss"):
            return False
    return True


_HYPHENED_WORD = _rc(r"[^\W\d_][\w'’]*$")
_TIME_PREFIXES = frozenset(["mid", "pre", "post", "early", "late", "end", "fy", "q", "h"])


_VERSION = _rc(r"\d{1,2}\.\d")
_NAME_NEXT = _rc(r"\s+[A-Z][a-z]")
_NAME_BEFORE = _rc(r"[A-Z)]\s$")


_BY_SLOGAN = _rc(r"(?<![\d.,])\d{1,3}\s+by\s+\d{1,3}(?![\d.,%])(?!\s*(?:%|per\s?cent|percent))")


_GAPPED_COUNTRY = _rc(r"(?:,|\band)\s+(?:the\s+)?$")


_MEMBERS_AFTER = _rc(r"(?:\s+(?!United\b)[A-Z][\w-]*){0,2}?\s+(?:Members?|Member\s+(?:States|Countries|Economies)|States|Countries|Nations|Economies|Parties)\b(?![-–])(?!\s+[A-Z])")
_CAPITAL_WORD_NEXT = _rc(r"\s+[A-Z]")
_FISCAL_YEAR_BEFORE = _rc(r"\b(?:[Ff]iscal|[Ff]inancial|[Bb]udget|[Aa]cademic)\s+[Yy]ear\s+$")


def _in_name(stext: str, start: int, end: int, is_year: bool, rx, quotes) -> bool | str:
    """A number that belongs to a name or a reference rather than stating a quantity.

    Returns "ref" (truthy) for references ("paragraph 5", "resolution 2231") so that a list
    continuing them ("paragraphs 5 and 6") is read the same way."""
    for a, b in quotes:
        if a <= start and end <= b:
            return True
    slogan = _BY_SLOGAN.search(stext, max(0, start - 8), min(len(stext), end + 8))
    if slogan is not None and slogan.start() <= start and end <= slogan.end():
        return True  # "the 30 by 30 target": a goal's name, no count
    if start > 1 and stext[start - 1] == "-" and stext[start - 2].isalpha():
        word = _HYPHENED_WORD.search(stext, max(0, start - 30), start - 1)
        if word and word.group()[:1].isupper() and word.group().lower() not in _TIME_PREFIXES:
            return True  # a name glued by a hyphen: "Chang'e-6", "Sentinel-2" (not "mid-2026")
    if _VERSION.fullmatch(stext, start, end) and _NAME_NEXT.match(stext, end) and _NAME_BEFORE.search(stext, max(0, start - 2), start):
        return True  # a version between the words of a name: "ACFTA 3.0 Upgrade Protocol", "Web 2.0 Strategy"
    if is_year and _FISCAL_YEAR_BEFORE.search(stext, max(0, start - 24), start) and not _CAPITAL_WORD_NEXT.match(stext, end):
        return False  # "in Fiscal Year 2026": a year of the budget, no name
    prev, pstart = _prev_token(stext, start)
    if prev and prev[0] in "(\"“'‘[" and len(prev) > 1:
        prev, pstart = prev.lstrip("(\"“'‘["), pstart + len(prev) - len(prev.lstrip("(\"“'‘["))  # "(Phase 2)"
    possessive = False
    det = False
    if prev:
        low = prev.lower()
        if low in rx.reference or low.rstrip(".") in rx.reference:
            return "ref"
        if low in _PHRASING_DETS or low in ("a", "an", "this", "its"):
            det = True
        elif is_year and prev.rstrip(",") in _LAW_WORDS and prev.endswith(","):
            return True  # a law's year, after a comma: "the Emigration Act, 1983"
        elif is_year and prev in ("for", "to") and _VISION_FOR.search(stext, max(0, pstart - 20), pstart) \
                and _VISION_FOR.search(stext, max(0, pstart - 20), pstart).group(1) in _NAMED_FOR_A_YEAR:
            return True  # the year a vision is named for: "the Joint Vision for 2030", "the Economic Strategy to 2040"
        elif prev[0].isupper() and prev not in rx.not_name and prev[-1] not in ",;:.)":
            if prev.endswith(("'s", "'")):
                possessive = True
                det = True
            elif pstart == 0 and (low.endswith(("ing", "ed", "ly")) or low in rx.stops or low in rx.imperatives):
                pass  # ("Train 300 Mexican officers ...": an action plan's imperative)
            elif "," in stext[start:end] and _GAPPED_COUNTRY.search(stext, max(0, pstart - 6), pstart):
                pass  # ("Nigeria will provide 1,500 officers and Ghana 1,000": Ghana's count, no name's number)
            else:
                return True
    nxt = _next_token(stext, end)
    if nxt and nxt[0].isupper() and not is_year:
        # an address: "at 10 Downing Street", "1600 Pennsylvania Avenue" (not "1,000 Silk Road
        # scholarships": the street word ends the phrase)
        toks = list(islice(_TOKEN.finditer(stext, end), 5))
        for k, m in enumerate(toks[:4]):
            t = m.group()
            if not t[0].isupper():
                break
            if (t in rx.street_words or t.rstrip(".,;:") in rx.street_words) and _ends_name(toks, k + 1):
                return True
    if not is_year and nxt and nxt[0].isupper() and _MEMBERS_AFTER.match(stext, end):
        return False  # ("all 18 Forum Members", "the 27 EU Member States": a count of members)
    if nxt and nxt[0].isupper() and (det or stext[start - 1:start] in ("(", '"', "“")) \
            and nxt.rstrip(".,;:)'\"").lower() in rx.name_heads and (
                _ends_name(list(islice(_TOKEN.finditer(stext, end), 5)), 1) or nxt.rstrip(".,;:)'\"") in _INSTRUMENT_HEADS):
        # (an instrument's number stays its name's before what the name qualifies: "its 123
        # Agreement implementation arrangements", no count of arrangements)
        return True  # "the 123 Agreement", "(123 Agreement)", "the 2+2 Dialogue"; not "the 48 Forum members"
    if not nxt or not nxt[0].isupper() or not det:
        return False
    word = nxt.rstrip(".,;:)'\"")
    if word in rx.not_name or word in _adjectives() or not word:
        return False
    if is_year or possessive:
        return True
    # "the 100,000 Strong in the Americas initiative": a capitalized run closed by a name noun
    for m in islice(_TOKEN.finditer(stext, end), 12):
        t = m.group()
        if t[0].isupper():
            continue
        if t in _NAME_RUN:
            continue
        return t in rx.name_nouns
    return False



_VISION_FOR = _rc(r"\b([A-Z][a-z]+)\s+$")
# (a vision or an agenda is named for its year; "the Fund for 2025" is the year's contribution)
_NAMED_FOR_A_YEAR = frozenset(("Vision", "Agenda", "Strategy", "Roadmap", "Blueprint", "Masterplan"))


def _drop_final_stop(tx: list[str], lows: list[str]) -> None:
    """Take the sentence's final stop off the last word (in both word lists), and the word
    itself if nothing else was left; an abbreviation with inner stops ("U.S.") keeps it."""
    if tx and tx[-1][-1:] == "." and "." not in tx[-1][:-1]:
        tx[-1] = tx[-1][:-1]
        lows[-1] = lows[-1][:-1]
        if not tx[-1]:
            tx.pop()
            lows.pop()


def _phrase_after(stext: str, i: int, rx, openers=(), require_opener=False, allow_by=True, det_ok=False,
                  names=False) -> str | None:
    """The noun phrase after a figure: "in bilateral trade" -> "bilateral trade"."""
    # Words up to the next clause punctuation, split on spaces (far cheaper than a tokenizing
    # regex); a parenthesis right after the figure takes the tokenizing path.
    region = _REGION.match(stext, i)
    rend = region.end()
    if rend < len(stext) and stext[rend] == "(" and not stext[i:rend].strip():
        return _phrase_after_tokens(stext, i, rx, openers, require_opener, allow_by, det_ok, names)
    chunk = region.group()
    # A phrase is read from the first few words only, so a long clause is split no further
    # than that (``_PHRASE_READ``); in the rare case the reading needs more, it is split whole.
    tx = chunk.split(None, _PHRASE_READ)
    cut = len(tx) > _PHRASE_READ
    lows = chunk.lower().split(None, _PHRASE_READ)  # lower-casing keeps the spaces, so words align
    if cut:
        del tx[_PHRASE_READ:], lows[_PHRASE_READ:]
    else:
        _drop_final_stop(tx, lows)
    if chunk.startswith('"'):
        return None  # (a mark right after the figure closes a quotation or means inches: '7"')
    quoted = '"' in chunk
    bounds = _phrase_bounds(*_unquoted(tx, lows, quoted), cut, rx, openers, require_opener, allow_by, det_ok, names)
    if bounds is _READ_MORE:
        tx = chunk.split()
        lows = chunk.lower().split()
        _drop_final_stop(tx, lows)
        bounds = _phrase_bounds(*_unquoted(tx, lows, quoted), False, rx, openers, require_opener, allow_by, det_ok, names)
    if bounds is None:
        return None
    first, last = bounds
    if lows[first] in rx.wordvals:
        return None  # a number in words is no thing measured ("eight point four per cent in two thousand and ...")
    if lows[first] in _VERBS_ALONE:
        return None  # a verb, no thing: "about 73% went to China", "40% goes to health"
    if first == last and lows[first].endswith("ed") and lows[last + 1:last + 2] and lows[last + 1] in _PREP_AFTER_PARTICIPLE:
        return None  # a participle, no thing: "an average of 3.7% recorded between 2000 and 2019"
    if first == last and lows[first].endswith("ly") and lows[first] not in patterns.LY_NOUNS:
        return None  # an adverb, no thing: "the USD 21.6 billion initially mobilised"
    # Offsets of the first and last word of the phrase, found in order as the split read them.
    pos = 0
    for j in range(last + 1):
        pos = chunk.find(tx[j], pos)
        if j == first:
            a = pos
        pos += len(tx[j])
    base = region.start()
    phrase_end = base + pos
    if rend < len(stext) and stext[rend] == "," and phrase_end == len(stext[:rend].rstrip()) and stext[base + a:phrase_end].islower():
        # a list of kinds that the comma cut short: "in military, financial and humanitarian
        # assistance to Ukraine", "for health, education and water projects"
        more = _KIND_LIST.match(stext, rend)
        if more and not any(w in _NOT_IN_LIST for w in more.group().replace(",", " ").split()):
            phrase_end = more.end()
    if phrase_end < len(stext) and (stext[phrase_end].isdigit() or stext[phrase_end] == " " and stext[phrase_end + 1:phrase_end + 2].isdigit()):
        # (the next figure's currency ends it: "30 grants of KSh 100,000 each" counts grants)
        cut = _OF_CURRENCY_END.search(stext, base + a, phrase_end)
        if cut is not None:
            phrase_end = cut.start()
        elif _CODE_ALONE.fullmatch(stext, base + a, phrase_end):
            return None  # ("EUR 98 billion of the EUR 150 billion announced": the next figure's currency, no thing)
    owner = _AND_AN_OWNER.search(stext, base + a, phrase_end) if "'" in stext[base + a:phrase_end] or "’" in stext[base + a:phrase_end] else None
    if owner is not None:
        phrase_end = owner.start()  # ("for the Pacific Digital Programme and Japan's commitment of ...": the programme)
    return stext[base + a:phrase_end]


# (the next owner's act in a list: "... and Japan's commitment", "... and the EU's pledge")
# (not "Defence Ministers' Meeting", "for Antigua and Barbuda's hurricane recovery", "Moldova and
# Georgia's reform efforts": an owner and its own amount's noun)
_AND_AN_OWNER = _rc(r"\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+(?:[a-z-]+\s+)?"
                    r"(?:commitment|pledge|contribution|announcement|offer|grant|loan|donation|allocation|package|investment)s?\b")
_OF_CURRENCY_END = _rc(r"\s+(?:of|worth|at|totall?ing)\s+\S+\s?$")
_CODE_ALONE = _rc(r"[A-Z]{2,4}\$?\s?")


# the rest of a list of kinds after its first comma: ", financial and humanitarian assistance"
_KIND_LIST = _rc(r"(?:,\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?){1,5}?,?\s+(?:and|or)\s+[a-z][a-z-]*"
                        r"(?:\s+(?!(?:to|for|in|of|from|with|by|on|at|over|under|through|per|a|an|the|and|or)\b)[a-z][a-z-]*){0,2}")
_NOT_IN_LIST = frozenset("which who that whose the a an this these those their its our while with including such as will would "
                         "is are was were has have be been".split())


# (a phrase may hold words in quotation marks: '1,000 "small and beautiful" livelihood projects',
# '50 billion yuan of "panda bonds"'; the words are read without them)
_REGION = _rc(r"(?:[^,;:()!?.]+|\.(?=\S)|(?<=\.[A-Za-z])\.)*")


def _unquoted(tx: list[str], lows: list[str], quoted: bool) -> tuple[list[str], list[str]]:
    """The words without the straight quotation marks around them (the offsets of the phrase
    are still found on the words as written)."""
    if not quoted:
        return tx, lows
    return [w.strip('"') or w for w in tx], [w.strip('"') or w for w in lows]
_VERBS_ALONE = frozenset("went goes go came comes come is are was were be been will would shall should can could may might "
                         "must remains remained stays stayed rose rises fell falls grew grows stood stands".split())
_PREP_AFTER_PARTICIPLE = frozenset("between in by at from since during over on for until under through via to".split())
_PHRASE_READ = 24
# (the small words a heading in title case capitalizes, which end a phrase there too: "USD 40 Million
# Food Assistance Through The World Food Programme")
_TITLE_CASE_SMALL = frozenset("through as of for to in on at by with and or the a an from into under over via per part is are be "
                              "will".split())
_SPAN_WORDS = frozenset("first second third next last coming past period duration".split())
_READ_MORE = object()


def _phrase_after_tokens(stext: str, i: int, rx, openers, require_opener, allow_by, det_ok, names) -> str | None:
    it = _TOKEN.finditer(stext, i)
    toks = list(islice(it, 32))
    tx = [m.group() for m in toks]
    bounds = _phrase_bounds(tx, [w.lower() for w in tx], False, rx, openers, require_opener, allow_by, det_ok, names)
    if bounds is None:
        return None
    return stext[toks[bounds[0]].start():toks[bounds[1]].end()]


def _phrase_bounds(tx: list[str], lows: list[str], cut: bool, rx, openers, require_opener, allow_by, det_ok,
                   names):
    """Indices of the first and last word of the phrase in ``tx``, None when there is none, or
    ``_READ_MORE`` when ``tx`` was ``cut`` short and the reading would go past its end."""
    n = len(tx)
    tx = tx + ["", ""]
    lows = lows + ["", ""]
    k = 0
    if n and tx[0] == "(":
        close = next((j for j in range(1, min(n, 14)) if tx[j] == ")"), None)
        if close is None or not any(tx[j][0].isdigit() for j in range(1, close)):
            return None
        k = close + 1
    opener = None
    if k < n and lows[k] in openers:
        opener = lows[k]
        k += 1
    elif require_opener:
        return None
    # (a possessive too where a phrase may open on one: "to support its campus development")
    if k + 1 < n and lows[k] == "more" and lows[k + 1] not in ("than", "of", "and", "or", "to") and tx[k + 1][:1].isalpha():
        k += 1  # ("12 more nurses": more of them, the nurses counted)
    while k < n and (lows[k] in _DETERMINERS or (opener and (lows[k] in _QUANTIFIERS or lows[k] in _POSSESSIVES))
                     or (det_ok and lows[k] in _POSSESSIVES)):
        if opener is None and not det_ok:
            return None  # "$3 billion a year": no phrase follows directly
        k += 1
    if k + 1 < n and lows[k] in rx.empty_heads and tx[k + 1] == "of":
        k += 2
        while k < n and lows[k] in _DETERMINERS:
            k += 1
    if cut and k + 12 > n:
        return _READ_MORE  # the loop below reads at most ten words and two beyond
    stops = rx.stops
    first = k
    last = -1
    after_of = False
    while k < n and k - first < 10:
        t = tx[k]
        # (a measure opens the phrase, or stands inside it before its noun: "five additional
        # 97-meter multi-role response vessels")
        if not t[0].isalpha() and not ((k == first or tx[k + 1][:1].isalpha()) and _MEASURE_WORD.match(t)) \
                and not (k > first and _MODEL_NUMBER.fullmatch(t) and tx[k - 1][:1].isupper()
                         and (tx[k + 1][:1].isupper() or lows[k + 1] in rx.name_nouns)):
            break  # (but a number inside a name: "50 Boeing 737 MAX aircraft", "the Mission 300 initiative")
        lo = lows[k]
        nxt = tx[k + 1]
        nlo = lows[k + 1]
        if last < 0 and (lo in rx.reporting or lo in rx.past_changes) \
                and not (lo in _AGREED_ADJ and nxt[:1].isalpha() and nlo not in stops and nlo not in rx.verbs):
            break  # "exports of 5 million tonnes rose": a verb, not what is measured (but "19 agreed actions")
        if last < 0 and nlo == "by" and (lo in rx.participles or lo.endswith("ed")):
            break  # "MXN 850 million contributed by Mexico": who gave it, not what it is
        if lo in stops and not (t.isupper() and len(t) > 1) \
                and not (k > first and t[0].isupper() and tx[k - 1][:1].isupper() and lo not in _TITLE_CASE_SMALL):
            # (an acronym that spells a stop word: "IT professionals"; a capitalized one inside a
            # name: "the H2Brasil Plus programme")
            if last < 0:
                break
            prev = tx[last]
            keep = False
            if after_of and lo in _DETERMINERS:
                keep = True
            elif lo == "of" and nxt[:1].isalpha() and (nlo not in stops or nlo in _DETERMINERS) \
                    and not (nxt.isupper() and len(nxt) == 3 and tx[k + 2][:1].isdigit()):  # (not "of USD 400 million")
                keep = True
            elif lo in ("and", "or") and nxt[:1].isalpha() and nxt[0].islower() and nlo not in stops \
                    and not (nlo in rx.qual_first and (_AMOUNT_START.match(tx[k + 2]) or _numberish(lows[k + 2], rx)
                                                       or lows[k + 2] in rx.wordvals or _fraction_or_multiple(lows[k + 2], rx))) \
                    and nlo not in rx.verbs and not _verbish(nlo, rx) and nlo not in rx.change_verbs \
                    and not _numberish(nlo, rx) and not _AMOUNT_START.match(tx[k + 2]) and lows[k + 2] not in rx.wordvals \
                    and not (nlo.endswith("ed") and (lows[k + 2] in rx.qual_first or _numberish(lows[k + 2], rx))):
                keep = True  # (not a verb before its own figure: "1,000 projects and issue 50 billion yuan", "killed
                # 52,000 Palestinians and displaced approximately 1.9 million")
            elif lo == "by" and allow_by and nxt[:1].isalpha() and (
                prev.lower() in rx.participles or (prev.lower().endswith("ed") and nlo not in stops)
            ):
                keep = True  # "businesses led by women"
            elif lo == "in" and prev.lower() in rx.change_nouns and nxt[:1].isalpha():
                keep = True  # "an increase in exports"
            elif lo == "for" and k - first == 1 and prev.lower() in _HEAD_NOUNS and nxt[:1].isalpha() and nlo not in rx.wordvals \
                    and not (nlo == "the" and lows[k + 2] in _SPAN_WORDS):  # (not "in support for three years", "for the first time")
                keep = True  # "USD 3 million in support for the national hepatitis program": what it supports
            elif lo == "and" and names and prev[0].isupper() and nxt[:1].isupper():
                keep = True  # "the third Belt and Road Forum"
            elif lo == "and" and prev[0].isupper() and nxt[:1].isupper() and tx[k + 2][:1].isalpha() \
                    and tx[k + 2][0].islower() and lows[k + 2] not in stops and lows[k + 2] not in rx.verbs \
                    and not _verbish(lows[k + 2], rx):
                keep = True  # "a dozen German and Kenyan companies": two adjectives of one noun
            elif lo in _NAME_INNER and prev[0].isupper() and (
                nxt[:1].isupper() or (nlo == "the" and tx[k + 2][:1].isupper())
            ):
                keep = True  # "the Joint Declaration on Security Cooperation"
            elif lo == "to" and prev[0].isupper() and nxt[:1].isupper() and (tx[k + 2][:1].isupper() or lows[k + 2] in rx.name_nouns):
                keep = True  # "the Desert to Power initiative", "the Road to Makkah Initiative" (not "Kenya to Uganda")
            if not keep:
                break
            after_of = lo in ("of", "for")  # (a "for" kept: "support for the ...")
            last = k
            k += 1
            continue
        after_of = False
        if last >= 0:
            prev = tx[last]
            if t[0].isupper() and prev[0].islower() and prev.endswith("s") and prev.lower() not in stops:
                break  # "60% of the vaccines Africa needs": a new clause
            if lo in rx.verbs and (lo in rx.past_verbs or _agrees(prev.lower(), lo)):
                break  # "students study", "trade supports": a verb after its subject
            if lo in rx.reporting:
                break
            if lo.endswith("ing") and len(lo) > 5 and "-" not in lo and not t[0].isupper():  # (not a name: "Chevening", "Beijing")
                if lo in rx.ing_nouns:
                    if nlo in _CLAUSE_PREPS and opener is None:
                        break  # "personnel training in": a clause (but after "in", "$100 million in
                        # new lending to small firms", the noun is what the money is)
                elif not (nxt[:1].isalpha() and nxt[0].islower() and nlo not in stops and nlo not in rx.verbs
                          and not _verbish(nlo, rx)):
                    break  # "enterprises exporting to": a clause; "trading partner" goes on
            if "-" not in lo and (lo.endswith("ed") or lo in rx.participles):
                if nlo == "by" and allow_by:
                    pass
                elif nxt[:1].isalpha() and nlo not in stops and nlo not in rx.verbs and not _verbish(nlo, rx):
                    pass  # an adjective: "protected areas"
                else:
                    break
        last = k
        k += 1
    while last >= first and lows[last] in stops:
        last -= 1
    if last < first:
        return None
    if opener in ("in", "on", "to", "at") and all(tx[j][0].isupper() or tx[j] in _NAME_INNER for j in range(first, last + 1)) \
            and not (opener == "in" and last > first and lows[last] in _PROGRAMME_HEADS):
        return None  # "$5 million in Haiti": a place, not what is measured (but "in Foreign Military Financing")
    if opener and lows[last] in _TIME_NOUNS:
        return None  # "$480 million in the year to June", "12 per cent on the previous year": when, not what
    if first == last and lows[first] in _OBJECT_PRONOUNS:
        return None  # "64 of them": what they stand for is said before
    return first, last


# Verbs of paying a share, before a fraction that is a figure (and the nouns of a change, below)
_SHARE_VERBS = tuple(f"{v}{e}" for v in ("contribut", "provid", "financ") for e in ("e", "es", "ed", "ing")) + tuple(
    f"{v}{e}" for v in ("pay", "fund", "cover", "bear") for e in ("", "s", "ing")) + ("paid", "funded", "covered", "bore")


def _fraction_or_multiple(word: str, rx) -> bool:
    """A word the lexicon reads as a fraction or a multiple: "half", "a third", "double", "twice"."""
    return word in rx.fractions or any(word.startswith(stem) for stem in _multiple_rx().factors)


_AMOUNT_START = _rc(r"[\d$€£¥₹]|[A-Z]{3}$|[A-Z]{1,3}\$")
# a measure written as an adjective: "97-meter", "10-tonne" ("five 97-meter vessels" counts vessels)
_MEASURE = r"\d[\d,.]*-[a-z]+"
_MEASURE_WORD = _rc(_MEASURE + "$")
# a model's number between its maker and its letters: the "737" of "Boeing 737 MAX"
_MODEL_NUMBER = _rc(r"[A-Z]?\d{2,4}[A-Za-z]{0,3}")
# participles that stand before a noun as its adjective: "the 19 agreed actions", "12 proposed projects"
_AGREED_ADJ = frozenset("agreed proposed planned announced committed pledged approved".split())
_TIME_NOUNS = frozenset("year years month months period periods quarter quarters week weeks decade decades half".split())
_OBJECT_PRONOUNS = frozenset("them it these those they this that which whom".split())


def _agrees(prev: str, verb: str) -> bool:
    """Whether ``verb`` reads as the verb of ``prev`` ("students study", "trade grows") rather
    than a noun after a modifier ("total support")."""
    plural = prev.endswith("s") and not prev.endswith(("ss", "'s")) or prev in ("people", "children", "women", "men")
    return plural != verb.endswith("s")


def _numberish(lo: str, rx) -> bool:
    first = lo.split("-")[0]
    return first in rx.wordvals or first in rx.ordinals or first in rx.fractions or first in ("a", "an")


def _verbish(lo: str, rx) -> bool:
    return lo in rx.reporting or lo in _AUX


def _phrase_before(stext: str, j: int, rx, skip_verbs: bool = True) -> str | None:
    """The noun phrase read backwards from offset ``j``: the subject of "X reached N"."""
    # The phrase is read from the last 160 characters (their first token dropped, as it may
    # be cut). It seldom needs more than the last few words, so those are tokenized first:
    # tokens after a space are the same whatever the window, and the reading starts over on
    # the whole window only when it runs into the first of them.
    lo = j - _BACK_SHORT
    if lo > 0 and not stext[lo].isspace():  # (so the token dropped from the long window is before)
        space = _SPACE.search(stext, lo, j)
        if space is not None:
            phrase = _walk_back(stext, list(_TOKEN.finditer(stext, space.end(), j)), True, rx, skip_verbs)
            if phrase is not _READ_MORE:
                return phrase
    toks = list(_TOKEN.finditer(stext, max(0, j - 160), j))
    if j - 160 > 0 and toks:
        toks = toks[1:]
    return _walk_back(stext, toks, False, rx, skip_verbs)


_BACK_SHORT = 64
# (what opens a clause or an aside set off by commas after a subject: "Total bilateral trade, including
# petroleum products, stood at USD 100 billion")
_ASIDE_ONLY = frozenset("including excluding notably especially particularly mainly mostly".split())
_ASIDE_OPENERS = _ASIDE_ONLY | {"which", "who"}
_YEAR_TOKEN = _rc(r"(?:19|20)\d\d,?")
_POSSESSIVE_WORD = _rc(r"['’]s?$|^(?:its|their|our|his|her)$")
_SPACE = _rc(r"\s")


# (the words that make the next one a verb, "will each maintain", "we give"; not "that" or "is",
# which a noun phrase may follow: "that bilateral trade amounted to ...")
_MODALS_BEFORE = frozenset("will shall would can could may might should must each also we they".split())
_ACRONYM_TOKEN = _rc(r"[A-Z][A-Za-z0-9&+-]{1,11}")
_HEAD_NOUNS = frozenset("support aid help finance funding fund loan grant credit investment assistance".split())


def _walk_back(stext: str, toks: list, cut: bool, rx, skip_verbs: bool):
    """The phrase ending with the last of ``toks``, or ``_READ_MORE`` when ``toks`` was
    ``cut`` short (more tokens come before it) and the reading reached its first token."""
    k = len(toks) - 1
    while k >= 0:
        lo = toks[k].group().lower()
        if skip_verbs and (lo in _AUX or lo in _BACK_SKIP or lo in rx.change_verbs or (lo.endswith("ly") and len(lo) > 4)):
            k -= 1
            continue
        break
    if k >= 3 and toks[k].group() == ")" and toks[k - 2].group() == "(" and _ACRONYM_TOKEN.fullmatch(toks[k - 1].group()):
        k -= 3  # (past a name's acronym: "the Living Income Differential (LID) of US$400 per tonne")
    if k >= 1 and (toks[k].group() == "," or toks[k].group()[0].isdigit() and toks[k].group().endswith(",")):
        # (past a relative clause set off by commas, to the subject of the verbs skipped: "Bilateral
        # trade, which reached $24 billion in 2025, is targeted to reach $30 billion"; or past an
        # aside right before the verb: "Total bilateral trade, including petroleum products, stood at")
        last = k == len(toks) - 1
        r = k - 1
        while r >= 1 and not (toks[r].group().lower() in (_ASIDE_ONLY if last else _ASIDE_OPENERS) and toks[r - 1].group() == ","):
            if toks[r].group() in (".", ";", ":", ","):
                r = 0
                break
            r -= 1
        if r >= 2:
            k = r - 2
        elif cut and r < 1 and not last:
            return _READ_MORE
    words: list[int] = []
    figure_before = False
    while k >= 0 and len(words) < 10:
        t = toks[k].group()
        if not t[0].isalpha() and not (words and k > 0 and _MODEL_NUMBER.fullmatch(t) and toks[k - 1].group()[:1].isupper()
                                       and toks[words[0]].group()[:1].isupper()):
            figure_before = t[0].isdigit() and not _YEAR_TOKEN.fullmatch(t)
            break  # (but a model's number inside its name: "Boeing 737 MAX aircraft")
        lo = t.lower()
        if lo in rx.stops and lo not in _BACK_INNER and lo not in _DETERMINERS and lo not in ("our", "their", "its", "both"):
            break
        if lo in _AUX or lo in rx.reporting or (lo in rx.verbs and (words or lo not in _HEAD_NOUNS)) or lo in _SUBJECT_PRONOUNS:
            break  # (but a noun that is a verb's form too heads the phrase: "financial support of RMB 360 billion")
        if words and t[0].islower() and k > 0 and toks[k - 1].group().lower() in _MODALS_BEFORE:
            break  # (a verb after its modal: "will each maintain support of ...", "will give budget support of ...")
        if words and lo.endswith("ed") and t[0].islower() and _POSSESSIVE_WORD.search(toks[words[0]].group()):
            break  # "commended Australia's contribution of AUD 64 million": a verb before whose contribution
        if words and lo.endswith("ed") and t[0].islower() and k > 0 and toks[k - 1].group().lower() in _PERFECT_BEFORE:
            break  # "which has now received pledges totalling USD 212 million": the pledges, not "received pledges"
        if words and t[0].islower() and lo.endswith("ing") and len(lo) > 5 and lo not in rx.ing_nouns \
                and lo not in rx.ing_adjectives and k > 0 and toks[k - 1].group().lower() in ("for", "by", "in", "of"):
            break  # "the AHA Centre for delivering humanitarian assistance worth US$5.8 million": what was delivered
        if cut and k == 0 and (lo in _DETERMINERS or lo in ("and", "or")):
            return _READ_MORE  # the word before decides
        if lo in _DETERMINERS:
            # (not "with a": "the Taskforce with a seed fund of INR 500 crore" measures the fund)
            if k > 0 and toks[k - 1].group().lower() in _BACK_INNER and toks[k - 1].group().lower() != "with":
                words.insert(0, k)
                k -= 1
                continue
            break  # "set a target of N": the phrase begins after the article
        if lo in ("and", "or") and k > 0:
            before = toks[k - 1].group()
            if not before[0].isalpha() or before.lower() in rx.unit_words or before.lower() in rx.wordvals:
                break  # "... 12.4 per cent and GDP grew": a new clause
        words.insert(0, k)
        k -= 1
    if cut and k < 0 and len(words) < 10:
        return _READ_MORE  # the phrase may go on before the first token
    if figure_before:
        joins = [i for i, w in enumerate(words) if toks[w].group().lower() in ("and", "or")]
        if joins:
            # ("300 million people and a combined gross domestic product of USD 4.3 trillion": the
            # product; what came before "and" was another figure's)
            words = words[joins[-1] + 1:]
            if len(words) == 1 and toks[words[0]].group().islower():
                return None  # ("4 percent of GDP on defence and intends to reach 5 percent": a verb, no phrase)
        # (a preposition before a new thing, "on a site of", not one inside the other figure's own
        # phrase: "300 buses for public transport in Jakarta worth JPY 12 billion")
        places = [i for i, w in enumerate(words) if toks[w].group().lower() in _AFTER_A_FIGURE
                  and i + 1 < len(words) and toks[words[i + 1]].group().lower() in ("a", "an", "the")]
        if places:
            # ("cover 4,500 tonnes on a site of 120 hectares": the site; what came before "on" was the
            # other figure's unit or noun)
            words = words[places[-1] + 1:]
    while words and (toks[words[0]].group().lower() in _DETERMINERS or toks[words[0]].group().lower() in _BACK_INNER):
        words.pop(0)
    while words and toks[words[-1]].group().lower() in _BACK_INNER | _DETERMINERS:
        words.pop()
    if not words:
        return None
    if len(words) > 1 and (toks[words[0]].group().lower() in rx.empty_heads or toks[words[0]].group().lower() in rx.fractions) \
            and toks[words[1]].group() == "of":  # (nor a share of it: "a third of the fund's target of USD 400 million")
        words = words[2:]
        while words and toks[words[0]].group().lower() in _DETERMINERS:
            words.pop(0)  # ("the signing of a financing agreement": "financing agreement")
    # "agreed to explore green hydrogen exports of N", "plan to build solar capacity of N":
    # the verb after such a "to" and what comes before it are no part of the phrase
    for i in range(len(words) - 1, -1, -1):
        k_to = words[i] - 1
        if k_to >= 1 and toks[k_to].group().lower() == "to" and _CONTROL.match(toks[k_to - 1].group().lower()):
            if len(words) - i > 1:
                words = words[i + 1:]
            break
    # ... and so is the verb after a modal ("Japan shall extend assistance of ¥1.6 billion")
    if len(words) > 1 and words[0] >= 1 and toks[words[0] - 1].group().lower() in _MODALS:
        words = words[1:]
    if not words:
        return None
    return stext[toks[words[0]].start():toks[words[-1]].end()]


_MODALS = frozenset("will shall would should can could may might must".split())
_PERFECT_BEFORE = _AUX | frozenset(("now", "already", "also"))  # (an auxiliary or its adverb before a participle)
# Verbs that take "to" and an action ("agreed to explore", "plan to build"): the word after
# their "to" is a verb.
_CONTROL = _rc(
    r"(?:agree|decide|aim|plan|intend|seek|commit|pledge|resolve|continue|undertake|strive|endeavou?r|want|need|hope"
    r"|work|help|expect|propose|promise|vow|wish|determine|prepare)(?:s|d|ed|ing|ted)?$|committed|sought|determined"
)


def _last_change_verb(stext: str, lo: int, hi: int, rx) -> tuple[int, int] | None:
    """Span of the last verb of change ("increase", "reduce", "grew") between two offsets."""
    window = stext[lo:hi]
    right = len(window)
    for w in reversed(window.split()):
        p = window.rfind(w, 0, right)
        right = p
        if w.lower().rstrip(",;:") in rx.change_verbs:
            end = lo + p + len(w.rstrip(",;:"))
            particle = _PARTICLE_NEXT.match(stext, end, hi)  # ("scale up its support by 15 per cent")
            return lo + p, particle.end() if particle else end
    return None


_PARTICLE_NEXT = _rc(r"\s+(?:up|down|back)\b(?!\s+[a-z]+ly\b)")  # (not "pick up modestly to 3.3 percent")


_BY_AMOUNT_FIRST = _rc(r"^\s*by\s+[\d.,]+\s*(?:%|per\s*cent|percent)(?:\s+(?:in|by)\s+(?:19|20)\d\d)?\s*$")
_WHICH_BEFORE = _rc(r",\s+(?:which|that)\s+(?:has\s+|have\s+|had\s+)?$")
_POSSESSIVE_FIRST = _rc(r"^\s*(?:its|their|our|his|her)\s+", re.I)
_CLAUSE_BETWEEN = _rc(r",|\b(?:where|which|that|when|while|whose|who|if|as|and|but|to)\b")


def _about_before(stext: str, q_start: int, qualifier_text: str | None, rx) -> str | None:
    """Fallbacks when no phrase follows: "increase X by N", "X of N", "X reached N"."""
    pre = stext[:q_start].rstrip()
    low = pre.lower()
    if low.endswith((" by", " to", " from")) or low in ("by", "to", "from"):
        cut = len(pre) - (4 if low.endswith("from") else 2)  # ("from $2 billion to $3 billion")
        v = _last_change_verb(stext, max(0, cut - 200), cut, rx)
        if v is None:
            # a noun of change: "the growth in bilateral trade to $85 billion"
            lo = max(0, cut - 120)
            last = None
            for last in rx.change_noun_of.finditer(stext, lo, cut):
                pass
            if last is not None:
                obj = _phrase_after(stext[last.end():cut], 0, rx, allow_by=False, det_ok=True)
                if obj:
                    return obj
        if v is not None:
            v_start, v_end = v
            between = stext[v_end:cut]
            if stext[v_start:v_end].lower() in rx.change_nouns:
                of = rx.change_noun_of.match(stext, v_start)
                if of is not None and of.end() <= cut:
                    between = stext[of.end():cut]  # "an increase of exports by 12 percent"
            # ("increase its imports of copper by 15%": the imports, as "keep its deficit below 3%")
            obj = _phrase_after(_POSSESSIVE_FIRST.sub("", between), 0, rx, allow_by=False, det_ok=True) if between.strip() else None
            if obj:
                return obj
            # (past the change's own amount and year: "rose by 7.2% in 2024 to USD 220 billion")
            rest = _BY_AMOUNT_FIRST.sub("", between).split()
            if all(w.lower() in rx.stops or w.lower().endswith("ly") for w in rest):
                # "exports grew by N", "growth is projected to pick up modestly to N"
                got = _phrase_before(stext, v_start, rx)
                which = _WHICH_BEFORE.search(stext, max(0, v_start - 30), v_start) if got is None else None
                if which is not None:  # "intra-African trade, which rose by 7.2%": what "which" stands for
                    got = _phrase_before(stext, which.start(), rx)
                    if got is not None:  # (the last thing named: "reports on deforestation rates, which fell")
                        got = re.split(r"\s+(?:on|about|for)\s+", got)[-1]
                return got
            return None
    if low.endswith(" with"):
        funds = None
        for funds in rx.funds_with_re.finditer(stext, max(0, q_start - 100), q_start):
            pass  # (the last: "Uganda will finance the Tororo-Gulu railway line with")
        if funds is not None:
            obj = _phrase_after(_POSSESSIVE_FIRST.sub("", stext[funds.end():len(pre) - 4]), 0, rx, allow_by=False, det_ok=True)
            if obj:
                return obj
    if low.endswith(" of"):
        link = rx.link_rev.match(stext[max(0, q_start - 40):q_start][::-1])
        if link:  # "investment hit a new high of N": the subject, not "new high"
            return _phrase_before(stext, q_start - link.end(1), rx)
        return _phrase_before(stext, len(pre) - 2, rx, skip_verbs=False)
    last = low.rsplit(None, 1)[-1] if low else ""
    if last in rx.change_verbs and last.endswith(("ed", "rose", "fell", "grew")):
        return _phrase_before(stext, len(pre) - len(last), rx)  # "exports rose 12 percent"
    if qualifier_text and qualifier_text.lower() in _EXCEEDS:
        return _phrase_before(stext, q_start, rx)
    held = None
    if qualifier_text:
        for held in rx.held_re.finditer(stext, max(0, q_start - 60), q_start):
            pass  # (the last: "Kenya held talks with Japan and kept its deficit below 3%")
        if held is not None and _CLAUSE_BETWEEN.search(stext, held.end(), q_start):
            held = None  # ("limit cooperation to areas where tariffs are below 5%": another clause's)
    if held:  # "keep inflation below 5%", "limit warming to well below 2°C": what is held there
        obj = _phrase_after(_POSSESSIVE_FIRST.sub("", stext[held.end():q_start]), 0, rx, allow_by=False, det_ok=True)
        if obj:
            return obj
    rev = stext[max(0, q_start - 40):q_start][::-1]
    m = rx.link_rev.match(rev)
    if m:
        at = q_start - m.end(1)
        # (past a comma or an acronym in brackets: "26 Rafale Marine aircraft, worth ...",
        # "radar systems under Official Security Assistance (OSA) worth ...")
        aside = _ASIDE_BEFORE.search(stext, max(0, at - 16), at)
        at = aside.start() if aside else at
        years = _FOR_YEARS_BEFORE.search(stext, max(0, at - 40), at)
        at = years.start() if years else at  # (past the years it covers: "EDCF loans for 2025-2027 worth KRW 1.2 trillion")
        # (and past a participle set off by commas: "Japan's commitment to Africa, announced at
        # TICAD 9 in Yokohama, amounts to $16 billion" is the commitment's, not Yokohama's)
        part = _PARTICIPLE_ASIDE.search(stext, max(0, at - 100), at)
        if part is None and aside is not None and "," in aside.group():
            part = _INCLUDING_ASIDE.search(stext, max(0, at - 100), at)  # (closed by its comma only)
        return _phrase_before(stext, part.start() if part else at, rx)
    return None


# between a figure and the one it grew from: "..., up from", "..., compared with", "(down from"
_ANNUAL_BEFORE = _rc(r"(?<![\w-])(?i:annual|yearly)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|worth|totall?ing|amounting\s+to)\s+"
                            r"(?:(?:about|around|approximately|some|up\s+to|more\s+than|over|nearly|almost)\s+)?$")
_OVER_YEARS = _rc(r"\s+(?:over|across|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?[\w-]+\s+years?\b|\s+in\s+total\b")
_UP_FROM = _rc(r"[^.;]{0,80}?(?:,\s*|\s*\(\s*|\s+[-–—]\s+)(?P<up>(?:up|down)\s+from)\s+(?:about\s+|around\s+|some\s+)?"
                      r"|[^.;]{0,80}?,\s*(?:compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|some\s+)?")
_FOR_YEARS_BEFORE = _rc(r"\s+(?:for|in|over)\s+(?:the\s+)?(?:(?:period|years?|fiscal\s+years?|FY)\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s*,?\s*$")
_MANNER_END = _rc(r"\b(?:manner|way|fashion)$")
_ASIDE_BEFORE = _rc(r"(?:\s*\([A-Z][A-Za-z&-]{1,10}\))?\s*,?\s*$")
_PARTICIPLE_ASIDE = _rc(r",\s+(?:[a-z]+ed|made|set|held|given|taken|built|begun|won)\b[^,;()]{0,80}$")
# (what a subject takes in or leaves out, set off by commas before its verb: "Total bilateral trade,
# including petroleum products, stood at")
_INCLUDING_ASIDE = _rc(r",\s+(?:" + "|".join(sorted(_ASIDE_ONLY)) + r")\s[^,;()]{0,80}$")


# --------------------------------------------------------------------------------------------
# Reading one statement
# --------------------------------------------------------------------------------------------


class _Ctx:
    """What the extractor needs to know about the statement as a whole."""

    __slots__ = ("dollar", "base_dollar", "party_dollar", "issuer_dollar", "parties_re", "shared", "signs", "sentence", "date",
                 "_text", "_dots")

    def __init__(self, st, rx):
        self.date = st.date
        self._text, self._dots = st.text, None
        written = _statement_dollar(st, rx)
        # (a text that writes "US$" for the US dollar writes a party's own as "$": "Canada will
        # provide $50 million" beside "trade of US$5 billion"; not where metadata says which)
        meta = isinstance((st.metadata or {}).get("currency"), str)
        self.party_dollar = _party_dollar(st, rx) if written is None or (written == "USD" and not meta) else None
        self.dollar = self.base_dollar = written or "USD"
        parties = [p for p in st.parties or [] if isinstance(p, str)]
        # (the dollar of the party whose government issued the text, in the sentences and
        # clauses that name no party: "Two-way trade passed $30 billion" on Australia's site)
        self.issuer_dollar = _issuer_dollar(st, rx) if self.party_dollar is not None else None
        self.parties_re = _country_forms_re(*parties) if self.issuer_dollar and parties else None
        # each shared currency word: its default, the parties that use it with their codes, and
        # every country that does
        self.shared = {w: (default, [(p, codes[p]) for p in parties if p in codes], codes) for w, (default, codes) in rx.shared.items()}
        # a sign several currencies write ("¥"): the one party's that writes it, else the default
        self.signs = {}
        for sign, spec in rx.shared_signs.items():
            used = {code for p, code in spec["countries"].items() if p in parties}
            self.signs[sign] = used.pop() if len(used) == 1 else spec["default"]
        self.sentence = ""

    @property
    def dot_thousands(self) -> bool:
        """Whether the text groups its thousands with dots, as a text that writes its decimals
        with a comma does ("10.000 skilled workers" beside "EUR 1,5 Mrd." and "2,3 %"); read
        the first time a number asks."""
        if self._dots is None:
            self._dots = bool(_EUROPEAN_NUMBERS.search(self._text))
        return self._dots

    def unit(self, name: str | None) -> str | None:
        """The currency a word or sign stands for here: "$" the dollar of the statement (or
        the party's, see :meth:`by_clause`), "~pesos" and the like the party's (see the
        codebook's ``shared_currency_words``)."""
        if name == "$":
            return self.dollar
        if name and name[0] == "~":
            default, users, everyone = self.shared[name[1:]]
            if len(users) > 1:  # (two parties of that word: the one the sentence names)
                named = {code for c, code in users if _country_forms_re(c).search(self.sentence)}
                return named.pop() if len(named) == 1 else users[0][1]
            if users:  # (a party's own, even to another country: "5 million pounds ... to Sudan")
                return users[0][1]
            # no party uses it: the one country of that currency the sentence names ("The UAE
            # gave 3 billion dirhams" in a statement of France and Kenya)
            named = {code for c, code in everyone.items() if _country_forms_re(c).search(self.sentence)}
            return named.pop() if len(named) == 1 else default
        return name

    def for_sentence(self, stext: str) -> None:
        """A party's own dollar may hold in a sentence that names the party (see
        :meth:`by_clause`); elsewhere "$" is the US dollar."""
        self.sentence = stext
        if self.party_dollar is not None:
            self.dollar = self.base_dollar
            if "$" in stext or "dollar" in stext:
                for code, party_re in self.party_dollar[0]:
                    if party_re.search(stext):
                        self.dollar = code
                        break
                else:
                    if self.issuer_dollar and not self.parties_re.search(stext):
                        self.dollar = self.issuer_dollar

    def by_clause(self, stext: str, found: list[dict]) -> None:
        """A bare "$" amount is a party's dollar only where its own clause names that party
        (one of them, with two dollars: New Zealand's and Kiribati's) and not the United States
        ("Canada will provide $2 billion"), not another's amount in the same sentence (", and
        the IMF will provide $15.6 billion", ", matching the American contribution of $2 billion")."""
        dollars, us_re = self.party_dollar
        for r in found:
            if r["unit"] != self.dollar or not (_BARE_DOLLAR.match(stext, r["start"]) or _BARE_DOLLARS.search(stext, r["start"], r["end"])):
                continue
            if _PRICE_AFTER.match(stext, r["end"]):
                r["unit"] = self.base_dollar  # "oil at $80 a barrel": a price, in US dollars
                continue
            lo = max((m.end() for m in _CLAUSE_BREAK.finditer(stext, 0, r["start"])), default=0)
            after = _CLAUSE_BREAK.search(stext, r["end"])
            hi = after.start() if after else len(stext)
            named = [code for code, party_re in dollars if party_re.search(stext, lo, hi)]
            if len(named) == 1 and not us_re.search(stext, lo, hi):
                r["unit"] = named[0]
            elif self.issuer_dollar and not named and not us_re.search(stext, lo, hi) and not self.parties_re.search(stext, lo, hi):
                r["unit"] = self.issuer_dollar  # (a clause that names no party, on the issuer's site)
            else:
                r["unit"] = self.base_dollar


def _statement_dollar(st, rx) -> str | None:
    meta = (st.metadata or {}).get("currency")
    if isinstance(meta, str) and meta.strip():
        code = rx.cur.get(_key(meta.strip()), meta.strip().upper())
        if code != "$" and len(code) == 3 and code.isalpha() and code.isupper():
            return code
    text = st.text
    if "$" not in text or "US$" in text or "USD" in text or "U.S. $" in text or "U.S.$" in text:
        return "USD"
    found = _signed_dollars(text, rx)
    if len(found) == 1:
        # (where the United States is a party, a text that writes "A$" for Australia's dollar
        # leaves the bare "$" to the US dollar: "The United States will provide $40 million")
        return "USD" if "United States" in (st.parties or ()) else found.pop()
    if not found:
        return None  # (the parties may say: see ``_party_dollar``)
    return "USD"


def _issuer_dollar(st, rx) -> str | None:
    """The dollar of the one party with a dollar of its own, where its government issued the text
    ("Global Affairs Canada", "Office of the Prime Minister of Australia") and the United States
    is no party: its own publications write its dollar as "$" (and the US dollar as "US$")."""
    parties = st.parties or []
    if not st.issuer or "United States" in parties:
        return None
    with_dollars = [p for p in parties if p in rx.dollars]
    if len(with_dollars) != 1:
        return None  # (Australia's and New Zealand's: each its own, by the sentences that name it)
    return rx.dollars[with_dollars[0]] if _country_forms_re(with_dollars[0]).search(st.issuer) else None


# "ten million dollars": the word with no country before it, as "$" is
_BARE_DOLLARS = _rc(r"(?<!US )(?<!U\.S\. )(?<!States )(?<!American )\bdollars?$")
_BARE_DOLLAR = _rc(r"(?:[^\w$]{0,3}|(?:about|around|over|some|nearly|almost|approximately|up to|more than|less than)\s+)\$")
_PRICE_AFTER = _rc(r"\s+(?:a|per|an)\s+(?:barrel|tonne|ton|ounce|kilogram|kg|litre|liter|gallon|share|unit|MWh|kWh)\b")
_CLAUSE_BREAK = _rc(r";|,\s+(?:and|but|while|whereas|matching|compared|alongside|against)\b")


def _party_dollar(st, rx) -> tuple[list[tuple[str, re.Pattern]], re.Pattern] | None:
    """The dollars of the parties that have one of their own, when the United States is no
    party: each code with a pattern for the names of the parties that use it (Tuvalu and Nauru
    both use Australia's), and a pattern for the United States' (see ``_Ctx.by_clause``)."""
    parties = st.parties or []
    own = {p: rx.dollars[p] for p in parties if p in rx.dollars}
    # (nor a party's dollar the text writes with its own sign or code: beside "A$250 million", a
    # bare "$20 million" is not Australia's)
    signed = _signed_dollars(st.text, rx) if own else set()
    own = {p: code for p, code in own.items() if not _writes_own_dollar(st.text, code, signed)}
    if not own or "United States" in parties:
        return None
    by_code: dict[str, list[str]] = {}
    for p, code in own.items():
        by_code.setdefault(code, []).append(p)
    # (its people name it too: "Prime Minister Carney announced $50 million" is Canada's)
    from . import entities as E

    people: dict[str, set[str]] = {}
    for person in E.analyse(st).persons:
        if person.get("country") in own and person.get("name"):
            people.setdefault(own[person["country"]], set()).update({person["name"], person["name"].split()[-1]})
    out = []
    for code, ps in by_code.items():
        names = people.get(code)
        out.append((code, _country_forms_re(*ps) if not names else re.compile(
            rf"{_country_forms_re(*ps).pattern}|(?<![\w.])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w])")))
    return out, _country_forms_re("United States")


def _signed_dollars(text: str, rx) -> set[str]:
    """The dollars other than the US dollar a text writes with a sign of their own ("A$",
    "NZ$", "$A 30 million"), by code."""
    found = set()
    i = text.find("$")
    while i >= 0:
        j = i
        while j > 0 and text[j - 1].isalpha() and i - j < 3:
            j -= 1
        prefix = text[j:i + 1]
        if len(prefix) == 1 and text[i + 1:i + 2].isupper() and not text[i + 2:i + 3].isalpha():
            prefix = text[i:i + 2]  # "$A 30 million"
        if len(prefix) > 1 and (j == 0 or not text[j - 1].isalpha()):
            code = rx.cur.get(_key(prefix))
            if code and code not in ("$", "USD"):
                found.add(code)
        i = text.find("$", i + 1)
    return found


def _writes_own_dollar(text: str, code: str, signed: set[str]) -> bool:
    """Whether a text writes a dollar by its own sign ("A$", see :func:`_signed_dollars`) or by
    its code before an amount ("AUD 250 million")."""
    return code in signed or re.search(rf"(?<![\w$]){code}\s?\d", text) is not None


@lru_cache(maxsize=None)
def _country_forms_re(*names: str) -> re.Pattern:
    """Countries' names, short names and adjectives, as whole words (not a currency's prefix:
    "US$5 million" names no country)."""
    from . import statement  # (the country list)

    forms: set[str] = set()
    for name in names:
        row = next((c for c in statement.countries() if c["name"] == name), {"name": name, "aliases": [], "adjectives": []})
        forms |= {row["name"], *row["aliases"], *row["adjectives"]} - {""}
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, sorted(forms, key=len, reverse=True)))})(?![\w$])")


def _currency(token: str, ctx: _Ctx, rx) -> str | None:
    sign = ctx.signs.get(token.strip())
    if sign is not None:
        return sign
    code = rx.cur.get(_key(token))
    if code is None:
        code = rx.units.get(_key(token), (None, None))[1]
    return ctx.unit(code)


# A space between groups of digits (matched at the space).
_DIGIT_GROUP_SPACE = _rc(r"[\u00a0\u202f\u2009\u2007](?<=\d.)(?=\d{3}(?!\d))")
# An ordinary space between groups of digits, only in a whole run such as "12 000" or
# "1 500 000": one to three digits, then groups of exactly three, with no digits just before
# or after (so "in 2023 500 people" stays two numbers, and "call 202 647 2492" none).
_SPACED_GATE = _rc(r" \d\d\d(?<=\d \d\d\d)")  # where the first such space may be
# (not a count then a model number: "50 737 MAX 8 aircraft", "20 787-9 aircraft")
_MODEL_AFTER = _rc(r"\s+(?:MAX|NG|neo|XWB|ER|LR|Dreamliner)\b")  # (an aircraft's model after its number)
_SPACED_DIGITS = _rc(rf"(?<![\w.,/+])(?<!\d )\d{{1,3}}(?: \d{{3}})+(?![\d.,]\d|\d| \d)(?!-\d|{_MODEL_AFTER.pattern}|\s*[A-Z]{{1,2}}\d)")


def _working_text(st) -> str:
    """st.text with digit-group spaces (NBSP, thin space, or an ordinary space inside a run
    of three-digit groups) read as thousands separators."""
    text = st.text
    orig = st.original
    # (str.find skips along the text far faster than a regex looking for a set of characters.)
    cuts = []
    for ch in "\u00a0\u202f\u2009\u2007":
        i = orig.find(ch)
        while i >= 0:
            if _DIGIT_GROUP_SPACE.match(orig, i):
                cuts.append(i)
            i = orig.find(ch, i + 1)
    gate = _SPACED_GATE.search(text)  # (a pattern led by a plain space scans much faster)
    for m in _SPACED_DIGITS.finditer(text, max(0, gate.start() - 3)) if gate else ():
        if "+" not in text[max(0, m.start() - 5):m.start()]:  # not a telephone number, "+1 202 456 1111"
            cuts.extend(i for i in range(m.start(), m.end()) if text[i] == " " and orig[i] == " ")
    if cuts:
        cuts = sorted(set(cuts))
        pieces = []
        prev = 0
        for i in cuts:
            pieces.append(text[prev:i])
            prev = i + 1
        pieces.append(text[prev:])
        text = ",".join(pieces)
    return _unbracket_digits(text)


_BRACKETED_DIGITS = _rc(r"\(\s*\d[\d,.]*\s*\)")
_WORD_BEFORE = _rc(r"([A-Za-z]+)\s*$")


def _unbracket_digits(text: str) -> str:
    """Blank the digits that repeat a number written in words ("five (5) years", "fifty (50)
    engineers"), as legal drafting does: the words are the figure, and the digits in brackets
    would otherwise read as a list marker and leave the words without their noun."""
    if "(" not in text:
        return text
    words = _rx().wordvals
    blanks = []
    for m in _BRACKETED_DIGITS.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if w and w.group(1).lower() in words:
            blanks.append(m.span())
    if not blanks:
        return text
    pieces = []
    prev = 0
    for a, b in blanks:
        pieces.append(text[prev:a])
        pieces.append(" " * (b - a))
        prev = b
    pieces.append(text[prev:])
    return "".join(pieces)


def _triggers(work: str, rx) -> list[tuple[int, tuple[int, ...]]]:
    """Sorted ``(offset, starts)``: where a figure may be, and earlier offsets it may start at.

    A trigger is where a match of ``[\\d<sign>][\\d,.]*`` begins, or a number word standing
    as a whole word. Both are looked for in the text made Latin-1 (one byte a character, "?"
    for each character outside Latin-1, offsets unchanged): the regex engine skips along
    such a text faster, and a set of Latin-1 characters is one table lookup a character. The
    few characters outside Latin-1 are then read as they are.
    """
    found: list[tuple[int, tuple[int, ...]]] = []
    append = found.append
    hay = work.encode("latin-1", "replace")
    find = hay.find
    wide = []  # offsets of the characters outside Latin-1
    i = find(b"?")
    while i >= 0:
        if work[i] != "?":
            wide.append(i)
        i = find(b"?", i + 1)
    if any(work[i].isdecimal() for i in wide):
        # digits outside ASCII (none is in Latin-1): the regex reads the text as it is
        places = [m.start() for m in rx.digit_trigger.finditer(work)]
    else:
        places = [m.start() for m in rx.latin_digit_trigger.finditer(hay.decode("latin-1"))]
        signs = [i for i in wide if work[i] in _SIGNS]
        if signs:
            places = _add_signs(work, places, signs)
    rfind = work.rfind
    for i in places:
        c = work[i - 1] if i else " "
        if c == "\n":
            # a code or sign ending the line above, the amount wrapped to this one: "USD⏎500 million"
            b = _CODE_AT_LINE_END.search(work, max(0, i - 16), i)
            append((i, (b.start(1),) if b else ()))
            continue
        if c == "(":
            append((i, ()))
            continue
        j = i
        if c != " ":
            while j > 0 and i - j < 14 and not work[j - 1].isspace():
                j -= 1
            while j < i and work[j] in "(\"'[":
                j += 1
        # A figure starts at its trigger, or a token earlier when that token is capitalized
        # or a symbol ("September 14", "EUR 5", "U.S. $20", "COVID-19").
        starts = (j,) if j < i else ()
        if j > 0 and work[j - 1] == " ":
            # (the token before starts after a space, or after a line break: "USD" opening a line)
            k = max(rfind(" ", max(0, j - 14), j - 1), rfind("\n", max(0, j - 14), j - 1))
            tok = work[k + 1:j - 1] if k >= 0 else work[max(0, j - 13):j - 1]
            tok = tok.lstrip("(\"'[")  # "(EUR 25 billion)"
            if tok[:1].isupper() or tok[-1:] in _SYMBOL_ENDS:
                starts = (j - 1 - len(tok),) + starts
            elif "-" in tok and tok.rsplit("-", 1)[1][:1].isupper():
                starts = (j - 1 - len(tok.rsplit("-", 1)[1]),) + starts  # "end-September 2025": the month
        append((i, starts))
    # Number words are ASCII and matched lower-case: bytes.lower() lower-cases ASCII letters,
    # all that matters here (str.lower() would also make the Kelvin sign a "k", unless the
    # text has an "İ", which it would make two characters).
    low = hay.lower()
    kelvins = [i for i in wide if work[i] == "\u212a"]
    if kelvins and not any(work[i] == "\u0130" for i in wide):
        low = bytearray(low)
        for i in kelvins:
            low[i] = ord("k")
        low = bytes(low)
    low = low.decode("latin-1")
    words = [m.span(1) for m in rx.word_trigger.finditer(low)]
    m = rx.word_trigger_at.match(low)
    if m:
        words.insert(0, m.span())
    if wide:
        # "?" stands for a character outside Latin-1, which may be a letter: not a boundary
        edges = set(wide)
        words = [(a, e) for a, e in words
                 if not ((a - 1 in edges and _is_word(work[a - 1])) or (e in edges and _is_word(work[e])))]
    for i, _ in words:
        # ... or at "a"/"an" before it ("a dozen"; "by a further quarter", "by another third").
        more = next((w for w in _MORE_BEFORE if low.endswith(w, 0, i) and (i == len(w) or not work[i - len(w) - 1].isalpha())), None)
        if more:
            append((i, (i - len(more),)))
            continue
        if low[i - 2:i] == "a " and (i == 2 or not work[i - 3].isalpha()):
            append((i, (i - 2,)))
        elif low[i - 3:i] == "an " and (i == 3 or not work[i - 4].isalpha()):
            append((i, (i - 3,)))
        else:
            append((i, ()))
    found.sort()
    return found


_DATED_NAME_BEFORE = _rc(r"[A-Z][\w'’-]+\s+(?:du|de|del|do|da)\s+$")
_GROUP_OF = _rc(r"(?<![\w-])(?:Group|Committee|Club|Coalition)\s+of\s+$")
_MORE_BEFORE = ("a further ", "an additional ", "another ")
CURRENCY_SIGNS = patterns.CURRENCY_SIGNS
_SIGNS = CURRENCY_SIGNS
# (or a month: "the Arbitral Award rendered on July⏎12, 2016")
_CODE_AT_LINE_END = _rc(r"(?<![^\s(])([A-Z]{2,4}\$?|[A-Z]{0,3}[$€£¥₹]|Rs\.?|(?:January|February|March|April|May|June|July|August"
                               r"|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.))[ \t]*\n\Z")


def _is_word(c: str) -> bool:
    """Whether the regex ``\\w`` matches ``c``."""
    return c.isalnum() or c == "_"


def _add_signs(work: str, places: list[int], signs: list[int]) -> list[int]:
    """Add the currency signs outside Latin-1 (the Latin-1 scan saw "?") to the trigger
    offsets: a sign begins a match that takes the digits, commas and stops after it, so a
    trigger found among those is part of the sign's."""
    n = len(work)
    drop = set()
    for s in signs:
        e = s + 1
        while e < n and work[e] in "0123456789,.":
            e += 1
        drop.update(range(s + 1, e))
    return sorted([i for i in places if i not in drop] + signs)
_SYMBOL_ENDS = frozenset(_SIGNS + "/.")



def _in_backticks(stext: str, a: int) -> bool:
    """Whether offset ``a`` is inside inline code of Markdown (`x^2 + y^2 < r^2`, a path): text
    quoted as it is typed, not a figure."""
    return stext.count("`", 0, a) % 2 == 1 and "`" in stext[a:]


def _in_code(stext: str, a: int, b: int) -> bool:
    """Whether ``stext[a:b]`` is part of a reference code: a word with two slashes or more and a
    part in capitals ("A/RES/78/1", "JKJC/21/2024-0912"), not a quantity ("1/3", "2023/24",
    "S/500", "US$2.15/person/day", "1.5°C/2°C")."""
    lo = a
    while lo > 0 and not stext[lo - 1].isspace() and a - lo < 40:
        lo -= 1
    hi = b
    while hi < len(stext) and not stext[hi].isspace() and hi - b < 40:
        hi += 1
    word = stext[lo:hi].strip("()[]{}.,;:")
    doc = _EU_DOC.search(stext, max(0, a - 16), min(len(stext), b + 8))
    if doc is not None and doc.start() <= a and b <= doc.end():
        return True  # "COM(2023) 123 final": a document's number, no year or count
    # (a part in capitals: "A/RES/78/1", "PSC/PR/COMM"; not units: "US$2.15/person/day", "FY2024/25/26")
    return word.count("/") >= 2 and any(_CODE_PART.fullmatch(part) for part in word.split("/"))


_EU_DOC = _rc(r"\b[A-Z]{2,6}\s?\((?:19|20)\d\d\)\s?\d{1,5}\b")


_CODE_PART = _rc(r"[A-Z]{1,10}\.?")
_NAME_GOES_ON = _rc(r"[ -]+[A-Z][a-z]")
_TITLED_AFTER = _rc(r"-[A-Z][a-z]+[ -]+[A-Z][a-z]")
# What follows a number that makes it no figure: a Hijri year or day ("1447 AH", "25 Rabi
# al-Awwal": the calendar a statement gives beside the Gregorian date), "2-way" (two-way)
_NOT_A_FIGURE = _rc(
    r"\s*(?:AH|A\.H\.|H\.)(?!\w)|\s+(?:Muharram|Safar|Rabi['’]?\s*(?:al|ul)?[-\s]?(?:Awwal|Thani|Akhir|Akhar)|"
    r"Jumada\s*(?:al|ul)?[-\s]?(?:Awwal|Ula|Oula|Thani|Akhira|Akhirah|Akhar)|Rajab|Sha['’]?ban|Ramadan|Shawwal|"
    r"Dhu\s*(?:al|l)?[-\s]?(?:Qa['’]?dah|Qi['’]?dah|Hijjah))\b|-way\b")


def _records(st) -> list[tuple]:
    out = _figure_records(st)
    more = _multiples(st)
    if more:
        # (a number inside a multiple is the multiple's: "three times larger" is no count of three)
        start, end = COLUMNS.index("start"), COLUMNS.index("end")
        spans = [(r[start], r[end]) for r in more]
        out = [r for r in out if not any(a <= r[start] < b for a, b in spans)]
        out = sorted(out + more, key=lambda r: r[start])  # (in text order)
    out = _the_same_amount(st.text, _it_of_the_last(st.text, _this_figure(out)))
    kind, start, end = (COLUMNS.index(c) for c in ("kind", "start", "end"))
    out = [(*r, _change(st.text, r[start], r[end], r[kind]) if r[kind] in _CHANGES else _multiple_change(r[COLUMNS.index("text")], r[COLUMNS.index("value")])
            if r[kind] == "multiple" else None) for r in out]
    out = _level_of_what_changes(st.text, _change_of_the_last(_about_of_the_list(st.text, _change_carried(st.text, _about_of_the_pair(st.text, out)))))
    out = _about_across_a_change(st.text, out)
    return _without_days_in_words(st.text, out)


_MONTH_NEXT = _rc(rf"\s+(?:{'|'.join(_MONTH_NAMES)}|{'|'.join(m[:3] for m in _MONTH_NAMES)}\.?)(?![a-z])")


def _without_days_in_words(text: str, out: list[tuple]) -> list[tuple]:
    """Days written in words before their month ("from twelve to fifteen April 2025") are a
    date's, no count of April."""
    kind, value, value_max, end = (COLUMNS.index(c) for c in ("kind", "value", "value_max", "end"))
    return [r for r in out if not (r[kind] == "count" and r[value] is not None and 1 <= r[value] <= 31
                                   and not (r[value_max] == r[value_max] and r[value_max] is not None and r[value_max] > 31)
                                   and _MONTH_NEXT.match(text, r[end]))]


_WHICH_BEFORE_LINK = _rc(r",\s+which(?:\s+(?:has|had|now))?\s*$")


# (a level after its change: "grew by 40 percent to reach USD 145 million")
_TO_LEVEL_GAP = _rc(r"\s+to\s+(?:reach\s+|stand\s+at\s+|hit\s+|total\s+)?")
# (a change after its level: "trade of $137 billion in 2024, up 11 percent from the previous year")
_UP_DOWN_GAP = _rc(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,\s*(?:up|down|an?\s+(?:increase|rise|decrease|drop|fall)\s+of)\s+(?:by\s+)?")
# (the first of a span counts what the second does: "from six to nine cities")
_FROM_BEFORE = _rc(r"\bfrom\s+$")
_TO_GAP = _rc(r"\s+to\s+")
_NOT_A_THING = frozenset(["times", "percent", "per cent"])
_SCALE_FIRST = _rc(r"(?:million|billion|thousand|trillion)\b.*\b(?:for|in|of|to)\s+(?:an?\s+|the\s+)?(?P<np>\S.*)$")


def _beside(out: list[tuple], k: int, step: int, sent: int, kind: int) -> tuple | None:
    """The nearest figure before (``step`` -1) or after (1) row ``k`` in its sentence that is no
    year or date (the rows come in text order: the walk ends at the sentence's edge)."""
    j = k + step
    while 0 <= j < len(out) and out[j][sent] == out[k][sent]:
        if out[j][kind] not in ("year", "date"):
            return out[j]
        j += step
    return None


def _about_across_a_change(text: str, out: list[tuple]) -> list[tuple]:
    """A figure whose own words say nothing of what it measures takes what the figure it pairs
    with in a change does: the level a change reaches, the change after a level, the start of a
    span from one to another; "times" and "percent" measure nothing of their own."""
    about, kind, start, end, sent = (COLUMNS.index(c) for c in ("about", "kind", "start", "end", "sentence"))
    for k, r in enumerate(out):
        own = r[about] if isinstance(r[about], str) and r[about].lower() not in _NOT_A_THING else None
        if own is None and isinstance(r[about], str):
            out[k] = r = (*r[:about], None, *r[about + 1:])
        tail = _SCALE_FIRST.match(own) if own else None
        if tail is not None:
            # ("up to $150 million in financing for a solar project of 200 megawatts": the project,
            # not the words of the amount before it)
            out[k] = r = (*r[:about], tail.group("np"), *r[about + 1:])
            continue
        if own is not None or r[kind] in ("year", "date"):
            continue
        prev = _beside(out, k, -1, sent, kind)
        nxt = _beside(out, k, 1, sent, kind)
        got = None
        if prev is not None and isinstance(prev[about], str) and prev[about].lower() not in _NOT_A_THING and (
                _TO_LEVEL_GAP.fullmatch(text, prev[end], r[start]) or _UP_DOWN_GAP.fullmatch(text, prev[end], r[start])):
            got = prev[about]
        elif nxt is not None and nxt[kind] == r[kind] and isinstance(nxt[about], str) and _TO_GAP.fullmatch(text, r[end], nxt[start]) \
                and _FROM_BEFORE.search(text, max(0, r[start] - 6), r[start]):
            got = nxt[about]
        if got is not None:
            out[k] = (*r[:about], got, *r[about + 1:])
    for k, r in enumerate(out):
        # ("expand their joint units from six to nine cities": the cities both count)
        nxt = out[k + 1] if k + 1 < len(out) else None
        if r[kind] == "count" and nxt is not None and nxt[kind] == "count" and nxt[sent] == r[sent] and isinstance(nxt[about], str) \
                and _TO_GAP.fullmatch(text, r[end], nxt[start]) and _FROM_BEFORE.search(text, max(0, r[start] - 6), r[start]) \
                and text.startswith(" " + nxt[about], nxt[end]):
            out[k] = (*r[:about], nxt[about], *r[about + 1:])
    return out


def _level_of_what_changes(text: str, out: list[tuple]) -> list[tuple]:
    """A level measures what changes, not its change: "the growth of non-oil trade, which
    reached SAR 131 billion" is the trade's (the "8.5% increase" after it stays the growth's;
    "the increase in trade of USD 2 billion" is the increase's)."""
    about, change, kind, start = (COLUMNS.index(c) for c in ("about", "change", "kind", "start"))
    rx = _rx()
    for k, r in enumerate(out):
        if r[change] is not None or r[kind] not in ("money", "count", "quantity") or not isinstance(r[about], str):
            continue
        # (its linking verb after ", which": the codebook's "reached", "amounted to", "stood at" ...)
        q = _qualifier(text, r[start], rx)[1]
        link = rx.link_rev.match(text[max(0, q - 40):q][::-1])
        if link is not None and _WHICH_BEFORE_LINK.search(text, max(0, q - link.end(1) - 20), q - link.end(1)) \
                and (m := rx.change_noun_of.match(r[about])) and m.end() < len(r[about]):
            row = list(r)
            row[about] = r[about][m.end():]
            out[k] = tuple(row)
    return out


_IT_AFTER = _rc(r"\s+(?:it|this|that)\b")
_MORE_OF_IT_AFTER = _rc(r"\s+(?:more|others|additional)\b(?!\s+(?:than|of)\b)(?!\s+[a-z]+s\b)")
_MORE_OF_IT_BEFORE = _rc(r"\b(?:an\s+additional|another|a\s+further|further)\s+$")
_OF_FIRST = _rc(r"(?:^|[.;:!?]\s+|\n\s*)Of\s+(?:the\s+)?(?P<np>[^,.;:\n]{3,80}?)(?:\s+in\s+(?:19|20)\d\d)?,\s*"
                       r"(?:(?:about|some|nearly|almost|around|over|more\s+than|less\s+than|roughly|approximately)\s+)?$")
_TARGET_OF_BEFORE = _rc(r"\b(?:target|goal|objective|ambition)s?\s+of\s+(?:(?:more\s+than|at\s+least|about|some|over)\s+)?$")
# a second figure set after "and of": "contributions of USD 2.5 billion to X and of more than EUR 1 billion to Y"
_AND_OF_BEFORE = _rc(r"\band\s+of\s+(?:(?:more|less|fewer)\s+than\s+|up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+"
                            r"|some\s+|at\s+least\s+|around\s+|approximately\s+)?$")


# between two figures of one list: ", ", " and ", or a name the verb is shared with: ", Japan USD 10
# million and the United States USD 15 million"
_PLACE_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|d['’][A-Z][\w'’-]*|of|the|de|del|du)){0,3}"
# (after a unit's rate and a place each may have: "FCFA 2,200 per kilogramme in Côte d'Ivoire and
# GH₵ 49,600 per tonne in Ghana")
_GAP_LEAD = r"(?:\s+per\s+[a-z]+)?(?:\s+(?:in|by)\s+(?:19|20)\d\d|\s+in\s+(?:the\s+)?" + _PLACE_WORDS + ")?"
_LIST_GAP = _rc(_GAP_LEAD + r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?")


_BARE_GAP = _rc(_GAP_LEAD + r"(?:,\s*(?:and\s+)?|\s+and\s+)")  # (no other subject between)


def _about_of_the_list(text: str, out: list[tuple]) -> list[tuple]:
    """Figures listed with what they measure said once, after the last ("India will contribute
    USD 5 million, Japan USD 10 million and the United States USD 15 million to the seed fund",
    "100 per cent, 95 per cent and 80 per cent of their requirements") all measure it."""
    kind, start, end, about, sent = (COLUMNS.index(c) for c in ("kind", "start", "end", "about", "sentence"))
    rows = [i for i, r in enumerate(out) if r[kind] not in ("year", "date")]  # (the years between them are the gap's)
    k = 0
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and out[rows[j + 1]][kind] == out[rows[k]][kind] and out[rows[j + 1]][sent] == out[rows[k]][sent] \
                and _LIST_GAP.fullmatch(text, out[rows[j]][end], out[rows[j + 1]][start]):
            j += 1
        group = rows[k:j + 1]
        last, first = out[group[-1]], out[group[0]]
        if j > k and isinstance(last[about], str) and all(not isinstance(out[i][about], str) for i in group[:-1]):
            for i in group[:-1]:
                out[i] = (*out[i][:about], last[about], *out[i][about + 1:])
        elif j > k and isinstance(first[about], str) and all(not isinstance(out[i][about], str) for i in group[1:]) \
                and all(_BARE_GAP.fullmatch(text, out[a][end], out[b][start]) for a, b in zip(group, group[1:])) \
                and all(_STEP_END.match(text, out[i][end]) for i in group[1:]):  # (not "and 40% of it was ...")
            # (or said with the first: "Global growth is projected at 3.1% in 2025 and 3.2% in 2026")
            for i in group[1:]:
                out[i] = (*out[i][:about], first[about], *out[i][about + 1:])
        k = j + 1
    return out


def _about_of_the_pair(text: str, out: list[tuple]) -> list[tuple]:
    """A figure after "and of" measures what the figure of its kind before it in the sentence
    measures ("contributions of USD 2.5 billion ... and of more than EUR 1 billion ..."), not the
    words before "of"."""
    kind, start, about, sent = (COLUMNS.index(c) for c in ("kind", "start", "about", "sentence"))
    for k, r in enumerate(out):
        if k and _AND_OF_BEFORE.search(text, max(0, r[start] - 40), r[start]):
            prev = next((q for q in reversed(out[:k]) if q[kind] == r[kind] and q[sent] == r[sent]), None)
            own = _rx().recipient_re.match(text, r[COLUMNS.index("end")]) if r[kind] == "money" else None
            if own is not None and prev is not None and prev[about] != own.group(1):
                out[k] = (*r[:about], " ".join(own.group(1).split()), *r[about + 1:])  # (its own recipient: "... to the Global Fund")
            elif prev is not None and isinstance(prev[about], str):
                out[k] = (*r[:about], prev[about], *r[about + 1:])
    unit = COLUMNS.index("unit")
    end_col = COLUMNS.index("end")
    for k, r in enumerate(out):
        # "bilateral trade amounted to 1.2 billion US dollars in 2024 and resolved to double it":
        # a multiple of what the level before it measures
        if k and r[kind] == "multiple" and not isinstance(r[about], str) and _IT_AFTER.match(text, r[end_col]):
            prev = next((q for q in reversed(out[:k]) if q[sent] == r[sent] and q[kind] in ("money", "quantity", "count", "percent")
                         and isinstance(q[about], str)), None)
            if prev is not None:
                out[k] = (*r[:about], prev[about], *r[about + 1:])
    for k, r in enumerate(out):
        # "has provided 12 response vessels and will provide five more by 2028", "trained 1,200
        # personnel in 2025, and Japan has trained an additional 600": more of what the count
        # before it counts
        if k and r[kind] == "count" and not isinstance(r[about], str) and (
                _MORE_OF_IT_AFTER.match(text, r[end_col]) or _MORE_OF_IT_BEFORE.search(text, max(0, r[start] - 20), r[start])):
            prev = next((q for q in reversed(out[:k]) if q[sent] == r[sent] and q[kind] == "count" and isinstance(q[about], str)), None)
            if prev is not None:
                out[k] = (*r[:about], prev[about], *r[about + 1:])
    for k, r in enumerate(out):
        # "Of Brazil's soybean exports, about 73% went to China", "Of the fund, a fifth will be
        # dedicated to health": a share of what the sentence opens on
        if r[kind] in ("percent", "fraction") and not isinstance(r[about], str):
            whole = _OF_FIRST.search(text, max(0, r[start] - 120), r[start])
            if whole is not None:
                out[k] = (*r[:about], " ".join(whole.group("np").split()), *r[about + 1:])
    for k, r in enumerate(out):
        # "bilateral trade reached USD 5.8 billion in 2025 ... and agreed to set a target of USD
        # 10 billion by 2030": a target for what the same kind of figure before it measures
        if k and not isinstance(r[about], str) and _TARGET_OF_BEFORE.search(text, max(0, r[start] - 30), r[start]):
            prev = next((q for q in reversed(out[:k]) if q[sent] == r[sent] and q[kind] == r[kind] and q[unit] == r[unit]), None)
            if prev is not None and isinstance(prev[about], str):
                out[k] = (*r[:about], prev[about], *r[about + 1:])
    end = COLUMNS.index("end")
    for k, r in enumerate(out):
        # "Bilateral trade grew by 15 percent in 2025, to nearly four billion dollars": the level
        # the change reached, of what changed
        if k and not isinstance(r[about], str) and _COMMA_TO.search(text, max(0, r[start] - 40), r[start]):
            prev = next((q for q in reversed(out[:k]) if q[sent] == r[sent] and q[kind] not in ("year", "date")), None)
            if prev is not None and isinstance(prev[about], str) and _CHANGED_BY.search(text, max(0, prev[start] - 40), prev[start]):
                out[k] = (*r[:about], prev[about], *r[about + 1:])
    for k in range(len(out) - 2, -1, -1):
        r, nxt = out[k], out[k + 1]
        if not isinstance(r[about], str) and r[kind] == nxt[kind] == "count" and isinstance(nxt[about], str) \
                and _OF_THE.fullmatch(text, r[end], nxt[start]):
            out[k] = (*r[:about], nxt[about], *r[about + 1:])  # "14 of the 19 agreed actions": of those actions too
    return out


_COMMA_TO = _rc(r",\s+(?:reaching\s+|to\s+)(?:(?:nearly|almost|about|around|over|more\s+than|some|approximately|just\s+over|just\s+under)\s+)?$")
_CHANGED_BY = _rc(r"\b(?:grew|rose|increased|fell|declined|dropped|expanded|jumped|climbed|surged)\s+(?:by\s+)?(?:(?:nearly|almost|about|around|over|more\s+than|some)\s+)?$")
_OF_THE = _rc(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?")


# between two figures of one change, each with its own deadline: "by 43% by 2030 and 60% by 2035"
_STEP_END = _rc(r"(?:\s+per\s+[a-z]+)?(?:\s+(?:by|in|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|\s+in\s+(?:the\s+)?" + _PLACE_WORDS + r")?\s*(?:[,.;:)]|$"
                       r"|\s+(?:relative|compared|from|against|over|below|above|and|to|for|towards?)\b)")
_AND_NEXT_STEP = _rc(r"(?:\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)?,?\s+and\s+(?:by\s+)?")


def _change_carried(text: str, out: list[tuple]) -> list[tuple]:
    """The second step of a change said once ("reduced by 43% by 2030 and 60% by 2035") is a
    change the same way, of the same thing, as the first."""
    kind, start, end, about, change = (COLUMNS.index(c) for c in ("kind", "start", "end", "about", "change"))
    last = None
    for k, r in enumerate(out):
        if r[kind] == "year" or r[kind] == "date":
            continue
        if last is not None and r[change] is None and r[kind] == last[kind] and last[change] is not None \
                and not isinstance(r[about], str) and _AND_NEXT_STEP.fullmatch(text, last[end], r[start]) \
                and _STEP_END.match(text, r[end]):  # (not a new clause's subject: "and 40% of it was in services")
            # (not a figure of its own thing: "Output fell by a quarter, and a third of the budget goes to ports")
            r = (*r[:about], last[about], *r[about + 1:change], last[change], *r[change + 1:])
            out[k] = r
        last = r
    return out


_NO_THING = _rc(r"(?:(?:real|nominal|value|volume|absolute|relative)\s+terms|line|response|recent\s+years|the\s+(?:past|last|first|second|coming|next)\b|(?:19|20)\d\d)", re.I)
_CHANGE_NOUNS = frozenset("increase rise growth decline decrease reduction drop fall cut".split())


def _change_of_the_last(out: list[tuple]) -> list[tuple]:
    """A change set off after a level ("trade amounted to €18.6 billion in 2022, an increase of
    12.4%") measures what the level did, not "increase": the change noun gives way to the thing
    the figure before it in the sentence measures."""
    about, sent, change = (COLUMNS.index(c) for c in ("about", "sentence", "change"))
    for k, r in enumerate(out):
        if r[change] is not None and isinstance(r[about], str) and r[about][:1].islower():
            of = _rx().change_noun_of.match(r[about])
            if of is not None and _NO_THING.match(r[about], of.end()):
                of = None  # ("a 15% increase in real terms", "in line with inflation": how, not what)
            if of is not None and of.end() < len(r[about]):  # "the 20 per cent increase in bilateral trade": the trade
                out[k] = r = (*r[:about], r[about][of.end():], *r[about + 1:])
        if r[change] is None or not isinstance(r[about], str) or r[about].lower() not in _CHANGE_NOUNS:
            continue
        for q in reversed(out[:k]):
            if q[sent] != r[sent]:
                break
            if isinstance(q[about], str) and q[about].lower() not in _CHANGE_NOUNS and q[COLUMNS.index("kind")] in _CHANGES:
                out[k] = (*r[:about], q[about], *r[about + 1:])
                break
    return out


_UP_OR_DOWN = _rc(r"(?:\b(?:is|are|was|were|be|been|being|now)\s+|[,(–—]\s*|^"
                         # (or right after what rose, in a "with" clause: "with exports up 12% in 2025")
                         r"|\bwith\s+(?:[\w'’-]+\s+){1,4}?(?<!make\s)(?<!made\s)(?<!take\s)(?<!took\s)(?<!set\s))(up|down)\s+(?:by\s+)?$", re.I)  # (not "make up 40%")
_INDEFINITE_BEFORE = _rc(r"\b(?:a|an)\s+$", re.I)
_DETERMINER_BEFORE = _rc(r"\b(?:the|a|an|this|that|its|their|our)\s+$", re.I)
_CHANGES = ("money", "percent", "count", "quantity", "fraction")


@lru_cache(maxsize=1)
def _change_rx() -> SimpleNamespace:
    lex = lexicon()
    rise, fall = frozenset(lex["change_rise"]), frozenset(lex["change_fall"])
    # (longest first; in a fixed order, so that the pattern is the same in every process)
    words = "|".join(w.replace(" ", r"\s+") for w in sorted(rise | fall, key=lambda w: (-len(w), w)))
    quals = "|".join(re.escape(q) for forms in lex["qualifiers"].values() for q in forms if q[:1].isalpha())
    book = patterns.book("figures-change")
    rx = SimpleNamespace(
        rise=rise, fall=fall, bare=frozenset(lex["change_bare"]),
        heads=frozenset(w.split()[0] for w in rise | fall),  # (the first word of each, "scale" of "scale up")
        agent=frozenset(lex["change_agent_before_by"]),
        # the verb, then what changes (a few words, no stop, no other word of change: "cut methane
        # emissions from the oil and gas sector by 75%", not "increase exports and imports fell by
        # 5%"), then "by"; or the verb right before
        # (what changes may hold "to" or "from": "increase exports of food to the United Kingdom by 15%")
        # (an acronym in parentheses among those words: "expand the Japanese Government (MEXT) Scholarship by 30 percent")
        before=book.compile(rf"\b(?P<w>{words})\b(?:(?P<by>(?:\s+(?:\([A-Z][\w-]{{1,10}}\)|(?!(?:or|but|which|that|while|{words})\b)[A-Za-z'’–+-]+)){{0,13}}?\s+by)"
                            rf"|\s+(?:of|by))?\s+(?:(?:{quals})\s+)?$", re.I),
        # "a 10% cut in", "a USD 2 billion reduction of"
        after=book.compile(rf"[\s-]+(?P<w>{words})\s+(?:in|of|to)\b", re.I),
    )
    book.save()
    return rx


def _multiple_change(word: str, value: float) -> str | None:
    """A multiple said as a verb of the codebook's ``multiples`` ("double", "tripled", "halve")
    or as a "-fold" is a change, its way by its value; not a comparison ("twice as much",
    "three times larger", "3x")."""
    w = word.strip().lower()
    verbal = w.endswith("fold") or any(w.startswith(stem) and w != stem for stem in lexicon()["multiples"])
    if not verbal or value != value or value == 1:
        return None
    return "rise" if value > 1 else "fall"


def _change(text: str, start: int, end: int, kind: str = "percent") -> str | None:
    """Whether a figure is a change, and which way: "rise" for "trade rose by 7.4 per cent",
    "an increase of 5%", "a 10% rise in"; "fall" for "reduce emissions by 40%", "exports fell 3%";
    None for a level ("to USD 5 billion", "stood at 40%"). A reader weighing "7.4%" needs to
    know it is growth, not a share."""
    cx = _change_rx()
    # (a word of change among the last few before the figure, looked up before any pattern runs)
    # (as many as the pattern spans: the verb, 13 words of what changes, "by" and a qualifier of up to four)
    near = text[max(0, start - 120):start].lower().split()[-19:]
    m = cx.before.search(text, max(0, start - 120), start) if any(w in cx.heads for w in near) else None
    if m is None and (text[start - 2:start] in ("a ", "A ") or text[max(0, start - 3):start].lower() == "an "
                      or text[max(0, start - 4):start].lower() == "the "):
        m = cx.after.match(text, end)  # ("a 10% cut in tariffs", "the 20 per cent increase in trade")
    if m is None:
        up = _UP_OR_DOWN.search(text, max(0, start - 22), start) if kind == "percent" else None
        return None if up is None else "rise" if up.group(1).lower() == "up" else "fall"  # ("exports were up 9.8%")
    w = " ".join(m.group("w").lower().split())
    joined = text[m.end("w"):start].lstrip().lower()
    bare = m.re is cx.before and not m.group("by") and not joined.startswith(("of", "by"))
    if bare and (w not in cx.bare or kind != "percent" or _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start())):
        # (not "Japan raised USD 40 million", "farmers grew 2 million tonnes": amounts, no change;
        # nor "below the contracted 200 megawatts", an adjective)
        return None
    if m.re is cx.before and m.group("by"):
        gap = text[m.end("w"):m.end("by")].split()[:-1]
        if gap and gap[-1].lower() in cx.agent:
            return None  # ("boost investment supported by 12 banks": an agent after "by", no change)
    if m.re is cx.before and joined.startswith("of") and kind != "percent" \
            and not _INDEFINITE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        # ("the growth of 500 small businesses": what grows; "an increase of 5%", "the decline of
        # almost 40% in irregular crossings" are changes)
        return None
    return "rise" if w in cx.rise else "fall" if w in cx.fall else None


_THE_BEFORE_AMOUNT = _rc(r"\b(?:the|these|those|this|said)\s+$", re.I)


def _the_same_amount(text: str, out: list[tuple]) -> list[tuple]:
    """An amount the text gives again with "the" before it ("SAR 5 billion" ... "the 5 billion
    riyals will be disbursed over three years"): the same money, flagged as a restatement, not
    counted twice (and measuring what the first did)."""
    kind, value, unit, about, restates, start = (COLUMNS.index(c) for c in ("kind", "value", "unit", "about", "restates", "start"))
    seen: dict[tuple, tuple] = {}
    for k, r in enumerate(out):
        if r[kind] != "money" or r[value] is None or r[value] != r[value]:
            continue
        key = (r[value], r[unit])
        if key in seen and not r[restates] and _THE_BEFORE_AMOUNT.search(text, max(0, r[start] - 8), r[start]):
            first = seen[key]
            row = list(r)
            row[restates] = True
            if not isinstance(row[about], str) and isinstance(first[about], str):
                row[about] = first[about]
            out[k] = tuple(row)
        seen.setdefault(key, r)
    return _the_same_multiple(text, out)


# the words between a multiple and the same one said again as a noun: "triple capacity by
# 2030, a 3x increase"
_AGAIN_AS_NOUN = _rc(r"[^.;:]{0,80},\s+(?:an?|the|or\s+an?)\s+$")


def _the_same_multiple(text: str, out: list[tuple]) -> list[tuple]:
    """A multiple said again after a comma as a noun ("will triple its capacity by 2030, a 3x
    increase"): the same change, flagged as a restatement, not counted twice."""
    kind, value, about, restates, start, end = (COLUMNS.index(c) for c in ("kind", "value", "about", "restates", "start", "end"))
    prev = None
    for k, r in enumerate(out):
        if r[kind] != "multiple":
            continue
        if prev is not None and prev[value] == r[value] and not r[restates] and _AGAIN_AS_NOUN.fullmatch(text, prev[end], r[start]):
            row = list(r)
            row[restates] = True
            row[about] = prev[about] if isinstance(prev[about], str) else row[about]
            out[k] = tuple(row)
        prev = r
    return out


# (when, not what: "humanitarian assistance of EUR 3.5 million following Typhoon Kristine")
_WHEN_FIRST = _rc(r"(?:following|after|before|during|since)\s")
_SCOPE_AFTER = _rc(r"\s+(?:for|under|in|across|on)\s")


@lru_cache(maxsize=1)
def _multiple_rx() -> SimpleNamespace:
    lex = lexicon()
    factors = lex.get("multiples") or {}
    stems = sorted((k for k in factors if k not in ("twice", "thrice")), key=len, reverse=True)
    periods = {f.lower(): period for period, forms in lex["rates"].items() for f in forms if f[:1].isalpha()}
    rates = patterns.phrases(sorted(periods, key=len, reverse=True))
    numbers = (r"(?:one|two|three|four|five)\s+and\s+a\s+half|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten"
               r"|twenty|fifty|hundred|a\s+hundred")  # ("one and a half times the level")
    return SimpleNamespace(
        factors=factors,
        periods=periods,
        find=re.compile(
            rf"\b(?P<verb>(?P<stem>{'|'.join(stems)})(?P<end>e|es|ed|ing))\b(?!-)"
            rf"|\b(?P<adv>twice|thrice)\b(?=\s+(?:as|the|that|what|over|its|their|our)\b)"
            # (how often: "meet twice a year", "once a month")
            rf"|\b(?P<often>once|twice|thrice)(?=\s+(?P<rate>{rates})\b)"
            # (and of whose a thing: "three times its public capital", "three times Germany's output")
            rf"|\b(?P<n>{numbers})\s+times(?=\s+(?:as|more|larger|higher|greater|bigger|faster|the|that|what|over|its|their|our"
            rf"|current|[A-Z][\w.-]*['’]s)\b)"
            rf"|\b(?P<fn>{numbers})-?fold\b"
            rf"|\b(?P<xn>\d+(?:\.\d+)?)\s?[x×](?![\w])",
            re.I),
        verb_after=frozenset(lex.get("multiple_verb_after") or ()),
        not_before=frozenset(lex.get("multiple_not_before") or ()),
        lead=re.compile(r"\s*(?:(?:as\s+(?:much|many|large|high)(?:\s+as)?|more|larger|higher|greater|bigger|faster"
                        r"|the\s+(?:amount|number|size|level)\s+of|in)\s+)?(?:(?:its|their|our)\s+)?", re.I),
    )


_TIMES_SIGN = _rc(r"\d\s?[x×](?![\w])")
_MULTIPLE_HINTS = ("doubl", "tripl", "quadrupl", "halv", "twice", "thrice", " times", "fold", "once a", "once per", "once each",
                   "once every")


def _multiples(st) -> list[tuple]:
    """Multiples as figures: "triple global renewable energy capacity" (3), "double the rate of
    energy efficiency improvements" (2), "twice as much private capital" (2), "a threefold
    increase" (3). A verb counts where a verb stands ("to double", "will triple", "and
    double", "the doubling of", "has doubled"), not in a set phrase ("Double Taxation", "a
    double standard", "double-digit")."""
    mx = _multiple_rx()
    text = st.text
    # (where one may be: a plain search for each word is some twenty times faster than the
    # pattern tried at every character)
    low = text.lower()
    hints = []
    for w in _MULTIPLE_HINTS:
        i = low.find(w)
        while i >= 0:
            hints.append(i)
            i = low.find(w, i + 1)
    hints += [m.start() + 1 for m in _TIMES_SIGN.finditer(text)]  # ("a 3x increase", "a 2× rise")
    if not hints:
        return []
    matches = {}
    for i in sorted(hints):
        m = mx.find.search(text, max(0, i - 24), min(len(text), i + 16))
        while m is not None and m.end() <= i:
            m = mx.find.search(text, m.end(), min(len(text), i + 16))
        if m is not None and m.start() <= i < m.end() and not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            matches[m.start()] = m
    rx = _rx()
    out = []
    for m in (matches[k] for k in sorted(matches)):
        start, end = m.span()
        word = m.group()
        if word[:1].isupper() and start and text[max(0, start - 2):start].strip() not in ("", ".", ":", "-", "•", "*"):
            continue  # (a capital inside a sentence: a name, "the Triple Alliance")
        before = text[max(0, start - 30):start].split()
        prev = before[-1].lower().rstrip(",") if before else ""
        after = text[end:end + 30].split()
        nxt = after[0].lower().strip(",.;:") if after else ""
        if nxt in mx.not_before:
            continue
        about_from = end
        if m.group("often"):
            # a count of times in a period, as "three times a year" is read
            sent = st.sentence_index(start, end)
            if sent is not None:
                s = st.sentences[sent]
                out.append((word, "count", {"once": 1.0, "twice": 2.0, "thrice": 3.0}[word.lower()], math.nan, None,
                            mx.periods[" ".join(m.group("rate").lower().split())], _qualifier(text[s.start:s.end], start - s.start, rx)[0],
                            "times", False, False, sent, st.sections[s.section].heading, s.paragraph, start, end, None,
                            st.original[s.start:s.end]))
            continue
        if m.group("verb"):
            form = m.group("end").lower()
            value = mx.factors[m.group("stem").lower()]
            if prev in ("a", "an") and form != "ing":
                continue  # "a double standard", "a doubled budget" (but "a tripling of volumes" is one)
            if form == "e" and not (prev in mx.verb_after or " ".join(before[-2:]).lower() in mx.verb_after
                                    or (before and before[-1].endswith(",")) or not before
                                    or text[max(0, start - 2):start].strip() in (".", ":", "-", "•", "*")):
                continue  # (a bare "double" where no verb stands)
            if form in ("ed", "es") and prev in ("the",):
                continue
        elif m.group("adv"):
            value = mx.factors[m.group("adv").lower()]
        else:
            n = (m.group("n") or m.group("fn") or m.group("xn")).lower()
            value = float(n) if n[0].isdigit() else _word_value(" ".join(n.split()), rx)
            if not value or value <= 1:
                continue  # (but "1.5 times faster" is a multiple: more than once)
        lead = mx.lead.match(text, about_from)
        if lead and lead.end() > about_from + 1:
            about_from = lead.end() - 1  # (from the space before the phrase)
        sent = st.sentence_index(start, end)
        if sent is None:
            continue
        s = st.sentences[sent]
        stext = text[s.start:s.end]
        q, q_at = _qualifier(stext, start - s.start, rx)
        about = _phrase_after(stext, about_from - s.start, rx, openers=("of",), det_ok=True)
        if about is None and (m.group("verb") and m.group("end").lower() in ("ed", "d") or nxt in _COMPARATIVES):
            # what has doubled, named before the verb: "Korean investment in Chile has more than
            # doubled", "Exports are three times larger than in 2015"
            about = _phrase_before(stext, q_at, rx)
        out.append((word, "multiple", float(value), math.nan, None, None, q, about, False, False, sent,
                    st.sections[s.section].heading, s.paragraph, start, end, None, st.original[s.start:s.end]))
    return out


_COMPARATIVES = frozenset("larger higher greater bigger faster more lower smaller".split())


def _figure_records(st) -> list[tuple]:
    rx = _rx()
    ctx = _Ctx(st, rx)
    work = _working_text(st)
    triggers = _triggers(work, rx)
    out: list[tuple] = []
    if not triggers:
        return out
    sections = st.sections
    text = st.text
    table_rows: set[int] = set()  # sentences that are a table's rows
    m_digit, m_other, m_sign = rx.master_digit, rx.master_other, rx.master_sign
    ti = 0
    nt = len(triggers)
    for s in st.sentences:
        while ti < nt and triggers[ti][0] < s.start:
            ti += 1
        if ti >= nt:
            break
        if triggers[ti][0] >= s.end:
            continue
        stext = work[s.start:s.end]
        n = len(stext)
        ctx.for_sentence(stext)
        quotes = _quoted_names(stext) if '"' in stext else []
        found: list[dict] = []
        pos = 0
        while ti < nt and triggers[ti][0] < s.end:
            t, starts = triggers[ti]
            ti += 1
            r = t - s.start
            if r < pos:
                continue
            m = None
            # (the master pattern in the version for the first character: digit, letter or sign)
            for a in starts:
                a -= s.start
                if a >= pos:
                    c = stext[a]
                    m = (m_digit if c.isdecimal() else m_other if c.isalpha() else m_sign).match(stext, a)
                    if m is not None and m.end() > r:
                        break
                    m = None
            if m is None:
                c = stext[r]
                m = (m_digit if c.isdecimal() else m_other if c.isalpha() else m_sign).match(stext, r)
                if m is None:
                    continue
            if _in_code(stext, m.start(), m.end()) or ("`" in stext and _in_backticks(stext, m.start())):
                pos = m.end()
                continue
            rec, pos = _figure(m, stext, rx, ctx, quotes, found)
            if rec is not None and _NOT_A_FIGURE.match(stext, rec["end"]):
                continue  # "1447 AH" (a Hijri year), "25 Rabi al-Awwal", "2-way trade"
            last = re.split(r"[\s-]", stext[rec["start"]:rec["end"]])[-1] if rec is not None else ""
            if rec is not None and rec["kind"] in ("duration", "quantity") and not rec["in_name"] \
                    and last[:1].isupper() and not last.isupper() and _NAME_GOES_ON.match(stext, rec["end"]):
                # (not a unit in capitals before a plant's name: "the 1.5 GW Samarkand solar plant")
                rec["in_name"] = True  # "the 100 Year Partnership", "the 10 Year Plan", "its 24-Hour Economy policy": a name
            elif rec is not None and rec["kind"] == "count" and not rec["in_name"] and _TITLED_AFTER.match(stext, rec["end"]):
                rec["in_name"] = True  # "a 100-Day Plan": a name
            if rec is not None:
                found.append(rec)
        for r in found:
            if r["kind"] == "money" and stext.endswith("pounds", r["start"], r["end"]) and not _SCALED_POUNDS.search(stext, r["start"], r["end"]) \
                    and (weighed := _POUNDS_OF.match(stext, r["end"])) is not None \
                    and not _MONEY_WORDS_AFTER_OF.intersection(w.strip("'’") for w in weighed.group(1).lower().split()):
                # "21,000 pounds of fentanyl", "5,000 pounds of beef": a weight (not "two billion
                # pounds of support", "£20 million")
                r["kind"], r["unit"] = "quantity", "pound"
            bound = _OR_MORE.match(stext, r["end"]) if r["qualifier"] is None and r["kind"] in _BOUNDED else None
            if bound is not None:
                r["qualifier"] = "at_least" if bound.group(1) else "up_to"  # "15% or more", "15 days or less"
            if r["kind"] in _BOUNDED and not r["in_name"] and " per " not in (r["unit"] or ""):
                # (a duration's too: "at least 60 days per season", "two hours a day")
                # (a price per unit, or a quantity or count per head: "7.1 tonnes per capita")
                price = rx.unit_rate_re.match(stext, r["end"]) if r["kind"] in ("money", "quantity", "count") else None
                r["per"] = rx.unit_rates.get(price.group("u").lower()) if price else _rate_after(stext, r["end"], rx)
                if r["per"] is None and r["kind"] == "money" and not price:
                    # ("fifty fellowships worth INR 50 lakh each", "USD 5,000 per student"): each
                    # one's amount, no sum beside the sums
                    one = _EACH_ONE.match(stext, r["end"])
                    r["per"] = ("each" if one.group(1) is None else one.group(1).lower()) if one else None
                before = stext[max(0, r["start"] - 70):r["start"]] if r["per"] is None and r["kind"] in ("money", "quantity") else ""
                if ("nnual" in before or "early" in before) and _ANNUAL_BEFORE.search(before) \
                        and not _OVER_YEARS.match(stext, r["end"]):  # (not "... totalling USD 30 million over five years")
                    r["per"] = "year"  # "annual losses of US$150 million", "yearly grants of USD 2 million"
        low = stext.lower() if found else ""
        if "day of" in low or "two thousand" in low or "nineteen hundred" in low or D.day_in_words(stext):
            found = _words_dates(stext, found)
        if not found:
            continue
        if ctx.party_dollar is not None and ctx.dollar != ctx.base_dollar:
            ctx.by_clause(stext, found)
        # A figure alone in parentheses right after another of its kind restates it, in another
        # unit or currency ("RMB 360 billion (about US$50.7bn)") or in digits ("fifty (50)").
        restated = set()
        for k, (a, b) in enumerate(zip(found, found[1:])):
            if a["kind"] == b["kind"] and _in_brackets_after(stext, a, b, rx):
                if b["about"] is None:
                    b["about"] = a["about"]
                # (and the others in the same bracket, each an alternative: "USD 1 billion (€920
                # million or ¥150 billion)", "(around €920 million, or ¥150 billion)")
                inside = [b]
                for c in found[k + 2:]:
                    if c["kind"] != a["kind"] or not _ALTERNATIVE_GAP.fullmatch(stext, inside[-1]["end"], c["start"]):
                        break
                    inside.append(c)
                if not a["in_name"] and not any(x["in_name"] for x in inside) and _PAREN_CLOSE.match(stext, inside[-1]["end"]):
                    for x in inside:
                        if x["about"] is None:
                            x["about"] = a["about"]
                        restated.add(id(x))
            elif a["kind"] == "money" == b["kind"] and a["unit"] and b["unit"] and a["unit"] != b["unit"] \
                    and _SLASH_GAP.fullmatch(stext, a["end"], b["start"]):
                # (the same sum in two currencies, a slash between: "Rp 100 trillion / A$10 billion")
                if b["about"] is None:
                    b["about"] = a["about"]
                restated.add(id(b))
            elif a["kind"] == b["kind"] and a["unit"] and b["unit"] and a["unit"] != b["unit"] and not a["in_name"] \
                    and not b["in_name"] and _or_after(stext, a, b, rx):
                # (set off by commas: "¥50 billion, or about US$340 million, to the fund")
                if b["about"] is None:
                    b["about"] = a["about"]
                restated.add(id(b))
        # the second figure of a change measures what the first measures: "trade rose from
        # €120 billion in 2019 to €143 billion in 2023"
        last = None
        for b in found:
            if b["kind"] in ("year", "date"):
                continue
            a, last = last, b
            if a is not None and a["about"] and a["kind"] == b["kind"] \
                    and _CHANGE_TO.fullmatch(stext, a["end"], b["start"]) and _changes_from(stext, a["start"], rx) and (
                        b["about"] is None
                        # (what changes named before the change, and what it applies to after it: "ease
                        # the local content requirements from 60 percent to 40 percent for projects ...")
                        or stext.rfind(a["about"], 0, a["start"]) >= 0 and _SCOPE_AFTER.match(stext, b["end"])):
                b["about"] = a["about"]
            up = _UP_FROM.fullmatch(stext, a["end"], b["start"]) if a is not None and a["about"] and a["kind"] == b["kind"] else None
            if up is not None and (up.group("up") or b["about"] is None):
                # ("..., compared with EUR 300 million for education": its own, where it says one)
                b["about"] = a["about"]  # "US$150 billion in bilateral trade by 2030, up from US$86.7 billion in 2024"
            if a is not None and b.get("per") and not a.get("per") and a["kind"] == b["kind"] \
                    and _CHANGE_TO.fullmatch(stext, a["end"], b["start"]) and _changes_from(stext, a["start"], rx):
                a["per"] = b["per"]  # "from 1,800 to 3,000 places per year": both are a year's
            if a is not None and a["kind"] == b["kind"] == "percent" and str(a["unit"] or "").startswith("percent of ") \
                    and b["unit"] == "percent" and _CHANGE_TO.fullmatch(stext, a["end"], b["start"]) \
                    and _changes_from(stext, a["start"], rx):
                b["unit"] = a["unit"]  # "from 96% of GDP to below 80%": a share of GDP too
        if ";" in stext and st.paragraphs[s.paragraph].marker:
            # a table's row, an item "Ports; US$150 million; 40%": its first cell is what each
            # figure is about (each later cell is a short one holding a number)
            cells = stext.split(";")
            label = cells[0].strip()
            # (a row of a year: "2023; Bilateral trade: US$107.2 billion; Change: -7.6%", each
            # cell about its column in that year)
            by_year = bool(_YEAR_LABEL.fullmatch(label))
            if 1 < len(cells) <= 8 and 1 <= len(label.split()) <= 10 and (not label[:1].isdigit() or by_year) and ":" not in label \
                    and _cells_are_figures(stext, cells, found, rx):
                table_rows.add(s.index)
                for r in found:
                    if r["about"] is None and r["start"] > len(cells[0]) and not r["in_name"]:
                        # (with the column it stands in, where a column is a country's: "Chile: 63%")
                        cell = stext.rfind(";", 0, r["start"]) + 1
                        column = _COLUMN_NAME.match(stext, cell, r["start"])
                        if by_year:
                            if column:
                                r["about"] = f"{column.group(1)}, {label}"
                            continue
                        r["about"] = label.rstrip(".") + (f", {column.group(1)}" if column else "")
        heading = sections[s.section].heading
        quote = st.original[s.start:s.end]
        base = s.start
        for r in found:
            start, end = base + r["start"], base + r["end"]
            kind = r["kind"]
            out.append((
                text[start:end], kind, r["value"], r["value_max"], r["unit"], r.get("per"), r["qualifier"],
                r["about"], r["in_name"], id(r) in restated, s.index, heading, s.paragraph, start, end,
                _future(r, ctx, stext) if kind == "year" or kind == "date" else None, quote,
            ))
    if table_rows:
        out = _table_restates(out, table_rows, st)
    return out


_THIS_NOUNS = frozenset("figure amount number volume level total sum target value".split())


def _this_figure(out: list[tuple]) -> list[tuple]:
    """"... stood at US$ 1.5 billion in 2024, and resolved to double this figure by 2030": what
    "this figure" measures is what the figure before it does (in its sentence or the one before)."""
    kind, about_at, sent, quote = (COLUMNS.index(c) for c in ("kind", "about", "sentence", "quote"))
    for k, r in enumerate(out):
        about = r[about_at]
        if not isinstance(about, str) or about.lower() not in _THIS_NOUNS \
                or not re.search(rf"\b(?:this|that|the\s+same)\s+{re.escape(about)}\b", r[quote], re.I):
            continue
        for q in reversed(out[:k]):
            if r[sent] - q[sent] > 1:
                break
            if q[kind] in ("money", "count", "quantity", "percent") and isinstance(q[about_at], str) \
                    and q[about_at].lower() not in _THIS_NOUNS:
                out[k] = (*r[:about_at], q[about_at], *r[about_at + 1:])
                break
    return out


# a pronoun a change or a level is of, right before the figure: "raising it by 40 percent", "reduce
# them to below 3%", "raise it to 60%"
_PRONOUN_CHANGED = _rc(r"\b(?:it|them)\s+(?:(?:further|again)\s+)?(?:by|to|from|below|above|under|at)\s+"
                              r"(?:(?:about|around|nearly|almost|over|under|below|above|at\s+least|more\s+than|less\s+than|well\s+below)\s+)?$")


def _it_of_the_last(text: str, out: list[tuple]) -> list[tuple]:
    """"Exports grew to USD 20 billion last year, and the two sides aim at raising it by 40
    percent": what "it" is, the thing the figure before it measures (in its sentence or the one
    before)."""
    kind, about_at, sent, start = (COLUMNS.index(c) for c in ("kind", "about", "sentence", "start"))
    for k, r in enumerate(out):
        if r[about_at] is not None or k == 0 or not _PRONOUN_CHANGED.search(text, max(0, r[start] - 40), r[start]):
            continue
        for q in reversed(out[:k]):
            if r[sent] - q[sent] > 1:
                break
            if q[kind] in ("money", "count", "quantity", "percent", "fraction", "multiple"):
                if isinstance(q[about_at], str):  # (the last such figure only: none past one whose thing is unknown)
                    out[k] = (*r[:about_at], q[about_at], *r[about_at + 1:])
                break
    return out


_SUMMED = ("money", "percent", "count", "quantity")
_BOUNDED = (*_SUMMED, "duration")
# a bound after the figure: "15% or more", "10,000 or above"; "five days or less"
_OR_MORE = _rc(r"\s+(?:or|and)\s+(?:(more|above|higher|greater|over)|(?:less|fewer|below|lower|under))\b")


def _same_subject(a: str | None, b: str | None) -> bool:
    """Whether two phrases of what figures measure share a word of substance: a small count or
    a share that a table row and the prose both give is the same figure only when they are said
    of the same thing ("60%" of local sourcing is not "60%" of an emissions cut)."""
    if not a or not b:
        return not a  # (a row that says nothing of its own takes the prose's)
    rx, empty = _rx(), _empty_about()
    filler = frozenset(lexicon()["share_words"])

    def words(t: str) -> set[str]:
        return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", t)
                if w.lower() not in rx.stops and w.lower() not in empty and w.lower() not in _TIME_NOUNS and w.lower() not in filler}
    wa, wb = words(a), words(b)
    # (and neither adds words the other lacks: "30 infrastructure projects" are not "30 clean
    # energy projects", though both are projects)
    return bool(wa & wb) and (wa <= wb or wb <= wa)


def _table_restates(out: list[tuple], table_rows: set[int], st) -> list[tuple]:
    """A table that sums up what the text says ("| Norway | NOK 15 billion | 2024 |" under
    "Norway will provide NOK 15 billion ..."): a row's figure the prose gives too restates it,
    so a pledge is not counted twice; the row keeps what the prose says it is about. A row
    that opens on a country is the prose's only where the prose names that country too
    ("| Finland | EUR 200 million |" is not "Denmark will provide EUR 200 million")."""
    kind, value, unit, about, in_name, restates, sentence = (
        COLUMNS.index(c) for c in ("kind", "value", "unit", "about", "in_name", "restates", "sentence"))
    prose: dict[tuple, tuple] = {}
    for r in out:
        if r[sentence] not in table_rows and r[kind] in _SUMMED and not r[in_name] and not r[restates]:
            prose.setdefault((r[kind], r[value], r[unit]), (r[about], []))[1].append(r[sentence])
    from .statement import countries

    forms = {f for c in countries() for f in (c["name"], *c["aliases"])}
    res = []
    for r in out:
        key = (r[kind], r[value], r[unit])
        if r[sentence] in table_rows and r[kind] in _SUMMED and not r[in_name] and key in prose \
                and (r[kind] in ("money", "quantity") or (r[value] or 0) >= 1000 or _same_subject(r[about], prose[key][0])):
            label = st.sentences[r[sentence]].text.split(";")[0].strip()
            if label in forms and not any(label in st.sentences[i].text for i in prose[key][1]):
                res.append(r)
                continue
            r = list(r)
            r[about] = r[about] or prose[key][0]
            r[restates] = True
            r = tuple(r)
        res.append(r)
    return res


_EACH_THEN = _rc(r" each (?=per |a |every |annually|yearly)")
# an amount for each one: "... each" ending its clause, "per student", "per household"
_EACH_ONE = _rc(r"\s+(?:each(?=\s*(?:[.,;:)]|$|\s+(?:and|or|to|for|in|from|by|with|under|over)\b))"
                       r"|per\s+(?!cent\b|annum\b|capita\b|year\b|month\b|week\b|day\b|quarter\b|season\b)((?:square\s+|cubic\s+)?[a-z][a-z-]{2,})\b(?!\s+of\b))")


def _rate_after(stext: str, end: int, rx) -> str | None:
    """The period of a rate said after a figure and the words it counts ("USD 300 billion
    per year", "3 scholarships each year"), else None. "A year" after a preposition is a
    span, not a rate ("jobs in a year")."""
    m = rx.rate_re.match(stext, end)
    if m is None and _EACH_THEN.match(stext, end):
        m = rx.rate_re.match(stext, end + 5)  # "US$ 1 million each per year": each party's, each year
    if m is None and " per " in stext[end:end + 5]:
        head = _PER_HEAD_THEN.match(stext, end)
        if head is not None:
            m = rx.rate_re.match(stext, head.end())  # "GBP 4,000 per worker per year": each one's, each year
    if m is None:
        return None
    said = m.group("word") or m.group("slash")
    gap = m.group("gap").split()
    if said[:2].lower() == "a " and gap and gap[-1].lower() in ("in", "of", "on", "with", "without", "for"):
        return None
    return rx.rates.get(" ".join(said.lower().split()))


def _words_dates(stext: str, found: list[dict]) -> list[dict]:
    """A date written in words ("the fifteenth day of March in the year two thousand and
    twenty-five") is one date, not an ordinal and a count: its figures give way to it."""
    from . import dates as D

    for w in D.words_date_re().finditer(stext):
        day = D.words_date(w)
        if day is None:
            continue
        start, end = w.start(next(g for g in ("day", "day2", "day3") if w.group(g))), w.end()
        found = [r for r in found if r["end"] <= start or r["start"] >= end]
        found.append(_rec(start, end, "date", day.year, month=day.month, day=day.day))
    found.sort(key=lambda r: r["start"])
    return found


_PLAN_KEYS = frozenset(["lead:", "pillar:", "area:", "status:", "partner:", "partners:"])


def _cells_are_figures(stext: str, cells: list[str], found: list[dict], rx) -> bool:
    """Whether every cell after the first is a short one that the ledger read as opening on a
    figure ("US$150 million", "up to $120 million", "40%"), or a short cell of words with no
    verb ("Enga Province", "Approved", "Under design"), as a table's row is, with one figure at
    least; not a bullet of two clauses ("Japan will provide $1 billion; Korea will give $2
    billion")."""
    pos = len(cells[0]) + 1
    figures = 0
    for c in cells[1:]:
        words = _BRACKETED.sub("", c).split()  # (less a restatement: "GHS 45 million (about USD 2.9 million)")
        if len(words) > 12:
            return False
        first = next((r["start"] for r in found if pos <= r["start"] < pos + len(c)), None)
        lead = " ".join(stext[pos:first].lower().split()) if first is not None else None
        if lead is not None and lead.endswith(":") and len(lead.split()) <= 4:
            lead = ""  # (a column's name before the figure: "Chile: 63%")
        if lead is not None and (not lead or lead in rx.quals or lead in _SIGNS_BEFORE or lead == "by") and len(words) <= 5:
            figures += 1  # (a change's sign: "+29%"; a plan's due date: "by 30 June 2026")
        elif words and words[0].lower() in _PLAN_KEYS:
            pass  # (a plan's cell of who leads it: "lead: Kenya National Highways Authority (KeNHA)")
        elif any(w.lower() in _CELL_VERBS for w in words) or (len(words) > 3 and not _describes(words, rx)):
            return False
        pos += len(c) + 1
    return figures > 0


def _describes(words: list[str], rx) -> bool:
    """Whether a longer cell of words describes (a table's "Measure" column: "Joint
    demonstration projects for clean hydrogen supply chains") rather than tells: it opens on a
    capital and holds no verb of change or report."""
    return words[0][:1].isupper() and not any(w.lower() in rx.reporting or w.lower() in rx.past_changes for w in words)


_BRACKETED = _rc(r"\([^()]*\)")
_YEAR_LABEL = _rc(r"(?:FY\s?)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")
_COLUMN_NAME = _rc(r"\s*([A-Z][\w.'’ -]{0,40}?):\s")
_SIGNS_BEFORE = frozenset("+ - − – ±".split())
_CELL_VERBS = frozenset("will shall would can could may might must is are was were has have had".split())


_PAREN_OPEN = _rc(r"\s*\(\s*(.*?)\s*", re.S)
# between the two figures of a change: "... from €120 billion [in 2019] to €143 billion"
_CHANGE_TO = _rc(r"(?:\s+of\s+(?:GDP|GNI|GNP|the\s+budget|[a-z]+))?(?:\s+in\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))?\s+to\s+"
                        r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|below|under|above|less\s+than|at\s+least)\s+)?")
_PAREN_CLOSE = _rc(r"\s*\)")
_SLASH_GAP = _rc(r"\s*/\s*")


_COMMA_OPEN = _rc(r"\)?,\s+(.*?)\s*", re.S)  # (after a bracket too: "(CNY 190 billion), equivalent to ...")
_ASIDE_CLOSE = _rc(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
_OR_LEADS = ("or", "i.e.", "i.e.,", "equivalent", "equal", "that is")


def _or_after(stext: str, a: dict, b: dict, rx) -> bool:
    """Whether ``b`` restates ``a`` in another unit, set off by commas: "¥50 billion, or about
    US$340 million, to ...", "EUR 200 million, equivalent to USD 216 million." (not
    "$5 million, $2 million of which ...": the lead must say it is the same amount)."""
    m = _COMMA_OPEN.fullmatch(stext, a["end"], b["start"])
    if m is None or not _ASIDE_CLOSE.match(stext, b["end"]):
        return False
    lead = " ".join(m.group(1).lower().split())
    if lead in rx.quals:
        return True  # "NOK 2 billion, roughly SEK 1.95 billion, for ...": a qualifier alone leads it
    if not lead.startswith(_OR_LEADS):
        return False
    rest = lead.split(" ", 1)[1] if " " in lead else ""
    if lead.startswith(("equivalent", "equal", "that is")):
        rest = lead.split(" ", 2)[2] if lead.count(" ") >= 2 else ""
    return lead in rx.restate_leads or not rest or rest in rx.quals or rest in rx.restate_leads


_ALTERNATIVE_GAP = _rc(r"\s*(?:,|;|/)?\s*(?:(?:or|and)\s+)?(?:(?:about|around|approximately|roughly|some|nearly)\s+)?", re.I)


def _in_brackets_after(stext: str, a: dict, b: dict, rx) -> bool:
    """Whether ``b`` opens a bracket right after ``a``, after at most a qualifier or a word
    that introduces a restatement ("(about US$50.7bn)", "(equivalent to 160 km)")."""
    m = _PAREN_OPEN.fullmatch(stext, a["end"], b["start"])
    if m is None:
        return False
    lead = " ".join(m.group(1).lower().split())
    return not lead or lead in rx.quals or lead in rx.restate_leads


# the month a part of a year begins in
# (seasons as the northern hemisphere has them, where most statements are dated: "in autumn 2025")
_PART_START = {"first half": 1, "second half": 7, "latter half": 7, "first quarter": 1, "second quarter": 4,
               "third quarter": 7, "fourth quarter": 10, "last quarter": 10, "h1": 1, "h2": 7, "q1": 1, "q2": 4, "q3": 7, "q4": 10,
               "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PART_OF_YEAR = _rc(r"\b(first\s+half|second\s+half|latter\s+half|first\s+quarter|second\s+quarter|third\s+quarter"
                           r"|fourth\s+quarter|last\s+quarter)\s+of\s+$|\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?$", re.I)
_PART_CODE = _rc(r"(Q[1-4]|H[12])\s")
_PART_WORDS = _rc(r"((?:first|second|third|fourth|last|latter)\s+(?:quarter|half))\s+of\s", re.I)
_FUTURE_CLAUSE = _rc(r"\b(?:will|shall|would|is to|are to|to be held|plans? to|intends? to|aims? to|(?:is|are) expected to"
                            r"|(?:agreed|decided|resolved|committed|undertook|pledged) to"
                            r"|(?:is|are) scheduled|(?:is|are) planned)\b", re.I)
_LEVELS_AFTER = _rc(r"\s+(?:levels?|baseline|figures?|prices)\b", re.I)
_OPENS_ON_YEAR = _rc(r"\s*(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:(?:early|mid|late)[-\s])?$")
_AHEAD_IN_YEAR = _rc(r"(?:\b(?:by|before|until|till|through|later\s+in)|\bend\s+of|\bclose\s+of)\s+$", re.I)


def _future(r: dict, ctx: _Ctx, stext: str = ""):
    if r["kind"] not in ("year", "date") or ctx.date is None or r["value"] is None or r["in_name"]:
        return None
    d = ctx.date
    y = int(r["value_max"] if r["value_max"] is not None else r["value"])
    if y != d.year:
        return y > d.year
    if r.get("month") is None:
        # a part of the statement's own year that begins after its date: "the second half of 2025"
        # said in March 2025, "Q4 2025"
        # ("Q4 2025" is a date whose month says so)
        part = _PART_OF_YEAR.search(stext, max(0, r["start"] - 40), r["start"])
        if part is not None:
            return _part_ahead(" ".join((part.group(1) or part.group(2)).lower().split()), d, r, stext, part.start())  # ("second⏎half" wrapped)
        # ("by mid-2026", "by the end of 2026": a day of the year after the statement's date)
        day = D.year_part(stext[max(0, r["start"] - 40):r["start"]], y)
        if day is not None and day > d and _AHEAD_IN_YEAR.search(
                stext, max(0, r["start"] - 40), _YEAR_PART_BEFORE.search(stext, max(0, r["start"] - 40), r["start"]).start()):
            return True
        return _ahead_in_clause(r, stext, r["start"])
    if r.get("part"):
        return _part_ahead(r["part"], d, r, stext, r["start"])
    if r["month"] == d.month and not r.get("day"):
        return _ahead_in_clause(r, stext, r["start"])  # (the statement's own month: "in February 2026")
    return (r["month"], r.get("day") or 0) > (d.month, d.day if r.get("day") else 0)


def _part_ahead(name: str, d, r: dict, stext: str, at: int) -> bool:
    """A part of the statement's own year ("the second half", "Q3", "summer"): ahead where it
    begins after the statement's date; where the date falls in it ("the first half of 2026"
    said in February 2026), where its clause looks ahead."""
    first = _PART_START[name]
    if first > d.month:
        return True
    if first + (5 if "half" in name or name in ("h1", "h2") else 2) < d.month:
        return False  # (over before the statement was made)
    return _ahead_in_clause(r, stext, at)


def _ahead_in_clause(r: dict, stext: str, at: int) -> bool:
    """Whether a time that holds the statement's date is looked ahead to: as a deadline ("by the
    end of 2024", "later in 2024"), or in a clause that looks ahead ("Sweden will provide SEK 1.5
    billion in 2026", said in January 2026; "In 2026, the two sides will hold ..."), not in one
    that tells ("In 2026, the sides launched ...")."""
    if _AHEAD_IN_YEAR.search(stext, max(0, at - 30), at):
        return True
    # (its own clause: "..., and met in 2024"; not the comma of "40,000 tonnes ... in 2025")
    clause = max(stext.rfind(", ", 0, at), stext.rfind(",\n", 0, at), stext.rfind("; ", 0, at), stext.rfind(";\n", 0, at)) + 1
    if _LEVELS_AFTER.match(stext, r["end"]):
        return False  # "double trade from 2024 levels by 2030": a year measured from, not ahead
    if _FUTURE_CLAUSE.search(stext, clause, at):
        return True
    return bool(_OPENS_ON_YEAR.match(stext, 0, at) and _FUTURE_CLAUSE.search(stext, r["end"]))


_YEAR_PART_BEFORE = _rc(r"(?:\b(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+|\b(?:early|mid|late|end|year-end)[-\s]|)$", re.I)


@lru_cache(maxsize=1)
def _empty_about() -> frozenset[str]:
    return frozenset(lexicon().get("empty_about") or ())


# the currency a sign's amount is named in after it, two words the currency words know ("de pesos
# colombianos", "in Colombian pesos")
_CURRENCY_NAMED = _rc(r"\s+(?:de\s+|in\s+)?([A-Za-z]+\s+[A-Za-z]+)\b")


def _rec(start, end, kind, value, value_max=None, unit=None, qualifier=None, about=None, in_name=False, **extra):
    if about is not None and ("\n" in about or "  " in about):
        about = " ".join(about.split())  # a phrase read across a wrapped line
    if about is not None and _bare_noun(about) in _empty_about():
        about = None  # "a (new) target of USD 30 billion": a word that says what it measures no more than the figure
    # (32.8 × 10⁶ is 32799999.999999996 in binary floating point; a figure has at most 15 digits)
    if value is not None and value == value and not float(value).is_integer():
        value = float(f"{value:.15g}")
    if value_max is not None and value_max == value_max and not float(value_max).is_integer():
        value_max = float(f"{value_max:.15g}")
    r = {"start": start, "end": end, "kind": kind, "value": value, "value_max": value_max, "unit": unit,
         "qualifier": qualifier, "about": about, "in_name": in_name}
    if extra:
        r.update(extra)
    return r


# (a capitalized word before "1 in 3", "Article 1 in 3 languages": the name the number belongs
# to; not a qualifier that opens a sentence, "Nearly 1 in 5 children", see _figure)
_NAME_BEFORE_ONE = _rc(r"\b([A-Z][\w-]*)\s+$")


def _figure(m: re.Match, stext: str, rx, ctx: _Ctx, quotes, found) -> tuple[dict | None, int]:
    """Turn one match into a record (or None) and say where to search next."""
    kind = m.lastgroup
    if kind == "core":
        return _core(m, stext, rx, ctx, quotes, found)
    if kind == "date":
        return _date(m, stext, ctx), m.end()
    if kind == "glue":
        rec = _glue(m)
        return rec, (rec["end"] if rec else m.end())  # (past "-25" of "FY2024-25")
    if kind == "frac":
        named = _NAME_BEFORE_ONE.search(stext, max(0, m.start() - 30), m.start()) if m.group().startswith("1 in") else None
        if named is not None and named.group(1).lower() not in rx.qual_first:
            return None, m.start() + 1  # ("Article 1 in 3 languages", "Window 1 in 4 countries": a name's number)
        return _fraction(m, stext, rx), m.end()
    if kind == "vague":
        return _vague(m, stext, rx, ctx)
    return _ordinal(m, stext, rx), m.end()


# The least each plural size word can mean ("hundreds" is at least two hundred).
_VAGUE = {"tens": 10.0, "dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_OF = _rc(r"\s+of\s+")


def _vague(m, stext, rx, ctx) -> tuple[dict | None, int]:
    """"tens of thousands of workers": a count of at least 20,000; "hundreds of millions of
    euros": at least EUR 200 million. The value is the least the words can mean."""
    words = [w.lower() for w in m.group().split() if w.lower() != "of"]
    several = words[0] in ("several", "a")
    if several:
        value = (3 if words[0] == "several" else 2) * _VAGUE[words[-1] + "s"]
    else:
        value = 2 * _VAGUE[words[0]] * (_VAGUE[words[1]] if len(words) > 1 else 1)
    start, end = m.span()
    of = _VAGUE_OF.match(stext, end)
    after = of.end() if of else end + len(stext[end:end + 4]) - len(stext[end:end + 4].lstrip())  # ("several billion dollars")
    word = _TOKEN.match(stext, after)
    unit_info = rx.units.get(_key(word.group())) if word else None
    if unit_info and unit_info[0] == "money":
        uname = unit_info[1]
        unit = ctx.unit(uname)
        end = word.end()
        about = _phrase_after(stext, end, rx, openers=("of", "in", "for", "on")) or _about_before(stext, start, None, rx)
        return _rec(start, end, "money", value, None, unit, "at_least", about), end
    about = _phrase_after(stext, end, rx, openers=("of",), require_opener=not several) or _about_before(stext, start, None, rx)
    return _rec(start, end, "count", value, None, None, "at_least", about), end


def _date(m, stext, ctx):
    text = m.group()
    years = _DATE_YEAR.findall(text)
    # (the first capitalized word that is a month: not "Twenty-sixth" opening "Twenty-sixth of September")
    month = next((_MONTH_NUM[w.lower().rstrip(".")] for w in _DATE_MONTH.findall(text) if w.lower().rstrip(".") in _MONTH_NUM), None)
    iso = _DATE_ISO.fullmatch(text)
    numeric = _DATE_NUMERIC.fullmatch(text)
    foreign = D.foreign_date_re().fullmatch(text) if month is None else None
    if foreign:  # "1º de março de 2026"
        d = D.foreign_date(foreign)
        return _rec(m.start(), m.end(), "date", float(foreign.group("year")), None,
                    month=d.month if d else None, day=d.day if d else None)
    if iso:
        month, day = int(iso.group(2)), int(iso.group(3))
    elif numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        day, month = (b, a) if b > 12 else (a, b)
    else:
        dm = _DATE_DAY.search(text)
        day = int(dm.group(1)) if dm else None
        if dm is None and text[:1].isalpha() and month:
            day = _ordinal_value(text.split()[0], _rx()) or None  # "the twenty-sixth of September"
    code = _PART_CODE.match(text) or _PART_WORDS.match(text)
    part = None
    if code:  # "Q4 2025", "H2 2025", "the first quarter of 2026": the month the part of the year begins in, and no day
        part = " ".join(code.group(1).lower().split())
        month, day = _PART_START[part], None
    if years:
        value = float(years[0])
        value_max = float(years[-1]) if years[-1] != years[0] else None
    else:
        # (a day without a year: the statement's year, or the next or last where the clause
        # looks ahead or back past it)
        value = float(D.year_of(stext, m.start(), m.end(), month, day, ctx.date)) if ctx.date and month else (
            float(ctx.date.year) if ctx.date else None)
        value_max = None
    return _rec(m.start(), m.end(), "date", value, value_max, month=month, day=day, part=part,
                in_name=_dated_name(stext, m.start(), _rx()) or (not years and bool(_DAY_NAMES_A_BODY.match(stext, m.end()))
                                                                 and stext[:m.start()].endswith(("the ", "The "))))


# a day after "the" that names a movement or party ("the March 23 Movement (M23)", "the 14 March
# Alliance", "the 6 April Youth Movement"): a name, no day the statement cites (not "On 4 April
# Alliance ministers will meet")
_DAY_NAMES_A_BODY = _rc(r"(?:\s+[A-Z][a-z]+)?\s+(?:Movement|Alliance|Front|Brigades?|Coalition)\b")


# a capitalized run closed by "of" right before a date: "the Vienna Convention on Diplomatic Relations of"
_RUN_OF = _rc(r"(?:[A-Z][\w'’-]*|on|of|for|the|and|to|in|between)(?:\s+(?:[A-Z][\w'’-]*|on|of|for|the|and|to|in|between))*\s+of\s+$")


def _dated_name(stext: str, start: int, rx) -> bool:
    """Whether a date closes an instrument's name ("the Vienna Convention on Diplomatic
    Relations of 18 April 1961", "the Joint Declaration of 5 May 1990"): it names the text,
    as "resolution 2231 (2015)" does, and is no date the statement cites."""
    run = _RUN_OF.search(stext, max(0, start - 100), start)
    return run is not None and any(w[:1].isupper() and w.lower() in rx.dated_instruments for w in run.group().split())


_DATE_YEAR = _rc(r"(?<!\d)(?:1[6-9]|20|21)\d\d(?!\d)")
_DATE_MONTH = _rc(r"[A-Z][a-z]+")
_DATE_ISO = _rc(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_NUMERIC = _rc(r"(\d{1,2})[./](\d{1,2})[./]\d{4}")
_DATE_DAY = _rc(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?(?![\d])")
_GLUE_DIGITS = _rc(r"\d+(?:\.\d+)?")
_FY_SPAN = _rc(r"[-–/](\d{2}|\d{4})(?![\d-])")
_CENTURY = _rc(r"[\s-]+(?i:centur)")
_HYPHEN_WORD = _rc(r"-(\w+)")
_HYPHEN_NOT_SUPERLATIVE = _rc(r"-(?![\w]*(?:largest|biggest|highest|most|leading|greatest|smallest|lowest))\w")
_NAME_WORDS = _rc(r"[^\W\d_][\w'-]*")


def _glue(m):
    text = m.group()
    rx = _rx()
    if text in rx.formulas or text.upper() in rx.formulas:
        return None
    digits = _GLUE_DIGITS.search(text).group()
    value = float(digits)
    if text[:2] in ("FY", "Fy") and len(digits) == 4:
        # ("FY2026" as written: a fiscal year, not the calendar's; "FY2024-25" one year across two)
        span = _FY_SPAN.match(m.string, m.end())
        if span:
            last = float(span.group(1)) if len(span.group(1)) == 4 else value // 100 * 100 + float(span.group(1))
            if last == value + 1:
                return _rec(m.start(), span.end(), "year", value, last)
        return _rec(m.start(), m.end(), "year", value)
    kind = "year" if _is_year(digits, value) else "count"
    return _rec(m.start(), m.end(), kind, value, in_name=True)


_SHARE_OF = _rc(r"(.+?) (?:in|out of) (?:every )?(.+)")


def _fraction(m, stext, rx):
    text = m.group()
    start, end = m.start(), m.end()
    share = _SHARE_OF.fullmatch(" ".join(text.lower().split()))
    if share:  # "one in five", "seven in ten", "3 in 10", "one in every four", "two out of three"
        num, den = (int(w) if w.isdigit() else _word_value(w, rx) for w in share.groups())
        if not num or not den or num >= den:
            return None
        value = num / den
    elif text[0].isdigit():
        a, b = (int(x) for x in text.split("/"))
        if not (0 < a < b <= 12) or text == "9/11":
            return None
        value = a / b
    else:
        parts = _SPLIT_WORDS.split(text.lower())
        if len(parts) == 1:
            prev, _ = _prev_token(stext, start)
            if prev and prev.lower() in ("first", "second", "latter", "former", "other", "one", "a"):
                return None
            value = 0.5
        else:
            denominator = rx.fractions.get(parts[-1])
            if denominator is None:  # matched only through case folding ("sıxth"): not a word as written
                return None
            num = 1.0 if parts[0] in ("a", "an", "another") else _word_value(" ".join(parts[:-1]), rx)
            value = num / denominator
            if value >= 1:
                return None  # "the four quarters to the end of Q3 2024": a period, no share
    q, q_start = _qualifier(stext, start, rx)
    # (what "one in five" counts follows it: "one in five young people")
    about = _phrase_after(stext, end, rx, openers=("of",), require_opener=share is None)
    if about is None:
        about = _about_before(stext, q_start, stext[q_start:start].strip() if q else None, rx)
    return _rec(start, end, "fraction", value, qualifier=q, about=about)


def _ordinal(m, stext, rx):
    text = m.group()
    start, end = m.start(), m.end()
    value = _ordinal_value(text, rx)
    if value <= 0:
        return None
    after = stext[end:end + 60]
    if _CENTURY.match(after):
        return None
    look = [t.lower() for t in _ALPHA.findall(after)[:5]]
    glued_sup = bool(_HYPHEN_WORD.match(after)) and look[:1] and look[0] in rx.superlatives
    if not text[0].isdigit():
        if value == 1 and not (look[:3] and "anniversary" in look[:3]):
            return None
        if value in (2, 3) and (not (glued_sup or (look[:1] and look[0] in rx.superlatives)
                                     or any(w in rx.events for w in look[:5])) or (look[:1] and look[0] in rx.ordinal_set_nouns and not any(w in rx.events for w in look[1:3]))):
            return None
        if _HYPHEN_NOT_SUPERLATIVE.match(after):
            return None  # "first-ever", "second-hand"
        if after[:1] == "," and not stext[:start].strip():
            return None  # "Fourth, the two sides ...": the order of the points, no figure
    i = end + 1 if after.startswith("-") else end
    about = _phrase_after(stext, i, rx, allow_by=False, names=True)
    return _rec(start, end, "ordinal", float(value), about=about)


# (three digits group thousands: one or two after a comma are decimals, "€ 1,5 billion" too)
_DECIMAL_COMMA = _rc(r",(\d{1,2})\s+(mil\s+millones|millones|milhões|bilhões|million|billion|trillion|mrd\.|mio\.|milliarden|millionen)(?![A-Za-z])", re.I)
_SCALES_EN = frozenset({"million", "billion", "trillion"})
_LAW_WORDS = frozenset("Act Code Law Ordinance Regulations Rules Decree Order Statute".split())
# a word or two after an amount's scale, which may be its unit: "1,2 Mrd. Euro", "4,2 billion m³"
_UNIT_WORDS_AFTER = _rc(r"\s+([^\W\d_][\w²³'’-]*)(?:[ \t]+([^\W\d_][\w²³'’-]*))?")
_DOT_THOUSANDS = _rc(r"\d{1,3}(?:\.\d{3})+")
_EUROPEAN_NUMBERS = _rc(r"\d(?:,\d{1,2}\s?(?:%|Mrd\.|Mio\.|Milliarden|Millionen|Euro)|\s(?:Mrd|Mio)\.|(?<!\d\d\d\d)(?:\.\d{3}){2,}(?![\d,]))")
_DECIMAL_COMMA_PERCENT = _rc(r",(\d{1,2})(?!\d)\s?(%|per\s?cent\b|percent\b)", re.I)
_RATE_AFTER = _rc(r"\s+(?:per|each|to\s+each|for\s+each)\s")
_DECIMAL_COMMA_UNIT = _rc(r",(\d{1,2})(?!\d)\s?([°º]\s?[CF]|[^\W\d_][\w²³]{0,11})(?![\w-])")
_DOT_GROUPED = _rc(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def _core(m, stext, rx, ctx, quotes, found) -> tuple[dict | None, int]:
    num, cur, scale_txt, unit_txt, cunit = m.group("num", "cur", "scale", "unit", "cunit")
    start, end = m.span()
    n_start, n_end = m.span("num")
    dig = num[0].isdigit()
    unit_txt = unit_txt or cunit
    compound = cunit is not None
    if dig and scale_txt and scale_txt.strip().lower() in rx.dot_grouped and _DOT_GROUPED.fullmatch(num):
        value = float(num.replace(".", "").replace(",", "."))  # "CLP 45.000 millones"
    elif dig and num.count(".") > 1 and _DOT_THOUSANDS.fullmatch(num):
        value = float(num.replace(".", ""))  # "8.700.000 euros"
    elif dig and "." in num and _DOT_THOUSANDS.fullmatch(num) and ctx.dot_thousands \
            and not (scale_txt and scale_txt.strip().lower() in ("billion", "trillion") and not num.endswith("00")):
        # "10.000 skilled workers" in a text that writes "EUR 1,5 Mrd."; before "million" a group
        # of thousands too ("USD 8.430 million" of a text that writes "2,5%": "8.430 millones"),
        # before "billion" only a round one ("12.000 billion"), while "EUR 1.125 billion" keeps its
        # decimal point
        value = float(num.replace(".", ""))
    else:
        value = float(num.replace(",", "")) if dig else _word_value(num, rx)
    if dig and not scale_txt and not unit_txt:
        comma = _DECIMAL_COMMA.match(stext, n_end)
        if comma and (comma.group(2).lower() in rx.dot_grouped or comma.group(2).lower() in _SCALES_EN):
            # "CLP 1,5 mil millones", "R$ 2,5 bilhões", "€ 1,5 billion": a decimal comma before a scale
            value = float(num.replace(".", "") + "." + comma.group(1))
            scale_txt = " " + comma.group(2)
            end = comma.end()
            # ("1,2 Mrd. Euro", "4,5 billion tenge", "4,2 billion m³", "26,7 million metric tonnes")
            word = _UNIT_WORDS_AFTER.match(stext, end)
            if word:
                for w in (word.group(1) + " " + word.group(2) if word.group(2) else None, word.group(1)):
                    if w and _key(w) in rx.units:
                        unit_txt, end = w, word.start(1) + len(w)
                        break
        else:
            pct = _DECIMAL_COMMA_PERCENT.match(stext, n_end)
            if pct and _key(pct.group(2)) in rx.units and "," not in num:
                # "3,5%", "12,5 per cent": a decimal comma before a percent sign (not "1,250%",
                # grouped thousands, nor "rose by 3, 5% ..." with its space)
                value = float(num.replace(".", "") + "." + pct.group(1))
                unit_txt = pct.group(2)
                end = pct.end()
            else:
                meas = _DECIMAL_COMMA_UNIT.match(stext, n_end)
                info = rx.units.get(_key(meas.group(2))) if meas and "," not in num else None
                if info is not None and info[0] == "quantity":
                    # "1,5 ºC", "3,5 km": a decimal comma before a unit of measure (one or two
                    # digits after it, as no thousands are grouped)
                    value = float(num.replace(".", "") + "." + meas.group(1))
                    unit_txt = meas.group(2)
                    end = meas.end()
    # A number after "#" is a label ("#1", "section #3"), like a number in a name.
    if dig and not cur and n_start and stext[n_start - 1] == "#":
        return _rec(start, end, "count", value, in_name=True), end
    # Not figures: clock times, ratios, version numbers, addresses; list markers "(1)".
    nxt2 = stext[n_end:n_end + 2]
    if dig and not cur:
        if (nxt2[:1] in ":." and nxt2[1:2].isdigit()) or (n_start > 1 and stext[n_start - 1] == ":" and stext[n_start - 2].isdigit()):
            return None, _skip_token(stext, n_end)
        before = stext[max(0, n_start - 1):n_start]
        if value < 100 and "." not in num and not scale_txt and not unit_txt and nxt2[:1] == ")" and (
            before == "(" or n_start == 0 or stext[:n_start].rstrip()[-1:] in (";", ":", ",")
        ):
            return None, n_end + 1
        if n_start == 0 and nxt2[:1] in ".)" and nxt2[1:2] == " " and value < 100:
            return None, n_end + 1
        mm = _PHONE_RUN.match(stext, n_start)
        # ("+1 202 456 1111"; not a change written with its sign, "+29%")
        if (n_start and stext[n_start - 1] == "+" and mm and len(re.sub(r"\D", "", mm.group())) >= 7) or _PHONE.match(stext, n_start):
            return None, max(mm.end(), n_end) if mm else n_end  # a telephone number
        if not scale_txt and not unit_txt and _CLOCK.match(stext, n_end):
            return None, n_end  # "10 a.m.", "14:00 GMT"
        if "://" in stext or "www." in stext or "@" in stext:  # (the token is part of the sentence)
            token_start = stext.rfind(" ", 0, n_start) + 1
            token = stext[token_start:stext.find(" ", n_end) if stext.find(" ", n_end) >= 0 else len(stext)]
            if "://" in token or "www." in token or "@" in token:
                return None, token_start + len(token)

    # A code that also opens names before a small bare number is a name ("COP 28"), not money;
    # a code with a sign ("US$20", "C$5") or any other code ("EGP 500") is money.
    if cur and not scale_txt and ((cur in rx.codes_also_names and value < 1000 and not unit_txt) or (
            cur in rx.further_codes and "," not in num and not _RATE_AFTER.match(stext, n_end))):
        cur = None
        start = n_start

    if not scale_txt and not unit_txt and n_start > 1 and stext[n_start - 1] == "+" and stext[n_start - 2].isalpha():
        # after a name and "+": the name's ("ASEAN+3", "G7+", "Mekong-Lancang+1")
        return _rec(n_start - 1 - len(stext[:n_start - 1].split()[-1]) if stext[:n_start - 1].split() else n_start, end, "count",
                    value, in_name=True), end
    # Glued to letters or "+": a name ("5G", "2+2"); "1990s" is a decade.
    if not scale_txt and not unit_txt and end < len(stext):
        c = stext[end]
        if c == "s" and dig and num.endswith("0") and not stext[end + 1:end + 2].isalpha() and (
                _is_year(num, value) or (len(num) == 4 and num.isdecimal() and 1100 <= value < 1800
                                         and not _OF_NEXT.match(stext, end + 1))):  # ("the late 1500s", not "1000s of refugees")
            return _year_record(stext, start, end + 1, value, None, rx, quotes, found), end + 1
        if c.isalpha() or (c == "+" and stext[end + 1:end + 2].isalnum()):
            mm = _GLUED.match(stext, end)
            stop = mm.end() if mm else end
            if cur:
                return None, stop
            kind = "year" if dig and _is_year(num, value) else "count"
            return _rec(start, stop, kind, value, in_name=True), stop

    scale = _scale_value(scale_txt, rx) if scale_txt else 1.0
    ukind = uname = None
    if unit_txt:
        ukind, uname, _ = rx.units.get(_key(unit_txt), (None, None, False))
        if ukind == "money" and uname == "KRW" and not scale_txt and value < 1000:
            ukind = uname = None  # "won" the verb
        if ukind is None:
            end = m.end("scale") if scale_txt else n_end
            unit_txt = None
            compound = False

    # Ranges: "40 to 45 percent", "$3-4 million", "2015–2018", "between 5 and 7 per cent".
    value_max = None
    between = start >= 8 and stext[start - 2] in "nN" and stext[start - 8:start].lower() == "between " and (
        start == 8 or not stext[start - 9].isalpha())
    after = stext[end:end + 5]
    t = None
    if between:
        t = rx.tail_and.match(stext, end)
    elif _RANGE_HINT.match(after):
        t = rx.tail.match(stext, end)
        if t is not None and dig and not cur and not unit_txt and not scale_txt and _is_year(num, value) and (
                t.group("cur") or t.group("unit") or t.group("cunit") or t.group("scale") or not t.group("num")[:1].isdigit()):
            # a year, then the amount a change went to: "from ninety billion euros in 2020 to one
            # hundred and twenty billion euros in 2025" (no range from 2020)
            t = None
    # "exports grew from $2 billion to $3 billion" is a change, not a range: two figures, the
    # first taking the scale and unit the second states ("from 20 to 30 percent")
    change = t is not None and not between and t.group("sep").strip().lower() == "to" and _changes_from(stext, start, rx) \
        and (cur or ukind == "money" or not _BY_BEFORE.search(stext, max(0, start - 20), start))  # ("cut by 46% to 50%": a range)
    if t is not None:
        res = _range(t, num, value, scale_txt, scale, unit_txt, cur, ukind, rx,
                     "." in t.group("num") and bool(_DOT_THOUSANDS.fullmatch(t.group("num"))) and ctx.dot_thousands)
        if res is not None:
            value2, scale2, unit2, cur2, ukind2, uname2, compound2 = res
            value_max = None if change else value2 * scale2
            if not scale_txt and scale2 != 1:
                scale = scale2
            elif not scale_txt and scale == 1 and value < 1000:
                # ("from sixteen to thirty-two billion cubic metres": the words' own scale, shared)
                last = t.group("num").lower().split()[-1] if t.group("num").split() else ""
                if last in ("million", "billion", "trillion") and last in rx.scales:
                    scale = rx.scales[last]
            if not unit_txt and unit2:
                ukind, uname, compound = ukind2, uname2, compound2
            if not cur and cur2:
                cur = cur2
            if not change:
                end = t.end()
            if between:
                start = start - 8
        elif dig and t.group("sep").strip() in ("-", "–", "—") and t.group("num")[0].isdigit() and not cur and not unit_txt \
                and not _is_year(num, value):
            return None, t.end()  # "a 50-50 venture", "3-1": a ratio or score, not a range
    if value_max is not None and _is_year(num, value) and not cur and not ukind and scale == 1:
        return _year_record(stext, start, end, value, value_max, rx, quotes), end

    spoken = rx.spoken_year.fullmatch(num) if not dig and not cur and not ukind and scale == 1 else None
    if spoken:  # "by twenty thirty": 2030
        year = (1900 if spoken.group(1).lower() == "nineteen" else 2000) + _word_value(spoken.group(2), rx)
        return _year_record(stext, start, end, year, None, rx, quotes, found), end
    if not dig and not cur and not ukind and scale == 1 and 2000 < value <= 2100 and _WORDS_YEAR.fullmatch(num) \
            and ((_YEAR_BEFORE.search(stext, max(0, start - 16), start) or (value_max is not None and 2000 < value_max <= 2100))
                 and not _NOUN_NEXT.match(stext, end)
                 # ("measured against the two thousand twenty-two baseline", as "the 2022 baseline")
                 or _THE_BEFORE.search(stext, max(0, start - 6), start) and rx.year_noun_re.match(stext, end)):
        # a year in words: "in October two thousand and twenty-three", "for two thousand and
        # twenty-four to two thousand and twenty-eight" (not "two thousand and fifty teachers")
        return _year_record(stext, start, end, value, value_max, rx, quotes, found), end
    if dig and ukind == "duration" and unit_txt and unit_txt[:1].isupper() and _is_year(num, value) and scale == 1 and value_max is None:
        return _year_record(stext, start, n_end, value, None, rx, quotes, found), n_end  # "the 2026 Year of Spain in Mexico"
    total = value * scale
    # Kind
    if cur or ukind == "money":
        kind = "money"
        unit = _currency(cur if cur else unit_txt, ctx, rx) if cur else (
            ctx.unit(uname))
        named = _CURRENCY_NAMED.match(stext, end) if cur and cur.strip() == "$" else None
        said = rx.units.get(_key(named.group(1))) if named else None
        if said and said[0] == "money" and not str(said[1]).startswith("~"):
            unit, end = said[1], named.end()  # ("$ 18.000 millones de pesos colombianos": the sign is the peso the words name)
    elif ukind in ("percent", "duration", "quantity"):
        kind, unit = ukind, uname
    elif not dig and scale == 1 and 1800 <= value <= 2100 and value == int(value) and (
            _THE_YEAR.search(stext, max(0, start - 16), start)
            or (_CENTURY_WORDS.match(num) and _YEAR_CONTEXT.search(stext, max(0, start - 12), start)
                and not _NOUN_NEXT.match(stext, end))):
        # a year in words: "nineteen hundred and ninety-eight", "by the year two thousand"
        return _year_record(stext, start, end, value, None, rx, quotes, found), end
    elif dig and _is_year(num, value) and scale == 1:
        q, q_at = _qualifier(stext, start, rx)
        qword = stext[q_at:start].strip().lower()
        nt = _next_token(stext, end).lower()
        if not (q and qword not in _PREPOSITION_QUALS and nt[:1].isalpha() and nt not in rx.stops
                and not nt.startswith("level")):
            return _year_record(stext, start, end, value, None, rx, quotes, found), end
        kind, unit = "count", None
    elif dig and scale == 1 and len(num) == 4 and num.isdecimal() and 1000 <= value < 1800 \
            and _OLD_YEAR_BEFORE.search(stext, max(0, start - 16), start) and not _NOT_OLD_YEAR_NEXT.match(stext, end) \
            and not _NOUN_NEXT.match(stext, end):
        # a year before 1800, where history is told: "the Treaty was signed in 1774", "since 1648"
        return _year_record(stext, start, end, value, None, rx, quotes, found), end
    else:
        kind, unit = "count", None

    if kind == "percent" and dig and value_max is None and start == n_start and start and stext[start - 1] in "-\u2212+" \
            and (start == 1 or stext[start - 2] in " \t\n(;:"):
        # a change written with its sign ("-7.6%" in a table's "Change (%)" column, "growth of
        # \u22122 per cent"): the sign is the figure's
        if stext[start - 1] != "+":
            total = -total
        start -= 1
    # Hyphen compounds that are not units: "two-way", "one-on-one" are phrasing; "10-point plan" counts.
    hyphen_word = kind == "count" and stext[end:end + 1] == "-" and stext[end + 1:end + 2].isalpha()
    if hyphen_word and not dig:
        return None, end

    q, q_start = (None, start) if between else _qualifier(stext, start, rx)
    if kind == "duration" and q == "more_than" and stext[q_start:q_start + 4].lower() == "over":
        q, q_start = None, start  # "over two days" is a span, not "more than"
    if q == "every" and kind != "duration":
        q, q_start = None, start  # ("one in every five", "every 100 people": no frequency)

    in_name = False
    if kind in ("count", "duration") and not dig and num[0].isupper() and not _opens(stext, start):
        in_name = True  # "the Group of Seven", "the 14th Five-Year Plan"
    elif kind == "count" and dig and scale == 1 and not q and _GROUP_OF.search(stext, max(0, start - 16), start):
        in_name = True  # "the Group of 77 and China", "the Committee of 24": a group's name
    elif kind == "count" and dig and scale == 1 and _MODEL_AFTER.match(stext, end):
        in_name = True  # "50 737 MAX 8 aircraft", "A350-1000 XWB": an aircraft's model, no count
    elif kind == "count" and dig and scale == 1 and _DATED_NAME_BEFORE.search(stext, max(0, start - 40), start) \
            and re.match(rf"\s+(?:{D.foreign_months_alt()})\b", stext[end:end + 16]):
        in_name = True  # "Mouvement du 23 mars (M23)": a day in a name, in its own language
    elif kind == "count" and not dig and scale == 1:
        # Spelled-out numbers: "one" alone, "the two leaders", "the two agreed" are phrasing;
        # a spelled-out hundred or more never is ("to twelve thousand a year").
        if not q:
            if value <= 1:
                return None, end
            if value < 100 and _phrasing(stext, start, end, value, rx):
                return None, end
    if kind == "count" and not in_name and not cur:
        in_name = _in_name(stext, start, end, False, rx, quotes) if dig else in_name
    if in_name:
        return _rec(start, end, kind, total, value_max, unit, None, None, True, ref=in_name == "ref"), end
    if kind == "count" and dig and found and found[-1].get("ref") and _REF_LIST.fullmatch(stext, found[-1]["end"], start):
        return _rec(start, end, kind, total, value_max, unit, None, None, True, ref=True), end

    if kind == "duration":
        about = _phrase_after(stext, end, rx, openers=("of",), require_opener=not compound)
    else:
        openers = ("of",) if kind == "count" else ("of", "in", "for", "on")
        after_at = end + 1 if hyphen_word else end
        span = _SPAN_AFTER.match(stext, after_at)
        if span is not None:  # "$50 million over five years for ocean science"
            after_at = span.end()
        when = _WHEN_AFTER.match(stext, after_at)
        if when is not None:
            after_at = when.end()
        how_often = _RATE_ADVERB.match(stext, after_at)
        if how_often is not None:  # ("$1.4 billion annually toward the cost of the program")
            after_at = how_often.end()
        if " per " in stext[after_at:after_at + 5] or stext[after_at:after_at + 1] == "/":
            rate = _RATE_THEN_OF.match(stext, after_at)
            if rate is not None:  # "5 million cubic metres per day of gas": what flows each day
                after_at = rate.end()
        worth = _WORTH.match(stext, after_at)
        if worth is not None:  # "$2 billion worth of liquefied natural gas": as "of liquefied ..."
            after_at = worth.end()
        # (past the figure restated in brackets: "NZ$1.2 billion (one point two billion New Zealand
        # dollars) of hydrogen projects", "NZ$20 million (approximately A$18.4 million) to ...")
        restated = _RESTATED_AFTER.match(stext, after_at)
        if restated:
            after_at = restated.end()
        about = None
        share = _OF_GDP.match(stext, end) if kind == "percent" and unit == "percent" else None
        if share:
            # "tax revenue rising to 13.5 percent of GDP": a share of the economy, of what before it
            of = " ".join(share.group(1).lower().split())  # (a name wrapped across a line)
            unit = "percent of " + ("GNI" if of == "gni" or "income" in of else "GNP" if of == "gnp" or "national product" in of else "GDP")
            about = _about_before(stext, q_start, stext[q_start:start].strip() if q else None, rx)
            if about is not None and _SHARE_WORDS.search(about):
                about = None  # (another share's words: "... 4 percent of GDP on defence and intends to reach 5 percent")
            elif about is not None and _a_country(about.removeprefix("the ").removeprefix("The ")):
                about = None  # (who spends it: "Estonia, Latvia and Lithuania will reach 5% of GDP on defence")
            elif about is not None and len(words := about.split()) == 2 and words[1].islower() and _a_country(words[0]):
                about = None  # (who, and its verb: "Lithuania intends to reach between 5 and 6 per cent of GDP")
            if about is None:  # "spends more than 4 percent of GDP on defence"
                past = _ACRONYM_NEXT.match(stext, share.end())  # ("of gross national income (GNI) as ...")
                about = _phrase_after(stext, past.end() if past else share.end(), rx, openers=("on", "for", "as", "to"), require_opener=True)
                if about is not None and about.lower() in _empty_about():
                    about = None
                elif about is not None:  # (not the clause after: "on defence and intends to ...")
                    about = _AND_VERB_END.sub("", about)
            if about is None:
                about = ""  # (none found: not "GDP" either)
        elif stext[max(0, q_start - 4):q_start].lower().endswith("by "):
            # "expand solar capacity by 4 gigawatts in each country": what changes, not where
            about = _about_before(stext, q_start, stext[q_start:start].strip() if q else None, rx)
        if about is None:
            about = _phrase_after(stext, after_at, rx, openers=openers)
            if about is not None and (_bare_noun(about) in _empty_about() or _MANNER_END.search(about) or _WHEN_FIRST.match(about)):
                about = None  # "below 1% today": when, not what; what comes before it then
                # (nor how: "to USD 150 billion by 2030 in a balanced and sustainable manner")
        if about is None:
            about = _about_before(stext, q_start, stext[q_start:start].strip() if q else None, rx)
        if about == "":
            about = None
        generic = None
        if kind == "money" and about and _bare_noun(about) in _MONEY_NOUNS:
            # ("a contribution of US$ 1 billion to the Tropical Forests Forever Facility": what it
            # goes to says more than that it is a contribution, which stands if nothing follows)
            generic, about = about, None
        if about is None and kind == "money":
            # "contribute EUR 200 million to the Amazon Fund", "£30 million through the UK
            # Climate Finance Accelerator", "A$100 million in the Pacific Climate Infrastructure
            # Financing Partnership": the named fund or programme the money goes to (not a
            # country: "$5 million to Kenya")
            span = _SPAN_AFTER.match(stext, after_at)  # ("NZD 4 million over three years to a Digital Inclusion Fund")
            at = span.end() if span else after_at
            done = _MONEY_PARTICIPLE.match(stext, at)  # ("the €3.5 billion mobilised under the African Peace Facility")
            at = done.end() if done else at
            resp = _RESPECTIVELY_THEN.match(stext, at)  # ("EUR 50 million, ... and EUR 20 million respectively to the AU Peace Fund")
            at = resp.end() if resp else at
            named = rx.recipient_re.match(stext, at) or _THROUGH_NAMES.match(stext, at)
            acr = _TO_ACRONYMED.match(stext, at)
            if acr is not None and (named is None or len(acr.group(1)) > len(named.group(1))) and not _a_country(acr.group(1)):
                named = acr  # (the whole name before its acronym: not "Office" of "the Office National de l'Eau Potable (ONEE)")
            if named is None and (hop := _SOURCE_HOP.match(stext, at)):
                # ("A$15 million from Australia for its Coastal Adaptation Project": what it is for,
                # past who gives it)
                about = _phrase_after(stext, hop.end(), rx, openers=("for",), require_opener=True)
            if named and named.re is _THROUGH_NAMES and _a_country(named.group(1)):
                named = None  # ("USD 2 million through Kenya": a country, no body)
            if named and named.group(1).rstrip(".").endswith(("'s", "’s")):
                named = None  # ("$30 million through USAID's successor programs": whose, not what)
            if named and _CHANNEL_PREP.match(stext, at):
                # ("R$ 1.2 billion through the Brazilian Cooperation Agency (ABC) to the Global
                # Alliance Against Hunger and Poverty": the channel, then what the money goes to)
                past = _ACRONYM_NEXT.match(stext, named.end(1))
                beyond = past.end() if past else named.end(1)
                onward = rx.recipient_re.match(stext, beyond)
                if onward is not None and not _CHANNEL_PREP.match(stext, beyond):
                    named = onward
                elif (purpose := _phrase_after(stext, beyond, rx, openers=("for",), require_opener=True)) is not None:
                    named, about = None, purpose  # ("$40 million through the Economic Support Fund for critical minerals processing")
                elif (to_do := _purpose_at(stext, beyond, rx, places=False)) is not None:
                    named, about = None, to_do  # ("$150 million through USAID to strengthen Kenya's primary health care system")
            if named:
                about = " ".join(named.group(1).split()).rstrip(".")
                tail = _NUMBER_IN_NAME.match(stext, named.end(1))
                if tail and not about.endswith("."):
                    # ("the Mission 300 initiative": its number is its name's, and the kind of name after it)
                    about += f" {tail.group(1)}" + (f" {tail.group(2)}" if tail.group(2) in rx.name_nouns else "")
        if about:
            about = _IN_THE_AMOUNT.sub("", about) or about  # ("their swap agreement in the amount" of RMB 50 billion: the agreement)
        if about is None and kind in ("money", "percent"):
            # "remittances, which totalled USD 21.6 billion", "transaction costs, which currently
            # average 9.2 percent": what the clause is about
            about = _which_totalled(stext, q_start)
        if kind in ("money", "percent"):
            # "bilateral trade had roughly doubled over the past five years and reached about USD 6.4
            # billion", "exports rose sharply and reached USD 2 billion": the subject of the first
            # verb, shared by the second
            shared = _shared_subject_re().search(stext, max(0, q_start - 200), q_start)
            if shared:
                about = shared.group("np")
        if about is None and kind == "money":
            # "$45 million to expand drought-tolerant seed programs", "USD 50 million from the
            # Peace Fund to support humanitarian operations": what the money is to do
            hop = _SOURCE_HOP.match(stext, after_at)
            about = _purpose_at(stext, after_at, rx) or (_purpose_at(stext, hop.end(), rx) if hop else None)
        if about is None and kind == "money":
            # "contribute CAD 30 million to the protection of the monarch butterfly habitat":
            # what the money goes to, when it is no name (a name is a country or a body here)
            # (of two words at least: "to the region", "to the fund" say little)
            hop = _SOURCE_HOP.match(stext, after_at)  # (past where it comes from: "from its 2025 national budget to the ...")
            to = _TO_THE_THING.match(stext, after_at) or (_TO_THE_THING.match(stext, hop.end()) if hop else None)
            what = _phrase_after(stext, to.end(), rx, det_ok=True) if to else None
            if what and len(what.split()) >= 2:
                about = what
        if about is None and (kind == "money" or kind == "percent" and _OF_WHICH_BEFORE.search(stext, max(0, q_start - 12), q_start)):
            # "at least EUR 18 billion will be dedicated to renewable energy", "of which 20% will go
            # to conflict prevention": what it is to go to (a share "Of the fund, ..." is the fund's)
            given = _DEDICATED_TO.match(stext, after_at)
            about = _phrase_after(stext, given.end(), rx, det_ok=True) if given else None
        if about is None and kind == "money":
            # "support the AfCFTA Secretariat with EUR 40 million": what is supported with it
            backed = _BACKED_WITH.search(stext, max(0, q_start - 100), q_start)
            if backed:
                about = " ".join(backed.group("what").split())
        if about is None and kind == "money" and stext[max(0, q_start - 2):q_start].rstrip().endswith("("):
            # "the Pacific Climate Initiative (A$204 million over 10 years)": the amount of the name
            # it stands in brackets after (no country: "Kenya (USD 5 million)" is where it goes)
            named = _NAME_THEN_BRACKET.search(stext, max(0, q_start - 120), q_start)
            if named and _BRACKET_CLOSES.match(stext, end) and not _a_country(named.group(1)):
                about = named.group(1)
        if kind == "money" and generic and (about is None or len(about.split()) < 2):
            about = generic  # ("a contribution of USD 350 million to the Fund": the Fund says no more)
    return _rec(start, end, kind, total, value_max, unit, q, about, False), end


_NAME_THEN_BRACKET = _rc(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|to|the|de)\s+){0,2}[A-Z][\w'’-]*){0,7}"
                                r"(?:\s+(?:initiative|programme|program|project|fund|facility|package|scheme|plan))?)\s*\(\s*$")
_BRACKET_CLOSES = _rc(r"(?:[^()]{0,40})?\)")
_RATE_ADVERB = _rc(r",?\s+(?:annually|yearly|monthly|each\s+year|every\s+year|a\s+year|a\s+month|per\s+(?:year|annum|month))"
                          r"(?=\s+(?:to|towards?|for|in|on|into|through)\s)")
_NUMBER_IN_NAME = _rc(r"\s+(\d{1,4})(?:\s+([a-z]+))?(?=[\s,.;:]|$)")
@lru_cache(maxsize=1)
def _plain_adjectives() -> frozenset[str]:
    return frozenset(lexicon().get("plain_adjectives") or ())


def _bare_noun(phrase: str) -> str:
    """A phrase in lower case, less the plain adjectives it opens on ("new target": "target")."""
    words = phrase.lower().split()
    plain = _plain_adjectives()
    while len(words) > 1 and words[0] in plain:
        del words[0]
    return " ".join(words)


_POUNDS_OF = _rc(r"\s+of\s+([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3})")
# (a sum in millions or billions is money: "1 billion pounds of research funding", "12 million pounds of aid")
_SCALED_POUNDS = _rc(r"(?i:million|billion|trillion|bn|m)\s+pounds$")
# (what an amount of money is "of": "two billion pounds of support", "of new investment")
_MONEY_NOUNS = frozenset("contribution contributions pledge pledges grant grants donation donations allocation commitment "
                         "package funding financing support envelope investment investments".split())
_MONEY_WORDS_AFTER_OF = _MONEY_NOUNS | frozenset(
    "finance aid assistance loans loan credit credits revenue revenues spending expenditure savings losses damage debt trade "
    "exports imports contracts funds money capital cash public private new additional goods services oda development official "
    "taxpayers".split())
_MONEY_PARTICIPLE = _rc(r"\s+(?:already\s+)?(?:mobili[sz]ed|provided|pledged|committed|allocated|disbursed|channell?ed|raised"
                               r"|invested|approved|earmarked|announced|granted|extended)(?=\s+(?:to|through|into|towards?|in|for|under)\s)")
_RESPECTIVELY_THEN = _rc(r",?\s+respectively,?(?=\s)")
_OF_WHICH_BEFORE = _rc(r"\bof\s+(?:which|this|it)\s+$", re.I)
_DEDICATED_TO = _rc(r"\s+(?:(?:will|shall|would|is|are|was|were|has|have)\s+(?:been\s+|be\s+)?(?:dedicated|allocated|earmarked|devoted"
                           r"|directed|channell?ed|used|spent|invested|set\s+aside)\s+(?:to|for|on|in)"
                           r"|(?:will|would|shall)\s+go\s+(?:to|towards?)|goes\s+(?:to|towards?)|went\s+(?:to|towards?))\s+(?:the\s+)?(?=[a-z])")
_BACKED_WITH = _rc(r"\b(?:support|supporting|supports|assist|assisting|equip|equipping|back|backing|capitali[sz]e|capitali[sz]ing)\s+"
                          r"(?:the\s+)?(?P<what>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,6})"
                          r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?\s+with\s+(?:(?:an?\s+)?(?:additional|further|new)\s+)?"
                          r"(?:(?:up\s+to|more\s+than|over|about|some|nearly|approximately|at\s+least)\s+)?$")


def _a_country(words: str) -> bool:
    """Whether ``words`` are countries' names, or a month or a day, and nothing more ("Kenya",
    "Kenya and Uganda", "March"): no body money goes through."""
    from . import statement as S

    from .entities import codebook

    times = {*codebook()["months"], *codebook()["weekdays"]}
    parts = [p.strip() for p in re.split(r",|\band\b|&", words) if p.strip()]
    return all(p in times or any(s0 == 0 and e == len(p) for s0, e, _ in S._country_spans(p)) for p in parts)


# the bodies money goes through, by name or acronym: "USD 3 billion through JOGMEC and JBIC",
# "GBP 500 million through UK Export Finance" (capitals up to a word in lower case or a stop)
# (a name ends the clause or comes before a preposition: not "the Kenyan government", "Japan's
# development agency")
_IN_THE_AMOUNT = _rc(r"\s+(?:in|for|of)\s+(?:the|an?)\s+(?:amount|sum|value|total)(?:\s+of)?$")
_CHANNEL_PREP = _rc(r"\s+(?:through|via)\s")
# a name its acronym follows, which the money goes to: "£40 million to the Nigeria Health
# Sector-Wide Approach (SWAp)", "$10 million for the Blue Pacific Continent Initiative (BPCI)"
_TO_ACRONYMED = _rc(
    r"\s+(?:to|into|towards?|for|under)\s+(?:the\s+)?([A-Z][\w'’+-]*(?:\s+(?:(?:and|of|for|on|to(?!\s+the\b)|&|the|de|du|des|del|la|le|et|y|e|do|da"
    r"|dos|das)\s+)*(?:[lLdD]['’])?[A-Z\u00c0-\u00de][\w'’-]*){1,10})"
    r"(?=\s*\(\s*[A-Za-z][\w&+-]{1,12}(?:\s+[IVX]{1,4}|\s+\d{1,2})?\s*\))"  # (and its phase: "(CRIMARIO II)")
)
_THROUGH_NAMES = _rc(
    r"\s+(?:through|under)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w-]*){0,6}"
    r"(?:\s+(?:instrument|facility|programme|program|fund|mechanism|window|framework|initiative))?)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:to|for|in|by|over|from|under|and|with|as)\b|\s*\(\s*[A-Z][\w&+-]{1,12}\s*\))"
)

# (a count's noun after it: "up to two thousand and fifty participants")
# (not a word that goes on the clause: "in two thousand and twenty-two compared with ...")
_NOUN_NEXT = patterns.NOUN_NEXT
_THE_BEFORE = _rc(r"\b(?i:the)\s+$")
_WORDS_YEAR = _rc(r"(?i)two\s+thousand(?:\s+and)?(?:[\s-]+[a-z]+)*")
_YEAR_BEFORE = _rc(
    r"(?i)\b(?:in|by|since|until|till|from|before|after|to|between|during|through|of\s+the\s+year|year|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\s+$")
_RESTATED_AFTER = _rc(r"\s*\((?:[^()]{0,60}\d[^()]{0,30}|[^()\d]{0,80}\b(?i:million|billion|trillion|thousand|hundred|dollars?"
                             r"|euros?|pounds?|yen|yuan|rupees?|francs?|per\s?cent|percent)\b[^()]{0,20})\)")
# (or a name's word before common ones: "to the Pacific cable programme", "to the WHO's regional programme")
_TO_THE_THING = _rc(r"\s+(?:to|towards?|for)\s+(?:the|a|an)\s+(?=[a-z]|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:['’]s)?\s+[a-z])")
_WORTH = _rc(r"\s+worth(?=\s+of\s)")
_PER_HEAD_THEN = _rc(r"\s+per\s+[a-z][a-z-]*(?=\s+(?:per|a|each|every)\s)")
_RATE_TIMES = frozenset("day week month year annum quarter".split())
_RATE_THEN_OF = _rc(rf"(?:\s+per\s+|\s*/\s*)(?:{'|'.join(sorted(_RATE_TIMES))}|hour)(?=\s+of\s)", re.I)
_SOURCE_HOP = _rc(
    r"\s+(?:from|through|via|under)\s+(?:(?:the|its|their|our|his|her)\s+)?(?:[A-Z][\w'’&-]*(?:\s+(?:(?:de|do|da|dos|das|del|de la|des|du|di|of|for|and)\s+)?"
    r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’&-]*){0,7}"
    # (or its own purse: "from its state budget", "from their own resources")
    r"|(?:(?:19|20)\d\d(?:[-–/]\d\d)?\s+)?(?:own\s+)?(?:(?:state|national|federal|central|regular|annual|development|public)\s+)?(?:budgets?|resources|funds|reserves))"
    r"(?=\s+(?:to|for)\s)")
_WHICH = _rc(
    r",\s+which\s+(?:has\s+|have\s+)?(?:currently\s+|now\s+|already\s+)?(?:totall?ed|reached|amounted\s+to|stood\s+at|came\s+to"
    r"|exceeded|grew\s+to|rose\s+to|averaged?|average|represents?|represented|stands\s+at|totals?"
    # (or what a body has given: "the European Peace Facility, which has provided more than €600 million")
    r"|provided|mobili[sz]ed|disbursed|invested|committed|channell?ed|allocated|granted|financed|supported)"
    r"\s+(?:(?:about|around|approximately|nearly|almost|over|more\s+than|some)\s+)?$"
)
_NOT_ABOUT_WORDS = frozenset("on in for to the a an its their our with by from at as into over under that this these those "
                             "will shall would can could may might must not no is are was were be been has have had".split())


def _which_totalled(stext: str, q_start: int) -> str | None:
    """The noun before ", which totalled ...": "remittances, which totalled USD 21.6 billion"."""
    m = _WHICH.search(stext, max(0, q_start - 60), q_start)
    if m is None:
        return None
    acts = _rx().imperatives  # (an item's verb before its object: "(a) expand bilateral trade, which reached ...")
    words: list[str] = []
    for w in reversed(stext[max(0, m.start() - 60):m.start()].split()):
        low = w.lower()
        if not w.replace("-", "").replace("'", "").isalpha() or low in _NOT_ABOUT_WORDS or len(words) == 5 or (words and low in acts) \
                or (w.islower() and w.endswith("ed") and low not in ("need", "feed", "seed", "speed")):  # ("Kenya welcomed remittances"; not "United")
            if low in _BEFORE_A_VERB and words:
                words.pop()  # ("will not restrict remittances": the verb after them is no noun)
            break
        words.append(w)
    while words and words[-1].lower() in ("of", "and"):  # ("exports of tea and coffee", read backwards)
        words.pop()
    return " ".join(reversed(words)) or None


@lru_cache(maxsize=1)
def level_noun_pattern() -> str:
    """A level a statement reports, with the words before it (``level_nouns`` and
    ``level_qualifiers`` of the lexicon): "bilateral trade", "two-way investment", "exports"."""
    lex = lexicon()
    return rf"(?:(?:{_words(lex['level_qualifiers'])})\s+)?(?:{_words(lex['level_nouns'])})"


@lru_cache(maxsize=1)
def _shared_subject_re() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?P<np>{level_noun_pattern()})\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|rose|grew|fell)\b[^.;:]{{0,120}}?"
        r"\s+and\s+(?:then\s+|now\s+)?(?:reached|stood\s+at|rose\s+to|grew\s+to|fell\s+to|totall?ed|amounted\s+to|exceeded)\s+$", re.I)


_BEFORE_A_VERB = frozenset("will shall would can could may might must not to do does did".split())


_PURPOSE = _rc(r"\s+(?:in\s+order\s+)?to\s+(?:help\s+)?([a-z]+(?:-[a-z]+)?)\b(?:\s+(?:up|out|forward|down|back|off)\b)?")  # ("to scale up ...")
_NOT_PURPOSE = frozenset("the a an this that these those its their our his her each both all every some any be been "
                         "date".split())


def _purpose_at(stext: str, at: int, rx, places: bool = True) -> str | None:
    """What money is to do, "to" a verb and its object at ``at``, as written with its article
    ("to support the ... Mission"), or None; with ``places`` False, none whose object is only a
    country ("to help Kenya": the channel before it says more)."""
    purpose = _PURPOSE.match(stext, at)
    if not purpose or purpose.group(1).lower() in _NOT_PURPOSE:
        return None
    what = _phrase_after(stext, purpose.end(), rx, det_ok=True)
    if not what or (not places and _a_country(what)):
        return None
    k = stext.find(what, purpose.end())
    return " ".join(stext[purpose.start(1):k + len(what)].split()) if k >= 0 else None


def _opens(stext: str, start: int) -> bool:
    """Whether a figure at ``start`` opens the sentence, a quotation or a parenthesis."""
    return start == 0 or stext[:start].rstrip()[-1:] in ':"('


# What a figure is measured against or held to, set off by a comma after its time or span: how,
# not what ("19.6 GW by 2030, in line with the Declaration", "EUR 50 million over three years,
# subject to the adoption of the budget").
_HOW_NOT_WHAT = (r"in\s+line\s+with|subject\s+to|in\s+accordance\s+with|in\s+keeping\s+with|consistent\s+with"
                 r"|in\s+particular|in\s+addition|in\s+order|in\s+response|provided|pending|including|which|as\s+part\s+of")
# A span of time between a figure and what it is for: "over five years", "within the next 3 years".
_SPAN_AFTER = _rc(
    r"(?:,?\s+(?:over|within|during|across)\s+(?:the\s+(?:next|coming|first)\s+(?:[\w-]+\s+)?|[\w-]+\s+)"
    r"(?:years?|months?|weeks?|days?|decades?)\b,?"
    # ("EUR 600 million over the period 2025-2027 for peace support operations")
    r"|,?\s+(?:over|during|in)\s+the\s+period\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b,?"
    rf")(?!\s+(?:{_HOW_NOT_WHAT}))",
    re.I,
)
# ... or when, or by what means set off by commas, where what it is for follows: "$600 billion by
# 2027 for quality infrastructure", "US$1.2bn in FY2027 for ...", "€1.2 billion, through AECID and FONPRODE, to ..." (not "A$88
# billion in 2021, making Japan ...")
_WHEN_AFTER = _rc(
    r"(?:,?\s+(?:by\s+(?:the\s+end\s+of\s+)?(?:(?:the|this|next)\s+(?:year|decade)|(?:FY\s?)?(?:19|20)\d\d)|in\s+(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d\d)?"
    r"|annually|each\s+year|per\s+(?:year|annum))\b"
    rf"|,\s+(?:through|via|under)\s+[^,;:.]{{3,150}},)+,?(?=\s+(?:to|for|in|on)\s)(?!\s+(?:{_HOW_NOT_WHAT}))",
    re.I,
)
# A dash or slash in the next two characters, or " to ": a range may follow.
_RANGE_HINT = _rc(r"[\s\S]?[-–—/]| [tT][oO] ")
_CLOCK = _rc(r"\s?(?:[ap]\.m\.|[ap]m\b|(?:GMT|UTC|EST|EDT|CET|hrs|h)\b|o'clock)", re.I)
# "(202) 647-2492", "202 647 2492", "647-2492": telephone numbers, not figures.
_PHONE = _rc(r"\d{2,4}\)?[\s.-]\d{3}[\s.-]?\d{4}(?!\d)|\d{3}-\d{4}(?!\d|,\d)")
_PHONE_RUN = _rc(r"[\d\s().-]*\d")
_ALPHA = _rc(r"[A-Za-z]+")
_GLUED = _rc(r"[\w+]+")
_RUN = _rc(r"[\w:.]+")


def _skip_token(stext: str, i: int) -> int:
    m = _RUN.match(stext, i)
    return m.end() if m else i + 1


_RANGE_WORDS = frozenset("ranging range ranges ranged aged varying vary varies varied between spanning".split())
_BY_BEFORE = _rc(r"\bby\s+$")
_FROM_OR_BY_BEFORE = _rc(r"\b(?:from|by)\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|just|over|under|less\s+than|more\s+than)\s+)?$", re.I)


def _changes_from(stext: str, start: int, rx) -> bool:
    """Whether the figure at ``start`` is the "from" of a change: a verb of change in the twelve
    words before "from", within the clause ("trade rose from", "increase the share of
    renewables from", "increase the annual cap on Work and Holiday visas for Vietnamese
    nationals from"), or its amount: "will increase by €10 million to €40 million"."""
    m = _FROM_OR_BY_BEFORE.search(stext, max(0, start - 40), start)
    if m is None:
        return False
    words = stext[max(0, m.start() - 160):m.start()].split()[-12:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.lower() == "between" and i + 1 < len(words) and not words[i + 1][:1].isdigit():
            continue  # "flights between Addis Ababa and Nairobi from 21 to 28": the places, no range
        if w[-1:] in ",;:.(" or w.lower() in _RANGE_WORDS:
            return False  # ("projects ranging from $1 million to $5 million": a range)
        if w.lower() in rx.change_verbs:
            return True
    return False


def _range(t, num, value, scale_txt, scale, unit_txt, cur, ukind, rx, dot_thousands: bool = False):
    """Validate the second half of a range; None when the two numbers are not one range."""
    sep = t.group("sep").strip().lower()
    num2 = t.group("num")
    dig2 = num2[0].isdigit()
    value2 = float(num2.replace(".", "")) if dot_thousands and _DOT_THOUSANDS.fullmatch(num2) \
        and not (t.group("scale") and t.group("scale").strip().lower() in _SCALES_EN) else _num_value(num2, rx)
    scale2_txt = t.group("scale")
    unit2_txt = t.group("unit") or t.group("cunit")
    cur2 = t.group("cur")
    if sep in ("-", "–", "—", "/") and (not dig2 or not num[0].isdigit()):
        return None
    if sep == "/":
        if not (_is_year(num, value) and (len(num2) in (2, 4))):
            return None
    ukind2 = uname2 = None
    compound2 = t.group("cunit") is not None
    if unit2_txt:
        ukind2, uname2, _ = rx.units.get(_key(unit2_txt), (None, None, False))
        if ukind2 is None:
            unit2_txt = None
    # ("2024-25", "2024 to 28"; not "from USD 23 billion in 2024 to USD 45 billion", a sum)
    if _is_year(num, value) and len(num2) == 2 and dig2 and not scale_txt and not unit_txt and not cur \
            and not cur2 and not scale2_txt and not unit2_txt:
        value2 = value // 100 * 100 + value2
        if value2 <= value:
            return None
        return value2, 1.0, None, None, None, None, False
    scale2 = _scale_value(scale2_txt, rx)
    if scale_txt and not scale2_txt:
        return None
    if unit_txt and not unit2_txt:
        return None
    if unit_txt and unit2_txt and rx.units.get(_key(unit_txt), (0, 1))[1] != uname2:
        return None
    if cur and cur2 and _key(cur) != _key(cur2):
        return None
    if cur2 and not cur:
        return None
    lo = value * (scale if scale_txt else scale2)
    if value2 * scale2 <= lo:
        return None
    return value2, scale2, unit2_txt, cur2, ukind2, uname2, compound2


_ACRONYM_IN_BRACKETS = _rc(r"\([A-Z][A-Za-z&-]{1,11}\)")
_TERM_NEXT = _rc(r"\s+(?!(?:to|and|or|in|on|at|by|for|of|with|from|as|is|are|was|were|will|shall|which|that|the|a|an)\b)[a-z]")


def _year_record(stext, start, end, value, value_max, rx, quotes, found=()):
    if value_max is None:
        in_name = _in_name(stext, start, end, True, rx, quotes)
    else:  # a span of years names a plan's period ("Framework of Cooperation 2024-2028"), not a body's term
        head = stext[max(0, start - 30):start].split()
        in_name = bool(head) and head[-1] in rx.span_name_heads
        if not in_name and head and (head[-1][0].isupper() or _ACRONYM_IN_BRACKETS.fullmatch(head[-1])):
            # (or a name's last word, as a single year's: "the ASEAN-Japan Plan of Action 2026-2030",
            # "the ASEAN Plan of Action for Energy Cooperation (APAEC) 2026-2030")
            # (not the span of a term: "the Security Council 2021-2022 term")
            in_name = not _TERM_NEXT.match(stext, end) and (
                _ACRONYM_IN_BRACKETS.fullmatch(head[-1]) is not None or bool(_in_name(stext, start, end, True, rx, quotes)))
        if head and head[-1].lower().rstrip(".") in rx.reference:
            in_name = "ref"  # "Law 2015-36", "Decree No. 2024-512": a number of a text, no span of years
    if not in_name and found and found[-1].get("ref") and _REF_LIST.fullmatch(stext, found[-1]["end"], start):
        in_name = "ref"  # "Resolution 2254 (2015)"
    if not in_name and _DOC_NUMBER_AFTER.match(stext, end):
        in_name = "ref"  # "Regulation (EU) 2024/1747": a year and a number, naming a text
    if not in_name and _DOC_CODE.search(stext, max(0, start - 40), start):
        in_name = "ref"  # "[PSC/PR/COMM.1218 (2024)]", "A/RES/78/3 (2023)": a document's symbol and year
    return _rec(start, end, "year", value, value_max, in_name=bool(in_name), ref=in_name == "ref")


_DOC_NUMBER_AFTER = _rc(r"/(?!(?:19|20)\d\d(?!\d))\d{3,5}(?!\d)")
_DOC_CODE = _rc(r"(?<![\w/])[A-Z][\w.-]*(?:/[\w.-]+)+\s*\(\s*$")
_REF_LIST = _rc(r"\s*(?:,\s*(?:and|or)?|and|or|\()\s*|[-/]")  # (and "No. 2024-512", "8123/25": one number)


_FIGURE_BEFORE = frozenset("to by from than reach reached reaches totalling totaling".split())


_MORE_OF = frozenset(["more", "additional", "further", "fewer", "extra"])


_MEASURED_NEXT = _rc(rf"\s+{_MEASURE}\s+[a-z]")  # (then a word: " 97-meter multi-role ...")




_FROM_TO_BEFORE = _rc(r"\b(?i:from)\s+(?:\S+\s+){1,2}(?i:to)\s+$")


def _phrasing(stext: str, start: int, end: int, value: float, rx) -> bool:
    """Spelled-out small numbers that name the parties or need no figure ("the two leaders")."""
    toks = [t.group() for t in islice(_TOKEN.finditer(stext, end), 4)]
    if _MEASURED_NEXT.match(stext, end):
        return False  # "the five 97-meter vessels", "20 10-tonne trucks": a count of the things measured
    if not toks or not toks[0][0].isalpha():
        # "... patrol vessels to twelve.": a figure a change arrives at, not a word alone
        prev, _ = _prev_token(stext, start)
        return not (prev and prev.lower() in _FIGURE_BEFORE)
    lo0 = toks[0].lower()
    if lo0 in ("per", "a", "an", "each", "every") and len(toks) > 1 and toks[1].lower() in _RATE_TIMES \
            and (_prev_token(stext, start)[0] or "").lower() not in ("the", "these", "those", "both"):
        return False  # "increased to forty-five per week": a rate, no phrasing (not "the two a year later")
    if lo0 in _MORE_OF and len(toks) > 1 and toks[1][:1].isalpha():
        return False  # "twenty-six more countries", "ten additional scholarships": a count
    if lo0 in ("to", "and") and len(toks) > 1 and (_prev_token(stext, start)[0] or "").lower() in ("from", "between") \
            and (toks[1][0].isdigit() or toks[1].lower().split("-")[0] in rx.wordvals):
        return False  # "from twelve to twenty": where a change or a range starts, as "from 12 to 20" is
    if _FROM_TO_BEFORE.search(stext, max(0, start - 40), start):
        return False  # "from six to ten by 2028": where a change arrives, as "from 6 to 10" does
    if lo0 == "other" and len(toks) > 1 and toks[1][:1].isalpha() and value > 3:
        return False  # "together with twelve other ministers": a count (not "the two other parties")
    if lo0 in rx.stops or lo0 in rx.verbs or lo0 in rx.reporting or lo0 in _AUX or lo0 in rx.change_verbs:
        return True
    if lo0.endswith("ed") and not any(w.lower() in rx.party for w in toks[1:3]) and len(toks) > 1 and not toks[1][0].isalpha():
        return True
    prev, _ = _prev_token(stext, start)
    det = bool(prev) and prev.lower() in _PHRASING_DETS
    for w in toks[:3]:
        if not w[0].isalpha():
            break
        if w.lower() in rx.party:
            return value <= 3 or (det and value <= 10)
    if det and value == 2 and prev.lower() in ("the", "these", "those"):
        for w in toks[:3]:
            if not w[0].isalpha():
                break
            if w.lower() in rx.pair_bodies:
                return True  # "the two central banks", "the two navies": each party's own, no count
    return False


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract(statement) -> "pd.DataFrame":
    """The figures of a statement, one row per figure in text order (columns: ``COLUMNS``).

    ``kind`` is one of ``KINDS``; ``value`` is a float (16e9 for "$16 billion", 0.3333 for
    "one-third", the year for years and dates, NaN for a date whose year is unknown);
    ``value_max`` is the upper end of a range; ``unit`` is the ISO currency code for money,
    the singular unit for quantities and durations ("hectare", "year"), "percent",
    "percentage point", "basis point" or a share of the economy ("percent of GDP", "percent of GNI", whose
    ``about`` is what is measured: "tax revenue"); ``qualifier`` is one of ``QUALIFIERS``; ``about`` is the phrase the
    figure measures; ``in_name`` marks numbers inside names and ``restates`` a figure in
    brackets that gives the one before it again, both of which :func:`counted` drops;
    ``per`` is a rate's period ("year" for "USD 300 billion per year", "3,000 places a year") or
    a price's unit ("tonne" for "USD 5 per tonne");
    ``future`` says whether a year or date falls after the statement's date.
    """
    import pandas as pd

    import numpy as np

    rows = _records(statement)
    n = len(rows)
    cols = list(zip(*rows)) if rows else [() for _ in COLUMNS]
    arrays = []
    for values, dtype in zip(cols, _DTYPES):
        if dtype is object:
            # object columns keep None for "none" (pandas 3 would read None as NaN in a str column)
            arr = np.empty(n, dtype=object)
            arr[:] = values
        elif dtype == "float64":
            arr = np.array([math.nan if x is None else x for x in values], dtype=dtype)
        else:
            arr = np.array(values, dtype=dtype)
        arrays.append(arr)
    index = pd.RangeIndex(n)
    # The arrays are already what the frame stores, so pandas is spared checking and
    # converting each one: building the frame through the public constructor costs more
    # than a fifth of the whole extraction on a statement dense with figures. The
    # constructor is the fallback should a pandas version lack the shortcut.
    from_arrays = getattr(pd.DataFrame, "_from_arrays", None)
    if from_arrays is not None:
        try:
            return from_arrays(arrays, columns=_column_index(), index=index, verify_integrity=False)
        except TypeError:
            pass
    data = {c: pd.Series(arr, index=index, dtype=object) if arr.dtype == object else arr for c, arr in zip(COLUMNS, arrays)}
    return pd.DataFrame(data, index=index, columns=COLUMNS)


@lru_cache(maxsize=1)
def _column_index():
    import pandas as pd

    return pd.Index(COLUMNS)  # (an Index cannot be changed in place, so frames can share it)


_DTYPES = [{"value": "float64", "value_max": "float64", "in_name": "bool", "restates": "bool", "sentence": "int64", "paragraph": "int64",
            "start": "int64", "end": "int64"}.get(c, object) for c in COLUMNS]


def counted(df: "pd.DataFrame") -> "pd.DataFrame":
    """Only the figures that count: rows whose number is not part of a name and does not
    restate the figure before it (a sum of money converted in brackets is one sum, not two)."""
    return df[~(df["in_name"].astype(bool) | df["restates"].astype(bool))].reset_index(drop=True)


def restatements(df: "pd.DataFrame", text: str | None = None) -> dict[tuple[int, int], str]:
    """``(sentence, start)`` of each figure that a bracket restates → the bracket's figures as
    written ("US$50.7bn"), so a table can show the two together while counting one. With the
    statement's ``text``, a figure that restates one elsewhere (a table's cell repeating the
    prose: "Renewable share; 63%; 87%") is not shown as the cell before it said again."""
    out: dict[tuple[int, int], str] = {}
    if df.empty or not df["restates"].any():
        return out
    head = None
    head_end = 0
    for r in df.itertuples(index=False):
        if r.restates and head is not None:
            if text is not None and (int(r.sentence) != head[0] or ";" in text[head_end:int(r.start)]):
                continue
            said = f"{_QUAL_WORDS[r.qualifier]} {r.text}" if r.qualifier in _QUAL_WORDS else r.text  # "about US$50.7bn"
            out[head] = f"{out[head]}, {said}" if head in out else said
        elif not r.restates:
            head = (int(r.sentence), int(r.start))
            head_end = int(r.end)
    return out


_QUAL_WORDS = {"about": "about", "nearly": "nearly", "more_than": "more than", "less_than": "less than", "up_to": "up to",
               "at_least": "at least", "every": "every"}


def _plain(x: float) -> str:
    """A number without scientific notation: 1,000 / 3.2 / 0.75 / 1.075 (to three decimals,
    enough for the decimals statements write: "USD 1.075 billion" is not "$1.07 billion";
    a long number in a compact form rounds there, 1,234,567 as "1.235 million")."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _amount(x: float) -> tuple[str, str]:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return _plain(x / size), word
    return _plain(round(x, 2)), ""


def _join(a: tuple[str, str], b: tuple[str, str] | None, prefix: str = "") -> str:
    if b is None:
        return prefix + (f"{a[0]} {a[1]}" if a[1] else a[0])
    if a[1] == b[1]:
        return prefix + f"{a[0]}–{b[0]}" + (f" {b[1]}" if b[1] else "")
    return _join(a, None, prefix) + "–" + _join(b, None, prefix)


def _plural(unit: str, value: float) -> str:
    if value == 1:
        return unit
    words = unit.split()
    i = words.index("per") - 1 if "per" in words else (0 if words[0] == "degree" else len(words) - 1)
    w = words[i]
    words[i] = w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + ("es" if w.endswith(("s", "x", "ch")) else "s")
    return " ".join(words)


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


_INDIAN_SCALE = _rc(r"\b(?:crores?|lakhs?|lacs?)\b", re.I)


def format_value(row, qualifier: bool = False) -> str:
    """A figure as people read it: "$16 billion", "€5 million", "US$450 million", "12.4%", "1,000",
    "USD 300 billion a year".

    ``row`` is a ledger row (a Series or a dict). With ``qualifier=True`` the qualifier is
    spelled out in front ("more than $20 million"), and a change's way ("rise of 7.4%").
    """
    kind = row["kind"]
    v = row["value"]
    vm = None if _missing(row["value_max"]) else row["value_max"]
    unit = row["unit"] if not _missing(row["unit"]) else None
    text = str(row["text"])
    vague = bool(_VAGUE_WORDS.match(text))  # ("tens of thousands": as written, not "at least 20,000")
    if _missing(v) or kind == "date" or vague:
        out = " ".join(text.split())
        if vague:
            out = out[:1].lower() + out[1:]  # ("Tens of thousands" opening its sentence)
    elif kind == "money":
        prefix = _money_prefix(text, unit)
        out = _join(_amount(v), _amount(vm) if vm is not None else None, prefix)
    elif kind == "percent":
        if unit in ("percentage point", "basis point"):
            out = _join((_plain(v), ""), (_plain(vm), "") if vm is not None else None) + " " + _plural(unit, vm or v)
        else:
            out = _plain(v) + ("–" + _plain(vm) if vm is not None else "") + "%"
            if unit and unit.startswith("percent of "):
                out += unit[len("percent"):]  # "2.3% of GDP"
    elif kind == "count":
        out = _join(_amount(v) if v >= 1e6 else (_plain(v), ""), (_amount(vm) if vm >= 1e6 else (_plain(vm), "")) if vm is not None else None)
    elif kind in ("quantity", "duration"):
        body = _join(_amount(v) if v >= 1e6 else (_plain(v), ""), (_amount(vm) if vm >= 1e6 else (_plain(vm), "")) if vm is not None else None)
        out = f"{body} {_plural(unit, vm if vm is not None else v)}" if unit else body
    elif kind == "year":
        if text.rstrip().endswith("0s"):
            out = text.strip()
        elif text[:2] in ("FY", "Fy"):
            out = f"FY{int(v)}" + (f"–{int(vm) % 100:02d}" if vm is not None else "")  # ("FY2024–25": a fiscal year)
        else:
            out = f"{int(v)}" + (f"–{int(vm)}" if vm is not None else "")
    elif kind == "ordinal":
        n = int(v)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        out = f"{n}{suffix}"
    elif kind == "fraction":
        f = Fraction(v).limit_denominator(12)
        out = f"{f.numerator}/{f.denominator}"
    elif kind == "multiple":
        out = f"×{_plain(v)}" if v >= 1 else f"×{Fraction(v).limit_denominator(12)}"  # ("×3"; "halve": "×1/2")
    else:
        out = text
    if kind in ("money", "quantity", "count") and _INDIAN_SCALE.search(text):
        # (as the text counts it, then as the rest of the world does: "₹ 2,500 crore (₹25 billion)")
        out = f"{' '.join(text.split())} ({out})"
    per = row.get("per") if hasattr(row, "get") else None
    if isinstance(per, str) and per:
        # "USD 300 billion a year", "USD 5 per tonne", "INR 50 lakh each"
        out = f"{out} a {per}" if per in PERIODS else f"{out} each" if per == "each" else f"{out} per {per}"
    q = row.get("qualifier") if hasattr(row, "get") else row["qualifier"]
    if qualifier and not _missing(q) and q in _QUAL_WORDS and not vague:
        out = f"{_QUAL_WORDS[q]} {out}"
    change = row.get("change") if hasattr(row, "get") else None
    if qualifier and isinstance(change, str) and change in CHANGE_WORDS and kind != "multiple":  # ("×2" says it)
        out = f"{CHANGE_WORDS[change]} {out}"  # "rise of 7.4%": a change, not a level
    return out


_VAGUE_WORDS = _rc(rf"(?i:{'|'.join(_VAGUE)}|several|a\s+few)\b")


def _money_prefix(text: str, unit: str | None) -> str:
    t = text.lstrip()
    if unit == "USD" and not t.startswith("$"):
        return "US$"  # ("US$", "USD", "one hundred million dollars": the sign a text writes, else no bare "$" of many)
    sym = _rx().symbols.get(unit) if unit else None
    if sym:
        return sym
    return f"{unit} " if unit else ""


def display(df: "pd.DataFrame") -> "pd.DataFrame":
    """The counted figures as a table for people: figure, kind, about, section, sentence."""
    import pandas as pd

    rows = counted(df)
    return pd.DataFrame(
        {
            "figure": pd.Series([format_value(r, qualifier=True) for r in rows.to_dict("records")], dtype=object),
            "kind": pd.Series(rows["kind"].tolist(), dtype=object),
            "about": pd.Series(rows["about"].tolist(), dtype=object),
            "section": pd.Series(rows["section"].tolist(), dtype=object),
            "sentence": pd.Series(rows["sentence"].tolist(), dtype="int64"),
        },
        columns=["figure", "kind", "about", "section", "sentence"],
    )


_KEPT.save()
