"""Who committed to what: the positions a joint statement takes, clause by clause.

The G7/G20 Research Group (University of Toronto) defines a commitment as a discrete,
specific, publicly expressed, collectively agreed statement of intent to take future action
toward an identified target.  Endorsing past or ongoing action is not a commitment; "will
continue to" is.  A briefing therefore needs more than the verbs: it needs who acts, how much
the words bind, and whether the commitment carries the "compliance catalysts" (a numeric
target, a timeline, a named institution) that make it more likely to be kept.

The reading is rule-based so that every record can be explained:

1. *Predicates.*  A position verb (``codebooks/commitments.yaml``: verbs, modals "will" and
   "shall", "are committed to"-type adjectives) counts only when it heads a clause: a subject
   stands right before it at a clause boundary (sentence start, comma, semicolon, "and",
   "wherein", "that" ...), or it is coordinated with the previous predicate of the sentence
   in the same tense ("agreed to develop ..., and welcomed ...").  A verb after "to" or after
   a modal belongs to the clause it completes; a participle ("Highlighting ...") heads no
   clause.
2. *Category.*  The verb's category, except that "light" verbs (reaffirm, express, reiterate
   ...) take the category of the noun they carry ("reaffirmed their shared commitment to" is
   a commitment, "expressed willingness to" an intention, "reiterated the importance of" an
   acknowledgement), and "will explore/consider" announces rather than binds.  Acts done at
   the meeting that bind the parties to what follows (launch, sign, establish, adopt,
   announce) count as commitments, unless the clause dates them before the statement ("In
   January 2022, Japan launched ...", "... last year"): that is history, and no record.  A
   position owned by another actor inside a clause
   ("welcomed President Obama's intent to increase ...") is a record of its own, for its
   owner, with the category of its noun: an *intent* stays an intention even with a dollar
   figure attached (the figure shows up as a catalyst, not as a stronger category).  A
   passive clause ("Peru was welcomed") states no position of its subject; "It was agreed
   that" is the signatories agreeing, and the agent of a modal's passive takes the position
   ("A Working Group will be established by the two Ministries").  A participle set off by a
   comma ("the Agreement, signed in Manila") describes what was done, and a common noun
   opening a sentence ("Exports will grow") is no actor.  A denied agreement ("did not reach
   agreement on market access") notes a disagreement: an acknowledgement, negated; "agreed
   not to deploy" still binds, to refrain.
3. *Actor.*  The subject, read as a list of actors: countries (names, "U.S.", adjectives with
   "Government"/"authorities"), people (mapped to the country they speak for by
   :mod:`communique.entities`), and groups.  Both parties together are ``both`` ("The two
   leaders", "Both nations", "Peru and the United States", "They", "We"); with more than two
   parties, or with a multilateral body ("We, the Leaders of the G20"), ``all``.  "They",
   "It" refer back to the previous actor.  Anything else is kept as written ("the Ministers",
   "The Joint Commission").
4. *Catalysts,* read in the target only: a numeric target (money, percentages, counts with a
   unit, numbers in words with a scale, "double"; not years or ordinals, not numbers inside a
   name such as "Beca 18"); a timeline ("this year", "by 2030", "in December", "within five
   years", "at our next Summit", "annually"; a year or a month already past at the
   statement's date is history and does not count); a named institution (an organization,
   initiative, agreement or event found by :mod:`communique.entities` inside the target).
5. *Strength.*  ``0`` acknowledgement, ``1`` endorsement, ``2`` intention, ``3`` commitment,
   ``4`` firm commitment (a commitment with at least one catalyst).  The scale and the
   lexicon, with their sources, are in ``codebooks/commitments.yaml``.
"""

from __future__ import annotations

import bisect
import calendar
import copy
import dataclasses
import datetime as dt
import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from . import config
from . import dates as D
from . import patterns
from .datafiles import read_yaml
from . import entities as E
from . import statement as S

# (this module's own patterns, compiled once per machine: see :mod:`communique.patterns`)
_KEPT = patterns.book("module-commitments")
_rc = _KEPT.compile

__all__ = ["extract", "codebook", "scale", "verb_forms", "legal_disclaimer", "consensus_disclaimer", "COLUMNS", "CATEGORIES", "CATALYSTS"]

_SIGN = f"[{re.escape(patterns.CURRENCY_SIGNS)}]"  # (a currency sign: "$", "₦", "€")

CATEGORIES = ("acknowledgement", "endorsement", "intention", "commitment")
CATALYSTS = ("numeric target", "timeline", "named institution")
COLUMNS = [
    "actor", "verb", "category", "strength", "strength_label", "negated", "conditional", "condition", "target", "catalysts",
    "catalyst_details", "text", "sentence", "section", "start", "end", "verb_start", "verb_end", "body",
]


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    """The commitment lexicon and strength scale (``codebooks/commitments.yaml``)."""
    return read_yaml(config.CODEBOOK_DIR / "commitments.yaml")


def scale() -> list[dict[str, Any]]:
    """The strength scale: ``[{strength, label, category, meaning}]`` from weakest to firmest."""
    return list(codebook()["scale"])


# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------


def _third(w: str) -> str:
    if re.search(r"(s|sh|ch|x|z|o)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ied"
    return w + "ed"


def _gerund(w: str) -> str:
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return w + "ing"


def _said_of_itself(cb: dict, key: str, end: str = r"\b") -> str:
    """One alternation of a codebook list of patterns (``legal_force_disclaimers``,
    ``reservations`` ...), each from a word's start, its words apart by any run of spaces."""
    return r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in cb.get(key) or ["(?!)"]) + ")" + end


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[str, str]]:
    """Every inflected form of the position verbs: ``form -> (lemma, class)``.

    Classes: ``base`` ("welcome"), ``s`` ("welcomes"), ``past`` ("welcomed"), ``ing``
    ("welcoming"; never a predicate, but tells what is said of a name).
    """
    out: dict[str, tuple[str, str]] = {}
    for lemma, spec in codebook()["verbs"].items():
        spec = spec or {}
        for spelling in [lemma, *spec.get("also", [])]:
            head, _, rest = spelling.partition(" ")
            tail = (" " + rest) if rest else ""
            past, ing = spec.get("past"), spec.get("ing")
            if spelling.partition(" ")[0] != lemma.partition(" ")[0]:
                past = ing = None  # another spelling's own forms ("recognise")
            forms = {
                "base": spelling,
                "s": spec.get("s") or _third(head) + tail,
                "past": (past if past and " " in past else (past or _past(head)) + ("" if past and " " in past else tail)),
                # (a past with a doubled consonant doubles it here too: "committed", "committing")
                "ing": (ing or (past[:-2] + "ing" if past and " " not in past and re.search(r"([^aeiou])\1ed$", past)
                                else _gerund(head))) + tail,
            }
            for cls, f in forms.items():
                out.setdefault(f, (lemma, cls))
            if forms["past"] == forms["base"]:
                # "set a target": a statement reports what was done ("Japan set a target of ..."),
                # and the plural reading ("The two countries set ...") is the same clause
                out[forms["past"]] = (lemma, "past")
    return out


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


_trie = E._trie


_MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["Sept"] = 9


_FEW = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_MORE_OF = ("new", "additional", "more", "further", "extra")


@lru_cache(maxsize=1)
def _lex() -> SimpleNamespace:
    """Compiled patterns and lookups, built once from the codebook (and the entity lexicon)."""
    book = patterns.book("commitments")
    cb = codebook()
    EL = E._lex()
    L = SimpleNamespace()
    L.category = {lemma: (spec or {})["category"] for lemma, spec in cb["verbs"].items()}
    L.disapproval = frozenset(cb["disapproval_verbs"])
    L.needs = {lemma: (spec or {}).get("needs") for lemma, spec in cb["verbs"].items()}
    L.forms = {f: v for f, v in verb_forms().items() if v[1] != "ing"}
    # a binding verb in the present progressive: "We are today launching the Luzon Economic Corridor"
    ing = {f: v[0] for f, v in verb_forms().items() if v[1] == "ing" and L.category.get(v[0]) == "commitment"}
    # what a fact sheet announces a government is doing: "The United States is providing a $60
    # million loan", "USTDA is awarding a $1.8 million grant" (in the progressive only: "Japan
    # provides aid" tells what is done)
    acts = {_gerund(v): v for v in cb["progressive_acts"]}
    for lemma in acts.values():
        L.category.setdefault(lemma, "commitment")
    L.ing_lemma = {**ing, **{f: v for f, v in acts.items() if f not in ing}}
    # (led by a space, the cheapest start for the scan; a line break between the words is a
    # wrapped line, rare enough here to be read as prose)
    # what may stand before the verb that opens an operative paragraph: "Strongly condemns", "Does not endorse"
    leads = cb["operative_leads"]
    L.operative_lead_re = book.compile(rf"(?:{patterns.phrases(leads)})\s+(?=[a-z])")
    L.progressive_re = book.compile(
        rf" (?:is|are) (?:(?:today|now|also|jointly|hereby|formally|officially|together) )?(?P<v>{_alt(L.ing_lemma)})\b")
    # a pledge in an absolute clause: "..., with Spain committing EUR 20 million and Mexico
    # providing USD 15 million" (a named subject, then a binding verb in -ing)
    # (or a body by its name and acronym: "with the Qatar Fund for Development (QFFD) contributing")
    subj = r"(?:the )?[A-Z][\w.'\u2019-]*(?: (?:of |and |the |for |on )?[A-Z][\w.'\u2019-]*){0,7}(?: \([A-Z][\w&-]{1,12}\))?"
    # (an intention too: "..., with India aiming to reach 20% blending by 2026")
    intends = {f: v[0] for f, v in verb_forms().items() if v[1] == "ing" and L.category.get(v[0]) == "intention"}
    L.absolute_lemma = {**intends, **ing, **cb["absolute_verbs"]}
    L.money_verbs = frozenset(cb["absolute_verbs"].values())  # (which count there only with an amount or a date)
    L.giving_verbs = frozenset(cb.get("giving_verbs") or ())
    absolute = _alt(L.absolute_lemma)
    L.absolute_re = book.compile(rf"\bwith (?P<s>{subj}) (?P<v>{absolute})\b")
    L.absolute_next_re = book.compile(rf",? and (?P<s>{subj}) (?P<v>{absolute})\b")
    # actions that open a numbered item under the signatories' chapeau ("2. Strengthen ..."):
    # their commitment, read only there
    L.item_verbs = frozenset(cb.get("item_verbs") or ())
    L.item_forms = {v: (v, "base") for v in L.item_verbs if v not in L.forms}
    for v in [*L.item_forms, *cb["absolute_verbs"].values()]:
        L.category.setdefault(v, "commitment")
        L.needs.setdefault(v, None)
    L.outcome_lemma = dict(cb.get("outcome_verbs") or {})
    L.outcome_nouns = dict(cb.get("outcome_nouns") or {})
    L.outcome_noun_re = book.compile(rf"({_alt(list(L.outcome_nouns))})\s+of\s+(?=\S)") if L.outcome_nouns else None
    L.outcome_re = book.compile(
        rf"\b(?P<v>{_alt(L.outcome_lemma)})\s+(?:(?:the|these)\s+)?following\s+(?:[\w'’-]+\s+){{0,2}}?"
        r"(?:outcomes|deliverables|results|achievements|agreements)\b") if L.outcome_lemma else None
    for v in L.outcome_lemma.values():
        L.category.setdefault(v, "commitment")
    L.strength = {}
    for step in sorted(cb["scale"], key=lambda x: x["strength"]):
        L.strength.setdefault(step["category"], step["strength"])  # the lowest step of each category
    L.labels = {step["strength"]: step["label"] for step in cb["scale"]}
    L.firm = max(step["strength"] for step in cb["scale"] if step["category"] == "commitment")
    adjs = cb["predicate_adjectives"]
    L.adjectives = adjs
    be = r"(?:are|is|were|was|remain|remains|remained|stand|stands|stood|be|been|feel|felt)"
    L.reported_modals = frozenset(cb["reported_modals"])
    L.introducing_verbs = frozenset(cb["introducing_verbs"])
    L.modals = {**cb["modals"], **{m: "commitment" for m in L.reported_modals}}
    # (the codebook's lists of patterns of what a text says of itself, words apart by any space)
    L.consensus_re = book.compile(_said_of_itself(cb, "consensus_disclaimers", end=""), re.I)
    L.reservation_re = book.compile(_said_of_itself(cb, "reservations"), re.I)
    L.general_condition_re = book.compile(_said_of_itself(cb, "general_conditions"), re.I)
    L.chair_title_re = book.compile(_said_of_itself(cb, "chair_titles"), re.I)
    L.disclaimer_re = book.compile(_said_of_itself(cb, "legal_force_disclaimers"), re.I)
    # ("encourage" approves only of what someone else is to do: "will encourage Mexico to invest",
    # "will encourage the private sector to ..."; "The Sides shall encourage exchanges in culture"
    # promotes, and binds)
    endorse = [v if v != "encourage" else r"encourage(?=\s+(?:the\s+|all\s+)?[A-Z]|(?:\s+[\w'’-]+){1,5}?\s+to\s+[a-z])"
               for v in (cb.get('modal_endorsement_verbs') or ['welcome'])]
    L.modal_endorse_re = book.compile(
        rf"\s+(?:also\s+|further\s+|warmly\s+|strongly\s+)?(?:{'|'.join(endorse)})\b"
        r"(?!\s+(?:the\s+|an?\s+additional\s+)?(?:(?:up\s+to|about|some|more\s+than|over|at\s+least)\s+)?\d)"
        # (nor where a party will encourage its own firms: "China will encourage Chinese
        # enterprises to invest US$2 billion" is its policy, no approval of another's)
        r"(?!\s+(?:its|their|our)\s+(?:own\s+|respective\s+)?(?:enterprises|companies|firms|businesses|investors|banks|financial\s+institutions|private\s+sectors?)\b)")
    said = _alt(cb["reporting_verbs"])
    # "President Prabowo said (that) Indonesia would not ...": the verb that reports, then the subject
    # (a condition may come between: "said that, should Japan agree, it would host ...")
    between = _alt([*cb["conditions"]["clause_markers"], *(w.lower() for w in cb["conditions"]["inverted"]), "subject to"])
    # the same markers right after a report, before its subject: "said that, should Japan agree, it ..."
    L.condition_next_re = book.compile(rf"(?:\s+that)?\s*,\s*(?i:{between})\b[^;:]*$")
    L.reported_re = book.compile(
        rf"(?<!\bthe )(?<!\bthis )\b(?:{said})(?:\s+that)?(?:\s*,\s*(?:{between})\b[^,;:]{{1,80}},)?\s+[^,;:]{{1,80}}$"
    )
    L.reporter_re = book.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\n))\s*(?:(?:and|but|while|whereas)\s+)?(?P<who>[^,;:\n]{{1,120}}?)\s+(?:{said})\s*(?:that\s*)?$")
    L.said_re = book.compile(rf"\b(?:{said})\s+(?!that\b)")
    L.said_comma_re = book.compile(rf"\b({said})\s*,")
    # "would benefit", "would have preferred", "would be disbursed": a prediction, not a promise
    L.would_refuse_re = book.compile(rf"\s+not\s+(?:{_alt(cb['refused_after_would_not'])})\b")
    L.not_after_would_re = book.compile(rf"\s+(?:not\s+)?(?:{_alt(cb['not_after_would'])})\b")
    L.not_after_will_re = book.compile(rf"\s+(?:(?:also|further|then|likely|probably)\s+)?(?:{_alt(cb['not_after_will'])})\b(?!\s+to\b)")
    L.may_acts_re = book.compile(
        # (past a condition set off by commas: "may, subject to parliamentary approval, channel ...")
        rf"(?:\s*,[^,.;]{{1,80}},)?\s+(?:not\s+)?(?:(?:also|further|then|still|jointly|together|consider|decide\s+to)\s+)?(?:{_alt(cb['may_acts'])})\b"
        # (and after it: "may provide, subject to the approval of the Budget Committee, loans of ...")
        rf"(?:\s*,[^,.;]{{1,80}},)?"
        # (of something to give: an amount, or a resource: "provide additional funding", not "provide a model")
        # (a number in words too: "may buy six submarines")
        rf"(?=[^.;:]{{0,50}}?(?:\d|[$€£¥₹]|\b(?i:{_alt(cb['may_objects'])})\b"
        rf"|\b(?i:{_alt(cb['catalysts']['number_words'])})\s+(?!of\b)(?:[a-z-]+\s+)?[a-z]+s\b))")
    L.may_party_re = book.compile(rf"\s+(?:(?:also|further|then)\s+)?(?:{_alt(cb['may_party_acts'])})\b")  # (not "may not", a hedge)
    L.may_joint_re = book.compile(
        rf"\s+(?:(?:also|further|then|jointly|together)\s+)?(?:{_alt(cb['may_joint_acts'])})\s+(?:an?\s+|the\s+|their\s+)?"
        rf"(?:first\s+|new\s+|annual\s+)?(?:{_alt(cb['may_joint_objects'])})\b")
    L.views_before_that = frozenset(cb.get("views_before_that") or ())
    L.binding_in_that_re = book.compile(rf"\b(?:{_alt(cb['binding_in_that'])})\b", re.I)
    L.not_after_cannot_re = book.compile(rf"\s+(?:{_alt(cb.get('not_after_cannot') or ['but'])})\b")
    # one trie for every predicate word; an adjective counts only after a form of "be"
    # (and "Will", "Shall" opening a list's item: "The Chinese side:" then "- Will provide ...")
    L.pred_re = book.compile(rf"\b(?:{_trie(list(L.forms) + list(adjs) + list(L.modals) + ['Will', 'Shall'])})\b")
    L.be_before_re = book.compile(
        rf"\b({be})\s+(?:(?:also|now|still|very|all|both|not|{_alt(cb['intensifiers'])})\s+)*$"  # ("remain seriously concerned")
    )
    L.modal_intention = frozenset(cb["modal_intention_verbs"])
    L.asks_that = frozenset(cb.get("asks_that") or ())
    L.asking = frozenset(cb.get("call_verbs") or ()) | L.asks_that
    L.binds_before_amount = frozenset(cb.get("binds_before_amount") or ())
    L.explore_verbs = frozenset(cb.get("explore_verbs") or ())
    L.agreeing_verbs = frozenset(cb.get("agreeing_verbs") or ())
    L.aims_after_agreeing = frozenset(cb.get("aims_after_agreeing") or ())
    L.weak_modals = frozenset(cb["weak_modals"])
    L.light = {v: (None if k == "any" else frozenset(k)) for v, k in cb["light_verbs"].items()}
    L.light_only = frozenset(cb.get("light_only_verbs") or ())
    L.rank = {c: i for i, c in enumerate(CATEGORIES)}
    L.nouns = cb["nouns"]
    L.owned_only_nouns = frozenset(cb["owned_only_nouns"])
    L.owned_only_verbs = frozenset(cb.get("owned_only_verbs") or ())
    L.recounting = frozenset(cb.get("recounting_verbs") or ())
    L.hopes = frozenset(cb.get("hope_nouns") or ())
    L.own_to = frozenset(cb.get("chapeau_verbs_before_to") or ())
    L.thing_heads = frozenset(cb.get("thing_heads") or ())
    L.not_subject_to = frozenset(cb["conditions"].get("not_subject_to") or ())
    L.light_noun_re = book.compile(
        r"\s+(?:(?:on|upon)\s+)?(?:(?!(?:of|to|for|in|on|with|that|and|by|at|as|from)\b)[\w.'’-]+\s+){0,4}?"
        rf"(?P<noun>{_alt(L.nouns)})\b(?:\s+(?P<prep>to|in|for|toward|towards|on|that)\b)?"
    )
    owned = _alt(list(dict.fromkeys([*cb["owned_nouns"], *cb["amount_nouns"]])))
    L.own_noun_re = book.compile(rf"\b(?:their|its|our|his|her)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{owned})\s+(?:to|in|for)\b")
    # "to" and an action, or (for the nouns of an amount) "of" and the amount: "Brazil's pledge
    # of $10 million", "Japan's contribution of ¥5 billion"
    amount_nouns = _alt(cb["amount_nouns"])
    # (the amount after what may qualify it: "of a further DKK 2.1 billion", "of up to $5 million")
    amount = (r"(?:an?\s+)?(?:(?:further|additional|extra|new|fresh)\s+)?"  # ("of a ₦250 billion credit line")
              r"(?:(?:up\s+to|more\s+than|over|about|some|around|nearly|almost|at\s+least|approximately)\s+)?"
              r"(?:" + _SIGN + r"|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)")
    # (not "to" an amount: "bringing Spain's total pledge to half a billion euros" is a sum, no act)
    money_to = (r"(?:" + _SIGN + r"|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|(?:half\s+a|\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)"
                r"\s+(?:million|billion|trillion)\b)")
    # ... and the nouns of a goal, "of" a figure: "Japan's target of a 46 percent reduction by 2030"
    L.target_nouns = frozenset(cb.get("target_nouns") or ["target"])
    target_nouns = _alt(L.target_nouns)
    figure_of = r"(?:an?\s+)?(?:(?:more\s+than|over|about|around|at\s+least|nearly|almost|some)\s+)?(?:" + _SIGN + r"|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)"
    noun = (rf"(?P<noun>(?:{owned})(?=\s+to\s(?!\s*(?:(?:more\s+than|over|about|some|nearly|almost|up\s+to)\s+)?{money_to}))"
            rf"|(?:{amount_nouns})(?=\s+of\s+{amount})|(?:{target_nouns})(?=\s+of\s+{figure_of}))\s+(?:to|of)\s+")
    L.owned_re = book.compile(  # ("Peru's", and "the United States'")
        rf"(?:['’]s|(?<=s)['’])\s+(?:(?!(?:of|to|for|in|on|with|that|and|by|at|as)\b)[a-z][\w-]*\s+){{0,2}}?{noun}"
    )
    L.owned_adj_re = book.compile(
        rf"(?<![\w.])(?P<owner>{_trie(list(EL.all_country_forms) + list(EL.adjective))})\s+{noun}"
    )
    # "the decision of Peru to host ...", "the intention of the Government of Japan to ..."
    L.owned_of_re = book.compile(
        rf"(?P<noun>{owned})\s+of\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w.'’-]*){{0,5}}{_SIDE_WORD})\s+to\s+"
    )
    # ... and "by" its owner: "the pledge by the People's Republic of China to contribute ...",
    # "the commitment by Japan and New Zealand to provide ..." (two owners, one pledge)
    L.owned_by_re = book.compile(
        rf"(?P<noun>{owned})\s+by\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w.'’-]*){{0,5}}{_SIDE_WORD})\s+to\s+"
    )
    L.owned_nouns = tuple(dict.fromkeys([*cb["owned_nouns"], *cb["amount_nouns"]]))
    # an owned noun followed by "to" (plain text may be wrapped before it), in one pass
    L.owned_noun_scan = book.compile(rf"(?:{_trie(L.owned_nouns)})(?= to|\nto| of\s+{amount}| (?:of|by)\s+(?:the\s+)?[A-Z])"
                                     rf"|(?:{target_nouns})(?=\s+of\s+{figure_of})")

    # words between subject and verb
    adverbs = sorted(cb["adverbs"] + cb["auxiliaries"] + cb["negations"], key=len, reverse=True)
    L.strip_re = book.compile(rf"(?:\s+|^)(?:{'|'.join(re.escape(a) for a in adverbs)})\s*$", re.I)
    L.negations = frozenset(cb["negations"])
    L.adverbs = frozenset(cb["adverbs"]) | L.negations
    L.body_noun_re = book.compile(rf"\b(?:{_alt(cb['new_body_nouns'])})s?\b", re.I)
    # those at large a request may ask, whom the signatories do not direct (not their own:
    # "relevant stakeholders of both countries")
    L.outsiders_asked_re = book.compile(rf"\s*(?:all\s+|other\s+|our\s+)?(?:the\s+)?(?:{_alt(cb['outsiders_asked'])})\b"
                                        r"(?!\s+(?:of|in|from)\s+(?:both|the\s+two|the\s+three|our|their|each)\b)")
    L.deliverable_noun_re = book.compile(rf"\b(?:{_alt(cb['deliverable_nouns'])})s?\b", re.I)
    L.deliverable_re = book.compile(rf"\s+(?:also\s+|jointly\s+|further\s+)?be\s+(?:[a-z]+ly\s+)?(?:{_alt(cb['deliverable_verbs'])})\b")
    L.new_body_re = book.compile(rf"\s+(?:also\s+|jointly\s+)?be\s+(?:{_alt(cb['new_body_verbs'])})\b")
    L.refrain_re = book.compile(rf"(?:{_alt(cb['refrain_verbs'])})\s+(?:from|of)\b", re.I)
    L.strip_last = frozenset(a.split()[-1].lower() for a in adverbs)
    # clause boundaries inside the text before a verb
    openers = cb["clause_openers"]
    # (written as single characters and word-start tries so that the scan can skip ahead)
    # (and an ampersand that opens a clause: "... is safe & we task our Digital Ministers ...")
    L.boundary_re = book.compile(r";|:|,|&(?=\s+(?:we|they|the|our|both)\b)|" + E._word_trie(openers, r"\b"))
    L.relative = frozenset(cb["relative_words"])
    L.complement = frozenset(cb["complement_words"])
    # "between the United States and Peru": an "and" that joins the objects of a preposition
    # (not after a comma: "its commitment to AlUla, and Argentina will ..." starts a clause)
    L.np_prep_re = book.compile(
        r"\b(?:between|among|amongst|with|of|to|for|by|from|including|than|like|and|both)\s+(?P<np>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s*$"
    )

    # actors
    A = cb["actors"]
    pairs = _alt(A["pair_words"])
    numbers = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
    L.subgroups = dict(A.get("subgroups") or {})
    L.subgroup_re = book.compile(rf"(?:[Tt]he\s+)?({_alt(list(L.subgroups))})\b") if L.subgroups else None
    # (two of them by their adjectives before one noun: "The Nordic and Baltic countries")
    heads = sorted({k.split()[0] for k in L.subgroups if " " in k})
    tails = sorted({k.split(" ", 1)[1] for k in L.subgroups if " " in k})
    L.subgroup_pair_re = book.compile(
        rf"(?:[Tt]he\s+)?({_alt(heads)})\s+and\s+(?:the\s+)?({_alt(heads)})\s+({_alt(tails)})\b") if heads else None
    L.multilateral_re = book.compile(rf"\b(?:{'|'.join(A['multilateral'])})\b")
    # (the nouns as tries of their lower-case forms: the same matches, found faster)
    collective = _trie({w.lower() for w in A["collective_nouns"]})
    others = _trie({w.lower() for w in A["other_nouns"]})
    L.group_re = book.compile(
        rf"(?i:(?P<det>{pairs}|all|all the|the|our|these|their|its|each of the)\s+)?(?i:(?P<num>{numbers})\s+)?"
        rf"(?P<pre>(?:(?:G-?\d{{1,2}}|[A-Z][\w.'’-]*|(?!(?:and|or|but|nor|the|a|an|of|to|in|on|for|with|that|which|who|as|while|whereas|where|wherein|whereby|when|if|although|though|since|because)\b)[a-z]+)\s+){{0,2}}?)"
        rf"(?i:(?P<noun>(?:{collective})|(?:{others})))"
        rf"(?P<qual>\s+(?:of|to)\s+(?:the\s+)?(?:G-?\d{{1,2}}|[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*|(?:our\s+|these\s+)?(?:two|both|three|four|five|six|seven|eight|nine|ten|all)\s+(?:countries|sides|governments|nations|parties|states))"
        # (a portfolio in lower case: "the ministers of foreign affairs", "the ministers for trade")
        rf"|\s+(?:of|for)\s+(?:the\s+)?(?:{_trie({p.lower() for p in _portfolios()})})\b)?"
        rf"(?=\s*(?:,|\band\b|&|$))"
    )
    L.collective = frozenset(A["collective_nouns"])
    L.failed_agreement = frozenset(cb.get("failed_agreement") or ())
    L.renewal_verbs = frozenset(cb.get("renewal_verbs") or ())
    # (an "and" inside such an aside joins who runs it, not who acts: "A joint steering
    # committee, co-chaired by the Norwegian Ambassador and the State Minister, shall meet")
    L.run_by_open_re = book.compile(rf",\s*(?:{patterns.phrases(cb.get('run_by') or ['run'])})\s+(?:jointly\s+)?by\s+[^,;:]{{1,100}}$")
    L.run_by_re = book.compile(rf",\s*(?:{patterns.phrases(cb.get('run_by') or ['run'])})\s+(?:jointly\s+)?by\s+[^,;:]{{1,100}}?,?$")
    L.year_of_event_re = book.compile(rf"\b[Tt]he\s+((?:19|20)\d\d)\s+(?=(?:[A-Z][\w'’-]*\s+){{0,5}}?"
                                      rf"(?:{patterns.phrases(cb.get('dated_events') or ['Summit'])})\b)")
    L.recital_re = book.compile(rf"[ \t]*(?:{patterns.phrases(cb.get('recital_openers') or ['Whereas'])})\b")
    L.collective_heads = frozenset(w.split()[-1].lower() for w in A["collective_nouns"])
    # the verbs of a view ("dialogue is the only way", "the Charter remains central"), not of an
    # act ("that Kenya hosts the next meeting", "that an expert group be convened", "that the
    # committee is hereby established": a passive)
    L.stative_re = book.compile(
        rf"\b(?:(?:is|are|was|were|has been|have been|ha(?:s|ve) (?:never|always|long|also|now) been)\b(?!\s+(?:(?:to|not|also|now|hereby|[a-z]+ly)\s+)?"
        rf"(?:[a-z]+ed|[a-z]+en|{_alt(A['irregular_participles'])})\b)|remains?|remained|constitutes?|represents?|"
        # ("the relationship has gone beyond the bilateral scope", "ties have grown", "the
        # partnership has withstood the test of time": a view of what became or was done)
        rf"ha(?:s|ve)\s+(?!been\b)(?:(?:already|also|now|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+en|{_alt(A['irregular_participles'])}"
        r"|become|grown|gone|withstood|stood|made|brought|built|led|won|held|kept|met|seen|shown)\b|"
        r"lies|rests?|reflects?|demonstrates?|shows?|matters?|marks?|signals?|heralds?|symboli[sz]es?|serves?|benefits?|depends?|requires?"
        # ("stable macroeconomic conditions underpin investment confidence": a view of what holds)
        r"|underpins?|underlies|underlie|enables?|fosters?|drives?"
        # ("approximately 280,000 Peruvian nationals reside in Chile": a fact held in common)
        r"|resides?|reside|live|lives|accounts?\s+for|amounts?\s+to|totals?|exceeds?|stands?\s+at"
        # ("the Beijing Summit elevated China-Africa relations to ...": what a thing did, a view of it)
        r"|(?<=[a-z] )[a-z]{3,}ed(?= (?:(?:the|a|an|its|their|our|this|these)\b|[A-Z]))(?<!\bneed)(?<!\bshared))\b")
    # what others will merely undergo: "Japanese businesses will benefit", "regulators will be
    # consulted", "the meeting will be held" (not "... held by the ministers"; "... completed by
    # 2028" is a date, no agent), "Nordic Energy Research will receive NOK 100 million"
    L.undergoes_re = book.compile(
        rf"\s+(?:not\s+)?(?:(?:also|further|continue\s+to)\s+)?(?:be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn|ght)|{_alt(A['irregular_participles'])})\b"
        rf"(?!\s+by\s+(?!\d|the\s+(?:end|middle|start|time)\b|(?:end|mid)-))|be\s+able\b|benefit\b|gain\b|get\b|enjoy\b|see\b|face\b|(?:{_alt(A.get('takes_effect') or ['take effect'])})\b"
        rf"|receive\s+(?:(?:an?|an\s+additional|additional|new|further|annual|up\s+to|more\s+than|about|some|over)\s+)*(?:[A-Z]{{2,3}}\$?\s?\d|[$€£¥]\s?\d"
        # ("will receive funding of 20 million yuan a year", "will receive training")
        r"|(?:funding|financing|grants?|loans?|aid|assistance|support|investment|contributions?|training|scholarships|resources)\b))"
    )
    # what a text does by itself: "It shall take effect on the date of signature", "This
    # Agreement shall enter into force ..." (no one's act, whoever "It" was before)
    L.takes_effect_re = book.compile(rf"\s+(?:then\s+|also\s+)?(?:{_alt(A.get('takes_effect') or ['take effect'])})\b")
    L.bare_generic = frozenset(A.get("bare_generic") or ())
    L.signatory_subject_re = book.compile(
        rf"(?:\b(?:[Tt]he|[Oo]ur)\s+)?(?<![\w-])(?:{patterns.phrases(A['signatory_subjects'])})$")
    L.bare_staff_re = book.compile(rf"(?:[Tt]he\s+)?(?i:{_alt(A['bare_staff'])})")
    L.bare_government_re = book.compile(
        rf"(?:[Tt]he\s+)?(?:(?i:{_alt(A['bare_government_qualifiers'])})\s+)?(?i:{_alt(A['bare_government'])})")
    L.instrument_re = book.compile(
        rf"(?:It|it|(?:[Tt]his|[Tt]he|[Tt]he\s+present)\s+(?:Joint\s+)?(?:{patterns.phrases(A['instruments'])}))")
    forecast = [f for v in cb["forecast_verbs"] for f in (v, _third(v), _past(v))] + cb["forecast_phrases"]
    L.forecast_that_re = book.compile(rf"\b(?:{patterns.phrases(forecast)})\s+that\s+$")
    L.pair_words = frozenset(A["pair_words"])
    pronouns = A["pronouns_signatories"] + A["pronouns_previous"]
    L.signatory_pronouns = frozenset(A["pronouns_signatories"])
    L.pron_re = book.compile(rf"(?P<pron>{_alt(pronouns + [p.capitalize() for p in pronouns])})(?=\s*(?:,|\band\b|$))")
    # the pair words alone as a subject, read as "they": "Both welcomed ...", "The two also agreed ..."
    L.pair_alone_re = book.compile(rf"(?i:{pairs})(?=\s*(?:,|$))")
    countries = _trie(EL.all_country_forms)
    adj = _trie(EL.adjective)
    gov = _alt(A["government_nouns"])
    L.government_nouns = frozenset(w.lower() for w in A["government_nouns"])
    # a party's public body, named by its country ("The U.S. Department of Agriculture",
    # "Kenya's Ministry of Health", "the Ministry of Energy of the Republic of Kazakhstan")
    L.body_country_re = book.compile(
        rf"(?:[Tt]he\s+)?(?:(?P<c>{countries})(?:['’]s|(?<=s)['’])?|(?P<a>{adj}))\s"
        rf"|\sof\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c2>{countries})$")
    L.state_bodies = frozenset(w.lower() for w in A["state_bodies"])
    L.public_body_re = book.compile(rf"\b(?:{patterns.phrases(A['public_bodies'])})\b")
    L.bodies_of_parties = EL.bodies_of_parties
    role = EL.role_alt
    # "Australia announced A$10 million and New Zealand NZ$5 million": the verb left out before the
    # second country's amount
    # an amount's currency before it: a sign ("₦"), a sign with letters ("A$", "GH₵") or a code ("FCFA ")
    money_head = rf"(?:{_SIGN}|[A-Z][A-Za-z]{{0,2}}[$₵]|[A-Z]{{3,4}}\s?)"
    L.gapped_amount_re = book.compile(
        rf"(?:[a-z]+\s+)?(?:{money_head}\s*\d[\d,.]*|\d[\d,.]*)"
        r"(?:\s*(?:million|billion|trillion|thousand|crore|lakh|bn|m)\b)?(?:\s+(?:euros?|dollars?|yen|pounds?|[A-Z]{3}))?")
    L.gapped_re = book.compile(
        # (a bare number only with its scale or its unit: "and France 24, in ..." names a broadcaster)
        rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<c>{countries})\s+(?=(?:{_SIGN}|[A-Z][A-Za-z]{{0,2}}[$₵])|[A-Z]{{3,4}}\s?\d"
        rf"|\d[\d,.]*\s*(?:million|billion|trillion|thousand|crore|lakh|bn|m\b|%|per\s*cent|percent|[a-z]{{3,}})"
        # (or one that ends the clause, its thing the first amount's: "1,500 officers and Ghana 1,000.")
        rf"|\d[\d,]*\d(?=\s*[.;](?:\s|$)|\s*$))")
    # "additional funding of NOK 600 million from Norway, DKK 250 million from Denmark and SEK 400
    # million from Sweden": each amount its giver's
    L.amount_from_re = book.compile(
        rf"(?P<amt>(?:{money_head}\s*\d[\d,.]*)(?:\s*(?:million|billion|trillion|thousand|crore|lakh|bn|m)\b)?"
        rf"(?:\s+(?:euros?|dollars?|yen|pounds?|kroner|krona|kronor|[A-Z]{{3}}))?)\s+from\s+(?:the\s+)?(?P<c>{countries})\b")
    L.country_actor_re = book.compile(
        rf"(?:the\s+|The\s+)?(?:"
        rf"(?:(?P<c1>{countries})|(?P<a1>{adj}))(?:['’]s|(?<=s)['’])?\s+(?:(?i:{gov})|(?P<r1>{role})s?(?:\s+[A-Z][\w'’.-]*){{0,3}})"
        rf"|(?:(?i:{gov})|(?P<r2>{role}))\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c2>{countries})"
        rf"|(?P<c3>{countries})|(?P<a3>{adj})"
        rf")(?=\s*(?:,|\band\b|&|$))"
    )
    up = E._UP  # (capitals with accents too: "Çavuşoğlu", "Óscar")
    name = rf"[{up}][\w'’.-]*(?:\s+(?:(?:de|da|del|van|von|bin|al|el|la|le|di|dos)\s+)?[{up}][\w'’.-]*){{0,3}}"
    honorific = f"(?:{EL.honorifics})"
    # a courtesy before a name opens its subject ("Shri Narendra Modi", "His Highness Sheikh
    # ..."); not a rank that is also a word of bodies ("General Assembly", "Ambassador ...")
    ranks = frozenset(A.get("not_courtesies") or ())
    courtesies = [h for h in E.codebook()["honorifics"] if h not in ranks]
    L.courtesy_lead_re = book.compile(rf"(?:(?:{_alt(courtesies)})\s+)+(?=[{E._UP}])")
    # a person's name set after an office, with a courtesy or rank before it ("the Hon Mark
    # Mitchell", "Lieutenant General Suharyanto")
    L.apposed_name_re = book.compile(rf"(?:{EL.honorifics})\s+(?:(?:{EL.honorifics})\s+)*{name}")
    L.person_actor_re = book.compile(
        rf"(?:the\s+|The\s+)?(?:(?P<role>{role})(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<rc>{countries}))?\s*,?\s+(?:{honorific}\s+)?)?"
        rf"(?P<names>{name})(?:\s+of\s+(?:the\s+)?(?P<ac>{countries}))?(?=\s*(?:,|\band\b|&|$))"
    )
    L.persons_actor_re = book.compile(
        rf"(?:the\s+|The\s+)?(?P<role>{role})s\s+(?P<names>{name}(?:\s*(?:,\s*|\s+and\s+|\s*&\s*){name})+)(?=\s*(?:,|\band\b|&|$))"
    )
    L.leader_roles = EL.leader_roles
    L.international_roles = EL.international_roles  # (lower-cased)
    # what the person, role and name patterns can start with: "the"/"The", a title, a capital
    L.actor_first = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZt") | {w[0] for w in EL.role_words}
    L.role_words = EL.role_words
    # (the head words of titles: "Minister", "President"; not "International" of a portfolio)
    L.role_heads = frozenset(r.replace("-", " ").split()[-1] for r in E.codebook()["roles"] if r.strip()) | {"Minister", "Secretary"}
    L.role_only_re = book.compile(rf"(?:the\s+|The\s+)?(?P<role>{role})(?=\s*(?:,|\band\b|&|$))")
    L.named_re = book.compile(
        # (names in Spanish, Portuguese or French run on over their small words, and may hold their
        # acronym: "The Banco Nacional de Desenvolvimento Econômico e Social (BNDES)", "The Banco
        # de Inversión y Comercio Exterior (BICE) of Argentina")
        # (and a body's name after a word of its kind: "The high-level Energy Dialogue")
        rf"(?:the\s+|The\s+)?(?:(?:high-level|ministerial-level|leaders-level|joint|bilateral|new|annual|permanent)\s+)?"
        # (a slash between two capitalized words stays inside the name: "Defense POW/MIA Accounting Agency")
        rf"(?P<first>[{up}][\w.'’-]*|G-?\d{{1,2}})(?:\s+(?:(?:of|for|the|on|de|del|do|da|dos|das|la|las|los|el|e|y|des|du|et)\s+)*"
        rf"(?:[{up}][\w.'’-]*(?:/[{up}][\w.'’-]*)?|G-?\d{{1,2}}|\d+|\([A-Z][\w&.-]{{1,11}}\))){{0,8}}(?=\s*(?:,|\band\b|&|$))"
    )
    L.sep_re = book.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|together\s+with\s+)?|&\s*|\band\s+)\s*")  # ("Japan, as well as Korea,")
    L.not_start = EL.not_start
    L.demonyms = frozenset(a + "s" for a in EL.adjective)
    L.all_country_forms = EL.all_country_forms
    L.country_names = frozenset(EL.all_country_forms.values())
    # a body's country in brackets after it: "the Ministry of Foreign Affairs and Trade (NZ)" (the entities' own)
    L.country_paren_re = EL.country_paren_re
    L.of_country_re = book.compile(rf"\s+of\s+(?:the\s+)?(?:{_trie(list(EL.all_country_forms))})(?![\w-])")
    L.adjective = EL.adjective
    # (the words that make a capitalized run an institution: "The Brazilian Development Bank")
    L.body_cues = frozenset(w for w, t in EL.cues.items() if t in ("organization", "initiative"))
    L.name_cues = frozenset(EL.cues)  # ("The Summit reviewed ...", "The Commission will ...")
    L.appositive_re = book.compile(r"^(?P<we>[Ww]e)\s*,\s*(?P<app>.+?)\s*,?\s*$")

    # catalysts
    C = cb["catalysts"]
    # (thousands set apart by spaces as one number, as the figures ledger reads them: "1 500 000
    # tonnes", "250 000 000 000 tenge"; not "in 2023 500 people")
    num = r"(?<![\w.,/+])(?<!\d )\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?![\d.,]\d|\d| \d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # Scales, currencies and currency words are the figures ledger's ("Rs 8,200 crore", "€100m",
    # "NZ$20 million", "RMB 360 billion"), the currencies as one prefix tree (a long alternation
    # tried at every sign made each target slower).
    from .figures import currency_words
    from .figures import lexicon as figures_lexicon

    flex = figures_lexicon()
    # ("Resolution 2231", "No. 2", "Goal 13": a reference, not a target; the figures ledger's words)
    L.reference_words = frozenset(w.lower() for w in flex["reference_words"])
    scale_w = _alt([w for w in [*flex["scales"], *flex["scale_abbreviations"]] if w not in ("dozen", "hundred")])
    # (not the naira's "N", which opens road numbers too: "the N2 road"; "N500 billion" counts by its scale)
    prefixes = [p for p in flex["currency_prefixes"] if p != "N"] + list(flex.get("further_currency_codes") or ())  # ("ISK 1.2 billion", not "K 1.2 billion")
    cur = f"(?:{_trie(prefixes)})"
    curw = _alt(list(currency_words()))
    # (a decimal comma before a scale or a percent: "3,5 million euros", "EUR 2,5 billion", "3,2%")
    num = rf"\d+,\d{{1,2}}(?=\s*(?:%|per\s?cent\b|percent\b|(?:{scale_w})\b))|{num}"
    qualifiers = [
        "no more than", "not more than", "no less than", "not less than", "no fewer than", "not fewer than", "at most",
        "more than", "less than", "fewer than", "over", "up to", "at least", "nearly", "almost", "approximately",
        "about", "around", "some", "roughly", "an additional", "additional", "a further", "a total of", "total of",
    ]
    qual = rf"(?:{'|'.join(qualifiers)})\s+"
    L.qualifier_ends = tuple({q.split()[-1] for q in qualifiers})  # a cheap test before the pattern
    wordnum = _alt(C["number_words"])
    L.number_words_re = book.compile(rf"\b(?:{wordnum})\b", re.I)
    units = _alt(C["units"])
    # a rate's period, as the figures lexicon says it ("per year", "a month", "annually")
    from . import figures as F

    L.currency_codes = F.currency_codes()
    rate_forms = [f for period in ("year", "month", "week", "quarter") for f in F.lexicon()["rates"][period] if f[:1].isalpha()]
    rate = rf"(?:{_alt(rate_forms)})\b"
    # numbers written with digits or a currency (the leading character class keeps the scan fast);
    # a qualifier before them ("more than") is read backwards from the number
    L.numeric_re = book.compile(
        # (the naira's "N" before an amount with its scale: "N50bn", "N500 billion"; not "the N2 road")
        rf"(?:{cur}|N(?=\d[\d.,]*\s?(?:{scale_w})\b))\s?(?:{num})(?:\s*(?:{scale_w})\b)?"
        # (a scale with its unit after: "1 million tonnes", "2.5 billion cubic metres")
        # (a temperature and a share in points keep their unit: "1.5°C", "15 percentage points")
        rf"|(?P<bare>{num})(?![\w,/–-]|\.\d)(?:\s?°\s?[CF]\b|\s+percentage[\s-]+points?\b"
        rf"|\s*(?:%|(?:percent|per cent|{scale_w})\b)(?:\s+(?:{curw})\b|\s+(?:{units})(?![\w-]))?"
        # (not a clause of its own: "meet before the end of 2026 to identify co-production projects")
        rf"|(?P<unit>\s+(?:(?!to\s)[a-z-]+\s+){{0,3}}?(?:{units})(?![\w-])))?"
    )
    # numbers in words ("five million dollars") and multipliers ("double")
    # (a spelled-out number counts with a scale, a unit of the list, or as a dozen: "two
    # million dollars", "fifty gigawatts", "five hundred", "a dozen"; not "one of the projects")
    # ("two hundred and fifty million dollars" is one number)
    # ("one thousand five hundred technicians", "one and a half billion euros": one number each)
    words = (rf"\b(?:{wordnum})(?:[\s-]+(?:{wordnum}|(?:{scale_w})(?=[\s-]+(?:{wordnum})\b))"
             rf"|\s+and\s+(?:(?<=hundred and )|(?<=thousand and )|(?<=million and )|(?<=billion and ))(?:{wordnum})"
             rf"|\s+and\s+a\s+half\b)*")
    tens_ones = rf"(?:{_alt(C['tens_words'])})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    L.numeric_words_re = book.compile(
        # a hundred or a thousand and what it adds before a noun: "one hundred and twenty additional
        # officials", as "120 additional officials" (one number, not "one hundred" and "twenty")
        rf"\b(?:{wordnum})\s+(?:hundred|thousand)\s+and\s+(?:{tens_ones}|{wordnum})"
        rf"(?=\s+(?!(?:of|per|percent|and|or|to|million|billion|trillion|thousand|years?|months?|weeks?|days?|decades?)\b)[a-z])|"
        # (not "a thousand years of history", "a million-strong network")
        rf"(?:{words}|\bhalf\s+an?|\ban?)\s+(?:percent|per cent|{scale_w})\b(?!-|\s+(?:years|days|months|weeks|decades|centuries)\b)"
        rf"(?![\s-]+(?:{wordnum})\b)(?:\s+(?:{curw})\b|\s+(?:{units})(?![\w-]))?"
        rf"|{words}\s+(?:(?!(?:of|the|a|an|and|or|to|in|for|with)\s)[a-z-]+\s+){{0,3}}?(?:{units})\b"
        rf"|(?:\ba\s+|{words}\s+)?\bdozen\b"
        # a small number at a rate: "four joint patrols per year", "two exercises a year"
        rf"|{words}\s+(?:(?!(?:of|the|a|an|and|or|to|in|for|with)\s)(?:[a-z-]+|[A-Z]{{2,6}})\s+){{1,3}}?{rate}"  # ("four ICCR fellowships a year")
        # ten or more in words before a noun: "build twelve vessels", as "12 vessels" is
        rf"|\b(?:{_alt(C['tens_words'])})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?=\s+(?!(?:of|per|percent|and|or|to|years?|months?|weeks?|days?|decades?)\b)(?:[a-z]|[A-Z][a-z]+\s+[a-z]|[A-Z]{2,6}\s+[a-z]))"
        # (from one number to another, in words: "increase flights from seven to eleven per week")
        rf"|\bfrom\s+{words}\s+to\s+{words}\b"
        # (a few more of a thing: "open three new American Spaces", "deploy two additional vessels")
        rf"|\b(?:{_alt(_FEW)})\s+(?:{_alt(_MORE_OF)})\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*s\b"
        # (a time cut to a length, in words: "reduce the processing time to ninety days")
        rf"|(?<=\bto )(?:{words})\s+(?:days|weeks|hours|minutes)\b"
        rf"|\b(?:{_alt(C['multipliers'])})\b(?!\s+taxation\b)"  # (not "a double taxation convention")
        # a share a change is by: "cut processing times by half", "reduce losses by a third"
        rf"|(?<=\bby )(?:(?:a|one)[\s-]+)?(?:{_alt(C['change_shares'])})\b(?![-‑])(?!\s+(?:part(?:y|ies)|countr(?:y|ies)|states?|persons?|actors?)\b)"
    )
    L.numeric_gate_re = book.compile(rf"[$€£¥₹₩\d]")
    L.numeric_lead = max(map(len, prefixes)) + 1
    L.numeric_words_keys = tuple(
        dict.fromkeys(("illion", "thousand", "hundred", "dozen", "percent", "per cent", "doubl", "tripl", "halv", "fold", "days", "weeks", "hours", "minutes", *rate_forms, *C["units"],
                       *C["change_shares"],
                       *C["tens_words"], *(f"{w} {m}" for w in _FEW for m in _MORE_OF)))
    )
    # (signs are looked for in each target with one alternation shaped as a prefix tree)
    L.numeric_words_gate = book.compile(_trie(L.numeric_words_keys))
    L.numeric_words_reach = max(map(len, L.numeric_words_keys))
    # and a number in words or a multiplier, which every match holds
    L.number_word_re = book.compile(_trie(C["number_words"] + C["multipliers"] + C["change_shares"]))
    L.qualifier_re = book.compile(rf"\b{qual}$")
    month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
    year = r"(?:19|20)\d{2}"
    periods = _alt(C["periods"])
    deadline = _alt(C["deadline_words"])
    # cheap signs that a timeline may be present: a year, a month, or one of these words
    months = [m for m in _MONTHS if len(m) > 3] + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    L.year_re = book.compile(r"(?:19|20)\d\d")  # two simple patterns scan faster than one with both
    L.month_re = book.compile(rf"[JFMASOND](?:{_trie([m[1:] for m in months])})\b")
    L.timeline_keys = ("year", "month", "week", "day", "decade", "quarter", "annual", "bienni", "next", "upcoming", "COP", "Conference",
                       "Ministerial", "Assembly", "Cup", "Games",
                       "forthcoming", "following", "summit", "Summit", "meeting", "Meeting", "session",
                       "spring", "summer", "autumn", "fall", "winter")
    L.timeline_gate = book.compile("|".join(map(re.escape, L.timeline_keys)))
    L.timeline_reach = max(map(len, L.timeline_keys))
    L.dated_re = book.compile(  # "in 2022", "in January 2022", "on 5 May 2021", "on May 5, 2021", "in January"
        rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Tt]hroughout|[Aa]t\s+the(?=\s+(?:19|20)\d\d\s+[A-Z]))\s+(?:(?:early|mid|late)[-\s]+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
        rf"(?:(?P<mon>{month})(?:\s+|(?=[,.;]|$)))?(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>{year})?\b"
    )
    L.past_re = book.compile(r"\b(?:" + _alt(cb["past_markers"]) + r")\b", re.I)
    cond = cb["conditions"]
    # (found with str.find on the lower-cased statement: markers begin with common letters,
    # which keep a regular expression's scan from skipping ahead)
    L.condition_forms = tuple(sorted({m.lower() for m in [*cond["markers"], "subject to"]}))
    L.subject_to = frozenset(cond["subject_to"])
    allowing, finding = cond["allowing"], cond["finding"]
    L.conditions_allow_re = book.compile(rf"\b(?:{_alt(allowing['openers'])})\s+(?:[a-z-]+\s+){{1,2}}(?:{_alt(allowing['nouns'])})"
                                         rf"\s+(?:{_alt(allowing['verbs'])})\b"
                                         rf"|\b(?:{_alt(finding['openers'])})\s+(?:[a-z-]+\s+){{0,2}}(?:{_alt(finding['nouns'])})"
                                         rf"\s+(?:{_alt(finding['verbs'])})\b")
    L.condition_not_after = frozenset(cond["not_after"])
    L.condition_opening = frozenset(cond["clause_openers"])
    L.pending_before = frozenset(cond["pending_before"])
    L.pending_nouns = frozenset(cond["pending_nouns"])
    L.time_nouns = frozenset(cond["time_nouns"])
    L.relative_verbs = frozenset(cond["relative_verbs"])
    L.inverted_verbs = frozenset(cond["inverted_verbs"])
    L.inverted_late = frozenset(cond.get("inverted_verbs_after_subject") or ())
    L.condition_clauses = frozenset(cond["clause_markers"])
    L.once_not_before = frozenset(cond["once_not_before"])
    L.once_verbs = frozenset(cond.get("once_verbs") or ()) | {f for f, (_, cls) in verb_forms().items() if cls == "s" and " " not in f}
    L.inverted_re = book.compile(rf"(?:{_alt(cond['inverted'])})\s+[^,;:]{{3,120}}?,")
    # with no comma before it, then a subject and a verb of the codebook's: "measures against
    # spoilers should the ceasefire be violated", "should a dispute arise", "should Kenya request
    # them" (led by the words themselves: a scan that opens on a look-behind or a word boundary
    # loses its first-character skip; the word before is checked after)
    verbs = _alt(cond["inverted_verbs"])
    L.inverted_bare_re = book.compile(
        rf"(should|were|had)(?=\s+(?:(?:the|a|an|any|such|this|these|those|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"|[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+)?)(?:so\s+)?(?:{verbs})\b)"
    )
    number = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|hundred|a hundred|one hundred|a|several|few)"
    L.timeline_re = book.compile(
        # a span of years: "between 2024 and 2027", "from 2024 to 2027"
        # (or over a period: "over the period 2026–2030")
        rf"\b(?:between\s+{year}\s+and\s+|from\s+{year}\s+(?:to|until|till|through)\s+"
        rf"|(?:over|for|during|across)\s+the\s+period\s+(?:of\s+)?{year}\s*[-–]\s*)(?P<y3>{year})\b"
        # a deadline counted from an event: "within six months of this statement"
        rf"|\bwithin\s+(?:the\s+)?(?:first\s+)?{number}\s+(?:years?|months?|weeks?|days?)\s+of\s+(?:this|the|its|their)\s+"
        r"[\w-]+(?:\s+into\s+force|\s+of\s+(?:this|the)\s+[\w-]+)?"
        # (with the part of it: "in the first quarter of next year")
        rf"|\b(?:(?:(?:in|by|before|during|until)\s+)?the\s+(?:end|start|beginning|middle|first\s+(?:half|semester)|second\s+(?:half|semester)|(?:first|second|third|fourth|last)\s+quarter)\s+of\s+)?"
        rf"(?:(?:later|early|earlier)\s+)?(?:this|next|the coming|the next|the following|the current)\s+(?:(?:two|three|four|five|six|ten|few|several|\d+)\s+)?(?:{periods})s?\b"
        # a day in a translated text's words: "before 30 de junio de 2026", "avant le 30 juin 2026"
        rf"|\b(?:by|before|until|on|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+|le\s+|el\s+)?\d{{1,2}}(?:º|°|er)?\s+(?:de\s+)?"
        rf"(?i:{D.foreign_months_alt()})\s+(?:de\s+|del\s+)?(?P<yf>{year})\b"
        # a deadline set by an event: "before COP30", "ahead of the G20 Summit"
        rf"|\b(?P<ev>before|by|ahead\s+of|in\s+time\s+for|until)\s+(?:(?:COP|CMA|CMP)\s?\d{{1,2}}\b"
        rf"|the\s+(?:(?P<ye>(?:19|20)\d\d)\s+)?(?:[A-Z][\w-]*\s+){{1,4}}(?:Summit|Conference|Ministerial|Meeting|General\s+Assembly|World\s+Cup|Games)\b)"
        rf"|\b(?:{deadline})\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first half|second half|first semester|second semester|first quarter|second quarter|third quarter|fourth quarter|course)\s+of\s+(?:the\s+)?){{0,2}}(?:(?:early|mid|late|end)[-\s])?"
        # (a span of months: "between March and May 2026", "from March to May 2026")
        rf"(?:(?P<m2>{month})\s+(?:(?:and|to|until|till|through)\s+|[-–]\s*(?=[A-Z]))?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:(?P<m3>{month}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,\s+)?"
        rf"(?:(?:spring|summer|autumn|fall|winter|Q[1-4]|H[12]|(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear|FY)(?:\s+of)?\s*)?"  # "in Q3 2025", "in FY2026/27"
        rf"(?:\d{{1,2}}(?P<ds>[./])\d{{1,2}}(?P=ds)(?=(?:19|20)\d\d))?"  # "before 31/12/2025"
        rf"(?P<y1>{year})(?:-\d{{2}}-\d{{2}}(?!\d)|\s*[-–/]\s*(?:19|20)?\d{{2}}|s)?\b"  # ("by 2024-06-30", "in 2024-25", "in the first half of the 2030s")
        rf"(?:\s+(?:academic|school|fiscal|financial|budget|crop|marketing)\s+years?\b)?"  # ("in the 2026-2027 academic year")
        rf"|\b(?:by|before|until|till|in|during|from|starting in|beginning in|no later than|not later than|through)\s+(?:(?:early|mid|late)[-\s])?(?P<m1>{month})(?![a-z])(?!\s*\d)(?P<rel>\s+(?:this|next)\s+year)?"
        rf"|\b(?:within|over|in|during)\s+(?:the\s+)?(?:next|coming|following|first)?\s*{number}\s+(?:years?|months?|weeks?|days?|decades?)\b(?!\s+(?:since|ago|before|after|of)\b)"
        rf"|\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+the\s+(?:end|time|start|middle)\s+of\s+(?:the\s+|this\s+|next\s+|its\s+)?(?:{periods}|(?:next|upcoming|following)\s+\w+|(?:\w+\s+){{1,3}}(?:summit|meeting|session))\b"
        # ("by year-end", "before the end of the year" is a period's)
        rf"|\b(?:by|before|until|at)\s+(?:the\s+)?year[- ]end\b"
        rf"|\b(?:at|by|before|ahead of|until)\s+(?:the|our|its|their)\s+(?:next|upcoming|following|forthcoming)\s+[\w-]+"
        rf"(?:\s+(?:meeting|summit|session|round|dialogue|conference|consultations?))?(?:\s+[A-Z][\w-]*)*"  # ("the next ministerial meeting")
        rf"|\b(?P<rec>{_alt(C['recurring'])}|every\s+(?:\d{{1,2}}|two|three|four|five|six|eight|ten|twelve|eighteen)\s+(?:years|months|weeks))\b"  # ("every 24 months")
        # a quarter or a half of a year, alone, and a year that labels a roadmap's item: "Q3 2026:
        # first meeting of ...", "2028: next Summit"
        rf"|(?<![\w-])(?:Q[1-4]|H[12])\s+(?P<yq>{year})\b|(?<![\w-])(?P<yl>{year})(?=\s*:\s)"
        # a day: "on 21–22 November 2024", "on April 11" (the year may be left out)
        # (or days from one to another: "from 10 to 21 November 2025", "between 10 and 12 June")
        rf"|\b(?:on|from|between)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|until|till|and)\s+)\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?P<m4>{month})"
        rf"|(?P<m5>{month})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)\d{{1,2}})?)(?:,?\s+(?P<y2>{year}))?\b"
    )
    book.save()
    return L


# --------------------------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------------------------


class _Ctx:
    """What actor resolution needs to know about the statement."""

    def __init__(self, st: S.Statement, ent):
        self.parties = [p for p in st.parties if isinstance(p, str)]
        self.title = st.title or ""
        # "The Council" of a council's communiqué is who signs it: parties of two or more, or
        # one group of states (the GCC's Supreme Council), not one country
        self.signatories = len(self.parties) >= 2 or (len(self.parties) == 1 and self.parties[0] not in E._lex().offices)
        # the capitalized words of the title: "The Council" of a Ministerial Council's
        # communiqué, "The Nordic countries" of the Nordic Prime Ministers' statement are its signatories
        words = [w for w in re.findall(r"[A-Z][\w'’-]*", st.title or "") if len(w) > 2]
        # (a title in capitals names "The Council" too: "... OF THE SUPREME COUNCIL ...")
        self.title_words = frozenset(words + [w.capitalize() for w in words if w.isupper()])
        self.prev_plural: str | None = None
        self.prev_single: str | None = None
        self.prev_single_at = -1
        self.cache: dict[str, Any] = {}
        self.uses_prev = False
        # the names and acronyms the statement gives its bodies and initiatives
        # (and the other forms of a known one, as the text may write it: "Afreximbank", "Gavi")
        self.names = {e["name"] for e in ent.entities.values()} | {e["acronym"] for e in ent.entities.values() if e.get("acronym")}
        forms_of = E._lex().forms_of
        self.names.update(f for e in ent.entities.values() for f in forms_of.get(e["name"], ()))
        # one-word names the text writes capitalized inside a sentence, after a word in lower case:
        # "between Petrobras and Pemex" (a company may then open a clause: "Pemex will not ..."),
        # where a common noun would be in lower case ("exports")
        self.names |= _mid_caps(st.text)
        self.people = frozenset(e["name"] for e in ent.entities.values() if e["type"] == "person")
        self.not_actors = frozenset(
            n for e in ent.entities.values() if e["type"] in ("initiative", "agreement", "event") for n in (e["name"], e.get("acronym")) if n)
        # (an agreement or a law acts on no one's behalf: "The Paris Agreement sets a goal of ...",
        # "The EU's Net-Zero Industry Act sets an objective of ...")
        self.instruments = frozenset(
            n for e in ent.entities.values() if e["type"] == "agreement" for n in (e["name"], e.get("acronym")) if n)
        # names with "and" inside, which the subject's list would split: "the Ministry of Trade and
        # Industry of Kenya" (longest first)
        # (and names with a particle in lower case, which a subject's capitalized words stop at: "the
        # Mohammed bin Rashid Space Centre", "the Centre National d'Etudes Spatiales")
        self.joined_names = sorted((e["name"] for e in ent.entities.values() if e["type"] in E.INSTITUTION_TYPES
                                    and (" and " in e["name"] or " & " in e["name"] or _PARTICLE_IN_NAME.search(e["name"]))),
                                   key=len, reverse=True)
        # the acronym of a group the title names is the title's word too: "The NB8 countries" of
        # the Foreign Ministers of the Nordic-Baltic Eight
        title = (st.title or "").lower()
        self.title_words |= frozenset(
            e["acronym"] for e in ent.entities.values()
            if e.get("acronym") and e["type"] == "organization" and e["name"].lower() in title)
        # the party whose office issued the text ("The White House", "Office of the Prime
        # Minister of Australia"): its bodies may go without their country ("The Department of
        # Commerce will lead ...")
        self.issuer_party = _issuer_party(st.issuer, self.parties)
        # the acronyms the text gives a public body ("the Japan Coast Guard (JCG)"): "The JCG
        # will deploy ..." is that body, and so its country's
        self.body_acronyms = {e["acronym"]: e["name"] for e in ent.entities.values()
                              if e.get("acronym") and e["type"] == "organization" and _lex().public_body_re.search(e["name"])}
        self.person_country: dict[str, str] = {}
        self.person_name: dict[str, str] = {}
        self.quotes: list[tuple[int, int, str]] = []  # (start, end, the speaker's party) of quoted words
        roles: dict[str, set] = {}
        heads: dict[str, set] = {}
        deputies: dict[str, set] = {}
        leading: dict[str, set] = {}  # (the heads that open their titles: "Secretary" of "Secretary of State")
        deputy = frozenset(codebook()["actors"]["deputy_prefixes"])
        for p in ent.persons:
            who = p["country"] or p["name"]
            self.person_name[p["name"]] = who
            for t in p["tokens"] | p.get("also", frozenset()):
                for form in E.token_forms(t):  # ("Prime Minister KISHIDA welcomed ...")
                    self.person_country.setdefault(form, who)
            if p.get("role") and p["country"] and (p["country"] in self.parties or not self.parties):
                role = p["role"].lower()
                roles.setdefault(role, set()).add(p["country"])
                head = role.split(" of ")[0].split(" for ")[0].split()[-1]
                if head != role and role.split()[0] != "prime":  # "The Secretary": the Secretary of State, if only one party has one
                    # (a Prime Minister is no "Minister")
                    # (a Vice President's or Deputy Minister's title names another office)
                    (deputies if role.split()[0] in deputy else heads).setdefault(head, set()).add(p["country"])
                    if role.split()[0] == head:
                        leading.setdefault(head, set()).add(p["country"])
        # "The President welcomed ...": the one party whose person the statement gives that title
        # (a title's last word counts with the titles held as such, "The Minister" of a Foreign
        # Minister of one party and a Minister of the other is neither; a deputy's counts only
        # where no one holds the title itself)
        merged = {r: set(c) for r, c in deputies.items() if r not in roles and r not in heads}
        for table in (heads, roles):
            for r, c in table.items():
                merged.setdefault(r, set()).update(c)
        self.role_country = {r: next(iter(c)) for r, c in merged.items() if len(c) == 1}
        for r, c in leading.items():
            if r not in self.role_country and r not in roles and len(c) == 1:
                # ("The Secretary" of a readout that names the Secretary of State and a Foreign
                # Secretary: the one whose title it opens)
                self.role_country[r] = next(iter(c))
        # (a readout "of President Biden's meeting with Prime Minister Albanese of Australia" has
        # one party in its title; its "The President" is still the one president it names)
        held: dict[str, set] = {}
        for p in ent.persons:
            if p.get("role") and p["country"]:
                held.setdefault(p["role"].lower(), set()).add(p["country"])
        for r, c in held.items():
            if r not in self.role_country and r not in merged and len(c) == 1 and len(self.parties) < 2:
                self.role_country[r] = next(iter(c))
        own = S.OWN_OFFICE_READOUT.search(st.title or "") if len(self.parties) == 2 else None
        if own is not None:
            # ("Readout of the President's Call with President Alvarado of Colombia": the bare
            # "The President" is the issuing government's own, the party the title does not name)
            home = [p for p in self.parties if p not in {c for _, c in S._countries_at(st.title)}]
            # (only a home the reading added first, by its office or as the country named most:
            # not a third country the opening named as a party)
            if len(home) == 1 and home[0] == self.parties[0]:
                self.role_country[" ".join(own.group("role").lower().split())] = home[0]
        # ("The Secretary-General ..." of a text the United Nations is party to: its own)
        if "United Nations" in self.parties and "secretary-general" not in merged:
            self.role_country.setdefault("secretary-general", "United Nations")
        # "the Minister for the Armed Forces, Leo Docherty": a title set off before the name
        # it belongs to, read as the name alone
        titled = {}
        for f in ent.found:
            if f["type"] == "person":
                said = st.text[f["start"]:f["end"]]
                name = ent.entities[f["key"]]["name"]
                # (or a portfolio with "and" in it, which the subject's list would split: "Cabinet
                # Secretary for Foreign and Diaspora Affairs Musalia Mudavadi")
                if ("," in said or " and " in said) and said.endswith(name.split()[-1]):
                    titled[said] = name
        # (with a rank before the title: "the Federal Chancellor of ..., Friedrich Merz")
        self.titled = [(re.compile(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?" + re.escape(t)), n, t.split()[-1])
                       for t, n in sorted(titled.items(), key=lambda x: -len(x[0]))]
        # "His Highness thanked ...": the one party whose person the text styles so ("His Highness
        # Sheikh Mohamed bin Zayed Al Nahyan"), where only one is
        styled: dict[str, set] = {}
        for m in _STYLED_NAME.finditer(st.text):
            toks = [t for t in m.group("name").split() if t[:1].isupper()]
            who = next((self.person_country[t] for t in toks if t in self.person_country), None)
            if who in self.parties:
                styled.setdefault(" ".join(m.group("style").lower().split()), set()).add(who)
        self.styled_country = {k: next(iter(v)) for k, v in styled.items() if len(v) == 1}
        # words a person is quoted saying: "President Costa said: "We ... will use all the tools ..."":
        # the speaker's party, for the "we" inside
        if '"' in st.text and self.person_country:
            text = st.text
            for said in _SAID_QUOTE.finditer(text):
                whom = _SPEAKER_BEFORE.search(text, max(0, said.start() - 80), said.start())
                q = _QUOTE_REST.match(text, said.end())
                if whom is None or q is None:
                    continue
                toks = [t.rstrip(".,") for t in whom.group("who").split() if t[:1].isupper()]
                who = next((self.person_country[t] for t in reversed(toks) if t in self.person_country), None)
                if who is not None and (who in self.parties or not self.parties):
                    self.quotes.append((said.end(), q.end(1), who))

    def speaker_at(self, pos: int) -> str | None:
        """The party of the person whose quoted words hold ``pos``, else None."""
        return next((who for a, b, who in self.quotes if a <= pos < b), None)

    @property
    def issued_by_body(self) -> bool:
        """Whether a body the title names speaks for the parties: a text its signatories sign,
        or one whose only party is a group of states ("Council conclusions on the Sahel": "The
        Council" is the European Union; not a country a body's communiqué is about)."""
        return bool(self.signatories) or (len(self.parties) == 1 and (
            bool(S._CONCLUSIONS.match(self.title)) or any(name == self.parties[0] for _, name in S._groups_at(self.parties[0]))))

    def body(self, word: str = "") -> tuple[str, str, bool]:
        """The atom of the body a council's text is issued by: the one group of states that is
        its party ("The Supreme Council" of the GCC's communiqué decides, in the singular), else
        the signatories together."""
        if len(self.parties) == 1:
            return ("named", self.parties[0], False)
        # ("The Commission" of a communiqué of Morocco and the ECOWAS Commission: the one party
        # whose executive body the title names so)
        bodies = [p for p in self.parties if any(f"{form} {word}" in self.title for form in _forms_of(p))] \
            if word in _EXECUTIVE_BODIES else []
        if not bodies and word in _EXECUTIVE_BODIES:
            # (or the body itself, where the group's list names it: "the European Commission")
            bodies = [p for p in self.parties if any(form.endswith(f" {word}") and form in self.title for form in _forms_of(p))]
        if len(bodies) == 1:
            return ("named", bodies[0], False)
        return (self.group(), self.group(), True)

    def group(self) -> str:
        """The signatories together: the two parties, or all members of a wider text."""
        return "both" if len(self.parties) == 2 else "all"

    def remember(self, actor: str, plural: bool = False, at: int = -1) -> None:
        if actor in ("both", "all") or " and " in actor or (plural and actor in self.parties):
            self.prev_plural = actor  # ("The authorities", one party's: "They" again)
        else:
            self.prev_single = actor
            self.prev_single_at = at  # (the sentence it was the subject of)


def _portfolios() -> list[str]:
    """The portfolios ministers hold, from the entity lexicon ("Foreign Affairs", "Trade")."""
    return [p for p in E.codebook().get("portfolios") or () if isinstance(p, str)]


# the bodies that act for a group of states as a party: "The Commission" of the ECOWAS Commission
_EXECUTIVE_BODIES = frozenset(("Commission", "Secretariat"))


@lru_cache(maxsize=256)
def _forms_of(party: str) -> tuple[str, ...]:
    """A party's name and, for a group of states, its other names ("GCC" of the Gulf Cooperation Council)."""
    lookup = S._group_pattern()[1]
    return (party, *(form for form, name in lookup.items() if name == party and form != party))


# what a text says a company is, before its name: "the Vietnamese technology group", "the US chipmaker"
_DESCRIBED_FIRM = _rc(r"(?:\b(?:the|The)\s+(?:[A-Z][\w.-]*\s+)?|(?<![\w.-])[A-Z][\w.-]*\s+)(?:[a-z-]+\s+){0,3}(?:group|company|firm|conglomerate|operator|giant"
                             r"|maker|chipmaker|carmaker|automaker|manufacturer|developer|producer|carrier|airline|lender|insurer"
                             r"|utility|start-?up|miner|shipbuilder|refiner|exporter|importer|trader)\s+(?=[A-Z])")


def _atoms(span: str, L, ctx: _Ctx) -> list[tuple[str, str, bool]] | None:
    """Read a subject as a list of ``(kind, value, plural)``; None when it is not an actor."""
    out: list[tuple[str, str, bool]] = []
    pos, n = 0, len(span)
    joined = False  # (whether a separator joins: "A, B and C"; "Pivdennyi, Ukraine" is no list)
    while pos < n:
        atom = _atom(span, pos, L, ctx)
        if atom is None:
            return None
        item, pos = atom
        out.append(item)
        if pos >= n:
            break
        sep = L.sep_re.match(span, pos)
        if not sep or sep.end() == pos:
            return None
        joined = joined or bool(_JOINS.search(sep.group()))
        pos = sep.end()
        if pos >= n:
            return None
    if len(out) > 1 and not joined:
        return None  # ("Despite strikes on Odesa and Pivdennyi, Ukraine has ...": the place ends the clause before)
    if len(out) > 1 and any(k == "country" for k, _, _ in out) and any(
            k == "named" and v.removeprefix("the ").removeprefix("The ").split(" (")[0] in ctx.not_actors for k, v, _ in out):
        return None  # "China's GDI and Global Security Initiative (GSI), and the Chinese side": no list of actors
    if len(out) == 1 and out[0][0] == "named" and _OWNER_PREFIX.sub("", out[0][1]).split(" (")[0] in ctx.instruments:
        return None  # "The Paris Agreement sets a goal of ...": the instrument, no actor
    if len(out) == 1 and out[0][0] == "named" and out[0][1].split(" (")[0].split()[-1] in L.thing_heads:
        return None  # "Canada's Hydrogen Strategy aims for 30%", "The RTS Link will carry ...": a thing, no actor
    return out or None


# a plan or instrument of the signatories, and what is done to it: "The Joint Action Plan will be
# revised", "The roadmap will be updated annually", "This Memorandum will be reviewed"
_OWN_INSTRUMENT = _rc(r"\s*(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]heir|[Ii]ts)\s+(?:(?:[A-Z][\w-]*|joint|bilateral|new|national|action|work|"
                             r"implementation|strategic|five-year|annual|\d{4}[-–]\d{2,4}|and|of|on|for|the)\s+){0,8}"
                             r"(?:[Pp]lan|[Rr]oadmap|[Pp]rogramm?e|[Ss]trategy|[Ff]ramework|[Aa]genda|[Mm]emorandum(?:\s+of\s+[Uu]nderstanding)?"
                             r"|MoU|MOU|[Aa]rrangement|[Aa]greement|[Pp]artnership|[Mm]echanism|[Ww]ork\s+[Pp]lan|[Tt]erms\s+of\s+[Rr]eference)s?"
                             r"(?:\s+(?:for\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?\s*")  # ("Action Plan 2024-2028")
_DELIVERED = _rc(r"\s+(?:(?:also|jointly|fully|regularly|further)\s+)?be\s+(?:(?:jointly|fully|regularly|further|formally)\s+)?"
                        r"(?:revised|updated|reviewed|renewed|extended|finali[sz]ed|completed|concluded|signed|adopted|launched|published"
                        r"|presented|submitted|implemented|evaluated|expanded|prepared|drafted|developed)\b"
                        # (no agent after it: "by the Joint Commission" acts; "by the end of 2026", "by June" is when)
                        r"(?!\s+by\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                        r"|Q[1-4]|H[12])\b)(?:the\s+)?(?:[A-Z]|both|all|each|two|three|respective|relevant|competent|ministries|parties|sides"
                        r"|governments|experts|officials))")


def _own_plan_done(text: str, h: dict, ve: int, end: int, start: int, stop: int) -> bool:
    """Whether a modal's passive says what will be done to the signatories' own plan, the
    subject from ``start`` to ``stop``: "The Joint Action Plan will be revised by the end of 2026"."""
    return h.get("text") in ("will", "shall") and _DELIVERED.match(text, ve, end) is not None \
        and _OWN_INSTRUMENT.fullmatch(text, start, stop) is not None


_GROUP_ACTS = _rc(r"\s+(?:also\s+)?(?:meet|convene|report|submit|present|review)\b")
_OWN_GROUPS = _rc(r"\s*(?:[Ee]ach|[Aa]ll|[Tt]he|[Bb]oth)\s+(?:(?:joint|bilateral|sectoral|technical|two|three)\s+)*"
                         r"(?:working\s+groups?|task\s+forces?|sub-?committees?|expert\s+groups?|co-chairs)\s*")
_ROLE_OF_ORGAN = _rc(r"(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+of\s+the\s+(?:Commission|Council|Secretariat|Assembly)")
_TRILATERAL = _rc(r"[Tt]rilateral\b")
_ENDS_ACTOR = _rc(r"\s*(?:,|\band\b|&|$)")
_KINDS_OF_STATE = frozenset(["Kingdom", "Sultanate", "Principality", "Emirate", "Duchy", "States", "Republic"])
_THE_LAST_WORD = _rc(r"[Tt]he\s+([A-Z][a-z]+)(?=\s*(?:,|\band\b|&|$))")
_OWNER_PREFIX = _rc(r"^(?:[Tt]he\s+)?(?:[\w.-]+['’]s?\s+)?")
_JOINS = _rc(r"\band\b|&|\bas well as\b|\btogether with\b")
_OF_COUNTRY = _rc(r"^\s+(?:of|to)\s+(?:the\s+)?")
# a body where it is: "The Confucius Institutes in Chile", "The Chinese Embassy in Santiago"
_IN_PLACE = _rc(r"(?P<body>.+?)\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*")
_LIST_SEP = _rc(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _atom(span: str, pos: int, L, ctx: _Ctx):
    """One actor at ``pos``: ``((kind, value, plural), end)``, or None. A courtesy before a name
    is read past first ("Shri Narendra Modi"); where the rest is no single person's name
    ("The Honourable Members of Parliament", "Tun Mahathir"), the words are read as written."""
    lead = L.courtesy_lead_re.match(span, pos) if span[pos:pos + 1].isupper() else None
    if lead is not None and not L.group_re.match(span, lead.end()):
        got = _atom_at(span, lead.end(), L, ctx)
        if got is not None:
            return got
    return _atom_at(span, pos, L, ctx)


def _as_party(name: str, ctx: _Ctx) -> str | None:
    """The party a name is, by the name itself or by the name, acronym or short name the
    entity lexicon knows it by ("AU" of the African Union); None when it is no party."""
    canon = name if name in ctx.parties else E._lex().known.get(name, (None,))[0]
    if canon not in ctx.parties:
        # the adjective a group's name opens with: "The African side" of the African Union, "The
        # Central Asian side" of the Central Asian States
        opens = [p for p in ctx.parties if p.startswith(name + " ") and p not in E._lex().offices]
        canon = opens[0] if len(opens) == 1 else None
    return canon if canon in ctx.parties else None


# (their officials are the parties; their firms, banks and universities are not)
_OFFICIAL_NOUNS = frozenset(("officials", "senior officials", "experts", "representatives", "delegations", "negotiators",
                             "ministers", "foreign ministers", "ministries", "authorities", "envoys", "ambassadors",
                             "treasurers", "governments", "leaders", "sherpas", "co-chairs", "chairs"))
_OF_THE_PARTIES = _rc(r"\s+of\s+(?:the\s+|our\s+|these\s+)?(two|both|three|four|five|six|seven|eight|nine|ten|all)\s")
_AFTER_ITEM = _rc(r"(?:,|\band)\s*$")  # (after an item of a list: "..., defense ministers")


def _past_title(nm: str, toks: list[str], L, ctx: _Ctx) -> tuple[str, list[str]]:
    """A person's name after a title the role pattern does not hold ("Federal Chancellor Olaf
    Scholz", "Federal President Steinmeier"): the name, where the words dropped hold a title's
    word and the rest is a person the statement names, of a country; else the name as it was."""
    for k in (1, 2):
        if len(toks) <= k or not any(t in L.role_words for t in toks[:k]):
            continue
        rest, rt = nm.split(None, k)[k], toks[k:]
        if ctx.person_name.get(rest) in L.country_names or (ctx.person_country.get(rt[-1]) in L.country_names
                                                            and all(t in ctx.person_country for t in rt if t[0].isupper())):
            return rest, rt  # (only where that says whom the person speaks for)
    return nm, toks


def _atom_at(span: str, pos: int, L, ctx: _Ctx):
    if ctx.joined_names:
        at = pos + 4 if span.startswith(("The ", "the "), pos) else pos
        owner = _OWNER.match(span, at)
        if owner is not None and owner.group(1) in L.all_country_forms:
            at = owner.end() - 1  # (a country's own: "Australia's Department of Industry, Science and Resources")
        for name in ctx.joined_names:
            if span.startswith(name, at) and (at + len(name) == len(span) or not span[at + len(name)].isalnum()):
                end = at + len(name)
                of = L.of_country_re.match(span, end)  # (its country after it: "... and Trade of New Zealand")
                end = of.end() if of else end
                return ("named", span[pos:end].strip(), False), end
    m = L.pron_re.match(span, pos)
    if m:
        p = m.group("pron").lower()
        kind = "sig" if p in L.signatory_pronouns else "prev"
        return (kind, p, kind == "sig" or p == "they"), m.end()
    at = pos + 4 if span.startswith(("The ", "the "), pos) else pos
    trio = _TRILATERAL.match(span, at) if len(ctx.parties) == 3 else None
    if trio is not None and _ENDS_ACTOR.match(span, trio.end()):
        return ("all", "all", True), trio.end()  # "The trilateral will also ...": the three parties
    for p in ctx.parties:
        # a party that is no state by its whole name, before its words are read as a group's
        # ("The United Nations shall ...": the party, not "nations")
        if " " in p and p not in L.country_names and span.startswith(p, at) and _ENDS_ACTOR.match(span, at + len(p)):
            return ("country", p, False), at + len(p)
        if p not in L.country_names:
            # a group's other name: "MERCOSUR", "the Southern Common Market" of the party Mercosur
            form = next((f for f in _forms_of(p)[1:] if span.startswith(f, at) and _ENDS_ACTOR.match(span, at + len(f))), None)
            if form is not None:
                return ("country", p, form.endswith("States")), at + len(form)
    m = _THE_LAST_WORD.match(span, pos)
    if m and ctx.parties and m.group(1) not in _KINDS_OF_STATE:
        # the last word of a party's name: "The Union" of the European Union's conclusions, "The
        # Fund" of a text of the IMF and a government (not "The Kingdom", read below by its kind)
        ends = [p for p in ctx.parties if p.endswith(" " + m.group(1))]
        if len(ends) == 1:
            return ("country", ends[0], False), m.end()
    m = L.subgroup_pair_re.match(span, pos) if L.subgroup_pair_re is not None else None
    if m:
        both = [L.subgroups.get(f"{m.group(k)} {m.group(3)}") for k in (1, 2)]
        members = [c for g in both if g for c in g]
        if all(both) and all(c in ctx.parties for c in members):
            # "The Nordic and Baltic countries": the members of both, all the parties if they are
            if set(members) == set(ctx.parties):
                return ("all", "all", True), m.end()
            return ("multi", "|".join(dict.fromkeys(members)), True), m.end()
    m = L.subgroup_re.match(span, pos) if L.subgroup_re is not None else None
    if m and all(c in ctx.parties for c in L.subgroups[m.group(1)]) and not E._CAPITAL_NEXT.match(span, m.end()):
        # "The Baltic States": those parties ("The Quad", one name in the singular: "The Quad aims to ...")
        return ("multi", "|".join(L.subgroups[m.group(1)]), m.group(1).endswith("s")), m.end()
    m = L.pair_alone_re.match(span, pos)
    if m:  # as "they": the last two who acted ("Kenya and Uganda signed ..., and the two will ..."), else the parties
        return ("prev", "both", True), m.end()
    m = L.country_actor_re.match(span, pos)
    if m:
        form = m.group("c1") or m.group("c2") or m.group("c3")
        country = L.all_country_forms[form] if form else L.adjective[m.group("a1") or m.group("a3")]
        return ("country", country, False), m.end()
    m = _PARTY_SIDE.match(span, pos)
    if m:  # "The AU side", "the African Union delegation": a party that is no country, as a side
        canon = _as_party(m.group(1), ctx)
        if canon is not None:
            return ("country", canon, False), m.end()
    m = L.group_re.match(span, pos)
    if m and (m.group("pre") or " ").split(" ")[0] in L.not_start:
        m = None  # "As founding members of ...": an adjunct, not a subject
    if m and len(ctx.parties) >= 2 and m.group("noun").lower() in L.collective:
        # "The Leaders of ASEAN Member States", "The ASEAN Leaders": a group that is one of the parties
        said = f"{m.group('pre') or ''} {m.group('qual') or ''}"
        groups = [p for p in ctx.parties if p not in L.country_names
                  and any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", said) for f in _forms_of(p))]
        if len(groups) == 1:
            return ("country", groups[0], True), m.end()
        # ("ASEAN Member States should ..." of an ASEAN-GCC text whose parties are the states: the
        # members of that group, not all the parties)
        # (where the title names two groups: "the Second ASEAN-GCC Summit"; the NB8's own text's
        # "NB8 countries" are all its parties)
        named = list(dict.fromkeys(name for _, name in S._groups_at(said)))
        if len(named) == 1 and named[0] not in ctx.parties and m.group("noun").lower() in ("states", "member states", "members",
                                                                                          "countries", "member countries") \
                and len({name for _, name in S._groups_at(ctx.title or "")}) >= 2:
            return ("named", named[0], True), m.end()
    if m and m.group("qual") and m.group("noun").lower() in L.collective:
        # "The Ministers of Japan and the United Kingdom": the countries they are of
        of = _OF_COUNTRY.sub("", m.group("qual"))
        if of in L.all_country_forms:
            countries, end = [L.all_country_forms[of]], m.end()
            while True:
                sep = _LIST_SEP.match(span, end)
                c = L.country_actor_re.match(span, sep.end()) if sep else None
                if c is None:
                    break
                form = c.group("c1") or c.group("c2") or c.group("c3")
                who = L.all_country_forms[form] if form else L.adjective[c.group("a1") or c.group("a3")]
                if who not in countries:
                    countries.append(who)
                end = c.end()
            if len(countries) == 1:
                return ("country", countries[0], True), end
            return ("multi", "|".join(countries), True), end
    of_ours = _OF_THE_PARTIES.match(m.group("qual")) if m and m.group("qual") else None
    if of_ours and (m.group("noun").lower() in _OFFICIAL_NOUNS or m.group("noun").lower() in L.state_bodies):
        # "The officials of both sides", "Experts of the two countries", "The coast guards of our three countries"
        if of_ours.group(1) in ("two", "both"):
            return ("both", "both", True), m.end()
        return ("all", "all", True), m.end()
    if m and m.group("noun").lower() == "unions" and not ((m.group("det") or "").lower() in L.pair_words
                                                          or (m.group("det") or "").lower() == "both" or m.group("num") in ("two", "2")):
        return None  # "The unions will nominate ...": trade unions; "the two Unions" of the EU and the AU are the parties
    if m:
        noun = m.group("noun").lower()
        det = (m.group("det") or "").lower()
        text = m.group(0)
        multilateral = bool(L.multilateral_re.search(text))
        pre_words = (m.group("pre") or "").split()
        if noun in L.collective and pre_words and not m.group("qual") and det in ("the", "") \
                and all(w in ctx.title_words for w in pre_words) and ctx.signatories:
            return (ctx.group(), ctx.group(), True), m.end()
        word = m.group("noun")
        if pre_words and not m.group("qual") and L.bodies_of_parties.get(" ".join([*pre_words, word])) in ctx.parties:
            return ("named", text, False), m.end()  # "The European Commission": the EU's body, whatever the title names
        if all(w in ctx.title_words for w in pre_words) and not m.group("qual") and det == "the" and word in ctx.title_words \
                and word in L.name_cues and ctx.issued_by_body:
            return ctx.body(word), m.end()  # "The Council"
        if noun in L.collective and not (m.group("pre") or "").strip(" ").split() or noun in L.collective and multilateral:
            if m.group("num") and not det and not multilateral and noun in L.bare_generic:
                return ("generic", noun, True), m.end()  # "19 countries have now supported ...": so many others, not the signatories
            if multilateral or det.startswith("all") or (m.group("num") and m.group("num") not in ("two", "2")):
                return ("all", "all", True), m.end()
            if det in L.pair_words or m.group("num") in ("two", "2") or det == "both":
                return ("both", "both", True), m.end()
            if not det and not m.group("num") and noun in L.bare_generic:
                return ("generic", noun, True), m.end()  # "partners have pledged ...": any partners, not the signatories
            return ("group", "group", True), m.end()
        if not det and not any(c.isupper() for c in text) and _AFTER_ITEM.search(span, 0, pos):
            return ("group", "group", True), m.end()  # "Our foreign ministers, defense ministers, and ...": more of ours
        if noun in ("ministers", "ministries", "secretaries") and pre_words and not m.group("qual") and det in ("", "the", "our") \
                and not m.group("num") and all(w.capitalize() in E._lex().portfolio_words for w in pre_words):
            return ("group", "group", True), m.end()  # "Defense ministers will meet annually": the parties' own
        named = text.strip()
        if named[:4] in ("Our ", "our "):
            named = "The " + named[4:]  # ("Our two coast guards will ...": "The two coast guards", the voice's own)
        return ("named", named, True), m.end()
    if span[pos] not in L.actor_first and not span[pos].isupper():
        return None  # every pattern below starts with "the", a title or a capitalized name
    m = L.persons_actor_re.match(span, pos)
    if m is None:
        m = L.person_actor_re.match(span, pos)
        if m and not m.group("role") and m.group("names").split()[-1] in L.body_cues \
                and m.group("names").split()[-1].lower() not in L.government_nouns:
            # "The Bank of China": a body, named below, not a person of China (but "The Federal
            # Government of Germany" is Germany)
            m = None
        if m and (m.group("rc") or m.group("ac")):
            return ("country", L.all_country_forms[m.group("rc") or m.group("ac")], False), m.end()
    if m:
        names = _NAME_SEP.split(m.group("names"))
        whos = []
        for nm in names:
            toks = [t.rstrip(".") for t in nm.split()]
            if nm not in ctx.person_name and len(toks) > 1 and not m.group("role"):
                nm, toks = _past_title(nm, toks, L, ctx)
            if nm in ctx.person_name:
                whos.append(ctx.person_name[nm])
            elif toks and all(t in ctx.person_country for t in toks if t[0].isupper()):
                whos.append(ctx.person_country[toks[-1]])
            elif m.group("role"):
                whos.append(f"{m.group('role')} {nm}")
            else:
                whos = []
                break
        if whos:
            if len(whos) == 1:
                w = whos[0]
                if w in L.country_names:
                    return ("country", w, False), m.end()
                kind = "leader" if m.group("role") in L.leader_roles else "named"
                return (kind, w, False), m.end()
            if all(w in L.country_names for w in whos):
                return ("multi", "|".join(whos), True), m.end()
            return ("named", " and ".join(whos), True), m.end()
    m = _ROLE_OF_ORGAN.match(span, pos)
    if m and ctx.role_country.get(m.group("role").lower()) and _ENDS_ACTOR.match(span, m.end()):
        # "the Chairperson of the Commission": the one party whose person holds that title, named
        # by the organ it heads
        return ("country", ctx.role_country[m.group("role").lower()], False), m.end()
    m = L.role_only_re.match(span, pos)
    if m:
        who = ctx.role_country.get(m.group("role").lower())
        if who is None and E._lex().national_offices.get(m.group("role")) in ctx.parties:
            who = E._lex().national_offices[m.group("role")]  # "The Secretary of State" of a text the United States is party to
        if who is None and ctx.parties:
            # "His Majesty the King welcomed ..." of France and Morocco: the one party whose
            # offices (the country table's) hold that title
            holds = [p for p in ctx.parties if m.group("role") in E._lex().offices.get(p, ())]
            who = holds[0] if len(holds) == 1 else None
        if who is not None and ((m.end() == len(span.rstrip()) and pos == 0) or m.group(0)[:4].lower() == "the "):
            # "The President" of a readout: the one president named; "The Secretary and Foreign
            # Minister Marsudi": a person of their own (not another title of the next one's)
            return ("country", who, False), m.end()
        return ("role", m.group(0).strip(), False), m.end()
    m = L.named_re.match(span, pos)
    if m:
        first = m.group("first")
        text = m.group(0).strip()
        if first in L.adjective and (_heads_a_body(text.split(), L) or _ACRONYM_AFTER.search(text)
                                     or len(text.split()) > 2 and text in ctx.names):
            # "The Brazilian Development Bank", "The Japanese Coast Guard", "The U.S. Department of
            # Agriculture" (the body's cue word before "of" or "for")
            return ("named", text, False), m.end()
        words = text.split()
        if words[0] in ("the", "The") and len(words) > 2:
            words = words[1:]  # ("the U.S. Geological Survey" in mid-sentence, as "The ..." opening one)
        if len(words) >= 3 and first in L.adjective and all(w[:1].isupper() for w in words) and not words[-1].endswith("s") \
                and not any(w in L.role_heads or w.lower() in L.government_nouns or w in L.demonyms for w in words[1:]):
            return ("named", text, False), m.end()  # "British International Investment": a body by its name
        if len(words) == 2 and first in L.adjective and words[1][:1].isupper() and words[1] not in L.body_cues \
                and words[1].lower() not in L.government_nouns and words[1] not in L.demonyms and not words[1].endswith("s"):
            return ("named", text, False), m.end()  # "Saudi Aramco", "Indian Oil": a country's firm, by its name
        has_the = text[:4] in ("The ", "the ")
        core = text[4:] if has_the else text
        if has_the and " " not in core and core[:1].isupper() and ctx.parties:
            # the last word of a party's name that is no state: "The Fund" of a text of the
            # International Monetary Fund and a government, "The Union" of the European Union
            ends = [p for p in ctx.parties if p.endswith(" " + core) and p not in L.country_names]
            if len(ends) == 1:
                return ("country", ends[0], False), m.end()
        if has_the and _as_party(core, ctx) is None and all(w in ctx.title_words for w in core.split()) \
                and core.split()[-1] in L.name_cues and ctx.issued_by_body:
            return ctx.body(core.split()[-1]), m.end()  # "The Council", "The Supreme Council", "The Meeting"
        if first in L.not_start or (first.lower().endswith("ing") and first not in ctx.names) or first in L.demonyms \
                or first in L.adjective:
            return None  # ("Recalling ...", and a preamble's "RECALLING ..."; not "Boeing", a name the text holds)
        if core in ctx.parties:
            return ("country", core, False), m.end()  # "The African Union", a party of the statement
        # (by its acronym or its short name, or as a "side": "The AU", "The AU side", "The EU side")
        cw = core.split()
        canon = _as_party(" ".join(cw[:-1]) if len(cw) > 1 and cw[-1].lower() in L.government_nouns else core, ctx)
        if canon is not None:
            return ("country", canon, False), m.end()
        if has_the and all(w in ctx.title_words for w in core.split()) and core.split()[-1] in L.name_cues and ctx.issued_by_body:
            return ctx.body(core.split()[-1]), m.end()  # "The Council", "The Supreme Council"
        if " " not in core and not core.isupper() and core not in ctx.names and core not in L.bodies_of_parties and not any(c.isupper() for c in core[1:]) \
                and not (core in L.name_cues and has_the) and not any(c.isdigit() for c in core) \
                and not (pos > 0 and not has_the and core.lower() not in _common_words() and _JOINED_BEFORE.search(span, 0, pos)):
            # (but one after another actor is capitalized in mid-sentence, a name: "the German Academic
            # Exchange Service (DAAD) and Mitacs intend to ...")
            # (a capital inside is a name's: "S-Oil", "ApexBrasil")
            bare = core[:-2] if core.endswith(("'s", "’s")) else None
            if bare in L.all_country_forms:  # "India's plan": the country's
                return ("country", L.all_country_forms[bare], False), m.end()
            return None  # "Exports will grow", "Tourism will increase": a common noun, not a name
        return ("named", text, text.endswith("s") and not text.endswith("ss")), m.end()
    return None


_TO_DO = _rc(r"\bto\s+[a-z]")
# (a body's acronym after its name, "British International Investment (BII)", a body however its
# head reads: _ACRONYM_AFTER, below)
_ASKED = _rc(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+to\s")
_ASKED_SIDE = _rc(r"((?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?\s+(?:side|[Gg]overnment|delegation))\s+to\s")
_PARTY_SIDE = _rc(r"(?:[Tt]he\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+(?:side|delegation|team|staff|mission)(?=\s*(?:,|\band\b|&|$))")


def _heads_a_body(words: list[str], L) -> bool:
    """Whether a name's head is a body's cue word: its last word, or the word before its first
    "of" or "for" ("Department of Agriculture", "Agency for International Development")."""
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for"):
            return words[i - 1] in L.body_cues
    return words[-1] in L.body_cues


_TWO_THINGS_END = _rc(r"\b(?:the|a|an|its|their|our)\s+[^,.;]{1,80}?\s+and\s+(?:the|a|an|its|their|our)\s+[^,.;]{1,80}?[.;]\s*$")
_TWO_OF = _rc(r"\b(?:two|both)\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b")


def _two_others(text: str, start: int, end: int, L) -> bool:
    """Whether two things other than the parties were named just before ("the merger of two
    regional bodies", "welcomed the Mombasa Port project and the Olkaria geothermal project."),
    so that "The two" or "Both" alone may mean them."""
    heads = L.collective_heads
    if any(m.group(1) not in heads for m in _TWO_OF.finditer(text, start, end)):
        return True
    before = text[start:end].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return bool(_TWO_THINGS_END.search(before[cut + 1:]))


_OPENING_QUOTES = "\"“‘'«„"
_QUOTE_MARKS = _rc(r'["“”]')
# a target that is one verb and the end of the sentence or of the quotation: "waver.", "deliver,""
_BARE_VERB_END = _rc(r'\s*[a-z]+[.!,]?["”]?(?:\s*,?\s*(?:said|says|added|stated)\b.*)?\s*', re.S)


def _quoted_at(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened in the sentence that starts at ``start``
    (or before it, in a quotation the sentence goes on)."""
    opened = len(_QUOTE_MARKS.findall(text, start, at)) % 2 == 1
    return opened or (text[start:start + 1] not in '"“' and text.rfind('"', 0, start) > text.rfind("\n", 0, start)
                      and len(_QUOTE_MARKS.findall(text, text.rfind("\n", 0, start) + 1, start)) % 2 == 1)


_POST_IN_PLACE = _rc(r"\b((?:Embassy|Embassies|Consulate(?:\s+General)?|High\s+Commission|Permanent\s+Mission|Mission"
                            r"|Delegation|Liaison\s+Office))\s+(?:in|to)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+and\s|\s*$|\s*,)")
_SEAT_AT_END = _rc(r"(?<=[a-z])(?<!\band)\s+in\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
_EACH_ONE = r"(?:country|member|state|party|side|government|nation|economy|partner)\b"
# "Each country commits ...", "Every NB8 member": each of the signatories, in the singular
_EACH_ONE_SUBJECT = _rc(rf"(?:[Ee]ach|[Ee]very)\s+(?:[A-Z][\w-]*\s+)?{_EACH_ONE}")
_EACH_GROUPS = _rc(rf"^([Ee]ach)\s+(?:[A-Z][\w-]*\s+)(?={_EACH_ONE})")


def _resolve(span: str, L, ctx: _Ctx) -> tuple[str, bool] | None:
    """The actor a subject names, and whether it is plural; None when it names none.

    Subjects repeat through a statement ("The two leaders", "We"), so answers that do not
    depend on the previous sentence are remembered for the statement (by the subject as it is
    read: without the spaces and commas around it).
    """
    span = span.strip().strip(",").strip()
    if span[:1] in _OPENING_QUOTES:
        span = span.lstrip(_OPENING_QUOTES + " ")  # a quoted paragraph's opening: '"The authorities are committed to ...'
    if span[:5] in ("Each ", "each "):
        span = _EACH_GROUPS.sub(r"\1 ", span)  # ("Each NB8 country": each of them, the group's name aside)
    if " in " in span and " and " in span:
        # ("The U.S. Embassy in Manila and the Embassy of Japan": two embassies, where one sits aside)
        span = _POST_IN_PLACE.sub(r"\1", span)
        # ("The German-Brazilian Chamber of Commerce and Industry in São Paulo": one body, and
        # where it sits, not a list of two)
        seat = _SEAT_AT_END.search(span)
        if seat is not None and seat.group(1) not in L.all_country_forms:
            span = span[:seat.start()]  # (not a country, which says whose body it is: "... and Industry in Singapore")
    if ")" in span:
        # ("the Ministry of Foreign Affairs and Trade (NZ)": New Zealand's ministry, as "... of New Zealand")
        span = L.country_paren_re.sub(
            lambda m: " of " + L.all_country_forms[m.group(1)]
            if L.public_body_re.search(span, 0, m.start()) and L.all_country_forms[m.group(1)] not in span[:m.start()] else m.group(), span)
        # "The Ministry of Public Works (MOP)", "The German Development Bank (KfW) and the
        # Brazilian Development Bank (BNDES)"
        span = _ACRONYM_AFTER.sub("", span)
    if "," in span:
        # "the United States, through the U.S. Agency for International Development, will ...":
        # the means it acts by, set off by commas, is no part of who acts (nor who runs it:
        # "Australia's Critical Minerals Facility, administered by Export Finance Australia, will")
        span = L.run_by_re.sub("", _MEANS_AFTER.sub("", span).strip()).strip()
        # ("the EU and its Member States, together with the European Investment Bank and the EBRD,":
        # who acts, with partners set off after it)
        partners = _PARTNERS_ASIDE.search(span)
        if partners is not None:
            with_whom = _resolve(partners.group("who").strip(" ,"), L, ctx)
            if with_whom is None or not any(p in ctx.parties or p in ("both", "all") for p in with_whom[0].split(" and ")):
                span = span[:partners.start()].strip()  # (a party alongside is one more actor: "Japan, together with Korea,")
    post = _POSTMODIFIER.search(span)
    if post is not None and post.start() > 0:
        # ("The two Ministries responsible for Interior", "The Ministers in charge of trade",
        # "Officials from both Ministries": the subject, then which of them)
        head = span[:post.start()].strip()
        if post.group("both"):
            if head.split()[-1].lower() in _PEOPLE_OF_SIDES:
                return "both", True  # ("Officials from both Ministries": the two sides')
        elif (got := _resolve(head, L, ctx)) is not None:
            return got
    if " and " in span and (" its " in span or " their " in span):
        members = _AND_ITS_MEMBERS.search(span)
        if members is not None and "," not in span[:members.start()]:  # (one who speaks for them, no list)
            span = span[:members.start()]  # "The EU and its Member States", "Kenya and its partners": the one who speaks for them
    if " and " in span and "," in span:
        # a list item of two portfolios' ministers: "Our foreign ministers, ..., commerce and
        # industry ministers and national security advisors" (one item, not "commerce" and another)
        span = _compound_item().sub("", span)
    got = ctx.cache.get(span, ctx)
    if got is not ctx:
        return got
    ctx.uses_prev = False
    got = _resolve_uncached(span, L, ctx)
    if not ctx.uses_prev:
        ctx.cache[span] = got
    return got


@lru_cache(maxsize=1)
def _compound_item() -> re.Pattern:
    """The first portfolio of an item of two, after a list's comma ("..., commerce and industry
    ministers and ..."): the people nouns of ``codebooks/entities.yaml``."""
    nouns = "|".join(sorted({n.lower() for n in E.codebook()["people_nouns"]} | {"advisors", "advisers"}, key=len, reverse=True))
    return re.compile(rf"(?<=,\s)[a-z]+\s+and\s+(?=[a-z]+\s+(?:{nouns})\b)")


# those a party speaks for, after its name: "The EU and its Member States", "Kenya and its partners"
_ITS_MEMBERS = r"(?:(?:its|their)\s+[Mm]ember\s+[Ss]tates|its\s+(?:[Pp]artners|[Aa]llies|[Aa]gencies|[Ii]nstitutions))"
_AND_ITS_MEMBERS = _rc(rf"\s+and\s+{_ITS_MEMBERS}$")
_MEANS_AFTER = _rc(r",\s*(?:acting\s+)?(?:through|via|by\s+way\s+of)\s+(?!(?:which|whom)\b)[^,;:]{1,120}?,?$")  # (not ", through which Japan ...")
_AS_ROLE = _rc(r"(.+?)\s+(?:as|in (?:its|their|his|her) capacity as)\s+(?:the\s+)?[A-Z](?:(?!\band\b)[^,]){0,60}")
_PASSIVE_NEXT = _rc(r"\s+(?:[a-z]+ly\s+|soon\s+|also\s+|further\s+|then\s+)?be\s+[a-z]+(?:ed|en)\b")
_AFTER_COMMA_PRONOUN = _rc(r".+,\s*((?:[Ww]e|[Tt]hey))")


_BOTH_LIST = _rc(r"(?:[Bb]oth|BOTH)\s+(?=\S.*\s(?:and|&)\s)")


_FIRST_PERSON = frozenset({"we", "i"})
# a person's words in quotation marks after their "said:" (straight quotes: the text's are normalized)
# (found by its verb and quotation mark, then the speaker before and the quote's end after)
_SAID_QUOTE = _rc(r"\s(?:said|says|stated|added|declared|remarked|noted)\s*[:,]?\s*\"")
_SPEAKER_BEFORE = _rc(r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+),?$")  # (its apposition's comma too: "..., Irene Vélez Torres, said:")
_QUOTE_REST = _rc(r"((?:[^\"\n]|\n(?![ \t]*\n)){10,3000})\"")
_LEAD_ADVERB = _rc(r"(?:Today|Now|Also|Further|Furthermore|Moreover|Additionally|Finally|Together|Jointly|Likewise"
                          r"|Similarly|Accordingly|Here|Here in [A-Z][\w-]+|But|Yet|And|However|Nevertheless|Nonetheless|Meanwhile"
                          r"|In addition|At the same time|Therefore|Thus|Hence|For this reason|To this end|To that end"
                          # (a reason told first: "That is why Canada will commit CAD 12 million ...")
                          r"|(?:That|This)\s+is\s+why|(?:That|This)['’]s\s+why"
                          # (or a phrase of means before a pronoun, without its comma: "With Norway's support we will ...")
                          r"|(?:With|Through|Thanks\s+to)\s+[^,;:]{1,50}?(?=\s+(?:we|We|they|They)\b))\s*,?\s+(?=\S)")
_DAY_IN_WORDS_LEAD = _rc(r"\b(?i:by|before|until|till|on|in|from|no\s+later\s+than|not\s+later\s+than)\s+\Z")
_DEADLINE_WORD = _rc(r"(?i:by|before|until|till|no\s+later\s+than)\s")
# officials named by their rank alone, no country's: "Senior Officials", "Our Sherpas", "Senior Trade Officials"
_RANK_THEN_PEOPLE = _rc(r"(?:(?:[Tt]he|[Oo]ur|[Tt]heir)\s+)?(?:(?:Senior|Chief|High-Level|High|Working-Level|Deputy|Trade|Finance)\s+)+(?P<people>[A-Z][a-z]+)")
_SECOND_TITLE = _rc(r"(?<=[a-z])/[A-Z][\w]*(?:-[A-Z][\w]*)*")
_ONLY_FIRST = _rc(r"^\s*(?:[Oo]nly|[Ee]ven)\s+(?=[A-Z])")
_ALONE_END = _rc(r"(?<=\w)\s+(?:alone|itself|themselves|too|also)\s*$")
_CLAUSE_JOIN = _rc(r"[\s,]*(?:(?:and|but)\s+)?")
# a time set before a clause's subject: "In 2027", "by 2029", "By the end of 2026,", "From March 2027"
_LEAD_TIME = _rc(
    r"(?i:in|by|from|during|until|till|before|after|starting\s+in|beginning\s+in|no\s+later\s+than)\s+"
    r"(?:(?i:early|mid|late)[\s-]+|(?i:the\s+(?:end|beginning|start|first\s+half|second\s+half|course)\s+of)\s+)?"
    rf"(?:(?:{'|'.join(calendar.month_name[1:])})\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?!\d)\s*,?\s+(?=\S)")
_PORTFOLIO_OF = _rc(r"((?:[Tt]he\s+)?(?:Ministries|Ministers|Secretaries|Departments))\s+(?:of|for)\s+(?:(?:[A-Z][\w-]*|and|&)\s+)+?(?=of\s)")
_CONCESSIVE = _rc(r"(?:Although|Though|While|Whereas)\s+(?=\S)")
_EACH = _rc(r"[Ee]ach\s+(?:(?i:side|country|party|government|state|member|leader|partner|participant|signatory)|of\s+(?:the\s+)?(?:two|both|three|four)\s+\w+|of\s+us|of\s+them|of\s+our\s+(?:countries|nations|governments|states))")


# a party by the kind of state it is, as texts call the host: "The Kingdom", "the Sultanate"
_STATE_KIND = _rc(rf"(?:[Tt]he\s+)?({E.STATE_KINDS})")
# ("renewed their swap agreement in the amount of RMB 50 billion": the agreement, not the amount)
_AMOUNT_OF = _rc(r"\s*(?:the\s+|an?\s+)?(?:amount|sum|value|total|size)\s+of\b")
_POSTMODIFIER = _rc(r"\s+(?:responsible\s+for|in\s+charge\s+of|(?:from|of)\s+(?P<both>both|the\s+two|our\s+two|each\s+of\s+the\s+two)\b)"
                           r"\s+[^,;]{1,60}$")
_PEOPLE_OF_SIDES = frozenset("officials experts representatives delegates staff teams officers".split())
# (an owner named as a side: "the intention of the Chinese side to open ...")
_SIDE_WORD = r"(?:\s+(?:side|delegation|government|authorities))?"
_OF_STATE_KIND = _rc(rf"\sof\s+the\s+({E.STATE_KINDS})$")


# two names with a comma before "and" and none elsewhere: no list (that takes three), but the
# end of one clause and the subject of the next
_COMMA_AND_PAIR = _rc(r"[^,]+,\s+and\s+[^,]+")


def _asks_outsider(text: str, at: int, L, ctx) -> bool:
    """Whether a request at ``at`` asks a body the signatories do not direct, known by name ("the
    OECD", "the United Nations Secretary-General", "the Asian Development Bank (ADB) and the World
    Bank"); not their own ("the ASEAN Secretariat", "their officials", "the Joint Working Group
    ...", "the Ministry of Mines and Energy of Brazil", "the Brazilian Cooperation Agency")."""
    if L.outsiders_asked_re.match(text, at):
        return True  # ("requested development partners, including the World Bank, to consider ...")
    m = _NAMED_ASKED.match(text, at)
    if m is None or _OWN_ASKED.match(text, at):
        return False
    asked = text[at:m.end()]
    if any(c in ctx.parties for _, _, c in S._country_spans(asked)) or any(
            L.adjective.get(w.strip("(),")) in ctx.parties for w in asked.split()):
        return False  # (a party's own body)
    EL = E._lex()
    if "Secretary-General" in asked:
        # (but a group's own: "Heads requested the Secretary-General to report" of the Commonwealth's
        # communiqué, "the ASEAN Secretary-General"; not the UN's)
        bare = asked.strip().removesuffix(" to").rstrip(", ").removeprefix("the ").removeprefix("The ")
        groups = [p for p in ctx.parties if p not in L.country_names]
        own = {f"{f} Secretary-General" for p in groups for f in _forms_of(p)} | {f"Secretary-General of {f}" for p in groups for f in _forms_of(p)} \
            | {f"Secretary-General of the {f}" for p in groups for f in _forms_of(p)}
        if bare == "Secretary-General" and _UN_CHIEF.search(text, max(0, at - 400), at):
            return True  # ("welcomed the statement of the Secretary-General of the United Nations, and requested the Secretary-General to ...")
        return not (groups and (bare == "Secretary-General" or bare in own))
    return any(EL.known[n.group()][0] not in ctx.parties for n in EL.known_re.finditer(asked))


_UN_CHIEF = _rc(r"\b(?:UN|United\s+Nations)\s+Secretary-General\b|\bSecretary-General\s+of\s+the\s+United\s+Nations\b")


def _called_on_person(text: str, at: int) -> bool:
    """Whether what follows "called on" at ``at`` is a person by title or style ("President
    Prabowo", "H.E. Smt. Droupadi Murmu, President of India", "His Majesty the Emperor")."""
    EL = E._lex()
    pos = at + (4 if text.startswith("the ", at) else 0)
    styled = False
    while (m := EL.honorific_re.match(text, pos)) is not None and m.end() > pos:
        pos, styled = m.end(), True
        while text[pos:pos + 1] == " ":
            pos += 1
    if styled and text.startswith("the ", pos):
        pos += 4
    return bool(EL.person_re.match(text, pos)) or (styled and text[pos:pos + 1].isupper())


# an honorific before a title ("His Majesty the King", "H.E. the President"): the title names the actor
_HONORIFIC_FIRST = _rc(r"(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Excellency|Excellencies|Highness)\s+(?=the\s)"
                              r"|(?:H\.\s?E\.|H\.R\.H\.|H\.M\.|H\.H\.)\s+(?=the\s)")


# a title in the plural, then the names it stands for: "The Ministers of Environment, Alicia ..."
_GROUP_THEN_NAMES = _rc(r"\s*(?:[Tt]he\s+)?[^,]*?[a-z]s(?:\s+(?:of|for)\s+[^,]+)?,\s+[A-Z]")


_STYLES = r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)"
_STYLED_NAME = _rc(rf"(?P<style>{_STYLES})\s+(?P<name>(?:[A-Z][\w'’.-]*\s+|(?:bin|bint|al|Al|ibn)\s+){{1,8}})")
_STYLE_ALONE = _rc(rf"\s*(?:[Tt]he\s+)?(?P<style>{_STYLES})\s*")
_FRONTED_PLACE_WE = _rc(r"\s*(?:At|In|During|On|Through)\s+[^,;:]{1,60}?\s+([Ww]e)\s*")
_PARTNERS_ASIDE = _rc(r",\s*(?:together\s+with|alongside|jointly\s+with|in\s+(?:cooperation|partnership|coordination)\s+with)"
                             r"\s+(?P<who>[^;]{3,160}?),?\s*$")
_MEANS_ASIDE = _rc(r",\s*(?:through|via|with\s+the\s+support\s+of)\s+[^,;]{3,90},(?=\s*(?:and|&)\s)")
_DEFINED_AS = _rc(r",?\s*(?:hereinafter|hereafter)\s+(?:(?:jointly|collectively|together)\s+)?(?:referred\s+to\s+as|called)\s+"
                  r"[\"“'‘]?[^\"”’,;]{1,40}[\"”’]?\s*,?\s*$")
# who heads each body in a list of them: "The Ministry of Energy of Kazakhstan, headed by Minister
# Almasadam Satkaliyev, and the Ministry of ... of Korea, headed by Minister Ahn Duk-geun"
_HEADED_ASIDE = _rc(r",\s*(?:headed|led|chaired|co-chaired|represented)\s+by\s+[^,;]{3,80}?(?:,(?=\s*(?:and|&)\s)|$)")


# a head of government's title through the body it heads, before the country
_OFFICE_OF_BODY_OF = _rc(r"\b((?:Vice[- ])?Premier|Prime\s+Minister|President|Chair(?:man|person)?)\s+of\s+the\s+"
                                r"(?:State\s+Council|Council\s+of\s+Ministers|Government|Federal\s+Council|Cabinet"
                                r"|Presidential\s+Council|Executive\s+Yuan)\s+of\s+(?=(?:the\s+)?[A-Z])")
_LABEL_LEAD = _rc(r"^\s*[A-Z][^.:;,]{1,60}:\s+(?=[A-Z])")
_ADJECTIVES_THEN_PEOPLE = _rc(
    r"(?:[Tt]he\s+)?(?P<adjs>[A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s+and\s+[A-Z][\w'’-]+)\s+"
    r"(?:delegations|ministers|[Ff]oreign\s+[Mm]inisters|governments|leaders|presidents|prime\s+ministers|sides|authorities"
    r"|officials|negotiators|teams|counterparts|ministries)")


def _resolve_uncached(span: str, L, ctx: _Ctx) -> tuple[str, bool] | None:
    if ":" in span:
        span = _LABEL_LEAD.sub("", span)  # ("United Nations: Both countries, as members of the G4, renew ...": an item's label)
    # ("The United States, through the Open RAN Acceleration Initiative (ORAI), and Japan": the means
    # set off inside the list of who acts)
    span = _MEANS_ASIDE.sub("", span)
    if "herein" in span or "hereafter" in span:
        span = _DEFINED_AS.sub("", span)  # ('..., hereinafter referred to as "the Participants"': who they are, named again)
    if "by" in span:
        span = _HEADED_ASIDE.sub("", span)
    # ("Nvidia and the Vietnamese technology group FPT Corporation": the company, by its name)
    span = _DESCRIBED_FIRM.sub("", span)
    styled = _STYLE_ALONE.fullmatch(span)
    if styled is not None:
        # ("His Highness appreciated ...": the one party whose leader the text styles so)
        who = ctx.styled_country.get(" ".join(styled.group("style").lower().split()))
        return (who, False) if who else None
    honor = _HONORIFIC_FIRST.match(span)
    if honor:
        span = span[honor.end():]
    both = _BOTH_LIST.match(span)
    if both:  # "Both Japan and Korea": the list itself
        span = span[both.end():]
    lead = _LEAD_ADVERB.match(span)
    if lead:  # "Today we announce ...": the subject after the word of time
        span = span[lead.end():]
    lead = _LEAD_TIME.match(span.lstrip())
    if lead:  # "In 2027 Japan will train ...", "..., and by 2029 Japan will open ...": the subject after its time
        span = span.lstrip()[lead.end():]
    if "/" in span:
        span = _SECOND_TITLE.sub("", span)  # ("The High Representative/Vice-President": one office, by its first title)
    officials = _RANK_THEN_PEOPLE.fullmatch(span.strip())
    if officials is not None and officials.group("people") in E._lex().people_words and ctx.parties:
        return ctx.group(), True  # ("Senior Officials will meet twice a year": the signatories' own officials)
    # ("Only India will ...", "Japan alone will ...", "Japan itself will ...": the one who acts)
    if _ALONE_END.search(span) or _ONLY_FIRST.match(span):
        span = _ALONE_END.sub("", _ONLY_FIRST.sub("", span))
    if span.strip() in L.adjective and span.strip() not in L.country_names:
        return None  # ("Polish will be offered in schools": a language, no country)
    lead = _CONCESSIVE.match(span)
    if lead:  # "Although Kenya will host the forum, ...": Kenya, whose pledge it still is
        span = span[lead.end():]
    if " of the " in span:
        # ("the Premier of the State Council of the People's Republic of China": the Premier of China)
        span = _OFFICE_OF_BODY_OF.sub(r"\1 of ", span)
    pair = _ADJECTIVES_THEN_PEOPLE.fullmatch(span.strip())
    if pair is not None:
        # "The Indonesian and Vietnamese delegations", "the Chilean and Norwegian ministers": the
        # countries whose people they are
        countries = [L.adjective.get(w) for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", pair.group("adjs"))]
        if all(countries):
            span = " and ".join(countries)
    if " and of " in span:
        # ("The Ministers of the Interior and of Security": the ministers, of two portfolios)
        span = _AND_OF_PORTFOLIO.sub("", span)
    port = _PORTFOLIO_OF.match(span)
    if port:  # "The Ministries of National Defence of the two countries": the ministries of the two countries
        span = port.group(1) + " " + span[port.end():]
    if _EACH.fullmatch(span.strip()) and ctx.parties:
        return ctx.group(), True  # "Each country will contribute EUR 150,000": every party
    after = _AFTER_COMMA_PRONOUN.fullmatch(span) or _FRONTED_PLACE_WE.fullmatch(span)
    if after:  # "Under the ... Adaptation and Mitigation Package, we": a phrase set before the subject
        span = after.group(1)  # (or with no comma: "At today's meeting we agreed ...")
    role = _AS_ROLE.fullmatch(span)
    if role:  # "The Philippines as ASEAN Chair": the Philippines
        got = _resolve_uncached(role.group(1), L, ctx)
        if got is not None:
            return got
    if L.bare_staff_re.fullmatch(span.strip()):
        # "Staff welcomed ...", "The mission will return ..." of a government's text with the
        # IMF or the World Bank: the one party that is no state
        bodies = [p for p in ctx.parties if p not in L.country_names]
        if len(bodies) == 1 and len(ctx.parties) > 1:
            return bodies[0], False
    if L.bare_government_re.fullmatch(span.strip()):
        # "The authorities are committed to ...", "The Government will ..." of a text with one
        # state among its parties (a government and the IMF, a unilateral statement): that state
        states = [p for p in ctx.parties if p in L.country_names]
        if len(states) == 1:
            return states[0], span.rstrip().endswith("s")
    kind = _STATE_KIND.fullmatch(span.strip())
    if kind:  # "The Kingdom reaffirmed ...": the one party whose long name says it is one
        which = [p for p in ctx.parties if p in E.states_of_kind(" ".join(kind.group(1).lower().split()))]
        if len(which) == 1:
            return which[0], False
    if _COMMA_AND_PAIR.fullmatch(span):
        return None  # "... through JOGMEC and JBIC, and the United Kingdom will ...": a new clause's subject, no pair
    if "," in span or " and " in span:
        for said, name, last in ctx.titled:
            if last in span:
                span = said.sub(name, span)
    if not span or len(span) > 160:
        return None
    m = L.appositive_re.match(span)
    if m:
        # "We, the Leaders of the G20" are all its members; "We, the leaders of the EU and Japan"
        # are the two parties, the EU being one of them
        bodies = [b.group() for b in L.multilateral_re.finditer(m.group("app"))]
        wider = any(b not in ctx.parties and E._lex().known.get(b, (b,))[0] not in ctx.parties for b in bodies)
        who = "all" if wider or len(ctx.parties) > 2 else ctx.group()
        return who, True
    atoms = _atoms(span, L, ctx)
    if atoms is None:
        where = _IN_PLACE.fullmatch(span)
        body = _atoms(where.group("body"), L, ctx) if where else None
        if body is not None and len(body) == 1 and body[0][0] == "named":
            return span.strip(), body[0][2]  # (the body with where it is, as written)
        return None
    if any(k == "generic" for k, _, _ in atoms):
        # "Japan, Kenya and partners will ...": the named ones; "partners will ..." alone: none
        atoms = [a for a in atoms if a[0] != "generic"]
        if not atoms:
            return None
    if any(k == "role" for k, _, _ in atoms[:-1]) and any(k in ("country", "leader", "named") for k, _, _ in atoms):
        # "Foreign Minister Peters and Deputy Prime Minister and Foreign Minister Bui Thanh Son":
        # a title without a name among named people is the next one's other title
        atoms = [a for i, a in enumerate(atoms) if a[0] != "role" or i == len(atoms) - 1 or atoms[i + 1][0] == "role"]
    if len(atoms) == 2 and len(ctx.parties) == 2 and {atoms[0][0], atoms[1][0]} in ({"country", "role"}, {"country", "named"}) \
            and next(v for k, v, _ in atoms if k == "country") in ctx.parties \
            and all(k != "named" or v in ctx.people for k, v, _ in atoms) \
            and not L.country_actor_re.match(span) and not any(r in span.lower() for r in L.international_roles):
        # (a person of one party's, not the party named: "Kenya and the Secretary-General")
        # "The Secretary and the Foreign Minister", "Secretary Blinken and Foreign Minister Wang" in
        # a text of two parties: one party's person, and the other's
        return ctx.group(), True
    if len(atoms) > 1 and atoms[-1][0] in ("both", "sig") and all(k in ("country", "multi", "named") for k, _, _ in atoms[:-1]):
        # "... between Ethiopia and Somalia, and both sides reaffirmed": the pair opens the subject
        atoms = atoms[-1:]
    if len(atoms) > 1 and atoms[0][0] == "group" and not any(k == "group" for k, _, _ in atoms[1:]) \
            and _GROUP_THEN_NAMES.match(span):
        # "The Ministers of Environment, Alicia Bárcena of Mexico and Susana Muhamad of
        # Colombia": the ministers are the people named after their title
        atoms = [a for a in atoms if a[0] != "group"]
        people = [v for k, v, _ in atoms if k == "named" and v in ctx.people]
        known = {v for k, v, _ in atoms if k == "country"}
        if len(ctx.parties) == 2 and len(atoms) == 2 and len(people) + len(known) == 2 and known <= set(ctx.parties):
            # ("The Ministers of Foreign Affairs, Mr. Nasser Bourita and Mr. José Manuel Albares
            # Bueno, will meet ...": in a text of two parties, one minister of each)
            return ctx.group(), True
    if len(atoms) > 2 and any(k == "named" for k, _, _ in atoms):
        atoms = _offices_named(atoms, L, ctx)
    if len(atoms) == 2 and sorted(k for k, _, _ in atoms) == ["country", "named"]:
        # a body of each party, the second read as its country ("The Ministry of Energy of the
        # Kingdom and the National Energy Administration (NEA) of China"): the bodies as named,
        # each its party's (see _body_to_party)
        named = next(v for k, v, _ in atoms if k == "named")
        rest = span.replace(named, " ", 1)
        if named in span and L.public_body_re.search(rest) and _party_of_body(named, L, ctx) in ctx.parties \
                and _party_of_body(named, L, ctx) != next(v for k, v, _ in atoms if k == "country"):
            return span.strip(), True
    kinds = {k for k, _, _ in atoms}
    plural = len(atoms) > 1 or any(p for _, _, p in atoms)
    if "all" in kinds:
        return "all", True
    if kinds <= {"sig"}:
        return ctx.group(), True
    if "prev" in kinds:
        ctx.uses_prev = True
    if kinds <= {"prev"}:
        if plural:
            return (ctx.prev_plural or ("both" if atoms[0][1] == "both" else ctx.group())), True
        return (ctx.prev_single, False) if ctx.prev_single else None
    if kinds <= {"both", "group"}:
        return ("both" if "both" in kinds else ctx.group()), True
    if kinds <= {"role", "leader"} and len(atoms) == len(ctx.parties) >= 2:
        return ctx.group(), True  # "The Prime Minister and the President", "Prime Minister Modi and President Biden"
    if "group" in kinds and all(k == "group" or (k == "country" and v in ctx.parties) for k, v, _ in atoms) \
            and not _OF_OTHER_BODY.search(span):  # (not "The Leaders of the Pacific Islands Forum and Australia")
        return ctx.group(), True  # ("The Partners and Indonesia shall ...": the signatories, one of them named)
    if "group" in kinds and len(atoms) > 1:
        # ("The Leaders of the Pacific Islands Forum and Australia": people of another body and a
        # party, as written, not "group and Australia")
        return " ".join(span.split()), True
    values: list[str] = []
    for k, v, _ in atoms:
        for x in v.split("|") if k == "multi" else [v]:
            if x not in values:
                values.append(x)
    countries = [v for v in values if v in L.country_names]
    if len(countries) == len(values):
        if len(values) == 1:
            return values[0], plural
        if ctx.parties and set(values) == set(ctx.parties):
            return ctx.group(), plural  # (a group's one name is singular: "The Quad aims to ...")
        if len(values) == 2 and (not ctx.parties or (len(ctx.parties) == 1 and ctx.parties[0] in values)):
            return "both", True  # (the two parties the heading did not name; not two others of a host's text)
        # (in the parties' order, so that "Cyprus and Greece" and "Greece and Cyprus" are one actor)
        order = {p: i for i, p in enumerate(ctx.parties)}
        return _and_list(sorted(values, key=lambda v: order.get(v, len(order)))), True
    if len(values) == 1:
        return values[0], plural
    if ctx.parties and set(values) == set(ctx.parties):
        return ctx.group(), True  # "The EU and the AU will ..." of their joint communiqué: both
    return " and ".join(values), True


def _offices_named(atoms: list, L, ctx) -> list:
    """Holders of the parties' offices each named after the office ("New Zealand's Minister for
    Emergency Management, the Hon Mark Mitchell, and the Head of Indonesia's National Disaster
    Management Agency (BNPB), Lieutenant General Suharyanto"): each office is its party's, each
    name after one only says who holds it. Unchanged unless every office is a party's."""
    out: list = []
    for k, v, p in atoms:
        if k == "named" and out and out[-1][0] == "office" and L.apposed_name_re.fullmatch(v):
            continue  # (the holder's name after the office)
        if k == "country" and out and out[-1] == ("office", v, False):
            continue  # (the holder, known as the party's person: "..., Lieutenant General Suharyanto")
        if k == "named" and (L.public_body_re.search(v) or E._lex().person_re.search(v)):
            m = L.body_country_re.match(v) or L.body_country_re.search(v)
            form = m and (m.group("c") or m.group("c2"))
            who = L.all_country_forms.get(form) if form else m and L.adjective.get(m.group("a"))
            if who in ctx.parties:
                out.append(("office", who, False))
                continue
        out.append((k, v, p))
    if len(out) == len(atoms) or any(k == "named" for k, _, _ in out):
        return atoms
    return [("country", v, False) if k == "office" else (k, v, p) for k, v, p in out]


_AND = _rc(r" and ")


# a clause of its own after a semicolon, which ends a target: "; Mexico did not join this initiative"
# (or on a pronoun: "; it remains open to all partners")
_SEMICOLON_CLAUSE = _rc(r";\s+(?:(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|it|they|this|these|he|she)\s+(?:(?:also|not|further)\s+)?"
                               r"(?:did|does|do|will|shall|has|have|had|is|are|was|were|would|should|can|could|may|might|must|[a-z]{3,}ed"
                               r"|(?<=it )[a-z]{3,}s|(?<=this )[a-z]{3,}s|(?<=he )[a-z]{3,}s)\b")


_AND_POSITION = _rc(r",\s+and\s+(?:(?:also|firmly|strongly|further)\s+)?(?P<v>[a-z]+)\s+")
_AND_VERB = _rc(r"\s+and\s+(?:(?:also|firmly|strongly|further)\s+)?(?P<v>call\s+(?:on|upon|for)|appeal\s+to|[a-z]+)\s+")


def _split_denied_and(r: tuple, st, L) -> list[tuple]:
    """A denial and a position after ", and" ("will not engage in unilateral sanctions ..., and
    oppose protectionism in all its forms"): the denial ends at the comma, and what follows is a
    position of its own, not denied (the writer would say "or" or "nor" to deny it too)."""
    if not r[COLUMNS.index("negated")] or r[_VERB] not in L.modals:
        return [r]
    target = r[_TARGET]
    m = _AND_POSITION.search(target)
    if m is None:
        # ("will not tolerate attacks on shipping and reject any attempt ...": a verb of
        # disapproval after "and" says what is opposed, not what is denied too)
        # (nor a call on others: "will not impose customs duties ... and call on all WTO Members to ...")
        m = next((x for x in _AND_VERB.finditer(target)
                  if ((L.forms.get(x.group("v")) or ("", ""))[0] in L.disapproval or (L.forms.get(x.group("v")) or ("", ""))[0] in L.asking)
                  and L.forms[x.group("v")][1] == "base"), None)
    form = L.forms.get(m.group("v")) if m else None
    if form is None or form[1] != "base" or form[0] in L.modals or L.category.get(form[0]) is None:
        return [r]
    lemma = form[0]
    cat = L.category[lemma]
    strength = L.strength[cat]
    at = st.original.find(target, r[COLUMNS.index("start")])
    if at < 0:
        return [r]
    vs, ve = at + m.start("v"), at + m.end("v")
    first = (*r[:_TARGET], target[:m.start()].rstrip(" ,"), *r[_TARGET + 1:])
    i = {c: k for k, c in enumerate(COLUMNS)}
    second = list(r)
    second[i["verb"]], second[i["category"]], second[i["strength"]], second[i["strength_label"]] = lemma, cat, strength, L.labels[strength]
    second[i["negated"]], second[i["target"]], second[i["catalysts"]], second[i["catalyst_details"]] = False, target[m.end():].strip(), [], []
    second[i["verb_start"]], second[i["verb_end"]] = vs, ve
    return [first, tuple(second)]


def _split_agreed_and_welcomed(r: tuple, st, L, row) -> list[tuple]:
    """An act agreed and a position after ", and" in the base form ("Agree to hold the Business
    Forum annually, and welcome the inaugural Forum attended by over 600 business leaders"): two
    rows, the welcome of its own (its figures no target of the act)."""
    if r[_VERB] not in L.agreeing_verbs or r[_CATEGORY] != "commitment":
        return [r]
    target = r[_TARGET]
    m = _AND_POSITION.search(target)
    form = L.forms.get(m.group("v")) if m else None
    if form is None or form[1] != "base" or L.category.get(form[0]) not in ("endorsement", "acknowledgement"):
        return [r]
    return _split_target(r, st, row, m.start(), m.end(), r[_ACTOR], form[0], L.category[form[0]], False,
                         (m.start("v"), m.end("v")), "")


def _split_target(r: tuple, st, row, cut: int, resume: int, actor: str, verb: str, cat: str, negated: bool,
                  verb_in_target: tuple[int, int] | None, cond: str) -> list[tuple]:
    """A row's target cut in two at ``cut``: the row up to it, and a second row from ``resume``
    (offsets in the target) with its own actor, verb and category; its verb where the target
    holds it, else the first row's."""
    i = {c: k for k, c in enumerate(COLUMNS)}
    target = r[_TARGET]
    at = st.text.find(target, r[i["start"]])
    if at < 0:
        return [r]
    si, start, end = r[i["sentence"]], r[i["start"]], r[i["end"]]
    first = row(r[_ACTOR], r[_VERB], r[_CATEGORY], r[i["negated"]], at, at + cut, start, end, si,
                r[i["verb_start"]], r[i["verb_end"]], r[i["condition"]] or "")
    vs, ve = (at + verb_in_target[0], at + verb_in_target[1]) if verb_in_target else (r[i["verb_start"]], r[i["verb_end"]])
    return [first, row(actor, verb, cat, negated, at + resume, at + len(target), start, end, si, vs, ve, cond)]


_GAPPED = _rc(r",\s+and\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?P<own>its|their)\s+"
                     r"(?P<noun>[a-z]+)(?:\s+(?:to|of))?\s+")


_OWNED_TO_BEFORE = _rc(r"\bof\s+[^,;]{1,60}?\s+to\s*$")
_GAPPED_OF = _rc(r",?\s+and\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+to\s+(?=[a-z])")


# (a condition of approval or funding holds the whole package; "if necessary" only its own act)
_SHARED_MARKER = _rc(r"(?i:subject\s+to|pending|provided\s+that|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|upon\s+(?:the\s+)?approval)\b")


def _condition_shared(rows: list[tuple], st, row) -> list[tuple]:
    """A condition that closes a sentence, set off by a comma, holds every act of the verb it
    closes: "We agreed to launch a joint programme ... and to develop their successor ..., with
    a combined investment of £1.4 billion, subject to approval by our respective parliaments"
    makes both undertakings conditional, not only the last."""
    i = {c: k for k, c in enumerate(COLUMNS)}
    groups: dict[tuple, list[int]] = {}
    for k, r in enumerate(rows):
        groups.setdefault((r[_SENTENCE], r[_ACTOR], r[i["verb_start"]]), []).append(k)
    out = list(rows)
    for ks in groups.values():
        last = rows[ks[-1]]
        cond = last[i["condition"]]
        if len(ks) < 2 or not _SHARED_MARKER.match(cond or "") or any(rows[k][i["condition"]] for k in ks[:-1]):
            continue
        s = st.sentences[last[_SENTENCE]]
        at = st.text.rfind(cond, s.start, s.end)
        if at < 0 or st.text[s.start:at].rstrip()[-1:] != "," or st.text[at + len(cond):s.end].strip(" .;:"):
            continue
        for k in ks[:-1]:
            r = rows[k]
            tat = st.text.find(r[_TARGET], r[i["start"]])
            if tat < 0:
                continue
            out[k] = row(r[_ACTOR], r[_VERB], r[_CATEGORY], r[i["negated"]], tat, tat + len(r[_TARGET]), r[i["start"]],
                         r[i["end"]], r[_SENTENCE], r[i["verb_start"]], r[i["verb_end"]], cond)
    return out


def _split_gapped(r: tuple, st, L, row, ctx) -> list[tuple]:
    """A second party's position with its verb left out ("Australia reaffirmed its target to
    reduce emissions by 43 per cent ..., and Japan its target to reduce emissions by 46 per
    cent ..."): a row of its own, with the first one's verb."""
    target = r[_TARGET]
    m = _GAPPED.search(target) if ", and " in target else None
    if m is None and " and of " in target and r[_ACTOR] not in ("both", "all") and _OWNED_TO_BEFORE.search(
            st.text, max(0, r[COLUMNS.index("start")]), max(0, st.text.find(target, r[COLUMNS.index("start")]))):
        # ("the offer of Solomon Islands to host the Fifty-Fifth Meeting in 2025, and of Palau to
        # host the Fifty-Sixth Meeting in 2026": Palau's offer, its noun left out; only of the row
        # the noun makes, "offer", not of the verb it is the object of: "welcomed the decision of ...")
        m = _GAPPED_OF.search(target)
    elif m is not None and m.group("noun") not in L.nouns:
        m = None
    if m is None:
        return [r]
    res = _resolve(m.group("who"), L, ctx)
    if res is None or res[0] in ("both", "all", r[_ACTOR]):
        return [r]
    return _split_target(r, st, row, m.start(), m.end(), res[0], r[_VERB], r[_CATEGORY], r[COLUMNS.index("negated")], None,
                         r[COLUMNS.index("condition")] or "")


_THROUGH_BODY = _rc(r"\b(?:through|via)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the)){0,8}"
                           r"(?:\s+\([A-Z][\w&.-]{1,12}\))?)")


def _body_through(r: tuple, L, ctx) -> tuple:
    """A party's pledge made through one of its bodies names the body ("The Korean side will
    provide 1.2 trillion won through the Export-Import Bank of Korea": South Korea, the bank)."""
    if r[-1] or r[_ACTOR] not in ctx.parties:
        return r
    m = _THROUGH_BODY.search(r[_TARGET])
    if m is None:
        return r
    name = m.group(1).strip()
    name = re.sub(r"\s+(?:and|of|for|the)$", "", name)
    return (*r[:-1], name) if _party_of_body(name, L, ctx) == r[_ACTOR] else r


def _body_to_party(r: tuple, L, ctx) -> tuple:
    """A row whose actor is a party's public body ("USAID", "The U.S. Department of
    Agriculture", "Kenya's Ministry of Health") as the party's, the body kept in ``body``: what
    a government's agencies undertake, the government undertakes (a party's firms, banks and
    universities stay apart, as written)."""
    body = r[0]
    if not body or body in ctx.parties or body in ("both", "all") or body in L.country_names:
        return r
    # (bodies in a list, each opening on "the" or its country: not the "and" inside a name, "The
    # U.S. Trade and Development Agency", "Australia's Department of Industry, Science and Resources")
    cuts = [m.start() for m in _AND.finditer(body)
            if body.startswith(("the ", "The "), m.end()) or L.body_country_re.match(body, m.end())]
    pieces = [body[a:b].strip() for a, b in zip([0, *[c + 5 for c in cuts]], [*cuts, len(body)])]
    whos = [_party_of_body(p, L, ctx) for p in pieces]
    if None in whos and (len(pieces) > 1 or ctx.issuer_party):
        whos = _bodies_by_context(pieces, whos, L, ctx)
    if None in whos or len(pieces) == 1:
        # (two bodies, the second not opening on "the" or its country: "The European Commission
        # and Natural Resources Canada", "Mexico's Secretariat of Economy and Natural Resources
        # Canada", "The Secretariat of Economy and Global Affairs Canada" of Mexico's and Canada's)
        for m in _AND.finditer(body):
            two = [body[:m.start()].strip(), body[m.end():].strip()]
            got = [_party_of_body(p, L, ctx) for p in two]
            if got.count(None) == 1 and len(ctx.parties) == 2 and L.public_body_re.search(two[got.index(None)]):
                got = _bodies_by_context(two, got, L, ctx)
            if None not in got and (None in whos or got[0] != got[1]):
                pieces, whos = two, got
                break
        else:
            if None in whos:
                return r
    whos = list(dict.fromkeys(whos))
    if len(whos) == 1:
        who = whos[0]
    elif set(whos) == set(ctx.parties):
        who = ctx.group()  # "The Philippine Coast Guard, the Japan Coast Guard, and the United States Coast Guard"
    else:
        order = {p: i for i, p in enumerate(ctx.parties)}
        who = _and_list(sorted(whos, key=order.get))
    return (who, *r[1:-1], _and_list(pieces))  # ("A, B and C", as a text lists three)


def _issuer_party(issuer: str | None, parties: list[str]) -> str | None:
    """The party an issuer is the office of: a body the lexicon knows as a party's ("The White
    House"), or one that names a party's country ("Ministry of External Affairs, India")."""
    if not issuer:
        return None
    lex = E._lex()
    name = issuer[4:] if issuer.startswith(("The ", "the ")) else issuer
    who = lex.bodies_of_parties.get(name)
    if who is None:
        named = {c for _, _, c in S._country_spans(issuer)}  # (the statement's own reading of countries)
        who = next(iter(named)) if len(named) == 1 else None
    return who if who in parties else None


def _bodies_by_context(pieces: list[str], whos: list, L, ctx) -> list:
    """Whose a public body named without its country is, where the text says it otherwise: in a
    text of two parties, the other party's when it is paired with a body of one ("The Department
    of Energy and Vietnam's Ministry of Industry and Trade"); else, the issuer's ("The Department
    of Commerce" of a White House fact sheet). A body no public body ("Boeing") stays unknown."""
    def bare(piece: str) -> bool:
        return bool(L.public_body_re.search(piece)) and not L.body_country_re.search(piece)

    known = {w for w in whos if w is not None}
    if len(ctx.parties) == 2 and len(known) == 1 and all(w is not None or bare(p) for p, w in zip(pieces, whos)):
        other = next(p for p in ctx.parties if p not in known)
        return [w if w is not None else other for w in whos]
    if ctx.issuer_party and all(w is not None or bare(p) for p, w in zip(pieces, whos)):
        return [w if w is not None else ctx.issuer_party for w in whos]
    return whos


def _party_of_body(body: str, L, ctx) -> str | None:
    """The party whose public body ``body`` is, by the country it names; None if none."""
    name = body[4:] if body.startswith(("The ", "the ")) else body
    if _DG.fullmatch(name.strip()) and "European Union" in ctx.parties:
        return "European Union"  # ("DG ENER", "DG INTPA": the Commission's directorates-general)
    name = _ACRONYM_END.sub("", name)  # ("The European Investment Bank (EIB)")
    name = ctx.body_acronyms.get(name, name)  # ("The JCG" of "the Japan Coast Guard (JCG)": Japan's)
    own = _OWNER.match(name)
    if own is not None and own.group(1) in L.bodies_of_parties:
        # ("The Royal Navy's Carrier Strike Group": a unit of a party's body is the party's)
        who = L.bodies_of_parties[own.group(1)]
        return who if who in ctx.parties else None
    if own is not None and own.group(1) in L.all_country_forms and (
            E._lex().known.get(name[own.end() - 1:]) or name[own.end() - 1:] in L.bodies_of_parties):
        name = name[own.end() - 1:]  # ("Germany's KfW Development Bank": the bank, its country said)
    else:
        said = L.body_country_re.match(name)
        if said is not None and said.group("a") and name[said.end():] in L.bodies_of_parties:
            name = name[said.end():]  # ("the Spanish Guardia Civil")
    known = E._lex().known.get(name)
    full = known[0] if known and known[1] == "organization" else name
    if full in L.bodies_of_parties:  # ("Export Development Canada", "the European Commission")
        who = L.bodies_of_parties[full]
        return who if who in ctx.parties else None
    if (lang := E.body_by_language(full, ctx.parties)) is not None:
        return lang  # ("the Ministério de Minas e Energia" of a text of Brazil and China: Brazil's)
    body_word = L.public_body_re.search(full)
    if body_word is None or _AND_ANOTHER.match(full, body_word.end()):
        return None  # (nor two: "The German Academic Exchange Service and Mitacs", a body and another)
    m = L.body_country_re.match(full) or L.body_country_re.search(full)
    kind = _OF_STATE_KIND.search(full) if m is None else None
    if kind is not None:
        # ("the Ministry of Energy of the Kingdom" of a text of the Kingdom of Saudi Arabia)
        which = [p for p in ctx.parties if p in E.states_of_kind(" ".join(kind.group(1).lower().split()))]
        return which[0] if len(which) == 1 else None
    if m is None:
        # a body of a party that is no state, named by the party: "the ASEAN Secretariat", "the
        # GCC Secretariat", "the AU Commission"
        head = full[:body_word.start()].strip()
        head = E._lex().known.get(head, (head,))[0]
        if head in ctx.parties and head not in L.country_names:
            return head
        if not head and body_word.start() == 0:
            return _party_with_such_a_body(full, L, ctx)
        return None
    form = m.group("c") or m.group("c2")
    who = L.all_country_forms.get(form) if form else L.adjective.get(m.group("a"))
    return who if who in ctx.parties else None


_ACRONYM_END = _rc(r"\s*\([A-Za-z][\w.&-]{1,12}\)$")
_JOINED_BEFORE = _rc(r"(?:,|\band|&)\s*$")
_AND_ANOTHER = _rc(r"\s+and\s+(?:the\s+)?[A-Z]")


def _party_with_such_a_body(name: str, L, ctx) -> str | None:
    """The one party a body named by no one's name can be of: "The Commission" in a text of the
    European Union and Egypt (the one party with a Commission), "The Ministry of Finance" in the
    same text (the one party that is a state, which has ministries); None where two could be."""
    word = name.split()[0]
    if word.lower() in _STATE_ONLY_BODIES:
        states = [p for p in ctx.parties if p in L.country_names and (E._lex().known.get(p) or ("", ""))[1] != "organization"]
        return states[0] if len(states) == 1 and len(ctx.parties) > 1 else None
    if " " not in name:
        owners = {who for body, who in L.bodies_of_parties.items() if body.split()[-1] == name and who in ctx.parties}
        return next(iter(owners)) if len(owners) == 1 else None
    return None


# (bodies only a state has: a union or a bank of states has no ministries)
_STATE_ONLY_BODIES = frozenset(["ministry", "ministries", "department", "treasury", "embassy", "navy", "army", "police"])


def _listed_with_commas(r: tuple, ctx) -> tuple:
    """An actor of three names or more joined by "and" ("Synopsys and Marvell and Amkor"), as a
    text lists them ("Synopsys, Marvell and Amkor"), where each is a name the text gives (not the
    "and" inside one: "the Ministry of Trade and Industry and ...")."""
    actor = r[_ACTOR]
    if not isinstance(actor, str) or actor.count(" and ") < 2 or "," in actor:
        return r
    parts = actor.split(" and ")
    if not all(p.removeprefix("the ").removeprefix("The ") in ctx.names or p in ctx.parties for p in parts):
        return r
    one = list(r)
    one[_ACTOR] = _and_list(parts)
    return tuple(one)


def _without_article(r: tuple, ctx) -> tuple:
    """An actor named as the text names it in its list of names, without the article a
    sentence puts before it: "Instituto Cervantes" of "The Instituto Cervantes will open ...",
    as the actors' table lists it (not a second actor "The Instituto Cervantes")."""
    actor = r[_ACTOR]
    if not isinstance(actor, str) or not actor.startswith(("The ", "the ")):
        return r
    parts = [p.removeprefix("the ").removeprefix("The ") for p in actor.split(" and ")]
    if len(parts) == 1 and " " not in parts[0] and parts[0] not in ctx.names:
        # "The Commission" of a text that names one "Binational Commission": that body, by its
        # head word (not where two names end on it)
        whole = [n for n in ctx.names if n.endswith(" " + parts[0]) and n[:1].isupper()]
        if len(whole) == 1:
            parts = whole
    if not all(p in ctx.names for p in parts):
        return r
    one = list(r)
    one[_ACTOR] = " and ".join(parts)
    return tuple(one)


def _and_list(names: list[str]) -> str:
    """"Canada and Italy"; "Canada, France and Italy", as a text lists three."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------------


_PARTICLE_IN_NAME = _rc(rf" (?:{'|'.join(sorted(E._PARTICLES | {'ibn', 'della', 'des', 'do'}))}) (?:l['’])?[A-Z]| [dl]['’][A-Z]")


def _inside_joined_name(text: str, at: int, ctx) -> bool:
    """Whether the "and" at ``at`` is inside a name that holds one: "the National Investment and
    Infrastructure Fund (NIIF) confirms ...", no second subject."""
    for name in ctx.joined_names:
        i = text.find(name, max(0, at - len(name)), at + len(name))
        if i != -1 and i < at < i + len(name):
            return True
    return False


def _inside_phrase(text: str, lo: int, hi: int, L, ctx) -> bool:
    """True when the words before an "and" are the object of a preposition ("between X and")."""
    m = L.np_prep_re.search(text, lo, hi)
    return bool(m) and _resolve(m.group("np"), L, ctx) is not None


_ASIDE = _rc(r",\s*(?:however|therefore|moreover|furthermore|nevertheless|in turn|in addition|for (?:their|its|his|her|our) part"
                    # (a role in lower case: "New Zealand, as depositary, noted", "as co-chairs"; not "as well as Japan")
                    r"|(?-i:as\s+(?!well\b|such\b|soon\b|long\b|much\b|many\b|far\b|regards\b)(?:the\s+|its\s+|their\s+|a\s+)?"
                    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}))\s*,\s*$", re.I)


def _strip_left(left: str, L) -> tuple[str, bool, bool, bool]:
    """Drop adverbs, auxiliaries and negations before a verb.

    Returns the rest, whether a negation was dropped, whether a form of "be" was (a
    passive: "It was agreed that ..."), and whether a word that takes the bare verb was
    ("does not intend", "continues to support"), so that a single subject may go with it.
    """
    negated = passive = bare = after_ly = False
    while True:
        aside = _ASIDE.search(left)
        if aside:
            left = left[:aside.start()] + " "  # "They did not, however, agree ..."
            continue
        tail = left.rstrip()
        last = tail.rsplit(None, 1)[-1] if tail else ""  # (a wrapped line ends in "\n", not " ")
        if last.endswith("ly") and last.islower() and len(last) > 4 and last not in patterns.LY_NOUNS:
            left = tail[: len(tail) - len(last)]  # "we unequivocally stand for"
            after_ly = True
            continue
        if last in ("and", "or") and after_ly:
            words = tail.rsplit(None, 2)
            if len(words) > 2 and words[-2].endswith("ly") and words[-2].islower() and words[-2] not in patterns.LY_NOUNS:
                left = tail[: len(tail) - len(last)]  # "should be properly and peacefully resolved"
                continue
        after_ly = False
        last = last.lower()
        if last not in L.strip_last or tail.lower() in L.pair_words:
            break  # the usual case: the subject ends right before the verb ("Both" alone is one)
        m = L.strip_re.search(left, max(0, len(left) - 40))
        if not m or m.end() == 0:
            break
        word = m.group(0).strip().lower()
        if word in L.negations:
            negated = True
            if word == "no":
                bare = True  # "Kenya has no plan to ...", as "does not plan to"
        elif word in ("was", "is", "were", "are", "has been", "have been", "been"):
            passive = True
        elif word in ("do", "does", "did") or word.endswith(" to"):
            bare = True
        left = left[: m.start()]
    return left, negated, passive, bare


# Small patterns used per predicate.  They are matched in place (``pattern.match(text, pos,
# endpos)``) rather than on slices: none of them looks behind its start, so the result is the same.
_TO_NEXT = _rc(r"\s+to\s")
_THAT_NEXT = _rc(r"\s+that\s")
# phrases whose "with" takes a noun, never an absolute clause
_WITH_A_NOUN = _rc(r"\b(?:accordance|line|conformity|compliance|keeping|consistent|compatible|consultation|cooperation"
                          r"|coordination|partnership|together|along|agreement|comply|complies|associated|aligned)\s+$", re.I)
_TO_ONLY = _rc(r"\s+to\s+")
_COORDINATED = _rc(r"(?:,|;|\band)\s*$")
# the subjects of a reported clause that stand for the one who reports ("Kenya said it would ...")
# a list set off by commas, open to the end: "..., including gold, coltan and tin"
_OF_OTHER_BODY = _rc(r"\bof\s+(?:the\s+)?(?!(?:Member\s+States|Parties|Participants|Signatories|two|three|both|our)\b)[A-Z]")
_LIST_ASIDE_OPEN = _rc(r",\s+(?:including|such\s+as|notably|in\s+particular|particularly|especially)\b[^;:]*\Z")


def _remember_subject(st, si: int, L, ctx: _Ctx) -> None:
    """Who a sentence that takes no position is about, where that is one person or party: "The
    Prime Minister also raised the situation in the Middle East. He urged ..." ("He" is the Prime
    Minister, not whoever took the last position)."""
    s = st.sentences[si]
    m = _SUBJECT_FIRST.match(st.text, s.start, s.end)
    if m is None or m.group(1).split()[0].lower() in _FIRST_PERSON or m.group(1).lower() in _REPORTED_PRONOUNS:
        return
    got = _resolve(_ADVERB_LAST.sub("", m.group(1)), L, ctx)
    if got is not None and not got[1] and got[0] not in ("both", "all"):
        ctx.remember(got[0], at=si)


_ADVERB_LAST = _rc(r"\s+(?:also|further|then|later|again|[a-z]+ly)$")
_AND_BEFORE = _rc(r",?\s+and\s+$")
_REPORTED_PRONOUNS = frozenset(["it", "they", "he", "she", "his government", "her government", "his country", "her country"])
_NOUN_AND = _rc(r"\b[a-z]+s\s+(?:and|or)\s+$")  # "its interests and (values)"
# a lead-in that only points to the positions listed after it: "agreed to the following commitments:"
# ("agreed on the following:" over items that each take a position: no position of its own)
_FOLLOWING_ALONE = _rc(r"(?:(?:on|to|upon)\s+)?the\s+following\s*:?|as\s+follows\s*:?", re.I)
_FOLLOWING_ONLY = _rc(r"(?:(?:on|to|upon)\s+)?the\s+following(?:\s+(?:new\s+|key\s+|main\s+|specific\s+)?[a-z]+)?\s*[:.]?", re.I)
_POINTS_TO_POSITIONS = _rc(r"\bfollowing\s+(?:commitments|deliverables|outcomes|actions|steps|measures|decisions|undertakings"
                                  r"|areas(?:\s+of\s+cooperation)?|priorities|initiatives)\b", re.I)
# a verb with an object of its own ("and reaffirmed their commitment"), not a participle before a
# noun ("and shared prosperity", "and agreed targets") or an agent ("and adopted by the UN")
_TAKES_OBJECT = _rc(r"\s+(?:(?:their|its|our|the|a|an|that|to|new|additional|further|up|more\s+than|over|about|around|nearly"
                           r"|approximately|some|at\s+least)\b|" + _SIGN + r"|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)")
# a sentence's subject before its first past-tense verb ("The two sides held ...")
_SUBJECT_FIRST = _rc(r"\s*(?:(?:Today|Yesterday|(?:[IO]n|Through|Under|At|Via|With|During|Since|Following|Building\son|As\spart\sof)\s[^,;:()]{1,40}?),\s+)?((?:[Tt]he\s+)?[A-Z][^,;:()]{0,80}?|the\s+[a-z][^,;:()]{0,80}?)\s+(?:(?:has|have|had)\s+(?:(?:also|already|not\s+yet|not)\s+)?)?(?:[a-z]+ed|held|met|made|gave|took|had|raised|sent|paid|led|saw|set|spoke|began|went|came|oversaw|underwent"
                            r"|(?:is|are|was|were)\s+(?:(?:also|already|now|currently|still)\s+)?[a-z]{3,}ing)\b")  # ("Japan is providing ..., and will ...")
# the same before a first present-tense verb ("Poland already spends ...")
_SUBJECT_FIRST_S = _rc(r"\s*((?:[Tt]he\s+)?[A-Z][^,;:()]{0,80}?)\s+(?:(?:already|also|now|currently|still|\w+ly)\s+)?[a-z]+[^s\W]s\b")
_NOT_A_VERB = frozenset(["and", "or", "of", "for", "in", "on", "to", "with", "the", "from", "at", "by", "as", "also", "both", "together", "jointly"])


def _plural_subject_first(text: str, start: int, end: int, L, ctx: _Ctx):
    """The actor of the shortest opening of a sentence that reads as a plural actor and is
    followed by a word in lower case (the verb): "The two sides designate ...", "Japan and
    Korea recognise ..."; None when no opening of up to eight words does."""
    lead = text[start:end]
    for k, m in enumerate(re.finditer(r"\s+([a-z]+)\b", lead)):
        if k >= 8 or any(c in lead[:m.start()] for c in ",;:()"):
            return None
        if m.group(1) in _NOT_A_VERB:
            continue
        res = _resolve(lead[:m.start()], L, ctx)
        if res is not None:
            return res if res[1] else None
    return None


# a word of time used as an adjective: "a weekly bulletin", "its monthly stipend"
_MODIFIER_BEFORE = _rc(r"(?:\b(?:a|an|the|its|their|our)|['’]s)\s+$")
_RELATIVE_BETWEEN = _rc(r",\s*(?:which|who|where)\b")
# what is held the best way: "... as the most serious, realistic and credible basis", "... to be a viable solution"
_AS_THE_BEST = _rc(r"[^;:]{1,160}?\s(?:as|to\s+be)\s+(?:the\s+|an?\s+)?(?:(?:most|best|only|sole|serious|credible|realistic|viable"
                   r"|sound|valid|appropriate|practical|good)[\s,]+(?:and\s+)?){1,5}"
                   r"(?:basis|bases|solution|way|path|option|framework|avenue|means|approach|foundation|vehicle|mechanism)\b")
# a relative clause set off by a comma, with its preposition: ", to which", ", under whose", ", where"
_RELATIVE_OPENS = _rc(r",\s*(?:(?:to|for|from|with|in|by|under|through|of|at|on)\s+)?(?:which|whom|whose|who|where)\b")
_RELATIVE_MODAL = _rc(r",\s*(?:which|who)\s+(?:will|would|shall|is|are|was|were|has|have)\b")


# (a thing given, with its article or number: "one icebreaker", "the icebreaker ARA Almirante
# Irizar", "two aircraft", "its expertise"; not "heavily in the region", "in the project")
_THING_GIVEN = _rc(r"\s*(?:an?|the|its|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!(?:of|in|to|for)\b)[a-z]", re.I)


_PAST_YEAR_AFTER = _rc(r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/]\d)")


def _dated_past(text: str, e0: int, end: int, year_now: int) -> bool:
    """Whether the words right after a number date it to a past year, in its clause: "4.5 million
    visitors in 2024" said in 2026 is a count of what was."""
    m = _PAST_YEAR_AFTER.match(text, e0, end)
    return m is not None and int(m.group(1)) < year_now and not _CLAUSE_IN.search(text, e0, m.start(1))


_CLAUSE_IN = _rc(r"[,;:]|\b(?:will|shall|by|to|and|from)\b")


_PERFECT_GAP = _rc(r"\s*(has|have)\s+(?:(?:also|already|jointly|further|now|today|recently)\s+)?")


# a report after what it reports, closing the sentence: "..., the leaders agreed.", "..., both sides said."
# (not a relative clause nor one more clause: "..., which Argentina supports.", "..., and the two sides agreed.")
_REPORTED_BEFORE = _rc(r"\s*(?P<what>[^;:]{12,}?)\s*,\s+(?!(?:and|but|or|which|that|who|whom|as|while|he|she|it|they|we)\b)"
                              r"(?:the\s+|both\s+|all\s+)?[\w\s'’-]{2,60}?\s+(?P<v>agreed|agree|concurred|noted|stressed|emphasi[sz]ed"
                              r"|underlined|underscored|affirmed|reaffirmed|reconfirmed|recognized|recognised|acknowledged|believe|consider)\s*[.!]?\s*")
_BINDS_IN = _rc(r"\b(?:will|shall)\b")


def _in_relative(text: str, lo: int, hi: int) -> bool:
    """Whether ``hi`` is inside a relative clause opened after ``lo`` and not closed by a comma:
    the "and will meet" of "the Council, which will be co-chaired by the two and will meet"."""
    last = None
    for last in _RELATIVE_MODAL.finditer(text, lo, hi):
        pass
    return last is not None and "," not in text[last.end():hi] and ";" not in text[last.end():hi]


_RELATIVE_SET_OFF = _rc(r"\b(?:which|who)\s*,[^,;]{1,60},\s*$")  # "which, when completed, "
_DANGLING = frozenset(["the", "a", "an", "of", "by", "to", "for", "in", "on", "and", "or", "with", "at", "from"])
_ACCORDING = _rc(r"\baccording\s+to\b", re.I)
_SHARED_BEFORE = _rc(r"\bthe\s+(?:shared|mutual|joint|common|collective)\s+$")  # ("recalled the shared commitment")
_POSSESSIVE_BEFORE = _rc(r"\b(?:its|their|our|his|her)\b")
# a clause about another text: "Resolution 2231, under which sanctions shall be lifted ..."
_UNDER_WHICH = _rc(r"\b(?:under|by|in|through|according\s+to|pursuant\s+to)\s+which\b|\bwhereby\b")
_NOTHING = _rc(r"\s*(?:Nothing|No\s+(?!less\b|more\b|fewer\b|later\b)|None\b|Neither)", re.I)
# what a text's own words undergo: "shall be construed", "shall be interpreted", "shall be deemed"
_SHALL_NOT_ACT = _rc(r"\s+(?:not\s+)?be\s+(?:construed|interpreted|deemed|understood|considered|read|regarded|governed|subject)\b")
_A_NEW = _rc(r"\s*(?:A|An|a|an)\s+")  # "A working group ...", "A Joint Working Group on Trade ..."
_NEXT_MEETING = _rc(
    r"\s*(?:(?:The|the)\s+(?i:next|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))|A|An|a|an)\s+"
    r"(?:(?:joint|new|first|high-level|annual|[A-Z][\w-]*['’]?|\d\+\d)\s+(?:(?:and|&)\s+(?=[A-Z]))?){0,6}"  # ("Foreign and Defence Ministers' Meeting")
    r"(?:meeting|session|round|summit|dialogue|consultations?|talks|edition|forum|conference|exhibition|fair|expo"
    r"|Meeting|Session|Round|Summit|Dialogue|Consultations?|Talks|Forum|Conference|Exhibition|Fair|Expo)\b")
def _whole_meeting(text: str, start: int, end: int) -> bool:
    """A sentence whose whole subject names the next meeting, with an "and" in its name that
    split the clause ("The Third Foreign and Defence Ministers' Meeting will be held ...")."""
    m = _NEXT_MEETING.match(text, start, end)
    return bool(m) and not text[m.end():end].strip()


_CO_HOSTED = _rc(r"\s+(?:also\s+)?be\s+(?:co-?hosted|co-?organi[sz]ed|co-?chaired|jointly\s+(?:hosted|organi[sz]ed))\b(?!\s+by\b)")
_MEETS = _rc(r"\s+(?:also\s+)?(?:be\s+(?:held|convened|hosted|organi[sz]ed)(?!\s+by\b)|take\s+place|convene)\b")
# "will be established by the two Ministries": a modal's passive with its agent
_PASSIVE_BY = _rc(
    r"\s+(?:not\s+)?(?:also\s+|jointly\s+)?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght|t)\b[^.;:]{0,80}?\s+by\s+"
    # (not a day or a time: "reviewed by June 2027", "by mid-2026")
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|mid|early|late)\b"
    r"|(?:the\s+)?(?:end|start|beginning|middle|close|time)\s+of\b|year-end\b|(?:19|20)\d\d\b)"
    r"(?P<agent>(?:the\s+)?[A-Za-z][^,.;:()]{0,80}?)(?=\s+(?:within|by|before|after|in|on|at|from|for|to|through|during|under|until|no later than|as|with|over|across)\b|\s*[,.;:(]|\s*$)"
)
_BARE_PLURAL = _rc(r"(?!(?:both|all|each|either|neither)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?s")
# what one receives from a giver named after "from": "will receive $20 million from the United
# States to ...", "will obtain two patrol vessels from Japan" (not "from 2027", "from its budget")
_RECEIVES_FROM = _rc(
    r"\s+(?:not\s+)?(?:also\s+|then\s+|jointly\s+)?(?:receive|obtain|get|secure|be\s+given|be\s+granted)\s+(?![Aa]ccess\b)[^.;:]{0,80}?\s+from\s+"
    r"(?P<agent>(?:the\s+)?[A-Z][^,.;:()]{0,80}?|(?:both|the\s+two|the\s+three)\s+(?:governments|sides|countries))"
    r"(?=\s+(?:within|by|before|after|in|on|at|for|to|through|during|under|until|over|as|with|starting|from)\b|\s*[,.;:(]|\s*$)"
)
# After a participle set off by a comma, the words that show it describes a thing ("the
# Agreement, signed in Manila", "the Dialogue, launched last year") rather than a new action
# an item's label before a colon: "Open RAN in Palau: ..."
_LABEL_COLON = _rc(r"[^.:;,]{2,60}:\s")
# verbs whose participle after a comma, then "to", describes the noun before it: ", expected to carry"
_PASSIVE_TO = frozenset(["expect", "schedule", "set", "due", "design", "intend", "plan", "slate", "project", "estimate"])
_REDUCED_RELATIVE = _rc(
    r"\s+(?:in|on|at|by|during|last|earlier|this|under|between|from|with|since|through|recently|previously|"
    r"jointly|together|two|three|several|a\s+(?:year|decade|month)|\d)\b|\s*[,.;]"
)
# (a "not" that says yes, and the words it goes with: "will not hesitate to act", "will not fail to
# support", "will not only cut tariffs but also ...")
_LITOTES = _rc(r"(?:(?:hesitate|fail)\s+to|only|merely|just|simply)\s+")
_NOT_BEFORE = _rc(r"\bnot\b")
_NOT_NEXT = _rc(r"\s+(?:not\b(?!\s+(?:only|merely|just|simply|hesitate|fail)\b)|never\b|no\s+longer\b|neither\b)")  # (not "will not only ... but also")
_TO_END = _rc(r"\bto\s*$")
_NOT_TO = _rc(r"not\s+to\b")
_MODAL_ADVERBS = _rc(
    r"(?:\s+(?:not|also|further|jointly|together|continue to|each|both|all|now|then|soon|swiftly|quickly))*\s+"
)
_THAT_FIRST = _rc(r"\s+that\b")
# (but a body the parties direct is mandated either way: "requested that the ASEAN Secretariat submit ...")
_OWN_BODY = (r"(?:the\s+|their\s+|our\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Secretariat|Commission|[Oo]fficials|"
             r"Senior\s+Officials(?:['’]\s+Meeting)?|Working\s+Group|Committee|Task\s+Force|Ministers|Ministries|Permanent\s+Council"
             r"|Co-Chairs|Co-chairs|Chairs|Sherpas|Ambassadors|Governors|Negotiators|Envoys|Secretaries|Coordinators|Group|Team)\b"
             r"|(?:the\s+)?Joint\s+[A-Z]")
_THAT_OWN_BODY = _rc(r"\s+that\s+" + _OWN_BODY)
# whom a request asks to act, where the parties direct them: "requested the ASEAN Secretariat to
# convene", "the Chairperson of the AU Commission to", "our officials to", "their ministers to"
_OWN_ASKED = _rc(r"\s*(?:(?:their|our|its)\s+[^,;.]{1,60}?|" + _OWN_BODY + r"(?:\s+(?:of|on|for|and)\s+[^,;.]{1,80}?)?|(?:the\s+)?Chair(?:person|man)?\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w-]*\s+){0,3}(?:Commission|Council|Committee|Forum)\b[^,;.]{0,40}?)\s+to\s")
# whom a request asks by name (a body, an institution, an office): "asked the OECD to", "the United
# Nations Secretary-General to"
_ASKED_WORD = r"[A-Z][\w'’.-]*(?:\s*\([A-Z][\w&-]{1,12}\))?"
_NAMED_ASKED = _rc(rf"\s*(?:the\s+)?{_ASKED_WORD}(?:(?:\s+(?:of|for|and|on|the|&))*\s+{_ASKED_WORD}){{0,10}}\s+to\s")
_MODAL_ASIDE = _rc(r"\s*,[^,;:.()]{1,80},")  # a phrase set off by commas right after a modal
_ADJ_LINK = _rc(r"\s+(?:to|that|about|with|by|for)\s+")
# ("agreed to: establish ...", and when it was agreed: "agreed on 3 March to set up ...", "agreed
# today to ...")
_VERB_LINK = _rc(
    r"\s*(?:(?:today|yesterday|on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|in\s+[A-Z][a-z]+|in\s+(?:19|20)\d\d)"
    r"(?:,?\s+\d{4})?(?:,\s*[^,;.:]{1,40})?,?\s+(?=to\s[a-z])"
    # (or set off by commas, or where: "agreed on Tuesday, 3 March, to ...", "agreed, in principle, to
    # ...", "agreed at their meeting on 3 March to ...")
    r"|,\s*[^,;.:]{1,40},\s+(?=to\s[a-z])|at\s+(?:the|their|its)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+(?:on|in)\s+[^,;.:]{1,20}?)?\s+(?=to\s[a-z]))?"
    r"(?:(?:to|on|upon|that):?\s+(?=[a-z]))?")
_WORD_RUN = _rc(r"[\w.'’-]+")
_NAME_SEP = _rc(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_MANNER = _rc(r"with\s+(?:(?:deep|grave|great|serious|particular|profound|much|growing|sincere)\s+)?"
                     r"(?:concern|appreciation|satisfaction|interest|regret|gratitude|pleasure|alarm|dismay|approval)\s*,?\s+"
                     r"(?=that\b|the\b|a\b|an\b|its\b|their\b|this\b|these\b|[A-Z])")
# ", and the Prime Minister said": a new clause, its reporter's (the comma and "and" end the last)
_AND_BEFORE_REPORT = _rc(r"(,)\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+"
                                r"(?:said|stated|noted|added|announced|confirmed|indicated|explained|replied|responded)\s+(?:that\s+)?$")
_BUT_BEFORE = _rc(r",\s+but\s+$")
_DENIED_BEFORE = _rc(r"\b(?:did|do|does|could|can)\s+not\b|\b(?:didn['’]t|couldn['’]t|cannot)\b")
_FROM_BEFORE = _rc(r"\bfrom\s+$")
# (what may follow a starting figure before the "to" of its target: "from 96% of GDP to", "from USD 5 billion in 2024 to")
_TO_AFTER = _rc(r"(?:\s+(?:of|in)\s+[\w$%-]+(?:\s+\d{4})?)?\s+to\s+(?:(?:below|above|under|over|about|around|at\s+least|more\s+than|less\s+than)\s+)?[$€£¥₹\dA-Z]")
_ACRONYM_AFTER = _rc(r"\s*\((?:the\s+)?[A-Za-z][\w.&’'-]{1,15}(?:\s+[A-Z][\w.&’'-]{1,15}){0,2}\)(?=\s|,|$)")  # ("(OCP Group)" too)
_OPENING_THREE = _rc(r"[A-Za-z]+\s+[a-z]+\s+[a-z]+\b")
_OPENING_TWO = _rc(r"[A-Za-z]+\s+[a-z]+\b")
_OPENING_ONE = _rc(r"[A-Za-z]+\b")
_REPORTS_FACTS = frozenset(["announce", "declare", "confirm", "state"])
# verbs whose "that" clause states the position itself: "pledged that it would double its aid"
_REPORTS_POSITIONS = _REPORTS_FACTS | {"pledge", "promise", "assure", "undertake", "agree"}
# what a person says of their country's own pledge ("Prime Minister Albanese announced that
# Australia would provide ..."), unlike a confirmation of someone else's
_RESTATES = frozenset(["reiterate", "reaffirm", "reconfirm", "restate", "stress", "emphasize", "emphasise", "underline", "underscore"])
_ANNOUNCES = frozenset(["announce", "declare", "pledge", "promise"])
_MADE_VISITS = frozenset(["undertake", "pay", "make", "conduct"])
_A_VISIT = _rc(r"\s*(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission)\b", re.I)


def _is_party(entity: dict, st) -> bool:
    """Whether an entity is one of the statement's parties, by its name or its acronym, or the
    body whose communiqué it is (an organization the title names)."""
    return entity["name"] in st.parties or (entity.get("acronym") or "") in st.parties or (
        entity["type"] == "organization" and entity["name"] in (st.title or ""))


def _is_body(actor: str, L, ctx) -> bool:
    """Whether an actor is one of a party's bodies or firms, as named: no country, no party, no
    group of them, no person."""
    return actor not in ("both", "all") and actor not in ctx.parties and actor not in L.country_names \
        and actor not in ctx.people and " and " not in actor


def _aux_start(text: str, at: int) -> int:
    """Where a verb's perfect auxiliary begins ("has approved"), else the verb's own start."""
    m = _PERFECT_BEFORE.search(text, max(0, at - 24), at)
    return m.start() if m else at


_THAT_GAP = _rc(r"\s+that\s+(?:[\w.'’-]+\s+){0,10}?(?:\([A-Za-z]{2,10}\)\s+)?(?:also\s+)?")  # "announced that it will", "that the Government of India will", "that the Fund (PIF) will"
_THAT_AFTER = _rc(r"\s+that\b")
_NOT_TO_AT = _rc(r"(?:not\s+)?to\s")
# a target that opens on a verb ("provide ...", "not to allow ..."), not on a noun ("the Paris Agreement targets")
# what a commitment is to, when it is an act ("to work together", "to achieving", "to jointly build"),
# not a principle or a thing ("to multilateralism", "to the Paris Agreement", "to an open region")
_WORD_AFTER_TO = _rc(r"\s+(?:(?:jointly|further|fully|continue\s+to|effectively|closely|actively)\s+)?([A-Za-z][a-z-]*)")
_NOT_ACTS = frozenset("the a an its their our this these those his her all any each every both peace democracy security stability "
                      "dialogue cooperation free fair open international human nuclear women children people multilateral "
                      "sovereignty unity solidarity freedom justice prosperity growth".split())
_NOUN_ENDINGS = ("ism", "tion", "sion", "ity", "ment", "ness", "ance", "ence", "ship", "cy", "al", "ic", "able", "ible", "ive", "ous",
                 "ful", "ry", "ty", "ure", "ics")


_OBJECT_NEXT = _rc(r"\s+(?:it|them|this|these|those|the|its|their|our|all|a|an|together|jointly|further)\b")
_ACT_NOUN_AFTER_TO = _rc(r"\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?:tion|sion|ment|ance|al)\s+of\b")
# (a year, not one that opens a name: "the 2050 Strategy for the Blue Pacific Continent")
_YEAR_IN = _rc(r"\b(?:19|20)\d\d\b(?![ \t]+[A-Z])")
# a second object that is an act: "... to the 2030 Agenda and to limiting global warming to 1.5°C"
_AND_TO_ACT = _rc(r"\band\s+to\s+([a-z]+ing)\b")


# where what a commitment is to ends: a relative clause, or the subject's next verb ("their
# commitment to the Paris Agreement and agreed to cooperate ... by 2030")
_TO_WHAT_ENDS = _rc(r",\s+(?:which|who|whose)\b|;|\.(?:\s|$)|\s+and\s+(?:also\s+)?(?:[a-z]+ed|will|shall|would)\b")
# a year that dates a thing named before it, no deadline: "the Treaty ... of 16 June 1994", "since 1992"
_NAME_BEFORE_YEAR = _rc(r"\b(?!(?:In|By|Until|Since|From|Before|After)\b)[A-Z][a-z]+\s+$")
_DATED_BEFORE = _rc(r"(?:\bof|\bsince|\bsigned\s+in)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?$")


_SEIZED = _rc(r"\s*(?:to\s+)?remain\s+(?:actively\s+)?seized\s+of\b", re.I)
_ISSUE_THIS_TEXT = _rc(r"\s*(?:to\s+)?(?:issue|release|publish|adopt|make\s+public)\s+(?:this|the\s+(?:following|present))\s+"
                              r"(?:(?:joint|final|press)\s+)?(?:statement|declaration|communiqu[eé]|press\s+release|conclusions)\s*[.:]?\s*$",
                              re.I)
# (its own modal after "and" is a row of its own: "remain seized of the matter and will review ...")
_SEIZED_AND = _rc(r"\s+(?:the|this)\s+(?:matter|situation|issue|question)\s*,?\s+and\s+(?:to\s+)?(?=[a-z])"
                  r"(?!(?:will|shall|would|can|could|may|must|should)\b)")
_PRINCIPLE_GERUNDS = frozenset(["upholding", "respecting", "observing", "honouring", "honoring", "abiding", "adhering",
                                "preserving", "safeguarding", "defending"])


def _act_after_to(text: str, at: int, end: int) -> bool:
    stop = _TO_WHAT_ENDS.search(text, at, end)
    end = stop.start() if stop else end
    # (nor a year that ends a name: "Agenda 2063", "Vision 2030")
    year = next((y for y in _YEAR_IN.finditer(text, at, end) if not _DATED_BEFORE.search(text, max(0, y.start() - 24), y.start())
                 and not _NAME_BEFORE_YEAR.search(text, max(0, y.start() - 16), y.start())), None)
    if _ACT_NOUN_AFTER_TO.match(text, at) or year or any(
            a.group(1) not in _PRINCIPLE_GERUNDS for a in _AND_TO_ACT.finditer(text, at, end)):
        return True  # ("to the full implementation of the Paris Agreement by 2030": an act, named by its noun)
    m = _WORD_AFTER_TO.match(text, at)
    if m is None:
        return False
    w = m.group(1)
    if w.lower() in _PRINCIPLE_GERUNDS:
        return False  # ("to upholding international law", "to respecting sovereignty": a principle held, no act)
    if w.endswith("ing"):
        return True  # ("to achieving", "to working")
    if w.islower() and w not in _NOT_ACTS and _OBJECT_NEXT.match(text, m.end()):
        return True  # ("to implement it fully", "to document the cases": a verb and its object)
    return w.islower() and w not in _NOT_ACTS and not w.endswith(_NOUN_ENDINGS)


_VERB_FIRST = _rc(r"(?:not\s+)?(?:to\s+)?(?!(?:the|a|an|its|their|our|this|these|those|his|her)\b)[a-z]+\b")
_NEXT_CLAUSE = _rc(r"[,;]\s+(?:and|but|while)\s+(?!that\b)")
_AND_THAT = _rc(r"\band\s+that\b")  # ("... were productive and that Kenya hosts the next round": an act too)
_RELATIVE_AFTER = _rc(r",\s+(?:which|who|whose)\b")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause opened at ``start`` gives way to the next one of the sentence
    ("... is important, and will hold talks"): a comma before the phrase it holds
    ("..., estimated in US$ 6,700 million, shall be reviewed") does not end it."""
    m = _NEXT_CLAUSE.search(text, start, end)
    return m.start() if m else end
_FUTURE = _rc(r"\b(?:will|shall|would|is to|are to|plans? to|intends? to|aims? to|is going to|are going to)\b", re.I)
# what stands for each of the parties: "side", "party" ... or, after "of", "the two sides", "us"
_ONE_PARTY = r"side|party|country|government|leader|partner|participant|signatory|state|member(?:\s+state)?"
_ALL_PARTIES = (r"us|them|(?:the\s+|our\s+)?(?:two\s+)?(?:sides|parties|leaders|countries|governments|partners|participants"
                r"|signatories|states|members|member\s+states)")
_NEITHER = _rc(rf"(?i:neither)\s+(?i:{_ONE_PARTY}|of\s+(?:{_ALL_PARTIES}))")
_NEITHER_NOR = _rc(r"(?i:neither)\s+(.+?)\s+nor\s+(.+)")
# a subject that denies for each of its members: "No party shall use force", "no NB8 country will
# import Russian gas", "None of the parties will deploy troops"
_NO_ONE = _rc(r"(?:No|no|NO)\s+(?P<one>\S.*)|(?:None|none|NONE)\s+of\s+(?P<many>\S.*)")
_ANY_ONE = _rc(rf"(?i:{_ONE_PARTY}|{_ALL_PARTIES})")
_NOT_BEFORE_VERB = frozenset(
    "the a an their its our his her my your these those this of for with by from in on at into whose".split()
)
_MODAL_BEFORE = _rc(r"(?:^|(?<=\W))(?:will|shall|would|could|should|may|might|must|can|cannot|won't|to)\s*$", re.I)
_MODAL_ENDINGS = ("will", "shall", "would", "could", "should", "may", "might", "must", "can", "cannot", "won't", "to")


_OF_OWNER = _rc(r"\b(?:of|by)\s+(?:the\s+)?[A-Z]")


def _sets_up_a_body(text: str, lo: int, hi: int, sent_start: int, L) -> bool:
    """Whether the subject ``text[lo:hi]`` ("A working group on border crossings") is a new body
    of the parties' own: a body noun, and no one else's mark on it. Capitalized words are allowed
    only in the body's own name ("A Joint Working Group on Trade"), not as an owner ("A China-funded
    centre", "A committee of the African Union", "A G20 task force"); "according to ..." reports."""
    subject = text[lo:hi]
    body = L.body_noun_re.search(subject)
    if body is None or "'" in subject or "’" in subject:
        return False
    words = subject.split()[1:]
    if not body.group()[:1].isupper():
        # (capitalized words that name no owner are the thing's own: "An Open RAN field trial")
        for w in words:
            core = w.strip(",")
            if (core[:1].isupper() or core[:1].isdigit()) and (
                    any(p in L.adjective or p in L.all_country_forms for p in re.split(r"[-–]", core))
                    or L.multilateral_re.search(core) or core[:1].isdigit()):
                return False
        if _OF_OWNER.search(subject):
            return False  # "A committee of the African Union"
    if any(w in L.adjective or w.strip(",") in L.all_country_forms for w in words):
        return False  # "A Brazilian team ..."
    return not _ACCORDING.search(text, sent_start, lo)


def _after_modal(left: str) -> bool:
    """True when ``left`` ends with a modal or "to" (the verb after it completes that clause)."""
    tail = left.rstrip()[-6:]
    # the usual case, answered without the pattern: the text does not end with one of the
    # words (for ASCII text, lower-casing is exactly the pattern's case folding)
    if tail.isascii() and not tail.lower().endswith(_MODAL_ENDINGS):
        return False
    return bool(_MODAL_BEFORE.search(left, max(0, len(left) - 12)))


def _cls_of(h) -> str:
    if h["kind"] == "modal":
        return "modal"
    if h["kind"] == "adj":
        be = h["be"]
        return "past" if be in ("were", "was", "remained", "stood", "felt") else ("s" if be in ("is", "remains", "stands") else "base")
    return h["cls"]


# (not "commit": "atrocities committed by ..."; nor "announce": "export controls announced by China")
_PLEDGED_BY = frozenset(["pledge", "promise"])
_BY_AGENT = _rc(r"\s+by\s+((?:the\s+)?[A-Z][^,;:()]{0,80}?)(?=\s+(?:to|for|in|at|under|through|towards?|on|as|with|and\s+(?:will|shall|to))\b|\s*[,;.:()]|\s*$)")
# "shared" before a noun it describes, in a list of nouns: "mutual respect, shared prosperity and ..."
_SHARED_ADJ = _rc(r"shared\s+(?:[A-Z][\w-]*\s+)?(?:prosperity|values|vision|future|goals?|interests?|responsibilit(?:y|ies)|history|heritage"
                         r"|concerns?|objectives?|principles|priorities|commitment|understanding|destiny|challenges|security"
                         r"|growth|borders?|waters|resources|aspirations|ambitions?|democratic\s+values)\b")
_LIST_BEFORE = _rc(r"(?:,|\band|\bor|\bof|\bin|\bon|\bby)\s+$")
# a participle and its agent after a noun: "the Register of Damage established by the Council of Europe"
_PARTICIPLE_BY = _rc(r"\s+by\s+(?:the\s+)?[A-Z]")
_BE_BEFORE = _rc(r"\b(?:has|have|had|was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
# the determiner of the noun a participle describes: "the USD 10 million contribution pledged by ..."
_DETERMINER = _rc(r"\b(?:the|a|an|its|their)\s")
_AUX = frozenset(["has", "have", "had", "was", "were", "been", "be"])
_NOT_YET = _rc(r"\bnot\s+(?:yet\s+)?$")


def _pledged_by(st, si: int, h: dict, L, ctx: _Ctx) -> dict | None:
    """A pledge written as a participle after its noun, with its agent after "by"; None when
    the words before are a clause's subject ("Japan pledged by ...") or the agent no actor."""
    text, s = st.text, st.sentences[si]
    vs, ve = h["start"], h["end"]
    agent = _BY_AGENT.match(text, ve, s.end)
    lo = max(s.start, vs - 70)
    noun = None
    for noun in _DETERMINER.finditer(text, lo, vs):  # (the last one: the noun's own)
        pass
    if agent is None or noun is None or any(c in text[noun.start():vs] for c in ",;:()"):
        return None
    before = text[max(s.start, vs - 12):vs].split()
    if before and before[-1] in _AUX:
        return None  # ("has pledged", "was pledged by": a clause of its own, read as usual)
    res = _resolve(agent.group(1), L, ctx)
    if res is None:
        return None
    rec = _predicate(st, si, h, L)
    negated = bool(_NOT_YET.search(text, max(s.start, vs - 16), vs))  # ("the debt relief not yet pledged by Japan")
    rec.update(actor=res[0], negated=negated, cut=None, disp=noun.start(), cls="past", verb_start=vs, verb_end=ve,
               hit="verb", target_start=noun.start())
    return rec


# an item's mark right before its verb, inside one sentence: "; (ii) noted ...", ": (i) endorsed ..."
_INLINE_MARK_END = _rc(r"(?:(?<=[:;,])|(?<=\band)|(?<=\bor))\s*\(?([a-z]|[ivx]{1,4}|\d{1,2})\)\s*$")
_SUBJECT_COLON = _rc(r"\s*[^:;,()]{1,80}:\s*")  # ("Leaders:", "The Ministers:")


_AND_CONDITION = _rc(r",?\s+and\s*,?\s+(?=(?:should|if|once|unless|provided\s+that)\s+[^,;.]{3,120},\s*"
                            r"(?:the|we|they|both|each|will|shall|would|[A-Z]))")  # (and its own modal: "and, once ..., will end")
_CONDITION_OPENS_CLAUSE = _rc(r"(?:,|\band)\s+((?:should|if|once|unless|provided\s+that)\s+[^,;.]{3,120}),\s*$")
_AND_TOLD_THAT = _rc(r",?\s+and\s+(?:also\s+)?(?:announced|said|stated|noted|added|declared|stressed|underscored|underlined"
                            r"|emphasized|emphasised|reiterated|reaffirmed|reconfirmed|confirmed|informed\s+\w+)\s+that\b")
_AND_TO_NEXT = _rc(r",?\s+and\s+(?:also\s+)?to\s+(?=(?:not\s+)?(?!(?:the|a|an|their|its|our|this|that|these|those|all|each|both|other|such|any|what|which|whom|be)\b)[a-z]+\b)")
_NOT_DOING = _rc(r"not\s+(?!only\b|just\b|merely\b|simply\b|least\b|yet\b|necessarily\b)(?:to\s+)?[a-z]+\b")
_TO_SEE = _rc(r"\s+to\s+see\b")
_WAS_ACCEPTED = _rc(r",?\s+(?:and\s+the\s+invitation|which)\s+was\s+(?:(?:gladly|warmly|graciously|kindly)\s+)?(?P<v>accepted)\b")
_WHICH_ACCEPTED = _rc(r",\s*which\s+(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:has\s+|had\s+)?(?:gladly\s+|kindly\s+|gratefully\s+)?$")
# the invitation a verb extends, before whom it is to: "extended an invitation to"
_AN_INVITATION_TO = _rc(r"(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:official|formal|warm|cordial)\s+)?invitations?\s+to\s+")
_POSSESSIVE_END = _rc(r"\w['’]s?\s+$")
_DENIED_JUST_BEFORE = _rc(r"\b(?:not|never)\s+$")


def _after_named_thing(text: str, lo: int, at: int, ctx: _Ctx) -> bool:
    """Whether the words just before ``at`` end the name of an initiative, an agreement or an
    event, which a participle after it describes ("the Strategic Partnership launched in 2010")."""
    before = text[lo:at].rstrip()
    if before.endswith(")"):
        before = before[:before.rfind("(")].rstrip()  # ("the Partnership (SP) launched in 2010")
    return any(before.endswith(n) and (len(before) == len(n) or not before[-len(n) - 1].isalnum()) for n in ctx.not_actors)


# a participle or a value set off by commas after a noun: "contracts for 290 launchers, valued at
# PLN 20 billion, will ...", "the next meeting, chaired by the two Deputy Prime Ministers, will ..."
_ASIDE_PARTICIPLE = _rc(r"\s*(?:(?:jointly|currently|recently|newly|partly|also)\s+)?(?:[a-z]+(?:ed|en|wn)|held|led|made|run|set|built|"
                               r"done|worth|including|comprising|totall?ing|located|based)\b(?![^,;]*\b(?:will|shall|would)\b)")


# pronouns that are only ever subjects: no object of a preposition ("to PURL and we ...")
_SUBJECT_PRONOUNS = frozenset(("we", "they", "i", "he", "she"))
# a subject the signatories own, "our" and a noun ("Our support to Ukraine", "our cooperation")
# (an amount or a time in what is to be done: "to 1,500", "USD 2.3 billion", "by the end of 2027",
# "before the next summit", "within six months", "in the first half of 2026")
_AMOUNT_OR_TIME = _rc(r"\d|[$€£¥₹]|\b(?:by|before|within|no\s+later\s+than|until|annually|each\s+year|every)\s")
# (words that stand for what was named before: "The two will be completed by 2028")
_STANDING_FOR = frozenset(["it", "they", "this", "these", "those", "both", "the two", "the three", "each", "all", "some", "many", "most"])
_AND_OF_PORTFOLIO = _rc(r"(?<=[a-z])\s+and\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*(?=\s*$|\s*,)")
_CAPITAL_WORD = _rc(r"[A-Z][\w'’-]*")


# (who reports a pledge, not a view: "confirmed that ...", not "stressed that ...")
_PLEDGE_REPORTED = _rc(r"\b(?:announc|confirm|pledg|promis|assur|inform|undert(?:ook|ak))\w*\s+(?:that\s*)?$")
_OWNER_OF = _rc(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?\s")


def _deliverable(text: str, s, ve: int, lo: int, hi: int, L, ctx) -> bool:
    """Whether a modal's passive with no one named to do it ("Funding of NZ$4 million will be
    provided to ...") is the signatories' deliverable: a thing given or done (the codebook's
    verbs and nouns), an amount or a time in what is done (or an amount in the thing), and no
    outside country or body named as its owner or before it."""
    subject = text[lo:hi]
    if not ctx.parties or not L.deliverable_re.match(text, ve, s.end) or subject.strip().lower() in _STANDING_FOR:
        return False
    if not L.deliverable_noun_re.search(subject):
        return False  # ("Resolution 2719 will be implemented", "elections will be conducted": no thing of theirs)
    if not (_AMOUNT_OR_TIME.search(text, ve, s.end) or _AN_AMOUNT.search(text, s.start, hi)):
        return False
    if _outside_country(text[s.start:hi], L, ctx):
        return False  # ("In Sudan, ...", "Kenyan troops will be deployed ...")
    return all(_owned_by_a_party(m.group(1), L, ctx) for m in _OWNER_OF.finditer(subject))  # (not "The World Bank's loan")


def _owned_by_a_party(name: str, L, ctx) -> bool:
    name = name.removeprefix("The ").removeprefix("the ")
    return _as_party(name, ctx) is not None or (L.all_country_forms.get(name) or L.adjective.get(name)) in ctx.parties


def _outside_country(subject: str, L, ctx) -> bool:
    """Whether a subject names a country that is no party ("Russia's frozen assets", "Kenyan
    elections"): what is done to it is not plainly the parties' own deliverable."""
    for w in _CAPITAL_WORD.findall(subject):
        w = w.removesuffix("'s").removesuffix("’s")
        c = L.all_country_forms.get(w) or L.adjective.get(w)
        if c is not None and c not in ctx.parties:
            return True
    return False


_OUR_OWN = _rc(r"\s*(?:Our|our)\s+(?:(?:next|continued|joint|collective|common|ongoing|bilateral|annual)\s+)?"
                      r"(?:support|cooperation|assistance|partnership|engagement|meeting|dialogue|contributions?|work|efforts"
                      r"|commitments?|consultations|coordination|solidarity)\b")


def _sentence_records(st, si: int, hits: list[dict], L, ctx: _Ctx, nouns) -> list[dict]:
    s = st.sentences[si]
    text = st.text
    recs: list[dict] = []
    prev = None
    for k, h in enumerate(hits):
        vs, ve = h["start"], h["end"]
        if h["kind"] == "verb":
            # "their support", "the review": a noun after a determiner, not a verb (cheap test first)
            lo = max(s.start, vs - 20)
            j = max(text.rfind(" ", lo, vs - 1), lo - 1)
            if text[j + 1:vs].strip().lower() in _NOT_BEFORE_VERB:
                continue
            if _POSSESSIVE_END.search(text, max(s.start, vs - 4), vs) and h.get("cls") in ("base", "s"):
                continue  # ("the EU's support of EUR 45 million": a noun after its owner)
            lemma = h["lemma"]
            if L.needs.get(lemma) == "to" and not _TO_NEXT.match(text, ve, s.end) \
                    and not _DENIED_JUST_BEFORE.search(text, max(s.start, vs - 12), vs):
                continue  # (but "China does not seek hegemony" is a stance taken, denied)
            if L.needs.get(lemma) == "that" and not _THAT_NEXT.match(text, ve, s.end):
                continue  # ("Canada maintained that the measure is lawful", not "maintained close contacts")
            if L.needs.get(lemma) == "to or that" and not _TO_NEXT.match(text, ve, s.end) and not _THAT_NEXT.match(text, ve, s.end):
                continue  # ("proposed to hold", "proposed that negotiators meet"; not "proposed amendments")
            if lemma == "continue" and k + 1 < len(hits) and _TO_ONLY.fullmatch(text, ve, hits[k + 1]["start"]):
                continue
        if h.get("cls") == "past" and _REDUCED_RELATIVE.match(text, ve) and (
                text[max(s.start, vs - 3):vs].rstrip().endswith(",") or _after_named_thing(text, max(s.start, vs - 100), vs, ctx)):
            continue  # "the Agreement, signed in Manila in July 2024": what was done, no position
            # (nor "... and the Strategic Partnership launched in 2010": an initiative launches nothing)
        if h.get("cls") == "past" and h["lemma"] in _PASSIVE_TO and text.startswith(" to ", ve) \
                and text[max(s.start, vs - 3):vs].rstrip().endswith(","):
            continue  # "a line connecting Pará and São Paulo, expected to carry 4.5 per cent ...": said of the line
        if h.get("cls") == "past" and _SHARED_ADJ.match(text, vs, min(s.end, ve + 30)) \
                and _LIST_BEFORE.search(text, max(s.start, vs - 30), vs):
            continue  # "a partnership grounded in mutual respect, shared prosperity and ...": an adjective in a list
        if h.get("cls") == "past" and h["lemma"] not in _PLEDGED_BY and _PARTICIPLE_BY.match(text, ve) \
                and not _BE_BEFORE.search(text, max(s.start, vs - 16), vs):
            continue  # "... and the Register of Damage established by the Council of Europe": a participle, no act
        if h["kind"] == "verb" and h.get("cls") == "past" and h["lemma"] in _PLEDGED_BY:
            # "the USD 10 million contribution pledged by Thailand and the Philippines": the
            # agent's pledge, of the thing named before the participle
            pledge = _pledged_by(st, si, h, L, ctx)
            if pledge is not None:
                recs.append(pledge)  # (not the subject of what follows: it sits inside a noun phrase)
                continue
        floor = prev["verb_end"] if prev else s.start
        if prev is None and s.index == st.paragraphs[s.paragraph].sentences[0]:
            # (a dateline run into the first sentence: "Dublin, 12 March 2026 – Ireland and Mongolia today signed ...")
            dl = S._INLINE_DATELINE.match(text, s.start, min(vs, s.start + 80)) or _WIRE_PLACE.match(text, s.start, min(vs, s.start + 80))
            if dl is not None and dl.end() < vs:
                floor = dl.end()
                while floor < vs and text[floor] in "-–— \t":
                    floor += 1  # ("DUBLIN, 12 March 2026 -- Ireland ...")
        left, negated, passive, bare = _strip_left(text[floor:vs], L)
        item = _INLINE_MARK_END.search(left) if left.rstrip().endswith(")") else None
        if item is not None:
            # "Leaders: (i) endorsed the Facility; (ii) noted the pledges ...": the subject and its
            # colon, then its acts, each after its own mark (the mark no part of the subject)
            left = left[:item.start()]
            if prev is None and item.group(1) in ("a", "i", "1") and _SUBJECT_COLON.fullmatch(left):
                left = left.rstrip()[:-1]
        if h.get("progressive"):
            passive = False  # ("We are today launching ...": the "are" of the progressive, no passive)
        if _after_modal(left):
            continue
        left_end = floor + len(left)
        boundaries = [(floor, None, floor)] if prev is None else []
        for b in L.boundary_re.finditer(text, floor, left_end):
            if b.group() == "," and text[b.start() - 1:b.start()].isdigit() and text[b.end():b.end() + 1].isdigit():
                continue  # (a number's thousands, "1,100 French companies": no clause's edge)
            boundaries.append((b.end(), "and" if b.group() == "&" else b.group().lower(), b.start()))
        for b in L.said_re.finditer(text, floor, left_end):
            # "Foreign Minister Wang said China intends to ...": the subject after a verb that
            # reports, as after "said that" (not "the said agreement")
            if not text[max(floor, b.start() - 5):b.start()].lower().endswith(("the ", "this ")):
                boundaries.append((b.end(), "said", b.end()))
        if len(boundaries) > 1:
            boundaries.sort()
        cls = _cls_of(h)
        found = None  # (actor, cut, display start)
        many = False  # (whether the subject was a plural: "The authorities ... They may also ...")
        if h.get("subject"):
            # an absolute clause names its own subject ("with Spain committing ..."), and the
            # clause before ends where it opens
            sub_start, sub_end, cut = h["subject"]
            res = _resolve(text[sub_start:sub_end], L, ctx)
            if res is None:
                continue
            found = (res[0], cut, sub_start)
            boundaries = []
        for bpos, btok, bstart in boundaries:
            span = text[bpos:left_end]
            if btok in ("where", "wherein") and cls == "past" and span.split()[:1] != [] \
                    and span.split()[0].lower() not in _FIRST_PERSON and not any(b[0] > bpos for b in boundaries):
                # "the Conference held in Rome, where participants announced commitments ...": what
                # others did there (not "..., where 12 million people have been displaced, and
                # called on all parties ...": the clause closes, and the subject goes on)
                break
            if not span.strip():
                if btok in L.relative or (btok == "," and _RELATIVE_SET_OFF.search(text, max(floor, bstart - 80), left_end)):
                    break  # "..., which will carry ...", "..., which, when completed, will carry ...": the thing's
                aside = next((b for b in reversed(boundaries) if b[2] < bstart), None) if btok == "," else None
                if aside is not None and aside[1] == "," and _ASIDE_PARTICIPLE.match(text, aside[0], bstart):
                    # "noted that contracts for 290 launchers, valued at PLN 20 billion, will be
                    # financed ...": the subject is the thing before the participle set off by commas
                    head = next((b for b in reversed(boundaries) if b[2] < aside[2]), None)
                    res = _resolve(text[head[0]:aside[2]], L, ctx) if head is not None and text[head[0]:aside[2]].strip() else None
                    if res is None:
                        break
                    found = (res[0], head[2] if head[1] is not None else None, head[0])
                    break
                listed = _LIST_ASIDE_OPEN.search(text[floor:bstart]) if btok == "," else None
                head = next((b for b in reversed(boundaries) if b[2] < floor + listed.start()), None) if listed else None
                if head is not None and head[1] == "that" and text[head[0]:floor + listed.start()].strip():
                    # "stresses that the illegal exploitation of natural resources, including gold,
                    # coltan and tin, continues to fuel the conflict": the subject is the thing
                    # before the list set off by commas, not one more act of the one who stresses
                    # (not "condemned attacks on shipping, especially in the Red Sea, expressed
                    # solidarity ...": no clause of its own opens before the list)
                    at = floor + listed.start()
                    res = _resolve(text[head[0]:at], L, ctx)
                    if res is None:
                        break
                    found = (res[0], head[2], head[0])
                    break
                if prev is not None and btok == "and" and cls == "modal" and _in_relative(text, prev["verb_end"], bstart):
                    break  # "welcomed the Council, which will be co-chaired by ... and will meet annually": the Council's
                if prev is not None and btok == "and" and len(recs) >= 2 and text[max(floor, bstart - 2):bstart].strip() == ",":
                    # "welcomed the launch of the AVMA, to which the EU ... have pledged EUR 1.1 billion, and
                    # reaffirmed the goal ...": after the relative clause, the act of the clause it interrupted
                    outer = recs[-2]
                    opener = _RELATIVE_OPENS.search(text, outer["verb_end"], prev["verb_start"])
                    if opener is not None and outer["actor"] is not None and "," not in text[opener.end():prev["verb_start"]] \
                            and cls == outer["cls"] and not E._finite_re().search(text, bstart, vs):
                        # (not "..., to which Chile has pledged USD 10 million, and has committed a further
                        # USD 5 million": a verb with its own auxiliary goes on with the relative clause)
                        prev = outer
                # a bare verb after "to ..." may be one more item of the infinitive list
                if prev is not None and btok is not None and (
                    cls == "modal" or (cls == prev["cls"] and (not prev["infinitival"] or cls != "base"))
                    # "did not agree to new bases but agreed to expand cooperation": the same subject
                    or (btok == "but" and cls in ("past", "s", "modal"))
                    # "rejects any unconstitutional change and does not recognize ...": the same
                    # subject, denying
                    or (btok in ("and", "but") and bare and negated and prev["cls"] in ("s", "past"))
                    # "did not agree on return hubs and agreed to continue discussions": the same
                    # subject, now agreeing
                    or (btok == "and" and prev["negated"] and cls in ("past", "s") and h["kind"] == "verb")
                    # "Norway will provide ..., and intends to ...": the same single subject
                    or (cls == "s" and prev["cls"] == "modal" and prev["actor"] not in ("both", "all")
                        and " and " not in prev["actor"])
                    # "remain committed to the roadmap and reaffirmed their commitment to ...": a
                    # state, then what the same subject did
                    or (btok == "and" and cls == "past" and prev.get("hit") == "adj" and _TAKES_OBJECT.match(text, ve))
                    # "The Chinese side highly appreciates Egypt's efforts ..., and announced an
                    # additional 100 million yuan ...": one more act of the same subject, after a comma
                    or (btok == "and" and h["kind"] == "verb" and cls in ("past", "s") and prev["cls"] in ("past", "s")
                        and text[max(floor, bstart - 2):bstart].strip() == "," and _TAKES_OBJECT.match(text, ve))
                    # "The Kenyan side appreciated the GCI, and is willing to join ...": a state of the
                    # same subject, after a comma
                    or (btok == "and" and h["kind"] == "adj" and prev["cls"] in ("past", "s")
                        and text[max(floor, bstart - 2):bstart].strip() == "," and not text[bstart:vs].strip(" ,").lower().startswith("and the"))
                    # "The two sides shall strengthen cooperation ..., and agreed to exchange ...":
                    # after a comma, what the same subject agreed besides
                    or (btok == "and" and h["kind"] == "verb" and cls == "past" and prev["cls"] == "modal"
                        and text[max(floor, bstart - 2):bstart].strip() == "," and L.category.get(h["lemma"]) in ("intention", "commitment"))
                    # ("will provide the loan and agreed to review it": a past verb shares no "will")
                    or (btok == "and" and h["kind"] == "verb" and cls == "past" and prev["cls"] == "modal"
                        and _TO_NEXT.match(text, ve, s.end) and L.category.get(h["lemma"]) in ("intention", "commitment"))
                    # "The Leaders welcomed the use of local currencies and aim to raise ...": the
                    # same plural subject, now in the present
                    # (or after a modal: "will hold annual summits and intend to establish ...")
                    or (btok == "and" and cls == "base" and prev["cls"] in ("past", "modal") and (prev["actor"] in ("both", "all") or prev.get("many"))
                        and h["kind"] == "verb" and (L.needs.get(h["lemma"]) == "to" or _TO_NEXT.match(text, ve, s.end)
                                                     or h["lemma"].endswith(" to"))  # ("and look forward to ...")
                        and L.category.get(h["lemma"]) in ("intention", "commitment"))
                    # "The two sides will strengthen cooperation on the corridor, and welcome the signing
                    # of ...": after a comma, a view the same subject takes besides
                    or (btok == "and" and cls == "base" and prev["cls"] == "modal" and prev["actor"] in ("both", "all")
                        and h["kind"] == "verb" and h["lemma"] in _VIEW_AFTER_COMMA
                        and text[max(floor, bstart - 2):bstart].strip() == "," and _DETERMINER_NEXT.match(text, ve))
                    # "The two sides agree to strengthen ... and decide to launch ...": a verb that
                    # binds, with its own "to", is the subject's next act, not one more infinitive
                    or (btok == "and" and cls == "base" and prev["cls"] == "base" and prev["infinitival"] and h["kind"] == "verb"
                        and _TO_NEXT.match(text, ve, s.end) and L.category.get(h["lemma"]) == "commitment")
                    # "The Russian side reaffirmed its adherence to ... and firmly supports the measures ...":
                    # the same single subject, now in the present; "The two sides expressed concern over
                    # ... and oppose the use of ...": a plural subject's present, by its form
                    or (btok == "and" and h["kind"] == "verb" and prev["cls"] == "past" and prev["actor"] is not None and (
                            (cls == "s" and prev["actor"] not in ("both", "all") and " and " not in prev["actor"] and not prev.get("many"))
                            or (cls == "base" and (prev["actor"] in ("both", "all") or prev.get("many"))))
                        and text[max(floor, bstart - 2):bstart].strip() != "," and _TAKES_OBJECT.match(text, ve))
                    # "The United States welcomes Kenya's leadership ... and has pledged more than $300
                    # million": the same subject's act, in the perfect ("have" after a plural's present)
                    or (btok == "and" and h["kind"] == "verb" and prev["cls"] in ("s", "base") and prev["actor"] is not None
                        and (perfect := _PERFECT_GAP.fullmatch(text, bpos, vs)) is not None
                        and (perfect.group(1) == "has") == (prev["cls"] == "s") and _TAKES_OBJECT.match(text, ve))
                    # "The ministers intend to establish ... and agreed to conclude ...": what the same
                    # plural subject agreed besides, in the past
                    or (btok == "and" and h["kind"] == "verb" and cls == "past" and prev["cls"] == "base"
                        and (prev["actor"] in ("both", "all") or prev.get("many")) and _TO_NEXT.match(text, ve, s.end)
                        and L.category.get(h["lemma"]) in ("intention", "commitment"))
                ):
                    found = (prev["actor"], bstart, vs)
                elif prev is not None and btok == "and" and cls == "past" and h["kind"] == "verb" and prev["cls"] != "past" \
                        and text[max(floor, bstart - 2):bstart].strip() == "," and (reporter := next((
                            r for r in reversed(recs) if r["cls"] == "past" and r["verb_end"] < prev["verb_start"]
                            and _THAT_AFTER.match(text, r["verb_end"])), None)) is not None:
                    # "The two leaders reaffirmed that Japan and Viet Nam share fundamental values,
                    # and resolved to ...": after the clause they reaffirmed, what they did next
                    found = (reporter["actor"], bstart, vs)
                elif prev is None and btok == "and" and (
                        _TAKES_OBJECT.match(text, ve) and cls in ("past", "s")
                        # ("Both leaders held wide-ranging discussions ... and expressed satisfaction at ...")
                        or cls in ("past", "s") and h["kind"] == "verb" and h["lemma"] in L.light
                        and L.light_noun_re.match(text, ve, s.end)
                        # "Denmark has allocated DKK 9.4 billion ..., and will continue to finance ..."
                        or cls == "modal" and h["text"] in ("will", "shall") and not L.undergoes_re.match(text, ve)
                        and not _PASSIVE_NEXT.match(text, ve)):
                    # "The two sides held the first meeting of the Council, and reviewed ...",
                    # "Today, the leaders elevated the relationship and agreed to ...", "Poland
                    # already spends 4 percent of GDP on defence and intends to ...": the
                    # subject of a sentence whose first verb takes no position
                    subj = (_SUBJECT_FIRST_S if cls == "s" else _SUBJECT_FIRST).match(text, s.start, bstart)
                    res = _resolve(subj.group(1), L, ctx) if subj else None
                    if res is None and cls == "modal":
                        # "The two sides designate 2026 as ... and will hold ...": a plural
                        # subject before a verb in the present, whose form says nothing
                        res = _plural_subject_first(text, s.start, bstart, L, ctx)
                    if res is not None:
                        found = (res[0], None, vs)
                elif prev is None and btok is None:
                    # an item of a list whose lead-in is its subject: "The Prime Ministers:" then
                    # "- agreed to allocate ...", "- will not reduce ..."
                    lead = _lead_in_actor(st, si, L, ctx)
                    if lead is not None:
                        found = (lead, None, vs)
                    elif h["kind"] == "verb" and vs == s.start and (text[vs].isupper() or _under_operative_lead(st, si, L)) and (
                            h["cls"] == "s" or (h["cls"] in ("base", "past") and _opens_numbered(st, si))):
                        # an operative paragraph of a decision: "1. Decides to extend ...",
                        # "2. Requests the Chairperson to ...", or of a declaration whose
                        # chapeau is its subject ("We, the Ministers ... DECLARE: 1. Reaffirm
                        # ..."), or of a co-chairs' list of what the meeting did ("1. Welcomed
                        # the A$2 billion facility ..."): the body that issues the text, or the
                        # side a plan's row says leads it ("Publish a roadmap; lead: Mexico")
                        found = (_plan_lead(text, s.start, s.end, L, ctx) or ctx.body()[1], None, vs)
                break
            if btok in ("and", "&") and (_inside_phrase(text, max(floor, bstart - 80), bstart, L, ctx)
                                         or _inside_joined_name(text, bstart, ctx)
                                         or L.run_by_open_re.search(text, max(floor, bstart - 110), bstart)) \
                    and not _PAIR_SUBJECT.fullmatch(span.strip()) \
                    and span.strip().lower() not in _SUBJECT_PRONOUNS \
                    and not (prev is not None and h["kind"] == "modal" and not span.strip().startswith(("the ", "The "))
                             and span.strip() in ctx.parties):
                # (but "pledged USD 5 million to PURL and we encourage ...", "... to PURL and Norway
                # will host ...": a subject that only opens a clause, after the clause before)
                # (but "... as Country Coordinator for India and the two sides agreed to ...": no
                # one coordinates "India and the two sides"; a new clause)
                continue
            if btok == "," and span.strip().lower() in _REPORTED_PRONOUNS:
                # "Kenya said that, should Japan agree, it would host ...": a condition between
                # the report and the pronoun; the report's boundary stands for the comma
                opener = next((b for b in reversed(boundaries) if b[1] in ("that", "said") and b[0] < bstart
                               and L.condition_next_re.match(text, b[0], bstart)), None)
                if opener is None:  # ("said, once funding is secured, it would ...")
                    said = L.said_comma_re.search(text, max(s.start, bstart - 160), bstart)
                    if said is not None and L.condition_next_re.match(text, said.end(1), bstart):
                        opener = (said.end(1), "said", said.end(1))
                if opener is not None:
                    bpos, btok, bstart = opener
            if btok in ("that", "said") and span.strip().lower() in _REPORTED_PRONOUNS:
                # "Kenya said (that) it would host the summit": the one who said it
                lo = max(s.start, bstart - 160)
                rep = L.reporter_re.search(text[lo:bstart if btok == "that" else bpos])
                if rep is None and btok == "that" and _AND_BEFORE.search(text, lo, bstart):
                    # a second clause of the same report: "China stated that these are internal
                    # affairs and that it firmly opposes ...": the one who stated the first
                    first = next((b for b in reversed(boundaries) if b[1] == "that" and b[2] < bstart), None)
                    if first is not None:
                        lo = max(s.start, first[2] - 160)
                        rep = L.reporter_re.search(text[lo:first[2]])
                rep_at = rep.start("who") if rep else 0
                if rep is not None and " and " in rep.group("who"):
                    # a clause of its own before the reporter: "India expressed concern about
                    # extremist groups and the UK stated that it would ...": the UK
                    head, _, tail = rep.group("who").rpartition(" and ")
                    if _SUBJECT_FIRST.match(head) and _resolve(tail, L, ctx) is not None:
                        rep_at = rep.end("who") - len(tail)
                who_said = rep.group("who")[rep_at - rep.start("who"):] if rep else ""
                rres = _resolve(who_said, L, ctx) if rep else None
                pron = span.strip().lower()
                if rres is not None and not (
                        # (not after a person's "said": "He said it would include ..." is a thing)
                        (pron == "it" and (rres[0] in L.country_names or rres[0] in ctx.parties)
                         and not _said_by_person(text, s.start, bpos + len(span) - len(span.lstrip()), ctx))
                        # (a body the statement names: "BNDES indicated that it will make available ...")
                        or (pron == "it" and (body := rres[0].removeprefix("The ").removeprefix("the ")) in ctx.names
                            and body not in ctx.people and body not in ctx.not_actors
                            and body not in L.country_names and body not in ctx.parties)
                        # ("President Marcos replied that his government would ...": his country)
                        or (pron.endswith(("government", "country")) and (rres[0] in L.country_names or rres[0] in ctx.parties))
                        or (pron == "they" and (rres[0] in ("both", "all") or rres[1]))
                        # (a person the statement gives a country speaks for it: "President Marcos
                        # said that he would visit Tokyo" is the Philippines')
                        or (pron in ("he", "she") and (rres[0] in ctx.people or any(
                            t.rstrip(".,") in ctx.person_country for t in who_said.split())))):
                    rres = None  # "He said it would include $30 billion": "it" is the package, not him
                if rres is not None:
                    # (the clause of the one who said it ends the target before it)
                    who = lo + rep_at
                    found = (rres[0], who if who > s.start else None, who)
                    break
            if passive and h.get("cls") == "past":
                if span.strip() not in ("It", "it"):
                    break  # "Peru was welcomed": the subject receives the action, it takes no position
                res = (ctx.group(), True)  # "It was agreed that ...": the signatories agreed
            else:
                res = _resolve(span, L, ctx)
                if res is None and span.strip() == "which" and h["kind"] == "verb" and h.get("cls") == "past" \
                        and _RESPECTIVELY_AFTER.search(text, ve, s.end):
                    # "the contributions of Japan, Australia and the Republic of Korea, which pledged
                    # US$5 million, US$3 million and US$2 million respectively": those named before
                    listed = _LIST_BEFORE_WHICH.search(text, max(s.start, bpos - 160), bpos + 1)
                    res = _resolve(listed.group(1), L, ctx) if listed else None
                if res is not None and btok == "which" and span.strip() in ("it", "they"):
                    # "support Indonesia's accession to the OECD, which it aims to complete by
                    # 2028": the owner of what "which" stands for, a party or a country
                    own = _OWNER_BEFORE_WHICH.search(text, max(s.start, bstart - 160), bstart)
                    ores = _resolve(own.group("owner"), L, ctx) if own else None
                    if ores is not None and (ores[0] in ctx.parties or ores[0] in L.country_names):
                        res = ores
                if res is not None and span.strip() in ("it", "It") and not res[1] and (
                        (h["kind"] == "modal" and L.undergoes_re.match(text, ve))
                        or (_other_subject_first(text, s.start, bpos, res[0], L, ctx)
                            # (not a body's own act: "..., and it directed the General Secretariat to submit ...")
                            and not (h["kind"] == "verb" and h.get("lemma") in _DIRECTING and _THAT_CLAUSE.search(text, s.start, bpos)))
                        or (not text[s.start:bpos].strip() and s.index and ctx.prev_single_at < s.index - 1 and not _names(
                            text[st.sentences[s.index - 1].start:st.sentences[s.index - 1].end], res[0], L))):
                    # "The partnership is open to all; it will be reviewed ...": the thing the clause
                    # before is about, not the last party that acted
                    res = None
                if res is not None and h["kind"] == "modal" and _MEETS.match(text, ve) and _NEXT_MEETING.match(span) \
                        and not L.country_actor_re.match(span):
                    res = None  # "The Seventh AU-EU Summit will take place in 2025": a meeting, whose below
                if res is not None and h["kind"] == "modal" and res[0].removeprefix("The ").removeprefix("the ") in ctx.not_actors \
                        and (agent := _PASSIVE_BY.match(text, ve, s.end)) is not None \
                        and (by := _resolve(agent.group("agent"), L, ctx)) is not None:
                    res = by  # ("the Quad Fellowship will be administered by Schmidt Futures": who runs it acts)
                if res is not None and h["kind"] == "modal" and res[0].removeprefix("The ").removeprefix("the ") in ctx.not_actors \
                        and (_MEETS.match(text, ve) or _CO_HOSTED.match(text, ve)):
                    # "The Ukraine Reconstruction Conference will be held in Gdańsk": an event held, no
                    # one's act; "will be co-hosted": the parties', together
                    res = (ctx.group(), True) if _CO_HOSTED.match(text, ve) and ctx.parties else None
                if res is not None and span.strip().lower() in L.pair_words and (
                        _two_others(text, max(0, s.start - 300), bpos, L)
                        or (h["kind"] == "modal" and L.undergoes_re.match(text, ve))):
                    res = None  # "... the merger of two regional bodies. The two will combine ...": those two
            if res is None and btok is None and span.rstrip().endswith(","):
                res = _resolve(span.split(",")[0], L, ctx)
            if span.lstrip()[:7].lower() == "neither" and (res is None or _NEITHER.fullmatch(span.strip())):
                # ("Neither Party shall ...": both, denying, though "Neither Party" reads as a name)
                res = None
                nor = _NEITHER_NOR.fullmatch(span.strip())
                if _NEITHER.fullmatch(span.strip()):
                    res = (ctx.group(), True)  # "Neither side will deploy troops": both, negated
                elif nor:
                    res = _resolve(f"{nor.group(1)} and {nor.group(2)}", L, ctx)  # "Neither Peru nor Chile"
                negated = negated or res is not None
            no_one = _NO_ONE.fullmatch(span.strip()) if res is None else None
            if no_one:
                rest = no_one.group("one") or no_one.group("many")
                res = (ctx.group(), True) if _ANY_ONE.fullmatch(rest) else _resolve(rest, L, ctx)
                if res is None and no_one.group("one") and rest.split()[-1].isalpha():
                    # ("no NB8 country": the NB8 countries, each of them)
                    head = rest.split()[-1]
                    res = _resolve(rest[:-len(head)] + (head[:-1] + "ies" if head.endswith("y") else head + "s"), L, ctx)
                if res is not None:
                    res = (res[0], True)  # (each of them: "No party shall ...", the verb as for the group)
                    negated = not negated
            if res is None:
                continue
            if ctx.quotes and _LEAD_ADVERB.sub("", span.strip(' \t\n:,"“'), count=1).lower() in _FIRST_PERSON:
                speaker = ctx.speaker_at(vs)
                if speaker is not None:
                    res = (speaker, res[1])  # ("President Costa said: "... we will also use all the tools ...": the EU's)
            who, plural = res
            if h["kind"] == "verb" and h["cls"] == "base" and not plural and not bare:
                continue
            if btok == "that" and prev is not None and prev["verb"] in L.asking and not text[prev["verb_end"]:bstart].strip():
                break  # "requested that Japan continue to share data": what the signatories ask, not Japan's act
            if h["kind"] == "verb" and h["cls"] == "s" and who in ("both", "all") and plural \
                    and not _EACH_ONE_SUBJECT.match(span.strip()):
                continue  # (but "Each country pledges ...": each, in the singular, is all)
            disp = bpos + len(span) - len(span.lstrip())
            cut = None if btok in L.complement or btok == "said" else bstart
            if btok == "said" and (rep := _AND_BEFORE_REPORT.search(text, max(s.start, bstart - 120), bstart)):
                # "President Lula underlined Brazil's call ..., and the Prime Minister said Canada
                # would not oppose it": the clause before ends where its reporter's begins
                cut = rep.end(1)
            found = (who, cut, disp)
            many = plural  # (the subject found is plural: "The authorities ...", then "They ...")
            break
        passive_subject, given = None, False
        if h["kind"] == "modal" and h.get("text") in ("will", "shall", "would") \
                and (rf := _RECEIVES_FROM.match(text, ve, s.end)) and (giver := _resolve(rf.group("agent"), L, ctx)) \
                and (found is None or giver[0] != found[0]):
            # "Vietnam will receive $20 million from the United States": the giver's pledge, read
            # as a passive is (the whole clause its target, the receiver first); and where the
            # receiver is no actor ("The Youth Office will receive more funding from both governments")
            if found is None:
                at = boundaries[-1][0] if boundaries else floor
                while at < vs and text[at].isspace():
                    at += 1
                found = (giver[0], None, at)
            else:
                found = (giver[0], found[1], found[2])
            passive_subject, given = found[2], True
        if found is None and h["kind"] == "modal" and boundaries:
            subject_at = None
            # "A Working Group will be established by the two Ministries within six months": the
            # agent after "by" takes the position, on the subject before the modal
            pb = _PASSIVE_BY.match(text, ve, s.end)
            # (not a bare plural, those at large: "The plan will be welcomed by investors")
            res = _resolve(pb.group("agent"), L, ctx) if pb and not _BARE_PLURAL.fullmatch(pb.group("agent")) else None
            if res is None and pb is None and boundaries[-1][1] not in L.complement and boundaries[-1][1] != "said" \
                    and L.new_body_re.match(text, ve, s.end) and _A_NEW.match(text, boundaries[-1][0], left_end) \
                    and _sets_up_a_body(text, boundaries[-1][0], left_end, s.start, L):
                # "A working group on border crossings will be established within three months":
                # a body the text sets up, with no one named to do it, is the signatories' deliverable
                res = (ctx.group(), True)
            elif res is None and pb is None and (body := _subject_before_run_by(text, boundaries, s.start, left_end, L)) is not None \
                    and (new := _A_NEW.match(text, body[0], body[1])) is not None \
                    and _JOINT_BODY.fullmatch(text[new.end():body[1]].strip()) and _ORGAN_ACTS.match(text, ve, s.end) \
                    and not _PRIVATE_BODY.search(text, new.end(), left_end):
                # "A Joint Follow-up Committee shall meet every six months": a joint body the text
                # names with no one else's, the signatories' own (who chairs it set aside)
                res, subject_at = (ctx.group(), True), body[0]
            elif res is None and pb is None and (_NEXT_MEETING.match(text, boundaries[-1][0], left_end)
                                                 or _whole_meeting(text, s.start, left_end)) \
                    and _MEETS.match(text, ve, s.end):
                # "The next meeting of the Joint Commission will be held in Reykjavik in 2026": the
                # signatories' meeting, to be held (the body's, of a body's communiqué); "Japan
                # announced that a forum will be held ...": the one who announced it
                if boundaries[-1][1] in L.complement or boundaries[-1][1] == "said":
                    rep = L.reporter_re.search(text, s.start, boundaries[-1][0])
                    res = _resolve(rep.group("who"), L, ctx) if rep else None
                else:
                    res = (ctx.body()[1], True)
            elif res is None and pb is None and _GROUP_ACTS.match(text, ve, s.end) and boundaries[-1][1] not in L.complement \
                    and boundaries[-1][1] != "said" and _OWN_GROUPS.fullmatch(text, boundaries[-1][0], left_end):
                # "Each working group shall meet at least twice a year": the parties' own groups, meeting
                res = (ctx.group(), True)
            elif res is None and boundaries[-1][1] not in L.complement and boundaries[-1][1] != "said" \
                    and boundaries[-1][1] not in L.relative and _own_plan_done(text, h, ve, s.end, boundaries[-1][0], left_end):
                # "The Joint Action Plan will be revised by the end of 2026", "The roadmap will be
                # updated annually": the signatories' own plan, on which no one else acts
                res = (ctx.group(), True)
            elif res is None and pb is None and h.get("text") == "shall" and boundaries[-1][1] not in L.complement \
                    and boundaries[-1][1] != "said" and boundaries[-1][1] not in L.relative and ctx.parties \
                    and not _UNDER_WHICH.search(text, max(s.start, boundaries[-1][2] - 30), boundaries[-1][2] + 1) \
                    and _PASSIVE_NEXT.match(text, ve, s.end) \
                    and not _NOTHING.match(text, boundaries[-1][0], left_end) \
                    and not _SHALL_NOT_ACT.match(text, ve, s.end):
                # "Not less than a third of the fund's resources shall be allocated to SMEs": what a
                # text's "shall" binds its signatories to, with no one named to do it (not "Nothing
                # in this Declaration shall be construed as ...")
                res = (ctx.group(), True)
            elif res is None and pb is None and h.get("text") in ("will", "shall") and boundaries[-1][1] not in L.complement \
                    and boundaries[-1][1] != "said" and boundaries[-1][1] not in L.relative \
                    and _deliverable(text, s, ve, boundaries[-1][0], left_end, L, ctx):
                # "Funding of NZ$4 million will be provided to the Tonga Power Authority", "A progress
                # report will be published before the next summit": the signatories' deliverable
                res = (ctx.group(), True)
            elif res is None and pb is None and h.get("text") in ("will", "shall") and boundaries[-1][1] in L.complement \
                    and _deliverable(text, s, ve, boundaries[-1][0], left_end, L, ctx) \
                    and (rep := L.reporter_re.search(text, s.start, boundaries[-1][0])) is not None \
                    and _PLEDGE_REPORTED.search(rep.group(0)):
                # "The two leaders confirmed that a second package worth ¥1.6 billion will be
                # implemented in 2026": the deliverable of those who confirm it
                res = _resolve(rep.group("who"), L, ctx)
            elif res is None and pb is None and h.get("text") in ("will", "shall") and boundaries[-1][1] not in L.complement \
                    and boundaries[-1][1] != "said" and boundaries[-1][1] not in L.relative \
                    and _OUR_OWN.match(text, boundaries[-1][0], left_end):
                # "Our support to Ukraine will continue as long as it takes": the signatories' own
                # support, theirs to keep up
                res = (ctx.group(), True)
            if res is not None:
                bpos, btok, bstart = boundaries[-1]
                if subject_at is not None:
                    bpos = subject_at
                elif not _NEXT_MEETING.match(text, bpos, left_end) and _whole_meeting(text, s.start, left_end):
                    bpos = s.start  # (the meeting's whole name, "and" in it)
                subject = text[bpos:left_end]
                if subject.strip():
                    passive_subject = bpos + len(subject) - len(subject.lstrip())
                    found = (res[0], None if btok in L.complement else bstart, passive_subject)
        if found is None:
            continue
        actor, cut, disp = found
        if h["kind"] == "modal" and passive_subject is None and actor not in ("both", "all") and actor not in L.country_names \
                and actor not in ctx.people and actor not in ctx.parties and _own_plan_done(text, h, ve, s.end, disp, left_end):
            # "The Joint Action Plan will be revised by ...": the signatories' named plan, theirs to revise
            actor, passive_subject = ctx.group(), disp
        if h.get("text") in L.reported_modals and (
                (actor not in ("both", "all") and actor not in L.country_names and actor not in ctx.people
                 and actor not in ctx.parties)
                or (text[disp:left_end].strip().lower() == "it" and (actor in ctx.people or _said_by_person(text, s.start, disp, ctx)))):
            continue  # "They said the warring parties would withdraw", "He said it would include ...": not a pledge of theirs
        if h.get("text") in L.reported_modals and actor not in ("both", "all") and actor not in ctx.parties \
                and L.would_refuse_re.match(text, ve) and not L.reported_re.search(text, max(s.start, ve - 140), ve):
            continue  # ("Without guarantees, Ukraine would not accept any ceasefire" of others' text: its stance, told)
        if h["kind"] == "modal" and not given and actor not in ("both", "all") and actor not in L.country_names \
                and actor not in ctx.people and actor not in ctx.parties and L.undergoes_re.match(text, ve):
            continue  # "Japanese businesses will benefit ...", "Kenyan regulators will be consulted": no position of theirs
        if h["kind"] == "modal" and h.get("text") in ("will", "shall") and _FORETOLD.match(text, ve):
            continue  # "Ukraine will emerge from the war as a sovereign democracy": what is foretold, no one's act
        if actor not in ("both", "all") and actor not in ctx.parties and actor not in L.country_names and actor not in ctx.people \
                and L.forecast_that_re.search(text, max(s.start, disp - 60), disp):
            continue  # "The Leaders estimated that the Agreement will save exporters EUR 4 billion": a forecast, no one's pledge
        if h["kind"] == "modal" and L.takes_effect_re.match(text, ve) and L.instrument_re.fullmatch(text[disp:left_end].strip()):
            continue  # "It shall take effect on the date of signature": the text's own course, no pledge
        if h["kind"] == "modal" and h.get("text") in ("will", "would", "shall") and _GETS.match(text, ve):
            continue  # "Sri Lanka will have access to SDR 254 million": what it gets, no act of its own
        rec = _predicate(st, si, h, L)
        if _QUOTE_MARKS.search(text, s.start, s.end) and _BARE_VERB_END.fullmatch(text, rec["target_start"], s.end) \
                and _quoted_at(text, s.start, vs):
            continue  # '"We will not waver."', '"We will deliver," said ...': a speaker's resolve, no act named
        if rec["noun"] is None and rec["verb"] in L.light_only:
            continue  # ("Brazil stated that Argentina would benefit": a report, no position)
        if rec["category"] == "commitment" and _IN_PRINCIPLE.match(text, ve):
            rec["category"] = "intention"  # "agreed in principle to admit Timor-Leste": not yet bound
        if passive_subject is not None:
            rec["target_start"] = passive_subject  # the target is the whole clause, subject first
        if rec["verb"] in _REPORTS_FACTS and rec["category"] == "commitment" and "that" in text[ve:rec["target_start"] + 5].split() \
                and not _FUTURE.search(text, rec["target_start"], s.end):
            # "India announced that one-third of its power is renewable": a fact reported, not
            # an undertaking ("announced that it will provide ..." stays one)
            rec["category"] = "acknowledgement"
        if h.get("not") and h["kind"] == "verb":
            negated = not negated  # "Does not endorse the proposal ..." opening an operative paragraph
        if h["kind"] == "modal" and _NOT_NEXT.match(text, ve, ve + 20) or h.get("text") in ("won't", "cannot", "can't"):
            negated = True
        elif h["kind"] == "modal" and (litotes := _LITOTES.match(text, rec["target_start"], s.end)) is not None \
                and _NOT_BEFORE.search(text, ve, rec["target_start"]):
            rec["target_start"] = litotes.end()  # "will not hesitate to coordinate ...": a yes, to coordinate
        elif h["kind"] == "adj":
            # "is unable to agree", "is not in a position to endorse"; "is not unable to" says yes
            for flip in (L.adjectives[h["adj"]].get("negated"), h.get("not")):
                if flip:
                    negated = not negated
        elif L.refrain_re.match(text, rec["target_start"], s.end):
            negated = not negated  # "shall refrain from any unilateral action": a pledge not to act
        elif h["kind"] == "verb" and _NOT_TO.match(text, rec["target_start"], s.end):
            negated = not negated  # "Decides not to impose sanctions", "agreed not to deploy ..."
        elif h["kind"] == "verb" and _NOT_DOING.match(text, rec["target_start"], s.end):
            negated = not negated  # "Kenya also committed to not imposing new restrictions ..."
        elif negated and h["kind"] == "verb" and rec["verb"] in L.failed_agreement:
            rec["category"] = "acknowledgement"  # "did not reach agreement on market access": a disagreement noted, no pledge
        rec.update(actor=actor, negated=negated, cut=cut, disp=disp, cls=cls, verb_start=vs, verb_end=ve, hit=h["kind"],
                   history=bool(h.get("history")), absolute=bool(h.get("subject")), many=many or (prev is not None and found[0] == prev["actor"] and prev.get("many", False)))
        recs.append(rec)
        prev = rec
        ctx.remember(actor, many, si)
    if nouns:
        recs += _owned(st, si, recs, L, ctx, nouns)
    if recs and " from " in text[s.start:s.end]:
        recs += _given_with(text, s, recs, L, ctx)
    recs.sort(key=lambda r: r["verb_start"])
    for a, b in zip(recs, recs[1:]):
        which = _WHICH_ACCEPTED.search(text, max(a["target_start"], b["verb_start"] - 40), b["verb_start"])
        inv_to = _AN_INVITATION_TO.match(text, a["target_start"]) if a["verb"] in ("extend", "renew", "convey") else None
        if (a["verb"] == "invite" or inv_to) and b["verb"] == "accept" and which is not None:
            # "invited President Lee to visit Canada, which he accepted", "extended an invitation to
            # the President of Viet Nam to visit Argentina, which the Vietnamese President accepted":
            # the invitation is the invitee's to take up (a visit to be made), and the inviter's
            # ends before it
            at = inv_to.end() if inv_to else a["target_start"]
            guest = _TO_ONLY.search(text, at, which.start())
            whom = text[at:guest.start()].strip() if guest else ""
            who = _resolve(whom, L, ctx) if guest else None
            if who is None and whom in ("him", "her", "them") and len(ctx.parties) == 2 and a["actor"] in ctx.parties:
                # ("President Xi invited him to visit China ..., which he accepted": the guest, in a
                # text of two, is the party that did not invite)
                who = (next(p for p in ctx.parties if p != a["actor"]), False)
            if who is not None:
                b.update(actor=who[0], category="intention", target_start=guest.end(), stop=which.start())
            a["stop"] = which.start()
    for a in [r for r in recs if r["verb"] == "invite" or r["verb"] == "extend" and _AN_INVITATION_TO.match(text, r["target_start"])]:
        took = _WAS_ACCEPTED.search(text, a["target_start"], s.end)
        whom = _AN_INVITATION_TO.match(text, a["target_start"]) if a["verb"] == "extend" else None
        at = whom.end() if whom else a["target_start"]
        guest = _TO_ONLY.search(text, at, took.start()) if took else None
        who = _resolve(text[at:guest.start()].strip(), L, ctx) if guest else None
        if who is not None and who[0] != a["actor"]:
            # "invited the Argentine President to attend the summit, and the invitation was
            # accepted with appreciation": the guest's, to come
            recs.append({**a, "actor": who[0], "verb": "accept", "category": "intention", "target_start": guest.end(),
                         "stop": took.start(), "verb_start": took.start("v"), "verb_end": took.end("v"), "disp": took.start("v"),
                         "cut": None, "negated": False, "owned": True, "noun": None})
            a["stop"] = took.start()
    if len(recs) > 1 and any(r["verb"] in _REPORTS_POSITIONS or r["verb"] in _RESTATES for r in recs):
        # "India announced that it will invest ...": one position, the one the clause states
        # ("will invest"), not a second one for announcing it ("The two sides agreed that they
        # will hold ...": theirs, once)
        # (also where a person announces their country's: "Prime Minister Albanese announced that
        # Australia would provide ...")
        # ("Argentina's Minister of Economy, Luis Caputo, announced that Argentina aims to ...": the
        # country's, once)
        # ("The Ministers of ... announced that both countries will establish ...": both, once)
        # ("The leaders announced that Australia will contribute ...": Australia's, not both's)
        # ("The Chinese side reiterated that it firmly supports Pakistan ...": China's support, once)
        said = [r for i, r in enumerate(recs) if (r["verb"] in _REPORTS_POSITIONS or r["verb"] in _RESTATES) and not r.get("owned") and any(
            (q["actor"] == r["actor"] or (r["verb"] in _ANNOUNCES and (
                r["actor"] in ctx.people or r["actor"].startswith((q["actor"] + "'s ", q["actor"] + "’s "))
                or q["actor"] in ("both", "all") or (r["actor"] in ("both", "all") and q["actor"] in ctx.parties))))
            and _THAT_GAP.fullmatch(text, r["verb_end"], q["verb_start"])
            for q in recs[i + 1:i + 2])]
        # "The Saudi side announced that the Public Investment Fund will invest ...": the party's
        # position, once, its body named in the target (not a second row for the body)
        stated = [q for r, q in zip(recs, recs[1:]) if r["verb"] in _ANNOUNCES and r not in said and not r.get("owned")
                  and (r["actor"] in ctx.parties or r["actor"] in L.country_names) and _is_body(q["actor"], L, ctx)
                  and _THAT_GAP.fullmatch(text, r["verb_end"], q["verb_start"])]
        for i, r in enumerate(recs[:-1]):
            q = recs[i + 1]
            if (r in said or r in stated) and r["cut"] is not None and (q["cut"] is None or r["cut"] < q["cut"]):
                q["cut"] = r["cut"]  # (the clause that announced it still ends what came before: "welcomed ..., and announced that")
        recs = [r for r in recs if r not in said and r not in stated]
    # what another did, as the parties note or welcome it ("noted that the International
    # Development Association has approved a grant of US$40 million"): a fact they take note of,
    # the noting row's, and no pledge of anyone's here
    recs = [q for i, q in enumerate(recs) if not (
        i and q.get("cls") == "past" and q["actor"] is not None and q["actor"] not in ctx.parties
        and q["actor"] not in ("both", "all") and q["actor"] not in L.country_names
        and recs[i - 1]["category"] in ("acknowledgement", "endorsement")
        and _THAT_GAP.fullmatch(text, recs[i - 1]["verb_end"], _aux_start(text, q["verb_start"])))]
    # a present-tense verb on nothing, at the end of the sentence, is a plural noun read as a
    # verb ("stand up for its interests and values."); "Kenya agreed." stays a position
    recs = [r for r in recs if r.get("cls") != "s" or text[r["target_start"]:s.end].strip(" \t\n.;:!?\"'”’)")
            or not _NOUN_AND.search(text, max(s.start, r["verb_start"] - 40), r["verb_start"])]
    # a target ends where the next clause of the sentence begins
    for i, r in enumerate(recs):
        end = s.end
        for nxt in recs[i + 1:]:
            if nxt["cut"] is not None and nxt["cut"] > r["target_start"]:
                end = nxt["cut"]
                break
        if ";" in text[r["target_start"]:end] and (other := _OTHER_SIDE_SAYS.search(text, r["target_start"], end)) is not None:
            end = other.start()  # ("... overcapacity; the Chinese side stated that ...": the other side's answer, no part of it)
        if r["verb"] in ("call on", "call upon") and _called_on_person(text, r["target_start"]) \
                and not _TO_DO.search(text, r["target_start"], end):
            r["courtesy"] = True  # "Minister Jaishankar called on President Prabowo": a visit paid, no position
        if r["verb"] in ("welcome", "receive", "thank", "greet", "express", "extend", "convey") and ((
                _hosted(text, r["target_start"], end) if r["verb"] == "thank" else (
                    _THANKS.match(text, r["target_start"], end) is not None and _hosted(text, r["target_start"], end))
                if r["verb"] in ("express", "extend", "convey") else _GUEST.match(text, r["target_start"], end)) or (
                r["verb"] in ("express", "extend", "convey") and _GREETINGS.match(text, r["target_start"], end)
                and not _AND_MORE_THAN_GREETINGS.search(text, r["target_start"], end)) or (
                r["verb"] == "welcome" and E._lex().person_re.match(text, r["target_start"] + (
                    4 if text.startswith("the ", r["target_start"]) else 0)) and _TO_A_PLACE.match(text, r["target_start"], end))):
            # "Prime Minister Modi warmly welcomed him to New Delhi", "thanked Prime Minister Modi for his
            # hospitality", "expressed his sincere gratitude ... for the warm hospitality": the courtesies
            # of a visit, no position
            r["courtesy"] = True
        if r["verb"] in L.asks_that and r["category"] == "commitment":
            asked = _ASKED.match(text, r["target_start"])
            other = asked and (L.all_country_forms.get(asked.group(1)) or (asked.group(1) if asked.group(1) in ctx.parties else None))
            if not other and (side := _ASKED_SIDE.match(text, r["target_start"])):
                # ("The Vietnamese side requested the Korean side to further open its market")
                res = _resolve(side.group(1), L, ctx)
                other = res[0] if res is not None and res[0] not in ("both", "all") else None
            if other and other != r["actor"]:
                r["category"] = "endorsement"  # "Viet Nam requested Japan to open its market": a call on the other side
            elif not other and _asks_outsider(text, r["verb_end"], L, ctx):
                # "We ask the OECD to report", "asked the United Nations Secretary-General to ...": a
                # call on a body the signatories do not direct (not "requested the ASEAN Secretariat to")
                r["category"] = "endorsement"
        second = _AND_THAT.search(text, r["target_start"], end) if not _THAT_AFTER.match(text, r["verb_end"]) else None
        if second is not None:
            end = second.start()  # "The Chinese side stated that China does not seek X and that the US should ...": X
        next_cond = _AND_CONDITION.search(text, r["target_start"], s.end)  # (its clause may run past the end)
        if next_cond is not None and next_cond.start() < end:
            end = next_cond.start()  # "reaffirmed their commitment to IMEC and should the situation allow, the two sides will ...": the next clause's
        told = _AND_TOLD_THAT.search(text, r["target_start"], end)
        if told is not None:
            end = told.start()  # "would continue to support ... and announced that Canada will provide ...": what was said next, apart
        done = _AND_HAS_DONE.search(text, r["target_start"], end)
        if done is not None:
            end = done.start()  # "stands ready to provide further packages, and has already delivered 23": what was done, apart
        other = _WHILE_OTHER.search(text, r["target_start"], end)
        if other is not None:
            end = other.start()  # "aims to reduce emissions by 60%, while Australia has legislated ...": another's, apart
        if not r["negated"] and _NO_SUBJECT_MODAL.match(text, r["target_start"], end):
            r["negated"] = True  # "decides that no funds from the Peace Fund will be used for ...": a denial decided
        fresh = _AND_NEW_SUBJECT.search(text, r["target_start"], end)
        if fresh is not None:
            # "Japan will not impose tariffs, and the Working Group will be reviewed in 2026": a
            # denial holds for its own clause, not for the next one's subject; nor does a pledge
            # ("..., and a further eighteen Fijian officers will attend training")
            end = fresh.start()
        quoted = _quotation(text, st.paragraphs[s.paragraph], r["verb_start"])
        if quoted is not None:
            # '"We will build the jobs our young people deserve," said President Tinubu': the
            # speaker's words, told as theirs (none of the signatories' if the speaker is no one known)
            close, who = quoted
            end = min(end, close)
            subject = _LEAD_ADVERB.sub("", text[r["disp"]:r["verb_start"]].strip(' \t\n"“'), count=1).lower().split()
            if not ((r["actor"] in ctx.parties or r["actor"] in ("both", "all"))
                    and subject and subject[0] not in _FIRST_PERSON and subject[0] not in ("our", "my")):
                # (but a state the speaker names is that state: '"Canada will commit CAD 12 million,"
                # said Minister Ng')
                said_by = _resolve(who, L, ctx)
                r["actor"] = said_by[0] if said_by is not None else None
        if r["actor"] is not None and r["actor"].startswith("the "):
            r["actor"] = "The " + r["actor"][4:]  # (one actor however a clause opens on it: "..., and the Chamber will ...")
        if r.get("stop") is not None and r["target_start"] < r["stop"] < end:
            end = r["stop"]
        r["target_end"] = end
        if r["verb"] in L.views_before_that and r["category"] == "commitment" and not r.get("owned") \
                and _THAT_AFTER.match(text, r["verb_end"]) and not _AND_THAT.search(text, r["target_start"], s.end):
            clause_end = _clause_end(text, r["target_start"], s.end)
            relative = _RELATIVE_AFTER.search(text, r["target_start"], clause_end)  # ("..., which is a sign of trust")
            if not L.binding_in_that_re.search(text, r["target_start"], clause_end) and L.stative_re.search(
                    text, r["target_start"], relative.start() if relative else clause_end):
                r["category"] = "acknowledgement"  # "agreed that dialogue is the only way out": a shared view
            elif L.disclaimer_re.search(text, r["target_start"], clause_end):
                r["category"] = "acknowledgement"  # "agreed that this Plan does not create legally binding obligations"
                r["negated"] = False
            elif (other := _OTHER_MUST.match(text, _THAT_AFTER.match(text, r["verb_end"]).end(), clause_end)) is not None \
                    and (who := _resolve(other.group("who"), L, ctx)) is not None and who[0] not in ("both", "all") \
                    and who[0] in L.country_names and who[0] not in ctx.parties \
                    and other.group("who").strip() not in text[s.start:r["verb_start"]]:  # (not "Australia and New Zealand agreed that New Zealand must ...")
                r["category"] = "endorsement"  # "agreed that Iran must never develop a nuclear weapon": what they ask of another
        if r.get("light"):
            # "reaffirmed their shared vision ... and their commitment to work together"
            that = _THAT_AFTER.match(text, r["verb_end"])
            for own in L.own_noun_re.finditer(text, r["target_start"], end):
                if that is not None and text[that.end():own.start()].strip():
                    continue  # "reaffirm that developed countries must fulfil their commitment to ...": theirs, not ours
                if text.endswith("for ", 0, own.start()) and _THANKED.search(text, r["target_start"], own.start()):
                    continue  # "expressed its appreciation to the Government of Saint Lucia for its offer to host": Saint Lucia's
                c2 = L.nouns[own.group("noun")]["category"]
                of_to = None if own.group().endswith("to") else _OF_WHOM_TO.match(text, own.end(), end)
                if c2 == "commitment" and r["verb"] in L.renewal_verbs and (own.group().endswith("to") or of_to) \
                        and not _act_after_to(text, of_to.end() if of_to else own.end(), end):
                    # ("reaffirmed their commitment to multilateralism", "REAFFIRMS the commitment of the
                    # European Union to the sovereignty ... of all States": a principle held again, no act)
                    continue
                if L.rank[c2] > L.rank[r["category"]]:
                    r["category"] = c2
    # ("The Action Plan shall not be legally binding": what the text says of its own force, no act)
    return [r for r in recs if not r.get("courtesy") and r["actor"] is not None
            and not (r["negated"] and _disclaims(text, r, L) and L.instrument_re.search(r["actor"]))]


def _disclaims(text: str, r: dict, L) -> bool:
    """Whether a denied row is what the text says of its own force, from its auxiliary on ("The
    Accord does not create legally binding obligations": the row's verb is "create")."""
    m = L.disclaimer_re.search(text, max(0, r["verb_start"] - 16), r["target_end"])
    return m is not None and m.start() <= r["verb_start"]


_OF_WHOM_TO = _rc(r"\s+of\s+(?:the\s+)?[A-Z][^,;:]{0,60}?\s+to(?=\s)")
# (others named by a plural in lower case: "of developed countries", "of donors", "of all partners")
_OF_OTHERS_TO = _rc(r"\s+of\s+(?:(?:all|other|many|some)\s+)?(?!(?:both|our|the\s+two|their|all\s+parties)\b)"
                           r"(?:[a-z]+\s+){0,2}(?:countries|donors|partners|states|nations|economies|members|lenders|creditors)\s+to(?=\s)")
_THANKED = _rc(r"\b(?:to|of)\s+(?:the\s+)?[A-Z]")


def _lead_in_actor(st, si: int, L, ctx) -> str | None:
    """The actor a list item's lead-in names when the lead-in is only a subject and a colon
    ("The Prime Ministers:"), for the first sentence of an item of that list."""
    s = st.sentences[si]
    p = st.paragraphs[s.paragraph]
    if p.marker is None or p.sentences[0] != si:
        return None
    kind = _marker_kind(p.marker)
    q = p.index - 1
    while q >= 0 and st.paragraphs[q].marker is not None and _marker_kind(st.paragraphs[q].marker) == kind:
        q -= 1
    if q < 0 or st.paragraphs[q].section != p.section:
        return None
    lead = st.sentences[st.paragraphs[q].sentences[-1]].text.strip()
    if not lead.endswith(":") or len(lead) > 120:
        return None
    res = _resolve(lead[:-1].strip(), L, ctx)
    if res is None and "," in lead:
        res = _resolve(lead[:-1].rsplit(",", 1)[1].strip(), L, ctx)  # "To this end, the Chinese side:"
    if res is None:
        verb = _LEAD_IN_VERB.search(lead)  # "We will:", "The Ministers commit to:": the subject before the verb
        if verb and verb.start() > 0:
            res = _resolve(lead[:verb.start()].strip(), L, ctx)
    return res[0] if res else None


_LEAD_IN_VERB = _rc(r"\s+(?:will|shall|hereby|also|jointly|commit|commits|agree|agrees|resolve|resolves|decide|decides"
                           r"|declare|declares|undertake|undertakes)\b.*:$")


_TO_LEAD_IN = _rc(r"(\S+)\s+to\s*:$", re.I)  # (the word before the "to:" that ends a lead-in)
# A lead-in whose list is not the signatories' own positions: a call on others, a programme
_NOT_CHAPEAU = _rc(
    r"\b(?:call(?:s|ed)?\s+(?:on|upon)|urge[sd]?|invite[sd]?|encourage[sd]?|request(?:s|ed)?|ask(?:s|ed)?|include[sd]?|including"
    r"|comprise[sd]?|consist(?:s|ed)?\s+of|programme|program|agenda|schedule"
    r"|recommend(?:s|ed|ations?)?|propose[sd]?|proposals?|suggest(?:s|ed|ions?)?)\b", re.I)


def _subject_before_run_by(text: str, boundaries: list, start: int, end: int, L) -> tuple[int, int]:
    """Where the words before a verb that are its subject lie, with who runs it set aside:
    "A joint steering committee, co-chaired by the Ambassador and the State Minister, shall
    meet": the committee. Without such an aside, the words after the last boundary."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    aside = L.run_by_re.search(text, start, stop) if boundaries and boundaries[-1][1] == "," else None
    if aside is not None and not text[boundaries[-1][0]:end].strip(", \n"):
        before = [b[0] for b in boundaries if b[0] < aside.start()]
        if before:
            return before[-1], aside.start()
    return (boundaries[-1][0], end) if boundaries else (start, end)


def _under_operative_lead(st, si: int, L) -> bool:
    """Whether sentence ``si`` opens an item of a list that hangs from an operative paragraph
    ending on a colon: under "9. Underscores the importance of ..., and in this regard:", the
    item "(a) urges the facilitators to ..." is the issuing body's own act, its verb in lowercase."""
    s = st.sentences[si]
    p = st.paragraphs[s.paragraph]
    if not (p.marker and p.sentences and p.sentences[0] == si):
        return False
    kind = _marker_kind(p.marker)
    q = p.index - 1
    while q >= 0 and _marker_kind(st.paragraphs[q].marker) == kind:
        q -= 1  # back over the list's earlier items
    if q < 0 or not st.paragraphs[q].sentences or not st.text[st.paragraphs[q].start:st.paragraphs[q].end].rstrip().endswith(":"):
        return False
    lead = st.sentences[st.paragraphs[q].sentences[0]]
    said = st.text[lead.start:st.paragraphs[q].end]
    if _ITEMS_ARE_ANOTHERS.search(said):
        return False  # ("2. Welcomes the report of the Panel, which: (a) recommends ...": the report's words)
    first = said.split(None, 1)[:1]
    return bool(first) and first[0][:1].isupper() and first[0][1:2].islower() and L.forms.get(first[0].lower(), ("", ""))[1] == "s"


# (a lead-in whose items say what another says or holds, or list parts: "..., which:", "Notes that
# the Work Plan:", "... including:", "the following windows:")
_ITEMS_ARE_ANOTHERS = _rc(r"\b(?:which|that|who|whose|including|includes|following|comprising|namely|such\s+as)\b")


def _opens_numbered(st, si: int) -> bool:
    """Whether sentence ``si`` opens a numbered or bulleted paragraph, where a bare verb
    ("1. Reaffirm that ...", "- Commit to ...") continues the chapeau's subject: the paragraph
    the list hangs from is a declaration's chapeau ("We, the Ministers ...", "DECLARE:"), or
    no lead-in at all; not "The two leaders called on the parties to:", whose items are what
    others are asked to do, nor "The programme includes:"."""
    s = st.sentences[si]
    p = st.paragraphs[s.paragraph]
    if not (p.marker and p.sentences and p.sentences[0] == si):
        return False
    q = p.index - 1
    while q >= 0 and st.paragraphs[q].marker:
        q -= 1  # back over the list's earlier items, to what it hangs from
    if q < 0:
        return True
    lead = st.text[st.paragraphs[q].start:st.paragraphs[q].end].strip()
    to = _TO_LEAD_IN.search(lead)
    if to and to.group(1).lower() not in _lex().own_to:
        return False  # "We call on all parties to:": what others are asked to do (not "Hereby declare to:")
    return not (lead.endswith(":") and _NOT_CHAPEAU.search(lead))


# (the members of a party that is a union speak for it: "Member States of the European Union may ...")
_CLAUSE_OPENS = _rc(r"(?:^|[,;:]|\b(?:and|but|while|whereas))\s*(?:(?:the\s+)?(?i:member\s+states)\s+of\s+)?$")


_AND_NEXT_VERB = _rc(r"\s*(?:and|or)\s+(?:(?:fully|strongly|firmly|also|further)\s+)?")
# (the capital first, so that the scan tests one character at most places)
_MID_CAPS = _rc(r"[A-Z](?<=[a-z] [A-Z])[a-z][^\W\d_]*(?=\s+(?:and|or|will|has|have|is|are)\s|[.,;:](?:\s|$))")
# a word with a capital inside it is a name wherever it stands: "TotalEnergies", "PetroChina"
_CAMEL = _rc(r"(?<![\w.'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w'’-])")
_AND_NAME = _rc(r"\s+(?:and|or)\s+([A-Z][a-z][^\W\d_]*)\b(?!\s+[A-Z])")
_NOT_BEFORE_ONCE_VERB = frozenset("to on of for about at with discuss review address".split())
_DETERMINERS = frozenset("the a an its their our his her this that these those".split())


def _mid_caps(text: str) -> set[str]:
    """One-word names written capitalized right after a word in lower case (no determiner):
    "between Petrobras and Pemex"."""
    out: set[str] = set()
    for m in _MID_CAPS.finditer(text):
        word = m.group()
        if word in out:
            continue
        at = m.start() - 1
        prev = text[text.rfind(" ", 0, at) + 1:at]
        if prev.isalpha() and prev.islower() and prev not in _DETERMINERS and word.lower() not in _common_words():
            out.add(word)
            other = _AND_NAME.match(text, m.end())  # ("between Petrobras and Pemex": both)
            if other and other.group(1).lower() not in _common_words():
                out.add(other.group(1))
    out.update(m.group() for m in _CAMEL.finditer(text))
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words a text may capitalize that name no one: the policy codebook's one-word terms
    ("Tourism", "Education"), months and days, and the entity lexicon's cue words ("Summit")."""
    from . import themes

    lex = E._lex()
    return frozenset(themes.single_word_terms() | {w.lower() for w in lex.months | lex.cues.keys()}
                     | {w.lower() for w in E.codebook()["weekdays"]})
# (not "the Parties" alone: under a convention, "the Parties should communicate new NDCs" are all its parties)
_PAIR_SUBJECT = _rc(r"(?:(?:(?:[Tt]he|[Oo]ur)\s+(?:two|both)|[Bb]oth)\s+(?:sides|countries|parties|Parties|governments|Governments"
                           # (the signatories by the text's own word for them, capitalized: "The Participants")
                           r"|nations|leaders|Leaders)|[Tt]he\s+(?:two\s+)?sides|The\s+(?:Participants|Parties|Signatories))\s*$")
# ("should be ambitious", "should benefit from the fund": a state or a gain, no act)
def _titled_body(subject: str, title: str | None) -> bool:
    """Whether a subject's capitalized words all stand in the text's title: the body whose text
    it is ("The Authority" of an "Extraordinary Summit of the Authority of Heads of State ...")."""
    words = [w for w in re.findall(r"[A-Z][\w'’-]*", subject) if w != "The"]
    low = (title or "").lower()
    return bool(words) and all(re.search(rf"\b{re.escape(w.lower())}\b", low) for w in words)


_BODY_SUBJECT = _rc(r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5}\s+")
_WE_BEFORE = _rc(r"(?:^|[,;:]\s*(?:and\s+)?)\s*[Ww]e\s+(?:(?:also|further|jointly|together)\s+)?$")
_SHOULD_NOT = _rc(r"\s+(?:not\s+|also\s+)?(?:be|have|benefit|receive|gain|enjoy|remain|become|get|grow)\b")


def _should_of_a_party(text: str, lo: int, at: int, end: int, L, parties) -> bool:
    """Whether "should" at ``at`` states what a party or the parties together hold they ought to
    do: "The two sides should strengthen cooperation ...", "Papua New Guinea should continue to
    strengthen ..." (not "the reform should be ambitious")."""
    if _SHOULD_NOT.match(text, end):
        return False
    seg = text[max(lo, at - 40):at]
    if _WE_BEFORE.search(seg):
        return True  # "We should strengthen cooperation with the Forum": the signatories' own
    return _pair_before(seg) or _party_before(text, lo, at, L, parties) or _parties_own_bodies(text[lo:at], L, parties)


# ("affirmed that the implementation ... remains ..., and it directed ...": a thing's clause; not
# "noted that the Joint Commission had made progress, and it decided ...", a body's)
_THAT_CLAUSE = _rc(r"\b[a-z]+ed\s+that\s+(?:(?:the|its|their|this|these)\s+[a-z]|(?!(?:the|its|their|this|these)\b)[a-z])")
# the acts of a body that a thing cannot do, after "it"
_DIRECTING = frozenset(["direct", "instruct", "task", "mandate", "request", "decide", "resolve", "urge", "call on", "call upon",
                        "welcome", "commend", "condemn", "appoint", "approve", "adopt"])


def _other_subject_first(text: str, lo: int, at: int, who: str, L, ctx) -> bool:
    """Whether "it" at ``at``, inside a sentence after a clause of its own, has that clause to
    refer to rather than ``who``, the last party that acted: the clause names neither ``who``
    nor any party's body ("We will not allow the Quad to become ...; it remains open ...")."""
    seg = text[lo:at]
    if not seg.strip() or not _CLAUSE_BREAK.search(seg):
        return False
    return not _names(seg, who, L)


def _names(seg: str, who: str, L) -> bool:
    """Whether ``seg`` names the party ``who``: by name, short name or adjective."""
    if who in seg:
        return True
    for m in L.country_actor_re.finditer(seg):
        name = next((g for g in (m.group("c1"), m.group("c2"), m.group("c3")) if g), None)
        adj = m.group("a1") or m.group("a3")
        if (L.all_country_forms.get(name) if name else L.adjective.get(adj) if adj else None) == who:
            return True
    return any(form in seg for form, c in L.all_country_forms.items() if c == who and len(form) > 3)


# (a clause ended before a pronoun opens the next: "...; it", "..., and it")
_CLAUSE_BREAK = _rc(r"(?:;|,\s*(?:and|but|while)|\s(?:and|but))\s*$")


# the object of a courtesy: a guest ("welcomed him", "welcomed the delegation") or the host's
# welcome ("thanked Prime Minister Modi for his hospitality")
_OTHER_SIDE_SAYS = _rc(r";\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:(?:side|delegation)\s+)?(?:stated|said|noted|maintained|replied|responded"
                             r"|countered|insisted|held|argued|explained|stressed|emphasi[sz]ed|underlined|affirmed|reiterated)\b")
_GUEST = _rc(r"(?:him|her|them|the\s+(?:visiting\s+)?(?:delegations?|guests?|visitors?))(?:\s+(?:warmly|to\s+[A-Z][^,;]{0,40}))?\s*[.;]?\s*$")
# what a host prepares: a meeting of the parties
_GATHERING = r"(?i:meeting|summit|session|talks|consultations|dialogue|conference|forum|visit|event|round|gathering|ministerial|presidency|chairmanship|chairship)s?\b"
_HOSTED = _rc(r"(?:(?!\bfor\b)[^;]){0,200}?\bfor\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
              # ("the warm and friendly hospitality", "the warm, cordial and generous welcome")
              r"(?:(?:warm|warmest|gracious|generous|kind|excellent|friendly|cordial|wonderful|thoughtful|great|brotherly|fraternal"
              r"|traditional|special)(?:\s+and\s+|\s*,\s*|\s+))*"
                     r"(?:(?P<host>hospitality|welcome|reception|visit)\b"
                     # (or for hosting the meeting, for its arrangements: "thanked Lithuania for hosting the meeting";
                     # not "for hosting 3.5 million refugees", "for the organization of free elections")
                     r"|(?:hosting|organi[sz]ation|arrangements|preparations?)(?:\s+(?:of|for))?\s+(?:the|this|these|our|their|its)\s+"
                     r"(?:[\w-]+\s+){0,3}?" + _GATHERING + r"|(?:arrangements|preparations)\s*[.;]?\s*$)")
# thanks to those who prepared the meeting, for whatever they did: "thanked the officials of both
# Governments for their preparations", "expressed their appreciation to the negotiating teams for ..."
_STAFF_THANKED = _rc(r"(?:[^,;]{0,60}?\bto\s+)?(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:officials|staff|teams|negotiators|organi[sz]ers|organi[sz]ing\s+committee|interpreters)\b[^;]{0,80}?\bfor\s+"
                            # (for their part in the meeting, not for what they gave: "for the donation of 500,000 doses")
                            r"(?:their|its|the)\s+(?:excellent\s+|hard\s+|tireless\s+)?(?:preparations?|organi[sz]ation|arrangements"
                            r"|(?:work|efforts)\s+(?:in|on|for)\s+(?:preparing|organi[sz]ing)|contribution\s+to\s+the\s+success\s+of)\b")
# (the welcome of others, or of what was sent: "the welcome extended to more than one million
# refugees", "the reception of wounded soldiers", "the visit of its demining experts")
_HOSTED_FOR_OTHERS = _rc(r"\s+(?:of\b|towards?\b|(?:extended|given|offered|shown)\s+to\s+(?!(?:him|her|them|us|the\s+(?:\w+\s+)?delegations?"
                                r"|his|her|their|our)\b))")


def _hosted(text: str, start: int, end: int) -> bool:
    """Whether thanks at ``start`` are for a host's own welcome of the guest."""
    m = _HOSTED.match(text, start, end)
    if m is not None:
        # ("for the organization of the Summit" is the host's; "the reception of wounded soldiers" is not)
        return not (m.group("host") and _HOSTED_FOR_OTHERS.match(text, m.end(), end))
    return _STAFF_THANKED.match(text, start, end) is not None


# (thanks said as a noun: "expressed his sincere gratitude", "conveyed their thanks and appreciation")
_THANKS = _rc(r"(?:(?:his|her|their|its|our|the|my)\s+)?(?:(?:sincere|deep|deepest|warm|heartfelt|profound|great)\s+)*"
                     r"(?:gratitude|appreciation|thanks)\b")
# (greetings passed on: "conveyed the greetings of Prime Minister Modi", "extended his warm
# regards and best wishes to the people of Ghana")
_GREETINGS = _rc(r"(?:(?:his|her|their|its|our|the|my)\s+)?(?:(?:sincere|warm|warmest|best|cordial|personal|fraternal|kind)\s+)*"
                 r"(?:greetings|regards|good\s+wishes|best\s+wishes|felicitations)\b")
# (but greetings and a position after them: "expressed their greetings to the people of Gaza
# ... and their determination to deliver 500 trucks of aid daily")
_AND_MORE_THAN_GREETINGS = _rc(r"\band\s+(?:their|his|her|its|our|the)\s+(?!(?:(?:warm\w*|best|good|kind|personal|sincere|cordial)\s+)*"
                               r"(?:greetings|regards|wishes|felicitations)\b)[a-z]")
_TO_A_PLACE = _rc(r"[^,;]{0,60}?\bto\s+(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?\s*[.;,]?\s*$")


def _pair_before(seg: str) -> bool:
    """Whether ``seg`` ends on the two sides named as a pair ("The two sides", "Both
    countries") opening its clause."""
    pair = _PAIR_SUBJECT.search(seg)
    return bool(pair and _CLAUSE_OPENS.search(seg, 0, pair.start()))


_OWNER = _rc(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+[A-Z]")


def _parties_own_bodies(subject: str, L, parties) -> bool:
    """Whether a sentence's subject is the parties' own bodies, each named by its country:
    "India's Ministry of Mines and Australia's Department of Industry, Science and Resources
    should convene an annual dialogue" (what the parties hold their own offices ought to do)."""
    if len(subject) > 160 or not _OWNER.match(subject.lstrip()) or any(c in subject for c in ";:"):
        return False
    owners = [L.all_country_forms.get(m.group(1)) for m in _OWNER.finditer(subject)]
    return bool(owners) and all(o is not None and o in parties for o in owners)


def _other_country_before(text: str, lo: int, at: int, L, parties) -> bool:
    """Whether the clause right before ``at`` opens on a country that is no party ("Russia
    cannot invoke ...")."""
    seg = text[max(lo, at - 80):at].rstrip()
    for m in L.country_actor_re.finditer(seg):
        if m.end() == len(seg) and _CLAUSE_OPENS.search(seg, 0, m.start()):
            name = next((g for g in (m.group("c1"), m.group("c2"), m.group("c3")) if g), None)
            adj = m.group("a1") or m.group("a3")
            who = L.all_country_forms.get(name) if name else L.adjective.get(adj) if adj else None
            return who is not None and who not in parties
    return False


# what may follow a party's name in its subject: its members, or a partner set off by commas
_PARTY_TAIL = _rc(rf"(?:\s+and\s+{_ITS_MEMBERS}"
                         r"|,\s*(?:together|along|jointly|in\s+cooperation|in\s+partnership)\s+with\s+[^,;]{1,60},)$")


def _party_named_at_end(seg: str, L, parties) -> bool | None:
    """Whether the party a country's name, or a group's side, closing ``seg`` names is one of
    ``parties``; None when no such name closes it."""
    for m in L.country_actor_re.finditer(seg):
        if m.end() == len(seg) and _CLAUSE_OPENS.search(seg, 0, m.start()):
            name = next((g for g in (m.group("c1"), m.group("c2"), m.group("c3")) if g), None)
            adj = m.group("a1") or m.group("a3")
            return (L.all_country_forms.get(name) if name else L.adjective.get(adj) if adj else None) in (parties or ())
    side = _GROUP_SIDE_END.search(seg) if seg.endswith(("side", "delegation")) else None
    if side is not None and any(name in (parties or ()) for _, name in S._groups_at(side.group(1))):
        return True  # ("The GCC side should facilitate visas": a party that is a group, as a side)
    return None


def _one_party_before(text: str, lo: int, at: int, L, parties) -> bool:
    """Whether one party by its name, or its side, opens the clause right before ``at``: "Japan
    may co-finance these projects" (not "The two sides may establish working groups as
    necessary", "The Participants may expand the scope of this Memorandum": what an agreement
    allows, no intention)."""
    return bool(_party_named_at_end(text[max(lo, at - 120):at].rstrip(), L, parties))


def _party_before(text: str, lo: int, at: int, L, parties) -> bool:
    """Whether a party's name opens the clause right before ``at`` ("Australia may provide
    additional funding ..."): a weak modal after a party's name states its intention (not
    another country's, "China may invade ...", nor inside what is noted: "noted that Japan
    could reach net zero earlier")."""
    seg = text[max(lo, at - 120):at].rstrip()
    tail = _PARTY_TAIL.search(seg)
    if tail is not None:  # "The EU and its Member States may ...", "Japan, together with Korea, may ..."
        seg = seg[:tail.start()]
    sig = L.signatory_subject_re.search(seg)
    if sig and _CLAUSE_OPENS.search(seg, 0, sig.start()):
        return bool(parties)  # "Leaders may revisit the Principles ...": the signatories, as a body's text names them
    named = _party_named_at_end(seg, L, parties)
    return named if named is not None else _party_body_before(seg, L, parties)


_GROUP_SIDE_END = _rc(r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:[Tt]he\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s+(?:side|delegation)$")


# (what may stand before a party's body that opens a clause: "the", "Germany's")
_BODY_LEAD = _rc(r"(?:(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s\s+|[Tt]he\s+)?$")


def _party_body_before(seg: str, L, parties) -> bool:
    """Whether a party's public body known by name opens the clause that ends ``seg``
    ("..., and Germany's KfW Development Bank may provide ...", "KfW may provide ...")."""
    lex = E._lex()
    for name, who in L.bodies_of_parties.items():
        if who not in (parties or ()):
            continue
        for form in lex.forms_of.get(name, (name,)):
            if seg.endswith(form) and (len(seg) == len(form) or not seg[-len(form) - 1].isalnum()):
                lead = _BODY_LEAD.search(seg, 0, len(seg) - len(form))
                if lead is not None and _CLAUSE_OPENS.search(seg, 0, lead.start()):
                    return True
    return False


# an amount given: "NZ$20 million over four years", "US$5 million in new funding", "$2 million to
# the fund"; not one reported ("US$300 million had been received", "$2 billion in bilateral trade")
_AMOUNT_NEXT = _rc(r"(?:(?:an?|an additional|additional|a further|further|new)\s+)?"
                          # (or the kind of money first: "confirmed financing of US$ 450 million", "a loan of USD 300 million")
                          r"(?:(?:(?:new|additional|concessional|its|their)\s+)?(?:financing|funding|support|assistance|grants?|loans?|aid"
                          r"|investments?|a\s+loan|a\s+grant|contributions?|credit\s+lines?|a\s+credit\s+line)\s+(?:of|worth|totall?ing)\s+)?"
                          r"(?:(?:up to|over|more than)\s+)?"
                          r"(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3}\s?)\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m)\b)?"
                          r"(?=\s*(?:[,.;]|$)|\s+(?:over|for|to|towards?|each|per|a\s+year|annually"
                          r"|(?:in|of)\s+(?:new\s+|additional\s+|fresh\s+)?(?:funding|support|assistance|grants?|loans?|financing|aid|contributions?))\b)")


def _explores(text: str, ve: int, end: int, L, verbs=None) -> bool:
    """Whether the verb after a modal ending at ``ve`` only explores ("will consider", "may
    jointly explore"), which makes the modal announce an intention, not bind. (``verbs``: the
    list to read, the modals' by default.)"""
    aside = _MODAL_ASIDE.match(text, ve, end)
    if aside:
        ve = aside.end()  # ("will, together with the United States Coast Guard, seek to expand ...")
    m = _MODAL_ADVERBS.match(text, ve, end)
    words = [w.strip(",;:") for w in text[m.end() if m else ve:(m.end() if m else ve) + 40].split()[:4]]
    verbs = L.modal_intention if verbs is None else verbs
    return any(" ".join(words[:k]) in verbs for k in (1, 2, 3, 4))  # (to "use its best efforts")


_ENCOURAGE_FIRMS = _rc(r"\s+(?:also\s+|further\s+)?encourage\s+(?P<adj>[A-Z][\w-]+)\s+(?:enterprises|companies|firms|businesses"
                              r"|investors|banks|financial\s+institutions)\b")


def _encourages_own_firms(st, text: str, ve: int, end: int) -> bool:
    """"The Chinese side will encourage Chinese enterprises to invest": a party's policy for its
    own firms, named by its country's adjective, binds as "its enterprises" does (not "European
    companies" of a Brazil–Argentina text)."""
    m = _ENCOURAGE_FIRMS.match(text, ve, end)
    return bool(m) and E._lex().adjective.get(m.group("adj")) in st.parties


def _predicate(st, si, h, L) -> dict:
    """Category, lemma and where the target starts, for one predicate hit."""
    text = st.text
    s = st.sentences[si]
    ve = h["end"]
    if h["kind"] == "modal":
        m = _MODAL_ADVERBS.match(text, ve, s.end)
        tstart = m.end() if m else ve
        cat = L.modals[h["text"]]
        if _explores(text, ve, s.end, L) and not (cat == "commitment" and _NOT_NEXT.match(text, ve, ve + 20)):
            cat = "intention"  # ("will not seek to impose new tariffs": a refusal binds as a pledge does)
        elif L.modal_endorse_re.match(text, ve, s.end) and not _encourages_own_firms(st, text, ve, s.end):
            cat = "endorsement"  # "will welcome Timor-Leste's accession", "would welcome a visit": approval still
        verb = "will" if h["text"] in ("will", "won't") else "can" if h["text"] in ("cannot", "can't") else h["text"]
        return {"verb": verb, "category": cat, "target_start": tstart,
                "noun": None, "infinitival": True}
    if h["kind"] == "adj":
        spec = L.adjectives[h["adj"]]
        m = _ADJ_LINK.match(text, ve, s.end)
        infinitival = bool(m and m.group().strip() == "to")
        cat = spec["category"]
        if cat == "commitment" and spec["lemma"] == "commit" and infinitival and not _act_after_to(text, m.end() - 1, s.end):
            # "remain fully committed to the Treaty on the Non-Proliferation of Nuclear Weapons": a
            # principle held, as "reaffirmed their commitment to" one is ("committed to providing" binds)
            cat = "endorsement"
        return {"verb": spec["lemma"], "category": cat, "target_start": m.end() if m else ve, "noun": None,
                "infinitival": infinitival}
    lemma = h["lemma"]
    cat = L.category[lemma]
    if h.get("item") and lemma in L.item_verbs and cat == "acknowledgement":
        cat = "commitment"  # "1.6 Review the CUSMA rules of origin ...": an action of the plan, not a finding
    noun = None
    tstart = ve
    if lemma in L.light:
        allowed = L.light[lemma]
        m = L.light_noun_re.match(text, ve, s.end)
        if m and (m.group("noun") in L.owned_only_nouns or lemma in L.owned_only_verbs) and \
                not _POSSESSIVE_BEFORE.search(text, ve, m.start("noun")) and not (
                    lemma in L.owned_only_verbs and m.group("noun") not in L.owned_only_nouns
                    and _SHARED_BEFORE.search(text, ve, m.start("noun"))):
            m = None  # "reiterated its aim to ...", not "reaffirmed the goals of the Paris Agreement"
        if m and (allowed is None or L.nouns[m.group("noun")]["category"] in allowed):
            cat = L.nouns[m.group("noun")]["category"]
            noun = m.start("noun")
            if m.group("noun") in L.hopes and (m.group("prep") or "").strip() == "that":
                cat = "endorsement"  # "expressed hope that a peace treaty would be signed": wished for, not intended
            elif cat == "commitment" and lemma in L.renewal_verbs and (
                    ((m.group("prep") or "").strip() == "to" and not _act_after_to(text, m.end(), s.end))
                    or (not m.group("prep") and (of_to := _OF_WHOM_TO.match(text, m.end(), s.end))
                        and not _act_after_to(text, of_to.end(), s.end))):
                # ("the commitment of the European Union to the sovereignty ... of all States": the same)
                # "reaffirmed their commitment to multilateralism", "to an open and stable region": a
                # principle held again, no act ("their commitment to work together" binds)
                cat = "endorsement"
            elif cat == "commitment" and lemma in L.renewal_verbs and not m.group("prep") \
                    and _OF_OTHERS_TO.match(text, m.end(), s.end):
                # "We reaffirm the commitment of developed countries to provide USD 100 billion": others'
                # pledge upheld, no act of the signatories'
                cat = "endorsement"
            if cat == "commitment" and lemma in L.recounting and m.group("noun") in _GIVEN and st.date is not None \
                    and any(int(y) < st.date.year for y in L.year_re.findall(text, m.end(), s.end)):
                cat = "acknowledgement"  # "recalled its contribution of EUR 28.6 billion ... in 2023": what was given, told again
            if cat in ("commitment", "intention") and m.group("prep") and not _AMOUNT_OF.match(text, m.end()):
                tstart = m.end()  # (not "renewed their swap agreement in the amount of RMB 50 billion": the agreement)
    if tstart == ve:
        m = _VERB_LINK.match(text, ve, s.end)
        tstart = m.end() if m else ve
    # (the character before ``ve`` ends the verb, so ``\b`` cannot hold at ``ve`` itself)
    infinitival = lemma == "intend" or bool(_TO_END.search(text, ve, tstart))
    if cat == "commitment" and infinitival and noun is None and (_explores(text, tstart - 1, s.end, L, L.explore_verbs) or (
            lemma in L.agreeing_verbs and _explores(text, tstart - 1, s.end, L, L.aims_after_agreeing))):
        cat = "intention"  # "agreed to explore French participation": as "will explore", it announces
    elif lemma in L.asks_that and cat == "commitment" and _THAT_FIRST.match(text, ve, s.end) \
            and not _THAT_OWN_BODY.match(text, ve, s.end):
        cat = "endorsement"  # "requested that Japan continue monitoring": a call on another, not a mandate
    elif lemma in ("agree", "concur") and cat == "commitment" and (should := _THAT_SHOULD.match(text, ve, s.end)):
        # "agreed that the private sector should be involved": a view shared of what ought to be;
        # "agreed that their ministries should hold talks every year": what they mean their own to do
        # (and a party's, "that Kenya should host the next summit", or a thing to be done by a
        # date, "that the road should be completed by 2029")
        subj = should.group("subj").strip()
        cat = "intention" if _OWN_SUBJECT.match(subj) or L.country_actor_re.fullmatch(subj) or _JOINT_BODY.fullmatch(subj) or (
            _DONE_BY_A_DATE.match(text, should.end() - 1, s.end)) else "endorsement"
    elif lemma in ("agree", "concur") and cat == "commitment" and (would := _THAT_WOULD.match(text, ve, s.end)) \
            and not _OWN_SUBJECT.match(would.group("subj")) and not _OWN_BODY_WORDS.search(would.group("subj")) \
            and not L.country_actor_re.fullmatch(would.group("subj").strip()) \
            and not any(w in L.all_country_forms for w in re.split(r"\s+and\s+(?:the\s+)?", would.group("subj").strip())):
        # "agreed that KenGen would partner with Siemens Energy", "that the private sector will
        # lead": what others are to do, agreed as a view (a party's own act, "that Kenya would
        # host", binds it)
        cat = "endorsement"
    elif lemma == "consider" and cat == "acknowledgement" and _AS_THE_BEST.match(text, tstart, s.end):
        # "considers the autonomy initiative ... as the most serious, realistic and credible basis for
        # the resolution of this dispute": a backing, not a finding
        cat = "endorsement"
    elif lemma in L.binds_before_amount and cat != "commitment" and _AMOUNT_NEXT.match(text, tstart, s.end):
        cat = "commitment"  # "New Zealand confirmed NZ$20 million over four years": money given
    elif cat == "intention" and _TO_SEE.match(text, ve, s.end):
        cat = "endorsement"  # "hope to see the accession completed": wished for another's doing, not intended
    elif lemma == "accept" and _INVITATION_NEXT.match(text, ve, s.end):
        cat = "intention"  # "President Lula accepted the invitation": to visit, as invited
    elif lemma in L.binds_before_amount and cat != "commitment" and _WILL_BE_DONE.match(text, ve, s.end):
        cat = "commitment"  # "the EU confirmed that the Ukraine Facility will be fully disbursed by 2027": its to do
    elif lemma in L.binds_before_amount and cat != "commitment" and (own := _OWN_WILL.match(text, ve, s.end)):
        # "Japan confirmed it will provide an additional USD 4.5 billion": its own act, confirmed
        # ("confirmed it will consider joining": its intention)
        cat = "intention" if own.group(1).lower() in L.modal_intention else "commitment"
    if lemma == "welcome" and cat == "endorsement" and _GUEST_GATE.match(text, ve, s.end) and _guest_to_re().match(text, ve, s.end):
        cat = "acknowledgement"  # "President Trump welcomed General Secretary To Lam to the White House": a visit, no view
    if cat == "commitment" and lemma in ("announce", "confirm", "state", "declare") and (own := _OWN_WILL.match(text, ve, s.end)) \
            and own.group(1).lower() in L.modal_intention:
        cat = "intention"  # "Argentina announced it would seek to generate ...": sought, not bound
    return {"verb": lemma, "category": cat, "target_start": tstart, "noun": noun, "infinitival": infinitival,
            "light": lemma in L.light and L.light[lemma] is None}


# (the parties' joint body: "agreed that the Joint Defence Committee should meet before the end of the year")
# what an organ of the parties does as one: meets, reports, reviews ("A Joint Follow-up Committee shall meet ...")
_ORGAN_ACTS = _rc(r"\s+(?:(?:also|then)\s+)?(?:meet|convene|report|review|monitor|oversee|coordinate|follow\s+up)\b")
_PRIVATE_BODY = _rc(r"\b(?i:business|private|chamber|industry|industrial|civil\s+society|academic|youth|parliamentary|media)\b")
_JOINT_BODY = _rc(r"(?:the\s+)?(?:Joint|Bilateral|Binational|Intergovernmental|Mixed|High-Level)\s+(?:[A-Z][\w-]*\s+){0,4}?"
                         r"(?:Council|Committee|Commission|Working\s+Group|Group|Dialogue|Mechanism|Task\s+Force|Forum)"
                         # (or in lower case: "A joint steering committee shall meet twice a year")
                         r"|(?:joint|bilateral|binational|intergovernmental)\s+(?:[a-z][\w-]*\s+){0,3}?"
                         r"(?:council|committee|commission|working\s+group|task\s+force)")
# ("should be completed by 2029", "should be operational before the end of 2026")
_DONE_BY_A_DATE = _rc(r"[a-z]+\s+(?:[a-z]+(?:ed|en|wn|ght|ne)|operational|ready|in\s+place|done|held|set\s+up)\b[^.;]{0,40}?"
                             r"\b(?:by|before|no\s+later\s+than|within)\s+(?:the\s+end\s+of\s+|mid-|end-)?(?:(?:19|20)\d\d|[A-Z][a-z]+|\w+\s+(?:months|years|days))")
# "agreed that X should ...": the that-clause's own verb is a modal of what ought to be
_THAT_SHOULD = _rc(r"\s+(?:(?:upon|on)\s+)?that\s+(?P<subj>(?:(?!that\b|which\b|who\b|will\b|shall\b|would\b)[\w'’,-]+\s+){1,16}?)"
                          r"(?:should|ought\s+to|could|might|may)\s+(?:(?:also|further|continue\s+to|not)\s+)?[a-z]")
# (a firm's or another's name: not the parties' own bodies, "the Joint Committee", "the next summit")
_THAT_WOULD = _rc(r"\s+that\s+(?P<subj>(?:the\s+)?(?!(?:Joint|Association|Binational|Bilateral|Intergovernmental|Next)\b)"
                         r"[A-Z][\w&.'’-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w&.'’-]*){0,5})\s+"
                         r"(?:would|will)\s+(?:(?:also|further|jointly|continue\s+to|not)\s+)?[a-z]")
_OWN_BODY_WORDS = _rc(r"\b(?:Council|Committee|Commission|Cabinet|Meeting|Summit|Group|Dialogue|Mechanism|Task\s+Force"
                             r"|Forum|Secretariat|Ministers?|Ministry|Ministries|Government|Governments|Leaders)\b")
_OWN_SUBJECT = _rc(r"(?i:their|our|both|each|the\s+two|the\s+(?:parties|sides|leaders|ministers|governments|participants))\b")
_ERA_BEFORE = _rc(r"\b(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō])\s+$")
_QUALIFIERS = r"(?:(?:more\s+than|over|nearly|almost|some|around|about|close\s+to|combined|collective)\s+)*"
_POPULATION_BEFORE = _rc(rf"\b(?:our|their|its)\s+{_QUALIFIERS}$", re.I)
_PEOPLE_AFTER = _rc(r"\s*(?:people|peoples|citizens|inhabitants|nationals|residents)\b")
_THE_BEFORE = _rc(r"\bthe\s+$", re.I)
_PEOPLE_END = _rc(r"\s+(?:people|peoples|citizens|inhabitants|nationals|residents)$")
_PEOPLE_OF_AFTER = _rc(r"\s*(?:people|citizens|inhabitants)\s+of\s+(?:the\s+)?[A-Z]")
_POPULATION_OF_BEFORE = _rc(rf"\b(?:population|populations|home)\s+(?:of|to)\s+{_QUALIFIERS}$", re.I)


_INVITATION_NEXT = _rc(r"\s+(?:with\s+\w+\s+)?(?:the|an|this|his|her|their|its|President\s+[\w.'’ -]{1,40}?['’]s)\s+"
                              r"(?:kind\s+|generous\s+)?invitations?\b")
@lru_cache(maxsize=1)
def _guest_to_re() -> re.Pattern:
    """A guest welcomed to a place, by a title of the entities codebook: "welcomed General
    Secretary To Lam to the White House", "warmly welcomed President Milei to India" (built the
    first time a welcome may be one: the titles make a long pattern)."""
    book = patterns.book("commitments-guest")  # (kept between processes, as the lexicons' patterns are)
    pattern = book.compile(
        rf"\s+(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)\s+)?(?:the\s+)?(?:{E._lex().role_alt})(?:\s+[A-Z][\w.’'-]*(?<!['’]s)){{1,5}}"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s+to\s+(?:the\s+)?[A-Z]")
    book.save()
    return pattern


# (a capitalized word, then " to " a capitalized word within the clause: what a guest's welcome needs)
_GUEST_GATE = _rc(r"\s+(?:the\s+)?[A-Z][^,;.:]{0,120}?\s+to\s+(?:the\s+)?[A-Z]")
# "confirmed it will provide ...": the one who confirms, acting; the verb after the modal (after
# "that", the clause is a position of its own)
_OWN_WILL = _rc(r"\s+(?:it|they|we|he|she)\s+(?:will|would|shall)\s+(?:also\s+|further\s+|continue\s+to\s+)?([a-z]+)\b")
_WILL_BE_DONE = _rc(r"\s+that\s+[^,;:.]{1,100}?\s+(?:will|shall)\s+(?:also\s+)?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b")


def _owned(st, si, recs, L, ctx, nouns: list[tuple[int, int]]) -> list[dict]:
    """Positions owned by another actor inside a clause: "President Obama's intent to ..."."""
    s = st.sentences[si]
    text = st.text
    out = []
    taken = {r["noun"] for r in recs if r.get("noun") is not None} | {r["verb_start"] for r in recs}
    for n0, n1 in nouns:
        if n0 in taken:
            continue
        gov = max((r for r in recs if r["verb_start"] < n0), key=lambda r: r["verb_start"], default=None)
        if gov is not None and gov["verb"] in _LOOKS_BACK and text[n0:n1].lower() in _GIVEN \
                and not any(c in text[gov["verb_end"]:n0] for c in ",;"):
            continue  # "acknowledged Korea's contribution of 1,500 personnel-days": what was given, not a pledge
        if gov is not None and gov["category"] == "acknowledgement" and _STATED_OF.match(text, n1, s.end):
            continue  # "noted that Japan's commitment to Africa ... amounts to $16 billion": a fact told of it
        # (far enough to see an amount after "of": " of AUD 400", " of a further DKK 2.1 billion")
        m = L.owned_re.search(text, max(s.start, n0 - 40), min(s.end, n1 + 40))
        if m and m.start("noun") == n0:
            owner_end = m.start()
            base = max(s.start, owner_end - 60)
            words = list(_WORD_RUN.finditer(text, base, owner_end))
            # The shortest owner that reads as an actor ("..., and India's plan" is India's),
            # taken back over the words that name the same actor ("President Obama's").
            # (a named actor before a group word: "the United States'" is not "States'", both)
            found = None
            cands = [(i, _resolve(text[words[i].start():owner_end], L, ctx)) for i in range(len(words) - 1, max(0, len(words) - 5) - 1, -1)]
            named = [(i, r) for i, r in cands if r is not None and r[0] not in ("both", "all")]
            pick = named[0] if named else next(((i, r) for i, r in cands if r is not None), None)
            if pick is not None:
                found = (pick[1][0], words[pick[0]].start())
                for i, r in cands:  # back over the words that name the same actor
                    if i < pick[0]:
                        # (or the same actor named in full: "the European Commission's", not "Commission's")
                        if r is None or (r[0] != found[0] and not r[0].endswith(" " + found[0])):
                            break
                        found = (r[0], words[i].start())
            if found is not None and gov is not None and gov["actor"] == found[0] and gov["verb"] in _CHANGES_OWN \
                    and text[n0:n1].lower() in _GIVEN:
                continue  # "Nawrocki offered to increase Poland's contribution to $500 million": the offer is the position
            if found is not None and gov is not None and gov["actor"] == found[0] and _MEANS_BEFORE.search(
                    text, max(s.start, found[1] - 30), found[1]):
                continue  # "Canada will contribute $20 million through Canada's climate finance commitment to ...": the means
            if found is not None and m.group("noun") in L.target_nouns and not (found[0] in ctx.parties or found[0] in L.country_names):
                continue  # "the Peace Fund's endowment target of USD 400 million": a fund's size, no one's goal
            if found is not None:
                rec = _owned_record(m, found[0], found[1], L)
                # (each clause of its own inside the pledge takes one verb: "to provide aid that is
                # targeted at women | was welcomed"; "to ensure that the sea is free" has none after)
                for k, said_of in enumerate(_SAID_OF_IT.finditer(text, m.end(), s.end)):
                    if len(_SUBORDINATE.findall(text, m.end(), said_of.start())) <= k:
                        rec["stop"] = said_of.start()
                        break  # "Japan's commitment to support adaptation | is welcome": what is said of it
                if _COORDINATED.search(text, max(s.start, found[1] - 8), found[1]):
                    rec["cut"] = found[1]  # "X's proposal ..., and India's plan": a second object
                out.append(rec)
            continue
        m = L.owned_adj_re.search(text, max(s.start, n0 - 40), min(s.end, n1 + 6))
        if m and m.start("noun") == n0 and (
            m.group("owner") in L.adjective or text[max(s.start, m.start() - 4):m.start()].lower() == "the "
        ):  # "the Japanese proposal to", "the India plan to"; not "companies in India plan to expand"
            form = m.group("owner")
            who = L.all_country_forms.get(form) or L.adjective.get(form)
            out.append(_owned_record(m, who, m.start("owner"), L))
            continue
        m = L.owned_of_re.match(text, n0, s.end) or L.owned_by_re.match(text, n0, s.end)
        if m:
            res = _resolve(m.group("owner"), L, ctx)
            if res is not None and m.re is L.owned_of_re and res[0] not in ctx.parties and res[0] not in L.country_names \
                    and res[0].removeprefix("The ").removeprefix("the ") not in ctx.names:
                res = None  # ("the loan of the Bayeux Tapestry to the British Museum": what is lent, no lender)
            if res is not None and res[0] not in ("both", "all"):
                rec = _owned_record(m, res[0], n0, L)
                head = _DETERMINER_BEFORE.search(text, max(s.start, n0 - 6), n0)
                at = head.start() if head else n0
                if _COORDINATED.search(text, max(s.start, at - 8), at):
                    rec["cut"] = at  # "the decision of X to ... and the intention of Y to ...": a second object
                out.append(rec)
                continue
        m = _OWNED_BY.match(text, n0, s.end) or _BY_OWNER_OF.match(text, n0, s.end)
        if m:
            # "the contribution of CFA 25 billion by the Republic of Côte d'Ivoire": the giver's, named after
            # (two gifts and their givers: "the pledge of USD 25 million by the European Union and
            # USD 10 million by the Kingdom of Saudi Arabia": each its giver's)
            two = _FIRST_GIFT.fullmatch(text, m.start("what"), m.end("what"))
            res = _resolve(two.group("owner1") if two else m.group("owner"), L, ctx)
            if res is not None and res[0] not in ("both", "all"):
                rec = _owned_record(m, res[0], n0, L)
                rec.update(target_start=m.start("what"), stop=two.end("what1") if two else m.end("what"))
                head = _DETERMINER_BEFORE.search(text, max(s.start, n0 - 6), n0)
                at = head.start() if head else n0
                if _COORDINATED.search(text, max(s.start, at - 8), at):
                    rec["cut"] = at
                out.append(rec)
                res2 = _resolve(m.group("owner"), L, ctx) if two else None
                if res2 is not None and res2[0] not in ("both", "all", res[0]):
                    rec2 = _owned_record(m, res2[0], two.start("what2"), L)
                    rec2.update(target_start=two.start("what2"), stop=two.end("what2"))
                    out.append(rec2)
                more = _AND_BY_OF.match(text, m.end("what"), s.end) if m.re is _BY_OWNER_OF else None
                res2 = _resolve(more.group("owner"), L, ctx) if more else None
                if res2 is not None and res2[0] not in ("both", "all", res[0]):
                    # ("the pledge by the European Union of EUR 150 million and by the Government of
                    # Japan of US$20 million": the second gift its own giver's)
                    rec2 = _owned_record(m, res2[0], more.start("what"), L)
                    rec2.update(target_start=more.start("what"), stop=more.end("what"))
                    out.append(rec2)
    return out


# an amount's opening: a code, a signed dollar or a sign, then its digits ("EUR 20", "A$5", "€3")
_MONEY_LEAD = r"(?:[A-Z]{3}\s?|[A-Z]{0,2}\$\s?|" + _SIGN + r")\d"


def _given_with(text: str, s, recs: list[dict], L, ctx) -> list[dict]:
    """Money a party gives to another's act, said inside it: "The Forum Fisheries Agency will
    expand its Surveillance Centre, with USD 40 million from the United States over five years"
    is the United States' gift too (where no row of the giver's holds it already)."""
    out = []
    for m in _WITH_MONEY_FROM.finditer(text, s.start, s.end):
        res = _resolve(m.group("owner"), L, ctx)
        if res is None or not (res[0] in ctx.parties or res[0] in L.country_names):
            continue
        if any(r["actor"] == res[0] and r["verb_start"] <= m.start() for r in recs):
            continue  # (the giver's own act already holds it: "Japan will fund the centre, with USD 5 million from Japan")
        out.append({
            "actor": res[0], "verb": "provide", "category": "commitment", "target_start": m.start("what"),
            "stop": m.end("owner"), "noun": m.start("from"), "negated": False, "cut": None, "disp": m.start("what"),
            "infinitival": True, "cls": "owned", "verb_start": m.start("from"), "verb_end": m.end("from"), "owned": True,
        })
    return out


_WITH_MONEY_FROM = _rc(rf"\bwith\s+(?:(?:an?\s+)?(?:additional|further|new)\s+)?(?P<what>{_MONEY_LEAD}[\d.,]*"
                              r"(?:\s+(?:million|billion|trillion))?(?:\s+in\s+[a-z]+(?:\s+[a-z]+)?)?)\s+(?P<from>from)\s+"
                              r"(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,4})")
# a gift and its giver after it: "the contribution of CFA 25 billion by the Republic of Côte d'Ivoire"
_OWNED_BY = _rc(r"(?P<noun>contributions?|pledges?|grants?|loans?|donations?)\s+of\s+(?P<what>(?:[^,;]|,(?=\d)){1,60}?)\s+by\s+"
                       r"(?P<owner>(?:the\s+)?[A-Z][^,;.]{0,60}?)(?=\s*(?:[,;.]|$)|\s+(?:to|for|in|towards)\b)")


# ... or the giver first, then the gift: "the announcement by the European Union of EUR 20 million
# for ocean science"
_BY_OWNER_OF = _rc(r"(?P<noun>announcements?|contributions?|pledges?|commitments?|offers?|grants?|loans?)\s+by\s+"
                          r"(?P<owner>(?:the\s+)?[A-Z][^,;.]{0,60}?)\s+of\s+"
                          r"(?P<what>(?:(?:an?\s+)?(?:further|additional|new)\s+)?(?:(?:up\s+to|more\s+than|over|about|some)\s+)?"
                          rf"{_MONEY_LEAD}(?:[^,;]|,(?=\d)){{0,60}}?)(?=\s*(?:[;]|,(?!\d)|\.(?!\d)|$)|\s+(?:to|for|in|towards|and\s+by)\b)")
_AND_BY_OF = _rc(r"\s+and\s+by\s+(?P<owner>(?:the\s+)?[A-Z][^,;.]{0,60}?)\s+of\s+"
                        rf"(?P<what>{_MONEY_LEAD}[\d.,]*(?:\s+(?:million|billion|trillion))?)")
# the views that follow a pledge after ", and" as the same subject's, rarely a noun there
_VIEW_AFTER_COMMA = frozenset(("welcome", "commend", "reaffirm", "reiterate", "condemn", "underline", "stress",
                               "emphasize", "emphasise", "recognize", "recognise", "acknowledge", "note"))
_FIRST_GIFT = _rc(r"(?P<what1>.+?)\s+by\s+(?P<owner1>(?:the\s+)?[A-Z].+?)\s+and\s+"
                         rf"(?P<what2>{_MONEY_LEAD}[\d.,]*(?:\s+(?:million|billion))?)")
_DETERMINER_BEFORE = _rc(r"\b(?:the|a|an)\s+$")
# (a clause of its own inside the pledge holds the verb: "to ensure that the sea is free")
_SUBORDINATE = _rc(r"\b(?:that|where|which|who|whom|whose|what|whether|when|while|if|so)\b")
# the verb of a sentence whose subject is a party's pledge: what it says of the pledge, not the pledge
_SAID_OF_IT = _rc(r"\s+(?:is|are|was|were|remains|remained|has\s+been|have\s+been)\s+(?!to\b)(?=[a-z])")
# what a pledge is made by means of, or under: no pledge of its own
_MEANS_BEFORE = _rc(r"\b(?:through|via|under|within|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with"
                           r"|consistent\s+with|in\s+fulfil?ment\s+of|pursuant\s+to)\s+(?:the\s+)?$", re.I)


# Verbs that look back on what another gave, and the nouns of a gift: "thanked Japan for its
# contribution", "acknowledged Korea's contribution of 1,500 personnel-days"
# the subject of a statement of fact: "Japan's commitment to Africa, announced at TICAD 9, amounts to $16 billion"
_STATED_OF = _rc(r"[^.;]{0,100}?\b(?:amounts?\s+to|amounted\s+to|totals|totalled|totaled|stands\s+at|stood\s+at"
                        r"|has\s+reached|reached|is\s+worth|was\s+worth)\b")
_LOOKS_BACK = frozenset(["thank", "appreciate", "commend", "acknowledge", "recognize", "recognise", "praise", "congratulate"])
_GIVEN = frozenset(["contribution", "contributions", "grant", "loan"])
# Verbs of one's own that take one's own gift as their object: "offered to increase its contribution"
_CHANGES_OWN = frozenset(["offer", "propose", "intend", "plan", "aim", "will", "commit", "pledge", "decide", "agree"])


def _owned_record(m, actor, start, L) -> dict:
    spec = L.nouns.get(m.group("noun"), {"category": "commitment", "lemma": m.group("noun")})
    cat = spec["category"]
    if cat == "commitment" and _explores(m.string, m.end(), len(m.string), L, L.explore_verbs):
        cat = "intention"  # "the Saudi decision to consider participation": as "decided to consider", it announces
    elif cat == "commitment" and m.group().rstrip().endswith(" to") \
            and (m.string[m.end():m.end() + 8].split() or [""])[0].lower() in _DETERMINERS \
            and not _act_after_to(m.string, m.end() - 1, len(m.string)):
        cat = "endorsement"  # ("Australia's commitment to the highest non-proliferation standards": a principle held, no act)
    return {
        "actor": actor, "verb": spec["lemma"], "category": cat, "target_start": m.end(),
        "noun": m.start("noun"), "negated": False, "cut": None, "disp": start, "infinitival": True,
        "cls": "owned", "verb_start": m.start("noun"), "verb_end": m.end("noun"), "owned": True,
    }


# --------------------------------------------------------------------------------------------
# Catalysts
# --------------------------------------------------------------------------------------------


def _any_between(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _starts_within(pat: re.Pattern, text: str, start: int, end: int, reach: int) -> bool:
    """True when ``pat`` matches starting somewhere in [start, end).

    ``reach`` is how far past its start a match (with what it looks at after itself) can
    read, so that a match starting just before ``end`` is still seen whole."""
    m = pat.search(text, start, end + reach)
    return m is not None and m.start() < end


_YEAR = _rc(r"(1[89]|2[01])\d\d")
_CODE_AND_SMALL = _rc(r"[A-Z]{2,3}\s?\d{1,3}")


def _qualified_start(text: str, start: int, s0: int, L) -> int:
    """Where a number starts once a qualifier before it is included ("more than 5 000")."""
    before = text[max(start, s0 - 30):s0]
    # the usual case, answered without the pattern: no qualifier word right before the number
    if not before[-1:].isspace() or not before.rstrip().endswith(L.qualifier_ends):
        return s0
    q = L.qualifier_re.search(text, max(start, s0 - 30), s0)
    return q.start() if q else s0


# (a capital glued to a small number before what it names: a model's name, "K2 tanks"; not an
# amount, "K2 million", "R100 to the fund")
# a maker's name before a number and a model's letters after it: "Boeing 737 MAX", "Airbus A350 XWB"
_RESPECTIVELY_AFTER = _rc(r"\brespectively\b")
# the list a "which" refers back to: "of Japan, Australia and the Republic of Korea, which"
# a thing its owner has, right before ", which": "Indonesia's accession to the OECD, "
_OWNER_BEFORE_WHICH = _rc(r"(?<![\w.'’-])(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?\s+"
                                 r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+(?:to|for|of|in|on|at|with)\s+[^,;]{1,80}?)?,\s*$")
_LIST_BEFORE_WHICH = _rc(r"\b(?:of|from|by)\s+((?:the\s+)?[A-Z][^,;:]*(?:,\s+(?:the\s+)?[A-Z][^,;:]*)*\s+and\s+(?:the\s+)?[A-Z][^,;:]*),\s*$")
_BASELINE_WHEN = _rc(r"\b(?:up|down)\s+from\s+[^,;:]{1,30}$", re.I)
_BASELINE_BEFORE = _rc(r"\b(?:up|down)\s+from\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under)|over|under"
                              r"|approximately|an\s+estimated|less\s+than|more\s+than)\s+)?$", re.I)
# a number that counts the years a tie has lasted: "marking 70 years of diplomatic relations",
# "to celebrate the 50th anniversary": an occasion, no target
_YEARS_OF_TIES = _rc(r"\s+years\s+of\s+(?:(?:diplomatic|bilateral|close|friendly)\s+)?(?:relations|ties|friendship|partnership|cooperation)\b"
                            r"|(?:st|nd|rd|th)?\s+anniversary\b")
_EVERY_BEFORE = _rc(r"\bevery\s+$")
_PERIOD_AFTER = _rc(r"\s+(?:years?|months?|weeks?|days?|decades?|hours?)\b")
_HYPHEN_RANGE_START = _rc(r"(?<![\w.,/+–-])\d[\d.,]*[-–]$")
_AGREED_THAT = _rc(r"\b(?:agreed|agree|agrees|decided|decide|decides)\s+that\s+[^,;:]{1,80}$")
_MAKER_BEFORE = _rc(r"(?<=[a-z0-9,] )[A-Z][a-z]+\s$")
_MODEL_AFTER = _rc(r"(?:-\d+)?\s+[A-Z]{2,}\b")
_MODEL_NAME = _rc(r"(?:additional\s+|new\s+)?[A-Z]\d{1,3}")
# (... before the things it names: "K2 tanks", "K9 howitzers and ...", not "K500 to each farmer")
_THINGS_NEXT = _rc(r"\s+(?!(?:years|months|days|weeks|thousands|millions|billions)\b)[a-z]{3,}s\b")


def _numeric_matches(text: str, start: int, end: int, L):
    """``L.numeric_re.finditer(text, start, end)``, skipping quickly over the text between numbers.

    A match starts with a digit, or with a currency and at most one space before its digits
    ("USD 5"), so none starts more than ``L.numeric_lead`` characters before the next digit or
    currency sign: the (slow) pattern is only tried from there.
    """
    pos = start
    while True:
        sign = L.numeric_gate_re.search(text, pos, end)
        if sign is None:
            return
        m = L.numeric_re.search(text, max(pos, sign.start() - L.numeric_lead), end)
        if m is None:
            return
        yield m
        pos = m.end()


# a determiner right before a word: "the pending approvals"
_DETERMINER_END = _rc(r"\b(?:the|its|their|our|all|any|these|those|his|her)\s+$", re.I)
# a sentence that opens on its condition, up to the comma that ends it (not "Once again, ...")
_CONDITION_FIRST = _rc(
    r"\s*(?:(?:Should|Were|Had)\s|(?:If|Unless|Once(?!\s+(?:again|more)\b)|Provided\s+that|In\s+the\s+event\s+that)\b)[^;:,]*,\s+"
)

# an inverted condition inside a sentence: "..., should commercial interest be confirmed"
_INVERTED_MID = _rc(
    r", (should|were|had)(?=\s+(?!(?:be|been|not|also|have|never|further)\b)[a-z]+\s"
    r"|\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+[a-z]+\b)"  # (", should Japan agree, ...")
)


# ("will participate in the event of the year": an occasion, no condition)
_EVENT_OF_TIME = _rc(r"\s+the\s+(?:year|season|decade|month|week|day|century)\b")


def _condition_marks(text: str, L) -> list[tuple[int, int, str]]:
    """Every condition marker of the statement as a whole word: ``(start, end, marker)``."""
    low = S.lower_keeping_offsets(text)
    n = len(low)
    out = []
    for form in L.condition_forms:
        i = low.find(form)
        while i >= 0:
            j = i + len(form)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "-")) and (j >= n or not (low[j].isalnum() or low[j] == "-")):
                if (form != "once" or _once_sets_condition(low, i, j, L)) and (form != "until" or _UNTIL_CLAUSE.match(low, j)) \
                        and (form != "while" or _WHILE_LASTS.match(low, j)) \
                        and (form != "in the event of" or not _EVENT_OF_TIME.match(low, j)) \
                        and (form != "provided" or _provided_opens_clause(low, i, j, L)) \
                        and not (form.startswith("only ") and (low.endswith("not ", 0, i) or _WHAT_WAS_BEFORE.search(low, max(0, i - 80), i)
                                                               or _SCOPE_ONLY.match(low, j))):
                    # (not "not only when crises arise but at all times", nor of what was: "the
                    # mechanism, which was activated only when both sides consented")
                    out.append((i, j, form))
            i = low.find(form, j)
    # (those with a word or two between: "where commercial conditions allow"; "where conditions
    # allow" is a marker of its own)
    out += [(m.start(), m.end(), m.group()) for m in L.conditions_allow_re.finditer(low)]
    return out


_SCOPE_ONLY = _rc(r"\s+(?:it|they|this|these)\s+(?:concerns?|relates?|pertains?|applies|apply)\b")  # ("only where it concerns forests": what, not if)
_WHAT_WAS_BEFORE = _rc(r",\s*(?:which|that|who)\s+(?:was|were|had)\b[^,;]*$")


def _provided_opens_clause(low: str, i: int, j: int, L) -> bool:
    """Whether a bare "provided" opens a condition: set off by a comma, a clause with its verb
    after it ("..., provided domestic supply remains adequate"); not a participle ("the support
    provided by the World Bank", "..., provided to the region") nor "provided that", whose own
    marker it is."""
    if low.startswith(" that", j) or not low[max(0, i - 2):i].rstrip().endswith(","):
        return False
    after = [w.strip(",;.") for w in low[j:j + 60].split()[:4]]
    return bool(after) and after[0] not in L.time_nouns and after[0] not in _NOT_A_CLAUSE \
        and any(w in L.relative_verbs for w in after[1:4])


def _once_sets_condition(low: str, i: int, j: int, L) -> bool:
    """"once the feasibility study is completed" sets a condition: a clause with a verb follows.
    "once again", "once a year", "at once", "more than once", "only once." and "Japan, once the
    largest donor, ..." do not."""
    nxt = low[j:j + 40].split()
    # ("once a year", but "once a peace treaty is signed" sets one)
    article_thing = len(nxt) > 1 and nxt[0] in ("a", "an") and nxt[1].strip(",.;:") not in L.time_nouns \
        and nxt[1].strip(",.;:") not in ("while", "lifetime", "generation", "fortnight", "decade", "century")
    if not nxt or (nxt[0] in L.once_not_before and not article_thing) or low[j:j + 1] in ",.;:" or low[max(0, i - 5):i] == "than " \
            or low[max(0, i - 3):i] == "at ":
        return False
    stop = min((k for k in (low.find(c, j, j + 120) for c in ",.;:") if k >= 0), default=j + 120)
    if _ONCE_VERB.search(low, j, stop):
        return True
    # (a verb the pattern does not know, after a subject: "once Tunisia adopts the new asylum law")
    words = low[j:stop].split()
    if words and words[0] in ("during", "this", "that", "within", "per", "in", "a", "every", "each", "next", "at", "under", "more", "between"):
        return False  # ("will meet once during 2026 to deliver ...", "once at ministerial level": how often, no condition)
    return any(w in L.once_verbs and words[k - 1] not in _DETERMINERS and words[k - 1] not in _NOT_BEFORE_ONCE_VERB
               for k, w in enumerate(words[:8]) if k)


# "until Mexico further reduces the flow", "until the conflict ends": a clause, a condition of
# what is withheld; not "until 2030", "until the end of 2025", "until further notice", "until
# the agreed target date"
# "while" sets a condition only before what lasts ("will not impose tariffs while the review is
# under way"), not a contrast ("while Chile has legislated a 43% reduction")
_WHILE_LASTS = _rc(r"[^,;:.]{3,120}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:under\s+way|underway|ongoing|in\s+progress|pending|in\s+force|in\s+place|in\s+effect)\b"
                          # ("while the two sides negotiate a framework", "while talks continue")
                          r"|\s*(?:the\s+)?(?:two\s+sides|sides|parties|talks|negotiations|discussions|consultations|review|dialogue|process)"
                          r"(?:\s+(?:on|over|for|of|about|toward|towards|under|with|between|among)\s+[^,;]{1,120}?)?"
                          r"\s+(?:negotiate|continue|proceed|last|are\s+held|are\s+under\s+way|take\s+place)\b")
_UNTIL_CLAUSE = _rc(
    r"\s+(?:(?:the|its|their|all|both|a|an)\s+)?(?!(?:the|its|their|a|an|this|that|these|those)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,8}?"
    # (a participle or relative clause set off by commas after the subject: "until the joint study,
    # financed with US$ 2.5 million from each party, is concluded"; not "until the end of the year,
    # as announced in March, provided that ...")
    r"(?:,\s+(?:[a-z]+ed|[a-z]+en|which|who|led|held|built|set|made)\b[^,;]{1,100},(?!\s+provided\b))?"
    r"\s+(?:(?:further|fully|again|also|finally|effectively)\s+)?"
    r"(?:is|are|has|have|can|ends|resumes|complies|meets|reduces|stops|ceases|returns|agrees|accepts|ratifies|withdraws"
    r"|approves|adopts|concludes|completes|decides|lifts|pays|restores|releases|enters|takes|reaches|receives|[a-z]+ed)\b")


_ONCE_VERB = _rc(r"(?<!\bto )\b(?:[a-z]+ed|[a-z]+en|is|are|was|were|has|have|had|enters?|takes?|comes?|becomes?|begins?|starts?"
                        r"|allows?|permits?|receives?|obtains?|meets?|agrees?|signs?|ratifies|ratify|approves?|concludes?|completes?"
                        # (after a plural subject: "once they reach commercial operation", "once talks resume")
                        r"|reach(?:es)?|achieves?|arrives?|ends?|resumes?|opens?|exists?|become|begin|start|enter|take|come)\b")


_CLAUSE_LEAD = _rc(r"(?:^|[,;:(]|\b(?:and|or|but|is|are|be|was|were|remain|remains|will|would|shall|which|that))\s*$", re.I)


_DURATION_END = _rc(r"\s+(?:necessary|needed|required|possible)\s*(?:[,;.)]|$|(?:to|by|for)\b)", re.I)
_CLAUSE_GOES_ON = _rc(r"\b(?:and|but|while|whereas)\b")


def _in_condition(text: str, lo: int, verb: int, marks, L) -> bool:
    """Whether the verb at ``verb`` is the verb of a condition's own clause ("..., provided that
    Japan agrees", "if Korea decides to ..."), which states no position."""
    found, starts = marks
    k = bisect.bisect_right(starts, verb) - 1
    if k < 0:
        return False
    start, end, word = found[k]
    if not (start >= lo and end <= verb and word in L.condition_clauses) or any(c in text[end:verb] for c in ",;:"):
        return False
    # (a modal after "and" or "but" starts a clause of its own: "if needed and Australia will host
    # ..."; a subject of two, "provided that Australia and the ADB commit", does not)
    return not (text.startswith(("will", "shall", "would"), verb) and _CLAUSE_GOES_ON.search(text, end, verb))


def _before_conditions(recs: list[dict], conditions: list[dict], end: int) -> list[dict]:
    """The records left once the verbs of conditions' own clauses are dropped; a target that
    ended where one began runs on to the next clause that is left, so that it keeps its condition
    ("will meet again, unless both governments decide otherwise")."""
    cuts = {r["cut"] for r in conditions if r["cut"] is not None}
    left = [r for r in recs if r not in conditions]
    for i, r in enumerate(left):
        if r.get("target_end") in cuts:
            r["target_end"] = next((q["cut"] for q in left[i + 1:] if q["cut"] is not None and q["cut"] > r["target_start"]), end)
    return left


def _opens_clause(text: str, lo: int, start: int) -> bool:
    """Whether a marker at ``start`` opens a clause of its own (after a comma, at the start of
    the sentence, or after a form of "be"), as a condition does ("..., pending ratification",
    "will be dependent on funding"); not a word inside a noun phrase ("all pending issues")."""
    return start <= lo or bool(_CLAUSE_LEAD.search(text, max(lo, start - 12), start))


# words after "provided" that make it a participle, not a condition: "provided by Japan", "provided to"
_NOT_A_CLAUSE = frozenset("by to for in with through under from on at via as and or since".split())


_WITHOUT_TERMS = _rc(r"\bwithout\s+(?!(?:delay|hesitation|prejudice|exception|fail|question|doubt|end|limit|precedent)\b)"
                            r"[^,;:.()]{3,120}")


def _inverted_clause(words: list[str], L) -> bool:
    """Whether the words after "should" (to the next comma) are an inverted condition's clause: a
    verb of the codebook's anywhere ("should commercial interest be confirmed"), or a subject and
    then a verb of what may happen ("should domestic supply in Argentina fall short"); not a
    modal's verb and its object ("should increase trade", "should further increase trade")."""
    if any(w in L.inverted_verbs for w in words):
        return True
    if len(words) < 2 or words[0] in L.adverbs or words[0].endswith("ly") or words[0] in L.inverted_late:
        return False
    return any(w in L.inverted_late for w in words[1:6])


def _condition(text: str, lo: int, hi: int, L, marks: tuple[list, list]) -> str:
    """The first condition in ``text[lo:hi]``, as written up to the next comma ("if commercial
    conditions allow", "subject to budget approval"), or "" when there is none. ``marks``:
    the statement's condition markers and their starts."""
    found, starts = marks
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        start, end, word = found[k]
        if end > hi:
            break
        raw_after = text[end:min(hi, end + 50)]
        after = [w.strip(",;.") for w in raw_after.lower().split()[:4]]
        if word in ("as long as", "so long as") and (
                text[max(lo, start - 4):start].lower().endswith("for ") or after[:2] == ["it", "takes"]
                or _DURATION_END.match(raw_after)):
            continue  # "(for) as long as it takes", "as long as necessary": a duration, no condition
        if word == "pending" and not (after[:1] and after[0] in L.pending_before) and \
                not any(w in L.subject_to or w in L.pending_nouns for w in after[:2]):
            continue  # "resolve pending issues": an adjective; not "pending parliamentary approval", "pending its entry"
        if word == "pending" and _DETERMINER_END.search(text, max(lo, start - 8), start):
            continue  # "clear the pending approvals": an adjective after its determiner
        if word in ("provided that", "providing that") and after[:1] and (after[0] in L.time_nouns or after[0] in L.relative_verbs):
            continue  # "the assistance provided that year", "the assistance provided that has strengthened ..."
        if word in L.condition_opening and not _opens_clause(text, lo, start):
            continue  # "economies dependent on coal"
        if word == "once" and _RELATIVE_BETWEEN.search(text, lo, start):
            continue  # "..., which will be handed over once it is completed": the relative clause's
        if word == "if":
            before = text[max(lo, start - 20):start].split()
            if before and before[-1].lower().strip(",;:(") in L.condition_not_after and not before[-1].endswith(",") \
                    and not (len(before) > 1 and before[-2].lower() in _NOUN_BEFORE):
                continue  # ("will assess if ..." asks; "will consider, if conditions warrant, ..." sets one;
                # "to the feasibility study if the Bank approves ..." is a noun, then a condition)
        elif word == "subject to":
            nxt = after
            while nxt and nxt[0] in ("the", "their", "its", "our", "any", "all"):
                nxt = nxt[1:]
            if not any(w in L.subject_to for w in nxt[:3]) and (  # ("subject to U.S. legal requirements")
                    not text[max(lo, start - 2):start].rstrip().endswith((",", ";", "(")) or (nxt and nxt[0] in L.not_subject_to)):
                # "goods subject to tariffs"; not "subject to project approvals", nor set off by a
                # comma: "..., subject to the conclusion of a partnership arrangement"
                continue
        elif word in ("should", "were", "had") and not _DETERMINER_NEXT.match(text, end) \
                and not _inverted_clause(text[end:min(hi, end + 80)].split(",")[0].lower().split(), L):
            # ", should hold talks": a modal, not "should commercial interest be confirmed" nor
            # "should the authorities reinstate ..." (a subject after it: a condition)
            continue
        stop = _CLAUSE_MARK.search(text, end, hi)  # (not the comma of "USD 1,500 million")
        if word == "until" and stop is not None and stop.group() == ",":
            clause = _UNTIL_CLAUSE.match(S.lower_keeping_offsets(text[end:hi]))
            if clause is not None:  # (past a clause set off by commas inside it, to its verb)
                stop = _CLAUSE_MARK.search(text, end + clause.end(), hi)
        while stop is not None and _US_DAY_BEFORE.search(text, max(end, stop.start() - 14), stop.start()) \
                and _YEAR_NEXT.match(text, stop.end()):
            stop = _CLAUSE_MARK.search(text, stop.end(), hi)  # (nor the comma of "by October 1, 2026")
        while stop is not None and stop.group() == "," and (
                _LIST_GOES_ON.match(text, stop.end()) is not None and _ADJECTIVE_LAST.search(text, max(end, stop.start() - 20), stop.start())
                # (or a list of nouns that ends the sentence: "if the authorities demonstrate a clear
                # commitment to democratic principles, the rule of law and fundamental rights.")
                or _NOUN_LIST_TO_END.fullmatch(text, stop.end(), hi) is not None and text[hi:hi + 2].strip()[:1] in ("", ".", ";")):
            stop = _CLAUSE_MARK.search(text, stop.end(), hi)  # (nor a list's: "high environmental, social and governance standards")
        words = text[start:stop.start() if stop else hi].split()
        cut = len(words) > 24  # (a condition runs to its comma; a very long one is cut, and says so)
        words = words[:24]
        while len(words) > 2 and words[-1].lower() in _DANGLING:
            words.pop()  # (not "... approved by the")
        return " ".join(words) + (" …" if cut else "")
    return ""


# (the year an event took place: "in May 2022", "on 1 May 2022", not a text's "the 2015 agreement")
_EVENT_YEAR = _rc(r"\b(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)(?!\d)")
# (the markers of a condition that is an event: "following the entry into force ...")
_AFTER_EVENT = _rc(r"(?i:following|after|upon|on|since)\b")


def _past_event(cond: str, year: int) -> bool:
    """Whether a condition names only years before the statement's: an event that has been
    ("following the entry into force of the CEPA in May 2022"), which holds nothing back; an
    event without its year may still come."""
    if not _AFTER_EVENT.match(cond):
        return False  # ("if the ceasefire agreed in January 2025 holds": what must still hold)
    years = [int(y) for y in _EVENT_YEAR.findall(cond)]
    return bool(years) and max(years) < year


_IN_PRINCIPLE = _rc(r"\s+in\s+principle\b")
_DETERMINER_NEXT = _rc(r"\s+(?:the|its|their|these|those|such|both|all|any|our)\s+[a-z]")
_NOUN_BEFORE = frozenset("the a an this that these those its their our his her feasibility joint pilot technical independent "
                         "environmental impact".split())
_LIST_GOES_ON = _rc(r"\s+([a-z][\w-]*),?\s+(?:and|or)\s+[a-z]")
_NOUN_LIST_TO_END = _rc(r"(?!\s+(?:together|along|as|in|with|for|to|by|on|at|from|including|notably|particularly|especially|except|than"
                       r"|and|or|but|while|which|who|we|they|it)\b)"
                       r"(?:\s+(?!(?:and|or|but|while|which|who|we|they|it|the\s+two)\b)[^,;:.]{1,40},)*\s+[^,;:.]{1,40}?\s+(?:and|or)\s+"
                       r"(?:(?!\b(?:will|shall|would|can|could|may|must|should|is|are|was|were|has|have|to)\b)[^,;:.]){1,40}[.;]?\s*")
_ADJECTIVE_LAST = _rc(r"[a-z](?:al|ic|ive|ous|ary|ent|ant|ful|ible|able)$")  # (a list of qualities: "environmental, social and ...")
_CLAUSE_MARK = _rc(r"[;:]|,(?!\d)|(?<!\d),")
_US_DAY_BEFORE = _rc(rf"\b(?:{'|'.join(_MONTHS)})\.?\s+\d{{1,2}}$")
_YEAR_NEXT = _rc(r"\s+(?:19|20)\d\d\b")


def _leading_condition(text: str, start: int, first_verb: int, L, marks) -> str:
    """A condition that opens a sentence, before its first position, holds for every position
    of the sentence: "If conditions allow, Korea will ... and Japan will ..."; so does an
    inverted one: "Should supply disruptions occur, the two sides will ..."."""
    m = L.inverted_re.match(text, start, first_verb)
    if m:
        words = text[m.start():m.end() - 1].split()
        cut = len(words) > 24  # (as long as any condition may run: see _condition)
        words = words[:24]
        while cut and len(words) > 2 and words[-1].lower() in _DANGLING:
            words.pop()
        return " ".join(words) + (" …" if cut else "")
    return _condition(text, start, first_verb, L, marks)


_YEAR_SPAN = _rc(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?P<last>(?:19|20)\d\d)\b")
_YEAR_TO = _rc(r"\s*[-–]\s*((?:19|20)\d\d)\b")
# a participle that describes the thing before a date ("the Strategic Partnership established in
# 2014", "the Plan adopted last May"): the date is that thing's, not the act's
_DESCRIBED_BEFORE = _rc(r"(?<!\bto\s)(?<!\bbe\s)\b(?:[a-z]+(?:ed|en|wn)|held|made|set|signed|built|won|begun|agreed|launched)"
                               r"(?:\s+by(?:\s+[\w'’.-]+){1,5}?)?\s+$")  # ("endorsed by their leaders in 2024")


_OTHER_MUST = _rc(r"\s*(?P<who>(?:the\s+)?[A-Z][^,;:]{1,60}?)\s+(?:must|should)\s+(?:(?:never|not|also|immediately)\s+)?[a-z]")
_NOT_OWN_REFUSAL = _rc(r"\b(?:that|until|till|before|when|whether)\b|\b(?:19|20)\d\d\b")
_PRONOUN_NEXT = _rc(r"(?:they|it|we|he|she|both)\b")
_JOINED_CLAUSE_BEFORE = _rc(r"[,;]\s*(?:and|but|while|whereas)\s+$")


def _dated_before(st, lo: int, hi: int, L, future_from: int | None = None, renews: bool = False,
                  verb_at: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` dates what it says before the statement's own date ("In 2022,
    Japan launched ...", "signed in January 2022", "last year"): history, not a position.
    Without the statement's date only words such as "last year" or "ago" tell.

    From ``future_from`` on (the target, when it is an infinitive or what a light verb renews)
    dates belong to what is to be done or renewed: a month there or a span of years ("agreed
    to hold talks in January", "to double trade from 2020 to 2024 levels") dates nothing that
    was, and after a light verb nothing there does ("reaffirmed its commitment made in
    December"); only a past year does after an infinitive ("decided to provide USD 5 million
    in 2023")."""
    text = st.text
    before = hi if future_from is None else min(hi, future_from)
    if L.past_re.search(text, lo, before if renews else hi):
        return True
    d = st.date
    if d is None:
        return False
    for m in _YEAR_SPAN.finditer(text, lo, before):
        if int(m.group("last")) < d.year:
            return True  # "committed $3 billion a year between 2016 and 2019", said in 2020
    for m in L.dated_re.finditer(text, lo, hi if not renews else before):
        y, mon = m.group("y"), m.group("mon")
        if not y and not mon:
            continue
        if y:
            last = _YEAR_TO.match(text, m.end())
            if last:
                y = last.group(1)  # "in 2016–2025": what runs until 2025 is not over
        if m.start() >= before:
            if y and int(y) < d.year and not _DESCRIBED_BEFORE.search(text, before, m.start()):
                return True  # "decided to provide USD 5 million in 2023", said in 2025
            continue  # (not a thing's own past: "agreed to renew the Partnership established in 2014")
        if verb_at is not None and m.start() < verb_at and _DESCRIBED_BEFORE.search(text, lo, m.start()):
            continue  # (a thing's own past before the verb: "Recalling the Green Alliance launched in 2021, the leaders agreed ...")
        if verb_at is not None and m.start() > verb_at and _DESCRIBED_BEFORE.search(text, verb_at + 1, m.start()):
            continue  # (and after it: "agreed that developed countries must deliver the US$100 billion promised in 2009")
        month = _MONTHS.get(mon.rstrip("."), 0) if mon else 0
        day = int(m.group("d1") or m.group("d2") or 0)
        if month and day and _the_occasion(int(y) if y else None, month, day, d):
            continue  # ("On 3 March, the ministers agreed ...", said on 4 March: the meeting it reports)
        if y and int(y) != d.year:
            if int(y) < d.year:
                return True
            continue
        if month and y and month > d.month:
            continue  # this year's later month
        if month and month != d.month:
            return True  # this year's earlier month, or (past tense) last year's later one
        if month and day and day < d.day:
            return True
    return False


# (the days before its date in which a statement reports its own meeting)
_OCCASION_DAYS = 7


def _the_occasion(year: int | None, month: int, day: int, d) -> bool:
    """Whether a day a little before the statement's date ``d`` is the meeting the statement
    reports, whose agreements it records ("On 28 February, the ministers agreed ...", issued on
    2 March), rather than history."""
    y = year if year else (d.year - 1 if month > d.month else d.year)
    try:
        days = (d - dt.date(y, month, day)).days
    except ValueError:
        return False
    return 0 < days <= _OCCASION_DAYS


_DONE_CLAUSE = _rc(
    r",\s+(?:having\s+(?:\w+\s+){0,2}?(?:\w+(?<!e)ed|\w+en|made|built|sent|spent|lent|paid|held|given)"
    # (a year or "last year" between: "Super Garuda Shield, which in 2025 brought together 5,000 personnel")
    r"|(?:which|that|who)\s+(?:(?:in|during)\s+(?:\d{4}|(?:its|the)\s+(?:first|last|previous)\s+\w+)\s+|last\s+year\s+)?"
    r"(?:ha[sd]\s+|have\s+)?(?:\w+ly\s+)?(?:\w+(?<!e)ed|made|built|sent|spent|lent|paid|held|gave|given|grew|grown|rose|risen|fell|met"
    r"|brought|drew|drawn|saw|seen|took|taken|won|became|began|led|sold|bought))\b"
    # ("..., to which Japan has contributed US$50 million": what another already gave it)
    r"|,\s+(?:to|for|in|under|through)\s+which\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){1,4}(?:ha[sd]|have)\s+(?:already\s+)?\w+(?:ed|en)\b"
    # ("by USD 2 billion, from the USD 19.5 billion already invested": where it stands now)
    r"|,\s+(?:up\s+)?from\s+(?:the\s+)?[^,;]{1,40}?\balready\b"
)
_NOW_AFTER = _rc(r"(?:\s+(?:of|the|[a-z][\w'’-]*)){0,3}?\s+(?:currently|presently|at\s+present)\s+"
                        r"(?:have|has|is|are|stand|stands|number|numbers|total|totals|account|accounts|live|lives|lack|lacks|own|owns)\b")
_REACHED_BEFORE = _rc(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:reached|totall?ed|amounted\s+to|stood\s+at|stands\s+at|exceeded|exceeds"
    r"|grew\s+(?:to|by)|rose\s+(?:to|by)|increased\s+(?:to|by)|serves|served|employs|employed|hosts|hosted"
    r"|fell\s+(?:to|by)|declined\s+(?:to|by)|decreased\s+(?:to|by)|displaced|recorded|registered|currently\s+numbers?|now\s+numbers?)"
    r"\s+(?:(?:a\s+record(?:\s+high)?\s+of|an\s+all-time\s+high\s+of|about|nearly|almost|over|more\s+than|some|around|approximately|roughly|just\s+over|just\s+under)\s+)*$",
    re.I)
_DAY_RANGE = _rc(rf"\s*[-–]\s*\d{{1,2}}\s+(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b")
_OPEN_BRACKET = _rc(r"\s*\(\s*")
_CLOSE_BRACKET = _rc(r"\s*\)")


# A clause set off after the target that says something else: what was noted, what another
# aims at, what was done under it (not what will be: "..., under which 500 nurses will be
# trained"; what a relative clause says was done is _DONE_CLAUSE's).
_SET_OFF = _rc(r",\s+(?:noting|recalling|recognizing|recognising|acknowledging|bearing\s+in\s+mind|given\s+that"
                    r"|which\s+(?:aims?|plans?|seeks?|intends?|hopes?)\s+to|(?:under|in|through|by)\s+which"
                    # (what the thing is: "online scams, which are estimated to generate up to US$37 billion")
                    r"|(?:which|that)\s+(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:estimated|thought|believed|reported|worth|valued)"
                    r"|(?:which|that)\s+(?:accounts?|accounted|represents?|represented|generates?|generated|costs?|employs?|employed)"
                    # (a count of some of them, told of: "environmental defenders, 79 of whom were killed in 2024")
                    r"|[\d,.]+\s+of\s+(?:whom|which)\s+(?:were|was|have|has|had|are|is)\b"
                    # (how far the thing reaches now: "the programme, which reaches more than 450,000 producers")
                    r"|(?:which|that)\s+(?:already\s+|currently\s+|now\s+)?(?:reaches|reached|serves|served|benefits|benefited|benefitted"
                    r"|covers|covered|supports|supported|connects|connected|hosts|hosted|trains|trained)\b"
                    # (what the thing is or does now, in the present: "the Delhi Metro, which carries 6 million
                    # passengers a day", "the Alliance, which has 120 members"; not "which aims to", nor what
                    # it is to be: "which is to train 500")
                    r"|(?:which|that)\s+(?:already\s+|currently\s+|now\s+|today\s+)?(?:has|have|carries|handles|employs|counts|holds"
                    r"|produces|exports|imports|accounts|comprises|includes|spans|stretches|links|receives|welcomes|attracts"
                    r"|is\s+(?!to\b|expected\b|set\b|due\b|scheduled\b|planned\b|projected\b|designed\b|intended\b)(?:home|one|the|a|an|among)\b)\b"
                    # (what the thing might do: "the AfCFTA, which has the potential to lift 30 million people ...")
                    # (not "the highway, which is expected to be completed by 2027": their own work's date)
                    r"|which\s+(?:has|have)\s+the\s+(?:potential|capacity|ability)\s+to|which\s+(?:could|might|may|can))\b")
_FUTURE_IN = _rc(r"\b(?:will|shall)\b")


# what a commitment is to, not what carries it out: "their commitment to the goals of the Paris
# Agreement", "adherence to the UN Charter" (a reaffirmed principle, no body that acts)
_STANDS_FOR = _rc(r"\b(?:commitments?|adherence|attachment|dedication|allegiance)\s+to\s+(?:the\s+)?"
                         r"(?:(?:goals?|principles?|objectives?|purposes?|aims?|values?|spirit|letter|[Cc]harter|(?:full\s+)?implementation)"
                         r"(?:\s+and\s+[a-z]+)?\s+of\s+(?:the\s+)?)?$")


def _catalysts(st, start: int, end: int, L, names, name_starts, dates):
    """Compliance catalysts in a target: ``(kinds, details)``.

    The slower patterns run only on targets where a cheap sign (a digit, a currency sign, a
    year, a month, a period word) says they may match.  ``dates`` are the starts of the
    year-like numbers and month names of the text, found once for the whole text.
    """
    text = st.text
    details: list[tuple[str, str]] = []
    inside = S.spans_inside(names, name_starts, start, end)
    numbers = []
    aside = _SET_OFF.search(text, start, end)
    # (numbers in a clause set off after the target are not its targets: ", noting that 1.5
    # million visitors came", "..., under which 50,000 recruits have been trained")
    count_end = aside.start() if aside is not None and not _FUTURE_IN.search(text, aside.end(), end) else end
    if L.numeric_gate_re.search(text, start, end):
        for m in _numeric_matches(text, start, end, L):
            s0, e0 = m.span()
            if _CODE_AND_SMALL.fullmatch(m.group()) and not _RANGE_REST.match(text, e0):
                continue  # "COP28", "COP 30": a name, as in the figures ledger (not "USD 1-2 billion")
            if _MODEL_NAME.fullmatch(m.group()) and (text[e0:e0 + 1].isalnum() or _THINGS_NEXT.match(text, e0)):
                continue  # "K2 tanks", "K2PL", "K9 howitzers": a model's name, not two kwacha
            bare = m.group("bare")
            ranged = _HYPHEN_RANGE_START.search(text, max(start, s0 - 14), s0) if bare and text[s0 - 1:s0] in ("-", "–") else None
            if ranged is not None and (m.group("unit") or text[s0 + len(bare):e0].strip()):
                # "by 70-75 per cent", "50-60 MW": a range with its unit after its second number
                s0 = ranged.start()
                numbers.append((_qualified_start(text, start, s0, L), e0))
                continue
            if bare and " " in bare.strip() and _MODEL_AFTER.match(text, e0):
                # ("a deal for 50 737 MAX aircraft": fifty, of a model a number names, no 50,737)
                numbers.append((_qualified_start(text, start, s0, L), s0 + len(bare.split()[0])))
                continue
            if bare:
                if s0 > 0 and (text[s0 - 1].isalnum() or text[s0 - 1] in "_.,/-#+"):
                    continue  # (not "G20", "China_Aid #1", "2+2")
                if text[e0:e0 + 1] == "+" and text[e0 + 1:e0 + 2].isdigit():
                    continue  # "a 2+2 meeting": a name, as in the figures ledger
                before = text[max(start, s0 - 24):s0].split()
                if before and (before[-1].lower().lstrip("([") in L.reference_words or before[-1].rstrip(".") in _MONTHS):
                    continue  # (nor a day of a month: "on April 11")
                if len(before) >= 3 and before[-1] in ("to", "and", "or", "-", "–") and before[-3].lower() in L.reference_words:
                    continue  # "Articles 22 to 31": the last of a span of references
                code = before[-1].lstrip("(") if before else ""
                if 2 <= len(code) <= 6 and code.isalpha() and code.isupper() and code not in L.currency_codes:
                    continue  # "(ACE 53)", "ISO 14001": a name's number after its code, no target
                after = text[e0:e0 + 12].split()
                if after and after[0].rstrip(".,;") in _MONTHS and text[e0:e0 + 1].isspace() or _DAY_RANGE.match(text, e0):
                    continue  # "on 2 May", "on 21–22 November"
                if e0 == s0 + len(bare) and "," not in bare and _YEAR.fullmatch(bare):
                    continue  # a year: a timeline, not a target
                if _MAKER_BEFORE.search(text, max(start, s0 - 30), s0) and _MODEL_AFTER.match(text, e0):
                    continue  # "50 Boeing 737 MAX aircraft": a model's name, as in the figures ledger
                if text.startswith(("st", "nd", "rd", "th"), e0):
                    continue
            if _FROM_BEFORE.search(text, max(start, s0 - 6), s0) and _TO_AFTER.match(text, e0):
                continue  # "from 30% to 65%": where it starts, no target (the figure after "to" is)
            if _NOW_AFTER.match(text, e0):
                continue  # "fewer than 40% of households currently have access": how things stand, no target
            if _EVERY_BEFORE.search(text, max(start, s0 - 8), s0) and _PERIOD_AFTER.match(text, e0):
                continue  # "review them every 12 months": how often, a timeline, no target
            if _BASELINE_BEFORE.search(text, max(start, s0 - 30), s0):
                continue  # "to 2% of GDP by 2028, up from about 1.3% in 2025": where it stands now, no target
            if _YEARS_OF_TIES.match(text, e0):
                continue  # "marking 70 years of diplomatic relations": an occasion, no target
            if s0 < count_end:
                numbers.append((_qualified_start(text, start, s0, L), e0))
    if _starts_within(L.numeric_words_gate, text, start, end, L.numeric_words_reach) and L.number_word_re.search(
        text, start, end
    ):
        for m in L.numeric_words_re.finditer(text, start, count_end):
            numbers.append((_qualified_start(text, start, m.start(), L), m.end()))
    timelines: list[tuple[int, int, str]] = []
    if _any_between(dates, start, end) or _starts_within(L.timeline_gate, text, start, end, L.timeline_reach):
        year_now = st.date.year if st.date else None
        month_now = st.date.month if st.date else None
        sent = st.sentence_at(start)
        lo, hi = (sent.start, sent.end) if sent else (start, end)  # (how far a date's clause is read)
        for m in L.timeline_re.finditer(text, start, count_end):
            if _BASELINE_WHEN.search(text, max(start, m.start() - 40), m.start()):
                continue  # ("up from about 1.3% in 2025": when the figure stood so, no deadline)
            if m.group("yf") and year_now and int(m.group("yf")) < year_now:
                continue  # (a translated day already past)
            if m.group("ye") and year_now and int(m.group("ye")) < year_now:
                continue  # ("the roadmap endorsed by the 2024 Forum Leaders Meeting": a meeting that was)
            if m.group("ev") and _DESCRIBED_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue  # ("the commitments made before COP28": when those were made, no deadline)
            if m.group("y3") and year_now and int(m.group("y3")) < year_now:
                continue  # "students born between 2004 and 2007": a span that is over, no deadline
            if (m.group("yq") or m.group("yl")) and year_now and int(m.group("yq") or m.group("yl")) < year_now:
                continue  # ("Q3 2024", said in 2026: a quarter that is over)
            if m.group("rec") and _MODIFIER_BEFORE.search(text, max(start, m.start() - 8), m.start()):
                continue  # "a weekly bulletin", "its monthly stipend": an adjective, no timeline
            day_month = m.group("m4") or m.group("m5")
            if day_month and year_now:
                mon = _MONTHS.get(day_month.rstrip("."), 0)
                days = [int(d) for d in re.findall(r"\d{1,2}(?!\d)", m.group(0).replace(m.group("y2") or "\0", ""))]
                if m.group("y2"):
                    y = int(m.group("y2"))
                elif mon:  # (without a year, the next year's where the clause looks ahead: "will meet on 3 February")
                    y = D.year_of(text, m.start(), m.end(), mon, max(days or [0]) or None, st.date, lo, hi)
                else:
                    y = year_now
                if (y, mon, max(days or [0])) < (year_now, month_now or 0, st.date.day):
                    continue  # a day already past
            elif year_now:
                if m.group("y1") and int(m.group("y1")) < year_now:
                    continue  # past dates are history, not deadlines
                month = m.group("m1") if not m.group("rel") else None
                if m.group("y1") and int(m.group("y1")) == year_now:
                    month = m.group("m2") or m.group("m3")  # "signed in January 2025", said in March 2025
                if month:
                    mon = _MONTHS.get(month.rstrip("."), 0)
                    if mon and month_now and mon < month_now and m.group(0).split()[0].lower() in ("in", "during", "from") \
                            and (m.group("y1") or D.year_of(text, m.start(), m.end(), mon, None, st.date, lo, hi) == year_now):
                        continue
            if any(ns <= m.start() and m.end() <= ne for ns, ne, _ in inside):
                continue
            timelines.append((m.start(), m.end(), m.group(0).strip()))
    if _any_between(dates, start, end):
        # an event named with its year ("host the 2024 Mekong-Lancang Cultural Week", "the 2026
        # FIFA World Cup"): when it is to be held, where that year is still to come
        for m in L.year_of_event_re.finditer(text, start, end):
            y = int(m.group(1))
            if st.date is not None and y >= st.date.year and not any(ts <= m.start(1) < te for ts, te, _ in timelines):
                timelines.append((m.start(1), m.end(1), m.group(1)))
    if "thousand" in text[start:end]:
        # a year in words: "by two thousand twenty-six" is a deadline, as "by 2026" is; "the two
        # thousand twenty-two baseline" is no numeric target
        for m in _words_year_at().finditer(text, start, end):
            year = D.words_value(m.group("y").lower().replace("-", " "))
            if year is None or not 2000 < year <= 2100 or (m.group("prep").lower() != "the" and patterns.NOUN_NEXT.match(text, m.end())):
                continue
            numbers = [(s0, e0) for s0, e0 in numbers if e0 <= m.start("y") or s0 >= m.end()]
            if m.group("prep").lower() in ("by", "before", "until", "till") and (st.date is None or year >= st.date.year):
                timelines.append((m.start(), m.end(), m.group(0).strip()))
    if " of " in text[start:end] and L.month_re.search(text, start, end):
        # a day in words: "by the ninth of September 2026", "on the first day of July, 2027" (a
        # day still to come, after the word that places it)
        for m in D.words_date_re().finditer(text, start, end):
            when = D.words_date(m)
            lead = _DAY_IN_WORDS_LEAD.search(text, max(start, m.start() - 24), m.start())
            if when is None or lead is None or (st.date is not None and when < st.date) \
                    or any(ts < m.end() and m.start() < te for ts, te, _ in timelines):
                continue
            numbers = [(s0, e0) for s0, e0 in numbers if e0 <= m.start() or s0 >= m.end()]
            timelines.append((lead.start(), m.end(), text[lead.start():m.end()].strip()))
    # (a number inside a name or a timeline is neither's numeric target: "within 90 days"; an
    # amount restated in brackets is the same target: "¥1 trillion (approximately US$6.6 billion)";
    # nor is what the target says was done: "..., having provided EUR 20 billion", "..., which
    # delivered 200 megawatts")
    done = _DONE_CLAUSE.search(text, start, end)
    if done:
        numbers = [(s0, e0) for s0, e0 in numbers if s0 < done.start()]
    # (nor a level already reached: "noted that bilateral trade reached USD 14.8 billion", "the
    # mandate, which currently stands at 27 percent")
    numbers = [(s0, e0) for s0, e0 in numbers if not _REACHED_BEFORE.search(text, max(start, s0 - 48), s0)]
    # (nor a count a past year dates: "welcomed the 4.5 million Korean tourists who visited Viet Nam in
    # 2023", "the record 4.5 million visitors in 2024", said in 2026)
    if st.date is not None and numbers:
        numbers = [(s0, e0) for s0, e0 in numbers if not _dated_past(text, e0, end, st.date.year)]
    # (nor an era's year: "by the end of Reiwa 7 (2025)")
    numbers = [(s0, e0) for s0, e0 in numbers if not _ERA_BEFORE.search(text, max(start, s0 - 12), s0)]
    # (nor the people a text speaks for: "for our more than 550 million people", "the 1.4 billion
    # people of India", "a combined population of 600 million")
    # (the number without the people it counts, which the match may hold: "550 million people")
    bare_end = {(s0, e0): (lambda p: p.start() if p else e0)(_PEOPLE_END.search(text, s0, e0)) for s0, e0 in numbers}
    numbers = [(s0, e0) for s0, e0 in numbers if not (
        _POPULATION_BEFORE.search(text, max(start, s0 - 40), s0) and _PEOPLE_AFTER.match(text, bare_end[s0, e0])
        or _THE_BEFORE.search(text, max(start, s0 - 6), s0) and _PEOPLE_OF_AFTER.match(text, bare_end[s0, e0])
        or _POPULATION_OF_BEFORE.search(text, max(start, s0 - 40), s0))]
    numbers = _ranges_joined(text, sorted(numbers))
    prev_end = None
    for s0, e0 in numbers:
        restated = prev_end is not None and _OPEN_BRACKET.fullmatch(text, prev_end, s0) and _CLOSE_BRACKET.match(text, e0)
        prev_end = e0
        if restated:
            continue
        if not any(ns <= s0 and e0 <= ne for ns, ne, _ in inside) and not any(ts <= s0 and e0 <= te for ts, te, _ in timelines):
            details.append(("numeric target", text[s0:e0].strip()))
    details += [("timeline", t) for _, _, t in timelines]
    seen = set()
    for ns, ne, name in inside:
        if name not in seen and not _STANDS_FOR.search(text, max(0, ns - 90), ns):
            seen.add(name)
            details.append(("named institution", name))
    if not details:
        return [], []
    present = {d[0] for d in details}
    return [k for k in CATALYSTS if k in present], [f"{k}: {v}" for k, v in details]


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------

_TRIM_CHARS = frozenset(",;:.!?-–—")
_TRIM_WORDS = ("and", "but", "or", "while")


def _trim_start(text: str, lo: int, hi: int) -> int | None:
    r"""Where the run of spaces, punctuation and dangling "and"/"but"/"or"/"while" that ends at
    ``hi`` starts (not before ``lo``); None when ``text[hi - 1]`` is none of those.

    This is ``re.search(r"(?:[\s,;:.!?\-–—]|\band\b|\bbut\b|\bor\b|\bwhile\b)+$", ...)``
    read backwards from the end: each character or word is peeled off in turn, which is much
    cheaper than trying the pattern at every position of the window.
    """
    p = hi
    start = None
    while p > lo:
        c = text[p - 1]
        if c in _TRIM_CHARS or c.isspace():
            p -= 1
        else:
            for w in _TRIM_WORDS:
                q = p - len(w)
                # a whole word: nothing of a word just before it (\b)
                if q >= lo and text.startswith(w, q, p) and not (q and (text[q - 1].isalnum() or text[q - 1] == "_")):
                    break
            else:
                break
            p = q
        start = p
    return start


# the close of a quotation and who said it: '...," said President Tinubu', '...," said the President
# of Nigeria', '..." the Foreign Secretary added', '..." a spokesperson said'
_QUOTE_SAID = _rc(
    r"[”\"],?\s+(?:(?:said|says|added|stated|remarked)\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"”]{1,60}?)(?=\s*[,.;:]|\s*$)"
    r"|(?P<who2>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|(?:[a-z]+\s+)?(?:spokesperson|spokesman|spokeswoman"
    r"|minister|president|official|secretary|ambassador)))\s+(?:said|says|added|stated|remarked)\b)")


def _quotation(text: str, par, at: int) -> tuple[int, str] | None:
    """Where the quotation holding ``at`` closes, and who it says said it, when ``at`` lies
    inside quotation marks that a speaker closes in the same paragraph ('"We will build X. We
    will open markets," said President Tinubu': both sentences are his); else None."""
    if text.find('"', par.start, at) < 0 and text.find("“", par.start, at) < 0:
        return None  # (the usual case: no quotation mark before ``at``)
    before = text[par.start:at]
    if before.count('"') % 2 == 0 and before.rfind("“") <= before.rfind("”"):
        return None  # (no quotation open at ``at``)
    close = min((i for i in (text.find('"', at, par.end), text.find("”", at, par.end)) if i >= 0), default=-1)
    if close < 0 or text[close - 1] == ".":
        return None  # (a quotation closed on its full stop has said all: 'new level." President Boric said that ...')
    m = _QUOTE_SAID.match(text, close, par.end)
    if m is None:
        return None
    return m.start(), m.group("who") or m.group("who2")


_AND_NEXT = _rc(r",\s+(?:and|but|while|whereas)\s+")
_HEDGED = _rc(r"(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:(?:also|further|in\s+turn)\s+)?"
                     r"(?:may|might|could|can)\s+[a-z]")


def _hedged_clause(text: str, tstart: int, tend: int, L) -> int:
    """Where a target ends at another country's clause that hedges (", and Egypt may export up
    to 2 bcm ... if supply permits"): no position of its own, it is still not the first's."""
    for m in _AND_NEXT.finditer(text, tstart, tend):
        c = _HEDGED.match(text, m.end(), tend)
        if c and c.group(1) in E._lex().all_country_forms:
            return m.start()
    return tend


def _trim_end(text: str, tstart: int, tend: int) -> int:
    """Where a target ends once spaces, punctuation and a dangling "and"/"but" are cut off
    (looking back at most 20 characters at a time)."""
    cut = _trim_start(text, max(tstart, tend - 20), tend)
    while cut is not None and cut > tstart and cut == max(tstart, tend - 20):
        tend = cut
        cut = _trim_start(text, max(tstart, tend - 20), tend)
    if cut is not None:
        tend = cut
    if tend > tstart and text[tend - 1] in "\"”" and not any(q in text[tstart:tend - 1] for q in "\"“"):
        return _trim_end(text, tstart, tend - 1)  # (a quotation's close: 'said: "... Finland will do its part."')
    return max(tend, tstart)


def _item_number(marker: str) -> int | None:
    """The place in its list of an item's mark: 1 for "1.", "(a)", "a)"; None for a bullet."""
    m = _ITEM_MARK.fullmatch(marker.strip())
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) else ord(m.group(2).lower()) - ord("a") + 1


_ITEM_MARK = _rc(r"\(?(?:(\d{1,3})|([a-zA-Z]))[.)]")
_NUMBERED = _rc(r"\(?\d{1,3}[.)]")
_PASSIVE_LEMMA = {"signed": "sign", "concluded": "conclude", "exchanged": "exchange", "adopted": "adopt", "announced": "announce",
                  "launched": "launch", "initialled": "initial", "initialed": "initial", "agreed": "agree",
                  "established": "establish", "implemented": "implement", "undertaken": "undertake"}
_FIRST_ITEM = _rc(r"\(?1[.)]")  # (lettered items, "(a)", are read as a lead-in's list already)
_PASSIVE_FOLLOWING = _rc(
    r"\b[Tt]he\s+following\s+(?:[\w'’()-]+\s+){0,8}?(?:were|was|have\s+been|has\s+been|will\s+be|shall\s+be)\s+(?:also\s+|jointly\s+)?"
    r"(?P<v>signed|concluded|exchanged|adopted|announced|launched|initialled|initialed|agreed|established|implemented|undertaken)\b")
_AHEAD_PASSIVE = _rc(r"\b(?:will|shall)\s+be\b")
_OWN_TEXT = _rc(r"(?:the|these)\s+(?:following\s+)?(?:conclusions|declaration|statement|communiqu[eé]|joint\s+statement"
                       r"|press\s+statement|decision|resolution|text)", re.I)
_LEAD_INS = frozenset(["", "to", "that", "on", "the following", "to the following", "as follows"])
# "agreed on the following deliverables:", "announced the following measures:"
# (and what they come under: "on the following specific commitments under the Joint Action Plan:")
# (or after a modal, its verb, the means set off by commas, and to whom: "will provide, through
# Official Security Assistance (OSA), the following equipment to the Armed Forces of the Philippines:")
# (or after what the modal's verb aims at: "will endeavour to take the following steps:")
_FOLLOWING = _rc(r"(?:[a-z]+\s+to\s+)?(?:[a-z]+(?:\s*,[^,;:]{1,80},)?\s+)?(?:(?:to|on|upon|in)\s+)?the\s+following(?:\s+[a-z-]+){0,3}"
                        r"(?:\s+(?:under|in|of|for|to|through|via|from|with)\s+[^,;:.]{1,70})?", re.I)  # ("... assistance through JICA:")


def _is_lead_in(target: str) -> bool:
    t = " ".join(target.split()).rstrip(":").strip()
    # (or its object, then "to": "instructed their officials to:", "called on the parties to:";
    # or a verb and its preposition: "act on:", "work together on:")
    # (or a verb alone whose objects are the items: "Both Governments shall promote:")
    return t.lower() in _LEAD_INS or bool(_FOLLOWING.fullmatch(t)) or bool(_OBJECT_TO.fullmatch(t)) or bool(_VERB_ON.fullmatch(t)) \
        or bool(_VERB_ALONE.fullmatch(t))


def _opens_a_list(target: str) -> bool:
    """Whether a target with content of its own goes on in the items below it: "strengthening
    disaster risk reduction, including through:" (the lead-in stays, its items are added)."""
    return list_ending(target) is not None


_DENIAL_FIRST = _rc(r"\s*(?i:not|never|no(?!\s+later\b)|neither)\b(?!\s+only\b)")


def worded_denial(text: str, anywhere: bool = False) -> bool:
    """Whether a position's own words carry its denial: at their start, a "not", "never", "no"
    or a verb of refraining ("never fund coal projects", "refrain from imposing export
    restrictions"); with ``anywhere``, a verb of refraining after its verb ("will refrain from
    ..."). A briefing that words a negated row adds no "not" of its own there, or "will refrain
    from" would read "will not refrain from"."""
    L = _lex()
    if anywhere:
        return bool(L.refrain_re.search(text))
    return bool(_DENIAL_FIRST.match(text) or L.refrain_re.match(text.lstrip()))


def list_ending(lead: str) -> str | None:
    """The words a whole position ends on before the items that go on from it ("including
    through", "focusing on"), else None: "will support Kenya, including through:"."""
    m = _INCLUDING_END.search(" ".join(lead.split()).rstrip(":").strip())
    return m.group("ending") if m else None


# ("instructed their officials to:", "calls on the transitional authorities in Mali, Burkina Faso and Niger to:")
_OBJECT_TO = _rc(r"(?:(?:[\w'’-][\w'’.-]*|\([\w&.-]{1,12}\)),?\s+){1,16}to")  # (and "... Infrastructures (CPMI) to:")
# (a verb's plain form after a modal, not a plural noun: "shall promote:", "will address:", not "agreed on targets:")
_VERB_ALONE = _rc(r"[a-z]{2,}(?:[^s\W]|ss|us)")


def verb_alone(said: str) -> bool:
    """Whether a lead-in's target is a verb alone, whose objects its items are ("shall promote:")."""
    return bool(_VERB_ALONE.fullmatch(said)) and said not in _LEAD_INS
_VERB_ON = _rc(r"[a-z]+(?:\s+(?:together|jointly|closely))?\s+(?:on|in|with|for)")
_INCLUDING_END = _rc(r"(?:^|,\s*|\s)(?P<ending>(?:including|in\s+particular|notably|particularly|especially|such\s+as"
                            r"|focusing|focused|concentrating|with\s+(?:a\s+)?(?:particular\s+|special\s+)?focus)"
                            r"(?:\s+(?:through|by|on|in|to|for|with))?|through|by\s+means\s+of"
                            # ("adopted the Action Plan 2025–2030, which sets out the following milestones:")
                            r"|which\s+(?:sets?\s+out|includes?|comprises?|lists?|contains?|provides?\s+for)\s+the\s+following(?:\s+[a-z-]+){0,2}"
                            # ("endorsed the Pacific Policing Initiative (PPI), which will:" then what it will do)
                            r"|which\s+(?:will|shall|is\s+to|aims\s+to|seeks\s+to)"
                            # ("decided to deepen defence cooperation in the following areas:", "agreed on the following:")
                            r"|(?<![\w-])(?:to\s+[a-z]+(?:\s+[\w'’-]+){0,6}?\s+)?(?:in|on|to|for|of)\s+the\s+following(?:\s+[a-z-]+){0,2})$")


def _marker_kind(marker: str | None) -> str | None:
    """The style of a list marker: "digit" (1. 2) (3) 1.5), "alpha" ((a) b. (iv)) or "bullet"."""
    if not marker:
        return None
    core = marker.strip("().")
    if core.replace(".", "").isdigit():
        return "digit"  # (a decimal paragraph number too: "1.5 The two sides will:" then "•" items)
    if core.isalpha():
        return "alpha"
    return "bullet"


def _marker_number(marker: str | None) -> int | None:
    core = (marker or "").strip("().")
    return int(core) if core.isdigit() else None


def _numbered_anew(st, lead, q: int) -> int:
    """Where a list numbered from 1 under a numbered lead-in ends ("13. They agreed to:" then
    "1. strengthen ...", "2. expand ...", then "14."), or ``q`` when the next paragraph goes on
    with the lead-in's own numbering. The items count on from 1 in the lead-in's section."""
    n = _marker_number(lead.marker)
    if n is None:
        return q
    end, want = q, 1
    while end < len(st.paragraphs) and st.paragraphs[end].section == lead.section \
            and _marker_number(st.paragraphs[end].marker) == want \
            and (want != n + 1 or _OL_ITEM.match(st.text, st.paragraphs[end].start)):
        end, want = end + 1, want + 1  # (an item of a web page's numbered list goes on past "4.")
    return end


_OL_ITEM = _rc(r"- \d{1,3}\. ")  # (an item of a web page's <ol>, as the statement writes it)


_ITEM_TO = _rc(r"to\s+(?=[a-z])")  # (an item that acts: "(a) to convene ...", "- to constitute ...")
_MODAL_IN = _rc(r"\b(?:will|shall|would|intends?|commits?)\b")
_PARTS_FOLLOW = _rc(r"\b(?:including|includes|such as|in particular|namely|notably|inter alia|comprising|covering)\s*$", re.I)
_INLINE_MARKER = _rc(r"(?:(?<=[:;,])|(?<=\band)|(?<=\bor))\s*\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
_SEQUENCES = (list("abcdefghijklmnop"), "i ii iii iv v vi vii viii ix x xi xii".split(), [str(i) for i in range(1, 20)])


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list written inside one sentence after a colon, "(a) ...; (b) ...", as
    ``(start, end)`` spans; empty when there is no such list (two items or more, lettered,
    numbered or in roman numerals in order)."""
    colon = text.find(":", start, end)
    if colon < 0:
        return []
    marks = list(_INLINE_MARKER.finditer(text, colon, end))
    if marks and _PARTS_FOLLOW.search(text, start, colon) and "following" not in text[start:colon] and not any(
            _ITEM_TO.match(text, m.end()) or _MODAL_IN.search(text, m.end(), marks[k + 1].start() if k + 1 < len(marks) else end)
            for k, m in enumerate(marks)):
        return []  # "Requests ... a report ..., including: (a) ...; (b) ...": the parts of one thing
    labels = [m.group(1) for m in marks]
    if len(marks) < 2 or not any(labels == seq[: len(labels)] for seq in _SEQUENCES) or marks[0].start() != colon + 1:
        return []
    items = []
    for k, m in enumerate(marks):
        iend = _trim_end(text, m.end(), marks[k + 1].start() if k + 1 < len(marks) else end)
        if iend > m.end():
            items.append((m.end(), iend))
    return items


def _labels_nested_items(st, item, q: int) -> bool:
    """A list item that is only a topic and a colon, with items nested under it, labels them:
    under "agreed on the following priorities:", "- Technology:" is no priority agreed."""
    if len(item.sentences) != 1 or q >= len(st.paragraphs) or st.paragraphs[q].marker is None:
        return False
    return _indent(st.text, st.paragraphs[q]) > _indent(st.text, item) and S._is_label(st.sentences[item.sentences[0]].text.strip())


_indent = S.indent


# ("- not issue ...", "c) Not support ...", "Refrain from competitive devaluations"; not "not only
# expand trade but also ...")
_NOT_FIRST = _rc(r"(?i:not|never|refrain\s+from)\b(?!\s+only\b)")
_NOT_GAP = _rc(r"\s*")


def _item_denies(lead: dict, text: str, start: int, end: int) -> bool:
    """Whether an item of a list denies what its lead-in says ("We will:" then "- not issue new
    licences"); what others are asked not to do is still asked ("We call on Iran to:" then
    "(b) refrain from any further harassment", as "call on Iran not to ..." is)."""
    return bool(_NOT_FIRST.match(text, start, end)) and lead["verb"] not in _lex().asking


_LOWER_VERB_FIRST = _rc(r"[a-z]")  # (an item that opens on its verb, not on a subject of its own)
# (the verbs' lemmas, as rows hold them: what an item under "commit to:" only says, and the leads it says it under)
_SAYS_ONLY = frozenset({"welcome", "note", "acknowledge", "recognize", "recognise", "commend", "appreciate"})
_COMMIT_LEAD = frozenset({"commit", "pledge"})


def _takes_lead_verb(lead: dict) -> bool:
    """Whether a lead-in asks for a verb that its items supply as their first word: "will:",
    "commit to:", "intend to:" (not "welcomed the following:", whose items are things)."""
    said = " ".join(lead["target"].split()).rstrip(":").strip().lower()
    # (or with the object between: "instructed their officials to:" then "(a) conclude the delimitation ...")
    return lead["category"] in ("commitment", "intention") and (said in ("", "to") or bool(_OBJECT_TO.fullmatch(said)))


def _item_category(lead: dict, text: str, start: int, end: int) -> str:
    """An item's category under its lead-in: the lead-in's, except that an item that only
    explores ("The two Parties agreed to:" then "- Explore the harmonisation of ...") announces
    an intention, as "agreed to explore" does."""
    if lead["category"] == "commitment" and _takes_lead_verb(lead):
        L = _lex()
        if _explores(text[start:end].lower(), 0, end - start, L, L.explore_verbs):
            return "intention"
        if _OWN_WEAK_MODAL.match(text, start, end) and not _INVERTED_SHORT.match(text, start, end):
            return "intention"  # ("The United States will:" then "- should reduce the flow ...": the item's own modal)
    return lead["category"]


_OWN_WEAK_MODAL = _rc(r"\s*(?i:should|may|might|could)\s+(?:also\s+)?[a-z]")
_INVERTED_SHORT = _rc(r"\s*(?i:should)\s+(?:\S+\s+){0,3}?\S+,")  # ("Should conditions permit, expand ...": a condition)


def _list_items(st, rows: list[tuple], row, ctx=None) -> list[tuple]:
    """Give each item of a list its lead-in's position: "The Authority decides to: (a)
    operationalise the Standby Force; (b) allocate US$ 1 billion ..." is one decision per item,
    each with its own target and catalysts (``row`` builds it). The lead-in row, whose target
    is only "to", gives way to its items; an item that takes a position of its own keeps it."""
    col = COLUMNS.index("sentence")
    vs_col = COLUMNS.index("verb_start")
    with_rows = {r[col] for r in rows}
    rows_of: dict[int, list[tuple]] = {}
    for r in rows:
        rows_of.setdefault(r[col], []).append(r)
    recast: dict[int, tuple] = {}  # id of an item's own row -> the row its lead-in makes of it
    out: list[tuple] = []
    for r in rows:
        if id(r) in recast:
            out.append(recast[id(r)])
            continue
        s = st.sentences[r[col]]
        inline = _inline_items(st.text, r[COLUMNS.index("verb_end")], s.end)
        if inline:
            # "... decides to: (a) operationalise the Standby Force; (b) allocate US$ 1 billion."
            lead = dict(zip(COLUMNS, r))
            # (the lead's condition holds every item only when the lead-in sets it, before the
            # first item: "subject to ..." inside "(i)" is the first item's own)
            before = " ".join(st.text[s.start:inline[0][0]].split())  # (the text conditions are read from, curly quotes made straight)
            cond = lead["condition"] if lead["condition"] and lead["condition"] in before else ""
            for istart, iend in inline:
                out.append(row(lead["actor"], lead["verb"], lead["category"],
                               lead["negated"] != _item_denies(lead, st.text, istart, iend), istart, iend,
                               istart, iend, s.index, lead["verb_start"], lead["verb_end"], cond))
            continue
        # (a lead-in ends on its colon, or on its verb alone right above the items: "We will" / "– continue ...")
        nxt_par = st.paragraphs[s.paragraph + 1] if s.paragraph + 1 < len(st.paragraphs) else None
        bare_lead = not str(r[_TARGET]).strip() and nxt_par is not None and nxt_par.marker is not None \
            and st.paragraphs[s.paragraph].sentences[-1] == s.index
        # (or on a stop where its words point to the items: "announced the following
        # contributions." over a pledge table)
        pointed = not bare_lead and nxt_par is not None and nxt_par.marker is not None \
            and st.paragraphs[s.paragraph].sentences[-1] == s.index \
            and bool(_FOLLOWING.fullmatch(" ".join(str(r[_TARGET]).split()).rstrip(".").strip()))
        lead = dict(zip(COLUMNS, r)) if s.text.rstrip().endswith(":") or bare_lead or pointed else None
        keep_lead = lead is not None and not _is_lead_in(lead["target"]) and _opens_a_list(lead["target"])
        if lead is None or not (keep_lead or _is_lead_in(lead["target"])):
            out.append(r)
            continue
        if keep_lead:
            out.append(r)
        items = []
        listed = total = recast_here = 0
        p = st.paragraphs[s.paragraph]
        q = p.index + 1
        # the items: the paragraphs right after, marked in one style ("(a)", "-", "1."), which
        # is not the lead-in's own ("3. The Authority decides to:" is followed by "(a)", "(b)",
        # then "4.", the next paragraph of the statement)
        kind = _marker_kind(st.paragraphs[q].marker) if q < len(st.paragraphs) else None
        depth = _indent(st.text, p)
        restarted = _numbered_anew(st, p, q)
        while (
            kind is not None and q < len(st.paragraphs)
            # (or in the lead-in's own style, nested under it: "- Canada will:" then "  - host ...",
            # or numbered anew: "13. They agreed to:" then "1.", "2.", before "14.")
            and (kind != _marker_kind(p.marker) or _indent(st.text, st.paragraphs[q]) > depth or q < restarted)
            and st.paragraphs[q].section == p.section and _marker_kind(st.paragraphs[q].marker) == kind
        ):
            item = st.paragraphs[q]
            q += 1
            if _labels_nested_items(st, item, q):
                continue  # ("- Technology:" over "  - Japan will ...": a label of the items under it, no act)
            total += 1
            if item.sentences and item.sentences[0] in with_rows:
                listed += 1  # (an item whose own first sentence takes a position)
                si = st.sentences[item.sentences[0]]
                if _takes_lead_verb(lead):
                    # ("The two governments will:" then "- Support the peace process", "- Not
                    # support any armed group": each is what they will do, as "will support" is)
                    not_first = _NOT_FIRST.match(st.text, si.start, si.end)
                    opens = _NOT_GAP.match(st.text, not_first.end()).end() if not_first else si.start
                    tend = _trim_end(st.text, si.start, si.end)
                    opening = [own for own in rows_of[si.index] if own[vs_col] == opens]
                    first_own = min(own[vs_col] for own in rows_of[si.index])
                    if not opening and tend > si.start and _LOWER_VERB_FIRST.match(st.text, opens) \
                            and _resolve(st.text[opens:first_own].strip(), _lex(), ctx) is None:
                        # ("We commit to:" then "- implement the Program, to which Australia will
                        # contribute A$64 million": the item is theirs, the pledge in it Australia's;
                        # not "Ministers agreed:" then "(a) the EU will contribute ...", an item with
                        # its own subject, whose own row it is)
                        # (up to the comma that sets off the other's clause)
                        comma = st.text.rfind(",", opens, first_own)
                        iend = _trim_end(st.text, si.start, comma) if comma > opens else tend
                        items.append(row(lead["actor"], lead["verb"], _item_category(lead, st.text, si.start, iend),
                                         lead["negated"] != (bool(not_first) and lead["verb"] not in _lex().asking), opens, iend, si.start, iend, si.index,
                                         lead["verb_start"], lead["verb_end"], lead["condition"]))
                    for own in opening:
                        if tend <= si.start:
                            continue
                        if own[_VERB] in _SAYS_ONLY and lead["verb"] in _COMMIT_LEAD:
                            # ("We commit to:" then "- welcome the Facility": a welcome, as said; under
                            # "will:" the same item is a thing they will do)
                            recast_here += 1
                            continue
                        recast_here += 1
                        t0 = _ITEM_TO.match(st.text, si.start, tend)
                        recast[id(own)] = row(lead["actor"], lead["verb"], _item_category(lead, st.text, si.start, tend),
                                              lead["negated"] != (bool(not_first) and lead["verb"] not in _lex().asking),
                                              t0.end() if t0 else si.start, tend, si.start, tend, si.index, lead["verb_start"], lead["verb_end"],
                                              lead["condition"])
            if not item.sentences or any(i in with_rows for i in item.sentences):
                continue
            si = st.sentences[item.sentences[0]]
            tend = _trim_end(st.text, si.start, si.end)
            if tend > si.start:
                # ("Kenya will:" then "- not issue new licences ...": that item denies)
                negated = lead["negated"] != _item_denies(lead, st.text, si.start, tend)
                t0 = _ITEM_TO.match(st.text, si.start, tend)  # ("the following steps:" then "- to constitute ...")
                items.append(row(_item_owner(st, si.start, tend, lead["actor"]), lead["verb"],
                                 _item_category(lead, st.text, si.start, tend), negated, t0.end() if t0 else si.start, tend,
                                 si.start, tend, si.index, lead["verb_start"], lead["verb_end"], lead["condition"]))
        # (a lead-in whose items all take positions of their own, "The two sides agreed to the
        # following commitments:" then "- Japan will ...", points to them and is none itself)
        # (nor one whose items supply its verb: they are its positions)
        if ctx is not None:
            # ("The UK and France will:" then "- invest £1.2bn and €1.4bn respectively ...": each
            # its own amount, the subject the lead-in's)
            shared = {"disp": lead["start"], "verb_start": lead["verb_start"], "verb_end": lead["verb_end"]}
            items = [one for it in items for one in (
                _respectively(it, st.text, shared, _lex(), ctx) if _RESPECTIVELY.search(str(it[_TARGET])) else [it])]
        if keep_lead:
            out += items  # (the lead-in is a position of its own, already given)
            continue
        out += items or ([] if recast_here or listed == total > 0 and (
            _POINTS_TO_POSITIONS.search(lead["target"]) or _FOLLOWING_ALONE.fullmatch(str(lead["target"]).strip())) else [r])
    return out


def _plan_lead(text: str, start: int, end: int, L, ctx) -> str | None:
    """Who a plan's row says leads it (``statement.PLAN_LEAD``, "; lead: Mexico"):
    the actor the cell names ("Both governments" names both), or the cell as written ("Team
    Europe")."""
    m = S.PLAN_LEAD.search(text, start, end)
    if m is None:
        return None
    cells = [m.group(1)]
    more = _NEXT_LEAD_CELL.match(text, m.end(), end)
    while more is not None:
        # (a cell of several bodies, each with its country: "Ministry of ... (Brazil); Secretariat of Economy (Mexico)")
        cells.append(more.group(1))
        more = _NEXT_LEAD_CELL.match(text, more.end(), end)
    whos = []
    for cell in cells:
        owners = [c for o in _BRACKETED.finditer(cell) if (c := E._lex().all_country_forms.get(o.group(1)))]
        if len(set(owners)) > 1 and all(o in ctx.parties for o in owners):
            whos += owners  # ("Ministry of Energy (Chile), Secretariat of Energy (Argentina)": a body of each)
            continue
        own = _COUNTRY_IN_BRACKETS.search(cell)
        country = E._lex().all_country_forms.get(own.group(1)) if own else None
        got = (country,) if country in ctx.parties else _resolve(cell, L, ctx)
        if got is None and _LEAD_SLASH.search(cell):
            # ("DG ENER / METI": a body of each side, each its own)
            parts = _LEAD_SLASH.split(cell)
            each = [_party_of_body(p, L, ctx) or (w if (w := (_resolve(p, L, ctx) or (None,))[0]) in ctx.parties else None)
                    for p in parts]
            if len(parts) == 2 == len(ctx.parties) and each.count(None) == 1:
                each = [w or next(c for c in ctx.parties if c not in each) for w in each]  # (the other side's, unnamed)
            if all(w is not None for w in each):
                whos += each
                continue
        whos.append(got[0] if got else cell)
    whos = list(dict.fromkeys(whos))
    if len(whos) > 1 and set(whos) == set(ctx.parties):
        return ctx.group()
    return _and_list(whos)


_BRACKETED = _rc(r"\(([^()]{2,40})\)")
_COUNTRY_IN_BRACKETS = _rc(r"\(([^()]{2,40})\)\s*$")
_DG = _rc(r"(?:DG|Directorate-General)\s+[A-Z]{2,7}")
_LEAD_SLASH = _rc(r"\s+/\s+|\s+and\s+(?=[A-Z])")
_NEXT_LEAD_CELL = _rc(r";\s+(?!by\b|lead:|pillar:|area:)([^;]+?\([^()]{2,40}\))\s*(?=;|$)")


_ITEM_OWNER = _rc(r"(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4})\s*[;:]\s+\S")


def _item_owner(st, start: int, end: int, actor: str) -> str:
    """The party an item of the parties' joint list names first, as a table's row or a list's
    label does ("Denmark; DKK 1.2 billion; Air defence", "- Denmark: DKK 1.2 billion for air
    defence" under "The following pledges were announced:"): that party's own, not all of theirs."""
    if actor not in ("both", "all") and actor != " and ".join(st.parties):
        return actor
    m = _ITEM_OWNER.match(st.text, start, end)
    if m is None:
        return actor
    canon = E._lex().all_country_forms.get(m.group(1), m.group(1))
    return canon if canon in st.parties and len(st.parties) > 1 else actor


# what "will" foretells rather than promises ("Ukraine will prevail")
_FORETOLD = _rc(r"\s+(?:(?:surely|certainly|ultimately|eventually|undoubtedly)\s+)?"
                       r"(?:emerge|prevail|triumph|endure|flourish|prosper)\b")
# what a party will get, not do: "Sri Lanka will have access to about SDR 254 million"
_GETS = _rc(r"\s+(?:then\s+|also\s+)?(?:have|gain|get)\s+access\s+to\b|\s+(?:then\s+|also\s+)?be\s+eligible\s+(?:for|to)\b")
_SAID_BEFORE = _rc(r"([\w'’.-]+)\s+(?:said|stated|noted|added|explained|indicated)\s+(?:that\s+)?$")


def _said_by_person(text: str, lo: int, at: int, ctx) -> bool:
    """Whether "it" at ``at`` follows a person's "said": "He said it would include ..." (the
    package), not "Kenya said it would host ..." (Kenya)."""
    m = _SAID_BEFORE.search(text, max(lo, at - 60), at)
    return m is not None and (m.group(1).lower() in ("he", "she") or m.group(1).rstrip(".,") in ctx.person_country)


def _invitee_accepts(r: tuple, st: S.Statement, L, ctx) -> tuple:
    """The one invited is the one who accepts: "Prime Minister Carney extended an invitation to
    President Sheinbaum to visit Ottawa, which she accepted" (or ", and she accepted") is
    Mexico's acceptance, not Canada's, whoever a pronoun would otherwise stand for; and to
    accept it is to mean to come."""
    if r[_VERB] != "accept":
        return r
    text, sent = st.text, st.sentences[r[_SENTENCE]]
    vs = r[_VERB_START]
    if not _PRONOUN_BEFORE_VERB.search(text, max(sent.start, vs - 24), vs):
        return r
    inv = None
    for inv in _INVITED.finditer(text, sent.start, vs):
        pass
    if inv is None:
        return r
    res = _resolve(inv.group("who"), L, ctx)
    if res is None or res[0] == r[_ACTOR] or res[0] in ("both", "all"):
        return r
    row = list(r)
    row[_ACTOR] = res[0]
    if row[_CATEGORY] == "endorsement" and not row[COLUMNS.index("negated")]:
        # (to come, as invited: as "accepted the invitation")
        strength = L.strength["intention"]
        row[_CATEGORY], row[COLUMNS.index("strength")], row[COLUMNS.index("strength_label")] = "intention", strength, L.labels[strength]
    return tuple(row)


_PRONOUN_BEFORE_VERB = _rc(r"\b(?:he|she|they)\s+(?:(?:has|had|have|also|gladly|graciously|kindly)\s+)*$")
_INVITED = _rc(r"\binvit(?:ed|es|e|ation|ations)\s+(?:to\s+)?(?P<who>(?:the\s+)?[A-Z][^,;:]{1,80}?)\s+to\s+[a-z]")


_ACTOR, _CATEGORY, _TARGET, _DETAILS, _SENTENCE, _VERB_START, _VERB, _CATALYSTS = (
    COLUMNS.index(c) for c in ("actor", "category", "target", "catalyst_details", "sentence", "verb_start", "verb", "catalysts"))
_END = COLUMNS.index("end")
_VERB_END = COLUMNS.index("verb_end")
_TO_DO_THAT = _rc(r"\bto\s+(?:[a-z]+ly\s+)?(?:recogni[sz]e|accept|acknowledge|agree|understand|respect|affirm)\s+that\b")
_AND_WORD = _rc(r"\band\b")
_NEW_POSITIONS = _rc(r"(?:a\s+(?:number|series|set|range)\s+of\s+|several\s+)?(?:new|further|additional|several)\s+"
                            r"(?:commitments|deliverables|measures|initiatives|outcomes|steps|actions)\b(?!\s+(?:to|worth|of|totall?ing|amounting)\b)")
_AN_AMOUNT = _rc(r"[$€£¥₹]|\b[A-Z]{3}\s?\d|\d\s*(?:million|billion|thousand|%|per\s*cent|percent)")
_A_DIGIT = _rc(r"\b(?!(?:19|20)\d\d\b)\d")  # (a number, not a year)


def _leads_a_list(st, si: int) -> bool:
    """Whether a list's items follow the paragraph of sentence ``si``, or the sentence ends on a colon."""
    s = st.sentences[si]
    if st.text[s.start:s.end].rstrip().endswith(":"):
        return True
    paragraphs = st.paragraphs
    k = s.paragraph
    return 0 <= k < len(paragraphs) - 1 and paragraphs[k + 1].marker is not None


_GAPPED_REFUSAL = _rc(r"\s*,\s*(?:and|but)\s+(?:will|shall|would|can)\s+(?:never|not)\s+[a-z]+\s*,")
_RESPECTIVELY = _rc(r"\brespectively\b")
# what an amount is for: "to pre-position ...", "for the Fund", "towards ..."
_SHARED_PURPOSE = _rc(r"\s+(?:to|for|towards?|in\s+support\s+of)\s+\S")
_RESPECTIVELY_END = _rc(r",?\s*\brespectively,?$")
_BARE_NUMBER = _rc(r"[\d.,]+")
_RESPECTIVELY_LATE = _rc(r"(?:\s+[a-z][\w-]*){1,3}(,?\s*respectively\b)")
_EACH_AFTER_VERB = _rc(r"\s*each\b")
_AMOUNT_GAP = _rc(r",?\s*(?:,|and|&)\s*")  # (between the amounts of a run: ", ", " and ", ", and ")
_RESPECTIVELY_AFTER_RUN = _rc(r"(?:,?\s*respectively\b,?)?")
_NUMERIC_DETAIL = f"{CATALYSTS[0]}: "  # ("numeric target: US$10 million", as _catalysts writes it)


def _respectively(rw: tuple, text: str, r: dict, L, ctx: _Ctx) -> list[tuple]:
    """One row per actor where a clause shares its amounts out in order: "Japan and India will
    contribute US$10 million and US$5 million, respectively" is Japan's US$10 million and
    India's US$5 million, not both parties' US$15 million. Each row keeps the clause as written
    and its own amount among the catalysts; where the actors and the amounts do not pair one
    to one, the clause stays one row."""
    subject = text[r["disp"]:r["verb_start"]].strip().rstrip(",").strip()
    if subject == "which":  # ("the contributions of Japan, Australia and Korea, which pledged ... respectively")
        listed = _LIST_BEFORE_WHICH.search(text, max(0, r["disp"] - 160), r["disp"])
        subject = listed.group(1) if listed else ""
    # ("Secretary Manalo and Secretary Blinken respectively announced ...": before the verb too)
    before = _RESPECTIVELY_END.search(subject)
    each = _EACH_AFTER_VERB.match(text, r["verb_end"]) or _EACH_AFTER_VERB.match(rw[_TARGET])
    if not _RESPECTIVELY.search(rw[_TARGET]) and before is None and each is None:
        return [rw]
    if before is not None:
        subject = subject[:before.start()].rstrip(" ,")
    atoms = _atoms(subject, L, ctx) if subject else None
    if not atoms or len(atoms) < 2 or any(k not in ("country", "named") for k, _, _ in atoms):
        return [rw]
    if each is not None and not _RESPECTIVELY.search(rw[_TARGET]) and before is None:
        # "Germany and Poland will each contribute EUR 200 million": the amount is each one's
        return [rw[:_ACTOR] + (actor,) + rw[_ACTOR + 1:] for _, actor, _ in atoms]
    amounts = [d for d in rw[_DETAILS] if d.startswith(_NUMERIC_DETAIL)]
    if len(atoms) != len(amounts):
        return [rw]
    # (each row's target with its own amount where the clause lists them in a run: "invest £1.2bn
    # and €1.4bn respectively in the programme" is the UK's "invest £1.2bn in the programme")
    target = rw[_TARGET]
    spans, at = [], 0
    for d in amounts:
        i = target.find(d[len(_NUMERIC_DETAIL):], at)
        if i < 0:
            break
        spans.append((i, i + len(d) - len(_NUMERIC_DETAIL)))
        at = spans[-1][1]
    run = None
    if len(spans) == len(amounts) and all(_AMOUNT_GAP.fullmatch(target, a[1], b[0]) for a, b in zip(spans, spans[1:])):
        run = (spans[0][0], spans[-1][1] + len(_RESPECTIVELY_AFTER_RUN.match(target, spans[-1][1]).group()))
    # (the thing counted, written once after the last number: "300 and 200 officers")
    last = target[spans[-1][0]:spans[-1][1]] if run else ""
    counted = last[len(last.split()[0]):] if last and len(last.split()) > 1 and last.split()[0][:1].isdigit() else ""
    rest = target[run[1]:] if run else ""
    late = _RESPECTIVELY_LATE.match(rest)
    if late is not None:
        rest = rest[:late.start(1)] + rest[late.end(1):]  # ("40 and 50 nurses respectively each year")
    out = []
    for k, ((_, actor, _), amount) in enumerate(zip(atoms, amounts)):
        details = [d for d in rw[_DETAILS] if not d.startswith(_NUMERIC_DETAIL) or d == amount]
        own = target[:run[0]] + target[spans[k][0]:spans[k][1]] + rest if run else target
        if run and counted and _BARE_NUMBER.fullmatch(target, spans[k][0], spans[k][1]):
            own = target[:run[0]] + target[spans[k][0]:spans[k][1]] + counted + rest
        one = list(rw)
        one[_ACTOR], one[_TARGET], one[_DETAILS] = actor, own, details
        out.append(tuple(one))
    return out


@lru_cache(maxsize=1)
def _words_year_at() -> re.Pattern:
    """A year in words after the word that places it: "by two thousand twenty-six", "the two
    thousand and twenty-two baseline" (the number words of ``codebooks/dates.yaml``)."""
    W = D._lex().words
    rest = "|".join(sorted(W["units"] + W["tens"], key=len, reverse=True))
    ones = "|".join(W["units"][:9])
    return re.compile(rf"\b(?P<prep>by|before|until|till|in|since|from|to|for|of|the|during)\s+(?P<y>[Tt]wo\s+thousand(?:\s+and)?"
                      rf"[\s-]+(?:{rest})(?:-(?:{ones}))?)\b", re.I)


def _ranges_joined(text: str, numbers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A range is one numeric target: "A$1-2 billion", "between 30 and 40 per cent", "$3–4
    million" (not "A$1" and then "2 billion", nor "30" and "40 per cent")."""
    out: list[tuple[int, int]] = []
    for s0, e0 in numbers:
        if out:
            a, b = out[-1]
            if s0 < b:
                continue  # (inside the range before: "$3–4 million")
            joiner = _RANGE_JOINER.fullmatch(text, b, s0)
            between = _BETWEEN_BEFORE.search(text, max(0, a - 9), a)
            # (not an amount "to" a count of something else: "USD 5 million to 10 countries")
            other = joiner is not None and joiner.group(1) == "to" and _MONEY_SIGN.search(text, a, b) is not None \
                and _MONEY_SIGN.search(text, s0, e0) is None and _WORD_AFTER.match(text, e0) is not None
            if joiner and (joiner.group(1) != "and" or between) and not other:
                out[-1] = (between.start() if between else a, e0)
                continue
        rest = _RANGE_REST.match(text, e0)
        out.append((s0, rest.end() if rest else e0))
    return out


_MONEY_SIGN = _rc(r"" + _SIGN + r"|\b[A-Z]{3}\b")
_WORD_AFTER = _rc(r"\s+[a-z]")
_RANGE_JOINER = _rc(r"\s*(-|–|—|to|and)\s*")
_BETWEEN_BEFORE = _rc(r"\b[Bb]etween\s+$")
_RANGE_REST = _rc(r"[-–—]\d[\d.,]*(?:\s*(?:%|per\s*cent\b|percent\b|thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b))?")


def _embedded_in_recital(text: str, start: int, verb_start: int) -> bool:
    """Whether a verb stands in a clause the recital holds ("Acknowledging that Germany has set
    ...", "Welcoming the instrument through which Germany has committed ..."): the last clause
    word before it is "that" or "which", with no comma after it (after a comma the sentence's
    own subject and verb may follow: "Recognizing that trade matters, the leaders have agreed")."""
    before = text[start:verb_start]
    clause = max((m.end() for m in _RECITAL_CLAUSE.finditer(before)), default=-1)
    return clause >= 0 and "," not in before[clause:]


_RECITAL_CLAUSE = _rc(r"\b(?:that|which|whom)\b")
_QUOTE_THEN_SAID = _rc(r"[,.]?[\"”]\s*,?\s*(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                              r"(?:said|says|added|stated|noted|remarked|declared|explained)\b")
_PERFECT_BEFORE = _rc(r"\b(?:has|have|had)\s+(?:(?:already|also|recently|now|since)\s+)?$")
_HAS_DONE = _rc(r"\b(?:has|have)\s+(?:(?:(?P<already>already)|also|jointly|together|so\s+far)\s+)?$")
# the next clause's own subject and verb: ", and the Working Group will be reviewed"
_NO_SUBJECT_MODAL = _rc(r"(?:that\s+)?(?:no|none\s+of\s+the|neither)\s+(?!(?:later|earlier|sooner|more|less|fewer|effort|efforts|one|doubt|stone)\b)"
                               r"(?:[\w'’-]+\s+){1,8}?(?:will|shall)\s+")  # (not a view: "no State can achieve security ...")
_AND_NEW_SUBJECT = _rc(r",\s+(?:and|but)\s+(?:the|a|an|this|these|its|their|our|no|any|every)\s+(?:[\w'’-]+\s+){0,5}?"
                              r"(?:will|shall|would|is|are|was|were|has|have|can|could|may|must)\b")
# a contrast with another subject: ", while Australia has ...", ", whereas the EU ..."
_WHILE_OTHER = _rc(r",\s+(?:while|whilst|whereas)\s+(?:the\s+)?[A-Z]")
# a clause of what the subject has done, after what it will do: ", and has already delivered 23 packages"
_AND_HAS_DONE = _rc(r",\s+and\s+(?:has|have)\s+(?:(?:already|also|so\s+far)\s+)?[a-z]+(?:ed|en|wn|ght|t)\b")
# a running total in what was done: "has approved 96 projects totalling USD 33 billion", "to date"
_RECORD = _rc(r"\b(?:totall?ing|to\s+date|so\s+far|thus\s+far|in\s+total|cumulatively|this\s+year)\b")
# a past act told in a relative clause: "..., for which Mexico requested assistance"
_PROMISE_VERBS = frozenset(("commit", "agree", "pledge", "undertake", "decide", "promise", "resolve"))
_WHICH_BEFORE = _rc(r"\b(?:(?:for|to|in|by|under|through|with|of)\s+)?(?:which|whom)\s+$")
_SINCE_YEAR = _rc(r"\b[Ss]ince\s+(?:(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?:January|February|March|April|May|June|July|August"
                         r"|September|October|November|December)\s+)?(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d\b"
                         # (or since a body began: "has approved 120 projects since its establishment")
                         r"|\b[Ss]ince\s+(?:its|their|the)\s+(?:establishment|inception|creation|founding|foundation|launch|entry\s+into\s+force)\b")
_COUNTED_FIRST = _rc(r"\s*(?:(?:more\s+than|over|nearly|almost|some|about|around)\s+)?\d[\d,.]*\s+[a-z]+s\b")  # ("45 projects")
_PLUPERFECT = _rc(r"\bhad\s+(?:(?:already|also|previously|earlier|jointly)\s+)?$")


_RESTATED_GAP = _rc(r"\s*(?:that\s+)?(?:[\w'’.-]+\s+){0,5}")


def _recounted(recs: list[dict], text: str, L) -> list[dict]:
    """A sentence's records less the acts in the past that "We recall that ..." tells of, which
    are history, not positions ("We recall that at the Apulia Summit G7 Leaders agreed to make
    available US$50 billion"); the recalling record's target runs on over them."""
    out: list[dict] = []
    recounting = None
    told = False  # (whether an act was told since the recalling record)
    for r in recs:
        if recounting is not None and r["cls"] == "past" and not r.get("owned") \
                and (told or r.get("disp") != r["verb_start"]):
            # (but not what the one recalling did next, no act told between and no subject of its
            # own: "The Leaders recalled that the Forum was launched in 2003 and reaffirmed their
            # commitment to ...")
            recounting["target_end"] = r["target_end"]
            told = True
            continue
        recounting = None
        told = False
        if r["verb"] in L.recounting and _THAT_AFTER.match(text, r["verb_end"]):
            recounting = r
        out.append(r)
    return out


def _without_restated(rows: list[tuple], targets: list[tuple[int, int] | None], text: str, parties=()) -> list[tuple]:
    """Rows less an endorsement or acknowledgement whose target is the same actor's own
    commitment, found as a row of its own: "The United Kingdom reaffirmed that it will provide
    £3 billion" is one commitment to provide, not also a reaffirmation of it. Nor does what
    the parties agree a body will do count twice: "The two sides agreed that the Joint
    Commission will meet in 2026" is their commitment; the Commission signs nothing (a party's
    own part stays: "agreed that Brazil will host the summit" is Brazil's too)."""
    drop = set()
    in_sentence: dict[int, list[tuple]] = {}  # (rows are compared only within their sentence)
    for r in rows:
        in_sentence.setdefault(r[_SENTENCE], []).append(r)
    for a, span in enumerate(targets):
        if span is None or rows[a][_CATEGORY] not in ("endorsement", "acknowledgement"):
            continue
        t0, t1 = span
        for inner in in_sentence[rows[a][_SENTENCE]]:
            if (inner is not rows[a] and inner[_ACTOR] == rows[a][_ACTOR]
                    and inner[_CATEGORY] in ("commitment", "intention") and t0 <= inner[_VERB_START] < t1
                    and _RESTATED_GAP.fullmatch(text, t0, inner[_VERB_START])):  # (what it said opens on it)
                drop.add(a)
                break
    signers = set(parties) | {"both", "all"}
    for a, span in enumerate(targets):
        if span is None or rows[a][_CATEGORY] != "commitment" or rows[a][_VERB] not in _AGREEING:
            continue
        t0, t1 = span
        for inner in in_sentence[rows[a][_SENTENCE]]:
            if (inner is not rows[a] and t0 <= inner[_VERB_START] < t1 and inner[_CATEGORY] == "commitment"
                    and inner[_ACTOR] not in signers and " and " not in inner[_ACTOR]
                    and inner[_ACTOR].startswith(("The ", "the "))):  # (a body as written)
                drop.add(id(inner))
    return [r for i, r in enumerate(rows) if i not in drop and id(r) not in drop]


_AGREEING = frozenset(["agree", "decide", "concur"])
_NUMBER = _rc(r"\d[\d.,]*\d|\d")
_CONTENT_WORD = _rc(r"[a-z0-9$]{3,}")
_NOT_CONTENT = frozenset("the and for with from into its their our this that will shall new all each both per any".split())


def _content(text: str) -> set[str]:
    """The words that say what a position is about, cut to their first five letters
    ("concluding" and "conclude" are one word here)."""
    return {w[:5] for w in _CONTENT_WORD.findall(text.lower()) if w not in _NOT_CONTENT}


_OUTCOMES_TEXT = _rc(r"(?i)\b(?:outcomes?|deliverables?|fact\s*sheet|announcements|results)\b")


def _outcome_items(st, rows: list[tuple], row, L, ctx) -> list[tuple]:
    """A fact sheet's items named by the act done ("- Launch of the India-Japan Economic
    Security Initiative", "- Signing of a Memorandum of Cooperation ..."): each a deliverable of
    the signatories, where the item takes no position of its own."""
    # (only in a text of outcomes: a fact sheet, a list of outcomes or deliverables, by its title or
    # the item's heading; elsewhere "- Expansion of illegal settlements" is a concern, no deliverable)
    outcomes = bool(_OUTCOMES_TEXT.search(st.title or ""))
    with_rows = {r[_SENTENCE] for r in rows}
    out = []
    for p in st.paragraphs if L.outcome_noun_re is not None else ():
        if p.marker is None or not p.sentences or p.sentences[0] in with_rows:
            continue
        if not outcomes and not _OUTCOMES_TEXT.search(st.sections[p.section].heading or ""):
            continue
        s = st.sentences[p.sentences[0]]
        m = L.outcome_noun_re.match(st.text, s.start, s.end)
        if m is None:
            continue
        tend = _trim_end(st.text, m.end(), s.end)
        if tend > m.end():
            out.append(row(ctx.group(), L.outcome_nouns[m.group(1)], "commitment", False, m.end(), tend, s.start, tend, s.index,
                           m.start(1), m.end(1)))
    # (an instrument listed under a heading that says it was signed, "ANNEX: DOCUMENTS SIGNED DURING
    # THE VISIT" / "1. Memorandum of Understanding on ...": the signatories signed it)
    with_rows |= {r[_SENTENCE] for r in out}
    for start, end, _name, _typ in E._signed_items(st, E._lex()):
        si = st.sentence_index(start, end)
        if si is None or si in with_rows:
            continue
        s = st.sentences[si]
        if not E.SIGNED_HEADING.search(st.sections[s.section].heading or ""):
            continue  # (a lead-in's items are read with it)
        with_rows.add(si)
        out.append(row(ctx.group(), "sign", "commitment", False, start, end, s.start, end, si, start, start))
    return out


def _money_detail(detail: str) -> bool:
    """Whether a catalyst's detail is an amount of money ("numeric target: MXN 45 million")."""
    from .figures import currency_codes

    words = detail.split(": ", 1)[-1].replace("\u00a0", " ").split()
    return any(c in patterns.CURRENCY_SIGNS for c in detail) or any(w in currency_codes() for w in words)


def _without_tabled_twice(rows: list[tuple], st, L) -> list[tuple]:
    """Rows less a plan table's row that restates a pledge the prose has made ("Mexico will
    reduce tariffs on 300 agricultural products, provided that ..." and, in the table, "Reduce
    tariffs on 300 agricultural products | Secretariat of Economy | June 2027"): one pledge,
    as the prose words it (its condition included), with the table's deadline where the prose
    gives none."""
    text = st.text
    tabled = {i for i, r in enumerate(rows)
              if S.PLAN_LEAD.search(text, st.sentences[r[_SENTENCE]].start, st.sentences[r[_SENTENCE]].end)}
    # (and an item of a list that sums up, after the prose, what the prose pledged: "Outcomes" then
    # "- The United States announced $45 million in security assistance for the MSS mission")
    listed = {i for i, r in enumerate(rows) if i not in tabled
              and st.paragraphs[st.sentences[r[_SENTENCE]].paragraph].marker is not None}
    if not tabled and not listed:
        return rows
    prose = [j for j in range(len(rows)) if j not in tabled and j not in listed and rows[j][_CATEGORY] in ("commitment", "intention")]
    if not prose:
        return rows
    said_words: dict[int, set] = {}  # (each prose row's words, read once)
    drop = set()
    for i in sorted(tabled | listed):
        r = rows[i]
        action = _content(str(r[_TARGET]).split(";")[0])
        verb = str(r[_VERB])[:4]
        if len(action) < (2 if i in tabled else 3):
            continue
        for j in prose:
            if i in listed and (rows[j][_ACTOR] != r[_ACTOR] or rows[j][_SENTENCE] > r[_SENTENCE]):
                continue  # (a summing-up list restates what the same actor pledged before it)
            p = list(rows[j])
            said = str(p[_TARGET]).lower()
            if j not in said_words:
                said_words[j] = _content(said)
            shared = len(action & said_words[j])
            if i in listed:
                # (an item restates only what it says again word for word, its numbers too: "export
                # restrictions on fertiliser" is not the prose's "on food")
                words = {w[:4] for w in action}
                if len(words & {w[:4] for w in said_words[j]}) < 0.85 * len(words) \
                        or not set(_NUMBER.findall(str(r[_TARGET]))) <= set(_NUMBER.findall(said)):
                    continue
            # (most of its words, with its verb; or nearly all of them: "Launch the Fiocruz–Birmex vaccine
            # consortium" is the one the prose agreed to establish)
            elif shared < 0.6 * len(action) or (shared < 0.8 * len(action) and not (verb in said or str(p[_VERB]).startswith(verb))):
                continue
            drop.add(i)
            for kind in (CATALYSTS[1], CATALYSTS[0]):
                # (the table's deadline, or its amount, which the prose did not give: "Joint maritime
                # exercise | Indonesia (TNI AL) | IDR 120 billion | October 2025")
                # (and an amount beside the prose's own count: "deploy 10 consular attachés" with the
                # row's "MXN 45 million")
                more = [d for d in r[_DETAILS] if d.startswith(kind) and d not in p[_DETAILS]]
                if more and (kind not in p[_CATALYSTS] or (kind == CATALYSTS[0] and any(_money_detail(d) for d in more))):
                    p[_CATALYSTS] = [c for c in CATALYSTS if c in p[_CATALYSTS] or c == kind]
                    p[_DETAILS] = [*p[_DETAILS], *more]
                    k = COLUMNS.index("strength")
                    if p[_CATEGORY] == "commitment" and not p[COLUMNS.index("conditional")]:
                        p[k] = L.firm
                        p[k + 1] = L.labels[L.firm]
                    rows[j] = tuple(p)
            break
    return [r for i, r in enumerate(rows) if i not in drop]


def legal_disclaimer(statement: S.Statement) -> int | None:
    """The first sentence in which the text says it binds no one in law ("This Joint Statement
    of Intent is not legally binding ..."), else None. Its "will" and "shall" still rank as
    commitments, since that is how the signatories wrote them; a reader has to be told that
    they are political ones (codebook ``legal_force_disclaimers``)."""
    L = _lex()
    text = statement.text
    starts = [s.start for s in statement.sentences]
    for m in L.disclaimer_re.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        s = statement.sentences[i] if i >= 0 else None
        # (said of the text itself: "This Memorandum ...", "It ..."; not "the court's ruling is not binding")
        # ("Nothing in this declaration shall create ...": the text named inside the phrase)
        if s is not None and m.end() <= s.end and (L.instrument_re.search(text, s.start, m.start())
                                                   or m.group()[:7].lower() == "nothing"):
            return s.index
    return None


def consensus_disclaimer(statement: S.Statement) -> int | None:
    """The first sentence in which the text says it does not speak for all who took part ("This
    summary ... does not necessarily reflect the agreed views of all participants"), else None:
    a chair's account reads like a joint text, and a reader has to be told that its positions
    were not all agreed (codebook ``consensus_disclaimers``)."""
    text = statement.text
    for m in _lex().consensus_re.finditer(text):
        i = statement.sentence_index(m.start())
        # (said of the text itself: "This summary ...", "The Chair's Summary ...", "It ..."; not
        # "the draft Declaration does not reflect the consensus reached in Abu Dhabi")
        if i is not None and _OF_ITSELF.search(text, statement.sentences[i].start, m.start()):
            return i
    return None


def general_condition(statement: S.Statement) -> int | None:
    """The first sentence in which the text makes all it says depend on a condition ("All
    activities under it are subject to the availability of funds"; codebook
    ``general_conditions``), else None."""
    m = _lex().general_condition_re.search(statement.text)
    return statement.sentence_index(m.start()) if m else None


def chair_text(statement: S.Statement) -> bool:
    """Whether the title says a chair issued the text ("Chairman's Statement of the 47th ASEAN
    Summit", "Co-Chairs' Summary"; codebook ``chair_titles``): its "We welcomed ..." is the
    chair's account, on the chair's authority, which a reader of the positions has to know."""
    return bool(statement.title and _lex().chair_title_re.search(statement.title))


def reservations(statement: S.Statement) -> list[int]:
    """The sentences in which a participant stands apart from the rest ("Fiji reserved its
    position on the proposed levy"), or the participants say they did not agree ("Leaders did
    not reach agreement on ..."; codebook ``reservations``): a reader of "Leaders agreed ..."
    has to be told where they did not."""
    text = statement.text
    out: list[int] = []
    for m in _lex().reservation_re.finditer(text):
        i = statement.sentence_index(m.start())
        if i is None or i in out:
            continue
        s = statement.sentences[i]
        if _REPORTED_OF_OTHERS.search(text, s.start, m.start()):
            continue  # ("regretted that the UN Security Council failed to agree ...": others', reported)
        out.append(i)
    return out


# a clause that reports what others did: "... expressed disappointment that WTO Members could not ..."
_REPORTED_OF_OTHERS = _rc(r"\b(?:that|whereby|where|as|since|because)\b|\b(?:between|among)\s+the\s+parties\s+to\b")


_OF_ITSELF = _rc(r"(?:^|\b)(?:[Tt]his|[Tt]he\s+present|[Tt]he\s+Chair(?:'s|’s|s')?|[Tt]he\s+Co-Chairs(?:'|’)?)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:[Ss]ummary|[Dd]ocument|[Ss]tatement|[Tt]ext|[Rr]eport|[Rr]ecord|[Cc]ommuniqu[ée]|[Dd]eclaration|[Oo]utcome)\b"
                        r"|^\s*It\b|\bissued\b")


# a heading that says whose the items under it are, and what they do: "What Ireland will
# provide", "Mongolia will contribute", "What the European Union commits to"
_HEADING_LEAD = _rc(r"(?:What\s+)?(?P<who>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*|\s+(?:of|and|the)){0,6}?)\s+"
                           r"(?P<modal>will|shall|commits?\s+to|intends?\s+to|undertakes?\s+to)"
                           r"(?:\s+(?P<act>[a-z]+))?\s*:?")


_TO_VERB = _rc(r"\s+to\s+([a-z]+)\b")
# a wire dateline without a year: "WASHINGTON — ", "NAIROBI, KENYA (Reuters) - ", "Windhoek, March 12 (NAMPA) - "
_WIRE_PLACE = _rc(r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s+(?:January|February|March|April"
                         r"|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2})"
                         r"\s*(?:\([^)\n]{1,20}\))?\s*(?:--?|[–—])\s+")


_GOAL_WORDS = _rc(r"\b(?:goals?|targets?|aims?|objectives?|ambitions?|aspirations?|pledges?|commitments?|to\s+reach|reaching"
                         r"|to\s+raise|raising|to\s+increase|increasing|to\s+double|doubling|will|shall)\b", re.I)


# the label of a relationship, no institution that holds anyone to account: "their Strategic
# Partnership", "a Comprehensive Strategic Partnership" (not "the Strategic Partnership Dialogue")
_RELATIONSHIP_LABEL = _rc(r"(?:(?:Comprehensive|Strategic|Global|Special|Enhanced|Privileged|Extended|Cooperative|Innovative"
                                 r"|All-[Rr]ound|Future-[Oo]riented|Mutually\s+Beneficial|Reinforced|Deepened|Upgraded)\s+)+Partnership")


# the lead-in of a resolution's operative part: "Resolve to:", "DECLARE:", "The Ministers hereby agree to:"
_OPERATIVE_LEAD = _rc(r"(?i:\b(?:resolve|resolves|decide|decides|declare|declares|agree|agrees|commit|commits|undertake|undertakes"
                      r"|adopt|adopts)(?:\s+to)?\s*:)$")
# (a noun that a verb's form opens, with a finite verb of its own later: "Support from the Bank has
# been decisive", "Work on the study, financed with ..., is well advanced")
_NOUN_FIRST_CLAUSE = _rc(r"[A-Z][a-z]+\s+(?:from|of|in|on|for|to|with|between|among)\s[^;]*?\s(?:is|are|was|were|has|have|had|reflects?|remains?)\s")
#: the mark an operative paragraph written without one takes (see :func:`_with_operative_items`)
_OPERATIVE_MARK = "•"


def _with_operative_items(st: S.Statement) -> S.Statement:
    """The statement as commitments read it: a resolution's operative paragraphs that carry no
    number or bullet ("Resolve to:" then "Promote the human right to water ...", "Refrain from
    adopting unilateral measures ...") are the items of a list under their lead-in, as
    numbered ones are. The paragraphs under the lead-in each open on a verb in its base form,
    two at least. A view: the statement itself, its text and its analyses' caches, are shared."""
    L = _lex()
    pars = st.paragraphs
    items: set[int] = set()
    for p in pars:
        if p.marker is not None or len(p.sentences) != 1:
            continue
        lead = st.sentences[p.sentences[0]].text.strip()
        if len(lead.split()) > 12 or not _OPERATIVE_LEAD.search(lead):
            continue
        run = []
        q = p.index + 1
        while q < len(pars) and pars[q].section == p.section and pars[q].marker is None and pars[q].sentences:
            first = st.sentences[pars[q].sentences[0]].text
            word = first.split(None, 1)[0] if first.strip() else ""
            low = word.lower()
            if not (word[:1].isupper() and ((L.forms.get(low) or ("", ""))[1] == "base" or low in L.item_forms
                                             or L.refrain_re.match(first.lower()) or _NOT_FIRST.match(first))) \
                    or _NOUN_FIRST_CLAUSE.match(first):
                break
            run.append(q)
            q += 1
        if len(run) >= 2:
            items.update(run)
    if not items:
        return st
    view = copy.copy(st)
    view.paragraphs = [dataclasses.replace(p, marker=_OPERATIVE_MARK) if p.index in items else p for p in pars]
    return view


def extract(statement: S.Statement):
    """The positions a statement takes, one row per clause, in text order.

    Columns: ``actor`` (a country, ``both`` for the two parties together, ``all`` for all
    members of a multilateral text, or the actor as written); ``verb`` (lemma: reaffirm,
    welcome, will, commit, intend ...); ``category`` (one of :data:`CATEGORIES`); ``strength``
    (int on the scale of :func:`scale`: 0 acknowledgement .. 4 firm commitment);
    ``strength_label``; ``negated`` (bool: "will not", "do not support"); ``target`` (the
    action or object, as written); ``conditional`` (bool) and ``condition`` (the condition as
    written, "" when none: "if commercial conditions allow", "subject to budget approval"; a
    conditional commitment is never firm); ``catalysts`` (list, subset of :data:`CATALYSTS`);
    ``catalyst_details`` (list of ``"kind: text"`` strings, e.g. ``"timeline: this year"``);
    ``text`` (the clause as written, from ``statement.original``); ``sentence``; ``section``
    (heading or None); ``start``/``end`` (the clause, offsets into ``statement.text``);
    ``verb_start``/``verb_end`` (the predicate word itself); ``body`` (the party's public body
    that takes the position, as written, where the actor is a party through one: "USAID" of
    the United States; "" otherwise).
    """
    L = _lex()
    st = _with_operative_items(statement)
    ent = E.analyse(st)
    ctx = _Ctx(st, ent)
    text = st.text
    # (a party is no institution a target names, nor the body issuing the text: "the unified GCC
    # tourist visa" of the GCC's own communiqué)
    names = [  # ent.found is in text order
        (f["start"], f["end"], ent.entities[f["key"]]["name"]) for f in ent.found if f["type"] in E.INSTITUTION_TYPES
        and not _is_party(ent.entities[f["key"]], st) and not _RELATIONSHIP_LABEL.fullmatch(ent.entities[f["key"]]["name"])
    ]
    name_starts = [n[0] for n in names]
    # (start, end, word) of each marker, the longest first where two start together; ", should
    # ..." from the word on
    found_marks = sorted(_condition_marks(text, L) + [(m.start(1), m.end(1), m.group(1)) for m in _INVERTED_MID.finditer(text)]
                         + [(m.start(1), m.end(1), m.group(1)) for m in L.inverted_bare_re.finditer(text)
                            if m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].islower()],
                         key=lambda x: (x[0], x[0] - x[1]))
    marks = (found_marks, [m[0] for m in found_marks])
    sent_starts = [s.start for s in st.sentences]
    # signs of a timeline: years and months (period words are looked for in each target)
    dates = sorted([m.start() for m in L.year_re.finditer(text)] + [m.start() for m in L.month_re.finditer(text)])

    def sentence_index(pos: int) -> int:
        return bisect.bisect_right(sent_starts, pos) - 1

    owned_nouns: dict[int, list[tuple[int, int]]] = {}
    for m in L.owned_noun_scan.finditer(text):
        i = m.start()
        if not (i and text[i - 1].isalnum()):
            owned_nouns.setdefault(sentence_index(i), []).append((i, m.end()))

    by_sentence: dict[int, list[dict]] = {}
    forms = L.forms
    sentences = st.sentences
    for m in L.pred_re.finditer(text):
        start, end = m.span()
        i = sentence_index(start)
        if i < 0 or end > sentences[i].end:
            continue
        word = m.group()
        be = None
        if word in L.adjectives:  # "are committed to" is a state, not a passive
            be = L.be_before_re.search(text, max(sentences[i].start, start - 60), start)
            nxt = _TO_VERB.match(text, end) if be and L.adjectives[word].get("category") == "endorsement" else None
            if nxt and nxt.group(1) in forms and L.category.get(forms[nxt.group(1)][0]) == "commitment":
                continue  # "We are pleased to announce the expansion of ...": what they announce, not praise
            if be and L.adjectives[word].get("needs") and not text.startswith(" " + L.adjectives[word]["needs"] + " ", end):
                continue  # ("remains open to exchanging views", not "the route is open")
        if be:
            h = {"kind": "adj", "adj": word, "be": be.group(1), "start": be.start(), "end": end,
                 "not": " not " in f" {be.group()} ",  # ("is not in a position to")
                 # "Kenya was unable to attend the meeting": what happened, no position (the
                 # hit stays, as the subject of what follows: "... and will send a minister")
                 "history": bool(L.adjectives[word].get("negated")) and be.group(1) in ("was", "were")}
        elif word in forms:
            lemma, cls = forms[word]
            h = {"kind": "verb", "lemma": lemma, "cls": cls, "start": start, "end": end}
        elif word in L.modals or word in ("Will", "Shall"):
            word = word.lower()
            if word in ("cannot", "can't") and L.not_after_cannot_re.match(text, end):
                continue  # "cannot overemphasize", "cannot but welcome": emphasis, no refusal
            if word in ("will", "shall") and L.not_after_will_re.match(text, end):
                continue  # "will need USD 5.8 trillion", "will benefit from ...": a forecast, no promise
            if word in ("cannot", "can't") and st.parties and _other_country_before(text, sentences[i].start, start, L, st.parties):
                continue  # "Russia cannot invoke resolution 2202": what the parties hold of another, no refusal of theirs
            if word in L.weak_modals and not _explores(text, end, sentences[i].end, L) and (
                    not (L.may_acts_re.match(text, end) or L.may_joint_re.match(text, end)
                         or (word == "may" and L.may_party_re.match(text, end) and _one_party_before(text, sentences[i].start, start, L, st.parties))
                         # ("Egypt may join the project, subject to a joint feasibility assessment": a
                         # party's act on a condition it names, an intention)
                         or (word in ("may", "could") and _condition(text, end, sentences[i].end, L, marks))) or not (
                        _party_before(text, sentences[i].start, start, L, st.parties)
                        # ("The Authority may lift the sanctions progressively, provided that ...": a
                        # body named as the sentence's whole subject, on a condition it names)
                        or (word in ("may", "could") and _BODY_SUBJECT.fullmatch(text, sentences[i].start, start)
                            and _titled_body(text[sentences[i].start:start], st.title)
                            and _condition(text, end, sentences[i].end, L, marks))
                        or _WE_BEFORE.search(text[max(sentences[i].start, start - 40):start])
                        or _pair_before(text[max(sentences[i].start, start - 40):start])
                        # ("the Parties shall hold consultations and may provide each other with
                        # assistance": the same subject's second act, after its binding first)
                        or (_AND_BEFORE.search(text, max(sentences[i].start, start - 12), start)
                            and any(x.get("text") in ("will", "shall") for x in by_sentence.get(i, ()))))) \
                    and not (word in ("should", "must") and _should_of_a_party(text, sentences[i].start, start, end, L, st.parties)):
                # "so that they may benefit": no position; "Australia may provide ..." is one, as is
                # "The two sides should strengthen cooperation ..." (what the parties hold they ought to do)
                continue
            if word in L.reported_modals and not L.modal_endorse_re.match(text, end) and (L.not_after_would_re.match(text, end) or not (
                    L.reported_re.search(text, max(sentences[i].start, start - 100), start)
                    # ("We would not support ...": a refusal; not "regretted that Russia would not
                    # participate", "Until March 2024, Türkiye would not allow ...": another's, or one past)
                    or (L.would_refuse_re.match(text, end) and not _NOT_OWN_REFUSAL.search(text, sentences[i].start, start))
                    # ("agreed that Canada would process 10,000 work permits": what the parties settled one would do)
                    or _AGREED_THAT.search(text, max(sentences[i].start, start - 100), start)
                    or _CONDITION_FIRST.match(text, sentences[i].start, start)
                    # ("The two leaders did not agree on ..., but would continue to support ...":
                    # what they would still do, against what they could not agree)
                    or (_BUT_BEFORE.search(text, max(sentences[i].start, start - 8), start)
                        and _DENIED_BEFORE.search(text, sentences[i].start, start))
                    # ("The EU and Japan would consider co-financing a pilot if a partner country
                    # requests it": what the parties would explore, on a condition they name)
                    or (_explores(text, end, sentences[i].end, L) and _condition(text, end, sentences[i].end, L, marks)
                        and (_party_before(text, sentences[i].start, start, L, st.parties)
                             or _pair_before(text[max(sentences[i].start, start - 40):start]))))):
                # "would" is a promise only when reported ("said that Indonesia would not issue
                # ..."), or on a condition the sentence opens with ("Should the initiative be
                # renewed, the EU would consider ...")
                continue
            h = {"kind": "modal", "text": word, "start": start, "end": end}
        else:
            continue
        by_sentence.setdefault(i, []).append(h)

    for m in L.progressive_re.finditer(text):
        i = sentence_index(m.start())
        if i < 0 or m.end() > sentences[i].end:
            continue
        hits = by_sentence.setdefault(i, [])
        if not any(h["start"] <= m.start("v") < h["end"] for h in hits):
            # (its number as "are" or "is" gives it: "We are launching" as "we launch", "Kenya is hosting" as "hosts")
            cls = "s" if m.group().lstrip().startswith("is") else "base"
            bisect.insort(hits, {"kind": "verb", "lemma": L.ing_lemma[m.group("v")], "cls": cls, "start": m.start("v"),
                                 "end": m.end(), "progressive": True}, key=lambda h: h["start"])
    for m in L.absolute_re.finditer(text):
        i = sentence_index(m.start())
        if i < 0 or m.end() > sentences[i].end:
            continue
        if _WITH_A_NOUN.search(text, max(sentences[i].start, m.start() - 24), m.start()):
            continue  # ("in accordance with the Treaty establishing the Corridor": a name, no one acting)
        hits = by_sentence.setdefault(i, [])
        found = [m]
        pos = m.end()
        while True:  # (", and Mexico providing ...", the next in the series)
            nxt = L.absolute_next_re.search(text, pos, sentences[i].end)
            if not nxt:
                break
            found.append(nxt)
            pos = nxt.end()
        for a in found:
            if not any(h["start"] <= a.start("v") < h["end"] for h in hits):
                bisect.insort(hits, {"kind": "verb", "lemma": L.absolute_lemma[a.group("v")], "cls": "s", "start": a.start("v"),
                                     "end": a.end(), "progressive": True,
                                     "subject": (a.start("s"), a.end("s"), a.start())}, key=lambda h: h["start"])
    # Operative paragraphs open on their verb, capitalized: "Decides to ...", "Calls upon ..."
    # (after an adverb or a denial: "Strongly condemns ...", "Further demands ...", "Does not
    # endorse ..."; and in three words: "Takes note of ...")
    for i, sent in enumerate(sentences):
        lead = L.operative_lead_re.match(text, sent.start, sent.end)
        off = lead.end() if lead else sent.start
        head = text[off:min(sent.end, off + 50)].split(None, 3)
        # (or in capitals, as a communiqué may set its operative verbs: "2. AGREE to establish ...")
        if not head or not (head[0][1:2].islower() or (len(head[0]) > 2 and head[0].isalpha() and head[0].isupper())) \
                or not (head[0][:1].isupper() or lead or _under_operative_lead(st, i, L)):
            continue
        first = head[0].lower()
        lower_item = not head[0][:1].isupper() and not lead  # (an item under an operative lead-in: "(a) urges ...")
        if len(head) > 1 and (label := _LABEL_COLON.match(text, off, min(sent.end, off + 70))) is not None \
                and (head[1][:1].isupper() or (text[label.end():label.end() + 1].isupper() and first not in L.forms)):
            continue  # "Open RAN in Palau: Australia and the United States will ...", "Double taxation: The two
            # Governments will ...": an item's label, no verb
        denied = bool(lead) and lead.group().split()[-1] == "not"
        for form in ((f"{first} {head[1]} {head[2]}",) if len(head) > 2 else ()) + ((f"{first} {head[1]}",) if len(head) > 1 else ()) + (first,):
            # ("1. Reaffirmed their commitment ...", "- Welcomed ...": a list item in the past
            # tense under "The Ministers:", as ministerial communiqués number their findings;
            # "2. Strengthen economic integration ...": an action of the chapeau's signatories)
            fm = forms.get(form) or L.item_forms.get(form) or ("", "")
            if lower_item and fm[1] != "s":
                continue  # (its own act, in the third person only: not "(b) convene a meeting", asked of another)
            if fm[1] == "s" or (
                    fm[1] in ("base", "past") and _opens_numbered(st, i)
                    and (len(head) < 2 or head[1] not in ("of", "for", "to")
                         or (head[1] == "to" and L.category[fm[0]] in ("commitment", "intention")))):
                # ("Launch of ...", "Support to ...": a noun; "Commit to ...", "Strive to ...": verbs)
                m = (_OPENING_THREE if form.count(" ") == 2 else _OPENING_TWO if " " in form else _OPENING_ONE).match(
                    text, off, sent.end)
                hits = by_sentence.setdefault(i, [])
                if m and (not hits or hits[0]["start"] != sent.start):
                    lemma, cls = fm
                    hits[:] = [h for h in hits if h["start"] >= m.end()]  # (the verb read again inside the opening)
                    hits.insert(0, {"kind": "verb", "lemma": lemma, "cls": "s" if denied else cls, "start": sent.start,
                                    "end": m.end(), "not": denied, "item": cls == "base"})
                break

    sections = [sec.heading for sec in st.sections]
    original = st.original

    def row(actor, verb, cat, negated, tstart, tend, start, end, si, verb_start, verb_end, cond: str = "") -> tuple:
        """One row in COLUMNS order: the catalysts of its target make a commitment firm, unless
        a condition holds it back (``cond``: one already found before the clause, in the
        sentence or a list's lead-in)."""
        # (a condition set off by commas right after a modal, as the codebook's markers read it:
        # "KfW may, subject to budgetary approval, provide grants": the condition, then what is done)
        aside = _MODAL_ASIDE.match(text, tstart, tend) if verb in L.modals else None
        aside_cond = _condition(text, aside.start(), aside.end(), L, marks) if aside is not None else ""
        while tstart < tend and (text[tstart].isspace() or text[tstart] == ","):
            tstart += 1  # (" raise exports ..." after "its aim to"; ", in due course, provide ..." after "may")
        manner = _MANNER.match(text, tstart, tend)
        if manner:
            tstart = manner.end()  # ("noted with concern that growth remains weak": what they noted)
        if verb == "set a target" and text.startswith(("of ", "to "), tstart) and tend - tstart > 3:
            tstart += 3  # ("set the goal of increasing visits to 40 million": the goal, increasing visits ...)
        if aside_cond and aside.end() < tend:
            cond = cond or aside_cond
            tstart = aside.end()
            while tstart < tend and text[tstart].isspace():
                tstart += 1
        nxt = _SEMICOLON_CLAUSE.search(text, tstart, tend)
        if nxt:  # ("invited Mexico to join the initiative; Mexico did not join it": the invitation only)
            tend = nxt.start()
        kinds, details = _catalysts(st, tstart, tend, L, names, name_starts, dates)
        joined = _CLAUSE_JOIN.match(text, start, verb_start) if start < verb_start else None
        fronted = _LEAD_TIME.match(text, joined.end(), verb_start) if joined is not None else None
        if fronted is not None and (_DEADLINE_WORD.match(fronted.group()) or L.forms.get(text[verb_start:verb_end].lower(), ("", ""))[1] != "past"):
            # (after a verb in the past, "in 2026" says when it was done: "In 2026, the sides launched a fund")
            # a deadline set before the subject is the clause's: "By 2028, Kenya will open a
            # consulate", "..., and by 2029 Japan will open an office"
            # (one still to come, as the target's own are: not "In 2025, Kenya opened ...")
            phrase = " ".join(fronted.group().split()).rstrip(", ")
            phrase = phrase[0].lower() + phrase[1:]
            years = [int(y) for y in _YEAR_IN.findall(phrase)]
            if (st.date is None or max(years) >= st.date.year) and not any(phrase in d for d in details):
                details = [f"timeline: {phrase}", *details]
                kinds = [k for k in CATALYSTS if k in kinds or k == "timeline"]
        cond = cond or _condition(text, start, verb_start, L, marks) or _condition(text, tstart, tend, L, marks)
        if not cond and negated:
            # what a refusal waits for: "will not normalise relations with Israel without a credible
            # path to a Palestinian state" (no refusal as such: a "yes" on that condition)
            without = _WITHOUT_TERMS.search(text, tstart, tend)
            if without is not None:
                cond = " ".join(text[without.start():without.end()].split())
        if not cond:
            # (a condition that opens the clause, after "and" or a comma: "... and should the
            # regional situation allow, the two sides will convene ...")
            opens = _CONDITION_OPENS_CLAUSE.search(text, max(st.sentences[si].start, start - 160), start)
            if opens is not None:
                cond = _condition(text, opens.start(1), opens.end(1) + 1, L, marks)
        if cond and st.date is not None and _past_event(cond, st.date.year):
            cond = ""  # ("following the entry into force of the CEPA in May 2022", said in 2025: what was)
        strength = L.firm if cat == "commitment" and kinds and not cond else L.strength[cat]
        actor = " ".join(actor.split())  # (a name read across a wrapped line: "PT\nIndonesia Battery Corporation")
        return (
            actor, verb, cat, strength, L.labels[strength], bool(negated), bool(cond), cond, original[tstart:tend], kinds,
            details, original[start:end], si, sections[st.sentences[si].section], start, end, verb_start, verb_end, "",
        )

    rows: list[tuple] = []
    targets: list[tuple[int, int]] = []  # each row's target span
    last = -1
    for si in sorted(by_sentence):
        s = st.sentences[si]
        for quiet in range(last + 1, si):
            _remember_subject(st, quiet, L, ctx)
        last = si
        recs = _sentence_records(st, si, by_sentence[si], L, ctx, owned_nouns.get(si))
        if not recs:
            _remember_subject(st, si, L, ctx)
        conditions = [r for r in recs if _in_condition(text, s.start, r["verb_start"], marks, L)]
        if conditions:
            recs = _before_conditions(recs, conditions, s.end)
        leading = _leading_condition(text, s.start, min(r["verb_start"] for r in recs), L, marks) if recs else ""
        first = True
        recs = _recounted(recs, text, L)
        for a, b in zip(recs, recs[1:]):
            # two verbs of one object: "welcomes and supports the Global Security Initiative" (the
            # first's target is the second's, not "and supports the ...")
            joined = _AND_NEXT_VERB.match(text, a["target_start"])
            if joined and joined.end() == b["verb_start"] and a["actor"] == b["actor"]:
                a["target_start"], a["target_end"] = b["target_start"], b["target_end"]
        recital = L.recital_re.match(text, s.start) is not None and st.paragraphs[s.paragraph].sentences[0] == si
        for r in recs:
            if r.get("history"):
                continue
            if recital and (r["cls"] in ("s", "past") or _PERFECT_BEFORE.search(text, max(s.start, r["verb_start"] - 30), r["verb_start"])) \
                    and _embedded_in_recital(text, s.start, r["verb_start"]):
                # a recital's "Acknowledging that Germany has set the target of ...", "... and that
                # Germany aims to achieve climate neutrality by 2045": the background, no position
                # (not "Recognizing ..., the two leaders have agreed to ...", the sentence's own verb
                # after the recital's comma; nor what the recital says one will do)
                continue
            if r["cls"] == "past" and r["verb"] in _MADE_VISITS and _A_VISIT.match(text, r["target_start"]):
                continue  # "Prime Minister Anwar undertook an official visit to Indonesia": what happened, no pledge
            if _ISSUE_THIS_TEXT.match(text, r["target_start"], r["target_end"]):
                continue  # "decided to issue the following Joint Statement": the text itself, no undertaking
            if (seized := _SEIZED.match(text, r["target_start"])) is not None:
                # "Decides to remain actively seized of the matter": a council's closing form, no
                # undertaking (what is decided with it stays: "... and to convene a review summit")
                more = _SEIZED_AND.match(text, seized.end())
                if more is None:
                    continue
                r["target_start"] = more.end()
            tstart = r["target_start"]
            tend = _trim_end(text, tstart, _hedged_clause(text, tstart, r["target_end"], L))
            quoted = _QUOTE_THEN_SAID.search(text, tstart, tend)
            if quoted:  # '"Brazil is determined to place ... agenda," he said, thanking ...': the quote's words
                tend = _trim_end(text, tstart, quoted.start())
            start = s.start if first and not r.get("owned") else min(r["disp"], r["verb_start"])
            dated_from = start
            if start == s.start and r["disp"] > s.start and _JOINED_CLAUSE_BEFORE.search(text, max(s.start, r["disp"] - 12), r["disp"]) \
                    and not _LEAD_TIME.match(text, s.start, r["disp"]) and not _PRONOUN_NEXT.match(text, r["disp"]):
                # (not a pronoun that goes on with the same story: "... met in Addis Ababa in 2024, and they pledged ...")
                # (a clause of its own after ", and": "Trade reached EUR 15 billion in 2024, and the
                # two leaders set a goal of doubling it by 2030"; the year is the first clause's, where
                # no time opens the sentence for both: "In 2024, France opened ..., and India launched ...")
                dated_from = r["disp"]
            if not r.get("owned"):
                first = False
            if r["cls"] == "past" and r["category"] == "commitment" and not r.get("owned") \
                    and _PLUPERFECT.search(text, max(s.start, r["verb_start"] - 24), r["verb_start"]):
                continue  # "Japan had committed USD 5.5 billion": done before the statement
            if r["cls"] == "past" and r["category"] == "commitment" and not r.get("owned"):
                # an act the clause dates before the statement is history ("In January 2022,
                # Japan launched ..."); the target is read to its first comma, where a participle
                # or a relative clause may date something else ("..., building on talks in 2019")
                comma = text.find(",", tstart, tend)
                # (what is to be done or renewed is dated from the target on: see _dated_before)
                renews = r["verb"] in L.light and L.light[r["verb"]] is None  # (reaffirm, reiterate ...: "any" noun)
                future_from = None
                if renews:
                    lead = L.dated_re.match(text, tstart)  # ("reaffirmed in March 2024 its commitment": when it was renewed)
                    future_from = lead.end() if lead and (lead.group("y") or lead.group("mon")) else tstart
                elif (r.get("infinitival") or _NOT_TO_AT.match(text, tstart)) and _VERB_FIRST.match(text, tstart):
                    future_from = tstart
                if _dated_before(st, dated_from, tend if comma < 0 else comma, L, future_from, renews, verb_at=r["verb_start"]):
                    continue
                done = _HAS_DONE.search(text, max(s.start, r["verb_start"] - 24), r["verb_start"])
                if done and (_SINCE_YEAR.search(text, start, tend if comma < 0 or comma < r["verb_start"] else comma)
                             or _RECORD.search(text, tstart, tend if comma < 0 else comma) or done.group("already")):
                    # "has adopted 16 sanctions packages since February 2022", "Since 2022, Brazil has committed ...",
                    # "The NDB has approved 96 projects totalling USD 33 billion", "have already pledged ...": a record
                    continue
                if not done and _WHICH_BEFORE.search(text, max(s.start, r["disp"] - 16), r["disp"]) \
                        and not (r["verb"] in _PROMISE_VERBS and _TO_VERB.match(text, r["verb_end"])) \
                        and not (r["verb"] in _PLEDGED_BY and L.numeric_gate_re.search(text, tstart, tend)):
                    # (but "the Facility, to which Papua New Guinea pledged K20 million": a pledge made now)
                    # "the digitisation, for which Mexico requested assistance": told of, no position
                    # ("..., of which Team Europe has pledged 13 billion": a pledge, stated now; "...
                    # processes, which the leaders committed to conclude by March 2026": a promise)
                    continue
            elif r["cls"] == "past" and r["category"] == "endorsement" and not r.get("owned") \
                    and _dated_before(st, start, r["verb_start"], L):
                continue  # "In 2019, Japan supported the establishment of ...": history, dated before the verb
            elif r["cls"] == "past" and r["category"] == "endorsement" and not r.get("owned") and _COUNTED_FIRST.match(text, tstart):
                continue  # "The Fund has supported 45 projects in 37 countries": what was done, counted, no position
            givers = list(L.amount_from_re.finditer(text, tstart, tend)) if r["category"] == "commitment" and "from" in text[tstart:tend] else []
            lead_in = text[tstart:givers[0].start()] if givers else ""
            if len(givers) >= 2 and r["actor"] in ("both", "all") and not r["negated"] and r["verb"] in L.giving_verbs \
                    and all(L.all_country_forms[g.group("c")] in ctx.parties for g in givers) \
                    and len(lead_in.split()) <= 4 and not any(c.isdigit() for c in lead_in):
                # (only where the amounts are all the pledge says: not "EUR 2 billion for ..., including
                # EUR 1 billion from Norway and ...", nor "support to the Fund of NOK 600 million from ...")
                # ("we announce additional funding of NOK 600 million from Norway, DKK 250 million from
                # Denmark ...": one row for each giver and its amount, with what they fund)
                rest = text[givers[-1].end():tend]
                tail = "" if rest.lstrip(" ,").startswith(("and ", "while ", "but ")) else rest
                for g in givers:
                    rows.append(row(L.all_country_forms[g.group("c")], r["verb"], r["category"], r["negated"], g.start(), g.end("amt"),
                                    g.start(), g.end(), si, r["verb_start"], r["verb_end"], leading))
                    if tail.strip():
                        rows[-1] = (*rows[-1][:_TARGET], f"{rows[-1][_TARGET]} {tail.strip(' ,')}", *rows[-1][_TARGET + 1:])
                    targets.append((g.start(), g.end("amt")))
                continue
            gaps = list(L.gapped_re.finditer(text, tstart, tend)) if r["actor"] not in ("both", "all") else []
            if gaps and all(L.all_country_forms[g.group("c")] != r["actor"] for g in gaps):
                # one row for each country and its amount, the verb shared ("Australia will provide A$ 5
                # million, India US$ 7.5 million, Japan ¥ 1 billion and the United States $ 10 million")
                rows.append(row(r["actor"], r["verb"], r["category"], r["negated"], tstart, gaps[0].start(), start,
                                gaps[0].start(), si, r["verb_start"], r["verb_end"], leading))
                targets.append((tstart, gaps[0].start()))
                for g, nxt in zip(gaps, gaps[1:] + [None]):
                    stop = nxt.start() if nxt is not None else tend
                    rows.append(row(L.all_country_forms[g.group("c")], r["verb"], r["category"], r["negated"], g.end(), stop,
                                    g.start("c"), stop, si, r["verb_start"], r["verb_end"], leading))
                    targets.append((g.end(), stop))
                head = rows[-len(gaps) - 1][_TARGET].split(" ", 1)[0]
                if head.isalpha() and head.islower() and (head in L.money_verbs or head in L.item_verbs):
                    # (each country's amount with the verb it shares: "Chile: provide CLP 2,500 million")
                    for j in range(len(rows) - len(gaps), len(rows)):
                        rows[j] = (*rows[j][:_TARGET], f"{head} {rows[j][_TARGET]}", *rows[j][_TARGET + 1:])
                shared = _RESPECTIVELY.search(rows[-1][_TARGET])
                last_amount = L.gapped_amount_re.match(rows[-1][_TARGET])  # (a target that is only an amount, after its verb)
                if shared is None and last_amount and _SHARED_PURPOSE.match(rows[-1][_TARGET], last_amount.end()) and all(
                        (amt := L.gapped_amount_re.match(rows[j][_TARGET])) and amt.end() == len(rows[j][_TARGET].rstrip(" ,"))
                        for j in range(len(rows) - len(gaps) - 1, len(rows) - 1)):
                    # ("Australia will contribute A$5 million and Japan ¥500 million to pre-position
                    # supplies": what the last amount is for, the others are for too)
                    tail = rows[-1][_TARGET][last_amount.end():].strip()
                    for j in range(len(rows) - len(gaps) - 1, len(rows) - 1):
                        rows[j] = (*rows[j][:_TARGET], f"{rows[j][_TARGET].rstrip(' ,')} {tail}", *rows[j][_TARGET + 1:])
                if shared is not None and rows[-1][_TARGET][shared.end():].strip(" ,"):
                    # ("New Zealand will provide NZ$5 million and Chile CLP 2,500 million respectively
                    # to the GRA": each amount goes where the words after "respectively" say)
                    tail = rows[-1][_TARGET][shared.end():].strip(" ,")
                    for j in range(len(rows) - len(gaps) - 1, len(rows)):
                        own = rows[j][_TARGET]
                        cut = _RESPECTIVELY.search(own)
                        own = (own[:cut.start()] if cut else own).rstrip(" ,")
                        rows[j] = (*rows[j][:_TARGET], f"{own} {tail}", *rows[j][_TARGET + 1:])
                continue
            end = max(tend, r["verb_end"])
            # ("committed to completing its reforms by December 2026, and to reducing clearance
            # times by 30 percent": two acts, each with its own deadline or target)
            second = _AND_TO_NEXT.search(text, tstart, tend) if r["category"] in ("commitment", "intention") \
                and _TO_END.search(text, r["verb_end"], tstart) else None
            spans = [(tstart, _trim_end(text, tstart, second.start())), (second.end(), tend)] if second else [(tstart, tend)]
            category = r["category"]
            if not text[tstart:tend].strip() and (put := _REPORTED_BEFORE.fullmatch(text, s.start, s.end)) is not None \
                    and put.start("v") <= r["verb_start"]:
                # "Kenya should not be forced to choose ..., the leaders agreed.": what they agreed is
                # the clause before the comma, a view they share (binding where it says "will")
                spans = [(s.start, put.end("what"))]
                start = s.start
                category = "commitment" if _BINDS_IN.search(text, s.start, put.end("what")) and category == "commitment" \
                    else "endorsement" if category in ("commitment", "intention") else category
            for t0, t1 in spans:
                rw = row(r["actor"], r["verb"], category, r["negated"], t0, t1, start, end, si,
                         r["verb_start"], r["verb_end"], leading)
                if r.get("absolute") and r["verb"] in L.money_verbs and not rw[_CATALYSTS] and not _THING_GIVEN.match(text, t0, t1):
                    # "with China investing heavily in the region": told of; "with China investing USD 2
                    # billion", "with Chile contributing one icebreaker": a share pledged
                    continue
                for one in _respectively(rw, text, r, L, ctx):
                    rows.append(one)
                    targets.append((t0, t1))
    with_rows = {r[_SENTENCE] for r in rows}
    for m in S.PLAN_LEAD.finditer(text) if "; lead: " in text else ():
        # a plan's row that names its action without a verb ("Launch of the Green Hydrogen
        # Platform; lead: European Commission; by December 2025"): an undertaking of the side
        # that leads it, as the table assigns it
        i = sentence_index(m.start())
        if i < 0 or i in with_rows or not st.paragraphs[sentences[i].paragraph].marker:
            continue
        sent = sentences[i]
        word = text.index("lead", m.start())
        rows.append(row(_plan_lead(text, sent.start, sent.end, L, ctx), "lead", "commitment", False, sent.start, sent.end,
                        sent.start, sent.end, i, word, word + 4))
        with_rows.add(i)
    lead_ins = list(_PASSIVE_FOLLOWING.finditer(text))
    if L.outcome_re is not None:
        # ("The Summit delivered the following outcomes:": what the parties settled, as listed)
        lead_ins = sorted(lead_ins + list(L.outcome_re.finditer(text)), key=lambda m: m.start())
    for passive in lead_ins:
        # "The following agreements were signed in the presence of the two Presidents:" then "(a)
        # Framework Agreement on ...", "(b) Memorandum of Understanding on ...": each item is an
        # instrument the signatories signed (their act, with no one named), read as the items of
        # "The two sides signed the following agreements:" are
        i = sentence_index(passive.start())
        sent = sentences[i] if i >= 0 else None
        if sent is not None and i in with_rows and _AHEAD_PASSIVE.search(passive.group()) \
                and text[sent.start:sent.end].rstrip()[-1:] == ":":
            # ("The following centres shall be established by 2028:": the items are what is to be
            # established, not the lead-in's clause)
            rows = [r for r in rows if r[_SENTENCE] != i or r[_VERB] not in L.modals]
            with_rows = {r[_SENTENCE] for r in rows}
        if sent is None or i in with_rows or passive.end() > sent.end or text[sent.start:sent.end].rstrip()[-1:] != ":":
            continue
        lemma = L.outcome_lemma.get(passive.group("v")) or forms.get(passive.group("v"), (_PASSIVE_LEMMA.get(passive.group("v"), passive.group("v")), ""))[0]
        category = L.category.get(lemma, "commitment")
        p = st.paragraphs[sent.paragraph]
        nxt = st.paragraphs[p.index + 1] if p.index + 1 < len(st.paragraphs) else None
        marked = []
        for q in st.paragraphs[p.index + 1:]:
            # (items numbered afresh, 1, 2, 3 ...: the next paragraph of the lead's own count ends them)
            if q.section != p.section or q.marker is None or len(q.sentences) != 1 \
                    or _item_number(q.marker) != len(marked) + 1:
                break
            marked.append(q)
        if marked and p.marker and _NUMBERED.fullmatch(p.marker.strip()) and _FIRST_ITEM.fullmatch(marked[0].marker.strip()) \
                and not any(q.sentences[0] in with_rows for q in marked):
            # "14. The following MoUs were exchanged ...:" over "1. Memorandum of ...", "2. ...": items
            # numbered afresh under a numbered paragraph, each an instrument, as below
            for q in marked:
                item = st.sentences[q.sentences[0]]
                tend = _trim_end(text, item.start, item.end)
                rows.append(row(ctx.group(), lemma, category, False, item.start, tend, item.start, tend, item.index,
                                passive.start("v"), passive.end("v")))
            continue
        if nxt is not None and nxt.marker is not None:
            # marked items ("(a)", "-"): the lead-in's, as _list_items reads them
            colon = text.rindex(":", sent.start, sent.end)
            rows.append(row(ctx.group(), lemma, category, False, colon, colon, sent.start, sent.end,
                            sent.index, passive.start("v"), passive.end("v")))
            continue
        # items one to a line with no mark, up to the first line that ends a sentence of prose
        # ("Declaration on the Exceptional Reinforced Partnership" / "Memorandum of ..." / then
        # "M. Macron thanked His Majesty the King.")
        for q in st.paragraphs[p.index + 1:]:
            if q.section != p.section or len(q.sentences) != 1 or q.marker is not None:
                break
            item = st.sentences[q.sentences[0]]
            if text[item.start:item.end].rstrip().endswith((".", "!", "?")):
                break
            tend = _trim_end(text, item.start, item.end)
            rows.append(row(ctx.group(), lemma, category, False, item.start, tend, item.start, tend, item.index,
                            passive.start("v"), passive.end("v")))
    # items under a heading that says whose they are: "What Ireland will provide" then "- Training
    # by the Irish Aviation Authority ..." is Ireland's undertaking, each item a row
    with_rows = {r[_SENTENCE] for r in rows}
    for sec in st.sections:
        if not sec.heading or sec.heading_start is None:
            continue
        lead = _HEADING_LEAD.fullmatch(" ".join(sec.heading.split()))
        if lead is None or lead.group("act") and lead.group("act") not in ("do", "deliver") \
                and L.category.get(forms.get(lead.group("act"), (lead.group("act"), ""))[0]) not in ("commitment", "intention"):
            continue  # (an undertaking: "What Ireland will provide", not "What the Leaders will discuss")
        got = _resolve(lead.group("who"), L, ctx)
        at = original.find(lead.group("modal"), sec.heading_start, sec.heading_end)
        if got is None or at < 0:
            continue
        ve = original.find(lead.group("act"), at, sec.heading_end) + len(lead.group("act")) if lead.group("act") else at + len(lead.group("modal"))
        modal = " ".join(lead.group("modal").lower().split())
        verb = "intend" if modal.startswith("intend") else "will"
        category = "intention" if verb == "intend" else "commitment"
        for pi in sec.paragraphs:
            par = st.paragraphs[pi]
            if par.marker is None or not par.sentences:
                break  # (the items right under the heading; a paragraph of prose ends them)
            item = st.sentences[par.sentences[0]]
            # (an item read as opening on a verb of its own is the heading's: "Support from
            # Enterprise Ireland for Irish SMEs ..." under "What Ireland will provide")
            own = [r for r in rows if r[_SENTENCE] in par.sentences]
            if any(r[_VERB_START] != item.start for r in own) or any(i in with_rows for i in par.sentences[1:]):
                continue
            rows = [r for r in rows if r[_SENTENCE] not in par.sentences]
            tend = _trim_end(text, item.start, item.end)
            if tend > item.start:
                rows.append(row(got[0], verb, category, False, item.start, tend, item.start, tend, item.index, at, ve))
    # ("The Council adopted the following conclusions:", "... Adopted the following:": the text
    # itself follows, no position)
    # (each row with its target span, None for the rows of lists, kept together through the sort)
    paired = [(r, targets[i] if i < len(targets) else None) for i, r in enumerate(rows)
              if not _OWN_TEXT.fullmatch(" ".join(str(r[_TARGET]).split()).rstrip(": "))
              and not (r[1] in L.introducing_verbs and " ".join(str(r[_TARGET]).split()).rstrip(": ").lower() == "the following")]
    paired.sort(key=lambda p: p[0][_SENTENCE])
    # ("We do not recognise, and will never recognise, the annexation ...": one refusal, the second
    # verb's, whose target the first leaves empty)
    paired = [(r, t) for r, t in paired if str(r[_TARGET]).strip() or not _GAPPED_REFUSAL.match(text, r[_VERB_END])]
    # (nor a lead-in that only names what follows: "announced new commitments under their Climate and
    # Development Partnership", with no amount or time of its own)
    paired = [(r, t) for r, t in paired if not (r[_VERB] in _REPORTS_FACTS and _NEW_POSITIONS.match(str(r[_TARGET]))
                                                 and not _A_DIGIT.search(str(r[_TARGET])) and not L.number_words_re.search(str(r[_TARGET]))
                                                 and _leads_a_list(st, r[_SENTENCE]))]
    # (nor what others are urged to accept: "urged all partners to recognise that maritime zones,
    # once established, shall not be challenged" is no "shall" of the signatories')
    calls = [(r[_SENTENCE], t) for r, t in paired if t is not None and r[_CATEGORY] == "endorsement" and r[_VERB] in L.asking]
    paired = [(r, t) for r, t in paired if not (r[_ACTOR] in ("both", "all") and r[_CATEGORY] == "commitment" and any(
        si == r[_SENTENCE] and c0 < r[_VERB_START] and ";" not in text[c0:r[_VERB_START]]
        and (that := _TO_DO_THAT.search(text, c0, r[_VERB_START])) is not None
        and not _AND_WORD.search(text, that.end(), r[_VERB_START]) for si, (c0, c1) in calls))]
    # (nor twice the same pledge: "confirmed that a package worth $16 million will be implemented"
    # binds those who confirm it, once)
    seen_pledges = set()
    kept = []
    for r, t in paired:
        key = (r[_SENTENCE], r[_ACTOR], str(r[_TARGET]))
        if r[_CATEGORY] == "commitment" and key in seen_pledges:
            continue
        if r[_CATEGORY] == "commitment":
            seen_pledges.add(key)
        kept.append((r, t))
    paired = kept
    rows = [r for r, _ in paired]
    rows = _list_items(st, _without_restated(rows, [t for _, t in paired], text, st.parties), row, ctx)
    rows += _outcome_items(st, rows, row, L, ctx)
    rows.sort(key=lambda r: r[_SENTENCE])  # (a list's items in place, among the positions their items take themselves)
    notes = {k for k, sec in enumerate(st.sections) if sec.heading == S.NOTES_HEADING}
    if notes:
        # (a note says where a thing was said before, "Announced at the Apulia Summit": no position of this text)
        rows = [r for r in rows if st.sentences[r[_SENTENCE]].section not in notes]
    # (a lead-in whose items each say what was agreed, "The Leaders agreed that:" over "1. a Working
    # Group shall be established; 2. ...": the items are the positions, the lead-in says nothing)
    rows = [r for r in rows if not (r[_TARGET].strip().lower() in ("that", "") and st.text[st.sentences[r[_SENTENCE]].end - 1:
                                                                                   st.sentences[r[_SENTENCE]].end].strip() == ":"
                                    and any(q[_SENTENCE] > r[_SENTENCE] for q in rows))]
    rows = [x for r in rows for x in _split_denied_and(r, st, L)]
    rows = [x for r in rows for x in _split_agreed_and_welcomed(r, st, L, row)]
    rows = [x for r in rows for x in _split_gapped(r, st, L, row, ctx)]
    rows = _condition_shared(rows, st, row)
    # ("The United States and Vietnam announced the following outcomes." over a list: it points
    # to the positions, and says none)
    # (one over a colon stays where its list is not read as positions: the lead-ins above decide)
    # (nor one over a colon whose items the reading gave their own positions: "The Prime
    # Ministers agreed to the following priorities:" / "1. Strengthen ...")
    rows = [r for r in rows if not (_FOLLOWING_ONLY.fullmatch(str(r[_TARGET]).strip())
                                    and (st.original[r[_END]:r[_END] + 2].lstrip()[:1] != ":"
                                         or any(q[_SENTENCE] == r[_SENTENCE] + 1 for q in rows)))]
    rows = [_body_through(_body_to_party(r, L, ctx), L, ctx) for r in rows]
    rows = [_invitee_accepts(r, st, L, ctx) for r in rows]
    rows = _without_tabled_twice(rows, st, L)
    # (what a body the parties set up recommends is its advice, no position of theirs: "The Joint
    # Study Group recommended the following: ...")
    signers = {*st.parties, "both", "all"}
    rows = [r for r in rows if r[_VERB] != "recommend" or all(a.strip() in signers for a in re.split(r",|\band\b", r[_ACTOR]))]
    rows = [_without_article(_listed_with_commas(r, ctx), ctx) for r in rows]
    ints = ("strength", "sentence", "start", "end", "verb_start", "verb_end")
    columns = [list(v) for v in zip(*rows)] if rows else [[] for _ in COLUMNS]
    # (what is read out of a hard-wrapped line keeps none of its breaks: "by the end of⏎  2026"
    # reads "by the end of 2026" in a table cell; ``text`` stays as written, offsets with it)
    # ("mid-⏎2026" is "mid-2026"; a line with no break keeps its no-break spaces: "US$ 450 million")
    def one_line(v):
        return S.one_line(v) if isinstance(v, str) and "\n" in v else v

    for c in ("target", "condition", "body"):
        k = COLUMNS.index(c)
        columns[k] = [one_line(v) for v in columns[k]]
    k = COLUMNS.index("catalyst_details")
    columns[k] = [[one_line(d) for d in v] if isinstance(v, list) else v for v in columns[k]]
    # (an amount a finding tells is no target: "noted that bilateral trade rose to USD 1.1 billion
    # in 2025", "noted a shortfall of USD 45 million"; "noted the goal of reaching USD 3 billion by
    # 2030" sets one)
    cat, cats, details, target = (COLUMNS.index(c) for c in ("category", "catalysts", "catalyst_details", "target"))
    for i, c in enumerate(columns[cat]):
        if c == "acknowledgement" and "numeric target" in (columns[cats][i] or []) and "timeline" not in columns[cats][i] \
                and not _GOAL_WORDS.search(str(columns[target][i])):
            columns[cats][i] = [x for x in columns[cats][i] if x != "numeric target"]
            columns[details][i] = [d for d in columns[details][i] if not d.startswith("numeric target:")]
    return E.frame_from_columns(COLUMNS, columns, ints, bools=("negated", "conditional"))


_KEPT.save()
