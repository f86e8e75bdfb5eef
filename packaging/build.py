"""Build the packaged Studio app and its installers, and say how big they are.

    python packaging/build.py                 # one-folder app + this OS's installers
    python packaging/build.py --onefile       # one executable, dist/onefile/studio (no installers)
    python packaging/build.py --smoke         # then run packaging/smoke_test.py on the result

Outputs in dist/ (PyInstaller's work files in build/pyinstaller/):
- every OS: dist/studio/ (macOS: dist/Studio.app), and dist/build-report.json with sizes/times;
- Linux: studio_<version>_<arch>.deb (/opt/studio, /usr/bin/studio, desktop entry, icons) and
  studio-<version>-linux-<arch>.tar.gz;
- Windows: studio-<version>-windows-<arch>.zip;  macOS: Studio-<version>-macos-<arch>.zip
  (ditto, keeps the bundle's links and signature) and .dmg.

Linux builds are checked before packing: every library a bundled binary links to must be in
the bundle or in the small set every desktop Linux has (the .deb depends on exactly those).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from buildinfo import check_version  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP = "studio"
ICONS = ROOT / "assets" / "icons"

# Libraries the Linux bundle leaves to the system, with the Debian/Ubuntu package providing
# each: glibc and the C++ runtime (always newer on the target than on the build host), and
# OpenGL/EGL/XCB, which must match the machine's graphics driver and X server.
SYSTEM_LIBS = {
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
}

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Studio
GenericName=Live-commerce studio
Comment=Stream a shoppable live show with product cards, flash sales and live orders
Exec=studio
Icon=studio
Terminal=false
Categories=AudioVideo;Video;
Keywords=live;stream;shopping;broadcast;rtmp;
StartupWMClass=Studio
"""


@dataclass
class Report:
    version: str
    platform: str
    onefile: bool
    seconds: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    artefacts: list[str] = field(default_factory=list)
    largest: list[tuple[str, int]] = field(default_factory=list)
    system_libraries: list[str] = field(default_factory=list)

    def timed(self, step: str, started: float) -> None:
        self.seconds[step] = round(time.monotonic() - started, 1)


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def tree_size(path: Path) -> int:
    """Bytes on disk of a folder's files, links counted once (not followed)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for base, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(base, name)).st_size
    return total


def largest_parts(folder: Path, count: int = 12) -> list[tuple[str, int]]:
    """The biggest top-level items inside the bundle, for deciding what to trim next."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    parts = [(p.name, tree_size(p)) for p in inner.iterdir() if not p.is_symlink()]
    return sorted(parts, key=lambda item: item[1], reverse=True)[:count]


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}.get(machine, machine)


def run_pyinstaller(onefile: bool, clean: bool) -> None:
    env = dict(os.environ)
    env["STUDIO_ONEFILE"] = "1" if onefile else "0"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(HERE / "studio.spec"),
        "--distpath",
        str(DIST / "onefile" if onefile else DIST),  # dist/studio is the folder build
        "--workpath",
        str(WORK),
        "--noconfirm",
        "--log-level",
        "WARN",
    ]
    if clean:
        cmd.append("--clean")
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


# --- Linux ------------------------------------------------------------------------------------


def _elf_needed(path: Path) -> list[str]:
    with path.open("rb") as fh:
        if fh.read(4) != b"\x7fELF":
            return []
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def check_linux_libraries(folder: Path) -> list[str]:
    """Fail when a bundled binary links to a library neither bundled nor in SYSTEM_LIBS.

    Such a build runs on the build machine (which has the library) and nowhere else.
    Returns the system packages the bundle relies on.
    """
    provided: set[str] = set()
    needed: dict[str, str] = {}
    for base, _dirs, files in os.walk(folder):
        for name in files:
            provided.add(name)
            path = Path(base, name)
            if path.is_symlink():
                continue
            for lib in _elf_needed(path):
                needed.setdefault(lib, str(path.relative_to(folder)))
    missing = {lib: by for lib, by in needed.items() if lib not in provided | set(SYSTEM_LIBS)}
    if missing:
        lines = "\n".join(f"  {lib} (needed by {by})" for lib, by in sorted(missing.items()))
        raise SystemExit(f"the bundle links to libraries it does not contain:\n{lines}")
    return sorted({SYSTEM_LIBS[lib] for lib in needed if lib in SYSTEM_LIBS})


def glibc_version() -> str:
    name, version = platform.libc_ver()
    return version if name == "glibc" and version else "2.31"


def deb_arch() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "arm64": "arm64"}.get(arch(), arch())


def build_deb(folder: Path, version: str, packages: list[str], compression: str = "xz") -> Path:
    """A .deb: the app in /opt/studio, `studio` on the PATH, menu entry and icons.

    No maintainer scripts: dpkg's file triggers refresh the menu and icon caches.
    """
    debarch = deb_arch()
    stage = ROOT / "build" / "deb" / f"{APP}_{version}_{debarch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / APP
    shutil.copytree(folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{APP}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for png in sorted(ICONS.glob(f"{APP}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / f"{APP}.svg", scalable / f"{APP}.svg")
    doc = stage / "usr" / "share" / "doc" / APP
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Studio: proprietary.\n"
        f"Bundled fonts: SIL Open Font License, see /opt/{APP}/_internal/assets/fonts/.\n"
        "Bundled Qt, FFmpeg and Python libraries: see their licences in the bundle.\n",
        encoding="utf-8",
    )
    depends = [f"libc6 (>= {glibc_version()})", *(p for p in packages if p != "libc6")]
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {APP}\n"
        f"Version: {version}\n"
        f"Architecture: {debarch}\n"
        "Maintainer: Studio support <support@studio.invalid>\n"
        f"Installed-Size: {tree_size(stage) // 1024}\n"
        f"Depends: {', '.join(depends)}\n"
        "Recommends: gnome-keyring | kwalletmanager\n"
        "Suggests: nginx, libnginx-mod-rtmp\n"
        "Section: video\n"
        "Priority: optional\n"
        "Description: Live-commerce streaming studio\n"
        " Broadcast a themed live show with camera, microphone, shoppable product\n"
        " cards, flash-sale countdowns and order alerts to a shopping platform.\n",
        encoding="utf-8",
    )
    os.chmod(stage / "DEBIAN", 0o755)
    out = DIST / f"{APP}_{version}_{debarch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return out


def build_tarball(folder: Path, version: str) -> Path:
    """The same app for any distribution: unpack anywhere and run studio-<version>/studio."""
    out = DIST / f"{APP}-{version}-linux-{arch()}.tar.gz"
    top = f"{APP}-{version}"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top)
        for name, data in (
            (f"{top}/share/applications/{APP}.desktop", DESKTOP_ENTRY.encode()),
            (f"{top}/share/icons/{APP}.svg", (ICONS / f"{APP}.svg").read_bytes()),
        ):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, int(time.time())
            tar.addfile(info, io.BytesIO(data))
    return out


# --- Windows and macOS ------------------------------------------------------------------------


def build_zip(folder: Path, version: str, label: str) -> Path:
    out = DIST / f"{label}-{version}-{'windows' if os.name == 'nt' else 'macos'}-{arch()}"
    if sys.platform == "darwin":
        # ditto keeps the bundle's symlinks and code signature; zipfile would not.
        zipped = out.with_suffix(".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(zipped)], check=True)
        return zipped
    return Path(shutil.make_archive(str(out), "zip", folder.parent, folder.name))


def build_dmg(app: Path, version: str) -> Path:
    out = DIST / f"Studio-{version}-macos-{arch()}.dmg"
    out.unlink(missing_ok=True)
    cmd = ["hdiutil", "create", "-volname", "Studio", "-srcfolder", str(app), "-ov"]
    subprocess.run([*cmd, "-format", "UDZO", str(out)], check=True)
    return out


# --- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one executable, no installers")
    parser.add_argument("--no-installers", action="store_true", help="only the app folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the result")
    parser.add_argument(
        "--deb-compression",
        choices=("xz", "gzip", "zstd"),
        default="xz",
        help="xz: smallest download (default); zstd: builds in seconds, ~35%% bigger, needs "
        "dpkg >= 1.21.18 (Debian 12, Ubuntu 22.04) to install",
    )
    args = parser.parse_args(argv)

    version = check_version(ROOT)
    report = Report(version=version, platform=f"{sys.platform}-{arch()}", onefile=args.onefile)

    started = time.monotonic()
    run_pyinstaller(args.onefile, args.clean)
    report.timed("pyinstaller", started)

    exe = APP + (".exe" if os.name == "nt" else "")
    if args.onefile:
        app = DIST / "onefile" / exe
        binary = app
    elif sys.platform == "darwin":
        app = DIST / "Studio.app"
        binary = app / "Contents" / "MacOS" / APP
    else:
        app = DIST / APP
        binary = app / exe
    report.sizes["app"] = tree_size(app)
    report.artefacts.append(str(app.relative_to(ROOT)))
    if not args.onefile:
        report.largest = largest_parts(DIST / APP)

    if sys.platform.startswith("linux") and not args.onefile:
        started = time.monotonic()
        report.system_libraries = check_linux_libraries(app)
        report.timed("library check", started)

    if not (args.onefile or args.no_installers):
        made: list[Path] = []
        if sys.platform.startswith("linux"):
            started = time.monotonic()
            made.append(build_tarball(app, version))
            report.timed("tar.gz", started)
            if shutil.which("dpkg-deb"):
                started = time.monotonic()
                made.append(build_deb(app, version, report.system_libraries, args.deb_compression))
                report.timed("deb", started)
            else:
                print("build: dpkg-deb not found, no .deb", file=sys.stderr)
        elif sys.platform == "darwin":
            started = time.monotonic()
            made.append(build_zip(app, version, "Studio"))
            made.append(build_dmg(app, version))
            report.timed("zip+dmg", started)
        elif os.name == "nt":
            started = time.monotonic()
            made.append(build_zip(app, version, APP))
            report.timed("zip", started)
        for path in made:
            report.sizes[path.name] = path.stat().st_size
            report.artefacts.append(str(path.relative_to(ROOT)))

    report_file = DIST / ("build-report-onefile.json" if args.onefile else "build-report.json")
    report_file.write_text(json.dumps(report.__dict__, indent=2) + "\n")
    print(f"\nStudio {version} ({report.platform}{', one file' if args.onefile else ''})")
    for name, size in report.sizes.items():
        print(f"  {name:<40} {mib(size):>12}")
    if report.largest:
        print("  largest parts: " + ", ".join(f"{n} {mib(s)}" for n, s in report.largest[:8]))
    print("  time: " + ", ".join(f"{k} {v:.0f} s" for k, v in report.seconds.items()))

    if args.smoke:
        return subprocess.run(
            [sys.executable, str(HERE / "smoke_test.py"), "--binary", str(binary)], check=False
        ).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
