"""Which forge the web editor writes to, from mkdocs.yml's `extra.relier.editeur`:

    extra:
      relier:
        editeur:
          forge: github            # github, forgejo or gitea
          depot: association/relier
          branche: main
          contribution_ouverte: true   # GitHub: outsiders propose through a fork (open authoring)
          url: https://forge.example.org  # Forgejo/Gitea: the forge's address
          app_id: "…"                  # Forgejo/Gitea: the OAuth application's client id

Decap CMS's own backends do the work: `github` (with open authoring) and `gitea` (which Forgejo
speaks too; Decap offers no open authoring there: contributors need an account with write access
to a branch, and every change still lands as a pull request through the editorial workflow).
"""

from __future__ import annotations

from typing import Any

from ..errors import KbError

FORGES = ("github", "forgejo", "gitea")


def editor_settings(relier: dict[str, Any]) -> dict[str, Any]:
    settings = relier.get("editeur") or {}
    if not isinstance(settings, dict):
        raise KbError("mkdocs.yml : extra.relier.editeur doit être une liste de réglages « clé: valeur » "
                      "(forge, depot, branche…)")
    return settings


def backend_config(relier: dict[str, Any]) -> dict[str, Any]:
    """The `backend` (and `publish_mode`) part of the editor's configuration. Without settings, a
    placeholder GitHub backend: the published editor then says it is not configured."""
    settings = editor_settings(relier)
    forge = str(settings.get("forge") or "github").lower()
    if forge not in FORGES:
        raise KbError(f"mkdocs.yml : extra.relier.editeur.forge vaut « {forge} » : choisissez github, "
                      "forgejo ou gitea")
    repo = str(settings.get("depot") or "")
    branch = str(settings.get("branche") or "main")
    backend: dict[str, Any] = {"name": "github" if forge == "github" else "gitea", "repo": repo or "a-configurer/relier",
                               "branch": branch, "squash_merges": True}
    if forge == "github":
        if settings.get("contribution_ouverte", True):
            backend["open_authoring"] = True
        if settings.get("url_auth"):
            backend["base_url"] = str(settings["url_auth"])
    else:
        url = str(settings.get("url") or "").rstrip("/")
        if not url:
            raise KbError("mkdocs.yml : extra.relier.editeur.url est nécessaire pour une forge Forgejo ou Gitea "
                          "(par exemple https://forge.example.org)")
        backend.update({"base_url": url, "api_root": url + "/api/v1"})
        if settings.get("app_id"):
            backend["app_id"] = str(settings["app_id"])
    # every proposal becomes a branch and a pull request, never a commit on main
    return {"backend": backend, "publish_mode": "editorial_workflow"}
