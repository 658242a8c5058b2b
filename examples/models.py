"""The example models jitc's tests, benchmarks and demo use, built in PyTorch with fixed seeds
and exported to ONNX. `python examples/models.py` regenerates the bundled .onnx files."""

from __future__ import annotations

import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _torch():
    import torch

    torch.manual_seed(0)
    return torch


def mlp():
    torch = _torch()

    class MLP(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = torch.nn.Linear(64, 128)
            self.fc2 = torch.nn.Linear(128, 10)

        def forward(self, x):
            return torch.softmax(self.fc2(torch.relu(self.fc1(x))), dim=-1)

    return MLP().eval(), (torch.randn(8, 64),)


def cnn():
    """conv, batchnorm, relu, max-pool, global average pool, linear."""
    torch = _torch()
    nn = torch.nn

    class CNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
                nn.AdaptiveAvgPool2d(1),
            )
            self.head = nn.Linear(32, 10)

        def forward(self, x):
            return self.head(torch.flatten(self.features(x), 1))

    m = CNN().eval()
    with torch.no_grad():  # non-trivial batch-norm statistics
        for mod in m.modules():
            if isinstance(mod, nn.BatchNorm2d):
                mod.running_mean.uniform_(-0.5, 0.5)
                mod.running_var.uniform_(0.5, 1.5)
    return m, (torch.randn(1, 3, 32, 32),)


def encoder(seq: int = 16, d: int = 64, heads: int = 4, ff: int = 128):
    """A post-norm transformer encoder layer: attention (matmul, softmax), layernorm, GELU MLP."""
    torch = _torch()
    nn = torch.nn

    class EncoderLayer(nn.Module):
        def __init__(self):
            super().__init__()
            self.qkv = nn.Linear(d, 3 * d)
            self.proj = nn.Linear(d, d)
            self.ln1 = nn.LayerNorm(d)
            self.fc1 = nn.Linear(d, ff)
            self.fc2 = nn.Linear(ff, d)
            self.ln2 = nn.LayerNorm(d)

        def forward(self, x):
            b, s, _ = x.shape
            q, k, v = self.qkv(x).split(d, dim=-1)
            q, k, v = (t.reshape(b, s, heads, d // heads).transpose(1, 2) for t in (q, k, v))
            att = torch.softmax(q @ k.transpose(-2, -1) / (d // heads) ** 0.5, dim=-1)
            o = (att @ v).transpose(1, 2).reshape(b, s, d)
            x = self.ln1(x + self.proj(o))
            return self.ln2(x + self.fc2(torch.nn.functional.gelu(self.fc1(x))))

    return EncoderLayer().eval(), (torch.randn(1, seq, d),)


def bert_layer():
    """A BERT-base-sized encoder layer: sequence 128, hidden 768, 12 heads, FFN 3072."""
    return encoder(seq=128, d=768, heads=12, ff=3072)


def cnn_large():
    """A ResNet-style CNN at 112x112: strided stem, 3x3 convs with batch-norm and ReLU, a
    residual block, max-pool, global average pool, linear."""
    torch = _torch()
    nn = torch.nn

    def cbr(i, o, s=1):
        return nn.Sequential(nn.Conv2d(i, o, 3, stride=s, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU())

    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.a, self.b = cbr(c, c), nn.Sequential(nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c))

        def forward(self, x):
            return torch.relu(x + self.b(self.a(x)))

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(cbr(3, 32, 2), cbr(32, 64), nn.MaxPool2d(2), Block(64), cbr(64, 128, 2),
                                      Block(128), nn.AdaptiveAvgPool2d(1))
            self.fc = nn.Linear(128, 100)

        def forward(self, x):
            return self.fc(torch.flatten(self.body(x), 1))

    m = Net().eval()
    with torch.no_grad():
        for mod in m.modules():
            if isinstance(mod, nn.BatchNorm2d):
                mod.running_mean.uniform_(-0.2, 0.2)
                mod.running_var.uniform_(0.5, 1.5)
    return m, (torch.randn(1, 3, 112, 112),)


MODELS = {"mlp": mlp, "cnn": cnn, "encoder": encoder}
LARGE = {"bert_layer": bert_layer, "cnn_large": cnn_large}  # for benchmarks; exported on demand


def to_onnx(module, args, input_names=None) -> bytes:
    """Export with the TorchScript-based exporter (opset 17): fast and dependency-free."""
    import warnings

    torch = _torch()
    buf = io.BytesIO()
    names = input_names or [f"input{i}" if len(args) > 1 else "input" for i in range(len(args))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module, args, buf, input_names=names, output_names=["output"], opset_version=17,
                          dynamo=False)
    return buf.getvalue()


def onnx_bytes(name: str) -> bytes:
    module, args = {**MODELS, **LARGE}[name]()
    return to_onnx(module, args)


def main():
    for name in MODELS:
        path = os.path.join(HERE, f"{name}.onnx")
        with open(path, "wb") as f:
            f.write(onnx_bytes(name))
        print(f"wrote {path} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
