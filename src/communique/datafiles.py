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
