"""A small but complete course source, for tests in every folder (import course_factory)."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

TINY_HTML = """<!doctype html><html><head><title>Reading</title></head><body>
<h1>The three-part test</h1><p>Any restriction must be <em>provided by law</em>.</p>
<ul><li>legality</li><li>legitimate aim</li><li>necessity</li></ul>
<p><a href="https://www.ohchr.org/">OHCHR</a></p></body></html>
"""


def write_tiny_course(root: Path, version: int = 1, video_bytes: int = 40_000,
                      html: str = TINY_HTML, course_id: str = "tiny-en") -> Path:
    """A small but complete course source folder: 2 modules, every item kind."""
    media = root / "media"
    media.mkdir(parents=True, exist_ok=True)
    for label, size in (("240p", video_bytes), ("480p", video_bytes * 2)):
        (media / f"l1-{label}.mp4").write_bytes(os.urandom(size))
    (media / "l1.en.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", encoding="utf-8")
    (media / "l1.fr.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n", encoding="utf-8")
    (root / "reading.html").write_text(html, encoding="utf-8")
    (root / "notes.md").write_text(f"# Notes v{version}\n\nSome *markdown*.\n", encoding="utf-8")
    (root / "paper.pdf").write_bytes(b"%PDF-1.4\n% not rendered in these tests\n%%EOF\n")
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
