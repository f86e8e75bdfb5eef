"""The sandbox platform: a reference implementation of the platform contract, for demos and tests.

Embed it (see `server.SandboxServer`), or run `studio sandbox`. The contract is everything under
`/v1` (published as `studio/platform/openapi.yaml`). The sandbox adds, outside the contract and
for the host token only:

- `POST /sandbox/faults` {delay_ms, error_rate, garbage_rate, refuse_streams, drop_streams,
  rate_limit_per_s, rate_limit_burst, reset}: make the platform misbehave;
- `POST /sandbox/simulator` {rate, running}, `/sandbox/simulator/tick` {seconds},
  `/sandbox/simulator/burst` {orders}, `/sandbox/simulator/flash-rush` {product_id,
  duration_s, stock, discount}: drive the simulated audience;
- `GET /media/{name}`: the demo catalog's product images (the platform's "CDN");
- `SandboxServer.on_publish_url`: nginx-rtmp's `on_publish` stream-key check.
"""
