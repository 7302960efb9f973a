"""The blocks a briefing is made of, each one call from the notebook.

The notebook stays prose plus one-line calls; everything a test should reach (wording of the
summary, what goes in which table, how a sentence is marked up) lives here. Every block
returns a :class:`communique.present.Rich` object that renders in JupyterLab, HTML, PDF and
LaTeX alike, with statement text escaped for each.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from . import present as P
from .present import esc, latex_escape


def setup(params: dict[str, Any]) -> dict[str, Any]:
    """Check the notebook's parameters and make rendering deterministic; return them checked.

    Called by the notebook right after its parameters cell, so plain papermill runs get the
    same checks as ``communique report``.
    """
    from . import params as params_mod

    checked = params_mod.check({k: v for k, v in params.items() if k in params_mod.BRIEFING_PARAMS})
    os.environ.setdefault("PYTHONHASHSEED", "0")
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "communique"
    matplotlib.rcParams["text.usetex"] = False
    return checked


def load(params: dict[str, Any]):
    """Load the statement named by the parameters (metadata beside it unless one is given)."""
    from . import statement as S
    from .render import resolve_input

    path = resolve_input(params["statement"])
    meta = resolve_input(params["metadata"]) if params.get("metadata") else None
    st = S.load(path, metadata=meta)
    if params.get("title"):
        st.title = params["title"]
    return st


def rendered_at() -> str:
    """When the briefing was rendered (``SOURCE_DATE_EPOCH`` fixes it for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    else:
        moment = dt.datetime.now(dt.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def format_date(d: dt.date | None) -> str:
    return f"{d.day} {d.strftime('%B %Y')}" if d else "not stated"


def cover(st, params: dict[str, Any]) -> P.Rich:
    """Title block: title, the statement's own heading, date, parties, leaders, issuer, source,
    and when and with which parameters the briefing was rendered."""
    from . import __version__

    rows = [
        ("Statement heading", st.heading or "(none)"),
        ("Date", format_date(st.date) + (f" ({st.dateline})" if st.dateline and not st.metadata.get("date") else "")),
        ("Parties", ", ".join(st.parties) or "not identified"),
        ("Leaders", ", ".join(st.leaders) or "not given"),
        ("Issued by", st.issuer or "not given"),
        ("Source", st.source or (st.path.name if st.path else "")),
    ]
    shown = {k: v for k, v in params.items() if v not in ("", [], None) and k != "statement"}
    param_text = ", ".join(f"{k}={v!r}" for k, v in sorted(shown.items())) or "defaults"
    when = rendered_at()
    stamp = f"Rendered {when} by communique {__version__} from {params['statement']} ({param_text})."
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{_maybe_link(v)}</dd>" for k, v in rows)
    html = (
        f'<header class="cq-cover"><p class="kicker">Briefing</p><h1>{esc(st.title)}</h1>'
        + (f'<p class="subtitle">{esc(st.heading)}</p>' if st.heading and st.heading != st.title else "")
        + f"<dl>{dl}</dl><p class=\"rendered\">{esc(stamp)}</p></header>"
    )
    tex_rows = "\n".join(f"\\textbf{{{latex_escape(k)}}} & {latex_escape(v)} \\\\" for k, v in rows)
    latex = (
        "\\begin{tabular}{@{}p{0.22\\linewidth}p{0.72\\linewidth}@{}}\n" + tex_rows + "\n\\end{tabular}\n\n"
        + f"{{\\footnotesize {latex_escape(stamp)}}}\n"
    )
    text = st.title + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n" + stamp
    return P.Rich(html, latex, text, metadata={"title": st.title, "heading": st.heading, "date": st.date.isoformat() if st.date else None, "parties": st.parties})


def _maybe_link(value: str) -> str:
    if isinstance(value, str) and value.startswith(("https://", "http://")) and " " not in value:
        return f'<a href="{esc(value)}">{esc(value)}</a>'
    return esc(value)


def sections_frame(st):
    """One row per section: ``heading`` (``(Preamble)`` for the untitled opening),
    ``paragraphs``, ``sentences``, ``words``, ``share`` (of the statement's words, %)."""
    import pandas as pd

    out = st.outline()["sections"]
    total = sum(s["words"] for s in out) or 1
    rows = [
        {
            "heading": s["heading"] or "(Preamble)",
            "paragraphs": s["paragraphs"],
            "sentences": s["sentences"],
            "words": s["words"],
            "share": 100.0 * s["words"] / total,
        }
        for s in out
        if s["paragraphs"] or s["heading"]
    ]
    return pd.DataFrame(rows, columns=["heading", "paragraphs", "sentences", "words", "share"])


def sections_table(st) -> P.Rich:
    df = sections_frame(st)
    return P.table(
        df,
        {"heading": "Section", "paragraphs": "Paragraphs", "sentences": "Sentences", "words": "Words", "share": "Share of words"},
        numeric=("paragraphs", "sentences", "words", "share"),
        formats={"share": lambda v: f"{v:.0f}%"},
        widths={"heading": "0.5"},
    )


def section_words_chart(st):
    """Words per section as horizontal bars."""
    from . import charts

    df = sections_frame(st)
    return P.chart(charts.section_words(df), alt="Words per section: " + ", ".join(f"{h} {w}" for h, w in zip(df.heading, df.words)))


def sentence_anchor(index: int) -> str:
    return f"s{index}"


def full_text(st, figures=None, commitments=None) -> P.Rich:
    """The statement by section, each sentence anchored (``#s<index>``), figures highlighted
    and commitment sentences marked, so every number in the briefing links back here."""
    spans: dict[int, list[tuple[int, int]]] = {}
    if figures is not None and len(figures):
        for row in figures.itertuples(index=False):
            if getattr(row, "in_name", False):
                continue
            spans.setdefault(int(row.sentence), []).append((int(row.start), int(row.end)))
    committed: set[int] = set()
    if commitments is not None and len(commitments):
        committed = {int(s) for s, c in zip(commitments["sentence"], commitments["category"]) if c in ("commitment", "intention")}
    html = ['<div class="cq-statement">']
    latex = []
    text = []
    for sec in st.sections:
        if not sec.paragraphs and sec.heading is None:
            continue
        head = sec.heading or "(Preamble)"
        html.append(f'<h3 id="{P.slug(head, "sec-")}">{esc(head)}</h3>')
        latex.append(f"\\subsection{{{latex_escape(head)}}}")
        text.append(head)
        for pi in sec.paragraphs:
            par = st.paragraphs[pi]
            parts_h = []
            parts_t = []
            if par.marker:
                parts_h.append(f'<span class="pm">{esc(par.marker)}</span>')
                parts_t.append(latex_escape(par.marker) + " ")
            for si in par.sentences:
                s = st.sentences[si]
                body_h, body_t = _mark(st, s, spans.get(si, []))
                cls = "s commit" if si in committed else "s"
                parts_h.append(f'<span class="{cls}" id="{sentence_anchor(si)}">{body_h}</span> ')
                target = f"\\hypertarget{{{sentence_anchor(si)}}}{{}}"
                parts_t.append(target + (f"\\uline{{{body_t}}}" if si in committed else body_t) + " ")
            html.append("<p>" + "".join(parts_h).rstrip() + "</p>")
            latex.append("".join(parts_t).rstrip() + "\n")
            text.append(" ".join(st.sentences[si].text for si in par.sentences))
    html.append("</div>")
    return P.Rich("\n".join(html), "\n\n".join(latex), "\n\n".join(text))


def _mark(st, s, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """A sentence's original text with figure spans highlighted, escaped for HTML and LaTeX."""
    src = st.original
    pos = s.start
    out_h = []
    out_t = []
    for a, b in sorted(spans):
        if a < pos or b > s.end:
            continue
        out_h.append(esc(src[pos:a]))
        out_t.append(latex_escape(src[pos:a]))
        out_h.append(f'<mark class="fig">{esc(src[a:b])}</mark>')
        out_t.append(f"\\textbf{{{latex_escape(src[a:b])}}}")
        pos = b
    out_h.append(esc(src[pos:s.end]))
    out_t.append(latex_escape(src[pos:s.end]))
    return "".join(out_h), "".join(out_t)
