"""Turn tables and prose into outputs that render the same in JupyterLab, HTML, PDF and LaTeX.

Statement text is data, never markup: every string that comes from a statement is escaped
for the target format here, in one place, so ``$16 billion ... $20 million`` never becomes
math and ``<script>`` never becomes a script. Each object carries an HTML and a LaTeX
representation (and plain text), and the exporters pick the one they need. The HTML is
wrapped in ``tex2jax_ignore`` so that JupyterLab's MathJax leaves dollar signs alone.
"""

from __future__ import annotations

import base64
import html as _html
import io
import math
import re
from typing import Any, Callable, Iterable, Sequence

__all__ = [
    "Rich",
    "esc",
    "latex_escape",
    "paragraph",
    "heading",
    "table",
    "chart",
    "note",
    "join",
    "slug",
]


def esc(value: Any) -> str:
    """Escape text for HTML, and protect dollar signs from any math typesetter."""
    if value is None:
        return ""
    return _html.escape(str(value), quote=True).replace("$", "&#36;")


_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "`": r"\textasciigrave{}",  # (a backtick of inline code, not an opening quote)
    '"': "''",
    "\u2013": "--",
    "\u2014": "---",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\n": " ",
}
_LATEX_RE = re.compile("|".join(re.escape(k) for k in _LATEX_SPECIALS))


def latex_escape(value: Any) -> str:
    """Escape text for LaTeX so that no character of a statement can stop the TeX run."""
    if value is None:
        return ""
    return _LATEX_RE.sub(lambda m: _LATEX_SPECIALS[m.group()], str(value))


class Rich:
    """An output with HTML, LaTeX and plain-text forms (the IPython display protocol)."""

    def __init__(self, html: str, latex: str | None = None, text: str | None = None, metadata: dict | None = None):
        self.html = html
        self.latex = latex if latex is not None else ""
        self.text = text if text is not None else re.sub(r"<[^>]+>", "", html)
        self.metadata = metadata or {}

    def _repr_html_(self) -> str:
        return f'<div class="tex2jax_ignore cq-block">{self.html}</div>'

    def _repr_latex_(self) -> str:
        return self.latex

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/plain": self.text, "text/html": self._repr_html_()}
        if self.latex:
            data["text/latex"] = self.latex
        return (data, {"communique": self.metadata}) if self.metadata else data

    def __repr__(self) -> str:
        return self.text

    def __add__(self, other: "Rich") -> "Rich":
        return join([self, other])


def join(parts: Iterable[Rich]) -> Rich:
    parts = [p for p in parts if p is not None]
    meta: dict = {}
    for p in parts:
        meta.update(p.metadata)
    return Rich(
        "\n".join(p.html for p in parts),
        "\n\n".join(p.latex for p in parts if p.latex),
        "\n\n".join(p.text for p in parts),
        meta,
    )


def slug(text: str, prefix: str = "") -> str:
    """An HTML id that is stable for the same text."""
    s = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-") or "x"
    return f"{prefix}{s}"[:80]


def paragraph(text: str, cls: str | None = None) -> Rich:
    """A paragraph of plain text (escaped for every format)."""
    c = f' class="{esc(cls)}"' if cls else ""
    return Rich(f"<p{c}>{esc(text)}</p>", latex_escape(text) + "\n", str(text))


def markup(html: str, latex: str, text: str) -> Rich:
    """Pre-escaped fragments built by the package's own functions."""
    return Rich(html, latex, text)


def heading(text: str, level: int = 3, anchor: str | None = None) -> Rich:
    ident = f' id="{esc(anchor)}"' if anchor else ""
    cmd = {2: "section", 3: "subsection", 4: "subsubsection"}.get(level, "paragraph")
    label = f"\\hypertarget{{{anchor}}}{{}}" if anchor else ""
    return Rich(f"<h{level}{ident}>{esc(text)}</h{level}>", f"\\{cmd}{{{latex_escape(text)}}}{label}\n", str(text))


def note(text: str) -> Rich:
    """A muted remark, e.g. "No figures cited"."""
    return Rich(f'<p class="cq-note">{esc(text)}</p>', f"\\emph{{{latex_escape(text)}}}\n", str(text))


def _fmt_cell(value: Any, fmt: Callable[[Any], str] | None) -> str:
    if fmt is not None:
        return fmt(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.1f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def table(
    df,
    columns: Sequence[str] | dict[str, str] | None = None,
    *,
    formats: dict[str, Callable[[Any], str]] | None = None,
    links: dict[str, Callable[[Any], str | None]] | None = None,
    numeric: Sequence[str] = (),
    widths: dict[str, str] | None = None,
    caption: str | None = None,
    empty: str = "Nothing to show.",
    cls: str = "",
) -> Rich:
    """Render a DataFrame as a real table in HTML and LaTeX.

    ``columns`` selects and renames (``{"column": "Header"}``); ``formats`` maps a column to a
    function giving its display text; ``links`` maps a column to a function of the row giving
    an in-document anchor (``#s12``) so every number can be traced to its sentence.
    ``widths`` gives LaTeX column widths (``"0.4"`` = 40% of the text width) for text columns.
    """
    formats = formats or {}
    links = links or {}
    if columns is None:
        columns = {c: c for c in df.columns}
    elif not isinstance(columns, dict):
        columns = {c: c for c in columns}
    if df is None or len(df) == 0:
        return note(empty)
    cols = list(columns)
    rows = df.to_dict("records")
    head_html = "".join(
        f'<th class="{"num" if c in numeric else ""}">{esc(columns[c])}</th>' for c in cols
    )
    body_html = []
    body_tex = []
    body_txt = []
    for row in rows:
        cells_html = []
        cells_tex = []
        for c in cols:
            shown = _fmt_cell(row.get(c), formats.get(c))
            cell = esc(shown)
            target = links[c](row) if c in links else None
            if target:
                cell = f'<a href="{esc(target)}">{cell}</a>'
            cells_html.append(f'<td class="{"num" if c in numeric else ""}">{cell}</td>')
            tex = latex_escape(shown)
            if target and target.startswith("#"):
                tex = f"\\hyperlink{{{target[1:]}}}{{{tex}}}"
            cells_tex.append(tex)
        body_html.append("<tr>" + "".join(cells_html) + "</tr>")
        body_tex.append(" & ".join(cells_tex) + r" \\")
        body_txt.append(" | ".join(_fmt_cell(row.get(c), formats.get(c)) for c in cols))
    # (a caption is the header's first row, not a <caption>: a printed page keeps a table's header
    # with its first rows, where a caption is left alone at the foot of the page before)
    cap_html = f'<tr class="cq-key"><th colspan="{len(cols)}">{esc(caption)}</th></tr>' if caption else ""
    widths = widths or {}
    cols_html = ""
    if widths:
        cols_html = "<colgroup>" + "".join(
            f'<col style="width:{float(widths[c]) * 100:.0f}%">' if c in widths else "<col>" for c in cols
        ) + "</colgroup>"
    html = (
        f'<table class="cq-table {esc(cls)}{" cq-short" if len(body_html) <= 8 else ""}">{cols_html}<thead>{cap_html}<tr>{head_html}</tr></thead>'
        f"<tbody>{''.join(body_html)}</tbody></table>"
    )
    spec = []
    for c in cols:
        if c in widths:
            spec.append(f">{{\\raggedright\\arraybackslash}}p{{{float(widths[c]) * 0.9:.3f}\\linewidth}}")  # room for column gaps
        elif c in numeric:
            spec.append("r")
        else:
            spec.append("l")
    head_tex = " & ".join(f"\\textbf{{{latex_escape(columns[c])}}}" for c in cols) + r" \\"
    cap_tex = f"\\caption*{{{latex_escape(caption)}}}\\\\\n" if caption else ""
    latex = (
        "{\\small\n\\begin{longtable}{" + "".join(spec) + "}\n" + cap_tex + "\\toprule\n" + head_tex + "\n\\midrule\n\\endhead\n"
        + "\n".join(body_tex) + "\n\\bottomrule\n\\end{longtable}\n}\n"
    )
    text = " | ".join(columns[c] for c in cols) + "\n" + "\n".join(body_txt)
    return Rich(html, latex, text)


class Chart:
    """A matplotlib figure rendered once to PNG and shared by every output format."""

    def __init__(self, fig, alt: str = "", width: str = "100%", dpi: int = 150):
        # The charts lay themselves out (constrained layout), so no "tight" bounding box:
        # that would lay out and draw every figure twice. The house style asks for one
        # (for charts a user saves), and savefig reads it unless told otherwise.
        import matplotlib

        buf = io.BytesIO()
        with matplotlib.rc_context({"savefig.bbox": "standard"}):
            fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        self.png = buf.getvalue()
        self.alt = alt
        self.width = width

    def _repr_png_(self):
        return self.png

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt or "chart"}
        return data, {"image/png": {"alt": self.alt}}


def chart(fig, alt: str = "") -> Chart:
    """Display a matplotlib figure as a PNG with alt text, and close it."""
    return Chart(fig, alt=alt)


# --------------------------------------------------------------------------------------------
# Page CSS (for Chromium's print; also the batch index, which must not load nbconvert)
# --------------------------------------------------------------------------------------------

def css_string(text: str) -> str:
    """Quote text as a CSS string that cannot close the style element or the string."""
    out = []
    for ch in text:
        if ch in '"\\<>&' or ord(ch) < 32:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def page_css(title: str, label: str = "Briefing") -> str:
    """A4 pages with the briefing's title at the top left, what it is ("Briefing",
    "Comparison") at the top right and page numbers at the bottom."""
    title = " ".join(title.split())
    short = title if len(title) <= 90 else title[:88].rsplit(" ", 1)[0].rstrip(",;:–—-") + " …"  # (at a word's end)
    return f"""
@page {{
  size: A4; margin: 20mm 17mm 18mm 17mm;
  @top-left {{ content: {css_string(short)}; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #5b636d; }}
  @top-right {{ content: {css_string(label)}; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #5b636d; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #5b636d; }}
}}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}
"""
