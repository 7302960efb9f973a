"""The typeset PDF engine: nbconvert's LaTeX exporter with the project's template, run by XeLaTeX.

It is optional (TeX is large), so every entry point first checks that the tools exist and
names the ``make`` target that installs them.
"""

from __future__ import annotations

import shutil

from .errors import RenderError, ToolMissingError

TEX_TOOLS = ("xelatex", "pandoc")


def find_tex() -> None:
    """Raise :class:`ToolMissingError` naming the first missing tool and how to install it."""
    for tool in TEX_TOOLS:
        if not shutil.which(tool):
            raise ToolMissingError(
                f"{tool} is not installed, so the LaTeX PDF engine cannot run; "
                "run `make setup-latex` (apt-get install pandoc texlive-xetex texlive-fonts-recommended texlive-plain-generic)"
            )


def export_latex_pdf(nb) -> bytes:
    """Typeset an executed briefing notebook to PDF bytes."""
    from nbconvert.exporters.pdf import LatexFailed

    from .exporters import BriefingLatexPDFExporter

    find_tex()
    try:
        data, _ = BriefingLatexPDFExporter().from_notebook_node(nb)
    except LatexFailed as exc:
        log = getattr(exc, "output", "") or ""
        first = next((line for line in log.splitlines() if line.startswith("!")), "see the LaTeX log")
        raise RenderError(f"XeLaTeX could not typeset the briefing: {first.lstrip('! ')}") from None
    if not data or not bytes(data).startswith(b"%PDF"):
        raise RenderError("XeLaTeX wrote no PDF")
    return bytes(data)
