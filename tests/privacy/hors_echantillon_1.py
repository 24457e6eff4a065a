"""Out-of-sample evaluation set for the Relier personal-data checker.

(Team's note: measured first on the detector of main at 4553e54 — recall 73.1 %, false alarms
9.4 % — then used to change it: in-sample since. tests/test_safety.py holds the figures after.)

Written on 2026-12-07 by a helper that saw neither the detector nor its
existing test cases. Every person accompanied named or described here is
fictitious (names, dates, addresses, numbers invented; NIR keys, IBAN
checksums, SIRET/FINESS keys computed with python-stdnum so that they are
formally valid). Cited authors, institutions, laws and helplines are real
or generic public references.

FLAG      : (kind, expected_code, text) -- must be flagged with that code.
CLEAN     : (kind, text)                -- must not be flagged.
DEBATABLE : (kind, text, why)           -- kept out of both lists.
"""

FLAG = [
    # ------------------------------------------------------------------
    # donnee-nom (about 60)
    # ------------------------------------------------------------------
    ("vignette-prenom-age", "donnee-nom",
     "Prenons Kevin, 15 ans, placé depuis ses 9 ans au foyer : chaque retour de week-end chez sa mère se termine par une fugue."),
    ("citation-prenom", "donnee-nom",
     "« Je veux plus qu'on me parle de ma mère », avait lancé Yanis pendant l'entretien ; nous avons respecté ce silence pendant trois semaines."),
    ("liste-participants", "donnee-nom",
     "Participants à l'atelier cuisine du mardi : Yasmine, Dylan, Mme Ferreira et son fils, ainsi que deux bénévoles."),
    ("initiale-age-chambre", "donnee-nom",
     "Mme D., 82 ans, chambre 12, refuse la toilette du matin depuis le décès de son mari."),
    ("le-petit-prenom", "donnee-nom",
     "Le petit Enzo a mis plusieurs mois avant d'accepter de lâcher la main de l'éducatrice à l'entrée de la crèche."),
    ("famille-nom", "donnee-nom",
     "La famille Benali a été orientée vers nous par le service social de secteur après l'expulsion de novembre."),
    ("monsieur-nom", "donnee-nom",
     "Monsieur Kowalczyk ne se rend plus à ses rendez-vous au CMP depuis que son éducateur référent a changé."),
    ("prenom-minuscule", "donnee-nom",
     "on a vu avec ibrahim que le plus dur c'était le soir, quand le foyer se vide et que les autres rentrent chez eux."),
    ("prenom-compose-residente", "donnee-nom",
     "Marie-Thérèse, résidente de l'unité protégée, déambule chaque fin d'après-midi en cherchant « ses enfants qui rentrent de l'école »."),
    ("dialogue-prenom", "donnee-nom",
     "— Sofiane, tu peux ranger ton assiette avant de monter ?\n— Pourquoi moi ? C'est toujours moi !"),
    ("prenom-diagnostic", "donnee-nom",
     "Chez Lucas, diagnostiqué TSA à 4 ans, les transitions entre deux activités sont les moments les plus difficiles."),
    ("nom-mesure-protection", "donnee-nom",
     "M. Traoré fait l'objet d'une curatelle renforcée depuis mars ; son mandataire règle désormais le loyer directement."),
    ("compte-rendu-reunion", "donnee-nom",
     "**Synthèse du 14/03** – Situation d'Aïcha : l'équipe propose un accueil séquentiel, la mère est d'accord, le père ne répond plus aux courriers."),
    ("nom-vietnamien", "donnee-nom",
     "Mme Nguyen Thi Lan, 67 ans, vit seule depuis le départ de sa fille ; elle ne parle presque pas français."),
    ("prenom-turc", "donnee-nom",
     "Emre, 16 ans, arrivé de Gaziantep l'an dernier, sert d'interprète à ses parents à chaque rendez-vous administratif."),
    ("nom-portugais-compose", "donnee-nom",
     "Mme Da Silva Pereira nous a confié qu'elle n'avait jamais osé demander l'APA par peur de « devoir quelque chose à l'État »."),
    ("prenom-comorien", "donnee-nom",
     "Quand Nassuf est arrivé de Mayotte, il ne connaissait personne en métropole à part un oncle à Marseille."),
    ("nom-voyageurs", "donnee-nom",
     "Sur l'aire d'accueil, c'est la grand-mère, Mme Winterstein, qui décide si les enfants iront à l'école ou non."),
    ("prenom-afghan-mna", "donnee-nom",
     "Mohammad Reza, mineur non accompagné, a mis six mois à parler de la traversée de l'Iran et de la Turquie."),
    ("prenom-ukrainien", "donnee-nom",
     "Olena et ses deux filles, hébergées depuis avril 2022, attendent toujours une proposition de logement social."),
    ("prenom-nom-guineen", "donnee-nom",
     "Pour Mamadou Diallo, l'apprentissage en boulangerie a tout changé : il se lève à 4 h sans qu'on ait besoin de l'appeler."),
    ("nom-rural", "donnee-nom",
     "Le père Chassagne, 78 ans, éleveur retraité du hameau, refuse toute aide à domicile : « tant que je peux traire, je reste »."),
    ("surnom", "donnee-nom",
     "« Titi », comme l'appellent les autres hébergés, passe ses journées devant la porte du CHRS à attendre le facteur."),
    ("initiales-detail", "donnee-nom",
     "J.-P. M., 54 ans, ancien chauffeur routier sorti de détention en janvier, dort dans sa voiture sur le parking de l'hôpital."),
    ("prenom-gras-age", "donnee-nom",
     "**Inès** (14 ans) a été la première à prendre la parole lors du groupe de parole sur le harcèlement."),
    ("prenom-parentheses", "donnee-nom",
     "Un jeune (Rayan) nous a dit un jour que l'internat était « le seul endroit où personne ne crie »."),
    ("fratrie-prenoms", "donnee-nom",
     "Les trois enfants – Lina, Adam et la petite Maëlys – ont été confiés à la même assistante familiale pour ne pas séparer la fratrie."),
    ("madame-prenom", "donnee-nom",
     "Madame Fatoumata nous demande chaque semaine si son dossier de regroupement familial avance."),
    ("nom-compose-famille", "donnee-nom",
     "La fille de M. Lefebvre-Dumas appelle tous les soirs à 19 h ; quand elle ne le fait pas, il ne mange pas."),
    ("prenom-roumain-squat", "donnee-nom",
     "Dans le squat, c'est Florin qui sert de médiateur entre les familles et l'équipe de maraude."),
    ("prenom-initiale-age", "donnee-nom",
     "Exemple : Karim B., 19 ans, sorti de l'ASE sans contrat jeune majeur, a dormi trois nuits aux urgences avant qu'on le retrouve."),
    ("liste-markdown-difficultes", "donnee-nom",
     "- Noah : difficultés de lecture\n- Jade : anxiété de séparation\n- Timéo : refus scolaire depuis la Toussaint"),
    ("citation-blockquote-signee", "donnee-nom",
     "> « Moi je suis pas malade, c'est les voix qui sont malades. »\n> — Thierry, résident du foyer d'accueil médicalisé"),
    ("enfant-prenom-nom", "donnee-nom",
     "La maman de Chloé Martinez nous a transmis le certificat du pédopsychiatre avant la réunion d'équipe éducative."),
    ("prenom-polyhandicap", "donnee-nom",
     "Bastien, polyhandicapé, communique par le regard : un clignement pour oui, deux pour non."),
    ("nom-information-preoccupante", "donnee-nom",
     "Une information préoccupante a été transmise à la CRIP concernant les enfants Moreau après les faits du 3 février."),
    ("prenom-kabyle-honorifique", "donnee-nom",
     "Da Mokrane, comme tout le monde l'appelle à la résidence sociale, raconte volontiers son arrivée à Nanterre en 1962."),
    ("prenom-tchetchene", "donnee-nom",
     "Zelimkhan et sa mère ont obtenu la protection subsidiaire ; il commence enfin le CAP qu'il attendait."),
    ("nom-minuscule-note", "donnee-nom",
     "rdv avec mme bouchard demain pour le renouvellement de sa demande de logement, penser à la prévenir la veille"),
    ("prenom-mineur-penal", "donnee-nom",
     "Mathis, 13 ans, mis en examen pour des vols en réunion, fait l'objet d'une mesure éducative judiciaire provisoire."),
    ("deux-residents", "donnee-nom",
     "Depuis la mort de Gérard, son voisin de chambre, M. Roux ne descend plus aux repas."),
    ("nom-compose-malien", "donnee-nom",
     "Aminata Keïta-Coulibaly a repris ses cours de français au centre social après la naissance de son troisième enfant."),
    ("tableau-markdown", "donnee-nom",
     "| Jeune | Objectif du trimestre |\n|---|---|\n| Killian | Retrouver un rythme de sommeil |\n| Ethan | Passer le code de la route |"),
    ("prenom-polonais", "donnee-nom",
     "Piotr, travailleur détaché tombé à la rue après un accident de chantier, a accepté l'hébergement à la troisième maraude."),
    ("nom-congolais", "donnee-nom",
     "Mme Mbuyi Kabongo est venue avec son acte de naissance congolais ; il a fallu le faire traduire par un traducteur assermenté."),
    ("nom-comorien-fils", "donnee-nom",
     "Mme Said Ahmed, 43 ans, élève seule cinq enfants dans un T2 ; l'aîné, Anli, a arrêté le lycée pour travailler."),
    ("prenom-vietnamien-adopte", "donnee-nom",
     "Le jeune Minh Khoa, adopté à 3 ans, se pose beaucoup de questions sur ses origines depuis son entrée au collège."),
    ("prenom-manouche", "donnee-nom",
     "Django, 11 ans, ne vient à l'école que lorsque la caravane familiale est stationnée à moins de deux kilomètres."),
    ("madame-nom-turc", "donnee-nom",
     "Madame Öztürk a finalement accepté le portage des repas, à condition qu'ils soient halal."),
    ("prenom-alzheimer", "donnee-nom",
     "Simone appelle chaque soignant « Papa » ; l'équipe a choisi de ne pas la corriger."),
    ("nom-sortie-prison", "donnee-nom",
     "À sa sortie de la maison d'arrêt, M. Belkacem n'avait ni carte d'identité ni domiciliation."),
    ("vignette-longue", "donnee-nom",
     "Cas pratique n° 2. Jessica, 24 ans, mère d'un bébé de 5 mois, est accueillie en centre parental après une hospitalisation en psychiatrie. L'équipe s'inquiète des temps de repas : le bébé perd du poids et la jeune femme s'endort pendant les biberons."),
    ("aidant-famille-prenom", "donnee-nom",
     "Le fils de Mme Garnier, Laurent, est son aidant principal ; il nous a dit qu'il n'avait pas pris de vacances depuis six ans."),
    ("titre-markdown-prenom", "donnee-nom",
     "## Le parcours de Moussa\n\nArrivé à 15 ans par la Libye, il a été évalué mineur après quatre mois d'attente à l'hôtel."),
    ("nom-breton-age", "donnee-nom",
     "Yvonne Le Goff, 91 ans, vit seule dans sa longère ; l'infirmière passe deux fois par jour."),
    ("initiales-seules-age", "donnee-nom",
     "L'adolescente (S. K., 15 ans, collège de secteur) a révélé les faits à l'infirmière scolaire."),
    ("citation-prenom-ivoirien", "donnee-nom",
     "Koffi nous a montré ses mains : « J'ai travaillé trois ans sur les chantiers sans papiers, et maintenant ils me disent d'attendre. »"),
    ("dialogue-prenom-2", "donnee-nom",
     "« Tu sais, Wassim, personne ici ne va te juger », lui a dit l'éducatrice le soir de son retour de fugue."),
    ("cvs-proces-verbal", "donnee-nom",
     "CVS du 12 mai – présents : M. Haddad (résident, président), Mme Poulain (résidente), Mme Vidal (fille d'une résidente, collège des familles)."),
    ("jumeaux-prenoms", "donnee-nom",
     "Kenza et Bilal, les jumeaux de 6 ans, ne supportent pas d'être dans deux groupes différents au centre de loisirs."),

    # ------------------------------------------------------------------
    # donnee-naissance
    # ------------------------------------------------------------------
    ("ddn-numerique", "donnee-naissance",
     "Le jeune accueilli, né le 14/03/2009, est scolarisé en ULIS depuis la rentrée."),
    ("ddn-libelle", "donnee-naissance",
     "Date de naissance de l'enfant : 2 février 2016 – accueil provisoire signé par les deux parents."),
    ("ddn-abreviation-points", "donnee-naissance",
     "DDN : 07.11.1958 – résidente de l'unité Alzheimer, entrée en 2021, GIR 2."),
    ("ddn-initiale", "donnee-naissance",
     "Mme B. (née le 23 août 1941) a été hospitalisée trois fois cette année pour des chutes."),
    ("ddn-en-lettres", "donnee-naissance",
     "L'usager est né le vingt-neuf décembre mille neuf cent soixante-dix-huit à Oran, selon son livret de famille."),
    ("ddn-premier-mai", "donnee-naissance",
     "Née le 1er mai 2007 à Conakry, la jeune fille a pourtant été évaluée majeure par le département."),
    ("ddn-iso", "donnee-naissance",
     "Fiche de liaison – date de naissance : 2011-06-30 ; classe : CM2 ; mesure : AEMO."),
    ("ddn-courte", "donnee-naissance",
     "le petit dernier de la famille, né le 5/9/2019, n'a toujours pas de médecin traitant"),
    ("ddn-majorite", "donnee-naissance",
     "Il fêtera ses 18 ans le 12 octobre prochain (né le 12/10/2008) et aucune solution de sortie n'est prévue."),
    ("ddn-abrev-mois", "donnee-naissance",
     "D.D.N. 19 janv. 1964 – sortie de détention prévue fin mars, hébergement non trouvé."),

    # ------------------------------------------------------------------
    # donnee-adresse
    # ------------------------------------------------------------------
    ("adresse-complete", "donnee-adresse",
     "La famille vit au 12 rue des Acacias, 93200 Saint-Denis, dans un appartement insalubre signalé à l'ARS."),
    ("adresse-batiment-etage", "donnee-adresse",
     "Visite à domicile chez la jeune mère : 4 bis impasse du Moulin, bâtiment C, 3e étage, porte gauche, à Vénissieux."),
    ("adresse-lieu-dit", "donnee-adresse",
     "Le résident a vécu quarante ans au lieu-dit La Croix-Blanche, 23150 Ahun, avant d'entrer à l'EHPAD."),
    ("adresse-campement", "donnee-adresse",
     "Le campement des familles se trouve au bout de la rue de l'Industrie à Montreuil, derrière le garage fermé ; cinq familles y vivent."),
    ("adresse-residence-escalier", "donnee-adresse",
     "Adresse du jeune : résidence Les Tilleuls, esc. B, appt 42, 38100 Grenoble."),
    ("adresse-chemin-sans-numero", "donnee-adresse",
     "Mme F. habite chemin de la Fontaine à Saint-Julien-Chapteuil, la dernière maison avant le bois."),
    ("adresse-squat-avenue-nom", "donnee-adresse",
     "Le squat du 27, avenue Jean-Jaurès à Calais héberge une vingtaine de jeunes exilés, dont plusieurs mineurs."),
    ("adresse-minuscule", "donnee-adresse",
     "domicile de l'usager : 8 allée des peupliers, 59000 lille"),
    ("adresse-hebergement-tiers", "donnee-adresse",
     "Le couple est hébergé chez un cousin, 115 boulevard de la Libération, Marseille 13004, dans une chambre sans fenêtre."),
    ("adresse-retour-domicile", "donnee-adresse",
     "Retour à domicile prévu au 3, place de l'Église, 71250 Cluny, avec passage du SSIAD matin et soir."),
    ("adresse-voiture-rue", "donnee-adresse",
     "Il dort depuis l'hiver dans sa voiture garée rue du Stade à Tulle, juste devant le gymnase."),

    # ------------------------------------------------------------------
    # donnee-telephone
    # ------------------------------------------------------------------
    ("tel-mobile-espaces", "donnee-telephone",
     "Le portable de la mère : 06 12 45 78 93, à n'appeler qu'après 18 h."),
    ("tel-mobile-points", "donnee-telephone",
     "Joignable au 07.68.21.40.55 (c'est le numéro de son fils aîné)."),
    ("tel-plus33", "donnee-telephone",
     "Tél. du jeune : +33 6 51 22 87 09"),
    ("tel-fixe-tirets", "donnee-telephone",
     "Mme L. a laissé son fixe : 04-78-62-19-33, elle ne sait pas se servir du portable."),
    ("tel-0033", "donnee-telephone",
     "appeler le père au 0033 7 81 45 60 12 pour confirmer le droit de visite du week-end"),
    ("tel-plus33-zero-parenthese", "donnee-telephone",
     "Son numéro : +33 (0)6 23 47 91 08 – il répond surtout par SMS."),
    ("tel-fixe-colle", "donnee-telephone",
     "Fixe au domicile : 0241875326 (c'est la grand-mère qui décroche)."),
    ("tel-groupement-bizarre", "donnee-telephone",
     "rappeler monsieur au 06.5321.8847 après son rendez-vous à la préfecture"),
    ("tel-chiffres-espaces", "donnee-telephone",
     "Le jeune a écrit son numéro sur la fiche d'inscription : 0 7 8 2 3 4 1 9 6 5."),
    ("tel-phrase-consigne", "donnee-telephone",
     "N° de Mme K. : 01 43 57 29 84 (ne pas laisser de message, le conjoint écoute le répondeur)."),
    ("tel-groupes-3", "donnee-telephone",
     "son numéro c'est le 065 321 88 47 mais il change souvent de puce"),

    # ------------------------------------------------------------------
    # donnee-courriel
    # ------------------------------------------------------------------
    ("mail-simple", "donnee-courriel",
     "Le jeune préfère être contacté par mail : kevin.dupuis2008@gmail.com"),
    ("mail-at-point", "donnee-courriel",
     "adresse de la mère : nadia.benhamou at hotmail point fr"),
    ("mail-crochets", "donnee-courriel",
     "Courriel du père : j.morel[at]orange.fr"),
    ("mail-arobase", "donnee-courriel",
     "écrire à sarah_lpz93 arobase yahoo.fr pour les papiers de la CAF"),
    ("mail-espaces", "donnee-courriel",
     "mail perso de l'usager : m . traore @ laposte . net"),
    ("mail-at-dot-parentheses", "donnee-courriel",
     "Contact : lou.petitjean (at) free (dot) fr – c'est elle qui gère les mails de sa grand-mère."),
    ("mail-demarches", "donnee-courriel",
     "Elle a créé une adresse rien que pour les démarches : demarches.aicha.k@outlook.fr"),
    ("mail-beau-pere", "donnee-courriel",
     "Le beau-père nous écrit depuis patrick.vasseur59@sfr.fr, avec l'avocate en copie."),
    ("mail-tiret", "donnee-courriel",
     "Mail: tom-lebreton@icloud.com"),
    ("mail-residente", "donnee-courriel",
     "adresse mél. de la résidente (gérée par sa fille) : ginette.roussel@wanadoo.fr"),

    # ------------------------------------------------------------------
    # donnee-nir (keys computed with stdnum.fr.nir)
    # ------------------------------------------------------------------
    ("nir-espaces-enfant", "donnee-nir",
     "N° de sécurité sociale de l'enfant : 2 12 08 13 055 087 68"),
    ("nir-colle", "donnee-nir",
     "NIR : 185076938104222"),
    ("nir-points", "donnee-nir",
     "Le numéro de sécu de Madame (2.91.02.75.123.456.69) figure sur l'attestation de droits."),
    ("nir-ne-etranger", "donnee-nir",
     "numéro INSEE : 1 77 12 99 350 127 44 (né à l'étranger)"),
    ("nir-corse-2a", "donnee-nir",
     "Immatriculation : 2 06 02 2A 004 012 60, affiliée à la CPAM de Corse-du-Sud."),
    ("nir-corse-2b", "donnee-nir",
     "Carte Vitale du jeune : 1 95 11 2B 033 021 85"),
    ("nir-note-rapide", "donnee-nir",
     "sécu 198033306321557 clé ok"),
    ("nir-tirets", "donnee-nir",
     "N° SS : 2-88-01-38-185-144-39"),
    ("nir-cerfa", "donnee-nir",
     "NIR de l'usager à reporter sur le Cerfa : 1 01 04 75 118 006 20"),
    ("nir-phrase", "donnee-nir",
     "Le numéro de Sécurité sociale provisoire a enfin été remplacé par le définitif : 2 95 06 63 113 092 52."),

    # ------------------------------------------------------------------
    # donnee-iban (checksums verified with stdnum.iban)
    # ------------------------------------------------------------------
    ("iban-fr-espaces", "donnee-iban",
     "RIB de la mère pour le versement de l'allocation de rentrée : FR76 2004 1010 0505 1234 5681 227"),
    ("iban-fr-colle", "donnee-iban",
     "IBAN : FR7610278060760002198765453"),
    ("iban-fr-phrase", "donnee-iban",
     "Virement de l'argent de poche sur le compte du jeune : FR76 1660 6100 3200 0456 1238 782."),
    ("iban-fr-minuscule", "donnee-iban",
     "iban du résident fr76 3000 3036 2000 0502 1977 380"),
    ("iban-be", "donnee-iban",
     "Compte en Belgique du père : BE33 0631 2458 7946."),
    ("iban-es", "donnee-iban",
     "Elle reçoit encore sa pension espagnole sur ES92 2085 8156 3403 3012 4578."),
    ("iban-pt", "donnee-iban",
     "IBAN au Portugal (retraite du mari) : PT50 0033 0000 4521 8763 0919 4"),
    ("iban-ua", "donnee-iban",
     "Compte ukrainien de la famille, utile pour l'aide humanitaire : UA57 3220 0100 0002 6007 2335 6600 1"),
    ("iban-de-frere", "donnee-iban",
     "Virement reçu du frère depuis son compte allemand DE59 5001 0517 5419 8732 60."),
    ("iban-tn", "donnee-iban",
     "l'argent est envoyé chaque mois à sa mère sur TN44 0801 4000 7132 5478 9612"),

    # ------------------------------------------------------------------
    # donnee-dossier
    # ------------------------------------------------------------------
    ("caf-allocataire", "donnee-dossier",
     "Numéro allocataire CAF : 2345871 — prévenir la CAF du changement de situation."),
    ("france-travail-id", "donnee-dossier",
     "Identifiant France Travail du jeune : 4587213K"),
    ("mdph-dossier", "donnee-dossier",
     "Dossier MDPH n° 075-2023-018452 en cours d'instruction (PCH aide humaine)."),
    ("numero-ecrou", "donnee-dossier",
     "Numéro d'écrou : 58213 (CP de Fresnes), libération prévue le 15 juin."),
    ("agdref", "donnee-dossier",
     "N° AGDREF : 7504123568 — récépissé valable jusqu'en septembre."),
    ("numero-etranger", "donnee-dossier",
     "Numéro étranger 9910256341, à rappeler sur chaque courrier à la préfecture."),
    ("ase-dossier", "donnee-dossier",
     "Dossier ASE n° 22/0458-E, référente : service territorial de Roubaix."),
    ("juge-enfants-rg", "donnee-dossier",
     "Jugement en assistance éducative, n° de dossier cabinet : 21/00347, RG n° 23/00891."),
    ("caf-minuscule", "donnee-dossier",
     "n° allocataire 0854123 caf du Nord"),
    ("france-travail-phrase", "donnee-dossier",
     "Il est inscrit à France Travail depuis 2022 sous l'identifiant 1283476X, sans aucun rendez-vous depuis."),
    ("mdph-court", "donnee-dossier",
     "Le jeune a reçu son numéro de dossier MDPH (n° 0917348) : à garder pour la demande d'AEEH."),
    ("tutelle-dossier", "donnee-dossier",
     "Mesure de tutelle – dossier du tribunal judiciaire n° 22/A/01576, juge des contentieux de la protection."),
]

CLEAN = [
    # ------------------------------------------------------------------
    # authors and researchers cited
    # ------------------------------------------------------------------
    ("auteur-cite", "Selon Paul Fustier, le lien d'accompagnement se construit dans la tension entre le don et le contrat."),
    ("auteur-cite", "Donald Winnicott parlait de « mère suffisamment bonne » : l'éducateur n'a pas à être parfait, mais présent."),
    ("auteur-cite", "L'écoute centrée sur la personne, telle que la décrit Carl Rogers, suppose empathie, congruence et regard positif inconditionnel."),
    ("auteur-cite", "Pour Saül Karsz, l'intervention sociale est toujours prise entre idéologie et inconscient."),
    ("auteur-cite", "Jean Oury et la psychothérapie institutionnelle nous rappellent qu'il faut « soigner l'institution » pour soigner les personnes."),
    ("auteur-cite", "Xavier Emmanuelli, fondateur du Samu social de Paris, insistait sur l'« aller vers » ceux qui ne demandent plus rien."),
    ("auteur-cite", "Le modèle Housing First, développé par Sam Tsemberis à New York, part du logement plutôt que de la « mise en capacité »."),
    ("auteur-cite", "Boris Cyrulnik a popularisé en France la notion de résilience et celle de tuteur de résilience."),
    ("auteur-cite", "Comme l'écrit Joseph Rouzel, le transfert ne concerne pas que les psys : il traverse toute relation éducative."),
    ("auteur-cite", "Françoise Dolto disait qu'il faut parler vrai à l'enfant, même tout petit."),
    ("auteur-cite", "La théorie de l'attachement (John Bowlby, puis Mary Ainsworth) éclaire les réactions des enfants placés lors des visites médiatisées."),
    ("auteur-cite", "Voir aussi les travaux de Robert Castel sur la désaffiliation et ceux de Serge Paugam sur la disqualification sociale."),
    ("auteur-cite", "Erving Goffman a décrit les « institutions totales » : relire *Asiles* avant de réécrire le règlement de fonctionnement."),
    ("auteur-cite", "Naomi Feil, créatrice de la validation, propose de rejoindre la personne désorientée dans sa réalité plutôt que de la corriger."),
    ("auteur-cite", "Le concept de *care* (Joan Tronto, Carol Gilligan) permet de valoriser le travail invisible des aides-soignantes."),
    ("auteur-citation", "Maria Montessori : « Aide-moi à faire seul. »"),
    ("figure-historique", "Geneviève de Gaulle-Anthonioz, présidente d'ATD Quart Monde, a porté la loi d'orientation relative à la lutte contre les exclusions de 1998."),
    ("figure-historique", "Le père Joseph Wresinski a fondé ATD Quart Monde en 1957 au camp de Noisy-le-Grand."),
    ("hommage-auteur", "Hommage à Stanislas Tomkiewicz, pédiatre et psychiatre, pionnier de la lutte contre la violence institutionnelle."),
    ("film-realisateurs", "Le film *Hors normes* (Éric Toledano et Olivier Nakache) montre le quotidien d'une association accueillant des jeunes autistes."),
    ("personnage-fiction", "La série *Max et Lili* de Dominique de Saint Mars est un bon support pour parler des émotions avec les 6-10 ans."),
    ("oeuvre-auteur", "L'atelier théâtre de l'ESAT a joué *Le Malade imaginaire* de Molière devant les familles."),
    ("bibliographie-initiales", "Référence : Fustier P., *Le lien d'accompagnement. Entre don et contrat salarial*, Dunod, 2015."),
    ("bibliographie-initiales", "Rogers C. R. (1961). *Le développement de la personne*. Paris : Dunod (trad. 1968)."),
    ("bibliographie-liste", "Bibliographie : Winnicott D. W., *Jeu et réalité*, Gallimard, 1975 ; Bettelheim B., *L'amour ne suffit pas*, Fleurus, 1970."),

    # ------------------------------------------------------------------
    # office holders named by their office
    # ------------------------------------------------------------------
    ("fonction", "Le Défenseur des droits a rappelé en 2023 que les mineurs non accompagnés doivent bénéficier de la présomption de minorité."),
    ("fonction", "Le président du conseil départemental est le chef de file de la protection de l'enfance."),
    ("fonction", "Le juge des enfants peut ordonner une mesure judiciaire d'investigation éducative (MJIE)."),
    ("fonction", "La Contrôleure générale des lieux de privation de liberté a publié un rapport sévère sur les chambres d'isolement."),
    ("fonction", "Adressez la demande au maire de la commune, qui préside le conseil d'administration du CCAS."),
    ("fonction", "Mme la juge des enfants du tribunal judiciaire de Bobigny a rappelé l'importance du rapport d'échéance."),
    ("fonction", "Le médecin coordonnateur, l'IDEC et le psychologue valident ensemble le projet d'accompagnement personnalisé."),
    ("fonction", "La procédure de signalement au procureur de la République est décrite en annexe 3."),

    # ------------------------------------------------------------------
    # institutions and places containing person names
    # ------------------------------------------------------------------
    ("institution-nom-propre", "L'EHPAD Jeanne-Garnier a mis en place un café des familles chaque premier samedi du mois."),
    ("institution-nom-propre", "Les élèves de la SEGPA du collège Jules-Ferry participent à un chantier éducatif pendant les vacances."),
    ("institution-nom-propre", "Le rapport annuel de la Fondation Abbé-Pierre sur l'état du mal-logement est une ressource indispensable."),
    ("institution-nom-propre", "L'hôpital Necker-Enfants malades propose une consultation spécialisée pour les maladies rares."),
    ("adresse-service-public", "Permanence de la Maison de la Métropole, 14 rue Victor-Hugo, 69002 Lyon, du lundi au vendredi de 9 h à 12 h."),
    ("institution-nom-propre", "Le centre social Louise-Michel organise un atelier d'écrivain public tous les jeudis après-midi."),
    ("institution-nom-propre", "Le lycée professionnel Simone-Veil accueille des élèves allophones en UPE2A."),
    ("institution-nom-propre", "L'IME et l'ESAT Jean-Moulin travaillent ensemble sur les passerelles vers le milieu ordinaire."),
    ("institution-association", "Le Secours catholique, les Restos du cœur et l'Armée du Salut coordonnent les maraudes de l'hiver."),
    ("institution-nom-propre", "Le CHRS Marie-Curie dispose de 40 places, dont 10 réservées aux femmes victimes de violences."),
    ("institution-nom-propre", "Foyer Saint-Vincent-de-Paul : maison d'enfants à caractère social (MECS) habilitée justice."),
    ("institution-association", "L'association Emmaüs, créée par l'abbé Pierre, gère plusieurs communautés en milieu rural."),
    ("institution-nom-propre", "L'école maternelle Marcel-Pagnol a signé une convention avec le centre de PMI du quartier."),
    ("institution-nom-propre", "La Maison des adolescents de l'hôpital Robert-Debré propose un accueil sans rendez-vous le mercredi."),
    ("salle-nom-propre", "Le groupe de parole des aidants se réunit salle Marcel-Cerdan, le premier lundi du mois."),
    ("salle-nom-propre", "Réunion d'équipe : lundi 14 h, salle Françoise-Dolto (2e étage)."),
    ("lieu-public", "Rendez-vous au square Georges-Brassens pour le départ de la balade."),
    ("lieu-public", "Tous les mardis, le marché de la place Jean-Jaurès est l'occasion d'une sortie avec les résidents."),
    ("adresse-service-public", "Accueil de jour « La Halte », 28 rue Saint-Maur, 75011 Paris : ouvert de 8 h 30 à 12 h, sans rendez-vous."),
    ("adresse-service-public", "Le bus de l'association stationne chaque jeudi rue de la Paix, devant la mairie annexe."),

    # ------------------------------------------------------------------
    # towns, regions, groups in general
    # ------------------------------------------------------------------
    ("territoire-stat", "En Seine-Saint-Denis, le taux de pauvreté atteint 28 %, contre 14 % en moyenne nationale."),
    ("territoire", "Les départements ruraux comme la Creuse, la Lozère ou le Cantal manquent cruellement de pédopsychiatres."),
    ("territoire", "À Mayotte, une grande partie des mineurs isolés vit sans aucune prise en charge."),
    ("territoire", "Nos 12 places en appartement diffus se répartissent sur trois communes : Vierzon, Bourges et Saint-Amand-Montrond."),
    ("groupe-general", "Les Voyageurs disposent d'un droit à la domiciliation auprès d'un CCAS ou d'un organisme agréé."),
    ("groupe-general", "La communauté comorienne de Marseille est l'une des plus importantes de France métropolitaine."),
    ("groupe-general", "Les familles afghanes arrivées après août 2021 ont souvent connu plusieurs pays de transit."),

    # ------------------------------------------------------------------
    # national helplines and public numbers
    # ------------------------------------------------------------------
    ("numero-public", "En cas de danger pour un enfant, appelez le 119 (Allô Enfance en danger), gratuit, 24 h/24."),
    ("numero-public", "Le 3919 est le numéro national d'écoute pour les femmes victimes de violences."),
    ("numero-public", "Pour une mise à l'abri, le 115 reste le point d'entrée, même s'il est souvent saturé."),
    ("numero-public", "Le 3114, numéro national de prévention du suicide, répond jour et nuit."),
    ("numero-public", "Fil Santé Jeunes : 0 800 235 236, anonyme et gratuit."),
    ("numero-public", "Maltraitance des personnes âgées et des adultes en situation de handicap : 39 77."),
    ("numero-public", "En cas d'urgence vitale : 15 (SAMU), 17 (police), 18 (pompiers) ou 112 depuis un portable."),
    ("numero-public", "Le 3018, numéro national contre le cyberharcèlement, aide les jeunes victimes et leurs parents."),
    ("numero-public", "SOS Amitié est joignable au 09 72 39 40 50, 24 h/24."),

    # ------------------------------------------------------------------
    # laws, texts, article numbers
    # ------------------------------------------------------------------
    ("loi-date", "La loi du 2 janvier 2002 rénovant l'action sociale et médico-sociale a créé le livret d'accueil et le conseil de la vie sociale."),
    ("article-code", "L'article L. 226-2-2 du CASF encadre le partage d'informations à caractère secret entre professionnels."),
    ("decret", "Le décret n° 2016-1476 du 28 octobre 2016 précise le contenu du projet pour l'enfant (PPE)."),
    ("loi-numero", "La loi n° 2007-293 du 5 mars 2007 réformant la protection de l'enfance a introduit la notion d'information préoccupante."),
    ("article-code", "L'article 226-13 du Code pénal punit la révélation d'une information à caractère secret d'un an d'emprisonnement et de 15 000 € d'amende."),
    ("loi-nom-ministre", "La loi n° 2022-140 du 7 février 2022, dite loi Taquet, interdit l'hébergement des mineurs de l'ASE à l'hôtel."),
    ("loi-nom-depute", "La loi Leonetti de 2005, puis la loi Claeys-Leonetti du 2 février 2016, encadrent la fin de vie."),
    ("article-code", "Article 375 du Code civil : si la santé, la sécurité ou la moralité d'un mineur sont en danger, des mesures d'assistance éducative peuvent être ordonnées."),
    ("reglement", "Le RGPD (règlement UE 2016/679) s'applique aux dossiers des usagers, papier comme numérique."),
    ("loi-date", "La loi du 11 février 2005 pour l'égalité des droits et des chances a créé les MDPH."),
    ("article-code", "Un mineur capable de discernement peut demander à être entendu par le juge (article 388-1 du Code civil)."),
    ("cerfa", "Le formulaire Cerfa n° 15692*01 est la demande unique à adresser à la MDPH."),
    ("source-drees", "Sources : DREES, *Études et résultats* n° 1245, octobre 2022."),

    # ------------------------------------------------------------------
    # statistics, amounts, ages in general terms
    # ------------------------------------------------------------------
    ("age-general", "Un jeune de 17 ans sur trois sortant de l'ASE n'a pas de solution de logement à sa majorité."),
    ("age-general", "Les plus de 75 ans représentent près de 10 % de la population française."),
    ("statistique", "Fin 2022, plus de 380 000 mineurs et jeunes majeurs faisaient l'objet d'une mesure de protection de l'enfance."),
    ("statistique", "Plus de 330 000 personnes sont sans domicile en France, selon les estimations associatives."),
    ("age-general", "Entre 12 et 15 ans, les adolescents testent les limites : c'est attendu, pas pathologique."),
    ("age-general", "L'âge moyen d'entrée en EHPAD est d'environ 85 ans et 8 mois."),
    ("statistique", "Sur les 45 jeunes accueillis l'an dernier, 31 ont obtenu un diplôme ou une qualification."),
    ("statistique", "Taux d'occupation 2023 : 97,4 % ; durée moyenne de séjour : 14 mois."),
    ("seuil-reglementaire", "Pour l'AAH, le taux d'incapacité doit être d'au moins 80 %, ou compris entre 50 et 79 % avec restriction substantielle d'accès à l'emploi."),
    ("montant", "Le RSA pour une personne seule s'élève à 635,71 € par mois au 1er avril 2024."),

    # ------------------------------------------------------------------
    # named methods and tools
    # ------------------------------------------------------------------
    ("methode-nom-propre", "La méthode Montessori adaptée aux personnes âgées redonne des rôles sociaux aux résidents."),
    ("outil-nom-propre", "L'échelle de Zarit mesure le fardeau ressenti par l'aidant, en 22 questions."),
    ("outil", "La grille AGGIR classe les personnes âgées en six GIR, du GIR 1 (dépendance totale) au GIR 6."),
    ("methode", "L'approche Snoezelen utilise la stimulation multisensorielle dans un espace aménagé et apaisant."),
    ("methode-nom-propre", "La méthode Feuerstein (PEI) travaille la modifiabilité cognitive à travers des instruments progressifs."),
    ("methode", "Le photolangage est un bon support pour ouvrir la parole dans un groupe d'adolescents."),
    ("outil-nom-propre", "Le test de Denver et l'échelle de Brunet-Lézine permettent un repérage du développement du jeune enfant."),
    ("methode-nom-propre", "L'Humanitude (méthode Gineste-Marescotti) repose sur le regard, la parole et le toucher."),
    ("outil-nom-propre", "Le MMSE (test de Folstein) ne doit jamais être utilisé seul pour poser un diagnostic."),
    ("outil-nom-propre", "Le génogramme, issu de l'approche systémique de Murray Bowen, aide à visualiser les liens familiaux."),

    # ------------------------------------------------------------------
    # months, feast days, event dates
    # ------------------------------------------------------------------
    ("fete", "En décembre, les fêtes de Noël ravivent souvent le sentiment d'abandon chez les enfants placés."),
    ("fete", "Pendant le Ramadan, adaptez les horaires des repas et des activités sportives."),
    ("fete", "La Saint-Valentin peut être l'occasion d'un atelier sur le consentement et les relations amoureuses."),
    ("fete", "À la Toussaint, certaines familles souhaitent emmener les résidents au cimetière : anticipez les sorties."),
    ("fete", "L'Aïd, Hanoukka ou Diwali peuvent être célébrés à l'accueil de jour avec les personnes qui le souhaitent."),
    ("journee-mondiale", "Le 10 octobre, journée mondiale de la santé mentale, nous organisons une porte ouverte au GEM."),
    ("journee-mondiale", "Le 20 novembre, journée internationale des droits de l'enfant, les jeunes du foyer ont présenté leur exposition."),
    ("journee-mondiale", "Le 17 octobre, journée mondiale du refus de la misère, rendez-vous sur le parvis des Droits de l'homme au Trocadéro."),
    ("journee-mondiale", "2 avril : journée mondiale de sensibilisation à l'autisme ; les résidents ont choisi de porter du bleu."),
    ("date-evenement", "Le séminaire d'équipe aura lieu le 12 mars 2026 de 9 h à 16 h, salle polyvalente."),

    # ------------------------------------------------------------------
    # generic people
    # ------------------------------------------------------------------
    ("personne-generique", "Une mère de trois enfants, sans emploi, peut prétendre à l'allocation de soutien familial si le père ne verse pas de pension."),
    ("personne-generique", "Un résident qui refuse la toilette n'est pas « difficile » : il nous dit quelque chose."),
    ("personne-placeholder", "Imaginons Madame X, 80 ans, vivant seule à la campagne, sans voiture."),
    ("personne-placeholder", "Monsieur Y refuse l'hébergement : l'équipe peut-elle le contraindre ? Non, sauf danger grave et imminent."),
    ("personne-generique", "Le jeune, ses parents, le référent ASE et l'assistante familiale sont invités à la synthèse."),
    ("personne-generique", "Certaines personnes âgées appellent tous les soignants par le même prénom : ce n'est pas grave, c'est une façon de créer du lien."),
    ("citation-anonyme", "Un jeune nous a dit un jour : « ici, au moins, on me regarde ». Cette phrase résume notre projet."),
    ("avertissement-anonymisation", "Les prénoms ont été changés et les situations recomposées à partir de plusieurs accompagnements."),

    # ------------------------------------------------------------------
    # the sheet's own authors
    # ------------------------------------------------------------------
    ("ligne-auteur", "Rédaction : Claire Martin, éducatrice spécialisée, et Julien Roche, moniteur-éducateur."),
    ("ligne-auteur", "*Fiche proposée par Sophie Lambert, infirmière coordinatrice en SSIAD (Drôme).*"),
    ("ligne-auteur", "Auteurs : Nadia Cherif (assistante de service social) – Relecture : Marc Dubois (cadre socio-éducatif)."),
    ("remerciement", "Merci à Thomas Nguyen, psychologue, pour sa relecture attentive de cette fiche."),
    ("ligne-auteur", "Dernière mise à jour par Aurélie Fontaine, CESF, le 4 septembre 2025."),

    # ------------------------------------------------------------------
    # public contacts of organisations and services
    # ------------------------------------------------------------------
    ("courriel-organisation", "Pour toute question sur cette fiche : contact@association-tremplin.fr"),
    ("courriel-organisation", "Renseignements et inscriptions auprès du CCAS : accueil.ccas@mairie-saint-priest.fr"),
    ("standard-service", "Standard de la Maison départementale des personnes handicapées : 04 72 61 71 12 (du lundi au vendredi, 9 h-17 h)."),
    ("standard-service", "Le standard du CHU répond au 02 99 28 43 21 ; demandez le secrétariat de pédopsychiatrie."),
    ("adresse-service-public", "Accueil de la Mission locale : 14 avenue de la République, 63000 Clermont-Ferrand, tél. 04 73 42 17 50."),
    ("adresse-organisation", "Écrire à l'association : Les Amis du Foyer, 3 place de la Mairie, 24000 Périgueux – secretariat@amisdufoyer.org"),

    # ------------------------------------------------------------------
    # establishment identifiers and document references
    # ------------------------------------------------------------------
    ("finess-siret", "Établissement : MECS Les Hirondelles – FINESS 750800120 – SIRET 38291745800020."),
    ("finess", "N° FINESS géographique de l'EHPAD : 690780556."),
    ("siren", "Croix-Rouge française, SIREN 775 672 272."),
    ("siret", "L'organisme de formation est enregistré sous le SIRET 443 061 841 00021."),
    ("code-ape", "Code APE 8790B – Hébergement social pour adultes et familles en difficulté et autre hébergement social."),
    ("nda-formation", "Numéro de déclaration d'activité de l'organisme de formation : 11 75 54321 75."),
    ("reference-fiche", "Réf. interne de la fiche : FP-2024-017 – version 3."),
]

DEBATABLE = [
    ("pseudonyme-annonce",
     "Pour illustrer, prenons une jeune femme que nous appellerons Léa, 19 ans, sortie de l'ASE l'an dernier.",
     "pseudonyme annoncé comme tel ; l'âge et le parcours peuvent néanmoins rester réels"),
    ("prenom-modifie",
     "Ahmed (le prénom a été modifié), 16 ans, est arrivé au foyer un soir de décembre.",
     "prénom déclaré modifié : pas d'identification directe, mais le checker ne peut pas le vérifier"),
    ("collegue-prenom",
     "Notre collègue Karine, monitrice-éducatrice, a repris l'atelier cuisine à la rentrée.",
     "professionnelle et non personne accompagnée, mais nommée sans signer la fiche"),
    ("temoignage-pair-aidant",
     "Témoignage de Bernard, ancien hébergé du CHRS, aujourd'hui pair-aidant salarié dans l'équipe.",
     "ancien usager devenu professionnel qui témoigne sous son prénom, vraisemblablement avec son accord"),
    ("anniversaire-sans-annee",
     "Il a eu 18 ans le 3 juin et a dû quitter le foyer le lendemain.",
     "date d'anniversaire sans année explicite, mais l'année se déduit du contexte"),
    ("initiale-unique",
     "Monsieur G. refuse toujours que l'équipe entre chez lui.",
     "une seule initiale sans autre détail : identification très faible"),
    ("adresse-etablissement-lieu-de-vie",
     "Le foyer est situé au lieu-dit Les Granges, à 8 km du bourg de Saint-Pardoux.",
     "adresse de l'établissement (publique) mais aussi lieu de vie des jeunes accueillis"),
]
