"""The schedule rule protocol: what every rule in cpu/ and gpu/ (and a plugin registered with
`schedules.register`) provides. Rules are stateless; configs are small JSON-able dicts that
name their rule ({"rule": "cpu.matmul", "mr": 6, ...}) and travel unchanged through the
database, the measuring worker, .jitc files and web bundles.

A rule declines a kernel it does not fit by raising `NotApplicable` (common.py) from any
method; the dispatcher (schedules/__init__.py) then falls back. Anything else a rule raises is
a bug, reported as a RuleFailure warning.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Rule(Protocol):
    name: str  # what configs call it: "cpu.matmul", "gpu.reduction", ...
    kinds: tuple  # the kernel classes it takes (Kernel.kind: matmul, conv, reduction, elementwise, other)

    def default(self, kernel, target) -> dict:
        """The config an untuned model runs."""

    def space(self, kernel, target) -> list[dict]:
        """The lite space the tuner searches, the default first (at most common.MAX_CANDIDATES)."""

    def apply(self, func, config: dict, target):
        """The PrimFunc scheduled by `config`."""


def param_transforms(rule, kernel, config: dict) -> dict:
    """{argument index: layout spec} the config needs its constant weights laid out in
    (layouts.py does it at build time); rules that lay out no weight leave the method out."""
    fn = getattr(rule, "param_transforms", None)
    return fn(kernel, config) if fn is not None else {}
