"""`studio devices`: what this machine can capture with and encode with."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio import i18n
from studio.capture.devices import list_cameras, list_microphones
from studio.engine.encoders import probe_encoders


def register(sub: Any) -> None:
    p = sub.add_parser("devices", help=i18n._("list cameras, microphones and working encoders"))
    p.add_argument("--json", action="store_true", help=i18n._("machine-readable output"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cams, mics, encs = list_cameras(), list_microphones(), probe_encoders()
    if args.json:
        print(
            json.dumps(
                {
                    "cameras": [c.as_dict() for c in cams],
                    "microphones": [m.as_dict() for m in mics],
                    "encoders": [e.as_dict() for e in encs],
                },
                indent=2,
            )
        )
        return 0
    print(i18n._("Cameras (use --video device:ID):"))
    for c in cams or []:
        print(f"  {c.id:<16} {c.name}{'  (default)' if c.default else ''}")
    if not cams:
        print(i18n._("  none found"))
    print(i18n._("Microphones (use --audio device:NAME, or device:default):"))
    for m in mics:
        print(f"  {m.name}{'  (default)' if m.default else ''}")
    if not mics:
        print(i18n._("  none found"))
    print(i18n._("Video encoders (use --encoder NAME):"))
    for e in encs:
        mark = "works" if e.works else "unavailable"
        kind = "hardware" if e.hardware else "software"
        print(f"  {e.name:<18} {kind:<9} {mark}: {e.detail}")
    return 0
