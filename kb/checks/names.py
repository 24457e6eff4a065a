"""People named in a sheet: a first name in a context that points at someone (an age, a class, a
surname, a verb, « le petit … »), « la famille Martin », « née Durand », a file name that names a
child. Authors of cited works, saints, streets and institutions named after people, and
anonymised forms (« M. X », « la famille D. ») pass.

The first names (kb/data/prenoms.txt, built by scripts/make_first_names.py from a public
dictionary) are found by one RE2 pass; each hit is then judged on the few words around it.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import re2

from ..french_words import is_french
from .findings import Finding
from .tables import table_header

FIRST_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "prenoms.txt"

# Names that are ordinary words, places or feasts in a French sheet (« Rose », « Pierre »
# the stone, « Claire » clear, « Noël », « Florence »): a person only with an age, a class or
# « le petit … » next to them, never from a verb or a capitalised word after them.
WORDLIKE = frozenset("""
Adélaïde Aimable Aimé Aimée Ambre Amande Amour Ange Angélique Archange Auguste Aurore Avril Barbe
Benjamin Blanche Bluette Brune Brunette Camélia Candide Cannelle Capucine Carmel Carmine Cerise Charlotte
Claire Clairette Clémence Clémente Clémentine Colombe Constance Constant Céleste Diane Désiré Désirée
Espérance Fidèle Fleur Fleurette Flore Florence Fortuné Fortunée Félicité Garance Gentiane Germain Gloria
Gracieuse Harmonie Hermine Honoré Hyacinthe Innocent Iris Jacinthe Jade Jasmin Juste Lilas Line Lise Loup
Lourdes Lorraine Mai Marguerite Marine Marin Marjolaine Martial Mélodie Milan Mirabelle Modeste
Myrtille Nancy Narcisse Neige Noël Octave Olive Olivette Olympe Parfait Perle Pervenche Pierre Placide
Prudence Prudent Prune Prunelle Pâquerette Reine Romaine Roman Rosaire Rose Rosette Sauveur Sofia Sixte
Toussaint Trinité Urbain Urbaine Victoire Victoria Violette Zéphyr Grâce Patience Paris Sacha
""".split())

# Words of the dictionary that are French words or names of things far more often than first
# names in a sheet: never taken for a first name.
NOT_NAMES = frozenset("""
Abu Aires Alla Amer Arcade Argentine Ascension Bac Ban Bang Ben Bien Bill Bob Buse Chien Dan Dieu Don Duc
Engin Gang Graine Granit Hue Islam Lama Lien Lies Lin Loi Lois Long Man Mar Mentor Mine Nonce Pal Phi Pie
Raid Ramadan Sad Sait Sang Sari Sema Son Sultan Tan Tin Tri Van Voltaire Napoléon Matisse Francisque Chrétien
Corneille Douglas Stewart Roux The Sultane Santé Agence Maison Centre Accueil Service Travail Famille France
Europe Paix Justice
""".split())

# surnames of authors that sheets cite (« le modèle de Carl Rogers »), so that a first name
# followed by one is a citation, not a person accompanied
# characters of fiction used to open a discussion in training (« Cosette chez les Thénardier »)
FICTION_CHARACTERS = frozenset("""
Potter Dursley Valjean Cosette Thénardier Gavroche Fantine Javert Twist Copperfield Sawyer Pinocchio Heidi Lepic Zazie
Bovary Meursault Crusoé Gepetto Cendrillon Blanche-Neige Raiponce Mowgli Tarzan Astérix Obélix Tintin Folcoche Vingtras
Wormwood Weasley Poucet Simpson Simpsons
""".split())
CITED_AUTHORS = frozenset("""
Rogers Freud Winnicott Dolto Korczak Deligny Oury Tosquelles Goffman Castel Paugam Honneth Ricoeur Ricœur
Morin Freire Alinsky Bowlby Ainsworth Erikson Maslow Bronfenbrenner Minuchin Ausloos Bateson Watzlawick Satir
Miller Rollnick Prochaska Diclemente DiClemente Rappaport Bossé Zimmerman Fustier Karsz Rouzel Fablet Jaeger
Dubet Bourdieu Foucault Lacan Klein Bion Anzieu Kaës Cyrulnik Rufo Berger Gaberan Lhuilier Autès Ion Chauvière
Boszormenyi-Nagy Bowen Selvini Neuburger Tisseron Gardou Stiker Ebersold Wolfensberger Sen Nussbaum Tronto
Gilligan Molinier Paperman Laugier Levinas Lévinas Arendt Weil Montessori Makarenko Piaget Vygotski Wallon
Bettelheim Spitz Mannoni Maud Aulagnier Roussillon Green Jung Adler Janet Pinel Esquirol Basaglia Laing Cooper
Schön Argyris Dejours Clot Enriquez Lapassade Lourau Mendel Rancière Illich Ellul Hugo Zola Jaurès Moulin
Veil Badinter Taquet Leonetti Claeys Kouchner Aubry Jospin Mitterrand Gaulle Pompidou Chirac Macron Hollande
Sarkozy Delors Pasteur Curie Debré Necker Trousseau Bichat Salpêtrière Vincent Wresinski Pierre Camus Sartre
Beauvoir Durkheim Weber Mauss Simmel Elias Lahire Boltanski Thévenot Latour Bauman Giddens Beck Touraine
Wieviorka Aubrac Lapeyronnie Mucchielli Chamboredon Schwartz Hoggart Sayad Noiriel Fassin Agier Goffman Becker
Strauss Glaser Hughes Parsons Merton Lewin Moreno Balint Rogers Gordon Faber Mazlish Rosenberg Filliozat
Gueguen Delage Guéguen Ausloos Hardy Jullien Rosa Malabou Mbembe Fanon Memmi Césaire Glissant Senghor
Bellon Olweus Pikas Debarbieux Farrington Ttofi Catheline Galand
White Epston Shazer Berg Gineste Marescotti Kübler-Ross Hennezel Itard McKee Sendak Llenas Lallemand Meirieu
Gaulejac Castoriadis Deleuze Guattari Aichhorn Redl Capul Lemay Boutanquoi Haesevoets Sellenet Frechon Dartiguenave
Vilbrod Ehrenberg Demazière Neyrand Houzel Golse Lebovici Fonagy Guedeney Crittenden Cicchetti Rutter Masten Anaut
Tomkiewicz Vanistendael Delion Bandura Seligman Habermas Rawls Ardoino Chapellier Berne Perls Erickson Haley
Bonnafé Maisondieu Devereux Bacqué Biewener Furtos Ploton Pellissier Feil Kitwood Hochmann Racamier Boutinet
Paturet Verdès-Leroux Donzelot Soulet Jovelin Rullac Ravon Loncle Xiberras Séverac Aballéa Guélamine Libois
Grisoni Zask Lévy-Bruhl Certeau Olievenstein Bergeret Valleur Couteron Jeammet Marcelli Braconnier Lesourd
Simonnot Hédon Braille Haüy Freinet Oberlin Pikler
""".split()) | FICTION_CHARACTERS

# « Saint-Pierre », « rue Jean Jaurès », « lycée Victor Hugo », « Fondation Abbé Pierre »:
# a place or an institution named after someone
_NAMED_AFTER = re.compile(
    r"(?:\b(?:saint|sainte|st|ste)[- ]|\b(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|impasse|quai|cours|square"
    r"|chemin|route|passage|pont|parc|jardin|stade|gymnase|piscine|salle|gare|station|lyc[ée]e|coll[èe]ge|[ée]cole"
    r"|groupe scolaire|universit[ée]|facult[ée]|institut|fondation|h[ôo]pital|chu|ch|clinique|centre|maison|foyer"
    r"|r[ée]sidence|cit[ée]|m[ée]diath[èe]que|biblioth[èe]que|ehpad|ime|itep|mecs|association|prix|loi|abb[ée]"
    r"|chrs|cada|huda|cph|esat|fam|mas|sessad|camsp|cmpp|cmp|csapa|caarud|pension|cr[èe]che|gem|usld|samsah|savs"
    r"|ssiad|saad|lam|lhss|ccas|mjc|pavillon|unit[ée]|service|p[ôo]le|village|accueil\s+de\s+jour|halte"
    r"|docteur|professeur|ma[îi]tre|monsieur|espace|m[ée]tro|tram|tramway|arr[êe]t|rer|h[ée]ros|h[ée]ro[ïi]ne|personnage"
    r"|madame|mademoiselle|dispositif|programme|plan|m[ée]thode|approche|mod[èe]le|th[ée]orie|concept"
    r"|travaux|ouvrage|livre|article|[ée]tude|rapport|th[èe]se|grille|[ée]chelle|pyramide|roue|cycle|triangle"
    r"|selon|d['’]apr[èe]s|cf\.|voir|citant|cit[ée]e? par|auteur|autrice|philosophe|sociologue|psychanalyste"
    r"|psychiatre|p[ée]diatre|p[ée]dopsychiatre|neuropsychiatre|psychoth[ée]rapeute|th[ée]rapeute|anthropologue"
    r"|historien|historienne|juriste|[ée]conomiste|ethnologue|linguiste|neurologue|travailleu(?:r|se)\s+sociale?"
    r"|p[ée]dagogue|psychologue am[ée]ricain|m[ée]decin|chercheur|chercheuse|[ée]crivain"
    r"|[ée]crivaine|romancier|romanci[èe]re|po[èe]te|ministre|d[ée]put[ée]e?|s[ée]natrice|s[ée]nateur"
    r"|pr[ée]sident|pr[ée]sidente|rapport|rapporteure?|r[ée]forme)\b(?:\s+(?:social|sociale|hospitalier|hospitali[èe]re|scolaire"
    r"|maternelle|[ée]l[ée]mentaire|primaire"
    r"|municipale?|d[ée]partementale?|culturelle?|m[ée]dico-sociale?|universitaire|r[ée]gionale?|communale?|[ée]ducati(?:f|ve)"
    r"|familiale?|sporti(?:f|ve)|national|nationale|priv[ée]e?|public|publique|professionnel|polyvalent|agricole"
    r"|technique|technologique|g[ée]n[ée]ral|g[ée]n[ée]rale|intercommunale?|maternelle\s+et\s+[ée]l[ée]mentaire))?)"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|l['’]|le|la))?\s*(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+){0,2}$",
    re.IGNORECASE)
# a citation after the name: « Carl Rogers (1961) », « Jean Oury, psychiatre, », « (dir.) »
_CITATION_AFTER = re.compile(
    r"^(?:[\s-]+(?:(?:de|du|des|van|von|le|la|da|di|d['’])\s*)?[A-ZÀ-Ý][\w'’-]+){0,2}\s*"
    r"(?:\(\s*(?:dir\.|\d{4}|coord\.|[ée]d\.)|,\s*(?:\d{4}\b|dir\.|philosophe|sociologue|psychanalyste|psychiatre"
    r"|p[ée]diatre|p[ée]dagogue|psychologue|m[ée]decin|chercheu|auteur|autrice|[ée]crivain|fondat|in\s"
    r"|cr[ée]at(?:eur|rice)|concept(?:eur|rice)|initiat(?:eur|rice)|pionni(?:er|[èe]re)|invent(?:eur|rice)"
    r"|r[ée]alisat(?:eur|rice)|cin[ée]aste|th[ée]oricien|(?i:d[ée]fenseure?\s+des|(?:ancien(?:ne)?\s+)?(?:ministre|secr[ée]taire\s+d['’][ée]tat)"
    r"|(?:ancien(?:ne)?\s+)?(?:pr[ée]sidente?|directeur|directrice|d[ée]l[ée]gu[ée]e?)\s+(?:de|du|des|d['’]|g[ée]n[ée]ral)"
    r"|juge\s+(?:des\s+enfants|aux\s+affaires|d['’]instruction)|avocate?\s|magistrate?\s|procureure?\s"
    r"|pr[ée]f[èe]te?\s+d|d[ée]put[ée]e?\s|s[ée]nat(?:eur|rice)\s|haute?-commissaire|maire\s+d|rapporteure?\s"
    r"|contr[ôo]leure?\s+g[ée]n[ée]ral|m[ée]diat(?:eur|rice)\s+(?:de|du|des|national)|garde\s+des\s+sceaux"
    r"|procureure?\s+(?:de|g[ée]n[ée]ral)|(?:ancien(?:ne)?\s+)?magistrate?\s)"
    r"|dans\s+(?:son\s+(?:livre|ouvrage|essai|roman)\s+)?(?:[*_«]\s*)?(?:(?:Le|La|Les|L['’]|Un|Une|Des)\s*)?[A-ZÀ-Ý][a-zà-ÿ]"
    r"|(?:Le|La|Les|L['’])\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+(?:des?|du|d['’]|aux?|et|en|à)\b)"
    r"|\s+a\s+[ée]t[ée]\s+(?:la\s+premi[èe]re|le\s+premier)\b"
    r"|\s+et\s+(?:al|coll)\.|\s*\*|\s+a\s+(?:montr[ée]|th[ée]oris[ée]|d[ée]crit|[ée]crit|propos[ée]|d[ée]velopp[ée]|forg[ée]"
    r"|introduit|conceptualis[ée]|analys[ée]|mis en [ée]vidence|soulign[ée]))")

_AGE = (r"(?:\d{1,2}|(?:dix|vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six"
        r"|sept|huit|neuf))?|un|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize)"
        r"\s*(?:ans|mois)\b")
_CLASS = r"(?:CP|CE1|CE2|CM1|CM2|[3-6]e|[3-6]ème|seconde|premi[èe]re|terminale|maternelle|petite section|moyenne section|grande section)\b"
# a list of authors before a work's title in italics: « Monica McGoldrick, Randy Gerson, *Génogrammes* »
_WORK_AFTER = re.compile(r"^(?:[\s,;]+|et\b|avec\b|\((?:dir|coord|[ée]d)\.\)|[A-ZÀ-Ý][\w'’.-]*)*+[*_«]")

# what follows a first name when it names someone: an age, a class, a surname, a verb
PERSON_AFTER = re.compile(
    rf"^(?:\s*[,(]\s*(?:(?:âg[ée]e?|ag[ée]e?)\s+de\s+)?{_AGE}|\s*\(\s*{_CLASS}"
    rf"|\s*,\s*(?:(?:qui|dont)\s+(?:a|aura|avait)\s+{_AGE}|en\s+{_CLASS}|(?:son|sa|ses)\s+(?:m[èe]re|p[èe]re|fr[èe]re|s[œo]e?ur|fils|fille|parents|enfants?|b[ée]b[ée])\b)"
    rf"|\s+(?:{_AGE}|et\s+(?:son|sa|ses)\s+(?:(?:deux|trois|quatre|cinq|six|\d)\s+)?(?:(?:petite?s?|grande?s?|jeunes?|demi-)\s*)?(?:m[èe]re|p[èe]re|fr[èe]re|s[œo]e?urs?|fr[èe]res|fils|filles?|parents|enfants|b[ée]b[ée]|maman|papa|compagne?|conjointe?|mari|femme|grand-m[èe]re|grand-p[èe]re)\b)"
    rf"|\s*:\s*[«\"“]|\s*\(\s*\d{{1,2}}\s*\)|\s+(?:de\s+son\s+vrai\s+nom|alias|dite?\s+[«\"“])"
    r"|\s*,\s*(?:arriv[ée]e?|h[ée]berg[ée]e?|plac[ée]e?|scolaris[ée]e?|d[ée]scolaris[ée]e?|hospitalis[ée]e?|incarc[ée]r[ée]e?)"
    r"\s+(?:de|du|des|d['’]|en|au|à|dans|chez|depuis)\b"
    r"|\s*,\s*(?:de\s+la\s+)?chambre\s+\d"  # « Marcelle Chabrol, de la chambre 12, »
    r"|\s*,\s*(?:(?:un|une|le|la|l['’]|notre|son|sa)\s*)?(?:jeune|mineure?|adolescente?|ado|enfant|fillette|gar[çc]on|b[ée]b[ée]|nourrisson"
    r"|fils|fille|m[èe]re|p[èe]re|maman|papa|femme|homme|[ée]tudiante?|lyc[ée]enne?|coll[ée]gienne?|demandeu(?:r|se)"
    r"|petite?\s+derni[èe]re?|derni[èe]re?\s+(?:de\s+la\s+fratrie|n[ée]e?)|benjamine?"
    r"|r[ée]fugi[ée]e?|sortante?|majeure?|allocataire|locataire|r[ée]sidente?|usag[èe]re?|b[ée]n[ée]ficiaire|ain[ée]e?"
    r"|a[îi]n[ée]e?|cadette?|s[œo]e?ur|fr[èe]re|jumelle?|petite?-fille|petit-fils|grand-m[èe]re|grand-p[èe]re|veuve?|retrait[ée]e?"
    r"|handicap[ée]e?|polyhandicap[ée]e?|autiste|trisomique|travailleu(?:r|se)|salari[ée]e?|ch[ôo]meu(?:r|se)|sans-abri|SDF"
    r"|h[ée]berg[ée]e?|exil[ée]e?|migrante?|orpheline?|divorc[ée]e?|c[ée]libataire|placée?|enceinte)\b"
    r")", re.IGNORECASE)
# what someone does (VERB_AFTER; also kb/checks/unlisted_names.py)
VERB_WORDS = (
    r"est|a|était|avait|sera|aura|fut|vit|vivait|habite|habitait|réside|dort|refuse|refusait|accepte|dit"
    r"|disait|explique|raconte|confie|pleure|crie|fugue|arrive|revient|part|sort|rentre|souffre|demande"
    r"|souhaite|veut|voulait|peut|pouvait|doit|devait|parle|parlait|ne|n['’]|nous|se|s['’]|me|m['’]|reste"
    r"|restait|passe|passait|va|allait|vient|venait|semble|semblait|pense|sait|mange|boit|frappe|frappait"
    r"|consomme|fréquente|travaille|cherche|attend|obtient|bénéficie|perçoit|touche|loge|dormait|venait"
    r"|montre|présente|manifeste|exprime|évoque|répète|bouge|court|joue|aime|adore|déteste|craint|menace"
    r"|insulte|rejoint|appelle|appelait|communique|communiquait|commence|commençait|quitte|quittait|suit"
    r"|suivait|hurle|tape|déambule|déambulait|erre|errait|tombe|tombait|chute|chutait|fait|faisait|tousse"
    r"|toussait|fume|fumait|prend|prenait|cache|cachait|ment|mentait|casse|cassait|mord|mordait|saigne"
    r"|saignait|vomit")
# a verb right after the name: « Inès est arrivée », « Kevin refuse », « Enzo ne parle plus »
VERB_AFTER = re.compile(
    r"^(?:\s*,\s*(?:qui|lui|elle|il)\b.{0,3}|\s*,\s*(?!qui\b|dont\b|que\b|et\b|ou\b)[a-zà-ÿ][^,;:.()\n]{1,40},)?\s+(?:" + VERB_WORDS + r")\b")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:le|la)\s+(?:petite?|jeune|b[ée]b[ée]|nourrisson|gar[çc]on|fillette|m[èe]re|p[èe]re|maman|papa|fr[èe]re|s[œo]e?ur"
    r"|fils|fille|cousine?|oncle|tante|grand-m[èe]re|grand-p[èe]re|compagne?|conjointe?|mari|femme|r[ée]f[ée]rente?"
    r"|demi-fr[èe]re|demi-s[œo]e?ur)\s+(?:de\s+|d['’])?"
    r"|\bl['’](?:enfant|adolescente?|ado|usag[èe]re?|a[îi]n[ée]e?|oncle)\s+(?:de\s+|d['’])?"
    r"|\b(?:son|sa|notre|mon|ma)\s+(?:fils|fille|fr[èe]re|s[œo]e?ur|b[ée]b[ée]|enfant|petite?-(?:fils|fille)|mari|femme"
    r"|[ée]pouse?|compagnon|compagne|conjointe?|concubine?|oncle|tante|cousine?|neveu|ni[èe]ce|grand-m[èe]re"
    r"|grand-p[èe]re|beau-p[èe]re|belle-m[èe]re)(?:\s+(?:a[îi]n[ée]e?|cadette?|jumelle?))?\s*,?\s+"
    r"|\bc['’]est\s+(?=\S+\s+qui\b)|\b(?:des|sans|pas\s+de|aucune)\s+nouvelles?\s+d(?:e\s+|['’])"
    r"|\b(?:s['’]appelle|se\s+pr[ée]nomme|pr[ée]nomm[ée]e?|surnomm[ée]e?|appel[ée]e?)\s+"
    r")$", re.IGNORECASE)
# someone, then their name in brackets: « un jeune (Rayan) nous a dit »
_PERSON_BRACKET_BEFORE = re.compile(
    r"\b(?:un|une|le|la|l['’]|notre|ce|cet|cette)\s*(?:jeune|enfant|adolescente?|ado|gar[çc]on|fillette|fille|femme"
    r"|homme|dame|monsieur|r[ée]sidente?|usag[èe]re?|b[ée]n[ée]ficiaire|patiente?|h[ée]berg[ée]e?|participante?"
    r"|stagiaire|locataire|mineure?|majeure?|b[ée]b[ée]|p[èe]re|m[èe]re)\s*\(\s*$"
    # a relative, then their name in brackets: « tante paternelle (Aminata Coulibaly) »
    r"|\b(?:tante|oncle|cousine?|grand-m[èe]re|grand-p[èe]re|grands-parents|m[èe]re|p[èe]re|maman|papa|fr[èe]re"
    r"|s[œo]e?ur|demi-fr[èe]re|demi-s[œo]e?ur|beau-p[èe]re|belle-m[èe]re|compagne?|conjointe?|concubine?|mari|[ée]pouse?"
    r"|ex-(?:mari|compagne?|conjointe?|[ée]pouse?)|voisine?|parrain|marraine|fils|fille|a[îi]n[ée]e?|cadette?|benjamine?"
    r"|petite?-(?:fils|fille)|belle-s[œo]e?ur|beau-fr[èe]re|nounou|tuteur|tutrice|curat(?:eur|rice)|employeur)"
    r"(?:\s+(?:paternelle?|maternelle?|a[îi]n[ée]e?|cadette?|actuel(?:le)?|ancien(?:ne)?|biologique|de\s+\w+))?"
    r"\s*\(\s*$"
    r"|(?-i:(?:\bM\.|\bMme|\bMlle|\bMonsieur|\bMadame)\s*[A-Z]\.)\s*\(\s*$", re.IGNORECASE)
# a list item or a table cell made of the name: « - Noah : difficultés de lecture », « | Killian | … »
_LIST_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+|\|(?:[^|\n]*\|)*?[ \t]*)(?:\*\*?|__?)?$")
_LIST_LABEL_AFTER = re.compile(r"^[ \t]*(?::|\||—|–|-[ \t])")
_EMPHASIS_BEFORE = re.compile(r"(?:\*\*?|__?)$")
_EMPHASIS_AFTER = re.compile(r"^(?:\*\*?|__?)(?!\w)")
_EMPHASIS_GOES_ON = re.compile(r"[^*_\n]{1,80}?[*_]")  # more words before the emphasis closes: a title
# the same sentence says who it is: an age, a class, a room, a measure
_SITUATION = re.compile(
    rf"\b(?:{_AGE}|{_CLASS}|chambre\s+\d+|hospitalis[ée]e?|plac[ée]e?|scolaris[ée]e?|d[ée]scolaris[ée]e?|enceinte"
    r"|(?:accueilli|suivi|plac[ée]|h[ée]berg[ée]|scolaris[ée]|hospitalis[ée]|incarc[ée]r[ée]|log[ée])e?s?\s+depuis"
    r"|incarc[ée]r[ée]e?|sous\s+(?:tutelle|curatelle)|diagnostiqu[ée]e?|fugu[ée]e?|suivie?\s+(?:par|en|au|à)"
    r"|accueillie?\s+(?:en|au|à|dans)|orient[ée]e?\s+(?:vers|en)|confi[ée]e?\s+à|arriv[ée]e?\s+(?:en|au|à|dans|le)"
    r"|n[ée]e?\s+(?:en|le|à)|violences?|maltrait|abus|signalement|information\s+pr[ée]occupante|mesure\s+(?:d['’]|de)"
    r"|mineure?s?\s+non\s+accompagn[ée]e?s?|MNA|demandeu(?:r|se)\s+d['’]asile|sans[- ]papiers|titre\s+de\s+s[ée]jour"
    r"|s[ée]paration|divorce|d[ée]c[èe]s|deuil|addiction|alcool|drogue|prison|tribunal|audience|garde\s+[àa]\s+vue"
    r"|AEMO|ASE|MECS|PJJ|IME|ITEP|juge\s+des\s+enfants|famille\s+d['’]accueil|foyer|h[ée]berg[ée]e?)(?![\w-])",
    re.IGNORECASE)
# the words that open a case: « la situation d'Amandine Lefort », « le dossier de Kevin »
_CASE_BEFORE = re.compile(
    r"\b(?:situation|dossier|rapport\s+sur|note\s+sur|bilan|suivi|accompagnement|prise\s+en\s+charge|parcours"
    r"|projet\s+pour|placement|audience|jugement|signalement|hospitalisation|orientation|h[ée]bergement"
    r"|mise\s+[àa]\s+l['’]abri|t[ée]moignage|sortie|retour|arriv[ée]e|d[ée]part|fugue|visite|entretien"
    r"|(?-i:PP[AEIS]|PAP|PAI|DIPC|DIPEC)|projet\s+(?:personnalis[ée]|individualis[ée]|individuel|d['’]accompagnement)"
    r"|contrat\s+de\s+s[ée]jour|plan\s+d['’]aide|compte[- ]rendu|synth[èe]se|fiche\s+de\s+liaison"
    r"|(?:le|au)\s+(?:pr[ée]nom|nom)(?:\s+et\s+(?:le\s+)?(?:pr[ée]nom|nom))?|[ée]valuation|admission|audition"
    r"|dossiers?\s+(?:administratifs?|m[ée]dicaux|m[ée]dical|sociaux|social)|pi[èe]ces?)\s+"
    r"(?:de|d['’]|concernant|avec)\s*$", re.IGNORECASE)
# the sentence tells a story of the past: a year or a decade (« en 1978 », « dans les années 1990 »)
HISTORIC_YEAR = re.compile(r"\b1[0-8]\d\d\b|\b(?:XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
                            r"(?:e|ème|è)\s+si[èe]cle\b")
_HISTORY = re.compile(r"(?<!depuis\s)\b(?:1[89]\d\d|20[0-2]\d)\b|\bann[ée]es\s+(?:19|20)?\d0\b|\bsi[èe]cle\b", re.IGNORECASE)
# what introduces an author or a pioneer: « dont », « développé par », « la travailleuse sociale
# américaine », « avec » after a work's verb
_AUTHOR_BEFORE = re.compile(
    r"(?:\bcomme\s+(?:le|l['’])\s*(?:[ée]crit|note|souligne|rappelle|montre|analyse|formule|propose|r[ée]sume"
    r"|d[ée]finit|th[ée]orise|[ée]crivait|notait|soulignait|rappelait|disait|dit\s+(?:souvent|si\s+bien|justement"
    r"|joliment))(?:\s+(?:souvent|si\s+bien|justement|bien|joliment|d[ée]j[àa]))?"
    r"|\b(?:auteure?s?|autrices?|penseu(?:r|se)s?|chercheu(?:r|se)s?|sociologues?|psychanalystes?|philosophes?"
    r"|psychiatres?|p[ée]dagogues?|psychologues?|pionni(?:er|[èe]re)s?|fondat(?:eur|rice)s?|artistes?|chanteu(?:r|se)s?"
    r"|musicien(?:ne)?s?|[ée]crivain(?:e)?s?|sporti(?:f|ve)s?|champion(?:ne)?s?|boxeu(?:r|se)s?|footballeu(?:r|se)s?"
    r"|cin[ée]astes?|com[ée]dien(?:ne)?s?|acteurs?|actrices?)\s+(?:comme|tels?\s+que"
    r"|telles?\s+que|dont|parmi\s+lesquels)"
    r"|\b(?:dont|notamment|tels?\s+que|telles?\s+que|l['’][ée]crit|le\s+note|le\s+rappelle"
    r"|le\s+souligne|le\s+montre|l['’]explique)|\b(?:cr[ée][ée]e?s?|con[çc]ue?s?|d[ée]velopp[ée]e?s?|fond[ée]e?s?"
    r"|invent[ée]e?s?|imagin[ée]e?s?|formalis[ée]e?s?|th[ée]oris[ée]e?s?|propos[ée]e?s?|men[ée]e?s?|port[ée]e?s?"
    r"|d[ée]crite?s?|[ée]crite?s?|publi[ée]e?s?|traduite?s?|mise?s?\s+au\s+point|introduite?s?|standardis[ée]e?s?"
    r"|anim[ée]e?s?|pr[ée]sid[ée]e?s?|pilot[ée]e?s?|coordonn[ée]e?s?|dirig[ée]e?s?|r[ée]dig[ée]e?s?|remise?s?|sign[ée]e?s?"
    r"|relue?s?|relu[ée]e?s?|valid[ée]e?s?|co-?[ée]crite?s?|illustr[ée]e?s?)"
    r"(?:\s+[\w'’-]+){0,5}\s+(?:par|avec)(?:\s+(?:le|la|l['’]|les)\s*[\w'’-]+)?"
    r"|\b(?:le|la)\s+juge"
    r"|\b(?:am[ée]ricaine?|britannique|anglaise?|canadienne?|qu[ée]b[ée]coise?|belge|suisse|allemande?|italienne?"
    r"|n[ée]erlandaise?|su[ée]doise?|danoise?|norv[ée]gienne?|espagnole?|br[ée]silienne?|argentine?|australienne?"
    r"|autrichienne?|hongroise?|polonaise?|russe|isra[ée]lienne?)"
    r"|\b(?:ministre|secr[ée]taire\s+d['’][ÉEée]tat|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|pr[ée]fète?|rapporteure?"
    r"|d[ée]fenseure?\s+des\s+droits|haute?-commissaire|commissaire|d[ée]l[ée]gu[ée]e?\s+interminist[ée]rielle?)"
    r"(?:\s+[\w'’-]+){0,6}\s*,"
    r"|\b(?:gouvernement|premi[èe]re?\s+ministre|ministre|minist[èe]re|[ÉE]tat|pr[ée]sidente?\s+de\s+la\s+R[ée]publique)"
    r"(?:\s+[\w'’-]+){0,4}\s+(?:a|avait|ont)\s+confi[ée]\s+(?:à|au|aux)"
    r"|\(|[*»]\s+(?:de|d['’]|par)|[*»]\s*\([^()\n]{0,60}|[»\"”]\s*[—–-]|\battribu[ée]e?s?\s+[àa]"
    r"|\b(?:incarn[ée]e?|jou[ée]e?|interpr[ée]t[ée]e?|r[ée]alis[ée]e?|tourn[ée]e?)\s+par)\s*$", re.IGNORECASE)
# verbs of a work after a name: « Denis Colombi montre », « Ann Hartman les a présentés »
_AUTHOR_VERB = re.compile(
    r"^\s+(?:(?:les?|la|l['’]|en|y)\s+)?(?:a|ont|avait|avaient)?\s*(?:(?:beaucoup|longuement|largement|notamment"
    r"|aussi|d[ée]j[àa]|bien|souvent|abondamment|d['’]abord)\s+)?(?:montr[ée]|d[ée]montr[ée]|d[ée]crit|analys[ée]"
    r"|soulign[ée]|th[ée]oris[ée]|conceptualis[ée]|d[ée]fini|distingu[ée]|forg[ée]|con[çc]u|d[ée]velopp[ée]|cr[ée][ée]"
    r"|fond[ée]|invent[ée]|formalis[ée]|introduit|propos[ée]|publi[ée]|[ée]crit|nomm[ée]|pr[ée]sent[ée]s?|observ[ée]"
    r"|not[ée]|rappel[ée]|mis\s+en\s+[ée]vidence|[ée]tudi[ée]|enqu[êe]t[ée]|document[ée]|travaill[ée]\s+sur|mesur[ée]"
    r"|compar[ée]|critiqu[ée]|interrog[ée]|questionn[ée]|[ée]tudie|critique|interroge|questionne|r[ée]fl[ée]chi|pens[ée]|popularis[ée]|traduit|r[ée]sum[ée]|qualifi[ée]|insist[ée]"
    r"|montre|d[ée]montre|d[ée]crit|analyse|souligne|th[ée]orise|d[ée]finit|distingue|propose|[ée]crit|nomme"
    r"|observe|note|rappelle|insiste|invite|explique\s+que\s+(?:le|la|les)|parle\s+de|appelle|qualifie|d[ée]nonce"
    r"|retrace|retracent|retrac[ée]|montrent|d[ée]montrent|d[ée]crivent|analysent|soulignent|th[ée]orisent|d[ée]finissent"
    r"|distinguent|proposent|[ée]crivent|observent|notent|rappellent|critiquent|interrogent|questionnent|[ée]tudient"
    r"|d[ée]noncent|retracent|relatent|racontent\s+(?:l['’]histoire|comment)"
    r"|consacr[ée]\s+(?:ses|sa|son|l['’]essentiel\s+de\s+ses)\s+(?:travaux|recherches|vie|carri[èe]re|[œo]euvre|th[èe]se)"
    r"|co-?pr[ée]sid[ée]|pr[ée]sid[ée]|dirig[ée])\b",
    re.IGNORECASE)
AUTHOR_VERB = _AUTHOR_VERB  # « X a montré que… »: an author, for kb/checks/unlisted_names.py

# a surname after a first name: « Jordan Lefebvre », « Inès BENALI », « Kevin Le Goff »
_SURNAME_AFTER = re.compile(  # (a line break between them: a paragraph wrapped by hand, « Nino⏎Beridze, en dialyse »)
    r"^(?:[ \t]+|[ \t]*\n[ \t]*(?=[A-ZÀ-Ý][a-zà-ÿĀ-ɏ'’-]+[ \t]*[,;:]))(?:[A-Z]\.[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ]{2}))?"  # (a middle initial: « Donald W. Winnicott »)
    r"(?:(?:Le|La|De|Du|Des|Van|Von|Ben|Ould|El|Da|Di|Dos|Mac|Mc|de|du|des|van|von|da|di|dos)\s+|(?:N|D|O|d)['’])?"
    r"(?P<surname>(?:Mc|Mac)?[A-ZÀ-ÝĀ-ɏ][a-zà-ÿĀ-ɏ'’]+(?:-[A-ZÀ-ÝĀ-ɏ][a-zà-ÿĀ-ɏ]+)?|[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)"
    r"(?!\w|-[a-zà-ÿ])")  # (Ā-ɏ: the Latin letters of Turkish, Polish, Romanian… names: « Elif Yıldız »)
# capitalised words that are not surnames after a first name
NOT_SURNAMES = frozenset("""
Et Ou Est Le La Les Un Une Des Du De Au Aux En Dans Sur Sous Pour Par Avec Chez Sans Selon Depuis Puis Mais Donc
Il Elle Ils Elles On Nous Vous Je Tu Ce Cette Ces Son Sa Ses Mon Ma Mes Qui Que Quand Lors Après Avant Alors
ASE CAF MDPH RSA AEMO AED PMI CMP CMPP IME ITEP MECS CHRS SIAO SPIP PJJ CCAS EHPAD ESAT SAVS SAMSAH HAS IGAS CNAPE
CASF CESF CIDFF DDETS DREETS UDAF ATD APL AAH ALS ALF CPAM CMU CSS AME PASS SAMU SDF CADA HUDA CAES OFII OFPRA
CNDA TISF AESH ULIS SEGPA EREA UEMA CRA CAMSP SESSAD SAAD SSIAD USLD MAS FAM FAO DAC CLIC MAIA CLS CLSM GEM
VAE BTS DEES DEASS DEME DEEJE DECESF CAFERUIO CAFDES SMIC RSA ARS MSA URSSAF CNAF DGCS ONPE ODPE CRIP OPP JAF
JDE AGSE UEMO STEMO EPM CEF CER QPV ZEP REP PRE NAF SAU TGI CHU CHS CMP MDA MDS MVS ESMS
""".split())



# accented Latin letters -> the letter without its accent, one character for one, so that offsets
# in a folded text are offsets in the text (« Aïcha » is found as « Aicha »)
_UNACCENT = str.maketrans({chr(c): unicodedata.normalize("NFD", chr(c))[0] for c in range(0xC0, 0x250)
                           if len(unicodedata.normalize("NFD", chr(c))) > 1
                           and unicodedata.normalize("NFD", chr(c))[0].isascii()})


def unaccent(text: str) -> str:
    return text.translate(_UNACCENT)


def _fold(word: str) -> str:
    """Lower case without accents: « Inès » -> « ines » (file names rarely keep accents)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


@functools.cache
def first_names() -> frozenset[str]:
    """The first names, without their accents (« Ines » for « Inès », « Inés », « Ines »)."""
    names = {line.strip() for line in FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return frozenset(unaccent(name) for name in names - NOT_NAMES) - {unaccent(name) for name in NOT_NAMES}


def is_first_name(word: str) -> bool:
    return unaccent(word) in first_names()


@functools.cache
def _wordlike() -> frozenset[str]:
    return frozenset(unaccent(name) for name in WORDLIKE)


def is_wordlike(word: str) -> bool:
    return unaccent(word) in _wordlike()


@functools.cache
def _folded_names() -> frozenset[str]:
    """First names as they are spelled in file names, except those that are also words."""
    return frozenset(_fold(name) for name in first_names() - _wordlike() if len(name) > 2) - _FILE_WORDS


# short words of file names that are also first names
_FILE_WORDS = frozenset("max min web img doc app art bio fin mai mar sep oct nov dec jan fev avr jul aou ete top new "
                        "old ado eco pro val cap ref rdv tel mel net sos pat com".split())


_ACCENTS = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]", "y": "[yÿ]",
            "n": "[nñ]", "A": "[AÀÂÄ]", "E": "[EÉÈÊË]", "I": "[IÎÏ]", "O": "[OÔÖ]", "U": "[UÙÛÜ]", "C": "[CÇ]"}


@functools.cache
def name_trigger() -> re2._Regexp:
    """One RE2 pass over a text finds every capitalised first name, with or without its accents
    (longest first, so that « Lucas » is not taken for « Luc »)."""
    alternatives = "|".join("".join(_ACCENTS.get(c, re.escape(c)) for c in name)
                            for name in sorted(first_names(), key=len, reverse=True))
    options = re2.Options()
    options.max_mem = 64 << 20
    return re2.compile(rf"(?:^|[^\pL\pN_-]|(?:^|[\s(*])_)({alternatives})(?:[^\pL\pN_]|_(?:[^\pL\pN]|$)|$)", options)


# the trades of the people who write, review and sign in a sheet (« — X, cheffe de service en CHRS »)
ROLES = (r"(?i:[ée]ducat|assistante?s?\s+(?:sociale?|de\s+service|familiale?)|chef|cheffe|directeur|directrice|infirmi"
         r"|psycholog|psychiatre|p[ée]dopsychiatre|m[ée]decin|juriste|conseill[eè]re?|animat|coordinat|b[ée]n[ée]vole"
         r"|format(?:eur|rice)|travailleu(?:r|se)s?\s+(?:social|sociale|sociaux|pair)|intervenant|moniteur|monitrice|auxiliaire|cadre|responsable|r[ée]f[ée]rente?"
         r"|pu[ée]ricultrice|sage-femme|orthophoniste|ergoth[ée]rapeute|psychomotricien|CESF|TISF|AMP|AES|relect"
         r"|contribut|autrice|auteure?|pair[ -]aidante?|m[ée]diat|interpr[èe]te|mandataire|d[ée]l[ée]gu[ée]e?|avocate?"
         r"|magistrat|juge|enseignante?|professeure?|charg[ée]e?|sociologue|anthropologue|chercheu|agent|secr[ée]taire"
         r"|ancien(?:ne)?\s+(?:directeur|directrice|[ée]ducat))")
_SIGNATURE_END = r"[^\n.;!?]{0,90}[.)]?[ \t]*(?=\n|$)"
# (a line break first: Python's re then looks for that character alone, fast)
_CITATION_START = re.compile(
    r"\n(?:(?P<key>sources|auteurs?(?:_originaux)?|autrices?|bibliographie|references|r[ée]f[ée]rences|contributeurs?"
    r"|contributrices?|relecteurs?|relectrices?|relectures?|traductions?|traducteurs?|traductrices?|traduit_de"
    r"|coordination|r[ée]daction|preuve)\s*:"
    r"|#{1,6}[ \t]*(?i:ressources|sources|bibliographie|r[ée]f[ée]rences|pour aller plus loin|pour en savoir plus"
    r"|lectures|à lire|webographie|notes)\b"
    # a signature line in the body: « Rédaction : Claire Martin, éducatrice spécialisée »
    r"|(?P<line>(?:[-*+][ \t]+)?(?:\*\*|__)?(?:R[ée]daction|R[ée]dig[ée]e?s?\s+par|Auteurs?|Autrices?|Relecture"
    r"|Relue?s?\s+par|Coordination|Contributions?)(?:\*\*|__)?[ \t]*:"
    # a quotation's signature: « — Sophie Renard, éducatrice en service d'AEMO » (not « — Kevin, 14 ans »), a
    # mail's: « Karim Bensaïd, chef de service en accueil de jour, relecteur »
    # (the whole line a signature: no sentence goes on after the trade)
    r"|[—–][ \t]*(?:\*\*?|__?)?[A-ZÀ-Ý][^\n,]{1,50},[ \t]*(?:[a-zà-ÿ'’-]+[ \t]+){0,2}?" + ROLES + _SIGNATURE_END +
    r"|(?:\*\*?|__?)?[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,2}(?:\*\*?|__?)?,[ \t]*(?:[a-zà-ÿ'’-]+[ \t]+){0,2}?"
    + ROLES + _SIGNATURE_END + r"))")
_CASE_IN_CITATION = re.compile(r"\b(?:situation|dossier|suivi|placement|signalement|hospitalisation|exemple)\s+(?:de|d['’])\s*$"
                               r"|\b(?:la|le)\s+(?:petite?|jeune)\s+$",
                               re.IGNORECASE)
_NEXT_KEY = re.compile(r"\n(?=[^\s-])")      # the next top-level key of the front matter (or the body)
_NEXT_HEADING = re.compile(r"\n#{1,6}\s")    # the next section of the body


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Parts of a sheet that cite works and name their authors and reviewers: the `sources`, `auteurs` and `relectures` blocks of
    the front matter, sections such as « Ressources » or « Bibliographie » in the body, and the
    body's signature lines (« Rédaction : … »)."""
    spans = []
    for match in _CITATION_START.finditer("\n" + text):  # one character more: offsets are one less
        if match.group("line"):
            end = text.find("\n", match.end() - 1)
            spans.append((match.start(), end if end >= 0 else len(text)))
            continue
        end = (_NEXT_KEY if match.group("key") else _NEXT_HEADING).search(text, match.end() - 1)
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


def _line_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The line around a hit, at most `reach` characters on each side (linear over a text made of
    one long line)."""
    lo = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach, 0)
    hi = text.find("\n", end, end + reach)
    return lo, min(len(text), end + reach) if hi < 0 else hi


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around a hit (at most its line)."""
    lo, hi = _line_bounds(text, start, end)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("! "), left.rfind("? "))
    right = text[end:hi]
    stop = min((i for i in (right.find(". "), right.find("! "), right.find("? ")) if i >= 0),
               default=len(right))
    return left[cut + 1:] + text[start:end] + right[:stop]


def first_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """First names that name someone, outside the parts of the sheet that cite works."""
    cited = None
    for match in name_trigger().finditer(text, lo, hi):
        start, end = match.span(1)
        if cited is None:
            cited = citation_spans(text)
        if any(c_lo <= start < c_hi for c_lo, c_hi in cited) \
                and not _CASE_IN_CITATION.search(text, max(0, start - 40), start):
            continue  # an author; not « notes sur la situation de Lucie Marchetti » slipped into a bibliography
        finding = _judge(text, start, end)
        if finding:
            yield finding


# Notes copied from a logbook are written in lower case: « vu kevin ce matin », « on a revu avec
# malik le budget », « - marie-thérèse déambule ». Only lines that start in lower case (not a YAML
# key) are read this way; there, a first name in lower case names someone after a word that meets
# a person, or at the head of the line before a verb.
_QUOTED_NOTE = re.compile(r"[«\"“][ \t\u00a0\u202f]*(?=[a-zà-ÿ])")
_NOTE_LINE = re.compile(r"\n[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\d{1,2}[h:]\d\d[ \t]+)?(?![a-z_]+:(?:\s|$))[a-zà-ÿ]")  # (from the \n: fast)
_YAML_KEY = re.compile(r"[a-z_]+:[ \t\n]")
_LOWER_WORD = r"[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{3,})?"
_LOWER_AFTER_CUE = re.compile(
    r"\b(?:vu|vue|revu|revue|voir|revoir|avec|rappeler|appeler|appel[ée]|contacter|contact[ée]|pr[ée]venir"
    r"|re[çc]u|re[çc]ue|recevoir|accompagner|accompagn[ée]e?|chez|de|d['’]|pour|entretien|rdv"
    r"|(?:sa|son|ses)\s+(?:s[œo]e?ur|fr[èe]re|m[èe]re|p[èe]re|copine|copain|fille|fils|cousine?|tante|oncle)"
    r"|foyer|ramen[ée]e?|retrouv[ée]e?|(?:la|le)\s+(?:petite?|jeune))\s*(?=(" + _LOWER_WORD
    + r")(?![\w-]))")  # (the name in a lookahead: « vu avec ibrahim » is « vu avec », then « avec ibrahim »)
# a first name and a surname in a note: before a cell's end, a bracket or a comma (« lucas girard | mehdi »,
# « vu dédé (andré lopez) »), or heading the line (or what follows its label) before a verb (« info : joy
# ehigiator demande un rdv »)
_LOWER_PAIR = re.compile(r"(?<![\w'’-])(" + _LOWER_WORD + r")[ \t]+(" + _LOWER_WORD + r")(?=[ \t]*(?:[|),;]|$))")
_LOWER_PAIR_LEAD = re.compile(r"(?:^|[:(]|\bc(?:['’]?est)?(?=[ \t]))[ \t]*(?:[-*+][ \t]+)?(" + _LOWER_WORD + r")[ \t]+(" + _LOWER_WORD + r")(?![\w'’-])")
_LOWER_AT_HEAD = re.compile(r"^[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\d{1,2}[h:]\d\d[ \t]+)?(" + _LOWER_WORD + r")(?=\s+[a-zà-ÿ'’]+)")
# words of everyday French that the dictionary of first names also holds
_LOWER_NOT_NAMES = frozenset("""
avril mai hui saad maire claire prudence esat grace mari aime min constant ira pierre modeste manuel aine than
pari victoire fidele constance lourdes honore amour desiree anil peter fortune cam jean marie france rose
jules ange dieu max lin bien loi son sang long don van ban man mine lien sait tin tri pie chien graine buse
""".split())


_LOWER_FAMILY = re.compile(r"\b(?:chez\s+les|famille|les\s+parents|vad\s+(?:chez\s+)?(?:les\s+)?)\s*([a-zà-ÿ]{5,})(?![\w'’-])")


# « camille pas venue au groupe », « yanis absent ce matin »
_NOTE_STATE = re.compile(r"\s+(?:pas|plus|absente?|malade|partie?|venue?|rentr[ée]e?|revenue?|arriv[ée]e?|fugu[ée]e?"
                         r"|hospitalis[ée]e?|injoignable|endormie?|agit[ée]e?|calme|ok|ras)\b")
_LOWER_CIVILITY = re.compile(r"(?<![\w.])(?:mme|mr|m\.|mlle|(?<!\bun\s)(?<!\ble\s)(?<!\bce\s)(?<!\bdu\s)(?<!\bau\s)(?<!\bla\s)"
                             r"(?<!\bune\s)(?:monsieur|madame))\s+((?:(?:el|al|ben|da|di|dos|van|de\s+la|de|du|le|la)\s+)?"
                             r"[a-zà-ÿ][a-zà-ÿ-]{2,})(?![\w'’-])")
_LOWER_CIVILITY_WORDS = ("mme ", "mr ", "m. ", "mlle ", "monsieur ", "madame ")
_NOT_LOWER_SURNAMES = frozenset("""
les des une est ont son ses sur par pour avec dans sans chez qui que quoi dont mais donc car pas plus très trop bien
aussi encore toujours jamais déjà puis alors elle lui leur nous vous ils elles cet cette ces tout tous toute toutes
était avait sera aura fait dit dits vient venue venu va allait part partie sort sortie rentre rentrée arrive arrivée
refuse refusé accepte accepté explique expliqué demande demandé souhaite souhaité veut voulait peut pouvait doit devait
semble semblait parle parlé pense pensé sait savait reste restée revient revenue appelle appelé appelée rappelle
confirme confirmé signale signalé indique indiqué précise précisé évoque évoqué raconte raconté exprime exprimé
pleure pleuré crie crié absente absent présente présent malade seule seul très inquiète inquiet ravie contente
directrice directeur maire juge présidente président référente référent mère père maman papa grand-mère tante
x. y. z. xxx
""".split())


@functools.cache
def lower_case_names() -> frozenset[str]:
    return frozenset(name.lower() for name in first_names() - _wordlike()) - _LOWER_NOT_NAMES


def lower_case_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """First names written in lower case in a note (a line that starts in lower case)."""
    if text.startswith("---"):  # the front matter's lines are YAML keys: only the body holds notes
        end = text.find("\n---", 3)
        lo = max(lo, end + 4 if end >= 0 else lo)
    elif _YAML_KEY.match(text, lo):
        return  # a front matter given alone (kb check reads it apart from the body)
    names = lower_case_names()
    civil = any(word in text for word in _LOWER_CIVILITY_WORDS)  # (substrings: far faster than a regex here)
    starts = [found.start() + 1 for found in _NOTE_LINE.finditer(text, max(lo - 1, 0), hi)]
    if (lo == 0 or text[lo - 1] == "\n") and _NOTE_LINE.match("\n" + text[lo:lo + 80]):
        starts.insert(0, lo)  # the first line has no line break before it
    if civil and ("«" in text or '"' in text or "“" in text):  # a message quoted as typed: « bjr c madame
        for quote in _QUOTED_NOTE.finditer(text, lo, hi):  # rakotomalala je pe pas venir » (200 characters looked at)
            reach = min(hi, quote.end() + 200)
            closing = {"«": "»", "“": "”"}.get(text[quote.start()], '"')
            quote_hi = min((i for i in (text.find(closing, quote.end(), reach), text.find("\n", quote.end(), reach))
                            if i >= 0), default=reach)
            yield from _lower_civilities(text[quote.end():quote_hi], quote.end())
    lines = [(line_lo, text.find("\n", line_lo, hi)) for line_lo in starts]
    if "«" in text or '"' in text or "“" in text:  # a message or a dictation quoted as typed: a note too, to its end
        for quote in _QUOTED_NOTE.finditer(text, lo, hi):
            closing = text.find({"«": "»", "“": "”"}.get(text[quote.start()], '"'), quote.end(), min(hi, quote.end() + 600))
            end = text.find("\n", quote.end(), hi if closing < 0 else closing)
            if closing >= 0 and end < 0 and closing - quote.end() >= 80:  # a dictation, not a quoted phrase
                lines.append((quote.end(), closing))
    for line_lo, line_hi in lines:
        line = text[line_lo:hi if line_hi < 0 else line_hi]
        words = [(m, m.group(1)) for m in _LOWER_AFTER_CUE.finditer(line)]
        head = _LOWER_AT_HEAD.match(line)
        if head and (VERB_AFTER.match(line[head.end(1):]) or _NOTE_STATE.match(line[head.end(1):])):
            words.append((head, head.group(1)))
        if civil:
            yield from _lower_civilities(line, line_lo)
        pairs = [*_LOWER_PAIR.finditer(line), *(pair for pair in _LOWER_PAIR_LEAD.finditer(line)
                                               if VERB_AFTER.match(line[pair.end():]))]
        for pair in pairs:
            first, second = pair.group(1), pair.group(2)
            if unaccent(first) in names and second not in _NOT_LOWER_SURNAMES and unaccent(second) not in _LOWER_NOT_NAMES:
                yield Finding("donnee-nom", line_lo + pair.start(1), line_lo + pair.end(2), "un prénom et un nom",
                              "remplacez-les par une description (« un jeune de 19 ans ») ou par une initiale")
        for family in _LOWER_FAMILY.finditer(line):  # « vad chez les kerbrat »: a surname no dictionary holds
            if family.group(1) not in _NOT_LOWER_SURNAMES and not is_french(_fold(family.group(1))):
                yield Finding("donnee-nom", line_lo + family.start(1), line_lo + family.end(1), "le nom d'une famille",
                              "écrivez « la famille D. » ou « une famille de quatre enfants »")
        for match, word in words:
            parts = unaccent(word).split("-")  # « marie-thérèse »: one part may be a word too
            if any(part in names for part in parts) and all(part in names or part in _LOWER_NOT_NAMES for part in parts):
                start = line_lo + match.start(1)
                yield first_name_finding(start, start + len(word))


def _lower_civilities(line: str, line_lo: int) -> Iterator[Finding]:
    for civility in _LOWER_CIVILITY.finditer(line):  # « vu mme lopez »: a surname, whatever it is
        if civility.group(1) not in _NOT_LOWER_SURNAMES:
            yield Finding("donnee-nom", line_lo + civility.start(), line_lo + civility.end(1), "une civilité suivie d'un nom",
                          "écrivez une initiale (« Mme D. », « M. X ») ou une description (« la mère »)")


# a line that goes on the paragraph above: not blank, not a list item, a heading, a table row, a quotation or a YAML key
# (a paragraph wrapped by hand at 100 columns; also kb/checks/privacy.py)
PROSE_LINE = re.compile(r"[ \t]*(?![-*+][ \t]|\d{1,2}[.)][ \t]|[#|>\n]|[a-z_]+:(?:\s|$)|$)")


def _judge(text: str, start: int, end: int) -> Finding | None:
    """A first name found at [start, end): does it name someone? The cheap tests come first."""
    name = text[start:end]
    line_lo, line_hi = _line_bounds(text, start, end)
    more = re.match(r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+", text[end:line_hi])  # « Jean-Pierre », « Marie-Ange »
    if more:
        if not all(is_first_name(part) for part in more.group()[1:].split("-")):
            return None  # « lycée Victor-Hugo », « hôpital Robert-Debré »: a place named after someone
        end += more.end()
    # (a YAML single-quoted string doubles its apostrophes: « d''Andreas »)
    left = text[max(line_lo, start - 50):start].replace("''", "'")
    right = text[end:min(line_hi, end + 100)].replace("''", "'")
    if not right.strip() and line_hi < len(text) and PROSE_LINE.match(text, line_hi + 1):
        right = text[end:min(len(text), end + 100)].split("\n\n")[0]  # a paragraph wrapped by hand after the name
    wordlike = is_wordlike(name)
    surname = _surname(right, wordlike)
    initial = None if surname else _INITIAL_AFTER.match(right)
    if initial:  # the initial of a surname tells who as well as the surname: judge what follows it
        right = right[initial.end():]
    emphasised = bool(_EMPHASIS_BEFORE.search(left))
    if emphasised and not _EMPHASIS_AFTER.match(right) \
            and not (surname and _EMPHASIS_AFTER.match(right[surname.end():])) \
            and _EMPHASIS_GOES_ON.match(right) and not _LIST_LABEL_BEFORE.search(text[line_lo:start]):
        return None  # a title in italics that starts with a name: « *Tim et le mystère de la patte bleue* »
    left = _EMPHASIS_BEFORE.sub("", left)  # « **Inès** (14 ans) », « **Kenza Amrani** a tenu »
    if surname and surname.group("surname") in CITED_AUTHORS:
        return None
    after = _EMPHASIS_AFTER.sub("", right[surname.end():] if surname else right)
    if emphasised:  # the name alone in bold or italics: what follows its closing mark says who it is
        right = (right[:surname.end()] if surname else "") + after
    if _RELIGIOUS.search(left) or _NAMED_AFTER.search(left):
        return None
    little = _LITTLE.search(left)
    if _ARTICLE.search(left) and not little:
        return None  # « la Rose des vents », « une Claire Fontaine », « le Jordan »
    if _TRADE_AFTER.match(after) and not _YAML_FLOW_LIST.match(text, line_lo):  # (in « [a, b] », commas part items)
        return None  # « Nadia, puéricultrice de PMI : « … » », « Olivier Tessier, cadre socio-éducatif »: a practitioner
    bracketed = _BRACKETED_NAME.match(after)  # « Nico (Nicolas) », « Sacha (Aleksandr) »: a name and its long form
    if PERSON_AFTER.match(after) or little or _PERSON_BRACKET_BEFORE.search(left) \
            or bracketed and is_first_name(bracketed.group(1)):  # someone, whoever cited
        sentence = sentence_around(text, start, end)
        if _named_work(sentence) or HISTORIC_YEAR.search(sentence) or _in_a_table_of_works(text, line_lo) \
                or _paragraph_opens_on_a_work(text, start):
            return None  # « Dans Welcome (Philippe Lioret), Bilal, jeune Kurde irakien, … »
        return _full_name(start, end, surname) if surname else first_name_finding(start, end)
    if not surname and not wordlike and start - line_lo <= 50 and _LIST_LABEL_BEFORE.search(text[line_lo:start]) \
            and _LIST_LABEL_AFTER.match(after) and not _in_a_table_of_works(text, line_lo):
        return first_name_finding(start, end)  # a list or a table of people, one per line
    named_before = None if surname else _NAME_BEFORE.search(left)  # « Tobie Nathan »: the name is a surname
    if (surname or named_before and named_before.group(1) not in SENTENCE_WORDS) \
            and _AUTHOR_VERB.match(_BRACKET_AHEAD.sub("", _CO_AUTHORS.sub("", after), 1)) \
            or _CITATION_AFTER.match(right) or _WORK_AFTER.match(right) \
            or _after_cited_author(left) or _AUTHOR_BEFORE.search(left):
        return None
    sentence = sentence_around(text, start, end + (surname.end() if surname else 0))
    situation = _Lazy(lambda: bool(_SITUATION.search(sentence)))
    case = _Lazy(lambda: bool(_CASE_BEFORE.search(left)))
    if HISTORIC_YEAR.search(sentence) or _BIBLIOGRAPHY.search(text, line_lo, line_hi) or _in_a_table_of_works(text, line_lo):
        return None  # « Louis Braille, né le 4 janvier 1809 à Coupvray »: someone of history
    if _HISTORY.search(sentence) and not situation() and not case():
        return None  # « Ann Hartman les a présentés ensemble en 1978 »
    if surname:
        if _STRONG_FICTION.search(sentence):
            return None  # « Tom Joad et sa famille, dans Les Raisins de la colère, … »
        if _PERSON_BEFORE.search(left):
            return _full_name(start, end, surname)  # « la maman de Chloé Martinez »
        if wordlike and not situation() and not _doing(text, start, surname.group("surname"), after) \
                or _cites_someone(sentence):
            return None
        if _WORK_BY.search(left) and _WORK_BY_AFTER.match(after):
            return None  # « Poil de Carotte, de Jules Renard, sert de support »: a work and its author
        if _OF.search(left) and not case() and not situation() and not _ROLE_OF.search(left):
            return None  # « la stimulation basale d'Andreas Fröhlich »: a work or a method, by its author
        return _full_name(start, end, surname)
    if wordlike:  # « Marine a été hospitalisée », not « Noël est un moment difficile »
        if not VERB_AFTER.match(after):
            return None
        if _STRONG_SITUATION.search(sentence):
            return first_name_finding(start, end)
        # a common noun has an article: one heading a sentence without one, then doing something to
        # someone's own life, is a name (« Rose a refusé son traitement », « Pierre ne sort plus de sa
        # chambre »; not « Prudence est de mise », « Nancy a ouvert son accueil de jour »)
        if name not in _PLACES_AND_FEASTS and _sentence_start(text, start) and not BEING.match(after) \
                and _OWN_LIFE.search(sentence[sentence.find(name) + len(name):]):
            return first_name_finding(start, end)
        return None
    if _cites_someone(sentence) or _fiction(sentence) or _paragraph_opens_on_a_work(text, start):
        return None  # « Louise Michel, Jean Jaurès et Lucie Aubrac ont donné leur nom à des écoles »
    if VERB_AFTER.match(after) or not _sentence_start(text, start) or _PERSON_BEFORE.search(left) or situation():
        return first_name_finding(start, end)
    return None


class _Lazy:
    """A test computed once, when first asked."""

    def __init__(self, compute):
        self._compute = compute
        self._value: bool | None = None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


# what only a person accompanied lives through (a sentence with a word-like name needs one of these)
_STRONG_SITUATION = re.compile(
    r"\b(?:hospitalis[ée]e?|plac[ée]e?|scolaris[ée]e?|d[ée]scolaris[ée]e?|enceinte|incarc[ée]r[ée]e?|fugu[ée]e?|fugue"
    r"|tentative|suicide|violences?|frapp[ée]e?|maltrait[ée]e?|expuls[ée]e?|h[ée]berg[ée]e?|sous\s+(?:tutelle|curatelle)"
    r"|dort|vit\s+(?:seule?|chez|à\s+la\s+rue|dans)|pleur[ée]|accueillie?|orient[ée]e?|suivie?)\b", re.IGNORECASE)
# words that open a sentence: never a surname after an initial (« Mme D. Elle a dit »)
SENTENCE_WORDS = NOT_SURNAMES | frozenset("""
Aujourd Ensuite Enfin Cela Ça Rien Pas Si Comme Lui Leur Leurs Nos Notre Votre Tous Toutes Plusieurs Certains
Certaines Aucun Aucune Chaque Peu Très Trop Encore Déjà Toujours Jamais Ici Là Hier Demain Ainsi Pourtant Cependant
Néanmoins Parfois Souvent Même Entre Vers Contre Malgré Pendant Grâce Durant Dès Face Faute Afin Voici Voilà Oui Non
""".split())

# more authors between a name and its work's verb: « Yves Gineste et Rosette Marescotti ont développé »
_CO_AUTHORS = re.compile(r"^(?:\s*(?:,|\bet\b)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-ZÀ-Ý][\w'’-]+)?)+")
# a work of fiction in the sentence: its characters are no one accompanied (« Rémi, le héros de
# *Sans famille* », « Dans *Hors normes*, Bruno et Malik accueillent… »)
_FICTION_TITLE = re.compile(r"(?<!\*)\*(?!\*)[^*\n]{1,60}\s[^*\n]{1,60}(?<!\*)\*(?!\*)|\b_[^_\n]{1,60}\s[^_\n]{1,60}_\b")
_FICTION_WORDS = re.compile(r"\b(?:h[ée]ros|h[ée]ro[ïi]ne\s+(?:de|du|des|d['’])|personnages?|roman|film|conte|album|bande\s+dessin[ée]e|saga"
                            r"|s[ée]rie\s+t[ée]l[ée]vis[ée]e|dessin\s+anim[ée]|fable|manga|court-m[ée]trage|long-m[ée]trage"
                            r"|pi[èe]ce\s+de\s+th[ée][âa]tre|trilogie)\b", re.IGNORECASE)
# a sentence opened by a work's title without its article: « Dans Intouchables, Philippe engage Driss »
_WORK_OPENING = re.compile(r"^\s*Dans\s+(?:[*_«]\s*)?[A-ZÀ-Ý][^,;.\n]{0,50},")
# a paragraph that opens on a work, its title set apart and its year in brackets (« *Moi, Daniel Blake* (Ken
# Loach, 2016) montre… », « on projette *Welcome* (Philippe Lioret, 2009) : »): the names in it are its characters
_WORK_WITH_YEAR = re.compile(r"(?:\*[^*\n]{1,60}\*|_[^_\n]{1,60}_|«[^»\n]{1,60}»)\s*\([^()\n]{0,60}\b(?:19|20)\d\d\)")


# a work named with its author in brackets at the head of the sentence, or a title after « dans »
_STRONG_FICTION = re.compile(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:Dans\s+)?(?:[*_«]\s*)?[A-ZÀ-Ý][^()\n.]{1,50}?\s*\((?:[A-ZÀ-Ý][\w'’.-]+\s+|et\s+|/\s*){1,6}"
                             r"[A-ZÀ-Ý][\w'’-]+(?:,\s*\d{4})?\)\s*[:,]|\bdans\s+(?:[*_«]\s*)?(?:Le|La|Les|L['’])\s*[A-ZÀ-Ý]"
                             # « « La Tête haute » d'Emmanuelle Bercot (2015) »: a work, its author and its year
                             r"|[»*_]\s*(?:,\s*)?(?:de|d['’]|par)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}\s*"
                             r"(?:,[^()\n]{1,40})?\((?:[^()\n]{0,60},\s*)?\d{4}\)"
                             # « le roman « La Vie devant soi » de Romain Gary »: a work named as such, and its author
                             r"|\b(?i:roman|film|livre|album|conte|pi[èe]ce|bande\s+dessin[ée]e|documentaire|s[ée]rie|nouvelle)"
                             r"\s+«[^»\n]{2,60}»\s*(?:,\s*)?(?:de|d['’])\s*[A-ZÀ-Ý]")


_WORKS_HEADER = re.compile(r"\b(?:films?|r[ée]alisat(?:eur|rice|ion)|auteure?s?|autrices?|[œo]euvres?|livres?|ouvrages?|romans?"
                           r"|titres?|[ée]diteur|s[ée]ries?|albums?|personnages?|acteurs?|actrices?)\b", re.IGNORECASE)


def _in_a_table_of_works(text: str, line_lo: int) -> bool:
    """A row of a Markdown table whose header names works (« | Film | Réalisation | Année | »)."""
    header = table_header(text, line_lo, 60)
    return bool(header and _WORKS_HEADER.search(text, *header))


# a character said to be made up (« « Madame Durand » est un personnage inventé pour la formation »)
_INVENTED = re.compile(r"\b(?:personnages?\s+(?:invent|fictif|fictive|imaginaire)|fictifs?\b|fictives?\b|imaginaires?\b"
                       r"|invent[ée]e?s?\s+pour\s+(?:la|le|l['’]|cet|cette)\s*(?:formation|exercice|atelier|jeu)"
                       r"|(?:sont|est|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+invent[ée]e?s?\b|jeux?\s+de\s+r[ôo]les?\b)",
                       re.IGNORECASE)
# an accompanied person's first name changed by the writer: « Lina (le prénom a été modifié) » (not
# the surname beside it: « « Emma » (prénom modifié) Fontaine »)
_RENAMED = re.compile(r"\bpr[ée]noms?\s+(?:a|ont)\s+[ée]t[ée]\s+(?:modifi|chang)|\bpr[ée]noms?\s+(?:modifi|chang|d['’]emprunt)",
                      re.IGNORECASE)


_LINE_BREAK = re.compile("\n")


def not_invented(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """`findings` but the names in a paragraph (a line) that says its characters are invented, and
    the first names alone in one that says the names were changed. Each line is looked at once."""
    findings = list(findings)
    if not any(f.code == "donnee-nom" for f in findings) or not (_INVENTED.search(text) or _RENAMED.search(text)):
        return findings
    invented_sections = _invented_sections(text)
    if invented_sections:
        findings = [f for f in findings if f.code != "donnee-nom" or not any(lo <= f.start < hi for lo, hi in invented_sections)]
    breaks = [found.start() for found in _LINE_BREAK.finditer(text)]
    lines: dict[int, tuple[int, bool, bool]] = {}
    kept = []
    for finding in findings:
        if finding.code != "donnee-nom":
            kept.append(finding)
            continue
        index = bisect.bisect_left(breaks, finding.start)
        if index not in lines:
            lo = breaks[index - 1] + 1 if index else 0
            hi = breaks[index] if index < len(breaks) else len(text)
            lines[index] = (hi, bool(_INVENTED.search(text, lo, hi)), bool(_RENAMED.search(text, lo, hi)))
        hi, invented, renamed = lines[index]
        if invented or renamed and is_first_name(text[finding.start:finding.end]) \
                and not _SURNAME_AFTER_BRACKET.match(text, finding.end, hi):
            continue
        kept.append(finding)
    return kept


_HEADING = re.compile(r"(?m)^#{1,6}[ \t][^\n]*")


def _invented_sections(text: str) -> list[tuple[int, int]]:
    """Sections whose heading says they are made up (« ## Exemple (situation fictive, construite pour la
    formation) »): from the heading to the next one."""
    headings = list(_HEADING.finditer(text)) if "#" in text else []
    return [(heading.start(), headings[index + 1].start() if index + 1 < len(headings) else len(text))
            for index, heading in enumerate(headings)
            if _INVENTED.search(heading.group()) or _FICTIVE_CASE.search(heading.group())]


_FICTIVE_CASE = re.compile(r"(?i)\bcas\s+p[ée]dagogique|\bsituation\s+(?:fictive|invent[ée]e|imaginaire|construite)")


_SURNAME_AFTER_BRACKET = re.compile(r"[\s»*_]*\([^)\n]{0,40}\)[\s*_]*[A-ZÀ-Ý][a-zà-ÿ]+(?!\s*[.:;!?]|\s*$)")


def in_a_work(text: str, start: int, end: int) -> bool:
    """The sentence around [start, end) tells a work named as such (« Dans *La Vie devant soi* (Émile Ajar),
    Momo est élevé par Madame Rosa »): the strong signs only, not a word such as « film » (« Kevin, 14 ans,
    regarde des films d'horreur » is someone)."""
    sentence = sentence_around(text, start, end)
    if _named_work(sentence) or _INVENTED.search(sentence):
        return True
    wrapped = _wrapped_sentence_before(text, start)
    return _named_work(wrapped) or bool(_INVENTED.search(wrapped)) or _paragraph_opens_on_a_work(text, start)


def _paragraph_opens_on_a_work(text: str, start: int) -> bool:
    blank, heading = text.rfind("\n\n", max(0, start - 800), start), text.rfind("\n#", max(0, start - 800), start)
    lo = max(blank + 2 if blank >= 0 else 0, heading + 1 if heading >= 0 else 0, max(0, start - 800))
    first = text[lo:min(start, lo + 240)]
    cut = first.find(". ")
    return bool(_WORK_WITH_YEAR.search(first if cut < 0 else first[:cut]))


def _wrapped_sentence_before(text: str, start: int) -> str:
    """The start of the sentence that reaches `start` over the lines of a paragraph wrapped by hand
    (« Le roman « La Vie devant soi » de Romain Gary (1975) a été⏎lu… : Momo, élevé par Madame Rosa »),
    at most 300 characters; empty when the sentence starts on the hit's line."""
    lo = text.rfind("\n", max(0, start - 300), start) + 1
    if not lo or any(mark in text[lo:start] for mark in (". ", "! ", "? ")):
        return ""
    begin = lo
    while begin > 1 and start - begin < 300:
        above = text.rfind("\n", max(0, begin - 200), begin - 1) + 1
        line = text[above:begin - 1]
        if not line.strip() or not PROSE_LINE.match(line) or not PROSE_LINE.match(text, begin):
            break
        begin = above
        if _ENDS_SENTENCE.search(line):
            return ""
    if begin == lo:
        return ""
    piece = text[begin:start]
    cut = max(piece.rfind(". "), piece.rfind("! "), piece.rfind("? "))
    return piece[cut + 1:].replace("\n", " ")


_ENDS_SENTENCE = re.compile(r"[.!?][ \t*_»\")]*$")


def _named_work(sentence: str) -> bool:
    """A work named with its author, a sentence opened by its title, or one of its known characters."""
    return bool(_STRONG_FICTION.search(sentence) or _WORK_OPENING.match(sentence)
                or any(word in FICTION_CHARACTERS for word in _CAPITALISED.findall(sentence)))


def _fiction(sentence: str) -> bool:
    return bool(("*" in sentence or "_" in sentence) and _FICTION_TITLE.search(sentence)
                or _FICTION_WORDS.search(sentence)) or _named_work(sentence)
# capitalised words that name things, not people (« Le Petit Prince », « les Restos »)
CAPITALISED_THINGS = frozenset("""
Prince Poucet Chaperon Sirène Nicolas Robert Larousse Âge Age Enfance Nord Sud Est Ouest Paris Lyon Marseille Débat
Soir Journal Livre Frère Frères Soeur Sœur Palais Bleu Rouge Noir Vert Blanc Chose Monde Public Groupe Plan Projet
Bain Bassin Ensemble Atelier Café Marché Théâtre Cirque Musée Jardin Parc Centre Maison Foyer Village Quartier
""".split())
def _doing(text: str, start: int, surname: str, after: str) -> bool:
    """A first name that is also a word, then a surname no dictionary holds, heading a sentence and
    doing something: someone (« Bienvenu Mukendi est venu seul », « C'est Grâce Nzeyimana qui m'a
    montré »; not « Aurore Boréale est… », « Prudence Lefort » when Lefort is a word)."""
    if is_wordlike(surname) or is_first_name(surname) or surname in NOT_SURNAMES or surname in SENTENCE_WORDS \
            or surname in CITED_AUTHORS or surname in CAPITALISED_THINGS or is_month_or_place_word(surname) \
            or surname.isupper() or not surname.isalpha() and "-" not in surname:
        return False
    if not (VERB_AFTER.match(after) and not BEING.match(after) or _WHO_AFTER.match(after)):
        return False
    return _sentence_start(text, start) or bool(_IT_IS_BEFORE.search(text, max(0, start - 12), start))


_WHO_AFTER = re.compile(r"^\s+qui\s+(?:m['’]|nous|l['’]|a|avait|est|était)\b")
_IT_IS_BEFORE = re.compile(r"\b[Cc]['’]est\s+$")


_YAML_FLOW_LIST = re.compile(r"[ \t]*(?:-[ \t]+)?[a-z_]+:[ \t]*\[")
_TRADE_AFTER = re.compile(r"^\s*,\s*(?:[a-zà-ÿ'’-]+\s+){0,2}?" + ROLES)
_INITIAL_AFTER = re.compile(r"^[ \t]+[A-Z]\.(?=[\s,;:)*_]|$)")
_BRACKETED_NAME = re.compile(r"\s*\(\s*([A-ZÀ-Ý][a-zà-ÿ]+)\s*\)")
_PLACES_AND_FEASTS = frozenset("Nancy Paris Lourdes Lorraine Milan Noël Toussaint Avril Mai Trinité".split())
BEING = re.compile(r"^\s+(?:est|était|sera|fut|sont|peut|pouvait|doit|devait|semble|semblait|va|allait|reste|restait)\b")
_OWN_LIFE = re.compile(r"\b(?:elle|il|lui|sa|son|ses|s['’]est|s['’]était)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’-]+")


def _cites_someone(sentence: str) -> bool:
    """A sentence that names an author, a public figure or a character that sheets cite, or someone a
    place is named after (« Louise Michel … a donné son nom à de nombreux centres sociaux »)."""
    return any(word in CITED_AUTHORS for word in _CAPITALISED.findall(sentence)) or bool(_NAMESAKE.search(sentence))


_BRACKET_AHEAD = re.compile(r"^\s*\([^()\n]{1,40}\)")  # « Philippe Warin (Odenore) distingue »
_WORK_BY = re.compile(r"[A-ZÀ-Ý][^,;.\n]{0,60},\s*(?:de|par)\s+$")
_WORK_BY_AFTER = re.compile(r"\s*[,)]")
# a reference in a bibliography: a publisher, a collection, « éd. », « p. 12 »
_BIBLIOGRAPHY = re.compile(r"\b(?:[ÉE]ditions|[ée]d\.|coll\.|Dunod|[ÉE]r[èe]s|Plon|Seuil|PUF|Presses\s+(?:universitaires|de)"
                           r"|Bayard|La\s+D[ée]couverte|Armand\s+Colin|ESF|EHESP|Odile\s+Jacob|Gallimard|Fayard|L['’]Harmattan"
                           r"|Champ\s+social|Vuibert|Hachette|Flammarion|Albin\s+Michel|Payot|Robert\s+Laffont|Belin|Elsevier"
                           r"|Chronique\s+sociale|Syros|Dalloz|Privat|Grasset|Autrement|Seli\s+Arslan|In\s+Press|De\s+Boeck"
                           r"|Mardaga|Eyrolles|Lamarre|Berger-Levrault|Presses\s+de\s+l['’]EHESP|Terre\s+humaine|p\.\s*\d+)(?!\w)")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+$")
_OF = re.compile(r"\b(?:de|d['’]|du)\s*$", re.IGNORECASE)
# someone's own practitioner (« l'orthophoniste de Lina Bouchard »), not a method by its author
_ROLE_OF = re.compile(r"\b(?:orthophoniste|psychologue|psychomotricien(?:ne)?|[ée]ducat(?:eur|rice)|r[ée]f[ée]rente?|ma[îi]tresse"
                      r"|ma[îi]tre|AESH|AVS|enseignante?|professeure?|m[ée]decin|p[ée]diatre|infirmi[èe]re?|kin[ée]|tuteur|tutrice"
                      r"|curat(?:eur|rice)|mandataire|avocate?|juge|nounou|assistante?\s+(?:sociale?|familiale?|maternelle)"
                      r"|dossier|chambre)\s+(?:de|d['’])\s*$", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]+)\s*(?:,|\bet|\bavec)\s*$")
# a pair of names after a work's « de » or « par »: « l'approche narrative de Michael White et David Epston »
_WORK_PAIR_BEFORE = re.compile(r"(?:\b(?:de|par|selon)\s+|\bd['’])(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:(?:de|van|von)\s+)?"
                               r"[A-ZÀ-Ý][\w'’-]+\s+et\s+(?:[A-ZÀ-Ý][\w'’-]+\s+)?$")
_NAMESAKE = re.compile(r"\b(?:donn[ée]|pr[êe]t[ée])\s+son\s+nom\b|\bporte\s+(?:son|le)\s+nom\b", re.IGNORECASE)


def _after_cited_author(left: str) -> bool:
    """« Paul Watzlawick, Janet Helmick Beavin »: the next name in a list of authors."""
    match = _LISTED_BEFORE.search(left)
    return bool(match) and match.group(1) in CITED_AUTHORS or bool(_WORK_PAIR_BEFORE.search(left))


def _full_name(start: int, end: int, surname: re.Match[str]) -> Finding:
    return Finding("donnee-nom", start, end + surname.end(), "un prénom suivi d'un nom",
                   "remplacez-les par une description (« un jeune homme de 17 ans ») ou par une initiale "
                   "(« M. L. »)")


def _surname(right: str, wordlike: bool) -> re.Match[str] | None:
    match = _SURNAME_AFTER.match(right)
    if not match:
        return None
    word = match.group("surname")
    if word in NOT_SURNAMES or is_wordlike(word) or (wordlike and is_first_name(word)):
        return None
    return match


_ARTICLE = re.compile(r"(?:\b(?:le|la|les|un|une|des|du|au|aux|ce|cette)|\bl['’])\s*$", re.IGNORECASE)
_LITTLE = re.compile(r"\b(?:le|la)\s+(?:petite?|jeune)\s+$", re.IGNORECASE)
_RELIGIOUS = re.compile(r"(?:Abbé|Sœur|Soeur|Frère|Père|Mère|Saint|Sainte|Dom|Mgr)\s+$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" *_«\"“(-")
    return not before or before[-1] in ".!?:\n#>|"


def first_name_finding(start: int, end: int) -> Finding:
    return Finding("donnee-nom", start, end, "un prénom dans une situation reconnaissable",
                   "remplacez le prénom par une description (« un adolescent de 14 ans », « une jeune femme ») "
                   "ou par une initiale (« l'enfant A. »)")


# « la famille Martin », « chez les Benali », « le couple Durand »
_FAMILY = re.compile(
    r"\b(?i:famille|fratrie|couple|[ée]poux|chez\s+les|les\s+enfants|les\s+parents|les\s+fr[èe]res|les\s+s[œo]e?urs)\s+"
    r"(?:(?i:de)\s+|d['’])?"
    r"(?P<name>[A-ZÀ-Ý]{3,}(?:[ \t]+[A-ZÀ-Ý]{3,})?[ \t]+(?:DA|DE|DOS|DAS|DU|EL|BEN|VAN|LE|LA)[ \t]+[A-ZÀ-Ý]{3,}(?![\w'’-])"
    r"|(?:(?:Le|La|De|Du|Van|Ben|El|Ould)\s+|(?:N|D|O)['’])?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    r"|[A-ZÀ-Ý]{3,})(?P<after>[ \t]*(?:[A-ZÀ-Ý]|d['’]|du\b|des\b|de\b)?)")
_NOT_FAMILIES = frozenset("""
Roms Rom Gitans Gitanes Manouches Tsiganes Yéniches Voyageurs Gens Peuls Kurdes Compagnons Restos Scouts Petits
Rurales Rurale Laïques Plus Accueil Accueillante Solidaire Solidarité Solidarités Monoparentale Nombreuse Nombreuses
Recomposée Élargie Royale Humaine Nouvelle Nouvelles Catholique Catholiques Protestante Musulmane Juive Française
Le La Les Un Une Des Du De Et En Au Aux Ce Cette Est Ou Tout Toute Pour Avec Sans Dans Sur Sous Chaque Entière
""".split())


# « Les Moreau ont encore reporté le rendez-vous »: a surname in the plural takes no « s »
_THE_FAMILY = re.compile(r"\b(?:Les|les)\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?<![sx]))\s+(?:ont|sont|avaient|étaient|ne|n['’]|refusent"
                         r"|viennent|vivent|habitent|restent|ont-ils|se\s|s['’])")


def family_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _THE_FAMILY.finditer(text, lo, hi):
        name = match.group("name")
        if name in _NOT_FAMILIES or name in NOT_SURNAMES or name in CAPITALISED_THINGS or name in CITED_AUTHORS or is_wordlike(name) \
                or is_month_or_place_word(name):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "le nom d'une famille",
                      "écrivez « la famille D. » ou « une famille de quatre enfants »")
    for match in _FAMILY.finditer(text, lo, hi):
        name = match.group("name").split()[-1].split("'")[-1].split("’")[-1]
        if name in _NOT_FAMILIES or match.group("after").strip() or name in NOT_SURNAMES \
                or name in CITED_AUTHORS and not is_first_name(name):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "le nom d'une famille",
                      "écrivez « la famille D. » ou « une famille de quatre enfants »")


# « née Durand », « épouse Martin », « veuve Leroy », « nom de jeune fille : Petit »
_BIRTH_NAME = re.compile(
    r"(?<![\w-])(?i:n[ée]e|[ée]pouse|[ée]p\.|veuve|vve|divorc[ée]e|nom\s+de\s+(?:jeune\s+fille|naissance|famille)\s*:?)\s+"
    r"(?P<name>(?:(?:Le|La|De|Du|Van|Ben|El)\s+|(?:N|D|O)['’])?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    r"|[A-ZÀ-Ý]{3,})(?![\w.])")
_NOT_BIRTH_NAMES = _NOT_FAMILIES | {"Loi", "Lors", "Vers", "Entre", "Depuis", "Pendant", "Avant", "Après", "Grâce"}


def birth_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _BIRTH_NAME.finditer(text, lo, hi):
        name = match.group("name")
        if name in _NOT_BIRTH_NAMES or name in NOT_SURNAMES or is_month_or_place_word(name):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "un nom de naissance ou d'épouse",
                      "retirez le nom ; au besoin, écrivez « Mme D. »")


# towns, regions and countries a sheet names without naming anyone
_PLACES = frozenset(_fold(place) for place in """
France Paris Marseille Lyon Toulouse Nice Nantes Montpellier Strasbourg Bordeaux Lille Rennes Reims Toulon Grenoble
Dijon Angers Nîmes Villeurbanne Clermont-Ferrand Aix-en-Provence Brest Tours Amiens Limoges Annecy Perpignan Metz
Besançon Orléans Rouen Mulhouse Caen Nancy Argenteuil Montreuil Roubaix Tourcoing Nanterre Créteil Avignon Poitiers
Versailles Pau Calais Cayenne Mamoudzou Saint-Denis Bobigny Aubervilliers Sarcelles Vitry Colombes Vénissieux
Bretagne Normandie Occitanie Provence Alsace Lorraine Corse Guyane Mayotte Réunion Guadeloupe Martinique
Algérie Maroc Tunisie Mali Sénégal Guinée Cameroun Congo Comores Madagascar Haïti Afghanistan Syrie Irak Iran
Turquie Ukraine Russie Géorgie Albanie Kosovo Roumanie Bulgarie Érythrée Soudan Somalie Éthiopie Nigeria Ghana
Europe Afrique Asie Amérique Belgique Suisse Espagne Portugal Italie Allemagne Angleterre Québec Canada
""".split())


_MONTHS = frozenset("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split())


def is_month_or_place_word(word: str) -> bool:
    folded = _fold(word)
    return folded in _MONTHS or folded in _PLACES


# « photo_lucas_dupont.jpg », « IMG-Ines-anniversaire.png »
_FILE_NAME = re.compile(r"[\w./-]*?(?P<stem>[\w-]+(?:\.[\w-]+)*)\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|svg|mp4|mov"
                        r"|avi|pdf|docx?|odt)\b", re.IGNORECASE)


_FAMILY_WORDS = {"famille", "mme", "madame", "monsieur", "mr", "m", "fratrie", "couple"}
_NOT_FAMILY_FILES = {"accueil", "daccueil", "elargie", "recomposee", "monoparentale", "type", "modele", "vierge"}


# a folder of a link that holds one person's papers: « …/dossiers/nguyen_thi_lan/… », « …/situations/ppe-lucie-ferreira »
CASE_FOLDER = r"(?i:/(?:dossiers?|situations?|usagers?|b[ée]n[ée]ficiaires?|r[ée]sidents?|patients?|suivis?))/"
_CASE_SLUG = re.compile(CASE_FOLDER + r"(?P<slug>[\w.-]{3,80})")


def case_folder_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    names = _folded_names()
    for match in _CASE_SLUG.finditer(text, lo, hi):
        words = [_fold(word) for word in re.split(r"[_.\s-]+", match.group("slug")) if word]
        if any(word in names for word in words) and not any(word in ("modele", "type", "vierge", "exemple") for word in words):
            yield Finding("donnee-nom", match.start("slug"), match.end("slug"), "un lien qui nomme une personne",
                          "ce lien mène au dossier d'une personne accompagnée : retirez-le, ou renvoyez à un modèle vide")


def file_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    names = _folded_names()
    for match in _FILE_NAME.finditer(text, lo, hi):
        words = [_fold(word) for word in re.split(r"[_.\s-]+", match.group("stem")) if word]
        if any(word in names for word in words) or any(
                word in _FAMILY_WORDS and following.isalpha() and len(following) > 2 and following not in _NOT_FAMILY_FILES
                for word, following in zip(words, words[1:])):
            yield Finding("donnee-nom", match.start("stem"), match.end(), "un nom de fichier qui nomme une personne",
                          "renommez le fichier sans nom (« atelier-cuisine.jpg ») ; la photo d'une personne "
                          "accompagnée n'a pas sa place dans une fiche publique")


# what kb/checks/unlisted_names.py reads of a sentence, as this module does
SITUATION = _SITUATION
cites_someone = _cites_someone
in_fiction = _fiction
