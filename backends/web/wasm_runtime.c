/* jitc's wasm runtime shim: the two backend hooks TVM's generated kernels call through
 * function pointers (__TVMBackendAllocWorkspace / __TVMBackendFreeWorkspace) for temporaries
 * too large for the stack. A stack allocator from the heap base up: a kernel frees its
 * temporaries in the reverse order it took them, so a free resets the top. jitc's loaders
 * (Python's WasmModel, jitc-web.js) place the model's tensors after an arena of 16 MiB
 * reserved for it; more than that at once is refused (the kernel then reports an error). */
#include <stdint.h>
extern unsigned char __heap_base;
#define JITC_ARENA (16u << 20)
static uintptr_t jitc_brk = 0;
static void* jitc_alloc(int dev_type, int dev_id, uint64_t nbytes, int code, int bits) {
  if (!jitc_brk) jitc_brk = (uintptr_t)&__heap_base;
  uintptr_t p = (jitc_brk + 63) & ~(uintptr_t)63;
  uintptr_t end = p + (uintptr_t)nbytes;
  if (end > (uintptr_t)&__heap_base + JITC_ARENA) return 0;
  uintptr_t have = __builtin_wasm_memory_size(0) * 65536u;
  if (end > have) {
    if (__builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) < 0) return 0;
  }
  jitc_brk = end;
  return (void*)p;
}
static int jitc_free(int dev_type, int dev_id, void* ptr) {
  if ((uintptr_t)ptr < jitc_brk) jitc_brk = (uintptr_t)ptr;  /* last in, first out */
  return 0;
}
void* (*__TVMBackendAllocWorkspace)(int, int, uint64_t, int, int) = jitc_alloc;
int (*__TVMBackendFreeWorkspace)(int, int, void*) = jitc_free;
