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


def mobilenet():
    """A MobileNetV2-style CNN: inverted residual blocks (1x1 expand, 3x3 depthwise, 1x1
    project), ReLU6, batch-norm, strides, global pooling, 96x96 input."""
    torch = _torch()
    nn = torch.nn

    def cbr(i, o, k=3, s=1, groups=1, act=True):
        layers = [nn.Conv2d(i, o, k, s, k // 2, groups=groups, bias=False), nn.BatchNorm2d(o)]
        return nn.Sequential(*(layers + [nn.ReLU6()] if act else layers))

    class InvertedResidual(nn.Module):
        def __init__(self, i, o, s, t):
            super().__init__()
            h = i * t
            self.res = s == 1 and i == o
            self.body = nn.Sequential(cbr(i, h, 1), cbr(h, h, 3, s, groups=h), cbr(h, o, 1, act=False))

        def forward(self, x):
            return x + self.body(x) if self.res else self.body(x)

    class MobileNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                cbr(3, 16, 3, 2), InvertedResidual(16, 16, 1, 1), InvertedResidual(16, 24, 2, 6),
                InvertedResidual(24, 24, 1, 6), InvertedResidual(24, 32, 2, 6), InvertedResidual(32, 32, 1, 6),
                cbr(32, 128, 1), nn.AdaptiveAvgPool2d(1))
            self.head = nn.Linear(128, 10)

        def forward(self, x):
            return self.head(torch.flatten(self.features(x), 1))

    m = MobileNet().eval()
    with torch.no_grad():
        for mod in m.modules():
            if isinstance(mod, nn.BatchNorm2d):
                mod.running_mean.uniform_(-0.2, 0.2)
                mod.running_var.uniform_(0.5, 1.5)
    return m, (torch.randn(1, 3, 96, 96),)


def bert_tiny():
    """A BERT encoder from transformers' BertConfig (random weights, nothing downloaded):
    2 layers, hidden 128, 4 heads, sequence 32; inputs input_ids and attention_mask."""
    torch = _torch()
    from transformers import BertConfig, BertModel

    cfg = BertConfig(vocab_size=1000, hidden_size=128, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=256, max_position_embeddings=64, attn_implementation="eager")
    bert = BertModel(cfg).eval()

    class Encoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = bert

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    ids = torch.randint(0, 1000, (1, 32))
    mask = torch.ones(1, 32, dtype=torch.long)
    mask[0, 28:] = 0  # padding at the end
    return Encoder().eval(), (ids, mask)


def gpt2_tiny():
    """A GPT-2 decoder from transformers' GPT2Config (random weights): 2 layers, hidden 128,
    4 heads, a fixed sequence of 32 tokens, causal attention."""
    torch = _torch()
    from transformers import GPT2Config, GPT2Model

    cfg = GPT2Config(vocab_size=1000, n_embd=128, n_layer=2, n_head=4, n_positions=64, attn_implementation="eager")
    gpt = GPT2Model(cfg).eval()

    class Decoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = gpt

        def forward(self, input_ids):
            return self.m(input_ids=input_ids, use_cache=False).last_hidden_state

    return Decoder().eval(), (torch.randint(0, 1000, (1, 32)),)


def swin_tiny():
    """A Swin Transformer from transformers' SwinConfig (random weights): 56x56 images, two
    stages of window attention (windows of 7, shifted in the second block). Its export carries
    the shape arithmetic of window partitioning (Shape -> Gather -> Concat -> Reshape)."""
    torch = _torch()
    from transformers import SwinConfig, SwinModel

    cfg = SwinConfig(image_size=56, patch_size=4, embed_dim=16, depths=[2, 2], num_heads=[2, 4], window_size=7)
    swin = SwinModel(cfg).eval()

    class Vision(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = swin

        def forward(self, pixel_values):
            return self.m(pixel_values=pixel_values).last_hidden_state

    return Vision().eval(), (torch.randn(1, 3, 56, 56),)


REAL = {"bert_tiny": bert_tiny, "gpt2_tiny": gpt2_tiny, "mobilenet": mobilenet, "swin_tiny": swin_tiny}


def real_onnx(name: str) -> bytes:
    """The real-architecture models as ONNX: GPT-2 through the torch.export-based exporter (its
    causal mask does not trace with the TorchScript one), the others through TorchScript."""
    import warnings

    module, args = REAL[name]()
    if name == "gpt2_tiny":
        torch = _torch()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            prog = torch.onnx.export(module, args, input_names=["input_ids"], output_names=["output"],
                                     opset_version=18, dynamo=True, verbose=False)
        return prog.model_proto.SerializeToString()
    names = {"bert_tiny": ["input_ids", "attention_mask"], "swin_tiny": ["pixel_values"]}.get(name, ["input"])
    return to_onnx(module, args, names)


def bert_tiny_dynamic() -> bytes:
    """bert_tiny exported as Hugging Face's exporters do: batch and sequence axes dynamic
    (dim_params "batch" and "sequence"), the position ids sliced to the run's length."""
    module, args = bert_tiny()
    axes = {"batch": 0, "sequence": 1}
    dyn = {n: {i: a for a, i in axes.items()} for n in ("input_ids", "attention_mask", "output")}
    return to_onnx(module, args, ["input_ids", "attention_mask"], dynamic_axes=dyn)


MODELS = {"mlp": mlp, "cnn": cnn, "encoder": encoder}
LARGE = {"bert_layer": bert_layer, "cnn_large": cnn_large}  # for benchmarks; exported on demand


def to_onnx(module, args, input_names=None, dynamic_axes=None) -> bytes:
    """Export with the TorchScript-based exporter (opset 17): fast and dependency-free."""
    import warnings

    torch = _torch()
    buf = io.BytesIO()
    names = input_names or [f"input{i}" if len(args) > 1 else "input" for i in range(len(args))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module, args, buf, input_names=names, output_names=["output"], opset_version=17,
                          dynamo=False, dynamic_axes=dynamic_axes)
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
