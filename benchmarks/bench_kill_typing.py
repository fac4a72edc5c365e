"""Seconds of typing lost to kill -9: the real window types into the body, then dies.

Run: ``python benchmarks/bench_kill_typing.py [--trials 30] [--modes steady bursty]``.

Each trial starts the real :class:`MainWindow` in a child process (offscreen,
with the preview's web engine), which types into the body the way a Korean
input method delivers text (one committed syllable per event) in one of two
modes:

* steady: a syllable every 80-250 ms (uniformly random), never pausing;
* bursty: bursts of 4-25 fast syllables (40-110 ms apart) with pauses of 0.5-3 s.

The child logs every keystroke to a file, one flushed line each (monotonic
time and the body's length so far), and every autosave. The parent sends
SIGKILL at a random moment 3-25 s after typing started, then opens the data
folder as the next start would (``AutosaveService(...).pending()``) and
computes the typing lost: the time of the last logged keystroke minus the
time of the keystroke whose length the recovered body has (0 when all of it
came back; the whole typing time when nothing did).

Design target (DESIGN.md section 7, issue 8): at most 2.5 s lost for steady
typing, whatever the moment of the crash. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODES = ("steady", "bursty")
#: What is typed, over and over (syllables and spaces, one per keystroke).
TEXT = (
    "시흥시 배곧 해안 산책로가 다음 달 개통한다. 시는 야간 조명과 쉼터 열두 곳을 "
    "새로 만들었다고 밝혔다. 주민들은 바다를 따라 걷는 길이 생겨 반갑다고 말했다. "
)
START_TIMEOUT_S = 90.0


def typing_delays(mode: str, rng: random.Random) -> Iterator[float]:
    """Milliseconds to wait before each next keystroke, forever."""
    while True:
        if mode == "steady":
            yield rng.uniform(80, 250)
            continue
        for _ in range(rng.randint(4, 25)):
            yield rng.uniform(40, 110)
        yield rng.uniform(500, 3000)


def typed_text(length: int) -> str:
    """The first ``length`` characters the child types."""
    return (TEXT * (length // len(TEXT) + 1))[:length]


def prefill_text(length: int) -> str:
    """An article already in the body before typing starts (``--prefill``): a long
    body makes every preview render cost more on the window's event loop."""
    if length <= 0:
        return ""
    paragraph = (
        "학부모 단체는 “환영한다”면서도 **세부 계획**을 요구했다. 교육청은 답하지 않았다.\n\n"
    )
    return (paragraph * (length // len(paragraph) + 1))[: length - 2] + "\n\n"


# -- the child: the real window, typing ------------------------------------------------


def child(
    mode: str, seed: int, prefill: int, data_dir: Path, settings_file: str, log_path: Path
) -> None:
    """Open the window, wait for the first preview, then type until killed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from newsdesk.services.articles import ArticleFields
    from newsdesk.services.autosave import AutosaveService
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.app.main_window import MainWindow
    from newsdesk.ui.app.startup import make_application

    store = AutosaveService.store

    def timed_store(self: AutosaveService, *args: Any, **kwargs: Any) -> None:
        """The autosave write, logged with how long it took (the WAL fsync included)."""
        begun = time.monotonic()
        store(self, *args, **kwargs)
        done = time.monotonic()
        write(f"A {done:.6f} {len(args[1].body)} {(done - begun) * 1000:.1f}")

    AutosaveService.store = timed_store  # type: ignore[method-assign]
    app = make_application([])
    newsroom = Newsroom.open(data_dir)
    window = MainWindow(newsroom, settings=QSettings(settings_file, QSettings.Format.IniFormat))
    window.show()
    body = window.editor.body
    if prefill:
        window.editor.set_fields(ArticleFields(body=prefill_text(prefill)))
        window.preview.render_now()
        body.moveCursor(body.textCursor().MoveOperation.End)
    body.setFocus()
    # Line-buffered and flushed: each line is in the kernel before the next
    # keystroke, and SIGKILL does not take the kernel's page cache with it.
    log = log_path.open("w", encoding="utf-8", buffering=1)
    delays = typing_delays(mode, random.Random(seed))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    typed = 0
    due = math.nan  # when the next keystroke should come (NaN: typing not started)

    def length() -> int:
        return body.document().characterCount() - 1

    def write(line: str) -> None:
        log.write(line + "\n")
        log.flush()

    def type_next() -> None:
        nonlocal typed, due
        late_ms = (time.monotonic() - due) * 1000
        event = QInputMethodEvent()
        event.setCommitString(TEXT[typed % len(TEXT)])
        QApplication.sendEvent(body, event)
        typed += 1
        write(f"K {time.monotonic():.6f} {length()} {late_ms:.1f}")
        delay = next(delays)
        due = time.monotonic() + delay / 1000
        timer.start(round(delay))

    def start() -> None:
        nonlocal due
        if not math.isnan(due):
            return
        due = time.monotonic()
        write(f"S {due:.6f}")
        type_next()

    timer.timeout.connect(type_next)
    window.preview.rendered.connect(lambda _ms: start())
    QTimer.singleShot(10_000, start)  # no first preview: type anyway
    QTimer.singleShot(120_000, app.quit)  # the parent vanished: do not type forever
    app.exec()


# -- the parent: kill, recover, measure -------------------------------------------------


@dataclass(frozen=True)
class Trial:
    mode: str
    #: Last keystroke minus the keystroke the recovered text ends with (pauses count).
    lost_s: float
    #: Last keystroke minus the first keystroke that was not recovered (their span).
    lost_from_first_lost_s: float
    typing_s: float
    typed: int  # keystrokes (one character each)
    recovered: int  # characters of the typing that came back
    intact: bool  # the recovered body is exactly the start of what was typed
    autosaves: int
    #: Longest a keystroke waited until an autosave held it (the crash window).
    longest_unsaved_s: float
    #: How late the latest keystroke ran after it was due (the event loop was busy).
    worst_late_ms: float
    #: The slowest autosave write (a transaction with synchronous=FULL: WAL fsync).
    slowest_write_ms: float


Key = tuple[float, int, float]  # time, body length after it, lateness (ms)
Save = tuple[float, int, float]  # time written, body length, milliseconds the write took


def read_log(log_path: Path) -> tuple[float, list[Key], list[Save]]:
    """(typing start, keystrokes, autosaves) as the child logged them."""
    start = math.nan
    keys: list[Key] = []
    saves: list[Save] = []
    for line in log_path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        try:
            if parts[0] == "S" and len(parts) == 2:
                start = float(parts[1])
            elif parts[0] == "K" and len(parts) == 4:
                keys.append((float(parts[1]), int(parts[2]), float(parts[3])))
            elif parts[0] == "A" and len(parts) == 4:
                saves.append((float(parts[1]), int(parts[2]), float(parts[3])))
        except (IndexError, ValueError):
            continue  # a line cut short by the kill
    return start, keys, saves


def recovered_body(data_dir: Path) -> str:
    """What the next start would offer back."""
    from newsdesk.services.autosave import AutosaveService
    from newsdesk.services.newsroom import Newsroom

    room = Newsroom.open(data_dir)
    try:
        drafts = AutosaveService(room).pending()
        return drafts[0].fields.body if drafts else ""
    finally:
        room.close()


def wait_for_start(process: subprocess.Popen[bytes], log_path: Path, stderr: Path) -> float:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if log_path.exists():
            first = log_path.read_text(encoding="utf-8").split("\n", 1)[0].split()
            if len(first) == 2 and first[0] == "S":
                return float(first[1])
        if process.poll() is not None:
            tail = stderr.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"child exited with {process.returncode} before typing:\n{tail}")
        time.sleep(0.02)
    raise RuntimeError(f"child did not start typing within {START_TIMEOUT_S:.0f} s")


def kill_hard(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the window's process (the measured crash), then its web engine helpers."""
    with contextlib.suppress(ProcessLookupError):  # it may have died on its own
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with contextlib.suppress(ProcessLookupError):  # its own session: only its helpers
        os.killpg(process.pid, signal.SIGKILL)


def run_trial(
    mode: str,
    seed: int,
    prefill: int,
    kill_after_s: float,
    template: Path,
    workdir: Path,
    env: dict[str, str],
) -> Trial:
    data_dir = workdir / "data"
    shutil.copytree(template, data_dir)
    log_path, stderr = workdir / "typing.log", workdir / "stderr.txt"
    command = [sys.executable, __file__, "--child", mode, str(seed), str(prefill), str(data_dir)]
    command += [str(workdir / "settings.ini"), str(log_path)]
    with stderr.open("wb") as err:
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        try:
            started = wait_for_start(process, log_path, stderr)
            time.sleep(max(0.0, started + kill_after_s - time.monotonic()))
        finally:
            kill_hard(process)
    start, keys, saves = read_log(log_path)
    body = recovered_body(data_dir)
    if not keys:
        raise RuntimeError(f"no keystroke logged in {log_path}")
    last_time = keys[-1][0]
    at = [moment for moment, length, _ in keys if length >= len(body)]
    reference = start if not body else (at[0] if at else last_time)
    first_lost = [moment for moment, length, _ in keys if length > len(body)]
    return Trial(
        mode=mode,
        lost_s=max(0.0, last_time - reference),
        lost_from_first_lost_s=last_time - first_lost[0] if first_lost else 0.0,
        typing_s=last_time - start,
        typed=len(keys),
        recovered=max(0, len(body) - prefill),
        intact=not body or body == prefill_text(prefill) + typed_text(len(body) - prefill),
        autosaves=len(saves),
        longest_unsaved_s=longest_unsaved(keys, saves),
        worst_late_ms=max(late for _, _, late in keys),
        slowest_write_ms=max((took for _, _, took in saves), default=0.0),
    )


def longest_unsaved(keys: list[Key], saves: list[Save]) -> float:
    """The longest a keystroke waited for the first autosave that held it."""
    longest, pending = 0.0, 0
    for moment, length, _ in saves:
        while pending < len(keys) and keys[pending][1] <= length and keys[pending][0] <= moment:
            longest = max(longest, moment - keys[pending][0])
            pending += 1
    return longest


def nearest_rank(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def report(mode: str, trials: list[Trial]) -> None:
    lost = [trial.lost_s for trial in trials]
    over = sum(1 for value in lost if value > 2.0)
    broken = sum(1 for trial in trials if not trial.intact)
    print(
        f"{mode:<7} trials {len(trials):>3}   seconds lost: min {min(lost):.2f}  "
        f"median {statistics.median(lost):.2f}  p95 {nearest_rank(lost, 0.95):.2f}  "
        f"max {max(lost):.2f}   lost > 2 s: {over}"
    )
    from_first = [trial.lost_from_first_lost_s for trial in trials]
    print(
        f"        span of the lost keystrokes alone (the pause before them not counted): "
        f"median {statistics.median(from_first):.2f}  p95 {nearest_rank(from_first, 0.95):.2f}  "
        f"max {max(from_first):.2f}"
    )
    print(
        f"        typing {statistics.median(t.typing_s for t in trials):.1f} s median "
        f"({statistics.median(t.typed for t in trials):.0f} keystrokes); longest a keystroke "
        f"waited for an autosave {max(t.longest_unsaved_s for t in trials):.2f} s; slowest "
        f"autosave write {max(t.slowest_write_ms for t in trials):.0f} ms; latest keystroke "
        f"{max(t.worst_late_ms for t in trials):.0f} ms late; recovered text not a prefix "
        f"of the typing: {broken}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30, help="trials per mode (default 30)")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--kill-min", type=float, default=3.0, help="seconds after typing began")
    parser.add_argument("--kill-max", type=float, default=25.0)
    parser.add_argument("--verbose", action="store_true", help="one line per trial")
    parser.add_argument(
        "--prefill", type=int, default=0, help="characters already in the body (default 0)"
    )
    parser.add_argument("--child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, seed, prefill, data_dir, settings_file, log_path = args.child
        child(mode, int(seed), int(prefill), Path(data_dir), settings_file, Path(log_path))
        return 0

    from newsdesk.services.newsroom import Newsroom

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"  # the web engine refuses root otherwise
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH", "")]))
    rng = random.Random(args.seed)
    results: dict[str, list[Trial]] = {mode: [] for mode in args.modes}
    with tempfile.TemporaryDirectory(prefix="bench-kill-typing-") as scratch:
        template = Path(scratch) / "template"
        Newsroom.open(template).close()  # migrated once; every trial gets a copy
        for number in range(args.trials):
            for mode in args.modes:
                workdir = Path(scratch) / f"{mode}-{number}"
                workdir.mkdir()
                kill_after = rng.uniform(args.kill_min, args.kill_max)
                seed = rng.randrange(2**31)
                trial = run_trial(mode, seed, args.prefill, kill_after, template, workdir, env)
                results[mode].append(trial)
                if args.verbose:
                    print(
                        f"  {mode:<7} #{number + 1:<3} kill at {kill_after:5.1f} s: "
                        f"lost {trial.lost_s:.2f} s, recovered {trial.recovered}/{trial.typed}, "
                        f"{trial.autosaves} autosaves (slowest {trial.slowest_write_ms:.0f} ms), "
                        f"worst late {trial.worst_late_ms:.0f} ms",
                        flush=True,
                    )
                shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"kill -9 while typing: {args.trials} trials per mode, kill {args.kill_min:g}-"
        f"{args.kill_max:g} s after typing began (target: steady max <= 2.5 s)"
    )
    for mode in args.modes:
        report(mode, results[mode])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
