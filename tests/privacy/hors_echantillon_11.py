# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 11 du détecteur de données personnelles de Relier.

Rédigé le 2026-12-08 par un assistant qui n'a vu ni le détecteur, ni ses tests, ni les autres
jeux d'évaluation. Il s'est seulement appuyé sur CONTRIBUTING.md et sur quelques fiches réelles
de practices/ pour imiter la manière d'écrire des contributeurs.

Toutes les personnes citées ici sont FICTIVES (sauf les auteurs publiés, personnages d'œuvres,
personnalités historiques et institutions réelles, cités comme tels dans CLEAN). Les téléphones
sont pris dans les tranches réservées à la fiction (01 99 00 xx xx, 02 61 91 xx xx,
03 53 48 xx xx, 04 65 71 xx xx, 05 36 49 xx xx, 06 39 98 xx xx, 07 00 00 xx xx), les courriels
sur example.org / example.com / example.net ; les NIR et IBAN sont inventés (leur clé peut être
valide ou non).

Accent de ce jeu : du texte collé depuis les outils du travail quotidien puis à moitié nettoyé —
comptes rendus de réunion (synthèse, réunion d'équipe, concertation), courriels transférés avec
leurs en-têtes et signatures, exports de logiciels de suivi (tableaux, « Usager : », colonnes),
SMS et messages WhatsApp cités, transcriptions de notes vocales, cahiers de liaison et
transmissions, extraits de rapports au juge ou à l'ASE, formulaires CAF / MDPH / CPAM. Publics :
personnes âgées en EHPAD ou à domicile, handicap (IME, ESAT, FAM, MDPH), protection de l'enfance,
sans-abrisme, personnes migrantes, addictions, sortants de prison.

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.

Conventions :
- FLAG = [(kind, code, text), ...] : textes qui DOIVENT être signalés. Chaque texte cache UNE
  seule donnée sur une personne accompagnée dans un passage par ailleurs correct ; `code` est le
  code attendu parmi donnee-nom, donnee-naissance, donnee-adresse, donnee-telephone,
  donnee-courriel, donnee-nir, donnee-iban, donnee-dossier. `kind` est un court identifiant du cas.
- CLEAN = [(kind, text), ...] : textes qui ne doivent PAS être signalés (mêmes genres de passages,
  écrits correctement : anonymisés, professionnels cités comme auteurs ou relecteurs, numéros
  d'écoute publics, adresses d'institutions, textes de loi et recommandations, bibliographie,
  cas fictifs annoncés comme tels, personnages de fiction, personnalités, prénoms devenus noms
  communs, rues portant un nom de personne dans l'adresse d'une institution, dates de lois).
- DEBATABLE = [(kind, text, why), ...] : cas ambigus, exclus du score.
- Chaque texte fait de 2 à 8 lignes de prose française ou de Markdown.
"""

FLAG = [
    # ------------------------------------------------------------------ donnee-nom
    ("nom-cellule-tableau-synthese", "donnee-nom", """\
| Situation | Motif de la synthèse | Échéance |
|---|---|---|
| Situation A (garçon, 9 ans) | renouvellement AEMO | janvier |
| Situation B (fratrie de 3) | retour en famille à préparer | mars |
| Théo Guillot | orientation ITEP à demander à la MDPH | avril |
"""),
    ("nom-objet-courriel-transfere", "donnee-nom", """\
---------- Message transféré ---------
De : secrétariat du service AEMO
Date : mar. 14 oct. 2025 à 09:12
Objet : TR: report VAD famille Ferrand
Bonjour, la visite à domicile prévue jeudi est reportée à la semaine suivante à la demande
de la mère. Merci de prévenir l'éducatrice référente.
"""),
    ("nom-prenom-initiale-detail", "donnee-nom", """\
En réunion d'équipe, on a repris la situation de Gérard V., l'ancien chauffeur de car scolaire
du canton, qui refuse toujours le portage de repas. Il a perdu huit kilos depuis l'été.
Décision : proposer une visite conjointe infirmière / assistante sociale avant la fin du mois,
et en parler à son fils seulement s'il l'accepte.
"""),
    ("nom-civilite-minuscule-cahier", "donnee-nom", """\
Cahier de liaison – nuit du 3 au 4
- ch. 12 : RAS, dort bien.
- mme pochon a encore refusé la toilette du soir, très agitée vers 22 h, a appelé sa mère.
  Laissée au calme, surveillance toutes les heures.
- ch. 15 : hydratation à surveiller, voir avec l'IDE du matin.
"""),
    ("nom-fichier-compte-rendu", "donnee-nom", """\
Pour préparer la synthèse, chacun dépose ses écrits dans le dossier partagé de l'équipe avant
le mercredi. Exemple de ce qu'il ne faut plus faire : le compte rendu de l'an dernier s'appelait
`CR_synthese_RIGAUD_Kevin_2024.docx` et traînait dans une pièce jointe envoyée à tout le pôle.
Nommer les fichiers par numéro interne anonyme et les ranger dans l'espace sécurisé.
"""),
    ("nom-lien-drive", "donnee-nom", """\
Les grilles d'observation remplies pendant la période d'essai en ESAT sont partagées par lien
avec le moniteur d'atelier, puis supprimées après la commission.
Lien utilisé cette année : https://partage.example.org/esat/essais/mamadou-diallo-grille-v2.pdf
Penser à révoquer le lien une fois la décision prise.
"""),
    ("nom-surnom-ehpad", "donnee-nom", """\
Transmissions de l'après-midi : la résidente du 2e que toute l'équipe appelle « Mémé Jo »
a participé à l'atelier chant pour la première fois depuis son entrée. Elle a demandé à y
retourner. À noter dans le projet personnalisé : l'envie de chanter revient quand l'atelier a
lieu avant le goûter, pas après.
"""),
    ("nom-la-famille", "donnee-nom", """\
Concertation ASE / école du 18 novembre. Les enseignants signalent des absences répétées le
lundi et une grande fatigue de l'aîné. La famille Benyahia n'a pas répondu aux deux dernières
convocations. Proposition : une rencontre à domicile avec la TISF, puis une réévaluation en
cellule dans six semaines si rien ne bouge.
"""),
    ("nom-nee", "donnee-nom", """\
Extrait du dossier de demande d'APA, partie « situation familiale » : veuve depuis 2019, née
Lacombe, deux enfants dont un vit à l'étranger. L'aidante principale est la belle-fille, qui
travaille à temps plein. Le plan d'aide proposé prévoit 30 heures d'aide à domicile par mois
et un accueil de jour deux fois par semaine.
"""),
    ("nom-formulaire-nom-naissance", "donnee-nom", """\
Formulaire de demande MDPH (cerfa 15692), page 2, tel qu'il nous est revenu :
Nom de naissance : MARCHAL
Nom d'usage : (non renseigné)
Sexe : F — Nationalité : française
Le projet de vie est rédigé par la personne elle-même, avec l'aide de la conseillère du SAVS.
"""),
    ("nom-prenom-minuscule-note", "donnee-nom", """\
note rapide pour la relève : vu jessica ce matin à l'accueil de jour, elle a dormi dehors
deux nuits, pas de nouvelles de la place en CHRS. appel 115 fait à 10h, rien avant ce soir.
elle repasse à 16h pour la douche. prévoir un duvet.
"""),
    ("nom-le-petit", "donnee-nom", """\
Retour de la visite médiatisée de samedi : le petit Enzo a pleuré à l'arrivée puis a joué
avec son père pendant presque une heure. Le père a respecté le cadre posé, sans parler de la
procédure. À transmettre au juge dans la note d'incident prévue : pas d'incident.
"""),
    ("nom-prenom-age", "donnee-nom", """\
Point MNA du lundi :
- trois nouvelles mises à l'abri ce week-end, évaluations prévues cette semaine ;
- Moussa, 16 ans, scolarisé en UPE2A depuis septembre, a demandé à changer de chambre ;
- rappel : les rendez-vous à la préfecture se prennent uniquement par le référent.
"""),
    ("nom-note-vocale-transcription", "donnee-nom", """\
Transcription automatique d'une note vocale laissée sur le téléphone de service :
« oui bonjour c'est l'éduc de nuit euh… donc Yanis il est rentré à une heure et demie, il
avait bu, on l'a laissé dormir, il y a rien eu de violent… faudrait que quelqu'un le voie
demain matin avant le lycée, voilà, bonne journée. »
"""),
    ("nom-sms-signature-usager", "donnee-nom", """\
Exemple de SMS reçu sur le portable de service, qu'on peut montrer en formation pour parler
des horaires :
> « bjr jsui bloquée au taf je pourai pa venir au rdv de 14h on peu decaler a jeudi ? Océane »
On répond toujours depuis le portable de service, jamais depuis son numéro personnel.
"""),
    ("nom-whatsapp-expediteur", "donnee-nom", """\
Capture du groupe WhatsApp « parents CE2 » transmise par l'école :
[19:42] Maman de Lina Haddad : elle dit que c'est pas elle qui a commencé
[19:44] (message supprimé)
Rappel : un groupe de parents n'est pas un canal de travail ; l'équipe n'y répond pas.
"""),
    ("nom-rapport-ase-majuscules", "donnee-nom", """\
Extrait du rapport de situation (CASF L223-5) :
« L'enfant Noah GIRAUD est accueilli chez l'assistante familiale depuis dix-huit mois. Il a
trouvé ses repères, dort mieux et accepte désormais les visites en présence d'un tiers. Le
service propose le maintien du placement et un élargissement progressif des droits de visite. »
"""),
    ("nom-objet-mail-orientation", "donnee-nom", """\
De : [chargée d'accueil SAVS]
À : [commission d'orientation]
Objet : TR: orientation ESAT – M. Petrović
Bonjour, vous trouverez ci-joint la notification de la CDAPH et le bilan du stage. La personne
est d'accord pour une admission au 1er janvier. Bien à vous.
"""),
    ("nom-les-pluriel", "donnee-nom", """\
Compte rendu de la réunion d'équipe du 9 :
Les Carpentier ne sont pas venus au rendez-vous de bilan, pour la deuxième fois. L'équipe
s'interroge sur la pertinence du lieu (le service est loin de chez eux). Proposition : tenir
le prochain entretien à la maison des solidarités de leur quartier.
"""),
    ("nom-initiale-detail-mna", "donnee-nom", """\
Réunion de concertation avec le CFA : Ibrahima S., arrivé de Guinée à quinze ans, seul
apprenti mineur non accompagné de la promotion de CAP boulanger, cherche un contrat pour la
rentrée. Le maître d'apprentissage est prêt à signer si la demande de titre de séjour est
déposée avant sa majorité.
"""),
    ("nom-cahier-chambre-nom", "donnee-nom", """\
Transmissions IDE 7h–14h
| Ch. | Résident | Observation |
|---|---|---|
| 8 | — | chute sans gravité à 3 h, bilan fait |
| 12 | Mme Bourgoin | petit-déjeuner refusé, à peser demain |
| 14 | — | RAS |
"""),
    ("nom-prenom-chambre", "donnee-nom", """\
Relève de nuit : Raymond (ch. 8) s'est levé quatre fois, désorienté, cherchait la sortie
« pour aller traire ». Pas de chute. Équipe de jour : refaire le point avec le médecin
coordonnateur sur le traitement du soir et proposer une déambulation accompagnée en fin
d'après-midi.
"""),
    ("nom-formulaire-cpam-assure", "donnee-nom", """\
Formulaire de demande de complémentaire santé solidaire, tel que recopié dans le dossier :
Assuré(e) : Josiane CARPENTIER
Situation : retraitée, vit seule
Ressources des 12 derniers mois : pension de retraite et ASPA
Pièces jointes : avis d'imposition, relevé de pension.
"""),
    ("nom-formulaire-prenom", "donnee-nom", """\
Aide au remplissage du formulaire MDPH, rubrique A « Identité de la personne » :
Nom : (à compléter par la personne)
Prénom : Arben
Le conseiller explique chaque rubrique et laisse la personne écrire elle-même ce qu'elle
souhaite dire de sa vie quotidienne.
"""),
    ("nom-signature-courriel-usager", "donnee-nom", """\
Message reçu sur la boîte du service et transféré à l'équipe :
« Bonjour, je voulais vous dire merci pour l'aide pour le dossier du logement, on a eu la
réponse de la commission, on emménage le 1er. Je passerai vous rendre les papiers.
Cordialement,
Nadia Boukhari »
"""),
    ("nom-surnom-rue", "donnee-nom", """\
Maraude du mardi soir : l'homme que tout le monde appelle « le Grand Dédé » sur le parvis de
la gare a accepté un café et une couverture, mais refuse toujours l'hébergement. Il tousse
beaucoup. À proposer : passage de l'équipe mobile psychiatrie précarité avec nous jeudi.
"""),
    ("nom-tableau-export-beneficiaire", "donnee-nom", """\
Export du logiciel de suivi (colonnes réduites avant diffusion au COPIL) :
| Bénéficiaire | Dispositif | Entrée | Sortie prévue |
|---|---|---|---|
| Bénéficiaire 01 | ACT | 03/2025 | 03/2026 |
| Bénéficiaire 02 | LHSS | 06/2025 | — |
| Dragan Petrović | ACT | 09/2025 | 09/2026 |
"""),
    ("nom-piece-jointe-bilan", "donnee-nom", """\
Bonjour,
Comme convenu en réunion, je vous transmets le bilan orthophonique pour la commission du
SESSAD. Pièce jointe : bilan_ortho_maelys_perrot.pdf (412 Ko).
Merci de ne pas le transférer hors de l'équipe.
"""),
    ("nom-agenda-vad", "donnee-nom", """\
Agenda partagé de l'équipe, semaine 47 (copie) :
- lun. 9h : réunion d'équipe
- mar. 10h : VAD Sargsyan avec interprète arménien
- mer. 14h : permanence accès aux droits
- jeu. 9h30 : analyse des pratiques
"""),
    ("nom-concerne-dossier", "donnee-nom", """\
Note de transmission au SPIP
Dossier suivi par : la conseillère d'insertion et de probation référente
Concerne : Ahmad RAHIMI
Objet : demande d'aménagement de peine (placement extérieur) ; la structure d'accueil confirme
une place au 15 du mois prochain.
"""),
    ("nom-prenom-age-village", "donnee-nom", """\
En commission gérontologique, on a évoqué Lucienne, 92 ans, ancienne institutrice du village,
qui vit seule depuis le départ de sa voisine. Elle refuse la téléassistance « parce que ça
fait vieux ». L'équipe propose d'abord des visites de bénévoles MONALISA, puis de reparler
de la téléassistance dans trois mois.
"""),
    ("nom-lien-markdown", "donnee-nom", """\
Le modèle de projet personnalisé est disponible dans l'intranet. Ne pas confondre avec
l'exemple rempli qui a circulé par erreur :
[PP rempli](https://intranet.example.org/fam/projets/PP_Henriette_Maillard_2025.odt)
Seul le modèle vierge doit être utilisé en formation.
"""),
    ("nom-cahier-liaison-ime", "donnee-nom", """\
Cahier de liaison IME / famille, mot de l'éducatrice du vendredi :
« Bonne semaine dans l'ensemble. Timéo a refusé la piscine mardi mais a participé à la sortie
au marché. Pensez à remettre des vêtements de rechange dans le sac pour lundi. »
Réponse attendue de la famille au verso.
"""),
    ("nom-parquet-requisition", "donnee-nom", """\
Extrait de l'ordonnance de placement provisoire, telle que reçue par fax :
« Disons que la mineure Jade BARBIER sera confiée au service de l'aide sociale à l'enfance
pour une durée de six mois. » La copie de l'ordonnance est classée au dossier ; seul le
dispositif est repris dans le projet pour l'enfant.
"""),
    ("nom-minuscule-rdv", "donnee-nom", """\
rappel agenda : rdv avec mr lemaire mardi pour le dossier de surendettement, penser à
apporter les trois derniers relevés et le courrier de la banque de France. si absent, relancer
par courrier simple, pas par téléphone (il ne décroche pas).
"""),
    ("nom-colonne-usager", "donnee-nom", """\
Extrait du tableau de bord de la pension de famille (novembre) :
Usager : Chloé Vidal
Entrée : 2023 — Logement : studio
Accompagnement : ouverture des droits AAH, lien avec le CMP
Remarque : participe à l'atelier cuisine du jeudi.
"""),
    ("nom-surnom-se-fait-appeler", "donnee-nom", """\
Accueil de jour, fiche d'arrivée (champ libre) : homme d'une quarantaine d'années, venu
avec deux chiens, dit dormir sous le pont du canal depuis l'été. Doudou, comme il se fait
appeler, ne veut pas donner son nom. Orienté vers la domiciliation et le vestiaire.
"""),
    ("nom-transmission-addicto", "donnee-nom", """\
Transmissions CSAPA, équipe du soir :
Dylan Masson est passé chercher son traitement de substitution à 18 h, en retard mais calme.
Il demande un rendez-vous avec le médecin pour reparler du dosage. Pas d'autre passage
significatif. Matériel RdR distribué : 12 kits.
"""),
    ("nom-demande-ofpra-recit", "donnee-nom", """\
Préparation du récit pour l'OFPRA, notes de l'intervenante du CADA :
Mme Khelifi souhaite que l'entretien soit mené par une officière de protection et une
interprète femmes. Lui expliquer que la demande peut être faite par écrit à l'avance.
Prochaine séance de préparation : jeudi, avec l'interprète du service.
"""),
    ("nom-prenom-nom-prose", "donnee-nom", """\
Dans notre service, la sortie de détention se prépare trois mois avant la levée d'écrou.
L'an dernier, Sofiane Amrani est sorti sans domiciliation ni ouverture de droits, faute
d'avoir été repéré à temps : c'est ce qui nous a décidés à instaurer un entretien systématique
avec le SPIP dès la date de fin de peine connue.
"""),
    ("nom-reunion-equipe-minuscule", "donnee-nom", """\
réunion d'équipe FAM 12/11
présents : éduc, AES, IDE, psychologue, cheffe de service
1. retour sur le week-end : tout s'est bien passé sauf pour marcel thuillier qui a refusé
   de descendre aux repas (à reprendre avec le médecin)
2. planning des congés de fin d'année
"""),
    ("nom-nom-seul-civilite", "donnee-nom", """\
Note d'information adressée au médecin coordonnateur :
Suite à la réunion de ce matin, l'équipe propose de réévaluer la contention nocturne de
Madame Fabre, mise en place après sa chute d'octobre. Elle la vit très mal et demande à
en parler avec vous. Merci de prévoir un temps cette semaine.
"""),
    ("nom-whatsapp-groupe-benevoles", "donnee-nom", """\
Message WhatsApp d'une bénévole de l'épicerie solidaire, recopié pour la réunion :
« Coucou l'équipe, Fatoumata Keïta est revenue aujourd'hui avec les trois petits, elle n'a
plus rien depuis que la CAF a suspendu. Je lui ai donné un colis d'urgence. »
Point à l'ordre du jour : que faire quand une bénévole repère une rupture de droits ?
"""),
    ("nom-sms-parent", "donnee-nom", """\
SMS reçu un dimanche sur le téléphone d'astreinte de la MECS :
« Bonsoir c'est la mère de Sarah Ouali, elle m'a appelé en pleurs elle veut rentrer, je fais
quoi ? »
Réponse type de l'astreinte : rappeler la mère, la rassurer, et prévenir l'éducateur présent
sur le groupe.
"""),
    ("nom-fichier-photo", "donnee-nom", """\
Les photos de la sortie à la mer ont été triées avant l'exposition. On n'affiche que celles
pour lesquelles on a une autorisation écrite, sans légende nominative.
Retirée de la sélection : IMG_2024_plage_ines_khelifi.jpg (autorisation non retournée).
"""),
    ("nom-courriel-transfere-cc", "donnee-nom", """\
> Le 02/10/2025 à 17:05, [secrétariat de la MDPH] a écrit :
> Madame, la demande de PCH aide humaine de Mme Georgette Leblanc est incomplète :
> il manque le certificat médical de moins d'un an. Merci de le transmettre sous quinze jours.
Réponse du SAAD : certificat demandé au médecin traitant, envoi prévu la semaine prochaine.
"""),
    ("nom-prenom-nom-tableau-addiction", "donnee-nom", """\
Bilan de la file active du CAARUD (extrait) :
| Profil | Nombre | Remarque |
|---|---|---|
| moins de 25 ans | 14 | dont 3 femmes |
| injecteurs | 38 | |
| Kevin Lambert | 1 | relais CSAPA à organiser |
"""),
    ("nom-voix-note-vocale-ehpad", "donnee-nom", """\
Message vocal laissé par la fille d'une résidente, retranscrit pour le cahier :
« Oui bonjour, c'est pour ma mère, Odette Bourgoin, elle me dit qu'on ne lui a pas donné son
dentier ce matin, est-ce que vous pouvez vérifier ? Merci. »
Vérifié : le dentier était au lavage. Rappel fait à la fille à 15 h.
"""),
    ("nom-commission-expulsion", "donnee-nom", """\
CCAPEX – ordre du jour de la séance :
1. Dossiers en phase d'assignation (4 situations anonymisées)
2. Examen du dossier de M. et Mme Dufresne, dette locative de 3 200 €, plan d'apurement
   proposé par le bailleur
3. Point sur le fonds de solidarité logement
"""),
    ("nom-prenom-distinctif-esat", "donnee-nom", """\
Réunion de concertation ESAT / foyer d'hébergement : Bertrand C., le travailleur qui a
remporté le concours départemental de sculpture sur bois au printemps, souhaite passer à
temps partiel pour préparer une exposition. L'équipe soutient la demande, à étudier avec le
moniteur principal.
"""),
    ("nom-identite-recopiee-pv", "donnee-nom", """\
Extrait du procès-verbal d'audition transmis à la CRIP (partie reprise dans l'évaluation) :
« Entendu ce jour : Lucas FERRAND, 14 ans, qui déclare que sa mère l'a frappé avec une
ceinture. » L'évaluation de l'information préoccupante s'appuie sur ces déclarations, sans
recopier le reste du procès-verbal.
"""),
    ("nom-export-planning-tisf", "donnee-nom", """\
Planning TISF semaine 12 (export) :
Lundi — famille 1 — aide aux devoirs et repas
Mardi — famille Nguyen — accompagnement au CMP avec le plus jeune
Jeudi — famille 3 — soutien à la parentalité, bain du bébé
Vendredi — réunion d'équipe
"""),
    ("nom-cahier-transmissions-chrs", "donnee-nom", """\
Cahier de transmissions CHRS, 22 h :
Retour de Svetlana au foyer après l'heure, elle a prévenu par téléphone. Pas d'alcool
apparent. A demandé un entretien demain avec sa référente pour parler de la garde de son fils.
Veilleur : pas d'autre événement.
"""),
    ("nom-mail-sans-signature-tr", "donnee-nom", """\
-------- Message d'origine --------
Objet : TR: Admission accueil de jour Alzheimer
Bonjour, suite à la visite de préadmission, M. Raymond Delaunay pourra être accueilli les
mardis et jeudis à partir du mois prochain. Le transport sera assuré par le service.
"""),
    ("nom-feuille-emargement", "donnee-nom", """\
Feuille d'émargement de l'atelier sociolinguistique (à ne pas joindre au bilan) :
1. ____________
2. Amina Diop
3. ____________
Le bilan transmis au financeur indique seulement le nombre de participantes (9) et les
niveaux atteints.
"""),
    ("nom-demande-ase-jeune-majeur", "donnee-nom", """\
Rapport à l'appui d'une demande de contrat jeune majeur :
Mélissa, qui aura dix-huit ans le mois prochain et prépare un bac pro accompagnement, soins et
services à la personne, souhaite rester dans son appartement de semi-autonomie jusqu'à la fin
de l'année scolaire. Le service soutient la demande.
"""),
    ("nom-cr-visite-prison", "donnee-nom", """\
Compte rendu de la permanence au quartier arrivants (maison d'arrêt) :
Huit entretiens ce mardi. Besoins principaux : domiciliation, maintien des droits RSA,
contact avec la famille. M. Hoxha demande qu'on prévienne son employeur de son incarcération ;
lui rappeler que c'est à lui de le faire, avec notre aide s'il le souhaite.
"""),
    ("nom-tableau-commission-mdph", "donnee-nom", """\
Préparation de l'équipe pluridisciplinaire MDPH – liste des situations à examiner :
| N° d'ordre | Demande | Avis de l'équipe |
|---|---|---|
| 1 | AEEH + complément | à compléter |
| 2 | orientation IME — Nathan Royer | favorable |
| 3 | PCH aide technique | ajourné |
"""),
    ("nom-surnom-presente", "donnee-nom", """\
Au foyer, on l'appelle « Titi » depuis son arrivée à huit ans, et il tient à ce surnom. Pour
le projet pour l'enfant, l'équipe s'est demandé s'il fallait l'écrire ainsi : on a choisi de
lui demander, et de le noter dans la partie « ce que je veux qu'on sache de moi ».
"""),
    ("nom-prenom-debut-phrase", "donnee-nom", """\
Synthèse du 12 septembre (extrait validé en équipe) :
Inès est arrivée à la MECS en septembre après une mesure d'accueil d'urgence. Elle a repris
le collège au bout de trois semaines. Les relations avec sa mère restent tendues ; les appels
du soir sont maintenus et encadrés.
"""),
    ("nom-courriel-cadre-sante", "donnee-nom", """\
Courriel interne transféré (« pour info ») :
« Pour la réunion bientraitance : la plainte de la fille de Mme Vasseur sur les délais de
réponse aux sonnettes est recevable. Proposer une réponse écrite et une rencontre. »
La réunion a mis en place un relevé des temps de réponse pendant un mois.
"""),
    ("nom-bilan-stage-esat", "donnee-nom", """\
Bilan de stage en ESAT (grille remplie par le moniteur) :
Ponctualité : acquise — Respect des consignes : en cours — Travail en équipe : acquis
Observations : Kévin Rousseau est volontaire, il s'est bien intégré à l'atelier espaces verts.
Avis : favorable à une admission.
"""),
    ("nom-bon-transport", "donnee-nom", """\
Bon de transport établi par l'accueil de jour :
Bénéficiaire : M. Tigran SARGSYAN
Trajet : accueil de jour → PASS de l'hôpital, aller-retour
Motif : consultation de médecine générale
Le bon est remis en main propre ; une copie reste dans le classeur du service.
"""),
    ("nom-reunion-prenom-minuscule-2", "donnee-nom", """\
cr rapide équipe mobile : 4 passages ce matin. la dame du square est partie, personne ne sait
où. ok pour l'orientation LHSS de ahmed, transport demain 10h. le couple sous la tente a
enfin accepté la domiciliation. prochain passage jeudi.
"""),
    ("nom-parole-temoin", "donnee-nom", """\
Pour la section « Paroles », on a recueilli avec son accord le témoignage d'une ancienne
résidente du CHRS : « Ce qui m'a aidée, c'est qu'on ne me demandait pas de tout raconter le
premier jour. » — Rachida Mansouri, ancienne résidente.
L'équipe a oublié de retirer le nom avant de coller la citation.
"""),
    ("nom-fiche-liaison-hopital", "donnee-nom", """\
Fiche de liaison EHPAD → urgences (champs pré-remplis par le logiciel) :
Résident : Ginette POCHON
Motif du transfert : chute avec douleur de hanche
Directives anticipées : oui, jointes — Personne de confiance : désignée
Traitement en cours : voir ordonnance jointe.
"""),
    ("nom-ordre-du-jour-cvs", "donnee-nom", """\
Ordre du jour du conseil de la vie sociale (brouillon) :
1. Retour sur les menus d'automne
2. Demande des résidents d'un deuxième créneau de coiffure
3. Réclamation de M. Jacquemin sur le bruit des chariots la nuit
4. Questions diverses
"""),
    ("nom-mail-ofpra-convocation", "donnee-nom", """\
Bonjour,
Je vous fais suivre la convocation reçue ce matin pour M. Mohammed Al-Hassan : entretien à
l'OFPRA le 14, à Fontenay-sous-Bois. Il faudra organiser le trajet depuis le CADA et prévoir
le départ la veille. Merci de confirmer qui l'accompagne.
"""),
    ("nom-tableau-pp-objectifs", "donnee-nom", """\
Projet personnalisé — tableau des objectifs (copie de travail)
| Objectif | Moyens | Qui | Échéance |
|---|---|---|---|
| Prendre le bus seul | 3 trajets accompagnés | éducateur | mars |
| Gérer son argent de poche | carnet de comptes | Anthony Lefort et son éducatrice | juin |
"""),
    ("nom-jugement-tutelle", "donnee-nom", """\
Extrait de la requête au juge des contentieux de la protection :
« Le mandataire sollicite l'autorisation de vendre le bien immobilier de Mme Paulette Giraud,
qui réside en EHPAD depuis deux ans et dont les ressources ne couvrent plus les frais
d'hébergement. » La requête est accompagnée de deux estimations.
"""),
    ("nom-note-educ-prenom-nom-minuscule", "donnee-nom", """\
note perso à reprendre : appeler le collège pour jordan lefebvre (exclusion de 3 jours),
prévoir un entretien avec la mère avant la réintégration, voir si l'AED peut l'accueillir
au retour. ne pas oublier le courrier au juge.
"""),
    ("nom-relevé-decision-staff", "donnee-nom", """\
Relevé de décisions – staff addictologie du jeudi :
- Sevrage hospitalier : 2 demandes, 1 place disponible.
- La place est proposée à Mme Aubry, en attente depuis le plus longtemps.
- Groupe de parole : reprise en janvier.
"""),
    ("nom-intitule-dossier-partage", "donnee-nom", """\
Arborescence du dossier partagé de l'équipe (capture) :
/situations/2025/
  ├── situation_01/
  ├── situation_02/
  └── famille_Dubreuil_IP_mars/
À renommer avant l'audit : les dossiers doivent porter un identifiant interne.
"""),
    ("nom-temoignage-voix-sms", "donnee-nom", """\
Lors de l'atelier FALC, un participant a dicté son message au groupe :
« Je m'appelle Quentin Morel, je travaille à l'ESAT, j'aime le football. »
Ce message est resté sur le tableau numérique : à effacer avant de prendre la photo de
l'atelier pour la fiche.
"""),
    ("nom-hebergement-115", "donnee-nom", """\
Retour du SIAO (courriel du soir) : une place en hébergement d'urgence est attribuée pour
Mme Traoré et ses deux enfants, au centre de la rue du Port, à partir de 19 h. Prévenir la
famille et organiser le trajet. La place est garantie pour 7 nuits.
"""),
    ("nom-cr-rencontre-parents", "donnee-nom", """\
Compte rendu de l'entretien avec les parents (IME) :
Présents : père, mère, éducatrice référente, psychologue.
Les parents de Louna souhaitent qu'elle puisse passer une nuit par semaine à l'internat pour
« apprendre à être loin de nous ». L'équipe propose un essai après les vacances.
"""),
    ("nom-initiale-detail-rare", "donnee-nom", """\
Analyse des pratiques : on a repris la situation de Marcel T., le seul résident du FAM qui a
été champion de France de tir à l'arc handisport, et qui refuse désormais toute sortie. Le
groupe a travaillé sur ce que la perte de cette identité sportive représente pour lui.
"""),
    # ------------------------------------------------------------------ donnee-naissance
    ("naissance-formulaire-mdph", "donnee-naissance", """\
Formulaire MDPH, rubrique identité (aide au remplissage) :
Nom : [ne pas recopier ici]
Date de naissance : 14/03/2009
Le conseiller vérifie avec la personne que l'adresse de réponse est bien celle de la
domiciliation et non celle du foyer.
"""),
    ("naissance-ddn-export", "donnee-naissance", """\
Export logiciel (champs réduits avant diffusion) :
Usager : [anonymisé] — DDN : 02.11.1941 — GIR : 2
Entrée en EHPAD : 2024
Aidant principal : fils (vit hors département)
Prochaine révision du projet personnalisé : février.
"""),
    ("naissance-en-lettres", "donnee-naissance", """\
Rapport d'évaluation de minorité, paragraphe « état civil déclaré » :
Le jeune déclare être né le douze mars deux mille neuf et présente un extrait d'acte de
naissance dont l'authenticité n'a pas pu être vérifiée. L'évaluateur note la cohérence du
récit de parcours avec l'âge déclaré.
"""),
    ("naissance-initiales-date", "donnee-naissance", """\
Synthèse ASE – point sur les fratries accueillies :
Situation 4 : J.L., né en mars 2011, et sa sœur sont accueillis chez deux assistantes
familiales différentes. Les visites entre frère et sœur ont lieu deux mercredis par mois à
la maison de l'enfance. Objectif : un accueil commun d'ici l'été.
"""),
    ("naissance-caf-formulaire", "donnee-naissance", """\
Déclaration de situation à la CAF (aide au remplissage, copie de travail) :
Enfant à charge n° 2 — né(e) le 07/06/2018 — scolarisé : oui
Changement de situation depuis la dernière déclaration : séparation
On remet à la personne le récapitulatif imprimé et on ne garde pas de copie au service.
"""),
    ("naissance-transmission-ehpad", "donnee-naissance", """\
Transmissions : anniversaire de la résidente de la chambre 21 demain, elle aura 100 ans (née
le 9 décembre 1926). L'animatrice prévoit le gâteau et la venue de la chorale de l'école. La
famille sera là à 15 h. Prévoir la salle polyvalente.
"""),
    ("naissance-formulaire-cpam", "donnee-naissance", """\
Demande d'affiliation à la protection universelle maladie, rubrique « vous » :
Nom et prénom : (remplis par la personne)
Date et lieu de naissance : 23 août 1987 à Kaboul (Afghanistan)
Justificatif de régularité du séjour : récépissé de demande d'asile.
"""),
    ("naissance-note-vocale", "donnee-naissance", """\
Transcription de la note vocale de l'éducatrice de permanence :
« … et donc pour la demande de carte d'identité il manque l'acte de naissance, il est né le
3 février 2008 à Lyon, faut écrire à l'état civil, je m'en occupe lundi. Voilà. »
À reprendre en réunion : qui fait les demandes d'état civil ?
"""),
    ("naissance-tableau-jeunes", "donnee-naissance", """\
Tableau des échéances de majorité (service jeunes majeurs) :
| Jeune | Date de naissance | Contrat jeune majeur |
|---|---|---|
| Jeune A | — | en cours |
| Jeune B | 30/09/2007 | à demander avant l'été |
| Jeune C | — | refusé |
"""),
    ("naissance-rapport-juge", "donnee-naissance", """\
Rapport d'échéance adressé au juge des enfants :
« Le mineur, né le 21/01/2012, est suivi dans le cadre d'une AEMO renforcée depuis un an. Les
objectifs fixés à l'audience ont été partiellement atteints : la scolarité a repris, mais
les conflits avec le beau-père persistent. »
"""),
    ("naissance-dossier-apa", "donnee-naissance", """\
Dossier de demande d'APA à domicile (page de garde recopiée dans le compte rendu de VAD) :
Demandeur né le 5 mai 1938. Vit avec son épouse, elle-même en perte d'autonomie. Le
logement est à l'étage, sans ascenseur. L'évaluation GIR est prévue la semaine prochaine.
"""),
    ("naissance-sms-mere", "donnee-naissance", """\
SMS reçu pour l'inscription à la crèche à vocation d'insertion professionnelle :
« Bonjour madame, pour le dossier ma fille elle est née le 11 avril 2024, je peux venir
mardi avec les papiers ? »
Répondre en proposant le créneau de la permanence du mardi matin.
"""),
    ("naissance-fiche-spip", "donnee-naissance", """\
Fiche de liaison SPIP → structure d'hébergement (extrait) :
Personne placée sous main de justice, née le 17 octobre 1979, sortie prévue en fin de mois.
Obligations : soins, travail ou formation, interdiction de paraître dans la commune de la
victime. Contact SPIP : la conseillère référente.
"""),
    # ------------------------------------------------------------------ donnee-adresse
    ("adresse-batiment-etage", "donnee-adresse", """\
Compte rendu de VAD (aide à domicile) : le logement est insalubre, moisissures dans la
chambre des enfants. Adresse de la VAD : résidence Les Glycines, bâtiment C, 4e étage,
appartement 42. Signalement fait au service communal d'hygiène et de santé avec l'accord de
la famille.
"""),
    ("adresse-rue-numero", "donnee-adresse", """\
Demande d'intervention du SSIAD, formulaire transmis :
Motif : sortie d'hospitalisation, toilette et surveillance des pansements
Lieu d'intervention : 12 rue des Tanneurs, au fond de la cour, porte verte
Début souhaité : lundi.
"""),
    ("adresse-export-logiciel", "donnee-adresse", """\
Export de la fiche usager (colonnes « contact » non masquées) :
Statut : hébergé chez un tiers
Adresse : 27 bis avenue du Général-Leclerc, escalier B, 2e gauche
Domiciliation : CCAS
Référent : assistante sociale de secteur.
"""),
    ("adresse-sms-squat", "donnee-adresse", """\
SMS de l'équipe de maraude à l'équipe de jour :
« On a retrouvé la famille, ils sont dans le squat du 8 impasse des Vignerons, au rez-de-
chaussée, 5 personnes dont un bébé. On repasse demain avec le lait et les couches. »
À l'ordre du jour de la veille sociale : solution d'hébergement pour la famille.
"""),
    ("adresse-transmission-domicile", "donnee-adresse", """\
Transmissions SAAD, fin de journée :
Madame n'a pas ouvert à l'auxiliaire à 18 h. Voisins prévenus, la fille a été appelée et
arrive. Adresse à communiquer aux pompiers si besoin : 3 allée des Merisiers, lotissement du
Moulin, maison 14. Rappeler le cadre de permanence à 19 h.
"""),
    ("adresse-rapport-ase", "donnee-adresse", """\
Rapport d'évaluation à la CRIP : la famille vit depuis deux ans dans un T2 au 6e étage de la
tour Rimbaud, appartement 64, cité des Pins. Le logement est suroccupé (deux adultes, quatre
enfants). Une demande de mutation a été déposée auprès du bailleur.
"""),
    ("adresse-formulaire-caf", "donnee-adresse", """\
Formulaire de changement d'adresse CAF (copie de travail conservée par erreur) :
Ancienne adresse : foyer (hébergement temporaire)
Nouvelle adresse : 45 chemin de la Croix-Blanche, appt 7, 2e étage
Date d'entrée dans le logement : 1er du mois.
"""),
    ("adresse-mail-transfere", "donnee-adresse", """\
> De : [service logement de la mairie]
> Objet : TR: proposition de logement
> Un T3 se libère au 18 rue Pasteur, 3e étage droite, pour la famille que vous accompagnez.
> Visite possible mardi. Merci de nous confirmer leur intérêt.
Réponse envoyée : la famille est intéressée, visite confirmée.
"""),
    ("adresse-note-vocale", "donnee-adresse", """\
Note vocale retranscrite (infirmière de l'équipe mobile) :
« Je suis passée chez le monsieur qui ne sortait plus, au 9 rue Émile-Zola, 5e sans ascenseur,
porte de gauche, il était au lit depuis trois jours, j'ai appelé le médecin… »
Suite donnée : hospitalisation programmée, lien avec le CCAS.
"""),
    ("adresse-plan-aide", "donnee-adresse", """\
Plan d'aide APA notifié (à remettre à la personne, pas à diffuser) :
Intervention : 2 h par jour, 7 j/7
Lieu : hameau de la Combe, 2 chemin des Ajoncs
Prestataire : service d'aide à domicile du secteur
Participation financière : selon barème.
"""),
    ("adresse-cahier-liaison-sortie", "donnee-adresse", """\
Cahier de liaison, sortie du week-end :
Retour en famille autorisé du samedi 10 h au dimanche 18 h. Le jeune sera chez sa grand-mère,
14 place du Marché, 1er étage, à côté de la boulangerie. Le numéro d'astreinte a été donné à
la grand-mère.
"""),
    ("adresse-tableau-vad", "donnee-adresse", """\
Tournée de VAD de jeudi (tableau de travail) :
| Heure | Lieu | Motif |
|---|---|---|
| 9 h | maison des solidarités | permanence |
| 10 h 30 | 6 rue des Lilas, bât. A, appt 11 | suivi AED |
| 14 h | école élémentaire | équipe éducative |
"""),
    ("adresse-courrier-bailleur", "donnee-adresse", """\
Projet de courrier au bailleur (prévention des expulsions) :
« Madame, Monsieur, nous accompagnons votre locataire du logement situé 31 boulevard de la
République, bâtiment B, 8e étage, porte 803, dans la constitution d'un dossier FSL. Nous vous
remercions de suspendre la procédure le temps de l'instruction. »
"""),
    # ------------------------------------------------------------------ donnee-telephone
    ("telephone-sms-cite", "donnee-telephone", """\
Exemple de SMS à ne pas reproduire dans une fiche :
« Madame, votre rendez-vous à la PMI est confirmé jeudi 10 h. En cas d'empêchement,
rappelez-nous. »
Envoyé au 06 39 98 41 27 depuis le téléphone du service, sans vérifier que le numéro était
toujours celui de la mère.
"""),
    ("telephone-export-colonne", "donnee-telephone", """\
Export de la liste d'attente du SAVS (colonnes réduites) :
| Demande | Délai | Contact |
|---|---|---|
| orientation CDAPH 2025 | 8 mois | via le tuteur |
| orientation CDAPH 2025 | 6 mois | 07 00 00 52 18 |
"""),
    ("telephone-whatsapp-vocal", "donnee-telephone", """\
Message WhatsApp d'un jeune majeur sorti de l'ASE, recopié dans le cahier :
« salut c moi mon nouveau num c le 0639981204 je change de tel gardez le svp »
À reporter dans le dossier informatisé, pas dans le cahier papier.
"""),
    ("telephone-fiche-contact-aidant", "donnee-telephone", """\
Fiche de contact d'urgence (EHPAD) :
Personne de confiance : la fille de la résidente
Joignable au 04 65 71 23 96, de préférence après 18 h
Médecin traitant : cabinet du village
Directives anticipées : rédigées, copie au dossier.
"""),
    ("telephone-transmission-fugue", "donnee-telephone", """\
Transmission de l'astreinte : la jeune est en fugue depuis 21 h, déclaration faite au
commissariat. Elle a écrit à une éducatrice depuis un numéro inconnu (+33 7 00 00 63 41).
Ne pas rappeler ce numéro sans l'accord du cadre d'astreinte ; le transmettre aux policiers.
"""),
    ("telephone-mail-signature-usager", "donnee-telephone", """\
Courriel reçu d'une personne accompagnée par le SAVS, transféré à l'équipe :
« Bonjour, je n'arrive pas à me connecter à mon compte Ameli, vous pouvez m'aider quand vous
passez ? Vous pouvez m'appeler au 05.36.49.18.02.
Merci »
"""),
    ("telephone-cr-reunion", "donnee-telephone", """\
Réunion de coordination MAIA / équipe gériatrique :
Situation de Mme X : refus d'aide, chute récente, aidant épuisé. Le neveu, seul contact de la
famille, accepte d'être appelé : 03 53 48 76 10. Décision : passage de l'ESA la semaine
prochaine et point téléphonique avec le neveu ensuite.
"""),
    ("telephone-formulaire-caf", "donnee-telephone", """\
Formulaire CAF de demande d'aide au logement, rubrique « vos coordonnées » (copie de travail) :
Téléphone portable : 06 39 98 05 77
Courriel : (pas d'adresse)
Le travailleur social rappelle que les notifications arriveront par courrier à la
domiciliation.
"""),
    ("telephone-note-vocale-transcrite", "donnee-telephone", """\
Transcription automatique d'un message vocal :
« Oui bonjour c'est pour le colis alimentaire de vendredi, je pourrai pas venir, vous pouvez
me rappeler au zéro deux soixante et un quatre-vingt-onze trente-quatre douze ? Merci. »
Réponse : colis mis de côté jusqu'à lundi.
"""),
    ("telephone-tableau-115", "donnee-telephone", """\
Tableau de veille sociale (nuit du 14) :
| Situation | Demande | Réponse |
|---|---|---|
| homme seul, 50 ans | mise à l'abri | place au centre |
| femme + 2 enfants | mise à l'abri | à rappeler au 01 99 00 27 84 |
| couple | pas de demande | maraude |
"""),
    ("telephone-cahier-liaison-famille", "donnee-telephone", """\
Mot dans le cahier de liaison IME, écrit par le père :
« Bonjour, à partir de lundi c'est moi qui récupère le soir. Si besoin appelez-moi au
06-39-98-72-55, la maman n'a plus de téléphone. Merci. »
L'éducatrice a reporté l'information dans le dossier et barré le numéro dans le cahier.
"""),
    ("telephone-pv-audition", "donnee-telephone", """\
Extrait du rapport MJIE transmis au juge :
« La mère se dit prête à collaborer. Elle a communiqué son nouveau numéro de téléphone,
07 00 00 19 83, et souhaite être prévenue directement des rendez-vous, sans passer par le
père. »
"""),
    ("telephone-format-international", "donnee-telephone", """\
Accompagnement d'un demandeur d'asile pour contacter sa famille restée au pays : le service
a prêté le téléphone fixe pour appeler son cousin en France, au +33 4 65 71 80 36, qui
pourra l'héberger quelques nuits. Rappel : les appels personnels restent ponctuels et
consignés dans le cahier.
"""),
    # ------------------------------------------------------------------ donnee-courriel
    ("courriel-entete-transfere", "donnee-courriel", """\
---------- Forwarded message ---------
De : k.rigaud.2009@example.com
Date : dim. 9 nov. 2025
Objet : je veux parler à mon éduc
Transféré par l'astreinte à l'équipe du lundi. Le jeune demande un entretien en dehors du
foyer ; proposer un rendez-vous au service.
"""),
    ("courriel-formulaire-cpam", "donnee-courriel", """\
Création du compte Ameli avec la personne (atelier numérique) :
Adresse électronique utilisée : mamadou.diallo75@example.net
Mot de passe : choisi et noté par la personne elle-même, jamais par l'intervenant.
On vérifie ensemble la réception du code de confirmation.
"""),
    ("courriel-deguise", "donnee-courriel", """\
Cahier de liaison de l'accueil de jour :
Le monsieur aux deux chiens a enfin une adresse mail pour France Travail :
doudou.canal [at] example [point] org. Il faudra l'aider à consulter sa boîte une fois par
semaine, il a peur de rater une convocation.
"""),
    ("courriel-tableau-export", "donnee-courriel", """\
Export de la liste des participantes à l'atelier « démarches en ligne » :
| Participante | Niveau | Contact |
|---|---|---|
| P1 | débutante | téléphone du service |
| P2 | intermédiaire | s.morozova@example.org |
| P3 | débutante | téléphone du service |
"""),
    ("courriel-sms-cite", "donnee-courriel", """\
SMS d'un résident de la pension de famille :
« Vous pouvez envoyer le papier de la CAF sur mon mail c'est yanis.belk@example.com merci »
Rappel en réunion : les documents de la CAF s'envoient depuis l'espace sécurisé de la personne,
pas par mail depuis le service.
"""),
    ("courriel-cr-synthese", "donnee-courriel", """\
Compte rendu de synthèse (extrait envoyé aux partenaires) :
La jeune souhaite garder le lien avec son ancienne famille d'accueil, qui a proposé de
l'écrire à l'adresse qu'elle a créée pour ça : lina.h.2011@example.net. L'équipe accepte,
avec un point mensuel sur ces échanges.
"""),
    ("courriel-note-vocale", "donnee-courriel", """\
Note vocale retranscrite : « … son mail c'est jessica point lemaire arobase example point
org, elle veut recevoir les offres de la mission locale directement, je l'ai pas encore
inscrite… »
À faire : inscription avec elle, pas à sa place.
"""),
    ("courriel-formulaire-mdph", "donnee-courriel", """\
Formulaire MDPH, section « coordonnées » recopiée dans la note d'admission :
Courriel : gerard.vasseur41@example.org
Souhaite recevoir les courriers : par voie postale
Mesure de protection : curatelle renforcée (association tutélaire du département).
"""),
    ("courriel-whatsapp-message", "donnee-courriel", """\
Message WhatsApp d'une mère d'enfant accueilli en IME, cité pour la réunion sur la
communication avec les familles :
« Pouvez vous m'envoyer le planning des vacances sur benyahia.famille@example.com, je ne lis
pas le cahier. » Décision : proposer aux familles un envoi du planning par courrier.
"""),
    ("courriel-mail-cc", "donnee-courriel", """\
De : [assistante sociale du CHU]
À : [équipe du CHRS]
Cc : aubry.c@example.net
Objet : sortie d'hospitalisation
Bonjour, la patiente sort vendredi ; elle a souhaité être en copie de nos échanges.
"""),
    ("courriel-lien-mailto", "donnee-courriel", """\
Dans le compte rendu du groupe de parole, la liste « pour rester en contact » a été ajoutée
par une participante avant l'envoi :
[écrire à Dragan](mailto:dragan.p@example.org)
Le compte rendu diffusé doit être relu par l'animatrice avant envoi.
"""),
    ("courriel-formulaire-ofpra", "donnee-courriel", """\
Aide à la saisie sur le portail de l'OFPRA, champs « contact » :
Adresse postale : domiciliation de la SPADA
Adresse électronique : ahmad.rahimi.af@example.com
L'intervenant explique que les convocations arrivent aussi dans l'espace personnel.
"""),
    # ------------------------------------------------------------------ donnee-nir
    ("nir-formulaire-cpam", "donnee-nir", """\
Demande de complémentaire santé solidaire, rubrique « numéro de sécurité sociale » :
2 84 07 75 112 048 37
La demande est envoyée par le service avec l'accord de la personne ; un récépissé lui est
remis.
"""),
    ("nir-export-colonne", "donnee-nir", """\
Export des admissions EHPAD (avant masquage) :
| Entrée | GIR | N° sécu | Mutuelle |
|---|---|---|---|
| 01/2025 | 3 | — | oui |
| 03/2025 | 2 | 1 38 05 69 123 456 12 | non |
"""),
    ("nir-sms-cite", "donnee-nir", """\
SMS reçu par l'assistante sociale de l'hôpital :
« voici mon numero de securité sociale 187087512304518 pour le dossier merci »
Rappel en équipe : on ne demande pas ce numéro par SMS ; la personne l'apporte au rendez-vous
ou on le lit sur la carte Vitale.
"""),
    ("nir-note-transmission", "donnee-nir", """\
Transmission PASS : patient sans droits ouverts, ancienne immatriculation retrouvée :
NIR 1 75 12 99 350 011 62 (né à l'étranger). Réouverture des droits PUMa demandée ce jour à
la CPAM. Consultation de médecine générale maintenue en attendant.
"""),
    ("nir-cr-synthese", "donnee-nir", """\
Compte rendu de concertation sortie de détention :
Droits à rouvrir à la sortie : PUMa (numéro de sécurité sociale 2 91 03 13 055 278 44),
RSA, domiciliation. Le SPIP transmet les attestations de détention. Rendez-vous CPAM pris pour
le lendemain de la levée d'écrou.
"""),
    ("nir-formulaire-mdph", "donnee-nir", """\
Formulaire MDPH rempli avec le SAVS (copie de travail) :
N° d'immatriculation sécurité sociale : 1-64-11-59-350-123-97
Organisme : CPAM du département
Le projet de vie est joint sur papier libre, écrit par la personne.
"""),
    ("nir-note-vocale", "donnee-nir", """\
Transcription d'un message vocal au service social :
« …mon numéro de sécu c'est deux, quatre-vingt-dix-neuf, zéro six, soixante-quinze, cent
douze, zéro quarante-huit, trente-sept, voilà, c'est pour l'attestation… »
Rappeler la personne pour lui dire de venir avec sa carte.
"""),
    ("nir-tableau-droits", "donnee-nir", """\
Tableau de suivi de l'ouverture des droits (CADA) :
| Résident | Droit | État | Référence |
|---|---|---|---|
| R1 | PUMa | ouvert | — |
| R2 | PUMa | ouvert | 1 90 01 99 135 027 54 |
| R3 | PUMa | en attente | — |
"""),
    ("nir-mail-mutuelle", "donnee-nir", """\
Objet : TR: demande d'adhésion mutuelle
Bonjour, je vous transmets la demande d'adhésion pour la résidente : NIR 284057511204837,
adhésion au 1er du mois, prélèvement sur le compte géré par le mandataire.
Cordialement, le service administratif.
"""),
    ("nir-attestation-recopiee", "donnee-nir", """\
Note d'admission à l'accueil de jour, rubrique « droits santé » :
Attestation de droits présentée, numéro 2 55 09 2A 004 117 09, valable jusqu'en juin.
Médecin traitant déclaré : oui. Complémentaire : non, dossier à monter.
"""),
    # ------------------------------------------------------------------ donnee-iban
    ("iban-formulaire-caf", "donnee-iban", """\
Formulaire CAF, rubrique « vos coordonnées bancaires » (copie de travail) :
IBAN : FR76 3000 4012 3400 0102 3456 789
Titulaire du compte : l'allocataire
On rappelle que le compte doit être au nom de l'allocataire, sauf mesure de protection.
"""),
    ("iban-mail-mandataire", "donnee-iban", """\
Courriel transféré par le service mandataire :
« Merci de verser le reliquat de la caution sur le compte de gestion de la personne
protégée : FR76 1027 8060 3100 0205 1480 149. »
Le service hébergement a fait le virement et l'a consigné dans le registre des dépôts.
"""),
    ("iban-export-logiciel", "donnee-iban", """\
Export comptable (frais de séjour) avant anonymisation :
| Résident | Mode de paiement | Compte |
|---|---|---|
| Résident 1 | aide sociale | — |
| Résident 2 | prélèvement | FR14 2004 1010 0505 0001 3M02 606 |
"""),
    ("iban-sms-cite", "donnee-iban", """\
SMS d'un jeune majeur qui attend son allocation :
« mon iban c FR7630006000011234567890189 pour le virement de l'aide jeune majeur »
Rappel de procédure : on ne recueille pas un RIB par SMS, le jeune apporte un RIB papier ou le
dépose sur l'espace sécurisé.
"""),
    ("iban-rib-recopie", "donnee-iban", """\
Dossier de demande d'aide financière FSL, pièce « relevé d'identité bancaire » recopiée :
Banque : banque postale — Code banque 20041, guichet 01005, compte 0500013M026, clé RIB 06
Titulaire : la locataire
La commission statue le troisième jeudi du mois.
"""),
    ("iban-cr-commission", "donnee-iban", """\
Relevé de décisions de la commission d'aides facultatives du CCAS :
Situation 3 : aide de 150 € accordée pour la facture d'énergie, versée directement au
fournisseur. Situation 4 : secours de 80 € versé sur le compte FR76 1820 6002 0012 3456 7890
176 de la demandeuse.
"""),
    ("iban-formulaire-mdph-aeeh", "donnee-iban", """\
Aide au remplissage d'un dossier de prestation, rubrique « paiement » :
IBAN du parent allocataire : FR76-1470-7000-3012-3456-7890-132
Le formulaire est envoyé en recommandé par la famille elle-même.
"""),
    ("iban-note-vocale", "donnee-iban", """\
Transcription de la note vocale de la conseillère ESF :
« … pour le prélèvement du loyer elle m'a donné son IBAN, FR76 3000 3035 2000 0504 6789 012,
je l'ai noté sur un post-it, faudra le saisir demain… »
Rappel : pas de coordonnées bancaires sur post-it.
"""),
    ("iban-tableau-ressources", "donnee-iban", """\
Budget établi avec la personne (atelier budget) :
| Ressource | Montant | Versée sur |
|---|---|---|
| AAH | montant en vigueur | compte courant |
| Prime d'activité | variable | FR76 1562 9026 0100 0123 4567 865 |
"""),
    # ------------------------------------------------------------------ donnee-dossier
    ("dossier-numero-allocataire", "donnee-dossier", """\
Courrier type à la CAF rédigé avec la personne :
« Madame, Monsieur, je vous informe de ma séparation intervenue le mois dernier et vous
demande de recalculer mes droits. N° allocataire : 4182736. »
Le courrier est signé par la personne et déposé à l'accueil de la CAF.
"""),
    ("dossier-mdph-etape", "donnee-dossier", """\
Déroulement (étape 3) tel que rédigé dans le brouillon de la fiche :
Relancer la MDPH si aucune réponse au bout de quatre mois, en rappelant la référence du
dossier (n° MDPH 2025-004718) et la date de dépôt. Garder une trace écrite de chaque relance.
"""),
    ("dossier-pv-plainte", "donnee-dossier", """\
Accompagnement au dépôt de plainte pour violences conjugales : la victime a reçu le récépissé
(PV n° 02318/2025/004512). L'intervenante l'aide à demander une ordonnance de protection et
l'oriente vers l'association d'aide aux victimes. Le 3919 lui a été rappelé.
"""),
    ("dossier-parquet", "donnee-dossier", """\
Extrait du courrier du parquet des mineurs transmis à la CRIP :
« Suite à votre signalement, une enquête a été ouverte sous la référence parquet
25/187.004. Le service est désigné pour une mesure judiciaire d'investigation éducative. »
L'équipe MJIE prend contact avec la famille sous huit jours.
"""),
    ("dossier-ofpra", "donnee-dossier", """\
Préparation du recours devant la CNDA : décision de rejet de l'OFPRA notifiée le mois dernier
(n° OFPRA 2407-03381), délai de recours d'un mois. L'intervenante du CADA contacte l'avocat
désigné au titre de l'aide juridictionnelle et rassemble les pièces nouvelles.
"""),
    ("dossier-tableau-colonne", "donnee-dossier", """\
Tableau de suivi des mesures (export AEMO) :
| Mesure | N° dossier | Échéance | Juge |
|---|---|---|---|
| AEMO | — | 03/2026 | cabinet 2 |
| AEMO renforcée | 24/00517 | 06/2026 | cabinet 1 |
"""),
    ("dossier-ecrou", "donnee-dossier", """\
Fiche navette maison d'arrêt / CHRS :
Personne détenue, sortie prévue le 30 du mois, numéro d'écrou 45219. Demande d'hébergement
déposée au SIAO par le SPIP. Entretien de préadmission possible au parloir avocat, sur
rendez-vous.
"""),
    ("dossier-ipp", "donnee-dossier", """\
Fiche de liaison urgences → équipe mobile psychiatrie précarité :
Patient sans domicile, vu aux urgences cette nuit, IPP 2025118874. Souhaite revoir l'infirmière
de l'équipe mobile. Orientation proposée : CMP de secteur et halte de nuit.
"""),
    ("dossier-siao", "donnee-dossier", """\
Courriel du SIAO (transféré) :
« Votre demande d'hébergement est enregistrée sous le numéro SIAO 2025-77213. Elle sera
étudiée en commission d'orientation mardi. » Le référent prévient la personne et lui rappelle
que la commission ne la reçoit pas.
"""),
    ("dossier-numero-locataire", "donnee-dossier", """\
Plan d'apurement négocié avec le bailleur social :
Locataire n° 0087451-02, dette de 2 400 € soldée en 24 mensualités de 100 €, reprise du
paiement du loyer courant. La CCAPEX est informée. Le protocole de cohésion sociale permet de
rétablir les APL.
"""),
    ("dossier-mesure-tutelle", "donnee-dossier", """\
Requête au juge des contentieux de la protection (modèle du service) :
« Mesure de curatelle renforcée n° RG 24/01832. Le curateur sollicite l'autorisation de
résilier le bail du logement, la personne étant désormais accueillie en EHPAD de façon
définitive. »
"""),
    ("dossier-cpam-reference", "donnee-dossier", """\
Relance à la CPAM pour une demande de pension d'invalidité :
« Nous vous avons adressé le dossier le 3 septembre, enregistré sous la référence
INV-2025-0098341. Sans réponse à ce jour, nous vous remercions de nous indiquer l'état
d'avancement. »
"""),
    ("dossier-sms-caf", "donnee-dossier", """\
SMS d'une mère accompagnée, cité dans la réunion sur les ruptures de droits :
« la caf a tout bloqué mon numero c 2938471 vous pouvez appeler ? »
Réponse : on ne rappelle pas la CAF à sa place, on prend rendez-vous ensemble sur son espace.
"""),
    ("dossier-numero-mesure-aemo", "donnee-dossier", """\
Relevé de décisions de la réunion d'équipe AEMO :
Situation de la fratrie (mesure n° 2025-AEMO-0412) : renouvellement demandé pour un an,
objectifs recentrés sur la scolarité de l'aînée. Rapport à envoyer trois semaines avant
l'audience.
"""),
    ("dossier-agdref", "donnee-dossier", """\
Aide au renouvellement du titre de séjour en ligne (ANEF) :
Numéro étranger AGDREF : 7504123456 — à saisir par la personne elle-même.
Le service vérifie avec elle les pièces justificatives avant envoi, et imprime le récépissé.
"""),
]

CLEAN = [
    # ------------------------------------------------ comptes rendus et réunions anonymisés
    ("cr-synthese-anonymise-tableau", """\
| Situation | Motif de la synthèse | Échéance |
|---|---|---|
| Situation A (garçon, 9 ans) | renouvellement AEMO | janvier |
| Situation B (fratrie de 3) | retour en famille à préparer | mars |
| Situation C (adolescente, 15 ans) | orientation ITEP à demander | avril |
"""),
    ("cr-reunion-equipe-roles", """\
Réunion d'équipe du FAM, 12 novembre
Présents : éducatrice référente, AES de jour, infirmière, psychologue, cheffe de service.
1. Retour sur le week-end : un résident a refusé de descendre aux repas ; à reprendre avec le
   médecin coordonnateur.
2. Planning des congés de fin d'année : validé.
"""),
    ("cr-concertation-ase-ecole", """\
Concertation ASE / école du 18 novembre. Les enseignants signalent des absences répétées le
lundi et une grande fatigue de l'aîné. La famille n'a pas répondu aux deux dernières
convocations. Proposition : une rencontre à domicile avec la TISF, puis une réévaluation en
cellule dans six semaines si rien ne bouge.
"""),
    ("cr-mme-x-anonyme", """\
Réunion de coordination gérontologique :
Situation de Mme X, 87 ans : refus d'aide, chute récente, aidant épuisé. Décision : passage
de l'équipe spécialisée Alzheimer la semaine prochaine et point téléphonique avec l'aidant
ensuite. Prochaine réunion dans un mois.
"""),
    ("cr-staff-addicto-anonyme", """\
Relevé de décisions – staff addictologie du jeudi :
- Sevrage hospitalier : 2 demandes, 1 place disponible.
- La place est proposée à la personne en attente depuis le plus longtemps (situation 2).
- Groupe de parole : reprise en janvier.
"""),
    ("cr-ccapex-anonyme", """\
CCAPEX – ordre du jour de la séance :
1. Dossiers en phase d'assignation (4 situations anonymisées)
2. Examen d'une situation de couple avec dette locative de 3 200 €, plan d'apurement proposé
   par le bailleur
3. Point sur le fonds de solidarité logement
"""),
    ("cr-cvs-ordre-du-jour", """\
Ordre du jour du conseil de la vie sociale :
1. Retour sur les menus d'automne
2. Demande des résidents d'un deuxième créneau de coiffure
3. Réclamation d'un résident sur le bruit des chariots la nuit
4. Questions diverses
"""),
    ("cr-initiale-seule-anonyme", """\
Analyse des pratiques : on a repris la situation d'un résident du FAM, ancien sportif de
haut niveau, qui refuse désormais toute sortie. Le groupe a travaillé sur ce que la perte de
cette identité sportive peut représenter, sans chercher à « le remotiver » à tout prix.
"""),
    ("cr-equipe-mobile-anonyme", """\
CR rapide équipe mobile : 4 passages ce matin. La dame du square est partie, personne ne sait
où. Orientation LHSS validée pour un homme rencontré lundi, transport demain 10 h. Le couple
sous la tente a accepté la domiciliation. Prochain passage jeudi.
"""),
    ("cr-mna-point-lundi", """\
Point MNA du lundi :
- trois nouvelles mises à l'abri ce week-end, évaluations prévues cette semaine ;
- un jeune de 16 ans scolarisé en UPE2A depuis septembre a demandé à changer de chambre ;
- rappel : les rendez-vous à la préfecture se prennent uniquement par le référent.
"""),
    ("cr-prison-quartier-arrivants", """\
Compte rendu de la permanence au quartier arrivants (maison d'arrêt) :
Huit entretiens ce mardi. Besoins principaux : domiciliation, maintien des droits RSA,
contact avec la famille. Un homme demande qu'on prévienne son employeur de son incarcération ;
on lui rappelle que c'est à lui de le faire, avec notre aide s'il le souhaite.
"""),
    ("cr-ordre-du-jour-synthese-trame", """\
Trame de compte rendu de synthèse (à adapter) :
- Date, lieu, fonctions des présents (pas de noms dans la version diffusée)
- Rappel des objectifs précédents
- Tour des regards : faits observés, datés
- Hypothèses — Décisions — Qui en parle à l'enfant et aux parents
"""),
    ("cr-ime-parents-anonyme", """\
Compte rendu de l'entretien avec les parents (IME) :
Présents : père, mère, éducatrice référente, psychologue.
Les parents souhaitent que leur fille puisse passer une nuit par semaine à l'internat pour
« apprendre à être loin de nous ». L'équipe propose un essai après les vacances.
"""),
    ("cr-releve-decisions-aemo", """\
Relevé de décisions de la réunion d'équipe AEMO :
Situation d'une fratrie de trois enfants : renouvellement demandé pour un an, objectifs
recentrés sur la scolarité de l'aînée. Rapport à envoyer trois semaines avant l'audience,
relu par la cheffe de service.
"""),
    ("cr-date-reunion", """\
Compte rendu de la réunion institutionnelle du 14 mars 2026.
Point unique : mise en œuvre de la loi du 7 février 2022 relative à la protection des
enfants (interdiction de l'hébergement à l'hôtel des mineurs confiés). L'équipe recense les
solutions d'accueil d'urgence disponibles sur le département.
"""),
    ("cr-commission-gerontologique-anonyme", """\
En commission gérontologique, on a évoqué une dame de plus de 90 ans qui vit seule depuis le
départ de sa voisine. Elle refuse la téléassistance « parce que ça fait vieux ». L'équipe
propose d'abord des visites de bénévoles, puis de reparler de la téléassistance dans trois
mois.
"""),
    # ------------------------------------------------ courriels transférés correctement
    ("mail-transfere-anonymise", """\
---------- Message transféré ---------
De : secrétariat du service AEMO
Date : mar. 14 oct. 2025 à 09:12
Objet : TR: report VAD
Bonjour, la visite à domicile prévue jeudi est reportée à la semaine suivante à la demande
de la mère. Merci de prévenir l'éducatrice référente.
"""),
    ("mail-orientation-esat-anonyme", """\
De : [chargée d'accueil SAVS]
À : [commission d'orientation]
Objet : TR: orientation ESAT – situation n° 3
Bonjour, vous trouverez ci-joint la notification de la CDAPH et le bilan du stage. La personne
est d'accord pour une admission au 1er janvier. Bien à vous.
"""),
    ("mail-siao-anonyme", """\
Courriel du SIAO (transféré, références retirées) :
« Votre demande d'hébergement est enregistrée. Elle sera étudiée en commission d'orientation
mardi. » Le référent prévient la personne et lui rappelle que la commission ne la reçoit pas,
mais qu'elle peut joindre un mot écrit à son dossier.
"""),
    ("mail-signature-professionnelle-auteure", """\
Bonjour à toutes et à tous,
Je vous transmets la fiche « Visite à domicile » relue, avec les corrections de l'étape 3.
Bonne lecture,
Claire Dumontet, conseillère technique en travail social, autrice de la fiche
"""),
    ("mail-reponse-mdph-anonyme", """\
> Le 02/10/2025 à 17:05, [secrétariat de la MDPH] a écrit :
> Madame, la demande de PCH aide humaine de la personne que vous accompagnez est incomplète :
> il manque le certificat médical de moins d'un an.
Réponse du SAAD : certificat demandé au médecin traitant, envoi prévu la semaine prochaine.
"""),
    ("mail-convocation-ofpra-anonyme", """\
Bonjour,
Je vous fais suivre la convocation reçue ce matin pour un résident : entretien à l'OFPRA le
14, à Fontenay-sous-Bois. Il faudra organiser le trajet depuis le CADA et prévoir le départ la
veille. Merci de confirmer qui l'accompagne.
"""),
    ("mail-admission-adj-anonyme", """\
-------- Message d'origine --------
Objet : TR: Admission accueil de jour Alzheimer
Bonjour, suite à la visite de préadmission, le monsieur pourra être accueilli les mardis et
jeudis à partir du mois prochain. Le transport sera assuré par le service.
"""),
    ("mail-relecteur-role", """\
Objet : relecture de la fiche « Accueil de jour »
Bonjour, j'ai relu la fiche : avis favorable avec réserves, l'étape 4 mérite un exemple.
Vous pouvez m'inscrire dans les relectures.
Karim Bensaïd, chef de service en accueil de jour, relecteur
"""),
    ("mail-cnil-adresse-institution", """\
Pour toute réclamation sur le traitement de ses données, la personne peut saisir la CNIL :
en ligne sur cnil.fr, ou par courrier à la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris
Cedex 07. Le service lui remet ce courrier type s'il le souhaite.
"""),
    ("mail-defenseur-droits", """\
Modèle de courrier au Défenseur des droits (à compléter avec la personne, sans la remplacer) :
« Défenseur des droits, Libre réponse 71120, 75342 Paris Cedex 07 ». L'envoi est gratuit, sans
timbre. On garde une copie du courrier uniquement si la personne le demande.
"""),
    ("mail-hebergement-anonyme", """\
Retour du SIAO (courriel du soir) : une place en hébergement d'urgence est attribuée à une
mère et ses deux enfants, au centre de la rue du Port, à partir de 19 h. Prévenir la famille
et organiser le trajet. La place est garantie pour 7 nuits.
"""),
    # ------------------------------------------------ exports de logiciels anonymisés
    ("export-usager-anonymise", """\
Export de la fiche usager (version diffusée au COPIL) :
Usager : [anonymisé] — Dispositif : ACT — Entrée : 2025
Accompagnement : ouverture des droits AAH, lien avec le CMP
Remarque : participe à l'atelier cuisine du jeudi.
"""),
    ("export-beneficiaires-numerotes", """\
Export du logiciel de suivi (colonnes réduites avant diffusion au COPIL) :
| Bénéficiaire | Dispositif | Entrée | Sortie prévue |
|---|---|---|---|
| Bénéficiaire 01 | ACT | 03/2025 | 03/2026 |
| Bénéficiaire 02 | LHSS | 06/2025 | — |
| Bénéficiaire 03 | ACT | 09/2025 | 09/2026 |
"""),
    ("export-file-active-caarud", """\
Bilan de la file active du CAARUD (extrait) :
| Profil | Nombre | Remarque |
|---|---|---|
| moins de 25 ans | 14 | dont 3 femmes |
| injecteurs | 38 | |
| relais CSAPA à organiser | 5 | |
"""),
    ("export-champs-masques", """\
Export logiciel (champs masqués avant diffusion) :
Usager : ████ — DDN : ██/██/████ — GIR : 2
Entrée en EHPAD : 2024 — Aidant principal : fils (hors département)
Prochaine révision du projet personnalisé : février.
"""),
    ("export-colonnes-vides", """\
Tableau de suivi des mesures (modèle) :
| Mesure | N° dossier | Échéance | Juge |
|---|---|---|---|
| AEMO | (masqué) | 03/2026 | cabinet 2 |
| AEMO renforcée | (masqué) | 06/2026 | cabinet 1 |
"""),
    ("export-statistiques-annuelles", """\
Rapport d'activité 2025 du SAVS, extrait de l'export :
| Indicateur | 2024 | 2025 |
|---|---|---|
| personnes accompagnées | 62 | 71 |
| sorties vers le logement autonome | 9 | 12 |
| durée moyenne d'accompagnement (mois) | 27 | 25 |
"""),
    ("export-planning-tisf-anonyme", """\
Planning TISF semaine 12 (export) :
Lundi — famille 1 — aide aux devoirs et repas
Mardi — famille 2 — accompagnement au CMP avec le plus jeune
Jeudi — famille 3 — soutien à la parentalité, bain du bébé
Vendredi — réunion d'équipe
"""),
    ("export-liste-attente-anonyme", """\
Export de la liste d'attente du SAVS (colonnes réduites) :
| Demande | Délai | Contact |
|---|---|---|
| orientation CDAPH 2025 | 8 mois | via le tuteur |
| orientation CDAPH 2025 | 6 mois | via la personne |
"""),
    ("export-transmissions-ide-anonyme", """\
Transmissions IDE 7h–14h
| Ch. | Observation |
|---|---|
| 8 | chute sans gravité à 3 h, bilan fait |
| 12 | petit-déjeuner refusé, à peser demain |
| 14 | RAS |
"""),
    ("export-commission-mdph-anonyme", """\
Préparation de l'équipe pluridisciplinaire MDPH – liste des situations à examiner :
| N° d'ordre | Demande | Avis de l'équipe |
|---|---|---|
| 1 | AEEH + complément | à compléter |
| 2 | orientation IME | favorable |
| 3 | PCH aide technique | ajourné |
"""),
    ("export-droits-cada", """\
Tableau de suivi de l'ouverture des droits (CADA) :
| Résident | Droit | État |
|---|---|---|
| R1 | PUMa | ouvert |
| R2 | PUMa | ouvert |
| R3 | PUMa | en attente |
"""),
    ("export-tableau-gir", """\
Répartition des résidents par GIR au 31 décembre (pour le rapport d'activité) :
GIR 1 : 12 — GIR 2 : 31 — GIR 3 : 14 — GIR 4 : 18 — GIR 5-6 : 5
GMP de l'établissement : 742. La coupe PATHOS a été validée par le médecin de l'ARS au
printemps.
"""),
    # ------------------------------------------------ SMS, WhatsApp, notes vocales anonymisés
    ("sms-anonyme-accord", """\
Exemple de SMS reçu sur le portable de service, reproduit avec l'accord de son autrice et
sans signature :
> « bjr jsui bloquée au taf je pourai pa venir au rdv de 14h on peu decaler a jeudi ? »
On répond toujours depuis le portable de service, jamais depuis son numéro personnel.
"""),
    ("sms-type-rappel-rdv", """\
Modèle de SMS de rappel de rendez-vous (logiciel du service) :
« Bonjour, nous vous rappelons votre rendez-vous demain à [heure] avec [fonction du
professionnel]. En cas d'empêchement, merci de prévenir le service. »
Le prénom de la personne n'est pas inséré automatiquement : c'est un choix de l'équipe.
"""),
    ("whatsapp-groupe-parents-anonyme", """\
Capture du groupe WhatsApp « parents CE2 » transmise par l'école, noms masqués :
[19:42] Parent 1 : elle dit que c'est pas elle qui a commencé
[19:44] (message supprimé)
Rappel : un groupe de parents n'est pas un canal de travail ; l'équipe n'y répond pas.
"""),
    ("note-vocale-anonyme", """\
Transcription automatique d'une note vocale laissée sur le téléphone de service :
« oui bonjour c'est l'éduc de nuit euh… donc le jeune de la chambre 3 il est rentré à une
heure et demie, il avait bu, on l'a laissé dormir, rien de violent… faudrait que quelqu'un
le voie demain matin avant le lycée. »
"""),
    ("sms-astreinte-anonyme", """\
SMS reçu un dimanche sur le téléphone d'astreinte de la MECS :
« Bonsoir c'est la mère de la petite, elle m'a appelé en pleurs elle veut rentrer, je fais
quoi ? »
Réponse type de l'astreinte : rappeler la mère, la rassurer, et prévenir l'éducateur présent.
"""),
    ("whatsapp-benevole-anonyme", """\
Message d'une bénévole de l'épicerie solidaire, recopié pour la réunion :
« Coucou l'équipe, la dame aux trois petits est revenue aujourd'hui, elle n'a plus rien depuis
que la CAF a suspendu. Je lui ai donné un colis d'urgence. »
Point à l'ordre du jour : que faire quand une bénévole repère une rupture de droits ?
"""),
    ("note-vocale-ehpad-anonyme", """\
Message vocal laissé par la fille d'une résidente, retranscrit pour le cahier :
« Oui bonjour, c'est pour ma mère, elle me dit qu'on ne lui a pas donné son dentier ce matin,
est-ce que vous pouvez vérifier ? Merci. »
Vérifié : le dentier était au lavage. Rappel fait à la fille à 15 h.
"""),
    ("sms-numero-public-115", """\
SMS type envoyé par la maraude aux personnes qui ont un téléphone et l'ont demandé :
« Si vous avez besoin d'un hébergement cette nuit, appelez le 115 (gratuit, 24 h/24).
L'accueil de jour est ouvert de 8 h 30 à 12 h. »
Le message ne contient ni nom ni référence de dossier.
"""),
    ("note-vocale-consigne", """\
Consigne pour les notes vocales : on les retranscrit dans le dossier sous 24 heures, en
supprimant les noms, surnoms, adresses et numéros cités, puis on efface l'enregistrement du
téléphone de service. Une note vocale n'est jamais transférée telle quelle à un partenaire.
"""),
    ("whatsapp-consigne-equipe", """\
Charte du groupe WhatsApp de l'équipe éducative : uniquement de la logistique (planning,
remplacements, clés). Aucune information sur les jeunes, pas même un prénom ou une photo.
Pour une situation, on appelle le cadre d'astreinte ou on écrit dans le logiciel.
"""),
    # ------------------------------------------------ cahiers de liaison, transmissions
    ("cahier-liaison-anonyme", """\
Cahier de liaison – nuit du 3 au 4
- ch. 12 : RAS, dort bien.
- ch. 14 : refus de la toilette du soir, très agitée vers 22 h, a appelé sa mère.
  Laissée au calme, surveillance toutes les heures.
- ch. 15 : hydratation à surveiller, voir avec l'IDE du matin.
"""),
    ("transmissions-chrs-anonyme", """\
Cahier de transmissions CHRS, 22 h :
Retour d'une résidente au foyer après l'heure, elle a prévenu par téléphone. Pas d'alcool
apparent. A demandé un entretien demain avec sa référente pour parler de la garde de son fils.
Veilleur : pas d'autre événement.
"""),
    ("cahier-ime-anonyme", """\
Cahier de liaison IME / famille, mot de l'éducatrice du vendredi :
« Bonne semaine dans l'ensemble. Votre enfant a refusé la piscine mardi mais a participé à la
sortie au marché. Pensez à remettre des vêtements de rechange dans le sac pour lundi. »
Réponse attendue de la famille au verso.
"""),
    ("transmissions-surnom-equipe-anonyme", """\
Transmissions de l'après-midi : une résidente du 2e étage a participé à l'atelier chant pour
la première fois depuis son entrée. Elle a demandé à y retourner. À noter dans le projet
personnalisé : l'envie de chanter revient quand l'atelier a lieu avant le goûter.
"""),
    ("transmissions-csapa-anonyme", """\
Transmissions CSAPA, équipe du soir :
Un patient est passé chercher son traitement de substitution à 18 h, en retard mais calme.
Il demande un rendez-vous avec le médecin pour reparler du dosage. Pas d'autre passage
significatif. Matériel RdR distribué : 12 kits.
"""),
    ("cahier-sortie-weekend-anonyme", """\
Cahier de liaison, sortie du week-end :
Retour en famille autorisé du samedi 10 h au dimanche 18 h, chez la grand-mère. Le numéro
d'astreinte du service a été donné à la grand-mère, qui a signé le document de sortie.
"""),
    ("transmissions-nuit-desorientation", """\
Relève de nuit : le résident de la chambre 8 s'est levé quatre fois, désorienté, cherchait la
sortie « pour aller traire ». Pas de chute. Équipe de jour : refaire le point avec le médecin
coordonnateur sur le traitement du soir et proposer une déambulation accompagnée.
"""),
    ("transmissions-echelles-soin", """\
Transmissions ciblées (méthode DAR) pour la chambre 21 :
Données : score de Zarit de l'aidante à 52, MMSE à 18 en octobre.
Actions : proposition d'hébergement temporaire de répit, information sur la plateforme de
répit du territoire. Résultat : l'aidante réfléchit, on la rappelle vendredi.
"""),
    ("transmissions-saad-anonyme", """\
Transmissions SAAD, fin de journée :
Madame n'a pas ouvert à l'auxiliaire à 18 h. Voisins prévenus, la fille a été appelée et
arrive. En cas d'urgence vitale, composer le 15 ou le 112. Rappeler le cadre de permanence
à 19 h.
"""),
    ("cahier-accueil-jour-anonyme", """\
Cahier de liaison de l'accueil de jour :
Le monsieur aux deux chiens a enfin une adresse mail pour France Travail. Il faudra l'aider à
consulter sa boîte une fois par semaine, il a peur de rater une convocation. Créneau proposé :
mardi après la douche.
"""),
    # ------------------------------------------------ rapports et écrits au juge
    ("rapport-ase-anonyme", """\
Extrait du rapport de situation (CASF L223-5), version anonymisée pour la formation :
« L'enfant, âgé de 7 ans, est accueilli chez une assistante familiale depuis dix-huit mois. Il
a trouvé ses repères, dort mieux et accepte désormais les visites en présence d'un tiers. Le
service propose le maintien du placement. »
"""),
    ("rapport-mjie-extrait", """\
Extrait d'un rapport de MJIE, réécrit pour la fiche :
« La mère se dit prête à collaborer. Elle souhaite être prévenue directement des
rendez-vous, sans passer par le père. » On distingue dans le rapport ce qui est déclaré, ce
qui est observé et ce que le service en comprend.
"""),
    ("rapport-jeune-majeur-anonyme", """\
Rapport à l'appui d'une demande de contrat jeune majeur (exemple réécrit) :
Une jeune qui aura dix-huit ans le mois prochain et prépare un bac professionnel souhaite
rester dans son appartement de semi-autonomie jusqu'à la fin de l'année scolaire. Le service
soutient la demande et propose un accompagnement de six mois renouvelable.
"""),
    ("rapport-opp-dispositif", """\
Dans une ordonnance de placement provisoire, seul le dispositif intéresse le projet pour
l'enfant : « confié au service de l'aide sociale à l'enfance pour une durée de six mois ». Le
reste de l'ordonnance (motifs, identité des parties) reste dans le dossier et n'est pas repris
dans les écrits du quotidien.
"""),
    ("rapport-l226-2-2", """\
Le partage d'informations à caractère secret entre professionnels de la protection de
l'enfance est encadré par l'article L226-2-2 du CASF : il est limité à ce qui est strictement
nécessaire à l'évaluation ou à la protection, et les parents en sont informés au préalable,
sauf si c'est contraire à l'intérêt de l'enfant.
"""),
    ("rapport-evaluation-minorite", """\
Rapport d'évaluation de minorité, trame (arrêté du 20 novembre 2019) : état civil déclaré,
composition familiale, conditions de vie dans le pays d'origine, motifs du départ, parcours
migratoire, conditions de vie en France, projet. L'évaluateur note la cohérence du récit sans
recopier les documents d'identité.
"""),
    ("rapport-fratrie-anonyme", """\
Synthèse ASE – point sur les fratries accueillies :
Situation 4 : un garçon de 14 ans et sa sœur sont accueillis chez deux assistantes familiales
différentes. Les visites ont lieu deux mercredis par mois à la maison de l'enfance. Objectif :
un accueil commun d'ici l'été.
"""),
    ("rapport-echeance-juge-anonyme", """\
Rapport d'échéance adressé au juge des enfants (exemple de formation) :
« Le mineur, âgé de 13 ans, est suivi dans le cadre d'une AEMO renforcée depuis un an. Les
objectifs fixés à l'audience ont été partiellement atteints : la scolarité a repris, mais les
conflits avec le beau-père persistent. »
"""),
    ("rapport-spip-liaison-anonyme", """\
Fiche de liaison SPIP → structure d'hébergement (exemple anonymisé) :
Homme de 45 ans, sortie prévue en fin de mois. Obligations : soins, travail ou formation,
interdiction de paraître dans une commune. Contact SPIP : la conseillère référente, par le
standard de l'antenne.
"""),
    ("rapport-crip-procedure", """\
Une information préoccupante est transmise à la cellule départementale (CRIP) ; si l'enfant
est en danger grave et immédiat, le signalement est adressé directement au procureur de la
République, avec copie à la CRIP (CASF L226-4). En cas de doute, le 119 conseille aussi les
professionnels.
"""),
    # ------------------------------------------------ formulaires, démarches sans données
    ("formulaire-mdph-vierge", """\
Aide au remplissage du formulaire MDPH (cerfa 15692), rubrique A « Identité de la personne » :
Nom : ____________  Prénom : ____________
Date de naissance : __/__/____
Le conseiller explique chaque rubrique et laisse la personne écrire elle-même ce qu'elle
souhaite dire de sa vie quotidienne.
"""),
    ("formulaire-caf-etape-generique", """\
Déroulement, étape 2 : avec la personne, se connecter à son espace sur caf.fr avec son numéro
allocataire et son code, puis déclarer le changement de situation. Le numéro allocataire
figure en haut à droite de chaque courrier de la CAF ; on ne le recopie ni dans le dossier
papier ni dans le cahier.
"""),
    ("formulaire-nir-explication", """\
Le numéro de sécurité sociale (NIR) comporte 13 chiffres suivis d'une clé de 2 chiffres ; le
premier chiffre indique le sexe, les suivants l'année et le mois de naissance. C'est pourquoi
on ne le recopie jamais dans un écrit partagé : il suffit à retrouver la date de naissance de
la personne.
"""),
    ("formulaire-iban-explication", """\
Pour une personne sous mesure de protection, les prestations sont versées sur un compte ouvert
à son nom et géré par le mandataire. Le service hébergement demande un RIB au mandataire, pas
à la personne, et ne le conserve pas au-delà de la mise en place du prélèvement.
"""),
    ("formulaire-css-etapes", """\
Demande de complémentaire santé solidaire : en ligne sur ameli.fr ou avec le formulaire
S3711, accompagné des justificatifs de ressources des douze derniers mois. La décision est
rendue en deux mois ; sans réponse, la demande est réputée acceptée (ne pas l'oublier en
relance).
"""),
    ("formulaire-apa-demarche", """\
La demande d'APA à domicile se fait auprès du conseil départemental ; une équipe médico-
sociale se rend au domicile pour évaluer le degré de perte d'autonomie (grille AGGIR). Seules
les personnes classées en GIR 1 à 4 y ouvrent droit. Le plan d'aide est ensuite proposé à la
personne, qui peut le refuser ou demander à le modifier.
"""),
    ("formulaire-ofpra-etapes", """\
Après l'enregistrement en guichet unique, la personne a 21 jours pour envoyer son formulaire
à l'OFPRA. Le récit est écrit en français, avec un interprète si besoin. En cas de rejet, le
recours devant la CNDA doit être formé dans le délai d'un mois.
"""),
    ("formulaire-numero-etranger-generique", """\
Pour le renouvellement du titre de séjour sur l'ANEF, la personne aura besoin de son numéro
étranger (il figure sur son titre actuel) et d'une adresse électronique qu'elle consulte
vraiment. On l'aide à créer cette adresse si elle n'en a pas, mais elle choisit et garde son
mot de passe.
"""),
    ("formulaire-cpam-invalidite", """\
Une pension d'invalidité peut être demandée par l'assuré ou proposée par le médecin-conseil ;
la demande se fait avec le formulaire S4150 et le certificat du médecin traitant. Le délai de
réponse est de deux mois. On note dans le dossier la date d'envoi, sans recopier de numéro.
"""),
    ("formulaire-fsl-pieces", """\
Pièces à réunir pour une demande d'aide au FSL : formulaire départemental, justificatifs de
ressources, bail, dernier avis d'échéance, RIB du bailleur pour un versement direct. Le dossier
passe en commission le troisième jeudi du mois ; la personne est informée de la décision par
courrier.
"""),
    ("formulaire-dossier-mot-generique", """\
Quand un dossier MDPH reste sans réponse au bout de quatre mois, la demande est réputée
rejetée ; on peut alors déposer un recours administratif préalable obligatoire (RAPO) dans
les deux mois. Garder une copie de l'accusé de réception et de chaque relance.
"""),
    ("formulaire-ddn-placeholder", """\
Modèle de fiche d'admission en accueil de jour (à imprimer) :
| Rubrique | À remplir |
|---|---|
| Nom, prénom | |
| Date de naissance | JJ/MM/AAAA |
| Personne à prévenir | |
"""),
    # ------------------------------------------------ publics : numéros d'écoute, adresses
    ("numeros-ecoute-publics", """\
À afficher dans la salle d'attente :
- 119 — Allô enfance en danger, gratuit, 24 h/24
- 3919 — Violences Femmes Info, gratuit et anonyme
- 3977 — maltraitance des personnes âgées et des adultes en situation de handicap
- 115 — hébergement d'urgence
"""),
    ("numero-3114", """\
Si une personne évoque des idées suicidaires, on ne la laisse pas repartir seule sans avoir
évalué l'urgence ; le 3114, numéro national de prévention du suicide, répond 24 h/24 aux
personnes concernées, à leurs proches et aux professionnels. En cas de danger immédiat :
le 15.
"""),
    ("numero-drogues-info", """\
Ressources pour les personnes et leur entourage : Drogues info service au 0 800 23 13 13
(appel anonyme et gratuit), Alcool info service au 0 980 980 930, Écoute cannabis au
0 980 980 940. Les consultations jeunes consommateurs reçoivent aussi les parents.
"""),
    ("adresse-has-institution", """\
Les recommandations citées sont téléchargeables sur le site de la HAS (Haute Autorité de
santé, 5 avenue du Stade de France, 93218 Saint-Denis La Plaine Cedex). Depuis 2018, elle a
repris les missions de l'ANESM pour le secteur social et médico-social.
"""),
    ("adresse-institution-rue-personne", """\
Les permanences ont lieu au centre médico-psychologique, 14 rue Louise-Michel, le mardi et le
jeudi de 14 h à 17 h, sans rendez-vous. L'équipe mobile psychiatrie précarité y tient aussi
une permanence le vendredi matin.
"""),
    ("adresse-mds-avenue-jean-moulin", """\
La maison départementale des solidarités, avenue Jean-Moulin, accueille les permanences de
PMI, d'assistantes sociales de secteur et de la CAF. L'accès est de plain-pied et un
interprétariat téléphonique est possible sur rendez-vous.
"""),
    ("adresse-ehpad-allee-marie-curie", """\
Le pôle d'activités et de soins adaptés de l'EHPAD Les Tilleuls, 3 allée Marie-Curie, accueille
chaque jour quatorze résidents ayant des troubles du comportement modérés. Les familles sont
invitées à un café des aidants le premier samedi du mois.
"""),
    ("adresse-ministere", """\
Les questions sur l'application du décret peuvent être adressées au ministère chargé des
solidarités, 14 avenue Duquesne, 75350 Paris SP 07, ou via la boîte fonctionnelle indiquée sur
la circulaire. Les fédérations du secteur ont diffusé une foire aux questions.
"""),
    ("adresse-cada-rue-victor-hugo", """\
Le CADA partage ses locaux avec la plateforme d'accueil des demandeurs d'asile, rue
Victor-Hugo, près de la gare. La domiciliation des demandeurs d'asile hébergés est faite à
l'adresse du CADA ; les courriers sont remis en main propre contre signature.
"""),
    ("adresse-ccas-place-jean-jaures", """\
Domiciliation : la personne sans domicile stable peut élire domicile au CCAS de sa commune
(dans notre cas, CCAS, 2 place Jean-Jaurès) ou auprès d'un organisme agréé. L'attestation
est valable un an et permet d'ouvrir les droits sociaux, de s'inscrire sur les listes
électorales et de recevoir son courrier.
"""),
    # ------------------------------------------------ auteurs, relecteurs, bibliographie
    ("yaml-auteurs-professionnels", """\
auteurs:
  - nom: "Sophie Garnier"
    role: "Éducatrice spécialisée, rédaction"
    structure: "Service d'AEMO associatif"
  - nom: "L'équipe éducative du SAVS"
"""),
    ("yaml-relectures", """\
relectures:
  - nom: "Hélène Morvan"
    role: "Cadre de santé en EHPAD"
    date: 2026-10-02
    avis: favorable_avec_reserves
    commentaire: "Transmissions ciblées : ajouter un exemple de cible DAR"
"""),
    ("yaml-sources-livre", """\
sources:
  - titre: "Le lien d'accompagnement. Entre don et contrat salarial"
    auteur: "Paul Fustier"
    annee: 2000
    editeur: "Dunod"
"""),
    ("ressources-bibliographie", """\
## Ressources

- Robert Castel, *Les Métamorphoses de la question sociale*, Fayard, 1995.
- Serge Paugam, *La Disqualification sociale*, PUF, 1991.
- Patrick Declerck, *Les Naufragés. Avec les clochards de Paris*, Plon, 2001.
"""),
    ("ressources-has-anesm", """\
## Ressources

- ANESM, *Les attentes de la personne et le projet personnalisé*, 2008.
- ANESM, *La bientraitance : définition et repères pour la mise en œuvre*, 2008.
- HAS, *Cadre national de référence : évaluation globale de la situation des enfants en
  danger ou risque de danger*, 2021.
"""),
    ("citation-rogers", """\
L'entretien d'accueil s'appuie sur l'écoute centrée sur la personne : selon Carl Rogers, la
congruence, la considération positive inconditionnelle et l'empathie sont les conditions
d'un changement. Miller et Rollnick en ont tiré l'esprit de l'entretien motivationnel, utile
en addictologie.
"""),
    ("citation-wresinski", """\
La démarche de croisement des savoirs s'inspire du travail du père Joseph Wresinski,
fondateur d'ATD Quart Monde : les personnes en situation de pauvreté sont reconnues comme
porteuses d'un savoir d'expérience, à mettre à égalité avec le savoir des professionnels et
celui des universitaires.
"""),
    ("citation-korczak-dolto", """\
Dans la formation des nouveaux éducateurs, on fait lire Janusz Korczak (*Comment aimer un
enfant*) et on discute de la place que Françoise Dolto donnait à la parole adressée à
l'enfant, même tout petit. Ces lectures nourrissent la préparation des synthèses.
"""),
    ("citation-deligny", """\
Fernand Deligny, dans *Graine de crapule* (1945), s'adressait aux éducateurs avec des
aphorismes restés célèbres dans la profession. Les lire en équipe, en analyse des pratiques,
aide à parler de la tentation de tout contrôler dans un internat.
"""),
    ("citation-fustier-rouzel", """\
Paul Fustier a décrit l'ambiguïté du lien d'accompagnement, entre don et contrat ; Joseph
Rouzel, dans *Le Travail d'éducateur spécialisé* (Dunod), insiste sur le « transfert » dans
la relation éducative. Ces deux lectures éclairent les débats sur la « bonne distance ».
"""),
    ("citation-bourdieu-misere", """\
*La Misère du monde*, dirigé par Pierre Bourdieu (Seuil, 1993), donne à lire des entretiens
longs avec des habitants de quartiers relégués, des travailleurs sociaux, des policiers. Il
reste une lecture utile pour réfléchir à la manière d'écrire la parole des personnes.
"""),
    ("citation-cyrulnik", """\
La notion de résilience, popularisée en France par Boris Cyrulnik (*Un merveilleux malheur*,
Odile Jacob, 1999), est parfois utilisée de façon trop rapide dans les rapports (« enfant
résilient »). L'équipe préfère décrire les ressources observées plutôt qu'un trait.
"""),
    ("auteur-presentation-fiche", """\
Cette fiche a été écrite par Nadège Lemoine, assistante de service social en polyvalence de
secteur, et relue par Olivier Tessier, cadre socio-éducatif, qui ont accepté d'être cités.
Elle s'appuie sur dix ans de permanences d'accès aux droits en milieu rural.
"""),
    ("paroles-praticiens-anonymes", """\
## Paroles de praticiens

Une aide-soignante en EHPAD : « Les transmissions, c'est ce qu'on se dit en cinq minutes à la
relève. Si on n'écrit que "RAS", l'équipe d'après ne sait rien. »

Un moniteur d'atelier en ESAT : « Le bilan de stage, je le relis avec le travailleur avant de
l'envoyer. »
"""),
    # ------------------------------------------------ lois, textes, dates
    ("loi-2002-2", """\
La loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale a créé les
outils de la participation : livret d'accueil, charte des droits et libertés, contrat de
séjour, conseil de la vie sociale, projet d'établissement. Le projet personnalisé en découle.
"""),
    ("loi-2005-102", """\
La loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la
participation et la citoyenneté des personnes handicapées a créé les MDPH et la prestation de
compensation du handicap (PCH). La CDAPH y prend les décisions d'orientation (IME, ESAT, FAM,
SAVS…).
"""),
    ("loi-2007-308-majeurs", """\
La loi n° 2007-308 du 5 mars 2007 portant réforme de la protection juridique des majeurs a
posé les principes de nécessité, de subsidiarité et de proportionnalité des mesures. Depuis
la loi du 23 mars 2019, la personne protégée vote et se marie sans autorisation préalable.
"""),
    ("loi-claeys-leonetti", """\
La loi du 2 février 2016, dite loi Claeys-Leonetti, a rendu les directives anticipées
contraignantes pour le médecin (sauf urgence vitale ou directives manifestement inappropriées)
et ouvert un droit à la sédation profonde et continue jusqu'au décès dans certaines
situations.
"""),
    ("loi-taquet-2022", """\
La loi n° 2022-140 du 7 février 2022 relative à la protection des enfants, dite loi Taquet,
interdit l'hébergement à l'hôtel des mineurs confiés à l'ASE (sauf exception temporaire) et
renforce l'accompagnement des jeunes majeurs de moins de 21 ans sortant de l'ASE qui n'ont ni
ressources ni soutien familial suffisants.
"""),
    ("loi-asv-2015", """\
La loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la société au
vieillissement a revalorisé l'APA à domicile, reconnu un droit au répit pour les proches
aidants et créé les conférences des financeurs de la prévention de la perte d'autonomie.
"""),
    ("loi-casf-l311-3", """\
Article L311-3 du CASF : l'exercice des droits et libertés individuels est garanti à toute
personne accueillie, notamment le respect de sa dignité, de son intégrité, de sa vie privée,
de son intimité et de sa sécurité, et la confidentialité des informations la concernant.
"""),
    ("loi-penal-226-13", """\
La révélation d'une information à caractère secret par une personne qui en est dépositaire
par état ou profession est punie d'un an d'emprisonnement et de 15 000 euros d'amende
(article 226-13 du code pénal). L'article 226-14 prévoit les exceptions, notamment pour
signaler des sévices.
"""),
    ("loi-rgpd-date", """\
Le règlement (UE) 2016/679 du 27 avril 2016 (RGPD), applicable depuis le 25 mai 2018, range
les données de santé parmi les catégories particulières de données. Un logiciel de suivi doit
donc prévoir des habilitations par profil et une traçabilité des accès.
"""),
    ("loi-2016-297", """\
La loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant a recentré le
dispositif sur les besoins fondamentaux de l'enfant, rendu obligatoire le projet pour
l'enfant et instauré le rapport de situation annuel (semestriel avant deux ans).
"""),
    ("loi-plein-emploi", """\
Depuis la loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi, les bénéficiaires du RSA
sont inscrits auprès de France Travail et signent un contrat d'engagement. Pôle emploi est
devenu France Travail le 1er janvier 2024.
"""),
    ("recommandation-has-violences", """\
La HAS a publié en 2019 une recommandation sur le repérage des femmes victimes de violences
au sein du couple : poser systématiquement la question, même en l'absence de signe d'alerte,
et connaître le circuit d'orientation local (3919, associations, unité médico-judiciaire).
"""),
    ("recommandation-anesm-handicap-vieillissant", """\
La recommandation de l'ANESM « L'adaptation de l'intervention auprès des personnes
handicapées vieillissantes » (2014) invite à anticiper l'avancée en âge des travailleurs
d'ESAT : temps partiel, préparation de la retraite, lien avec le foyer d'hébergement.
"""),
    # ------------------------------------------------ fiction, personnages, cas annoncés
    ("fiction-welcome", """\
En formation, on projette *Welcome* (Philippe Lioret, 2009) : Bilal, jeune Kurde de 17 ans,
veut traverser la Manche à la nage pour rejoindre son amie en Angleterre, et Simon, maître
nageur à Calais, l'aide malgré le délit de solidarité. Le film ouvre le débat sur
l'accompagnement des exilés.
"""),
    ("fiction-la-tete-haute", """\
*La Tête haute* (Emmanuelle Bercot, 2015) suit Malony, de six à dix-huit ans, entre un juge
des enfants et un éducateur qui ne le lâchent pas. Le film est utile pour parler en équipe de
la continuité du lien dans les parcours de placement.
"""),
    ("fiction-hors-normes", """\
*Hors normes* (Éric Toledano et Olivier Nakache, 2019) raconte deux associations qui
accueillent des jeunes autistes « sans solution ». Le personnage de Bruno, joué par Vincent
Cassel, ne refuse jamais une situation : le film a nourri nos débats sur les listes d'attente.
"""),
    ("fiction-daniel-blake", """\
*Moi, Daniel Blake* (Ken Loach, 2016) montre un menuisier de 59 ans, déclaré apte au travail
malgré un infarctus, aux prises avec une administration dématérialisée. La scène de la banque
alimentaire avec Katie est souvent discutée en formation à l'accueil.
"""),
    ("fiction-les-miserables", """\
Dans *Les Misérables*, Victor Hugo fait de Cosette, placée chez les Thénardier, l'image de
l'enfant exploitée par ceux qui sont payés pour l'élever. Le passage est parfois lu en
formation d'assistants familiaux pour parler de la rémunération et du lien.
"""),
    ("fiction-sans-famille", """\
*Sans famille* d'Hector Malot (1878) raconte Rémi, enfant trouvé vendu à un saltimbanque.
Le roman montre l'image de l'enfant abandonné au XIXe siècle, bien avant la création de l'aide
sociale à l'enfance telle que nous la connaissons.
"""),
    ("fiction-quatre-cents-coups", """\
Dans *Les Quatre Cents Coups* (François Truffaut, 1959), Antoine Doinel finit en centre
d'observation pour mineurs délinquants. La scène de l'entretien avec la psychologue, filmée
face caméra, est un support classique pour travailler l'entretien avec un adolescent.
"""),
    ("fiction-cas-annonce-fictif", """\
*Situation fictive, construite pour la formation :* une adolescente de quinze ans, accueillie
en MECS depuis trois mois, refuse d'aller au collège depuis qu'une photo d'elle circule sur
les réseaux sociaux. L'équipe hésite entre une déscolarisation temporaire et un changement
d'établissement.
"""),
    ("fiction-cas-composite", """\
*Exemple composite (plusieurs situations fusionnées, détails modifiés) :* un homme d'une
cinquantaine d'années sort de détention après huit ans, sans logement ni droits ouverts.
Le SPIP l'oriente vers une structure d'hébergement ; la première semaine sert à rouvrir la
PUMa et le RSA.
"""),
    ("fiction-prenom-vignette-annoncee", """\
Vignette clinique inventée pour l'exercice (aucune personne réelle) : « Madame A., 82 ans,
vit seule à son domicile. Depuis l'hiver, elle ne sort plus et refuse qu'on entre chez elle. »
Consigne : quelles questions poser au premier entretien, et à qui ?
"""),
    ("fiction-rosetta", """\
*Rosetta* (Jean-Pierre et Luc Dardenne, 1999) suit une jeune femme qui vit dans un camping
avec sa mère alcoolique et se bat pour un emploi. Le film a donné son nom, en Belgique, à une
loi sur l'emploi des jeunes (le « plan Rosetta »).
"""),
    # ------------------------------------------------ personnalités, prénoms noms communs
    ("personnalites-veil-abbe-pierre", """\
La loi du 17 janvier 1975, portée par Simone Veil, est souvent évoquée dans les centres de
planification. L'appel de l'abbé Pierre pendant l'hiver 1954 reste, lui, une date fondatrice
pour l'histoire de l'hébergement d'urgence en France.
"""),
    ("personnalites-coluche-restos", """\
Les Restos du cœur, créés par Coluche en 1985, organisent la campagne d'hiver de novembre à
mars. Dans notre accueil de jour, les bénévoles orientent vers le centre de distribution le
plus proche et vers l'épicerie solidaire pour le reste de l'année.
"""),
    ("prenoms-noms-communs-maladies", """\
Les personnes atteintes de la maladie d'Alzheimer ou de la maladie de Parkinson, ou présentant
un syndrome de Korsakoff après une longue consommation d'alcool, n'ont pas les mêmes besoins
en accueil de jour. Le syndrome de Diogène, lui, relève d'un autre accompagnement.
"""),
    ("prenoms-noms-communs-methodes", """\
L'IME utilise la méthode TEACCH pour structurer l'espace, le Makaton pour soutenir la
communication, et l'échelle de Vineland pour évaluer le comportement adaptatif. Dans l'unité
pour personnes âgées, les soignants sont formés à l'Humanitude (Yves Gineste et Rosette
Marescotti).
"""),
    ("prenoms-noms-communs-fetes", """\
Le calendrier des animations de l'EHPAD suit les fêtes : galette des rois, Chandeleur,
feux de la Saint-Jean, marché de la Saint-Martin, Sainte-Catherine, arrivée du Père Noël. Les
résidents choisissent eux-mêmes deux sorties par trimestre.
"""),
    ("prenoms-noms-communs-expressions", """\
En atelier mémoire, on travaille avec des expressions anciennes : « faire le Jacques »,
« une madeleine de Proust », « tomber dans les pommes », « Jacques a dit ». Les résidents
racontent ce qu'elles évoquent pour eux ; l'animatrice note les thèmes, pas les récits.
"""),
    ("lieux-saints-villes", """\
Le dispositif couvre trois communes : Saint-Étienne-du-Rouvray, Villeneuve-Saint-Georges et
Sainte-Geneviève-des-Bois, où les partenaires de la protection de l'enfance se réunissent en
alternance. Le compte rendu de chaque réunion est validé par les trois cheffes de service.
"""),
    ("etablissements-noms-personnes", """\
Les jeunes de l'internat sont scolarisés au collège Jean-Moulin et au lycée professionnel
Marie-Curie. Le CHRS Louise-Michel accueille les mères avec enfants ; l'hôpital
Charles-Foix propose des consultations mémoire.
"""),
    ("marianne-republique", """\
Sur les courriers de la préfecture figure le logo de Marianne : en atelier sociolinguistique,
on apprend à reconnaître un courrier officiel (logo, « Liberté, Égalité, Fraternité »,
références en haut à droite) et à distinguer une convocation d'une simple information.
"""),
    ("prenom-garde-pas-personne", """\
Le SAMU social a ouvert cet hiver un « plan grand froid » : quand le niveau 3 est déclenché
par le préfet, des places supplémentaires sont mobilisées et les maraudes sont renforcées.
Les gymnases réquisitionnés ferment à la fin de la période, en mars.
"""),
    # ------------------------------------------------ âges, dates, statistiques générales
    ("ages-generaux", """\
Le dispositif s'adresse aux jeunes de 16 à 25 ans sortis du système scolaire sans
qualification, et aux jeunes majeurs de moins de 21 ans sortant de l'ASE. Les plus de 60 ans
relèvent d'un autre accompagnement, en lien avec le CLIC.
"""),
    ("statistiques-drees", """\
Selon la DREES, environ 7 500 EHPAD accueillent en France près de 600 000 résidents, dont
l'âge moyen à l'entrée dépasse 85 ans. Près d'un résident sur deux présente une maladie
neurodégénérative, ce qui pèse sur l'organisation des unités protégées.
"""),
    ("dates-calendrier-service", """\
Calendrier de l'année : synthèses en octobre et en mars, bilans de projets personnalisés en
juin, réunion des familles le 2e samedi de décembre, fermeture du service du 24 décembre au
1er janvier. Les dates sont confirmées au CVS de septembre.
"""),
    ("ages-tranches-tableau", """\
| Tranche d'âge | Part des personnes accueillies |
|---|---|
| 18–25 ans | 22 % |
| 26–45 ans | 47 % |
| 46–60 ans | 24 % |
| plus de 60 ans | 7 % |
"""),
    ("statistiques-119", """\
Le 119 reçoit chaque année plusieurs centaines de milliers d'appels ; une partie donne lieu à
la transmission d'une information préoccupante aux départements. Le numéro figure
obligatoirement dans tous les établissements recevant des mineurs.
"""),
    ("date-heure-transmissions", """\
Les transmissions se font à 6 h 45, 13 h 45 et 21 h 15, pendant quinze minutes. Depuis le
1er septembre 2025, elles sont saisies dans le logiciel de soins et non plus dans le cahier
papier, qui reste réservé aux messages entre équipes de jour et de nuit.
"""),
    ("age-gir-general", """\
Une personne de plus de 60 ans en GIR 1 à 4 peut bénéficier de l'APA ; en dessous de 60 ans,
c'est la PCH qui s'applique, sauf si le handicap a été reconnu avant 60 ans, auquel cas la
personne peut conserver la PCH après cet âge.
"""),
    # ------------------------------------------------ mentions de pièces et fichiers neutres
    ("fichier-nom-anonyme", """\
Pour préparer la synthèse, chacun dépose ses écrits dans le dossier partagé avant le
mercredi. Les fichiers sont nommés par numéro interne et date, par exemple
`CR_synthese_S014_2025-10.docx`, et rangés dans l'espace sécurisé accessible à l'équipe.
"""),
    ("lien-intranet-modele", """\
Le modèle de projet personnalisé est disponible dans l'intranet :
[Modèle PP vierge](https://intranet.example.org/fam/modeles/PP_modele_vierge_2025.odt)
Seul le modèle vierge doit être utilisé en formation ; les projets remplis restent dans le
logiciel.
"""),
    ("lien-partage-grille-vierge", """\
La grille d'observation utilisée pendant les périodes d'essai en ESAT est publiée en annexe :
https://relier.example.org/annexes/grille-periode-essai/
On la remplit avec le travailleur, puis on la conserve dans son dossier, jamais par lien
partagé.
"""),
    ("arborescence-anonyme", """\
Arborescence du dossier partagé de l'équipe (après réorganisation) :
/situations/2025/
  ├── S001/
  ├── S002/
  └── S003_IP_mars/
Chaque dossier porte un identifiant interne, sans nom ni initiales.
"""),
    ("photo-autorisation-sans-legende", """\
Les photos de la sortie à la mer ont été triées avant l'exposition. On n'affiche que celles
pour lesquelles on a une autorisation écrite, sans légende nominative ; les fichiers sont
renommés `sortie_mer_01.jpg`, `sortie_mer_02.jpg`, etc.
"""),
    ("emargement-sans-noms", """\
Le bilan de l'atelier sociolinguistique transmis au financeur indique seulement le nombre de
participantes (9), leur niveau à l'entrée et à la sortie, et le nombre de séances. La feuille
d'émargement reste au service et est détruite au bout de trois ans.
"""),
    # ------------------------------------------------ cas divers du quotidien, bien écrits
    ("maraude-surnom-evite", """\
Maraude du mardi soir : un homme rencontré régulièrement sur le parvis de la gare a accepté
un café et une couverture, mais refuse toujours l'hébergement. Il tousse beaucoup. À proposer :
passage de l'équipe mobile psychiatrie précarité avec nous jeudi.
"""),
    ("accueil-jour-fiche-arrivee", """\
Accueil de jour, fiche d'arrivée (champ libre) : homme d'une quarantaine d'années, venu avec
deux chiens, dit dormir au bord du canal depuis l'été. Il ne souhaite pas donner son nom, ce
qui est son droit. Orienté vers la domiciliation et le vestiaire.
"""),
    ("vad-logement-insalubre-anonyme", """\
Compte rendu de VAD (aide à domicile) : le logement est insalubre, moisissures dans la
chambre des enfants. Signalement fait au service communal d'hygiène et de santé avec l'accord
de la famille. Une demande de relogement prioritaire est instruite en parallèle.
"""),
    ("cvs-representants-fonctions", """\
Le conseil de la vie sociale de l'ESAT réunit deux représentants des travailleurs élus, un
représentant des familles, un représentant du personnel et la directrice. Le compte rendu est
affiché dans la salle de pause, rédigé en facile à lire et à comprendre.
"""),
    ("apa-plan-aide-anonyme", """\
Plan d'aide APA notifié : 2 heures par jour, 7 jours sur 7, par un service d'aide à domicile
du secteur ; participation financière selon le barème. La notification est remise à la
personne et à son aidant, et expliquée lors d'une visite.
"""),
    ("esat-bilan-stage-anonyme", """\
Bilan de stage en ESAT (grille remplie par le moniteur) :
Ponctualité : acquise — Respect des consignes : en cours — Travail en équipe : acquis
Observations : le stagiaire est volontaire, il s'est bien intégré à l'atelier espaces verts.
Avis : favorable à une admission.
"""),
    ("ofpra-preparation-anonyme", """\
Préparation du récit pour l'OFPRA : une résidente souhaite que l'entretien soit mené par une
officière de protection et une interprète femmes. On lui explique que la demande peut être
faite par écrit à l'avance. Prochaine séance de préparation : jeudi, avec l'interprète du
service.
"""),
    ("plainte-etapes-generiques", """\
Accompagner un dépôt de plainte pour violences conjugales : la victime reçoit un récépissé
qu'elle garde précieusement. L'intervenante l'aide à demander une ordonnance de protection au
juge aux affaires familiales et l'oriente vers l'association d'aide aux victimes ; le 3919 lui
est rappelé.
"""),
    ("sortie-detention-generique", """\
Dans notre service, la sortie de détention se prépare trois mois avant la levée d'écrou. Un
homme est un jour sorti sans domiciliation ni ouverture de droits, faute d'avoir été repéré à
temps : c'est ce qui nous a décidés à instaurer un entretien systématique avec le SPIP dès la
date de fin de peine connue.
"""),
    ("commission-aides-ccas-anonyme", """\
Relevé de décisions de la commission d'aides facultatives du CCAS :
Situation 3 : aide de 150 € accordée pour la facture d'énergie, versée directement au
fournisseur. Situation 4 : secours de 80 € accordé, versé par virement à la demandeuse.
Situation 5 : ajournée, pièces manquantes.
"""),
    ("budget-atelier-anonyme", """\
Budget établi avec la personne (atelier budget) :
| Ressource | Montant | Versée sur |
|---|---|---|
| AAH | montant en vigueur | compte courant |
| Prime d'activité | variable | compte courant |
"""),
    ("projet-personnalise-objectifs-anonyme", """\
Projet personnalisé — tableau des objectifs (exemple de formation)
| Objectif | Moyens | Qui | Échéance |
|---|---|---|---|
| Prendre le bus seul | 3 trajets accompagnés | éducateur | mars |
| Gérer son argent de poche | carnet de comptes | la personne et son éducatrice | juin |
"""),
    ("requete-tutelle-anonyme", """\
Modèle de requête au juge des contentieux de la protection : « Le mandataire sollicite
l'autorisation de vendre le bien immobilier de la personne protégée, qui réside en EHPAD depuis
deux ans et dont les ressources ne couvrent plus les frais d'hébergement. » Joindre deux
estimations.
"""),
    ("fugue-procedure-generique", """\
Procédure fugue (MECS) : au-delà du délai fixé par le protocole départemental, l'éducateur de
permanence déclare la fugue au commissariat ou à la gendarmerie, prévient le cadre
d'astreinte, les parents et le service de l'ASE. Au retour, un entretien est proposé au jeune
dans les 24 heures.
"""),
    ("fiche-liaison-hopital-vierge", """\
Fiche de liaison EHPAD → urgences (à imprimer en double) :
Résident : ______ — Motif du transfert : ______
Directives anticipées : oui / non — Personne de confiance : désignée / non désignée
Traitement en cours : voir ordonnance jointe.
"""),
    ("transport-bon-anonyme", """\
Bon de transport établi par l'accueil de jour (modèle) :
Trajet : accueil de jour → PASS de l'hôpital, aller-retour
Motif : consultation de médecine générale
Le bon est remis en main propre à la personne ; le service ne garde que la date et le motif.
"""),
    ("agenda-anonyme", """\
Agenda partagé de l'équipe, semaine 47 (copie) :
- lun. 9h : réunion d'équipe
- mar. 10h : VAD situation 12 avec interprète
- mer. 14h : permanence accès aux droits
- jeu. 9h30 : analyse des pratiques
"""),
    ("note-minuscule-anonyme", """\
note rapide pour la relève : vue ce matin à l'accueil de jour, la jeune femme qui dort dehors
depuis deux nuits, pas de nouvelles de la place en CHRS. appel 115 fait à 10h, rien avant ce
soir. elle repasse à 16h pour la douche. prévoir un duvet.
"""),
    ("demande-mdph-placeholder-x", """\
Le SAVS accompagne M. X dans sa demande de renouvellement d'AAH : le certificat médical date
de plus de six mois, il faut en demander un nouveau au médecin traitant. L'orientation en
ESAT, elle, court encore deux ans.
"""),
    ("initiales-anonymes-formes", """\
Dans les comptes rendus, on écrit « l'enfant A. », « Mme D. » ou « le jeune » ; dans les
écrits au juge, l'identité figure uniquement en en-tête, jamais dans le corps du texte
réutilisé pour la formation ou pour une fiche.
"""),
    ("mail-fonction-sans-nom", """\
Objet : demande de place en FAM
Bonjour, nous accompagnons un homme de 38 ans, orienté en FAM par la CDAPH, actuellement en
hôpital psychiatrique faute de place. Pourriez-vous nous indiquer votre délai d'attente ?
L'assistante sociale du pôle de psychiatrie adulte
"""),
    ("vignette-fiction-nommee-annoncee", """\
Dans le jeu de rôle « La visite », écrit par l'équipe pour la formation, le personnage de
Madame Lapin (une peluche tenue par la formatrice) refuse d'ouvrir sa porte à l'aide à
domicile. Les stagiaires jouent à tour de rôle l'intervenante.
"""),
    ("numero-standard-08", """\
Pour les jeunes accompagnés, on affiche aussi Fil Santé Jeunes (0 800 235 236) et Sida Info
Service (0 800 840 800), deux lignes anonymes et gratuites. Les numéros en 0 800 ne sont pas
des numéros personnels : ce sont des services publics ou associatifs d'écoute.
"""),
    ("signature-professionnel-auteur-yaml-commentaire", """\
auteurs:
  - nom: "Collectif Relier"
    role: "Collectif éditorial ; rédaction assistée par IA à partir de sources publiques"
  - nom: "Mathilde Royer"
    role: "Psychologue en IME, autrice de la section Déroulement"
"""),
]

DEBATABLE = [
    ("cr-presents-noms-professionnels", """\
Compte rendu de synthèse du 12 mars
Présents : Mme Leroux (cheffe de service), M. Caradec (psychologue), Mme Nguyen (éducatrice
référente), l'enseignante spécialisée.
Décision : demande d'orientation ITEP à déposer avant l'été.
""", "Professionnels nommés avec leur fonction, mais pas comme auteurs ou relecteurs de la fiche ; "
     "ils n'ont pas forcément consenti à y figurer, et « Mme Nguyen » a la forme d'une civilité + nom."),
    ("mail-boite-fonctionnelle", """\
Les demandes d'admission sont à envoyer à la boîte fonctionnelle du service,
admissions.savs@example.org, avec la notification de la CDAPH. Un accusé de réception est
envoyé sous 48 heures.
""", "Adresse électronique d'une institution, pas d'une personne accompagnée ; un détecteur de "
     "courriels la signalera, une exception justifiée serait attendue."),
    ("standard-institution-fiction", """\
Pour toute question sur la permanence, le standard du CMP répond du lundi au vendredi au
01 99 00 42 10. En dehors des heures d'ouverture, appeler le 15.
""", "Numéro de standard public d'une institution (cas prévu par CONTRIBUTING avec un marqueur "
     "d'exception) : ni donnée d'une personne accompagnée, ni numéro d'écoute national."),
    ("cas-fictif-prenom-nom-age", """\
*Situation fictive pour l'exercice :* Kevin Martin, 14 ans, accueilli en MECS, refuse les
visites de son père. Consigne : préparer l'entretien avec le jeune avant la synthèse.
""", "Cas annoncé comme fictif, mais prénom + nom + âge exact : le détecteur ne peut pas savoir "
     "que la personne n'existe pas, et l'écrire ainsi reste une mauvaise pratique."),
    ("initiale-foyer-lieu", """\
En réunion, la situation de Mme K., du foyer des Peupliers, a été reprise : elle souhaite
quitter l'hébergement pour rejoindre sa sœur. L'équipe l'aide à préparer la demande.
""", "Initiale associée à un lieu (interdit par CONTRIBUTING), mais pas de nom complet : "
     "identifiant indirect, difficile à classer pour un détecteur de noms."),
    ("prenom-modifie-annonce", """\
Sarah (le prénom a été changé) a 16 ans quand elle arrive au service de prévention
spécialisée. Elle dort chez des amis depuis un mois et ne va plus au lycée.
""", "Pseudonyme annoncé, mais prénom + âge + détails : CONTRIBUTING rappelle qu'un pseudonyme "
     "ne suffit pas ; le détecteur peut légitimement signaler ou non."),
    ("age-exact-commune-rare", """\
Dans un village de montagne de moins de cent habitants, un homme de 97 ans, doyen de la
commune et ancien maire, refuse de quitter sa ferme malgré deux chutes cet hiver.
""", "Aucune donnée directe (nom, numéro, adresse), mais une combinaison de détails rares qui "
     "permet de reconnaître la personne ; hors de portée d'un détecteur automatique."),
    ("date-admission-non-naissance", """\
Transmissions : la résidente arrivée le 3 janvier 2025 a fêté hier sa première année dans
l'établissement ; l'équipe a organisé un goûter avec sa famille.
""", "Une date précise liée à une personne, mais ce n'est pas une date de naissance ; "
     "combinée à l'établissement, elle reste un élément d'identification."),
    ("signature-pro-transfert", """\
> Bien cordialement,
> Julie Renaud, assistante sociale, CCAS
Transféré à l'équipe : la demande d'aide facultative sera examinée jeudi en commission.
""", "Signature d'une professionnelle dans un courriel transféré : nom d'un professionnel "
     "avec sa fonction, mais qui n'est ni autrice ni relectrice de la fiche."),
    ("marqueur-exception-autrice", """\
Comme le rappelle Mme Dupont dans son ouvrage, l'écrit professionnel est un acte engageant. <!-- relier-autoriser: donnee-nom — autrice de l'ouvrage cité -->
Le groupe d'écriture s'appuie sur ce principe pour relire les rapports.
""", "Ligne qui contiendrait un nom mais porte un marqueur d'exception : selon qu'on mesure le "
     "détecteur brut ou après exceptions, la réponse attendue diffère."),
    ("numero-interne-logiciel", """\
Dans le logiciel, chaque situation reçoit un identifiant interne (par exemple S-0142) : c'est
lui qu'on utilise dans les comptes rendus à la place du nom.
""", "Identifiant interne donné en exemple : il ressemble à un numéro de dossier, mais c'est "
     "justement l'outil d'anonymisation recommandé ; ambigu."),
    ("prenom-commun-et-personne", """\
Rose a repris la peinture à l'atelier du jeudi, elle choisit toujours le rose et le vert.
L'animatrice propose d'exposer les toiles du groupe dans le hall.
""", "« Rose » est à la fois un prénom et une couleur ; ici la phrase parle d'une participante, "
     "mais sans autre détail identifiant qu'un atelier du jeudi."),
    ("surnom-sans-personne", """\
Dans certains foyers de jeunes travailleurs, les résidents se donnent des surnoms ; l'équipe
évite de les reprendre dans les écrits, même quand ils semblent affectueux (« le Petit »,
« la Princesse »).
""", "Surnoms cités comme exemples génériques, sans personne derrière ; un détecteur de "
     "surnoms peut se déclencher."),
    ("auteur-non-cite-comme-tel", """\
Sylvie Marchand nous a beaucoup appris sur l'accueil des familles quand elle animait le
groupe d'analyse des pratiques, avant son départ à la retraite.
""", "Prénom + nom d'une ancienne professionnelle (superviseure), ni autrice ni relectrice, "
     "sans consentement connu ; ce n'est pas une personne accompagnée."),
    ("telephone-association-fiction", """\
L'association d'aide aux victimes du département tient une permanence au tribunal le mardi ;
son accueil téléphonique est au 04 65 71 00 20.
""", "Numéro d'accueil d'une association (institution), dans une tranche de fiction ; "
     "ni donnée personnelle ni numéro national d'écoute."),
]
