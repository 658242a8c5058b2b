"""The ML cost model: features read from a candidate's TensorIR (text and loop nest), an
XGBoost ranker trained on the kernel database, and the tuning strategy that uses it.

    strategy_for(target)      the model to tune with: $JITC_COST_MODEL, else the pretrained
                              model shipped for the target kind, else None (rules' order)
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))


def pretrained_path(kind: str) -> str:
    return os.path.join(HERE, f"pretrained_{kind}.json")


def load_model(target):
    """The cost model to start tuning with, or None."""
    from .model import CostModel, CostModelError  # xgboost loads with the first cost model

    path = os.environ.get("JITC_COST_MODEL") or pretrained_path(target.kind)
    if not os.path.exists(path):
        return None
    try:
        return CostModel.load(path)
    except CostModelError:
        return None


def strategy_for(target, model=None, **kwargs):
    """A ModelOrder with the given or default model; None when there is no model."""
    from .strategy import ModelOrder  # xgboost loads with the first cost model

    model = model if model is not None else load_model(target)
    return ModelOrder(model, **kwargs) if model is not None else None
