"""The `kb` command: a thin adapter over the library. Only here do errors become exit codes."""

from __future__ import annotations

import difflib
import functools
import gc
import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__
from .checks import check_all, check_files, load_and_check
from .cli_french import install as install_french_messages
from .errors import ContentError, KbError, UsageError
from .fileio import os_error_message, printable, write_atomic
from .loader import absolute, load, relative
from .progress import SILENT, Progress
from .project import find_root
from .report import FORMATS, format_diagnostics, summary
from .training.loader import MODULES_DIR

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2
# kb.graph.export.FORMATS, spelled out: importing the graph package loads networkx, which `kb check`
# and `kb search` have no use for (a test keeps the two equal)
GRAPH_FORMATS = ("json", "gexf", "graphml")


install_french_messages()


class FrenchGroup(click.Group):
    """A group whose unknown command is answered in French, with the closest command."""

    group_class = type  # sub-groups are FrenchGroups too

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("subcommand_metavar", "COMMANDE [ARGUMENTS]...")
        super().__init__(*args, **kwargs)

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[no-untyped-def]
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1, cutoff=0.5)
            hint = f" Vouliez-vous dire « {close[0]} » ?" if close else ""
            ctx.fail(f"Commande inconnue « {name} ».{hint}")
        return super().resolve_command(ctx, args)


class Context:
    def __init__(self, root: Path | None, quiet: bool = False) -> None:
        self._root = root
        self.quiet = quiet
        # the live progress line: on a terminal only, never with --quiet
        self.progress = SILENT if quiet else Progress()

    @property
    def root(self) -> Path:
        return find_root(self._root)


def _say(message: str) -> None:
    """An informational message on stderr (results go to stdout); silenced by --quiet."""
    context = click.get_current_context(silent=True)
    obj = context.find_object(Context) if context else None
    if obj is None or not obj.quiet:
        click.echo(message, err=True)


@click.group(cls=FrenchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(path_type=Path, file_okay=False),
              help="Racine du projet Relier (par défaut : le dossier courant ou un de ses parents).")
@click.option("-q", "--quiet", is_flag=True,
              help="Silencieux : ni progression ni messages d'information, seulement les résultats et les erreurs.")
@click.version_option(__version__, prog_name="kb")
@click.pass_context
def cli(ctx: click.Context, root: Path | None, quiet: bool) -> None:
    """Relier : vérifier, construire et explorer la base de fiches pratiques."""
    ctx.obj = Context(root, quiet)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Format des diagnostics : texte, JSON, ou annotations GitHub.")
@click.option("--strict", is_flag=True, help="Les avertissements comptent comme des erreurs.")
@click.pass_obj
def check(obj: Context, paths: tuple[Path, ...], fmt: str, strict: bool) -> None:
    """Vérifier les fiches (toutes, ou seulement les CHEMINS donnés)."""
    root = obj.root
    for path in paths:
        if not (path.exists() or path.is_symlink()):
            raise UsageError(f"« {printable(str(path))} » n'existe pas")
        if path.is_file() and not path.is_symlink() and path.suffix not in (".md", ".yml", ".yaml"):
            raise UsageError(f"« {printable(str(path))} » n'est ni une fiche (fichier .md) ni un module (fichier .yml) : "
                             "kb check vérifie les fiches du dossier practices/ et les modules du dossier modules/")
    if paths and all(p.is_file() or p.is_symlink() for p in paths):  # a link: refused as such
        checked, diagnostics = check_files(root, paths)  # quick: the other sheets are not read
    else:
        files, diagnostics = check_all(root, progress=obj.progress)
        checked = files
        wanted = [relative(absolute(p), root) for p in paths]
        if wanted and not any(w in ("", ".") for w in wanted):  # « kb check . »: everything
            inside = [lambda f, w=w: f == w or f.startswith(w.rstrip("/") + "/") for w in wanted]
            diagnostics = [d for d in diagnostics if d.file.startswith("schemas/") or any(i(d.file) for i in inside)]
            checked = [f for f in files if any(i(f) for i in inside)]
            if not checked and not diagnostics:
                names = ", ".join(f"« {printable(str(p))} »" for p in paths)
                raise UsageError(f"aucune fiche ni aucun module dans {names} : les fiches sont dans practices/, les "
                                 "modules dans modules/ (kb check sans chemin vérifie tout)")
    if diagnostics or fmt != "text":
        click.echo(format_diagnostics(diagnostics, fmt))
    modules = sum(1 for f in checked if f.startswith(MODULES_DIR.as_posix() + "/"))
    _say(summary(diagnostics, len(checked) - modules, modules))
    failing = any(d.is_error for d in diagnostics) or (strict and diagnostics)
    if failing:
        raise ContentError("")


@cli.command()
@click.argument("titre")
@click.option("--id", "sheet_id", help="Identifiant de la fiche (par défaut : tiré du titre).")
@click.pass_obj
def new(obj: Context, titre: str, sheet_id: str | None) -> None:
    """Créer une fiche à partir du modèle : kb new "Titre de la pratique"."""
    from .authoring import new_sheet

    root = obj.root
    path = new_sheet(root, titre, sheet_id)
    rel = relative(path, root)
    click.echo(rel)
    _say(f"Fiche créée : {rel}. Complétez-la, puis vérifiez-la avec « kb check {rel} ».")


def _locked(command: str):  # type: ignore[no-untyped-def]
    """The command runs holding the project's lock (kb.lock): a second one is refused at once, with
    who holds it — a build lasts minutes on a large base, and a silent wait would look like a hang."""

    def decorate(function):  # type: ignore[no-untyped-def]
        @functools.wraps(function)
        def run(obj: Context, *args, **kwargs):  # type: ignore[no-untyped-def]
            from .lock import project_lock

            with project_lock(obj.root, command):
                return function(obj, *args, **kwargs)

        return run

    return decorate


@cli.command()
@click.option("--no-mkdocs", is_flag=True, help="Générer build/docs sans lancer MkDocs.")
@click.pass_obj
@_locked("kb build")
def build(obj: Context, no_mkdocs: bool) -> None:
    """Vérifier le contenu, puis construire le site dans site/."""
    from .search import has_index, start_indexing, start_similar
    from .export.background import ModuleExports
    from .processes import give_back_memory
    from .site.data import prepare
    from .site.engine import NAME
    from .site.generate import generate_docs
    from .site.publish import publish
    from .site.render_cache import has_cache
    from .site.search_bundle import SearchBundle
    from .site.settings import read_settings

    root = obj.root
    clock = time.perf_counter()
    result = _checked(root, obj.progress, cached=True)
    corpus = result.corpus
    _say(f"Vérifié : {len(corpus.sheets)} fiches et {len(result.modules)} module(s) en {time.perf_counter() - clock:.1f} s")
    clock = time.perf_counter()
    gc.freeze()  # the sheets, shared with the children forked below: left unwritten by this process's collector
    try:
        # Pagefind indexes the sheets (only the parts where one changed) while the graph is analysed,
        # the pages generated and MkDocs works: at a lower priority beside a full build, at the normal
        # one when MkDocs renders only what changed
        large, full = len(corpus.sheets) >= LARGE_BASE, not has_cache(root)
        # a full build of a large base: Pagefind (0.5 GB per thousand sheets) waits until the graph
        # is let go of
        bundle = SearchBundle(corpus, root / "build", background=full, held=large and full) \
            if not no_mkdocs else None
        similar = start_similar(corpus, cached=True)  # in a child process, while this one builds and analyses the graph
        # kb search's index: brought up to date beside MkDocs, at a lower priority; the first one is
        # made by the first search (at 10 000 sheets, a minute of one core the build need not wait for)
        indexing = start_indexing(corpus) if has_index(root) else None
        # PDF, DOCX, ODT, HTML: from now on a small base, after the graph and the pages' data a large one
        exports = ModuleExports(corpus, result.modules, start=not large)
        obj.progress.update("Graphe, analyse et fiches similaires")
        similar_sheets = similar.wait() if large else None  # a large base: not beside the graph's memory
        data = prepare(corpus, read_settings(root), modules=result.modules, progress=obj.progress, cached=True)
        data.similar = similar_sheets if large else similar.wait()
        obj.progress.clear()
        if data.graph_built:
            _say(f"Graphe : {data.graph.number_of_nodes()} nœuds, {data.graph.number_of_edges()} liens, "
                 f"analysé en {time.perf_counter() - clock:.1f} s")
        else:
            _say(f"Graphe : aucun en-tête de fiche n'a changé, analyse reprise de la dernière construction "
                 f"en {time.perf_counter() - clock:.1f} s")
        clock = time.perf_counter()
        obj.progress.update("Génération des pages")
        pages, changed = generate_docs(data, downloads=False)
        obj.progress.clear()
        _say(f"Généré : {pages} pages dans build/docs ({len(changed)} fichier(s) modifié(s)) "
             f"en {time.perf_counter() - clock:.1f} s")
        if bundle is None:  # --no-mkdocs
            if indexing is not None:
                indexing.wait()
            exports.wait()
            return
        # nothing below needs the sheets, the graph or the pages' data (the search bundle and the
        # exports have their copy in their own process): let go of them before MkDocs' workers fork
        del data, corpus, result, similar
        give_back_memory()
        exports.start()
        bundle.go()
        clock = time.perf_counter()
        published = publish(root, bundle, progress=obj.progress, module_exports=exports)
        rendered = (f"{published.rendered} page(s) rendue(s) à nouveau" if published.partial
                    else f"{published.rendered} pages rendues")
        _say(f"Publié : {relative(published.site, root)}/ ({NAME} : {rendered} ; index de recherche) "
             f"en {time.perf_counter() - clock:.1f} s")
        if indexing is None:
            _say("Index de recherche (kb search) : il sera construit à la première recherche (kb search)")
        else:
            obj.progress.update("Index de recherche (kb search) : fin de l'indexation")
            report = indexing.wait()
            obj.progress.clear()
            _say(f"Index de recherche (kb search) : {report.total} fiches, {report.added + report.updated} "
                 f"(ré)indexée(s), {report.removed} retirée(s)")
    finally:
        gc.unfreeze()


LARGE_BASE = 2000  # sheets: from there, kb build does not let the memory of its children add up to the
# graph's (the similar sheets worked out before the graph, not beside it; the modules' documents made
# once the graph is let go of: MkDocs then takes a minute or more). Below, all of them from the start.


_FILTERS = (("public", "publics", "publics"), ("secteur", "secteurs", "secteurs"),
            ("mode", "modes", "modes_intervention"), ("theme", "themes", "themes"))


_HIGHLIGHT = ("\ue000", "\ue001")  # private-use characters: no sheet's text is changed by them


def _shown(text: str) -> str:
    """Text of a sheet for the terminal: control characters escaped, the highlighted words in bold
    (« ** » when the output is not a terminal)."""
    start, end = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("**", "**")
    return printable(str(text)).replace(_HIGHLIGHT[0], start).replace(_HIGHLIGHT[1], end)


@cli.command("search")
@click.argument("requete", nargs=-1, required=True, metavar="REQUÊTE...")
@click.option("--public", "publics", multiple=True, help="Seulement les fiches pour ce public (id du vocabulaire).")
@click.option("--secteur", "secteurs", multiple=True, help="Seulement ce secteur.")
@click.option("--mode", "modes", multiple=True, help="Seulement ce mode d'intervention.")
@click.option("--theme", "themes", multiple=True, help="Seulement ce thème.")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True, help="Nombre de résultats.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.pass_obj
def search_command(obj: Context, requete: tuple[str, ...], publics: tuple[str, ...], secteurs: tuple[str, ...],
                   modes: tuple[str, ...], themes: tuple[str, ...], limit: int, fmt: str) -> None:
    """Chercher des fiches : kb search "adolescents violence" --public adolescents."""
    from .search import search_project
    from .search.french import analyse
    from .vocabularies import load_vocabularies
    from .checks.vocabulary import spellings
    from .text import did_you_mean

    text = " ".join(requete).strip()
    if not text:
        raise UsageError("la requête est vide : tapez des mots, par exemple kb search \"visite à domicile\"")
    root = obj.root
    vocabularies, _ = load_vocabularies(root)
    given = {"publics": publics, "secteurs": secteurs, "modes": modes, "themes": themes}
    for option, key, vocabulary_name in _FILTERS:
        vocabulary = vocabularies.get(vocabulary_name)
        for value in given[key]:
            if vocabulary is not None and value not in vocabulary.terms:
                raise UsageError(f"--{option} {value} : ce n'est pas un terme de schemas/vocabulaires/"
                                 f"{vocabulary_name}.yml{did_you_mean(value, spellings(vocabulary))}")
    if not analyse(text):
        raise UsageError(f"« {text} » ne contient que des mots trop courants pour chercher : ajoutez un mot précis")
    # the sheets' text is printed with its control characters escaped (a title holding an escape sequence
    # could drive the terminal, fuzzing 2026-12-08); the highlighting is marked apart, then made bold
    bold = _HIGHLIGHT if fmt == "text" else ("**", "**")
    result = search_project(root, vocabularies, text, given, limit, bold)
    searched = result.corrected or text
    if fmt == "json":
        hits = [{"id": h.id, "titre": h.titre, "resume": h.resume, "score": h.score, "extrait": h.extrait,
                 "url": f"/fiches/{h.id}/"} for h in result.hits]
        click.echo(json.dumps({"requete": text, "correction": result.corrected,
                               "rien_de_pertinent": result.nothing_good, "total": result.total, "fiches": hits},
                              ensure_ascii=False, indent=2))
    else:
        if result.corrected and not result.nothing_good:
            click.echo(f"Vouliez-vous dire « {printable(searched)} » ? "
                       f"Résultats pour ces mots (vous aviez tapé « {printable(text)} »).\n")
        if result.nothing_good and result.hits:
            click.echo("Aucune fiche ne correspond à toute votre recherche. Les plus proches, qui n'en partagent "
                       "qu'une partie (vérifiez qu'elles répondent à la situation) :\n")
        for rank, hit in enumerate(result.hits, start=1):
            click.echo(f"{rank}. {_shown(hit.titre)}  [{_shown(hit.id)}]")
            click.echo(f"   {_shown(hit.resume)}")
            if hit.extrait and hit.extrait != hit.resume:
                click.echo(f"   {_shown(hit.extrait)}")
            click.echo("")
    if not result.hits:
        _say(f"Aucune fiche ne correspond à « {printable(searched)} »"
             + (" avec ces filtres" if any(given.values()) else "")
             + ". Essayez d'autres mots, moins de filtres, ou parcourez les fiches par public ou par thème "
               "(kb build, puis la page « Explorer » du site).")
    elif result.nothing_good:
        _say(f"Résultats incertains pour « {printable(searched)} » : essayez d'autres mots, ou parcourez les fiches par public "
             "ou par thème (page « Explorer » du site).")
    else:
        _say(f"{result.total} fiche(s) trouvée(s), {len(result.hits)} affichée(s).")


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse d'écoute (127.0.0.1 : ce poste seulement).")
@click.pass_obj
def serve(obj: Context, port: int, host: str) -> None:
    """Prévisualiser le site : chaque fiche modifiée est revérifiée et sa page rechargée."""
    from .site.serve import serve as serve_site
    from .site.settings import read_settings

    root = obj.root
    serve_site(root, read_settings(root), host, port, _say)


@cli.command("import-issue")
@click.argument("corps", type=click.File("r", encoding="utf-8"))
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date de création (par défaut : aujourd'hui).")
@click.option("--message", type=click.Path(path_type=Path, dir_okay=False),
              help="Écrire aussi la réponse (Markdown) dans ce fichier, pour la poster sur l'issue.")
@click.pass_obj
def import_issue_command(obj: Context, corps, day, message: Path | None) -> None:
    """Faire une fiche d'une proposition « Proposer une pratique » (corps de l'issue ; « - » : entrée standard)."""
    from .import_issue import import_issue

    try:
        body = corps.read()
    except UnicodeDecodeError as exc:
        raise UsageError(f"« {printable(getattr(corps, 'name', '-'))} » n'est pas un texte en UTF-8 (octet illisible "
                         f"à la position {exc.start}) : enregistrez le corps de l'issue en UTF-8") from exc
    outcome = import_issue(obj.root, body, day.date() if day else None)
    click.echo(outcome.message, nl=False)
    if message:
        write_atomic(message, outcome.message)
    if not outcome.ok:
        raise ContentError("")


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.pass_obj
def admin(obj: Context, port: int) -> None:
    """L'éditeur de fiches (/admin/) sur ce poste : ce qui est enregistré s'écrit dans practices/."""
    from .cms.local import serve_admin

    serve_admin(obj.root, port, _say)


def _checked(root: Path, progress: Progress = SILENT, cached: bool = False):
    """Load and check; refuse to go on when the content has errors. With `cached`, the sheets
    unchanged since the last build are taken from its cache (kb/sheet_cache.py)."""
    result, diagnostics = load_and_check(root, progress=progress, cached=cached)
    errors = [d for d in diagnostics if d.is_error]
    if errors:
        click.echo(format_diagnostics(errors, "text"))
        raise ContentError(f"{len(errors)} erreur(s) dans le contenu : corrigez-les (kb check) avant de continuer")
    return result


def _checked_corpus(root: Path):
    return _checked(root).corpus


@cli.command()
@click.argument("module_id", metavar="MODULE")
@click.option("--format", "formats", default="pdf,docx,odt,html", show_default=True,
              help="Formats, séparés par des virgules : pdf, docx, odt, html.")
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=Path("exports"),
              show_default=True, help="Dossier où écrire les documents (créé s'il n'existe pas).")
@click.pass_obj
def export(obj: Context, module_id: str, formats: str, output: Path) -> None:
    """Exporter un module de formation : programme, livret du participant et guide du formateur."""
    from .export import export_module, find_module, parse_formats

    wanted = parse_formats(formats)
    result = _checked(obj.root, obj.progress)
    module = find_module(result.modules, module_id)
    if output.exists() and not output.is_dir():
        raise UsageError(f"« {output} » existe et n'est pas un dossier")
    clock = time.perf_counter()
    written = export_module(result.corpus, module, wanted, output, obj.progress)
    for path in written:
        click.echo(path.as_posix())
    _say(f"{len(written)} documents écrits dans {output.as_posix()}/ en {time.perf_counter() - clock:.1f} s")


@cli.group()
def graph() -> None:
    """Le graphe des concepts : export et analyse systémique."""


def _plain_file(path: Path) -> None:
    """An output kb writes is a new regular file put in place: a link, a device (« /dev/null ») or a
    pipe there would be replaced by it (as root, the device itself; fuzzing, 2026-12-08)."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise UsageError(f"« {printable(str(path))} » n'est pas un fichier ordinaire (lien, périphérique ou tube) : "
                         "kb y mettrait un fichier à sa place ; choisissez un autre nom de fichier")


@graph.command("export")
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), default="json", show_default=True,
              help="json (node-link, pour le site et les scripts), gexf (Gephi) ou graphml.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="Fichier à écrire.")
@click.pass_obj
def graph_export(obj: Context, fmt: str, output: Path) -> None:
    """Exporter le graphe (JSON, GEXF ou GraphML)."""
    from .graph import build_graph
    from .graph.export import export_graph

    _plain_file(output)
    corpus = _checked_corpus(obj.root)
    network = build_graph(corpus)
    dates = [d for s in corpus.sheets for d in (s.created, s.updated) if d]
    write_atomic(output, export_graph(network, fmt, max(dates).isoformat() if dates else "2000-01-01"))
    _say(f"Graphe écrit dans {output} : {network.number_of_nodes()} nœuds, {network.number_of_edges()} liens.")


@graph.command("report")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Fichier à écrire.")
@click.pass_obj
def graph_report(obj: Context, fmt: str, output: Path | None) -> None:
    """L'analyse systémique : concepts clés, familles, passerelles, orphelines, tensions, angles morts, boucles."""
    from .graph import analyse, build_graph
    from .graph.report_text import report_as_text

    if output:
        _plain_file(output)
    corpus = _checked_corpus(obj.root)
    report = analyse(build_graph(corpus), corpus)
    text = (json.dumps(report, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
            if fmt == "json" else report_as_text(report))
    if output:
        write_atomic(output, text)
        _say(f"Rapport écrit dans {output}.")
    else:
        click.echo(text, nl=False)


def run(argv: list[str] | None = None) -> int:
    """Run `kb` with `argv`; return the exit code. Never lets a traceback reach the user."""
    try:
        cli.main(args=argv, standalone_mode=False, prog_name="kb")
    except click.exceptions.Abort:
        _say("Interrompu.")
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except UsageError as exc:
        _say(f"kb : erreur d'utilisation : {exc}")
        return EXIT_USAGE
    except ContentError as exc:
        if str(exc):
            _say(f"kb : {exc}")
        return EXIT_CONTENT
    except KbError as exc:
        _say(f"kb : {exc}")
        return EXIT_CONTENT
    except OSError as exc:  # permission, read-only or full disk…: the path and the reason, in French
        _say(f"kb : {os_error_message(exc)}")
        return EXIT_CONTENT
    except MemoryError:
        _say("kb : mémoire insuffisante pour terminer : fermez d'autres programmes ou relancez sur une machine "
             "qui en a davantage")
        return EXIT_CONTENT
    except KeyboardInterrupt:
        _say("Interrompu.")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if os.environ.get("KB_DEBUG"):
            raise
        _say(f"kb : erreur interne inattendue ({exc.__class__.__name__}: {exc}). "
             "Merci de la signaler ; relancez avec KB_DEBUG=1 pour le détail.")
        return 3
    return EXIT_OK


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
