/* jitc's wasm runtime shim: the backend hooks TVM's generated kernels call through function
 * pointers (__TVMBackendAllocWorkspace / __TVMBackendFreeWorkspace for temporaries too large
 * for the stack; __TVMBackendParallelLaunch for a parallel loop in a threaded build).
 *
 * Workspace: a stack allocator per thread. A kernel frees its temporaries in the reverse order
 * it took them, so a free resets the top. The calling thread's arena is the 16 MiB after the
 * heap base (jitc's loaders, Python's WasmModel and jitc-web.js, place the model's tensors
 * after it); more than that at once is refused (the kernel then reports an error).
 *
 * Threads (compiled with -DJITC_THREADS, linked against a shared memory): jitc-web.js starts
 * workers that instantiate the same module on the same memory, give each its own stack (the
 * module exports __stack_pointer) and arena, and call jitc_worker(), which never returns: it
 * waits for a parallel loop's tasks and runs its share. The thread that runs the model calls
 * the kernels as before; a kernel's parallel loop (TVMBackendParallelLaunch) publishes its n
 * tasks, wakes the workers, and claims tasks itself like they do; then it spins until the
 * tasks the workers claimed are done (a page's main thread may not block on Atomics.wait). A
 * task finds its arena from its stack address. */
#include <stdint.h>
extern unsigned char __heap_base;
#define JITC_ARENA (16u << 20)

typedef struct { uintptr_t lo, hi, brk; } arena_t;
static arena_t main_arena;

#ifdef JITC_THREADS
#define JITC_MAX_WORKERS 64
#define EXPORT(name) __attribute__((export_name(name)))
typedef struct { uintptr_t stack_lo, stack_hi; arena_t arena; } worker_t;
static worker_t workers[JITC_MAX_WORKERS];  /* slot i: worker i + 1 (task i + 1) */
static int32_t num_workers = 0;             /* workers running jitc_worker() */

static arena_t* my_arena(void) {
  volatile char probe = 0;  /* a byte on this thread's stack (in linear memory) */
  uintptr_t sp = (uintptr_t)&probe;
  /* every slot: workers register in any order, and one that failed to start leaves a gap */
  for (int32_t i = 0; i < JITC_MAX_WORKERS; i++)
    if (sp >= workers[i].stack_lo && sp < workers[i].stack_hi) return &workers[i].arena;
  return &main_arena;
}
#else
static arena_t* my_arena(void) { return &main_arena; }
#endif

/* The loader's error hook (jitc-web.js, WasmModel): the message the kernel's caller reports. */
extern void TVMFFIErrorSetRaisedFromCStrParts(const char* kind, const char** parts, int32_t n);

static char* utoa(uint64_t v, char* end) {  /* decimal digits ending at `end` (NUL-terminated) */
  *end = 0;
  do { *--end = (char)('0' + v % 10); v /= 10; } while (v);
  return end;
}

static void raise_no_workspace(uint64_t nbytes, uintptr_t left) {
  char a[24], b[24];
  const char* parts[5] = {"a kernel's temporaries need ", utoa(nbytes, a + 23),
                          " bytes, more than this thread's workspace arena has left (",
                          utoa(left, b + 23), " bytes)"};
  TVMFFIErrorSetRaisedFromCStrParts("RuntimeError", parts, 5);
}

static void* jitc_alloc(int dev_type, int dev_id, uint64_t nbytes, int code, int bits) {
  arena_t* a = my_arena();
  if (!a->hi) {
    a->lo = a->brk = (uintptr_t)&__heap_base;
    a->hi = a->lo + JITC_ARENA;
  }
  uintptr_t p = (a->brk + 63) & ~(uintptr_t)63;
  uintptr_t end = p + (uintptr_t)nbytes;
  if (end > a->hi || end < p) {
    raise_no_workspace(nbytes, a->hi > p ? a->hi - p : 0);
    return 0;
  }
  uintptr_t have = __builtin_wasm_memory_size(0) * 65536u;
  if (end > have) {
    if (__builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) < 0) return 0;
  }
  a->brk = end;
  return (void*)p;
}
static int jitc_free(int dev_type, int dev_id, void* ptr) {
  arena_t* a = my_arena();
  if ((uintptr_t)ptr < a->brk) a->brk = (uintptr_t)ptr;  /* last in, first out */
  return 0;
}
void* (*__TVMBackendAllocWorkspace)(int, int, uint64_t, int, int) = jitc_alloc;
int (*__TVMBackendFreeWorkspace)(int, int, void*) = jitc_free;

#ifdef JITC_THREADS
typedef struct { void* sync_handle; int32_t num_task; } TVMParallelGroupEnv;
typedef int (*FTVMParallelLambda)(int task_id, TVMParallelGroupEnv* penv, void* cdata);

/* The current parallel loop. job_word holds its generation (high 16 bits) and the next task
 * to claim (low 16 bits): a thread claims a task by a compare-and-swap on it, so a claim can
 * only succeed for the loop whose fn / cdata the thread read before it. Tasks go to whoever
 * claims them first: the calling thread does not wait for a worker that has not woken up (the
 * OS may have descheduled it: 2 cores shared with the browser's own threads), only for tasks
 * a worker has started. */
static FTVMParallelLambda job_fn;
static void* job_cdata;
static TVMParallelGroupEnv job_env;
static uint32_t job_word = 0;
static int32_t job_finished = 0;  /* tasks of the current loop run to the end */
static int32_t job_rc = 0;        /* a failing task's return code */
static int32_t in_parallel = 0;
static int32_t use_workers = 0;   /* workers the calling thread hands tasks to (<= num_workers) */

#define SPIN_ROUNDS 200000

/* Claim and run tasks of generation `gen` until none is left. */
static void run_tasks(uint32_t gen) {
  for (;;) {
    uint32_t w = __atomic_load_n(&job_word, __ATOMIC_SEQ_CST);
    if ((w >> 16) != gen) return;
    FTVMParallelLambda fn = job_fn;
    void* cdata = job_cdata;
    int32_t n = job_env.num_task;
    if ((int32_t)(w & 0xFFFF) >= n) return;
    if (!__atomic_compare_exchange_n(&job_word, &w, w + 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) continue;
    int rc = fn((int)(w & 0xFFFF), &job_env, cdata);
    if (rc != 0) __atomic_store_n(&job_rc, rc, __ATOMIC_SEQ_CST);
    __atomic_fetch_add(&job_finished, 1, __ATOMIC_SEQ_CST);
  }
}

/* A worker's loop: `id` counts from 1; its stack is [stack_lo, stack_hi) (the caller set
 * __stack_pointer to stack_hi) and its arena [arena_lo, arena_lo + arena_bytes). */
EXPORT("jitc_worker") void jitc_worker(int32_t id, uint32_t stack_lo, uint32_t stack_hi, uint32_t arena_lo, uint32_t arena_bytes) {
  if (id < 1 || id > JITC_MAX_WORKERS) return;
  worker_t* w = &workers[id - 1];
  int first = w->stack_hi == 0;  /* else: back after a trap in a task (jitc_task_trapped) */
  w->stack_lo = stack_lo;
  w->stack_hi = stack_hi;
  w->arena.lo = w->arena.brk = arena_lo;
  w->arena.hi = arena_lo + arena_bytes;
  uint32_t seen = __atomic_load_n(&job_word, __ATOMIC_SEQ_CST) >> 16;
  if (first) __atomic_fetch_add(&num_workers, 1, __ATOMIC_SEQ_CST);
  for (;;) {
    uint32_t word;
    int spins = 0;
    while (((word = __atomic_load_n(&job_word, __ATOMIC_SEQ_CST)) >> 16) == seen) {
      if (++spins > SPIN_ROUNDS) {
        __builtin_wasm_memory_atomic_wait32((int32_t*)&job_word, (int32_t)word, -1);
        spins = 0;
      }
    }
    seen = word >> 16;
    run_tasks(seen);
  }
}

/* A worker's task trapped (a WebAssembly trap: its JavaScript caught it and calls this before
 * it rejoins the pool): the task counts as finished, and failed. */
EXPORT("jitc_task_trapped") void jitc_task_trapped(void) {
  __atomic_store_n(&job_rc, -1, __ATOMIC_SEQ_CST);
  __atomic_fetch_add(&job_finished, 1, __ATOMIC_SEQ_CST);
}

/* The calling thread trapped inside a parallel loop: hand out no more of its tasks, wait (a
 * bounded while) for those the workers are running, and leave the loop. */
EXPORT("jitc_caller_trapped") void jitc_caller_trapped(void) {
  if (!in_parallel) return;
  uint32_t w = __atomic_load_n(&job_word, __ATOMIC_SEQ_CST);
  int32_t claimed = (int32_t)(w & 0xFFFF) < job_env.num_task ? (int32_t)(w & 0xFFFF) : job_env.num_task;
  __atomic_store_n(&job_word, (w & 0xFFFF0000u) | 0xFFFFu, __ATOMIC_SEQ_CST);
  for (int64_t i = 0; i < 2000000000 && __atomic_load_n(&job_finished, __ATOMIC_SEQ_CST) < claimed - 1; i++) {
  }
  in_parallel = 0;
}

/* How many threads a parallel loop may use (1: every loop on the calling thread). */
EXPORT("jitc_set_threads") int32_t jitc_set_threads(int32_t n) {
  int32_t have = __atomic_load_n(&num_workers, __ATOMIC_SEQ_CST);
  use_workers = n - 1 < 0 ? 0 : (n - 1 > have ? have : n - 1);
  return use_workers + 1;
}

EXPORT("jitc_workers_ready") int32_t jitc_workers_ready(void) { return __atomic_load_n(&num_workers, __ATOMIC_SEQ_CST); }

static int jitc_parallel_launch(FTVMParallelLambda fn, void* cdata, int num_task) {
  int32_t n = use_workers + 1;
  if (num_task <= 0 || num_task > n) num_task = n;
  if (num_task == 1 || in_parallel) {  /* a nested parallel loop runs inline */
    TVMParallelGroupEnv env = {0, 1};
    return fn(0, &env, cdata);
  }
  in_parallel = 1;
  uint32_t gen = ((__atomic_load_n(&job_word, __ATOMIC_SEQ_CST) >> 16) + 1) & 0xFFFF;
  job_fn = fn;
  job_cdata = cdata;
  job_env.sync_handle = 0;
  job_env.num_task = num_task;
  __atomic_store_n(&job_rc, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&job_finished, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&job_word, gen << 16, __ATOMIC_SEQ_CST);
  __builtin_wasm_memory_atomic_notify((int32_t*)&job_word, (uint32_t)use_workers);
  run_tasks(gen);
  while (__atomic_load_n(&job_finished, __ATOMIC_SEQ_CST) < num_task) {
  }
  in_parallel = 0;
  return __atomic_load_n(&job_rc, __ATOMIC_SEQ_CST);
}

static int jitc_parallel_barrier(int task_id, TVMParallelGroupEnv* penv) {
  return -1;  /* jitc's schedules emit no barriers inside a parallel loop */
}

int (*__TVMBackendParallelLaunch)(FTVMParallelLambda, void*, int) = jitc_parallel_launch;
int (*__TVMBackendParallelBarrier)(int, TVMParallelGroupEnv*) = jitc_parallel_barrier;
#endif
