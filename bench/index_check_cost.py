"""What the index-bounds checks cost (frontends/index_check.py): BERT-base (seq 128, built from
a `transformers` config with random weights, nothing downloaded), exported to ONNX, compiled
with default schedules. Its embedding lookups (word ids, token types; position ids are a
constant, checked at import) each get a check kernel. Reported: the model's median latency,
the time of the check kernels alone (each called with its own arguments, as the executor calls
it), and their share.

    python bench/index_check_cost.py [--seq 128] [--layers 12]

Writes bench/results/index_check_cost.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, median_ms  # noqa: E402


def bert_onnx(path: str, seq: int, layers: int) -> None:
    import torch
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    cfg = BertConfig(num_hidden_layers=layers, attn_implementation="eager")  # BERT-base: 768, 12 heads, vocab 30522
    bert = BertModel(cfg, add_pooling_layer=False).eval()

    class Bert(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    model = Bert().eval()
    ids = torch.randint(0, cfg.vocab_size, (1, seq))
    tt = torch.zeros((1, seq), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(model, (ids, torch.ones((1, seq), dtype=torch.long), tt), path,
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--layers", type=int, default=12)
    a = ap.parse_args()
    import jitc

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "bert.onnx")
        bert_onnx(path, a.seq, a.layers)
        m = jitc.compile(path, db=None)
    checks = [k["name"] for k in m.kernels if k.get("index_check")]
    rng = np.random.default_rng(0)
    feeds = {"input_ids": rng.integers(0, 30522, (1, a.seq)), "attention_mask": np.ones((1, a.seq), np.int64),
             "token_type_ids": np.zeros((1, a.seq), np.int64)}
    model = median_ms(lambda: m.run(feeds), min_time=5.0, min_repeat=20)
    ws = m._workspace()
    calls = [(m.kernel_function(s.kernel), ws.step_args[i]) for i, s in enumerate(m.plan.steps) if s.kernel in checks]

    def run_checks():
        for f, args in calls:
            f(*args)

    check = median_ms(lambda: [run_checks() for _ in range(100)], min_time=2.0)
    check_ms = check["median_ms"] / 100
    res = {"model": f"BERT-base ({a.layers} layers), seq {a.seq}", "checks": len(calls), "check_kernels": checks,
           "model_ms": model["median_ms"], "checks_ms": check_ms, "share": check_ms / model["median_ms"],
           "target": m.target.describe()}
    print(f"{res['model']} on {res['target']}: {model['median_ms']:.2f} ms per inference; {len(calls)} index "
          f"checks take {check_ms * 1e3:.2f} us together = {100 * res['share']:.4f}% of it")
    out = os.path.join(ROOT, "bench", "results", "index_check_cost.json")
    with open(out, "w") as f:
        json.dump(res, f, indent=1)
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
