"""Who and what a joint statement names: people, countries, places, organizations, initiatives,
agreements and events, each with the place it is first named and what the statement says of it.

A briefing reader wants the cast of a statement before its content: which leaders met, which
institutions and programmes they put their names to.  Statements of this genre name things in
a few regular shapes, so a name is found by its shape rather than looked up in a gazetteer:

- people follow a title ("President Barack Obama", "Presidents Obama and Humala"); later
  short forms ("President Obama", "Obama") are the same person;
- organizations, initiatives, agreements and events are runs of capitalized words holding a
  cue word ("... Partnership", "Ministry of ...", "... Agreement", "... Summit"), quoted titles
  ("Beca 18"), names followed by a lower-case cue ("the Megaports initiative"), acronyms
  spelled out in parentheses ("Women's Entrepreneurship in the Americas Initiative
  (WEAmericas)"), and described agreements ("a framework agreement between both
  institutions");
- countries come from the package's country list; places are regions from the codebook and
  capitalized words after "in"/"at" where a sentence speaks of a meeting ("in Bali, Indonesia").

Decisions a reader may want to know:

- An adjective of nationality ("Peruvian") is not a mention of the country: it describes
  something else.  "U.S." is the exception, being the usual short name of the country
  whether it stands alone or in "U.S.-Peru".
- A country or a well-known organization named inside a longer name ("UN Stabilization
  Mission in Haiti", "ninth WTO Ministerial Meeting") is still a mention of that country or
  organization; a region named inside a longer name ("of the Americas") is not.
- The type of a name is its last cue word: "Open Government Partnership" is an initiative.
  Agreements are texts (Agreement, Treaty, Memorandum, Declaration ...), events are dated
  meetings (Meeting, Summit, Round ...); missions, dialogues, partnerships and programmes
  are initiatives.
- A person's country (column ``country``) is, in order: what the statement writes ("President
  X of Peru", "Peruvian President X", "the President of Peru, X"); else the metadata, pairing
  ``leaders`` with ``parties`` in order; else, for heads of state and government only, the
  order in which they are first named paired with the order of the parties.

The word lists are data: ``codebooks/entities.yaml``.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, Iterable

from . import config
from . import letters
from . import dates as D
from . import patterns
from .datafiles import read_yaml
from . import statement as S

# (this module's own patterns, compiled once per machine: see :mod:`communique.patterns`)
_KEPT = patterns.book("module-entities")
_rc = _KEPT.compile

__all__ = ["extract", "mentions", "analyse", "codebook", "TYPES", "COLUMNS", "MENTION_COLUMNS", "INSTITUTION_TYPES"]

TYPES = ("person", "country", "place", "organization", "initiative", "agreement", "event")
COLUMNS = [
    "name", "type", "role", "acronym", "country", "mentions", "section", "sentence",
    "sentences", "start", "end", "said",
]
MENTION_COLUMNS = ["entity", "type", "text", "start", "end", "sentence", "section"]
INSTITUTION_TYPES = frozenset({"organization", "initiative", "agreement", "event"})

_CACHE_KEY = "_communique_entities"


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    """The entity word lists (``codebooks/entities.yaml``)."""
    return read_yaml(config.CODEBOOK_DIR / "entities.yaml")


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _trie(words) -> str:
    """One regular expression for many words, factored by common prefixes.

    Python's regex engine tries the branches of an alternation one by one; a trie of a few
    hundred country names or verb forms makes it test one character per branch point instead,
    which is what keeps whole-text passes above 50 MB/s.  Longer words are preferred.
    """
    return patterns.trie(words)


def _word_trie(words, suffix: str = "") -> str:
    r"""``\b(?:words)suffix``, written so that a search skips ahead quickly.

    A pattern that starts with ``\b`` (or a group) makes the regex engine try the whole pattern
    at every position of the text; a pattern whose branches each start with a plain character
    lets it jump straight to the next possible first letter.  So each branch starts with its
    first letter and then checks the word boundary before it: ``(?<!\w\w)`` (the character
    before the letter is not a word character) is the same test as ``\b`` for a word that
    starts with a letter or digit.  Use it as the whole pattern, or as the first thing in it.
    It pays off when the first letters are rare in running text (capitalized cue words, a few
    clause openers); for common lower-case first letters a leading ``\b`` is faster.
    """
    words = set(words)
    if not words or any(not re.match(r"\w", w) for w in words):
        return rf"\b(?:{_trie(words)}){suffix}"
    alts = []
    for ch in sorted({w[0] for w in words}):
        rest = _trie(w[1:] for w in words if w[0] == ch)
        alts.append(re.escape(ch) + r"(?<!\w\w)" + rest + suffix)
    return "|".join(alts)


_UP = S.UPPER  # (and the capitals of Azerbaijani, Vietnamese, Romanian)


def _cap_word(adjective_suffixes: Iterable[str] = ()) -> str:
    """A capitalized word, an initialism ("U.S.-Peru") or a number ("100,000"); the leading
    character class lets the regex engine skip lower-case text quickly.

    A hyphen joins words into one ("Timor-Leste", "Anti-corruption"), except before one of
    ``adjective_suffixes``: "Government of India-funded centres" and "a UN-led mission" name
    the Government of India and the UN, and the name ends at the hyphen.
    """
    # (before a capitalized word the compound is part of a name: "Nature-based Solutions Initiative")
    no = rf"(?!(?:{_alt(adjective_suffixes)})\b(?!\s+[{_UP}]))" if adjective_suffixes else ""
    return (
        rf"[{_UP}\d](?:(?<=[A-Z])\.(?:[A-Z]\.)+(?:[-–]{no}[\w'’]+)*"
        rf"|(?<=[{_UP}])[\w'’]*(?:&[A-Z][\w'’]*)?(?:[-–]{no}(?:(?:[A-Z]\.){{2,}}|[\w'’]+))*"  # ("Texas A&M", "AT&T")
        r"(?:(?<=No)\.(?=[ \t]\d))?"  # ("Agreement No. 35")
        r"|(?<=\d)\d{0,2}(?:,\d{3})+(?!\d)|(?<=\d)\d*(?:\.\d+)?(?:\+\d+)*(?:(?<=\d\d\d\d)[-–](?:19|20)?\d\d)?(?!\w|,\d))"  # ("2+2 Dialogue", "Strategy 2020–2025"; "Vision 2030, ...")
    )


def _fast_cap(adjective_suffixes: Iterable[str] = ()) -> str:
    """:func:`_cap_word` with a first character class the regex engine tests quickly.

    Its branches check the first character again (the look-behinds), so the class only has
    to let through every capital and digit; spelling ``\\d`` out as ranges (and letting any
    character beyond the BMP through) turns a per-character Unicode lookup into a bitmap test.
    """
    head = rf"[{_UP}\d]"
    cap = _cap_word(adjective_suffixes)
    assert cap.startswith(head)
    digits, run = [], []
    for c in range(0x80, 0x10000):
        if chr(c).isdecimal():
            if run and c == run[-1] + 1:
                run.append(c)
                continue
            if run:
                digits.append((run[0], run[-1]))
            run = [c]
    if run:
        digits.append((run[0], run[-1]))
    spelled = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in digits)
    return rf"[{_UP}0-9{spelled}\U00010000-\U0010ffff]" + cap[len(head):]


@lru_cache(maxsize=1)
def _ordinal() -> str:
    """An ordinal as the figures lexicon spells them ("eleventh", "thirty-seventh", "21st")."""
    from .figures import lexicon

    lex = lexicon()
    first_nine = [w for w, v in lex["ordinals"].items() if v < 10]
    return (rf"(?:(?:(?:{_alt(lex['tens'])})-)?(?:{_alt(first_nine)})|{_alt(lex['ordinals'])}|\d+(?:st|nd|rd|th))")


_PARTICLES = frozenset("de da del dos das di du van von der den bin bint binti ibn al el la le y".split())
_PATRONYMIC = frozenset("bin ibn bint binti".split())  # "Mohammed bin Salman": a name that says whose son


def _companies() -> list[dict[str, Any]]:
    """The companies of ``data/companies.csv``, as ``known_organizations`` entries."""
    from .datafiles import read_csv

    return [{"name": r["name"], "aliases": [a for a in (r.get("aliases") or "").split("|") if a],
             "acronyms": [a for a in (r.get("acronyms") or "").split("|") if a], "type": "organization"}
            for r in read_csv(config.DATA_DIR / "companies.csv")]


# (a city is none inside a longer name: a capitalized word right after it, or right before it
# other than a sentence's first; nor a person's name after a courtesy: "Mr. Kingston", "Dr. Lima";
# nor the name of a text or a process written in lower case after it: "the Minsk agreements")
_CITY_NAME_NEXT = _rc(r"[ \t]+(?!(?:And|The|On|In|For|Of)\b)[A-Z][a-z]")
_CITY_NAME_BEFORE = _rc(r"(?<![.!?:;\n])(?<![.!?:;\n][ \t])\b(?!(?:The|In|At|From|To|And|Between|Both|Of)\b)[A-Z][\w'’-]*[ \t]+$")


@lru_cache(maxsize=1)
def _lex() -> SimpleNamespace:
    """Compiled patterns and lookups, built once from the codebook and the country list."""
    book = patterns.book("entities")
    cb = codebook()
    L = SimpleNamespace()
    known: dict[str, tuple[str, str]] = {}
    known_acronyms: set[str] = set()
    for org in cb["known_organizations"]:
        for f in [org["name"], *org.get("aliases", []), *org.get("acronyms", [])]:
            known[f] = (org["name"], org["type"])
        known_acronyms.update(org.get("acronyms", []))
    # (a company's name is no longer one's start: "Tata" of "Tata Motors", "Hyundai" of "Hyundai Rotem")
    company_forms = set()
    for org in _companies():
        for f in [org["name"], *org["aliases"], *org["acronyms"]]:
            if f not in known:
                known[f] = (org["name"], org["type"])
                company_forms.add(f)
        known_acronyms.update(org["acronyms"])
    L.company_forms = frozenset(company_forms)
    # (a party's body, firm or programme is known by name where no cue word shows it to be one,
    # even where it opens a sentence: "Proparco will provide ...", "Statistics Canada"; one with a
    # cue word is found as any other, within a longer name too: "the Saudi Public Investment Fund")
    for part, kind in (("bodies_of_parties", "organization"), ("state_firms", "organization"),
                       ("programmes_of_parties", "initiative")):
        for name in cb.get(part) or {}:
            # (and one whose name holds a comma, which a run of capitalized words stops at:
            # "the Foreign, Commonwealth and Development Office")
            if "," in name or "/" in name or not any(w in cb["cues"] for w in name.split()):  # (or a slash: "POW/MIA")
                known.setdefault(name, (name, kind))
    L.known = known
    # (a body's short name of one word, "Sida", "Norad", "Gavi": as a company's, no name where a
    # capitalized word runs on from it, "Sida Diallo")
    L.word_aliases = frozenset(f for org in cb["known_organizations"] for f in org.get("aliases", [])
                               if " " not in f and not f.isupper())
    # (each known name's forms, by its canonical one: "Afreximbank" is the African Export-Import Bank)
    forms_of: dict[str, list[str]] = {}
    for form, (name, _) in known.items():
        forms_of.setdefault(name, []).append(form)
    L.forms_of = forms_of
    L.known_acronyms = frozenset(known_acronyms)
    L.known_people = _known_people()
    L.known_re = book.compile(rf"(?:{_trie(known)})(?!\w|-(?![{_UP}]))")  # (also "EU-Korea"; not "EU-funded")

    country_form: dict[str, str] = {}
    adjective: dict[str, str] = {}
    for c in S.countries():
        for f in [c["name"], *c["aliases"]]:
            if f not in known:
                country_form[f] = c["name"]
        for a in c["adjectives"]:
            adjective[a] = c["name"]
    L.country_form = country_form
    L.adjective = adjective
    L.all_country_forms = {**{f: c["name"] for c in S.countries() for f in [c["name"], *c["aliases"]]}}
    L.country_re = book.compile(rf"(?:{_trie(country_form)})(?![\w$])(?![ \t]+City\b)")  # not "US$", nor "Mexico City"
    L.country_before_re = book.compile(
        rf"(?:^|[^\w.])({_trie(list(L.all_country_forms) + list(adjective))})(?:['’]s|(?<=s)['’])?(?:[ \t]+|[ \t]*\n[ \t]*)\Z"  # (not past a blank line; "the Philippines' Secretary")
    )
    # a state's long form before its name, "the Socialist Republic of" Viet Nam; not where a
    # country's own name begins ("the Democratic Republic of the Congo" is not the Congo)
    L.formal_prefix = rf"(?:(?!(?:{_trie(L.all_country_forms)})(?!\w))(?:[{_UP}][\w'’-]*\s+){{1,3}}of\s+(?:the\s+)?)?"
    L.title_tail_country_re = book.compile(
        rf"(?:[^,;.()\n]|,\s+(?=[A-Z])(?!H\.\s?E\.|Mr|Ms|Mrs|Dr|His|Her|[Tt]he\s+Hon)){{0,90}}?\bof\s+(?:the\s+)?{L.formal_prefix}"
        rf"({_trie(L.all_country_forms)})(?!\w)(?=\s*(?:[,;.)]|$|\s+and\s+(?:H\.E\.|the\s+[A-Z])))")
    # "Prime Minister Mette Frederiksen said Denmark would ...": whom a speaker speaks for
    # (the reporting verbs are the commitments codebook's own)
    from .commitments import codebook as commitments_codebook

    reporting = _trie(commitments_codebook()["reporting_verbs"])
    L.said_country_re = book.compile(
        rf"\s+(?:{reporting})\s+(?:that\s+)?(?:the\s+)?"
        rf"({_trie(L.all_country_forms)})(?!\w)(?=\s+[\"“]?(?:would|will|is|was|has|had|stands|remains|intends|plans|must|could|can|shall|wants|wished|hopes)\b)")
    L.of_country_re = book.compile(rf"\s+(?:of|from)\s+(?:the\s+)?{L.formal_prefix}"
                                   rf"({_trie(L.all_country_forms)})(?!\w)")

    L.role_in_full = dict(cb["role_abbreviations"])
    roles = list(cb["roles"]) + list(L.role_in_full)
    # the titles that hold a body's name ("High Representative of the Union for Foreign Affairs
    # and Security Policy"), by the word each ends on: the name in one is the office, no body
    L.long_roles = {}
    for r in cb["roles"]:
        if " of the " in r:
            L.long_roles.setdefault(r.split()[-1], []).append(r)
    # "External Affairs Minister", "Defense Secretary": a portfolio before the title
    roles += [f"{p} {t}" for p in cb["portfolios"] if not p.startswith("the ") for t in ("Minister", "Secretary")]
    # (a portfolio of the list, else a run of its words: "Minister for Resources", "Minister of
    # Mines and Energy")
    words = _trie(cb["portfolio_words"])
    listed = f"(?:{_trie(cb['portfolios'])})"
    # (no "and" inside a run of words: the list after it takes "and", so that a title that does
    # not end well is given up quickly rather than tried every way its "and"s could split)
    # (atomic, as the repeats after it are possessive: a portfolio once read is not read again
    # another way, so that a long list that does not end well fails in one pass)
    portfolio = rf"(?>{listed}|{words}(?:\s+{words}){{0,3}})(?![\w-])"
    # (then more of them: a list that ends on "and" and one more, each of their words, "of
    # Culture, Gender, Entertainment and Sport"; else those of the list, not the start of a list
    # that goes on in other words: "of Foreign Affairs, Regional Cooperation and Burkinabè Abroad")
    more = (rf"(?:(?:,\s*{portfolio})*+,?\s+(?:and|&)\s+{portfolio}(?![\w-])(?!\s+[A-Z])"
            rf"|(?:(?:,\s*|\s+and\s+|\s*&\s*){listed})*+(?!\w))")
    # "Minister of State for Commerce and Industry": a portfolio (or several) after the title
    # "Executive Vice Foreign Minister", "First Deputy Prime Minister", "Executive Vice-President":
    # a rank before the title is part of it (two ministers are not both "Foreign Minister")
    # (read backwards from each title found: a pattern that may open on them cannot skip ahead)
    # a rank before a title, and a deputy's: "Executive Vice-", "First Deputy", "Acting"
    rank = rf"(?:(?:{_alt(cb['role_ranks'])})\s+(?:(?:{_alt(cb['role_deputies'])})[\s-]+)?|(?:{_alt(cb['role_deputies'])})[\s-]+)"
    L.rank_before_re = book.compile(rf"\b{rank}$")
    L.rank_re = book.compile(rank)
    role_alt = rf"(?:{_trie(roles)})(?:\s+(?:of|for)\s+{portfolio}{more})?"
    L.role_alt = role_alt
    # "Commerce and Industry Minister", "Business and Trade Secretary": the portfolios before a
    # portfolio's title, read backwards from it as a rank is
    L.portfolios_before_re = book.compile(rf"(?<![\w-])(?:{words})(?:[ \t]+{words}){{0,2}}(?:,[ \t]*(?:{words})(?:[ \t]+{words}){{0,2}})*"
                                        rf"[ \t]+(?:and|&)[ \t]+$")
    L.portfolio_first_re = book.compile(rf"(?:{words})\b")
    # (less "Government", of "Head of Government": "the Government of Peru" is a body, no title)
    L.role_words = frozenset(w for r in roles for w in r.split()) - {"Government"}
    # (the word a title ends on, before its portfolio: "Minister", "Secretary", "Representative";
    # "Security" of "National Security Adviser" names no one)
    L.role_heads = frozenset(re.split(r"\s+(?:of|for)\s+", r)[0].split()[-1] for r in roles) - {"Government"}
    L.leader_roles = frozenset(cb["leader_roles"])
    L.offices = {c["name"]: frozenset(c["offices"]) for c in S.countries()}
    L.surnames_also_words = frozenset(cb.get("surnames_also_words") or ())
    L.national_offices = dict(cb.get("national_offices") or {})
    L.titles_before_to = frozenset(cb.get("titles_before_to") or ())
    L.two_letter_initials = frozenset(cb.get("two_letter_initials") or ())
    L.reporting_roles = frozenset(cb["reporting_roles"])
    L.courtesy_titles = frozenset(cb["courtesy_titles"])
    L.people_words = frozenset(cb["people_nouns"])
    L.person_re = book.compile(rf"(?P<role>{role_alt})(?P<pl>s)?(?![\w-])")
    # "the President of the United States of America Barack Obama", "the President of Peru, X"
    # (also the long form: "President of the Republic of Ghana", "King of the Kingdom of ...")
    # ("Prime Minister and Minister of Foreign Affairs of the State of Qatar": the country of both)
    L.role_country_re = book.compile(
        rf"(?:\s+and\s+{role_alt})?"
        rf"\s+of\s+(?:the\s+)?{L.formal_prefix}({_trie(L.all_country_forms)})(?!\w)\s*,?"
    )
    # "The Foreign Ministers of Germany, France and Poland, Annalena Baerbock, ...": a plural
    # title of a list of countries, then as many names
    countries_alt = _trie(L.all_country_forms)
    # (each by its long name too, "the Republic of Kazakhstan, the Kyrgyz Republic ...", and the
    # names after "namely")
    formal = L.formal_prefix
    L.role_countries_re = book.compile(
        rf"\s+of\s+(?:the\s+)?{formal}(?:{countries_alt})(?:\s*,\s*(?:the\s+)?{formal}(?:{countries_alt}))*,?\s+(?:and|&)\s+"
        rf"(?:the\s+)?{formal}(?:{countries_alt})(?!\w)\s*,\s*(?:namely\s+|i\.e\.,?\s+)?"
    )
    # "the Secretary-General of the United Nations, António Guterres": a body, then a comma
    L.party_bodies = dict(cb["party_bodies"])
    # whose a body, a state's firm or a party's programme is, by its name (the first two also
    # act for the party in commitments)
    L.bodies_of_parties = {**L.party_bodies, **(cb.get("bodies_of_parties") or {})}
    L.whose_by_name = {**L.bodies_of_parties, **(cb.get("state_firms") or {}), **(cb.get("programmes_of_parties") or {})}
    L.whose_prefix_re = book.compile(rf"({_trie(L.whose_by_name)}) ")  # (a longer name that opens on one of them)
    L.territories = frozenset(cb.get("territories") or ())
    # (a leader's title with the body a party leads by: "President of the European Council")
    L.leader_roles |= frozenset(f"{r} of the {b}" for r in cb["leader_roles"] for b in L.party_bodies)
    L.role_party_re = book.compile(rf"\s+of\s+(?:the\s+)?({_trie(L.party_bodies)})(?![\w-])")
    # (a word of a name or a body may end on a dot only as an initial or a short form, "R.",
    # "Jr.": "China. Wang Yi, Minister ...", "the State Council. Kaja Kallas, ..." end a sentence)
    tok = rf"[{_UP}](?:[\w'’.-]*[\w'’-]|[\w'’-]{{0,2}}\.)?"
    # a second office after the country's, before the name: "the Prime Minister of the Cook
    # Islands and Chair of the Pacific Islands Forum (PIF), Mark Brown"
    L.second_office_re = book.compile(
        rf"\s*and\s+(?:the\s+)?{role_alt}\s+of\s+(?:the\s+)?{tok}(?:\s+(?:(?:of|the|and|for|on)\s+)*{tok}){{0,7}}"
        rf"(?:\s*\([A-Z][\w&.-]{{1,12}}\))?\s*,"
    )
    L.role_body_re = book.compile(
        rf"\s+of\s+(?:the\s+)?{tok}(?:\s+(?:(?:of|the|and|for|on)\s+)*{tok}){{0,7}}(?:\s*\([A-Z][\w&-]{{1,12}}\))?\s*,"
    )  # (and the body's acronym: "the Executive Director of the International Energy Agency (IEA), Dr Fatih Birol")
    # "the Chairperson of the African Union Commission Moussa Faki Mahamat": without a comma the
    # body ends on its head word (an organization's cue), and the name follows (the first such
    # word: "President of the European Council António Costa and President of the ...")
    bodies = [w for w, t in cb["cues"].items() if t == "organization" and w[:1].isupper()]
    L.role_body_head_re = book.compile(
        rf"\s+of\s+(?:the\s+)?(?:{tok}\s+(?:(?:of|the|for|and)\s+){{0,2}}){{0,6}}?(?:{_alt(bodies)})\s+"
        rf"(?!(?:{_alt(bodies)})\b)(?=[{_UP}][a-z])"
    )
    L.honorifics = _alt(cb["honorifics"])
    # "the Minister for the Armed Forces, Leo Docherty,", "the Cabinet Secretary for Investments,
    # Trade and Industry, Rebecca Miano,": a portfolio of any words, then the name after a comma
    # (a title that already holds its portfolio, "Minister for Development", may go on: "and Africa")
    L.portfolio_re = book.compile(
        rf"(?:\s+(?:of\s+State\s+)?(?:for|of)\s+(?:the\s+)?[{_UP}][\w'’-]*)?"
        rf"(?:(?:\s+(?:(?:and|of|the|for|on|&)\s+)*|,\s+)[{_UP}][\w'’-]*){{0,8}}"
    )
    # (an envoy's post: "the Argentine Ambassador to Chile, Jorge Raúl Faurie Ochoa")
    L.post_re = book.compile(rf"\s*(?<!\w)to\s+(?:the\s+)?[{_UP}][\w'’-]*(?:\s+(?:(?:of|the|and)\s+)*[{_UP}][\w'’-]*){{0,4}}")
    L.portfolio_words = frozenset(cb["portfolio_words"])
    words = _alt(cb["portfolio_words"])
    L.portfolio_words_re = book.compile(
        rf"\s+(?:of|for)\s+(?:the\s+)?(?:{words})(?:(?:\s+(?:and|&|of|the|for)\s+|\s+)(?:{words}))*(?=\s+[{_UP}]|\s+of\s+(?:the\s+)?[{_UP}])"
    )
    # the rest of a portfolio after a title written after the name: "Leila Benali, Minister of
    # Energy" + " Transition and Sustainable Development," (up to the comma that ends it)
    L.portfolio_rest_re = book.compile(rf"(?:\s+(?:(?:and|&)\s+)?(?:{words}))+(?=\s*[,;.)]|\s*$)")
    # the rest of a list of portfolios after a body's first one: ", Trade and Industry"
    L.portfolio_list_re = book.compile(rf"(?:,\s+(?:(?:and|&)\s+)?(?:{words})(?:\s+(?:(?:and|&)\s+)?(?:{words}))*)+\b")
    # (the words are found first, the country before them then: a scan led by a country trie is slow)
    L.delegation_re = book.compile(
        r" (?:delegation|side|team)\s+(?:was|were|is)\s+(?:led|headed|composed|made\s+up|represented)\b"
        r"| (?:delegation|team)\s+(?:included|includes|comprised|comprises|consisted\s+of)\b"
        r"| was\s+represented\s+by\b"
    )
    L.international_roles = frozenset(r.lower() for r in cb["international_roles"])
    L.delegation_end_re = book.compile(
        r"(?:[,;]\s*|\s+)(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?(?P<w>[\w.-]+)\s+(?:delegation|side|team)\b"
        # ("Haiti was represented by A, and Montserrat by B": the verb left out)
        r"|,?\s+and\s+(?:the\s+)?(?P<gapped>[A-Z][\w'’.-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})\s+by\b"
        r"|\b(?:met|meets|meeting|held\s+talks|talks\s+with|received|receives|hosted|welcomed|called\s+on)\b"
    )
    L.delegation_who_re = book.compile(rf"(?<![\w.])({_trie(list(L.all_country_forms) + list(adjective))})\Z")
    L.honorific_re = book.compile(rf"\s*(?:{L.honorifics})(?=\s)")
    # an honorific and a given name before a title word: "H.E. Omar Sultan Al Olama", where
    # "Sultan" is a name, no title; and a city after an honorific is a person's name ("Dr. Lima")
    L.honorific_given_name_re = book.compile(rf"(?<![\w.])(?:{L.honorifics})[ \t]+[A-Z][a-z]+[ \t]+$")
    L.honorific_before_re = book.compile(rf"(?<![\w.])(?:{L.honorifics})[ \t]+$")
    L.courtesy_name_re = book.compile(rf"(?<![\w.])(?:{_alt(cb['courtesies_before_names'])})[ \t]+(?=[{_UP}])")
    # (the same courtesies, as many as open a name, with "Dr" and "Prof." that may follow them: "H.E. Dr Hilda Heine")
    L.courtesy_lead_re = book.compile(rf"(?:(?:{_alt([*cb['courtesies_before_names'], 'Dr', 'Prof.', 'Prof'])})[ \t]+)+(?=[{_UP}])")
    # a name, then a comma, right before a title (the title's own match starts where this ends)
    # (honorifics may pile up, "H.E. Mr."; a name may wrap to the next line, not past a blank one)
    sp = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    courtesy = _alt(cb["courtesy_titles"])
    # (letters after a name are no part of it: "the Rt Hon Keir Starmer MP, Prime Minister of ...")
    post = _alt(cb.get("post_nominals") or ["MP"])
    # ("Andrew Holness, ON, PC, MP, Prime Minister of Jamaica": post-nominals after commas too)
    L.appositive_gap_re = book.compile(rf"(?:,?[ \t]+(?:{post})(?!\w))*,\s+(?:the\s+)?")
    L.post_nominal_re = book.compile(rf"(?:[ \t]+(?:{post})(?![\w]))*")
    particles = "|".join(sorted(_PARTICLES - {"y"}))  # ("Ortega y Gasset" is too rare to risk "A y B")
    L.name_before_re = book.compile(rf"(?<![\w.])(?:(?:{L.honorifics}|{courtesy}){sp})*(?P<name>{tok}(?:{sp}(?:(?:{particles}){sp}){{0,2}}(?!(?:{post}),){tok}){{1,6}})(?:,?[ \t]+(?:{post})(?!\w))*,\s+(?:the\s+)?"
                                 # (a seat in a party's body before the office: "Wang Yi, Member of the Political Bureau
                                 # of the CPC Central Committee and Minister of Foreign Affairs")
                                 rf"(?:(?:a\s+)?Member\s+of\s+the\s+[A-Z][\w'’ -]{{3,90}}?\s+and\s+(?:the\s+)?)?$")
    # an honorific inside what reads as a name opens the name ("4. Commends H.E. João Lourenço",
    # "Global Affairs Canada" / "The Honourable Anita Anand" on the next line)
    L.honorific_inside_re = book.compile(rf"(?:^|(?<=\s))(?:(?:{L.honorifics})\s+)+")
    # a name a text appoints to a title: "the appointment of María Ángela Holguín as Personal Envoy"
    L.name_as_re = book.compile(
        rf"\b(?:appointment|appointing|election|re-election|nomination|designation|selection)\s+of\s+"
        rf"(?:(?:{L.honorifics}|{courtesy}){sp})*(?P<name>{tok}(?:{sp}(?:(?:{particles}){sp}){{0,2}}{tok}){{1,6}})"
        rf"\s+as\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?$")
    L.name_token = book.compile(r"(\s+(?:and|&)\s+|\s*,\s*(?:and\s+)?|\s+)?([^\W\d_][\w'’.-]*)")

    L.capacity_units = frozenset(cb["capacity_units"])
    L.not_feature_names = frozenset(cb["not_feature_names"])
    L.list_named_heads = frozenset(cb["list_named_heads"])
    L.cues = dict(cb["cues"])
    L.head_only = frozenset(cb.get("head_only_cues") or ())
    L.plain_laws = frozenset(cb.get("plain_laws") or ())
    L.meeting_code_re = book.compile(rf"({_alt(cb.get('meeting_codes') or ['COP'])})(?!{patterns.AMOUNT_NEXT}) ?(\d{{1,2}})(?!\w|\.\d)")
    L.named_for = frozenset(cb.get("named_for_words") or ())
    L.named_for_last = frozenset(cb.get("named_for_last_words") or ())
    L.concept_acronyms = frozenset(cb.get("concept_acronyms") or ())
    L.currency_after_re = book.compile(rf"\s+(?i:{_alt(cb.get('currency_words') or ['dollars'])})\b")
    L.trailing_cues = dict(cb["trailing_cues"])
    L.trailing_re = book.compile(rf"\s+({_alt(L.trailing_cues)})\b")
    L.cue_re = book.compile(_word_trie(L.cues, r"\b"))
    connectors = cb["connectors"]
    L.connectors = frozenset(connectors)
    L.unsplit = frozenset(tuple(pair) for pair in cb.get("unsplit_pairs") or ())
    # two or more capitalized words; or one followed by a lower-case cue ("Megaports initiative")
    cap = _fast_cap(cb["adjective_suffixes"])
    L.adjective_tail_re = book.compile(rf"[-–](?:{_alt(cb['adjective_suffixes'])})\b")
    L.adjective_word_re = book.compile(rf"\s+(?:{_alt(cb['adjective_after'])})\s+\S+\Z")
    # ("d'" glued to a capitalized word continues a name: "Côte d'Ivoire Joint Commission")
    # ("to" between capitalized words of an initiative's name: "the Road to Makkah Initiative",
    # "the Desert to Power initiative"; not "from Nairobi to Mombasa")
    plans = _alt(sorted({w for w, kind in L.cues.items() if kind == "initiative"} | {w.lower() for w, kind in L.cues.items() if kind == "initiative"}))
    to_name = rf"\s+to(?=\s+{cap}(?:\s+{cap}){{0,2}}\s+(?:{plans})\b)"
    # (and "Relating to" in an instrument's title: "the Protocol Relating to the Establishment of the
    # Peace and Security Council", "the Convention Relating to the Status of Refugees")
    relating = r"(?<=Relating)\s+to(?:\s+the)?"
    L.chunk_re = book.compile(rf"{cap}(?:(?:\s+(?:(?:{_alt(connectors)})\s+)*|{to_name}\s+|{relating}\s+)(?:[dl]['’](?=[{_UP}]))?{cap})+")
    # (the lower-case cue is looked for first: it is rarer than capitalized words)
    L.trailing_word_re = book.compile(rf"\s(?:{_trie(L.trailing_cues)})\b")
    L.single_before_re = book.compile(rf"[{_UP}][\w'’-]*\s+$")
    L.token_re = book.compile(rf"((?:[dl]['’](?=[{_UP}]))?{cap})|(\S+)")
    L.not_start = frozenset(cb["not_name_start"])
    L.clause_openers = frozenset(w.lower() for w in cb["clause_openers"])
    L.short_words = frozenset(w.lower() for w in cb.get("short_words") or ())
    L.act_nouns = frozenset(cb.get("act_nouns") or ())
    L.event_openers = frozenset(cb.get("event_openers") or ())
    # "Exercise Balikatan 2025", "Operation Aspides": a name that opens on its kind, wherever it stands
    # (not a title: "Operation Commander Vice Admiral ...", "the Exercise Director")
    titles = _alt(cb["event_titles"])
    L.event_name_re = book.compile(rf"(?<![\w-])(?:{_alt(L.event_openers)})(?![ \t]+(?:{titles})\b)(?:[ \t]+{cap})+")
    L.lone_adjectives = frozenset(cb.get("lone_adjectives") or ())
    L.one_word_titles = frozenset(cb.get("one_word_titles") or ())
    L.months = frozenset(cb["months"])
    L.never_place = (
        frozenset(cb["months"]) | frozenset(cb["weekdays"]) | frozenset(cb["languages"])
        | L.not_start | frozenset(adjective) | frozenset(L.all_country_forms) | frozenset(known)
        | frozenset(L.cues) | L.role_words | L.concept_acronyms  # ("in AI and quantum": a field, no place)
        | D.hijri_month_words()  # ("in Rabi al-Thani 1446H", "in Shawwal": a month)
    )
    L.ordinal_before = book.compile(rf"(?<![\w-])({_ordinal()})\s+$", re.I)

    regions = {r[4:] if r.startswith("the ") else r for r in cb["regions"]}
    L.region_re = book.compile(rf"(?:{_trie(regions)})(?![\w-])")
    L.regions = frozenset(regions)
    L.region_qualifiers = frozenset(cb.get("region_qualifiers") or ())
    L.region_qualifier_endings = tuple(cb.get("region_qualifier_endings") or ())
    L.region_words = frozenset(w for r in regions for w in r.split() if w[:1].isupper())
    # more words of a portfolio the title ended on: "Minister for Trade" + " Negotiations"
    L.portfolio_more_re = book.compile(rf"(?:\s+(?:(?:and|&)\s+)?(?:{_alt(cb['portfolio_words'])}))+(?=\s+[{_UP}])")
    # an envoy's place: "Special Representative for the Horn of Africa Mike Hammer"
    L.place_portfolio_re = book.compile(
        rf"\s+for\s+(?:the\s+)?(?:{_trie(list(regions) + list(L.all_country_forms))})(?![\w-])(?=\s+[{_UP}])"
    )
    L.article_places = tuple(cb.get("article_places") or ())
    L.post_nominals = frozenset(cb.get("post_nominals") or ())
    L.cities = S.places()
    # (each branch on its capital first, so that a search skips to the next one)
    L.city_re = book.compile(rf"(?:{_word_trie(L.cities)})(?![\w'’-])")
    L.city_thing_re = book.compile(rf"[ \t]+(?:{patterns.phrases(cb.get('named_after_city') or ['agreements'])})\b")
    L.place_context_re = book.compile(rf"\b(?:{_trie(cb['place_context'])})\b")
    # (up to four words, with "de"/"do"/"del" between and initials: "Ho Chi Minh City",
    # "Rio de Janeiro", "Bogotá D.C.")
    # ("St. John's", "Ste. Marie", "Mt. Kenya": an abbreviated first word keeps its stop)
    place_word = rf"(?:[{_UP}]\.(?:[{_UP}]\.)+|(?:St|Ste|Mt|Ft)\.(?=\s+[{_UP}])|[{_UP}][\w'’-]*)"
    place_name = rf"{place_word}(?:\s+(?:(?:de|da|do|del|di|du|la|el)\s+)?{place_word}){{0,3}}"
    L.place_after_re = book.compile(rf"(?:in|at)\s+({place_name})")  # word start checked in code
    # "in Bali, Indonesia": the comma and the country first (fast), then the place before them
    # (the country closes the place's phrase: not "Horizon Europe, the EU research programme")
    L.comma_country_re = book.compile(
        rf",\s+(?:the\s+)?(?:{_trie(L.all_country_forms)})(?!\w)"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|at|from|to|during|and|where|when|last|this|next|for)\b)"
    )
    L.place_before_re = book.compile(rf"\b(?:in|at|to|from|near|visited|visit)\s+({place_name})$")
    # "a framework agreement between both institutions": the head first, then its modifiers
    L.described_re = book.compile(  # word start checked in code
        rf"({_trie(cb['described_agreements'])})\s+(between|with)\s+"
        # (not past "and the progress ...": a second object of the verb, not a third party)
        # (nor past what it is worth: "... between the two central banks from RMB 50 billion to ...")
        r"((?:the\s+)?[^,;.]{2,120}?)(?=\s*[,;.]|\s+(?:to|that|which|in order|for|on|in|by|from|worth|valued|amounting|totalling|totaling)\b"
        r"|\s+and\s+(?:the|its|their|a|an)\s+[a-z]|\s*$)"
    )
    L.described_mod_re = book.compile(
        r"\b(?:a|an|the)\s+((?:(?!(?:a|an|the|new|such|other|any|this|that|each|its|their)\b)[a-z][a-z-]+\s+){1,2})$"
    )
    L.acronym_after = book.compile(r"\s*\(\s*(?:the\s+)?([A-Za-z][\w&’'.-]{1,15}\+?)\s*\)")  # (and "MAV+", "EFSD+")
    L.country_paren_re = book.compile(rf"\s*\(\s*(?:the\s+)?({_trie(list(L.all_country_forms))})\s*\)")
    from .figures import currency_codes

    L.currency_codes = frozenset(c for c in currency_codes() if c.isalpha() and c.isupper())
    L.quoted_re = book.compile(r"\"(?=\S)([^\"\n]{1,100}?)(?<=\S)\"(?!\w)")
    L.both_institutions = book.compile(
        r"^(?:both|the two|these two|the)\s+(institutions|organizations|organisations|agencies|entities|bodies|institutes|ministries)$", re.I
    )
    L.both_countries = book.compile(r"^(?:both|the two|our two|these two)\s+(countries|nations|governments|sides|parties|states)$", re.I)
    book.save()
    return L


@lru_cache(maxsize=1)
def _said_lexicon() -> tuple[re.Pattern, dict[str, str]]:
    """Word forms that tell what is said of a name, with their lemma."""
    book = patterns.book("entities-said")
    from . import commitments

    lemma_of: dict[str, str] = {}
    calls = frozenset(commitments.codebook().get("call_verbs") or ())
    for form, (lemma, cls) in commitments.verb_forms().items():
        if " " not in form:
            lemma_of[form] = lemma
        elif lemma in calls and cls in ("past", "ing"):  # (not "a phone call", "calls")
            # (a call on others by its own verb, with its particle: "The EU called on Morocco to
            # ratify ..." says the EU called, not that it ratified; "called the meeting to order" none)
            lemma_of.setdefault(form, lemma.split()[0])
    for lemma, forms in codebook()["said"].items():
        for f in forms:
            lemma_of[f] = lemma
    pat = book.compile(rf"\b(?:{_trie(lemma_of)})\b")
    book.save()
    return pat, lemma_of


# --------------------------------------------------------------------------------------------
# Finding mentions
# --------------------------------------------------------------------------------------------


class _Spans:
    """Occupied character ranges, kept per sentence (no name crosses a sentence boundary)."""

    def __init__(self):
        self.by_sentence: dict[int, list[tuple[int, int]]] = {}

    def add(self, start: int, end: int, sent: int) -> None:
        self.by_sentence.setdefault(sent, []).append((start, end))

    def overlaps(self, start: int, end: int, sent: int) -> bool:
        for s, e in self.by_sentence.get(sent, ()):
            if s < end and e > start:
                return True
        return False

    def inside(self, start: int, end: int, sent: int) -> bool:
        for s, e in self.by_sentence.get(sent, ()):
            if s <= start and end <= e:
                return True
        return False


class _Taken:
    """Every mention found so far, seen per sentence (``add`` keeps the lists current)."""

    def __init__(self, by_sentence: dict[int, list[dict]]):
        self.by_sentence = by_sentence

    def overlaps(self, start: int, end: int, sent: int) -> bool:
        for f in self.by_sentence.get(sent, ()):
            if f["start"] < end and f["end"] > start:
                return True
        return False


def _free_left(text: str, start: int, extra: str = "") -> bool:
    """True when a match starts a word (the patterns leave this check out to stay fast)."""
    if start == 0:
        return True
    c = text[start - 1]
    return not (c.isalnum() or c == "_" or c in extra)


def _strip_possessive(tok: str) -> tuple[str, bool]:
    """``("Peru", True)`` for "Peru's" (or "Peru’s", "Members'"); ``(tok, False)`` otherwise."""
    last = tok[-1:]
    if last == "s":
        if len(tok) > 2 and tok[-2] in "'’":
            return tok[:-2], True
    elif last in ("'", "’") and len(tok) > 1:
        return tok[:-1], True
    return tok, False


_HYPHEN_PARTICLE = _rc(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|ould|ben)-[A-Z]")
_AND_GAP = _rc(r"\s+and\s+")
_GROUP_AFTER = _rc(r"\s*,\s+and\s+")
_GROUP_BEFORE = _rc(r",\s+and\s+$")
_REGNAL = _rc(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)")
# An initial: "K." and, transliterated, "Sh.", "Zh.", "Kh." ("Sh. Mirziyoyev"), before a name
# (the codebook's two_letter_initials: not "Xi." or "Li." ending a sentence)
_INITIAL = _rc(r"[A-Z][a-z]?\.")
_INITIALS = _rc(r"(?:[A-Z][a-z]?\.){2,3}")  # (a given name's and a patronymic's: "K.K. Tokayev", "Sh.M. Mirziyoyev")
_CAPITAL_NEXT = _rc(r"[ \t]+[A-Z]")
_CAPITAL_BEFORE = _rc(r"\b[A-Z][\w'’-]*[ \t]+$")  # (a word, not a sentence's end: "Airlines. Google")


_WORD_NEXT = _rc(r"[ \t]+([A-Z][\w'’-]*)")


def _surname_next(text: str, end: int, L) -> bool:
    """Whether a capitalized word on the same line after a letter that could be a regnal number
    makes it an initial ("Aksel V. Johannesen"), not a sentence's next word ("King Mohammed V.
    During the visit ...", "... V. Spain will ...")."""
    from .statement import _SENTENCE_STARTERS

    m = _WORD_NEXT.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    return not (w.lower() in _SENTENCE_STARTERS or w in L.not_start or w in L.all_country_forms or w in L.known
                or w in L.adjective or w.lower() in L.clause_openers)


def _capital_next(text: str, end: int) -> bool:
    return _CAPITAL_NEXT.match(text, end) is not None


def _caps_surname(core: str, tokens: list, text: str, end: int, limit: int, L) -> bool:
    """A surname in capitals beside a given name, as Japanese texts write them ("Prime Minister
    KISHIDA Fumio", "Minister for Foreign Affairs Yoko KAMIKAWA"); an acronym stands alone."""
    if len(core) < 3 or not core.isalpha():
        return False
    nxt = L.name_token.match(text, end, limit)
    if tokens:  # after one given name, ending the name ("Yoko KAMIKAWA attended", not "Ishiba ODA Charter")
        sep_before = text[tokens[-1][2]:end - len(core)]
        return len(tokens) == 1 and tokens[0][0][1:].islower() and tokens[0][0][0].isupper() and "\n" not in sep_before \
            and core.title() not in L.all_country_forms and core not in L.known \
            and (nxt is None or not (nxt.group(1) or "").isspace() or not nxt.group(2)[:1].isupper())
    if nxt is None or not (nxt.group(1) or "").isspace() or "\n" in nxt.group(1):
        return False
    tok = nxt.group(2).rstrip(".,")
    return len(tok) > 1 and tok[0].isupper() and tok[1:].islower() and tok not in L.role_words \
        and tok not in L.cues and tok not in L.all_country_forms and tok not in L.months


def _country_in_name(core: str, tokens: list, sep: str, text: str, end: int, limit: int, L) -> bool:
    """Whether a country's name after a title is part of a person's name: a surname after a given
    name on the same line ("Luís Montenegro"), or a given name before a surname that ends the
    name ("Israel Katz", "Jordan Bardella"). A country after a whole name ("Keir Starmer UK") or
    before a title word or another country is the country."""
    if not (core[:1].isupper() and core[1:].islower()) or "\n" in sep:
        return False
    if tokens:
        last = tokens[-1][0]
        if not (last[:1].isupper() and (last[1:].islower() or _INITIAL.fullmatch(last))) or len(tokens) > 2:
            return False
        nxt = L.name_token.match(text, end, limit)
        return nxt is None or not (nxt.group(1) or "").isspace() or not nxt.group(2)[:1].isupper()
    nxt = L.name_token.match(text, end, limit)
    gap = (nxt.group(1) or "") if nxt is not None else ""
    if not gap or gap.strip(" \t"):
        return False  # (the next word on the same line, no comma between)
    word, _ = _strip_possessive(nxt.group(2).rstrip(".,"))
    if not (word[:1].isupper() and word[1:].islower()) or word in L.all_country_forms or word in L.known \
            or word in L.cues or word in L.role_words or word in L.not_start or word in L.adjective or word in L.months:
        return False
    after = L.name_token.match(text, nxt.end(), limit)
    return after is None or not (after.group(1) or "").isspace() or not after.group(2)[:1].isupper()


_NAME_TO_LIMIT = _rc(r"(?:[ \t]+(?:[A-Z][\w'’-]*|al|el|bin|bint|ibn))+[ \t]*,?[ \t]*")


def _ordinal_word(word: str) -> bool:
    """Whether a word is an ordinal in words ("Eleventh", "Twenty-first"), as the figures
    lexicon spells them."""
    from .figures import lexicon

    last = word.lower().rsplit("-", 1)[-1]
    return last in lexicon()["ordinals"]


def _opens_capital(word: str) -> bool:
    """Whether a word opens on a capital, after the ʻokina a Polynesian name may open on
    ("ʻUtoikamanu", "ʻAisake")."""
    return word[:1].isupper() or (word[:1] in "ʻ‘" and word[1:2].isupper())


def _parse_names(text: str, pos: int, limit: int, plural: bool, L) -> list[tuple[str, int, int]]:
    """Names after a title: ``[(name, start, end)]``; several only after a plural title."""
    names: list[tuple[str, int, int]] = []
    tokens: list[tuple[str, int, int]] = []

    def close():
        if tokens:
            names.append((" ".join(t for t, _, _ in tokens), tokens[0][1], tokens[-1][2]))
            tokens.clear()

    hon = L.honorific_re.match(text, pos)
    while hon is not None and hon.end() < limit:  # ("..., Mr Nasser Bourita and ...")
        pos = hon.end()
        hon = L.honorific_re.match(text, pos)

    while pos < limit and sum(1 for t, _, _ in tokens if t not in _PARTICLES and t not in ("Al", "El")) < 5:
        jr = _JUNIOR.match(text, pos, limit) if tokens else None
        if jr is not None:  # "Joseph R. Biden, Jr.", "Ferdinand Marcos Jr.": part of the name
            tokens.append((jr.group(1) + ".", jr.start(1), jr.end()))
            pos = jr.end()
            continue
        m = L.name_token.match(text, pos, limit)
        if not m:
            break
        sep, tok = m.group(1) or "", m.group(2)
        if "," in sep or "and" in sep or "&" in sep:
            if not plural or not tokens:
                break
            close()
            hon = L.honorific_re.match(text, m.start(2) - 1)
            while hon is not None and hon.end() < limit:  # "..., Mr Nasser Bourita and Mr Jean-Noël Barrot"
                pos = hon.end()
                hon = L.honorific_re.match(text, pos)
            if pos > m.start(2):
                nxt = L.name_token.match(text, pos, limit)
                if nxt is None or not (nxt.group(1) or "").isspace():
                    break
                m, tok = nxt, nxt.group(2)
        elif not sep and tokens:
            break
        if tokens and _REGNAL.fullmatch(tok.rstrip(".,")) and tokens[-1][0][0].isupper() \
                and not (len(tok) == 2 and tok.endswith(".") and _surname_next(text, m.end(), L)):
            core = tok.rstrip(".,")  # "King Mohammed VI", "King Abdullah II"
            tokens.append((core, m.start(2), m.start(2) + len(core)))
            pos = m.start(2) + len(core)
            break
        if not _opens_capital(tok) and not _HYPHEN_PARTICLE.match(tok):
            # "Charles de Gaulle", and a name that opens on its particles: "President von der Leyen"
            # (a particle joined to the name is the name: "Abdel Fattah al-Sisi", "President al-Sisi")
            if tok in _PARTICLES and (tokens or sep.isspace()):
                nxt = L.name_token.match(text, m.end(), limit)
                while nxt and nxt.group(1) and nxt.group(1).isspace() and nxt.group(2) in _PARTICLES:
                    nxt = L.name_token.match(text, nxt.end(), limit)
                if nxt and nxt.group(1) and nxt.group(1).isspace() and nxt.group(2)[0].isupper():
                    tokens.append((tok, m.start(2), m.end(2)))
                    pos = m.end()
                    continue
            break
        core, poss = _strip_possessive(tok)
        initial = bool(_INITIAL.fullmatch(core)) and (len(core) == 2 or core[:2] in L.two_letter_initials and _capital_next(text, m.end())) \
            or bool(_INITIALS.fullmatch(core)) and _capital_next(text, m.end()) \
            and all(len(p) == 1 or p in L.two_letter_initials for p in core[:-1].split("."))
        dot_end = False
        if core.endswith(".") and not initial:
            core = core.rstrip(".")
            dot_end = True
        if core in ("Jr", "Sr"):
            break
        if tokens and core in L.role_words and not poss and (_surname_here(text, m.end(), limit, L)
                                                              or _NAME_TO_LIMIT.fullmatch(text, m.end(), limit)):
            pass  # "Minister Madeleine King met ...": a title word after a given name is a surname (or a
            # name's middle, where the name runs on to its end: "H.E. Omar Sultan Al Olama, Minister of State")
        elif not tokens and core in L.role_words and _PERSONAL_HONORIFIC.search(text, max(0, m.start(2) - 6), m.start(2)):
            pass  # "Dr. Sultan Ahmed Al Jaber": after "Dr." a title word is a given name
        elif not tokens and core in L.surnames_also_words and _surname_word(text, m.end(), limit, L):
            pass  # "General Secretary To Lam": a surname that is also a small word, a name after it
        elif core in L.all_country_forms and _country_in_name(core, tokens, sep, text, m.end(), limit, L):
            pass  # "Prime Minister Luís Montenegro", "the Minister of Defence of Israel, Israel Katz"
        elif (
            not core
            or core in L.not_start or core in L.months or core in L.all_country_forms
            or core in L.adjective or core in L.known or core in L.cues or core in L.role_words
            or (core.isupper() and len(core) > 1 and not initial and not _caps_surname(core, tokens, text, m.end(), limit, L))
            # ("... for Migration Agreements Joachim Stamp", "Minister for Trade Negotiations Jane Roe")
            or (core.endswith("s") and (core[:-1] in L.cues or (not tokens and core in L.portfolio_words)))
            # ("Minister for Defence Personnel the Hon Justin Tkatchenko": the portfolio goes on)
            or (not tokens and core in L.portfolio_words and text[max(0, pos - 20):m.start(2)].split()[-1:] != []
                and text[max(0, pos - 20):m.start(2)].split()[-1] in L.portfolio_words)
        ):
            break
        start = m.start(2)
        tokens.append((core, start, start + len(core)))
        pos = m.end()
        if poss or dot_end:
            break
    close()
    return names


_SUFFIX = _rc(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")
_JUNIOR = _rc(r",?[ \t]+(Jr|Sr)\b\.?")
#: "Jr." and "Sr." end a name without telling one person from another
_GENERATIONAL = frozenset({"Jr.", "Sr."})


def _with_generation(text: str, name: str, end: int) -> str:
    """``name`` with the "Jr." or "Sr." written after it at ``end``, where a post-nominal
    ("MP", "Jr.") was read past."""
    jr = _JUNIOR.match(text, end)
    return f"{name} {jr.group(1)}." if jr and not name.endswith(tuple(_GENERATIONAL)) else name


_NEXT_NAME_WORD = _rc(r" ([A-Z][a-z\u00e0-\u024f]+)\b(?!['’-])(?=[\s,.;:)]|$)(?!\s+[A-Z])")


def _name_word(word: str) -> str:
    """A word of a person's name as its tokens keep it: a surname in capitals in title case
    ("IWAYA" is "Iwaya"), so that both spellings are one person."""
    return word.capitalize() if word.isupper() and word.isalpha() and len(word) > 2 else word


def plain_word(word: str) -> str:
    """A name word without its accents, so that a name spelt in its own alphabet and in plain
    Latin letters ("İlham Əliyev", "Ilham Aliyev"; "Erdoğan", "Erdogan") is one person."""
    return letters.plain(word)


def token_forms(token: str) -> tuple[str, ...]:
    """The spellings a statement may give one word of a person's name: as kept, and in capitals
    ("Kishida", "KISHIDA")."""
    return (token, token.upper()) if token.isalpha() and len(token) > 2 and not token.isupper() else (token,)


_AMOUNT_NEXT = _rc(r"\s?\d")
_NEXT_WORD = _rc(r"[ \t]+([A-Z][\w'’-]*)")
_NEXT_LOWER = _rc(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)\b")


def _named_after_person(text: str, end: int, L) -> bool:
    """Whether a person's name ending at ``end`` goes on into the name of a place or a body
    named for them: a cue word or a word of places right after it ("King Abdullah Economic
    City", "King Salman Park", "the Nelson Mandela Foundation")."""
    m = _NEXT_WORD.match(text, end)
    if m is not None and (m.group(1) in L.cues or m.group(1) in L.named_for):
        return True
    # (or the kind of place in lower case: "the Bangunan Sultan Iskandar customs complex", "the
    # King Fahd causeway")
    m = _NEXT_LOWER.match(text, end)
    return m is not None and m.group(1).capitalize() in L.named_for


_NAME_RUN = _rc(r"(?:[ \t]+(?:[A-Z][\w'’-]*|bin|bint|ibn|al|el|de|da|del)){1,4}")
# an aircraft's or a vessel's model inside a run of capitals: "P-8A Poseidon", "F-16", "C-130J"
_MODEL_IN_NAME = _rc(r"\s[A-Z]{1,3}-\d{1,3}[A-Z]?\b")
# the words of a project's stage, and the code after them: "Phase 2B", "Stage III", "Line 1"
_STAGE_WORDS = frozenset(("Phase", "Stage", "Line", "Unit", "Block", "Tranche", "Package", "Lot", "Section"))
_STAGE_CODE = _rc(r"[ \t]+(\d{1,2}[A-Z]?|[IVX]{1,4}|[A-Z])(?![\w-])")
# a list item's label: "- **Project Finance:** ...", "• Clean Energy: ..."
_ITEM_LABEL_AFTER = _rc(r"[*_]{0,2}:|:[*_]{0,2}")
_LOWER_THEN_LABEL = _rc(r"(?:[ \t]+[a-z][\w-]*){1,2}(?:[*_]{0,2}:|:[*_]{0,2})")  # ("- **Migration agreement:**")
_ITEM_LABEL_BEFORE = _rc(r"(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?[*_]{0,2}$")


def _runs_into_body(text: str, end: int, L) -> bool:
    """Whether one word of a person's name, ending at ``end``, opens a longer name that ends on a
    body's or a place's word: "Hamad Bin Khalifa University" is no mention of Tamim bin Hamad."""
    m = _NAME_RUN.match(text, end)
    return m is not None and any(L.cues.get(w) in ("organization", "initiative") or w in L.named_for for w in m.group().split()[1:])


_AND_NAME_TO_CUE = _rc(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}([A-Z][\w'’-]*)")


def _body_named_for(text: str, name: str, end: int, L) -> bool:
    """Whether a name of three words or more after a title goes on, past "and", into a body's
    name: "King Salman Humanitarian Aid and Relief Centre" is the centre named for the king
    (not "President Ruto and Kenya Airways")."""
    if len(name.split()) < 3:
        return False
    m = _AND_NAME_TO_CUE.match(text, end)
    return m is not None and L.cues.get(m.group(1)) in ("organization", "initiative")


_WORD_BEFORE_NAME = _rc(r"([A-Z][\w.'’-]*)[ \t]+$")


def _is_honorific(word: str, L) -> bool:
    """Whether a word is a courtesy or honorific ("Dr", "Mr.", "Hon."): the pattern wants the
    space that follows one."""
    m = L.honorific_re.match(word + " ")
    return m is not None and m.end() == len(word)


def _inside_other_name(text: str, start: int, owners: set, persons: list[dict], L) -> bool:
    """Whether one word of a known person's name, at ``start``, is part of another name: it
    follows a capitalized word that is no title, no courtesy, no word that opens a sentence,
    no country and no other word of the same person's name ("Ho Chi Minh City")."""
    m = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if word.endswith(("'s", "’s")) or word in L.role_words or word in L.not_start or word in L.all_country_forms \
            or word in L.adjective or _is_honorific(word, L):
        return False
    if word.endswith(".") and len(word) > 3 and word[-2].islower():
        return False  # "... Prime Minister Narendra Modi. Costa welcomed ...": the sentence before ends there
    return not any(word.rstrip(".") in p["tokens"] for p in persons if p["key"] in owners)


def _surname_word(text: str, pos: int, limit: int, L) -> bool:
    """Whether one given name, and only one, follows ``pos`` ("To" + "Lam", then no capital):
    not "Ambassador To Japan", "Special Envoy To Sudan Tom Perriello", "Adviser To President"."""
    m = _NEXT_NAME_WORD.match(text, pos, limit)
    if m is None:
        return False
    title = text[max(0, pos - 40):pos].split()
    if len(title) >= 2 and title[-2].rstrip(",") in L.titles_before_to:
        return False  # "The Special Adviser To Kishida": an adviser to someone
    w = m.group(1)
    return not (w in L.not_start or w in L.role_words or w in L.known or w in L.months or w in L.all_country_forms
                or L.country_re.match(text, m.start(1)))


_OPEN_BRACKET = _rc(r"[ \t]*\((?:the[ \t]+)?")
_PERSONAL_HONORIFIC = _rc(r"\b(?:Dr|Mr|Mrs|Ms|Mme)\.?[ \t]+$")
_NEXT_OF = _rc(r"\s*[;,]\s*(?:and\s+)?(?=of\s)")
_NEXT_IN_LIST = _rc(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _past_honorifics(text: str, pos: int, L) -> int:
    """Where a name begins after the honorifics at ``pos`` ("H.E. Mr. ")."""
    while (hon := L.honorific_re.match(text, pos)) is not None:
        pos = hon.end()
    return pos


def _name_at(text: str, pos: int, L) -> tuple[str, int, int] | None:
    """The name that begins at ``pos``, past its honorifics (``(name, start, end)``), or None
    where none begins there."""
    q = _past_honorifics(text, pos, L)
    names = _parse_names(text, q, min(len(text), q + 80), False, L)
    return names[0] if names and names[0][1] - q <= 2 else None


def _names_of_countries(text: str, first: tuple[str, int, int], L) -> list[tuple[str, int, int, str]]:
    """``[(name, start, end, country)]`` for a plural title's list of names each with its
    country ("Foreign Ministers A of Sweden, B of Finland and C of Latvia"), from its first
    name on; empty unless at least two names each have one."""
    out = []
    name, ns, ne = first
    while True:
        of = L.of_country_re.match(text, ne)
        if of is not None:
            who, after = L.all_country_forms[of.group(1)], of.end()
        else:  # "Lars Løkke Rasmussen (Denmark), Elina Valtonen (Finland)"
            bracket = _OPEN_BRACKET.match(text, ne)
            c = L.country_re.match(text, bracket.end()) if bracket else None
            if c is None or not text.startswith(")", c.end()):
                break
            who, after = L.all_country_forms[c.group()], c.end() + 1
        out.append((name, ns, ne, who))
        sep = _NEXT_IN_LIST.match(text, after)
        if sep is None:
            break
        nxt = _name_at(text, sep.end(), L)
        if nxt is None:
            break
        name, ns, ne = nxt
    return out if len(out) >= 2 else []


_PORTFOLIO_JOINS = frozenset({"of", "for", "the", "and", "&", ","})
_RANK_OPEN = _rc(r"[ \t]+(?:(?:Vice|Deputy|First|Acting)[- ])?")


_COMMA_NEXT = _rc(r"(?=,)")


def _portfolio_name(text: str, pos: int, L) -> tuple[str, str, int, int, str | None] | None:
    """``(portfolio, name, start, end, country)`` for a title whose portfolio is followed by the name
    after a comma ("for Investments, Trade and Industry, Rebecca Miano, and ..."): the first
    comma after which a name of two words or more stands, itself ended by a comma, "and" or
    the end of the sentence; else the name right after the words of a portfolio (and the
    state it is of, where the title says it before the name); None when there is none."""
    ended_on = text[max(0, pos - 30):pos].split()[-1:]  # (the title's last word)
    m = L.post_re.match(text, pos) if ended_on and ended_on[0] in L.titles_before_to else None
    # (an envoy's brief is a portfolio too: "the Special Representative for the Sahel, João
    # Cravinho"; or the name follows the title at once: "the Special Representative, John Smith,")
    m = m or L.portfolio_re.match(text, pos) or _COMMA_NEXT.match(text, pos)
    cut = pos - 1
    while m is not None:
        cut = text.find(",", cut + 1, m.end() + 1)
        if cut < 0:
            break
        q = cut + 1
        while True:  # "H.E. Mr."
            hon = L.honorific_re.match(text, q)
            if not hon:
                break
            q = hon.end()
        rank = _RANK_OPEN.match(text, q)
        title = L.person_re.match(text, rank.end()) if rank else None
        if title is not None and all(w.strip(",") in L.portfolio_words or w in _PORTFOLIO_JOINS for w in text[pos:cut].split()):
            q = title.end()  # ("..., Trade and Services, Vice-President Geraldo Alckmin"; not "... Investment Nguyen Chi Dung, Minister of ...")
        found = _parse_names(text, q, min(len(text), q + 80), False, L)
        if found and found[0][1] - q <= 2 and len(found[0][0].split()) >= 2 \
                and not any(w in L.portfolio_words for w in found[0][0].split()):  # ("..., African Cooperation and ...")
            name, ns, ne = found[0]
            end = L.post_nominal_re.match(text, ne).end()  # ("Keir Starmer MP, and ...")
            name = _with_generation(text, name, ne)
            if re.match(r"\s*(?:,|\.(?:\s|$)|;|\s+and\s|$)", text[end:end + 6]):
                portfolio = " ".join(text[pos:cut].split())
                return ("" if portfolio.startswith(",") else " ") + portfolio, name, ns, ne, None
        if cut >= m.end():
            break
    # "Secretary of Security and Citizen Protection Rosa Icela Rodríguez": as far as the words
    # of a portfolio go, then the name (after a rank: "Secretary of the Navy Admiral José ..."),
    # or an envoy's place ("Special Envoy for Iran Abram Paley")
    w = L.portfolio_words_re.match(text, pos) or L.place_portfolio_re.match(text, pos)
    if w is None and ended_on and ended_on[0] in L.portfolio_words:
        w = L.portfolio_more_re.match(text, pos)
    if w is None:
        return None
    q = w.end()
    of = L.of_country_re.match(text, q)
    country = None
    if of is not None and _CAPITAL_NEXT.match(text, of.end()):
        # ("Secretary of the Department of ... of the Republic of the Philippines Henry Aguda")
        q, country = of.end(), L.all_country_forms.get(of.group(1))
    while True:
        hon = L.honorific_re.match(text, q)
        if not hon:
            break
        q = hon.end()
    found = _parse_names(text, q, min(len(text), q + 80), False, L)
    if found and found[0][1] - q <= 2 and len(found[0][0].split()) >= 2:
        name, ns, ne = found[0]
        return " " + " ".join(text[pos:w.end()].split()), name, ns, ne, country
    return None


def _surname_here(text: str, pos: int, limit: int, L) -> bool:
    """Whether a title word just read ends a name rather than starting a title: no
    capitalized word, "of" or "for" follows it ("Madeleine King met", not "King Charles")."""
    nxt = L.name_token.match(text, pos, limit)
    if nxt is None:
        return True
    sep, tok = nxt.group(1) or "", nxt.group(2)
    if sep and not sep.isspace():
        return True  # a comma or "and" after it
    if tok in L.post_nominals:
        return True  # "the Hon Madeleine King MP"
    return not tok[0].isupper() and tok not in ("of", "for", "to")


# "for" and a bare number closing a run of capitals: "for 15" of "Indian Oil Corporation for 15
# years" (not "Beca 18", "Agenda 2063")
_NUMBER_TAIL = _rc(r"\s+for\s+(?!(?:19|20)\d\d$)\d[\d,.]*$")  # (not a year: "Agenda for 2030")
# ... a span of time after it ("for 15 years"; not "the Committee of 24 on decolonization")
_LOWER_NEXT = _rc(r"\s+(?:more\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\b"
                         # (or an amount: "Indian Oil Corporation for 1.2 million tonnes")
                         r"|\s*(?:thousand|million|billion|trillion|tonnes?|tons?|barrels?|per\s*cent|percent|%)"
                         # (or people counted: "the Youth Maritime Forum for 60 young leaders")
                         r"|\s+(?:[a-z]+\s+){0,2}(?:leaders|students|participants|people|officials|experts|scholars|fellows|journalists"
                         r"|entrepreneurs|diplomats|officers|women|youth|delegates|representatives|teachers|doctors|nurses)\b")
_ON_SUBJECT = _rc(r" on [A-Z]")
# the body that ends a person's title: "..., Governor of the Central Bank of Sri Lanka"
_TITLE_BODY = _rc(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+){0,2}[A-Z][\w'’-]*){0,7})\s*$")
# a line that opens on a name and a comma: "Kaja Kallas, High Representative ..."
_LINE_NAME = _rc(rf"[ \t]*(?:[-*•][ \t]+)?(?P<name>[{_UP}][\w'’.-]+(?:[ \t]+[{_UP}][\w'’.-]+){{1,4}}),[ \t]+")
_AFTER_ACRONYM = _rc(r"\([A-Z][A-Za-z0-9&.-]{1,10}\)[ \t]+$")
_OF_MONEY = _rc(r"\s+of\s+(?:[A-Z]{1,3}\$|([A-Z]{3})\s?\d)")


_OF_PORTFOLIO = _rc(r"\s+(?:of|for)\s+")


def _title_mentions(text: str, persons: list[dict], person_spans: "_Spans", found: list[dict], sentence_of) -> None:
    """A title alone ("the Crown Prince", "the Prime Minister") is a mention of the one person
    the statement names with it; where two hold it ("the Prime Minister" of a text naming two)
    it is no one's. Not before "of" or a name, where the title is part of a longer mention."""
    holders: dict[str, list[dict]] = {}
    for p in persons:
        if p["role"]:
            holders.setdefault(p["role"], []).append(p)
    one_word = _lex().one_word_titles
    single = {role: ps[0] for role, ps in holders.items() if len(ps) == 1 and (" " in role or role in one_word)}
    # (and the head of a title "of" or "for" something, where one person holds it: "the
    # Secretary" of a text that names "Secretary of State Antony J. Blinken" and no other)
    heads: dict[str, dict] = {}
    for role, ps in holders.items():
        head = _OF_PORTFOLIO.split(role, 1)[0]
        if head != role:
            for p in ps:
                heads.setdefault(head, {})[id(p)] = p
    for head, ps in heads.items():
        if len(ps) == 1 and head not in holders and head not in single:
            single[head] = next(iter(ps.values()))
    if not single:
        return
    pattern = re.compile(r"\b[Tt]he\s+(" + "|".join(re.escape(r).replace("\\ ", r"\s+") for r in sorted(single, key=len, reverse=True))
                         + r")(?![\w-])(?!\s+(?:of|and|&)\b)(?!\s+(?:for|to)\s+(?:the\s+)?[A-Z])(?!\s+[A-Z])(?!,\s+(?:the\s+)?[A-Z])")
    for m in pattern.finditer(text):
        sent = sentence_of(m.start(1), m.end(1))
        if sent is None or person_spans.overlaps(m.start(1), m.end(1), sent):
            continue
        p = single.get(" ".join(m.group(1).split()))
        if p is not None:
            person_spans.add(m.start(1), m.end(1), sent)
            found.append({"key": p["key"], "type": "person", "start": m.start(1), "end": m.end(1), "sentence": sent})


_CAPS_WORD = _rc(r"\b[A-Z]{2,}[A-Z-]*\b")
_NAME_WORDS_BEFORE = _rc(r"(?<![.:;!?]\s)\b([A-Z][a-z][\w-]*)(?:\s+[A-Z][a-z][\w-]*)?[ \t]+$")


def _inside_longer_name(text: str, at: int, L) -> bool:
    """Whether plain capitalized words run into a known name from before ("Fossil Fuel" before
    "Non-Proliferation Treaty"): a longer name that ends on it, not the known one (not after a
    country, a known name, a title or a sentence's first word)."""
    from .statement import _SENTENCE_STARTERS

    m = _NAME_WORDS_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    w = m.group(1)
    before = text[max(0, m.start() - 2):m.start()]
    return not (w in L.not_start or w in L.all_country_forms or w in L.adjective or w in L.known or w in L.role_words
                or w.lower() in _SENTENCE_STARTERS or m.start() == 0 or before.endswith("\n") or w.endswith(("'s", "’s")))


def _find(st: S.Statement) -> SimpleNamespace:
    """All mentions: one pass per pattern over the whole text, then small per-sentence checks."""
    L = _lex()
    text = st.text
    sentence_of = st.sentence_index

    found: list[dict] = []  # mention records: key, type, start, end, sentence
    entities: dict[Any, dict] = {}  # key -> {name, type, role, acronym, country}
    by_sentence: dict[int, list[dict]] = {}

    def add(key, name, typ, start, end, sent, **info):
        if name in L.currency_codes and typ in ("place", "organization", "initiative"):
            return  # ("estimated at TRY 3.5 billion": a currency's code, no name)
        ent = entities.get(key)
        if ent is None:
            ent = {"name": name, "type": typ, "role": None, "acronym": None, "country": None}
            entities[key] = ent
        for k, v in info.items():
            if v is not None and ent.get(k) is None:
                ent[k] = v
        f = {"key": key, "type": ent["type"], "start": start, "end": end, "sentence": sent}
        found.append(f)
        by_sentence.setdefault(sent, []).append(f)

    # -- people ----------------------------------------------------------------------------
    persons: list[dict] = []  # {key, tokens, name, role, country}
    person_spans = _Spans()

    def person_for(name: str, role: str | None):
        role = L.role_in_full.get(role, role)  # ("Sen. Ana Santos": a Senator)
        lead = L.courtesy_lead_re.match(name)
        if lead is not None and lead.end() < len(name):
            name = name[lead.end():]  # ("H.E. Dr Hilda Heine" is Hilda Heine, whom a "Dr" elsewhere is not)
        # (a surname in capitals is the same word: "IWAYA Takeshi" is "Foreign Minister Iwaya")
        toks = {_name_word(w) for w in name.split()} - _PARTICLES - _GENERATIONAL
        plain = {plain_word(t) for t in toks}
        lineage = bool(_PATRONYMIC & set(name.split()))
        best = None
        for p in reversed(persons):
            if lineage and p["name"] != name and _PATRONYMIC & set(p["name"].split()) \
                    and not (p["name"].startswith(name + " ") or name.startswith(p["name"] + " ")):
                # two full names by lineage: "Salman bin Abdulaziz Al Saud" is not "Mohammed bin
                # Salman ..." (but "Mohammed bin Salman" is "Mohammed bin Salman bin Abdulaziz Al Saud")
                continue
            if toks <= p["tokens"] or p["tokens"] <= toks:
                best = p
                break
            if plain <= p["plain"] or p["plain"] <= plain:
                # (the same name in another alphabet: its words are mentions of this person too)
                best = p
                p["also"] = p.get("also", frozenset()) | toks | p["tokens"]
                break
        if best is None:
            best = {"key": ("person", len(persons)), "tokens": toks, "plain": plain, "name": name, "role": role, "country": None}
            persons.append(best)
        else:
            if len(toks) > len(best["tokens"]) or (toks == best["tokens"] and (
                    name.split()[-1] in _GENERATIONAL or (_CAPS_WORD.search(best["name"]) and not _CAPS_WORD.search(name)))):
                # (the name as prose writes it: "Lee Jae-myung" over "LEE Jae-myung", a list's surname in capitals)
                best["tokens"], best["plain"], best["name"] = toks, plain, name
            if role and (
                not best["role"]
                or (role in L.leader_roles and best["role"] not in L.leader_roles)
                or (best["role"] in L.courtesy_titles and role not in L.courtesy_titles)
                # ("H.E. Ambassador Amma Twum-Amoah, Permanent Representative of Ghana": the office
                # the rank holds)
                or (best["role"] == "Ambassador" and role != "Ambassador")
            ):
                # "His Highness Sheikh Mohamed bin Zayed, President of the UAE" leads as President;
                # "Sheikh Abdullah bin Zayed, Minister of Foreign Affairs" speaks as minister
                best["role"] = role
        return best

    for leader in st.leaders:
        if isinstance(leader, str) and leader.strip():
            person_for(leader.strip(), None)

    person_hits: list[tuple[int, int, str, str | None, str | None]] = []  # start, end, name, role, country
    double_until = -1  # the end of a double title's country: "Crown Prince and Prime Minister of ..."
    for m in L.person_re.finditer(text):
        ms, mrole = m.start(), m.group("role")
        if ms < double_until:
            continue  # (its second title: the name is the first's)
        if ms and text[ms - 1] in " -":
            rank = L.rank_before_re.search(text, max(0, ms - 30), ms)
            if rank:  # "Executive Vice Foreign Minister", "Executive Vice-President"
                ms, mrole = rank.start(), text[rank.start():ms] + mrole
            elif L.portfolio_first_re.match(mrole) and (more := L.portfolios_before_re.search(text, max(0, ms - 60), ms)):
                ms, mrole = more.start(), text[more.start():ms] + mrole  # "Commerce and Industry Minister"
        if not _free_left(text, ms, "-"):
            continue
        if (_PERSONAL_HONORIFIC.search(text, max(0, ms - 6), ms) or L.honorific_given_name_re.search(text, max(0, ms - 40), ms)) \
                and " " not in mrole:
            continue  # "H.E. Dr. Sultan Ahmed Al Jaber": after "Dr." a title word is a given name (and in "H.E. Omar Sultan Al Olama")
        sent = sentence_of(ms, m.end())
        if sent is None:
            continue
        pos = m.end()
        country = None
        via_body = False  # a body between title and name ("Chairperson of the AU Commission X")
        of = L.role_country_re.match(text, pos)
        role_of = ""
        listed = L.role_countries_re.match(text, pos) if m.group("pl") else None
        if listed:
            countries = [L.all_country_forms[c.group()] for c in L.country_re.finditer(text, listed.start(), listed.end())]
            names = _parse_names(text, listed.end(), min(len(text), listed.end() + 200), True, L)
            if len(names) == len(countries) >= 2:
                for (name, ns, ne), who in zip(names, countries):
                    person_hits.append((ns, ne, name, _norm_role(mrole), who))
                continue
        if of:
            country = L.all_country_forms[of.group(1)]
            pos = of.end()
            if of.group().lstrip().startswith("and"):
                double_until = pos
            second = L.second_office_re.match(text, pos)
            if second is not None and not (of.group().rstrip().endswith(",") and L.name_before_re.search(text, max(0, ms - 90), ms)):
                pos = second.end()  # (past the second office, to the name; not another's after a name's title)
        else:
            party = L.role_party_re.match(text, pos)
            if party:  # "President of the European Commission": the European Union
                country = L.party_bodies[party.group(1)]
                # (the title keeps its body: the President of the European Council is not the
                # President of the European Commission)
                role_of = " of the " + " ".join(party.group(1).split())
            # (the body to its head word when a name follows it before the comma: "President of the
            # European Council António Costa, President of ...")
            comma = L.role_body_re.match(text, pos, min(len(text), pos + 120))
            head = L.role_body_head_re.match(text, pos, min(len(text), pos + 120))
            body = head if head is not None and (comma is None or head.end() < comma.end()) else comma
            if body and "\n\n" not in body.group():
                pos = body.end()
                via_body = True
        if of and mrole.split()[-1] in L.titles_before_to:
            post = L.post_re.match(text, pos)
            if post and text.startswith(",", post.end()):
                # "The Ambassador of Chile to Argentina, José Antonio Viera-Gallo": the post, then the name
                role_of += " " + " ".join(post.group().split())
                pos = post.end() + 1
        while True:  # "H.E. Mr."
            hon = L.honorific_re.match(text, pos)
            if not hon:
                break
            pos = hon.end()
        names = _parse_names(text, pos, min(len(text), pos + 120), bool(m.group("pl")), L)
        # (a country is no one's name: "the President of the Socialist Republic of Viet Nam, the
        # President of ...", "the Prime Minister of New Zealand")
        names = [n for n in names if n[0] not in L.all_country_forms]
        if not names and m.group("pl") and text.startswith(", ", pos):
            # "the Foreign Ministers, IWAYA Takeshi and BUI Thanh Son": the names set off after the title
            names = [n for n in _parse_names(text, pos + 2, min(len(text), pos + 122), True, L)
                     if n[0] not in L.all_country_forms and " " in n[0]]
            if len(names) < 2:
                names = []
        if not m.group("pl") and (not names or "\n" in text[m.end():names[0][1]]):
            # a list of participants, one "Name, Title" a line ("Terhi Hakala, EU Special
            # Representative for Central Asia"): the line's own name, not the next line's
            line_start = text.rfind("\n", 0, ms) + 1
            eol = text.find("\n", ms)
            eol = len(text) if eol < 0 else eol
            lead = _LINE_NAME.match(text, line_start, ms) if 0 < ms - line_start < 60 and eol - line_start < 180 else None
            if lead is not None and len(text[lead.end():ms].split()) <= 2 and not text[:eol].rstrip().endswith((".", ";", ":", "!", "?")) \
                    and not L.person_re.match(text, lead.start("name")):
                tail = L.title_tail_country_re.match(text, m.end()) if country is None else None
                person_hits.append((lead.start("name"), lead.end("name"), " ".join(lead.group("name").split()),
                                    _norm_role(mrole) + role_of, country or (L.all_country_forms[tail.group(1)] if tail else None)))
                continue
        if via_body and len(names) == 1 and " " not in names[0][0]:
            names = []  # "Minister of Art, Culture and Creative Economy": the portfolio goes on, no name yet
        if names and (_named_after_person(text, names[-1][2], L) or names[-1][0].split()[-1] in L.named_for_last
                      or _body_named_for(text, names[-1][0], names[-1][2], L)):
            continue  # "King Abdullah Economic City", "King Abdullah University": a place or body named for them
        if m.group("pl") and len(names) == 1 and country is None:
            each = _names_of_countries(text, names[0], L)
            if each:  # "Foreign Ministers A of Sweden, B of Finland and C of Latvia"
                for name, ns, ne, who in each:
                    person_hits.append((ns, ne, name, _norm_role(mrole), who))
                continue
        if names and len(names) == 1 and "," in text[m.end():pos]:
            # "A, President of Ghana, H.E. B, President of Côte d'Ivoire": B has a title of
            # their own after the name, so the name of this title is the one before it
            # (unless the titles come first: "The Prime Minister of Canada, Justin Trudeau, the
            # President of the European Council, Charles Michel, ...", no name before this one)
            gap = L.appositive_gap_re.match(text, names[0][2])
            if gap is not None and L.person_re.match(text, gap.end()) and \
                    L.name_before_re.search(text, max(0, ms - 90), ms):
                names = []
        if names and not m.group("pl") and _AND_NEXT_TITLE.match(text, pos, names[0][1]) \
                and L.name_before_re.search(text, max(0, ms - 90), ms):
            # "Philip J. Pierre, Prime Minister of Saint Lucia, and the Secretary-General of CARICOM,
            # Dr. Carla Barnett": the title closes on the name before it; the next name has its own
            names = []
        named_before = False
        if not names:
            b = L.name_before_re.search(text, max(0, ms - 90), ms)
            if b is not None:  # (a person's name, not "In London, the Minister ...")
                nb = _parse_names(text, b.start("name"), b.end("name"), False, L)
                named_before = len(nb) == 1 and nb[0][2] == b.end("name") and " " in nb[0][0] and nb[0][0] not in L.all_country_forms
                titled = _title_at(text, b.start("name"), L)
                if named_before and titled is not None and titled < b.end("name"):
                    # (that name has its title before it: "Executive Vice-President Teresa Ribera,
                    # Commissioner for Trade Maroš Šefčovič": this title's name comes after it)
                    named_before = False
        if not names and not m.group("pl") and country is None and not named_before:
            # (not where a name stands right before the title: "Yoko Kamikawa, Minister for
            # Foreign Affairs, Minoru Kihara, Minister of Defense" names each before its title)
            after = _portfolio_name(text, m.end(), L)
            if after is not None:  # "the Minister for the Armed Forces, Leo Docherty, ..."
                portfolio, name, ns, ne, of_country = after
                before = L.country_before_re.search(text, max(0, ms - 50), ms)  # ("Canada's Minister of ...")
                who = (L.all_country_forms.get(before.group(1)) or L.adjective.get(before.group(1))) if before else of_country
                of = _OF_TAIL.search(portfolio)
                if of and of.group(1) in L.all_country_forms:
                    # ("the Minister of Investment, Trade and Industry of Malaysia, Zafrul Aziz")
                    who, portfolio = L.all_country_forms[of.group(1)], portfolio[:of.start()]
                if who is None:
                    after_name = L.of_country_re.match(text, ne)  # ("... Affairs Juraj Blanár of the Slovak Republic")
                    who = L.all_country_forms.get(after_name.group(1)) if after_name else None
                person_hits.append((ms, ne, name, _norm_role(mrole + portfolio), who))
                continue
        if not names and not m.group("pl"):
            # the name before the title: "H.E. Bola Ahmed Tinubu, President of Nigeria"
            b = L.name_before_re.search(text, max(0, ms - 90), ms) or _appointed(text, ms, L) or (
                L.name_before_re.search(text, max(0, ms - 160), ms) if text.startswith("and", ms - 4) else None)
            if b is not None:
                at = b.start("name")
                inside = L.honorific_inside_re.search(text, at, b.end("name"))
                if inside is not None:  # ("4. Commends H.E. João Lourenço, President of ...": the name after "H.E.")
                    at = inside.end()
                title = _title_at(text, at, L)  # ("President Abdel Fattah El-Sisi, President of ...")
                if title is not None and title < b.end("name") and not _PERSONAL_HONORIFIC.search(text, max(0, at - 6), at):
                    at = title
                    while text[at].isspace():
                        at += 1
                found_before = _parse_names(text, at, b.end("name"), False, L)
                if len(found_before) == 1 and found_before[0][2] == b.end("name") and " " in found_before[0][0] \
                        and found_before[0][0] not in L.all_country_forms:  # (not "... of Viet Nam, the President of ...")
                    name, ns, ne = found_before[0]
                    name = _with_generation(text, name, ne)  # ("Ferdinand R. Marcos Jr., President of ...")
                    if country is None:
                        # the country at the end of a long title: "..., Minister of Industry and
                        # Advanced Technology of the United Arab Emirates"
                        tail = L.title_tail_country_re.match(text, m.end())
                        country = L.all_country_forms[tail.group(1)] if tail else None
                    rest = L.portfolio_rest_re.match(text, m.end())
                    role = mrole + (" " + " ".join(rest.group().split()) if rest else "")
                    end = pos
                    second = _AND_NEXT_OFFICE.match(text, rest.end() if rest else m.end())
                    title2 = L.person_re.match(text, second.end()) if second else None
                    if title2 is not None and not _name_at(text, _past_spaces(text, title2.end()), L):
                        # a second office, the name's too: "Musalia Mudavadi, Prime Cabinet Secretary and
                        # Cabinet Secretary for Foreign and Diaspora Affairs" (not another's: "..., and
                        # Minister Penny Wong")
                        rest2 = L.portfolio_rest_re.match(text, title2.end())
                        end = max(pos, rest2.end() if rest2 else title2.end())
                        double_until = end
                    person_hits.append((ns, end, name, _norm_role(role), country))
            continue
        if not names:
            continue
        if country is None:
            tail = _SUFFIX.match(text, names[-1][2])  # "President Ferdinand Marcos Jr. of the Philippines"
            after = L.of_country_re.match(text, tail.end() if tail else names[-1][2])
            before = L.country_before_re.search(text, max(0, ms - 50), ms)
            if after:
                country = L.all_country_forms.get(after.group(1))
            elif before:
                w = before.group(1)
                country = L.all_country_forms.get(w) or L.adjective.get(w)
        role = _norm_role(mrole) + role_of
        for i, (name, ns, ne) in enumerate(names):
            start = ms if i == 0 and not via_body else ns  # (the body stays a name of its own)
            person_hits.append((start, ne, name, role, country if len(names) == 1 else None))
        if m.group("pl") and of is not None and len(names) == 1:
            # "The Presidents of the Argentine Republic, Javier Milei; of the Federative Republic of
            # Brazil, Luiz Inácio Lula da Silva; and of the Republic of Paraguay, Santiago Peña"
            end = names[0][2]
            while True:
                sep = _NEXT_OF.match(text, end)
                more = L.role_country_re.match(text, sep.end() - 1) if sep else None
                if more is None:
                    break
                nxt = _name_at(text, more.end(), L)
                if nxt is None:
                    break
                person_hits.append((nxt[1], nxt[2], nxt[0], role, L.all_country_forms[more.group(1)]))
                end = nxt[2]
    # a name after a courtesy alone: "the Honourable Terrance Drew", "Mr. John Smith" (no title,
    # so no role; two words at least)
    taken_spans = [(h[0], h[1]) for h in person_hits]
    for m in L.courtesy_name_re.finditer(text):
        if not _free_left(text, m.start(), "-"):
            continue
        got = _name_at(text, m.end(), L)
        if got is None or " " not in got[0]:
            continue
        name, ns, ne = got
        if any(a < ne and ns < b for a, b in taken_spans) or L.person_re.match(text, ns):
            continue  # (named with a title already, or a title follows: "H.E. President X")
        if sentence_of(ns, ne) is None:
            continue
        person_hits.append((ns, ne, _with_generation(text, name, ne), None, None))
    # the people a plural title in lower case sets off after it: "tasked their foreign ministers,
    # Anita Anand and Juan Ramón de la Fuente, to ..." (two names at least, each of two words or more)
    taken_spans = [(h[0], h[1]) for h in person_hits]
    for m in _PLURAL_OFFICE_THEN_NAMES.finditer(text):
        names, pos = [], m.end()
        while len(names) < 6:
            got = _name_at(text, pos, L)
            if got is None or " " not in got[0] or got[0] in L.all_country_forms or L.cue_re.search(got[0]):
                break
            names.append(got)
            pos = got[2]
            whose = _OF_BODY_AFTER.match(text, pos)  # ("Mauro Vieira of Itamaraty and ...": the body set after the name)
            if whose:
                pos = whose.end()
            sep = _NAMES_SEP.match(text, pos)
            if sep is None or (whose and sep.group().lstrip().startswith(",")):
                break  # (a comma after a body may go on in its name: "... Exteriores, Comercio Internacional y Culto")
            pos = sep.end()
        if len(names) < 2 or any(a < n[2] and n[1] < b for n in names for a, b in taken_spans) \
                or sentence_of(names[0][1], names[-1][2]) is None:
            continue
        role = " ".join(w.capitalize() if w not in ("of", "and") else w for w in m.group("role").split())[:-1]
        for name, ns, ne in names:
            person_hits.append((ns, ne, name, role.replace("Ministers", "Minister"), None))
    person_hits.sort()
    # "Secretary of Commerce Howard Lutnick and Secretary of the Treasury Scott Bessent of the
    # United States": the country after the second name is the first's too (ministers, of whom
    # a country has several; not "President Biden and Prime Minister Kishida of Japan")
    for i in range(len(person_hits) - 2, -1, -1):
        a, b = person_hits[i], person_hits[i + 1]
        of = L.of_country_re.match(text, b[1]) if a[4] is None and b[4] is not None else None
        if of is not None and _AND_GAP.fullmatch(text, a[1], b[0]) \
                and a[3] not in L.leader_roles and b[3] not in L.leader_roles \
                and L.all_country_forms.get(of.group(1)) == b[4] \
                and (_GROUP_AFTER.match(text, of.end()) or _GROUP_BEFORE.search(text, max(0, a[0] - 8), a[0])):
            # (one group of a sentence that groups them by country: "A and B of the United States,
            # and C and D of Mexico, met"; not "Foreign Minister Wong and Foreign Minister Wang Yi of China")
            person_hits[i] = (*a[:4], b[4])
    feature_before = S._feature_patterns()[0]
    for start, end, name, role, country in person_hits:
        sent = sentence_of(start, end)
        if sent is None:
            continue
        if feature_before.search(text, max(0, start - 24), start):
            continue  # ("the Port of Prince Rupert", "Lake Albert": a place named for one, no person)
        p = person_for(name, role)
        if country and not p["country"]:
            p["country"] = country
        if person_spans.overlaps(start, end, sent):
            continue  # the same mention read twice, by its courtesy title and by its office
        person_spans.add(start, end, sent)
        found.append({"key": p["key"], "type": "person", "start": start, "end": end, "sentence": sent})
    # bare names of people already known ("Obama", or a metadata leader written in full)
    if persons:
        token_owner: dict[str, set] = {}
        for p in persons:
            for t in p["tokens"] | p.get("also", frozenset()):
                # (not an initial: the "C." of "Gilberto C. Teodoro" is no mention in "Washington, D.C.")
                if len(t.rstrip(".")) >= 2 and t not in L.not_start and t not in L.all_country_forms and t not in L.cues:
                    for form in token_forms(t):  # ("Prime Minister KISHIDA")
                        token_owner.setdefault(form, set()).add(p["key"])
        full = {p["name"]: p["key"] for p in persons}
        alts = list(full) + [t for t, owners in token_owner.items() if len(owners) == 1]
        if alts:
            # (a plain alternation, longest first: for a handful of names it is as fast as a
            # trie and much cheaper to build for every statement)
            # (not a word an apostrophe goes on: "Xi'an" is no mention of Xi Jinping; "Xi's" is)
            bare_re = re.compile(rf"(?:{_alt(alts)})(?![\w-])(?!['’](?!s\b)[a-z])")
            for m in bare_re.finditer(text):
                if not _free_left(text, m.start(), "-"):
                    continue
                sent = sentence_of(m.start(), m.end())
                if sent is None or person_spans.overlaps(m.start(), m.end(), sent):
                    continue
                if m.group() not in full and _inside_other_name(text, m.start(), token_owner[m.group()], persons, L):
                    continue  # "Minh" of "Ho Chi Minh City" is not Pham Minh Chinh
                if _named_after_person(text, m.end(), L) or _runs_into_body(text, m.end(), L):
                    continue  # "the Mohammed VI Institute for the Training of Imams", "Hamad Bin Khalifa University": a body named for him
                key = full.get(m.group()) or next(iter(token_owner[m.group()]))
                person_spans.add(m.start(), m.end(), sent)
                found.append({"key": key, "type": "person", "start": m.start(), "end": m.end(), "sentence": sent})
    used_keys = {f["key"] for f in found}
    persons = [p for p in persons if p["key"] in used_keys]
    _assign_countries(st, persons, found, L)
    _title_mentions(text, persons, person_spans, found, sentence_of)
    for p in persons:
        entities[p["key"]] = {"name": p["name"], "type": "person", "role": p["role"], "acronym": None, "country": p["country"]}
    for f in found:
        by_sentence.setdefault(f["sentence"], []).append(f)

    # -- quoted titles ---------------------------------------------------------------------
    blocked = _Spans()  # persons and quoted titles: capitalized runs may not run into them
    for sent, spans in person_spans.by_sentence.items():
        blocked.by_sentence[sent] = list(spans)
    named: list[tuple[int, int, str, str, int]] = []  # start, end, name, type, sentence
    # the body a person's title names, which the person's span holds: "Nandalal Weerasinghe,
    # Governor of the Central Bank of Sri Lanka (CBSL)" names the Bank too (and its acronym, which
    # the text then uses alone: "The CBSL aims to ...")
    for f in found:
        if f["type"] == "person":
            b = _TITLE_BODY.search(text, f["start"], f["end"])
            who = entities[f["key"]]
            # (a body by the lexicon's cue words; not a country, "of the People's Republic of China";
            # not the words of a known title, "High Representative of the Union for ..."; not a title
            # before the name, "Secretary of the Treasury Scott Bessent")
            if b and b.group(1) not in L.all_country_forms and any(L.cues.get(w) == "organization" for w in b.group(1).split()) \
                    and b.group(1) not in (who.get("role") or "") and who["name"].split()[-1] not in b.group(1):
                named.append((b.start(1), b.end(1), b.group(1), "organization", f["sentence"]))
    for m in L.quoted_re.finditer(text):
        if m.start() and not (text[m.start() - 1].isspace() or text[m.start() - 1] in "([/"):
            continue
        stripped = m.group(1).rstrip(" ,.;:!?")
        if not stripped:
            continue
        s0 = m.start(1)
        e0 = s0 + len(stripped)
        sent = sentence_of(s0, e0)
        if sent is None or not _title_like(stripped, L):
            continue
        if stripped in L.known or stripped in L.all_country_forms:
            continue
        if _THEME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            blocked.add(m.start(), m.end(), sent)
            continue  # "under the theme "Solidarity, Equality, Sustainability"": a motto, no initiative
        typ = _type_of(stripped.split(), L)
        if typ is None:
            t = L.trailing_re.match(text, m.end())
            typ = L.trailing_cues[t.group(1)] if t else "initiative"
        named.append((s0, e0, stripped, typ, sent))
        blocked.add(m.start(), m.end(), sent)

    # -- the items of a list of signed instruments ---------------------------------------------
    # ("the following twelve (12) agreements were signed:" then "2. Agreement on cooperation in
    # the field of defence;": each item names one instrument, as written, lower case and all)
    # (the bodies an item names stay names of their own: "A Memorandum of Understanding between
    # the Reserve Bank of India and the Bank of Mauritius ...")
    items = _Spans()
    signed = []
    for s0, e0, name, typ in _signed_items(st, L):
        sent = sentence_of(s0, e0)
        if sent is not None and not blocked.overlaps(s0, e0, sent):
            signed.append((s0, e0, name, typ, sent))
            items.add(s0, e0, sent)

    # -- capitalized runs with a cue word -----------------------------------------------------
    known_hits = []
    for m in L.known_re.finditer(text):
        if m.group() in L.company_forms or m.group() in L.word_aliases:
            before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if _CAPITAL_NEXT.match(text, m.end()) or before and before.group().strip() not in L.not_start \
                    and before.group().strip().lower() not in ("the", "today", "and", "in", "with", "by", "for"):
                continue  # (nor the end of a longer name: "Nikola Tesla", "Gautam Adani"; but "The Boeing ...")
        if _free_left(text, m.start(), ".-"):
            sent = sentence_of(m.start(), m.end())
            if sent is not None:
                known_hits.append((m.start(), m.end(), m.group(), sent))
    known_exact = {(s, e) for s, e, _, _ in known_hits}
    # (for "inside a known name": the starts in order, and the furthest end reached by then)
    known_spans = sorted((s, e) for s, e, _, _ in known_hits)
    known_starts = [s for s, _ in known_spans]
    known_reach = list(itertools.accumulate((e for _, e in known_spans), max))
    whole_runs: set[tuple[int, int]] = set()  # (runs that are one name as they stand: no splitting)
    runs = _portfolio_lists([(m.start(), m.end()) for m in L.chunk_re.finditer(text)], text, L, whole_runs)
    runs = _dash_joined(runs, text, L)
    for m in L.trailing_word_re.finditer(text):
        w = L.single_before_re.search(text, max(0, m.start() - 40), m.start() + 1)
        if w and (w.group().rstrip() in L.lone_adjectives or w.group().rstrip() in L.adjective
                  or _ordinal_word(w.group().rstrip())):
            # ("Indigenous partnership", "Regional initiative", "a strong North American
            # partnership": an adjective, no name; nor "The Eleventh meeting": a count)
            w = None
        if w and _free_left(text, w.start(), "'’-&"):  # (nor a word's end: the "D" of "R&D fund")
            runs.append((w.start(), len(w.group().rstrip()) + w.start()))
    for s0, e0 in runs:
        who = _apposed_to(text, s0, e0, by_sentence, sentence_of, L)
        if who is not None:
            # "Mr Guy Parmelin, Federal Councillor and Head of the Federal Department of ...": the
            # person's offices, no body of its own
            ent = entities.get(who)
            if ent is not None and ent["role"] is None:
                title, country = _title_and_country(text[s0:e0], L)
                ent["role"] = title
                ent["country"] = ent["country"] or country
            continue
        money = _OF_MONEY.search(text, s0, e0 + 2)
        if money and (money.group(1) or "") not in L.currency_codes and not money.group().rstrip().endswith("$"):
            money = None  # ("the Ministerial Conference of WTO 14": a name's own number)
        if money:
            e0 = money.start()  # "the European Union of EUR 150 million": the body, then what it gives
        tail = _NUMBER_TAIL.search(text, s0, e0)
        if tail and _LOWER_NEXT.match(text, e0):
            e0 = tail.start()  # "to Indian Oil Corporation for 15 years": the body, then how long
        if not (L.cue_re.search(text, s0, e0) or L.trailing_re.match(text, e0) or text.startswith("(", e0) or text.startswith(" (", e0)):
            continue
        if not L.cue_re.search(text, s0, e0) and (plus := L.acronym_after.match(text, e0)) and plus.group(1).endswith("+") \
                and plus.group(1)[:-1] != "".join(w[0] for w in text[s0:e0].split() if w[0].isupper() and w != "Plus"):
            continue  # ("..., Medicines and Health Technologies (MAV+)": the end of a longer name the sign spells)
        words = text[s0:e0].split()
        own = words[1:] if words[0] in ("The", "the", "All", "all") else words
        if len(own) == 1 and _ordinal_word(own[0]):
            continue  # ("The Eleventh meeting of the Council": which meeting, no name)
        if words[-1] in L.adjective and all(w in L.region_qualifiers for w in words[:-1]) and not L.cue_re.search(text, s0, e0):
            continue  # ("a strong North American partnership", "the Latin American initiative": adjectives, no name)
        if _AFTER_ACRONYM.search(text, max(0, s0 - 14), s0):
            continue  # "the Millennium Challenge Corporation (MCC) Board of Directors": an organ of the body just named
        chunks = _chunk_names(text, s0, e0, blocked, sentence_of, L)
        if (s0, e0) in whole_runs and sentence_of(s0, e0) is not None and not blocked.overlaps(s0, e0, sentence_of(s0, e0)):
            chunks = [(s0, e0, " ".join(text[s0:e0].split()), _type_of(text[s0:e0].split(), L) or "initiative")]
        for s0, e0, name, typ in chunks:
            code = _STAGE_CODE.match(text, e0) if name.split()[-1] in _STAGE_WORDS else None
            if code:  # ("the Standard Gauge Railway Phase 2B": the phase is the name's)
                name, e0 = f"{name} {code.group(1)}", code.end()
            model = _MODEL_IN_NAME.search(text, s0, e0) if typ == "organization" and "-" in name else None
            if model and model.start() > s0:
                # ("the Royal New Zealand Air Force P-8A Poseidon": the force, then its aircraft)
                e0 = model.start()
                name = " ".join(text[s0:e0].split())
            if any(text.startswith(r, e0 - len(r)) for r in L.long_roles.get(name.split()[-1], ())):
                continue  # ("the High Representative of the Union for Foreign Affairs and Security Policy": an office)
            if (_ITEM_LABEL_AFTER.match(text, e0) or _LOWER_THEN_LABEL.match(text, e0)) and _ITEM_LABEL_BEFORE.search(text, max(0, s0 - 12), s0) \
                    and not L.cues.get(name.split()[-1]) and name not in L.known:
                continue  # ("- **Project Finance:** The DFC approved ...": an item's label, no name)
            nxt = _NEXT_WORD.match(text, e0)
            if nxt and nxt.group(1) in L.people_words and len(name.split()) == 2 and name.split()[0].isdigit():
                continue  # ("all 18 Forum Members": a count of members, no "18 Forum")
            if nxt and (nxt.group(1) in L.people_words or nxt.group(1) in _GROUP_OF_STATES) and not L.cues.get(name.split()[-1]):
                # (words before whom they qualify: "Forum Economic Ministers", "Forum Island Countries";
                # not a name on its head word, "the Bali Process Ministers")
                continue
            year_first = _YEAR_THEN_THE.match(name)
            if year_first:
                # "In 2025 the Commission allocated ...": the year the sentence opens on, then the name
                s0, name = s0 + year_first.end(), name[year_first.end():]
            k = bisect.bisect_right(known_starts, s0) - 1
            if (s0, e0) in known_exact or name in L.known or (k >= 0 and known_reach[k] >= e0):
                continue  # (nor a part of a known name: "Gateway" of "the Global Gateway initiative")
            dated = _OF_YEAR_END.search(name)
            if dated and (name[:dated.start()] in L.known or (s0, s0 + dated.start()) in known_exact):
                continue  # "the United Nations Convention on the Law of the Sea of 1982": the known name, dated
            if name.split()[0] in L.adjective and name.split(None, 1)[-1] in L.known:
                continue  # "the Saudi Public Investment Fund": the known name, its country said before it
            region = _REGION_AFTER_IN.search(name)
            if name in L.regions or (region and region.group(1) in L.regions and L.cues.get(region.group(1).split()[-1])):
                # "the West Bank", "Settlements in the West Bank": a region whose last word is a
                # body's ("Bank"), read below as the place it is
                continue
            sent = sentence_of(s0, e0)
            if sent is not None:
                on = _ON_SUBJECT.search(name) if typ == "organization" and " on " in name else None
                state = L.country_re.search(name, 0, on.start()) if on is not None else None
                if state is not None and state.end() == on.start():
                    # "the Ministry of Health of the Republic of Indonesia on Health Cooperation": the
                    # body, then what a memorandum between it and another is on
                    e0 = s0 + on.start()
                    name = name[:on.start()]
                named.append((s0, e0, name, typ, sent))

    # -- numbered meetings written as a code: "COP30", "COP 28", "CMA6" ------------------------
    longer = [(a, b) for a, b, _, _, _ in named]
    for m in L.meeting_code_re.finditer(text):
        sent = sentence_of(m.start(), m.end())
        if sent is not None and _free_left(text, m.start()) and not any(a <= m.start() and m.end() <= b for a, b in longer):
            named.append((m.start(), m.end(), m.group(1) + m.group(2), "event", sent))  # (not "the COP28 UAE Consensus")

    # -- exercises and operations named after their kind ("Exercise Alon") -------------------
    longer = [(a, b) for a, b, _, _, _ in named]
    for m in L.event_name_re.finditer(text):
        sent = sentence_of(m.start(), m.end())
        if sent is not None and not any(a < m.end() and m.start() < b for a, b in longer) and not blocked.overlaps(m.start(), m.end(), sent):
            named.append((m.start(), m.end(), m.group(), "event", sent))

    # -- described agreements ("a framework agreement between both institutions") -----------
    described: list[tuple[int, int, str, int, str]] = []
    for m in L.described_re.finditer(text):
        if not _free_left(text, m.start()):
            continue
        mod = L.described_mod_re.search(text, max(0, m.start() - 60), m.start())
        if not mod:
            continue
        s0, e0 = mod.start(1), m.end(3)
        sent = sentence_of(s0, e0)
        if sent is None or blocked.overlaps(s0, m.end(1), sent):
            continue
        described.append((s0, e0, mod.group(1) + m.group(1), sent, m.group(2) + " " + m.group(3).strip()))

    named = sorted([n for n in named if n[3] == "organization" or not items.overlaps(n[0], n[1], n[4])] + signed)
    heads_of: dict[tuple[str, str], set[str]] = {}  # (a name's head before "on", "of" ..., its type) -> the full names
    name_spans = _Spans()
    acronym_spans = _Spans()
    acronyms: dict[str, Any] = {}
    for s0, e0, name, typ, sent in named:
        if name_spans.overlaps(s0, e0, sent) and not (typ == "organization" and items.overlaps(s0, e0, sent)):
            continue
        name_spans.add(s0, e0, sent)
        if "\n" in name or "  " in name:
            name = " ".join(name.split())  # a name wrapped across two lines is the same name
        key = ("name", name)
        if key not in entities and (name, typ) in heads_of and _THE_BEFORE.search(text, max(0, s0 - 5), s0) \
                and any(w[:1].isupper() and not L.cues.get(w) and w not in L.connectors for w in name.split()):
            # a name the text gave in full before, now cut to its head: "the Boe Declaration on
            # Regional Security" ... "the Boe Declaration" (not "a Memorandum of Understanding", a
            # new one, nor a name of cue words alone)
            longer = heads_of[(name, typ)]
            if len(longer) == 1:
                key = ("name", next(iter(longer)))
                name = key[1]
        elif key not in entities:
            words = name.split()
            for k, w in enumerate(words[1:], 1):
                if w in _NAME_GOES_ON_WITH:
                    heads_of.setdefault((" ".join(words[:k]), typ), set()).add(name)
        acr = None
        inner = _ACRONYM_THEN_HEAD.match(text, e0)
        if inner and L.cues.get(inner.group(2)) and _acronym_fits(inner.group(1), name) and key not in entities:
            # "the International Technology Security and Innovation (ITSI) Fund": the acronym
            # inside the name, before its head word
            name, typ, e0 = f"{name} {inner.group(2)}", L.cues[inner.group(2)], inner.end()
            key = ("name", name)
            acr = inner.group(1)
            acronym_spans.add(inner.start(1), inner.end(1), sent)
            acronyms.setdefault(acr, key)
            add(key, name, typ, s0, e0, sent, acronym=acr)
            continue
        after = e0 + 1 if text.startswith('"', e0) else e0
        a = L.acronym_after.match(text, after) if "(" in text[after:after + 3] else None
        cp = L.country_paren_re.match(text, after) if typ == "organization" and "(" in text[after:after + 3] else None
        if cp and L.all_country_forms[cp.group(1)] not in name:
            # "the Ministry of Health (Samoa)": the body's country, no acronym (and not one body
            # with New Zealand's ministry of that name)
            country = L.all_country_forms[cp.group(1)]
            name = f"{name} of {country}"
            add(("name", name), name, typ, s0, e0, sent, country=country)
            continue
        owner = _OWNER_BEFORE.search(text, max(0, s0 - 30), s0) if a else None
        if a and (_acronym_fits(a.group(1), name) or (typ == "organization" and (
                _short_name(a.group(1), L) or _foreign_acronym(a.group(1), L)))
                # (a mission's acronym in its own language: "the United Nations Organization
                # Stabilization Mission in the DRC (MONUSCO)")
                or (typ == "initiative" and _MISSION_WORD.search(name) and _foreign_acronym(a.group(1), L))
                # (or with its country's initial, the country said before it: "Norway's International
                # Climate and Forest Initiative (NICFI)")
                or (owner is not None and owner.group(1) in L.all_country_forms
                    and _acronym_fits(a.group(1), f"{owner.group(1)} {name}"))) and not _acronym_of_tail(a.group(1), name):
            acr = a.group(1).rstrip(".")
            acronym_spans.add(a.start(1), a.end(1), sent)
            acronyms.setdefault(acr, key)
        add(key, name, typ, s0, e0, sent, acronym=acr)

    # -- well-known organizations (also inside longer names) -------------------------------------
    tried: set[str] = set()
    initials = None  # (the capital initials of each name, made once when an acronym asks)
    # (a known programme that opens a longer one's name is that one's: "the Global Gateway
    # Africa-Europe Investment Package")
    longer = [(n0, n1) for n0, n1, _, typ, _ in named if typ == "initiative"]
    for s0, e0, form, sent in known_hits:
        if person_spans.overlaps(s0, e0, sent) or acronym_spans.inside(s0, e0, sent):
            continue
        if (L.known[form][1] == "initiative" or form != L.known[form][0] and form not in L.known_acronyms) and any(
                n0 <= s0 and e0 < n1 for n0, n1 in longer):
            continue  # (and a short name that opens a longer one: "the Global Fund for Coral Reefs")
        if text.startswith("$", e0) and form.isupper():
            continue  # "AU$29.6 million", "EC$ 54 million": a dollar, not the African Union
        if form in L.known_acronyms and (caps := _CAPS_BEFORE.search(text, max(0, s0 - 16), s0)) \
                and caps.group(1) not in L.known_acronyms and caps.group(1) not in L.all_country_forms:
            continue  # "CCRIF SPC": the last word of another body's name, not the Pacific Community
        if " " in form and form not in L.known_acronyms and _inside_longer_name(text, s0, L):
            continue  # "the Fossil Fuel Non-Proliferation Treaty": another name that ends on a known one
        body = _NEXT_WORD.match(text, e0) if form in L.known_acronyms else None
        if body and L.cues.get(body.group(1)) == "organization":
            # (a country's own body of that name: "the Saudi EXIM Bank", not "the Japanese ASEAN envoy")
            whose = _COUNTRY_WORD_BEFORE.search(text, max(0, s0 - 30), s0)
            said = whose.group(1).split() if whose else []
            country = next((c for w in (said[-1:], said) if w for c in [L.adjective.get(" ".join(w)) or L.all_country_forms.get(" ".join(w))]
                            if c), None)
            if country and country not in L.known[form][0] and L.country_re.search(L.known[form][0]):
                continue  # "the Saudi EXIM Bank": Saudi Arabia's, not the United States' EXIM (but "the Chinese SCO Secretariat")
        if form in L.known_acronyms and form not in acronyms and form not in tried:
            # an acronym that the last capitalized words of a name the statement gives spell
            # exactly is that name: "the Saudi Public Investment Fund ... a PIF office" is not the
            # Pacific Islands Forum (and "IMF" is not a "Global Infrastructure Facility")
            tried.add(form)
            if initials is None:
                initials = [(k, "".join(w[0] for w in e["name"].split() if w[:1].isupper()))
                            for k, e in entities.items() if k[0] == "name"]
            fits = [k for k, ini in initials if len(form) >= 3 and form.isalpha() and ini.endswith(form)]
            if len(fits) == 1:
                acronyms[form] = fits[0]
        if form in acronyms:
            # the statement spelled this acronym out itself: "the Saudi Public Investment Fund
            # (PIF)" is not the Pacific Islands Forum here
            key = acronyms[form]
            add(key, entities[key]["name"], entities[key]["type"], s0, e0, sent)
            continue
        canon, typ = L.known[form]
        acr = form if form in L.known_acronyms else None
        if acr is None:
            a = L.acronym_after.match(text, e0)
            if a and _acronym_fits(a.group(1), canon):
                acr = a.group(1)
                acronym_spans.add(a.start(1), a.end(1), sent)
        add(("name", canon), canon, typ, s0, e0, sent, acronym=acr)
        if not name_spans.overlaps(s0, e0, sent):
            name_spans.add(s0, e0, sent)

    # acronyms spelled out once and used alone later
    fresh = [a for a in acronyms if a not in L.known]
    if fresh:
        acr_re = re.compile(rf"(?:{_alt(fresh)})(?![\w$-])")
        for m in acr_re.finditer(text):
            if not _free_left(text, m.start(), "-"):
                continue
            if m.group() in L.currency_codes and _AMOUNT_NEXT.match(text, m.end()):
                continue  # "GHS 45 million": the cedi, not the Ghana Health Service
            sent = sentence_of(m.start(), m.end())
            if sent is None or acronym_spans.overlaps(m.start(), m.end(), sent) or name_spans.overlaps(m.start(), m.end(), sent):
                continue
            key = acronyms[m.group()]
            ent = entities[key]
            add(key, ent["name"], ent["type"], m.start(), m.end(), sent)

    # described agreements, resolved against the names just found
    for s0, e0, head, sent, parties_text in described:
        here = by_sentence.get(sent, [])
        if any(f["start"] <= s0 and f["end"] >= e0 and f["type"] != "country" for f in here):
            continue
        prep, _, who = parties_text.partition(" ")
        prior = by_sentence.get(sent - 1, []) + here
        name = " ".join(f"{head} {prep} {_described_parties(who, s0, prior, entities, st, L)}".split())
        add(("name", name), name, "agreement", s0, e0, sent)

    # -- countries ----------------------------------------------------------------------------
    region_hits = []
    region_spans = _Spans()
    # (a region inside a longer country's name is the country: "South Africa", not "Africa";
    # a country inside a longer region's is the region: "Gulf of Guinea")
    country_ms = list(L.country_re.finditer(text))
    country_matches = [m.span() for m in country_ms]
    country_starts = [a for a, _ in country_matches]
    for m in L.region_re.finditer(text):
        if _free_left(text, m.start(), "-"):
            i = bisect.bisect_right(country_starts, m.start()) - 1
            if i >= 0 and country_matches[i][1] >= m.end() and country_matches[i][1] - country_matches[i][0] > m.end() - m.start():
                continue
            sent = sentence_of(m.start(), m.end())
            if sent is not None and _in_a_name(text, m.start(), st.sentences[sent].start, L):
                continue
            if _NUMBERED_NAME_AFTER.match(text, m.end()):
                continue  # "the exercise Gulf Star-2": a name's first word, no region
            if sent is not None:
                # (with the feature or the part it names: "the Mekong Delta", "the Western Indian Ocean")
                s0, e0 = S.feature_around(text, m.start(), m.end()) or m.span()
                q = _WORD_BEFORE.search(text, max(0, s0 - 30), s0) if m.group().split()[-1] in _WATERS else None
                if q is not None and _COMPASS.fullmatch(q.group(1)) and (s0, e0) == m.span():
                    s0 = q.start(1)  # (a part of a sea; "Southern Africa" is Africa spoken of, as before)
                form = " ".join(text[s0:e0].split())
                region_hits.append((s0, e0, form, sent))
                region_spans.add(s0, e0, sent)
    known_spans = _Spans()
    for s0, e0, _, sent in known_hits:
        known_spans.add(s0, e0, sent)
    country_form = L.country_form
    feature_hits = []
    for m in country_ms:
        s0, e0 = m.span()
        if s0 and (text[s0 - 1].isalnum() or text[s0 - 1] in "._"):
            continue
        if L.currency_after_re.match(text, e0):
            continue  # "US dollars", "Kenya shillings": a currency, not the country
        sent = sentence_of(s0, e0)
        if sent is None:
            continue
        if (
            (sent in person_spans.by_sentence and person_spans.overlaps(s0, e0, sent))
            or (sent in region_spans.by_sentence and region_spans.overlaps(s0, e0, sent))
            or (sent in known_spans.by_sentence and known_spans.overlaps(s0, e0, sent))
        ):
            continue
        feature = S.feature_around(text, s0, e0)
        if feature is not None:
            feature_hits.append((*feature, sent))  # "Lake Chad Basin": a place, not Chad
            continue
        canon = country_form[m.group()]
        add(("country", canon), canon, "place" if canon in L.territories else "country", s0, e0, sent)

    parties = [p for p in st.parties if isinstance(p, str)]
    if parties and ("Kingdom" in text or "side" in text or "delegation" in text or "Sultanate" in text or "Emirate" in text):
        for m in _PARTY_REF.finditer(text):
            if m.group(1):
                which = [p for p in parties if p in states_of_kind(" ".join(m.group(1).lower().split()))]
                at = m.span(1)
            else:
                which = [L.adjective[m.group(2)]] if m.group(2) in L.adjective else []
                which = [p for p in which if p in parties]
                at = m.span(2)
            sent = sentence_of(*at)
            if len(which) == 1 and sent is not None:
                add(("country", which[0]), which[0], "country", at[0], at[1], sent)

    # -- places ------------------------------------------------------------------------------
    taken = _Taken(by_sentence)
    def add_waters(s0: int, e0: int, form: str, sent: int) -> None:
        if form.endswith(("Seas", "Oceans")):
            # "the East and South China Seas", "the Black and Caspian Seas": two seas, each named once
            form = form[:-1]
            first = _WATERS_BEFORE.search(text, max(0, s0 - 30), s0)
            if first is not None:
                words = form.split()
                other = " ".join([first.group(1), *words[1:]] if _COMPASS.fullmatch(words[0]) else [first.group(1), words[-1]])
                add(("place", other), other, "place", first.start(1), first.end(1), sent)
        add(("place", form), form, "place", s0, e0, sent, country=L.cities.get(form))  # ("Port of Spain": a city too)

    # waters, ports and passages named by a word of their own: "the Gulf of Suez", "the Port of
    # Tauranga", "the Suez Canal", "the Bab el-Mandeb Strait" (not a body of that name, found before)
    if " of " in text:
        for m in _OF_FEATURE.finditer(text):
            if (sent := sentence_of(m.start(), m.end())) is not None and not taken.overlaps(m.start(), m.end(), sent) \
                    and m.group(1) not in L.all_country_forms and m.group(1) not in L.cities \
                    and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and m.group(1) not in L.not_feature_names \
                    and m.group(1).lower() not in _theme_words() \
                    and not _CAPITAL_NEXT.match(text, m.end()):  # (a known city's port is the city: "the Port of Mombasa")
                feature_hits.append((m.start(), m.end(), sent))
    for m in _PASSAGE.finditer(text):
        head = _PASSAGE_NAME.search(text, max(0, m.start() - 30), m.start())
        if head is not None and (sent := sentence_of(head.start(), m.end())) is not None \
                and not taken.overlaps(head.start(), m.end(), sent) and head.group(1) not in L.all_country_forms \
                and _THE_BEFORE.search(text, max(0, head.start() - 5), head.start()) and not _CAPITAL_NEXT.match(text, m.end()):
            # (after "the", and no name going on: not "Groupe Canal", "the Suez Canal Economic Zone")
            feature_hits.append((head.start(), m.end(), sent))
    for s0, e0, sent in feature_hits:  # (before the regions: "the Gulf of Finland", not "Gulf")
        if not taken.overlaps(s0, e0, sent):
            add_waters(s0, e0, " ".join(text[s0:e0].split()), sent)
    for s0, e0, form, sent in region_hits:
        if not taken.overlaps(s0, e0, sent):
            add_waters(s0, e0, form, sent)
    # a city the text names, wherever it stands ("a railway between Nairobi and Addis Ababa"),
    # unless it opens or closes a longer name ("the Nairobi Convention", "Greater Tokyo")
    for m in L.city_re.finditer(text):
        if _CITY_NAME_NEXT.match(text, m.end()) or _CITY_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                or L.city_thing_re.match(text, m.end()) or L.honorific_before_re.search(text, max(0, m.start() - 40), m.start()):
            continue
        sent = sentence_of(m.start(), m.end())
        if sent is None or taken.overlaps(m.start(), m.end(), sent):
            continue
        add(("place", m.group()), m.group(), "place", m.start(), m.end(), sent, country=L.cities[m.group()])
    for m in L.comma_country_re.finditer(text):
        p = L.place_before_re.search(text, max(0, m.start() - 60), m.start())
        if p:
            # ("in Bali, Indonesia": a place of the country after it)
            form = m.group().lstrip(", \t\n")
            form = form[4:] if form.startswith("the ") else form
            _add_place(p.group(1), p.start(1), add, taken, sentence_of, L, country=L.all_country_forms.get(form.strip()))
    contexts: dict[int, bool] = {}
    for m in L.place_after_re.finditer(text):
        if not _free_left(text, m.start()):
            continue
        sent = sentence_of(m.start(1), m.end(1))
        if sent is None:
            continue
        known = next((a for a in L.article_places if text.startswith(a, m.start(1))), None)
        if known and not text[m.start(1) + len(known):m.start(1) + len(known) + 1].isalnum():
            _add_place(known, m.start(1), add, taken, sentence_of, L, article=True)  # "in The Hague"
            continue
        if m.group(1).split()[0] in L.never_place:
            continue
        if sent not in contexts:
            s = st.sentences[sent]
            contexts[sent] = bool(L.place_context_re.search(text, s.start, s.end))
        if contexts[sent]:
            _add_place(m.group(1), m.start(1), add, taken, sentence_of, L)
    # a place the text has named as one is that place where it names it again, in any sentence
    # ("a trade mission to Nairobi" once "the Summit in Nairobi" has said it is a place)
    places = sorted({e["name"] for e in entities.values() if e["type"] == "place"}, key=len, reverse=True)
    if places:
        for m in re.finditer(r"(?<![\w'’.-])(?:" + "|".join(map(re.escape, places)) + r")(?![\w-])", text):
            if m.group() in L.cities and (_CITY_NAME_NEXT.match(text, m.end()) or L.city_thing_re.match(text, m.end())):
                continue  # (a city again, but as a name's first word: "the Busan Outcome Document")
            _add_place(m.group(), m.start(), add, taken, sentence_of, L)

    _merge_short_names(found, entities, text)
    return SimpleNamespace(found=found, entities=entities, persons=persons)


def _portfolio_lists(runs: list[tuple[int, int]], text: str, L, whole: set | None = None) -> list[tuple[int, int]]:
    """Join a body's name that goes on in a list of portfolios: "Ministry of Economy, Trade and
    Industry", "Department of Agriculture, Forestry, Fisheries and Food", "Ministry of Trade,
    Industry, and Energy of Korea". Every item is portfolio words, and the last holds "and" or
    "&"; a capitalized run takes no comma otherwise, which cut such a name at its first item.
    A run that the list overlaps goes on after it ("..., Trade and Development and the Ministry
    of Lands": the rest is read again)."""
    out: list[tuple[int, int]] = []
    todo = list(runs)
    k = 0
    while k < len(todo):
        s0, e0 = todo[k]
        k += 1
        if out and s0 < out[-1][1]:
            if e0 > out[-1][1]:
                todo.insert(k, (out[-1][1], e0))  # (its part after the list)
            continue
        words = text[s0:e0].split()
        if k < len(todo):
            # "the Sixth European Union – African Union Summit": two parties' names about a spaced
            # dash, then the meeting's head word, one name
            n0, n1 = todo[k]
            dash = _SPACED_DASH.fullmatch(text, e0, n0)
            left = _ordinal_first().sub("", text[s0:e0])
            head = next((w for w in _WORD_AT.finditer(text, n0, n1) if L.cues.get(w.group()) in ("event", "initiative")), None) if dash else None
            if head is not None and (left in L.known or left in L.all_country_forms):
                out.append((s0, head.end()))
                k += 1
                continue
        listed = _CAPS_LIST_ACRONYM.match(text, e0)
        # (the name may open after a line's end or an owner's "'s" inside the run: "Mexico's
        # National Council of Humanities, Sciences and Technologies (CONAHCYT)")
        w0 = next((w for w in [s0] + [s0 + b.end() for b in _NAME_OPENS_AFTER.finditer(text[s0:e0])]
                   if L.cue_re.search(text, w, e0) and _acronym_fits(listed.group(1), text[w:listed.start(1)])), None) \
            if listed and len(listed.group(1)) >= 3 else None
        if w0 is not None:
            # "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)": a list of any words, when
            # the acronym after it spells the whole name
            if w0 > s0:
                before = _OWNER_END.sub("", text[s0:w0])
                if before.strip():
                    out.append((s0, s0 + len(before)))
            the = _THE_FIRST.match(text, w0)
            out.append((the.end() if the else w0, listed.start(1) - 1 - (text[listed.start(1) - 2] == " ")))
            if whole is not None:
                whole.add(out[-1])  # (one name as it stands: "National Council of Humanities, Sciences and Technologies")
            continue
        at = max((i for i, w in enumerate(words) if w in ("of", "for", "on")), default=-1)  # ("Agreement on Economic, Cultural ...")
        if 0 < at < len(words) - 1 and all(w in L.portfolio_words for w in words[at + 1:]) and L.cue_re.search(text, s0, e0):
            m = L.portfolio_list_re.match(text, e0)
            if m and re.search(r"(?:^|,)\s+[^,]*\b(?:and|&)\s+[^,]*$", m.group()):  # (its last item holds "and")
                end = m.end()
                # (the last item's run may go on: "... and Energy of Korea")
                end = max([end] + [e for s, e in todo if e0 < s < end < e and text.startswith(" of ", end)])
                out.append((s0, end))
                continue
        if 0 < at and len(words) - at - 1 <= 2 and words[at - 1] in L.list_named_heads \
                and (more := _CAPS_ITEMS_AFTER.match(text, e0)) is not None and "," in more.group() \
                and not any(w in L.all_country_forms or w in L.adjective or w in L.known or w in L.people_words
                            or any(L.cues.get(x) == "organization" for x in w.split())
                            for w in _CAPS_ITEM.findall(more.group())):
            # "the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the Treaty of Friendship,
            # Cooperation and Mutual Assistance": a list of plain capitalized words after "of" goes
            # on the name (not of countries or bodies: "the Ministry of Health, Kenya and Uganda")
            the = _THE_FIRST.match(text, s0)
            out.append((the.end() if the else s0, more.end()))
            if whole is not None:
                whole.add(out[-1])
            continue
        if " on " in text[s0:e0] and L.cue_re.search(text, s0, e0):
            topics = _TOPIC_LIST_AFTER.match(text, e0)
            if topics and not any(t.group() in L.all_country_forms for t in _TOPIC_WORDS.finditer(topics.group())):
                # "the Bali Process on People Smuggling, Trafficking in Persons and Related
                # Transnational Crime": what the body is on, a list of capitalized topics (one
                # name as it stands, "in Persons" no place)
                cut = [m for m in _THE_BEFORE_NAME.finditer(text, s0, e0)]
                if cut:  # ("the Christchurch Call to Action and the Bali Process on ...": the last name only)
                    out.append((s0, cut[-1].start()))
                    s0 = cut[-1].end()
                out.append((s0, topics.end()))
                if whole is not None:
                    whole.add((s0, topics.end()))
                continue
        listed = _NAME_LIST_BEFORE.search(text, max(0, s0 - 80), s0)
        if listed and L.cue_re.search(text, s0, e0) and (listed.group(2) or _SLOW_AND.search(text, s0, e0)) \
                and (listed.start() == 0 or _LIST_MAY_FOLLOW.search(text, max(0, listed.start() - 20), listed.start())) \
                and not any(w in L.all_country_forms or w in L.people_words
                            for w in re.findall(r"[A-Z][\w-]*", listed.group(1))):
            # "the Political, Security and Defense Dialogue", "the Trade, Investment, and Technology
            # Council": a name whose first words are a list of single words (not of countries:
            # "Leaders of Japan, Australia and India ...")
            s0 = listed.start()
        out.append((s0, e0))
    return out


# (a word may be hyphenated: "the Treaty of Friendship, Good-Neighbourliness and Cooperation")
_CAPS_ITEMS_AFTER = _rc(r"(?:,\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+)?)+,?\s+and\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+)?"
                        r"(?=\s*[,.;:]|\s+[a-z]|\s*$)")
_CAPS_ITEM = _rc(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+)?")
_ACRONYM_THEN_HEAD = _rc(r"\s*\(([A-Z][A-Za-z&]{1,11})\)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
_THE_BEFORE_NAME = _rc(r"\s+(?:and\s+)?the\s+(?=[A-Z])")
_WORD_AT = _rc(r"[A-Za-z][\w'’-]*")
_SPACED_DASH = _rc(r"[ \t]+[–—-][ \t]+")


@lru_cache(maxsize=1)
def _ordinal_first() -> re.Pattern:
    return re.compile(rf"^(?:[Tt]he\s+)?(?i:{_ordinal()})\s+")


_TOPIC = r"[A-Z][\w'’-]*(?:\s+(?:(?:in|of|for)\s+)?[A-Z][\w'’-]*){0,3}"
_TOPIC_LIST_AFTER = _rc(rf"(?:,\s+{_TOPIC})+,?\s+and\s+{_TOPIC}(?=[\s,.;:)]|$)")
_TOPIC_WORDS = _rc(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# a list of single capitalized words just before a run ("Political, Security, and "), and what
# may stand before it for it to open a name: an article, an adjective, a sentence's start
_NAME_LIST_BEFORE = _rc(r"(?<![\w-])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+){1,4})((?:and|&)\s+)?\Z")
_LIST_MAY_FOLLOW = _rc(r"(?:(?:^|\b)(?:the|The|a|an|its|their|our|inaugural|annual|first|second|third|"
                              r"fourth|fifth|next|new|\d+(?:st|nd|rd|th))|[.:;]|\n)\s+\Z")
_SLOW_AND = _rc(r" (?:and|&) ")


@lru_cache(maxsize=8)
def states_of_kind(kind: str) -> frozenset[str]:
    """The countries whose long name opens on ``kind`` ("Kingdom of Saudi Arabia", "Hashemite
    Kingdom of Jordan"; not the "United Kingdom of Great Britain ...", which texts call the UK)."""
    pattern = re.compile(rf"(?:Hashemite\s+)?{kind}\s+of\s", re.I)
    return frozenset(c for form, c in _lex().all_country_forms.items() if pattern.match(form))


# a party named by what kind of state it is or as a side: "the Kingdom" (of the Kingdom of Saudi
# Arabia's text), "the Saudi side", "the Chinese delegation"
#: the kinds of state a text may call a party by: "The Kingdom", "the Sultanate"
STATE_KINDS = r"Kingdom|Sultanate|Principality|Grand\s+Duchy|Emirate"
_PARTY_REF = _rc(rf"\b[Tt]he\s+(?:({STATE_KINDS})(?![\w-]|\s+of\b)"
                        r"|([A-Z][a-z]+)\s+(?:side|delegation)\b)")


_ANOTHER_BEFORE = _rc(r"\b(?:next|following|subsequent|future|another|new)\s+$", re.I)


def _merge_short_names(found: list[dict], entities: dict, text: str = "") -> None:
    """A name that ends a longer name of the same type named before it is that name again:
    "the AU-China Strategic Dialogue ... the Strategic Dialogue will meet" is one dialogue (but
    not "the next Meeting" after "the 27th ... Meeting": another one)."""
    first: dict = {}
    for f in found:
        if f["key"] not in first or f["start"] < first[f["key"]]:
            first[f["key"]] = f["start"]
    named = [(k, e) for k, e in entities.items() if k[0] == "name" and k in first]
    # every name under each of its word endings ("China Strategic Dialogue", "Strategic
    # Dialogue", "Dialogue" for "AU-China Strategic Dialogue"), once
    endings: dict[str, list] = {}
    for k, e in named:
        parts = re.split(r"([ -])", e["name"])
        for i in range(2, len(parts), 2):
            head_of = parts[i - 2].lower() not in ("of", "the", "for", "on", "in", "and", "to")
            if head_of:  # (the ending must be the name's head, not the complement of "of the ...")
                endings.setdefault("".join(parts[i:]), []).append(k)
    into: dict = {}
    cues = _lex().cues
    for key, ent in named:
        short = ent["name"]
        if " " not in short and short not in cues:
            continue  # (a cue word alone is the one name it ends: "the first meeting of the Mechanism")
        longer = [k for k in endings.get(short, ()) if k != key and entities[k]["type"] == ent["type"] and first[k] < first[key]]
        if len(longer) == 1:
            into[key] = longer[0]
    other = [f for f in found if f["key"] in into and text and _ANOTHER_BEFORE.search(text, max(0, f["start"] - 14), f["start"])]
    if other:
        found[:] = [f for f in found if not any(f is o for o in other)]  # (a name of no one event: "the next Meeting")
    for f in found:
        if f["key"] in into:
            f["key"] = into[f["key"]]
    for key in into:
        del entities[key]


def _norm_role(role: str) -> str:
    return " ".join(role.split())


def _add_place(word: str, start: int, add, taken: _Spans, sentence_of, L, article: bool = False, country: str | None = None) -> None:
    parts = word.split()
    # "Bali Indonesia" is not a thing; keep only the words before a stop word
    keep = parts[:1] if article else []
    for p in parts[len(keep):]:
        core, poss = _strip_possessive(p)
        if core in L.never_place or core in L.regions:
            break
        keep.append(core)
        if poss:
            break
    if not keep or any(ch.isdigit() for w in keep for ch in w):
        return  # ("in Q1 2026": a quarter, not a place)
    if len(keep) == 1 and keep[0] in L.region_qualifiers:
        return  # ("in Western Australia": a part of a country the place's words stop before, no place alone)
    name = " ".join(keep)
    end = start + len(name)
    sent = sentence_of(start, end)
    if sent is None or taken.overlaps(start, end, sent):
        return
    if len(keep) > 1 and keep[0] in L.event_openers:
        add(("name", name), name, "event", start, end, sent)  # "in Exercise MALABAR": an exercise, no place
        return
    add(("place", name), name, "place", start, end, sent, country=country or L.cities.get(name))


_OF_FEATURE = _rc(r"\b(?:Gulf|Bay|Straits?|Sea|Port|Isthmus)\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _theme_words() -> frozenset[str]:
    from . import themes

    return themes.single_word_terms()


_PASSAGE = _rc(r"(?<=\s)(?:Strait|Canal)\b")
_PASSAGE_NAME = _rc(r"(?<![\w'’-])(?!The\b|A\b)([A-Z][\w'’-]+)(?:\s+[a-z]{2}-[A-Z][\w'’-]+)?\s+$")
_WATERS_BEFORE = _rc(r"\b([A-Z][a-z]+)\s+and\s+(?:the\s+)?$")
_WATERS = frozenset(["Ocean", "Sea", "Pacific", "Atlantic", "Mediterranean", "Caribbean", "Arctic"])
_COMPASS = _rc(r"(?:North|South|East|West)(?:ern|east|west|eastern|western)?|Central")
_WORD_BEFORE = _rc(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+$")


def _in_a_name(text: str, start: int, sent_start: int, L) -> bool:
    """Whether the region at ``start`` ends a programme's name: "Horizon Europe", "Power
    Africa" (a capitalized word before it, not the sentence's first word, and not one that
    says which part of the region: "Southern Africa")."""
    w = _WORD_BEFORE.search(text, max(sent_start, start - 30), start)
    if w is None or w.start(1) <= sent_start or text[sent_start:w.start(1)].strip() == "":
        return False
    word = w.group(1)
    return not (word in L.region_qualifiers or word.endswith(L.region_qualifier_endings) or word in L.never_place
                or word in L.all_country_forms)


def _title_like(s: str, L) -> bool:
    words = s.split()
    if not words or len(words) > 8 or not (s[0].isupper() or s[0].isdigit()):
        return False
    if re.search(r"[.!?;:](\s|$)", s):
        return False
    content = [w for w in words if w.lower() not in L.connectors]
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    # (a name ends on a capital or a number: not "Taiwan independence", a cause in quotes; and
    # has letters: not "2+2")
    last = content[-1] if content else ""
    return bool(content) and caps / len(content) >= 0.5 and (last[0].isupper() or last[0].isdigit() or len(content) == 1) \
        and any(c.isalpha() for c in s)


# a lead-in to a list of instruments signed: "The following agreements were signed:", "the two
# sides signed the following documents:"
_SIGNED_LEAD = _rc(r"\bfollowing\b[^:]{0,80}\b(?:signed|concluded|exchanged|initialled|initialed)\b[^:]{0,80}:\s*$"
                          r"|\b(?:signed|concluded|exchanged|initialled|initialed)\s+(?:\w+\s+){0,3}?the\s+following\b[^:]{0,40}:\s*$", re.I)
_ARTICLE_FIRST = _rc(r"(?:A|An|The)\s+")
_ITEM_END = _rc(r"[\s;,.]*(?:\band\s*)?$")
_ITEM_CUT = _rc(r",?\s+(?:signed|concluded|initialled|initialed|exchanged)\b|\s+[–—-]\s+|\s*\(|:|;(?=\s*\S)")


# a heading over a list of instruments signed: "ANNEX: DOCUMENTS SIGNED DURING THE VISIT", "List
# of Agreements Signed", "Memoranda of Understanding exchanged"
SIGNED_HEADING = _rc(r"(?i)\b(?:documents|agreements|instruments|memoranda|mous?|texts)\s+(?:of\s+\w+\s+)?"
                            r"(?:signed|concluded|exchanged|initialled|initialed)\b")


def _signed_lists(st) -> list[tuple[int | None, int, int]]:
    """Where lists of signed instruments begin: ``(lead paragraph or None, first item's
    paragraph, section)``, after a lead-in ("The following agreements were signed:") or under a
    heading that says so."""
    text = st.text
    paras = st.paragraphs
    out = []
    for p in paras:
        if p.marker is not None or not p.sentences or p.index + 1 >= len(paras):
            continue
        lead = st.sentences[p.sentences[-1]]
        if not text.startswith(":", lead.end - 1) and not text[lead.start:lead.end].rstrip().endswith(":"):
            continue
        if _SIGNED_LEAD.search(text, lead.start, lead.end):
            out.append((p.index, p.index + 1, p.section))
    for k, sec in enumerate(st.sections):
        if sec.heading and SIGNED_HEADING.search(sec.heading):
            first = next((p.index for p in paras if p.section == k and p.sentences), None)
            if first is not None and not any(f == first for _, f, _ in out):
                out.append((None, first, k))
    return out


def _signed_items(st, L) -> list[tuple[int, int, str, str]]:
    """The instruments a list of signed instruments names, one an item: ``(start, end, name,
    type)``, where the item opens on an instrument's cue word ("Memorandum of Understanding on
    ...", "Financing agreement for ...") and is short enough to be a title."""
    text = st.text
    out = []
    paras = st.paragraphs
    for p, first, section in _signed_lists(st):
        marked = paras[first].marker is not None
        for q in paras[first:]:
            if (q.marker is None) == marked or q.section != section or not q.sentences:
                break
            item = st.sentences[q.sentences[0]]
            words = text[item.start:item.end].split()
            head = next((w for w in words[:3] if L.cues.get(w[:1].upper() + w[1:]) in ("agreement", "initiative")), None)
            if head is None or len(words) > 24:
                if marked:
                    continue
                break  # (items one to a line with no mark run to the first line that is no title)
            cut = _ITEM_CUT.search(text, item.start, item.end)  # ("..., signed by the two Ministers", "... (Annex 2)")
            end = item.start + len(_ITEM_END.sub("", text[item.start:cut.start() if cut else item.end]))
            art = _ARTICLE_FIRST.match(text, item.start, end)
            start = art.end() if art else item.start  # ("An Agreement on the Delimitation ...": the Agreement)
            name = " ".join(text[start:end].split())
            # (the name's head, not its first cue: "Framework Agreement on the IMEC" is an agreement)
            out.append((start, end, name, _type_of(name.split(), L) or L.cues[head[:1].upper() + head[1:]]))
    return out


_THE_BEFORE = _rc(r"\b[Tt]he\s+$")
_NAME_GOES_ON_WITH = frozenset("on of for to in between".split())
_GROUP_OF_STATES = frozenset("Countries States Nations Economies Members".split())


# what may stand before a country's name in its long form: "Republic of", "the Federal Republic of"
_STATE_OF = _rc(r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:Republic|Kingdom|Sultanate|Principality|Emirate|State|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?")


def _type_of(words: list[str], L) -> str | None:
    """Type from the head of the name: its last cue word before "of", "for", "on" or "in"
    ("Summit of the Pacific Alliance" is an event, "Framework Agreement of ..." an
    agreement), else its last cue word; None without a cue."""
    typ = None
    if len(words) > 1 and (words[-1] in L.people_words or words[-1] in _GROUP_OF_STATES) and not L.cues.get(words[-1]):
        # people or states a body's name qualifies: "Forum Economic Ministers", "Forum Island
        # Countries" (no name of a body, programme or text)
        if not any(w in ("of", "for", "on", "in") for w in words):
            return None
    for i, w in enumerate(words):
        if w in ("of", "for", "on", "in") and typ is not None:
            break
        core, _ = _strip_possessive(w)
        t = L.cues.get(core)
        if t and core in L.head_only and i + 1 < len(words) and words[i + 1] not in ("of", "on") \
                and not _YEAR.fullmatch(words[i + 1]):
            t = None  # ("Law Enforcement Affairs": not the head; "Climate Change Act 2008" is)
        if t:
            typ = t
            if core == "Forum":
                typ = "event" if any(re.fullmatch(r"(19|20)\d\d|\d+(st|nd|rd|th)", x) for x in words) else "initiative"
    if typ == "initiative" and "of" in words[1:]:
        # a fund of a state is one of its bodies: "the State Oil Fund of the Republic of Azerbaijan",
        # "the Export and Investment Fund of Denmark" (not "the Fund for Peace", a programme)
        i = words.index("of")
        owner = " ".join(words[i + 2:] if words[i + 1:i + 2] == ["the"] else words[i + 1:])
        if words[i - 1] == "Fund" and any(e == len(owner) and _STATE_OF.fullmatch(owner, 0, s0) for s0, e, _ in S._country_spans(owner)):
            return "organization"
    return typ


def _is_plain(core: str, L) -> bool:
    """A word that names something on its own (country, region, month), not part of a title."""
    return core in L.all_country_forms or core in L.adjective or core in L.months or core in L.regions or core in L.known


_POSS_NEXT = _rc(rf"['’]s?\s+[{_UP}]")


_SLOW_SIGNS = _rc(r"['’]| (?:and|&|in|on|for) ")


_COUNT = _rc(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_YEAR = _rc(r"(?:19|20)\d\d")


# a party called by its kind of state, then a word no name goes on with: "the role of the Kingdom
# in the Global Alliance ..." (the Kingdom, then the Alliance)
_STATE_KIND_LEAD = _rc(rf"(?:{STATE_KINDS})\s+(?:in|to|with|within|at)\s+(?:the\s+)?(?=[{_UP}])")
_STATE_KIND_OF = _rc(rf"(?:{STATE_KINDS})\s+of\s+(?:the\s+)?(?=[{_UP}\d])")


_PLURAL_AFTER_NAME = _rc(r"\s+(?:scholarships|fellowships|places|grants|awards|slots|visas|positions|posts|seats|participants|students|trainees|officers|personnel|experts|staff)\b")
_MEMBERS_NEXT = _rc(r"\s+(?:members?|member\s+(?:states|countries|economies)|countries|states|economies|nations)\b")


def _counts_before_name(words: list[str], k: int, L, after: str = "") -> bool:
    """Whether ``words[k]`` is a number counting what the name after it names: "train 1,100
    Kenya Defence Forces personnel" (not "the 100,000 Strong in the Americas initiative", nor
    a year: "the 2024 Kenya Summit")."""
    if k + 1 >= len(words) or not _COUNT.fullmatch(words[k]) or _YEAR.fullmatch(words[k]):
        return False
    nxt = words[k + 1]
    if nxt in L.capacity_units:
        return True  # ("the 1,020 MW Punatsangchhu-II Hydroelectric Project": its capacity, no part of its name)
    # (or one word alone after it, that word then saying whose the members are: "17 Forum members";
    # not "the 123 Agreement signed in 2008")
    if nxt in L.all_country_forms or nxt in L.adjective or (k + 2 == len(words) and bool(_MEMBERS_NEXT.match(after))):
        return True
    if _PLURAL_AFTER_NAME.match(after):
        return True  # "offer 300 Emerging Leaders in the Americas Program scholarships": the scholarships counted
    # (or a name in the plural, the things counted: "25 Quad STEM Fellowships", "the 17 Sustainable Development Goals")
    last = words[-1]
    return last.endswith("s") and bool(L.cues.get(last) or L.cues.get(last[:-1])) and words[k] not in ("0", "1")


_COUNTRY_WORD_BEFORE = _rc(r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+$")
_OF_AT = _rc(r"\bof\s")
_JOINED = _rc(r"\bof\s+(?:the\s+)?([\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+and\s+(?:the\s+)?")
_VERB_THEN_COUNT = _rc(r"[A-Z][a-z]+\s+\d[\d,]*(?:\s+[A-Z][\w'’-]*)*")  # ("Fund 500", "Deploy 20 Coast Guard")


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """The verbs the commitments lexicon knows, and those that open a plan's or a list's item
    ("fund", "launch")."""
    from . import commitments

    return frozenset(commitments.verb_forms()) | frozenset(commitments.codebook().get("item_verbs") or ())


_VERB_THE = _rc(rf"(?:[A-Za-z]+|[A-Za-z]+(?:ed|ing|ED|ING)\s+(?:in|on|upon|by|with|to|under|from|at))\s+the\s+(?=[{_UP}\d])")
_OPENS_SENTENCE = _rc(r"(?:\A|[.:;!?]\s+|\n\s*(?:(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*–])\s+)?)\Z")


_DASH_GAP = _rc(r"[ \t]+[–—-][ \t]+")


def _dash_joined(runs: list[tuple[int, int]], text: str, L) -> list[tuple[int, int]]:
    """Two runs across a spaced dash are one name where the acronym after them spells both: "the
    Information Fusion Centre – Indian Ocean Region (IFC-IOR)" is one centre, not a centre and
    a region."""
    out: list[tuple[int, int]] = []
    for s0, e0 in runs:
        if out and _DASH_GAP.fullmatch(text, out[-1][1], s0):
            a = L.acronym_after.match(text, e0)
            words = [w for w in re.split(r"[\s–—-]+", text[out[-1][0]:e0]) if w[:1].isupper()]
            if a is not None and len(words) >= 3 and "".join(c for c in a.group(1) if c.isupper()) == "".join(w[0] for w in words):
                out[-1] = (out[-1][0], e0)
                continue
        out.append((s0, e0))
    return out


def _chunk_names(text: str, start: int, end: int, blocked: _Spans, sentence_of, L):
    """Split one run of capitalized words into names with a type; yield (start, end, name, type)."""
    for s0, e0, name, typ in _split_run(text, start, end, blocked, sentence_of, L):
        if _VERB_THEN_COUNT.fullmatch(name) and _OPENS_SENTENCE.search(text, max(0, s0 - 8), s0) \
                and name.split()[0].lower() in _verb_forms():
            continue  # "Fund 500 student exchange scholarships": an act on a count, no "Fund 500"
        verb = _VERB_THE.match(text, s0, e0)
        if verb and _OPENS_SENTENCE.search(text, max(0, s0 - 8), s0):
            # a sentence that opens on its verb: "RECALLING the Regional Agenda ...", "8. Instruct
            # the General Secretariat ...", "Anchored in the 1951 Mutual Defense Treaty, ..." (a
            # name does not run on with "the" after its first word)
            s0 = verb.end()
            name = text[s0:e0]
        # "the People's Bank of China and the Central Bank of Brazil": two bodies, each of its
        # country, not one name joined by "and the"
        if L.adjective_tail_re.match(text, e0):
            # "the European Peace Facility for African-led operations": "African" is not the
            # name's (but "the Government of India-funded centres" is the Government's)
            tail = L.adjective_word_re.search(name)
            if tail and len(name[:tail.start()].split()) > 1 and _type_of(name[:tail.start()].split(), L) == typ:
                name = name[:tail.start()]
                e0 = s0 + len(name)
        # (at each "of": "the Ministry of Culture of India and UK Sport" is cut at its second)
        cut = next((c for o in _OF_AT.finditer(name) if (c := _JOINED.match(name, o.start())) and c.group(1) in L.all_country_forms), None) \
            if " and " in name else None
        if cut:
            left, right = name[:cut.start(1) + len(cut.group(1))], name[cut.end():]
            lt, rt = _type_of(left.split(), L), _type_of(right.split(), L)
            if not cut.group().rstrip().endswith(("the", "The")) and not (
                    lt == "organization" and len(right.split()) >= 2 and right.split()[0] in L.all_country_forms
                    and all(w[:1].isupper() for w in right.split())):
                lt = None  # (without "the", only a body of one country and another's by its name: "... of India and UK Sport")
            elif lt and not rt and not cut.group().rstrip().endswith(("the", "The")):
                rt = "organization"  # ("the Sports Authority of India and UK Sport": a body of each)
            if lt and rt:
                yield s0, s0 + len(left), left, lt
                yield s0 + cut.end(), e0, right, rt
                continue
        lead = _STATE_KIND_LEAD.match(name)
        if lead is None and (of := _STATE_KIND_OF.match(name)) and not L.country_re.match(name, of.end()) \
                and _THE_BEFORE.search(text, max(0, s0 - 5), s0):
            lead = of  # ("the hosting by the Kingdom of Expo 2030": the Kingdom, then what it hosts; not "the Kingdom of Spain")
        if lead:
            s0, name = s0 + lead.end(), name[lead.end():]
            typ = _type_of(name.split(), L) or typ
        head = _INSTRUMENT_TO.search(text, max(0, s0 - 40), s0) if name[:1].isupper() else None
        if head:
            # "the Protocol to Amend the ... Agreement", "the Agreement to Establish the ... Bank":
            # the instrument's name opens on its own head, before "to"
            s0 = head.start()
            name, typ = text[s0:e0], "agreement"
        yield s0, e0, name, typ


_AGAINST = _rc(r"\s+against\s+(?:the\s+)?")


def _split_run(text: str, start: int, end: int, blocked: _Spans, sentence_of, L):
    against = _AGAINST.search(text, start, end) if "against" in text[start:end] else None
    if against is not None and " ".join(text[against.end():end].split()) in L.all_country_forms:
        # ("the sanctions regime of the European Union against the Russian Federation": the
        # Union, and the state it acts against; not "the Convention against Torture")
        yield from _split_run(text, start, against.start(), blocked, sentence_of, L)
        return
    whole = sentence_of(start, end)
    if whole is not None and not _SLOW_SIGNS.search(text, start, end) and not blocked.overlaps(start, end, whole) \
            and not (start and text[start - 1] == "/"):
        # the usual case ("Trans-Pacific Partnership"): one name, nothing to split
        words = text[start:end].split()
        k = 0
        while k < len(words) and (words[k] in L.not_start or words[k] in L.connectors or _counts_before_name(words, k, L, text[end:end + 20])
                                  or (k and words[k] in L.capacity_units and _COUNT.fullmatch(words[k - 1]))):
            k += 1
        if k and k < len(words):
            k = _spelled_from(words, k, text, end, L)
        if len(words) > k + 3 and words[k] in _PROVISION_WORDS and _PROVISION_NUMBER.fullmatch(words[k + 1]) and words[k + 2] == "of":
            k += 3  # ("Article 5 of the North Atlantic Treaty": the treaty)
            while k < len(words) and words[k] in L.connectors:
                k += 1
        words = words[k:]
        if any(w in L.months for w in words):
            words = []  # (a date in the run, which may end a name: the slower reading below)
        if words and " ".join(words) in L.all_country_forms:
            return  # (a state by its long name, whose words hold a cue: "the Republic of the Union of Myanmar")
        if words and words[0] not in L.role_words and words[0] not in L.people_words and words[0] not in _SITTINGS \
                and words[0] not in L.months and words[0] not in L.act_nouns:
            typ = _type_of(words, L)
            if typ is not None and typ != "event":
                if len([w for w in words if w not in L.connectors]) > 1:
                    s0 = end - len(" ".join(words)) if k else start
                    if text[s0:end].split() == words:
                        yield _on_cut(s0, end, text[s0:end], typ, L, text)
                        return
                else:
                    return
    toks = []  # (text, start, end, is_cap)
    for m in L.token_re.finditer(text, start, end):
        if m.group(1):
            toks.append([m.group(1), m.start(), m.end(), True])
        else:
            toks.append([m.group(2), m.start(), m.end(), False])
    # segments: break at blocked spans, sentence ends, possessives of countries/people
    segs: list[list] = []
    cur: list = []
    cur_sent = None
    simple = whole is not None and not blocked.overlaps(start, end, whole)
    for t in toks:
        if not simple:
            sent = sentence_of(t[1], t[2])
            if sent is None or blocked.overlaps(t[1], t[2], sent):
                if cur:
                    segs.append(cur)
                cur = []
                continue
            if cur and sent != cur_sent:
                segs.append(cur)
                cur = []
            cur_sent = sent
        if t[3] and ("'" in t[0] or "’" in t[0]):
            core, poss = _strip_possessive(t[0])
            if poss:
                t = [core, t[1], t[1] + len(core), True]
                # (a name of several words: "Viet Nam's", "Papua New Guinea's")
                longer = next((k for k in (1, 2) if len(cur) >= k and all(w[3] for w in cur[-k:])
                               and _is_plain(" ".join([*(w[0] for w in cur[-k:]), core]), L)), 0)
                if longer:
                    del cur[-longer:]
                if longer or _is_plain(core, L) or core in L.not_start:
                    # "Government of Peru's strategy": the country closes the name it ends
                    if cur and not cur[-1][3] and cur[-1][0] in ("of", "de", "del"):
                        cur.append(t)
                    if cur:
                        segs.append(cur)
                    cur = []
                    continue
                cur.append(t)
                # a possessive ends a name unless a capitalized word follows at once
                if not _POSS_NEXT.match(text, t[2]):
                    segs.append(cur)
                    cur = []
                continue
        cur.append(t)
    if cur:
        segs.append(cur)

    for seg in segs:
        for part in ([seg] if _spelled_by_acronym(seg, text, L) else _split_segment(seg, L)):
            for got in _name_from(part, text, L):
                yield _on_cut(*got, L, text)


_APPOSED_GAP = _rc(r",\s+(?:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the))*,\s+)*")
_OF_COUNTRY_END = _rc(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")


def _apposed_to(text: str, s0: int, e0: int, by_sentence: dict, sentence_of, L):
    """The key of the person a run of titles is set off after ("His Highness Sheikh Mansour bin
    Zayed Al Nahyan, Vice President, Deputy Prime Minister and Chairman of the Presidential Court
    of the United Arab Emirates"), else None: offices named after a name are no body."""
    if s0 < 2 or text[s0 - 2] != ",":
        return None
    sent = sentence_of(s0, e0)
    title = L.person_re.match(text, s0) or L.rank_re.match(text, s0)
    if sent is None or title is None or (title.re is L.person_re and title.group("pl")):
        return None  # (a title of one opens it: not "Cabinet Secretaries and the Council of Governors")
    before = [f for f in by_sentence.get(sent, ()) if f["type"] == "person" and f["end"] <= s0]
    if not before:
        return None
    if any(f["type"] == "person" and s0 <= f["start"] <= e0 + 2 for f in by_sentence.get(sent, ())):
        return None  # ("Ishiba Shigeru, President of the European Council António Costa and ...": the next one's title)
    last = max(before, key=lambda f: f["end"])
    return last["key"] if _APPOSED_GAP.fullmatch(text, last["end"], s0) else None


def _title_and_country(title: str, L) -> tuple[str, str | None]:
    """A title written after a name, less the country it ends on ("... of Switzerland")."""
    title = " ".join(title.split())
    of = _OF_COUNTRY_END.search(title)
    country = L.all_country_forms.get(of.group(1)) if of else None
    return (title[:of.start()] if country else title), country


def _spelled_from(words: list[str], k: int, text: str, end: int, L) -> int:
    """Where a name that its acronym spells starts, from the first word kept (``k``) back: "the
    All India Institute of Medical Sciences (AIIMS)" keeps "All", a word that opens no name
    otherwise."""
    a = L.acronym_after.match(text, end)
    if a is None:
        return k
    letters = "".join(c for c in a.group(1) if c.isupper())
    for j in range(k):
        if not words[j][:1].isupper() or words[j] == "The":
            continue  # (from a word that is a letter of it: not "The", not a count)
        initials = "".join(w[0] for w in words[j:] if w[:1].isupper() and w not in ("The", "the"))
        if len(letters) >= 3 and initials == letters:
            return j
    return k


def _spelled_by_acronym(seg: list, text: str, L) -> bool:
    """Whether the acronym after a run spells all of it, over its small words too: "the
    Elimination Partnership in the Indo-Pacific for Cervical Cancer (EPICC)" is one name, not a
    partnership in a region."""
    if len(seg) < 4 or all(t[3] for t in seg):
        return False
    a = L.acronym_after.match(text, seg[-1][2])
    if a is None:
        return False
    letters = "".join(c for c in a.group(1) if c.isupper())
    words = [t[0] for t in seg if t[3] and t[0] not in ("The", "the")]
    # (after the parties' names the acronym may leave out: "the EU-Philippines Partnership and
    # Cooperation Agreement (PCA)")
    return len(letters) >= 3 and any(letters in ("".join(w[0] for w in words[k:]),
                                                 "".join(p[0] for w in words[k:] for p in w.split("-") if p))
                                     and all(_parties_word(w, L) for w in words[:k])
                                     for k in range(min(2, len(words) - 2) + 1))


def _parties_word(word: str, L) -> bool:
    """Whether a word names a pair of parties ("EU-Philippines", "ASEAN-Australia"), not one
    party before "and" ("Brazil" of "Brazil and the Inter-American Development Bank (IDB)")."""
    return "-" in word and all(p in L.all_country_forms or p in L.adjective or p in L.known_acronyms for p in word.split("-") if p)


_ON_WORD = _rc(r"\s+on\s+")
_BETWEEN_BEFORE = _rc(r"\bbetween\s+(?:the\s+)?[A-Z][^.;]*$")
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


_HORIZON_HEADS = frozenset(("Agenda", "Vision", "Strategy", "Plan", "Roadmap", "Blueprint", "Goals", "Framework", "Compact", "Outlook"))
_FOR_PERIOD = _rc(r"\s+(?P<prep>for|beyond|until|through|after)\s+(?:the\s+)?(?:(?:period|years?)\s+)?(?:19|20)\d\d"
                         r"(?:\s*[-–]\s*(?:19|20)?\d\d)?$")  # ("for the 2029-2030 term", "for 2025", "beyond 2028")
_OF_A_COUNT = _rc(r"(?<!\bGroup)(?<!\bClub)(?<!\bCommittee)\s+of\s+(?!(?:1[89]|20)\d\d$)\d[\d,.]*$")  # (not a year: "the Treaty of Guarantee of 1960")
_NAME_PLUS = _rc(r"(?<![\w-])[A-Z][\w-]*\+$")
# a fiscal year before what the money is for: "(in) Fiscal Year 2025 for the President's Emergency Plan ..."
_LEAD_PERIOD = _rc(r"(?:(?:Fiscal|Financial)\s+Years?\s+|FY\s?)(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s+"
                          r"(?:for|of|under)\s+(?:the\s+)?")


def _on_cut(s0: int, e0: int, name: str, typ: str, L, text: str = "") -> tuple[int, int, str, str]:
    """A body's name runs on over "on" only right after its head ("Committee on Fisheries",
    "Conference on Disarmament"): "the Department for Business and Trade on Investment
    Facilitation" names the department and what an instrument is on, "the Ministry of Trade on
    Monday" the ministry and a day. Nor does a name run on over the years it is for ("the
    Ukraine Facility for 2024-2027")."""
    if name[:1].isdigit() and s0 and text[s0 - 1:s0] == "+" and (plus := _NAME_PLUS.search(text, max(0, s0 - 24), s0)):
        name, s0 = text[plus.start():e0], plus.start()  # ("the ASEAN+3 Macroeconomic Research Office": one name)
    lead = _LEAD_PERIOD.match(name)
    if lead is not None and lead.end() < len(name):
        name, s0 = name[lead.end():], s0 + lead.end()
    words = name.split(" ")
    if len(words) > 2 and _ordinal_word(words[0]) and text and _spelled_from(words, 2, text, e0, L) == 1:
        # ("the Fourth Pacific Rim Partnership (PRP) Leaders' Summit": the ordinal is the summit's)
        name, s0 = name[len(words[0]) + 1:], s0 + len(words[0]) + 1
    period = _FOR_PERIOD.search(name)
    if period and ("-" in period.group() or "–" in period.group() or period.group("prep") not in ("for", "beyond")
                   or name[:period.start()].split()[-1] not in _HORIZON_HEADS):
        # (but a plan's horizon is its name: "the Agenda for 2030", "the Vision for 2050")
        name = name[:period.start()]
        e0 = s0 + len(name)
    count = _OF_A_COUNT.search(name) if " of " in name else None
    if count is not None:
        # ("an AU Election Observation Mission of 60 observers": the mission, and its size;
        # not "the Group of 77")
        name = name[:count.start()]
        e0 = s0 + len(name)
    if typ != "organization" or " on " not in name:
        return s0, e0, name, typ
    # (only before a day or in an instrument's title between two bodies: "the International Agency
    # for Research on Cancer", "the Group of Friends on ..." keep theirs)
    between = _BETWEEN_BEFORE.search(text, max(0, s0 - 200), s0) is not None
    for m in _ON_WORD.finditer(name):
        before = name[:m.start()].split()[-1]
        after = name[m.end():].split()[0] if name[m.end():].split() else ""
        if before not in L.cues and (between or after in L.months or after in _WEEKDAYS):
            cut = name[:m.start()]
            return s0, s0 + len(cut), cut, typ
    return s0, e0, name, typ


_AND_NEXT_TITLE = _rc(r",?\s*and\s+(?:the\s+)?[A-Z]")
_CAPS_BEFORE = _rc(r"(?<![\w.-])([A-Z]{2,}) $")


def _split_segment(seg: list, L) -> list[list]:
    """Split at "and" between two names, and after a country that only precedes a name; a
    date with its year ends a name ("Lima on 14 November 2024 for the V Binational Cabinet
    Meeting": a place, then a meeting)."""
    dated = _date_tokens(seg, L)
    if dated:
        pieces: list[list] = [[]]
        for i, t in enumerate(seg):
            if i in dated:
                if pieces[-1]:
                    pieces.append([])
            else:
                pieces[-1].append(t)
        return [part for piece in pieces if piece for part in _split_segment(piece, L)]
    parts: list[list] = []
    cur: list = []
    i = 0
    # an instrument named head first ("Memorandum of Understanding on Cooperation in the Field of
    # Critical Minerals", "Agreement on the Avoidance of Double Taxation and the Prevention of
    # Fiscal Evasion"): its title runs on over "in", "on", "for" and "and the", up to a place or
    # the next name headed by a cue ("... and the Ministry of Energy")
    heads = [x for x in seg[:3] if x[3] and x[0] not in ("The", "the")]
    titled = bool(heads) and L.cues.get(heads[0][0]) == "agreement" and len(seg) > seg.index(heads[0]) + 1 \
        and seg[seg.index(heads[0]) + 1][0] in ("of", "on", "between", "for", "concerning")
    if not titled:
        # (an instrument's head after its maker's name: "the 2023 Pacific Islands Forum Declaration
        # on the Continuity of Statehood and the Protection of Persons ...")
        titled = any(t[3] and L.cues.get(t[0]) == "agreement" and seg[j + 1][0] in ("of", "on", "concerning")
                     for j, t in enumerate(seg[:-1]) if j > 0 and seg[j - 1][3])
    while i < len(seg):
        t = seg[i]
        if not t[3] and t[0] in ("and", "&", "in", "on", "for") and cur:
            left_caps = [x for x in cur if x[3]]
            right = next((x for x in seg[i + 1:] if x[3]), None)
            left_last = left_caps[-1][0] if left_caps else ""
            left_text = " ".join(x[0] for x in cur if not (x is cur[0] and x[0] in ("the", "The")))
            left_plain = bool(left_caps) and (
                _is_plain(left_text, L) or all(_is_plain(x[0], L) or x[0] in L.not_start for x in left_caps)
            )
            split = left_plain
            if t[0] == "for" and not split and i + 1 < len(seg) and seg[i + 1][0] == "the" and left_caps \
                    and " ".join(x[0] for x in cur) in L.cities and right is not None:
                split = True  # "Canberra for the Fourth Pacific Rim Partnership Leaders' Summit": where, then what
            if t[0] == "for" and not split and i + 1 < len(seg) and seg[i + 1][0] == "the" and left_caps \
                    and not any(x[0] in L.cues for x in left_caps) and _type_of([x[0] for x in seg[i + 2:]], L) == "event":
                # "Port Moresby for the Annual Leaders' Meeting": where, then the meeting
                split = True
            if t[0] == "in" and not split and right is not None and _closed_by_country(cur, L) \
                    and next((x[0] for x in cur if x[0] not in ("the", "The")), "") in _STATE_STYLES \
                    and any(x[3] and L.cues.get(x[0]) == "organization" and x[0] not in L.head_only for x in seg[i + 1:]):
                # "the assets of the Republic of Guinea-Bissau in the ECOWAS Bank for Investment and
                # Development": a state, then the body its assets are in
                split = True
            if t[0] in ("and", "&") and not split:
                # "Indonesia's G20 Presidency and the Bali Leaders' Declaration": "and the"
                # begins a second name
                split = _cue_ends(cur, L) or (right is not None and right[0] in L.cues and right[0] not in L.head_only) or (
                    i + 1 < len(seg) and seg[i + 1][0] == "the" and right is not None
                    and not _region_next(seg, i + 2, L))  # (not "Latin America and the Caribbean")
                if not split and right is not None and len(left_caps) >= 2 and (
                        right[0] in L.all_country_forms or right[0] in L.adjective) and any(
                        x[3] and x[0] in L.cues and x[0] not in L.head_only for x in seg[i + 1:]):
                    # "ADNOC Gas and Indian Oil Corporation Limited", "the Bank of Japan and Korea
                    # Development Bank": a name of a country's own begins after "and"
                    split = True
                heads = [x for x in left_caps if x[0] not in ("The", "the")]
                after = []
                for x in seg[i + 1:]:
                    if not x[3] and x[0] in ("and", "&"):
                        break
                    if x[3]:
                        after.append(x[0])
                if not split and len(heads) >= 2 and heads[0][0] in L.cues and heads[0][0] not in L.head_only \
                        and len(after) >= 2 and any(w in L.cues and w not in L.head_only for w in after):
                    # "the University of the Philippines and Hiroshima University": a name headed by
                    # its cue is whole before "and" when another cue's name follows
                    split = True
                if split and len(heads) == 1 and heads[0][0] not in L.cues and not left_plain and not heads[0][0].isupper() \
                        and not (i + 1 < len(seg) and seg[i + 1][0] == "the") and not _cue_ends(cur, L):
                    split = False  # "the Securities and Exchange Board of India": one word alone names nothing
                rest_caps = [x for x in seg[i + 1:] if x[3]]
                if not split and right is not None and len(rest_caps) == 1 and right[0].isupper() and len(right[0]) >= 2 \
                        and len(left_caps) >= 2 and _is_plain(left_last, L):
                    split = True  # "State Grid Corporation of China and BYD": a second body, by its acronym
                if not split and right is not None and len(rest_caps) == 1 and right is seg[-1] and right is seg[i + 1] \
                        and _closed_by_country(cur, L) and any(L.cues.get(x[0]) == "organization" for x in left_caps):
                    split = True  # "the Ministry of Fisheries of Norway and Sernapesca": a body closed by its country, then another
                if not split and right is not None and right is seg[-1] and right[0] in L.known_acronyms \
                        and any(x[0] in L.cues for x in left_caps):
                    # "the Mohammed VI Institute for the Training of Imams and ECOWAS religious
                    # institutions": a named body, then an acronym that opens a phrase of its own
                    split = True
                if not split and len(after) >= 2 and any(w in L.cues and w not in L.head_only for w in after) \
                        and any(x[0] in L.cues and x[0] not in L.head_only for x in left_caps) and _closed_by_country(cur, L):
                    # "Reserve Bank of India and Central Bank of the UAE": a body closed by its
                    # country's name, then another body
                    split = True
                if not split and right is not None and right is seg[i + 1] and left_caps \
                        and _company_at(seg, i + 1, L):
                    # "LG Electronics and Hyundai Motor Group": a company's name begins after "and"
                    split = True
                if right is not None and (left_last, right[0]) in L.unsplit:
                    split = False
                if split and right is not None and right is seg[i + 1] and left_last in L.portfolio_words \
                        and right[0] in L.portfolio_words and heads and L.cues.get(heads[0][0]) == "organization" \
                        and not any(x[3] and x[0] in L.cues for x in seg[i + 2:i + 3]):
                    split = False  # "the Ministry of Energy and Petroleum of Kenya": two portfolios of one ministry
                if not split and len(left_caps) >= 2 and len(after) >= 2 and " ".join(after) in L.known:
                    # "Mexico's Secretariat of Economy and Natural Resources Canada": a body known by its
                    # whole name begins after "and"
                    split = True
            rest = [x[0] for x in itertools.takewhile(lambda x: x[0] not in ("and", "&"), seg[i + 1:]) if x[3]] \
                if split and titled and t[0] in ("and", "&") else []
            if rest and any(x[0] == "on" for x in cur) and L.cues.get(rest[-1]) == "initiative" and seg[i + 1][3] \
                    and not any(w in L.all_country_forms for w in rest):
                # "a Memorandum of Understanding on the Dairy and Food Systems Partnership": what the
                # instrument is on runs over "and" to a programme's name (not to a body: "... on
                # Fisheries and the Ministry of ...")
                split = False
            if split and titled and right is not None and right[0] not in L.all_country_forms and right[0] not in L.region_words \
                    and (t[0] not in ("and", "&") or seg[i + 1][0] == "the") \
                    and not any(x[3] and x[0] in L.cues for x in itertools.takewhile(lambda x: x[0] not in ("and", "&"), seg[i + 1:])):
                split = False
            if split:
                parts.append(cur)
                cur = []
                i += 1
                continue
        cur.append(t)
        i += 1
    if cur:
        parts.append(cur)
    return parts


_STATE_STYLES = frozenset("Republic Kingdom State Federation Sultanate Emirate Principality Commonwealth Government".split())


def _company_at(seg: list, i: int, L) -> bool:
    """Whether the capitalized words from ``seg[i]`` on open with a company's name of
    ``data/companies.csv`` ("Hyundai Motor Group", "Tata Motors Limited")."""
    words = []
    for x in seg[i:i + 3]:
        if not x[3]:
            break
        words.append(x[0])
        if " ".join(words) in L.company_forms:
            return True
    return False


def _closed_by_country(cur: list, L) -> bool:
    """Whether the words so far end on "of" and a country's name ("... Bank of India", "...
    Authority of the United Arab Emirates")."""
    for k in (1, 2, 3):
        if len(cur) > k and cur[-k - 1][0] in ("of", "the") and all(x[3] for x in cur[-k:]) \
                and " ".join(x[0] for x in cur[-k:]) in L.all_country_forms:
            return True
    return False


def _region_next(seg: list, k: int, L) -> bool:
    """Whether the words from ``seg[k]`` on begin with a region ("the Caribbean", "the Middle
    East"), not just a word regions use ("the Central Bank of Kenya")."""
    words, region_end = [], None
    for j, t in enumerate(seg[k:k + 4]):
        if not t[3]:
            break
        words.append(t[0])
        if " ".join(words) in L.regions:
            region_end = k + j + 1
    if region_end is None and k < len(seg) and seg[k][3] and seg[k][0] in L.region_words:
        region_end = k + 1  # "... for the DRC and the Region"
    # (and the name ends there: "the Middle East Institute" is a name of its own)
    return region_end is not None and not (region_end < len(seg) and seg[region_end][3])


def _date_tokens(seg: list, L) -> set[int]:
    """Indices of a date's words in a run: a month with a four-digit year after it, and a day
    before it ("14 November 2024", "November 2024"; not "March 23 Movement"), or a year after
    "in" ("in 2024"; not "Vision 2030 Forum")."""
    out: set[int] = set()
    for i, t in enumerate(seg):
        if t[0] in L.months and i + 1 < len(seg) and _YEAR.fullmatch(seg[i + 1][0].rstrip(",")):
            first = i - 1 if i and seg[i - 1][0].rstrip(",").isdigit() else i
            if first and seg[first - 1][0] == "of" and _caps_before(seg, first - 1, L) < 2 \
                    and not any(L.cues.get(x[0]) == "organization" for x in seg[:first - 1]):
                # the name's own date: "the Treaty of 12 June 2019" (but "the Paris Agreement" is named
                # without it; and a body has no date: "the International Court of Justice of 27 January 2014")
                continue
            out |= set(range(first, i + 2))
        elif t[0] in ("in", "since", "until") and 0 < i and i + 1 < len(seg) and _YEAR.fullmatch(seg[i + 1][0].rstrip(",")) \
                and i + 3 < len(seg) and not seg[i + 2][3]:
            out |= {i, i + 1}  # "raised by the Korean National Assembly in 2024 for the ...": a year between two names
    return out


def _caps_before(seg: list, i: int, L) -> int:
    """How many capitalized words of a name stand right before ``seg[i]``, with no small word
    between ("The" opening a sentence is none)."""
    n = 0
    while i - n - 1 >= 0 and seg[i - n - 1][3] and seg[i - n - 1][0] not in L.not_start:
        n += 1
    return n


def _cue_ends(cur: list, L) -> bool:
    """Whether the words before an "and" end on a cue word, which ends a name there ("the Clean
    Air Act and the ..."); a head-only cue after a connector does not ("Ministry of Law and
    Justice")."""
    caps = [x for x in cur if x[3]]
    if not caps or caps[-1][0] not in L.cues:
        return False
    if len(cur) >= 3 and cur[-1] is caps[-1] and not cur[-2][3] and cur[-2][0] in ("for", "on", "of", "in") \
            and any(x[0] in L.cues for x in caps[:-1]):
        return False  # ("the Joint Action Plan for Dialogue and Cooperation": the cue after "for" is what the name is for)
    return caps[-1][0] not in L.head_only or (len(cur) >= 2 and cur[-1] is caps[-1] and cur[-2][3])


_THE_FIRST = _rc(r"[Tt]he\s+(?=[A-Z])")
_NAME_OPENS_AFTER = _rc(r"\n\s*|['’]s\s+")
_OWNER_END = _rc(r"(?:\s*['’]s)?\s*$")
_CAPS_LIST_ACRONYM = _rc(r"(?:,\s+(?:and\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*)+\s*\(([A-Z][A-Za-z]{1,9})\)")
_MINISTER = _rc(r"(?<!Prime )(?<!Chief )(?<!First )\bMinister\b")
_OF_TAIL = _rc(r"\s+of\s+(?:the\s+)?([^,]+?)\s*$")
_SITTINGS = frozenset(["Session", "Sitting", "Plenary"])
# the words that may open a sitting's name: its number and its kind ("Sixty-Eighth Ordinary", "11th Extraordinary")
_SITTING_WORD = _rc(r"(?i:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th)|first|second|third|ordinary|extraordinary"
                           r"|special|regular|annual|plenary|joint|emergency)")
_MEMBER_WORDS = frozenset(["Member", "States", "Countries", "Governments", "State", "Government"])  # (and "Heads of State and Government of ...")


_PROVISION_WORDS = frozenset(["Article", "Articles", "Section", "Chapter", "Paragraph", "Clause", "Annex", "Part", "Title"])
_PROVISION_NUMBER = _rc(r"(?:\d{1,3}|[IVXL]{1,6})(?:\.\d{1,2})?[a-z]?")


def _name_from(part: list, text: str, L):
    # strip leading words that do not start a name, and connectors left in front (a month too:
    # "signed in July the UK-India Comprehensive Economic and Trade Agreement")
    while part and ((part[0][3] and (part[0][0] in L.not_start or part[0][0] in L.months)) or not part[0][3]
                    or _counts_before_name([t[0] for t in part], 0, L, text[part[-1][2]:part[-1][2] + 20])  # ("3 Quad Centres")
                    or (len(part) > 1 and part[0][0] in L.capacity_units)):  # (its capacity's unit: "1,020 MW Punatsangchhu-II")
        part = part[1:]
    if len(part) > 2 and part[1][0] == "," and _is_plain(part[0][0], L):
        # ("... for Mali and the Sahel, Head of the AU Mission for ...": a place that ends a title,
        # then a comma; no name opens on it)
        part = part[2:]
        while part and not part[0][3]:
            part = part[1:]
        if not part:
            return
    if len(part) > 3 and part[0][0] in _PROVISION_WORDS and _PROVISION_NUMBER.fullmatch(part[1][0]) and part[2][0] == "of":
        # ("Article IV of the 1951 Mutual Defense Treaty": the treaty, whose article is cited)
        part = part[3:]
        while part and not part[0][3]:
            part = part[1:]
    # "the 11th Session of the Bi-National Commission": the body, not its sitting; "Heads of
    # State/Government of the Association of ...": the Association
    # ("the Sixty-Eighth Ordinary Session of the Authority ...": the ordinal and the kind of sitting first)
    j = next((i for i, t in enumerate(part[:5]) if t[0] == "of"), None)
    if j is not None and 1 < j < len(part) - 1 and part[j - 1][0] in _SITTINGS \
            and all(_SITTING_WORD.fullmatch(t[0]) for t in part[:j - 1]):
        part = part[j - 1:]
    if len(part) > 2 and part[1][0] == "of" and (part[0][0] in _SITTINGS or part[0][0] in L.act_nouns or (
            part[0][0] in _MEMBER_WORDS and part[0][1] > 0 and text[part[0][1] - 1] == "/")):
        part = part[2:]
        while part and not part[0][3]:
            part = part[1:]
    # "the Member States of the Gulf Cooperation Council (GCC)": the body, whose members they are
    k = 0
    while k < len(part) and part[k][3] and part[k][0] in _MEMBER_WORDS:
        k += 1
    if part and part[0][0] in ("Member", "Members") and 0 < k < len(part) - 1 and part[k][0] == "of":
        part = part[k + 1:]
        while part and not part[0][3]:
            part = part[1:]
    # "Foreign Ministers of the Gulf Cooperation Council": the people are not the body's name
    k = 0
    while k < len(part) and part[k][3] and (part[k][0] in L.role_words or part[k][0].rstrip("s") in L.role_words
                                             or part[k][0].rsplit("-", 1)[-1] in L.role_words  # "Vice-President"
                                             or part[k][0] in L.people_words):
        k += 1
    head = part[k - 1][0] if k else ""
    if 0 < k < len(part) and part[k][0] == "of" and (
            head in L.role_heads or head.rstrip("s") in L.role_heads or head.rsplit("-", 1)[-1] in L.role_heads
            or head in L.people_words):
        part = part[k + 1:]
        while part and not part[0][3]:
            part = part[1:]
        while True:
            # ... nor their portfolio, nor the states they are of: "The Ministers of Foreign
            # Affairs of the Member States of the African Union" name the African Union
            k = 0
            while k < len(part) and part[k][3] and (part[k][0] in L.portfolio_words or part[k][0] in _MEMBER_WORDS):
                k += 1
            if not (0 < k < len(part) and part[k][0] in ("of", "and")):
                break
            part = part[k + 1:]
            while part and not part[0][3]:
                part = part[1:]
    while part and not part[-1][3]:
        part = part[:-1]
    # "Lao Development Bank for LAK 500 billion": an amount ends the name, its currency too
    for k, t in enumerate(part):
        if k and t[3] and t[0] in L.currency_codes and _AMOUNT_NEXT.match(text, t[2]):
            part = part[:k]
            while part and not part[-1][3]:
                part = part[:-1]
            break
    # "Forum Leaders", "ASEAN Ministers": people of a body, no name of their own (but "Council of
    # Ministers" is a body, and "Declaration on the Rights of Indigenous Peoples" names them)
    while len(part) > 1 and part[-1][3] and part[-1][0] in L.people_words and part[-2][3] \
            and not (len(part) > 2 and part[-3][0] == "of"):
        part = part[:-1]
    # a country's adjective after a small word ends no name, it opens the phrase after it: "the
    # Export-Import Bank of India for Brazilian infrastructure projects"
    if len(part) > 3 and part[-1][3] and part[-1][0] in L.adjective and not part[-2][3] and part[-2][0] in ("for", "of", "on", "in", "and"):
        part = part[:-2]
    if not part:
        return
    words = [t[0] for t in part]
    if len(words) > 1 and words[0] in L.region_qualifiers and " ".join(words[1:]) in L.all_country_forms:
        return  # ("the Eastern Democratic Republic of Congo": a part of the country, found as the country)
    if " ".join(words) in L.all_country_forms:
        return  # (a state by its long name, whose words hold a cue: "the Republic of the Union of Myanmar")
    caps = [t for t in part if t[3]]
    typ = _type_of(words, L)
    s0, e0 = part[0][1], part[-1][2]
    if typ is None:
        trail = L.trailing_re.match(text, e0)
        if trail and any(not _is_plain(t[0], L) and not t[0][0].isdigit() for t in caps):
            if len(caps) == 1 and caps[0][0] in L.role_words:
                return
            if len(caps) == 1 and trail.group(1)[:1].islower() and all(
                    w in L.all_country_forms or w in L.known for w in re.split(r"[-–]", caps[0][0])):
                return  # "a biennial EU-Egypt summit": the parties' meeting, named by no name of its own
            yield s0, e0, text[s0:e0], L.trailing_cues[trail.group(1)]
            return
        acr = L.acronym_after.match(text, e0)
        if acr and len(caps) >= 2 and text[s0:e0] in L.all_country_forms:
            return  # "the Democratic Republic of Congo (DRC)": a country, found as one
        if acr and len(caps) >= 2 and acr.group(1) not in L.currency_codes and _acronym_fits(acr.group(1), text[s0:e0]) \
                and not _plural_acronym(acr.group(1), text[s0:e0], L) and acr.group(1) not in L.concept_acronyms:
            # (not "Indian Rupees (INR)": a currency; nor "Nationally Determined Contributions
            # (NDCs)" or "Special Drawing Rights (SDRs)": things, many of them, not a body)
            yield s0, e0, text[s0:e0], "organization"
        return
    if len(caps) == 1:
        return  # a cue word alone ("the Agreement") refers back, it does not name
    if typ == "agreement" and " ".join(words) in L.plain_laws:
        return  # "in accordance with International Law": a body of law, no instrument
    # "Summit in Lima", "Dialogue in New Delhi": the city is not part of the name (but a
    # country or region is: "UN Stabilization Mission in Haiti")
    last_cue = max(i for i, t in enumerate(part) if t[3] and L.cues.get(_strip_possessive(t[0])[0]))
    cut = next((i for i in range(last_cue + 1, len(part)) if not part[i][3] and part[i][0] in ("in", "at")), None)
    if cut is not None:
        rest = " ".join(t[0] for t in part[cut + 1:] if not (t[0] == "the" and t is part[cut + 1]))
        words_after = rest.split()
        # ("Enhanced Partnership in Northern Europe": a region with its qualifier is part of the
        # name as a region is)
        region = _is_plain(rest, L) or (len(words_after) == 2 and words_after[0] in L.region_qualifiers
                                        and _is_plain(words_after[1], L))
        # (an instrument's title, head first, runs on: "Memorandum of Understanding on
        # Cooperation in the Field of Critical Minerals", "Agreement on Mutual Legal Assistance in
        # Criminal Matters"; but "Agreement on Trade in Lima" was signed in a city)
        head_at = next((i for i, w in enumerate(words[:-1]) if L.cues.get(w) == "agreement"), None)
        titled = typ == "agreement" and head_at is not None \
            and words[head_at + 1] in ("of", "on", "between", "for", "concerning") and len(words_after) >= 2 \
            and rest not in L.all_country_forms and part[cut][0] == "in"
        if (typ == "event" or not region) and not titled and not _spelled_by_acronym(part, text, L):
            part = part[:cut]
            e0 = part[-1][2]
            if typ == "organization" and len([t for t in part if t[3]]) == 1:
                return  # ("its Embassy in Warsaw", "the Ministry in Nairobi": a body's cue word alone, no name)
    if typ == "event":
        ordm = L.ordinal_before.search(text, max(0, s0 - 30), s0)
        if ordm:
            s0 = ordm.start(1)
    yield s0, e0, text[s0:e0], typ


_THEME_BEFORE = _rc(r"\b(?:theme|motto|slogan|tagline|watchword)s?\s*(?:of\s+)?[:,]?\s*$", re.I)
_INSTRUMENT_TO = _rc(r"(?:Additional\s+|Amending\s+)?(?:Protocol|Agreement|Convention|Treaty|Memorandum\s+of\s+Understanding|Accord|Charter|Arrangement)\s+to\s+$")


def _plural_acronym(acr: str, name: str, L) -> bool:
    """"NDCs", "SDRs", "MoUs": an acronym with a plural s, of a name that does not end in bodies
    ("Multilateral Development Banks (MDBs)", "Regional Fisheries Management Organisations")."""
    if not (len(acr) >= 3 and acr.endswith("s") and acr[0].isupper() and acr[-2].isupper()):
        return False
    last = name.split()[-1]
    for one in (last[:-3] + "y" if last.endswith("ies") else None, last[:-1]):
        if one and L.cues.get(one) == "organization":
            return False
    return True


def _short_name(word: str, L) -> bool:
    """Whether a word in brackets after an organization's name is its short name, written as
    a word: "the Brazilian Agricultural Research Corporation (Embrapa)", "the Oswaldo Cruz
    Foundation (Fiocruz)" (not a country, a month or a word of the lexicons)."""
    return (word.isalpha() and 4 <= len(word) <= 12 and word[0].isupper() and word[1:].islower()
            and word not in L.all_country_forms and word not in L.adjective and word not in L.months
            and word not in L.cues and word not in L.not_start)


_MISSION_WORD = _rc(r"\b(?:Mission|Operation|Force)\b")  # (not "the Clean Cooking Initiative (BMZ)", its donor)


def _foreign_acronym(acr: str, L) -> bool:
    """An organization's acronym in its own language, in brackets after its English name: "the
    German Academic Exchange Service (DAAD)", "the French Development Agency (AFD)"."""
    return (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 8 and acr not in L.currency_codes
            and acr not in L.all_country_forms and acr not in L.known_acronyms)  # (not "(ECOWAS)", a body of its own)


def _acronym_of_tail(acr: str, name: str) -> bool:
    """Whether the acronym after a name spells only the body the name ends "of": "General
    Review of Quotas of the International Monetary Fund (IMF)" is the Fund's acronym, not the
    review's."""
    letters = "".join(c for c in acr if c.isupper())
    # (the tail may hold its own "of": "... of the Economic Community of West African States (ECOWAS)")
    for m in re.finditer(r"\bof\s+(?:the\s+)?(?=[A-Z])", name):
        if m.start() == 0:
            continue
        words = name[m.end():].split()
        if not words or not words[-1][:1].isupper() or len(words) > 8:
            continue
        caps = "".join(w[0] for w in words if w[0].isupper())
        every = "".join(w[0].upper() for w in words if w.lower() not in ("the", "and", "&"))
        head = [w for w in name[:m.start()].split() if w[:1].isupper()]
        if letters in (caps, every) and not (head and head[0][0] == letters[0] and len(head) >= len(letters)):
            return True
    return False


_OWNER_BEFORE = _rc(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+$")


def _acronym_fits(acr: str, name: str) -> bool:
    letters = [c for c in acr if c.isupper()]
    if len(letters) < 2 or len(acr) > 15:
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and w.lower() not in ("the",)]
    initials = [w[0] for w in words[:2]]
    # (or the name's last words spell it: "U.S.-Mexico High-Level Economic Dialogue (HLED)")
    return letters[0] in initials or "".join(w[0] for w in words[-len(letters):]) == "".join(letters)


def _described_parties(who: str, start: int, prior: list[dict], entities, st, L) -> str:
    """Name the parties of a described agreement: "both institutions" are the last two named."""
    who = re.sub(r"^the\s+", "", who.strip())
    if L.both_institutions.match(who):
        names: list[str] = []
        for f in sorted(prior, key=lambda f: f["start"]):
            if f["start"] < start and entities[f["key"]]["type"] == "organization":
                name = entities[f["key"]]["name"]
                if name in names:
                    names.remove(name)
                names.append(name)
        if len(names) >= 2:
            return f"{names[-2]} and {names[-1]}"
    if L.both_countries.match(who) and len(st.parties) == 2:
        return f"{st.parties[0]} and {st.parties[1]}"
    return who


_LIST_GAP = _rc(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_FOR_PARTY = _rc(r"^[ \t]*(?:For|FOR|On behalf of|ON BEHALF OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?([^\n,]{2,80}?)[ \t]*:?[ \t]*\n"
                        r"(?:[ \t]*\n)?[ \t]*(?:\(?(?:[Ss]igned|[Ss]gd\.?)\)?[ \t]*)?"
                        r"((?:H\.E\.\s+|Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|van|von|der|bin|binti|al|el)){1,5})"
                        r"[ \t]*(?:\((?:signed|sgd\.?)\))?[ \t]*(?:\n|$)", re.M)
_STATE_PREFIX = _rc(r"(?:(?:[A-Z][\w'’-]*\s+)+of\s+(?:the\s+)?)?")  # "Federal Democratic Republic of"


_GROUP_LEADS_BEFORE = _rc(r"(?:^|[^\w.])([A-Z]{2,6}|African\s+Union|European\s+Union)[ \t]+\Z")


def _assign_countries(st, persons, found, L) -> None:
    """Fill in whom each person speaks for (see the module docstring for the order of rules)."""
    parties = [p for p in st.parties if isinstance(p, str)]
    # "The U.S. delegation was led by A, B and C.": the people a delegation's sentence names
    text = st.text
    by_key = {p["key"]: p for p in persons}
    for f in found:
        # a party that is no state named right before the title: "AU Commissioner for Infrastructure
        # ... Lerato Mataboge", "EU Special Representative ..." (a state's is read with the title)
        if f["type"] == "person" and not by_key[f["key"]]["country"] and (lead := _GROUP_LEADS_BEFORE.search(text, max(0, f["start"] - 30), f["start"])):
            who = next((name for i, name in S._groups_at(lead.group(1)) if i == 0), None) or L.all_country_forms.get(lead.group(1))
            if who in parties:
                by_key[f["key"]]["country"] = who
    delegations = list(L.delegation_re.finditer(text))
    for k, m in enumerate(delegations):
        c = L.delegation_who_re.search(text, max(0, m.start() - 40), m.start())
        form = c.group(1) if c else None
        who = L.all_country_forms.get(form) or L.adjective.get(form) if form else None
        sent = next((s for s in st.sentences if s.start <= m.start() < s.end), None)
        if who is None or sent is None:
            continue
        # (up to the next delegation: "The Ghanaian delegation was led by A, while the
        # Burkinabè delegation was led by B")
        stop = min(sent.end, delegations[k + 1].start() if k + 1 < len(delegations) else sent.end)
        for other in L.delegation_end_re.finditer(text, m.end(), stop):
            w = other.group("w")
            gapped = other.group("gapped")
            if gapped is not None:
                if gapped not in L.all_country_forms:
                    continue
                stop = other.start()
                # (the people after each such clause speak for the country it names, up to the next)
                clauses = [g for g in L.delegation_end_re.finditer(text, other.start(), sent.end)
                           if g.group("gapped") in L.all_country_forms]
                for g, nxt in zip(clauses, [*clauses[1:], None]):
                    end = nxt.start() if nxt else sent.end
                    for f in found:
                        if f["type"] == "person" and g.end() <= f["start"] < end and not by_key[f["key"]]["country"]:
                            by_key[f["key"]]["country"] = L.all_country_forms[g.group("gapped")]
                break
            if w is None or w in L.all_country_forms or w in L.adjective:
                # "..., and the Japanese delegation by ...", "..., who held talks with ..."
                # (not "and the negotiating team by ...": no other country's)
                stop = other.start()
                break
        for f in found:
            if f["type"] == "person" and m.end() <= f["start"] < stop and not by_key[f["key"]]["country"]:
                by_key[f["key"]]["country"] = who
    # a signature block: "For the Republic of Kenya" on the line above a name
    for m in _FOR_PARTY.finditer(text):
        c = L.country_re.search(m.group(1))
        if c is None or m.group(1)[c.end():].strip(" :") or not _STATE_PREFIX.fullmatch(m.group(1)[:c.start()]):
            continue  # (the line names a state and nothing else: not "For the UNDP in Kenya")
        signer = set(m.group(2).split()) - _PARTICLES
        for p in persons:
            if not p["country"] and signer and p["tokens"] and (p["tokens"] <= signer or signer <= p["tokens"]):
                p["country"] = L.all_country_forms[c.group()]
    _visits(st, persons, found, parties, L)
    _named_in_pairs(text, found, by_key, parties, L)
    # (a minister named in a sentence with a US official: the two sides' people, "Secretary of
    # Commerce Howard Lutnick and Minister of Industry and Trade Nguyen Hong Dien"; not a third
    # country's, "the visit of Prime Minister Mohammad Mustafa to Cairo")
    union_only = "European Union" in parties and all(c in L.offices for c in parties)  # (no other union with a Commission)
    for p in persons:
        office = L.national_offices.get(p["role"]) if not p["country"] else None
        if office in parties:
            p["country"] = office  # "Secretary of State Marco Rubio" in a text of the United States
        elif not p["country"] and p["role"] and union_only and _UNION_OFFICE.match(p["role"]):
            p["country"] = "European Union"  # "Commissioner for Trade Maroš Šefčovič" in a text of the Union's
    for without in ("United States", "European Union"):
        if len(parties) != 2 or without not in parties:
            continue
        # a party that has no ministers: "Minister of Industry and Trade Nguyen Hong Dien" in a
        # readout of the United States and Vietnam is Vietnam's, and "Minister of Economy, Trade
        # and Industry Yoji Muto" beside a Commissioner in a text of the EU and Japan is Japan's
        theirs = {p["key"] for p in persons if p["country"] == without or L.national_offices.get(p["role"]) == without}
        their_sentences = {f["sentence"] for f in found if f["key"] in theirs}
        beside = {f["key"] for f in found if f["type"] == "person" and f["sentence"] in their_sentences}
        other = next(c for c in parties if c != without)
        if other not in L.offices or other == "European Union":  # (a minister there is a member state's)
            continue
        for p in persons:
            if not p["country"] and p["role"] and _MINISTER.search(p["role"]) and p["key"] in beside:
                p["country"] = other
    leaders = [x for x in st.leaders if isinstance(x, str)]
    if leaders and len(leaders) == len(parties):
        for p in persons:
            if p["country"]:
                continue
            for i, leader in enumerate(leaders):
                lt = set(leader.split()) - _PARTICLES
                if lt and (p["tokens"] <= lt or lt <= p["tokens"]):
                    p["country"] = parties[i]
                    break
    # people the lexicon knows: "Prime Minister Albanese" in a statement of India and Australia
    # (before leaders are paired with the parties by the order they are named in)
    year = st.date.year if st.date else None
    for p in persons:
        if not p["country"]:
            p["country"] = _known_country(p["tokens"], year, L)
    # ("Prime Minister Mette Frederiksen said Denmark would ...": one the lexicon does not know
    # speaks for the country she says will act, before leaders are paired by order)
    for f in found:
        said = L.said_country_re.match(text, f["end"]) if f["type"] == "person" and not by_key[f["key"]]["country"] else None
        if said:
            by_key[f["key"]]["country"] = L.all_country_forms[said.group(1)]
    claimed = {p["country"] for p in persons if p["country"] and p["role"] in L.leader_roles}
    # (a group of states has no head to pair: "King Salman" in a GCC communiqué is not the GCC's)
    free_parties = [c for c in parties if c not in claimed and c in L.offices]
    first = {}
    for f in found:
        if f["type"] == "person":
            first[f["key"]] = min(first.get(f["key"], f["start"]), f["start"])

    def pair(people: list[dict], open_parties: list[str], least: int = 1) -> None:
        """One person per party, both in the order they are named, when the counts agree."""
        if len(people) >= least and len(people) == len(open_parties):
            for p, c in zip(sorted(people, key=lambda p: first[p["key"]]), open_parties):
                p["country"] = c

    free_leaders = [p for p in persons if not p["country"] and p["role"] in L.leader_roles and p["key"] in first]
    if len(free_leaders) >= 2:
        # "We, President Biden, Prime Minister Kishida and President Marcos, met ... between the
        # United States, Japan and the Philippines": the parties in the order of the leaders'
        # own sentence, where it names them all, rather than the title's
        lead_sent = next(f["sentence"] for f in found if f["key"] == min(free_leaders, key=lambda p: first[p["key"]])["key"])
        s = st.sentences[lead_sent]
        hits = [m for m in L.country_re.finditer(text, s.start, s.end) if L.all_country_forms.get(m.group()) in free_parties]
        in_sentence = list(dict.fromkeys(L.all_country_forms[m.group()] for m in hits))
        listed = all(_LIST_GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(hits, hits[1:]))
        if listed and len(in_sentence) == len(free_parties) == len(hits):
            free_parties = in_sentence  # (a list of them: "between the United States, Japan, and the Philippines")
    free_parties = _by_office(free_leaders, free_parties, L)
    pair([p for p in free_leaders if not p["country"]], free_parties)
    # the same for any title the parties' people share: "Foreign Minister Diana Mondino and
    # Foreign Minister Alberto van Klaveren" in a statement of Argentina and Chile
    # ... in the order the text has already set: "Prime Minister Luxon of New Zealand met Prime
    # Minister Pham Minh Chinh of Viet Nam. Foreign Minister Peters and Foreign Minister Bui
    # Thanh Son met." pairs Peters with New Zealand whatever the title's order
    named = sorted((first[p["key"]], p["country"]) for p in persons if p["country"] in parties and p["key"] in first)
    order = list(dict.fromkeys([c for _, c in named] + parties))
    by_role: dict[str, list[dict]] = {}
    for p in persons:
        if not p["country"] and p["role"] and p["key"] in first:
            by_role.setdefault(p["role"], []).append(p)
    for role, group in by_role.items():
        taken = {q["country"] for q in persons if q["role"] == role and q["country"]}
        pair(group, [c for c in order if c not in taken], least=2)
    # the one official left for the one party no one speaks for: "Secretary Blinken" in a
    # readout of his meeting with Indonesia's Foreign Minister
    if len(parties) == 2:
        left = [p for p in persons if not p["country"] and p["role"] and p["key"] in first
                and p["role"].lower() not in L.international_roles and p["role"].split()[-1] not in L.reporting_roles]
        spoken = {p["country"] for p in persons if p["country"]}
        free = [c for c in parties if c not in spoken]
        if len(left) == 1 and len(free) == 1:
            left[0]["country"] = free[0]
    _named_in_pairs(text, found, by_key, parties, L)  # (again, with the people the lexicon and the titles placed)


_PAIR_GAP = _rc(r"\s*,?\s+and\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.\s?E)\.?\s+)?(?:(?P<own>[A-Z][\w .'’-]{1,40}?)['’]s\s+)?")
_PLURAL_TITLE_BEFORE = _rc(r"\b(?:Ministers|Secretaries|Ambassadors|Envoys|Representatives|Commissioners|Governors|Heads|Chiefs)"
                                  r"(?:\s+(?:of|for)\s+[^,;.]{1,60})?,\s+(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.\s?E)\.?\s+)?$")
_ADJECTIVE_BEFORE = _rc(r"(?:^|\s)([A-Z][\w'’-]+)\s+$")


def _named_in_pairs(text: str, found: list[dict], by_key: dict, parties: list[str], L) -> None:
    """Whose two people named as a pair are, where one is known: in a text of two parties, one
    of each where a plural title names both ("The Ministers of Foreign Affairs, Mr. Nasser
    Bourita and Mr. José Manuel Albares Bueno") or the second is another's ("The Minister for
    Trade, Hon Todd McClay, and Chile's Minister of Foreign Affairs, ..."); the same party's where
    one country's adjective heads both titles ("Philippine Secretary of Foreign Affairs Maria
    Theresa Lazaro and Secretary of National Defense Gilberto C. Teodoro Jr.")."""
    people = sorted((f for f in found if f["type"] == "person"), key=lambda f: f["start"])
    for a, b in zip(people, people[1:]):
        pa, pb = by_key[a["key"]], by_key[b["key"]]
        if a["sentence"] != b["sentence"] or a["key"] == b["key"] or bool(pa["country"]) == bool(pb["country"]):
            continue
        gap = _PAIR_GAP.fullmatch(text, a["end"], b["start"])
        if gap is None:
            continue
        adj = _ADJECTIVE_BEFORE.search(text, max(0, a["start"] - 30), a["start"])
        word = adj.group(1) if adj else ""
        # (or a country's possessive: "the Republic of Korea's Minister of Foreign Affairs, Cho Hyun, and
        # Minister of National Defense, Ahn Gyu-back")
        whose = L.adjective.get(word) or (L.all_country_forms.get(word[:-2]) if word.endswith(("'s", "’s")) else None)
        if gap.group().strip(" ,") == "and" and whose and pa["country"] == whose \
                and pb.get("role") and text.startswith(pb["role"], b["start"]):
            pb["country"] = pa["country"]  # (one adjective heads both titles)
            continue
        if len(parties) != 2:
            continue
        own = gap.group("own")
        plural = _PLURAL_TITLE_BEFORE.search(text, max(0, a["start"] - 90), a["start"])
        if not (plural or (own and L.all_country_forms.get(own.removeprefix("the ")) == pb["country"])):
            continue
        known, free = (pa, pb) if pa["country"] else (pb, pa)
        if known["country"] in parties:
            free["country"] = next(c for c in parties if c != known["country"])


_INVITATION = _rc(r"\b(?:[Aa]t|[Uu]pon|[Oo]n|[Ii]n\s+response\s+to)\s+the\s+(?:kind\s+|gracious\s+)?invitation\s+of\b")
_VISIT_TO = _rc(
    r"\b(?:paid|pays|paying|made|makes|making|undertook|undertakes|undertaking|conducted|conducts|is\s+on|was\s+on)"
    r"\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?[Vv]isits?\s+to\s+")
_GAPPED_ACCOMPANY = _rc(r",\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}by\b")
_ACCOMPANIED = _rc(r"\b(?:was|were|is|are)\s+accompanied\s+by\b")


def _visits(st, persons, found, parties: list[str], L) -> None:
    """Whom the host and the guest of a visit speak for: "At the invitation of President A,
    President B paid a State Visit to France" (or "B paid ... at the invitation of A"): A is
    France's, and B, of a statement of two parties, the other's; then "President B was
    accompanied by C, D and E" makes them B's."""
    text = st.text
    by_key = {p["key"]: p for p in persons}
    by_sent: dict[int, list[dict]] = {}
    for f in found:
        if f["type"] == "person":
            by_sent.setdefault(f["sentence"], []).append(f)
    for si, mentions in by_sent.items():
        sent = st.sentences[si]
        mentions = sorted(mentions, key=lambda f: f["start"])
        inv = _INVITATION.search(text, sent.start, sent.end)
        visit = _VISIT_TO.search(text, sent.start, sent.end) if inv else None
        if inv and visit:
            c = L.country_re.search(text, visit.end(), min(sent.end, visit.end() + 80))
            visited = L.all_country_forms.get(c.group()) if c and _STATE_PREFIX.fullmatch(text, visit.end(), c.start()) else None
            if visited in parties:
                if inv.start() < visit.start():
                    hosts = [f for f in mentions if inv.end() <= f["start"] < visit.start()][:1]
                    guests = [f for f in mentions if inv.end() <= f["start"] < visit.start()][1:2]
                else:
                    guests = [f for f in mentions if f["start"] < visit.start()][:1]
                    hosts = [f for f in mentions if f["start"] >= inv.end()][:1]
                others = [c for c in parties if c != visited]
                for f in hosts:
                    by_key[f["key"]]["country"] = by_key[f["key"]]["country"] or visited
                for f in guests:
                    if len(others) == 1 and f["key"] not in {h["key"] for h in hosts}:
                        by_key[f["key"]]["country"] = by_key[f["key"]]["country"] or others[0]
        acc = _ACCOMPANIED.search(text, sent.start, sent.end)
        if acc:
            lead = [f for f in mentions if f["start"] < acc.start()][-1:]
            who = by_key[lead[0]["key"]]["country"] if lead else None
            if not lead:
                # ("The Prime Minister of Bhutan was accompanied by ...": the country the subject
                # names; "The Prime Minister was ...": the one person of that title the text names)
                subject = text[sent.start:acc.start()]
                c = L.country_re.search(subject)
                holders = {p["country"] for p in persons if p["role"] and p["country"] and p["role"] in subject}
                who = L.all_country_forms.get(c.group()) if c else (holders.pop() if len(holders) == 1 else None)
            # ("President Orsi was accompanied by A, and President Milei by B": B is Milei's)
            gap = _GAPPED_ACCOMPANY.search(text, acc.end(), sent.end)
            second = [f for f in mentions if gap is not None and gap.start() < f["start"] < gap.end()][-1:]
            who2 = by_key[second[0]["key"]]["country"] if second else None
            for f in mentions:
                if f["start"] <= acc.end() or by_key[f["key"]]["country"]:
                    continue
                if gap is not None and f["start"] >= gap.start():
                    if who2 and f["start"] > gap.end():
                        by_key[f["key"]]["country"] = who2
                elif who:
                    by_key[f["key"]]["country"] = who


@lru_cache(maxsize=1)
def leader_rows() -> tuple[dict, ...]:
    """The rows of ``data/leaders.csv`` (name, country, alone, from, until), read once: the
    entity analysis and the statement's parties both use them."""
    from .datafiles import read_csv

    return tuple(read_csv(config.DATA_DIR / "leaders.csv"))


def _known_people() -> dict[str, list[tuple[frozenset, str, bool, int, int]]]:
    """``data/leaders.csv`` by each word of a name: ``(words, country, alone, from, until)``."""
    index: dict[str, list] = {}
    for row in leader_rows():
        words = frozenset(_name_key(row["name"]))
        entry = (words, row["country"], row["alone"] == "yes", int(row["from"] or 0), int(row["until"] or 9999))
        for w in words:
            index.setdefault(w, []).append(entry)
    return index


def _name_key(name: str) -> set[str]:
    """The words of a name as the lexicon compares them: lower case ("Al Saud" is "al Saud"),
    without particles, initials' stops or "Jr."."""
    return {w.rstrip(".").lower() for w in name.split()} - _PARTICLES - {"jr", "sr"}


def _known_country(tokens, year: int | None, L) -> str | None:
    """The country a person the lexicon knows speaks for: every word of the name as written
    is one of the known name's, and either two words are written or one that names the person
    alone; None when no one, or people of two countries, fit."""
    words = _name_key(" ".join(tokens))
    if not words:
        return None
    first = next(iter(words))
    fits = {country for known, country, alone, since, until in L.known_people.get(first, ())
            if words <= known and (alone or len(words) >= 2) and (year is None or since <= year <= until)}
    return fits.pop() if len(fits) == 1 else None


def _by_office(leaders: list[dict], parties: list[str], L) -> list[str]:
    """Give a leader the one party that has an office of their title, when no other leader
    left holds that title ("President Ruto and Prime Minister Ishiba" in a text of Japan and
    Kenya, whichever is named first: Japan has no President, Kenya no Prime Minister); returns
    the parties still without a leader.

    Only where there are as many leaders as parties left, as for pairing them in order: this
    settles who is whose, not whether they belong to the parties at all ("King Salman" in a
    communiqué of four Gulf states that Saudi Arabia is not one of).

    Repeated, so that one leader settled leaves the other's title to one party ("President
    Steinmeier and Premier Li Qiang": only China has a Premier, and then Germany is left).
    Where both parties have the office ("President Macron and Prime Minister Meloni"), nothing
    is settled here."""
    parties = list(parties)
    if len([p for p in leaders if not p["country"]]) != len(parties):
        return parties
    settled = True
    while settled and parties:
        settled = False
        left = [p for p in leaders if not p["country"]]
        titles = Counter(p["role"] for p in left)
        for p in left:
            fits = [c for c in parties if p["role"] in L.offices.get(c, ())]
            if titles[p["role"]] == 1 and len(fits) == 1:
                p["country"] = fits[0]
                parties.remove(fits[0])
                settled = True
                break
    return parties


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _title_at(text: str, at: int, L) -> int | None:
    """Where a title that opens at ``at`` ends, its rank too ("Executive Vice-President"), else None."""
    rank = L.rank_re.match(text, at)
    title = (L.person_re.match(text, rank.end()) if rank else None) or L.person_re.match(text, at)
    return title.end() if title else None


# the Union's own offices below its presidents: "Commissioner for Trade", "Executive Vice-President"
_UNION_OFFICE = _rc(r"(?:European\s+)?Commissioner\b(?!-)|(?:Executive\s+)?Vice-President\b(?!\s+of\s+(?!the\s+(?:European\s+)?Commission))")


def _past_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


_AND_NEXT_OFFICE = _rc(r"\s+and\s+(?:the\s+)?(?=[A-Z])")


_START_END = operator.itemgetter("start", "end")


def analyse(st: S.Statement) -> SimpleNamespace:
    """Mentions, entities and people of a statement, computed once per statement.

    Other analyses (commitments) read the same result; it is kept on the statement object.
    """
    cached = st.__dict__.get(_CACHE_KEY)
    if cached is not None and cached[0] is st.text:
        return cached[1]
    result = _find(st)
    result.found.sort(key=_START_END)
    _merge_other_names(st.text, result)
    _without_countries_only_named_inside(st, result)
    st.__dict__[_CACHE_KEY] = (st.text, result)
    return result


def _without_countries_only_named_inside(st, res) -> None:
    """A country the text names only as a stop of a route's name ("the Lamu Port-South
    Sudan-Ethiopia Transport Corridor", "the Mekong-Lancang-Cambodia Corridor") is no country
    the text speaks of: the route is the entity. (Not a party, nor a country a name places
    something in: "the Mission in Haiti", "the Ukraine Recovery Conference".)"""
    spans = [(f["start"], f["end"]) for f in res.found if f["type"] == "initiative"]
    if not spans:
        return
    text = st.text
    def inside(f) -> bool:
        joined = text[f["start"] - 1:f["start"]] in "-–" or text[f["end"]:f["end"] + 1] in ("-", "–")
        return joined and any(a <= f["start"] and f["end"] <= b and (b - a) > (f["end"] - f["start"]) for a, b in spans)
    countries = {f["key"] for f in res.found if f["type"] == "country" and res.entities[f["key"]]["name"] not in st.parties}
    drop = {k for k in countries if all(inside(f) for f in res.found if f["key"] == k)}
    if drop:
        res.found[:] = [f for f in res.found if f["key"] not in drop]
        for k in drop:
            res.entities.pop(k, None)


_OTHER_NAME_OPEN = _rc(r"\s*\(\s*(?:also\s+known\s+as\s+|or\s+)?[\"“‘']?")
_OTHER_NAME_CLOSE = _rc(r"[\"”’']?\s*\)")
_NAMED_THINGS = frozenset(("organization", "initiative", "agreement", "event"))


def _merge_other_names(text: str, res) -> None:
    """A name given its other name in brackets right after it ("the New Industrialization Program
    ("Nova Indústria Brasil")", "the 30th Conference of the Parties (COP30)"): one entity, by the
    first name, its mentions under the other name counted with it."""
    found = res.found
    alias: dict = {}
    for f1, f2 in zip(found, found[1:]):
        k1, k2 = alias.get(f1["key"], f1["key"]), f2["key"]
        if k1 == k2 or k2 in alias or f1["sentence"] != f2["sentence"]:
            continue
        e1, e2 = res.entities.get(k1), res.entities.get(k2)
        if not e1 or not e2 or e1["type"] not in _NAMED_THINGS or e2["type"] not in _NAMED_THINGS:
            continue
        if _OTHER_NAME_OPEN.fullmatch(text, f1["end"], f2["start"]) and _OTHER_NAME_CLOSE.match(text, f2["end"]):
            alias[k2] = k1
            if e1.get("acronym") is None and " " not in e2["name"] and re.sub(r"[\d-]", "", e2["name"]).isupper():
                e1["acronym"] = e2["name"]  # ("COP30")
    if not alias:
        return
    for f in found:
        if f["key"] in alias:
            f["key"] = alias[f["key"]]
            f["type"] = res.entities[f["key"]]["type"]
    for k in alias:
        res.entities.pop(k, None)


# (the denial right before the verb, across an adverb: "will not recognize", "has not yet
# decided", "cannot accept"; not "will not only cut tariffs but also open markets", "does not
# simply fund projects")
_DENIED = _rc(r"(?:\b(?:not|never|no\s+longer|cannot)|n[’']t)\s+(?:(?:yet|be|been|have|(?!(?:only|merely|simply|solely)\b)\w+ly)\s+)?$")
_NEW_CLAUSE = _rc(r"[,;:]\s*(?:and|but|while|whereas)\s+(?:the\s+)?\S*$|\b(?:and|while|whereas)\s+(?:the\s+)?\S*$")


_AND_NEXT_VERB = _rc(r"\s*,?\s*(?:and|but)\s+(?:(?:also|further|then)\s+)?")

# (a clause of another subject between a name and the verb after it: "Morocco will finance the
# port, and Senegal committed to ..." says nothing Morocco committed)
_CLAUSE_BETWEEN = _rc(r";\s*|[,;]\s*(?:and|but|while|whereas)\s+")
# a clause of the text's own speakers after a break: ", we are prepared to", ", and we urge"
_PRONOUN_CLAUSE = _rc(r"[,;]\s*(?:(?:and|but|while|whereas|so)\s+)?(?:we|they|I)\s")
@lru_cache(maxsize=1)
def _finite_re() -> re.Pattern:
    """A finite verb's auxiliary: the figures' own list of them."""
    from .figures import _AUX

    return re.compile(rf"\b(?:{'|'.join(sorted(_AUX - {'be', 'been', 'being'}))})\b")


# (a name after a preposition is no subject: "station a brigade in Lithuania by 2027 and will
# contribute ..." says nothing Lithuania does; but one worked "with" acts along)
_PREPOSITION_BEFORE = _rc(r"\b(in|into|to|from|for|on|at|through|via|towards|toward|against|between|among|across"
                                 r"|(?<![\w-])(?:On|In|Regarding|Concerning|[Oo]n\s+the\s+(?:situation|question)\s+(?:in|of)))\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|\([A-Z]{2,8}\))){0,7}\s+(?:and|or)\s+(?:the\s+)?)?$")


# (a noun between a name and a verb's form makes the form a noun: "the Trilateral Cooperation
# Secretariat youth fund" funds nothing)
_NOUN_BETWEEN = _rc(r"\s+(?!(?:will|shall|would|should|can|could|may|might|must|also|further|then|jointly|together|has|have|"
                           r"had|is|are|was|were|to|and|or|but|which|who|that|not|now|today|hereby|both|each|itself|cannot|does|do|did|"
                           # (the noun a party's adjective heads: "The Saudi side welcomed ...")
                           r"sides?|delegations?|government|governments|authorities|leaders?|leadership|ministers?|presidency|"
                           r"team|party|parties|chairs?|co-chairs?|staff|officials|mission|management|board)\b)[a-z]+(?<!ly)\s+")


def _after_preposition(text: str, lo: int, at: int) -> bool:
    """Whether the name at ``at`` is the object of a preposition (or one of a list after it),
    not of one inside a title or a name ("Minister for Resources Madeleine King", "Bank for
    International Cooperation")."""
    m = _PREPOSITION_BEFORE.search(text, lo, at)
    if m is None:
        return False
    before = text[lo:m.start()].rstrip().rsplit(None, 1)
    return not (m.group(1) == "for" and before and before[-1][:1].isupper())


def _other_clause_between(text: str, start: int, verb: int) -> bool:
    """Whether the name's own clause, with its own finite verb, closes before ``verb`` and
    another subject's opens (not "Keir Starmer MP, and the Taoiseach, met", one subject of two
    names; nor "have made it easier ..., and continue to work", the same subject's next verb)."""
    if _PRONOUN_CLAUSE.search(text, start, verb):
        return True  # ("If Iran does not restore access ..., we are prepared to support": ours, not Iran's)
    m = _CLAUSE_BETWEEN.search(text, start, verb)
    return m is not None and m.end() < verb and _finite_re().search(text, start, m.start()) is not None


@lru_cache(maxsize=1)
def _said_nouns() -> frozenset[str]:
    """The codebook's words of what is said of a name that are nouns ("signature", "launch of")."""
    return frozenset(f for forms in codebook()["said"].values() for f in forms)


_NOUN_BEFORE = _rc(r"\b(?:a|an|the|this|that|its|their|his|her|our|of|by)\s+$", re.I)  # (and "by value")
# a word that makes the next one a noun: "the joint digitalization fund", "fundamental values",
# "the Central Asian states" (an adjective or a noun of its kind, lower case, or a people's name)
_ADJECTIVE_END = _rc(r"(?<![\w-])([a-z][a-z-]*(?:tion|ment|ity|al|ic|ive|ous|ary)|[A-Z][a-z]+)\s+$")


def _adjective_before(text: str, lo: int, at: int) -> bool:
    m = _ADJECTIVE_END.search(text, lo, at)
    if m is None or m.group(1) in _NOT_ADJECTIVES:
        return False
    word = m.group(1)
    return word[0].islower() or (word in _lex().adjective and word not in _lex().all_country_forms) or word in _REGION_ADJECTIVES


# (words of those endings that stand before verbs: "Japan and Indonesia also agree", "the parties
# shall", "the Republic of Korea will")
_REGION_ADJECTIVES = frozenset("Asian African European American Arab Latin Caribbean Nordic Baltic Balkan Gulf Pacific".split())
_NOT_ADJECTIVES = frozenset("also usually generally especially finally additionally equally mutually jointly formally "
                            "continually personally".split())
_NOUN_AFTER = _rc(r"\s+(?:visits?|of\s+the\s+art|investments?|flights?|added)\b")  # ("foreign direct investment", "direct flights")


def _appointed(text: str, ms: int, L) -> re.Match | None:
    """The name a text appoints to the title at ``ms`` ("the appointment of María Ángela Holguín
    as Personal Envoy"), unless it is a country's or a place's ("the election of New Zealand as
    Chair", "the designation of Ho Chi Minh City as Chair")."""
    b = L.name_as_re.search(text, max(0, ms - 120), ms)
    if b is None:
        return None
    name = " ".join(b.group("name").split())
    name = name[4:] if name.startswith("the ") else name
    if name in L.all_country_forms or name in S.places() or name.split()[-1] in L.named_for_last \
            or L.country_re.search(name):
        return None  # (nor a state by its long name: "the Republic of Korea")
    return b


# (what another asks it to do is nothing it did: "called on the Rapid Support Forces to agree")
_ASKED_TO = _rc(r"\s+to\s+")


@lru_cache(maxsize=1)
def _asking_before_re() -> re.Pattern:
    """A verb that asks another to act (the commitments codebook's ``call_verbs`` and
    ``asks_that``, in all their forms), a few words before a name."""
    from . import commitments

    book = commitments.codebook()
    asking = set(book.get("call_verbs") or ()) | set(book.get("asks_that") or ())
    forms = [f for f, (lemma, _) in commitments.verb_forms().items() if lemma in asking]
    return re.compile(rf"\b(?:{_trie(forms)})\s+(?:[\w'’.-]+\s+){{0,5}}$", re.I)


@lru_cache(maxsize=2)
def _condition_marker_re(clauses: bool = False) -> re.Pattern:
    """The commitment lexicon's conditions of more than one word ("provided that", "depending
    on"): a verb's form that opens one says nothing its subject does. With ``clauses``, only those
    that open a clause of another subject ("provided that Japan agrees"; not "as appropriate")."""
    from . import commitments

    conditions = commitments.codebook().get("conditions") or {}
    markers = conditions.get("clause_markers" if clauses else "markers") or ()
    several = sorted((m for m in markers if " " in m), key=len, reverse=True) or ["(?!)"]
    return patterns.kept(f"entities-conditions-{int(clauses)}", r"(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in several) + r")\b", re.I)


def _said(st: S.Statement, found: list[dict]) -> dict[Any, list[str]]:
    """For each entity, the verbs that govern its mentions: the nearest before it in the
    sentence (not across a semicolon), else the nearest after it; for a person, a country or an
    organization, only the verb after it where it opens a clause (what it does, not what is done
    to it: "We task the IMF" says nothing the IMF did).
    Up to three per entity, so only the sentences of the first few mentions are read."""
    pat, lemma_of = _said_lexicon()
    nouns = _said_nouns()
    text = st.text
    sentences = st.sentences
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    out: dict[Any, list[str]] = {}
    looked: dict[Any, int] = {}
    # per sentence: verb starts, verb ends (both ascending: the hits do not overlap), lemmas
    hits_of: dict[int, tuple[list[int], list[int], list[str]]] = {}
    # (a country inside a name does nothing of its own: "the ASEAN-GCC-China Clean Energy Dialogue,
    # to be launched in 2025" says nothing China launched)
    named = sorted((g["start"], g["end"]) for g in found if g["type"] in INSTITUTION_TYPES)
    named_starts = [a for a, _ in named]
    for f in found:
        if f["type"] in ("country", "organization") and named:
            k = bisect_right(named_starts, f["start"])
            if any(a <= f["start"] and f["end"] <= b and (a, b) != (f["start"], f["end"]) for a, b in named[max(0, k - 3):k]):
                continue
        key = f["key"]
        lst = out.get(key)
        if lst is None:
            lst = out[key] = []
        elif len(lst) >= 3 or looked[key] >= 6:
            continue
        looked[key] = looked.get(key, 0) + 1
        si = f["sentence"]
        hits = hits_of.get(si)
        if hits is None:
            s = sentences[si]
            starts, ends, lemmas = [], [], []
            for m in pat.finditer(text, s.start, s.end):
                # (a verb's form in -s is a plural there too: "the availability of funds" funds nothing)
                if (m.group() not in nouns or m.group() in (lemma_of[m.group()] + "s", lemma_of[m.group()] + "es")) and (
                        _NOUN_BEFORE.search(text, max(s.start, m.start() - 8), m.start()) or _NOUN_AFTER.match(text, m.end())
                        or _adjective_before(text, max(s.start, m.start() - 30), m.start())):
                    continue  # a verb's form as a noun: "a state visit", "heads of state" (not the codebook's "the signature of")
                if _condition_marker_re().match(text, m.start()):
                    continue  # (", provided that all parties agree": a condition, nothing provided)
                starts.append(m.start())
                ends.append(m.end())
                lemmas.append(lemma_of[m.group()])
            hits = hits_of[si] = (starts, ends, lemmas)
        starts, ends, lemmas = hits
        if not starts:
            continue
        lemma = None
        nb = bisect_right(ends, f["start"])  # verbs that end before the mention
        na = bisect_left(starts, f["end"])  # the first verb after it
        if f["type"] in ("person", "country", "organization"):
            # who acts: the verb after a subject ("President Tinubu thanked ..."), not the one
            # whose object the mention is ("... thanked President Macron" says nothing Macron did)
            if na < len(starts) and (not nb or ";" in text[ends[nb - 1]:f["start"]]
                                     or _NEW_CLAUSE.search(text, ends[nb - 1], f["start"])) \
                    and not _AND_NEXT_VERB.fullmatch(text, f["end"], starts[na]) \
                    and not _other_clause_between(text, f["end"], starts[na]) \
                    and not _condition_marker_re(clauses=True).search(text, f["end"], starts[na]) \
                    and not _after_preposition(text, max(sentences[si].start, f["start"] - 80), f["start"]) \
                    and not _NOUN_BETWEEN.fullmatch(text, f["end"], starts[na]) \
                    and not (_ASKED_TO.fullmatch(text, f["end"], starts[na])
                             and _asking_before_re().search(text, max(sentences[si].start, f["start"] - 60), f["start"])):
                # (not a second verb of the clause's subject: "welcomes the cooperation with
                # Mauritania and Chad and commends their efforts" says nothing Chad did)
                lemma = lemmas[na]
                if _DENIED.search(text, f["end"], starts[na]):
                    lemma = "not " + lemma  # ("Poland will not recognize ...": what it refuses, not what it does)
        elif nb and ";" not in text[ends[nb - 1]:f["start"]]:
            lemma = lemmas[nb - 1]
        elif na < len(starts):
            lemma = lemmas[na]
        if lemma and lemma not in lst:
            lst.append(lemma)
    return out


def _frame(rows: list[dict], columns: list[str], ints: tuple[str, ...]):
    """A DataFrame that keeps None as None (text columns stay ``object``) and ints as ints."""
    return frame_from_columns(columns, [[r[c] for r in rows] for c in columns], ints)


@lru_cache(maxsize=16)
def _columns_index(names: tuple[str, ...]):
    """The column labels as a pandas Index, built once (building one costs more than copying it)."""
    import pandas as pd

    return pd.Index(list(names))


def frame_from_columns(names: list[str], values: list[list], ints=(), bools=()):
    """A DataFrame from column lists: ``ints`` as int64, ``bools`` as bool, every other column
    ``object`` as given (None stays None, text is not converted to a string dtype).

    A statement of a few pages is analysed in a few milliseconds; building the frame one
    ``Series`` at a time costs about as much again, so it is built from ready arrays at once.
    """
    import numpy as np
    import pandas as pd

    n = len(values[0]) if values else 0
    arrays = []
    for name, v in zip(names, values):
        if name in ints:
            arrays.append(np.array(v, dtype=np.int64))
        elif name in bools:
            arrays.append(np.array(v, dtype=bool))
        else:
            arrays.append(np.fromiter(v, dtype=object, count=n))  # lists stay single cells
    try:
        # (a copy of the cached labels, so that renaming one frame's axis leaves the others alone)
        columns = _columns_index(tuple(names)).copy()
        return pd.DataFrame._from_arrays(arrays, columns=columns, index=pd.RangeIndex(n), verify_integrity=False)
    except (AttributeError, TypeError):  # a pandas without the fast path
        return pd.DataFrame({c: pd.Series(a, dtype=a.dtype) for c, a in zip(names, arrays)}, columns=names)


@lru_cache(maxsize=1)
def _country_name_re() -> re.Pattern:
    L = _lex()
    forms = _trie(L.all_country_forms)
    adj = _trie(a for a, c in L.adjective.items() if c != "European Union")  # ("European Court of Human Rights": no EU body)
    # (after "Royal": "the Royal New Zealand Navy", "the Royal Australian Air Force")
    return patterns.kept("entities-country-names", rf"^(?:Royal\s+)?(?:(?P<c>{forms})(?:['’]s)?|(?P<a>{adj}))\s(?!(?:and|or|&)\s)"
                      rf"|\sof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Principality)\s+of\s+)?"
                      rf"(?P<c2>{forms})$|(?<!\sin)(?<!\sfor)(?<!\sto)(?<!\swith)\s(?P<c3>{forms})$"
                      # (an office of a country's own officer: "Office of the U.S. Trade Representative")
                      rf"|^(?:Office|Department|Bureau|Secretariat|Cabinet)\s+of\s+the\s+(?P<c4>{forms})\s"
                      rf"(?=(?:[A-Z][\w-]*\s+){{0,2}}(?:Representative|Secretary|Minister|President|Attorney|Envoy|Commissioner|Ambassador)\b)")


# a capitalized word and a number after a region's name: the rest of a name ("Gulf Star-2")
_NUMBERED_NAME_AFTER = _rc(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:-|[ \t]+)?\d")


def _programme_owner(name: str, L) -> str | None:
    """Whose a programme is, by its name or the known programme its name opens on ("Global
    Gateway Africa-Europe Investment Package": the European Union's)."""
    if name in L.whose_by_name:
        return L.whose_by_name[name]
    m = L.whose_prefix_re.match(name)
    return L.whose_by_name[m.group(1)] if m else None


def body_by_language(name: str, parties) -> str | None:
    """The one party that writes the language a body's name is in ("Ministério da Fazenda",
    "Secretaría de Economía"), by the codebook's ``bodies_in_languages``; None where no party or
    several do."""
    words = name.split()
    head = words[1] if words[:1] in (["The"], ["the"]) and len(words) > 1 else words[0] if words else ""
    who = {p for spec in _languages() for p in parties if head in spec[0] and p in spec[1]}
    return who.pop() if len(who) == 1 else None


@lru_cache(maxsize=1)
def _languages() -> list[tuple[frozenset, frozenset]]:
    return [(frozenset(spec["heads"]), frozenset(spec["states"])) for spec in (codebook().get("bodies_in_languages") or {}).values()]


def _body_country(name: str, L) -> str | None:
    """The country whose body an organization is, where its name says so ("Viet Nam Coast
    Guard", "Australian Defence Force", "Ministry of Energy of the State of Qatar", "Export
    Development Canada", the European Commission by the codebook's party bodies); None for
    bodies of many ("Asian Development Bank", "African Union Commission" aside)."""
    n = name[4:] if name.startswith(("The ", "the ")) else name
    known = L.whose_by_name.get(n)
    if known:
        return known
    rx = _country_name_re()
    m = rx.search(n)
    first = re.split(r"[-–]", n.split()[0])
    two = len(first) > 1 and any(w in L.all_country_forms or w in L.adjective or w in L.regions for w in first)
    if m is None or two or re.search(r"\b(?:Joint|Bi-?[Nn]ational|Binational|Mixed|Bilateral)\b", n):
        return None  # (not "Mekong-Australia", "China-Africa", nor a commission of two: "Côte d'Ivoire Joint Permanent Commission";
        # but "Export-Import Bank of the United States" is the United States')
    if any(n.startswith(r, m.start()) for r in L.regions):
        return None  # (a sea or a region the name holds: "Indian Ocean Rim Association", "Gulf of Guinea Commission")
    form = m.group("c") or m.group("c2") or m.group("c3") or m.group("c4")
    return L.all_country_forms.get(form) if form else L.adjective.get(m.group("a"))


def extract(statement: S.Statement):
    """Entities named in a statement, one row per entity, in order of first mention.

    Columns: ``name``; ``type`` (one of :data:`TYPES`); ``role`` (a person's title, else None);
    ``acronym`` (when the statement gives one, or the usual acronym of a known organization
    written as such); ``country`` (whom a person speaks for, by the rules in the module
    docstring; for an organization, the country its name makes it a body of; for a party's own
    programme the codebook knows, that party; None for other types); ``mentions`` (int); ``section`` (heading of the first
    mention, None for the preamble); ``sentence`` (index of the first mention); ``sentences``
    (list of sentence indices); ``start``/``end`` (offsets of the first mention in
    ``statement.text``); ``said`` (list of up to three verb lemmas governing the mentions:
    what the statement says of the entity, e.g. ``["welcome", "sign"]``; a verb the entity
    denies doing, after it, is prefixed with "not ": ``["not recognize"]``).
    """
    res = analyse(statement)
    said = _said(statement, res.found)
    L = _lex()
    rows: dict[Any, dict] = {}
    for f in res.found:
        key = f["key"]
        row = rows.get(key)
        if row is None:
            ent = res.entities[key]
            sent = statement.sentences[f["sentence"]]
            rows[key] = {
                "name": ent["name"],
                "type": ent["type"],
                "role": ent["role"],
                "acronym": ent["acronym"],
                "country": ent["country"] or ((_body_country(ent["name"], L) or body_by_language(ent["name"], statement.parties))
                                              if ent["type"] == "organization"
                                              else _programme_owner(ent["name"], L)
                                              if ent["type"] == "initiative" else None),
                "mentions": 1,
                "section": statement.sections[sent.section].heading,
                "sentence": f["sentence"],
                "sentences": [f["sentence"]],
                "start": f["start"],
                "end": f["end"],
                "said": said.get(key, []) if ent["type"] != "place" else [],  # (a place says and does nothing)
            }
        else:
            row["mentions"] += 1
            if row["sentences"][-1] != f["sentence"]:  # mentions come in text order
                row["sentences"].append(f["sentence"])
    _owned_bodies(statement.text, res.found, rows, L)
    _officers_bodies(statement.text, res, rows, L)
    _delegations(statement, rows, L)
    _signers(statement, rows, L)
    _shared_adjectives(rows)
    _former_offices(statement.text, rows)
    out = sorted(rows.values(), key=lambda r: (r["start"], r["end"]))
    return _frame(out, COLUMNS, ("mentions", "sentence", "start", "end"))


_FORMER = _rc(r"\b[Ff]ormer\s+$")


def _former_offices(text: str, rows: dict) -> None:
    """A title said "former" before it is no office held now: "led by former President Uhuru
    Kenyatta" gives the role "former President"."""
    for r in rows.values():
        if r["type"] == "person" and r["role"]:
            at = r["start"] if text.startswith(r["role"], r["start"]) else \
                r["start"] - len(r["role"]) - 1 if text[:r["start"]].rstrip().endswith(r["role"]) else None
            if at is not None and _FORMER.search(text, max(0, at - 8), at):
                r["role"] = "former " + r["role"]


def _shared_adjectives(rows: dict) -> None:
    """A name with an adjective of two states is of the one the text names: "the Congolese
    Government" of a text on the Democratic Republic of the Congo is that state's."""
    named = {r["name"] for r in rows.values() if r["type"] == "country"}
    for adj, states in (codebook().get("shared_adjectives") or {}).items():
        said = [c for c in states if c in named]
        if len(said) != 1:
            continue
        for r in rows.values():
            if r["country"] in states and r["country"] != said[0] and adj in r["name"].split():
                r["country"] = said[0]


@lru_cache(maxsize=1)
def _post_nominals_end() -> re.Pattern:
    """Letters after a name that end it ("..., MP", " KC"), as the codebook lists them."""
    letters = [p for p in codebook().get("post_nominals") or ["MP"] if p.rstrip(".") not in ("Jr", "Sr")]  # (a name's own "Jr.")
    return re.compile(rf"(?:,?\s+(?:{_alt(letters)})(?!\w))+$")


def _plain_tokens(name: str) -> set[str]:
    """A person's name as words to compare, whatever the case, accents, hyphens and initials."""
    return {plain_word(w).lower() for w in re.split(r"[\s-]+", name) if len(w.rstrip(".")) > 2} - _PARTICLES


_STATE_STYLE_END = _rc(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Republic|Kingdom|Federation|State|Sultanate|Emirate|Principality|Commonwealth)$")


def _signers(st: S.Statement, rows: dict, L) -> None:
    """Who signs the text in its signature block and is named nowhere else: one of its
    people, with the title and country the block gives, mentioned once there (in the last
    sentence's place, the block being no sentence)."""
    if not st.signatories or not st.sentences:
        return
    known = [(_plain_tokens(r["name"]), r["country"]) for r in rows.values() if r["type"] == "person"]
    last = len(st.sentences) - 1
    for signer in st.signatories:
        country = signer.get("country")
        name = " ".join(str(signer.get("name") or "").split())
        lead = L.courtesy_lead_re.match(name)
        name = name[lead.end():] if lead is not None and lead.end() < len(name) else name  # ("Dr Omar Alieu Touray")
        name = _post_nominals_end().sub("", name)  # ("Anthony Albanese MP")
        name = S.title_cased(name) if name.isupper() else name  # ("ILHAM ALIYEV" of a block in capitals)
        words = _plain_tokens(name)
        if not name or any(words <= k or k <= words or (words & k and country == c) for k, c in known):
            continue  # (the same person as the text names: "Foreign Minister Iwaya" is "IWAYA Takeshi")
        role, country = _title_and_country(str(signer.get("title") or ""), L)
        role = _STATE_STYLE_END.sub("", role)  # ("President of the Republic" of "... of the Republic of Türkiye")
        raw = " ".join(str(signer.get("name")).split())
        at = st.text.rfind(raw)
        start, end = (at, at + len(raw)) if at >= 0 else (len(st.text), len(st.text))
        rows[("signer", name)] = {
            "name": name, "type": "person", "role": role or None, "acronym": None,
            "country": signer.get("country") or country, "mentions": 1,
            "section": st.sections[st.sentences[last].section].heading, "sentence": last, "sentences": [last],
            "start": start, "end": end, "said": ["sign"],
        }
        known.append((words, signer.get("country") or country))


_OF_BODY_AFTER = _rc(r"\s+of\s+(?:the\s+)?[A-Z][^,;.\n]*?(?=\s+and\s+|,|\.|;)")
_NAMES_SEP = _rc(r"\s*,\s*(?:and\s+)?(?=[A-Z])|\s+and\s+(?=[A-Z])")
_PLURAL_OFFICE_THEN_NAMES = _rc(
    r"\b(?:[Tt]heir|[Oo]ur|[Tt]he|[Tt]wo|[Bb]oth)\s+(?P<role>(?:foreign|trade|defen[cs]e|finance|economy|health|energy|environment)\s+ministers"
    r"|ministers\s+of\s+foreign\s+affairs|foreign\s+secretaries|prime\s+ministers|presidents)\s*,\s+")
_YEAR_THEN_THE = _rc(r"(?:19|20)\d\d,?\s+the\s+(?=[A-Z])")
_OF_YEAR_END = _rc(r"\s+of\s+(?:19|20)\d\d$")
_REGION_AFTER_IN = _rc(r"\s+in\s+(?:the\s+)?(.+)$")


def _owned_bodies(text: str, found: list, rows: dict, L) -> None:
    """A government body named after its country's possessive ("Vietnam's Ministry of Industry
    and Trade", "Mexico's Secretariat of Economy") is that country's, as its name alone does not
    say; only a body of a state's kind, not "Ukraine's NATO membership"."""
    for f in found:
        r = rows.get(f["key"])
        if r is None or f["start"] != r["start"] or r["type"] != "organization" or r["country"] \
                or not _state_body_name_re().match(r["name"]):
            continue  # (its first mention says whose it is: two states' "Department of Energy" are one name)
        owner = _COUNTRY_POSSESSIVE.search(text, max(0, f["start"] - 40), f["start"])
        if owner is not None:
            words = text[max(0, f["start"] - 40):owner.start()].split()
            for k in range(1, min(4, len(words)) + 1):
                who = L.all_country_forms.get(" ".join(words[-k:]))
                if who is not None:
                    r["country"] = who
                    break


@lru_cache(maxsize=1)
def _state_body_name_re() -> re.Pattern:
    """A name whose head is a state's body, by the public bodies the commitments codebook lists
    (``actors.public_bodies``: "Ministry", "Coast Guard", "Central Bank" ...), a few words in."""
    from . import commitments as C

    return re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{patterns.phrases(C.codebook()['actors']['public_bodies'])})\b")
_COUNTRY_POSSESSIVE = _rc(r"(?:['’]s|(?<=s)['’])\s+$")


_DELEGATION_LEAD = _rc(r"\b(?:[Tt]he\s+)?(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:side|delegation)\s+"
                              r"(?:included|includes|comprised|was\s+composed\s+of|was\s+made\s+up\s+of)\b")
_DELEGATION_ABOVE = _rc(r"\b(?:accompanied\s+by|delegation|[Ii]n\s+attendance|[Aa]lso\s+present)\b")


def _delegations(st: S.Statement, rows: dict, L) -> None:
    """Members of a party's delegation are that party's: "The Ghanaian side included Hon. Samuel
    Okudzeto Ablakwa, Minister for Foreign Affairs; ...", and the items under "The President of
    the Federal Republic of Nigeria was accompanied by a high-level delegation. In attendance
    were:" (the one party that lead-in names)."""
    text = st.text
    for r in rows.values():
        if r["type"] != "person" or r["country"]:
            continue
        sent = st.sentences[r["sentence"]]
        par = st.paragraphs[sent.paragraph]
        lead = _DELEGATION_LEAD.search(text, par.start, r["start"])
        if lead:
            who = L.adjective.get(lead.group("adj")) or L.all_country_forms.get(lead.group("adj"))
            if who in st.parties:
                r["country"] = who
            continue
        if par.marker is None or par.marker not in ("-", "•", "*", "–", "o"):
            continue
        k = sent.paragraph
        while k > 0 and st.paragraphs[k].marker is not None and st.paragraphs[k].marker in ("-", "•", "*", "–", "o"):
            k -= 1
        above = st.paragraphs[k]
        if not _DELEGATION_ABOVE.search(text, above.start, above.end):
            continue
        named = {c for _, _, c in S._country_spans(text[above.start:above.end]) if c in st.parties}
        if len(named) == 1:
            r["country"] = named.pop()


_ANOTHER_BETWEEN = _rc(r"\band\b|;|&")
_OF_BODY_GAP = _rc(r"\s+of\s+(?:the\s+)?")


def _officers_bodies(text: str, res, rows: dict, L) -> None:
    """An international officer speaks for the body named with the title ("UN Secretary-General
    António Guterres", "the Secretary-General of NATO, Mark Rutte"): that body is whose the
    person is, where no country is."""
    orgs = [f for f in res.found if f["type"] == "organization"]
    for key, r in rows.items():
        if r["type"] != "person" or r["country"] or not r["role"] or r["role"].lower() not in L.international_roles:
            continue
        # (the body the title names after it first: "Dr. Kao Kim Hourn, Secretary-General of ASEAN",
        # whatever body the sentence named before)
        near = [f for f in orgs if f["sentence"] == r["sentence"] and r["end"] <= f["start"] <= r["end"] + 16
                and _OF_BODY_GAP.fullmatch(text, r["end"], f["start"])]
        near = near[:1] or [f for f in orgs if f["sentence"] == r["sentence"] and r["start"] - 60 <= f["end"] <= r["start"]
                            and "\n" not in text[f["end"]:r["start"]]  # (not a line of a list above)
                            and not _ANOTHER_BETWEEN.search(text, f["end"], r["start"])]  # (nor another's: "Secretary, Ministry of Culture, and H.E. ...")
        if near:
            body = res.entities[near[-1]["key"]]["name"]
            # (a party's own body's officer is the party's: "AU Commission Chairperson ...": the African Union)
            r["country"] = L.bodies_of_parties.get(body) or body


def mentions(statement: S.Statement):
    """Every mention, one row each, in text order (for highlighting in the briefing appendix).

    Columns: ``entity`` (the entity's name as in :func:`extract`), ``type``, ``text`` (the
    characters as written, from ``statement.original``), ``start``, ``end``, ``sentence``,
    ``section`` (heading or None).
    """
    res = analyse(statement)
    rows = []
    for f in res.found:
        ent = res.entities[f["key"]]
        sent = statement.sentences[f["sentence"]]
        rows.append(
            {
                "entity": ent["name"],
                "type": ent["type"],
                "text": statement.original[f["start"]:f["end"]],
                "start": f["start"],
                "end": f["end"],
                "sentence": f["sentence"],
                "section": statement.sections[sent.section].heading,
            }
        )
    return _frame(rows, MENTION_COLUMNS, ("start", "end", "sentence"))


_KEPT.save()
