"""Reading report files: discovery, decoding and text extraction (the first stage).

Every input file ends up either as a :class:`Document` or as a :class:`ReadError`
naming the file, the stage and the problem in plain words. Nothing here touches the
network or executes code from an input.
"""

from __future__ import annotations

from .discover import SUPPORTED_SUFFIXES, FileNameError, discover_files
from .read import (DEFAULT_MAX_BYTES, Document, ReadError, decode_bytes, docx_to_text, html_to_text, pdf_to_text,
                   read_document)

__all__ = ["SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES", "Document", "ReadError", "FileNameError", "decode_bytes",
           "discover_files", "read_document", "html_to_text", "pdf_to_text", "docx_to_text"]
