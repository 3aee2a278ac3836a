"""The parts of the PDF reading view (`player.item_views.pdf_view.PdfReadingView`).

- `pages`: the pages on screen, painted from a pixel-bounded cache of whole pages and tiles;
- `toolbar`: the row of page, zoom and find controls, and what they show;
- `find`: finding text in the document, next and previous match.

Every module imports QtPdf, so only the view imports them, and `create_item_view` imports the
view when the first PDF reading opens.
"""
