# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 13 du détecteur de données personnelles de Relier.

Rédigé le 2026-12-08 par un assistant qui n'a vu ni le détecteur, ni ses tests, ni les autres
jeux d'évaluation. Toutes les personnes qui apparaissent ici sont fictives.

Accent du jeu : les écrits du quotidien que les praticiens collent dans une fiche avant de les
réécrire — transmissions d'équipe, comptes rendus de réunion et de synthèse, courriels et fils de
SMS recopiés, transcriptions de dictée vocale (numéros et dates écrits en toutes lettres : « zéro
six trente-neuf… », « né le douze mars deux mille neuf »), chronologies, génogrammes et écocartes
décrits en texte, agendas et plannings (une colonne de noms, une colonne « Rappeler au »),
tournées de visites à domicile, courriers de juge ou d'école cités, formulaires à moitié remplis ;
le tout mêlé à de longs extraits de fiches correctement anonymisées. Publics : protection de
l'enfance (ASE, MECS, placement familial), handicap (IME, ESAT, MAS, SAVS), personnes âgées à
domicile (SAAD, SSIAD, CLIC), sans-abrisme (115, CHRS, maraude), demandeurs d'asile (CADA, HUDA),
addictions (CSAPA, CAARUD), hôpital.

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.

Conventions :
- FLAG = [(kind, code, texte), ...] : textes qui DOIVENT être signalés. Chacun cache UNE seule
  donnée sur une personne accompagnée (le reste du texte est propre). code parmi donnee-nom,
  donnee-naissance, donnee-adresse, donnee-telephone, donnee-courriel, donnee-nir, donnee-iban,
  donnee-dossier ; kind est un court identifiant du cas.
- CLEAN = [(kind, texte), ...] : textes qui ne doivent PAS être signalés (contenu normal d'une
  fiche : auteurs et relecteurs nommés comme professionnels, bibliographie, lois, institutions,
  numéros d'écoute publics, adresses institutionnelles, statistiques, cas fictifs annoncés comme
  tels, personnages de fiction, âges et dates générales, horaires, salles, prix, pages).
- DEBATABLE = [(kind, texte, pourquoi), ...] : cas ambigus, exclus du score.
- Téléphones uniquement dans les plages réservées à la fiction (01 99 00, 02 61 91, 03 53 48,
  04 65 71, 05 36 49, 06 39 98, 07 00 00) ; courriels sur example.org, example.com ou
  example.net ; NIR et IBAN inventés (clé valide ou non).
- Un numéro ou une date dictés en toutes lettres comptent comme s'ils étaient écrits en chiffres.
"""

FLAG = [
    ("nom-transmission-mecs-prenom", "donnee-nom", """\
Transmissions — MECS, groupe des grands (13-17 ans), nuit du mardi au mercredi.
21 h 15 : coucher sans difficulté pour les plus jeunes du groupe. Deux jeunes regardent le match en salle commune jusqu'à 22 h, comme convenu en réunion de groupe.
22 h 40 : Yanis refuse de remonter en chambre, dit qu'il « n'a pas sommeil » et qu'il attend un appel. Échange calme dans le bureau des éducateurs, il finit par monter à 23 h 05.
00 h 30 : ronde du surveillant de nuit, RAS.
03 h 10 : bruit dans le couloir du premier ; un jeune descend boire un verre d'eau, retour en chambre sans discussion.
À reprendre demain avec l'éducatrice référente : la question du téléphone le soir, qui revient dans le groupe depuis la rentrée. Proposition à étudier en réunion : consigne des portables à 22 h pour tous."""),

    ("nom-agenda-colonne-patronyme", "donnee-nom", """\
Voici mon planning type de la semaine, que j'utilise pour répartir les visites (je l'ai collé tel quel, il faudra le reprendre pour la fiche) :

| Jour | Heure | Situation | Objet | Rappeler au |
|---|---|---|---|---|
| Lundi | 9 h 30 | famille 1 | VAD mensuelle AED | standard du service |
| Lundi | 14 h | famille 2 | point scolarité avec le collège | via la CPE |
| Mardi | 10 h | Kowalczyk | préparation de l'audience | poste 214 (secrétariat) |
| Mercredi | matin | — | réunion d'équipe, salle 3 | — |
| Jeudi | 16 h 30 | famille 4 | rencontre médiatisée à l'espace de rencontre | accueil de l'espace |

Le principe : jamais plus de deux visites à domicile par demi-journée, et un créneau vide le vendredi pour les écrits."""),

    ("nom-compte-rendu-synthese", "donnee-nom", """\
Compte rendu de synthèse — service d'AEMO, 14 novembre.
Présents : l'éducatrice référente, la psychologue du service, la cheffe de service, l'assistante sociale de secteur (en visioconférence).
1. Rappel de la mesure : AEMO judiciaire ordonnée pour un an, échéance au printemps.
2. Évolution : la situation de Mme Ferreira-Lopes s'est apaisée depuis l'entrée en appartement ; les enfants sont scolarisés régulièrement, la plus jeune a repris l'orthophonie.
3. Points de préoccupation : isolement de la mère, dettes de loyer anciennes, pas de relais familial mobilisable.
4. Propositions pour le rapport au juge : maintien de la mesure six mois, orientation vers le centre social du quartier, dossier FSL.
Rédaction : cheffe de service. Diffusion interne uniquement."""),

    ("nom-sms-fil-enfant", "donnee-nom", """\
Fil de SMS recopié depuis le téléphone de service (je voulais montrer comment on organise les visites avec les familles qui ne décrochent pas) :

[08:12] Service : Bonjour Madame, je passe comme prévu à 10 h, est-ce toujours possible ?
[08:31] Famille : oui mais Dylan sera pas la il a école jusqua midi
[08:33] Service : Pas de souci, je viendrai vous voir vous d'abord, et je repasserai un mercredi pour lui.
[08:34] Famille : ok merci
[09:58] Service : Je suis en bas, l'interphone ne marche pas.
[09:59] Famille : jarrive

Ce que j'en retiens : un SMS la veille et un le matin même, formulés en questions fermées, et toujours proposer une alternative."""),

    ("nom-dictee-vocale-prenom", "donnee-nom", """\
Transcription automatique de ma dictée, à nettoyer avant de la mettre dans la fiche :
« note pour le dossier point visite de ce matin au domicile virgule la maman de Inès a rappelé avant la visite pour dire qu'elle serait en retard point à la ligne on a commencé sans elle avec la grand-mère virgule qui a montré le carnet de santé point les vaccins sont à jour point à la ligne ce qui a bien marché colon on s'est assis dans la cuisine virgule pas dans le salon virgule c'était moins formel point à la ligne prochaine visite dans trois semaines point fin de la note »
(La dictée a transformé « deux-points » en « colon », je corrigerai.)"""),

    ("nom-genogramme-decrit-prenom", "donnee-nom", """\
Description du génogramme réalisé en entretien (je n'arrive pas à insérer l'image, je le décris) :
- Au centre, un carré doublé pour l'enfant désigné, Noah, 9 ans, entouré d'un cercle pointillé pour le foyer.
- À gauche, la mère (rond), 31 ans, et son compagnon actuel (carré), reliés par un trait plein ; un trait barré de deux hachures pour la séparation d'avec le père, il y a six ans.
- Le père (carré) vit dans un autre département ; trait en zigzag entre lui et la grand-mère maternelle (conflit ancien).
- En haut, les grands-parents maternels : grand-père décédé (carré barré d'une croix) en 2015.
- Une demi-sœur de 3 ans, née de la nouvelle union.
Lecture avec la famille : la grand-mère apparaît comme la ressource principale, mais elle est elle-même malade."""),

    ("nom-ecocarte-patronyme", "donnee-nom", """\
Écocarte construite lors du deuxième entretien au CCAS.
Au centre : le foyer de M. Diallo, qui vit seul depuis le départ de ses enfants.
Liens forts (traits épais) : la mosquée du quartier, où il rend des services le vendredi ; un ancien collègue de l'usine, qu'il voit au marché.
Liens ténus (pointillés) : le médecin traitant, qu'il n'a pas vu depuis un an ; la CPAM, avec laquelle il n'a plus de contact depuis la fin de ses droits à la complémentaire.
Liens conflictuels (traits hachurés) : le bailleur, à cause d'un dégât des eaux non réparé ; la CAF, depuis un indu.
Cibles retenues ensemble : renouveler la complémentaire santé solidaire, écrire au bailleur avec l'appui d'une association de locataires. À refaire dans six mois."""),

    ("nom-courrier-juge-cite", "donnee-nom", """\
Pour montrer ce que reçoit un service au début d'une mesure, voici l'extrait d'une ordonnance (recopié) :
« Nous, juge des enfants au tribunal judiciaire,
Vu les articles 375 à 375-9 du Code civil et 1181 à 1200-1 du Code de procédure civile,
Vu la requête du procureur de la République,
Attendu que la situation du mineur Timéo ROUSSEL révèle un danger au sens de l'article 375 du Code civil, en raison notamment de violences conjugales au domicile dont il est témoin,
Ordonnons une mesure d'assistance éducative en milieu ouvert pour une durée de douze mois et désignons pour l'exercer le service habilité du département. »
L'important dans cette ordonnance, pour le référent : les motifs retenus par le juge, qui fondent les objectifs de la mesure."""),

    ("nom-courrier-ecole-absences", "donnee-nom", """\
Exemple de courrier envoyé par un collège, que la famille nous a apporté (je l'ai retapé) :
« Madame, Monsieur,
Nous vous informons que votre fils Kylian a cumulé quatorze demi-journées d'absence non justifiées depuis la rentrée. Conformément à l'article L131-8 du Code de l'éducation, nous vous invitons à un entretien avec le conseiller principal d'éducation le jeudi à 17 h.
Sans amélioration, le directeur académique des services de l'Éducation nationale sera informé.
Le principal. »
C'est souvent par ce type de lettre que commence un accompagnement autour de l'assiduité : le courrier fait peur, il faut d'abord aider les parents à le lire."""),

    ("nom-formulaire-demi-rempli", "donnee-nom", """\
Fiche de premier accueil — accueil de jour (version papier, champs remplis à la main lors de l'accueil)
Nom : ................................ (refuse de le donner pour l'instant)
Prénom : Aïssata
Âge déclaré : environ 40 ans
Situation : hébergée chez une amie, doit partir à la fin du mois
Demande exprimée : douche, laverie, domiciliation
Orientation proposée : permanence sociale du jeudi, 115 si rupture d'hébergement
Accueillant : travailleur social de permanence
Remarque pour la fiche : le nom n'est jamais obligatoire à l'accueil de jour, c'est un principe de l'accueil inconditionnel."""),

    ("nom-chronologie-placement", "donnee-nom", """\
Chronologie reconstituée avec l'équipe pour préparer le bilan du projet pour l'enfant :
- 2016 : naissance ; suivi PMI régulier la première année.
- 2019 : première information préoccupante, transmise par l'école maternelle (hygiène, absences).
- 2020 : mesure d'AED, arrêtée au bout de huit mois faute d'adhésion.
- 2021 : saisine du juge, AEMO judiciaire.
- 2023 : placement de Maëlys chez une assistante familiale, à vingt kilomètres du domicile.
- 2024 : droits de visite médiatisés, puis simples un samedi sur deux.
- 2025 : entrée en CM2, bons résultats ; la question d'un retour progressif est posée.
Cette frise, affichée pendant la synthèse, a permis de voir que chaque rupture coïncidait avec un déménagement de la mère."""),

    ("nom-maraude-transmission-prenom", "donnee-nom", """\
Transmissions maraude — mardi soir, secteur gare.
Équipe : deux travailleurs sociaux et un bénévole. Départ 20 h, retour 23 h 30.
Parvis de la gare : cinq personnes rencontrées, café et soupe distribués. Jean-Luc, habitué du parvis, tousse beaucoup depuis la semaine dernière, refuse l'orientation vers les urgences mais accepte qu'on revienne avec l'équipe mobile psychiatrie précarité jeudi.
Sous le pont de la voie rapide : tente toujours en place, personne présente.
Square : un jeune homme inconnu de l'équipe, anglophone, orienté vers l'accueil de jour pour le lendemain.
115 appelé à 22 h 10 : aucune place, deux signalements de personnes vulnérables enregistrés."""),

    ("nom-115-main-courante", "donnee-nom", """\
Extrait de la main courante de l'écoutant 115 (nuit de samedi), que je cite pour montrer comment on note les appels :
23 h 05 — Appel d'un homme, environ cinquante ans, M. Petrescu, sans solution ce soir, a dormi trois nuits dans sa voiture. Pas de place disponible en hébergement d'urgence sur le département. Proposé : halte de nuit jusqu'à 7 h, transport non disponible, il s'y rend à pied.
23 h 20 — Appel d'une femme avec deux enfants, orientée vers l'hôtel réservé par le SIAO.
23 h 48 — Appel sans parole, raccroché.
Ce qui compte dans une main courante : l'heure, la demande, la réponse apportée, ce qui manque ; rien sur la vie de la personne qui ne serve pas l'orientation."""),

    ("nom-cada-reunion-famille", "donnee-nom", """\
Réunion d'équipe CADA — point sur les procédures en cours (extrait du compte rendu).
- Trois familles en attente d'entretien à l'OFPRA ; préparation des récits avec l'intervenante juridique.
- Famille Ahmadzai : rejet OFPRA notifié, recours CNDA à déposer dans le délai d'un mois ; rendez-vous pris avec l'avocate de permanence ; l'équipe prépare la traduction des pièces.
- Deux personnes isolées ont obtenu la protection subsidiaire : sortie du CADA à préparer, demande de logement et ouverture des droits CAF.
- Rappel : les réunions collectives d'information sur la procédure ont lieu le premier lundi du mois, salle polyvalente, avec interprète."""),

    ("nom-huda-transmission-famille", "donnee-nom", """\
Transmissions HUDA — semaine 49.
Lundi : arrivée d'une famille de quatre personnes orientée par l'OFII ; état des lieux de l'appartement partagé fait avec eux.
Mardi : la famille Tesfaye signale une infestation de punaises de lit ; intervention du prestataire demandée au bailleur.
Mercredi : accompagnement à la PASS de l'hôpital pour un résident sans couverture maladie active.
Jeudi : atelier collectif sur l'ouverture d'un compte bancaire, six participants.
Vendredi : réunion avec l'école pour l'inscription de deux enfants arrivés en cours d'année.
Points en suspens : les titres de transport des résidents n'ont pas été renouvelés."""),

    ("nom-csapa-transmission-prenom", "donnee-nom", """\
Transmissions CSAPA — consultation de l'après-midi.
14 h : premier entretien d'accueil d'une femme adressée par son médecin traitant pour une consommation d'alcool ; évaluation AUDIT faite, rendez-vous médical proposé.
15 h : Kevin a repris son traitement de substitution depuis dix jours, dit ne plus consommer d'héroïne mais de la cocaïne « le week-end » ; délivrance de méthadone maintenue en quotidien, à revoir en staff.
16 h 30 : appel de la pharmacie partenaire, un patient ne s'est pas présenté depuis deux jours ; tentative de contact à faire demain.
17 h : groupe de parole, quatre participants.
Rappel : toute adaptation de posologie se discute en staff médical du jeudi."""),

    ("nom-caarud-permanence", "donnee-nom", """\
Permanence fixe du CAARUD, jeudi 14 h – 18 h (notes de la journée).
Fréquentation : 23 passages, dont 5 femmes. Matériel distribué : kits d'injection, roule-ta-paille, préservatifs, kits base.
Passage de Nadia, qui demande du matériel pour son compagnon et parle d'abcès au bras ; orientée vers l'infirmière de la permanence de soins, qui la voit à 16 h.
Deux dépistages rapides (VIH, VHC) réalisés, résultats négatifs remis sur place.
Échange informel avec un usager sur l'analyse de produits : présentation du dispositif d'analyse, il reviendra avec un échantillon.
À noter : la seringue de 2 ml manque en stock, commande à relancer."""),

    ("nom-ssiad-tournee", "donnee-nom", """\
Tournée SSIAD du matin, secteur nord (celle que j'ai utilisée pour la formation des nouvelles aides-soignantes) :
7 h 45 — patiente 1 : toilette complète au lit, prévention d'escarres, effleurage.
8 h 30 — Mme Lemarchand : aide à la toilette au lavabo, bas de contention, surveillance des pieds (diabète).
9 h 15 — patient 3 : transfert lit-fauteuil au lève-personne, à deux, avec l'aide à domicile du SAAD.
10 h — patiente 4 : douche, une fois par semaine, le reste du temps toilette au lavabo.
11 h — retour au service, transmissions écrites et orales avec l'infirmière coordinatrice.
Temps de trajet moyen entre deux patients : 12 minutes. Au-delà de cinq passages, la qualité de la toilette baisse : c'est un repère que nous gardons."""),

    ("nom-saad-planning-patronyme-compose", "donnee-nom", """\
Planning des interventions de l'aide à domicile, semaine 50 (colonne « bénéficiaire » à anonymiser avant publication) :
Lundi 8 h – 10 h : bénéficiaire A — lever, petit-déjeuner, ménage de la chambre.
Lundi 11 h – 12 h : M. Guérin-Baudoin — courses au supermarché avec lui, préparation du repas.
Mardi 8 h – 9 h 30 : bénéficiaire A.
Mardi 14 h – 16 h : bénéficiaire C — entretien du linge, sortie au jardin public si beau temps.
Mercredi : formation « manutention » au siège, 9 h – 17 h, salle Rabelais.
Jeudi, vendredi : mêmes créneaux que lundi et mardi.
Total : 21 heures d'intervention, dont 6 heures financées au titre de l'APA."""),

    ("nom-clic-fiche-liaison", "donnee-nom", """\
Fiche de liaison reçue par le CLIC (signalement d'une voisine) — telle qu'elle nous est parvenue :
Personne concernée : Mme Odette Vasseur, 87 ans, vit seule.
Signalée par : une voisine de palier.
Motif : volets fermés depuis plusieurs jours, la personne semble ne plus sortir, courrier qui s'accumule dans la boîte.
Entourage connu : un fils qui vit à l'étranger.
Suite donnée par le CLIC : appel au médecin traitant, visite à domicile de la coordinatrice dans les 48 heures, information de la personne sur le signalement.
Ce que nous voulions montrer : le CLIC ne se substitue pas à la personne, il vérifie d'abord qu'elle est d'accord pour être aidée."""),

    ("nom-ime-cahier-liaison", "donnee-nom", """\
Exemple de cahier de liaison entre l'IME et les familles (la page d'un jour, recopiée) :
« Bonjour,
Aujourd'hui, Mathis a participé à l'atelier cuisine : il a coupé les pommes tout seul et a attendu son tour pour verser la farine. Il était fier de montrer le gâteau au groupe.
Le matin, en classe, il a travaillé les couleurs avec les pictogrammes ; il en reconnaît maintenant six.
Il a bien mangé à midi. Un peu fatigué en fin d'après-midi.
N'oubliez pas le change de rechange pour vendredi (sortie piscine).
Bonne soirée, l'équipe du groupe des moyens. »
Le cahier de liaison reste le premier outil de communication avec les parents qui ne lisent pas les mails."""),

    ("nom-esat-entretien-annuel", "donnee-nom", """\
Trame de l'entretien annuel en ESAT, avec un exemple rempli (à anonymiser) :
Travailleur : Jordan Lefèvre — atelier espaces verts, 4e année.
1. Ce qui s'est bien passé cette année (selon lui) : « la taille des haies, j'aime bien », le travail en binôme.
2. Ce qui a été difficile : le chantier d'hiver, les horaires du lundi matin avec le transport.
3. Formation souhaitée : CACES tondeuse autoportée ; reconnaissance des acquis de l'expérience à étudier.
4. Projet : stage en entreprise adaptée au printemps.
5. Avis du moniteur d'atelier : autonomie acquise sur la tonte et le débroussaillage, à accompagner sur la sécurité.
Signatures : le travailleur, le moniteur, la chargée d'insertion."""),

    ("nom-mas-transmission-crise", "donnee-nom", """\
Transmissions MAS — unité de vie de l'aile est, après-midi.
14 h : sieste pour quatre résidents, les autres en atelier sensoriel (salle Snoezelen) avec l'aide médico-psychologique.
15 h : Mme Cazenave a fait une crise d'épilepsie tonico-clonique de deux minutes en salle commune ; mise en position latérale de sécurité, protocole suivi, pas de traitement d'urgence nécessaire ; infirmière prévenue à 15 h 03, médecin informé.
15 h 30 : récupération, reste somnolente, surveillance renforcée jusqu'au dîner.
17 h : goûter sans difficulté pour le groupe.
À transmettre à l'équipe de nuit : surveillance toutes les heures, lit en position basse, barrières selon prescription."""),

    ("nom-savs-visite", "donnee-nom", """\
Compte rendu de visite — SAVS.
Accompagnement à la banque ce matin avec Florian, pour la mise en place d'un virement permanent du loyer. Il avait préparé ses questions par écrit, comme convenu lors du dernier rendez-vous. Au guichet, le conseiller s'est adressé à moi : j'ai renvoyé la question vers lui, et l'échange s'est ensuite fait directement.
Après la banque, café en terrasse pour faire le point : il se dit « soulagé » et veut maintenant s'occuper seul de la facture d'électricité.
Objectif du projet personnalisé concerné : autonomie dans la gestion du budget (axe 2).
Prochain rendez-vous : dans deux semaines, au service."""),
]

FLAG += [
    ("nom-staff-hopital-chambre", "donnee-nom", """\
Staff médico-social hebdomadaire — service de médecine gériatrique (notes de l'assistante sociale).
Chambre 412 : M. Abdelkader Touati, 79 ans, hospitalisé après une chute ; retour à domicile jugé impossible en l'état par l'équipe médicale ; la fille souhaite un EHPAD proche de chez elle ; dossier d'admission via la plateforme en ligne à lancer, demande d'aide sociale à l'hébergement à préparer.
Chambre 415 : patiente entrée hier, évaluation sociale à faire.
Chambre 420 : sortie prévue vendredi avec SSIAD et portage de repas, accords obtenus.
Point général : les délais d'admission en EHPAD dépassent trois semaines, ce qui allonge les séjours ; à remonter à la direction."""),

    ("nom-placement-familial-af", "donnee-nom", """\
Note de l'assistante familiale transmise au service de placement familial (recopiée pour illustrer le lien avec le référent) :
« Semaine plutôt calme. Lilou fait encore des cauchemars deux nuits sur trois, elle vient dans notre chambre vers 3 h. Je la raccompagne et je reste un moment. Elle parle de sa mère au réveil, pas pendant la journée.
À l'école, la maîtresse dit qu'elle participe plus. Elle a invité une copine pour le goûter mercredi.
Retour de visite samedi : très agitée le soir, a refusé de manger. Je pense qu'il faudrait en parler avec la psychologue. »
Le référent reprend ces notes avant chaque rencontre ; elles nourrissent aussi le rapport d'échéance."""),

    ("nom-mail-objet-patronyme", "donnee-nom", """\
De : secrétariat du service AEMO
À : équipe éducative
Objet : RE: RE: situation Benhamou — date de l'audience
Bonjour à tous,
Le greffe confirme l'audience le mardi 13 janvier à 9 h 30, cabinet 2. Le rapport doit être transmis au plus tard quinze jours avant, soit le 29 décembre : compte tenu des congés, merci de le finaliser pour le 19.
La cheffe de service relira le 22.
Bonne journée,
Le secrétariat
(Je colle ce mail parce qu'il montre bien la contrainte des délais de rapport en fin d'année.)"""),

    ("nom-ordre-du-jour-reunion", "donnee-nom", """\
Ordre du jour — réunion de service du jeudi, 9 h 30 – 12 h, salle du rez-de-chaussée
1. Informations de la direction (budget 2027, recrutement d'un éducateur technique).
2. Point sur la situation Dos Santos : orientation en ITEP refusée par la famille, quelle suite ?
3. Retour de la formation « écrits professionnels » (deux collègues).
4. Planning des congés de fin d'année et astreintes.
5. Questions diverses.
Secrétaire de séance : à tour de rôle (cette semaine, l'éducateur du groupe des petits).
Durée de chaque point : 20 minutes au plus, pour tenir l'horaire."""),

    ("nom-tableau-suivi-referents", "donnee-nom", """\
Tableau de suivi des échéances (extrait, les colonnes de gauche ont été anonymisées sauf une ligne oubliée) :

| Réf. | Jeune | Référent | Mesure | Échéance | Prochaine étape |
|---|---|---|---|---|---|
| 01 | J1 | éducateur A | placement ASE | mars | bilan PPE |
| 02 | J2 | éducatrice B | accueil provisoire | février | rencontre famille |
| 03 | Morvan | éducateur A | AEMO renforcée | janvier | rapport au juge |
| 04 | J4 | éducatrice C | contrat jeune majeur | juin | point logement |

Ce tableau est relu chaque lundi en réunion courte ; la colonne « Prochaine étape » est la seule qu'on modifie en séance."""),

    ("nom-dictee-nom-epele", "donnee-nom", """\
Transcription de l'appel enregistré sur le répondeur du service (dictée automatique) :
« oui bonjour c'est pour le rendez-vous de mon père point le monsieur s'appelle Marinescu virgule je vous l'épelle M A R I N E S C U point il est sorti de l'hôpital hier et il a besoin de quelqu'un pour l'aide à la toilette point vous pouvez rappeler sur le numéro qui s'affiche merci au revoir »
Ce message montre la difficulté des demandes indirectes : c'est la fille qui appelle, la personne elle-même n'a pas encore été consultée. Premier réflexe du service : demander à parler à l'intéressé."""),

    ("nom-note-incident-chrs", "donnee-nom", """\
Note d'incident — CHRS, réfectoire, repas du soir.
Vers 19 h 20, altercation verbale entre deux résidents à propos d'une place à table, qui a dégénéré en bousculade. Intervention de deux salariés, séparation des deux personnes, aucun blessé.
Décision de la direction après entretien : Sofiane est exclu 48 heures, avec une solution d'hébergement via le 115 pour ces deux nuits ; l'autre résident reçoit un rappel au règlement.
Reprise prévue lundi, avec un entretien de retour en présence du référent.
Analyse de l'équipe : l'organisation du service en un seul horaire crée des tensions ; proposition de deux services de repas à étudier au CVS."""),

    ("nom-retour-experience-prenom-non-annonce", "donnee-nom", """\
## Déroulement

Nous avons mis en place le « carnet de bord » au foyer à la rentrée. Au foyer, Ibrahim, 16 ans, arrivé en mars après un long parcours migratoire, a été le premier à s'en saisir : il y notait chaque soir trois mots en français et un souvenir. Au bout de deux mois, il a demandé à le montrer à sa professeure de FLE.
Les étapes que nous suivons désormais :
1. Remettre le carnet lors d'un temps individuel, jamais en groupe.
2. Laisser le jeune décider de ce qu'il montre ; l'éducateur ne lit que ce qui lui est tendu.
3. Reprendre le carnet une fois par mois, en entretien de référence.
4. À la sortie du foyer, le carnet part avec le jeune."""),

    ("nom-mail-parent-signature", "donnee-nom", """\
Mail reçu par le service d'accueil de jour d'un IME (je le colle pour le ton, qui est typique des parents épuisés) :
« Bonjour,
Je vous écris parce que je ne sais plus quoi faire le week-end. Depuis les vacances, il ne dort que quatre heures par nuit et nous non plus. Est-ce qu'il existe un accueil temporaire le samedi ? On nous a parlé de la MDPH mais nous n'avons pas compris quel formulaire remplir.
Merci d'avance pour votre aide.
Sandrine Carpentier, maman de Zoé (groupe des petits) »
Réponse que nous avons construite en équipe : appel téléphonique plutôt que mail, proposition d'un rendez-vous avec l'assistante sociale, information sur l'accueil temporaire et sur la plateforme de répit."""),

    ("nom-cr-visio-juge", "donnee-nom", """\
Notes prises pendant l'audience en visioconférence (tribunal pour enfants), pour le rapport d'activité :
Présents : le juge des enfants, la greffière, l'éducateur référent, la mère, l'avocate de l'enfant.
Le juge rappelle les motifs du placement et lit les conclusions du rapport. La mère conteste le passage sur l'hygiène du logement ; l'avocate demande des droits de visite élargis.
L'enfant, Enzo Paquereau, entendu seul avant l'audience, a dit au juge qu'il voulait « rester chez tata le temps qu'il faut » (« tata » désigne l'assistante familiale).
Décision : renouvellement du placement pour un an, droits d'hébergement un week-end sur deux à compter des vacances de février."""),

    ("nom-genogramme-lignee-patronyme", "donnee-nom", """\
Génogramme commenté, trois générations, réalisé avec la mère sur deux séances :
- Lignée paternelle : la famille Le Goff, agriculteurs dans les Côtes-d'Armor ; le grand-père a repris la ferme de son père ; trois enfants, dont le père de l'enfant, qui est parti « à la ville » à 18 ans et ne parle plus à ses frères.
- Lignée maternelle : mère élevée par sa grand-mère après le décès de sa propre mère à 30 ans ; placement en foyer à 14 ans.
- Répétitions repérées par la mère elle-même : des départs brusques à 18 ans, sur trois générations ; des femmes qui élèvent seules.
- Ressources : une tante maternelle, très présente, qui pourrait accueillir l'enfant pendant les vacances.
La mère a souhaité garder une photo du génogramme."""),

    ("nom-agenda-outlook-objet", "donnee-nom", """\
Export de mon agenda de la semaine (copié depuis la messagerie), pour montrer la part du temps passé en déplacement :
Lundi 9:00-10:30 — Objet : VAD Hamidou — Lieu : domicile — Rappel : 15 minutes avant
Lundi 11:00-12:00 — Objet : réunion CLSPD — Lieu : mairie, salle du conseil
Lundi 14:00-17:00 — Objet : écrits (bloqué)
Mardi 9:00-12:00 — Objet : permanence collège — Lieu : bureau de la CPE
Mardi 14:00-15:00 — Objet : supervision — Lieu : en ligne
Total de la semaine : 7 h de trajet pour 12 h de présence auprès des familles."""),

    ("nom-transmissions-ciblees-dar", "donnee-nom", """\
Exemple de transmission ciblée (méthode DAR : données, actions, résultats), service de soins de suite :
Cible : chute.
Données : Mme Roussel-Piquet retrouvée assise au sol près du lit à 6 h 10 par l'aide-soignante, dit avoir voulu aller aux toilettes sans sonner ; pas de douleur exprimée, pas de plaie ; tension 13/8.
Actions : relevée à deux avec le verticalisateur, examen par l'infirmière, médecin de garde informé, surveillance neurologique pendant 24 h, sonnette placée à portée de main, veilleuse allumée.
Résultats : à 12 h, pas de douleur, pas de signe neurologique ; déclaration de chute faite.
La méthode DAR force à séparer ce qu'on observe de ce qu'on fait."""),

    ("nom-mdph-equipe-pluri", "donnee-nom", """\
Compte rendu d'équipe pluridisciplinaire de la MDPH (extrait communiqué au SAVS, recopié) :
Demande : orientation en milieu protégé (ESAT) et renouvellement de l'AAH.
Personne : Thibault, 24 ans, sortant d'IME-pro, stage réussi en ESAT blanchisserie.
Éléments : bilan psychologique de moins d'un an, certificat médical détaillé, avis favorable du moniteur de stage ; la personne exprime clairement son souhait de travailler en ESAT.
Proposition à la CDAPH : orientation ESAT pour cinq ans ; AAH au taux d'incapacité de 80 % ou plus, pour dix ans.
Le SAVS accompagnera l'entrée en ESAT et la recherche d'un logement en semi-autonomie."""),

    ("nom-pv-cvs-resident", "donnee-nom", """\
Procès-verbal du conseil de la vie sociale — foyer d'hébergement, séance du 27 novembre.
Présents : quatre représentants des personnes accueillies, deux représentants des familles, un représentant du personnel, la directrice (voix consultative).
1. Menus : les résidents demandent plus de plats chauds le soir ; la direction s'engage à revoir le contrat avec le prestataire.
2. Sorties du week-end : M. Lacombe, résident, demande que le minibus soit disponible le dimanche pour aller au marché ; accord sous réserve d'un chauffeur volontaire.
3. Travaux : la salle de bain du premier étage sera refaite en février.
Prochaine séance : mars. Le PV est affiché dans le hall en version facile à lire."""),

    ("nom-attestation-hebergement", "donnee-nom", """\
Modèle d'attestation d'hébergement que nous remettons aux personnes (exemple tiré d'un vrai dossier, à remplacer par un modèle vierge) :
« Je soussignée, directrice du centre d'hébergement et de réinsertion sociale, atteste que M. Oumarou Sidibé est hébergé dans notre établissement depuis le 2 septembre, dans le cadre d'un accompagnement social global.
Cette attestation est délivrée pour servir et valoir ce que de droit, notamment pour l'ouverture de droits auprès des organismes sociaux.
Fait à [ville], le [date].
La directrice. »
À savoir : l'attestation d'hébergement ne remplace pas l'élection de domicile, qui reste nécessaire pour certaines démarches."""),

    ("nom-liste-presence-asl", "donnee-nom", """\
Atelier sociolinguistique du lundi, 14 h – 16 h, salle d'activité du centre social.
Thème de la séance : prendre rendez-vous chez le médecin (jeu de rôle au téléphone, lecture d'une ordonnance).
Présentes : 7 participantes. Fatoumata a animé la deuxième partie en jouant la secrétaire médicale, ce qui a beaucoup fait rire le groupe et débloqué les plus timides.
Excusées : 2.
Supports utilisés : fausse carte Vitale plastifiée, ordonnance fictive, téléphone jouet.
Prochaine séance : la pharmacie. Demande du groupe : venir à la pharmacie du quartier pour une visite réelle."""),

    ("nom-ip-crip", "donnee-nom", """\
Extrait d'une information préoccupante transmise à la CRIP (recopié pour illustrer la partie « faits observés ») :
« Faits observés par l'équipe enseignante : depuis la rentrée, l'enfant Jade, scolarisée en CE2, arrive régulièrement sans avoir mangé ; elle s'endort en classe ; le 18 novembre, elle a dit à l'enseignante que "papa crie la nuit et casse des choses". Traces ou blessures : aucune constatée. Les parents ont été reçus le 20 novembre ; le père ne s'est pas présenté. »
Rédaction au présent, faits datés, paroles de l'enfant entre guillemets : c'est ce que la CRIP attend."""),

    ("nom-notes-entretien-motivationnel", "donnee-nom", """\
Notes prises pendant un entretien motivationnel (CSAPA), pour illustrer le repérage du discours-changement :
Verbatim : « je bois depuis que ma femme est partie, avant c'était le week-end seulement ».
Reflet de l'intervenant : « Depuis son départ, l'alcool a pris plus de place. »
Discours-changement : Patrick dit vouloir « réduire, pas arrêter », et fixe lui-même un objectif : pas d'alcool avant 18 h.
Échelle d'importance : 7/10. Échelle de confiance : 4/10 — exploration : « Qu'est-ce qui vous ferait passer de 4 à 5 ? »
Plan : agenda de consommation sur deux semaines, prochain rendez-vous dans quinze jours."""),

    ("nom-whatsapp-groupe-maraude", "donnee-nom", """\
Messages du groupe de messagerie de l'équipe maraude (copiés pour la fiche sur la coordination, à réécrire) :
[21:03] Éduc 1 : Vu le monsieur du square, il s'appelle Bogdan finalement, il parle un peu italien
[21:04] Éduc 2 : ok, je préviens l'infirmière pour jeudi
[21:10] Bénévole : plus de couvertures dans le camion, on repasse au local ?
[21:11] Éduc 1 : oui après le parking du centre commercial
[22:45] Éduc 2 : 115 saturé, signalement fait
La messagerie instantanée est pratique, mais elle ne doit pas devenir le dossier : tout ce qui compte est reporté dans l'outil de suivi, et le groupe est purgé chaque semaine."""),
]

FLAG += [
    ("nom-fugue-fiche-evenement", "donnee-nom", """\
Fiche de déclaration d'événement indésirable (recopiée, pour la fiche « fugue d'un mineur accueilli ») :
Date et heure de constat : samedi, 19 h 40, à l'appel du dîner.
Description : la résidente Amandine n'est pas rentrée de sa sortie autorisée de l'après-midi (retour prévu 18 h 30). Téléphone coupé.
Mesures prises : recherches aux abords (gare, centre commercial) par deux éducateurs ; appel de la famille ; déclaration de fugue au commissariat à 20 h 30 ; information du cadre d'astreinte, puis de l'ASE et du juge le lundi.
Fin de l'événement : retour spontané à 23 h 15, accompagnée par une amie. Entretien au retour le lendemain matin, pas de mise en danger repérée.
Analyse à mener en réunion : les sorties du samedi sans horaire intermédiaire."""),

    ("nom-dictee-minuscules", "donnee-nom", """\
transcription du mémo vocal du vendredi soir, laissé tel quel :
« alors point rapide pour lundi la petite léa-rose est rentrée chez sa mère pour le week-end comme prévu pas de souci au départ elle avait son sac et son doudou le taxi est passé à dix-sept heures trente il faudra juste vérifier lundi matin que l'école a bien reçu l'attestation de la mère pour la cantine voilà et penser à commander les tickets de bus du groupe merci bon week-end »
(La dictée ne met ni majuscules ni ponctuation : c'est pour cela que je la relis toujours avant de la copier dans le logiciel de suivi.)"""),

    ("nom-agenda-minuscules-patronyme", "donnee-nom", """\
notes en vrac de mon carnet, lundi :
- 9h réunion d'équipe (salle 2)
- 11h tel CMP pour le créneau psy, standard
- 14h30 vad chez les kerbrat, penser au bon de la banque alimentaire
- 16h écrits, rapport d'échéance à finir
- 17h15 appel de la cheffe de service
Le carnet papier reste pour moi le meilleur outil de planification ; je recopie chaque soir dans l'agenda partagé ce qui doit être vu par les collègues, sans les noms des familles."""),

    ("nom-exemple-fiche-non-annonce-mme", "donnee-nom", """\
## Déroulement

La première visite ne sert pas à évaluer mais à se faire accepter. Par exemple, avec Mme Nguyen, nous avons commencé par parler de son jardin, puis des photos accrochées dans l'entrée ; c'est au troisième passage seulement qu'elle a accepté de parler de ses factures.
1. Téléphoner la veille pour confirmer, et redire le motif de la visite.
2. Se présenter à la porte avec sa carte professionnelle, attendre d'être invité à entrer.
3. S'asseoir là où la personne le propose.
4. Ne pas prendre de notes pendant la première visite ; les écrire dans la voiture, aussitôt après.
5. Avant de partir, convenir ensemble de la date de la visite suivante."""),

    ("nom-genogramme-legende-prenom", "donnee-nom", """\
Légende du génogramme (à joindre en annexe) :
■ homme — ● femme — ◆ personne dont le genre n'est pas précisé
Trait plein horizontal : union ; une barre oblique : séparation ; deux barres : divorce.
Croix dans le symbole : décès (année au-dessous).
Trait double entre deux personnes : relation très proche ; trait en zigzag : relation conflictuelle.
Sur l'exemple ci-dessus, le carré barré représente le grand-père de Rayan, décédé en 2015, dont le décès a précédé de quelques mois la première hospitalisation de la mère.
Le cercle en pointillés entoure les personnes qui vivent sous le même toit."""),

    ("nom-jugement-en-tete", "donnee-nom", """\
TRIBUNAL JUDICIAIRE — Cabinet du juge des enfants
JUGEMENT EN ASSISTANCE ÉDUCATIVE
Concernant : Océane BRUNEL
Parents : la mère, titulaire de l'autorité parentale ; le père, titulaire de l'autorité parentale.
Le juge des enfants,
Après avoir entendu en chambre du conseil la mineure, ses parents et le service gardien,
Maintient le placement de la mineure auprès du service de l'aide sociale à l'enfance pour une durée de deux ans,
Dit que les droits de visite des parents s'exerceront selon les modalités définies entre eux et le service.
(Recopié pour montrer à un stagiaire la structure d'un jugement ; tout le reste de la fiche l'analyse.)"""),

    ("nom-courrier-ofpra-demandeur", "donnee-nom", """\
Comment lire une décision de l'OFPRA avec la personne — exemple recopié de la première page d'une notification :
« Monsieur Habibullah Noorzai,
Après examen de votre demande d'asile et à l'issue de l'entretien personnel qui s'est déroulé dans les locaux de l'Office, j'ai le regret de vous informer que j'ai pris une décision de rejet.
Vous pouvez contester cette décision devant la Cour nationale du droit d'asile dans un délai d'un mois à compter de sa notification. »
Ce que fait l'intervenant : relire la décision avec un interprète, repérer les motifs (crédibilité, éléments personnels), noter la date de notification, prendre rendez-vous avec un avocat dans la semaine."""),

    ("nom-cnda-audience-patronyme", "donnee-nom", """\
Préparation d'une audience à la CNDA — fil d'échanges internes du CADA :
— Juriste : L'audience de M. Kebede est fixée dans trois semaines, 13 h 30, salle 5. L'avocate passe au CADA mardi.
— Travailleuse sociale : Je réserve le bureau et l'interprète en amharique. Transport : billet de train à commander, départ 9 h.
— Juriste : Il faut relire avec lui les contradictions relevées par l'Office, sans lui faire réciter un récit.
— Travailleuse sociale : D'accord, et prévoir un repas sur place, l'audience peut durer.
Ce qui compte dans la préparation : la logistique (transport, interprète, repas) autant que le fond."""),

    ("nom-ess-ecole-eleve", "donnee-nom", """\
Compte rendu d'équipe de suivi de la scolarisation (ESS), école élémentaire, salle des maîtres, 16 h 45 – 18 h.
Élève : Nolan, classe de CM1.
Présents : l'enseignante, l'enseignant référent, les parents, l'éducatrice du SESSAD, la psychologue de l'Éducation nationale.
Bilan : progrès en lecture avec les supports adaptés ; fatigue importante l'après-midi ; l'AESH mutualisée est présente douze heures par semaine.
Propositions : maintien en classe ordinaire avec AESH ; demande d'un ordinateur au titre du matériel pédagogique adapté ; réflexion sur une orientation en ULIS au collège.
Le compte rendu est transmis à la MDPH avec le GEVA-Sco."""),

    ("nom-projet-personnalise-ime", "donnee-nom", """\
Projet personnalisé d'accompagnement — IME (trame remplie lors de la dernière réunion de projet) :
Jeune : Séréna, 14 ans, section adolescents.
Attentes de la jeune (recueillies avec des pictogrammes) : « aller à la piscine », « faire la cuisine », « voir mes copines ».
Attentes de la famille : progrès dans l'autonomie pour s'habiller et prendre le bus.
Objectifs retenus :
1. Utiliser seule la ligne de bus entre le domicile et l'IME (apprentissage du trajet sur six mois).
2. Préparer un repas simple une fois par semaine à l'atelier cuisine.
3. Participer à une activité de loisir à l'extérieur.
Évaluation : dans six mois, en présence de la jeune et de ses parents."""),

    ("nom-tableau-chambres-115", "donnee-nom", """\
État d'occupation de l'hébergement d'urgence, nuit du 5 au 6 décembre (exemple du tableau que remplit le veilleur) :

| Chambre | Occupant | Arrivée | Départ prévu | Observations |
|---|---|---|---|---|
| 1 | personne 1 | 19 h 30 | 8 h | RAS |
| 2 | personne 2 | 20 h 10 | 8 h | a demandé un rendez-vous social |
| 3 | M. Iordache | 21 h 45 | 8 h | arrivé par le SAMU social |
| 4 | vide | — | — | matelas à changer |
| 5 | personne 5 | 22 h | 8 h | chien accepté (box extérieur) |

Le tableau est remis au SIAO le matin à 9 h ; seules les colonnes d'occupation sont transmises."""),

    ("nom-sms-assistante-familiale-fievre", "donnee-nom", """\
SMS reçu sur le téléphone d'astreinte du service de placement familial (samedi, 21 h 12), recopié :
« Bonsoir, Kenza a 39,5 de fièvre depuis cet après-midi, le Doliprane ne fait pas baisser. Je l'emmène aux urgences pédiatriques. Je vous tiens au courant. »
Réponse du cadre d'astreinte (21 h 15) : « Bien reçu, merci. Prévenez-moi à la sortie. J'informe la mère demain matin, sauf hospitalisation. »
Cet échange illustre la règle : l'assistante familiale agit pour les soins urgents, le service informe les parents, titulaires de l'autorité parentale."""),

    ("nom-note-juge-tutelles", "donnee-nom", """\
Trame de note au juge des contentieux de la protection (mandataire judiciaire), avec l'exemple qui a servi en formation :
Objet : demande d'autorisation de vente du bien immobilier de M. Rolland Chabert, majeur protégé sous curatelle renforcée.
1. Situation actuelle : la personne est accueillie en EHPAD depuis huit mois, son logement est inoccupé et se dégrade.
2. Avis de la personne : recueilli lors de deux entretiens, il souhaite vendre pour financer son hébergement.
3. Estimations jointes : deux avis de valeur d'agences.
4. Proposition : vente au prix de l'estimation la plus haute.
La note doit toujours faire apparaître l'avis de la personne, même quand il diverge de la proposition."""),

    ("nom-ep-rsa-dossier-de", "donnee-nom", """\
Compte rendu de l'équipe pluridisciplinaire RSA (extrait, à anonymiser) :
Situation examinée : le dossier de Mme Gomis, bénéficiaire du RSA, qui n'a pas signé de contrat d'engagement depuis un an.
Éléments apportés par la référente : hospitalisation de plusieurs mois, puis prise en charge d'un parent malade ; courrier de convocation jamais reçu (changement d'adresse non enregistré).
Avis de l'équipe : pas de sanction ; nouvelle convocation à un rendez-vous d'orientation ; proposition d'un accompagnement social plutôt que professionnel dans un premier temps.
Ce que montre ce cas : une absence de contrat n'est pas un refus ; l'équipe doit chercher la raison avant de proposer une réduction."""),

    ("nom-urgences-signalement", "donnee-nom", """\
Note de l'assistante sociale des urgences, transmise au service social de secteur :
Patiente de 34 ans, Mme Ouedraogo, venue aux urgences dans la nuit pour des contusions, dit être tombée dans l'escalier ; sortie contre avis médical à 4 h du matin avant l'entretien social.
Éléments relevés par l'équipe soignante : lésions d'âges différents, inquiétude à l'évocation du conjoint, deux enfants en bas âge au domicile.
Démarches faites : information de la patiente sur le 3919 et sur les associations spécialisées (carte remise par l'infirmière) ; certificat médical descriptif établi et conservé dans le dossier.
Demande au secteur : prise de contact, avec prudence, par un moyen convenu à l'avance."""),

    ("nom-resume-yaml-prenom", "donnee-nom", """\
---
id: autonomie-jeune-majeur-studio
titre: "Préparer l'entrée en studio d'un jeune majeur"
resume: "Retour sur l'accompagnement de Killian vers son premier logement autonome : budget, ameublement, voisinage, et les trois premiers mois en studio avec des visites dégressives."
type_fiche: retour_experience
publics: [jeunes_majeurs]
secteurs: [social]
modes_intervention: [individuel, domicile]
niveau_preuve: experientielle
statut: brouillon
auteurs:
  - nom: "L'équipe du service d'accompagnement jeunes majeurs"
date_creation: 2026-12-01
licence: CC-BY-SA-4.0
---"""),

    ("nom-sources-yaml-rapport", "donnee-nom", """\
sources:
  - titre: "Démarche de consensus sur les besoins fondamentaux de l'enfant en protection de l'enfance"
    auteur: "Marie-Paule Martin-Blachais"
    annee: 2017
  - titre: "Rapport de situation de Mme Vidal, bilan à six mois"
    auteur: "Service d'accompagnement social"
    annee: 2025
  - titre: "Le travail social et la protection de l'enfance"
    auteur: "Catherine Sellenet"
(Je mets ce bout d'en-tête pour qu'on me dise si une source interne peut être citée.)"""),

    ("nom-paroles-non-composite", "donnee-nom", """\
## Paroles de praticiens

« Le jour où Aymeric a rendu les clés de sa chambre au foyer, il a fait le tour de tout le monde, même de la cuisinière. On ne prépare jamais assez les départs. » — éducateur, foyer jeunes travailleurs, entretien de novembre.
« Ce qui marche, c'est de commencer à parler de la sortie dès l'arrivée. » — cheffe de service.
« Un départ réussi, c'est un départ où le jeune sait qu'il peut revenir boire un café. » — maîtresse de maison."""),

    ("nom-voisin-epi-signalement-saad", "donnee-nom", """\
Fiche d'alerte remplie par une intervenante du SAAD (procédure « personne ne répond ») :
Heure d'arrivée : 9 h 05. Personne ne répond à la sonnette ni au téléphone fixe.
Bénéficiaire : M. Paul-Henri Delaunay, habituellement présent le matin.
Actions : appel du responsable de secteur à 9 h 10 ; appel de la personne de confiance indiquée au contrat à 9 h 12 (pas de réponse) ; passage chez la gardienne, qui détient un double des clés ; entrée à deux à 9 h 40 : la personne est au lit, confuse, n'a pas pu se lever ; appel du 15.
Fin d'intervention : 10 h 30, départ en ambulance.
La procédure prévoit de ne jamais entrer seul et de noter chaque heure."""),

    ("nom-cahier-transmission-esat-mail", "donnee-nom", """\
Échange de mails entre le moniteur d'atelier de l'ESAT et le SAVS (copié pour la fiche sur le partenariat) :
— Moniteur : Bonjour, trois retards cette semaine, il dit que le bus passe trop tôt. Pouvez-vous voir avec lui l'horaire du réveil ?
— SAVS : Bonjour, merci du retour. On fait le point jeudi à son domicile. Vous confirmez qu'il peut commencer à 8 h 30 au lieu de 8 h pendant un mois ?
— Moniteur : Oui, pour un mois. Ensuite on revoit.
— SAVS : Parfait. J'en parle à Mickaël jeudi et je vous redis.
Règle du partenariat : l'échange se limite à ce qui sert l'objectif, la personne est informée de ce qui circule sur elle."""),
]

FLAG += [
    # --- dates de naissance -------------------------------------------------------------
    ("naissance-dictee-toutes-lettres", "donnee-naissance", """\
Transcription de la dictée du rapport d'admission (brouillon non relu) :
« le jeune est né le douze mars deux mille neuf virgule il est accueilli à la MECS depuis le mois d'octobre dans le cadre d'un accueil provisoire demandé par la mère point à la ligne il est scolarisé en troisième au collège du secteur virgule avec un emploi du temps aménagé le mardi point à la ligne ses loisirs colon le football et le dessin point »
À faire avant de coller dans le logiciel : remplacer les mots de ponctuation, et relire les dates, que la dictée transcrit en toutes lettres."""),

    ("naissance-formulaire-ddn", "donnee-naissance", """\
Formulaire de demande d'accueil en accueil de jour (à moitié rempli, tel que reçu) :
Nom de l'enfant : (voir dossier)
Date de naissance : 04/11/2011
Établissement scolaire : collège, classe de 4e SEGPA
Motif de la demande : déscolarisation partielle depuis la rentrée, conflits avec la fratrie
Accord des titulaires de l'autorité parentale : oui (mère) / en attente (père)
Orientation par : service social scolaire
Documents joints : bulletin du premier trimestre, notification MDPH
Case « observations » : vide.
On voit ici ce qu'il faut pour étudier une demande : la date de naissance n'est utile qu'au dossier, pas à la fiche."""),

    ("naissance-genogramme-date", "donnee-naissance", """\
Génogramme de la fratrie, tel que dessiné sur le tableau pendant la synthèse (je le retranscris) :
- La mère, 38 ans, deux unions.
- Première union : deux garçons ; le fils aîné, né le 17 juin 2008, vit chez son père depuis ses 12 ans ; le cadet est accueilli en MECS.
- Seconde union : une fille de 5 ans, qui vit avec sa mère.
- Liens : aîné et cadet très proches (trait double), se voient pendant les vacances ; relation conflictuelle entre la mère et le premier compagnon.
Le génogramme a fait apparaître que l'aîné pourrait être une ressource pour son frère, ce que personne n'avait envisagé."""),

    ("naissance-tableau-ddn-ligne", "donnee-naissance", """\
Tableau d'effectif du groupe (à anonymiser : il ne faut garder que les âges) :

| Code | Âge | DDN | Scolarité | Référent |
|---|---|---|---|---|
| J1 | 15 ans | — | lycée pro | éducateur A |
| J2 | 16 ans | — | CAP cuisine | éducatrice B |
| J3 | 14 ans | 23/02/2012 | collège, 3e | éducateur A |
| J4 | 17 ans | — | mission locale | éducatrice C |

Dans la fiche, le tableau doit seulement montrer la répartition des référents : trois jeunes au plus par éducateur."""),

    ("naissance-courrier-juge-lieu", "donnee-naissance", """\
Extrait de la saisine du juge des enfants par le parquet, cité pour la partie « cadre juridique » de la fiche :
« Vu l'article 375 du Code civil,
Attendu qu'il ressort du signalement transmis par la cellule départementale que l'enfant né le 8 janvier 2016 à Bourges vit dans un logement insalubre, qu'il n'est pas scolarisé depuis la rentrée et que ses parents ont refusé toute aide administrative,
Requérons qu'il plaise au juge des enfants d'ordonner toute mesure d'investigation et d'assistance éducative utile. »
L'enjeu pour le service : la saisine dit ce qui a été signalé, pas ce qui est établi."""),

    ("naissance-cada-date-conventionnelle", "donnee-naissance", """\
Fiche d'entrée en CADA (extrait recopié de la fiche de l'OFII, à remplacer par des champs vides) :
Composition familiale : un adulte isolé.
Nationalité déclarée : afghane.
Date de naissance déclarée : 01/01/2007 (date conventionnelle, la personne ne connaît que l'année).
Langue : dari, un peu d'anglais.
Procédure : normale ; entretien OFPRA non encore convoqué.
Besoins particuliers signalés : suivi psychologique souhaité.
À noter pour la fiche : les dates conventionnelles au 1er janvier sont fréquentes et posent problème pour les droits liés à l'âge."""),

    ("naissance-ssiad-fiche-admission", "donnee-naissance", """\
Fiche d'admission SSIAD — partie administrative (extrait) :
Patiente : veuve, vit seule dans une maison de plain-pied.
Née le 3 septembre 1931.
Médecin prescripteur : médecin traitant.
Motif de prise en charge : aide à la toilette et surveillance cutanée après hospitalisation pour une fracture du poignet.
Entourage : une nièce qui passe le dimanche.
GIR évalué : 3.
Autres intervenants : SAAD deux heures par jour, portage de repas, téléassistance.
Remarque : la date de naissance est nécessaire au dossier de soins, pas à la fiche pratique où seul l'âge compte."""),

    ("naissance-sms-anniversaire", "donnee-naissance", """\
SMS échangés entre l'assistante familiale et le référent (copiés pour la partie « rituels ») :
AF : Bonjour, je voudrais faire un petit goûter d'anniversaire samedi, la petite est née le 9 décembre 2019, elle aura 7 ans. Est-ce que la maman pourrait venir ?
Référent : Bonne idée. Je demande à la mère. Le samedi après-midi est possible dans le cadre des visites. Je vous confirme demain.
AF : Merci, je prévois un gâteau au chocolat, c'est son préféré.
Le rituel d'anniversaire en placement familial mérite d'être pensé avec les parents : qui fête, où, avec quels cadeaux."""),

    ("naissance-dictee-bissextile", "donnee-naissance", """\
Dictée vocale de la présentation en réunion d'admission IME :
« présentation du jeune point il est né le vingt-neuf février deux mille douze virgule il a donc quatorze ans et il est orienté par la CDAPH vers la section professionnelle point il vient d'une classe ULIS collège où l'inclusion n'était plus tenable virgule d'après l'enseignante référente point ses points forts colon la mémoire visuelle et le goût du travail manuel point »
(Je garde la dictée brute pour montrer comment on passe de l'oral à l'écrit dans un dossier.)"""),

    ("naissance-huda-erythree", "donnee-naissance", """\
Extrait de la fiche de liaison HUDA → CADA, au moment d'un transfert :
Personne isolée, femme, née en Érythrée le 15/05/1998.
Langues : tigrinya, notions d'arabe.
Santé : suivi de grossesse en cours à la PMI (terme prévu fin février) ; vaccinations faites.
Procédure : demande d'asile enregistrée au guichet unique en septembre ; récit remis à l'OFPRA.
Points d'attention : souhaite une hébergée femme pour partager l'appartement ; a besoin d'un interprète femme pour les entretiens.
Pourquoi une fiche de liaison : éviter à la personne de raconter à nouveau son histoire à chaque changement de structure."""),

    ("naissance-esat-format-iso", "donnee-naissance", """\
Export du logiciel de l'ESAT (à nettoyer avant publication) :
Atelier : conditionnement
Ancienneté : 6 ans
DN : 1994-07-21
Temps de travail : 80 %
Aménagements : pauses supplémentaires, poste assis
Formation en cours : RAE « agent de propreté », module 2
Projet : mise à disposition en entreprise ordinaire au second semestre
Ce que montre l'export : le logiciel mélange des données utiles à la fiche (aménagements, formation) et des données d'identité qui n'ont rien à y faire."""),

    ("naissance-chronologie-premier-avril", "donnee-naissance", """\
Chronologie de l'accompagnement, faite avec le jeune lui-même (il a choisi les événements) :
- né le 1er avril 2014, « le jour des blagues » ;
- 2019 : arrivée en France avec sa mère ;
- 2021 : « la chambre d'hôtel », plusieurs mois en hébergement d'urgence ;
- 2022 : entrée au CHRS, première école où il reste toute l'année ;
- 2024 : « le foot », inscription au club du quartier ;
- 2026 : entrée au collège.
Faire la frise avec l'enfant change la nature de l'exercice : il choisit ce qu'il retient, et on découvre ce qui compte pour lui."""),

    # --- adresses ------------------------------------------------------------------------
    ("adresse-tournee-vad", "donnee-adresse", """\
Tournée des visites à domicile du jeudi (ma feuille de route, recopiée) :
- 9 h : départ du service, prendre les clés de la voiture n° 3.
- 9 h 30 : visite famille 1 (quartier des Capucins), bilan mensuel.
- 10 h 45 : 14 rue des Glycines, 2e étage gauche, 59000 Lille — première rencontre après l'ordonnance.
- 12 h : pause, retour au service.
- 14 h : visite famille 3, avec la puéricultrice de PMI.
- 16 h : écrits.
Conseil pour la fiche : prévoir 30 minutes entre deux visites, le temps de noter et de souffler."""),

    ("adresse-dictee-avenue", "donnee-adresse", """\
Transcription du mémo dicté dans la voiture :
« visite à domicile au quarante-deux avenue Jean-Jaurès bâtiment C troisième étage virgule l'ascenseur est en panne depuis trois semaines point la dame âgée ne descend plus du tout virgule c'est sa voisine qui fait les courses point à signaler au bailleur et au CLIC point à la ligne proposer un portage de repas et une évaluation APA point »
Ce mémo montre aussi un point de la fiche : l'ascenseur en panne isole plus sûrement qu'une maladie."""),

    ("adresse-clic-impasse", "donnee-adresse", """\
Signalement reçu au CLIC par téléphone et noté par la coordinatrice :
« Une dame de 91 ans vit seule au 7 impasse des Coquelicots, à Saint-Pierre-des-Corps ; le facteur s'inquiète car elle ne relève plus son courrier depuis une semaine. Pas de famille connue dans le département. »
Suite : appel de la mairie (registre canicule et grand froid), visite de la coordinatrice avec l'infirmière de l'équipe mobile le lendemain ; la dame était grippée et n'osait appeler personne.
Ce qui compte : remercier le signalant, et revenir vers lui sans dire plus que nécessaire."""),

    ("adresse-hebergement-chez-compatriote", "donnee-adresse", """\
Point social en HUDA — famille sans hébergement depuis la fin de prise en charge :
La famille loge depuis dix jours au 3 allée des Peupliers, appartement 51, chez un compatriote qui les héberge à titre gratuit. Situation précaire : six personnes dans un deux-pièces ; le bailleur n'est pas informé.
Démarches : demande SIAO actualisée ; domiciliation maintenue au CCAS ; scolarisation des enfants conservée dans l'école du quartier d'origine (trajet d'une heure).
Ce que nous voulions montrer dans la fiche : la fin de prise en charge ne supprime pas les besoins ; le suivi continue hors les murs."""),

    ("adresse-courrier-npai", "donnee-adresse", """\
Note pour le dossier (copiée pour la fiche sur la domiciliation) :
Le courrier recommandé du département concernant le renouvellement de la mesure est revenu avec la mention « pli avisé et non réclamé — NPAI ». Adresse utilisée : 18 chemin de la Garenne, 37100 Tours, que la personne a quittée en septembre.
La personne, rencontrée à l'accueil de jour, n'avait jamais reçu l'avis de passage. Nous l'avons orientée vers une élection de domicile au CCAS, pour que ses droits ne tombent plus à cause d'une adresse."""),

    ("adresse-saad-boulevard-appartement", "donnee-adresse", """\
Bon d'intervention du service d'aide à domicile (extrait de la fiche de mission de l'intervenante) :
Lieu d'intervention : 61 boulevard Carnot, appartement 12, interphone au nom du bénéficiaire.
Jours : lundi, mercredi, vendredi, 10 h – 12 h.
Tâches : entretien du logement, courses, préparation du déjeuner, stimulation à la marche dans le couloir.
Points de vigilance : tapis du salon (risque de chute), chat à ne pas laisser sortir.
Clés : boîte à clés sécurisée, code communiqué oralement par le responsable de secteur.
Personne à prévenir : la fille, coordonnées dans le classeur de liaison au domicile."""),

    ("adresse-formulaire-residence", "donnee-adresse", """\
Formulaire de demande d'aide financière (FSL) — partie « demandeur », telle qu'elle a été remplie :
Civilité : Madame
Situation familiale : seule avec deux enfants
Adresse : 9, résidence Les Érables, 63100 Clermont-Ferrand
Bailleur : office public de l'habitat
Montant de la dette locative : 1 840 €
Ressources mensuelles : RSA et prestations familiales
Aide demandée : prise en charge de la dette et accompagnement social lié au logement pendant six mois.
Pièces jointes : quittances, décompte du bailleur, plan d'apurement proposé."""),

    ("adresse-jugement-demeurant", "donnee-adresse", """\
Extrait d'une ordonnance de placement provisoire (pour la partie « lire une décision » de la fiche) :
« Le juge des enfants,
Vu l'urgence,
Confie provisoirement l'enfant au service de l'aide sociale à l'enfance du département ;
Dit que la mère, demeurant 27 rue Victor-Hugo, 69100 Villeurbanne, sera convoquée dans un délai de quinze jours ;
Réserve les droits de visite, qui seront fixés par le service en fonction de l'intérêt de l'enfant. »
Le délai de quinze jours est le délai légal pour entendre les parents après une ordonnance prise en urgence."""),

    ("adresse-lieu-dit-rural", "donnee-adresse", """\
Visite du SAVS en milieu rural — notes de trajet :
Départ du service à 13 h ; 35 minutes de route.
Domicile de la personne : ferme du lieu-dit La Croix-Blanche, 19270 Ussac, au bout du chemin de terre après le lavoir.
Il vit avec sa mère âgée ; aucun transport en commun ; le seul commerce est à 8 km.
Objet de la visite : préparer le passage du permis AM (voiturette) avec lui, pour qu'il puisse se rendre seul à l'ESAT.
Pour la fiche : en milieu rural, la mobilité est le premier sujet du projet, avant même le travail."""),

    ("adresse-mail-parent-signature-adresse", "donnee-adresse", """\
Mail d'un père, reçu par l'IME (copié pour illustrer la demande de transport) :
« Bonjour,
Suite à notre déménagement, pourriez-vous modifier le trajet du taxi pour mon fils à partir de lundi ? Notre nouvelle adresse est 5 place de la Fontaine, 45000 Orléans.
Le taxi peut sonner, nous serons là tous les matins à 7 h 45.
Cordialement. »
Réponse : le transport est organisé par l'IME ; le changement a été transmis au transporteur le jour même, avec confirmation à la famille."""),

    ("adresse-maraude-camion-domicile", "donnee-adresse", """\
Compte rendu de la maraude sociale du matin (équipe de jour) :
Rencontre avec un homme d'une soixantaine d'années qui vit dans son camping-car stationné au 112 quai de la Loire, devant la résidence étudiante, depuis quatre mois.
Demandes : accès à une douche, aide pour l'assurance du véhicule, domiciliation.
Propositions : accueil de jour (douches de 8 h à 11 h), rendez-vous avec l'assistante sociale de la PASS pour les droits santé.
À signaler : la mairie prévoit de verbaliser les stationnements prolongés ; l'équipe propose une médiation.
Point de méthode : on ne note pas de nom dans le compte rendu collectif tant que la personne ne l'a pas donné d'elle-même."""),
]

FLAG += [
    # --- téléphones ------------------------------------------------------------------------
    ("telephone-dictee-toutes-lettres", "donnee-telephone", """\
Transcription du message vocal laissé sur le répondeur du service de placement familial :
« bonjour c'est la maman du petit pour la visite de samedi je ne pourrai pas venir à dix heures est-ce qu'on peut décaler à quatorze heures vous pouvez me rappeler au zéro six trente-neuf quatre-vingt-dix-huit vingt-sept quatorze merci »
Suite donnée : rappel de la mère par la référente, visite décalée, assistante familiale informée.
Pour la fiche : chaque changement de visite passe par le référent, jamais directement entre les parents et l'assistante familiale, sauf accord écrit."""),

    ("telephone-agenda-rappeler-au", "donnee-telephone", """\
Ma liste de rappels du lundi (colonne « Rappeler au » à vider avant publication) :

| Situation | Motif | Rappeler au | Fait |
|---|---|---|---|
| famille A | confirmer la VAD de jeudi | standard de la PMI | oui |
| jeune B | résultat du stage | via la mission locale | non |
| mère C | papiers CAF manquants | 07 00 00 41 63 | non |
| famille D | rendez-vous école | secrétariat du collège | oui |

Cette liste tient sur une page et se coche dans la journée ; ce qui n'est pas fait passe au lendemain en tête de liste."""),

    ("telephone-sms-entete", "donnee-telephone", """\
Capture de conversation recopiée (téléphone du service, fil avec un jeune suivi en contrat jeune majeur) :
De : +33 6 39 98 52 07
[19:42] jsuis devant le foyer jeunes travailleurs mais ils veulent pas me donner la clé avant demain
[19:45] Service : Le bureau ferme à 19 h. Tu as de quoi dormir ce soir ?
[19:46] chez un pote
[19:47] Service : D'accord. Demain 9 h, je t'accompagne à l'accueil du FJT.
Ce fil montre qu'une entrée en logement se prépare aussi sur ses horaires : l'accueil d'un FJT n'est pas ouvert le soir."""),

    ("telephone-formulaire-contact-famille", "donnee-telephone", """\
Fiche de renseignements — admission en accueil de jour Alzheimer (partie « aidant principal ») :
Lien avec la personne : épouse.
Téléphone : 04 65 71 08 92
Disponibilités : tous les jours sauf le mardi matin (elle a son propre rendez-vous de kinésithérapie).
Souhait de l'aidante : « deux jours par semaine pour souffler », participation au groupe des aidants.
Transport : par l'accueil de jour.
Observations de l'infirmière coordinatrice : l'aidante semble épuisée ; proposer la plateforme d'accompagnement et de répit dès l'admission."""),

    ("telephone-mail-signature-parent", "donnee-telephone", """\
Mail d'une mère au service d'AEMO (recopié pour la fiche « travailler avec les écrits des familles ») :
« Bonjour Madame,
J'ai bien reçu votre courrier pour le rendez-vous du 15. Je travaille en horaires décalés, est-ce qu'on peut faire la visite après 17 h ? Vous pouvez m'appeler sur mon portable : 06.39.98.71.30, de préférence le matin.
Merci de votre compréhension. »
Réponse du service : visite déplacée à 17 h 30, accord de la cheffe de service pour un horaire tardif. Adapter les horaires est souvent la première marque de respect envers les parents qui travaillent."""),

    ("telephone-transmission-numero-nouveau", "donnee-telephone", """\
Transmissions CHRS — équipe de jour vers équipe du soir :
- La chambre 8 attend une livraison de meubles demain entre 8 h et 12 h.
- Le résident de la chambre 4 a changé de numéro de portable : nouveau numéro 05 36 49 83 12, à reporter dans le logiciel (l'ancien est résilié).
- Réunion des résidents reportée à jeudi, 18 h.
- Penser à récupérer les tickets de repas au secrétariat.
- RAS pour le reste de la journée.
Le cahier de transmissions ne remplace pas le logiciel de suivi : ce qui doit durer y est reporté le soir même."""),

    ("telephone-dictee-mixte-chiffres-lettres", "donnee-telephone", """\
Extrait de la transcription d'un entretien téléphonique avec la fille d'une bénéficiaire du SAAD (dictée après coup par la responsable de secteur) :
« la fille souhaite être prévenue en cas de problème avant le SAMU si ce n'est pas urgent virgule elle donne son numéro zéro trois 53 48 soixante 19 point elle habite à une heure de route point à la ligne elle demande aussi que les courses soient faites le jeudi plutôt que le vendredi point »
(La dictée a mélangé chiffres et lettres ; à nettoyer.)"""),

    ("telephone-fixe-numero-de-la-mere", "donnee-telephone", """\
Compte rendu de la rencontre parents-école-MECS, collège, 17 h.
Présents : la CPE, le professeur principal, l'éducatrice référente de la MECS, la mère.
Points abordés : absences du lundi, comportement en cours d'anglais, projet de stage en entreprise.
La mère souhaite être informée directement des absences par la vie scolaire : elle a donné le fixe de son domicile, 02 61 91 45 38, à la CPE.
Décision : information conjointe de la mère et de la MECS ; bilan dans six semaines.
Pour la fiche : les parents d'un enfant placé gardent le droit d'être informés de sa scolarité."""),

    ("telephone-maraude-numero-usager", "donnee-telephone", """\
Fiche de rencontre maraude (papier, remplie sur le terrain, à ressaisir) :
Lieu : galerie marchande, entrée nord.
Heure : 21 h 20.
Personne : homme, la quarantaine, dit être à la rue depuis son divorce.
Demande : un hébergement « mais pas en dortoir ».
Joignable au : 01 99 00 36 58 (téléphone prépayé, crédit souvent épuisé).
Orientation : rendez-vous proposé à l'accueil de jour jeudi, 10 h, pour une demande SIAO avec le travailleur social.
Suite : l'équipe repassera samedi au même endroit."""),

    ("telephone-tableau-agenda-vad-lettres", "donnee-telephone", """\
Planning des visites de l'infirmière de l'équipe mobile psychiatrie-précarité, semaine 50 :
Lundi : hôtel social, 10 h — personne accompagnée 1 (suivi traitement).
Mardi : CHRS, 14 h — entretien avec la résidente de la chambre 12.
Mercredi : visite à domicile, 9 h 30 — prévenir avant au zéro sept zéro zéro zéro zéro dix-huit cinquante-cinq, la personne n'ouvre pas sinon.
Jeudi : staff avec le CMP, 11 h.
Vendredi : maraude commune avec le SAMU social, 20 h.
Principe de l'équipe : aller vers, mais toujours annoncer sa venue quand c'est possible."""),

    ("telephone-ecocarte-numero", "donnee-telephone", """\
Écocarte d'un jeune homme accompagné par la prévention spécialisée, décrite en texte :
- Au centre : le jeune, 19 ans, vit chez sa grand-mère.
- Lien fort : l'éducateur de rue, le club de boxe.
- Lien ténu : la mission locale (une inscription, pas de suivi) ; le père, qu'il voit deux fois par an.
- Lien conflictuel : le lycée qu'il a quitté en première.
- À côté du cercle « grand-mère », il a noté lui-même : « mamie 06 39 98 04 66 — à appeler si je suis au poste ».
L'écocarte dessinée par le jeune montre ce qu'il considère comme son filet de sécurité."""),

    ("telephone-international-demandeur", "donnee-telephone", """\
Fiche de liaison interne du CADA, section « contacts » (recopiée pour la fiche sur le rétablissement des liens familiaux) :
Famille restée au pays : épouse et deux enfants.
Dernier contact : il y a trois semaines, par messagerie.
Numéro du frère en France, qui sert de relais : +33 7 00 00 92 18.
Démarches : orientation vers le service de rétablissement des liens familiaux de la Croix-Rouge ; information sur la procédure de réunification familiale en cas de protection.
Point de méthode : demander à la personne ce qu'elle accepte que l'on note de ses proches."""),

    # --- courriels ------------------------------------------------------------------------
    ("courriel-mail-entete-famille", "donnee-courriel", """\
Mail transféré au service (en-tête compris), recopié pour montrer comment les familles s'adressent à nous :
De : famille.ravelonjato@example.org
À : accueil du service
Objet : demande de rendez-vous pour notre fils
« Bonjour, notre fils a été exclu trois jours du collège et nous ne savons pas comment l'aider. L'assistante sociale du collège nous a donné vos coordonnées. Pouvons-nous venir vous rencontrer, le soir si possible ? Merci. »
Réponse envoyée le jour même, avec trois créneaux au choix. Le délai de réponse compte beaucoup dans l'adhésion des familles à une aide non contrainte."""),

    ("courriel-dictee-arobase", "donnee-courriel", """\
Transcription d'un mémo dicté après une visite SAVS :
« il faut créer son compte sur le site de la CAF point son adresse mail c'est kevin point morel quatre-vingt-douze arobase example point com virgule c'est lui qui l'a choisie point à la ligne il ne se souvient plus du mot de passe de sa messagerie virgule on fera la réinitialisation ensemble mardi point »
La dictée écrit les adresses en toutes lettres : elles restent des adresses."""),

    ("courriel-formulaire-jeune", "donnee-courriel", """\
Formulaire d'inscription au dispositif d'accompagnement vers l'emploi (rempli à l'accueil, avant saisie) :
Âge : 22 ans
Niveau de formation : CAP, non obtenu
Permis : non
Courriel : lina.b.2004@example.net
Accompagnement actuel : mission locale (suivi ponctuel)
Objectif : emploi dans la restauration collective
Disponibilités : toutes, sauf le mercredi (garde de son petit frère)
Le formulaire sert à l'inscription ; dans la fiche, on ne garde que la structure des rubriques."""),

    ("courriel-sms-transfert", "donnee-courriel", """\
Échange de SMS avec une résidente du CHRS (copié pour la fiche sur les démarches en ligne) :
Résidente : bonjour je narrive pas a recevoir le mail de france travail
Service : Avez-vous regardé dans les courriers indésirables ?
Résidente : cest quoi
Service : On regarde ensemble demain à 10 h, au bureau. Vous pouvez me redonner l'adresse de votre messagerie ?
Résidente : sabrina.ouali@example.com
Service : Merci, à demain.
L'exemple montre que l'accompagnement au numérique commence souvent par des notions que les professionnels croient connues de tous."""),

    ("courriel-compte-rendu-ecole-parent", "donnee-courriel", """\
Compte rendu de l'équipe éducative (école élémentaire), transmis au service de prévention :
Objet : absentéisme et difficultés d'apprentissage.
Décisions : PPRE en lecture, rencontre avec le médecin scolaire, proposition d'un suivi au CMPP.
Communication avec la famille : le père ne peut pas se déplacer en journée ; il souhaite recevoir les comptes rendus par mail à l'adresse pere.mbemba@example.org ; l'école accepte, la directrice enverra le document.
Prochaine réunion : fin du trimestre.
Pour la fiche : s'adapter au moyen de communication que choisit la famille."""),

    ("courriel-ecocarte-entretien", "donnee-courriel", """\
Notes d'entretien au CCAS, rubrique « réseau et moyens de contact » :
La personne n'a plus de téléphone (volé la semaine dernière). Elle consulte ses mails à la médiathèque, deux fois par semaine.
Adresse donnée pour la convoquer : g.lefort.1961@example.com
Elle préfère qu'on lui laisse un mot à l'accueil du CCAS plutôt qu'un mail, « parce que je n'y vais pas toujours ».
Décision : double convocation, mail et mot à l'accueil.
Dans la fiche, retenir le principe : demander à la personne comment elle veut être jointe, et noter la préférence, pas seulement le moyen."""),

    ("courriel-transcription-visio-cada", "donnee-courriel", """\
Notes d'une réunion d'information collective au CADA, sur les démarches en ligne (extrait) :
- Présentation du portail de l'administration pour les titres de séjour (via interprète).
- Exercice pratique : création d'une adresse électronique pour les personnes qui n'en ont pas.
- Une participante a créé sa première adresse pendant l'atelier : hawa.traore.cada@example.net ; elle l'a notée dans son carnet.
- Rappel : ne jamais communiquer son mot de passe, même à un intervenant.
- Prochain atelier : la prise de rendez-vous en ligne en préfecture.
Les ateliers se font par groupes de six au plus, avec un poste par personne."""),

    ("courriel-cc-mail-mandataire", "donnee-courriel", """\
Mail du mandataire judiciaire à la protection des majeurs, transféré au SAVS (en-têtes inclus) :
De : service MJPM
À : SAVS
Cc : m.fontanel-perso@example.org
Objet : budget du mois de janvier
« Bonjour, comme convenu avec la personne, je mets en copie son adresse personnelle pour qu'elle reçoive directement les informations sur son budget. Le virement hebdomadaire passera à 70 € à partir de janvier. »
La mise en copie de la personne protégée est une bonne pratique de transparence ; dans la fiche, on ne garde que le principe."""),

    ("courriel-note-csapa-contact", "donnee-courriel", """\
Note de suivi CSAPA (consultation jeunes consommateurs), partie « modalités de contact » :
Le jeune ne souhaite pas que ses parents soient informés de ses rendez-vous.
Moyen de contact accepté : mail uniquement, à l'adresse qu'il a créée pour l'occasion : noctambule.77@example.com.
Pas de SMS (téléphone partagé avec sa sœur).
Rappel du cadre : consultation anonyme et gratuite ; pas d'information aux parents sans son accord, sauf danger.
Prochain rendez-vous : mercredi 15 h.
La fiche retient ce point : dans une CJC, on convient d'emblée du canal de contact et de ce que l'on peut y écrire."""),
]

FLAG += [
    # --- NIR ------------------------------------------------------------------------------------
    ("nir-dictee-toutes-lettres", "donnee-nir", """\
Transcription de la dictée faite au téléphone avec la CPAM, pour le dossier de complémentaire santé solidaire :
« numéro de sécurité sociale du monsieur un trente-huit zéro deux cinquante-neuf trois cent cinquante deux cent douze clé trente-sept point la conseillère confirme que les droits sont fermés depuis juin virgule faute de renouvellement point à la ligne on refait la demande en ligne avec lui jeudi point »
Dans la fiche, cet exemple illustre le non-recours par simple défaut de renouvellement, très fréquent chez les personnes âgées isolées."""),

    ("nir-formulaire-apa", "donnee-nir", """\
Dossier de demande d'APA à domicile — première page, remplie avec la personne lors de la visite du CLIC :
Demandeur : Madame
Âge : 84 ans
N° de sécurité sociale : 2 41 07 33 063 155 82
Caisse de retraite principale : régime général
Situation : veuve, vit seule, maison avec escalier intérieur
Aide actuelle : une voisine, deux fois par semaine
Signature : apposée
Pièces à joindre : avis d'imposition, justificatif d'identité, relevé d'identité bancaire.
Conseil pour la fiche : remplir le dossier avec la personne, pas à sa place."""),

    ("nir-mail-cpam-colle", "donnee-nir", """\
Mail envoyé à la CPAM par la référente santé du CHRS (copié pour la fiche sur l'accès aux droits) :
« Bonjour, je me permets de vous relancer pour la demande de carte Vitale d'un résident, déposée il y a trois mois (NIR 185057511204312). Il ne peut pas accéder à son compte en ligne et n'a reçu aucun courrier. Pourriez-vous nous indiquer l'état d'avancement de la demande ? Le résident a donné son accord pour cet échange. Bien cordialement. »
La demande a abouti dix jours plus tard, après un rendez-vous en agence."""),

    ("nir-nia-provisoire", "donnee-nir", """\
Fiche de suivi santé — PASS de l'hôpital, consultation sociale :
Personne demandeuse d'asile, ouverture de la protection universelle maladie en cours.
Numéro d'immatriculation provisoire (NIA) attribué : 8 96 12 99 352 041 27.
Droits : PUMa ouverte, complémentaire santé solidaire demandée.
Soins en attente : bilan dentaire, lunettes.
Rendez-vous suivant : consultation de médecine générale mardi, 9 h.
Pour la fiche : le numéro provisoire suffit à obtenir des soins ; il faut l'expliquer à la personne, qui croit souvent ne pas avoir de droits."""),

    ("nir-sans-cle", "donnee-nir", """\
Extrait d'un tableau de suivi des demandes d'aide sociale à l'hébergement, ligne non anonymisée :

| Demande | Établissement | N° SS | Date de dépôt | État |
|---|---|---|---|---|
| D1 | EHPAD public | — | septembre | accordée |
| D2 | EHPAD associatif | 2 56 03 69 381 104 | octobre | pièces manquantes |
| D3 | résidence autonomie | — | novembre | en instruction |

Le numéro de sécurité sociale n'a aucune utilité dans un tableau de pilotage : le numéro de demande suffit."""),

    ("nir-corse-transmission-hopital", "donnee-nir", """\
Transmission du service social hospitalier vers le SSIAD, pour une sortie d'hospitalisation :
Patient de 79 ans, retour à domicile vendredi.
N° SS : 1 47 11 2A 004 077 45.
Prescription : soins d'hygiène quotidiens, surveillance des pansements (infirmière libérale en complément).
Aides en place : téléassistance, portage de repas à partir de lundi.
Aidant : son épouse, elle-même fragile.
Réévaluation prévue : à quinze jours.
La fiche de liaison hôpital-domicile doit tenir sur une page : c'est la condition pour qu'elle soit lue."""),

    ("nir-dictee-par-paires", "donnee-nir", """\
Transcription automatique (message laissé par l'assistante sociale de secteur sur la boîte vocale du SAAD) :
« bonjour c'est pour l'ouverture du dossier de madame pour l'aide ménagère de la caisse de retraite le numéro c'est deux quatre-vingt-deux zéro cinq soixante-quinze cent seize zéro quarante-huit clé quatre-vingt-onze voilà il manque encore l'avis d'imposition je vous le scanne demain merci »
Ces messages vocaux doivent être retranscrits dans le dossier puis effacés de la messagerie."""),

    ("nir-tableau-export-logiciel", "donnee-nir", """\
Export brut du logiciel de l'accueil de jour (premier essai de reporting, à ne pas diffuser) :
id_usager;sexe;tranche_age;nir;domiciliation;derniere_visite
U104;H;40-49;;CCAS;02/12
U105;F;25-29;;association;03/12
U106;H;60-69;160087510805233;CCAS;03/12
U107;H;18-24;;aucune;04/12
La colonne « nir » ne devrait pas exister dans un export statistique ; nous l'avons supprimée du modèle après cet essai."""),

    # --- IBAN --------------------------------------------------------------------------------------
    ("iban-formulaire-aide-jeunes", "donnee-iban", """\
Demande de versement d'une aide financière exceptionnelle (fonds d'aide aux jeunes), partie « paiement » :
Bénéficiaire : le jeune (majeur)
Montant demandé : 300 €, pour le dépôt de garantie d'un studio
Mode de versement : virement
IBAN : FR76 1027 8060 3100 0203 4560 185
BIC : à compléter
Avis du référent : favorable, le projet logement est construit depuis trois mois.
Pièces jointes : bail, relevé d'identité bancaire, attestation de la mission locale.
Pour la fiche : un virement direct au bailleur est parfois préférable, à discuter avec le jeune."""),

    ("iban-dictee", "donnee-iban", """\
Transcription d'un appel avec une mère, dictée par l'éducatrice (remboursement de frais de cantine avancés par la famille) :
« la maman donne son RIB pour le remboursement F R soixante-seize trois zéro zéro zéro quatre zéro zéro huit deux trois zéro zéro zéro un deux trois quatre cinq six sept huit quatre deux point elle préfère un virement à un chèque parce qu'elle n'a pas de chéquier point »
À retenir : pour les remboursements aux familles, passer par le service comptable avec un RIB papier, jamais par une dictée."""),

    ("iban-rib-colle", "donnee-iban", """\
Relevé d'identité bancaire remis par un travailleur d'ESAT pour le versement de sa prime (recopié dans la note au service comptable) :
Titulaire du compte : le travailleur
Domiciliation : agence locale
Code banque 30004 — Code guichet 00823 — N° de compte 00012345678 — Clé RIB 42
IBAN FR76 3000 4008 2300 0123 4567 842
Note : la prime d'activité est versée par la CAF, pas par l'ESAT ; le RIB ne sert ici qu'à la prime d'intéressement de l'établissement."""),

    ("iban-mail-mjpm", "donnee-iban", """\
Mail du service mandataire à l'EHPAD, copié pour la fiche sur les relations entre MJPM et établissements :
« Bonjour, suite à l'ouverture de la mesure, merci de modifier le prélèvement des frais d'hébergement : le compte à débiter est désormais le compte de gestion de la personne protégée, FR7616606100640013539343253. L'ancien prélèvement sur le compte joint doit être annulé. Le jugement vous a été adressé par courrier. Cordialement. »
Point de vigilance : l'établissement doit vérifier la décision du juge avant de changer un mandat de prélèvement."""),

    ("iban-sms-famille", "donnee-iban", """\
SMS reçu sur le téléphone du service de placement familial (recopié pour la fiche sur l'argent de poche) :
Mère : bonjour pour largent de poche de mon fils je prefere le mettre sur son compte a lui cest FR76 1820 6002 0565 0012 3456 761 il a une carte maintenant
Service : Bonjour Madame, merci. Nous en parlons avec lui et avec l'assistante familiale à la prochaine rencontre, pour qu'il apprenne à gérer son budget.
Dans la fiche : l'argent de poche est une question éducative avant d'être une question bancaire."""),

    ("iban-tableau-aides", "donnee-iban", """\
Tableau des aides financières accordées par la commission du CCAS ce mois-ci (extrait, une ligne n'a pas été anonymisée) :

| Dossier | Nature | Montant | Versement | Coordonnées |
|---|---|---|---|---|
| A-01 | aide alimentaire | 80 € | chèques service | — |
| A-02 | énergie | 150 € | au fournisseur | — |
| A-03 | loyer | 220 € | au bénéficiaire | FR76 1558 9000 0111 2223 3344 455 |
| A-04 | transport | 45 € | titres de transport | — |

Les coordonnées bancaires restent dans le logiciel comptable et n'ont pas leur place dans un tableau de commission."""),

    ("iban-minuscules-dictee", "donnee-iban", """\
notes rapides prises au téléphone pendant l'ouverture du compte Nickel d'un résident de la pension de famille :
compte ouvert au bureau de tabac ce matin ok
iban donné par le buraliste : fr76 1751 5900 0008 0012 3456 789
carte reçue sur place, code à changer
à faire : transmettre à la caf pour le versement de l'apl
Le compte sans banque est souvent la seule solution pour les personnes interdites bancaires ; la fiche explique comment l'accompagner."""),

    # --- numéros de dossier ---------------------------------------------------------------------
    ("dossier-ase-numero", "donnee-dossier", """\
Bordereau de transmission de pièces au service de l'aide sociale à l'enfance (recopié pour la fiche sur les écrits) :
Objet : rapport d'échéance — dossier ASE n° 59-2024-03318
Pièces jointes : rapport éducatif (6 pages), bilan psychologique, bulletins scolaires du premier trimestre.
Destinataire : inspecteur de l'enfance, territoire sud.
Date d'envoi : dans le délai de trois semaines avant l'échéance.
Copie : dossier du service.
La fiche rappelle qu'un bordereau permet de prouver la date de transmission, ce qui compte quand l'échéance judiciaire approche."""),

    ("dossier-mdph-numero", "donnee-dossier", """\
Courrier de relance à la MDPH, rédigé avec la personne lors d'une permanence du SAVS :
« Madame, Monsieur,
J'ai déposé il y a cinq mois une demande de renouvellement de mon allocation aux adultes handicapés et de ma carte mobilité inclusion (n° de dossier MDPH 2025/0447812). Mes droits arrivent à échéance à la fin du mois prochain. Je vous remercie de bien vouloir m'indiquer où en est l'instruction, et de prolonger mes droits si la décision ne peut être prise à temps.
Veuillez agréer mes salutations distinguées. »
Le courrier est signé par la personne ; le SAVS garde une copie."""),

    ("dossier-caf-allocataire", "donnee-dossier", """\
Transmissions CHRS — accès aux droits :
Le résident de la chambre 11 a reçu un courrier de la CAF réclamant un indu de 640 € ; il ne comprend pas le motif.
Numéro allocataire CAF : 4417286.
Démarches : prise de rendez-vous à la CAF avec lui lundi 14 h ; préparation d'une demande de remise de dette si l'indu est confirmé ; vérification de ses déclarations trimestrielles.
À faire : photocopier les trois dernières déclarations.
Pour la fiche : un indu non contesté dans les deux mois est recouvré sur les prestations, d'où l'urgence."""),

    ("dossier-agdref-numero", "donnee-dossier", """\
Note de suivi juridique du CADA (préfecture) :
Demande de titre de séjour après obtention de la protection subsidiaire.
Identifiant AGDREF de la personne : 7512098341.
Récépissé délivré, valable six mois ; carte pluriannuelle en cours de fabrication.
Démarches associées : ouverture des droits CAF, inscription à France Travail, demande de logement social avec le récépissé.
Rappel pour la fiche : le récépissé permet d'ouvrir tous les droits ; les intervenants doivent le savoir pour ne pas faire attendre la personne."""),

    ("dossier-ofpra-numero", "donnee-dossier", """\
Chronologie de la procédure d'asile d'une personne accueillie en HUDA (reconstituée pour la fiche) :
- enregistrement au guichet unique, procédure normale ;
- envoi du formulaire à l'OFPRA dans les 21 jours (numéro de dossier OFPRA 2407-01952) ;
- convocation à l'entretien cinq mois plus tard ;
- décision de rejet trois mois après l'entretien ;
- recours devant la CNDA, audience en formation collégiale.
Ce que montre la chronologie : près d'un an d'attente, pendant lequel l'accompagnement social doit porter sur autre chose que la procédure."""),

    ("dossier-ipp-hopital", "donnee-dossier", """\
Fiche de liaison entre le service de psychiatrie et l'équipe mobile précarité :
Patient de 46 ans, sans domicile, hospitalisé trois semaines.
IPP : 000812345.
Sortie prévue : lundi, sans solution d'hébergement à ce jour ; demande SIAO faite par l'assistante sociale du service.
Traitement : injection retard, prochaine injection dans un mois au CMP.
Demande à l'équipe mobile : rencontre à la sortie, accompagnement vers le CMP.
Pour la fiche : la sortie d'hospitalisation « à la rue » est un moment de rupture majeur, à anticiper dès l'entrée."""),

    ("dossier-juge-numero-cabinet", "donnee-dossier", """\
En-tête de la convocation reçue par une famille (recopiée pour la fiche « accompagner les parents à l'audience ») :
TRIBUNAL JUDICIAIRE — Juge des enfants, cabinet 3
N° de dossier : 224/00317
Convocation à l'audience du mardi à 10 h 30, salle des audiences du tribunal pour enfants, deuxième étage.
Vous pouvez être assisté d'un avocat. Vous pouvez consulter le dossier au greffe, sur rendez-vous, jusqu'à la veille de l'audience.
Le référent explique aux parents leur droit de consulter le dossier, qu'ils ignorent presque toujours."""),

    ("dossier-france-travail-identifiant", "donnee-dossier", """\
Compte rendu du rendez-vous tripartite (jeune, conseillère France Travail, éducateur de la prévention spécialisée) :
Identifiant France Travail du jeune : 4518822K.
Projet : formation qualifiante en logistique, entrée possible en février.
Freins repérés : pas de permis, horaires de nuit, logement chez un oncle.
Engagements : le jeune se rend à l'information collective du centre de formation ; l'éducateur l'aide à préparer le dossier de financement du permis.
Prochain point : dans un mois.
Dans la fiche : le rendez-vous tripartite évite au jeune de raconter deux fois la même chose."""),

    ("dossier-siao-dictee", "donnee-dossier", """\
Transcription d'une dictée après la commission SIAO :
« la demande d'hébergement de la dame est enregistrée sous le numéro SIAO deux mille vingt-six tiret zéro zéro neuf cent vingt et un point la commission propose une place en CHRS femmes victimes de violences virgule admission possible dans quinze jours point à la ligne en attendant elle reste à l'hôtel point »
La dictée transcrit les numéros en toutes lettres : il faut les relire comme des numéros."""),
]

FLAG += [
    ("adresse-ecocarte-domicile-grand-mere", "donnee-adresse", """\
Écocarte d'un enfant accueilli en MECS, décrite par l'éducatrice référente pour préparer les vacances :
- Au centre : l'enfant, 11 ans.
- Lien fort : la grand-mère paternelle, chez qui il passe une partie des vacances, 4 rue du Lavoir, 80100 Abbeville ; elle vient aux fêtes de l'établissement.
- Lien ténu : le père, incarcéré, avec qui il échange des lettres.
- Lien conflictuel : la mère, depuis la dernière audience.
- Ressources extérieures : le club de football, le centre de loisirs.
L'écocarte a servi à présenter au juge un projet de vacances appuyé sur la grand-mère."""),

    ("courriel-formulaire-inscription-atelier", "donnee-courriel", """\
Bulletin d'inscription au groupe de parole des aidants (plateforme de répit), tel qu'il a été rempli :
Vous êtes : l'épouse d'une personne atteinte d'une maladie neuro-évolutive.
Depuis combien de temps aidez-vous ? : six ans.
Comment souhaitez-vous recevoir les informations ? : par courriel — jacqueline.rivoire.aidante@example.net
Disponibilités : le jeudi après-midi, quand l'accueil de jour prend le relais.
Besoins exprimés : « parler avec d'autres qui vivent la même chose », comprendre les troubles du comportement.
Le groupe se réunit deux heures par mois, animé par une psychologue ; la participation est gratuite."""),
]

CLEAN = [
    ("transmission-mecs-codes", """\
Transmissions — MECS, groupe des moyens, journée du samedi.
Matin : lever échelonné entre 8 h et 9 h 30. J2 et J5 partent en week-end chez leurs parents à 10 h (taxi), retour dimanche 18 h.
Midi : repas pris dehors, pique-nique au parc ; bonne ambiance.
Après-midi : la jeune de la chambre 3 a eu un appel difficile avec sa mère ; temps d'échange avec l'éducatrice, elle a souhaité rester au calme jusqu'au goûter.
Soir : film collectif, coucher 22 h.
À reprendre lundi en réunion : les appels du samedi, souvent suivis de tensions ; proposer un temps de débriefing systématique.
Convention de l'équipe : les jeunes sont désignés par un code (J1 à J8) dans le cahier, jamais par leur prénom."""),

    ("agenda-rappeler-au-services-publics", """\
Mon tableau de rappels, une fois nettoyé pour la fiche :

| Situation | Motif | Rappeler au | Fait |
|---|---|---|---|
| famille A | confirmer la VAD de jeudi | standard de la PMI | oui |
| jeune B | mise à l'abri ce soir | 115 | oui |
| enfant C | inquiétude de l'école | 119 pour avis, puis CRIP | non |
| mère D | violences conjugales | 3919 (écoute, anonyme et gratuit) | oui |

La colonne « Rappeler au » ne contient que des services : les coordonnées des familles restent dans le dossier."""),

    ("synthese-roles-seulement", """\
Compte rendu de synthèse — service d'AEMO (version anonymisée pour la fiche).
Présents : l'éducatrice référente, la psychologue, la cheffe de service, l'assistante sociale de secteur.
1. Rappel de la mesure : AEMO judiciaire d'un an.
2. Évolution : la situation de Mme X s'est apaisée depuis l'entrée en appartement ; les trois enfants sont scolarisés régulièrement.
3. Préoccupations : isolement de la mère, dettes anciennes.
4. Propositions au juge : maintien six mois, orientation vers le centre social, dossier FSL.
Convention : « Mme X » désigne la mère dans tous nos exemples ; la synthèse dure 1 h 30 au plus, et chaque point se termine par une décision et un responsable."""),

    ("sms-fil-anonymise", """\
Fil de SMS avec une famille, anonymisé pour la fiche « joindre les familles qui ne décrochent pas » :
[08:12] Service : Bonjour Madame, je passe comme prévu à 10 h, est-ce toujours possible ?
[08:31] Famille : oui mais le petit sera pas la il a école jusqua midi
[08:33] Service : Pas de souci, je viendrai vous voir d'abord, et je repasserai un mercredi.
[09:58] Service : Je suis en bas, l'interphone ne marche pas.
[09:59] Famille : jarrive
Ce que l'on retient : un SMS la veille, un le matin, des questions fermées, et toujours une alternative proposée. Les fautes sont laissées telles quelles : on ne corrige pas l'écrit des familles."""),

    ("dictee-heures-en-lettres", """\
Transcription de ma dictée, nettoyée :
« Visite de ce matin au domicile. La visite a commencé à neuf heures trente et a duré une heure et quart. La grand-mère a montré le carnet de santé : les vaccins sont à jour. L'enfant, qui a quatorze mois, marche depuis trois semaines. On s'est assis dans la cuisine, pas dans le salon : c'était moins formel. Prochaine visite dans trois semaines, un mardi, vers dix-sept heures trente, pour que la mère puisse être là après son travail. »
Les heures, les durées et les âges dictés en lettres ne posent aucun problème de confidentialité."""),

    ("genogramme-roles", """\
Description d'un génogramme type, pour la fiche :
- Au centre, un carré doublé pour l'enfant désigné (9 ans), entouré d'un cercle pointillé pour le foyer.
- La mère (rond), 31 ans, et son compagnon (carré), reliés par un trait plein ; deux hachures pour la séparation d'avec le père, il y a six ans.
- Le père vit dans un autre département ; trait en zigzag avec la grand-mère maternelle.
- Grands-parents maternels : grand-père décédé (croix) il y a une dizaine d'années.
- Une demi-sœur de 3 ans.
Lecture avec la famille : la grand-mère apparaît comme la ressource principale. Les symboles suivent les conventions de McGoldrick et Gerson (1985)."""),

    ("ecocarte-roles-sans-nom", """\
Écocarte construite lors du deuxième entretien au CCAS (exemple anonymisé) :
Au centre : le foyer d'un homme de 68 ans qui vit seul.
Liens forts : le lieu de culte du quartier ; un ancien collègue, croisé au marché.
Liens ténus : le médecin traitant, pas vu depuis un an ; la CPAM.
Liens conflictuels : le bailleur (dégât des eaux) ; la CAF (indu).
Cibles retenues : renouveler la complémentaire santé solidaire ; écrire au bailleur avec une association de locataires.
À refaire dans six mois. Les conventions graphiques sont celles d'Ann Hartman (1978)."""),

    ("ordonnance-modele-crochets", """\
Modèle commenté d'ordonnance en assistance éducative, utilisé en formation :
« Nous, juge des enfants au tribunal judiciaire de [ville],
Vu les articles 375 à 375-9 du Code civil,
Vu la requête du procureur de la République en date du [date],
Attendu que la situation du mineur [prénom NOM] révèle un danger au sens de l'article 375 du Code civil,
Ordonnons une mesure d'assistance éducative en milieu ouvert pour une durée de [durée]. »
Ce qu'il faut lire en premier : les motifs (« attendu que »), qui fondent les objectifs de la mesure ; la durée, deux ans au plus en AEMO (art. 375 al. 3)."""),

    ("courrier-ecole-modele", """\
Modèle du courrier d'absentéisme envoyé par les établissements (anonymisé), que nous lisons avec les parents :
« Madame, Monsieur,
Nous vous informons que votre enfant [prénom] a cumulé [nombre] demi-journées d'absence non justifiées depuis la rentrée. Conformément à l'article L131-8 du Code de l'éducation, nous vous invitons à un entretien avec le conseiller principal d'éducation.
Le chef d'établissement. »
Au-delà de quatre demi-journées d'absence injustifiées dans le mois, le directeur académique est informé ; le courrier fait peur, il faut d'abord aider les parents à le comprendre."""),

    ("formulaire-vierge-champs", """\
Fiche de premier accueil — accueil de jour (modèle vierge proposé en annexe) :
Nom : ____________________ (facultatif)
Prénom ou nom d'usage : ____________________ (facultatif)
Âge ou tranche d'âge : ☐ 18-24 ☐ 25-39 ☐ 40-59 ☐ 60 et plus
Téléphone : __ __ __ __ __ (facultatif)
Situation d'hébergement : ☐ rue ☐ hébergé chez un tiers ☐ hôtel ☐ squat ☐ autre
Demande exprimée : ________________________________
Orientation proposée : ________________________________
Principe : aucun champ d'identité n'est obligatoire à l'accueil de jour (accueil inconditionnel, CASF L345-2-2)."""),

    ("chronologie-type-anonyme", """\
Chronologie type d'un parcours en protection de l'enfance, telle que nous l'affichons en formation (parcours composite, aucun enfant réel) :
- à la naissance : suivi PMI ;
- vers 3 ans : première information préoccupante, transmise par l'école maternelle ;
- vers 4 ans : aide éducative à domicile, interrompue faute d'adhésion ;
- vers 5 ans : saisine du juge, AEMO ;
- vers 7 ans : placement chez une assistante familiale ;
- vers 9 ans : droits de visite élargis ;
- vers 10 ans : question d'un retour progressif.
La frise montre que chaque rupture coïncide avec un déménagement : c'est la lecture qui compte, pas les dates."""),

    ("maraude-transmission-anonyme", """\
Transmissions maraude — mardi soir, secteur gare (version de la fiche).
Équipe : deux travailleurs sociaux et un bénévole ; départ 20 h, retour 23 h 30.
Parvis : cinq personnes rencontrées. Un homme bien connu de l'équipe tousse depuis une semaine, refuse les urgences mais accepte la venue de l'équipe mobile psychiatrie précarité jeudi.
Square : un jeune homme anglophone, orienté vers l'accueil de jour.
115 appelé à 22 h 10 : aucune place, deux signalements de personnes vulnérables.
Repère : une maraude note des situations, pas des identités ; le prénom n'est noté que si la personne le donne et l'accepte, et seulement dans l'outil de suivi."""),

    ("main-courante-115-anonyme", """\
Extrait de main courante d'écoutant 115, réécrit pour la fiche :
23 h 05 — Homme, environ cinquante ans, sans solution ce soir, a dormi trois nuits dans sa voiture. Pas de place disponible. Proposé : halte de nuit jusqu'à 7 h.
23 h 20 — Femme avec deux enfants, orientée vers l'hôtel réservé par le SIAO.
23 h 48 — Appel sans parole, raccroché.
Ce qui compte : l'heure, la demande, la réponse, ce qui manque. Le 115 est joignable gratuitement, 24 h sur 24, depuis un fixe ou un portable."""),

    ("cada-reunion-familles-numerotees", """\
Réunion d'équipe CADA — point procédures (version anonymisée).
- Trois familles en attente d'entretien à l'OFPRA ; préparation des récits avec l'intervenante juridique.
- Famille 2 : rejet notifié, recours devant la CNDA dans le délai d'un mois ; la Cour siège 35 rue Cuvier à Montreuil.
- Deux personnes isolées protégées au titre de la protection subsidiaire : sortie à préparer (logement, CAF, France Travail).
- Réunion collective d'information le premier lundi du mois, salle polyvalente, avec interprète.
Les familles sont numérotées dans l'ordre de leur arrivée ; le tableau de correspondance reste au secrétariat."""),

    ("huda-adresses-institutions", """\
Les adresses utiles que nous donnons en HUDA, affichées dans le hall :
- Office français de protection des réfugiés et apatrides (OFPRA) : 201 rue Carnot, 94136 Fontenay-sous-Bois Cedex.
- Cour nationale du droit d'asile (CNDA) : 35 rue Cuvier, 93558 Montreuil Cedex.
- Défenseur des droits : Libre réponse 71120, 75342 Paris Cedex 07 (courrier gratuit, sans timbre).
- Le guichet unique et la direction territoriale de l'OFII : se renseigner auprès du service, les adresses varient selon le département.
Les permanences juridiques ont lieu le mardi de 14 h à 17 h, bureau 2."""),

    ("csapa-drogues-info-service", """\
## Ressources

- Drogues Info Service : 0 800 23 13 13, appel anonyme et gratuit, 7 jours sur 7, de 8 h à 2 h.
- Alcool Info Service : 0 980 980 930, même organisation.
- Les CSAPA et les CAARUD de chaque département sont recensés sur le site de Drogues Info Service.
- La réduction des risques est inscrite dans la loi depuis 2004 (art. L3411-8 du Code de la santé publique) ; les CAARUD ont été créés par la loi de santé publique du 9 août 2004.
- Lecture : William R. Miller et Stephen Rollnick, « L'entretien motivationnel », InterÉditions, 3e édition française 2013."""),

    ("caarud-statistiques-permanence", """\
Bilan d'activité d'une permanence fixe de CAARUD (chiffres de l'année, pour la fiche) :
- 2 340 passages, 310 personnes différentes, dont 18 % de femmes.
- Âge moyen : 38 ans ; 12 % de moins de 25 ans.
- 41 000 seringues distribuées, taux de retour de 72 %.
- 96 dépistages rapides (VIH, VHC), 3 positifs orientés vers le service d'infectiologie.
- 1 ouverture hebdomadaire le samedi, de 14 h à 18 h, depuis mars.
Les files actives se comptent en personnes distinctes, grâce à un code anonyme fait des initiales inversées et de l'année de naissance, jamais en noms."""),

    ("ssiad-tournee-patients-numerotes", """\
Tournée type du SSIAD, utilisée pour former les nouvelles aides-soignantes :
7 h 45 — patient 1 : toilette complète au lit, prévention d'escarres.
8 h 30 — patient 2 : aide à la toilette au lavabo, bas de contention.
9 h 15 — patient 3 : transfert au lève-personne, à deux, avec l'aide à domicile.
10 h — patient 4 : douche hebdomadaire.
11 h — retour, transmissions avec l'infirmière coordinatrice.
Temps de trajet moyen : 12 minutes. Au-delà de cinq passages, la qualité baisse. Un SSIAD intervient sur prescription médicale, pour des personnes de 60 ans et plus ou en situation de handicap."""),

    ("saad-planning-beneficiaires-lettres", """\
Planning type de l'aide à domicile, semaine de 21 heures :
Lundi 8 h – 10 h : bénéficiaire A — lever, petit-déjeuner, ménage.
Lundi 11 h – 12 h : bénéficiaire B — courses accompagnées, repas.
Mardi 14 h – 16 h : bénéficiaire C — linge, sortie au jardin public.
Mercredi : formation « manutention », 9 h – 17 h, salle Rabelais.
Tarif de référence du service : 26,40 € de l'heure en semaine, majoration le dimanche ; une partie est prise en charge par l'APA selon le plan d'aide.
Les bénéficiaires sont désignés par des lettres dans tous les documents de formation."""),

    ("clic-3977-fiche-vierge", """\
Fiche de liaison CLIC — modèle vierge et repères :
Personne concernée : (identité dans le dossier uniquement)
Signalé par : ☐ voisin ☐ famille ☐ médecin ☐ commerçant ☐ autre
Motif : ________________________
Accord de la personne pour être contactée : ☐ oui ☐ non ☐ à vérifier
Numéro national contre la maltraitance des personnes âgées et des adultes en situation de handicap : 3977, du lundi au vendredi de 9 h à 19 h, le samedi et le dimanche de 9 h à 13 h et de 14 h à 19 h.
Le CLIC ne se substitue pas à la personne : il vérifie d'abord qu'elle accepte d'être aidée."""),

    ("ime-cahier-liaison-anonyme", """\
Page type du cahier de liaison IME-famille, réécrite pour la fiche :
« Bonjour,
Aujourd'hui, votre enfant a participé à l'atelier cuisine : il a coupé les pommes tout seul et attendu son tour pour verser la farine. Il était fier de montrer le gâteau au groupe.
Le matin, il a travaillé les couleurs avec les pictogrammes ; il en reconnaît six.
Pensez au change de rechange pour vendredi (piscine).
L'équipe du groupe des moyens. »
Conseils : une phrase positive en premier, une information pratique à la fin, jamais de reproche écrit."""),

    ("esat-trame-entretien-vierge", """\
Trame de l'entretien annuel en ESAT (modèle vierge, en facile à lire et à comprendre) :
1. Ce qui s'est bien passé cette année pour vous.
2. Ce qui a été difficile.
3. La formation que vous souhaitez.
4. Votre projet : rester dans l'atelier, changer d'atelier, faire un stage, aller en entreprise adaptée ou ordinaire.
5. L'avis du moniteur.
6. Ce que l'on décide ensemble.
Durée : 45 minutes à 1 heure, dans un bureau calme. Le travailleur peut venir avec une personne de son choix. Les ESAT relèvent de l'article L344-2 du CASF."""),

    ("mas-protocole-crise", """\
Protocole de conduite à tenir en cas de crise d'épilepsie (MAS), résumé pour la fiche :
1. Noter l'heure de début.
2. Protéger la tête, éloigner les objets, ne rien mettre dans la bouche.
3. Après la phase tonico-clonique, position latérale de sécurité.
4. Si la crise dure plus de 5 minutes, ou si les crises se répètent : appliquer la prescription d'urgence individuelle et appeler le 15.
5. Surveiller la récupération, noter la durée dans les transmissions.
6. Informer l'infirmière, puis le médecin.
Ce protocole est affiché dans chaque unité, à côté du téléphone, et revu chaque année avec l'équipe de nuit."""),

    ("savs-compte-rendu-la-personne", """\
Compte rendu de visite — SAVS (exemple anonymisé).
Accompagnement à la banque ce matin avec la personne, pour mettre en place le virement permanent du loyer. Elle avait préparé ses questions par écrit. Au guichet, le conseiller s'est adressé à moi : j'ai renvoyé la question vers elle, et l'échange s'est ensuite fait directement.
Après la banque, café pour faire le point : elle se dit « soulagée » et veut s'occuper seule de la facture d'électricité.
Objectif concerné : autonomie dans la gestion du budget (axe 2 du projet personnalisé).
Prochain rendez-vous : dans deux semaines, au service, 14 h."""),

    ("staff-hopital-lits-anonymes", """\
Staff médico-social hebdomadaire — médecine gériatrique (version anonymisée).
Patient A, 79 ans, hospitalisé après une chute : retour à domicile impossible en l'état ; la famille souhaite un EHPAD proche ; dossier d'admission via la plateforme nationale, demande d'aide sociale à l'hébergement.
Patiente B, entrée hier : évaluation sociale à faire.
Patient C : sortie vendredi avec SSIAD et portage de repas.
Point général : délais d'admission en EHPAD supérieurs à trois semaines, ce qui allonge les durées de séjour ; à remonter en commission des admissions. Le staff a lieu le mardi de 13 h 30 à 14 h 15."""),
]

CLEAN += [
    ("frontmatter-auteurs-relecteurs-nommes", """\
---
id: transmissions-ecrites-mecs
titre: "Les transmissions écrites en internat éducatif"
resume: "Organiser le cahier et le logiciel de transmissions d'une MECS pour que l'information utile passe d'une équipe à l'autre sans exposer la vie des jeunes : ce que l'on écrit, comment, et ce que l'on n'écrit pas."
type_fiche: pratique
publics: [adolescents, enfance]
secteurs: [social]
modes_intervention: [collectif, hebergement]
niveau_preuve: experientielle
statut: validee
auteurs:
  - nom: "Hélène Baudry"
    role: "Éducatrice spécialisée"
    structure: "MECS associative"
  - nom: "Karim Oulmi"
    role: "Chef de service éducatif"
relectures:
  - nom: "Sylvie Arnaud-Peyre"
    role: "Formatrice en IRTS, écrits professionnels"
    date: 2026-10-02
    avis: favorable
date_creation: 2026-09-15
revoir_avant: 2028-09-30
licence: CC-BY-SA-4.0
---"""),

    ("sources-hartman-mcgoldrick-bowen", """\
sources:
  - titre: "Diagrammatic Assessment of Family Relationships"
    auteur: "Ann Hartman"
    annee: 1978
  - titre: "Genograms in Family Assessment"
    auteur: "Monica McGoldrick, Randy Gerson"
    annee: 1985
  - titre: "Family Therapy in Clinical Practice"
    auteur: "Murray Bowen"
    annee: 1978
  - titre: "Invisible Loyalties"
    auteur: "Ivan Boszormenyi-Nagy, Geraldine M. Spark"
    annee: 1973
Ces quatre références fondent la partie « génogramme et écocarte » de la fiche ; les symboles utilisés viennent de McGoldrick et Gerson."""),

    ("cadre-juridique-lois-numerotees", """\
cadre_juridique:
  - "Loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale"
  - "Loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées"
  - "Loi n° 2007-293 du 5 mars 2007 réformant la protection de l'enfance"
  - "Loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant"
  - "Loi n° 2022-140 du 7 février 2022 relative à la protection des enfants"
  - "CASF L311-3"
  - "Code civil art. 375"
date_verification_juridique: 2026-11-30
Les numéros de loi (année, puis numéro d'ordre) ne sont pas des données personnelles : ils se vérifient sur Légifrance."""),

    ("numeros-ecoute-publics", """\
## Ressources

Numéros à afficher dans tous les lieux d'accueil :
- 119 — Allô enfance en danger, gratuit, 24 h sur 24, 7 jours sur 7 ; l'appel n'apparaît pas sur les relevés.
- 3919 — Violences Femmes Info, anonyme et gratuit, 24 h sur 24.
- 115 — Samu social, hébergement d'urgence.
- 3114 — numéro national de prévention du suicide, 24 h sur 24.
- 3977 — maltraitance des personnes âgées et des adultes en situation de handicap.
- 114 — numéro d'urgence par SMS ou visio pour les personnes sourdes, malentendantes ou aphasiques.
- 15, 17, 18 et 112 pour les urgences vitales."""),

    ("defenseur-des-droits-adresse", """\
Saisir le Défenseur des droits, pour un enfant ou une personne qui estime que ses droits n'ont pas été respectés par un service public :
- par courrier gratuit, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris Cedex 07 ;
- par le formulaire en ligne du site officiel ;
- auprès d'un délégué territorial, lors de ses permanences (souvent en maison France services ou en préfecture).
Un enfant peut saisir lui-même le Défenseur des droits, sans l'accord de ses parents. La défenseure des enfants est l'adjointe chargée de la défense et de la promotion des droits de l'enfant depuis la loi organique du 29 mars 2011."""),

    ("statistiques-protection-enfance", """\
## Contexte

Selon la DREES, un peu plus de 200 000 mineurs et jeunes majeurs étaient confiés à l'aide sociale à l'enfance à la fin de 2022, et plus de 380 000 mesures de protection de l'enfance étaient en cours, placements et actions éducatives confondus. Près de quatre enfants confiés sur dix vivent chez un assistant familial. Les jeunes majeurs représentent environ un confié sur six. Ces chiffres varient fortement d'un département à l'autre, ce qui tient autant aux politiques locales qu'aux besoins des populations.
Pour les tendances récentes, on se reportera aux publications annuelles de la DREES et de l'Observatoire national de la protection de l'enfance (ONPE)."""),

    ("cas-fictif-annonce-lea", """\
### Situation d'étude (fictive)

Situation construite pour la formation, à partir de plusieurs parcours : aucune personne réelle n'y est décrite.
Léa, 14 ans, vit avec sa mère et son beau-père. Depuis la rentrée, elle manque souvent le lundi. L'infirmière scolaire remarque des marques sur ses avant-bras ; Léa dit qu'elle « gère ». Sa mère, contactée, minimise : « c'est la crise d'ado ».
Questions pour le groupe :
1. Que peut faire l'infirmière sans l'accord de Léa ?
2. Qui informer, et sous quelle forme ?
3. Comment associer la mère sans rompre la confiance de Léa ?
Durée de l'exercice : 45 minutes, en sous-groupes de quatre."""),

    ("personnages-fiction-litterature", """\
Pour ouvrir une séance de formation sur le placement, nous lisons des extraits de romans :
- « Sans famille » d'Hector Malot (1878) : Rémi, enfant trouvé, vendu par son père nourricier au signor Vitalis.
- « Les Misérables » de Victor Hugo (1862) : Cosette chez les Thénardier, figure de l'enfant exploité par ceux qui devaient le protéger.
- « Poil de Carotte » de Jules Renard (1894) : la maltraitance psychologique dans une famille « ordinaire ».
- « La Vie devant soi » de Romain Gary, sous le nom d'Émile Ajar (1975) : Momo et Madame Rosa, une famille choisie hors de toute institution.
Les personnages de fiction permettent de parler de maltraitance sans exposer aucun enfant réel."""),

    ("ages-dates-generales", """\
## Contexte

La pratique s'adresse aux enfants de 3 à 11 ans accueillis en placement familial, et à leurs parents. Elle a été expérimentée dans un service départemental de 2019 à 2023, puis généralisée à partir du 1er janvier 2024.
Repères d'âge : avant 6 ans, on privilégie le jeu et le dessin ; entre 6 et 11 ans, on peut utiliser un livret à compléter ensemble. Après 12 ans, la démarche relève d'une autre fiche.
La rencontre a lieu une fois par trimestre, le mercredi après-midi, pendant une heure environ.
age_min: 3
age_max: 11"""),

    ("formation-logistique-salle-prix", """\
Informations pratiques pour la journée de formation « Écrire sans exposer » :
- Date : jeudi 4 février, de 9 h à 17 h (accueil café à 8 h 45).
- Lieu : institut régional du travail social, bâtiment B, salle 204 (deuxième étage, ascenseur à gauche).
- Groupe : 12 participants au plus.
- Tarif : 180 € par personne, repas compris (35 € si le repas est pris seul).
- Prévoir : un écrit professionnel anonymisé (rapport, note, compte rendu) à retravailler.
- Intervenantes : une formatrice en écrits professionnels et une juriste.
Inscriptions auprès du service formation de votre employeur."""),

    ("bibliographie-pages-isbn", """\
## Ressources

- Cristina De Robertis, « Méthodologie de l'intervention en travail social », Centurion, 1981, rééditée depuis chez Bayard. Le chapitre sur l'évaluation est le plus utile pour cette fiche.
- Joseph Rouzel, « Le travail d'éducateur spécialisé », Dunod, 3e édition, 2014.
- Erving Goffman, « Asiles. Études sur la condition sociale des malades mentaux », Éditions de Minuit, 1968 (édition originale 1961).
- Saül Karsz, « Pourquoi le travail social ? », Dunod, 2004.
Le livret de la formation (48 pages) reprend, p. 12 à 19, les extraits discutés en séance."""),

    ("entretien-motivationnel-sources", """\
---
id: entretien-motivationnel-csapa
titre: "L'entretien motivationnel en CSAPA"
niveau_preuve: evaluee
preuve:
  appui: "Lundahl, Kunz, Brownell, Tollefson, Burke, méta-analyse de 119 études, Research on Social Work Practice, 2010 : effet faible mais significatif sur les consommations"
  effet: positif
sources:
  - titre: "Motivational Interviewing: Preparing People to Change Addictive Behavior"
    auteur: "William R. Miller, Stephen Rollnick"
    annee: 1991
  - titre: "Motivational interviewing with problem drinkers"
    auteur: "William R. Miller"
    annee: 1983
---"""),

    ("declerck-naufrages", """\
## Contexte

La maraude s'adresse à des personnes qui, souvent, ne demandent plus rien. Patrick Declerck, psychanalyste et anthropologue, a décrit dans « Les Naufragés. Avec les clochards de Paris » (Plon, collection Terre humaine, 2001) la désocialisation des grands exclus et les limites des dispositifs qui exigent une demande. Jean Furtos a proposé la notion de « syndrome d'auto-exclusion » (« De la précarité à l'auto-exclusion », Éditions Rue d'Ulm, 2009) : la personne se coupe de sa propre souffrance pour survivre.
Ces lectures fondent la posture d'« aller vers » : rencontrer avant de proposer, revenir sans rien attendre."""),

    ("korczak-deligny", """\
## Ressources

Deux figures de l'éducation spécialisée que l'on cite dans cette fiche :
- Janusz Korczak (1878-1942), médecin et pédagogue polonais, directeur d'un orphelinat à Varsovie, auteur de « Comment aimer un enfant » (1919) et du « Droit de l'enfant au respect » (1929). Il a instauré dans son orphelinat un tribunal d'enfants et un journal.
- Fernand Deligny (1913-1996), éducateur, auteur de « Graine de crapule » (1945) et des « Vagabonds efficaces » (1947), puis initiateur d'un réseau de prise en charge d'enfants autistes dans les Cévennes.
Leurs écrits rappellent que la parole de l'enfant accueilli n'est pas une formalité."""),

    ("wresinski-rapport", """\
## Contexte

La participation des personnes en situation de pauvreté à la conception des politiques qui les concernent doit beaucoup au père Joseph Wresinski, fondateur d'ATD Quart Monde en 1957. Son rapport au Conseil économique et social, « Grande pauvreté et précarité économique et sociale », adopté en février 1987, a inspiré la loi d'orientation relative à la lutte contre les exclusions du 29 juillet 1998. Geneviève de Gaulle-Anthonioz, présidente d'ATD Quart Monde en France de 1964 à 1998, a porté ce texte.
Le croisement des savoirs, mis au point par ATD Quart Monde dans les années 1990, en est une suite directe."""),

    ("anesm-recommandations", """\
niveau_preuve: recommandee
preuve:
  appui: "ANESM, « Les attentes de la personne et le projet personnalisé », recommandation de bonnes pratiques professionnelles, décembre 2008"
sources:
  - titre: "Les attentes de la personne et le projet personnalisé"
    auteur: "ANESM"
    annee: 2008
  - titre: "La bientraitance : définition et repères pour la mise en œuvre"
    auteur: "ANESM"
    annee: 2008
  - titre: "L'exercice de l'autorité parentale dans le cadre du placement"
    auteur: "ANESM"
    annee: 2010
Depuis 2018, les missions de l'ANESM sont reprises par la Haute Autorité de santé (HAS)."""),

    ("secret-professionnel-articles", """\
## Points de vigilance

Le secret professionnel (art. 226-13 du Code pénal) s'impose aux professionnels qui y sont soumis par état, par profession ou par mission. L'article 226-14 prévoit les cas où la révélation est permise, notamment pour signaler des privations ou des sévices infligés à un mineur. En protection de l'enfance, l'article L226-2-2 du CASF autorise le partage d'informations à caractère secret entre professionnels, strictement limité à ce qui est nécessaire à l'évaluation ou à la mise en œuvre de la protection, après information des parents et de l'enfant, sauf intérêt contraire de l'enfant.
Dans le champ sanitaire et médico-social, le partage relève de l'article L1110-4 du Code de la santé publique."""),

    ("dictee-numero-public-lettres", """\
Transcription nettoyée d'un mémo de l'éducateur de prévention :
« Ce soir, au local, une jeune fille a parlé de violences à la maison. Je lui ai donné la carte du cent dix-neuf et expliqué qu'elle pouvait appeler de n'importe quel téléphone, gratuitement, à toute heure, et que l'appel n'apparaîtrait pas sur la facture. Je lui ai aussi dit qu'en cas de danger immédiat, il fallait faire le dix-sept. Demain, j'en parle au chef de service pour décider avec elle de la suite, dans le respect de ce qu'elle accepte. »
Les numéros d'écoute publics, même dictés en lettres, doivent rester dans la fiche."""),

    ("initiales-convention-annoncee", """\
## Déroulement

Convention de la fiche : les initiales utilisées dans les exemples sont inventées par la rédaction et ne correspondent à aucune personne accompagnée ; les âges et les lieux ont été modifiés.
1. Lors du premier entretien, Mme K. dit ne pas vouloir « d'assistante sociale chez elle » : on propose un rendez-vous au centre social.
2. Au troisième entretien, M. B., son voisin, vient avec elle : on demande à Mme K. si elle souhaite qu'il reste.
3. Le projet est rédigé avec ses mots à elle, et relu à voix haute avant signature.
Ce qui compte : que la personne choisisse le lieu, les présents et les mots."""),

    ("usager-numero-rapport-activite", """\
Rapport d'activité de l'accueil de jour — extrait sur la file active :
- 412 personnes différentes accueillies dans l'année ; 68 % d'hommes ; 14 % de moins de 25 ans.
- L'usager 3, venu chaque jour pendant six mois, a obtenu un logement en pension de famille en septembre : son parcours a servi d'exemple lors de la journée portes ouvertes, avec son accord.
- Les usagers 17 et 23 ont participé à l'élaboration du règlement de fonctionnement.
- 1 850 douches et 960 lessives en moyenne par trimestre.
Les numéros d'usager sont attribués à l'accueil et ne renvoient à aucun fichier nominatif hors du logiciel."""),

    ("ccas-adresse-horaires", """\
## Conditions de réussite

La domiciliation se fait au CCAS ou dans un organisme agréé. Dans notre commune, le CCAS reçoit à l'hôtel de ville, 1 place de la Mairie, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h ; une permanence sans rendez-vous a lieu le mercredi matin à l'accueil de jour, 14 rue de la Gare.
La personne reçoit une attestation d'élection de domicile, valable un an, qui lui permet d'ouvrir ses droits (CASF L264-1 et suivants).
Le courrier est conservé trois mois ; au-delà, il est retourné à l'expéditeur."""),

    ("prix-tarifs-aides", """\
## Contexte

Le coût d'une heure d'aide à domicile varie beaucoup selon les départements : autour de 25 à 30 € de l'heure pour un service autorisé. Le plan d'aide APA est plafonné selon le GIR ; il reste à la charge de la personne un ticket modérateur qui dépend de ses ressources (nul en dessous d'un certain seuil, jusqu'à 90 % au-dessus du plafond).
Une téléassistance coûte en général entre 15 et 30 € par mois. Le portage de repas revient à 8 à 12 € le repas selon les communes.
Le crédit d'impôt pour l'emploi d'un salarié à domicile s'élève à 50 % des sommes versées, dans la limite d'un plafond annuel."""),

    ("maraude-statistiques-hiver", """\
Bilan de la période hivernale (maraude sociale, de novembre à mars) :
- 118 sorties, dont 22 par grand froid ;
- 540 rencontres, 176 personnes différentes ;
- 61 orientations vers l'hébergement d'urgence acceptées, 94 refusées ;
- 9 hospitalisations, dont 3 sous contrainte ;
- âge médian des personnes rencontrées : 44 ans ; 11 % de femmes.
Les refus d'hébergement portent d'abord sur les dortoirs, les horaires et l'impossibilité de venir avec un animal. La fiche en tire trois propositions concrètes pour la saison suivante."""),

    ("hors-normes-film", """\
## Ressources

Pour ouvrir une réunion d'équipe sur l'accueil des situations complexes en autisme, nous avons projeté « Hors normes » (Éric Toledano et Olivier Nakache, 2019), inspiré du travail de deux associations parisiennes. Le film montre sans fard la violence de certaines crises et l'inventivité des équipes ; il a provoqué un débat utile sur les refus d'admission.
Autres supports : « Les 400 coups » de François Truffaut (1959), pour parler du placement en centre d'observation des mineurs dans les années 1950 ; « Polisse » de Maïwenn (2011), pour la brigade de protection des mineurs."""),
]

CLEAN += [
    ("mail-interne-objet-anonyme", """\
De : secrétariat du service AEMO
À : équipe éducative
Objet : RE: situation famille 2 — date de l'audience
Bonjour à tous,
Le greffe confirme l'audience le mardi 13 janvier à 9 h 30, cabinet 2. Le rapport doit être transmis quinze jours avant, soit le 29 décembre : avec les congés, merci de le finaliser pour le 19. La cheffe de service relira le 22.
Le secrétariat
(Mail réécrit pour la fiche : il montre la contrainte des délais de rapport en fin d'année. Les familles sont désignées par un numéro dans tous nos échanges internes.)"""),

    ("ordre-du-jour-anonyme", """\
Ordre du jour — réunion de service du jeudi, 9 h 30 – 12 h, salle du rez-de-chaussée
1. Informations de la direction (budget 2027, recrutement d'un éducateur technique).
2. Étude de situation : un enfant de 10 ans dont la famille refuse l'orientation en ITEP ; quelle suite ?
3. Retour de la formation « écrits professionnels ».
4. Congés de fin d'année et astreintes.
5. Questions diverses.
Secrétaire de séance : à tour de rôle. Chaque point dure 20 minutes au plus. Les études de situation sont présentées sans nom de famille, avec l'accord préalable du référent."""),

    ("tableau-suivi-codes", """\
Tableau de suivi des échéances (modèle anonymisé) :

| Réf. | Jeune | Référent | Mesure | Échéance | Prochaine étape |
|---|---|---|---|---|---|
| 01 | J1 | éducateur A | placement ASE | mars | bilan PPE |
| 02 | J2 | éducatrice B | accueil provisoire | février | rencontre famille |
| 03 | J3 | éducateur A | AEMO renforcée | janvier | rapport au juge |
| 04 | J4 | éducatrice C | contrat jeune majeur | juin | point logement |

Relu chaque lundi en réunion courte de 15 minutes ; seule la dernière colonne est modifiée en séance."""),

    ("note-incident-anonyme", """\
Note d'incident — CHRS, réfectoire, repas du soir (version de la fiche).
Vers 19 h 20, altercation verbale entre deux résidents à propos d'une place à table, puis bousculade. Deux salariés interviennent, séparent les personnes ; aucun blessé.
Décision après entretien : exclusion temporaire de 48 heures pour l'un des résidents, avec solution d'hébergement par le 115 ; rappel au règlement pour l'autre.
Entretien de retour prévu lundi avec le référent.
Analyse : un seul service de repas crée des tensions ; proposition de deux services, à étudier au conseil de la vie sociale. La note d'incident décrit des faits, pas des personnalités."""),

    ("retour-experience-jeune-anonyme", """\
## Déroulement

Nous avons mis en place le « carnet de bord » au foyer à la rentrée. Un jeune de 16 ans, arrivé au printemps après un long parcours migratoire, a été le premier à s'en saisir : il y notait chaque soir trois mots en français et un souvenir. Au bout de deux mois, il a demandé à le montrer à sa professeure de FLE.
Les étapes :
1. Remettre le carnet lors d'un temps individuel.
2. Laisser le jeune décider de ce qu'il montre.
3. Reprendre le carnet une fois par mois, en entretien de référence.
4. À la sortie, le carnet part avec le jeune.
(Exemple anonymisé, publié avec l'accord du jeune ; l'âge et la date d'arrivée ont été modifiés.)"""),

    ("mail-parent-modele-reponse", """\
Modèle de réponse à un parent qui demande du répit (IME), à adapter :
« Madame, Monsieur,
Merci pour votre message. Nous entendons votre fatigue. Il existe plusieurs solutions : l'accueil temporaire, jusqu'à 90 jours par an, sur notification de la MDPH ; la plateforme de répit de notre territoire ; des séjours adaptés pendant les vacances. Notre assistante sociale vous propose un rendez-vous pour vous aider à remplir la demande à la MDPH (formulaire Cerfa n° 15692).
Bien cordialement,
L'équipe de l'IME »
Nous préférons toujours un appel au premier mail : le ton compte autant que l'information."""),

    ("audience-roles-seulement", """\
Notes d'audience (tribunal pour enfants), réécrites pour la fiche « préparer l'enfant à l'audience » :
Présents : le juge des enfants, la greffière, l'éducateur référent, la mère, l'avocate de l'enfant.
Le juge rappelle les motifs du placement et lit les conclusions du rapport. La mère conteste un passage ; l'avocate demande des droits de visite élargis.
L'enfant, 10 ans, entendu seul avant l'audience (art. 388-1 du Code civil), a dit vouloir « rester chez tata le temps qu'il faut » — c'est ainsi qu'il appelle l'assistante familiale.
Décision : renouvellement du placement pour un an, hébergement un week-end sur deux à partir des vacances de février."""),

    ("genogramme-legende-generique", """\
Légende du génogramme (annexe de la fiche) :
■ homme — ● femme — ◆ genre non précisé
Trait plein horizontal : union ; une barre oblique : séparation ; deux barres : divorce.
Croix dans le symbole : décès, avec l'année au-dessous.
Trait double : relation très proche ; zigzag : relation conflictuelle ; pointillés : relation distante.
Cercle en pointillés : personnes vivant sous le même toit.
Convention : on inscrit dans les symboles l'âge ou le lien (« grand-mère », « oncle »), jamais de nom de famille, sauf dans le génogramme remis à la famille elle-même."""),

    ("agenda-outlook-anonyme", """\
Export de mon agenda de la semaine, anonymisé pour la fiche sur le temps de trajet :
Lundi 9:00-10:30 — VAD famille B — domicile
Lundi 11:00-12:00 — réunion CLSPD — mairie, salle du conseil
Lundi 14:00-17:00 — écrits (bloqué)
Mardi 9:00-12:00 — permanence collège — bureau de la CPE
Mardi 14:00-15:00 — supervision — en ligne
Total : 7 h de trajet pour 12 h de présence auprès des familles. Dans l'agenda partagé, les visites sont intitulées par une lettre, et le lieu est toujours « domicile »."""),

    ("dar-transmission-mme-x", """\
Exemple de transmission ciblée DAR, réécrit pour la fiche :
Cible : chute.
Données : Mme X retrouvée assise au sol près du lit à 6 h 10, dit avoir voulu aller aux toilettes sans sonner ; pas de douleur, pas de plaie ; tension 13/8.
Actions : relevée à deux avec le verticalisateur, examen infirmier, médecin de garde informé, surveillance neurologique 24 h, sonnette à portée de main.
Résultats : à 12 h, pas de douleur ni de signe neurologique ; déclaration de chute faite.
« Mme X » est la convention de l'établissement pour tous les documents de formation."""),

    ("mdph-cdaph-generique", """\
## Déroulement

1. Le dossier est déposé à la MDPH (formulaire de demande, certificat médical de moins d'un an, pièces justificatives).
2. L'équipe pluridisciplinaire évalue la situation, à partir du GEVA ; elle peut rencontrer la personne.
3. Elle élabore un plan personnalisé de compensation, envoyé à la personne, qui dispose de quinze jours pour faire ses observations.
4. La CDAPH (commission des droits et de l'autonomie des personnes handicapées) décide : orientation en ESAT, AAH, PCH, carte mobilité inclusion…
5. La décision peut être contestée par un recours administratif préalable obligatoire, dans les deux mois.
Le délai moyen de traitement dépasse quatre mois dans de nombreux départements."""),

    ("pv-cvs-roles", """\
Procès-verbal du conseil de la vie sociale — foyer d'hébergement (version publiée dans la fiche).
Présents : quatre représentants des personnes accueillies, deux représentants des familles, un représentant du personnel, la directrice (voix consultative).
1. Menus : demande de plats chauds le soir ; la direction revoit le contrat avec le prestataire.
2. Sorties : un représentant des résidents demande le minibus le dimanche pour le marché ; accord sous réserve d'un chauffeur volontaire.
3. Travaux : salle de bain du premier étage en février.
Le CVS se réunit au moins trois fois par an (CASF D311-16) ; le PV est affiché en version facile à lire."""),

    ("attestation-modele-vierge", """\
Modèle d'attestation d'hébergement (annexe) :
« Je soussigné(e), [nom et fonction du signataire], directeur(trice) du centre d'hébergement et de réinsertion sociale [nom de l'établissement], atteste que [Madame / Monsieur] [nom de la personne] est hébergé(e) dans notre établissement depuis le [date], dans le cadre d'un accompagnement social global.
Attestation délivrée pour servir et valoir ce que de droit.
Fait à [ville], le [date]. Signature et cachet. »
Rappel : l'attestation d'hébergement ne remplace pas l'élection de domicile."""),

    ("asl-seance-comptes", """\
Atelier sociolinguistique du lundi, 14 h – 16 h, salle d'activité du centre social.
Thème : prendre rendez-vous chez le médecin (jeu de rôle au téléphone, lecture d'une ordonnance).
Présentes : 7 participantes ; excusées : 2. Une participante a joué la secrétaire médicale, ce qui a fait rire le groupe et débloqué les plus timides.
Supports : fausse carte Vitale plastifiée, ordonnance fictive, téléphone jouet.
Prochaine séance : la pharmacie ; le groupe demande une visite à la pharmacie du quartier.
Les ASL suivent le référentiel du RADYA ; le groupe compte dix inscrites au plus."""),

    ("ip-trame-faits", """\
Trame d'une information préoccupante (annexe de la fiche) :
1. Émetteur : fonction, établissement, coordonnées professionnelles.
2. Enfant : âge, classe ou lieu d'accueil ; identité dans le formulaire de la CRIP uniquement.
3. Faits observés : datés, décrits au présent, sans interprétation (« arrive sans avoir mangé », « s'endort en classe »).
4. Paroles de l'enfant : entre guillemets, mot pour mot.
5. Démarches déjà faites : rencontre des parents, information des parents (sauf si contraire à l'intérêt de l'enfant).
6. Date et signature.
Le circuit est défini par l'article L226-3 du CASF ; en cas de danger grave et immédiat, on saisit directement le procureur."""),

    ("em-verbatim-anonyme", """\
Exemple de notes d'entretien motivationnel, réécrit pour la fiche :
Verbatim : « je bois depuis que ma femme est partie, avant c'était le week-end seulement ».
Reflet : « Depuis son départ, l'alcool a pris plus de place. »
Discours-changement : la personne dit vouloir « réduire, pas arrêter », et fixe elle-même un objectif : pas d'alcool avant 18 h.
Échelles : importance 7/10, confiance 4/10 ; question : « Qu'est-ce qui vous ferait passer de 4 à 5 ? »
Plan : agenda de consommation sur deux semaines.
Dans la fiche, « la personne » remplace toujours le prénom ; le verbatim a été reformulé par la rédaction."""),

    ("messagerie-regles-equipe", """\
## Points de vigilance

La messagerie instantanée est commode en maraude, mais elle pose trois problèmes : les messages sont stockés sur des téléphones personnels, ils échappent au dossier, et ils circulent hors de tout cadre. Règles adoptées par l'équipe :
- seul le téléphone de service est utilisé, jamais un téléphone personnel ;
- aucun nom, aucune photo de personne dans le groupe ; on écrit « le monsieur du square », « la dame au chien » ;
- ce qui compte est reporté le soir même dans l'outil de suivi ;
- l'historique du groupe est effacé chaque vendredi à 17 h.
Ces règles sont rappelées à chaque nouvel arrivant, bénévoles compris."""),

    ("fugue-procedure-generique", """\
## Déroulement

Conduite à tenir en cas d'absence inexpliquée d'un mineur accueilli :
1. Constater l'absence et noter l'heure (exemple : 19 h 40, à l'appel du dîner, pour un retour prévu à 18 h 30).
2. Recherches aux abords dans la première heure ; appel du jeune et de sa famille.
3. Déclaration de fugue au commissariat ou à la gendarmerie ; information du cadre d'astreinte.
4. Information de l'ASE et, le cas échéant, du juge des enfants, le premier jour ouvré.
5. Au retour : accueil sans reproche immédiat, vérification de l'état de santé, entretien le lendemain.
Le 116 000, numéro européen pour les enfants disparus, peut être communiqué aux familles."""),

    ("dictee-sans-nom-nettoyee", """\
Mémo vocal du vendredi soir, nettoyé avant d'être collé dans la fiche :
« Point rapide pour lundi. La plus jeune du groupe est rentrée chez sa mère pour le week-end, comme prévu, sans souci au départ : elle avait son sac et son doudou. Le taxi est passé à dix-sept heures trente. Lundi matin, vérifier que l'école a reçu l'attestation de la mère pour la cantine, et commander les tickets de bus du groupe. »
La dictée vocale fait gagner du temps, à condition de relire : elle ne met ni majuscules ni ponctuation, et elle recopie tout ce qu'on dit, y compris ce qui ne doit pas être écrit."""),

    ("carnet-notes-anonymise", """\
notes en vrac de mon carnet, lundi (version anonymisée) :
- 9h réunion d'équipe (salle 2)
- 11h tel CMP pour le créneau psy, standard
- 14h30 vad famille K, penser au bon de la banque alimentaire
- 16h écrits, rapport d'échéance
- 17h15 appel de la cheffe de service
Convention de mon carnet, que je propose dans la fiche : une lettre par famille, tirée au hasard en début d'année, sans rapport avec le nom ; la table de correspondance reste dans le dossier papier, au service."""),

    ("jugement-trame-commentee", """\
Structure d'un jugement en assistance éducative, commentée pour les stagiaires :
- En-tête : juridiction, cabinet, nature de la décision.
- Parties : le mineur, ses parents, le service gardien (identités dans l'original seulement).
- Procédure : dates des audiences, personnes entendues, avis du parquet.
- Motifs : les « attendu que », qui décrivent le danger retenu.
- Dispositif : ce qui est ordonné (placement, AEMO, durée, droits de visite).
- Voies de recours : appel dans les quinze jours de la notification (art. 1191 du Code de procédure civile).
On lit toujours le dispositif en premier, puis les motifs."""),

    ("ofpra-lecture-decision-generique", """\
## Déroulement

Lire une décision de l'OFPRA avec la personne :
1. Réunir la personne, l'intervenant et un interprète professionnel, dans un bureau fermé.
2. Repérer la date de notification : le délai de recours devant la CNDA est d'un mois.
3. Lire les motifs : défaut de crédibilité, absence d'éléments personnalisés, contradictions.
4. Prendre rendez-vous avec un avocat dans la semaine ; l'aide juridictionnelle se demande dans les quinze jours de la notification.
5. Prévoir la suite de l'accompagnement, quelle que soit l'issue.
Une décision de protection (statut de réfugié ou protection subsidiaire) ouvre d'autres démarches, décrites dans la fiche sur les réfugiés."""),

    ("cnda-preparation-roles", """\
Préparer une audience à la CNDA — organisation type dans un CADA :
- La juriste informe la personne de la date, de l'heure et de la salle, et organise la rencontre avec l'avocat.
- La travailleuse sociale réserve le transport (départ la veille si l'audience est le matin et le trajet long), l'interprète pour la préparation, et prévoit un repas.
- Ensemble, on relit avec la personne les points relevés par l'Office, sans lui faire réciter un récit.
- Après l'audience, la décision est affichée à la Cour et mise en ligne, en général trois semaines plus tard.
La logistique compte autant que le fond."""),

    ("ess-geva-sco-generique", """\
## Contexte

L'équipe de suivi de la scolarisation (ESS) se réunit au moins une fois par an pour chaque élève bénéficiant d'un projet personnalisé de scolarisation. Elle est organisée par l'enseignant référent et réunit l'élève majeur ou ses parents, les enseignants, les professionnels qui accompagnent l'élève (SESSAD, libéraux), l'AESH le cas échéant.
Elle remplit le GEVA-Sco, transmis à la MDPH. Elle ne décide pas : elle propose (maintien, AESH, matériel pédagogique adapté, orientation en ULIS), la décision revient à la CDAPH.
Textes : Code de l'éducation, art. L112-2 et D351-10."""),

    ("pap-trame-ime", """\
Trame de projet personnalisé d'accompagnement (IME), en annexe :
Jeune : (prénom dans le dossier uniquement) — âge — section.
Attentes du jeune, recueillies avec des pictogrammes ou un outil de communication alternative.
Attentes de la famille.
Objectifs (trois au plus), formulés de façon observable : « utiliser seul(e) la ligne de bus entre le domicile et l'IME », « préparer un repas simple une fois par semaine ».
Moyens et intervenants.
Date d'évaluation : six mois plus tard, en présence du jeune et de sa famille.
Cadre : CASF L311-3 et recommandation de l'ANESM de décembre 2008."""),

    ("placement-familial-note-af-anonyme", """\
Note de l'assistante familiale au service, réécrite pour la fiche (aucun prénom, âge modifié) :
« Semaine plutôt calme. L'enfant fait encore des cauchemars deux nuits sur trois et vient dans notre chambre vers 3 h. Je la raccompagne et je reste un moment. Elle parle de sa mère au réveil, pas pendant la journée.
À l'école, la maîtresse dit qu'elle participe plus.
Retour de visite samedi : très agitée le soir. Je pense qu'il faudrait en parler avec la psychologue. »
Le référent reprend ces notes avant chaque rencontre ; elles nourrissent le rapport d'échéance. L'assistant familial est un professionnel agréé (CASF L421-2), membre de l'équipe."""),

    ("sms-astreinte-anonyme", """\
Échange d'astreinte (placement familial), réécrit pour la fiche :
Samedi, 21 h 12 — AF : « Bonsoir, la petite a 39,5 de fièvre depuis cet après-midi, le paracétamol ne fait pas baisser. Je l'emmène aux urgences pédiatriques. »
21 h 15 — cadre d'astreinte : « Bien reçu. Prévenez-moi à la sortie. J'informe la mère demain matin, sauf hospitalisation. »
Règle : l'assistante familiale agit pour les soins urgents ; le service informe les parents, titulaires de l'autorité parentale. Les actes usuels et non usuels sont listés dans le projet pour l'enfant (CASF L223-1-2)."""),

    ("note-juge-tutelles-trame", """\
Trame de note au juge des contentieux de la protection (mandataire judiciaire) :
Objet : demande d'autorisation de vendre le logement d'une personne protégée.
1. Situation actuelle (lieu de vie, état du logement, charges).
2. Avis de la personne, recueilli en entretien ; s'il diverge de la proposition, le dire.
3. Estimations jointes (deux au moins).
4. Proposition motivée.
Cadre : art. 426 du Code civil — le logement de la personne protégée est conservé à sa disposition aussi longtemps que possible ; sa vente suppose l'autorisation du juge et, si la personne est accueillie en établissement, l'avis d'un médecin."""),

    ("urgences-signalement-anonyme", """\
Note type de l'assistante sociale des urgences vers le service social de secteur (réécrite pour la fiche) :
Patiente d'une trentaine d'années, venue la nuit pour des contusions, sortie contre avis médical avant l'entretien social.
Éléments : lésions d'âges différents, inquiétude à l'évocation du conjoint, enfants en bas âge au domicile.
Démarches : information sur le 3919 et sur les associations spécialisées ; certificat médical descriptif conservé au dossier.
Demande au secteur : prise de contact prudente, par un moyen convenu à l'avance.
La transmission se limite à ce qui est nécessaire à la protection, avec l'accord de la personne sauf danger pour les enfants."""),
]

CLEAN += [
    ("nir-explication-sans-numero", """\
## Points de vigilance

Le numéro d'inscription au répertoire (NIR), dit « numéro de sécurité sociale », compte 13 chiffres suivis d'une clé de 2 chiffres : le sexe, l'année et le mois de naissance, le département et la commune de naissance, un numéro d'ordre. Il ne doit jamais figurer dans un compte rendu, un mail interne ou un tableau de pilotage : il identifie la personne à coup sûr et révèle son lieu et sa date de naissance. Les personnes nées à l'étranger ont 99 à la place du département ; les demandeurs d'asile reçoivent d'abord un numéro provisoire.
Dans les exports statistiques, on remplace tout identifiant par un code aléatoire."""),

    ("iban-explication-sans-numero", """\
## Points de vigilance

Un relevé d'identité bancaire circule souvent dans les dossiers sociaux : aide financière, argent de poche, remboursement de frais. Un IBAN français commence par FR, suivi de deux chiffres de contrôle et de 23 caractères (code banque, code guichet, numéro de compte, clé RIB). Il ne se recopie jamais dans un mail ni dans un SMS : on transmet le RIB papier, ou le scan, au service comptable par le circuit prévu.
Pour les personnes interdites bancaires, le droit au compte se demande à la Banque de France (art. L312-1 du Code monétaire et financier) ; les comptes ouverts en bureau de tabac sont une autre solution, payante (environ 25 € par an)."""),

    ("numeros-dossier-explication", """\
## Déroulement

Dans les écrits qui sortent du dossier (bordereau, mail, compte rendu de réunion partenariale), on désigne la situation par la référence interne du service et non par les identifiants des administrations : numéro allocataire de la CAF, numéro de dossier MDPH, identifiant France Travail, numéro AGDREF, numéro de demande SIAO ou IPP hospitalier. Ces identifiants restent dans le dossier individuel, où ils sont utiles.
Exemple de référence interne : « situation 2026-14 » (année, puis numéro d'ordre de l'admission), sans lien avec l'identité de la personne."""),

    ("dictee-stats-en-lettres", """\
Transcription nettoyée de l'intervention orale de la directrice en assemblée générale :
« Cette année, le service a accompagné deux cent quarante-trois familles, soit dix-huit de plus que l'an dernier. Le délai moyen entre l'ordonnance du juge et la première rencontre est passé de trente-cinq à vingt et un jours. Quatre-vingt-deux pour cent des mesures ont été menées à leur terme. Nous avons recruté deux éducateurs au mois de mars et ouvert une antenne dans le nord du département, au deuxième étage de la maison des solidarités. »
Les chiffres dictés en toutes lettres sont des statistiques, pas des identifiants."""),

    ("horaires-train-deplacement", """\
Organisation du déplacement pour l'audience à la CNDA (fiche pratique du CADA) :
- Départ du train à 6 h 52, arrivée à 9 h 47 ; métro ligne 9 jusqu'à la station Mairie de Montreuil, puis 10 minutes à pied.
- Convocation à 13 h 30 ; prévoir d'être présent 30 minutes avant.
- Retour : train de 18 h 14 ou de 19 h 40.
- Budget : billets pris en charge par le CADA (environ 110 € aller-retour avec la carte de réduction), repas 15 €.
- Documents : convocation, récépissé, pièces déjà transmises à l'avocat.
La fiche propose de faire le trajet à blanc quand c'est possible, pour réduire l'angoisse du jour J."""),

    ("institution-adresses-maison-solidarites", """\
## Conditions de réussite

Les rencontres médiatisées ont lieu dans un espace neutre. Dans notre département, l'espace de rencontre est installé dans la maison départementale des solidarités, 12 avenue de la République, au rez-de-chaussée, salle des familles ; il est ouvert le mercredi de 13 h 30 à 18 h 30 et le samedi de 9 h 30 à 17 h. Le parking est gratuit les deux premières heures.
Le service met à disposition deux salles (la salle bleue pour les petits, équipée de jeux d'éveil ; la salle 3 pour les adolescents) et un bureau pour l'entretien préalable avec le parent.
Le cadre est fixé par le décret relatif aux espaces de rencontre, et par la convention avec la CAF."""),

    ("dates-historiques-lois", """\
## Contexte

L'histoire de l'action sociale se lit dans ses grands textes : l'ordonnance du 2 février 1945 relative à l'enfance délinquante, qui pose la primauté de l'éducatif ; l'ordonnance du 23 décembre 1958, qui fonde la protection judiciaire de l'enfance en danger ; les deux lois du 30 juin 1975, sur les personnes handicapées et sur les institutions sociales et médico-sociales ; la loi du 2 janvier 2002, qui place la personne au centre et crée le projet personnalisé, le livret d'accueil et le conseil de la vie sociale ; la loi du 5 mars 2007 réformant la protection de l'enfance ; celle du 14 mars 2016."""),

    ("dictee-date-loi-en-lettres", """\
Transcription nettoyée de la dictée de la partie juridique :
« Le projet pour l'enfant a été créé par la loi du cinq mars deux mille sept et renforcé par la loi du quatorze mars deux mille seize, qui en fait un document unique, établi dans les trois mois qui suivent le début de la mesure. Depuis la loi du sept février deux mille vingt-deux, l'enfant confié peut se voir désigner un parrain ou un mentor, et l'accueil à l'hôtel des mineurs est interdit depuis le premier février deux mille vingt-quatre, sauf exceptions. »
Des dates de lois dictées en lettres restent des dates de lois."""),

    ("figures-publiques-histoire", """\
## Contexte

Quelques dates de l'histoire de l'aide aux sans-abri, rappelées en introduction de la formation : l'appel de l'abbé Pierre sur Radio-Luxembourg, le 1er février 1954, pendant l'hiver le plus froid du siècle ; la création des Restaurants du cœur par Coluche en 1985 ; celle du Samu social de Paris par Xavier Emmanuelli en 1993 ; la loi instituant le droit au logement opposable, le 5 mars 2007, après le campement des Enfants de Don Quichotte le long du canal Saint-Martin.
Ces repères aident les nouveaux bénévoles à situer la maraude dans une histoire longue."""),

    ("paroles-composite-sans-nom", """\
paroles:
  nature: composite  # propos reconstitués par la rédaction, pas des citations

## Paroles de praticiens

« Le jour où un jeune rend les clés de sa chambre, il fait souvent le tour de tout le monde, même de la cuisinière. On ne prépare jamais assez les départs. » — éducateur, foyer de jeunes travailleurs.
« Ce qui marche, c'est de parler de la sortie dès l'arrivée. » — cheffe de service.
« Un départ réussi, c'est un départ où le jeune sait qu'il peut revenir boire un café. » — maîtresse de maison."""),

    ("temoignage-consentement-structure", """\
paroles:
  nature: temoignage
  temoignages:
    - role: "Aide-soignante"
      structure: "SSIAD rural"
      source: "Entretien avec l'auteure de la fiche, octobre 2026"
      consentement: true
    - role: "Infirmière coordinatrice"
      structure: "SSIAD associatif"
      source: "Journée régionale des SSIAD, table ronde, juin 2026"
      consentement: true
Les témoignages sont publiés avec l'accord écrit de chaque professionnelle ; la structure est décrite par son type, sans son nom, pour ne pas permettre d'identifier les patients évoqués."""),

    ("auteurs-collectif-et-ia", """\
auteurs:
  - nom: "L'équipe éducative du SAVS"
    role: "Rédaction collective"
  - nom: "Mathilde Cordier"
    role: "Conseillère en économie sociale et familiale ; rédaction assistée par IA pour la mise en forme"
    structure: "SAVS associatif"
relectures:
  - nom: "Bruno Lefranc-Morel"
    role: "Chef de service, SAMSAH"
    date: 2026-11-18
    avis: favorable_avec_reserves
    commentaire: "Étape 4 reformulée ; ajouter un exemple sur les comptes sans banque"
date_creation: 2026-10-20
date_maj: 2026-11-25
revoir_avant: 2028-06-30"""),

    ("usagers-codes-csv-propre", """\
Export statistique de l'accueil de jour, tel que nous le produisons désormais :
id;sexe;tranche_age;domiciliation;nb_visites_mois
A7F2;H;40-49;CCAS;12
K19Q;F;25-29;association;4
Z03M;H;60-69;CCAS;21
P55T;H;18-24;aucune;2
Les identifiants sont tirés au hasard à l'admission et ne sont pas dérivés du nom ni de la date de naissance. Aucune colonne d'identité n'est exportée ; l'export sert au rapport d'activité et au dialogue de gestion avec l'État."""),

    ("visite-domicile-conseils-sans-adresse", """\
## Déroulement

Préparer une tournée de visites à domicile :
1. Regrouper les visites par secteur (nord le mardi, sud le jeudi) pour limiter les trajets.
2. Laisser 30 minutes entre deux visites, pour noter et souffler.
3. Inscrire dans l'agenda partagé l'heure de départ et de retour prévue, et le secteur, sans l'adresse : l'adresse reste dans le dossier, que le collègue d'astreinte peut consulter.
4. Prévenir le secrétariat en cas de retard de plus de 30 minutes.
5. Emporter le téléphone de service chargé, la carte professionnelle, et la liste des numéros utiles (115, 119, 3919, 15, 17)."""),

    ("tableau-stats-annuel", """\
Activité du SAVS sur trois ans (extrait du rapport d'activité) :

| Année | Personnes accompagnées | Entrées | Sorties | Durée moyenne |
|---|---|---|---|---|
| 2023 | 96 | 21 | 18 | 3 ans 2 mois |
| 2024 | 99 | 19 | 16 | 3 ans 5 mois |
| 2025 | 104 | 24 | 19 | 3 ans 1 mois |

Les sorties se répartissent ainsi : autonomie suffisante (45 %), entrée en établissement (20 %), déménagement (25 %), décès ou autre (10 %). Le service est autorisé pour 100 places, avec un dépassement toléré."""),

    ("budget-atelier-prix", """\
## Conditions de réussite

Budget de l'atelier cuisine hebdomadaire (CHRS, huit participants) :
- ingrédients : 40 € par séance, soit 5 € par personne ;
- matériel de départ : 350 € (plaques à induction, ustensiles), financé par une fondation ;
- temps de travail : une maîtresse de maison, 3 heures par semaine, et une conseillère en ESF une fois par mois pour le volet budget.
Les participants choisissent les menus à tour de rôle ; les courses se font le mardi à 10 h au supermarché le plus proche, ce qui sert aussi d'atelier de comparaison des prix au kilo."""),

    ("victor-hugo-enfance", """\
## Ressources

Lectures proposées au groupe d'analyse des pratiques :
- Boris Cyrulnik, « Un merveilleux malheur », Odile Jacob, 1999 : la résilience, et ses usages abusifs.
- Maurice Berger, « L'échec de la protection de l'enfance », Dunod, 2003 : une critique du maintien à tout prix du lien familial.
- Françoise Dolto, « La Cause des enfants », Robert Laffont, 1985.
- Donald W. Winnicott, « Déprivation et délinquance », Payot (recueil posthume, 1984 pour l'édition originale).
- John Bowlby, « Attachement et perte », PUF, trois volumes, à partir de 1978 pour la traduction.
Chaque lecture fait l'objet d'une séance d'une heure trente, le jeudi de 14 h à 15 h 30."""),

    ("salles-horaires-colloque", """\
Programme de la journée d'étude « Aller vers les personnes âgées isolées » :
9 h 00 — accueil, amphithéâtre A.
9 h 30 — conférence introductive : l'isolement social des personnes âgées, données du baromètre des Petits Frères des Pauvres.
10 h 45 — pause.
11 h 00 — ateliers en parallèle : salle 1.12 (les CLIC et le repérage), salle 1.14 (SAAD et SSIAD, travailler ensemble), salle 2.03 (MONALISA et les équipes citoyennes).
12 h 30 — déjeuner (12 €, sur inscription).
14 h 00 — table ronde, amphithéâtre A ; 16 h 30 — clôture.
Inscription gratuite, dans la limite de 150 places."""),

    ("lignes-bus-trajet-ime", """\
## Déroulement

Apprendre un trajet en bus avec un adolescent d'IME, en six étapes sur plusieurs mois :
1. Faire le trajet ensemble, l'éducateur devant : ligne 12, de l'arrêt Mairie à l'arrêt Les Peupliers, huit arrêts, 18 minutes.
2. Faire le trajet ensemble, le jeune devant.
3. Le jeune fait le trajet, l'éducateur assis plus loin dans le bus.
4. L'éducateur attend à l'arrivée.
5. Le jeune fait le trajet seul, avec un appel au départ et à l'arrivée.
6. Bilan avec le jeune et sa famille.
Un livret de pictogrammes (ticket, bouton d'arrêt, arrêt d'arrivée) accompagne chaque étape."""),

    ("pourcentages-enquete", """\
## Évaluation

Une enquête menée auprès des personnes accompagnées par trois SAVS de la région (questionnaire en facile à lire, 212 réponses, taux de réponse de 61 %) donne les résultats suivants :
- 78 % se disent « bien » ou « très bien » accompagnées ;
- 64 % disent avoir participé à l'écriture de leur projet ;
- 41 % seulement connaissent l'existence du conseil de la vie sociale ou d'une autre forme de participation ;
- 23 % souhaiteraient des rendez-vous le samedi.
Ces résultats ont conduit à créer un groupe d'expression trimestriel, le premier mardi du trimestre à 17 h."""),

    ("instances-departementales", """\
## Conditions de réussite

La pratique s'appuie sur les instances du département : la cellule de recueil des informations préoccupantes (CRIP), qui reçoit et évalue ; l'observatoire départemental de la protection de l'enfance (ODPE), qui suit les données et la formation ; le schéma départemental de protection de l'enfance, révisé tous les cinq ans ; la commission d'examen de la situation et du statut des enfants confiés (CESSEC), créée par la loi du 14 mars 2016, qui examine la situation des enfants confiés depuis plus d'un an lorsqu'il existe un risque de délaissement ou que leur statut paraît inadapté, et tous les six mois celle des enfants de moins de deux ans (CASF L223-1)."""),

    ("csapa-localisation-institution", """\
## Contexte

Le CSAPA de la ville est situé rue Pasteur, à deux minutes de la gare routière, au premier étage d'un bâtiment partagé avec le centre de planification. Il est ouvert du lundi au vendredi de 9 h à 18 h, avec une consultation sans rendez-vous le mardi de 16 h à 19 h pour les jeunes consommateurs.
L'équipe compte un médecin addictologue à mi-temps, deux infirmières, une psychologue, une éducatrice spécialisée et une assistante sociale. Les consultations sont gratuites et peuvent être anonymes."""),

    ("age-general-personnes-agees", """\
## Contexte

Les personnes de 75 ans et plus qui vivent seules à domicile sont plus de deux millions en France. Une sur quatre déclare n'avoir eu aucune conversation dans la semaine écoulée, selon certaines enquêtes associatives. L'isolement augmente après un veuvage, une hospitalisation, un déménagement, et pendant les périodes de canicule ou de grand froid.
La pratique s'adresse aux personnes de 60 ans et plus repérées par un voisin, un commerçant, un professionnel de santé ou par le registre communal prévu par l'article L121-6-1 du CASF, et qui acceptent une visite."""),

    ("cas-fictif-annonce-famille-maraude", """\
### Exercice : la maraude du jeudi (situation imaginaire)

Les personnes de cet exercice sont inventées. Monsieur Albert, 58 ans, vit sous la passerelle du canal avec son chien, Tempête. Il refuse le 115 depuis deux hivers, « à cause des dortoirs ». Ce soir, il fait −6 °C et il tousse.
Questions :
1. Que proposer qui respecte son refus ?
2. À partir de quand le danger vital justifie-t-il d'appeler le 15 malgré lui ?
3. Comment préparer la maraude du lendemain ?
Éléments de réponse dans la section « Points de vigilance » de la fiche."""),

    ("cas-fictif-annonce-ime", """\
### Vignette clinique fictive

Pour illustrer la démarche, voici une situation imaginaire, composée à partir de plusieurs situations réelles dont aucune n'est reconnaissable : Tom, 12 ans, autiste non verbal, accueilli en IME depuis deux ans, se mord la main dès qu'on change l'emploi du temps affiché.
Démarche :
1. Observer pendant deux semaines avec une grille ABC (antécédent, comportement, conséquence).
2. Repérer les changements non annoncés.
3. Introduire un pictogramme « changement » annoncé la veille.
4. Réévaluer au bout d'un mois.
Dans la vignette, les morsures diminuent de moitié en six semaines."""),

    ("poste-telephonique-interne", """\
## Conditions de réussite

Pour que les familles puissent joindre le service sans passer par le portable personnel des éducateurs :
- un standard ouvert de 9 h à 17 h, puis un répondeur relevé chaque matin à 9 h ;
- un poste direct par pôle (poste 214 pour le pôle placement, poste 218 pour le pôle milieu ouvert) ;
- un téléphone d'astreinte pour les cadres, dont le numéro n'est donné qu'aux assistants familiaux et aux partenaires ;
- une adresse de messagerie de service, relevée deux fois par jour.
Aucun professionnel ne communique son numéro personnel ; c'est une règle du règlement intérieur, article 12."""),
]

CLEAN += [
    ("transmissions-chrs-chambres", """\
Transmissions CHRS — équipe de jour vers équipe du soir (version de la fiche) :
- Chambre 8 : livraison de meubles demain entre 8 h et 12 h, quelqu'un doit ouvrir.
- Chambre 4 : le résident a changé de numéro de portable, mise à jour faite dans le logiciel.
- Réunion des résidents reportée à jeudi, 18 h, salle commune.
- Tickets de repas à récupérer au secrétariat avant 17 h.
- RAS pour le reste de la journée.
Le cahier de transmissions désigne les personnes par leur numéro de chambre : il est lu par des remplaçants et des stagiaires, et il reste posé sur le bureau d'accueil."""),

    ("numeros-caf-service-public", """\
## Ressources

Pour les démarches d'accès aux droits, les numéros à connaître :
- CAF : 3230 (service gratuit + prix de l'appel) ou l'espace « Mon compte » du site caf.fr ;
- Assurance maladie : 3646 ;
- Allô Service public : 39 39, pour une première information juridique ;
- France Travail : 3949 ;
- MSA : numéros propres à chaque caisse départementale.
Les maisons France services accompagnent les démarches en ligne, sans rendez-vous pour la plupart, sur des horaires affichés en mairie."""),

    ("genogramme-famille-imaginaire", """\
### Exercice de génogramme (famille imaginaire)

La famille Lambertin n'existe pas : elle a été inventée pour l'exercice. Trois générations :
- Les grands-parents, Roger et Yvette, agriculteurs, mariés en 1962 ; Roger est décédé en 2010.
- Leurs deux filles : Chantal, 58 ans, divorcée, deux fils ; Isabelle, 55 ans, sans enfant, très proche de sa mère.
- Les petits-fils : Kevin, 32 ans, et Dylan, 27 ans, en froid depuis l'héritage.
Consigne : dessiner le génogramme avec les symboles de McGoldrick, puis repérer les alliances, les conflits et les répétitions. Durée : 40 minutes, par groupes de trois."""),

    ("pass-hopital-institution", """\
## Conditions de réussite

La permanence d'accès aux soins de santé (PASS) de l'hôpital reçoit sans rendez-vous, du lundi au vendredi de 8 h 30 à 16 h 30, au rez-de-chaussée du bâtiment C, porte 4, à côté des urgences. On y trouve une consultation de médecine générale, une assistante sociale, une infirmière et un accès aux médicaments pour les personnes sans couverture. Un interprétariat par téléphone est disponible.
Les PASS ont été créées par la loi d'orientation relative à la lutte contre les exclusions du 29 juillet 1998 (CSP, art. L6112-6)."""),

    ("entretien-accueil-chrs-trame", """\
Trame de l'entretien d'accueil en CHRS (annexe), avec les durées indicatives :
1. Présentation du lieu et du règlement de fonctionnement (15 minutes), remise du livret d'accueil.
2. Ce que la personne souhaite dire de sa situation, sans obligation (20 minutes).
3. Droits ouverts ou à ouvrir : santé, ressources, domiciliation (15 minutes).
4. Premières attentes, à reprendre dans le projet personnalisé dans le mois qui suit.
5. Visite de la chambre et des espaces communs.
Le contrat de séjour est remis dans les quinze jours qui suivent l'admission et signé dans le mois (CASF L311-4 et D311). Rien n'oblige la personne à raconter son parcours le premier jour."""),

    ("clic-chronologie-anonyme", """\
Chronologie d'un accompagnement CLIC, réécrite pour la fiche (personne anonymisée, dates générales) :
- Semaine 1 : signalement par un voisin ; appel au médecin traitant.
- Semaine 1 : visite à domicile de la coordinatrice, accord de la dame, 91 ans, pour être aidée.
- Semaine 2 : mise en place du portage de repas et de la téléassistance.
- Semaine 4 : évaluation APA par l'équipe médico-sociale du département ; GIR 4.
- Mois 2 : plan d'aide de 20 heures par mois ; passage d'un bénévole de l'équipe citoyenne le jeudi.
- Mois 6 : réévaluation ; la dame ressort seule jusqu'à la boulangerie."""),

    ("ordonnance-mineur-x", """\
Extrait d'une ordonnance, anonymisé pour la fiche :
« Attendu que la situation du mineur X révèle un danger au sens de l'article 375 du Code civil, en raison notamment de violences conjugales au domicile dont il est témoin ;
Ordonnons une mesure d'assistance éducative en milieu ouvert pour une durée de douze mois. »
Ce que le référent en retient : les violences conjugales sont reconnues comme un danger pour l'enfant exposé ; la mesure devra travailler la protection de la mère autant que celle de l'enfant, avec les associations spécialisées et, si besoin, une ordonnance de protection du juge aux affaires familiales."""),

    ("mail-service-contact-generique", """\
## Déroulement

Pour que les parents d'enfants accueillis puissent écrire au service :
1. Donner dès l'admission l'adresse de messagerie du pôle (et non celle d'un éducateur), avec le délai de réponse : deux jours ouvrés.
2. Rappeler que les sujets urgents passent par le téléphone du standard, ouvert de 9 h à 17 h.
3. Répondre toujours par écrit à un écrit, même brièvement (« bien reçu, nous en parlons à la rencontre de jeudi »).
4. Ne jamais transférer le mail d'un parent à un partenaire sans son accord.
5. Archiver les échanges dans le dossier de l'enfant, puis les effacer de la messagerie."""),
]

DEBATABLE = [
    ("prenom-modifie-annonce", """\
## Déroulement

Sarah (le prénom a été changé), 17 ans, est arrivée au foyer un soir de janvier avec un sac plastique pour tout bagage. Le premier mois, elle ne parlait qu'à la maîtresse de maison. C'est en cuisine, en épluchant des légumes, qu'elle a parlé pour la première fois de sa mère.
Depuis, nous proposons systématiquement aux nouveaux arrivants une tâche partagée avec un adulte non éducateur pendant les premières semaines.""",
     "Prénom présenté comme modifié : pseudonyme assumé, mais le récit reste celui d'une situation réelle (âge, mois d'arrivée) ; selon la politique, on peut juger la pseudonymisation suffisante ou non."),

    ("initiales-sans-convention", """\
Compte rendu de la visite : M. B. et sa fille L. nous ont reçus dans la cuisine. L. a montré ses cahiers ; M. B. a parlé de son licenciement et de la peur de ne plus payer le loyer. Prochaine visite dans trois semaines, avec la conseillère en économie sociale et familiale.""",
     "Initiales réelles ou inventées ? Rien dans le texte ne dit qu'il s'agit d'une convention ; les initiales seules identifient peu, mais peuvent suffire dans un petit service."),

    ("adresse-assistante-familiale", """\
Organisation des visites : l'enfant est accueilli chez l'assistante familiale, 3 chemin des Vignes, 24100 Bergerac ; les parents n'ont pas connaissance de cette adresse, les rencontres ont lieu à l'espace de rencontre du service.""",
     "L'adresse est celle d'une professionnelle (assistante familiale), mais c'est aussi le lieu de vie de l'enfant, tenu secret vis-à-vis des parents : donnée professionnelle ou donnée sur la personne accompagnée ?"),

    ("telephone-assistante-familiale", """\
Contacts utiles pour le week-end de la colonie : directrice du séjour (standard du centre de vacances) ; assistante familiale, joignable au 06 39 98 60 03 pour toute question sur l'enfant ; cadre d'astreinte du service, par le standard.""",
     "Numéro d'une professionnelle (assistante familiale), non d'une personne accompagnée ; mais il mène directement au domicile où vit l'enfant."),

    ("annee-naissance-seule", """\
Le jeune, né en 2009, est accueilli au service depuis l'an dernier ; il prépare un CAP de menuisier en alternance et vit en appartement partagé avec un autre jeune du service.""",
     "Une année de naissance seule n'est pas une date de naissance complète ; elle équivaut presque à un âge, mais combinée au CAP et au mode d'hébergement elle réduit l'anonymat."),

    ("surnom-maraude", """\
Maraude de jeudi : Gégé était encore sous l'abribus de la place du marché, avec ses trois chiens. Il a accepté un café mais pas la proposition d'hébergement ; il demande qu'on revienne avec des croquettes.""",
     "Surnom de rue : il désigne une personne réelle que tout le quartier connaît sous ce nom, mais ce n'est ni un prénom ni un nom d'état civil."),

    ("professionnels-nommes-compte-rendu", """\
Compte rendu de la réunion de coordination : présents le Dr Hamel, psychiatre du CMP ; Julie Roche, éducatrice référente ; Thomas Brissac, infirmier de l'équipe mobile. Décision : rencontre commune avec la personne accompagnée le 12 janvier, au CMP.""",
     "Professionnels nommés dans un compte rendu (et non comme auteurs de la fiche) : pas une donnée sur une personne accompagnée, mais leur présence peut permettre de retrouver la situation."),

    ("victor-aveyron-historique", """\
## Contexte

L'éducation spécialisée fait souvent remonter son histoire à Jean Itard et à Victor, l'« enfant sauvage » de l'Aveyron, recueilli en 1800 et suivi par Itard à l'Institution des sourds-muets de Paris ; ses deux mémoires (1801 et 1806) décrivent jour après jour l'accompagnement d'un enfant réel.""",
     "Personne réelle, accompagnée, nommée ; mais morte depuis deux siècles et connue par des publications historiques : référence culturelle plutôt que donnée personnelle."),

    ("chambre-hopital-sans-nom", """\
Staff du mardi : chambre 412, lit côté fenêtre, homme de 79 ans hospitalisé après une chute, retour à domicile impossible, demande d'EHPAD en cours ; sa fille souhaite un établissement près de chez elle.""",
     "Aucun nom, mais le numéro de chambre, l'âge et le motif d'hospitalisation permettent à toute personne du service d'identifier le patient."),

    ("courriel-service-institutionnel", """\
Pour toute question sur la domiciliation, écrire à accueil.ccas@example.org ; réponse sous deux jours ouvrés. Les demandes urgentes se font au guichet, du lundi au vendredi de 8 h 30 à 12 h.""",
     "Adresse électronique d'un service public (donc propre), mais qui a la forme d'un courriel : un détecteur strict la signalera."),

    ("finess-etablissement", """\
L'établissement est une MECS associative de 42 places (n° FINESS 330000000 fictif pour l'exemple), habilitée par le département et par la PJJ ; elle comprend trois groupes de vie et un service d'accueil de jour.""",
     "Identifiant administratif d'un établissement, non d'une personne ; mais un numéro à neuf chiffres présenté comme « n° » ressemble à un numéro de dossier."),

    ("quasi-identification-village", """\
Dans ce village de 300 habitants, nous accompagnons la seule famille tchétchène de la commune ; le fils aîné est en troisième au collège du chef-lieu, la mère travaille à la fromagerie.""",
     "Aucun nom ni numéro, mais la combinaison origine, taille de la commune, scolarité et emploi identifie la famille pour quiconque connaît le lieu."),

    ("patronyme-mot-commun-agenda", """\
Agenda du mardi : 9 h Fontaine — renouvellement AEMO ; 11 h réunion au collège ; 14 h écrits ; 16 h Rivière — point scolarité.""",
     "« Fontaine » et « Rivière » peuvent être des noms de famille dans un agenda de visites, ou des lieux (quartier, rue, école) ; ambiguïté réelle."),

    ("prenom-dans-paroles-composite", """\
paroles:
  nature: composite

## Paroles de praticiens

« Quand Maëva est repartie chez sa mère, elle a laissé son dessin sur la porte de la chambre. Personne n'a osé l'enlever pendant des semaines. » — éducatrice, MECS.""",
     "Propos déclarés reconstitués par la rédaction, donc en principe fictifs ; mais le prénom n'est pas annoncé comme inventé et la scène est très précise."),

    ("date-deces-resident", """\
Le résident de la chambre 6 est décédé le 3 mars dans son sommeil ; l'équipe a organisé un temps de recueillement le vendredi suivant, à 16 h, avec les autres résidents qui le souhaitaient.""",
     "Date de décès d'une personne accompagnée désignée par sa chambre : ce n'est aucune des catégories du détecteur, mais c'est une donnée de santé identifiante dans l'établissement."),

    ("immatriculation-camping-car", """\
Rencontre maraude : homme d'une soixantaine d'années vivant dans un camping-car immatriculé AB-123-CD, stationné près de la résidence étudiante ; il demande une aide pour l'assurance du véhicule.""",
     "Une plaque d'immatriculation identifie indirectement la personne, mais n'entre dans aucun des huit codes ; le format AB-123-CD est le modèle de démonstration officiel."),
]
