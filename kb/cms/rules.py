"""The rules of `kb check` that can run in the editor, as data for the browser (regles.js): taken
from the Python checks themselves, so that the two cannot drift. The browser only warns; the pull
request still runs the full `kb check`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..checks import privacy, sections
from ..diagnostics import CODES
from ..model import SECTIONS, TERM_FIELDS, TERM_LIST_FIELDS, Vocabulary
from ..parsing import MAX_FILE_BYTES
from .labels import FIELD_LABELS

# Python regex syntax that JavaScript (with the « u » flag) reads the same way
_PRIVACY = {
    "donnee-telephone": (privacy._PHONE, "un numéro de téléphone"),
    "donnee-courriel": (privacy._EMAIL, "une adresse électronique"),
    "donnee-nir": (privacy._NIR, "un numéro de sécurité sociale (NIR)"),
    "donnee-nom": (privacy._CIVILITY, "une civilité suivie d'un nom"),
}


def browser_rules(schema: dict[str, Any], vocabularies: dict[str, Vocabulary]) -> dict[str, Any]:
    properties = schema.get("properties", {})
    sizes = {key: {k: node[k] for k in ("minLength", "maxLength") if k in node}
             for key, node in properties.items() if node.get("type") == "string"}
    terms = {key: sorted(vocabularies[name].terms) for key, name in {**TERM_LIST_FIELDS, **TERM_FIELDS}.items()
             if name in vocabularies}
    return {
        "requis": list(schema.get("required", ())),
        "tailles": {key: size for key, size in sizes.items() if size},
        "termes": terms,
        "libelles": {key: {term_id: term.label for term_id, term in vocabularies[name].terms.items()}
                     for key, name in {**TERM_LIST_FIELDS, **TERM_FIELDS}.items() if name in vocabularies},
        "champs": {key: FIELD_LABELS.get(key, key) for key in properties},
        "sections": [{"titre": title, "requise": required} for title, required in SECTIONS],
        "a_completer": sections.PLACEHOLDER.pattern,
        "taille_max_fichier": MAX_FILE_BYTES,
        "donnees": [{"code": code, "motif": pattern.pattern, "quoi": what, "explication": CODES[code]}
                    for code, (pattern, what) in _PRIVACY.items()],
        "pas_des_noms": sorted(privacy._NOT_SURNAMES),
        "marqueur": "relier-autoriser",
    }


def rules_script(schema_path: Path, vocabularies: dict[str, Vocabulary]) -> str:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    data = json.dumps(browser_rules(schema, vocabularies), ensure_ascii=False, sort_keys=True)
    return ("// Généré par kb (kb/cms/rules.py) depuis les vérifications de kb check : ne pas modifier.\n"
            f"window.RELIER_REGLES = {data};\n")
