"""Held-out evaluation set n° 3 for the personal-data checker of Relier practice sheets.

Written on 2026-12-07 by a helper that saw neither the detector nor its test
cases (of hors_echantillon_2.py it read only the docstring and first
60 lines, for the format; hors_echantillon_1.py not at all). Every person
accompanied named here is fictitious: names, nicknames, dates, addresses, phone
numbers, e-mails, NIR, IBAN and file numbers were invented. NIR keys and IBAN
check digits (FR, DE, BE) and the association's SIRET were computed with
python-stdnum 2.2 so that they are valid; CAF, MDPH, ASE, PJJ, court, DALO,
France Travail and other file numbers only follow a plausible shape. French phone numbers
are in the ranges reserved for fiction (01 99 00 xx xx, 06 39 98 xx xx);
foreign numbers are made up. Helplines in CLEAN are the real national ones. Laws,
articles, authors and public officials cited in CLEAN are real references.
Meant to be used once, for a final measure, not for tuning.

(Team's note: the helper was told four family codes (donnee-contact, donnee-date,
donnee-identifiant, donnee-nom); they were mapped to the checker's codes afterwards, each case to the
code of its family the checker raises, or, where it raises none, by what the text holds (an « @ » a
courriel, a phone number a téléphone, a NIR, an IBAN, else a file number; every date a naissance).
Measured once on the detector of main at 5623515 — recall 58.8 %, false alarms 4.4 % — and once after
this round's changes, made on hors_echantillon_1.py and hors_echantillon_2.py — 71.4 %, 4.4 %; not used
to change the detector. tests/test_safety.py holds the figures after.)

FLAG      : (kind, code, text)  texts that MUST be flagged with `code`.
CLEAN     : (kind, text)        texts that must NOT be flagged.
DEBATABLE : (kind, text, why)   left out of both lists.
"""

FLAG = [
    # ------------------------------------------------------------------
    # donnee-nom : people accompanied, their relatives, nicknames
    # ------------------------------------------------------------------
    ("prenom-contexte-ado", "donnee-nom", """## Contexte

Fiche écrite après l'accueil de Yasmina, 14 ans, orientée par l'infirmière scolaire.
Elle refusait de rentrer chez elle le soir et passait ses nuits chez une amie.
L'équipe a mis plusieurs semaines à comprendre ce qui se jouait."""),
    ("nom-complet-ouest-africain", "donnee-nom",
     "Premier entretien avec M. Ousmane Traoré, orienté par le 115 après trois nuits à la gare."),
    ("nom-complet-maghrebin", "donnee-nom",
     "Mme Khadija Benali a enfin obtenu son rendez-vous à la préfecture pour le renouvellement de son titre."),
    ("prenom-turc-note-minuscule", "donnee-nom",
     "tel avec la mère de emre ce matin elle dit qu'il rentre plus avant 2h on en reparle en synthèse"),
    ("surnom-antillais", "donnee-nom",
     "Tout le monde au quartier l'appelle « Ti-Jo », il vient au local presque tous les soirs depuis l'été."),
    ("nom-chinois", "donnee-nom",
     "Mme Chen Xiuying ne parle pas français ; sa fille de 12 ans traduit tout, ce qui pose question."),
    ("prenom-mot-commun-olive", "donnee-nom",
     "Olive a passé la nuit à pleurer dans le couloir, la veilleuse est restée avec elle jusqu'à 4h."),
    ("prenom-mot-commun-marin", "donnee-nom",
     "Marin, 11 ans, ne veut plus aller chez son père le week-end depuis les vacances de la Toussaint."),
    ("prenom-mot-commun-colombe", "donnee-nom",
     "On a accompagné Colombe à sa première audience chez le juge, elle avait préparé ce qu'elle voulait dire."),
    ("prenom-mot-commun-ange", "donnee-nom",
     "Ange s'est encore battu à la cantine ; le CPE propose une exclusion, nous demandons une rencontre avant."),
    ("prenom-pierre-debut-phrase", "donnee-nom",
     "Pierre ne sort plus de sa chambre depuis le décès de sa femme, sa fille s'inquiète et nous a appelés."),
    ("nom-famille-seul-les", "donnee-nom",
     "Chez les Martin, la porte reste fermée depuis deux visites ; le bailleur parle d'une procédure."),
    ("famille-turque", "donnee-nom",
     "La famille Kaya a été relogée à l'hôtel, les enfants doivent traverser toute la ville pour aller à l'école."),
    ("diminutif-note", "donnee-nom",
     "juju pas venue au rdv mission locale relance sms faite sa copine dit qu'elle est chez son mec"),
    ("prenoms-liste-groupe", "donnee-nom", """### Participantes à l'atelier couture (session d'automne)

- Aïcha
- Bintou
- Hawa
- Lina (arrivée en cours de session)"""),
    ("tableau-prenoms-suivi", "donnee-nom", """| Jeune | Démarche en cours | Prochaine étape |
|---|---|---|
| Bogdan | Inscription CAP | RDV CIO le 14 |
| Ioana | Demande de complémentaire santé | Relance CPAM |
| Florin | Domiciliation | En attente |"""),
    ("yaml-exemple-nom", "donnee-nom", """---
titre: Préparer une sortie de placement
exemple: "Lucas Fontaine, 17 ans et demi, sortant d'ASE sans solution de logement"
public: jeunes majeurs
---"""),
    ("citation-mere-prenom", "donnee-nom",
     "« Ma fille Léna ne veut plus aller au collège, elle dit qu'on se moque d'elle dans le bus. » (la mère, au premier entretien)"),
    ("initiale-nom-famille", "donnee-nom",
     "Mme B. Hamidou se présente sans rendez-vous pour la troisième fois cette semaine."),
    ("nom-majuscules-administratif", "donnee-nom",
     "DUPUIS Laetitia – demande d'aide financière exceptionnelle – avis favorable de la commission."),
    ("lettre-signature", "donnee-nom", """Modèle de courrier utilisé (copié tel quel) :

Je soussignée Nadia Ferhat, hébergée au CHRS depuis le mois de mai,
sollicite le maintien de mon hébergement jusqu'à la fin de ma formation."""),
    ("etape-prenom", "donnee-nom", """## Étapes

1. Préparer la salle avant l'arrivée des familles.
2. Appeler la mère de Théo pour confirmer l'heure (elle oublie souvent).
3. Accueillir chaque famille individuellement."""),
    ("titre-cas", "donnee-nom", """## Le cas de Rayan

Rayan est arrivé à l'internat en septembre. Dès la deuxième semaine, il a commencé à se faire mal.
Ce qui a aidé : un adulte repère, toujours le même, le soir."""),
    ("mr-nom-ivoirien", "donnee-nom",
     "Mr Kouassi nous a rappelés pour dire que son fils était rentré, pas besoin de déclarer la fugue."),
    ("prenom-sans-accent-minuscule", "donnee-nom",
     "maelys a dit à l'AESH qu'elle avait peur de rentrer chez elle ce soir, info transmise au CPE"),
    ("prenom-florence", "donnee-nom",
     "Florence a retrouvé un studio grâce au bail glissant, elle signe l'état des lieux lundi."),
    ("prenom-anglais-migrante", "donnee-nom",
     "Blessing, arrivée du Nigeria l'an dernier, a parlé pour la première fois de la route par la Libye."),
    ("prenom-vietnamien-minuscule", "donnee-nom",
     "rdv annulé avec thanh son fils malade reporté à vendredi 10h"),
    ("surnom-roumain", "donnee-nom",
     "Le petit Gicu (c'est le surnom de Gheorghe) mendie avec sa tante devant le supermarché, signalement en cours."),
    ("prenoms-fratrie", "donnee-nom",
     "La fratrie (Inaya, Kaïs et la petite Soumaya) sera accueillie dans la même maison d'enfants."),
    ("nom-gras-bilan", "donnee-nom", """### Bilan de fin de mesure

**Kenza Amrani** a tenu ses engagements : suivi psy régulier, reprise des cours, plus de fugues depuis mars.
Proposition : mainlevée de la mesure à l'échéance."""),
    ("main-courante-minuscules", "donnee-nom", """notes de la main courante (copiées)
22h15 appel du foyer dylan pas rentré
23h40 dylan ramené par sa soeur cassandra alcoolisé
00h30 couché RAS"""),
    ("prenom-mot-commun-prudence", "donnee-nom",
     "Prudence, la plus jeune, a dessiné la maison avec le papa « derrière une porte fermée »."),
    ("surnom-personne-rue", "donnee-nom",
     "Le Grand Bébert dort toujours sous le pont du canal, il a encore refusé la maraude hier soir."),
    ("italique-prenom-haitien", "donnee-nom",
     "Exemple vécu : *Wilner*, 16 ans, ne comprenait pas pourquoi on lui demandait un acte de naissance « de là-bas »."),
    ("surnom-antillais-aine", "donnee-nom",
     "Man Lisette (Mme Lisette Bellemare) garde les trois petits-enfants depuis l'hospitalisation de sa fille."),
    ("prenom-afghan-mna", "donnee-nom",
     "Ahmad Zia, mineur non accompagné, attend toujours l'évaluation de sa minorité par le département."),
    ("genogramme", "donnee-nom", """Génogramme (description) :
- père : Karim, 45 ans, ne vit plus au domicile
- mère : Samira, 41 ans
- enfants : Ilyes (16), Lyna (12), Adam (7)"""),
    ("etapes-prenom-minuscule", "donnee-nom", """Étapes suivies :
- rdv avec la CPAM pour ouvrir les droits
- accompagnement physique de fatou à la pharmacie
- point avec l'infirmière la semaine suivante"""),
    ("citation-bloc-temoignage", "donnee-nom", """> « Avant, je n'avais personne à qui parler. Ici, au moins, on m'écoute. »
> — témoignage d'Ibrahima, 19 ans, hébergé au FJT"""),
    ("tableau-planning-prenoms", "donnee-nom", """| Jour | Activité | Jeunes inscrits |
|---|---|---|
| lundi | piscine | Moussa, Kylian |
| mardi | aide aux devoirs | Yanis, Jade |"""),
    ("surnoms-minuscules-local", "donnee-nom", """ce soir au local
la bande habituelle p'tit lu, dédé et le grand
discussion sur le concert, p'tit lu veut monter un groupe"""),
    ("contexte-comorien", "donnee-nom", """## Contexte

Mme Echati Mohamed et ses trois enfants sont arrivés de Mayotte en janvier.
Elle ne connaissait personne en métropole, à part une cousine à Marseille."""),
    ("residents-rose-pierre", "donnee-nom", """Atelier mémoire du jeudi :
Rose (la plus ancienne de la résidence) raconte le bal de 1956,
Pierre se souvient de la ferme de ses parents."""),
    ("entourage-tante", "donnee-nom", """Entourage :
- tante paternelle (Aminata Coulibaly), présente et soutenante
- voisine du dessus, garde les enfants le mercredi"""),
    ("dialogue-frere", "donnee-nom", """Extrait d'entretien :
— Et ton frère, il en pense quoi ?
— Nassim ? Il s'en fout, il est jamais là.
— Et ta mère ?"""),
    ("diminutif-russe", "donnee-nom", """Suivi individuel – point d'étape
Sacha (Aleksandr) a repris le lycée après trois mois d'absence.
Il dit que ça va mieux depuis que sa mère a retrouvé du travail."""),
    ("famille-vietnamienne", "donnee-nom", """## Situation de départ

M. et Mme Pham tiennent un petit restaurant ; leur fils Minh, 9 ans, reste seul le soir après l'école."""),
    ("nom-tamoul", "donnee-nom",
     "M. Sivakumar Tharmalingam travaille au noir en cuisine et n'ose pas demander ses fiches de paie."),
    ("nom-usage-mme", "donnee-nom",
     "Mme Lefebvre (née Da Silva) ne veut plus que ses enfants voient leur père sans tiers."),

    # ------------------------------------------------------------------
    # donnee-contact : phone numbers, e-mails, postal addresses of a person
    # ------------------------------------------------------------------
    ("tel-fiction-espaces", "donnee-telephone",
     "Tél de la mère : 06 39 98 12 47 (répond plutôt le soir)."),
    ("tel-plus33-whatsapp", "donnee-telephone",
     "Le jeune est joignable sur WhatsApp au +33 6 39 98 45 61, il n'a plus de forfait."),
    ("tel-colle-minuscules", "donnee-telephone",
     "numero de tatie 0639984520 si la mère décroche pas"),
    ("tel-chiffres-espaces", "donnee-telephone",
     "son portable c'est le 0 6 3 9 9 8 3 3 1 0, elle le donne à personne d'autre"),
    ("tel-maroc", "donnee-telephone",
     "Le père est reparti au Maroc ; le seul numéro qu'on a est le +212 6 61 23 45 78."),
    ("tel-cameroun-00", "donnee-telephone",
     "Numéro de l'oncle au pays : 00 237 6 77 12 34 56 (vérifier le décalage horaire avant d'appeler)."),
    ("tel-tableau-personne-a-prevenir", "donnee-telephone", """| Personne à prévenir | Lien | Téléphone |
|---|---|---|
| la tante | tante maternelle | 06 39 98 54 02 |"""),
    ("email-gmail", "donnee-courriel",
     "Elle préfère qu'on lui écrive sur lapetitefee59@gmail.com plutôt que par courrier."),
    ("email-en-toutes-lettres", "donnee-courriel",
     "mail de madame : samia point b arobase hotmail point fr (elle ne reçoit pas les courriers)"),
    ("email-espaces", "donnee-courriel",
     "adresse mail du jeune : jordan_du_69 @ yahoo . fr"),
    ("email-at-parentheses", "donnee-courriel",
     "Écrire à lea.m(at)laposte.net pour les convocations, elle ne relève plus sa boîte aux lettres."),
    ("email-majuscules", "donnee-courriel",
     "Courriel du père : MOUSSA.KANTE1978@OUTLOOK.FR"),
    ("adresse-complete", "donnee-adresse",
     "La famille vit au 12 rue des Glycines, 59000 Lille, au 4e sans ascenseur."),
    ("adresse-bis-batiment", "donnee-adresse",
     "il habite 3 bis impasse du Moulin bât C 3e étage porte 12 – interphone cassé appeler avant"),
    ("adresse-lieu-dit-sans-numero", "donnee-adresse",
     "Ils vivent au lieu-dit Les Granges, route de Saint-Jean, la seule maison avec une caravane dans la cour."),
    ("adresse-residence-appartement", "donnee-adresse",
     "Hébergée chez sa tante, résidence Les Tilleuls, appartement 45, à Vaulx-en-Velin."),
    ("adresse-yaml", "donnee-adresse", """---
titre: Visite à domicile en milieu rural
situation_type: "visite chez Mme R., 7 chemin des Pâtures, 23200 Aubusson"
---"""),
    ("coordonnees-liste", "donnee-telephone", """Coordonnées (à ne pas diffuser) :
- adresse : 48 avenue de la République, appt 203, 93100 Montreuil
- tél : 06 39 98 61 18"""),
    ("pseudo-snapchat", "donnee-adresse",
     "Il ne répond que sur Snap, son pseudo c'est mehdi_93_officiel, c'est là qu'on le joint."),
    ("tel-dans-citation", "donnee-telephone",
     "« Vous pouvez m'appeler au 06 39 98 20 84, mais pas avant midi, je dors » nous a dit le jeune."),
    ("adresse-hotel-chambre", "donnee-adresse",
     "La mère et les trois enfants sont à l'hôtel Le Relais, 21 boulevard Gambetta, chambre 114, depuis quatre mois."),
    ("adresse-minuscule-note", "donnee-adresse",
     "vad faite au 5 allée des peupliers 2e gauche logement très encombré odeur forte"),
    ("tel-liste-ce-qui-a-marche", "donnee-telephone", """## Ce qui a marché

- passer par la sœur aînée, plus facile à joindre (06 39 98 22 48, à ne pas diffuser)
- envoyer les convocations par SMS plutôt que par courrier"""),
    ("email-yaml", "donnee-courriel", """---
titre: Garder le lien avec un jeune après la sortie
contact_jeune: sami.elk@protonmail.com
---"""),
    ("adresse-vad", "donnee-adresse", """Compte rendu de VAD
Adresse : 7 cité des Acacias, escalier B, 93200 Saint-Denis
Logement : T2 pour six personnes, humidité, moisissures dans la chambre des enfants."""),
    ("tel-etape", "donnee-telephone", """## Étapes

1. Joindre la référente ASE pour l'informer.
2. Appeler le père (06 39 98 90 12) avant 18h.
3. Noter l'échange dans le dossier."""),
    ("email-lien-markdown", "donnee-courriel", """Pour transmettre les pièces, la jeune a donné son adresse :
[nour.hadj2007@gmail.com](mailto:nour.hadj2007@gmail.com)
(elle consulte rarement ses mails)"""),
    ("tel-tirets", "donnee-telephone",
     "Mère joignable au 06-39-98-31-75 uniquement le matin, elle travaille l'après-midi."),

    # ------------------------------------------------------------------
    # donnee-date : dates of birth, precise dates identifying a person
    # ------------------------------------------------------------------
    ("ddn-slash", "donnee-naissance",
     "Né le 14/03/2009 à Mantes-la-Jolie, placé depuis ses 6 ans."),
    ("ddn-lettres", "donnee-naissance",
     "La petite est née le 3 février 2021, prématurée à 31 semaines."),
    ("ddn-abrev-points", "donnee-naissance",
     "ddn 12.07.08 – scolarisé en 3e SEGPA"),
    ("ddn-iso-yaml", "donnee-naissance", """---
titre: Accueil d'urgence d'un mineur
cas: "garçon, date_de_naissance: 2010-05-21, arrivé un vendredi soir"
---"""),
    ("ddn-parenthese", "donnee-naissance",
     "Le jeune (17 ans, né le 30.04.2008) refuse toute orientation en foyer."),
    ("anniversaire-majorite", "donnee-naissance",
     "Il aura 18 ans le 24 décembre prochain et rien n'est prêt pour la suite."),
    ("formulaire-rempli", "donnee-naissance", """Fiche d'accueil remplie :
Nom : (retiré)
Date de naissance : 01/09/2012
Classe : CM2"""),
    ("dn-abrev", "donnee-naissance",
     "DN 09/09/1999 – AAH en cours, ressources = 0"),
    ("ddn-tableau", "donnee-naissance", """| Enfant | Né(e) le | Mode d'accueil |
|---|---|---|
| l'aîné | 17/06/2015 | famille d'accueil |
| la cadette | 02/11/2018 | pouponnière |"""),
    ("date-expulsion", "donnee-naissance",
     "Mme L. a été expulsée de son logement le 17 mars 2025 au matin, avec ses deux enfants."),
    ("date-hospitalisation", "donnee-naissance",
     "hospitalisée en psychiatrie le 02/11/2025 sous SDT sortie prévue fin du mois"),
    ("ddn-premier-janvier", "donnee-naissance",
     "Né le 1er janvier 2008 selon l'acte guinéen (date contestée par le département)."),
    ("ddn-mois-abrege", "donnee-naissance",
     "née le 5 oct. 2006 à Mamoudzou"),
    ("date-deces-parent", "donnee-naissance",
     "Le père est décédé le 8 août 2024 ; depuis, l'aîné ne va plus au lycée."),
    ("age-lieu-identifiant", "donnee-naissance",
     "Une jeune fille de 15 ans, seule élève sourde du collège de Saint-Flour, est victime de moqueries."),
    ("ddn-liste", "donnee-naissance", """Éléments de situation :
- jeune fille, née le 19 mai 2009
- scolarisée en 2de générale
- confiée à l'ASE depuis 2021"""),
    ("ddn-format-etranger", "donnee-naissance", """Documents reçus du consulat :
- acte de naissance (traduction jointe)
- DOB : 2011/06/03 selon le passeport"""),

    # ------------------------------------------------------------------
    # donnee-identifiant : NIR, IBAN, CAF/MDPH/ASE/PJJ/court/file numbers
    # ------------------------------------------------------------------
    ("nir-espaces", "donnee-nir",
     "N° de sécu de madame : 2 85 05 99 135 077 73, à recopier sur le dossier MDPH."),
    ("nir-colle", "donnee-nir",
     "NIR 104067511208704 – droits CSS ouverts jusqu'en juin"),
    ("nir-tableau", "donnee-nir", """| Démarche | Info utile |
|---|---|
| Complémentaire santé | NIR : 1 12 10 62 119 044 54 |
| Domiciliation | faite au CCAS |"""),
    ("iban-espaces", "donnee-iban",
     "RIB de la mère pour le versement de l'aide : FR76 1027 8060 9000 0205 4730 137"),
    ("iban-colle-minuscule", "donnee-iban",
     "iban FR7616958000013214569871206 transmis à la CAF pour l'ARS"),
    ("iban-allemand", "donnee-iban",
     "Le père verse la pension depuis son compte allemand (DE19 1203 0000 1063 8472 91)."),
    ("numero-allocataire-caf", "donnee-dossier",
     "N° allocataire CAF : 2345678 – RSA suspendu depuis octobre."),
    ("dossier-mdph", "donnee-dossier",
     "Dossier MDPH n° 075-2025-004512 déposé, réponse attendue sous 4 mois."),
    ("dossier-ase", "donnee-dossier",
     "réf. dossier ASE 2024/0387 (secteur Nord) – synthèse à prévoir"),
    ("identifiant-france-travail", "donnee-dossier",
     "Identifiant France Travail : 3127845K, inscrit en catégorie A depuis février."),
    ("mesure-pjj", "donnee-dossier",
     "Mesure PJJ n° 24/118 (MJIE) en cours, rapport à rendre au juge pour la fin du mois."),
    ("numero-rg", "donnee-dossier",
     "Jugement du JAF, RG n° 24/01532 : résidence des enfants fixée chez la mère."),
    ("numero-parquet", "donnee-dossier",
     "Plainte enregistrée sous le numéro de parquet 25123000456."),
    ("numero-ecrou", "donnee-dossier",
     "Le père est incarcéré à la maison d'arrêt, n° d'écrou 45821, permis de visite en cours."),
    ("dossier-dalo-liste", "donnee-dossier", """### Suivi DALO

- recours déposé, n° 093-2025-0456
- passage en commission prévu au printemps
- relancer la préfecture si pas de nouvelles"""),
    ("dossier-surendettement", "donnee-dossier",
     "dossier BDF surendettement n° 0123R456789 recevable moratoire 24 mois"),
    ("nir-note-cle", "donnee-nir",
     "secu 2071193066123 cle 66 ok"),
    ("identifiant-mission-locale", "donnee-dossier", """Infos administratives du jeune :
- n° i-milo : 1458203
- contrat d'engagement jeune signé
- allocation versée au début du mois"""),
    ("iban-belge", "donnee-iban",
     "La grand-mère envoie l'argent depuis la Belgique : BE60 0634 8123 0270."),
    ("attestation-caf-liste", "donnee-dossier", """Pièces à fournir (exemple rempli par une collègue) :
- attestation CAF (n° alloc. 0876543)
- justificatif de domicile
- RIB"""),
    ("nir-bebe-liste", "donnee-nir", """Ouverture des droits CSS :
1. récupérer l'attestation de droits
2. NIR du bébé : 2 25 03 75 114 512 41
3. envoyer le formulaire"""),
    ("iban-virement", "donnee-iban", """Pour le virement de l'aide exceptionnelle :
bénéficiaire : la mère
IBAN FR76 3000 3041 2000 0508 3927 175
montant : 150 €"""),
    ("dossier-tribunal-enfants", "donnee-dossier", """Référence à rappeler dans tous les courriers au tribunal :
tribunal pour enfants, dossier n° 224/00871, cabinet 4"""),
    ("nir-partiel-tirets", "donnee-nir",
     "numéro de sécurité sociale du père : 1-76-03-31-555-093-34"),
]

CLEAN = [
    # ------------------------------------------------------------------
    # front matter: authors and reviewers are practitioners (allowed)
    # ------------------------------------------------------------------
    ("yaml-auteurs", """---
titre: Accueillir un jeune au retour de fugue
auteurs:
  - nom: Claire Dubois
    fonction: éducatrice spécialisée, MECS
  - nom: Mamadou Sy
    fonction: chef de service
date_revision: 2025-11-04
---"""),
    ("yaml-relecteurs", """relecteurs:
  - nom: Hélène Marchetti
    role: assistante de service social
  - nom: Kevin Nguyen
    role: psychologue"""),
    ("yaml-public-ages", """---
titre: Préparer l'audience devant le juge des enfants
public: mineurs de 13 à 18 ans
auteurs:
  - nom: Julien Ferrand
mise_a_jour: 2026-01-15
---"""),
    ("yaml-mots-cles-eponymes", """---
titre: Repérer l'incurie chez une personne âgée
mots_cles: [syndrome de Diogène, maladie d'Alzheimer, isolement]
public: personnes de plus de 60 ans
---"""),
    ("signature-equipe", "Fiche rédigée par l'équipe du SAVS, relue par Nathalie Roche, psychologue du service."),

    # ------------------------------------------------------------------
    # institutions with person-like names, places as context
    # ------------------------------------------------------------------
    ("fondation-abbe-pierre", "La Fondation Abbé Pierre publie chaque année un rapport sur l'état du mal-logement en France."),
    ("institut-pasteur", "Le centre de vaccination de l'Institut Pasteur propose aussi des consultations du voyageur."),
    ("rue-victor-hugo-service", "L'accueil de jour se trouve 14 rue Victor Hugo, au rez-de-chaussée, ouvert du lundi au vendredi de 9h à 12h."),
    ("lycee-jean-moulin", "Les élèves du lycée Jean Moulin ont participé à une action de prévention sur le harcèlement."),
    ("maison-ados-metro", "Le rendez-vous est fixé à la Maison des adolescents, près du métro Louise Michel."),
    ("hopital-robert-debre", "En cas de crise, les jeunes sont orientés vers les urgences pédiatriques de l'hôpital Robert-Debré."),
    ("aurore-association", "Aurore, l'association, gère plusieurs centres d'hébergement en Île-de-France."),
    ("place-de-gaulle", "Le bus 38 s'arrête place Charles-de-Gaulle, à deux minutes du CMP."),
    ("villes-contexte", "À Marseille comme à Roubaix, les quartiers prioritaires concentrent les difficultés d'accès aux soins."),
    ("mayotte", "À Mayotte, l'accès à l'état civil est une difficulté majeure pour de nombreuses familles."),
    ("outre-mer", """## Outre-mer

À Saint-Martin, à Saint-Pierre-et-Miquelon ou à La Réunion, les dispositifs existent mais les délais diffèrent.
Se renseigner auprès de la caisse locale de sécurité sociale."""),
    ("tableau-etablissements", """| Établissement | Dispositif |
|---|---|
| Collège Louise Michel | ULIS |
| Lycée professionnel Marie Curie | 3e prépa-métiers |
| EREA Simone Veil | internat éducatif |"""),
    ("france-travail", "France Travail, la CAF et la CPAM se partagent l'instruction du dossier."),
    ("marianne", "La Marianne doit figurer sur les courriers de la préfecture : sinon, méfiance, c'est peut-être une arnaque."),
    ("etapes-institutions", """## Étapes

1. Prendre rendez-vous au CCAS de la mairie.
2. Constituer le dossier de domiciliation.
3. Orienter vers le Secours populaire ou les Restos du cœur pour l'aide alimentaire."""),

    # ------------------------------------------------------------------
    # authors, researchers, historical and public figures
    # ------------------------------------------------------------------
    ("carl-rogers", "Carl Rogers parlait de regard positif inconditionnel : accueillir la personne sans la juger."),
    ("paulo-freire", "Inspirée de Paulo Freire, la démarche part des savoirs des personnes plutôt que de ceux du professionnel."),
    ("saul-karsz", "Saül Karsz distingue trois figures de l'intervention sociale : la charité, la prise en charge et la prise en compte."),
    ("pierre-bourdieu", "Pierre Bourdieu a montré combien l'école reproduit les inégalités de départ."),
    ("winnicott-dolto", "Comme le disait Winnicott, un bébé seul, ça n'existe pas ; Françoise Dolto insistait, elle, sur la parole adressée à l'enfant."),
    ("cyrulnik", "La notion de résilience, popularisée en France par Boris Cyrulnik, est à manier avec prudence."),
    ("bibliographie", """## Pour aller plus loin

- Rogers, C. (1968). *Le développement de la personne*. Dunod.
- Castel, R. (1995). *Les métamorphoses de la question sociale*. Fayard.
- Paugam, S. (1991). *La disqualification sociale*. PUF."""),
    ("references-karsz-fustier", """## Références

- Karsz, S. *Pourquoi le travail social ?* Dunod.
- Fustier, P. *Le lien d'accompagnement*. Dunod.
- Rouzel, J. *Le transfert dans la relation éducative*. Dunod."""),
    ("wresinski", "Le père Joseph Wresinski, fondateur d'ATD Quart Monde, voulait que les plus pauvres soient reconnus comme partenaires."),
    ("korczak", "Janusz Korczak défendait déjà le droit de l'enfant au respect dans les années 1920."),
    ("deligny-oury", "Fernand Deligny et Jean Oury ont inspiré des pratiques où le cadre de vie compte autant que l'entretien."),
    ("henderson-maslow", "La grille des 14 besoins de Virginia Henderson reste utilisée en EHPAD, à côté de la pyramide de Maslow."),
    ("cnv-rosenberg", """### Outil : la communication non violente

Proposée par Marshall Rosenberg, elle tient en quatre temps :
1. Observer sans juger
2. Exprimer un sentiment
3. Identifier un besoin
4. Formuler une demande"""),
    ("victor-aveyron", "L'histoire de Victor de l'Aveyron, suivi par le docteur Itard, est souvent citée aux origines de l'éducation spécialisée."),
    ("abbe-pierre-coluche", "L'abbé Pierre avec Emmaüs, Coluche avec les Restos du cœur : deux fondateurs qui ont marqué l'histoire de la solidarité."),
    ("histoire-de-gaulle-anthonioz", """## Un peu d'histoire

Geneviève de Gaulle-Anthonioz a présidé ATD Quart Monde de 1964 à 1998.
Son engagement a pesé dans l'adoption de la loi d'orientation relative à la lutte contre les exclusions (1998)."""),
    ("defenseure-droits", "Claire Hédon, Défenseure des droits, a plusieurs fois rappelé l'obligation de scolariser tous les enfants, y compris ceux qui vivent en squat."),
    ("adrien-taquet", "Adrien Taquet, alors secrétaire d'État chargé de l'enfance et des familles, a porté la loi du 7 février 2022 relative à la protection des enfants."),
    ("juge-role", "Le juge des enfants peut ordonner une mesure d'assistance éducative en milieu ouvert (AEMO)."),
    ("procureur-role", "En cas de danger grave et immédiat, le signalement est adressé directement au procureur de la République."),

    # ------------------------------------------------------------------
    # capitalised common words that are also first names
    # ------------------------------------------------------------------
    ("rose-des-vents", "Rose des vents, photolangage, blason : trois outils pour ouvrir la parole en groupe."),
    ("pierre-angulaire", "Pierre angulaire de l'accompagnement, la confiance se construit dans la durée."),
    ("olive-atelier", "Olive, tomate, basilic : l'atelier cuisine part de ce que les participants ont dans leurs placards."),
    ("marin-metier", "Marin pêcheur, aide-soignant, cariste : les métiers présentés au forum ont été choisis par les jeunes eux-mêmes."),
    ("ange-gardien", "Ange gardien ou contrôleur ? Le référent doit clarifier sa place dès le premier entretien."),
    ("grace-a", "Grâce à la médiation, les deux familles ont accepté de se reparler."),
    ("patience-constance", "Patience et constance : il faut souvent plusieurs mois avant qu'une personne à la rue accepte une mise à l'abri."),
    ("claire-adjectif", "Claire et précise, la consigne doit tenir en une phrase."),
    ("colombe-fresque", "La colombe dessinée sur la fresque du foyer a été choisie par le groupe comme symbole du vivre-ensemble."),
    ("rose-epine-bourgeon", """- Rose : ce qui va bien cette semaine
- Épine : ce qui a été difficile
- Bourgeon : ce que j'ai envie d'essayer"""),
    ("prudence-patience-conseils", """## Conseils

Prudence avec les réseaux sociaux : on ne « demande » pas en ami un jeune accompagné.
Patience aussi : la confiance se gagne en mois, pas en jours."""),
    ("pere-noel", "Le Père Noël du comité d'entreprise passe le 20 décembre : prévoir un cadeau pour chaque enfant accueilli, sans distinction."),
    ("heading-majuscules", """# Accompagner une personne âgée en situation d'incurie

## Pourquoi cette fiche
Aide à domicile, infirmière libérale, voisin : chacun voit une partie du problème, personne ne voit tout."""),
    ("syndrome-diogene", "Le syndrome de Diogène n'est pas un diagnostic à poser soi-même : il faut passer par le médecin traitant."),

    # ------------------------------------------------------------------
    # laws, articles, forms, dates that are not dates of birth
    # ------------------------------------------------------------------
    ("loi-2022", "La loi du 7 février 2022 relative à la protection des enfants interdit, sauf exceptions, l'hébergement à l'hôtel des mineurs confiés à l'ASE."),
    ("premier-janvier", "Depuis le 1er janvier 2024, Pôle emploi s'appelle France Travail ; depuis le 1er janvier 2025, les allocataires du RSA y sont inscrits automatiquement."),
    ("article-casf", "L'article L. 226-2-1 du CASF prévoit la transmission des informations préoccupantes au président du conseil départemental."),
    ("article-226-13", "Le secret professionnel est protégé par l'article 226-13 du Code pénal ; sa violation est punie d'un an d'emprisonnement et de 15 000 € d'amende."),
    ("article-375", "L'article 375 du Code civil fonde l'intervention du juge des enfants lorsque la santé, la sécurité ou la moralité d'un mineur sont en danger."),
    ("loi-2002-2", "La loi n° 2002-2 du 2 janvier 2002 a instauré le livret d'accueil, le contrat de séjour et le conseil de la vie sociale."),
    ("cadre-legal-liste", """## Cadre légal

- Loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant
- Décret n° 2016-1476 du 28 octobre 2016 (évaluation des informations préoccupantes)
- Article L. 112-3 du CASF"""),
    ("tableau-lois-dates", """| Texte | Date | Ce qui change |
|---|---|---|
| Loi 2002-2 | 2 janvier 2002 | droits des usagers |
| Loi 2007-293 | 5 mars 2007 | protection de l'enfance |
| Loi 2016-297 | 14 mars 2016 | besoins de l'enfant |"""),
    ("cerfa-mdph", "La demande se fait sur le formulaire Cerfa n° 15692*01, accompagné d'un certificat médical de moins d'un an."),
    ("tableau-cerfa", """| Démarche | Formulaire |
|---|---|
| Demande MDPH | Cerfa 15692 |
| Demande de logement social | Cerfa 14069 |"""),
    ("journee-25-novembre", "Le 25 novembre, journée internationale pour l'élimination de la violence à l'égard des femmes, le CHRS organise une exposition."),
    ("date-version", "Version 2 de la fiche, mise à jour le 4 mars 2025 après le retour des équipes de nuit."),
    ("reperes-annee", """## Repères dans l'année

- 1er novembre : début de la trêve hivernale (pas d'expulsion jusqu'au 31 mars)
- 1er avril : revalorisation annuelle de certaines prestations
- fin août : versement de l'allocation de rentrée scolaire"""),
    ("fermeture-fetes", "Madame, Monsieur, nous vous informons que la permanence sera fermée du 24 décembre au 2 janvier."),
    ("programme-formation", """Programme de la journée de formation (12 mars 2026)
9h : accueil
9h30 : le secret partagé, articles L. 121-6-2 et L. 226-2-2 du CASF
14h : études de cas anonymisées"""),
    ("cvs-compte-rendu", """### Compte rendu du CVS (extrait)

Présents : deux représentants des résidents, un représentant des familles, la directrice.
Points abordés : menus, horaires des visites, sortie d'été.
Prochain CVS : le 14 avril 2026."""),

    # ------------------------------------------------------------------
    # identifiers of organisations, formats explained, placeholders
    # ------------------------------------------------------------------
    ("siret-asso", "Association Le Fil Rouge – SIRET 812 345 676 00017 – agréée pour la domiciliation."),
    ("finess", "Numéro FINESS de l'établissement : 690012345, à reporter sur les factures."),
    ("nir-explication", "Le NIR se compose de 13 chiffres suivis d'une clé de 2 chiffres : sexe, année et mois de naissance, département, commune, numéro d'ordre."),
    ("iban-placeholder", "Joindre un RIB au nom de la personne (IBAN au format FR76 XXXX XXXX …), jamais celui d'un tiers."),
    ("tel-placeholder", "Noter le numéro sous la forme 06 XX XX XX XX dans le logiciel, pas sur papier libre."),
    ("formulaire-vierge", """Modèle de fiche d'accueil (à remplir dans le logiciel, jamais ici) :

Nom : ..................  Prénom : ..................
Date de naissance : __/__/____
N° de sécurité sociale : _ __ __ __ ___ ___ __"""),
    ("monsieur-x", "Monsieur X, hébergé depuis six mois, souhaite reprendre contact avec ses enfants : comment l'y aider ?"),
    ("badges-prenoms", "Chaque participant écrit son prénom sur un badge ; les badges sont détruits à la fin de la séance."),
    ("lettre-type", """Modèle de courrier :

Madame, Monsieur,
Je sollicite par la présente un rendez-vous afin de faire le point sur ma demande de logement.
Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
[Signature]"""),

    # ------------------------------------------------------------------
    # helplines, service phone numbers, addresses and mailboxes
    # ------------------------------------------------------------------
    ("numeros-nationaux", """## Numéros utiles

- 119 : Allô enfance en danger (24h/24, gratuit)
- 3114 : numéro national de prévention du suicide
- 115 : SAMU social, hébergement d'urgence
- 3919 : Violences Femmes Info"""),
    ("tableau-numeros", """| Besoin | Numéro | Horaires |
|---|---|---|
| Enfant en danger | 119 | 24h/24 |
| Idées suicidaires | 3114 | 24h/24 |
| Hébergement d'urgence | 115 | 24h/24 |"""),
    ("fil-sante-jeunes", "Fil Santé Jeunes répond anonymement et gratuitement au 0 800 235 236."),
    ("drogues-info", "Drogues Info Service : 0 800 23 13 13, appel anonyme et gratuit, 7 jours sur 7."),
    ("sos-amitie", "SOS Amitié écoute 24h/24 au 09 72 39 40 50."),
    ("3977-3018", "Le 3977 (maltraitance des personnes âgées et des adultes handicapés) et le 3018 (harcèlement et cyberharcèlement) sont gratuits."),
    ("standard-service", "Standard du service : 01 99 00 45 00 (du lundi au vendredi, 9h-17h), en dehors de ces horaires composer le 115."),
    ("contact-equipe", """### Contacter l'équipe

Service d'accueil de jour – 22 rue Jean Jaurès
Tél. : 01 99 00 38 20
Courriel : accueil@sajour-exemple.org"""),
    ("astreinte-etapes", """## Étapes

1. En cas d'urgence la nuit, appeler le cadre d'astreinte au 01 99 00 45 99.
2. Si un mineur est en danger, appeler aussi le 119 ou le 17."""),
    ("tableau-services-adresses", """| Lieu | Adresse | Téléphone |
|---|---|---|
| CCAS | 1 place de l'Hôtel de Ville | 01 99 00 10 00 |
| PMI Nord | 8 rue Louis Pasteur | 01 99 00 10 20 |"""),
    ("point-acces-droit", "Permanence juridique gratuite au point d'accès au droit, 3 place de la Mairie, le premier mardi du mois."),
    ("email-service", "Pour toute question sur la fiche, écrire à contact@relais-exemple.fr ou à l'adresse générique de votre équipe."),
    ("email-crip", "Les informations préoccupantes sont transmises à la CRIP par le formulaire dédié ou à l'adresse crip@departement-exemple.fr."),
    ("url-service-public", "Les démarches sont expliquées sur https://www.service-public.fr (rubrique Social - Santé)."),

    # ------------------------------------------------------------------
    # generic situations, ages in general, statistics, roles, notes
    # ------------------------------------------------------------------
    ("roles-professionnels", """## Qui fait quoi

- l'éducatrice référente : prépare l'entretien avec le jeune
- la CESF : fait le point sur le budget
- le chef de service : valide le projet et signe le courrier"""),
    ("exemple-generique", """## Exemple

Un jeune de 17 ans arrive un vendredi soir, sans affaires, après une dispute avec son beau-père.
Il refuse de donner le numéro de sa mère. L'éducateur de permanence commence par proposer un repas."""),
    ("exemple-mere-hotel", """Exemple : une mère seule, la trentaine, trois enfants de 2 à 9 ans, hébergée à l'hôtel par le 115.
Elle demande surtout une solution pour laver le linge. On commence par là."""),
    ("situation-type-formation", """Situation type (inventée pour la formation) :
une adolescente de 15 ans, deuxième d'une fratrie de quatre, déscolarisée depuis la rentrée,
vit avec sa mère et le compagnon de celle-ci dans un T3."""),
    ("contexte-generique", """## Contexte

Cette fiche est née de plusieurs situations vécues en MECS : des adolescentes qui fuguaient le week-end
et revenaient le lundi sans rien dire. L'équipe a cherché comment les accueillir au retour sans les sanctionner."""),
    ("etapes-generiques", """## Étapes

1. Accueillir la personne, proposer un café.
2. Lui demander ce qui l'amène, avec ses mots.
3. Reformuler, vérifier qu'on a bien compris.
4. Convenir ensemble de la suite."""),
    ("ages-cej", "Le contrat d'engagement jeune s'adresse aux jeunes de 16 à 25 ans (jusqu'à 29 ans en situation de handicap)."),
    ("ages-pmi", "Les consultations de PMI suivent les enfants de 0 à 6 ans ; le bilan de santé en école maternelle a lieu vers 3-4 ans."),
    ("apa-60-ans", "À partir de 60 ans, une personne peut demander l'APA si elle est évaluée en GIR 1 à 4."),
    ("statistique-insee", "Selon l'INSEE, environ un quart des personnes sans domicile nées en France ont été placées dans l'enfance."),
    ("statistique-service", "Sur 40 ménages accompagnés en 2024, 28 ont accédé à un logement pérenne, soit 70 %."),
    ("tableau-statistiques", """| Année | Ménages accompagnés | Relogés |
|---|---|---|
| 2023 | 52 | 31 |
| 2024 | 61 | 40 |"""),
    ("note-minuscule-sans-nom", "vu le jeune ce matin dit avoir dormi dehors samedi à revoir jeudi avec la cesf"),
    ("notes-abreviations", "rdv cmp ok orientation hdj à voir mais attendre l'avis du pédopsy avant synthèse"),
    ("notes-reunion-partenaires", """notes réunion partenaires
présents : as collège, infirmière scolaire, éduc aemo, cpe
décision : on propose une rencontre avec les parents avant les vacances"""),
    ("notes-nuit-anonymes", """notes équipe de nuit (extrait anonymisé)
22h ronde ok
23h30 un jeune réveillé, cauchemar, discussion 20 min
2h RAS"""),
    ("maraude-sans-nom", """maraude du 3
- 4 personnes rencontrées sous le pont, dont un couple avec un chien
- café, soupe, duvets
- 1 orientation vers l'accueil de jour"""),
    ("citation-sans-nom", "« Je veux juste qu'on m'écoute, pas qu'on décide pour moi » : cette phrase d'une jeune femme accueillie a guidé l'écriture de la fiche."),
    ("citation-devise", """> « On ne fait pas pour les gens, on fait avec eux. »
> — devise reprise dans de nombreuses formations en travail social"""),
    ("sources-institutions", """## Sources

- Haute Autorité de santé, recommandations sur l'accueil des mineurs.
- Défenseur des droits, rapport annuel consacré aux droits de l'enfant.
- Échanges avec l'équipe d'une ADSEA, novembre 2025."""),
]

DEBATABLE = [
    ("initiale-age", "M., 15 ans, a mis trois mois à accepter de parler de ce qui se passait à la maison.",
     "Initial + age: commonly used to anonymise; identifying only with more context."),
    ("prenom-modifie", "Adam (le prénom a été modifié) a fini par accepter l'orientation en ITEP.",
     "Declared pseudonym: not the real first name, but a checker cannot verify that."),
    ("prenom-fictif-declare", "Prenons l'exemple (fictif) de Julie, 16 ans, qui ne vient plus au collège depuis la rentrée.",
     "Invented example carrying a first name; harmless if truly fictional, but indistinguishable from a real case."),
    ("chronologie-sans-nom", """Historique de la mesure
- 14/09/2023 : information préoccupante du collège
- 02/10/2023 : évaluation à domicile
- 18/12/2023 : saisine du juge""",
     "No name, but the precise chronology of one case could let an insider identify the family."),
    ("date-audience", "Audience chez le juge des enfants le 12 janvier 2026 à 14h : préparer avec la jeune ce qu'elle veut dire.",
     "Precise date of one person's hearing; identifying only with court-side knowledge."),
    ("lieu-de-vie-rue", """maraude 21h
- monsieur toujours sous le porche du 15 rue Pasteur
- couverture donnée, refuse le 115""",
     "Where a homeless man sleeps: is a street number his 'address'? Identifying locally."),
    ("collegue-prenom", "Comme le dit souvent Sophie, notre cheffe de service, « on ne lâche pas un jeune un vendredi soir ».",
     "Name of a colleague, not of a person accompanied; outside the scope of professional secrecy but still a name in the body."),
    ("assistante-familiale-nommee", "L'enfant est accueilli chez Mme Roussel, assistante familiale, depuis deux ans.",
     "Professional, but naming the foster carer reveals where a child lives."),
    ("interprete-portable", "L'interprète en dari, Mme Haddad, est joignable sur son portable : 06 39 98 66 03.",
     "Personal mobile of a professional, not of a person accompanied."),
    ("portable-pro-educateur", "L'éducateur de permanence est joignable au 06 39 98 00 11 (portable du service).",
     "Service mobile phone: like a switchboard, but a mobile number."),
    ("affaire-publique", "L'affaire Marina, en 2009, a conduit à s'interroger sur le repérage des maltraitances par l'école.",
     "Name of a real child victim from a publicly reported case; public, but still a person's name."),
    ("mois-annee-naissance", "Né en mai 2008 en Guinée, arrivé en France à 15 ans.",
     "Month and year of birth, not full date; partial identifier."),
    ("communaute-village", "C'est la seule famille tchétchène du village, tout le monde sait qui ils sont.",
     "No name nor age, but the description identifies one household in a small place."),
    ("initiales-village", "A. R., 12 ans, du hameau de La Combe (une trentaine d'habitants), est déscolarisé depuis un an.",
     "Initials plus a tiny hamlet and an age: probably identifying, but made of anonymising devices."),
]
