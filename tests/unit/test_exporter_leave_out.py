"""sync.exporter.export_course(..., leave_out=...): a copy without the files another bundle
carries (the packages' French and Arabic demo bundles leave out what the English one has)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from sync.bundle import TrustPolicy
from sync.exporter import export_course
from sync.importer import import_bundle
from sync.manifest import VideoItem
from sync.store import LearnerStore

POLICY = TrustPolicy(allow_unsigned=True)


def _blobs(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        return {n.rsplit("/", 1)[-1] for n in zf.namelist() if n.startswith("blobs/")}


def test_leave_out_omits_exactly_those_files_and_keeps_the_manifest(data_paths, tiny_bundle,
                                                                    tmp_path):
    import_bundle(data_paths, tiny_bundle, POLICY)
    with LearnerStore.open(data_paths.db) as store:
        manifest = store.manifest("tiny-en")
        manifest_bytes, _signature = store.manifest_bytes("tiny-en")
    videos = {r.sha256 for it in manifest.items() if isinstance(it, VideoItem)
              for r in it.renditions}
    assert videos

    whole = export_course(data_paths, "tiny-en", tmp_path / "whole.lectern")
    slim = export_course(data_paths, "tiny-en", tmp_path / "slim.lectern",
                         leave_out=videos | {"0" * 64})  # an unlisted name is ignored
    assert _blobs(tmp_path / "whole.lectern") == set(manifest.files)
    assert _blobs(tmp_path / "slim.lectern") == set(manifest.files) - videos
    assert slim.files == whole.files - len(videos)
    assert slim.bytes == whole.bytes - sum(manifest.files[s].size for s in videos)
    with zipfile.ZipFile(tmp_path / "slim.lectern") as zf:  # the same (signed) description
        assert zf.read("manifest.json") == manifest_bytes

    # With low_bandwidth: the larger renditions are out anyway, leave_out takes the rest.
    low = export_course(data_paths, "tiny-en", tmp_path / "low.lectern", low_bandwidth=True,
                        leave_out=videos)
    assert _blobs(tmp_path / "low.lectern") == manifest.low_bandwidth_files() - videos
    assert low.files == len(manifest.low_bandwidth_files() - videos)


def test_nothing_left_out_is_the_usual_export(data_paths, tiny_bundle, tmp_path):
    import_bundle(data_paths, tiny_bundle, POLICY)
    a = export_course(data_paths, "tiny-en", tmp_path / "a.lectern", low_bandwidth=True)
    b = export_course(data_paths, "tiny-en", tmp_path / "b.lectern", low_bandwidth=True,
                      leave_out=())
    assert (a.files, a.bytes) == (b.files, b.bytes)
    assert _blobs(tmp_path / "a.lectern") == _blobs(tmp_path / "b.lectern")
