"""Qt's own strings that Qt's Korean catalogue lacks or words misleadingly.

Qt ships ``qtbase_ko.qm``, but Qt 6 gave several file dialog labels
mnemonics ("&Look in:", "Files of &type:") and the Korean catalogue still
only knows the old texts, so the dialog every reporter uses to add photos
showed English. It also renders "Discard" as 무시 ("ignore"), which reads
wrong on the "Save before closing?" question.

The strings are listed here only so ``pyside6-lupdate`` copies them, under
Qt's own contexts, into ``newsdesk_ko.ts``; our translator is installed after
Qt's, so Qt asks ours first (see :func:`newsdesk.ui.app.i18n.install_translators`).
Nothing calls this at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_CATALOGUE_GAPS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
