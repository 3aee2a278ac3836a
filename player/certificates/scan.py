"""Reading a printed certificate's QR code back: from the PDF Lectern wrote, a scan of the
paper, or a photo of it, for `lectern certificate verify FILE`.

Qt loads the file (QImage reads PNG, JPEG, BMP, GIF, TIFF and WebP with its bundled plugins;
QtPdf renders a PDF's pages) and zxing-cpp, a well-kept decoder, finds the QR codes in a
grayscale raster. What the codes say is decoded and verified in `sync/` (Qt-free); this module
only turns a file into the texts its QR codes hold. Works without a window: it starts an
offscreen QGuiApplication when there is none (the CLI has none).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from sync.errors import LecternError

__all__ = ["MAX_PIXELS", "ScanError", "qr_payloads", "render_size"]

log = logging.getLogger(__name__)

#: PDF pages are rendered at this resolution first (as the paper is scanned), then finer when
#: nothing was found: a module of the printed code is >= 0.6 mm, 3.5 pixels at 150 dpi.
_PDF_DPI = (150, 300)
#: at most this many PDF pages are looked at (a certificate is one page)
_MAX_PAGES = 10
#: a photo larger than this (in pixels on its longer side) is scaled down before decoding
_MAX_SIDE = 4000
#: no raster (a rendered page, a decoded photo) is larger than this: a PDF page can claim any
#: size (a 200-inch MediaBox at 300 dpi is 60000² pixels, 14 GB); the dpi is lowered to fit
MAX_PIXELS = 20_000_000
#: a page larger than this on a side (in points: 2.8 m) is no printed certificate: skipped
_MAX_PAGE_POINTS = 8000.0
#: a certificate PDF is ~100 KB and a phone photo a few MB
MAX_FILE_BYTES = 64 * 1024 * 1024


class ScanError(LecternError):
    """The file cannot be read as a PDF or an image; the message says why in plain words."""


def _decode(image: QImage) -> list[str]:
    """The texts of the QR codes in an image (grayscale raster into zxing-cpp)."""
    import zxingcpp

    if image.isNull():
        return []
    if max(image.width(), image.height()) > _MAX_SIDE:
        from PySide6.QtCore import Qt

        image = image.scaled(_MAX_SIDE, _MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[:stride * height]
    view = zxingcpp.ImageView(data, width, height, zxingcpp.ImageFormat.Lum, stride, 1)
    found = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [r.text for r in found if r.valid and r.text]


def render_size(width_pt: float, height_pt: float, dpi: int) -> QSize | None:
    """The pixel size to render a page of this size at `dpi`, lowered to fit MAX_PIXELS;
    None for a page no certificate has (empty, or larger than _MAX_PAGE_POINTS)."""
    if not (0 < width_pt <= _MAX_PAGE_POINTS and 0 < height_pt <= _MAX_PAGE_POINTS):
        return None
    scale = dpi / 72
    pixels = width_pt * scale * height_pt * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return QSize(max(1, int(width_pt * scale)), max(1, int(height_pt * scale)))


def _pdf_payloads(path: Path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    from .paper import ensure_gui_application

    ensure_gui_application()
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise ScanError(f"{path.name} cannot be read as a PDF ({error.name.replace('_', ' ')}).")
    try:
        for dpi in _PDF_DPI:
            found: list[str] = []
            for page in range(min(document.pageCount(), _MAX_PAGES)):
                points = document.pagePointSize(page)
                size = render_size(points.width(), points.height(), dpi)
                if size is None:
                    log.info("%s: page %d is %gx%g points; skipped", path.name, page + 1,
                             points.width(), points.height())
                    continue
                found += _decode(document.render(page, size))
            if found:
                return found
        return []
    finally:
        document.close()


def _image_payloads(path: Path) -> list[str]:
    from .paper import ensure_gui_application

    ensure_gui_application()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)          # a phone's photo is stored sideways with an EXIF turn
    declared = reader.size()
    if declared.isValid() and declared.width() * declared.height() > MAX_PIXELS:
        # decode it smaller (JPEG scales while decoding): never a raster of MAX_PIXELS+
        factor = (MAX_PIXELS / (declared.width() * declared.height())) ** 0.5
        reader.setScaledSize(QSize(max(1, int(declared.width() * factor)),
                                   max(1, int(declared.height() * factor))))
    image = reader.read()
    if image.isNull():
        raise ScanError(f"{path.name} cannot be read as an image ({reader.errorString()}).")
    found = _decode(image)
    if not found and max(image.width(), image.height()) > 1200:
        # a tiny code in a large photo: a smaller copy evens out the noise
        from PySide6.QtCore import Qt

        found = _decode(image.scaled(1200, 1200, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))
    return found


def qr_payloads(path: Path) -> list[str]:
    """The texts of every QR code in a PDF (its pages) or an image; [] when there is none.
    ScanError when the file is neither a readable PDF nor a readable image."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(5)
        size = path.stat().st_size
    except OSError as exc:
        raise ScanError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_FILE_BYTES:
        raise ScanError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: "
                        "not a certificate's PDF or photo.")
    if head.startswith(b"%PDF"):
        return _pdf_payloads(path)
    return _image_payloads(path)
