"""Qt's own widgets speak Korean too: the file dialog, message box buttons.

Qt ships its Korean catalogue (qtbase_ko.qm) but it lacks the strings Qt 6
added with mnemonics ("&Look in:", "Files of &type:"), and it words
"Discard" as 무시 (ignore). Newsdesk's catalogue fills those gaps.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

HANGUL = re.compile("[가-힣]")


def test_file_dialog_labels_are_korean(qtbot: QtBot, korean: None, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "사진 추가", str(tmp_path), "이미지 (*.jpg)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "찾는 위치(&L):" in labels
    assert "파일 형식(&T):" in labels
    assert all(HANGUL.search(text) for text in labels), labels
    buttons = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    assert buttons and all(HANGUL.search(text) for text in buttons), buttons


def test_message_box_buttons_are_korean(qtbot: QtBot, korean: None) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    standard = QMessageBox.StandardButton
    box.setStandardButtons(standard.Save | standard.Discard | standard.Cancel)
    texts = {button: box.button(button).text() for button in (standard.Save, standard.Cancel)}
    assert texts == {standard.Save: "저장", standard.Cancel: "취소"}
    assert box.button(standard.Discard).text() == "저장 안 함"  # not Qt's 무시 ("ignore")
