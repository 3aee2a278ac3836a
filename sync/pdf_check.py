"""Can a PDF reading be opened at all? A cheap look at its structure, in pure Python.

A PDF the player cannot open leaves a learner facing "this reading cannot be opened" in a
course they must finish, so build and import refuse one first: an empty or random file, one
cut short, one without its cross-reference section or trailer, a password-protected one (an
`/Encrypt` entry in the trailer) and, when that is cheap to see, one without pages.

It is deliberately tolerant where real readers (PDFium, which QtPdf uses) are: the header may
come anywhere in the first KB, and junk or spaces may follow `%%EOF`. It reads the first KB,
the last 64 KB, a window at the cross-reference offset, and the body in 1 MB chunks only until
a page shows up: time linear in the size, memory constant. No Qt, nothing to install.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO

HEADER_WINDOW = 1024        # PDFium looks for %PDF- this far
EOF_WINDOW = 2048           # %%EOF must be this close to the end
TAIL_BYTES = 64 * 1024      # where the last trailer, startxref and xref stream are looked for
XREF_WINDOW = 64 * 1024     # read at the startxref offset (linearized files put it up front)
SPAN = 16 * 1024            # a trailer or xref-stream dictionary is shorter than this
CHUNK = 1024 * 1024
OVERLAP = 64                # chunks overlap so that no token is split between two


@dataclass(frozen=True)
class PdfProblem:
    """Why a PDF cannot be used ('is password-protected') and what its publisher should do."""

    reason: str
    fix: str


EMPTY = PdfProblem("is empty (0 bytes)", "put the real PDF file in the course")
NOT_PDF = PdfProblem("is not a PDF file", "save or export the document as PDF")
TRUNCATED = PdfProblem("is incomplete: the end of the PDF is missing",
                       "copy the whole file again")
DAMAGED = PdfProblem("is damaged: its index of contents (cross-reference table and trailer) is "
                     "missing", "save or export the document as PDF again")
ENCRYPTED = PdfProblem("is password-protected", "publish an unprotected copy")
NO_PAGES = PdfProblem("has no pages", "export the document to PDF again")

_DELIM = rb"(?=[\s\x00()<>\[\]{}/%]|\Z)"        # a PDF name ends at whitespace or a delimiter
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")  # /Encr#79pt is /Encrypt
_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})")
_TRAILER = re.compile(rb"trailer\s*<<")
_XREF_STREAM = re.compile(rb"/Type\s*/XRef" + _DELIM)
_ENCRYPT = re.compile(rb"/Encrypt" + _DELIM)
_PAGE = re.compile(rb"/Type\s*/Page" + _DELIM + rb"|/Kids\s*\[\s*\d")
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm" + _DELIM)


def _read_at(f: IO[bytes], offset: int, n: int) -> bytes:
    f.seek(offset)
    return f.read(n)


def _names(data: bytes) -> bytes:
    return _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data) if b"#" in data else data


def _trailers(section: bytes) -> list[bytes]:
    """The trailer dictionaries in a section: after `trailer` (up to startxref), and the
    dictionaries of cross-reference streams (from their `obj` up to `stream`)."""
    found = []
    for match in list(_TRAILER.finditer(section))[-8:]:  # the last few: a bounded amount of work
        end = section.find(b"startxref", match.end(), match.end() + SPAN)
        found.append(section[match.start():end if end >= 0 else match.end() + SPAN])
    for match in list(_XREF_STREAM.finditer(section))[-8:]:
        start = section.rfind(b"obj", max(0, match.start() - SPAN), match.start())
        end = section.find(b"stream", match.end(), match.end() + SPAN)
        found.append(section[max(start, 0):end if end >= 0 else match.end() + SPAN])
    return found


def _pages_visible(f: IO[bytes], size: int) -> bool:
    """True once a page (or a page tree with a kid) shows up, or an object stream, which may
    hold the pages compressed, so that zero pages cannot be told cheaply; False if neither."""
    f.seek(0)
    carry = b""
    done = 0
    while done < size:
        chunk = f.read(CHUNK)
        if not chunk:
            break
        done += len(chunk)
        window = carry + chunk
        if _PAGE.search(window) or _OBJECT_STREAM.search(window):
            return True
        carry = window[-OVERLAP:]
    return False


def check_pdf(f: IO[bytes], size: int) -> PdfProblem | None:
    """The first reason a PDF reader could not open this file (`size` bytes, seekable), or
    None when its structure looks sound."""
    if size <= 0:
        return EMPTY
    header = _read_at(f, 0, HEADER_WINDOW).find(b"%PDF-")
    if header < 0:
        return NOT_PDF
    tail_start = max(0, size - TAIL_BYTES)
    tail = _names(_read_at(f, tail_start, size - tail_start))
    eof = tail.rfind(b"%%EOF")
    if eof < 0 or eof < len(tail) - EOF_WINDOW:
        return TRUNCATED
    start = tail.rfind(b"startxref", 0, eof)
    if start < 0:
        return DAMAGED
    sections = [tail]
    offset = _STARTXREF.match(tail, start)
    if offset:
        # Offsets count from the header, which a few writers put after some junk.
        for at in {int(offset.group(1)), int(offset.group(1)) + header}:
            if at < tail_start:
                sections.append(_names(_read_at(f, at, XREF_WINDOW)))
    trailers = [t for section in sections for t in _trailers(section)]
    if not trailers:
        return DAMAGED
    if any(_ENCRYPT.search(t) for t in trailers):
        return ENCRYPTED
    if not _pages_visible(f, size):
        return NO_PAGES
    return None


__all__ = ["PdfProblem", "check_pdf", "EMPTY", "NOT_PDF", "TRUNCATED", "DAMAGED", "ENCRYPTED",
           "NO_PAGES"]
