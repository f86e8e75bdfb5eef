"""Checks of the devices a show is made with: cameras, microphones and H.264 encoders.

Each compares what is connected with what the settings ask for. The capture and engine modules
are imported inside each check, so a build missing them reports "cannot be checked" instead of
failing to list the checks. Blocking (device enumeration, and one test encode per encoder, take
up to a few seconds): run on a worker thread, never on a GUI thread.
"""

from __future__ import annotations

import sys

from studio import i18n
from studio.config import Config
from studio.health.check import FAIL, OK, SKIP, WARN, Check, not_available


def check_cameras(config: Config) -> Check:
    """The cameras FFmpeg lists (Linux v4l2 only; skipped elsewhere) against `devices.camera`.

    Warn when none is found or the configured one is not connected (a show can still use a
    file or the test pattern). Details: `{"cameras": [{"name": str, "id": str}, ...]}`.
    """
    try:
        from studio.capture.devices import list_cameras
    except Exception as exc:
        return not_available("cameras", i18n._("Cameras"), i18n._("Cameras"), exc)
    cams = list_cameras()
    found = [{"name": c.name, "id": c.id} for c in cams]
    wanted = config.devices.camera
    if not cams and not sys.platform.startswith("linux"):
        # Camera lists come from FFmpeg's v4l2 nodes only on Linux; elsewhere the window asks
        # the OS. Saying "no camera" here would send support looking for a fault that isn't.
        return Check(
            "cameras",
            i18n._("Cameras"),
            SKIP,
            i18n._("Cameras are listed by the studio window on this system; not checked here."),
        )
    if not cams:
        return Check(
            "cameras",
            i18n._("Cameras"),
            WARN,
            i18n._("No camera found."),
            i18n._(
                "Plug in a camera (and close other apps using it); a show can still use "
                "a video file or the test pattern."
            ),
            {"cameras": found},
        )
    names = ", ".join(f"{c.name} ({c.id})" for c in cams)
    if wanted and wanted not in {c.id for c in cams} | {c.name for c in cams}:
        return Check(
            "cameras",
            i18n._("Cameras"),
            WARN,
            i18n._(
                "The camera in your settings ({wanted}) is not connected; found: {names}."
            ).format(wanted=wanted, names=names),
            i18n._("Connect it, or pick another camera in the settings."),
            {"cameras": found},
        )
    return Check(
        "cameras",
        i18n._("Cameras"),
        OK,
        # the same English for one and many; other languages inflect "found" with the count
        i18n.ngettext("{count} found: {names}.", "{count} found: {names}.", len(cams)).format(
            count=len(cams), names=names
        ),
        details={"cameras": found},
    )


def check_microphones(config: Config) -> Check:
    """The microphones sounddevice lists against `devices.microphone` (matched by name part).

    Warn when none is found or the configured one is not connected. Details:
    `{"microphones": [{"name": str, "default": bool}, ...]}`.
    """
    try:
        from studio.capture.devices import list_microphones
    except Exception as exc:
        return not_available("microphones", i18n._("Microphones"), i18n._("Microphones"), exc)
    mics = list_microphones()
    found = [{"name": m.name, "default": m.default} for m in mics]
    if not mics:
        return Check(
            "microphones",
            i18n._("Microphones"),
            WARN,
            i18n._("No microphone found."),
            i18n._("Plug in a microphone or headset, and check the system's sound settings."),
            {"microphones": found},
        )
    default = next((m.name for m in mics if m.default), mics[0].name)
    wanted = config.devices.microphone
    if wanted and wanted != "default" and not any(wanted.lower() in m.name.lower() for m in mics):
        return Check(
            "microphones",
            i18n._("Microphones"),
            WARN,
            i18n._("The microphone in your settings ({wanted}) is not connected.").format(
                wanted=wanted
            ),
            i18n._("Connect it, or pick another microphone in the settings."),
            {"microphones": found},
        )
    return Check(
        "microphones",
        i18n._("Microphones"),
        OK,
        i18n.ngettext(
            "{count} found; default: {default}.", "{count} found; default: {default}.", len(mics)
        ).format(count=len(mics), default=default),
        details={"microphones": found},
    )


def check_encoders(config: Config) -> Check:
    """Which H.264 encoders really encode a frame here, against `video.encoder`.

    Fail when none works, or when the configured one (other than "auto") does not. Details:
    `{"encoders": [{"name", "hardware", "works", "detail"}, ...], "configured": str}`; the
    wizard reads them to suggest a profile.
    """
    try:
        from studio.engine.encoders import probe_encoders
    except Exception as exc:
        return not_available("encoders", i18n._("Video encoders"), i18n._("Encoders"), exc)
    infos = probe_encoders()
    details: dict[str, object] = {
        "encoders": [i.as_dict() for i in infos],
        "configured": config.video.encoder,
    }
    working = [i.name for i in infos if i.works]
    hardware = [i.name for i in infos if i.works and i.hardware]
    if not working:
        return Check(
            "encoders",
            i18n._("Video encoders"),
            FAIL,
            i18n._("No H.264 encoder works on this computer."),
            i18n._("Reinstall Studio; send a support bundle if it persists."),
            details,
        )
    wanted = config.video.encoder
    if wanted != "auto" and wanted not in working:
        why = next(
            (i.detail for i in infos if i.name == wanted), i18n._("not known to this FFmpeg")
        )
        return Check(
            "encoders",
            i18n._("Video encoders"),
            FAIL,
            i18n._("The encoder in your settings ({wanted}) does not work here ({why}).").format(
                wanted=wanted, why=why
            ),
            i18n._("Choose 'auto' or one that works: {join}.").format(join=", ".join(working)),
            details,
        )
    if hardware:
        summary = i18n._("Working: {join}; the hardware encoder {value} is used.").format(
            join=", ".join(working), value=hardware[0]
        )
    else:
        summary = i18n._(
            "Working: {join}. No hardware encoder works here, so the processor encodes (fine "
            "at 720p; 1080p needs a fast computer)."
        ).format(join=", ".join(working))
    return Check("encoders", i18n._("Video encoders"), OK, summary, details=details)
