"""One diagnostic model for every problem found in the content."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "erreur"
    WARNING = "avertissement"


# Every diagnostic code, with the one-line French explanation shown in the contributor guide.
CODES: dict[str, str] = {
    "fichier-vide": "Le fichier est vide.",
    "encodage": "Le fichier n'est pas encodé en UTF-8.",
    "taille": "Le fichier ou son en-tête dépasse la taille autorisée.",
    "lien-symbolique": "Le fichier (ou le dossier) est un lien symbolique : il pourrait désigner un fichier "
                       "hors du dépôt ; placez le fichier lui-même.",
    "page-manuelle": "Un fichier du dossier docs/ ne peut pas être publié tel quel (lien, type de fichier, "
                     "dossier réservé ou clé d'en-tête).",
    "fichier-illisible": "Le fichier ne peut pas être lu (droits d'accès, dossier, fichier spécial).",
    "entete-absente": "Le fichier ne commence pas par un en-tête YAML entre deux lignes « --- ».",
    "entete-non-terminee": "L'en-tête YAML n'est pas refermé par une ligne « --- ».",
    "yaml": "L'en-tête n'est pas du YAML valide.",
    "yaml-alias": "L'en-tête utilise des ancres ou des alias YAML (& et *), refusés.",
    "yaml-profondeur": "L'en-tête imbrique trop de listes ou de groupes les uns dans les autres.",
    "entete-type": "L'en-tête n'est pas une suite de clés « clé: valeur ».",
    "cle-double": "Une clé apparaît deux fois dans l'en-tête.",
    "cle-manquante": "Une clé obligatoire manque.",
    "cle-inconnue": "Une clé n'existe pas dans le modèle de fiche.",
    "type": "Une valeur n'a pas le bon type (texte, liste, nombre…).",
    "valeur": "Une valeur ne respecte pas le format attendu.",
    "date": "Une date est invalide ou n'est pas au format AAAA-MM-JJ.",
    "vocabulaire": "Un terme n'appartient pas au vocabulaire contrôlé.",
    "id-fichier": "L'identifiant ne correspond pas au nom du fichier.",
    "id-double": "Deux fiches ont le même identifiant.",
    "titre-double": "Deux fiches ont le même titre : un lecteur ne saurait pas laquelle il lit.",
    "relation-type": "Le type de relation est inconnu.",
    "relation-cible": "La relation pointe vers une fiche qui n'existe pas.",
    "relation-soi": "Une fiche est reliée à elle-même.",
    "relation-double": "La même relation est déclarée deux fois.",
    "tension-note": "Une relation de tension n'explique pas la tension dans sa note.",
    "section-manquante": "Une section obligatoire du corps de la fiche manque.",
    "section-vide": "Une section obligatoire est vide.",
    "section-ordre": "Les sections ne sont pas dans l'ordre attendu.",
    "section-inconnue": "Une section de niveau « ## » n'est pas prévue par le modèle.",
    "a-completer": "Un texte « À compléter » du modèle est resté en place.",
    "sans-source": "La fiche ne cite aucune source.",
    "paroles-nature": "La section « Paroles de praticiens » ne déclare pas si ce sont des propos reconstitués par la "
                      "rédaction (composite) ou des citations réelles, consenties et attribuées (temoignage).",
    "relecture-requise": "Une fiche « validée » sans relecture inscrite par une autre personne que ses auteurs, ou une "
                         "relecture datée dans le futur.",
    "relecture-echue": "La date « revoir_avant » est passée : la fiche doit être relue.",
    "preuve-appui": "Le niveau de preuve n'a pas son appui (texte de loi, recommandation, étude et son effet, sources).",
    "annexe": "Une annexe déclarée par la fiche est introuvable, hors du dossier annexes/, un lien symbolique, "
              "ou sans la source (document officiel) ou la licence (outil Relier) qu'il lui faut.",
    "vocabulaire-fichier": "Un fichier de vocabulaire est invalide.",
    "donnee-nir": "Un numéro de sécurité sociale (NIR, avec sa clé) figure dans le texte.",
    "donnee-telephone": "Un numéro de téléphone (métropole ou outre-mer) figure dans le texte.",
    "donnee-courriel": "Une adresse électronique figure dans le texte.",
    "donnee-iban": "Un IBAN (coordonnées bancaires) figure dans le texte.",
    "donnee-naissance": "Une date de naissance figure dans le texte.",
    "donnee-adresse": "Une adresse postale figure dans le texte.",
    "donnee-nom": "Une civilité suivie d'un nom (« Mme … », « M. … ») figure dans le texte.",
    "donnee-dossier": "Un numéro de dossier ou d'allocataire figure dans le texte.",
    "exception": "Un marqueur « relier-autoriser » est mal formé : code inconnu ou raison absente.",
    "module-fiche": "Une séquence d'un module cite une fiche qui n'existe pas.",
    "module-duree": "La durée totale d'un module ne correspond pas à la somme de ses séquences.",
    "module-ordre": "Un module fait travailler une fiche avant une fiche qu'elle suppose (relation « prerequis »).",
    "module-horaire": "L'heure de début imposée à une séquence est déjà passée quand la précédente finit.",
    "contenu-dangereux": "Du code HTML ou une adresse qui pourrait s'exécuter dans le navigateur "
                         "(script, iframe, onclick=, javascript:…).",
    "mise-en-forme": "Le Markdown casserait la page : balise HTML jamais refermée ou imbriquée trop profondément, "
                     "trop de liens dans un même paragraphe, chevrons « < » jamais refermés.",
    "nom-fichier": "Un fichier du dossier practices/ n'est pas une fiche (extension autre que « .md » en minuscules) : "
                   "il serait ignoré.",
    "lien-introuvable": "Un lien ou une image renvoie à une fiche ou à un fichier du dépôt qui n'existe pas.",
}


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown diagnostic code: {self.code}")

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(file: str, position: tuple[int, int], code: str, message: str) -> Diagnostic:
    return Diagnostic(file, position[0], position[1], Severity.ERROR, code, message)


def warning(file: str, position: tuple[int, int], code: str, message: str) -> Diagnostic:
    return Diagnostic(file, position[0], position[1], Severity.WARNING, code, message)
