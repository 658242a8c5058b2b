"""The shared kernel database service (`jitc db serve`): tokens, validation, limits, the CLI
sharing records through it, and PostgreSQL where the machine has a server."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("tornado", reason="the service runs on tornado (pip install 'jitc[serve]')")

from jitc import compiler, schedules  # noqa: E402
from jitc.db.store import Database, Record  # noqa: E402
from jitc.device import device_for  # noqa: E402
from jitc.db.service.tokens import issue_token, read_tokens  # noqa: E402
from jitc.db.share import ShareError, pull, push  # noqa: E402
from jitc.module_file import read_manifest  # noqa: E402
from jitc.target import host  # noqa: E402


def call(url, path, body=None, token=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url + path, data=data, method="POST" if data is not None else "GET",
                                 headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture
def service(shared_db):
    return shared_db("--max-upload-kb", "64", "--rate", "600")


def device_json():
    return device_for(host()).identity()


def rec(key="k1", us=12.5, **kw):
    r = {"workload_key": key, "config": {"rule": "cpu.matmul", "mr": 4, "nr": 32}, "status": "ok", "median_us": us}
    r.update(kw)
    return r


def test_tokens_are_stored_hashed(tmp_path):
    path = str(tmp_path / "t.txt")
    t = issue_token(path, "alice")
    assert t not in open(path).read() and read_tokens(path) and list(read_tokens(path).values()) == ["alice"]


def test_upload_query_and_refusals(service):
    url, token = service.url, service.token
    dev = device_json()
    assert call(url, "/v1/health")[1]["ok"]
    # writing needs the operator's token
    st, res = call(url, "/v1/records", {"device": dev, "records": [rec()]})
    assert st == 401 and "token" in res["error"]
    st, res = call(url, "/v1/records", {"device": dev, "records": [rec()]}, token="made-up")
    assert st == 401
    # malformed records are refused with the field named, and nothing of the batch is stored
    for bad, says in [({"median_us": -1}, "median_us"), ({"median_us": float("1e12")}, "plausible"),
                      ({"status": "great"}, "status"), ({"config": "mr=4"}, "config"),
                      ({"config": {"rule": "x", "nested": {"a": 1}}}, "config.nested"),
                      ({"spread": -0.5}, "spread"), ({"workload_key": "k" * 500}, "workload_key")]:
        st, res = call(url, "/v1/records", {"device": dev, "records": [rec(), rec(**bad)]}, token=token)
        assert st == 400 and says in res["error"] and "records[1]" in res["error"], (bad, res)
    st, res = call(url, "/v1/records", {"device": {"kind": "abacus"}, "records": [rec()]}, token=token)
    assert st == 400 and "device" in res["error"]
    st, res = call(url, "/v1/records", raw=b"{not json", token=token)
    assert st == 400 and "not JSON" in res["error"]
    # oversized: a clear 413, nothing stored
    big = {"device": dev, "records": [rec(key=f"k{i}", error="x" * 100) for i in range(1000)]}
    st, res = call(url, "/v1/records", big, token=token)
    assert st == 413 and "at most" in res["error"]
    assert call(url, "/v1/health")[1]["records"] == 0
    # a good upload, then the best per key, fastest first
    # (a repeat preempted on a busy machine: a spread of 150 is noise, not malformed)
    st, res = call(url, "/v1/records", {"device": dev, "records": [rec(us=20.0, spread=150.0), rec(us=10.0, config={
        "rule": "cpu.matmul", "mr": 8, "nr": 16}), rec(key="k2", status="crash", median_us=None)]}, token=token)
    assert st == 200 and res["stored"] == 3
    st, res = call(url, "/v1/best", {"device": dev, "keys": ["k1", "k2", "k3"]})
    assert st == 200 and list(res["best"]) == ["k1"]
    assert [r["median_us"] for r in res["best"]["k1"]] == [10.0, 20.0]
    # another device sees nothing
    other = dict(dev, mcpu="cortex-a76")
    assert call(url, "/v1/best", {"device": other, "keys": ["k1"]})[1]["best"] == {}
    assert call(url, "/v1/nothing")[0] == 404


def test_rate_limit(shared_db):
    s = shared_db("--rate", "3")
    codes = [call(s.url, "/v1/records", {"device": device_json(), "records": [rec()]}, token=s.token)[0]
             for _ in range(5)]
    assert codes[:3] == [200] * 3 and codes[3] == 429, codes


def test_read_token_required(shared_db):
    s = shared_db("--read-token-required")
    assert call(s.url, "/v1/best", {"device": device_json(), "keys": ["k"]})[0] == 401
    assert call(s.url, "/v1/best", {"device": device_json(), "keys": ["k"]}, token=s.token)[0] == 200


def test_pulled_records_are_hints_not_trusted(service, tmp_path):
    dev = device_for(host())
    mine = Database(str(tmp_path / "a.db"))
    r = Record("wk", {"rule": "cpu.matmul", "mr": 4}, "ok", 5.0, source="tune")
    mine.add(dev, r)
    assert push(service.url, dev, mine.records(dev), service.token) == 1
    theirs = Database(str(tmp_path / "b.db"))
    assert pull(service.url, dev, ["wk", "other"], theirs) == 1
    assert theirs.best(dev, "wk") is None  # not adopted as it is
    assert theirs.hints(dev, "wk") == [{"rule": "cpu.matmul", "mr": 4}]  # measured first
    with pytest.raises(ShareError, match="cannot reach"):
        pull("http://127.0.0.1:1", dev, ["wk"], theirs)
    with pytest.raises(ShareError, match="401"):
        push(service.url, dev, mine.records(dev), "wrong-token")


def test_cli_users_share_through_the_service(service, example_path, tmp_path):
    """One user tunes and shares; a second, with an empty database, starts from the shared
    configs: it measures them first (hints) and ends with the same choices."""
    def tune(db, out, budget="10s"):
        return subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--budget", budget,
                               "--db", str(db), "--db-url", service.url, "-o", str(out), "--no-compare"],
                              capture_output=True, text=True, timeout=300,
                              env=dict(os.environ, JITC_DB_TOKEN=service.token))
    r = tune(tmp_path / "a.db", tmp_path / "a.jitc", "20s")  # room past the baselines on a slow machine
    assert r.returncode == 0, r.stderr
    assert "0 shared records" in r.stderr and "shared " in r.stderr
    n_shared = call(service.url, "/v1/health")[1]["records"]
    mine = [x for x in Database(str(tmp_path / "a.db")).records() if x.source == "tune"]
    assert n_shared == len(mine) > 0 and f"shared {n_shared} records with" in r.stderr, r.stderr[-600:]
    r = tune(tmp_path / "b.db", tmp_path / "b.jitc")
    assert r.returncode == 0, r.stderr
    pulled = int(r.stderr.split(" shared records from")[0].split()[-1])
    assert pulled > 0
    b = Database(str(tmp_path / "b.db"))
    hints = [x for x in b.records() if x.source.startswith("shared:")]
    assert len(hints) == pulled and not any(h.trusted for h in hints)
    # nothing is adopted unmeasured: every config the tuned module uses was measured here
    trusted = b.records(trusted=True)
    measured = {(x.workload_key, json.dumps(x.config, sort_keys=True)) for x in trusted}
    low = compiler.lower(example_path("mlp"))
    defaults = {k.key: json.dumps(schedules.default_config(k, low.target), sort_keys=True)
                for k in low.kernels.values()}
    for k in read_manifest(tmp_path / "b.jitc")["kernels"]:
        cfg = json.dumps(k["config"], sort_keys=True)
        # (a kernel the budget never reached keeps its default, unmeasured: that is no hint adopted)
        assert (k["key"], cfg) in measured or cfg == defaults[k["key"]], k["name"]
    # and the hints went first: with a kernel's baseline (its default), the configs measured for it
    # begin with the hints (the best few go in the baseline's batch, so even a slow machine measures them)
    checked = 0
    for key in {h.workload_key for h in hints}:
        order = [json.dumps(x.config, sort_keys=True) for x in trusted if x.workload_key == key]
        shared = {json.dumps(h.config, sort_keys=True) for h in hints if h.workload_key == key} - set(order[:1])
        after = order[1:]
        assert set(after[:len(shared)]) <= shared, (key, after, shared)
        checked += bool(after and shared)
    assert checked > 0, "no kernel got past its baseline: the budget measured no hint"

def _postgres_bin():
    for d in sorted(__import__("glob").glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")):
            return d
    return shutil.which("initdb") and os.path.dirname(shutil.which("initdb"))


def test_postgresql_store(tmp_path, shared_db):
    """The same service on a real PostgreSQL server, started here for the test."""
    pytest.importorskip("psycopg", reason="PostgreSQL needs psycopg (pip install 'jitc[serve]')")
    bindir = _postgres_bin()
    if not bindir:
        pytest.skip("no PostgreSQL server on this machine (Debian: apt-get install postgresql)")
    # PostgreSQL refuses to run as root: as root, run it as the `postgres` user Debian's package made
    as_user = []
    base = tmp_path
    if os.geteuid() == 0:
        import pwd
        import tempfile

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and no `postgres` user to run PostgreSQL as")
        if not shutil.which("runuser"):
            pytest.skip("running as root and no runuser to start PostgreSQL as `postgres`")
        as_user = ["runuser", "-u", "postgres", "--"]
        base = __import__("pathlib").Path(tempfile.mkdtemp(prefix="jitc-pg-"))
        os.chown(base, pw.pw_uid, pw.pw_gid)
    data, sock = base / "pg", base / "sock"
    subprocess.run([*as_user, "mkdir", "-p", str(sock)], check=True)
    subprocess.run([*as_user, f"{bindir}/initdb", "-D", str(data), "-U", "jitc", "--auth=trust"], check=True,
                   capture_output=True, timeout=120)
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pg = subprocess.Popen([*as_user, f"{bindir}/postgres", "-D", str(data), "-k", str(sock), "-p", str(port),
                           "-h", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          start_new_session=True)
    try:
        url = f"postgresql://jitc@127.0.0.1:{port}/postgres"
        import psycopg

        deadline = time.time() + 60
        while True:
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        s = shared_db(where=url)
        dev = device_json()
        st, res = call(s.url, "/v1/records", {"device": dev, "records": [rec(us=3.0), rec(us=2.0, config={
            "rule": "cpu.matmul", "mr": 2})]}, token=s.token)
        assert st == 200 and res["stored"] == 2
        st, res = call(s.url, "/v1/best", {"device": dev, "keys": ["k1"]})
        assert [r["median_us"] for r in res["best"]["k1"]] == [2.0, 3.0]
        st, res = call(s.url, "/v1/records", {"device": dev, "records": [rec(), rec(status="?")]}, token=s.token)
        assert st == 400 and call(s.url, "/v1/health")[1]["records"] == 2
        s.close()
    finally:
        os.killpg(pg.pid, signal.SIGINT)  # fast shutdown (runuser passes on no signal): ends open sessions
        pg.wait(30)
        if base is not tmp_path:
            shutil.rmtree(base, ignore_errors=True)


def test_bad_store_and_tokens_are_clear_errors(tmp_path):
    bad = tmp_path / "tokens.txt"
    bad.write_text("alice not-a-hash\n")
    r = subprocess.run([sys.executable, "-m", "jitc", "db", "serve", "--db", str(tmp_path / "s.db"), "--port", "0",
                        "--tokens", str(bad)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "line 1" in r.stderr, r.stderr
    r = subprocess.run([sys.executable, "-m", "jitc", "db", "token", "bob"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "--tokens" in r.stderr
