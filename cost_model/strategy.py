"""Tuning with the cost model: score the whole lite space, measure the top k, learn, repeat.

`ModelOrder` is the tuner's strategy when a model exists (the pretrained one shipped with
jitc, or one trained from your database):

- rank: every unmeasured candidate of the kernel is scheduled and featurized (cached), the
  model predicts, and the tuner measures the k best-predicted (k = the tuner's batch, 8:
  one LLVM module's worth of candidates; small enough that a wrong prediction costs little,
  large enough to amortize building).
- update: every measurement joins the online training set; every RETRAIN_EVERY (16) new
  records the model is refit — boosting more trees on top of the pretrained one — with
  the records of this session (labels relative to each kernel's best so far).
- stop: `patience` — a kernel whose best has not improved by 1% in the last round of k is
  done (the model ranked the rest lower than what was already measured), and so is one that
  had `max_rounds` (2) rounds: on held-out kernels the model finds a candidate within 5% of
  the best of the whole space in about 8% of the time measuring the space takes
  (bench/cost_model_eval.py), i.e. within its first one or two rounds. With
  no model the tuner falls back to the rules' order and measures until the budget or the
  space ends.
"""

from __future__ import annotations

import numpy as np

from .dataset import FeatureCache
from .model import CostModel, relative_labels

RETRAIN_EVERY = 16


class ModelOrder:
    name = "cost model"
    patience = 1  # rounds of k without a 1% gain before a kernel is considered done
    max_rounds = 2  # rounds of k (after the default) before a kernel is considered done

    def __init__(self, model: CostModel | None, retrain_every: int = RETRAIN_EVERY, max_rounds: int | None = None):
        if max_rounds is not None:
            self.max_rounds = max_rounds
        self.base = model
        self.model = model
        self.retrain_every = retrain_every
        self.cache = FeatureCache()
        self.rows: dict[str, list] = {}  # workload key -> [(features, median_us)]
        self._new = 0
        self.retrains = 0

    @property
    def trained(self) -> bool:
        return self.model is not None and self.model.trained

    def scores(self, kernel, configs: list[dict], target) -> np.ndarray:
        feats = [self.cache.get(kernel, c, target) for c in configs]
        ok = [i for i, f in enumerate(feats) if f is not None]
        out = np.full(len(configs), -np.inf)
        if ok and self.trained:
            out[ok] = self.model.predict(np.stack([feats[i] for i in ok]))
        return out

    def rank(self, kernel, configs: list[dict], target) -> list[dict]:
        if not self.trained or not configs:
            return list(configs)
        s = self.scores(kernel, configs, target)
        order = sorted(range(len(configs)), key=lambda i: (-s[i], i))  # ties: the rules' order
        return [configs[i] for i in order]

    def update(self, kernel, measurements, target) -> None:
        for m in measurements:
            if not m.ok:
                continue
            f = self.cache.get(kernel, m.config, target)
            if f is not None:
                self.rows.setdefault(kernel.key, []).append((f, m.median_us))
                self._new += 1
        if self._new >= self.retrain_every:
            self.retrain()

    def retrain(self) -> None:
        X, y, groups = [], [], []
        for rows in self.rows.values():
            if len(rows) < 2:
                continue
            X.extend(r[0] for r in rows)
            y.extend(relative_labels([r[1] for r in rows]))
            groups.append(len(rows))
        self._new = 0
        if not groups:
            return
        m = CostModel(self.base.objective if self.base else "rank:pairwise", rounds=40,
                      params=self.base.params if self.base else None)
        self.model = m.fit(np.asarray(X, np.float32), np.asarray(y, np.float32), groups, base=self.base)
        self.retrains += 1
