"""When the model is serving, and when the tuner may work: the JIT's rule that serving comes first.

Every call of a JIT module (jitc.jit, torch.compile(backend="jitc")) marks its start and end
here. The tuner checks and times a candidate only after the process has been quiet for a
moment (`wait_quiet`), and a timing whose window overlapped a call is discarded and taken
again (`overlapped`): its number would be the contention, not the kernel. The clock is
CLOCK_MONOTONIC (time.monotonic), which the measuring worker's process shares.

The measuring workers registered here (`pause_during_calls`) are stopped (SIGSTOP) while any
call is in flight and continued (SIGCONT) when the last one ends: a build or a timing that was
under way takes no cycle, cache line or memory bandwidth from serving, however the OS would
have scheduled it. (SCHED_IDLE alone left a call 1.4-1.5x slower when it landed on a build:
ResNet-50, one call a second.) Two signals per call, only while a tuner works.

One gate per process (`SERVING`): a call of any JIT module holds back the tuning of all.
"""

from __future__ import annotations

import collections
import os
import signal
import threading
import time

# TVM's pool threads spin for a while after a call returns; a timing that starts in that tail
# would share the cores with them
SPIN_TAIL_S = 0.005


class ServingGate:
    def __init__(self, quiet_s: float = 0.02, history: int = 512):
        self.quiet_s = quiet_s  # how long the process must have been quiet before the tuner works
        self._cond = threading.Condition()
        self._in_flight: dict[int, float] = {}  # call id -> start
        self._calls: collections.deque[tuple[float, float]] = collections.deque(maxlen=history)
        self.calls = 0
        self._idle_s = 0.0  # usable idle seconds in the gaps that ended: each gap less quiet_s
        self._paused: set[int] = set()  # worker pids stopped while calls are in flight
        self._last_end = time.monotonic()

    # ---- serving ------------------------------------------------------------------------
    def begin(self) -> int:
        with self._cond:
            self.calls += 1  # calls begun; also this call's id
            now = time.monotonic()
            if not self._in_flight:
                self._idle_s += max(0.0, now - self._last_end - self.quiet_s)
                self._signal(signal.SIGSTOP)
            self._in_flight[self.calls] = now
            return self.calls

    def end(self, token: int) -> None:
        now = time.monotonic()
        with self._cond:
            start = self._in_flight.pop(token, now)
            if not self._in_flight:
                self._signal(signal.SIGCONT)
            self._calls.append((start, now))
            self._last_end = max(self._last_end, now)
            self._cond.notify_all()

    def _signal(self, sig) -> None:
        for pid in list(self._paused):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                self._paused.discard(pid)

    def pause_during_calls(self, pid: int) -> None:
        """Stop process `pid` (a measuring worker) whenever a call is in flight."""
        with self._cond:
            self._paused.add(pid)
            if self._in_flight:
                self._signal(signal.SIGSTOP)

    def release(self, pid: int) -> None:
        """No longer pause `pid`; it is continued if it was stopped."""
        with self._cond:
            if pid in self._paused:
                self._paused.discard(pid)
                try:
                    os.kill(pid, signal.SIGCONT)
                except ProcessLookupError:
                    pass

    @property
    def serving(self) -> bool:
        with self._cond:
            return bool(self._in_flight)

    # ---- the tuner ----------------------------------------------------------------------
    def idle_seconds(self) -> float:
        """Usable idle seconds since the gate was made, the tuner's budget clock: the time no
        call was in flight, less the first `quiet_s` of each gap (the tuner waits that long;
        gaps between calls back to back give it nothing)."""
        with self._cond:
            extra = 0.0 if self._in_flight else max(0.0, time.monotonic() - self._last_end - self.quiet_s)
            return self._idle_s + extra

    def quiet_for(self) -> float:
        """Seconds since the last call ended (0 while one is in flight)."""
        with self._cond:
            if self._in_flight:
                return 0.0
            return time.monotonic() - self._last_end

    def wait_quiet(self, stop: threading.Event | None = None, poll_s: float = 0.05) -> float:
        """Block until no call is in flight and none ended within `quiet_s` (or `stop` is set);
        returns the seconds waited."""
        t0 = time.monotonic()
        with self._cond:
            while not (stop is not None and stop.is_set()):
                if not self._in_flight:
                    quiet = time.monotonic() - self._last_end
                    if quiet >= self.quiet_s:
                        break
                    self._cond.wait(min(poll_s, self.quiet_s - quiet))
                else:
                    self._cond.wait(poll_s)
        return time.monotonic() - t0

    def overlapped(self, t0: float, t1: float) -> bool:
        """Whether a call was in flight at any moment of [t0, t1] (monotonic seconds), its
        threads' spin after it included."""
        with self._cond:
            if any(start <= t1 for start in self._in_flight.values()):
                return True
            return any(start <= t1 and end + SPIN_TAIL_S >= t0 for start, end in reversed(self._calls))


SERVING = ServingGate()
