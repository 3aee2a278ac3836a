"""Shrink the ICU data library bundled with Qt (libicudata.so.*) for download size.

PySide6's Qt links ICU 73, whose data library is 32 MB (7.6 MB even xz-compressed): the largest
single part of a Lectern package. Qt's ICU code (QtCore only) reads collation rules (`coll/`,
QCollator, used by the file dialog's sorting), character-set converters (`*.cnv`,
QStringConverter for legacy encodings), casing and normalization data and the locale tree. It
never reads ICU's display names for languages, regions, currencies, units or time zones (Qt has
its own CLDR tables), transliterators, rule-based number formats or break-iterator rules and
dictionaries (Qt segments text itself). Those items are removed here.

How: the library exports one symbol, `icudt<NN>_dat`, an ICU "common data" package: a header,
a table of contents (item count, then name and data offsets, sorted by name: ICU binary-searches
it), the names, and the items (16-byte aligned). This rewrites the package in place without
the removed items and fills the freed tail with zeros. The ELF file is untouched otherwise and
keeps its size on disk, but the zeros cost nothing in the xz/gzip packages.
Pure Python, with `readelf` (binutils, which PyInstaller needs anyway) to find the symbol.

    python3 packaging/icu_trim.py path/to/libicudata.so.73     # trims in place, prints sizes
"""
from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

# Item name prefixes (inside the package, after "icudt73l/") that are removed.
DROP_TREES = ("translit/", "rbnf/", "unit/", "curr/", "lang/", "region/", "zone/", "brkitr/")
# Top-level per-locale bundles (fr.res, zh_Hant_TW.res: calendars, number and date patterns
# for ICU's own formatters, which Qt does not use); the tree's index and root stay, and so do
# the shared tables (likelySubtags, plurals, supplementalData...).
_LOCALE_RES = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
_KEEP_TOP = {"root.res", "pool.res", "res_index.res"}


def dropped(name: str) -> bool:
    """Whether an item (its name without the "icudt73l/" prefix) is removed."""
    if name.startswith(DROP_TREES):
        return True
    return "/" not in name and name not in _KEEP_TOP and bool(_LOCALE_RES.match(name))


def _symbol(lib: Path) -> tuple[int, int, str]:
    """File offset and size of the `icudt*_dat` symbol."""
    syms = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(lib)], capture_output=True,
                          text=True, check=True).stdout
    m = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+"
                  r"(icudt\d+_dat)\s*$", syms, re.M)
    if not m:
        raise ValueError(f"{lib}: no icudt*_dat symbol")
    addr, size, shndx, name = int(m.group(1), 16), int(m.group(2), 0), int(m.group(3)), m.group(4)
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        sm = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)",
                      line)
        if sm and int(sm.group(1)) == shndx:
            sec_addr, sec_off = int(sm.group(3), 16), int(sm.group(4), 16)
            return sec_off + (addr - sec_addr), size, name
    raise ValueError(f"{lib}: section {shndx} of {name} not found")


def parse_package(data: bytes) -> tuple[int, list[tuple[bytes, bytes]]]:
    """(header size, [(item name, item bytes)...]) of an ICU common data package. The last
    item runs to the end of `data` (ICU does not record item lengths)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("not an ICU data package")
    # UDataInfo follows the 4-byte MappedData header: size(2) reserved(2) isBigEndian(1)
    # charsetFamily(1) sizeofUChar(1) reserved(1) dataFormat(4) ...
    if data[4 + 8:4 + 12] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    if data[4 + 4] != 0:
        raise ValueError("big-endian ICU data is not supported")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        start = toc + name_off
        name = data[start:data.index(b"\0", start)]
        end = entries[i + 1][1] if i + 1 < count else len(data) - toc
        items.append((name, data[toc + data_off:toc + end]))
    return header_size, items


def build_package(header: bytes, items: list[tuple[bytes, bytes]]) -> bytes:
    """The package with these items: TOC, names, then items 16-byte aligned (relative to the
    TOC, which follows the 16-aligned header)."""
    toc_size = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for n, _ in items:
        name_offsets.append(toc_size + len(names))
        names += n + b"\0"
    pos = toc_size + len(names)
    body = bytearray()
    data_offsets = []
    for _, d in items:
        body += b"\0" * ((-(pos + len(body))) % 16)
        data_offsets.append(pos + len(body))
        body += d
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for no, do in zip(name_offsets, data_offsets):
        out += struct.pack("<II", no, do)
    return bytes(out + names + body)


def trim_package(data: bytes) -> tuple[bytes, int, int]:
    """Return (new package, items kept, items dropped). The result is never longer."""
    header_size, items = parse_package(data)
    kept = [(n, d) for n, d in items if not dropped(n.decode("ascii").split("/", 1)[-1])]
    if len(kept) == len(items):  # nothing to drop (already trimmed): leave it byte for byte
        return data, len(items), 0
    out = build_package(data[:header_size], kept)
    if len(out) > len(data):
        raise ValueError("trimmed package is larger than the original")
    return out, len(kept), len(items) - len(kept)


def trim_library(lib: Path) -> tuple[int, int, int]:
    """Trim `lib` in place; return (package bytes before, after, items dropped). Idempotent."""
    offset, size, _name = _symbol(lib)
    raw = bytearray(lib.read_bytes())
    package = bytes(raw[offset:offset + size])
    new, _kept, dropped = trim_package(package)
    if not dropped:
        return size, size, 0
    raw[offset:offset + size] = new + b"\0" * (size - len(new))
    tmp = lib.with_name(lib.name + ".tmp")
    tmp.write_bytes(raw)
    tmp.chmod(lib.stat().st_mode)
    tmp.replace(lib)
    return size, len(new), dropped


def main(argv: list[str]) -> int:
    for arg in argv:
        before, after, dropped = trim_library(Path(arg))
        if dropped:
            print(f"icu_trim: {arg}: ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
                  f"({dropped} items dropped)")
        else:
            print(f"icu_trim: {arg}: already trimmed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
