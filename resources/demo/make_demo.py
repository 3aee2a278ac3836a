#!/usr/bin/env python3
"""Regenerate every generated file of the Lectern demo course, in its three languages.

    .venv/bin/python resources/demo/make_demo.py [--keep-work DIR] [--only m1-lecture ...]
    .venv/bin/python resources/demo/make_demo.py --lang fr ar     # captions and PDFs only
    .venv/bin/python resources/demo/make_demo.py --check

The course is one family in three language versions (course/course.toml in English,
course/course.fr.toml, course/course.ar.toml) with the same item ids, sharing the videos and
the cover: the narration is English, each version has captions in its own language.

Reads lectures.toml (slides, narration, French and Arabic captions) and briefing*.html (the PDF
reading, one per language) beside this script, and writes into course/:

  media/cover.png                    640x360 course cover
  media/<lecture>-240p.mp4           H.264/AAC, 426x240, yuv420p, +faststart
  media/<lecture>-480p.mp4           H.264/AAC, 854x480
  media/<lecture>.{en,fr,ar}.vtt     WebVTT captions timed from the narration
  readings/m2-plan-of-action.pdf     the PDF reading (QTextDocument -> QPdfWriter), and its
  readings/m2-plan-of-action.{fr,ar}.pdf  French and Arabic (right-to-left) versions

then writes the measured `duration` and `bitrate` values into the three course*.toml files
(the rest of them is written by hand) and checks the whole course.

`--lang fr ar` rebuilds only those versions' own files: their captions, timed from the
English captions already in media/ (no narration is recorded, no video encoded), and their
PDF. It needs neither espeak-ng nor ffmpeg's encoder.

Needs: PySide6 (offscreen), espeak-ng (`apt-get install espeak-ng`), ffmpeg with libx264
(imageio-ffmpeg's bundled binary is preferred; Debian's `ffmpeg` works too), and for the
Arabic PDF the Noto Naskh Arabic and Noto Sans Arabic fonts (`apt-get install fonts-noto-core`).
Output is deterministic for a given set of tool versions and fonts: fixed metadata,
bit-exact muxing, single-threaded x264, fixed PDF dates and document id.
"""
from __future__ import annotations

import argparse
import array
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import tomllib
import wave
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # stable font order in the PDF


def _pin_none() -> None:
    """Work around a PySide6 6.12 bug on CPython 3.11: each call of a Qt method returning
    void drops one reference to None, and after a few thousand calls the interpreter aborts
    with "Fatal Python error: none_dealloc". CPython 3.12+ makes None immortal, which hides
    the bug; on 3.11 give None a huge reference count instead (harmless for this script)."""
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        import ctypes
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_pin_none()
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

HERE = Path(__file__).resolve().parent
COURSE_DIR = HERE / "course"
MEDIA_DIR = COURSE_DIR / "media"
READINGS_DIR = COURSE_DIR / "readings"
COURSE_TOML = COURSE_DIR / "course.toml"
LECTURES_TOML = HERE / "lectures.toml"
BRIEFING_HTML = HERE / "briefing.html"
PDF_OUT = READINGS_DIR / "m2-plan-of-action.pdf"

#: The language versions of the course: one family, the same item ids, shared videos.
LANGS = ("en", "fr", "ar")
#: Caption languages written for each lecture (every version lists its own and English).
CAPTION_LANGS = ("en", "fr", "ar")
RTL_LANGS = frozenset({"ar"})
#: What each translated version's summary says about the (English) narration.
NARRATION_NOTE = {"fr": "narrés en anglais", "ar": "مسجلة بالإنجليزية"}


def course_toml(lang: str) -> Path:
    return COURSE_TOML if lang == "en" else COURSE_DIR / f"course.{lang}.toml"


def briefing_html(lang: str) -> Path:
    return BRIEFING_HTML if lang == "en" else HERE / f"briefing.{lang}.html"


def pdf_out(lang: str) -> Path:
    return PDF_OUT if lang == "en" else READINGS_DIR / f"m2-plan-of-action.{lang}.pdf"

# ---------------------------------------------------------------- look and sound

FPS = 25
SAMPLE_RATE = 22050                 # espeak-ng's native rate
FRAME_SAMPLES = SAMPLE_RATE // FPS  # 882: slide lengths are whole video frames
VOICE = "en-us"
WORDS_PER_MINUTE = 168
PAUSE_START = 1.0                   # silence before the first line of a lecture
PAUSE_LINE = 0.40                   # between two lines on one slide
PAUSE_SLIDE = 0.55                  # after the last line of a slide, before the cut...
PAUSE_SLIDE_IN = 0.45               # ...and after the cut, before the next slide speaks
PAUSE_END = 1.6                     # after the last line of a lecture
CUE_HANG = 0.25                     # a cue stays up this long after its speech ends
MIN_CUE = 1.2                       # ...and at least this long, if the next cue allows

RENDITIONS = [
    # label, height, width, x264 crf, maxrate, audio bitrate
    {"label": "240p", "height": 240, "width": 426, "crf": 24, "maxrate": "220k", "abr": "48k"},
    {"label": "480p", "height": 480, "width": 854, "crf": 22, "maxrate": "520k", "abr": "64k"},
]

NAVY = "#1d3557"
NAVY_DARK = "#142740"
GOLD = "#c9a227"
GOLD_LIGHT = "#e9c46a"
PAPER = "#f7f5f0"
INK = "#1b1f24"
MUTED = "#5b6470"
TRACK = "#e2ded3"
FONT = "DejaVu Sans"
SERIF = "DejaVu Serif"

# Slides are laid out on a 1280x720 canvas and painted straight at each rendition's size
# (vector text, no rescaling blur).
CANVAS_W, CANVAS_H = 1280, 720
TITLE_BAR_H = 118
FOOTER_Y = 668
BAR_H_720 = 8


def bar_height(height: int) -> int:
    """The progress bar's height in pixels (even, for 4:2:0 chroma)."""
    return max(2, 2 * round(BAR_H_720 * height / CANVAS_H / 2))


# ---------------------------------------------------------------- data


@dataclass
class Line:
    en: str
    fr: str
    ar: str
    say: str | None = None

    def parts(self, lang: str) -> list[str]:
        return [p.strip() for p in getattr(self, lang).split("|")]

    def spoken(self) -> str:
        return (self.say or self.en).replace("|", " ").replace("  ", " ")


@dataclass
class Slide:
    kind: str
    heading: str
    subheading: str = ""
    bullets: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


@dataclass
class Lecture:
    id: str
    module: str
    footer: str
    slides: list[Slide]


@dataclass
class Cue:
    start: float
    end: float
    text: dict[str, str]


def load_lectures() -> list[Lecture]:
    raw = tomllib.loads(LECTURES_TOML.read_text("utf-8"))
    lectures = []
    for lec in raw["lecture"]:
        slides = []
        for s in lec["slides"]:
            lines = [Line(en=l["en"], fr=l["fr"], ar=l["ar"], say=l.get("say"))
                     for l in s.get("lines", [])]
            for line in lines:
                for lang in CAPTION_LANGS:
                    if len(line.parts("en")) != len(line.parts(lang)):
                        sys.exit(f"lectures.toml: '|' parts differ between en and {lang} in: "
                                 f"{line.en!r}")
            slides.append(Slide(kind=s["kind"], heading=s["heading"],
                                subheading=s.get("subheading", ""),
                                bullets=list(s.get("bullets", [])), lines=lines))
        lectures.append(Lecture(id=lec["id"], module=lec["module"], footer=lec["footer"],
                                slides=slides))
    return lectures


# ---------------------------------------------------------------- tools


def find_ffmpeg() -> str:
    try:
        import imageio_ffmpeg
        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:
        pass
    exe = shutil.which("ffmpeg")
    if not exe:
        sys.exit("ffmpeg not found: `pip install imageio-ffmpeg` or `apt-get install ffmpeg`.")
    return exe


def find_espeak() -> str:
    exe = shutil.which("espeak-ng")
    if not exe:
        sys.exit("espeak-ng not found: install it with `apt-get install espeak-ng`.")
    return exe


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd[:6])} ...")
    return proc


# ---------------------------------------------------------------- narration


def synth(espeak: str, text: str, work: Path, n: int) -> array.array:
    """Speak `text`; return 16-bit mono samples with the silence at both ends trimmed."""
    wav_path = work / f"utt{n:03d}.wav"
    run([espeak, "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(wav_path), text])
    with wave.open(str(wav_path), "rb") as w:
        if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, SAMPLE_RATE):
            sys.exit(f"unexpected espeak-ng output format in {wav_path}")
        samples = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    threshold = 250
    loud = [i for i in range(len(samples)) if abs(samples[i]) > threshold]
    if not loud:
        sys.exit(f"espeak-ng produced silence for {text!r}")
    margin = int(0.03 * SAMPLE_RATE)
    start = max(0, loud[0] - margin)
    end = min(len(samples), loud[-1] + margin)
    return samples[start:end]


def silence(seconds: float) -> array.array:
    return array.array("h", bytes(2 * round(seconds * SAMPLE_RATE)))


def pad_to_frame(buf: array.array) -> None:
    extra = (-len(buf)) % FRAME_SAMPLES
    buf.extend(array.array("h", bytes(2 * extra)))


def build_narration(espeak: str, lecture: Lecture, work: Path
                    ) -> tuple[array.array, list[float], list[Cue]]:
    """Return the narration samples, each slide's duration (whole frames), and the cues."""
    audio = array.array("h")
    slide_durations: list[float] = []
    cues: list[Cue] = []
    n = 0
    for s_index, slide in enumerate(lecture.slides):
        slide_start = len(audio)
        audio.extend(silence(PAUSE_START if s_index == 0 else PAUSE_SLIDE_IN))
        for l_index, line in enumerate(slide.lines):
            if l_index:
                audio.extend(silence(PAUSE_LINE))
            n += 1
            speech = synth(espeak, line.spoken(), work, n)
            t0 = len(audio) / SAMPLE_RATE
            audio.extend(speech)
            t1 = len(audio) / SAMPLE_RATE
            cues.extend(split_cues(line, t0, t1))
        last = s_index == len(lecture.slides) - 1
        audio.extend(silence(PAUSE_END if last else PAUSE_SLIDE))
        pad_to_frame(audio)
        slide_durations.append((len(audio) - slide_start) / SAMPLE_RATE)
    normalise(audio)
    # Let each cue linger a little, but never into the next one.
    for a, b in zip(cues, cues[1:]):
        a.end = min(max(a.end + CUE_HANG, a.start + MIN_CUE), b.start - 0.05)
    if cues:
        cues[-1].end = min(cues[-1].end + CUE_HANG, len(audio) / SAMPLE_RATE)
    return audio, slide_durations, cues


def split_cues(line: Line, t0: float, t1: float) -> list[Cue]:
    """One cue per '|' part; time shared in proportion to the English text's length."""
    en = line.parts("en")
    texts = {lang: line.parts(lang) for lang in CAPTION_LANGS}
    weights = [len(p) + 8 for p in en]  # +8: every part carries some fixed overhead
    total = sum(weights)
    cues, t = [], t0
    for i in range(len(en)):
        end = t1 if i == len(en) - 1 else t + (t1 - t0) * weights[i] / total
        cues.append(Cue(start=t, end=end, text={lang: texts[lang][i] for lang in CAPTION_LANGS}))
        t = end
    return cues


def cues_from_vtt(lecture: Lecture, vtt: Path) -> list[Cue]:
    """The lecture's cues timed as in its existing (English) captions: for rebuilding the
    other languages' captions without recording the narration again. The times round-trip
    exactly (WebVTT keeps milliseconds, which is what write_vtt writes)."""
    times = []
    for block in vtt.read_text("utf-8").split("\n\n")[1:]:
        for row in block.split("\n"):
            if "-->" in row:
                a, b = (parse_vtt_time(x) for x in row.split(" --> "))
                times.append((a, b))
    parts = [(i, line) for slide in lecture.slides for line in slide.lines
             for i in range(len(line.parts("en")))]
    if len(parts) != len(times):
        sys.exit(f"{vtt.name}: {len(times)} cues but lectures.toml has {len(parts)} caption "
                 "parts for this lecture: rebuild everything (without --lang)")
    return [Cue(start=a, end=b, text={lang: line.parts(lang)[i] for lang in CAPTION_LANGS})
            for (i, line), (a, b) in zip(parts, times)]


def normalise(audio: array.array, peak_db: float = -1.5) -> None:
    peak = max(abs(min(audio)), abs(max(audio))) or 1
    gain = (10 ** (peak_db / 20) * 32767) / peak
    for i, v in enumerate(audio):
        audio[i] = max(-32768, min(32767, round(v * gain)))


def write_wav(path: Path, audio: array.array) -> None:
    data = array.array("h", audio)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(data.tobytes())


# ---------------------------------------------------------------- captions


def vtt_time(t: float) -> str:
    ms = round(t * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ! ? (so lines never start with one)."""
    return re.sub(r" ([:;!?])", "\u00a0\\1", text)


def wrap_cue(text: str, width: int = 46) -> str:
    """Break a cue into balanced lines: one if it fits, else two (three if it must)."""
    if len(text) <= width:
        return text
    words = text.split(" ")
    n_lines = 2 if len(text) <= 2 * width + 6 else 3

    def cost(lines: list[str]) -> tuple[int, int]:
        # Shortest longest line; then prefer breaking after punctuation.
        return (max(len(l) for l in lines),
                -sum(l[-1] in ",;:.!?،؛؟" for l in lines[:-1]))

    best: list[str] | None = None
    n = len(words)
    cuts = [(i,) for i in range(1, n)] if n_lines == 2 else \
           [(i, j) for i in range(1, n) for j in range(i + 1, n)]
    for cut in cuts:
        bounds = (0, *cut, n)
        lines = [" ".join(words[bounds[k]:bounds[k + 1]]) for k in range(len(bounds) - 1)]
        if best is None or cost(lines) < cost(best):
            best = lines
    return "\n".join(best or [text])


def write_vtt(path: Path, cues: list[Cue], lang: str, title: str) -> None:
    out = ["WEBVTT", "", f"NOTE {title}. Generated by resources/demo/make_demo.py.", ""]
    for i, cue in enumerate(cues, start=1):
        text = cue.text[lang]
        if lang == "fr":
            text = french_spacing(text)
        out += [str(i), f"{vtt_time(cue.start)} --> {vtt_time(cue.end)}", wrap_cue(text), ""]
    path.write_text("\n".join(out), encoding="utf-8", newline="\n")


def write_captions(lecture: Lecture, cues: list[Cue], langs: tuple[str, ...]) -> None:
    for lang in langs:
        write_vtt(MEDIA_DIR / f"{lecture.id}.{lang}.vtt", cues, lang,
                  f"{lecture.module}, lecture captions ({lang})")


# ---------------------------------------------------------------- slides (Qt)

_app = None


def qt_app():
    global _app
    from PySide6.QtGui import QGuiApplication
    _app = QGuiApplication.instance() or QGuiApplication(["make_demo"])
    return _app


def rich(text: str) -> str:
    """**bold** markup to HTML (the text itself is escaped)."""
    import html
    parts = html.escape(text).split("**")
    return "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))


def text_doc(html_text: str, px: float, width: float, color: str, bold: bool = False,
             family: str = FONT, line_height: int = 118, align: str = "left"):
    from PySide6.QtGui import QFont, QTextDocument
    doc = QTextDocument()
    font = QFont(family)
    font.setPixelSize(round(px))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(f"p {{ color: {color}; }} b {{ color: {color}; }}")
    doc.setHtml(f'<p style="line-height: {line_height}%" align="{align}">{html_text}</p>')
    doc.setTextWidth(width)
    return doc


def draw_doc(painter, doc, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()


def render_slide(lecture: Lecture, index: int, width: int, height: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    slide = lecture.slides[index]
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor(NAVY if slide.kind == "title" else PAPER))
    p = QPainter(img)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                     | QPainter.RenderHint.SmoothPixmapTransform)
    scale = height / CANVAS_H
    p.scale(scale, scale)

    if slide.kind == "title":
        # A large quotation mark as a quiet emblem, then title, subtitle and rule.
        p.setPen(QColor(GOLD))
        qfont = QFont(SERIF)
        qfont.setPixelSize(260)
        qfont.setBold(True)
        p.setFont(qfont)
        p.drawText(QRectF(70, 40, 300, 300), Qt.AlignmentFlag.AlignLeft, "\u201c")
        title = text_doc(rich(slide.heading), 62, 1080, "#ffffff", bold=True, line_height=112)
        title_h = title.size().height()
        top = 330 - title_h / 2
        draw_doc(p, title, 96, top)
        p.fillRect(QRectF(98, top + title_h + 26, 120, 6), QColor(GOLD))
        sub = text_doc(rich(slide.subheading), 32, 1080, GOLD_LIGHT)
        draw_doc(p, sub, 96, top + title_h + 58)
        foot = text_doc(rich(lecture.footer + "  ·  Lectern demo course"), 20, 1080, "#b8c4d6")
        draw_doc(p, foot, 96, FOOTER_Y + 8)
    else:
        p.fillRect(QRectF(0, 0, CANVAS_W, TITLE_BAR_H), QColor(NAVY))
        p.fillRect(QRectF(0, TITLE_BAR_H, CANVAS_W, 6), QColor(GOLD))
        head = text_doc(rich(slide.heading), 44, 1120, "#ffffff", bold=True)
        draw_doc(p, head, 72, (TITLE_BAR_H - head.size().height()) / 2)
        draw_bullets(p, slide, top=172, bottom=FOOTER_Y - 24)
        p.fillRect(QRectF(72, FOOTER_Y - 6, CANVAS_W - 144, 1.5), QColor(TRACK))
        foot = text_doc(rich(lecture.footer), 20, 900, MUTED)
        draw_doc(p, foot, 72, FOOTER_Y + 8)
        counter = text_doc(f"{lecture.module}  ·  {index + 1} / {len(lecture.slides)}",
                           20, 400, MUTED, align="right")
        draw_doc(p, counter, CANVAS_W - 72 - 400, FOOTER_Y + 8)

    # Track for the progress bar that ffmpeg draws over the bottom edge.
    p.resetTransform()
    bh = bar_height(height)
    p.fillRect(0, height - bh, width, bh, QColor(NAVY_DARK if slide.kind == "title" else TRACK))
    p.end()
    return img


def draw_bullets(p, slide: Slide, top: float, bottom: float) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    numbered = slide.kind == "numbered"
    left, text_x, text_w = 96, 160, 1030
    # Largest font size (from 38 px down) at which all bullets fit the body area.
    for px in range(38, 23, -1):
        gap = px * 0.9
        docs = [text_doc(rich(b), px, text_w, INK) for b in slide.bullets]
        total = sum(d.size().height() for d in docs) + gap * (len(docs) - 1)
        if total <= bottom - top:
            break
    y = top + max(0.0, (bottom - top - total) / 2 - 30)  # a little above the middle
    for i, doc in enumerate(docs):
        first_line = px * 1.18
        cy = y + first_line / 2 + 1
        if numbered:
            r = px * 0.78
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(NAVY))
            p.drawEllipse(QRectF(left + 14 - r, cy - r, 2 * r, 2 * r))
            f = QFont(FONT)
            f.setPixelSize(round(px * 0.85))
            f.setBold(True)
            p.setFont(f)
            p.setPen(QColor("#ffffff"))
            p.drawText(QRectF(left + 14 - r, cy - r, 2 * r, 2 * r),
                       Qt.AlignmentFlag.AlignCenter, str(i + 1))
        else:
            s = px * 0.36
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(GOLD))
            p.drawRect(QRectF(left + 14 - s / 2, cy - s / 2, s, s))
        draw_doc(p, doc, text_x, y)
        y += doc.size().height() + gap


def render_cover(path: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    w, h = 640, 360
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(NAVY))
    p = QPainter(img)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.fillRect(QRectF(0, 0, 14, h), QColor(GOLD))
    p.setPen(QColor(GOLD))
    qfont = QFont(SERIF)
    qfont.setPixelSize(150)
    qfont.setBold(True)
    p.setFont(qfont)
    p.drawText(QRectF(40, 6, 200, 200), Qt.AlignmentFlag.AlignLeft, "\u201c")
    title = text_doc("Freedom of expression and the safety of journalists", 34, 540,
                     "#ffffff", bold=True, line_height=110)
    draw_doc(p, title, 48, 128)
    ty = 128 + title.size().height()
    p.fillRect(QRectF(50, ty + 16, 72, 4), QColor(GOLD))
    sub = text_doc("An introduction for judges, prosecutors and court clerks", 18, 540,
                   GOLD_LIGHT)
    draw_doc(p, sub, 48, ty + 34)
    foot = text_doc("Lectern demo  ·  2 modules  ·  about 40 minutes", 14, 540, "#b8c4d6")
    draw_doc(p, foot, 48, h - 40)
    p.end()
    if not img.save(str(path), "PNG"):
        sys.exit(f"could not write {path}")


# ---------------------------------------------------------------- video


def encode(ffmpeg: str, slide_pngs: list[Path], durations: list[float], wav: Path,
           out: Path, rend: dict) -> None:
    total = sum(durations)
    w, h = rend["width"], rend["height"]
    bh = bar_height(h)
    cmd = [ffmpeg, "-hide_banner", "-nostdin", "-y", "-loglevel", "error"]
    for png, d in zip(slide_pngs, durations):
        cmd += ["-loop", "1", "-framerate", str(FPS), "-t", f"{d:.6f}", "-i", str(png)]
    cmd += ["-i", str(wav)]
    n = len(slide_pngs)
    graph = (
        "".join(f"[{i}:v]" for i in range(n)) + f"concat=n={n}:v=1:a=0[slides];"
        f"color=c={GOLD.replace('#', '0x')}:s={w}x{bh}:r={FPS}[bar];"
        f"[slides][bar]overlay=x='-w+W*t/{total:.6f}':y=H-h:eval=frame:shortest=1,"
        f"format=yuv420p[v]"
    )
    cmd += [
        "-filter_complex", graph, "-map", "[v]", "-map", f"{n}:a",
        "-t", f"{total:.6f}", "-r", str(FPS),
        "-c:v", "libx264", "-preset", "slow", "-tune", "stillimage",
        "-crf", str(rend["crf"]), "-maxrate", rend["maxrate"],
        "-bufsize", str(2 * int(rend["maxrate"].rstrip("k"))) + "k",
        "-g", str(FPS * 5), "-keyint_min", str(FPS), "-profile:v", "main",
        "-pix_fmt", "yuv420p", "-threads", "1",
        "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709",
        "-c:a", "aac", "-b:a", rend["abr"], "-ac", "1", "-ar", "44100",
        "-af", "aresample=44100:resampler=swr",
        "-map_metadata", "-1", "-map_chapters", "-1",
        "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
        "-metadata", f"title={out.stem}",
        "-movflags", "+faststart", str(out),
    ]
    run(cmd)


def mp4_duration(path: Path) -> float:
    """Duration from the movie header (moov/mvhd): what players report."""
    data = path.read_bytes()

    def boxes(start: int, end: int):
        i = start
        while i + 8 <= end:
            size, kind = struct.unpack(">I4s", data[i:i + 8])
            header = 8
            if size == 1:
                size = struct.unpack(">Q", data[i + 8:i + 16])[0]
                header = 16
            elif size == 0:
                size = end - i
            yield kind, i + header, i + size
            i += size

    for kind, body, end in boxes(0, len(data)):
        if kind == b"moov":
            for kind2, body2, _ in boxes(body, end):
                if kind2 == b"mvhd":
                    version = data[body2]
                    if version == 1:
                        timescale, duration = struct.unpack(">IQ", data[body2 + 20:body2 + 32])
                    else:
                        timescale, duration = struct.unpack(">II", data[body2 + 12:body2 + 20])
                    return duration / timescale
    raise ValueError(f"{path}: no moov/mvhd box")


def check_decodes(ffmpeg: str, path: Path) -> None:
    proc = subprocess.run([ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
                           "-f", "null", "-"], capture_output=True, text=True)
    if proc.returncode != 0 or proc.stderr.strip():
        sys.exit(f"{path.name} does not decode cleanly:\n{proc.stderr[-2000:]}")


# ---------------------------------------------------------------- PDF


PDF_DATE = "D:20250101000000Z"
#: A fixed document id per language version, so reruns give identical bytes.
PDF_IDS = {
    "en": "{6f1c2a52-3b8e-4d0a-9c41-0d1e7a5b2c90}",
    "fr": "{0b7e5c3a-1f42-4e8d-a6b9-52c0d8e3f417}",
    "ar": "{9d2a4f61-7c35-4b1e-8e07-c3f5a2b6d948}",
}
#: The PDF's typefaces: (body, headings). Arabic text needs Arabic fonts (DejaVu has no
#: Naskh): Noto Naskh Arabic for the body, Noto Sans Arabic for headings (Debian
#: fonts-noto-core). Latin words inside Arabic text fall back to DejaVu.
PDF_FONTS = {"ar": ("Noto Naskh Arabic", "Noto Sans Arabic")}


def render_pdf(src: Path, out: Path, lang: str = "en") -> None:
    from PySide6.QtCore import QMarginsF, QUuid
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    qt_app()
    html_text = src.read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", html_text, re.S).group(1).strip()
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Lectern demo (make_demo.py)")
    writer.setAuthor("Lectern demo")
    writer.setDocumentId(QUuid(PDF_IDS[lang]))

    body, heads = PDF_FONTS.get(lang, (SERIF, FONT))
    if lang in PDF_FONTS:
        from PySide6.QtGui import QFontDatabase
        missing = [f for f in (body, heads) if f not in QFontDatabase.families()]
        if missing:
            sys.exit(f"{out.name}: fonts {', '.join(missing)} not installed "
                     "(`apt-get install fonts-noto-core`)")
    doc = QTextDocument()
    font = QFont(body)
    font.setPointSizeF(10.5 if lang in RTL_LANGS else 10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        f"h1 {{ font-family: '{heads}'; color: {NAVY}; font-size: 18pt; }}"
        f"h2 {{ font-family: '{heads}'; color: {NAVY}; font-size: 12.5pt; }}"
        f"h3 {{ font-family: '{heads}'; color: {INK}; font-size: 11pt; }}"
        f".kicker {{ font-family: '{heads}'; color: {MUTED}; font-size: 9pt; }}"
        f".box {{ background-color: #f1ede2; }}"
        "p, li { line-height: 117%; }"
    )
    if lang in RTL_LANGS:
        # Right to left: paragraphs, lists and the table start at the right margin (the
        # HTML's dir="rtl" sets each block; this covers anything it leaves unset).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QTextOption
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        doc.setDefaultTextOption(option)
    doc.setHtml(html_text)
    # Page size in points: QTextDocument::print() lays the copy out on the paint device's
    # page rect and adds 2 cm margins plus page numbers when the document has no page size.
    doc.print_(writer)
    del writer

    # Pin the creation date Qt stamps in, so reruns give identical bytes (same length).
    data = out.read_bytes()
    data = re.sub(rb"D:\d{14}[^)]{0,7}\)",
                  lambda m: (PDF_DATE.encode() + b")").ljust(len(m.group(0)))
                  if len(PDF_DATE) + 1 <= len(m.group(0)) else m.group(0), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)?",
                  lambda m: b"2025-01-01T00:00:00Z".ljust(len(m.group(0)))[:len(m.group(0))]
                  if len(m.group(0)) >= 20 else m.group(0), data)
    out.write_bytes(data)


def check_pdf(path: Path) -> tuple[int, int]:
    from PySide6.QtPdf import QPdfDocument
    qt_app()
    doc = QPdfDocument()
    err = doc.load(str(path))
    if err != QPdfDocument.Error.None_:
        sys.exit(f"{path.name}: QPdfDocument cannot load it ({err})")
    pages = doc.pageCount()
    chars = sum(len(doc.getAllText(i).text()) for i in range(pages))
    if pages < 1 or chars < 500:
        sys.exit(f"{path.name}: {pages} pages, {chars} characters of text: too little")
    return pages, chars


# ---------------------------------------------------------------- course.toml


def update_course_tomls(measured: dict[str, dict]) -> None:
    """Write measured durations and bitrates into every language version's course*.toml."""
    for lang in LANGS:
        update_course_toml(course_toml(lang), measured)


def update_course_toml(path: Path, measured: dict[str, dict]) -> None:
    """Write measured durations and bitrates into one hand-written course*.toml."""
    text = path.read_text("utf-8")
    for item_id, m in measured.items():
        pat = re.compile(r'(id\s*=\s*"' + re.escape(item_id) + r'"(?:(?!\[\[)[\s\S])*?'
                         r'\bduration\s*=\s*)[0-9.]+')
        text, n = pat.subn(lambda mm: mm.group(1) + f"{m['duration']:.3f}", text, count=1)
        if n != 1:
            sys.exit(f"{path.name}: no `duration` found for item {item_id!r}")
        for file, bitrate in m["bitrates"].items():
            pat = re.compile(r'(bitrate\s*=\s*)\d+(\s*,\s*file\s*=\s*"' + re.escape(file) + '")')
            text, n = pat.subn(lambda mm: f"{mm.group(1)}{bitrate}{mm.group(2)}", text)
            if n != 1:
                sys.exit(f"{path.name}: no `bitrate = ..., file = \"{file}\"` rendition found")
    path.write_text(text, encoding="utf-8", newline="\n")


def check_course(ffmpeg: str, lang: str = "en", decoded: set[Path] | None = None) -> None:
    """Parse one language version's course*.toml and check every reference, id and generated
    file (`decoded`: videos already decoded by an earlier call, not decoded again)."""
    toml_path = course_toml(lang)
    course = tomllib.loads(toml_path.read_text("utf-8"))
    decoded = set() if decoded is None else decoded
    id_re = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
    problems: list[str] = []

    def file_ok(rel: str, where: str) -> Path | None:
        if rel.startswith("/") or ".." in Path(rel).parts or "\\" in rel:
            problems.append(f"{where}: unsafe path {rel!r}")
            return None
        path = COURSE_DIR / rel
        if not path.is_file():
            problems.append(f"{where}: missing file {rel}")
            return None
        return path

    for key in ("id", "course_family"):
        if not id_re.match(course[key]):
            problems.append(f"bad {key}")
    if course.get("cover"):
        file_ok(course["cover"], "cover")
    seen: set[str] = set()
    for module in course["modules"]:
        for item in module["items"]:
            iid = item["id"]
            if not id_re.match(iid) or iid in seen:
                problems.append(f"item id {iid!r} invalid or repeated")
            seen.add(iid)
            kind = item["kind"]
            if kind == "video":
                for r in item["renditions"]:
                    path = file_ok(r["file"], iid)
                    if path:
                        d = mp4_duration(path)
                        if abs(d - item["duration"]) > 0.05:
                            problems.append(f"{iid}: duration {item['duration']} but {r['file']} "
                                            f"lasts {d:.3f}")
                        if path not in decoded:
                            check_decodes(ffmpeg, path)
                            decoded.add(path)
                for c in item.get("captions", []):
                    path = file_ok(c["file"], iid)
                    if path:
                        problems += check_vtt(path, item["duration"])
            elif kind == "reading":
                path = file_ok(item["file"], iid)
                if path and item["format"] == "html":
                    problems += check_html(path, lang)
                if path and item["format"] == "pdf":
                    check_pdf(path)
            elif kind == "quiz":
                for q in item["questions"]:
                    ids = {c["id"] for c in q["choices"]}
                    if not q["correct"] or not set(q["correct"]) <= ids:
                        problems.append(f"{iid}/{q['id']}: correct answers not among choices")
            elif kind == "forum":
                if item.get("required", True):
                    problems.append(f"{iid}: forum items should be optional")
    if course.get("language") != lang:
        problems.append(f"language is {course.get('language')!r}, expected {lang!r}")
    videos = [i for m in course["modules"] for i in m["items"] if i["kind"] == "video"]
    for item in videos:
        if not any(c["language"] == lang for c in item.get("captions", [])):
            problems.append(f"{item['id']}: no captions in {lang}")
    if lang in NARRATION_NOTE and NARRATION_NOTE[lang] not in course["summary"]:
        problems.append(f"the summary should say the narration is English "
                        f"({NARRATION_NOTE[lang]!r})")
    if problems:
        sys.exit(f"course check failed ({toml_path.name}):\n  " + "\n  ".join(problems))


def family_key(course: dict) -> dict:
    """What the language versions of the course must share: item ids and kinds, quiz
    question and choice ids and correct answers, pass marks, video files, requirements' rule."""
    req = dict(course.get("requirements", {}))
    req.pop("criteria", None)
    items = []
    for m in course["modules"]:
        for i in m["items"]:
            entry = {"module": m["id"], "id": i["id"], "kind": i["kind"],
                     "required": i.get("required", i["kind"] != "forum")}
            if i["kind"] == "video":
                entry |= {"duration": i["duration"], "complete_at": i.get("complete_at"),
                          "renditions": i["renditions"]}
            elif i["kind"] == "reading":
                entry["format"] = i["format"]
            elif i["kind"] == "quiz":
                entry["pass_mark"] = i["pass_mark"]
                entry["questions"] = [(q["id"], [c["id"] for c in q["choices"]],
                                       sorted(q["correct"])) for q in i["questions"]]
            items.append(entry)
    return {"course_family": course["course_family"], "version": course["version"],
            "cover": course.get("cover"), "requirements": req, "items": items}


def check_family() -> None:
    """The three versions are one course: the same family key, and distinct course ids."""
    courses = {lang: tomllib.loads(course_toml(lang).read_text("utf-8")) for lang in LANGS}
    base = family_key(courses["en"])
    problems = [f"{course_toml(lang).name} differs from course.toml in ids, answers or media"
                for lang, c in courses.items() if family_key(c) != base]
    ids = [c["id"] for c in courses.values()]
    if len(set(ids)) != len(ids):
        problems.append(f"course ids repeat: {ids}")
    if problems:
        sys.exit("course family check failed:\n  " + "\n  ".join(problems))


def check_all(ffmpeg: str) -> None:
    decoded: set[Path] = set()
    for lang in LANGS:
        check_course(ffmpeg, lang, decoded)
    check_family()


VTT_TIMING = re.compile(r"^(\d\d:)?\d\d:\d\d\.\d{3} --> (\d\d:)?\d\d:\d\d\.\d{3}$")


def parse_vtt_time(s: str) -> float:
    parts = [float(x) for x in s.split(":")]
    return sum(v * 60 ** i for i, v in enumerate(reversed(parts)))


def check_vtt(path: Path, duration: float) -> list[str]:
    problems = []
    text = path.read_bytes().decode("utf-8")  # must be UTF-8
    blocks = text.replace("\r\n", "\n").split("\n\n")
    if not blocks[0].startswith("WEBVTT"):
        return [f"{path.name}: no WEBVTT header"]
    last_end = 0.0
    for block in blocks[1:]:
        lines = [l for l in block.split("\n") if l]
        if not lines or lines[0].startswith("NOTE"):
            continue
        timing = lines[1] if len(lines) > 1 and "-->" in lines[1] else lines[0]
        if not VTT_TIMING.match(timing):
            problems.append(f"{path.name}: bad timing line {timing!r}")
            continue
        a, b = (parse_vtt_time(x) for x in timing.split(" --> "))
        if not (last_end - 1e-6 <= a < b <= duration + 1e-6):
            problems.append(f"{path.name}: cue {timing} out of order or beyond the video")
        last_end = b
    return problems


def check_html(path: Path, lang: str = "en") -> list[str]:
    """The HTML reading must be inert: no scripts, frames, forms, handlers or remote URLs;
    and say its language (right to left for Arabic), so the reading view lays it out right."""
    text = path.read_text("utf-8").lower()
    html_tag = re.search(r"<html\b[^>]*>", text)
    want = f'lang="{lang}"' + (' dir="rtl"' if lang in RTL_LANGS else "")
    if not html_tag or want not in html_tag.group(0):
        return [f"{path.name}: its <html> tag should carry {want}"]
    problems = [f"{path.name}: contains {t!r}" for t in
                ("<script", "<iframe", "<frame", "<form", "<object", "<embed", "javascript:")
                if t in text]
    if re.search(r"<[^>]*\son[a-z]+\s*=", text):
        problems.append(f"{path.name}: has an event handler attribute")
    if re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text):
        problems.append(f"{path.name}: links to a remote URL")
    return problems


# ---------------------------------------------------------------- main


def make_pdf(lang: str) -> None:
    out = pdf_out(lang)
    render_pdf(briefing_html(lang), out, lang)
    pages, chars = check_pdf(out)
    print(f"{out.name}: {pages} pages, {chars} characters")


def build_languages(ffmpeg: str, lectures: list[Lecture], langs: tuple[str, ...]) -> None:
    """Only these language versions' own files: captions timed from the English captions
    in media/ (the narration is not recorded again), and the PDF reading."""
    qt_app()
    for lecture in lectures:
        cues = cues_from_vtt(lecture, MEDIA_DIR / f"{lecture.id}.en.vtt")
        write_captions(lecture, cues, langs)
        print(", ".join(f"{lecture.id}.{lang}.vtt" for lang in langs))
    for lang in langs:
        make_pdf(lang)
    check_all(ffmpeg)
    print("course check: OK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep-work", type=Path, help="keep slides, WAVs etc. in this folder")
    ap.add_argument("--only", nargs="*", help="lecture ids to rebuild (default: all)")
    ap.add_argument("--check", action="store_true",
                    help="only check the three language versions, build nothing")
    ap.add_argument("--lang", nargs="+", choices=LANGS,
                    help="rebuild only these versions' captions (timed from the English "
                         "ones) and PDF: no narration, no video")
    args = ap.parse_args()

    ffmpeg = find_ffmpeg()
    if args.check:
        check_all(ffmpeg)
        print(f"course check: OK ({', '.join(course_toml(l).name for l in LANGS)})")
        return
    lectures = load_lectures()
    if args.lang:
        build_languages(ffmpeg, lectures, tuple(args.lang))
        return
    espeak = find_espeak()
    qt_app()
    MEDIA_DIR.mkdir(parents=True, exist_ok=True)
    READINGS_DIR.mkdir(parents=True, exist_ok=True)

    if args.keep_work:
        args.keep_work.mkdir(parents=True, exist_ok=True)
        work_root = args.keep_work
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="lectern-demo-")
        work_root = Path(tmp.name)

    render_cover(MEDIA_DIR / "cover.png")
    print("cover.png")

    measured: dict[str, dict] = {}
    for lecture in lectures:
        if args.only and lecture.id not in args.only:
            continue
        work = work_root / lecture.id
        work.mkdir(parents=True, exist_ok=True)
        audio, durations, cues = build_narration(espeak, lecture, work)
        wav = work / "narration.wav"
        write_wav(wav, audio)
        total = sum(durations)
        write_captions(lecture, cues, CAPTION_LANGS)
        entry = {"duration": 0.0, "bitrates": {}}
        for rend in RENDITIONS:
            pngs = []
            for i in range(len(lecture.slides)):
                png = work / f"slide{i + 1:02d}-{rend['label']}.png"
                render_slide(lecture, i, rend["width"], rend["height"]).save(str(png), "PNG")
                pngs.append(png)
            out = MEDIA_DIR / f"{lecture.id}-{rend['label']}.mp4"
            encode(ffmpeg, pngs, durations, wav, out, rend)
            d = mp4_duration(out)
            bitrate = round(out.stat().st_size * 8 / d)
            entry["duration"] = max(entry["duration"], d)
            entry["bitrates"][f"media/{out.name}"] = bitrate
            print(f"{out.name}: {d:.3f} s, {bitrate / 1000:.0f} kbit/s, "
                  f"{out.stat().st_size / 1024:.0f} KiB (narration {total:.3f} s)")
        measured[lecture.id] = entry

    for lang in LANGS:
        make_pdf(lang)

    update_course_tomls(measured)
    check_all(ffmpeg)
    total = sum(f.stat().st_size for f in COURSE_DIR.rglob("*") if f.is_file())
    print(f"course check: OK; course folder {total / 1024 / 1024:.2f} MiB")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
