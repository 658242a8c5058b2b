"""`jitc cost-model collect|train|info`: build the training set and the model.

    jitc cost-model collect --db train.db --workloads 80     # measure varied workloads' spaces
    jitc cost-model train --from-db train.db -o model.json   # fit the XGBoost ranker

`make cost-model` runs both and writes the pretrained model shipped with jitc
(cost_model/pretrained_llvm.json). Held-out workloads (cost_model/heldout.json) are never
collected and are excluded from training.
"""

from __future__ import annotations

import sys
import time

from ..tuning.collect import collect, heldout_keys

from ..cost_model import load_model, pretrained_path
from ..cost_model.dataset import from_database
from ..cost_model.model import CostModel
from ..cost_model.workloads import sample
from ..db.store import Database
from ..errors import InputError
from ..target import parse


def cmd_cost_model(a) -> int:
    target = parse(a.target)
    if a.action == "collect":
        if not a.db:
            raise InputError("jitc cost-model collect needs --db FILE")
        db = Database(a.db)
        try:
            specs = sample(a.workloads, seed=a.seed, ops=a.ops.split(",") if a.ops else None)
        except (KeyError, ValueError) as e:
            raise InputError(f"--ops {a.ops}: unknown workload op {e.args[0] if e.args else e}") from None
        n = collect(db, specs, target, per_kernel=a.per_kernel, seed=a.seed)
        print(f"collected {n} measurements of {len(specs)} workloads into {a.db}")
        return 0
    if a.action == "train":
        if not a.from_db:
            raise InputError("jitc cost-model train needs --from-db FILE")
        db = Database(a.from_db)
        exclude = heldout_keys(target) if not a.include_heldout else set()
        t0 = time.perf_counter()
        data = from_database(db, exclude=exclude,
                             progress=lambda i, n: print(f"\rfeaturizing {i}/{n} workloads", end="", file=sys.stderr))
        print(file=sys.stderr)
        if not len(data):
            raise InputError(f"{a.from_db}: no workload with at least 2 successful measurements to learn from")
        model = CostModel(a.objective, rounds=a.rounds).fit(data.X, data.y, data.groups)
        out = a.output or "cost_model.json"
        model.save(out)
        print(f"trained on {len(data)} records of {len(data.groups)} workloads ({len(exclude)} held-out kernels "
              f"excluded) in {time.perf_counter() - t0:.1f} s -> {out}")
        return 0
    if a.action == "info":
        try:
            m = CostModel.load(a.model) if a.model else load_model(target)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise InputError(f"{a.model}: not a jitc cost model ({type(e).__name__}: {e})") from None
        if m is None:
            print(f"no cost model for {target.kind} (looked for {pretrained_path(target.kind)})")
            return 0
        print(f"objective {m.objective}, {m.rounds} rounds, trained on {m.trained_on} records")
        return 0
    raise InputError(f"unknown cost-model action {a.action}")


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("cost-model", help="collect training records and train the cost model")
    sp.add_argument("action", choices=["collect", "train", "info"])
    sp.add_argument("--db", default=None, help="collect: database to measure into")
    sp.add_argument("--from-db", default=None, help="train: database to learn from")
    sp.add_argument("-o", "--output", default=None, help="train: model file to write")
    sp.add_argument("--model", default=None, help="info: a model file (default: the pretrained one)")
    sp.add_argument("--workloads", type=int, default=80, help="collect: how many workloads to sample")
    sp.add_argument("--per-kernel", type=int, default=64, help="collect: candidates per kernel at most")
    sp.add_argument("--seed", type=int, default=0)
    sp.add_argument("--ops", default=None, help="collect: only these ops, comma-separated (e.g. transpose,softmax)")
    sp.add_argument("--objective", default="rank:pairwise", choices=["rank:pairwise", "reg:squarederror"])
    sp.add_argument("--rounds", type=int, default=200)
    sp.add_argument("--include-heldout", action="store_true", help="train: do not exclude the held-out workloads")
    sp.add_argument("--target", default="llvm")
    sp.set_defaults(fn=cmd_cost_model)
