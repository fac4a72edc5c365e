"""Photo import refusals in the user's language.

The media layer (no Qt, shared with the CLI and the server) explains a bad
file in plain English: "HEIC photos are not supported: export the photo as
JPEG …". In the Korean UI that English was left standing in the import
results. Each sentence the media layer can produce is matched here and
rebuilt from a translatable template, with the file-specific parts (names,
sizes, formats) carried over; a reason nobody listed stays as it came, so a
new media message is never lost, only untranslated.

Templates are translated on every call, not at import time, because the
translators are installed after the modules load.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Short alias; pyside6-lupdate still finds ``T.translate("PhotoImport", …)`` calls.
T = QCoreApplication


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


#: What a file "is" (``ContentKind.description``), as a noun phrase.
_DESCRIPTIONS: frozenset[object] = frozenset(
    {
        QT_TRANSLATE_NOOP("PhotoImport", "an empty file"),
        QT_TRANSLATE_NOOP("PhotoImport", "an AVIF image"),
        QT_TRANSLATE_NOOP("PhotoImport", "a HEIC photo"),
        QT_TRANSLATE_NOOP("PhotoImport", "a Canon RAW photo"),
        QT_TRANSLATE_NOOP("PhotoImport", "a video file (MP4/MOV)"),
        QT_TRANSLATE_NOOP("PhotoImport", "a BMP image"),
        QT_TRANSLATE_NOOP("PhotoImport", "a Photoshop document"),
        QT_TRANSLATE_NOOP("PhotoImport", "a JPEG 2000 image"),
        QT_TRANSLATE_NOOP("PhotoImport", "a JPEG XL image"),
        QT_TRANSLATE_NOOP("PhotoImport", "a PDF document"),
        QT_TRANSLATE_NOOP("PhotoImport", "a ZIP archive or office document"),
        QT_TRANSLATE_NOOP("PhotoImport", "an SVG drawing"),
        QT_TRANSLATE_NOOP("PhotoImport", "a web page (HTML), not the picture itself"),
        QT_TRANSLATE_NOOP("PhotoImport", "a text file"),
        QT_TRANSLATE_NOOP("PhotoImport", "in a format Newsdesk does not recognise"),
    }
)


def _description(text: str) -> str:
    return T.translate("PhotoImport", text) if text in _DESCRIPTIONS else text


def _amount(text: str) -> str:
    """ "12,000,000 pixels" / "200 megapixels" from the size limit message."""
    match = re.fullmatch(r"([\d,.]+) (megapixels|pixels)", text)
    if match is None:
        return text
    template = (
        T.translate("PhotoImport", "%1 megapixels")
        if match.group(2) == "megapixels"
        else T.translate("PhotoImport", "%1 pixels")
    )
    return _fill(template, match.group(1))


#: Reasons without variable parts.
_FIXED_REASONS: frozenset[object] = frozenset(
    {
        QT_TRANSLATE_NOOP("PhotoImport", "the file is empty (0 bytes); copy the photo again"),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "HEIC photos are not supported: export the photo as JPEG and import it again (on an "
            "iPhone, Settings > Camera > Formats > Most Compatible makes new photos JPEG)",
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "AVIF images are not supported: save the image as JPEG and import it again",
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "camera RAW files are not supported: develop or export the photo as JPEG in the "
            "camera software first",
        ),
        QT_TRANSLATE_NOOP("PhotoImport", "BMP images are not supported: save it as JPEG"),
        QT_TRANSLATE_NOOP(
            "PhotoImport", "Photoshop documents (PSD) are not supported: export the picture as JPEG"
        ),
        QT_TRANSLATE_NOOP("PhotoImport", "JPEG 2000 images are not supported: save it as JPEG"),
        QT_TRANSLATE_NOOP("PhotoImport", "JPEG XL images are not supported: save it as JPEG"),
        QT_TRANSLATE_NOOP("PhotoImport", "SVG drawings are not supported: export it as PNG"),
        QT_TRANSLATE_NOOP("PhotoImport", "the image has no pixels (its header says it is empty)"),
        QT_TRANSLATE_NOOP("PhotoImport", "animated images are not supported; use a still photo"),
        QT_TRANSLATE_NOOP("PhotoImport", "it is a folder, not a photo file"),
        QT_TRANSLATE_NOOP("PhotoImport", "it is not a regular file"),
        QT_TRANSLATE_NOOP("PhotoImport", "the file does not exist (was it moved or deleted?)"),
        QT_TRANSLATE_NOOP("PhotoImport", "the file cannot be read: permission denied"),
        QT_TRANSLATE_NOOP(
            "PhotoImport", "the file grew while it was being read; wait until copying has finished"
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "the image claims an enormous pixel size and was not opened; it may be damaged or "
            "built to crash programs",
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "the image carries an oversized metadata block (text or colour profile) and was "
            "refused for safety; re-save it in an image editor",
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "the image file is incomplete (cut off); it was probably not fully copied or "
            "downloaded, so copy it again",
        ),
        QT_TRANSLATE_NOOP(
            "PhotoImport",
            "the image data is damaged and cannot be decoded; try exporting the photo again",
        ),
        QT_TRANSLATE_NOOP("PhotoImport", "there is not enough memory to open this image"),
    }
)


Render = Callable[[re.Match[str]], str]


def _patterns() -> list[tuple[str, Render]]:
    """Reasons with variable parts: (regular expression, how to rebuild it)."""
    return [
        (
            r"(?P<advice>.+?) \(the name ends in (?P<suffix>\S+) but the file is (?P<kind>.+)\)",
            lambda m: _fill(
                T.translate("PhotoImport", "%1 (the name ends in %2 but the file is %3)"),
                translate_reason(m["advice"]),
                m["suffix"],
                _description(m["kind"]),
            ),
        ),
        (
            r"the file is too short to be an image \((?P<n>\d+) bytes?\); copy the photo again",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the file is too short to be an image (%1 bytes); copy the photo again",
                ),
                m["n"],
            ),
        ),
        (
            r"the file is not a (?P<label>\S+) image although its name ends in (?P<suffix>\S+) "
            r"\(it is (?P<kind>.+)\)",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the file is not a %1 image although its name ends in %2 (it is %3)",
                ),
                m["label"],
                m["suffix"],
                _description(m["kind"]),
            ),
        ),
        (
            r"the file is (?P<kind>.+); use a JPEG, PNG, WebP, GIF or TIFF image",
            lambda m: _fill(
                T.translate(
                    "PhotoImport", "the file is %1; use a JPEG, PNG, WebP, GIF or TIFF image"
                ),
                _description(m["kind"]),
            ),
        ),
        (
            r"the image is too large: (?P<w>[\d,]+) × (?P<h>[\d,]+) pixels \((?P<size>.+); "
            r"the limit is (?P<limit>.+)\)\. It may be damaged or built to crash programs; "
            r"reduce it in an image editor\.",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the image is too large: %1 × %2 pixels (%3; the limit is %4). It may be "
                    "damaged or built to crash programs; reduce it in an image editor.",
                ),
                m["w"],
                m["h"],
                _amount(m["size"]),
                _amount(m["limit"]),
            ),
        ),
        (
            r"the file is a link to (?P<target>.+), which does not exist "
            r"\(was it moved, or is its drive not connected\?\)",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the file is a link to %1, which does not exist "
                    "(was it moved, or is its drive not connected?)",
                ),
                m["target"],
            ),
        ),
        (
            r"the file cannot be read \((?P<cause>.+)\)",
            lambda m: _fill(T.translate("PhotoImport", "the file cannot be read (%1)"), m["cause"]),
        ),
        (
            r"the file is too large \((?P<size>[\d,.]+) MB; the limit is (?P<limit>[\d,.]+) MB\);"
            r" save a smaller JPEG",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the file is too large (%1 MB; the limit is %2 MB); save a smaller JPEG",
                ),
                m["size"],
                m["limit"],
            ),
        ),
        (
            r"the photo could not be saved in the photo folder \((?P<cause>.+)\); "
            r"check the free disk space and folder permissions",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the photo could not be saved in the photo folder (%1); "
                    "check the free disk space and folder permissions",
                ),
                m["cause"],
            ),
        ),
        (
            r"the file starts like a (?P<label>\S+) image but cannot be read as one; "
            r"it is probably damaged",
            lambda m: _fill(
                T.translate(
                    "PhotoImport",
                    "the file starts like a %1 image but cannot be read as one; "
                    "it is probably damaged",
                ),
                m["label"],
            ),
        ),
        (
            r"the image uses a colour format Newsdesk cannot convert \((?P<mode>.+)\)",
            lambda m: _fill(
                T.translate(
                    "PhotoImport", "the image uses a colour format Newsdesk cannot convert (%1)"
                ),
                m["mode"],
            ),
        ),
        (
            r"the stored original is (?P<kind>.+)",
            lambda m: _fill(
                T.translate("PhotoImport", "the stored original is %1"), _description(m["kind"])
            ),
        ),
        (
            r"(?P<format>\S+) images are not supported",
            lambda m: _fill(T.translate("PhotoImport", "%1 images are not supported"), m["format"]),
        ),
    ]


def translate_reason(reason: str) -> str:
    """The media layer's reason in the UI language (unchanged when not recognised)."""
    if reason in _FIXED_REASONS:
        return T.translate("PhotoImport", reason)
    for pattern, render in _patterns():
        match = re.fullmatch(pattern, reason, flags=re.DOTALL)
        if match is not None:
            return render(match)
    return reason


def import_error_text(file_name: str, message: str) -> str:
    """ "name: reason" from :class:`PhotoImportError`, with the reason translated."""
    prefix = f"{file_name}: "
    if not message.startswith(prefix):
        return translate_reason(message)
    return prefix + translate_reason(message[len(prefix) :])
