"""Measuring on devices behind TVM's RPC tracker.

    client.py  the tracker's servers as measuring runners (`Remote`, `RpcRunner`, `LocalCluster`)
    server.py  `python -m jitc.rpc.server`: the devices' server
"""
