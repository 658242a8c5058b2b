"""The model zoo: architectures people deploy, built from `transformers` configs (random weights
at a trained network's scale, nothing downloaded), for bench/zoo.py and tests/test_zoo.py.

    module, inputs = build("resnet50")            # full size (the benchmark)
    module, inputs = build("resnet50", small=True)  # reduced depth/resolution (CI)
    onnx_bytes = to_onnx("resnet50", small=True)

Weights at trained scale: transformers' normal(0.02) init makes a deep CNN's activations
vanish into denormals (outputs ~1e-21), which no trained network does; convolutions are
re-initialized (Kaiming, fan-out) and every BatchNorm gets non-trivial running statistics and
affine parameters. Transformers keep their init (0.02 is a trained transformer's scale).
"""

from __future__ import annotations

import io
import warnings


def _torch():
    import torch

    return torch


def trained_scale(model, seed: int = 0):
    """Kaiming-initialized convolutions and BatchNorms with running statistics and affine
    parameters of a trained network's size, so activations neither vanish nor explode."""
    torch = _torch()
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.Conv2d):
                fan_out = m.out_channels * m.kernel_size[0] * m.kernel_size[1] // m.groups
                m.weight.normal_(0.0, (2.0 / fan_out) ** 0.5, generator=g)
                if m.bias is not None:
                    m.bias.uniform_(-0.1, 0.1, generator=g)
            elif isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-0.3, 0.3, generator=g)
                m.running_var.uniform_(0.5, 2.0, generator=g)
                m.weight.uniform_(0.6, 1.2, generator=g)
                m.bias.uniform_(-0.2, 0.2, generator=g)
    return model.eval()


def _wrap(model, key: str | None, *arg_names):
    """A module returning one tensor (the `key` field of a transformers output, or logits)."""
    torch = _torch()

    class Wrapped(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = model

        def forward(self, *args):
            out = self.m(**dict(zip(arg_names, args)))
            if key is None:
                return out
            return out[key] if isinstance(out, dict) else getattr(out, key)

    return Wrapped().eval()


def resnet50(small: bool):
    from transformers import ResNetConfig, ResNetForImageClassification

    cfg = ResNetConfig(depths=[1, 1, 1, 1] if small else [3, 4, 6, 3], layer_type="bottleneck",
                       hidden_sizes=[256, 512, 1024, 2048], embedding_size=64)
    torch = _torch()
    hw = 64 if small else 224
    return _wrap(trained_scale(ResNetForImageClassification(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def mobilenet_v2(small: bool):
    """MobileNetV2 with TF-style "same" padding (tf_padding=True, transformers' default): the
    pads of a strided depthwise convolution are computed in the graph from the input's shape."""
    from transformers import MobileNetV2Config, MobileNetV2ForImageClassification

    torch = _torch()
    hw = 96 if small else 224
    cfg = MobileNetV2Config(image_size=hw, depth_multiplier=0.35 if small else 1.0)
    return _wrap(trained_scale(MobileNetV2ForImageClassification(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def efficientnet_b0(small: bool):
    from transformers import EfficientNetConfig, EfficientNetForImageClassification

    torch = _torch()
    hw = 96 if small else 224
    cfg = EfficientNetConfig(width_coefficient=1.0, depth_coefficient=0.5 if small else 1.0, image_size=hw,
                             dropout_rate=0.2, hidden_dim=1280)
    return _wrap(trained_scale(EfficientNetForImageClassification(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def convnext_tiny(small: bool):
    from transformers import ConvNextConfig, ConvNextForImageClassification

    torch = _torch()
    hw = 64 if small else 224
    cfg = ConvNextConfig(depths=[1, 1, 1, 1] if small else [3, 3, 9, 3], hidden_sizes=[96, 192, 384, 768])
    return _wrap(trained_scale(ConvNextForImageClassification(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def regnet(small: bool):
    """RegNetY-400MF-like: grouped 3x3 convolutions (group width 8) and squeeze-excitation."""
    from transformers import RegNetConfig, RegNetForImageClassification

    torch = _torch()
    hw = 64 if small else 224
    cfg = RegNetConfig(depths=[1, 1, 2, 1] if small else [1, 3, 6, 6], hidden_sizes=[48, 104, 208, 440],
                       groups_width=8, layer_type="y")
    return _wrap(trained_scale(RegNetForImageClassification(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def segformer_b0(small: bool):
    """SegFormer-B0: overlapping patch embeddings, efficient attention with reduced keys, and a
    decode head that upsamples (bilinear Resize) every stage to one resolution."""
    from transformers import SegformerConfig, SegformerForSemanticSegmentation

    torch = _torch()
    hw = 64 if small else 256
    cfg = SegformerConfig(depths=[1, 1, 1, 1] if small else [2, 2, 2, 2], num_labels=19)
    return _wrap(trained_scale(SegformerForSemanticSegmentation(cfg)), "logits", "pixel_values"), (torch.randn(1, 3, hw, hw),)


def vit_b16(small: bool):
    from transformers import ViTConfig, ViTModel

    torch = _torch()
    cfg = ViTConfig(num_hidden_layers=2 if small else 12, attn_implementation="eager")  # 224/16: 197 tokens
    return _wrap(ViTModel(cfg, add_pooling_layer=False).eval(), "last_hidden_state", "pixel_values"), \
        (torch.randn(1, 3, 224, 224),)


def bert_base(small: bool):
    from transformers import BertConfig, BertModel

    torch = _torch()
    cfg = BertConfig(num_hidden_layers=2 if small else 12, attn_implementation="eager")
    seq = 128
    ids = torch.randint(0, cfg.vocab_size, (1, seq), generator=torch.Generator().manual_seed(0))
    mask = torch.ones(1, seq, dtype=torch.long)
    mask[0, 120:] = 0
    return _wrap(BertModel(cfg, add_pooling_layer=False).eval(), "last_hidden_state", "input_ids",
                 "attention_mask"), (ids, mask)


def gpt2(small: bool):
    from transformers import GPT2Config, GPT2Model

    torch = _torch()
    cfg = GPT2Config(n_layer=2 if small else 12, attn_implementation="eager")
    model = GPT2Model(cfg).eval()

    class Decoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = model

        def forward(self, input_ids):
            return self.m(input_ids=input_ids, use_cache=False).last_hidden_state

    return Decoder().eval(), (torch.randint(0, cfg.vocab_size, (1, 64), generator=torch.Generator().manual_seed(0)),)


def whisper_encoder(small: bool):
    """Whisper-tiny's encoder on 30 s of audio: 3000 mel frames -> 1500 tokens."""
    from transformers import WhisperConfig
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    torch = _torch()
    cfg = WhisperConfig(d_model=384, encoder_layers=1 if small else 4, encoder_attention_heads=6,
                        encoder_ffn_dim=1536, num_mel_bins=80, max_source_positions=1500,
                        attn_implementation="eager")
    return _wrap(WhisperEncoder(cfg).eval(), "last_hidden_state", "input_features"), (torch.randn(1, 80, 3000),)


def clip_text(small: bool):
    """CLIP's text encoder: 77 tokens (no multiple of a vector width), causal mask."""
    from transformers import CLIPTextConfig, CLIPTextModel

    torch = _torch()
    cfg = CLIPTextConfig(num_hidden_layers=2 if small else 12, attn_implementation="eager")
    ids = torch.randint(0, cfg.vocab_size, (1, 77), generator=torch.Generator().manual_seed(0))
    return _wrap(CLIPTextModel(cfg).eval(), "last_hidden_state", "input_ids"), (ids,)


ZOO = {
    "resnet50": resnet50, "mobilenet_v2": mobilenet_v2, "efficientnet_b0": efficientnet_b0,
    "convnext_tiny": convnext_tiny, "regnet_y": regnet, "segformer_b0": segformer_b0, "vit_b16": vit_b16,
    "bert_base": bert_base, "gpt2": gpt2, "whisper_encoder": whisper_encoder, "clip_text": clip_text,
}


def bert_tiny(small: bool):
    """BERT-tiny (2 layers, 128 wide, 2 heads; Google's BERT miniatures' shape), 128 tokens:
    a browser-sized transformer (bench/web_vs_ort.py)."""
    from transformers import BertConfig, BertModel

    torch = _torch()
    cfg = BertConfig(hidden_size=128, num_hidden_layers=2, num_attention_heads=2, intermediate_size=512,
                     attn_implementation="eager")
    seq = 128
    ids = torch.randint(0, cfg.vocab_size, (1, seq), generator=torch.Generator().manual_seed(0))
    mask = torch.ones(1, seq, dtype=torch.long)
    return _wrap(BertModel(cfg, add_pooling_layer=False).eval(), "last_hidden_state", "input_ids",
                 "attention_mask"), (ids, mask)


def vit_tiny(small: bool):
    """ViT-tiny (12 layers, 192 wide, 3 heads), 224x224, patch 16 (197 tokens): a browser-sized
    vision transformer (bench/web_vs_ort.py)."""
    from transformers import ViTConfig, ViTModel

    torch = _torch()
    cfg = ViTConfig(hidden_size=192, num_hidden_layers=2 if small else 12, num_attention_heads=3,
                    intermediate_size=768, attn_implementation="eager")
    return _wrap(ViTModel(cfg, add_pooling_layer=False).eval(), "last_hidden_state", "pixel_values"), \
        (torch.randn(1, 3, 224, 224),)


# browser-sized models: bench/web_vs_ort.py (not in ZOO's CPU benchmark)
BROWSER = {"bert_tiny": bert_tiny, "vit_tiny": vit_tiny, "mobilenet_v2": mobilenet_v2}


def build(name: str, small: bool = False):
    """(torch module in eval mode, example inputs) of a zoo model; seeded."""
    torch = _torch()
    torch.manual_seed(0)
    return (ZOO.get(name) or BROWSER[name])(small)


def input_names(name: str, n: int) -> list[str]:
    return {"bert_base": ["input_ids", "attention_mask"], "bert_tiny": ["input_ids", "attention_mask"],
            "gpt2": ["input_ids"], "clip_text": ["input_ids"],
            "whisper_encoder": ["input_features"]}.get(name, ["pixel_values"])[:n]


def to_onnx(name: str, small: bool = False, module_inputs=None) -> bytes:
    """The zoo model exported to ONNX (opset 17; the TorchScript exporter, or torch.export's
    for models whose control flow the TorchScript one cannot trace)."""
    torch = _torch()
    module, args = module_inputs or build(name, small)
    names = input_names(name, len(args))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name in ("gpt2", "clip_text"):
            prog = torch.onnx.export(module, args, input_names=names, output_names=["output"], opset_version=18,
                                     dynamo=True, verbose=False)
            return prog.model_proto.SerializeToString()
        buf = io.BytesIO()
        torch.onnx.export(module, args, buf, input_names=names, output_names=["output"], opset_version=17,
                          dynamo=False)
        return buf.getvalue()
