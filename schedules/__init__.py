"""Schedules: one rule per kernel class and target; a rule turns a config into a schedule.

    rule.default(kernel, target) -> config        the schedule an untuned model runs
    rule.space(kernel, target)   -> [config]      the lite space the tuner searches
    rule.apply(func, config, target) -> PrimFunc  the scheduled function

(the protocol: rule.py). A config is a small JSON-able dict naming its rule ({"rule":
"cpu.matmul", "mr": 6, ...}). `schedule(kernel, target, config)` applies a config and falls
back, in order, to the rule's default, the fallback rule, and the unscheduled function, so it
always returns code.

    cpu/        the CPU rules, one per module, and their registry (cpu.RULES)
    gpu/        the CUDA and WebGPU rules, one per module, their registry (gpu.rules(target))
                and the limits every GPU kernel must fit (gpu/limits.py)
    analysis.py what a GEMM's or a convolution's contraction is (read by CPU and GPU rules)
    common.py   shared schedule helpers and space tools; layouts.py: weight layouts
    here        the dispatcher: which rule takes a kernel, defaults, spaces, the fallbacks
"""

from __future__ import annotations

import warnings

from tvm.s_tir.schedule.schedule import ScheduleError as TvmScheduleError

from .. import index_checks
from . import cpu, gpu
from .common import NotApplicable
from .rule import Rule, param_transforms as _rule_layouts

_CPU_RULES = cpu.RULES
_FALLBACK = cpu.FALLBACK
_INDEX_CHECK = cpu.INDEX_CHECK
_EXTRA: dict = {}  # rules registered by name (plugins; configs name their module to load them)


class ScheduleError(Exception):
    """A config could not be applied to a kernel."""


def rules(target) -> list:
    return _CPU_RULES if target.is_cpu else gpu.rules(target)  # CUDA and WebGPU share the GPU rules


def fallback_rule(target):
    """The rule of last resort: serial loops on CPUs; dlight's rules on GPUs (a GPU kernel
    needs its loops bound to threads)."""
    return _FALLBACK if target.is_cpu else gpu.GpuDlight()


def register(rule: Rule) -> None:
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


def candidate_rules(kernel, target) -> list:
    """The rules that may take a kernel, in order: every rule of its class (a GEMV declined by
    the GEMM rule goes to the reduction rule), then the fallback."""
    if target.is_cpu and index_checks.is_check(kernel.func):
        return [_INDEX_CHECK]
    if _empty(kernel) and target.is_cpu:
        return [_FALLBACK]
    return [r for r in rules(target) if kernel.kind in r.kinds] + [fallback_rule(target)]


def _choose(kernel, target) -> tuple:
    """(rule, its default config): the first candidate rule whose default applies to the
    kernel; where the last candidate's fails too, the fallback rule's."""
    cands = candidate_rules(kernel, target)
    for r in cands:
        try:
            return r, r.default(kernel, target)
        except Exception as e:  # noqa: BLE001 - sorted by _skip: declined, or a bug said out loud
            _skip(r, kernel, "default", e)
    fb = fallback_rule(target)
    return fb, fb.default(kernel, target)


class RuleFailure(UserWarning):
    """A rule raised something other than NotApplicable while choosing a config: a bug in the
    rule (the kernel still gets the fallback rule's schedule). The test suite makes it an error."""


def _skip(rule, kernel, what: str, error: Exception) -> None:
    """NotApplicable is the expected way for a rule to decline (and TVM's ScheduleError from a
    primitive a rule's analysis tried on a block it does not fit); anything else is a bug,
    said out loud."""
    if isinstance(error, (NotApplicable, TvmScheduleError)):
        return
    warnings.warn(f"{kernel.name}: rule {rule.name} failed in {what} ({type(error).__name__}: "
                  f"{str(error)[:300]}); the fallback rule schedules this kernel", RuleFailure, stacklevel=3)


def default_config(kernel, target) -> dict:
    return _choose(kernel, target)[1]


def space(kernel, target) -> list[dict]:
    """Every candidate config of the kernel's lite space (the default first)."""
    rule = _choose(kernel, target)[0]
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
    return _rule_layouts(by_name(config.get("rule", ""), target), kernel, config)


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
