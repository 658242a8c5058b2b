"""Measuring over TVM's RPC tracker: a tracker and two servers on 127.0.0.1 (jitc.rpc.client.LocalCluster,
stopped by the fixture), candidates built here and run there, records stored under the remote
device, a server killed mid-tuning without a record lost, a crashing candidate blamed alone."""

import os
import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("tornado", reason="TVM's RPC tracker needs tornado (pip install 'jitc[rpc]')")

from jitc import compiler, schedules  # noqa: E402
from jitc.db.store import Database  # noqa: E402
from jitc.reference import compare, onnxruntime_outputs  # noqa: E402
from jitc.tuning.measure import Measurer, MeasurerPool, Settings  # noqa: E402
from jitc.rpc.client import LocalCluster, Remote, device_for_remote, remote_target  # noqa: E402
from jitc.tuning.tuner import tune  # noqa: E402

TESTS = os.path.dirname(os.path.abspath(__file__))
FAST = Settings(repeat=3, min_repeat_ms=2, timeout_s=20)


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(2, key="jitc-test", env={"TVM_NUM_THREADS": "1"}) as c:
        yield c


@pytest.fixture(scope="module")
def remote_low(cluster, example_path):
    return compiler.lower(example_path("mlp"), remote_target(cluster.remote))


def pool(cluster, target, n=2):
    return MeasurerPool([Measurer(target, FAST, remote=cluster.remote) for _ in range(n)])


def test_remote_target_and_device(cluster, remote_low):
    t = remote_low.target
    assert t.kind == "llvm" and t.num_cores == 1  # the servers run one thread (TVM_NUM_THREADS=1)
    dev = device_for_remote(t, cluster.remote)
    assert dev.cpu_model.startswith("rpc jitc-test:")


def test_tune_through_two_servers(cluster, remote_low, tmp_path, example_path):
    db = Database(str(tmp_path / "rpc.db"))
    dev = device_for_remote(remote_low.target, cluster.remote)
    with pool(cluster, remote_low.target) as meas:
        res = tune(remote_low, db, 15, measurer=meas, device=dev)
    assert res.measured > 5
    recs = db.records(dev)
    assert len(recs) == res.measured
    assert all(r.status == "ok" and r.median_us > 0 for r in recs), [(r.status, r.error) for r in recs
                                                                       if r.status != "ok"]
    # the tuned configs build and compute the right numbers here too
    m = compiler.module_from(remote_low, compiler.choose_configs(remote_low, res.configs))
    x = m.random_inputs(0)
    want = onnxruntime_outputs(example_path("mlp"), dict(zip([i.name for i in m.inputs], x)))
    assert compare(m(*x), want[0], "float32") is None


def test_killed_server_loses_no_record(cluster, remote_low, tmp_path):
    k = max(remote_low.kernels.values(), key=lambda k: len(schedules.space(k, remote_low.target)))
    space = schedules.space(k, remote_low.target)
    configs = (space * 4)[:32]
    got = []
    with pool(cluster, remote_low.target) as meas:
        killer = threading.Thread(target=lambda: (_wait_for(lambda: len(got) >= 4, 60), cluster.kill(0)))
        killer.start()
        res = meas.measure(k, configs, on_result=got.append)
        killer.join()
    assert cluster.servers[0].poll() is not None  # it was killed while measuring
    assert len(res) == len(configs) == len(got)
    bad = [(r.status, r.error) for r in res if r.status != "ok"]
    assert not bad, bad


def test_crash_hang_wrong_over_rpc(example_path, tmp_path):
    """As for local measurement: a candidate that aborts is a crash (the server survives it:
    jitc.rpc.server), one that hangs a timeout (the server is free again when its session
    times out), one that computes other numbers is wrong; the candidates after them measure."""
    sys.path.insert(0, TESTS)
    os.environ["PYTHONPATH"] = TESTS + os.pathsep + os.environ.get("PYTHONPATH", "")
    import fault_rules  # noqa: F401 - registers test.fault

    def fault(kind):
        return {"rule": "test.fault", "module": "fault_rules", "fault": kind}

    with LocalCluster(1, key="jitc-faults", env={"TVM_NUM_THREADS": "1"}) as c:
        remote = Remote(c.remote.host, c.remote.port, c.remote.key, session_timeout_s=15, connect_timeout_s=120)
        low = compiler.lower(example_path("mlp"), remote_target(remote))
        k = next(iter(low.kernels.values()))
        good = schedules.default_config(k, low.target)
        with Measurer(low.target, Settings(repeat=3, min_repeat_ms=2, timeout_s=5), remote=remote) as meas:
            res = meas.measure(k, [good, fault("crash"), good, fault("wrong"), fault("hang"), good])
    assert [r.status for r in res] == ["ok", "crash", "ok", "wrong", "timeout", "ok"], [(r.status, r.error)
                                                                                      for r in res]
    assert "lost twice" in res[1].error and "elements differ" in res[3].error


def test_no_tracker_is_a_clear_error(example_path, tmp_path):
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--budget", "5s",
                        "--rpc", "127.0.0.1:1", "--device-key", "nothing"], capture_output=True, text=True,
                       timeout=120, env=dict(os.environ, JITC_DB=str(tmp_path / "x.db")))
    assert r.returncode == 2 and "RPC tracker at 127.0.0.1:1 does not answer" in r.stderr, r.stderr
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--rpc", "nohost"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "HOST:PORT" in r.stderr, r.stderr


def test_cli_tune_over_rpc(cluster, example_path, tmp_path):
    out = tmp_path / "mlp.rpc.jitc"
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--budget", "15s",
                        "--rpc", f"127.0.0.1:{cluster.port}", "--device-key", "jitc-test", "-o", str(out)],
                       capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, JITC_DB=str(tmp_path / "cli.db")))
    assert r.returncode == 0, r.stderr
    assert "RPC server(s) of jitc-test@127.0.0.1" in r.stderr and out.exists()
    assert "candidates measured" in r.stdout


def _wait_for(cond, timeout_s):
    deadline = time.time() + timeout_s
    while not cond() and time.time() < deadline:
        time.sleep(0.05)
