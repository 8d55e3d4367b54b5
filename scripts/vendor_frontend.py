"""Vendor the web UI's front-end libraries into package data (src/dateline/web/static/vendor/).

Each package is pinned by version and by the sha512 integrity the npm registry published for its
tarball; the script downloads the tarball from the registry, refuses it when the digest differs,
and copies only the files the UI loads plus the package's licence. It writes `vendor.json` (name,
version, licence, tarball integrity, sha256 of every copied file) and `VENDORED.md`. Nothing is
loaded from a CDN at run time: the server serves these files.

    python scripts/vendor_frontend.py            # (re)vendor every package
    python scripts/vendor_frontend.py --check    # verify the committed files against vendor.json
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "dateline" / "web" / "static" / "vendor"
REGISTRY = "https://registry.npmjs.org"


@dataclass(frozen=True)
class Package:
    """A pinned npm package: which tarball, its digest, and the files the UI needs (tarball path → name)."""

    name: str
    version: str
    integrity: str
    licence: str
    files: dict[str, str]
    purpose: str

    @property
    def tarball(self) -> str:
        base = self.name.rsplit("/", 1)[-1]
        return f"{REGISTRY}/{self.name}/-/{base}-{self.version}.tgz"


PACKAGES: tuple[Package, ...] = (
    Package(
        "cytoscape",
        "3.35.0",
        "sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g==",
        "MIT",
        {"dist/cytoscape.min.js": "cytoscape.min.js", "LICENSE": "cytoscape.LICENSE"},
        "the actor network view",
    ),
    Package(
        "leaflet",
        "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "BSD-2-Clause",
        {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css", "LICENSE": "leaflet.LICENSE"},
        "the map view (no tile layer)",
    ),
    Package(
        "leaflet.markercluster",
        "1.5.3",
        "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "MIT",
        {
            "dist/leaflet.markercluster.js": "leaflet.markercluster.js",
            "dist/MarkerCluster.css": "MarkerCluster.css",
            "dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
            "MIT-LICENCE.txt": "leaflet.markercluster.LICENSE",
        },
        "clusters the map's event points when they are many",
    ),
    Package(
        "topojson-client",
        "3.1.0",
        "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        "ISC",
        {"dist/topojson-client.min.js": "topojson-client.min.js", "LICENSE": "topojson-client.LICENSE"},
        "turns the country outlines' TopoJSON into GeoJSON",
    ),
    Package(
        "world-atlas",
        "2.0.2",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        "ISC (Natural Earth data: public domain)",
        {"countries-110m.json": "countries-110m.json", "LICENSE": "world-atlas.LICENSE"},
        "Natural Earth 1:110m country outlines drawn under the map's points",
    ),
)


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(package: Package) -> bytes:
    """The package's tarball, checked against its pinned integrity."""
    with urllib.request.urlopen(package.tarball, timeout=60) as response:
        data: bytes = response.read()
    if integrity(data) != package.integrity:
        raise SystemExit(f"{package.name}@{package.version}: tarball integrity differs from the pin")
    return data


def extract(package: Package, data: bytes) -> dict[str, bytes]:
    """The files the UI needs from a tarball, by their vendored name."""
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for inner, name in package.files.items():
            member = tar.extractfile(f"package/{inner}")
            if member is None:
                raise SystemExit(f"{package.name}: {inner} is not a file in the tarball")
            out[name] = member.read()
    return out


def vendor() -> list[dict[str, object]]:
    VENDOR.mkdir(parents=True, exist_ok=True)
    manifest: list[dict[str, object]] = []
    for package in PACKAGES:
        files = extract(package, fetch(package))
        for name, content in files.items():
            (VENDOR / name).write_bytes(content)
        manifest.append(
            {
                "name": package.name,
                "version": package.version,
                "licence": package.licence,
                "tarball": package.tarball,
                "integrity": package.integrity,
                "purpose": package.purpose,
                "files": {name: sha256(content) for name, content in sorted(files.items())},
            }
        )
        print(f"{package.name}@{package.version}: {len(files)} file(s)")
    (VENDOR / "vendor.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (VENDOR / "VENDORED.md").write_text(markdown(manifest), encoding="utf-8")
    return manifest


def markdown(manifest: list[dict[str, object]]) -> str:
    lines = [
        "# Vendored front-end libraries",
        "",
        "Written by `scripts/vendor_frontend.py` from the npm registry; do not edit by hand.",
        "Each tarball is checked against its pinned sha512 integrity; `vendor.json` has each file's sha256.",
        "",
        "| package | version | licence | used for | files |",
        "|---|---|---|---|---|",
    ]
    for entry in manifest:
        files = entry["files"]
        assert isinstance(files, dict)
        names = ", ".join(f"`{name}`" for name in files)
        lines.append(
            f"| {entry['name']} | {entry['version']} | {entry['licence']} | {entry['purpose']} | {names} |"
        )
    return "\n".join(lines) + "\n"


def check() -> int:
    """Exit status 1 when a vendored file is missing or differs from the manifest."""
    manifest = json.loads((VENDOR / "vendor.json").read_text(encoding="utf-8"))
    bad = [
        name
        for entry in manifest
        for name, digest in entry["files"].items()
        if not (VENDOR / name).is_file() or sha256((VENDOR / name).read_bytes()) != digest
    ]
    for name in bad:
        print(f"differs or missing: {name}", file=sys.stderr)
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the vendored files against vendor.json")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check())
    vendor()


if __name__ == "__main__":
    main()
