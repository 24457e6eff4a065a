# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 12 pour le détecteur de données personnelles de Relier.

Rédigé le 2026-12-08 par un assistant qui n'a vu ni le détecteur, ni ses tests, ni les autres
jeux d'évaluation. Toutes les personnes citées sont fictives (y compris les auteurs et relecteurs
présentés comme professionnels) ; les auteurs de la bibliographie, les lois, les institutions et
les numéros d'écoute publics sont réels ou plausibles.

Accent de ce jeu : des FICHES ENTIÈRES ou de longs extraits (10 à 40 lignes), tels qu'un
contributeur les soumettrait : en-tête YAML (titre, resume, auteurs avec leurs rôles, relectures,
sources avec auteurs et adresses, cadre_juridique) puis les sections du corps (Contexte, Objectifs,
Déroulement, Points de vigilance, Paroles de praticiens, Exemple, Ressources), avec listes,
tableaux, liens, images et textes alternatifs, gras et italique, citations, lignes coupées vers
100 colonnes (une phrase, voire un nom, peut continuer à la ligne suivante). Publics : petite
enfance (crèche, PMI, protection maternelle), service social scolaire, protection judiciaire de la
jeunesse, psychiatrie, soins palliatifs, outre-mer (La Réunion, Mayotte, Guyane, Antilles), monde
rural, gens du voyage, personnes en situation de prostitution, hébergement de victimes de
violences conjugales. Chaque texte FLAG cache UNE SEULE donnée sur une personne accompagnée
quelque part dans une fiche par ailleurs correcte (élément de liste, cellule de tableau, phrase
coupée, texte alternatif ou nom de fichier d'image, lien, valeur YAML, dialogue d'exemple, note de
bas de page).

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.

Conventions :
- FLAG = [(kind, code, texte), ...] : textes qui DOIVENT être signalés ; code parmi
  donnee-nom, donnee-naissance, donnee-adresse, donnee-telephone, donnee-courriel, donnee-nir,
  donnee-iban, donnee-dossier ; kind est un court identifiant du cas.
- CLEAN = [(kind, texte), ...] : textes qui ne doivent PAS être signalés.
- DEBATABLE = [(kind, texte, pourquoi), ...] : cas ambigus, exclus du score.
- Téléphones fictifs uniquement dans les plages 01 99 00 xx xx, 02 61 91 xx xx, 03 53 48 xx xx,
  04 65 71 xx xx, 05 36 49 xx xx, 06 39 98 xx xx, 07 00 00 xx xx (les numéros courts et les
  numéros gratuits des lignes d'écoute nationales sont réels) ; courriels sur example.org,
  example.com ou example.net ; NIR et IBAN inventés (clé valide ou non).
"""

FLAG = []
CLEAN = []
DEBATABLE = []

# ---------------------------------------------------------------------------------------------
# FLAG — donnee-nom (1)
# ---------------------------------------------------------------------------------------------
FLAG += [
("nom-cellule-tableau-visites-pmi", "donnee-nom", """---
id: visites-a-domicile-puericultrice-pmi
titre: "Les visites à domicile de la puéricultrice de PMI après la sortie de maternité"
resume: "Visites proposées aux parents dans les semaines qui suivent la naissance pour soutenir
  l'allaitement, le sommeil, les premiers liens et repérer tôt les difficultés, sans contrôle."
type_fiche: pratique
publics: [petite_enfance, familles]
secteurs: [sanitaire, social]
modes_intervention: [domicile, individuel]
auteurs:
  - nom: "Élodie Charpentier"
    role: "Puéricultrice de PMI, conseil départemental"
  - nom: "Service de PMI de la circonscription Nord"
    role: "Relecture collective"
cadre_juridique: ["CSP L2111-1", "CSP L2112-2"]
sources:
  - titre: "Les besoins fondamentaux de l'enfant (rapport de la démarche de consensus)"
    auteur: "Marie-Paule Martin-Blachais"
    annee: 2017
---

## Déroulement

La première visite est proposée à la maternité, jamais imposée. Le tableau ci-dessous résume le
rythme habituel, à adapter à chaque famille.

| Moment | Contenu principal | Remarque |
|---|---|---|
| J+3 à J+8 | pesée, allaitement, sommeil, fatigue de la mère | à la demande de la maternité |
| J+15 | liens parents-bébé, fratrie, soutien de l'entourage | bébé de Mme Océane Lefèvre : reprendre la pesée |
| 1 mois | vaccinations à venir, retour du conjoint au travail | possible en consultation |
| 2 mois | mode d'accueil, reprise du travail, dépression post-natale | EPDS si besoin |

## Points de vigilance

- Ne pas transformer la visite en inspection du logement : on regarde l'enfant et ses parents.
- Repérer la dépression du post-partum (échelle d'Édimbourg) et orienter sans attendre.
"""),

("nom-coupe-ligne-exemple-pjj", "donnee-nom", """---
id: module-acculturation-judiciaire-pjj
titre: "Le module d'acculturation judiciaire en unité éducative de milieu ouvert"
resume: "Séances collectives où des mineurs suivis par la PJJ découvrent le fonctionnement de la
  justice pénale des mineurs, le rôle de chacun et le sens de la mesure qui les concerne."
type_fiche: methode
publics: [adolescents, justice]
auteurs:
  - nom: "Karim Bensaïd"
    role: "Éducateur PJJ, UEMO"
  - nom: "Anne-Laure Vasseur"
    role: "Professeure technique PJJ"
cadre_juridique: ["CJPM L112-2", "CJPM L112-3", "Ordonnance n° 2019-950 du 11 septembre 2019"]
---

## Déroulement

1. Visite du tribunal judiciaire, en dehors des audiences, avec un greffier volontaire.
2. Jeu de rôle d'une audience de culpabilité : chaque jeune tient un rôle (juge, avocat, éducateur,
   victime, mineur mis en cause), puis on échange les places.
3. Reprise en groupe : « Qu'est-ce qui vous a surpris ? Qui parle pour qui ? »

## Exemple

Lors de la session de février, le groupe a d'abord refusé de jouer la victime. C'est Dylan
Mercier, 16 ans, suivi au titre d'une mesure éducative judiciaire provisoire, qui a fini par
accepter, et la discussion a changé de ton : pour la première fois, les jeunes ont parlé de ce que
le vol avait coûté à la boulangère du quartier.

## Points de vigilance

- Ne jamais évoquer en groupe les faits reprochés à un participant.
- Prévenir les parents ou titulaires de l'autorité parentale des sorties au tribunal.
"""),

("nom-alt-image-plan-crise-psychiatrie", "donnee-nom", """---
id: plan-de-crise-conjoint
titre: "Le plan de crise conjoint en psychiatrie adulte"
resume: "Document rédigé à l'avance par la personne et son équipe de soins pour dire ce qui aide,
  ce qui n'aide pas et qui prévenir si une crise survient ; il réduit les hospitalisations sous
  contrainte."
type_fiche: outil
publics: [adultes, sante_mentale]
niveau_preuve: evaluee
preuve:
  appui: "Henderson et coll., BMJ, 2004 : moins d'admissions sous contrainte dans le groupe plan de crise"
  effet: positif
auteurs:
  - nom: "Julien Moreau-Tessier"
    role: "Infirmier en pratique avancée, CMP"
---

## Contexte

Le plan de crise conjoint (*joint crisis plan*) a été décrit au Royaume-Uni au début des années
2000. Il s'appuie sur la même idée que les directives anticipées en psychiatrie : c'est la
personne, quand elle va bien, qui dit ce qu'il faudra faire quand elle ira mal.

![Plan de crise rempli par Mme Aurélie Chassagne avec son infirmière référente, page 1](images/plan-crise-page1.png)

## Déroulement

- Un premier entretien de présentation, puis une séance de rédaction avec un tiers facilitateur.
- La personne choisit qui détient une copie : médecin traitant, proche, équipe de secteur.
- Le plan est relu après chaque crise, ou au moins une fois par an.

## Points de vigilance

- Un plan rédigé par l'équipe et simplement signé par le patient n'est pas un plan conjoint.
"""),

("nom-fichier-image-directives-anticipees", "donnee-nom", """---
id: directives-anticipees-ehpad
titre: "Aider à rédiger ses directives anticipées en EHPAD"
resume: "Accompagnement, en plusieurs entretiens, des résidents qui le souhaitent pour écrire leurs
  directives anticipées et désigner une personne de confiance."
type_fiche: pratique
publics: [personnes_agees, aidants]
cadre_juridique: ["CSP L1111-6", "CSP L1111-11", "Loi n° 2016-87 du 2 février 2016"]
auteurs:
  - nom: "Brigitte Lanoë"
    role: "Psychologue en EHPAD"
  - nom: "Dr Thierry Gaudin"
    role: "Médecin coordonnateur"
sources:
  - titre: "Pourquoi et comment rédiger ses directives anticipées ?"
    auteur: "Haute Autorité de santé"
    annee: 2016
---

## Déroulement

On commence par une conversation, pas par un formulaire. Le modèle de la HAS sert ensuite de
trame ; beaucoup de résidents préfèrent une lettre manuscrite, tout aussi valable si elle est
datée et signée.

![Exemple de directives manuscrites, conservées dans le dossier de soins](images/directives-anticipees-gaston-peyrelongue-2025.jpg)

## Points de vigilance

- Un résident sous tutelle peut rédiger ses directives avec l'autorisation du juge ou du conseil
  de famille (CSP L1111-11).
- Les directives sont révisables à tout moment ; dater chaque nouvelle version.
- Ne pas confondre personne de confiance et personne à prévenir.
"""),

("nom-yaml-source-interne-mayotte", "donnee-nom", """---
id: mineurs-isoles-mayotte
titre: "Accueillir les mineurs non accompagnés à Mayotte : premiers jours"
resume: "Mise à l'abri, évaluation et premiers besoins des mineurs isolés dans un territoire où
  les places manquent et où beaucoup d'enfants vivent sans parent sur place."
type_fiche: retour_experience
publics: [enfance, adolescents, migrants]
cadre_juridique: ["CASF L221-2-4", "CASF L223-2", "Loi n° 2022-140 du 7 février 2022"]
auteurs:
  - nom: "Équipe du service d'accueil d'urgence"
    role: "Rédaction collective"
sources:
  - titre: "Rapport d'information sur la situation des mineurs à Mayotte"
    auteur: "Sénat"
    annee: 2023
  - titre: "Compte rendu de synthèse — situation de Fatima Ahamada, mise à l'abri en mai 2025"
    auteur: "Service d'accueil d'urgence"
    annee: 2025
  - titre: "Les mineurs non accompagnés en France"
    auteur: "Défenseur des droits"
    annee: 2022
---

## Contexte

À Mayotte, de nombreux enfants vivent seuls ou chez un tiers après l'éloignement de leurs parents.
La distinction entre mineur « isolé » et mineur « confié » de façon informelle est délicate.

## Déroulement

1. Mise à l'abri immédiate, y compris la nuit, dans le lieu d'accueil d'urgence.
2. Entretien en shimaoré ou en kibushi avec un interprète professionnel.
3. Recherche de la famille élargie sur l'île, avec l'accord de l'enfant.
"""),

("nom-texte-lien-gens-du-voyage", "donnee-nom", """---
id: domiciliation-ccas-voyageurs
titre: "La domiciliation des voyageurs au CCAS : un accueil qui ne soit pas un guichet"
resume: "Comment un CCAS rural organise l'élection de domicile des familles voyageuses et en fait
  une porte d'entrée vers les droits plutôt qu'une simple boîte aux lettres."
type_fiche: pratique
publics: [gens_du_voyage, familles, precarite]
cadre_juridique: ["CASF L264-1", "Loi n° 2017-86 du 27 janvier 2017"]
auteurs:
  - nom: "Sylvie Brochard"
    role: "Conseillère en économie sociale et familiale, CCAS"
---

## Déroulement

- Une permanence courrier trois matinées par semaine, y compris pendant l'été, quand les familles
  reviennent après les grands passages.
- Un entretien d'accueil de vingt minutes lors de l'élection de domicile : droits ouverts, santé,
  scolarité, carte d'identité.
- Une attestation remise en main propre, avec une copie gardée au CCAS.

## Ressources

- [Modèle d'attestation d'élection de domicile (Cerfa n° 15548)](https://www.service-public.fr/)
- [Courrier de relance rédigé pour M. Tony Reinhardt](documents/relance-domiciliation.odt)
- [Guide de la domiciliation, ministère des Solidarités](https://solidarites.gouv.fr/)
- FNASAT-Gens du voyage, fédération nationale, pour les repères juridiques.
"""),

("nom-dialogue-maraude-prostitution", "donnee-nom", """---
id: maraude-sante-prostitution
titre: "La maraude de santé communautaire auprès des personnes en situation de prostitution"
resume: "Tournées de nuit en camion, en binôme avec une médiatrice paire, pour proposer dépistage,
  matériel de réduction des risques, orientation vers les droits et écoute sans condition."
type_fiche: pratique
publics: [adultes, precarite, victimes]
cadre_juridique: ["Loi n° 2016-444 du 13 avril 2016", "CASF L121-9"]
auteurs:
  - nom: "Collectif de l'association de santé communautaire"
    role: "Rédaction collective"
paroles:
  nature: composite
---

## Exemple

Un dialogue type, tel qu'on le travaille en formation des bénévoles :

> — Bonsoir, on passe avec le camion, vous voulez un café ?
> — Vous êtes bien Mme Larissa Petrova ? La semaine dernière vous vouliez des nouvelles de
>   votre rendez-vous au CeGIDD.
> — Oui, c'est jeudi. Vous pouvez m'accompagner ?

L'important est de ne jamais commencer par la sortie de la prostitution : on répond à la demande
de la personne, telle qu'elle la formule.

## Points de vigilance

- Le parcours de sortie (loi du 13 avril 2016) est une possibilité, jamais une condition d'aide.
- Pas de photos, pas de notes nominatives dans le camion.
"""),

("nom-note-bas-page-chrs-violences", "donnee-nom", """---
id: groupe-de-parole-femmes-chrs
titre: "Le groupe de parole hebdomadaire en centre d'hébergement pour femmes victimes de violences"
resume: "Un espace collectif animé par deux professionnelles pour sortir de l'isolement, nommer
  l'emprise et reprendre confiance, en complément du suivi individuel."
type_fiche: retour_experience
publics: [adultes, victimes, familles]
cadre_juridique: ["Loi n° 2010-769 du 9 juillet 2010", "Code civil art. 515-9"]
auteurs:
  - nom: "Hélène Dufresne"
    role: "Psychologue, CHRS"
  - nom: "Amandine Roux"
    role: "Éducatrice spécialisée, CHRS"
sources:
  - titre: "Le harcèlement moral"
    auteur: "Marie-France Hirigoyen"
    annee: 1998
---

## Paroles de praticiens

« Le groupe ne remplace pas l'entretien, il fait autre chose : il montre à chacune qu'elle n'est
pas folle, que d'autres ont entendu les mêmes phrases[^1]. » Les thèmes reviennent d'une session à
l'autre : la honte, l'argent, les enfants, la peur de croiser l'agresseur[^2].

[^1]: Hélène Dufresne, intervention aux journées régionales des CHRS, 2024.
[^2]: Propos recueillis auprès de Mme Nadège Ferrand, hébergée au CHRS de mars à juin 2025.

## Points de vigilance

- Règle de confidentialité rappelée à chaque séance.
- Pas de participation imposée comme condition de l'hébergement.
"""),
]
FLAG += [
("nom-titre-retour-experience-reunion", "donnee-nom", """---
id: retour-experience-famille-hoarau-saint-pierre
titre: "Retour d'expérience : l'accompagnement de la famille Hoarau à Saint-Pierre après le cyclone"
resume: "Comment une équipe de polyvalence de secteur a coordonné relogement, scolarité et aides
  exceptionnelles pour une famille sinistrée, et ce qu'elle en retient pour les prochaines crises."
type_fiche: retour_experience
publics: [familles, precarite]
secteurs: [social, logement]
auteurs:
  - nom: "Marie-Josée Grondin"
    role: "Assistante de service social, Département de La Réunion"
  - nom: "Patrice Técher"
    role: "Responsable de l'unité territoriale d'action sociale"
cadre_juridique: ["CASF L115-1", "Code de la construction et de l'habitation L300-1"]
date_creation: 2026-03-02
---

## Contexte

Après un cyclone intense, plusieurs centaines de familles du sud de l'île ont perdu tout ou partie
de leur logement. Le Département a ouvert des permanences dans les mairies annexes et mobilisé le
fonds de solidarité pour le logement.

## Ce qui a marché

- Un interlocuteur unique par famille, même quand cinq services intervenaient.
- Des entretiens en créole réunionnais quand la famille le souhaitait.
- La coordination avec les écoles pour que les enfants relogés loin gardent leur classe.

## Ce qui n'a pas marché

- Les délais de l'assurance, qui ont bloqué les travaux pendant des mois.
- L'absence de liste partagée des hébergements provisoires disponibles.
"""),

("nom-legende-tableau-service-social-scolaire", "donnee-nom", """---
id: suivi-absenteisme-service-social-scolaire
titre: "Le suivi de l'absentéisme par l'assistante sociale scolaire : une grille à trois temps"
resume: "Grille simple pour passer du signalement administratif d'absences à une compréhension
  partagée avec l'élève et sa famille, avant toute saisine de la direction académique."
type_fiche: outil
publics: [adolescents, enfance, familles]
secteurs: [education, social]
cadre_juridique: ["Code de l'éducation L131-8", "Code de l'éducation R131-5"]
auteurs:
  - nom: "Nathalie Guérin"
    role: "Assistante sociale en faveur des élèves, collège"
  - nom: "Christophe Albert"
    role: "Conseiller principal d'éducation"
---

## L'outil

Tableau 2 — Exemple de grille remplie pour Kevin Lemaire, élève de 4e, premier trimestre

| Temps | Question | Ce qu'on note |
|---|---|---|
| Repérer | Quand les absences ont-elles commencé ? | après les vacances d'automne |
| Comprendre | Que dit l'élève ? Que disent les parents ? | peur d'un groupe dans la cour |
| Agir | Qui fait quoi, et quand fait-on le point ? | CPE, professeur principal, infirmière |

## Points de vigilance

- Quatre demi-journées d'absence non justifiées dans le mois déclenchent le signalement au DASEN,
  mais l'entretien avec la famille n'attend pas ce seuil.
- Le harcèlement est une cause fréquente : penser au 3018.
"""),

("nom-url-dossier-partage-aemo", "donnee-nom", """---
id: cahier-de-liaison-numerique-aemo
titre: "Le cahier de liaison numérique entre éducateurs d'AEMO"
resume: "Un espace partagé, hébergé par l'association, où l'équipe consigne les démarches faites
  pour chaque mesure, afin d'éviter les doublons et les oublis pendant les congés."
type_fiche: outil
publics: [familles, enfance]
secteurs: [protection_enfance]
cadre_juridique: ["Code civil art. 375-2", "Règlement (UE) 2016/679 (RGPD)"]
auteurs:
  - nom: "Samuel Ravier"
    role: "Chef de service, AEMO"
---

## Mise en place

L'outil a été choisi avec le délégué à la protection des données de l'association. Chaque mesure
a son dossier, nommé par un numéro interne, jamais par le nom de famille. Un ancien dossier créé
avant cette règle est resté en ligne :
https://cloud.example.org/aemo/mesures/famille-nguyen-van-thanh/journal.odt

## Points de vigilance

- Accès limité aux professionnels qui interviennent dans la mesure.
- Les écrits du cahier sont communicables à la famille : écrire des faits, pas des jugements.
- Durée de conservation alignée sur celle du dossier de la mesure.
"""),

("nom-commentaire-html-guyane", "donnee-nom", """---
id: mediation-sante-fleuve-maroni
titre: "La médiation en santé sur le fleuve Maroni"
resume: "Des médiateurs issus des communautés du fleuve accompagnent les habitants des villages
  isolés vers les centres délocalisés de prévention et de soins et vers l'hôpital de Saint-Laurent."
type_fiche: pratique
publics: [familles, adultes, precarite]
secteurs: [sanitaire, social]
modes_intervention: [aller_vers, communautaire]
auteurs:
  - nom: "Collectif des médiateurs en santé de l'Ouest guyanais"
    role: "Rédaction collective"
sources:
  - titre: "Référentiel de compétences, formation et bonnes pratiques : la médiation sanitaire"
    auteur: "Haute Autorité de santé"
    annee: 2017
---

## Déroulement

1. Le médiateur connaît les langues du fleuve (ndyuka, saamaka, aluku, sranan tongo) et les
   familles ; il annonce sa venue par la radio communautaire et le bouche-à-oreille.
2. Il prépare avec la personne le trajet en pirogue, l'hébergement à Saint-Laurent et les papiers.
<!-- à vérifier avec Mme Wilhelmina Abienso avant publication : le trajet en pirogue a été payé par le CCAS ? -->
3. Il accompagne la consultation si la personne le souhaite, sans traduire à sa place.

## Points de vigilance

- Le médiateur n'est pas un interprète juré ; pour une annonce grave, un interprète professionnel.
- Respecter la place des autorités coutumières sans leur transmettre d'information médicale.
"""),

("nom-liste-participants-conference-familiale", "donnee-nom", """---
id: conference-familiale-retour-experience-rural
titre: "Une conférence familiale en milieu rural : préparer, réunir, laisser décider"
resume: "Récit d'une conférence familiale organisée par un service d'AEMO dans un canton rural :
  préparation avec le coordinateur, temps privé de la famille, plan accepté par le juge."
type_fiche: retour_experience
publics: [familles, enfance]
auteurs:
  - nom: "Bernard Lachaud"
    role: "Coordinateur de conférences familiales (bénévole formé)"
  - nom: "Isabelle Pradel"
    role: "Éducatrice AEMO"
sources:
  - titre: "Family Group Conferences"
    auteur: "Paul Nixon, Gale Burford, Andrew Quinn"
    annee: 2005
---

## Déroulement

La réunion s'est tenue un samedi, dans la salle des fêtes prêtée par la commune. Étaient présents :

- la mère et son compagnon ;
- Mme Sabrina Ortiz, grand-mère maternelle, venue de Rodez ;
- un oncle et une tante du côté paternel ;
- la voisine qui garde souvent les enfants après l'école ;
- l'éducatrice AEMO et l'assistante sociale de secteur, pour la première partie seulement.

Après le temps d'information, les professionnels sont sortis. La famille a travaillé seule deux
heures et demie, puis a présenté son plan.

## Ce que nous retenons

- Les trajets sont l'obstacle principal en milieu rural : prévoir un défraiement.
- Le coordinateur doit être indépendant du service qui suit la famille.
"""),

("nom-alt-dessin-enfant-creche", "donnee-nom", """---
id: cahier-de-vie-creche
titre: "Le cahier de vie en crèche : un pont entre la famille et l'équipe"
resume: "Un cahier qui circule entre la maison et la crèche, où parents et professionnelles
  racontent la journée de l'enfant par des mots, des photos et des dessins."
type_fiche: outil
publics: [petite_enfance, familles]
secteurs: [petite_enfance]
auteurs:
  - nom: "Valérie Morin"
    role: "Éducatrice de jeunes enfants, multi-accueil municipal"
sources:
  - titre: "Le bébé est une personne"
    auteur: "Bernard Martino"
    annee: 1985
  - titre: "Loczy ou le maternage insolite"
    auteur: "Myriam David, Geneviève Appell"
    annee: 1973
---

## Exemple

Une page du cahier, telle qu'on la montre en réunion de parents (avec leur accord) :

![Dessin de Noah Girard, 3 ans, fait au retour de la sortie à la ferme](images/cahier-de-vie-ferme.jpg)

Les parents y ajoutent ce qui s'est passé le week-end ; l'équipe s'en sert pour relancer la parole
de l'enfant le lundi.

## Points de vigilance

- Les photos d'autres enfants ne doivent pas figurer dans le cahier d'un enfant.
- Tous les parents ne sont pas à l'aise avec l'écrit : accepter un cahier fait de dessins.
"""),

("nom-citation-attribution-laep", "donnee-nom", """---
id: lieu-accueil-enfants-parents-reunion
titre: "Le lieu d'accueil enfants-parents itinérant dans les Hauts de La Réunion"
resume: "Un LAEP qui se déplace chaque semaine dans les écarts des Hauts, inspiré de la Maison
  verte de Françoise Dolto, pour rompre l'isolement des parents de jeunes enfants."
type_fiche: pratique
publics: [petite_enfance, familles]
modes_intervention: [aller_vers, collectif]
auteurs:
  - nom: "Josette Payet"
    role: "Accueillante, psychomotricienne"
  - nom: "Caisse d'allocations familiales de La Réunion"
    role: "Financeur, relecture"
sources:
  - titre: "La cause des enfants"
    auteur: "Françoise Dolto"
    annee: 1985
---

## Paroles

> « Ici, personne ne me demande mon nom ni ce que je fais. Je viens avec la petite, je m'assois,
> je parle avec les autres mamans. Avant, je ne sortais pas de la case de toute la semaine. »
> — Mme Josiane Hoareau, mère accueillie au LAEP de la Plaine-des-Palmistes

## Points de vigilance

- L'anonymat est le principe du LAEP : seuls le prénom et l'âge de l'enfant sont demandés.
- Les accueillantes ne font ni suivi ni signalement en dehors du danger avéré.
"""),

("nom-gras-deroulement-soins-palliatifs-domicile", "donnee-nom", """---
id: coordination-soins-palliatifs-domicile
titre: "Coordonner la fin de vie à domicile en zone rurale"
resume: "Le rôle du dispositif d'appui à la coordination et de l'équipe mobile de soins palliatifs
  pour permettre à une personne de mourir chez elle, loin de l'hôpital, sans épuiser ses proches."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
cadre_juridique: ["CSP L1110-9", "CSP L6327-2", "Loi n° 2016-87 du 2 février 2016"]
auteurs:
  - nom: "Dr Anne Castagné"
    role: "Médecin, équipe mobile de soins palliatifs"
  - nom: "Fabien Roussel"
    role: "Coordinateur de parcours, DAC"
---

## Déroulement

1. Signalement au DAC par le médecin traitant, l'hôpital ou l'infirmière libérale.
2. Visite à domicile conjointe EMSP et coordinateur dans la semaine.
3. Mise en place du matériel, des aides à domicile, de la garde de nuit si besoin ; pour
   **M. Raymond Vialatte**, il a fallu trois jours pour obtenir un lit médicalisé dans la vallée.
4. Fiche de liaison « urgence pallia » laissée au domicile pour le SAMU.
5. Soutien des aidants : congé de solidarité familiale, allocation journalière d'accompagnement.

## Points de vigilance

- En zone rurale, anticiper les week-ends : prescriptions anticipées personnalisées.
- Le deuil des proches se prépare avant le décès.
"""),

("nom-checklist-case-eleve-ulis", "donnee-nom", """---
id: preparer-equipe-de-suivi-scolarisation
titre: "Préparer une équipe de suivi de la scolarisation (ESS) avec la famille"
resume: "Liste de vérification pour l'enseignant référent et l'assistante sociale scolaire afin
  que la famille arrive à l'ESS informée, écoutée et en mesure de donner son avis."
type_fiche: outil
publics: [enfance, handicap, familles]
cadre_juridique: ["Code de l'éducation L112-2", "Code de l'éducation D351-10"]
auteurs:
  - nom: "Olivier Berthelot"
    role: "Enseignant référent pour la scolarisation des élèves handicapés"
---

## Liste de vérification

- [x] Envoyer la convocation trois semaines avant, avec un mot simple sur le déroulement.
- [x] Proposer un appel préalable aux parents pour recueillir leurs questions.
- [ ] Demander le compte rendu de l'AESH et de l'enseignant de l'ULIS.
- [ ] Appeler l'orthophoniste de Lina Bouchard pour avoir son bilan avant la réunion.
- [ ] Réserver une salle où l'on peut s'asseoir autour d'une table, pas face à un bureau.
- [ ] Prévoir un interprète si la famille le souhaite.

## Points de vigilance

- Le GEVA-Sco est transmis à la MDPH ; la famille doit en avoir une copie.
- L'élève peut participer à une partie de la réunion, selon son âge et son souhait.
"""),

("nom-phrase-coupee-contexte-antilles", "donnee-nom", """---
id: accompagnement-aidants-martinique
titre: "Soutenir les aidants familiaux de personnes âgées en Martinique"
resume: "Dans une île où la population vieillit très vite et où les jeunes partent, une plateforme
  de répit propose groupes d'aidants, relayage et soutien psychologique, jusque dans les communes du
  nord."
type_fiche: pratique
publics: [aidants, personnes_agees]
auteurs:
  - nom: "Corinne Bellance"
    role: "Psychologue, plateforme d'accompagnement et de répit"
sources:
  - titre: "Insee Analyses Martinique : projections de population à l'horizon 2050"
    auteur: "Insee"
    annee: 2022
---

## Contexte

La Martinique est l'un des territoires les plus âgés de France ; la part des plus de 60 ans y
dépassera le tiers de la population dans les prochaines décennies selon l'Insee. L'aide repose
souvent sur une fille ou une belle-fille, seule, parfois elle-même âgée. Le groupe de Sainte-Marie
est né de la demande d'une aidante, Mme Huguette
Zobda-Lacroix, qui s'occupait de sa mère depuis sept ans sans jamais avoir pris un jour de repos.

## Déroulement

- Un groupe mensuel par commune, le samedi matin, avec garde de la personne aidée sur place.
- Du relayage à domicile, quelques heures ou une nuit.
- Des entretiens individuels avec la psychologue.
"""),
]
FLAG += [
("nom-yaml-commentaire-relecture-pjj", "donnee-nom", """---
id: stage-de-citoyennete-pjj
titre: "Le stage de formation civique pour mineurs : le construire avec les partenaires locaux"
resume: "Organisation d'un stage de formation civique prononcé par le juge des enfants ou le
  parquet : contenu, partenaires (mairie, pompiers, associations de victimes), reprise éducative."
type_fiche: methode
publics: [adolescents, justice]
secteurs: [justice]
cadre_juridique: ["CJPM L112-2", "Code pénal 131-5-1"]
auteurs:
  - nom: "Stéphanie Carrel"
    role: "Éducatrice PJJ, unité éducative de milieu ouvert"
statut: en_relecture
relectures:
  - nom: "Hervé Lagarde"
    role: "Responsable d'unité éducative"
    date: 2026-10-14
    avis: favorable_avec_reserves
    commentaire: "Bonne fiche. Retirer l'exemple de Yanis Belkacem dans la partie Déroulement, trop identifiable."
date_creation: 2026-09-30
---

## Déroulement

Le stage dure de un à quatre jours, en groupe de six à huit jeunes. Chaque journée associe un
partenaire extérieur et un temps de reprise avec l'éducateur :

- la mairie : conseil municipal des jeunes, visite de la salle du conseil ;
- le centre de secours : premiers gestes, coût d'une intervention inutile ;
- une association d'aide aux victimes : ce que vit une victime après les faits.

## Points de vigilance

- Le stage n'a de sens que si la reprise éducative individuelle suit.
"""),

("nom-coupe-ligne-pmi-mayotte", "donnee-nom", """---
id: consultation-pmi-mayotte-nourrissons
titre: "Les consultations de nourrissons en PMI à Mayotte : tenir avec peu de moyens"
resume: "Comment un centre de PMI de Mayotte organise ses consultations de nourrissons, ses
  vaccinations et le suivi de la malnutrition dans un contexte de forte natalité et de pénurie de
  soignants."
type_fiche: retour_experience
publics: [petite_enfance, familles, precarite]
auteurs:
  - nom: "Équipe du centre de PMI de Kawéni"
    role: "Rédaction collective"
sources:
  - titre: "Santé publique France, bulletin de santé publique Mayotte"
    auteur: "Santé publique France"
    annee: 2024
---

## Contexte

Mayotte compte le taux de natalité le plus élevé de France. Les centres de PMI voient chaque matin
des dizaines de mères, beaucoup sans couverture maladie, qui attendent dès l'aube.

## Exemple

Le repérage de la malnutrition repose sur la courbe de poids et le périmètre brachial. La semaine
dernière, la puéricultrice a revu Nourdine
Attoumani, 8 mois, adressé par la maraude : sa courbe s'était cassée depuis le sevrage, et la
famille a pu être orientée vers le programme de renutrition.

## Points de vigilance

- Ne jamais conditionner la vaccination à la présentation de papiers.
- Travailler avec les associations qui distribuent des laits et des compléments.
"""),

("nom-tableau-commission-parcours-sortie", "donnee-nom", """---
id: parcours-de-sortie-prostitution-commission
titre: "Préparer un dossier de parcours de sortie de la prostitution pour la commission départementale"
resume: "Étapes, pièces et arguments pour présenter à la commission départementale la demande
  d'une personne qui souhaite s'engager dans un parcours de sortie, avec l'AFIS et l'autorisation
  provisoire de séjour."
type_fiche: methode
publics: [adultes, victimes, migrants]
cadre_juridique: ["Loi n° 2016-444 du 13 avril 2016", "CASF L121-9", "CESEDA L425-4", "Décret n° 2016-1467 du 28 octobre 2016"]
auteurs:
  - nom: "Aurélie Faucher"
    role: "Travailleuse sociale, association agréée"
---

## Suivi des dossiers présentés

| Séance | Dossier | Avis de la commission | Suite |
|---|---|---|---|
| mars | dossier A | favorable | APS délivrée en mai |
| mars | Mme Blessing Okafor | ajourné (pièces manquantes) | représenté en juin |
| juin | dossier C | favorable | AFIS ouverte |

## Points de vigilance

- L'autorisation provisoire de séjour est de six mois renouvelable : anticiper les échéances.
- L'aide financière (AFIS) n'est pas cumulable avec le RSA ; l'expliquer dès le premier entretien.
"""),

("nom-bloc-code-modele-courriel-cmp", "donnee-nom", """---
id: relance-apres-rendez-vous-manque-cmp
titre: "Relancer après un rendez-vous manqué au CMP sans culpabiliser"
resume: "Modèles de messages et règles d'équipe pour relancer une personne qui ne vient plus au
  centre médico-psychologique, en respectant son choix sans l'abandonner."
type_fiche: outil
publics: [adultes, sante_mentale]
auteurs:
  - nom: "Dr Claire Fontenelle"
    role: "Psychiatre, chef de pôle"
  - nom: "Mathieu Renaud"
    role: "Infirmier de secteur"
---

## Modèles

Message court, envoyé par la secrétaire après un premier rendez-vous manqué :

```
Objet : votre rendez-vous au CMP

Bonjour,
Nous ne vous avons pas vu mardi. Ce n'est pas grave : vous pouvez rappeler le secrétariat
pour un nouveau rendez-vous. Votre infirmier référent reste disponible.
```

Message d'équipe, après deux absences (à ne jamais envoyer tel quel au patient) :

```
Objet : RDV manqués de M. Loïc Tanguy — proposer une visite à domicile ?
```

## Points de vigilance

- Un rendez-vous manqué n'est pas un refus de soins ; chercher la raison (transport, horaires).
"""),

("nom-majuscules-liste-eleves-voyageurs", "donnee-nom", """---
id: scolarisation-enfants-voyageurs-college
titre: "Accueillir au collège les élèves de familles itinérantes"
resume: "Organisation d'un collège qui reçoit chaque printemps des élèves voyageurs : inscription
  immédiate, évaluation, livret de suivi, lien avec le CNED et le CASNAV."
type_fiche: pratique
publics: [gens_du_voyage, adolescents, familles]
cadre_juridique: ["Code de l'éducation L131-1", "Circulaire n° 2012-142 du 2 octobre 2012"]
auteurs:
  - nom: "Marc Deschamps"
    role: "Principal adjoint"
  - nom: "Céline Audoin"
    role: "Coordinatrice CASNAV"
---

## Déroulement

1. Inscription le jour même, sans attendre le certificat de radiation de l'établissement précédent.
2. Évaluation rapide en français et en mathématiques par l'enseignant référent.
3. Livret de suivi remis à la famille, qu'elle présentera au prochain établissement.

Relevé des inscriptions au CNED en complément (avril) :

| Élève | Classe d'accueil | CNED réglementé |
|---|---|---|
| WINTERSTEIN Kimberley | 5e B | oui |
| élève 2 | 6e A | demande en cours |

## Points de vigilance

- Le mode d'habitat ne peut jamais justifier un refus d'inscription.
"""),

("nom-citation-epm-pjj", "donnee-nom", """---
id: continuite-educative-epm
titre: "Assurer la continuité éducative entre l'établissement pénitentiaire pour mineurs et la sortie"
resume: "Rôle de l'éducateur de milieu ouvert pendant l'incarcération d'un mineur : visites,
  préparation de la sortie, lien avec la famille et l'école, pour éviter la sortie sèche."
type_fiche: pratique
publics: [adolescents, justice]
cadre_juridique: ["CJPM L124-1", "CJPM R124-1"]
auteurs:
  - nom: "Frédéric Monnier"
    role: "Éducateur PJJ, UEMO"
sources:
  - titre: "Surveiller et punir"
    auteur: "Michel Foucault"
    annee: 1975
  - titre: "Rapport annuel du Contrôleur général des lieux de privation de liberté"
    auteur: "CGLPL"
    annee: 2023
---

## Paroles de praticiens

« La sortie se prépare le jour de l'entrée. Si j'attends la dernière semaine, je n'ai ni
formation, ni hébergement, ni rendez-vous médical. » Un collègue de l'EPM ajoute : « Le jeune
Rayan Haddad m'a dit la veille de sa sortie qu'il n'avait pas dormi depuis trois nuits, parce
qu'il ne savait pas où il irait. »

## Déroulement

- Visite à l'EPM dans la première semaine, puis au moins une fois par mois.
- Projet de sortie écrit avec le jeune, ses parents et l'éducateur de l'EPM.
"""),

("nom-livre-souvenir-ehpad", "donnee-nom", """---
id: rituels-apres-deces-ehpad
titre: "Les rituels après un décès en EHPAD : ne pas faire comme si rien ne s'était passé"
resume: "Annoncer le décès aux autres résidents, permettre un temps de recueillement, tenir un
  livre du souvenir : des rituels simples qui aident résidents, familles et équipes."
type_fiche: pratique
publics: [personnes_agees, aidants]
auteurs:
  - nom: "Monique Delbos"
    role: "Animatrice, EHPAD"
  - nom: "Pascal Ferrié"
    role: "Aumônier, intervenant bénévole"
sources:
  - titre: "La mort intime"
    auteur: "Marie de Hennezel"
    annee: 1995
---

## Déroulement

1. Annonce du décès aux résidents de l'unité, par un professionnel, le jour même.
2. Bougie et photo dans le salon pendant trois jours, si la famille l'accepte.
3. Inscription dans le livre du souvenir, ouvert à l'accueil, où chacun peut écrire un mot.

Exemple de page du livre, recopiée pour la formation des nouveaux agents :

> *Marcelle Chabrol, de la chambre 12, qui chantait tous les matins.*
> « Elle nous apprenait les chansons de son village. » — une aide-soignante

## Points de vigilance

- Respecter les convictions : certaines familles ne veulent pas de photo.
"""),

("nom-emphase-italique-guyane-hmong", "donnee-nom", """---
id: interpretariat-hmong-cacao
titre: "Travailler avec un interprète auprès des familles hmong de Cacao"
resume: "Conseils tirés d'une action de PMI et de service social dans une commune hmong de Guyane,
  pour des entretiens avec interprète respectueux de l'organisation familiale et clanique."
type_fiche: pratique
publics: [familles, petite_enfance]
auteurs:
  - nom: "Sandrine Le Bihan"
    role: "Assistante sociale de secteur, Guyane"
sources:
  - titre: "L'interprétariat linguistique dans le domaine de la santé"
    auteur: "Haute Autorité de santé"
    annee: 2017
---

## Contexte

La communauté hmong s'est installée en Guyane à partir de 1977. L'organisation familiale y est
patrilinéaire et les décisions importantes se prennent souvent avec les aînés du clan.

## Exemple

Lors d'une visite de PMI, la mère de *Yer Lyfoung*, nourrisson de deux mois, souhaitait que la
grand-mère assiste à l'entretien ; l'interprète l'a proposé d'emblée, ce qui a changé le climat.

## Points de vigilance

- Ne pas demander à un enfant de la famille de traduire.
- Laisser le temps de la concertation familiale avant une décision de soin non urgente.
"""),

("nom-ordre-inverse-synthese-psychiatrie-reunion", "donnee-nom", """---
id: reunion-clinique-partenariale-reunion
titre: "La réunion clinique partenariale entre psychiatrie de secteur et bailleurs sociaux"
resume: "Une réunion mensuelle, à Saint-Denis de La Réunion, où l'équipe de secteur, le bailleur et
  le CCAS examinent des situations de locataires en difficulté psychique pour éviter l'expulsion."
type_fiche: pratique
publics: [adultes, sante_mentale, precarite]
cadre_juridique: ["Règlement (UE) 2016/679 (RGPD)", "CASF L226-2-2"]
auteurs:
  - nom: "Jean-Claude Fontaine"
    role: "Cadre de santé, EPSM"
  - nom: "Laëtitia Robert"
    role: "Chargée de gestion locative sociale"
---

## Déroulement

- Situations présentées de façon anonyme, sauf accord écrit de la personne.
- Un seul objectif par situation : que faut-il pour que la personne garde son logement ?

Ordre du jour type (extrait envoyé aux participants) :

1. Point sur les situations suivies le mois précédent.
2. PAYET Jean-Hugues, locataire à Saint-Denis : troubles de voisinage, arrêt du traitement.
3. Nouvelle demande du bailleur, présentée de façon anonyme.

## Points de vigilance

- Le secret partagé ne couvre pas le bailleur : ne transmettre que ce qui est nécessaire.
"""),

("nom-titre-section-centre-parental", "donnee-nom", """---
id: centre-parental-accueil-couple-nourrisson
titre: "Le centre parental : accueillir le père, la mère et le bébé ensemble"
resume: "Un hébergement qui accueille les deux parents avec leur enfant de moins de trois ans pour
  soutenir la parentalité sans séparer le couple, depuis la loi du 14 mars 2016."
type_fiche: pratique
publics: [petite_enfance, familles]
cadre_juridique: ["CASF L222-5-3", "Loi n° 2016-297 du 14 mars 2016"]
auteurs:
  - nom: "Grégoire Lemaître"
    role: "Directeur de centre parental"
sources:
  - titre: "Attachement et perte, vol. 1 : L'attachement"
    auteur: "John Bowlby"
    annee: 1969
---

## Exemple

### L'arrivée de M. et Mme Kessler avec leur fille de quinze jours

Les deux parents sortaient de la maternité, sans logement. L'équipe a d'abord travaillé le sommeil
et les repas, puis la place du père, qui ne se sentait pas autorisé à donner le bain.

## Points de vigilance

- Le centre parental n'est pas un lieu d'évaluation déguisé : le dire aux parents.
- Prévoir l'accompagnement vers un logement dès l'entrée.
"""),
]
FLAG += [
("nom-exemple-agriculteur-msa-rural", "donnee-nom", """---
id: prevention-mal-etre-agricole
titre: "Repérer et accompagner le mal-être des exploitants agricoles : les sentinelles du territoire"
resume: "Un réseau de sentinelles (élus, vétérinaires, techniciens, voisins) formées à repérer la
  détresse des agriculteurs et à orienter vers la cellule pluridisciplinaire de la MSA."
type_fiche: pratique
publics: [adultes, sante_mentale]
secteurs: [social, sanitaire]
modes_intervention: [aller_vers, reseau]
auteurs:
  - nom: "Véronique Lafon"
    role: "Travailleuse sociale, MSA"
  - nom: "Jérôme Castel"
    role: "Infirmier, équipe mobile de psychiatrie"
sources:
  - titre: "Feuille de route pour la prévention du mal-être et l'accompagnement des agriculteurs en difficulté"
    auteur: "Ministère de l'Agriculture et de la Souveraineté alimentaire"
    annee: 2021
---

## Ressources

- Agri'écoute, ligne d'écoute de la MSA, 24 heures sur 24.
- 3114, numéro national de prévention du suicide.

## Exemple

C'est un technicien de la coopérative qui a alerté, après trois visites où l'éleveur ne sortait
plus de la maison. L'exploitation de M. Didier Chassaing, en difficulté depuis la sécheresse, a
été vue par la cellule dans la semaine ; un report de cotisations et une aide au remplacement ont
permis quelques jours de repos, puis un suivi par le CMP.

## Points de vigilance

- La sentinelle n'est pas un soignant : elle repère et oriente, elle ne prend pas en charge.
"""),

("nom-fichier-photo-chambre-hebergement", "donnee-nom", """---
id: amenagement-chambres-hebergement-femmes-enfants
titre: "Aménager les chambres d'un hébergement pour femmes victimes de violences et leurs enfants"
resume: "Des chambres pensées pour la sécurité, l'intimité et la vie des enfants : coin jeu,
  rangements fermés, pas de lits superposés pour les mères, photos personnelles autorisées."
type_fiche: retour_experience
publics: [victimes, familles, enfance]
auteurs:
  - nom: "Nadia Chérif"
    role: "Cheffe de service, hébergement spécialisé"
---

## Ce que nous avons changé

- Chaque chambre a une porte qui ferme à clé de l'intérieur.
- Un coin enfant avec un tapis, des livres et une petite table.
- Un tableau en liège où la famille affiche ce qu'elle veut.

![Une chambre après les travaux, avec le coin enfant](images/photo-chambre-famille-mebarki-2025.jpg)

## Points de vigilance

- Ne jamais publier de photo permettant de localiser l'hébergement.
- Associer les femmes hébergées au choix des couleurs et du mobilier.
"""),

("nom-paroles-adherent-gem", "donnee-nom", """---
id: groupe-entraide-mutuelle-parrainage
titre: "Le groupe d'entraide mutuelle et son parrain : trouver la bonne distance"
resume: "Le GEM est une association d'usagers en santé mentale ; le parrain (souvent une
  association) le soutient sans le diriger. Repères pour tenir ce rôle."
type_fiche: pratique
publics: [adultes, sante_mentale]
cadre_juridique: ["CASF L114-1-1", "Loi n° 2005-102 du 11 février 2005", "Arrêté du 27 juin 2019 (cahier des charges des GEM)"]
auteurs:
  - nom: "Fabienne Cazals"
    role: "Coordinatrice régionale des GEM"
paroles:
  nature: recueillie
---

## Paroles

> « Au GEM, personne ne me demande comment va mon traitement. On me demande si je viens au
> concert vendredi. C'est ça qui m'a fait revenir. »
> — Thomas Girardot, adhérent du GEM, suivi au CMP depuis 2019

> « Le parrain, c'est un filet. On ne le voit pas, mais on sait qu'il est là. »
> — un membre du bureau

## Points de vigilance

- Les décisions appartiennent aux adhérents, y compris quand elles surprennent les professionnels.
"""),

("nom-resume-yaml-creche-inclusive", "donnee-nom", """---
id: creche-inclusive-trisomie
titre: "Accueillir en crèche un enfant porteur de trisomie 21"
resume: "Retour d'expérience d'un multi-accueil sur l'accueil de Timéo Faure, enfant porteur de
  trisomie 21 : préparation avec le CAMSP, adaptation, place des parents, soutien de l'équipe."
type_fiche: retour_experience
publics: [petite_enfance, handicap, familles]
cadre_juridique: ["CSP R2324-17", "Loi n° 2005-102 du 11 février 2005", "Code de l'action sociale L214-2"]
auteurs:
  - nom: "Laure Besnard"
    role: "Directrice de multi-accueil"
  - nom: "Karine Lopez"
    role: "Psychomotricienne, CAMSP"
sources:
  - titre: "Charte nationale pour l'accueil du jeune enfant"
    auteur: "Ministère des Solidarités"
    annee: 2017
---

## Ce qui a aidé

- Une rencontre avec le CAMSP avant l'entrée, avec l'accord des parents.
- Une adaptation plus longue, à la carte.
- Le bonus inclusion handicap de la CAF, qui a financé un temps de professionnelle en plus.

## Points de vigilance

- L'enfant est d'abord un enfant : ne pas le réduire à son diagnostic dans les transmissions.
"""),

("nom-url-temoignage-prostitution", "donnee-nom", """---
id: ecrire-avec-personnes-accompagnees-prostitution
titre: "Recueillir des témoignages de personnes sorties de la prostitution pour une publication"
resume: "Précautions pour qu'un recueil de témoignages serve la parole des personnes sans les
  exposer : consentement éclairé, anonymisation réelle, droit de retrait."
type_fiche: methode
publics: [adultes, victimes]
cadre_juridique: ["Règlement (UE) 2016/679 (RGPD), art. 9", "Loi n° 2016-444 du 13 avril 2016"]
auteurs:
  - nom: "Mélanie Arnoux"
    role: "Chargée de communication, association"
---

## Déroulement

1. Expliquer à quoi servira le texte, qui le lira, combien de temps il restera en ligne.
2. Faire relire le texte à la personne, qui peut tout modifier ou retirer.
3. Changer prénom, âge, pays, ville et détails de parcours.

## Exemple

Notre lettre d'information de l'automne a publié le récit d'une femme accompagnée pendant deux
ans ([lire le témoignage](https://asso.example.org/temoignages/amina-diallo-sortie-du-parcours)).
Le texte était anonymisé, mais l'adresse de la page ne l'était pas : nous l'avons corrigée.

## Points de vigilance

- L'anonymisation porte aussi sur les métadonnées : adresse des pages, nom des fichiers.
"""),

("nom-modele-lettre-parents-eleve", "donnee-nom", """---
id: courrier-invitation-parents-service-social-scolaire
titre: "Inviter les parents à rencontrer l'assistante sociale scolaire : un courrier qui rassure"
resume: "Un modèle de courrier court et non menaçant pour proposer un rendez-vous aux parents,
  avec les erreurs à éviter (jargon, tournures d'injonction, mention de signalement)."
type_fiche: outil
publics: [familles, enfance, adolescents]
auteurs:
  - nom: "Isabelle Roche"
    role: "Assistante sociale en faveur des élèves"
---

## Le modèle

> Madame, Monsieur,
>
> Je suis l'assistante sociale du collège. Je rencontre les familles qui le souhaitent, pour
> parler de la scolarité de leur enfant ou de toute question de la vie quotidienne.
> Je vous propose un rendez-vous le ........ à ........, ou à un autre moment qui vous convient.
>
> Lettre aux parents de l'élève Enzo Marchal, 6e C — à adapter pour chaque famille.

## Erreurs fréquentes

- « Vous êtes convoqués » : une famille n'est pas convoquée par le service social.
- Les sigles (IP, CRIP, PAP) : les écrire en toutes lettres ou les supprimer.
"""),

("nom-yaml-note-relation-guyane-asile", "donnee-nom", """---
id: premier-accueil-demandeurs-asile-oyapock
titre: "Premier accueil des demandeurs d'asile arrivés par l'Oyapock"
resume: "Accueil, orientation vers la SPADA de Cayenne et mise à l'abri des personnes arrivées du
  Brésil par Saint-Georges, dans une commune éloignée de tous les services."
type_fiche: pratique
publics: [migrants, familles, adultes]
cadre_juridique: ["CESEDA L521-1", "CESEDA L551-1"]
auteurs:
  - nom: "Association d'accueil de l'Est guyanais"
    role: "Rédaction collective"
relations:
  - type: complete
    cible: accompagnement-demandeurs-asile
    note: "Comme pour M. Jean-Robert Pierre-Louis, l'orientation vers la SPADA de Cayenne suppose de financer le transport et un hébergement sur place."
  - type: variante
    cible: maraude-aller-vers
    note: "Permanence au débarcadère, aux heures d'arrivée des pirogues."
---

## Contexte

Saint-Georges-de-l'Oyapock est à près de deux heures de route de Cayenne. Les personnes arrivent
par le fleuve, parfois après des semaines de voyage depuis Haïti, Cuba ou l'Afrique de l'Ouest.

## Déroulement

- Accueil au débarcadère, eau, premiers soins avec le centre délocalisé de prévention et de soins.
- Information sur la procédure d'asile, dans une langue comprise.
"""),

("nom-etat-des-lieux-aire-accueil", "donnee-nom", """---
id: gestion-sociale-aire-accueil
titre: "La gestion sociale d'une aire d'accueil des gens du voyage : au-delà des clés et des fluides"
resume: "Le gestionnaire d'aire peut être un relais d'accès aux droits : accueil, règlement
  intérieur expliqué, lien avec le CCAS et l'école, sans confusion avec le contrôle."
type_fiche: pratique
publics: [gens_du_voyage, familles]
cadre_juridique: ["Loi n° 2000-614 du 5 juillet 2000", "Décret n° 2019-1478 du 26 décembre 2019"]
auteurs:
  - nom: "Thierry Marchand"
    role: "Gestionnaire d'aire d'accueil, intercommunalité"
---

## Déroulement

Arrivée d'une famille : accueil, état des lieux de l'emplacement, règlement intérieur, dépôt de
garantie, explication du prépaiement de l'eau et de l'électricité.

Extrait du registre d'arrivées (avril) :

| Emplacement | Arrivée | Caravanes | Observations |
|---|---|---|---|
| 4 | 02/04 | 2 | RAS |
| 7 | 05/04 | 3 | famille Demestre, demande de lien avec l'école |
| 9 | 11/04 | 1 | compteur à vérifier |

## Points de vigilance

- Le décret de 2019 encadre la durée de séjour et le règlement intérieur type : s'y tenir.
"""),

("nom-alt-image-entretien-prenatal", "donnee-nom", """---
id: entretien-prenatal-precoce
titre: "L'entretien prénatal précoce : un temps pour parler de soi, pas seulement de la grossesse"
resume: "Entretien proposé à toutes les femmes enceintes et aux coparents dès le premier
  trimestre, pour repérer les vulnérabilités et construire un réseau de soutien autour de la
  naissance."
type_fiche: pratique
publics: [familles, petite_enfance]
cadre_juridique: ["CSP L2122-1", "Loi n° 2019-1446 du 24 décembre 2019 (art. 62)"]
auteurs:
  - nom: "Aurélie Masson"
    role: "Sage-femme de PMI"
sources:
  - titre: "Préparation à la naissance et à la parentalité"
    auteur: "Haute Autorité de santé"
    annee: 2005
---

## Déroulement

L'entretien dure environ 45 minutes. On y parle du vécu de la grossesse, du couple, de l'histoire
familiale, du travail, du logement, des consommations et des violences éventuelles.

![Mme Laura Giraud et sa sage-femme pendant l'entretien prénatal précoce](images/epp-consultation.jpg)

## Points de vigilance

- Obligatoire depuis 2020 dans son principe : il doit être proposé, la femme peut le refuser.
- La question des violences se pose à toutes, sans attendre des signes.
"""),

("nom-reparation-pjj-guadeloupe", "donnee-nom", """---
id: mesure-de-reparation-guadeloupe
titre: "La mesure de réparation pénale avec les associations de quartier en Guadeloupe"
resume: "Des activités de réparation construites avec des associations de Pointe-à-Pitre et des
  Abymes, pour que le mineur répare auprès de la victime ou de la collectivité et comprenne ce
  qu'il a causé."
type_fiche: pratique
publics: [adolescents, justice]
cadre_juridique: ["CJPM L112-8", "CJPM L422-1"]
auteurs:
  - nom: "Ludovic Bernier"
    role: "Éducateur PJJ, Guadeloupe"
  - nom: "Maryse Ramassamy"
    role: "Présidente d'une association de quartier"
---

## Exemple

Après des tags sur le mur de l'école de son quartier, Kenzo Jean-Baptiste a participé pendant
quatre mercredis au chantier de fresque organisé par l'association, avec l'accord de la
directrice. La victime a pu dire ce que les tags avaient provoqué chez les enfants.

## Points de vigilance

- La réparation directe suppose l'accord de la victime ; sinon, réparation indirecte.
- Le partenaire associatif est informé du strict nécessaire, pas de la procédure.
"""),
]
FLAG += [
("nom-certificat-bloc-code-soins-sans-consentement", "donnee-nom", """---
id: information-patient-soins-sans-consentement
titre: "Informer la personne hospitalisée sans son consentement de ses droits et des voies de recours"
resume: "Ce que l'équipe doit dire, quand et comment, à une personne admise en soins
  psychiatriques sans consentement : décision, droits, juge des libertés, CDSP, avocat."
type_fiche: pratique
publics: [adultes, sante_mentale]
niveau_preuve: obligation_legale
cadre_juridique: ["CSP L3211-3", "CSP L3211-12-1", "Loi n° 2011-803 du 5 juillet 2011"]
auteurs:
  - nom: "Sophie Martineau"
    role: "Cadre de santé, unité d'admission"
  - nom: "Maître Étienne Garnier"
    role: "Avocat, permanence des soins sans consentement, relecteur"
---

## Déroulement

L'information est donnée dès l'admission, de façon adaptée à l'état de la personne, puis répétée
quand elle est en mesure de la comprendre. On lui remet la décision et la liste de ses droits.

Exemple de rédaction du document remis, retrouvé dans un ancien classeur de l'unité :

```
Décision d'admission en soins psychiatriques à la demande d'un tiers
Patient : M. Bastien Morel — unité Les Cèdres
Vous pouvez saisir le juge des libertés et de la détention à tout moment.
```

## Points de vigilance

- L'audience devant le juge a lieu avant le douzième jour ; l'avocat est obligatoire.
"""),

("nom-yaml-annexe-plan-aide-mayotte", "donnee-nom", """---
id: aide-a-domicile-personnes-agees-mayotte
titre: "Mettre en place une aide à domicile pour une personne âgée à Mayotte"
resume: "L'APA existe à Mayotte depuis 2014 mais reste peu demandée : comment l'expliquer aux
  familles, monter le dossier et trouver un service d'aide à domicile dans les villages."
type_fiche: pratique
publics: [personnes_agees, aidants, familles]
cadre_juridique: ["CASF L232-1", "Ordonnance n° 2012-785 du 31 mai 2012"]
auteurs:
  - nom: "Anli Houmadi"
    role: "Travailleur social, Conseil départemental de Mayotte"
annexes:
  - titre: "Plan d'aide de Mme Zaïnaba Madi (modèle réel à anonymiser)"
    fichier: annexes/plan-aide-apa.md
    nature: relier
    licence: CC-BY-SA-4.0
---

## Contexte

La solidarité familiale reste forte, mais les jeunes partent vers La Réunion ou l'Hexagone et les
aînés se retrouvent seuls dans les villages. Beaucoup ignorent l'existence de l'APA.

## Déroulement

1. Visite à domicile, avec un interprète en shimaoré ou en kibushi si besoin.
2. Évaluation avec la grille AGGIR, en expliquant chaque question.
3. Plan d'aide discuté avec la personne et ses proches, pas seulement avec le fils aîné.
"""),

("nom-evaluation-gestion-de-cas-rural", "donnee-nom", """---
id: gestion-de-cas-personnes-agees-rural
titre: "La gestion de cas pour les personnes âgées en situation complexe en milieu rural"
resume: "Un gestionnaire de cas suit au long cours une personne âgée qui veut rester chez elle
  malgré des problèmes multiples, en coordonnant tous les intervenants."
type_fiche: methode
publics: [personnes_agees, aidants]
cadre_juridique: ["CSP L6327-1", "Loi n° 2019-774 du 24 juillet 2019"]
auteurs:
  - nom: "Marion Cabrol"
    role: "Gestionnaire de cas, DAC"
sources:
  - titre: "Les MAIA : une innovation organisationnelle"
    auteur: "Dominique Somme, Olivier Saint-Jean"
    annee: 2012
---

## Évaluation

- 14 situations suivies en 2025 dans le canton, pour une file active de 40 sur le territoire.
- Durée moyenne de suivi : 22 mois.
- Trois entrées en EHPAD, toutes choisies par la personne, dont Mme Germaine Bouyssou, 94 ans,
  après deux chutes l'hiver.
- Aucune hospitalisation en urgence évitable selon l'analyse de l'équipe.

## Points de vigilance

- Le gestionnaire de cas ne remplace pas l'assistante sociale de secteur ni le médecin traitant.
- Sortir de la gestion de cas est aussi un objectif : prévoir les critères de fin.
"""),

("nom-liste-numerotee-guyane-orpaillage", "donnee-nom", """---
id: sante-sexuelle-sites-orpaillage
titre: "Prévention en santé sexuelle auprès des femmes des sites d'orpaillage en Guyane"
resume: "Une équipe mobile rencontre, à Cayenne et dans les communes de l'intérieur, des femmes
  souvent brésiliennes qui travaillent autour des sites d'orpaillage, pour le dépistage et l'accès
  aux droits."
type_fiche: retour_experience
publics: [adultes, migrants, precarite]
auteurs:
  - nom: "Camila Ferreira"
    role: "Médiatrice en santé, lusophone"
  - nom: "Dr Pierre Couturier"
    role: "Médecin, CeGIDD"
sources:
  - titre: "Rapport de l'Observatoire régional de la santé de Guyane"
    auteur: "ORS Guyane"
    annee: 2023
---

## Déroulement

1. Rencontre dans les lieux de passage, avec une médiatrice qui parle portugais.
2. Proposition de dépistage rapide (VIH, hépatites, syphilis) sur place.
3. Rendez-vous au CeGIDD, transport organisé si besoin.
4. Pour Mme Dayana Souza, l'accompagnement vers le CeGIDD de Cayenne a demandé trois rendez-vous
   manqués avant le bon.
5. Ouverture des droits à l'AME ou à la complémentaire santé solidaire.

## Points de vigilance

- Ne pas conditionner l'aide au récit de l'activité.
"""),

("nom-evaluation-telephone-grave-danger", "donnee-nom", """---
id: telephone-grave-danger-accompagnement
titre: "Accompagner une femme bénéficiaire du téléphone grave danger"
resume: "Le TGD est attribué par le procureur ; l'association référente évalue, remet
  l'appareil, explique son usage et assure un suivi régulier de la mise en sécurité."
type_fiche: pratique
publics: [victimes, adultes]
cadre_juridique: ["Code de procédure pénale 41-3-1", "Loi n° 2014-873 du 4 août 2014"]
auteurs:
  - nom: "Christine Vallée"
    role: "Juriste, association d'aide aux victimes"
---

## Déroulement

- Évaluation du danger avec la grille partagée avec le parquet.
- Remise de l'appareil et essai du bouton d'appel avec la plateforme de téléassistance.
- Point mensuel, et immédiatement après chaque déclenchement.

## Évaluation

En 2025, douze femmes ont bénéficié du TGD dans le ressort du tribunal, dont Mme Cindy Duval,
relogée en mai dans un autre département. Aucune n'a subi de nouvelle agression physique pendant
l'attribution.

## Points de vigilance

- Le TGD ne dispense pas de travailler l'ordonnance de protection et le relogement.
"""),

("nom-citation-eleve-harcelement", "donnee-nom", """---
id: methode-preoccupation-partagee
titre: "La méthode de la préoccupation partagée face au harcèlement entre élèves"
resume: "Entretiens individuels répétés avec les élèves qui harcèlent, sans les accuser, pour
  susciter leur préoccupation pour la victime et obtenir un changement de comportement."
type_fiche: methode
publics: [adolescents, enfance]
niveau_preuve: documentee
auteurs:
  - nom: "Sébastien Vidal"
    role: "Conseiller principal d'éducation, formé à la méthode"
  - nom: "Agnès Perret"
    role: "Assistante sociale scolaire"
sources:
  - titre: "Bullying in schools: how successful can interventions be?"
    auteur: "Peter K. Smith, Debra Pepler, Ken Rigby"
    annee: 2004
  - titre: "Dealing with bullying in schools: a training manual"
    auteur: "Anatol Pikas"
    annee: 2002
---

## Paroles

Une élève de 5e, au bilan de fin d'année, a dit à l'équipe : « Ce qui a changé, c'est que quelqu'un
m'a crue. C'est Mathis Lebrun qui m'a aidée à en parler, il avait vu ce qu'ils faisaient à la
cantine. »

## Points de vigilance

- La méthode ne convient pas aux situations de violences graves, qui relèvent d'une sanction.
- Le 3018 et le programme pHARe restent les références nationales.
"""),

("nom-ancre-lien-cmpp", "donnee-nom", """---
id: synthese-pluridisciplinaire-cmpp
titre: "La synthèse pluridisciplinaire au CMPP : organiser une heure utile"
resume: "Déroulé d'une réunion de synthèse en centre médico-psycho-pédagogique, avec un temps de
  présentation, un temps d'hypothèses et un temps de décision, et la restitution aux parents."
type_fiche: methode
publics: [enfance, familles, sante_mentale]
auteurs:
  - nom: "Dr Hélène Marquet"
    role: "Pédopsychiatre, directrice médicale de CMPP"
sources:
  - titre: "Jeu et réalité"
    auteur: "Donald W. Winnicott"
    annee: 1971
---

## Déroulement

1. Présentation par le thérapeute référent (10 minutes) : demande, histoire, bilans.
2. Hypothèses de chaque professionnel, sans interruption (20 minutes).
3. Décision : poursuite, modification, orientation, fin de prise en charge (15 minutes).
4. Qui restitue aux parents, et quand (5 minutes).

Voir l'exemple détaillé plus bas : [la synthèse du mois de mars](#synthese-mars-lena-morvan).

## Points de vigilance

- Les parents sont informés de la tenue de la synthèse et de ses conclusions.
"""),

("nom-yaml-source-entretien-famille-voyageuse", "donnee-nom", """---
id: terrains-familiaux-locatifs
titre: "Accompagner un projet de terrain familial locatif pour une famille de voyageurs"
resume: "Du diagnostic des besoins à l'entrée dans les lieux : comment le travailleur social
  soutient une famille qui souhaite un ancrage sans renoncer à la caravane."
type_fiche: pratique
publics: [gens_du_voyage, familles]
cadre_juridique: ["Loi n° 2000-614 du 5 juillet 2000 (art. 1er)", "Décret n° 2019-171 du 5 mars 2019"]
auteurs:
  - nom: "Laurent Gaillard"
    role: "Chargé de mission habitat adapté, association départementale"
sources:
  - titre: "Les gens du voyage : habitat et accompagnement"
    auteur: "FNASAT-Gens du voyage"
    annee: 2018
  - titre: "Entretien de diagnostic, avril 2025"
    auteur: "Famille Duville, aire de la zone artisanale"
    annee: 2025
---

## Déroulement

- Diagnostic partagé : combien de caravanes, quels besoins (pièce en dur, sanitaires, stockage
  pour l'activité de ferraillage), quelle proximité avec l'école.
- Travail avec la commune sur le foncier, puis avec le bailleur.
- Accompagnement à l'entrée : contrat de location, aides au logement, assurances.
"""),

("nom-commentaire-yaml-statut-creche", "donnee-nom", """---
id: accueil-urgence-creche-insertion
titre: "Les places d'accueil d'urgence en crèche pour les parents en insertion"
resume: "Réserver quelques places pour accueillir du jour au lendemain l'enfant d'un parent qui
  commence une formation ou un emploi, en lien avec France Travail et le service RSA."
type_fiche: pratique
publics: [petite_enfance, familles, precarite]
cadre_juridique: ["CASF L214-7", "Décret n° 2021-1131 du 30 août 2021"]
statut: brouillon  # premier jet relu avec Mme Perrine Collet, mère accueillie en urgence en 2025
auteurs:
  - nom: "Caroline Dumas"
    role: "Directrice de crèche à vocation d'insertion professionnelle (AVIP)"
date_creation: 2026-11-02
---

## Contexte

Le label AVIP permet à une crèche de réserver des places aux enfants de parents en recherche
d'emploi, en particulier aux familles monoparentales.

## Déroulement

- Une place libérée en 48 heures sur demande du référent d'insertion.
- Adaptation courte mais réelle, même en urgence.
- Point à trois mois sur la suite (place durable, assistante maternelle, école).
"""),

("nom-lien-coupe-ligne-3977-antilles", "donnee-nom", """---
id: maltraitance-personnes-agees-guadeloupe
titre: "Traiter une alerte de maltraitance d'une personne âgée à domicile en Guadeloupe"
resume: "Du signalement au 3977 ou à la cellule départementale jusqu'à la visite d'évaluation :
  étapes, partenaires et précautions pour ne pas aggraver la situation."
type_fiche: methode
publics: [personnes_agees, aidants]
cadre_juridique: ["CASF L119-1", "Code pénal 434-3", "Loi n° 2022-140 du 7 février 2022"]
auteurs:
  - nom: "Rose-Aimée Cornélie"
    role: "Assistante sociale, cellule de recueil des alertes"
sources:
  - titre: "Démarche nationale de consensus pour un vocabulaire partagé de la maltraitance"
    auteur: "HCFEA, CNCPH"
    annee: 2021
---

## Déroulement

1. Recueil de l'alerte (3977, voisin, aide à domicile, pharmacien).
2. Visite à deux professionnels, annoncée si possible, à une heure où la personne est seule.
3. Entretien avec la personne, puis avec l'aidant, séparément.

Voir le [compte rendu de la première visite chez M. Gérard
Saint-Éloi](documents/cr-visite-2025-06.pdf) pour un exemple de rédaction factuelle.

## Points de vigilance

- La loi de 2022 définit la maltraitance : s'appuyer sur ce vocabulaire commun.
"""),

("nom-tableau-familles-rsa-reunion", "donnee-nom", """---
id: reunions-collectives-rsa-reunion
titre: "Les informations collectives RSA dans les mairies annexes de La Réunion"
resume: "Des réunions d'information sur les droits et devoirs du RSA tenues au plus près des
  bénéficiaires, en créole et en français, suivies d'un rendez-vous individuel."
type_fiche: pratique
publics: [adultes, precarite, familles]
cadre_juridique: ["CASF L262-27", "Loi n° 2023-1196 du 18 décembre 2023"]
auteurs:
  - nom: "Emmanuel Hoareau"
    role: "Référent RSA, Département de La Réunion"
---

## Organisation

| Commune | Lieu | Participants | Rendez-vous individuels pris |
|---|---|---|---|
| Saint-Louis | mairie annexe du Gol | 18 | 15 |
| Le Tampon | salle paroissiale de Trois-Mares | 11 | 9, dont la famille Técher (deux adultes) |
| Saint-Joseph | case de quartier de Vincendo | 7 | 7 |

## Points de vigilance

- Les nouvelles obligations d'activité depuis 2025 : les présenter sans menace.
- Les personnes sans véhicule dans les Hauts : organiser le covoiturage.
"""),
]
FLAG += [
("nom-note-bas-page-soins-palliatifs-pediatriques", "donnee-nom", """---
id: soins-palliatifs-pediatriques-domicile
titre: "Accompagner un enfant en soins palliatifs à domicile avec l'équipe ressource régionale"
resume: "L'équipe ressource régionale de soins palliatifs pédiatriques soutient les soignants de
  proximité, la famille et la fratrie pour qu'un enfant puisse vivre sa fin de vie à la maison."
type_fiche: pratique
publics: [enfance, familles, aidants]
cadre_juridique: ["CSP L1110-10", "Instruction DGOS du 21 juin 2023 relative à la filière pédiatrique"]
auteurs:
  - nom: "Dr Laurence Mérieux"
    role: "Pédiatre, équipe ressource régionale de soins palliatifs pédiatriques"
  - nom: "Aline Poirier"
    role: "Infirmière puéricultrice coordinatrice"
sources:
  - titre: "Les enfants et la mort"
    auteur: "Ginette Raimbault"
    annee: 1975
---

## Points de vigilance

- La fratrie est souvent oubliée : prévoir un temps pour les frères et sœurs, à l'école aussi[^1].
- Les soignants libéraux doivent pouvoir joindre l'équipe ressource jour et nuit.
- Le deuil ne s'arrête pas au décès : proposer un rendez-vous aux parents quelques semaines après.

[^1]: Voir le livret réalisé par les enseignants de l'école de Louis Garrigues pendant sa maladie.

## Ressources

- Société française d'accompagnement et de soins palliatifs (SFAP), groupe pédiatrie.
- Association Sparadrap, livrets pour expliquer la maladie aux enfants.
"""),

("nom-alt-capture-sms-violences", "donnee-nom", """---
id: constituer-preuves-violences-conjugales
titre: "Aider une victime de violences conjugales à conserver des preuves"
resume: "Comment accompagner une femme qui veut garder trace des violences (messages, certificats,
  mains courantes, témoignages) sans la mettre en danger ni décider à sa place."
type_fiche: pratique
publics: [victimes, adultes]
cadre_juridique: ["Code civil art. 515-11", "Code de procédure pénale 10-2"]
auteurs:
  - nom: "Sarah Mallet"
    role: "Intervenante sociale en commissariat"
sources:
  - titre: "Les violences au sein du couple et les violences sexuelles : repérage et prise en charge"
    auteur: "Haute Autorité de santé"
    annee: 2019
---

## Déroulement

- Faire des captures d'écran et les envoyer sur une adresse que l'agresseur ne connaît pas.
- Obtenir un certificat médical, même sans intention de porter plainte tout de suite.
- Garder une liste datée des faits, rangée hors du domicile.

![Capture d'écran des SMS reçus par Mme Jennifer Lacombe, conservée pour l'audience](images/preuves-sms.png)

## Points de vigilance

- Vérifier que le téléphone n'est pas géolocalisé ou partagé.
- Le 3919 conseille aussi sur la conservation des preuves.
"""),

("nom-coupe-ligne-cef-pjj", "donnee-nom", """---
id: retour-en-famille-apres-cef
titre: "Préparer le retour en famille après un placement en centre éducatif fermé"
resume: "Les dernières semaines du placement en CEF sont décisives : rencontres avec la famille,
  reprise de la scolarité, relais vers le milieu ouvert, pour éviter la rupture à la sortie."
type_fiche: pratique
publics: [adolescents, justice, familles]
cadre_juridique: ["CJPM L113-7", "CJPM R113-1"]
auteurs:
  - nom: "Romain Tessier"
    role: "Éducateur, centre éducatif fermé"
  - nom: "Nathalie Barret"
    role: "Psychologue PJJ"
---

## Déroulement

- Trois mois avant la fin du placement, un entretien tripartite : jeune, famille, éducateurs.
- Des retours en famille progressifs, préparés et repris à chaque fois.
- Une inscription scolaire ou en formation confirmée avant la sortie ; pour le retour d'Anthony
  Vasseur, la mission locale a été sollicitée trop tard et la rentrée a été manquée.
- Un relais écrit vers l'éducateur de milieu ouvert.

## Points de vigilance

- La famille a parfois changé pendant le placement : nouveau compagnon, déménagement.
"""),

("nom-gras-logement-dabord", "donnee-nom", """---
id: visite-a-domicile-logement-d-abord
titre: "La visite à domicile dans un programme Un chez-soi d'abord"
resume: "Dans le logement d'abord, l'équipe vient chez la personne, à son rythme, pour soutenir
  le maintien dans le logement et le rétablissement, sans conditionner le logement aux soins."
type_fiche: pratique
publics: [adultes, sante_mentale, precarite]
niveau_preuve: evaluee
preuve:
  appui: "Tinland et coll., essai Un chez-soi d'abord, 2020 : maintien dans le logement à 24 mois nettement supérieur"
  effet: positif
cadre_juridique: ["Décret n° 2016-1940 du 28 décembre 2016"]
auteurs:
  - nom: "Julie Carré"
    role: "Travailleuse paire, équipe ACT Un chez-soi d'abord"
sources:
  - titre: "Housing First Europe Guide"
    auteur: "Nicholas Pleace"
    annee: 2016
---

## Exemple

La première visite chez **Monsieur Patrick Lenoir** a duré dix minutes sur le palier : il ne
voulait pas qu'on entre. Nous sommes revenus la semaine suivante avec un café. À la sixième visite,
il nous a montré la pièce qu'il n'ouvrait plus.

## Points de vigilance

- On visite sur rendez-vous, sauf inquiétude réelle pour la sécurité de la personne.
"""),

("nom-liste-permanence-scolaire-mayotte", "donnee-nom", """---
id: permanence-sociale-ecole-mayotte
titre: "Une permanence sociale dans une école élémentaire de Mayotte"
resume: "Une assistante sociale du Département tient une permanence hebdomadaire dans une école
  de Koungou pour les familles qui ne se déplacent pas au centre médico-social."
type_fiche: retour_experience
publics: [enfance, familles, precarite]
auteurs:
  - nom: "Mariama Soulaimana"
    role: "Assistante sociale de secteur, Mayotte"
  - nom: "Xavier Louvel"
    role: "Directeur d'école"
---

## Déroulement

Chaque jeudi matin, dans la salle des maîtres libérée pour l'occasion. Les demandes de l'année :

- inscription à la cantine et aux collations, pour une vingtaine de familles ;
- ouverture de droits à l'assurance maladie ;
- aide aux démarches de titre de séjour, en lien avec une association ;
- suivi de Oumou Saïd (CM2), absente depuis le décasage de son quartier ;
- orientation vers la PMI pour les petits frères et sœurs.

## Points de vigilance

- Distinguer la permanence sociale de la mission de l'école ; le directeur n'assiste pas.
"""),

("nom-lien-contrat-assistante-maternelle", "donnee-nom", """---
id: relais-petite-enfance-contrat-accueil
titre: "Aider parents et assistantes maternelles à bien démarrer un contrat d'accueil"
resume: "Le relais petite enfance accompagne la rédaction du contrat de travail et du projet
  d'accueil pour prévenir les malentendus sur les horaires, les congés et les pratiques éducatives."
type_fiche: outil
publics: [petite_enfance, familles]
cadre_juridique: ["CASF L214-2-1", "Convention collective des particuliers employeurs et de l'emploi à domicile (2021)"]
auteurs:
  - nom: "Delphine Brunel"
    role: "Animatrice de relais petite enfance"
---

## Ressources

- [Le site Pajemploi de l'Urssaf](https://www.pajemploi.urssaf.fr/)
- [Monenfant.fr, le site de la branche Famille](https://monenfant.fr/)
- [Contrat d'accueil de la petite Manon Guillot, exemple commenté](docs/contrat-commente.pdf)
- Le projet d'accueil type du relais, à compléter avec la famille.

## Points de vigilance

- Le relais informe, il ne tranche pas un litige : orienter vers les prud'hommes ou la médiation.
"""),

("nom-evaluation-epicerie-sociale-rural", "donnee-nom", """---
id: epicerie-sociale-itinerante
titre: "Une épicerie sociale itinérante dans les villages d'un plateau rural"
resume: "Un camion aménagé fait le tour de douze villages chaque quinzaine pour proposer des
  produits à petit prix aux familles orientées par le CCAS ou la MSA, avec un temps d'échange."
type_fiche: pratique
publics: [precarite, familles, personnes_agees]
modes_intervention: [aller_vers, collectif]
auteurs:
  - nom: "Gilles Roumégous"
    role: "Coordinateur, centre social rural"
sources:
  - titre: "Les formes élémentaires de la pauvreté"
    auteur: "Serge Paugam"
    annee: 2005
---

## Évaluation

- 86 foyers inscrits, dont un tiers de personnes âgées seules.
- Une participation moyenne de 10 % du prix en magasin.
- Un groupe cuisine lancé à la demande des bénéficiaires ; Mme Ginette Lapeyre, bénéficiaire
  depuis 2023, l'anime désormais une fois par mois.

## Points de vigilance

- Le camion est visible de tous : veiller à ce que la file d'attente ne stigmatise pas.
"""),

("nom-tableau-vaccination-aire-accueil", "donnee-nom", """---
id: rattrapage-vaccinal-aires-accueil
titre: "Le rattrapage vaccinal sur les aires d'accueil avec le centre de vaccination"
resume: "Des séances de vaccination sur les aires d'accueil, préparées avec les familles et la
  médiatrice santé, pour rattraper les calendriers des enfants sans passer par le cabinet."
type_fiche: retour_experience
publics: [gens_du_voyage, enfance, familles]
auteurs:
  - nom: "Nadine Foucher"
    role: "Médiatrice en santé, association régionale"
  - nom: "Dr Benoît Lesage"
    role: "Médecin du centre de vaccination"
---

## Bilan de la séance de mai

| Aire | Enfants vus | Vaccins faits | Suites |
|---|---|---|---|
| aire nord | 14 | 23 | carnet à reconstituer pour 3 enfants |
| aire sud | 9 | 12 | revoir Jonathan Lagrené (ROR, 2e dose) |

## Points de vigilance

- Les carnets de santé sont souvent perdus pendant les voyages : proposer une photo du carnet.
- Le consentement des deux parents n'est pas requis pour les vaccins obligatoires.
"""),

("nom-yaml-duree-parcours-sortie", "donnee-nom", """---
id: accompagnement-victimes-traite-nigeriane
titre: "Accompagner des femmes nigérianes victimes de traite à des fins d'exploitation sexuelle"
resume: "Repères sur l'emprise des réseaux (dette, serment), la mise en sécurité, l'accès à
  l'asile ou au titre de séjour et la place de la communauté dans l'accompagnement."
type_fiche: pratique
publics: [victimes, migrants, adultes]
cadre_juridique: ["Code pénal 225-4-1", "CESEDA L425-1", "Loi n° 2016-444 du 13 avril 2016"]
duree: "Deux ans en moyenne ; pour Mme Joy Osagie, trente et un mois avant l'autonomie"
auteurs:
  - nom: "Catherine Morvan"
    role: "Coordinatrice, dispositif national Ac.Sé"
sources:
  - titre: "Rapport sur la traite des êtres humains en France"
    auteur: "Commission nationale consultative des droits de l'homme"
    annee: 2021
---

## Contexte

Le serment prononcé avant le départ (« juju ») et la dette contractée auprès de la « madam »
maintiennent les femmes sous emprise. L'éloignement géographique est souvent nécessaire.

## Points de vigilance

- Ne jamais minimiser la peur liée au serment : elle est réelle pour la personne.
"""),

("nom-legende-image-jardin-martinique", "donnee-nom", """---
id: jardin-therapeutique-psychiatrie-martinique
titre: "Un jardin créole thérapeutique en hôpital de jour psychiatrique"
resume: "Les patients d'un hôpital de jour cultivent un jardin créole (plantes médicinales,
  légumes pays) avec un infirmier et un agriculteur bénévole ; le jardin devient un lieu de soin."
type_fiche: pratique
publics: [adultes, sante_mentale]
auteurs:
  - nom: "Max Éloi"
    role: "Infirmier, hôpital de jour"
sources:
  - titre: "Les damnés de la terre"
    auteur: "Frantz Fanon"
    annee: 1961
---

## Exemple

![Le jardin au mois de mars](images/jardin-creole-mars.jpg)
*Légende : Mme Line Rosemond, patiente de l'hôpital de jour, au carré des plantes médicinales.*

Le jardin est organisé selon les usages du jardin créole : arbres, plantes à tisanes, tubercules,
piments, dans un désordre apparent qui imite la forêt.

## Points de vigilance

- Pas de photo de patients sans accord écrit, et jamais pour illustrer une fiche publique.
"""),

("nom-html-tableau-unite-soins-palliatifs", "donnee-nom", """---
id: staff-hebdomadaire-unite-soins-palliatifs
titre: "Le staff pluriprofessionnel hebdomadaire en unité de soins palliatifs"
resume: "Une réunion où médecins, infirmières, aides-soignantes, psychologue, assistante sociale et
  bénévoles partagent leur regard sur chaque patient et sur les proches."
type_fiche: methode
publics: [adultes, personnes_agees, aidants]
cadre_juridique: ["CSP L1110-5-1", "Circulaire DHOS/O2/DGS/SD5D n° 2002-98 du 19 février 2002"]
auteurs:
  - nom: "Dr Marc-Antoine Blanchet"
    role: "Médecin responsable d'USP"
---

## Grille de préparation

<table>
  <tr><th>Patient</th><th>Symptômes</th><th>Proches</th><th>Questions éthiques</th></tr>
  <tr><td>chambre 3</td><td>douleur contrôlée</td><td>épouse épuisée</td><td>aucune</td></tr>
  <tr><td>M. Lucien Dartigues</td><td>dyspnée</td><td>fils à l'étranger</td><td>sédation ?</td></tr>
</table>

## Points de vigilance

- La parole des aides-soignantes et des bénévoles compte autant que celle des médecins.
- La décision de sédation profonde et continue relève d'une procédure collégiale écrite.
"""),

("nom-points-vigilance-placement-pjj", "donnee-nom", """---
id: ecrits-rapport-juge-des-enfants
titre: "Écrire un rapport au juge des enfants qui soit lisible par la famille"
resume: "Les familles ont accès au dossier d'assistance éducative : écrire des faits datés, des
  paroles rapportées, des hypothèses nommées comme telles, et des propositions claires."
type_fiche: methode
publics: [familles, enfance, adolescents]
cadre_juridique: ["Code de procédure civile 1187", "Code civil art. 375"]
auteurs:
  - nom: "Élise Roy"
    role: "Formatrice, institut régional du travail social"
sources:
  - titre: "Écrits professionnels en travail social"
    auteur: "Henri Pascal, Michel Dubreuil"
    annee: 2012
---

## Points de vigilance

- Éviter les adjectifs qui jugent (« mère défaillante ») ; décrire ce qui a été observé.
- Distinguer les faits constatés par l'auteur et ce qui est rapporté par des tiers.
- Relire le rapport en se demandant comment l'enfant le lira à 18 ans : le dossier de la jeune
  Inès Baptiste, relu par elle à sa majorité, a convaincu toute l'équipe.
- Dater et signer, avec la fonction de l'auteur.
"""),

("nom-creole-citation-csapa-reunion", "donnee-nom", """---
id: csapa-consultations-avancees-reunion
titre: "Des consultations avancées de CSAPA dans les quartiers de Saint-Pierre"
resume: "Une infirmière et un éducateur du CSAPA tiennent des permanences dans les maisons de
  quartier, pour aller vers les personnes qui boivent ou consomment du zamal sans jamais venir au
  centre."
type_fiche: pratique
publics: [adultes, addictions]
modes_intervention: [aller_vers]
auteurs:
  - nom: "Nicolas Dijoux"
    role: "Éducateur spécialisé, CSAPA"
---

## Paroles

> « Mi té i osé pa rant dann sant-la. Ou la vni dann kartié, la mi la di bonjour. »
> (« Je n'osais pas entrer au centre. Vous êtes venus dans le quartier, alors j'ai dit
> bonjour. ») — Jean-Marc Lebon, reçu à la permanence de Ravine-Blanche

## Points de vigilance

- Le quartier voit qui entre dans la salle : proposer aussi des rendez-vous ailleurs.
- L'alcool est la première addiction traitée à La Réunion ; ne pas centrer l'offre sur le zamal.
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-naissance
# ---------------------------------------------------------------------------------------------
FLAG += [
("naissance-phrase-coupee-pmi-mayotte", "donnee-naissance", """---
id: bilan-sante-4-ans-ecole-maternelle
titre: "Le bilan de santé des enfants de 3-4 ans à l'école maternelle"
resume: "La PMI réalise à l'école un bilan de santé (vue, audition, langage, développement,
  vaccinations) et en discute avec les parents ; c'est souvent le premier repérage des troubles."
type_fiche: pratique
publics: [petite_enfance, familles]
cadre_juridique: ["CSP L2112-2", "Code de l'éducation L541-1"]
auteurs:
  - nom: "Marie-Claude Ibrahim"
    role: "Infirmière puéricultrice de PMI, Mayotte"
sources:
  - titre: "Repérage des troubles du neurodéveloppement chez l'enfant"
    auteur: "Haute Autorité de santé"
    annee: 2020
---

## Déroulement

1. Information des parents par l'école, avec une invitation à être présents.
2. Examen en petit groupe puis individuel : vision, audition, langage, motricité.
3. Entretien avec le parent présent ; courrier aux parents absents, traduit si possible.

## Exemple

L'an dernier, un garçon de la petite section, né le 3 janvier 2021 à la maternité de
Mamoudzou, n'avait jamais été vu en PMI depuis sa sortie ; le bilan a permis de rattraper ses
vaccins et de repérer une surdité partielle.

## Points de vigilance

- Le bilan n'est pas un dépistage de la maltraitance ; il peut néanmoins en révéler des signes.
"""),

("naissance-bloc-code-fiche-liaison-pjj", "donnee-naissance", """---
id: fiche-de-liaison-hebergement-pjj
titre: "La fiche de liaison entre le service de milieu ouvert et le lieu de placement"
resume: "Un document court, transmis avant l'arrivée d'un mineur placé, pour que le lieu
  d'accueil connaisse les éléments utiles : santé, scolarité, contacts autorisés, interdictions
  judiciaires."
type_fiche: outil
publics: [adolescents, justice]
cadre_juridique: ["CJPM L323-1", "Code civil art. 375-7"]
auteurs:
  - nom: "Guillaume Ferrand"
    role: "Responsable d'unité éducative, PJJ"
---

## L'outil

Trame de la fiche (exemple rempli laissé par erreur dans le modèle partagé) :

```
FICHE DE LIAISON — placement au titre de l'article L323-1 CJPM
Mineur : voir dossier                      Date de naissance : 12/09/2008
Allergies / traitements : néant
Interdiction de contact : victime et coauteurs (cf. ordonnance)
Éducateur référent : UEMO, permanence du service
```

## Points de vigilance

- Ne transmettre que ce qui sert l'accueil : pas les faits détaillés, pas l'histoire familiale.
- La fiche accompagne le jeune ; elle ne remplace pas l'appel entre éducateurs.
"""),

("naissance-note-bas-page-psychiatrie-antilles", "donnee-naissance", """---
id: psychoeducation-familles-schizophrenie
titre: "Le programme de psychoéducation pour les familles de personnes vivant avec une schizophrénie"
resume: "Des séances collectives pour les proches : comprendre la maladie, les traitements, la
  communication, la gestion des crises, et prendre soin de soi."
type_fiche: methode
publics: [aidants, sante_mentale, familles]
niveau_preuve: evaluee
preuve:
  appui: "Pharoah et coll., revue Cochrane « Family intervention for schizophrenia », 2010 : moins de rechutes"
  effet: positif
auteurs:
  - nom: "Dr Yves Charlery"
    role: "Psychiatre, CHU de Martinique"
  - nom: "UNAFAM, délégation Martinique"
    role: "Coanimation, relecture"
---

## Contexte

En Martinique, les familles portent souvent seules la maladie d'un proche, dans un contexte où la
maladie mentale reste entourée de croyances et de honte[^1].

## Déroulement

- Dix séances de deux heures, le samedi matin, pour une dizaine de familles.
- Un psychiatre, une infirmière et un bénévole de l'UNAFAM, lui-même parent.

[^1]: Exemple discuté en séance : une patiente née le 2 février 1979 à Fort-de-France, dont la
famille pensait à un « quimbois ».
"""),

("naissance-alt-image-ehpad", "donnee-naissance", """---
id: histoire-de-vie-ehpad
titre: "Recueillir l'histoire de vie d'un résident à son entrée en EHPAD"
resume: "Quelques entretiens, avec le résident et ses proches, pour connaître ses habitudes, ses
  goûts, son métier, ses deuils, afin que l'équipe le connaisse comme une personne et pas comme un
  cas."
type_fiche: outil
publics: [personnes_agees, aidants]
auteurs:
  - nom: "Chantal Dubreuil"
    role: "Animatrice, EHPAD rural"
sources:
  - titre: "Les récits de vie"
    auteur: "Daniel Bertaux"
    annee: 1997
---

## Exemple

Certains résidents aiment montrer leurs photos ; on peut en faire un petit album :

![Photo de mariage d'un résident, né le 11 novembre 1930, au bal de la Saint-Jean](images/album-vie-mariage.jpg)

## Points de vigilance

- Le résident choisit ce qui est écrit et ce qui ne l'est pas.
- Le document est rangé avec le projet personnalisé, pas affiché dans le couloir.
"""),

("naissance-tableau-inscriptions-voyageurs", "donnee-naissance", """---
id: inscription-ecole-maternelle-voyageurs
titre: "Inscrire à l'école maternelle les enfants des familles voyageuses dès trois ans"
resume: "L'instruction est obligatoire dès trois ans ; le service social et la mairie lèvent les
  obstacles à l'inscription (justificatifs, cantine, transport) pour les familles de l'aire."
type_fiche: pratique
publics: [gens_du_voyage, petite_enfance, familles]
cadre_juridique: ["Code de l'éducation L131-1", "Décret n° 2020-811 du 29 juin 2020"]
auteurs:
  - nom: "Isabelle Caradec"
    role: "Assistante sociale de secteur"
---

## Suivi

| Enfant | Date de naissance | École | Inscription |
|---|---|---|---|
| enfant A | (non communiquée) | école du bourg | faite |
| enfant B | 21/06/2022 | école du bourg | refusée faute de justificatif, recours en cours |
| enfant C | (non communiquée) | école du centre | faite |

## Points de vigilance

- Le décret de 2020 précise la liste limitative des pièces exigibles pour l'inscription.
"""),

("naissance-dialogue-traite", "donnee-naissance", """---
id: premier-entretien-victime-traite
titre: "Le premier entretien avec une personne victime de traite : ne pas exiger le récit"
resume: "Repères pour un premier entretien centré sur la sécurité et les besoins immédiats, sans
  exiger un récit complet que la personne n'est pas prête à faire."
type_fiche: methode
publics: [victimes, migrants]
auteurs:
  - nom: "Hélène Perrot"
    role: "Juriste, association spécialisée"
sources:
  - titre: "Indicateurs de traite des êtres humains"
    auteur: "Office des Nations unies contre la drogue et le crime (ONUDC)"
    annee: 2009
---

## Exemple de dialogue

> — Vous n'êtes pas obligée de tout me raconter aujourd'hui.
> — D'accord. Sur mon passeport, ils ont mis une autre date. Moi je suis née le 5 août 1996, à
>   Benin City, pas en 1994.
> — On verra ça ensemble plus tard, avec l'avocate.

## Points de vigilance

- Les documents d'identité sont souvent confisqués ou falsifiés par le réseau.
- Toujours un interprète professionnel, jamais un membre de la communauté.
"""),

("naissance-enfant-hebergement-violences", "donnee-naissance", """---
id: accueil-enfants-covictimes-hebergement
titre: "Accueillir les enfants covictimes de violences conjugales en hébergement"
resume: "Les enfants exposés aux violences sont des victimes : un accueil qui leur est propre,
  avec une éducatrice dédiée, un espace, un temps de parole et un lien avec l'école."
type_fiche: pratique
publics: [enfance, victimes, familles]
cadre_juridique: ["Loi n° 2019-1480 du 28 décembre 2019", "Code civil art. 378"]
auteurs:
  - nom: "Pauline Giraud"
    role: "Éducatrice de jeunes enfants, hébergement spécialisé"
sources:
  - titre: "Les enfants exposés aux violences conjugales"
    auteur: "Karen Sadlier (dir.)"
    annee: 2015
---

## Déroulement

- Entretien d'accueil de l'enfant, séparé de celui de la mère, dans la salle de jeux.
- Inscription scolaire sous un mode protégé, en lien avec le rectorat.
- Groupe de parole des 6-11 ans, un mercredi sur deux.

La dernière admission illustre l'enjeu : la fille de la résidente de la chambre 4, née le 4 mai
2017, n'avait pas été scolarisée depuis le départ du domicile.

## Points de vigilance

- L'exercice de l'autorité parentale du père reste la règle sauf décision du juge.
"""),

("naissance-yaml-commentaire-guyane", "donnee-naissance", """---
id: suivi-grossesse-ouest-guyanais
titre: "Le suivi de grossesse des femmes éloignées des soins dans l'Ouest guyanais"
resume: "Organisation du suivi prénatal entre les centres délocalisés de prévention et de soins,
  les sages-femmes de PMI et la maternité de Saint-Laurent, pour des femmes vivant sur le fleuve."
type_fiche: pratique
publics: [familles, petite_enfance, precarite]
age_min: 14  # cas réel à l'origine de la fiche : enfant né le 17/07/2023 à Saint-Laurent-du-Maroni
auteurs:
  - nom: "Ophélie Sabajo"
    role: "Sage-femme de PMI"
  - nom: "Dr Alain Grenier"
    role: "Gynécologue-obstétricien, centre hospitalier de l'Ouest guyanais"
---

## Contexte

Les femmes des villages du fleuve accouchent souvent à Saint-Laurent après un trajet long et
coûteux ; beaucoup arrivent sans suivi. Les grossesses adolescentes y sont fréquentes.

## Déroulement

- Consultation au centre de santé du village, avec une sage-femme qui monte chaque mois.
- Hébergement proche de la maternité dans les dernières semaines.
"""),

("naissance-ligne-coupee-service-social-scolaire", "donnee-naissance", """---
id: demande-aide-fonds-social-collegien
titre: "Monter une demande au fonds social collégien sans humilier la famille"
resume: "Le fonds social aide les familles pour la cantine, les sorties et le matériel ; la
  demande passe par l'assistante sociale ou le gestionnaire et reste confidentielle."
type_fiche: pratique
publics: [familles, adolescents, precarite]
cadre_juridique: ["Circulaire n° 2017-122 du 22 août 2017 relative aux fonds sociaux"]
auteurs:
  - nom: "Fatiha Bouziane"
    role: "Assistante sociale en faveur des élèves"
---

## Déroulement

1. Recevoir le parent ou l'élève, sans exiger de justificatifs excessifs.
2. Présenter la demande à la commission, de façon anonyme.
3. Informer la famille de la décision par écrit.

Dans la dernière commission, un élève de 3e, né le
30/01/2011, avait demandé seul une aide pour le voyage à Berlin : sa demande a été acceptée et
les parents informés ensuite, avec son accord.

## Points de vigilance

- Les commissions ne voient jamais les noms ; seul le gestionnaire connaît la famille.
"""),

("naissance-formulaire-rempli-creche", "donnee-naissance", """---
id: dossier-admission-creche-simplifie
titre: "Un dossier d'admission en crèche réduit à l'essentiel"
resume: "Une seule page pour l'inscription : moins de pièces, moins de questions intrusives, et un
  entretien avec la directrice pour le reste."
type_fiche: outil
publics: [petite_enfance, familles]
cadre_juridique: ["CSP R2324-30", "Règlement (UE) 2016/679 (RGPD), art. 5"]
auteurs:
  - nom: "Audrey Lenoir"
    role: "Directrice de multi-accueil associatif"
---

## L'outil

Rubriques retenues : identité de l'enfant, personnes autorisées à venir le chercher, médecin
traitant, allergies, autorisation de sortie, régime alimentaire. Exemple d'en-tête rempli,
conservé dans le modèle :

| Rubrique | Contenu |
|---|---|
| Date de naissance de l'enfant | 08-12-2024 |
| Date d'entrée souhaitée | septembre |
| Jours d'accueil | lundi, mardi, jeudi |

## Points de vigilance

- Ne pas demander les revenus sur ce document : ils relèvent du calcul CAF (CDAP).
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-adresse
# ---------------------------------------------------------------------------------------------
FLAG += [
("adresse-exemple-visite-reunion", "donnee-adresse", """---
id: visite-a-domicile-premiere-rencontre
titre: "La première visite à domicile en polyvalence de secteur : entrer chez les gens"
resume: "Préparer, annoncer et conduire une première visite à domicile : ce qu'on regarde, ce
  qu'on ne regarde pas, comment on se présente, comment on repart."
type_fiche: pratique
publics: [familles, adultes]
auteurs:
  - nom: "Annick Maillot"
    role: "Assistante de service social, La Réunion"
sources:
  - titre: "Éthique et travail social : une recherche du sens"
    auteur: "Brigitte Bouquet"
    annee: 2003
---

## Exemple

La demande venait d'un voisin inquiet. La famille habite 14 chemin Bras-Long, 97421 La Rivière
Saint-Louis, au bout d'une route étroite que la voiture de service ne pouvait pas monter : la
première visite s'est faite à pied, et c'est ce détail que la mère a retenu de la rencontre.

## Points de vigilance

- Toujours annoncer la visite, sauf danger immédiat.
- On est invité : attendre qu'on nous propose de s'asseoir.
- Ne pas ouvrir les portes ni les placards ; demander.
"""),

("adresse-terrain-famille-sedentarisee", "donnee-adresse", """---
id: sedentarisation-choisie-voyageurs
titre: "Accompagner une famille voyageuse qui s'installe sur un terrain privé"
resume: "Quand une famille achète un terrain pour y stationner ses caravanes, le travailleur
  social l'aide à naviguer entre urbanisme, raccordements, scolarité et relations avec le
  voisinage."
type_fiche: pratique
publics: [gens_du_voyage, familles]
cadre_juridique: ["Code de l'urbanisme L444-1", "Loi n° 2000-614 du 5 juillet 2000"]
auteurs:
  - nom: "Jean-Luc Reynaud"
    role: "Travailleur social, association départementale pour les gens du voyage"
---

## Contexte

Beaucoup de familles achètent une parcelle agricole ou de loisir sans savoir que l'installation
de caravanes y est interdite ou soumise à autorisation ; les conflits avec la mairie commencent
souvent par une mise en demeure.

## Exemple

Pour le terrain situé 3 impasse des Saules, 24100 Bergerac, l'association a obtenu un rendez-vous
avec le service urbanisme avant la procédure, ce qui a permis une déclaration préalable.

## Points de vigilance

- Ne pas promettre une régularisation : elle dépend du plan local d'urbanisme.
"""),

("adresse-ancien-domicile-victime", "donnee-adresse", """---
id: evaluation-danger-violences-conjugales
titre: "Évaluer le danger avec une femme victime de violences conjugales"
resume: "Une grille de questions partagée avec la victime pour estimer le risque de nouvelles
  violences, y compris létales, et bâtir avec elle un plan de mise en sécurité."
type_fiche: outil
publics: [victimes, adultes]
cadre_juridique: ["Code civil art. 515-9", "Code pénal 132-80"]
auteurs:
  - nom: "Sonia Barreau"
    role: "Travailleuse sociale, accueil de jour spécialisé"
sources:
  - titre: "Danger Assessment"
    auteur: "Jacquelyn C. Campbell"
    annee: 1986
---

## Déroulement

- Questions sur la fréquence et la gravité des violences, la présence d'armes, les menaces de
  mort, la strangulation, la jalousie extrême, la séparation récente.
- Plan de mise en sécurité : sac prêt, copies des papiers, personnes à prévenir.

## Exemple

Le risque a été jugé élevé parce que l'agresseur connaît l'adresse du logement qu'elle
occupe encore : 27 rue des Acacias, appartement 12, 31200 Toulouse. Le relogement a été demandé
en priorité.

## Points de vigilance

- La séparation est la période la plus dangereuse.
"""),

("adresse-tableau-tournee-vad-psychiatrie", "donnee-adresse", """---
id: equipe-mobile-psychiatrie-precarite-tournee
titre: "Organiser la tournée d'une équipe mobile psychiatrie-précarité"
resume: "Comment l'EMPP planifie ses passages dans les accueils de jour, les hôtels sociaux et à
  domicile, pour aller vers des personnes qui ne viennent pas au CMP."
type_fiche: outil
publics: [adultes, sante_mentale, precarite]
cadre_juridique: ["Circulaire DHOS/O2/DGS/6C/DGAS/1A/1B n° 2005-521 du 23 novembre 2005"]
auteurs:
  - nom: "Grégory Salmon"
    role: "Infirmier, EMPP"
---

## Tournée type du mardi

| Heure | Lieu | Objet |
|---|---|---|
| 9 h 30 | accueil de jour du centre-ville | permanence |
| 11 h | hôtel social de la gare | rencontre avec l'équipe |
| 14 h | 5 allée des Peupliers, bâtiment C, 3e étage | visite, personne isolée signalée par le bailleur |
| 16 h | CHRS | réunion clinique |

## Points de vigilance

- La tournée est partagée dans l'équipe, pas diffusée aux partenaires.
"""),

("adresse-fiche-liaison-mineur-pjj", "donnee-adresse", """---
id: investigation-educative-entretien-famille
titre: "La mesure judiciaire d'investigation éducative : l'entretien au domicile"
resume: "Dans la MJIE, l'entretien au domicile permet de comprendre le cadre de vie de l'enfant ;
  il se prépare, s'annonce et se restitue à la famille avant le rapport au juge."
type_fiche: methode
publics: [familles, enfance, adolescents]
cadre_juridique: ["Code civil art. 1183", "Code de procédure civile 1183", "Arrêté du 2 février 2011"]
auteurs:
  - nom: "Cécile Arnal"
    role: "Éducatrice, service d'investigation éducative"
  - nom: "Vincent Lhomme"
    role: "Psychologue"
---

## Déroulement

1. Un courrier annonce la visite, avec deux dates au choix.
2. La visite dure une heure : les pièces de vie, la chambre de l'enfant si la famille l'accepte.
3. Une restitution orale à la famille avant l'écriture du rapport.

Note de la secrétaire en marge du modèle : visite prévue au 18 rue du Moulin, 59300 Valenciennes,
interphone au nom de la grand-mère.

## Points de vigilance

- La MJIE dure six mois au plus ; le calendrier des visites se fixe dès le début.
"""),

("adresse-lotissement-mayotte", "donnee-adresse", """---
id: accompagnement-relogement-apres-decasage
titre: "Accompagner les familles après une opération de décasage à Mayotte"
resume: "Quand un quartier d'habitat informel est démoli, les familles doivent se voir proposer
  un hébergement ; l'équipe sociale évalue, oriente et suit les familles dans la durée."
type_fiche: retour_experience
publics: [familles, precarite, enfance]
cadre_juridique: ["Loi n° 2018-1021 du 23 novembre 2018 (art. 197)", "CASF L345-2-2"]
auteurs:
  - nom: "Équipe de l'association d'intermédiation locative"
    role: "Rédaction collective"
sources:
  - titre: "Rapport d'observation sur Mayotte"
    auteur: "Défenseur des droits"
    annee: 2020
---

## Ce que nous avons fait

- Diagnostic social de chaque famille avant la démolition.
- Propositions d'hébergement, souvent loin du quartier et de l'école.
- Suivi des enfants scolarisés pour éviter les ruptures.

Une mère relogée au lotissement Les Hauts-Vallons, villa 18, 97600 Mamoudzou, a pu garder ses
enfants dans la même école grâce au transport organisé par la commune.

## Ce qui reste difficile

- Les hébergements proposés sont temporaires et insuffisants.
"""),

("adresse-lieu-dit-soins-palliatifs", "donnee-adresse", """---
id: hospitalisation-a-domicile-fin-de-vie-rural
titre: "L'hospitalisation à domicile en fin de vie dans un département rural"
resume: "L'HAD permet des soins hospitaliers au domicile, y compris dans des hameaux isolés,
  avec les infirmiers libéraux et le médecin traitant : organisation et limites."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
cadre_juridique: ["CSP L6125-2", "Décret n° 2022-102 du 31 janvier 2022"]
auteurs:
  - nom: "Dr Sylvain Costes"
    role: "Médecin coordonnateur d'HAD"
  - nom: "Maryline Vernhes"
    role: "Infirmière coordinatrice"
---

## Déroulement

- Demande par le médecin traitant ou l'hôpital, accord du patient et du médecin traitant.
- Visite d'évaluation au domicile, installation du matériel en 48 heures.
- Astreinte infirmière 24 heures sur 24.

## Exemple

Le dernier patient suivi vivait seul avec son épouse au lieu-dit La Borie Basse, 12390 Rignac,
à quarante minutes de l'antenne : l'équipe a organisé le relais avec les infirmiers du village.

## Points de vigilance

- L'hiver, prévoir l'accessibilité par route enneigée.
"""),

("adresse-rue-schoelcher-guyane", "donnee-adresse", """---
id: acces-droits-assurance-maladie-guyane
titre: "L'accès aux droits à l'assurance maladie dans l'Ouest guyanais : une permanence partagée"
resume: "Une permanence commune CCAS, CGSS et association, à Saint-Laurent-du-Maroni, pour ouvrir
  les droits (PUMa, complémentaire santé solidaire, AME) en une seule démarche."
type_fiche: pratique
publics: [adultes, familles, migrants, precarite]
cadre_juridique: ["CSS L160-1", "CASF L251-1"]
auteurs:
  - nom: "Marlène Pinas"
    role: "Agente d'accueil, CCAS de Saint-Laurent-du-Maroni"
sources:
  - titre: "Le non-recours aux droits sociaux en France"
    auteur: "Philippe Warin"
    annee: 2016
---

## Déroulement

- Accueil sans rendez-vous deux matinées par semaine, avec interprète.
- Constitution du dossier sur place, scan des pièces, dépôt direct auprès de la CGSS.

## Exemple

Une famille qui habite 12 rue Schoelcher, 97320 Saint-Laurent-du-Maroni, avait déposé trois fois
le même dossier d'AME en un an ; le circuit direct a réglé la situation en trois semaines.

## Points de vigilance

- Ne pas confondre domiciliation et hébergement : la domiciliation suffit à ouvrir les droits.
"""),

("adresse-lien-carte-service-social-scolaire", "donnee-adresse", """---
id: visite-domicile-eleve-decrocheur
titre: "Aller au domicile d'un élève qui ne vient plus au lycée"
resume: "Quand les courriers et les appels restent sans réponse, une visite à domicile annoncée,
  menée par l'assistante sociale et le CPE, peut renouer le lien avec un élève décrocheur."
type_fiche: pratique
publics: [adolescents, familles]
cadre_juridique: ["Code de l'éducation L313-7", "Code de l'éducation L131-8"]
auteurs:
  - nom: "Thomas Lemaire"
    role: "Conseiller principal d'éducation, lycée professionnel"
  - nom: "Sabrina Kaddour"
    role: "Assistante sociale scolaire"
---

## Déroulement

1. Courrier annonçant la visite, envoyé une semaine avant.
2. Visite à deux, courte, sans reproche : « On est venus parce que tu nous manques. »
3. Proposition d'un rendez-vous au lycée, ou au CIO, ou à la mission locale.

Itinéraire préparé pour la dernière visite :
[voir le plan](https://maps.example.org/?q=8+rue+Jean-Jaures+59000+Lille+appartement+21)

## Points de vigilance

- Ne jamais entrer si l'élève mineur est seul sans l'accord de ses parents.
"""),

("adresse-note-bas-page-creche", "donnee-adresse", """---
id: personnes-autorisees-chercher-enfant
titre: "Qui peut venir chercher l'enfant à la crèche ? Clarifier avec les parents séparés"
resume: "Repères pour la direction d'une crèche quand les parents sont séparés ou en conflit :
  autorité parentale, décision du juge, liste des personnes autorisées."
type_fiche: pratique
publics: [petite_enfance, familles]
cadre_juridique: ["Code civil art. 372", "Code civil art. 373-2", "Code civil art. 373-2-9"]
auteurs:
  - nom: "Stéphanie Clément"
    role: "Directrice de crèche municipale"
---

## Points de vigilance

- Sauf décision du juge retirant l'autorité parentale ou fixant des modalités particulières,
  chacun des deux parents peut venir chercher l'enfant[^1].
- Demander une copie du jugement quand un parent affirme que l'autre n'a pas le droit de venir.
- En cas de doute, garder l'enfant et appeler l'autre parent ; en cas de danger, le 17.

[^1]: Situation qui a conduit à rédiger la fiche : la mère, hébergée depuis peu au 41 avenue des
Tilleuls, résidence Les Pins, 33600 Pessac, craignait que le père ne vienne à la crèche.
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-telephone
# ---------------------------------------------------------------------------------------------
FLAG += [
("telephone-plan-crise-proche", "donnee-telephone", """---
id: directives-anticipees-psychiatriques
titre: "Les directives anticipées en psychiatrie : un outil de rétablissement"
resume: "La personne écrit, quand elle va bien, ses souhaits pour une future crise : traitements
  acceptés ou refusés, lieux de soins, personnes à prévenir, soins des enfants ou des animaux."
type_fiche: outil
publics: [adultes, sante_mentale]
niveau_preuve: evaluee
preuve:
  appui: "Tinland et coll., essai DAiP, JAMA Psychiatry, 2022 : moins de réhospitalisations sous contrainte"
  effet: positif
auteurs:
  - nom: "Aude Carrière"
    role: "Psychologue, Psycom"
  - nom: "Dr Raphaël Moulin"
    role: "Psychiatre, relecteur"
---

## Exemple de rubrique remplie

- **Ce qui m'aide** : qu'on me laisse marcher dans le couloir, qu'on me parle doucement.
- **Ce qui ne m'aide pas** : la chambre d'isolement, les lumières fortes.
- **Qui prévenir** : ma mère au 06 39 98 14 52, et mon voisin pour le chat.
- **Mes enfants** : ils vont chez leur père ; ne pas appeler les services sociaux.

## Points de vigilance

- Les directives anticipées en psychiatrie ne sont pas encore prévues par la loi française comme
  en soins somatiques ; elles engagent moralement l'équipe qui les a rédigées avec la personne.
"""),

("telephone-international-maraude-prostitution", "donnee-telephone", """---
id: reduction-des-risques-travail-du-sexe-en-ligne
titre: "La réduction des risques auprès des travailleuses du sexe qui exercent en ligne"
resume: "L'activité s'est déplacée vers les annonces et les réseaux ; l'association va vers les
  personnes par messagerie, propose du matériel par envoi postal et des rendez-vous de santé."
type_fiche: pratique
publics: [adultes, precarite]
modes_intervention: [aller_vers, numerique]
auteurs:
  - nom: "Léa Fontan"
    role: "Animatrice de prévention, association communautaire"
---

## Déroulement

- Messages envoyés aux annonces, avec une présentation de l'association et un lien sécurisé.
- Rendez-vous proposés au local, en journée, sans condition.
- Envoi de préservatifs et de lubrifiant par la poste sous emballage neutre.

## Exemple

Une personne contactée en janvier a répondu trois mois plus tard ; elle est joignable au
+33 7 00 00 31 84 et souhaitait un dépistage discret, loin de son quartier.

## Points de vigilance

- Ne jamais conserver les captures d'annonces.
"""),

("telephone-points-separes-jeune-pjj", "donnee-telephone", """---
id: maintenir-le-lien-fugue-mineur
titre: "Maintenir le lien pendant la fugue d'un mineur suivi en milieu ouvert"
resume: "Quand un adolescent suivi par la PJJ ou l'ASE fugue, l'éducateur garde un canal ouvert
  par message, prévient qui doit l'être et prépare le retour sans menace."
type_fiche: pratique
publics: [adolescents, justice]
cadre_juridique: ["Code civil art. 371-3", "Code pénal 227-8"]
auteurs:
  - nom: "Baptiste Morel"
    role: "Éducateur PJJ"
---

## Déroulement

1. Déclaration de fugue par le lieu d'accueil ou les parents, information du juge.
2. Un message court et régulier, jamais menaçant : « Je suis là si tu veux parler. »
3. Au retour, un entretien sans sanction immédiate, pour comprendre.

Dernier numéro connu du jeune, à garder dans le dossier éducatif : 07.00.00.45.12 (messages
seulement).

## Points de vigilance

- La fugue expose aux réseaux d'exploitation : prévenir les services compétents.
"""),

("telephone-tableau-contacts-voyageurs", "donnee-telephone", """---
id: lien-ecole-familles-itinerantes-printemps
titre: "Garder le lien avec l'école pendant les déplacements de printemps"
resume: "Les familles partent souvent d'avril à octobre ; l'école, le CNED et le médiateur
  scolaire organisent la continuité des apprentissages et le retour en classe."
type_fiche: pratique
publics: [gens_du_voyage, enfance, familles]
cadre_juridique: ["Code de l'éducation L131-5"]
auteurs:
  - nom: "Annie Le Goff"
    role: "Enseignante, unité pédagogique pour élèves de familles itinérantes"
---

## Contacts pendant le voyage

| Qui | Comment | Quand |
|---|---|---|
| enseignante | messagerie de l'ENT | chaque quinzaine |
| médiateur scolaire | appel | avant le départ et au retour |
| mère de l'élève de CE2 | 06 39 98 70 03 | le dimanche soir |

## Points de vigilance

- Le CNED réglementé suppose une inscription dans un établissement : la faire avant le départ.
- Ne pas juger le voyage : c'est le mode de vie, pas un abandon scolaire.
"""),

("telephone-sans-espaces-hebergement-violences", "donnee-telephone", """---
id: securite-numerique-femmes-hebergees
titre: "La sécurité numérique des femmes hébergées après des violences conjugales"
resume: "Changer de téléphone, désactiver la localisation, vérifier les comptes partagés :
  un atelier individuel pour limiter la surveillance par l'ex-conjoint."
type_fiche: outil
publics: [victimes, adultes]
auteurs:
  - nom: "Marion Lacroix"
    role: "Conseillère numérique France Services"
  - nom: "Centre Hubertine Auclert"
    role: "Ressource documentaire"
sources:
  - titre: "Cyberviolences conjugales : recherche-action"
    auteur: "Centre Hubertine Auclert"
    annee: 2018
---

## Déroulement

- Liste des appareils, comptes et abonnements partagés avec l'ex-conjoint.
- Désactivation de la localisation et des sauvegardes partagées.
- Nouveau numéro si nécessaire ; dans la dernière situation, le nouveau numéro (0639982217) n'a
  été donné qu'à l'école et à l'avocate.

## Points de vigilance

- Un changement brutal peut alerter l'agresseur : évaluer le moment avec la personne.
"""),

("telephone-fille-patient-soins-palliatifs", "donnee-telephone", """---
id: annonce-aggravation-famille-soins-palliatifs
titre: "Appeler la famille quand l'état d'un patient s'aggrave la nuit"
resume: "Qui appelle, quand, avec quels mots : un protocole d'équipe pour que l'appel de nuit à
  la famille d'un patient en fin de vie soit préparé et humain."
type_fiche: methode
publics: [aidants, personnes_agees, adultes]
auteurs:
  - nom: "Véronique Pujol"
    role: "Infirmière de nuit, unité de soins palliatifs"
sources:
  - titre: "Annoncer une mauvaise nouvelle"
    auteur: "Haute Autorité de santé"
    annee: 2008
---

## Déroulement

1. Vérifier dans le dossier qui veut être appelé la nuit et qui ne le veut pas.
2. Se présenter, dire d'où l'on appelle, demander si la personne peut parler.
3. Décrire simplement : « Sa respiration a changé, nous pensons que la fin approche. »
4. Proposer de venir, sans presser ; dire qu'on reste auprès du patient.

Note de transmission d'une nuit de septembre : fille du patient de la chambre 8, à rappeler au
05 36 49 21 08 après 6 heures.

## Points de vigilance

- Ne jamais annoncer un décès par message vocal.
"""),

("telephone-format-local-reunion", "donnee-telephone", """---
id: accueil-jeunes-majeurs-reunion
titre: "Les contrats jeunes majeurs à La Réunion : préparer la sortie de l'ASE"
resume: "Depuis la loi de 2022, les jeunes sortant de l'ASE sans ressources ni soutien familial
  ont droit à un accompagnement jusqu'à 21 ans ; mise en œuvre dans un territoire insulaire."
type_fiche: pratique
publics: [jeunes_adultes, precarite]
cadre_juridique: ["CASF L222-5", "Loi n° 2022-140 du 7 février 2022"]
auteurs:
  - nom: "Yannick Boyer"
    role: "Éducateur, service jeunes majeurs"
sources:
  - titre: "La vie après l'ASE : l'étude ELAP"
    auteur: "Isabelle Frechon, Lucy Marquet"
    annee: 2018
---

## Déroulement

- Entretien de préparation à 17 ans, comme le prévoit la loi.
- Logement : foyers de jeunes travailleurs, colocations solidaires, résidences sociales.
- Lien avec la mission locale pour le contrat d'engagement jeune.

Un jeune sorti en mars a gardé le contact avec son éducatrice par messages (02 61 91 38 06, numéro
personnel du jeune), ce qui a permis de le réorienter quand sa colocation a échoué.

## Points de vigilance

- L'île est petite, les réseaux familiaux aussi : veiller à la confidentialité.
"""),

("telephone-cahier-transmission-creche", "donnee-telephone", """---
id: transmissions-arrivee-depart-creche
titre: "Les transmissions du matin et du soir en crèche : dire l'essentiel en trois minutes"
resume: "Ce que la professionnelle demande et dit aux parents à l'arrivée et au départ de
  l'enfant, pour assurer la continuité entre la maison et la crèche."
type_fiche: pratique
publics: [petite_enfance, familles]
auteurs:
  - nom: "Sandrine Lebrun"
    role: "Auxiliaire de puériculture"
sources:
  - titre: "Les premiers liens"
    auteur: "Myriam David"
    annee: 2003
---

## Exemple de cahier de transmissions

| Heure | Qui | Message |
|---|---|---|
| 8 h 10 | maman | nuit agitée, une dent qui pousse |
| 12 h 30 | équipe | sieste d'une heure, a bien mangé |
| 17 h 45 | équipe | papa vient chercher ce soir : numéro du papa 01 99 00 56 21 |

## Points de vigilance

- Les transmissions écrites ne remplacent pas la parole ; les deux se complètent.
"""),

("telephone-lien-tel-rural", "donnee-telephone", """---
id: repas-partages-isolement-rural
titre: "Les repas partagés contre l'isolement des personnes âgées dans les villages"
resume: "Un repas mensuel dans la salle communale, organisé par le CCAS et des bénévoles, avec un
  transport pour ceux qui ne conduisent plus : un prétexte pour se retrouver."
type_fiche: pratique
publics: [personnes_agees, precarite]
modes_intervention: [collectif, aller_vers]
auteurs:
  - nom: "Colette Souyris"
    role: "Vice-présidente du CCAS, bénévole"
sources:
  - titre: "Solitudes en France"
    auteur: "Fondation de France"
    annee: 2023
---

## Déroulement

- Invitation portée par les bénévoles, en main propre, la semaine précédente.
- Transport organisé avec le minibus de la communauté de communes.
- Menu élaboré avec les participants ; un thème par saison.

Pour les inscriptions au transport, les bénévoles appellent directement chaque personne : par
exemple [Mme au hameau du Puech](tel:+33536491177), qui n'entend pas la sonnette.

## Points de vigilance

- Certaines personnes ne viendront jamais : penser aussi aux visites de convivialité.
"""),

("telephone-alt-image-service-social-scolaire", "donnee-telephone", """---
id: affichage-permanence-assistante-sociale-lycee
titre: "Faire connaître la permanence de l'assistante sociale au lycée"
resume: "Affiches, passages en classe, messages sur l'ENT : comment les élèves apprennent
  qu'ils peuvent venir voir l'assistante sociale, seuls et sans rendez-vous."
type_fiche: pratique
publics: [adolescents, jeunes_adultes]
auteurs:
  - nom: "Muriel Rocher"
    role: "Assistante sociale en faveur des élèves"
---

## Exemple

L'affiche de la rentrée a été réalisée avec les élèves du conseil de la vie lycéenne :

![Affiche réalisée avec les élèves ; au dos, le numéro d'une élève à rappeler : 04 65 71 62 90](images/affiche-permanence.png)

## Points de vigilance

- Le bureau doit être discret : pas en face de la salle des professeurs.
- Afficher aussi les numéros nationaux (3018, Fil Santé Jeunes, 119).
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-courriel
# ---------------------------------------------------------------------------------------------
FLAG += [
("courriel-yaml-paroles-source", "donnee-courriel", """---
id: pair-aidance-parents-enfants-places
titre: "La pair-aidance entre parents dont les enfants sont placés"
resume: "Des parents qui ont traversé un placement accompagnent d'autres parents au début de la
  mesure : expliquer les droits, les audiences, les visites, et tenir bon."
type_fiche: pratique
publics: [familles, enfance]
cadre_juridique: ["Code civil art. 375-7", "CASF L223-1"]
auteurs:
  - nom: "Collectif de parents et professionnels du département"
    role: "Rédaction collective"
sources:
  - titre: "Le croisement des savoirs et des pratiques"
    auteur: "ATD Quart Monde"
    annee: 2008
  - titre: "Témoignage écrit d'une mère paire-aidante (contact : lea.vandamme@example.org)"
    auteur: "Collectif de parents"
    annee: 2025
---

## Déroulement

- Le parent pair est présenté au début de la mesure, avec l'accord du parent accompagné.
- Il ne fait pas d'écrit pour le juge et n'assiste pas aux synthèses.
- Il est formé, rémunéré et soutenu par une supervision.

## Points de vigilance

- Le pair n'est pas un médiateur entre la famille et l'ASE : il est du côté du parent.
"""),

("courriel-ado-pjj-reseaux", "donnee-courriel", """---
id: usage-reseaux-sociaux-suivi-educatif
titre: "Les réseaux sociaux dans le suivi éducatif des adolescents : règles d'équipe"
resume: "Peut-on écrire à un jeune sur une messagerie ? Accepter une demande d'ami ? Règles
  simples pour une UEMO, entre joignabilité et protection des professionnels et des jeunes."
type_fiche: methode
publics: [adolescents, justice]
auteurs:
  - nom: "Amélie Rousset"
    role: "Éducatrice PJJ, référente numérique"
---

## Règles retenues

- Pas de compte personnel : un téléphone et une adresse de service.
- Pas de demande d'ami, ni envoyée ni acceptée.
- Les échanges écrits sont versés au dossier s'ils contiennent une information utile.

## Exemple

Un jeune a préféré écrire plutôt que téléphoner ; ses messages arrivaient depuis
dylan.du.59@example.com sur l'adresse du service, et l'éducatrice répondait aux heures de bureau.

## Points de vigilance

- Ne pas commenter publiquement ce qu'un jeune publie, même pour le féliciter.
"""),

("courriel-mailto-patient-cmp", "donnee-courriel", """---
id: teleconsultation-cmp-zones-rurales
titre: "La téléconsultation au CMP pour les patients éloignés"
resume: "En zone rurale, la téléconsultation évite des trajets d'une heure ; elle complète les
  rendez-vous en présence sans les remplacer, et suppose un cadre clair."
type_fiche: pratique
publics: [adultes, sante_mentale]
cadre_juridique: ["CSP L6316-1", "Règlement (UE) 2016/679 (RGPD)"]
auteurs:
  - nom: "Dr Corinne Ménard"
    role: "Psychiatre, CMP rural"
---

## Déroulement

- Premier rendez-vous toujours en présence.
- Lien de connexion envoyé par la plateforme sécurisée de l'hôpital, jamais par messagerie grand
  public.
- Possibilité de se connecter depuis la maison de santé du bourg.

Un patient qui ne recevait pas les liens a demandé qu'on les lui envoie directement : voir
l'échange avec [jm.rivet@example.org](mailto:jm.rivet@example.org) dans la partie Exemple.

## Points de vigilance

- Vérifier que la personne est seule et dans un lieu où elle peut parler.
"""),

("courriel-tableau-parents-creche", "donnee-courriel", """---
id: communication-parents-creche-numerique
titre: "Communiquer avec les parents de la crèche sans application payante"
resume: "Une liste de diffusion et un tableau d'affichage suffisent souvent : choix d'outils
  sobres, respectueux des données des familles, et qui n'excluent personne."
type_fiche: outil
publics: [petite_enfance, familles]
cadre_juridique: ["Règlement (UE) 2016/679 (RGPD), art. 6"]
auteurs:
  - nom: "Yann Prigent"
    role: "Éducateur de jeunes enfants, référent numérique"
---

## Exemple de registre des consentements

| Famille | Diffusion par courriel | Photos dans le cahier |
|---|---|---|
| famille 1 | oui | non |
| famille 2 | oui (mere.tiphaine.l@example.net) | oui |
| famille 3 | non, affichage seulement | oui |

## Points de vigilance

- Envoyer en copie cachée, jamais en copie visible.
- Les familles sans adresse électronique reçoivent les mêmes informations sur papier.
"""),

("courriel-famille-guyane-note", "donnee-courriel", """---
id: evacuation-sanitaire-accompagnant-guyane
titre: "Accompagner une famille lors d'une évacuation sanitaire de Guyane vers la Martinique"
resume: "Quand un enfant est évacué vers le CHU de Martinique ou l'Hexagone, le service social
  organise le voyage du parent accompagnant, son hébergement et le lien avec la fratrie restée."
type_fiche: pratique
publics: [familles, enfance]
cadre_juridique: ["CSS R322-10"]
auteurs:
  - nom: "Laurence Théodore"
    role: "Assistante sociale hospitalière, Cayenne"
---

## Déroulement

1. Accord de prise en charge du transport de l'accompagnant par la CGSS.
2. Hébergement : maison des parents près du CHU, ou famille sur place.
3. Lien avec l'école et la PMI pour les enfants restés en Guyane.

Pour garder le lien pendant l'évacuation, la mère a demandé que les nouvelles passent par
famille.abienso@example.com, la seule adresse que le père pouvait consulter au village.

## Points de vigilance

- Anticiper le retour : l'évacuation est parfois longue, les droits expirent.
"""),

("courriel-victime-adresse-securisee", "donnee-courriel", """---
id: ordonnance-de-protection-accompagnement
titre: "Accompagner une demande d'ordonnance de protection"
resume: "L'ordonnance de protection est délivrée par le juge aux affaires familiales en six jours ;
  le travailleur social aide à rassembler les éléments et oriente vers l'avocat."
type_fiche: pratique
publics: [victimes, adultes, familles]
cadre_juridique: ["Code civil art. 515-9 à 515-13", "Loi n° 2019-1480 du 28 décembre 2019"]
auteurs:
  - nom: "Maître Isabelle Fournier"
    role: "Avocate, relectrice"
  - nom: "Agathe Blin"
    role: "Conseillère conjugale et familiale"
---

## Déroulement

- Requête déposée au greffe du JAF, avec les pièces : certificats, plaintes, attestations.
- Audience dans les six jours, avec ou sans avocat ; l'aide juridictionnelle est de droit.
- Mesures possibles : interdiction de contact, attribution du logement, dissimulation de
  l'adresse, autorité parentale.

## Points de vigilance

- Ne communiquer aux partenaires que l'adresse électronique sécurisée convenue avec la victime
  (dans la dernière situation : refuge.m.k@example.net), jamais l'adresse postale.
"""),

("courriel-bloc-code-parent-eleve", "donnee-courriel", """---
id: information-preoccupante-service-social-scolaire
titre: "Rédiger une information préoccupante depuis l'établissement scolaire"
resume: "Quand l'assistante sociale scolaire transmet une information préoccupante à la CRIP :
  informer les parents sauf intérêt contraire de l'enfant, décrire, ne pas enquêter."
type_fiche: methode
publics: [enfance, adolescents, familles]
niveau_preuve: obligation_legale
cadre_juridique: ["CASF L226-2-1", "CASF L226-3", "Code de l'éducation L542-1"]
auteurs:
  - nom: "Corinne Dubois"
    role: "Conseillère technique de service social, DSDEN"
---

## Déroulement

1. Entretien avec l'élève, sans questions suggestives.
2. Information des parents, sauf si elle met l'enfant en danger.
3. Rédaction : faits, paroles de l'enfant entre guillemets, observations datées.

Exemple de courriel d'information aux parents, envoyé depuis la messagerie académique :

```
À : parents.lucas.b@example.org
Objet : rendez-vous avec l'assistante sociale du collège
```

## Points de vigilance

- Ce n'est pas à l'école d'enquêter ni de confronter les parents aux propos de l'enfant.
"""),

("courriel-note-bas-page-voyageurs", "donnee-courriel", """---
id: acces-numerique-familles-voyageuses
titre: "L'accès aux démarches en ligne pour les familles voyageuses"
resume: "Sans adresse fixe et souvent sans ordinateur, les familles voyageuses ont besoin d'un
  accompagnement aux démarches dématérialisées : CAF, ANTS, Pôle emploi devenu France Travail."
type_fiche: pratique
publics: [gens_du_voyage, familles]
modes_intervention: [numerique, aller_vers]
auteurs:
  - nom: "Francis Loiseau"
    role: "Médiateur numérique itinérant"
sources:
  - titre: "Dématérialisation des services publics : trois ans après"
    auteur: "Défenseur des droits"
    annee: 2022
---

## Déroulement

- Permanence sur l'aire avec un ordinateur portable et une connexion mobile.
- Création d'adresses électroniques que les familles peuvent réellement consulter[^1].
- Coffre-fort numérique pour conserver les justificatifs.

[^1]: Pour une famille du terrain de l'Isle, l'adresse créée ce jour-là
(kenzo.lagrene.famille@example.com) est restée la seule utilisée par la CAF pendant deux ans.

## Points de vigilance

- Ne jamais garder les mots de passe des personnes.
"""),

("courriel-dialogue-prostitution", "donnee-courriel", """---
id: permanence-juridique-travailleuses-sexe
titre: "La permanence juridique pour les personnes en situation de prostitution"
resume: "Une juriste reçoit chaque semaine, sans rendez-vous, pour les questions de séjour, de
  logement, de fiscalité, de violences ou de garde d'enfants."
type_fiche: pratique
publics: [adultes, victimes, migrants]
cadre_juridique: ["Loi n° 2016-444 du 13 avril 2016", "Loi n° 91-647 du 10 juillet 1991"]
auteurs:
  - nom: "Maître Claire Aubry"
    role: "Juriste bénévole"
---

## Exemple

> — Vous pouvez m'écrire les papiers qu'il faut ?
> — Oui. Je vous envoie la liste à quelle adresse ?
> — bella.rose.lyon@example.net, c'est celle que j'utilise pour tout.

La juriste a proposé un rendez-vous en personne plutôt qu'un envoi, pour éviter qu'un tiers lise
la liste.

## Points de vigilance

- Depuis 2016, le client est pénalisé, pas la personne prostituée.
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-nir
# ---------------------------------------------------------------------------------------------
FLAG += [
("nir-mayotte-ouverture-droits", "donnee-nir", """---
id: ouverture-droits-cssm-mayotte
titre: "Ouvrir les droits à la sécurité sociale à Mayotte : un régime spécifique"
resume: "À Mayotte, la caisse de sécurité sociale applique des règles propres (pas d'AME, pas de
  complémentaire santé solidaire généralisée) : ce que le travailleur social doit savoir."
type_fiche: pratique
publics: [adultes, familles, precarite]
cadre_juridique: ["Ordonnance n° 96-1122 du 20 décembre 1996", "Ordonnance n° 2011-1923 du 22 décembre 2011"]
auteurs:
  - nom: "Saïd Abdallah"
    role: "Conseiller en économie sociale et familiale"
---

## Déroulement

- Vérifier la régularité du séjour, condition de l'affiliation.
- Constituer le dossier avec les actes d'état civil, souvent à reconstituer.
- Suivre la demande : délais de plusieurs mois.

Exemple de relance envoyée à la caisse : « Affiliation demandée en janvier, toujours en attente
pour l'assurée n° 2 87 02 97 611 123 45 ; merci de nous indiquer les pièces manquantes. »

## Points de vigilance

- Les dispensaires et le CHM soignent sans condition de droits ouverts en cas d'urgence.
"""),

("nir-mineur-pjj-tableau", "donnee-nir", """---
id: acces-aux-soins-mineurs-suivis-pjj
titre: "L'accès aux soins des mineurs suivis par la PJJ : carte Vitale, CSS, bilan de santé"
resume: "Beaucoup de jeunes suivis n'ont ni médecin traitant ni droits à jour ; l'éducateur vérifie
  les droits, propose un bilan de santé et accompagne vers les soins."
type_fiche: pratique
publics: [adolescents, justice]
cadre_juridique: ["CSS L160-1", "CSS L161-31"]
auteurs:
  - nom: "Nadège Poulain"
    role: "Infirmière, direction territoriale PJJ"
---

## Suivi des droits

| Jeune | Droits | Numéro | Action |
|---|---|---|---|
| jeune 1 | ouverts | (sur la carte) | rien |
| jeune 2 | rattaché à la mère | 1 09 06 75 118 042 17 | demander une carte Vitale propre |
| jeune 3 | non ouverts | — | dossier CSS |

## Points de vigilance

- À partir de 16 ans, un mineur peut demander sa propre carte Vitale.
- Le bilan de santé est proposé, jamais imposé.
"""),

("nir-compact-psychiatrie-sortie", "donnee-nir", """---
id: preparation-sortie-hospitalisation-psychiatrique
titre: "Préparer la sortie d'hospitalisation en psychiatrie : une check-list sociale"
resume: "Ressources, logement, droits, rendez-vous de suivi, traitement : ce que l'assistante
  sociale vérifie avec la personne avant sa sortie pour éviter la réhospitalisation rapide."
type_fiche: outil
publics: [adultes, sante_mentale]
auteurs:
  - nom: "Florence Giraudet"
    role: "Assistante sociale, centre hospitalier spécialisé"
---

## Check-list

- [x] Droits à l'assurance maladie et complémentaire : vérifiés via CDRi.
- [x] Ressources : AAH en cours de renouvellement, dossier MDPH à jour.
- [ ] Logement : appartement conservé, loyer à jour ?
- [ ] Rendez-vous CMP fixé dans les sept jours.
- [ ] Pharmacie prévenue pour le traitement.

Copie de la vérification CDRi collée dans le modèle : NIR 195037511804213, droits ouverts jusqu'en
décembre.

## Points de vigilance

- La sortie un vendredi soir est à éviter : aucun relais disponible le week-end.
"""),

("nir-tirets-prostitution-droits", "donnee-nir", """---
id: ouverture-droits-sante-parcours-sortie
titre: "Ouvrir les droits santé au début d'un parcours de sortie de la prostitution"
resume: "Affiliation à l'assurance maladie, complémentaire santé solidaire, médecin traitant : les
  premières démarches, souvent bloquées par l'absence de titre de séjour ou de pièces d'état civil."
type_fiche: pratique
publics: [adultes, victimes, migrants]
cadre_juridique: ["CSS L160-1", "CSS L861-1", "CESEDA L425-4"]
auteurs:
  - nom: "Justine Ollier"
    role: "Assistante sociale, association agréée"
---

## Déroulement

1. Dès l'APS délivrée, demande d'affiliation à la CPAM.
2. Complémentaire santé solidaire, gratuite sous conditions de ressources.
3. Choix d'un médecin traitant, si possible une femme, près du logement.

Dans le dossier pris en exemple pour la formation, l'immatriculation définitive a été obtenue en
trois mois (numéro attribué : 2-91-05-13-055-214-37).

## Points de vigilance

- Les délais de la CPAM sont longs : demander un rendez-vous avec le service social de la caisse.
"""),

("nir-elderly-apa-rural", "donnee-nir", """---
id: dossier-apa-domicile-rural
titre: "Constituer un dossier d'APA à domicile avec une personne âgée isolée"
resume: "L'allocation personnalisée d'autonomie finance un plan d'aide ; le dossier est simple
  mais intimidant. Accompagner la personne sans décider à sa place."
type_fiche: pratique
publics: [personnes_agees, aidants]
cadre_juridique: ["CASF L232-1", "CASF R232-23", "Loi n° 2015-1776 du 28 décembre 2015"]
auteurs:
  - nom: "Hervé Cantagrel"
    role: "Travailleur social, CCAS rural"
---

## Déroulement

- Remplir le formulaire avec la personne, à son domicile.
- Joindre l'avis d'imposition, un justificatif d'identité et un RIB.
- Évaluation à domicile par l'équipe médico-sociale du Département.

Formulaire rempli conservé comme exemple (page 1) :

| Rubrique | Valeur |
|---|---|
| Numéro de sécurité sociale | 1 55 11 12 202 008 61 |
| Situation | veuf, vit seul |
| Aidant | une voisine, quotidiennement |

## Points de vigilance

- La personne peut refuser le plan d'aide ; son refus est noté, pas discuté indéfiniment.
"""),

("nir-alt-image-carte-vitale", "donnee-nir", """---
id: atelier-carte-vitale-application
titre: "Atelier : installer l'application carte Vitale avec les personnes accueillies"
resume: "Un atelier collectif en accueil de jour pour activer l'appli carte Vitale, comprendre
  ses remboursements et retrouver ses attestations sans passer au guichet."
type_fiche: outil
publics: [adultes, precarite]
modes_intervention: [collectif, numerique]
auteurs:
  - nom: "Tristan Bellec"
    role: "Conseiller numérique, accueil de jour"
---

## Déroulement

1. Vérifier que chacun a un smartphone compatible et un accès à sa messagerie.
2. Activer l'application avec la pièce d'identité et la carte physique.
3. Faire une simulation de consultation chez le pharmacien.

![Capture d'écran de l'appli, avec le numéro d'une participante visible : 2 68 04 33 063 517 92](images/appli-vitale.png)

## Points de vigilance

- Masquer les écrans lors des démonstrations collectives.
"""),

("nir-reunion-demande-css", "donnee-nir", """---
id: complementaire-sante-solidaire-reunion
titre: "La complémentaire santé solidaire à La Réunion : lever le non-recours"
resume: "Beaucoup de familles éligibles ne la demandent pas ; des permanences communes CGSS-CCAS
  et un formulaire rempli ensemble font progresser l'accès aux soins."
type_fiche: pratique
publics: [familles, precarite, adultes]
cadre_juridique: ["CSS L861-1", "Loi n° 2018-1203 du 22 décembre 2018"]
auteurs:
  - nom: "Nathalie Rivière"
    role: "Conseillère service social, CGSS de La Réunion"
sources:
  - titre: "Le non-recours : définition et typologies"
    auteur: "Philippe Warin (Odenore)"
    annee: 2010
---

## Déroulement

- Simulation des droits en direct sur le site de l'assurance maladie.
- Formulaire S3711 rempli avec la personne, pièces photographiées.
- Appel de suivi à un mois.

Une demande exemplaire, déposée pour une mère de trois enfants de Saint-André (assurée
2 78 09 97 411 536 02), a été acceptée en douze jours.

## Points de vigilance

- La participation financière dépend des ressources : l'expliquer avant la demande.
"""),

("nir-nia-demandeur-asile", "donnee-nir", """---
id: affiliation-assurance-maladie-demandeurs-asile
titre: "L'affiliation à l'assurance maladie des demandeurs d'asile après le délai de carence"
resume: "Depuis 2020, les demandeurs d'asile majeurs attendent trois mois avant d'être affiliés à
  la PUMa ; repères pour les soins urgents pendant ce délai et pour l'affiliation ensuite."
type_fiche: pratique
publics: [migrants, adultes]
cadre_juridique: ["CSS L160-1", "Décret n° 2019-1531 du 30 décembre 2019", "CASF L254-1"]
auteurs:
  - nom: "Équipe sociale du CADA"
    role: "Rédaction collective"
---

## Déroulement

- Pendant les trois mois : soins urgents à l'hôpital (dispositif soins urgents et vitaux).
- À trois mois : demande d'affiliation avec l'attestation de demande d'asile.
- Attribution d'un numéro d'attente (NIA), puis du numéro définitif.

Exemple tiré d'une situation réelle : NIA 8 90 12 99 352 013 74, remplacé au bout de cinq mois.

## Points de vigilance

- Les mineurs sont affiliés sans délai de carence.
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-iban
# ---------------------------------------------------------------------------------------------
FLAG += [
("iban-budget-accompagnement-rural", "donnee-iban", """---
id: accompagnement-budgetaire-agriculteurs
titre: "L'accompagnement budgétaire des ménages agricoles en difficulté"
resume: "Les revenus agricoles sont irréguliers et mêlés à ceux de l'exploitation ; le budget
  familial se construit avec ces particularités, avec la MSA et le conseiller de gestion."
type_fiche: pratique
publics: [familles, adultes, precarite]
cadre_juridique: ["Code rural L351-1", "Code de la consommation L711-1"]
auteurs:
  - nom: "Danielle Cayrou"
    role: "Conseillère en économie sociale et familiale, MSA"
sources:
  - titre: "La disqualification sociale"
    auteur: "Serge Paugam"
    annee: 1991
---

## Déroulement

1. Séparer, même approximativement, le budget de l'exploitation et celui du foyer.
2. Lister les charges fixes du ménage, puis les dettes, professionnelles et personnelles.
3. Identifier les aides : RSA, prime d'activité, aide au répit, fonds d'action sanitaire et
   sociale de la MSA.

Le virement de l'aide exceptionnelle a été fait sur le compte du foyer (FR76 1027 8060 3100 0205
8410 172) pour ne pas être absorbé par le découvert de l'exploitation.

## Points de vigilance

- Le surendettement des agriculteurs relève en partie du tribunal judiciaire, pas seulement de
  la commission de la Banque de France.
"""),

("iban-compact-chrs-caution", "donnee-iban", """---
id: acces-logement-sortie-chrs
titre: "Préparer l'accès au logement à la sortie d'un CHRS"
resume: "Demande de logement social, FSL, garantie Visale, caution : les démarches pour qu'une
  personne hébergée entre dans un logement dès qu'une proposition arrive."
type_fiche: pratique
publics: [adultes, precarite, victimes]
cadre_juridique: ["CCH L441-1", "Loi n° 90-449 du 31 mai 1990"]
auteurs:
  - nom: "Karima Belaïd"
    role: "Conseillère en économie sociale et familiale, CHRS"
---

## Déroulement

- Demande de logement social à jour, avec le numéro unique renouvelé chaque année.
- Dossier FSL préparé à l'avance pour le dépôt de garantie et le premier mois.
- Demande Visale en ligne, gratuite.

Extrait du modèle de demande FSL, partie « versement » : coordonnées bancaires de la personne
hébergée FR7630004000031234567890143.

## Points de vigilance

- La priorité « sortie d'hébergement » est un critère du DALO ; l'utiliser si l'attente dure.
"""),

("iban-tableau-apa-mandataire", "donnee-iban", """---
id: mandataire-judiciaire-premier-mois
titre: "Le premier mois d'une mesure de curatelle renforcée : ce que fait le mandataire"
resume: "Inventaire, ouverture d'un compte de gestion, paiement des urgences, rencontre de la
  personne : les premiers pas d'un mandataire judiciaire à la protection des majeurs."
type_fiche: methode
publics: [adultes, personnes_agees, handicap]
cadre_juridique: ["Code civil art. 472", "Code civil art. 503", "CASF L471-1"]
auteurs:
  - nom: "Philippe Garrigou"
    role: "Mandataire judiciaire à la protection des majeurs"
sources:
  - titre: "La protection juridique des majeurs : recommandations"
    auteur: "Anesm"
    annee: 2012
---

## Déroulement

| Semaine | Action |
|---|---|
| 1 | rencontre de la personne, explication de la mesure |
| 2 | inventaire des biens, courrier aux banques |
| 3 | ouverture du compte de fonctionnement (FR14 2004 1010 0505 0001 3M02 606) |
| 4 | budget prévisionnel présenté à la personne |

## Points de vigilance

- La personne garde un compte à son nom ; on ne « prend » pas son argent.
"""),

("iban-reunion-yaml", "donnee-iban", """---
id: aide-financiere-urgence-reunion
titre: "Les aides financières d'urgence du Département de La Réunion"
resume: "Secours, aides au transport, aide alimentaire : comment une demande est instruite,
  versée en quelques jours, et comment l'articuler avec les aides des CCAS."
type_fiche: pratique
publics: [familles, precarite]
cadre_juridique: ["CASF L121-1", "Règlement départemental d'aide sociale de La Réunion"]
auteurs:
  - nom: "Josué Nativel"
    role: "Assistant de service social"
revoir_avant: 2027-09-30  # versement test effectué sur FR76 1990 6974 0012 3456 7890 112 (compte d'une bénéficiaire)
---

## Déroulement

- Évaluation de la situation, pièces justificatives réduites au strict nécessaire.
- Passage en commission hebdomadaire, ou décision immédiate du responsable en cas d'urgence.
- Versement par virement, ou par bon alimentaire pour les personnes sans compte.

## Points de vigilance

- Une aide d'urgence ne règle pas une situation : prévoir le rendez-vous suivant.
"""),

("iban-note-bas-page-dette-loyer", "donnee-iban", """---
id: prevention-expulsions-ccapex
titre: "Prévenir l'expulsion locative : agir dès le premier impayé"
resume: "Repérer tôt les impayés, saisir la CCAPEX, mobiliser le FSL et le maintien des aides au
  logement, accompagner à l'audience : la prévention se joue des mois avant le jugement."
type_fiche: methode
publics: [familles, adultes, precarite]
cadre_juridique: ["Loi n° 89-462 du 6 juillet 1989 (art. 24)", "CCH L351-14", "Loi n° 2023-668 du 27 juillet 2023"]
auteurs:
  - nom: "Arnaud Benoît"
    role: "Chargé de mission, CCAPEX"
sources:
  - titre: "Les métamorphoses de la question sociale"
    auteur: "Robert Castel"
    annee: 1995
---

## Déroulement

1. Premier impayé : appel du bailleur, rendez-vous avec le travailleur social.
2. Plan d'apurement, demande de FSL maintien[^1].
3. Commandement de payer : saisine de la CCAPEX, diagnostic social et financier.
4. Assignation : accompagnement à l'audience, demande de délais.

[^1]: Le plan d'apurement signé prévoit un prélèvement de 50 euros par mois sur le compte de la
locataire, FR76 1558 9297 3800 0412 3456 789.

## Points de vigilance

- La loi de 2023 a raccourci plusieurs délais : vérifier la procédure en vigueur.
"""),

("iban-dialogue-prostitution-afis", "donnee-iban", """---
id: aide-financiere-insertion-sociale
titre: "L'aide financière à l'insertion sociale et professionnelle (AFIS)"
resume: "L'AFIS est versée aux personnes engagées dans un parcours de sortie de la prostitution qui
  ne peuvent prétendre aux minima sociaux ; instruction, versement, renouvellement."
type_fiche: pratique
publics: [adultes, victimes]
cadre_juridique: ["CASF L121-9", "Décret n° 2016-1467 du 28 octobre 2016"]
auteurs:
  - nom: "Sophie Lanoux"
    role: "Travailleuse sociale, association agréée"
---

## Exemple

> — Pour l'AFIS, il me faut un relevé d'identité bancaire.
> — J'ai ouvert le compte la semaine dernière. Tenez, c'est écrit là : FR76 4255 9100 0008 0245
>   6789 012.
> — Parfait, je le joins au dossier pour l'ASP.

## Points de vigilance

- L'ouverture d'un compte est souvent le premier obstacle : droit au compte via la Banque de
  France.
- Le montant de l'AFIS est modeste : l'articuler avec un hébergement.
"""),

("iban-etranger-ressortissante-ue", "donnee-iban", """---
id: droits-sociaux-ressortissants-ue-sans-emploi
titre: "Les droits sociaux des ressortissants européens sans emploi en France"
resume: "Droit au séjour, assurance maladie, RSA : les règles pour les citoyens de l'Union
  dépendent de leur activité et de la durée de séjour. Repères pour l'accueil."
type_fiche: pratique
publics: [migrants, precarite, adultes]
cadre_juridique: ["CESEDA L233-1", "Directive 2004/38/CE du 29 avril 2004", "CASF L262-6"]
auteurs:
  - nom: "Bogdan Ionescu"
    role: "Médiateur, association d'accès aux droits"
---

## Déroulement

- Établir le statut : travailleur, ancien travailleur, inactif, étudiant, membre de famille.
- Vérifier les cinq ans de séjour régulier pour le droit au séjour permanent.
- Assurance maladie : carte européenne ou affiliation selon la situation.

Dans l'exemple étudié en réunion, la personne percevait encore une allocation de son pays sur son
compte BE68 5390 0754 7034, ce qui a compliqué le calcul du RSA.

## Points de vigilance

- Les refus de guichet sont fréquents : demander une décision écrite.
"""),

("iban-alt-image-rib-ehpad", "donnee-iban", """---
id: aide-sociale-hebergement-ehpad
titre: "Demander l'aide sociale à l'hébergement en EHPAD"
resume: "Quand les ressources d'un résident ne couvrent pas le tarif hébergement, l'aide sociale du
  Département peut compléter, après sollicitation des obligés alimentaires sauf exceptions."
type_fiche: pratique
publics: [personnes_agees, aidants, familles]
cadre_juridique: ["CASF L132-6", "CASF L231-4", "Code civil art. 205"]
auteurs:
  - nom: "Marie-Hélène Roques"
    role: "Assistante sociale, EHPAD public"
---

## Déroulement

1. Dossier déposé au CCAS de la commune de résidence, transmis au Département.
2. Enquête sur les obligés alimentaires (enfants, gendres et belles-filles).
3. Décision du président du Département, reversement de 90 % des ressources du résident.

![RIB du résident de la chambre 21, joint au dossier : FR76 1660 7000 1208 1234 5678 944](images/rib-exemple.jpg)

## Points de vigilance

- Les petits-enfants ne sont plus tenus à l'obligation alimentaire dans ce cadre.
"""),
]
# ---------------------------------------------------------------------------------------------
# FLAG — donnee-dossier
# ---------------------------------------------------------------------------------------------
FLAG += [
("dossier-numero-allocataire-caf", "donnee-dossier", """---
id: rupture-droits-caf-accompagnement
titre: "Accompagner une famille dont les prestations CAF sont suspendues"
resume: "Suspension pour contrôle, indu, changement de situation mal déclaré : comment comprendre la
  décision, obtenir le maintien du reste à vivre et contester si besoin."
type_fiche: pratique
publics: [familles, precarite]
cadre_juridique: ["CSS L553-2", "CSS L142-4", "Code des relations entre le public et l'administration L211-2"]
auteurs:
  - nom: "Estelle Bourdon"
    role: "Assistante sociale de secteur"
sources:
  - titre: "Contrôler les assistés : genèses et usages d'un mot d'ordre"
    auteur: "Vincent Dubois"
    annee: 2021
---

## Déroulement

1. Lire la notification avec la famille : motif, montant, voies de recours.
2. Contacter le service partenaires de la CAF, pas la plateforme grand public.
3. Recours amiable préalable dans les deux mois.

Dans la situation qui a donné lieu à cette fiche (allocataire n° 2345678 F, CAF du Nord), la
suspension a été levée en trois semaines après l'envoi des bulletins de salaire manquants.

## Points de vigilance

- La retenue sur prestations est plafonnée : vérifier le reste à vivre.
"""),

("dossier-jugement-assistance-educative", "donnee-dossier", """---
id: audience-juge-des-enfants-preparer-famille
titre: "Préparer une famille à l'audience devant le juge des enfants"
resume: "Expliquer le déroulement, les droits (avocat, accès au dossier), ce que le rapport dit ;
  proposer de venir ensemble, sans se substituer à l'avocat."
type_fiche: pratique
publics: [familles, enfance, adolescents]
cadre_juridique: ["Code de procédure civile 1186", "Code de procédure civile 1187", "Code civil art. 375-1"]
auteurs:
  - nom: "Mathilde Garnier"
    role: "Éducatrice, service d'AEMO"
---

## Déroulement

- Lire le rapport avec les parents avant l'audience, s'ils le souhaitent.
- Rappeler qu'ils peuvent consulter le dossier au greffe et se faire assister d'un avocat.
- Préparer ce que chacun veut dire au juge, y compris l'enfant s'il est entendu.

Exemple : pour le renouvellement de la mesure (jugement en assistance éducative n° 24/00317,
tribunal pour enfants de Bobigny), les parents ont demandé à être reçus séparément.

## Points de vigilance

- L'éducateur n'est pas l'avocat de la famille ; il reste transparent sur ses propositions.
"""),

("dossier-numero-parquet-pjj", "donnee-dossier", """---
id: mesure-educative-judiciaire-provisoire-debut
titre: "Les premières semaines d'une mesure éducative judiciaire provisoire"
resume: "Depuis le code de la justice pénale des mineurs (2021), le jugement se fait en deux
  temps ; la période de mise à l'épreuve éducative est le cœur du travail de l'UEMO."
type_fiche: methode
publics: [adolescents, justice, familles]
cadre_juridique: ["CJPM L521-9", "CJPM L112-2", "Ordonnance n° 2019-950 du 11 septembre 2019"]
auteurs:
  - nom: "Olivier Mathieu"
    role: "Éducateur PJJ, UEMO"
sources:
  - titre: "Les jeunes délinquants, un problème social"
    auteur: "Laurent Mucchielli"
    annee: 2001
---

## Déroulement

- Premier entretien dans les cinq jours avec le jeune et ses parents.
- Recueil de renseignements socio-éducatifs, scolarité, santé.
- Objectifs de la mise à l'épreuve, fixés avec le jeune.

Tableau de bord de l'unité (extrait) : affaire n° de parquet 23145000871, audience sur la
sanction prévue dans neuf mois, rapport intermédiaire à rendre à six mois.

## Points de vigilance

- La période de mise à l'épreuve dure de six à neuf mois : elle passe vite.
"""),

("dossier-mdph-reunion", "donnee-dossier", """---
id: dossier-mdph-enfant-reunion
titre: "Constituer un premier dossier MDPH pour un enfant : accompagner les parents"
resume: "Le premier dossier est souvent vécu comme l'annonce du handicap ; le travailleur social aide
  à remplir le projet de vie, à réunir les certificats et à comprendre les réponses possibles."
type_fiche: pratique
publics: [enfance, handicap, familles]
cadre_juridique: ["CASF L146-8", "CASF L241-6", "Loi n° 2005-102 du 11 février 2005"]
auteurs:
  - nom: "Isabelle Lauret"
    role: "Assistante sociale, CAMSP de Saint-Paul"
---

## Déroulement

1. Rencontre avec les parents : ce qu'ils attendent (AEEH, AESH, orientation, transport).
2. Rédaction des attentes avec leurs mots, pas ceux des professionnels.
3. Certificat médical de moins d'un an, bilans joints.

Suivi dans le tableau du CAMSP : dossier MDPH n° 974-2024-018352, déposé en mars, notification
reçue en octobre.

## Points de vigilance

- Les délais de la MDPH sont longs ; anticiper les renouvellements de six mois.
"""),

("dossier-numero-ecrou-epm", "donnee-dossier", """---
id: visite-famille-epm
titre: "Soutenir les visites des familles au parloir de l'établissement pénitentiaire pour mineurs"
resume: "Permis de visite, trajet, préparation du parloir, reprise après : le lien familial pendant
  l'incarcération d'un adolescent se travaille avec les parents."
type_fiche: pratique
publics: [familles, adolescents, justice]
cadre_juridique: ["Code pénitentiaire L341-1", "CJPM L124-1"]
auteurs:
  - nom: "Lucie Marchal"
    role: "Éducatrice PJJ en EPM"
---

## Déroulement

- Demande de permis de visite au magistrat, avec l'aide de l'éducateur.
- Information sur le trajet, les horaires, les objets autorisés.
- Entretien avec les parents après le premier parloir.

Aide-mémoire pour la réservation : indiquer le nom du jeune et son numéro d'écrou (ici 21458) au
service des parloirs.

## Points de vigilance

- Certaines familles ne peuvent pas financer le trajet : aides de la CAF ou associations.
"""),

("dossier-siao-hebergement", "donnee-dossier", """---
id: demande-siao-femmes-victimes
titre: "La demande SIAO pour une femme victime de violences et ses enfants"
resume: "Comment renseigner la demande d'hébergement dans le SI-SIAO pour qu'elle soit orientée vers
  une place spécialisée, et comment suivre la demande."
type_fiche: pratique
publics: [victimes, familles]
cadre_juridique: ["CASF L345-2", "CASF L345-2-4"]
auteurs:
  - nom: "Géraldine Petit"
    role: "Intervenante sociale, accueil de jour"
---

## Déroulement

- Cocher la vulnérabilité « violences conjugales » : elle ouvre l'accès aux places dédiées.
- Décrire la composition familiale et l'âge des enfants.
- Préciser les communes à éviter pour des raisons de sécurité.

Dans la situation d'origine, la demande n° 2025-11873 a été orientée en quatre jours vers un
hébergement spécialisé du département voisin.

## Points de vigilance

- Renouveler la demande selon le rythme fixé par le SIAO, sinon elle est close.
"""),

("dossier-agdref-titre-sejour", "donnee-dossier", """---
id: renouvellement-titre-sejour-accompagnement
titre: "Anticiper le renouvellement d'un titre de séjour pour ne pas perdre ses droits"
resume: "Une rupture de titre entraîne la suspension des prestations et parfois la perte de
  l'emploi : repères pour anticiper la demande, via l'administration numérique pour les étrangers."
type_fiche: pratique
publics: [migrants, adultes, familles]
cadre_juridique: ["CESEDA L433-1", "CESEDA R431-5"]
auteurs:
  - nom: "Mehdi Rahmani"
    role: "Juriste, point d'accès au droit"
---

## Déroulement

- Déposer la demande dans les deux à quatre mois avant l'expiration.
- Conserver l'attestation de dépôt, qui maintient les droits.
- Suivre la demande sur la plateforme et relancer.

Capture du suivi de la plateforme, conservée pour la formation : numéro étranger AGDREF
9701234567, demande « en cours d'instruction » depuis quatre mois.

## Points de vigilance

- En cas de panne de la plateforme, garder des captures d'écran datées.
"""),

("dossier-ofpra-cada", "donnee-dossier", """---
id: preparer-entretien-ofpra
titre: "Préparer l'entretien à l'OFPRA sans écrire le récit à la place de la personne"
resume: "Le CADA aide le demandeur à comprendre l'entretien, à ordonner ses souvenirs et à
  préparer les documents, en respectant que le récit lui appartient."
type_fiche: methode
publics: [migrants, adultes]
cadre_juridique: ["CESEDA L531-12", "CESEDA L531-15"]
auteurs:
  - nom: "Claire Vasseur"
    role: "Intervenante sociale, CADA"
sources:
  - titre: "Le gouvernement des indésirables"
    auteur: "Michel Agier"
    annee: 2008
---

## Déroulement

1. Expliquer qui est l'officier de protection, l'interprète, le tiers possible.
2. Travailler la chronologie, sans dicter.
3. Rassembler les documents et les faire traduire.

## Ressources

- Guide des procédures de l'OFPRA, disponible en ligne.
- Convocation reçue pour le dossier OFPRA n° 2401-12345, à joindre au classeur d'exemples.

## Points de vigilance

- Un récit trop lisse, appris, dessert la personne.
"""),

("dossier-ipp-hopital-psychiatrie", "donnee-dossier", """---
id: programme-soins-ambulatoires
titre: "Le programme de soins : travailler la contrainte hors de l'hôpital"
resume: "Les soins sans consentement peuvent se poursuivre en ambulatoire sous forme de programme
  de soins ; l'équipe veille à en faire un outil de négociation, pas seulement de contrôle."
type_fiche: pratique
publics: [adultes, sante_mentale]
cadre_juridique: ["CSP L3211-2-1", "CSP R3211-1"]
auteurs:
  - nom: "Dr Jérôme Fabre"
    role: "Psychiatre de secteur"
sources:
  - titre: "Asiles"
    auteur: "Erving Goffman"
    annee: 1961
---

## Déroulement

- Rédaction du programme avec le patient : lieux, fréquence, traitement.
- Révision à chaque changement de l'état clinique.
- Levée dès que la contrainte n'est plus justifiée.

Exemple de programme affiché en réunion : patient IPP 004512378, CMP deux fois par mois, injection
mensuelle au centre de soins.

## Points de vigilance

- Le programme de soins ne peut pas imposer de soins par la force en ambulatoire.
"""),

("dossier-numero-unique-logement-social", "donnee-dossier", """---
id: demande-logement-social-voyageurs-sedentarises
titre: "La demande de logement social pour une famille voyageuse qui veut se sédentariser"
resume: "Le logement ordinaire ne convient pas toujours ; quand la famille le choisit, on l'aide
  à formuler ses besoins (plain-pied, stationnement de la caravane) et à suivre la demande."
type_fiche: pratique
publics: [gens_du_voyage, familles]
cadre_juridique: ["CCH L441-2-1", "CCH R441-2-3"]
auteurs:
  - nom: "Jacqueline Bordes"
    role: "Assistante sociale, association départementale"
---

## Déroulement

- Enregistrement de la demande, avec les besoins précis en commentaire.
- Renouvellement annuel.
- Si l'attente dépasse le délai anormalement long du département, recours DALO.

La demande de la famille suivie depuis 2023 (numéro unique 024122301234567A) comporte une mention
« logement de plain-pied avec emplacement pour une caravane ».

## Points de vigilance

- Les logements adaptés aux voyageurs relèvent souvent de programmes spécifiques du schéma.
"""),
]
# =============================================================================================
# CLEAN — fiches entières correctement écrites
# =============================================================================================
CLEAN += [
("clean-pmi-consultation-prenatale-statistiques", """---
id: consultations-prenatales-pmi
titre: "Les consultations prénatales de PMI pour les femmes éloignées du soin"
resume: "Consultations de sage-femme en centre de PMI pour les femmes sans suivi, sans droits ou
  en grande précarité, avec un lien vers la maternité et le service social."
type_fiche: pratique
publics: [familles, petite_enfance, precarite]
auteurs:
  - nom: "Hélène Castagnet"
    role: "Sage-femme de PMI"
relectures:
  - nom: "Sandrine Vidal"
    role: "Cadre sage-femme, maternité de niveau 3"
    date: 2026-10-02
    avis: favorable
cadre_juridique: ["CSP L2112-2", "CSP L2122-1", "Loi n° 89-899 du 18 décembre 1989"]
sources:
  - titre: "Enquête nationale périnatale 2021"
    auteur: "Inserm, DREES, Santé publique France"
    annee: 2022
  - titre: "Les 1000 premiers jours : là où tout commence"
    auteur: "Commission présidée par Boris Cyrulnik"
    annee: 2020
---

## Contexte

Selon l'Enquête nationale périnatale de 2021, une petite minorité de femmes déclarent leur
grossesse tardivement ou ont moins de consultations que recommandé ; ce sont souvent les plus
précaires. La PMI peut les recevoir sans condition de droits ouverts.

## Exemple

Mme X, 24 ans, enceinte de cinq mois, arrive adressée par une association d'aide alimentaire.
Elle n'a jamais vu de sage-femme. La première consultation dure une heure : examen, échographie
prescrite, droits à l'assurance maladie lancés avec l'assistante sociale le jour même.

## Ressources

- Violences femmes info : 3919 ; Allô enfance en danger : 119.
"""),

("clean-creche-motricite-libre-pikler", """---
id: motricite-libre-creche
titre: "La motricité libre en crèche, d'après Emmi Pikler"
resume: "Laisser le bébé découvrir seul les positions qu'il peut prendre, sans le mettre assis ni
  debout avant qu'il y parvienne : une pratique issue de l'institut Pikler-Loczy de Budapest."
type_fiche: pratique
publics: [petite_enfance]
secteurs: [petite_enfance]
niveau_preuve: documentee
auteurs:
  - nom: "Marianne Leclerc"
    role: "Éducatrice de jeunes enfants, crèche « Les Capucines »"
  - nom: "Rose Tardieu"
    role: "Auxiliaire de puériculture"
sources:
  - titre: "Se mouvoir en liberté dès le premier âge"
    auteur: "Emmi Pikler"
    annee: 1969
  - titre: "Loczy ou le maternage insolite"
    auteur: "Myriam David, Geneviève Appell"
    annee: 1973
---

## Contexte

Pédiatre hongroise, Emmi Pikler (1902-1984) dirige à partir de 1946 la pouponnière de la rue
Lóczy, à Budapest. Elle y montre que des bébés laissés libres de leurs mouvements, sur un sol
ferme, acquièrent les postures à leur rythme, avec plus d'assurance et moins de chutes.

## Déroulement

- Un tapis ferme, pas de transat ni de trotteur, des vêtements qui ne gênent pas.
- Des objets simples à portée de main : foulards, gobelets, balles en tissu.
- L'adulte observe, commente, rassure ; il n'installe pas l'enfant dans une position qu'il ne
  sait pas encore prendre seul.

## Points de vigilance

- Expliquer la démarche aux parents, pour qui asseoir le bébé est un geste d'amour.
- Un enfant de 9 mois qui ne s'assoit pas encore seul n'est pas en retard pour autant.
"""),

("clean-service-social-scolaire-circulaire-etablissements", """---
id: missions-service-social-eleves
titre: "Les missions du service social en faveur des élèves : ce que l'assistante sociale fait et ne fait pas"
resume: "Une présentation à destination des équipes de collège et de lycée : écoute des élèves,
  protection de l'enfance, lutte contre le décrochage, aides financières, conseil technique."
type_fiche: pratique
publics: [adolescents, enfance, familles]
niveau_preuve: obligation_legale
cadre_juridique: ["Circulaire n° 2017-055 du 22 mars 2017", "Code de l'éducation L542-1", "CASF L226-2-1"]
preuve:
  appui: "Circulaire n° 2017-055 du 22 mars 2017 : missions des assistants de service social de l'éducation nationale"
auteurs:
  - nom: "Françoise Dumoulin"
    role: "Conseillère technique de service social auprès du recteur"
relectures:
  - nom: "Dr Henri Boyer"
    role: "Médecin de l'éducation nationale"
    date: 2026-09-15
    avis: favorable_avec_reserves
---

## Contexte

Le service social intervient dans les collèges et les lycées publics ; au collège Jean-Moulin
comme au lycée Victor-Hugo, il est souvent partagé entre plusieurs établissements. Les écoles
primaires n'ont en général pas d'assistante sociale de l'éducation nationale.

## Ce que l'assistante sociale fait

- Elle reçoit les élèves qui le demandent, sans rendez-vous et sans l'accord des parents.
- Elle conseille le chef d'établissement sur les situations individuelles et collectives.
- Elle évalue les situations de danger et transmet les informations préoccupantes à la CRIP.

## Ce qu'elle ne fait pas

- Elle ne sanctionne pas, n'enquête pas, ne rend pas compte du contenu des entretiens.

## Ressources

- 3018 (cyberharcèlement et harcèlement), 119 (enfance en danger), Fil Santé Jeunes 0 800 235 236.
"""),

("clean-pjj-rrse-cas-fictif-annonce", """---
id: recueil-renseignements-socio-educatifs
titre: "Le recueil de renseignements socio-éducatifs (RRSE) en permanence éducative auprès du tribunal"
resume: "Un écrit bref, rédigé en quelques heures lors d'un déferrement, pour éclairer le magistrat
  sur la situation d'un mineur avant toute décision : famille, scolarité, santé, suivis en cours."
type_fiche: methode
publics: [adolescents, justice]
secteurs: [justice]
auteurs:
  - nom: "Mourad Benali"
    role: "Éducateur PJJ, service éducatif auprès du tribunal"
  - nom: "Claire Lemonnier"
    role: "Formatrice, École nationale de protection judiciaire de la jeunesse"
cadre_juridique: ["CJPM L322-3", "Ordonnance n° 2019-950 du 11 septembre 2019"]
---

## Déroulement

1. Entretien avec le mineur, puis avec ses parents présents ou joints par téléphone.
2. Vérification des suivis en cours (ASE, PJJ, soins) auprès des services.
3. Rédaction de deux pages, relues avec le mineur quand c'est possible.

## Exemple (cas fictif construit pour la formation)

*Kylian Morel, 15 ans, personnage inventé pour cet exercice*, est déféré un vendredi soir. Ses
parents sont joignables, il est scolarisé en 3e, un suivi au CMP a été interrompu l'an dernier.
Les stagiaires rédigent le RRSE en une heure, puis comparent leurs écrits.

## Points de vigilance

- Le RRSE n'est pas une investigation : il dit ce qui est connu, et ce qui ne l'est pas.
"""),

("clean-psychiatrie-clsm-psycom-histoire", """---
id: conseil-local-sante-mentale-demarrer
titre: "Lancer un conseil local de santé mentale dans une petite ville"
resume: "Le CLSM réunit élus, psychiatrie de secteur, usagers, aidants et acteurs sociaux pour
  agir ensemble sur la santé mentale d'un territoire : premières étapes et pièges à éviter."
type_fiche: methode
publics: [adultes, sante_mentale]
secteurs: [sanitaire, social]
niveau: macro
auteurs:
  - nom: "Jean-Pierre Delmas"
    role: "Coordinateur de CLSM"
sources:
  - titre: "La psychiatrie de secteur : une politique de santé mentale"
    auteur: "Lucien Bonnafé"
    annee: 1991
  - titre: "Guide de création d'un CLSM"
    auteur: "Centre national de ressources et d'appui aux CLSM"
    annee: 2022
    url: "https://ressources-clsm.org/"
cadre_juridique: ["CSP L3221-2", "Loi n° 2016-41 du 26 janvier 2016 (art. 69)"]
---

## Contexte

La psychiatrie de secteur est née de l'après-guerre : à Saint-Alban, François Tosquelles et
Lucien Bonnafé ouvrent l'hôpital sur la ville ; la circulaire du 15 mars 1960 organise le secteur.
Le CLSM prolonge cette idée en faisant de la santé mentale l'affaire de toute la cité.

## Ressources

- Psycom, organisme public d'information sur la santé mentale, 11 rue Cabanis, 75014 Paris.
- 3114, numéro national de prévention du suicide, 24 heures sur 24.
- UNAFAM, service Écoute-famille (numéro sur le site de l'association).

## Points de vigilance

- Un CLSM sans usagers ni aidants autour de la table n'en est pas un.
"""),

("clean-soins-palliatifs-sedation-loi", """---
id: sedation-profonde-continue-procedure
titre: "La sédation profonde et continue jusqu'au décès : la procédure collégiale pas à pas"
resume: "Depuis la loi Claeys-Leonetti du 2 février 2016, le patient peut demander une sédation
  profonde et continue dans des cas définis ; la décision suit une procédure collégiale tracée."
publics: [adultes, personnes_agees, aidants]
niveau_preuve: obligation_legale
cadre_juridique: ["CSP L1110-5-2", "CSP R4127-37-3", "Loi n° 2016-87 du 2 février 2016", "Décret n° 2016-1066 du 3 août 2016"]
preuve:
  appui: "CSP L1110-5-2 : droit à une sédation profonde et continue dans les cas prévus, procédure collégiale"
auteurs:
  - nom: "Dr Caroline Benoît"
    role: "Médecin de soins palliatifs, EMSP"
relectures:
  - nom: "Dr Paul Mercadier"
    role: "Médecin, unité de soins palliatifs"
    date: 2026-11-04
    avis: favorable
sources:
  - titre: "Comment mettre en œuvre une sédation profonde et continue maintenue jusqu'au décès ?"
    auteur: "Haute Autorité de santé"
    annee: 2018
---

## Contexte

La loi porte le nom de ses deux rapporteurs, Alain Claeys et Jean Leonetti ; elle complète la
loi du 22 avril 2005. En 1967, Cicely Saunders ouvrait à Londres le St Christopher's Hospice,
berceau des soins palliatifs modernes.

## Déroulement

1. Demande du patient, ou situation d'un patient hors d'état d'exprimer sa volonté.
2. Réunion collégiale : équipe soignante et avis motivé d'au moins un médecin consultant.
3. Décision motivée inscrite au dossier ; information de la personne de confiance.
4. Mise en œuvre selon les recommandations de la HAS (2018), réévaluation régulière.

## Points de vigilance

- La sédation n'est pas une euthanasie : son intention est de soulager, non de faire mourir.
"""),

("clean-reunion-maloya-animation-noms-celebres", """---
id: atelier-maloya-centre-social-reunion
titre: "L'atelier maloya au centre social : transmettre et se rencontrer"
resume: "Un atelier hebdomadaire de chant et de percussions maloya, ouvert aux habitants de tous
  âges, qui valorise une culture longtemps réprimée et crée du lien entre générations."
type_fiche: retour_experience
publics: [familles, adolescents, personnes_agees]
modes_intervention: [collectif, communautaire]
auteurs:
  - nom: "Dominique Lauret"
    role: "Animateur socioculturel, centre social de Saint-Paul"
sources:
  - titre: "Le maloya, inscrit au patrimoine culturel immatériel de l'humanité"
    auteur: "UNESCO"
    annee: 2009
    url: "https://ich.unesco.org/fr/RL/le-maloya-00249"
---

## Contexte

Né des chants des esclaves et des engagés, le maloya a été longtemps mal vu, parfois interdit de
fait dans l'espace public jusqu'aux années 1970. Des artistes comme Firmin Viry, Granmoun Lélé ou
Danyèl Waro l'ont fait revivre ; il est inscrit par l'UNESCO en 2009.

## Déroulement

- Chaque mercredi soir, dans la cour du centre social, rue Maréchal-Leclerc.
- Un « kabar » ouvert au quartier chaque 20 décembre, jour de la fête de l'abolition de 1848.
- Les anciens racontent les contes de Grand-mère Kalle et de Ti Jean avant de chanter.

## Points de vigilance

- Le maloya a une dimension spirituelle (service kabaré) : respecter ce que les familles ne
  souhaitent pas montrer.
"""),

("clean-mayotte-cadis-statistiques", """---
id: mediation-cadis-mayotte
titre: "S'appuyer sur les cadis et les associations de quartier à Mayotte"
resume: "Les cadis et les associations villageoises ont une autorité morale réelle ; les associer
  à la médiation familiale et à la prévention permet de toucher des familles éloignées des services."
type_fiche: pratique
publics: [familles, adolescents]
modes_intervention: [communautaire, reseau]
auteurs:
  - nom: "Anrifa Madi"
    role: "Médiatrice familiale, association mahoraise"
  - nom: "Bruno Lefort"
    role: "Chef de service, prévention spécialisée"
sources:
  - titre: "Insee Analyses Mayotte n° 29 : 77 % de la population vit sous le seuil de pauvreté national"
    auteur: "Insee"
    annee: 2020
  - titre: "Mayotte, département comorien ?"
    auteur: "Sophie Blanchy"
    annee: 2019
---

## Contexte

En 2018, selon l'Insee, 77 % des habitants de Mayotte vivaient sous le seuil de pauvreté national.
Depuis la départementalisation de 2011, le rôle juridique des cadis a été supprimé, mais leur
autorité morale demeure dans les familles et les villages.

## Déroulement

- Présentation du service au cadi et au conseil des anciens du village.
- Réunions de quartier à la mosquée ou au foyer, en shimaoré.
- Orientation vers la médiation familiale pour les conflits entre parents séparés.

## Points de vigilance

- Le cadi n'est pas un juge : il ne remplace ni le JAF ni l'ASE.
- La mémoire des « chatouilleuses » comme Zéna M'Déré rappelle le rôle des femmes dans l'histoire
  de l'île : ne pas s'adresser qu'aux hommes.
"""),

("clean-guyane-hopital-noms-propres-lieux", """---
id: permanence-acces-soins-sante-cayenne
titre: "La permanence d'accès aux soins de santé à l'hôpital de Cayenne"
resume: "La PASS accueille les personnes sans couverture maladie ou en difficulté d'accès aux soins,
  leur offre consultations et médicaments et les accompagne vers l'ouverture de leurs droits."
type_fiche: pratique
publics: [adultes, migrants, precarite]
secteurs: [sanitaire, social]
niveau_preuve: obligation_legale
cadre_juridique: ["CSP L6112-6", "Loi n° 98-657 du 29 juillet 1998"]
preuve:
  appui: "CSP L6112-6 : les établissements de santé mettent en place des PASS"
auteurs:
  - nom: "Nadia Joseph"
    role: "Assistante sociale, PASS"
  - nom: "Dr Félix Mathurin"
    role: "Médecin généraliste, PASS"
---

## Contexte

La PASS du centre hospitalier de Cayenne (hôpital Andrée-Rosemon, du nom d'une figure de la santé
en Guyane) reçoit une population très diverse : Guyanais sans droits à jour, personnes venues du
Brésil, du Suriname, d'Haïti. L'Agence régionale de santé de Guyane, 66 avenue des Flamboyants à
Cayenne, finance le dispositif.

## Déroulement

- Accueil infirmier et social le même jour, consultation médicale.
- Délivrance de médicaments par la pharmacie hospitalière.
- Ouverture des droits (PUMa, AME) et orientation vers un médecin de ville.

## Ressources

- Comede, guide « Migrants/étrangers en situation précaire » (édition annuelle).
- La place Léopold-Héder et la statue de Félix Éboué, points de repère donnés aux personnes.
"""),

("clean-antilles-vigilans-cesaire", """---
id: recontact-apres-tentative-suicide-guadeloupe
titre: "Le recontact après une tentative de suicide : le dispositif VigilanS en Guadeloupe"
resume: "Après un passage aux urgences pour tentative de suicide, la personne reçoit une carte
  avec un numéro, des appels et des cartes postales pendant six mois : une veille qui réduit les
  récidives."
publics: [adultes, adolescents, sante_mentale]
niveau_preuve: evaluee
preuve:
  appui: "Vaiva et coll., BMJ, 2006 : le recontact téléphonique réduit les réitérations suicidaires"
  effet: positif
auteurs:
  - nom: "Dr Sylviane Éloidin"
    role: "Psychiatre, CHU de la Guadeloupe"
  - nom: "Régis Bourgeois"
    role: "Infirmier vigilanceur"
sources:
  - titre: "Cahier d'un retour au pays natal"
    auteur: "Aimé Césaire"
    annee: 1939
  - titre: "Effect of telephone contact on further suicide attempts in patients discharged from an emergency department"
    auteur: "Guillaume Vaiva et coll."
    annee: 2006
---

## Déroulement

1. Remise d'une carte ressource à la sortie des urgences, avec le numéro de la cellule.
2. Appel entre le 10e et le 21e jour, puis selon l'évaluation.
3. Cartes postales personnalisées pendant six mois si la personne n'est pas joignable.

## Ressources

- 3114, numéro national de prévention du suicide.
- SOS Amitié, écoute anonyme jour et nuit (numéro national sur sos-amitie.com).

## Paroles de praticiens

« Beaucoup nous disent qu'ils ont gardé la carte postale sur le frigo. Ils ne nous ont jamais
rappelés, mais ils savaient que quelqu'un pensait à eux. » — un infirmier vigilanceur
"""),
]
CLEAN += [
("clean-voyageurs-histoire-internement-celebrites", """---
id: memoire-internement-nomades-travail-social
titre: "Connaître l'histoire des voyageurs pour comprendre leur méfiance envers les institutions"
resume: "Carnet anthropométrique de 1912, internement de 1940 à 1946, livret de circulation
  jusqu'en 2017 : une histoire que les professionnels doivent connaître avant d'accompagner."
publics: [gens_du_voyage, familles]
secteurs: [social]
niveau_preuve: documentee
auteurs:
  - nom: "Mireille Gauthier"
    role: "Formatrice en travail social, historienne de formation"
relectures:
  - nom: "Patrick Lévêque"
    role: "Directeur d'une association départementale de gens du voyage"
    date: 2026-06-18
    avis: favorable
sources:
  - titre: "Les Tsiganes en France : un sort à part, 1939-1946"
    auteur: "Emmanuel Filhol, Marie-Christine Hubert"
    annee: 2009
cadre_juridique: ["Loi du 16 juillet 1912", "Loi n° 69-3 du 3 janvier 1969", "Loi n° 2017-86 du 27 janvier 2017"]
---

## Contexte

La loi du 16 juillet 1912 impose aux « nomades » un carnet anthropométrique, contrôlé à chaque
arrivée dans une commune. De 1940 à 1946, des milliers de personnes sont internées dans des camps
français, comme celui de Montreuil-Bellay ; la libération n'arrive pour certaines qu'en 1946. La
loi du 3 janvier 1969 remplace le carnet par des livrets et titres de circulation, supprimés en
2017 seulement. En 2016, le président de la République a reconnu la responsabilité de la France.

## Déroulement

- Présenter cette histoire en formation, avec des lectures (Matéo Maximoff) et de la musique
  (Django Reinhardt, Tchavolo Schmitt).
- Écouter ce que les familles transmettent de cette mémoire, sans la réduire à un traumatisme.

## Ressources

- FNASAT-Gens du voyage, 59 rue de l'Ourcq, 75019 Paris.
"""),

("clean-prostitution-associations-sante-communautaire", """---
id: sante-communautaire-travail-du-sexe
titre: "La santé communautaire avec et par les personnes qui exercent le travail du sexe"
resume: "Des associations emploient des personnes concernées comme animatrices de prévention ;
  cette approche communautaire améliore l'accès au dépistage et aux droits."
type_fiche: pratique
publics: [adultes, precarite, migrants]
niveau_preuve: documentee
auteurs:
  - nom: "Émilie Garnier"
    role: "Coordinatrice, association de santé communautaire"
  - nom: "Ana Souza"
    role: "Animatrice de prévention paire"
sources:
  - titre: "Que pensent les travailleu·r·se·s du sexe de la loi prostitution ?"
    auteur: "Hélène Le Bail, Calogero Giametta"
    annee: 2018
  - titre: "Stigmate : les usages sociaux des handicaps"
    auteur: "Erving Goffman"
    annee: 1963
---

## Contexte

Depuis les années 1990, des associations comme Cabiria à Lyon, Autres Regards à Marseille ou le
Lotus Bus de Médecins du Monde à Paris vont vers les personnes, avec des équipes qui comptent des
pairs. Le débat sur la loi du 13 avril 2016 traverse le secteur ; la fiche ne le tranche pas.

## Déroulement

- Tournées en binôme professionnel et pair, dans la langue des personnes.
- Dépistages rapides, matériel de prévention, accompagnement aux soins.
- Permanences juridiques et sociales, sans condition.

## Ressources

- Sida Info Service : 0 800 840 800, gratuit et anonyme.
- CeGIDD de chaque département, dépistage gratuit.
"""),

("clean-violences-conjugales-statistiques-fnsf", """---
id: mise-a-l-abri-urgence-violences
titre: "La mise à l'abri en urgence d'une femme victime de violences et de ses enfants"
resume: "Quand une femme doit quitter le domicile dans la nuit, le 115, les places dédiées, l'hôtel
  et l'éviction du conjoint sont les options ; repères pour les professionnels de première ligne."
type_fiche: pratique
publics: [victimes, familles, enfance]
niveau_preuve: recommandee
preuve:
  appui: "HAS, Repérage des femmes victimes de violences au sein du couple, 2019"
auteurs:
  - nom: "Laure Fontanel"
    role: "Coordinatrice départementale, réseau d'aide aux victimes"
cadre_juridique: ["Code civil art. 515-11", "CASF L345-2-4", "Loi n° 2020-936 du 30 juillet 2020"]
sources:
  - titre: "Étude nationale sur les morts violentes au sein du couple"
    auteur: "Ministère de l'Intérieur, délégation aux victimes"
    annee: 2024
---

## Contexte

Selon l'étude nationale du ministère de l'Intérieur, 93 femmes ont été tuées par leur conjoint ou
ex-conjoint en 2023. Le 3919, géré par la Fédération nationale Solidarité Femmes (75 boulevard
Macdonald, 75019 Paris), est joignable 24 heures sur 24, 7 jours sur 7.

## Déroulement

1. Mise en sécurité immédiate : 17 ou 112 en cas de danger, 114 par SMS.
2. Hébergement : 115, places dédiées du SIAO, hôtel en dernier recours.
3. Le lendemain : plainte accompagnée, certificat médical, contact avec l'association spécialisée.

## Points de vigilance

- L'éviction du conjoint violent est la règle : c'est à lui de partir (Code civil, art. 515-11).
"""),

("clean-modele-attestation-placeholders", """---
id: modele-attestation-hebergement-tiers
titre: "Un modèle d'attestation d'hébergement par un tiers, expliqué ligne à ligne"
resume: "Beaucoup de démarches exigent une attestation d'hébergement ; le modèle commenté aide la
  personne hébergée et son hébergeant à la remplir sans erreur ni engagement excessif."
type_fiche: outil
publics: [adultes, precarite, jeunes_adultes]
auteurs:
  - nom: "Léonie Barthe"
    role: "Conseillère en économie sociale et familiale, mission locale de Cayenne"
---

## Le modèle

```
Je soussigné(e) [NOM Prénom de l'hébergeant], né(e) le [JJ/MM/AAAA] à [lieu],
demeurant [adresse complète],
atteste sur l'honneur héberger à mon domicile [NOM Prénom de la personne hébergée]
depuis le [JJ/MM/AAAA].
Fait à [commune], le [date]. Signature :
```

Joindre une copie de la pièce d'identité de l'hébergeant et un justificatif de domicile récent.

## Points de vigilance

- Une fausse attestation est un délit (Code pénal, art. 441-7) : ne jamais pousser à mentir.
- L'attestation n'engage pas l'hébergeant à payer les dettes de la personne hébergée.
- L'hébergement peut réduire certaines prestations (forfait logement du RSA) : prévenir.
"""),

("clean-pjj-famille-accueil-pedagogues", """---
id: placement-familial-pjj
titre: "Le placement en famille d'accueil dans le cadre pénal : un accueil ordinaire pour un jeune"
resume: "La PJJ dispose de familles d'accueil pour des mineurs auxquels un foyer ne convient pas ;
  le service accompagne la famille, le jeune et ses parents."
type_fiche: pratique
publics: [adolescents, justice]
niveau_preuve: documentee
auteurs:
  - nom: "Anne-Sophie Delorme"
    role: "Responsable de service de placement familial PJJ"
sources:
  - titre: "Comment aimer un enfant"
    auteur: "Janusz Korczak"
    annee: 1919
  - titre: "Graine de crapule"
    auteur: "Fernand Deligny"
    annee: 1945
  - titre: "Le poème pédagogique"
    auteur: "Anton Makarenko"
    annee: 1935
cadre_juridique: ["CJPM L112-2", "CJPM L323-1"]
---

## Contexte

Korczak, Deligny et Makarenko ont chacun, à leur manière, défendu l'idée qu'un jeune « difficile »
a d'abord besoin d'adultes ordinaires et fiables. Le placement familial pénal repose sur cette
intuition : un lieu de vie banal, une famille qui n'est ni soignante ni gardienne.

## Déroulement

- Choix de la famille selon le projet du jeune, pas selon la place libre.
- Rencontre préalable entre le jeune, ses parents et la famille d'accueil.
- Visite hebdomadaire de l'éducateur référent, soutien téléphonique permanent à la famille.

## Points de vigilance

- Les familles d'accueil ont droit à un répit et à une analyse de leur pratique.
- L'image du « Jacquou le Croquant » sauvé par un bon maître est un mythe utile mais trompeur.
"""),

("clean-psychiatrie-mediateurs-pairs-bibliographie", """---
id: mediateurs-sante-pairs-equipe
titre: "Intégrer un médiateur de santé pair dans une équipe de psychiatrie"
resume: "Le médiateur de santé pair, qui a lui-même vécu des troubles psychiques, apporte son
  savoir expérientiel ; son intégration se prépare avec l'équipe pour qu'il ne soit ni alibi ni
  soignant bis."
publics: [adultes, sante_mentale]
niveau_preuve: evaluee
preuve:
  appui: "Roelandt, Staedel et coll., programme médiateurs de santé pairs, rapport final d'évaluation, CCOMS, 2015"
  effet: mitige
auteurs:
  - nom: "Gaëlle Morin"
    role: "Médiatrice de santé pair, CMP"
  - nom: "Dr Luc Perrier"
    role: "Psychiatre, chef de pôle"
relectures:
  - nom: "Sophie Aubin"
    role: "Cadre supérieure de santé"
    date: 2026-05-20
    avis: favorable
sources:
  - titre: "On Becoming a Person"
    auteur: "Carl Rogers"
    annee: 1961
  - titre: "Recovery: the lived experience of rehabilitation"
    auteur: "Patricia Deegan"
    annee: 1988
---

## Déroulement

1. Préparer l'équipe : ce que fait le médiateur, ce qu'il ne fait pas, secret partagé.
2. Définir une fiche de poste, un tuteur, un temps d'analyse de pratique.
3. Partir de situations concrètes : accueil, visites, groupes de rétablissement.

## Points de vigilance

- Le médiateur n'est pas tenu de raconter son histoire ; il choisit ce qu'il partage.
- Le statut et la rémunération doivent être clairs dès l'embauche.
"""),

("clean-soins-palliatifs-benevoles-jalmalv", """---
id: benevoles-accompagnement-soins-palliatifs
titre: "Les bénévoles d'accompagnement en soins palliatifs : une présence, pas un soin"
resume: "Formés et encadrés par une association signataire d'une convention, les bénévoles
  offrent une présence aux malades et aux proches ; l'équipe soignante les intègre sans les
  instrumentaliser."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
niveau_preuve: obligation_legale
cadre_juridique: ["Loi n° 99-477 du 9 juin 1999 (art. 10)", "CSP L1110-11"]
preuve:
  appui: "CSP L1110-11 : intervention des bénévoles formés, dans le cadre d'une convention avec l'établissement"
auteurs:
  - nom: "Bernadette Vigouroux"
    role: "Coordinatrice des bénévoles, association d'accompagnement"
sources:
  - titre: "La mort intime"
    auteur: "Marie de Hennezel"
    annee: 1995
  - titre: "Jusqu'à la mort accompagner la vie"
    auteur: "Fédération JALMALV"
    annee: 2013
---

## Contexte

Le mouvement JALMALV (« Jusqu'à la mort accompagner la vie ») est fondé à Grenoble en 1983 par le
professeur René Schaerer. La loi du 9 juin 1999 reconnaît la place des bénévoles, qui doivent être
formés, soutenus et liés à l'établissement par une convention.

## Déroulement

- Sélection, formation initiale et groupe de parole mensuel obligatoire.
- Visite hebdomadaire dans le service, transmission orale à l'infirmière à l'arrivée et au départ.
- Respect des opinions philosophiques et religieuses, pas de prosélytisme.

## Points de vigilance

- Le bénévole ne fait ni soin, ni toilette, ni repas ; il ne remplace pas un professionnel.
"""),

("clean-petite-enfance-maison-verte-dolto", """---
id: maison-verte-accueil-enfants-parents
titre: "Créer un lieu d'accueil enfants-parents inspiré de la Maison verte"
resume: "Un lieu de parole et de jeu, anonyme et sans inscription, où les enfants de moins de
  quatre ans viennent avec un parent ; la démarche créée par Françoise Dolto en 1979."
type_fiche: methode
publics: [petite_enfance, familles]
niveau_preuve: documentee
auteurs:
  - nom: "Agnès Fourcade"
    role: "Psychanalyste, accueillante en LAEP"
  - nom: "Caisse d'allocations familiales de la Gironde"
    role: "Relecture du volet financement"
sources:
  - titre: "La cause des enfants"
    auteur: "Françoise Dolto"
    annee: 1985
  - titre: "Référentiel national des LAEP"
    auteur: "Cnaf"
    annee: 2015
---

## Contexte

Françoise Dolto (1908-1988) ouvre la Maison verte en 1979, 13 rue Meilhac, dans le 15e
arrondissement de Paris, avec Marie-Hélène Malandrin et d'autres psychanalystes. Le principe :
l'enfant y est accueilli comme une personne, on s'adresse à lui, on ne demande que son prénom.

## Déroulement

- Deux accueillants au moins à chaque séance, de formations différentes.
- Pas d'inscription, pas de dossier, pas de suivi individuel.
- Une règle unique donnée aux enfants : le trait rouge au sol qu'on ne franchit pas avec les
  vélos.

## Points de vigilance

- Le LAEP n'est pas une halte-garderie : le parent reste avec l'enfant.
"""),

("clean-rural-france-services-bus", """---
id: bus-france-services-cantons-ruraux
titre: "Le bus France Services dans les cantons ruraux : accueillir là où les gens sont"
resume: "Un bus aménagé stationne chaque semaine sur la place de villages éloignés ; deux agents
  accompagnent les démarches CAF, retraite, impôts, carte grise, santé, emploi."
type_fiche: pratique
publics: [adultes, personnes_agees, precarite]
modes_intervention: [aller_vers, numerique]
auteurs:
  - nom: "Aurélien Rouquette"
    role: "Animateur France Services itinérant"
sources:
  - titre: "Dématérialisation des services publics : trois ans après, où en est-on ?"
    auteur: "Défenseur des droits"
    annee: 2022
  - titre: "Rapport sur le réseau France Services"
    auteur: "Cour des comptes"
    annee: 2024
cadre_juridique: ["Circulaire n° 6094/SG du 1er juillet 2019"]
---

## Contexte

Le réseau France Services compte plus de 2 700 structures en 2024, selon l'Agence nationale de la
cohésion des territoires. Dans le Cantal, entre Saint-Flour et Mauriac, certaines communes sont à
plus de quarante minutes du premier guichet.

## Déroulement

- Tournée fixe : place de la mairie, jour de marché, de 9 h à 16 h.
- Deux agents formés par les neuf partenaires nationaux (CAF, CPAM, MSA, Carsat, France Travail,
  DGFiP, ANTS, La Poste, ministère de la Justice).

## Ressources

- Allô Service Public : 39 39.
- Annuaire des France Services sur le site de l'ANCT.
"""),

("clean-personnes-agees-monalisa-petits-freres", """---
id: equipes-citoyennes-monalisa
titre: "Les équipes citoyennes MONALISA contre l'isolement des personnes âgées"
resume: "Des habitants bénévoles se regroupent en équipes citoyennes pour rendre visite à des
  personnes âgées isolées de leur commune, avec l'appui d'associations et du CCAS."
type_fiche: pratique
publics: [personnes_agees, precarite]
modes_intervention: [aller_vers, communautaire]
niveau_preuve: documentee
auteurs:
  - nom: "Jacques Bessière"
    role: "Référent MONALISA, fédération départementale des centres sociaux"
sources:
  - titre: "Solitude et isolement des personnes âgées en France"
    auteur: "Petits Frères des Pauvres, CSA"
    annee: 2021
  - titre: "La charte MONALISA"
    auteur: "Association MONALISA"
    annee: 2014
---

## Contexte

Selon le baromètre des Petits Frères des Pauvres (2021), 530 000 personnes âgées de 60 ans et plus
sont en situation de « mort sociale », sans presque aucun contact. L'association, fondée en 1946
par Armand Marquiset, a porté avec d'autres la mobilisation nationale MONALISA, lancée en 2014 à
la suite du rapport de Jean-François Serres.

## Déroulement

- Une équipe de cinq à dix bénévoles, un référent, une charte signée.
- Repérage par le CCAS, les médecins, les facteurs, les voisins.
- Visites régulières, sorties, appels, sans se substituer aux professionnels.

## Ressources

- Solitud'écoute, ligne des Petits Frères des Pauvres : 0 800 47 47 88.
"""),
]
CLEAN += [
("clean-reunion-psychiatrie-annuaire-institutions", """---
id: orienter-vers-psychiatrie-reunion
titre: "Orienter vers la psychiatrie publique à La Réunion : qui fait quoi"
resume: "Un annuaire commenté des structures de psychiatrie publique de l'île (CMP, urgences,
  équipes mobiles, maison des adolescents) à l'usage des travailleurs sociaux de secteur."
type_fiche: outil
publics: [adultes, adolescents, sante_mentale]
auteurs:
  - nom: "Stéphanie Grondin"
    role: "Assistante sociale, service social départemental"
  - nom: "Dr Éric Virapoullé"
    role: "Psychiatre, relecteur"
relectures:
  - nom: "Laurent Hoarau"
    role: "Cadre de santé, EPSM"
    date: 2026-08-30
    avis: favorable_avec_reserves
    commentaire: "Vérifier les horaires des CMP chaque année."
---

## Annuaire commenté

| Structure | Rôle | Contact |
|---|---|---|
| Urgences psychiatriques du CHU Félix-Guyon (Saint-Denis) | crise, 24 h/24 | passer par le 15 |
| CMP de secteur | suivi ambulatoire adulte | accueil : 02 61 91 40 00 |
| Maison des adolescents | 11-25 ans, sans rendez-vous | accueil : 02 61 91 52 00 |
| Équipe mobile psychiatrie-précarité | aller vers les personnes à la rue | via le 115 |

Le CHU porte le nom de Félix Guyon (1831-1920), chirurgien né à Saint-Denis, pionnier de
l'urologie.

## Points de vigilance

- Beaucoup de familles consultent d'abord un tisaneur ou un prêtre : ne pas disqualifier ces
  recours, mais garder la porte du soin ouverte.
- 3114 pour le risque suicidaire, aussi joignable depuis La Réunion.
"""),

("clean-creche-rgpd-cnil-siret", """---
id: dossiers-enfants-creche-rgpd
titre: "Les dossiers des enfants en crèche et le RGPD : que garder, combien de temps"
resume: "Un tableau des durées de conservation et des règles d'accès pour les dossiers
  administratifs, médicaux et éducatifs des enfants accueillis en établissement d'accueil du
  jeune enfant."
type_fiche: outil
publics: [petite_enfance, familles]
cadre_juridique: ["Règlement (UE) 2016/679 (RGPD)", "Loi n° 78-17 du 6 janvier 1978", "CSP R2324-39"]
auteurs:
  - nom: "Nicolas Berthier"
    role: "Délégué à la protection des données, fédération d'associations de crèches"
---

## Tableau des durées

| Document | Durée après le départ de l'enfant | Accès |
|---|---|---|
| dossier d'inscription | 1 an | direction |
| protocole d'accueil individualisé | 1 an | direction, référent santé |
| factures | 10 ans (obligations comptables) | gestion |
| transmissions quotidiennes | fin de l'année d'accueil | équipe |

## Ressources

- CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 ; guide « RGPD : le guide du
  sous-traitant » et fiches pratiques.
- Exemple de mentions légales de l'association gestionnaire : SIRET 512 345 678 00024, code APE
  8891A, numéro RNA W332001234.

## Points de vigilance

- Les parents ont un droit d'accès à tout ce qui concerne leur enfant.
"""),

("clean-mayotte-lycee-bamana-scolarite", """---
id: decrochage-scolaire-mayotte-cellule
titre: "La cellule de veille contre le décrochage dans un lycée de Mamoudzou"
resume: "Une cellule réunit chaque mois CPE, assistante sociale, infirmière, professeurs
  principaux et mission locale pour repérer les élèves qui décrochent et agir avant la rupture."
type_fiche: pratique
publics: [adolescents, jeunes_adultes, familles]
cadre_juridique: ["Code de l'éducation L313-7", "Code de l'éducation L114-1"]
auteurs:
  - nom: "Haïrati Ousseni"
    role: "Assistante sociale scolaire, Mamoudzou"
  - nom: "Julien Chastel"
    role: "Conseiller principal d'éducation"
sources:
  - titre: "Repères et références statistiques"
    auteur: "DEPP, ministère de l'Éducation nationale"
    annee: 2024
---

## Contexte

Au lycée Younoussa-Bamana, du nom du premier président du conseil général de Mayotte, comme dans
les autres lycées de l'île, les effectifs sont très élevés et beaucoup d'élèves vivent loin, sans
transport régulier. Depuis 2020, l'obligation de formation s'applique jusqu'à 18 ans.

## Déroulement

- Liste des élèves absents plus de dix demi-journées dans le mois.
- Un adulte référent désigné par élève, qui l'appelle dans la semaine.
- Orientation vers la mission locale ou un dispositif de remobilisation si la rupture est
  consommée.

## Points de vigilance

- Un élève sans titre de séjour reste un élève : l'inscription n'en dépend pas.
"""),

("clean-pjj-contes-personnages-fiction", """---
id: atelier-contes-pjj
titre: "L'atelier conte en unité éducative : parler de soi à travers les histoires"
resume: "Un atelier où des adolescents suivis par la PJJ lisent, racontent et réécrivent des
  contes ; les personnages permettent d'aborder la peur, la loi, la trahison, sans parler de soi
  directement."
type_fiche: pratique
publics: [adolescents, justice]
modes_intervention: [collectif]
niveau_preuve: documentee
auteurs:
  - nom: "Virginie Laborde"
    role: "Professeure technique PJJ, lettres"
sources:
  - titre: "Psychanalyse des contes de fées"
    auteur: "Bruno Bettelheim"
    annee: 1976
  - titre: "Le conte, un outil en éducation spécialisée"
    auteur: "Pierre Lafforgue"
    annee: 1995
---

## Déroulement

- Lecture à voix haute par l'animatrice : *Le Petit Chaperon rouge*, *Hansel et Gretel*, *Barbe
  bleue*, puis des récits plus proches des jeunes (*Oliver Twist*, *Les Aventures de Tom Sawyer*).
- Discussion : « Qui a raison ? Qui ment ? Qu'aurais-tu fait à la place de Gretel ? »
- Réécriture : les jeunes changent la fin ; Pinocchio devient avocat, le loup est jugé.

## Paroles de praticiens

« Quand ils défendent le loup devant le tribunal imaginaire, ils parlent d'eux sans le dire.
Harry Potter, élevé dans un placard par son oncle et sa tante, a fait pleurer un grand de 17 ans. »
— une professeure technique

## Points de vigilance

- Ne pas interpréter à voix haute ce que le jeune projette dans le conte.
"""),

("clean-cmpp-groupe-therapeutique-anonymise", """---
id: groupe-therapeutique-mediation-cmpp
titre: "Le groupe thérapeutique à médiation pour enfants de 5 à 8 ans en CMPP"
resume: "Un petit groupe d'enfants, deux thérapeutes, un médiateur (eau, terre, contes, jeu) :
  un cadre pour des enfants qui ne parlent pas en entretien individuel."
type_fiche: methode
publics: [enfance, sante_mentale]
niveau_preuve: documentee
auteurs:
  - nom: "Claire Deschamps"
    role: "Psychomotricienne, CMPP"
  - nom: "Hugo Lambert"
    role: "Psychologue clinicien, CMPP"
sources:
  - titre: "Jeu et réalité"
    auteur: "Donald W. Winnicott"
    annee: 1971
  - titre: "Le Moi-peau"
    auteur: "Didier Anzieu"
    annee: 1985
  - titre: "Recherches sur les petits groupes"
    auteur: "Wilfred R. Bion"
    annee: 1961
---

## Déroulement

- Groupe fermé de quatre à six enfants, une séance hebdomadaire de 45 minutes, sur l'année.
- Rituel d'ouverture et de fermeture identique chaque semaine.
- Rencontre avec les parents à trois moments de l'année.

## Exemple

Un garçon de 6 ans, qui ne disait pas un mot en entretien, a commencé à nommer les autres enfants
au bout de trois mois, pendant les jeux d'eau. Sa mère a remarqué qu'il parlait davantage à la
maison.

## Points de vigilance

- Le groupe n'est pas une récompense ni une punition : il est indiqué, pas imposé.
"""),

("clean-reunion-rites-funeraires-saints", """---
id: rites-funeraires-reunion-soins-palliatifs
titre: "Respecter les rites de fin de vie et de deuil à La Réunion en soins palliatifs"
resume: "Catholiques, tamouls, musulmans, chinois : à La Réunion les rites de fin de vie sont
  divers et souvent mêlés ; l'équipe se renseigne, demande et facilite sans supposer."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
auteurs:
  - nom: "Dr Marie-Annick Sautron"
    role: "Médecin, équipe mobile de soins palliatifs"
  - nom: "Vincent Moutoussamy"
    role: "Aumônier hospitalier, relecteur"
sources:
  - titre: "La Réunion, une société plurielle : religions et pratiques"
    auteur: "Christian Ghasarian"
    annee: 2002
---

## Contexte

À La Réunion, il est courant de veiller le défunt à domicile toute la nuit, en famille et avec le
voisinage. Beaucoup de familles prient aussi saint Expédit ou se rendent au tombeau du Père
Lafosse à Saint-Louis ; les familles tamoules peuvent souhaiter un prêtre du temple, les familles
musulmanes une toilette rituelle rapide.

## Déroulement

- Demander à la famille ce qui compte pour elle, dès l'entrée dans la démarche palliative.
- Faciliter le retour à domicile pour mourir à la case quand c'est le souhait exprimé.
- Prévoir une chambre où la famille nombreuse peut se relayer.

## Points de vigilance

- Ne pas déduire la religion d'un nom de famille ou d'une origine.
"""),

("clean-violences-histoire-halimi-bracelet", """---
id: bracelet-anti-rapprochement-accompagnement
titre: "Expliquer le bracelet anti-rapprochement à une femme victime"
resume: "Le bracelet anti-rapprochement géolocalise l'auteur et alerte quand il s'approche de la
  victime ; elle porte un boîtier. L'association explique son fonctionnement, ses limites et
  accompagne les alertes."
type_fiche: pratique
publics: [victimes, adultes]
cadre_juridique: ["Loi n° 2019-1480 du 28 décembre 2019", "Décret n° 2020-1161 du 23 septembre 2020", "Code civil art. 515-11-1"]
auteurs:
  - nom: "Delphine Aubert"
    role: "Juriste, association d'aide aux victimes"
sources:
  - titre: "Le deuxième sexe"
    auteur: "Simone de Beauvoir"
    annee: 1949
  - titre: "Le procès de Bobigny : choisir la cause des femmes"
    auteur: "Gisèle Halimi (préface de Simone de Beauvoir)"
    annee: 1973
---

## Contexte

La lutte contre les violences faites aux femmes a une histoire : du procès de Bobigny en 1972,
plaidé par Gisèle Halimi, à la loi du 9 juillet 2010 créant l'ordonnance de protection, puis au
Grenelle des violences conjugales de 2019, qui a conduit à la généralisation du bracelet.

## Déroulement

- Remise du boîtier par le prestataire, en présence de l'association si la victime le souhaite.
- Explication des zones d'alerte et de pré-alerte, des appels du centre de télésurveillance.
- Point après chaque alerte : vécu, sécurité, plainte éventuelle pour violation.

## Points de vigilance

- Le boîtier doit être chargé et porté en permanence, ce qui pèse sur la victime.
"""),

("clean-voyageurs-mediation-sante-contacts-institutionnels", """---
id: mediation-sante-gens-du-voyage
titre: "La médiation en santé auprès des gens du voyage"
resume: "Des médiatrices en santé, souvent issues des communautés, facilitent l'accès à la
  prévention et aux soins des familles de voyageurs, et sensibilisent les soignants."
type_fiche: pratique
publics: [gens_du_voyage, familles]
modes_intervention: [aller_vers, reseau]
niveau_preuve: recommandee
preuve:
  appui: "HAS, La médiation en santé pour les personnes éloignées des systèmes de prévention et de soins, référentiel, 2017"
auteurs:
  - nom: "Sabine Ferrand"
    role: "Coordinatrice régionale de médiation en santé"
cadre_juridique: ["CSP L1110-13", "Décret n° 2017-816 du 5 mai 2017"]
---

## Contexte

L'espérance de vie des gens du voyage serait inférieure de plusieurs années à celle de la
population générale, selon plusieurs études associatives ; les données officielles manquent. Le
décret du 5 mai 2017 définit la médiation sanitaire et l'interprétariat.

## Déroulement

- Présence régulière sur les aires et les terrains familiaux.
- Accompagnement physique aux premiers rendez-vous (PMI, dépistage, spécialistes).
- Formation des soignants de l'hôpital local à l'accueil des familles.

## Ressources

- ARS, délégation départementale : accueil 03 53 48 60 00.
- Association régionale de médiation, secrétariat : contact@mediation-sante.example.org.

## Points de vigilance

- Le médiateur n'est pas un interprète culturel qui expliquerait « les voyageurs » aux soignants.
"""),

("clean-rural-solidarite-paysans-agri-ecoute", """---
id: accompagnement-agriculteurs-solidarite-paysans
titre: "Accompagner les agriculteurs en difficulté avec des bénévoles paysans"
resume: "Des binômes bénévole paysan et salarié accompagnent les exploitants en difficulté
  financière, juridique ou personnelle, dans la durée et sans jugement."
type_fiche: pratique
publics: [adultes, familles, precarite]
modes_intervention: [aller_vers, individuel]
niveau_preuve: documentee
auteurs:
  - nom: "Gérard Lapeyre"
    role: "Animateur salarié, association départementale"
  - nom: "Odile Marty"
    role: "Bénévole, ancienne éleveuse"
sources:
  - titre: "Surmortalité par suicide chez les exploitants agricoles : analyses de la cohorte"
    auteur: "Santé publique France"
    annee: 2019
  - titre: "Les paysans dans la société française"
    auteur: "Henri Mendras"
    annee: 1995
cadre_juridique: ["Code rural L351-1", "Code de commerce L631-1"]
---

## Contexte

Santé publique France a mis en évidence une surmortalité par suicide chez les exploitants
agricoles par rapport à la population générale. Les difficultés sont souvent à la fois
économiques, familiales et de santé.

## Déroulement

- Premier contact à la demande de l'agriculteur, ou d'un proche avec son accord.
- Diagnostic global de l'exploitation et de la famille.
- Accompagnement dans les procédures (règlement amiable, redressement judiciaire).

## Ressources

- Agri'écoute, ligne d'écoute de la MSA, 24 heures sur 24.
"""),

("clean-prostitution-evaluation-loi-rapport", """---
id: evaluation-loi-2016-commission-departementale
titre: "Faire vivre la commission départementale de lutte contre la prostitution"
resume: "La commission, présidée par le préfet, examine les demandes de parcours de sortie et
  coordonne l'action publique ; ce que les associations agréées peuvent y apporter."
type_fiche: pratique
publics: [adultes, victimes]
niveau: macro
cadre_juridique: ["Loi n° 2016-444 du 13 avril 2016", "Décret n° 2016-1467 du 28 octobre 2016", "CASF R121-12-1"]
auteurs:
  - nom: "Nadia Rahal"
    role: "Directrice d'association agréée"
sources:
  - titre: "Évaluation de la loi du 13 avril 2016 visant à renforcer la lutte contre le système prostitutionnel"
    auteur: "IGAS, IGA, IGJ"
    annee: 2019
---

## Contexte

Le rapport d'inspection de 2019 relevait que les commissions départementales se mettaient en
place lentement et que le nombre de parcours de sortie autorisés restait bien inférieur aux
besoins estimés. Certaines commissions ne se réunissaient qu'une fois par an.

## Déroulement

- Préparer chaque dossier avec la personne, qui sait ce qui sera dit.
- Présenter les dossiers de façon anonyme : « Mme X, 32 ans, accompagnée depuis dix mois ».
- Faire remonter les obstacles (délais de préfecture, hébergement) à chaque séance.

## Points de vigilance

- L'association reste du côté de la personne, même face à un avis défavorable.
"""),
]
CLEAN += [
("clean-pmi-carnet-sante-image-lien", """---
id: carnet-de-sante-explication-parents
titre: "Expliquer le carnet de santé aux parents : un outil à eux, pas à l'institution"
resume: "Le carnet de santé appartient à l'enfant et à ses parents ; la PMI aide les parents à
  le lire, à le garder et à savoir qui peut le consulter."
type_fiche: pratique
publics: [petite_enfance, familles]
cadre_juridique: ["CSP L2132-1", "CSP R2132-1", "Arrêté du 5 avril 2024 relatif au modèle du carnet de santé"]
auteurs:
  - nom: "Lydie Moreau"
    role: "Puéricultrice de PMI"
relectures:
  - nom: "Dr Anne Perrotin"
    role: "Pédiatre de PMI"
    date: 2026-07-07
    avis: favorable
---

## Contexte

Le carnet est remis à la naissance ; un nouveau modèle est entré en vigueur en 2025, avec des
messages de prévention revus (écrans, sommeil, violences éducatives ordinaires).

![Couverture du carnet de santé, modèle 2025](images/carnet-de-sante-2025.png)

## Déroulement

- À la première visite, parcourir le carnet avec les parents : courbes, vaccins, conseils.
- Rappeler que seuls les professionnels de santé peuvent le consulter, avec l'accord des parents ;
  ni l'école, ni la crèche, ni l'employeur ne peuvent l'exiger.
- Pour l'entrée en collectivité, une copie de la page des vaccinations suffit.

## Exemple

Au centre de PMI, une mère d'un bébé de 2 mois pensait devoir laisser le carnet à la crèche toute
la semaine. La puéricultrice lui a expliqué qu'il devait rester avec elle.

## Ressources

- [Le carnet de santé sur le site du ministère](https://sante.gouv.fr/)
"""),

("clean-guyane-grossesses-adolescentes-statistiques", """---
id: grossesses-adolescentes-guyane
titre: "Accompagner les grossesses adolescentes en Guyane sans moraliser"
resume: "En Guyane, les grossesses avant 18 ans sont fréquentes ; la PMI, l'école et la maternité
  coordonnent un suivi qui protège la santé de la jeune mère et sa scolarité."
type_fiche: pratique
publics: [adolescents, petite_enfance, familles]
auteurs:
  - nom: "Christelle Horth"
    role: "Sage-femme coordinatrice, réseau périnatal de Guyane"
  - nom: "Dr Karim Benhamou"
    role: "Pédiatre, relecteur"
sources:
  - titre: "Bilan démographique de la Guyane"
    auteur: "Insee"
    annee: 2023
  - titre: "Grossesses à l'adolescence en Guyane : étude qualitative"
    auteur: "Réseau périnatal de Guyane"
    annee: 2019
---

## Contexte

Selon l'Insee, le taux de fécondité des jeunes femmes de moins de 20 ans est en Guyane bien plus
élevé que dans l'Hexagone. Les situations sont très diverses : grossesses désirées, dans des
familles où la maternité précoce est valorisée, grossesses non désirées, violences sexuelles.

## Déroulement

- Entretien seule avec l'adolescente, puis avec ses parents si elle l'accepte.
- Repérage systématique des violences sexuelles, signalement au procureur si nécessaire (une
  jeune fille de 13 ans enceinte relève toujours d'une évaluation).
- Maintien de la scolarité : aménagement d'emploi du temps, lien avec l'infirmière scolaire.

## Points de vigilance

- Ne pas projeter les normes de l'Hexagone sur des trajectoires familiales différentes.
"""),

("clean-service-social-scolaire-conseil-discipline", """---
id: assistante-sociale-conseil-de-discipline
titre: "Le rôle de l'assistante sociale scolaire avant et pendant un conseil de discipline"
resume: "L'assistante sociale peut être entendue en conseil de discipline ; elle prépare l'élève
  et la famille, éclaire la situation sans trahir le secret, et pense déjà à l'après."
type_fiche: pratique
publics: [adolescents, familles]
cadre_juridique: ["Code de l'éducation R511-13", "Code de l'éducation D511-30", "Code pénal 226-13"]
auteurs:
  - nom: "Brigitte Faure"
    role: "Assistante sociale scolaire, lycée professionnel"
sources:
  - titre: "Surveiller et punir"
    auteur: "Michel Foucault"
    annee: 1975
---

## Déroulement

1. Rencontre de l'élève et de ses parents avant le conseil, s'ils le souhaitent.
2. Explication de la procédure : droits de la défense, délais, possibilité d'être assisté.
3. Au conseil : éclairer la situation sociale et familiale dans la mesure strictement nécessaire.
4. Après : si l'exclusion définitive est prononcée, préparer l'affectation dans un autre
   établissement avec la DSDEN.

## Exemple

Un élève de 2de, exclu définitivement en mars, n'avait aucune affectation trois semaines plus
tard ; l'assistante sociale a alerté le service de l'orientation et l'élève a été réaffecté.

## Points de vigilance

- Le secret professionnel s'applique aussi devant le conseil : dire ce qui aide, rien de plus.
"""),

("clean-psychiatrie-isolement-contention-cglpl", """---
id: reduire-isolement-contention
titre: "Réduire le recours à l'isolement et à la contention en psychiatrie"
resume: "Isolement et contention sont des pratiques de dernier recours, encadrées par la loi
  depuis 2016 et réformées en 2022 ; une démarche d'équipe pour en faire moins et mieux."
type_fiche: methode
publics: [adultes, sante_mentale]
niveau_preuve: recommandee
preuve:
  appui: "HAS, Isolement et contention en psychiatrie générale, recommandation de bonne pratique, 2017"
cadre_juridique: ["CSP L3222-5-1", "Loi n° 2016-41 du 26 janvier 2016 (art. 72)", "Loi n° 2022-46 du 22 janvier 2022"]
auteurs:
  - nom: "Didier Ravel"
    role: "Cadre de santé, unité d'admission"
  - nom: "Dr Nathalie Grosjean"
    role: "Psychiatre"
sources:
  - titre: "Isolement et contention dans les établissements de santé mentale"
    auteur: "Contrôleur général des lieux de privation de liberté"
    annee: 2016
---

## Déroulement

- Registre tenu dans chaque établissement, analysé en équipe chaque trimestre.
- Débriefing avec le patient après chaque mesure, et avec l'équipe.
- Formation à la désescalade, plan de prévention individualisé.

## Ressources

- Contrôleur général des lieux de privation de liberté, 16/18 quai de la Loire, CS 70048, 75921
  Paris Cedex 19 ; toute personne peut le saisir par courrier.
- Rapport thématique du CGLPL (2016), recommandations de la HAS (2017).

## Points de vigilance

- Depuis 2022, le juge des libertés et de la détention contrôle les mesures prolongées.
"""),

("clean-soins-palliatifs-atelier-film-personnages", """---
id: cafe-debat-directives-anticipees
titre: "Un café-débat sur les directives anticipées, à partir d'un film"
resume: "Projection d'extraits de films puis discussion animée par une équipe de soins palliatifs,
  pour que le grand public ose parler de sa fin de vie et découvre les directives anticipées."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
modes_intervention: [collectif]
auteurs:
  - nom: "Élise Marchetti"
    role: "Psychologue, équipe mobile de soins palliatifs"
  - nom: "Médiathèque intercommunale"
    role: "Partenaire, accueil du café-débat"
sources:
  - titre: "Amour (film)"
    auteur: "Michael Haneke"
    annee: 2012
  - titre: "Mar adentro (film)"
    auteur: "Alejandro Amenábar"
    annee: 2004
---

## Déroulement

1. Extraits de *Amour* : Georges prend soin d'Anne, sa femme, après un accident vasculaire ; ils
   n'ont jamais parlé de ce qu'elle voudrait.
2. Discussion : « Et vous, en avez-vous parlé à vos proches ? »
3. Présentation du modèle de directives anticipées de la HAS, distribué aux participants.

## Paroles

« J'ai découvert qu'on pouvait écrire ses volontés sur papier libre. Ma mère l'a fait le soir
même. » — une participante (propos recueilli avec son accord, sans nom)

## Points de vigilance

- Prévoir un soignant disponible après la séance : le sujet peut raviver un deuil.
"""),

("clean-martinique-lieux-noms-personnes", """---
id: ateliers-memoire-ehpad-martinique
titre: "Des ateliers mémoire en créole dans un EHPAD de Martinique"
resume: "Des ateliers de stimulation cognitive menés en créole, avec des objets, chansons et
  photos du quotidien d'autrefois, pour des résidents qui ont grandi dans les habitations."
type_fiche: retour_experience
publics: [personnes_agees]
modes_intervention: [collectif, etablissement]
auteurs:
  - nom: "Josiane Lordinot"
    role: "Ergothérapeute, EHPAD"
  - nom: "Christophe Sainte-Rose"
    role: "Animateur"
sources:
  - titre: "Texaco"
    auteur: "Patrick Chamoiseau"
    annee: 1992
  - titre: "Éloge de la créolité"
    auteur: "Jean Bernabé, Patrick Chamoiseau, Raphaël Confiant"
    annee: 1989
---

## Déroulement

- Objets d'autrefois : coui, pilon, fer à repasser à charbon, boîte de biscuits.
- Chansons de Malavoi, de Kassav' et biguines anciennes.
- Sorties : l'Habitation Clément au François, le musée de la Pagerie aux Trois-Îlets, la route
  de la Trace.

## Ce que nous retenons

- Les résidents parlent davantage en créole qu'en français ; les ateliers en français les
  mettaient en échec.
- Les promenades le long de l'avenue Aimé-Césaire, à Fort-de-France, réveillent des souvenirs du
  grand carnaval d'avant.

## Points de vigilance

- Certains souvenirs sont douloureux (la misère, le travail aux champs) : laisser le choix.
"""),

("clean-guyane-etat-civil-jugement-declaratif", """---
id: etat-civil-enfants-sans-acte-guyane
titre: "Obtenir un acte de naissance pour un enfant né sans déclaration en Guyane"
resume: "Dans les communes isolées, des naissances n'ont pas été déclarées dans le délai légal ;
  la procédure du jugement déclaratif de naissance permet d'établir l'état civil de l'enfant."
type_fiche: methode
publics: [enfance, familles]
cadre_juridique: ["Code civil art. 55", "Code civil art. 46", "Code de procédure civile 1046"]
auteurs:
  - nom: "Aurore Cléry"
    role: "Juriste, association d'accès aux droits de l'Ouest guyanais"
relectures:
  - nom: "Maître Serge Apollinaire"
    role: "Avocat au barreau de la Guyane"
    date: 2026-04-12
    avis: favorable
---

## Contexte

La déclaration de naissance doit être faite dans les cinq jours (huit jours dans certaines
communes de Guyane, par dérogation). Passé ce délai, l'officier d'état civil ne peut plus
l'enregistrer : il faut un jugement du tribunal judiciaire de Cayenne.

## Déroulement

1. Rassembler les preuves : certificat d'accouchement, témoignages, carnet de santé.
2. Requête au procureur de la République, qui saisit le tribunal.
3. Transcription du jugement sur les registres de la commune de naissance.

## Exemple

Un enfant de 7 ans, né dans un village du haut Maroni, n'avait jamais été déclaré. La procédure
a duré neuf mois ; il a pu ensuite être inscrit au collège et avoir une carte d'identité.
"""),

("clean-voyageurs-saintes-maries-pelerinage", """---
id: pelerinage-saintes-maries-de-la-mer
titre: "Le pèlerinage des Saintes-Maries-de-la-Mer : un temps fort pour les familles voyageuses"
resume: "Chaque mois de mai, des milliers de voyageurs se rassemblent en Camargue ; comprendre
  ce temps religieux et familial aide à organiser les rendez-vous et la scolarité autour."
type_fiche: pratique
publics: [gens_du_voyage, familles]
niveau_preuve: experientielle
auteurs:
  - nom: "Paul Sarrazin"
    role: "Éducateur, association d'accompagnement des gens du voyage"
sources:
  - titre: "Tsiganes et voyageurs : identités et pratiques"
    auteur: "Patrick Williams"
    annee: 1993
---

## Contexte

Le pèlerinage des 24 et 25 mai honore sainte Sara, patronne des Gitans, dont la statue est portée
jusqu'à la mer. Le mouvement évangélique Vie et Lumière, fondé dans les années 1950 par le pasteur
Clément Le Cossec, rassemble de son côté de grandes conventions pendant l'été.

## Déroulement

- Anticiper les absences de mai avec l'école : travail à distance, retour prévu.
- Éviter de fixer des audiences ou des rendez-vous administratifs cette semaine-là.
- Demander aux familles ce que le pèlerinage représente pour elles, sans folklore.

## Points de vigilance

- Toutes les familles ne s'y rendent pas ; beaucoup sont évangéliques et ne le pratiquent pas.
"""),

("clean-chrs-animaux-compagnie-marques", """---
id: accueil-animaux-hebergement-violences
titre: "Accueillir les animaux de compagnie des femmes qui fuient les violences"
resume: "Beaucoup de femmes restent au domicile pour ne pas abandonner leur animal, que l'agresseur
  menace ; des hébergements aménagent un accueil ou s'appuient sur un réseau de familles d'accueil."
type_fiche: retour_experience
publics: [victimes, familles]
auteurs:
  - nom: "Coralie Bastide"
    role: "Cheffe de service, centre d'hébergement"
sources:
  - titre: "The relationship between animal abuse and domestic violence"
    auteur: "Frank R. Ascione"
    annee: 1998
---

## Ce que nous avons mis en place

- Deux chambres au rez-de-chaussée qui acceptent un chien ou un chat.
- Un partenariat avec une association de protection animale pour l'accueil temporaire des autres
  animaux, financé en partie par la Fondation 30 Millions d'Amis.
- Une réserve de croquettes (dons d'une animalerie et de la marque Royal Canin).

## Ce que nous retenons

- L'animal est parfois le seul lien affectif qui reste ; le séparer de sa maîtresse ajoute un
  traumatisme.
- Les menaces ou violences sur l'animal sont un indicateur de danger à noter dans l'évaluation.

## Points de vigilance

- Vérifier les allergies des autres personnes hébergées.
"""),

("clean-rural-mobilite-solidaire-marques", """---
id: mobilite-solidaire-territoire-rural
titre: "Une plateforme de mobilité solidaire pour les personnes sans voiture en milieu rural"
resume: "Conseil en mobilité, prêt de scooters, transport solidaire bénévole, aide au permis :
  une plateforme qui lève l'obstacle du transport pour l'emploi, la santé et les démarches."
type_fiche: pratique
publics: [adultes, jeunes_adultes, precarite]
niveau: meso
auteurs:
  - nom: "Benjamin Vergnes"
    role: "Conseiller mobilité, plateforme départementale"
sources:
  - titre: "Mobilité, insertion et accès à l'emploi"
    auteur: "Laboratoire de la mobilité inclusive"
    annee: 2017
  - titre: "La France périphérique"
    auteur: "Christophe Guilluy"
    annee: 2014
---

## Contexte

Selon le Laboratoire de la mobilité inclusive, une personne en insertion sur deux a déjà refusé
un emploi ou une formation faute de moyen de transport. En milieu rural, la voiture reste presque
indispensable.

## Déroulement

- Diagnostic mobilité : permis, véhicule, lecture de carte, peur de conduire.
- Solutions combinées : autostop organisé avec Rezo Pouce, covoiturage (BlaBlaCar Daily),
  scooters loués 2 euros par jour, garage solidaire.
- Auto-école sociale pour le permis B, avec un financement du Département.

## Points de vigilance

- Ne pas réduire le problème au permis : beaucoup n'ont pas les moyens d'entretenir une voiture.
"""),
]
CLEAN += [
("clean-extrait-paroles-prenoms-professionnels", """## Paroles de praticiens

- Nadia, puéricultrice de PMI depuis quinze ans : « La visite à domicile, c'est d'abord écouter.
  Le pèse-bébé, je le sors à la fin, pas au début. »
- Jérôme, éducateur de jeunes enfants en crèche familiale : « Les assistantes maternelles ont un
  savoir que l'institution oublie. Je passe plus de temps à apprendre d'elles qu'à les former. »
- Une sage-femme de la maternité de Saint-Laurent-du-Maroni : « On apprend à compter en mois de
  pirogue : le trajet fait partie du suivi. »
- Florence, directrice de multi-accueil : « Le jour où on a arrêté d'écrire "mère peu
  investie" dans les transmissions, on a commencé à vraiment regarder ce que faisaient les
  parents. »

## Points de vigilance

- Les paroles sont reconstituées à partir d'échanges en formation ; les prénoms sont ceux des
  professionnelles, qui ont accepté d'être citées.
- Aucune parole de parent n'est reproduite sans son accord explicite.

## Ressources

- Myriam David, *Le placement familial : de la pratique à la théorie* (ESF, 1989).
- Bernard Golse, *Le développement psychique précoce* (Elsevier Masson, 2010).
"""),

("clean-petite-enfance-violences-educatives-ordinaires", """---
id: prevenir-violences-educatives-ordinaires
titre: "Parler des violences éducatives ordinaires avec les parents, sans les culpabiliser"
resume: "Depuis la loi du 10 juillet 2019, l'autorité parentale s'exerce sans violences
  physiques ou psychologiques ; les professionnels de la petite enfance en parlent avec les
  parents en partant de leurs difficultés."
publics: [petite_enfance, familles]
niveau_preuve: obligation_legale
cadre_juridique: ["Loi n° 2019-721 du 10 juillet 2019", "Code civil art. 371-1"]
preuve:
  appui: "Code civil art. 371-1 : l'autorité parentale s'exerce sans violences physiques ou psychologiques"
auteurs:
  - nom: "Sophie Barbier"
    role: "Éducatrice de jeunes enfants, relais petite enfance"
  - nom: "Observatoire de la violence éducative ordinaire"
    role: "Ressource"
sources:
  - titre: "C'est pour ton bien"
    auteur: "Alice Miller"
    annee: 1980
  - titre: "La fessée : questions sur la violence éducative"
    auteur: "Olivier Maurel"
    annee: 2001
---

## Déroulement

- Partir de ce qui est difficile pour le parent : le coucher, les colères, les courses.
- Proposer d'autres gestes : s'accroupir, nommer l'émotion, mettre à l'écart sans humilier.
- Rappeler la loi sans menacer : « Depuis 2019, c'est écrit dans le Code civil. »

## Exemple

Un père d'une petite fille de 2 ans et demi disait : « Moi on m'a tapé et je ne m'en porte pas
plus mal. » L'animatrice n'a pas discuté ; elle a demandé ce qu'il ressentait enfant quand cela
arrivait. La conversation a changé.

## Points de vigilance

- Une violence grave relève de la protection de l'enfance, pas de la seule prévention.
"""),

("clean-pjj-tig-mineurs", """---
id: travail-interet-general-mineurs
titre: "Le travail d'intérêt général pour les mineurs de 16 à 18 ans : trouver des postes utiles"
resume: "Le TIG est une peine qui suppose l'accord du mineur ; la PJJ démarche des structures
  d'accueil, prépare le jeune et suit l'exécution pour que la peine ait du sens."
type_fiche: pratique
publics: [adolescents, justice]
niveau_preuve: obligation_legale
cadre_juridique: ["Code pénal 131-8", "CJPM L122-1", "Décret n° 2018-1098 du 7 décembre 2018"]
preuve:
  appui: "CJPM L122-1 : le TIG est applicable aux mineurs de plus de 16 ans"
auteurs:
  - nom: "Yasmine Chérif"
    role: "Éducatrice PJJ, référente TIG"
relectures:
  - nom: "Philippe Lenoir"
    role: "Directeur territorial adjoint PJJ"
    date: 2026-03-18
    avis: favorable
sources:
  - titre: "Rapport d'activité de l'Agence du travail d'intérêt général et de l'insertion professionnelle"
    auteur: "ATIGIP"
    annee: 2023
---

## Déroulement

- Démarcher des structures : mairies, associations d'entraide, ressourceries, EHPAD.
- Présenter le jeune au tuteur, fixer les horaires compatibles avec l'école.
- Point hebdomadaire avec le tuteur ; bilan écrit pour le juge à la fin de la peine.

## Points de vigilance

- Un TIG au service espaces verts de la mairie du quartier expose le jeune au regard des voisins :
  en parler avec lui.
- Le TIG ne peut excéder la durée fixée par le juge ; les heures se comptent précisément.
"""),

("clean-mayotte-ethnopsychiatrie-bibliographie", """---
id: consultation-transculturelle-mayotte
titre: "La consultation transculturelle en pédopsychiatrie à Mayotte"
resume: "Une consultation en groupe, avec un thérapeute principal, des cothérapeutes et un
  interprète, pour des familles dont l'enfant souffre et qui pensent la maladie avec d'autres
  catégories (djinns, sorcellerie)."
publics: [enfance, familles, sante_mentale]
niveau_preuve: documentee
auteurs:
  - nom: "Dr Faouzia Abdou"
    role: "Pédopsychiatre, centre hospitalier de Mayotte"
  - nom: "Thibault Renard"
    role: "Psychologue clinicien"
sources:
  - titre: "Essais d'ethnopsychiatrie générale"
    auteur: "Georges Devereux"
    annee: 1970
  - titre: "L'influence qui guérit"
    auteur: "Tobie Nathan"
    annee: 1994
  - titre: "Enfants d'ici venus d'ailleurs"
    auteur: "Marie Rose Moro"
    annee: 2002
---

## Contexte

À Mayotte, de nombreuses familles interprètent la souffrance d'un enfant à travers des esprits
(djinns, patros, trumba) ou un mauvais sort. Le fundi ou le guérisseur est souvent consulté
avant l'hôpital.

## Déroulement

- Consultation d'une heure et demie, famille élargie bienvenue.
- L'interprète traduit mot à mot, puis explique les sous-entendus.
- Les cothérapeutes proposent des hypothèses, y compris dans les catégories de la famille.

## Points de vigilance

- Ne pas opposer la médecine et les soins traditionnels : proposer de les faire coexister.
"""),

("clean-aidants-conge-ajpa-plateforme", """---
id: conge-proche-aidant-ajpa
titre: "Informer un aidant sur le congé de proche aidant et l'allocation journalière"
resume: "Le congé de proche aidant permet de suspendre son travail pour aider un proche ; il est
  indemnisé par l'allocation journalière du proche aidant (AJPA) versée par la CAF ou la MSA."
type_fiche: pratique
publics: [aidants, personnes_agees, handicap]
cadre_juridique: ["Code du travail L3142-16", "CSS L168-8", "Loi n° 2019-1446 du 24 décembre 2019"]
auteurs:
  - nom: "Pascale Lebrun"
    role: "Conseillère en économie sociale et familiale, plateforme de répit"
sources:
  - titre: "Les proches aidants des seniors et leur ressenti sur l'aide apportée"
    auteur: "DREES, Études et résultats n° 1255"
    annee: 2023
---

## Contexte

La DREES estime à près de 9,3 millions le nombre de personnes qui aident régulièrement un proche
en 2021. L'AJPA existe depuis le 1er octobre 2020 ; son montant journalier est revalorisé chaque
année comme le SMIC.

## Déroulement

1. Vérifier les conditions : lien avec la personne aidée, taux d'incapacité ou GIR 1 à 3.
2. Demander le congé à l'employeur, un mois avant si possible.
3. Demander l'AJPA à la CAF ou à la MSA, en ligne.

## Ressources

- Plateforme « Ma boussole aidants », site de la CNSA.
- Association française des aidants, réseau des cafés des aidants.
"""),

("clean-violences-enfants-ciivise-noms-publics", """---
id: enfants-exposes-violences-autorite-parentale
titre: "Enfants exposés aux violences conjugales et autorité parentale : ce qui a changé"
resume: "Les lois de 2019, 2020 et 2024 ont renforcé la suspension de l'autorité parentale et
  des droits de visite du parent violent ; repères pour les professionnels qui accompagnent les
  mères et les enfants."
type_fiche: pratique
publics: [enfance, victimes, familles]
niveau_preuve: obligation_legale
cadre_juridique: ["Code civil art. 378-2", "Code civil art. 373-2-11", "Loi n° 2024-233 du 18 mars 2024"]
preuve:
  appui: "Code civil art. 378-2 : suspension de plein droit de l'exercice de l'autorité parentale en cas de poursuites pour crime sur l'autre parent"
auteurs:
  - nom: "Camille Renaudin"
    role: "Juriste, centre d'information sur les droits des femmes et des familles (CIDFF)"
sources:
  - titre: "Violences sexuelles faites aux enfants : on vous croit (rapport final)"
    auteur: "CIIVISE"
    annee: 2023
  - titre: "Haro sur le père violent"
    auteur: "Édouard Durand"
    annee: 2013
---

## Contexte

Le juge Édouard Durand, qui a coprésidé la CIIVISE, et Ernestine Ronai, fondatrice de
l'Observatoire des violences envers les femmes de Seine-Saint-Denis, ont popularisé l'idée qu'« un
mari violent n'est pas un bon père ». La loi du 18 mars 2024 a renforcé la protection des
enfants.

## Déroulement

- Informer la mère de ses droits, l'orienter vers un avocat.
- Signaler au juge les éléments de danger pour l'enfant lors des droits de visite.
- Recourir aux espaces de rencontre protégés quand le juge maintient un droit de visite.

## Points de vigilance

- Le droit bouge vite : vérifier le texte en vigueur avant chaque écrit.
"""),

("clean-voyageurs-tableau-statistiques-aires", """---
id: diagnostic-schema-departemental-accueil
titre: "Participer au diagnostic du schéma départemental d'accueil des gens du voyage"
resume: "Les travailleurs sociaux ont une connaissance fine des besoins ; leur contribution au
  diagnostic du schéma améliore la pertinence des aires et des terrains familiaux."
type_fiche: methode
publics: [gens_du_voyage, familles]
niveau: macro
cadre_juridique: ["Loi n° 2000-614 du 5 juillet 2000 (art. 1er)", "Loi n° 2017-86 du 27 janvier 2017"]
auteurs:
  - nom: "Valérie Combes"
    role: "Chargée d'études, association départementale"
sources:
  - titre: "Rapport sur l'accueil et l'habitat des gens du voyage"
    auteur: "Cour des comptes"
    annee: 2017
---

## Contexte

La Cour des comptes notait en 2017 que les objectifs des schémas n'étaient atteints qu'en partie,
surtout pour les aires de grand passage. Exemple de données compilées pour un département fictif :

| Équipement | Prévu au schéma | Réalisé | Taux |
|---|---|---|---|
| aires permanentes (places caravanes) | 420 | 312 | 74 % |
| aires de grand passage | 4 | 2 | 50 % |
| terrains familiaux locatifs | 60 | 18 | 30 % |

## Déroulement

- Recueillir les besoins exprimés par les familles, au fil des permanences.
- Les traduire en données anonymes : nombre de ménages, de caravanes, d'enfants scolarisés.

## Points de vigilance

- Le diagnostic doit associer les familles elles-mêmes, pas seulement les parler.
"""),

("clean-upe2a-allophones-livres-jeunesse", """---
id: accueil-eleves-allophones-upe2a
titre: "Accueillir un élève allophone nouvellement arrivé : le rôle de chacun au collège"
resume: "Évaluation au CASNAV, inscription en classe ordinaire avec des heures en UPE2A, lien avec
  la famille par un interprète : les premières semaines d'un élève qui ne parle pas encore
  français."
type_fiche: pratique
publics: [enfance, adolescents, migrants]
cadre_juridique: ["Circulaire n° 2012-141 du 2 octobre 2012", "Code de l'éducation L111-1"]
auteurs:
  - nom: "Rachida Amrani"
    role: "Enseignante en UPE2A"
  - nom: "Sébastien Roux"
    role: "Assistant social scolaire"
sources:
  - titre: "Le Petit Prince"
    auteur: "Antoine de Saint-Exupéry"
    annee: 1943
  - titre: "Max et les Maximonstres"
    auteur: "Maurice Sendak"
    annee: 1963
---

## Déroulement

- Évaluation dans la langue d'origine par le CASNAV, pour connaître la scolarité antérieure.
- Inscription dans une classe d'âge, avec un emploi du temps partagé.
- Livres bilingues : *Le Petit Prince* existe dans plus de 500 langues ; *Elmer* et *Max et les
  Maximonstres* aident les plus jeunes.

## Exemple

Une élève de 12 ans arrivée d'Afghanistan a lu son premier texte en français devant la classe au
bout de quatre mois : c'était un passage où le renard parle au petit prince.

## Points de vigilance

- L'assistante sociale vérifie les conditions de vie : hébergement, cantine, droits.
"""),

("clean-antilles-drepanocytose-pai", """---
id: pai-drepanocytose-ecole-antilles
titre: "Le projet d'accueil individualisé pour un enfant drépanocytaire à l'école"
resume: "La drépanocytose est fréquente aux Antilles et en Guyane ; un PAI bien préparé (eau,
  chaleur, douleur, sport) permet à l'enfant une scolarité ordinaire."
type_fiche: outil
publics: [enfance, adolescents, familles]
cadre_juridique: ["Code de l'éducation D351-9", "Circulaire n° 2021-116 du 10 février 2021"]
auteurs:
  - nom: "Dr Maryvonne Étienne"
    role: "Médecin de l'éducation nationale, Guadeloupe"
  - nom: "Association de patients drépanocytaires"
    role: "Relecture"
sources:
  - titre: "Prise en charge de la drépanocytose chez l'enfant et l'adolescent"
    auteur: "Haute Autorité de santé"
    annee: 2024
---

## Contexte

Aux Antilles, environ un nouveau-né sur 300 est atteint d'un syndrome drépanocytaire majeur selon
les données du dépistage néonatal. La Journée mondiale de la drépanocytose a lieu le 19 juin.

## Le PAI en pratique

| Situation | Conduite à tenir |
|---|---|
| soif, chaleur | bouteille d'eau autorisée en classe, accès libre aux toilettes |
| douleur | protocole antalgique du médecin, appel aux parents |
| fièvre supérieure à 38,5 °C | appel au 15 et aux parents |
| sport | adapté, pas de piscine froide, pauses |

## Points de vigilance

- L'enfant n'a pas à expliquer sa maladie à la classe s'il ne le veut pas.
"""),

("clean-reunion-epicerie-solidaire-marques-rues", """---
id: epicerie-solidaire-saint-benoit
titre: "Une épicerie solidaire dans l'Est de La Réunion : choisir ses produits comme ailleurs"
resume: "Une épicerie solidaire où les familles orientées par le CCAS font leurs courses à 10-30 %
  du prix, choisissent leurs produits et participent à des ateliers cuisine."
type_fiche: retour_experience
publics: [familles, precarite]
auteurs:
  - nom: "Marie-Lise Técher"
    role: "Coordinatrice, épicerie solidaire"
  - nom: "CCAS de Saint-Benoît"
    role: "Partenaire, orientation des familles"
sources:
  - titre: "Aide alimentaire : les paradoxes de la solidarité"
    auteur: "Dominique Paturel"
    annee: 2017
  - titre: "Les chiffres de la pauvreté à La Réunion"
    auteur: "Insee La Réunion"
    annee: 2023
---

## Contexte

Selon l'Insee, près de quatre Réunionnais sur dix vivent sous le seuil de pauvreté national. Les
prix de l'alimentation sont plus élevés que dans l'Hexagone.

## Ce que nous avons fait

- Local en rez-de-chaussée, rue Georges-Pompidou, à côté de la boutique chinoise du quartier.
- Produits récupérés auprès des grandes surfaces (Leclerc, Carrefour, Leader Price) et de la
  Banque alimentaire, complétés par des fruits et légumes des agriculteurs des Hauts.
- Ateliers cuisine : carry, rougail, grains, avec des produits de l'épicerie.

## Points de vigilance

- Le choix des produits est une question de dignité : pas de colis imposé.
"""),
]
CLEAN += [
("clean-psychiatrie-wrap-copeland", """---
id: plan-action-bien-etre-wrap
titre: "Le plan d'action pour le bien-être et le rétablissement (WRAP) en groupe"
resume: "Un outil d'autogestion conçu par des personnes concernées : chacun repère ses outils de
  bien-être, ses signes d'alerte et ce qu'il attend des autres en cas de crise."
publics: [adultes, sante_mentale]
niveau_preuve: evaluee
preuve:
  appui: "Cook et coll., Schizophrenia Bulletin, 2012 : amélioration des symptômes et de l'espoir après un groupe WRAP"
  effet: positif
auteurs:
  - nom: "Isabelle Legrand"
    role: "Médiatrice de santé pair, animatrice WRAP certifiée"
sources:
  - titre: "Wellness Recovery Action Plan"
    auteur: "Mary Ellen Copeland"
    annee: 1997
  - titre: "Results of a randomized controlled trial of mental illness self-management using WRAP"
    auteur: "Judith A. Cook et coll."
    annee: 2012
    url: "https://doi.org/10.1093/schbul/sbr012"
---

## Déroulement

Huit séances de deux heures, animées par deux pairs formés :

1. Ma boîte à outils du bien-être.
2. Mon plan quotidien.
3. Les déclencheurs et ce que je fais.
4. Les signes précoces d'alerte.
5. Quand ça va plus mal.
6. Mon plan de crise.
7. Après la crise ; bilan et suite (deux séances).

## Points de vigilance

- Le plan appartient à la personne ; l'équipe de soins n'en reçoit une copie que si elle le veut.
- Mary Ellen Copeland a elle-même vécu des troubles de l'humeur ; l'outil est né de son
  expérience et de celle de 120 personnes qu'elle a interrogées.
"""),

("clean-protection-maternelle-accouchement-secret-cnaop", """---
id: accompagnement-accouchement-sous-le-secret
titre: "Accompagner une femme qui souhaite accoucher sous le secret"
resume: "La femme peut demander le secret de son admission et de son identité lors de
  l'accouchement ; elle est informée de ses droits, de la possibilité de laisser des éléments et
  de revenir sur sa décision."
type_fiche: pratique
publics: [adultes, petite_enfance]
niveau_preuve: obligation_legale
cadre_juridique: ["Code civil art. 326", "CASF L222-6", "Loi n° 2002-93 du 22 janvier 2002"]
preuve:
  appui: "CASF L222-6 : information de la femme, pli fermé, délai de rétractation de deux mois"
auteurs:
  - nom: "Corinne Lafarge"
    role: "Correspondante départementale du CNAOP"
relectures:
  - nom: "Dr Agnès Vial"
    role: "Gynécologue-obstétricienne"
    date: 2026-02-10
    avis: favorable
---

## Déroulement

- Entretien avec la correspondante du CNAOP, si possible avant l'accouchement.
- Information sur les conséquences, sur les aides possibles si elle souhaite garder l'enfant.
- Proposition de laisser, dans un pli fermé, son identité et des éléments pour l'enfant.
- L'enfant devient pupille de l'État ; la mère peut le reprendre dans un délai de deux mois.

## Ressources

- CNAOP, 14 avenue Duquesne, 75350 Paris 07 SP.
- Le terme courant « accouchement sous X » vient de la croix tracée autrefois sur le registre.

## Points de vigilance

- Ne jamais chercher à convaincre : la décision appartient à la femme.
"""),

("clean-creche-diversification-pnns-marques", """---
id: diversification-alimentaire-creche
titre: "La diversification alimentaire en crèche, en accord avec les parents"
resume: "Introduire les nouveaux aliments entre 4 et 6 mois, suivre ce que fait la famille, ne
  rien introduire pour la première fois à la crèche : des règles simples pour le repas."
type_fiche: pratique
publics: [petite_enfance, familles]
niveau_preuve: recommandee
preuve:
  appui: "Santé publique France, Pas à pas, votre enfant mange comme un grand, 2021 (PNNS)"
auteurs:
  - nom: "Olivia Renard"
    role: "Diététicienne, service petite enfance municipal"
sources:
  - titre: "Pas à pas, votre enfant mange comme un grand"
    auteur: "Santé publique France"
    annee: 2021
    url: "https://www.mangerbouger.fr/"
---

## Déroulement

- Tableau de suivi des aliments déjà introduits à la maison, mis à jour chaque semaine.
- Pas de premier goût à la crèche : l'arachide, l'œuf, le poisson arrivent d'abord à la maison.
- Des petits pots industriels (Blédina, Nestlé ou autres) acceptés si la famille le souhaite.

## Exemple

Un bébé de 7 mois refusait la cuillère ; l'auxiliaire a proposé des morceaux fondants à saisir
avec les doigts, avec l'accord des parents. Il a mangé seul dès la deuxième semaine.

## Points de vigilance

- Les régimes religieux ou végétariens sont respectés ; un avis médical si le régime est très
  restrictif.
"""),

("clean-pjj-avocat-mineur-adresse-tribunal", """---
id: travailler-avec-avocat-du-mineur
titre: "Travailler avec l'avocat du mineur en matière pénale"
resume: "L'assistance d'un avocat est obligatoire pour le mineur poursuivi ; l'éducateur et
  l'avocat ont des rôles distincts, qui gagnent à se connaître et à se parler."
type_fiche: pratique
publics: [adolescents, justice]
cadre_juridique: ["CJPM L12-4", "Loi n° 91-647 du 10 juillet 1991"]
auteurs:
  - nom: "Maître Sonia Ferhat"
    role: "Avocate, antenne des mineurs du barreau"
  - nom: "David Roussel"
    role: "Éducateur PJJ"
---

## Déroulement

- L'éducateur informe le jeune et ses parents qu'un avocat sera désigné, gratuitement.
- Avant l'audience, l'avocat lit le rapport éducatif ; il peut appeler l'éducateur.
- Chacun garde sa place : l'avocat défend, l'éducateur éclaire.

## Ressources

- Tribunal judiciaire de Paris, parvis du Tribunal de Paris, 75017 Paris : tribunal pour enfants,
  permanence de l'antenne des mineurs.
- Ordre des avocats : permanence mineurs, accueil 01 99 00 30 00.
- Texte consolidé du code sur Légifrance :
  https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000039086952/

## Points de vigilance

- Ne pas confier à l'avocat ce qui relève du secret professionnel de l'éducateur sans nécessité.
"""),

("clean-guyane-soins-palliatifs-chiffres", """---
id: soins-palliatifs-guyane-territoire
titre: "Organiser les soins palliatifs sur un territoire grand comme le Portugal : la Guyane"
resume: "Une seule unité, des équipes mobiles, l'HAD et les centres délocalisés de prévention et
  de soins : comment accompagner la fin de vie quand la distance se compte en heures de pirogue."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
niveau: meso
auteurs:
  - nom: "Dr Ibrahim Sylla"
    role: "Médecin, équipe mobile de soins palliatifs, Cayenne"
  - nom: "Guylaine Marie-Sainte"
    role: "Infirmière coordinatrice"
sources:
  - titre: "Atlas des soins palliatifs et de la fin de vie en France"
    auteur: "Centre national des soins palliatifs et de la fin de vie"
    annee: 2023
cadre_juridique: ["Instruction n° DGOS/R4/2023/79 du 6 juin 2023", "CSP L1110-9"]
---

## Contexte

La Guyane compte environ 290 000 habitants sur 84 000 km². L'atlas du CNSPFV (2023) montre une
offre de soins palliatifs nettement inférieure à la moyenne nationale dans les outre-mer.

## Déroulement

- Téléconsultations entre l'équipe mobile et les CDPS de Maripasoula, Grand-Santi, Camopi.
- Prescriptions anticipées et kits de médicaments laissés au centre de santé.
- Retour au village pour mourir chez soi quand c'est le souhait, avec un médiateur.

## Points de vigilance

- Le rapatriement du corps vers un village isolé coûte cher : anticiper avec la famille.
"""),

("clean-maison-des-femmes-fondatrice", """---
id: maison-des-femmes-parcours-coordonne
titre: "Le parcours coordonné d'une maison des femmes adossée à un hôpital"
resume: "Un lieu unique, à l'hôpital, où une femme victime de violences trouve médecins, sage-femme,
  psychologue, juriste, assistante sociale et policière, sans répéter son histoire."
type_fiche: pratique
publics: [victimes, adultes]
niveau_preuve: documentee
auteurs:
  - nom: "Sonia Delattre"
    role: "Assistante sociale hospitalière"
sources:
  - titre: "Le Courage des femmes : la Maison des femmes de Saint-Denis"
    auteur: "Ghada Hatem-Gantzer"
    annee: 2020
  - titre: "Cahier des charges des structures dédiées à la prise en charge des femmes victimes de violences"
    auteur: "Ministère de la Santé"
    annee: 2020
---

## Contexte

La première Maison des femmes a été fondée en 2016 à Saint-Denis par la gynécologue Ghada Hatem,
à côté de la maternité de l'hôpital Delafontaine. Depuis, des dizaines de structures sur ce modèle
ont ouvert en France, souvent financées par les ARS.

## Déroulement

- Accueil sans rendez-vous par une infirmière ou une sage-femme.
- Consultation de synthèse, puis parcours : soins, plainte sur place, hébergement.
- Groupes de parole, ateliers d'autodéfense, art-thérapie.

## Ressources

- 3919 ; 17 ; SMS au 114 ; plateforme de signalement arretonslesviolences.gouv.fr.

## Points de vigilance

- La plainte n'est jamais une condition de la prise en charge.
"""),

("clean-evars-education-sexualite-loi-2001", """---
id: education-vie-affective-relationnelle-sexualite
titre: "Les séances d'éducation à la vie affective, relationnelle et à la sexualité au collège"
resume: "Trois séances annuelles obligatoires depuis 2001, un programme national depuis 2025 ;
  l'infirmière et l'assistante sociale les coaniment avec les enseignants et les associations."
type_fiche: pratique
publics: [adolescents, enfance]
niveau_preuve: obligation_legale
cadre_juridique: ["Code de l'éducation L312-16", "Loi n° 2001-588 du 4 juillet 2001", "Arrêté du 3 février 2025 (programme EVARS)"]
preuve:
  appui: "Code de l'éducation L312-16 : au moins trois séances annuelles dans les écoles, collèges et lycées"
auteurs:
  - nom: "Élodie Lambert"
    role: "Infirmière scolaire"
  - nom: "Samira Benyahia"
    role: "Assistante sociale scolaire"
sources:
  - titre: "Principes directeurs internationaux sur l'éducation à la sexualité"
    auteur: "UNESCO"
    annee: 2018
---

## Déroulement

- Séances en demi-groupe, avec des règles : pas de question personnelle, respect, droit de se
  taire.
- Thèmes adaptés à l'âge : le consentement, l'intimité, les écrans, les stéréotypes.
- Une boîte à questions anonymes.

## Points de vigilance

- Une révélation de violence en séance appelle un entretien individuel le jour même.
- Ressources à afficher : Fil Santé Jeunes 0 800 235 236, 119, 3018, onsexprime.fr.
"""),

("clean-rural-maison-sante-legifrance-ids", """---
id: travailleur-social-maison-de-sante
titre: "Un travailleur social dans une maison de santé pluriprofessionnelle rurale"
resume: "Quelques heures d'assistante sociale par semaine dans la maison de santé permettent aux
  médecins d'orienter tout de suite les patients dont les difficultés sociales bloquent les soins."
type_fiche: retour_experience
publics: [adultes, personnes_agees, precarite]
auteurs:
  - nom: "Dr Alain Courbet"
    role: "Médecin généraliste, coordinateur de la maison de santé"
  - nom: "Émilie Vernet"
    role: "Assistante sociale, CCAS intercommunal"
cadre_juridique: ["CSP L6323-3", "Accord conventionnel interprofessionnel du 20 avril 2017"]
sources:
  - titre: "Article L6323-3 du code de la santé publique (Légifrance)"
    auteur: "République française"
    annee: 2021
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043896386"
---

## Ce que nous avons fait

- Une permanence le jeudi matin, dans un bureau de la maison de santé.
- Orientation directe par les médecins, avec l'accord du patient, par un simple mot.
- Réunion mensuelle de concertation sur les situations complexes.

## Ce qui a changé

- Des droits ouverts plus vite (complémentaire santé, APA, AAH).
- Des médecins qui parlent plus facilement des difficultés sociales.

## Points de vigilance

- Le secret partagé se limite à ce qui est utile à la prise en charge du patient.
"""),

("clean-prostitution-mineurs-plan-national", """---
id: prevention-prostitution-mineurs
titre: "Repérer et accompagner les mineurs en situation ou en risque de prostitution"
resume: "Les mineurs victimes d'exploitation sexuelle sont souvent en fugue, placés ou en rupture ;
  repérage, protection et travail sur l'emprise, selon le plan national de 2021."
type_fiche: pratique
publics: [adolescents, victimes, enfance]
niveau_preuve: recommandee
preuve:
  appui: "Plan national de lutte contre la prostitution des mineurs, secrétariat d'État chargé de l'enfance, 2021"
cadre_juridique: ["Code pénal 225-12-1", "CASF L226-3", "Code civil art. 375"]
auteurs:
  - nom: "Marine Dupuy"
    role: "Éducatrice, association spécialisée"
  - nom: "Commandant Thierry Giraud"
    role: "Brigade de protection des familles, relecteur"
sources:
  - titre: "Rapport du groupe de travail sur la prostitution des mineurs"
    auteur: "Catherine Champrenault (dir.)"
    annee: 2021
---

## Contexte

Le groupe de travail présidé par la procureure générale Catherine Champrenault estimait en 2021
entre 7 000 et 10 000 le nombre de mineurs concernés en France, chiffre issu d'estimations
associatives. Le premier plan national a suivi.

## Déroulement

- Repérer les signes : fugues répétées, argent inexpliqué, téléphone multiple, « lover boy ».
- Protéger : information préoccupante ou signalement au procureur, mise à l'abri.
- Accompagner sur la durée, sans exiger que le jeune se reconnaisse victime.

## Ressources

- 119, Allô enfance en danger.
"""),

("clean-extrait-ressources-isbn-doi", """## Ressources

- Donald W. Winnicott, *La mère suffisamment bonne*, Payot, coll. « Petite Bibliothèque Payot »,
  2006 (ISBN 978-2-228-90097-8).
- John Bowlby, *Attachement et perte*, vol. 1 *L'attachement*, PUF, 1978 (trad. de l'anglais,
  1969).
- Boris Cyrulnik, *Un merveilleux malheur*, Odile Jacob, 1999.
- Robert Castel, *Les métamorphoses de la question sociale : une chronique du salariat*, Fayard,
  1995.
- Serge Paugam, *La disqualification sociale*, PUF, 1991.
- Pierre Bourdieu (dir.), *La misère du monde*, Seuil, 1993.
- Haute Autorité de santé, *L'accompagnement de la personne polyhandicapée dans sa spécificité*,
  2020, en ligne sur has-sante.fr.
- Article de synthèse : Tereno S. et coll., « L'attachement : théorie et implications cliniques »,
  *Devenir*, 2007, vol. 19, DOI 10.3917/dev.071.0007.
- Décret n° 2022-1728 du 30 décembre 2022, JORF n° 0303 du 31 décembre 2022,
  NOR : HSSA2233652D (à vérifier sur Légifrance).

Ces références sont données pour approfondir ; la fiche n'en recopie aucun passage long.
"""),
]
CLEAN += [
("clean-creche-mixite-sociale-statistiques-cnaf", """---
id: places-creche-familles-pauvres
titre: "Ouvrir la crèche aux enfants de familles pauvres : réserver, informer, simplifier"
resume: "Les enfants de familles modestes vont beaucoup moins en crèche que les autres ; des règles
  d'attribution, une information ciblée et un accueil souple corrigent en partie cet écart."
type_fiche: pratique
publics: [petite_enfance, familles, precarite]
auteurs:
  - nom: "Juliette Perrin"
    role: "Coordinatrice petite enfance, communauté d'agglomération"
relectures:
  - nom: "Martine Rivière"
    role: "Conseillère technique petite enfance, CAF"
    date: 2026-06-02
    avis: favorable
sources:
  - titre: "L'accueil du jeune enfant en 2022"
    auteur: "Observatoire national de la petite enfance (Cnaf)"
    annee: 2023
  - titre: "Stratégie nationale de prévention et de lutte contre la pauvreté"
    auteur: "Délégation interministérielle"
    annee: 2018
cadre_juridique: ["CASF L214-2", "CASF L214-7"]
---

## Contexte

Selon l'Observatoire national de la petite enfance, les enfants des 20 % de familles les plus
modestes sont nettement moins souvent accueillis en crèche que ceux des 20 % les plus aisées. Le
bonus « mixité sociale » de la CAF, créé en 2019, finance les places occupées par ces enfants.

## Déroulement

- Une commission d'attribution avec des critères écrits et publics.
- Des places réservées aux enfants orientés par la PMI et le service social.
- Une information dans les lieux fréquentés par les familles : PMI, épiceries solidaires.

## Points de vigilance

- Le coût n'est pas le seul frein : horaires, dossier, peur du jugement.
"""),

("clean-reunion-pmi-anonymisation-mme-x", """---
id: consultation-pmi-creole-reunion
titre: "Mener une consultation de PMI en créole réunionnais"
resume: "Parler créole avec les parents qui le préfèrent change la qualité de l'échange ; repères
  pour une équipe de PMI où tous les professionnels ne le parlent pas."
type_fiche: pratique
publics: [petite_enfance, familles]
auteurs:
  - nom: "Évelyne Cadet"
    role: "Auxiliaire de puériculture, centre de PMI"
  - nom: "Dr Sophie Marchal"
    role: "Médecin de PMI"
sources:
  - titre: "Le créole réunionnais : langue et société"
    auteur: "Lambert-Félix Prudent"
    annee: 1993
---

## Exemple

Deux mères viennent le même matin. Mme X répond en français aux questions du médecin, mais se met
à parler librement quand l'auxiliaire lui demande en créole « Koman i lé, ti baba ? ». Mme Y, elle,
préfère le français, qu'elle parle au travail : on ne suppose pas, on demande.

## Déroulement

- À l'accueil : « Vous préférez parler créole ou français ? »
- Un professionnel créolophone présent à chaque consultation.
- Les documents écrits restent en français, mais on les explique en créole.

## Points de vigilance

- Le créole n'est pas une langue « de moins » : ne pas le réserver aux familles précaires.
"""),

("clean-harcelement-phare-association-prenom", """---
id: programme-phare-college
titre: "Mettre en place le programme pHARe dans un collège"
resume: "Le programme de lutte contre le harcèlement à l'école (pHARe) repose sur une équipe
  formée, des élèves ambassadeurs, des heures de sensibilisation et un protocole de traitement."
type_fiche: methode
publics: [adolescents, enfance, familles]
niveau_preuve: recommandee
preuve:
  appui: "Ministère de l'Éducation nationale, programme pHARe, généralisé aux collèges en 2022"
cadre_juridique: ["Code de l'éducation L511-3-1", "Loi n° 2022-299 du 2 mars 2022", "Code pénal 222-33-2-3"]
auteurs:
  - nom: "Vincent Carrière"
    role: "Principal de collège"
  - nom: "Lucie Fabre"
    role: "Assistante sociale scolaire, membre de l'équipe ressource"
sources:
  - titre: "Programme KiVa : évaluation en Finlande"
    auteur: "Christina Salmivalli et coll."
    annee: 2011
---

## Déroulement

- Formation de cinq personnes ressources par établissement.
- Dix heures d'apprentissage par an et par classe.
- Protocole : entretien avec la victime, méthode de la préoccupation partagée, sanction si besoin.

## Ressources

- 3018, numéro national contre le harcèlement et le cyberharcèlement.
- Associations de parents et de victimes, comme « Marion, la main tendue » ou e-Enfance.

## Points de vigilance

- Le harcèlement scolaire est un délit depuis la loi du 2 mars 2022.
"""),

("clean-pjj-boxe-educative-celebrites", """---
id: boxe-educative-uemo
titre: "La boxe éducative en unité éducative : canaliser sans cogner"
resume: "Une séance hebdomadaire de boxe éducative, sans coup porté, avec un éducateur sportif
  diplômé : un support pour travailler le respect des règles, la maîtrise de soi et le rapport à
  l'autre."
type_fiche: pratique
publics: [adolescents, justice]
modes_intervention: [collectif]
auteurs:
  - nom: "Samir Hadjadj"
    role: "Éducateur sportif, brevet d'État de boxe"
  - nom: "Agathe Colin"
    role: "Éducatrice PJJ"
sources:
  - titre: "Sport et éducation : les pratiques sportives en protection judiciaire de la jeunesse"
    auteur: "Direction de la PJJ"
    annee: 2016
---

## Contexte

La boxe éducative, reconnue par la Fédération française de boxe, interdit la frappe appuyée :
on touche, on ne frappe pas. Beaucoup de jeunes arrivent avec en tête Muhammad Ali ou Mike Tyson ;
on leur parle aussi de Brahim Asloum, champion olympique à Sydney, et des valeurs du club.

## Déroulement

- Échauffement, technique, assauts encadrés, retour au calme.
- Règles affichées et rappelées : saluer, écouter l'arbitre, serrer la main.
- Temps de parole à la fin : « Qu'est-ce qui t'a énervé aujourd'hui ? »

## Points de vigilance

- Certificat médical de non-contre-indication.
- Ne pas faire de la boxe une récompense qu'on retire en sanction.
"""),

("clean-psychiatrie-prospect-unafam", """---
id: programme-prospect-familles
titre: "Le programme Prospect Famille : des aidants formés par des aidants"
resume: "Un module de deux jours et demi, animé par des bénévoles de l'UNAFAM eux-mêmes parents ou
  proches, pour que les familles développent leurs propres ressources face aux troubles psychiques
  d'un proche."
type_fiche: methode
publics: [aidants, sante_mentale, familles]
niveau_preuve: documentee
auteurs:
  - nom: "Monique Garcin"
    role: "Bénévole UNAFAM, animatrice Prospect"
sources:
  - titre: "Programme Prospect : guide de l'animateur"
    auteur: "EUFAMI, UNAFAM"
    annee: 2006
  - titre: "Vivre avec un proche atteint de troubles psychiques"
    auteur: "UNAFAM"
    annee: 2019
---

## Contexte

Prospect a été conçu au niveau européen par la fédération EUFAMI et adapté en France par l'UNAFAM.
L'UNAFAM, reconnue d'utilité publique, a son siège 12 villa Compoint, 75017 Paris ; son service
Écoute-famille répond aux proches par téléphone, avec des psychologues.

## Déroulement

- Dix modules en petit groupe : mon expérience, mes compétences, mon réseau, mes attentes.
- Les animateurs sont des pairs, formés, qui ne donnent pas de conseils médicaux.

## Points de vigilance

- Le programme ne remplace pas la psychoéducation menée par les équipes de soins.
"""),

("clean-deuil-groupe-endeuilles-bibliographie", """---
id: groupe-soutien-endeuilles
titre: "Un groupe de soutien pour les personnes endeuillées après un décès en soins palliatifs"
resume: "Six rencontres mensuelles, animées par une psychologue et une bénévole formée, pour les
  proches de patients décédés dans le service, quelques mois après le décès."
type_fiche: pratique
publics: [aidants, adultes]
modes_intervention: [collectif]
niveau_preuve: documentee
auteurs:
  - nom: "Anne-Marie Lagarde"
    role: "Psychologue, unité de soins palliatifs"
  - nom: "Fédération européenne Vivre son deuil"
    role: "Formation des bénévoles"
sources:
  - titre: "Vivre le deuil au jour le jour"
    auteur: "Christophe Fauré"
    annee: 1995
  - titre: "Aimer, perdre et grandir"
    auteur: "Jean Monbourquette"
    annee: 1984
---

## Déroulement

- Invitation envoyée trois mois après le décès, avec une carte manuscrite de l'équipe.
- Groupe fermé de huit personnes au plus.
- Thèmes : les derniers jours, la colère, la solitude, les objets, les dates anniversaires.

## Exemple

Une femme d'une soixantaine d'années, dont le mari était mort dans le service, est venue à la
première séance « pour remercier ». Elle est restée jusqu'à la fin du cycle.

## Points de vigilance

- Repérer les deuils compliqués et orienter vers un suivi individuel.
"""),

("clean-iscg-intervenant-social-commissariat", """---
id: intervenant-social-commissariat-gendarmerie
titre: "L'intervenant social en commissariat et en gendarmerie"
resume: "Un travailleur social présent dans les locaux de police ou de gendarmerie accueille les
  personnes en détresse sociale (victimes, mis en cause, mineurs) et les oriente sans délai."
type_fiche: pratique
publics: [victimes, adultes, familles]
niveau_preuve: documentee
auteurs:
  - nom: "Caroline Faure"
    role: "Intervenante sociale en gendarmerie"
sources:
  - titre: "Cadre de référence des intervenants sociaux en commissariat et en gendarmerie"
    auteur: "Ministère de l'Intérieur, ANISCG"
    annee: 2020
cadre_juridique: ["CASF L121-1-1", "Loi n° 2007-297 du 5 mars 2007"]
---

## Contexte

Le dispositif est né à la fin des années 1990 ; il compte plusieurs centaines de postes. L'article
L121-1-1 du CASF, créé par la loi du 5 mars 2007 relative à la prévention de la délinquance, en
fixe le principe. L'Association nationale des intervenants sociaux en commissariat et gendarmerie
(ANISCG) anime le réseau.

## Déroulement

- Lecture des mains courantes et procès-verbaux signalés par les enquêteurs.
- Prise de contact rapide, souvent dans les 48 heures.
- Orientation vers les services de droit commun.

## Points de vigilance

- L'intervenant n'est ni enquêteur ni auxiliaire de police : il le dit à la personne.
"""),

("clean-voyageurs-antenne-scolaire-mobile", """---
id: antenne-scolaire-mobile
titre: "L'antenne scolaire mobile : un camion-école sur les aires"
resume: "Un enseignant de l'éducation nationale se déplace en camion aménagé vers les aires pour
  scolariser les enfants qui ne vont pas encore à l'école, et préparer leur entrée en classe."
type_fiche: pratique
publics: [gens_du_voyage, enfance]
modes_intervention: [aller_vers]
auteurs:
  - nom: "Bruno Chevallier"
    role: "Enseignant, antenne scolaire mobile"
sources:
  - titre: "Circulaire n° 2012-142 du 2 octobre 2012"
    auteur: "Ministère de l'Éducation nationale"
    annee: 2012
  - titre: "Scolarisation des enfants du voyage"
    auteur: "CASNAV de l'académie"
    annee: 2020
cadre_juridique: ["Code de l'éducation L131-1", "Circulaire n° 2012-142 du 2 octobre 2012"]
---

## Déroulement

- Tournée fixe sur quatre aires, deux demi-journées par aire et par semaine.
- Apprentissages de base, lecture, calcul, avec des supports adaptés.
- Objectif affiché : l'inscription dans l'école du secteur, pas le maintien dans le camion.

![Le camion-école stationné sur une aire, porte ouverte, tables installées](images/camion-ecole.jpg)

## Points de vigilance

- Le camion ne doit pas devenir une école à part pour les enfants du voyage.
"""),

("clean-antilles-rsma-general-nemo", """---
id: rsma-insertion-jeunes-outre-mer
titre: "Orienter un jeune vers le service militaire adapté en outre-mer"
resume: "Le RSMA propose aux jeunes ultramarins de 18 à 25 ans une formation professionnelle en
  internat, avec un cadre militaire ; le travailleur social aide à préparer la candidature."
type_fiche: pratique
publics: [jeunes_adultes, precarite]
auteurs:
  - nom: "Nicole Jean-Louis"
    role: "Conseillère en insertion, mission locale de Basse-Terre"
sources:
  - titre: "Rapport d'activité du service militaire adapté"
    auteur: "Commandement du SMA"
    annee: 2023
  - titre: "Le service militaire adapté : soixante ans d'histoire"
    auteur: "Ministère des Outre-mer"
    annee: 2021
---

## Contexte

Le SMA a été créé en 1961 aux Antilles, à l'initiative du général Jean Némo, pour répondre au
chômage des jeunes. Il existe un régiment dans chaque territoire ultramarin ; en Guadeloupe, il
est implanté à Baie-Mahault.

## Déroulement

- Information collective à la mission locale, avec d'anciens volontaires.
- Dossier de candidature, tests, visite médicale.
- Préparation au départ : hébergement en internat, règles, tenue.

## Points de vigilance

- Le cadre militaire ne convient pas à tous ; ne pas en faire une solution par défaut.
"""),

("clean-trans-prostitution-sante-associations", """---
id: sante-personnes-trans-travail-du-sexe
titre: "Accompagner la santé des femmes trans qui exercent le travail du sexe"
resume: "Discriminations, accès au traitement hormonal, changement d'état civil, VIH : un
  accompagnement communautaire et respectueux du prénom choisi."
type_fiche: pratique
publics: [adultes, migrants, precarite]
auteurs:
  - nom: "Lou Martineau"
    role: "Animatrice de prévention, association communautaire"
sources:
  - titre: "Transidentité et parcours de transition : recommandations"
    auteur: "Haute Autorité de santé"
    annee: 2025
cadre_juridique: ["Code civil art. 61-5", "Loi n° 2016-1547 du 18 novembre 2016"]
---

## Contexte

Des associations comme Acceptess-T à Paris accompagnent des femmes trans, souvent migrantes
d'Amérique latine, exposées aux violences et au VIH. Depuis la loi du 18 novembre 2016, le
changement de la mention du sexe à l'état civil ne suppose plus d'opération.

## Déroulement

- Utiliser le prénom et les pronoms choisis par la personne, dans tous les écrits.
- Accompagner vers un médecin formé pour le suivi hormonal.
- Proposer la PrEP et le dépistage régulier.

## Points de vigilance

- Le changement de prénom se fait en mairie (Code civil, art. 60) : expliquer la démarche.
"""),
]
CLEAN += [
("clean-extrait-contexte-histoire-noms-coupes", """## Contexte

La protection de l'enfance a une longue histoire. La loi du 23 décembre 1874, dite loi Roussel,
du nom du député Théophile Roussel, organise la surveillance des nourrissons placés en nourrice ;
elle est souvent présentée comme l'ancêtre de la PMI, créée par l'ordonnance du 2 novembre 1945.
La même année, l'ordonnance du 2 février 1945 fonde la justice des mineurs sur la primauté de
l'éducatif. Dans les décennies suivantes, des cliniciens comme Françoise
Dolto, Myriam David ou Jenny Aubry, puis des chercheurs comme Michel Foucault ou Jacques Donzelot
(*La police des familles*, 1977), transforment la façon de penser l'enfant, la famille et
l'institution.

Les grandes lois récentes sont celles du 5 mars 2007 (loi n° 2007-293, réformant la protection de
l'enfance), du 14 mars 2016 (loi n° 2016-297, relative à la protection de l'enfant) et du
7 février 2022 (loi n° 2022-140, dite loi Taquet, relative à la protection des enfants). Chacune
a déplacé le curseur entre le soutien aux parents et la protection de l'enfant.

## Objectifs

- Situer sa pratique dans cette histoire, pour ne pas croire inventer ce qui existe déjà.
- Comprendre d'où viennent les méfiances des familles, parfois transmises sur trois générations.
"""),

("clean-yaml-seul-referent-parcours", """---
id: referent-de-parcours-demarche
titre: "La démarche du référent de parcours : un interlocuteur unique pour les situations complexes"
resume: "Un professionnel, choisi avec la personne parmi ceux qui la suivent déjà, coordonne les
  interventions et garde la vue d'ensemble, sans se substituer aux autres."
type_fiche: methode
publics: [adultes, familles, precarite]
secteurs: [social, medico_social]
niveau: meso
niveau_preuve: recommandee
preuve:
  appui: "DGCS, Guide d'appui au déploiement de la démarche du référent de parcours, 2017"
statut: validee
relectures:
  - nom: "Hélène Garrigues"
    role: "Cheffe de service, service social départemental"
    date: 2026-09-09
    avis: favorable
  - nom: "Pierre-Alain Dumas"
    role: "Coordinateur de CLSM"
    date: 2026-09-21
    avis: favorable_avec_reserves
date_creation: 2026-08-01
date_maj: 2026-09-25
revoir_avant: 2028-01-31
licence: CC-BY-SA-4.0
cadre_juridique: ["CASF L115-2", "Décret n° 2017-1063 du 2 mai 2017"]
auteurs:
  - nom: "Aurélie Chabanne"
    role: "Assistante de service social, référente de parcours"
  - nom: "Équipe du pôle solidarités du territoire Sud"
    role: "Rédaction collective"
sources:
  - titre: "Guide d'appui au déploiement de la démarche du référent de parcours"
    auteur: "Direction générale de la cohésion sociale"
    annee: 2017
  - titre: "Le pouvoir d'agir des personnes accompagnées"
    auteur: "Yann Le Bossé"
    annee: 2012
---
"""),

("clean-nurserie-prison-mere-enfant", """---
id: accompagnement-mere-enfant-detention
titre: "Accompagner une mère incarcérée avec son enfant de moins de 18 mois"
resume: "En France, une mère détenue peut garder son enfant avec elle jusqu'à 18 mois, dans un
  quartier nurserie ; la PMI, le SPIP et l'ASE préparent ensemble la séparation ou la sortie."
type_fiche: pratique
publics: [petite_enfance, familles, justice]
cadre_juridique: ["Code pénitentiaire R322-1", "CSP L2112-2"]
auteurs:
  - nom: "Amandine Royer"
    role: "Puéricultrice de PMI, intervenante en établissement pénitentiaire"
  - nom: "Sébastien Carle"
    role: "Conseiller pénitentiaire d'insertion et de probation"
sources:
  - titre: "Rapport sur les mères détenues et leurs enfants"
    auteur: "Contrôleur général des lieux de privation de liberté"
    annee: 2022
---

## Contexte

Quelques dizaines d'enfants vivent chaque année en détention avec leur mère, dans une douzaine
d'établissements disposant de cellules nurserie. Le CGLPL a recommandé d'améliorer leurs
conditions de vie et de développer les alternatives à l'incarcération.

## Déroulement

- Visite de PMI hebdomadaire : suivi du développement, vaccinations.
- Sorties organisées de l'enfant (crèche, famille élargie) pour l'ouvrir au monde extérieur.
- Préparation de la séparation à 18 mois, plusieurs mois à l'avance, si la mère reste détenue.

## Exemple

Un bébé de 9 mois allait deux jours par semaine dans une crèche de la ville, accompagné par une
bénévole ; il y a fait ses premiers pas.
"""),

("clean-mayotte-pmi-mobile-statistiques", """---
id: pmi-mobile-mayotte
titre: "La PMI mobile à Mayotte : un bus pour les villages éloignés"
resume: "Un bus aménagé de PMI, avec sage-femme, infirmière et médiatrice, se rend dans les
  villages sans centre de PMI pour les consultations de nourrissons et le suivi de grossesse."
type_fiche: pratique
publics: [petite_enfance, familles, precarite]
modes_intervention: [aller_vers]
auteurs:
  - nom: "Direction de la PMI, Conseil départemental de Mayotte"
    role: "Rédaction institutionnelle"
  - nom: "Saïda Boinali"
    role: "Médiatrice en santé"
sources:
  - titre: "État de santé de la population à Mayotte"
    auteur: "ORS Mayotte"
    annee: 2023
  - titre: "Naissances et fécondité à Mayotte"
    auteur: "Insee"
    annee: 2022
---

## Contexte

Le centre hospitalier de Mayotte enregistre environ 10 000 naissances par an, ce qui en fait l'une
des plus grosses maternités de France. Beaucoup de femmes arrivent à l'accouchement avec un suivi
incomplet. Les villages du sud, comme Bouéni ou Kani-Kéli, sont loin des centres de PMI.

## Déroulement

| Jour | Commune | Activité principale |
|---|---|---|
| lundi | Bouéni | consultations de nourrissons |
| mardi | Kani-Kéli | suivi de grossesse |
| jeudi | M'Tsangamouji | vaccinations, rattrapage |

## Points de vigilance

- Les contrôles d'identité à proximité du bus font fuir les familles : négocier avec la préfecture.
"""),

("clean-ecole-handicap-psychique-mme-x", """---
id: scolarite-eleve-troubles-psychiques
titre: "Soutenir la scolarité d'un lycéen qui traverse des troubles psychiques"
resume: "Hospitalisation, absences, reprise progressive : l'équipe éducative, le soin et la famille
  construisent un projet d'accompagnement personnalisé ou un PPS qui préserve la scolarité."
type_fiche: pratique
publics: [adolescents, sante_mentale, handicap]
cadre_juridique: ["Code de l'éducation L112-1", "Code de l'éducation D311-13"]
auteurs:
  - nom: "Anne Sauvageot"
    role: "Assistante sociale scolaire, lycée général"
  - nom: "Dr Bastien Arnaud"
    role: "Pédopsychiatre, maison des adolescents"
---

## Déroulement

- Pendant l'hospitalisation : cours par le service d'assistance pédagogique à domicile (SAPAD) ou
  l'école à l'hôpital.
- À la sortie : réunion avec l'élève, ses parents, le soignant si l'élève l'accepte.
- Aménagements : emploi du temps allégé, tiers temps aux examens, lieu de repli.

## Exemple

Mme X, mère d'un élève de 1re hospitalisé deux mois, craignait qu'il redouble. Le lycée a proposé
une reprise à mi-temps, validée avec le pédopsychiatre ; il a passé les épreuves anticipées en
juin avec un tiers temps.

## Points de vigilance

- Le diagnostic reste secret : l'équipe n'a besoin que des besoins et des aménagements.
"""),

("clean-pjj-cer-sejour-rupture", """---
id: centre-educatif-renforce-session
titre: "La session en centre éducatif renforcé : trois temps et une sortie à préparer"
resume: "Le CER accueille des mineurs pour des sessions de quelques mois, avec un temps de rupture,
  un temps de remobilisation et un temps de préparation de la sortie."
type_fiche: methode
publics: [adolescents, justice]
cadre_juridique: ["CJPM L113-7", "Arrêté du 19 mars 2020 (cahier des charges des CER)"]
auteurs:
  - nom: "Jean-Michel Pons"
    role: "Directeur de centre éducatif renforcé"
sources:
  - titre: "Les centres éducatifs renforcés : rapport d'évaluation"
    auteur: "Inspection générale de la justice"
    annee: 2018
---

## Déroulement

| Phase | Durée | Contenu |
|---|---|---|
| rupture | 4 à 6 semaines | randonnée, chantier, vie collective hors du quartier |
| remobilisation | 6 à 8 semaines | stages, remise à niveau, santé |
| préparation de la sortie | 4 semaines | projet avec la famille et le milieu ouvert |

## Exemple

Un jeune de 16 ans, en rupture scolaire depuis deux ans, a fait un stage dans une exploitation
maraîchère pendant la deuxième phase ; il a ensuite signé un contrat d'apprentissage.

## Points de vigilance

- Le séjour de rupture n'a de sens que si le retour est travaillé dès le départ.
"""),

("clean-accueil-familial-therapeutique-lieux-histoire", """---
id: accueil-familial-therapeutique-adultes
titre: "L'accueil familial thérapeutique pour adultes en psychiatrie"
resume: "Une personne souffrant de troubles psychiques vit chez un accueillant familial salarié de
  l'hôpital, avec le soutien d'une équipe de soins : une alternative à l'hospitalisation longue."
type_fiche: pratique
publics: [adultes, sante_mentale]
cadre_juridique: ["CSP L3221-1", "Arrêté du 1er octobre 1990 relatif à l'accueil familial thérapeutique"]
auteurs:
  - nom: "Dominique Farge"
    role: "Infirmier, service d'accueil familial thérapeutique"
sources:
  - titre: "Geel, une communauté thérapeutique"
    auteur: "Eugeen Roosens"
    annee: 1979
---

## Contexte

L'accueil de personnes « aliénées » chez l'habitant a une longue histoire : à Geel, en Belgique,
depuis le Moyen Âge autour du culte de sainte Dymphne ; en France, avec les colonies familiales de
Dun-sur-Auron (1892) et d'Ainay-le-Château (1900), dans le Cher et l'Allier, qui existent encore
sous forme de services hospitaliers.

## Déroulement

- Choix de l'accueillant par l'équipe, après visites et formation.
- Visite infirmière au moins hebdomadaire, réunions régulières à l'hôpital.
- Projet de soins revu tous les six mois avec la personne accueillie.

## Points de vigilance

- L'accueillant a droit à des congés et à un remplacement : prévoir l'accueil relais.
"""),

("clean-ehpad-fin-de-vie-nuit-statistiques", """---
id: infirmiere-de-nuit-ehpad-fin-de-vie
titre: "Une infirmière de nuit mutualisée entre EHPAD pour éviter les hospitalisations de fin de vie"
resume: "Une infirmière d'astreinte la nuit pour plusieurs EHPAD, appelée par les aides-soignantes,
  permet de soulager un résident en fin de vie sur place plutôt que de l'envoyer aux urgences."
type_fiche: retour_experience
publics: [personnes_agees, aidants]
niveau: meso
auteurs:
  - nom: "Céline Bouchet"
    role: "Infirmière de nuit, dispositif mutualisé"
  - nom: "Dr Hervé Mazet"
    role: "Médecin coordonnateur"
sources:
  - titre: "Fin de vie des personnes âgées : rapport"
    auteur: "Observatoire national de la fin de vie"
    annee: 2013
  - titre: "Instruction relative au déploiement des astreintes infirmières de nuit en EHPAD"
    auteur: "DGCS"
    annee: 2021
---

## Contexte

Environ un quart des décès en France surviennent en EHPAD. L'Observatoire national de la fin de vie
avait montré dès 2013 que beaucoup de résidents décèdent à l'hôpital après un transfert nocturne,
faute d'infirmière sur place.

## Ce que nous avons observé

- Moins de transferts aux urgences la nuit dans les établissements du dispositif.
- Des aides-soignantes rassurées d'avoir un recours.
- Des prescriptions anticipées plus souvent rédigées par les médecins traitants.

## Points de vigilance

- L'astreinte ne remplace pas la présence d'une infirmière de nuit dans chaque établissement.
"""),

("clean-hebergement-violences-adresse-siege", """---
id: confidentialite-adresse-hebergement
titre: "Protéger la confidentialité de l'adresse d'un hébergement pour femmes victimes de violences"
resume: "L'adresse de l'hébergement ne doit jamais circuler : courrier au siège, domiciliation,
  consignes aux partenaires, vigilance sur les réseaux sociaux et les photos."
type_fiche: pratique
publics: [victimes, familles]
cadre_juridique: ["Code civil art. 515-11 (6°)", "CASF L345-1"]
auteurs:
  - nom: "Stéphanie Morvan"
    role: "Directrice d'association, hébergement spécialisé"
relectures:
  - nom: "Anne Chevalier"
    role: "Cheffe de service, SIAO"
    date: 2026-10-28
    avis: favorable
---

## Déroulement

- Tout le courrier des femmes hébergées arrive au siège administratif de l'association : 12 rue de
  la République, 69002 Lyon ; il est remis en main propre.
- Les partenaires (école, CAF, CPAM) n'ont que l'adresse du siège.
- Les taxis et livreurs reçoivent une adresse de rendez-vous voisine.
- Aucune photo de façade, aucune géolocalisation sur les réseaux sociaux de l'association.

## Points de vigilance

- L'ordonnance de protection peut autoriser la victime à dissimuler son adresse et à élire
  domicile chez son avocat ou au parquet.
- Les enfants peuvent dévoiler l'adresse sans le vouloir : en parler avec eux, sans les effrayer.
"""),
]
CLEAN += [
("clean-guyane-suicide-jeunes-amerindiens-rapport", """---
id: prevention-suicide-jeunes-haut-maroni
titre: "Prévenir le suicide des jeunes dans les communes amérindiennes de l'intérieur guyanais"
resume: "Un programme construit avec les autorités coutumières, les jeunes et les familles :
  activités, formation de sentinelles, présence régulière de soignants et de travailleurs sociaux."
type_fiche: pratique
publics: [adolescents, jeunes_adultes, sante_mentale]
modes_intervention: [communautaire, aller_vers]
niveau_preuve: documentee
auteurs:
  - nom: "Dr Antoine Lebreton"
    role: "Psychiatre, équipe mobile de l'intérieur"
  - nom: "Collectif des médiateurs de Camopi et de Maripasoula"
    role: "Rédaction collective"
sources:
  - titre: "Suicides des jeunes Amérindiens en Guyane française : 37 propositions pour enrayer ces drames"
    auteur: "Aline Archimbaud, Marie-Anne Chapdelaine"
    annee: 2015
  - titre: "Tristes tropiques"
    auteur: "Claude Lévi-Strauss"
    annee: 1955
---

## Contexte

Le rapport remis au Premier ministre en 2015 décrivait des taux de suicide chez les jeunes
Wayana, Teko et Wayampi très supérieurs à ceux de l'Hexagone, liés à la perte des repères, à
l'internat loin du village dès le collège et au manque de perspectives.

## Déroulement

- Concertation avec les chefs coutumiers (capitaines) avant toute action.
- Activités portées par les jeunes eux-mêmes : musique, pirogue, artisanat, sport.
- Formation de sentinelles au repérage de la crise suicidaire, dans les langues locales.

## Points de vigilance

- Les interventions ponctuelles venues du littoral, sans lendemain, aggravent la défiance.
- 3114 joignable, mais la couverture téléphonique est inégale dans les villages.
"""),

("clean-reunion-maison-ados-zamal", """---
id: consultations-jeunes-consommateurs-reunion
titre: "Les consultations jeunes consommateurs à La Réunion : alcool, zamal, écrans"
resume: "Des consultations gratuites et anonymes pour les 12-25 ans et leurs parents, dans les
  maisons des adolescents et les CSAPA de l'île, pour faire le point sur une consommation."
type_fiche: pratique
publics: [adolescents, jeunes_adultes, addictions]
niveau_preuve: documentee
auteurs:
  - nom: "Fabrice Payet"
    role: "Éducateur spécialisé, consultation jeunes consommateurs"
  - nom: "Dr Anne-Laure Clain"
    role: "Addictologue, relectrice"
sources:
  - titre: "Les drogues à 17 ans : enquête ESCAPAD"
    auteur: "Observatoire français des drogues et des tendances addictives (OFDT)"
    annee: 2022
---

## Contexte

L'enquête ESCAPAD de l'OFDT (2022) montre qu'à 17 ans la consommation régulière de cannabis est à
La Réunion d'un niveau proche de celui de l'Hexagone, mais le zamal y est souvent cultivé
localement et banalisé dans certaines familles.

## Déroulement

- Premier rendez-vous sans les parents si le jeune le souhaite.
- Outils d'évaluation courts (CAST pour le cannabis, AUDIT-C pour l'alcool).
- Entretien motivationnel ; consultation famille à part.

## Ressources

- Drogues info service : 0 800 23 13 13 ; Alcool info service : 0 980 980 930.
- Maison des adolescents, accueil sans rendez-vous le mercredi après-midi.
"""),

("clean-prostitution-roses-acier-belleville", """---
id: accompagnement-femmes-chinoises-rue
titre: "Aller vers les femmes chinoises qui exercent dans la rue à Paris"
resume: "Des femmes chinoises, souvent d'âge mûr et sans papiers, exercent à Belleville ou dans
  le 13e arrondissement ; une approche en mandarin, par des pairs, adossée à une association
  qu'elles ont créée."
type_fiche: pratique
publics: [adultes, migrants, precarite]
modes_intervention: [aller_vers, communautaire]
auteurs:
  - nom: "Mei Lin Zhang"
    role: "Médiatrice en santé, mandarin"
  - nom: "Paul Leclercq"
    role: "Infirmier, équipe mobile"
sources:
  - titre: "Travailleuses du sexe chinoises à Paris : enquête"
    auteur: "Hélène Le Bail, Médecins du Monde"
    annee: 2015
---

## Contexte

L'association Les Roses d'acier a été créée en 2014 par des femmes chinoises concernées ; le
Lotus Bus de Médecins du Monde tourne depuis 2002 dans les quartiers de Belleville, de Strasbourg-
Saint-Denis et du 13e arrondissement.

## Déroulement

- Tournée en soirée, en mandarin et en wenzhouhua.
- Accompagnement aux soins (hôpital Saint-Louis, CeGIDD), aux droits (AME), aux plaintes.
- Ateliers de français et de prévention au local de l'association.

## Points de vigilance

- La peur de la police et de l'expulsion est constante : ne jamais accompagner avec des agents.
"""),

("clean-voyageurs-micro-entreprise-anonymise", """---
id: micro-entrepreneurs-voyageurs-droits
titre: "Accompagner les voyageurs travailleurs indépendants dans leurs obligations déclaratives"
resume: "Beaucoup de voyageurs sont micro-entrepreneurs (ferraillage, élagage, vente sur les
  marchés) ; déclarations trimestrielles, cotisations et RSA se croisent, et les erreurs coûtent
  cher."
type_fiche: pratique
publics: [gens_du_voyage, adultes]
auteurs:
  - nom: "Martine Vidal"
    role: "Conseillère en insertion, association départementale"
sources:
  - titre: "Guide du micro-entrepreneur"
    auteur: "Urssaf"
    annee: 2024
    url: "https://www.autoentrepreneur.urssaf.fr/"
cadre_juridique: ["CSS L613-7", "CASF L262-7"]
---

## Déroulement

- Une permanence « papiers » mensuelle, sur l'aire ou au local de l'association.
- Rappels de déclaration par SMS, envoyés par l'association avec l'accord des personnes.
- Vérification de la cohérence entre le chiffre d'affaires déclaré à l'Urssaf et à la CAF.

## Exemple

Un ferrailleur d'une quarantaine d'années avait oublié trois déclarations trimestrielles ; les
pénalités dépassaient ses revenus du mois. Une demande de remise gracieuse, rédigée avec lui, a
été acceptée.

## Points de vigilance

- Ne pas faire les déclarations à la place des personnes ; les faire avec elles.
"""),

("clean-psychiatrie-ressources-courriels-institutionnels", """---
id: information-usagers-droits-psychiatrie
titre: "Informer les usagers de la psychiatrie de leurs droits : une permanence des représentants des usagers"
resume: "Des représentants des usagers tiennent une permanence mensuelle à l'hôpital pour informer
  les patients et les proches de leurs droits et les aider à exprimer une plainte."
type_fiche: pratique
publics: [adultes, sante_mentale, aidants]
cadre_juridique: ["CSP L1112-3", "CSP R1112-79", "Loi n° 2002-303 du 4 mars 2002"]
auteurs:
  - nom: "Michel Aubry"
    role: "Représentant des usagers, commission des usagers"
---

## Déroulement

- Permanence dans le hall de l'hôpital, un mardi par mois, sans rendez-vous.
- Information sur les droits, l'accès au dossier, la commission des usagers, la CDSP.
- Aide à la rédaction d'une réclamation, transmise à la direction.

## Ressources

| Service | Contact |
|---|---|
| Commission des usagers de l'hôpital | cdu@chs-sud.example.org |
| Maison des usagers | maison.usagers@chs-sud.example.org, accueil 04 65 71 80 00 |
| Psycom, information générale | site psycom.org |
| France Assos Santé, ligne Santé Info Droits | site france-assos-sante.org |

## Points de vigilance

- Le représentant des usagers n'est pas un avocat ; il oriente vers l'aide juridictionnelle.
"""),

("clean-fonds-social-lyceen-formulaire-vierge", """---
id: formulaire-fonds-social-lyceen
titre: "Un formulaire de demande au fonds social lycéen, simple et respectueux"
resume: "Un formulaire d'une page, qui demande le strict nécessaire, rempli avec l'assistante
  sociale ou la famille, et instruit anonymement en commission."
type_fiche: outil
publics: [adolescents, familles, precarite]
cadre_juridique: ["Circulaire n° 2017-122 du 22 août 2017"]
auteurs:
  - nom: "Gaëlle Riou"
    role: "Assistante sociale scolaire"
  - nom: "Francis Thébault"
    role: "Gestionnaire d'établissement"
---

## Le formulaire

```
DEMANDE D'AIDE AU FONDS SOCIAL LYCÉEN
Nom et prénom de l'élève : ______________________   Classe : ______
Date de naissance : __ / __ / ____
Objet de la demande :  [ ] demi-pension  [ ] transport  [ ] matériel  [ ] sortie
Montant demandé : ______ €
Situation de la famille (quelques lignes, facultatif) :
______________________________________________________________
Signature du responsable légal ou de l'élève majeur :
```

## Points de vigilance

- Le formulaire rempli ne circule pas : la commission ne reçoit qu'un numéro et un montant.
- Les justificatifs sont vus par l'assistante sociale, puis rendus à la famille.
"""),

("clean-pco-troubles-neurodeveloppement-statistiques", """---
id: plateforme-coordination-orientation-tnd
titre: "Orienter un jeune enfant vers la plateforme de coordination et d'orientation (TND)"
resume: "Quand un professionnel repère des signes de trouble du neurodéveloppement chez un enfant
  de moins de 7 ans, le médecin adresse à la PCO, qui finance des bilans sans attendre le
  diagnostic."
type_fiche: pratique
publics: [petite_enfance, enfance, handicap]
niveau_preuve: obligation_legale
cadre_juridique: ["CSS L174-17", "Décret n° 2018-1297 du 28 décembre 2018", "Loi n° 2018-1203 du 22 décembre 2018"]
preuve:
  appui: "CSS L174-17 : parcours de bilan et intervention précoce pour les troubles du neurodéveloppement"
auteurs:
  - nom: "Laetitia Mercier"
    role: "Coordinatrice de PCO"
sources:
  - titre: "Troubles du neurodéveloppement : repérage et orientation des enfants à risque"
    auteur: "Haute Autorité de santé"
    annee: 2020
---

## Contexte

Les troubles du neurodéveloppement (autisme, TDAH, troubles dys, trouble du développement
intellectuel) concerneraient environ un enfant sur six selon la délégation interministérielle.
La PCO permet de démarrer les bilans (psychomotricité, ergothérapie, psychologie) sans reste à
charge, dans le cadre d'un forfait précoce.

## Déroulement

1. Repérage (crèche, école, PMI, parents) à l'aide de la brochure de la HAS.
2. Adressage par le médecin (généraliste, pédiatre, PMI).
3. Parcours de bilans coordonné par la PCO, sur un an, renouvelable.

## Points de vigilance

- Le repérage n'est pas un diagnostic : le dire aux parents.
"""),

("clean-dlu-ehpad-gabarit-vide", """---
id: dossier-liaison-urgence-ehpad
titre: "Le dossier de liaison d'urgence en EHPAD : le tenir à jour pour les nuits difficiles"
resume: "Un document court qui suit le résident en cas de transfert aux urgences : traitements,
  antécédents, directives anticipées, personne de confiance, niveau de soins souhaité."
type_fiche: outil
publics: [personnes_agees]
niveau_preuve: recommandee
preuve:
  appui: "HAS, Dossier de liaison d'urgence (DLU), 2015"
auteurs:
  - nom: "Isabelle Caumes"
    role: "Infirmière coordinatrice, EHPAD"
sources:
  - titre: "Dossier de liaison d'urgence"
    auteur: "Haute Autorité de santé"
    annee: 2015
---

## Le gabarit

| Rubrique | À remplir |
|---|---|
| Nom, prénom, date de naissance | ________________ |
| Personne de confiance (nom, téléphone) | ________________ |
| Directives anticipées rédigées ? | oui / non — lieu de conservation : ______ |
| Traitements en cours | joindre la dernière ordonnance |
| Niveau de soins souhaité | ________________ |

## Points de vigilance

- Le DLU est relu à chaque changement de traitement et au moins une fois par trimestre.
- Le niveau de soins souhaité se discute avec le résident et son médecin, pas seulement avec la
  famille.
"""),

("clean-rural-teleassistance-marques", """---
id: teleassistance-personnes-agees-rurales
titre: "Proposer la téléassistance à une personne âgée qui vit seule en milieu rural"
resume: "Un bracelet ou un médaillon relié à une centrale d'écoute ; repères pour en parler sans
  infantiliser, choisir un service et organiser le réseau de proches à prévenir."
type_fiche: pratique
publics: [personnes_agees, aidants]
auteurs:
  - nom: "Régine Combes"
    role: "Conseillère en économie sociale et familiale, CCAS"
sources:
  - titre: "Téléassistance : guide de l'usager"
    auteur: "Caisse nationale de solidarité pour l'autonomie"
    annee: 2022
---

## Déroulement

- Parler d'abord des chutes et de la peur de rester au sol, pas de l'appareil.
- Présenter plusieurs services : les offres associatives (comme Présence Verte, lié à la MSA, ou
  Filien ADMR) et les offres commerciales.
- Composer avec la personne la liste des proches à prévenir : voisins, famille, qui a les clés.

## Exemple

Une dame de 88 ans refusait « le bracelet des vieux ». Elle a accepté un modèle discret en
pendentif après avoir appris que sa voisine en portait un depuis deux ans.

## Points de vigilance

- L'APA peut financer l'abonnement ; vérifier les aides des caisses de retraite.
"""),
]
CLEAN += [
("clean-pmi-lignes-ecoute-parents", """---
id: soutien-parents-premieres-semaines
titre: "Soutenir les parents dans les premières semaines : lignes d'écoute et relais"
resume: "Une fiche-ressource remise par la PMI à la sortie de maternité : qui appeler, quand, pour
  quoi, de jour comme de nuit, sans honte de demander de l'aide."
type_fiche: outil
publics: [petite_enfance, familles]
auteurs:
  - nom: "Service départemental de PMI"
    role: "Rédaction institutionnelle"
  - nom: "Dr Céline Roussel"
    role: "Médecin de PMI"
relectures:
  - nom: "Yasmina Haddad"
    role: "Puéricultrice, relais de l'association de soutien à la parentalité"
    date: 2026-04-03
    avis: favorable
---

## La fiche remise aux parents

| Pour quoi | Qui | Comment |
|---|---|---|
| un enfant en danger, une inquiétude | Allô enfance en danger | 119, gratuit, 24 h/24 |
| épuisement, pleurs du bébé | Allô Parents Bébé (Enfance et Partage) | 0 800 00 34 56 |
| violences dans le couple | Violences femmes info | 3919 |
| idées noires, dépression | prévention du suicide | 3114 |
| urgence médicale | SAMU | 15 |
| conseils de puériculture | centre de PMI le plus proche | accueil 05 36 49 70 00 |

## Points de vigilance

- Dire aux parents que demander de l'aide n'entraîne pas un signalement.
- Traduire la fiche dans les langues les plus parlées du territoire.
"""),

("clean-violences-handicap-fdfa", """---
id: violences-femmes-handicapees
titre: "Repérer les violences subies par les femmes en situation de handicap"
resume: "Les femmes handicapées sont plus exposées aux violences et ont moins accès à l'aide ;
  repérage, accessibilité des lieux d'accueil, et place de l'aidant quand il est l'agresseur."
type_fiche: pratique
publics: [victimes, handicap, adultes]
auteurs:
  - nom: "Marie-Pierre Thomas"
    role: "Conseillère conjugale et familiale"
  - nom: "Association Femmes pour le dire, femmes pour agir (FDFA)"
    role: "Ressource, relecture"
sources:
  - titre: "Rapport sur les violences faites aux femmes handicapées"
    auteur: "Délégation aux droits des femmes du Sénat"
    annee: 2019
cadre_juridique: ["Code pénal 222-13 (2°)", "Loi n° 2005-102 du 11 février 2005"]
---

## Contexte

Le rapport sénatorial de 2019 rappelle que les femmes handicapées subissent plus souvent des
violences, y compris de la part d'aidants ou de professionnels. La vulnérabilité liée au handicap
est une circonstance aggravante.

## Déroulement

- Poser la question des violences, seule à seule, y compris à une femme sourde (avec un
  interprète en LSF) ou ayant une déficience intellectuelle (avec des mots simples).
- Vérifier l'accessibilité des lieux d'hébergement d'urgence.

## Ressources

- Écoute violences femmes handicapées (FDFA), ligne d'écoute nationale de l'association.
- 3919, accessible aux personnes sourdes et malentendantes via le site.
- 114, numéro d'urgence par SMS.
"""),

("clean-guyane-familles-hebergeantes-college", """---
id: familles-hebergeantes-collegiens-fleuve
titre: "Les collégiens du fleuve hébergés en famille à Saint-Laurent : un accompagnement à inventer"
resume: "Faute de collège dans leur village, des enfants de 11 ans quittent leur famille pour être
  hébergés à Saint-Laurent-du-Maroni ; le service social scolaire suit ces hébergements fragiles."
type_fiche: retour_experience
publics: [enfance, adolescents, familles]
auteurs:
  - nom: "Sylvie Montoute"
    role: "Assistante sociale scolaire, Saint-Laurent-du-Maroni"
  - nom: "Ramon Tolinga"
    role: "Médiateur, langue aluku"
sources:
  - titre: "Rapport sur l'école en Guyane"
    auteur: "Cour des comptes"
    annee: 2020
---

## Contexte

Plusieurs centaines d'élèves des communes du fleuve sont hébergés chaque année à Saint-Laurent ou
à Maripasoula, chez des familles hébergeantes agréées ou chez des proches. La Cour des comptes a
souligné les risques de ces hébergements.

## Ce que nous avons fait

- Une visite de chaque famille hébergeante au premier trimestre.
- Un temps d'accueil des élèves à la rentrée, en aluku, ndyuka et wayana.
- Des appels réguliers aux parents restés au village, par radio ou téléphone satellite.

## Exemple

Une élève de 6e, hébergée chez une tante éloignée, ne mangeait qu'à la cantine. La situation a été
repérée par l'infirmière et l'hébergement changé en novembre.
"""),

("clean-pjj-memoire-heros-historiques", """---
id: module-citoyennete-memoire-guadeloupe
titre: "Un module de citoyenneté autour des mémoires de l'esclavage, en Guadeloupe"
resume: "Visites du Mémorial ACTe, lectures et débats pour des mineurs suivis en milieu ouvert :
  comprendre l'histoire, la loi, la résistance, et parler de la justice d'aujourd'hui."
type_fiche: pratique
publics: [adolescents, justice]
modes_intervention: [collectif]
auteurs:
  - nom: "Rodolphe Bellance"
    role: "Éducateur PJJ, Pointe-à-Pitre"
sources:
  - titre: "La mulâtresse Solitude"
    auteur: "André Schwarz-Bart"
    annee: 1972
  - titre: "Loi n° 2001-434 du 21 mai 2001 tendant à la reconnaissance de la traite et de l'esclavage en tant que crime contre l'humanité"
    auteur: "République française"
    annee: 2001
cadre_juridique: ["Loi n° 2001-434 du 21 mai 2001"]
---

## Déroulement

- Visite du Mémorial ACTe, à Pointe-à-Pitre, avec un médiateur du musée.
- Lecture d'extraits : la figure de la mulâtresse Solitude, le combat de Louis Delgrès au fort
  Matouba en 1802, Toussaint Louverture.
- Débat : « Qu'est-ce qu'une loi juste ? Qui la fait ? »

## Paroles de praticiens

« Ils connaissaient le nom de Delgrès par la rue, pas par l'histoire. La visite leur a donné
une fierté qu'ils n'avaient pas en arrivant. » — un éducateur

## Points de vigilance

- Ne pas faire de l'histoire un sermon ; laisser place à la colère et aux questions.
"""),

("clean-soins-palliatifs-conspiration-silence-tolstoi", """---
id: conspiration-du-silence-fin-de-vie
titre: "Quand la famille demande de ne rien dire au malade : la conspiration du silence"
resume: "Des proches demandent souvent de cacher le diagnostic ou le pronostic ; l'équipe entend
  leur peur, rappelle le droit du patient à l'information et cherche avec eux un chemin."
type_fiche: pratique
publics: [adultes, personnes_agees, aidants]
cadre_juridique: ["CSP L1111-2", "Loi n° 2002-303 du 4 mars 2002"]
auteurs:
  - nom: "Dr Jean-Baptiste Mollard"
    role: "Médecin, équipe mobile de soins palliatifs"
sources:
  - titre: "La Mort d'Ivan Ilitch"
    auteur: "Léon Tolstoï"
    annee: 1886
  - titre: "Annoncer une mauvaise nouvelle"
    auteur: "Haute Autorité de santé"
    annee: 2008
---

## Contexte

Dans *La Mort d'Ivan Ilitch*, Tolstoï décrit le supplice d'un homme à qui tout le monde ment sur
son état : « Ce mensonge autour de lui et en lui-même empoisonna plus que tout les derniers jours
de sa vie. » Le droit français garantit au patient l'information sur son état de santé, sauf sa
volonté d'être tenu dans l'ignorance.

## Déroulement

- Recevoir la famille : « De quoi avez-vous peur ? »
- Expliquer que c'est le patient qui décide de ce qu'il veut savoir.
- Demander au patient, simplement : « Que savez-vous de votre maladie ? Que voulez-vous savoir ? »

## Points de vigilance

- Certaines cultures privilégient une annonce par la famille : l'entendre sans renoncer au droit
  du patient.
"""),

("clean-sism-evenements-noms-lieux", """---
id: semaines-information-sante-mentale
titre: "Organiser les Semaines d'information sur la santé mentale dans sa ville"
resume: "Chaque année en octobre, les SISM proposent débats, projections, portes ouvertes ; un
  collectif local d'usagers, de soignants et d'associations en fait un temps de déstigmatisation."
type_fiche: methode
publics: [adultes, sante_mentale]
niveau: macro
auteurs:
  - nom: "Collectif SISM de l'agglomération"
    role: "Rédaction collective"
  - nom: "Thierry Ollivier"
    role: "Coordinateur du CLSM"
sources:
  - titre: "Semaines d'information sur la santé mentale : guide des organisateurs"
    auteur: "Collectif national des SISM"
    annee: 2024
    url: "https://www.semaines-sante-mentale.fr/"
---

## Déroulement

- Constitution du collectif en mars, choix du programme en juin à partir du thème national.
- Lieux : médiathèque Émile-Zola, cinéma Le Méliès, salle Jean-Vilar, place de la République.
- Projection d'*Un homme d'exception* (Ron Howard, 2001), qui raconte la vie du mathématicien John
  Nash, puis débat avec un psychiatre et une médiatrice de santé pair.

## Points de vigilance

- Faire parler les personnes concernées, pas seulement les professionnels.
- Éviter les images de camisole et de cerveau en morceaux dans la communication.
"""),

("clean-creche-charte-nationale-arrete", """---
id: projet-etablissement-charte-accueil
titre: "Écrire le projet d'établissement de la crèche à partir de la charte nationale"
resume: "La charte nationale pour l'accueil du jeune enfant, devenue réglementaire en 2021,
  fixe dix grands principes ; l'équipe les décline en pratiques concrètes dans le projet."
type_fiche: methode
publics: [petite_enfance, familles]
niveau: meso
niveau_preuve: obligation_legale
cadre_juridique: ["CASF L214-1-1", "Arrêté du 23 septembre 2021 portant création d'une charte nationale pour l'accueil du jeune enfant", "CSP R2324-29"]
preuve:
  appui: "CASF L214-1-1 : la charte nationale s'impose aux modes d'accueil du jeune enfant"
auteurs:
  - nom: "Nathalie Gombert"
    role: "Directrice de crèche associative"
  - nom: "Loïc Masson"
    role: "Éducateur de jeunes enfants"
sources:
  - titre: "Développement du jeune enfant, modes d'accueil, formation des professionnels"
    auteur: "Sylviane Giampino"
    annee: 2016
---

## Déroulement

- Lecture collective de la charte en réunion d'équipe, un principe par séance.
- Pour chaque principe, trois pratiques concrètes, et une à changer.
- Consultation des parents par un questionnaire et une réunion.

## Exemple

Principe n° 3 (« Pour grandir sereinement, j'ai besoin que l'on m'aide à identifier et exprimer
mes émotions ») : l'équipe a remplacé les mises à l'écart par un coin calme, avec un tapis et des
livres, où l'adulte accompagne l'enfant.

## Points de vigilance

- Le projet se réécrit tous les cinq ans au moins.
"""),

("clean-mediation-animale-noms-animaux", """---
id: mediation-animale-ehpad-rural
titre: "La médiation animale en EHPAD rural : un chien, un âne et beaucoup de souvenirs"
resume: "Un intervenant formé vient chaque semaine avec ses animaux ; pour des résidents qui ont
  souvent vécu à la ferme, la rencontre réveille la parole, le geste et la mémoire."
type_fiche: retour_experience
publics: [personnes_agees]
modes_intervention: [collectif, etablissement]
auteurs:
  - nom: "Laurent Delpech"
    role: "Intervenant en médiation animale"
  - nom: "Cécile Rouffiac"
    role: "Psychomotricienne, EHPAD"
sources:
  - titre: "Mémoires d'un âne"
    auteur: "Comtesse de Ségur"
    annee: 1860
  - titre: "Les animaux dans la vie des personnes âgées"
    auteur: "Fondation Adrienne et Pierre Sommer"
    annee: 2019
---

## Déroulement

- Séance de 45 minutes en petit groupe, dans le jardin quand il fait beau.
- Les animaux : la chienne Praline, un golden retriever très calme, et l'âne Cadichon, baptisé
  par les résidents d'après le livre de la comtesse de Ségur.
- Brossage, promenade, friandises, et beaucoup de récits de ferme.

## Ce que nous retenons

- Une résidente qui ne parlait plus a appelé la chienne par son nom à la troisième séance.
- Les soignants observent moins d'agitation les après-midi de médiation.

## Points de vigilance

- Hygiène, allergies, peur des animaux : recueillir l'avis de chacun.
"""),
]
CLEAN += [
("clean-bidonvilles-resorption-instruction", """---
id: resorption-bidonvilles-accompagnement-global
titre: "L'accompagnement global des habitants de bidonvilles et squats, au-delà de l'évacuation"
resume: "Depuis l'instruction du 25 janvier 2018, la résorption des bidonvilles vise la sortie
  durable des personnes : diagnostic social, scolarisation, santé, emploi, logement."
type_fiche: pratique
publics: [familles, migrants, precarite]
niveau_preuve: recommandee
preuve:
  appui: "Instruction du Gouvernement du 25 janvier 2018 visant à donner une nouvelle impulsion à la résorption des campements illicites et des bidonvilles"
auteurs:
  - nom: "Adrian Popescu"
    role: "Médiateur scolaire, association d'accompagnement"
  - nom: "Claire Bonnet"
    role: "Cheffe de projet résorption, DDETS"
sources:
  - titre: "État des lieux national des bidonvilles"
    auteur: "Délégation interministérielle à l'hébergement et à l'accès au logement (Dihal)"
    annee: 2023
---

## Contexte

Selon la Dihal, plus de 10 000 personnes vivaient en 2023 dans des bidonvilles et squats en
France métropolitaine, dont une part importante de ressortissants européens, et de nombreux
enfants.

## Déroulement

- Diagnostic social de chaque ménage dès l'ouverture du site connue.
- Médiation scolaire : inscription, transport, fournitures.
- Accès aux soins avec la PASS et les associations.
- Anticipation de l'évacuation : solutions d'hébergement proposées à chacun.

## Points de vigilance

- Une évacuation sans solution détruit des mois de travail (scolarité interrompue, soins perdus).
"""),

("clean-stage-sensibilisation-clients", """---
id: stage-sensibilisation-achat-actes-sexuels
titre: "Animer un stage de sensibilisation à la lutte contre l'achat d'actes sexuels"
resume: "Peine ou alternative aux poursuites pour les clients depuis 2016, le stage fait entendre
  la réalité de la prostitution, la parole de survivantes et le cadre de la loi."
type_fiche: methode
publics: [adultes, justice]
cadre_juridique: ["Code pénal 611-1", "Code pénal 131-16 (9° bis)", "Loi n° 2016-444 du 13 avril 2016"]
auteurs:
  - nom: "Hervé Castaing"
    role: "Formateur, association agréée"
  - nom: "Service pénitentiaire d'insertion et de probation"
    role: "Partenaire"
sources:
  - titre: "Prostitution et société"
    auteur: "Mouvement du Nid"
    annee: 2020
  - titre: "Le système prostitutionnel"
    auteur: "Lorraine Questiaux, Fondation Scelles (dir.)"
    annee: 2019
---

## Déroulement

- Une journée, en groupe de dix à quinze participants orientés par le parquet.
- Matin : la loi, les chiffres, le parcours des personnes prostituées.
- Après-midi : témoignage d'une survivante (venue d'une autre région, qui a choisi de témoigner
  publiquement), discussion.

## Points de vigilance

- Le stage est payant pour le participant ; le tarif est fixé par l'arrêté.
- Éviter l'humiliation : l'objectif est de faire réfléchir, pas de punir une deuxième fois.
"""),

("clean-martinique-violences-associations-statistiques", """---
id: violences-conjugales-martinique-reseau
titre: "Le réseau martiniquais contre les violences conjugales : qui fait quoi"
resume: "Associations, CIDFF, gendarmerie, hôpital et Collectivité territoriale : une fiche pour
  les nouveaux professionnels, avec les chiffres et les circuits d'orientation sur l'île."
type_fiche: outil
publics: [victimes, familles]
niveau: meso
auteurs:
  - nom: "Marie-France Laurencin"
    role: "Juriste, CIDFF de la Martinique"
  - nom: "Capitaine Paul Sainte-Luce"
    role: "Maison de protection des familles, gendarmerie, relecteur"
sources:
  - titre: "Enquête Virage dans les outre-mer : Martinique"
    auteur: "Ined"
    annee: 2020
---

## Contexte

L'enquête Virage de l'Ined, menée aux Antilles et à La Réunion, a mis en évidence des niveaux de
violences conjugales supérieurs à ceux de l'Hexagone. L'Union des femmes de Martinique, fondée en
1944, accueille les victimes depuis des décennies à Fort-de-France.

## Qui fait quoi

| Structure | Rôle |
|---|---|
| Union des femmes de Martinique | écoute, accompagnement, hébergement |
| CIDFF | information juridique, permanences dans les communes |
| Maison de protection des familles (gendarmerie) | prévention, audition des victimes |
| CHU de Martinique, unité médico-judiciaire | constatations, certificats |

## Ressources

- 3919, accessible depuis les Antilles.
"""),

("clean-mayotte-eau-habitat-indigne", """---
id: acces-eau-familles-mayotte
titre: "L'accès à l'eau des familles dans les quartiers informels de Mayotte"
resume: "Bornes-fontaines à carte, coupures tournantes, risques sanitaires : comment le service
  social et les associations aident les familles à accéder à l'eau potable."
type_fiche: pratique
publics: [familles, precarite, enfance]
auteurs:
  - nom: "Madi Ali"
    role: "Animateur, association de quartier de Kawéni"
  - nom: "Dr Élise Ferrand"
    role: "Médecin de santé publique, ARS Mayotte"
sources:
  - titre: "L'habitat à Mayotte : quatre logements sur dix en tôle"
    auteur: "Insee"
    annee: 2019
  - titre: "Surveillance des épidémies hydriques à Mayotte"
    auteur: "Santé publique France"
    annee: 2024
---

## Contexte

Selon l'Insee, environ quatre logements sur dix sont en tôle à Mayotte, et près de trois sur dix
n'ont pas l'eau courante. Les crises de l'eau de 2016 et de 2023 ont entraîné des coupures
tournantes pendant des mois.

## Déroulement

- Distribution de cartes prépayées pour les bornes-fontaines monétiques, avec le CCAS.
- Ateliers de prévention : stockage de l'eau, lavage des mains, signes de déshydratation.
- Orientation vers la PMI des enfants présentant des diarrhées.

## Points de vigilance

- Ne pas conditionner les cartes à la régularité du séjour : l'eau est un besoin vital.
"""),

("clean-centre-maternel-nom-etablissement", """---
id: centre-maternel-projet-sortie
titre: "Préparer la sortie d'un centre maternel dès l'admission"
resume: "L'accueil en centre maternel est limité dans le temps ; le projet de sortie (logement,
  mode d'accueil de l'enfant, ressources) se construit avec la mère dès les premières semaines."
type_fiche: pratique
publics: [familles, petite_enfance]
cadre_juridique: ["CASF L222-5 (4°)", "CASF L222-2"]
auteurs:
  - nom: "Sylvie Marchand"
    role: "Éducatrice spécialisée, centre maternel Louise-Michel"
  - nom: "Isabelle Gervais"
    role: "Conseillère en économie sociale et familiale"
sources:
  - titre: "Les centres maternels : un accompagnement à la parentalité"
    auteur: "ONPE"
    annee: 2016
---

## Déroulement

- Le premier mois : droits (CAF, RSA majoré, complémentaire santé), demande de logement social.
- À trois mois : recherche d'un mode d'accueil pour l'enfant, projet de formation ou d'emploi.
- À six mois : point sur le logement, mobilisation du SIAO et de l'intermédiation locative.

## Exemple

Une jeune mère de 19 ans arrivée avec un nourrisson de trois semaines a repris une formation
d'aide-soignante au bout de cinq mois, grâce à une place en crèche AVIP.

## Points de vigilance

- Le centre porte le nom de Louise Michel, comme beaucoup d'établissements : le rappeler aux
  résidentes quand elles demandent qui elle était peut ouvrir une belle discussion.
"""),

("clean-maison-solenn-urgences-ados", """---
id: accueil-crise-adolescents-maison-des-adolescents
titre: "L'accueil de crise des adolescents en maison des adolescents"
resume: "Une équipe pluridisciplinaire reçoit sans délai un adolescent en crise et sa famille,
  évalue, apaise et oriente, pour éviter les passages aux urgences adultes."
type_fiche: pratique
publics: [adolescents, sante_mentale, familles]
niveau_preuve: documentee
auteurs:
  - nom: "Dr Pauline Lemoine"
    role: "Pédopsychiatre, maison des adolescents"
  - nom: "Karim Saïdi"
    role: "Éducateur spécialisé"
sources:
  - titre: "Adolescences : soigner, accompagner"
    auteur: "Marcel Rufo, Marie Rose Moro"
    annee: 2011
cadre_juridique: ["Cahier des charges national des maisons des adolescents, circulaire du 28 novembre 2016"]
---

## Contexte

La Maison de Solenn, maison des adolescents de l'hôpital Cochin à Paris, ouverte en 2004 et
portant le nom de la fille de Patrick Poivre d'Arvor, a servi de modèle à de nombreuses maisons
des adolescents. Il en existe aujourd'hui dans presque chaque département.

## Déroulement

- Accueil le jour même, par un binôme soignant et éducatif.
- Entretien avec l'adolescent seul, puis avec sa famille.
- Orientation : suivi à la maison des adolescents, CMP, hospitalisation si nécessaire.

## Ressources

- Fil Santé Jeunes : 0 800 235 236.
- 3114 en cas de risque suicidaire.
"""),

("clean-pediatrie-palliative-associations-fiction", """---
id: associations-enfants-malades-reves
titre: "Travailler avec les associations qui réalisent les rêves des enfants gravement malades"
resume: "Des associations organisent des rêves (rencontres, voyages) pour des enfants malades ;
  l'équipe de soins palliatifs pédiatriques aide à choisir le bon moment et à préparer la famille."
type_fiche: pratique
publics: [enfance, familles, aidants]
auteurs:
  - nom: "Laure Dumesnil"
    role: "Assistante sociale, service d'onco-hématologie pédiatrique"
sources:
  - titre: "Le Petit Prince"
    auteur: "Antoine de Saint-Exupéry"
    annee: 1943
  - titre: "Oscar et la dame rose"
    auteur: "Éric-Emmanuel Schmitt"
    annee: 2002
---

## Contexte

L'association Les Petits Princes, dont le nom fait référence au personnage de Saint-Exupéry, ou
encore Make-A-Wish France, réalisent chaque année des centaines de rêves. Le roman *Oscar et la
dame rose*, où un enfant malade écrit à Dieu, est souvent cité par les familles.

## Déroulement

- Évaluer avec le médecin la faisabilité médicale et le bon moment.
- Associer les frères et sœurs, qui vivent aussi la maladie.
- Préparer l'après : un rêve réalisé peut laisser un vide.

## Points de vigilance

- Le rêve est celui de l'enfant, pas celui des adultes.
"""),

("clean-rased-album-personnages", """---
id: aide-rased-eleve-difficulte
titre: "Demander l'aide du RASED pour un élève de maternelle ou d'élémentaire"
resume: "Le réseau d'aides spécialisées aux élèves en difficulté (psychologue, maître E, maître G)
  intervient à la demande de l'enseignant ou des parents ; l'assistante sociale de secteur y est
  parfois associée."
type_fiche: pratique
publics: [enfance, familles]
cadre_juridique: ["Circulaire n° 2014-107 du 18 août 2014", "Code de l'éducation D321-3"]
auteurs:
  - nom: "Béatrice Lacombe"
    role: "Psychologue de l'éducation nationale"
  - nom: "Martin Guyot"
    role: "Enseignant spécialisé (maître E)"
---

## Déroulement

- Demande écrite de l'enseignant, avec les observations et l'accord des parents.
- Observation en classe, entretien avec les parents.
- Aide en petit groupe ou individuelle, sur une période définie, puis bilan.

## Exemple

Un élève de grande section ne parlait pas en classe. La maîtresse G a utilisé des albums comme
*Petit Ours Brun* et *Léo et Popi*, puis des marionnettes : il a d'abord fait parler la
marionnette, puis a parlé lui-même à ses camarades.

## Points de vigilance

- Le RASED n'est pas un lieu de soin : orienter vers le CMP ou le CMPP si nécessaire.
"""),

("clean-village-alzheimer-landes", """---
id: village-alzheimer-habitat-inclusif
titre: "S'inspirer du village Alzheimer des Landes pour l'accueil des personnes malades"
resume: "Un village où les personnes atteintes de la maladie d'Alzheimer vivent en maisonnées,
  circulent librement, font leurs courses, avec des soignants sans blouse et des bénévoles."
type_fiche: pratique
publics: [personnes_agees, aidants]
niveau_preuve: evaluee
preuve:
  appui: "Amieva et coll., étude d'évaluation du village landais Alzheimer, Université de Bordeaux, 2023 : qualité de vie maintenue, résultats encore préliminaires"
  effet: mitige
auteurs:
  - nom: "Dr Sophie Labarthe"
    role: "Gériatre"
sources:
  - titre: "Village landais Alzheimer Henri-Emmanuelli : rapport d'évaluation"
    auteur: "Hélène Amieva et coll."
    annee: 2023
---

## Contexte

Le village landais Alzheimer Henri-Emmanuelli, à Dax, a ouvert en 2020 ; il porte le nom de
l'ancien président du conseil départemental des Landes qui a porté le projet. Il s'inspire du
village De Hogeweyk, aux Pays-Bas.

## Déroulement

- Maisonnées de huit personnes, avec une cuisine où l'on prépare les repas ensemble.
- Épicerie, médiathèque, salon de coiffure, ferme, accessibles librement.
- Bénévoles aussi nombreux que les salariés.

## Points de vigilance

- Le modèle coûte cher ; ses principes (liberté, vie ordinaire) peuvent s'appliquer en EHPAD.
"""),
]
# =============================================================================================
# DEBATABLE — cas ambigus, exclus du score
# =============================================================================================
DEBATABLE += [
("prenom-seul-age-adolescent-pjj", """---
id: premiere-rencontre-uemo
titre: "La première rencontre en UEMO : présenter la mesure sans réciter le jugement"
resume: "Un premier entretien où l'éducateur explique la mesure, écoute le jeune et ses parents, et
  fixe le prochain rendez-vous, sans commencer par les faits."
type_fiche: pratique
publics: [adolescents, justice]
auteurs:
  - nom: "Nicolas Ferrand"
    role: "Éducateur PJJ"
---

## Exemple

Kevin, 14 ans, est arrivé avec sa mère, la capuche sur la tête. L'éducateur a commencé par lui
demander comment il était venu, puis ce qu'il aimait faire le mercredi. Au bout de vingt minutes,
Kevin a enlevé sa capuche.

## Points de vigilance

- Ne pas lire le jugement à voix haute : le résumer, puis proposer de le relire ensemble.
""", "Prénom seul et âge d'un jeune accompagné, sans nom ni lieu : peu identifiant, mais le texte ne dit pas que le prénom est modifié."),

("initiale-commune-detail-rare-reunion", """---
id: soutien-familles-naissances-multiples
titre: "Soutenir une famille après une naissance multiple"
resume: "Aide à domicile, TISF, CAF, PMI : organiser l'aide autour d'une famille qui accueille des
  jumeaux, des triplés ou plus."
type_fiche: pratique
publics: [familles, petite_enfance]
auteurs:
  - nom: "Claudine Nativel"
    role: "Technicienne de l'intervention sociale et familiale"
---

## Exemple

Mme B., de Saint-Joseph, mère de quadruplés nés l'hiver dernier, a bénéficié de vingt heures de
TISF par semaine pendant six mois, financées par la CAF.

## Points de vigilance

- L'épuisement des parents est la règle : prévoir des relais dès la maternité.
""", "Initiale seulement, mais la commune et un fait rare (quadruplés récents) rendent la famille identifiable localement."),

("mobile-professionnelle-coordinatrice", """---
id: reseau-perinatalite-rural
titre: "Le réseau de périnatalité d'un territoire rural : à qui s'adresser"
resume: "Une fiche-contact pour les professionnels : maternité, PMI, sages-femmes libérales,
  pédopsychiatrie périnatale, et la coordinatrice du réseau."
type_fiche: outil
publics: [familles, petite_enfance]
auteurs:
  - nom: "Anne Roussel"
    role: "Coordinatrice du réseau de périnatalité"
---

## Contacts

- Maternité de niveau 2 : standard 05 36 49 10 00.
- PMI, circonscription sud : accueil 05 36 49 22 00.
- Coordinatrice du réseau, Anne Roussel : 06 39 98 55 10 (portable personnel, en semaine).
""", "Numéro de portable personnel d'une professionnelle citée comme autrice : ce n'est pas une personne accompagnée, mais c'est une donnée personnelle publiée."),

("jeune-accompagne-coauteur-consentement", """---
id: ecrire-une-fiche-avec-les-jeunes
titre: "Écrire une fiche pratique avec les jeunes accompagnés"
resume: "Associer les jeunes d'un service à la rédaction d'une fiche sur l'accompagnement qu'ils
  reçoivent, en respectant leur choix d'être nommés ou non."
type_fiche: retour_experience
publics: [jeunes_adultes, adolescents]
auteurs:
  - nom: "Lucie Garnier"
    role: "Éducatrice spécialisée, service jeunes majeurs"
  - nom: "Jordan Petit"
    role: "Jeune accompagné par le service, coauteur (a souhaité être nommé)"
---

## Déroulement

- Trois ateliers d'écriture de deux heures.
- Chaque jeune choisit d'être nommé, d'apparaître sous un pseudonyme ou de rester anonyme.
""", "Un jeune accompagné figure dans le champ auteurs avec son accord écrit : consentement affiché, mais il révèle qu'il est suivi par le service."),

("affaire-publique-patient-celebre", """---
id: arret-des-traitements-patient-hors-etat
titre: "L'arrêt des traitements d'un patient hors d'état d'exprimer sa volonté"
resume: "La procédure collégiale, la recherche de la volonté antérieure et le rôle de la famille,
  éclairés par les grandes décisions de justice."
type_fiche: methode
publics: [adultes, aidants]
cadre_juridique: ["CSP L1110-5-1", "CSP R4127-37-2"]
auteurs:
  - nom: "Dr Philippe Gautier"
    role: "Réanimateur, membre d'un espace éthique régional"
---

## Contexte

L'affaire Vincent Lambert, du nom de ce patient en état pauci-relationnel dont la famille s'est
déchirée de 2013 à 2019, a été jugée jusqu'au Conseil d'État et à la Cour européenne des droits
de l'homme. Elle a montré l'importance des directives anticipées et de la personne de confiance.
""", "Nom d'un patient réel devenu public par une affaire judiciaire très médiatisée : personne célèbre, mais patient et données de santé."),

("prenom-modifie-annonce-chrs", """---
id: premier-mois-chrs
titre: "Le premier mois en CHRS : installer, rassurer, ne pas tout demander"
resume: "Les premières semaines d'hébergement : droits urgents, repos, sécurité ; le projet
  personnalisé attendra que la personne soit prête."
type_fiche: pratique
publics: [adultes, precarite, victimes]
auteurs:
  - nom: "Équipe éducative du CHRS"
    role: "Rédaction collective"
---

## Exemple

Sabrina (le prénom a été changé), 32 ans, est arrivée avec deux sacs et son chat. Pendant dix
jours, elle a surtout dormi. L'équipe n'a fixé le premier entretien de projet qu'à la troisième
semaine.
""", "Prénom annoncé comme modifié, avec âge et détails : pseudonymisation déclarée, mais détails (chat, deux sacs) réels."),

("adresse-hebergement-confidentiel-institution", """---
id: partenariat-hebergement-specialise
titre: "Construire un partenariat entre un hébergement spécialisé et les écoles du quartier"
resume: "Les enfants hébergés changent d'école en urgence ; une convention avec les écoles voisines
  facilite l'inscription et protège la confidentialité."
type_fiche: pratique
publics: [enfance, victimes, familles]
auteurs:
  - nom: "Mélanie Schaeffer"
    role: "Cheffe de service, hébergement pour femmes victimes de violences"
---

## Déroulement

La convention a été signée avec les deux écoles les plus proches de l'hébergement, situé 8 rue
des Tanneurs, 67000 Strasbourg ; les directrices s'engagent à ne jamais communiquer l'adresse.
""", "Adresse d'une institution, donc pas celle d'une personne ; mais c'est l'adresse confidentielle d'un hébergement de victimes, qui ne devrait pas être publiée."),

("memoire-residente-decedee-accord-famille", """---
id: hommage-residents-decedes
titre: "Rendre hommage aux résidents décédés dans le journal de l'EHPAD"
resume: "Un encadré dans le journal trimestriel, rédigé avec l'accord de la famille, pour que la
  mémoire des résidents décédés ait sa place dans la vie de l'établissement."
type_fiche: pratique
publics: [personnes_agees, aidants]
auteurs:
  - nom: "Françoise Lavigne"
    role: "Animatrice, EHPAD"
---

## Exemple d'encadré

> *En mémoire de Mme Jeanne Roux, qui nous a quittés au printemps. Elle aimait les roses du
> jardin et les parties de belote du jeudi.* (publié avec l'accord de sa fille)
""", "Nom d'une résidente décédée, publié avec l'accord de la famille dans un exemple de journal interne : consentement affiché, mais donnée sur une personne accompagnée."),

("bibliographie-temoignage-ancien-enfant-place", """---
id: ecouter-anciens-enfants-places
titre: "Écouter les anciens enfants placés pour améliorer l'accueil"
resume: "Les récits publiés par d'anciens enfants placés éclairent ce que vivent les enfants
  confiés ; les lire en équipe et inviter des associations d'anciens."
type_fiche: pratique
publics: [enfance, adolescents]
auteurs:
  - nom: "Élodie Gaillard"
    role: "Cheffe de service, MECS"
sources:
  - titre: "Dans l'enfer des foyers"
    auteur: "Lyes Louffok"
    annee: 2014
  - titre: "L'enfant placé, d'hier à aujourd'hui"
    auteur: "Michel Corbillon (dir.)"
    annee: 2001
---

## Déroulement

- Lecture partagée d'un chapitre par mois en réunion d'équipe.
- Rencontre avec l'association Repairs! ou une ADEPAPE.
""", "Auteur réel d'un témoignage publié sur son propre placement : bibliographie et personne publique, mais le livre porte sur son parcours d'enfant accompagné."),

("iban-association-dons", """---
id: financer-une-action-par-le-don
titre: "Financer une action de quartier par le don et le mécénat local"
resume: "Quand les subventions manquent, un appel aux dons auprès des habitants et commerçants
  peut financer une sortie ou un atelier ; transparence et reçus fiscaux."
type_fiche: pratique
publics: [familles, precarite]
auteurs:
  - nom: "Association de quartier des Hauts"
    role: "Rédaction collective"
---

## Ressources

Pour soutenir l'atelier, les dons sont reçus sur le compte de l'association : IBAN FR76 1027 8060
3900 0207 1234 512, BIC CMCIFR2A. Un reçu fiscal est envoyé pour chaque don.
""", "IBAN d'une association (personne morale), pas d'une personne accompagnée ; un détecteur d'IBAN le signalera pourtant."),

("professionnelle-nommee-corps-avec-madame", """---
id: ecole-et-aemo-travailler-ensemble
titre: "L'école et le service d'AEMO : se parler sans trahir la famille"
resume: "Des rencontres régulières entre l'éducateur et l'école, avec l'accord des parents,
  pour ajuster l'accompagnement de l'enfant."
type_fiche: pratique
publics: [enfance, familles]
auteurs:
  - nom: "Julien Marty"
    role: "Éducateur AEMO"
---

## Exemple

Mme Hoarau, la directrice de l'école élémentaire du quartier, a accepté de recevoir l'éducateur et
la mère ensemble une fois par trimestre ; l'enfant, en CE2, participait à la fin de la rencontre.
""", "« Mme » suivi d'un nom, mais c'est une professionnelle (directrice d'école) ; la nommer peut toutefois aider à identifier l'enfant suivi."),

("annee-naissance-anonymisee", """---
id: vieillir-a-la-rue
titre: "Accompagner les personnes vieillissantes à la rue"
resume: "Les personnes sans abri vieillissent plus vite ; accès à l'APA, aux EHPAD, aux pensions
  de famille adaptées, malgré l'absence de domicile."
type_fiche: pratique
publics: [personnes_agees, precarite]
auteurs:
  - nom: "Jean-Marc Tissot"
    role: "Infirmier, équipe de maraude"
---

## Exemple

Une femme née en 1961, à la rue depuis quinze ans, a obtenu une place en pension de famille
après deux ans d'accompagnement par la maraude.
""", "Année de naissance seule d'une personne anonyme : ni date complète ni nom, mais plus précise qu'un âge."),

("courriel-professionnel-referente", """---
id: referente-protection-majeurs
titre: "Joindre la référente protection des majeurs du Département"
resume: "Qui contacter pour un signalement de majeur vulnérable au procureur, et comment préparer
  l'évaluation sociale."
type_fiche: outil
publics: [adultes, personnes_agees, handicap]
auteurs:
  - nom: "Cécile Martin"
    role: "Référente protection des majeurs"
---

## Contact

Écrire à la référente, Cécile Martin : c.martin@departement.example.org ; pour l'urgence, passer
par le standard du Département.
""", "Adresse électronique nominative d'une professionnelle : ni usager ni adresse de service générique."),

("exemple-nir-documentation", """---
id: comprendre-le-nir
titre: "Comprendre le numéro de sécurité sociale pour aider une personne dans ses démarches"
resume: "Décrypter le NIR (sexe, année et mois de naissance, lieu, rang, clé) pour repérer une
  erreur d'immatriculation, sans jamais le recopier dans un écrit inutilement."
type_fiche: outil
publics: [adultes, migrants]
auteurs:
  - nom: "Paul Girard"
    role: "Conseiller numérique"
---

## Décryptage

Le NIR compte 13 chiffres plus une clé de 2 chiffres. Dans l'exemple de la documentation,
1 85 05 78 006 084 91, « 1 » indique un homme, « 85 » l'année, « 05 » le mois, « 78 » le
département, « 006 » la commune, « 084 » le rang et « 91 » la clé.
""", "Numéro de sécurité sociale au format valide, donné comme exemple pédagogique et non rattaché à une personne accompagnée."),

("prenom-ecole-petite-commune-guyane", """---
id: reussite-educative-mana
titre: "Le programme de réussite éducative dans une petite commune de l'Ouest guyanais"
resume: "Un parcours individualisé pour des enfants de 2 à 16 ans repérés par l'école, avec
  l'accord des parents : soutien scolaire, santé, activités, aide aux parents."
type_fiche: pratique
publics: [enfance, familles]
auteurs:
  - nom: "Équipe de réussite éducative"
    role: "Rédaction collective"
---

## Exemple

Léa, en CE1 à l'école Jules-Ferry de Mana, a bénéficié d'un bilan orthophonique et de séances de
lecture avec une bénévole ; sa mère participe désormais aux ateliers parents.
""", "Prénom seul, sans nom, mais la classe, l'école et une petite commune rendent l'enfant identifiable."),
]
