"""Photos as they are kept: one rule for every photo the desk takes in (grid staff on cards,
lending items, shop goods, wishes, case photos)."""

from __future__ import annotations

import io

from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

PHOTO_MAX_SIDE = 600
PHOTO_MAX_BYTES = 30 * 1024 * 1024


def prepare_photo(data: bytes) -> bytes:
    """A photo as kept: upright, flattened on white, at most 600 px on its long side, JPEG."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This picture is too large (at most 30 MB)."),
            field="photo",
        )
    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened)
            if image.mode in ("RGBA", "LA", "P", "PA"):
                image = image.convert("RGBA")
                background = Image.new("RGBA", image.size, (255, 255, 255, 255))
                image = Image.alpha_composite(background, image)
            image = image.convert("RGB")
            image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=88)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not a picture GriDesk can read. Choose a JPEG or PNG photo."
            ),
            field="photo",
        ) from exc
