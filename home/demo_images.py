"""Placeholder photos drawn with Pillow, so the demo needs no downloads."""

import colorsys
import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont


def _palette(seed):
    digest = hashlib.sha256(seed.encode()).digest()
    hue = digest[0] / 255
    light = [round(c * 255) for c in colorsys.hls_to_rgb(hue, 0.82, 0.55)]
    dark = [round(c * 255) for c in colorsys.hls_to_rgb(hue, 0.30, 0.55)]
    return tuple(light), tuple(dark), digest


def draw_picture(seed, label, size=(1280, 853)):
    """A soft gradient with simple shapes and a label, as JPEG bytes."""
    light, dark, digest = _palette(seed)
    width, height = size
    image = Image.new("RGB", size, light)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(round(a + (b - a) * mix * 0.6) for a, b in zip(light, dark, strict=True))
        )
    for index in range(5):
        x = digest[index + 1] / 255 * width
        y = digest[index + 6] / 255 * height
        radius = 40 + digest[index + 11] / 255 * min(size) / 3
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=dark, width=6)
    font = ImageFont.load_default(size=max(24, height // 12))
    draw.rectangle([0, height - height // 5, width, height], fill=dark)
    draw.text((width // 24, height - height // 6), label[:38], fill=light, font=font)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def draw_logo(seed, initials, size=240):
    """A round badge with the school's initials, as PNG bytes."""
    light, dark, _digest = _palette(seed)
    image = Image.new("RGB", (size, size), light)
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=dark)
    font = ImageFont.load_default(size=size // 3)
    draw.text((size / 2, size / 2), initials[:3], fill=light, font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def image_file(data, filename):
    return ImageFile(BytesIO(data), name=filename)
