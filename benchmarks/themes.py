"""Throughput of topic classification on a large statement.

Repeats the body of the seed statement until the text reaches ``--mb`` megabytes (10 by
default), then times parsing, classification alone, classification with parsing, and the
share tables, and reports the process's peak memory. Run from the repository root:

    .venv/bin/python benchmarks/themes.py [--mb 10] [--repeat 3]

The target is 10 MB/s for classification on one core (all analyses together must reach 2 MB/s).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import pandas  # noqa: F401 - imported up front so that its import time is not measured

from communique import config, themes
from communique import statement as S


def build_text(mb: float) -> str:
    raw = config.SEED_STATEMENT.read_text(encoding="utf-8")
    body = raw.strip().split("\n", 1)[1]
    target = int(mb * 1e6)
    parts = [raw]
    size = len(raw.encode())
    step = len(("\n\n" + body).encode())
    while size < target:
        parts.append("\n\n" + body)
        size += step
    return "".join(parts)


def best_of(n: int, fn):
    best = float("inf")
    result = None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the test statement in megabytes")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is reported)")
    args = ap.parse_args(argv)

    text = build_text(args.mb)
    mb = len(text.encode()) / 1e6
    themes.load_codebook()._matcher  # compile once, as any real run would before the first statement
    themes.classify(S.from_text(config.SEED_STATEMENT.read_text(encoding="utf-8")))
    rss_before = peak_rss_mb()

    t_parse, st = best_of(1, lambda: S.from_text(text))
    t_cls, df = best_of(args.repeat, lambda: themes.classify(st))
    t_shares, _ = best_of(args.repeat, lambda: (themes.document_shares(df), themes.section_shares(df), themes.topic_by_section(df)))

    print(f"statement: {mb:.2f} MB, {len(st.sentences):,} sentences, {len(st.sections):,} sections")
    print(f"parse (statement.from_text):   {t_parse:6.2f} s  {mb / t_parse:6.1f} MB/s")
    print(f"classify:                      {t_cls:6.2f} s  {mb / t_cls:6.1f} MB/s")
    print(f"parse + classify:              {t_parse + t_cls:6.2f} s  {mb / (t_parse + t_cls):6.1f} MB/s")
    print(f"shares (document, section, pivot): {t_shares:6.2f} s")
    classified = df["topic"].notna().mean() * 100
    print(f"classified sentences: {classified:.1f}%")
    print(f"peak memory: {peak_rss_mb():.0f} MB (before the large statement: {rss_before:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
