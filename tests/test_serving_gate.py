"""Serving first (jitc.tuning.serving_gate): the tuner checks and times candidates only when the model
is quiet, and a timing that a call overlapped is discarded and taken again. Deterministic: the
calls are made by the test at chosen moments of the worker's handshake, never raced by time."""

import os
import subprocess
import sys
import threading
import time

import pytest

from jitc import compiler, schedules
from jitc.tuning.measure import Measurer, Settings
from jitc.tuning.serving_gate import SPIN_TAIL_S, ServingGate


@pytest.fixture(scope="module")
def kernel(example_path):
    low = compiler.lower(example_path("mlp"))
    return low, next(iter(low.kernels.values()))


def test_overlap_and_busy_time():
    g = ServingGate(quiet_s=0.0)
    before = time.monotonic()
    tok = g.begin()
    assert g.serving and g.quiet_for() == 0.0
    assert g.overlapped(before - 10, before - 5) is False  # a window before the call started
    assert g.overlapped(before, time.monotonic())  # the call is in flight
    g.end(tok)
    after = time.monotonic()
    assert not g.serving
    assert g.overlapped(before - 1, after - 1e-9)  # it started inside
    assert g.overlapped(after - 1e-9, after + 1)  # it ended inside
    assert g.overlapped(after + SPIN_TAIL_S / 2, after + 1)  # its threads' spin after it
    assert not g.overlapped(after + SPIN_TAIL_S * 2, after + 1)  # well after
    assert g.calls == 1


def test_idle_seconds_count_the_usable_part_of_each_gap():
    g = ServingGate(quiet_s=0.05)
    for _ in range(200):  # back to back: no gap reaches quiet_s
        g.end(g.begin())
    assert g.idle_seconds() < 0.05
    time.sleep(0.15)
    idle = g.idle_seconds()
    assert 0.08 <= idle <= 0.15 + 0.05  # the gap less quiet_s, counted while it lasts
    tok = g.begin()
    time.sleep(0.05)
    assert abs(g.idle_seconds() - idle) < 0.02  # a call in flight: the clock stands still
    g.end(tok)


def test_wait_quiet_waits_for_calls_to_end():
    g = ServingGate(quiet_s=0.05)
    tok = g.begin()
    released = threading.Event()

    def waiter():
        g.wait_quiet()
        released.set()

    t = threading.Thread(target=waiter)
    t.start()
    assert not released.wait(0.2)  # a call in flight: the tuner waits
    g.end(tok)
    assert released.wait(5.0)
    t.join()
    stop = threading.Event()
    stop.set()
    tok = g.begin()
    g.wait_quiet(stop=stop)  # a stopping tuner does not wait
    g.end(tok)


class CallAfterGo(ServingGate):
    """A gate at which a call of the model begins right after the tuner was let go, for the
    first `spoil` timings, and ends once the worker reported the window (the call overlapped
    the whole of it). Counts what the worker asked. It does not stop the worker during calls
    (test_worker_is_stopped_while_a_call_is_in_flight covers that), so the call and the timing
    truly overlap."""

    def pause_during_calls(self, pid):
        pass

    def __init__(self, spoil: int):
        super().__init__(quiet_s=2 * SPIN_TAIL_S)  # past the spin tail: the next window is clean
        self.spoil = spoil
        self.asked = 0
        self.windows = []
        self._token = None

    def _end_call(self):
        if self._token is not None:
            self.end(self._token)
            self._token = None

    def wait_quiet(self, stop=None, poll_s=0.05):
        self._end_call()  # a call that spanned a build or a reference run (no timing window)
        waited = super().wait_quiet(stop, poll_s)
        self.asked += 1
        if self.spoil > 0:
            self._token = self.begin()
        return waited

    def overlapped(self, t0, t1):
        spoiled = super().overlapped(t0, t1)
        self.windows.append(spoiled)
        self._end_call()
        self.spoil -= int(spoiled)
        return spoiled


def test_a_timing_that_a_call_overlapped_is_discarded_and_taken_again(kernel):
    low, k = kernel
    good = schedules.default_config(k, low.target)
    settings = Settings(repeat=3, min_repeat_ms=1, threads=1)
    gate = CallAfterGo(spoil=2)
    with Measurer(low.target, settings, gate=gate) as m:
        (res,) = m.measure(k, [good])
        assert res.ok, (res.status, res.error)
        assert m.discarded == 2
    # the check, then the timing: the first two windows were spoiled by the calls, the third kept
    assert gate.windows == [True, True, False, False]
    assert gate.asked >= 4  # (the worker's start, its reference run and the build wait their turn too)


def test_a_candidate_every_timing_of_which_overlapped_is_contended_not_recorded(kernel, tmp_path):
    from jitc.db.store import Database
    from jitc.tuning.tuner import tune

    low, k = kernel
    settings = Settings(repeat=1, min_repeat_ms=1, threads=1, retakes=2)
    gate = CallAfterGo(spoil=10**6)
    with Measurer(low.target, settings, gate=gate) as m:
        (res,) = m.measure(k, [schedules.default_config(k, low.target)])
        assert res.status == "contended" and not res.ok
        assert m.discarded == 2 and gate.windows == [True, True]
        db = Database(str(tmp_path / "k.db"))
        result = tune(low, db, 3.0, measurer=m, batch=1, clock=lambda: 0.0 if gate.asked < 6 else 99.0)
    assert result.measured == 0  # no number from a timing that shared the cores with serving
    assert not db.records(), "a contended timing was stored"


def _read_state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]  # R, S, T (stopped), ...


def _stopped(pid: int, want: bool) -> bool:
    """Whether the process reaches the wanted state (a signal lands asynchronously)."""
    deadline = time.monotonic() + 5.0
    while (_read_state(pid) == "T") != want and time.monotonic() < deadline:
        time.sleep(0.005)
    return (_read_state(pid) == "T") == want


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads process states from /proc")
def test_worker_is_stopped_while_a_call_is_in_flight():
    """A registered worker is stopped from the first call's start to the last call's end."""
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        g = ServingGate()
        g.pause_during_calls(p.pid)
        assert _stopped(p.pid, False)
        a = g.begin()
        assert _stopped(p.pid, True)
        b = g.begin()  # two calls in flight
        g.end(a)
        time.sleep(0.05)
        assert _stopped(p.pid, True)  # one still is
        g.end(b)
        assert _stopped(p.pid, False)
        tok = g.begin()
        assert _stopped(p.pid, True)
        g.release(p.pid)  # released mid-call: continued at once, not stopped again
        assert _stopped(p.pid, False)
        g.end(g.begin())
        g.end(tok)
        time.sleep(0.05)
        assert _stopped(p.pid, False)
    finally:
        p.kill()
        p.wait()


def test_ungated_measurer_is_unchanged(kernel):
    low, k = kernel
    with Measurer(low.target, Settings(repeat=1, min_repeat_ms=1)) as m:
        (res,) = m.measure(k, [schedules.default_config(k, low.target)])
        assert res.ok and m.discarded == 0
