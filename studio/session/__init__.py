"""The live session, Qt-free: what the window, the headless CLI and tests all drive.

- `status`: the session's typed state (`LiveState`, `SessionStatus`, `Role`, `Target`).
- `broadcast`: `BroadcastSession`, idle preview <-> live pipeline on one worker thread, and the
  decision to end a show when every destination failed (from the pipeline's event).
- `layers`: the one scene clock and the engine's layer source (`ShowLayers`), used by both the
  window and `studio broadcast`.
- `overlay_driver`: show events -> overlay scene, subscribed by event type.
- `sources`, `destinations`, `locale`: small helpers the wiring uses.

Imports point down only (show, capture, engine, overlays, platform); nothing here imports Qt
widgets (the overlay scene uses QtGui offscreen).
"""
