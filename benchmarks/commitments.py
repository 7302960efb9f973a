"""Throughput of entities + commitments on the seed statement repeated to about 10 MB.

All analyses together must reach 2 MB/s on one core; these two aim at 8 MB/s combined.  The
statement is parsed once (parsing is not timed here); each analysis then runs on a fresh copy
so that nothing cached from a previous run is reused.  Times are the best of ``--repeat`` runs;
peak memory is measured in a separate run under ``tracemalloc`` (which slows Python down, so
it is not timed).

    .venv/bin/python benchmarks/commitments.py [--mb 10] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import time
import tracemalloc
from pathlib import Path

from communique import commitments, config, entities
from communique import statement as S


def build(mb: float) -> S.Statement:
    seed = Path(config.SEED_STATEMENT or "data/raw/us-peru-2013.txt").read_text(encoding="utf-8")
    copies = max(1, int(mb * 1e6 / len(seed.encode("utf-8"))) + 1)
    return S.from_text("\n\n".join([seed] * copies))


def fresh(st: S.Statement) -> S.Statement:
    """A copy without cached analyses."""
    st2 = copy.copy(st)
    st2.__dict__ = {k: v for k, v in st.__dict__.items() if not k.startswith("_communique")}
    return st2


def run(st: S.Statement) -> tuple[float, float, int, int]:
    t0 = time.perf_counter()
    ents = entities.extract(st)
    t1 = time.perf_counter()
    comms = commitments.extract(st)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(ents), len(comms)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the repeated statement in MB")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = ap.parse_args()

    t = time.perf_counter()
    st = build(args.mb)
    parse = time.perf_counter() - t
    size = len(st.text.encode("utf-8")) / 1e6
    # compile the word lists once, as a long-running process would
    run(fresh(build(0.01)))

    best_e = best_c = float("inf")
    for _ in range(args.repeat):
        te, tc, n_ents, n_comms = run(fresh(st))
        best_e, best_c = min(best_e, te), min(best_c, tc)

    tracemalloc.start()
    run(fresh(st))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"statement: {size:.1f} MB, {len(st.sentences):,} sentences (parsed in {parse:.2f} s, not counted)")
    print(f"entities:    {best_e:6.2f} s  {size / best_e:6.1f} MB/s  ({n_ents:,} entities)")
    print(f"commitments: {best_c:6.2f} s  {size / best_c:6.1f} MB/s  ({n_comms:,} records; reads the entities)")
    print(f"combined:    {best_e + best_c:6.2f} s  {size / (best_e + best_c):6.1f} MB/s")
    print(f"peak memory: {peak / 1e6:6.1f} MB (tracemalloc, both analyses)")


if __name__ == "__main__":
    main()
