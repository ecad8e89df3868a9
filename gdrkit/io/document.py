"""What reading a file gives: a :class:`Document`, or a :class:`ReadError` naming the file,
the stage and the problem in plain words."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["Document", "ReadError"]


class ReadError(Exception):
    """A file that could not be read; ``stage`` says where it failed."""

    def __init__(self, path: str | os.PathLike, stage: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.stage = stage
        self.message = message
        #: SHA-1 of the bytes the verdict is about, when they were read (else None)
        self.sha1: str | None = None


@dataclass
class Document:
    """One decoded input file."""

    path: str
    format: str
    encoding: str
    text_raw: str
    sha1: str
    n_bytes: int
    notes: list[str] = field(default_factory=list)
