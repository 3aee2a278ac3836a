"""Render packaging/linux/lectern.svg to the icon files each platform wants.

    python packaging/render_icons.py OUT_DIR              # OUT_DIR/<N>x<N>/apps/lectern.png (hicolor)
    python packaging/render_icons.py --ico FILE.ico       # Windows (256 px; Windows scales it)
    python packaging/render_icons.py --iconset DIR.iconset  # macOS: then `iconutil -c icns DIR.iconset`
Uses the venv's Qt (QtSvg, and the ICO image plugin), offscreen; no other image tool is needed.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent / "linux" / "lectern.svg"


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def save(image, target: Path, fmt: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), fmt):
        raise SystemExit(f"render_icons: cannot write {target}")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    if len(argv) == 2 and argv[0] == "--ico":
        save(render(256), Path(argv[1]), "ICO")
    elif len(argv) == 2 and argv[0] == "--iconset":
        out = Path(argv[1])
        for size in (16, 32, 128, 256, 512):
            save(render(size), out / f"icon_{size}x{size}.png", "PNG")
            save(render(size * 2), out / f"icon_{size}x{size}@2x.png", "PNG")
    elif len(argv) == 1 and not argv[0].startswith("-"):
        for size in SIZES:
            save(render(size), Path(argv[0]) / f"{size}x{size}" / "apps" / "lectern.png", "PNG")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
