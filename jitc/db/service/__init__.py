"""`jitc db serve`: a shared kernel database for a team, over HTTP (JSON), on Tornado.

Tuning records come in from `jitc tune --db-url` and from browsers (`model.tune({share: url})`
in jitc-web.js), keyed by the device's fingerprint (for a CPU: LLVM's machine, CPU name,
features and cores; for WebGPU: the adapter's vendor, architecture, limits and features);
the service answers "the best known configs of these workloads on this device". What it
answers is a hint: jitc measures a shared config on its own device before it adopts it
(jitc.db.share imports them untrusted; the browser times them against its default).

API (JSON bodies; errors are {"error": "..."} with a 4xx status):
  GET  /v1/health                       -> {"ok": true, "records": n, "devices": n}
  POST /v1/records  {device, records, origin}  -> {"stored": n}       (write token)
  POST /v1/best     {device, keys, limit?}     -> {"best": {key: [{config, median_us, n, origin}]}}
                                                  (open, or read token with --read-token-required)
Authorization: "Bearer TOKEN"; tokens are issued by the operator (`jitc db token NAME`) and
stored as SHA-256 hashes. Uploads are limited in size (--max-upload-kb) and in rate per client
(--rate uploads per minute, per token, else per address). Every record is validated (schema,
sizes, plausible times) and a batch with one bad record stores nothing.

Storage: SQLite (a path) or PostgreSQL (a postgresql:// URL, through psycopg).

One module each: validate.py (what is accepted), store.py (SQLite or PostgreSQL), tokens.py
(who may write; rate limits), app.py (the routes, `serve`).
"""
