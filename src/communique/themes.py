"""What a statement is about: each sentence coded to a policy topic, and the words that set sections apart.

Topics follow the Comparative Agendas Project (CAP) master codebook, so that shares can be
compared across statements, countries and years with other CAP-coded data. A sentence is
coded by its main substantive policy area, as a CAP coder would: a counternarcotics programme
is Law and Crime even when it is aid to a partner. The coding is a weighted lexicon rather
than a trained model because it has to explain itself in a briefing (every code lists the
words that produced it), run offline, and stay fast; the lexicon is data in
``codebooks/cap.yaml`` and a user may pass a codebook of the same shape.

Speed comes from compiling every surface form of every lexicon term into one character-trie
regular expression, matched once per sentence; a dictionary maps the matched phrase back to
its topics and weights.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import math
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable

from . import config
from . import patterns
from . import statement as S
from .errors import InputError

__all__ = [
    "Codebook",
    "Topic",
    "Subtopic",
    "load_codebook",
    "classify",
    "document_shares",
    "section_shares",
    "unclassified",
    "topic_by_section",
    "kwic",
    "distinctive_terms",
    "section_label",
    "PREAMBLE",
]

#: How the preamble (the text before the first heading) is labelled in tables and charts.
PREAMBLE = "(Preamble)"

#: A sentence needs at least this weighted score to be given a topic; weaker evidence
#: (one word of weight 0.5) leaves it unclassified rather than guessed.
MIN_SCORE = 1.0

_SEP = r"[\s\-]+"  # what a space or hyphen inside a term matches in the text
_SEP_RE = re.compile(_SEP)
_GROUP = re.compile(r"\(([^()]*)\)")


# --------------------------------------------------------------------------------------------
# Codebook
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """A major topic: CAP code, name and its own lexicon (``weights[term]`` for each of ``terms``)."""

    code: int
    name: str
    terms: tuple[str, ...]
    weights: dict[str, float] = field(hash=False, compare=False)


@dataclass(frozen=True)
class Subtopic:
    """A subtopic; its terms count for the subtopic and for its ``major`` topic."""

    code: int
    name: str
    major: int
    terms: tuple[str, ...]
    weights: dict[str, float] = field(hash=False, compare=False)


@dataclass(frozen=True)
class Codebook:
    """Topics and subtopics with their lexicons, in codebook order (the order breaks ties)."""

    name: str
    source: str | None
    topics: tuple[Topic, ...]
    subtopics: tuple[Subtopic, ...]
    path: str | None = None
    neutral: tuple[str, ...] = ()  # phrases that hold a topic's word and count for no topic
    # the topic of a sentence that lists four areas or more alike ("cooperation across economic
    # security, maritime security, clean energy and people-to-people ties"): the relationship's
    # agenda, not its first area
    agenda_topic: int | None = None
    # the words that show a sentence speaks of the relationship ("cooperation", "partnership"),
    # without which a list of areas is one project's sectors, not the agenda
    agenda_cues: tuple[str, ...] = ()

    def topic(self, code: int) -> Topic | None:
        return self._topics_by_code.get(code)

    def topic_name(self, code: int | None) -> str | None:
        t = self._topics_by_code.get(code) if code is not None else None
        return t.name if t else None

    def subtopic_name(self, code: int | None) -> str | None:
        t = self._subtopics_by_code.get(code) if code is not None else None
        return t.name if t else None

    @cached_property
    def _topics_by_code(self) -> dict[int, Topic]:
        return {t.code: t for t in self.topics}

    @cached_property
    def _subtopics_by_code(self) -> dict[int, Subtopic]:
        return {t.code: t for t in self.subtopics}

    @cached_property
    def _matcher(self) -> "_Matcher":
        return _Matcher(self)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and check a codebook (default: the packaged CAP codebook, ``codebooks/cap.yaml``).

    The YAML shape::

        name: <text>
        source: <text>                       # optional
        topics:
          - code: <int>
            name: <text>
            terms: {<term>: <weight>, ...}   # or a list of terms / {term: weight} items
        subtopics:                           # optional
          - code: <int>
            name: <text>
            major: <int, a topic code>
            terms: {...}
        neutral: [<term>, ...]               # optional: phrases that count for no topic
                                             # ("fiscal year": a date, not the budget)
        agenda_topic: <int, a topic code>    # optional: a sentence whose terms give four
                                             # topics a score of 1.5 or more each, none with
                                             # half again the next one's score, is a list of
                                             # areas: this topic (where it has one of ``agenda_cues``:
                                             # [<word>, ...], "cooperation", "partnership")

    Term syntax (see the header of ``cap.yaml``): case-insensitive, word boundaries, a space
    or hyphen matches any run of spaces and hyphens, the last word also matches its plural,
    ``(a|b)`` gives alternatives and ``(x)`` an optional part, and a term in capitals only
    ("WHO") matches those capitals only.

    Any problem raises :class:`~communique.errors.InputError` with one sentence: a missing
    file, invalid YAML, the wrong shape, a topic without terms, a duplicate code, a subtopic
    whose major topic is not in the codebook. Results are cached per file and modification time.
    """
    path = Path(path) if path is not None else config.DEFAULT_CODEBOOK
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(path, "codebook file not found") from None
    except OSError as exc:
        raise InputError(path, f"codebook cannot be read: {(exc.strerror or str(exc)).lower()}") from None
    if path.is_dir():
        raise InputError(path, "is a directory, not a codebook file")
    return _load_codebook_cached(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=1)
def single_word_terms() -> frozenset[str]:
    """The packaged codebook's terms of one word, lower case ("tourism", "education"): common
    nouns a text may capitalize that name no one."""
    cb = load_codebook()
    return frozenset(t.lower() for group in (cb.topics, cb.subtopics) for x in group for t in x.terms if " " not in t)


@lru_cache(maxsize=16)
def _load_codebook_cached(path_str: str, mtime_ns: int, size: int) -> Codebook:
    from .datafiles import read_user_yaml

    path = Path(path_str)
    data = read_user_yaml(path, "codebook")
    cb = codebook_from_dict(data, path)
    cb._matcher  # compile now so that a bad term fails here, with the file's name
    return cb


def codebook_from_dict(data: Any, path: str | Path | None = None) -> Codebook:
    """Build a :class:`Codebook` from already-parsed YAML data, checking its shape."""

    def fail(problem: str):
        raise InputError(path, problem)

    if not isinstance(data, dict):
        fail("codebook must be a YAML mapping with 'name' and 'topics'")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        fail("codebook needs a 'name' (text)")
    source = data.get("source")
    if source is not None and not isinstance(source, str):
        fail("codebook 'source' must be text")
    raw_topics = data.get("topics")
    if not isinstance(raw_topics, list) or not raw_topics:
        fail("codebook needs 'topics', a non-empty list")
    raw_subs = data.get("subtopics") or []
    if not isinstance(raw_subs, list):
        fail("codebook 'subtopics' must be a list")

    seen: dict[int, str] = {}

    def entry(item: Any, kind: str, i: int) -> tuple[int, str, dict[str, float]]:
        if not isinstance(item, dict):
            fail(f"{kind} number {i + 1} must be a mapping with 'code', 'name' and 'terms'")
        code = item.get("code")
        if isinstance(code, bool) or not isinstance(code, int):
            fail(f"{kind} number {i + 1} needs an integer 'code'")
        tname = item.get("name")
        if not isinstance(tname, str) or not tname.strip():
            fail(f"{kind} {code} needs a 'name' (text)")
        if code in seen:
            fail(f"code {code} is used twice ({seen[code]!r} and {tname!r})")
        seen[code] = tname
        weights = _read_terms(item.get("terms"), f"{kind} {code} ({tname})", fail)
        return code, tname.strip(), weights

    topics = []
    for i, item in enumerate(raw_topics):
        code, tname, weights = entry(item, "topic", i)
        topics.append(Topic(code, tname, tuple(weights), weights))
    majors = {t.code for t in topics}
    subs = []
    for i, item in enumerate(raw_subs):
        code, tname, weights = entry(item, "subtopic", i)
        major = item.get("major")
        if isinstance(major, bool) or not isinstance(major, int):
            fail(f"subtopic {code} ({tname}) needs an integer 'major' topic code")
        if major not in majors:
            fail(f"subtopic {code} ({tname}) names major topic {major}, which is not in the codebook")
        subs.append(Subtopic(code, tname, major, tuple(weights), weights))
    with_terms = {t.code for t in topics if t.terms} | {s.major for s in subs if s.terms}
    for t in topics:
        if t.code not in with_terms:
            fail(f"topic {t.code} ({t.name}) has no terms")
    raw_neutral = data.get("neutral") or []
    if not isinstance(raw_neutral, list) or not all(isinstance(t, str) and t.strip() for t in raw_neutral):
        fail("codebook 'neutral' must be a list of terms (text)")
    for t in raw_neutral:
        _expand(t, "neutral", fail)  # (a bad term fails here)
    agenda = data.get("agenda_topic")
    if agenda is not None and (isinstance(agenda, bool) or not isinstance(agenda, int) or agenda not in majors):
        fail(f"codebook 'agenda_topic' must be the code of one of its topics, not {agenda!r}")
    cues = data.get("agenda_cues") or []
    if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
        fail("codebook 'agenda_cues' must be a list of words (text)")
    return Codebook(name.strip(), source, tuple(topics), tuple(subs), str(path) if path else None,
                    tuple(t.strip() for t in raw_neutral), agenda, tuple(c.strip().lower() for c in cues))


def _read_terms(raw: Any, where: str, fail) -> dict[str, float]:
    if raw is None:
        return {}
    pairs: list[tuple[Any, Any]] = []
    if isinstance(raw, dict):
        pairs = list(raw.items())
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and len(item) == 1:
                pairs.append(next(iter(item.items())))
            else:
                pairs.append((item, None))
    else:
        fail(f"{where}: 'terms' must be a mapping of term to weight or a list of terms")
    out: dict[str, float] = {}
    for term, weight in pairs:
        if isinstance(term, (int, float)) and not isinstance(term, bool):
            term = str(term)
        if not isinstance(term, str) or not term.strip():
            fail(f"{where}: every term must be non-empty text, not {term!r}")
        if weight is None:
            weight = 1.0
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight <= 0:
            fail(f"{where}: the weight of {term!r} must be a positive number, not {weight!r}")
        term = " ".join(term.split())
        _expand(term, where, fail)  # syntax check
        out[term] = float(weight)
    return out


def _expand(term: str, where: str = "", fail=None) -> list[str]:
    """Spell out ``(a|b)`` alternatives and ``(x)`` optional parts of a lexicon term."""
    parts = _GROUP.split(term)
    options: list[list[str]] = []
    for k, part in enumerate(parts):
        if k % 2 == 0:
            if "(" in part or ")" in part:
                if fail:
                    fail(f"{where}: term {term!r} has unbalanced parentheses")
                raise ValueError(term)
            options.append([part])
        else:
            alts = part.split("|")
            options.append(["", alts[0]] if len(alts) == 1 else alts)
    out = []
    for combo in itertools.product(*options):
        s = " ".join("".join(combo).split())
        if s and re.search(r"\w", s):
            out.append(s)
    if not out and fail:
        fail(f"{where}: term {term!r} has no letters or digits")
    return out


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def _case_sensitive(form: str) -> bool:
    """A term in capitals only ("WHO", "UN") is an acronym and must match as written."""
    return not any(c.islower() for c in form) and sum(c.isupper() for c in form) >= 2


def _variants(word: str, acronym: bool) -> set[str]:
    out = {word, word + "s", word + "'s"}
    if not acronym:
        out |= {word + "es", word + "s'"}
        if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
            out.add(word[:-1] + "ies")
    return out


def _trie_regex(forms: Iterable[str]) -> str:
    """One regular expression for many phrases, factored by common prefixes so that
    matching costs about one character comparison per character, whatever the lexicon size.
    A space in a form stands for any run of spaces and hyphens; longer forms are tried first."""
    return patterns.trie(forms, lambda ch: _SEP if ch == " " else re.escape(ch), classes=True)


class _Matcher:
    """Every surface form of every term, compiled into two patterns (lower-case terms and
    acronyms); :meth:`scan` returns non-overlapping matches with what each one counts for."""

    def __init__(self, cb: Codebook):
        # entries: (major, subtopic or None, weight, term as reported)
        self.entries: list[tuple[int, int | None, float, str]] = []
        raw: dict[tuple[bool, str], list[tuple[int, bool]]] = defaultdict(list)
        sources = [(t.code, None, t.weights) for t in cb.topics] + [(s.major, s.code, s.weights) for s in cb.subtopics]
        # (a neutral phrase is matched like a term, so that it wins over the topic words inside
        # it, and then counts for nothing)
        sources.append((None, None, {t: 1.0 for t in cb.neutral}))
        for major, sub, weights in sources:
            for term, weight in weights.items():
                for form in _expand(term):
                    acronym = _case_sensitive(form)
                    base = form if acronym else form.lower()
                    words = _SEP_RE.split(base)
                    words = [w for w in words if w]
                    if not words:
                        continue
                    idx = len(self.entries)
                    self.entries.append((major, sub, weight, base))
                    head = " ".join(words[:-1])
                    for v in _variants(words[-1], acronym):
                        surface = (head + " " + v) if head else v
                        raw[(acronym, surface)].append((idx, surface == " ".join(words)))
        # One entry per surface and major topic: an exact lexicon form beats a derived plural
        # (globally), then a subtopic entry beats a bare topic entry, then the larger weight.
        # surface form -> (term as reported, ((major, subtopic, weight), ...))
        self.lookup: dict[str, tuple[str, tuple]] = {}
        self.lookup_cs: dict[str, tuple[str, tuple]] = {}
        for (acronym, surface), cands in raw.items():
            if any(exact for _, exact in cands):
                cands = [c for c in cands if c[1]]
            best: dict[int, int] = {}
            for idx, _ in cands:
                major, sub, weight, _t = self.entries[idx]
                cur = best.get(major)
                if cur is None:
                    best[major] = idx
                    continue
                c_sub, c_w = self.entries[cur][1], self.entries[cur][2]
                if (sub is not None, weight) > (c_sub is not None, c_w):
                    best[major] = idx
            if None in best:  # a neutral phrase: no topic at all
                best = {None: best[None]}
            ids = sorted(best.values())
            target = self.lookup_cs if acronym else self.lookup
            target[surface] = (self.entries[ids[0]][3], tuple(self.entries[i][:3] for i in ids if self.entries[i][0] is not None))
        # The left word boundary is checked in the pattern for lower-case terms (most text
        # positions start no term), but in Python for acronyms: without a leading look-behind
        # the engine can skip straight to capital letters, which is several times faster.
        book = patterns.book(f"themes-{cb.name}")
        # ("non-oil trade" is no oil, "non-military" no military)
        self.pattern = book.compile(r"(?<!\w)(?<!non-)" + _trie_regex(self.lookup) + r"(?!\w)") if self.lookup else None
        # (nor a code before an amount: "COP 5 billion" is money, not the climate conference)
        self.pattern_cs = book.compile(_trie_regex(self.lookup_cs) + r"(?!\w)(?!" + patterns.AMOUNT_NEXT + ")") if self.lookup_cs else None
        book.save()

    def scan(self, lower: str, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, tuple]]:
        """Matches in ``text[start:end]``: ``(start, end, (term, contributions))`` where each
        contribution is ``(major, subtopic or None, weight)``; leftmost-longest, not
        overlapping. ``lower`` is ``text`` lowercased with the same length."""
        if end is None:
            end = len(text)
        out = []
        if self.pattern is not None:
            lookup = self.lookup
            sep_sub = _SEP_RE.sub
            append = out.append
            for m in self.pattern.finditer(lower, start, end):
                s = m.group()
                hit = lookup.get(s)
                if hit is None:
                    hit = lookup.get(sep_sub(" ", s))
                    if hit is None:
                        continue
                if not hit[1]:
                    continue  # a neutral phrase: its words count for no topic
                a, b = m.span()
                append((a, b, hit))
        if self.pattern_cs is not None:
            cs = []
            for m in self.pattern_cs.finditer(text, start, end):
                a = m.start()
                if a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
                    continue  # inside a longer word
                hit = self.lookup_cs.get(_SEP_RE.sub(" ", m.group()))
                if hit is not None and hit[1]:
                    cs.append((a, m.end(), hit))
            if cs:
                out = _merge(out, cs)
        return out


def _merge(a: list, b: list) -> list:
    """Merge acronym matches ``b`` into the lower-case matches ``a`` (both sorted, neither
    overlapping itself). Where they overlap the longer match stays; the acronym on a tie."""
    a_starts = [x[0] for x in a]
    out: list = []
    pos = 0
    for m in b:
        i = bisect.bisect_left(a_starts, m[0], pos)
        out.extend(a[pos:i])
        k = i
        while k < len(a) and a[k][0] < m[1]:
            k += 1
        prev = [out[-1]] if out and out[-1][1] > m[0] else []
        conflicts = prev + a[i:k]
        if all(m[1] - m[0] >= x[1] - x[0] for x in conflicts):
            if prev:
                out.pop()
            out.append(m)
        else:
            out.extend(a[i:k])
        pos = k
    out.extend(a[pos:])
    return out


# --------------------------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------------------------

_COLUMNS = [
    "sentence", "text", "section", "section_index", "topic", "topic_name", "subtopic",
    "subtopic_name", "score", "terms", "start", "end", "words",
]


def _as_statement(statement) -> S.Statement:
    if isinstance(statement, S.Statement):
        return statement
    if isinstance(statement, str):
        return S.from_text(statement)
    raise TypeError(f"expected a Statement or text, not {type(statement).__name__}")


def _as_codebook(codebook) -> Codebook:
    if codebook is None:
        return load_codebook()
    if isinstance(codebook, Codebook):
        return codebook
    return load_codebook(codebook)


class _Decider:
    """Turns a sentence's matches into a topic, a subtopic and a score.

    Highest weighted score wins. On a tie: the topic with subtopic evidence (a more specific
    phrase), then the topic of the section's heading, then the earlier topic in the codebook.
    The subtopic is the best-scoring subtopic of the winning topic (earlier one on a tie).
    """

    def __init__(self, cb: Codebook):
        self.order = {t.code: i for i, t in enumerate(cb.topics)}
        self.sub_order = {s.code: i for i, s in enumerate(cb.subtopics)}
        self.sub_major = {s.code: s.major for s in cb.subtopics}
        self.agenda = cb.agenda_topic
        # (no cues listed: any sentence may list the agenda)
        self.agenda_cue = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cb.agenda_cues) + r")") if cb.agenda_cues else None

    def __call__(self, matches, heading_topic=None, lowered: str = "", span: tuple[int, int] = (0, 0)):
        if not matches:
            return None, None, 0.0, []
        if len(matches) == 1 and len(matches[0][2][1]) == 1:  # the common case: one term
            term, ((major, sub, weight),) = matches[0][2]
            return major, sub, weight, [term]
        scores: dict[int, float] = {}
        subs: dict[int, float] = {}
        terms = []
        for _s, _e, (term, contribs) in matches:
            terms.append(term)
            for major, sub, weight in contribs:
                scores[major] = scores.get(major, 0.0) + weight
                if sub is not None:
                    subs[sub] = subs.get(sub, 0.0) + weight
        if len(scores) == 1:
            best = next(iter(scores))
        elif self.agenda is not None and sum(v >= 1.5 for v in scores.values()) >= 4 and _alike(scores) and (
                self.agenda_cue is None or self.agenda_cue.search(lowered, *span)):
            return self.agenda, None, round(max(scores.values()), 9), terms  # a list of areas: the agenda
        else:
            top = max(scores.values())
            tied = [t for t, v in scores.items() if v >= top - 1e-9]
            if len(tied) == 1:
                best = tied[0]
            else:
                with_sub = {self.sub_major[s] for s in subs}
                order = self.order
                best = max(tied, key=lambda t: (t in with_sub, t == heading_topic, -order.get(t, 0)))
        sub = None
        if subs:
            cands = [s for s in subs if self.sub_major[s] == best]
            if len(cands) == 1:
                sub = cands[0]
            elif cands:
                sub = max(cands, key=lambda s: (round(subs[s], 9), -self.sub_order.get(s, 0)))
        return best, sub, round(scores[best], 9), terms


def _alike(scores: dict[int, float]) -> bool:
    """Whether no topic has half again the score of the next best (the areas of a list; each
    named by a phrase of its own, 1.5 or more, as the caller checks: not "investment in roads")."""
    top, second = sorted(scores.values(), reverse=True)[:2]
    return top < 1.5 * second


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector: classifying allocates many small tuples, none of
    them cyclic, and each collection would walk the whole parsed statement (a third of the
    run time on a 10 MB text)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# The statement module's definition of a word; when it is unchanged, word counts for all
# sentences are computed at once with numpy (same result, several times faster).
_WORD_PATTERN = r"[^\W_](?:[\w'\u2019.,-]*[^\W_])?"
_JOINERS = "_'\u2019.,-"


def _char_class(ch: str) -> int:
    """1 for a letter or digit, 2 for a character that may join a word ("U.S.-Peru"), else 0."""
    return 1 if ch.isalnum() else (2 if ch in _JOINERS else 0)


@lru_cache(maxsize=1)
def _ascii_classes():
    import numpy as np

    return np.array([_char_class(chr(i)) for i in range(128)], dtype=np.uint8)


def sentence_words(st: S.Statement) -> list[int]:
    """Words in each sentence, exactly as :func:`communique.statement.count_words` counts them.

    A word there is a maximal run of letters, digits and joiners (``_ ' ’ . , -``) that holds
    at least one letter or digit; runs never cross a sentence boundary (sentences end at
    whitespace), so counting runs once over the whole text and bisecting by sentence gives
    the same numbers as counting sentence by sentence."""
    import numpy as np

    sents = st.sentences
    if not sents:
        return []
    if getattr(getattr(S, "_WORD", None), "pattern", None) != _WORD_PATTERN:
        return [S.count_words(s.text) for s in sents]
    counted = np.zeros(0, dtype=np.int64)
    text = st.text
    chunk = 1 << 20  # a million characters at a time keeps the arrays small
    pieces = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + chunk)
        while end < len(text) and not text[end - 1].isspace():
            end += 1  # cut only after whitespace, never inside a run
        pieces.append(pos + _word_starts(text[pos:end], np))
        pos = end
    counted = np.concatenate(pieces) if pieces else counted
    a = np.fromiter((s.start for s in sents), dtype=np.int64, count=len(sents))
    b = np.fromiter((s.end for s in sents), dtype=np.int64, count=len(sents))
    return (np.searchsorted(counted, b) - np.searchsorted(counted, a)).tolist()


def _word_starts(text: str, np):
    """Offsets where words (runs holding a letter or digit) start in ``text``."""
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cls = np.zeros(len(cp), dtype=np.uint8)
    is_ascii = cp < 128
    cls[is_ascii] = _ascii_classes()[cp[is_ascii]]
    if not is_ascii.all():
        uniq, inverse = np.unique(cp[~is_ascii], return_inverse=True)
        cls[~is_ascii] = np.array([_char_class(chr(c)) for c in uniq], dtype=np.uint8)[inverse]
    inrun = cls > 0
    starts = inrun.copy()
    starts[1:] &= ~inrun[:-1]
    start_pos = np.flatnonzero(starts)
    if not len(start_pos):
        return start_pos
    # Between one run's start and the next there are only that run and non-word characters.
    has_alnum = np.logical_or.reduceat(cls == 1, start_pos)
    return start_pos[has_alnum]


def classify(statement, codebook=None, *, min_score: float = MIN_SCORE):
    """Code every sentence of a statement to a major topic (and subtopic where the lexicon says).

    ``statement`` is a :class:`~communique.statement.Statement` (or raw text, parsed as a
    ``.txt`` statement); ``codebook`` a :class:`Codebook`, a path, or None for CAP.

    Returns one row per sentence, in order, with columns:

    - ``sentence`` (index), ``text``, ``section`` (heading, None for the preamble),
      ``section_index``, ``start``, ``end`` (offsets into ``statement.text``), ``words``;
    - ``topic`` (int code, or None when no topic reached ``min_score``), ``topic_name``,
      ``subtopic`` (int or None), ``subtopic_name``;
    - ``score`` (the winning topic's weighted score; the best score found even when it was
      too weak to code the sentence), ``terms`` (list of lexicon terms matched, in order,
      whatever topic they point to).

    Matching is leftmost-longest on the lowercased text at word boundaries, so "free trade
    agreement" counts once, as a trade agreement, not also as "trade". A sentence with no
    term, or too weak a score, gets None rather than a guess.
    """
    st = _as_statement(statement)
    cb = _as_codebook(codebook)
    with _gc_paused():
        return _classify(st, cb, min_score)


def _person_spans(st: S.Statement) -> list[tuple[int, int]]:
    """Where the statement names people, titles and all (the entity analysis, cached on the
    statement), in text order."""
    from . import entities as E

    return sorted((f["start"], f["end"]) for f in E.analyse(st).found if f["type"] == "person")


def _outside_titles(st: S.Statement, found: list) -> list:
    """The codebook's matches less those inside a person's title ("Minister of Defence Khawaja
    Asif", "Olivia Grange, Minister of Culture, Gender, Entertainment and Sport"): a list of
    who came says nothing of what the statement is about; nor does a state's or a place's name
    ("democratic" of the Democratic People's Republic of Korea, "port" of Port Moresby). Nor does a word that only says
    what kind of thing a name is ("Alliance" of the "Green Alliance"): a name's other words
    still count ("Green")."""
    from . import entities as E

    an = E.analyse(st)
    found_names = an.found
    # (nor a state's or a place's name: "democratic" of the Democratic People's Republic of Korea,
    # "port" of Port Moresby)
    text = st.text
    spans = sorted((f["start"], f["end"]) for f in found_names if f["type"] in ("person", "country", "place"))
    kinds = sorted((f["start"], f["end"]) for f in found_names if f["type"] in E.INSTITUTION_TYPES)
    cues = _cue_words()
    # (nor a name's kind word standing for the name, capitalized: "the Alliance's fund" of a text
    # that named the "Critical Minerals Alliance"; "the Alliance" of a text that names none is NATO's)
    short = {text[f["start"]:f["end"]].split()[-1].lower() for f in found_names if f["type"] in E.INSTITUTION_TYPES}
    short = {w for w in short if w in cues}
    # (nor a party's own name, wherever it stands: the EU of an EU-Egypt statement is who speaks,
    # not what it speaks of, in "the EU will allocate ..." as in "the EU-Egypt Association Council")
    parties = {p.lower() for p in st.parties}
    parties |= {str(e["acronym"]).lower() for e in an.entities.values() if e.get("acronym") and e["name"] in st.parties}
    # (and the groups a title names, whose members are the parties: the "ASEAN" and "GCC" of an
    # ASEAN-GCC summit's communiqué speak, whatever the sentence is about)
    if st.title and not (st.sentences and st.sentences[0].text.startswith(st.title.rstrip("…").strip())):  # (a title, not the first sentence)
        forms = S._group_pattern()[1]
        named = {name for _, name in S._groups_at(st.title)}
        parties |= {form.lower() for form, name in forms.items() if name in named}
    if not spans and not kinds and not parties:
        return found
    starts = [a for a, _ in spans]
    name_starts = [a for a, _ in kinds]
    out = []
    # (a place the codebook names as a term of its own counts: "the South China Sea")
    places = {(f["start"], f["end"]) for f in found_names if f["type"] == "place"}
    for f in found:
        if parties and text[f[0]:f[1]].lower() in parties:
            continue
        i = bisect.bisect_right(starts, f[0]) - 1
        if i >= 0 and f[1] <= spans[i][1] and (f[0], f[1]) not in places:
            continue
        j = bisect.bisect_right(name_starts, f[0]) - 1
        if j >= 0 and f[1] <= kinds[j][1] and text[f[0]:f[1]].lower() in cues:
            continue
        if short and text[f[0]:f[0] + 1].isupper() and _POSSESSIVE_END.sub("", text[f[0]:f[1]].lower()) in short and f[0] > 0 \
                and text[f[0] - 1] not in "\n" and not _SENTENCE_OPENS.search(text, max(0, f[0] - 3), f[0]):
            continue
        out.append(f)
    return out


def _in_portfolios(st: S.Statement, found: list) -> set[int]:
    """The starts of the matches inside a government body's name ("economy" and "trade" of the
    "Ministry of Economy, Trade and Industry"): they say who acts, and what about only where the
    sentence says nothing else ("Kenya's Ministry of Health is facilitating access" is Health;
    "an MoU between the Ministry of Mines and METI on mineral resources" is not Foreign Trade)."""
    from . import entities as E

    text = st.text
    bodies = sorted((f["start"], f["end"]) for f in E.analyse(st).found
                    if f["type"] == "organization" and _PORTFOLIO_BODY.match(text, f["start"], f["end"]))
    return _starts_inside(found, bodies)


def _starts_inside(found: list, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the matches that lie inside one of ``spans`` (in text order)."""
    if not spans:
        return set()
    starts = [a for a, _ in spans]
    out = set()
    for f in found:
        i = bisect.bisect_right(starts, f[0]) - 1
        if i >= 0 and f[1] <= spans[i][1]:
            out.add(f[0])
    return out


def _in_conditions(text: str, found: list) -> set[int]:
    """The starts of the matches inside a condition set off after the act ("..., subject to the
    approval of its budget", "..., unless weather conditions make it unsafe", "..., if financing
    from the Inter-American Development Bank is secured"): what the act waits on, not what it is
    about, so they count only where the sentence says nothing else."""
    return _starts_inside(found, [m.span() for m in _condition_after().finditer(text)])


@lru_cache(maxsize=1)
def _condition_after() -> re.Pattern:
    """A condition set off by a comma after the act, to the end of its clause; not what goods
    are liable to ("goods, subject to tariffs, ...": the commitment lexicon's ``not_subject_to``)."""
    from . import commitments

    liable = "|".join(re.escape(w) for w in commitments.codebook()["conditions"].get("not_subject_to") or ())
    return re.compile(rf",\s*(?:subject\s+to(?!\s+(?:the\s+)?(?:{liable})\b)|unless|if|provided\s+that|pending"
                      r"|in\s+the\s+event\s+(?:of|that)|should\s+(?:the|a|an|its|their|any)\b|depending\s+on"
                      r"|contingent\s+(?:on|upon))\b[^.;:,]*", re.I)


# a government body named by its portfolios: "Ministry of Economy, Trade and Industry", "the
# Department of Energy", "Secretariat of Economy", "Ministerio de Relaciones Exteriores"
_PORTFOLIO_BODY = re.compile(r"(?:[Tt]he\s+)?(?:Federal\s+|State\s+|National\s+)?(?:Ministry|Ministries|Department|Secretariat"
                             r"|Ministerio|Ministère|Secretaría|Secretaria|Ministério)\s+(?:of|for|de|do|da|des|du)\b")
_SENTENCE_OPENS = re.compile(r"[.!?:]\s*$")
_POSSESSIVE_END = re.compile(r"['’]s?$")

@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The entity lexicon's cue words that say only what kind of thing a name is, lower case
    (``generic_cues``: "Alliance", not "Bank" nor "Corridor", which say its field too)."""
    from . import entities as E

    return frozenset(w.lower() for w in E.codebook().get("generic_cues") or ())


def _classify(st: S.Statement, cb: Codebook, min_score: float):
    import pandas as pd

    m = cb._matcher
    decide = _Decider(cb)
    text = st.text
    lower = S.lower_keeping_offsets(text)
    found = _outside_titles(st, m.scan(lower, text))
    weak = _in_portfolios(st, found) | _in_conditions(text, found)
    starts = [f[0] for f in found]

    def within(a: int, b: int):
        return S.spans_inside(found, starts, a, b)

    heading_topics: dict[int, int | None] = {}
    for sec in st.sections:
        if sec.heading_start is not None:
            heading_topics[sec.index] = decide(within(sec.heading_start, sec.heading_end))[0]

    topic_names = {t.code: t.name for t in cb.topics}
    sub_names = {s.code: s.name for s in cb.subtopics}
    headings = [sec.heading for sec in st.sections]
    sents = st.sentences
    c_words = sentence_words(st)
    n = len(found)
    j = 0
    c_topic, c_tname, c_sub, c_sname, c_score, c_terms = [], [], [], [], [], []
    for sent in sents:
        a, b = sent.start, sent.end
        while j < n and found[j][0] < a:
            j += 1
        k = j
        mine = []
        while k < n and found[k][0] < b:
            if found[k][1] <= b:
                mine.append(found[k])
            k += 1
        j = k
        if weak and any(f[0] in weak for f in mine) and not all(f[0] in weak for f in mine):
            mine = [f for f in mine if f[0] not in weak]  # (the body's portfolio yields to what the sentence says)
        if not mine:
            c_topic.append(None)
            c_tname.append(None)
            c_sub.append(None)
            c_sname.append(None)
            c_score.append(0.0)
            c_terms.append([])
            continue
        topic, sub, score, terms = decide(mine, heading_topics.get(sent.section), lower, (a, b))
        if topic is not None and score < min_score:
            topic, sub = None, None
        c_topic.append(topic)
        c_tname.append(topic_names.get(topic) if topic is not None else None)
        c_sub.append(sub)
        c_sname.append(sub_names.get(sub) if sub is not None else None)
        c_score.append(float(score))
        c_terms.append(terms)
    obj = lambda v: pd.Series(v, dtype=object)  # noqa: E731 - ints and None, not floats and NaN
    df = pd.DataFrame(
        {
            "sentence": [s.index for s in sents],
            "text": obj([s.text for s in sents]),
            "section": obj([headings[s.section] for s in sents]),
            "section_index": [s.section for s in sents],
            "topic": obj(c_topic),
            "topic_name": obj(c_tname),
            "subtopic": obj(c_sub),
            "subtopic_name": obj(c_sname),
            "score": pd.Series(c_score, dtype=float),
            "terms": obj(c_terms),
            "start": [s.start for s in sents],
            "end": [s.end for s in sents],
            "words": pd.Series(c_words, dtype="int64"),
        },
        columns=_COLUMNS,
    )
    df.attrs["codebook"] = cb.name
    return df


# --------------------------------------------------------------------------------------------
# Shares
# --------------------------------------------------------------------------------------------

_SHARE_COLUMNS = ["topic", "topic_name", "sentences", "words", "share_sentences", "share_words"]


def section_label(heading: str | None) -> str:
    """The display label of a section: its heading, or "(Preamble)"."""
    return heading if heading else PREAMBLE


def _shares(rows) -> list[dict]:
    counts: dict[int, list] = {}
    for topic, name, words in rows:
        c = counts.setdefault(topic, [name, 0, 0])
        c[1] += 1
        c[2] += words
    tot_s = sum(c[1] for c in counts.values())
    tot_w = sum(c[2] for c in counts.values())
    out = []
    for topic, (name, n, w) in counts.items():
        out.append(
            {
                "topic": topic,
                "topic_name": name,
                "sentences": n,
                "words": w,
                "share_sentences": 100.0 * n / tot_s if tot_s else 0.0,
                "share_words": 100.0 * w / tot_w if tot_w else 0.0,
            }
        )
    out.sort(key=lambda r: (-r["words"], -r["sentences"], r["topic"]))
    return out


def document_shares(df):
    """Each topic's share of the statement's *classified* sentences and words, in percent.

    Shares sum to 100 over classified sentences; sentences without a topic are left out here
    and accounted for by :func:`unclassified` (also stored in ``result.attrs["unclassified"]``).
    Columns: ``topic``, ``topic_name``, ``sentences``, ``words``, ``share_sentences``,
    ``share_words``; largest share of words first.
    """
    import pandas as pd

    rows = _shares((t, n, w) for t, n, w in zip(df["topic"], df["topic_name"], df["words"]) if t is not None and not _isna(t))
    out = pd.DataFrame(rows, columns=_SHARE_COLUMNS)
    out.attrs["unclassified"] = unclassified(df)
    return out


def unclassified(df) -> dict[str, float]:
    """Sentences and words with no topic, as counts and as percentages of the whole statement."""
    n_all = len(df)
    w_all = int(sum(df["words"])) if n_all else 0
    mask = [t is None or _isna(t) for t in df["topic"]]
    n = sum(mask)
    w = int(sum(w for w, m in zip(df["words"], mask) if m))
    return {
        "sentences": int(n),
        "words": w,
        "share_sentences": 100.0 * n / n_all if n_all else 0.0,
        "share_words": 100.0 * w / w_all if w_all else 0.0,
    }


def section_shares(df):
    """Topic shares within each section, over that section's classified sentences (percent).

    Columns: ``section`` (heading or None), ``section_index``, then as :func:`document_shares`.
    Sections with no classified sentence have no rows.
    """
    import pandas as pd

    by_sec: dict[int, list] = {}
    heads: dict[int, Any] = {}
    sec_idx = _section_index(df)
    for si, head, t, n, w in zip(sec_idx, df["section"], df["topic"], df["topic_name"], df["words"]):
        heads.setdefault(si, head)
        if t is None or _isna(t):
            continue
        by_sec.setdefault(si, []).append((t, n, w))
    rows = []
    for si in sorted(by_sec):
        for r in _shares(by_sec[si]):
            rows.append({"section": heads[si], "section_index": si, **r})
    return pd.DataFrame(rows, columns=["section", "section_index", *_SHARE_COLUMNS])


def topic_by_section(df):
    """Sections (rows, in statement order) by topics (columns, in codebook order): the share
    of each section's classified words given to each topic, in percent (rows sum to 100, or
    0 for a section with nothing classified). The preamble is labelled "(Preamble)"; the
    topic codes of the columns are in ``result.attrs["topics"]``.
    """
    import pandas as pd

    sec_idx = _section_index(df)
    labels: dict[int, str] = {}
    words: dict[int, dict[int, int]] = {}
    names: dict[int, str] = {}
    for si, head, t, n, w in zip(sec_idx, df["section"], df["topic"], df["topic_name"], df["words"]):
        labels.setdefault(si, section_label(head))
        words.setdefault(si, {})
        if t is None or _isna(t):
            continue
        names[t] = n
        words[si][t] = words[si].get(t, 0) + w
    topics = sorted(names)
    order = sorted(labels)
    seen: Counter = Counter()
    index = []
    for si in order:
        lab = labels[si]
        seen[lab] += 1
        index.append(lab if seen[lab] == 1 else f"{lab} ({seen[lab]})")
    data = []
    for si in order:
        tot = sum(words[si].values())
        data.append([100.0 * words[si].get(t, 0) / tot if tot else 0.0 for t in topics])
    out = pd.DataFrame(data, index=pd.Index(index, name="section"), columns=pd.Index([names[t] for t in topics], name="topic"), dtype=float)
    out.attrs["topics"] = topics
    return out


def _section_index(df) -> list[int]:
    if "section_index" in df.columns:
        return [int(x) for x in df["section_index"]]
    first: dict[Any, int] = {}
    return [first.setdefault(h, len(first)) for h in df["section"]]


def _isna(x) -> bool:
    try:
        return x != x  # NaN and pandas NA
    except TypeError:
        return False


# --------------------------------------------------------------------------------------------
# Keyword in context
# --------------------------------------------------------------------------------------------


def _term_regex(term: str) -> re.Pattern:
    words = [w for w in _SEP_RE.split(term.strip()) if w]
    if not words or not any(re.search(r"\w", w) for w in words):
        raise ValueError(f"cannot search for {term!r}: it has no letters or digits")
    parts = []
    for w in words:
        if w.endswith("*") and len(w) > 1:
            parts.append(re.escape(w[:-1]) + r"\w*")
        else:
            parts.append(re.escape(w))
    return re.compile(r"(?<!\w)" + _SEP.join(parts) + r"(?!\w)", re.IGNORECASE)


def term_positions(statement, term: str) -> list[tuple[int, int, int]]:
    """Occurrences of ``term`` inside sentences: ``(start, end, sentence index)``."""
    st = _as_statement(statement)
    pat = _term_regex(term)
    out = []
    for m in pat.finditer(st.text):
        sent = st.sentence_at(m.start())
        if sent is not None and m.end() <= sent.end:
            out.append((m.start(), m.end(), sent.index))
    return out


def kwic(statement, term: str, window: int = 8):
    """Keyword in context: every occurrence of ``term`` with up to ``window`` words either side.

    Case-insensitive, at word boundaries; a phrase matches across any spaces or hyphens, and a
    trailing ``*`` on a word matches any ending ("negotiat*"). Context stays inside the
    sentence. Columns: ``sentence``, ``section``, ``left``, ``match``, ``right``, ``start``,
    ``end`` (offsets of the match in ``statement.text``).
    """
    import pandas as pd

    st = _as_statement(statement)
    window = max(0, int(window))
    rows = []
    for start, end, si in term_positions(st, term):
        sent = st.sentences[si]
        left_words = st.text[sent.start:start].split()
        right_words = st.text[end:sent.end].split()
        rows.append(
            {
                "sentence": si,
                "section": st.sections[sent.section].heading,
                "left": " ".join(left_words[-window:]) if window else "",
                "match": st.text[start:end],
                "right": " ".join(right_words[:window]) if window else "",
                "start": start,
                "end": end,
            }
        )
    return pd.DataFrame(rows, columns=["sentence", "section", "left", "match", "right", "start", "end"])


# --------------------------------------------------------------------------------------------
# Distinctive terms
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words and the stock vocabulary of joint statements (``data/stopwords.txt``)."""
    words: set[str] = set()
    with open(config.DATA_DIR / "stopwords.txt", encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0]
            words.update(w.lower() for w in line.split())
    return frozenset(words)


def _party_words(st: S.Statement) -> set[str]:
    """Names and adjectives of the statement's parties: who speaks, not what a section is about."""
    out: set[str] = set()
    parties = set(st.parties)
    for c in S.countries():
        if c["name"] in parties:
            for form in [c["name"], *c["aliases"], *c["adjectives"]]:
                out.update(_TOKEN.findall(S.lower_keeping_offsets(form)))
    return out


def _features(text: str, stop) -> list[str]:
    """Content words and adjacent pairs of content words (bigrams) of one sentence."""
    out = []
    prev = None
    for tok in _TOKEN.findall(S.lower_keeping_offsets(text)):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if len(tok) < 3 or tok in stop:
            prev = None
            continue
        out.append(tok)
        if prev is not None:
            out.append(prev + " " + tok)
        prev = tok
    return out


def term_counts(statement, stop=None) -> Counter:
    """Content words and two-word phrases of a whole statement, counted (stop list applied)."""
    st = _as_statement(statement)
    stop = stop if stop is not None else stopwords() | _party_words(st)
    counts: Counter = Counter()
    for said in _without_people(st):
        counts.update(_features(said, stop))
    return counts


def _without_people(st: S.Statement) -> list[str]:
    """Each sentence's text with the people it names, titles and all, blanked: "bin", "sheikh"
    and "crown prince" of a participants' list say nothing of a section's subject."""
    spans = _person_spans(st)
    out = []
    k = 0
    text = st.text
    for sent in st.sentences:
        while k < len(spans) and spans[k][1] <= sent.start:
            k += 1
        pieces, at, j = [], sent.start, k
        while j < len(spans) and spans[j][0] < sent.end:
            a, b = max(spans[j][0], sent.start), min(spans[j][1], sent.end)
            if a >= at:
                pieces.append(text[at:a])
                pieces.append(" . ")  # (no phrase runs across a name taken out)
                at = b
            j += 1
        pieces.append(text[at:sent.end])
        out.append("".join(pieces))
    return out


def log_odds(groups: dict, top_n: int = 8, *, min_count: int = 2, prior: float = 1.0):
    """The terms most characteristic of each group of counts against all the others.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
    Quinn 2008, "Fightin' Words"), the prior being all groups' counts times ``prior``: the
    z-score rewards terms both frequent in the group and rare elsewhere, and does not let a
    single occurrence of a rare word top the list. Columns: ``group`` (the key), ``term``,
    ``score`` (z), ``count``; up to ``top_n`` rows per group with a positive score, best first.
    """
    import numpy as np
    import pandas as pd

    cols = ["group", "term", "score", "count"]
    keys = [k for k in groups if sum(groups[k].values()) > 0]
    if len(keys) < 2:
        return pd.DataFrame([], columns=cols)
    total: Counter = Counter()
    for k in keys:
        total.update(groups[k])
    vocab = sorted(total)
    index = {w: i for i, w in enumerate(vocab)}
    y_all = np.array([total[w] for w in vocab], dtype=float)
    alpha = prior * y_all
    a0 = alpha.sum()
    n_all = y_all.sum()
    rows = []
    for k in keys:
        y_i = np.zeros(len(vocab))
        for w, c in groups[k].items():
            y_i[index[w]] = c
        y_j = y_all - y_i
        n_i = y_i.sum()
        n_j = n_all - n_i
        with np.errstate(divide="ignore", invalid="ignore"):
            d = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
            z = d / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
        keep = np.where((y_i >= min_count) & np.isfinite(z) & (z > 0))[0]
        ranked = sorted(keep, key=lambda i: (-z[i], vocab[i]))
        # A word that occurs here only inside a listed phrase ("heritage" in "cultural
        # heritage") adds nothing: keep the phrase.
        phrases = [vocab[i] for i in ranked if " " in vocab[i]]
        ranked = [
            i for i in ranked
            if " " in vocab[i]
            or not any(vocab[i] in p.split() and groups[k][p] >= y_i[i] for p in phrases)
        ][: max(0, int(top_n))]
        for i in ranked:
            rows.append({"group": k, "term": vocab[i], "score": float(z[i]), "count": int(y_i[i])})
    return pd.DataFrame(rows, columns=cols)


def distinctive_terms(statement, top_n: int = 8, *, min_count: int = 2, prior: float = 1.0):
    """The words and two-word phrases most characteristic of each section against the rest.

    :func:`log_odds` over the sections' counts. Function words and the stock vocabulary of
    joint statements (leaders, welcomed, both ...) and the parties' own names are dropped
    (``data/stopwords.txt``). Terms must occur ``min_count`` times in the section.

    Columns: ``section`` (heading or None), ``section_index``, ``term``, ``score`` (z), ``count``
    (in the section); up to ``top_n`` rows per section with a positive score, best first.
    A statement with fewer than two sections that have text gives no rows (there is nothing
    to contrast).
    """
    import pandas as pd

    cols = ["section", "section_index", "term", "score", "count"]
    st = _as_statement(statement)
    stop = stopwords() | _party_words(st)
    per_sec: dict[int, Counter] = {}
    for sent, said in zip(st.sentences, _without_people(st)):
        if "; lead: " in said:
            said = S.PLAN_LEAD.sub(r"; \1", said)  # (a plan's row: its "lead:" is the row's form, no word of the text)
        per_sec.setdefault(sent.section, Counter()).update(_features(said, stop))
    df = log_odds({k: per_sec[k] for k in sorted(per_sec)}, top_n, min_count=min_count, prior=prior)
    if df.empty:
        return pd.DataFrame([], columns=cols)
    df.insert(0, "section", [st.sections[k].heading for k in df["group"]])
    return df.rename(columns={"group": "section_index"})[cols]
