"""`kb import-issue`: a proposal sent with the issue form « Proposer une pratique » becomes a sheet.

GitHub (and Forgejo) write a form's answers into the issue's body as `### Label` sections, « _No
response_ » for an empty answer. The answers are matched to the form's fields through the form
itself (kb.issue_form), checked for personal data by the same detectors as `kb check`, and the
sheet they make is checked by `kb check` before it is kept. The outcome is a French message, in
Markdown, for the issue: the sheet written, or what is missing, or a refusal naming the data found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .checks import check_files
from .checks.privacy import find_personal_data, mask
from .checks.vocabulary import spellings
from .issue_form import issue_form
from .loader import PRACTICES_DIR
from .model import SECTIONS, TERM_FIELDS, TERM_LIST_FIELDS, Vocabulary
from .text import fold, slugify
from .vocabularies import load_vocabularies

NO_ANSWER = {"", "_no response_", "_pas de réponse_", "none"}
_HEADING = re.compile(r"^###[ \t]+(.+?)[ \t]*$", re.M)
_OPTION_ID = re.compile(r"\(([a-z0-9_]+)\)\s*$")
# the section whose words are people's: kept out of the sheet until their nature is confirmed
QUOTES_SECTION = "Paroles de praticiens"


@dataclass
class Outcome:
    """What became of a proposal: `path` when a sheet was written; otherwise `missing` (what to add)
    or `personal_data` (what to remove). `message` is the French answer for the issue."""

    path: Path | None = None
    missing: list[str] = field(default_factory=list)
    personal_data: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None


def parse_answers(body: str) -> dict[str, str]:
    """`### Label` -> answer, as GitHub writes an issue form's answers."""
    body = body.replace("\r\n", "\n")
    headings = list(_HEADING.finditer(body))
    answers = {}
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(body)
        text = body[heading.end():end].strip()
        answers[heading.group(1).strip()] = "" if text.casefold() in NO_ANSWER else text
    return answers


def _by_id(body: str, vocabularies: dict[str, Vocabulary]) -> tuple[dict[str, str], dict[str, dict]]:
    """The answers keyed by the form's field ids, and the form's fields by id."""
    fields = {item["id"]: item for item in issue_form(vocabularies)["body"] if "id" in item}
    by_label = {fold(item["attributes"]["label"]): item_id for item_id, item in fields.items()}
    answers = {}
    for label, text in parse_answers(body).items():
        item_id = by_label.get(fold(label))
        if item_id:
            answers[item_id] = text
    return answers, fields


def _choices(text: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """Dropdown answers (« Adolescents (adolescents), Familles (familles) ») or words: term ids,
    and what was not recognised."""
    table = {fold(spelling): term_id for spelling, term_id in spellings(vocabulary).items()}
    found, unknown = [], []
    for part in re.split(r",|;|\n", text):
        part = part.strip(" -*•\t.")
        if not part:
            continue
        option = _OPTION_ID.search(part)
        term_id = option.group(1) if option and option.group(1) in vocabulary.terms else table.get(fold(part))
        if term_id:
            if term_id not in found:
                found.append(term_id)
        else:
            unknown.append(part)
    return found, unknown


def _authors(text: str) -> list[dict[str, str]]:
    authors = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.strip(" -*•").split(",") if p.strip()]
        if parts:
            author = {"nom": parts[0]}
            if len(parts) > 1:
                author["role"] = parts[1]
            if len(parts) > 2:
                author["structure"] = ", ".join(parts[2:])
            authors.append(author)
    return authors


def _sources(text: str) -> list[dict[str, object]]:
    sources: list[dict[str, object]] = []
    for line in text.splitlines():
        line = line.strip(" -*•\t")
        if len(line) < 2:
            continue
        source: dict[str, object] = {"titre": line}
        years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", line)
        if years:
            source["annee"] = int(years[-1])
        url = re.search(r"https?://\S+", line)
        if url:
            source["url"] = url.group().rstrip(").,;")
        sources.append(source)
    return sources


def _personal_data(answers: dict[str, str], fields: dict[str, dict]) -> list[str]:
    found = []
    for item_id, text in answers.items():
        for finding in find_personal_data(text):
            label = fields[item_id]["attributes"]["label"]
            found.append(f"{finding.what} (« {_plain(mask(text[finding.start:finding.end]))} ») dans « {label} »")
    return found


def _sheet(answers: dict[str, str], vocabularies: dict[str, Vocabulary], today: dt.date,
           outcome: Outcome) -> tuple[dict[str, object], str]:
    front: dict[str, object] = {"id": slugify(answers.get("titre", "")), "titre": answers.get("titre", ""),
                                "resume": " ".join(answers.get("resume", "").split())}
    term_keys = {**TERM_LIST_FIELDS, **TERM_FIELDS}
    for key in ("type_fiche", "publics", "secteurs", "modes_intervention", "concepts", "themes", "valeurs",
                "niveau_preuve"):
        text = answers.get(key, "")
        vocabulary = vocabularies.get(term_keys[key])
        if not text or vocabulary is None:
            continue
        found, unknown = _choices(text, vocabulary)
        if unknown and key == "concepts":
            outcome.notes.append("Concepts non reconnus, à rapprocher du vocabulaire : "
                                 + ", ".join(_verbatim(u) for u in unknown))
        elif unknown:
            outcome.missing.append(f"{_verbatim(', '.join(unknown))} n'est pas un choix de la liste ({vocabulary.label})")
        if found:
            front[key] = found if key in TERM_LIST_FIELDS else found[0]
    front["statut"] = "brouillon"
    front["auteurs"] = _authors(answers.get("auteurs", ""))
    front["date_creation"] = today
    front["licence"] = "CC-BY-SA-4.0"
    if answers.get("sources"):
        front["sources"] = _sources(answers["sources"])
    if answers.get("relations"):
        outcome.notes.append("Pratiques proches citées, à relier par l'équipe (relations: type et fiche cible) : "
                             + _verbatim(answers["relations"]))
    body = []
    for title, _ in SECTIONS:
        text = answers.get("section-" + slugify(title), "")
        if title == QUOTES_SECTION and text:
            outcome.notes.append("« Paroles de praticiens » n'est pas reprise : l'équipe demandera s'il s'agit de "
                                 "citations réelles (avec l'accord des personnes) ou de propos reconstitués, "
                                 "puis l'ajoutera avec l'en-tête « paroles: » qui le dit.")
            continue
        if text:
            body.append(f"## {title}\n\n{text.strip()}\n")
    return front, "\n".join(body)


def import_issue(root: Path, body: str, today: dt.date | None = None) -> Outcome:
    vocabularies, _ = load_vocabularies(root)
    answers, fields = _by_id(body, vocabularies)
    outcome = Outcome()
    if not answers:
        outcome.missing.append("aucune réponse du formulaire « Proposer une pratique » n'a été trouvée "
                               "(titres « ### … » attendus)")
        outcome.message = _message(outcome)
        return outcome
    outcome.personal_data = _personal_data(answers, fields)
    if outcome.personal_data:
        outcome.message = _message(outcome)
        return outcome
    for item_id, item in fields.items():
        if item.get("validations", {}).get("required") and item["type"] != "checkboxes" and not answers.get(item_id):
            outcome.missing.append(f"« {item['attributes']['label']} » est vide")
    front, text = _sheet(answers, vocabularies, today or dt.date.today(), outcome)
    if "concepts" not in front:
        outcome.missing.append("« Concepts mobilisés » : aucun concept du vocabulaire reconnu (par exemple "
                               "« alliance de travail », « pouvoir d'agir ») ; la liste est sur la page « Contribuer »")
    sheet_id = str(front["id"])
    path = root / PRACTICES_DIR / f"{sheet_id}.md"
    if sheet_id and path.exists():
        outcome.missing.append(f"une fiche « {sheet_id} » existe déjà : choisissez un autre titre")
    if outcome.missing or not sheet_id:
        outcome.message = _message(outcome)
        return outcome
    source = ("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=100) + "---\n\n"
              "<!-- Fiche tirée d'une proposition faite par le formulaire « Proposer une pratique ». -->\n\n" + text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    _, diagnostics = check_files(root, [path])
    errors = [d for d in diagnostics if d.is_error]
    if errors:
        path.unlink()
        outcome.missing.extend(_plain(d.message) for d in errors)
    else:
        outcome.path = path
        outcome.notes.extend(_plain(d.message) for d in diagnostics)
    outcome.message = _message(outcome, path.relative_to(root).as_posix())
    return outcome


def _verbatim(text: str) -> str:
    """What someone wrote in the issue, quoted in the bot's Markdown reply as code: never an image,
    a link, a mention or formatting there (red team, 2026-12-07: « Fiche validée », a link and an image
    went into the reply as they were written)."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#+!|@~&:])")


def _plain(text: str) -> str:
    """A check's message, which quotes what was written (« contenu refusé : du code HTML (« <img src=…> ») »),
    as plain text in the bot's Markdown reply: each character Markdown or HTML would act on escaped
    (fuzzing, 2026-12-08: an image and a link went into the reply through kb check's quotation)."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _message(outcome: Outcome, rel: str = "") -> str:
    if outcome.personal_data:
        lines = ["**Proposition refusée : elle contient des données personnelles.** Une fiche est publique ; "
                 "le secret professionnel (CASF L411-3) et le RGPD interdisent d'y écrire ce qui permet de "
                 "reconnaître une personne. Modifiez l'issue pour retirer :", ""]
        lines += [f"- {item}" for item in outcome.personal_data]
        lines += ["", "Puis décrivez la situation en termes généraux ; la proposition sera relue à nouveau."]
        return "\n".join(lines) + "\n"
    if outcome.missing:
        lines = ["**Il manque des éléments pour faire une fiche de cette proposition.** Modifiez l'issue pour "
                 "compléter :", ""]
        lines += [f"- {item}" for item in outcome.missing]
    else:
        lines = [f"**Fiche préparée : `{rel}`.** Elle passe `kb check` ; une personne de l'équipe la relira "
                 "avec vous avant publication (statut « brouillon »)."]
    if outcome.notes:
        lines += ["", "À reprendre par l'équipe :", ""] + [f"- {note}" for note in outcome.notes]
    return "\n".join(lines) + "\n"
