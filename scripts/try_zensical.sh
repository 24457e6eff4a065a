#!/usr/bin/env bash
# Zensical on the tree `kb build` generates, beside MkDocs on the same tree, in a throw-away
# virtual environment (README, « Dependencies and engines »).
#
#     bash scripts/try_zensical.sh            (after `make site`, or it runs .venv/bin/kb build)
#
# Makes $ZENSICAL_VENV (default /tmp/relier-zensical) with the latest zensical; builds build/docs
# with it and with the project's MkDocs, cold, one after the other, into build/engine-trial/
# (Zensical writes only inside the project); prints their times and which of our theme overrides
# show in each one's pages. Nothing of the project's site/ or .venv changes.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=${ZENSICAL_VENV:-/tmp/relier-zensical}
cd "$REPO"
[ -d build/docs ] && [ -d build/theme ] || .venv/bin/kb build

rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet zensical
"$VENV/bin/zensical" --version

# the project's configuration, writing elsewhere (a configuration's paths are relative to its folder)
CONFIG="$REPO/.zensical-trial.yml"
trap 'rm -f "$CONFIG"' EXIT
timed() {  # label, site folder, command…
  local label=$1 site=$2; shift 2
  sed "s|^site_dir: .*|site_dir: $site|" mkdocs.yml > "$CONFIG"
  rm -rf "$site"
  local start ms
  start=$(date +%s%N)
  "$@" -f "$CONFIG" > "$VENV/$label.log" 2>&1
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%s: %d.%03d s (load %s)\n' "$label" $((ms / 1000)) $((ms % 1000)) "$(cut -d' ' -f1 /proc/loadavg)"
}
SITES="$REPO/build/engine-trial"
timed mkdocs "$SITES/mkdocs" .venv/bin/mkdocs build -q
timed zensical "$SITES/zensical" "$VENV/bin/zensical" build -c
tail -2 "$VENV/zensical.log"

.venv/bin/python - "$SITES/mkdocs" "$SITES/zensical" <<'PY'
"""Per site: the pages, and how many carry each mark of our theme overrides."""
import sys
from pathlib import Path

MARKS = {"sanitiser marks (partials/content.html)": "<!--relier:contenu-->",
         "header search (partials/header.html)": 'class="relier-search"', "relier.css": "relier/relier.css"}
for site in map(Path, sys.argv[1:]):
    pages = [p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))]
    counts = {name: sum(mark in page for page in pages) for name, mark in MARKS.items()}
    home = (site / "index.html").read_text(encoding="utf-8")
    counts["home search form (main.html)"] = 'class="relier-home-search"' in home
    print(f"{site.name}: {len(pages)} pages, " + ", ".join(f"{name} {count}" for name, count in counts.items()))
PY
