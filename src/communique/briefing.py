"""The blocks a briefing is made of, each one call from the notebook.

The notebook stays prose plus one-line calls; everything a test should reach (wording of the
summary, what goes in which table, how a sentence is marked up) lives here. Every block
returns a :class:`communique.present.Rich` object that renders in JupyterLab, HTML, PDF and
LaTeX alike, with statement text escaped for each.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import Counter
from typing import Any, Callable

from . import present as P
from .present import esc, latex_escape
from .statement import BULLET_MARKS, PLAN_AREA, PLAN_DUE, PLAN_LEAD


def setup(params: dict[str, Any]) -> dict[str, Any]:
    """Check the notebook's parameters and make rendering deterministic; return them checked.

    Called by the notebook right after its parameters cell, so plain papermill runs get the
    same checks as ``communique report``.
    """
    from . import params as params_mod

    checked = params_mod.check({k: v for k, v in params.items() if k in params_mod.BRIEFING_PARAMS})
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


def _dateline_place(st) -> str:
    """What the dateline adds to the date: its place ("Capri, Italy" of "Capri, Italy,
    19 April 2024"); the whole dateline when the date sits inside it ("Done at Accra on 4
    June 2024 in two originals", "Brussels, 17-18 February 2022"); "" when it only repeats
    the date ("12 August 2024")."""
    from . import statement as S

    if not st.dateline or st.metadata.get("date"):
        return ""
    # ("Doha, State of Qatar, 21 Jumada al-Awwal 1445 AH, corresponding to 5 December 2023": the
    # Hijri date says the date again)
    dateline = S.HIJRI_AFTER.sub("", _hijri_part().sub(" ", st.dateline)).replace(" ,", ",").strip(" )")
    from . import dates as D

    words = D.words_date_re().search(dateline) if " of " in dateline else None
    if words is not None and D.words_date(words) == st.date and not dateline[words.end():].strip(" .,") \
            and not re.search(r"\b(?!of\b|de\b|del\b)[a-z]", dateline[:words.start()]):
        # ("Washington, D.C., the twelfth of November, two thousand twenty-four": the place; the
        # date in words is the date shown)
        return dateline[:words.start()].strip().rstrip(",").strip()
    rest = S._DATE_RE.sub("\0", dateline)
    if not re.sub(r"[\W\d_]+", "", rest):
        return ""
    span = S._DATE_RE.search(dateline)
    if span and re.search(r"\d\s*[-–]\s*\d", span.group()):
        return dateline  # a range of days says more than the one date shown ("17-18 February")
    done = S.done_at(dateline, search=False)
    if done and len(done[1]) == len(dateline.rstrip(" .")):
        return done[0].group("place")  # "Done at Nairobi on 4 March 2025": Nairobi
    if rest.count("\0") == 1 and (rest.strip().startswith("\0") or rest.strip().endswith("\0")):
        place = rest.replace("\0", "").strip(" ,;:–—-*_")  # "Capri, Italy", "Accra"
        if st.issuer and S.title_cased(place) == st.issuer:
            return ""  # ("The White House, April 8, 2026": the issuer, shown as such, no place)
        return S.title_cased(place)  # ("HONIARA" as "Honiara")
    return dateline


@functools.lru_cache(maxsize=1)
def _hijri_part() -> re.Pattern:
    from . import statement as S

    return re.compile(rf",?\s*{S.HIJRI_DATE}")


def _leaders_named(st) -> str:
    """Without metadata, the heads of government the text names for the parties:
    "Christopher Luxon (New Zealand), Pham Minh Chinh (Vietnam)"."""
    from . import entities as E

    found = E.analyse(st)
    L = E._lex()
    lead = L.leader_roles
    people = [p for p in found.persons if p.get("role") in lead and p.get("country") in st.parties]
    people.sort(key=lambda p: st.parties.index(p["country"]))
    if any(p not in L.offices for p in st.parties):
        # a group's text (the GCC, the Pacific Islands Forum, ASEAN with a partner): the heads
        # its opening names, who met or chaired, not one it cites later ("the vision of King Salman")
        first = {}
        for f in found.found:
            if f["type"] == "person":
                first.setdefault(f["key"], f["sentence"])
        pars = st.paragraphs
        k = 1
        while k < len(pars) and pars[k].marker is not None and pars[k].marker in BULLET_MARKS:
            k += 1  # (the participants' list under the opening paragraph)
        opened = {si for par in pars[:k] for si in par.sentences}
        opening = [p for p in found.persons if p.get("role") in lead and p.get("country") and first.get(p["key"]) in opened]
        opening.sort(key=lambda p: first[p["key"]])
        people += [p for p in opening if p not in people]
    return ", ".join(f"{p['name']} ({p['country']})" for p in people)




def _principals_named(st, leaders: bool = True) -> str:
    """Where the text names no head of state or government, the parties' people its opening
    paragraphs name with a title, a ministers' meeting's principals: "Penny Wong, Minister for
    Foreign Affairs (Australia); Bui Thanh Son, Minister of Foreign Affairs (Vietnam)"."""
    from . import entities as E

    found = E.analyse(st)
    first: dict = {}
    for f in found.found:
        if f["type"] == "person":
            first.setdefault(f["key"], f["sentence"])
    opened = {si for par in st.paragraphs[:3] for si in par.sentences}
    lead = E._lex().leader_roles
    people = [p for p in found.persons if p.get("role") and p.get("country") in st.parties and first.get(p["key"]) in opened
              and (leaders or p["role"] not in lead)]
    people.sort(key=lambda p: (st.parties.index(p["country"]), first[p["key"]]))
    return "; ".join(f"{p['name']}, {p['role']} ({p['country']})" for p in people[:8])


def _leaders_signed(st) -> str:
    """The heads of state or government among those who signed, when the text names none
    above: "Pham Minh Chinh (Vietnam), Lawrence Wong (Singapore)"."""
    from . import entities as E

    lead = E._lex().leader_roles
    return ", ".join(
        f"{s['name']} ({s['country'] or s['party']})" for s in st.signatories
        if s["title"] and any(s["title"] == r or s["title"].startswith(r + " of ") and _of_own_state(s, s["title"][len(r) + 4:])
                              for r in lead)
    )


def _of_own_state(signer: dict, rest: str) -> bool:
    """Whether what follows "President of" is the signer's own state ("the Republic of Chile",
    "the Republic"), not a body ("the German Academic Exchange Service")."""
    from . import statement as S

    if rest.startswith(("the Republic", "the Federal Republic", "the Government")) and (
            not signer["country"] or signer["country"] in rest or " of " not in rest):
        return True
    return any(c == signer["country"] for _, _, c in S._country_spans(rest))


def _leaders_opening(st) -> bool:
    """Whether the first paragraph that names the parties' people with a title, or the one after
    it, names a head of state or government among them; one named only later ("to welcoming Prime Minister Mark
    Carney to Manila") is no principal of a ministers' statement."""
    from . import entities as E

    found = E.analyse(st)
    lead = E._lex().leader_roles
    titled = {p["key"]: p["role"] in lead for p in found.persons if p.get("role") and p.get("country") in st.parties}
    paragraph = {si: par.index for par in st.paragraphs for si in par.sentences}
    hits = [(paragraph.get(f["sentence"], 0), titled[f["key"]]) for f in found.found
            if f["type"] == "person" and f["key"] in titled]
    if not hits:
        return False
    first = min(k for k, _ in hits)
    # (a leader in the first two paragraphs opens it too: "The Minister ... welcomed the visit."
    # then "Prime Minister Carney and President Sheinbaum held talks ...")
    return any(is_lead for k, is_lead in hits if k == first or k <= first + 1)


def _leaders_row(st) -> tuple[str, str]:
    """The cover's leaders, or a ministers' meeting's principals where it names no leader, or
    names one only after its opening while the opening names the ministers who speak."""
    if st.leaders:
        return "Leaders", ", ".join(st.leaders)
    leaders = _leaders_named(st)
    if leaders and not _leaders_opening(st):
        principals = _principals_named(st, leaders=False)
        if principals:
            return "Principals", principals
    leaders = leaders or _leaders_signed(st)
    if leaders:
        return "Leaders", leaders
    principals = _principals_named(st)
    return ("Principals", principals) if principals else ("Leaders", "not given")


def cover(st, params: dict[str, Any]) -> P.Rich:
    """Title block: title, the statement's own heading, date, parties, leaders, issuer, source,
    and when and with which parameters the briefing was rendered."""
    from . import __version__
    from . import statement as S

    rows = [
        ("Statement heading", st.heading or "(none)"),
        ("Date", format_date(st.date) + (f" ({place})" if (place := _dateline_place(st)) else "")),
        ("Parties", ", ".join(st.parties) or "not identified"),
        _leaders_row(st),
        *([("Signed by", S.signed_by(st))] if st.signatories else []),
        ("Issued by", st.issuer or "not given"),
        ("Source", st.source or (st.path.name if st.path else "")),
    ]
    shown = {k: v for k, v in params.items() if v not in ("", [], None) and k != "statement"}
    param_text = ", ".join(f"{k} {v}" for k, v in sorted(shown.items()))
    when = rendered_at()
    # (the parameters that made it, so that a reader can render the same briefing again)
    stamp = f"Rendered {when} by communique {__version__} from {params['statement']}" + (f"; parameters: {param_text}." if param_text else ".")
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
    from . import statement as S

    depths = S.list_depths(st)
    html = ['<div class="cq-statement">']
    latex = []
    text = []
    for sec in st.sections:
        if not sec.paragraphs and sec.heading is None:
            continue
        head = sec.heading or (WHOLE_TEXT if headless(st) else "(Preamble)")
        html.append(f'<h3 id="{P.slug(head, "sec-")}">{esc(head)}</h3>')
        latex.append(f"\\subsection{{{latex_escape(head)}}}")
        text.append(head)
        for pi in sec.paragraphs:
            par = st.paragraphs[pi]
            parts_h = []
            parts_t = []
            if par.marker and par.marker.strip() in BULLET_MARKS:
                parts_h.append('<span class="pb">•</span>')  # (a list's bullet, as a bullet: not a raised "-")
                parts_t.append("\\textbullet{} ")
            elif par.marker:
                parts_h.append(f'<span class="pm">{esc(par.marker)}</span>')
                parts_t.append(latex_escape(par.marker) + " ")
            for si in par.sentences:
                s = st.sentences[si]
                body_h, body_t = _mark(st, s, spans.get(si, []))
                cls = "s commit" if si in committed else "s"
                parts_h.append(f'<span class="{cls}" id="{sentence_anchor(si)}">{body_h}</span> ')
                target = f"\\hypertarget{{{sentence_anchor(si)}}}{{}}"
                parts_t.append(target + (f"\\uline{{{body_t}}}" if si in committed else body_t) + " ")
            depth = min(depths.get(pi, 0), 4)
            if depth:  # (a nested item, set in under the item it falls under)
                html.append(f'<p class="nest{depth}">' + "".join(parts_h).rstrip() + "</p>")
                latex.append(f"{{\\leftskip={1.5 * depth}em\\relax " + "".join(parts_t).rstrip() + "\\par}\n")
            else:
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


# --------------------------------------------------------------------------------------------
# Analysis-driven blocks (the notebook's sections 2-8)
# --------------------------------------------------------------------------------------------

ACTOR_NAMES = {"both": "Both sides", "all": "All parties"}
KIND_NAMES = {
    "money": "Money", "percent": "Percent", "count": "Count", "quantity": "Quantity", "year": "Year",
    "date": "Date", "ordinal": "Ordinal", "duration": "Duration", "fraction": "Fraction", "multiple": "Multiple",
}
QUALIFIER_NAMES = {"about": "about", "nearly": "nearly", "more_than": "more than", "less_than": "less than", "up_to": "up to",
                   "at_least": "at least", "every": "every"}


def _qualifier_words(r: dict) -> str:
    """The figure's qualifier, after the way it changes where it is a change: "rise of", "fall of
    more than" ("trade rose by 7.4%" is growth, not a share)."""
    from .figures import CHANGE_WORDS

    change = r.get("change") if r.get("kind") != "multiple" else None  # ("double" says it)
    words = [CHANGE_WORDS.get(change or "", ""), QUALIFIER_NAMES.get(r.get("qualifier") or "", "")]
    return " ".join(w for w in words if w)


def analyze(st, params: dict[str, Any]):
    """Every table the briefing shows (see :class:`communique.analysis.Analysis`)."""
    from . import analysis
    from .render import resolve_input

    codebook = resolve_input(params["codebook"]) if params.get("codebook") else None
    a = analysis.analyze(st, codebook=codebook, top_n=params.get("top_n", 8))
    from . import chart_process

    if chart_process.wanted():
        chart_process.start(a, [(name, fn, (params,) if takes_params else ()) for name, fn, takes_params in _CHARTS_AHEAD])
    return a


#: The charts a chart process may draw while the kernel goes on, in the notebook's order (see
#: :mod:`communique.chart_process`): (name, function, whether it takes params).
_CHARTS_AHEAD: list[tuple[str, Callable, bool]] = []


def _drawn_ahead(takes_params: bool = False):
    """Register a chart block for the chart process; the block takes the child's chart
    when there is one for this analysis and these arguments, else draws its own."""

    def register(fn):
        _CHARTS_AHEAD.append((fn.__name__, fn, takes_params))

        @functools.wraps(fn)
        def block(a, *args, **kwargs):
            if not kwargs:
                from . import chart_process

                drawn = chart_process.take(fn.__name__, a, args)
                if drawn is not None:
                    return drawn
            return fn(a, *args, **kwargs)

        return block

    return register


def actor_name(actor: Any) -> str:
    return ACTOR_NAMES.get(str(actor), str(actor))


def actor_label(row: dict) -> str:
    """The actor of a position with the party's body that takes it: "United States (USAID)"."""
    body = str(row.get("body") or "")
    if body.startswith(("The ", "the ")):
        body = body[4:]
    return f"{actor_name(row['actor'])} ({body})" if body else actor_name(row["actor"])


_MODAL_VERBS = frozenset("will shall would should can could may might must".split())


def verb_text(row: dict) -> str:
    """The verb as the statement takes it, negation included: "will not", "not support"."""
    verb = str(row["verb"])
    from . import commitments as C

    if not row.get("negated") or C.worded_denial(str(row.get("target") or "")):
        return verb  # (the target says it: "will | never fund coal projects")
    return ("cannot" if verb == "can" else f"{verb} not") if verb in _MODAL_VERBS else f"not {verb}"






def section_name(heading: Any) -> str:
    """A section as the briefing names it, as the charts label it ("Trade and Investment" for
    "TRADE AND INVESTMENT"); "(Preamble)" for the text before the first heading."""
    from .headings import heading_label

    return "(Preamble)" if heading is None or (isinstance(heading, float) and heading != heading) else heading_label(heading)


def headless(st) -> bool:
    """Whether a statement has no headings: its one section is the whole text, no "preamble",
    and a column that names each row's section says nothing."""
    return not any(s.heading for s in st.sections)


WHOLE_TEXT = "The statement"


def link(sentence: Any) -> str | None:
    try:
        return f"#{sentence_anchor(int(sentence))}"
    except (TypeError, ValueError):
        return None


_FIGURE_CUT = re.compile(r"(?:[A-Z]{3}|[A-Z]{1,3}\$|[$€£¥₹₩]?\d[\d,.]*|US\$?|per)$")
_FIGURE_REST = re.compile(r"(?:\d[\d,.]*|million|billion|trillion|thousand|crore|lakh|per|cent|percent|%|bn|m)(?:\b|$)", re.I)


@functools.lru_cache(maxsize=1)
def _figure_words() -> tuple[frozenset, frozenset]:
    """The words of a figure said in words and of its unit, as the figures lexicon reads them
    ("two hundred and fifty", "million"; "US", "dollars", "manat", "megawatts")."""
    from . import figures as F

    lex = F.lexicon()
    numbers = frozenset(w.lower() for key in ("units", "tens", "scales") for w in lex[key] if " " not in w)
    units = {w.lower() for form in F.currency_words() for w in form.split()}
    units |= {w.lower() for m in lex["measures"] for form in m["forms"] for w in form.split() if w.isalpha()}
    return numbers, frozenset(units | {"people", "students"})


def shorten(text: Any, words: int = 28) -> str:
    """The first ``words`` words; a bracket the cut would leave open goes with what it held
    ("the Madrid Book Fair …", not "the Madrid Book Fair (Feria del Libro …")."""
    from . import statement as S

    parts = S.one_line(str(text or "")).split()
    if len(parts) <= words:
        return " ".join(parts)
    n = words
    # (not inside a figure: "to USD 48 million", not "to USD 48 …")
    while n < len(parts) and n < words + 2 and _FIGURE_CUT.match(parts[n - 1]) and _FIGURE_REST.match(parts[n]):
        n += 1
    # (nor inside one in words: "two hundred and fifty million US dollars", not "two hundred …")
    if n < len(parts) and parts[n][:1].isalpha():
        numbers, units = _figure_words()

        def number(w: str) -> bool:
            return all(x in numbers for x in w.rstrip(",.;").lower().split("-"))

        def unit(w: str) -> bool:
            return w.rstrip(",.;").lower() in units

        while n < len(parts) and n < words + 6 and number(parts[n - 1]) and (
                number(parts[n]) or unit(parts[n]) or parts[n] == "and" and n + 1 < len(parts) and number(parts[n + 1])):
            n += 2 if parts[n] == "and" else 1
        while n < len(parts) and n < words + 8 and (number(parts[n - 1]) or unit(parts[n - 1]) or _FIGURE_CUT.match(parts[n - 1])
                                                    or _FIGURE_REST.match(parts[n - 1])) and unit(parts[n]):
            n += 1  # ("... million US dollars", "300 megawatts")
    if n >= len(parts):
        return " ".join(parts)
    kept = " ".join(parts[:n])
    if kept.count("(") > kept.count(")") and len(kept[:kept.rfind("(")].split()) >= words // 2:
        kept = kept[:kept.rfind("(")].rstrip()  # (unless that would leave too little: then the bracket stays open)
    bare = _DANGLING_WORDS.sub("", kept).rstrip(" ,;:")
    if len(bare.split()) >= words // 2:
        kept = bare  # ("with a new Trilateral Science Fellowship …", not "... Fellowship, with an …")
    return kept + " …"


# the small words a cut may leave hanging, which say nothing without what followed them
_DANGLING_WORDS = re.compile(r"(?:[\s,]+(?:a|an|the|of|to|for|with|and|or|in|on|at|by|from|as|its|their|our|his|her|which|that|who|whose"
                             r"|first|second|third|last|next|early|late|mid|end|start|beginning|middle))+$", re.I)


def _without_own_label(text: str, actor: str) -> str:
    """An item that names its party first, as a pledge table's row or a list's label does
    ("Estonia: 0.25% of GDP annually ..."), said without the name the phrase already gives:
    "Estonia announced 0.25% of GDP ...", not "Estonia announced Estonia: 0.25% ..."."""
    return re.sub(rf"^((?:\S+\s+)?){re.escape(str(actor))}\s*[:;]\s+", r"\1", text) if actor else text


def _with_deadline(short: str, timelines: list[str]) -> str:
    """A shortened position with the timeline the cut lost, as the commitments analysis read it
    (a deadline still to come: "reaching 19.6 GW of offshore wind capacity in the Baltic Sea …
    by 2030", not "... in the Baltic Sea by …")."""
    if not short.endswith(" …"):
        return short
    due = next((t for t in timelines if t not in short), None)
    if due is None:
        return short
    kept = short[:-2]
    words = due.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if kept.endswith(" " + head):
            kept = kept[:-len(head)].rstrip()  # (the cut fell inside the timeline: "… between 2027", not twice)
            break
    kept = re.sub(r"(?:\s+(?:by|before|until|no|later|than|the|end|middle|start|of|in|within|between|from))+$", "", kept)
    return f"{kept} … {due}"


def window(st, sentence: int, start: int, end: int, words: int = 12) -> str:
    """The words around a span of a sentence, with ellipses where the sentence goes on."""
    from . import statement as S

    # (cut from the text as written, so "2022," stays "2022," and not "2022 ,")
    s = st.sentences[sentence]
    before = st.text[s.start:start]
    after = st.text[end:s.end]
    left_words = [m.start() for m in _WORD.finditer(before)]
    right_words = [m.end() for m in _WORD.finditer(after)]
    k = len(left_words) - words
    if words and k > 0:
        # (not from inside a name: "… Quad-at-Sea Ship Observer Mission, which will take place in 2025")
        toks = before.split()
        limit = max(0, k - 8)
        while k > limit and toks[k][:1].isupper() and (toks[k - 1][:1].isupper() or (
                toks[k - 1] in _NAME_LINKS and k - 2 >= limit and toks[k - 2][:1].isupper())):
            k -= 1
    words_left = len(left_words) - k if k > 0 else len(left_words)
    left = before[left_words[k]:] if k > 0 else before
    words = max(words, 0)
    right = after[:right_words[words - 1]] if words and len(right_words) > words else after if words else ""
    if not words:
        left = ""
    out = S.one_line(left + st.text[start:end] + right)
    return ("… " if len(left_words) > words_left else "") + out + (" …" if len(right_words) > words else "")


_WORD = re.compile(r"\S+")
_NAME_LINKS = frozenset(["of", "for", "and", "on", "the", "de", "&"])


def _measures(r: dict) -> str:
    """What a figure measures as the figures table says it, with what its unit and rate add:
    "GDP (a year)" for "5% of GDP annually", "core requirements (of GDP, a year)", "per MWh"
    for "€340/MWh" said of nothing else."""
    from . import figures as F

    about = str(r.get("about") or "")
    unit = str(r.get("unit") or "")
    notes = []
    if unit.startswith("percent of ") and unit[len("percent of "):].lower() not in about.lower():
        of = unit[len("percent of "):]
        if about:
            notes.append(f"of {of}")  # ("at least 3.5% of GDP on core requirements")
        else:
            about = of
    per = r.get("per")
    if per and per == per:
        notes.append(f"a {per}" if per in F.PERIODS else per if per == "each" else f"per {per}")
    if notes:
        about = f"{about} ({', '.join(notes)})" if about else ", ".join(notes)
    return about


def _with_article(said: str) -> str:
    """"a rise of 7.4%", where a figure is said as a change ("rise of 7.4%") inside a sentence."""
    from . import figures as F

    return f"a {said}" if said.startswith(tuple(F.CHANGE_WORDS.values())) else said


def figure_text(row: dict) -> str:
    """A figure as a reader says it, qualifier first: "more than $20 million"."""
    from . import figures as F

    return F.format_value(row, qualifier=True)


_AHEAD = re.compile(
    r"\b(this|next|coming)\s+(year|month|week|spring|summer|autumn|fall|winter)\b|\b(by|before|until|within|no later than)\b"
    r"|\b20\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.I,
)
_BEHIND = re.compile(r"\b(since|ago|in the (past|last)|previous|last year)\b", re.I)


def _sentence_case_off(phrase: str, quote: str) -> str:
    """A phrase that opens its sentence (or a list item) without its capital, where the capital
    is only the sentence's ("Two-way goods trade" as "two-way goods trade"); a name, or a
    nation's adjective, keeps it ("Pacific Resilience Facility", "Korean investment")."""
    from . import entities as E

    words = phrase.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower() or words[0].isupper() \
            or words[0] in E._lex().adjective or words[0].split("-")[0] in E._lex().adjective:
        return phrase
    opening = re.match(r"\s*(?:[-*•]\s+)?(?:\*\*[^*]{1,60}\*\*:?\s*|[A-Z][\w ]{0,40}:\s+)?", quote)
    if not quote.startswith(phrase, opening.end() if opening else 0):
        return phrase
    return phrase[0].lower() + phrase[1:]


def _named_before(st, row: dict):
    """What a figure measures, where the text calls it by its head word alone ("A$400 million
    over five years to the Initiative"): the last name before it ending on that word (the
    Pacific Policing Initiative); else as the figures table has it."""
    from . import entities as E

    about = row.get("about")
    if isinstance(about, str) and about.startswith("its ") and len(about.split()) > 1:
        # "the Pacific Resilience Facility, which has now received pledges … against its target of
        # USD 500 million": the facility's target (the last body or programme named before it)
        ent = E.analyse(st)
        sent = st.sentence_at(int(row["start"]))
        owners = [ent.entities[f["key"]]["name"] for f in ent.found
                  if f["type"] in ("organization", "initiative") and sent is not None and sent.start <= f["start"]
                  and f["end"] <= int(row["start"])]
        return f"{initiative_phrase(owners[-1])}'s {about[4:]}" if owners else about
    # (a head word the entity lexicon reads names by, the text's name then called by it alone)
    if not isinstance(about, str) or about not in E._lex().cues or f"the {about}" not in str(row.get("quote") or ""):
        return about
    ent = E.analyse(st)
    before = [ent.entities[f["key"]]["name"] for f in ent.found
              if f["end"] <= int(row["start"]) and ent.entities[f["key"]]["name"].endswith(" " + about)]
    return initiative_phrase(before[-1]) if before else about


def _what_for(row: dict) -> str:
    """What an amount is for, as a phrase after it: " for rural roads", or, where the text says
    what the money is to do, " to upgrade the Elubo-Noé border post" (not "for upgrade ...")."""
    about = row.get("about")
    if not about or (isinstance(about, float) and about != about):
        return ""
    about = str(about)
    if about.strip(" *").lower() in ("total", "grand total", "sum", "overall"):
        return " in total"  # (a table's "Total" row: "₮32.2 billion in total", not "for Total")
    quote = str(row.get("quote") or "")
    about = _sentence_case_off(about, quote)
    if re.search(r"\bto\s+(?:help\s+)?" + re.escape(about.split()[0]) + r"\b", quote) and about[:1].islower():
        return f" to {about}"
    # (with the article the statement gives it: "for a green hydrogen facility", "for the new
    # collective quantified goal")
    article = re.search(r"\b(the|a|an|[Tt]he)\s+" + re.escape(about) + r"(?![\w-])", quote)
    if article and (about[:1].islower() or article.group(1).lower() == "the"):
        # (a name too, where the text gives it "the": "for the Peace Fund's endowment target")
        return f" for {article.group(1).lower()} {about}"
    return f" for {about}"


_PREPOSITION_FIRST = re.compile(r"of\b")


def plan_plain(text: str) -> str:
    """A plan's row as a sentence says it: "Launch a working group; lead: Canada; by June 2025;
    pillar: Trade" is "launch a working group by June 2025" (the actor shown says who leads it,
    and the section says the area); other text unchanged."""
    if "; lead: " not in text and not PLAN_AREA.search(text):
        return text
    plain = PLAN_DUE.sub(" ", PLAN_LEAD.sub("", PLAN_AREA.sub("", text)))
    if "; lead: " in text:
        # ("Study a corridor": the row's act, in a sentence's case; a row that names what it is,
        # "Papua New Guinea Rural Connectivity Program", keeps its name as written)
        plain = verb_case(plain)
    return plain
_NEXT_ACT = re.compile(r"\s+and\s+to\s+(?=[a-z])|;\s+(?:and\s+)?(?:to\s+)?(?=[a-z])")


_WHEN_LEAD = re.compile(r"(?:\b(?:in|by|on|at|during|before|from|until|within|after|no\s+later\s+than)\s+)?(?:the\s+)?$", re.I)


def _dated_act(a, row: dict, when: str) -> str:
    """A dated commitment as the summary lists it, who is to do it first: "Kenya: host the
    summit (in 2026)", "NB8 countries: not import Russian gas after 1 January 2027"."""
    from . import commitments as C

    full = _antecedent(a.statement, row, _without_own_label(str(row["target"]), row["actor"]))
    if _NOT_ACTION.match(full.strip()) or _PREPOSITION_FIRST.match(full):
        # an object or a complement says little without its verb: "set a target of USD 20
        # billion by 2030" (not "of USD 20 billion ..."), "signed the Framework Agreement ..."
        full = _without_own_label(third_person(act_text(a.statement, row, 40)), row["actor"])
    # (a plan's row says who leads it, which the actor shown says already, and then when it is
    # due: "Launch a working group; lead: Canada; by June 2025" is "launch a working group by June 2025")
    full = plan_plain(full)
    target = _bare(full, 12)
    if when.lower() not in target.lower():
        # the date shows whole, even where the shortened target would cut it
        at = full.lower().find(when.lower())
        # (from the act the date is in: "conduct an exercise twice a year and to expand joint
        # patrols to include a dozen port calls by 2026" is dated by the second)
        cut = max((m.end() for m in _NEXT_ACT.finditer(full, 0, max(at, 0))), default=0)
        # (the date's own preposition and article go with it: "... (in the first half of 2027)",
        # not "... in the (first half of 2027)")
        lead = _WHEN_LEAD.search(full, cut, at) if at > 0 else None
        if lead is not None and lead.group().strip():
            when = full[lead.start():at].strip() + " " + when
            at = lead.start()
        target = (_bare(full[cut:at], 12) if at > 0 else target).rstrip(" ,;") + f" ({when})"
    if row.get("negated") and not C.worded_denial(target):
        target = "not " + target
    return f"{_actor_phrase(row.get('body') or row['actor'], _subject_written(a.statement, row))}: {target}"


_FORECAST = re.compile(r"\b(?:projected|forecast|forecasts|projections?|expected\s+to\s+(?:grow|reach|rise|fall|slow|decline|exceed))\b", re.I)


def _event_when(target: str, name: str, whens: list[str]) -> str:
    """Of a target's dates, the one that follows an event's name, its own ("… the 80th
    anniversary … in 2029 and to … the ASEAN Summit hosted by the Philippines in 2026": 2026);
    else the first."""
    at = target.find(name)
    if at < 0 or len(whens) < 2:
        return whens[0]
    after = [(target.find(w, at), w) for w in whens if target.find(w, at) >= 0]
    return min(after)[1] if after else whens[0]


_OBJECT_THEN_ACT = re.compile(r"the\s(?:(?!\sand\s)[^;:]){1,120}?\s+to\s+(?!the\b|a\b|an\b|[a-z]+ing\b)[a-z]+\b")


def _future_items(a) -> list[str]:
    """What the statement dates after its own date: future years and dates, deadlines of
    commitments, and events with a date ahead."""
    # (rank, sentence, item): what a side undertook to do by a date first, then events, then the
    # other dates ahead, each in the text's order, so the summary's first four are the deadlines
    items: list[tuple[int, int, str]] = []
    rows = a.commitments.to_dict("records") if not a.commitments.empty else []
    events = set(a.initiatives.loc[a.initiatives["type"] == "event", "name"]) if not a.initiatives.empty else set()
    c = a.counted
    # the dates and years the figures place before the statement's date, by sentence ("as of 1
    # July 2025" in a communiqué signed in September 2025 is no deadline ahead)
    past: dict[int, list[str]] = {}
    if not c.empty and "future" in c:
        for f in c[c["future"].astype(object).eq(False)].to_dict("records"):
            past.setdefault(int(f["sentence"]), []).append(str(f["text"]))
    for row in rows:
        details = [str(d) for d in row.get("catalyst_details") or []]
        dated = [d.split(":", 1)[1].strip() for d in details if d.startswith("timeline:")]
        gone = past.get(int(row["sentence"]), [])
        whens = [w for w in dated if _AHEAD.search(w) and not _BEHIND.search(w) and not any(t in w for t in gone)]
        if _done(a.statement, row):
            # (what was done at the meeting for a period: "adopted a Joint Action Plan for 2026-2028"
            # is done, the plan's years no deadline)
            whens = [w for w in whens if w.split(" ", 1)[0].lower() not in _PERIOD_WORDS]
        if not whens:
            continue
        si = int(row["sentence"])
        # (an item's verb in capitals is still a verb: "Task the Secretariat with convening ...")
        target = verb_case(str(row["target"]).strip())
        if row["category"] in ("commitment", "intention") and (not _NOT_ACTION.match(target) or _OBJECT_THEN_ACT.match(target)):
            # (or one tasked with an act: "Requests the Chairperson of the Commission to convene, within 60 days, ...")
            items.append((0, si, _dated_act(a, row, whens[0])))
        else:
            named = [d.split(":", 1)[1].strip() for d in details if d.startswith("named institution:")]
            for name in named:
                if name in events:
                    # ("the Summit", but "COP30" as it is written: a code takes no article)
                    bare = name.lower().startswith("the ") or re.fullmatch(r"[A-Z]{2,}[\w-]*\d*", name) is not None
                    when = _event_when(str(row["target"]), name, dated)
                    if when not in whens:
                        continue  # (its own date is not ahead, another's in the sentence is)
                    said = name if bare else f"the {name}"
                    items.append((1, si, said if name in when else f"{said} ({when})"))  # (not "COP31 (before COP31)")
    # future years and dates, unless a deadline above already gives their sentence
    covered = {si for _, si, _ in items}
    # (a sentence's own act, where the date is no deadline the analysis reads: "Korea will provide
    # concessional financing ... for the period 2026-2030" is Korea's, dated)
    # (each act of the sentence: "The GCC side will offer scholarships, and the Central Asian side
    # will designate 2026 as ..." dates the second)
    acts: dict[int, list[dict]] = {}
    for row in rows:
        if row["category"] in ("commitment", "intention"):
            acts.setdefault(int(row["sentence"]), []).append(row)
    if not c.empty and "future" in c:
        for row in c[c["future"].astype(object).eq(True)].to_dict("records"):
            si = int(row["sentence"])
            if si in covered:
                continue
            if si not in acts and _FORECAST.search(a.statement.sentences[si].text):
                continue  # ("growth is projected at 3.2 percent in 2025 and 3.1 percent in 2026": a forecast, nothing due)
            act = next((r for r in acts.get(si, []) if row["text"] in str(r["target"])), None)
            if act is not None and _done(a.statement, act) \
                    and _PERIOD_BEFORE.search(a.statement.text, max(0, int(row["start"]) - 30), int(row["start"])):
                continue  # ("adopted a Joint Action Plan for 2026-2028": done, the plan's years no deadline)
            if act is not None:
                items.append((0, si, _dated_act(a, act, row["text"])))
                covered.add(si)
            elif row.get("about"):
                items.append((2, si, f"{row['text']} ({row['about']})"))
            else:  # the words around it, the date in place: "… followed up by the two sides in 2025."
                items.append((2, si, window(a.statement, si, int(row["start"]), int(row["end"]), 6).rstrip(".")))
                covered.add(si)  # (once a sentence: "... 43 per cent by 2030 and 60 per cent by 2035" is one item)
    # (an event whose sentence gives a side's act that names it is that act's: not "the Quad
    # Leaders' Summit (in 2027)" beside "India: host the next Quad Leaders' Summit in 2027")
    acts_by = {}
    for rank, si, item in items:
        if rank == 0:
            acts_by.setdefault(si, []).append(item)
    items = [(rank, si, item) for rank, si, item in items if not (
        rank == 1 and any(_event_named(item) in act for act in acts_by.get(si, ())))]
    return list(dict.fromkeys(item for _, _, item in sorted(items, key=lambda x: x[:2])))


def _event_named(item: str) -> str:
    """The event's name in a summary item ("the Quad Leaders' Summit (in 2027)": "Quad Leaders' Summit")."""
    name = item.split(" (", 1)[0]
    return name[4:] if name.startswith("the ") else name


# the words that give a period, not a deadline: "for 2026-2028", "covering the period 2026-2030"
_PERIOD_WORDS = ("for", "covering", "over")
_PERIOD_BEFORE = re.compile(rf"\b(?:{'|'.join(_PERIOD_WORDS)})\s+(?:the\s+(?:period|years?)\s+)?$")


def _done(st, row: dict) -> bool:
    """Whether a position's verb, as written, tells what was done ("adopted", "signed"), by the
    verb lexicon's forms."""
    from . import commitments as C

    said = st.original[int(row["verb_start"]):int(row["verb_end"])].lower()
    return C.verb_forms().get(said, ("", ""))[1] == "past" or said.endswith("ed")


#: the kinds of endorsement row the summary counts, in the order it names them, and their plurals
_ENDORSEMENT_KINDS = {"endorsement": "endorsements", "condemnation": "condemnations", "call on others": "calls on others",
                      "refusal": "refusals"}


def _endorsement_kinds(a) -> str:
    """The endorsements, counted by the kinds the Endorsements table labels them with ("4
    endorsements, 1 condemnation and 3 calls on others"), so that the summary and the table agree."""
    df = a.endorsements
    counts = Counter(endorsement_kind(r) for r in df.to_dict("records")) if len(df) else Counter()
    parts = [f"{counts[k]} {k if counts[k] == 1 else plural}" for k, plural in _ENDORSEMENT_KINDS.items() if counts[k]]
    return _and(parts) if parts else "no endorsements"


def _count(n: int, noun: str) -> str:
    """"1 commitment", "3 commitments", "no endorsements"."""
    return f"no {noun}s" if n == 0 else f"{n} {noun}{'s' if n != 1 else ''}"


def executive_summary(a) -> list[str]:
    """The summary in plain sentences, each one generated from the tables."""
    st = a.statement
    out: list[str] = []
    sm = a.summary
    secs = a.sections[a.sections["heading"] != "(Preamble)"]
    head = f"The statement runs to {sm['words']:,} word{'s' if sm['words'] != 1 else ''} in {sm['sentences']} sentence{'s' if sm['sentences'] != 1 else ''}"
    if len(secs):
        biggest = secs.sort_values("words", ascending=False).iloc[0]
        pre = a.sections[a.sections["heading"] == "(Preamble)"]
        head += f" under {len(secs)} heading{'s' if len(secs) != 1 else ''}"
        if len(pre) and pre.iloc[0]["words"] > biggest["words"]:
            # (a text whose only heading is its notes: most of it stands before any heading; or
            # a long preamble, longer than any one section, but not most of the text)
            share = pre.iloc[0]["share"]
            head += (f"; most of it ({share:.0f}%) comes before the first heading." if share > 50 else
                     f"; the longest part is what comes before the first heading ({share:.0f}% of the text).")
        else:
            head += f"; the longest is {section_name(biggest['heading'])} ({biggest['share']:.0f}% of the text)."
    else:
        head += ", without section headings."
    out.append(head)
    shares = a.topic_shares
    if shares is not None and len(shares):
        top = shares.head(3)
        names = [f"{r['topic_name']} ({r['share_words']:.0f}%)" for r in top.to_dict("records")]
        out.append("By the CAP policy codebook it is mainly about " + _and(names) + " (shares of classified words).")
    else:
        out.append("No sentence matched a policy topic of the codebook.")
    money = a.money
    if len(money):
        # (amounts in different currencies are not compared: no exchange rate is at hand, and
        # ¥500 billion is not larger than $16 billion; each currency gives its largest)
        units = money["unit"].fillna("").value_counts(sort=False)
        order = sorted(units.index, key=lambda u: -units[u])
        if len(order) == 1:
            rows = money.sort_values("value", ascending=False).head(3).to_dict("records")
            said = f"the largest amount{'s are' if len(rows) > 1 else ' is'} "
        else:
            rows = [money[money["unit"].fillna("") == u].sort_values("value", ascending=False).iloc[0].to_dict() for u in order[:3]]
            said = f"the largest amount in each of its {len(order)} currencies" + (f" (the {len(rows)} most cited)" if len(order) > len(rows) else "") + ": "
        # (a change as a noun in the sentence: "a rise of more than $20 million for ...")
        parts = [_with_article(figure_text(r)) + _what_for({**r, "about": _named_before(st, r)}) for r in rows]
        out.append(f"It cites {sm['figures']} figure{'s' if sm['figures'] != 1 else ''}; " + said + _and(parts) + ".")
    elif sm["figures"]:
        out.append(f"It cites {sm['figures']} figure{'s' if sm['figures'] != 1 else ''} but no amount of money.")
    else:
        out.append("It cites no figures.")
    pledges = a.pledges
    if len(pledges):
        # (among equally firm ones, those with the most catalysts: a figure, a date, a named body)
        ranked = sorted(pledges.to_dict("records"),
                        key=lambda r: (-int(r["strength"]), -len(r["catalysts"] or ()), int(r["sentence"])))
        rows = ranked[:3]
        parts = [_pledge_phrase(r, st) for r in rows]
        out.append(
            f"It records {_count(sm['commitments'], 'commitment')} and {_count(sm['intentions'], 'statement')} of intent "
            f"against {_endorsement_kinds(a)}. The firmest: " + "; ".join(parts) + "."
        )
    else:
        out.append("It makes no commitment to future action; its positions are endorsements and acknowledgements.")
    disclaimer = legal_note(a)
    if disclaimer:
        out.append(disclaimer)
    if sm["initiatives"]:
        names = a.initiatives["name"].head(4).tolist()
        n = sm["initiatives"]
        out.append(f"It names {n} initiative{'s' if n != 1 else ''}, agreement{'s' if n != 1 else ''} or event{'s' if n != 1 else ''}"
                   + (", among them " if n > 1 else ": ") + _and([initiative_phrase(x) for x in names]) + ".")
    future = _future_items(a)
    if future:
        # (an item of a list ends on its own ";", which the join gives again)
        more = f"; and {len(future) - 4} more (see Commitments)" if len(future) > 4 else ""  # (the list is cut, and says so)
        out.append("Due after the statement's date: " + "; ".join(third_person(f).rstrip(" ;,") for f in future[:4]) + more + ".")
    # ("….": the ellipsis ends the sentence; "… ;" keeps its separator, as "…;")
    return [re.sub(r"…\s*;", "…;", re.sub(r"…\s*\.(?=\s|$)", "…", s)) for s in out]


_NOT_ACTION = re.compile(
    r"^((?:an?|the|their|its|our|his|her|this|these|those|that|whether|on|in|for|with|at|by|from|between|among|over|under"
    r"|some|all|each|every|more|less|no|any)\b|[A-Z0-9\"'$€£¥])",
    re.S,
)


def _antecedent(st, r: dict, text: str) -> str:
    """A pronoun a position read alone would leave without its noun, given back from the clause
    before it in the sentence: "noted that bilateral trade reached US$3.1 billion ..., and
    committed to raising it to US$5 billion" is "committed to raising bilateral trade to US$5
    billion"; "signed an Agreement on ... Investments and committed to its ratification" is
    "committed to the ratification of the Agreement on ... Investments"."""
    if not re.search(r"\bits?\b", text):
        return text
    si = st.sentence_index(int(r["verb_start"]))
    if si is None:
        return text
    before = st.text[st.sentences[si].start:int(r["verb_start"])]
    level = None
    for m in _level_noun_re().finditer(before):
        level = m.group("np")
    if level and _IT_AS_OBJECT.search(text):
        return _IT_AS_OBJECT.sub(lambda m: f"{m.group(1)} {level}", text, count=1)
    named = None
    for m in _INSTRUMENT_NAMED.finditer(before):
        named = re.sub(r"(?:\s+(?:and|of|the|on|in|for))+$", "", " ".join(m.group("name").split()))
    if named and _ITS_ACT.search(text):
        return _ITS_ACT.sub(lambda m: f"the {m.group(1)} of the {named}", text, count=1)
    return text


@functools.lru_cache(maxsize=1)
def _level_noun_re() -> re.Pattern:
    """"bilateral trade reached ...", "two-way investment stood at ...": what a later "it" raises
    (the levels of the figures lexicon)."""
    from . import figures as F

    return re.compile(rf"(?P<np>{F.level_noun_pattern()})\s+(?:had\s+|has\s+)?(?:reached|stood|rose|grew|amounted|totall?ed|was|increased)\b",
                      re.I)


_IT_AS_OBJECT = re.compile(r"\b(rais(?:e|ing)|increas(?:e|ing)|doubl(?:e|ing)|tripl(?:e|ing)|expand(?:ing)?|grow(?:ing)?|boost(?:ing)?)\s+it\b")
# "signed an Agreement on the Promotion ... of Investments": what a later "its ratification" ratifies
_INSTRUMENT_NAMED = re.compile(r"\b(?:an?|the)\s+(?P<name>(?:[A-Z][\w'’-]*\s+)*(?:Agreement|Treaty|Convention|Protocol|Memorandum\s+of"
                               r"\s+Understanding)(?:\s+(?:on|of|for|between)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|and|of|the|on|in|for)"
                               r"(?:\s+(?:[A-Z][\w'’-]*|and|of|the|on|in|for))*)?)")
_ITS_ACT = re.compile(r"\bits\s+(ratification|implementation|entry\s+into\s+force|signature|signing|conclusion|adoption)\b")


def position_text(st, r: dict, words: int = 16) -> str:
    """What a position says, as the statement words it from its verb on: "reaffirmed their
    commitment to conclude negotiations this year", "will not interfere in ...", "agreed to
    hold the XIX Summit"; a passive clause whole ("A Centre will be established by ...").
    A denial read before the verb keeps its "not": "Neither side will deploy troops" is "will
    not deploy troops", "did not decide to extend the pact" is not "decide to extend ..."."""
    from . import commitments as C
    from . import statement as S

    text = _antecedent(st, r, plan_plain(_position_words(st, r, words)))
    vs, ve = int(r["verb_start"]), int(r["verb_end"])
    act = C._lex().outcome_nouns.get(st.original[vs:ve])
    if act is not None and st.original.startswith(" of ", ve):
        # a fact sheet's item named by the act ("Launch of the Digital Partnership"): "launch the
        # Digital Partnership", as a verb reads
        return shorten(f"{act} {S.one_line(str(r['target']))}", words)
    if r["verb"] == "lead" and st.original[vs - 2:vs] == "; " and st.original.startswith(":", ve) \
            and text[:1].isupper() and verb_case(text) == text:
        # a plan's row that names its project, its actor read from "lead:": "lead Papua New Guinea
        # Rural Connectivity Program; USD 120 million by 2028", not the project's name alone
        text = f"lead {text}"
    said = st.original[vs:ve].split()
    first, _, rest = text.partition(" ")
    if said and (first == said[0] or (first.endswith("ly") and rest.partition(" ")[0] == said[0])):
        # a paragraph that opens on its verb: "Council, ... 2. Decides to deploy ..." is "decides
        # to deploy", "Takes note of ..." "takes note of", "Strongly condemns" "strongly condemns"
        # (not a passive's subject: "Support for the project will be provided by Japan")
        text = first.lower() + text[len(first):] if _CAPITALIZED.fullmatch(first) else text
    words_ = text.split(" ")
    if said and len(said[0]) > 3 and said[0].isupper() and words_[:len(said)] == said:
        # an operative verb in capitals ("The Authority DECIDES to ..."): "decides to ...", as read
        text = " ".join([w.lower() for w in said] + words_[len(said):])
    if r.get("negated") and not _DENIAL.search(text) and not C.worded_denial(text, anywhere=True):
        first, _, rest = text.partition(" ")
        if first.lower() in C._lex().modals:
            return f"{first} not {rest}"
        past = C.verb_forms().get(first.lower(), ("", ""))[1] == "past" or first.endswith("ed")
        aux = None if past else _DO_NOT.findall(st.original, int(r.get("start", r["verb_start"])), int(r["verb_start"]))
        if aux:  # (in the text's own tense: "does not intend to participate", "do not recognize")
            return f"{aux[-1].lower()} not {text}"
        return ("not " if past else "did not ") + text
    return text


def act_text(st, r: dict, words: int = 16) -> str:
    """A position as an act after its actor's label, where the label stands apart ("Japan
    (commitment): ..."): a pledge another side reports by its noun ("welcomed Japan's
    commitment to supporting ...") is "committed to supporting ...", not "commitment of Japan
    to ..."."""
    text = position_text(st, r, words)
    said = st.original[int(r["verb_start"]):int(r["verb_end"])].split()
    noun = _PLEDGE_NOUN.match(text) if said and said[0].lower() in _NOUN_AS_VERB else None
    if noun is not None and noun.group(1).lower() == said[0].lower():
        text = f"{_NOUN_AS_VERB[noun.group(1).lower()]} to {text[noun.end():]}"
    amount = _PLEDGE_OF_AMOUNT.match(text) if said and said[0].lower() in _NOUN_AS_VERB else None
    if amount is not None and amount.group(1).lower() == said[0].lower():
        text = f"{_NOUN_AS_VERB[amount.group(1).lower()]} {text[amount.end():]}"  # ("pledged JPY 5 billion to the Fund")
    return text


_DO_NOT = re.compile(r"\b(do|does|did|Do|Does|Did)\s+(?:not\b|n['’]t)")
_NOUN_AS_VERB = {"commitment": "committed", "commitments": "committed", "pledge": "pledged", "pledges": "pledged",
                 "promise": "promised", "undertaking": "undertook", "offer": "offered", "decision": "decided"}
_PLEDGE_OF_AMOUNT = re.compile(r"([A-Za-z]+)\s+of\s+(?=\S{0,4}\s?\d)")
_PLEDGE_NOUN = re.compile(r"([A-Za-z]+)\s+(?:of\s+(?:the\s+)?[A-Z][^,;()\d]{1,60}?\s+)?to\s+(?=[a-z])")
_DENIAL = re.compile(r"\b(?:not|never|no|neither|nor|none|cannot)\b|n['’]t\b", re.I)


def _position_words(st, r: dict, words: int) -> str:
    from . import commitments as C
    from . import statement as S

    target = S.one_line(str(r["target"]))
    start, vs = int(r["start"]), int(r["verb_start"])
    if vs < start:  # a verb shared with the clause before: "Australia announced A$10 million and New Zealand NZ$5 million"
        verb = S.one_line(st.original[vs:int(r["verb_end"])])
        colon = st.original.rfind(":", int(r["verb_end"]), start)
        ending = C.list_ending(st.original[int(r["verb_end"]):colon]) if colon > 0 else None
        alone = st.original[int(r["verb_end"]):colon].strip() if colon > 0 else ""
        if C.verb_alone(alone):  # an item under "Both Governments shall promote:": "shall promote exchanges ..."
            return shorten(f"{verb} {alone} {target}", words)
        if ending is not None:
            # an item of a list a whole position leads into: "will … focusing on basic services",
            # "will … including through training of officials" (not "will basic services")
            if ending.endswith(("following", "following " + ending.split()[-1])) and " following" in ending:
                # ("adopt … which sets out the following milestones: convening the first Dialogue in Q3 2026")
                first = target[0].lower() + target[1:] if _GERUND_FIRST.match(target) else verb_case(target)
                gap = " " if " ".join(alone.split()) == " ".join(ending.split()) else " … "  # (nothing left out between)
                return shorten(f"{verb}{gap}{ending}: {first}", words)
            return shorten(f"{verb} … {ending} {target}", words)
        lead = _TO_LEAD.match(st.original, int(r["verb_end"]))
        if lead and target[:1].isalpha() and target[1:2].islower():
            # an item under "The two sides agreed to:": "agreed to expand trade in tea"; under
            # "called on the parties to:": "called on the parties to cease hostilities"
            verb, target = " ".join([verb, S.one_line(lead.group(1)), "to"]).replace("  ", " "), target[0].lower() + target[1:]
        elif verb.split()[-1].lower() in C._lex().modals:
            given = _MODAL_VERB_FOLLOWING.match(st.original, int(r["verb_end"]))
            if given:  # an item under "will provide, through OSA, the following equipment:": "will provide coastal radars"
                verb = f"{verb} {given.group(1)}"
            elif not verb_case(target)[:1].islower() and (lexical := _LEXICAL_AFTER.match(st.original, int(r["verb_end"]))) \
                    and (lexical.group(1) in C._lex().money_verbs or lexical.group(1) in C._lex().item_verbs):
                # the second of amounts a verb shares ("New Zealand will provide NZ$5 million and
                # Chile CLP 2,500 million"): "will provide CLP 2,500 million", not "will CLP ..."
                verb = f"{verb} {lexical.group(1)}"
            target = verb_case(target)  # an item under "We will:": "will refrain from ...", not "will Refrain from ..."
        elif st.sentence_index(vs) is None and _NOUN_FIRST.match(target):
            # an item under a heading that gives its verb, "What Ireland will provide": "will provide
            # technical assistance from Teagasc ...", "a scholarship programme" (a name stays as written)
            target = target[0].lower() + target[1:]
        return shorten(verb + " " + target, words)
    clause = S.one_line(st.original[start:int(r["end"])])
    lead = S.one_line(st.original[start:vs])
    if target and clause.find(target) < 0:
        said = clause[len(lead):].strip()
        verb = S.one_line(st.original[vs:int(r["verb_end"])])
        rest = said[len(verb):].split()
        if said.startswith(verb) and rest and target.split()[0] == rest[0]:
            # (a target read past its clause: "will provide NZ$5 million" and, after "respectively",
            # "to the GRA": "will provide NZ$5 million to the GRA")
            return shorten(f"{verb} {target}", words)
        return shorten(target, words)  # (what the clause refers to: "..., which he accepted")
    if target and clause.find(target) < len(lead) <= clause.find(target) + len(target):
        return shorten(target, words)  # a passive: the target runs from the subject over the verb
    i = clause.find(target, len(lead))
    if not target or i < 0:
        return shorten(clause[len(lead):].strip() or target, words)
    between = clause[len(lead):i]
    if _AND_TO_END.search(between):
        # the second of two acts under one verb ("committed to expand ... and to promote gender
        # equality"): the verb, then this act alone, as the verb says it of each ("agreed to
        # increase weekly flights", not "agreed to … increase")
        head = _VERB_TO.match(between)
        if head:
            return shorten(head.group().strip() + " " + target, words)
    return shorten(between.strip() + " " + target if between.strip() else target, words)


_AND_TO_END = re.compile(r",?\s+and\s+(?:also\s+)?to\s*$")
_LEXICAL_AFTER = re.compile(r"\s+(?:(?:also|jointly|each|together)\s+)?([a-z]+)\b")
_VERB_TO = re.compile(r"\s*\S+(?:\s+\S+){0,3}?\s+to(?=\s)")


_CAPITALIZED = re.compile(r"[A-Z][a-z]+\b(?![-'’])")
# a word in title case, then one in lower case: no name ("Technical assistance", "A scholarship", "Co-funding of")
_NOUN_FIRST = re.compile(r"(?:A|An|[A-Z][a-z]+(?:-[a-z]+)?)\s+[a-z]")


def verb_case(text: str) -> str:
    """Words that open on a verb, in a sentence's case: "Continue to fund ..." as "continue to
    fund ...", "Strongly condemns" as "strongly condemns", "Not support" as "not support"; a name
    stays as written ("European Investment Bank financing ..."). A verb is one the commitments'
    lexicon knows (its position verbs, the actions a plan's items open on, refrain)."""
    from . import commitments as C

    first, _, rest = text.partition(" ")
    if not _CAPITALIZED.fullmatch(first):
        return text
    low, forms, L = first.lower(), C.verb_forms(), C._lex()
    if low in forms or low in L.item_verbs or low in ("not", "never") or L.refrain_re.match(f"{low} from") \
            or (low.endswith("ly") and rest.partition(" ")[0].lower() in forms):
        return low + text[len(first):]
    return text
# (its object, an acronym in brackets too: "asked the Committee on Payments and Market Infrastructures (CPMI) to:")
_GERUND_FIRST = re.compile(r"[A-Z][a-z]+ing\b")
_MODAL_VERB_FOLLOWING = re.compile(r"\s+([a-z]+)(?:\s*,[^,;:]{1,80},)?\s+the\s+following\b[^:;.]{0,80}:")
_TO_LEAD = re.compile(r"((?:\s+(?:[\w'’-]+|\([\w&.-]{1,12}\)),?){0,10}?)\s+to\s*:")
_FIRST_PERSON = {"our": "their", "Our": "Their", "we": "they", "We": "They", "us": "them", "ourselves": "themselves"}
# (a capitalized "Our" or "We" inside a phrase is a name's: "the Declaration on ASEAN 2045: Our
# Shared Future", "the We Are Women initiative"; only a phrase's first word is the voice's)
_FIRST_PERSON_RE = re.compile(r"\b(?:our|we|us|ourselves)\b|^(?:Our|We)\b")


def third_person(phrase: str) -> str:
    """A position told of its actor, not in the statement's own voice: "all parties reaffirmed
    their commitment", not "... our commitment" ("US" in capitals stays the United States)."""
    return _FIRST_PERSON_RE.sub(lambda m: _FIRST_PERSON[m.group()], phrase)


def _actor_phrase(actor: str, written: str = "") -> str:
    """An actor as a sentence names it: "both sides", "the Abu Dhabi Investment Authority",
    "the United States", "Peru"; a body with the article its subject in the text (``written``)
    gives it ("the Instituto Cervantes", "the Bank of China and the Bank of Brazil")."""
    from . import entities as E

    who = actor_name(actor)
    if actor in ACTOR_NAMES:
        return who[0].lower() + who[1:]
    if who.startswith(("The ", "the ")):
        return "the " + who[4:]  # ("The Abu Dhabi Investment Authority" as the text names it)
    if written:
        parts = who.split(" and ")
        countries = E._lex().all_country_forms
        the = [p not in countries and not p.startswith(("the ", "The "))
               and re.match(rf"(?:.*\s)?[Tt]he\s+{re.escape(p)}(?:\s+\([^)]*\))?(?:,|\s+and\s|\s*$)", written) is not None for p in parts]
        if any(the):
            return " and ".join(f"the {p}" if t else with_article(p) if p in countries else p for p, t in zip(parts, the))
    return with_article(who)


def _subject_written(st, r: dict) -> str:
    """The words of a row's subject as the text writes them (before its verb)."""
    return " ".join(st.original[int(r["start"]):int(r["verb_start"])].split())


def _with_condition(text: str, r: dict) -> str:
    """A position with the condition it is under, where its words leave it out ("If funding is
    secured, the EU will contribute ...": "will contribute ... (if funding is secured)")."""
    cond = " ".join(str(r.get("condition") or "").split())
    if not r.get("conditional") or not cond or cond.lower() in text.lower():
        return text
    if cond[1:2].islower():
        cond = cond[0].lower() + cond[1:]  # ("If ..." opened the sentence)
    return f"{text} ({shorten(cond, 14)})"


def _pledge_phrase(r: dict, st) -> str:
    """"both sides reaffirmed their commitment to conclude negotiations this year (timeline)",
    from a commitment row, worded as the statement words it."""
    from . import statement as S

    # (a party's body by its own name: "the Reserve Bank of India will open ...", not "India")
    timelines = [str(d).split(":", 1)[1].strip() for d in r.get("catalyst_details") or [] if str(d).startswith("timeline:")]
    said = _without_own_label(_with_deadline(position_text(st, r, 14), timelines), r["actor"])
    if r.get("verb") == "accept" and not said.lower().startswith(("accept", "not ")):
        said = f"accepted the invitation to {said}"  # (the visit an invitation accepted asks: "South Korea visit Canada" is no sentence)
    elif said.split(" ", 1)[0] == r.get("verb") and r.get("verb") not in _MODAL_VERBS and not _whole_clause(st, r) \
            and st.original[int(r["verb_start"]):int(r["verb_start"]) + 1].isupper():
        said = f"to {said}"  # (a plan's row in the imperative: "the United States to launch the ... Fund", not "... launch")
    # (the party, where its body is the means the position names: "Japan will provide ¥12 billion
    # through JBIC", not "JBIC will provide ... through JBIC")
    body = r.get("body") if r.get("body") and str(r.get("body")) not in said else None
    if _whole_clause(st, r):
        # a passive, or what one receives from the actor: the clause whole, which names the
        # actor or follows it ("two patrol vessels will be provided by Japan"; "both sides: the
        # Joint Action Plan will be revised by June 2027"), not "Japan Two patrol vessels ..."
        first, _, rest = said.partition(" ")
        clause = (first.lower() if first.lower() in _CLAUSE_OPENERS else first) + (" " + rest if rest else "")
        named = any(n in said for n in actor_name(body or r["actor"]).split(" and "))
        phrase = clause if named else f"{_actor_phrase(body or r['actor'], _subject_written(st, r))}: {clause}"
    else:
        phrase = f"{_owner_phrase(r, st) or _actor_phrase(body or r['actor'], _subject_written(st, r))} {third_person(said)}"
    notes = list(r.get("catalysts") or []) + (["conditional"] if r.get("conditional") else [])
    return phrase + (f" ({', '.join(notes)})" if notes else "")


def _whole_clause(st, r: dict) -> bool:
    """Whether a position's target opens on its own subject, before its verb (a passive: "A
    Centre will be established by Japan"; "Kenya will receive … from Norway")."""
    from . import statement as S

    target = S.one_line(str(r["target"]))
    clause = S.one_line(st.original[int(r["start"]):int(r["end"])])
    lead = S.one_line(st.original[int(r["start"]):int(r["verb_start"])])
    at = clause.find(target) if target else -1
    return 0 <= at < len(lead) <= at + len(target)


# the words a clause opens on that a sentence's middle writes in lower case
_CLAUSE_OPENERS = frozenset(
    "the a an this these that those its their our each every all both some any no one two three four five six seven "
    "eight nine ten eleven twelve twenty thirty forty fifty hundred".split())
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\s*$")


def _owner_phrase(r: dict, st) -> str | None:
    """The owner as the statement writes it before a noun it owns ("Norway's pledge of NOK 500
    million ...", "the European Commission's announcement of ..."), so the phrase reads as
    written, not "Norway pledge of"; None for a clause with a verb."""
    from . import statement as S

    lead = S.one_line(st.original[int(r["start"]):int(r["verb_start"])])
    if not lead.strip() and _NOUN_OF_OWNER.match(st.original, int(r["verb_start"])):
        return "the"  # ("the pledge of the Federal Republic of Nigeria to contribute ...", the owner named after it)
    if not _POSSESSIVE_END.search(lead):
        return None
    lead = lead.rstrip()
    return lead[0].lower() + lead[1:] if lead[:4] == "The " else lead


_NOUN_OF_OWNER = re.compile(r"[a-z]+\s+of\s+(?:the\s+)?[A-Z]")
_NAME_OF = re.compile(r"\s+(?:of|on|in|for|between|to|against)\s+")


@functools.lru_cache(maxsize=1)
def _takes_the() -> tuple[re.Pattern, frozenset]:
    from .entities import codebook

    cb = codebook()
    starts = "|".join(re.escape(w) for w in cb["article_name_starts"])
    ends = "|".join(re.escape(w) for w in cb["article_name_ends"])
    return re.compile(rf"(?:{starts}) |.*(?:{ends})$"), frozenset(cb["article_names"])


def with_article(name: str) -> str:
    """"the United States", "the Netherlands", but "Peru": country names that take "the"
    (``article_name_*`` in ``codebooks/entities.yaml``)."""
    pattern, names = _takes_the()
    if pattern.match(name) or name in names:
        return f"the {name}"
    return name


def initiative_phrase(name: str) -> str:
    """A named initiative, agreement or event in a sentence, with "the" where its head noun is
    one of the entity lexicon's cue words, which say what kind of thing a name is (its last
    word, or the word before "of", "on" ...): "the Paris Agreement", "the Memorandum of
    Understanding on ...", not "Beca 18" or "Megaports"."""
    from . import entities as E

    if name[:4].lower() == "the ":
        return name
    if name[:1].isdigit():
        dated = re.match(r"(?:19|20)\d\d\s+(?=[A-Z])", name)
        # ("the 1982 United Nations Convention on the Law of the Sea"; not "Beca 18", "5G Clean Network")
        return f"the {name}" if dated and initiative_phrase(name[dated.end():]).startswith("the ") else name
    cues = E._lex().cues
    heads = {name.split()[-1], _NAME_OF.split(name, 1)[0].split()[-1]}
    if any(h in cues or h.rstrip("s") in cues for h in heads):
        return f"the {name}"  # (and "the ninth WTO Ministerial Meeting")
    return with_article(name) if name[:1].isupper() else name


def _bare(target: Any, words: int) -> str:
    """An action phrase without a leading article or "to", shortened."""
    text = re.sub(r"^(to|the|an?)\s+", "", str(target or "").strip(), flags=re.I)
    return shorten(text, words).rstrip(" .")


def _and(items: list[str]) -> str:
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def glance(a) -> P.Rich:
    """Headline counts and the executive summary."""
    sm = a.summary
    stats = [
        ("sections", sm["sections"]), ("words", sm["words"]), ("figures", sm["figures"]),
        ("commitments", sm["commitments"] + sm["intentions"]), ("initiatives", sm["initiatives"]),
    ]
    # ("headings": the preamble before the first heading is no heading of its own)
    labels = {"sections": "headings", "commitments": "commitments & intentions", "initiatives": "initiatives & agreements"}
    html = '<ul class="cq-stats">' + "".join(f"<li><b>{v:,}</b><span>{esc(labels.get(k, k))}</span></li>" for k, v in stats) + "</ul>"
    latex = "\\begin{center}\\begin{tabular}{" + "c" * len(stats) + "}\n" + " & ".join(f"{{\\Large\\bfseries {v:,}}}" for _, v in stats) + " \\\\\n" + " & ".join(f"{{\\footnotesize {latex_escape(labels.get(k, k))}}}" for k, _ in stats) + "\n\\end{tabular}\\end{center}\n"
    summary = executive_summary(a)
    html += '<div class="cq-summary">' + "".join(f"<p>{esc(s)}</p>" for s in summary) + "</div>"
    latex += "\n\n".join(latex_escape(s) for s in summary) + "\n"
    text = " · ".join(f"{v} {labels.get(k, k)}" for k, v in stats) + "\n\n" + "\n".join(summary)
    return P.Rich(html, latex, text)


# -- themes -----------------------------------------------------------------------------------


def sections_table(a) -> P.Rich:
    df = a.sections
    if headless(a.statement):
        df = df.assign(heading=WHOLE_TEXT)  # (one section, the whole text: no "preamble")
    else:
        df = df.assign(heading=[h if h == "(Preamble)" else section_name(h) for h in df["heading"]])
    return P.table(
        df,
        {"heading": "Section", "paragraphs": "Paragraphs", "sentences": "Sentences", "words": "Words", "share": "Weight"},
        numeric=("paragraphs", "sentences", "words", "share"),
        formats={"share": lambda v: f"{v:.0f}%"},
        widths={"heading": "0.5"},
    )


@_drawn_ahead()
def section_words_chart(a) -> P.Chart:
    from . import charts

    df = a.sections
    if len(df) < 2:
        return P.note("The statement has no headings: it is one section, so there is nothing to compare.")
    return P.chart(charts.section_words(df), alt="Words per section: " + ", ".join(f"{h} {w}" for h, w in zip(df.heading, df.words)))


@_drawn_ahead(takes_params=True)
def topic_shares_chart(a, params: dict[str, Any] | None = None) -> P.Rich | P.Chart:
    """CAP topic shares as bars (a brief briefing shows the ``top_n`` largest)."""
    from . import charts

    if a.topic_shares is None or not len(a.topic_shares):
        return P.note("No sentence matched a topic of the codebook, so there are no topic shares to show.")
    shares = a.topic_shares.head(params.get("top_n", 8)) if is_brief(params) else a.topic_shares
    alt = "Topic shares: " + ", ".join(f"{r['topic_name']} {r['share_words']:.0f}%" for r in shares.to_dict("records"))
    return P.chart(charts.topic_shares(shares), alt=alt)


def topic_shares_table(a, top_n: int = 8) -> P.Rich:
    from . import themes as T

    df = a.topic_shares.head(top_n) if a.topic_shares is not None else a.topic_shares
    un = T.unclassified(a.themes) if len(a.themes) else {}
    notes = []
    if a.topic_shares is not None and len(a.topic_shares) > top_n:
        notes.append(f"The {top_n} largest of {len(a.topic_shares)} topics (the chart shows them all).")
    if un:
        n_un = int(un.get("sentences", 0))
        notes.append(f"Unclassified: {n_un} sentence{'s' if n_un != 1 else ''} ({un.get('share_words', 0):.0f}% of words) "
                     f"carr{'y' if n_un != 1 else 'ies'} no topic signal.")
    caption = " ".join(notes) or None
    return P.table(
        df,
        {"topic": "CAP code", "topic_name": "Topic", "sentences": "Sentences", "words": "Words", "share_words": "Share of words"},
        numeric=("topic", "sentences", "words", "share_words"),
        formats={"share_words": lambda v: f"{v:.0f}%", "topic": lambda v: str(int(v))},
        caption=caption,
        empty="No sentence matched a topic of the codebook.",
    )


@_drawn_ahead()
def topic_by_section_chart(a) -> P.Rich | P.Chart:
    from . import charts

    pivot = a.topic_by_section
    if pivot is None or pivot.empty:
        return P.note("No topics to show by section.")
    if len(pivot) < 2:
        return P.note("The statement has no headings, so its topics are not shown section by section.")
    return P.chart(charts.topic_by_section(pivot), alt="Heat map of topic shares by section (sections as columns, topics as rows)")


def distinctive_table(a) -> P.Rich:
    df = a.distinctive
    if df is None or df.empty:
        if sum(1 for sec in a.statement.sections if sec.paragraphs) < 2:
            return P.note("The statement has a single section, so no terms stand out against the rest.")
        return P.note("No term recurs within a section often enough (twice or more) to set it apart from the rest.")
    rows = []
    for sec, grp in df.groupby("section_index", sort=True):
        rows.append({"section": section_name(grp["section"].iloc[0]), "terms": ", ".join(f"{t} ({c})" for t, c in zip(grp["term"], grp["count"]))})
    import pandas as pd

    return P.table(pd.DataFrame(rows), {"section": "Section", "terms": "Most distinctive terms (occurrences in the section)"}, widths={"section": "0.3", "terms": "0.62"})


def highlight_terms(a, params: dict[str, Any]) -> list[str]:
    """The dispersion chart's terms: the parameter, else the top distinctive term per section."""
    if params.get("highlight_terms"):
        return list(params["highlight_terms"])
    df = a.distinctive
    if df is None or df.empty:
        return []
    return list(dict.fromkeys(df.sort_values(["section_index", "score"], ascending=[True, False]).groupby("section_index").head(1)["term"]))[:6]


@_drawn_ahead(takes_params=True)
def dispersion_chart(a, params: dict[str, Any]) -> P.Rich | P.Chart:
    from . import charts

    terms = highlight_terms(a, params)
    if not terms:
        return P.note("No terms to place along the statement.")
    return P.chart(charts.dispersion(a.statement, terms), alt="Where these terms occur along the statement: " + ", ".join(terms))


# -- figures ----------------------------------------------------------------------------------


def is_brief(params: dict[str, Any] | None) -> bool:
    return bool(params) and params.get("detail") == "brief"


def figures_table(a, params: dict[str, Any] | None = None, quote_words: int = 24) -> P.Rich:
    """The ledger: figure, what it measures, kind, section, and the sentence it comes from
    (a brief briefing leaves out the quote; the link still leads to it)."""
    import pandas as pd

    from . import figures as F

    c = a.counted
    if c.empty:
        return P.note("No figures cited: the statement states no amount, share, count or date.")
    st = a.statement
    again = F.restatements(a.figures, st.text)  # "¥50 billion (A$520 million)" is one figure
    rows = []
    for r in c.to_dict("records"):
        also = again.get((int(r["sentence"]), int(r["start"])))
        rows.append(
            {
                "figure": f"{r['text']} ({also})" if also else r["text"],
                "qualifier": _qualifier_words(r),
                "about": _measures(r),
                "kind": KIND_NAMES.get(r["kind"], r["kind"]),
                "section": section_name(r.get("section")),
                "quote": window(st, int(r["sentence"]), int(r["start"]), int(r["end"]), quote_words // 2),
                "sentence": int(r["sentence"]),
            }
        )
    df = pd.DataFrame(rows)
    one = headless(st)  # (no section column where there is one section)
    if is_brief(params):  # no appendix to link to in a brief briefing
        cols = {"figure": "Figure", "qualifier": "Qualifier", "about": "What it measures", "section": "Section"}
        widths = {"figure": "0.17", "qualifier": "0.12", "about": "0.41", "section": "0.3"}
        if one:
            del cols["section"], widths["section"]
            widths["about"] = "0.71"
        return P.table(df, cols, widths=widths)
    cols = {"figure": "Figure", "qualifier": "Qualifier", "about": "What it measures", "kind": "Kind", "section": "Section", "quote": "Where it is said"}
    widths = {"figure": "0.12", "qualifier": "0.09", "about": "0.18", "kind": "0.08", "section": "0.16", "quote": "0.37"}
    if one:
        del cols["section"], widths["section"]
        widths["about"], widths["quote"] = "0.26", "0.45"
    return P.table(df, cols, links={"figure": lambda r: link(r["sentence"]), "quote": lambda r: link(r["sentence"])}, widths=widths)


def names_with_numbers(a) -> P.Rich:
    f = a.figures
    names = f[f["in_name"]] if not f.empty else f
    if names.empty:
        return P.note("No names with numbers.")
    items = list(dict.fromkeys(names["text"]))
    text = "Numbers that are part of names, not counted as figures: " + ", ".join(items) + "."
    return P.paragraph(text, cls="cq-note")


@_drawn_ahead()
def money_chart(a) -> P.Rich | P.Chart:
    from . import charts

    m = a.money
    if m.empty:
        return P.note("No amounts of money cited.")
    return P.chart(charts.money(a.counted), alt="Money cited: " + ", ".join(f"{figure_text(r)} {r.get('about') or ''}" for r in m.to_dict("records")))


@_drawn_ahead()
def timeline_chart(a) -> P.Rich | P.Chart:
    from . import charts

    events = charts.timeline_events(a.counted, a.statement.date)
    if not events:
        return P.note("No years or dates cited.")
    return P.chart(charts.timeline(a.counted, a.statement.date), alt="Years and dates cited: " + ", ".join(e[2] for e in events))


# -- commitments ------------------------------------------------------------------------------


def legal_note(a) -> str | None:
    """What the text says of its own force: that it binds no one in law, that it does not
    speak for all who took part, that all it says is subject to a condition, that it is a
    chair's account, and where a participant reserved its position or the participants did not
    agree."""
    notes = []
    i = a.summary.get("not_legally_binding")
    if i is not None:
        said = shorten(a.statement.sentences[i].text, 30).rstrip(".")
        notes.append(f"The text says it binds no one in law (\u201c{said}\u201d): its commitments are political ones.")
    j = a.summary.get("not_agreed_by_all")
    if j is not None and j != i:
        said = shorten(a.statement.sentences[j].text, 30).rstrip(".")
        notes.append(f"The text says it does not speak for all who took part (\u201c{said}\u201d): its positions are "
                     "the account of those who issued it, not views every participant agreed.")
    c = a.summary.get("subject_to")
    if c is not None and c not in (i, j):
        said = shorten(a.statement.sentences[c].text, 30).rstrip(".")
        notes.append(f"The text makes all it says subject to a condition (\u201c{said}\u201d): its commitments hold "
                     "only so far.")
    if a.summary.get("chair_text") and j is None:
        notes.append("The text is a chair's, issued on the chair's authority: its positions are the chair's account of "
                     "the meeting, which need not record what every participant negotiated.")
    held = a.summary.get("reservations") or []
    if held:
        said = "; ".join(f"\u201c{shorten(a.statement.sentences[k].text, 24).rstrip('.')}\u201d" for k in held[:3])
        more = f" and {len(held) - 3} more" if len(held) > 3 else ""
        notes.append(f"Where the participants did not all agree: {said}{more}.")
    return " ".join(notes) or None


def commitments_table(a, params: dict[str, Any] | None = None) -> P.Rich:
    """Commitments and intentions, by actor and strength, with their compliance catalysts
    (a brief briefing shows the ``top_n`` firmest, shortened), under the text's own word on
    its legal force where it gives one."""
    table = _commitments_table(a, params)
    note = legal_note(a)
    return P.join([P.note(note), table]) if note else table


def _commitments_table(a, params: dict[str, Any] | None = None) -> P.Rich:
    import pandas as pd

    df = a.pledges
    if is_brief(params) and len(df):
        top = sorted(df.to_dict("records"), key=lambda r: (-int(r["strength"]), int(r["sentence"])))[: params.get("top_n", 8)]
        rows = [
            {"actor": actor_label(r), "strength": r["strength_label"] + (", conditional" if r.get("conditional") else ""),
             "target": target_text(r, 16),
             "catalysts": ", ".join(r.get("catalysts") or []) or "", "sentence": r["sentence"]}
            for r in top
        ]
        return P.table(
            pd.DataFrame(rows),
            {"actor": "Actor", "strength": "Strength", "target": "What they will do", "catalysts": "Catalysts"},
            widths={"actor": "0.14", "strength": "0.16", "target": "0.5", "catalysts": "0.2"},
            caption=f"The {len(rows)} firmest of {len(df)} commitments and statements of intent.",
        )
    if df.empty:
        return P.note("No commitments or statements of intent: every position is an endorsement or an acknowledgement.")
    rows = [
        {
            "actor": actor_label(r),
            "strength": strength_text(r),
            # (a clause whole, its own verb in it: "Tuvalu will receive A$15 million from Australia")
            "verb": "—" if _whole_clause(a.statement, r) else verb_text(r),
            "target": target_text(r, 30),
            "catalysts": catalyst_text(r.get("catalyst_details")),
            "sentence": r["sentence"],
        }
        for r in sorted(df.to_dict("records"), key=lambda r: (_actor_rank(a, r["actor"]), -int(r["strength"]), int(r["sentence"])))
    ]
    return P.table(
        pd.DataFrame(rows),
        {"actor": "Actor", "strength": "Strength", "verb": "Verb", "target": "What they will do", "catalysts": "Catalysts"},
        links={"target": lambda r: link(r["sentence"])},
        widths={"actor": "0.12", "strength": "0.12", "verb": "0.08", "target": "0.4", "catalysts": "0.22"},
        # (the scale the strengths are on, where a reader meets the numbers)
        caption="Strength: 4, a commitment with a numeric target, a timeline or a named institution and no condition; "
                "3, any other commitment; 2, a statement of intent.",
    )


def target_text(r: dict, words: int) -> str:
    """The target, shortened, with the condition it depends on when the target does not say
    it: "consult within 48 hours [condition: should supply disruptions occur]"."""
    # (told of its actor, as the summary tells it: "task their Ministers", not "our Ministers")
    target = third_person(shorten(plan_plain(str(r["target"])), words)) if r.get("actor") in ACTOR_NAMES \
        else shorten(plan_plain(str(r["target"])), words)
    cond = str(r.get("condition") or "")
    from . import statement as S

    if "verb_start" in r and int(r["verb_start"]) < int(r["start"]):
        # an item that takes its lead-in's verb ("We will:" then "Continue to fund ..."): the
        # verb's words, in a sentence's case ("continue to fund ...")
        target = verb_case(target)

    if cond and S.one_line(cond).lower() not in S.one_line(str(r["target"])).lower():
        target += f" [condition: {cond[0].lower() + cond[1:]}]"
    return target


def strength_text(r: dict) -> str:
    """"4 firm commitment", "3 commitment, conditional"."""
    return f"{r['strength']} {r['strength_label']}" + (", conditional" if r.get("conditional") else "")


def catalyst_text(details: Any) -> str:
    """"timeline: this year; institution: A, B" from the detail list, grouped by kind."""
    groups: dict[str, list[str]] = {}
    for d in details or []:
        kind, _, what = str(d).partition(":")
        groups.setdefault(kind.strip().replace("named institution", "institution"), []).append(what.strip())
    return "; ".join(f"{k}: {', '.join(dict.fromkeys(v))}" for k, v in groups.items()) or "none"


def _actor_rank(a, actor: Any) -> tuple[int, str]:
    parties = list(a.statement.parties)
    if actor in parties:
        return (parties.index(actor), "")
    if actor in ACTOR_NAMES:
        return (len(parties), str(actor))
    return (len(parties) + 1, str(actor))


def commitments_by_actor(a) -> P.Rich:
    """Counts of positions by actor and category."""
    import pandas as pd

    df = a.commitments
    if df.empty:
        return P.note("No positions found.")
    # (the endorsements by the kinds the summary counts them in, "5 endorsements, 1 condemnation
    # and 3 calls on others", so that the table adds up to the summary's figures)
    kinds = [endorsement_kind(r) for r in df.to_dict("records")]
    found = set(kinds)
    cats = ["commitment", "intention", "endorsement", *[k for k in _ENDORSEMENT_KINDS if k != "endorsement" and k in found],
            "acknowledgement"]
    tab = pd.crosstab(df["actor"].map(actor_name), pd.Series(kinds, index=df.index, name="category")).reindex(columns=cats, fill_value=0)
    tab = tab.reset_index().rename(columns={"actor": "Actor"})
    ranks = {actor_name(x): _actor_rank(a, x) for x in df["actor"].unique()}
    tab = tab.sort_values("Actor", key=lambda col: col.map(ranks), kind="stable")
    heads = {c: _ENDORSEMENT_KINDS.get(c, c + "s").capitalize() for c in cats}
    return P.table(tab, {"Actor": "Actor", **heads}, numeric=cats)


def endorsement_kind(r: dict) -> str:
    """How the briefing labels an endorsement row: "condemnation" for one against its object
    ("condemn Russia's war of aggression"), "refusal" for a refusal to act ("declined to
    endorse ..."), "call on others" for one that asks others to act
    ("demand that the parties cease hostilities"); counted with the endorsements all the same."""
    from . import commitments as C

    if r["category"] != "endorsement" or r.get("negated"):
        return r["category"]
    book = C.codebook()
    verb = r["verb"]
    said = _HELD_NOUN.match(str(r.get("target") or ""))
    if said and verb in (book.get("light_verbs") or {}):
        # a verb with a noun that takes the position: "expressed its firm opposition to ...",
        # "issued a call for ...": the noun's verb
        verb = ((book.get("nouns") or {}).get(said.group(1).lower()) or {}).get("lemma") or verb
    if verb in (book.get("disapproval_verbs") or ()):
        return "condemnation"
    if verb in (book.get("refusal_verbs") or ()):
        return "refusal"  # ("declined to endorse unilateral carbon border measures")
    if verb in (book.get("call_verbs") or ()):
        return "call on others"
    return r["category"]


# the noun a light verb takes, after its determiner and its adjectives: "its firm opposition to"
_HELD_NOUN = re.compile(r"(?:(?:its|their|our|his|her|the|a|an)\s+)?(?:(?:firm|strong|full|deep|grave|serious|resolute|"
                        r"unequivocal|continued|steadfast|categorical|strongest)\s+)*([a-z]+)\b(?!['’])"
                        # (the noun itself, before what it is to: not "the opposition's right", "the opposition parties")
                        r"(?=\s+(?:to|of|against|at|over|about|for|with|regarding|towards?|on|in)\b|\s*$)")


def endorsements_table(a) -> P.Rich:
    import pandas as pd

    df = a.endorsements
    if df.empty:
        return P.note("No endorsements or acknowledgements.")
    from . import commitments as C

    rows = [
        {"actor": actor_label(r), "verb": verb_text(r), "category": endorsement_kind(r),
         "target": shorten(r["target"], 30), "sentence": r["sentence"]}
        for r in df.to_dict("records")
    ]
    return P.table(
        pd.DataFrame(rows),
        {"actor": "Actor", "verb": "Verb", "category": "Kind", "target": "What they welcomed, supported, condemned, asked for or noted"},
        links={"target": lambda r: link(r["sentence"])},
        widths={"actor": "0.13", "verb": "0.11", "category": "0.17", "target": "0.55"},
    )


# -- actors and initiatives -------------------------------------------------------------------


def _acts_by_actor(a) -> dict[str, list[str]]:
    """The verbs of each actor's positions in the commitments table ("invest" of "The UAE will
    invest USD 75 billion"; what both sides agree, each party's), for the actors table: what
    the statement says a party or a body does, which the entities' nearest verbs may miss."""
    out: dict[str, list[str]] = {}
    c = a.commitments
    if c.empty:
        return out
    parties = list(a.statement.parties or [])
    for r in c.to_dict("records"):
        verb = str(r["verb"])
        if verb in _MODAL_VERBS:
            head = str(r.get("target") or "").split()[:1]
            verb = head[0].lower() if head and head[0].isalpha() and head[0].islower() else verb
        who = [str(r["actor"])] if r.get("actor") not in ("both", "all", None) else parties
        if r.get("body"):
            who.append(str(r["body"]))
        for w in who:
            lst = out.setdefault(w, [])
            if verb not in lst:
                lst.append(verb)
    return out


def actors_table(a) -> P.Rich:
    import pandas as pd

    e = a.entities
    acts = _acts_by_actor(a)
    if e.empty:
        return P.note("No people, organizations or initiatives are named.")
    order = {"person": 0, "country": 1, "organization": 2, "initiative": 3, "agreement": 4, "event": 5, "place": 6}
    rows = []
    for r in e.to_dict("records"):
        name = r["name"] + (f" ({r['acronym']})" if r.get("acronym") and r["acronym"] != r["name"] else "")  # (not "BRICS (BRICS)")
        if r.get("role"):
            # ("President Mark Carney", "Secretary of State John Kerry"; a long title after the name:
            # "Kamina Johnson Smith, Minister of Foreign Affairs and Foreign Trade")
            long_title = len(r["role"].split()) > 3
            name = f"{name}, {r['role']}" if long_title else f"{r['role']} {name}"
        said = list(r.get("said") or [])
        if r["type"] in ("country", "organization", "person"):
            said += [v for v in acts.get(r["name"], []) + acts.get(r.get("acronym") or "", []) if v not in said]
            said = said[:5]
        rows.append(
            {
                "name": name,
                "type": r["type"],
                "country": actor_name(r["country"]) if r.get("country") and r["type"] not in ("country", "place") else "",
                "first": section_name(r.get("section")),
                "mentions": int(r.get("mentions") or 0),
                "said": ", ".join(said) if isinstance(said, (list, tuple)) else str(said),
                "sentence": r.get("sentence"),
                "_order": order.get(r["type"], 9),
            }
        )
    df = pd.DataFrame(rows).sort_values(["_order", "sentence"], kind="stable")
    cols = {"name": "Name", "type": "Type", "country": "Whose", "first": "First mention", "mentions": "Mentions",
            "said": "What the statement says of it"}
    widths = {"name": "0.3", "type": "0.1", "country": "0.12", "first": "0.18", "said": "0.18"}
    if headless(a.statement):  # (every first mention is in the one section)
        del cols["first"], widths["first"]
        widths["name"], widths["said"] = "0.4", "0.26"
    return P.table(df, cols, links={"name": lambda r: link(r["sentence"])}, numeric=("mentions",), widths=widths)


# -- section digests --------------------------------------------------------------------------


def section_digests(a) -> P.Rich:
    """Per section: its lead sentence, its figures and its commitments."""
    st = a.statement
    parts = []
    anchors: set[str] = set()
    for sec in st.sections:
        if not sec.paragraphs:
            continue
        name = WHOLE_TEXT if headless(st) else section_name(sec.heading)
        anchor = P.slug(name, "digest-")
        anchor = next(f"{anchor}-{k}" for k in range(2, 10_000) if f"{anchor}-{k}" not in anchors) if anchor in anchors else anchor
        anchors.add(anchor)
        parts.append(P.heading(name, 3, anchor=anchor))
        # (the section's own sentences, not every section of its name: a title a text repeats)
        own = {i for pi in sec.paragraphs for i in st.paragraphs[pi].sentences}
        lead = st.sentences[st.paragraphs[sec.paragraphs[0]].sentences[0]]
        parts.append(P.markup(
            f'<p class="cq-lead"><a href="#{sentence_anchor(lead.index)}">{esc(lead.text)}</a></p>',
            f"\\hyperlink{{{sentence_anchor(lead.index)}}}{{{latex_escape(lead.text)}}}\n",
            lead.text,
        ))
        figs = a.counted[a.counted["sentence"].astype(int).isin(own)] if not a.counted.empty else a.counted
        if len(figs):
            items = [(figure_text(r) + (f" ({r['about']})" if r.get("about") else ""), int(r["sentence"])) for r in figs.to_dict("records")]
            parts.append(_linked_list("Figures", items))
        pledges = a.pledges
        pl = pledges[pledges["sentence"].astype(int).isin(own)] if len(pledges) else pledges
        if len(pl):
            items = [(f"{actor_label(r)} ({r['strength_label']}): {_with_condition(third_person(act_text(st, r, 22)), r)}",
                      int(r["sentence"])) for r in pl.to_dict("records")]
            parts.append(_linked_list("Commitments", items))
        if not len(figs) and not len(pl):
            parts.append(P.note("No figures and no commitments in this section."))
    return P.join(parts)


def _linked_list(label: str, items: list[tuple[str, int]]) -> P.Rich:
    html = f"<p><b>{esc(label)}:</b></p><ul>" + "".join(f'<li><a href="#{sentence_anchor(i)}">{esc(t)}</a></li>' for t, i in items) + "</ul>"
    latex = f"\\textbf{{{latex_escape(label)}:}}\n\\begin{{itemize}}\n" + "\n".join(f"\\item \\hyperlink{{{sentence_anchor(i)}}}{{{latex_escape(t)}}}" for t, i in items) + "\n\\end{itemize}\n"
    return P.Rich(html, latex, label + ": " + "; ".join(t for t, _ in items))


# -- appendix ---------------------------------------------------------------------------------


def appendix(a) -> P.Rich:
    legend = P.Rich(
        '<p class="cq-legend">Key: <mark class="fig">a figure</mark> · <span class="s commit">a commitment or statement of intent</span></p>',
        "\\emph{Key: figures in bold; commitments and statements of intent underlined.}\n",
        "Key: figures highlighted; commitments underlined.",
    )
    return P.join([legend, full_text(a.statement, a.figures, a.commitments), set_aside(a.statement)])


#: how many of the lines set aside under a text the appendix quotes
SET_ASIDE_SHOWN = 5


def set_aside(st) -> P.Rich | None:
    """What the reading left out under the text (a release's contacts, links and hashtags, a
    web page's footer), quoted, so that a reader knows nothing of the statement was dropped
    unseen; nothing when nothing was."""
    lines = st.back_matter
    if not lines:
        return None
    quoted = "; ".join(f"\u201c{t}\u201d" for t in lines[:SET_ASIDE_SHOWN])
    more = len(lines) - SET_ASIDE_SHOWN
    tail = f"; and {more} more line{'s' if more != 1 else ''}" if more > 0 else ""
    n = len(lines)
    end = "" if not tail and lines[min(n, SET_ASIDE_SHOWN) - 1].rstrip().endswith((".", "!", "?")) else "."  # (no stop after a stop)
    return P.note(f"Left out of the reading, as not of the statement: {'its last line' if n == 1 else f'the {n} lines under it'}, "
                  f"{quoted}{tail}{end}")


METHOD = [
    "Themes: each sentence is coded to one major topic of the Comparative Agendas Project (CAP) master codebook "
    "(21 major topics, with subtopics where the lexicon supports them) by weighted term matching; sentences with no signal stay "
    "unclassified. The lexicons are communique's own and can be replaced with the codebook parameter.",
    "Figures: amounts, shares, counts, measures, years, dates, ordinals, durations and fractions are read by rules of how "
    "English writes numbers, in words too; numbers that are part of a name are listed apart and never counted, and "
    "an amount restated in another unit or currency (\"EUR 200 million (about US$216 million)\") is counted once.",
    "Names: countries and regions come from communique's lists; organizations, initiatives, agreements (laws among them) and "
    "events are capitalized names typed by their head word (\"Ministry\", \"Initiative\", \"Agreement\", \"Act\", "
    "\"Summit\"); people are named after or before their titles, and given a country where the text says whose they are.",
    "Commitments: the G7/G20 Research Group (University of Toronto) defines a commitment as a discrete, specific, publicly expressed, "
    "collectively agreed statement of intent to take future action toward an identified target. Welcoming, noting or recognizing is "
    "not a commitment; \"will continue to\" is. Compliance catalysts (a numeric target, a timeline, a named institution) mark "
    "commitments more likely to be kept and raise a commitment to \"firm\"; a commitment that depends on a condition (\"if "
    "conditions allow\", \"subject to parliamentary approval\") is marked conditional and is never firm. A pledge the statement "
    "reports (\"President Ruto said that Kenya would host ...\") is the reported party's; what others merely undergo "
    "(\"businesses will benefit\") is no one's.",
    "Limits: the reading is rule-based and explainable, not exhaustive. A sentence gets one topic even when it touches several; "
    "actors are read from sentence subjects and may be wrong in long coordinated clauses; a day or month given without its "
    "year (\"on 3 February\") takes it from the statement's date, where the statement is dated; relative dates (\"next "
    "year\", \"next month\") are no figures, and a deadline so given is quoted as written. Every item links to its sentence, "
    "for a reader to check.",
]


def method_note() -> P.Rich:
    return P.join([P.paragraph(t) for t in METHOD])


# --------------------------------------------------------------------------------------------
# Comparison (notebooks/compare.ipynb)
# --------------------------------------------------------------------------------------------


def compare_setup(params: dict[str, Any]):
    """Check the comparison's parameters, load both statements and compare them."""
    from . import analysis
    from . import compare as K
    from . import params as params_mod
    from . import statement as S
    from .render import resolve_input

    checked = params_mod.check({k: v for k, v in params.items() if k in params_mod.COMPARE_PARAMS}, params_mod.COMPARE_PARAMS)
    setup({})
    codebook = resolve_input(checked["codebook"]) if checked["codebook"] else None
    a = analysis.analyze(S.load(resolve_input(checked["statement_a"])), codebook=codebook, top_n=checked["top_n"])
    b = analysis.analyze(S.load(resolve_input(checked["statement_b"])), codebook=codebook, top_n=checked["top_n"])
    return checked, K.compare(a, b, top_n=checked["top_n"])


def compare_cover(c, params: dict[str, Any]) -> P.Rich:
    from . import __version__

    sa, sb = c.a.statement, c.b.statement
    title = f"{sa.title} — {sb.title}" if sa.title != sb.title else sa.title
    rows = [("A (earlier)", f"{sa.title} ({format_date(sa.date)})"), ("B (later)", f"{sb.title} ({format_date(sb.date)})"),
            ("Parties", ", ".join(dict.fromkeys(sa.parties + sb.parties)) or "not identified")]
    stamp = f"Rendered {rendered_at()} by communique {__version__} from {params['statement_a']} and {params['statement_b']}."
    html = (
        f'<header class="cq-cover"><p class="kicker">Comparison</p><h1>{esc(title)}</h1><dl>'
        + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        + f'</dl><p class="rendered">{esc(stamp)}</p></header>'
    )
    latex = "\\begin{tabular}{@{}p{0.22\\linewidth}p{0.72\\linewidth}@{}}\n" + "\n".join(
        f"\\textbf{{{latex_escape(k)}}} & {latex_escape(v)} \\\\" for k, v in rows) + "\n\\end{tabular}\n\n" + f"{{\\footnotesize {latex_escape(stamp)}}}\n"
    return P.Rich(html, latex, title + "\n" + stamp, metadata={"title": f"Comparison: {title}", "heading": None, "kind": "Comparison"})


def compare_summary(c) -> P.Rich:
    return P.join([P.paragraph(s) for s in c.summary])


def compare_topics_table(c) -> P.Rich:
    return P.table(
        c.topics,
        {"topic_name": "Topic", "share_a": "A", "share_b": "B", "change": "Change (points)", "status": "Status"},
        numeric=("share_a", "share_b", "change"),
        formats={"share_a": lambda v: f"{v:.0f}%", "share_b": lambda v: f"{v:.0f}%", "change": lambda v: f"{v:+.0f}"},
        empty="Neither statement matched a topic of the codebook.",
    )


def compare_figures_table(c) -> P.Rich:
    return P.table(
        c.figures,
        {"measure": "Measure", "a": "In A", "b": "In B", "status": "Status"},
        widths={"measure": "0.45"},
        empty="Neither statement cites a measured figure.",
    )


def compare_commitments_table(c) -> P.Rich:
    df = c.commitments.copy()
    if len(df):
        df["actor"] = df["actor"].map(actor_name)
        df["target"] = df["target"].map(lambda t: shorten(t, 28))
    return P.table(
        df,
        {"side": "Only in", "actor": "Actor", "category": "Kind", "target": "What they will do"},
        widths={"target": "0.55"},
        empty="Every commitment of one statement has a counterpart in the other.",
    )


def compare_initiatives_table(c) -> P.Rich:
    return P.table(c.initiatives, {"name": "Initiative, agreement or event", "type": "Type", "status": "Status"}, widths={"name": "0.6"},
                   empty="Neither statement names an initiative.")


def compare_terms_table(c) -> P.Rich:
    import pandas as pd

    df = c.distinctive
    if df is None or df.empty:
        return P.note("No terms set either statement apart.")
    rows = [{"statement": k, "terms": ", ".join(f"{t} ({n})" for t, n in zip(g["term"], g["count"]))} for k, g in df.groupby("statement", sort=True)]
    return P.table(pd.DataFrame(rows), {"statement": "Statement", "terms": "Most distinctive terms (occurrences)"}, widths={"terms": "0.8"})


# --------------------------------------------------------------------------------------------
# Exploring (notebooks/explore.ipynb)
# --------------------------------------------------------------------------------------------


def kwic_table(st, term: str, window: int = 8) -> P.Rich:
    """Every occurrence of a term with the words around it, linked to nothing (exploration)."""
    from . import themes

    df = themes.kwic(st, term, window)
    if df.empty:
        return P.note(f"'{term}' does not occur in the statement.")
    df = df.assign(section=df["section"].map(section_name))
    return P.table(
        df,
        {"sentence": "Sentence", "section": "Section", "left": "Before", "match": "Term", "right": "After"},
        numeric=("sentence",),
        widths={"section": "0.2", "left": "0.3", "match": "0.12", "right": "0.3"},
        caption=f"{len(df)} occurrence{'s' if len(df) != 1 else ''} of '{term}'",
    )


def find_section(st, section: str | int):
    """A section by its number (0 is the preamble) or by words of its heading."""
    if isinstance(section, int) or str(section).isdigit():
        i = int(section)
        if 0 <= i < len(st.sections):
            return st.sections[i]
    needle = str(section).lower()
    for sec in st.sections:
        if sec.heading and needle in sec.heading.lower():
            return sec
    from .errors import ParameterError

    names = "; ".join(f"{s.index}: {section_name(s.heading)}" for s in st.sections)
    raise ParameterError(f"no section matches {section!r}; the sections are {names}")


def section_view(a, section: str | int) -> P.Rich:
    """One section: its text, its figures and its positions (commitments and the rest)."""
    import pandas as pd

    sec = find_section(a.statement, section)
    name = section_name(sec.heading)
    parts = [P.heading(name, 3)]
    for pi in sec.paragraphs:
        parts.append(P.paragraph(" ".join(a.statement.sentences[si].text for si in a.statement.paragraphs[pi].sentences)))
    figs = a.counted[a.counted["section"].map(section_name) == name] if not a.counted.empty else a.counted
    parts.append(P.table(
        pd.DataFrame([{"figure": figure_text(r), "about": r.get("about") or "", "kind": r["kind"]} for r in figs.to_dict("records")]),
        {"figure": "Figure", "about": "What it measures", "kind": "Kind"},
        empty="No figures in this section.",
    ))
    comms = a.commitments[a.commitments["section"].map(section_name) == name] if not a.commitments.empty else a.commitments
    parts.append(P.table(
        pd.DataFrame([{"actor": actor_label(r), "category": endorsement_kind(r), "verb": verb_text(r), "target": shorten(r["target"], 24)}
                      for r in comms.to_dict("records")]),
        {"actor": "Actor", "category": "Kind", "verb": "Verb", "target": "Target"},
        widths={"target": "0.55"},
        empty="No positions in this section.",
    ))
    return P.join(parts)
