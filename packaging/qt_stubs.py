"""Stand-ins for libQt6Quick and libQt6Qml in the Linux build: 4 MB less in the .deb.

The PySide6 wheels' FFmpeg media plugin (`plugins/multimedia/libffmpegmediaplugin.so`, the
only one on Linux: without it no video plays) links libQt6Quick and libQt6Qml, and through
Quick also QmlMeta, QmlModels and QmlWorkerScript: 16 MB on disk, 4.1 MB of the .deb. Of all
that it uses two names, both for capturing a Qt Quick window (a QML app's screen recording),
which a widgets player never does:
- `QQuickWindow::grabWindow()` (a function: called only on a QQuickWindow);
- `QQuickWindow::staticMetaObject` (data: `qobject_cast<QQuickWindow *>` compares a window's
  meta-object chain against its address; no widget's chain holds it, so it is never read);
and nothing from libQt6Qml (it is only named). The plugin is linked with BIND_NOW, so both
names must exist, with the symbol version `Qt_6`, when it loads.

So the build replaces libQt6Quick.so.6 with a small library of the same SONAME that defines
those two (the function aborts with a message if anything ever calls it), libQt6Qml.so.6 with
an empty one, and drops the three other QML libraries. The smoke test (a video playing) and
`check_bundle.py` (every DT_NEEDED satisfied) run on the result; `nm` lists here what the
plugin needs, so a PySide6 whose plugin wants more stops the build instead of shipping a
plugin that does not load. Needs a C compiler (`cc`; Debian's gcc); without one the real
libraries stay (and the .deb is 4 MB larger).

    python3 packaging/qt_stubs.py dist/lectern/_internal    # what lectern.spec does on Linux
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: What the stand-ins define: {soname: mangled names}. Functions end in "Ev" here (no
#: arguments); everything else is data.
STUBS: dict[str, list[str]] = {
    "libQt6Quick.so.6": ["_ZN12QQuickWindow10grabWindowEv", "_ZN12QQuickWindow16staticMetaObjectE"],
    "libQt6Qml.so.6": [],
}
#: Libraries only the real libQt6Quick needed: removed with it.
DROPPED = ["libQt6QmlMeta.so.6", "libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6"]
VERSION = "Qt_6"
_FUNCTIONS = {"_ZN12QQuickWindow10grabWindowEv"}


class StubError(RuntimeError):
    """The plugin needs more from the QML libraries than the stand-ins define."""


def _defined(lib: Path) -> set[str]:
    out = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True,
                         text=True, check=True).stdout
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def _undefined(lib: Path) -> set[str]:
    out = subprocess.run(["nm", "-D", "--undefined-only", str(lib)], capture_output=True,
                         text=True, check=True).stdout
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def needed_from(plugin: Path, lib: Path) -> set[str]:
    """The names `plugin` takes from `lib` (the real library)."""
    return _undefined(plugin) & _defined(lib)


def _source(names: list[str]) -> str:
    lines = ["#include <stdio.h>", "#include <stdlib.h>"]
    for name in names:
        if name in _FUNCTIONS:
            lines.append(f"void {name}(void) {{ fputs(\"lectern: {name} is not in this build "
                         "(qt_stubs.py)\\n\", stderr); abort(); }")
        else:  # a QMetaObject is 7 pointers; zeros, never read (see above)
            lines.append(f"__attribute__((aligned(16))) char {name}[64];")
    return "\n".join(lines) + "\n"


def build_stub(soname: str, names: list[str], out: Path, cc: str = "cc") -> None:
    with tempfile.TemporaryDirectory(prefix="lectern-stub-") as tmp:
        src, script = Path(tmp) / "stub.c", Path(tmp) / "stub.map"
        src.write_text(_source(names), encoding="utf-8")
        exported = f"global:{''.join(f' {n};' for n in names)} " if names else ""
        script.write_text(f"{VERSION} {{ {exported}local: *; }};\n", encoding="utf-8")
        subprocess.run([cc, "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{soname}",
                        f"-Wl,--version-script={script}", "-o", str(out), str(src)], check=True)


def install_stubs(internal: Path, cc: str | None = None) -> int | None:
    """Replace the QML libraries under `internal` (the onedir's _internal); the bytes freed
    on disk, or None when there is no C compiler (nothing changed)."""
    cc = cc or shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return None
    lib_dir = internal / "PySide6" / "Qt" / "lib"
    elf = {path: _needed(path) for path in sorted(internal.rglob("*.so*"))
           if path.is_file() and not path.is_symlink()}
    freed = 0
    for soname, names in STUBS.items():
        real = lib_dir / soname
        if not real.is_file() or real.is_symlink():
            raise StubError(f"{real} is missing: has PySide6 changed?")
        users = [p for p, needed in elf.items() if soname in needed and p.name not in DROPPED
                 and p.name not in STUBS]
        for plugin in users:
            wanted = needed_from(plugin, real) - set(names)
            if wanted:
                raise StubError(f"{plugin.name} needs {sorted(wanted)} from {soname}: "
                                "packaging/qt_stubs.py must define them (or keep the real one)")
        before = real.stat().st_size
        build_stub(soname, names, real, cc)
        freed += before - real.stat().st_size
    for name in DROPPED:
        for path in (lib_dir / name, internal / name):
            if path.is_symlink() or path.exists():
                freed += 0 if path.is_symlink() else path.stat().st_size
                path.unlink()
    # Nothing left may name a dropped library.
    for path, needed in elf.items():
        if path.exists() and path.name not in STUBS and set(needed) & set(DROPPED):
            raise StubError(f"{path} links {sorted(set(needed) & set(DROPPED))}, which "
                            "qt_stubs.py drops")
    return freed


def _needed(path: Path) -> list[str]:
    dyn = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]", dyn)


def main(argv: list[str]) -> int:
    freed = install_stubs(Path(argv[0]))
    if freed is None:
        print("qt_stubs: no C compiler (cc): the real QML libraries stay")
        return 1
    print(f"qt_stubs: QML libraries replaced ({freed / 1e6:.1f} MB freed on disk)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
