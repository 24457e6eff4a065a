#!/usr/bin/env bash
# The test suite with ProperDocs instead of MkDocs, in a throw-away virtual environment.
#
#     bash scripts/swap_engine.sh [PYTEST ARGS…]        (default: the whole suite)
#
# Makes $SWAP_VENV (default /tmp/relier-properdocs) afresh: the project and its test tools, then
# MkDocs uninstalled and ProperDocs installed, with PyYAML and click pinned back to the project's
# versions. ProperDocs' package is `properdocs`; Material and our code import `mkdocs`: ProperDocs'
# own alias (`properdocs.replacement`, which serves every `mkdocs.*` import from `properdocs.*`) is
# loaded at every start of that environment's Python by a .pth file. Nothing of the project's .venv
# changes. The summary (versions, pytest's counts and failures) goes to $SWAP_VENV/summary.txt.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=${SWAP_VENV:-/tmp/relier-properdocs}
PROPERDOCS=properdocs==1.6.7
PINNED_BACK=$(cd "$REPO" && python3 -c '
import re, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print(" ".join(d for d in deps if re.match(r"(pyyaml|click)==", d, re.I)))')

rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet -e "$REPO[test]"
"$VENV/bin/pip" uninstall --yes --quiet mkdocs
"$VENV/bin/pip" install --quiet "$PROPERDOCS" $PINNED_BACK
SITE_PACKAGES=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "import properdocs.replacement" > "$SITE_PACKAGES/relier-properdocs.pth"

"$VENV/bin/python" - <<'PY'
import mkdocs, yaml, click
from importlib import metadata
assert mkdocs.__name__ == "properdocs", f"`import mkdocs` gives {mkdocs.__file__}, not ProperDocs"
try:
    metadata.version("mkdocs")
    raise SystemExit("MkDocs is still installed beside ProperDocs")
except metadata.PackageNotFoundError:
    pass
print("import mkdocs ->", mkdocs.__file__)
for name in ("properdocs", "mkdocs-material", "pyyaml", "click", "whoosh3"):
    print(f"{name}=={metadata.version(name)}")
PY

SUMMARY="$VENV/summary.txt"
{
  echo "ProperDocs trial, $(date -u '+%Y-%m-%d %H:%M UTC'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
  "$VENV/bin/python" -c 'from importlib import metadata as m; print(" ".join(f"{n}=={m.version(n)}" for n in ("properdocs", "mkdocs-material", "pyyaml", "click")))'
} > "$SUMMARY"
cd "$REPO"
status=0
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@" 2>&1 | tee "$VENV/pytest.log" || status=$?
grep -E '^(FAILED|ERROR) |^=+ .*(passed|failed|error).* =+$|^[0-9]+ (passed|failed)' "$VENV/pytest.log" >> "$SUMMARY" || true
echo "pytest exit status: $status" >> "$SUMMARY"
cat "$SUMMARY"
exit "$status"
