"""The browser: WebGPU and WebAssembly targets from Python, the web bundle, its server.

    targets.py       compile for WebGPU / WebAssembly and run a model through wgpu or wasmtime
    export.py        `jitc export-web`: the bundle a web page loads
    server.py        `jitc serve-web`: a bundle served cross-origin isolated
    narrow_types.py  64-bit integers and bools as 32-bit integers for WGSL
"""
