"""Entry point of the frozen Lectern (PyInstaller): the same as the `lectern` console script.

One addition for the portable Linux build: on a PC without the system libraries Qt needs (a
minimal Debian, a server), opening the player used to end in a traceback
(`ImportError: libglib-2.0.so.0: cannot open shared object file`). Instead, one message names
every missing Debian package and the `apt-get install` line that adds them, and Lectern exits
with status 2. The command line (`lectern courses`, `import`, ...) needs none of them.
"""
from __future__ import annotations

import os
import re
import sys

#: The system libraries the Linux build loads (what `packaging/check_bundle.py` finds linked,
#: plus those Qt opens itself), and the Debian 12 / Ubuntu package of each. Every package here
#: is in the .deb's Depends (packaging/linux/control.in); tests/packaging keeps the two equal.
SYSTEM_LIBRARIES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpulse.so.0": "libpulse0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXext.so.6": "libxext6",
    "libXrandr.so.2": "libxrandr2",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libdrm.so.2": "libdrm2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libsqlite3.so.0": "libsqlite3-0",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
#: Where a Debian-family system keeps its libraries (plus LD_LIBRARY_PATH).
LIBRARY_DIRS = ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64",
                "/lib", "/usr/lib", "/usr/local/lib")
EXIT_MISSING_LIBRARIES = 2
_SONAME = re.compile(r"(lib[A-Za-z0-9_.+-]+?\.so(?:\.[0-9]+)*)\b")


def missing_soname(exc: BaseException) -> str | None:
    """The shared library an ImportError (or one it was raised from) could not load."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ImportError):
            text = str(current)
            if "cannot open shared object file" in text or "No such file" in text:
                m = _SONAME.search(text)
                if m:
                    return m.group(1)
        current = current.__cause__ or current.__context__
    return None


def library_present(soname: str, dirs: tuple[str, ...] | None = None) -> bool:
    """Whether the dynamic loader could find `soname` (the usual folders, LD_LIBRARY_PATH);
    looked up, never loaded."""
    extra = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]
    return any(os.path.exists(os.path.join(d, soname))
               for d in [*extra, *(LIBRARY_DIRS if dirs is None else dirs)])


def missing_packages(first: str, dirs: tuple[str, ...] | None = None) -> list[str]:
    """Every package to install: the one for the library that failed, then those of the
    other libraries not there either (the loader stops at the first; apt should get all)."""
    packages = [SYSTEM_LIBRARIES.get(first, "")]
    for soname, package in SYSTEM_LIBRARIES.items():
        if package not in packages and not library_present(soname, dirs):
            packages.append(package)
    return [p for p in packages if p]


def explain(soname: str, dirs: tuple[str, ...] | None = None) -> str:
    """The one message for a PC that lacks Qt's system libraries."""
    packages = missing_packages(soname, dirs)
    lines = [f"lectern: error: the course player cannot start: this computer lacks a system "
             f"library it needs ({soname})."]
    if packages:
        lines += ["Install the missing packages (as root), then start Lectern again:",
                  f"    apt-get install {' '.join(packages)}"]
    else:
        lines.append("Install the package that provides it, then start Lectern again.")
    lines.append("The command line works without them (lectern --help).")
    return "\n".join(lines)


def run() -> int:
    from sync.cli import main
    try:
        return main()
    except ImportError as exc:
        soname = missing_soname(exc) if sys.platform.startswith("linux") else None
        if soname is None:
            raise
        print(explain(soname), file=sys.stderr)
        return EXIT_MISSING_LIBRARIES


if __name__ == "__main__":
    sys.exit(run())
