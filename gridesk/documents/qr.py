"""QR codes: the signed GriDesk payload contract, contact cards for phones, and drawing.

**Payload contract** (DESIGN.md, relied on by scripts and printed cards)::

    GD1|<kind>|<id>|<sig>

``kind`` is one letter (``KINDS``), ``id`` a record's UUID or human number (``CY-20261123-007``),
``sig`` the first 10 characters of base32(HMAC-SHA256(installation secret, "GD1|<kind>|<id>")).

Verifying needs no reportlab: the scan box imports this module at start-up, so reportlab and
``qrcode`` are imported only by the functions that draw.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

PAYLOAD_VERSION = "GD1"
SIG_LENGTH = 10
MAX_IDENT_LENGTH = 64

KINDS: dict[str, str] = {
    "R": "resident card",
    "T": "request ticket",
    "L": "loan",
    "B": "booking",
    "X": "redemption receipt",
    "A": "asset label",
    "V": "volunteer card",
}
"""Payload kinds and what each names."""

# An id is printable ASCII without "|" or spaces: UUIDs and numbers like CY-20261123-007.
_IDENT = re.compile(rf"[!-{{}}~]{{1,{MAX_IDENT_LENGTH}}}")
_SIG = re.compile(rf"[A-Z2-7]{{{SIG_LENGTH}}}")
_VERSION_PREFIX = re.compile(r"GD(\d{1,3})\|")


class PayloadProblem(enum.StrEnum):
    """Why a scanned text was refused; callers branch on this, never on the message."""

    NOT_GRIDESK = "not_gridesk"
    """Not a GriDesk code at all (a product barcode, a URL): try other lookups."""
    VERSION = "version"
    """A GriDesk code of a version this program does not read."""
    UNKNOWN_KIND = "unknown_kind"
    """A GriDesk code naming a kind of record this program does not know."""
    MALFORMED = "malformed"
    """A GriDesk code that is damaged or incomplete."""
    SIGNATURE = "signature"
    """Altered, forged, or signed by another installation."""


_MESSAGES: dict[PayloadProblem, str] = {
    PayloadProblem.NOT_GRIDESK: QT_TRANSLATE_NOOP("errors", "This code was not made by GriDesk."),
    PayloadProblem.VERSION: QT_TRANSLATE_NOOP(
        "errors",
        "This GriDesk code has version {version}, which this GriDesk cannot read. "
        "Update GriDesk, or print a new card.",
    ),
    PayloadProblem.UNKNOWN_KIND: QT_TRANSLATE_NOOP(
        "errors", "This GriDesk code names an unknown kind of record ({kind})."
    ),
    PayloadProblem.MALFORMED: QT_TRANSLATE_NOOP(
        "errors", "This GriDesk code is damaged or incomplete. Scan it again, or print a new one."
    ),
    PayloadProblem.SIGNATURE: QT_TRANSLATE_NOOP(
        "errors",
        "This code's signature does not match: it was altered, forged, or made by another "
        "GriDesk installation. Print a new one here.",
    ),
}


class PayloadError(GrideskError):
    """A scanned text is not a valid GriDesk payload of this installation."""

    def __init__(self, problem: PayloadProblem, **params: Any) -> None:
        self.problem = problem
        super().__init__(_MESSAGES[problem], **params)


@dataclass(frozen=True)
class Payload:
    """What a verified payload names."""

    kind: str
    ident: str

    @property
    def kind_name(self) -> str:
        return KINDS[self.kind]


def _signature(secret: bytes, signed_text: str) -> str:
    digest = hmac.new(secret, signed_text.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest)[:SIG_LENGTH].decode("ascii")


def make_payload(secret: bytes, kind: str, ident: str) -> str:
    """The signed payload ``GD1|<kind>|<ident>|<sig>`` for a record.

    Raises ValueError for an empty secret, an unknown kind, or an id that cannot travel in a
    payload (empty, longer than 64, or containing ``|``, spaces or non-ASCII characters).
    """
    if not secret:
        raise ValueError("the installation secret is empty")
    if kind not in KINDS:
        raise ValueError(f"unknown payload kind {kind!r}")
    if not _IDENT.fullmatch(ident):
        raise ValueError(
            f"payload id {ident!r} must be 1-{MAX_IDENT_LENGTH} printable ASCII characters "
            "without '|' or spaces"
        )
    signed = f"{PAYLOAD_VERSION}|{kind}|{ident}"
    return f"{signed}|{_signature(secret, signed)}"


def verify_payload(secret: bytes, text: str) -> Payload:
    """Check a scanned text against the installation secret and say what it names.

    Surrounding whitespace (the scanner's Enter) is ignored, and so is a whole code typed
    with Caps Lock on (``gd1|r|…``), which a keyboard-wedge scanner produces; the signature is
    checked either way. Raises ``PayloadError`` (see ``PayloadError.problem``) otherwise.
    """
    if not secret:
        raise ValueError("the installation secret is empty")
    text = text.strip()
    if text.startswith("gd1|"):
        text = text.swapcase()
    version = _VERSION_PREFIX.match(text)
    if version is None:
        raise PayloadError(PayloadProblem.NOT_GRIDESK)
    if version.group(1) != PAYLOAD_VERSION[2:]:
        raise PayloadError(PayloadProblem.VERSION, version=f"GD{version.group(1)}")
    parts = text.split("|")
    if len(parts) != 4:
        raise PayloadError(PayloadProblem.MALFORMED)
    _, kind, ident, sig = parts
    if len(kind) != 1 or not kind.isascii() or not kind.isalpha() or not kind.isupper():
        raise PayloadError(PayloadProblem.MALFORMED)
    if kind not in KINDS:
        raise PayloadError(PayloadProblem.UNKNOWN_KIND, kind=kind)
    if not _IDENT.fullmatch(ident) or not _SIG.fullmatch(sig):
        raise PayloadError(PayloadProblem.MALFORMED)
    expected = _signature(secret, f"{PAYLOAD_VERSION}|{kind}|{ident}")
    if not hmac.compare_digest(expected.encode("ascii"), sig.encode("ascii")):
        raise PayloadError(PayloadProblem.SIGNATURE)
    return Payload(kind=kind, ident=ident)


# --- contact cards for phones ----------------------------------------------------------------


def _vcard_escape(value: str) -> str:
    """Escape a vCard 3.0 text value (RFC 2426 §4: backslash, comma, semicolon, newline)."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _mecard_escape(value: str) -> str:
    """Escape a MECARD value (DoCoMo spec: backslash, semicolon, comma, colon)."""
    for ch in ("\\", ";", ",", ":"):
        value = value.replace(ch, "\\" + ch)
    return value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def dial_string(phone: str) -> str:
    """A phone number as a phone dials it: digits, ``+`` and ``-`` kept, spaces dropped."""
    return "".join(ch for ch in phone if ch.isdigit() or ch in "+-,;#*")


def _is_mobile(phone: str) -> bool:
    digits = dial_string(phone).removeprefix("+86")
    return len(digits) == 11 and digits.startswith("1") and digits.isdigit()


def vcard(
    name: str,
    phones: Sequence[str] = (),
    *,
    org: str = "",
    title: str = "",
    address: str = "",
    note: str = "",
) -> str:
    """A vCard 3.0 (UTF-8) for a phone's camera to save as a contact.

    The whole name goes in the family-name field: Chinese names are not split (a compound
    surname like 欧阳 would be cut wrongly), and phones show ``N`` and ``FN`` alike. Lines end
    with CRLF and are not folded (readers of QR vCards accept long lines; folding could cut a
    UTF-8 character).
    """
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_vcard_escape(name)};;;;",
        f"FN:{_vcard_escape(name)}",
    ]
    if org:
        lines.append(f"ORG:{_vcard_escape(org)}")
    if title:
        lines.append(f"TITLE:{_vcard_escape(title)}")
    for phone in phones:
        number = dial_string(phone)
        if number:
            kind = "CELL" if _is_mobile(number) else "WORK,VOICE"
            lines.append(f"TEL;TYPE={kind}:{number}")
    if address:
        lines.append(f"ADR;TYPE=WORK:;;{_vcard_escape(address)};;;;")
    if note:
        lines.append(f"NOTE:{_vcard_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def mecard(
    name: str,
    phones: Sequence[str] = (),
    *,
    org: str = "",
    title: str = "",
    address: str = "",
    note: str = "",
) -> str:
    """A MECARD (UTF-8): smaller than a vCard, so a smaller QR. MECARD has no title field,
    so the title leads the note."""
    fields = [f"N:{_mecard_escape(name)}"]
    fields += [f"TEL:{dial_string(p)}" for p in phones if dial_string(p)]
    if org:
        fields.append(f"ORG:{_mecard_escape(org)}")
    if address:
        fields.append(f"ADR:{_mecard_escape(address)}")
    memo = " ".join(part for part in (title, note) if part)
    if memo:
        fields.append(f"NOTE:{_mecard_escape(memo)}")
    return "MECARD:" + ";".join(fields) + ";;"


# --- QR matrices -----------------------------------------------------------------------------
#
# A byte-mode encoder at error-correction level M, written for speed: a batch of 1,000 cards
# needs 1,000 symbols, and ``qrcode`` spends 7 ms on each (28 ms on a vCard), mostly in its
# bit buffer, its Reed-Solomon polynomials and in building the symbol eight times to choose
# a mask. Here everything that depends only on the version (function patterns, the order in
# which data modules are filled, the mask patterns, format information) is computed once per
# version, and each symbol is a few big-integer operations per mask. The result is the same
# symbol ``qrcode`` makes (a test compares them module by module); ``qrcode`` still supplies
# the standard's tables (block structure, BCH codes, alignment pattern positions).

QUIET_ZONE = 4
"""Light modules around the symbol, as ISO/IEC 18004 asks; scanners need them."""

_GUARD = 11  # zero bits after each packed line: no run or pattern crosses into the next


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol without its quiet zone: ``rows[r] >> c & 1`` is the module at (r, c)."""

    size: int
    rows: tuple[int, ...]
    mask: int
    version: int = 0

    def is_dark(self, row: int, col: int) -> bool:
        return bool(self.rows[row] >> col & 1)


def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


@lru_cache(maxsize=32)
def _rs_rows(degree: int) -> tuple[int, ...]:
    """For each byte value f: f times the generator polynomial of ``degree`` (without its
    leading 1) as one big-endian int, so a step of the Reed-Solomon division is a lookup, a
    shift and an XOR."""
    generator = [1]
    for i in range(degree):
        nxt = [0] * (len(generator) + 1)
        for j, coef in enumerate(generator):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        generator = nxt
    rows = [0]
    for f in range(1, 256):
        lf = _LOG[f]
        product = bytes(_EXP[lf + _LOG[g]] if g else 0 for g in generator[1:])
        rows.append(int.from_bytes(product, "big"))
    return tuple(rows)


def _rs_ecc(data: Sequence[int], degree: int) -> list[int]:
    rows = _rs_rows(degree)
    top = 8 * (degree - 1)
    keep = (1 << top) - 1
    remainder = 0
    for byte in data:
        factor = (remainder >> top) ^ byte
        remainder = ((remainder & keep) << 8) ^ rows[factor]
    return list(remainder.to_bytes(degree, "big"))


def _pack(lines: Sequence[Sequence[Any]]) -> int:
    """Pack lines of modules: module j of line i becomes bit i * (n + guard) + j."""
    guard = "0" * _GUARD
    return int(
        "".join(
            guard + "".join("1" if b else "0" for b in reversed(line)) for line in reversed(lines)
        ),
        2,
    )


def _packed(places: Sequence[tuple[int, int]], stride: int) -> int:
    bitmap = bytearray((stride * stride) // 8 + 1)
    for r, c in places:
        p = r * stride + c
        bitmap[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(bitmap, "little")


@dataclass(frozen=True)
class _Packing:
    """One way of packing a symbol's modules into an int (by rows, or by columns)."""

    ones: int  # every module
    function: int  # dark function-pattern modules (finders, timing, alignment, version)
    place: Callable[[str], tuple[str, ...]]
    """Picks, for every packed bit from the highest down, its character of the data bit
    string (codeword bits, then one extra "0" for modules that carry no data bit)."""
    masks: tuple[int, ...]  # per mask pattern: its dark modules within the data area
    format_bits: tuple[int, ...]  # per mask pattern: the dark format-information modules
    pairs: int  # top-left corners of 2x2 blocks


@dataclass(frozen=True)
class _Version:
    version: int
    size: int
    stride: int
    data_codewords: int
    blocks: tuple[tuple[int, int], ...]  # (data codewords, ecc codewords) per block
    by_rows: _Packing
    by_cols: _Packing


def _format_positions(n: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two places of each of the 15 format-information bits."""
    places = []
    for i in range(15):
        vertical = (i, 8) if i < 6 else (i + 1, 8) if i < 8 else (n - 15 + i, 8)
        horizontal = (8, n - i - 1) if i < 8 else (8, 15 - i) if i < 9 else (8, 15 - i - 1)
        places.append((vertical, horizontal))
    return places


@lru_cache(maxsize=40)
def _data_codewords(version: int) -> int:
    from qrcode import base
    from qrcode.constants import ERROR_CORRECT_M

    return sum(b.data_count for b in base.rs_blocks(version, ERROR_CORRECT_M))


@lru_cache(maxsize=40)
def _version(version: int) -> _Version:
    from qrcode import base, util
    from qrcode.constants import ERROR_CORRECT_M

    n = version * 4 + 17
    stride = n + _GUARD
    reserved = [[False] * n for _ in range(n)]
    dark: list[tuple[int, int]] = []

    def reserve(r0: int, r1: int, c0: int, c1: int) -> None:
        for r in range(max(r0, 0), min(r1, n)):
            for c in range(max(c0, 0), min(c1, n)):
                reserved[r][c] = True

    # Finder patterns with their separators and the format information beside them.
    reserve(0, 9, 0, 9)
    reserve(0, 9, n - 8, n)
    reserve(n - 8, n, 0, 9)
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(7):
            for c in range(7):
                if r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4):
                    dark.append((top + r, left + c))
    # Timing patterns.
    reserve(6, 7, 0, n)
    reserve(0, n, 6, 7)
    for i in range(8, n - 8, 2):
        dark += [(6, i), (i, 6)]
    # Alignment patterns, except where they would overlap a finder.
    centres = util.pattern_position(version)
    for r in centres:
        for c in centres:
            if (r < 9 and c < 9) or (r < 9 and c >= n - 8) or (r >= n - 8 and c < 9):
                continue
            reserve(r - 2, r + 3, c - 2, c + 3)
            for dr in range(-2, 3):
                for dc in range(-2, 3):
                    if max(abs(dr), abs(dc)) != 1:
                        dark.append((r + dr, c + dc))
    # Version information (versions 7 and up), and the module that is always dark.
    if version >= 7:
        reserve(0, 6, n - 11, n - 8)
        reserve(n - 11, n - 8, 0, 6)
        bits = util.BCH_type_number(version)
        for i in range(18):
            if bits >> i & 1:
                dark += [(i // 3, i % 3 + n - 11), (i % 3 + n - 11, i // 3)]
    dark.append((n - 8, 8))
    # Data modules in filling order: two-column strips from the right, zigzagging.
    order: list[tuple[int, int]] = []
    upward = True
    col = n - 1
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(n - 1, -1, -1) if upward else range(n)
        for r in rows:
            for c in (col, col - 1):
                if not reserved[r][c]:
                    order.append((r, c))
        upward = not upward
        col -= 2
    masks = [[(r, c) for r, c in order if util.mask_func(k)(r, c)] for k in range(8)]
    places = _format_positions(n)
    formats = []
    for k in range(8):
        bits = util.BCH_type_info((ERROR_CORRECT_M << 3) | k)
        formats.append([place for i, pair in enumerate(places) if bits >> i & 1 for place in pair])
    every = [(r, c) for r in range(n) for c in range(n)]
    pairs = [(r, c) for r in range(n - 1) for c in range(n - 1)]

    blocks = tuple(
        (b.data_count, b.total_count - b.data_count)
        for b in base.rs_blocks(version, ERROR_CORRECT_M)
    )
    total_bits = 8 * sum(d + e for d, e in blocks)

    def packing(transpose: bool) -> _Packing:
        def swap(cells: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
            return [(c, r) for r, c in cells] if transpose else list(cells)

        length = n * stride
        source = [total_bits] * length  # by default the extra "0"
        for i, (r, c) in enumerate(swap(order[:total_bits])):
            source[length - 1 - (r * stride + c)] = i
        return _Packing(
            ones=_packed(every, stride),
            function=_packed(swap(dark), stride),
            place=operator.itemgetter(*source),
            masks=tuple(_packed(swap(m), stride) for m in masks),
            format_bits=tuple(_packed(swap(f), stride) for f in formats),
            pairs=_packed(pairs, stride) if not transpose else 0,
        )

    return _Version(
        version=version,
        size=n,
        stride=stride,
        data_codewords=sum(d for d, _ in blocks),
        blocks=blocks,
        by_rows=packing(False),
        by_cols=packing(True),
    )


def _codewords(data: bytes, v: _Version) -> list[int]:
    """Byte-mode segment, terminator, padding; Reed-Solomon blocks interleaved."""
    count_bits = 8 if v.version < 10 else 16
    capacity = v.data_codewords * 8
    value = (0b0100 << count_bits | len(data)) << (8 * len(data)) | int.from_bytes(data, "big")
    length = 4 + count_bits + 8 * len(data)
    terminator = min(4, capacity - length)
    length += terminator + (-(length + terminator)) % 8
    value <<= length - (4 + count_bits + 8 * len(data))
    stream = list(value.to_bytes(length // 8, "big"))
    stream += [0xEC, 0x11] * ((v.data_codewords - len(stream)) // 2 + 1)
    stream = stream[: v.data_codewords]
    data_blocks: list[list[int]] = []
    ecc_blocks: list[list[int]] = []
    offset = 0
    for data_count, ecc_count in v.blocks:
        block = stream[offset : offset + data_count]
        offset += data_count
        data_blocks.append(block)
        ecc_blocks.append(_rs_ecc(block, ecc_count))
    out: list[int] = []
    for blocks in (data_blocks, ecc_blocks):
        for i in range(max(len(b) for b in blocks)):
            out += [b[i] for b in blocks if i < len(b)]
    return out


def _penalty_packed(x: int, packing: _Packing, stride: int) -> int:
    """N1 (runs of five or more), N3 (finder-like patterns) and N2 (2x2 blocks, counted in
    the row packing only) of ISO/IEC 18004; the caller adds N4 (balance)."""
    inv = ~x & packing.ones
    score = 0
    for y in (x, inv):
        run5 = y & (y >> 1) & (y >> 2) & (y >> 3) & (y >> 4)
        # A run of L >= 5 costs L - 2: it leaves L - 4 bits here, plus 2 per run.
        score += run5.bit_count() + 2 * (run5 & ~(run5 >> 1)).bit_count()
    # core at i means 1011101 at i+4..i+10; the four light modules sit at i..i+3 or i+11..i+14.
    core = (x >> 4) & (inv >> 5) & (x >> 6) & (x >> 7) & (x >> 8) & (inv >> 9) & (x >> 10)
    light_before = inv & (inv >> 1) & (inv >> 2) & (inv >> 3)
    light_after = (inv >> 11) & (inv >> 12) & (inv >> 13) & (inv >> 14)
    score += 40 * ((core & light_before).bit_count() + (core & light_after).bit_count())
    if packing.pairs:
        same_below = ~(x ^ (x >> stride))
        same_right = ~(x ^ (x >> 1))
        found = same_below & (same_below >> 1) & same_right & packing.pairs
        score += 3 * found.bit_count()
    return score


@lru_cache(maxsize=1024)
def qr_matrix(text: str) -> QrMatrix:
    """Encode ``text`` as UTF-8 bytes at error-correction level M in the smallest version,
    with the mask of lowest penalty, as the standard asks.

    Results are cached: a batch of care cards repeats the same helper's vCard many times.
    Raises ValueError when the text is too long for any QR code.
    """
    data = text.encode("utf-8")
    for version in range(1, 41):
        if 4 + (8 if version < 10 else 16) + 8 * len(data) <= _data_codewords(version) * 8:
            break
    else:
        raise ValueError(f"{len(data)} bytes are too many for a QR code")
    v = _version(version)
    codewords = _codewords(data, v)
    stride, n = v.stride, v.size
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b") + "0"
    data_rows = int("".join(v.by_rows.place(bits)), 2)
    data_cols = int("".join(v.by_cols.place(bits)), 2)
    best_score, best_rows, best_mask = -1, 0, 0
    for k in range(8):
        rows = v.by_rows.function | (data_rows ^ v.by_rows.masks[k]) | v.by_rows.format_bits[k]
        cols = v.by_cols.function | (data_cols ^ v.by_cols.masks[k]) | v.by_cols.format_bits[k]
        score = _penalty_packed(rows, v.by_rows, stride) + _penalty_packed(cols, v.by_cols, stride)
        score += 10 * int(abs(rows.bit_count() * 100 / (n * n) - 50) / 5)
        if best_score < 0 or score < best_score:
            best_score, best_rows, best_mask = score, rows, k
    full = (1 << n) - 1
    return QrMatrix(
        size=n,
        rows=tuple((best_rows >> (r * stride)) & full for r in range(n)),
        mask=best_mask,
        version=v.version,
    )


def _module_rects(matrix: QrMatrix) -> list[tuple[int, int, int, int]]:
    """Dark modules as (col, row, width, height) rectangles: horizontal runs, merged down
    when the next rows repeat them. Fewer rectangles, a smaller and faster PDF."""
    rects: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (col, width) -> first row
    for r, x in enumerate(matrix.rows):
        runs: list[tuple[int, int]] = []
        c = 0
        while x:
            skip = (x & -x).bit_length() - 1
            x >>= skip
            c += skip
            width = (~x & (x + 1)).bit_length() - 1
            runs.append((c, width))
            x >>= width
            c += width
        current = set(runs)
        for run, start in list(open_runs.items()):
            if run not in current:
                rects.append((run[0], start, run[1], r - start))
                del open_runs[run]
        for run in runs:
            open_runs.setdefault(run, r)
    for run, start in open_runs.items():
        rects.append((run[0], start, run[1], matrix.size - start))
    return rects


@lru_cache(maxsize=256)
def _fill_ops(matrix: QrMatrix) -> str:
    """PDF operators filling the dark modules, one rectangle per run in a row, in module
    units. Written directly: reportlab's path API formats every number through a pure-Python
    routine, many times slower for these small integers (a card batch draws 300,000)."""
    ops: list[str] = []
    for r, x in enumerate(matrix.rows):
        c = 0
        while x:
            skip = (x & -x).bit_length() - 1
            x >>= skip
            c += skip
            width = (~x & (x + 1)).bit_length() - 1
            ops.append(f"{c} {r} {width} 1 re")
            x >>= width
            c += width
    ops.append("f")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, text: str | QrMatrix, x: float, y: float, size: float) -> None:
    """Draw a QR code with its quiet zone as a ``size``-point square, lower-left at (x, y).

    Modules are vector rectangles filled as one path: crisp at any printer resolution. The
    quiet zone is painted white so the code scans on a tinted background too.
    """
    matrix = text if isinstance(text, QrMatrix) else qr_matrix(text)
    module = size / (matrix.size + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # Work in module units, top-down, so every coordinate is a small integer.
    canvas.translate(x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.scale(module, -module)
    canvas.addLiteral(_fill_ops(matrix))
    canvas.restoreState()


def qr_drawing(text: str, size: float) -> Drawing:
    """A reportlab ``Drawing`` (also a platypus flowable) of the QR code for ``text``,
    ``size`` points square including the quiet zone."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    matrix = qr_matrix(text)
    module = size / (matrix.size + 2 * QUIET_ZONE)
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    top = size - QUIET_ZONE * module
    for col, row, width, height in _module_rects(matrix):
        drawing.add(
            Rect(
                (QUIET_ZONE + col) * module,
                top - (row + height) * module,
                width * module,
                height * module,
                fillColor=colors.black,
                strokeColor=None,
                strokeWidth=0,
            )
        )
    return drawing
