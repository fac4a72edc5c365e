"""자르기·회전: choose how one article photo is cut and turned, for each use.

Three presets, one box each (:data:`newsdesk.media.photo_edit.CROP_PRESETS`):
본문 (the page photo; free, or the original's ratio), 목록 썸네일 (4:3) and
소셜 1200×630 (the shared picture). Choosing the thumbnail or social preset
gives it a box of its own — what the dialog shows is what will be made;
"따로 자르기" off drops it again (the thumbnail then follows the page photo,
the shared picture is the page photo). The dialog only edits a
:class:`PhotoEdit`; the photos panel stores it through the service, which
makes the files from the original.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.media.edited_derivatives import edited_size
from newsdesk.media.photo_edit import CROP_PRESETS, CropBox, PhotoEdit, largest_box, rotated_size
from newsdesk.ui.photos.crop_canvas import CropCanvas

_WHOLE = CropBox(0.0, 0.0, 1.0, 1.0)
_PRESET_ORDER = ("body", "thumb", "social")


class CropDialog(QDialog):
    """Edits ``edit`` for a photo shown by ``pixmap`` (upright, as imported)."""

    def __init__(
        self,
        pixmap: QPixmap,
        upright_size: tuple[int, int],
        edit: PhotoEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop and rotate photo"))
        self._upright_pixmap = pixmap
        self._upright_size = upright_size
        self._edit = edit
        self._initial = edit
        self._preset = "body"
        self._visited: set[str] = set()
        self._build()
        self._show_rotation()
        self._choose("body")

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        labels = {
            "body": self.tr("Body"),
            "thumb": self.tr("List thumbnail"),
            "social": self.tr("Social 1200×630"),
        }
        self.preset_buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Use:")))
        for name in _PRESET_ORDER:
            button = QRadioButton(labels[name])
            button.clicked.connect(lambda _checked=False, n=name: self._choose(n))
            self._group.addButton(button)
            self.preset_buttons[name] = button
            presets.addWidget(button)
        presets.addSpacing(12)
        self.keep_ratio = QCheckBox(self.tr("Keep the original ratio"))
        self.keep_ratio.toggled.connect(self._keep_ratio_toggled)
        self.separate = QCheckBox(self.tr("Crop separately for this use"))
        self.separate.toggled.connect(self._separate_toggled)
        presets.addWidget(self.keep_ratio)
        presets.addWidget(self.separate)
        presets.addStretch(1)

        self.canvas = CropCanvas(self)
        self.canvas.box_changed.connect(self._box_changed)
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.result_label = QLabel()

        self.rotate_left = QPushButton("↺ " + self.tr("Rotate left"))
        self.rotate_left.clicked.connect(lambda: self.turn(-1))
        self.rotate_right = QPushButton("↻ " + self.tr("Rotate right"))
        self.rotate_right.clicked.connect(lambda: self.turn(1))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the photo as imported: no crop, no rotation"))
        self.reset_button.clicked.connect(self.reset)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        for widget in (self.rotate_left, self.rotate_right, self.reset_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.purpose)
        layout.addWidget(self.result_label)
        layout.addLayout(tools)
        self.resize(760, 620)

    # -- the edit ---------------------------------------------------------------------

    def edit(self) -> PhotoEdit:
        """What the user chose (the starting edit if nothing changed)."""
        return self._edit

    def changed(self) -> bool:
        return self._edit != self._initial

    @property
    def preset(self) -> str:
        return self._preset

    def _turned_size(self) -> tuple[int, int]:
        return rotated_size(self._upright_size, self._edit.rotation)

    def _ratio(self) -> tuple[int, int] | None:
        if self._preset == "body":
            return self._turned_size() if self.keep_ratio.isChecked() else None
        return CROP_PRESETS[self._preset].ratio

    def _choose(self, preset: str, *, create: bool = False) -> None:
        """Show ``preset``'s box. A thumbnail or social preset chosen for the first time
        (or with ``create``) gets a box of its own: choosing it is asking for one."""
        self._preset = preset
        self.preset_buttons[preset].setChecked(True)
        box = self._edit.crop(preset)
        first = preset not in self._visited
        self._visited.add(preset)
        if preset != "body" and box is None and (first or create):
            box = largest_box(CROP_PRESETS[preset].ratio, self._turned_size())
            self._edit = self._edit.with_crop(preset, box)
        self.keep_ratio.setVisible(preset == "body")
        self.separate.setVisible(preset != "body")
        self.separate.blockSignals(True)
        self.separate.setChecked(box is not None)
        self.separate.blockSignals(False)
        self.canvas.set_ratio(self._ratio())
        self.canvas.set_box(box or self._edit.body or _WHOLE)
        self.canvas.setEnabled(preset == "body" or box is not None)
        self._describe()

    def set_box(self, box: CropBox) -> None:
        """Put the current preset's box (the canvas does this as the user drags)."""
        self.canvas.set_box(box)
        self._box_changed()

    def _box_changed(self) -> None:
        box: CropBox | None = self.canvas.box()
        if self._preset == "body" and box == _WHOLE:
            box = None  # the whole photo is no crop at all
        elif self._preset != "body":
            self.separate.blockSignals(True)
            self.separate.setChecked(True)
            self.separate.blockSignals(False)
        self._edit = self._edit.with_crop(self._preset, box)
        self._describe()

    def _keep_ratio_toggled(self, checked: bool) -> None:
        ratio = self._ratio()
        self.canvas.set_ratio(ratio)
        if checked and ratio is not None:
            self.set_box(self.canvas.box().fitted(ratio, self._turned_size()))

    def _separate_toggled(self, checked: bool) -> None:
        if checked:
            self._choose(self._preset, create=True)
            return
        self._edit = self._edit.with_crop(self._preset, None)
        self.canvas.set_box(self._edit.body or _WHOLE)  # what it falls back to
        self.canvas.setEnabled(False)
        self._describe()

    def turn(self, quarter_turns: int) -> None:
        """Turn the photo (and every box with it) by quarter turns; negative is anticlockwise."""
        self._edit = self._edit.turned(quarter_turns, self._upright_size)
        self._show_rotation()
        self._choose(self._preset)

    def reset(self) -> None:
        """The photo as imported: no crop, no rotation."""
        self._edit = PhotoEdit()
        self._visited.clear()
        self.keep_ratio.setChecked(False)
        self._show_rotation()
        self._choose("body")

    def _show_rotation(self) -> None:
        turn = QTransform().rotate(self._edit.rotation)  # clockwise on screen (y points down)
        pixmap = self._upright_pixmap.transformed(turn, Qt.TransformationMode.SmoothTransformation)
        self.canvas.set_pixmap(pixmap)

    def _describe(self) -> None:
        purposes = {
            "body": self.tr("The photo on the article page and on the server."),
            "thumb": self.tr("The small picture of the article in lists."),
            "social": self.tr("The picture shown when the article is shared on social media."),
        }
        kind = CROP_PRESETS[self._preset].kind
        size = edited_size(self._edit, kind, self._upright_size)
        text = purposes[self._preset]
        if size is None or (self._preset != "body" and self._edit.crop(self._preset) is None):
            fallback = self.tr("Not cropped separately: the page photo is used.")
            self.purpose.setText(f"{text} {fallback}")
            self.result_label.setText("")
            return
        self.purpose.setText(text)
        result = self.tr("Result: %1 × %2 pixels").replace("%1", str(size[0]))
        result = result.replace("%2", str(size[1]))
        if self._preset == "social" and size[0] < 1200:
            result += " — " + self.tr("smaller than 1200 × 630; shared previews may look blurred")
        self.result_label.setText(result)
