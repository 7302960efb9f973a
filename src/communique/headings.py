"""How a section heading reads outside the text: in the charts, tables and summary of a briefing.

A heading set in capitals ("TRADE, INVESTMENT AND ECONOMIC COOPERATION") is shown in title case
everywhere the briefing names the section, so that a chart's label and a table's cell name it
the same way; acronyms ("EU", "G20", "ASEAN") keep their capitals.
"""

from __future__ import annotations


SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())


def is_acronym(word: str) -> bool:
    """Whether a word in capitals is an acronym: one the entity lexicon knows ("ASEAN",
    "ECOWAS", "UAE", "ICT"), one with a digit ("G20", "COP30"), or a short one that is no
    common word ("EU", "FTA"; not "TO", "LAW")."""
    from . import entities as E
    from . import themes

    L = E._lex()
    if any(c.isdigit() for c in word) or word in L.known or word in L.all_country_forms or word in L.concept_acronyms:
        return True
    # (three letters may be a word: "RULE OF LAW", "THE SEA"; the entity codebook's short_words)
    return len(word) <= 3 and word.lower() not in SMALL_WORDS and word.lower() not in themes.stopwords() \
        and word.lower() not in L.short_words


def heading_label(heading: str) -> str:
    """A section heading as the briefing names it: one in capitals in title case ("TRADE,
    INVESTMENT AND ECONOMIC COOPERATION" is "Trade, Investment and Economic Cooperation"),
    whose capitals take a third more room than a chart's narrow columns give and read as
    shouting in a table's cell; short words that are acronyms ("EU", "G20", "COP30") keep
    their capitals."""
    s = " ".join(str(heading).split())
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return s  # (a short heading too: "TRADE" is "Trade", but "ASEAN" stays an acronym below)
    out = []
    for i, word in enumerate(s.split(" ")):
        core = word.strip(",.;:()'\"")
        if core.lower() in SMALL_WORDS:
            out.append(word.lower() if i else word[:1] + word[1:].lower())
        else:
            # (an acronym keeps its capitals: "EU", "AU-EU", "G20", "COP30", "ASEAN")
            # (and small words inside a compound in lower case: "People-to-People")
            out.append("-".join(part if is_acronym(part.strip(",.;:()'\"")) else part.lower() if j and part.lower() in SMALL_WORDS
                                else part[:1] + part[1:].lower() for j, part in enumerate(word.split("-"))))
    return " ".join(out)
