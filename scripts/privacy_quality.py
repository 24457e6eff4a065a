#!/usr/bin/env python3
"""Report the personal-data check's recall and false-alarm rate, per kind, on a judged set.

    .venv/bin/python scripts/privacy_quality.py [--cases FILE.py] [--json]

FILE.py defines FLAG = [(kind, expected code, text), …] and CLEAN = [(kind, text), …]; by default,
tests/privacy_cases.py (the red-team set). A set kept outside the repository is run the same way.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from kb.checks.privacy_quality import score

REPO = Path(__file__).resolve().parent.parent


def load_cases(path: Path) -> tuple[list, list]:
    spec = importlib.util.spec_from_file_location("privacy_cases_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.FLAG), list(module.CLEAN)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=REPO / "tests" / "privacy_cases.py")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    flag, clean = load_cases(args.cases)
    result = score(flag, clean)
    if args.json:
        print(json.dumps({"recall": round(result.recall, 4), "false_alarm_rate": round(result.false_alarm_rate, 4),
                          "kinds": {k: v.__dict__ for k, v in sorted(result.kinds.items())}},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{'genre':22} {'à trouver':>9} {'trouvés':>8} {'rappel':>7}   {'à laisser':>9} {'alertes':>8}")
    for kind, k in sorted(result.kinds.items()):
        recall = f"{k.caught / k.flagged:7.0%}" if k.flagged else "      —"
        print(f"{kind:22} {k.flagged:9} {k.caught:8} {recall}   {k.clean:9} {k.false_alarms:8}")
    for kind, k in sorted(result.kinds.items()):
        for text in k.misses:
            print(f"manqué [{kind}] : {text}")
        for text in k.alarms:
            print(f"fausse alerte [{kind}] : {text}")
    flagged = sum(k.flagged for k in result.kinds.values())
    clean = sum(k.clean for k in result.kinds.values())
    print(f"\n{flagged} cas à trouver, {clean} à laisser — rappel : {result.recall:.1%} — "
          f"fausses alertes : {result.false_alarm_rate:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
