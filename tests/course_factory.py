"""A small but complete course source, for tests in every folder (import course_factory)."""
from __future__ import annotations

import os
import struct
import textwrap
from pathlib import Path

TINY_HTML = """<!doctype html><html><head><title>Reading</title></head><body>
<h1>The three-part test</h1><p>Any restriction must be <em>provided by law</em>.</p>
<ul><li>legality</li><li>legitimate aim</li><li>necessity</li></ul>
<p><a href="https://www.ohchr.org/">OHCHR</a></p></body></html>
"""


def minimal_pdf(pages: int = 1, encrypted: bool = False, text: str = "Hello") -> bytes:
    """A small, real PDF written by hand (Helvetica text on each page, a classic xref table):
    what QtPdf opens. `encrypted` adds a standard-security /Encrypt entry whose password is
    not empty, as a password-protected PDF has; `pages=0` gives an empty page tree."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n in range(pages):
        content = f"BT /F1 24 Tf 72 700 Td ({text} {n + 1}) Tj ET".encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * n} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    trailer = f"/Size {len(objects) + 1 + encrypted} /Root 1 0 R"
    if encrypted:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <"
                       + b"cd" * 32 + b"> /P -3904 >>")
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<{'01' * 16}> <{'01' * 16}>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def h264_mp4_header_then_padding(size: int, codec: bytes = b"avc1") -> bytes:
    """An MP4 whose movie box names one H.264 video track (what `lectern bundle build`
    checks), then random bytes in a `free` box up to `size`: unique and the size a test wants,
    without real video (tests that play video use the demo course's)."""
    hdlr = _box(b"hdlr", b"\0" * 8 + b"vide" + b"\0" * 13)
    stsd = _box(b"stsd", b"\0\0\0\0" + struct.pack(">I", 1) + _box(codec, b"\0" * 78))
    moov = _box(b"moov", _box(b"trak", _box(b"mdia", hdlr + _box(b"minf", _box(b"stbl", stsd)))))
    head = _box(b"ftyp", b"isom\0\0\0\0isomavc1") + moov
    return head + _box(b"free", os.urandom(max(size - len(head) - 8, 0)))


def write_tiny_course(root: Path, version: int = 1, video_bytes: int = 40_000,
                      html: str = TINY_HTML, course_id: str = "tiny-en") -> Path:
    """A small but complete course source folder: 2 modules, every item kind."""
    media = root / "media"
    media.mkdir(parents=True, exist_ok=True)
    for label, size in (("240p", video_bytes), ("480p", video_bytes * 2)):
        (media / f"l1-{label}.mp4").write_bytes(h264_mp4_header_then_padding(size))
    (media / "l1.en.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", encoding="utf-8")
    (media / "l1.fr.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n", encoding="utf-8")
    (root / "reading.html").write_text(html, encoding="utf-8")
    (root / "notes.md").write_text(f"# Notes v{version}\n\nSome *markdown*.\n", encoding="utf-8")
    (root / "paper.pdf").write_bytes(minimal_pdf())
    (root / "course.toml").write_text(textwrap.dedent(f"""
        id = "{course_id}"
        course_family = "tiny"
        version = {version}
        language = "en"
        title = "A tiny course"
        summary = "For tests."
        publisher = "Tests"

        [[modules]]
        id = "m1"
        title = "Module one"

        [[modules.items]]
        id = "l1"
        kind = "video"
        title = "Lecture one"
        duration = 10.0
        renditions = [
          {{ label = "240p", height = 240, bitrate = 32000, file = "media/l1-240p.mp4" }},
          {{ label = "480p", height = 480, bitrate = 64000, file = "media/l1-480p.mp4" }},
        ]
        captions = [
          {{ language = "en", label = "English", file = "media/l1.en.vtt" }},
          {{ language = "fr", label = "Français", file = "media/l1.fr.vtt" }},
        ]

        [[modules.items]]
        id = "r1"
        kind = "reading"
        title = "Reading one"
        format = "html"
        file = "reading.html"
        minutes = 5

        [[modules.items]]
        id = "q1"
        kind = "quiz"
        title = "Quiz one"
        pass_mark = 0.67

        [[modules.items.questions]]
        id = "q1a"
        text = "Which instrument protects freedom of expression?"
        choices = [{{ id = "a", text = "Article 19 ICCPR" }}, {{ id = "b", text = "None" }}]
        correct = ["a"]
        explanation = "Article 19 of the ICCPR."

        [[modules.items.questions]]
        id = "q1b"
        text = "Is the three-part test cumulative?"
        choices = [{{ id = "a", text = "Yes" }}, {{ id = "b", text = "No" }}]
        correct = ["a"]

        [[modules.items.questions]]
        id = "q1c"
        text = "Pick both."
        choices = [{{ id = "a", text = "One" }}, {{ id = "b", text = "Two" }}, {{ id = "c", text = "Three" }}]
        correct = ["a", "b"]

        [[modules]]
        id = "m2"
        title = "Module two"

        [[modules.items]]
        id = "r2"
        kind = "reading"
        title = "Notes"
        format = "markdown"
        file = "notes.md"

        [[modules.items]]
        id = "r3"
        kind = "reading"
        title = "Paper"
        format = "pdf"
        file = "paper.pdf"
        required = false

        [[modules.items]]
        id = "f1"
        kind = "forum"
        title = "Discuss"
        prompt = "What would you do?"
    """), encoding="utf-8")
    return root
