"""The cost model: deterministic features, model files, training from a database, and the
tuner measuring in the model's order."""

import os
import subprocess
import sys

import numpy as np
import pytest

from jitc import compiler, schedules
from jitc.cost_model import dataset, strategy_for
from jitc.cost_model.features import FEATURE_NAMES, featurize
from jitc.cost_model.model import CostModel, CostModelError
from jitc.db.store import Database


@pytest.fixture(scope="module")
def low(example_path):
    return compiler.lower(example_path("encoder"))


def _features(low, name, i):
    k = low.kernels[name]
    cfg = schedules.space(k, low.target)[i]
    return featurize(k, cfg, schedules.apply(k, cfg, low.target), low.target)


def test_features_deterministic_and_distinct(low, example_path):
    a = _features(low, "fused_matmul_add", 0)
    b = _features(low, "fused_matmul_add", 0)
    c = _features(low, "fused_matmul_add", 3)
    assert a.shape == (len(FEATURE_NAMES),) and np.array_equal(a, b) and not np.array_equal(a, c)
    # and the same in a fresh process (crc32 hashing; nothing depends on PYTHONHASHSEED)
    code = (f"import numpy as np, sys; sys.path.insert(0, {os.path.dirname(__file__)!r}); "
            f"from jitc import compiler; from test_cost_model import _features; "
            f"low = compiler.lower({example_path('encoder')!r}); "
            f"np.save(sys.argv[1], _features(low, 'fused_matmul_add', 0))")
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"feat-{os.getpid()}.npy")
    r = subprocess.run([sys.executable, "-c", code, out], capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, PYTHONHASHSEED="123"))
    assert r.returncode == 0, r.stderr
    assert np.array_equal(np.load(out), a)
    os.unlink(out)


def test_save_load_and_schema_check(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((60, len(FEATURE_NAMES))).astype("float32")
    y = -np.abs(X[:, 0])
    m = CostModel(rounds=20).fit(X, y, [20, 20, 20])
    p = tmp_path / "m.json"
    m.save(str(p))
    m2 = CostModel.load(str(p))
    assert np.allclose(m.predict(X), m2.predict(X))
    import re

    doc = re.sub(r'"schema": \d+', '"schema": 999', p.read_text())
    (tmp_path / "old.json").write_text(doc)
    with pytest.raises(CostModelError, match="retrain"):
        CostModel.load(str(tmp_path / "old.json"))
    with pytest.raises(CostModelError):
        CostModel.load(str(tmp_path / "missing.json"))


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """Measurements of a few generated workloads."""
    from jitc.tuning.collect import collect
    from jitc.tuning.measure import Settings
    from jitc.target import host

    db = Database(tmp_path_factory.mktemp("cm") / "train.db")
    specs = [{"op": "dense", "m": 32, "k": 256, "n": 256}, {"op": "softmax", "b": 2, "m": 32, "n": 256},
             {"op": "elementwise", "shape": [64, 1024], "chain": ["Add", "Relu"]}]
    collect(db, specs, host(), per_kernel=24, log=lambda *a: None, settings=Settings(repeat=2, min_repeat_ms=2))
    return db


def test_train_from_database(small_db):
    data = dataset.from_database(small_db)
    assert len(data.groups) == 3 and len(data) == sum(data.groups) and len(data) >= 30
    assert data.X.shape[1] == len(FEATURE_NAMES)
    assert (data.y <= 0).all() and np.isclose(data.y.max(), 0)  # relative to each workload's best
    m = CostModel(rounds=60).fit(data.X, data.y, data.groups)
    from scipy.stats import spearmanr

    start = 0
    rhos = []
    for g in data.groups:
        sl = slice(start, start + g)
        rhos.append(spearmanr(m.predict(data.X[sl]), data.y[sl]).statistic)
        start += g
    assert np.nanmedian(rhos) > 0.5  # it learnt the training set's order


def test_tuning_measures_in_the_models_order(small_db, tmp_path, example_path):
    from jitc.tuning.tuner import tune

    data = dataset.from_database(small_db)
    model = CostModel(rounds=60).fit(data.X, data.y, data.groups)
    low = compiler.lower(example_path("mlp"))
    strat = strategy_for(low.target, model=model)
    rankings = []  # (kernel key, the order the strategy gave) as the tuner asked
    rank = strat.rank

    def logged_rank(kernel, configs, target):
        out = rank(kernel, configs, target)
        rankings.append((kernel.key, out))
        return out

    strat.rank = logged_rank
    seen = []

    def progress(event, st, m, states):
        if event == "measured":
            seen.append((st.kernel.key, m.config))

    res = tune(low, Database(tmp_path / "t.db"), budget_s=12, strategy=strat, progress=progress)
    defaults = {k.key: schedules.default_config(k, low.target) for k in low.kernels.values()}
    rest = [(key, c) for key, c in seen if c != defaults[key] or seen.index((key, c)) >= len(defaults)]
    # after the defaults (the baselines), each round measures the head of the latest ranking
    for key, order in rankings:
        batch = [c for k2, c in rest[: len(order[:8])] if k2 == key]
        assert batch == order[: len(batch)]
        rest = rest[len(batch):]
    assert res.measured > 16 and strat.retrains >= 1  # it learnt online


def test_pretrained_model_ships():
    from jitc.cost_model import load_model, pretrained_path
    from jitc.target import host

    assert os.path.exists(pretrained_path("llvm"))
    m = load_model(host())
    assert m is not None and m.trained and m.trained_on > 1000
