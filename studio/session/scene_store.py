"""The show's scene set on disk, beside the settings: `scenes.json` in the config folder.

Saved atomically (temp file, fsync, rename) with the previous save kept as `scenes.json.bak`;
a file that cannot be read is reported (logged, and returned as a warning) and the backup used,
never a crash and never a silent reset (the broken file stays for the user to look at).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from studio.errors import UsageError
from studio.jsonstore import atomic_write_bytes
from studio.media.scenes import SceneSet

log = logging.getLogger(__name__)

FILE_NAME = "scenes.json"


def load_scene_set(path: Path) -> tuple[SceneSet | None, str | None]:
    """(the saved set or None when there is none, a warning when the file was unreadable and
    the backup (or nothing) was used instead). Never raises for a bad file."""
    if not path.exists():
        return None, None
    try:
        return SceneSet.from_json(json.loads(path.read_text("utf-8")), where=path.name), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, UsageError) as exc:
        reason = exc.message if isinstance(exc, UsageError) else str(exc)
        warning = f"The scenes in {path} could not be read ({reason})"
        backup = path.with_name(path.name + ".bak")
        try:
            scenes = SceneSet.from_json(json.loads(backup.read_text("utf-8")), where=backup.name)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, UsageError):
            log.warning("%s; no usable backup: the show starts without scenes", warning)
            return None, f"{warning}; the show starts without scenes."
        log.warning("%s; using the backup", warning)
        return scenes, f"{warning}; the last good save was used."


def save_scene_set(path: Path, scenes: SceneSet) -> None:
    """Write the set atomically, keeping the previous save as the backup. Raises OSError when
    the folder cannot be written."""
    if path.exists():
        try:
            SceneSet.from_json(json.loads(path.read_text("utf-8")))
            atomic_write_bytes(path.with_name(path.name + ".bak"), path.read_bytes())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, UsageError):
            pass  # a broken file is not worth keeping as the backup
    data = json.dumps(scenes.to_json(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"))
