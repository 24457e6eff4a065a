"""Held-out evaluation set for the personal-data checker of Relier practice sheets.

(Team's note: measured once on the detector of main at 4553e54 — recall 66.1 %, false alarms
15.2 % — and once after the changes made on hors_echantillon_1.py — 71.4 %, 8.9 % —; not used to
change the detector. tests/test_safety.py holds the figures after.)

Written on 2026-12-07 by a helper that saw neither the detector nor its test
cases. Every person accompanied named here is fictitious (names, dates,
addresses, phone numbers, e-mails, NIR, IBAN and file numbers were invented;
NIR keys and IBAN check digits were computed with python-stdnum so that they
are valid). Phone numbers are made up, several in ranges reserved for fiction.
Meant to be used once, for a final measure, not for tuning.

FLAG      : (kind, code, text)  texts that MUST be flagged with `code`.
CLEAN     : (kind, text)        texts that must NOT be flagged.
DEBATABLE : (kind, text, why)   left out of both lists.
"""

FLAG = [
    # ------------------------------------------------------------------
    # donnee-nom : people accompanied and their family members
    # ------------------------------------------------------------------
    ("prenom-ado-contexte", "donnee-nom", """## Contexte

Cette fiche est née d'une situation vécue au foyer : Inès, 15 ans, avait fugué deux fois depuis la rentrée.
L'équipe s'est demandé comment l'accueillir au retour sans la sanctionner ni banaliser.
Les étapes ci-dessous en sont issues."""),
    ("nom-complet-adulte", "donnee-nom",
     "Rencontre avec M. Mamadou Diallo pour préparer son dossier de demande de logement social."),
    ("bebe-prenom", "donnee-nom",
     "Le petit Gabin (3 mois) ne prend pas bien le biberon, la puéricultrice de PMI a été alertée."),
    ("nom-complet-aine", "donnee-nom",
     "Mme Germaine Lefort, 92 ans, refuse désormais l'aide à la toilette le matin."),
    ("surnom-guillemets", "donnee-nom",
     "« Momo » (c'est comme ça que tout le monde l'appelle au foyer) a repris le chemin du CFA."),
    ("prenom-minuscule-note", "donnee-nom",
     "vu kevin ce matin, il dit qu'il a dormi dehors samedi, à revoir jeudi avec la CESF"),
    ("prenom-gras-liste", "donnee-nom", """## Déroulement

1. Accueil du groupe autour d'un café.
2. **Sofiane** présente le tableau qu'il a peint pendant la semaine.
3. Échange libre, puis rangement collectif."""),
    ("prenom-italique", "donnee-nom",
     "Exemple vécu : *Maëlys* a mis trois semaines avant d'oser entrer dans la salle de jeux."),
    ("prenoms-parentheses", "donnee-nom",
     "Les deux enfants accueillis cette semaine (Eliott et Nour) ont chacun choisi une plante pour le potager."),
    ("prenom-tableau", "donnee-nom", """| Prénom | Âge | Objectif du trimestre |
|---|---|---|
| Zeynep | 9 ans | Lire seule un album court |
| (à compléter) | | |"""),
    ("nom-vietnamien", "donnee-nom",
     "Mme Nguyen Thi Lan souhaite que l'interprète soit présent à chaque rendez-vous."),
    ("prenom-ukrainien", "donnee-nom",
     "Oleksandr est arrivé de Kharkiv en 2022 avec sa mère ; il parle déjà bien français."),
    ("pere-rapport", "donnee-nom", """Rapport d'échéance (extrait)
Le père, Jean-Claude Mercier, n'a plus donné de nouvelles depuis l'audience de mars.
Les visites médiatisées prévues ont été annulées.
L'enfant en parle peu, mais demande souvent « quand papa revient »."""),
    ("prenom-mot-commun-rose", "donnee-nom",
     "Rose a de nouveau refusé de prendre son traitement ce soir, l'infirmière de nuit a tracé le refus."),
    ("nom-mot-commun-petit", "donnee-nom",
     "Mme Petit nous a appelés : son fils ne veut plus aller au collège depuis les vacances."),
    ("prenom-echange-cite", "donnee-nom", """> — Tu veux qu'on en parle maintenant ?
> — Non. Pas devant les autres.
>
> (échange avec Yanis, dans le couloir, après le repas)

On peut retenir que le moment choisi compte autant que la question."""),
    ("prenom-compte-rendu", "donnee-nom", """**Compte rendu — synthèse du 4 février**

Présents : éducatrice référente, psychologue, cheffe de service.
- Situation de Fatoumata : la scolarité reprend, l'assistante familiale note moins de cauchemars.
- Prochaine étape : préparer l'audience avec le juge des enfants."""),
    ("surnom-repete", "donnee-nom",
     "On l'appelle « Titi » depuis qu'il est petit ; Titi a maintenant 17 ans et prépare son CAP."),
    ("nom-complet-maghrebin", "donnee-nom",
     "Aïcha Benali est hébergée depuis mars ; elle attend une réponse du SIAO."),
    ("aidante-nom-complet", "donnee-nom",
     "Rosa Ferreira, aidante de son mari, s'épuise : la plateforme de répit lui a proposé deux après-midis."),
    ("frere-interprete", "donnee-nom",
     "Le fils aîné de la famille, Baran, sert d'interprète à ses parents, ce qui n'est pas souhaitable."),
    ("sortant-detention-liste", "donnee-nom", """Sortie de détention : préparer en amont
1. Contact avec le SPIP trois mois avant la date prévue.
2. Exemple : pour Dragan Jovanović, la demande de place en CHRS a été faite trop tard et il est sorti sans solution.
3. Ouvrir les droits (RSA, CSS) avant la sortie."""),
    ("prenom-comorien", "donnee-nom",
     "Nadjati, 13 ans, est confiée à sa tante depuis l'été."),
    ("nom-famille-vigilance", "donnee-nom", """Points de vigilance
- La famille Stoica vit en caravane sur un terrain non aménagé ; l'accès à l'eau est irrégulier.
- Scolarisation : penser à l'inscription auprès de la mairie, même sans domiciliation.
- Interprète roumain à prévoir."""),
    ("nom-chinois", "donnee-nom",
     "Wang Lei, 19 ans, est inquiet pour le renouvellement de son titre de séjour étudiant."),
    ("resident-tableau", "donnee-nom", """| Résident | Chambre | Remarque |
|---|---|---|
| M. Le Goff | 114 | ne reconnaît plus sa fille lors des visites |"""),
    ("prenom-minuscule-liste", "donnee-nom", """Notes rapides (à ne pas garder telles quelles) :
- appeler le collège
- ramener les papiers de lucas à l'accueil
- commander les fournitures"""),
    ("surnom-doudou", "donnee-nom",
     "Doudou (son surnom au quartier) a été orienté vers la mission locale après son exclusion du lycée."),
    ("prenom-enfant-ecole", "donnee-nom",
     "Tiago a tapé un camarade à la récré, puis s'est caché sous la table : il a fallu vingt minutes pour le rassurer."),
    ("prenom-mot-commun-jade", "donnee-nom",
     "Jade et sa petite sœur sont accueillies à la pouponnière en urgence."),
    ("bebe-naissance-prenom", "donnee-nom",
     "Naissance d'Adam en maternité : la mère souhaite un accompagnement en centre parental."),
    ("nom-majuscules", "donnee-nom",
     "Orientation : DUPUIS Laura, 17 ans, vers le contrat d'engagement jeune."),
    ("grand-mere-audience", "donnee-nom", """Déroulement de l'audience (retour d'expérience)
Le juge a d'abord entendu la jeune seule, puis sa grand-mère, Mme Odette Garnier, qui demande la délégation d'autorité parentale.
L'éducatrice a lu la note de situation ; l'avocat de la mère a demandé un renvoi.
Décision mise en délibéré à trois semaines."""),
    ("enfant-et-mere", "donnee-nom",
     "La maman de Noé, Samira, vient le chercher le mercredi à la sortie de l'accueil de loisirs."),
    ("prenom-gras-tableau", "donnee-nom", """| Jour | Visite | Observations |
|---|---|---|
| lundi | médiatisée | Le père arrive en retard, s'excuse auprès de **Lina**. |
| jeudi | annulée | Le père ne s'est pas présenté. |"""),
    ("prenom-vigilance", "donnee-nom", """### Points de vigilance

- Ne jamais laisser la porte du bureau ouverte pendant l'entretien.
- Penser à vérifier que Mathis a bien pris son goûter avant l'atelier (diabète).
- Prévenir l'équipe de nuit en cas de changement de chambre."""),
    ("nom-ivoirien", "donnee-nom",
     "M. Kouassi N'Guessan a obtenu son CAP cuisine après deux ans en ESAT."),
    ("surnom-residente", "donnee-nom", """Animation chant — ce qui a marché
On installe le piano dans le salon à 15 h. « Mamie Jo », comme l'appellent les autres résidents, lance souvent la première chanson.
Le groupe suit ; certains résidents qui ne parlent plus fredonnent.
Prévoir des carnets de chansons en gros caractères."""),
    ("prenom-minuscule-transmissions", "donnee-nom", """Transmissions de l'après-midi :
- unité protégée calme jusqu'à 16 h ;
- marie-thérèse déambule beaucoup en fin de journée, syndrome crépusculaire probable ;
- goûter pris par tous les résidents."""),
    ("prenom-synthese-csapa", "donnee-nom", """**Synthèse CSAPA — jeudi**
- Bilal a rechuté après trois mois d'abstinence.
- Il demande lui-même un rendez-vous avec le médecin addictologue.
- Orientation vers le groupe de parole du mardi proposée."""),
    ("prenom-anglophone", "donnee-nom", """### Orientation

Lorsqu'une situation de traite est suspectée, orienter vers une association spécialisée.
Ce fut le cas pour Precious, orientée en urgence vers le dispositif Ac.Sé après un entretien à la PASS.
Ne pas confronter la personne à ses exploiteurs présumés."""),
    ("prenom-mot-commun-ange", "donnee-nom",
     "Ange, 8 ans, a dessiné sa maison sans porte ni fenêtre."),
    ("prenom-minuscule-budget", "donnee-nom",
     "on a revu avec malik le budget du mois, il reste 40 € pour finir la semaine"),
    ("nom-famille-pluriel", "donnee-nom",
     "Les Moreau ont encore reporté le rendez-vous avec l'assistante sociale de secteur."),
    ("prenom-homonyme-auteur", "donnee-nom",
     "Comme le dit *Hugo* lui-même en entretien : « ici, au moins, on me croit »."),
    ("prenom-petite-enfance", "donnee-nom",
     "Capucine (4 ans) répète les gestes du soin sur sa poupée, cela mérite d'être évoqué avec la psychologue."),
    ("prenom-homonyme-historique", "donnee-nom",
     "Massinissa s'est inscrit au club de foot du quartier, une vraie réussite pour lui."),
    ("frere-visite-domicile", "donnee-nom", """**Déroulement de la visite à domicile**

Arrivée à 14 h. Le logement est propre mais très froid (chauffage coupé).
Le frère aîné, Kylian, est présent et répond à la place de sa mère.
Nous convenons d'un nouveau rendez-vous au service, sans lui."""),
    ("nom-complet-veuve", "donnee-nom",
     "Esther Cohen, 76 ans, vit seule depuis le décès de son mari et ne sort plus."),
    ("prenom-turc", "donnee-nom",
     "Le jeune Emre a été exclu trois jours du collège ; la famille conteste la sanction."),
    ("prenom-homonyme-philosophe", "donnee-nom",
     "Axel ne supporte pas le bruit de la cantine ; on lui a proposé un casque anti-bruit."),
    ("surnom-quartier", "donnee-nom",
     "il se fait appeler « le Kaïd » dans la cité, et ce surnom le protège autant qu'il l'enferme"),
    ("prenom-dialogue", "donnee-nom", """Extrait d'entretien (reformulé) :

— Éducatrice : Qu'est-ce qui a changé depuis ton arrivée ?
— Awa : Je dors mieux. Et j'ai une clé, ma clé à moi.

L'objet « clé » devient ici un support de travail sur l'intimité."""),

    # ------------------------------------------------------------------
    # donnee-naissance
    # ------------------------------------------------------------------
    ("ddn-fiche-admission", "donnee-naissance", """Fiche d'admission (modèle rempli par erreur) :
Nom : —
Née le : 14/03/2011 à Rennes
Mesure : placement judiciaire"""),
    ("ddn-bebe-accouchement", "donnee-naissance",
     "La mère a accouché le 2 février 2025 ; l'enfant est né à 34 semaines et reste en néonatologie."),
    ("ddn-abrege-ehpad", "donnee-naissance",
     "DDN : 05.07.1948 — GIR 3 — entrée en EHPAD prévue à l'automne."),
    ("ddn-tableau", "donnee-naissance", """| Champ | Valeur |
|---|---|
| Date de naissance | 30 octobre 1987 |
| Situation | hébergé en CHRS |"""),
    ("ddn-parenthese", "donnee-naissance",
     "Le monsieur que nous accompagnons (né le 1er avril 1961) vient d'obtenir sa retraite anticipée."),
    ("ddn-synthese-liste", "donnee-naissance", """Synthèse de l'admission
- Orientation : MDPH, notification IME
- L'enfant, né le 19 septembre 2016, a déjà connu deux établissements.
- Transport : taxi conventionné"""),
    ("ddn-anniversaire-recompose", "donnee-naissance",
     "Anniversaire du résident le 22/12 : il aura 80 ans (né en 1946), prévoir un gâteau sans sucre."),
    ("ddn-mna-contestee", "donnee-naissance",
     "Mineure déclarée née le 01/01/2008 selon son acte de naissance guinéen, âge contesté par le département."),

    # ------------------------------------------------------------------
    # donnee-adresse
    # ------------------------------------------------------------------
    ("adresse-rue-ville", "donnee-adresse",
     "La jeune vit chez sa mère au 14 rue des Tanneurs, 59000 Lille, au troisième étage sans ascenseur."),
    ("adresse-lieu-dit", "donnee-adresse",
     "Le couple habite au lieu-dit La Croix-Blanche, 23200 Aubusson, à 12 km du premier commerce."),
    ("adresse-hotel-chambre", "donnee-adresse", """Hébergement hôtelier
La famille est à l'hôtel Le Relais, 8 avenue de la Gare à Bobigny, chambre 12, depuis six mois.
Pas de cuisine : repas au micro-ondes dans la chambre.
Le 115 renouvelle la prise en charge chaque semaine."""),
    ("adresse-campement", "donnee-adresse",
     "Campement sous le pont, quai de la Loire, à hauteur du n° 36 (Paris 19e) : cinq tentes au dernier passage de la maraude."),
    ("adresse-vad-bloc", "donnee-adresse", """### Visite à domicile

Adresse : 3 impasse des Lilas, bâtiment B, appartement 21, 69200 Vénissieux.
Prévoir de passer par l'interphone du gardien.
Durée : 1 h environ."""),
    ("adresse-voiture-parking", "donnee-adresse",
     "Monsieur dort dans sa voiture, garée tous les soirs sur le parking du 12 allée des Peupliers à Hérouville-Saint-Clair."),
    ("adresse-chez-oncle", "donnee-adresse",
     "Elle est domiciliée chez son oncle, 27 bis chemin de la Fontaine, 13013 Marseille."),
    ("adresse-rue-nom-propre", "donnee-adresse",
     "Il loue une chambre meublée au 5 rue Pasteur, 2e étage, à Saint-Brieuc."),
    ("adresse-minuscule", "donnee-adresse",
     "maintenant il vit au 2 lieu-dit les granges, 87120 eymoutiers, chez un ami"),

    # ------------------------------------------------------------------
    # donnee-telephone
    # ------------------------------------------------------------------
    ("tel-liste-a-faire", "donnee-telephone", """À faire avant vendredi :
- rappeler la maman au 06 39 98 12 47 (après 18 h) ;
- envoyer le compte rendu à l'inspectrice ;
- réserver la salle de visite."""),
    ("tel-points", "donnee-telephone",
     "Le jeune a donné son numéro perso, 07.81.22.45.90, pour qu'on le prévienne des horaires."),
    ("tel-international-fr", "donnee-telephone",
     "Joindre le grand-père au +33 6 12 48 79 30 ; il parle peu français, privilégier les SMS."),
    ("tel-tableau-colle", "donnee-telephone", """| Contact | Numéro |
|---|---|
| Père (portable) | 0612457890 |
| Collège, vie scolaire | voir le site de l'établissement |"""),
    ("tel-fixe-domicile", "donnee-telephone",
     "Téléphone fixe au domicile de la dame : 04 75 61 22 38, elle ne décroche pas toujours."),
    ("tel-etranger", "donnee-telephone",
     "Numéro WhatsApp de la famille restée au Sénégal : +221 77 645 12 38."),
    ("tel-tirets-informel", "donnee-telephone",
     "il a changé de numéro, le nouveau c'est le 06-45-31-08-72, noté sur le cahier de liaison"),
    ("tel-0033", "donnee-telephone",
     "En cas d'absence, laisser un message à sa sœur au 0033 7 55 23 18 46."),

    # ------------------------------------------------------------------
    # donnee-courriel
    # ------------------------------------------------------------------
    ("mail-simple", "donnee-courriel",
     "La jeune souhaite recevoir ses convocations sur lea.martin2009@gmail.com."),
    ("mail-deguise-crochets", "donnee-courriel",
     "Adresse mail du père : karim.b [at] orange [point] fr"),
    ("mail-deguise-arobase", "donnee-courriel",
     "écrire à sousou93 arobase hotmail point fr si le téléphone ne répond pas"),
    ("mail-deguise-parentheses", "donnee-courriel",
     "Courriel personnel de la résidente : m.dupuis(at)laposte.net — sa fille relève les messages."),
    ("mail-liste", "donnee-courriel", """Pour le suivi des démarches :
- courriel du monsieur : jp.vasseur62@yahoo.fr
- il préfère qu'on lui écrive plutôt qu'on l'appelle."""),
    ("mail-pseudo-ado", "donnee-courriel",
     "Le jeune a créé une adresse pour ses candidatures : darkangel_du_77@outlook.fr (à changer, cf. atelier CV)."),
    ("mail-deguise-dot", "donnee-courriel",
     "La maman a transmis son mail : fatou dot sow at gmail dot com"),
    ("mail-tutrice-bloc", "donnee-courriel", """Mesure de protection
Tutelle familiale exercée par la nièce de la résidente.
Mail de la tutrice : nathalie.roche1975@free.fr
Les factures lui sont envoyées chaque mois."""),

    # ------------------------------------------------------------------
    # donnee-nir
    # ------------------------------------------------------------------
    ("nir-espaces", "donnee-nir",
     "N° de sécurité sociale de la dame : 2 87 04 69 123 045 94"),
    ("nir-colle", "donnee-nir",
     "NIR : 192051305511205 (à vérifier avec l'attestation de droits)."),
    ("nir-secu-familier", "donnee-nir",
     "Numéro de sécu du monsieur : 1 56 12 33 063 024 25, carte Vitale perdue."),
    ("nir-tableau", "donnee-nir", """| Pièce | Statut | Référence |
|---|---|---|
| Carte Vitale | reçue | 2 99 10 99 352 018 97 |
| Attestation CSS | en attente | — |"""),
    ("nir-phrase", "donnee-nir",
     "Son numéro d'assuré, 174013818509350, figure sur le courrier de la CPAM laissé au bureau."),
    ("nir-tirets", "donnee-nir",
     "n° SS 2-06-02-59-350-131-24 relevé sur l'attestation de l'enfant"),
    ("nir-liste-etapes", "donnee-nir", """Ouverture des droits
1. Récupérer l'attestation de la CPAM.
2. Vérifier le numéro : 1 88 11 92 050 077 95.
3. Demander la complémentaire santé solidaire."""),
    ("nir-pharmacie", "donnee-nir",
     "NIR de la résidente, 245063155524838, transmis à la pharmacie pour le tiers payant."),

    # ------------------------------------------------------------------
    # donnee-iban
    # ------------------------------------------------------------------
    ("iban-groupes", "donnee-iban",
     "RIB du monsieur pour le virement de l'aide : FR76 1027 8060 7600 0204 5810 130."),
    ("iban-colle", "donnee-iban",
     "IBAN de la mère : FR7630003012340005123456740 — l'aide financière jeune majeur y sera versée."),
    ("iban-liste-commission", "donnee-iban", """Aide d'urgence accordée (commission du mardi) :
- montant : 150 €
- versement sur le compte de la personne, IBAN FR76 1751 5900 0008 0001 2345 636
- justificatifs à conserver 3 ans"""),
    ("iban-livret", "donnee-iban",
     "Le jeune a ouvert un compte, IBAN FR7616606100640013539343253, pour y déposer son pécule."),
    ("iban-lettre-postale", "donnee-iban",
     "Compte postal de la résidente : FR14 2004 1010 0505 0001 3M02 606 (prélèvement des frais d'hébergement)."),
    ("iban-allemand", "donnee-iban",
     "Pension versée par son ancien employeur allemand sur DE12 5001 0517 0648 4898 90."),
    ("iban-minuscule", "donnee-iban",
     "iban de la dame fr76 1254 8029 9898 7654 3210 921, à saisir dans le logiciel pour l'allocation"),
    ("iban-tableau", "donnee-iban", """| Bénéficiaire | Banque | IBAN |
|---|---|---|
| la famille hébergée | Caisse d'épargne | FR7614505000010412345678970 |"""),

    # ------------------------------------------------------------------
    # donnee-dossier
    # ------------------------------------------------------------------
    ("dossier-caf", "donnee-dossier",
     "Numéro allocataire CAF de la famille : 2745813, à rappeler lors de tout contact avec la caisse."),
    ("dossier-france-travail", "donnee-dossier",
     "Identifiant France Travail du jeune : 3456789K (inscription faite le 2 mai)."),
    ("dossier-mdph", "donnee-dossier",
     "Dossier MDPH n° 069-2024-004512 : l'orientation en SESSAD est notifiée."),
    ("dossier-ecrou-bloc", "donnee-dossier", """**Accueil d'un sortant de prison**
Le monsieur se présente avec sa levée d'écrou (écrou n° 45872, maison d'arrêt de Nantes).
Vérifier qu'il dispose d'une pièce d'identité et d'un pécule.
Proposer un premier rendez-vous avec la CESF dans la semaine."""),
    ("dossier-agdref", "donnee-dossier",
     "Numéro étranger AGDREF : 7503124587 — récépissé valable jusqu'en août."),
    ("dossier-rg-jaf", "donnee-dossier",
     "Affaire RG n° 24/01587 — audience devant le juge aux affaires familiales sur la résidence des enfants."),
    ("dossier-ase-liste", "donnee-dossier", """Préparation de l'audience
- Relire le dernier rapport d'échéance.
- Dossier ASE n° 2023-ASE-0417 : vérifier que la note d'incident a bien été jointe.
- Prévenir l'assistante familiale de l'heure de départ."""),
    ("dossier-parquet", "donnee-dossier",
     "Parquet de Bobigny, n° de parquet 23145000087 : signalement transmis pour la jeune."),
    ("dossier-caf-informel", "donnee-dossier",
     "caf n° alloc 0918274 — la prime d'activité a été suspendue, voir avec la famille"),
    ("dossier-france-travail-tableau", "donnee-dossier", """| Démarche | Référence | Fait |
|---|---|---|
| Inscription France Travail | identifiant 0187654M | oui |
| Demande de RSA | en cours | non |"""),
]


CLEAN = [
    # ------------------------------------------------------------------
    # authors and researchers
    # ------------------------------------------------------------------
    ("auteur-rouzel",
     "Joseph Rouzel rappelle que la relation éducative se construit d'abord dans le quotidien partagé."),
    ("auteur-karsz",
     "Pour Saül Karsz, l'intervention sociale « prend parti », qu'elle le veuille ou non."),
    ("auteur-de-robertis",
     "Voir Cristina De Robertis, *Méthodologie de l'intervention en travail social*, pour la notion de contrat."),
    ("auteur-deligny-dates",
     "Fernand Deligny (1913-1996) parlait des « lignes d'erre » des enfants autistes qu'il accueillait dans les Cévennes."),
    ("auteur-cyrulnik-werner",
     "Boris Cyrulnik a popularisé en France la notion de résilience, à partir des travaux d'Emmy Werner à Hawaï."),
    ("auteur-castel",
     "Robert Castel décrit la « désaffiliation » comme la conjonction d'une perte de travail et d'un isolement relationnel."),
    ("auteur-goffman-annee",
     "Erving Goffman, dans *Asiles* (1961), analyse les « institutions totales »."),
    ("auteur-tosquelles-oury",
     "La psychothérapie institutionnelle de François Tosquelles et Jean Oury, à Saint-Alban puis à La Borde, reste une référence pour les lieux de vie."),
    ("auteur-fustier",
     "Paul Fustier a beaucoup écrit sur le lien d'accompagnement et sur le don dans le travail éducatif."),
    ("auteur-honneth",
     "Axel Honneth distingue trois sphères de la reconnaissance : l'amour, le droit et l'estime sociale."),
    ("auteur-korczak",
     "On peut relire Janusz Korczak, *Comment aimer un enfant*, qui défendait les droits de l'enfant bien avant la Convention de 1989."),
    ("auteur-pikler",
     "Emmi Pikler, pédiatre hongroise, a fondé l'institut Lóczy à Budapest en 1946."),
    ("auteur-gineste-marescotti",
     "Yves Gineste et Rosette Marescotti ont développé la méthodologie de soin Humanitude."),
    ("auteur-fleury",
     "Cynthia Fleury, *Ci-gît l'amer*, sur le ressentiment : lecture proposée au groupe d'analyse des pratiques."),
    ("auteur-jaeger",
     "Marcel Jaeger a coordonné de nombreux ouvrages sur le travail social et ses métiers."),
    ("auteur-fassin",
     "Didier Fassin, *La Force de l'ordre*, éclaire les rapports entre les jeunes des quartiers populaires et la police."),
    ("auteur-elkaim",
     "Avec Mony Elkaïm et l'approche systémique, chaque membre de la famille est pris dans des « résonances »."),
    ("auteur-le-boterf",
     "La définition de la compétence de Guy Le Boterf (savoir agir, vouloir agir, pouvoir agir) sert de base à l'entretien annuel."),
    ("auteur-feil",
     "Naomi Feil a conçu la méthode de Validation pour communiquer avec les personnes âgées désorientées."),
    ("auteur-rosenberg",
     "La Communication NonViolente de Marshall Rosenberg propose quatre étapes : observation, sentiment, besoin, demande."),
    ("auteur-declerck",
     "Patrick Declerck, *Les Naufragés*, sur les clochards de Paris, reste une lecture dure mais précieuse pour les maraudes."),
    ("auteur-bowlby-ainsworth",
     "John Bowlby et Mary Ainsworth : la théorie de l'attachement et le protocole de la « situation étrange »."),
    ("biblio-liste", """## Pour aller plus loin

- Rouzel J., *Le travail d'éducateur spécialisé*, Dunod.
- Fustier P., *Le lien d'accompagnement*, Dunod.
- Goffman E., *Asiles*, Minuit, 1968 pour la traduction française.
- Karsz S., *Pourquoi le travail social ?*, Dunod."""),
    ("citation-watzlawick", """> « On ne peut pas ne pas communiquer. »
> — Paul Watzlawick, école de Palo Alto

À garder en tête lors des entretiens où la personne se tait : le silence dit aussi quelque chose."""),
    ("lecture-ricoeur", """Lecture commentée — Paul Ricœur, *Soi-même comme un autre*

Ricœur définit la visée éthique comme « la visée de la vie bonne, avec et pour autrui, dans des institutions justes ».
Chaque terme peut être discuté en équipe : qu'est-ce qu'une institution juste, ici, au foyer ?"""),
    ("formation-fin-de-vie", """**Formation** : « Accompagner la fin de vie en EHPAD » (3 jours)
Public : AES, aides-soignants, IDE
Intervenants : une psychologue clinicienne et un médecin de soins palliatifs
Références : Elisabeth Kübler-Ross et les étapes du deuil ; Marie de Hennezel, *La Mort intime*."""),

    # ------------------------------------------------------------------
    # historical figures and office holders
    # ------------------------------------------------------------------
    ("historique-wresinski",
     "Le père Joseph Wresinski a fondé ATD Quart Monde en 1957, au camp de Noisy-le-Grand."),
    ("historique-abbe-pierre",
     "L'appel de l'abbé Pierre, pendant l'hiver 1954, a marqué la naissance d'Emmaüs dans l'opinion."),
    ("historique-de-gaulle-anthonioz",
     "Geneviève de Gaulle-Anthonioz a porté le combat qui a mené à la loi d'orientation relative à la lutte contre les exclusions de 1998."),
    ("historique-itard-victor",
     "Jean Itard et Victor de l'Aveyron : le premier récit d'éducation spécialisée, au début du XIXe siècle."),
    ("fonction-defenseure",
     "Claire Hédon, Défenseure des droits, a plusieurs fois alerté sur l'accueil des mineurs non accompagnés."),
    ("acteurs-liste", """Acteurs à mobiliser :
- le juge des enfants du tribunal judiciaire ;
- le procureur de la République (cellule mineurs) ;
- l'inspectrice de l'ASE du territoire ;
- le médecin de PMI du secteur."""),
    ("histoire-profession", """## Un peu d'histoire

Les premiers éducateurs spécialisés apparaissent sous Vichy puis à la Libération, dans les centres d'observation pour « l'enfance inadaptée ».
L'ordonnance du 2 février 1945 sur l'enfance délinquante affirme la primauté de l'éducatif sur le répressif.
Le diplôme d'État d'éducateur spécialisé est créé en 1967."""),

    # ------------------------------------------------------------------
    # institutions, streets, schools named after people; service addresses
    # ------------------------------------------------------------------
    ("hopital-debre",
     "Orientation possible vers l'hôpital Robert-Debré pour les troubles du comportement alimentaire de l'enfant."),
    ("adresse-institution-cmp",
     "Le CMP est installé 12 rue Jean-Jaurès, à côté de la médiathèque ; l'accueil est ouvert sans rendez-vous le mardi."),
    ("centre-social-mandela",
     "Les ateliers ont lieu au centre social Nelson-Mandela, quartier des Tilleuls."),
    ("colleges-noms",
     "Partenariat avec le collège Jules-Ferry et le lycée professionnel Marie-Curie pour les stages de troisième."),
    ("hopital-avicenne",
     "Les consultations de psychotraumatisme ont lieu à l'hôpital Avicenne, à Bobigny."),
    ("ehpad-saint",
     "L'EHPAD Les Jardins de Saint-Joseph organise un thé dansant chaque premier dimanche du mois."),
    ("avenue-institution",
     "L'accueil de jour se trouve avenue Pierre-Mendès-France, face à l'arrêt de tram « Hôtel de Ville »."),
    ("ecole-louise-michel",
     "L'école maternelle Louise-Michel accueille une UEMA (unité d'enseignement maternelle autisme)."),
    ("bloc-ou-quand", """**Où ?** Accueil de jour « La Halte », 47 rue Émile-Zola, 59100 Roubaix
**Quand ?** Du lundi au vendredi, 8 h 30 – 12 h
**Pour qui ?** Toute personne sans domicile, sans condition"""),
    ("bloc-contacts-mdph", """**Contacts utiles**

Maison départementale des personnes handicapées — accueil : 02 61 91 40 00
Courriel : accueil@mdph-exemple.fr
Adresse : 8 boulevard Victor-Hugo (tram ligne 2, arrêt Préfecture)"""),

    # ------------------------------------------------------------------
    # towns and regions
    # ------------------------------------------------------------------
    ("villes-nancy",
     "Les familles orientées viennent surtout de Nancy, de Lunéville et de Toul."),
    ("ville-albert",
     "Trajet en TER entre Amiens et Albert : compter 25 minutes, prévoir le billet à tarif solidaire."),
    ("villes-drome",
     "Le dispositif est expérimenté dans la Drôme, à Valence et à Montélimar, ainsi qu'à Saint-Étienne."),
    ("stat-seine-saint-denis",
     "En Seine-Saint-Denis, le taux de pauvreté dépasse 25 %, contre environ 14 % en moyenne nationale."),
    ("maraudes-villes",
     "Les maraudes couvrent Saint-Denis, Aubervilliers et Saint-Ouen."),

    # ------------------------------------------------------------------
    # helplines, public numbers, generic e-mails
    # ------------------------------------------------------------------
    ("tableau-numeros-urgence", """| Besoin | Numéro | Horaires |
|---|---|---|
| Enfance en danger | 119 | 24 h/24 |
| Violences conjugales | 3919 | 24 h/24 |
| Hébergement d'urgence | 115 | 24 h/24 |
| Prévention du suicide | 3114 | 24 h/24 |"""),
    ("numero-vert-fil-sante",
     "Fil Santé Jeunes : 0 800 235 236 (numéro vert, anonyme et gratuit), pour les 12-25 ans."),
    ("numero-vert-drogues",
     "Drogues Info Service répond au 0 800 23 13 13, numéro vert, 7 jours sur 7."),
    ("numero-3977",
     "Maltraitance des personnes âgées ou en situation de handicap : appeler le 3977."),
    ("standard-hopital",
     "Standard de l'hôpital : 05 36 49 10 00, demander le service de pédopsychiatrie."),
    ("accueil-ccas",
     "Accueil du CCAS : 04 65 71 20 20 (ligne directe de l'accueil, pas de permanence le jeudi)."),
    ("mail-contact-asso",
     "Pour toute question sur cette fiche, écrire à contact@association-lesamarres.fr."),
    ("mail-accueil-siao",
     "Les demandes de places sont à envoyer à accueil@siao-exemple.fr en précisant l'orientation souhaitée."),
    ("protocole-fugue", """En cas de fugue d'un mineur :
1. Vérifier les lieux habituels (chambre, parc, abords de l'établissement).
2. Prévenir le cadre d'astreinte.
3. Signaler la disparition au commissariat (17), sans attendre s'il s'agit d'un jeune enfant.
4. Informer le service de l'ASE et les parents, sauf décision contraire du juge."""),

    # ------------------------------------------------------------------
    # laws, articles, decrees
    # ------------------------------------------------------------------
    ("article-casf",
     "Le partage d'informations à caractère secret est encadré par l'article L. 226-2-2 du Code de l'action sociale et des familles."),
    ("article-code-penal",
     "La violation du secret professionnel est punie par l'article 226-13 du Code pénal d'un an d'emprisonnement et de 15 000 € d'amende."),
    ("decret-contrat-sejour",
     "Décret n° 2004-1274 du 26 novembre 2004 relatif au contrat de séjour ou document individuel de prise en charge."),
    ("loi-2016",
     "La loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant a renforcé le projet pour l'enfant (PPE)."),
    ("loi-taquet",
     "Loi Taquet du 7 février 2022 : interdiction de l'hébergement à l'hôtel des mineurs confiés à l'ASE."),
    ("cadre-legal-liste", """## Cadre légal

- Loi n° 2002-2 du 2 janvier 2002 (droits des usagers).
- Loi n° 2007-293 du 5 mars 2007 réformant la protection de l'enfance.
- Article 375 du Code civil : l'assistance éducative.
- Article L. 112-3 du CASF : finalités de la protection de l'enfance."""),

    # ------------------------------------------------------------------
    # statistics, ages and years in general
    # ------------------------------------------------------------------
    ("stat-tableau", """| Année | Mesures en cours | Dont placements |
|---|---|---|
| 2019 | 355 000 | 52 % |
| 2022 | 381 000 | 54 % |

Source : DREES (ordres de grandeur arrondis)."""),
    ("stat-ehpad-liste", """Quelques chiffres (France, ordres de grandeur) :
- environ 1 personne sur 10 de plus de 75 ans vit en établissement ;
- l'âge moyen d'entrée en EHPAD dépasse 85 ans ;
- les femmes représentent les trois quarts des résidents."""),
    ("age-contrat-jeune-majeur",
     "Le contrat jeune majeur peut être proposé entre 18 et 21 ans."),
    ("annee-generation",
     "Les enfants nés après 2010 ont grandi avec les écrans : adapter les supports de l'atelier."),
    ("public-deroulement", """## Public et déroulement

Groupe de parents d'enfants de 0 à 6 ans, huit familles au maximum.
Chaque séance commence par un temps de jeu libre parents-enfants (30 min), suivi d'un échange entre parents pendant que les enfants restent avec les professionnelles de la crèche.
Les séances ont lieu le jeudi matin, de septembre à juin, hors vacances scolaires."""),

    # ------------------------------------------------------------------
    # methods, tools, scales, programmes
    # ------------------------------------------------------------------
    ("tableau-outils", """| Outil | Ce qu'il mesure | Qui le remplit |
|---|---|---|
| AGGIR | Autonomie (GIR 1 à 6) | Équipe médico-sociale |
| MMSE | Fonctions cognitives (sur 30) | Médecin ou psychologue |
| Zarit | Fardeau de l'aidant | L'aidant lui-même |"""),
    ("photolangage",
     "Le Photolangage, créé par Alain Baptiste et Claire Bélisle, aide à parler de soi à partir d'une image."),
    ("programme-chez-soi",
     "Programme « Un chez-soi d'abord » (Housing First) : accès direct au logement sans condition de traitement."),
    ("methodes-autisme",
     "Méthode TEACCH, PECS, ABA : trois approches citées par la HAS pour l'autisme, à discuter en équipe."),
    ("freinet-montessori",
     "La pédagogie Freinet et la méthode Montessori inspirent les ateliers du mercredi."),
    ("deroulement-photolangage", """## Déroulement

1. Accueil des participants (10 min) : chacun choisit une image du Photolangage.
2. Tour de parole : chacun dit pourquoi il a choisi cette image, sans être interrompu.
3. Synthèse par l'animateur, puis rangement.

Durée totale : 1 h 30. Groupe de 6 à 8 personnes."""),
    ("seance-snoezelen", """**Séance Snoezelen**

Préparer la salle 15 minutes avant : lumière tamisée, colonne à bulles, musique douce.
Accueillir une à trois personnes au maximum.
Laisser la personne choisir ses stimulations ; l'accompagnant observe et verbalise peu.
Noter dans le dossier les réactions observées, sans interprétation."""),
    ("etapes-aah", """## Étapes pour une demande d'AAH

1. Retirer le formulaire Cerfa n° 15692*01 ou le remplir en ligne.
2. Faire remplir le certificat médical par le médecin traitant (moins d'un an).
3. Joindre un justificatif d'identité et de domicile.
4. Envoyer le tout à la MDPH et conserver une copie."""),

    # ------------------------------------------------------------------
    # months, feast days, world days
    # ------------------------------------------------------------------
    ("journee-autisme",
     "Le 2 avril, Journée mondiale de sensibilisation à l'autisme, l'IME ouvre ses portes aux familles."),
    ("saint-nicolas-noel",
     "Goûter de la Saint-Nicolas le 6 décembre, et repas de Noël le 20."),
    ("ramadan-aid",
     "Pendant le ramadan, adapter l'horaire du repas du soir pour les jeunes qui jeûnent ; l'Aïd est fêté collectivement."),
    ("sainte-catherine",
     "La Sainte-Catherine (25 novembre) était autrefois fêtée dans les ateliers de couture ; les résidentes aiment en parler."),
    ("calendrier-liste", """### Calendrier de l'année

- Septembre : rentrée et réunions de projet.
- 20 novembre : Journée internationale des droits de l'enfant.
- Décembre : fête de Noël, repas partagé avec les familles.
- Juin : kermesse et fête de la musique."""),
    ("tableau-journees", """| Date | Événement | Idée d'animation |
|---|---|---|
| 8 mars | Journée internationale des droits des femmes | Exposition de portraits |
| 21 mars | Journée mondiale de la trisomie 21 | Chaussettes dépareillées |
| 10 octobre | Journée mondiale de la santé mentale | Café-débat |"""),
    ("reperes-decembre", """Repères pour le mois de décembre :
- 3 décembre : Journée internationale des personnes handicapées ;
- Hanouka et Noël : penser aux différentes traditions des familles ;
- 31 décembre : réveillon au foyer, prévoir deux veilleurs."""),

    # ------------------------------------------------------------------
    # generic people, meetings and vignettes without personal data
    # ------------------------------------------------------------------
    ("madame-x",
     "Madame X, mère isolée de trois enfants, se présente à la permanence sans rendez-vous : comment l'accueillir ?"),
    ("pere-isole",
     "Un père isolé peut demander l'allocation de soutien familial si l'autre parent ne verse pas de pension."),
    ("jeune-exemple",
     "Prenons l'exemple d'un jeune de 17 ans, déscolarisé depuis un an, qui vit chez sa grand-mère."),
    ("monsieur-y",
     "Monsieur Y refuse toute aide : respecter son choix sans cesser de lui proposer un lien."),
    ("reunion-equipe", """**Réunion d'équipe du 14 octobre**

- Point sur les admissions : deux places libres à l'internat, une au studio.
- Retour de formation (PSSM) par deux collègues.
- Rappel : le conseil de la vie sociale se réunit le 5 novembre.
- Prochaine séance d'analyse des pratiques avec la psychologue extérieure."""),
    ("echange-nuit", """> — Vous êtes qui, vous ?
> — Je suis l'éducateur de nuit. Je passe voir si tout va bien.
> — Ah. D'accord. Laissez la lumière du couloir.

Ce type d'échange, anodin en apparence, rassure beaucoup les plus jeunes."""),
    ("situation-type", """**Situation-type**

Une mère de 28 ans, seule avec deux enfants de 3 et 6 ans, est hébergée en hôtel social depuis huit mois.
Elle ne connaît pas ses droits à la CAF et n'a plus de médecin traitant.
Quelles priorités fixer dans les trois premiers entretiens ?"""),
    ("vigilance-generale", """### Points de vigilance

- Ne jamais noter le nom des personnes dans le cahier de l'atelier.
- Demander l'accord avant toute photo, même sans visage.
- En cas de révélation de violences, suivre la procédure interne et informer la cheffe de service le jour même."""),
    ("cvs-compte-rendu", """Compte rendu du conseil de la vie sociale — 3 juin 2025

- Élection du nouveau président du CVS (un résident, élu à l'unanimité).
- Demande des familles : davantage d'animations le week-end.
- Menus : retour du poisson le vendredi."""),
    ("ce-quon-necrit-pas", """### Ce qu'on n'écrit pas dans une fiche

- le nom, le prénom ou le surnom d'une personne accompagnée ;
- sa date de naissance, son adresse, son numéro de téléphone ;
- tout numéro de dossier (CAF, MDPH, ASE…).

Préférer « un jeune de 15 ans » ou « une résidente »."""),
    ("echange-reunion-roles", """Échange en réunion :
— La cheffe de service : « Est-ce qu'on a prévenu la famille ? »
— L'éducateur référent : « Oui, la mère a été appelée hier, elle viendra lundi. »
— La psychologue : « Je propose d'être présente au premier entretien. »"""),
    ("vignette-composite", """Vignette (situation composite, inventée pour la formation) :
un homme d'une cinquantaine d'années, ancien chauffeur routier, vit seul depuis son divorce.
Il vient à l'épicerie solidaire une fois par mois et parle peu.
Comment engager la conversation sans être intrusif ?"""),
    ("glossaire-gras", """**Glossaire**

- **AEMO** : action éducative en milieu ouvert.
- **PPE** : projet pour l'enfant.
- **MNA** : mineur non accompagné.
- **CJM** : contrat jeune majeur."""),

    # ------------------------------------------------------------------
    # sheet authors' own signature
    # ------------------------------------------------------------------
    ("signature-auteur",
     "*Fiche rédigée par Camille Roussel, éducatrice spécialisée (IME Les Tilleuls), relue par l'équipe en mars 2025.*"),
    ("signature-bloc", """---
**Auteurs** : Sébastien Morel (moniteur-éducateur) et Leïla Haddad (assistante de service social)
**Licence** : CC BY-SA 4.0
**Dernière mise à jour** : 12 septembre 2025"""),
    ("entete-yaml-auteurs", """---
titre: Accueillir un nouvel arrivant en foyer
auteurs: Julie Marchand, Thomas Ngom
public: éducateurs, veilleurs de nuit
mots-clés: accueil, premier jour, livret d'accueil
---"""),

    # ------------------------------------------------------------------
    # SIRET / FINESS / Cerfa
    # ------------------------------------------------------------------
    ("siret-finess-ligne",
     "Association gestionnaire : SIRET 782 415 368 00029 ; établissement FINESS 690 012 345."),
    ("organisme-bloc", """Organisme gestionnaire : Association Les Amarres
SIRET : 443 172 903 00017
FINESS juridique : 590 798 112 — FINESS établissement : 590 801 338
Agrément : arrêté préfectoral du 12 avril 2019"""),
    ("cerfa-css",
     "Demande de complémentaire santé solidaire : formulaire Cerfa n° 12504*05 (vérifier la version en vigueur sur service-public.fr)."),

    # ------------------------------------------------------------------
    # training courses and diplomas
    # ------------------------------------------------------------------
    ("formation-pssm",
     "Formation « Premiers secours en santé mentale » (PSSM) : deux jours, recommandée pour toute l'équipe."),
    ("tableau-diplomes", """| Diplôme | Niveau | Durée |
|---|---|---|
| DEAES | 3 | 12 à 24 mois |
| DEME | 4 | 2 ans |
| DEES | 6 | 3 ans |
| CAFERUIS | 6 | 2 ans |"""),

    # ------------------------------------------------------------------
    # books and films, with characters' names
    # ------------------------------------------------------------------
    ("film-daniel-blake",
     "Le film *Moi, Daniel Blake* de Ken Loach peut ouvrir un débat sur la dématérialisation des démarches."),
    ("film-hors-normes",
     "Dans *Hors normes* (Toledano et Nakache), Bruno et Malik accueillent des jeunes autistes dont personne ne veut."),
    ("livre-petit-prince",
     "Lecture du *Petit Prince* avec le groupe : le renard et l'apprivoisement comme support pour parler du lien."),
    ("livre-miserables",
     "*Les Misérables* : Cosette chez les Thénardier, exemple classique de maltraitance utilisé en formation."),
    ("film-tete-haute",
     "*La Tête haute* d'Emmanuelle Bercot suit Malony, de 6 à 18 ans, entre juge des enfants et éducateur."),
    ("livre-sans-famille",
     "Rémi, le héros de *Sans famille* d'Hector Malot, est un enfant placé avant l'heure."),
    ("cine-debat", """### Ciné-débat

Film proposé : *Les Invisibles* (Louis-Julien Petit, 2019), sur un centre d'accueil de jour pour femmes sans abri.
Questions pour lancer le débat :
- Qu'est-ce qui vous a surpris ?
- Quelles scènes ressemblent à ce que vous vivez au centre ?"""),
    ("albums-emotions", """Albums pour parler des émotions :
- *La Couleur des émotions*, Anna Llenas (le petit monstre)
- *Max et les Maximonstres*, Maurice Sendak
- *Elmer*, David McKee
- *Le Loup qui…* (série d'Orianne Lallemand)"""),
]


DEBATABLE = [
    ("pseudonyme-annonce",
     "Appelons-le Tom (le prénom a été changé) : 14 ans, il arrive au foyer un vendredi soir.",
     "pseudonym announced as such"),
    ("prenom-modifie",
     "« Yasmine » (prénom modifié) raconte son parcours dans le podcast du service.",
     "announced pseudonym, but the person may still be recognisable from the podcast"),
    ("initiales-adulte",
     "Mme D., 78 ans, vit seule et refuse le portage des repas.",
     "initials only"),
    ("initiale-enfant",
     "L'enfant (J.) a été entendu par les gendarmes en salle Mélanie.",
     "initial only; « salle Mélanie » is the name of a child-hearing room, not a person"),
    ("prenom-collegue",
     "Voir avec Sandrine au secrétariat pour réserver la salle.",
     "a colleague's first name, not a person accompanied"),
    ("professionnel-externe",
     "Prochaine analyse des pratiques avec Mme Bertrand, psychologue extérieure.",
     "names an outside professional, not a person accompanied"),
    ("annee-naissance-seule",
     "Le jeune, né en 2009, est arrivé en France à 12 ans.",
     "year of birth only, no full date"),
    ("ville-residence",
     "La famille vit à Montreuil depuis deux ans.",
     "town of residence without street: location, but hardly an address"),
    ("temoignage-public",
     "Dans son livre, Lyes Louffok raconte son enfance placée à l'ASE.",
     "a real public figure, formerly in care, who speaks publicly about it"),
    ("numero-chambre",
     "Le résident de la chambre 214 sonne souvent la nuit.",
     "room number inside an institution: indirect identifier, not a home address"),
]
