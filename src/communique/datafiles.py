"""Reading the package's YAML data (codebooks, lexicons, verb lists) quickly.

PyYAML's pure-Python loader takes most of a second on the CAP codebook; its C loader
(libyaml, shipped in PyYAML's wheels) takes a few hundredths, which matters because every
briefing's kernel reads these files once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the C loader when available."""
    return yaml.load(text, Loader=_Loader)


def read_yaml(path: str | Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def read_csv(path: str | Path) -> list[dict[str, str]]:
    """The rows of one of the package's CSV lexicons, whose lines opening on "#" say what the
    columns hold."""
    import csv

    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def read_user_yaml(path: str | Path, what: str) -> Any:
    """Read a YAML file a user gave (metadata, codebook, parameters), every failure one clear
    :class:`~communique.errors.InputError` naming the file and ``what`` it was meant to be."""
    from .errors import InputError

    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, f"{what} file not found") from None
    except IsADirectoryError:
        raise InputError(path, f"is a directory, not a {what} file") from None
    except PermissionError:
        raise InputError(path, f"{what} file is not readable (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"{what} file cannot be read: {(exc.strerror or str(exc)).lower()}") from None
    try:
        return parse_yaml(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(path, f"{what} file is not UTF-8 text") from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(path, f"{what} file is not valid YAML{where}") from None
