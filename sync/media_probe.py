"""Which codecs a video or audio file uses, read from its headers alone.

Why this exists: the FFmpeg inside PySide6 6.11.3 decodes AV1 only through a hardware decoder,
so on most computers an AV1 rendition plays its sound with no picture and reports no error.
`check_rendition` lets `lectern bundle build` refuse such files before they reach a learner,
and the video view uses `probe` to name the format when a copy shows no picture.

Publishers' files are untrusted input, so the readers here never recurse, walk only fixed
paths (MP4: moov/trak/mdia/minf/stbl/stsd; Matroska: Segment/Tracks/TrackEntry; Ogg: the
first pages), spend a fixed budget of header reads per file and never read more than
`MAX_READ` bytes at once. Pure Python, standard library only, no Qt.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from .errors import BundleError, BundleErrorKind

__all__ = ["SOFTWARE_DECODABLE_VIDEO", "MediaInfo", "Track", "check_rendition", "codec_name",
           "probe"]

# What the player decodes without hardware help; the one promise a publisher can rely on.
# (The bundled FFmpeg also has software decoders for a few older formats such as MPEG-4
# Part 2, but these five are the ones Lectern supports.)
SOFTWARE_DECODABLE_VIDEO = frozenset({"h264", "hevc", "vp8", "vp9", "theora"})
_SUPPORTED_ORDER = ("h264", "hevc", "vp8", "vp9", "theora")
# Formats the bundled FFmpeg can only hand to a hardware decoder.
HARDWARE_ONLY_VIDEO = frozenset({"av1"})

MAX_READ = 1024 * 1024   # the largest single read (a Matroska Tracks element)
MAX_HEADERS = 4096       # header reads per file; a file needing more is not walked further
MAX_TRACKS = 64          # tracks looked at per file

CODEC_NAMES = {
    "h264": "H.264", "hevc": "HEVC", "vp8": "VP8", "vp9": "VP9", "theora": "Theora",
    "av1": "AV1", "vvc": "VVC (H.266)", "mpeg4": "MPEG-4 Part 2", "mpeg2": "MPEG-2",
    "mpeg1": "MPEG-1", "h263": "H.263", "msmpeg4": "Microsoft MPEG-4", "mjpeg": "Motion JPEG",
    "prores": "ProRes", "ffv1": "FFV1", "raw": "uncompressed video",
    "encrypted": "encrypted (DRM-protected)",
    "aac": "AAC", "mp3": "MP3", "mp2": "MPEG audio layer II", "mp1": "MPEG audio layer I",
    "opus": "Opus", "vorbis": "Vorbis", "flac": "FLAC", "ac3": "AC-3", "eac3": "E-AC-3",
    "alac": "ALAC", "pcm": "PCM", "amr": "AMR", "dts": "DTS", "speex": "Speex",
}

# ISO-BMFF sample entry fourccs. mp4a is reported as AAC: nearly every MP4 carries AAC there
# (telling MP3-in-MP4 apart would need the esds descriptor, which nothing here needs).
_MP4_VIDEO = {
    "avc1": "h264", "avc2": "h264", "avc3": "h264", "avc4": "h264", "dvav": "h264",
    "dva1": "h264", "hvc1": "hevc", "hev1": "hevc", "dvh1": "hevc", "dvhe": "hevc",
    "vp08": "vp8", "vp09": "vp9", "av01": "av1", "dav1": "av1", "vvc1": "vvc", "vvi1": "vvc",
    "mp4v": "mpeg4", "mp2v": "mpeg2", "s263": "h263", "h263": "h263", "jpeg": "mjpeg",
    "mjpa": "mjpeg", "mjpb": "mjpeg", "apch": "prores", "apcn": "prores", "apcs": "prores",
    "apco": "prores", "ap4h": "prores", "ap4x": "prores", "encv": "encrypted",
}
_MP4_AUDIO = {
    "mp4a": "aac", ".mp3": "mp3", "Opus": "opus", "fLaC": "flac", "ac-3": "ac3",
    "ec-3": "eac3", "alac": "alac", "sowt": "pcm", "twos": "pcm", "lpcm": "pcm", "ipcm": "pcm",
    "fpcm": "pcm", "ulaw": "pcm", "alaw": "pcm", "samr": "amr", "sawb": "amr",
    "enca": "encrypted",
}
# Boxes that may open an ISO-BMFF / QuickTime file.
_MP4_FIRST = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"styp"}

_MKV_CODECS = {
    "V_MPEG4/ISO/AVC": "h264", "V_MPEGH/ISO/HEVC": "hevc", "V_VP8": "vp8", "V_VP9": "vp9",
    "V_AV1": "av1", "V_THEORA": "theora", "V_MPEGI/ISO/VVC": "vvc", "V_MPEG4/ISO/SP": "mpeg4",
    "V_MPEG4/ISO/ASP": "mpeg4", "V_MPEG4/ISO/AP": "mpeg4", "V_MPEG4/MS/V3": "msmpeg4",
    "V_MPEG1": "mpeg1", "V_MPEG2": "mpeg2", "V_MJPEG": "mjpeg", "V_PRORES": "prores",
    "V_FFV1": "ffv1", "V_UNCOMPRESSED": "raw",
    "A_OPUS": "opus", "A_VORBIS": "vorbis", "A_MPEG/L3": "mp3", "A_MPEG/L2": "mp2",
    "A_MPEG/L1": "mp1", "A_FLAC": "flac", "A_AC3": "ac3", "A_EAC3": "eac3", "A_ALAC": "alac",
    "A_DTS": "dts",
}
_MKV_PREFIXES = (("A_AAC", "aac"), ("A_PCM/", "pcm"))

# Matroska element ids (with their length-marker bits, as written in the file).
_EBML = 0x1A45DFA3
_DOCTYPE = 0x4282
_SEGMENT = 0x18538067
_SEEKHEAD = 0x114D9B74
_SEEK = 0x4DBB
_SEEK_ID = 0x53AB
_SEEK_POSITION = 0x53AC
_TRACKS = 0x1654AE6B
_TRACK_ENTRY = 0xAE
_TRACK_TYPE = 0x83
_CODEC_ID = 0x86
_CLUSTER = 0x1F43B675

# First bytes of an Ogg stream's first packet.
_OGG_CODECS = ((b"\x80theora", "video", "theora"), (b"\x01vorbis", "audio", "vorbis"),
               (b"OpusHead", "audio", "opus"), (b"\x7fFLAC", "audio", "flac"),
               (b"Speex   ", "audio", "speex"), (b"OVP80", "video", "vp8"))


@dataclass(frozen=True)
class Track:
    """One track: "video" or "audio", its codec id (None when unknown) and the raw tag."""

    kind: str
    codec: str | None
    tag: str


@dataclass(frozen=True)
class MediaInfo:
    """What the headers say: the container ("mp4", "mov", "webm", "matroska", "ogg", "mp3",
    "adts") and the video and audio tracks found (subtitle and other tracks are left out)."""

    container: str
    tracks: tuple[Track, ...] = ()

    @property
    def video(self) -> tuple[Track, ...]:
        return tuple(t for t in self.tracks if t.kind == "video")

    @property
    def audio(self) -> tuple[Track, ...]:
        return tuple(t for t in self.tracks if t.kind == "audio")

    @property
    def video_codec(self) -> str | None:
        """The first video track's codec id (None: no video track, or an unknown codec)."""
        return self.video[0].codec if self.video else None


def codec_name(codec: str) -> str:
    """The name people know a codec id by ("av1" → "AV1")."""
    return CODEC_NAMES.get(codec, codec)


class _Exhausted(Exception):
    """The header budget ran out: stop walking and keep what was found."""


class _Reader:
    """Positioned, bounded reads; every read spends one unit of the per-file budget."""

    def __init__(self, f: IO[bytes], size: int) -> None:
        self.f = f
        self.size = size
        self.budget = MAX_HEADERS

    def read(self, offset: int, n: int) -> bytes:
        if offset < 0 or offset >= self.size or n <= 0:
            return b""
        self.budget -= 1
        if self.budget < 0:
            raise _Exhausted
        self.f.seek(offset)
        return self.f.read(min(n, MAX_READ, self.size - offset))


def _tag(raw: bytes) -> str:
    """A codec tag from the file, safe to put in a message (printable ASCII, short)."""
    text = raw.decode("latin-1").rstrip("\x00 ")
    return "".join(c if " " <= c <= "~" else "?" for c in text[:40])


def probe(path: Path) -> MediaInfo | None:
    """The container and tracks of `path`; None when it is no container recognised here.

    Raises OSError when the file cannot be read. Never raises for malformed content: what was
    found before the damage (or before the read budget ran out) is returned.
    """
    with open(path, "rb") as f:
        size = f.seek(0, 2)
        reader = _Reader(f, size)
        head = reader.read(0, 64)
        if head[4:8] in _MP4_FIRST and len(head) >= 8:
            parse = _probe_mp4
        elif head[:4] == _EBML.to_bytes(4, "big"):
            parse = _probe_matroska
        elif head[:4] == b"OggS":
            parse = _probe_ogg
        elif head[:3] == b"ID3" or _mpeg_audio(head[:4]) is not None:
            parse = _probe_mpeg_audio
        else:
            return None
        found: list[Track] = []
        try:
            container = parse(reader, found)
        except _Exhausted:
            container = {_probe_mp4: "mp4", _probe_matroska: "matroska",
                         _probe_ogg: "ogg", _probe_mpeg_audio: "mp3"}[parse]
        if container is None:
            return None
        return MediaInfo(container, tuple(found[:MAX_TRACKS]))


# --------------------------------------------------------------------------- ISO-BMFF

def _boxes(r: _Reader, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, end) of each box in [start, end); stops at the first bad size.

    The position strictly grows and every header costs budget, so this always ends.
    """
    pos = start
    while pos + 8 <= end:
        head = r.read(pos, 16)
        if len(head) < 8:
            return
        size, kind = struct.unpack(">I4s", head[:8])
        header = 8
        if size == 1:
            if len(head) < 16:
                return
            size, header = struct.unpack(">Q", head[8:16])[0], 16
        elif size == 0:              # to the end of the enclosing box (or file)
            size = end - pos
        if size < header:
            return
        yield kind, pos + header, min(pos + size, end)
        pos += size


def _child(r: _Reader, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    return next(((s, e) for k, s, e in _boxes(r, start, end) if k == kind), None)


def _probe_mp4(r: _Reader, found: list[Track]) -> str | None:
    moov = _child(r, 0, r.size, b"moov")
    if moov is None:
        # A recognised start but no movie box: damaged, cut short, or not ISO-BMFF at all.
        return "mp4" if r.read(4, 4) == b"ftyp" else None
    container = "mov" if r.read(4, 8) == b"ftypqt  " else "mp4"
    for kind, start, end in _boxes(r, *moov):
        if kind != b"trak" or len(found) >= MAX_TRACKS:
            continue
        track = _mp4_track(r, start, end)
        if track is not None:
            found.append(track)
    return container


def _mp4_track(r: _Reader, start: int, end: int) -> Track | None:
    """The kind and codec of one trak: its handler (hdlr) and first sample entry (stsd)."""
    mdia = _child(r, start, end, b"mdia")
    if mdia is None:
        return None
    handler = entry = None
    for kind, s, e in _boxes(r, *mdia):
        if kind == b"hdlr":
            handler = r.read(s + 8, 4) if e - s >= 12 else None
        elif kind == b"minf":
            stbl = _child(r, s, e, b"stbl")
            stsd = _child(r, *stbl, b"stsd") if stbl is not None else None
            if stsd is not None and stsd[1] - stsd[0] >= 16:
                data = r.read(stsd[0], 16)   # version+flags, entry count, first entry header
                if len(data) == 16 and struct.unpack(">I", data[4:8])[0] > 0:
                    entry = data[12:16]
    if handler == b"vide":
        kind_name, table = "video", _MP4_VIDEO
    elif handler == b"soun":
        kind_name, table = "audio", _MP4_AUDIO
    else:
        return None
    tag = _tag(entry) if entry else ""
    return Track(kind_name, table.get(entry.decode("latin-1")) if entry else None, tag)


# --------------------------------------------------------------------------- Matroska / WebM

def _ebml_id(data: bytes, pos: int) -> tuple[int, int] | None:
    """An element id (marker bits kept) and its length, or None when malformed."""
    if pos >= len(data) or data[pos] == 0:
        return None
    length = 8 - data[pos].bit_length() + 1
    if length > 4 or pos + length > len(data):
        return None
    return int.from_bytes(data[pos:pos + length], "big"), length


def _ebml_size(data: bytes, pos: int) -> tuple[int | None, int] | None:
    """An element size (None: "unknown size") and its length, or None when malformed."""
    if pos >= len(data) or data[pos] == 0:
        return None
    length = 8 - data[pos].bit_length() + 1
    if pos + length > len(data):
        return None
    value = int.from_bytes(data[pos:pos + length], "big") & ((1 << (7 * length)) - 1)
    return (None if value == (1 << (7 * length)) - 1 else value), length


def _elements(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(id, payload) of each element in an in-memory master element; stops at damage."""
    pos = 0
    while pos < len(data):
        ident = _ebml_id(data, pos)
        if ident is None:
            return
        size = _ebml_size(data, pos + ident[1])
        if size is None or size[0] is None:
            return
        start = pos + ident[1] + size[1]
        yield ident[0], data[start:start + size[0]]
        pos = start + size[0]


def _element_at(r: _Reader, pos: int) -> tuple[int, int | None, int] | None:
    """(id, size or None if unknown, payload start) of the element at `pos` in the file."""
    head = r.read(pos, 12)
    ident = _ebml_id(head, 0)
    if ident is None:
        return None
    size = _ebml_size(head, ident[1])
    if size is None:
        return None
    return ident[0], size[0], pos + ident[1] + size[1]


def _probe_matroska(r: _Reader, found: list[Track]) -> str | None:
    header = _element_at(r, 0)
    if header is None or header[1] is None:
        return None
    doc_type = next((p for i, p in _elements(r.read(header[2], min(header[1], 4096)))
                     if i == _DOCTYPE), b"matroska")
    container = "webm" if doc_type.rstrip(b"\x00") == b"webm" else "matroska"
    pos = header[2] + header[1]
    # The Segment follows the header, perhaps after Void elements.
    for _ in range(16):
        element = _element_at(r, pos)
        if element is None:
            return container
        ident, size, start = element
        if ident == _SEGMENT:
            end = r.size if size is None else min(start + size, r.size)
            _matroska_segment(r, start, end, found)
            return container
        if size is None:
            return container
        pos = start + size
    return container


def _matroska_segment(r: _Reader, seg_start: int, seg_end: int, found: list[Track]) -> None:
    """Find Tracks among the Segment's children, jumping past clusters through the SeekHead."""
    pos = seg_start
    tracks_at: int | None = None
    visited: set[int] = set()
    while seg_start <= pos < seg_end and pos not in visited:
        visited.add(pos)
        element = _element_at(r, pos)
        if element is None:
            return
        ident, size, start = element
        if ident == _TRACKS and size is not None:
            _matroska_tracks(r.read(start, min(size, MAX_READ)), found)
            return
        if ident == _SEEKHEAD and size is not None and tracks_at is None:
            tracks_at = _seek_target(r.read(start, min(size, 64 * 1024)), _TRACKS)
            if tracks_at is not None:
                tracks_at += seg_start
        if ident == _CLUSTER or size is None:
            # Media data: Tracks, if anywhere, is where the SeekHead says.
            if tracks_at is None or tracks_at in visited:
                return
            pos = tracks_at
            continue
        pos = start + size


def _seek_target(seekhead: bytes, wanted: int) -> int | None:
    for ident, payload in _elements(seekhead):
        if ident != _SEEK:
            continue
        fields = dict(_elements(payload))
        seek_id, where = fields.get(_SEEK_ID), fields.get(_SEEK_POSITION)
        if seek_id is not None and where and int.from_bytes(seek_id, "big") == wanted:
            return int.from_bytes(where[:8], "big")
    return None


def _matroska_tracks(data: bytes, found: list[Track]) -> None:
    for ident, payload in _elements(data):
        if ident != _TRACK_ENTRY or len(found) >= MAX_TRACKS:
            continue
        track_type = codec_id = None
        for field_id, value in _elements(payload):
            if field_id == _TRACK_TYPE and value:
                track_type = int.from_bytes(value[:8], "big")
            elif field_id == _CODEC_ID:
                codec_id = _tag(value)
        if codec_id is None:
            continue
        if track_type == 1 or (track_type is None and codec_id.startswith("V_")):
            kind = "video"
        elif track_type == 2 or (track_type is None and codec_id.startswith("A_")):
            kind = "audio"
        else:
            continue
        codec = _MKV_CODECS.get(codec_id) or next(
            (name for prefix, name in _MKV_PREFIXES if codec_id.startswith(prefix)), None)
        found.append(Track(kind, codec, codec_id))


# --------------------------------------------------------------------------- Ogg, MP3

def _probe_ogg(r: _Reader, found: list[Track]) -> str | None:
    """Every stream of an Ogg file starts on a beginning-of-stream page before any data."""
    pos = 0
    for _ in range(MAX_TRACKS):
        head = r.read(pos, 27 + 255)
        if len(head) < 27 or head[:4] != b"OggS" or not head[5] & 0x02:
            break
        segments = head[27:27 + head[26]]
        if len(segments) < head[26]:
            break
        body = pos + 27 + head[26]
        packet = r.read(body, 16)
        for magic, kind, codec in _OGG_CODECS:
            if packet.startswith(magic):
                found.append(Track(kind, codec, magic.strip(b"\x00\x01\x7f\x80 ").decode()))
                break
        pos = body + sum(segments)
    return "ogg"


def _mpeg_audio(frame: bytes) -> str | None:
    """The codec of an MPEG audio (or ADTS AAC) frame header, or None if it is none."""
    if len(frame) < 4 or frame[0] != 0xFF or frame[1] & 0xE0 != 0xE0:
        return None
    if frame[1] & 0xF6 == 0xF0:
        return "aac"   # ADTS: 12-bit sync, layer 00
    version, layer = (frame[1] >> 3) & 3, (frame[1] >> 1) & 3
    if version == 1 or layer == 0 or frame[2] >> 4 == 15 or (frame[2] >> 2) & 3 == 3:
        return None
    return {1: "mp3", 2: "mp2", 3: "mp1"}[layer]


def _probe_mpeg_audio(r: _Reader, found: list[Track]) -> str | None:
    pos = 0
    head = r.read(0, 10)
    if head[:3] == b"ID3" and len(head) == 10:
        tag_size = 0
        for byte in head[6:10]:
            tag_size = (tag_size << 7) | (byte & 0x7F)
        pos = 10 + tag_size + (10 if head[5] & 0x10 else 0)
    window = r.read(pos, 4096)   # padding may follow the tag
    for i in range(max(len(window) - 3, 0)):
        codec = _mpeg_audio(window[i:i + 4])
        if codec is not None:
            found.append(Track("audio", codec, codec))
            return "mp3" if codec != "aac" else "adts"
        if head[:3] != b"ID3":
            break   # without a tag the frame must start the file
    return None


# --------------------------------------------------------------------------- bundle check

def _supported_hint() -> str:
    names = [codec_name(c) for c in _SUPPORTED_ORDER if c in SOFTWARE_DECODABLE_VIDEO]
    return f"Use {', '.join(names[:-1])} or {names[-1]}."


def check_rendition(path: Path, where: str) -> None:
    """Refuse a rendition the player could not show: an unknown container, no tracks, or a
    video codec outside SOFTWARE_DECODABLE_VIDEO.

    `where` names the rendition for a publisher, e.g. 'Rendition 480p of “Lecture 1”'.
    A file with audio and no video track passes (an audio-only rendition).
    Raises BundleError(BundleErrorKind.SOURCE, message).
    """
    try:
        info = probe(path)
    except OSError as exc:
        raise BundleError(BundleErrorKind.SOURCE,
                          f"{where} cannot be read ({exc.strerror or exc}).") from exc
    if info is None:
        raise BundleError(BundleErrorKind.SOURCE, (
            f"{where} is not a video or audio file Lectern recognises (it should be MP4, WebM, "
            f"Matroska, Ogg or MP3). {_supported_hint()}"))
    if not info.tracks:
        raise BundleError(BundleErrorKind.SOURCE, (
            f"{where} has no video or audio track that Lectern can find; the file may be "
            f"damaged or cut short."))
    for track in info.video:
        if track.codec in SOFTWARE_DECODABLE_VIDEO:
            continue
        if track.codec is None:
            what = f"uses a video format Lectern does not recognise ({track.tag or 'no name'})"
        elif track.codec in HARDWARE_ONLY_VIDEO:
            what = (f"is {codec_name(track.codec)}, which Lectern cannot play without hardware "
                    f"support")
        else:
            what = f"is {codec_name(track.codec)} video, which Lectern does not play"
        raise BundleError(BundleErrorKind.SOURCE, f"{where} {what}. {_supported_hint()}")
