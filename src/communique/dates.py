"""The year of a day or month a statement writes without one.

"The Joint Commission will meet on 3 February", in a statement of October 2024, means
February 2025; "the talks held on 25 December", in a statement of May 2025, meant December
2024. Both the figures ledger and the commitments' deadlines read such dates, so that the
briefing's timeline and its list of what lies ahead agree.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from types import SimpleNamespace

from . import config

_WORD = re.compile(r"[A-Za-z']+")
REACH = 14  # words read on each side of the date


@lru_cache(maxsize=1)
def _lex() -> SimpleNamespace:
    from .datafiles import read_yaml

    cb = read_yaml(config.CODEBOOK_DIR / "dates.yaml")
    words = cb.pop("words")
    foreign = {name: int(month) for month, names in (cb.pop("foreign_months", None) or {}).items() for name in names}
    parts = {name.lower(): tuple(int(x) for x in day.split("-")) for day, names in (cb.pop("year_parts", None) or {}).items()
             for name in names}
    hijri_names = cb.pop("hijri_months", None) or {}
    hijri = {_hijri_key(name): int(month) for month, names in hijri_names.items() for name in names}
    # (the first word of each name, which a reader of places must not take for one: "Rabi", "Shawwal")
    hijri_words = frozenset(name.split()[0].split("-")[0] for names in hijri_names.values() for name in names)
    spans = cb.pop("deadline_spans", None) or []
    baseline = (cb.pop("baseline_before", None) or [], cb.pop("baseline_after", None) or [])
    return SimpleNamespace(**{k: frozenset(v) for k, v in cb.items()}, words=words, foreign_months=foreign, year_parts=parts,
                           deadline_spans=spans, baseline=baseline, hijri_months=hijri, hijri_words=hijri_words)


@lru_cache(maxsize=1)
def _year_part_re() -> re.Pattern:
    from .patterns import phrases

    alt = phrases(_lex().year_parts)
    return re.compile(rf"(?i:\b(?:the\s+)?({alt})(?:\s*[-‐–]\s*|\s+))$")


def year_part(before: str, year: int) -> dt.date | None:
    """The day of ``year`` that the words right before it say ("by the end of" → 31 December,
    "in early" → 15 January, "mid-" → 1 July; codebook ``year_parts``); None when they name
    no part of it."""
    m = _year_part_re().search(before[-40:])
    if m is None:
        return None
    month, day = _lex().year_parts[" ".join(m.group(1).lower().split())]
    return dt.date(year, month, day)


@lru_cache(maxsize=1)
def _baseline_res() -> tuple[re.Pattern, re.Pattern]:
    from .patterns import phrases

    before, after = _lex().baseline
    return (re.compile(rf"(?i:\b(?:{phrases(before)})\s+(?:the\s+)?(?:year\s+)?)$"),
            re.compile(rf"(?i:\s+(?:{phrases(after)})\b(?!\s+of\b))"))  # (not "by 2030 levels of stunting are halved")


def is_baseline(before: str, after: str) -> bool:
    """Whether a year between ``before`` and ``after`` marks a baseline or a state of things
    ("relative to 2019 levels", "the 1967 borders"; codebook ``baseline_before`` and
    ``baseline_after``), no point in time."""
    b, a = _baseline_res()
    return bool(b.search(before[-40:]) or a.match(after))


@lru_cache(maxsize=1)
def foreign_date_re() -> re.Pattern:
    """A date in Spanish, Portuguese or French: "12 de março de 2025", "1º de marzo de 2025",
    "3 mars 2025"; groups ``day``, ``month``, ``year``."""
    return re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)(?:º|°|er|o)?\s+(?:de\s+)?(?P<month>(?i:{foreign_months_alt()}))\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})(?!\d)")


def foreign_months_alt() -> str:
    """The names of the months in Spanish, Portuguese and French (codebook ``foreign_months``),
    as an alternation, longest first."""
    return "|".join(sorted(_lex().foreign_months, key=len, reverse=True))


def foreign_date(m: re.Match) -> dt.date | None:
    """The date a match of :func:`foreign_date_re` says, or None when it says none."""
    try:
        return dt.date(int(m.group("year")), _lex().foreign_months[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None


def hijri_month_words() -> frozenset[str]:
    """The first words of the Hijri months' names as statements write them ("Rajab", "Rabi")."""
    return _lex().hijri_words


def _hijri_key(name: str) -> str:
    """A Hijri month's name as compared: "Rabi' al-Awwal" and "Rabi al Awwal" are one month."""
    return re.sub(r"[\W_]+", "", name).lower()


#: a day of the Hijri calendar as written: "21 Jumada al-Awwal 1445 AH" (the statement module
#: finds it in datelines with this pattern; :func:`hijri_date` reads its parts)
HIJRI_DAY = r"\d{1,2}\s+[A-Z][\w'’ -]{2,30}?\s+\d{3,4}\s*(?:AH|A\.H\.|H)\.?"
_HIJRI_PARTS = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][\w'’ -]{2,30}?)\s+(?P<year>\d{3,4})\s*(?:AH|A\.H\.|H)\.?")


def hijri_date(s: str) -> dt.date | None:
    """The Gregorian date of a day of the Hijri calendar written out ("15 Ramadan 1446 AH"), by
    the Umm al-Qura calendar that Saudi Arabia and the Gulf states date their statements by;
    None when ``s`` is no such day or the calendar's tables do not reach its year."""
    m = _HIJRI_PARTS.fullmatch(s.strip().rstrip(","))
    month = _lex().hijri_months.get(_hijri_key(m.group("month"))) if m else None
    if month is None:
        return None
    from hijridate import Hijri  # (only a Hijri dateline needs the calendar's tables)

    try:
        g = Hijri(int(m.group("year")), month, int(m.group("day"))).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, tuple[str, int]]:
    """Each number word of a date in words: ``word -> (kind, value)``, kind one of "unit",
    "tens", "ordinal" (a day), "hundred", "thousand"."""
    W = _lex().words
    out = {w: ("unit", i + 1) for i, w in enumerate(W["units"])}
    out.update({w: ("tens", 20 + 10 * i) for i, w in enumerate(W["tens"])})
    out.update({w: ("ordinal", i + 1) for i, w in enumerate(W["unit_ordinals"])})
    out.update({w: ("ordinal", 20 + 10 * i) for i, w in enumerate(W["tens_ordinals"])})
    out.update({"hundred": ("hundred", 100), "thousand": ("thousand", 1000)})
    return out


def words_value(words: str) -> int | None:
    """The number a run of number words says ("two thousand and twenty-five" is 2025,
    "twenty-first" 21), or None when a word is no number word."""
    known = _number_words()
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w in ("", "and"):
            continue
        kind, value = known.get(w, (None, 0))
        if kind is None:
            return None
        seen = True
        if kind == "hundred":
            current = (current or 1) * 100
        elif kind == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
    return total + current if seen else None


@lru_cache(maxsize=1)
def _month_re() -> re.Pattern:
    return re.compile(rf"(?<=\s)(?:{'|'.join(_lex().words['months'])})\b")


def day_in_words(text: str) -> bool:
    """Whether a day's number in words stands right before a month ("twenty-eight March", "five
    May"): the cheap sign that a line may hold a date :func:`words_date_re` reads. (The months
    are looked for first: most lines name none.)"""
    for m in _month_re().finditer(text):
        before = text[max(0, m.start() - 14):m.start()].split()
        word = before[-1].lower().rsplit("-", 1)[-1] if before else ""
        if _number_words().get(word, ("", 99))[0] in ("unit", "tens") and _number_words()[word][1] <= 30:
            return True  # (a day's number: "one" to "nineteen", "twenty", "thirty", "twenty-eight")
    return False


@lru_cache(maxsize=1)
def words_date_re() -> re.Pattern:
    """A date in words: "the fifteenth day of March in the year two thousand and twenty-five",
    "this 5th day of June, 2024", "the first of July 2025"; groups ``day``, ``month`` and ``year``
    (``day2``, ``month2``, ``year2`` for a day without "day"; ``day3``, ``month3``, ``year3`` for
    one without "the" and "of": "twenty-eight March 2025")."""
    from . import patterns

    W = _lex().words
    number = "|".join(sorted(_number_words(), key=len, reverse=True))
    words = rf"(?:{number})(?:[\s-]+(?:and\s+)?(?:{number}))*"
    months = "|".join(W["months"])
    return patterns.kept(
        "dates-in-words",
        rf"(?:(?i:the|this)\s+)?(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|(?i:{words}))\s+(?i:day\s+of)\s+(?P<month>(?i:{months})),?\s+"
        rf"(?:(?i:in\s+the\s+year|of\s+the\s+year|in|of)\s+(?:(?i:of\s+our\s+lord)\s+)?)?(?P<year>\d{{4}}|(?i:{words}))\b"
        # ("the fifteenth of March of two thousand and twenty-five": a day in words, no "day")
        # (or "the first of July 2025": the year in figures)
        rf"|(?i:the)\s+(?P<day2>(?i:{words}))\s+(?i:of)\s+(?P<month2>(?i:{months})),?\s+(?:(?i:of|in)\s+(?:(?i:the\s+year)\s+)?)?"
        rf"(?P<year2>\d{{4}}(?!\d)|(?i:{words})\b)"
        # ("twenty-eight March 2025", "twenty-six May two thousand and twenty-five": the day's
        # number in words right before its month)
        # (not the last day of a span in words, "from twelve to fifteen April 2025", which is no one day)
        rf"|(?<![\w-])(?<!\bto\s)(?<!\band\s)(?P<day3>(?i:{words}))\s+(?P<month3>(?i:{months})),?\s+(?P<year3>\d{{4}}(?!\d)|(?i:{words})\b)"
    )


_DAY_WORD_BEFORE = re.compile(r"(?:^|[,(]|\b(?:on|of|from|until|till|by|since|before|after|dated))\s*$", re.I)


def _day_word_is_a_day(m: re.Match) -> bool:
    """Whether the number in words before a month ("twenty-eight March 2025") is a day: one
    day (not "twelve-fifteen May", a span), after a word that dates ("on", "of", "from", a
    comma or the line's start; not "will send twenty March 2026 graduates", "the Group of
    Seven June 2025 Communiqué")."""
    day = m.group("day3")
    parts = re.split(r"[\s-]+", day.lower())
    if len(parts) > 2 or (len(parts) == 2 and (parts[0] not in ("twenty", "thirty") or not 1 <= (words_value(parts[1]) or 0) <= 9)):
        return False
    before = m.string[max(0, m.start("day3") - 12):m.start("day3")]
    lead = _DAY_WORD_BEFORE.search(before)
    if lead is None or (lead.group().strip().lower() == "of" and day[0].isupper()):
        return False
    return True


def words_date(m: re.Match) -> dt.date | None:
    """The date a match of :func:`words_date_re` says, or None when it says none."""
    day = m.group("day") or m.group("day2") or m.group("day3")
    if m.group("day3") and not _day_word_is_a_day(m):
        return None
    day_n = int(re.match(r"\d+", day).group()) if day[0].isdigit() else words_value(day)
    year = m.group("year") or m.group("year2") or m.group("year3")
    year_n = int(year) if year.isdigit() else words_value(year)
    month = [w.lower() for w in _lex().words["months"]].index((m.group("month") or m.group("month2") or m.group("month3")).lower()) + 1  # ("MARCH" too)
    if not day_n or not year_n or not 1000 <= year_n <= 2999:
        return None
    try:
        return dt.date(year_n, month, day_n)
    except ValueError:
        return None


def _lean(word: str, before: str | None, L) -> str | None:
    """"ahead", "back" or None for one word (``before``: the word before it, lower case)."""
    if word in L.ahead:
        return "ahead"
    if word in L.back:
        return "back"
    if word in L.irregular_past or (word.endswith("ed") and len(word) > 4 and word not in L.not_past):
        if before in L.be_ahead:
            return "ahead"
        return "back"
    return None


def tense(sentence: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """Whether the clause around ``sentence[start:end]`` looks "ahead" or "back", or None
    (reading no further than ``sentence[lo:hi]``)."""
    L = _lex()
    hi = len(sentence) if hi is None else hi
    written = _WORD.findall(sentence, max(lo, start - 160), start)[-REACH:]
    before = [w.lower() for w in written]
    if before and before[-1] in L.deadline:
        return "ahead"  # "by 30 June"
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w == "to" and i + 1 < len(before) and written[i + 1].islower() and not before[i + 1].endswith("ed") \
                and before[i + 1] not in L.irregular_past:
            return "ahead"  # "agreed to meet ... on 3 February" (not "returned to Japan on ...")
        lean = _lean(w, before[i - 1] if i else None, L)
        if lean:
            return lean
    after = [w.lower() for w in _WORD.findall(sentence, end, min(hi, end + 160))][:REACH]
    for i, w in enumerate(after):
        lean = _lean(w, after[i - 1] if i else None, L)
        if lean:
            return lean
    return None


def year_of(sentence: str, start: int, end: int, month: int, day: int | None, date: dt.date, lo: int = 0,
            hi: int | None = None) -> int:
    """The year of a day (or a month, ``day`` None) written without one at
    ``sentence[start:end]``, in a statement dated ``date``: the statement's year, unless it
    has passed in that year and the clause looks ahead (next year), or is still to come in it
    and the clause looks back (last year)."""
    when, now = (month, day or 0), (date.month, date.day if day else 0)
    if when == now:
        return date.year
    lean = tense(sentence, start, end, lo, hi)
    if when < now and lean == "ahead":
        return date.year + 1
    if when > now and lean == "back":
        return date.year - 1
    return date.year


@lru_cache(maxsize=1)
def _deadline_res() -> tuple[re.Pattern, re.Pattern]:
    from .patterns import phrases

    L = _lex()
    spans, after = phrases(L.deadline_spans), phrases(L.counted_from)
    return re.compile(rf"(?i:\b(?:{spans}))\s+$"), re.compile(rf"\s+(?i:{after})\b")


def due_within(before: str, after: str, value: float, unit: str, since: dt.date) -> dt.date | None:
    """The day a span of time ends when the words before it make it a deadline counted from
    ``since`` (the statement's date): "within 90 days" (codebook ``deadline_spans``); None when
    the words after it count it from another event ("within six months of the entry into
    force": ``counted_from``) or it is too short or long to date (hours; over a century)."""
    from dateutil.relativedelta import relativedelta

    spans, counted = _deadline_res()
    if not spans.search(before[-30:]) or counted.match(after) or not 0 < value <= 100:
        return None
    if unit == "day":
        step = relativedelta(days=round(value))
    elif unit == "week":
        step = relativedelta(days=round(7 * value))
    elif unit == "month":
        step = relativedelta(months=round(value)) if float(value).is_integer() else relativedelta(days=round(30.4 * value))
    elif unit == "year":
        step = relativedelta(months=round(12 * value))
    elif unit == "decade":
        step = relativedelta(years=round(10 * value))
    else:
        return None
    return since + step
