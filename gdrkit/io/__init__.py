"""Reading report files: discovery, decoding and text extraction (the first stage).

:mod:`.discover` lists the files under a folder; :mod:`.read` reads one, sniffing its
format, and hands the bytes to :mod:`.decode` (text files and HTML) or :mod:`.formats`
(HTML, PDF, .docx). Every input file ends up either as a :class:`Document` or as a
:class:`ReadError` naming the file, the stage and the problem in plain words. Nothing
here touches the network or executes code from an input.
"""

from __future__ import annotations

from .decode import decode_bytes
from .discover import SUPPORTED_SUFFIXES, FileNameError, discover_files
from .document import Document, ReadError
from .formats import docx_to_text, html_to_text, pdf_to_text
from .read import DEFAULT_MAX_BYTES, read_document

__all__ = ["SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES", "Document", "ReadError", "FileNameError", "decode_bytes",
           "discover_files", "read_document", "html_to_text", "pdf_to_text", "docx_to_text"]
