"""Jeu d'évaluation hors échantillon n° 6 — vérificateur de données personnelles
des fiches pratiques du travail social (Markdown + front matter YAML).

Écrit le 2026-12-07 par un assistant qui n'a vu ni le détecteur, ni ses cas de
test, ni les autres jeux hors échantillon.

Tout ce qui concerne des personnes accompagnées (noms, dates de naissance,
adresses, téléphones, courriels, NIR, IBAN, numéros de dossier) est fictif.
Téléphones uniquement dans les plages de fiction (01 99 00 xx xx,
06 39 98 xx xx) ; courriels sur des domaines d'exemple ou des adresses de
messagerie inventées. Les textes CLEAN citent des auteurs, des personnalités,
des textes de loi et des numéros d'écoute réels.

Accent de ce jeu : grand âge et domicile (SAAD, SSIAD, EHPAD, APA, tutelle),
handicap (IME, ESAT, FAM, MAS, SESSAD, MDPH), santé mentale et addictions,
médiation en santé, périnatalité et PMI, école et protection de l'enfance,
prison et probation.

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le
détecteur.

FLAG      : (kind, code, text)  — textes qui DOIVENT être signalés, avec le code attendu
CLEAN     : (kind, text)        — textes qui NE doivent PAS être signalés
DEBATABLE : (kind, text, why)   — cas ambigus écartés des deux listes
"""

FLAG = [
    # ------------------------------------------------------------------
    # donnee-nom
    # ------------------------------------------------------------------
    ("nom-cahier-liaison-saad-refus-toilette", "donnee-nom",
     "Cahier de liaison SAAD – 14/11, passage de 8 h 30 : Mme Odette Lagrange a refusé "
     "la toilette, inquiète pour son chat. À reproposer demain, prévenir la coordinatrice."),
    ("nom-export-dpi-ehpad-majuscules", "donnee-nom",
     """Export DPI – transmissions ciblées
Résident : BERTHELOT Gisèle – ch. 112 – GIR 2
Cible : douleur. Données : grimaces à la mobilisation. Actions : antalgique selon protocole.
Résultat : apaisée à 15 h."""),
    ("nom-planning-tableau-saad", "donnee-nom",
     """| Jour | Horaire | Bénéficiaire | Intervention |
|---|---|---|---|
| Lundi | 8 h – 9 h | M. Yao Kouassi | lever, toilette, petit-déjeuner |
| Lundi | 11 h 30 – 12 h 15 | à définir | portage de repas |"""),
    ("nom-courriel-colle-mandataire-vietnamien", "donnee-nom",
     """> De : service mandataire judiciaire
> Objet : situation de Mme Nguyen Thi Lan
> Bonjour, je vous confirme que la mesure de curatelle renforcée est en cours de renouvellement."""),
    ("nom-synthese-ime-prenom-enfant", "donnee-nom",
     "Compte rendu de synthèse IME – Présents : éducatrice référente, psychologue, orthophoniste. "
     "Situation de Kylian, 12 ans, groupe des Grands : progrès en autonomie aux repas, crises "
     "toujours fréquentes le lundi après le retour à domicile."),
    ("nom-parole-rapportee-fille", "donnee-nom",
     "« Ma fille Amandine ne vient plus me voir », répète la résidente à chaque repas ; "
     "l'équipe a proposé un appel vidéo le dimanche avec elle."),
    ("nom-yaml-beneficiaire", "donnee-nom",
     """---
titre: Préparer un retour à domicile après hospitalisation
beneficiaire: "Joséphine Ahouansou"
service: SSIAD
---"""),
    ("nom-titre-section-h2", "donnee-nom",
     "## Accompagnement de Mme Rosalie Tchibinda : de l'isolement au foyer-logement"),
    ("nom-particule-de-tutelle", "donnee-nom",
     "M. Henri de Kerveguen, 88 ans, sous tutelle, refuse l'entrée en EHPAD ; le mandataire "
     "souhaite une visite de préadmission en janvier."),
    ("nom-particule-double-aemo", "donnee-nom",
     "Mme Anne-Sophie de La Roche-Vernet, mère de trois enfants suivis en AEMO, a demandé que "
     "les visites aient lieu hors du domicile."),
    ("nom-particule-flamande-ssiad", "donnee-nom",
     "Transmission SSIAD : pansement de l'ulcère de M. Van den Bossche refait, plaie propre, "
     "à surveiller par l'IDE libérale ce week-end."),
    ("nom-esat-travailleur-temps-partiel", "donnee-nom",
     "À l'ESAT, Rachid Benmansour, travailleur en atelier conditionnement, a demandé à passer "
     "à temps partiel pour raisons de fatigue."),
    ("nom-famille-refus-aed", "donnee-nom",
     "La famille Lemarchand a refusé la mesure d'AED ; le signalement a été transmis à la CRIP "
     "le lendemain."),
    ("nom-chez-les-vad-interprete", "donnee-nom",
     "Lors de la visite à domicile chez les Oukacha, l'aînée jouait le rôle d'interprète pour "
     "sa mère, ce que l'équipe souhaite éviter."),
    ("nom-surnom-campement", "donnee-nom",
     "« Bouboule », comme on l'appelle au campement du canal, n'est pas venu à la distribution "
     "depuis dix jours ; la maraude passera ce soir près de sa tente."),
    ("nom-fille-tutrice-familiale", "donnee-nom",
     "Sa fille, Mme Sandrine Vautrin, désignée tutrice familiale, conteste les factures de "
     "l'EHPAD auprès du juge des contentieux de la protection."),
    ("nom-mediation-sante-pass-portugais", "donnee-nom",
     "Médiation en santé : accompagnement de Mme Conceição Ferreira Lopes à la PASS pour un "
     "premier rendez-vous de gynécologie, avec interprétariat en portugais."),
    ("nom-pmi-nourrisson-pesee", "donnee-nom",
     "Consultation PMI : le petit Ilyes pèse 4,2 kg à six semaines, sa maman allaite ; "
     "prochaine visite de la puéricultrice à domicile jeudi."),
    ("nom-spip-entretien-evaluation", "donnee-nom",
     "Le CPIP a reçu M. Dragan Petrović pour l'entretien d'évaluation ; l'obligation de soins "
     "est respectée, suivi au CSAPA de la ville."),
    ("nom-csapa-reunion-clinique", "donnee-nom",
     "CSAPA – réunion clinique : Jessica Moreau a repris une consommation de cocaïne après sa "
     "sortie d'hospitalisation ; proposition d'un relais vers le CAARUD."),
    ("nom-cmp-programme-soins-compose", "donnee-nom",
     "Au CMP, la situation de M. Thibault Lecoeur-Ravel, en programme de soins, a été revue : "
     "refus du traitement retard, visite à domicile prévue avec l'infirmier."),
    ("nom-initiale-plus-prenom-chutes", "donnee-nom",
     "Mme M. (Huguette), 91 ans, veuve, ancienne institutrice du village, chute deux fois par "
     "mois d'après l'aide à domicile."),
    ("nom-tamoul-infirmiere-scolaire", "donnee-nom",
     "Tharshini Sivakumar, collégienne de 4e, a été orientée vers l'infirmière scolaire après "
     "plusieurs malaises en cours d'EPS."),
    ("nom-chinois-courrier-mdph", "donnee-nom",
     "M. Chen Weiming, travailleur handicapé, n'avait pas compris le courrier de la MDPH ; "
     "l'assistante sociale l'a relu avec lui en mandarin grâce à un interprète."),
    ("nom-armenien-demandeuse-asile", "donnee-nom",
     "Mme Anahit Hovhannisyan, demandeuse d'asile, accouchera à la maternité de secteur ; "
     "la sage-femme de PMI coordonne le suivi."),
    ("nom-breton-tournee-ssiad", "donnee-nom",
     "SSIAD, tournée du matin : M. Le Goff Yann-Vari, diabétique insulinodépendant, a refusé "
     "le petit-déjeuner ; glycémie à recontrôler à 11 h."),
    ("nom-alsacien-nom-seul-apa", "donnee-nom",
     "À la réunion de coordination APA, le cas de Mme Schwoerer a été évoqué : le plan d'aide "
     "sera porté à 40 heures mensuelles."),
    ("nom-antillais-aidante-parkinson", "donnee-nom",
     "Mme Marie-Josée Jean-Baptiste, aidante de son mari atteint de la maladie de Parkinson, "
     "a accepté un séjour de répit d'une semaine."),
    ("nom-kabyle-chibani-foyer", "donnee-nom",
     "M. Mohand Aït Ouarab, chibani vivant en foyer de travailleurs migrants, souhaite garder "
     "ses droits en passant six mois par an en Algérie."),
    ("nom-tchetchene-mecs", "donnee-nom",
     "Khadizhat Magomedova, 16 ans, accueillie en MECS, refuse de parler de son parcours "
     "d'exil ; le psychologue propose un groupe de parole."),
    ("nom-afghan-mna-minorite", "donnee-nom",
     "Le mineur non accompagné Samiullah Ahmadzai a été reconnu mineur par le juge des enfants ; "
     "l'évaluation initiale le disait majeur."),
    ("nom-congolais-prenom-grace-115", "donnee-nom",
     "Mme Grâce Mbuyi Kalonji, enceinte de 32 semaines, dort à l'hôtel via le 115 ; la PMI "
     "demande une mise à l'abri en centre maternel."),
    ("nom-malgache-fam-epilepsie", "donnee-nom",
     "M. Rakotomalala, résident du FAM, a été hospitalisé après une crise d'épilepsie ; sa sœur "
     "a été prévenue par l'éducateur de nuit."),
    ("nom-senegalais-information-preoccupante", "donnee-nom",
     "Aïssatou Ndiaye, élève de CM1, arrive régulièrement à l'école sans avoir mangé ; la "
     "directrice a rédigé une information préoccupante."),
    ("nom-basque-compose-alzheimer", "donnee-nom",
     "Mme Etcheverry-Iriart, atteinte de la maladie d'Alzheimer, sort la nuit ; l'équipe du "
     "SAAD demande l'installation d'un détecteur d'ouverture de porte."),
    ("nom-italien-fils-toilettes", "donnee-nom",
     "Le fils de M. Giuseppe Santangelo, très présent, souhaite assister aux toilettes ; "
     "l'équipe de l'EHPAD lui a proposé un temps d'échange avec la psychologue."),
    ("nom-espagnol-contrat-jeune-majeur", "donnee-nom",
     "Lucía Fernández Ortega, 19 ans, sortie de l'ASE, a obtenu un contrat jeune majeur "
     "jusqu'à la fin de son BTS."),
    ("nom-ukrainien-iml-upe2a", "donnee-nom",
     "Oksana Melnyk, réfugiée ukrainienne, et ses deux enfants sont hébergés en "
     "intermédiation locative ; l'aîné est scolarisé en UPE2A."),
    ("nom-famille-rom-domiciliation", "donnee-nom",
     "Dans le bidonville, la famille Stoica attend depuis mars la domiciliation qui conditionne "
     "l'ouverture de l'AME."),
    ("nom-haitien-sortant-detention", "donnee-nom",
     "M. Wilfrid Saint-Fleur, sortant de détention, n'a ni pièce d'identité ni hébergement ; "
     "le SPIP a sollicité le SIAO."),
    ("nom-cambodgien-petite-fille-traduit", "donnee-nom",
     "Mme Sok Chanthy, 79 ans, ne parle pas français ; sa petite-fille traduit lors des "
     "évaluations APA, ce qui pose question à l'équipe."),
    ("nom-polonais-sessad-psychomot", "donnee-nom",
     "Au SESSAD, Zofia Kowalczyk, 7 ans, bénéficie de séances de psychomotricité à l'école ; "
     "l'AESH signale une meilleure tenue du crayon."),
    ("nom-turc-jumeaux-tisf", "donnee-nom",
     "Elif Yıldız, maman de jumeaux prématurés, est très isolée ; la TISF interviendra trois "
     "matinées par semaine."),
    ("nom-comorien-sortie-maternite", "donnee-nom",
     "La puéricultrice a rencontré Mme Fatima Saïd Ahmed et son nouveau-né à la maternité ; "
     "retour à domicile prévu chez la grand-mère maternelle."),
    ("nom-ivoirien-cr-equipe-fam", "donnee-nom",
     "Dans le compte rendu d'équipe du FAM, Kouadio N'Guessan est décrit comme « plus apaisé "
     "depuis le changement de chambre »."),
    ("nom-russe-controle-judiciaire-dialyse", "donnee-nom",
     "M. Igor Vassiliev, sous contrôle judiciaire, doit pointer chaque lundi ; il demande un "
     "aménagement pour ses séances de dialyse."),
    ("nom-corse-teleassistance-chute", "donnee-nom",
     "Mme Santoni, 84 ans, aidée par son voisin pour les courses, est tombée sans pouvoir se "
     "relever ; la téléassistance a déclenché les pompiers."),
    ("nom-surnom-unite-protegee", "donnee-nom",
     "Le résident que tout le monde appelle « Papy Dédé », au deuxième étage de l'unité "
     "protégée, a cessé de s'alimenter depuis trois jours."),
    ("nom-parole-mere-commissariat", "donnee-nom",
     "« Je ne veux plus que Kevin approche les enfants », a déclaré la mère lors de l'entretien "
     "au commissariat, en parlant de son ex-compagnon."),
    ("nom-titre-h3-milieu-ouvert", "donnee-nom",
     "### Situation n° 2 : Mathéo et son père, suivis en milieu ouvert par la PJJ"),
    ("nom-yaml-liste-personnes", "donnee-nom",
     """personnes_concernees:
  - Lina Haddad (mère)
  - Noah Haddad (enfant, 4 ans)"""),
    ("nom-dpi-psy-champs", "donnee-nom",
     """Dossier usager – extrait
Nom d'usage : PELLETIER
Prénom : Aurélien
Mode d'hospitalisation : SDRE
Observation : calme, demande à téléphoner à sa mère."""),
    ("nom-transmission-nuit-chambre", "donnee-nom",
     "Nuit du 3 au 4 : Mme Lefebvre-Dufour (ch. 7) a appelé toutes les heures, désorientée ; "
     "pas de chute. Veilleur de nuit à l'écoute."),
    ("nom-parents-refus-ulis", "donnee-nom",
     "M. et Mme Bouzid ont refusé l'orientation en ULIS pro proposée par l'équipe de suivi "
     "de la scolarisation."),
    ("nom-cr-ess-eleve", "donnee-nom",
     "Compte rendu d'ESS (équipe de suivi de la scolarisation) – élève : Timéo Garnier-Lassalle, "
     "CE2, notification d'AESH mutualisée 12 h."),
    ("nom-victime-jap-interdiction-contact", "donnee-nom",
     "La victime, Mme Nadège Combaz, a demandé à être informée de la date de libération ; "
     "le JAP a prononcé une interdiction de contact."),
    ("nom-mail-referente-apa-cite", "donnee-nom",
     "Mail reçu de la référente APA : « Mme Colette Barrault a accepté le passage d'une "
     "auxiliaire le dimanche à compter du mois prochain. »"),
    ("nom-prenom-seul-famille-accueil", "donnee-nom",
     "Depuis son placement en famille d'accueil, Jade ne dort plus seule ; l'assistante "
     "familiale a demandé un soutien de l'équipe de placement."),
    ("nom-mas-polyhandicap-fausse-route", "donnee-nom",
     "À la MAS, Bastien, polyhandicapé, a fait une fausse route au repas du soir ; la texture "
     "mixée est reconduite."),
    ("nom-mdph-ergo-pch-compose", "donnee-nom",
     "L'ergothérapeute de la MDPH a évalué le logement de Mme Sylvie Arnoux-Bénédetti pour "
     "l'aménagement de la salle de bain (PCH aide technique)."),
    ("nom-caarud-abces", "donnee-nom",
     "Au CAARUD, Johnny Da Costa a récupéré du matériel stérile et demandé une orientation vers "
     "un médecin pour un abcès au bras."),
    ("nom-detenu-quartier-disciplinaire", "donnee-nom",
     "Le détenu Karim Belhadj a été placé au quartier disciplinaire ; sa famille a été "
     "informée de la suspension du parloir."),
    ("nom-neveu-curatelle", "donnee-nom",
     "Le neveu, Frédéric Lamotte, souhaite reprendre la curatelle de son oncle ; l'audience "
     "est fixée au mois prochain."),
    ("nom-particule-portugaise-postcure", "donnee-nom",
     "M. Jean-Luc d'Almeida Santos, sortant de l'unité de sevrage, entre en postcure la "
     "semaine prochaine."),
    ("nom-irlandais-sante-universitaire", "donnee-nom",
     "Siobhan O'Reilly, étudiante Erasmus, a été reçue par le service de santé universitaire "
     "après une tentative de suicide."),

    # ------------------------------------------------------------------
    # donnee-naissance
    # ------------------------------------------------------------------
    ("naissance-slash-sessad", "donnee-naissance",
     "L'enfant, né le 12/09/2019, est accueilli au SESSAD depuis la rentrée après notification "
     "de la CDAPH."),
    ("naissance-ddn-points-gir", "donnee-naissance",
     "DDN : 03.04.1936 – GIR 3 – vit seule, aide de la voisine pour les courses."),
    ("naissance-toutes-lettres-neonat", "donnee-naissance",
     "Le bébé est né le vingt-deux février deux mille vingt-six à 31 semaines d'aménorrhée ; "
     "sortie de néonatologie prévue fin mars."),
    ("naissance-yaml-iso", "donnee-naissance",
     """---
titre: Premier contrat de soutien et d'aide par le travail
date_naissance: 1958-11-30
orientation: ESAT
---"""),
    ("naissance-mois-lettres-oran", "donnee-naissance",
     "Né le 4 juillet 1987 à Oran, le résident a été orienté en FAM après vingt ans "
     "d'hospitalisation en psychiatrie."),
    ("naissance-centenaire-a-venir", "donnee-naissance",
     "Elle fêtera ses 100 ans le 17 mai 2027 ; la résidence prépare une fête avec la famille."),
    ("naissance-transmission-pmi-heure", "donnee-naissance",
     "Transmission PMI : naissance le 08/06/2026 à 23 h 40, 2 450 g, allaitement mixte, "
     "visite à J+3 prévue."),
    ("naissance-export-dpi-bissextile", "donnee-naissance",
     "Export DPI : Sexe F | Né(e) le 29/02/1944 | Entrée en EHPAD après hospitalisation | Régime mixé"),
    ("naissance-date-contestee-mna", "donnee-naissance",
     "Jeune majeur (né le 1er janvier 2007 selon l'acte guinéen, date contestée par le conseil "
     "départemental), accompagné à l'audience."),
    ("naissance-accouchement-secret", "donnee-naissance",
     "La mère a accouché sous le secret le 15 octobre 2025 ; l'enfant a été confié à l'ASE en "
     "vue d'une adoption."),
    ("naissance-iso-onde-segpa", "donnee-naissance",
     "Date de naissance de l'élève : 2014-05-06 (saisie ONDE) — orientation en SEGPA à l'étude."),

    # ------------------------------------------------------------------
    # donnee-adresse
    # ------------------------------------------------------------------
    ("adresse-bis-etage-portage", "donnee-adresse",
     "La bénéficiaire vit au 7 bis, rue des Tanneurs, au 3e étage sans ascenseur, ce qui rend "
     "le portage de repas difficile."),
    ("adresse-residence-batiment-appartement", "donnee-adresse",
     "Domicile : résidence Les Hortensias, bâtiment C, appartement 34 — l'auxiliaire de vie "
     "doit demander le code au gardien."),
    ("adresse-hebergement-soeur-sortant", "donnee-adresse",
     "Hébergé chez sa sœur, 41 avenue des Glaïeuls, 93000 Bobigny, depuis sa sortie de détention."),
    ("adresse-relogement-impasse", "donnee-adresse",
     "La famille a été relogée au 18, impasse du Moulin-Brûlé, 58000 Nevers ; la PMI de "
     "secteur a été prévenue."),
    ("adresse-yaml-lieu-dit", "donnee-adresse",
     """adresse_usager: "Lieu-dit Le Pouget, 12340 Bozouls"
passages: matin et soir"""),
    ("adresse-camping-emplacement", "donnee-adresse",
     "Il loge dans un mobil-home au camping Les Peupliers, emplacement 27, route de Saumur, "
     "depuis son expulsion."),
    ("adresse-residence-autonomie-logement", "donnee-adresse",
     "À sa sortie d'hôpital, Madame rejoint la résidence autonomie Le Clos Fleuri, logement 12, "
     "3 allée des Tilleuls."),
    ("adresse-famille-accueil-secrete", "donnee-adresse",
     "Adresse de la famille d'accueil (à ne jamais communiquer aux parents) : 9 chemin des "
     "Vignes-Hautes, 37210 Vouvray."),
    ("adresse-tournee-ssiad-deux-patients", "donnee-adresse",
     "Tournée SSIAD : 8 h 00 – 14 rue Pasteur, 2e gauche (pansement) ; 8 h 40 – 3 place du "
     "Marché, rez-de-chaussée (insuline)."),
    ("adresse-fjt-chambre", "donnee-adresse",
     "Le jeune est hébergé au foyer de jeunes travailleurs Les Cèdres, chambre 214, 5 rue "
     "Ampère, 69007 Lyon."),
    ("adresse-chez-le-fils-escalier", "donnee-adresse",
     "Depuis l'incendie, le couple vit chez son fils au 112, boulevard de la Liberté, "
     "escalier B, 59000 Lille."),

    # ------------------------------------------------------------------
    # donnee-telephone
    # ------------------------------------------------------------------
    ("tel-fixe-beneficiaire", "donnee-telephone",
     "Numéro de la bénéficiaire (fixe, elle décroche rarement) : 01 99 00 47 12."),
    ("tel-portable-mere-horaire", "donnee-telephone",
     "Portable de la mère, à appeler uniquement après 18 h : 06 39 98 21 07."),
    ("tel-international-fils-aidant", "donnee-telephone",
     "Le fils aidant a laissé son numéro : +33 6 39 98 55 80, en cas de chute la nuit."),
    ("tel-compact-jeune", "donnee-telephone",
     "Tél. du jeune (il a changé de puce) : 0639981433"),
    ("tel-points-tutrice", "donnee-telephone",
     "Contact de la tutrice familiale : 06.39.98.60.02"),
    ("tel-tirets-compagne-permission", "donnee-telephone",
     "En cas de non-retour de permission, joindre la compagne du résident au 06-39-98-77-19."),
    ("tel-yaml-famille", "donnee-telephone",
     """telephone_famille: "01 99 00 83 26"
langue: wolof"""),
    ("tel-tableau-planning-initiale", "donnee-telephone",
     """| Bénéficiaire | Tél. | Passage |
|---|---|---|
| Mme R. | 01 99 00 15 68 | 9 h |"""),
    ("tel-parenthese-indicatif-parloir", "donnee-telephone",
     "Le détenu a donné le numéro de sa mère pour organiser les parloirs : (+33) 1 99 00 62 40."),
    ("tel-sms-patient-cmp", "donnee-telephone",
     "SMS reçu du 06 39 98 04 91 (le patient du CMP qui refuse les visites) : « je viendrai mardi »."),
    ("tel-0033-pere-equipe-educative", "donnee-telephone",
     "Numéro du père, 0033 6 39 98 38 75, transmis par l'école pour organiser l'équipe éducative."),

    # ------------------------------------------------------------------
    # donnee-courriel
    # ------------------------------------------------------------------
    ("courriel-fille-comptes-rendus", "donnee-courriel",
     "Pour les comptes rendus, la fille souhaite être contactée à l'adresse "
     "helene.marchetti@exemple.fr plutôt que par courrier."),
    ("courriel-jeune-parcoursup", "donnee-courriel",
     "Adresse de messagerie du jeune : kenzo.blanchard2009@example.org — utilisée pour Parcoursup."),
    ("courriel-curatelaire-webmail", "donnee-courriel",
     "Le majeur protégé écrit lui-même à ses créanciers depuis mamadou.traore.bzh@gmail.com ; "
     "l'accord avec le curateur reste à formaliser."),
    ("courriel-entete-mail-colle", "donnee-courriel",
     """> De : nathalie.grosjean-pinto@exemple.fr
> À : accueil du SAAD
> Objet : planning de maman en décembre"""),
    ("courriel-yaml-representant-legal", "donnee-courriel",
     """representant_legal: père
courriel_representant_legal: "p.lavergne@exemple.fr" """),
    ("courriel-patient-laposte", "donnee-courriel",
     "Messagerie du patient (sorti de soins sans consentement) : titouan.ricard@laposte.net ; "
     "il refuse le courrier postal."),
    ("courriel-mere-biologique-photos", "donnee-courriel",
     "L'assistante familiale envoie des photos de l'enfant à la mère sur "
     "lea.maillot.91@example.org, contre l'avis du juge."),
    ("courriel-aidants-couple", "donnee-courriel",
     "Adresse courriel des aidants : bernard-et-josette.pujol@exemple.fr"),
    ("courriel-probationnaire-outlook", "donnee-courriel",
     "Le probationnaire justifie ses recherches d'emploi par des mails envoyés depuis "
     "yohan.k.mercier@outlook.fr."),
    ("courriel-ent-mere-harcelement", "donnee-courriel",
     "ENT du collège : message de la mère (sabrina.ouali@exemple.fr) signalant que sa fille "
     "est harcelée sur les réseaux sociaux."),

    # ------------------------------------------------------------------
    # donnee-nir
    # ------------------------------------------------------------------
    ("nir-residente-espaces", "donnee-nir",
     "NIR de la résidente (pour la demande d'aide sociale à l'hébergement) : 2 36 04 75 112 045 45"),
    ("nir-ne-etranger-99", "donnee-nir",
     "N° de sécurité sociale : 1 87 07 99 350 123 60 (né à l'étranger, immatriculation "
     "définitive obtenue en mai)."),
    ("nir-compact-secu", "donnee-nir",
     "Sécu : 252076912345688 — carte Vitale perdue, attestation de droits à redemander."),
    ("nir-yaml-corse-2a", "donnee-nir",
     """nir: "1 44 03 2A 004 018 04"
caisse: CPAM de Corse-du-Sud"""),
    ("nir-mere-css", "donnee-nir",
     "Pour la demande de complémentaire santé solidaire, joindre le numéro 2 91 11 13 055 278 31 "
     "de la mère."),
    ("nir-enfant-immatriculation", "donnee-nir",
     "Numéro d'immatriculation de l'enfant : 1 19 06 59 350 412 93 (rattaché aux deux parents)."),
    ("nir-tableau-usager", "donnee-nir",
     """| Usager | NIR | Caisse |
|---|---|---|
| R. | 2 41 12 33 063 210 39 | CPAM 33 |"""),
    ("nir-insee-groupement-3", "donnee-nir",
     "Numéro INSEE du travailleur d'ESAT : 189 03 45 234 087 22"),
    ("nir-points-separateurs", "donnee-nir",
     "n° SS 2.68.05.38.185.092.68 (recopié depuis la photocopie de la carte Vitale)"),
    ("nir-outre-mer-vitale", "donnee-nir",
     "Sur la carte Vitale du patient, en photocopie au dossier : 1 78 11 97 105 123 15"),

    # ------------------------------------------------------------------
    # donnee-iban
    # ------------------------------------------------------------------
    ("iban-majeure-protegee-aah", "donnee-iban",
     "IBAN de la majeure protégée pour le virement de l'AAH : FR76 2004 1010 0505 1234 5678 996"),
    ("iban-rib-detaille", "donnee-iban",
     "RIB du bénéficiaire — Banque 30002, Guichet 00550, Compte 00012345678, Clé 24."),
    ("iban-yaml-famille", "donnee-iban",
     """iban_famille: "FR76 1027 8060 1200 0204 8750 190"
motif: secours exceptionnel"""),
    ("iban-fils-pension", "donnee-iban",
     "Le fils demande que la pension de retraite soit versée sur son compte "
     "FR76 1820 6000 4165 0231 4501 270, ce que le juge n'a pas autorisé."),
    ("iban-detenu-pecule", "donnee-iban",
     "Coordonnées bancaires communiquées par le détenu pour le pécule de libération : "
     "FR76 1660 6100 1200 0784 5123 642"),
    ("iban-compact-ccas", "donnee-iban",
     "L'aide financière du CCAS a été virée sur FR7614707000230321987654085 (compte de Madame)."),
    ("iban-rib-mots", "donnee-iban",
     "Relevé d'identité bancaire joint au dossier : code banque 20041, code guichet 01008, "
     "n° de compte 09876543210, clé RIB 69."),
    ("iban-tableau-prestations", "donnee-iban",
     """| Prestation | IBAN de versement |
|---|---|
| APA | FR76 3000 3035 4000 0503 2178 906 |"""),
    ("iban-espace-irregulier-curatelle", "donnee-iban",
     "Compte courant du curatélaire : FR 76 1548 9047 0200 0412 3698 564 (carte de retrait seulement)."),
    ("iban-tirets-aidante", "donnee-iban",
     "Pour rembourser les frais avancés par l'aidante : FR76-1131-5000-0108-1234-5678-068"),

    # ------------------------------------------------------------------
    # donnee-dossier
    # ------------------------------------------------------------------
    ("dossier-allocataire-caf", "donnee-dossier",
     "N° allocataire CAF : 2345671 — l'APL est suspendue depuis octobre."),
    ("dossier-mdph-numero", "donnee-dossier",
     "Dossier MDPH n° 2025-07-004512 : la demande d'orientation en FAM attend son passage en CDAPH."),
    ("dossier-ecrou", "donnee-dossier",
     "Numéro d'écrou : 42318 — quartier maison d'arrêt hommes, bâtiment B."),
    ("dossier-rg-juge-enfants", "donnee-dossier",
     "Jugement en assistance éducative, RG n° 25/00417 : placement renouvelé pour un an."),
    ("dossier-mesure-tutelle", "donnee-dossier",
     "Mesure de tutelle n° 22/01856 — tribunal judiciaire, pôle protection des majeurs."),
    ("dossier-identifiant-france-travail", "donnee-dossier",
     "Identifiant France Travail du jeune : 4521873K, inscrit depuis juin."),
    ("dossier-ine-eleve", "donnee-dossier",
     "INE de l'élève : 071234567AB, à reporter sur le GEVA-Sco."),
    ("dossier-apa-numero", "donnee-dossier",
     "N° de dossier APA : APA-2026-03117 (plan d'aide révisé en novembre)."),
    ("dossier-demande-siao", "donnee-dossier",
     "Demande SIAO n° 2025-000873, priorisée pour une place en pension de famille."),
    ("dossier-ipp-hopital", "donnee-dossier",
     "IPP : 000483921 — à rappeler pour toute demande de communication du dossier médical."),
    ("dossier-agdref-titre-sejour", "donnee-dossier",
     "N° AGDREF : 7501234567 (récépissé en cours de renouvellement)."),
    ("dossier-numero-parquet", "donnee-dossier",
     "Procédure suivie sous le numéro de parquet 24.123.004567 ; convocation devant le délégué "
     "du procureur."),
    ("dossier-ase-numero", "donnee-dossier",
     "Dossier ASE n° 2024-ASE-00781 : rapport d'échéance à transmettre au juge avant le 15."),
]


CLEAN = [
    # ------------------------------------------------------------------
    # auteurs et chercheurs cités
    # ------------------------------------------------------------------
    ("auteur-winnicott-pour", "Pour Winnicott, la mère « suffisamment bonne » n'est pas une mère "
     "parfaite : cette idée aide les puéricultrices à ne pas juger."),
    ("auteur-winnicott-holding", "Selon D. W. Winnicott, le « holding » désigne la manière de porter "
     "l'enfant, physiquement et psychiquement."),
    ("auteur-castel-comme-le-montre", "Comme le montre Robert Castel (1995), la désaffiliation combine "
     "perte d'emploi et fragilisation des liens sociaux."),
    ("auteur-goffman-annee", "Goffman (1961) décrit l'institution totale ; plusieurs de ses traits "
     "persistent dans certains établissements pour personnes âgées."),
    ("auteur-oury-tosquelles", "Les travaux de Jean Oury et de François Tosquelles à Saint-Alban ont "
     "fondé la psychothérapie institutionnelle."),
    ("auteur-naomi-feil", "Naomi Feil a conçu la méthode de validation pour communiquer avec les "
     "personnes âgées désorientées."),
    ("auteur-kitwood", "Tom Kitwood invite à regarder la personne avant la démence : c'est le "
     "fondement de l'approche centrée sur la personne."),
    ("auteur-furtos-selon", "Selon Jean Furtos, la souffrance psychique d'origine sociale peut aller "
     "jusqu'au syndrome d'auto-exclusion."),
    ("auteur-paugam", "Serge Paugam distingue fragilité, dépendance et rupture dans le processus de "
     "disqualification sociale."),
    ("auteur-miller-rollnick-initiales", "W. R. Miller et S. Rollnick définissent l'entretien "
     "motivationnel comme un style de conversation collaboratif."),
    ("auteur-prochaska-diclemente", "Le modèle transthéorique de Prochaska et DiClemente décrit des "
     "stades : précontemplation, contemplation, préparation, action, maintien."),
    ("auteur-tsemberis", "Sam Tsemberis a lancé Pathways to Housing à New York en 1992, à l'origine "
     "du Logement d'abord."),
    ("auteur-deegan", "Patricia Deegan, psychologue et elle-même concernée, a popularisé la notion "
     "de rétablissement en santé mentale."),
    ("auteur-anthony-prenom-initiale", "William A. Anthony (1993) décrit le rétablissement comme un "
     "processus profondément personnel et singulier."),
    ("auteur-le-bosse", "Yann Le Bossé définit le développement du pouvoir d'agir comme la "
     "possibilité d'agir sur ce qui est important pour soi."),
    ("auteur-bowlby-ainsworth", "Bowlby et Ainsworth ont montré l'importance d'une base de sécurité "
     "pour l'exploration du jeune enfant."),
    ("auteur-pikler-loczy", "Dans la lignée d'Emmi Pikler et de l'institut Lóczy, la crèche laisse "
     "l'enfant libre de ses mouvements."),
    ("auteur-david-appell", "Myriam David et Geneviève Appell ont décrit les effets des séparations "
     "répétées sur les tout-petits placés."),
    ("auteur-deligny", "Fernand Deligny accueillait des enfants autistes dans les Cévennes et "
     "cartographiait leurs « lignes d'erre »."),
    ("auteur-mannoni-bonneuil", "Maud Mannoni fonde l'école expérimentale de Bonneuil en 1969."),
    ("auteur-dolto-dates-vie", "Françoise Dolto (1908-1988) a ouvert la première Maison verte à "
     "Paris en 1979."),
    ("auteur-olievenstein", "Claude Olievenstein a ouvert le centre Marmottan en 1971."),
    ("auteur-becker-outsiders", "Howard S. Becker, dans Outsiders, analyse la déviance comme le "
     "produit d'un étiquetage."),
    ("auteur-bourdieu-nom-seul", "Bourdieu parlait de « misère de position » : la formule reste utile "
     "en analyse des pratiques."),
    ("auteur-rouzel", "Joseph Rouzel insiste sur la fonction de la parole dans l'acte éducatif."),
    ("auteur-karsz", "Saül Karsz interroge ce que le travail social « fait » réellement."),
    ("auteur-rogers-deux-points", "Carl Rogers : empathie, congruence et regard positif "
     "inconditionnel restent les trois piliers de l'écoute."),
    ("auteur-cyrulnik", "Boris Cyrulnik a popularisé en France la notion de résilience."),
    ("auteur-fustier", "Paul Fustier analyse le lien d'accompagnement entre don et échange."),
    ("auteur-foucault-titre", "Michel Foucault, Surveiller et punir (1975), reste une lecture de "
     "référence pour les CPIP."),
    ("auteur-bacque-biewener", "Marie-Hélène Bacqué et Carole Biewener retracent l'histoire de la "
     "notion d'empowerment."),
    ("auteur-maisondieu", "Jean Maisondieu, dans Le Crépuscule de la raison, critique la réduction "
     "de la démence à une maladie du cerveau."),
    ("auteur-fassin-raison-humanitaire", "Pour Didier Fassin, une « raison humanitaire » gouverne une "
     "partie des politiques sociales contemporaines."),
    ("auteur-fassin-rechtman", "Les travaux de Didier Fassin et Richard Rechtman (L'Empire du "
     "traumatisme, 2007) éclairent l'accueil des exilés."),
    ("auteur-dejours", "Christophe Dejours et la psychodynamique du travail aident à comprendre "
     "l'usure des équipes de nuit."),
    ("auteur-weber-aidants", "Florence Weber a étudié les arrangements familiaux autour de la "
     "prise en charge de la dépendance."),
    ("auteur-erikson", "Erikson situe le dernier stade de la vie entre intégrité et désespoir."),
    ("auteur-ricoeur", "Pour Ricœur, l'estime de soi passe par la sollicitude envers autrui."),
    ("auteur-honneth", "Axel Honneth : la reconnaissance se joue dans l'amour, le droit et "
     "l'estime sociale."),
    ("auteur-tronto", "Joan Tronto définit le care comme une activité qui vise à maintenir, "
     "perpétuer et réparer notre « monde »."),
    ("auteur-korczak", "Comme l'écrivait Janusz Korczak, l'enfant n'est pas un futur homme : "
     "il en est déjà un."),
    ("auteur-particule-gaulejac", "Comme le souligne Vincent de Gaulejac, la honte est au cœur de "
     "nombreuses situations de précarité."),
    ("auteur-particule-certeau", "Selon Michel de Certeau, les « arts de faire » des usagers "
     "détournent les dispositifs qui leur sont destinés."),
    ("auteur-moro-transculturel", "La pédopsychiatre Marie Rose Moro a développé la consultation "
     "transculturelle à Avicenne puis à la Maison de Solenn."),
    ("auteur-tobie-nathan", "Tobie Nathan a fondé le centre Georges-Devereux, dédié à "
     "l'ethnopsychiatrie."),
    ("auteur-sayad-double-absence", "Abdelmalek Sayad parlait de la « double absence » de "
     "l'émigré-immigré, utile pour comprendre les chibanis."),
    ("auteur-fanon-blida", "Frantz Fanon, psychiatre à Blida, a interrogé la dimension coloniale "
     "de l'institution psychiatrique."),
    ("auteur-bonnafe-formule", "On prête à Lucien Bonnafé l'idée qu'on juge une société à la "
     "manière dont elle traite ses fous."),
    ("auteur-emmanuelli-samu", "Xavier Emmanuelli a fondé le Samu social de Paris en 1993."),
    ("auteur-jeammet", "Philippe Jeammet a beaucoup écrit sur les conduites de dépendance à "
     "l'adolescence."),
    ("auteur-pellissier-agisme", "Jérôme Pellissier dénonce l'âgisme ordinaire dans La Guerre des "
     "âges."),
    ("auteur-ehrenberg", "Alain Ehrenberg, dans La Fatigue d'être soi (1998), relie dépression et "
     "injonction à l'autonomie."),
    ("auteur-zarit-echelle", "L'échelle de Zarit mesure le fardeau ressenti par l'aidant principal."),
    ("auteur-folstein-mmse", "Le MMSE de Folstein reste utilisé, mais il ne suffit pas à poser un "
     "diagnostic de trouble neurocognitif."),

    # références bibliographiques
    ("biblio-castel-apa", "Castel, R. (1995). Les Métamorphoses de la question sociale. Paris : Fayard."),
    ("biblio-goffman-asiles", "Goffman, E. (1968). Asiles. Études sur la condition sociale des "
     "malades mentaux. Paris : Minuit."),
    ("biblio-furtos-dir", "Furtos J. (dir.), Les Cliniques de la précarité, Paris, Masson, 2008."),
    ("biblio-gaulejac-particule-inversee", "Gaulejac V. de, Les Sources de la honte, Paris, "
     "Desclée de Brouwer, 1996."),
    ("biblio-titre-section-goffman", "## Ce que nous a appris la lecture de Goffman"),

    # rapports et personnalités publiques
    ("rapport-piveteau", "Le rapport Piveteau « Zéro sans solution » (2014) a inspiré la réponse "
     "accompagnée pour tous."),
    ("rapport-libault", "Le rapport Libault (2019) sur le grand âge et l'autonomie recommandait de "
     "revaloriser les métiers du domicile."),
    ("rapport-el-khomri", "Le rapport El Khomri (2019) sur les métiers du grand âge alertait sur les "
     "besoins de recrutement d'aides-soignants."),
    ("accords-laforcade", "Les accords Laforcade (2021) ont étendu le complément de traitement "
     "indiciaire à une partie des soignants du secteur handicap."),
    ("officiel-hedon", "Claire Hédon, Défenseure des droits, a alerté sur les effets de la "
     "dématérialisation des démarches pour les plus vulnérables."),
    ("officiel-simonnot", "Dominique Simonnot, Contrôleure générale des lieux de privation de "
     "liberté, a publié des recommandations sur la surpopulation carcérale."),
    ("officiel-taquet", "Adrien Taquet, alors secrétaire d'État chargé de l'enfance, a porté la "
     "loi du 7 février 2022."),
    ("officiel-rosenczveig", "Jean-Pierre Rosenczveig, ancien président du tribunal pour enfants de "
     "Bobigny, plaidait pour un code de l'enfance."),
    ("officiel-cluzel", "Sophie Cluzel a été secrétaire d'État chargée des personnes handicapées "
     "de 2017 à 2022."),
    ("officiel-badinter", "Robert Badinter a fait voter l'abolition de la peine de mort en 1981."),

    # figures historiques
    ("histoire-pinel-pussin", "Philippe Pinel et Jean-Baptiste Pussin sont associés à la "
     "libération des aliénés de leurs chaînes à Bicêtre."),
    ("histoire-braille-naissance", "Louis Braille, né le 4 janvier 1809 à Coupvray, met au point son "
     "alphabet à quinze ans."),
    ("histoire-abbe-epee", "L'abbé de l'Épée ouvre à Paris la première école publique pour enfants "
     "sourds au XVIIIe siècle."),
    ("histoire-hauy", "Valentin Haüy fonde en 1785 l'Institution des jeunes aveugles."),
    ("histoire-itard-victor", "Jean Itard et Victor de l'Aveyron : l'histoire fondatrice de "
     "l'éducation spécialisée."),
    ("histoire-seguin", "Édouard Séguin, élève d'Itard, est souvent cité comme pionnier de "
     "l'éducation des enfants alors dits « idiots »."),
    ("histoire-wresinski", "Le père Joseph Wresinski fonde ATD Quart Monde en 1957 au camp de "
     "Noisy-le-Grand."),
    ("histoire-abbe-pierre-date", "L'abbé Pierre lance son appel le 1er février 1954, au cœur d'un "
     "hiver meurtrier."),
    ("histoire-coluche", "Coluche crée les Restos du cœur en 1985."),
    ("histoire-simone-veil", "Simone Veil défend le projet de loi sur l'IVG devant l'Assemblée "
     "nationale en novembre 1974."),
    ("histoire-gaulle-anthonioz", "Geneviève de Gaulle-Anthonioz a présidé ATD Quart Monde France "
     "et porté la loi contre les exclusions de 1998."),
    ("histoire-montessori", "Maria Montessori a d'abord travaillé auprès d'enfants considérés comme "
     "« déficients »."),
    ("histoire-binet-simon", "Alfred Binet et Théodore Simon publient leur échelle métrique de "
     "l'intelligence en 1905."),

    # personnages de fiction
    ("fiction-cosette", "Cosette chez les Thénardier : un exemple littéraire de maltraitance souvent "
     "utilisé en formation."),
    ("fiction-valjean", "Jean Valjean sortant du bagne illustre les obstacles à la réinsertion."),
    ("fiction-poil-de-carotte", "Poil de Carotte, de Jules Renard, sert de support à un atelier sur "
     "les violences éducatives ordinaires."),
    ("fiction-remi-sans-famille", "Rémi, le héros de Sans famille d'Hector Malot, est un enfant "
     "trouvé cédé à un saltimbanque."),
    ("fiction-petit-prince", "Le Petit Prince apprivoise le renard : support d'un atelier sur le "
     "lien à l'IME."),
    ("fiction-intouchables", "Dans Intouchables, Philippe engage Driss comme auxiliaire de vie : "
     "un point de départ pour parler de la relation d'aide."),
    ("fiction-tatie-danielle", "Tatie Danielle, le film d'Étienne Chatiliez, caricature la vieille "
     "dame tyrannique : à discuter en formation."),
    ("fiction-harry-potter", "Harry Potter, orphelin maltraité chez les Dursley, permet d'aborder "
     "la négligence avec des préadolescents."),
    ("fiction-amour-haneke", "Dans Amour de Michael Haneke, Georges s'occupe seul de sa femme Anne "
     "après un accident vasculaire cérébral."),
    ("fiction-algernon", "Dans Des fleurs pour Algernon, Charlie Gordon voit son intelligence "
     "décupler puis décliner."),
    ("fiction-forrest-gump", "Le personnage de Forrest Gump sert souvent à ouvrir un débat sur le "
     "handicap intellectuel."),
    ("fiction-hors-normes", "Le film Hors normes (2019) s'inspire de deux associations accueillant "
     "des jeunes autistes sans solution."),

    # lieux et institutions portant un nom de personne
    ("lieu-jeanne-garnier", "La maison médicale Jeanne-Garnier, à Paris, est une référence en soins "
     "palliatifs."),
    ("lieu-sainte-anne", "Le GHU Paris psychiatrie et neurosciences regroupe notamment l'hôpital "
     "Sainte-Anne."),
    ("lieu-charles-perrens", "Le centre hospitalier Charles-Perrens est l'établissement de "
     "psychiatrie de référence de Bordeaux."),
    ("lieu-maison-solenn", "Orientation possible vers la Maison de Solenn, maison des adolescents "
     "de l'hôpital Cochin."),
    ("lieu-minkowska", "Le centre Françoise-Minkowska propose des consultations transculturelles."),
    ("lieu-raymond-poincare", "L'hôpital Raymond-Poincaré de Garches est spécialisé dans la "
     "rééducation du handicap moteur."),
    ("lieu-john-bost", "La Fondation John Bost accueille des personnes handicapées et des malades "
     "psychiques en Dordogne."),
    ("lieu-leopold-bellan", "La Fondation Léopold-Bellan gère des établissements sanitaires et "
     "médico-sociaux en Île-de-France."),
    ("lieu-paul-guiraud", "L'établissement public de santé Paul-Guiraud, à Villejuif, assure une "
     "partie de la psychiatrie de secteur du Val-de-Marne."),
    ("lieu-robert-debre", "L'hôpital Robert-Debré est un hôpital pédiatrique parisien."),
    ("lieu-college-jean-moulin", "Réunion au collège Jean-Moulin avec l'équipe éducative et "
     "l'infirmière scolaire."),
    ("lieu-lycee-simone-veil", "L'atelier a lieu au lycée Simone-Veil, salle 12, tous les jeudis."),
    ("lieu-ehpad-saint-joseph", "L'EHPAD Résidence Saint-Joseph a ouvert une unité de vie protégée "
     "de quatorze places."),
    ("lieu-csapa-pierre-nicole", "Le CSAPA Pierre-Nicole de la Croix-Rouge reçoit sans rendez-vous "
     "les jeunes consommateurs."),
    ("lieu-rue-louise-michel", "Rue Louise-Michel, la PMI de quartier tient une permanence sans "
     "rendez-vous le mercredi."),
    ("contacts-bloc-saad",
     """## Contacts
SAAD Les Mains Tendues – 12 rue Victor-Hugo, 36000 Châteauroux
Tél. : 01 99 00 12 34 – accueil@saad-exemple.fr
Du lundi au vendredi, 9 h – 17 h"""),
    ("contacts-ssiad-adresse-service", "Le SSIAD est installé 3 avenue Jean-Jaurès, au "
     "rez-de-chaussée du centre social ; secrétariat au 01 99 00 27 90."),
    ("contacts-accueil-de-jour", "Accueil de jour Alzheimer « Les Myosotis » – 2 place de l'Église "
     "– 01 99 00 58 10 – ouvert du mardi au vendredi."),
    ("contacts-pmi-permanence", "Permanence de la PMI : mardi de 9 h à 12 h, centre médico-social, "
     "5 rue des Écoles."),
    ("contacts-spip-antenne",
     """### Nous joindre
SPIP – antenne de milieu ouvert
8 rue de la Préfecture – standard : 01 99 00 70 00
spip.antenne@example.org"""),

    # mots courants qui sont aussi des prénoms, en début de phrase
    ("prenom-commun-patience", "Patience et constance sont nécessaires pour installer une relation "
     "de confiance avec une personne isolée."),
    ("prenom-commun-rose-des-vents", "Rose des vents : outil visuel pour aider le jeune à situer "
     "ses ressources (famille, école, loisirs, santé)."),
    ("prenom-commun-prudence", "Prudence : ne jamais photographier un résident sans son accord écrit."),
    ("prenom-commun-grace-a", "Grâce à la coordination avec le SSIAD, les passages du matin ont été "
     "regroupés."),
    ("prenom-commun-constance", "Constance dans les horaires : c'est ce qui rassure le plus les "
     "personnes atteintes de troubles cognitifs."),
    ("prenom-commun-claire", "Claire et concise, la transmission décrit des faits et non des "
     "jugements."),
    ("prenom-commun-esperance", "Espérance de vie sans incapacité : un indicateur utile pour "
     "planifier l'offre médico-sociale."),
    ("prenom-commun-victoire", "Victoire d'étape : la première nuit complète en chambre seule après "
     "l'admission."),
    ("prenom-commun-violette", "Violette, lavande et romarin composent le jardin sensoriel du PASA."),
    ("prenom-commun-aurore-association", "Aurore, association parisienne, gère des centres "
     "d'hébergement et des dispositifs de soins."),
    ("prenom-commun-desire", "Désiré ou non, l'enfant à naître mobilise des représentations qu'il "
     "faut accueillir sans jugement."),
    ("prenom-commun-blanche", "Blanche sur nappe blanche, l'assiette disparaît pour une personne "
     "atteinte de la maladie d'Alzheimer : préférer une vaisselle contrastée."),
    ("prenom-commun-ange", "Ange gardien ou surveillant ? La posture du veilleur de nuit est "
     "discutée en analyse des pratiques."),
    ("prenom-commun-bienvenue", "Bienvenue : cette fiche s'adresse aux nouvelles recrues du SAAD."),
    ("prenom-commun-sage-femme", "Sage-femme et puéricultrice se relaient pour les visites à "
     "domicile après la sortie de maternité."),

    # lois, décrets, articles, Cerfa, décisions
    ("loi-2002-2", "La loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale "
     "a instauré le livret d'accueil et le conseil de la vie sociale."),
    ("loi-2005-102", "Loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, "
     "la participation et la citoyenneté des personnes handicapées."),
    ("loi-2007-308-majeurs", "La loi n° 2007-308 du 5 mars 2007 porte réforme de la protection "
     "juridique des majeurs."),
    ("loi-2007-293-enfance", "La loi n° 2007-293 du 5 mars 2007 réformant la protection de "
     "l'enfance a généralisé les cellules de recueil des informations préoccupantes."),
    ("loi-2016-297", "La loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant "
     "recentre le dispositif sur les besoins de l'enfant."),
    ("loi-2022-140", "La loi n° 2022-140 du 7 février 2022 relative à la protection des enfants "
     "interdit l'hébergement des mineurs confiés à l'hôtel."),
    ("loi-2015-1776-asv", "La loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la "
     "société au vieillissement a créé le droit au répit."),
    ("loi-kouchner", "La loi du 4 mars 2002 relative aux droits des malades, dite loi Kouchner, "
     "consacre l'accès direct au dossier médical."),
    ("loi-claeys-leonetti", "La loi Leonetti (2005) puis la loi Claeys-Leonetti (2016) encadrent "
     "la fin de vie et les directives anticipées."),
    ("article-226-13-cp", "Article 226-13 du code pénal : la révélation d'une information à "
     "caractère secret est punie d'un an d'emprisonnement et de 15 000 euros d'amende."),
    ("article-l226-2-2-casf", "Article L. 226-2-2 du CASF : le partage d'informations à caractère "
     "secret entre professionnels de la protection de l'enfance."),
    ("article-375-cc", "Article 375 du code civil : si la santé, la sécurité ou la moralité d'un "
     "mineur non émancipé sont en danger…"),
    ("article-425-cc", "Article 425 du code civil : toute personne dans l'impossibilité de pourvoir "
     "seule à ses intérêts peut bénéficier d'une mesure de protection juridique."),
    ("article-l3212-1-csp", "Article L. 3212-1 du code de la santé publique : admission en soins "
     "psychiatriques à la demande d'un tiers."),
    ("article-132-45-cp", "Article 132-45 du code pénal : liste des obligations pouvant accompagner "
     "un sursis probatoire."),
    ("ordonnance-1945-cjpm", "L'ordonnance du 2 février 1945 relative à l'enfance délinquante a "
     "laissé place au code de la justice pénale des mineurs le 30 septembre 2021."),
    ("cerfa-mdph", "Le formulaire de demande à la MDPH est le Cerfa n° 15692*01 ; le certificat "
     "médical, le Cerfa n° 15695*01."),
    ("cerfa-ancien-mdph", "L'ancien formulaire Cerfa 13788*01 n'est plus accepté par les MDPH."),
    ("jurisprudence-odievre", "CEDH, 13 février 2003, Odièvre c. France : l'accouchement sous X "
     "n'est pas contraire à la Convention."),
    ("jurisprudence-jmb", "CEDH, 30 janvier 2020, J.M.B. et autres c. France : condamnation pour "
     "les conditions de détention et la surpopulation carcérale."),
    ("jurisprudence-marper", "CEDH, 4 décembre 2008, S. et Marper c. Royaume-Uni : limites à la "
     "conservation des profils ADN."),
    ("jurisprudence-qpc-fraternite", "Conseil constitutionnel, décision n° 2018-717/718 QPC du "
     "6 juillet 2018 : le principe de fraternité a valeur constitutionnelle."),

    # numéros d'écoute
    ("ecoute-119", "119 – Allô enfance en danger : gratuit, 24 h/24, 7 j/7."),
    ("ecoute-3919", "Violences faites aux femmes : 3919, appel anonyme et gratuit."),
    ("ecoute-3977", "Maltraitance des personnes âgées et des adultes handicapés : composer le 3977."),
    ("ecoute-115", "Urgence hébergement : composer le 115, y compris depuis un portable sans crédit."),
    ("ecoute-116000", "116 000 : numéro d'urgence pour les enfants disparus."),
    ("ecoute-3114", "Prévention du suicide : le 3114 répond 24 h/24 et 7 j/7."),
    ("ecoute-drogues-info", "Drogues Info Service : 0 800 23 13 13, appel anonyme et gratuit."),
    ("ecoute-fil-sante-jeunes", "Fil Santé Jeunes : 0 800 235 236, pour les 12-25 ans."),
    ("ecoute-alcool-info", "Alcool Info Service : 0 980 980 930."),
    ("ecoute-3018", "Harcèlement et cyberharcèlement : 3018, par téléphone ou par tchat."),
    ("ecoute-114-sms", "Personnes sourdes ou malentendantes : urgence par SMS au 114."),
    ("ecoute-sida-info", "Sida Info Service : 0 800 840 800."),
    ("ecoute-tabac-3989", "Tabac Info Service : 39 89, avec un tabacologue sur rendez-vous."),

    # courriels de service
    ("courriel-service-contact", "Pour toute question sur la fiche : contact@exemple.fr"),
    ("courriel-service-admissions", "Les demandes d'admission sont à adresser à "
     "admissions.ime@exemple.fr, accompagnées de la notification de la MDPH."),
    ("courriel-colle-service",
     """> De : secretariat@exemple.fr
> Objet : réunion des coordinatrices
> Bonjour à toutes, la réunion est déplacée au jeudi à 14 h, salle du rez-de-chaussée."""),

    # âges, statistiques
    ("stat-apa-beneficiaires", "En France, environ 1,3 million de personnes bénéficient de l'APA."),
    ("stat-aidants", "Entre 9 et 11 millions de personnes aident régulièrement un proche malade, "
     "âgé ou handicapé."),
    ("stat-age-enfant-sommeil", "Un enfant de 4 ans peut exprimer sa détresse par des troubles du "
     "sommeil plutôt que par des mots."),
    ("stat-85-ans", "Les personnes de 85 ans et plus représentent une part croissante des entrées "
     "en EHPAD."),
    ("stat-taux-incapacite", "Le taux d'incapacité doit être d'au moins 80 % pour l'AAH, ou compris "
     "entre 50 et 79 % avec une restriction substantielle d'accès à l'emploi."),
    ("stat-gir", "La grille AGGIR classe les personnes de GIR 1 à GIR 6 ; l'APA concerne les GIR 1 "
     "à 4."),
    ("stat-attente-fam", "Dans notre département, l'attente pour une place en FAM dépasse souvent "
     "trois ans."),
    ("stat-outre-mer", "Dans les départements d'outre-mer (971 à 976), les délais d'instruction "
     "sont souvent plus longs."),

    # modèles et espaces réservés
    ("gabarit-crochets", "Modèle de transmission : « Mme [NOM], née le [JJ/MM/AAAA], chambre [n°] : … »"),
    ("gabarit-x-y", "Exemple : M. X, 80 ans, vit seul ; Mme Y, sa voisine, passe chaque jour."),
    ("gabarit-telephone-x", "Téléphone de l'aidant : 0X XX XX XX XX (à compléter dans le DPI, "
     "jamais dans la fiche)."),
    ("gabarit-iban-x", "IBAN : FR76 XXXX XXXX XXXX XXXX XXXX XXX — champ à laisser vide dans le modèle."),
    ("gabarit-soulignes", "N° de dossier : ________ ; NIR : ________ (ne pas renseigner ici)."),
    ("gabarit-signature", "Prénom Nom, fonction, service : format des signatures dans les comptes "
     "rendus."),
    ("gabarit-enfant-z", "Dans l'exemple, l'enfant Z., 6 ans, est confié à sa tante."),

    # crédits des auteurs de la fiche
    ("credits-yaml-auteurs",
     """---
titre: Accompagner la fin de vie à domicile
auteurs:
  - Nadia Ferhat, infirmière coordinatrice, SSIAD
  - Thomas Brel, aide-soignant
date: 2026-10-14
---"""),
    ("credits-redaction-ligne", "Rédaction : Lucie Marchand, CESF, et Karim Oulhaj, éducateur "
     "spécialisé — relecture : comité éthique de l'association."),
    ("credits-remerciements", "Merci à Sylvie Caron, psychologue de l'équipe mobile, pour sa "
     "relecture attentive."),

    # formes de documents sans donnée personnelle
    ("forme-planning-activites",
     """| Jour | Horaire | Activité |
|---|---|---|
| Lundi | 10 h – 11 h | atelier mémoire |
| Mardi | 14 h – 16 h | médiation animale |"""),
    ("forme-cr-synthese-sans-nom", "Compte rendu de synthèse – Présents : cheffe de service, "
     "psychologue, éducatrice référente, assistante familiale. Ordre du jour : bilan du trimestre, "
     "projet personnalisé, préparation de l'audience."),
    ("forme-cahier-liaison-consigne", "Cahier de liaison : noter la date, l'heure, l'intervenant "
     "(fonction), les faits observés et la suite donnée ; jamais de diagnostic ni d'opinion."),
    ("forme-yaml-fiche",
     """---
titre: Préparer une audience devant le juge des enfants
public: professionnels de l'AEMO
mots_cles: [audience, assistance éducative, article 375]
mise_a_jour: 2026-11-30
---"""),
    ("forme-parole-rapportee-anonyme", "« Je ne veux pas être un poids pour mes enfants » : cette "
     "phrase revient souvent lors des évaluations APA."),
    ("forme-parole-collegue", "« On n'est pas là pour juger », rappelle souvent une collègue de la "
     "maraude."),
    ("forme-transmission-ciblee-methode", "Transmission ciblée : Cible – Données – Actions – "
     "Résultats (méthode DAR)."),
    ("forme-finess", "Le numéro FINESS de l'établissement figure sur le livret d'accueil et sur "
     "l'arrêté d'autorisation."),
    ("forme-geva-sco", "Le GEVA-Sco est transmis à la MDPH par l'enseignant référent après l'ESS."),
    ("forme-siao-commission", "Le SIAO attribue les places selon les critères définis par la "
     "commission partenariale."),
    ("forme-juge-tutelles-audition", "Pour le juge des tutelles, l'audition de la personne protégée "
     "est un droit, sauf avis médical contraire."),
    ("forme-mjie", "Le juge des enfants peut ordonner une mesure judiciaire d'investigation "
     "éducative (MJIE)."),
    ("forme-tiers-digne-confiance", "La famille élargie (grands-parents, oncles, tantes) peut être "
     "sollicitée comme tiers digne de confiance."),
    ("date-journee-alzheimer", "Journée mondiale Alzheimer : le 21 septembre, l'accueil de jour "
     "ouvre ses portes aux familles."),
    ("date-sism-octobre", "Les Semaines d'information sur la santé mentale ont lieu chaque année "
     "en octobre."),
    ("date-ne-en-1975-cat", "Nés de la loi d'orientation de 1975, les CAT sont devenus des ESAT "
     "avec la loi de 2005."),
    ("date-preadmission-collective", "Les visites de préadmission ont lieu le premier mardi du "
     "mois, à 14 h, en présence de la cadre de santé."),
    ("classification-dsm5", "Selon le DSM-5 (American Psychiatric Association, 2013), le trouble de "
     "l'usage de substances s'évalue sur onze critères."),
    ("classification-cim11", "La CIM-11, adoptée par l'OMS en 2019, est entrée en vigueur en 2022."),
    ("segur-sante", "Le Ségur de la santé (2020) a ouvert des revalorisations étendues ensuite à "
     "une partie du médico-social."),
    ("serment-hippocrate", "Le serment d'Hippocrate est souvent cité pour fonder le secret médical."),
    ("chien-mediation-celeste", "Céleste, la chienne de l'intervenante en médiation animale, vient "
     "le mardi : prévoir une salle calme."),
]


DEBATABLE = [
    ("debat-pseudonyme-annonce",
     "Appelons-la Sarah : une jeune femme de 24 ans, enceinte de sept mois, qui dort dans sa voiture.",
     "Pseudonyme explicite, mais les détails peuvent suffire à reconnaître la personne."),
    ("debat-initiale-seule",
     "Mme B., 82 ans, vit seule et refuse toute aide à domicile.",
     "Initiale seule sans lieu ni détail discriminant : identification peu probable."),
    ("debat-annee-naissance",
     "Né en 1938, ce résident a connu la guerre d'Algérie comme appelé.",
     "Année seule : pas une date de naissance précise."),
    ("debat-date-admission",
     "Entrée à l'EHPAD le 12 mars 2025, après une hospitalisation en gériatrie.",
     "Date précise d'un événement de la personne, mais ni naissance ni identifiant."),
    ("debat-residence-collective",
     "Les résidents du FAM Les Glycines participent à un atelier théâtre le vendredi.",
     "Résidence nommée, mais collective et sans personne désignée."),
    ("debat-cellule",
     "Le détenu de la cellule 214 du bâtiment B refuse la promenade depuis une semaine.",
     "Localisation précise d'une personne, mais ni adresse postale ni numéro de dossier."),
    ("debat-prenom-exemple-hypothetique",
     "Par exemple, si Lucas refuse d'aller à l'école le lundi, l'éducateur peut d'abord en parler "
     "avec lui.",
     "Prénom d'illustration dans un cas hypothétique."),
    ("debat-nom-animal",
     "Le chien de la bénéficiaire, Filou, doit être enfermé avant chaque passage.",
     "Nom d'animal, non d'une personne, mais rattaché à une bénéficiaire."),
    ("debat-cas-historique-anna-o",
     "Anna O., patiente de Josef Breuer, est à l'origine de la « talking cure ».",
     "Cas clinique historique publié sous pseudonyme, identité aujourd'hui connue."),
    ("debat-iban-association",
     "Dons à l'association (compte de l'association) : FR76 4255 9100 0008 0119 8765 403",
     "IBAN d'une personne morale, pas d'une personne accompagnée."),
    ("debat-portable-pro-educatrice",
     "L'éducatrice référente reste joignable sur son portable professionnel, 06 39 98 90 11, "
     "pendant les transferts.",
     "Numéro d'une professionnelle, pas d'une personne accompagnée."),
    ("debat-hameau-reidentification",
     "Une dame de 97 ans, seule habitante encore âgée du hameau des Combes-Hautes, refuse le portage "
     "de repas.",
     "Aucune donnée listée, mais réidentification possible par le lieu."),
    ("debat-meta-noms-frequents",
     "Martin, Bernard, Thomas : les noms les plus fréquents en France ne doivent pas servir "
     "d'exemples dans les fiches ; préférer M. X.",
     "Noms de famille cités comme mots, en consigne de rédaction."),
    ("debat-jurisprudence-initiales",
     "Dans l'arrêt publié, le mineur est désigné « Y. » et sa mère « Mme Z. », comme le veut "
     "l'anonymisation des décisions.",
     "Initiales d'une décision publiée, déjà anonymisée."),
    ("debat-courriel-autrice",
     "Contact de l'autrice : n.ferhat@exemple.fr",
     "Courriel personnel d'une praticienne qui a accepté d'être citée, pas d'une personne accompagnée."),
    ("debat-surnom-generique",
     "Les « anciens » du foyer appellent le nouveau « le Parisien », ce qui l'agace.",
     "Surnom descriptif, peu identifiant hors du foyer."),
    ("debat-plus-jeune-resident",
     "Le plus jeune résident de l'EHPAD, 58 ans, ancien chauffeur routier, attend une place en FAM.",
     "Aucun nom, mais unicité (« le plus jeune ») qui rend la personne reconnaissable."),
    ("debat-nir-incomplet",
     "Le NIR commence par 2 36 04 75 : l'assurée est donc une femme née en avril 1936 à Paris.",
     "NIR tronqué qui révèle sexe, mois et année de naissance, lieu ; ni NIR complet ni date précise."),
]


if __name__ == "__main__":
    CODES = ("donnee-nom", "donnee-naissance", "donnee-adresse", "donnee-telephone",
             "donnee-courriel", "donnee-nir", "donnee-iban", "donnee-dossier")
    kinds = [k for k, _, _ in FLAG] + [k for k, _ in CLEAN] + [k for k, _, _ in DEBATABLE]
    texts = [t for _, _, t in FLAG] + [t for _, t in CLEAN] + [t for _, t, _ in DEBATABLE]
    assert len(kinds) == len(set(kinds)), "kind en double"
    assert len(texts) == len(set(texts)), "texte en double"
    assert all(c in CODES for _, c, _ in FLAG), "code inconnu"
    assert len(FLAG) >= 130 and len(CLEAN) >= 150 and 10 <= len(DEBATABLE) <= 20
    counts = {}
    for _, c, _ in FLAG:
        counts[c] = counts.get(c, 0) + 1
    for c in CODES:
        print(c, counts.get(c, 0))
    print("FLAG", len(FLAG), "CLEAN", len(CLEAN), "DEBATABLE", len(DEBATABLE))
