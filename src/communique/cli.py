"""The ``communique`` command: parse arguments, call one library function, print the result.

Imports are deferred to the subcommand that needs them, so ``communique --help`` answers at
once. Any :class:`~communique.errors.CommuniqueError` becomes one line on stderr and a
non-zero exit; a traceback is shown only with ``--debug``.
"""

from __future__ import annotations

import time as _time

_CLI_STARTED = _time.perf_counter()

import argparse
import os
import re
import sys
from pathlib import Path


EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error of the CLI."""

    def error(self, message):  # noqa: D401 - argparse API
        self.exit(EXIT_USAGE, f"communique: error: {message} (see '{self.prog} --help')\n")


def _add_format(p, choices=("table", "csv", "json"), default="table"):
    p.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def _byte_count(text: str) -> int:
    """A size limit in bytes: a whole number from 1 to 1 GB."""
    from . import config

    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number of bytes, not {text!r}") from None
    if not 1 <= n <= config.MAX_MAX_BYTES:
        raise argparse.ArgumentTypeError(f"must be between 1 and {config.MAX_MAX_BYTES:,} bytes, not {text}")
    return n


def _seconds(text: str) -> float:
    """A time limit: a number of seconds above 0 (up to a day)."""
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, not {text!r}") from None
    if not (1 <= x <= 86400):  # (also refuses nan and inf)
        raise argparse.ArgumentTypeError(f"must be between 1 and 86400 seconds, not {text}")
    return x


def _folder(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a folder (an empty name would write into the default reports/ folder)")
    return text


def _scheduler(text: str) -> str:
    if not re.fullmatch(r"(?:[a-z]+://)?[\w.\-\[\]:]+:\d{1,5}", text.strip()):
        raise argparse.ArgumentTypeError(f"must be an address such as tcp://host:8786, not {text!r}")
    return text.strip()


def _add_max_bytes(p):
    p.add_argument("--max-bytes", type=_byte_count, default=None, metavar="N", help="largest statement accepted, in bytes (default: 5 MB, 5,242,880 bytes)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="communique",
        description="Briefings on diplomatic joint statements: themes, figures, actors and commitments.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("report", help="render a statement's briefing (HTML and PDF)")
    p.add_argument("statement", help="statement file (.txt, .md, .html)")
    p.add_argument("--out", type=_folder, default=None, help="output folder (default: reports/)")
    p.add_argument("--formats", default="html,pdf", help="comma-separated: html, pdf (default: html,pdf)")
    p.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="notebook parameter (repeatable)")
    p.add_argument("--params", default=None, metavar="FILE", help="YAML file of notebook parameters")
    p.add_argument("--pdf-engine", default="chromium", choices=("chromium", "latex"), help="PDF engine (default: chromium)")
    p.add_argument("--timeout", type=_seconds, default=300.0, help="seconds a notebook cell may run (default: 300)")
    p.add_argument("--name", default=None, help="report folder name (default: the statement's file name)")
    p.add_argument("--timings", default=None, metavar="FILE", help="write where the time went (JSON) to FILE")
    _add_max_bytes(p)

    p = sub.add_parser("batch", help="render briefings for many statements, in parallel")
    p.add_argument("paths", nargs="+", help="statement files, folders or glob patterns")
    p.add_argument("--out", type=_folder, default=None, help="output folder (default: reports/)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--formats", default="html,pdf", help="comma-separated: html, pdf")
    p.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="notebook parameter (repeatable)")
    p.add_argument("--params", default=None, metavar="FILE", help="YAML file of notebook parameters (may hold pdf_engine)")
    p.add_argument("--pdf-engine", default=None, choices=("chromium", "latex"), help="PDF engine (default: chromium)")
    p.add_argument("--force", action="store_true", help="render even when nothing changed")
    p.add_argument("--timeout", type=_seconds, default=300.0, help="seconds a notebook cell may run")
    p.add_argument("--scheduler", type=_scheduler, default=None, metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786) to run the renders on a cluster")
    _add_max_bytes(p)

    p = sub.add_parser("compare", help="compare two statements side by side (HTML and PDF)")
    p.add_argument("a", help="first (earlier) statement")
    p.add_argument("b", help="second (later) statement")
    p.add_argument("--out", type=_folder, default=None, help="output folder (default: reports/)")
    p.add_argument("--formats", default="html,pdf", help="comma-separated: html, pdf")
    p.add_argument("--codebook", default=None, help="topic codebook YAML")
    p.add_argument("--timeout", type=_seconds, default=300.0, help="seconds a notebook cell may run")
    _add_max_bytes(p)

    p = sub.add_parser("outline", help="print a statement's title, date and sections")
    p.add_argument("file")
    _add_format(p, ("table", "json"))
    _add_max_bytes(p)

    for name, help_ in [
        ("figures", "print every figure the statement cites"),
        ("themes", "print each sentence's policy topic (CAP codebook)"),
        ("entities", "print people, countries, organizations and initiatives"),
        ("commitments", "print who committed to what, and how firmly"),
    ]:
        p = sub.add_parser(name, help=help_)
        p.add_argument("file")
        _add_format(p)
        _add_max_bytes(p)
        if name == "themes":
            p.add_argument("--codebook", default=None, help="topic codebook YAML (default: CAP)")

    sub.add_parser("doctor", help="say which PDF engines are available and what to install")
    return parser


def run() -> int:
    """The ``communique`` command: :func:`main` in a process of its own, where SIGTERM and
    Ctrl-C end the run at once with one line and nothing left behind (:mod:`communique.abort`).

    Only here: ending the process is not for a program that calls :func:`main` itself (a
    notebook's kernel, a test), where Ctrl-C still raises KeyboardInterrupt and ``main``
    returns 130.
    """
    from . import abort

    abort.install()
    return main()


def main(argv: list[str] | None = None) -> int:
    return _main(argv)


def show_notes_as_lines() -> None:
    """Print what a statement's reading notes say as one ``communique: warning:`` line each,
    not as Python prints a warning (file, line number and source line)."""
    import warnings

    shown = warnings.showwarning
    if getattr(shown, "communique", False):
        return

    def show(message, category, filename, lineno, file=None, line=None):
        from .statement import ReadingNote

        if issubclass(category, ReadingNote):
            print(f"communique: warning: {_one_line(str(message))}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    show.communique = True
    warnings.showwarning = show


def _main(argv: list[str] | None) -> int:
    show_notes_as_lines()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(f"communique {__version__}")
        return 0
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    from .errors import CommuniqueError

    try:
        return _COMMANDS[args.command](args) or 0
    except CommuniqueError as exc:
        if args.debug:
            raise
        print(f"communique: error: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # Ctrl-C where another program called main() (see run())
        print("communique: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line unless --debug
        if args.debug:
            raise
        print(f"communique: error: unexpected {type(exc).__name__}: {_one_line(str(exc))} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_ERROR


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _max_bytes(args):
    from . import config

    return getattr(args, "max_bytes", None)  # (None: the default, or $COMMUNIQUE_MAX_BYTES)


def _load(args):
    from . import statement as S

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = S.load(args.file, max_bytes=_max_bytes(args))
    for note in st.notes:
        print(f"communique: warning: {note}", file=sys.stderr)
    return st


def _params(args) -> dict:
    from . import params as params_mod

    values: dict = {}
    if getattr(args, "params", None):
        values.update(params_mod.read_file(args.params))
    for name, value in getattr(args, "param", []) or []:
        values[name] = value
    return values


# -- commands ---------------------------------------------------------------------------------


def cmd_report(args) -> int:
    from .render import report

    if args.timings:
        _check_timings_path(args.timings)
    values = _params(args)
    engine = values.pop("pdf_engine", None) or args.pdf_engine
    result = report(
        args.statement,
        args.out,
        formats=args.formats,
        params=values,
        pdf_engine=engine,
        timeout=args.timeout,
        max_bytes=_max_bytes(args),
        name=args.name,
    )
    for kind, path in result.files.items():
        print(f"{kind:6} {path}")
    if args.timings:
        import json
        import time

        timings = dict(result.timings, total=result.seconds, since_cli_import=time.perf_counter() - _CLI_STARTED)
        Path(args.timings).write_text(json.dumps(timings, indent=1), encoding="utf-8")
    return 0


def _check_timings_path(path: str) -> None:
    """Refuse a --timings file that cannot be written before the render, not after it."""
    from .errors import InputError

    target = Path(path)
    if target.is_dir():
        raise InputError(target, "is a directory; --timings needs a file name")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(parent, "folder for --timings does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(parent, "folder for --timings is not writable")


def cmd_batch(args) -> int:
    from .batch import run_batch

    values = _params(args)
    engine = args.pdf_engine or values.pop("pdf_engine", None) or "chromium"
    values.pop("pdf_engine", None)
    summary = run_batch(
        args.paths,
        out=args.out,
        jobs=args.jobs,
        formats=args.formats,
        params=values,
        pdf_engine=engine,
        force=args.force,
        timeout=args.timeout,
        scheduler=args.scheduler,
        max_bytes=_max_bytes(args),
    )
    return 1 if summary.failed else 0


def cmd_compare(args) -> int:
    from .render import compare

    params = {"codebook": args.codebook} if args.codebook else {}
    result = compare(args.a, args.b, args.out, formats=args.formats, params=params, timeout=args.timeout, max_bytes=_max_bytes(args))
    for kind, path in result.files.items():
        print(f"{kind:6} {path}")
    return 0


def cmd_outline(args) -> int:
    st = _load(args)
    data = st.outline()
    if args.format == "json":
        import json

        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(data["title"])
    if st.heading and st.heading != data["title"]:
        print(f"  heading: {st.heading}")
    if st.dateline:
        print(f"  dateline: {st.dateline}")
    print(f"  date: {data['date'] or 'not stated'}")
    print(f"  parties: {', '.join(data['parties']) or 'not identified'}")
    if st.signatories:
        from . import statement as S

        print(f"  signed by: {S.signed_by(st)}")
    print()
    # (an empty preamble, a heading straight under the title, is no part of the text to list;
    # JSON keeps it, as section 0)
    shown = [s for s in data["sections"] if s["heading"] or s["paragraphs"]]
    width = max([len(s["heading"] or "(preamble)") for s in shown] + [7])
    width = min(width, 60)
    print(f"{'section':<{width}}  {'paras':>5}  {'sents':>5}  {'words':>6}")
    for s in shown:
        h = s["heading"] or "(preamble)"
        if len(h) > width:  # (cut at a word's end, and say so)
            h = h[:width - 1].rsplit(" ", 1)[0] + "…"
        print(f"{h:<{width}}  {s['paragraphs']:>5}  {s['sentences']:>5}  {s['words']:>6}")
    if data["set_aside"]:
        print()
        print("left out, as not of the statement:")
        for line in data["set_aside"]:
            print(f"  {line}")
    return 0


def _print_frame(df, fmt: str, columns: list[str] | None = None) -> None:
    import json

    if columns:
        df = df[[c for c in columns if c in df.columns]]
    if fmt == "json":
        records = json.loads(df.to_json(orient="records", force_ascii=False))
        print(json.dumps(records, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        df = df.copy()
        for c in df.columns:
            if df[c].map(lambda v: isinstance(v, (list, tuple))).any():
                df[c] = df[c].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        sys.stdout.write(df.to_csv(index=False))
    else:
        import pandas as pd

        from . import statement as S

        if df.empty:
            print("(none)")
            return
        # (a line break of a hard-wrapped text inside a cell would break the table's rows)
        df = df.copy()
        for c in df.columns:
            if df[c].dtype == object:
                df[c] = pd.Series([S.one_line(v) if isinstance(v, str) else v for v in df[c]], index=df.index, dtype=object)
        # (numbers as written, not in exponents: "1962", "16000000000", "0.25")
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200, "display.max_colwidth", 60):
            print(df.to_string(index=False, float_format=lambda x: f"{x:.12g}"))


def cmd_figures(args) -> int:
    st = _load(args)
    from . import figures

    df = figures.extract(st)
    cols = None if args.format != "table" else ["text", "kind", "value", "value_max", "unit", "per", "qualifier", "change", "about", "in_name", "restates", "sentence", "section"]
    _print_frame(df, args.format, cols)
    return 0


def cmd_themes(args) -> int:
    st = _load(args)
    from . import themes

    codebook = themes.load_codebook(args.codebook) if args.codebook else None
    df = themes.classify(st, codebook)
    cols = ["sentence", "text", "section", "topic", "topic_name", "subtopic", "score", "terms", "start", "end"]
    if args.format == "table":
        cols = ["sentence", "section", "topic", "topic_name", "subtopic", "score", "terms"]
    _print_frame(df, args.format, cols)
    return 0


def cmd_entities(args) -> int:
    st = _load(args)
    from . import entities

    df = entities.extract(st)
    cols = None if args.format != "table" else ["name", "type", "role", "country", "acronym", "mentions", "section", "said"]
    _print_frame(df, args.format, cols)
    return 0


def cmd_commitments(args) -> int:
    st = _load(args)
    from . import commitments

    df = commitments.extract(st)
    cols = None if args.format != "table" else [
        "sentence", "actor", "body", "verb", "negated", "category", "strength", "target", "catalysts", "condition"]
    _print_frame(df, args.format, cols)
    return 0


def cmd_doctor(args) -> int:
    from .doctor import report_engines

    ok = report_engines(sys.stdout)
    return 0 if ok else 1


_COMMANDS = {
    "report": cmd_report,
    "batch": cmd_batch,
    "compare": cmd_compare,
    "outline": cmd_outline,
    "figures": cmd_figures,
    "themes": cmd_themes,
    "entities": cmd_entities,
    "commitments": cmd_commitments,
    "doctor": cmd_doctor,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
