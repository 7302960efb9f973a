"""The briefing's charts, in one house style.

Every function takes the DataFrame another module produces and returns a
:class:`matplotlib.figure.Figure` built without pyplot, so charts work under any backend
(Agg included), leave no global figure state behind, and display once in a notebook. The
same topic has the same colour in every chart (:func:`topic_color`, keyed by CAP code), the
palettes are safe for colour-blind readers (Paul Tol's discrete rainbow for topics, Okabe-Ito
elsewhere), and figures fit an A4 page at 6.8 inches wide. Text that comes from a statement is
passed through :func:`plain` so that a "$16 billion" is printed, not read as mathematics.
Empty input gives a small figure saying so ("No figures cited") instead of an error.

For byte-identical PNGs across runs, save with ``fig.savefig(path, **savefig_kwargs())``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from contextlib import contextmanager
from typing import Any, Iterable

import matplotlib
from matplotlib.figure import Figure

from . import figures as F
from . import statement as S
from .headings import heading_label

# Words as the statement module counts them, so that offsets agree with its word counts.
_WORD = getattr(S, "_WORD", None) or re.compile(r"[^\W_](?:[\w'\u2019.,-]*[^\W_])?")

__all__ = [
    "topic_color",
    "plain",
    "savefig_kwargs",
    "use_style",
    "STYLE",
    "WIDTH",
    "section_words",
    "topic_shares",
    "topic_by_section",
    "dispersion",
    "money",
    "timeline",
]

#: Figure width in inches: the text width of an A4 page with ordinary margins.
WIDTH = 6.8

#: Paul Tol's 21-colour discrete rainbow, assigned by hand so that the topics most joint
#: statements share (trade, international affairs, defence, environment, energy, crime,
#: education) get the most distinct hues and the palest colours go to rare topics.
TOPIC_COLORS: dict[int, str] = {
    1: "#437DBF",  # Macroeconomics
    2: "#CAACCB",  # Civil Rights
    3: "#EE8026",  # Health
    4: "#90C987",  # Agriculture
    5: "#994F88",  # Labor
    6: "#7BAFDE",  # Education
    7: "#4EB265",  # Environment
    8: "#F7CB45",  # Energy
    9: "#BA8DB4",  # Immigration
    10: "#6195CF",  # Transportation
    12: "#72190E",  # Law and Crime
    13: "#D9CCE3",  # Social Welfare
    14: "#CAE0AB",  # Housing
    15: "#F4A736",  # Domestic Commerce
    16: "#DC050C",  # Defense
    17: "#AA6F9E",  # Space, Science, Technology and Communications
    18: "#1965B0",  # Foreign Trade
    19: "#882E72",  # International Affairs and Foreign Aid
    20: "#E65518",  # Government Operations
    21: "#F7F056",  # Public Lands
    23: "#A5170E",  # Culture
}
#: Okabe and Ito's palette (black omitted), for everything that is not a CAP topic.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"]
UNCLASSIFIED_COLOR = "#BBBBBB"
INK = "#333333"
PAST_COLOR = "#0072B2"  # Okabe-Ito blue
FUTURE_COLOR = "#E69F00"  # Okabe-Ito orange

STYLE: dict[str, Any] = {
    "text.usetex": False,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "xtick.color": INK,
    "ytick.color": INK,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "communique",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "path.simplify": True,
}


def use_style() -> None:
    """Apply the house style to matplotlib globally (for charts drawn outside this module)."""
    matplotlib.rcParams.update(STYLE)


@contextmanager
def _style():
    with matplotlib.rc_context(STYLE):
        yield


def savefig_kwargs(fmt: str = "png") -> dict[str, Any]:
    """Keyword arguments for ``Figure.savefig`` that make output identical from run to run:
    no software version or creation date in the file's metadata."""
    fmt = fmt.lower()
    if fmt == "png":
        meta = {"Software": None}
    elif fmt == "svg":
        meta = {"Date": None, "Creator": None}
    elif fmt == "pdf":
        meta = {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}
    else:
        meta = {}
    return {"format": fmt, "dpi": STYLE["savefig.dpi"], "bbox_inches": "tight", "metadata": meta}


def topic_color(code: int | None) -> str:
    """The colour of a CAP topic code, the same in every chart; grey for no topic.

    Codes outside CAP (a user's own codebook) get an Okabe-Ito colour chosen from the code
    itself, so the choice is stable too."""
    if code is None or (isinstance(code, float) and math.isnan(code)):
        return UNCLASSIFIED_COLOR
    try:
        code = int(code)
    except (TypeError, ValueError):
        return UNCLASSIFIED_COLOR
    return TOPIC_COLORS.get(code, OKABE_ITO[code % len(OKABE_ITO)])


def plain(s: Any) -> str:
    """Text from a statement made safe for a chart label: ``$`` escaped (matplotlib reads
    ``$...$`` as mathematics), None as an empty string."""
    if s is None:
        return ""
    if isinstance(s, float) and math.isnan(s):
        return ""
    return str(s).replace("\\$", "$").replace("$", r"\$")


def _short(s: str, n: int = 48) -> str:
    """At most ``n`` characters, cut at a word's end where one is near ("… clean…", not "… electricit…")."""
    s = " ".join(str(s).split())
    if len(s) <= n:
        return s
    cut = s[: n - 1]
    if not s[n - 1].isspace() and " " in cut[n // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def _text_width(line: str, size: float) -> float:
    """About how wide a line of DejaVu Sans is, in points (capitals are wider)."""
    return size * sum(0.7 if c.isupper() else 0.32 if c == " " else 0.56 for c in line)


def _wrap_label(text: str, width: int, lines: int, slack: int = 3) -> str:
    """A label on at most ``lines`` lines of ``width`` characters: broken at spaces, or after
    "_" or "/" inside a long word ("Research_and_" / "Innovation"), never in the middle of a
    word; a word more than ``slack`` characters too long, or lines beyond ``lines``, are
    shortened with an ellipsis."""
    pieces: list[tuple[str, bool]] = []  # (piece, joined to the one before without a space)
    for word in str(text).split():
        parts = re.findall(r"[^_/]+[_/]*|[_/]+", word) if len(word) > width else [word]
        pieces += [(p, i > 0) for i, p in enumerate(parts)]
    out: list[str] = []
    line = ""
    for piece, joined in pieces:
        candidate = line + ("" if joined else " ") + piece if line else piece
        if len(candidate) <= width or not line:
            line = candidate
        else:
            out.append(line)
            line = piece
    if line:
        out.append(line)
    # (a word a little wider than the column stays whole: the columns around have room)
    out = [ln if len(ln) <= width + slack and " " not in ln else _short(ln, width) for ln in out] or [""]
    if len(out) > lines:
        out = out[: lines - 1] + [_short(" ".join(out[lines - 1:]), width)]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


def _figure(height: float) -> tuple[Figure, Any]:
    fig = Figure(figsize=(WIDTH, max(1.2, height)), layout="constrained")
    ax = fig.add_subplot()
    return fig, ax


def _empty(message: str, title: str | None = None) -> Figure:
    """A small figure that says there is nothing to show."""
    with _style():
        fig = Figure(figsize=(WIDTH, 1.2), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        if title:
            ax.set_title(plain(title))
        ax.text(0.5, 0.5, plain(message), ha="center", va="center", fontsize=10, color="#666666", transform=ax.transAxes)
    return fig


def _is_empty(df, columns: Iterable[str]) -> bool:
    return df is None or len(df) == 0 or any(c not in df.columns for c in columns)


def _bar_height(n: int) -> float:
    return 0.9 + 0.28 * n


def _isnull(x) -> bool:
    if x is None:
        return True
    try:
        return bool(x != x)
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------------------------
# Structure and topics
# --------------------------------------------------------------------------------------------


def section_words(sections_df, title: str = "Length of each section") -> Figure:
    """Horizontal bars of words per section, in statement order (top to bottom).

    ``sections_df`` has columns ``heading`` (None for the preamble) and ``words``; the
    preamble is labelled "(Preamble)". Sections without words are kept (a zero bar), so the
    number of bars is the number of rows."""
    if _is_empty(sections_df, ["heading", "words"]):
        return _empty("No sections to show", title)
    labels = [plain(_short(heading_label(h) if not _isnull(h) and str(h).strip() else "(Preamble)")) for h in sections_df["heading"]]
    words = [0 if _isnull(w) else int(w) for w in sections_df["words"]]
    with _style():
        fig, ax = _figure(_bar_height(len(labels)))
        y = list(range(len(labels)))
        bars = ax.barh(y, words, color="#0072B2", height=0.7)
        ax.set_yticks(y, labels)
        ax.invert_yaxis()
        ax.set_xlabel("Words")
        ax.set_title(plain(title))
        top = max(words) if words else 0
        for b, w in zip(bars, words):
            ax.text(b.get_width() + top * 0.01, b.get_y() + b.get_height() / 2, f"{w:,}", va="center", fontsize=7, color=INK)
        ax.set_xlim(0, top * 1.12 if top else 1)
        ax.xaxis.grid(True)
        ax.set_axisbelow(True)
    return fig


def topic_shares(shares_df, title: str = "Topics: share of classified words", value: str | None = None) -> Figure:
    """Horizontal bars of topic shares (percent), largest at the top, each in its topic colour.

    ``shares_df`` is :func:`communique.themes.document_shares` output (columns ``topic``,
    ``topic_name`` and ``share_words``, or ``share_sentences`` with ``value="share_sentences"``)."""
    if value is None:
        value = "share_words" if shares_df is not None and "share_words" in getattr(shares_df, "columns", []) else "share_sentences"
    if _is_empty(shares_df, ["topic", "topic_name", value]):
        return _empty("No topics found", title)
    rows = sorted(
        zip(shares_df["topic"], shares_df["topic_name"], shares_df[value]),
        key=lambda r: (-float(r[2]), str(r[1])),
    )
    with _style():
        fig, ax = _figure(_bar_height(len(rows)))
        y = list(range(len(rows)))
        vals = [float(r[2]) for r in rows]
        bars = ax.barh(y, vals, color=[topic_color(r[0]) for r in rows], height=0.7, edgecolor=INK, linewidth=0.3)
        ax.set_yticks(y, [plain(_short(r[1])) for r in rows])
        ax.invert_yaxis()
        ax.set_xlabel("Share (%) of " + ("words" if value == "share_words" else "sentences") + " with a topic")
        ax.set_title(plain(title))
        top = max(vals) if vals else 0
        for b, v in zip(bars, vals):
            ax.text(b.get_width() + top * 0.01, b.get_y() + b.get_height() / 2, f"{v:.0f}%", va="center", fontsize=7, color=INK)
        ax.set_xlim(0, top * 1.12 if top else 1)
        ax.xaxis.grid(True)
        ax.set_axisbelow(True)
    return fig


def topic_by_section(pivot_df, title: str = "Topics by section") -> Figure:
    """Heat map of topics by sections: the percent of each section's classified words given
    to each topic, written in every non-zero cell, with a labelled colour bar. Topics run
    down the side (so their names read horizontally), each marked with its topic colour;
    sections run across in statement order.

    ``pivot_df`` is :func:`communique.themes.topic_by_section` output (sections as rows,
    topics as columns, codes in ``attrs["topics"]``)."""
    import numpy as np

    if pivot_df is None or pivot_df.shape[0] == 0 or pivot_df.shape[1] == 0:
        return _empty("No topics by section to show", title)
    data = np.nan_to_num(np.asarray(pivot_df.to_numpy(dtype=float))).T  # topics x sections
    keep = [i for i in range(data.shape[0]) if data[i].sum() > 0]
    if not keep:
        return _empty("No topics by section to show", title)
    data = data[keep]
    topics = [plain(_short(str(pivot_df.columns[i]), 46)) for i in keep]
    codes = list(getattr(pivot_df, "attrs", {}).get("topics", []))
    codes = [codes[i] for i in keep] if len(codes) == pivot_df.shape[1] else [None] * len(keep)
    n_sec = len(pivot_df.index)
    # Characters that fit a column's width at 7 points (about 0.55 em each): the page width
    # less the topic names, their swatches and the colour bar, shared by the sections.
    names_in = max(len(t) for t in topics) * 7 * 0.55 / 72 + 0.35
    column_pt = (WIDTH - names_in - 1.0) / n_sec * 72
    wrap = max(6, int(column_pt / (7 * 0.58)))
    # More sections than names can stand over: each column is numbered, and a key under the map
    # names them (slanted names ran into each other and into the title)
    names = [heading_label(r) for r in pivot_df.index]
    # (or where a name would be cut to fit its column: "Semico… and Critical Techno…" says less
    # than a number and the name whole in the key)
    numbered = n_sec > 8 or any("…" in _wrap_label(name, wrap, 4) and "…" not in name for name in names)
    sections = [str(k + 1) if numbered else plain(_wrap_label(name, wrap, 4)) for k, name in enumerate(names)]
    key = _section_key(names) if numbered else []
    # a smaller type when a name's widest line would still reach its neighbours
    widest = max(_text_width(line, 7) for name in sections for line in name.split("\n"))
    section_size = 7 if numbered or widest <= column_pt - 6 else max(5.5, 7 * (column_pt - 6) / widest)
    # (in narrow columns the cells give the number alone, the colour bar saying it is a percent)
    narrow = column_pt < _text_width("100%", 7) + 4
    with _style():
        from matplotlib import colormaps

        cmap = colormaps["YlGnBu"]
        lines = max(s.count("\n") + 1 for s in sections)
        fig, ax = _figure(1.3 + 0.3 * len(topics) + 0.14 * lines + 0.13 * len(key))
        masked = np.ma.masked_where(data <= 0, data)
        im = ax.imshow(masked, cmap=cmap, vmin=0, vmax=100, aspect="auto", interpolation="nearest")
        ax.set_xticks(range(len(sections)), sections, fontsize=section_size)
        if key:  # (across the whole figure, under the map and its colour bar)
            fig.supxlabel("\n".join(key), x=0.01, ha="left", fontsize=6.5, color="#555555", linespacing=1.25)
        ax.xaxis.tick_top()
        ax.set_yticks(range(len(topics)), topics)
        ax.tick_params(length=0)
        ax.tick_params(axis="y", pad=14)
        swatch = ax.get_yaxis_transform()  # x in axes fraction, y in data
        for i, code in enumerate(codes):
            ax.scatter([-0.025], [i], marker="s", s=40, color=topic_color(code), clip_on=False, transform=swatch, zorder=3)
        ax.set_xlim(-0.5, len(sections) - 0.5)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xticks(np.arange(-0.5, len(sections), 1), minor=True)
        ax.set_yticks(np.arange(-0.5, len(topics), 1), minor=True)
        ax.grid(which="minor", color="white", linewidth=1.5)
        ax.tick_params(which="minor", length=0)
        for i in range(data.shape[0]):
            for j in range(data.shape[1]):
                v = data[i, j]
                if v > 0:
                    ax.text(j, i, f"{v:.0f}" if narrow else f"{v:.0f}%", ha="center", va="center", fontsize=6.5 if narrow else 7,
                            color="white" if v >= 55 else INK)
        bar = fig.colorbar(im, ax=ax, shrink=0.8, pad=0.02, aspect=30)
        # (on two lines beside a short map, where one line ran past its ends)
        bar.set_label("% of the section's classified words" if len(topics) >= 5 else "% of the section's\nclassified words")
        bar.outline.set_visible(False)
        ax.set_title(plain(title))
    return fig


def _section_key(names, width: int = 118) -> list[str]:
    """Lines of "1 Preamble   2 Strong, Sustainable ...": the numbered sections' names, as many
    to a line as fit."""
    lines: list[str] = []
    cur = ""
    for k, name in enumerate(names):
        item = f"{k + 1} {_short(str(name), 44)}"
        if cur and len(cur) + 3 + len(item) > width:
            lines.append(cur)
            cur = item
        else:
            cur = f"{cur}   {item}" if cur else item
    if cur:
        lines.append(cur)
    return [plain(line) for line in lines]


def dispersion(statement, terms: Iterable[str], title: str = "Where the terms occur (times in the whole statement)") -> Figure:
    """Lexical dispersion plot: one row per term, a tick at each occurrence, x = word offset
    into the statement, with thin vertical lines and labels at section starts.

    ``statement`` is a :class:`~communique.statement.Statement`; terms are matched as in
    :func:`communique.themes.kwic` (case-insensitive, whole words, phrases allowed)."""
    import bisect

    from . import themes

    terms = [t for t in (terms or []) if isinstance(t, str) and t.strip()]
    if statement is None or not terms:
        return _empty("No terms to show", title)
    st = themes._as_statement(statement)
    word_starts = [m.start() for m in _WORD.finditer(st.text)]
    total = max(1, len(word_starts))
    found: list[tuple[str, list[int]]] = []
    for term in terms:
        try:
            pos = themes.term_positions(st, term)
        except ValueError:
            pos = []
        found.append((term, [bisect.bisect_left(word_starts, a) for a, _e, _s in pos]))
    if not any(p for _t, p in found):
        return _empty("None of the terms occurs in the statement", title)
    # Section names on a row of their own above the terms, each in the width of its section;
    # where one would be cut ("Clima… Energ…"), every section is numbered and a key under the
    # plot names them whole, as on the topics-by-section map.
    starts = [(bisect.bisect_left(word_starts, sec.start), sec.heading) for sec in st.sections if sec.paragraphs]
    plot_inches = WIDTH * 0.8
    bands = []  # (x, name, characters that fit)
    for k, (x, head) in enumerate(starts):
        if head is not None:
            nxt = starts[k + 1][0] if k + 1 < len(starts) else total
            bands.append((x, heading_label(head), int((nxt - x) / total * plot_inches * 17) - 1))
    numbered = any(chars < 3 or "…" in _wrap_label(name, chars, 2, slack=0) and "…" not in name for _x, name, chars in bands)
    key = _section_key([name for _x, name, _c in bands]) if numbered else []
    with _style():
        fig, ax = _figure(1.3 + 0.32 * len(found) + 0.13 * len(key))
        for i, (term, xs) in enumerate(found):
            if xs:
                ax.plot(xs, [i] * len(xs), linestyle="none", marker="|", markersize=12, markeredgewidth=1.4, color=OKABE_ITO[i % len(OKABE_ITO)])
        ax.set_yticks(range(len(found)), [plain(_short(f"{t} ({len(x)})", 36)) for t, x in found])
        ax.set_xlim(0, total)
        ax.set_xlabel("Position in the statement (words from the start)")
        top = -0.5
        if bands:
            top = -1.4
            for n, (x, name, chars) in enumerate(bands):
                ax.axvline(x, color="#999999", linewidth=0.6, zorder=0)
                label = str(n + 1) if numbered else _wrap_label(name, chars, 2, slack=0)
                ax.annotate(plain(label), (x, -0.95), xytext=(2, 0), textcoords="offset points", ha="left", va="center", fontsize=6.5, color="#555555", linespacing=1.0)
            ax.axhline(-0.6, color="#DDDDDD", linewidth=0.6, zorder=0)
            if key:
                fig.supxlabel("\n".join(key), x=0.01, ha="left", fontsize=6.5, color="#555555", linespacing=1.25)
        ax.set_ylim(len(found) - 0.5, top)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.set_title(plain(title))
    return fig


# --------------------------------------------------------------------------------------------
# Figures (amounts of money, years, dates)
# --------------------------------------------------------------------------------------------

_SYMBOLS = {"USD": "$", "US$": "$", "$": "$", "EUR": "€", "€": "€", "GBP": "£", "£": "£", "JPY": "¥", "¥": "¥", "CNY": "CN¥", "INR": "₹", "₹": "₹",
            # (the dollars a text writes with their own sign, as the summary writes them: "A$16 billion")
            "AUD": "A$", "NZD": "NZ$", "CAD": "C$", "SGD": "S$", "HKD": "HK$"}
_SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")]


def human_amount(value: float, unit: str | None) -> str:
    """An amount as a reader writes it: ``$16 billion``, ``€2.5 million``, ``1.2 billion CAD``."""
    if _isnull(value):
        return ""
    value = float(value)
    # (as the text gives it: "USD 1.075 billion" is not "$1.1 billion", "USD 0.45 per kWh" not "$0")
    number = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    for scale, word in _SCALES:
        if abs(value) >= scale and word != "thousand":
            q = value / scale
            number = f"{q:,.3f}".rstrip("0").rstrip(".") + " " + word
            break
    unit = "" if _isnull(unit) else str(unit).strip()
    sym = _SYMBOLS.get(unit.upper() if unit.isalpha() else unit)
    if sym:
        return f"{sym}{number}"
    return f"{number} {unit}".strip()


_TIME_PERIODS = frozenset(("year", "month", "week", "day", "quarter", "season"))


def money(figures_df, title: str = "Money cited") -> Figure:
    """Amounts of money cited, one horizontal bar each, labelled with the amount as written
    for a reader (``$16 billion``) and what it is for (``about``).

    ``figures_df`` follows the figures contract (``text``, ``kind``, ``value``, ``value_max``,
    ``unit``, ``qualifier``, ``about``, ``in_name``, ``sentence``, ``section``); only rows with
    ``kind == "money"`` and not ``in_name`` are drawn. Amounts in different currencies are
    never put on one scale: each currency gets its own panel. A scale is logarithmic when the
    amounts span more than two orders of magnitude. Ranges ("$10-20 million") show the upper
    end as a lighter extension."""
    need = ["kind", "value", "unit"]
    if _is_empty(figures_df, need):
        return _empty("No money figures cited", title)
    rows = []
    for r in figures_df.to_dict("records"):
        if r.get("kind") != "money" or _isnull(r.get("value")):
            continue
        if not _isnull(r.get("in_name")) and bool(r.get("in_name")):
            continue
        if not _isnull(r.get("per")) and str(r["per"]) not in _TIME_PERIODS:
            continue  # (a price per unit, "less than US$1.5 per kilogram", is no sum beside the sums)
        try:
            v = float(r["value"])
        except (TypeError, ValueError):
            continue
        if v <= 0 or not math.isfinite(v):
            continue
        vmax = r.get("value_max")
        vmax = float(vmax) if not _isnull(vmax) else None
        unit = "" if _isnull(r.get("unit")) else str(r["unit"])
        rows.append({**r, "value": v, "value_max": vmax, "unit": unit})
    if not rows:
        return _empty("No money figures cited", title)
    units = sorted({r["unit"] for r in rows}, key=lambda u: (-sum(1 for r in rows if r["unit"] == u), u))
    groups = [(u, sorted([r for r in rows if r["unit"] == u], key=lambda r: (-r["value"], str(r.get("about") or ""))))
              for u in units]
    with _style():
        heights = [len(g) for _u, g in groups]
        fig = Figure(figsize=(WIDTH, max(1.4, 0.6 + sum(0.42 * h + 0.5 for h in heights))), layout="constrained")
        axes = fig.subplots(len(groups), 1, squeeze=False, gridspec_kw={"height_ratios": [h + 0.6 for h in heights]})[:, 0]
        for gi, ((unit, group), ax) in enumerate(zip(groups, axes)):
            color = OKABE_ITO[(gi + 3) % len(OKABE_ITO)]
            vals = [r["value"] for r in group]
            highs = [r["value_max"] if r["value_max"] and r["value_max"] > r["value"] else r["value"] for r in group]
            lo, hi = min(vals), max(highs)
            log = hi / lo > 100
            y = list(range(len(group)))
            base = lo / 3 if log else 0
            ax.barh(y, [v - base for v in vals], left=base, color=color, height=0.62)
            ext = [(i, r["value"], h) for i, (r, h) in enumerate(zip(group, highs)) if h > r["value"]]
            for i, v, h in ext:
                ax.barh(i, h - v, left=v, color=color, alpha=0.35, height=0.62)
            if log:
                ax.set_xscale("log")
                ax.set_xlim(base, hi * 12)
            else:
                ax.set_xlim(0, hi * 1.9)
            labels = []
            for r in group:
                if not _isnull(r.get("text")) and unit:
                    # (as the summary writes it: "C$56 billion", "₩9.26 trillion")
                    amount = F.format_value({**r, "kind": "money", "per": None, "qualifier": None, "change": None})
                else:
                    amount = human_amount(r["value"], unit)
                    if r["value_max"] and r["value_max"] > r["value"]:
                        amount += "–" + human_amount(r["value_max"], unit)
                qualifier = r.get("qualifier")
                if not _isnull(qualifier) and str(qualifier).strip():
                    amount = f"{str(qualifier).strip().replace('_', ' ')} {amount}"  # "more_than" -> "more than"
                change = r.get("change")
                if not _isnull(change) and change in F.CHANGE_WORDS:
                    amount = f"{F.CHANGE_WORDS[change]} {amount}"  # ("a cut of USD 2 billion": a change, no sum held)
                labels.append(amount)
            abouts = [_short("" if _isnull(r.get("about")) else r["about"], 44) for r in group]  # (not the amount again)
            ax.set_yticks(y, [plain(a) for a in labels])
            ax.invert_yaxis()
            top = hi * 12 if log else hi * 1.9
            for i, (v, h, about) in enumerate(zip(vals, highs, abouts)):
                # where the bar ends, as a share of the axis, and how much of it the label takes
                # (7.5-point text, about half an em a character, on an axis some 60% of the figure)
                at = (math.log(h / base) / math.log(top / base)) if log else h / top
                need = len(about) * 7.5 * 0.5 / 72 / (WIDTH * 0.6)
                if at + 0.02 + need > 0.99 and h <= v * 1.0001 and at - need > 0.04:  # (not over a range's lighter end)
                    # no room after the bar: the label inside its end, in white ("combined gross
                    # domestic product" had run off the figure)
                    ax.text(v / 1.12 if log else v - hi * 0.02, i, plain(about), va="center", ha="right", fontsize=7.5, color="white")
                else:
                    ax.text(h * (1.15 if log else 1) + (0 if log else hi * 0.02), i, plain(about), va="center", fontsize=7.5, color=INK)
            cur = unit or "unknown currency"
            ax.set_xlabel(f"Amount ({plain(cur)}{', log scale' if log else ''})")
            ax.xaxis.set_major_formatter(_amount_formatter(unit))
            # as many ticks as their labels leave room for ("CN¥300 billion" is long)
            longest = max(len(human_amount(v, unit)) for v in vals + highs)
            ticks = max(2, min(6, 70 // (longest + 4)))
            if log:
                from matplotlib.ticker import LogLocator

                ax.xaxis.set_major_locator(LogLocator(base=10, numticks=ticks + 1))
            else:
                from matplotlib.ticker import MaxNLocator

                ax.xaxis.set_major_locator(MaxNLocator(nbins=ticks, steps=[1, 2, 2.5, 5, 10]))
            ax.xaxis.grid(True)
            ax.set_axisbelow(True)
        # (over the whole figure: over the first panel alone the note ran past its edges)
        fig.suptitle(plain(title) + ("\n(one panel per currency: amounts in different currencies are not comparable)" if len(groups) > 1 else ""),
                     x=0.01, ha="left", fontsize=10, fontweight="bold")
    return fig


def _amount_formatter(unit: str):
    from matplotlib.ticker import FuncFormatter

    def fmt(x, _pos):
        if x <= 0:
            return "0"
        return plain(human_amount(x, unit))

    return FuncFormatter(fmt)


def _as_date(value) -> dt.date | None:
    """A cited year or date as a date: a year is placed at its middle (1 July)."""
    import pandas as pd

    if _isnull(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 1 <= value <= 9999:
            return dt.date(int(value), 7, 1)
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    if ts is pd.NaT:
        return None
    try:
        return ts.date()
    except (ValueError, AttributeError):
        return None


def _said_before(quote, text: str, nth: int = 0) -> str | None:
    """What the sentence ``quote`` says before the ``nth`` occurrence of ``text`` in it."""
    if _isnull(quote) or not text:
        return None
    quote = str(quote)
    i = quote.find(text)
    for _ in range(nth):
        if i < 0:
            break
        i = quote.find(text, i + len(text))
    return quote[:i] if i >= 0 else None


def _lead_in(quote, text: str, words: int = 6, nth: int = 0) -> str | None:
    """The words of the sentence that lead up to a figure ("…deployed since the mission's
    establishment in 2004"), for figures that come without an ``about`` phrase; ``nth`` says
    which of the figure's occurrences in the sentence it is (two "by 2035" of one sentence)."""
    said = _said_before(quote, text, nth)
    if said is None:
        return None
    if "; lead: " in said:  # (a plan's row: "Study a corridor; lead: Canada; by December 2026" leads in "...corridor by")
        from .statement import PLAN_DUE, PLAN_LEAD

        said = PLAN_DUE.sub(" ", PLAN_LEAD.sub("", said))
    before = said.split()
    lead = " ".join(before[-words:])
    glued = bool(said) and not said[-1].isspace()  # ("by end-2025": no space after "end-")
    return ("…" if len(before) > words else "") + (lead + ("" if glued else " ") if lead else "") + text


def timeline_events(figures_df, reference_date: dt.date | None = None) -> list[tuple]:
    """The points of :func:`timeline`, in time order: (date, label, the figure's text, whether
    it lies after the statement's date or None, the end of a span of years or None). Besides
    years and dates, a span of time that sets a deadline from the statement's date ("within 90
    days", dated by ``reference_date``) is a point at its end."""
    if _is_empty(figures_df, ["kind", "value"]):
        return []
    from .dates import due_within, is_baseline, tense, year_part
    from .statement import parse_date

    ref = _as_date(reference_date) if reference_date is not None else None
    events = []
    seen: dict[tuple, int] = {}  # (sentence, text) -> how many such figures came before
    for r in figures_df.to_dict("records"):
        if r.get("kind") not in ("year", "date", "duration"):
            continue
        said = (r.get("sentence"), r.get("text"))
        nth = seen.get(said, 0)
        seen[said] = nth + 1
        if r.get("kind") == "duration":
            # a deadline counted from the statement's date: "will open the consulate within 90 days"
            shown = "" if _isnull(r.get("text")) else str(r["text"]).strip()
            quote = "" if _isnull(r.get("quote")) else str(r["quote"])
            before = _said_before(quote, shown, nth)
            if ref is None or before is None or _isnull(r.get("value")) or not _isnull(r.get("value_max")):
                continue
            d = due_within(before, quote[len(before) + len(shown):], float(r["value"]), str(r.get("unit") or ""), ref)
            # (a deadline ahead, not one met: "The Task Force delivered its report within 90 days")
            if d is not None and tense(quote, len(before), len(before) + len(shown)) != "back":
                events.append((d, _lead_in(quote, shown, nth=nth) or shown, shown, True, None))
            continue
        d = _as_date(r.get("value"))
        if d is None:
            continue
        if r.get("kind") == "date" and not _isnull(r.get("text")):
            # a full date sits on its day ("from 1 January 2025"), not in the middle of its year
            said = str(r["text"])
            # ("second half of 2026": the part of the year it names, as after a year alone)
            part = year_part(said[:-4], d.year) if said.endswith(str(d.year)) and len(said) > 5 else None
            # ("on 13 April": the day in the year the figure was given, not 1 July)
            exact = part or parse_date(said if re.search(r"\b\d{4}\b", said) else f"{said} {d.year}")
            if exact is not None and exact.year == d.year:
                d = exact
        elif r.get("kind") == "year" and _isnull(r.get("value_max")):
            # ("by the end of 2025" at the year's end, "in early 2026" in its first weeks)
            shown = "" if _isnull(r.get("text")) else str(r["text"])
            before = _said_before(r.get("quote"), shown, nth)
            if before is not None and is_baseline(before, str(r["quote"])[len(before) + len(shown):]):
                continue  # ("relative to 2019 levels", "the 1967 borders": no point in time)
            d = (year_part(before, d.year) if before else None) or d
        if not _isnull(r.get("future")):
            future = bool(r["future"])  # (as the figures table says: "by the end of 2025", said in 2025, is ahead)
            if not future and ref is not None and d > ref:
                future = None  # ("ASEAN's chairmanship in 2026", said in March 2026: the year it is, drawn after the date, neither)
        elif ref is None:
            future = None
        elif r.get("kind") == "year":
            future = d.year > ref.year
        else:
            future = d > ref
        shown = "" if _isnull(r.get("text")) else str(r.get("text")).strip()
        label = r.get("about")
        if _isnull(label) or not str(label).strip():
            label = _lead_in(r.get("quote"), shown, nth=nth) or shown or (str(d.year) if r.get("kind") == "year" else d.isoformat())
            if label.count("(") > label.count(")"):
                label += ")"  # (a lead-in that ends on the figure inside brackets: "a Joint Action Plan (2026-2030)")
        # (a span of years runs to its last: "2025-2027" is a bar from 2025 to 2027, not a point)
        last = _as_date(r.get("value_max")) if r.get("kind") == "year" and not _isnull(r.get("value_max")) else None
        events.append((d, str(label), shown, future, last if last is not None and last > d else None))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def timeline(figures_df, reference_date: dt.date | None = None, title: str = "Years and dates cited") -> Figure:
    """Every year and date the statement cites on one time axis (a year at its middle, or at
    the part of it the words before it name: "by the end of 2025" at its end), labelled with
    what it refers to (``about``; else the words leading up to it in ``quote``, the sentence,
    when the frame has one; else the text), coloured by whether it lies before or after the statement's
    own date (``reference_date``, drawn as a line; a year counts as past when it is the
    statement's year or earlier). Rows: ``kind`` in {"year", "date"} with a value, and
    deadlines counted from the statement's date (see :func:`timeline_events`)."""
    events = timeline_events(figures_df, reference_date)
    ref = _as_date(reference_date) if reference_date is not None else None
    if not events:
        return _empty("No years or dates cited", title)
    import matplotlib.dates as mdates

    with _style():
        fig, ax = _figure(1.2 + 0.3 * len(events))
        dates = [e[0] for e in events] + [e[4] for e in events if e[4] is not None] + ([ref] if ref else [])
        lo, hi = mdates.date2num(min(dates)), mdates.date2num(max(dates))
        span = max(365.0, hi - lo)
        left, right = lo - span * 0.06, hi + span * 0.06
        ax.set_xlim(left, right)
        fig_pt = fig.get_figwidth() * 72
        width_pt, x0_pt = fig_pt * ax.get_position().width, fig_pt * ax.get_position().x0
        for i, (d, label, shown, future, last) in enumerate(events):
            x = mdates.date2num(d)
            color = INK if future is None else (FUTURE_COLOR if future else PAST_COLOR)
            if last is not None:
                ax.plot([x, mdates.date2num(last)], [i, i], color=color, linewidth=2.5, solid_capstyle="round")
            ax.plot([x], [i], marker="o", markersize=6, color=color, linestyle="none")
            end = mdates.date2num(last) if last is not None else x
            # Keep the end of a lead-in ("...establishment in 2004"): that is where the figure is.
            if len(label) <= 56:
                text = label
            elif shown and label.endswith(shown):
                tail = label[-55:]
                if not label[-56].isspace() and " " in tail:
                    tail = tail.split(" ", 1)[1]  # (from a whole word: "…Technology Security ...", not "…e Technology")
                text = "…" + tail.lstrip()
            else:
                text = _short(label, 56)
            if shown and shown not in label:
                text = _short(shown, 20) + " · " + text
            # Labels point into the chart: rightwards in its left half, leftwards in its right half.
            on_right = x > (left + right) / 2
            # (no longer than the room the axes leave on that side, the other side where it has
            # more: a label is not cut at the edge)
            at_x = x0_pt + (x - left) / (right - left) * width_pt
            at_end = x0_pt + (end - left) / (right - left) * width_pt
            rooms = {True: at_x - 12, False: fig_pt - at_end - 12}  # (to the figure's edges)
            if len(text) * 4.1 > rooms[on_right] and rooms[not on_right] > rooms[on_right]:
                on_right = not on_right
            fits = max(18, int(rooms[on_right] / 4.1))
            if len(text) > fits:
                if shown and text.rstrip(")").endswith(shown):
                    tail = text[-(fits - 1):]
                    if not text[-fits].isspace() and " " in tail:
                        tail = tail.split(" ", 1)[1]  # (from a whole word)
                    text = "…" + tail.lstrip()
                else:
                    text = _short(text, fits)
            # (on a white ground, so that the statement's date line passes behind the words; after
            # the end of a span of years, so that the words do not cover it)
            ax.annotate(plain(text), (x if on_right else end, i), xytext=(-7 if on_right else 7, 0), textcoords="offset points",
                        ha="right" if on_right else "left", va="center", fontsize=7.5, color=INK, zorder=3,
                        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.9})
        ax.set_ylim(len(events) - 0.5, -0.7)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_xlabel("Date")
        handles = []
        from matplotlib.lines import Line2D

        if ref is not None:
            ax.axvline(mdates.date2num(ref), color="#777777", linewidth=0.8, linestyle="--", zorder=1)
            kinds = {e[3] for e in events}
            if True in kinds or False in kinds:
                if False in kinds:
                    handles.append(Line2D([], [], marker="o", linestyle="none", color=PAST_COLOR, label="Past (up to the statement)"))
                if True in kinds:
                    handles.append(Line2D([], [], marker="o", linestyle="none", color=FUTURE_COLOR, label="Future (after the statement)"))
            if None in kinds:
                handles.append(Line2D([], [], marker="o", linestyle="none", color=INK, label="The statement's year"))
            handles.append(Line2D([], [], color="#777777", linewidth=0.8, linestyle="--", label=f"Statement date ({ref.isoformat()})"))
        if handles:
            # (four keys do not fit one row of the page's width: two rows of two)
            fig.legend(handles=handles, loc="outside lower left", ncol=len(handles) if len(handles) <= 3 else 2)
        ax.set_title(plain(title))
    return fig
