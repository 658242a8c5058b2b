"""The kernel database: concurrent writers, kill-safety, export/import, best records."""

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from jitc import compiler
from jitc.db import Database, Record, device_for
from jitc.target import host

WRITER = r"""
import sys, time
from jitc.db import Database, Record, device_for
from jitc.target import host
db = Database(sys.argv[1]); dev = device_for(host()); tag = sys.argv[2]; n = int(sys.argv[3])
for i in range(n):
    db.add(dev, Record("wl-" + tag, {"rule": "x", "i": i}, "ok", 1.0 + i, 0.01, 5, 1.0))
    print(i + 1, flush=True)
"""


def _writer(path, tag, n):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(n)], stdout=subprocess.PIPE, text=True)


def test_two_processes_write_at_once(tmp_path):
    path = tmp_path / "k.db"
    Database(path)
    procs = [_writer(path, t, 150) for t in ("a", "b")]
    for p in procs:
        out, _ = p.communicate(timeout=300)
        assert p.returncode == 0
        assert out.split()[-1] == "150"
    db = Database(path)
    assert len(db.records(key="wl-a")) == 150 and len(db.records(key="wl-b")) == 150
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sigkill_mid_write_keeps_every_finished_record(tmp_path):
    path = tmp_path / "k.db"
    Database(path)
    p = _writer(path, "k", 100000)
    done = 0
    t_end = time.time() + 120
    while done < 200 and time.time() < t_end:
        line = p.stdout.readline()
        if not line:
            break
        done = int(line)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    assert done >= 200
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = Database(path).records(key="wl-k")
    assert len(n) >= done  # every record the writer saw committed is there


def test_best_export_import(tmp_path, example_path):
    low = compiler.lower(example_path("mlp"))
    k = next(iter(low.kernels.values()))
    a = Database(tmp_path / "a.db")
    dev = device_for(host())
    a.add_workload(k)
    a.add(dev, Record(k.key, {"rule": "cpu.matmul", "mr": 1}, "ok", 5.0))
    a.add(dev, Record(k.key, {"rule": "cpu.matmul", "mr": 2}, "ok", 3.0))
    a.add(dev, Record(k.key, {"rule": "cpu.matmul", "mr": 4}, "wrong", 1.0, error="differs"))
    assert a.best(dev, k.key).config == {"rule": "cpu.matmul", "mr": 2}  # wrong results never win
    buf = io.StringIO()
    assert a.export(buf) == 3
    b = Database(tmp_path / "b.db")
    assert b.import_(io.StringIO(buf.getvalue())) == 3
    assert b.import_(io.StringIO(buf.getvalue())) == 0  # importing twice adds nothing
    assert b.best(dev, k.key).median_us == 3.0
    assert b.workload(k.key)["kind"] == "matmul" and b.workload(k.key)["func"]
    # another machine's records are kept apart from this one's
    from dataclasses import replace

    other = replace(dev, cpu_model="Some Other CPU")
    b.add(other, Record(k.key, {"rule": "cpu.matmul", "mr": 8}, "ok", 0.5))
    assert b.best(dev, k.key).median_us == 3.0 and b.best(other, k.key).median_us == 0.5


def test_not_a_database(tmp_path):
    from jitc.errors import DatabaseError

    p = tmp_path / "x.db"
    p.write_bytes(b"definitely not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not a jitc kernel database"):
        Database(p)
    with pytest.raises(DatabaseError, match="line 1"):
        Database(tmp_path / "ok.db").import_(io.StringIO("{not json}\n"))
