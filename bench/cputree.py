"""CPU seconds of this process tree by part, and of the whole machine, sampled while a run goes on.

A thread reads every `PERIOD` seconds the CPU times of this process and all its descendants
(`psutil`) and the machine's busy time (``/proc/stat``). Each process is put in a part by its
command line (`classify`); a process that dies between two samples loses at most one period of its
CPU (Ray's actors are killed at the end of a pass, after their last chunk). The sampler's own thread
runs in this process: its CPU is taken out of the driver's. `totals` at two moments (the first
write, the end) give a run's steady phase apart from its start-up. Each process also has a label
(`label`: ``driver``, ``worker 1``, ``worker 2`` … or the Ray process's name), and the driver's
threads are sampled by name (Python threads by their name, Ray's C++ threads by their OS name).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import psutil

PERIOD = 0.5
TICKS = os.sysconf("SC_CLK_TCK")


def classify(pid: int, cmdline: list[str]) -> str:
    """``driver`` (this process), ``workers`` (Ray Data's actors, the ``actors`` scheduler's
    ``ChunkWorker`` actors, or the local engine's spawned workers) or ``ray`` (any other: Ray's own
    processes, i.e. raylet, GCS, idle workers, Ray Data's internal actors, the `Feed` actor and the
    read tasks; multiprocessing's resource tracker)."""
    if pid == os.getpid():
        return "driver"
    head = " ".join(cmdline[:1])
    if head.startswith("ray::"):
        return "workers" if "MapWorker" in head or "ChunkWorker" in head else "ray"
    joined = " ".join(cmdline)
    if "multiprocessing" in joined and "spawn_main" in joined:
        return "workers"
    return "ray"


def label(cmdline: list[str]) -> str:
    """A Ray process's name: ``raylet``, ``gcs_server``, ``log_monitor.py``, ``Feed``, ``_StatsActor`` …"""
    head = cmdline[0] if cmdline else "?"
    if head.startswith("ray::"):
        return head[5:].split(" ")[0]
    script = next((arg for arg in cmdline[1:] if arg.endswith(".py")), None)
    return os.path.basename(script or head)


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores, every process) since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / TICKS


@dataclass(frozen=True)
class Totals:
    """CPU seconds by part, by process label and by driver thread since the sampler started, the
    machine's busy seconds, and the time."""

    parts: dict[str, float]
    machine: float
    at: float
    processes: dict[str, float] = field(default_factory=dict)
    threads: dict[str, float] = field(default_factory=dict)

    def minus(self, other: Totals) -> Totals:
        return Totals(
            _minus(self.parts, other.parts),
            self.machine - other.machine,
            self.at - other.at,
            _minus(self.processes, other.processes),
            _minus(self.threads, other.threads),
        )

    @property
    def ours(self) -> float:
        return sum(self.parts.values())

    @property
    def others(self) -> float:
        """The machine's busy seconds not spent by this process tree (other users of the cores)."""
        return max(0.0, self.machine - self.ours)


def _minus(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    return {k: a[k] - b.get(k, 0.0) for k in a}


class CpuSampler:
    """Samples the process tree's CPU by part until stopped; a context manager."""

    def __init__(self, period: float = PERIOD, sort: Callable[[int, list[str]], str] = classify) -> None:
        self.period = period
        self.sort = sort
        self.root = psutil.Process()
        self._base: dict[int, float] = {}  # CPU each process had when first seen (before the start)
        self._last: dict[int, tuple[str, str, float]] = {}  # part, label, CPU
        self._threads: dict[int, tuple[str, float]] = {}  # the driver's threads: name, CPU
        self._thread_base: dict[int, float] = {}
        self._workers = 0
        self._lock = threading.Lock()
        self._own = 0.0  # the sampling thread's CPU
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="cputree", daemon=True)
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
            processes: dict[str, float] = defaultdict(float)
            for pid, (part, name, cpu) in self._last.items():
                parts[part] += cpu - self._base.get(pid, 0.0)
                processes[name] += cpu - self._base.get(pid, 0.0)
            parts["driver"] -= self._own
            processes["driver"] -= self._own
            for part in ("driver", "workers", "ray"):
                parts.setdefault(part, 0.0)
            threads: dict[str, float] = defaultdict(float)
            for tid, (name, cpu) in self._threads.items():
                threads[name] += cpu - self._thread_base.get(tid, 0.0)
            return Totals(
                dict(parts),
                machine_busy() - self._machine0,
                time.perf_counter() - self._start,
                dict(processes),
                dict(threads),
            )

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
                if previous and previous[0] != "ray":
                    part, name = previous[:2]
                else:  # a Ray worker process is IDLE before and after its task or actor: keep that name
                    part, name = self._name(proc.pid, cmdline)
                    if name == "IDLE" and previous:
                        name = previous[1]
                self._last[proc.pid] = (part, name, max(cpu, previous[2] if previous else cpu))
        self._sample_threads(first)

    def _name(self, pid: int, cmdline: list[str]) -> tuple[str, str]:
        part = self.sort(pid, cmdline)
        if part == "driver":
            return part, "driver"
        if part == "workers":
            self._workers += 1
            return part, f"worker {self._workers}"
        return part, label(cmdline)

    def _sample_threads(self, first: bool) -> None:
        """The driver's threads' CPU, by name (the sampler's own thread left out)."""
        names = {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}
        try:
            threads = self.root.threads()
        except psutil.Error:
            return
        with self._lock:
            for thread in threads:
                name = re.sub(r"-\d+(_\d+)?", "", names.get(thread.id) or _os_name(thread.id))
                if name == "cputree":
                    continue
                cpu = thread.user_time + thread.system_time
                if first:
                    self._thread_base[thread.id] = cpu
                self._threads[thread.id] = (name, cpu)


def _os_name(tid: int) -> str:
    try:
        with open(f"/proc/self/task/{tid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"
