"""communique: briefings on diplomatic joint statements and communiques.

The analysis is a library; a notebook is a view of it; a report is a rendered notebook.
Submodules are imported on demand so that ``import communique`` stays cheap for the CLI.
"""

__version__ = "0.1.0"
