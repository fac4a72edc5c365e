"""Words and colours of the revision compare view.

The services compare raw snapshot values (``submitted``, photo hashes,
``alt_text``); what an editor reads is 제목, 승인됨, 대표 사진 지정. Every
label here is translatable, statuses reuse the article list's translations
(one name per status across the app), and the highlight colours are mixed
from the palette so light and dark themes both stay readable.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from newsdesk.services.revision_photos import ADDED, REMOVED, PhotoChange
from newsdesk.text.diff import Op, Segment

#: Short alias; pyside6-lupdate still finds ``T.translate("RevisionLabels", …)``.
T = QCoreApplication
DELETE_HUE = QColor(220, 60, 60)
INSERT_HUE = QColor(40, 160, 70)
CURRENT_HUE = QColor(250, 190, 30)
#: Fields whose value is a name (a status, a section, a person): shown whole, not diffed.
WHOLE_VALUE_FIELDS = ("status", "section", "author")


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() * (1 - amount) + tint.red() * amount),
        round(base.green() * (1 - amount) + tint.green() * amount),
        round(base.blue() * (1 - amount) + tint.blue() * amount),
    )


def highlight_colors(palette: QPalette) -> tuple[str, str]:
    """(deleted, inserted) backgrounds that keep the text readable on this palette."""
    base = palette.color(QPalette.ColorRole.Base)
    amount = 0.45 if base.lightness() < 128 else 0.30
    return mix(base, DELETE_HUE, amount).name(), mix(base, INSERT_HUE, amount).name()


def current_change_color(palette: QPalette) -> QColor:
    """The background of the change F7 jumped to: stronger than the other marks."""
    base = palette.color(QPalette.ColorRole.Base)
    return mix(base, CURRENT_HUE, 0.7 if base.lightness() < 128 else 0.55)


def segments_html(segments: list[Segment], palette: QPalette) -> str:
    """One side of a diff as HTML: changed runs get a background, line breaks kept."""
    deleted, inserted = highlight_colors(palette)
    parts: list[str] = []
    for segment in segments:
        text = escape(segment.text).replace("\n", "<br/>")
        if segment.op == Op.DELETE:
            parts.append(
                f'<span style="background-color:{deleted}; text-decoration:line-through">'
                f"{text}</span>"
            )
        elif segment.op == Op.INSERT:
            parts.append(f'<span style="background-color:{inserted}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts) or "&nbsp;"


def marked_html(text: str, op: Op, palette: QPalette) -> str:
    """A whole value marked as deleted or inserted (an empty one says so, greyed)."""
    if not text:
        grey = palette.color(QPalette.ColorRole.PlaceholderText).name()
        none = escape(T.translate("RevisionLabels", "(none)"))
        return f'<span style="color:{grey}">{none}</span>'
    return segments_html([Segment(op, text)], palette)


def field_label(field: str) -> str:
    """The form's name for a compared field."""
    labels = {
        "headline": T.translate("RevisionLabels", "Headline"),
        "subheadline": T.translate("RevisionLabels", "Subheadline"),
        "body": T.translate("RevisionLabels", "Body"),
        "summary": T.translate("RevisionLabels", "Summary"),
        "section": T.translate("RevisionLabels", "Section"),
        "author": T.translate("RevisionLabels", "Author"),
        "byline": T.translate("RevisionLabels", "Byline"),
        "tags": T.translate("RevisionLabels", "Tags"),
        "status": T.translate("RevisionLabels", "Status"),
        "photos": T.translate("RevisionLabels", "Photos"),
    }
    return labels.get(field, field)


def field_value(field: str, value: str) -> str:
    """A whole value as the rest of the app names it (statuses as in the article list)."""
    if field == "status" and value:
        from newsdesk.ui.workflow.history_dialog import status_text  # it imports this module

        return status_text(value)
    return value


def _photo_name(change: PhotoChange) -> str:
    if change.caption:
        return f"“{change.caption}”"
    return T.translate("RevisionLabels", "Photo without a caption")


def photo_title(change: PhotoChange) -> str:
    """The first line of a photo's change: what kind of change, and which photo."""
    if change.change == ADDED:
        kind = T.translate("RevisionLabels", "Photo added")
    elif change.change == REMOVED:
        kind = T.translate("RevisionLabels", "Photo removed")
    else:
        kind = T.translate("RevisionLabels", "Photo changed")
    return f"{kind} · {_photo_name(change)}"


def photo_detail_html(change: PhotoChange, palette: QPalette) -> list[str]:
    """The lines under the title: order, main photo and each text, old → new."""
    lines: list[str] = []
    if change.change == ADDED and change.is_main:
        lines.append(escape(T.translate("RevisionLabels", "Main photo")))
    if change.moved and change.old_position is not None and change.new_position is not None:
        order = T.translate("RevisionLabels", "Order: %1 → %2")
        lines.append(
            escape(
                order.replace("%1", place_text(change.old_position)).replace(
                    "%2", place_text(change.new_position)
                )
            )
        )
    if change.main_changed:
        if change.is_main:
            lines.append(escape(T.translate("RevisionLabels", "Made the main photo")))
        else:
            lines.append(escape(T.translate("RevisionLabels", "No longer the main photo")))
    labels = {
        "caption": T.translate("RevisionLabels", "Caption changed"),
        "credit": T.translate("RevisionLabels", "Credit changed"),
        "alt_text": T.translate("RevisionLabels", "Alt text changed"),
    }
    for text in change.texts:
        before = marked_html(text.old, Op.DELETE, palette)
        after = marked_html(text.new, Op.INSERT, palette)
        lines.append(f"{escape(labels.get(text.field, text.label))}: {before} → {after}")
    return lines


def place_text(position: int) -> str:
    """A 0-based place in the photo order as people count it ("2번째")."""
    return T.translate("RevisionLabels", "no. %1").replace("%1", str(position + 1))
