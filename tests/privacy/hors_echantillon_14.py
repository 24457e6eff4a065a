# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 14 du détecteur de données personnelles de Relier.

Rédigé le 2026-12-08 par un assistant qui n'a vu ni le détecteur, ni ses tests, ni les
autres jeux d'évaluation. Toutes les personnes sont fictives : les numéros de téléphone sont
pris dans les tranches réservées à la fiction (01 99 00, 02 61 91, 03 53 48, 04 65 71, 05 36 49,
06 39 98, 07 00 00), les adresses électroniques sont sur example.org, example.com ou example.net,
les NIR et les IBAN sont inventés (leur clé peut être juste ou fausse). Les auteurs, chercheurs
et personnes célèbres cités dans CLEAN sont réels et publics ; les praticiens nommés avec leur
fonction sont fictifs.

Accent de ce jeu : les NOMS sous toutes leurs formes et à toutes les places, et le texte
ordinaire qui ressemble à des noms. Côté FLAG : prénoms seuls dans des phrases de toutes formes
(sujet, complément, après une préposition, en apposition, dans une liste, une cellule de tableau,
en gras, entre parenthèses, en minuscules), prénoms rares ou étrangers (Afrique de l'Ouest et
centrale, Maghreb, Comores, Madagascar, Turquie, Kurdistan, Afghanistan, Tchétchénie, Roms,
Viêt Nam, Tamouls, Haïti, Roumanie, Ukraine, Brésil, Antilles, Mayotte, Polynésie), noms composés
et à particule, noms de famille seuls, initiales avec nom, surnoms, noms cachés dans une adresse
électronique, une URL, un nom de fichier ou un texte alternatif d'image, prénoms d'enfants à
l'école, à la crèche ou à l'IME, prénoms à côté d'un âge ou d'un diagnostic ; et des dates de
naissance, adresses, téléphones, numéros de dossier, NIR et IBAN placés de façon inhabituelle.
Côté CLEAN : auteurs et chercheurs cités de toutes les manières, praticiens nommés avec leur
fonction, institutions et rues qui portent un nom de personne, saints et fêtes, villes qui sont
aussi des prénoms, marques et logiciels, mois et jours, noms communs qui sont aussi des prénoms,
personnages de fiction annoncés comme tels, personnes célèbres, exemples anonymisés, maladies et
outils éponymes, lois et décrets, numéros d'aide publics, adresses de services.

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.

Conventions :
- FLAG = [(kind, code, text), ...] : textes qui DOIVENT être signalés ; code parmi
  donnee-nom, donnee-naissance, donnee-adresse, donnee-telephone, donnee-courriel,
  donnee-nir, donnee-iban, donnee-dossier (le code attendu au minimum ; un texte peut en
  déclencher d'autres). kind est un court identifiant du cas.
- CLEAN = [(kind, text), ...] : textes qui ne doivent PAS être signalés.
- DEBATABLE = [(kind, text, why), ...] : cas ambigus, exclus du score.
- Chaque texte fait de 2 à 12 lignes (paragraphe, liste, petit tableau, extrait YAML,
  citation), tel qu'il pourrait apparaître dans une fiche Markdown avec en-tête YAML.
"""


def L(*lines):
    """Assemble les lignes d'un texte."""
    return "\n".join(lines)


NOM = "donnee-nom"
NAIS = "donnee-naissance"
ADR = "donnee-adresse"
TEL = "donnee-telephone"
MEL = "donnee-courriel"
NIR = "donnee-nir"
IBAN = "donnee-iban"
DOS = "donnee-dossier"


FLAG = [
    # ------------------------------------------------------------------
    # donnee-nom : prénoms seuls, places variées dans la phrase
    # ------------------------------------------------------------------
    ("prenom-sujet-peul", NOM, L(
        "Oumou a refusé de descendre au réfectoire pendant toute la première semaine.",
        "L'équipe a choisi de lui monter un plateau sans en faire une règle.")),
    ("prenom-complement-malgache", NOM, L(
        "Nous avons raccompagné Tsiory jusqu'à l'arrêt du bus scolaire chaque matin,",
        "jusqu'aux vacances de la Toussaint.")),
    ("prenom-apres-preposition-tchetchene", NOM, L(
        "Le référent a passé une heure avec Zelimkhan pour préparer le rendez-vous en préfecture ;",
        "il voulait savoir s'il pourrait rester au foyer après sa majorité.")),
    ("prenom-apposition-afghan", NOM, L(
        "Le plus jeune des trois frères, Rahmatullah, ne parlait pas français à son arrivée.",
        "Il a été inscrit en UPE2A dès la deuxième semaine.")),
    ("prenom-item-liste", NOM, L(
        "Points à reprendre en réunion d'équipe :",
        "- Fatoumata : bilan orthophonique toujours en attente ;",
        "- le groupe du mercredi : changer de salle ;",
        "- commande de fournitures pour l'atelier.")),
    ("prenom-cellule-tableau-kurde", NOM, L(
        "| Prénom | Atelier choisi | Présences |",
        "|---|---|---|",
        "| Hêvî | cuisine | 4/5 |",
        "| Berfin | couture | 2/5 |")),
    ("prenom-gras-malgache", NOM, L(
        "**Anjara** a pris la parole la première au conseil de la vie sociale,",
        "ce qui a surpris toute l'équipe.")),
    ("prenom-entre-parentheses-bresilien", NOM, L(
        "Le passage en classe ordinaire a été préparé sur plusieurs mois",
        "(pour Thiago, on a même attendu la rentrée de janvier).")),
    ("prenom-minuscules-note-kurde", NOM, L(
        "note du 12 : vu dilan ce matin au foyer, pas de nouvelles du collège,",
        "rappeler l'infirmière scolaire.")),
    ("prenom-minuscules-preposition-tchetchene", NOM, L(
        "à voir : la chambre de magomed sent le tabac,",
        "en parler au point d'équipe de jeudi.")),
    ("prenom-compose-haitien", NOM, L(
        "Jean-Wesley et sa petite sœur ont été confiés au même assistant familial,",
        "ce qui n'était pas acquis au départ.")),
    ("nom-particule-ait", NOM, L(
        "La famille Aït Ahmed a demandé le report de l'audience,",
        "le père venant de reprendre un travail de nuit.")),
    ("civilite-nom-ben", NOM, L(
        "M. Ben Salah refuse toujours la mesure d'aide éducative.",
        "Nous lui avons proposé une rencontre avec le chef de service.")),
    ("civilite-nom-de-la", NOM, L(
        "La grand-mère paternelle, Mme de La Roche, souhaite accueillir l'enfant le week-end ;",
        "une évaluation de son logement est prévue avant toute décision.")),
    ("prenom-nom-apostrophe", NOM, L(
        "Aïssatou N'Diaye s'est présentée seule à la permanence,",
        "avec ses deux enfants et une valise.")),
    ("nom-pluriel-van-der", NOM, L(
        "Les Van der Berg ont déménagé en cours de mesure",
        "et la situation a été transmise au département voisin.")),
    ("nom-pluriel-les-diallo", NOM, L(
        "Relance faite : les Diallo n'ont répondu ni au courrier",
        "ni au message laissé sur le répondeur.")),
    ("chez-mme-nom", NOM, L(
        "La visite à domicile chez Mme Ouedraogo a duré plus longtemps que prévu :",
        "le bébé pleurait et nous avons attendu qu'il s'endorme pour parler.")),
    ("nom-seul-sujet", NOM, L(
        "Kowalski refuse de signer le contrat de séjour tant que son chien",
        "n'est pas accepté dans la chambre.")),
    ("initiale-nom-malien", NOM, L(
        "K. Traoré a rejoint le chantier d'insertion en avril",
        "et enchaîne avec une formation de cariste.")),
    ("initiales-composees-nom-malgache", NOM, L(
        "Entretien tripartite avec M.-L. Rakotomalala, sa mandataire judiciaire",
        "et l'ergothérapeute du SAMSAH.")),
    ("surnom-guillemets", NOM, L(
        "Au foyer, tout le monde l'appelle « P'tit Lion », même les veilleurs de nuit,",
        "et il ne répond plus à son prénom.")),
    ("surnom-pseudo-reseau", NOM, L(
        "Elle signe ses dessins « Doudou973 », le pseudo qu'elle utilise aussi",
        "sur les réseaux sociaux, où sa mère ne la suit pas.")),
    ("surnom-celebre-client", NOM, L(
        "Il se fait appeler « Django » depuis qu'il joue de la guitare avec son oncle ;",
        "les éducateurs ont fini par l'appeler ainsi aussi.")),
    ("surnom-creole-man", NOM, L(
        "Man Ursulet, comme l'appellent les voisins, garde encore ses petits-enfants",
        "le mercredi malgré ses chutes répétées.")),
    ("surnom-le-vieux", NOM, L(
        "Le vieux Bacar, comme on l'appelle à l'accueil de jour,",
        "y prend son café chaque matin depuis dix ans.")),
    ("nom-dans-url", NOM, L(
        "Les photos de la sortie ont été mises en ligne ici :",
        "https://photos.example.org/albums/famille-nguyen-sortie-mer-2026")),
    ("nom-dans-url-cagnotte", NOM, L(
        "Le lien de la cagnotte (https://cagnotte.example.com/pour-la-famille-kandasamy)",
        "circule dans le quartier depuis l'incendie.")),
    ("nom-fichier-pdf", NOM, L(
        "Pièce jointe envoyée par erreur sur la liste : bilan_psy_yanis_benali.pdf",
        "(le fichier a été retiré depuis).")),
    ("nom-fichier-carte-vitale", NOM, L(
        "Le scan « Carte_vitale_DEMIR_Elif.jpg » traîne encore",
        "dans le dossier partagé de l'équipe.")),
    ("texte-alternatif-image", NOM, L(
        "![Kenza et son frère devant l'entrée du foyer](../../images/sortie-foyer.jpg)",
        "La sortie a marqué la fin du premier trimestre.")),
    ("texte-alternatif-dessin-tamoul", NOM, L(
        "![Dessin de Nilani représentant sa maison à Jaffna](../../images/dessin-maison.png)",
        "Le dessin a servi de support au premier entretien.")),
    ("nom-image-fichier-anniversaire", NOM, L(
        "Un souvenir de la fête de l'unité :",
        "![Le gâteau](../../images/anniversaire-milana-6ans.jpg)")),
    ("legende-photo", NOM, L(
        "*Photo : Florin et son père réparant un vélo à l'atelier (avec leur accord).*",
        "L'atelier est ouvert aux familles le samedi.")),
    ("creche-prenom-yoruba", NOM, L(
        "À la crèche, Ayodele ne dort pas à la sieste et pleure dès que sa mère s'en va ;",
        "la psychomotricienne propose un objet transitionnel.")),
    ("ime-prenom-polynesien", NOM, L(
        "À l'IME, Teva participe à l'atelier jardin deux fois par semaine ;",
        "il supporte mal les changements de salle.")),
    ("ecole-prenom-nom-bresilien", NOM, L(
        "En CE2, Lucas Ferreira a été orienté vers le RASED",
        "après deux trimestres difficiles.")),
    ("maternelle-prenom-tahitien", NOM, L(
        "En moyenne section, Vaitea ne parle qu'en reo mā'ohi ;",
        "l'ATSEM traduit quand elle le peut.")),
    ("ulis-prenom-diagnostic-tamoul", NOM, L(
        "Kavin, porteur de trisomie 21, entre en ULIS à la rentrée ;",
        "l'AESH sera la même qu'en primaire.")),
    ("prenom-age-guineen", NOM, L(
        "Ibrahima, 16 ans, arrivé seul de Conakry en juin,",
        "attend l'évaluation de sa minorité.")),
    ("prenom-diagnostic-parentheses", NOM, L(
        "Roxana (TSA, non verbale) communique avec un classeur d'images",
        "que l'équipe complète chaque vendredi.")),
    ("prenom-handicap-apposition-turc", NOM, L(
        "Mehmet, malentendant, a enfin obtenu sa RQTH",
        "et commence un stage dans une menuiserie.")),
    ("civilite-nom-comorien", NOM, L(
        "Mme Soilihi élève seule quatre enfants depuis son arrivée de Mohéli ;",
        "elle ne voulait pas d'intervention à domicile.")),
    ("prenom-mahorais", NOM, L(
        "Zaïnaba a quitté Mayotte à quinze ans pour suivre un CAP à La Réunion ;",
        "sa mère l'appelle chaque soir.")),
    ("prenom-nom-turc", NOM, L(
        "Emre et Zeynep Yılmaz viennent ensemble à l'atelier parents-enfants,",
        "mais seule Zeynep prend la parole.")),
    ("prenom-ukrainien", NOM, L(
        "Oksana, qui enseignait le piano à Kharkiv, anime désormais",
        "un petit atelier musical pour les enfants du centre.")),
    ("prenom-roumain", NOM, L(
        "Ionuț vend des journaux devant le supermarché le samedi ;",
        "c'est là que la maraude le rencontre.")),
    ("prenom-rom-apposition", NOM, L(
        "Mirela, la fille aînée, garde ses frères quand les parents partent à la ferraille,",
        "et ne va plus au collège depuis novembre.")),
    ("nom-vietnamien-complet", NOM, L(
        "Mme Nguyễn Thị Lan a besoin d'un interprète pour ses rendez-vous à la CAF ;",
        "c'est sa fille qui traduit, ce qu'il faudrait éviter.")),
    ("prenom-nom-tamoul", NOM, L(
        "Tharshini Sivanesan a obtenu la protection subsidiaire",
        "et cherche un logement près de l'école de son fils.")),
    ("civilite-nom-antillais-compose", NOM, L(
        "La demande de Mme Marie-Sainte a été présentée en commission d'attribution",
        "et acceptée pour un T3 en rez-de-chaussée.")),
    ("prenom-nom-polynesien", NOM, L(
        "Hinano Tetuanui, arrivée de Papeete pour ses études,",
        "dort depuis un mois dans sa voiture.")),
    ("prenom-nom-commun-congolais", NOM, L(
        "Dieumerci ne voulait pas quitter sa mère pour la colonie",
        "et a fini par partir avec son cousin.")),
    ("prenom-nom-commun-age", NOM, L(
        "Exaucée, 4 ans, a été hospitalisée trois fois cet hiver pour des bronchiolites ;",
        "le logement est très humide.")),
    ("prenoms-haitiens-liste", NOM, L(
        "Lovely et Mackenson ont été inscrits ensemble",
        "à l'accompagnement scolaire du centre social.")),
    ("le-petit-prenom-compose", NOM, L(
        "La petite Grâce-Divine (18 mois) est accueillie à la pouponnière",
        "depuis la naissance de son frère.")),
    ("prenom-maghrebin-sujet", NOM, L(
        "Walid a frappé un éducateur mardi soir ;",
        "l'équipe a préféré une réparation à une exclusion.")),
    ("nom-pluriel-afghan", NOM, L(
        "Les Ahmadzai vivent à sept dans un deux-pièces",
        "et attendent une proposition sur le contingent préfectoral.")),
    ("prenom-nom-tchetchene-feminin", NOM, L(
        "Khava Israilova souhaite que ses filles fassent du sport",
        "mais craint le regard de son entourage.")),
    ("nom-seul-ukrainien", NOM, L(
        "Bondarenko est revenu ivre au CHRS pour la troisième fois ;",
        "le règlement prévoit un entretien avec le directeur.")),
    ("prenom-dans-citation-vocatif", NOM, L(
        "« Moussa, tu viens ? » a lancé l'animatrice ;",
        "il a fini par rejoindre le cercle.")),
    ("prenom-autodesignation-citation", NOM, L(
        "« Moi c'est Rojda, et je veux être avocate », a-t-elle écrit",
        "sur la première page de son portfolio.")),
    ("prenom-yaml-paroles", NOM, L(
        "paroles:",
        '  - texte: "On m\'a enfin écouté."',
        '    auteur: "Serhat, 19 ans, jeune majeur"')),
    ("civilite-nom-yaml-exemple", NOM, L(
        "exemple:",
        '  titre: "Accompagnement de Mme Kaya et de ses trois enfants"',
        "  duree: 18 mois")),
    ("civilite-minuscules-note", NOM, L(
        "rdv pris avec mme rakoto pour jeudi,",
        "penser à apporter le formulaire MDPH.")),
    ("minuscules-couple-note", NOM, L(
        "passage chez m. et mme lefort : frigo vide, facture d'électricité impayée,",
        "prévoir une aide alimentaire.")),
    ("prenom-titre-section", NOM, L(
        "### Le parcours de Baran",
        "",
        "Arrivé à 14 ans, il a connu trois lieux d'accueil avant de se poser",
        "dans un appartement partagé.")),
    ("prenom-texte-lien", NOM, L(
        "Relire la [synthèse pour Awa](annexes/synthese-accueil.md)",
        "avant l'audience de renouvellement.")),
    ("prenom-mot-diese", NOM, L(
        "La maman a publié la photo avec le mot-dièse #courageKadiatou ;",
        "nous lui avons conseillé de la retirer.")),
    ("prenom-objet-courriel", NOM, L(
        "Objet : retour sur la semaine de stage de Seydou",
        "",
        "Bonjour, voici le bilan du tuteur de l'entreprise.")),
    ("tableau-nom-majuscules-prenom", NOM, L(
        "| Nom | Prénom | Classe |",
        "|---|---|---|",
        "| OLIVEIRA | Kauã | 5e B |")),
    ("formulaire-recopie", NOM, L(
        "Nom d'usage : RANDRIAMANANA",
        "Prénom : Miora",
        "Situation : hébergée en CHRS")),
    ("nom-de-naissance-tchetchene", NOM, L(
        "Mme Bagaeva, née Tsoraeva, a refusé l'orientation en CADA hors région",
        "pour rester près de sa sœur.")),
    ("nom-double-bresilien", NOM, L(
        "La famille de Oliveira Souza a été relogée en urgence après l'incendie",
        "de leur immeuble.")),
    ("nom-celebre-famille-accompagnee", NOM, L(
        "Chez les Van Damme, c'est le fils aîné qui ouvre la porte",
        "et qui filtre les visites.")),
    ("nom-pluriel-courant", NOM, L(
        "Les Martin ont reporté le rendez-vous pour la troisième fois ;",
        "l'inspectrice propose une visite à domicile.")),
    ("nom-metier-civilite", NOM, L(
        "M. Boulanger vit seul depuis le décès de sa femme",
        "et ne sort plus de chez lui.")),
    ("nom-ville-civilite", NOM, L(
        "Mme Laval refuse l'aide à domicile depuis sa chute de février ;",
        "sa fille appelle le CCAS chaque semaine.")),
    ("prenom-nom-commun-esperance", NOM, L(
        "Espérance a rechuté après six mois sans consommer ;",
        "l'équipe du CSAPA la revoit lundi.")),
    ("prenom-nom-commun-victoire", NOM, L(
        "Victoire, 11 ans, refuse d'aller chez son père le week-end",
        "et l'a dit au juge.")),
    ("prenom-nom-commun-rose", NOM, L(
        "Rose est arrivée au foyer avec un simple sac plastique",
        "et ses papiers dans une pochette.")),
    ("prenom-nom-commun-pierre", NOM, L(
        "Pierre, 82 ans, veuf, ne reconnaît plus sa fille depuis l'été ;",
        "l'aide-soignante passe deux fois par jour.")),
    ("prenom-nom-commun-claire", NOM, L(
        "Nous avons rappelé Claire après l'audience :",
        "elle n'avait pas compris la décision de placement.")),
    ("personne-agee-nom-complet", NOM, L(
        "Mme Yvette Garnier, 91 ans, a été retrouvée dans l'escalier par sa voisine",
        "au petit matin.")),
    ("jumeaux-kurdes", NOM, L(
        "Serhat et Zana, les jumeaux, ont été séparés lors du placement",
        "faute de place dans la même famille d'accueil.")),
    ("chez-les-nom", NOM, L(
        "Chez les Traoré, c'est l'oncle qui représente la famille aux réunions ;",
        "la mère ne parle qu'en bambara.")),
    ("dialogue-prenom", NOM, L(
        "— Tu t'appelles comment ?",
        "— Bohdan. Mais ici tout le monde dit Bogdan.")),
    ("prenom-parent-apposition", NOM, L(
        "La mère de l'enfant, Ngalula, travaille de nuit dans un hôpital ;",
        "le père est resté à Kinshasa.")),
    ("prenom-dans-mot-de-remerciement", NOM, L(
        "Les parents ont laissé un mot : « Merci pour Yasmina,",
        "elle a retrouvé le sourire. »")),
    ("nom-pluriel-roumain", NOM, L(
        "Les Dumitru ont dû quitter le terrain avant l'expulsion",
        "et se sont installés sous le pont.")),
    ("prenoms-composes-bresiliens-age", NOM, L(
        "João Pedro (7 ans) vient à l'aide aux devoirs",
        "avec sa cousine Maria Eduarda.")),
    ("cases-a-cocher", NOM, L(
        "- [x] Anlia : dossier de bourse déposé",
        "- [ ] Boinali : relancer le lycée",
        "- [ ] commander les tickets de bus")),
    ("sms-recopie", NOM, L(
        "SMS reçu vendredi : « dsl jpeu pa venir lundi, c Kenzo »",
        "— il n'est pas venu non plus mardi.")),
    ("initiale-nom-voisin", NOM, L(
        "Y. Öztürk, locataire du troisième, a signalé les cris à la police municipale",
        "et a accepté de témoigner.")),
    ("nom-majuscules-titre", NOM, L(
        "SITUATION BENSAÏD — point au 15 novembre",
        "Pas de changement depuis la dernière synthèse.")),
    ("civilite-nom-metier-cliente", NOM, L(
        "Mme Kowalczyk, aide-soignante de nuit, élève seule ses enfants",
        "et cumule trois employeurs pour payer le loyer.")),
    ("nom-note-de-bas-de-page", NOM, L(
        "Le projet est né d'une rencontre avec une famille[^1].",
        "",
        "[^1]: Merci aux Bamba de nous avoir autorisés à raconter leur histoire.")),
    ("prenom-citation-bloc", NOM, L(
        "> « Depuis que Habib est parti, la maison est trop grande. »",
        "> — sa mère, lors de la visite de juin")),
    ("planning-cellules-prenoms", NOM, L(
        "| Lundi | Mardi |",
        "|---|---|",
        "| Aslan (psy) | Milana (ortho) |")),
    ("prenom-dessin-mahorais", NOM, L(
        "Sur son dessin, Anrafa s'est représentée plus grande que sa mère",
        "et sans son beau-père.")),
    ("prenom-yaml-annexe", NOM, L(
        "annexes:",
        '  - titre: "Projet personnalisé de Rivo"',
        "    fichier: annexes/projet-personnalise.md")),
    ("nom-dans-identifiant-fiche", NOM, L(
        "id: accompagnement-de-mme-diarra",
        'titre: "Accompagner une mère isolée vers l\'emploi"')),
    ("prenom-rom-objet", NOM, L(
        "L'école a convoqué Esmeralda et sa mère après trois semaines d'absence ;",
        "la famille venait de changer d'aire d'accueil.")),
    ("prenom-afghan-feminin-preposition", NOM, L(
        "Pour Mursal, l'apprentissage du vélo a été une première ;",
        "elle n'avait jamais eu le droit d'en faire.")),
    ("prenom-tamoul-datif", NOM, L(
        "Nous avons remis à Tharun le livret d'accueil traduit,",
        "qu'il a lu à voix haute à ses parents.")),
    ("prenom-antillais-ehpad", NOM, L(
        "Depuis son entrée en EHPAD, Man Lucette chante en créole toute la nuit ;",
        "ses voisines de chambre se plaignent.")),
    ("prenom-turc-complement-nom", NOM, L(
        "La chambre d'Ayşe a été repeinte avec elle pendant les vacances :",
        "elle a choisi le vert.")),
    ("prenom-comorien-gras-liste", NOM, L(
        "Présents à la réunion de synthèse :",
        "- la cheffe de service ;",
        "- **Toiybou** et sa mère ;",
        "- l'éducatrice référente.")),
    ("prenom-ukrainien-diminutif", NOM, L(
        "Sa mère l'appelle Mykolka, mais il exige « Mykola » depuis le collège ;",
        "il a fêté ses quinze ans au foyer.")),
    ("nom-initiale-prenom-inverse", NOM, L(
        "Dossier suivi par l'équipe : Randrianarisoa H., hébergée à l'hôtel",
        "avec un nourrisson.")),
    ("prenom-seul-ligne-liste-tirets", NOM, L(
        "Jeunes accueillis cette semaine :",
        "- Aboubacar",
        "- Chérif",
        "- Gulalai")),
    ("prenom-entre-crochets", NOM, L(
        "Le juge a maintenu le placement [Nour ne souhaitait pas rentrer]",
        "pour une durée d'un an.")),
    ("prenom-ivoirien-sujet-inverse", NOM, L(
        "« Je veux rentrer chez ma mère », répète Adjoua à chaque visite médiatisée ;",
        "la psychologue assiste désormais aux rencontres.")),
    ("prenom-cite-avec-ecole", NOM, L(
        "Au collège Jean-Moulin, Wissem a été exclu trois jours pour une bagarre ;",
        "l'éducateur a demandé à être reçu par le CPE.")),
    ("prenom-minuscules-sms-pro", NOM, L(
        "msg à l'équipe : tarek pas rentré cette nuit, fugue déclarée à 7h,",
        "prévenir l'ASE de permanence.")),
    ("surnom-titi", NOM, L(
        "On l'appelle « Titi » depuis la maternelle ;",
        "c'est le seul nom qu'il écrit sur ses cahiers.")),
    ("prenom-nom-ivoirien-alt-image-majuscule", NOM, L(
        "![Photo de classe, Koffi KOUASSI au premier rang](../../images/classe.jpg)",
        "La photo a été retirée à la demande de l'école.")),
    ("nom-seul-apres-chez", NOM, L(
        "Réunion chez Popescu avec le bailleur et l'huissier :",
        "l'expulsion est repoussée à la fin de la trêve.")),
    ("prenom-tableau-diagnostic", NOM, L(
        "| Enfant | Besoin particulier |",
        "|---|---|",
        "| Yaroslava | épilepsie, traitement le midi |",
        "| un autre enfant | aucun |")),

    # ------------------------------------------------------------------
    # donnee-naissance
    # ------------------------------------------------------------------
    ("naissance-yaml", NAIS, L(
        "exemple:",
        '  situation: "jeune accueillie en MECS"',
        "  date_naissance: 2009-04-17",
        "  entree: 2024-09-02")),
    ("nee-le-chiffres-lieu", NAIS, L(
        "Née le 03/02/2011 à Mamoudzou, elle est arrivée en métropole avec une tante",
        "qui n'a aucune délégation d'autorité parentale.")),
    ("ddn-cellule-tableau", NAIS, L(
        "| Âge | DDN | Orientation |",
        "|---|---|---|",
        "| 15 ans | 22/08/2010 | ITEP |")),
    ("naissance-en-lettres", NAIS, L(
        "Le garçon est né le vingt-six juin deux mille douze, le jour même",
        "où son père a été incarcéré, ce qu'il rappelle souvent.")),
    ("initiales-mois-annee", NAIS, L(
        "T.R. (né en mars 2009) a intégré l'accueil de jour",
        "après deux fugues.")),
    ("symbole-ne-abrege", NAIS, L(
        "Le benjamin (° 14.11.2019) dort encore dans la chambre des parents ;",
        "la famille attend un logement plus grand.")),
    ("dn-abreviation-note", NAIS, L(
        "Note de passage : monsieur, DN 12-03-1987, sans domicile depuis l'été,",
        "orienté vers l'accueil de jour.")),
    ("date-naissance-personne-agee", NAIS, L(
        "Date de naissance : 07/01/1948",
        "Entrée en EHPAD : 2024, après une chute à domicile.")),
    ("date-attribuee-mineur", NAIS, L(
        "« On m'a mis né le 1er janvier 2008, c'est ce qui est écrit sur mon jugement »,",
        "explique le jeune, qui ne connaît pas sa date réelle.")),
    ("formulaire-ne-le", NAIS, L(
        "Né(e) le : 30 / 11 / 2016",
        "à : Saint-Laurent-du-Maroni",
        "Classe : CM1")),
    ("date-of-birth-passeport", NAIS, L(
        "Le passeport mentionne « Date of birth: 04 MAY 2007 »,",
        "ce qui contredit l'acte présenté au service de l'ASE.")),

    # ------------------------------------------------------------------
    # donnee-adresse
    # ------------------------------------------------------------------
    ("adresse-rue-phrase", ADR, L(
        "Elle vit au 14 rue des Acacias, au troisième étage sans ascenseur,",
        "et ne descend plus faire ses courses.")),
    ("residence-batiment-appartement", ADR, L(
        "Visite faite résidence Les Glycines, bâtiment B, appartement 23 :",
        "moisissures dans la chambre des enfants.")),
    ("adresse-yaml", ADR, L(
        'lieu_accueil: "chez la mère"',
        'adresse: "7 impasse du Moulin, 59100 Roubaix"')),
    ("adresse-rue-eponyme-tableau", ADR, L(
        "| Champ | Valeur |",
        "|---|---|",
        "| Domicile | 3 allée Jean-Moulin, escalier 2 |",
        "| Bailleur | office public |")),
    ("adresse-hebergee-chez", ADR, L(
        "Hébergée chez sa tante au 22 bis avenue Victor-Hugo à Sarcelles,",
        "elle dort sur le canapé du salon.")),
    ("lieu-dit-caravane", ADR, L(
        "La famille vit au lieu-dit Les Essarts, 2 chemin de la Fontaine,",
        "dans une caravane sans raccordement à l'eau.")),
    ("hotel-chambre", ADR, L(
        "Mise à l'abri à l'hôtel Le Relais, 45 boulevard de Strasbourg, chambre 12,",
        "avec ses trois enfants depuis le 4 octobre.")),
    ("adresse-dans-lien-carte", ADR, L(
        "Domicile de la famille : [voir sur la carte](https://maps.example.org/?q=18+rue+Paul-Bert+69003+Lyon)",
        "(pratique pour le remplaçant pendant les congés).")),
    ("adresse-cite-tour-porte", ADR, L(
        "Le jeune a donné son adresse : 31 cité des Fleurs, tour 4, 6e étage, porte gauche.",
        "Sa mère n'était pas au courant de la mesure.")),
    ("adresse-code-postal-outre-mer", ADR, L(
        "Déménagement le mois dernier au 9 place du Marché, 97150 Saint-Martin ;",
        "transmettre au secteur.")),
    ("adresse-minuscules-note", ADR, L(
        "vad prévue jeudi 10h, 5 bis rue pasteur appt 8, sonner deux fois",
        "(interphone cassé).")),

    # ------------------------------------------------------------------
    # donnee-telephone
    # ------------------------------------------------------------------
    ("portable-espaces", TEL, L(
        "Le père ne répond qu'à son portable, le 06 39 98 12 45,",
        "et seulement après 18 heures.")),
    ("telephone-international", TEL, L(
        "La tante souhaite être rappelée au +33 7 00 00 41 88 ;",
        "elle peut accueillir l'enfant l'été.")),
    ("telephone-chiffres-colles", TEL, L(
        "numéro donné par la jeune pour la joindre pendant la fugue : 0639985521",
        "(à ne pas communiquer à la mère).")),
    ("telephone-points", TEL, L(
        "Contacter la voisine qui garde le chat au 04.65.71.22.09",
        "avant l'hospitalisation de madame.")),
    ("telephone-tableau", TEL, L(
        "| Personne | Téléphone |",
        "|---|---|",
        "| grand-mère | 05 36 49 77 10 |",
        "| oncle | 06 39 98 30 02 |")),
    ("telephone-lien-tel", TEL, L(
        "Pour joindre la maman, un lien direct : [appeler](tel:+33261910455).",
        "Elle préfère les appels aux SMS.")),
    ("telephone-groupe-messagerie", TEL, L(
        "Le groupe WhatsApp des parents de l'IME a été créé par un père,",
        "joignable au 07 00 00 63 17 ; il y partage des photos des enfants.")),
    ("telephone-zero-parentheses", TEL, L(
        "Le fixe du couple (+33 (0)3 53 48 90 12) sonne souvent dans le vide ;",
        "privilégier le courrier.")),
    ("telephone-en-lettres", TEL, L(
        "Elle a dicté son numéro : zéro six, trente-neuf, quatre-vingt-dix-huit, douze, trente-quatre.",
        "Nous l'avons noté pour la rappeler.")),
    ("telephone-tirets-yaml", TEL, L(
        "contact_famille:",
        '  lien: "père"',
        "  tel: 01-99-00-45-67")),

    # ------------------------------------------------------------------
    # donnee-courriel
    # ------------------------------------------------------------------
    ("courriel-prenom-nom", MEL, L(
        "La jeune nous écrit désormais depuis aminata.kone@example.org",
        "pour ses démarches de bourse.")),
    ("courriel-deguise-at-point", MEL, L(
        "Son adresse : moussa.d [at] example [point] net —",
        "il la consulte au CDI du lycée.")),
    ("courriel-mailto", MEL, L(
        "Envoyer le compte rendu à la mère : [écrire](mailto:oksana.kovalenko@example.com).",
        "Une traduction en ukrainien est prévue.")),
    ("courriel-yaml", MEL, L(
        "famille:",
        '  courriel: "les.ahmadzai@example.net"',
        "  langue: dari")),
    ("courriel-pseudo-enfant", MEL, L(
        "Le collégien utilise kenzo-du-972@example.com pour l'ENT",
        "et ses parents n'y ont pas accès.")),
    ("courriel-majuscules", MEL, L(
        "Adresse donnée par le jeune : JEAN-WESLEY.PIERRELOUIS@EXAMPLE.ORG",
        "(il ne lit pas ses SMS).")),
    ("courriel-dicte-arobase", MEL, L(
        "Elle a dicté : tsiory point rabe arobase example point org.",
        "Nous avons vérifié en lui envoyant un essai.")),
    ("courriel-entre-chevrons", MEL, L(
        "De : Famille Demir <demir.famille@example.net>",
        "Objet : absence de lundi")),
    ("courriel-tableau", MEL, L(
        "| Parent | Courriel |",
        "|---|---|",
        "| mère | hevi.rojda@example.org |")),
    ("courriel-avec-annee", MEL, L(
        "Il s'est créé une adresse, baran2009@example.com,",
        "qu'il consulte sur le téléphone de son éducateur.")),

    # ------------------------------------------------------------------
    # donnee-nir
    # ------------------------------------------------------------------
    ("nir-espaces", NIR, L(
        "Numéro de sécurité sociale de madame, recopié pour la demande de complémentaire :",
        "2 84 07 75 112 045 61.")),
    ("nir-colle-cle-separee", NIR, L(
        "NIR 1870599350123 47 — ouverture des droits en cours à la CPAM.",
        "Relancer dans quinze jours.")),
    ("nir-corse", NIR, L(
        "Le jeune a enfin son numéro définitif : 1 06 11 2A 004 017 88.",
        "La carte Vitale suivra.")),
    ("nir-tirets", NIR, L(
        "n° sécu : 2-91-03-971-05-105-33",
        "droits ouverts jusqu'à fin décembre")),
    ("nir-tableau", NIR, L(
        "| Assuré | N° SS |",
        "|---|---|",
        "| père | 1 79 12 13 055 210 04 |")),
    ("nir-provisoire", NIR, L(
        "En attendant, la caisse a attribué un numéro provisoire :",
        "7 08 06 99 123 456 12, utilisé pour l'AME.")),
    ("nir-yaml", NIR, L(
        "assure:",
        '  lien: "mère"',
        '  nir: "282117511204523"')),
    ("nir-carte-phrase", NIR, L(
        "Sa carte porte le numéro 1 55 04 59 350 018 72 ;",
        "il croyait que c'était son numéro de retraite.")),
    ("nir-parentheses-rattachement", NIR, L(
        "L'enfant est rattaché à sa mère (2 93 02 976 11 014 27)",
        "en attendant d'avoir son propre numéro.")),

    # ------------------------------------------------------------------
    # donnee-iban
    # ------------------------------------------------------------------
    ("iban-espaces", IBAN, L(
        "Pour le virement de l'aide financière, IBAN de madame :",
        "FR76 3000 4000 0312 3456 7890 143.")),
    ("iban-colle", IBAN, L(
        "RIB reçu par courriel : FR7610107001011234567890129",
        "— ne le recopier nulle part ailleurs que dans le logiciel.")),
    ("iban-minuscules", IBAN, L(
        "iban du tuteur pour l'argent de poche : fr76 1820 6000 4512 3456 7890 123",
        "(le jeune n'a pas encore de compte).")),
    ("rib-detaille", IBAN, L(
        "Code banque 30004, code guichet 00031, n° de compte 12345678901, clé RIB 43 :",
        "c'est le compte joint du couple.")),
    ("iban-tableau", IBAN, L(
        "| Bénéficiaire | IBAN |",
        "|---|---|",
        "| grand-mère | FR14 2004 1010 0505 0001 3M02 606 |")),
    ("iban-yaml", IBAN, L(
        "versement:",
        '  motif: "secours d\'urgence"',
        "  iban: FR7630006000011234567890189")),
    ("iban-etranger-roumain", IBAN, L(
        "Il envoie de l'argent à sa mère sur le compte RO49 AAAA 1B31 0075 9384 0000 ;",
        "c'est sa priorité, avant le loyer.")),
    ("iban-banque-en-ligne", IBAN, L(
        "Elle a ouvert un compte en ligne, FR76 1695 8000 0123 4567 8901 234,",
        "le seul qu'on lui ait accordé.")),
    ("iban-entre-parentheses", IBAN, L(
        "Les allocations arrivent sur le compte de l'ex-conjoint (FR76 1027 8060 0000 0201 2340 145),",
        "d'où le conflit.")),

    # ------------------------------------------------------------------
    # donnee-dossier
    # ------------------------------------------------------------------
    ("dossier-ase", DOS, L(
        "Le dossier ASE-2026-0412 a été transmis au juge des enfants",
        "avec la note de situation.")),
    ("allocataire-caf", DOS, L(
        "N° allocataire CAF : 2345678 — droits suspendus depuis septembre",
        "faute de déclaration trimestrielle.")),
    ("mesure-aemo", DOS, L(
        "Mesure AEMO n° 25/117, renouvelée pour un an",
        "à l'audience de novembre.")),
    ("parquet", DOS, L(
        "Plainte déposée, n° de parquet 26.045.00123 ;",
        "la victime attend d'être convoquée.")),
    ("ecrou", DOS, L(
        "Le courrier doit mentionner le numéro d'écrou 52813",
        "pour être distribué en détention.")),
    ("ipp-hopital", DOS, L(
        "Hospitalisé en psychiatrie (IPP 900123456),",
        "il doit sortir la semaine prochaine sans solution d'hébergement.")),
    ("reference-locataire", DOS, L(
        "Référence locataire 004512-B chez le bailleur ;",
        "la dette locative dépasse 3 000 €.")),
    ("dossier-mdph", DOS, L(
        "Dossier MDPH n° 2026-08874 déposé en mars,",
        "toujours pas de réponse pour l'orientation en IME.")),
    ("colonne-n-dossier", DOS, L(
        "| N° dossier | Mesure | Échéance |",
        "|---|---|---|",
        "| 33-2026-04187 | MJAGBF | juin 2027 |")),
    ("reference-siao", DOS, L(
        "Demande SIAO réf. 2026/33/0917, en attente",
        "d'une place en pension de famille.")),
    ("identifiant-france-travail", DOS, L(
        "Identifiant France Travail : 4512378K",
        "— il a perdu son mot de passe et ne reçoit plus les offres.")),
]


CLEAN = [
    # ------------------------------------------------------------------
    # Auteurs et chercheurs cités de toutes les manières
    # ------------------------------------------------------------------
    ("auteur-annee-parentheses", L(
        "Selon Bowlby (1969), l'attachement est un besoin primaire, au même titre que la faim.",
        "L'enfant cherche la proximité d'une figure qui le rassure.")),
    ("travaux-de-auteur", L(
        "Les travaux de Boris Cyrulnik ont popularisé la notion de « tuteur de résilience » :",
        "une personne qui, à un moment, a cru en l'enfant.")),
    ("d-apres-deux-auteurs", L(
        "D'après Jean Oury et Félix Guattari, c'est l'institution elle-même qu'il faut soigner,",
        "d'où la place des clubs thérapeutiques et des réunions de tous.")),
    ("auteur-sujet-verbe", L(
        "Winnicott l'a montré : une mère « suffisamment bonne » n'est pas une mère parfaite.",
        "Elle déçoit un peu, et l'enfant apprend à attendre.")),
    ("auteur-titre-italique", L(
        "Comme l'écrit Carl Rogers (*Le Développement de la personne*, 1961),",
        "l'écoute empathique suppose de suspendre son jugement.")),
    ("auteur-nom-seul-annee", L(
        "La notion de désaffiliation (Castel, 1995) décrit le double décrochage",
        "du travail et des liens de proximité.")),
    ("auteur-institution-totale", L(
        "Erving Goffman parlait d'« institution totale » pour l'asile et la prison ;",
        "certains internats en gardent des traits.")),
    ("auteur-bresilien-pedagogie", L(
        "La *Pédagogie des opprimés* de Paulo Freire inspire les ateliers sociolinguistiques :",
        "partir des mots qui comptent pour les participants.")),
    ("autrice-psychanalyste", L(
        "Françoise Dolto insistait pour qu'on dise la vérité à l'enfant,",
        "même petit, sur son histoire et sur son placement.")),
    ("auteur-lignes-d-erre", L(
        "Fernand Deligny, dans les Cévennes, traçait les « lignes d'erre » d'enfants autistes",
        "plutôt que de leur imposer la parole.")),
    ("auteur-lieu-saint", L(
        "François Tosquelles, à l'hôpital de Saint-Alban pendant la guerre,",
        "a ouvert l'asile sur le village.")),
    ("autrice-situation-etrange", L(
        "Mary Ainsworth a décrit la « situation étrange » pour observer",
        "les styles d'attachement chez le jeune enfant.")),
    ("auteur-pouvoir-agir", L(
        "Le développement du pouvoir d'agir, théorisé par Yann Le Bossé,",
        "part de ce que la personne veut changer, pas de ce que l'institution attend.")),
    ("auteurs-entretien-motivationnel", L(
        "Miller et Rollnick (2013) définissent l'entretien motivationnel",
        "comme une conversation collaborative pour renforcer la motivation au changement.")),
    ("auteurs-modele-transtheorique", L(
        "Le modèle transthéorique de Prochaska et DiClemente distingue",
        "la précontemplation, la contemplation, la préparation, l'action et le maintien.")),
    ("auteur-housing-first", L(
        "Sam Tsemberis a fondé Pathways to Housing à New York en 1992 :",
        "le logement d'abord, sans condition de traitement.")),
    ("autrice-transculturel-maison", L(
        "Marie-Rose Moro a développé la consultation transculturelle",
        "à la Maison de Solenn, à Paris.")),
    ("auteurs-ethnopsychiatrie", L(
        "Georges Devereux puis Tobie Nathan ont fondé l'ethnopsychiatrie,",
        "qui prend au sérieux les théories de la maladie des familles.")),
    ("auteur-syndrome-auto-exclusion", L(
        "Jean Furtos a décrit le « syndrome d'auto-exclusion » :",
        "la personne se coupe d'elle-même pour ne plus souffrir.")),
    ("auteur-livre-annee-parentheses", L(
        "Paul Fustier (*Le lien d'accompagnement*, 2000) distingue le lien de don",
        "et le lien d'échange contractuel.")),
    ("auteur-philosophe-reconnaissance", L(
        "Pour Axel Honneth, la reconnaissance passe par l'amour, le droit et l'estime sociale ;",
        "le mépris blesse sur ces trois plans.")),
    ("auteurs-capabilites", L(
        "L'approche par les capabilités d'Amartya Sen et de Martha Nussbaum",
        "regarde ce que les personnes peuvent réellement faire et être.")),
    ("autrice-loczy", L(
        "Emmi Pikler, à l'institut Lóczy de Budapest, a montré l'importance",
        "de la motricité libre et des soins individualisés du tout-petit.")),
    ("autrices-placement-familial", L(
        "Myriam David et Geneviève Appell ont étudié le placement familial",
        "et les séparations précoces.")),
    ("groupe-balint", L(
        "Les groupes Balint, du nom du psychanalyste Michael Balint,",
        "permettent aux soignants de parler de la relation avec le patient.")),
    ("autrice-casework", L(
        "Mary Richmond publie *Social Diagnosis* en 1917 :",
        "c'est l'acte de naissance du travail social individualisé.")),
    ("auteur-community-organizing", L(
        "Saul Alinsky, à Chicago, a formalisé le *community organizing* ;",
        "il inspire aujourd'hui les alliances citoyennes.")),
    ("auteur-loyautes-invisibles", L(
        "Ivan Boszormenyi-Nagy parle de « loyautés invisibles » :",
        "l'enfant reste loyal à ses parents, même quand ils le maltraitent.")),
    ("auteur-systemique-structurale", L(
        "La thérapie structurale de Salvador Minuchin observe les frontières",
        "entre les sous-systèmes de la famille.")),
    ("autrice-retablissement", L(
        "Patricia Deegan, psychologue elle-même concernée, a fait connaître",
        "la notion de rétablissement en santé mentale.")),
    ("bibliographie-abregee", L(
        "- Cyrulnik B., *Un merveilleux malheur*, Odile Jacob, 1999.",
        "- Winnicott D. W., *Jeu et réalité*, Gallimard, 1975.",
        "- Castel R., *Les Métamorphoses de la question sociale*, Fayard, 1995.")),
    ("yaml-sources-auteurs", L(
        "sources:",
        '  - titre: "L\'échec de la protection de l\'enfance"',
        '    auteur: "Maurice Berger"',
        "    annee: 2003",
        '  - titre: "La Misère du monde"',
        '    auteur: "Pierre Bourdieu (dir.)"',
        "    annee: 1993")),
    ("auteur-clinique-institutionnelle", L(
        "Joseph Rouzel rappelle que l'éducateur travaille avec ce qu'il est :",
        "d'où la nécessité de la supervision.")),
    ("auteurs-sociologie", L(
        "Robert Castel et Serge Paugam ont décrit, chacun à sa manière,",
        "les formes de la disqualification sociale.")),
    ("auteur-naufrages", L(
        "Patrick Declerck, dans *Les Naufragés* (2001), raconte des années",
        "de consultation auprès des personnes à la rue.")),
    ("auteur-recherche-action", L(
        "La recherche-action, au sens de Kurt Lewin, associe les personnes concernées",
        "à chaque étape : question, enquête, action, évaluation.")),
    ("autrice-hull-house", L(
        "Jane Addams ouvre Hull House à Chicago en 1889 ;",
        "les settlements sont les ancêtres de nos centres sociaux.")),
    ("pedagogue-celebre", L(
        "Janusz Korczak (1878-1942) dirigeait un orphelinat à Varsovie",
        "où les enfants avaient leur tribunal et leur journal.")),
    ("pedagogie-freinet", L(
        "Le conseil de coopérative de Célestin Freinet a inspiré",
        "les conseils d'enfants de plusieurs MECS.")),
    ("auteur-pedagogie-meirieu", L(
        "Philippe Meirieu, dans *Frankenstein pédagogue*, met en garde contre",
        "le rêve de fabriquer l'autre.")),
    ("auteur-violence-institutionnelle", L(
        "Stanislas Tomkiewicz a nommé la « violence institutionnelle » :",
        "celle que produit l'organisation elle-même, sans méchanceté de personne.")),
    ("auteur-foucault", L(
        "Michel Foucault (*Surveiller et punir*, 1975) aide à penser",
        "la place du contrôle dans l'accompagnement contraint.")),
    ("autrice-intersectionnalite", L(
        "Le concept d'intersectionnalité, proposé par Kimberlé Crenshaw en 1989,",
        "éclaire les discriminations qui se cumulent.")),
    ("auteur-fanon-blida", L(
        "Frantz Fanon, psychiatre à Blida, a écrit sur les effets psychiques",
        "de la domination coloniale.")),
    ("auteur-ricoeur", L(
        "Paul Ricœur parle de « l'homme capable » : capable de dire, de faire,",
        "de raconter et de répondre de ses actes.")),
    ("references-multiples-parentheses", L(
        "Le lien entre attachement et exploration est documenté",
        "(Bowlby, 1969 ; Ainsworth, 1978 ; Guédeney, 2010).")),

    # ------------------------------------------------------------------
    # Praticiens nommés avec leur fonction (auteurs, relecteurs)
    # ------------------------------------------------------------------
    ("yaml-auteurs-professionnels", L(
        "auteurs:",
        "  - nom: Nadège Fournier",
        '    role: "Éducatrice spécialisée, service d\'AEMO"',
        "  - nom: Karim Benhaddou",
        '    role: "Chef de service, SAVS"')),
    ("yaml-relectures", L(
        "relectures:",
        "  - nom: Aminata Sow",
        '    role: "Assistante de service social, CCAS"',
        "    date: 2026-10-14")),
    ("relecture-psychologue", L(
        "Fiche rédigée par l'équipe du SAVS et relue par Hélène Marchal,",
        "psychologue clinicienne, que nous remercions.")),
    ("remerciements-moniteur", L(
        "Remerciements : à Thomas Girard, moniteur-éducateur à l'IME,",
        "qui a testé la grille avec son groupe pendant six mois.")),
    ("medecin-fonction", L(
        "La démarche a été construite avec le Dr Claire Vasseur, pédopsychiatre au CMP,",
        "et l'équipe de liaison de l'hôpital.")),
    ("ressources-magistrat-celebre", L(
        "## Ressources",
        "",
        "- Jean-Pierre Rosenczveig, ancien président du tribunal pour enfants de Bobigny,",
        "  a beaucoup écrit sur les droits de l'enfant.")),
    ("interview-revue", L(
        "Voir l'entretien avec la directrice de l'association, Sophie Lambert,",
        "dans la revue *Lien social* (n° 1320).")),
    ("yaml-auteurs-collectif-et-personne", L(
        "auteurs:",
        "  - nom: Collectif Relier",
        '    role: "Collectif éditorial"',
        "  - nom: Mamadou Keïta",
        '    role: "Médiateur social, centre social"')),

    # ------------------------------------------------------------------
    # Institutions et rues qui portent un nom de personne
    # ------------------------------------------------------------------
    ("chrs-eponyme", L(
        "Le CHRS Louise-Michel accueille quarante personnes en diffus et en collectif ;",
        "il est desservi par la ligne 3 du tramway.")),
    ("rue-eponyme-permanence", L(
        "La permanence se tient à la mairie annexe, rue Jean-Jaurès,",
        "le mardi matin, sans rendez-vous.")),
    ("ecole-eponyme", L(
        "L'école Jules-Ferry a ouvert une classe UPE2A à la rentrée ;",
        "le CASNAV forme les enseignants.")),
    ("hopital-necker", L(
        "À l'hôpital Necker, l'unité d'accueil pédiatrique enfants en danger",
        "reçoit les auditions filmées.")),
    ("lycee-college-eponymes", L(
        "Les élèves du lycée Victor-Hugo et du collège Jean-Moulin",
        "participent au même dispositif de lutte contre le décrochage.")),
    ("fondation-abbe-pierre", L(
        "Le rapport annuel de la Fondation Abbé-Pierre sur le mal-logement",
        "donne chaque année des chiffres par département.")),
    ("centre-primo-levi", L(
        "Le centre Primo-Levi, à Paris, soigne les personnes victimes de torture",
        "et de violence politique.")),
    ("cmp-hopital-saint", L(
        "Le CMP Henri-Wallon dépend du même pôle que l'hôpital Sainte-Anne ;",
        "les délais de premier rendez-vous y dépassent deux mois.")),
    ("centre-social-mandela", L(
        "Le centre social Nelson-Mandela ouvre un atelier d'écrivain public",
        "le jeudi après-midi.")),
    ("ehpad-eponyme", L(
        "L'EHPAD Marcel-Pagnol a créé une unité de vie protégée",
        "pour les résidents qui déambulent.")),
    ("creche-dolto", L(
        "La crèche Françoise-Dolto réserve des places aux familles",
        "en parcours d'insertion.")),
    ("restos-coluche", L(
        "Les Restos du cœur, fondés par Coluche en 1985,",
        "distribuent des repas et accompagnent vers l'emploi.")),
    ("residence-autonomie-eponyme", L(
        "La résidence autonomie Georges-Brassens propose des ateliers mémoire",
        "ouverts aux retraités du quartier.")),
    ("etablissements-penitentiaires", L(
        "Les maisons d'arrêt de Fleury-Mérogis et de la Santé",
        "ont chacune un service pénitentiaire d'insertion et de probation.")),
    ("hopitaux-eponymes", L(
        "L'hôpital Robert-Debré à Paris et le CHU Pellegrin à Bordeaux",
        "ont une unité spécialisée pour les adolescents.")),
    ("college-cesaire-lycee-louverture", L(
        "En Martinique, le collège Aimé-Césaire travaille avec le service de prévention ;",
        "en Guadeloupe, le lycée Toussaint-Louverture accueille le forum des métiers.")),
    ("place-avenue-boulevard", L(
        "Pour venir : métro Charles-de-Gaulle–Étoile, puis avenue Aristide-Briand",
        "jusqu'au boulevard Saint-Michel.")),
    ("fjt-beauvoir", L(
        "Le foyer de jeunes travailleurs Simone-de-Beauvoir",
        "accueille des apprentis de 16 à 25 ans.")),
    ("petits-freres-pauvres", L(
        "Les Petits Frères des pauvres organisent des vacances",
        "pour les personnes âgées isolées.")),
    ("institut-pasteur-curie", L(
        "Les centres de vaccination de l'Institut Pasteur et l'Institut Curie",
        "proposent des consultations gratuites sous conditions.")),
    ("irts-eponyme", L(
        "Les étudiants de l'IRTS Paris Parmentier font leur stage long",
        "en deuxième année.")),
    ("maison-solenn", L(
        "La Maison de Solenn, maison des adolescents de l'hôpital Cochin,",
        "reçoit sans rendez-vous les 11-21 ans.")),
    ("fondation-eponyme-rothschild", L(
        "L'hôpital de la Fondation Rothschild a une consultation",
        "dédiée aux enfants sourds.")),

    # ------------------------------------------------------------------
    # Saints, fêtes, calendrier
    # ------------------------------------------------------------------
    ("saint-nicolas-ecole", L(
        "À la Saint-Nicolas, l'école maternelle distribue des pains d'épices ;",
        "c'est l'occasion d'inviter les parents.")),
    ("sainte-catherine", L(
        "« À la Sainte-Catherine, tout bois prend racine » :",
        "le jardin partagé plante ses arbres fruitiers fin novembre.")),
    ("fetes-religieuses-newroz", L(
        "Le calendrier de l'accueil tient compte du ramadan, de l'Aïd el-Fitr",
        "et de Newroz, le nouvel an kurde du 21 mars.")),
    ("fetes-tet-diwali-hanoukka", L(
        "Le centre social célèbre le Têt, Diwali et Hanoukka",
        "avec les familles qui le souhaitent.")),
    ("toussaint-bougies", L(
        "Aux Antilles, la Toussaint se passe au cimetière, avec des bougies ;",
        "l'EHPAD organise une veillée pour les résidents.")),
    ("saint-jean-feu", L(
        "Le feu de la Saint-Jean réunit chaque année",
        "les habitants du quartier et les résidents du foyer.")),
    ("epiphanie-galette", L(
        "À l'Épiphanie, la galette des rois est partagée",
        "entre résidents et salariés.")),
    ("pere-noel-arbre", L(
        "Le Père Noël passe à l'arbre de Noël du comité d'entreprise ;",
        "les enfants placés y sont invités.")),
    ("chandeleur-lundi-pentecote", L(
        "Les crêpes de la Chandeleur tombent un mardi cette année ;",
        "le lundi de Pentecôte, l'accueil de jour reste ouvert.")),
    ("mois-avril-mai-juin", L(
        "De septembre à juin, les ateliers ont lieu le mardi et le jeudi ;",
        "en avril, mai et juin, ils se tiennent dehors.")),
    ("jours-semaine-planning", L(
        "| Lundi | Mercredi | Vendredi |",
        "|---|---|---|",
        "| accueil | atelier | bilan |")),

    # ------------------------------------------------------------------
    # Lieux et villes qui ressemblent à des prénoms
    # ------------------------------------------------------------------
    ("villes-prenoms-formation", L(
        "Les sessions de formation ont eu lieu à Florence, à Nancy et à Lourdes,",
        "avec des équipes de trois pays.")),
    ("villes-valence-vienne", L(
        "Le réseau couvre Valence, Vienne et Albertville ;",
        "chaque antenne a une permanence hebdomadaire.")),
    ("guyane-communes", L(
        "En Guyane, les missions vont de Saint-Laurent-du-Maroni à Kourou et Cayenne,",
        "souvent en pirogue pour les écarts.")),
    ("mayotte-communes", L(
        "À Mayotte, Mamoudzou et Dzaoudzi concentrent les services ;",
        "les villages du sud en sont éloignés.")),
    ("polynesie-communes", L(
        "De Papeete à Faa'a et Moorea, l'équipe mobile se déplace",
        "en bateau une semaine par mois.")),
    ("reunion-communes-saintes", L(
        "Sainte-Marie, Saint-Pierre et Saint-Paul, à La Réunion,",
        "ont chacune leur point d'accueil jeunes.")),
    ("nord-villes", L(
        "Roubaix, Tourcoing et Denain figurent parmi les communes",
        "où le taux de pauvreté dépasse 40 %.")),
    ("haiti-villes", L(
        "Beaucoup de familles haïtiennes viennent de Port-au-Prince, de Jacmel",
        "ou du Cap-Haïtien, et passent par la Guyane.")),
    ("geographie-migrations", L(
        "Les routes migratoires depuis Kaboul ou Grozny passent souvent",
        "par plusieurs pays avant la France.")),
    ("villes-noms-famille", L(
        "Les antennes de Laval, Tours et Sens ont adopté la même grille,",
        "celle de Brest l'a adaptée.")),
    ("charleville-saint-etienne", L(
        "Des éducateurs de Charleville-Mézières et de Saint-Étienne",
        "ont partagé leurs outils.")),

    # ------------------------------------------------------------------
    # Marques et logiciels
    # ------------------------------------------------------------------
    ("logiciels-sante-ecole", L(
        "Les rendez-vous se prennent sur Doctolib, les remboursements se suivent sur Ameli,",
        "et les notes des collégiens sur Pronote.")),
    ("bureautique", L(
        "Le tableau de suivi tient dans un fichier Excel ;",
        "une version LibreOffice est disponible pour les partenaires.")),
    ("messageries", L(
        "Éviter WhatsApp pour les échanges sur les situations ;",
        "préférer une messagerie sécurisée ou Signal, et Teams pour les réunions.")),
    ("jeux-construction", L(
        "Les Lego, les Kapla et les Playmobil servent à rejouer",
        "les scènes de la vie familiale.")),
    ("entreprises-noms-famille", L(
        "Les partenaires de l'insertion sont l'usine Michelin, un concessionnaire Renault",
        "et une plateforme logistique Peugeot.")),
    ("logiciels-departement", L(
        "Les départements utilisent Solis ou Iodas pour les dossiers de l'ASE ;",
        "l'export des données est encadré.")),
    ("application-langue", L(
        "Duolingo ne remplace pas l'atelier sociolinguistique",
        "mais entretient le vocabulaire entre deux séances.")),
    ("jeux-societe", L(
        "Dobble, Uno et Time's Up sont les jeux préférés",
        "des veillées au foyer.")),
    ("enseignes-alimentaires", L(
        "Les chèques d'accompagnement sont acceptés chez Leclerc, Lidl",
        "et dans les épiceries solidaires.")),
    ("cartographie", L(
        "Google Maps aide à préparer un trajet,",
        "mais rien ne vaut de faire le chemin une fois ensemble.")),

    # ------------------------------------------------------------------
    # Noms communs qui sont aussi des prénoms
    # ------------------------------------------------------------------
    ("rose-des-vents", L(
        "La « rose des vents » des besoins place l'enfant au centre",
        "et les huit besoins fondamentaux autour.")),
    ("pierre-angulaire", L(
        "La confiance est la pierre angulaire de l'accompagnement ;",
        "elle se construit pierre à pierre.")),
    ("cadre-clair", L(
        "Un cadre clair rassure l'adolescent ;",
        "une règle claire se discute, elle ne se négocie pas à chaque fois.")),
    ("delai-de-grace", L(
        "Le bailleur a accordé un délai de grâce de deux mois",
        "le temps que le dossier de FSL soit instruit.")),
    ("crier-victoire", L(
        "Ne pas crier victoire trop tôt : la première semaine sans alcool",
        "est rarement la plus dure.")),
    ("esperance-de-vie", L(
        "L'espérance de vie des personnes à la rue est inférieure de trente ans",
        "à celle de la population générale.")),
    ("patience-constance", L(
        "Patience et constance sont les deux qualités que les assistants familiaux",
        "citent le plus souvent.")),
    ("ange-gardien-aurore", L(
        "Chaque nouvel arrivant a un « ange gardien » parmi les résidents ;",
        "les maraudes de l'aurore croisent les derniers bus de nuit.")),
    ("fleurs-jardin", L(
        "Au jardin thérapeutique, capucines, violettes et marguerites",
        "ont été semées par les résidents.")),
    ("olivier-colombe", L(
        "Un olivier a été planté dans la cour, avec une colombe peinte sur le mur :",
        "un projet mené avec les enfants.")),
    ("bleu-marine-perle", L(
        "Les tabliers bleu marine et les perles de rocaille",
        "sont fournis par l'atelier couture.")),
    ("climat-clement-budget-modeste", L(
        "Un hiver clément a réduit les nuitées ;",
        "avec un budget modeste, l'accueil a tenu jusqu'au printemps.")),
    ("enfant-desire-presume-innocent", L(
        "Un enfant désiré peut aussi être un enfant en danger ;",
        "un parent mis en cause reste présumé innocent.")),
    ("dieu-merci-expression", L(
        "« Dieu merci, personne n'a été blessé », a conclu le chef de service",
        "après l'incendie de la cuisine.")),
    ("merveille-exaucee", L(
        "Le spectacle de fin d'année a été une merveille ;",
        "le vœu des résidents a été exaucé.")),
    ("personne-pronom", L(
        "Personne n'est venu à la première réunion.",
        "À la troisième, il fallait ajouter des chaises.")),
    ("contrat-honore-fortunes", L(
        "Le contrat a été honoré de part et d'autre ;",
        "les moins fortunés ont eu accès aux mêmes activités.")),
    ("jade-ambre-pierres", L(
        "L'atelier bijoux utilise de l'ambre, du jade et de la nacre",
        "de récupération.")),
    ("blanche-verbe-et-adjectif", L(
        "Une nuit blanche après une fugue use l'équipe ;",
        "prévoir un temps de reprise le lendemain.")),
    ("sage-femme-prudence", L(
        "La sage-femme de PMI recommande la prudence",
        "pour le couchage du nourrisson : sur le dos, sans tour de lit.")),

    # ------------------------------------------------------------------
    # Personnages de fiction, annoncés comme tels
    # ------------------------------------------------------------------
    ("miserables-cosette", L(
        "Dans *Les Misérables*, Cosette chez les Thénardier est l'image",
        "d'un placement maltraitant ; Jean Valjean, celle d'un tiers digne de confiance.")),
    ("sans-famille-remi", L(
        "Le roman *Sans famille* d'Hector Malot suit Rémi, enfant trouvé,",
        "et Vitalis, le saltimbanque qui l'élève.")),
    ("vie-devant-soi", L(
        "*La Vie devant soi* (Romain Gary) : Momo, élevé par Madame Rosa,",
        "ancienne prostituée qui garde les enfants des autres.")),
    ("film-welcome", L(
        "Dans *Welcome* (Philippe Lioret, 2009), Bilal veut traverser la Manche à la nage ;",
        "le film sert de support en formation.")),
    ("kirikou", L(
        "Le conte *Kirikou et la Sorcière* (Michel Ocelot) est projeté",
        "lors de l'atelier parents-enfants.")),
    ("film-la-tete-haute", L(
        "*La Tête haute* d'Emmanuelle Bercot suit Malony, adolescent placé,",
        "face à une juge des enfants jouée par Catherine Deneuve.")),
    ("film-daniel-blake", L(
        "*Moi, Daniel Blake* (Ken Loach, 2016) montre un menuisier",
        "pris dans les démarches en ligne de l'assurance chômage.")),
    ("petit-prince", L(
        "« On ne voit bien qu'avec le cœur », dit le renard au Petit Prince ;",
        "la phrase est affichée dans la salle d'attente.")),
    ("albums-jeunesse", L(
        "Les albums de *T'choupi* et de *Petit Ours Brun* aident les tout-petits",
        "à se représenter la séparation.")),
    ("harry-potter-placard", L(
        "Harry Potter, qui dort dans le placard chez les Dursley,",
        "est souvent cité par les jeunes pour parler de leur propre accueil.")),
    ("dupont-dupond", L(
        "Comme les Dupont et Dupond de Tintin, deux services peuvent répéter",
        "la même chose sans jamais s'écouter.")),
    ("poil-de-carotte", L(
        "*Poil de Carotte* de Jules Renard décrit un enfant mal-aimé",
        "par sa mère, Mme Lepic.")),
    ("film-hors-normes", L(
        "Dans *Hors normes* (Toledano et Nakache), Bruno et Malik",
        "accueillent des jeunes autistes que personne ne veut.")),
    ("vaiana-disney", L(
        "Les filles du groupe ont choisi de regarder *Vaiana* ;",
        "le personnage inspire la séance sur le courage.")),
    ("titeuf", L(
        "La bande dessinée *Titeuf* aborde avec humour la puberté",
        "et sert d'entrée en matière en éducation à la vie affective.")),
    ("matilda-dahl", L(
        "*Matilda*, de Roald Dahl, raconte une enfant surdouée",
        "négligée par ses parents et protégée par son institutrice, Miss Honey.")),
    ("oliver-twist", L(
        "Oliver Twist, l'orphelin de Dickens, demande « encore un peu » de gruau :",
        "le passage ouvre la réflexion sur la dignité à table.")),
    ("cas-fictif-mme-a", L(
        "Cas fictif, construit pour la formation : une mère, appelée ici Mme A.,",
        "vit seule avec trois enfants et travaille en horaires décalés.")),
    ("heidi-roman", L(
        "Heidi, l'orpheline du roman de Johanna Spyri,",
        "est envoyée chez son grand-père dans les Alpes.")),

    # ------------------------------------------------------------------
    # Personnes célèbres
    # ------------------------------------------------------------------
    ("abbe-pierre-1954", L(
        "L'appel de l'abbé Pierre pendant l'hiver 1954",
        "a marqué l'histoire de l'hébergement d'urgence.")),
    ("simone-veil", L(
        "L'atelier citoyenneté a étudié le parcours de Simone Veil,",
        "de la déportation à la loi de 1975.")),
    ("wresinski-atd", L(
        "Joseph Wresinski a fondé ATD Quart Monde au camp de Noisy-le-Grand ;",
        "Geneviève de Gaulle-Anthonioz en a présidé la branche française.")),
    ("idole-football", L(
        "Un garçon de 12 ans, fan de Kylian Mbappé, a accepté l'atelier d'écriture",
        "à condition d'écrire sur le football.")),
    ("chanteuse-atelier", L(
        "Les adolescentes ont traduit une chanson d'Aya Nakamura",
        "en langue des signes.")),
    ("mandela-citation", L(
        "« L'éducation est l'arme la plus puissante pour changer le monde » :",
        "la phrase attribuée à Nelson Mandela ouvre le livret d'accueil.")),
    ("pesquet-sortie", L(
        "La sortie à la Cité de l'espace a eu lieu le jour d'une conférence",
        "de Thomas Pesquet.")),
    ("martin-luther-king", L(
        "Le discours « I have a dream » de Martin Luther King",
        "a été étudié en atelier d'anglais.")),
    ("toussaint-louverture-histoire", L(
        "L'histoire de Toussaint Louverture est racontée aux enfants haïtiens",
        "et à leurs camarades lors de la semaine des cultures.")),
    ("victor-de-l-aveyron", L(
        "Victor de l'Aveyron, l'« enfant sauvage » éduqué par Jean Itard,",
        "reste un cas fondateur de l'éducation spécialisée.")),
    ("petit-hans-freud", L(
        "Le cas du petit Hans (Freud, 1909) et celui de Dora",
        "sont des pseudonymes cliniques devenus des classiques.")),
    ("marie-curie-atelier", L(
        "Une exposition sur Marie Curie a été montée",
        "avec les jeunes filles du dispositif « sciences pour toutes ».")),

    # ------------------------------------------------------------------
    # Exemples anonymisés et gabarits
    # ------------------------------------------------------------------
    ("mme-x", L(
        "Mme X, mère de deux enfants, a pu dire en fin de mesure",
        "qu'elle s'était sentie écoutée.")),
    ("l-enfant-a", L(
        "L'enfant A. est arrivé en pleine nuit ; l'équipe a choisi de différer",
        "l'entretien d'accueil au lendemain.")),
    ("garcon-de-8-ans", L(
        "Un garçon de 8 ans peut refuser de parler de sa mère devant un inconnu :",
        "ce n'est pas un signe d'opposition.")),
    ("m-y-mme-z", L(
        "M. Y et Mme Z, séparés, se retrouvent à la même réunion ;",
        "prévoir deux temps distincts.")),
    ("mme-d-m-b", L(
        "Mme D. et M. B. ont accepté que leur situation, modifiée,",
        "serve d'exemple dans cette fiche.")),
    ("famille-x", L(
        "La famille X. (situation reconstituée à partir de plusieurs suivis)",
        "illustre le cumul de difficultés.")),
    ("gabarit-vide", L(
        "Nom : ____________________",
        "Prénom : __________________",
        "Date de naissance : ___ / ___ / ______")),
    ("gabarit-a-completer", L(
        "| Nom | Prénom | Âge |",
        "|---|---|---|",
        "| [à compléter] | [à compléter] | [à compléter] |")),
    ("script-accueil-crochets", L(
        "« Bonjour [prénom de l'enfant], je m'appelle [votre prénom],",
        "je suis l'éducatrice qui va t'accompagner cette année. »")),
    ("adolescente-generale", L(
        "Une adolescente de 15 ans, placée depuis trois ans, demande à revoir son père :",
        "comment préparer la première rencontre ?")),
    ("homme-sortant-detention", L(
        "Un homme d'une cinquantaine d'années, sortant de détention,",
        "n'a ni papiers ni compte bancaire.")),
    ("initiales-anonymes-sans-lieu", L(
        "Dans l'exemple, A. et B. sont frère et sœur ;",
        "les prénoms et l'âge ont été modifiés.")),

    # ------------------------------------------------------------------
    # Maladies, outils et notions éponymes
    # ------------------------------------------------------------------
    ("maladies-eponymes", L(
        "Les personnes atteintes de la maladie d'Alzheimer ou de Parkinson",
        "bénéficient d'un accueil de jour spécialisé.")),
    ("syndrome-asperger", L(
        "Un enfant avec un syndrome d'Asperger peut avoir besoin",
        "d'un emploi du temps visuel et d'un lieu de retrait.")),
    ("korsakoff-diogene", L(
        "Le syndrome de Korsakoff et le syndrome de Diogène",
        "compliquent le maintien à domicile.")),
    ("echelle-zarit-aggir", L(
        "L'échelle de Zarit mesure le fardeau de l'aidant ;",
        "la grille AGGIR évalue la perte d'autonomie.")),
    ("methodes-eponymes", L(
        "Les méthodes Montessori et Borel-Maisonny, et le programme Makaton,",
        "sont utilisés à l'IME.")),
    ("maslow-karpman", L(
        "La pyramide de Maslow et le triangle de Karpman",
        "sont souvent cités en formation, avec leurs limites.")),
    ("munchhausen-down", L(
        "Le syndrome de Münchhausen par procuration est rare",
        "mais doit être évoqué devant des hospitalisations répétées inexpliquées.")),
    ("rorschach-glasgow", L(
        "Le test de Rorschach relève du psychologue ;",
        "l'échelle de Glasgow, des secouristes.")),
    ("effet-pygmalion", L(
        "L'effet Pygmalion (Rosenthal et Jacobson, 1968) rappelle que nos attentes",
        "influencent la réussite des élèves.")),
    ("maladie-de-charcot", L(
        "La maladie de Charcot impose d'anticiper les aides techniques",
        "et la communication alternative.")),
    ("test-guthrie", L(
        "Le test de Guthrie, fait à la maternité,",
        "dépiste plusieurs maladies rares du nouveau-né.")),
    ("syndrome-de-stockholm", L(
        "Parler de « syndrome de Stockholm » pour une victime de violences conjugales",
        "est trompeur : l'emprise est un autre mécanisme.")),

    # ------------------------------------------------------------------
    # Expressions et formules de politesse
    # ------------------------------------------------------------------
    ("madame-michu", L(
        "La fiche doit être compréhensible par « Madame Michu »",
        "comme par un cadre de direction.")),
    ("pierre-paul-jacques", L(
        "On ne confie pas un enfant à Pierre, Paul ou Jacques :",
        "l'agrément existe pour cela.")),
    ("tanguy-expression", L(
        "Les jeunes adultes qui restent chez leurs parents ne sont pas des « Tanguy » :",
        "le plus souvent, ils n'ont pas le choix.")),
    ("formules-adresse-audience", L(
        "À l'audience, on dit « Madame la juge » ou « Monsieur le juge »,",
        "et « Maître » à l'avocat.")),
    ("marianne-monsieur-tout-le-monde", L(
        "Le buste de Marianne trône dans la salle des mariages ;",
        "l'atelier citoyenneté y reçoit « Monsieur Tout-le-monde ».")),
    ("tartempion", L(
        "Qu'on s'appelle Tartempion ou autrement, le droit au compte",
        "est ouvert à toute personne résidant en France.")),

    # ------------------------------------------------------------------
    # Lois, décrets, rapports
    # ------------------------------------------------------------------
    ("loi-2002-2", L(
        "La loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale",
        "a créé le livret d'accueil et le conseil de la vie sociale.")),
    ("lois-protection-enfance", L(
        "Les lois du 5 mars 2007 et du 14 mars 2016 réforment la protection de l'enfance ;",
        "la loi du 7 février 2022, dite loi Taquet, la complète.")),
    ("loi-veil-neuwirth", L(
        "La loi Neuwirth (1967) autorise la contraception,",
        "la loi Veil (1975) dépénalise l'avortement.")),
    ("loi-besson-dalo", L(
        "La loi Besson du 31 mai 1990 pose le droit au logement ;",
        "la loi Dalo de 2007 le rend opposable.")),
    ("lois-kouchner-leonetti", L(
        "Les lois Kouchner (2002), Leonetti (2005) et Claeys-Leonetti (2016)",
        "encadrent les droits des malades et la fin de vie.")),
    ("amendement-creton", L(
        "L'amendement Creton permet à un jeune adulte de rester en IME",
        "faute de place dans un établissement pour adultes.")),
    ("rapport-piveteau", L(
        "Le rapport Piveteau « Zéro sans solution » (2014)",
        "a lancé la réponse accompagnée pour tous.")),
    ("demarche-consensus-martin-blachais", L(
        "La démarche de consensus sur les besoins fondamentaux de l'enfant,",
        "coordonnée par Marie-Paule Martin-Blachais (2017), place la sécurité au centre.")),
    ("decret-numero", L(
        "Le décret n° 2016-1298 du 30 septembre 2016 fixe",
        "les modalités de l'évaluation des situations.")),
    ("articles-codes", L(
        "Article L. 226-3 du code de l'action sociale et des familles ;",
        "article 375 du code civil ; article 226-13 du code pénal.")),
    ("ordonnance-1945-cjpm", L(
        "L'ordonnance du 2 février 1945 a été remplacée",
        "par le code de la justice pénale des mineurs le 30 septembre 2021.")),
    ("cide-1989", L(
        "La Convention internationale des droits de l'enfant,",
        "adoptée le 20 novembre 1989, a été ratifiée par la France en 1990.")),
    ("rgpd-article-9", L(
        "cadre_juridique:",
        '  - "Règlement (UE) 2016/679 (RGPD), art. 9"',
        '  - "CASF L311-3"')),

    # ------------------------------------------------------------------
    # Numéros d'aide publics
    # ------------------------------------------------------------------
    ("allo-119", L(
        "En cas de doute sur la situation d'un enfant, le 119 – Allô enfance en danger",
        "est joignable jour et nuit, gratuitement.")),
    ("violences-femmes-3919", L(
        "Le 3919 – Violences Femmes Info est anonyme et gratuit ;",
        "il ne laisse pas de trace sur la facture.")),
    ("samu-social-115", L(
        "Le 115 reste le numéro de l'hébergement d'urgence ;",
        "en période de grand froid, les places sont augmentées.")),
    ("prevention-suicide-3114", L(
        "Le 3114, numéro national de prévention du suicide,",
        "répond aux personnes en détresse et à leurs proches.")),
    ("maltraitance-3977", L(
        "Le 3977 recueille les signalements de maltraitance",
        "envers les personnes âgées et les adultes handicapés.")),
    ("fil-sante-jeunes", L(
        "Fil Santé Jeunes : 0 800 235 236, gratuit et anonyme,",
        "pour les 12-25 ans.")),
    ("drogues-info-service", L(
        "Drogues Info Service répond au 0 800 23 13 13 ;",
        "Écoute Alcool au 0 980 980 930.")),
    ("sos-amitie", L(
        "SOS Amitié : 09 72 39 40 50, écoute 24 heures sur 24,",
        "par des bénévoles formés.")),
    ("net-ecoute-3018", L(
        "Le 3018 traite le cyberharcèlement",
        "et peut faire retirer des contenus en ligne.")),
    ("urgences-114-112", L(
        "Les personnes sourdes ou malentendantes contactent les urgences par le 114 (SMS ou visio) ;",
        "le 112 fonctionne dans toute l'Union européenne.")),
    ("france-victimes-116006", L(
        "Le 116 006 oriente les victimes vers l'association France Victimes",
        "la plus proche.")),

    # ------------------------------------------------------------------
    # Adresses de services
    # ------------------------------------------------------------------
    ("pmi-adresse-service", L(
        "La PMI de secteur, 4 place de la Mairie, reçoit sans rendez-vous le jeudi ;",
        "la pesée des bébés a lieu le matin.")),
    ("defenseur-des-droits-adresse", L(
        "Saisir le Défenseur des droits par courrier, sans timbre :",
        "Libre réponse 71120, 75342 Paris Cedex 07.")),
    ("accueil-de-jour-adresse", L(
        "L'accueil de jour de l'association, 12 rue de la Gare,",
        "est ouvert de 9 h à 12 h, douches et laverie comprises.")),
    ("yaml-structure-adresse", L(
        "structure:",
        '  nom: "Maison départementale des solidarités"',
        '  adresse: "Hôtel du département, place de la Préfecture"')),

    # ------------------------------------------------------------------
    # Statistiques, âges et dates générales
    # ------------------------------------------------------------------
    ("statistique-drees", L(
        "Fin 2023, environ 400 000 mesures de protection de l'enfance étaient en cours,",
        "selon la DREES.")),
    ("tranches-d-age", L(
        "Le dispositif s'adresse aux jeunes de 16 à 25 ans ;",
        "le contrat jeune majeur peut aller jusqu'à 21 ans.")),
    ("dates-yaml-fiche", L(
        "date_creation: 2026-11-23",
        "date_maj: 2026-12-05",
        "revoir_avant: 2027-06-30")),
    ("periode-historique", L(
        "Entre 1945 et 1975, les internats de rééducation ont accueilli",
        "des dizaines de milliers d'adolescents.")),
    ("enfants-nes-apres", L(
        "Les enfants nés après le 1er janvier 2019 sont concernés",
        "par l'obligation d'instruction dès 3 ans.")),
    ("duree-mesure", L(
        "Une mesure d'AEMO dure en général un an, renouvelable ;",
        "le rapport est envoyé un mois avant l'échéance.")),
    ("table-chiffres", L(
        "| Année | Personnes accueillies | Durée moyenne |",
        "|---|---|---|",
        "| 2024 | 312 | 94 jours |",
        "| 2025 | 341 | 101 jours |")),
    ("pourcentages-enquete", L(
        "Selon l'enquête, 37 % des jeunes sortant de l'ASE",
        "connaissent au moins une période sans logement avant 25 ans.")),
]


DEBATABLE = [
    ("cas-invente-prenom-age", L(
        "Cas inventé pour la formation : Sofia, 15 ans, fugue un week-end sur deux",
        "et revient toujours le lundi."),
        "Prénom et âge annoncés comme fictifs, mais la forme est celle d'une situation réelle."),
    ("pseudonyme-annonce", L(
        "Nous l'appellerons ici Karim ; il avait dix-sept ans",
        "quand il a poussé la porte du service."),
        "Pseudonyme annoncé ; la fiche demande de généraliser plutôt que de pseudonymiser."),
    ("collegue-prenom-seul", L(
        "Merci à Nadia, notre secrétaire, qui a relu la grille",
        "et corrigé les fautes."),
        "Collègue avec sa fonction mais sans nom, consentement inconnu."),
    ("victoire-exclamation", L(
        "Après trois mois, Victoire ! La jeune a obtenu son CAP",
        "et signé son premier contrat."),
        "Nom commun en majuscule en début de phrase ; se lit aussi comme un prénom."),
    ("juge-nommee", L(
        "Mme Lefèvre, juge des enfants, a rappelé aux équipes",
        "l'importance des rapports envoyés à temps."),
        "Magistrate nommée dans sa fonction : professionnelle, pas une personne accompagnée."),
    ("courriel-professionnel", L(
        "Contact de la coordinatrice du réseau :",
        "c.martin@example.org"),
        "Adresse électronique professionnelle, pas celle d'une personne accompagnée."),
    ("standard-association", L(
        "Standard de l'association : 01 99 00 20 00,",
        "du lundi au vendredi de 9 h à 17 h."),
        "Standard public d'une structure ; numéro de la tranche fictive, qui ressemble à un numéro privé."),
    ("surnoms-generiques", L(
        "Au foyer, on a eu des générations de « Momo » et de « Mimi » ;",
        "les surnoms disent beaucoup de la vie du groupe."),
        "Surnoms cités de manière générale, sans désigner une personne."),
    ("domiciliation-ccas", L(
        "Domiciliation administrative : CCAS, 5 place de la Liberté ;",
        "le courrier est à retirer chaque semaine."),
        "Adresse d'institution, mais qui sert d'adresse postale à une personne accompagnée."),
    ("annee-naissance-seule", L(
        "Les jumeaux, nés en 2015, sont scolarisés dans la même classe",
        "à leur demande."),
        "Année de naissance seule : ni date complète, ni nom."),
    ("surnom-celebrite", L(
        "Sur le terrain, il veut qu'on l'appelle « Mbappé » ;",
        "l'entraîneur a accepté pour la saison."),
        "Surnom emprunté à une personne célèbre mais désignant un jeune accompagné."),
    ("tonton-educateur", L(
        "Il appelle « Tonton » l'éducateur référent,",
        "ce qui met l'équipe mal à l'aise."),
        "Terme affectif désignant un professionnel, pas un nom."),
    ("initiales-avec-lieu", L(
        "K.T., 16 ans, du foyer de la vallée,",
        "a rejoint le dispositif en septembre."),
        "Initiales associées à un lieu et à un âge : interdit par le guide, code incertain."),
    ("collegue-prenom-sans-fonction", L(
        "Lors de la réunion, Stéphane a proposé un tableau partagé",
        "pour suivre les rendez-vous."),
        "Prénom seul qui désigne probablement un collègue, pas une personne accompagnée."),
    ("auteur-minuscules-note", L(
        "cf. winnicott 1971 et bowlby 1969 pour la partie attachement,",
        "à compléter avant relecture."),
        "Auteurs cités en minuscules dans une note de travail."),
    ("citation-signee-role-ville", L(
        "« On ne m'avait jamais demandé mon avis. »",
        "— une mère, Roubaix, 2025"),
        "Pas de nom, mais rôle, ville et année associés à une parole."),
]
