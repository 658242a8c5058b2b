"""The cost model: XGBoost over candidate features, predicting how fast a candidate is
relative to the other candidates of its kernel.

Label: log of relative throughput within a workload, log(best_time / time) — 0 for the
fastest measured candidate, negative for slower ones. Relative, so kernels of any size and
devices of any speed share one scale; log, so a 2x gap counts the same everywhere.
Objective: "rank:pairwise" (pairs within a workload) or "reg:squarederror" on the same label;
`bench/cost_model_eval.py` compares them on held-out workloads, and the default is the one
that ranks better there (see its output in the README).

A model file is XGBoost's JSON with a header: {"format": "jitc-cost-model", "version",
"schema": SCHEMA_VERSION, "features": FEATURE_NAMES, "objective", "trained_on"}.
"""

from __future__ import annotations

import json
import os

import numpy as np

from ..errors import JitcError

from .features import FEATURE_NAMES, SCHEMA_VERSION

FORMAT = "jitc-cost-model"
VERSION = 1
DEFAULT_OBJECTIVE = "rank:pairwise"


class CostModelError(JitcError):
    """A cost model file that cannot be used (missing, corrupt, another feature schema)."""


def relative_labels(times: list[float]) -> np.ndarray:
    t = np.asarray(times, dtype=np.float64)
    return np.log(t.min() / t).astype(np.float32)


class CostModel:
    def __init__(self, objective: str = DEFAULT_OBJECTIVE, rounds: int = 200, params: dict | None = None):
        self.objective = objective
        self.rounds = rounds
        self.params = {"max_depth": 6, "eta": 0.1, "subsample": 0.9, "colsample_bytree": 0.9,
                       "min_child_weight": 1.0, "seed": 0, "nthread": 1, **(params or {})}
        self.booster = None
        self.trained_on = 0

    @property
    def trained(self) -> bool:
        return self.booster is not None

    def fit(self, X: np.ndarray, y: np.ndarray, groups: list[int], base: "CostModel | None" = None) -> "CostModel":
        """X: features; y: relative labels; groups: rows per workload, in order. With a trained
        `base`, boost `rounds` more trees on top of it (online retraining while tuning)."""
        import xgboost as xgb  # loaded when a cost model is used (seconds of import)

        if len(X) == 0:
            raise CostModelError("no training records")
        d = xgb.DMatrix(np.asarray(X, dtype=np.float32), label=np.asarray(y, dtype=np.float32))
        params = dict(self.params, objective=self.objective)
        if self.objective.startswith("rank:"):
            d.set_group(groups)
            params.setdefault("eval_metric", "ndcg")
        start = base.booster if base is not None and base.trained else None
        self.booster = xgb.train(params, d, num_boost_round=self.rounds, xgb_model=start)
        self.trained_on = int(len(X)) + (base.trained_on if start is not None else 0)
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Higher is faster (comparable within a workload)."""
        import xgboost as xgb  # loaded when a cost model is used (seconds of import)

        if self.booster is None:
            raise CostModelError("the cost model is not trained")
        return self.booster.predict(xgb.DMatrix(np.asarray(X, dtype=np.float32)))

    # ---- files --------------------------------------------------------------------------
    def save(self, path: str) -> None:
        if self.booster is None:
            raise CostModelError("nothing to save: the cost model is not trained")
        raw = self.booster.save_raw(raw_format="json").decode()
        doc = {"format": FORMAT, "version": VERSION, "schema": SCHEMA_VERSION, "features": list(FEATURE_NAMES),
               "objective": self.objective, "rounds": self.rounds, "params": self.params,
               "trained_on": self.trained_on, "booster": json.loads(raw)}
        tmp = path + ".part"
        with open(tmp, "w") as f:
            json.dump(doc, f)
        os.replace(tmp, path)

    @staticmethod
    def load(path: str) -> "CostModel":
        import xgboost as xgb  # loaded when a cost model is used (seconds of import)

        try:
            with open(path) as f:
                doc = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            raise CostModelError(f"{path}: not a readable cost model ({e})") from None
        if doc.get("format") != FORMAT:
            raise CostModelError(f"{path}: not a jitc cost model")
        if doc.get("schema") != SCHEMA_VERSION or doc.get("features") != list(FEATURE_NAMES):
            raise CostModelError(f"{path}: trained on feature schema {doc.get('schema')}, this jitc computes "
                                 f"schema {SCHEMA_VERSION}; retrain it (jitc cost-model train)")
        m = CostModel(doc.get("objective", DEFAULT_OBJECTIVE), doc.get("rounds", 200), doc.get("params"))
        booster = xgb.Booster()
        booster.load_model(bytearray(json.dumps(doc["booster"]).encode()))
        m.booster = booster
        m.trained_on = doc.get("trained_on", 0)
        return m
