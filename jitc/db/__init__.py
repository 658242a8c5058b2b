"""The kernel database and its sharing.

    store.py    the SQLite database of every measurement (`Database`, `Record`)
    share.py    the client of a team's shared database (pull hints, push records)
    service/    `jitc db serve`: the shared database over HTTP (validate, store, tokens, app)
"""
