"""The media probe: codecs from real tiny files and hand-built headers, the bundle check's
messages, and hostile input (truncated, mutated, endless or self-referencing headers)."""
from __future__ import annotations

import random
import struct
import time
from pathlib import Path

import pytest

from sync.errors import BundleError, BundleErrorKind
from sync.media_probe import MAX_HEADERS, SOFTWARE_DECODABLE_VIDEO, MediaInfo, Track, check_rendition, codec_name, probe

ROOT = Path(__file__).resolve().parents[2]
MEDIA = ROOT / "tests" / "media"
DEMO = ROOT / "resources" / "demo" / "course" / "media"
WHERE = "Rendition 480p of “Lecture 1”"


def write(tmp_path: Path, data: bytes, name: str = "file.bin") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- ISO-BMFF builders

def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def trak(handler: bytes, entry: bytes) -> bytes:
    hdlr = box(b"hdlr", b"\0" * 8 + handler + b"\0" * 12)
    stsd = box(b"stsd", b"\0" * 4 + struct.pack(">I", 1) + box(entry, b"\0" * 78))
    minf = box(b"minf", box(b"stbl", stsd))
    return box(b"trak", box(b"mdia", hdlr + minf))


def mp4(*tracks: tuple[bytes, bytes], brand: bytes = b"isom", before_moov: bytes = b"") -> bytes:
    moov = box(b"moov", b"".join(trak(h, e) for h, e in tracks))
    return box(b"ftyp", brand + b"\0\0\0\0") + before_moov + moov


# ---------------------------------------------------------------- EBML builders

def vint(n: int) -> bytes:
    for length in range(1, 9):
        if n < (1 << (7 * length)) - 1:
            return ((1 << (7 * length)) | n).to_bytes(length, "big")
    raise ValueError(n)


def el(ident: int, payload: bytes) -> bytes:
    return ident.to_bytes((ident.bit_length() + 7) // 8, "big") + vint(len(payload)) + payload


def track_entry(codec: str, track_type: int | None) -> bytes:
    fields = el(0xD7, b"\x01") + el(0x86, codec.encode())
    if track_type is not None:
        fields = el(0x83, bytes([track_type])) + fields
    return el(0xAE, fields)


def mkv(*entries: tuple[str, int | None], doc_type: bytes = b"matroska",
        segment_body: bytes | None = None, unknown_size: bool = False) -> bytes:
    header = el(0x1A45DFA3, el(0x4286, b"\x01") + el(0x4282, doc_type))
    body = segment_body if segment_body is not None else el(
        0x1654AE6B, b"".join(track_entry(c, t) for c, t in entries))
    if unknown_size:
        return header + bytes.fromhex("18538067") + b"\x01\xff\xff\xff\xff\xff\xff\xff" + body
    return header + el(0x18538067, body)


# ---------------------------------------------------------------- real files

@pytest.mark.parametrize("name, container, video, audio", [
    ("av1-aac.mp4", "mp4", ("av1",), ("aac",)),
    ("av1.mp4", "mp4", ("av1",), ()),
    ("av1-opus.webm", "webm", ("av1",), ("opus",)),
    ("vp9.webm", "webm", ("vp9",), ()),
    ("audio.m4a", "mp4", (), ("aac",)),
])
def test_real_files(name, container, video, audio):
    info = probe(MEDIA / name)
    assert info is not None and info.container == container
    assert tuple(t.codec for t in info.video) == video
    assert tuple(t.codec for t in info.audio) == audio


def test_the_demo_lectures_are_h264_and_pass():
    for path in sorted(DEMO.glob("*.mp4")):
        info = probe(path)
        assert info is not None and info.video_codec == "h264", path
        assert [t.codec for t in info.audio] == ["aac"]
        check_rendition(path, WHERE)


@pytest.mark.parametrize("name", ["av1-aac.mp4", "av1.mp4", "av1-opus.webm"])
def test_av1_renditions_are_refused_in_plain_words(name):
    with pytest.raises(BundleError) as caught:
        check_rendition(MEDIA / name, WHERE)
    assert caught.value.kind is BundleErrorKind.SOURCE
    assert str(caught.value) == (
        "Rendition 480p of “Lecture 1” is AV1, which Lectern cannot play without hardware "
        "support. Use H.264, HEVC, VP8, VP9 or Theora.")


@pytest.mark.parametrize("name", ["vp9.webm", "audio.m4a"])
def test_decodable_and_audio_only_renditions_pass(name):
    check_rendition(MEDIA / name, WHERE)


def test_the_supported_set():
    assert SOFTWARE_DECODABLE_VIDEO == {"h264", "hevc", "vp8", "vp9", "theora"}
    assert codec_name("av1") == "AV1" and codec_name("h264") == "H.264"
    assert codec_name("no-such") == "no-such"


# ---------------------------------------------------------------- hand-built MP4

@pytest.mark.parametrize("fourcc, codec", [
    (b"avc1", "h264"), (b"avc3", "h264"), (b"hvc1", "hevc"), (b"hev1", "hevc"),
    (b"vp08", "vp8"), (b"vp09", "vp9"), (b"av01", "av1"), (b"mp4v", "mpeg4"),
])
def test_mp4_sample_entries(tmp_path, fourcc, codec):
    info = probe(write(tmp_path, mp4((b"vide", fourcc), (b"soun", b"Opus"))))
    assert info == MediaInfo("mp4", (Track("video", codec, fourcc.decode()),
                                     Track("audio", "opus", "Opus")))


def test_other_tracks_are_left_out_and_quicktime_is_named(tmp_path):
    info = probe(write(tmp_path, mp4((b"text", b"tx3g"), (b"vide", b"avc1"), brand=b"qt  ")))
    assert info == MediaInfo("mov", (Track("video", "h264", "avc1"),))


def test_a_known_codec_outside_the_set_is_refused(tmp_path):
    with pytest.raises(BundleError, match="is MPEG-4 Part 2 video, which Lectern does not "
                                          "play. Use H.264, HEVC, VP8, VP9 or Theora."):
        check_rendition(write(tmp_path, mp4((b"vide", b"mp4v"))), WHERE)


def test_an_unknown_codec_is_refused_and_named_safely(tmp_path):
    with pytest.raises(BundleError) as caught:
        check_rendition(write(tmp_path, mp4((b"vide", b"zz\x07\x00"))), WHERE)
    assert str(caught.value) == (
        "Rendition 480p of “Lecture 1” uses a video format Lectern does not recognise (zz?). "
        "Use H.264, HEVC, VP8, VP9 or Theora.")


def test_moov_after_media_data_and_large_and_open_ended_boxes(tmp_path):
    mdat64 = struct.pack(">I4sQ", 1, b"mdat", 16 + 1000) + b"\0" * 1000
    data = mp4((b"vide", b"hvc1"), before_moov=mdat64)
    assert probe(write(tmp_path, data)).video_codec == "hevc"
    # A last box of size 0 runs to the end of the file.
    moov = box(b"moov", trak(b"vide", b"vp09"))
    data = box(b"ftyp", b"isom\0\0\0\0") + struct.pack(">I4s", 0, b"moov") + moov[8:]
    assert probe(write(tmp_path, data)).video_codec == "vp9"


def test_a_start_without_tracks_or_with_no_movie_box(tmp_path):
    damaged = write(tmp_path, b"\x00\x00\x00\x18ftypmp42" + b"not a video at all " * 50)
    assert probe(damaged) == MediaInfo("mp4")
    with pytest.raises(BundleError, match="has no video or audio track that Lectern can find"):
        check_rendition(damaged, WHERE)


# ---------------------------------------------------------------- hand-built Matroska

@pytest.mark.parametrize("codec_id, codec", [
    ("V_VP8", "vp8"), ("V_VP9", "vp9"), ("V_AV1", "av1"), ("V_THEORA", "theora"),
    ("V_MPEG4/ISO/AVC", "h264"), ("V_MPEGH/ISO/HEVC", "hevc"), ("V_MPEG4/ISO/ASP", "mpeg4"),
    ("V_QUUX", None),
])
def test_matroska_codec_ids(tmp_path, codec_id, codec):
    info = probe(write(tmp_path, mkv((codec_id, 1), ("A_AAC/MPEG4/LC", 2), ("S_TEXT/UTF8", 17))))
    assert info == MediaInfo("matroska", (Track("video", codec, codec_id),
                                          Track("audio", "aac", "A_AAC/MPEG4/LC")))


def test_webm_with_unknown_segment_size_and_no_track_types(tmp_path):
    info = probe(write(tmp_path, mkv(("V_VP8", None), ("A_VORBIS", None), doc_type=b"webm",
                                     unknown_size=True)))
    assert info == MediaInfo("webm", (Track("video", "vp8", "V_VP8"),
                                      Track("audio", "vorbis", "A_VORBIS")))


def test_tracks_after_the_clusters_are_found_through_the_seek_head(tmp_path):
    cluster = el(0x1F43B675, b"\0" * 3000)
    tracks = el(0x1654AE6B, track_entry("V_AV1", 1))
    seek_placeholder = el(0x114D9B74, el(0x4DBB, el(0x53AB, bytes.fromhex("1654AE6B"))
                                         + el(0x53AC, (0).to_bytes(4, "big"))))
    where = len(seek_placeholder) + len(cluster)
    seek_head = el(0x114D9B74, el(0x4DBB, el(0x53AB, bytes.fromhex("1654AE6B"))
                                  + el(0x53AC, where.to_bytes(4, "big"))))
    assert len(seek_head) == len(seek_placeholder)
    data = mkv(segment_body=seek_head + cluster + tracks)
    assert probe(write(tmp_path, data)).video_codec == "av1"
    # Without a seek head the media data ends the search: a recognised file with no tracks.
    assert probe(write(tmp_path, mkv(segment_body=cluster + tracks))) == MediaInfo("matroska")


def test_a_seek_head_pointing_at_itself_ends(tmp_path):
    seek_head = el(0x114D9B74, el(0x4DBB, el(0x53AB, bytes.fromhex("1654AE6B"))
                                  + el(0x53AC, (0).to_bytes(4, "big"))))
    data = mkv(segment_body=seek_head + el(0x1F43B675, b"\0" * 100))
    assert probe(write(tmp_path, data)) == MediaInfo("matroska")


# ---------------------------------------------------------------- Ogg, MP3, others

def ogg_page(packet: bytes, serial: int, bos: bool) -> bytes:
    segments = [255] * (len(packet) // 255) + [len(packet) % 255]
    return (b"OggS\0" + bytes([2 if bos else 0]) + b"\0" * 8 + struct.pack("<I", serial)
            + b"\0" * 8 + bytes([len(segments)]) + bytes(segments) + packet)


def test_ogg_theora_and_vorbis(tmp_path):
    data = (ogg_page(b"\x80theora" + b"\0" * 300, 1, True)
            + ogg_page(b"\x01vorbis" + b"\0" * 20, 2, True)
            + ogg_page(b"\x81theora comments", 1, False))
    info = probe(write(tmp_path, data))
    assert info == MediaInfo("ogg", (Track("video", "theora", "theora"),
                                     Track("audio", "vorbis", "vorbis")))
    check_rendition(write(tmp_path, data), WHERE)


def test_ogg_opus_is_audio_only(tmp_path):
    info = probe(write(tmp_path, ogg_page(b"OpusHead\x01\x01", 7, True)))
    assert info is not None and info.audio[0].codec == "opus" and not info.video


def test_mp3_with_and_without_a_tag(tmp_path):
    frame = bytes([0xFF, 0xFB, 0x90, 0x64]) + b"\0" * 400
    tag = b"ID3\x03\x00\x00" + bytes([0, 0, 0, 20]) + b"\0" * 20
    for data in (frame, tag + b"\0" * 30 + frame):
        info = probe(write(tmp_path, data))
        assert info == MediaInfo("mp3", (Track("audio", "mp3", "mp3"),))
        check_rendition(write(tmp_path, data), WHERE)


@pytest.mark.parametrize("data", [
    b"", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
    b"ID3\x03\x00\x00\x00\x00\x00\x10" + b"\0" * 100, bytes([0xFF, 0xFF, 0xFF, 0xFF]) * 10,
])
def test_not_a_media_file(tmp_path, data):
    path = write(tmp_path, data)
    assert probe(path) is None
    with pytest.raises(BundleError) as caught:
        check_rendition(path, WHERE)
    assert caught.value.kind is BundleErrorKind.SOURCE
    assert "is not a video or audio file Lectern recognises" in str(caught.value)


def test_a_missing_file_cannot_be_read(tmp_path):
    with pytest.raises(BundleError, match="cannot be read"):
        check_rendition(tmp_path / "nowhere.mp4", WHERE)


# ---------------------------------------------------------------- hostile input

def test_endless_boxes_stop_at_the_budget(tmp_path):
    data = box(b"ftyp", b"isom\0\0\0\0") + box(b"free") * (MAX_HEADERS * 4) + mp4(
        (b"vide", b"av01"))[16:]
    # CPU time of this process: the bound is on work done, and parallel test workers
    # share the cores (wall time would fail on a busy machine, not on slow code).
    started = time.process_time()
    info = probe(write(tmp_path, data))
    assert info == MediaInfo("mp4") and time.process_time() - started < 2


def test_nested_and_oversized_sizes(tmp_path):
    # A trak claiming more than its parent, a box too small to hold its header, a huge
    # 64-bit size, and an EBML element claiming petabytes: no error, no endless loop.
    bad_trak = struct.pack(">I4s", 10_000, b"trak") + b"\0" * 8
    cases = [
        box(b"ftyp", b"isom") + box(b"moov", bad_trak),
        box(b"ftyp", b"isom") + struct.pack(">I4s", 3, b"moov") + b"\0" * 40,
        box(b"ftyp", b"isom") + struct.pack(">I4sQ", 1, b"moov", 1 << 62),
        box(b"ftyp", b"isom") + struct.pack(">I4sQ", 1, b"moov", 4),
        mkv(segment_body=bytes.fromhex("1654AE6B") + b"\x01\x7f\xff\xff\xff\xff\xff\xff"),
        mkv(segment_body=el(0x1654AE6B, el(0xAE, b"\x86\x01\xff\xff\xff\xff\xff\xff\xfe"))),
    ]
    for data in cases:
        info = probe(write(tmp_path, data))
        assert info is not None and not info.tracks


def test_every_prefix_of_real_files(tmp_path):
    for name in ("av1-aac.mp4", "av1-opus.webm"):
        data = (MEDIA / name).read_bytes()
        for end in range(0, len(data), 37):
            probe(write(tmp_path, data[:end]))   # must not raise


def test_mutated_files_never_raise(tmp_path):
    rng = random.Random(11)
    sources = [(MEDIA / n).read_bytes() for n in ("av1-aac.mp4", "av1-opus.webm", "vp9.webm")]
    sources.append(mkv(("V_VP9", 1), ("A_OPUS", 2)))
    started = time.process_time()
    for i in range(400):
        data = bytearray(rng.choice(sources)[:2048 if i % 2 else None])
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        info = probe(write(tmp_path, bytes(data)))
        assert info is None or isinstance(info, MediaInfo)
    assert time.process_time() - started < 20
