"""Read a joint statement into sections, paragraphs and sentences with character offsets.

Every analysis in communique points back to a sentence of the statement, so this module is
the foundation: it decodes whatever arrives (copied text, Markdown, a saved web page), keeps
the text as received for quoting, and builds a normalized copy of exactly the same length for
matching. Because normalization is one character for one character, an offset is valid in
both ``Statement.text`` and ``Statement.original``.
"""

from __future__ import annotations

import bisect
import copy
from collections import Counter
import datetime as dt
import re
import unicodedata
from decimal import Decimal
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import config
from . import dates as D
from .errors import InputError
from . import patterns

# (this module's own patterns, compiled once per machine: see :mod:`communique.patterns`)
_KEPT = patterns.book("module-statement")
_rc = _KEPT.compile

__all__ = [
    "Statement",
    "Section",
    "Paragraph",
    "Sentence",
    "load",
    "from_text",
    "split_sentences",
    "read_metadata",
    "countries",
    "LegacyEncodingWarning",
    "ReadingNote",
]


class ReadingNote(UserWarning):
    """Something the reader of a briefing should know about its file; the statement is read."""


class LegacyEncodingWarning(ReadingNote):
    """The statement was not UTF-8 and was read as Windows-1252."""


# --------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text`` equals ``Statement.text[start:end]``."""

    index: int  # position in the whole statement, from 0
    start: int
    end: int
    paragraph: int  # index into Statement.paragraphs
    section: int  # index into Statement.sections (0 is the preamble)
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A block of prose or one bullet item.

    ``marker`` is the list marker or paragraph number as written ("2.", "-", "•"), which is
    not part of any sentence, so analyses never mistake a paragraph number for a figure.
    """

    index: int
    start: int  # first character of the paragraph, marker included
    end: int
    section: int
    marker: str | None
    sentences: tuple[int, ...]  # indices into Statement.sentences


@dataclass(frozen=True)
class Section:
    """A headed part of the statement; the preamble (index 0) has ``heading`` None.

    ``start``/``end`` cover the heading line and the body, so the sections of a statement
    tile its text in order without gaps or overlap.
    """

    index: int
    heading: str | None
    start: int
    end: int
    heading_start: int | None
    heading_end: int | None
    number: str | None  # "1", "II" for numbered headings
    paragraphs: tuple[int, ...]


@dataclass
class Statement:
    """A parsed statement: normalized text, structure and metadata."""

    text: str  # normalized for matching (same length as ``original``)
    original: str  # as received, after decoding, line-ending and markup cleanup
    sections: list[Section]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    heading: str | None  # the text's own title line
    dateline: str | None
    title: str  # display title: metadata title, else the heading, else the opening words
    date: dt.date | None = None
    parties: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    issuer: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # warnings raised while reading
    # who signed, from the closing signature block: {"party", "country", "name", "title"}
    signatories: list[dict[str, Any]] = field(default_factory=list)
    # the lines under the text that are not of it and are left out of every analysis (a
    # release's contacts, links and hashtags), as written: a reader should see what was set aside
    back_matter: list[str] = field(default_factory=list)

    # -- convenience ---------------------------------------------------------------------
    @property
    def name(self) -> str:
        """File stem, used for output folders."""
        return self.path.stem if self.path else "statement"

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.sentences)

    def quote(self, start: int, end: int) -> str:
        """The original characters between two offsets (curly quotes and all)."""
        return self.original[start:end]

    def section_heading(self, section: int) -> str | None:
        return self.sections[section].heading

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset, if any."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def sentence_index(self, start: int, end: int | None = None) -> int | None:
        """The index of the sentence that holds ``text[start:end]`` whole (with no ``end``,
        the character at ``start``); None for a span in a heading, between sentences or
        across two of them."""
        i = bisect.bisect_right(self._sentence_starts(), start) - 1
        if i < 0:
            return None
        last = self.sentences[i].end
        return i if (start < last if end is None else end <= last) else None

    def _sentence_starts(self) -> list[int]:
        cached = self.__dict__.get("_starts")
        if cached is None or len(cached) != len(self.sentences):
            cached = [s.start for s in self.sentences]
            self.__dict__["_starts"] = cached
        return cached

    def section_words(self, section: int) -> int:
        sec = self.sections[section]
        return sum(
            count_words(self.sentences[i].text)
            for p in sec.paragraphs
            for i in self.paragraphs[p].sentences
        )

    def sentences_frame(self):
        """Sentences as a DataFrame.

        Columns: ``sentence`` (index), ``section`` (heading or None), ``section_index``,
        ``paragraph``, ``start``, ``end``, ``words``, ``text``.
        """
        import pandas as pd

        rows = [
            {
                "sentence": s.index,
                "section": self.sections[s.section].heading,
                "section_index": s.section,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "words": count_words(s.text),
                "text": s.text,
            }
            for s in self.sentences
        ]
        cols = ["sentence", "section", "section_index", "paragraph", "start", "end", "words", "text"]
        return pd.DataFrame(rows, columns=cols)

    def outline(self) -> dict[str, Any]:
        """The structure as plain data (what ``communique outline --format json`` prints)."""
        return {
            "title": self.title,
            "heading": self.heading,
            "dateline": self.dateline,
            "date": self.date.isoformat() if self.date else None,
            "parties": list(self.parties),
            "signatories": [dict(s) for s in self.signatories],
            "sections": [
                {
                    "heading": sec.heading,
                    "paragraphs": len(sec.paragraphs),
                    "sentences": sum(len(self.paragraphs[p].sentences) for p in sec.paragraphs),
                    "words": self.section_words(sec.index),
                    "start": sec.start,
                    "end": sec.end,
                }
                for sec in self.sections
            ],
            "set_aside": list(self.back_matter),
        }


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or a Word/Excel file)"),
    (b"\x7fELF", "an executable (ELF) file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
]

_UTF8_MULTIBYTE = _rc(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, path: str | Path | None = None) -> tuple[str, str]:
    """Decode statement bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such. A file with no
    valid UTF-8 multi-byte sequence at all is taken as a legacy Windows-1252 file, with a
    warning; a file that is UTF-8 in places and broken elsewhere is refused, because guessing
    there would silently corrupt names.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {what}, not a text statement")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"is not valid UTF-16 (byte {exc.start})") from None
    if b"\x00" in data:
        return _refuse_nul(data, path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise InputError(
                path, f"is not valid UTF-8: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
            ) from None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"is neither UTF-8 nor Windows-1252: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None
    warnings.warn(
        f"{path}: not UTF-8; read as Windows-1252", LegacyEncodingWarning, stacklevel=3
    )
    return text, "cp1252"


def _refuse_nul(data: bytes, path):
    sample = data[:4096]
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if len(sample) >= 4 and max(odd_nuls, even_nuls) > 0.4 * (len(sample) / 2):
        raise InputError(path, "looks like UTF-16 text without a byte-order mark; save it as UTF-8")
    raise InputError(path, f"contains NUL bytes (first at offset {data.index(0)}): a binary file, not a text statement")


# --------------------------------------------------------------------------------------------
# Cleaning and normalization
# --------------------------------------------------------------------------------------------

# One-for-one replacements: offsets stay valid between original and normalized text.
_NORMALIZE = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u205f": " ",
    "\u3000": " ", "\u1680": " ", "\t": " ", "\f": " ", "\v": " ",
    "\u2010": "-", "\u2011": "-", "\u2212": "-",
}
_NORMALIZE_RE = _rc("[" + "".join(re.escape(c) for c in _NORMALIZE) + "]")

# Characters with no width or no meaning in prose; removed before offsets are fixed.
_DROP = _rc("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")


def clean(raw: str) -> str:
    """Line endings to ``\\n``, invisible characters removed, Unicode composed (NFC)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    text = _DROP.sub("", text)
    if any(ch in text for ch in _VULGAR):
        text = _VULGAR_RE.sub(_vulgar, text)
    return unicodedata.normalize("NFC", text)


# A fraction written as one character is written out, so that it reads as a figure: "½ of the
# annual consumption" as "1/2 of ...", "2½ million tonnes" as "2.5 million tonnes".
_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅕": (1, 5)}
_VULGAR_RE = _rc(r"(\d+[ \u00a0]?)?([½¼¾⅓⅔⅛⅕])")


def _vulgar(m: re.Match) -> str:
    n, d = _VULGAR[m.group(2)]
    if not m.group(1):
        return f"{n}/{d}"
    whole = int(m.group(1).strip())
    if d in (2, 4, 5, 8):
        return f"{whole}{str(Decimal(n) / Decimal(d))[1:]}"  # exact: "2½" is "2.5", "123456½" "123456.5"
    return f"{whole}.{round(1000 * n / d):03d}".rstrip("0")  # ("2⅓" as 2.333: one figure, not 2 and 1/3)


# Footnote references glued to a word ("$16 billion[1]", "nurses.[2]") and the markers that
# open a footnote's line ("[1] Source: ..."): not figures, so blanked, one space a character.
# (or marked with a caret: "the Sahel.^2", "^2 Source: ...")
# (not "x^2", a formula's power; a Markdown reference "[^1]" in a plain text goes whole)
_FOOTNOTE = _rc(r"(?<=[^\s\[(])\[\^?\d{1,3}\]|^[ ]*\[\^?\d{1,3}\]:?(?=[ ])"
                       r"|(?:(?<=[.,;:)\]\"'’”])|(?<=[A-Za-z]{2})(?<!km)(?<!cm)(?<!mm)(?<!ft)(?<!mi)(?<!sq))\^\d{1,3}(?![\d.,]\d)"
                       r"|^[ ]*\^\d{1,3}(?=[ ])", re.M)  # (nor a unit's power: "500 km^2")


def normalize(original: str) -> str:
    """Straight quotes and plain spaces, one character for one; footnote markers blanked."""
    # A substitution over the few characters that occur is far faster than str.translate
    # over every character of a long text.
    text = _NORMALIZE_RE.sub(lambda m: _NORMALIZE[m.group()], original)
    if "[" in text or "^" in text:
        text = _FOOTNOTE.sub(lambda m: " " * len(m.group()), text)
    if "\n" in text:
        # a paragraph's number on a line of its own ("5." then the text) numbers the line after
        text = _MARKER_LINE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if _has_operative_caps(text):
        text = _CAPS_OPERATIVE.sub(_operative_case, text)
    return text


def _has_operative_caps(text: str) -> bool:
    """Whether a word in capitals is a verb's form (a cheap look before the full pattern)."""
    return not _operative_heads().isdisjoint(w.lower() for w in _CAPS_WORD.findall(text))


# An operative verb in capitals inside a sentence, as communiqués of the AU, ECOWAS and the UN
# write them ("The Authority DECIDES to:", "TAKES NOTE of", "STRONGLY CONDEMNS"), with the words
# in capitals that go with it: read in lower case (at a sentence's start, capitalized), one
# character for one, as the analyses read verbs; the text as received keeps its capitals.
_CAPS_OPERATIVE = _rc(
    r"(?P<lead>^[ \t]*(?:\(?\w{1,3}[.)][ \t]+)?|[a-z,][ \t]+)"
    r"(?P<run>(?:(?:ALSO|FURTHER|STRONGLY|FIRMLY|HEREBY|AGAIN|FULLY|WARMLY|DULY|FINALLY)[ \t]+)*(?P<verb>[A-Z]{4,})"
    r"(?:[ \t]+(?:NOTE|WITH|CONCERN|UPON|ON|OF|FOR|SATISFACTION|APPRECIATION|GRATITUDE|DEEP|GRAVE|SERIOUS|REGRET|GREAT))*)"
    r"(?=[ \t]+[A-Za-z\d(\"“]|[ \t]*:)", re.M)
_CAPS_WORD = _rc(r"[A-Z]{4,}")
_CAPS_NEXT = _rc(r"[ \t]+[A-Z]{2,}\b")


def _operative_case(m: re.Match) -> str:
    if m.group("verb").lower() not in _operative_heads():
        return m.group(0)
    run = m.group("run").lower()
    if not m.group("lead").strip(" \t") or m.group("lead").rstrip()[-1:] in ".)":
        if _CAPS_NEXT.match(m.string, m.end()):
            return m.group(0)  # (a heading in capitals: "CONDEMNS TERRORISM")
        run = run[0].upper() + run[1:]  # (a paragraph that opens on its verb: "DECIDES to ..." is "Decides to ...")
    return m.group("lead") + run


@lru_cache(maxsize=1)
def _operative_heads() -> frozenset[str]:
    from .commitments import verb_forms

    # (a verb's form that no name takes: "DECIDES", "DECIDED", "RECALLING"; not "SHARE", "REACH",
    # "HOPE", which name programmes in capitals: "the REACH Initiative")
    return frozenset(form.split()[0] for form, (_, cls) in verb_forms().items() if cls in ("s", "past", "ing"))


_MARKER_LINE = _rc(r"(?m)^([ \t]*(?:\d{1,3}|[ivxlc]{1,5}|[a-z])[.)])([ \t]*\r?\n)(?=[ \t]*[A-Za-z\u00c0-\u024f\"“(])")


# --------------------------------------------------------------------------------------------
# Markdown and HTML to plain lines
# --------------------------------------------------------------------------------------------

_MD_LINK = _rc(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPH = _rc(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = _rc(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?!\w)")
_MD_EM_UNDERSCORE = _rc(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")  # "_Accra, 4 June 2024_"


_MD_FOOTNOTE_REF = _rc(r"\[\^[^\]\s]{1,20}\](?!:)")
# (a note runs on over the lines under it, indented or not, to a blank line or the next note)
_MD_FOOTNOTE_DEF = _rc(r"^([ ]{0,3})\[\^([^\]\s]{1,20})\]:[ ]?([^\n]*(?:\n(?![ \t]*\n|[ ]{0,3}\[\^|[ ]{0,3}#)[^\n]+)*)", re.M)
_MD_TABLE_SEP = _rc(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_TABLE_ROW = _rc(r"^\s*\|(.*)\|\s*$")
_MD_BOLD_LINE = _rc(r"^\s*(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*$")


# "**Semiconductors.** The United States will ...": a bold label opening a paragraph (or
# set off by a dash: "**Food security** — India will ...")
_MD_RUN_IN = _rc(r"^(\s*)(\*\*|__)(?=\S)([^*_\n]{1,80}?)(?<=\S)([.:])?\2(?:([.:])[ \t]+|[ \t]*([\u2014\u2013])[ \t]*(?=[A-Z])|[ \t]+(-)[ \t]+(?=[A-Z])|[ \t]+)(?=\S)", re.M)


_ITEM_RUN_IN = _rc(r"^([ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+)(\*\*|__)(?=\S)([^*_\n]{1,60}?)(?<=[^\s.])\.\2[ \t]+(?=[A-Z])", re.M)


_TEXT_MARKS = _rc(r"^[ \t]*(?:begin|start|end)(?: of)? (?:the )?text[ \t]*[.:]?[ \t]*$", re.I | re.M)


# The back matter of a news release: "Media contact", "Associated links", "For more information"
# and what follows them, to the end, in the last lines of a text.
_CONTACTS = _rc(
    r"\n[ \t]*\n[ \t]*(?:#+[ \t]*)?(?:\*\*|__)?(?:Media contacts?|Media enquiries|Media inquiries|Press contacts?|Contacts?"
    r"|For (?:more|further) information(?:,? (?:please )?contact)?|Associated links|Related links)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*\n",
    re.I)


_CONTACT_DETAIL = _rc(r"@|https?://|www\.|\b(?:Tel|Phone|Telephone|Fax|Email|E-mail)\b|\+\d[\d ()-]{6,}", re.I)


def _without_contacts(text: str) -> str:
    """The text without its back matter (see ``_CONTACTS``): contacts are no part of the
    statement, and their lines ("Global Affairs Canada", a telephone number) would read as
    headings and figures. Only in the last 30 lines, so that a section so named stays."""
    head = text.rsplit("\n", 30)
    tail_from = len(head[0]) if len(head) > 30 else 0
    m = _CONTACTS.search(text, max(0, tail_from - 2))
    if m is None or not _CONTACT_DETAIL.search(text, m.end()) or any(
            len(line.split()) >= 10 for line in text[m.end():].split("\n")):
        return text  # (a section so named, with prose under it, stays: "Contacts" between peoples)
    return re.sub(r"(?:\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*)?\s*$", "", text[:m.start()]) + "\n"  # (and a rule above it)


# A page's number, alone on its line or closing a running footer: "Page 2 of 4", "Joint Vision
# Statement -- Japan, Philippines, United States      Page 1 of 4", "- 3 -" (not "2/4", a fraction)
_PAGE_NUMBER = _rc(r"^[ \t]*(?:(?P<lead>\S.*?)[ \t]{2,})?(?:(?:Page|PAGE|page)[ \t]+\d{1,3}(?:[ \t]+(?:of|OF|/)[ \t]+\d{1,3})?"
                          r"|[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*$")
_TERMINAL_END = _rc(r"[.!?:;\"”’)\]][ \t]*$")
_NUMBERED_START = _rc(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z]")
_PAGE_WORDS = _rc(r"(?:Page|PAGE|page)[ \t]+\d")
_DASHED_NUMBER = _rc(r"\n[ \t]*[-–—][ \t]*\d{1,3}[ \t]*[-–—][ \t]*(?:\n|$)")


def _page_furniture(text: str) -> str:
    """A text copied out of a PDF without what each page carries: its number ("Page 2 of 4"),
    the running footer beside it and the running head the pages repeat (the title again, at
    the top of every page after the first), which would otherwise be headings, figures and
    sentences of their own. A sentence a page break cuts ("... and will consider further" /
    "coastal radar systems ...") runs on across it."""
    # (str.find first: a scan for the pattern over every text would cost a millisecond a text)
    if "\n" not in text or not (("Page " in text or "PAGE " in text or "page " in text) and _PAGE_WORDS.search(text)
                                or _DASHED_NUMBER.search(text)):
        return text
    lines = text.split("\n")
    pages = [i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)]
    if not pages:
        return text
    stripped = [" ".join(line.split()) for line in lines]
    drop = set(pages)
    # the running head and footer: a line the text repeats that stands right above or below a
    # page's number (at most one other line between); only those copies go, so the title above
    # the first page stays, and so does a lead-in the text repeats elsewhere ("The two sides
    # agreed to:")
    # (one that stands so by two pages' numbers, or the title again; not a signer's title that
    # happens to stand above the last page's number)
    nonblank = [k for k, t in enumerate(stripped) if t]
    at = {k: n for n, k in enumerate(nonblank)}
    top = nonblank[:2]  # (the title, or a label and the title: "MEDIA RELEASE" over it)
    titles = {stripped[k] for k in top}
    beside: dict[str, list[int]] = {}
    for p in pages:
        n = at[p]
        for q in nonblank[max(0, n - 2):n] + nonblank[n + 1:n + 3]:
            if q not in drop and len(stripped[q]) >= 12 and not _BULLET.match(lines[q]):
                beside.setdefault(stripped[q], []).append(q)
    for t, qs in beside.items():
        if len(set(qs)) >= 2 or t in titles:
            drop.update(q for q in qs if q not in top)
    if len(top) == 2 and len(set(beside.get(stripped[top[0]], ()))) >= 2 and stripped[top[1]] not in beside:
        # (the first page's own running head over the title: "Republic of Korea - Republic of Kenya
        # Joint Statement, 14 March 2025" over "JOINT STATEMENT BY ...", repeated on every page)
        drop.add(top[0])
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in drop:
            out.append(lines[i])
            i += 1
            continue
        # a run of dropped and blank lines: the page break
        j = i
        while j < len(lines) and (j in drop or not stripped[j]):
            j += 1
        before = next((t for t in reversed(out) if t.strip()), "")
        after = stripped[j] if j < len(lines) else ""
        while out and not out[-1].strip():
            out.pop()
        if before and after and not _TERMINAL_END.search(before) and (
                after[:1].islower() or after[:1].isdigit() and not _NUMBERED_START.match(after)):
            pass  # (the sentence runs on: no blank line between its two halves; "... by the end of" / "2026. The ...")
        elif out and j < len(lines):
            out.append("")
        i = j
    mended = "\n".join(out)
    return mended + "\n" if text.endswith("\n") and not mended.endswith("\n") else mended


@lru_cache(maxsize=1)
def _layout() -> dict[str, Any]:
    """The layout lexicon (``codebooks/layout.yaml``), read once."""
    from .datafiles import read_yaml

    return read_yaml(config.CODEBOOK_DIR / "layout.yaml")


@lru_cache(maxsize=1)
def _page_label_re() -> tuple[re.Pattern, dict[str, str]]:
    from .patterns import phrases

    labels = {w.lower(): kind for kind, words in _layout()["page_labels"].items() for w in words}
    alt = phrases(labels)
    # (a label that ends on "by" needs no colon, and the line may be in italics: "*Issued by the
    # Ministry of Foreign Affairs*")
    return re.compile(rf"(?im)^[ \t]*(?:[*_]{{1,2}}(?=\w))?({alt})(?:[ \t]*:|(?<=by)(?=[ \t]))[ \t]*(\S[^\n]{{0,100}}?)"
                      r"(?<![*_])(?:[*_]{1,2})?[ \t]*$"), labels


@lru_cache(maxsize=1)
def _by_label_re() -> re.Pattern:
    """A page's label that needs no colon, ending on "by" ("Issued by the Ministry ..."): the one
    sign, where a text has no colon, that its labels must be read."""
    from .patterns import phrases

    by = [w for w in _page_label_re()[1] if w.endswith(" by")] or ["issued by"]
    return re.compile(rf"(?im)^[ \t]*[*_]{{0,2}}(?:{phrases(by)})[ \t]")


@lru_cache(maxsize=1)
def _web_chrome_words() -> tuple[frozenset, tuple, tuple, frozenset, frozenset]:
    chrome = _layout()["web_chrome"]
    return (frozenset(chrome["lines"]), tuple(chrome["openers"]), tuple(chrome["site_openers"]),
            frozenset(chrome["footer_starts"]), frozenset(chrome["end_marks"]))


# (a site's name alone on its line, "Canada.ca", "GOV.UK"; a breadcrumb, "Home > News > Statements")
_SITE_NAME = _rc(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:ca|uk|au|nz|gov|int|eu|org|com|in|go\.\w\w|gc\.ca)(?:/\S*)?", re.I)
_BREADCRUMB = _rc(r"[^>»›\n]{1,40}(?:\s+[>»›]\s+[^>»›\n]{1,40}){2,}")


def _chrome_key(line: str) -> str:
    return " ".join(line.split()).lower().rstrip(".")


def _is_chrome(line: str) -> bool:
    """Whether a line is a web page's navigation or footer (``web_chrome``), not the text's."""
    lines, openers, site_openers, _, _ = _web_chrome_words()
    key = _chrome_key(line)
    site = next((key[len(o):] for o in site_openers if key.startswith(o)), None)
    return (key.rstrip(":") in lines or key.startswith(openers) or bool(_SITE_NAME.fullmatch(key))
            or site is not None and bool(_SITE_NAME.fullmatch(site)) or bool(_BREADCRUMB.fullmatch(key)))


def _web_chrome(text: str) -> str:
    """A web page copied as text without its navigation above the statement and its footer
    and contacts under it (``web_chrome`` in ``codebooks/layout.yaml``), which would otherwise
    be its title ("Skip to main content"), its headings and its last sentences. Above: the lines
    of navigation that open the text, and, where there were such lines and a page label names
    who issued it under the title ("From: Global Affairs Canada"), the short lines above that
    title (the site's name and section: "Government of Canada", "News"). Below: from a
    release's end mark ("- 30 -") when contacts follow, from the first line of the footer
    ("Share this page") when only short lines follow, and the footer's last lines ("Top of
    page"); never an annex."""
    _, _, _, footer, ends = _web_chrome_words()
    lines = text.split("\n")
    n = len(lines)
    top = i = 0
    while i < min(n, 30) and (not lines[i].strip() or _is_chrome(lines[i])):
        i += 1
        if lines[i - 1].strip():
            top = i
    nonblank = [i for i in range(top, min(n, top + 40)) if lines[i].strip()][:12]
    for k, i in enumerate(nonblank[1:], 1):
        label = _page_label_re()[0].match(lines[i]) if top else None
        if label and _page_label_re()[1][" ".join(label.group(1).lower().split())] == "issuer":
            title = nonblank[k - 1]
            if all(len(lines[j].split()) <= 4 and not _TERMINAL.search(lines[j]) for j in nonblank[:k - 1]):
                top = title
                kind = nonblank[k + 1] if k + 1 < len(nonblank) else None
                if kind is not None and _PAGE_SECTION.fullmatch(lines[kind].strip()):
                    lines[kind] = ""  # (the page's kind under the label: "Statement", "News release")
            break
    bottom = n
    # (from after the last annex's heading only: an annex after a mark is the statement's)
    tail_from = max(top, n - 60)
    annex = [j for j in range(tail_from, n) if _ANNEX_HEAD.match(lines[j])]
    for i in range(annex[-1] + 1 if annex else tail_from, n):
        key = _chrome_key(lines[i])
        if key in ends and i > top + 5:
            rest = "\n".join(lines[i + 1:i + 30])[:2000]
            if _CONTACT_DETAIL.search(rest) or _CONTACT_WORD.search(rest):
                bottom = i  # (a release ends here: its contacts follow)
                break
        if (key.rstrip(":") in footer or key in footer or key.startswith("date modified")) and not any(
                len(line.split()) > 14 or len(line.split()) >= 6 and _TERMINAL.search(line) for line in lines[i + 1:]):
            bottom = i
            break
    while bottom > top + 1 and (not lines[bottom - 1].strip() or _is_chrome(lines[bottom - 1])):
        bottom -= 1  # (the page's last lines: "Top of page", "Privacy")
    if bottom < n and not any(lines[j].strip() for j in range(bottom, n)):
        bottom = n  # (only blank lines: nothing to cut)
    if top == 0 and bottom == n:
        return text
    if bottom == n:
        return "\n".join(lines[top:])
    return "\n".join(lines[top:bottom]).rstrip() + ("\n" if text.endswith("\n") else "")


_CONTACT_WORD = _rc(r"(?i)\b(?:contacts?|media|press|enquiries|inquiries|editors?)\b")


def _page_labels(text: str) -> tuple[str, dict[str, Any]]:
    """A page's labelled lines about itself left out (``page_labels`` in
    ``codebooks/layout.yaml``): ``(text, found)``, where ``found`` may give the ``issuer``
    ("From: Department of Foreign Affairs and Trade") and the date it was ``published``. Only
    a short value counts (a few words; a date): "From: the outset, the two sides ..." is prose."""
    pattern, labels = _page_label_re()
    found: dict[str, Any] = {}

    def take(m: re.Match) -> str:
        kind, value = labels[" ".join(m.group(1).lower().split())], m.group(2).strip()
        if kind == "issuer":
            value = re.sub(r"^the\s+(?=[A-Z])", "", value)  # ("Issued by: the Department of Foreign Affairs")
            if len(value.split()) > 10 or _TERMINAL.search(value) or not value[:1].isupper():
                return m.group()
            found.setdefault("issuer", value)
            return ""
        day = parse_date(value) if _DATE_RE.search(value) and len(value.split()) <= 6 else None
        if day is None:
            return m.group()
        if kind == "published":
            found.setdefault("date", day)
        return ""

    if ":" not in text and not _by_label_re().search(text):
        return text, found
    if len(text) <= 6000:
        return pattern.sub(take, text), found
    # (where a page carries them: above the text and under it)
    cut = text.rfind("\n", 0, 4000) + 1, text.find("\n", len(text) - 2000)
    if cut[0] <= 0 or cut[1] < 0:
        return pattern.sub(take, text), found
    return pattern.sub(take, text[:cut[0]]) + text[cut[0]:cut[1]] + pattern.sub(take, text[cut[1]:]), found


_LINE_END_HYPHEN = _rc(r"(?<![\w-])([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})(?![\w-])")


@lru_cache(maxsize=1)
def _word_endings() -> frozenset:
    return frozenset(_layout()["word_endings"])


def _ends_a_word(tail: str, endings: frozenset, low: str) -> bool:
    """A line's first part of a broken word is one or two letters before an ending ("facili-" /
    "tation", "proli-" / "feration"), and never a word of the text on its own ("mid-" / "sized"
    where "sized" stands alone elsewhere is a compound)."""
    return any(tail[k:] in endings and len(tail) - k >= 3 for k in (1, 2)) \
        and not re.search(rf"(?<![\w\n-]){tail}(?![\w-])", low)  # (not at a line's start: the break itself)


@lru_cache(maxsize=1)
def _compound_parts() -> tuple[frozenset, frozenset]:
    return frozenset(_layout().get("compound_heads") or ()), frozenset(_layout().get("compound_tails") or ())


def _fragments(head: str, tail: str, low: str, heads: frozenset, tails: frozenset) -> bool:
    """Whether both parts of a word broken at a line's end are fragments, no word of the text on
    its own nor a compound's part: "instruc-" / "ted", "coun-" / "tries"."""
    if head in heads or tail in tails or len(head) < 2 or not head.islower():
        return False  # (nor after a name: "Abukuma-" / "class")
    # (not at a line's start, where the break itself puts the tail)
    return not any(re.search(rf"(?<![\w\n-]){re.escape(w)}(?![\w-])", low) for w in (head, tail))


def _line_end_hyphens(text: str) -> str:
    """Words a hard-wrapped text breaks across lines with a hyphen made whole ("cooper-" /
    "ation that has" is "cooperation that has", the rest of the line run on), where the text
    or the endings of ``codebooks/layout.yaml`` say the hyphen is the break's, not the word's
    ("long-" / "term" stays "long-term", "Indo-" / "Pacific" "Indo-Pacific")."""
    if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
        return text
    low = text.lower()
    endings = _word_endings()

    heads, tails = _compound_parts()

    def mend(m: re.Match) -> str:
        head, tail = m.group(1), m.group(2)
        whole = re.search(rf"(?<![\w-]){re.escape((head + tail).lower())}(?![\w-])", low)
        if f"{head}-{tail}".lower() in low or not (whole or (tail not in tails and (tail in endings or _ends_a_word(tail, endings, low)))
                                                   or _fragments(head, tail, low, heads, tails)):
            return m.group()  # ("well-" / "being", "decision-" / "making": a compound's word after the hyphen)
        return head + tail

    return _LINE_END_HYPHEN.sub(mend, text)


_COLUMN_GAP = _rc(r"\t+|[ ]{3,}")


def _signature_columns(text: str) -> str:
    """A closing signature block set in two columns, side by side ("H.E. Bola Ahmed Tinubu\t\tH.E.
    John Dramani Mahama", the titles under each): one column after the other, as a block of
    signatures one under another is read. Only the lines that close the text, each split in
    two by a tab or a wide gap."""
    if "\t" not in text[-1500:] and "   " not in text[-1500:]:
        return text
    lines = text.rstrip("\n").split("\n")
    k = len(lines)
    while k > 0 and lines[k - 1].strip() and len(_COLUMN_GAP.split(lines[k - 1].strip())) == 2:
        k -= 1
    rows = lines[k:]
    if k >= 2 and not lines[k - 1].strip() and len(heads := _COLUMN_GAP.split(lines[k - 2].strip())) == 2 \
            and all(_signature_head(h.strip()) for h in heads):
        # (the parties' lines over them, a blank line apart: "For the Republic of Türkiye    For the
        # Republic of Azerbaijan")
        rows = [lines[k - 2]] + rows
        k -= 2
    if len(rows) < 2 or not any(re.search(r"[A-Za-z]", r) for r in rows) or (k and lines[k - 1].strip()):
        return text  # (two or more such lines, after a blank line, that close the text)
    pairs = [_COLUMN_GAP.split(r.strip()) for r in rows]
    if not any(all(_NAME_LINE.fullmatch(_SIGNER_HONORIFIC.sub("", _POST_NOMINALS.sub("", c.strip()))) and not _title_line(c)
                   for c in p) for p in pairs):
        return text  # (a row of two signers' names, or no signatures)
    left = "\n".join(p[0].strip() for p in pairs)
    right = "\n".join(p[1].strip() for p in pairs)
    return "\n".join(lines[:k]) + "\n" + left + "\n\n" + right + "\n"


# Footnotes a text copied out of a PDF keeps as bare numbers: "the Paris Agreement2 and" in
# the text, and under a rule at its end "2 Paris Agreement under the ..." (a note may wrap)
_PLAIN_NOTES = _rc(r"\n[ \t]*\n[ \t]*_{5,}[ \t]*\n\s*(1[ \t]+\S[\s\S]*)$")
_PLAIN_NOTE_LINE = _rc(r"^[ \t]*(\d{1,2})[ \t]+(?=\S)", re.M)


def _plain_footnotes(text: str) -> str:
    """A PDF's footnotes written as the bracketed notes the rest of the reading knows: each
    mark a number glued to a word or a bracket ("Forum4", "(UNCLOS)3"; not "G7", "COP28", whose
    letter before is a capital) becomes "[4]", and each note under the closing rule "[4] ...",
    one line each, so they are a "Notes" section and no mark reads as a figure."""
    if "_____" not in text[-8000:]:
        return text
    m = _PLAIN_NOTES.search(text, max(0, len(text) - 8000))
    if m is None:
        return text
    block, starts = m.group(1), []
    for h in _PLAIN_NOTE_LINE.finditer(block):  # (the notes in order, 1, 2, 3 ...: not "10 December" wrapped)
        if int(h.group(1)) == len(starts) + 1:
            starts.append(h)
    notes = [" ".join(block[h.end():(starts[i + 1].start() if i + 1 < len(starts) else len(block))].split())
             for i, h in enumerate(starts)]
    body, out, pos = text[:m.start()], [], 0
    for k in range(1, len(notes) + 1):
        mark = re.compile(rf"(?<=[a-z)\]”’\"]){k}(?=[\s.,;:)])").search(body, pos)
        if mark is None:
            continue
        out.append(body[pos:mark.start()] + f"[{k}]")
        pos = mark.end()
    if not out:
        return text  # (no mark in the text: numbered lines under a rule, not notes)
    return "".join(out) + body[pos:] + "\n\n" + "\n".join(f"[{k}] {n}" for k, n in enumerate(notes, 1)) + "\n"


# Footnotes closing a text: "[1] Joint Declaration ..., 18 July 1991." on lines of their own,
# perhaps under a rule
_FOOTNOTE_BLOCK = _rc(
    r"\n[ \t]*\n(?:[ \t]*(?:_{3,}|-{3,}|\*{3,})[ \t]*\n)?((?:[ \t]*\[\d{1,3}\][ \t]+[^\n]*(?:\n|$))+)\s*$")


_FOOTNOTE_REF = _rc(r"[^\s\[(]\[\d{1,3}\]")


def _notes_section(text: str, html: bool = False) -> str:
    """Footnotes closing a text get a heading of their own, "Notes": they are the text's (a
    figure in one is the statement's), but not the last section's prose. On a web page
    (``html``) each note is a paragraph of its own, and its marks in the text, <sup> tags, went
    with the markup."""
    if "[" not in text[-3000:]:
        return text
    m = (_HTML_NOTES if html else _FOOTNOTE_BLOCK).search(text, max(0, len(text) - 5000))
    if m is None or not (html or _FOOTNOTE_REF.search(text, 0, m.start())):
        return text  # (no "...[1]" in the text above: a closing list numbered in brackets)
    above = text[:m.start()].rstrip().rsplit("\n", 1)[-1].strip()
    if len(above.split()) <= 3 and not _TERMINAL.search(above):
        return text  # (under a heading of their own already: "Notes", "Sources")
    return text[:m.start()] + f"\n\n{NOTES_HEADING}\n\n" + text[m.start(1):]  # (in place of a rule above them)


#: the heading the notes closing a text are given
NOTES_HEADING = "Notes"


# notes closing a page, one paragraph each: "[1] The AOIP was adopted ..."
_HTML_NOTES = _rc(r"\n[ \t]*\n((?:[ \t]*\[\d{1,3}\][ \t]+[^\n]+(?:\n[ \t]*)*)+)$")


# (after a blank line: led by a newline, the scan skips ahead from one to the next)
_COLON_RUN_IN = _rc(r"(\n[ \t]*\n)([A-Z][\w'’-]*(?:[ \t]+[\w'’&-]+){0,4}):[ \t]+(?=[A-Z])")


def _labels_to_headings(text: str, pattern: re.Pattern, group: int, ok, heading) -> str:
    """Make the run-in labels ``pattern`` finds (its ``group``) headings, when at least two
    paragraphs open on one and each names a topic (and passes ``ok``); ``heading`` writes one."""
    found = [m for m in pattern.finditer(text) if _names_a_topic(m.group(group).replace("&", "and").split())
             and m.group(group).lower() not in _NOT_LABELS and ok(m)]
    if len(found) < 2:
        return text
    keep = {m.start() for m in found}
    return pattern.sub(lambda m: heading(m) if m.start() in keep else m.group(0), text)


def _colon_labels(text: str) -> str:
    """A label and a colon opening paragraphs ("Trade: The leaders welcomed ...",
    "People-to-people ties: ...") head sections, when at least two paragraphs open so and
    each label names a topic (not "Note:", a lead-in "The leaders agreed:" nor a date)."""
    if ": " not in text:
        return text
    # (nor a signer's party: "For Canada: Mélanie Joly, Minister of Foreign Affairs")
    # (nor a record's first key: "Action: ...; Responsible: ...; Deadline: ...")
    return _labels_to_headings(text, _COLON_RUN_IN, 2, lambda m: not _SPEAKER.match(m.group(2)) and not _TITLED_REST.match(text, m.end())
                               and not _signature_head(m.group(2)) and not _MORE_KEYS.match(text, m.end()),
                               lambda m: f"{m.group(1)}### {m.group(2)}\n\n")


# (not a heading of its own, a label then its title on one line: "Session I: Maritime Domain
# Awareness", a few capitalized words and no stop; the line is the heading, whole)
_TITLED_REST = _rc(r"[A-Z][\w'’,-]*(?:[ \t]+(?:[A-Z][\w'’,-]*|and|of|the|for|in|on|to|&)){0,10}[ \t]*(?=\n|$)")


# a speaker of a transcript ("Prime Minister Kishida: Thank you ..."), not a topic
_SPEAKER = _rc(
    r"(?:(?:Vice|Deputy|Prime|Foreign|Acting|Defen[cs]e|Finance|Trade)[\s-]+)*(?:President|Minister|Secretary(?:-General)?|Chancellor"
    r"|Ambassador|Premier|King|Queen|Sheikh|Chair(?:man|woman|person)?)(?:[\s-]+[A-Z]|$)"
    r"|(?:Mr|Ms|Mrs|Dr|Moderator|Spokesperson|Spokesman|Spokeswoman|Question|Q|A|Reporter|Journalist)\b(?!['’])")
_NOT_LABELS = frozenset("note notes source sources contact contacts date location venue subject attention ps nb "
                        # ("First: Political and Security Cooperation": a number in words, not a topic)
                        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                        "firstly secondly thirdly fourthly fifthly lastly finally".split())


# words that end with a stop and are no label: "1. Mr. Modi welcomed ..."
# "4. Investment. The UAE will invest ...": a numbered paragraph that opens on a label
_NUMBERED_RUN_IN = _rc(r"(\n[ \t]*\n)([ \t]*\d{1,2}\.)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[\w'’&-]+){0,4})\.[ \t]+(?=[A-Z])")


def _numbered_labels(text: str) -> str:
    """A numbered paragraph that opens on a short label naming a topic ("4. Investment. The
    UAE will ...", "5. People-to-people ties. ...") heads a section, when two paragraphs or
    more open so; the paragraph keeps its number."""
    return _labels_to_headings(text, _NUMBERED_RUN_IN, 3, lambda m: m.group(3).lower() not in _ABBREVIATIONS,
                               lambda m: f"{m.group(1)}### {m.group(3)}\n\n{m.group(2)} ")


def _run_in_labels(text: str) -> str:
    """A bold label that opens a paragraph ("**Climate.** Mexico reaffirmed ...", as fact
    sheets write them) heads a section of its own, and the paragraph keeps its subject; in
    plain text as in Markdown, since such text is pasted from web pages. So does a plain
    label with a colon (:func:`_colon_labels`), and one after a paragraph's number
    (:func:`_numbered_labels`)."""
    text = _colon_labels(text)
    if ". " in text:
        text = _numbered_labels(text)
    if "**" not in text and "__" not in text:
        return text
    # (a list item's bold label with a stop labels the item, as one with a colon does: "-
    # **Agriculture.** Korea will ..." is no sentence "Agriculture." before the item's own)
    text = _ITEM_RUN_IN.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}:{m.group(2)} "
                            if _reads_as_label(m.group(3)) else m.group(0), text)

    # (a label under a Markdown heading is a subsection of it: "### Trade and Investment" then
    # "**Trade.** The leaders ..." is "Trade and Investment: Trade", not a heading beside it)
    heads = [(m.start(), len(m.group(1)), m.end()) for m in _MD_HEADING_LINE.finditer(text)]
    starts = [a for a, _, _ in heads]

    def is_label(m) -> bool:
        # (not the labels of what closes a text: "**Signed by:**", "**Links:**", "**Contact:**")
        label = m.group(3).rstrip(".: ")
        return bool(m.group(4) or m.group(5) or m.group(6) or m.group(7)) and _reads_as_label(m.group(3).rstrip(".:")) \
            and not (_SIGNED_LABEL.fullmatch(label) or (_BACK_LABEL.match(label + ":") and not _NOTES_LABEL.fullmatch(label)))

    # (a label after text of its heading's own names its part of that heading, "Trade and
    # Investment: Supply chains", as one straight under the heading is named by the heading above
    # it, so that the labels of one text read alike)
    first_label: dict[int, int] = {}
    for m in _MD_RUN_IN.finditer(text):
        if is_label(m):
            first_label.setdefault(bisect.bisect_right(starts, m.start()) - 1, m.start())

    def label(m):
        name = m.group(3).rstrip(".:")
        if not is_label(m):
            return m.group(0)
        k = bisect.bisect_right(starts, m.start()) - 1
        level = min(6, max(3, heads[k][1] + 1)) if k >= 0 else 3
        if k >= 0 and heads[k][1] >= 2:  # (not under the title's "#": its dateline is none of its own text)
            line_end = text.find("\n", heads[k][2])
            own = text[line_end if line_end >= 0 else len(text):first_label[k]]
            if own.strip():
                name = f"{text[heads[k][2] - 1:line_end].strip().strip('#').strip()}: {name}"
        return f"{m.group(1)}{'#' * level} {name}\n\n{m.group(1)}"

    return _MD_RUN_IN.sub(label, text)


_NOTES_LABEL = _rc(r"(?i:notes|footnotes|endnotes)")  # (a text's notes still head a section of their own)
_MD_HEADING_LINE = _rc(r"^(#{1,6})[ \t]+\S", re.M)


_YEAR_CELL = _rc(r"(?:19|20)\d\d(?:[-–/]\d{2,4})?")


_CELL_GAP = _rc(r" {2,}|\t+")
_COLUMN_RULE = _rc(r"\s*[-=]{3,}(?:\s+[-=]{3,})+\s*")
_TABLE_BORDER = _rc(r"\s*\+[-=]+(?:\+[-=]+)*\+\s*")


_ABBREVIATION_END = _rc(r"(?<![\w.])[A-Z][a-z]{0,6}\.$")


def _spaced_tables(text: str) -> str:
    """A plain-text table whose columns are lined up with spaces or tabs ("Indicator    2022
    2023") is written with " | " between its cells, to be read as :func:`_pipe_tables` reads
    one: two rows or more of the same three cells or more, short ones (60 characters at most:
    a plan's action fits), a digit in every row
    below the first (not prose with two spaces after a full stop)."""
    lines = text.split("\n")
    # (a rule of dashes under a header row, "------  ------  ------", is no row of its own)
    lines = [line for k, line in enumerate(lines)
             if not (k and _COLUMN_RULE.fullmatch(line) and len(_CELL_GAP.split(lines[k - 1].strip())) >= 3)]
    cells = []
    for line in lines:
        t = line.strip()
        cells.append(_CELL_GAP.split(t) if ("  " in t or "\t" in t) and "|" not in t else None)
    i = 0
    while i < len(lines):
        n = len(cells[i]) if cells[i] else 0
        j = i
        # (a cell may end on an abbreviation's stop: "China Communications Constr.", "Corp.")
        while n >= 3 and j < len(lines) and cells[j] and len(cells[j]) == n and all(
                len(c) <= 60 and (not c.endswith(".") or _ABBREVIATION_END.search(c)) and ". " not in c for c in cells[j]):
            j += 1
        if j - i >= 2 and all(any(ch.isdigit() for ch in lines[k]) for k in range(i + 1, j)) \
                and not any(lines[k].rstrip().endswith((".", ";", ":")) for k in range(i, j)):
            for k in range(i, j):
                lines[k] = " | ".join(cells[k])
            i = j
        else:
            i += 1
    return "\n".join(lines)


def _pipe_tables(text: str) -> str:
    """A plain-text table, rows of cells between " | " ("Non-oil trade | USD 100 billion |
    2030"), becomes list items as a Markdown table does (:func:`_table_item`): two rows or
    more with the same number of cells, after the title block. A first row of words, or of two
    years or more ("Indicator | 2022 | 2023"), above rows with digits names the columns and is
    dropped."""
    # (the borders of a table drawn with "+----+----+" are no rows: its header and rows meet)
    lines = [line for line in text.split("\n") if not _TABLE_BORDER.fullmatch(line)]
    # (a Markdown rule written tight, "|---|:---:|", is spaced as its rows are, to be read with them)
    lines = [_spaced_rule(line) if _TIGHT_RULE.fullmatch(line) else line for line in lines]
    out: list[str] = []
    # (the first block is the title and dateline: "Joint Statement | Japan and Kenya" / "Nairobi | 5 March 2024")
    first_blank = next((k for k, line in enumerate(lines) if not line.strip() and any(x.strip() for x in lines[:k])), len(lines))
    i = 0
    while i < len(lines):
        n = lines[i].count(" | ") if i > first_blank else 0
        j = i
        while n and j < len(lines) and lines[j].count(" | ") == n:
            j += 1
        if j - i < 2:
            out.append(lines[i])
            i += 1
            continue
        rows = [[c.strip() for c in line.strip().strip("|").split(" | ")] for line in lines[i:j]]
        # (a Markdown rule under the header, "| --- | :---: |", is no row)
        rows = [r for r in rows if not all(_RULE_CELL.fullmatch(c) for c in r)]
        headers: list[str] = []
        # a first row of words, or of years over the columns ("Indicator | 2022 | 2023"), names them
        # (one year beside words is a row's: "Mombasa port upgrade | 2026")
        years = sum(1 for c in rows[0] if _YEAR_CELL.fullmatch(c))
        if (all(not any(ch.isdigit() for ch in c) or _YEAR_CELL.fullmatch(c) for c in rows[0]) and years != 1
                and any(ch.isdigit() for r in rows[1:] for c in r for ch in c)):
            headers = rows.pop(0)
            out.append("")
        out += [_table_item(r, headers) for r in rows]
        i = j
    return "\n".join(out)


_RULE_CELL = _rc(r":?-{3,}:?")
_TIGHT_RULE = _rc(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")


def _spaced_rule(line: str) -> str:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    inner = " | ".join(cells)
    return f"| {inner} |" if line.strip().startswith("|") else inner


def _reads_as_label(text: str) -> bool:
    """Short, without a final stop and not a dateline: a line in bold that is a heading, not a
    sentence nor "**Ottawa, 14 March 2024**" nor a slogan in quotes ('**"Inclusivity and
    Sustainability"**')."""
    return len(text.split()) <= 12 and not text.endswith((".", "!", "?", ";", ",")) and not _dateline(text) \
        and not (text[:1] in "\"“‘'" and text[-1:] in "\"”’'")  # (not a theme's slogan in quotes)


def _table_item(cells, headers=()) -> str:
    """A table's row as one list item, "- Trade; US$150 billion", so that no cell is taken
    for a heading or run into the prose around it (Markdown and web pages alike). A bare
    number takes the unit its column's header gives: "100" under "Amount (EUR million)" is
    "EUR 100 million", as the table means it."""
    # (a cell that only marks nothing, "-", "n/a", is empty)
    cells = ["" if _EMPTY_CELL.fullmatch(c.strip()) else " ".join(c.split()) for c in cells]
    headers = list(headers)
    if len(cells) > 1 and len(headers) > 1 and any(_LEAD_HEADER.fullmatch(h) or _DUE_HEADER.fullmatch(h) for h in _header_names(headers)):
        cells, headers = _plan_row(cells, headers)
    if len(cells) > 1 and headers and _ROW_NUMBER_HEADER.fullmatch(" ".join(str(headers[0]).split())) \
            and re.fullmatch(r"\d{1,3}\.?", cells[0]):
        # a column that numbers the rows ("No.", "#", "S. No."): the item's number, no figure
        return f"- {cells[0].rstrip('.')}. " + _table_item(cells[1:], headers[1:])[2:]
    names = _header_names(headers)
    code = next((i for i, h in enumerate(names) if _CURRENCY_HEADER.fullmatch(h) and i < len(cells)
                 and cells[i].strip() in _currency_codes()), None)
    if code is not None:
        # a column that names each row's currency ("| Member | Currency | Amount |"): the row's
        # amounts are in it ("AUD 100,000,000"), the code no cell of its own
        unit = cells[code].strip()
        cells = [f"{unit} {c}" if i != code and _BARE_NUMBER.fullmatch(c.strip("*_ ")) and not _YEAR_ONLY.fullmatch(c) else c
                 for i, c in enumerate(cells)]
        cells, headers = cells[:code] + cells[code + 1:], headers[:code] + headers[code + 1:]
    out = []
    by_time = bool(cells) and bool(_YEAR_ONLY.fullmatch(cells[0]) or (headers and _TIME_HEADER.fullmatch(" ".join(str(headers[0]).split()))))
    for i, c in enumerate(cells):
        if c and i < len(headers) and _BARE_NUMBER.fullmatch(c.strip("*_ ")):
            c = _with_unit(c.strip("*_ "), headers[i])  # (in bold too: a total's "**7,400**")
        elif c and i < len(headers) and _SCALED_NUMBER.fullmatch(c.strip("*_ ")):
            c = _with_currency(c.strip("*_ "), headers[i])  # "170.5 million" under "Contribution (CAD)"
        if c and i and _BARE_NUMBER.fullmatch(c) and _UNIT_IN_LABEL.search(cells[0]):
            c = _with_unit(c, cells[0])  # the row's own label gives it: "Bilateral trade (ZAR billion) | 38.5"
        head = " ".join(str(headers[i]).split()) if i < len(headers) else ""
        if c and i and head.lower() in _country_pattern()[1]:
            # a column per country ("| Indicator | Chile | New Zealand |"): whose figure each cell is
            c = f"{head}: {c}"
        elif c and i and by_time and _BARE_NUMBER.match(cells[i]) and _UNIT_IN_LABEL.sub("", head).strip():
            # a row per year ("| 2023 | 107.2 | -7.6 |" under "| Year | Trade (US$ billion) | Change
            # (%) |"): what each cell measures is its column's name
            c = f"{_UNIT_IN_LABEL.sub('', head).strip()}: {c}"
        if c:
            out.append(c)
    return "- " + "; ".join(out)


_EMPTY_CELL = _rc(r"[-–—]|n/?a|N/?A|—")
_CURRENCY_HEADER = _rc(r"(?i:currency|curr\.?|ccy)")


def _header_names(headers) -> list[str]:
    return [" ".join(str(h).split()).strip("*_ :").strip() for h in headers]


def _plan_row(cells: list[str], headers: list[str]) -> tuple[list[str], list[str]]:
    """A row of a plan ("| Action | Lead | By |"): the action first, then who leads it and when
    it is due, said as such ("Publish a roadmap; lead: Mexico; by December 2025"), so that the
    row reads as one undertaking with its actor and its deadline, in whatever order the
    columns stand."""
    names = _header_names(headers)
    rest, lead, due, kind = [], [], [], []
    for i, c in enumerate(cells):
        head = names[i] if i < len(names) else ""
        if c and _AREA_HEADER.fullmatch(head) and len(cells) > 2 and any(_ACTION_HEADER.fullmatch(h) for h in names):
            # ("| Pillar | Action | Lead | ... |": the area the row is under, said after it, so that
            # the row opens on its action: "Increase the intake by 10%; lead: ...; pillar: Mobility")
            kind.append(f"{head.lower()}: {c}")
        elif c and _LEAD_HEADER.fullmatch(head):
            lead.append(c if c.lower().startswith(("lead", "led by")) else f"lead: {c}")
        elif c and _DUE_HEADER.fullmatch(head):
            if _DUE_WORD.match(c):
                c = c[:1].lower() + c[1:]  # "By December 2026", "Within 60 days": the deadline as a sentence says it
            elif D.words_date_re().fullmatch(c):
                c = "by " + c  # ("the thirtieth of June 2026": a day in words, by then)
            elif _YEAR_SPAN.fullmatch(c):
                c = "in " + c  # "2026-2028": over those years, not by them
            elif _part_of_year_cell(c):
                c = "in the " + c[:1].lower() + c[1:]  # "Second half of 2026": in that part, not by it
            elif _DATE_CELL.match(c):
                c = "by " + (c[:1].lower() + c[1:] if _LOWER_IN_DATES.match(c) else c)  # "End of 2026", "Mid-2026": "by end of 2026"
            due.append(c)
        else:
            rest.append((c, headers[i] if i < len(headers) else ""))
    if not rest or not (lead or due):
        return cells, headers
    return [c for c, _ in rest] + lead + due + kind, [h for _, h in rest]


# "Project: Urban Railway Line 2; Amount: JPY 71.2 billion; Completion: 2030": a record, a line of
# keys and their values (the keys short and capitalized, two or more pairs)
_KEY = r"[A-Z][\w ]{0,24}?"  # (a record's key: short, capitalized)
_KEYED_LINE = _rc(rf"[ \t]*(?:[-*•][ \t]+)?((?:{_KEY}:[ \t]*[^;:\n]+;[ \t]*)+{_KEY}:[ \t]*[^;:\n]+?)[ \t.]*")
_KEY_VALUE = _rc(rf"({_KEY}):[ \t]*([^;]+)")


_KEY_LINE = _rc(rf"[ \t]*({_KEY}):[ \t]*(\S[^\n]*?)[ \t]*")
_MORE_KEYS = _rc(rf"[^\n;]*;[ \t]*{_KEY}:[ \t]")  # (a line that goes on to another key: a record, no label)


def _key_blocks(lines: list[str]) -> list[str]:
    """Records written a key to a line ("Action: Sign the financing agreement" / "Responsible:
    Ministry of Public Works" / "Deadline: 30 June 2026"), blocks of the same keys one after
    another: each block as one line of keys and values, as a record on one line is written."""
    blocks: list[tuple[int, int, list[str], list[str]]] = []  # first line, last line, keys, values
    i = 0
    while i < len(lines):
        j = i
        keys, values = [], []
        while j < len(lines) and len(lines[j]) <= 400 and (m := _KEY_LINE.fullmatch(lines[j])) is not None:
            keys.append(m.group(1).strip())
            values.append(m.group(2).replace("; ", ", "))
            j += 1
        if len(keys) >= 2 and len(set(keys)) == len(keys) and any(_LEAD_HEADER.fullmatch(k) or _DUE_HEADER.fullmatch(k) for k in keys):
            blocks.append((i, j - 1, keys, values))  # (a plan's: who leads it or when it is due; not "Name:" / "Title:")
        i = max(j, i + 1)
    same = [b for b in blocks if sum(1 for c in blocks if c[2] == b[2]) >= 2]
    if not same:
        return lines
    lines = list(lines)
    for first, last, keys, values in same:
        lines[first] = "; ".join(f"{k}: {v}" for k, v in zip(keys, values))
        for k in range(first + 1, last + 1):
            lines[k] = ""
    return lines


def _keyed_lines(text: str) -> str:
    """Records written one to a line as keys and values, under a lead-in ("The two sides agreed
    on the following priority projects:" / "Project: ...; Amount: ...; Completion: ..."), read
    as a table's rows are: each a list item, its deadline said as one ("- Urban Railway Line 2;
    JPY 71.2 billion; by 2030"), where two lines or more give the same keys."""
    lines = text.split("\n")
    keyed: list[tuple[int, list[str], list[str]]] = []
    for i, line in enumerate(lines):
        if len(line) > 400 or "; " not in line:
            continue
        m = _KEYED_LINE.fullmatch(line)
        if m is None:
            continue
        pairs = _KEY_VALUE.findall(m.group(1))
        keyed.append((i, [k.strip() for k, _ in pairs], [v.strip() for _, v in pairs]))
    runs: list[list[tuple[int, list[str], list[str]]]] = []
    for item in keyed:
        last = runs[-1][-1] if runs else None
        if last is not None and last[1] == item[1] and all(not lines[j].strip() for j in range(last[0] + 1, item[0])):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        if len(run) < 2:
            continue
        for i, keys, values in run:
            lines[i] = _table_item(values, keys)
    return "\n".join(lines)


def _part_of_year_cell(cell: str) -> bool:
    """A cell that names a part of a year and the year alone ("Second half of 2026"), by the
    parts the figures ledger reads."""
    from .figures import _PART_WORDS

    part = _PART_WORDS.match(cell)
    return part is not None and re.fullmatch(r"(?:19|20)\d\d\s*", cell[part.end():]) is not None


# the column of a plan that says who acts, and the one that says by when
_LEAD_HEADER = _rc(r"(?i:lead(?:s|\s+(?:party|parties|side|country|countries|agency|agencies|ministry|ministries|department|institution"
                          r"|organi[sz]ation|partner|government|responsibility))?|led\s+by|responsible(?:\s+(?:party|parties|side|agency"
                          r"|body|institution|ministry|ministries|government))?|responsibility|owner|who|implementing\s+(?:agency|agencies"
                          r"|party|parties|body|partner|institution)|implementer|focal\s+points?)")
_DUE_HEADER = _rc(r"(?i:by|by\s+when|deadline|due(?:\s+date|\s+by)?|target\s+date|time\s*lines?|time\s*frames?|timing"
                         r"|completion(?:\s+date)?|(?:to\s+be\s+)?completed\s+by|expected\s+completion)")
_ACTION_HEADER = _rc(r"(?i:(?:key\s+)?actions?|activit(?:y|ies)|measures?|deliverables?|steps?|tasks?|undertakings?)")
_AREA_HEADER = _rc(r"(?i:pillar|area|priority\s+area|theme|sector|workstream|work\s+stream|category|field|domain|track|topic|goal|objective)")
# ... and the area column after the row, as _plan_row writes it ("...; pillar: Mobility")
PLAN_AREA = _rc(rf";\s+{_AREA_HEADER.pattern}:\s+[^;]+$")
_LOWER_IN_DATES = _rc(r"(?i:end|mid|middle|first|second|the)\b")
# a due cell that says its own deadline ("By December 2026", "Within 60 days", "Annually"), and
# one that gives a span of years ("2026-2028")
_DUE_WORD = _rc(r"(?:By|Before|Within|Until|Till|No\s+later\s+than|Not\s+later\s+than|From|Starting|Beginning|During|In|Over"
                       r"|Annually|Every|Each|Quarterly|Monthly|Biannually|Yearly|Ongoing|Continuous)\b")
_YEAR_SPAN = _rc(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")
# how a plan's row gives who leads it, as _plan_row writes it ("...; lead: Mexico; by ..."): the
# commitments analysis reads its actor there, and the briefing leaves it out where the actor shows
PLAN_LEAD = _rc(r";\s+lead:\s+([^;]+?)\s*(?=;|$)")
# ... and the due cell after it, as _plan_row writes it ("; by December 2025", "; within 60 days")
PLAN_DUE = _rc(r";\s+(?=(?:by|within|in|before|until|till|from|during|over|on|no\s+later\s+than|not\s+later\s+than"
                      r"|starting|beginning|annually|every|each)\s)")
_UNIT_IN_LABEL = _rc(r"\([^()]*\)\s*$")
_TIME_HEADER = _rc(r"(?i:year|years|period|date|fy|fiscal\s+year|quarter)")
_YEAR_ONLY = _rc(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")
_ROW_NUMBER_HEADER = _rc(r"(?i:(?:s\.?\s*|sl\.?\s*|sr\.?\s*)?no\.?|#|nr\.?|n[°º]|s/n|item|serial(?:\s+no\.?)?)")
_BARE_NUMBER = _rc(r"[-\u2212+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+,\d{1,2})")  # ("-7.6" under "Change (%)")
# the unit a column header gives: "Amount (EUR million)", "US$ millions", "Share (%)", "INR crore"
_HEADER_UNIT = _rc(
    r"(?:^|\(|,\s*|\b[Ii]n\s+)(?P<cur>KSh|Ksh|TSh|USh|Rs|[A-Z]{3}|[A-Z]{0,2}\$|€|£|¥|₹)?\s*(?P<scale>(?i:thousands?|millions?|billions?|trillions?|crores?|lakhs?|bn|mn|m|mio\.?|mrd\.?))?"
    r"\s*(?P<pct>%|(?i:per\s*cent|percent))?\s*\)?\s*$"
)


@lru_cache(maxsize=1)
def _signer_title() -> re.Pattern:
    """A line that is a title and nothing else ("President of the Republic of Türkiye", "Prime
    Minister"), from the titles of ``codebooks/entities.yaml``: a signer's, under their name."""
    from .entities import codebook

    roles = "|".join(re.escape(r) for r in sorted(codebook()["roles"], key=len, reverse=True))
    return re.compile(rf"(?:H\.\s?E\.\s+)?(?:(?:Vice|Deputy|Acting)[ -])?(?:{roles})"
                      r"(?:\s+(?:of|for)\s+[^.;:]{2,80}|\s+and\s+[A-Z][^.;:]{2,60})?")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The currencies a table's header may name (``codebooks/figures.yaml``), so that a header
    reads as the ledger reads an amount."""
    from .figures import currency_codes

    return currency_codes()


@lru_cache(maxsize=1)
def _header_words() -> re.Pattern:
    """A header naming its currency in words: "Amount (CFA francs, million)", "Value (in millions
    of US dollars)" (the currency words of ``codebooks/figures.yaml``)."""
    from .figures import currency_words

    words = "|".join(re.escape(w) for w in sorted(currency_words(), key=len, reverse=True) if not w.isupper())
    scale = r"thousands?|millions?|billions?|trillions?|crores?|lakhs?|bn|mn"
    return re.compile(rf"(?:\(|\b[Ii]n\s+)(?:(?P<s1>(?i:{scale}))\s+of\s+)?(?P<word>(?i:{words}))"
                      rf"(?:\s*,\s*(?:in\s+)?(?P<s2>(?i:{scale})))?\s*\)?\s*$")


_SCALED_NUMBER = _rc(r"\d[\d.,]*\s+(?i:thousand|million|billion|trillion|crore|lakh)")


def _with_currency(amount: str, header: str) -> str:
    """An amount with its scale under a header that names only its currency: "CAD 170.5 million"."""
    m = _HEADER_UNIT.search(" ".join(header.split()))
    cur = m.group("cur") if m else None
    if not cur or m.group("scale") or m.group("pct") or (cur not in _currency_codes() and not cur.endswith("$") and cur.isalpha()):
        return amount
    return f"{cur}{amount}" if not cur[-1].isalpha() else f"{cur} {amount}"


def _measure_forms() -> frozenset[str]:
    from .figures import measure_forms

    return measure_forms()


def _with_unit(number: str, header: str) -> str:
    w = _header_words().search(" ".join(header.split()))
    if w is not None:  # "4,500" under "Amount (CFA francs, million)": "4,500 million CFA francs"
        scale = (w.group("s1") or w.group("s2") or "").lower()
        scale = {"bn": "billion", "mn": "million"}.get(scale, scale.rstrip("s") if scale.endswith("s") else scale)
        return " ".join(x for x in (number, scale, w.group("word")) if x)
    m = _HEADER_UNIT.search(" ".join(header.split()))
    if m is None or not (m.group("cur") or m.group("scale") or m.group("pct")):
        unit = _UNIT_IN_LABEL.search(header)
        if unit is not None and unit.group().strip().strip("()").strip() in _measure_forms():
            return f"{number} {unit.group().strip().strip('()').strip()}"  # "50,000" under "Volume (tonnes)"
        return number
    if m.group("pct"):
        return number + "%"
    cur, scale = m.group("cur") or "", (m.group("scale") or "").lower()
    if scale == "m" and not cur:
        return number  # "Length (m)": metres, not millions
    if cur and cur not in _currency_codes() and not cur.endswith("$"):
        cur = ""  # "SDR million", "Day": a code that is no currency keeps only its scale
        if not scale:
            return number
    # (a German scale stays one, so that "1.000" under "EUR Mio." is read in German: a thousand million)
    scale = {"bn": "billion", "mn": "million", "m": "million", "mio": "Mio.", "mio.": "Mio.", "mrd": "Mrd.",
             "mrd.": "Mrd."}.get(scale, scale.rstrip("s") if scale.endswith("s") else scale)
    # (an amount with its sign, "-12.4" under "Trade balance (US$ billion)": "minus US$12.4 billion")
    sign, number = ({"+": "plus "}.get(number[0], "minus "), number[1:]) if number[:1] in "-\u2212+" and cur else ("", number)
    if cur and not cur[-1].isalpha():
        return f"{sign}{cur}{number}" + (f" {scale}" if scale else "")  # "$150 million"
    return sign + " ".join(x for x in (cur, number, scale) if x)


def markdown_to_text(md: str) -> str:
    """Strip inline Markdown (links, emphasis) while keeping headings, list markers and the
    backticks of inline code.

    A line in bold alone ("**Economic cooperation**") is a heading, as it reads; a table's
    rows become list items ("- Trade; US$150 billion"), so that no row is taken for a heading
    or run into the prose around it, and its header row (the column names) is dropped.
    """
    out = []
    md = _MD_FOOTNOTE_REF.sub("", md)  # "[^1]": a reference to a footnote, not text
    # "[^1]: Source ...": a note as a web page writes it ("[1] ...", a paragraph each), so that
    # the notes closing a text are read as such (see ``_notes_section``)
    labels: dict[str, int] = {}
    md = _MD_FOOTNOTE_DEF.sub(lambda m: f"\n{m.group(1)}[{labels.setdefault(m.group(2), len(labels) + 1)}] "
                              + " ".join(m.group(3).split()), md)  # (a paragraph each, on one line)
    raw_lines = md.split("\n")
    headers: list[str] = []  # the column names of the table being read
    for i, line in enumerate(raw_lines):
        previous = raw_lines[i - 1] if i else ""
        if re.match(r"^\s*(```|~~~)", line) or re.match(r"^\s*([-*_]\s*){3,}$", line):
            out.append("")
            continue
        if _MD_TABLE_SEP.match(line) and "-" in line:
            if out and out[-1].startswith("- ") and _MD_TABLE_ROW.match(previous):
                out[-1] = ""  # the header row names the columns; it is no item of the statement
                headers = _MD_TABLE_ROW.match(previous).group(1).split("|")
            continue
        row = _MD_TABLE_ROW.match(line)
        if row:
            line = _table_item(row.group(1).split("|"), headers)
        elif line.strip():
            headers = []
        bold = _MD_BOLD_LINE.match(line)
        if bold and _reads_as_label(bold.group(2)):
            line = "### " + bold.group(2)
        line = re.sub(r"^\s*>\s?", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        line = _MD_EM.sub(r"\1", line)
        line = _MD_EM_UNDERSCORE.sub(r"\1", line)
        # (inline code keeps its backticks: text quoted as typed, whose numbers are no figures)
        out.append(line)
    return "\n".join(out)


_NOTES_LIST = _rc(r"(?i)foot-?notes?|end-?notes?|\bnotes\b|doc-endnotes")
# a link of the page's own, alone in its paragraph: "Download PDF (245 KB)", "Print this page", "Share"
_DOWNLOAD_LINK = _rc(r"(?i)(?:download\b.{0,40}|print(?:\s+this\s+(?:page|article))?|share(?:\s+this(?:\s+page|\s+article)?)?"
                            r"(?:\s+on\s+\w+)?|subscribe\b.{0,30}|read\s+more|view\s+(?:the\s+)?pdf.{0,30}|pdf\s+version.{0,30})")
_HTML_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select"]
# (and a page's feedback box, by its whole class name: "Did you find what you were looking for?" /
# "Report a problem ...", not "survey-results" or "feedback-mechanism")
_CLUTTER = _rc(r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|footer|header|sidebar|share|social|cookie|skip|banner|related)([-_ ]|$)"
               r"|(^|\s)(report-(?:a-)?problem|feedback|survey|newsletter)(\s|$)", re.I)
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "tr", "td", "th", "caption", "figcaption", "address", "time"}
# Elements that break a line of text; everything else (links, emphasis, spans) runs on.
_BREAKS = _BLOCKS | {"br", "div", "section", "article", "ul", "ol", "table", "header", "footer", "main"}


def _text_of(el) -> str:
    """An element's text as a reader sees it: inline markup runs on without spaces of its own
    ("the <a>Agreement</a>'s terms" is "the Agreement's terms", not "Agreement 's"), while
    block elements and line breaks separate words."""
    from bs4.element import NavigableString, PreformattedString

    parts = []
    for node in el.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # (comments, declarations)
                parts.append(str(node))
        elif node.name in _BREAKS:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _direct_lines(div) -> list[str]:
    """The lines of text written straight into a ``<div>`` (split at ``<br>``), not inside any
    of its blocks: "<div>The leaders agreed.<br>They welcomed ...</div>"."""
    from bs4.element import NavigableString, PreformattedString

    lines, cur = [], []
    for child in div.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                cur.append(str(child))
        elif child.name in _BREAKS:
            lines.append(" ".join("".join(cur).split()))
            cur = []
        else:
            cur.append(_text_of(child))
    lines.append(" ".join("".join(cur).split()))
    return [line for line in lines if line]


def _has_direct_text(div) -> bool:
    from bs4.element import NavigableString, PreformattedString

    return any(isinstance(c, NavigableString) and not isinstance(c, PreformattedString) and c.strip() for c in div.children)


def _item_label(li, text: str) -> str:
    """A list item opening on a label in bold with a stop ("<strong>Agriculture.</strong> Korea
    will ..."), labelled as a colon labels it ("Agriculture: Korea will ..."), as in Markdown."""
    first = next((c for c in li.children if not (isinstance(c, str) and not c.strip())), None)
    if getattr(first, "name", None) not in ("strong", "b"):
        return text
    label = " ".join(_text_of(first).split())
    rest = text[len(label):] if text.startswith(label) else ""
    if label.endswith(".") and not label.endswith("..") and rest[:1] == " " and rest.lstrip()[:1].isupper() \
            and _reads_as_label(label[:-1]):
        return f"{label[:-1]}:{rest}"
    return text


def _bold_only(el, text: str) -> bool:
    """A paragraph all in bold that reads as a label is a heading, as it reads."""
    bold = " ".join(" ".join(_text_of(b) for b in el.find_all(["strong", "b"])).split())
    return bold == text and _reads_as_label(text)


_BACK_LINKS = frozenset(("↩", "↩︎", "↩\ufe0e", "↑", "^", "⤴", "[back]", "back", "Back"))


_TITLE_SITE = _rc(r"\s+[-|–—]\s+")
# a publishing office's name: "Ministry of Foreign and Diaspora Affairs", "Prime Minister of Canada", "The White House"
_OFFICE_HEADS = r"Ministry|Department|Office|Embassy|High\s+Commission|Presidency|Government"
_OFFICE_NAME = _rc(rf"(?:[Tt]he\s+)?(?:{_OFFICE_HEADS}|Ministère|Ministerio|President|Prime\s+Minister|White\s+House"
                          r"|State\s+House|Chancellery|Federal\s+Foreign\s+Office)\b")
_PAGE_SECTION = _rc(r"(?i:(?:press\s+|news\s+|media\s+)?(?:releases?|statements?|news|speeches|updates?|documents?|publications?|readouts?)"
                           r"(?:\s+and\s+(?:speeches|statements|remarks|releases))?|english|français|español|full\s+text|home|latest|media"
                           r"|page\s+\d+(?:\s+of\s+\d+)?|print(?:\s+version)?|archive[sd]?)")


def html_to_text(html: str) -> tuple[str, str | None]:
    """Turn a saved web page into Markdown-like lines; return ``(text, page_title)``.

    Uses a real HTML parser (BeautifulSoup with the standard library's parser). Navigation,
    headers, footers and scripts are dropped; ``<main>`` or ``<article>`` is preferred when the
    page has one. Headings become ``#`` lines so the structure parser sees them as headings.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else None
    # who published the page, where its head says so ("og:site_name": "The White House"): the
    # issuer where the text names none, carried as a labelled line the page-label reading takes
    site = soup.find("meta", attrs={"property": "og:site_name"}) or soup.find("meta", attrs={"name": "publisher"})
    site_name = " ".join(str(site.get("content") or "").split()) if site else ""
    h1 = soup.find("h1")
    if not site_name and page_title and h1 is not None:
        # (else the title's part after the page's own heading: "Joint Statement by ... - Prime
        # Minister of Canada" is the Prime Minister's page)
        head = " ".join(h1.get_text(" ", strip=True).split())
        parts = _TITLE_SITE.split(page_title)
        # (or an office's, whatever the heading: "Joint Communiqué of the 3rd ... | Ministry of Foreign and Diaspora Affairs")
        if len(parts) >= 2 and head and 1 <= len(parts[-1].split()) <= 8 and (
                " ".join(parts[0].split()) == head or _OFFICE_NAME.match(parts[-1].strip())) \
                and not _PAGE_SECTION.fullmatch(parts[-1].strip()):  # (not the site's section: "Press Releases", "News")
            site_name = " ".join(parts[-1].split())
    for fig in soup.find_all("figure"):
        if fig.find(["img", "picture", "video", "svg"]) is not None and fig.find("table") is None:
            fig.decompose()  # a photograph and its caption ("Ministers at the meeting. © European Union")
    for a in soup.find_all("a"):
        block = a.find_parent(["p", "li", "div"])
        if block is not None and _DOWNLOAD_LINK.fullmatch(a.get_text(" ", strip=True)) \
                and " ".join(block.get_text(" ", strip=True).split()) == " ".join(a.get_text(" ", strip=True).split()):
            block.decompose()  # "Download PDF (245 KB)", "Print this page": the page's, no text of the statement
    for dl in soup.find_all("dl"):
        # a list of terms ("AfCFTA" / "African Continental Free Trade Area"): one item a term, no
        # term alone on a line to be read as a heading (not a page's labels, "Date" / "3 March
        # 2024", nor parts of a text under their names, whose descriptions run to sentences; a
        # line of one short sentence to a term, "Labour Mobility" / "Expanding safe pathways
        # for workers.", describes an item)
        dds = [_text_of(dd) for dd in dl.find_all("dd")]
        if not dds or any(_DATE_RE.search(d) or (len(d.split()) > 10 or d.rstrip().endswith((".", "!", "?"))) and (
                len(d.split()) > 25 or len(split_sentences(d)) > 1 or len(dd.find_all("p")) > 1)
                for d, dd in zip(dds, dl.find_all("dd"))):
            continue
        items = []
        for dt in dl.find_all("dt"):
            dd = dt.find_next_sibling("dd")
            items.append(f"{_text_of(dt)}: {_text_of(dd)}" if dd is not None else _text_of(dt))
        ul = soup.new_tag("ul")
        for item in items:
            li = soup.new_tag("li")
            li.string = item
            ul.append(li)
        dl.replace_with(ul)
    for tag in soup.find_all(_HTML_DROP):
        if tag.name == "header" and (tag.find("h1") or tag.find_parent(["article", "main"])):
            continue  # an article's own header holds its title and date, not the site's menu
        tag.decompose()
    # footnote references: "<sup>1</sup>", "<sup><a href="#fn1">[1]</a></sup>"; not the
    # power of a unit ("km<sup>2</sup>"), which becomes "km²"
    for tag in soup.find_all("sup"):
        sup = tag.get_text().strip()
        if not re.fullmatch(r"\[?\s*\d{1,3}\s*\]?", sup):
            continue
        before = tag.previous_sibling
        if sup in ("2", "3") and tag.find("a") is None and isinstance(before, str) and re.search(r"(?<![A-Za-z])(?:k|c|m)?m$|(?<![A-Za-z])(?:ft|mi)$", before):
            tag.replace_with("²" if sup == "2" else "³")
        else:
            tag.decompose()
    for tag in soup.find_all("a"):
        if tag.get_text().strip() in _BACK_LINKS:
            tag.decompose()  # a note's link back to its mark ("↩"): no text of the note
    soup.smooth()  # (the text around a removed mark is one string again: "water." not "water .")
    for tag in soup.find_all(True):
        if tag.decomposed if hasattr(tag, "decomposed") else False:
            continue
        attrs = getattr(tag, "attrs", None) or {}
        ident = " ".join([attrs.get("id") or "", " ".join(attrs.get("class") or []), attrs.get("role") or ""])
        if ident.strip() and _CLUTTER.search(ident) and tag.name not in ("body", "html", "main", "article") and not tag.find("h1"):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    # (a page whose title and date sit in a header above its <main>: that header first)
    top = soup.find("header") if root.name in ("main", "article") and root.find("h1") is None else None
    # (only a header whose title reads as the statement's, or that dates it: not a site's banner,
    # "<h1>Ministry of Foreign Affairs of Japan</h1>", over a page titled in <h2>)
    before = top.find_all([*_BLOCKS, "div"]) if top is not None and top.find("h1") is not None \
        and top.find_parent(["main", "article"]) is None \
        and (_TITLE_WORDS.search(_text_of(top.find("h1"))) or top.find("time") is not None) else []
    lines: list[str] = []
    heads: dict[int, list[str]] = {}  # each table's column names
    caption_units: dict[int, str] = {}  # the unit each table's caption gives: "(EUR million)"
    for el in before + root.find_all([*_BLOCKS, "div"]):
        if el.find_parent(list(_BLOCKS)) is not None and el.name not in ("li",):
            continue  # nested block: its text is already in the parent
        if el.name == "div":
            if _has_direct_text(el):
                for line in _direct_lines(el):
                    lines += ["", line, ""]
            continue
        if el.name == "caption":
            # a table's title, under the heading the table belongs to: no section of its own; the
            # unit it gives ("... by programme, 2026–2027 (EUR million)") is each column's that gives none
            table = el.find_parent("table")
            unit = _UNIT_IN_LABEL.search(_text_of(el))
            if table is not None and unit and _HEADER_UNIT.search(unit.group().strip()[1:-1] + ")") \
                    and not re.search(r"\d", unit.group()):  # (a unit, not "(2026–2028)")
                caption_units[id(table)] = unit.group().strip()
            continue
        text = _text_of(el)
        if not text:
            continue
        if el.name in ("h1",):
            lines += ["", f"# {text}", ""]
        elif el.name in ("h2", "h3", "h4", "h5", "h6") or (el.name == "p" and _bold_only(el, text)):
            lines += ["", f"## {text}", ""]
        elif el.name == "tr":
            # a table's row is one item, "Trade; US$150 billion": no cell is taken for a heading;
            # a row of column names only (all <th>) is no item of the statement
            cells = el.find_all(["td", "th"])
            table = el.find_parent("table")
            unit = caption_units.get(id(table))
            if cells and all(c.name == "th" for c in cells):
                if table is not None:
                    heads[id(table)] = [_text_of(c) for c in cells]
                continue
            columns = heads.get(id(table), ())
            if unit:
                # (not the first column, which names the rows, nor one of years: "Year | Irish exports")
                texts = [_text_of(c) for c in cells]
                # (nor a column of a plan's lead or date: "Lead", "By", whose cells are no amounts)
                columns = [h if k == 0 or _UNIT_IN_LABEL.search(h) or _TIME_HEADER.fullmatch(h.strip())
                           or _LEAD_HEADER.fullmatch(h.strip("*_ :").strip()) or _DUE_HEADER.fullmatch(h.strip("*_ :").strip())
                           or (k < len(texts) and _YEAR_ONLY.fullmatch(texts[k].strip())) else f"{h} {unit}".strip()
                           for k, h in enumerate([*columns, *[""] * max(0, len(cells) - len(columns))])]
            lines += [_table_item((_text_of(c) for c in cells), columns)]
        elif el.name == "li":
            if el.find_parent(["nav"]):
                continue
            if el.find(["ul", "ol"]) is not None:
                # (a list inside the item gives its own items: the item's text is its own words only)
                own = copy.copy(el)
                for sub in own.find_all(["ul", "ol"]):
                    sub.decompose()
                text = _text_of(own)
                if not text:
                    continue
            text = _item_label(el, text)
            depth = "  " * len(el.find_parents("li"))
            parent = el.parent
            if parent is not None and parent.name == "ol" and _NOTES_LIST.search(
                    " ".join([parent.get("id") or "", *(parent.get("class") or []), parent.get("role") or ""])):
                # a page's notes ("<ol class="footnotes">"): "[1] ...", a paragraph each, as notes
                # closing a text are written (see ``_notes_section``)
                n = 1 + next(i for i, c in enumerate(parent.find_all("li", recursive=False)) if c is el)
                lines += ["", f"[{n}] {text}", ""]
                continue
            if parent is not None and parent.name == "ol":
                # an ordered list's number is the item's marker ("- 3. ...": an item, never a heading)
                start = str(parent.get("start") or "1")
                first = int(start) if start.isdigit() else 1
                n = first + next(i for i, c in enumerate(parent.find_all("li", recursive=False)) if c is el)
                lines += [f"{depth}- {n}. {text}"]
            else:
                lines += [f"{depth}- {text}"]
        elif el.name == "p" and el.find("br") is not None:
            # lines broken within a paragraph stay lines ("For Germany: Robert Habeck, ...<br>For
            # India: Pralhad Joshi, ..."): a signature block, an address
            lines += ["", *_direct_lines(el), ""]
        else:
            lines += ["", text, ""]
    if not any(line.strip() for line in lines):
        body_text = root.get_text("\n", strip=True)
        lines = body_text.split("\n")
    if site_name and len(site_name) <= 120:
        lines.append(f"\n{PUBLISHED_BY}{site_name}")
    return "\n".join(lines), page_title


#: the label of the line an HTML page's reading adds for who published it (its head's site name)
PUBLISHED_BY = "Published by: "


# --------------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------------

# Abbreviations, by what tells them from a word that ends a sentence:
# - titles and months, written with a capital ("Gen.", "Smt.", "Rt. Hon.", "Jan."); in lower
#   case these are words ("the arts. Both", "said no. The"); "Md." and "Mohd." are
#   Muhammad before a name ("Md. Touhid Hossain");
_TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms messrs mme mlle dr prof sr sra srta jr st gen col lt capt cmdr adm sgt maj gov sen rep
    amb pres hon rt rev fr mt ft dept univ smt shri sh eng ma sta sto lic ing md mohd jan feb mar apr jun jul aug sep sept oct
    nov dec""".split()
)
# - references and currencies, before a number or another reference ("Art. 4", "No. 2231",
#   "Res. 2231", "Doc. No. A/78", "Rs. 45,000 crore", "KShs. 2 billion"); before a word they
#   end a sentence;
_REFERENCE_ABBREVIATIONS = frozenset("no nos art arts para paras sec fig vol ch pp p op res doc rs rp tk nu shs kshs".split())
# - company forms, which end a sentence when a usual opener follows ("Oil Corp. Ltd. The");
_COMPANY_ABBREVIATIONS = frozenset("inc ltd co corp pvt plc llc".split())
# - and the rest, in any case.
_OTHER_ABBREVIATIONS = frozenset("vs etc cf approx est al incl e.g i.e viz".split())
_ABBREVIATIONS = _TITLE_ABBREVIATIONS | _REFERENCE_ABBREVIATIONS | _COMPANY_ABBREVIATIONS | _OTHER_ABBREVIATIONS
# Words that, after an initialism like "U.S.", show a new sentence has begun.
_SENTENCE_STARTERS = frozenset(
    """the they we our both this these those in on at as it its he she his her their there
    however moreover furthermore president presidents leaders prime minister ministers
    additionally also finally together following under through with""".split()
)
# Honorifics written as initialisms ("H.E. President Ruto", "H.R.H. the Crown Prince"): a name
# or title always follows, so they end no sentence even before "President" or "the".
_POSSESSIVE_NEXT = _rc(r"\s*[A-Za-z\u00c0-\u024f]+['’]s?\s+[A-Z]")
_HONORIFIC_INITIALISMS = frozenset("h.e h.r.h h.m h.h h.i.m h.e.h".split())
# (a hashtag or a handle after the stop opens one too: "... of our time. #G7Summit")
_BOUNDARY = _rc(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]*(?:[A-Z0-9\u00c0-\u024f]|[#@]\w))|[.!?]+[\"')\]]*\s*$")


def split_sentences(text: str, offset: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split prose into sentence spans ``(start, end)``.

    With ``offset``/``end`` the prose is ``text[offset:end]`` and the spans are positions in
    ``text`` (no copy of the paragraph is made). A hand-written splitter: rule libraries that
    need no model (pysbd, syntok) were either far slower than the 2 MB/s the analyses must
    reach or split at "U.S." before a capital. The rules: a sentence ends at ``.``, ``!`` or
    ``?`` (and closing quotes) before a capital or digit, except after known abbreviations
    ("Mr.", "No.", "St."), single initials ("John F. Kennedy"), and initialisms ("U.S.",
    "D.C.") unless the next word is a usual sentence opener.
    """
    n = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    start = offset
    while start < n and text[start].isspace():
        start += 1
    for m in _BOUNDARY.finditer(text, offset, n):
        stop = m.end()
        if stop <= start:
            continue
        dot = m.start()
        if text[dot] == "." and not _ends_sentence(text, dot, stop):
            continue
        seg_end = stop
        while seg_end > start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > start:
            spans.append((start, seg_end))
        start = stop
        while start < n and text[start].isspace():
            start += 1
    if start < n:
        seg_end = n
        while seg_end > start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > start:
            spans.append((start, seg_end))
    return spans


_WORD_BEFORE = _rc(r"([A-Za-z\u00c0-\u024f.]+)$")
_SCALE_ABBREVIATIONS = frozenset({"Mio", "Mrd", "Tsd"})
_CURRENCY_NEXT = _rc(r"\s*(?:Euros?|EUR|Dollars?|USD|US\$|Rupees?|INR|Franken|CHF)\b")


# Words a letter follows as a label, not as a person's initial: a part's number in Roman
# numerals ("the Delhi Metro Phase V"), a site's or an option's letter ("Hinkley Point C", "Plan B")
_LABEL_WORD = _rc(r"\b(?:Phase|Part|Stage|Title|Chapter|Pillar|Tier|Annex|Volume|Schedule|Round|Track|Protocol"
                         r"|Point|Plan|Block|Unit|Terminal|Gate|Site|Zone|Category|Class|Type|Option|Appendix"
                         r"|Section|Group|Lot|Reactor|Line|Pier|Berth|Runway|Building|Wing|Sector|Grade|Level)\s+$")


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    # Fast path for the usual case, a full stop after an ordinary word ("security."): a word of
    # two or more letters, not itself after a dot, that is no known abbreviation.
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if dot - j > 1 and (j == 0 or text[j - 1] != ".") and text[j:dot].lower() not in _ABBREVIATIONS:
        # (but a German scale before its currency goes on: "300 Mio. Euro as grants", "1,5 Mrd. EUR")
        return not (text[j:dot] in _SCALE_ABBREVIATIONS and _CURRENCY_NEXT.match(text, after))
    if len(text[dot:after].rstrip()) > 1 and text[dot:after].rstrip().strip(".") == "":
        return True  # "..." ellipsis followed by a capital
    if dot > 0 and text[dot - 1] == "/" and text[after:after + 3].lstrip()[:1].isdigit():
        return False  # "S/. 300 million": the Peruvian sol, not the end of a sentence
    if dot > 1 and text[dot - 2] == "°":
        return True  # "to 1.5°C. Viet Nam ...": a unit of degrees, no initial
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return True
    word = m.group(1)
    bare = word.strip(".").lower()
    nxt = re.match(r"\s*[\"'(\[]*([A-Za-z\u00c0-\u024f]+)", text[after:after + 40])
    next_word = nxt.group(1).lower() if nxt else ""
    if "." in word.strip("."):  # an initialism: U.S. / D.C. / e.g.
        if bare in ("e.g", "i.e") or bare in _HONORIFIC_INITIALISMS:
            return False
        if _POSSESSIVE_NEXT.match(text, after, after + 40):
            return False  # ("the Japan-Philippines-U.S. Leaders' Summit": a name goes on)
        return next_word in _SENTENCE_STARTERS
    if len(word) == 1 and word.isupper():
        # "John F. Kennedy", "Dr. P. Nandalal Weerasinghe" (not "p." of a page): an initial; but
        # a label's letter ends one: "the Delhi Metro Phase V. India will ...", "progress on
        # Hinkley Point C. France and ..."
        if _LABEL_WORD.search(text, max(0, dot - 24), dot - 1):
            return True
        return next_word in _SENTENCE_STARTERS
    if bare in ("md", "mohd"):
        # "Md. Touhid Hossain": Muhammad before a name; "in Baltimore, Md. The two sides ...",
        # "Silver Spring, Md. Japan pledged ...": Maryland after its city, ending the sentence
        if next_word in _SENTENCE_STARTERS:
            return True
        ahead = _countries_at(text[after:after + 60].lstrip(" \"'(["))
        return bool(ahead) and ahead[0][0] == 0
    if bare in _ABBREVIATIONS:
        if bare in _OTHER_ABBREVIATIONS:
            return bare in ("etc",) and next_word in _SENTENCE_STARTERS
        if bare in _COMPANY_ABBREVIATIONS:
            return next_word in _SENTENCE_STARTERS
        if bare in _REFERENCE_ABBREVIATIONS:
            nxt_tok = text[after:after + 12].lstrip(" \"'([")
            if nxt_tok[:1].isdigit() or next_word in _REFERENCE_ABBREVIATIONS or re.match(r"[IVXL]+\b|[A-Z]/", nxt_tok):
                return False  # "Art. 4", "Doc. No. A/78", "Chapter No. IV"
            if word[0].isupper() and bare in _TITLE_ABBREVIATIONS:
                return False
            return True
        return not word[0].isupper()  # a title or month: "Gen. Smith"; "the arts" is a word
    return True


_WORD = _rc(r"[^\W_](?:[\w'\u2019.,-]*[^\W_])?")


def spans_inside(spans: list[tuple], starts: list[int], lo: int, hi: int) -> list[tuple]:
    """The spans lying wholly inside ``text[lo:hi]``.

    ``spans`` are tuples that begin ``(start, end, ...)``, sorted by start, and ``starts``
    their starts: the analyses find their matches once over the whole text and then ask,
    sentence by sentence or clause by clause, which fall inside.
    """
    i = bisect.bisect_left(starts, lo)
    out = []
    n = len(spans)
    while i < n and spans[i][0] < hi:
        if spans[i][1] <= hi:
            out.append(spans[i])
        i += 1
    return out


def count_words(text: str) -> int:
    """Words as a reader counts them: "U.S.-Peru" and "1,000" are one word each."""
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------------------------
# Lines, headings, datelines
# --------------------------------------------------------------------------------------------

_MD_HEADING = _rc(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = _rc(r"^\s*(?:(?:section|part|chapter|article|goal|pillar|objective|priority)\s+)?(\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,7}|[A-H])([.):]|\s[-–—])\s+(\S.*)$", re.I)
_MARKS = "-*+•\u25aa\u25cf\u25e6\u25a0\u25ba\u25b8\u27a2\uf0b7\u2013\u2014\u00b7"
#: The marks a list item may open with: dashes, stars, bullets of every shape (Word's own
#: Symbol-font bullet is U+F0B7 once pasted), and a lower-case "o" as sub-items are typed ("o
#: Japan will provide ..."; see ``_O_ITEM``).
BULLET_MARKS = frozenset(_MARKS + "o")


def indent(text: str, par) -> int:
    """How far a paragraph's first line is indented: a nested list item is."""
    line = text.rfind("\n", 0, par.start) + 1
    return par.start - line if not text[line:par.start].strip() else 0


def list_depths(st) -> dict[int, int]:
    """How deep each nested list item sits ({paragraph index: depth}, 1 for an item under an
    item): a list's shape is part of what it says ("- Technology:" over what falls under it)."""
    depths: dict[int, int] = {}
    stack: list[int] = []
    for par in st.paragraphs:
        if par.marker is None:
            stack = []
            continue
        at = indent(st.text, par)
        while stack and stack[-1] >= at:
            stack.pop()
        if stack:
            depths[par.index] = len(stack)
        stack.append(at)
    return depths
_BULLET = _rc(rf"^\s*([{re.escape(_MARKS)}])\s+(?=\S)")
# an "o" typed as a bullet, before a capital: an item only where a list may start or go on
# (after a blank line, a lead-in's colon or another such item), not Portuguese's "o" opening a
# wrapped line ("... que\no Presidente da República ...")
_O_ITEM = _rc(r"^\s*(o)[ \t]+(?=[A-Z\d\"“‘(])")


def _o_items(lines) -> set[int]:
    """The lines that open on an "o" typed as a bullet (see ``_O_ITEM``); indented, one may
    also stand under a bulleted item, as Word's sub-items do ("• The leaders set ...\n  o The
    Korean side will ...")."""
    out: set[int] = set()
    in_item = False  # (a line of a bulleted or numbered item runs down to here, no blank line between)
    for i, ln in enumerate(lines):
        text = ln.text
        if _O_ITEM.match(text):
            above = lines[i - 1].text.rstrip() if i else ""
            if not above.strip() or above.endswith(":") or (i - 1) in out or (in_item and text[:1].isspace()):
                out.add(i)
        if not text.strip():
            in_item = False
        elif _BULLET.match(text) or _NUMBERED_PARA.match(text):
            in_item = True
    return out
# ("2.1 The Chinese side will ...": a decimal paragraph number before a capital, not "2.5 million"
# nor a measure in capitals: "1.4 GW of new capacity", "2.5 Mt of grain")
_NUMBERED_PARA = _rc(
    r"^\s*(\d{1,3}\.[ \t]?[-–—](?=[ \t])|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?(?=\s+[A-Z\u00c0-\u00de])"
    r"(?!\s+(?:[kMGT]Wh?|[kMGT]Wp|MWe|kV|KV|KW|TEU|MTPA|Bcm|bcm|MtCO2e?|GtCO2e?|Mtoe|MMT|MMBtu)\b(?!-))|\(\d{1,2}\)|\(?[a-z][.)]|\([ivx]+\))\s+(?=\S)"
    # an article's or an action's number leading into its text: "Article 1 – The Parties shall
    # establish ...", "Action 1.3 – Export Development Canada will make available ..."
    # (or a stop: "Commitment 1. China will build ...", "Article 2. The Parties shall ...")
    r"|^\s*((?:Article|ARTICLE|Action|ACTION|Measure|Deliverable|Commitment|Recommendation|Item|Point|Pillar|Priority|Objective"
    r"|Outcome|Principle|Clause)[ \t]+\d{1,3}(?:\.\d{1,2}){0,2}(?:[ \t]*[-–—:]|\.))[ \t]+(?=[A-Z\u00c0-\u00de\"“])"
)
_HAS_WORD = _rc(r"[^\W_]")
_TERMINAL = _rc(r"(?<!\bJr)(?<!\bSr)[.!?;,:]['\")\]]*\s*$")  # (not a name's "Jr." on a line of its own)
# A line that only marks the end of a release or separates parts ("###", "-30-", "* * *",
# "ENDS"): not prose, so no paragraph and no sentence.
_RULE_LINE = _rc(r"\s*(?:[-#*_=~•·]\s*){3,}$|\s*-\s*30\s*-\s*$|\s*(?:ENDS?|- ENDS? -)\s*$")
_SMALL_WORDS = frozenset("a an and as at but by de del for from in into of on or the to with la el los las y vs versus".split())

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
# "3", "3rd", "3-4", "26 to 30", "17 and 18" (a meeting over days)
# a plan's due cell that names a time without a word placing it ("June 2025", "2026", "Q3 2026",
# "end of 2025"): due by then ("Ongoing", "Within six months" stay as written)
_DATE_CELL = _rc(rf"(?:(?:the\s+)?(?i:end|end\s+of|mid|middle\s+of|first\s+half\s+of|second\s+half\s+of)[\s-]+)?"
                        rf"(?:{_MONTHS}\s+)?(?:\d{{1,2}}\s+{_MONTHS}\s+)?(?:Q[1-4]\s+|H[12]\s+)?(?:19|20)\d\d\b")
_DAYS = r"\d{1,2}(?:(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and)\s+)\d{1,2})?(?:st|nd|rd|th)?"
_DATE_RE = _rc(
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:{_MONTHS}\s+{_DAYS},?\s+\d{{4}}|{_DAYS}\s+(?:day\s+)?(?:of\s+)?{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?<!\d)\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}(?!\d))",  # "12/05/2024", "12.05.2024": day first unless it cannot be
    re.I,
)
# a place and a day with no year: "Jakarta, 10 September", "Ottawa, June 3"
_YEARLESS_DATELINE = _rc(
    rf"(?P<place>[A-Z\u00c0-\u00de][\w\u00c0-\u024f .'()-]{{0,40}}?),\s*(?:{_DAYS}\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+{_DAYS})\.?")
_NUMERIC_DATE = _rc(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_ISO_DATE = _rc(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DAY_RANGE = _rc(r"(?<![\d-])(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and)\s+(?:the\s+)?)(\d{1,2})(?![\d-])")
# "Q3 2025", "the third quarter of 2025", "H2 2025": a quarter or half of a year sits in its middle
_QUARTER = _rc(r"\b(?:Q([1-4])|H([12])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*,?\s*((?:19|20)\d\d)\b", re.I)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "Date: 4 June 2024", "Issued on 4 June 2024": a label before the date instead of a place
_DATE_LABEL = _rc(r"(?:date|dated|issued|released|published|adopted)(?:\s+on)?\s*:?\s*", re.I)
# A date given inside the text when no line gives it: a wire dateline opening the first
# paragraph ("ACCRA, June 4, 2024 — The two ministers ..."), "Done at Accra on 4 June 2024", or
# a dateline closing the text ("Beijing, April 14, 2023").
_INLINE_DATELINE = _rc(rf"[A-Z][A-Za-z\u00c0-\u024f .,'-]{{1,40}}?,?\s+({_DATE_RE.pattern})\s*(?:\([^)\n]{{1,20}}\))?\s*[-–—]", re.I)
_OPENING_DATE = _rc(rf"\s*(?:On|Today|Earlier\s+today)\s*,?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+)?"
                           rf"(?:the\s+)?({_DATE_RE.pattern})\s*,", re.I)
# (its own meeting, not one it recalls: "the Africa Climate Summit held in Nairobi on 5 September 2023")
_HELD_ON = _rc(rf"\b(?i:at\s+its|at\s+this)\s+(?:[\w-]+\s+){{0,3}}?(?i:meeting|session|sitting)\s*,?\s+(?i:held|convened)\s+"
                      rf"(?:(?i:in)\s+[A-Z][\w\s.'-]{{1,30}}?\s+)?(?i:on)\s+(?:(?i:the)\s+)?((?i:{_DATE_RE.pattern}))")
# the country of the place where they met: "met in Kazan, Russia", "gathered in Brazil"
# (or the state a place is the capital of: "meeting in Baghdad, the capital of the Republic of Iraq")
_MET_IN_PLACE = _rc(r"\b(?:met|meet|meeting|gathered|convened|assembled)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+)?(?:the\s+)?"
                           r"(?:capital\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?of\s+(?:the\s+)?)?)?$")
# a readout's opening sentence that says when its meeting was: "Prime Minister A and Prime
# Minister B met in Canberra on 6 February 2024."
_MET_ON = _rc(rf"\b(?:met|spoke|held\s+talks|convened|received|hosted|visited|paid\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?visit)\b"
                     rf"[^.;]{{0,80}}?\b(?:on|from)\s+"
                     rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+)?(?:the\s+)?({_DATE_RE.pattern})", re.I)
# what a readout's opening sentence tells of: a meeting, a call, a visit
_MEETS_IN = _rc(r"\b(?:met|meet|meets|received|receives|hosted|hosts|held|holds|spoke|speaks|visited|visits|welcomed"
                       r"|welcomes|convened|convenes|called|calls|call|talks|meeting|visit)\b")
_DONE_AT_HEAD = (
    rf"\b(?:done|signed|adopted|issued)(?:\s+in\s+(?:duplicate|triplicate|quadruplicate|two|three|four)(?:\s+originals?)?)?\s+(?:at|in)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?"
    rf"(?P<place>(?-i:[A-Z][\w\u00c0-\u024f.'-]*(?:,?\s+(?:(?:of|es|de|da|del|la|the|upon|on)\s+)?[A-Z][\w\u00c0-\u024f.'-]*){{0,4}})),?\s+"
    rf"(?:on\s+)?"
)
# (after a Hijri date, the Gregorian it corresponds to: "Issued in Riyadh on 12 Dhu al-Hijjah 1446 AH,
# corresponding to 8 June 2025")
_DONE_HIJRI = r"(?:\d{1,2}\s+(?-i:[A-Z])[\w'’ -]{2,30}?\s+\d{3,4}\s*(?:AH|A\.H\.|H)\.?\s*,?\s*(?:corresponding\s+to|which\s+corresponds\s+to)\s+)?"
# the body that signs a communiqué, on a line of its own under its signing ("THE AUTHORITY",
# "For the Council")
_SIGNING_BODY = _rc(r"(?:(?:FOR\s+)?THE\s+[A-Z][A-Z' -]{2,40}|(?:For\s+)?[Tt]he\s+(?:Authority|Council|Summit|Assembly|Heads\s+of\s+State(?:\s+and\s+Government)?))[.]?")
_DONE_AT = _rc(rf"{_DONE_AT_HEAD}{_DONE_HIJRI}(?:this\s+|the\s+)?(?P<date>{_DATE_RE.pattern})", re.I)


def done_at(text: str, pos: int = 0, endpos: int | None = None, search: bool = True) -> tuple[re.Match, str, dt.date | None] | None:
    """"Done at <place> on <date>" in ``text[pos:endpos]``, the date in figures or in words
    ("on the fifteenth day of March in the year two thousand and twenty-five"): ``(match, the
    words as written, the date)``, or None."""
    endpos = len(text) if endpos is None else endpos
    m = (_DONE_AT.search if search else _DONE_AT.match)(text, pos, endpos)
    if m:
        return m, m.group(0), parse_date(m.group("date"))
    words = _done_at_words()
    m = (words.search if search else words.match)(text, pos, endpos)
    if m:
        return m, m.group(0), D.words_date(m)
    return None


@lru_cache(maxsize=1)
def _done_at_words() -> re.Pattern:
    """"Done at <place> on <a date in words>", as one pattern, so that the place gives back
    what the date needs ("DONE AT HANOI ON THE FIFTEENTH DAY OF MARCH ...")."""

    return patterns.kept("statement-done-at", _DONE_AT_HEAD + "(?:" + D.words_date_re().pattern + ")", re.I)


def _is_all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def title_cased(s: str) -> str:
    """A line in capitals as a title writes it ("PRIME MINISTER'S OFFICE": "Prime Minister's
    Office", "OFFICE OF THE SPOKESPERSON": "Office of the Spokesperson"); other lines as they are.
    For offices and places, not headings (``headings.heading_label`` keeps a heading's acronyms,
    where a place's three letters are a name: "DAR ES SALAAM", "NAY PYI TAW")."""
    if not _is_all_caps(s):
        return s
    words = s.split()
    # (a short code stays as written: "WASHINGTON, DC" is "Washington, DC")
    # (and an abbreviation: "WASHINGTON, D.C." is "Washington, D.C.")
    return " ".join(w.lower() if i and w.lower() in _PLACE_SMALL else w if len(w.strip(".,")) <= 2 or "." in w.rstrip(".,")
                    else w[:1] + w[1:].lower() for i, w in enumerate(words))


def _is_title_case(s: str) -> bool:
    words = re.findall(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*", s)
    if not words or not words[0][0].isupper():
        return False
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not significant:
        return False
    caps = sum(1 for w in significant if w[0].isupper())
    return caps / len(significant) > 0.75


def _long_caps_event(line: str) -> bool:
    """A meeting's name in capitals too long for a heading: "EXTRAORDINARY SUMMIT OF THE
    AUTHORITY OF HEADS OF STATE AND GOVERNMENT ON THE POLITICAL SITUATION IN ...", a part of
    the title above the line that says what the text is."""
    s = line.strip()
    return len(s.split()) <= 40 and _is_all_caps(s) and not _TERMINAL.search(s) and bool(_EVENT_WORDS.search(s))


def _title_goes_on(title: str, line: str) -> bool:
    """True when ``line``, right under the title line, is the rest of a title wrapped in two:
    both in capitals, or the title left hanging on a small word, or the line going on in
    lower case. Not a dateline, nor a sentence."""
    s = line.strip()
    caps = _is_all_caps(title) and _is_all_caps(s)
    # (a title's second line in capitals may name both offices: "ON THE 13TH ANNUAL CONSULTATION
    # BETWEEN THE PRESIDENT OF THE REPUBLIC OF INDONESIA AND THE PRIME MINISTER OF MALAYSIA")
    long_caps = caps and s.split()[0] in _TITLE_THIRD  # ("ON THE 13TH ...", "BETWEEN ...": what the title is of)
    # (or in lower case, what the title is of in full: "AGREED MINUTES" / "of the Seventh Meeting of
    # the Intergovernmental Joint Commission ... between the Republic of Kazakhstan and ...")
    long_of = bool(s) and s[:1].islower() and s.split()[0].upper() in _TITLE_THIRD
    if not s or _TERMINAL.search(title) or _TERMINAL.search(s) or len(s.split()) > (32 if long_of else 24 if long_caps else 16) or _dateline(s) \
            or _DOC_SYMBOL.fullmatch(s):
        return False
    hanging = title.split()[-1].lower() in _SMALL_WORDS | _TITLE_LINKS
    return caps or hanging or s[:1].islower()


def _title_wrapped_on(above: str, lines: list, nxt: int, width: int | None) -> bool:
    """True when a hard-wrapped title runs on to ``lines[nxt]``: the line above it fills the
    text's wrap width and this one closes the title's block, a blank line under it ("... on a
    Strategic Partnership for Shared" / "Prosperity"). Not a dateline, nor a sentence."""
    s = lines[nxt].text.strip()
    if not width or not _fills(above, width) or not s or _TERMINAL.search(above) or _TERMINAL.search(s) \
            or _dateline(s) or _DOC_SYMBOL.fullmatch(s):
        return False
    if nxt + 1 < len(lines) and lines[nxt + 1].text.strip():
        # (a title wrapped over three lines: this one fills the width too, and the next closes the
        # block: "... between the Government of the Federal" / "Republic of Germany and the
        # Government of the Federal Republic of" / "Nigeria on Cooperation in Renewable Energy")
        last = lines[nxt + 1].text.strip()
        return _fills(s, width) and (nxt + 2 >= len(lines) or not lines[nxt + 2].text.strip()) \
            and not (_TERMINAL.search(last) or _dateline(last) or _DOC_SYMBOL.fullmatch(last))
    # (not a line of its own under a one-line title: "Ministry of Foreign Affairs of Japan", "Media
    # Note"; but the line above may hang on a small word: "... the Federal Republic of" / "Nigeria ...")
    return bool(s[:1].islower() or len(s.split()) <= 2 and _is_title_case(s) and not _UNDER_TITLE.search(s)
                or above.split()[-1].lower() in _SMALL_WORDS | _TITLE_LINKS
                # (or a name cut after its article: "... the Government of the Federal" / "Republic of
                # Germany on Energy Cooperation")
                or len(above.split()) > 2 and above.split()[-2] == "the" and above.split()[-1][:1].isupper()
                and s[:1].isupper() and s.split()[0] != "The" and not _UNDER_TITLE.search(s) and not _PLACE_LINE.fullmatch(s)
                # (or a name cut after its holder's title: "... conversation with President" / "Luiz
                # Inácio Lula da Silva of Brazil")
                or len(above.split()) > 2 and above.split()[-1] in _ROLE_BEFORE_NAME and above.split()[-2][:1].islower()
                and s[:1].isupper() and s.split()[0] != "The" and not _UNDER_TITLE.search(s) and not _PLACE_LINE.fullmatch(s))


# the titles that stand right before a name ("President Lula", "Prime Minister Modi")
_ROLE_BEFORE_NAME = frozenset(
    "President Minister Chancellor Premier King Queen Emir Sultan Prince Princess Secretary Secretary-General Governor "
    "Chairman Chairperson Chair Director-General Commissioner Vice-President Taoiseach".split())


def _fills(line: str, width: int) -> bool:
    """A line as long as the text's wrap width: the wrap, not the writer, ended it."""
    return 0.8 * width <= len(line) <= width + 2


_UNDER_TITLE = _rc(r"\b(?:Note|Sheet|Readout|Translation|Spokesperson|Embargo\w*|Ministry|Office|Release|Statement|Communiqu[eé])\b", re.I)


_ORDINAL_SUFFIX = _rc(r"(?<=\d)(?:st|nd|rd|th)\b")
_TITLE_LINKS = frozenset("between among amongst concerning regarding".split())
_BLOCK_OPEN = _rc(r"(?i)(?:by\s+and\s+)?(?:between|among|amongst)\s*:?")
_BLOCK_JOIN = _rc(r"(?i)and|&|,|as\s+well\s+as")
# what the title is about, after its parties: "on Cooperation in the Field of ...", "concerning ..."
_BLOCK_SUBJECT = _rc(r"(?i)(?:on|concerning|regarding|relating\s+to|in\s+the\s+field\s+of|for|to\s+(?:establish|promote|strengthen))\s+\S")


def _parties_block(lines: list, nonblank: list[int], last: int, heading: str) -> list[int]:
    """The lines of a treaty's title block under its title, each part on a line of its own:
    "between", a party, "and", a party ..., then what it is about ("on Cooperation in ...");
    [] unless it names at least two parties. A party's line is short and ends without a
    stop; "and" may open it ("and the Government of the Republic of Namibia")."""
    k = bisect.bisect_right(nonblank, last)
    seq = nonblank[k:k + 14]
    out: list[int] = []
    if heading.split()[-1].lower() not in ("between", "among", "amongst"):
        if not seq or not _BLOCK_OPEN.fullmatch(lines[seq[0]].text.strip().strip("*#_ ")):
            return []
        out, seq = [seq[0]], seq[1:]
    parties, want_party = 0, True
    for i in seq:
        s = lines[i].text.strip().strip("*#_ ")
        if _BLOCK_JOIN.fullmatch(s):
            if want_party:
                return []
            want_party = True
            out.append(i)
            continue
        if not s or len(s.split()) > 20 or _dateline(s) or (_TERMINAL.search(s) and not s.endswith(",")):
            break
        if re.match(r"(?i)and\s+\S", s) and not want_party:
            s, want_party = s[4:].strip(), True
        if want_party and not _BLOCK_SUBJECT.match(s) and (list(_country_mentions(s)) or _groups_at(s)):
            parties += 1
            want_party = s.endswith(",")
            out.append(i)
            continue
        if parties >= 2 and not want_party and _BLOCK_SUBJECT.match(s):
            out.append(i)
        break
    return out if parties >= 2 and not want_party else []
# a title's third line in capitals goes on from the second: "JOINT STATEMENT" / "BETWEEN ..." / "ON ..."
@lru_cache(maxsize=1)
def _said_next() -> re.Pattern:
    """The rest of a speaker's name, then a verb that reports what they said (the commitments
    codebook's reporting verbs): "Støre said Norway ..."."""
    from .commitments import codebook

    verbs = "|".join(re.escape(v) for v in codebook()["reporting_verbs"])
    return re.compile(rf"\s*[A-Z][\w'’.-]*\s+(?:{verbs})\b")


_TITLE_THIRD = frozenset("BETWEEN ON OF AND FOR CONCERNING REGARDING TO IN WITH AT BY FROM AMONG TOWARD TOWARDS UNDER THROUGH".split())


# a sub-heading numbered with decimals and no stop after them: "2.1 High-level exchanges" over
# "2.1.1 The two sides will ..." (a paragraph numbered so ends on its stop; a heading does not)
_DECIMAL_HEAD = _rc(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,2})()\s+(\S.*)$")


_BRACKETED_ALONE = _rc(r"\([^()]{1,40}\)[.,;:]")


def _heading_kind(line: str) -> tuple[str, str, str | None] | None:
    """Classify a line as a heading: ``(kind, heading text, number)`` or None.

    Kinds, strongest first: ``markdown``, ``numbered``, ``caps``, ``title`` (short Title
    Case without final punctuation, which only counts if prose follows it).
    """
    s = line.strip()
    if not s or (len(s) > 140 and not s.startswith("#")):
        return None
    if s[0] == "(" and _BRACKETED_ALONE.fullmatch(s):
        return None  # ("... the Global Green Growth Institute" / "(GGGI).": a wrapped line's acronym)
    m = _MD_HEADING.match(line)
    if m:
        head = m.group(2).strip()
        # "## 2. Energy" is numbered like the plain-text "2. ENERGY": the number apart (and
        # "### 2.1 Offshore wind" as "2.1 OFFSHORE WIND" is)
        n = _NUMBERED.match(head) or _DECIMAL_HEAD.match(head)
        if n:
            return ("markdown", n.group(3).strip(), n.group(1))
        return ("markdown", head, None)
    words = s.split()
    if len(words) > 16 or len(s) > 140:
        return None
    if " | " in s or s.startswith("|"):
        return None  # a table's row, its header too ("Area | Target | Deadline")
    m = _ARTICLE_ALONE.fullmatch(s)
    if m:
        return ("numbered", f"{m.group(1).capitalize()} {m.group(2)}", m.group(2))  # "Article 1." of a declaration
    m = _NUMBERED.match(s) or _ORDINAL_NUMBERED.match(s) or _DECIMAL_HEAD.match(s)
    if m:
        rest = m.group(3).strip()
        rest_words = rest.split()
        if (
            len(rest_words) <= 12
            and not _TERMINAL.search(rest)
            and (_is_all_caps(rest) or _is_title_case(rest))
            and (not rest[:1].isdigit() or _YEAR_NAMED.match(rest))  # ("B. 2050 Strategy for the Blue Pacific")
        ):
            return ("numbered", rest, m.group(1))
        if _is_sentence_case_heading(rest) and not rest[:1].isdigit() and _SECTION_NUMBER.fullmatch(m.group(1)):
            return ("sentence", rest, m.group(1))  # "I. Political and strategic relations", alone, prose after
        return None
    if _BULLET.match(s) or _NUMBERED_PARA.match(s):
        return None
    if _is_all_caps(s) and not _TERMINAL.search(s.rstrip(".")) and len(words) <= 16:
        return ("caps", s.rstrip(".").strip(), None)
    if len(words) <= 10 and not _TERMINAL.search(s) and _is_title_case(s) and not s.endswith(('"', "'")) \
            and words[-1].lower() not in _DANGLING_END and ";" not in s:
        return ("title", s, None)  # (not a list's line "The Hon. Anthony Albanese MP, Prime Minister of Australia; and")
    caps_label = _CAPS_LABEL.fullmatch(s)
    if caps_label and _is_all_caps(caps_label.group(1)) and not _TERMINAL.search(s) and _is_title_case(caps_label.group(2)):
        return ("caps", s, None)  # "FACT SHEET: Trilateral Leaders' Summit of the United States, Japan, and the Philippines"
    if _is_label(s):
        return ("title", s[:-1].strip(), None)
    if _ANNEX_LABEL.fullmatch(s) and not _TERMINAL.search(s):
        return ("title", s, None)  # "Annex: list of documents adopted", in sentence case
    if _is_sentence_case_heading(s):
        return ("sentence", s, None)
    return None


# a label in capitals before a title: "FACT SHEET: Trilateral Leaders' Summit of ...", "ANNEX: List of Agreements"
_CAPS_LABEL = _rc(r"([A-Z][A-Z'’ -]{2,30}):\s+(\S.*)")
# "First: Political and Security Cooperation": a heading numbered in words
_ORDINAL_WORDS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
_ORDINAL_NUMBERED = _rc(rf"^\s*({_ORDINAL_WORDS})(:)\s+(\S.*)$")
_SECTION_NUMBER = _rc(rf"\d{{1,2}}(?:\.\d{{1,2}})?|[IVX]{{1,5}}|[A-Z]|{_ORDINAL_WORDS}")  # ("A. Political cooperation", "First: ...", "2.1 High-level exchanges")
_YEAR_NAMED = _rc(r"(?:19|20)\d\d\s+[A-Z][a-z]")  # a name that opens on its year: "2030 Agenda"
# a part's number alone on its line: "IV.", "3.", "B." (over the part's title)
_NUMBER_ALONE = _rc(r"([IVX]{1,6}|\d{1,2}|[A-H])\.?")
# "Article 1." alone on its line, above the article's text: a declaration's or a treaty's
_ARTICLE_ALONE = _rc(r"(?i:(article|section|part|chapter))\s+(\d{1,2}|[IVX]{1,6})\.?")
_DANGLING_END = frozenset("to of and or the a an for in on with by at from as that".split())


def _numbered_item(i: int, nonblank: list[int], lines: list) -> bool:
    """Whether a numbered line is an item of a list rather than a numbered heading: the line
    above it (a blank line between or not) leads into a list ("In the presence of the two
    leaders, the following Memoranda of Understanding were signed:"), or the item runs on over
    the next lines to a semicolon ("1. Memorandum of Understanding on Cooperation in Agriculture
    and Food" / "Security between the Ministry ... of Poland;")."""
    if i + 1 >= len(lines) or not lines[i + 1].text.strip() or _BULLET.match(lines[i + 1].text) \
            or _ARTICLE_ALONE.match(lines[i].text.strip()):
        return False  # (a heading alone on its line, or over its bullets: "1. Trade and Investment", "Article 1")
    k = bisect.bisect_left(nonblank, i)
    prev = nonblank[k - 1] if k > 0 else None
    if prev is not None and i - prev <= 2 and lines[prev].text.rstrip().endswith(":") and len(lines[prev].text.split()) > 3:
        return True
    end = i
    while end + 1 < len(lines) and lines[end + 1].text.strip() and not _NUMBERED_PARA.match(lines[end + 1].text) and end - i < 6:
        end += 1
    return end > i and lines[end].text.rstrip().endswith((";", "; and", ";and", ","))


def _heads_a_heading(i: int, prev: int | None, nxt: int, heads: dict, lines: list, nonblank: list[int]) -> bool:
    """Whether a weak heading line ``i`` right above another heading is the parent of that one:
    "Partnership for the Planet" / "Climate and Energy" / prose. It stands alone between blank
    lines after prose (not in a run of short lines, a list of agreements or a signature block),
    and the heading under it has prose under it in turn."""
    if prev is None or prev in heads or prev == i - 1 or nxt == i + 1 or heads[i][0] != "title":
        return False
    k = bisect.bisect_right(nonblank, nxt)
    after = nonblank[k] if k < len(nonblank) else None
    # (a part's label in capitals may have its first heading's items right under that heading:
    # "FACT SHEET: 2025 Quad Leaders' Summit Deliverables" / "Maritime Security" / "- The Quad will ...")
    return after is not None and after not in heads and (after != nxt + 1 or bool(_CAPS_LABEL.fullmatch(lines[i].text.strip()))) \
        and len(lines[after].text.split()) >= 3 and _TERMINAL.search(lines[prev].text) is not None


def _is_sentence_case_heading(s: str) -> bool:
    """A short topic in sentence case ("Security and defence", "Green transition"): up to eight
    words of letters, the first capitalized, no final stop, no verb of a lead-in. Weaker than
    a Title Case line: it heads a section only standing alone between blank lines with prose
    after it."""
    words = s.split()
    if not 1 < len(words) <= 8 or not s[:1].isupper() or _TERMINAL.search(s) or s.endswith((":", '"', "'")):
        return False
    if words[-1].lower() in _DANGLING_END:
        return False  # "Japan pledged to contribute to": a line broken off, not a topic
    return _names_a_topic([w for w in words if w != "&"], allow=("to",))


def _names_a_topic(words: list[str], allow: tuple[str, ...] = ()) -> bool:
    """Words of letters only, none of them the start or the verb of a lead-in ("The leaders
    agreed", "In particular"): what a label or a short heading is made of. (``allow``: words
    of a lead-in a heading may hold: "A shared commitment to the Good Friday Agreement".)"""
    if any(not w.replace("-", "").replace("'", "").replace("’", "").replace(",", "").isalpha() for w in words):
        return False
    lowered = [w.lower().strip(",") for w in words]
    return bool(lowered) and lowered[0] not in _LEAD_IN_FIRST and not any(
        w in _LEAD_IN_WORDS and w not in allow for w in lowered)


# Words that make a short line ending in a colon a lead-in ("The leaders agreed:", "In
# particular:") rather than a label heading ("Political cooperation:").
_LEAD_IN_FIRST = frozenset("the both we they all each this these those our their it its in for among as further furthermore moreover notably specifically additionally".split())
_LEAD_IN_WORDS = frozenset(
    "will shall would should can may must is are was were be been agree agreed agrees decide decided decides "
    "welcome welcomed note noted reaffirm reaffirmed resolve resolved commit committed announce announced "
    "discuss discussed include includes included including follows following follow to as that which who".split()
)


def _is_label(s: str) -> bool:
    """A short line ending in one colon that names a topic: "Political cooperation:",
    "Climate and energy:", a heading written the way a list is introduced."""
    if not s.endswith(":") or s.endswith("::") or not s[:1].isupper():
        return False
    words = s[:-1].split()
    if words and words[-1].lower() in _SUBJECT_PLURALS:
        return False  # ("Ministers:", "Foreign Ministers:" over a list of what they did: its subject, no heading)
    return 1 <= len(words) <= 6 and _names_a_topic(words)


# the plural subjects a list of acts hangs from ("Ministers:" / "- Welcomed ...")
_SUBJECT_PLURALS = frozenset("ministers leaders officials participants delegations parties sides members governments "
                             "secretaries presidents representatives heads".split())


# ("Doha, State of Qatar", "Kingdom of the Netherlands": the small words of a state's name)
_PLACE_LINE = _rc(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.'-]*(?:[ ,]+(?:(?:of|the|de|del|da|do|du)[ ]+){0,2}[A-Z\u00c0-\u00de][\w\u00c0-\u024f.'-]*){0,3},?")


# Lines of a release or web page between the title and the text: labels, not headings.
_FRONT_MATTER = _rc(
    r"\s*(for immediate release|office of the (press secretary|spokesperson|spokesman)|the white house|joint statement"
    r"|media note|press releases?|readout|embargoed\b.*|(?:under\s+)?embargo(?:\s+until\b|\s+till\b|\s*:).*|briefing room|statements (and|&) releases|news( and events)?"
    r"|speeches (and|&) remarks"
    # a note on the text itself: "Unofficial English translation", "(Courtesy translation)", "Check against delivery"
    r"|[(\[*_]*(?:(?:unofficial|non-official|courtesy|informal|provisional)\s+(?:english\s+)?|english\s+)translation(?:\s+from\s+\w+)?[.)\]*_]*"
    r"|[(\[*_]*check against delivery[.)\]*_]*)\s*",
    re.I,
)
# the office that issues a release, on a line of its own over its date
_ISSUING_OFFICE = _rc(r"(?:[Tt]he\s+)?(?:Office\s+of\s+the\s+(?:Spokesperson|Spokesman|Press\s+Secretary|Prime\s+Minister|President)"
                             r"|White\s+House|Prime\s+Minister['’]s\s+Office|Ministry\s+of\s+(?:Foreign|External)\s+Affairs"
                             # (a foreign ministry by its own name: "Federal Foreign Office", "Global Affairs Canada")
                             r"|(?:Federal\s+)?Foreign\s+Office|Foreign,\s+Commonwealth\s+(?:&|and)\s+Development\s+Office"
                             r"|(?:U\.?S\.?\s+)?Department\s+of\s+State|Department\s+of\s+Foreign\s+Affairs(?:\s+and\s+Trade)?"
                             r"|Global\s+Affairs\s+Canada|(?:Federal\s+)?Chancellery|Élysée|Elysée|Elysee"
                             r"|Ministry\s+(?:of|for)\s+(?:Foreign\s+Affairs|Europe\s+and\s+Foreign\s+Affairs)(?:\s+of\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})?)")


def _issuing_office(line: str) -> str:
    """A line's office, past its emphasis and the kind of text it heads: "*Readout — Office of the
    Spokesperson*" is the Office of the Spokesperson's."""
    return _KIND_THEN_OFFICE.sub("", line.strip().strip("*_ ").strip())


_KIND_THEN_OFFICE = _rc(r"^(?i:readout|media\s+note|press\s+release|press\s+statement|fact\s+sheet|statement|joint\s+statement)"
                               r"\s*[—–:|-]\s*")


# A release's number: "Press Release No. 25/198", "Release No. 0412/2024", "PR 24/117"
_RELEASE_NO = _rc(r"\s*[*_]*(?:(?:press|media|news)\s+)?(?:release|PR|note)\s*(?:no\.?|number|#)?\s*\d[\w./-]*[*_]*\s*", re.I)
# A document's symbol: "PSC/PR/COMM.1203 (2024)", "S/RES/2719 (2023)", "A/78/L.1"
# (or a body's own: "PIF(26)FMM.5", the Forum's symbol with its year in brackets)
_DOC_SYMBOL = _rc(r"\s*(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:[/.][A-Z0-9]+(?:-[A-Z0-9]+)*){2,}\s*(?:\(\d{4}\))?"
                         # (a United Nations press release's number: "SC/15873", "GA/12610")
                         r"|(?:SC|GA|SG|ECOSOC|HRC|DSG|IHA|ORG|PI)/\d{3,6}"
                         r"|[A-Z]{2,}\(\d{2,4}\)[A-Z0-9]+(?:[./-][A-Z0-9]+)*)\s*")
_PLACE_SMALL = frozenset("of de del da do dos das the and y la le el les los am an der des du di sur upon es".split())


# The capital letters a name may open on, as a character class's contents: Latin-1's and
# Latin Extended-A's, and the capitals of Azerbaijani, Vietnamese and Romanian ("İlham Əliyev")
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽƏƠƯȘȚʻ"  # (and the ʻokina a Polynesian name may open on: "ʻUtoikamanu")
# courtesies before a signer's name, as a signature block writes them: "H.E. Dr. Sultan Al Jaber"
_COURTESIES = r"(?:(?:H\.\s?E\.|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+)*"
# "For the Government of the Federal Republic of Germany", "On behalf of the Republic of Kenya"
# (in capitals too: "FOR THE SOCIALIST REPUBLIC OF VIET NAM")
_SIGNATURE = _rc(
    # (in Spanish, Portuguese or French too: "Por los Estados Unidos Mexicanos", "Pour la République française")
    r"\s*(?i:por|pela|pelo|pour)\s+(?:(?i:el|la|los|las|le|les|o|a|l')\s*)?[A-Z]"
    r"|\s*(?i:for|on\s+behalf\s+of)\s+(?:(?i:the)\s+)?(?:(?i:Government|Republic|Kingdom|State|Federal|Federative|Socialist"
    r"|Democratic|Islamic|Arab|Plurinational|Bolivarian|Oriental|Hashemite|Commonwealth|Grand\s+Duchy|Principality|Sultanate"
    r"|Emirate|People|Ministry|Department|Union|Commission|Council|United|Cabinet)|(?:[A-Z][\w-]+\s+){1,3}(?:Government|Side|Republic|Federation"
    r"|Commission|Secretariat|Community|Council|Union|Organi[sz]ation))\b|\s*(?i:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]{2,}\W*$"
)


_FOR_PARTY = _rc(r"\s*(?i:for|on\s+behalf\s+of)\s+(?:(?i:the)\s+)?(?P<party>\S.*?)\s*:?\s*$")


def _signature_head(line: str) -> bool:
    """Whether a line opens a signer's block: "For the Government of ...", or "For" and a
    state's short name alone ("For Iceland")."""
    if _SIGNATURE.match(line):
        return True
    m = _FOR_PARTY.fullmatch(line)
    return m is not None and len(m.group("party").split()) <= 6 and _is_state(_STATE_FORM.sub("", m.group("party")))


# the form of a state before its name, in a state's long name: "Independent State of Samoa",
# "Co-operative Republic of Guyana", "Federal Democratic Republic of Ethiopia"
_STATE_FORM = _rc(r"^(?:[A-Z][\w-]*\s+){0,3}(?:Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Sultanate"
                         r"|Emirate|Grand\s+Duchy|Confederation|Union)\s+of\s+(?:the\s+)?(?=[A-Z])")


# (the longest title under a signature: "High Representative of the Union for Foreign Affairs and
# Security Policy and Vice-President of the European Commission" is seventeen words; a line of a
# party and its signer may be twice as long: "For the Federal Ministry for Economic Affairs and
# Climate Action of the Federal Republic of Germany: Stefan Wenzel, Parliamentary State Secretary")
_SIGNATURE_LINE_WORDS = 20


def _reads_as_signatures(lines, block) -> list[int] | None:
    """``block`` as a list where its lines read as signers' blocks, else None: short lines
    without a stop, a list marker or a figure, one of them a name (not a list of each side's
    deliverables headed "For the Government of Kenya"; a date under a signature, or an ordinal
    in a title, "Minister of the 2nd Cabinet", is fine)."""
    # (a party's line may end in a colon: "For the Republic of Ghana:")
    texts = [re.sub(r"(?<=\w):$", "", lines[j].text.strip()) if _signature_head(lines[j].text.lstrip("#*_ "))
             else lines[j].text.strip() for j in block if not _SIGNED_LABEL.fullmatch(lines[j].text)
             and not _SIGNED_AT.fullmatch(lines[j].text)]
    if all((len(t.split()) <= _SIGNATURE_LINE_WORDS or len(t.split()) <= 2 * _SIGNATURE_LINE_WORDS and _party_and_signer(t))
           and not _TERMINAL.search(t) and (_dateline(t) or (
               not re.match(r"[-*•–]|\d", re.sub(r"^#+\s*|^\*\*", "", t)) and not any(ch.isdigit() for ch in _ORDINAL_WORD.sub("", t))))
           for t in texts) \
            and any(_PERSON_LINE.fullmatch(t) or _party_and_signer(t) or (_signer_comma(t) and not _signature_head(t)) for t in texts):
        return list(block)  # (a name alone, a party and its signer, or a name and title on one line)
    return None


def _signature_block(lines, nonblank: list[int]) -> list[int]:
    """The lines of the signature block that closes a signed text ("For the Government of ...",
    a name, a title), which are neither headings nor prose: every line from the first
    "For the Government of ..." line among the last lines of the text (its last quarter, and
    at least its last twelve), when all of them are short lines without a final stop."""
    # (an annex may follow the signatures: the block ends where it begins)
    third = len(nonblank) // 3  # (an annex is in the text's last two thirds)
    end = next((k for k in range(third, len(nonblank)) if _annex_head(lines[nonblank[k]].text)), len(nonblank))
    got = _signature_block_in(lines, nonblank[:end])
    if not got and end < len(nonblank):
        # (or after the annex, under its own "Signed:": "List of Participants" / ... / "Signed:"
        # / "Hon. Dr Aisake Valu Eke" / "Prime Minister of the Kingdom of Tonga")
        after = nonblank[end + 1:]
        label = next((k for k in range(len(after) - 1, max(-1, len(after) - 12), -1) if _SIGNED_LABEL.fullmatch(lines[after[k]].text)), None)
        rest = after[label + 1:] if label is not None else []
        if rest and all(len(lines[i].text.split()) <= _SIGNATURE_LINE_WORDS and not _TERMINAL.search(lines[i].text.strip()) for i in rest):
            got = [after[label], *rest]
    return got


def _signature_block_in(lines, body: list[int]) -> list[int]:
    tail = body[max(0, min(len(body) * 3 // 4, len(body) - 12)):]
    for k, i in enumerate(tail):
        if _signature_head(lines[i].text.lstrip("#*_ ")):  # (a bold line of Markdown is a "###" heading by now)
            # (the blocks of many signers reach back beyond the last lines: "For the Kingdom of
            # Norway" over four more, each of a party, a name and a title)
            first = body.index(i)
            for j in range(first - 1, -1, -1):
                t = lines[body[j]].text.strip()
                if _SIGNED_LABEL.fullmatch(t):
                    first = j  # ("Signed:" over each block of a name, a title and "For the ...")
                    continue
                if len(t.split()) > _SIGNATURE_LINE_WORDS or _TERMINAL.search(t):
                    break
                if _signature_head(t.lstrip("#*_ ")) or _party_and_signer(t):
                    first = j
            # (the longer block where it reads as one, else the one from the last lines)
            return next((got for b in dict.fromkeys((tuple(body[first:]), tuple(tail[k:])))
                         if (got := _reads_as_signatures(lines, b)) is not None), [])
    return (_signed_label_block(lines, body) or _signed_inline_block(lines, body) or _name_title_blocks(lines, body)
            or _signer_last_line(lines, body) or _signed_states_block(lines, body))


# "Signed by: Mette Frederiksen (Denmark), Kristen Michal (Estonia), ...": the signers on one line,
# each with the state in brackets
_SIGNED_INLINE = _rc(r"\s*[*_]*\s*(?i:signed\s+by)\s*[*_]*\s*:?\s*[*_]*\s*(?P<rest>.+?)\.?\s*$")
_NAME_AND_STATE = _rc(r"\s*(?:and\s+)?(?P<name>[^,()]{3,60}?)\s*\((?P<state>[^()]{2,40})\)\s*")


def _signed_inline(line: str) -> list[dict[str, Any]]:
    m = _SIGNED_INLINE.fullmatch(line)
    if m is None:
        return []
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("rest")) if i.strip()]
    out = []
    for item in items:
        one = _NAME_AND_STATE.fullmatch(item)
        if one is None or not _NAME_LINE.fullmatch(one.group("name").strip()):
            return []
        country = next((c for _, _, c in _country_spans(one.group("state"))), None)
        out.append({"party": one.group("state").strip(), "country": country, "name": one.group("name").strip(), "title": None})
    return out if len(out) >= 2 else []


def _signed_inline_block(lines, body: list[int]) -> list[int]:
    """The "Signed by: A (Denmark), B (Estonia), ..." line among the last lines."""
    for k in range(len(body) - 1, max(-1, len(body) - 4), -1):
        if _signed_inline(lines[body[k]].text):
            return [body[k]]
    return []


# the Markdown a signature line may carry: "### For the Republic of Kenya", "**Nancy Faeser**"
_SIGN_MARKUP = _rc(r"^#+\s*|\*\*|__")
# a line that heads a list of signers: "Signed:", "**Signed by:**", "Signatories"
_SIGNED_LABEL = _rc(r"\s*(?:[#*_]+\s*)?(?i:signed(?:\s+by)?|signatories|signatures)\s*:?\s*[*_]*\s*:?\s*")
_LIST_MARK = _rc(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")
# where and when a text was signed, over its signers: "Signed in Jakarta on 15 May 2025", "Done at
# Canberra, 3 March 2026"
_SIGNED_AT = _rc(r"\s*[*_]*\s*(?i:signed|done)\s+(?i:at|in)\s+[A-Z][^.;:\n]{1,40}?(?:,\s*|\s+(?i:on|this)\s+)[^.;:\n]{4,40}?\.?\s*[*_]*\s*")


def _party_and_signer(line: str) -> dict[str, Any] | None:
    """A party and its signer on one line: "For the African Union: Tete António, Chair of the
    Executive Council"."""
    head, sep, rest = line.partition(":")
    if not sep or not _signature_head(head.lstrip("#*_ ").rstrip()):  # ("For Canada: Mélanie Joly, Minister of ...")
        return None
    one = _signer_comma(rest)
    if one is None:
        return None
    party = _SIGNATURE_LEAD.sub("", _SIGN_MARKUP.sub("", head).strip())
    country = next((c for _, _, c in _country_spans(party)), None)
    return {**one, "party": party, "country": country or one["country"]}


_SUFFIX_COMMA = _rc(r",\s+(Jr\.|Sr\.|II|III)(?=,)")


def _signer_comma(line: str) -> dict[str, Any] | None:
    """A signer on one line, name then title: "Mette Frederiksen, Prime Minister of Denmark",
    "- Giorgia Meloni, Prime Minister of Italy, G7 Presidency"."""
    t = _LIST_MARK.sub("", re.sub(r"\*\*|__", "", line), count=1).strip()
    t = _SUFFIX_COMMA.sub(r" \1", t, count=1)  # ("Joseph R. Biden, Jr., President of ...")
    name, sep, title = t.partition(",")
    name, title = _SIGNER_HONORIFIC.sub("", name.strip()), title.strip()
    if not sep or not title or len(t.split()) > 16 or _TERMINAL.search(t) or any(ch.isdigit() for ch in name):
        return None
    if not _NAME_LINE.fullmatch(name) or _title_line(name) or not _title_line(title.split(",")[0]):
        return None
    country = next((c for _, _, c in _country_spans(title)), None)
    body = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w'’ -]+?)\s*(?:,|$)", title)
    return {"party": country or (body.group(1) if body else ""), "country": country, "name": name, "title": title}


def _signed_label_block(lines, body: list[int]) -> list[int]:
    """A "Signed:" line among the last lines, then one signer a line ("- Name, Title of
    Country"); notes may follow them, in a paragraph of their own."""
    for k in range(len(body) - 1, max(-1, len(body) - 40), -1):
        if _SIGNED_LABEL.fullmatch(lines[body[k]].text) or _SIGNED_AT.fullmatch(lines[body[k]].text):
            signers = []
            for i in body[k + 1:]:  # (one a line, or each a paragraph of its own; or each after its party)
                if not _signer_comma(lines[i].text) and not _party_and_signer(lines[i].text):
                    break
                signers.append(i)
            nxt = body[k + 1 + len(signers)] if k + 1 + len(signers) < len(body) else None
            if signers and (nxt is None or nxt > signers[-1] + 1):
                return [body[k], *signers]
            return []
    return []


# a closing line that says which states signed: "Signed by the Foreign Ministers of: Australia,
# Canada, ...", "Endorsed by Australia, Canada and Japan.", "Signatories:" then a state a line
_SIGNED_STATES_HEAD = _rc(r"\s*(?:[#*_]+\s*)?(?i:(?:(?:signed|endorsed|joined|supported)\s+by|signator(?:y|ies)(?:\s+states)?)\b)"
                                 r"(?P<who>[^:\n]{0,60}:|(?i:\s+the\s+\w+(?:\s+\w+)?\s+of\b)?)[*_]*")
_STATE_SEP = _rc(r"\s*(?:,\s*(?:and\s+)?|;\s*|\n+)\s*")
_AND_SEP = _rc(r"\s+and\s+")


def signed_states(lines_text: list[str]) -> list[str]:
    """The states and groups a closing "Signed by ..." list names (or a list of a state a line
    with no label), in its order; [] where any item of the list is not one ("Signed by the
    Ministers of Japan and Canada" is the two; "Signed by Nancy Faeser" is none)."""
    if not lines_text:
        return []
    head = _SIGNED_STATES_HEAD.match(lines_text[0])
    if head is None and (len(lines_text) < 2 or any("," in t for t in lines_text)):
        return []  # (with no label, only a state a line: "Australia" / "Canada" / ... closing the text)
    rest = "\n".join([lines_text[0][head.end():] if head else lines_text[0], *lines_text[1:]])
    found: list[str] = []
    for part in _STATE_SEP.split(rest.strip()):
        # (an item whole first: "Bosnia and Herzegovina", "Trinidad and Tobago"; else the two
        # an "and" joins: "Japan and Canada")
        state = _whole_state(part)
        names = [state] if state else [_whole_state(p) for p in _AND_SEP.split(part)]
        if not all(names):
            return []
        found += names
    return list(dict.fromkeys(found)) if len(found) >= 2 else []


def _whole_state(item: str) -> str | None:
    """The state or group an item of a list names, and nothing else, or None."""
    t = re.sub(r"^(?:[-*•–]|\d{1,2}[.)])\s+|^(?i:the)\s+|[*_.\s]+$", "", item.strip())
    if not t:
        return None
    whole = [name for i, e, name in _country_spans(t) if i == 0 and e >= len(t) - 1] \
        or [name for i, name in _groups_at(t) if i == 0 and len(t.split()) <= len(name.split()) + 1]
    return whole[0] if whole else None


def _signed_states_block(lines, body: list[int]) -> list[int]:
    """The last paragraph of the text, a list of the states that signed it (one line, or a
    label then a state a line): not prose, and who makes the statement."""
    if len(body) < 3:
        return []
    runs = _runs(body)
    run = runs[-1]
    if len(runs) > 1 and len(runs[-2]) == 1 and _SIGNED_STATES_HEAD.fullmatch(lines[runs[-2][0]].text.strip()):
        run = runs[-2] + run  # ("Signatories:" then a blank line, then a state a line)
    # (a list with no label under a lead-in is the text's own: "attended by representatives of
    # the following:" / "Australia" / "Bangladesh")
    k0 = bisect.bisect_left(body, run[0])
    lead_in = k0 > 0 and lines[body[k0 - 1]].text.rstrip().endswith(":")
    for k in range(len(run)):
        # (the whole paragraph, or from a label line in it on: not the last lines of wrapped prose)
        if ((k == 0 and not lead_in) or _SIGNED_STATES_HEAD.match(lines[run[k]].text)) \
                and signed_states([lines[i].text for i in run[k:]]):
            return run[k:]
    return []


def _runs(idx: list[int]) -> list[list[int]]:
    """Line numbers in runs of adjacent lines (a blank line between two runs)."""
    out: list[list[int]] = []
    for i in idx:
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


# honours after a signer's name: "H.E. Bola Ahmed Tinubu, GCFR", "..., KC, MP"
_POST_NOMINALS = _rc(r"(?:,\s*[A-Z]{2,6}\.?)+\s*$")


def _name_title_blocks(lines, body: list[int]) -> list[int]:
    """Signers with no "For the ..." line above them, each a block of its own closing the
    text: a name, a title, and the state ("Diana Mondino" / "Minister of Foreign Affairs, ..." /
    "Argentine Republic")."""
    found: list[int] = []
    for run in reversed(_runs(body[-16:])):
        texts = [re.sub(r"^#+\s*", "", lines[i].text.strip()).strip("*_ ") for i in run]
        while texts and not texts[0].strip("_-–—. "):
            texts = texts[1:]  # (the rule signed above: "_________________________")
        for k in range(len(texts) - 1, 1, -1):
            if texts[k][:1].islower():  # (a title on two lines: "President of the Republic of Ghana" / "and Commander-in-Chief ...")
                texts[k - 1:k + 1] = [f"{texts[k - 1]} {texts[k]}"]
        if texts:
            texts[0] = _POST_NOMINALS.sub("", texts[0])  # ("H.E. Bola Ahmed Tinubu, GCFR")
        if not found and all(_dateline(t) for t in texts):
            found = run + found  # (a place and a date under the signatures)
            continue
        if not (2 <= len(texts) <= 4) or any(len(t.split()) > 12 or _TERMINAL.search(t) or any(ch.isdigit() for ch in t)
                                             for t in texts):
            break
        name, title, *more = texts
        if not _NAME_LINE.fullmatch(_SIGNER_HONORIFIC.sub("", name)) or _title_line(name) or _is_state(name) \
                or not _title_line(title) or not all(_title_line(t) or _is_state(t) for t in more):
            break
        found = run + found
    return found if any(not all(_dateline(lines[i].text) for i in r) for r in _runs(found)) else []


def _is_state(line: str) -> bool:
    """Whether a line is a state's name and nothing else ("Republic of Chile")."""
    spans = list(_country_spans(line))
    return len(spans) == 1 and spans[0][1] - spans[0][0] >= len(line.strip().rstrip(",")) - 1


def _signer_last_line(lines, body: list[int]) -> list[int]:
    """The last line of the text, a paragraph of its own, naming the one who issued it:
    "Giorgia Meloni, Prime Minister of Italy, G7 Presidency"."""
    # (or several, one a line: "Fumio Kishida, Prime Minister of Japan" / "Yoon Suk Yeol, President of ...")
    if len(body) < 3:
        return []
    runs = _runs(body)
    run = runs[-1]
    if len(run) >= len(body) - 1 or not all(_signer_comma(lines[i].text) for i in run):
        return []
    # (or one a paragraph, a blank line between: "Volodymyr Zelensky, President of Ukraine" / "" /
    # "Karol Nawrocki, President of the Republic of Poland")
    k = len(runs) - 2
    while len(runs[-1]) == 1 and k > 0 and len(runs[k]) == 1 and run[0] - runs[k][0] == 2 and _signer_comma(lines[runs[k][0]].text):
        run = [runs[k][0], *run]
        k -= 1
    head = lines[body[body.index(run[0]) - 1]].text.strip()
    if head.endswith(":") or _annex_head(head) or _ANNEX_HEAD.match(head):
        return []  # ("ANNEX: List of participants" over them: who took part, not who signed)
    return run


_ANNEX_LABEL = _rc(r"(?:Annex|Appendix|Attachment)(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-E]))?\s*[:.–—-]\s+[A-Za-z][\w'’,-]*(?:\s+[\w'’,-]+){0,10}")
_ANNEX_HEAD = _rc(r"\s*(?:#{1,6}\s*)?(?:\*\*)?(?i:annex|appendix|attachment)\b")
# a list of who took part, on a line of its own: "List of Participants", "PARTICIPANTS:"
_PARTICIPANTS_HEAD = _rc(r"\s*(?:#{1,6}\s*)?(?:\*\*)?(?i:(?:list\s+of\s+)?(?:participants|delegations|delegates|attendees|heads\s+of\s+delegation))"
                                r"(?:\*\*)?\s*:?\s*")


def _party_lines_first(block: list[str]) -> list[str]:
    """Signers' blocks whose party closes them ("Signed:" / name / title / "For the Federal
    Republic of Nigeria"), its party line first, as most blocks write it; unchanged otherwise."""
    groups: list[list[str]] = [[]]
    for raw in block:
        if not raw.strip():
            groups.append([])
        elif not _SIGNED_LABEL.fullmatch(raw):
            groups[-1].append(raw)
    groups = [g for g in groups if g]
    heads = [[bool(_signature_head(_SIGN_MARKUP.sub("", raw).strip())) for raw in g] for g in groups]
    if len(groups) < 2 or not all(h[-1] and not any(h[:-1]) for h in heads):
        return block
    out: list[str] = []
    for g in groups:
        out += ([""] if out else []) + [g[-1], *g[:-1]]
    return out


_WITNESSED = _rc(r"\s*[*_#]*\s*(?i:witnessed\s+by|in\s+the\s+presence\s+of|facilitated\s+by|as\s+witness)\b")


def signatories(block: list[str]) -> list[dict[str, Any]]:
    """The people who signed, read from the lines of a signature block: one entry for each
    "For the Republic of Kenya" line, with the party as written, its country where it names
    one, and the name and title on the lines under it (in either order: "Musalia Mudavadi" /
    "Prime Cabinet Secretary", or "Minister for Foreign Affairs" / "Kamikawa Yoko")."""
    out: list[dict[str, Any]] = []
    inline = [s for raw in block if raw for s in _signed_inline(raw)]
    if inline:
        return inline
    block = _party_lines_first(block)
    headed = any(_signature_head(_SIGN_MARKUP.sub("", raw).strip()) for raw in block if raw)
    new_block = True
    for raw in block:
        if not raw.strip():
            new_block = True  # (a blank line: the next signer's block)
            continue
        if _WITNESSED.match(raw):
            break  # ("Witnessed by the Republic of Türkiye" / "Recep Tayyip Erdoğan, President": a witness, no signer)
        opens, new_block = new_block, False
        both = _party_and_signer(raw.strip())
        if both is not None:
            out.append(both)  # ("For Canada: Mélanie Joly, Minister of Foreign Affairs" under "Signed in ...")
            continue
        if not headed:
            # ("Signed:" then "- Name, Title of Country"; or blocks of a name, a title and a state)
            one = _signer_comma(raw)
            if one is not None:
                out.append(one)
                continue
            t = _SIGN_MARKUP.sub("", raw).strip()
            if _SIGNED_LABEL.fullmatch(raw) or _dateline(t):
                continue
            if opens and _NAME_LINE.fullmatch(_SIGNER_HONORIFIC.sub("", _POST_NOMINALS.sub("", t))) and not _title_line(t):
                out.append({"party": "", "country": None, "name": _SIGNER_HONORIFIC.sub("", _POST_NOMINALS.sub("", t)), "title": None})
                continue
            if opens and not t.strip("_-–—. "):
                new_block = True  # (the rule signed above the name)
                continue
            if out and out[-1]["title"] and _is_state(t):
                out[-1]["party"], out[-1]["country"] = t, next(c for _, _, c in _country_spans(t))
                continue
        line = _SIGN_MARKUP.sub("", raw).strip().rstrip(",:;")
        line = re.sub(r"^\(\s*(?i:signed|sgd\.?)\s*\)\s+(?=\w)", "", line)  # "(Signed) Gedion Timothewos"
        if not line:
            continue
        head = _signature_head(line)
        if _SIGNED_MARK.fullmatch(line):
            continue  # "(Signed)", "[signature]", a line to sign on
        both = _party_and_signer(raw.strip()) if head else None
        if both is not None:
            out.append(both)
            continue
        if head:
            party = _SIGNATURE_LEAD.sub("", line)
            country = next((c for _, _, c in _country_spans(line.title() if line.isupper() else line)), None)
            out.append({"party": party, "country": country, "name": None, "title": None})
        elif not out or _dateline(line):
            continue  # (a date or a place under the signatures)
        elif out[-1]["name"] is None and not out[-1]["title"] and "," in line and (one := _signer_comma(line)) is not None:
            # (the name and title on one line under the party's: "For the Government of Ukraine:" /
            # "Yulia Svyrydenko, First Deputy Prime Minister")
            out[-1]["name"], out[-1]["title"] = one["name"], one["title"]
        elif out[-1]["name"] is None and _NAME_LINE.fullmatch(line) and not _title_line(line):
            out[-1]["name"] = _SIGNER_HONORIFIC.sub("", line)  # ("H.E. Iwaya Takeshi", "Hon. Musalia Mudavadi")
        elif opens and out[-1]["name"] and out[-1]["title"] and _NAME_LINE.fullmatch(line) and not _title_line(line):
            # a second signer for the same party, after a blank line: "Marco Rubio" / "Secretary of
            # State" / "" / "Pete Hegseth" / "Secretary of Defense"
            out.append({"party": out[-1]["party"], "country": out[-1]["country"],
                        "name": _SIGNER_HONORIFIC.sub("", line), "title": None})
        else:
            title = out[-1]["title"]
            out[-1]["title"] = f"{title} {line}" if title else line  # (a title on two lines)
    for s in out:
        if s["country"] is None and not s["party"] and s["title"]:
            # (no state named on a line of its own: the title's, "President of the Republic of Türkiye")
            s["country"] = next((c for _, _, c in _country_spans(s["title"])), None)
            s["party"] = s["country"] or ""
    return [s for s in out if s["name"]]


def signed_by(st: "Statement") -> str:
    """The signature block in one line: "Musalia Mudavadi, Prime Cabinet Secretary (Kenya);
    Mahmoud Thabit Kombo, Minister for Foreign Affairs (Tanzania)"."""
    return "; ".join(
        s["name"] + (f", {s['title']}" if s["title"] else "") + (f" ({s['country'] or s['party']})" if s["country"] or s["party"] else "")
        for s in st.signatories
    )


_SIGNER_HONORIFIC = _rc(r"^(?:(?:H\.\s?E\.|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Ambassador|Amb\.)\s+)+(?=[A-Z])")
_SIGNATURE_LEAD = _rc(r"^(?:(?i:for|on\s+behalf\s+of)\s+(?:(?i:the)\s+)?|(?i:por|pela|pelo|pour)\s+(?:(?i:el|la|los|las|le|les|o|a|l')\s*)?)")
_SIGNED_MARK = _rc(r"\(?\s*(?i:signed|sgd\.?)\s*\)?|\[[^\]]*\]|[_.\s]{3,}")
# a signer's name: up to eight words, capitalized, no figure ("Sheikh Abdullah bin Zayed Al Nahyan")
_NAME_LINE = _rc(rf"{_COURTESIES}[{UPPER}][^\W\d_][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){{1,7}}")


def _annex_head(line: str) -> bool:
    """Whether a line heads an annex: "## Annex — Priority Projects", "ANNEX I" (a heading: short,
    with no final stop; not "Annex I lists the projects ...")."""
    t = line.strip()
    return (bool(_ANNEX_HEAD.match(t)) and len(t.split()) <= 12 and not _TERMINAL.search(t)) or bool(_PARTICIPANTS_HEAD.fullmatch(t))


def _title_line(line: str) -> bool:
    """Whether a signature line holds a title, not a name: a word of one of the titles the
    entity lexicon knows, in any case ("Federal Minister of the Interior", "MINISTER FOR
    FOREIGN AFFAIRS", "Permanent Secretary")."""
    return any(w.strip(",.").lower() in _title_words() for w in _SIGNER_HONORIFIC.sub("", line).split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from .entities import codebook

    roles = list(codebook()["roles"])
    # (the head word of each title, "Minister" of "Prime Minister"; not a monarch's, which
    # comes with the name: "King Abdullah II", "Sheikh Mohamed bin Zayed")
    heads = {r.replace("-", " ").split()[-1].lower() for r in roles if isinstance(r, str) and r.strip()}
    monarchs = {"king", "queen", "prince", "princess", "emir", "amir", "sultan", "sheikh", "emperor", "lady", "crown"}
    # (and the titles a signer of a Spanish, Portuguese or French text may sign with: "Secretaria
    # de Relaciones Exteriores", "Ministre de l'Europe et des Affaires étrangères")
    own = {"ministro", "ministra", "secretario", "secretaria", "secretário", "secretária", "canciller", "presidente",
           "presidenta", "ministre", "président", "présidente", "secrétaire", "embajador", "embajadora", "embaixador",
           "ambassadeur"}
    return frozenset(heads - monarchs | {"minister", "secretary"} | own)


def _known_place(line: str) -> bool:
    """Whether a line names a place the country and place tables know ("Mexico City, Mexico",
    "Ottawa, Ontario"), not words that only look like one ("Trade, Investment")."""
    parts = [p.strip() for p in line.split(",")]
    if parts[0] in places():
        return True  # "Mexico City, Mexico", "Ottawa, Ontario"
    countries = [any(True for _ in _country_spans(p)) for p in parts]
    return countries[-1] and not countries[0]  # (not two countries: "Ukraine, Russia")


def _place_after_date(line: str) -> bool:
    """Whether a line right under a dateline is its place: a few capitalized words that hold a
    comma or a country ("Mexico City, Mexico", "Nairobi, Kenya"), not a heading."""
    return bool(line) and len(line.split()) <= 5 and bool(_PLACE_LINE.fullmatch(line)) and (
        "," in line or any(True for _ in _country_spans(line)))


def _closing_dateline(lines, nonblank: list[int]) -> list[int]:
    """A place and a date closing the text on lines of their own ("New Delhi" / "August 18,
    2025", or "Beijing, April 14, 2023"): where and when it was issued, not prose."""
    if len(nonblank) < 3:
        return []
    last = nonblank[-1]
    text = lines[last].text.strip()
    if not _dateline(text) or len(text.split()) > 8:
        return []
    before = nonblank[-2]
    if before == last - 1 and _PLACE_LINE.fullmatch(lines[before].text.strip()) and len(lines[before].text.split()) <= 4:
        return [before, last]
    return [last] if before < last - 1 else []


_ORDINAL_WORD = _rc(r"\b\d{1,3}(?:st|nd|rd|th)\b")
# A signatory's name alone on its line: "Nancy Faeser", "H.E. Musalia Mudavadi", "Dr. Joachim Stamp"
_PERSON_LINE = _rc(rf"{_COURTESIES}[{UPPER}][\w'’.-]+(?:\s+[{UPPER}a-z][\w'’.-]+){{1,4}}")


# words of a title, not of a label line: "Joint Statement of Canada and Japan — March 8, 2024 — Ottawa"
_EVENT_WORDS = _rc(r"(?i)\b(?:summit|meeting|visit|talks|dialogue|forum|conference|session|consultations?|call|phone\s+call|telephone\s+call|conversation)\b")
_TITLE_OPENING = _rc(r"(?i)(?:joint\s+)?(?:statement|declaration|communiqu[eé]|press\s+release)\b")
_TITLE_WORDS = _rc(r"(?i)\b(?:joint|statement|declaration|communiqu[eé]|readout|conclusions)\b")
# a line that says only what the text is: "FORUM COMMUNIQUÉ", "Joint Statement", "Chair's Statement"
_DOC_TYPE_LINE = _rc(r"(?i)(?:[\w'’-]+\s+){0,2}(?:statement|declaration|communiqu[eé]|readout|conclusions|release|summary)")


# a day of the Hijri calendar: "21 Jumada al-Awwal 1445 AH"
_HIJRI_DAY = D.HIJRI_DAY
# ... before the Gregorian date it corresponds to
HIJRI_DATE = rf"{_HIJRI_DAY},?\s*(?:(?:which\s+)?correspond(?:ing|s)\s+to\s+|\(|/\s*)"
# ... after it, the same day again: "(corresponding to 29 Jumada al-Awwal 1446 AH)"
HIJRI_AFTER = _rc(rf"\s*,?\s*\(?\s*(?:corresponding\s+to\s+|i\.e\.\s+)?{_HIJRI_DAY}\s*\)?\.?\s*")
# ... alone, after the place: "Riyadh, 15 Ramadan 1446 AH"
_HIJRI_ONLY = _rc(rf"(?:(?P<place>[A-Z][^,\d]{{0,40}}(?:,\s*[A-Z][^,\d]{{0,40}})?),\s+)?(?P<day>{_HIJRI_DAY})")
_HIJRI_FIRST = _rc(rf"(?:[A-Z][\w'’ ,-]{{0,40}}?,\s+)?{HIJRI_DATE}")


_LABEL_FIRST = _rc(r"(?i:press\s+releases?|media\s+note|news\s+release|joint\s+statement|statement|readout|communiqu[eé])\s*[,:]\s+(?=\d|[A-Z])")


_ISSUED_BY_IN = _rc(r"(?i:issued|adopted|released)\s+(?i:by)\s+.{3,180}?\s+(?i:in|at)\s+(?P<rest>(?-i:[A-Z])[^,\n]{1,40},\s+.{4,40})$")


# "(Adopted at the fourth plenary session, held on June 26, 2024)", "Approved by the Council of
# Ministers on 3 March 2025": when the text was adopted, said under its title
_ADOPTED_ON = _rc(r"\(?(?i:adopted|approved|issued|signed|endorsed)\b[^()\n]{0,120}?\s(?i:on)\s+(?P<date>[^()\n]{6,40}?)\)?\.?")

_CHAPEAU_ENDS = _rc(r"\s*(?:\([A-Z][A-Za-z]{1,10}\))?\s*(?:,|$)")
_NOT_WHEN_ADOPTED = _rc(r"(?i:anniversary|to\s+be\s+\w+ed|review|signed\s+on|entered\s+into)")
_LABEL_SEPARATOR = _rc(r"\||\s[·•]\s")


def _dateline(line: str) -> tuple[str, dt.date | None] | None:
    """A dateline is a short line holding a date, with an optional place before it; a web
    page's line of labels may hold it as one of its parts ("Media Note | Office of the
    Spokesperson | March 15, 2024")."""
    s = line.strip().rstrip("-–—").strip()
    hijri = _HIJRI_FIRST.match(s)
    if hijri:  # "21 Jumada al-Awwal 1445 AH, corresponding to 5 December 2023"
        d = _dateline(s[hijri.end():].rstrip(")"))
        return (s, d[1]) if d else None
    if ("|" in s or " · " in s or " • " in s) and len(s) <= 160:
        # (or a dot between them: "March 14, 2023 · Sacramento, California")
        for part in reversed(_LABEL_SEPARATOR.split(s)):
            d = _dateline(part)
            if d:
                return d
        return None
    if (" — " in s or " – " in s) and len(s) <= 160 and s.count("—") + s.count("–") >= 2:
        # "News release — March 8, 2024 — Ottawa, Ontario": labels, a date and a place
        # between dashes; the part that holds the date
        parts = re.split(r"\s[—–]\s", s)
        for part in parts:
            d = _dateline(part)
            # (the other parts are labels or a place, "Office of the Prime Minister of Japan", not
            # a title: "Joint Statement of Canada and Japan — March 8, 2024 — Ottawa" is a title line)
            if d and _DATE_RE.search(part) and not any(_TITLE_WORDS.search(p) for p in parts if p is not part):
                return s, d[1]
    issued = _ISSUED_BY_IN.match(s) if len(s) <= 240 else None
    if issued:
        # "Issued by the Heads of State and Government participating in the meeting of the North
        # Atlantic Council in The Hague, 25 June 2025": where and when, after who issued it
        d = _dateline(issued.group("rest"))
        return (issued.group("rest").strip(), d[1]) if d else None
    adopted = _ADOPTED_ON.fullmatch(s) if len(s) <= 200 else None
    if adopted and not _NOT_WHEN_ADOPTED.search(s):  # (not "Issued on the fiftieth anniversary of the Treaty signed on ...")
        d = _dateline(adopted.group("date"))
        if not d or not d[1]:
            return None
        # (the line as written when it says no more: "Issued on 4 June 2024"; else where and when
        # alone, "June 26, 2024", "12 February 2025, Addis Ababa, Ethiopia", not the session's words)
        return (s, d[1]) if len(s[:adopted.start("date")].split()) <= 2 and not s.startswith("(") else d
    if s[:1] in "*_DdSs" and len(s) <= 200 and s.strip("*_ ")[:4].lower() in ("done", "sign"):
        # "*Done at Washington, D.C., on 9 March 2026*" under the title: where and when it was done
        bare = s.strip("*_ ")
        found = done_at(bare, 0, None, search=False)
        if found and found[2] and not bare[found[0].end():].strip(" .,"):
            return " ".join(found[1].split()), found[2]
    if not s or len(s.split()) > 14:
        return None

    label = _LABEL_FIRST.match(s)
    if label:  # "Press release, 25 October 2024, New Delhi": what the page is, then the dateline
        d = _dateline(s[label.end():])
        return (s, d[1]) if d else None
    # a day in words: "Bogotá, D.C., the first of July 2025", "Kuala Lumpur, twenty-six May 2025"
    if "of" in s or D.day_in_words(s):
        w = D.words_date_re().search(s)
        if w and not s[w.end():].strip(" .") and w.start() > 0 and _reads_as_place(s[:w.start()].strip().rstrip(",").strip()):
            d = D.words_date(w)
            if d:
                return s, d
    hijri_only = _HIJRI_ONLY.fullmatch(s)
    if hijri_only and (not hijri_only.group("place") or _reads_as_place(hijri_only.group("place"))):
        d = D.hijri_date(hijri_only.group("day"))  # "Riyadh, 15 Ramadan 1446 AH": the Gregorian day it is
        return (s, d) if d else None
    foreign = D.foreign_date_re().search(s)
    if foreign and not s[foreign.end():].strip(" .") and _reads_as_place(s[:foreign.start()].strip().rstrip(",").strip()):
        d = D.foreign_date(foreign)  # "Brasília, 12 de março de 2025": a translated text's own dateline
        if d:
            return s, d
    m = _DATE_RE.search(s)
    if not m:
        yearless = _YEARLESS_DATELINE.fullmatch(s)
        if yearless and _reads_as_place(yearless.group("place")):
            return s, None  # "Jakarta, 10 September": the place and day are stated, the year is not
        return None
    before = s[: m.start()].strip().rstrip(",-–—").strip()  # "Hiroshima, Japan — May 20, 2023"
    if before and _DATE_LABEL.fullmatch(s[: m.start()]):
        before = ""
    rest = s[m.end():]
    hijri_after = HIJRI_AFTER.fullmatch(rest)
    if hijri_after:  # "Kuwait, 1 December 2024 (corresponding to 29 Jumada al-Awwal 1446 AH)": the same date again
        rest = ""
    after = rest.strip(" .,")
    if not before and after and (after[:1] in ("—", "–", "-") or rest[:1] == "," or re.fullmatch(r"\s*\([^()]+\)\.?", rest)):
        # "June 17, 2025 — Kananaskis, Alberta", "17 June 2025, Astana", "June 17, 2025 (Astana)":
        # the place after the date
        place = after.lstrip("-–— ").removeprefix("(").removesuffix(")").strip().removeprefix("in ")
        if not _TITLE_WORDS.search(place) and not _EVENT_WORDS.search(place):
            before, after = place, ""
    if after or (before and not re.fullmatch(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f .,'()-]{0,60}", before)):
        return None
    if not _reads_as_place(before):
        return None  # "One hundred scholars met on 5 May 2024.": a sentence, not a place
    return s, parse_date(m.group(0))


def _reads_as_place(words: str) -> bool:
    """Capitalized words, or the small words of a place's name ("Doha, State of Qatar")."""
    return not any(w[:1].islower() and w.lower() not in _PLACE_SMALL for w in words.split())


_COMMA_PLACE_DATE = _rc(rf",\s+(?P<where>[A-Z][^,\d]{{1,40}}(?:,\s+[A-Z][^,\d]{{1,30}})?),\s+(?P<date>{_DATE_RE.pattern})\s*$")
_TITLE_PARTS = _rc(r"\s+[—–|]\s+|\s+-\s+|:\s+")


# a ministry's numbered release: "No: 17, 22/01/2025, Joint Declaration of the Sixth Meeting ..."
_NUMBERED_RELEASE = _rc(rf"No\s*[:.]?\s*\d+(?:/\d+)?\s*,\s*(?P<date>{_DATE_RE.pattern})\s*,\s*(?P<title>\S.*)")


_PAREN_DATE = _rc(r"(.{8,}?)\s*\(([^()]{6,40})\)")


_DIGIT = _rc(r"\d")


def _title_and_date(line: str) -> tuple[str, str, dt.date | None] | None:
    """A title line that carries its own date: ``(title, dateline, date)``.

    "5 March 2024 — Joint Statement on ...", "Joint Statement of Canada and Japan — March 8,
    2024 — Ottawa", "March 8, 2024: Japan-Kenya Summit Meeting": one part is a title (of a
    statement or an event), one a date, and any other a place."""
    dated = _PAREN_DATE.fullmatch(line.strip())
    if dated and _DATE_RE.fullmatch(dated.group(2).strip()):
        # "List of Outcomes: State Visit of the President of Indonesia to India (January 25-26, 2025)"
        return dated.group(1), dated.group(2).strip(), parse_date(dated.group(2).strip())
    numbered = _NUMBERED_RELEASE.fullmatch(line.strip())
    if numbered and _dateline(numbered.group("date")):  # "No: 17, 22/01/2025, Joint Declaration of ..."
        return numbered.group("title"), numbered.group("date"), _dateline(numbered.group("date"))[1]
    tail = _COMMA_PLACE_DATE.search(line.strip())
    if tail and (_TITLE_WORDS.search(line[:tail.start()]) or _EVENT_WORDS.search(line[:tail.start()])) \
            and _PLACE_LINE.fullmatch(tail.group("where")) and _dateline(tail.group("date")):
        # "Press statement following the 25th EU-China Summit, Beijing, 24 July 2025"
        return line.strip()[:tail.start()].strip(), f"{tail.group('where')}, {tail.group('date')}", _dateline(tail.group("date"))[1]
    parts = [p.strip() for p in _TITLE_PARTS.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    dated = [p for p in parts if _DATE_RE.search(p) and _dateline(p)]
    titles = [p for p in parts if (_TITLE_WORDS.search(p) or _EVENT_WORDS.search(p)) and p not in dated]
    rest = [p for p in parts if p not in dated and p not in titles]
    if len(dated) != 1 or len(titles) != 1 or not all(_PLACE_LINE.fullmatch(p) for p in rest):
        return None
    where = " — ".join(p for p in parts if p is not titles[0])
    return titles[0], where, _dateline(dated[0])[1]


# a release's end mark: "###", "-30-", "ENDS"
_END_MARK = _rc(r"\s*(?:#{3,}|-\s*30\s*-|(?:- )?ENDS?(?: -)?)\s*")
# what a release carries under its text: a line opened by a contact's label, or one of links,
# addresses and hashtags with at most a few words besides ("Saudi Press Agency reference:
# SPA_2023/11/21-JS <https://www.spa.gov.sa> #SaudiChinaSummit"); not a sentence that names a
# web site ("The roadmap will be published at www.mofa.go.jp.")
_BACK_LABEL = _rc(r"\s*[*_#]*\s*(?:(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\b[^:]{0,30}:"
                         r"|(?:related\s+|useful\s+)?links\s*[*_]*\s*:"
                         r"|for\s+(?:further|more)\s+information\b|follow\s+us\b"
                         r"|(?:notes|footnotes|endnotes|references|sources|links)\s*:?\s*[*_]*\s*$)", re.I)
# a footnote under the text: "[1] https://www.gov.br/mma/pt-br/tfff", "[2] See the 2023 Joint Statement."
_FOOTNOTE_LINE = _rc(r"\s*\[\d{1,3}\]\s+\S")
_LINK = _rc(r"<?(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&#])#[A-Za-z]\w+")


def _back_line(line: str) -> bool:
    if _BACK_LABEL.match(line) or _FOOTNOTE_LINE.match(line):
        return True
    links = _LINK.findall(line)
    if not links:
        return False
    words = len(re.findall(r"[^\W\d_]{2,}", _LINK.sub(" ", line)))
    # (the links are most of it; a few words more where no sentence ends on a stop)
    return words <= 4 or (words <= 8 and not line.rstrip().endswith((".", "!", "?")))


def _goes_on_from(lines, i: int) -> bool:
    """Whether line ``i`` carries on the sentence of the line above ("... will be available" /
    "at www.mofa.go.jp."), unless that line is a contact's label."""
    above = lines[i - 1].text if i > 0 else ""
    # (nor a line of links of its own: "Notes" / "[1] https://..." / "[2] https://...")
    return bool(above.strip()) and not _TERMINAL.search(above) and not _BACK_LABEL.match(above) \
        and not (_LINK.match(above.strip()) and _back_line(above))


def _cut_tail(received: str, kept: str) -> list[str]:
    """The lines under the text that the cleaning steps cut (a web page's footer, a release's
    contacts after its end mark), as written, so that the briefing can say what it set aside:
    those after the last line kept, found by its text (none when that line was changed)."""
    ours = [line.strip() for line in kept.split("\n") if line.strip()]
    if not ours:
        return []
    theirs = [line.strip() for line in received.split("\n")]
    last = next((i for i in range(len(theirs) - 1, -1, -1) if theirs[i] == ours[-1]), None)
    return [] if last is None else [line for line in theirs[last + 1:] if line]


def _back_matter(lines, nonblank: list[int]) -> set[int]:
    """The lines under a release's text that are not of it: what follows its end mark ("###" /
    "Media contact: press@example.gov"), and closing lines of contacts and links ("Contact:
    media@imf.org | #SriLanka"), which would otherwise end its last section."""
    back: set[int] = set()
    if len(nonblank) < 4:
        return back
    marks = [k for k, i in enumerate(nonblank) if _END_MARK.fullmatch(lines[i].text)]
    if marks and 2 <= marks[-1] and len(nonblank) - marks[-1] - 1 <= 8:
        back.update(nonblank[marks[-1]:])
    k = len(nonblank) - len(back)
    while k > 3 and len(lines[nonblank[k - 1]].text.split()) <= 25 and (
            (_back_line(lines[nonblank[k - 1]].text) and not _goes_on_from(lines, nonblank[k - 1]))
            # (the label's line the links wrap from: "For further information, contact ... at" /
            # "(202) 647-2492 or visit www.state.gov.")
            or (nonblank[k - 1] + 1 in back and _BACK_LABEL.match(lines[nonblank[k - 1]].text))):
        k -= 1
        back.add(nonblank[k])
    return back


# the originals a text was done in, after its place and date: ", in two originals", "in duplicate"
# "by Hon. Musalia Mudavadi for the Republic of Kenya and Hon. Mahmoud Thabit Kombo for the United
# Republic of Tanzania": who signed, each for a party, in the line of its signing
_BY_SIGNERS = _rc(r"\s*,?\s*by\s+(?P<rest>.+?)\.?\s*$")
_SIGNER_FOR = _rc(r"(?:,\s*|\s+and\s+|^)(?P<name>(?:(?:Hon\.?|H\.\s?E\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)*[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*){1,5})(?:,\s*(?P<title>[^,]{3,80}?),)?\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
                         r"(?P<party>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,6})(?=\s+and\s+|\s*,|\s*$)")


def _signers_in_prose(rest: str) -> list[dict[str, Any]]:
    m = _BY_SIGNERS.match(rest)
    if m is None:
        return []
    out, pos = [], 0
    for one in _SIGNER_FOR.finditer(m.group("rest")):
        if one.start() != pos:
            return []
        pos = one.end()
        party = one.group("party")
        out.append({"party": party, "country": next((c for _, _, c in _country_spans(party)), None),
                    "name": _SIGNER_HONORIFIC.sub("", one.group("name")), "title": one.group("title")})
    return out if out and pos == len(m.group("rest")) else []


# an office and its seat, closing a text over its date: "Ministry of Foreign Affairs, Accra"
_OFFICE_PLACE = _rc(rf"((?:The\s+)?(?:{_OFFICE_HEADS})\b[^,\n]{{0,80}}),\s*[A-Z][\w'’. -]{{1,40}}")
# the place a text was done in, with no date: "Done in Paris"
_DONE_IN_PLACE = _rc(r"(?i:done|signed)\s+(?:at|in)\s+(?-i:[A-Z][\w\u00c0-\u024f.'-]*(?:\s+[A-Z][\w\u00c0-\u024f.'-]*){0,3})")
_DONE_ORIGINALS = _rc(r"\s*,?\s*in\s+(?:two|three|four|duplicate|triplicate|quadruplicate"
                             r"|the\s+(?:[A-Z][\w-]*,?\s+(?:and\s+)?)+languages?"
                             # ("in English and French, both texts being equally authentic")
                             r"|(?:English|French|Spanish|Portuguese|Arabic|Russian|Chinese)(?:,?\s+(?:and\s+)?[A-Z][a-z]+)+,?\s+(?:both|all|each)\s+texts?)\b")
# what closes a line of signing: "Done in ... on 22 December 2024, in two original copies, ..."
# (not "Adopted in Paris on 12 December 2015, the Paris Agreement remains ...")
_DONE_AT_END = _rc(r"\s*(?:\.?\s*$|,\s*(?:in\s+(?:two|three|four|duplicate|triplicate|quadruplicate|the\s)|each\b|both\b))")


@lru_cache(maxsize=1)
def _when_word() -> re.Pattern:
    """A word of time (``time_words`` in ``codebooks/dates.yaml``)."""
    from .dates import _lex

    from .patterns import phrases

    return re.compile(rf"(?i:{phrases(_lex().time_words)})\b")


def _past_inline_dateline(text: str, start: int, end: int) -> int:
    """Where the first paragraph's sentences start: after a wire dateline that opens it
    ("WASHINGTON, April 11, 2026 — Secretary Rubio hosted ..."), which says where and when, as
    a dateline on its own line does, and is no words of the statement's (nor its first figure)."""
    m = _INLINE_DATELINE.match(text, start, min(end, start + 120))
    if m is None:
        return start
    place = text[m.start():m.start(1)].strip(" ,-–—")
    place = place.title() if place.isupper() else place
    if not (place and _reads_as_place(place) and place.split()[0].lower() not in _SENTENCE_STARTERS and not _when_word().match(place)):
        return start
    after = m.end()
    while after < end and text[after] in " \t-–—":
        after += 1
    return after if after < end and text[after].isupper() else start


def _date_in_text(text: str, paragraphs) -> tuple[dt.date | None, str | None]:
    """The date a statement gives in its text when no line gives it (see ``_INLINE_DATELINE``),
    and the words that give it ("Done at Nairobi on 4 March 2025"), when they say where."""
    first = paragraphs[0]
    m = _INLINE_DATELINE.match(text, first.start, min(first.end, first.start + 120))
    if m:
        # (and where: "OTTAWA, ONTARIO -- 14 October 2025 -- The Prime Minister ..." was given in Ottawa)
        place = text[m.start():m.start(1)].strip(" ,-–—")
        place = place.title() if place.isupper() else place
        # (a place, not the sentence's first words: "The two ministers met on 4 June 2024 — ...")
        ok = place and _reads_as_place(place) and place.split()[0].lower() not in _SENTENCE_STARTERS \
            and not _when_word().match(place)
        return parse_date(m.group(1)), (f"{place}, {m.group(1)}" if ok else None)
    for par in paragraphs[-3:]:
        found = done_at(text, par.start, par.end)
        if found:
            return found[2], " ".join(found[1].split())
    for par in paragraphs[-8:-3]:  # above a signature block of several lines: a line of its own
        found = done_at(text, par.start, par.end, search=False)
        if found and _DONE_AT_END.match(text, found[0].start() + len(found[1]), par.end):
            return found[2], " ".join(found[1].split())
    for par in paragraphs[-3:]:
        line = _dateline(text[par.start:par.end]) if par.end - par.start <= 120 else None
        if line and line[1]:
            return line[1], None  # a dateline closing the text: "Beijing, April 14, 2023"
    m = _OPENING_DATE.match(text, first.start, first.end)
    if m and _MEETS_IN.search(text, m.end(), min(first.end, m.end() + 200)):
        # a readout that opens on its day: "On Thursday, 6 March 2025, President Lula received
        # ..." (the meeting it reports, not history it recalls: "On 24 February 2022, Russia launched ...")
        return parse_date(m.group(1)), None
    chunk = text[first.start:first.end]
    m = _MET_ON.search(_first_sentence(chunk))
    if m:  # "... met in Canberra on 6 February 2024." (its first sentence only: not a meeting it recalls)
        return parse_date(m.group(1)), None
    for par in paragraphs[:2]:
        m = _HELD_ON.search(text, par.start, min(par.end, par.start + 300))
        if m:  # a body's communiqué: "Adopted by the Council at its 1250th meeting held on 12 February 2025"
            return parse_date(m.group(1)), None
    return None, None


_BROKEN_HYPHEN = _rc(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")


def one_line(text: str) -> str:
    """A span of a hard-wrapped text on one line: line breaks become spaces, except after a
    hyphen that ends a line ("Abukuma-⏎class" is "Abukuma-class", "mid-⏎2026" is "mid-2026")."""
    return " ".join(_BROKEN_HYPHEN.sub("-", text).split())


def parse_date(text: str) -> dt.date | None:
    from dateutil import parser as dateparser

    iso = _ISO_DATE.search(text)  # "London, 2024-03-05"
    if iso:
        try:
            return dt.date(*(int(x) for x in iso.groups()))
        except ValueError:
            return None
    num = _NUMERIC_DATE.search(text)
    if num:
        a, b, year = (int(x) for x in num.groups())
        day, month = (b, a) if b > 12 >= a else (a, b)  # day first, as outside the United States
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    quarter = _QUARTER.search(text)
    if quarter:
        if quarter.group(2):
            return dt.date(int(quarter.group(4)), 6 * int(quarter.group(2)) - 2, 1)  # ("H2 2025": 1 October)
        q = int(quarter.group(1)) if quarter.group(1) else _QUARTER_WORDS[quarter.group(3).lower()]
        return dt.date(int(quarter.group(4)), 3 * q - 1, 15)
    text = _DAY_RANGE.sub(r"\2", text)  # a meeting over days is dated by its last
    try:
        return dateparser.parse(re.sub(r"\bSept\b", "Sep", text), fuzzy=True, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def lower_keeping_offsets(text: str) -> str:
    """Lower-case without changing length (a few characters lower to two: "İzmir"), so that
    offsets found in the lower-cased text hold in the text."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# --------------------------------------------------------------------------------------------
# Countries (for parties)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Cities, states and provinces from the package's ``data/places.csv``: name -> the country
    it is in (read once, for the parties a heading names and for the entities' places)."""
    from .datafiles import read_csv

    from .letters import plain

    out = {r["name"]: r["country"] for r in read_csv(config.DATA_DIR / "places.csv")}
    # (and each name without its accents, as texts in English often write it: "Belem", "Medellin")
    for name, country in list(out.items()):
        out.setdefault(plain(name), country)
    return out


@lru_cache(maxsize=1)
def countries() -> list[dict[str, Any]]:
    """Countries from the package's ``data/countries.csv``: name, aliases, adjectives and the
    offices of their heads of state and government (``offices``)."""
    from .datafiles import read_csv

    rows = []
    for row in read_csv(config.DATA_DIR / "countries.csv"):
        rows.append(
            {
                "name": row["name"],
                "aliases": [a for a in (row.get("aliases") or "").split("|") if a],
                "adjectives": [a for a in (row.get("adjectives") or "").split("|") if a],
                "offices": [a for a in (row.get("offices") or "").split("|") if a],
            }
        )
    return rows


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern, dict[str, str]]:
    lookup: dict[str, str] = {}
    for c in countries():
        for form in [c["name"], *c["aliases"]]:
            lookup[form.lower()] = c["name"]
    forms = sorted(lookup, key=len, reverse=True)
    # Case-sensitive on the initial capital so that "us" (the pronoun) is not the United States.
    alts = "|".join(re.escape(f) for f in forms)
    pat = patterns.kept("statement-countries", rf"(?<![\w.])(?:the\s+)?({alts})(?![\w])", re.I)
    return pat, lookup


def find_countries(text: str) -> list[str]:
    """Countries named in ``text`` as possible parties, in order of first mention.

    A country in the possessive is left out: "Supporting Ukraine's Recovery" names what a
    statement is about, not who makes it.
    """
    return [name for _, name in _countries_at(text)]


_POSSESSIVE = ("'s", "’s")


def _countries_at(text: str) -> list[tuple[int, str]]:
    """``(offset, country)`` of the first mention of each country named in ``text``, not in
    the possessive."""
    found: dict[str, int] = {}
    for i, name in _country_mentions(text):
        found.setdefault(name, i)
    return [(i, name) for name, i in found.items()]


def _country_mentions(text: str):
    """``(offset, country)`` of every mention of a country in ``text``, in order, not in the
    possessive nor in a currency (:func:`_country_spans` gives each mention's end too)."""
    for start, _, name in _country_spans(text):
        yield start, name


def _country_spans(text: str):
    """``(start, end, country)`` of every mention of a country in ``text``."""
    pat, lookup = _country_pattern()
    for m in pat.finditer(text):
        form = m.group(1)
        if not form[0].isupper():
            continue
        if form in ("US", "UK") or len(form) <= 3:
            if not form.isupper():
                continue
        name = lookup.get(form.lower())
        if name is None:  # matched only through case folding ("UNİTED"): not a name as written
            continue
        if text.startswith(_POSSESSIVE, m.end()):
            continue
        if text.startswith("$", m.end()) or text[m.start() - 1:m.start()] == "$":
            continue  # "US$", "$US", "NZ$": a currency, not a country
        if feature_around(text, m.start(1), m.end()) is not None:
            continue  # "the Gulf of Guinea", "Lake Chad": a place the parties speak of
        yield m.start(), m.end(), name


@lru_cache(maxsize=2)
def _feature_patterns(capitals: bool = False) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns before, after and qualifying a feature's name; with ``capitals``, for a name
    in capitals too ("THE LAKE CHAD BASIN" of a title in capitals)."""
    from .entities import codebook

    cb = codebook()
    # (in capitals, "NEW" is as often the word: "A NEW JAPAN-INDIA PARTNERSHIP")
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(cb["feature_before"], key=len, reverse=True)
                      if not (capitals and w == "New"))
    after = "|".join(re.escape(w) for w in cb["feature_after"])
    qualifiers = "|".join(re.escape(w) for w in cb["region_qualifiers"])
    flags = re.I if capitals else 0
    return (re.compile(rf"(?<![\w'’-])(?:(?:{before})[ \t]+)+$", flags),
            # (and a pair of them: "the Niger and Benue rivers"; "the Congo river")
            re.compile(rf"(?:[ \t]+(?:{after}))+(?![\w'’-])|(?:[ \t]+and[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:rivers?|Rivers|lakes?|Lakes)(?![\w'’-])",
                       flags),
            re.compile(rf"(?<![\w'’-])(?:{qualifiers})[ \t]+$", flags))


def feature_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the geographic feature whose name holds the country written at
    ``start:end`` ("the Gulf of Guinea", "Lake Chad Basin", "the South China Sea"), or None:
    such a country is a place spoken of, not a party nor a country mentioned
    (``feature_before`` and ``feature_after`` in ``codebooks/entities.yaml``)."""
    capitals = text[start:end].isupper() and len(text[start:end]) > 3
    before, after, qualifier = _feature_patterns(capitals)
    b = before.search(text, max(0, start - 24), start)
    a = after.match(text, end)
    if a is not None and a.group().rstrip().lower().endswith(("rivers", "lakes")) and (
            " and " not in a.group() or any(True for _ in _country_spans(a.group().split(" and ", 1)[1]))):
        a = None  # ("the Niger and Benue rivers"; not "the Nepal and India rivers", "the Bangladesh-India rivers")
    if capitals:  # (in capitals as the name is: "THE LAKE CHAD BASIN", not "new U.S.")
        b = b if b is not None and text[b.start():start].isupper() else None
        a = a if a is not None and text[end:a.end()].isupper() else None
    if b is None and a is None:
        return None
    lo = b.start() if b else start
    if a is not None and b is None:
        q = qualifier.search(text, max(0, start - 14), start)  # "South China Sea"
        if q is not None:
            lo = q.start()
    return lo, a.end() if a else end


@lru_cache(maxsize=1)
def _group_pattern() -> tuple[re.Pattern, dict[str, str]]:
    from .datafiles import read_csv

    lookup: dict[str, str] = {}
    for row in read_csv(config.DATA_DIR / "groups.csv"):
        for form in [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a]]:
            lookup[form] = row["name"]
            if len(form.split()) > 1 or any(c.islower() for c in form):
                # "GROUP OF TWENTY", "COMMONWEALTH HEADS OF GOVERNMENT MEETING": a heading in capitals
                lookup.setdefault(form.upper(), row["name"])
    alts = "|".join(re.escape(f) for f in sorted(lookup, key=lambda f: (-len(f), f)))
    # ("ASEAN-Japan", "Japan-ASEAN", "China-CARICOM": a pair's names, each a party; not "non-G7",
    # "intra-ASEAN", a word's prefix)
    prefixes = "".join(f"(?<!\\b{p}-)" for w in ("non", "anti", "pro", "intra", "inter", "extra", "post", "pre", "pan", "sub", "trans", "ex", "all")
                       for p in (w, w.capitalize()))
    return patterns.kept("statement-groups", rf"(?<![\w.]){prefixes}(?:{alts})(?![\w]|-[a-z])"), lookup


_CAPS_OF = _rc(r"\s+OF\b")
# a document's circulation notes under a UN body's letterhead: "Distr.: General", "Original: English"
_CIRCULATION = _rc(r"\s*(?:Distr\.?|Distribution|Original|Limited|Restricted)\s*:?\s*[A-Z][\w ]{0,30}")


def _letterhead_run(lines: list, idx: list[int], k: int) -> int:
    """Where the title starts after a body's letterhead at ``idx[k]``: the line naming a group
    or body of states in full ("Organization for Security and Co-operation in Europe"), up to
    two short lines naming its organ ("Ministerial Council"), and its symbol, circulation notes
    and dateline, when a line that says what the text is follows them; else ``k``."""
    pat, _ = _group_pattern()
    first = lines[idx[k]].text.strip().strip("*#_ ")
    if not pat.fullmatch(first) or len(first.split()) < 2:
        return k
    j, organs = k + 1, 0
    while j < len(idx) - 1 and j <= k + 6:
        t = lines[idx[j]].text.strip().strip("*#_ ")
        if _DOC_SYMBOL.fullmatch(t) or _CIRCULATION.fullmatch(t) or _dateline(t):
            j += 1
        elif organs < 2 and len(t.split()) <= 5 and not _TITLE_WORDS.search(t) and not any(c.isdigit() for c in t) \
                and not _TERMINAL.search(t) and (_is_title_case(t) or _is_all_caps(t)):
            organs += 1
            j += 1
        else:
            break
    t = lines[idx[j]].text.strip()
    if _TITLE_WORDS.search(t) and not _TERMINAL.search(t) and len(t.split()) <= 32 and not _dateline(t):
        return j
    return k


def _groups_at(text: str) -> list[tuple[int, str]]:
    """``(offset, group)`` of each group of states (G20, ASEAN, the African Union ...) named in
    ``text``, not in the possessive."""
    pat, lookup = _group_pattern()
    found: dict[str, int] = {}
    for m in pat.finditer(text):
        if m.group().isupper() and " " not in m.group() and _CAPS_OF.match(text, m.end()):
            continue  # ("THE COMMONWEALTH OF AUSTRALIA": a state's style, not the group)
        if not text.startswith(_POSSESSIVE, m.end()):
            found.setdefault(lookup[m.group()], m.start())
    return [(i, name) for name, i in found.items()]


_SUBJECT_BEFORE = _rc(r"\b(?:ahead\s+of\s+(?:the\s+)?"  # ("... Joint Statement ahead of the Commonwealth Heads of Government Meeting")
                             r"|(?:on|in|regarding|concerning|about)\s+(?:the\s+)?"
                             # ("on the Eve of the OSCE Ministerial Council": the occasion, no party; "in
                             # the Republic of Guinea-Bissau": the state by its style)
                             r"(?:(?:eve|occasion|margins?|sidelines?)\s+of\s+(?:the\s+)?)?"
                             r"(?:(?:[\w-]+\s+){0,3}?(?:republic|kingdom|state|federation|sultanate|emirate|principality)\s+of\s+(?:the\s+)?)?"
                             r"(?:(?:Eastern|Western|Northern|Southern|Central"
                             r"|North|South|East|West|North-Eastern|North-Western|South-Eastern|South-Western)\s+)?"
                             # ("... Foreign Ministers on Support to Ukraine": the country helped, no party)
                             r"|on\s+(?:(?:continued|further|joint|sustained|military|humanitarian|financial|economic)\s+)?"
                             r"(?:support|assistance|aid|solidarity)\s+(?:to|for|with)\s+(?:the\s+)?(?:people\s+of\s+)?"
                             r"|(?:on\s+supporting|in\s+support\s+of|in\s+solidarity\s+with)\s+(?:the\s+)?(?:people\s+of\s+)?"
                             # ("... meets with President of France Emmanuel Macron to discuss Ukraine")
                             r"|discuss(?:es|ed|ing)?\s+(?:the\s+(?:situation|war|crisis|conflict)\s+in\s+)?(?:the\s+)?)$", re.I)
_OPENING_SUBJECT = _rc(
    r"\b(?:(?:on|regarding|concerning|about)\s+(?:the\s+)?|(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|address(?:ed|es|ing)?)\s+the\s+"
    r"(?=(?:situation|crisis|conflict|war|peace\s+process|developments)\s))(?:(?:situation|crisis|conflict|war|peace\s+process|developments)\s+in\s+(?:the\s+)?)?"
    r"(?:(?:eastern|western|northern|southern|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western)\s+)?$", re.I)
def _word_start(text: str, i: int) -> int:
    """Where the hyphened word a name at ``i`` closes begins ("Canada-Mercosur": at "Canada")."""
    while i > 1 and text[i - 1] == "-" and text[i - 2].isalnum():
        i -= 1
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’."):
            i -= 1
    return i


_PAIRED_AFTER = _rc(r"[\w.' ]+?\s*[-–/]\s*\w")  # "on the Japan-Australia Partnership": a pair of parties


def _paired_after(heading: str, i: int, name: str) -> bool:
    """Whether the country named at ``i`` is one of a pair ("on the Japan-Australia
    Partnership"), not by the hyphen of its own name ("in the Republic of Guinea-Bissau")."""
    m = _PAIRED_AFTER.match(heading, i)
    if m is None:
        return False
    return heading[i:i + len(name)].lower() != name.lower() or m.end() - 1 > i + len(name)


_CONCLUSIONS = _rc(r"\s*(?:[#*_]+\s*)?(?:(?:Foreign\s+Affairs\s+|European\s+)?Council|COUNCIL)\s+(?i:conclusions)\b")


_SUBNATIONAL_OFFICE = _rc(r"\b(?:Governor|Premier|Government|State|Province|Chief\s+Minister|Minister-President|First\s+Minister"
                                 r"|Mayor|City)(?:\s+[A-Z][\w'’é.-]*){0,3}\s+of\s+(?:the\s+)?(?:State\s+of\s+|Province\s+of\s+)?"
                                 r"(?=(?P<place>[A-Z][\w'’é.-]*(?:\s+(?:[A-Z][\w'’é.-]*|and)){0,3}))")  # (read, not taken: the next office may follow)


def _known_prefix(words: list[str], known) -> str | None:
    """The longest run of ``words`` from the first that is a known name ("British Columbia" of
    "British Columbia and Alberta"), else None."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".,")
        if name in known:
            return name
    return None


_WITH_AFRICA = _rc(r"[A-Za-z][-–]Africa\b(?![-–])|(?<![-–])\bAfrica[-–][A-Z]")


_IMF_DOCUMENT = _rc(r"\b(?i:staff\s+concluding\s+statement|article\s+iv\s+(?:mission|consultation))\b")


def find_parties(heading: str, opening: list[str]) -> list[str]:
    """Who makes a statement, when its metadata does not say: the countries and groups its
    heading names; else (fewer than two) the countries of its opening paragraph (the first of
    ``opening`` that names one). A group's statement ("G20 Communiqué") takes its members
    only from a list of at least three in the opening paragraph ("the Leaders of Australia,
    India, Japan and the United States"), not from a country it merely mentions."""
    if _CONCLUSIONS.match(heading):
        return ["European Union"]  # (the Council of the EU speaks, whatever countries its conclusions are on)
    # ("Council conclusions on Sudan", "… engagement in Sudan": the country a text is about)
    about = {name for i, name in _countries_at(heading)
             if _SUBJECT_BEFORE.search(heading, max(0, i - 28), i) and not _paired_after(heading, i, name)}
    # (nor a country a group's name holds: "the Group of 77 and China" is one party)
    inside = [m.span() for m in _group_pattern()[0].finditer(heading)]
    venues: set[str] = set()  # (the states an opening names only as where a body met)
    countries_named = [(i, name) for i, name in _countries_at(heading) if name not in about and not any(a <= i < b for a, b in inside)]
    # (nor a body a text is about: "... on the Staff-Level Agreement with the IMF" names its party,
    # "... on IMF Quota Reform" does not)
    groups = [(i, name) for i, name in _groups_at(heading) if not _SUBJECT_BEFORE.search(heading, max(0, i - 28), _word_start(heading, i))]
    mission = _IMF_DOCUMENT.search(heading)
    if mission is not None and "International Monetary Fund" not in {name for _, name in groups}:
        # ("Republic of Seychelles: Staff Concluding Statement of the 2025 Article IV Mission": the
        # Fund's staff speak with the country, though the heading never names the Fund)
        groups.append((mission.start(), "International Monetary Fund"))
    # (once each: "the European Commission" is the EU's, as a group's organ is the group's)
    named = list(dict.fromkeys(name for _, name in sorted(countries_named + groups)))
    if len(named) >= 2 and not countries_named and opening and _WE_THE.match(opening[0]):
        # a summit of two groups whose opening lists the states that speak: "Summit of the Gulf
        # Cooperation Council and Central Asia" / "We, the Leaders of the Kingdom of Saudi Arabia,
        # ..., and the Kyrgyz Republic, met ...": those states
        listed = _listed_run(opening[0])
        if len(listed) >= 3:
            return listed
    if len(named) == 1 and named[0] != "African Union" and _WITH_AFRICA.search(heading):
        # a forum of one state with Africa ("Forum on China-Africa Cooperation", "Korea-Africa
        # Summit"): the African side speaks as the African Union and its members
        return [named[0], "African Union"]
    if len(named) >= 2:
        return named
    if not named:
        # the governments of a federation's states or provinces the heading names by their
        # offices: "Joint Statement by the Governor of California and the Premier of Québec"
        for chunk in (heading, *opening[:1]):  # ("Governor Gavin Newsom of California and Premier ... of Québec")
            subnational = list(dict.fromkeys(p for p in (_known_prefix(m.group("place").split(), places().keys())
                                                         for m in _SUBNATIONAL_OFFICE.finditer(chunk)) if p))
            if len(subnational) >= 2:
                return subnational
    for chunk in opening[:2]:
        defined = _defined_parties(chunk)
        if len(defined) >= 2:
            return defined
    found: list[str] = []
    for chunk in opening:
        chapeau = _MEMBERS_OF_GROUP.match(chunk) if not named else None
        if chapeau and not _countries_at(chunk[:chapeau.end()]):  # (not "The Prime Minister of Japan and the Heads of ...")
            # (the group's envoys alone: "... OF THE ORGANIZATION OF AMERICAN STATES (OAS), gathered in",
            # not "... of the Andean Community and the Minister of Energy of Chile")
            bodies = [name for i, name in _groups_at(chunk) if i == chapeau.end()
                      and _CHAPEAU_ENDS.match(chunk, _group_pattern()[0].match(chunk, i).end())]
            if bodies:
                return bodies
        # ("Adopted by the Peace and Security Council ... on the situation in Somalia": the
        # country the text is about; the body that speaks is the group it names)
        # (nor the country of the place it met in: "..., Addis Ababa, Ethiopia")
        mentions = [(i, c) for i, e, c in _country_spans(chunk) if not _venue_before(chunk, i, e)]
        if _WE_THE.match(chunk) and _groups_at(chunk):
            # (nor, where a group speaks, the country it met in: "We, the Leaders of the BRICS
            # countries, met in Kazan, Russia, ...")
            mentions = [(i, c) for i, c in mentions if not _MET_IN_PLACE.search(chunk, max(0, i - 60), i)]
        found = list(dict.fromkeys(c for _, c in mentions if c not in about))
        # (only when every country the opening names is what it is about; "The Foreign Ministers
        # of Japan and Ukraine ... on the situation in Ukraine" keeps both)
        subjects = {c for i, c in mentions if _OPENING_SUBJECT.search(chunk, max(0, i - 40), i)}
        if found and set(found) <= subjects:
            found = []
        called = False
        if len(found) > 2 and chunk is opening[0]:
            # the two parties a first sentence that tells of a meeting or a call names: "President
            # von der Leyen spoke today with President of Ukraine Volodymyr Zelenskyy. ... Russian
            # attacks ..." is the EU and Ukraine, not Russia
            first = _first_sentence(chunk)
            in_first = list(dict.fromkeys([c for i, c in mentions if i < len(first) and c not in about]
                                          + [c for c in _leader_countries(first) if c not in about]))
            leaders = [c for c in dict.fromkeys(_leader_countries(first)) if c not in about]
            verb = _MEETS_IN.search(first)
            if len(in_first) != 2 and len(leaders) == 2 and verb and all(
                    m.end() <= verb.start() for m in _leader_names()[0].finditer(first)) and all(
                    i > verb.start() for i, c in mentions if i < len(first) and c not in leaders):
                # (the two leaders it names before its verb, whatever it names after: "President Lula and
                # President Ramaphosa spoke ... about the transfer of the G20 presidency to the United States")
                in_first = leaders
            if len(in_first) == 2 and _MEETS_IN.search(first):  # (a meeting or a call of two)
                found = [c for c in found if c in in_first] + [c for c in in_first if c not in found]
                called = True
        # (else a country the opening names only as what is discussed, or in the possessive after
        # it: "spoke with Prime Minister Lindqvist of Sweden. The leaders discussed the situation
        # in Ukraine and ... Ukraine's sovereignty" is no party, where two others are)
        topic_only = {c for c in subjects if all(_OPENING_SUBJECT.search(chunk, max(0, i - 40), i) or chunk.startswith(_POSSESSIVE, e)
                                                 for i, e, c2 in _country_spans(chunk) if c2 == c)} if not called else set()
        if topic_only and len([c for c in found if c not in topic_only]) >= 2:
            found = [c for c in found if c not in topic_only]
        if " in " in chunk:
            # (nor the host a body's ministers meet in, named only as such: "The Ministers ... of the
            # States members of ESCAP, meeting in Suva, Fiji, ...", "We, the Kings, Presidents and
            # Emirs of the Arab States, meeting in Baghdad, the capital of the Republic of Iraq")
            spans = list(_country_spans(chunk))
            venue = {c for _s, _e, c in spans if all(_MET_IN_PLACE.search(chunk, max(0, i - 60), i) for i, _e2, c2 in spans if c2 == c)}
            found = [c for c in found if c not in venue]
            venues |= venue
            if venue and not found and not _groups_at(chunk) and _MEMBER_STATES.search(chunk):
                break  # (the host thanked in a later paragraph is no party either; a group named here speaks, below)
        if found:
            break
        if not named and (chunk is opening[0] or (chunk is opening[1] and (_WE_THE.match(chunk) or _BODY_OF.match(chunk)))):
            bodies = [name for _, name in sorted(_groups_at(chunk))]
            if bodies and (mentions or _WE_THE.match(chunk)):
                # ("We, the Ministers ... of the member States of the Council of Europe": the
                # group speaks, whatever countries later paragraphs name)
                return bodies[:1]
    if len(found) >= 3 and not countries_named:
        # the members a group's text lists, not a guest it names after them: "We, the Foreign
        # Ministers of Denmark, ... and Sweden, ... joined by the Minister of Ukraine" (but "...
        # and Sweden and the President of Iceland" is one more member)
        listed = _listed_run(chunk)
        if len(listed) >= 3:
            hosts = _hosts(chunk, listed) + _co_speakers(chunk, listed)
            found = hosts + [c for c in found if c not in hosts and (c in listed or _one_more_member(chunk, c))]
            # (and the member that chairs, or one represented by another office: "chaired by the
            # Prime Minister of Solomon Islands", "The Federated States of Micronesia was represented by ...")
            found += [c for c in _chair_or_represented(chunk) if c not in found]
    if groups and not countries_named and found:
        # (nor the guests a group's opening names: "We, the Leaders of the Group of Seven (G7),
        # met in Kananaskis ... We were joined by the leaders of Australia, Brazil, India ...")
        as_guest = [(c, bool(_GUESTS_BEFORE.search(chunk, max(0, i - 160), i))) for i, e, c in _country_spans(chunk)]
        # (a member named as a member too stays one: "We, the leaders of Australia, ... and the
        # United States, met ... as guests of the United States")
        guests = {c for c, g in as_guest if g} - {c for c, g in as_guest if not g}
        if guests:
            found = [c for c in found if c not in guests]
    if groups and not countries_named:
        # (members in a list, not the countries a later paragraph says will do this or that:
        # "Japan will provide ..., and the United Kingdom will commit ..." of a G7 statement)
        return found if len(found) >= 3 and _lists_members(chunk, chunk is opening[0]) \
            else named  # (not "We welcome the debt restructurings of Zambia, Ghana and Ethiopia" of a G20 text)
    parties = named + [c for c in found if c not in named]
    if len(parties) < 2 and not groups:
        # a readout that names the leaders, not both countries: "Prime Minister Mark Carney met
        # with the President of Mexico, Claudia Sheinbaum Pardo" (the heading and the opening's
        # first sentence only, where the leaders who meet are named)
        first = _first_sentence(opening[0]) if opening else ""
        parties += [c for c in _leader_countries(f"{heading}\n{first}") if c not in parties]
        if len(parties) < 2 and _MEETS_IN.search(f"{heading}\n{first}"):
            # (or its officials, by their country's possessive or adjective: "receives phone call
            # from Jordanian Deputy Prime Minister ... Ayman Safadi", "Egypt's Minister of Foreign Affairs")
            parties += [c for c in _officials_countries(f"{heading}\n{first}") if c not in parties]
        parties = [c for c in parties if c not in venues]  # (nor there the host a body met in)
    return parties


# a readout of the issuing government's own leader's call or meeting, the leader left unnamed:
# "Readout of the President's Call with President Gustavo Alvarado of Colombia"
OWN_OFFICE_READOUT = _rc(r"(?i:readout)\b.*?\b(?i:the)\s+(?P<role>President|Vice\s+President|Prime\s+Minister|Chancellor|Secretary"
                         r"|Foreign\s+Minister|Secretary\s+of\s+State)['’]s\s+(?:[\w-]+\s+){0,2}?"
                         r"(?i:call|meeting|conversation|talks?|visit|trip|engagement)\b")
def _readout_home(text: str, counterpart: str, issuer: str | None) -> str | None:
    """The issuing government's country in a readout of its own leader's call: its office's
    ("The White House", a body of a party in ``codebooks/entities.yaml``), else the country the
    text names most often besides the counterpart, at least twice."""
    from .entities import codebook

    office = " ".join((issuer or "").split()).removeprefix("The ").removeprefix("the ")
    home = (codebook().get("bodies_of_parties") or {}).get(office)
    if home is not None and home != counterpart:
        return home
    counts = Counter(name for _s, _e, name in _country_spans(text) if name != counterpart).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _officials_countries(text: str) -> list[str]:
    """The countries whose officials ``text`` names by a possessive or an adjective before
    their title ("Egypt's Minister of Foreign Affairs", "Jordanian Deputy Prime Minister"), in order."""
    pattern, country_of = _official_pattern()
    return list(dict.fromkeys(country_of[m.group(1)] for m in pattern.finditer(text)))


@lru_cache(maxsize=1)
def _official_pattern() -> tuple[re.Pattern, dict[str, str]]:
    country_of: dict[str, str] = {}
    for c in countries():
        for form in [c["name"], *c["aliases"]]:
            country_of[f"{form}'s"] = country_of[f"{form}’s"] = c["name"]
        for adj in c["adjectives"]:
            country_of[adj] = c["name"]
    forms = "|".join(re.escape(f) for f in sorted(country_of, key=len, reverse=True))
    titles = r"(?:Deputy\s+|Vice\s+|Acting\s+|First\s+)?(?:Prime\s+Minister|President|Foreign\s+Minister|Minister|Secretary|Chancellor|Premier|King|Emir|Crown\s+Prince)"
    return re.compile(rf"(?<![\w.])(?:the\s+)?({forms})\s+{titles}\b"), country_of


# the members of a body, who speak for it: "the States members of ESCAP", "the Member States of ..."
_MEMBER_STATES = _rc(r"\b(?:[Ss]tates\s+members|[Mm]ember\s+(?:States|states|countries|Countries|economies)|[Mm]embers\s+of\s+the)\b")
# the guests a group's text names, up to the end of their sentence: "We were joined by the leaders of
# Australia, Brazil ...", "the invited leaders of ...", "outreach partners ..."
_GUESTS_BEFORE = _rc(r"\b(?:(?:were|was)\s+joined\s+by|joined\s+us|invited\s+(?:leaders|guests|partners|countries)"
                            # (not "attended by Heads of State and Government of A, B, ...": the members)
                            r"|(?:also\s+)?attended\s+by(?!\s+(?:the\s+)?(?:heads?\s+of|leaders|presidents|prime\s+ministers|members))"
                            r"|guests?(?!\s+of\b)|outreach(?:\s+partners?)?)\b[^.;]*$", re.I)


# '(hereinafter referred to as "the two sides")': the list before it is who makes the statement
_HEREINAFTER_ALL = _rc(r"\(\s*(?:hereinafter|hereafter)\s+(?:(?:referred\s+to\s+)?as|called|jointly\s+referred\s+to\s+as)?\s*"
                              r"[\"“‘']?\s*(?:the\s+)?(?:two\s+|three\s+|both\s+)?(?:sides|parties|participants|signatories)\b", re.I)


def _defined_parties(chunk: str) -> list[str]:
    """The countries and groups of a sentence that names them as the parties: "The People's
    Republic of China, 53 African countries ... and the African Union Commission (hereinafter
    referred to as "the two sides") met ..." is China and the African Union, not the country of
    a co-chair the paragraph names next."""
    m = _HEREINAFTER_ALL.search(chunk)
    if m is None:
        return []
    spans = split_sentences(chunk)
    start = next((s for s, e in spans if s <= m.start() < e), 0)
    subject = chunk[start:m.start()]
    named = _countries_at(subject) + _groups_at(subject)
    return list(dict.fromkeys(name for _, name in sorted(named)))


def _first_sentence(chunk: str) -> str:
    """A paragraph's first sentence, as the statement's splitter reads it ("H.E.", "St. Kitts" end none)."""
    spans = split_sentences(chunk)
    return chunk[:spans[0][1]] if spans else chunk

# the body that speaks, opening the text: "The Peace and Security Council of the African Union, at its ..."
_BODY_OF = _rc(r"\s*The\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,5}(?:Council|Commission|Assembly|Conference|Committee|Authority)"
                      r"\s+of\s+(?:the\s+)?")
# a chapeau whose subject is the envoys of a group's members: "THE MINISTERS OF FOREIGN AFFAIRS
# AND HEADS OF DELEGATION OF THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS),
# gathered in Asunción, Paraguay, ...": the group speaks, not the country it met in
_MEMBERS_OF_GROUP = _rc(r"\s*(?:We,\s+)?(?i:the)\s+(?:[\w-]+\s+){1,14}?(?i:of\s+the\s+member\s+states\s+of)\s+(?:(?i:the)\s+)?")
_PLACE_COMMA = _rc(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s*$")


def _venue_before(chunk: str, i: int, end: int) -> bool:
    """Whether the country at ``i:end`` closes a line that ends on where the text was adopted:
    "..., held on 12 February 2025, Addis Ababa, Ethiopia" (not a list of countries, "Kenya,
    Ethiopia"; nor a visit the opening tells of, "visited Jakarta, Indonesia, where ...")."""
    rest = chunk[end:].strip(" \t\n*_.,;:)")
    if rest and not _dateline(rest) and not _DATE_RE.fullmatch(rest):
        return False
    m = _PLACE_COMMA.search(chunk, max(0, i - 40), i)
    return m is not None and not _countries_at(m.group(1)) and not _groups_at(m.group(1))
_WE_THE = _rc(r"\s*(?:\d{1,2}[.)]\s*)?We,\s+the\s+")


def _leader_countries(text: str) -> list[str]:
    """The countries of the leaders ``text`` names in full (``data/leaders.csv``), in order."""
    pattern, country_of = _leader_names()
    return list(dict.fromkeys(country_of[m.group()] for m in pattern.finditer(text)))


@lru_cache(maxsize=1)
def _leader_names() -> tuple[re.Pattern, dict[str, str]]:
    from .entities import leader_rows

    country_of = {row["name"]: row["country"] for row in leader_rows() if " " in row["name"]}
    # (or by the one name that alone names them, after their title: "President Ramaphosa",
    # "President Lula"; a name two leaders share names neither)
    short: dict[str, set] = {}
    for row in leader_rows():
        if row["alone"] == "yes":
            short.setdefault(row["name"].split()[-1], set()).add(row["country"])
    for word, where in short.items():
        if len(where) == 1:
            for title in _LEADER_TITLES:
                country_of.setdefault(f"{title} {word}", next(iter(where)))
    names = sorted(country_of, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])"), country_of


_LEADER_TITLES = ("President", "Prime Minister", "Chancellor", "Premier")  # (not "Sultan Ahmed Al Jaber", a name)


# (each by its long name too: ", the Arab Republic of Egypt, the Federal Democratic Republic of Ethiopia")
# (or a second list after the first's group: "..., Member States of the Gulf Cooperation Council
# (GCC), and the leaders of the Republic of Kazakhstan, ...")
_LIST_JOIN = _rc(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?)?$"
                        r"|,\s+(?:the\s+)?(?:Member\s+States|members)\s+of\s+(?:the\s+)?[A-Z][^,;()]{2,80}(?:\s+\([A-Z]{2,8}\))?,?\s+and\s+"
                        r"(?:the\s+)?(?:leaders|Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?|Presidents|Ministers|Foreign\s+Ministers"
                        r"|representatives|Representatives)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?)?$")


# the people or governments of the members a list names ("the Leaders of Australia, India, ...")
_MEMBERS_LISTED = _rc(r"\b(?:Leaders|Heads\s+of|Ministers|Governments|Representatives|representatives|delegations|Delegations"
                             r"|Presidents|Prime\s+Ministers|member\s+states|Member\s+States|members|Members)\b")


def _lists_members(chunk: str, first: bool) -> bool:
    """Whether a paragraph's list of three or more countries names a group's members: in the
    opening paragraph's first sentence, or after their people ("the Leaders of A, B and C"),
    not as what the group speaks of ("the debt restructurings of Zambia, Ghana and Ethiopia")."""
    listed = _listed_run(chunk)
    if len(listed) < 3:
        return first
    at = next((i for i, _e, c in _country_spans(chunk) if c == listed[0]), 0)
    return (first and at < len(_first_sentence(chunk))) or bool(_MEMBERS_LISTED.search(chunk, max(0, at - 80), at))


def _listed_run(text: str) -> list[str]:
    """The longest list of countries written one after another ("Denmark, Estonia, ... and
    Sweden"), as the members of a group's statement are; a country named elsewhere in the
    sentence (a guest) is not one of them."""
    best: list[str] = []
    run: list[str] = []
    last_end = None
    for i, end, name in _country_spans(text):
        if last_end is not None and _LIST_JOIN.fullmatch(text, last_end, i):
            run.append(name)
        else:
            run = [name]
        last_end = end
        if len(run) > len(best):
            best = list(run)
    return list(dict.fromkeys(best))


@lru_cache(maxsize=1)
def _host_verbs() -> re.Pattern:
    """The verbs by which a subject hosts those an opening lists (``host_verbs`` in
    ``codebooks/entities.yaml``)."""
    from .entities import codebook

    from .patterns import phrases

    return re.compile(rf"\b(?:{phrases(codebook()['host_verbs'])})\b")


def _hosts(text: str, listed: list[str]) -> list[str]:
    """The countries of the sentence's subject where it hosts the members it lists: "The Prime
    Minister of Canada, Mark Carney, today hosted the Prime Ministers of Denmark, ... and
    Sweden" is Canada's summit with them (not a guest, as "joined by ..." is)."""
    first = next((i for i, _, c in _country_spans(text) if c in listed), None)
    if first is None:
        return []
    verb = None
    for m in _host_verbs().finditer(text, 0, first):
        verb = m
    if verb is None:
        return []
    start = max(text.rfind(". ", 0, verb.start()) + 1, 0)
    lead = text[start:verb.start()]
    return list(dict.fromkeys([c for _, _, c in _country_spans(lead) if c not in listed]
                              + [c for c in _leader_countries(lead) if c not in listed]))


@lru_cache(maxsize=1)
def _co_speaker() -> re.Pattern:
    """"and the Leaders ...", "and the Foreign Ministers ..." after a country a "We, ..."
    opening names (``co_speaker_nouns`` in ``codebooks/entities.yaml``)."""
    from .entities import codebook

    from .patterns import phrases

    nouns = phrases(codebook()["co_speaker_nouns"])
    return re.compile(rf"\s+and\s+(?:the\s+)?(?:{nouns})\b")


def _co_speakers(text: str, listed: list[str]) -> list[str]:
    """The country a "We, ..." opening names with those it lists, before them: "We, the Prime
    Minister of Japan and the Leaders ... of the Pacific Islands Forum, namely Australia, ...".
    """
    if not _WE_THE.match(text):
        return []
    first = next((i for i, _, c in _country_spans(text) if c in listed), None)
    if first is None:
        return []
    return list(dict.fromkeys(c for i, e, c in _country_spans(text[:first]) if c not in listed and _co_speaker().match(text, e)))


_CHAIRED_BY = _rc(r"\bchaired\s+by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}of\s+(?:the\s+)?$")
_REPRESENTED = _rc(r"\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:by|at)\b")


def _chair_or_represented(text: str) -> list[str]:
    """The countries a members' list leaves out but the opening names as taking part: the one
    whose leader chairs the meeting, and one "represented by" another office."""
    return list(dict.fromkeys(c for i, e, c in _country_spans(text)
                              if _CHAIRED_BY.search(text, max(0, i - 80), i) or _REPRESENTED.match(text, e)))


_ONE_MORE = _rc(r"\band\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}of\s+(?:the\s+)?$")


def _one_more_member(text: str, country: str) -> bool:
    """Whether ``country`` joins a list of members as one more ("... and Sweden and the
    President of Iceland"), not as a guest ("joined by the Minister of Ukraine")."""
    return any(name == country and _ONE_MORE.search(text, max(0, i - 60), i) for i, name in _country_mentions(text))


# --------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------

METADATA_FIELDS = {"title": str, "heading": str, "date": (str, dt.date), "issuer": str, "source": str, "parties": list, "leaders": list, "currency": str, "language": str, "notes": str}


def metadata_path(path: Path) -> Path | None:
    for ext in (".yml", ".yaml"):
        candidate = path.with_suffix(ext)
        if candidate.is_file():
            return candidate
    return None


def read_metadata(path: str | Path) -> dict[str, Any]:
    """Read and check a metadata YAML file (a mapping of the fields in ``METADATA_FIELDS``)."""
    from .datafiles import read_user_yaml

    path = Path(path)
    data = read_user_yaml(path, "metadata")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "metadata must be a YAML mapping (key: value lines)")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in METADATA_FIELDS:
            out[str(key)] = value
            continue
        want = METADATA_FIELDS[key]
        if key in ("parties", "leaders"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(path, f"metadata field '{key}' must be a list of names")
        elif key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    raise InputError(path, f"metadata field 'date' must be YYYY-MM-DD, not {value!r}") from None
            if not isinstance(value, dt.date):
                raise InputError(path, "metadata field 'date' must be YYYY-MM-DD")
        elif not isinstance(value, want):
            raise InputError(path, f"metadata field '{key}' must be text")
        out[key] = value
    return out


# A block of YAML between "---" lines at the very top: how static-site generators and many
# saved web pages keep a page's title and date ("---\ntitle: ...\ndate: 2024-07-13\n---").
_FRONT_MATTER_BLOCK = _rc(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@lru_cache(maxsize=1)
def _issuer_keys() -> frozenset:
    return frozenset(_layout()["issuer_keys"])


def front_matter(raw: str) -> tuple[str, dict[str, Any], list[str]]:
    """Split a leading YAML front-matter block from a statement: ``(text, fields, notes)``.

    The block's lines become blank lines, so line numbers stay those of the file. Fields take
    the shapes of ``METADATA_FIELDS``; a field that cannot (a date that is no date) is left out
    with a note rather than refusing a statement over its page's bookkeeping. A block that is
    not a YAML mapping is left in the text.
    """
    from .datafiles import YAMLError, parse_yaml

    m = _FRONT_MATTER_BLOCK.match(raw[:20000])
    if m is None:
        return raw, {}, []
    try:
        data = parse_yaml(m.group(1))
    except YAMLError:  # not YAML after all: prose between two rules
        return raw, {}, []
    if not isinstance(data, dict) or not data:
        return raw, {}, []
    fields: dict[str, Any] = {}
    notes: list[str] = []
    issuer_keys = _issuer_keys()
    for key, value in data.items():
        key = str(key).strip().lower()
        if key in issuer_keys and isinstance(value, str) and "issuer" not in data and "issuer" not in fields:
            key = "issuer"  # ("author: Office of the Spokesperson")
        if key not in METADATA_FIELDS:
            fields[key] = value
            continue
        if key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            elif isinstance(value, str):
                value = parse_date(value) if _DATE_RE.search(value) or re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()) else None
            if not isinstance(value, dt.date):
                notes.append(f"front matter: the date {data[key]!r} is not a date; left out")
                continue
        elif key in ("parties", "leaders"):
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                notes.append(f"front matter: '{key}' is not a list of names; left out")
                continue
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str) or not value.strip():
            notes.append(f"front matter: '{key}' is not text; left out")
            continue
        fields[key] = value
    return "\n" * m.group(0).count("\n") + raw[m.end():], fields, notes


# --------------------------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int
    end: int  # end of content (no newline)
    text: str


def _heads_next(nonblank: list[int], heads: dict, i: int) -> bool:
    """Whether the next nonblank line after line ``i`` is a heading (``i`` would head nothing)."""
    k = bisect.bisect_right(nonblank, i)
    return k < len(nonblank) and nonblank[k] in heads


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _listed_lines(lines: list[_Line], skip: set[int]) -> set[int]:
    """The lines of a list written one item to a line with no marks, under a lead-in that ends
    in a colon: "The two sides signed the following instruments:" then "Agreement on Road
    Transport — Ministry of Transport", "Agreement on Social Security — ...". Each line opens
    in capitals or a digit and none ends a sentence; each is an item, however the text's prose
    is wrapped."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        # (or under an annex's heading: "Annex: List of Participants" then "Australia" / "Bangladesh" ...)
        if not ((lines[i].text.rstrip().endswith(":") and i not in skip) or (i in skip and _annex_head(lines[i].text))):
            i += 1
            continue
        j = i + 1
        while j < n and not lines[j].text.strip():
            j += 1
        run = []
        while j < n and lines[j].text.strip() and j not in skip:
            t = lines[j].text.strip()
            if not (t[:1].isupper() or t[:1].isdigit()) or _TERMINAL.search(t) or len(t) > 200:
                break
            run.append(j)
            j += 1
        if len(run) >= 2 and (j >= n or not lines[j].text.strip()):
            out.update(run)
        i = j if run else i + 1
    return out


# a word in lower case that is no joining word: prose ("At the invitation of ..."), not a
# heading in title case ("Cooperation on Climate Change, Energy Transition and the Environment")
_PROSE_WORD = _rc(r"\b(?!(?:with|from|into|upon|over|under|between|among|through|towards?|against|within|without)\b)[a-z]{4,}\b")


def _wrap_width(lines: list[_Line], nonblank: list[int]) -> int | None:
    """The width a hard-wrapped text's lines are wrapped at (most of its lines end within a
    few characters of it), or None when lines are paragraphs or too few to tell."""
    lengths = sorted(len(lines[i].text.strip()) for i in nonblank)
    if len(lengths) < 8:
        return None
    width = lengths[len(lengths) * 9 // 10]
    if width > 100 or width < 40:
        return None
    near = sum(1 for n in lengths if 0.8 * width <= n <= width + 2)  # (each as _fills reads a line)
    return width if near >= len(lengths) * 0.4 else None


def _next_nonblank_is(lines: list[_Line], a: int, b: int) -> bool:
    """Whether line ``b`` is the next line with text after line ``a``."""
    return all(not lines[k].text.strip() for k in range(a + 1, b))


def _unwrapped(text: str, lines: list[_Line], blocks: list[tuple[int, int, int]], width: int | None) -> str:
    """The normalized text with each line break inside a wrapped paragraph made a space (one
    character for one, so offsets hold): every analysis then reads "Prime⏎Minister of Canada"
    as it reads "Prime Minister of Canada", and "the Royal Canadian Mounted Police⏎and the
    Indonesian National Police" as two names. Only a line that fills the text's wrap width is
    wrapped: the lines of a list of participants stay lines. A break after a hyphen stays
    ("mid-⏎2026")."""
    if not width:
        return text
    breaks = [lines[k].end for first, last, _ in blocks for k in range(first, last)
              if len(lines[k].text.strip()) >= 0.7 * width and not lines[k].text.rstrip().endswith("-")]
    if not breaks:
        return text
    chars = list(text)
    for pos in breaks:
        if chars[pos] == "\n":
            chars[pos] = " "
    return "".join(chars)


def _is_wrapped(lines: list[_Line], heads: dict[int, tuple], o_items: set[int] = frozenset()) -> bool:
    """True when prose is hard-wrapped (paragraphs span lines and blank lines separate them)."""
    cont = ends = 0
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if not a.text.strip() or not b.text.strip() or i in heads or (i + 1) in heads:
            continue
        if _BULLET.match(b.text) or _NUMBERED_PARA.match(b.text) or (i + 1) in o_items:
            continue
        cont += 1
        if not _TERMINAL.search(a.text):
            ends += 1
    return cont > 0 and ends / cont > 0.3


def _nested_names(sections_raw: list, with_text: list[bool], levels: list[int]) -> list:
    """Each section's heading, a heading with no text of its own before its subsections'
    ("## Support for Ukraine" over "### Pledges" and "### Training") prefixed to theirs, "Support
    for Ukraine: Pledges": a reader keeps the part a subsection belongs to where the part itself
    holds nothing to show."""
    names = [head for _, head, _ in sections_raw]
    for k in range(1, len(sections_raw)):
        if names[k] is None:
            continue
        for j in range(k - 1, 0, -1):  # the nearest section above at a higher level: its parent
            if levels[j] < levels[k]:
                if not with_text[j] and sections_raw[j][1]:
                    names[k] = f"{names[j]}: {sections_raw[k][1]}"
                break
    return names


def _md_level(line: str) -> int:
    stripped = line.lstrip()
    return len(stripped) - len(stripped.lstrip("#"))


def _first_of_sections(lines: list[_Line], heads: dict, first: int, metadata: dict | None) -> bool:
    """Whether the first line is the first section heading rather than a title: when the
    title comes from metadata (front matter) and the line is a Markdown heading below the top
    level, of the same level as headings after it."""
    if not (metadata or {}).get("title") or heads.get(first, ("",))[0] != "markdown":
        return False
    level = _md_level(lines[first].text)
    return level > 1 and any(
        heads[i][0] == "markdown" and _md_level(lines[i].text) == level for i in heads if i > first
    )


# one run of "=", "-", "~" or "*" alone on a line (a rule of several runs under a table's header is not)
_UNDERLINE = _rc(r"[ \t]*(?:={3,}|-{3,}|~{3,}|\*{3,})[ \t]*")
_WORD_CHAR = _rc(r"[^\W_]")


def _without_underlines(text: str) -> str:
    """A plain text's line of words underlined by a rule (as Markdown's setext headings are
    written) keeps its words, and the rule becomes a blank line."""
    if "===" not in text and "---" not in text and "~~~" not in text and "***" not in text:
        return text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if _UNDERLINE.fullmatch(lines[i]) and _WORD_CHAR.search(lines[i - 1]):
            lines[i] = ""
    return "\n".join(lines)


def from_text(
    raw: str,
    *,
    path: str | Path | None = None,
    fmt: str = "txt",
    metadata: dict[str, Any] | None = None,
    encoding: str = "utf-8",
) -> Statement:
    """Parse already-decoded statement text (``fmt`` is ``txt``, ``md`` or ``html``)."""
    page_title = None
    front_notes: list[str] = []
    if fmt in ("md", "txt"):
        raw, fields, front_notes = front_matter(raw)
        if fields:
            metadata = {**fields, **(metadata or {})}  # a metadata file wins over the page's own
    if fmt == "html":
        raw, page_title = html_to_text(raw)
    original = _TEXT_MARKS.sub("", clean(raw))  # "Begin text:" ... "End text." around a released text
    received = original
    if fmt in ("md", "txt"):
        original = _web_chrome(original)  # (a web page copied as text; before page numbers: "- 30 -" is none)
    if fmt == "txt":
        original = _without_underlines(original)  # ("DEFENCE AND SECURITY" over "====": a heading, no rule of text)
        original = _plain_footnotes(_line_end_hyphens(_page_furniture(original)))  # (a text copied out of a PDF)
        original = _signature_columns(original)
    original, page = _page_labels(original)  # ("From: ...", "Published on: ...", "Last updated: ...")
    original = _without_contacts(original)
    cut_below = _cut_tail(received, original)
    if fmt in ("txt", "html"):
        original = _notes_section(original, html=fmt == "html")
    if fmt in ("md", "txt") and ": " in original:
        # (records a key to a line, before their keys are read as run-in labels)
        original = "\n".join(_key_blocks(original.split("\n")))
    if fmt in ("md", "txt"):
        original = _run_in_labels(original)
    if fmt == "txt" and ("  " in original or "\t" in original):
        original = _spaced_tables(original)
    if fmt == "txt" and " | " in original:
        original = _pipe_tables(original)
    if "; " in original and ": " in original:
        original = _keyed_lines(original)
    if fmt == "md":
        # (its "[^1]: ..." notes written "[1] ...", a paragraph each, as a web page's are)
        original = _notes_section(clean(markdown_to_text(original)), html=True)
    for i, line in enumerate(original.split("\n")):
        if len(line) > config.MAX_LINE_CHARS:
            raise InputError(
                path,
                f"line {i + 1} is {len(line):,} characters long; a statement's lines are prose, "
                f"not {config.MAX_LINE_CHARS:,}-character dumps",
            )
    text = normalize(original)
    if not text.strip():
        raise InputError(path, "is empty (no text)")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError(path, "contains no words, only numbers or symbols")
    lines = _lines(text)

    heads: dict[int, tuple[str, str, str | None]] = {}
    for i, ln in enumerate(lines):
        kind = _heading_kind(ln.text)
        if kind:
            heads[i] = kind
    nonblank = [i for i, ln in enumerate(lines) if ln.text.strip()]
    # A part's number alone on its line over its title ("II." / "TRADE AND ECONOMIC
    # COOPERATION"): one numbered heading; the number's line is no heading, nor prose.
    number_lines: list[int] = []
    for k, i in enumerate(nonblank[:-1]):
        m = _NUMBER_ALONE.fullmatch(lines[i].text.strip())
        j = nonblank[k + 1]
        if m and j - i <= 2 and j in heads and heads[j][0] in ("caps", "title", "sentence") and heads[j][2] is None \
                and k + 2 < len(nonblank):  # (with text under the title)
            number_lines.append(i)
            heads.pop(i, None)
            heads[j] = ("numbered", heads[j][1], m.group(1))

    # Title: the first non-blank line when it reads as a title (any heading shape, or short
    # without final punctuation); otherwise the opening words stand in and the line stays prose.
    heading = None
    title_line = title_more = None
    title_between: list[int] = []  # the lines of a title between its first and its last
    # A dateline above the title ("### Tokyo, 13 July 2024", then "# Joint Statement").
    lead_date = None
    if len(nonblank) > 1:
        first = nonblank[0]
        lead_date = _dateline(heads[first][1] if first in heads else lines[first].text)
    if lead_date:
        nonblank_for_title = nonblank[1:]
    else:
        nonblank_for_title = nonblank
    # "FOR IMMEDIATE RELEASE", "Media Note" above the title: labels, not the title
    # (all of them, and only when a line that reads as a title follows them)
    k = 0
    # ("JOINT STATEMENT" alone is a title, as are the titles of most G20 texts)
    lead_office = None
    lead_date_line = None
    letterhead_body = None
    while k < len(nonblank_for_title) - 1 and (
        # (a dateline among the labels, over the title: "FOR IMMEDIATE RELEASE" / "Office of the
        # Spokesperson" / "Berlin, 22 April 2026" / "Joint Press Release on ...")
        k and lead_date is None and lead_date_line is None and _dateline(lines[nonblank_for_title[k]].text)
        and not _dateline(lines[nonblank_for_title[k + 1]].text) and _TITLE_WORDS.search(lines[nonblank_for_title[k + 1]].text)
        and not _TERMINAL.search(lines[nonblank_for_title[k + 1]].text.strip())
        and len(lines[nonblank_for_title[k + 1]].text.split()) <= 32
        or
        (_FRONT_MATTER.fullmatch(lines[nonblank_for_title[k]].text)
         and lines[nonblank_for_title[k]].text.strip().lower() != "joint statement")
        # (a document's symbol over its title: "KE-DE/BNC/2026/1"; the office that issues it:
        # "PRIME MINISTER'S OFFICE" over "READOUT")
        or _DOC_SYMBOL.fullmatch(lines[nonblank_for_title[k]].text)
        or _ISSUING_OFFICE.fullmatch(title_cased(lines[nonblank_for_title[k]].text.strip()))
        # (a line that says only what the text is, over a title that says it again: "COMMUNIQUÉ" /
        # "Joint Communiqué of the Germany–Kenya Binational Commission")
        or _DOC_TYPE_LINE.fullmatch(lines[nonblank_for_title[k]].text.strip().strip("*#_ "))
        and _TITLE_WORDS.search(lines[nonblank_for_title[k + 1]].text)
        and not _DOC_TYPE_LINE.fullmatch(lines[nonblank_for_title[k + 1]].text.strip().strip("*#_ "))
        and len(lines[nonblank_for_title[k + 1]].text.split()) <= 32
        and not _TERMINAL.search(lines[nonblank_for_title[k + 1]].text.strip())
        and not _dateline(lines[nonblank_for_title[k + 1]].text)
    ):
        if lead_office is None and _ISSUING_OFFICE.fullmatch(title_cased(lines[nonblank_for_title[k]].text.strip())):
            lead_office = title_cased(lines[nonblank_for_title[k]].text.strip())
        if k and lead_date is None and lead_date_line is None and _dateline(lines[nonblank_for_title[k]].text):
            lead_date_line = nonblank_for_title[k]
        k += 1
    if k < len(nonblank_for_title) - 1:
        # an international body's letterhead over its document's title: "United Nations" /
        # "Security Council" / "S/PRST/2024/9" / "Distr.: General" / "22 November 2024" /
        # "Statement by the President of the Security Council" (the body's name is no title)
        run = _letterhead_run(lines, nonblank_for_title, k)
        if run > k:
            letterhead_body = lines[nonblank_for_title[k]].text.strip().strip("*#_ ")
            if lead_date is None and lead_date_line is None:
                lead_date_line = next((i for i in nonblank_for_title[k:run] if _dateline(lines[i].text)), None)
            k = run
    letterhead = False
    if not k:
        # a letterhead in capitals above what the text is: "ECONOMIC COMMUNITY OF WEST AFRICAN
        # STATES" / "COMMUNAUTÉ ÉCONOMIQUE ..." / "FINAL COMMUNIQUÉ" / "67th ORDINARY SESSION ..."
        # (the body's name, in two languages, is no title where a title in capitals follows what
        # the text is; a line that names countries, "INDIA – FRANCE", is the title's)
        doc = next((j for j in range(1, min(3, len(nonblank_for_title) - 1) + 1)
                    if _DOC_TYPE_LINE.fullmatch(lines[nonblank_for_title[j]].text.strip().strip("*#_ "))), None)
        after_doc = nonblank_for_title[doc + 1] if doc is not None and doc + 1 < len(nonblank_for_title) else None
        if doc is not None and after_doc is not None and _is_all_caps(_ORDINAL_SUFFIX.sub("", lines[after_doc].text)) \
                and not _dateline(lines[after_doc].text) and not _TERMINAL.search(lines[after_doc].text.strip()) \
                and all(_is_all_caps(lines[i].text) and len(lines[i].text.split()) <= 14 and not _countries_at(lines[i].text)
                                   and not _TERMINAL.search(lines[i].text.strip()) and not _TITLE_WORDS.search(lines[i].text)
                                   and not _EVENT_WORDS.search(lines[i].text)  # (a meeting's name is part of the title)
                                   and not _dateline(lines[i].text) for i in nonblank_for_title[:doc]):
            k = doc
            letterhead = True
    lead_labels: list[int] = []
    if k:
        cand_i = nonblank_for_title[k]
        cand = lines[cand_i].text.strip()
        if letterhead or not (_dateline(cand) or _PLACE_LINE.fullmatch(cand) or len(cand.split()) > 30 or _TERMINAL.search(cand)
                              or heads.get(cand_i, ("",))[0] == "numbered"):
            lead_labels, nonblank_for_title = nonblank_for_title[:k], nonblank_for_title[k:]
    if nonblank_for_title and not _first_of_sections(lines, heads, nonblank_for_title[0], metadata):
        first = nonblank_for_title[0]
        s = lines[first].text.strip()
        # (a long title names its subject in full: "Joint Statement between the People's Republic
        # of China and the Federative Republic of Brazil on Building a China-Brazil Community ...")
        if first in heads or ((len(s.split()) <= 32 or len(s.split()) <= 48 and _TITLE_OPENING.match(s))
                              and not _TERMINAL.search(s)):
            heading = heads[first][1] if first in heads else s
            title_line = first
            nxt = first + 1
            # (a title in capitals may run over four lines: "JOINT STATEMENT OF INTENT" / "BETWEEN ..." /
            # "AND ..." / "ON ...")
            above = s
            width = _wrap_width(lines, nonblank)
            while nxt < len(lines) and (_title_goes_on(above, lines[nxt].text) or _title_wrapped_on(above, lines, nxt, width)) and (
                    nxt == first + 1 or (nxt <= first + 3 and _is_all_caps(above) and _is_all_caps(lines[nxt].text)
                                         and lines[nxt].text.split()[0].upper() in _TITLE_THIRD
                                         and "EMBARGO" not in lines[nxt].text.upper())
                    or nxt <= first + 3 and _title_wrapped_on(above, lines, nxt, width)
                    # ("JOINT STATEMENT" / "of the Republic of Kazakhstan and ..." / "on Deepening of
                    # Allied Relations": each line under it goes on in lower case)
                    or nxt <= first + 3 and nxt - 1 == title_more and nxt < nonblank[-1] and lines[nxt].text.lstrip()[:1].islower()
                    and lines[nxt].text.split()[0].upper() in _TITLE_THIRD and lines[nxt - 1].text.lstrip()[:1].islower()):
                # ("JOINT PRESS RELEASE" / "NORDIC-CANADIAN SUMMIT ON ARCTIC COOPERATION": what the
                # text is, then what it is about, as under a "JOINT COMMUNIQUÉ" line below; not
                # "JOINT STATEMENT" / "OF THE UNITED STATES AND PERU", one title wrapped)
                joint = ": " if nxt == first + 1 and _DOC_TYPE_LINE.fullmatch(heading.strip("*#_ ")) \
                    and lines[nxt].text.split()[0].upper() not in _TITLE_THIRD else " "
                heading = f"{heading}{joint}{lines[nxt].text.strip()}"
                title_more = nxt
                title_between.extend(range(first + 1, nxt))
                above = lines[nxt].text.strip()
                nxt += 1
    if heading is not None and title_line is not None:
        # "JOINT COMMUNIQUÉ" then "State Visit of the President of Kenya to Japan" above the
        # dateline: the title says what the text is, the line under it what it is about; and any
        # title's subtitle written as a heading of its own above the dateline: "# Joint Statement
        # ..." / "## Commemorating the 50th Anniversary of Diplomatic Relations" / "Beijing, ..."
        doc_type = bool(_DOC_TYPE_LINE.fullmatch(heading.strip("*#_ ")))
        last = title_more if title_more is not None else title_line
        k = bisect.bisect_right(nonblank, last)
        if k + 1 < len(nonblank):
            sub_i, date_i = nonblank[k], nonblank[k + 1]
            sub = lines[sub_i].text.strip().strip("*#_ ")
            kind = heads.get(sub_i, ("",))[0]
            office = _ISSUING_OFFICE.match(title_cased(sub)) if sub else None
            if office is not None and not doc_type and _dateline(lines[date_i].text) and len(sub.split()) <= 12:
                # ("List of Outcomes: State Visit ..." / "**Ministry of External Affairs, Government of
                # India**" / "New Delhi, 7 August 2024": who issued it, no part of the title)
                page.setdefault("issuer", sub)
                title_between.append(sub_i)
            elif sub and len(sub.split()) <= 24 and not _TERMINAL.search(sub) and not _dateline(sub) and not (
                    not doc_type and _DOC_TYPE_LINE.fullmatch(sub)) and (
                    (not doc_type and kind == "markdown" and _dateline(lines[date_i].text))
                    or (doc_type and kind != "numbered" and (
                        _dateline(lines[date_i].text)
                        # (or a headline in Title Case right under it, with no dateline: "JOINT PRESS
                        # STATEMENT" / "Kenya and Tanzania Agree to Expand Cross-Border Trade")
                        or (sub_i == last + 1 and _is_title_case(sub) and not _is_all_caps(sub)
                            and len(sub.split()) >= 3 and "/" not in sub)
                        # (or a line that goes on from it in lower case, a blank line between: "JOINT
                        # COMMUNIQUÉ" / "at the end of the official visit of His Majesty King Mohammed VI ...")
                        or (sub[:1].islower() and len(sub.split()) >= 4)))):
                heading = f"{heading} {sub}" if sub[:1].islower() else f"{heading}: {sub}"
                title_between.extend(range(last + 1, sub_i))
                title_more = sub_i
    if heading is not None and title_line is not None:
        # a treaty's title block, each part on a line of its own: "JOINT DECLARATION OF INTENT" /
        # "between" / "the Government of ... Germany" / "and" / "the Government of ... Namibia" /
        # "on Cooperation in the Field of Green Hydrogen": one title, which names the parties
        last = title_more if title_more is not None else title_line
        block = _parties_block(lines, nonblank, last, heading)
        if block:
            heading = " ".join([heading, *(lines[i].text.strip().strip("*#_ ") for i in block)])
            title_between.extend(range(title_line + 1, block[-1]))
            title_more = block[-1]
    if heading is None and page_title:
        heading = page_title

    # Dateline: a short line with a date, among the first lines after the title.
    dateline = None
    dateline_date = None
    dateline_line = None
    last_title = title_more if title_more is not None else title_line
    after_title = [i for i in nonblank if last_title is None or i > last_title][:4]
    place_line = None
    issuing_lines: list[int] = []
    if lead_date is None and lead_date_line is not None and lead_date_line in lead_labels:
        lead_date = _dateline(lines[lead_date_line].text)
    if lead_date:
        (dateline, dateline_date), dateline_line = lead_date, (nonblank[0] if lead_date_line is None else lead_date_line)
    for i in [] if lead_date else after_title:
        # ("### Tokyo, 13 July 2024" is a dateline written as a heading)
        d = _dateline(heads[i][1] if i in heads and heads[i][0] == "markdown" else lines[i].text)
        if d:
            dateline, dateline_date = d
            dateline_line = i
            if place_line is not None and place_line == i - 1:
                # "Washington, DC" on one line and "February 4, 2015" on the next
                dateline = f"{lines[place_line].text.strip()}, {dateline}"
            else:
                # ... or the other way round: "September 18, 2025" / "Mexico City, Mexico" (on the
                # next line, or after one blank line: a web page's paragraph of its own)
                nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].text.strip()), len(lines))
                apart = nxt > i + 1  # (then only "City, Country" under a date with no place: not a heading, "Ukraine")
                if nxt < len(lines) and _place_after_date(lines[nxt].text.strip()) and (
                        not apart or "," in lines[nxt].text and _DATE_RE.match(lines[i].text.strip())
                        and _known_place(lines[nxt].text)):  # (not a heading: "Trade, Investment")
                    place_line = nxt
                    dateline = f"{lines[place_line].text.strip()}, {dateline}"
            break
        if _ISSUING_OFFICE.fullmatch(_issuing_office(lines[i].text)):
            # ("Office of the Spokesperson" over the date: who issued it, no place; of "The White
            # House" / "Office of the Press Secretary", the first)
            issuing_lines.append(i)
            continue
        if _PLACE_LINE.fullmatch(lines[i].text.strip()) and (i not in heads or heads[i][0] in ("title", "sentence") or (
                # (in capitals over its date: "ADDIS ABABA, ETHIOPIA" / "12 FEBRUARY 2026")
                heads[i][0] == "caps" and i + 1 < len(lines) and _DATE_RE.match(lines[i + 1].text.strip()) is not None)):
            place_line = i
            continue
        if i in heads and heads[i][0] not in ("title", "sentence"):
            continue
        if len(lines[i].text.split()) > 14:
            if i == after_title[0] and not _TERMINAL.search(lines[i].text.strip()):
                continue  # a subtitle: "Adopted by the Peace and Security Council at its 1203rd meeting, ..."
            break
    title_date = None  # (after the dates the text gives: a title may name a past day, "Treaty of Peace - 8 September 1951")
    if dateline is None and heading and title_line is not None:
        split = _title_and_date(heading)
        if split:
            heading, dateline, title_date = split
    front = {i for i in (title_line, title_more, dateline_line, *lead_labels, *title_between, *number_lines) if i is not None}
    if dateline_line is not None and place_line is not None and (place_line in (dateline_line - 1, dateline_line + 1)
                                                                 or dateline_line + 1 < place_line <= dateline_line + 3
                                                                 and dateline.startswith(lines[place_line].text.strip())):
        front.add(place_line)  # (and the place after a blank line, which the dateline took in)
    if issuing_lines:
        front.update(issuing_lines)
        page.setdefault("issuer", _issuing_office(lines[issuing_lines[0]].text))
    if lead_office is not None and lead_labels:
        page.setdefault("issuer", lead_office)
    if dateline:
        # ("The White House, April 8, 2026": who issued it, where the place would be)
        office = _DATE_RE.sub("", dateline).strip(" ,*_")
        if _ISSUING_OFFICE.fullmatch(title_cased(office)):
            page.setdefault("issuer", title_cased(office))
    # Boilerplate lines of press releases between title and text are not headings.
    for i in after_title:
        if _FRONT_MATTER.fullmatch(lines[i].text) or _DOC_SYMBOL.fullmatch(lines[i].text) or _RELEASE_NO.fullmatch(lines[i].text):
            front.add(i)
        elif i not in front and i in heads and heading and _DOC_TYPE_LINE.fullmatch(lines[i].text.strip().strip("*#_ ")) \
                and not _TITLE_WORDS.search(heading) and all(j in front or j in heads or _long_caps_event(lines[j].text)
                                                             for j in after_title if j < i) \
                and _heads_next(nonblank, heads, i):
            # "FORUM COMMUNIQUÉ" under "FIFTY-THIRD PACIFIC ISLANDS FORUM LEADERS MEETING" and its
            # dateline: what the text is, a part of its title, no heading of an empty section
            # (nor the meeting's line between them: "ECONOMIC COMMUNITY OF WEST AFRICAN STATES" /
            # "SIXTY-EIGHTH ORDINARY SESSION OF THE AUTHORITY ..." / "FINAL COMMUNIQUÉ")
            between = [j for j in after_title if j < i and j not in front and (j in heads or _long_caps_event(lines[j].text))]
            if between and all(_EVENT_WORDS.search(lines[j].text) for j in between):
                front.update(between)
                heading = " — ".join([heading, *(lines[j].text.strip().strip("*#_ ") for j in between)])
            front.add(i)
            if _is_all_caps(heading) or _EVENT_WORDS.search(heading) or between:
                heading = f"{heading}: {lines[i].text.strip().strip('*#_ ')}"
            # (not under a headline: "World Bank and Government of Kenya Sign $450 Million ..." /
            # "JOINT PRESS RELEASE" is a label of what the text is, the headline its title)
        elif i not in front and i in heads and heads[i][0] in ("title", "sentence") and _dateline(lines[i].text):
            front.add(i)  # a second dateline under a web page's line of labels: "Accra, 3 October 2025"
            if dateline is None:
                dateline, dateline_date = _dateline(lines[i].text)  # (or the only one, above the signatures)
    back = _back_matter(lines, nonblank)
    front.update(back)
    if back:
        nonblank = [i for i in nonblank if i not in back]
    signature = _signature_block(lines, nonblank)
    front.update(signature)
    closing = _closing_dateline(lines, nonblank)
    if not closing and signature:
        # (a place and a date of their own above the signatures: "Cairo, 17 March 2024" / "For the Italian Republic")
        k = bisect.bisect_left(nonblank, signature[0])
        above = nonblank[k - 1] if k > 0 else None
        if above is not None and above not in front and len(lines[above].text.split()) <= 8 \
                and (_dateline(lines[above].text) or (None, None))[1]:
            closing = [above]
    front.update(closing)
    # a line of its own that only says where and when it was done, closing the text or above its
    # signatures ("Done in Beijing on 14 April 2025."): the dateline, no paragraph of the text
    rest = [i for i in nonblank if i not in front]  # (the signatures are in front by now)
    closing_done = None
    closing_signers: list[dict[str, Any]] = []
    if len(rest) > 4 and _DATE_RE.fullmatch(lines[rest[-1]].text.strip().rstrip(".")) and rest[-2] == rest[-1] - 1 \
            and (office := _OFFICE_PLACE.fullmatch(lines[rest[-2]].text.strip())):
        # "Ministry of Foreign Affairs, Accra" / "9 May 2025" closing a web page's text: who issued it
        # and when, no paragraph of the text
        front.update(rest[-2:])
        page.setdefault("issuer", office.group(1))
        rest = rest[:-2]
    if len(rest) > 3 and _SIGNING_BODY.fullmatch(lines[rest[-1]].text.strip()) \
            and done_at(lines[rest[-2]].text.strip(), 0, None, search=False):
        # "Done at Abuja, this 14th day of December 2025" / "THE AUTHORITY": the body that signs
        # it, under the line of its signing, no sentence of the text
        front.add(rest[-1])
        rest = rest[:-1]
    if len(rest) > 1:
        last = rest[-1]
        t = lines[last].text.strip().strip("*_ ")  # (in emphasis too: "*Done at Washington, D.C., on 9 March 2026*")
        found = done_at(t, 0, None, search=False) if len(t.split()) <= 40 else None
        # (what may follow: nothing, or the originals it was done in, "..., in two originals in
        # the English and Portuguese languages, both texts being equally authentic.")
        by = _signers_in_prose(t[found[0].end():]) if found and found[2] else []
        if found and found[2] and (t[found[0].end():].strip(" .") == "" or len(rest) > 2 and (
                _DONE_ORIGINALS.match(t, found[0].end()) or by)):
            front.add(last)
            closing_done = (" ".join(found[1].split()).rstrip(" ,"), found[2])
            closing_signers = by  # ("Signed at Arusha on 27 June 2025 by Hon. X for the Republic of Kenya and ...")
        elif found is None and len(t.split()) <= 40 and (where := _DONE_IN_PLACE.match(t)) \
                and _DONE_ORIGINALS.match(t, where.end()):
            front.add(last)  # ("Done in Paris, in two original copies in the French, Arabic and English languages."): no sentence
    # (a dateline further down, under the heading of a second text: "India-Indonesia Joint
    # Statement" / "New Delhi, January 25, 2025" is no heading of a section)
    # (not one above the signatures, which dates the text: "Nairobi, 13 September 2024" / "For the ...")
    following = {a: b for a, b in zip(nonblank, nonblank[1:])}
    mid_datelines = {i for i in heads if i not in front and heads[i][0] in ("title", "sentence")
                     and following.get(i) is not None and following[i] not in front
                     and _DIGIT.search(lines[i].text) and (_dateline(lines[i].text) or (None, None))[1]}
    front.update(mid_datelines)
    # (the lines of a list under an annex's head are its items, none a heading: "List of
    # Participants" / "Hon. Anthony Albanese MP, Prime Minister of Australia" / ...)
    items = set()
    for i in heads:
        if heads[i][0] in ("title", "caps") and _annex_head(lines[i].text):
            j = following.get(i)
            if j is not None and j in heads:
                while j is not None and lines[j].text.strip() and j not in front:
                    items.add(j)
                    j = j + 1 if j + 1 < len(lines) and lines[j + 1].text.strip() else None

    # Keep only headings that are followed by prose (weak "title" headings especially).
    heading_lines = [i for i in sorted(heads) if i not in front and i not in items]
    width = _wrap_width(lines, nonblank)
    # (numbered paragraphs: three or more numbered first lines that are plainly prose, wrapped
    # onto the next line; then a numbered first line of names is one of them too: "1. Minister
    # for Foreign Affairs IWAYA Takeshi and Minister of Defense" / "NAKATANI Gen of Japan, ...")
    numbered_prose = width and sum(
        1 for i in nonblank if _NUMBERED_PARA.match(lines[i].text) and i + 1 < len(lines) and lines[i + 1].text.strip()
        and len(lines[i].text.strip()) >= 0.85 * width and _PROSE_WORD.search(lines[i].text)) >= 3
    def wrapped_prose(i: int) -> bool:
        """A heading-shaped line that is the first line of a wrapped paragraph: prose goes on
        right under it in lower case, or it fills the wrap width with prose under it."""
        nxt = i + 1
        if heads[i][0] == "markdown" or nxt >= len(lines) or not lines[nxt].text.strip():
            return False
        return lines[nxt].text.lstrip()[:1].islower() or bool(
            width and len(lines[i].text.strip()) >= 0.85 * width and len(lines[nxt].text.strip()) >= 0.6 * width
            and (_PROSE_WORD.search(lines[i].text) or (numbered_prose and heads[i][0] == "numbered")))

    confirmed: list[int] = []
    for idx, i in enumerate(heading_lines):
        k = bisect.bisect_right(nonblank, i)
        while k < len(nonblank) and nonblank[k] in mid_datelines:
            k += 1  # (past a dateline under the heading: "India-Indonesia Joint Statement" / "New Delhi, ...")
        nxt = nonblank[k] if k < len(nonblank) else None
        if nxt is None:
            continue
        if wrapped_prose(i):
            # a hard-wrapped line of prose that happens to be capitalized (or numbered), or a
            # paragraph's first line as long as the text's wrapped lines, prose right under it:
            # "1. At the invitation of Prime Minister Narendra Modi, His Highness" / "Sheikh ..."
            continue
        if heads[i][0] == "numbered" and _numbered_item(i, nonblank, lines):
            continue  # "... the following Memoranda were signed:" / "1. Memorandum of Understanding on ..." / "Security between ...;"
        if i > 0 and _ARTICLE_ALONE.fullmatch(lines[i].text.strip()) and lines[i - 1].text.strip() \
                and not lines[i - 1].text.rstrip().endswith((".", ":", ";", "!", "?")):
            continue  # "... fall under the scope of" / "Article 5.": the sentence goes on, no heading
        if lines[nxt].text.strip().lower() in ("and", "and:", "and the"):
            continue  # a party of a treaty's preamble: "The Government of ...", "and", "the Government of ..."
        if heads[i][0] in ("caps", "title") and nxt == i + 1 and _signer_title().fullmatch(lines[nxt].text.strip()):
            continue  # a signer's name above their title: "RECEP TAYYIP ERDOĞAN" / "President of the Republic of Türkiye"
        if heads[i][0] == "title" and nxt == i + 1 and _said_next().match(lines[nxt].text) \
                and any(w.lower() in _title_words() for w in lines[i].text.split()[:2]):
            continue  # a speaker's name wrapped across two lines: "Prime Minister Jonas Gahr" / "Støre said Norway ..."
        if heads[i][0] in ("title", "caps") and _annex_head(lines[i].text) and nxt > i + 1:
            confirmed.append(i)  # "Annex: List of Participants" over its list, a line an item
            continue
        if heads[i][0] in ("title", "sentence"):
            k = bisect.bisect_left(nonblank, i)
            prev = nonblank[k - 1] if k > 0 else None
            if nxt in heads and not (wrapped_prose(nxt) and (prev is None or prev in front or _TERMINAL.search(lines[prev].text))) \
                    and not _heads_a_heading(i, prev, nxt, heads, lines, nonblank):
                continue
            if prev is not None and prev not in heads and prev not in front and prev == i - 1 and not _TERMINAL.search(lines[prev].text):
                continue  # a wrapped line in the middle of a paragraph
            if prev is not None and prev == i - 1 and prev not in heads and prev not in front \
                    and lines[prev].text.rstrip().endswith(":") and len(lines[prev].text.split()) > 3:
                continue  # the first item under its lead-in: "The following agreements were signed:" / "Declaration on ..."
            if prev is not None and prev == i - 1 and prev in heads and prev not in confirmed and prev not in front:
                continue  # the last line of a list of lines ("Hon. Mark Brown, Prime Minister of the Cook Islands" / ...)
            if heads[i][0] == "sentence" and (nxt == i + 1 or prev == i - 1 or len(lines[nxt].text.split()) < 3):
                continue  # sentence case heads a section only alone between blank lines, prose after
            if heads[i][0] == "sentence" and heads[i][2] is not None and prev is not None and prev not in confirmed and (
                    _NUMBERED_PARA.match(lines[prev].text) or _NUMBERED.match(lines[prev].text)) \
                    and len(lines[prev].text.split()) <= 9 and not _TERMINAL.search(lines[prev].text):
                continue  # "3. Climate change and energy" after "2. Access to finance": an item of a list
        confirmed.append(i)
    # A run of "title" lines at the end (signatures) is not a heading even if prose follows later.
    heading_set = set(confirmed)

    # Markdown and web pages separate paragraphs by blank lines; plain text may also put one
    # paragraph on each line (the seed does), which the wrapping test tells apart.
    listed = _listed_lines(lines, heading_set | front) if fmt not in ("md", "html") else set()
    o_items = _o_items(lines)
    wrapped = fmt in ("md", "html") or _is_wrapped(lines, {i: None for i in heading_set | front | listed}, o_items)

    # Paragraph blocks
    blocks: list[tuple[int, int, int]] = []  # (first line, last line, section number)
    head_last: dict[int, int] = {}  # a heading's first line -> its last, where it spans two
    sections_raw: list[tuple[int | None, str | None, str | None]] = [(None, None, None)]
    cur: list[int] = []

    def flush():
        if cur:
            blocks.append((cur[0], cur[-1], len(sections_raw) - 1))
            cur.clear()

    for i, ln in enumerate(lines):
        if i in front:
            flush()
            continue
        if i in heading_set:
            flush()
            kind, head_text, number = heads[i]
            prev_line = sections_raw[-1][0]
            if prev_line is not None and not cur and (not blocks or blocks[-1][2] != len(sections_raw) - 1) \
                    and _ARTICLE_ALONE.fullmatch(sections_raw[-1][1] or "") and not _ARTICLE_ALONE.fullmatch(head_text or "") \
                    and _next_nonblank_is(lines, prev_line, i):
                # "Article 1" / "Political Dialogue": one heading, the article and its title
                sections_raw[-1] = (prev_line, f"{sections_raw[-1][1]}: {head_text}", sections_raw[-1][2])
                head_last[prev_line] = i
                continue
            sections_raw.append((i, head_text, number))
            continue
        if not ln.text.strip() or _RULE_LINE.match(ln.text) or not _HAS_WORD.search(ln.text):
            flush()  # (a line of marks alone, "#" or "—", is no prose either)
            continue
        starts_item = bool(_BULLET.match(ln.text) or _NUMBERED_PARA.match(ln.text)) or i in listed or i in o_items
        if cur and (not wrapped or starts_item):
            flush()
        cur.append(i)
    flush()
    if wrapped:
        text = _unwrapped(text, lines, blocks, width)

    # Section spans tile the text: each runs from its heading line to the next heading line.
    sec_starts = [0] + [lines[i].start for i, _, _ in sections_raw[1:]]
    sec_ends = sec_starts[1:] + [len(text)]

    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    sec_pars: list[list[int]] = [[] for _ in sections_raw]
    for first, last, sec in blocks:
        p_start = lines[first].start + (len(lines[first].text) - len(lines[first].text.lstrip()))
        p_end = lines[last].end
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        body_start = p_start
        marker = None
        first_line = text[p_start:lines[first].end]
        m = _BULLET.match(first_line) or _NUMBERED_PARA.match(first_line) or (_O_ITEM.match(first_line) if first in o_items else None)
        if m:
            marker = m.group(1) or m.group(2)  # (an article's number is the second group)
            body_start = p_start + m.end()
            inner = _NUMBERED_PARA.match(first_line[m.end():]) if m.re is _BULLET else None
            if inner:  # "- (b) Australia will ...": a Markdown bullet holding a lettered item
                marker = inner.group(1) or inner.group(2)
                body_start += inner.end()
        pidx = len(paragraphs)
        if not paragraphs:
            body_start = _past_inline_dateline(text, body_start, p_end)
        sent_ids = []
        for s_start, s_end in split_sentences(text, body_start, p_end):
            sent_ids.append(len(sentences))
            sentences.append(Sentence(len(sentences), s_start, s_end, pidx, sec, text[s_start:s_end]))
        if not sent_ids:
            continue
        paragraphs.append(Paragraph(pidx, p_start, p_end, sec, marker, tuple(sent_ids)))
        sec_pars[sec].append(pidx)

    sections = []
    names = _nested_names(sections_raw, [bool(sec_pars[k]) for k in range(len(sections_raw))],
                          [_md_level(lines[i].text) if i is not None and heads.get(i, ("",))[0] == "markdown" else 1
                           for i, _, _ in sections_raw])
    for k, (line_i, head_text, number) in enumerate(sections_raw):
        h_start = lines[line_i].start if line_i is not None else None
        h_end = lines[head_last.get(line_i, line_i)].end if line_i is not None else None
        sections.append(Section(k, names[k], sec_starts[k], sec_ends[k], h_start, h_end, number, tuple(sec_pars[k])))

    if blocks and all(all(i in heads for i in range(a, b + 1) if lines[i].text.strip()) for a, b, _ in blocks):
        raise InputError(path, "holds only headings, no statement text")
    if not sentences:
        if len(sections) > 1 or heading:
            raise InputError(path, "holds only headings, no statement text")
        raise InputError(path, "contains no sentences")

    meta = dict(metadata or {})
    date = meta.get("date") or dateline_date
    if date is None and closing_done and closing_done[1] is not None:
        # ("Done in Beijing on 24 January 2026." closing the text: the day it was signed, not
        # the last day of a visit its opening gives, "from 22 to 25 January 2026")
        date = closing_done[1]
        dateline = dateline or closing_done[0]
    if date is None and closing:
        # "Beijing, April 14, 2023" closing the text: the day it was signed, not the last day of a
        # visit its opening tells of ("from 2 to 4 July 2025")
        date = _dateline(lines[closing[-1]].text)[1]
    if date is None and paragraphs:
        date, done_where = _date_in_text(text, paragraphs)
        if dateline is None and date is not None and done_where:
            dateline = done_where  # ("Done at Nairobi on 4 March 2025": where and when, at the end)
    if date is None:
        date = title_date
    if date is None:
        date = page.get("date")  # ("Published on: 12 March 2026", where the text gives no date)
    if closing and (dateline is None or title_date is not None and date != title_date):
        dateline = ", ".join(lines[i].text.strip() for i in closing)
    title_text = meta.get("title") or heading
    if not title_text:
        words = sentences[0].text.split()
        title_text = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    # (blank lines kept as "": each block of a signature without "For the ..." lines is a signer)
    signers = signatories([t for k, i in enumerate(signature)
                           for t in ([""] if k and i > signature[k - 1] + 1 else []) + [lines[i].text]])
    signers = signers or closing_signers
    parties = list(meta.get("parties") or []) or signed_states([lines[i].text for i in signature])
    if not parties:
        named = heading or ""
        if letterhead_body and not _groups_at(named) and not _countries_at(named):
            named = f"{letterhead_body}: {named}"  # (the body whose letterhead the title is under)
        parties = find_parties(named, [text[par.start:par.end] for par in paragraphs[:6]])
    if not parties and signers:
        # (a text that names no party above its signatures: the states of those who signed it)
        parties = list(dict.fromkeys(s["country"] for s in signers if s["country"]))
    if len(parties) == 1 and not meta.get("parties") and OWN_OFFICE_READOUT.search(title_text or ""):
        # "Readout of the President's Call with President Gustavo Alvarado of Colombia": the
        # unnamed "President" is the issuing government's, whose country the text names most
        home = _readout_home(text, parties[0], meta.get("issuer") or page.get("issuer"))
        if home is not None:
            parties = [home, *parties]
    st = Statement(
        text=text,
        original=original,
        sections=sections,
        paragraphs=paragraphs,
        sentences=sentences,
        heading=meta.get("heading") or heading,
        dateline=dateline,
        title=title_text,
        date=date,
        parties=parties,
        leaders=list(meta.get("leaders") or []),
        issuer=meta.get("issuer") or page.get("issuer"),
        source=meta.get("source"),
        metadata=meta,
        path=Path(path) if path else None,
        encoding=encoding,
        signatories=signers,
        # (not the line the page's reading wrote itself from its head: no line of the text)
        back_matter=[t for t in cut_below + [lines[i].text.strip() for i in sorted(back)]
                     if t and not _END_MARK.fullmatch(t) and not (fmt == "html" and t.startswith(PUBLISHED_BY))],
    )
    if meta.get("heading") and heading and meta["heading"] != heading:
        st.heading = heading  # the text's own title line wins; metadata only fills a gap
    st.notes.extend(f"{path}: {note}" if path else note for note in front_notes)
    return st


_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", "": "txt"}


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file, turning every way it can fail into one clear :class:`InputError`."""
    try:
        if path.is_dir():
            raise InputError(path, "is a directory, not a statement file")
        if path.exists() and not path.is_file():
            raise InputError(path, "is not a regular file (a pipe or a device), so it cannot be read as a statement")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except PermissionError:
        raise InputError(path, "is not readable (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {_oserror(exc)}") from None
    if size > max_bytes:
        raise InputError(path, f"is {_size(size)}, over the {_size(max_bytes)} limit for a statement (raise it with --max-bytes)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, "is not readable (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {_oserror(exc)}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"is over the {_size(max_bytes)} limit for a statement (raise it with --max-bytes)")
    return data


def _size(n: int) -> str:
    """A size as the limit is given: "5 MB" is 5 × 1024 × 1024 bytes; small ones in bytes."""
    if n < 1024 * 1024:
        return f"{n:,} bytes"
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"


def _oserror(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()


def load(
    path: str | Path,
    *,
    metadata: str | Path | dict | None = None,
    max_bytes: int | None = None,
) -> Statement:
    """Read a statement file (``.txt``, ``.md``, ``.html``) and its metadata.

    Metadata comes from ``metadata`` (a path or a dict) or, when not given, from
    ``<stem>.yml`` beside the statement if there is one. The file is only ever read.
    ``max_bytes`` is the size limit (None: :func:`communique.config.max_bytes`).
    Raises :class:`~communique.errors.InputError` with one sentence for any unusable input.
    """
    path = Path(path)
    max_bytes = config.max_bytes() if max_bytes is None else max_bytes
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(path, "is empty (no text)")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LegacyEncodingWarning)
        raw, encoding = decode(data, path)
    fmt = _FORMATS.get(path.suffix.lower(), "txt")
    if fmt == "txt" and re.match(r"\s*(<!doctype html|<html)", raw[:1000], re.I):
        fmt = "html"
    if isinstance(metadata, dict):
        meta = metadata
    elif metadata is not None:
        meta = read_metadata(metadata)
    else:
        mp = metadata_path(path)
        meta = read_metadata(mp) if mp else {}
    st = from_text(raw, path=path, fmt=fmt, metadata=meta, encoding=encoding)
    for note in st.notes:  # (the front matter's)
        warnings.warn(note, ReadingNote, stacklevel=2)
    for w in caught:
        st.notes.append(str(w.message))
        warnings.warn(w.message, w.category, stacklevel=2)
    return st


_KEPT.save()
