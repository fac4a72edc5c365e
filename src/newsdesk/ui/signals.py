"""Emitting Qt signals from Python without corrupting ``True``'s reference count.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True``/``False`` without
taking a reference to it, so every emit from Python code lowers the
interpreter's count on ``True`` by one. After a few thousand keystrokes the
count reaches zero and CPython aborts ("bool_dealloc: deallocating True or
False"). :func:`emit` gives the missing reference back, but only when a
one-time probe shows the running PySide6 has the bug, so a fixed PySide6 (or
Python 3.12+, where ``True`` is immortal) is left alone.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


@cache
def emit_drops_a_reference() -> bool:
    """True if emitting a signal from Python loses a reference to its bool result."""
    probe = _Probe()
    rounds = 50
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost >= rounds:  # give back what the probe itself took away
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= rounds


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, repairing the result's reference count where needed."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # stubs say None
    if emit_drops_a_reference() and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
