"""Scenes: named layouts of sources, as data (what OBS users know as scenes and sources).

A `SceneSet` holds the show's sources (cameras, microphones, media files, pictures, screen
capture, a colour; each once, by id) and its scenes. A `Scene` lays sources out on each of
the show's canvases (16:9 and 9:16: one layout per orientation, items bottom first: position
and size as shares of the canvas, fit and crop, visibility), says which audio-only sources
(microphones) play, whether the shop overlays are shown, and which full-screen slate it
carries ("starting soon" with a countdown to the scheduled start, "be right back", the
ending). Geometry is in shares (0..1) of the canvas, so one scene serves 720p and 1080p alike.

Pure data, Qt-free and I/O-free: the engine (engine/program.py) composes it, the session
switches it, the window edits it, `studio broadcast --scenes FILE` reads it, the profile saves
it (`to_json` / `from_json`, unknown keys refused, every error a `UsageError` with a hint).
`templates` builds the common selling layouts; `snap` is the editor's snapping to guides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from studio import i18n
from studio.canvases import Orientation
from studio.errors import UsageError
from studio.media.fit import MAX_CROP, FitMode, VideoFit, parse_fit

SCENES_VERSION = 1
MAX_FADE_MS = 3000
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SourceKind(StrEnum):
    """What a source is. Video kinds are drawn by scene items; audio kinds play in the scenes
    that list them; a media file is both (its sound plays while it is shown)."""

    CAMERA = "camera"  # target: a device name (/dev/video0, 'Integrated Camera')
    SCREEN = "screen"  # target: "" (the whole screen), a region "WxH+X+Y", "window=0xID"
    MEDIA = "media"  # target: a video or audio file path; `loop` or played once
    IMAGE = "image"  # target: a PNG / JPEG / WebP path
    COLOUR = "colour"  # target: '#rrggbb' (a theme's background colour, or any)
    TEST = "test"  # the moving test pattern (a camera stand-in)
    MIC = "mic"  # target: a microphone device name, or 'default'
    TONE = "tone"  # the test tone (a microphone stand-in)

    @property
    def has_video(self) -> bool:
        """True for sources drawn in a layout."""
        return self not in (SourceKind.MIC, SourceKind.TONE)

    @property
    def audio_only(self) -> bool:
        """True for sources that are heard, never drawn."""
        return not self.has_video


@dataclass(frozen=True)
class Source:
    """One input of the show, used by any number of scenes.

    `volume_db` (-60..+12 dB) and `muted` set its level in the mix; `loop` says whether a
    media file starts again at its end or stays on its last picture."""

    id: str
    kind: SourceKind
    target: str = ""
    loop: bool = True
    volume_db: float = 0.0
    muted: bool = False

    @property
    def gain(self) -> float:
        """Linear gain in the mix (0 when muted)."""
        return 0.0 if self.muted else 10.0 ** (self.volume_db / 20.0)

    @property
    def label(self) -> str:
        """What a person reads: 'camera /dev/video0', 'media intro.mp4'."""
        tail = self.target.replace("\\", "/").rsplit("/", 1)[-1] if self.target else ""
        return f"{self.kind.value} {tail}".strip() if tail else self.kind.value

    def capture_spec(self) -> str:
        """The `--video`/`--audio` spec (capture/specs.py) that opens this source; '' for a
        colour (drawn, not captured)."""
        k = self.kind
        if k in (SourceKind.TEST, SourceKind.TONE):
            return "test"
        if k in (SourceKind.CAMERA, SourceKind.MIC):
            return f"device:{self.target}"
        if k is SourceKind.SCREEN:
            return f"screen:{self.target}" if self.target else "screen"
        if k in (SourceKind.MEDIA, SourceKind.IMAGE):
            return f"file:{self.target}"
        return ""

    def colour_rgb(self) -> tuple[int, int, int]:
        """(r, g, b) 0..255 of a colour source (black for other kinds)."""
        if self.kind is not SourceKind.COLOUR:
            return (0, 0, 0)
        return parse_colour(self.target)


def parse_colour(text: str) -> tuple[int, int, int]:
    """'#rrggbb' → (r, g, b). Raises UsageError for anything else."""
    if not _COLOUR.match(text or ""):
        raise UsageError(
            i18n._("The colour {text!r} is not understood.").format(text=text),
            i18n._("Write it as #rrggbb."),
        )
    return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)


@dataclass(frozen=True)
class Box:
    """A rectangle in shares of the canvas: `x`, `y` its top-left corner, `w`, `h` its size
    (1.0 = the canvas's width or height). May reach past the canvas (partly off screen)."""

    x: float = 0.0
    y: float = 0.0
    w: float = 1.0
    h: float = 1.0

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """(x, y, w, h) in whole even pixels on a `width` × `height` canvas (4:2:0 chroma lines
        up); the size at least 2×2."""
        x = round(self.x * width / 2) * 2
        y = round(self.y * height / 2) * 2
        w = max(2, round(self.w * width / 2) * 2)
        h = max(2, round(self.h * height / 2) * 2)
        return x, y, w, h

    @property
    def full(self) -> bool:
        """True for the whole canvas."""
        return (self.x, self.y, self.w, self.h) == (0.0, 0.0, 1.0, 1.0)

    def moved(self, dx: float, dy: float) -> Box:
        """The same box shifted by (dx, dy) shares."""
        return replace(self, x=self.x + dx, y=self.y + dy)


FULL = Box()
FIT = VideoFit(FitMode.FIT)
FILL = VideoFit(FitMode.FILL)


@dataclass(frozen=True)
class Item:
    """One source placed in a scene's layout: in `box`, fitted by `fit` (with its crop),
    drawn when `visible`. Items are drawn in list order (the first at the bottom)."""

    source: str
    box: Box = FULL
    fit: VideoFit = FIT
    visible: bool = True


class SlateKind(StrEnum):
    """A full-screen card a scene carries (rendered by the overlays, composed above the
    sources and below the shop overlays)."""

    STARTING = "starting"  # "Starting soon" and a countdown to `Slate.at`
    BRB = "brb"  # "Be right back"
    ENDING = "ending"  # "Thanks for watching"


@dataclass(frozen=True)
class Slate:
    """A scene's card: `kind`, its headline `title` ('' = the kind's own words) and, for
    'starting soon', `at`: the scheduled start (Unix seconds, UTC) the countdown runs to."""

    kind: SlateKind
    title: str = ""
    at: float | None = None

    @property
    def headline(self) -> str:
        """The words in big letters."""
        return (
            self.title
            or {
                SlateKind.STARTING: "Starting soon",
                SlateKind.BRB: "Be right back",
                SlateKind.ENDING: "Thanks for watching",
            }[self.kind]
        )

    def countdown(self, now_epoch: float) -> str | None:
        """'M:SS' (or 'H:MM:SS') left until `at`, '0:00' once it has passed; None when the
        slate has no countdown."""
        if self.kind is not SlateKind.STARTING or self.at is None:
            return None
        left = max(0, math.ceil(self.at - now_epoch))
        h, rest = divmod(left, 3600)
        m, s = divmod(rest, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


@dataclass(frozen=True)
class Scene:
    """A named layout: items per canvas orientation (bottom first), audio-only sources that
    play, the shop overlays on or off, an optional slate, the colour behind everything and
    the key that switches to it ('1'..'9', 'F1'..'F12', or '' for none)."""

    name: str
    landscape: tuple[Item, ...] = ()
    portrait: tuple[Item, ...] = ()
    audio: tuple[str, ...] = ()
    overlays: bool = True
    slate: Slate | None = None
    background: str = "#000000"
    key: str = ""

    def items(self, orientation: Orientation) -> tuple[Item, ...]:
        """The layout for a canvas of that orientation, bottom first."""
        return self.landscape if orientation is Orientation.LANDSCAPE else self.portrait

    def with_items(self, orientation: Orientation, items: Sequence[Item]) -> Scene:
        """The same scene with that orientation's layout replaced."""
        if orientation is Orientation.LANDSCAPE:
            return replace(self, landscape=tuple(items))
        return replace(self, portrait=tuple(items))

    def video_sources(self) -> set[str]:
        """Ids of the sources drawn (visible) in either layout."""
        return {i.source for i in (*self.landscape, *self.portrait) if i.visible}

    def sources(self) -> set[str]:
        """Ids of every source this scene needs running (drawn or heard)."""
        return self.video_sources() | set(self.audio)

    def background_rgb(self) -> tuple[int, int, int]:
        """(r, g, b) of the background colour."""
        return parse_colour(self.background)


class TransitionKind(StrEnum):
    """How one scene gives way to the next."""

    CUT = "cut"
    FADE = "fade"


@dataclass(frozen=True)
class Transition:
    """A cut, or a fade of `ms` milliseconds (OBS's default fade is 300 ms)."""

    kind: TransitionKind = TransitionKind.FADE
    ms: int = 300

    @property
    def seconds(self) -> float:
        """The transition's length in seconds (0 for a cut)."""
        return 0.0 if self.kind is TransitionKind.CUT else self.ms / 1000.0


CUT = Transition(TransitionKind.CUT, 0)


def parse_transition(text: str) -> Transition:
    """'cut', 'fade' or 'fade:MS' → Transition. Raises UsageError for anything else."""
    kind, _, ms = text.strip().lower().partition(":")
    if kind == "cut" and not ms:
        return CUT
    if kind == "fade":
        try:
            t = Transition(TransitionKind.FADE, int(ms) if ms else 300)
        except ValueError:
            t = Transition(TransitionKind.FADE, -1)
        if 0 < t.ms <= MAX_FADE_MS:
            return t
    raise UsageError(
        i18n._("The transition {text!r} is not understood.").format(text=text),
        i18n._("Use cut, fade or fade:MS (1-{MAX_FADE_MS}).").format(MAX_FADE_MS=MAX_FADE_MS),
    )


@dataclass(frozen=True)
class SceneSet:
    """The show's sources and scenes, and the transition a switch uses by default.

    Immutable: every edit returns a new set (the engine reads one without locks). Built with
    `SceneSet.build` (or `from_json`), which checks it: ids unique, every item's source
    known, names unique, keys unique; raises UsageError with a hint otherwise."""

    sources: tuple[Source, ...] = ()
    scenes: tuple[Scene, ...] = ()
    transition: Transition = Transition()
    _by_id: Mapping[str, Source] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        sources: Iterable[Source],
        scenes: Iterable[Scene],
        transition: Transition = Transition(),
    ) -> SceneSet:
        """A checked set (see the class docstring)."""
        srcs, scs = tuple(sources), tuple(scenes)
        by_id: dict[str, Source] = {}
        for s in srcs:
            if not s.id or s.id in by_id:
                raise UsageError(
                    i18n._("The source id {id!r} is empty or used twice.").format(id=s.id),
                    i18n._("Give each source its own id."),
                )
            if s.kind is SourceKind.COLOUR:
                parse_colour(s.target)
            if not -60.0 <= s.volume_db <= 12.0:
                raise UsageError(
                    i18n._("The volume of {id!r} ({volume_db} dB) is out of range.").format(
                        id=s.id, volume_db=s.volume_db
                    ),
                    i18n._("Use -60 to +12 dB."),
                )
            by_id[s.id] = s
        names: set[str] = set()
        keys: set[str] = set()
        for sc in scs:
            if not sc.name.strip() or sc.name in names:
                raise UsageError(
                    i18n._("The scene name {name!r} is empty or used twice.").format(name=sc.name),
                    i18n._("Give each scene its own name."),
                )
            names.add(sc.name)
            if sc.key:
                if sc.key in keys:
                    raise UsageError(
                        i18n._("The key {key!r} switches to two scenes.").format(key=sc.key),
                        i18n._("Give each scene its own key."),
                    )
                keys.add(sc.key)
            parse_colour(sc.background)
            for orientation in Orientation:
                for item in sc.items(orientation):
                    src = by_id.get(item.source)
                    if src is None:
                        raise UsageError(
                            i18n._(
                                "The scene {name!r} uses a source {source!r} that is not among "
                                "the sources."
                            ).format(name=sc.name, source=item.source),
                            i18n._("Add it to 'sources', or use one of: {value}.").format(
                                value=", ".join(by_id) or "none"
                            ),
                        )
                    if not src.kind.has_video:
                        raise UsageError(
                            i18n._(
                                "The scene {name!r} places {source!r}, which has no picture."
                            ).format(name=sc.name, source=item.source),
                            i18n._("List microphones under the scene's 'audio' instead."),
                        )
            for a in sc.audio:
                if a not in by_id:
                    raise UsageError(
                        i18n._(
                            "The scene {name!r} plays a source {a!r} that is not among the sources."
                        ).format(name=sc.name, a=a),
                        i18n._("Add it to 'sources'."),
                    )
        if transition.kind is TransitionKind.FADE and not 0 < transition.ms <= MAX_FADE_MS:
            raise UsageError(
                i18n._("A fade of {ms} ms is out of range.").format(ms=transition.ms),
                i18n._("Use 1 to {MAX_FADE_MS} ms.").format(MAX_FADE_MS=MAX_FADE_MS),
            )
        return cls(srcs, scs, transition, by_id)

    # -- lookups ---------------------------------------------------------------------------
    def source(self, source_id: str) -> Source:
        """The source with that id. Raises UsageError naming the known ones."""
        src = self._by_id.get(source_id)
        if src is None:
            raise UsageError(
                i18n._("There is no source {source_id!r}.").format(source_id=source_id),
                i18n._("Sources: {value}.").format(
                    value=", ".join(s.id for s in self.sources) or "none"
                ),
            )
        return src

    def scene(self, name: str) -> Scene:
        """The scene with that name (exact, else the only case-insensitive match). Raises
        UsageError naming the known ones."""
        for sc in self.scenes:
            if sc.name == name:
                return sc
        folded = [sc for sc in self.scenes if sc.name.casefold() == name.casefold()]
        if len(folded) == 1:
            return folded[0]
        raise UsageError(
            i18n._("There is no scene {name!r}.").format(name=name),
            i18n._("Scenes: {value}.").format(
                value=", ".join(sc.name for sc in self.scenes) or "none"
            ),
        )

    def scene_for_key(self, key: str) -> Scene | None:
        """The scene a key switches to, or None."""
        return next((sc for sc in self.scenes if sc.key and sc.key == key), None)

    def source_ids(self) -> list[str]:
        """The sources' ids in order."""
        return [s.id for s in self.sources]

    @property
    def names(self) -> list[str]:
        """The scenes' names in order."""
        return [sc.name for sc in self.scenes]

    # -- edits (each returns a new, checked set) ---------------------------------------------
    def with_scene(self, scene: Scene, at: int | None = None) -> SceneSet:
        """`scene` replacing the one of the same name, else added (at index `at`, or last)."""
        scenes = list(self.scenes)
        for i, sc in enumerate(scenes):
            if sc.name == scene.name:
                scenes[i] = scene
                break
        else:
            scenes.insert(len(scenes) if at is None else at, scene)
        return SceneSet.build(self.sources, scenes, self.transition)

    def with_source(self, source: Source) -> SceneSet:
        """`source` replacing the one of the same id, else added."""
        srcs = [source if s.id == source.id else s for s in self.sources]
        if source.id not in self._by_id:
            srcs.append(source)
        return SceneSet.build(srcs, self.scenes, self.transition)

    def without_scene(self, name: str) -> SceneSet:
        """The set without that scene (UsageError when it is the last one)."""
        self.scene(name)
        if len(self.scenes) == 1:
            raise UsageError(
                i18n._("A show keeps at least one scene."), i18n._("Add another scene first.")
            )
        return SceneSet.build(
            self.sources, [sc for sc in self.scenes if sc.name != name], self.transition
        )

    def without_source(self, source_id: str) -> SceneSet:
        """The set without that source: out of the sources, of every scene's layouts (both
        canvases) and of every scene's audio. UsageError for an unknown id."""
        self.source(source_id)
        scenes = [
            replace(
                sc,
                landscape=tuple(i for i in sc.landscape if i.source != source_id),
                portrait=tuple(i for i in sc.portrait if i.source != source_id),
                audio=tuple(a for a in sc.audio if a != source_id),
            )
            for sc in self.scenes
        ]
        sources = [s for s in self.sources if s.id != source_id]
        return SceneSet.build(sources, scenes, self.transition)

    def with_transition(self, transition: Transition) -> SceneSet:
        """The set with another default transition."""
        return SceneSet.build(self.sources, self.scenes, transition)

    def new_source_id(self, base: str) -> str:
        """An id not yet used: `base`, else base-2, base-3, ..."""
        n, candidate = 1, base
        while candidate in self._by_id:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    # -- files -------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (what `from_json` reads back; saved with the profile)."""
        return {
            "version": SCENES_VERSION,
            "transition": {"kind": self.transition.kind.value, "ms": self.transition.ms},
            "sources": [_source_json(s) for s in self.sources],
            "scenes": [_scene_json(sc) for sc in self.scenes],
        }

    @classmethod
    def from_json(cls, data: Any, where: str = "the scene file") -> SceneSet:
        """Read what `to_json` wrote (or a person typed). Raises UsageError naming `where`
        and the field for anything missing, unknown or out of range; never guesses."""
        try:
            return _read_set(data)
        except UsageError as exc:
            raise UsageError(
                i18n._("In {where}: {message}").format(where=where, message=exc.message), exc.hint
            ) from None


# -- JSON ------------------------------------------------------------------------------------
def _source_json(s: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "kind": s.kind.value}
    if s.target:
        out["target"] = s.target
    if s.kind is SourceKind.MEDIA:
        out["loop"] = s.loop
    if s.volume_db:
        out["volume_db"] = s.volume_db
    if s.muted:
        out["muted"] = True
    return out


def _fit_json(fit: VideoFit) -> str:
    return str(replace(fit, crop=(0.0, 0.0, 0.0, 0.0)))


def _item_json(i: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"source": i.source}
    if not i.box.full:
        out["box"] = [round(v, 5) for v in (i.box.x, i.box.y, i.box.w, i.box.h)]
    if i.fit != VideoFit():
        out["fit"] = _fit_json(i.fit)
    if any(i.fit.crop):
        out["crop"] = [round(v, 5) for v in i.fit.crop]
    if not i.visible:
        out["visible"] = False
    return out


def _scene_json(sc: Scene) -> dict[str, Any]:
    out: dict[str, Any] = {"name": sc.name}
    if sc.key:
        out["key"] = sc.key
    out["landscape"] = [_item_json(i) for i in sc.landscape]
    out["portrait"] = [_item_json(i) for i in sc.portrait]
    if sc.audio:
        out["audio"] = list(sc.audio)
    out["overlays"] = sc.overlays
    if sc.slate is not None:
        slate: dict[str, Any] = {"kind": sc.slate.kind.value}
        if sc.slate.title:
            slate["title"] = sc.slate.title
        if sc.slate.at is not None:
            slate["at"] = sc.slate.at
        out["slate"] = slate
    if sc.background != "#000000":
        out["background"] = sc.background
    return out


def _obj(data: Any, what: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise UsageError(
            i18n._("{what} is not an object.").format(what=what),
            i18n._("See docs/scenes.md for the format."),
        )
    unknown = set(data) - allowed
    if unknown:
        raise UsageError(
            i18n._("{what} has unknown field(s): {join}.").format(
                what=what, join=", ".join(sorted(unknown))
            ),
            i18n._("Known fields: {join}.").format(join=", ".join(sorted(allowed))),
        )
    missing = required - set(data)
    if missing:
        raise UsageError(
            i18n._("{what} lacks {join}.").format(what=what, join=", ".join(sorted(missing))),
            i18n._("See docs/scenes.md for the format."),
        )
    return data


def _typed(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise UsageError(
            i18n._("{what} must be a number, not {value!r}.").format(what=what, value=value)
        )
    if not isinstance(value, kind):
        raise UsageError(
            i18n._("{what} has the wrong type ({name}).").format(
                what=what, name=type(value).__name__
            )
        )
    return value


def _numbers(value: Any, n: int, what: str, lo: float, hi: float) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) != n:
        raise UsageError(i18n._("{what} must be a list of {n} numbers.").format(what=what, n=n))
    out = tuple(float(_typed(v, (int, float), what)) for v in value)
    if any(not lo <= v <= hi for v in out):
        raise UsageError(
            i18n._("{what} {list} is out of range.").format(what=what, list=list(out)),
            i18n._("Each number from {lo} to {hi}.").format(lo=lo, hi=hi),
        )
    return out


def _read_source(d: Any, i: int) -> Source:
    what = f"source #{i + 1}"
    d = _obj(d, what, {"id", "kind", "target", "loop", "volume_db", "muted"}, {"id", "kind"})
    try:
        kind = SourceKind(d["kind"])
    except ValueError:
        raise UsageError(
            i18n._("{what} has an unknown kind {value!r}.").format(what=what, value=d["kind"]),
            i18n._("Use one of: {join}.").format(join=", ".join(k.value for k in SourceKind)),
        ) from None
    target = str(_typed(d.get("target", ""), str, f"{what}'s target"))
    if kind in (SourceKind.CAMERA, SourceKind.MEDIA, SourceKind.IMAGE, SourceKind.COLOUR) and not (
        target
    ):
        raise UsageError(
            i18n._("{what} ({value}) needs a 'target'.").format(what=what, value=kind.value),
            _TARGET_HINT[kind],
        )
    return Source(
        id=str(_typed(d["id"], str, f"{what}'s id")),
        kind=kind,
        target=target,
        loop=bool(_typed(d.get("loop", True), bool, f"{what}'s loop")),
        volume_db=float(_typed(d.get("volume_db", 0.0), (int, float), f"{what}'s volume_db")),
        muted=bool(_typed(d.get("muted", False), bool, f"{what}'s muted")),
    )


_TARGET_HINT = {
    SourceKind.CAMERA: "The device name, e.g. /dev/video0 (see studio devices).",
    SourceKind.MEDIA: "The path of a video or audio file.",
    SourceKind.IMAGE: "The path of a PNG, JPEG or WebP picture.",
    SourceKind.COLOUR: "A colour as #rrggbb.",
}


def _read_item(d: Any, what: str) -> Item:
    d = _obj(d, what, {"source", "box", "fit", "crop", "visible"}, {"source"})
    box = Box(*_numbers(d["box"], 4, f"{what}'s box", -4.0, 5.0)) if "box" in d else FULL
    if box.w <= 0 or box.h <= 0:
        raise UsageError(
            i18n._("{what}'s box has no size.").format(what=what),
            i18n._("Give it a width and height above 0."),
        )
    fit = parse_fit(str(_typed(d.get("fit", "fit"), str, f"{what}'s fit")))
    if "crop" in d:
        crop = _numbers(d["crop"], 4, f"{what}'s crop", 0.0, MAX_CROP)
        try:
            fit = replace(fit, crop=(crop[0], crop[1], crop[2], crop[3]))
        except ValueError:
            raise UsageError(
                i18n._("{what}'s crop {list} leaves too little of the picture.").format(
                    what=what, list=list(crop)
                ),
                i18n._("Crop at most {MAX_CROP:.0%} of the width and of the height.").format(
                    MAX_CROP=MAX_CROP
                ),
            ) from None
    return Item(
        source=str(_typed(d["source"], str, f"{what}'s source")),
        box=box,
        fit=fit,
        visible=bool(_typed(d.get("visible", True), bool, f"{what}'s visible")),
    )


def _read_scene(d: Any, i: int) -> Scene:
    what = f"scene #{i + 1}"
    allowed = {"name", "key", "landscape", "portrait", "audio", "overlays", "slate", "background"}
    d = _obj(d, what, allowed, {"name"})
    name = str(_typed(d["name"], str, f"{what}'s name"))
    what = f"scene {name!r}"
    layouts: dict[str, tuple[Item, ...]] = {}
    for o in ("landscape", "portrait"):
        items = _typed(d.get(o, []), list, f"{what}'s {o}")
        layouts[o] = tuple(
            _read_item(x, f"{what}'s {o} item #{j + 1}") for j, x in enumerate(items)
        )
    if "landscape" in d and "portrait" not in d:
        layouts["portrait"] = layouts["landscape"]  # one layout given: both canvases use it
    slate = None
    if d.get("slate") is not None:
        s = _obj(d["slate"], f"{what}'s slate", {"kind", "title", "at"}, {"kind"})
        try:
            kind = SlateKind(s["kind"])
        except ValueError:
            raise UsageError(
                i18n._("{what}'s slate kind {value!r} is unknown.").format(
                    what=what, value=s["kind"]
                ),
                i18n._("Use one of: {join}.").format(join=", ".join(k.value for k in SlateKind)),
            ) from None
        at = s.get("at")
        slate = Slate(
            kind,
            str(_typed(s.get("title", ""), str, f"{what}'s slate title")),
            None if at is None else float(_typed(at, (int, float), f"{what}'s slate at")),
        )
    audio = _typed(d.get("audio", []), list, f"{what}'s audio")
    return Scene(
        name=name,
        landscape=layouts["landscape"],
        portrait=layouts["portrait"],
        audio=tuple(str(_typed(a, str, f"{what}'s audio")) for a in audio),
        overlays=bool(_typed(d.get("overlays", True), bool, f"{what}'s overlays")),
        slate=slate,
        background=str(_typed(d.get("background", "#000000"), str, f"{what}'s background")),
        key=str(_typed(d.get("key", ""), str, f"{what}'s key")),
    )


def _read_set(data: Any) -> SceneSet:
    d = _obj(data, "The scene set", {"version", "transition", "sources", "scenes"}, {"scenes"})
    version = d.get("version", SCENES_VERSION)
    if version != SCENES_VERSION:
        raise UsageError(
            i18n._(
                "The scene set is version {version!r}; this studio reads version {SCENES_VERSION}."
            ).format(version=version, SCENES_VERSION=SCENES_VERSION),
            i18n._("Save the scenes again from this version of the studio."),
        )
    transition = Transition()
    if "transition" in d:
        t = _obj(d["transition"], "The transition", {"kind", "ms"}, {"kind"})
        try:
            tk = TransitionKind(t["kind"])
        except ValueError:
            raise UsageError(
                i18n._("The transition {value!r} is unknown.").format(value=t["kind"]),
                i18n._("Use 'cut' or 'fade'."),
            ) from None
        ms = int(_typed(t.get("ms", 300), int, "The transition's ms"))
        transition = Transition(tk, ms if tk is TransitionKind.FADE else 0)
    sources = _typed(d.get("sources", []), list, "The sources")
    scenes = _typed(d["scenes"], list, "The scenes")
    if not scenes:
        raise UsageError(i18n._("The scene set has no scene."), i18n._("Add at least one scene."))
    return SceneSet.build(
        [_read_source(s, i) for i, s in enumerate(sources)],
        [_read_scene(s, i) for i, s in enumerate(scenes)],
        transition,
    )


# -- templates ---------------------------------------------------------------------------------
class Template(StrEnum):
    """The common selling layouts a new scene can start from."""

    FULL_CAMERA = "full-camera"
    SIDE_BY_SIDE = "side-by-side"  # camera + product close-up
    SCREEN_PIP = "screen-pip"  # screen (slides, a product page) + camera in a corner
    STARTING_SOON = "starting-soon"
    BRB = "brb"
    ENDING = "ending"

    @property
    def scene_name(self) -> str:
        """The scene name a template gets by default."""
        return {
            Template.FULL_CAMERA: "Camera",
            Template.SIDE_BY_SIDE: "Camera + close-up",
            Template.SCREEN_PIP: "Screen + camera",
            Template.STARTING_SOON: "Starting soon",
            Template.BRB: "Be right back",
            Template.ENDING: "Ending",
        }[self]


# Inside the title-safe area (5 %) of a 16:9 canvas, and clear of the phone apps' top bar,
# right-hand action rail and bottom comment area on a 9:16 one (theme.py's PhoneSafeArea
# defaults: top 12 %, side margins 4 %, rail 15 % of the width from 42 % of the height down,
# comments 30 %). On 9:16 the screen (a 16:9 picture: a product page, slides) goes across the
# top, between the margins and above where the rail starts, and the camera in its corner (as
# on 16:9), so neither is under the phone's buttons nor under the shop's title and cards,
# which the overlays lay out lower down (overlays/theme.py's VerticalLayout).
_PIP_LANDSCAPE = Box(0.70, 0.06, 0.25, 0.25)
_SCREEN_PORTRAIT = Box(0.04, 0.125, 0.92, 0.291)  # 662×372 of 720×1280: 16:9
_PIP_PORTRAIT = Box(0.58, 0.225, 0.32, 0.18)  # 230×230 of 720×1280, the screen's corner


def template(
    kind: Template,
    *,
    name: str | None = None,
    camera: str | None = None,
    closeup: str | None = None,
    screen: str | None = None,
    background: str | None = None,
    mic: str | None = None,
    music: str | None = None,
    starts_at: float | None = None,
    key: str = "",
) -> Scene:
    """A scene of a template's layout, from source ids (None leaves that part out; the
    background is a colour source drawn under everything, and the scene's own background
    colour is black). `mic` plays in the live layouts and the ending, `music` (an audio or
    media source) under the slates; `starts_at` (Unix seconds) is the 'starting soon'
    countdown's end."""
    bg = (Item(background, FULL, FIT),) if background else ()
    live_audio = (mic,) if mic else ()
    slate_audio = (music,) if music else ()
    if kind is Template.FULL_CAMERA:
        cam = (Item(camera, FULL, FILL),) if camera else ()
        land = port = bg + cam
        return Scene(name or kind.scene_name, land, port, live_audio, key=key)
    if kind is Template.SIDE_BY_SIDE:
        land_items, port_items = list(bg), list(bg)
        if camera:
            land_items.append(Item(camera, Box(0.0, 0.0, 0.5, 1.0), FILL))
            port_items.append(Item(camera, Box(0.0, 0.0, 1.0, 0.5), FILL))
        if closeup:
            land_items.append(Item(closeup, Box(0.5, 0.0, 0.5, 1.0), FILL))
            port_items.append(Item(closeup, Box(0.0, 0.5, 1.0, 0.5), FILL))
        return Scene(
            name or kind.scene_name, tuple(land_items), tuple(port_items), live_audio, key=key
        )
    if kind is Template.SCREEN_PIP:
        land_items, port_items = list(bg), list(bg)
        if screen:
            land_items.append(Item(screen, FULL, FIT))
            port_items.append(Item(screen, _SCREEN_PORTRAIT, FIT))
        if camera:
            land_items.append(Item(camera, _PIP_LANDSCAPE, FILL))
            port_items.append(Item(camera, _PIP_PORTRAIT, FILL))
        return Scene(
            name or kind.scene_name, tuple(land_items), tuple(port_items), live_audio, key=key
        )
    slate = {
        Template.STARTING_SOON: Slate(SlateKind.STARTING, at=starts_at),
        Template.BRB: Slate(SlateKind.BRB),
        Template.ENDING: Slate(SlateKind.ENDING),
    }[kind]
    audio = live_audio if kind is Template.ENDING else slate_audio
    # "Be right back" keeps the shop on screen (the card still sells); the others do not.
    return Scene(
        name or kind.scene_name,
        bg,
        bg,
        audio,
        overlays=kind is Template.BRB,
        slate=slate,
        key=key,
    )


def starter_set(
    *,
    cameras: Sequence[str] = ("test",),
    mic: str | None = "tone",
    screen: str | None = None,
    background: str = "#1b1530",
    starts_at: float | None = None,
) -> SceneSet:
    """A first scene set for a show: the given sources (camera specs: 'test' for the test
    pattern, else a device name; `mic` 'tone', a device name or None; `screen` a region or
    '' for the whole screen, None for none) and one scene per template, keys 1..6."""
    sources: list[Source] = []
    cam_ids: list[str] = []
    for n, device in enumerate(cameras, 1):
        sid = f"camera-{n}"
        kind = SourceKind.TEST if device == "test" else SourceKind.CAMERA
        sources.append(Source(sid, kind, "" if device == "test" else device))
        cam_ids.append(sid)
    mic_id: str | None = None
    if mic is not None:
        mic_id = "mic"
        mic_kind = SourceKind.TONE if mic == "tone" else SourceKind.MIC
        sources.append(Source(mic_id, mic_kind, "" if mic == "tone" else mic))
    screen_id: str | None = None
    if screen is not None:
        screen_id = "screen"
        sources.append(Source(screen_id, SourceKind.SCREEN, screen))
    sources.append(Source("background", SourceKind.COLOUR, background))
    cam = cam_ids[0] if cam_ids else None
    close = cam_ids[1] if len(cam_ids) > 1 else None
    scenes = [
        template(Template.FULL_CAMERA, camera=cam, mic=mic_id, key="1", background="background"),
        template(
            Template.SIDE_BY_SIDE,
            camera=cam,
            closeup=close,
            mic=mic_id,
            key="2",
            background="background",
        ),
        template(
            Template.SCREEN_PIP,
            camera=cam,
            screen=screen_id,
            mic=mic_id,
            key="3",
            background="background",
        ),
        template(Template.STARTING_SOON, background="background", starts_at=starts_at, key="4"),
        template(Template.BRB, background="background", key="5"),
        template(Template.ENDING, background="background", mic=mic_id, key="6"),
    ]
    return SceneSet.build(sources, scenes)


# -- editing: snapping -------------------------------------------------------------------------
def safe_guides(orientation: Orientation) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(x guides, y guides) in shares of the canvas an item's edges snap to while dragged:
    the canvas's edges and centre, the 16:9 title-safe margin (5 %, EBU R 95's graphics-safe
    area), and on 9:16 the phone apps' zones (theme.py's PhoneSafeArea defaults: top bar
    12 %, action rail 16 % of the width, comment area 30 % of the height, margin 4 %)."""
    if orientation is Orientation.LANDSCAPE:
        return (0.0, 0.05, 0.5, 0.95, 1.0), (0.0, 0.05, 0.5, 0.95, 1.0)
    return (0.0, 0.04, 0.5, 0.84, 0.96, 1.0), (0.0, 0.12, 0.5, 0.70, 1.0)


def snap(
    box: Box,
    guides: tuple[Sequence[float], Sequence[float]],
    tolerance: float = 0.015,
) -> Box:
    """`box` moved (not resized) so its nearest edge or centre lies on a guide, on each axis
    independently, when within `tolerance` (shares of the canvas); otherwise unchanged."""

    def axis(start: float, size: float, lines: Sequence[float]) -> float:
        best: tuple[float, float] | None = None
        for edge in (start, start + size / 2, start + size):
            for g in lines:
                d = g - edge
                if abs(d) <= tolerance and (best is None or abs(d) < abs(best[0])):
                    best = (d, g)
        return start + best[0] if best is not None else start

    return replace(box, x=axis(box.x, box.w, guides[0]), y=axis(box.y, box.h, guides[1]))


def resized(
    box: Box,
    right: float,
    guides: tuple[Sequence[float], Sequence[float]] | None = None,
    tolerance: float = 0.015,
    min_share: float = 0.05,
) -> Box:
    """`box` with its right edge moved to `right` (shares of the canvas), its height following
    so the box keeps its shape (a camera's box stays 16:9), its top-left corner fixed: the
    editor's corner drag. With `guides`, the right edge, else the bottom edge, snaps onto the
    nearest guide within `tolerance`. Never narrower or lower than `min_share`."""
    ratio = box.h / box.w if box.w > 0 else 1.0
    w = max(min_share, right - box.x)
    if guides is not None:
        xs, ys = guides
        near_x = [g - box.x for g in xs if abs(g - (box.x + w)) <= tolerance and g > box.x]
        bottom = box.y + w * ratio
        near_y = [g for g in ys if abs(g - bottom) <= tolerance and g > box.y]
        if near_x:
            w = min(near_x, key=lambda v: abs(v - w))
        elif near_y:
            w = (min(near_y, key=lambda g: abs(g - bottom)) - box.y) / ratio
    w = max(min_share, w)
    h = max(min_share, w * ratio)
    return replace(box, w=w, h=h)
