"""The briefing notebook's parameters: names, types, defaults and checks.

A misspelt parameter must stop the run, not be silently ignored (papermill only warns), and
it must stop before a kernel starts, so the check runs in the CLI process. The notebook calls
the same check on its own values, so plain ``papermill -p`` runs are held to the same rules.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from .errors import ParameterError


@dataclass(frozen=True)
class Param:
    name: str
    type: type
    default: Any
    help: str
    choices: tuple | None = None


BRIEFING_PARAMS: dict[str, Param] = {
    p.name: p
    for p in [
        Param("statement", str, "data/raw/us-peru-2013.txt", "statement to brief (.txt, .md, .html)"),
        Param("metadata", str, "", "metadata YAML; empty: <statement stem>.yml beside it, if any"),
        Param("title", str, "", "title override; empty: from metadata or the statement"),
        Param("detail", str, "full", "'full' (everything) or 'brief' (about two pages)", ("full", "brief")),
        Param("codebook", str, "", "topic codebook YAML; empty: the CAP codebook shipped with communique"),
        Param("top_n", int, 8, "rows in 'top' lists (terms, amounts, actors)"),
        Param("highlight_terms", list, [], "terms for the dispersion chart; empty: the most distinctive terms"),
    ]
}

COMPARE_PARAMS: dict[str, Param] = {
    p.name: p
    for p in [
        Param("statement_a", str, "data/raw/us-peru-2013.txt", "first (earlier) statement"),
        Param("statement_b", str, "data/raw/us-peru-2013.txt", "second (later) statement"),
        Param("codebook", str, "", "topic codebook YAML; empty: the CAP codebook"),
        Param("top_n", int, 8, "rows in 'top' lists"),
    ]
}


def coerce(spec: Param, value: Any) -> Any:
    """Turn a command-line string into the parameter's type; leave typed values alone."""
    if isinstance(value, str) and spec.type is not str:
        text = value.strip()
        if spec.type is int:
            try:
                return int(text)
            except ValueError:
                raise ParameterError(f"parameter '{spec.name}' must be a whole number, not {value!r}") from None
        if spec.type is list:
            if text.startswith("["):
                try:
                    parsed = ast.literal_eval(text)
                except (ValueError, SyntaxError):
                    raise ParameterError(f"parameter '{spec.name}' must be a list such as [\"trade\", \"climate\"]") from None
                return parsed
            return [t.strip() for t in text.split(",") if t.strip()]
    return value


def check(values: dict[str, Any], specs: dict[str, Param] = BRIEFING_PARAMS) -> dict[str, Any]:
    """Validate parameter values by name and type; return them with defaults filled in.

    Raises :class:`ParameterError` naming the parameter and the accepted ones.
    """
    out = {name: spec.default for name, spec in specs.items()}
    for name, value in values.items():
        if name not in specs:
            accepted = ", ".join(specs)
            raise ParameterError(f"unknown parameter '{name}'; accepted: {accepted}")
        spec = specs[name]
        value = coerce(spec, value)
        if spec.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ParameterError(f"parameter '{name}' must be a whole number, not {type(value).__name__} {value!r}")
        if spec.type is str and not isinstance(value, str):
            raise ParameterError(f"parameter '{name}' must be text, not {type(value).__name__} {value!r}")
        if spec.type is list:
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ParameterError(f"parameter '{name}' must be a list of words, not {value!r}")
            value = list(value)
        if spec.choices and value not in spec.choices:
            raise ParameterError(f"parameter '{name}' must be one of {', '.join(spec.choices)}, not {value!r}")
        if name == "top_n" and not 1 <= value <= 100:
            raise ParameterError(f"parameter 'top_n' must be between 1 and 100, not {value}")
        if isinstance(value, str) and ("\x00" in value):
            raise ParameterError(f"parameter '{name}' contains a NUL character")
        out[name] = value
    return out


def read_file(path) -> dict[str, Any]:
    """Read parameters from a YAML mapping file (``--params FILE``)."""
    from .datafiles import read_user_yaml
    from .errors import InputError

    data = read_user_yaml(path, "parameters")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(str(path), "parameters file must be a YAML mapping of name: value")
    return {str(k): v for k, v in data.items()}
