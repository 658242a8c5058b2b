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
from jitc.db.store import Database, Record
from jitc.device import device_for
from jitc.target import host

WRITER = r"""
import sys, time
from jitc.db.store import Database, Record
from jitc.device import device_for
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
    # another machine's records (here: more cores) are kept apart from this one's
    from dataclasses import replace

    other = replace(dev, target=replace(dev.target, num_cores=dev.target.num_cores + 8))
    b.add(other, Record(k.key, {"rule": "cpu.matmul", "mr": 8}, "ok", 0.5))
    assert b.best(dev, k.key).median_us == 3.0 and b.best(other, k.key).median_us == 0.5
    # ... but a machine of the same ISA is a hint here (measured before trusted)
    assert b.hints(dev, k.key)[0] == {"rule": "cpu.matmul", "mr": 8}


def test_not_a_database(tmp_path):
    from jitc.errors import DatabaseError

    p = tmp_path / "x.db"
    p.write_bytes(b"definitely not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not a jitc kernel database"):
        Database(p)
    with pytest.raises(DatabaseError, match="line 1"):
        Database(tmp_path / "ok.db").import_(io.StringIO("{not json}\n"))


def test_device_keyed_on_what_code_depends_on():
    from dataclasses import replace

    dev = device_for(host())
    assert replace(dev, cpu_model="Marketing Name 9000", jitc_version="0.0.1").fingerprint == dev.fingerprint
    more = replace(dev, target=replace(dev.target, num_cores=64))
    cache = replace(dev, target=replace(dev.target, l2_bytes=dev.target.l2_bytes * 2))
    fewer = replace(dev, target=replace(dev.target, features=("sse2",), vector_bits=128))
    assert len({dev.fingerprint, more.fingerprint, cache.fingerprint, fewer.fingerprint}) == 4
    assert more.isa == cache.isa == dev.isa != fewer.isa


def _old_database(path, dev, key, configs):
    """A kernel database as jitc wrote it before schema versions (devices keyed on the CPU's
    marketing name and the jitc version)."""
    import json
    import sqlite3

    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE devices (id INTEGER PRIMARY KEY, fingerprint TEXT UNIQUE NOT NULL, target TEXT NOT NULL,
        cpu_model TEXT, flags TEXT, tvm_version TEXT, jitc_version TEXT, created REAL);
    CREATE TABLE workloads (key TEXT PRIMARY KEY, kind TEXT, args TEXT, flops INTEGER, bytes INTEGER, func TEXT,
        created REAL);
    CREATE TABLE measurements (id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, workload_key TEXT NOT NULL,
        config TEXT NOT NULL, status TEXT NOT NULL, median_us REAL, spread REAL, repeats INTEGER, build_ms REAL,
        error TEXT, source TEXT, created REAL);
    CREATE TABLE finished (device_id INTEGER NOT NULL, workload_key TEXT NOT NULL, reason TEXT, created REAL,
        PRIMARY KEY (device_id, workload_key));
    """)
    target = json.dumps(dev.target.to_json(), sort_keys=True)
    for i, version in enumerate(("0.0.9", "0.0.8")):  # two old jitc versions: one device now
        c.execute("INSERT INTO devices VALUES (?,?,?,?,?,?,?,?)",
                  (i + 1, f"old-{i}", target, "Some CPU", "", dev.tvm_version, version, 0.0))
    for j, (cfg, us) in enumerate(configs):
        c.execute("INSERT INTO measurements (device_id, workload_key, config, status, median_us, created) "
                  "VALUES (?,?,?,?,?,?)", (1 + j % 2, key, json.dumps(cfg, sort_keys=True), "ok", us, 1.0))
    c.execute("INSERT INTO finished VALUES (1, ?, 'space measured', 0)", (key,))
    c.commit()
    c.close()


def test_old_database_is_migrated_and_its_records_are_hints(tmp_path):
    import sqlite3

    from jitc.db.store import SCHEMA_VERSION

    dev = device_for(host())
    path = str(tmp_path / "old.db")
    _old_database(path, dev, "wl-old", [({"rule": "cpu.matmul", "mr": 4}, 2.0), ({"rule": "cpu.matmul", "mr": 2}, 1.0)])
    db = Database(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(db.devices()) == 1  # the two versions' devices merged into one, keyed anew
    assert len(db.records(key="wl-old")) == 2  # nothing dropped
    assert db.best(dev, "wl-old") is None  # ... nothing trusted before it is re-checked
    assert db.finished(dev, "wl-old") is None
    assert db.hints(dev, "wl-old") == [{"rule": "cpu.matmul", "mr": 2}, {"rule": "cpu.matmul", "mr": 4}]
    db.add(dev, Record("wl-old", {"rule": "cpu.matmul", "mr": 2}, "ok", 1.1))  # re-measured by this jitc
    assert db.best(dev, "wl-old").median_us == 1.1
    assert db.hints(dev, "wl-old") == [{"rule": "cpu.matmul", "mr": 4}]
    Database(path)  # opening again migrates nothing twice


def test_database_of_a_newer_jitc_is_refused(tmp_path):
    import sqlite3

    from jitc.errors import DatabaseError

    path = str(tmp_path / "new.db")
    Database(path)
    c = sqlite3.connect(path)
    c.execute("PRAGMA user_version=99")
    c.commit()
    c.close()
    with pytest.raises(DatabaseError, match="newer jitc"):
        Database(path)


def test_tune_rechecks_hints_before_the_rest(tmp_path, example_path):
    """Records of an older jitc are measured (and output-checked) first, then trusted."""
    from jitc.tuning.tuner import tune

    low = compiler.lower(example_path("mlp"))
    k = max(low.kernels.values(), key=lambda k: k.flops)
    space = __import__("jitc").schedules.space(k, low.target)
    hint = space[-1]
    db = Database(tmp_path / "t.db")
    dev = device_for(low.target)
    db.add_workload(k)
    db.add(dev, Record(k.key, hint, "ok", 0.01, jitc_version="0.0.1"))
    order = []
    res = tune(low, db, budget_s=6.0, progress=lambda ev, st, m, _: order.append(m.config) if ev == "measured" and
               st.kernel.key == k.key else None)
    assert order[:2] == [space[0], hint]  # the baseline, then the hint, before anything else
    assert any(r.config == hint and r.trusted for r in db.records(dev, k.key))
    assert res.measured >= 2


def test_records_of_other_rule_code_are_hints(tmp_path):
    """A config means the schedule its rule's code makes: a record carries the rule code's
    version (the release and a digest of schedules/), and one made by other rule code (the
    same release number, rules changed since) is not used as the best, only as a hint."""
    from jitc.version import JITC_VERSION, rules_version

    assert rules_version().startswith(JITC_VERSION + "+rules.") and len(rules_version()) > len(JITC_VERSION) + 8
    db = Database(tmp_path / "r.db")
    dev = device_for(__import__("jitc").target.host())
    db.add(dev, Record("wk", {"rule": "cpu.matmul", "mr": 8}, "ok", 1.0, jitc_version=JITC_VERSION))
    db.add(dev, Record("wk", {"rule": "cpu.matmul", "mr": 4}, "ok", 5.0))
    assert Record("wk", {}, "ok", 1.0).trusted and not Record("wk", {}, "ok", 1.0, jitc_version=JITC_VERSION).trusted
    assert db.best(dev, "wk").config == {"rule": "cpu.matmul", "mr": 4}  # the faster one is other code's
    assert db.hints(dev, "wk") == [{"rule": "cpu.matmul", "mr": 8}]
