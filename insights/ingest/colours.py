"""Colours as a person names them: the key above a sheet coloured per speaker ("blue rows = me") and the grey of a
signature in a Word e-mail are both read by a colour's family, not its exact value."""

from __future__ import annotations

import colorsys
import re

_HEX_COLOUR = re.compile(r"[0-9A-Fa-f]{6}")


def colour_family(rgb: str | None) -> str | None:
    """The name of a fill or font colour's family as a key would call it (a light blue `DDEBF7` is blue); None for white or what is no
    `RRGGBB` colour.

    Examples:
        >>> colour_family("DDEBF7"), colour_family("FFF2CC"), colour_family("E2EFDA"), colour_family("D9D9D9")
        ('blue', 'yellow', 'green', 'grey')
        >>> colour_family("1F4E79"), colour_family("000000")  # font colours: dark blue, black
        ('blue', 'black')
    """
    if rgb is None or not _HEX_COLOUR.fullmatch(rgb):  # Word's "auto", a theme name
        return None
    red, green, blue = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if lightness > 0.97:
        return None
    if lightness < 0.15:
        return "black"
    if saturation < 0.15:
        return "grey"
    degrees = hue * 360
    for limit, family in ((15, "red"), (40, "orange"), (70, "yellow"), (165, "green"), (255, "blue"),
                          (290, "purple"), (345, "pink")):
        if degrees < limit:
            return family
    return "red"
