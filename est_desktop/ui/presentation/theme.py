"""The projector's own high-contrast theme, independent of the desktop's.

Every text colour has a contrast ratio of at least 7:1 against the black
background (WCAG AAA); overdue and over-time are also said in words.
"""

from __future__ import annotations

from dataclasses import dataclass

BACKGROUND = "#000000"
TEXT = "#ffffff"  # 21:1
MUTED = "#d0d0d0"  # 13.1:1
ALERT = "#ffd54a"  # 14.6:1, always with a word or symbol
RULE = "#5a5a5a"  # lines only, never text

REFERENCE_HEIGHT = 1080


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for a screen; at 1920×1080 the body text is 36 px (at least 32 is required)."""

    body: int
    small: int
    title: int
    header: int

    @classmethod
    def for_height(cls, height: int) -> Sizes:
        scale = max(height, 480) / REFERENCE_HEIGHT
        return cls(
            body=round(36 * scale),
            small=round(32 * scale),
            title=round(60 * scale),
            header=round(40 * scale),
        )


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
