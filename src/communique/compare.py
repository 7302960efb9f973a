"""Two statements side by side: what grew, what vanished, what changed its number.

Analysts compare this year's statement with the last one, so each difference is a table a
reader can check: topic shares before and after, the same measure cited with two values,
commitments present in one statement only, initiatives new, continued and dropped, and the
words that set each statement apart. Matching is by normalized wording, not by position.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .analysis import Analysis

_WORD = re.compile(r"[a-z0-9]+")
_DROP = frozenset("the a an of and in on for to with by at from its their our this that these those".split())


def norm_words(text: Any) -> frozenset[str]:
    """Content words of a phrase, lower case, crude plural folded, for matching across texts."""
    words = set()
    for w in _WORD.findall(str(text or "").lower()):
        if w in _DROP:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.add(w)
    return frozenset(words)


def similarity(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass
class Comparison:
    """The differences between statement A (earlier) and B (later).

    - ``topics``: topic, topic_name, share_a, share_b, change (points), status
      (``new``, ``vanished``, ``grew``, ``shrank``, ``steady``).
    - ``figures``: measure, kind, unit, a, b, status (``changed``, ``same``, ``only in A``,
      ``only in B``), sentence_a, sentence_b.
    - ``commitments``: actor, category, target ("not ..." for a pledge not to act), side
      (``A only``/``B only``), sentence.
    - ``initiatives``: name, type, status (``new``, ``continued``, ``dropped``).
    - ``distinctive``: statement (``A``/``B``), term, count, score.
    """

    a: Analysis
    b: Analysis
    topics: pd.DataFrame
    figures: pd.DataFrame
    commitments: pd.DataFrame
    initiatives: pd.DataFrame
    distinctive: pd.DataFrame
    summary: list[str] = field(default_factory=list)


def compare_topics(a: Analysis, b: Analysis, threshold: float = 2.0) -> pd.DataFrame:
    sa = {int(r["topic"]): r for r in a.topic_shares.to_dict("records")} if len(a.topic_shares) else {}
    sb = {int(r["topic"]): r for r in b.topic_shares.to_dict("records")} if len(b.topic_shares) else {}
    rows = []
    for code in sorted(set(sa) | set(sb)):
        name = (sa.get(code) or sb.get(code))["topic_name"]
        va = float(sa[code]["share_words"]) if code in sa else 0.0
        vb = float(sb[code]["share_words"]) if code in sb else 0.0
        if code not in sa:
            status = "new"
        elif code not in sb:
            status = "vanished"
        elif vb - va >= threshold:
            status = "grew"
        elif va - vb >= threshold:
            status = "shrank"
        else:
            status = "steady"
        rows.append({"topic": code, "topic_name": name, "share_a": va, "share_b": vb, "change": vb - va, "status": status})
    df = pd.DataFrame(rows, columns=["topic", "topic_name", "share_a", "share_b", "change", "status"])
    return df.sort_values(["change", "topic"], key=lambda c: c.abs() if c.name == "change" else c, ascending=[False, True], kind="stable").reset_index(drop=True)


def _fmt(row: dict) -> str:
    from . import figures as F

    return F.format_value(row, qualifier=True)


def compare_figures(a: Analysis, b: Analysis, min_similarity: float = 0.5) -> pd.DataFrame:
    """The same measure (same kind and unit, similar ``about`` phrase) cited in both."""
    def measured(an: Analysis) -> list[dict]:
        c = an.counted
        if c.empty:
            return []
        rows = c[c["about"].notna() & c["kind"].isin(["money", "percent", "count", "quantity", "fraction"])].to_dict("records")
        for r in rows:
            r["_words"] = norm_words(r["about"])
        return rows

    ra, rb = measured(a), measured(b)
    used_b: set[int] = set()
    rows = []
    for x in ra:
        best, best_sim = None, 0.0
        for j, y in enumerate(rb):
            if j in used_b or y["kind"] != x["kind"] or (y.get("unit") or "") != (x.get("unit") or ""):
                continue
            sim = similarity(x["_words"], y["_words"])
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None and best_sim >= min_similarity:
            y = rb[best]
            used_b.add(best)
            same = x["value"] == y["value"] and (x.get("qualifier") or "") == (y.get("qualifier") or "") and (x.get("per") or "") == (y.get("per") or "")
            rows.append({"measure": x["about"], "kind": x["kind"], "unit": x.get("unit"), "a": _fmt(x), "b": _fmt(y),
                         "status": "same" if same else "changed", "sentence_a": int(x["sentence"]), "sentence_b": int(y["sentence"])})
        else:
            rows.append({"measure": x["about"], "kind": x["kind"], "unit": x.get("unit"), "a": _fmt(x), "b": "",
                         "status": "only in A", "sentence_a": int(x["sentence"]), "sentence_b": None})
    for j, y in enumerate(rb):
        if j not in used_b:
            rows.append({"measure": y["about"], "kind": y["kind"], "unit": y.get("unit"), "a": "", "b": _fmt(y),
                         "status": "only in B", "sentence_a": None, "sentence_b": int(y["sentence"])})
    order = {"changed": 0, "only in B": 1, "only in A": 2, "same": 3}
    df = pd.DataFrame(rows, columns=["measure", "kind", "unit", "a", "b", "status", "sentence_a", "sentence_b"])
    return df.sort_values("status", key=lambda c: c.map(order), kind="stable").reset_index(drop=True)


def compare_commitments(a: Analysis, b: Analysis, min_similarity: float = 0.5) -> pd.DataFrame:
    """Commitments and intentions made in one statement and not the other."""
    pa = a.pledges.to_dict("records") if len(a.pledges) else []
    pb = b.pledges.to_dict("records") if len(b.pledges) else []
    # (a pledge not to act says "not" before what it is not to do: "not permit its territory to
    # be used ...", never the opposite of what the text says)
    said_a = [("not " if r.get("negated") else "") + str(r["target"]) for r in pa]
    said_b = [("not " if r.get("negated") else "") + str(r["target"]) for r in pb]
    wa = [norm_words(t) for t in said_a]
    wb = [norm_words(t) for t in said_b]
    rows = []
    for side, mine, said, words, other_words in (("A only", pa, said_a, wa, wb), ("B only", pb, said_b, wb, wa)):
        for r, t, w in zip(mine, said, words):
            if not any(similarity(w, ow) >= min_similarity for ow in other_words):
                rows.append({"side": side, "actor": r["actor"], "category": r["category"], "target": t, "sentence": int(r["sentence"])})
    return pd.DataFrame(rows, columns=["side", "actor", "category", "target", "sentence"])


def _initiative_key(name: str) -> frozenset[str]:
    return norm_words(re.sub(r"\b(ninth|tenth|\d+(st|nd|rd|th))\b", "", str(name), flags=re.I))


def compare_initiatives(a: Analysis, b: Analysis, min_similarity: float = 0.75) -> pd.DataFrame:
    ia = a.initiatives.to_dict("records") if len(a.initiatives) else []
    ib = b.initiatives.to_dict("records") if len(b.initiatives) else []
    kb = [_initiative_key(r["name"]) for r in ib]
    matched_b: set[int] = set()
    rows = []
    for r in ia:
        k = _initiative_key(r["name"])
        hit = next((j for j, other in enumerate(kb) if j not in matched_b and similarity(k, other) >= min_similarity), None)
        if hit is None:
            rows.append({"name": r["name"], "type": r["type"], "status": "dropped"})
        else:
            matched_b.add(hit)
            rows.append({"name": ib[hit]["name"], "type": r["type"], "status": "continued"})
    for j, r in enumerate(ib):
        if j not in matched_b:
            rows.append({"name": r["name"], "type": r["type"], "status": "new"})
    order = {"new": 0, "dropped": 1, "continued": 2}
    df = pd.DataFrame(rows, columns=["name", "type", "status"])
    return df.sort_values("status", key=lambda c: c.map(order), kind="stable").reset_index(drop=True)


def compare_terms(a: Analysis, b: Analysis, top_n: int = 10) -> pd.DataFrame:
    """Terms that set each statement apart from the other (weighted log-odds, as for sections)."""
    from . import themes as T

    counts = {"A": T.term_counts(a.statement), "B": T.term_counts(b.statement)}
    df = T.log_odds(counts, top_n=top_n)
    return df.rename(columns={"group": "statement"})


def compare(a: Analysis, b: Analysis, top_n: int = 10) -> Comparison:
    c = Comparison(
        a=a,
        b=b,
        topics=compare_topics(a, b),
        figures=compare_figures(a, b),
        commitments=compare_commitments(a, b),
        initiatives=compare_initiatives(a, b),
        distinctive=compare_terms(a, b, top_n),
    )
    c.summary = summarize(c)
    return c


def _list(items, n: int = 5) -> str:
    items = [str(i) for i in items]
    if not items:
        return "none"
    more = len(items) - n
    shown = items[:n]
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def summarize(c: Comparison) -> list[str]:
    """The differences in plain sentences, generated from the tables."""
    out = []
    t = c.topics
    grew = t[t["status"].isin(["grew", "new"])]
    fell = t[t["status"].isin(["shrank", "vanished"])]
    if len(grew):
        out.append("Themes that grew or appeared: " + _list(f"{r['topic_name']} ({r['share_a']:.0f}% → {r['share_b']:.0f}%)" for r in grew.to_dict("records")) + ".")
    if len(fell):
        out.append("Themes that shrank or vanished: " + _list(f"{r['topic_name']} ({r['share_a']:.0f}% → {r['share_b']:.0f}%)" for r in fell.to_dict("records")) + ".")
    f = c.figures
    changed = f[f["status"] == "changed"]
    if len(changed):
        out.append("Cited in both with different values: " + "; ".join(f"{r['measure']}: {r['a']} → {r['b']}" for r in changed.to_dict("records")) + ".")
    else:
        out.append("No measure is cited in both statements with different values.")
    i = c.initiatives
    for status, label in (("new", "New initiatives"), ("dropped", "Dropped initiatives")):
        names = i.loc[i["status"] == status, "name"].tolist()
        out.append(f"{label}: {_list(names, 8)}.")
    out.append(f"Continued initiatives: {int((i['status'] == 'continued').sum())}.")
    cm = c.commitments
    out.append(
        f"Commitments and intentions only in the earlier statement: {int((cm['side'] == 'A only').sum())}; "
        f"only in the later one: {int((cm['side'] == 'B only').sum())}."
    )
    return out
