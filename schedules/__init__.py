"""Schedules: one rule per kernel class and target; a rule turns a config into a schedule.

    rule.default(kernel, target) -> config        the schedule an untuned model runs
    rule.space(kernel, target)   -> [config]      the lite space the tuner searches
    rule.apply(func, config, target) -> PrimFunc  the scheduled function

A config is a small JSON-able dict naming its rule ({"rule": "cpu.matmul", "mr": 6, ...}).
`schedule(kernel, target, config)` applies a config and falls back, in order, to the
rule's default, the fallback rule, and the unscheduled function, so it always returns code.
"""

from __future__ import annotations

import warnings

from ..frontends import index_check
from .common import NotApplicable
from .cpu_conv import CpuConv
from .cpu_elementwise import CpuElementwise
from .cpu_matmul import CpuMatmul
from .cpu_reduction import CpuReduction
from .fallback import Fallback

_CPU_RULES = [CpuMatmul(), CpuConv(), CpuReduction(), CpuElementwise()]
_FALLBACK = Fallback()


class IndexCheck:
    """The index-bounds check (frontends.index_check) on CPUs: its loop stays serial, as an
    assert cannot leave a parallel or vector loop; it is a pass over the indices, tiny beside
    the lookup it guards."""

    name = "index_check"
    kinds = ()

    def default(self, kernel, target) -> dict:
        return {"rule": self.name}

    def space(self, kernel, target) -> list[dict]:
        return [self.default(kernel, target)]

    def apply(self, func, cfg: dict, target):
        return func.with_attr("tirx.is_scheduled", True)


_INDEX_CHECK = IndexCheck()
_EXTRA: dict = {}  # rules registered by name (plugins; configs name their module to load them)


class ScheduleError(Exception):
    """A config could not be applied to a kernel."""


def rules(target) -> list:
    if target.is_cpu:
        return _CPU_RULES
    from . import gpu  # GPU rules (CUDA and WebGPU share them), imported on first use

    return gpu.rules(target)


def fallback_rule(target):
    """The rule of last resort: serial loops on CPUs; dlight's rules on GPUs (a GPU kernel
    needs its loops bound to threads)."""
    if target.is_cpu:
        return _FALLBACK
    from .gpu import GpuDlight

    return GpuDlight()


def register(rule) -> None:
    """Add a rule that configs can name ({"rule": rule.name, "module": "its.module"}). The
    measuring worker imports a config's "module" before applying it."""
    _EXTRA[rule.name] = rule


def by_name(name: str, target):
    if name == _INDEX_CHECK.name and target.is_cpu:
        return _INDEX_CHECK
    for r in rules(target) + [fallback_rule(target)]:
        if r.name == name:
            return r
    if name in _EXTRA:
        return _EXTRA[name]
    raise ScheduleError(f"no schedule rule named {name!r} for target {target.kind}")


def _empty(kernel) -> bool:
    """A kernel with a zero-size argument (a slice of nothing): there is nothing to schedule,
    and vectorizing a loop of extent 0 fails."""
    return any(0 in shape for shape, _ in kernel.args)


def rule_for(kernel, target):
    if target.is_cpu and index_check.is_check(kernel.func):
        return _INDEX_CHECK
    if _empty(kernel) and target.is_cpu:
        return _FALLBACK
    for r in rules(target):
        if kernel.kind in r.kinds:
            return r
    return fallback_rule(target)


class RuleFailure(UserWarning):
    """A rule raised something other than NotApplicable while choosing a config: a bug in the
    rule (the kernel still gets the fallback rule's schedule). The test suite makes it an error."""


def _skip(rule, kernel, what: str, error: Exception) -> None:
    """NotApplicable is the expected way for a rule to decline (and TVM's ScheduleError from a
    primitive a rule's analysis tried on a block it does not fit); anything else is a bug,
    said out loud."""
    from tvm.s_tir.schedule.schedule import ScheduleError as TvmScheduleError

    if isinstance(error, (NotApplicable, TvmScheduleError)):
        return
    warnings.warn(f"{kernel.name}: rule {rule.name} failed in {what} ({type(error).__name__}: "
                  f"{str(error)[:300]}); the fallback rule schedules this kernel", RuleFailure, stacklevel=3)


def default_config(kernel, target) -> dict:
    rule = rule_for(kernel, target)
    try:
        return rule.default(kernel, target)
    except Exception as e:  # noqa: BLE001 - sorted by _skip: declined, or a bug said out loud
        _skip(rule, kernel, "default", e)
        return fallback_rule(target).default(kernel, target)


def space(kernel, target) -> list[dict]:
    """Every candidate config of the kernel's lite space (the default first)."""
    rule = rule_for(kernel, target)
    try:
        return rule.space(kernel, target) or fallback_rule(target).space(kernel, target)
    except Exception as e:  # noqa: BLE001 - as in default_config
        _skip(rule, kernel, "space", e)
        return fallback_rule(target).space(kernel, target)


def apply(kernel, config: dict, target):
    """The kernel's PrimFunc scheduled by `config`; ScheduleError when it does not apply."""
    try:
        rule = by_name(config.get("rule", ""), target)
        return rule.apply(kernel.func, config, target)
    except Exception as e:  # noqa: BLE001 - TVM schedule errors and NotApplicable alike
        raise ScheduleError(f"{kernel.name}: {config} does not apply: {type(e).__name__}: {str(e)[:300]}") from e


def param_transforms(kernel, config: dict, target) -> dict:
    rule = by_name(config.get("rule", ""), target)
    fn = getattr(rule, "param_transforms", None)
    return fn(kernel, config) if fn else {}


def schedule(kernel, target, config: dict | None = None):
    """(scheduled PrimFunc, the config that produced it). Never fails: the last resort is the
    unscheduled function (config {"rule": "fallback", "level": 0})."""
    tried, errors = [], []
    for cfg in (config, default_config(kernel, target), fallback_rule(target).default(kernel, target)):
        if cfg is None or cfg in tried:
            continue
        tried.append(cfg)
        try:
            return apply(kernel, cfg, target), cfg
        except ScheduleError as e:
            errors.append(str(e))
            continue
    if not target.is_cpu:
        raise ScheduleError(f"{kernel.name}: no schedule fits {target.kind}'s limits: " + "; ".join(errors)[-600:])
    cfg = {"rule": "fallback", "level": 0}
    return _FALLBACK.apply(kernel.func, cfg, target), cfg
