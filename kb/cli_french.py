"""Click's own messages (help, usage errors) in French, for the `kb` command.

Click marks its messages for gettext but ships no translation; it looks each one up through the
`_` and `ngettext` names of its modules. `install()` points those names at the tables below, so
that every message click can print — help, missing argument, bad option value, unknown command —
comes out in French. A message missing from the tables stays in English: `tests/test_journey_cli.py`
runs the usual mistakes and fails on English.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

MESSAGES = {
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "(dynamic)": "(dynamique)",
    "Aborted!": "Interrompu.",
    "Argument {name!r} takes {nargs} values.": "L'argument « {name} » prend {nargs} valeurs.",
    "Choose from:\n\t{choices}": "Choisissez parmi :\n\t{choices}",
    # headings are printed as f"{heading}:"; the space gives French typography's « Options : »
    "Commands": "Commandes ",
    "Could not open file {filename!r}: {message}": "Impossible d'ouvrir le fichier « {filename} » : {message}",
    "Error: The two entered values do not match.": "Erreur : les deux valeurs saisies diffèrent.",
    "Error: The value you entered was invalid.": "Erreur : la valeur saisie n'est pas valide.",
    "Error: invalid input": "Erreur : saisie non valide",
    "Error: {e.message}": "Erreur : {e.message}",
    "Error: {message}": "Erreur : {message}",
    "Invalid value for {param_hint}: {message}": "Valeur non valide pour {param_hint} : {message}",
    "Invalid value: {message}": "Valeur non valide : {message}",
    "Missing argument": "Argument manquant",
    "Missing command.": "Commande manquante.",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing parameter: {param_name}": "Paramètre manquant : {param_name}",
    "Missing {param_type}": "{param_type} manquant",
    "No such command {name!r}.": "Commande inconnue « {name} ».",
    "No such option: {name}": "Option inconnue : {name}",
    "Option {name!r} does not take a value.": "L'option « {name} » ne prend pas de valeur.",
    "Options": "Options ",
    "Press any key to continue...": "Appuyez sur une touche pour continuer…",
    "Repeat for confirmation": "Répétez pour confirmer",
    "Show the version and exit.": "Afficher la version et quitter.",
    "Show this message and exit.": "Afficher cette aide et quitter.",
    "Try '{command} {option}' for help.": "Pour l'aide : « {command} {option} ».",
    "Usage:": "Usage :",
    "Value must be an iterable.": "La valeur doit être une liste.",
    "default: {default}": "par défaut : {default}",
    "directory": "dossier",
    "env var: {var}": "variable d'environnement : {var}",
    "file": "fichier",
    "path": "chemin",
    "required": "obligatoire",
    "unknown error": "erreur inconnue",
    "{name} {filename!r} does not exist.": "{name} « {filename} » n'existe pas.",
    "{name} {filename!r} is a directory.": "{name} « {filename} » est un dossier.",
    "{name} {filename!r} is a file.": "{name} « {filename} » est un fichier.",
    "{name} {filename!r} is not executable.": "{name} « {filename} » n'est pas exécutable.",
    "{name} {filename!r} is not readable.": "{name} « {filename} » n'est pas lisible.",
    "{name} {filename!r} is not writable.": "{name} « {filename} » n'est pas accessible en écriture.",
    "{text} {deprecated_message}": "{text} {deprecated_message}",
    "{value!r} is not a valid UUID.": "« {value} » n'est pas un UUID valide.",
    "{value!r} is not a valid {number_type}.": "« {value} » n'est pas un {number_type} valide.",
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle {range}.",
    "integer": "nombre entier",
    "float": "nombre décimal",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "« {value} » n'est pas une valeur oui/non. Valeurs reconnues : {states}",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Attention : la commande « {name} » est dépréciée.{extra_message}",
}

# (singular, plural) -> (French singular, French plural)
PLURALS = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Argument en trop : {args}", "Arguments en trop : {args}"),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        ("Attend {nargs} valeurs, mais 1 a été donnée.", "Attend {nargs} valeurs, mais {len} ont été données."),
    ("Did you mean {possibility}?", "(Possible options: {possibilities})"):
        ("Vouliez-vous dire {possibility} ?", "(Options possibles : {possibilities})"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("« {value} » n'est pas {choice}.", "« {value} » n'est pas l'une des valeurs {choices}."),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."):
        ("« {value} » ne suit pas le format {format}.", "« {value} » ne suit aucun des formats {formats}."),
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        ("{len_type} valeurs sont attendues, mais {len_value} a été donnée.",
         "{len_type} valeurs sont attendues, mais {len_value} ont été données."),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("L'option « {name} » attend une valeur.", "L'option « {name} » attend {nargs} valeurs."),
}

_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types",
                  "_termui_impl", "shell_completion")


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    french = PLURALS.get((singular, plural))
    if french is None:
        return singular if n == 1 else plural
    return french[0] if n == 1 else french[1]


def install() -> None:
    """Point click's message look-ups at the French tables (idempotent)."""
    for name in _CLICK_MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - a click without that module
            continue
        replacements: dict[str, Callable[..., str]] = {"_": gettext, "ngettext": ngettext}
        for attribute, function in replacements.items():
            if hasattr(module, attribute):
                setattr(module, attribute, function)
    # the types' names are printed as they are (« « abc » n'est pas un integer range valide »)
    import click

    for kind, french in ((click.types.IntRange, "nombre entier"), (click.types.FloatRange, "nombre décimal"),
                         (click.types.IntParamType, "nombre entier"), (click.types.FloatParamType, "nombre décimal")):
        kind.name = french
