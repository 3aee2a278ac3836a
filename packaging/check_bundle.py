"""Check a Linux onedir build: every library it links is either inside it or covered by the
`.deb`'s Depends (packaging/linux/control.in). Run by packaging/build-linux after each build.

    python3 packaging/check_bundle.py dist/lectern [--control packaging/linux/control.in]

1. Every DT_NEEDED of every ELF file in the bundle must be a file of the bundle or a library of
   the build host (else: "missing", a trimmed-away Qt library another one still needs — the
   FFmpeg plugin needing libQt6Quick is the example that made this check).
2. On a Debian host, the host packages owning those libraries must all be in the closure of the
   control file's Depends (what apt installs on a bare Debian 12), or be priority "required".
   It prints the packages the bundle needs directly, and Depends entries nothing links to
   (libraries Qt opens with dlopen are listed in DLOPENED, with the reason).
Exit 0 when both hold, 1 otherwise. Standard library only, plus `readelf`, `objdump` (binutils) and `ldconfig`.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Depends that no bundled ELF links to directly, and why they are there anyway.
DLOPENED = {
    "libxcb-cursor0": "Qt's xcb plugin refuses to start without it (\"xcb-cursor0 is needed\")",
    "libxrandr2": "screen and video-sink setup under X11 (platform-notes)",
    "libegl1": "Qt GUI's EGL (also linked)",
    # Fonts (fontconfig finds them): Arabic and Chinese glyphs on a bare Debian 12 (issue #16).
    # Noto Sans Arabic UI 4.9 MB installed (fonts-noto-core: 41.6 MB); WenQuanYi Micro Hei
    # 5.0 MB (fonts-noto-cjk: 88.9 MB, fonts-arphic-uming 20.5 MB, fonts-wqy-zenhei 16.0 MB).
    "fonts-noto-ui-core": "Arabic interface font (Noto Sans Arabic UI)",
    "fonts-wqy-microhei": "Chinese interface font (WenQuanYi Micro Hei)",
}


LIB_DIRS = ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib",
            "/usr/lib")


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def needed(paths: list[Path]) -> dict[Path, list[str]]:
    result: dict[Path, list[str]] = {}
    for i in range(0, len(paths), 50):
        chunk = paths[i:i + 50]
        text = subprocess.run(["readelf", "-dW", *map(str, chunk)], capture_output=True,
                              text=True).stdout
        current: Path | None = None
        for line in text.splitlines():
            m = re.match(r"^File: (.*)$", line)
            if m:
                current = Path(m.group(1))
                result[current] = []
                continue
            m = re.search(r"\(NEEDED\)\s+Shared library: \[(.+)\]", line)
            if m:
                if current is None:  # a single file: readelf prints no "File:" header
                    current = chunk[0]
                    result[current] = []
                result[current].append(m.group(1))
    return result


def _ver(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(".") if x.isdigit())


def max_symbol_version(paths: list[Path], prefix: str) -> str | None:
    """The newest `<prefix>_x.y` symbol version the files import (GLIBC, GLIBCXX)."""
    best: str | None = None
    for i in range(0, len(paths), 50):
        text = subprocess.run(["objdump", "-T", *map(str, paths[i:i + 50])],
                              capture_output=True, text=True).stdout
        for m in re.finditer(rf"\b{prefix}_([0-9][0-9.]*)\b", text):
            if best is None or _ver(m.group(1)) > _ver(best):
                best = m.group(1)
    return best


def host_libraries() -> dict[str, str]:
    """soname -> path, for this machine's architecture (ldconfig -p)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    text = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if m and ("x86-64" in m.group(2) or "64bit" in m.group(2) or "x86_64" in m.group(2)):
            out.setdefault(m.group(1), m.group(3))
    return out


def owning_package(path: str) -> str | None:
    candidates = [path, str(Path(path).resolve())]
    for c in list(candidates):
        if c.startswith("/usr/lib/"):
            candidates.append(c[4:])
        elif c.startswith("/lib/"):
            candidates.append("/usr" + c)
    for c in candidates:
        r = subprocess.run(["dpkg-query", "-S", c], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def parse_depends(field: str) -> list[list[str]]:
    groups = []
    for part in field.split(","):
        alts = [re.sub(r"\s*\(.*?\)|:any|\s*\[.*?\]", "", a).strip() for a in part.split("|")]
        alts = [a for a in alts if a]
        if alts:
            groups.append(alts)
    return groups


def control_depends(control: Path) -> list[list[str]]:
    text = control.read_text(encoding="utf-8")
    m = re.search(r"^Depends:(.*(?:\n[ \t].*)*)", text, re.M)
    return parse_depends(m.group(1).replace("\n", " ")) if m else []


def installed_packages() -> dict[str, dict[str, str]]:
    fmt = "${Package}\\t${Status}\\t${Priority}\\t${Essential}\\t${Provides}\\t${Depends}\\t${Pre-Depends}\\n"
    text = subprocess.run(["dpkg-query", "-W", f"-f={fmt}"], capture_output=True,
                          text=True).stdout
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 7 or "installed" not in cols[1].split()[-1:]:
            continue
        out[cols[0]] = {"priority": cols[2], "essential": cols[3], "provides": cols[4],
                        "depends": cols[5] + ("," + cols[6] if cols[6] else "")}
    return out


def closure(roots: list[list[str]], pkgs: dict[str, dict[str, str]]) -> set[str]:
    providers: dict[str, set[str]] = {}
    for name, info in pkgs.items():
        for group in parse_depends(info["provides"]):
            for virtual in group:
                providers.setdefault(virtual, set()).add(name)
    seen: set[str] = set()
    todo = [a for group in roots for a in group]
    while todo:
        name = todo.pop()
        for real in ({name} if name in pkgs else set()) | providers.get(name, set()):
            if real in seen:
                continue
            seen.add(real)
            todo += [a for group in parse_depends(pkgs[real]["depends"]) for a in group]
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bundle", type=Path)
    ap.add_argument("--control", type=Path, default=HERE / "linux" / "control.in")
    args = ap.parse_args(argv)
    root: Path = args.bundle
    files = elf_files(root)
    present = {p.name for p in root.rglob("*")}
    host = host_libraries()
    problems: list[str] = []
    system_needed: dict[str, set[str]] = {}  # soname -> bundled files needing it
    for path, sonames in needed(files).items():
        for so in sonames:
            if so in present:
                continue
            if so not in host:  # e.g. libbz2.so.1: a symlink of its package, not its soname
                for d in LIB_DIRS:
                    if (Path(d) / so).exists():
                        host[so] = str(Path(d) / so)
                        break
            if so in host:
                system_needed.setdefault(so, set()).add(str(path.relative_to(root)))
            else:
                problems.append(f"missing: {path.relative_to(root)} needs {so}, which is "
                                f"neither in the bundle nor on this machine")
    print(f"check_bundle: {len(files)} ELF files; {len(system_needed)} system libraries "
          "linked")
    glibc = max_symbol_version(files, "GLIBC")
    floor = re.search(r"libc6 \(>= ([0-9.]+)\)", args.control.read_text(encoding="utf-8"))
    if glibc:
        print(f"check_bundle: needs glibc >= {glibc}")
        if not floor or _ver(floor.group(1)) < _ver(glibc):
            problems.append(f"Depends should say libc6 (>= {glibc}) (the bundle uses "
                            f"GLIBC_{glibc} symbols)")
    if shutil.which("dpkg-query"):
        pkgs = installed_packages()
        depends = control_depends(args.control)
        covered = closure(depends, pkgs)
        base = {n for n, i in pkgs.items() if i["priority"] == "required" or i["essential"] == "yes"}
        direct: dict[str, set[str]] = {}
        for so, users in sorted(system_needed.items()):
            pkg = owning_package(host[so])
            if pkg is None:
                problems.append(f"unowned: {so} ({host[so]}) belongs to no Debian package")
                continue
            direct.setdefault(pkg, set()).add(so)
            if pkg not in covered and pkg not in base:
                problems.append(f"not in Depends: {pkg} (for {so}, needed by "
                                f"{sorted(users)[0]}); add it to {args.control.name}")
        print("check_bundle: packages linked directly: " + " ".join(sorted(direct)))
        listed = {group[0] for group in depends}
        unused = sorted(listed - set(direct) - set(DLOPENED))
        if unused:
            print("check_bundle: note: Depends that nothing links directly (pulled in by "
                  "others, or kept for safety): " + " ".join(unused))
    else:
        print("check_bundle: no dpkg here: package coverage not checked")
    for p in problems:
        print(f"check_bundle: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
