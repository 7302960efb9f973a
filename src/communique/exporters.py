"""nbconvert exporters for briefings: HTML, PDF through Chromium, PDF through LaTeX.

They are registered under the ``nbconvert.exporters`` entry point, so
``jupyter nbconvert --to communique_pdf executed.ipynb`` gives the same PDF as
``communique report``. Code cells, prompts and stderr never show; the HTML loads no
script and no remote file (charts are embedded as data URIs); the page title and the PDF's
running title come from the briefing itself, not from the file name.
"""

from __future__ import annotations

import re
from typing import Any

from nbconvert.exporters import HTMLExporter, LatexExporter, PDFExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import default

from . import __version__, config
from .present import page_css


_MD_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$", re.M)


class BriefingPreprocessor(Preprocessor):
    """Collect the briefing's title and contents, and drop what a reader should not see.

    The title comes from the cover output's metadata (``communique.title``), which the
    notebook sets from the statement; the contents list the notebook's ``##`` headings.
    Cells tagged ``remove-cell`` and stderr streams are removed.
    """

    def preprocess(self, nb, resources):
        from nbconvert.filters.strings import _convert_header_id

        title = None
        cover: dict = {}
        toc = []
        kept = []
        params = nb.metadata.get("papermill", {}).get("parameters", {}) or {}
        brief = params.get("detail") == "brief"
        for cell in nb.cells:
            tags = cell.get("metadata", {}).get("tags", [])
            if brief and "full-only" in tags:
                continue  # a brief briefing: cover, glance, themes, figures, commitments
            if "remove-cell" in tags or "parameters" in tags or "injected-parameters" in tags:
                if cell.cell_type == "code":
                    cell.outputs = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
                    if not cell.outputs:
                        continue
            if cell.cell_type == "code":
                outs = []
                for out in cell.get("outputs", []):
                    if out.get("output_type") == "stream" and out.get("name") == "stderr":
                        continue
                    meta = out.get("metadata", {}) or {}
                    info = meta.get("communique") or {}
                    if not title and isinstance(info, dict) and info.get("title"):
                        title = str(info["title"])
                        cover = dict(info)
                        cell.metadata["communique_toc_after"] = True
                    outs.append(out)
                cell.outputs = outs
            elif cell.cell_type == "markdown":
                for m in _MD_HEADING.finditer(cell.source):
                    if len(m.group(1)) == 2:
                        text = m.group(2).strip()
                        toc.append({"level": 2, "text": text, "id": _convert_header_id(text)})
            kept.append(cell)
        nb.cells = kept
        placed = title is not None
        title = title or nb.metadata.get("communique", {}).get("title") or resources.get("metadata", {}).get("name") or "Briefing"
        css = (config.TEMPLATE_DIR / "communique_html" / "briefing.css").read_text(encoding="utf-8")
        resources["briefing"] = {
            "title": title,
            "short_title": title if len(title) <= 80 else title[:77] + "...",
            "heading": cover.get("heading"),
            "toc": toc,
            "toc_placed": placed,
            "css": css,
            "label": str(cover.get("kind") or "Briefing"),
            "page_css": page_css(title, str(cover.get("kind") or "Briefing")),
            "version": __version__,
        }
        return nb, resources


class _BriefingDefaults:
    """Template location and the hiding of code and prompts, shared by every exporter."""

    template_dir_name = "communique_html"

    @default("template_name")
    def _template_name_default(self):
        return self.template_dir_name

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(config.TEMPLATE_DIR)]

    @default("exclude_input")
    def _exclude_input_default(self):
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    @default("optimistic_validation")
    def _optimistic_validation_default(self):
        # Check the notebook once, after every preprocessor has run, not after each of them:
        # a dozen schema validations of a notebook holding six charts cost a sixth of the
        # HTML export (10 of 57 ms for the seed), and the one at the end still catches a
        # preprocessor that broke the notebook.
        return True

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.register_preprocessor(BriefingPreprocessor(), enabled=True)


class BriefingHTMLExporter(_BriefingDefaults, HTMLExporter):
    """A self-contained briefing page: no code, no prompts, no scripts, images embedded."""

    export_from_notebook = "Briefing (HTML)"

    def _init_resources(self, resources):
        resources = super()._init_resources(resources)
        resources["should_sanitize_html"] = False
        return resources


class BriefingPDFExporter(BriefingHTMLExporter):
    """The briefing HTML printed to an A4 PDF by headless Chromium."""

    export_from_notebook = "Briefing (PDF)"
    # Like nbconvert's own webpdf exporter, the template's mimetype stays text/html: the PDF
    # is made from the HTML after the template has run.

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self):
        return ".html.j2"

    def from_notebook_node(self, nb, resources=None, **kw):
        from .pdf import html_to_pdf

        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        resources["output_extension"] = ".pdf"
        return html_to_pdf(html), resources


class BriefingLatexExporter(_BriefingDefaults, LatexExporter):
    """The briefing as LaTeX source, with the project's template (title page, contents)."""

    export_from_notebook = "Briefing (LaTeX)"
    template_dir_name = "communique_latex"


class BriefingLatexPDFExporter(_BriefingDefaults, PDFExporter):
    """The briefing typeset by XeLaTeX through nbconvert's PDF exporter."""

    export_from_notebook = "Briefing (PDF via LaTeX)"
    template_dir_name = "communique_latex"

    def from_notebook_node(self, nb, resources=None, **kw):
        """nbconvert's own, but in a temporary folder that a stopped run removes whatever
        step it is at (writing the .tex, typesetting, reading the PDF), with XeLaTeX's
        TMPDIR inside it; see :mod:`communique.abort`."""
        import contextlib
        import os
        import tempfile

        from nbconvert.exporters.pdf import LatexFailed

        from . import abort

        latex, resources = LatexExporter.from_notebook_node(self, nb, resources=resources, **kw)
        meta_path = (resources or {}).get("metadata", {}).get("path")
        self.texinputs = os.path.abspath(meta_path) if meta_path else os.getcwd()
        self._captured_outputs = []
        with abort.shielded():
            scratch = tempfile.TemporaryDirectory(prefix="cq-latex-")
            abort.note_path(scratch.name)
        try:
            with scratch as td, contextlib.chdir(td):
                resources["output_extension"] = ".tex"
                tex_file = self.writer.write(latex, resources, notebook_name="notebook")
                self.run_latex(tex_file)
                if self.run_bib(tex_file):
                    self.run_latex(tex_file)
                if not os.path.isfile("notebook.pdf"):
                    raise LatexFailed("\n".join(self._captured_output))
                with open("notebook.pdf", "rb") as f:
                    pdf_data = f.read()
        finally:
            abort.forget_path(scratch.name)
        resources["output_extension"] = ".pdf"
        resources.pop("outputs", None)
        resources.pop("attachments", None)
        return pdf_data, resources

    def run_command(self, command_list, filename, count, log_function, raise_on_failure=None):
        """nbconvert's own, but each XeLaTeX run in its own process group, which a stopped
        run kills, with its TMPDIR in the folder it works in (the working directory here).
        Left alone, XeLaTeX went on typesetting after the run had ended, and xdvipdfmx left
        its scratch folder in TMPDIR."""
        import os
        import shutil
        import subprocess

        from nbconvert.exporters.pdf import prepend_to_env_search_path

        from . import abort

        command = [c.format(filename=filename) for c in command_list]
        if shutil.which(command[0]) is None:
            raise OSError(f"{command[0]} not found on PATH")
        env = os.environ.copy()
        for var in ("TEXINPUTS", "BIBINPUTS", "BSTINPUTS"):
            prepend_to_env_search_path(var, self.texinputs, env)
        env["TMPDIR"] = os.getcwd()  # xdvipdfmx's scratch folder goes with the rest
        for _ in range(count):
            with abort.shielded():
                proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
                abort.note_group(proc.pid)
            try:
                out, _ = proc.communicate()
            finally:
                abort.forget_group(proc.pid)
            if proc.returncode:
                text = out.decode("utf-8", "replace")
                log_function(command, out)
                self._captured_output.append(text)
                if raise_on_failure:
                    raise raise_on_failure(f'Failed to run "{command}" command:\n{text}')
                return False
        return True
