"""CPU seconds of this process tree by part, and of the whole machine, sampled while a run goes on.

A thread reads every `PERIOD` seconds the CPU times of this process and all its descendants
(`psutil`) and the machine's busy time (``/proc/stat``). Each process is put in a part by its
command line (`classify`); a process that dies between two samples loses at most one period of its
CPU (Ray's actors are killed at the end of a pass, after their last chunk). The sampler's own thread
runs in this process: its CPU is taken out of the driver's. `totals` at two moments (the first
write, the end) give a run's steady phase apart from its start-up.
"""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import psutil

PERIOD = 0.5
TICKS = os.sysconf("SC_CLK_TCK")


def classify(pid: int, cmdline: list[str]) -> str:
    """``driver`` (this process), ``workers`` (Ray Data's actors, or the local engine's spawned
    workers) or ``ray`` (any other: Ray's own processes, i.e. raylet, GCS, idle workers, Ray Data's
    internal actors, the feed queue, the ledger and the read tasks; multiprocessing's resource tracker)."""
    if pid == os.getpid():
        return "driver"
    head = " ".join(cmdline[:1])
    if head.startswith("ray::"):
        return "workers" if "MapWorker" in head else "ray"
    joined = " ".join(cmdline)
    if "multiprocessing" in joined and "spawn_main" in joined:
        return "workers"
    return "ray"


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores, every process) since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / TICKS


@dataclass(frozen=True)
class Totals:
    """CPU seconds by part since the sampler started, the machine's busy seconds, and the time."""

    parts: dict[str, float]
    machine: float
    at: float

    def minus(self, other: Totals) -> Totals:
        parts = {k: self.parts.get(k, 0.0) - other.parts.get(k, 0.0) for k in self.parts}
        return Totals(parts, self.machine - other.machine, self.at - other.at)

    @property
    def ours(self) -> float:
        return sum(self.parts.values())

    @property
    def others(self) -> float:
        """The machine's busy seconds not spent by this process tree (other users of the cores)."""
        return max(0.0, self.machine - self.ours)


class CpuSampler:
    """Samples the process tree's CPU by part until stopped; a context manager."""

    def __init__(self, period: float = PERIOD, sort: Callable[[int, list[str]], str] = classify) -> None:
        self.period = period
        self.sort = sort
        self.root = psutil.Process()
        self._base: dict[int, float] = {}  # CPU each process had when first seen (before the start)
        self._last: dict[int, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self._own = 0.0  # the sampling thread's CPU
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._machine0 = machine_busy()
        self._start = time.perf_counter()
        self._sample(first=True)

    def __enter__(self) -> CpuSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def totals(self) -> Totals:
        """CPU seconds by part since the start (as of the latest sample), the machine's, and the time."""
        self._sample()
        with self._lock:
            parts: dict[str, float] = defaultdict(float)
            for pid, (part, cpu) in self._last.items():
                parts[part] += cpu - self._base.get(pid, 0.0)
            parts["driver"] -= self._own
            for part in ("driver", "workers", "ray"):
                parts.setdefault(part, 0.0)
            return Totals(dict(parts), machine_busy() - self._machine0, time.perf_counter() - self._start)

    def _loop(self) -> None:
        while not self._stop.wait(self.period):
            start = time.thread_time()
            self._sample()
            with self._lock:
                self._own += time.thread_time() - start

    def _sample(self, first: bool = False) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        for proc in procs:
            try:
                with proc.oneshot():
                    times = proc.cpu_times()
                    cmdline = proc.cmdline() if self._last.get(proc.pid, ("ray",))[0] == "ray" else []
            except psutil.Error:
                continue
            cpu = times.user + times.system
            with self._lock:
                if first:
                    self._base[proc.pid] = cpu
                previous = self._last.get(proc.pid)
                # re-sorted while in "ray": an idle Ray worker may have become an actor since
                part = previous[0] if previous and previous[0] != "ray" else self.sort(proc.pid, cmdline)
                self._last[proc.pid] = (part, max(cpu, previous[1] if previous else cpu))
