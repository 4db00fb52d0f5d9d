"""Printed documents: receipts, cards and signed QR payloads (reportlab only, never Qt).

The package imports nothing heavy on purpose: the scan box needs ``documents.qr`` to verify a
payload at start-up speed, long before anything is printed. Import the modules you need:

- ``fonts``: the shipped CJK font, display widths and line wrapping
- ``qr``: the ``GD1|<kind>|<id>|<sig>`` payload contract, vCard/MECARD, QR drawing
- ``pages``: page kinds (58/80 mm rolls, A5, A4) and the station header
- ``receipt``: the receipt builder every window shares, as PDF or as plain text
- ``cards``: 90×54 mm cards ten to an A4 sheet, with crop marks and duplex backs
- ``bench``: the document benchmarks for ``gridesk bench``
"""
