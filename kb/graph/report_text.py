"""The systemic report as readable French text."""

from __future__ import annotations

from typing import Any


def report_as_text(report: dict[str, Any], top: int = 10) -> str:
    out: list[str] = ["Analyse systémique de la base Relier", ""]
    out.append("Concepts clés de voûte (intermédiarité dans le réseau des concepts co-mobilisés)")
    for item in report["keystones"][:top]:
        out.append(f"  {item['label']} — {item['fiches']} fiche(s), centralité {item['centralite']:.3f}")
    out += ["", f"Familles de pratiques ({len(report['clusters'])})"]
    names = {cluster["id"]: cluster["nom"] for cluster in report["clusters"]}
    for cluster in report["clusters"]:
        out.append(f"  {cluster['nom']} ({cluster['description']}) — {len(cluster['fiches'])} fiche(s) : "
                   + ", ".join(cluster["fiches"][:8]) + (" …" if len(cluster["fiches"]) > 8 else ""))
    out += ["", "Passerelles entre familles"]
    for bridge in report["bridges"][:top]:
        kind = "fiche" if bridge["kind"] == "fiche" else "concept"
        out.append(f"  {bridge['label']} ({kind}) — relie les familles "
                   + ", ".join(names.get(c, c) for c in bridge["clusters"]) + f" (participation {bridge['participation']:.2f})")
    out += ["", f"Fiches orphelines, sans relation à une autre fiche ({len(report['orphans'])})"]
    out += [f"  {o['label']} ({o['id']})" for o in report["orphans"]] or ["  aucune"]
    out += ["", f"Tensions dialogiques ({len(report['tensions'])})"]
    for tension in report["tensions"]:
        note = f" : {tension['note']}" if tension["note"] else ""
        out.append(f"  {tension['label_a']} ↔ {tension['label_b']}{note}")
    coverage = report["coverage"]
    cells = len(coverage["publics"]) * len(coverage["themes"])
    out += ["", f"Angles morts : {len(coverage['gaps'])} croisements public × thème sans fiche, sur {cells}"]
    by_public: dict[str, list[str]] = {}
    for gap in coverage["gaps"]:
        by_public.setdefault(gap["label_public"], []).append(gap["label_theme"])
    for public, themes in by_public.items():
        out.append(f"  {public} ({len(themes)}) : " + ", ".join(themes))
    out += ["", f"Boucles de rétroaction ({len(report['loops'])})"]
    for loop in report["loops"]:
        out.append("  " + " → ".join(loop["labels"]) + f" → (retour) : boucle {loop['polarite']}")
    if not report["loops"]:
        out.append("  aucune")
    return "\n".join(out) + "\n"
