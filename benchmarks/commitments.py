"""Throughput of entities + commitments on two synthetic corpora of about 10 MB each.

All analyses together must reach 2 MB/s on one core; these two aim at 8 MB/s combined.  Two
shapes are measured, because they stress different costs:

- *one statement*: the seed repeated into a single huge statement (whole-text passes, long
  sentence lists, the cost of looking things up among many sentences);
- *many statements*: the seed and every statement in ``tests/statements`` joined, that unit
  repeated, each copy parsed as a separate statement with ``S.from_text`` (the shape of
  ``benchmarks/run.py`` and of a batch run: per-statement set-up costs count).

Statements are parsed up front (parsing is not timed here); each analysis then runs on a
fresh copy so that nothing cached from a previous run is reused.  Times are the best of
``--repeat`` runs; peak memory is measured in a separate run under ``tracemalloc`` (which
slows Python down, so it is not timed).

    .venv/bin/python benchmarks/commitments.py [--mb 10] [--repeat 3] [--shape one|many|both]
"""

from __future__ import annotations

import argparse
import copy
import time
import tracemalloc
from pathlib import Path

from communique import commitments, config, entities
from communique import statement as S

ROOT = Path(__file__).resolve().parent.parent


def _seed() -> str:
    return Path(config.SEED_STATEMENT or ROOT / "data" / "raw" / "us-peru-2013.txt").read_text(encoding="utf-8")


def build_one(mb: float) -> list[S.Statement]:
    """The seed repeated into one statement of about ``mb`` MB."""
    seed = _seed()
    copies = max(1, int(mb * 1e6 / len(seed.encode("utf-8"))) + 1)
    return [S.from_text("\n\n".join([seed] * copies))]


def build_many(mb: float) -> list[S.Statement]:
    """The seed and the test statements joined, repeated, each copy its own statement."""
    parts = [_seed()] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "statements").glob("*")) if p.is_file()]
    unit = "\n\n".join(parts)
    n = max(1, int(mb * 1e6 // len(unit.encode("utf-8"))))
    return [S.from_text(unit) for _ in range(n)]


def fresh(st: S.Statement) -> S.Statement:
    """A copy without cached analyses."""
    st2 = copy.copy(st)
    st2.__dict__ = {k: v for k, v in st.__dict__.items() if not k.startswith("_communique")}
    return st2


def run(sts: list[S.Statement]) -> tuple[float, float, int, int]:
    te = tc = 0.0
    n_ents = n_comms = 0
    for st in sts:
        st = fresh(st)
        t0 = time.perf_counter()
        ents = entities.extract(st)
        t1 = time.perf_counter()
        comms = commitments.extract(st)
        t2 = time.perf_counter()
        te += t1 - t0
        tc += t2 - t1
        n_ents += len(ents)
        n_comms += len(comms)
    return te, tc, n_ents, n_comms


def measure(label: str, sts: list[S.Statement], parse: float, repeat: int, memory: bool) -> None:
    size = sum(len(st.text.encode("utf-8")) for st in sts) / 1e6
    n_sent = sum(len(st.sentences) for st in sts)
    best_e = best_c = float("inf")
    for _ in range(repeat):
        te, tc, n_ents, n_comms = run(sts)
        best_e, best_c = min(best_e, te), min(best_c, tc)
    print(f"[{label}] {size:.1f} MB in {len(sts):,} statement(s), {n_sent:,} sentences (parsed in {parse:.2f} s, not counted)")
    print(f"  entities:    {best_e:6.2f} s  {size / best_e:6.1f} MB/s  ({n_ents:,} entities)")
    print(f"  commitments: {best_c:6.2f} s  {size / best_c:6.1f} MB/s  ({n_comms:,} records; reads the entities)")
    print(f"  combined:    {best_e + best_c:6.2f} s  {size / (best_e + best_c):6.1f} MB/s")
    if memory:
        tracemalloc.start()
        run(sts)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  peak memory: {peak / 1e6:6.1f} MB (tracemalloc, both analyses)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of each corpus in MB")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--shape", choices=("one", "many", "both"), default="both")
    ap.add_argument("--no-memory", action="store_true", help="skip the (slow) tracemalloc run")
    args = ap.parse_args()

    # compile the word lists once, as a long-running process would
    run(build_one(0.01))

    for label, build in (("one statement", build_one), ("many statements", build_many)):
        if args.shape not in ("both", label.split()[0]):
            continue
        t = time.perf_counter()
        sts = build(args.mb)
        parse = time.perf_counter() - t
        measure(label, sts, parse, args.repeat, not args.no_memory)
        del sts


if __name__ == "__main__":
    main()
