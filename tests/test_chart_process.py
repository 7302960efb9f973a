"""The chart process: a forked child draws charts from the last while the kernel draws from
the first; the briefing must be the same either way."""

from __future__ import annotations

import os
import time

import pytest

from communique import briefing, chart_process

from .conftest import SEED
CHARTS = [
    ("section_words_chart", False),
    ("topic_shares_chart", True),
    ("topic_by_section_chart", False),
    ("dispersion_chart", True),
    ("money_chart", False),
    ("timeline_chart", False),
]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the chart process needs fork")


@pytest.fixture(autouse=True)
def _no_child_left(monkeypatch):
    monkeypatch.setattr(chart_process, "_current", None)
    yield
    if chart_process._current is not None:
        chart_process._current.stop()


def _seed_briefing():
    params = briefing.setup(dict(statement=str(SEED), metadata="", title="", detail="full", codebook="", top_n=8, highlight_terms=[]))
    st = briefing.load(params)
    return params, st


def _draw_all(a, params) -> list[bytes]:
    out = []
    for name, takes_params in CHARTS:
        block = getattr(briefing, name)
        shown = block(a, params) if takes_params else block(a)
        out.append(shown.png)
    return out


def test_the_briefing_registers_its_charts_in_notebook_order():
    assert [(name, tp) for name, _, tp in briefing._CHARTS_AHEAD] == CHARTS


def test_charts_from_the_child_are_the_charts_the_kernel_draws(monkeypatch):
    params, st = _seed_briefing()
    monkeypatch.delenv(chart_process.ENV, raising=False)
    a = briefing.analyze(st, params)
    assert chart_process._current is None  # not asked: no child
    alone = _draw_all(a, params)

    monkeypatch.setenv(chart_process.ENV, "1")
    a2 = briefing.analyze(st, params)
    ahead = chart_process._current
    assert ahead is not None and ahead.pid > 0
    time.sleep(0.5)  # (the child claims from the last chart while this process draws from the first)
    shared = _draw_all(a2, params)
    assert shared == alone  # byte for byte
    claims = list(ahead.claims[:])
    assert set(claims) <= {1, 2} and 2 in claims
    # the kernel's claims come first, the child's last, with no gap and no chart drawn twice
    assert claims == sorted(claims)
    assert ahead.done.wait(10)


def _ahead(plan, monkeypatch):
    monkeypatch.setenv(chart_process.ENV, "1")
    a = object()
    chart_process.start(a, plan)
    return a, chart_process._current


def _twice(a, n):
    return n * 2


def _fails(a):
    raise ValueError("no chart")


def _hangs(a):
    time.sleep(60)


def test_the_child_draws_what_it_claims_and_a_failure_is_left_to_the_cell(monkeypatch):
    plan = [("one", _twice, (1,)), ("two", _fails, ()), ("three", _twice, (3,))]
    a, ahead = _ahead(plan, monkeypatch)
    assert ahead.done.wait(10)  # the child claimed all three and has ended
    assert list(ahead.claims[:]) == [2, 2, 2]
    assert chart_process.take("three", a, (3,)) == 6
    assert chart_process.take("two", a, ()) is None  # the cell draws it (and shows its error)
    assert chart_process.take("one", a, (1,)) == 2
    assert chart_process.take("one", object(), (1,)) is None  # another analysis
    assert chart_process.take("nine", a, ()) is None  # not in the plan


def test_other_arguments_are_drawn_by_the_cell(monkeypatch):
    a, ahead = _ahead([("one", _twice, (1,))], monkeypatch)
    assert ahead.done.wait(10)
    assert chart_process.take("one", a, (5,)) is None
    assert chart_process.take("one", a, (1,)) == 2


def test_a_child_that_hangs_is_stopped_and_the_cell_draws(monkeypatch):
    a, ahead = _ahead([("slow", _hangs, ())], monkeypatch)
    deadline = time.monotonic() + 10
    while ahead.claims[0] != 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ahead.claims[0] == 2
    ahead.wait = 0.5
    t0 = time.monotonic()
    assert ahead.take("slow", a, ()) is None
    assert 0.4 < time.monotonic() - t0 < 5
    assert ahead.done.wait(10)  # killed, and reaped
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead.pid, os.WNOHANG)


@pytest.mark.parametrize("value", ["", "0", "yes"])
def test_only_a_run_that_asks_forks(monkeypatch, value):
    monkeypatch.setenv(chart_process.ENV, value)
    chart_process.start(object(), [("one", _twice, (1,))])
    assert chart_process._current is None


def _warns(a, n):
    import sys

    print("drawn", n)
    sys.stderr.write(f"UserWarning: glyph {n} missing\n")
    return n


def test_what_the_child_writes_comes_out_in_the_cell_that_takes_its_chart(monkeypatch, capsys):
    a, ahead = _ahead([("one", _warns, (7,))], monkeypatch)
    assert ahead.done.wait(10)
    capsys.readouterr()
    assert chart_process.take("one", a, (7,)) == 7
    got = capsys.readouterr()
    assert got.out == "drawn 7\n" and got.err == "UserWarning: glyph 7 missing\n"


def test_arguments_changed_in_place_after_the_fork_are_drawn_by_the_cell(monkeypatch):
    params = {"terms": ["trade"]}
    a, ahead = _ahead([("one", _twice, (params,))], monkeypatch)
    assert ahead.done.wait(10)
    params["terms"] = ["Peru"]  # (a cell between the analysis and the chart changed them)
    assert chart_process.take("one", a, (params,)) is None


def test_no_shared_memory_means_no_chart_process_not_a_failed_cell(monkeypatch):
    import mmap

    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(mmap, "mmap", refuse)
    a, ahead = _ahead([("one", _twice, (1,))], monkeypatch)
    assert ahead.pid == 0 and ahead.done.is_set()
    assert chart_process.take("one", a, (1,)) is None  # the cell draws


def test_the_wait_comes_from_the_run(monkeypatch):
    monkeypatch.setenv(chart_process.WAIT_ENV, "3.5")
    assert chart_process.wait_s() == 3.5
    monkeypatch.setenv(chart_process.WAIT_ENV, "soon")
    assert chart_process.wait_s() == chart_process.WAIT_S
