"""Regular expressions compiled once per machine instead of once per process.

Every briefing runs in a new kernel, and the lexicons' patterns (tries of hundreds of
country names, verb forms and number words) take Python about 0.35 s to compile: ten times
what the analyses of a statement take. Python compiles a pattern in two steps. A parser and
a compiler written in Python turn it into a list of integers, then the C engine (``_sre``)
builds the pattern object from that list. The list depends only on the pattern, its flags
and the engine's version (``_sre.MAGIC``), so a :func:`book` keeps it in a file in the
user's cache folder and hands it straight to the engine the next time. The analysis modules'
own patterns (some nine hundred, written at module level) go through a book of their own
too: they took about 0.17 s of each kernel's imports.

Both steps are CPython internals. The cache is an optimisation only: with anything
unexpected (another interpreter, a changed internal signature, a damaged, foreign or
unreadable file, a read-only folder) the pattern comes from :func:`re.compile`, and the
patterns are the same either way. The engine checks the code it is given before using it.
``COMMUNIQUE_CACHE_DIR`` names another folder; set to an empty string it turns the cache off.
"""

from __future__ import annotations

import array
import base64
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser

    _ENGINE: str | None = f"{sys.implementation.cache_tag}.{sys.version_info.micro}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)
    if _CODE_TYPE is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        _ENGINE = None
except Exception:  # another interpreter: compile as usual
    _ENGINE = None
    _CODE_TYPE = None

__all__ = ["AMOUNT_NEXT", "CURRENCY_SIGNS", "LY_NOUNS", "NOUN_NEXT", "book", "cache_dir", "kept", "phrases", "trie"]

#: currency signs that start a figure, as digits do (each sign of the figures lexicon)
CURRENCY_SIGNS = "$€£¥₩₹₽₺฿₱₪₦₵₫₴₸₾₮₲₭₼₡"

# An amount right after a code makes the code a currency: "COP 29,000 million", "COP 5 billion",
# "COP 1.5 trillion" are Colombian pesos, where "COP 29" and "COP29" are the climate conference.
# (a look-ahead: after a code, a number with separators, decimals or a word of scale)
AMOUNT_NEXT = r"(?=\s?\d{1,3}(?:,\d{3})+|\s?\d+[.,]\d|\s?\d+\s*(?:million|billion|trillion|thousand|bn|mn|m|k|millones|mil)\b)"  # ("COP 4,2 billion")


# Nouns that end as adverbs do: no manner of acting before a verb ("the supply", not "duly"), and
# no adverb in a figure's phrase ("of family", not "initially") -- commitments and figures alike.
LY_NOUNS = frozenset("supply family assembly anomaly monopoly oligopoly duopoly rally ally reply butterfly italy july fly "
                     "belly jelly bully lily polity".split())


# A noun right after a number, no word that ends the number's phrase: what makes "two thousand
# twenty-two" a count in "two thousand twenty-two new rangers" and a year in "by two thousand
# twenty-two" (the figures ledger and the commitments' catalysts read it alike).
NOUN_NEXT = re.compile(r"\s+(?!(?:to|and|or|for|in|on|at|by|when|with|the|a|an|as|under|through|until|from|compared|against|versus"
                       r"|than|was|were|is|are|has|have|had|will|would|which|that|where|while|when)\b)[a-z]")


def kept(name: str, pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` for one pattern a lexicon builds when it is first needed, kept in a book of
    its own (a book holds what one build compiles; two builds sharing one would each drop the
    other's patterns when they save)."""
    b = book(name)
    compiled = b.compile(pattern, flags)
    b.save()
    return compiled


def trie(words, letter=None, classes: bool = False) -> str:
    """One regular expression for many words, shaped as a prefix tree: the regex engine then
    branches on one character instead of trying every word in turn. Longer words are preferred.

    ``letter`` writes one character of a word as a pattern (default: :func:`re.escape`);
    with ``classes`` the one-letter endings of a branch point other than a space are gathered
    into one ``[...]``. The tree is read from the sorted words rather than built as nested
    dictionaries, so that a run of letters the words share costs one step: the lexicons'
    tries (tens of thousands of letters) are built again in every new process.
    """
    ws = sorted(set(words))
    if letter is None:
        run, one = re.escape, re.escape
    else:
        one = letter

        def run(s: str) -> str:
            return "".join(map(letter, s))

    def build(lo: int, hi: int, i: int) -> str:  # ws[lo:hi] share ws[lo][:i]; one of length i sorts first
        end = len(ws[lo]) == i
        if end:
            lo += 1
            if lo == hi:
                return ""
        first, last = ws[lo], ws[hi - 1]
        if not end:
            j, n = i, min(len(first), len(last))
            while j < n and first[j] == last[j]:
                j += 1
            if j > i:  # (no word ends inside the run, or the run would be shorter)
                return run(first[i:j]) + build(lo, hi, j)
        alts, singles = [], []
        k = lo
        while k < hi:
            ch = ws[k][i]
            m = k + 1
            while m < hi and ws[m][i] == ch:
                m += 1
            sub = build(k, m, i + 1)
            if classes and not sub and ch != " ":
                singles.append(re.escape(ch))
            else:
                alts.append(one(ch) + sub)
            k = m
        if singles:
            alts.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(0, len(ws), 0) if ws else ""


def phrases(forms) -> str:
    """An alternation of phrases as written, longest first (so that "Action Plan" wins over
    "Plan"), whose words a line break or a run of spaces may part."""
    return "|".join(re.escape(f).replace("\\ ", r"\s+") for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def cache_dir() -> Path | None:
    """Where compiled patterns are kept: ``COMMUNIQUE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/communique``, else ``~/.cache/communique``; None when turned off."""
    env = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder known: no cache rather than a "~" folder here
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "communique"


class _Book:
    """The compiled patterns of one lexicon, read from and written back to one file."""

    def __init__(self, name: str):
        folder = cache_dir() if _ENGINE else None
        if not re.fullmatch(r"[a-z0-9-]{1,40}", name):  # (a codebook's name: any text)
            name = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"patterns-{name}-{_ENGINE}.json" if folder else None
        self.stored = self._read()
        self.used: dict[str, dict] = {}
        self.hits = 0

    def _read(self) -> dict[str, dict]:
        if self.path is None:
            return {}
        try:
            head, _, body = self.path.read_bytes().partition(b"\n")
            header = json.loads(head)
            if header.get("engine") != _ENGINE or header.get("sha256") != hashlib.sha256(body).hexdigest():
                return {}
            patterns = json.loads(body)
            return patterns if isinstance(patterns, dict) else {}
        except (OSError, ValueError, AttributeError):
            return {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        flags = int(flags)
        if self.path is None or not isinstance(pattern, str) or flags & re.DEBUG:
            return re.compile(pattern, flags)
        key = f"{flags}:{pattern}"
        entry = self.stored.get(key)
        if entry is not None:
            try:
                code = array.array(_CODE_TYPE)
                code.frombytes(base64.b64decode(entry["code"]))
                compiled = _sre.compile(
                    pattern, entry["flags"], code.tolist(), entry["groups"], dict(entry["groupindex"]), tuple(entry["indexgroup"])
                )
                self.used[key] = entry
                self.hits += 1
                return compiled
            except Exception:  # a damaged entry: compile it again
                pass
        try:
            parsed = _parser.parse(pattern, flags)
            code = [int(c) for c in _compiler._code(parsed, flags)]
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = {
                "flags": flags | parsed.state.flags,
                "code": base64.b64encode(array.array(_CODE_TYPE, code).tobytes()).decode("ascii"),
                "groups": parsed.state.groups - 1,
                "groupindex": groupindex,
                "indexgroup": indexgroup,
            }
            compiled = _sre.compile(pattern, entry["flags"], code, entry["groups"], groupindex, tuple(indexgroup))
        except re.error:
            raise
        except Exception:  # the internals are not what this module expects
            return re.compile(pattern, flags)
        self.used[key] = entry
        return compiled

    def save(self) -> None:
        """Write the patterns this lexicon used, if they differ from the file's: a lexicon
        that changed leaves no stale entries behind."""
        if self.path is None or not self.used or self.used.keys() == self.stored.keys():
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps(self.used).encode("utf-8")
            header = json.dumps({"engine": _ENGINE, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(header + b"\n" + body)
                os.replace(tmp, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def book(name: str) -> _Book:
    """The compiled patterns of the lexicon ``name``: ``book.compile`` is ``re.compile`` that
    reuses what an earlier process compiled for it; ``book.save()`` once the lexicon is built
    writes back what changed."""
    return _Book(name)
