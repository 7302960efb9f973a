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
    return SimpleNamespace(**{k: frozenset(v) for k, v in cb.items()})


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
