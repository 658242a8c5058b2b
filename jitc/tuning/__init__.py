"""Tuning: finding faster kernels and proving them right.

    run.py           one tuning run of a model (`jitc tune`, `jitc.tune`): hints, budget,
                     measurer, model check, the tuned module, the report
    tuner.py         the budget loop over a model's kernels
    measure.py       the measuring worker's parent side: batches, timeouts, restarts, the
                     serving gate's protocol; `MeasurerPool` for several workers
    worker.py        the worker process: build, check against the reference, time
    kernel_data.py   reproducible inputs for one kernel
    model_check.py   tuned kernels checked in the model against their defaults
    collect.py       the cost model's training records
    jit.py           `jitc.jit`: serve at once, tune in idle time, swap kernels in
    serving_gate.py  when the model serves and the tuner may work
"""
