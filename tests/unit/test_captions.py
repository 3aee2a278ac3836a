"""The WebVTT parser used for lecture captions (pure Python, no Qt)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CAPTIONS_PY = ROOT / "player" / "item_views" / "captions.py"
DEMO_MEDIA = ROOT / "resources" / "demo" / "course" / "media"


def _load_parser():
    """Load captions.py on its own: the package __init__ imports Qt, the parser must not,
    and unit tests keep Qt out of their process."""
    spec = importlib.util.spec_from_file_location("lectern_captions_under_test", CAPTIONS_PY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


_captions = _load_parser()
CueTrack = _captions.CueTrack
parse_timestamp = _captions.parse_timestamp
parse_vtt = _captions.parse_vtt
parse_vtt_bytes = _captions.parse_vtt_bytes


def test_timestamps_with_and_without_hours() -> None:
    assert parse_timestamp("00:00:01.500") == 1.5
    assert parse_timestamp("01:02:03.004") == 3723.004
    assert parse_timestamp("02:03.250") == 123.25
    assert parse_timestamp("100:00:00.000") == 360000.0
    assert parse_timestamp("00:01,5") == 1.5      # SRT-style comma, short fraction
    with pytest.raises(ValueError):
        parse_timestamp("1.5")
    with pytest.raises(ValueError):
        parse_timestamp("00:61.000")


def test_basic_file_with_identifiers_settings_and_notes() -> None:
    text = (
        "WEBVTT - the demo lecture\n"
        "Kind: captions\n"
        "\n"
        "NOTE this is a comment\n"
        "that spans two lines\n"
        "\n"
        "STYLE\n"
        "::cue { color: yellow }\n"
        "\n"
        "intro\n"
        "00:00:01.000 --> 00:00:03.500 align:start line:90% position:10%\n"
        "Welcome.\n"
        "\n"
        "00:04.000 --> 00:06.000\n"
        "Two lines\n"
        "of text\n"
    )
    cues = parse_vtt(text)
    assert [(c.start, c.end) for c in cues] == [(1.0, 3.5), (4.0, 6.0)]
    assert cues[0].identifier == "intro"
    assert cues[0].settings == "align:start line:90% position:10%"
    assert cues[0].text == "Welcome."
    assert cues[1].text == "Two lines\nof text"
    assert cues[1].html == "Two lines<br>of text"


def test_bom_crlf_and_cr_line_ends() -> None:
    body = "WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nCRLF cue\r\n\r\n00:01.000 --> 00:02.000\rCR cue\r"
    cues = parse_vtt_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert [c.text for c in cues] == ["CRLF cue", "CR cue"]


def test_tags_are_stripped_and_only_basic_emphasis_survives_in_html() -> None:
    text = ("WEBVTT\n\n00:00.000 --> 00:02.000\n"
            "<v Judge Amal>Order</v> <b>in</b> <c.loud>court</c> &amp; <i>silence</i> "
            "<00:00:01.000><script>alert(1)</script>&lt;img&gt;\n")
    (cue,) = parse_vtt(text)
    assert cue.text == "Order in court & silence alert(1)<img>"
    assert cue.html == "Order <b>in</b> court &amp; <i>silence</i> alert(1)&lt;img&gt;"
    assert "<script" not in cue.html and "<v" not in cue.html


def test_unclosed_and_misnested_tags_stay_well_formed() -> None:
    (cue,) = parse_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<b><i>bold italic</b> after\n")
    assert cue.html == "<b><i>bold italic</i></b> after"
    (cue,) = parse_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<u>open to the end\n")
    assert cue.html == "<u>open to the end</u>"


def test_malformed_cues_are_skipped_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    text = ("WEBVTT\n\n"
            "00:00.000 --> nonsense\nbad timing\n\n"
            "00:05.000 --> 00:04.000\nends before it starts\n\n"
            "just some text without timing\n\n"
            "00:06.000 --> 00:07.000\ngood\n")
    cues = parse_vtt(text)
    assert [c.text for c in cues] == ["good"]
    assert "skipped 3 malformed" in caplog.text


def test_missing_header_and_srt_style_numbering_are_accepted() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:03,000 --> 00:00:04,000\nsecond\n"
    cues = parse_vtt(text)
    assert [(c.identifier, c.start, c.text) for c in cues] == [("1", 1.0, "first"), ("2", 3.0, "second")]


def test_cues_are_sorted_and_overlaps_are_all_active() -> None:
    text = ("WEBVTT\n\n"
            "00:05.000 --> 00:06.000\nlate\n\n"
            "00:00.000 --> 00:10.000\nlong speaker\n\n"
            "00:02.000 --> 00:03.000\nshort\n")
    track = CueTrack(parse_vtt(text))
    assert [c.text for c in track.cues] == ["long speaker", "short", "late"]
    assert [c.text for c in track.active(2.5)] == ["long speaker", "short"]
    assert [c.text for c in track.active(3.0)] == ["long speaker"]   # end is exclusive
    assert [c.text for c in track.active(5.5)] == ["long speaker", "late"]
    assert track.active(10.0) == []
    assert track.active(-1.0) == []


def test_lookup_is_correct_on_a_long_track() -> None:
    def stamp(t: float) -> str:
        return f"{int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:06.3f}"

    lines = ["WEBVTT", ""]
    for i in range(2000):
        lines += [f"{stamp(i * 2.0)} --> {stamp(i * 2.0 + 1.5)}", f"cue {i}", ""]
    track = CueTrack(parse_vtt("\n".join(lines)))
    assert len(track) == 2000
    assert [c.text for c in track.active(1234 * 2.0 + 0.1)] == ["cue 1234"]
    assert track.active(1234 * 2.0 + 1.7) == []


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    cues = parse_vtt_bytes(b"WEBVTT\n\n00:00.000 --> 00:01.000\ncaf\xe9\n")
    assert cues[0].text == "caf\ufffd"


@pytest.mark.skipif(not DEMO_MEDIA.is_dir(), reason="demo media not generated yet")
def test_demo_caption_files_parse_in_both_languages() -> None:
    files = sorted(DEMO_MEDIA.glob("*.vtt"))
    assert {p.name.split(".")[-2] for p in files} >= {"en", "fr"}
    for path in files:
        cues = parse_vtt_bytes(path.read_bytes())
        assert len(cues) >= 3, path.name
        assert all(c.end > c.start and c.text for c in cues), path.name


def test_parser_imports_no_qt() -> None:
    code = ("import importlib.util, sys; "
            f"spec = importlib.util.spec_from_file_location('captions', {str(CAPTIONS_PY)!r}); "
            "m = importlib.util.module_from_spec(spec); sys.modules['captions'] = m; "
            "spec.loader.exec_module(m); "
            "assert not [n for n in sys.modules if n.startswith('PySide6')], 'Qt imported'; "
            "assert m.parse_vtt('WEBVTT\\n\\n00:00.000 --> 00:01.000\\nx\\n')[0].text == 'x'")
    subprocess.run([sys.executable, "-c", code], check=True)
