"""One call that returns every table a briefing needs.

The notebook cells stay one or two lines because the work happens here, once: the statement
is parsed, then figures, themes, entities and commitments are extracted, and the summary
numbers are counted from those tables. Tests call :func:`analyze` without Jupyter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import commitments as C
from . import entities as E
from . import figures as F
from . import statement as S
from . import themes as T

INSTITUTION_TYPES = ("initiative", "agreement", "event", "organization")


@dataclass
class Analysis:
    """Every table of a briefing (columns are documented in each module).

    - ``sections``: heading, paragraphs, sentences, words, share (of words, %).
    - ``figures``: the figures ledger (:data:`communique.figures.COLUMNS`), names included;
      ``counted`` the rows that are figures (not part of a name).
    - ``themes``: one row per sentence (:func:`communique.themes.classify`);
      ``topic_shares``, ``section_topics``, ``topic_by_section``, ``distinctive``.
    - ``entities``: :data:`communique.entities.COLUMNS`; ``initiatives`` the named
      initiatives, agreements and events.
    - ``commitments``: :data:`communique.commitments.COLUMNS`.
    - ``summary``: headline counts.
    """

    statement: S.Statement
    codebook: Any
    sections: pd.DataFrame
    figures: pd.DataFrame
    counted: pd.DataFrame
    themes: pd.DataFrame
    topic_shares: pd.DataFrame
    section_topics: pd.DataFrame
    topic_by_section: pd.DataFrame
    distinctive: pd.DataFrame
    entities: pd.DataFrame
    initiatives: pd.DataFrame
    commitments: pd.DataFrame
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def pledges(self) -> pd.DataFrame:
        """Commitments and intentions (future action), firmest first."""
        df = self.commitments
        if df.empty:
            return df
        out = df[df["category"].isin(["commitment", "intention"])]
        return out.sort_values(["strength", "sentence"], ascending=[False, True], kind="stable")

    @property
    def endorsements(self) -> pd.DataFrame:
        """Endorsements and acknowledgements: positions that promise nothing."""
        df = self.commitments
        if df.empty:
            return df
        return df[df["category"].isin(["endorsement", "acknowledgement"])]

    @property
    def money(self) -> pd.DataFrame:
        """Money figures (not names), largest first within each currency."""
        df = self.counted
        if df.empty:
            return df
        m = df[df["kind"] == "money"]
        return m.sort_values(["unit", "value"], ascending=[True, False], kind="stable")


def sections_frame(st: S.Statement) -> pd.DataFrame:
    """One row per section that holds text: ``heading`` ("(Preamble)" for the untitled
    opening), ``index``, ``paragraphs``, ``sentences``, ``words``, ``share`` (of the statement's
    words, %). A heading over sub-headings only ("2. Political Cooperation" / "2.1 High-level
    exchanges") gives no row: its text is its sub-sections'."""
    out = st.outline()["sections"]
    total = sum(s["words"] for s in out) or 1
    rows = [
        {
            "heading": s["heading"] or "(Preamble)",
            "index": i,
            "paragraphs": s["paragraphs"],
            "sentences": s["sentences"],
            "words": s["words"],
            "share": 100.0 * s["words"] / total,
        }
        for i, s in enumerate(out)
        if s["paragraphs"]
    ]
    return pd.DataFrame(rows, columns=["heading", "index", "paragraphs", "sentences", "words", "share"])


def analyze(statement: S.Statement, codebook=None, top_n: int = 8) -> Analysis:
    """Run every analysis on a statement.

    ``codebook`` is a :class:`communique.themes.Codebook`, a path to one, or None for the
    CAP codebook shipped with communique.
    """
    if codebook is None or isinstance(codebook, (str, bytes)) or hasattr(codebook, "__fspath__"):
        codebook = T.load_codebook(codebook or None)
    figs = F.extract(statement)
    counted = F.counted(figs)
    themes = T.classify(statement, codebook)
    ents = E.extract(statement)
    comms = C.extract(statement)
    initiatives = ents[ents["type"].isin(["initiative", "agreement", "event"])] if not ents.empty else ents
    a = Analysis(
        statement=statement,
        codebook=codebook,
        sections=sections_frame(statement),
        figures=figs,
        counted=counted,
        themes=themes,
        topic_shares=T.document_shares(themes),
        section_topics=T.section_shares(themes),
        topic_by_section=T.topic_by_section(themes),
        distinctive=T.distinctive_terms(statement, top_n=top_n),
        entities=ents,
        initiatives=initiatives,
        commitments=comms,
    )
    a.summary = summarize(a)
    return a


def summarize(a: Analysis) -> dict[str, Any]:
    """Headline counts for the "at a glance" block."""
    comms = a.commitments
    cats = comms["category"].value_counts().to_dict() if not comms.empty else {}
    return {
        "sections": int((a.sections["heading"] != "(Preamble)").sum()),
        "paragraphs": len(a.statement.paragraphs),
        "sentences": len(a.statement.sentences),
        "words": a.statement.words,
        "figures": len(a.counted),
        "names_with_numbers": int(a.figures["in_name"].sum()) if not a.figures.empty else 0,
        "money": int((a.counted["kind"] == "money").sum()) if not a.counted.empty else 0,
        "commitments": int(cats.get("commitment", 0)),
        "intentions": int(cats.get("intention", 0)),
        "endorsements": int(cats.get("endorsement", 0)),
        "acknowledgements": int(cats.get("acknowledgement", 0)),
        "initiatives": len(a.initiatives),
        "organizations": int((a.entities["type"] == "organization").sum()) if not a.entities.empty else 0,
        "people": int((a.entities["type"] == "person").sum()) if not a.entities.empty else 0,
        "classified_sentences": int(a.themes["topic"].notna().sum()) if not a.themes.empty else 0,
        # the sentence in which the text says it binds no one in law, or None
        "not_legally_binding": C.legal_disclaimer(a.statement),
        # the sentence in which the text says it does not speak for all who took part, or None
        "not_agreed_by_all": C.consensus_disclaimer(a.statement),
        # the sentence in which the text makes all it says subject to a condition, or None
        "subject_to": C.general_condition(a.statement),
        # whether the title says a chair issued the text ("Chairman's Statement")
        "chair_text": C.chair_text(a.statement),
        # the sentences in which a participant stands apart from the rest ("reserved its position")
        "reservations": C.reservations(a.statement),
    }


def reference_date(st: S.Statement) -> dt.date | None:
    """The date against which "future" is judged: the statement's own date."""
    return st.date
