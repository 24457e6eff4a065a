"""The web editor's configuration is generated from the schemas and vocabularies, and the
committed copy is current: every key of both schemas, at every depth, is a field."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from support import REPO
from kb.checks import privacy
from kb.cms.admin import CONFIG_PATH, render_config
from kb.cms.backends import backend_config
from kb.cms.config import MODULE_SCHEMA, PRACTICE_SCHEMA
from kb.errors import KbError
from kb.model import SECTIONS, TERM_FIELDS, TERM_LIST_FIELDS
from kb.vocabularies import load_vocabularies


def _config() -> dict[str, Any]:
    return yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))


def _collection(name: str) -> dict[str, Any]:
    return next(c for c in _config()["collections"] if c["name"] == name)


def _schema_keys(node: dict[str, Any], defs: dict[str, Any], prefix: str = "", optional: bool = False) -> dict[str, bool]:
    """Every property path of a schema, recursively, with whether the editor must demand it: a key
    the schema requires, unless it lies in an object that may be left out as a whole (`optional`)."""
    if "$ref" in node:
        node = {**defs[node["$ref"].rsplit("/", 1)[-1]], **node}
    found: dict[str, bool] = {}
    required = set(node.get("required", ()))
    for key, child in node.get("properties", {}).items():
        path = prefix + key
        found[path] = key in required and not optional
        if "$ref" in child:
            child = {**defs[child["$ref"].rsplit("/", 1)[-1]], **child}
        found.update(_schema_keys(child, defs, path + ".", optional or (child.get("type") == "object"
                                                                         and key not in required)))
        if child.get("type") == "array":
            found.update(_schema_keys(child.get("items", {}), defs, path + "."))
    return found


def _config_keys(fields: list[dict[str, Any]], prefix: str = "") -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for field in fields:
        path = prefix + field["name"]
        found[path] = field
        found.update(_config_keys(field.get("fields", []), path + "."))
    return found


def test_the_committed_configuration_is_current() -> None:
    assert CONFIG_PATH.read_text(encoding="utf-8") == render_config(REPO), \
        "régénérez la configuration de l'éditeur : python -m kb.cms > kb/cms/admin/config.yml"


@pytest.mark.parametrize(("schema_path", "collection"), [(PRACTICE_SCHEMA, "fiches"), (MODULE_SCHEMA, "modules")])
def test_every_key_of_the_schema_is_a_field_with_its_required_flag(schema_path, collection) -> None:
    schema = json.loads((REPO / schema_path).read_text(encoding="utf-8"))
    expected = _schema_keys(schema, schema.get("$defs", {}))
    fields = _config_keys(_collection(collection)["fields"])
    assert len(expected) > 30
    missing = sorted(set(expected) - set(fields))
    assert not missing, f"clés du schéma absentes de l'éditeur : {missing}"
    extra = sorted(set(fields) - set(expected) - {"body"})
    assert not extra, f"champs de l'éditeur absents du schéma : {extra}"
    wrong = sorted(k for k, required in expected.items() if fields[k]["required"] is not required)
    assert not wrong, f"« obligatoire » faux pour : {wrong}"


def test_every_vocabulary_field_is_a_select_of_its_french_labels() -> None:
    vocabularies, _ = load_vocabularies(REPO)
    fields = _config_keys(_collection("fiches")["fields"])
    for key, name in {**TERM_LIST_FIELDS, **TERM_FIELDS}.items():
        field = fields[key]
        assert field["widget"] == "select", key
        assert field.get("multiple", False) is (key in TERM_LIST_FIELDS), key
        assert field["options"] == [{"label": t.label, "value": t.id} for t in vocabularies[name].terms.values()]
    assert [o["value"] for o in fields["relations.type"]["options"]] == list(vocabularies["relations"].terms)
    module = _config_keys(_collection("modules")["fields"])
    assert module["competences_visees"]["widget"] == "select"
    assert [o["value"] for o in module["sequences.categorie"]["options"]] == list(vocabularies["categories_sequence"].terms)


def test_relations_and_module_sheets_are_chosen_among_existing_sheets() -> None:
    fields = _config_keys(_collection("fiches")["fields"])
    target = fields["relations.cible"]
    assert (target["widget"], target["collection"], target["value_field"]) == ("relation", "fiches", "id")
    module = _config_keys(_collection("modules")["fields"])
    assert module["sequences.fiches"]["widget"] == "relation" and module["sequences.fiches"]["multiple"] is True


def test_the_body_starts_from_the_template_sections_and_refuses_exception_markers() -> None:
    body = _config_keys(_collection("fiches")["fields"])["body"]
    headings = re.findall(r"^## (.+)$", body["default"], flags=re.M)
    assert headings == [title for title, _ in SECTIONS]
    marker = re.compile(body["pattern"][0])
    assert marker.match("## Contexte\n\nUn texte.")
    assert not marker.match("Un texte <!-- relier-autoriser: donnee-nom — autrice -->")
    for path, field in _config_keys(_collection("fiches")["fields"]).items():
        if field["widget"] in ("string", "text"):
            assert not re.match(field["pattern"][0], "x" * 5 + " relier-autoriser: donnee-nom — x"), path


def test_backends_follow_the_settings() -> None:
    github = backend_config({"editeur": {"forge": "github", "depot": "asso/relier"}})
    assert github["backend"]["name"] == "github" and github["backend"]["open_authoring"] is True
    assert github["publish_mode"] == "editorial_workflow"
    forgejo = backend_config({"editeur": {"forge": "forgejo", "depot": "asso/relier", "url": "https://forge.example.org/",
                                          "app_id": "abc"}})["backend"]
    assert forgejo == {"name": "gitea", "repo": "asso/relier", "branch": "main", "squash_merges": True,
                       "base_url": "https://forge.example.org", "api_root": "https://forge.example.org/api/v1",
                       "app_id": "abc"}
    with pytest.raises(KbError, match="editeur.url"):
        backend_config({"editeur": {"forge": "gitea", "depot": "asso/relier"}})
    with pytest.raises(KbError, match="github, forgejo ou gitea"):
        backend_config({"editeur": {"forge": "gitlab"}})


def test_the_browser_rules_come_from_the_python_checks() -> None:
    from kb.cms.rules import browser_rules

    schema = json.loads((REPO / PRACTICE_SCHEMA).read_text(encoding="utf-8"))
    vocabularies, _ = load_vocabularies(REPO)
    rules = browser_rules(schema, vocabularies)
    assert rules["requis"] == schema["required"]
    assert rules["termes"]["publics"] == sorted(vocabularies["publics"].terms)
    assert {r["code"]: r["motif"] for r in rules["donnees"]}["donnee-telephone"] == privacy._PHONE.pattern
    assert rules["tailles"]["resume"] == {"minLength": 20, "maxLength": 400}
