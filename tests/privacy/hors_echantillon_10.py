# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 10 — détecteur de données personnelles de Relier.

Écrit le 2026-12-08 par un assistant qui n'a vu ni le détecteur, ni ses cas de test, ni les
autres jeux hors échantillon. Toutes les personnes accompagnées citées ici sont FICTIVES :
téléphones dans les plages de fiction (01 99 00 xx xx, 02 61 91 xx xx, 06 39 98 xx xx,
07 00 00 xx xx), courriels sur example.org / example.com / example.net, NIR et IBAN inventés.
À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.

Accent de ce jeu : les SECTIONS d'une fiche pratique telles que les contributeurs les
remplissent réellement (« Contexte », « Déroulé », « Retour d'expérience », « Paroles de
praticiens », « Points de vigilance », « Exemple », « Ressources », « Bibliographie », en-tête
YAML : titre, resume, auteurs/contributeurs, relecture, sources, lieux). Chaque texte fait
plusieurs lignes de prose réaliste. Les textes FLAG cachent UNE donnée sur une personne
accompagnée dans une section par ailleurs correcte (nom oublié dans un retour d'expérience,
date de naissance dans un exemple, école et classe d'un enfant, bâtiment et appartement,
téléphone dans un message cité, numéro de dossier dans une étape, nom dans une liste YAML,
dans un tableau de planning, dans une légende ou un texte alternatif d'image, dans une URL…).
Les textes CLEAN sont les mêmes sections écrites correctement : exemples anonymisés, auteurs
et relecteurs de la fiche nommés comme professionnels, bibliographie, lois et recommandations
HAS/ANESM datées, institutions et programmes portant un nom de personne, numéros d'écoute
publics, adresses institutionnelles, statistiques, âges et dates en général, cas fictifs
annoncés comme tels, personnages de fiction, prénoms employés comme noms communs.

Conventions :
- FLAG = [(kind, code, texte), ...] : textes qui DOIVENT être signalés ; code parmi
  donnee-nom, donnee-naissance, donnee-adresse, donnee-telephone, donnee-courriel,
  donnee-nir, donnee-iban, donnee-dossier.
- CLEAN = [(kind, texte), ...] : textes qui ne doivent PAS être signalés.
- DEBATABLE = [(kind, texte, pourquoi), ...] : cas ambigus, exclus des deux listes ;
  ne pas les compter dans le score.
"""

FLAG = [
# ---------------------------------------------------------------- donnee-nom
("nom-retex-vad-preparee", "donnee-nom", """
## Retour d'expérience
La première visite à domicile s'est mal passée : nous étions trois professionnels face à un
seul parent, qui l'a vécue comme une inspection. Depuis, nous venons à deux au maximum.
Chez les Haddad-Ferrière, la deuxième visite a été préparée avec la mère au téléphone la
veille, et l'accueil a été complètement différent. Ce court appel de préparation est
devenu la règle dans l'équipe.
"""),
("nom-debut-phrase-bienvenu", "donnee-nom", """
## Exemple
Bienvenu Mukendi est venu seul au premier rendez-vous, avec une pochette plastique où
tous ses papiers étaient rangés par date. Nous avons pris le temps de les trier avec lui
plutôt que de les photocopier en bloc : c'est à ce moment qu'il a parlé pour la première
fois de son parcours. Le tri des papiers est devenu un support d'entretien à part entière.
"""),
("nom-debut-phrase-kevin-fugue", "donnee-nom", """
## Déroulé
1. Signalement de la fugue au commissariat et à la cadre d'astreinte dans l'heure.
2. Information des titulaires de l'autorité parentale, sauf décision contraire du juge.
3. Kevin est revenu au foyer le lendemain vers 7 h, épuisé ; l'éducateur de nuit l'a
   accueilli sans reproche, avec un petit-déjeuner, avant toute reprise à froid.
4. Entretien de retour dans les 48 heures avec le référent.
"""),
("nom-yaml-temoins", "donnee-nom", """
---
titre: "Préparer une audience chez le juge des enfants avec la famille"
resume: "Comment expliquer l'audience, qui parle, ce que l'on peut demander."
temoins: [éducatrice référente AEMO, Fatoumata Konaté, cheffe de service]
auteurs: [Claire Dubois, éducatrice spécialisée]
---
"""),
("nom-legende-image-atelier", "donnee-nom", """
## Déroulé de l'atelier cuisine
Chaque jeudi, deux résidents choisissent le menu, font les courses avec un salarié et
préparent le repas pour la maison. Le budget est fixé à 4 € par personne.

![Atelier cuisine du jeudi : Moussa Traoré aux fourneaux](img/atelier-cuisine-jeudi.jpg)

Le repas est suivi d'un court temps de parole sur ce qui a marché ou pas.
"""),
("nom-alt-image-ehpad", "donnee-nom", """
## Exemple
Dans l'unité protégée, la chambre est personnalisée avec la famille dès l'entrée :
photos, couvre-lit, petit meuble venu du domicile.

<img src="img/chambre-personnalisee.jpg" alt="Mme Lucienne Cardon dans sa chambre, entourée de ses photos de famille" />

Ce travail d'appropriation réduit nettement les déambulations des premières semaines.
"""),
("nom-url-drive-dossier", "donnee-nom", """
## Ressources
- Modèle de projet personnalisé (DOCX) : `modeles/projet-personnalise-v3.docx`
- Exemple rempli (validé en réunion d'équipe) :
  https://drive.example.org/sas-lyon/partage/dossiers/nguyen_thi_lan/projet-personnalise-2024.pdf
- Grille d'évaluation des besoins : voir la fiche « Évaluer sans étiqueter ».
"""),
("nom-tableau-planning-semaine", "donnee-nom", """
## Exemple de planning hebdomadaire d'un service AEMO

| Jour     | Matin                         | Après-midi                     |
|----------|-------------------------------|--------------------------------|
| Lundi    | Réunion d'équipe              | Écrits                         |
| Mardi    | VAD famille Kowalczyk         | Permanence au service          |
| Jeudi    | Audience tribunal pour enfants| Analyse de la pratique         |
"""),
("nom-paroles-praticiens-mme", "donnee-nom", """
## Paroles de praticiens
« On croit souvent que les gens ne viennent pas parce qu'ils s'en fichent. Quand
Mme Rakotomalala m'a expliqué qu'elle devait prendre deux bus et marcher quarante minutes
avec la poussette, j'ai compris que le problème, c'était notre adresse, pas elle. Depuis,
on fait une partie des entretiens à la maison de quartier. »
— une conseillère en économie sociale et familiale
"""),
("nom-vigilance-pere-moldave", "donnee-nom", """
## Points de vigilance
- Vérifier systématiquement qui détient l'autorité parentale avant toute sortie ou tout
  acte non usuel ; la copie du jugement doit figurer au dossier.
- Dans une situation récente, le père, M. Vasile Lungu, s'est présenté à l'école alors
  qu'un droit de visite médiatisé seulement avait été fixé : l'école n'avait pas été informée.
- Transmettre aux établissements scolaires les informations strictement nécessaires.
"""),
("nom-prenom-age-ville", "donnee-nom", """
## Exemple
La demande arrive un vendredi à 17 h : Inès, 15 ans, de Vierzon, ne veut plus rentrer
chez elle et attend dans le hall du collège. L'équipe mobilise le dispositif d'accueil
d'urgence, informe la CRIP et le parquet, puis organise un entretien le lundi avec la jeune
et ses parents séparément.
"""),
("nom-ecole-classe-enfant", "donnee-nom", """
## Contexte
Le projet est né d'un constat simple : les enfants accueillis changeaient d'école à chaque
changement de lieu d'accueil. Pour Lucas, scolarisé en CM2 B à l'école Paul-Bert de
Villeurbanne, nous avons obtenu le maintien dans sa classe malgré le déménagement de
l'assistante familiale, grâce à un transport financé par le département.
"""),
("nom-majuscules-journal", "donnee-nom", """
## Déroulé de la maraude
Extrait type du cahier de liaison, à compléter à chaque passage :
- 21 h 40, gare routière : DIALLO Mamadou, accepte un duvet et un café, refuse le 115
  ce soir, dit avoir une solution chez un compatriote.
- 22 h 15 : passage au square, personne.
Toujours noter l'heure, le lieu et ce qui a été proposé.
"""),
("nom-surnom-et-nom", "donnee-nom", """
## Retour d'expérience
Le lien se crée rarement au premier passage. Jean-Claude Vasseur, que tout le monde au
parc appelle « le Grand », a refusé nos propositions pendant sept mois. C'est le jour où
l'on a simplement pris le temps de réparer son vélo que la conversation sur l'hébergement
a pu commencer.
"""),
("nom-rom-campement", "donnee-nom", """
## Contexte
Sur le terrain de la route de Lyon, une quinzaine de familles vivent en caravane depuis
l'expulsion de l'ancien campement. La médiatrice scolaire a pris appui sur Mme Florica
Căldăraru, qui parle français et roumain, pour organiser les inscriptions à l'école et les
rendez-vous de vaccination des enfants.
"""),
("nom-comores-mayotte", "donnee-nom", """
## Retour d'expérience
À Mamoudzou, les démarches de titre de séjour prennent des mois et les familles ont peur
de se déplacer. Zaïnaba Said Ahmed a fini par accepter de venir au centre quand la
travailleuse sociale a proposé de l'accompagner physiquement au guichet. Sans cet
accompagnement, le rendez-vous aurait été perdu une troisième fois.
"""),
("nom-haiti-cr-synthese", "donnee-nom", """
## Exemple de compte rendu de synthèse (extrait)
Présents : référente ASE, psychologue du service, éducateur de la MECS.
Situation de M. Wilner Jean-Baptiste, père de deux enfants accueillis : il souhaite reprendre
un lien régulier et a trouvé un emploi stable. L'équipe propose d'élargir les droits de
visite à un samedi sur deux, avec un bilan dans trois mois.
"""),
("nom-afghanistan-mna", "donnee-nom", """
## Déroulé
L'évaluation de minorité se fait en plusieurs entretiens, avec un interprète en dari ou en
pachto. Lors de l'évaluation de Mohammad Nabi Sultani, l'entretien a été interrompu parce
que l'interprète par téléphone ne parlait pas le même dialecte : il faut vérifier la langue
exacte AVANT l'entretien et le noter dans la demande d'interprétariat.
"""),
("nom-ukraine-debut-phrase", "donnee-nom", """
## Exemple
Oksana Melnyk est arrivée en mars 2022 avec ses deux enfants, munie seulement de son
passeport. La protection temporaire a été obtenue en dix jours, mais l'ouverture du
compte bancaire a pris deux mois. Nous conseillons désormais de lancer la demande de compte
dès le premier rendez-vous, en parallèle de l'autorisation provisoire de séjour.
"""),
("nom-turquie-femme", "donnee-nom", """
## Paroles de praticiens
« Le premier contact passe souvent par les enfants, qui traduisent. C'est à éviter. Avec
Mme Gülsüm Yıldırım, on a attendu une semaine pour avoir une interprète en turc, et elle
a pu enfin parler des violences sans que sa fille de 12 ans ne soit dans la pièce. »
— assistante sociale de secteur
"""),
("nom-senegal-retex-emploi", "donnee-nom", """
## Retour d'expérience
Les immersions en entreprise (PMSMP) sont un levier sous-utilisé. Aminata Ndiaye a fait
deux semaines d'immersion dans une crèche associative : à la fin, la directrice lui a
proposé un contrat en alternance pour le CAP Accompagnant éducatif petite enfance.
Penser à signer la convention avant le premier jour.
"""),
("nom-maghreb-vif", "donnee-nom", """
## Points de vigilance
- Ne jamais convoquer ensemble la victime et l'auteur présumé, même « pour apaiser ».
- Lors de la demande d'ordonnance de protection de Mme Khadija El Amrani, le courrier de
  convocation a été envoyé au domicile conjugal : vérifier l'adresse de correspondance
  choisie par la personne avant tout envoi.
- Proposer systématiquement le 3919 et l'association spécialisée locale.
"""),
("nom-pologne-hyphen", "donnee-nom", """
## Exemple
Un travailleur saisonnier hébergé dans un camping l'hiver : Piotr Wiśniewski n'avait plus
de droits à l'assurance maladie depuis la fin de son contrat. Nous avons fait une demande
de complémentaire santé solidaire avec l'aide de la PASS, puis une domiciliation au CCAS.
"""),
("nom-tchetchenie-contexte", "donnee-nom", """
## Contexte
Le CADA accueille majoritairement des familles venues du Caucase. La famille Makhmudov a
été la première à bénéficier du partenariat avec le centre de santé pour des consultations
de psychotraumatologie en langue russe, ce qui a servi de modèle pour la suite.
"""),
("nom-georgie-dialyse", "donnee-nom", """
## Retour d'expérience
Pour les personnes étrangères malades, le rapport médical OFII est une étape clé. Nino
Beridze, en dialyse trois fois par semaine, avait envoyé son certificat au mauvais service :
le dossier a pris six mois de retard. Nous remettons maintenant une enveloppe pré-adressée
au médecin traitant.
"""),
("nom-albanie-tableau", "donnee-nom", """
## Exemple de suivi des démarches

| Démarche                   | Qui          | Échéance  | Fait |
|----------------------------|--------------|-----------|------|
| Demande d'AME              | Arben Hoxha  | fin mai   | oui  |
| Inscription école          | service      | septembre | non  |
| Rendez-vous PMI            | service      | juin      | non  |
"""),
("nom-erythree-calais", "donnee-nom", """
## Paroles de praticiens
« À Calais, on voit passer des jeunes qu'on ne reverra jamais. Yonas Tesfamariam, on l'a vu
tous les soirs pendant trois semaines, puis plus rien : on a appris par un autre jeune qu'il
avait traversé. On apprend à accompagner sans savoir la suite. »
— bénévole d'une association de distribution
"""),
("nom-soudan-domiciliation", "donnee-nom", """
## Déroulé
La domiciliation est la première démarche : sans adresse, pas de droits. Pour Adam Ishag
Abdallah, l'attestation a été délivrée le jour même par le CCAS, ce qui a permis de déposer
la demande d'aide médicale d'État dans la semaine. Expliquer que le courrier doit être
retiré au moins une fois tous les trois mois.
"""),
("nom-guinee-majuscule-prenom", "donnee-nom", """
## Exemple (transmission entre équipes)
Accueil de jour, 9 h : Mariama BAH, arrivée hier de Conakry via l'Espagne, a dormi à la
gare. Orientée vers l'accueil de jour femmes et vers la permanence juridique de jeudi.
Suite : faire le lien avec l'équipe de l'après-midi pour la douche et la bagagerie.
"""),
("nom-cote-ivoire-retex", "donnee-nom", """
## Retour d'expérience
Le contrat jeune majeur n'est pas une récompense. Konan Kouassi, 19 ans, a failli le perdre
parce qu'il avait raté deux rendez-vous ; en réalité, il travaillait de nuit dans la
logistique. L'équipe a obtenu un aménagement des horaires de rendez-vous plutôt qu'une fin
de prise en charge.
"""),
("nom-cameroun-prenom-nom", "donnee-nom", """
## Exemple
Mme Thérèse Mbarga souhaitait faire venir ses enfants restés au Cameroun. La procédure de
réunification familiale suppose que le titre de réfugié soit obtenu : nous avons préparé
les actes d'état civil et contacté le service de la Croix-Rouge pour le rétablissement des
liens familiaux.
"""),
("nom-sri-lanka", "donnee-nom", """
## Retour d'expérience
L'interprétariat par un membre de la communauté pose des questions de confidentialité.
Tharshan Sivakumar a refusé de parler devant l'interprète tamoul proposé, qu'il connaissait
par la paroisse. Un interprète professionnel par téléphone a réglé le problème.
"""),
("nom-initiale-prenom-nom", "donnee-nom", """
## Points de vigilance
- Ne pas reprendre dans la note d'incident les propos rapportés par d'autres résidents
  sans le préciser.
- L'incident du 3e étage impliquant L. Moreau et un autre jeune a été relaté dans trois
  écrits différents, avec trois versions : un seul rédacteur par incident.
- Relire les écrits à deux avant transmission au juge.
"""),
("nom-grand-mere-maternelle", "donnee-nom", """
## Déroulé
Avant d'envisager un placement, l'équipe explore l'entourage : grands-parents, oncles et
tantes, parrains. Dans la situation qui a inspiré cette fiche, la grand-mère maternelle,
Mme Josiane Perrot, s'est proposée comme tiers digne de confiance ; une évaluation de son
logement et de sa disponibilité a été demandée par le juge.
"""),
("nom-fils-aine", "donnee-nom", """
## Exemple
Pour les fratries séparées, les rencontres régulières sont un droit. Le fils aîné, Enzo
Marchetti, vit en lieu de vie dans la Drôme, ses deux sœurs en famille d'accueil à Valence :
nous organisons un week-end commun par mois dans un gîte partenaire.
"""),
("nom-sms-cite-prenom", "donnee-nom", """
## Exemple de message reçu
Les messages des familles doivent être tracés dans le dossier, pas seulement sur le
téléphone du service. Exemple reçu un mardi soir :
> « Bonjour c'est Samira Lahlou la maman de Noé, je pourrai pas venir jeudi, il a de la
> fièvre, on peut décaler ? »
Réponse faite le lendemain matin, copie dans le dossier.
"""),
("nom-fratrie-synthese", "donnee-nom", """
## Exemple de trame de synthèse
1. Rappel de la mesure et des objectifs fixés par le juge.
2. Évolution de chaque enfant de la fratrie Da Silva Pereira (scolarité, santé, liens).
3. Travail réalisé avec les parents.
4. Propositions de l'équipe et avis des enfants, recueilli séparément.
"""),
("nom-handicap-ime", "donnee-nom", """
## Retour d'expérience
La transition IME – ESAT se prépare dès 16 ans. Théo Brunet a fait trois stages dans deux
ESAT différents avant de choisir : le premier, en blanchisserie, ne lui convenait pas du
tout. Sans ces essais, l'orientation CDAPH aurait été décidée sur dossier.
"""),
("nom-ehpad-age", "donnee-nom", """
## Contexte
L'entrée en EHPAD est rarement choisie. Mme Germaine Rousseau, 92 ans, est arrivée
directement des urgences après une chute, sans être retournée chez elle. La fiche propose
un protocole pour organiser, quand c'est possible, une visite du domicile avec la personne
avant de vider le logement.
"""),
("nom-prison-quartier-arrivants", "donnee-nom", """
## Déroulé
Au quartier arrivants, le CPIP rencontre chaque personne dans les 72 heures. Les points
abordés : maintien des liens familiaux, logement, emploi, droits sociaux. Pour M. Karim
Boudjemaa, le maintien du bail a été la priorité : un courrier au bailleur a été envoyé dès
la première semaine pour éviter la résiliation.
"""),
("nom-csapa-retex", "donnee-nom", """
## Retour d'expérience
La réduction des risques commence par ne pas poser de conditions. Steven Lebrun venait au
CSAPA uniquement pour le matériel stérile pendant un an ; c'est lui qui a demandé un jour à
parler de son traitement de substitution. Le respect de son rythme a été décisif.
"""),
("nom-sante-mentale-sdre", "donnee-nom", """
## Points de vigilance
- Pendant une hospitalisation sous contrainte, maintenir le lien avec le logement et les
  ressources : le loyer continue de courir.
- M. Aurélien Fabre a perdu son logement pendant ses quatre mois de SDRE faute de
  paiement : prévoir dès l'entrée un contact avec le mandataire ou le bailleur.
"""),
("nom-emploi-france-travail", "donnee-nom", """
## Exemple
Le contrat d'engagement réciproque doit rester réaliste. Pour Sandrine Lecomte, mère seule
de trois enfants, les quinze heures d'activité ont été construites autour d'une formation
à distance et de démarches de garde d'enfants, validées avec la conseillère France Travail.
"""),
("nom-vif-hebergement", "donnee-nom", """
## Retour d'expérience
La mise à l'abri en urgence fonctionne si l'hébergement est prêt AVANT le départ du
domicile. Élodie Garnier a quitté le domicile un mardi matin avec ses enfants pendant que
son conjoint était au travail ; la place en centre d'hébergement avait été réservée la
veille avec l'association.
"""),
("nom-surnom-maraude", "donnee-nom", """
## Paroles de praticiens
« Dans la rue, les gens ont souvent un surnom. Jojo, c'est Joseph Hamel, mais il a fallu
deux hivers pour qu'il nous donne son vrai nom, le jour où il a voulu refaire sa carte
d'identité. Ce jour-là, on a senti que quelque chose bougeait. »
— infirmier de l'équipe mobile psychiatrie précarité
"""),
("nom-mna-foyer", "donnee-nom", """
## Exemple
La scolarisation des mineurs non accompagnés passe par le CIO et le CASNAV. Ibrahima Sow a
passé les tests de positionnement deux semaines après sa mise à l'abri et a intégré une
classe UPE2A en lycée professionnel ; la préparation du CAP a suivi l'année suivante.
"""),
("nom-commentaire-relecture", "donnee-nom", """
## Exemple
Une adolescente de 14 ans, accueillie en urgence après une révélation de violences au
collège, refuse de parler aux éducateurs hommes. L'équipe réorganise les référents.

> Commentaire de relecture : attention, le prénom et le nom de Chloé Martinez apparaissent
> encore dans la version PDF jointe, à remplacer avant publication.
"""),
("nom-yaml-resume", "donnee-nom", """
---
titre: "Relogement après une procédure d'expulsion"
resume: "Retour sur l'accompagnement de la famille Bouzid, de l'assignation au relogement en PLAI."
auteurs: [Julie Mercier, conseillère en économie sociale et familiale]
lieux: [Marseille]
---
"""),
("nom-yaml-titre", "donnee-nom", """
---
titre: "Accompagner Mathis Renaud après sa troisième fugue"
resume: "Les entretiens de retour, le lien avec les parents et le travail avec la police."
auteurs: [Damien Roche, éducateur en MECS]
relecture: [Service qualité]
---
"""),
("nom-ressources-note-interne", "donnee-nom", """
## Ressources
- Fiche « Rédiger un signalement » (Relier).
- Guide du département sur la CRIP, édition 2023.
- Note de situation Lambert-Oukili (mars 2023), classeur rouge du bureau éducatif :
  exemple de note bien structurée.
- Recommandation HAS sur l'évaluation des situations de danger (2021).
"""),
("nom-piece-jointe-fichier", "donnee-nom", """
## Exemple de rapport d'évolution
Nous joignons ci-dessous un rapport réel, relu et validé, pour montrer la structure
attendue par le juge des enfants : faits, analyse, propositions.

Pièce jointe : `rapport_evolution_SALL_Aissatou_2024.docx`

Les passages en italique sont les formulations que nous conseillons de reprendre.
"""),
("nom-curatelle", "donnee-nom", """
## Contexte
La curatelle renforcée permet au curateur de percevoir les revenus et de régler les
dépenses. M. Roger Dumont, sous curatelle renforcée depuis 2019, vivait mal de demander
chaque semaine son argent de poche : un virement automatique hebdomadaire a été mis en
place avec le mandataire judiciaire.
"""),
("nom-journal-nuit", "donnee-nom", """
## Exemple de cahier de nuit bien tenu
- 23 h 00 : tour des chambres, tout le monde est rentré.
- 02 h 15 : Bilal Chérif se lève, dit qu'il n'arrive pas à dormir, discussion dans la
  cuisine autour d'une tisane, retourne se coucher à 2 h 50.
- 06 h 30 : réveil des lycéens.
Noter les faits, pas les interprétations.
"""),
("nom-sms-minuscules", "donnee-nom", """
## Exemple de note rapide (à reprendre ensuite dans le dossier)
Les notes prises sur le téléphone pendant une permanence ressemblent souvent à ceci :
"rdv avec mme petitjean a 14h ok, elle ramene les papiers caf + avis impo, voir fsl"
Elles doivent être reprises dans le logiciel le jour même puis supprimées du téléphone.
"""),
("nom-majuscules-entete", "donnee-nom", """
## Exemple d'en-tête de note sociale
NOTE SOCIALE — CONFIDENTIEL
Destinataire : commission de surendettement
Situation : BEN SALAH Amine
Rédigée par : assistante sociale du CCAS
Objet : éléments sur la situation budgétaire et les charges du foyer.
"""),
("nom-prenom-compose-bretagne", "donnee-nom", """
## Retour d'expérience
Le portage de repas est souvent la première porte d'entrée. C'est le livreur qui a alerté
sur Marie-Thérèse Guillou, qui ne touchait plus à ses plateaux depuis trois jours ; le
CCAS a pu organiser une visite le jour même et une hospitalisation a été évitée.
"""),
("nom-chine-interpretariat", "donnee-nom", """
## Points de vigilance
- L'usage des applications de traduction est à proscrire pour les sujets sensibles.
- Avec Mme Lin Xiaomei, la traduction automatique a transformé « placement » en
  « investissement » : elle a cru qu'on lui parlait d'argent.
- Prévoir un interprète professionnel pour tout entretien relatif à une mesure.
"""),
("nom-cambodge", "donnee-nom", """
## Exemple
Accompagnement vers le soin d'une femme âgée isolée : Sokha Chhim, qui vit seule depuis le
décès de son mari, ne sortait plus de chez elle. L'aide à domicile a proposé de
l'accompagner au marché asiatique du quartier, premier pas vers la reprise des sorties.
"""),
("nom-pakistan-cra", "donnee-nom", """
## Déroulé
En centre de rétention, le délai de recours est très court. Muhammad Asif Raza a reçu son
OQTF un vendredi soir : la permanence juridique a rédigé la requête le samedi matin. Toujours
noter l'heure de notification, c'est elle qui fait courir le délai.
"""),
("nom-bangladesh-emploi", "donnee-nom", """
## Paroles de praticiens
« Les personnes qui travaillent dans la restauration sans contrat ont peur de tout perdre
en réclamant. Md Rafiqul Islam a accepté de saisir les prud'hommes parce que trois collègues
le faisaient avec lui. Le collectif a été la clé. »
— juriste d'une permanence d'accès aux droits
"""),
("nom-kurde-ecole", "donnee-nom", """
## Contexte
Les parents allophones ne lisent pas les mots dans les carnets de correspondance.
La maman de Zozan Aydın, en CE1, découvrait les sorties scolaires le matin même :
l'école a mis en place des pictogrammes et un message vocal traduit.
"""),
("nom-roumanie-debut-phrase", "donnee-nom", """
## Exemple
Ionuț Stoica est passé au local le lundi pour demander de l'aide à la déclaration de
ressources : il travaillait depuis six mois dans le bâtiment sans savoir qu'il pouvait
prétendre à la prime d'activité. Le dossier a été fait en ligne avec lui en vingt minutes.
"""),
("nom-antilles-retex", "donnee-nom", """
## Retour d'expérience
Les familles originaires des Antilles sont parfois orientées vers des dispositifs
« migrants » par erreur. Mme Ginette Lautric, née à Pointe-à-Pitre, s'est vu demander un
titre de séjour à l'accueil : une formation de l'équipe d'accueil a suivi.
"""),
("nom-roms-liste", "donnee-nom", """
## Déroulé de la journée vaccination
- 9 h : installation du camion PMI à l'entrée du terrain.
- 9 h 30 : accueil des familles par la médiatrice, en commençant par les nourrissons.
- Familles présentes : Dumitru, famille de la caravane bleue, familles du fond du terrain.
- 12 h : bilan, liste des enfants à revoir pour le rappel.
"""),
("nom-tableau-astreinte-jeune", "donnee-nom", """
## Exemple de tableau de suivi des sorties du week-end

| Jeune            | Sortie         | Retour prévu | Accord |
|------------------|----------------|--------------|--------|
| Groupe des 13-15 | Piscine        | 17 h         | oui    |
| Rayan Belkacem   | Chez le père   | dimanche 18 h| juge   |
| Groupe des 16-18 | Match de foot  | 19 h         | oui    |
"""),
("nom-afrique-centrale-dernier", "donnee-nom", """
## Paroles de praticiens
« Les personnes accueillies nous apprennent beaucoup sur nos propres procédures. C'est
Grâce Nzeyimana qui m'a montré que le formulaire de demande de logement n'avait pas de case
pour les familles recomposées. On l'a fait remonter au bailleur. »
— travailleuse sociale en résidence sociale
"""),
("nom-lien-wiki-interne", "donnee-nom", """
## Ressources
- Wiki de l'équipe, rubrique « Trames » : https://wiki.example.net/equipe-aemo/trames
- Exemple de projet pour l'enfant annoté :
  https://wiki.example.net/equipe-aemo/situations/ppe-lucie-ferreira
- Fiche Relier « Le projet pour l'enfant en pratique ».
"""),
# ---------------------------------------------------------------- donnee-naissance
("naissance-exemple-slash", "donnee-naissance", """
## Exemple
Un garçon accueilli en MECS depuis ses 8 ans, né le 14/03/2011, prépare sa sortie du
dispositif. Le projet d'autonomie commence deux ans avant la majorité : ouverture d'un
compte, apprentissage des démarches CAF, stage en cuisine, puis appartement en semi-autonomie.
"""),
("naissance-lettres-jugement", "donnee-naissance", """
## Exemple d'extrait de jugement (pour apprendre à le lire)
« Ordonnons le placement du mineur, né le vingt-deux juin deux mille dix, auprès du service
de l'aide sociale à l'enfance pour une durée de un an. »
Repérer dans un jugement : la durée, le service gardien, les droits de visite, la date de
la prochaine audience.
"""),
("naissance-ddn-points", "donnee-naissance", """
## Déroulé
La fiche de liaison à remplir avant l'admission comporte :
- les coordonnées du service orienteur ;
- l'enfant : DDN 07.11.2009, classe actuelle, allergies connues ;
- les personnes autorisées à venir le chercher.
Vérifier que la fiche est signée par le détenteur de l'autorité parentale.
"""),
("naissance-yaml-exemple", "donnee-naissance", """
## Exemple de fiche d'admission (format du logiciel)
```yaml
admission:
  dispositif: accueil de jour
  date_naissance: 2012-05-30
  orienteur: PMI de secteur
  motif: soutien à la parentalité
```
"""),
("naissance-date-administrative-mna", "donnee-naissance", """
## Retour d'expérience
Beaucoup de jeunes ont une date de naissance « administrative ». Pour le jeune qui a inspiré
cette fiche, né le 1er janvier 2006 selon son acte guinéen, la préfecture contestait l'acte ;
le recours à la vérification d'authenticité par le consulat a pris plusieurs mois. Anticiper
dès 17 ans.
"""),
("naissance-symbole-genealogie", "donnee-naissance", """
## Exemple de génogramme commenté
Trois générations vivent sous le même toit : l'arrière-grand-mère (°12/09/1941), sa fille et
les deux petits-enfants. Le génogramme a permis de visualiser que toutes les décisions
passaient par la personne la plus âgée, ce qui a réorienté le travail avec la famille.
"""),
("naissance-sms-minuscules", "donnee-naissance", """
## Exemple de message interne
Les messages entre collègues ne doivent pas contenir d'éléments d'identification. Exemple
à ne pas reproduire, reçu sur la messagerie du service :
"nouvelle admission demain matin, petite fille ddn 23/4/15, pas de dossier medical encore"
Passer par le logiciel sécurisé.
"""),
("naissance-contestee-evaluation", "donnee-naissance", """
## Déroulé de l'évaluation
1. Accueil provisoire d'urgence de cinq jours.
2. Entretiens d'évaluation sociale : date de naissance déclarée le 15/08/2007, parcours,
   famille, scolarité.
3. Éventuelle consultation du fichier AEM en préfecture.
4. Décision du président du conseil départemental, notifiée par écrit.
"""),
("naissance-tableau-fratrie", "donnee-naissance", """
## Exemple de tableau de fratrie (projet pour l'enfant)

| Enfant      | Né(e) le   | Lieu d'accueil       |
|-------------|------------|----------------------|
| Aîné        | 03/10/2012 | lieu de vie          |
| Cadette     | —          | assistante familiale |
"""),
("naissance-majorite-date", "donnee-naissance", """
## Points de vigilance
- Préparer la fin de prise en charge au moins six mois avant la majorité.
- Dans la situation évoquée, la jeune fêtera ses 18 ans le 27 octobre 2025 : l'entretien
  prévu par la loi doit avoir lieu avant ses 17 ans.
- Vérifier les droits ouverts : CSS, inscription France Travail, demande de logement.
"""),
("naissance-passeport-anglais", "donnee-naissance", """
## Exemple
Pour les personnes disposant de documents étrangers, recopier à l'identique l'état civil
du passeport dans la demande. Le passeport présenté indiquait « Date of birth: 05 MAY 1990 »
alors que la carte consulaire mentionnait 1991 : la préfecture a demandé une explication
écrite. Signaler toute divergence dès le dépôt.
"""),
("naissance-iso-note", "donnee-naissance", """
## Contexte
Les personnes âgées isolées sont repérées par le registre canicule de la mairie.
Lors de l'été 2023, une dame inscrite au registre, née le 1938-02-17 d'après la fiche
d'inscription, n'avait pas répondu aux appels : le passage des agents a permis de la trouver
déshydratée mais consciente.
"""),
# ---------------------------------------------------------------- donnee-adresse
("adresse-batiment-appartement", "donnee-adresse", """
## Exemple
La visite à domicile se prépare : code d'accès, étage, présence d'un ascenseur. Pour la
famille accompagnée, résidence Les Peupliers, bâtiment B, 3e étage, appartement 34,
l'ascenseur était en panne depuis deux mois : le signalement au bailleur a été fait avec
la famille pendant la visite.
"""),
("adresse-lieu-dit", "donnee-adresse", """
## Contexte
En milieu rural, l'isolement est aussi géographique. La personne qui a inspiré cette fiche
vit au lieu-dit La Croix-Blanche, 23 route de Saint-Priest, à 14 km du premier commerce,
sans voiture ; le transport à la demande n'y passe que le mardi.
"""),
("adresse-chambre-hotel-social", "donnee-adresse", """
## Déroulé
L'hébergement hôtelier doit être visité au moins une fois par mois. Lors de la visite à
l'Hôtel du Parc, 27 avenue Gambetta, chambre 9, nous avons constaté l'absence de
réfrigérateur pour une mère avec un nourrisson : une demande de changement a été faite au
SIAO le jour même.
"""),
("adresse-aire-accueil-caravane", "donnee-adresse", """
## Retour d'expérience
Les familles du voyage sont souvent domiciliées administrativement à une adresse mais
vivent ailleurs. La famille suivie stationne emplacement n° 7 de l'aire d'accueil du chemin
des Sablons à Montbrison : c'est là que la puéricultrice de PMI l'a rencontrée, pas à
l'adresse de domiciliation.
"""),
("adresse-cellule-prison", "donnee-adresse", """
## Exemple
Le courrier des personnes détenues doit porter le numéro d'écrou et la cellule. Exemple
de suscription utilisée pour un courrier de la CAF : bâtiment A, 2e étage, cellule 212,
maison d'arrêt de Villepinte. Rappeler aux partenaires de ne pas mentionner le motif de l'incarcération.
"""),
("adresse-lien-carte", "donnee-adresse", """
## Ressources
- Carte des accueils de jour du département (site de la DDETS).
- Itinéraire pour la VAD de mardi, à partager avec la collègue :
  https://maps.example.org/?q=12+rue+des+Tanneurs,+68100+Mulhouse
- Fiche « Sécurité des professionnels en visite à domicile ».
"""),
("adresse-nouvelle-secrete-vif", "donnee-adresse", """
## Points de vigilance
- L'adresse d'une victime relogée ne doit figurer dans aucun écrit transmis à l'autre parent.
- Dans le dernier rapport, la nouvelle adresse (9 rue des Capucines, 2e gauche) avait été
  recopiée par erreur dans la partie « situation familiale ».
- Utiliser l'élection de domicile chez l'avocat ou l'association.
"""),
("adresse-impasse-ville", "donnee-adresse", """
## Exemple de courrier au bailleur
Madame, Monsieur,
Nous accompagnons la locataire du logement situé 5 impasse des Lilas, 35200 Rennes, qui
rencontre des difficultés de paiement depuis la perte de son emploi. Un dossier FSL est en
cours ; nous sollicitons la suspension de la procédure dans l'attente de la décision.
"""),
("adresse-hameau", "donnee-adresse", """
## Retour d'expérience
Le portage de livres de la médiathèque a été un outil inattendu contre l'isolement. Le
bénévole se rend chaque mois chez une dame au 7 chemin du Moulin, hameau de Vareilles,
et prend le temps d'un café : c'est lui qui a remarqué la dégradation de son état.
"""),
("adresse-escalier-porte", "donnee-adresse", """
## Déroulé
Avant la visite, vérifier l'accessibilité. Pour la personne en fauteuil suivie par le
SAMSAH, résidence Les Glycines, escalier C, porte 1207, l'accès se fait uniquement par le
parking souterrain : prévenir les intervenants et le taxi.
"""),
("adresse-squat-rue", "donnee-adresse", """
## Contexte
Les squats sont des lieux de vie qu'il faut connaître sans les exposer. L'équipe a rencontré
la famille dans l'immeuble occupé du 14 rue Ferdinand-Buisson, au 4e étage, porte de
gauche ; le propriétaire a depuis engagé une procédure d'expulsion.
"""),
# ---------------------------------------------------------------- donnee-telephone
("tel-message-cite", "donnee-telephone", """
## Exemple de message laissé sur le répondeur du service
> « Bonjour, je suis la maman du petit qui est à la pouponnière, j'ai changé de numéro,
> rappelez-moi au 06 39 98 41 27 s'il vous plaît, je veux savoir pour la visite. »
Tout message reçu est noté dans le dossier avec la date, l'heure et la suite donnée.
"""),
("tel-format-international", "donnee-telephone", """
## Déroulé
Pour les familles dont un membre est resté au pays, l'appel vidéo est organisé depuis le
service avec un interprète. Le jeune a donné le numéro de son oncle, +33 7 00 00 52 18,
qui relaie les nouvelles à la mère ; l'appel a lieu chaque dimanche à 15 h.
"""),
("tel-points", "donnee-telephone", """
## Exemple de transmission
Transmission de l'équipe de jour à l'équipe de nuit : le jeune attend l'appel de sa
tante ce soir, elle appellera peut-être d'un autre numéro (06.39.98.12.90), c'est
autorisé par le référent. Pas d'autre appel entrant accepté.
"""),
("tel-sans-espaces", "donnee-telephone", """
## Points de vigilance
- Ne jamais enregistrer le numéro personnel d'une personne accompagnée dans son propre
  téléphone personnel.
- Une collègue avait gardé le 0639981290 d'un jeune dans son répertoire : il l'a appelée
  en pleine nuit pendant ses congés.
- Utiliser exclusivement le téléphone de service.
"""),
("tel-pere-fiche-contact", "donnee-telephone", """
## Exemple de fiche contact (à tenir à jour)
- Service gardien : ASE, antenne nord.
- Tél. père : 02 61 91 33 70 (joignable après 18 h).
- Médecin traitant : cabinet du quartier.
- École : secrétariat de l'école élémentaire.
"""),
("tel-fixe-grand-mere", "donnee-telephone", """
## Retour d'expérience
Les grands-parents sont souvent une ressource oubliée. La grand-mère n'a pas de portable ;
le fixe (01 99 00 57 04) est le seul moyen de la joindre, et elle ne répond qu'en fin de
matinée. Après quelques appels manqués, nous avons simplement convenu d'un créneau fixe le
mercredi.
"""),
("tel-sms-style", "donnee-telephone", """
## Exemple de note prise en maraude
Les notes de maraude sont souvent écrites à la va-vite :
"gars du pont, ok pour rdv pass demain 10h, son num c 07 00 00 88 14, rappeler avant"
Reprendre chaque note dans l'outil partagé, sans le numéro si la personne ne l'a pas autorisé.
"""),
("tel-yaml-exemple", "donnee-telephone", """
## Exemple d'export du logiciel de suivi
```yaml
situation:
  type: accompagnement budgétaire
  contact_famille: "06 39 98 05 66"
  prochaine_echeance: dossier FSL
```
"""),
("tel-tableau-rappels", "donnee-telephone", """
## Exemple de tableau des rappels de la permanence

| Heure | Objet                         | Rappeler au      |
|-------|-------------------------------|------------------|
| 9 h   | question sur le RSA           | 07 00 00 31 62   |
| 10 h  | orientation vers la MDPH      | service          |
"""),
("tel-lien-whatsapp", "donnee-telephone", """
## Ressources
- Groupe WhatsApp des parents de l'atelier (administré par le service, règles affichées).
- Contact d'une maman relais, pour les nouvelles familles :
  https://wa.me/33639980011
- Fiche « Usage des messageries instantanées avec les familles ».
"""),
("tel-lien-href", "donnee-telephone", """
## Exemple de page de contact de l'atelier (version interne)
```html
<p>Pour toute absence, prévenir la référente ou
  <a href="tel:+33700004412">la mère de la jeune</a> qui organise le covoiturage.</p>
```
"""),
# ---------------------------------------------------------------- donnee-courriel
("courriel-exemple-mail", "donnee-courriel", """
## Exemple
Les échanges par courriel avec les personnes accompagnées doivent rester factuels.
Exemple d'échange réussi : la jeune écrit depuis nadia.belkacem87@example.org pour demander
un justificatif ; réponse du service en 24 h, pièce jointe protégée par mot de passe
communiqué par téléphone.
"""),
("courriel-adolescent", "donnee-courriel", """
## Points de vigilance
- Les adolescents créent des adresses qui changent souvent ; vérifier avant chaque envoi.
- Le compte rendu d'audience a été envoyé à kevin.d.2009@example.com, adresse que le jeune
  n'utilisait plus et que son frère consultait.
- Privilégier la remise en main propre pour les documents sensibles.
"""),
("courriel-pseudo", "donnee-courriel", """
## Retour d'expérience
Les personnes utilisent parfois des adresses à pseudonyme. La mère accompagnée écrivait
depuis lapetiteflo59@example.net, ce qui a posé problème au moment de l'envoi d'un courrier
officiel : l'administration a refusé cette adresse comme contact. Aider à créer une adresse
« administrative » sobre.
"""),
("courriel-mailto", "donnee-courriel", """
## Exemple de bouton dans la lettre d'info de l'accueil de jour
```markdown
Vous souhaitez témoigner ? Écrivez à [Mamadou](mailto:mamadou.diallo.conakry@example.org),
qui coordonne le groupe d'entraide des usagers.
```
"""),
("courriel-obfusque", "donnee-courriel", """
## Déroulé
Inscription au groupe de parole : la personne donne une adresse de contact, qui n'est
utilisée que pour les rappels de séance. Pour le groupe de septembre, un père a demandé
que les rappels soient envoyés à jean.pierre.roux [at] example.com plutôt qu'au domicile.
"""),
("courriel-entete-transfert", "donnee-courriel", """
## Exemple de courriel transféré (à ne pas reproduire)
-------- Message transféré --------
De : s.morel.maison@example.org
Objet : demande de rendez-vous
« Bonjour, je voudrais un rendez-vous pour mon dossier de logement. »
Le transfert d'un message d'une personne accompagnée doit se faire sans ses coordonnées.
"""),
("courriel-yaml-contact", "donnee-courriel", """
## Exemple de fiche participant (format importé)
```yaml
participant:
  dispositif: garantie jeunes
  contact: oleksandr.shevchuk@example.net
  statut: en formation
```
"""),
("courriel-majuscules", "donnee-courriel", """
## Exemple
Le formulaire de demande d'aide financière a été rempli en majuscules par le demandeur,
y compris son adresse électronique : VIEUX.LOUP.DU.13@EXAMPLE.COM. Vérifier la saisie
avant d'envoyer la notification, les erreurs sont fréquentes.
"""),
("courriel-cc-ecole", "donnee-courriel", """
## Points de vigilance
- Ne jamais mettre une famille en copie visible d'un message aux partenaires.
- Lors de l'organisation de l'équipe éducative, la mère (amina.tounkara@example.com) a été
  mise en copie d'un échange interne sur la situation : à éviter absolument.
- Utiliser la copie cachée ou des envois séparés.
"""),
("courriel-signature-temoignage", "donnee-courriel", """
## Paroles de personnes accompagnées
« Au début je ne voulais pas de l'éducatrice, puis elle m'a aidée pour le bac. »
Témoignage reçu par mail (contact de l'autrice : ines.ouerghi2006@example.net), publié
avec l'accord de l'autrice et de l'équipe.
"""),
("courriel-lien-formulaire", "donnee-courriel", """
## Ressources
- Formulaire de recueil de la satisfaction (anonyme) : lien dans la fiche « Questionnaire ».
- Exemple de réponse reçue, avec l'adresse de retour : bogdan_popa_1978@example.com.
- Synthèse annuelle des réponses, présentée au CVS.
"""),
# ---------------------------------------------------------------- donnee-nir
("nir-exemple-espaces", "donnee-nir", """
## Exemple
Pour l'ouverture des droits à la complémentaire santé solidaire, la demande a été faite en
ligne avec la personne. Le numéro de sécurité sociale (2 87 03 75 112 045 63) a été vérifié
sur l'attestation de droits, la carte Vitale n'étant plus à jour.
"""),
("nir-sans-espaces", "donnee-nir", """
## Points de vigilance
- Le NIR ne doit apparaître que dans les documents qui l'exigent.
- Dans le bilan transmis à l'école, le numéro 187037511204563 figurait dans l'en-tête
  généré par le logiciel : vérifier les modèles d'impression.
- Le NIR n'a rien à faire dans un rapport au juge.
"""),
("nir-ne-a-l-etranger", "donnee-nir", """
## Retour d'expérience
Pour les personnes nées à l'étranger, l'immatriculation définitive prend des mois.
La personne accompagnée a enfin reçu son NIR : 1 92 11 99 352 017 48. Les droits
provisoires ont pu être transformés et la carte Vitale commandée dans la foulée.
"""),
("nir-corse", "donnee-nir", """
## Déroulé
Étape 3 de la demande d'APA : joindre l'attestation de droits. Dans le dossier traité en
juin, le n° SS était 2 04 06 2A 004 118 22 ; la plateforme l'a refusé à cause du « 2A ».
Saisir le département en lettres et chiffres, tel qu'il figure sur l'attestation.
"""),
("nir-secu-abrege", "donnee-nir", """
## Exemple de note rapide
"dossier css : n° sécu 1 55 09 69 123 456 78, manque avis d'imposition, relance vendredi"
Ce type de note ne doit pas rester sur un post-it ou dans un carnet : reprendre dans le
logiciel et détruire.
"""),
("nir-nia-provisoire", "donnee-nir", """
## Contexte
Les demandeurs d'asile reçoivent d'abord un numéro provisoire (NIA). Le numéro provisoire
attribué en mars, 7 99 08 99 212 001 05, ne permettait pas de commander une carte Vitale ;
la régularisation a été demandée à la CPAM avec l'attestation de demande d'asile.
"""),
("nir-carte-vitale", "donnee-nir", """
## Exemple de liste de pièces vérifiées pour l'admission en EHPAD
- Pièce d'identité : carte d'identité, valide.
- Carte Vitale : 2 61 12 13 055 203 91, mise à jour en pharmacie.
- Mutuelle : attestation en cours.
- Dernier avis d'imposition : fourni.
"""),
("nir-tableau", "donnee-nir", """
## Exemple d'export à ne pas diffuser

| Dispositif | N° sécurité sociale     | Droits       |
|------------|-------------------------|--------------|
| PASS       | 1 78 04 93 066 241 37   | AME en cours |
| PASS       | —                       | à ouvrir     |
"""),
("nir-yaml", "donnee-nir", """
## Exemple de fichier d'import mal paramétré
```yaml
beneficiaire:
  programme: accompagnement santé
  nir: "2 95 07 31 555 087 16"
  orientation: bilan de santé CPAM
```
"""),
("nir-ins", "donnee-nir", """
## Déroulé
Depuis 2021, les établissements médico-sociaux utilisent l'identité nationale de santé.
Lors de la qualification de l'identité d'un résident, l'INS récupéré était
2 79 02 33 063 117 52 ; il a été comparé à la pièce d'identité avant enregistrement.
"""),
("nir-cle-separee", "donnee-nir", """
## Exemple de courrier à la CPAM
Objet : demande de rétablissement des droits
Madame, Monsieur, nous accompagnons une personne dont les droits ont été suspendus à sa
sortie de détention (immatriculation 2 82 05 59 350 117 - clé 34). Nous sollicitons leur
réouverture en urgence.
"""),
# ---------------------------------------------------------------- donnee-iban
("iban-espaces", "donnee-iban", """
## Exemple
La demande d'aide financière du FSL doit comporter le RIB du bailleur ou de la personne.
Dans le dossier de décembre, le RIB fourni (FR76 3000 4012 3400 0101 2345 678) était celui
d'un compte clôturé : la commission a différé le versement d'un mois.
"""),
("iban-colle", "donnee-iban", """
## Points de vigilance
- Ne jamais recopier un IBAN dans un courriel non sécurisé.
- Un message interne contenait FR7610278060410002049870145 pour « gagner du temps » ;
  il a été transféré par erreur à un partenaire.
- Joindre le RIB en pièce jointe dans l'outil sécurisé.
"""),
("iban-rib-detaille", "donnee-iban", """
## Déroulé
Étape 4 : le mandataire fait transférer les prestations sur le compte de gestion. Pour la
personne protégée, RIB du compte courant : code banque 20041, code guichet 01005, n° de
compte 0512345K022, clé 17. Informer la CAF et la caisse de retraite du changement.
"""),
("iban-belgique", "donnee-iban", """
## Retour d'expérience
Les travailleurs frontaliers ont parfois un compte à l'étranger. La pension d'invalidité
était versée sur un compte belge, BE71 0961 2345 6769, que la personne ne pouvait plus
consulter : l'ouverture d'un compte en France via le droit au compte a tout débloqué.
"""),
("iban-neobanque", "donnee-iban", """
## Exemple
Les comptes ouverts en bureau de tabac sont utiles pour les personnes fichées à la Banque
de France. La jeune accompagnée a reçu sa première aide jeune majeur sur son compte
FR76 1659 8000 0100 0012 3456 789 ; le virement a été confirmé le lendemain.
"""),
("iban-minuscules", "donnee-iban", """
## Exemple de note rapide
"aide secours urgence ok en commission, virement 150 e sur fr76 1027 8022 3300 0203 4560 192,
prevenir la dame"
Ne pas conserver ce type de note hors du dossier.
"""),
("iban-mandat-prelevement", "donnee-iban", """
## Exemple de plan d'apurement
Le bailleur accepte un plan de 30 € par mois en plus du loyer courant. Le mandat de
prélèvement SEPA a été signé en entretien, IBAN du débiteur : FR76 1820 6000 4165 0012 3478 092.
Premier prélèvement le 10 du mois suivant.
"""),
("iban-roumanie", "donnee-iban", """
## Contexte
Certaines personnes européennes continuent à utiliser un compte dans leur pays d'origine.
Le compte roumain de la personne (RO66 BACX 0000 0012 3456 7890) générait des frais à
chaque retrait ; l'accompagnement a porté sur l'ouverture d'un compte en France.
"""),
("iban-tableau-aides", "donnee-iban", """
## Exemple de tableau des secours versés

| Date     | Montant | Objet             | Compte bénéficiaire              |
|----------|---------|-------------------|----------------------------------|
| 03/02    | 80 €    | alimentation      | FR76 1310 6000 3000 1234 5678 961|
| 17/02    | 45 €    | transport         | à verser au CCAS                 |
"""),
("iban-capture-legende", "donnee-iban", """
## Exemple
Pour montrer aux personnes où trouver leur IBAN dans l'application bancaire, nous avons
utilisé une capture d'écran.

![Capture de l'application : IBAN FR76 4061 8802 0000 0412 3456 788](img/capture-iban.png)
"""),
("iban-sms-cite", "donnee-iban", """
## Exemple de message reçu d'une personne accompagnée
> « voila mon rib pour l'aide : FR76 1751 5900 0008 0012 3456 723 merci beaucoup »
Accuser réception, reporter l'IBAN dans le logiciel sécurisé, puis supprimer le message du
téléphone du service.
"""),
# ---------------------------------------------------------------- donnee-dossier
("dossier-caf-allocataire", "donnee-dossier", """
## Déroulé
1. Vérifier les droits sur l'espace partenaire de la CAF (CDAP).
2. Dans la situation présentée, n° allocataire 2345678 : la prime d'activité avait été
   suspendue faute de déclaration trimestrielle.
3. Faire la déclaration avec la personne, puis vérifier le rappel.
"""),
("dossier-mdph", "donnee-dossier", """
## Retour d'expérience
Les délais de la MDPH sont longs : anticiper le renouvellement. Le dossier MDPH
n° 69-2023-018452 a été déposé huit mois avant l'échéance de l'AAH, ce qui a évité une
rupture de droits malgré un traitement en sept mois.
"""),
("dossier-ase-numero", "donnee-dossier", """
## Exemple d'objet de courriel
Les courriels aux partenaires doivent avoir un objet neutre. Objet utilisé à tort :
« Réf. dossier ASE 24/ENF/1187 — situation préoccupante ». Préférer « Demande
d'information — réponse souhaitée avant vendredi ».
"""),
("dossier-juge-enfants", "donnee-dossier", """
## Déroulé
Pour toute demande au juge des enfants, rappeler les références de la procédure. Exemple
de courrier adressé au cabinet 3 : « Dossier n° 223/0874 — demande de modification des
droits de visite ». Le greffe n'enregistre pas un courrier sans numéro.
"""),
("dossier-ofpra", "donnee-dossier", """
## Exemple
Après l'entretien OFPRA, la décision peut prendre plusieurs mois. La personne accompagnée
a reçu son récépissé ; la référence de son dossier OFPRA, 2301-04581-M, doit figurer sur
tout courrier complémentaire envoyé à l'Office.
"""),
("dossier-agdref-prefecture", "donnee-dossier", """
## Points de vigilance
- Garder une copie de chaque récépissé.
- Dans le dernier courrier à la préfecture, nous avons indiqué le numéro étranger
  7512345678 dans l'objet, comme demandé par le service : vérifier qu'il s'agit du bon
  titulaire, plusieurs membres de la famille ayant des dossiers.
"""),
("dossier-siao", "donnee-dossier", """
## Déroulé
La demande SIAO est saisie dans le SI-SIAO après évaluation sociale. Pour la famille suivie,
réf. SIAO 93-2024-11873 : la demande a été actualisée tous les trois mois jusqu'à
l'orientation en CHRS.
"""),
("dossier-fsl", "donnee-dossier", """
## Exemple
Le FSL peut prendre en charge le dépôt de garantie et le premier mois de loyer. Dossier FSL
n° 2024-0456-ACC : accord de la commission sous réserve de la signature du bail avant la
fin du mois.
"""),
("dossier-tribunal-rg", "donnee-dossier", """
## Contexte
La procédure d'expulsion a commencé par une assignation devant le juge des contentieux de
la protection. L'affaire, enregistrée sous le RG n° 24/01234, a été renvoyée pour permettre
l'instruction du dossier FSL et le diagnostic social et financier.
"""),
("dossier-numero-ecrou", "donnee-dossier", """
## Exemple
Pour écrire à une personne détenue, le numéro d'écrou est indispensable. Le courrier de
l'association à la personne accompagnée (écrou n° 48213) est revenu faute de mention du
bâtiment ; nous avons corrigé la suscription.
"""),
("dossier-demande-logement-nur", "donnee-dossier", """
## Retour d'expérience
Le numéro unique de demande de logement social doit être renouvelé chaque année. La
demande 0751224012345 avait expiré sans que la famille le sache : l'ancienneté a pu être
récupérée grâce à un recours motivé.
"""),
("dossier-france-travail", "donnee-dossier", """
## Exemple de note rapide
"inscription france travail ok, identifiant 4512367T, rdv conseillere le 12, apporter cv"
Noter seulement dans le logiciel ce qui est utile à l'accompagnement.
"""),
]

CLEAN = [
# ---------------------------------------------------------------- en-têtes YAML
("yaml-auteur-educatrice", """
---
titre: "Préparer une audience chez le juge des enfants avec la famille"
resume: "Expliquer le déroulement, qui prend la parole, ce que la famille peut demander."
auteurs: [Claire Dubois, éducatrice spécialisée]
relecture: [Marc Lefèvre, chef de service éducatif]
sources:
  - https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070721/
  - https://www.justice.fr/themes/enfants
---
"""),
("yaml-contributeurs-ccas", """
---
titre: "Le premier accueil au CCAS : un entretien, pas un guichet"
contributeurs:
  - Nadia Benali, assistante sociale, CCAS de Roubaix
  - Thomas Girard, conseiller en économie sociale et familiale
lieux: [Roubaix, Tourcoing]
public: [adultes isolés, familles]
---
"""),
("yaml-lieux-littoral", """
---
titre: "Distribuer sans trier : l'accueil inconditionnel sur le littoral"
resume: "Organisation d'une distribution alimentaire et de soins pour les personnes exilées."
lieux: [Calais, Grande-Synthe, Dunkerque]
auteurs: [Collectif de bénévoles, coordination associative]
date_creation: 2025-02-14
---
"""),
("yaml-public-tranche-age", """
---
titre: "Scolariser un mineur non accompagné entre 16 et 18 ans"
public: [mineurs non accompagnés]
tranche_age: "16-18 ans"
auteurs: [Samuel Koffi, éducateur spécialisé en service MNA]
relecture: [Aïcha Mansouri, cheffe de service]
---
"""),
("yaml-dates-versions", """
---
titre: "La visite médiatisée"
version: 3
date_creation: 2024-03-12
mise_a_jour: 2026-10-05
historique:
  - "2024-03-12 : première version"
  - "2026-10-05 : ajout de la partie sur la visio"
---
"""),
("yaml-mots-cles-methodes", """
---
titre: "Toilette et soins relationnels en EHPAD"
mots_cles: [Humanitude, Validation, Snoezelen, bientraitance]
auteurs: [Dr Karim Haddad, médecin coordonnateur d'EHPAD]
sources:
  - "Gineste Y., Pellissier J., Humanitude, Armand Colin, 2007"
  - https://www.has-sante.fr
---
"""),
("yaml-relecture-comite", """
---
titre: "Repérer la crise suicidaire chez l'adolescent"
auteurs: [Élise Fournier, infirmière de maison des adolescents]
relecture:
  - Comité éditorial Relier
  - Dr Sophie Martin, pédopsychiatre
licence: CC BY-SA 4.0
---
"""),
("yaml-collectif-licence", """
---
titre: "Aller vers les jeunes en errance : le travail de rue"
auteurs: [Collectif des éducateurs de prévention spécialisée du Val-de-Marne]
licence: CC BY-SA 4.0
lieux: [Créteil, Vitry-sur-Seine, Champigny-sur-Marne]
---
"""),
("yaml-sources-textes", """
---
titre: "Le projet pour l'enfant en pratique"
sources:
  - "Loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant"
  - "Loi n° 2022-140 du 7 février 2022 relative à la protection des enfants"
  - "HAS, Cadre national de référence : évaluation globale de la situation des enfants en danger ou risque de danger, 2021"
---
"""),
("yaml-traduction", """
---
titre: "Un chez-soi d'abord : principes du Logement d'abord"
traduit_de: "Housing First Europe Guide, 2016"
traduction: [Hélène Ngo, traductrice bénévole]
auteurs_originaux: [Nicholas Pleace]
lieux: [Marseille, Lille, Toulouse, Paris]
---
"""),
("yaml-resume-anonyme", """
---
titre: "Éviter l'expulsion : travailler avec le bailleur"
resume: "Retour sur l'accompagnement d'une famille de cinq personnes, de l'assignation au plan d'apurement, sans élément identifiant."
auteurs: [Julie Mercier, conseillère en économie sociale et familiale]
lieux: [Marseille]
---
"""),
("yaml-temoins-roles", """
---
titre: "Préparer une audience chez le juge des enfants avec la famille"
temoins: [éducatrice référente AEMO, une mère accompagnée (anonymisée), cheffe de service]
auteurs: [Claire Dubois, éducatrice spécialisée]
---
"""),
("yaml-lieux-etablissements", """
---
titre: "Psychotraumatisme et exil : orienter vers le soin"
lieux: [Centre Primo Levi, GHU Paris psychiatrie et neurosciences, Centre Françoise Minkowska]
auteurs: [Lina Haddad, psychologue clinicienne]
relecture: [Pierre-Yves Leclerc, médecin généraliste en PASS]
---
"""),
("yaml-auteurs-origines", """
---
titre: "Médiation en santé auprès des familles roms"
auteurs:
  - Ana Popescu, médiatrice en santé
  - Moussa Keïta, coordinateur du programme
relecture: [Florence Tessier, puéricultrice de PMI]
---
"""),
("yaml-public-age-general", """
---
titre: "Le contrat d'engagement jeune"
public: [jeunes de 16 à 25 ans, jusqu'à 29 ans pour les personnes en situation de handicap]
duree: "jusqu'à 12 mois, 18 mois dans certains cas"
auteurs: [Mission locale, équipe CEJ]
---
"""),
# ---------------------------------------------------------------- Contexte
("contexte-loi-2002-2", """
## Contexte
La loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale a placé la
personne accueillie au centre : livret d'accueil, charte des droits et libertés, contrat de
séjour ou document individuel de prise en charge, conseil de la vie sociale, projet
personnalisé. Plus de vingt ans après, ces outils existent partout, mais leur usage réel
varie beaucoup d'un établissement à l'autre.
"""),
("contexte-protection-enfance-lois", """
## Contexte
La loi n° 2007-293 du 5 mars 2007 a créé les cellules de recueil des informations
préoccupantes (CRIP) et les observatoires départementaux. La loi n° 2016-297 du 14 mars 2016
a recentré le dispositif sur les besoins fondamentaux de l'enfant, et la loi n° 2022-140 du
7 février 2022, dite loi Taquet, a interdit l'hébergement des enfants confiés à l'hôtel à
partir du 1er février 2024.
"""),
("contexte-loi-handicap-2005", """
## Contexte
Depuis la loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la
participation et la citoyenneté des personnes handicapées, chaque département dispose d'une
maison départementale des personnes handicapées (MDPH). La demande se fait avec le
formulaire Cerfa n° 15692*01, accompagné d'un certificat médical de moins d'un an.
"""),
("contexte-asv-2015", """
## Contexte
La loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la société au
vieillissement a revalorisé l'APA à domicile, reconnu un droit au répit pour les proches
aidants et créé les conférences des financeurs de la prévention de la perte d'autonomie.
L'APA s'adresse aux personnes de 60 ans et plus, évaluées en GIR 1 à 4.
"""),
("contexte-majeurs-proteges", """
## Contexte
La loi n° 2007-308 du 5 mars 2007 portant réforme de la protection juridique des majeurs a
affirmé les principes de nécessité, de subsidiarité et de proportionnalité. La mesure est
prononcée par le juge des contentieux de la protection, pour une durée de cinq ans au plus
lors de l'ouverture, et la personne doit être entendue.
"""),
("contexte-dalo", """
## Contexte
La loi n° 2007-290 du 5 mars 2007 instituant le droit au logement opposable permet aux
personnes mal logées de saisir une commission de médiation (article L. 441-2-3 du code de la
construction et de l'habitation). En cas de décision favorable non suivie d'effet, un recours
est possible devant le tribunal administratif.
"""),
("contexte-violences-conjugales", """
## Contexte
La loi n° 2019-1480 du 28 décembre 2019 visant à agir contre les violences au sein de la
famille a créé le bracelet anti-rapprochement ; la loi n° 2020-936 du 30 juillet 2020 a
notamment levé le secret médical dans certaines situations de danger immédiat. L'ordonnance
de protection est prévue par les articles 515-9 et suivants du code civil.
"""),
("contexte-asile-immigration", """
## Contexte
L'accueil des demandeurs d'asile relève du dispositif national d'accueil piloté par l'OFII.
La loi n° 2024-42 du 26 janvier 2024 pour contrôler l'immigration, améliorer l'intégration a
modifié de nombreux articles du CESEDA ; les délais de recours et les conditions matérielles
d'accueil doivent être vérifiés à chaque situation.
"""),
("contexte-prison-loi-penitentiaire", """
## Contexte
La loi pénitentiaire n° 2009-1436 du 24 novembre 2009 a réaffirmé le droit au maintien des
liens familiaux et la possibilité d'élire domicile auprès de l'établissement pénitentiaire
pour l'accès aux droits sociaux. Les services pénitentiaires d'insertion et de probation
(SPIP) coordonnent la préparation à la sortie.
"""),
("contexte-plein-emploi", """
## Contexte
La loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi a créé le réseau France Travail
et prévu l'inscription automatique des allocataires du RSA. Le contrat d'engagement prévoit
en principe au moins quinze heures d'activité par semaine, adaptées à la situation de chaque
personne.
"""),
("contexte-addictions-hsa", """
## Contexte
Après l'ouverture des salles de consommation à moindre risque à Paris et Strasbourg en 2016,
la loi de financement de la sécurité sociale pour 2022 a prolongé l'expérimentation sous le
nom de haltes soins addictions (HSA). Les CSAPA et les CAARUD restent les portes d'entrée
principales pour l'accompagnement et la réduction des risques.
"""),
("contexte-soins-sans-consentement", """
## Contexte
La loi n° 2011-803 du 5 juillet 2011 a instauré le contrôle systématique du juge des libertés
et de la détention sur les hospitalisations complètes sans consentement. Les soins peuvent
être décidés à la demande d'un tiers (SDT), en cas de péril imminent ou sur décision du
représentant de l'État (SDRE).
"""),
("contexte-sans-abri-chiffres", """
## Contexte
L'enquête de l'INSEE de 2012 dénombrait plus de 140 000 personnes sans domicile en France
métropolitaine. Les associations estiment que ce nombre a plus que doublé depuis. L'accueil
inconditionnel en hébergement d'urgence est prévu par l'article L. 345-2-2 du code de
l'action sociale et des familles.
"""),
("contexte-logement-d-abord", """
## Contexte
Inspiré du modèle Housing First développé à New York par Sam Tsemberis au début des années
1990, le programme « Un chez-soi d'abord » a été expérimenté à partir de 2011 à Lille,
Marseille, Paris et Toulouse, puis pérennisé. Le plan quinquennal pour le Logement d'abord
(2018-2022) en a fait une orientation nationale.
"""),
("contexte-secret-partage", """
## Contexte
Le secret professionnel est protégé par l'article 226-13 du code pénal. En protection de
l'enfance, l'article L. 226-2-2 du CASF autorise le partage d'informations à caractère secret
entre professionnels soumis au secret, dans l'intérêt de l'enfant, après information des
parents sauf si c'est contraire à cet intérêt.
"""),
("contexte-rgpd", """
## Contexte
Depuis le 25 mai 2018, le règlement (UE) 2016/679 (RGPD) s'applique aux dossiers des
personnes accompagnées. Les données de santé font partie des catégories particulières de
l'article 9. La loi n° 78-17 du 6 janvier 1978 modifiée complète le règlement en droit
français.
"""),
("contexte-ehpad-chiffres", """
## Contexte
Selon la DREES, environ 600 000 personnes vivaient en EHPAD à la fin des années 2010, avec
un âge moyen d'entrée supérieur à 85 ans. La majorité des résidents sont des femmes, et une
part importante présente une maladie neuro-évolutive. L'entrée en établissement se fait de
plus en plus souvent après une hospitalisation.
"""),
("contexte-treve-hivernale", """
## Contexte
Du 1er novembre au 31 mars, la trêve hivernale suspend l'exécution des expulsions locatives,
sauf exceptions (relogement assuré, squat de domicile d'autrui…). C'est aussi la période de
renforcement du plan hivernal : ouverture de places supplémentaires et renforcement des
maraudes coordonnées par le SIAO.
"""),
("contexte-mayotte", """
## Contexte
À Mayotte, plus de la moitié de la population est de nationalité étrangère selon l'INSEE, et
l'accès aux droits sociaux y obéit à des règles dérogatoires. Les associations comme la
Croix-Rouge, Solidarité Mayotte ou les Apprentis d'Auteuil y portent une part importante de
l'accompagnement des mineurs isolés.
"""),
# ---------------------------------------------------------------- Déroulé
("deroule-vad-preparation", """
## Déroulé
1. Appeler la famille la veille pour confirmer l'heure et expliquer l'objet de la visite.
2. Venir à deux professionnels au maximum, présenter chacun son rôle.
3. Demander où l'on peut s'asseoir ; ne pas visiter les pièces sans y être invité.
4. Reformuler en fin de visite ce qui a été dit et ce qui sera écrit.
5. Rédiger la note dans les 48 heures, la relire à deux.
"""),
("deroule-information-preoccupante", """
## Déroulé
1. Recueillir les faits tels qu'ils sont rapportés, entre guillemets, sans interprétation.
2. En parler à la hiérarchie et, si possible, à un autre professionnel.
3. Informer les parents, sauf si cela est contraire à l'intérêt de l'enfant.
4. Transmettre l'information préoccupante à la CRIP du département.
5. En cas de danger grave et immédiat, saisir directement le procureur de la République.
"""),
("deroule-fugue-generique", """
## Déroulé
1. Déclarer la fugue au commissariat ou à la gendarmerie dans l'heure.
2. Prévenir le cadre d'astreinte, le service gardien et les titulaires de l'autorité parentale.
3. Au retour, accueillir d'abord : repas, douche, repos. Le « pourquoi » viendra plus tard.
4. Entretien de retour dans les 48 heures avec le référent.
5. Si les fugues se répètent, travailler avec le jeune sur ce qu'il va chercher dehors.
"""),
("deroule-maraude", """
## Déroulé de la maraude
- 20 h 30 : point d'équipe, lecture des transmissions de la veille.
- 21 h : départ, itinéraire habituel (gare, parc, parkings du centre).
- À chaque rencontre : proposer sans insister, noter ce qui a été proposé et accepté.
- 23 h 30 : retour, saisie dans l'outil partagé du SIAO, signalement au 115 des situations
  qui nécessitent une mise à l'abri.
"""),
("deroule-evaluation-minorite", """
## Déroulé
L'évaluation de la minorité et de l'isolement suit le décret n° 2019-57 du 30 janvier 2019 :
accueil provisoire d'urgence de cinq jours, entretiens pluridisciplinaires dans une langue
comprise par le jeune, avec interprète si besoin, recours possible au fichier d'appui à
l'évaluation de la minorité, puis décision motivée du président du conseil départemental.
"""),
("deroule-demande-mdph", """
## Déroulé
1. Remplir le formulaire de demande avec la personne, en insistant sur le projet de vie.
2. Faire compléter le certificat médical par le médecin qui connaît le mieux la situation.
3. Joindre les bilans récents (ergothérapeute, psychologue, école).
4. Déposer le dossier et conserver l'accusé de réception.
5. Préparer la personne au passage éventuel devant l'équipe pluridisciplinaire.
"""),
("deroule-fsl", """
## Déroulé
La demande d'aide au Fonds de solidarité pour le logement comprend : le formulaire
départemental, l'avis d'imposition, les justificatifs de ressources des trois derniers mois,
le bail ou la promesse de bail, et un RIB du bailleur. Le travailleur social joint une
évaluation sociale de une à deux pages.
"""),
("deroule-ordonnance-protection", """
## Déroulé
1. Orienter vers une association d'aide aux victimes ou un avocat (aide juridictionnelle).
2. Préparer les pièces : certificats médicaux, plaintes ou mains courantes, attestations.
3. Saisir le juge aux affaires familiales par requête ou assignation.
4. Le juge statue dans un délai de six jours à compter de la fixation de la date d'audience.
5. Accompagner la personne à l'audience si elle le souhaite.
"""),
("deroule-sortie-detention", """
## Déroulé
Trois mois avant la sortie, le CPIP organise avec la personne : la demande d'hébergement au
SIAO, la réouverture des droits à l'assurance maladie, l'inscription à France Travail, et le
lien avec un CSAPA si besoin. Le jour de la sortie, un rendez-vous est déjà fixé avec le
service qui prendra le relais.
"""),
("deroule-admission-ehpad", """
## Déroulé
1. Visite de l'établissement par la personne, si possible, et sa famille.
2. Dossier unique d'admission, volet administratif et volet médical.
3. Entretien de pré-admission avec le médecin coordonnateur et l'IDEC.
4. Signature du contrat de séjour dans le mois suivant l'entrée.
5. Premier projet personnalisé dans les six mois.
"""),
("deroule-visite-mediatisee", """
## Déroulé d'une visite médiatisée
- Avant : rappeler au parent le cadre fixé par le juge (durée, lieu, présence d'un tiers).
- Pendant : le professionnel est présent, intervient le moins possible, protège l'enfant.
- Après : temps court avec l'enfant, puis avec le parent, séparément.
- Écrit : décrire ce qui a été observé, pas ce qui a été ressenti.
"""),
("deroule-groupe-parole", """
## Déroulé du groupe de parole des aidants
Le groupe se réunit un jeudi sur deux de 14 h à 16 h, dans une salle de la maison des
aidants. Règles rappelées à chaque séance : confidentialité, pas de jugement, chacun parle
en son nom. Une psychologue et une assistante sociale coaniment. Pas plus de douze
participants.
"""),
("deroule-entretien-autonomie", """
## Déroulé
L'entretien prévu à l'article L. 222-5-1 du CASF a lieu dans l'année des 17 ans du jeune
accueilli. Il fait le point sur le logement, les ressources, la santé, la formation, et
permet d'envisager un accompagnement jusqu'à 21 ans. Le jeune peut être accompagné d'une
personne de son choix.
"""),
("deroule-cvs", """
## Déroulé d'un conseil de la vie sociale
1. Ordre du jour préparé avec les représentants des personnes accueillies.
2. Séance au moins trois fois par an, présidée par un représentant des personnes accueillies.
3. Compte rendu rédigé en langage simple, affiché et diffusé.
4. Suivi des demandes d'une séance à l'autre.
"""),
("deroule-accueil-115", """
## Déroulé
La personne appelle le 115, gratuit, 24 h/24. L'écoutant évalue la situation, consulte les
places disponibles et propose une orientation. Si aucune place n'est disponible, la demande
est enregistrée et l'équipe mobile peut être sollicitée. Le SIAO centralise les demandes à
l'échelle du département.
"""),
# ---------------------------------------------------------------- Retour d'expérience
("retex-vad-anonyme", """
## Retour d'expérience
Nos premières visites à domicile se faisaient à trois, et les familles le vivaient comme
une inspection. Depuis deux ans, nous venons à deux au maximum et nous appelons la veille.
Une mère nous a dit un jour : « Cette fois, j'ai eu le temps de faire un café. » Ce détail
a changé le ton de tout l'accompagnement.
"""),
("retex-tri-papiers", """
## Retour d'expérience
Un homme arrivé d'Afrique centrale est venu seul au premier rendez-vous avec une pochette
où tous ses papiers étaient rangés par date. Nous les avons triés avec lui plutôt que de les
photocopier en bloc : c'est à ce moment qu'il a parlé de son parcours. Le tri des papiers
est devenu un support d'entretien à part entière.
"""),
("retex-maraude-lien", """
## Retour d'expérience
Le lien se crée rarement au premier passage. Un homme que nous croisions au parc depuis des
mois a refusé toutes nos propositions pendant sept mois. C'est le jour où nous avons réparé
son vélo ensemble que la conversation sur l'hébergement a pu commencer. Nous avons depuis
une trousse à outils dans le camion.
"""),
("retex-immersion-emploi", """
## Retour d'expérience
Les périodes de mise en situation en milieu professionnel (PMSMP) sont sous-utilisées. Sur
les douze personnes accompagnées en 2024, sept ont fait au moins une immersion, et quatre
ont obtenu un contrat dans la structure d'accueil. Penser à signer la convention avant le
premier jour, sinon la personne n'est pas couverte.
"""),
("retex-contrat-jeune-majeur", """
## Retour d'expérience
Le contrat jeune majeur n'est pas une récompense pour bonne conduite. Un jeune de 19 ans a
failli le perdre après deux rendez-vous manqués ; en réalité, il travaillait de nuit dans
un entrepôt. L'équipe a aménagé les horaires des rendez-vous au lieu de mettre fin à
l'accompagnement.
"""),
("retex-interprete-communaute", """
## Retour d'expérience
L'interprétariat par un membre de la communauté pose des questions de confidentialité. Un
jeune a refusé de parler devant l'interprète proposé, qu'il connaissait par son lieu de
culte. Depuis, nous faisons appel à ISM Interprétariat par téléphone pour tout premier
entretien.
"""),
("retex-portage-repas", """
## Retour d'expérience
Le portage de repas est souvent la première porte d'entrée. C'est un livreur qui a alerté
le CCAS sur une dame de plus de 90 ans qui ne touchait plus à ses plateaux depuis trois
jours. Une visite a été organisée le jour même et une hospitalisation a été évitée. Nous
avons formé les livreurs au repérage des signes d'alerte.
"""),
("retex-rdr-csapa", """
## Retour d'expérience
La réduction des risques commence par l'absence de conditions. Au CAARUD, certaines
personnes viennent uniquement pour le matériel pendant des mois, puis demandent un jour à
parler de soins. Respecter ce rythme est la condition pour que cette demande arrive.
"""),
("retex-mise-a-l-abri-vif", """
## Retour d'expérience
La mise à l'abri fonctionne quand l'hébergement est prêt AVANT le départ du domicile. Dans
les situations où la place avait été réservée la veille avec l'association spécialisée, le
départ s'est fait sans incident ; quand on a cherché la place le jour même, plusieurs
femmes sont retournées au domicile le soir.
"""),
("retex-transition-ime-esat", """
## Retour d'expérience
La transition entre l'IME et l'ESAT se prépare dès 16 ans. Les jeunes qui ont fait au moins
deux stages dans des ESAT différents ont vécu l'orientation beaucoup plus sereinement. Un
premier stage raté est une information, pas un échec.
"""),
("retex-fratrie-week-end", """
## Retour d'expérience
Pour les fratries séparées par le placement, nous organisons depuis 2023 un week-end commun
par mois dans un gîte partenaire. Les éducateurs des différents lieux d'accueil y
participent à tour de rôle. Les enfants en parlent comme du « week-end des frères et sœurs ».
"""),
("retex-curatelle-virement", """
## Retour d'expérience
Demander chaque semaine son argent au mandataire est vécu comme humiliant par beaucoup de
personnes protégées. La mise en place d'un virement hebdomadaire automatique, convenu avec
la personne et le mandataire, a fortement réduit les tensions et les passages en urgence au
service.
"""),
("retex-fiche-contact-rgpd", """
## Retour d'expérience
Lors de l'audit RGPD de 2023, nous avons découvert que les numéros des familles étaient
enregistrés dans les téléphones personnels de plusieurs salariés. Nous avons équipé chaque
poste d'un téléphone de service et rédigé une règle simple : aucun contact d'une personne
accompagnée hors des outils du service.
"""),
("retex-registre-canicule", """
## Retour d'expérience
Pendant l'été 2019, le registre canicule de la commune comptait un peu plus de 300 personnes
inscrites. Les appels quotidiens ont été assurés par des agents volontaires et des jeunes du
service civique, avec une procédure claire : trois appels sans réponse déclenchent une
visite.
"""),
("retex-detention-bail", """
## Retour d'expérience
En détention, la perte du logement est l'une des conséquences les plus lourdes. Un courrier
au bailleur envoyé dès le quartier arrivants, avec l'accord de la personne, a permis dans
plusieurs situations de suspendre la procédure de résiliation le temps de mettre en place
les aides.
"""),
("retex-cas-la-tete-haute", """
## Retour d'expérience
En formation, nous projetons des extraits de « La Tête haute » d'Emmanuelle Bercot (2015) :
le parcours de Malony, suivi par une juge des enfants jouée par Catherine Deneuve et par un
éducateur lui-même marqué par son histoire. Les stagiaires y reconnaissent les audiences et
les moments de rupture qu'ils rencontrent.
"""),
# ---------------------------------------------------------------- Paroles de praticiens
("paroles-adresse-service", """
## Paroles de praticiens
« On croit souvent que les gens ne viennent pas parce qu'ils s'en fichent. Quand une mère
m'a expliqué qu'elle devait prendre deux bus et marcher quarante minutes avec la poussette,
j'ai compris que le problème, c'était notre adresse. Depuis, on reçoit aussi à la maison de
quartier. »
— une conseillère en économie sociale et familiale
"""),
("paroles-interprete", """
## Paroles de praticiens
« Le premier contact passe souvent par les enfants, qui traduisent. C'est à éviter. Une
semaine d'attente pour avoir une interprète professionnelle, c'est long, mais c'est ce qui
a permis à une mère de parler des violences sans que sa fille soit dans la pièce. »
— assistante sociale de polyvalence de secteur
"""),
("paroles-calais", """
## Paroles de praticiens
« À Calais, on voit passer des jeunes qu'on ne reverra jamais. On en suit un tous les soirs
pendant trois semaines, puis plus rien. On apprend à accompagner sans connaître la suite,
et à se dire que ces trois semaines comptaient quand même. »
— bénévole d'une association de distribution
"""),
("paroles-praticienne-nommee", """
## Paroles de praticiens
« Le rapport au juge, c'est d'abord un écrit pour la famille : elle a le droit de le lire.
J'écris en me demandant comment la mère le lira. »
— Sophie Renard, éducatrice en service d'AEMO, contributrice de cette fiche
"""),
("paroles-surnom-rue", """
## Paroles de praticiens
« Dans la rue, les gens ont souvent un surnom, et c'est lui qu'on utilise. Le jour où une
personne nous donne son vrai nom, parce qu'elle veut refaire ses papiers, on sent que
quelque chose bouge. »
— infirmier d'une équipe mobile psychiatrie précarité
"""),
("paroles-collectif-prudhommes", """
## Paroles de praticiens
« Les personnes qui travaillent sans contrat ont peur de tout perdre en réclamant. Ce qui
les décide, c'est le collectif : quand trois collègues saisissent les prud'hommes ensemble,
personne n'est seul face à l'employeur. »
— juriste d'une permanence d'accès aux droits
"""),
("paroles-chef-service-nomme", """
## Paroles de praticiens
« Dans notre équipe, on a arrêté de dire "il refuse". On écrit ce qui a été proposé, ce qui
a été dit, et on cherche ce qui n'allait pas dans la proposition. »
— Olivier Ba, chef de service en CHRS, relecteur de la fiche
"""),
("paroles-fugue", """
## Paroles de praticiens
« Quand un jeune revient de fugue à sept heures du matin, ce n'est pas le moment de le
questionner. Il a besoin d'un lit et d'un petit-déjeuner. Le reste viendra, et il viendra
mieux si on ne l'a pas accueilli par un interrogatoire. »
— éducateur de nuit en MECS
"""),
("paroles-ehpad-entree", """
## Paroles de praticiens
« L'entrée en EHPAD, pour beaucoup, c'est un déménagement qu'ils n'ont pas choisi. Quand
c'est possible, on organise une dernière visite du domicile avec la personne avant qu'il
soit vidé. Ça ne prend qu'un après-midi, et ça change tout. »
— assistante sociale d'un centre hospitalier gériatrique
"""),
("paroles-pair-aidance-generique", """
## Paroles de praticiens
« Les médiateurs pairs ne sont pas des "ex-usagers utiles". Ce sont des collègues, avec une
compétence que nous n'avons pas. Dans notre équipe, leur avis compte autant que celui du
psychiatre dans les réunions de situation. »
— coordinatrice d'un programme Un chez-soi d'abord
"""),
# ---------------------------------------------------------------- Points de vigilance
("vigilance-autorite-parentale", """
## Points de vigilance
- Vérifier qui détient l'autorité parentale avant toute sortie ou tout acte non usuel ; la
  copie du jugement doit figurer au dossier.
- Informer l'école des seules décisions qui la concernent (droits de visite, personnes
  autorisées à venir chercher l'enfant), sans détailler la situation.
- Article 371-1 du code civil : l'autorité parentale appartient aux parents jusqu'à la
  majorité ou l'émancipation de l'enfant.
"""),
("vigilance-ecrits-juge", """
## Points de vigilance
- Un seul rédacteur par incident, relu par un second professionnel.
- Distinguer les faits observés, les propos rapportés (entre guillemets) et l'analyse.
- Les parents peuvent consulter le dossier au greffe du tribunal pour enfants : écrire
  en conséquence.
- Ne jamais faire figurer de diagnostic médical dans un rapport éducatif.
"""),
("vigilance-adresse-victime", """
## Points de vigilance
- L'adresse d'une victime relogée ne doit figurer dans aucun écrit accessible à l'autre parent.
- Utiliser l'élection de domicile chez l'avocat ou l'association, ou le dispositif de
  domiciliation prévu pour les victimes.
- Relire chaque rapport en cherchant spécifiquement les éléments de localisation : école,
  médecin, employeur, quartier.
"""),
("vigilance-traduction-auto", """
## Points de vigilance
- Les applications de traduction automatique sont à proscrire pour les sujets sensibles :
  « placement » peut devenir « investissement ».
- Prévoir un interprète professionnel pour tout entretien relatif à une mesure judiciaire.
- Ne jamais faire traduire un enfant pour ses parents.
"""),
("vigilance-telephone-personnel", """
## Points de vigilance
- Ne jamais enregistrer le numéro d'une personne accompagnée dans son téléphone personnel.
- Ne pas donner son numéro personnel, même « en cas d'urgence » : orienter vers l'astreinte
  du service, le 115 ou le 119 selon la situation.
- Supprimer du téléphone de service les messages une fois reportés dans le dossier.
"""),
("vigilance-nir", """
## Points de vigilance
- Le numéro de sécurité sociale (NIR) ne doit apparaître que dans les documents qui l'exigent
  (CPAM, MDPH, caisses de retraite).
- Vérifier les modèles d'impression du logiciel : certains l'ajoutent automatiquement en
  en-tête.
- Le NIR n'a rien à faire dans un rapport au juge ni dans une note à l'école.
"""),
("vigilance-hospitalisation-logement", """
## Points de vigilance
- Pendant une hospitalisation longue, le loyer continue de courir : contacter le bailleur,
  la CAF et, le cas échéant, le mandataire dès les premiers jours.
- Les aides au logement peuvent être maintenues sous conditions pendant une absence
  temporaire du logement.
- Prévoir qui s'occupe du courrier et des animaux.
"""),
("vigilance-convocation-vif", """
## Points de vigilance
- Ne jamais convoquer ensemble la victime et l'auteur présumé, même « pour apaiser ».
- Vérifier l'adresse de correspondance choisie par la personne avant tout envoi : le
  domicile conjugal n'est pas une adresse sûre.
- Proposer systématiquement le 3919 et l'association spécialisée du territoire.
"""),
("vigilance-delais-recours", """
## Points de vigilance
- En matière d'éloignement, les délais de recours sont très courts (parfois 48 heures) :
  noter l'heure exacte de notification.
- Orienter immédiatement vers la permanence juridique ou l'association présente en centre
  de rétention.
- Conserver une copie de chaque document remis à la personne.
"""),
("vigilance-photos-reseaux", """
## Points de vigilance
- Aucune photo d'enfant accueilli sur les réseaux sociaux du service, même de dos, sans
  autorisation écrite des titulaires de l'autorité parentale et accord du service gardien.
- Les visages des personnes accompagnées sont floutés dans les fiches Relier.
- Les légendes ne mentionnent ni prénom, ni âge, ni lieu précis.
"""),
("vigilance-pieces-jointes", """
## Points de vigilance
- Avant de joindre un exemple réel à une fiche, le remplacer par un exemple reconstruit.
- Vérifier les métadonnées des fichiers (auteur, titre du document, commentaires).
- Renommer les fichiers : « rapport-exemple-anonymise.pdf » plutôt que le nom de la
  famille.
"""),
("vigilance-objet-courriel", """
## Points de vigilance
- L'objet d'un courriel circule partout : il doit rester neutre (« Demande d'information —
  réponse souhaitée avant vendredi »).
- Pas de nom, pas de numéro de dossier, pas de motif dans l'objet.
- Utiliser la messagerie sécurisée de santé (MSSanté) pour les informations médicales.
"""),
# ---------------------------------------------------------------- Exemple (anonymisé / fictif)
("exemple-cas-fictif-annonce", """
## Exemple (situation fictive, construite pour la formation)
« Yasmine », 16 ans, est accueillie en foyer depuis six mois. Elle ne va plus au lycée et
passe ses nuits dehors. L'équipe hésite entre une réponse disciplinaire et un travail sur
ce qu'elle cherche dehors. Questions pour le groupe : quelles hypothèses ? quels
partenaires ? quelle place pour ses parents ?
"""),
("exemple-anonymise-jeune-majeur", """
## Exemple
Un garçon accueilli en MECS depuis l'âge de 8 ans prépare sa sortie du dispositif. Le
projet d'autonomie commence deux ans avant la majorité : ouverture d'un compte, démarches
CAF, stage en cuisine, puis appartement en semi-autonomie à 17 ans et demi. À 18 ans, un
accompagnement jeune majeur prend le relais.
"""),
("exemple-anonymise-ehpad-chambre", """
## Exemple
Dans l'unité protégée, la chambre est personnalisée avec la famille dès l'entrée : photos,
couvre-lit, petit meuble venu du domicile.

![Chambre personnalisée avec des photos de famille (photo d'illustration, sans résident)](img/chambre-personnalisee.jpg)

Ce travail d'appropriation réduit nettement les déambulations des premières semaines.
"""),
("exemple-planning-anonyme", """
## Exemple de planning hebdomadaire d'un service AEMO

| Jour     | Matin                          | Après-midi               |
|----------|--------------------------------|--------------------------|
| Lundi    | Réunion d'équipe               | Écrits                   |
| Mardi    | Visites à domicile (secteur 2) | Permanence au service    |
| Jeudi    | Audiences au tribunal          | Analyse de la pratique   |
"""),
("exemple-cas-fictif-mme-x", """
## Exemple (cas fictif)
Mme X, mère seule de trois enfants, a perdu son emploi il y a six mois. Le loyer n'est plus
payé depuis trois mois et le bailleur a envoyé un commandement de payer. Étapes proposées :
demande d'aide au FSL, dossier de surendettement, rendez-vous avec le bailleur, vérification
des droits CAF.
"""),
("exemple-transmission-anonyme", """
## Exemple de transmission bien rédigée
Accueil de jour, 9 h : une femme arrivée la veille d'Afrique de l'Ouest via l'Espagne a
dormi à la gare. Orientée vers l'accueil de jour femmes et vers la permanence juridique du
jeudi. Suite : faire le lien avec l'équipe de l'après-midi pour la douche et la bagagerie.
"""),
("exemple-extrait-jugement-masque", """
## Exemple d'extrait de jugement (données masquées)
« Ordonnons le placement du mineur [PRÉNOM NOM], né le [JJ/MM/AAAA], auprès du service de
l'aide sociale à l'enfance pour une durée de un an. Accordons au père un droit de visite
médiatisé, une fois par mois. »
Repérer : la durée, le service gardien, les droits de visite, la prochaine échéance.
"""),
("exemple-trame-admission", """
## Exemple de trame de fiche d'admission
```yaml
admission:
  nom: ""
  prenom: ""
  date_naissance: "JJ/MM/AAAA"
  telephone: "0X XX XX XX XX"
  numero_allocataire: "à compléter"
  orienteur: ""
```
"""),
("exemple-courrier-bailleur-modele", """
## Exemple de courrier au bailleur (modèle)
Madame, Monsieur,
Nous accompagnons la locataire du logement situé [adresse], qui rencontre des difficultés
de paiement depuis la perte de son emploi. Un dossier FSL est en cours ; nous sollicitons la
suspension de la procédure dans l'attente de la décision de la commission.
Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
"""),
("exemple-genogramme-anonyme", """
## Exemple de génogramme commenté
Trois générations vivent sous le même toit : une arrière-grand-mère de plus de 80 ans, sa
fille et deux petits-enfants d'âge scolaire. Le génogramme a permis de voir que toutes les
décisions passaient par la personne la plus âgée, ce qui a réorienté le travail avec la
famille.
"""),
("exemple-message-anonymise", """
## Exemple de message reçu (anonymisé)
> « Bonjour c'est la maman de [prénom], je pourrai pas venir jeudi, il a de la fièvre, on
> peut décaler ? »
Réponse faite le lendemain matin, proposition d'un nouveau créneau, trace dans le dossier.
Les messages reçus sur le téléphone du service sont supprimés une fois reportés.
"""),
("exemple-courrier-cpam-modele", """
## Exemple de courrier à la CPAM (modèle)
Objet : demande de rétablissement des droits
Madame, Monsieur, nous accompagnons une personne dont les droits ont été suspendus à sa
sortie de détention (immatriculation : [NIR]). Nous sollicitons leur réouverture en urgence
et joignons le certificat de levée d'écrou.
"""),
("exemple-note-rapide-correcte", """
## Exemple de note rapide correcte
"rdv 14h ok, apporte papiers caf + avis impo, voir fsl, relance vendredi"
Une note de permanence doit permettre de reprendre le travail, pas d'identifier la
personne : le dossier est dans le logiciel, la note n'en est qu'un pense-bête.
"""),
("exemple-tableau-demarches-anonyme", """
## Exemple de suivi des démarches

| Démarche                   | Qui             | Échéance  | Fait |
|----------------------------|-----------------|-----------|------|
| Demande d'AME              | la personne     | fin mai   | oui  |
| Inscription école          | service         | septembre | non  |
| Rendez-vous PMI            | service         | juin      | non  |
"""),
("exemple-cas-fictif-karim", """
## Exemple (personnage fictif utilisé en formation)
Le cas de « Karim » a été écrit par l'équipe de formation pour travailler la sortie de
détention : 32 ans, trois ans de détention, plus de logement, une fille qu'il ne voit plus.
Les stagiaires construisent le plan de sortie en partant de ce qu'il souhaite, pas de ce
qui est disponible.
"""),
("exemple-rib-masque", """
## Exemple
La demande d'aide financière du FSL doit comporter le RIB du bailleur ou de la personne.
Dans un dossier de décembre, le RIB fourni (FR76 XXXX XXXX XXXX XXXX XXXX XXX) était celui
d'un compte clôturé : la commission a différé le versement d'un mois. Vérifier la date du
RIB avant envoi.
"""),
# ---------------------------------------------------------------- Ressources
("ressources-numeros-ecoute", """
## Ressources
- 119 — Allô Enfance en danger, gratuit, 24 h/24, 7 j/7.
- 3919 — Violences Femmes Info, gratuit et anonyme, 24 h/24.
- 115 — Samu social, hébergement d'urgence.
- 3977 — maltraitance des personnes âgées et des adultes en situation de handicap.
- 3114 — numéro national de prévention du suicide.
"""),
("ressources-addictions", """
## Ressources
- Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit).
- Alcool Info Service : 0 980 980 930.
- Joueurs Info Service : 09 74 75 13 13.
- Tabac Info Service : 39 89.
- Annuaire des CSAPA et CAARUD sur le site de Drogues Info Service.
"""),
("ressources-adresses-institutions", """
## Ressources
- Défenseur des droits : saisine en ligne ou par courrier gratuit, Libre réponse 71120,
  75342 Paris Cedex 07.
- CNIL : 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, pour les questions sur
  l'accès aux dossiers.
- Délégués du Défenseur des droits : permanences dans les points d'accès au droit.
"""),
("ressources-numeros-organismes", """
## Ressources
- CAF : 3230 (service gratuit + prix de l'appel).
- Assurance maladie : 3646.
- France Travail : 3949.
- Allô Service public : 39 39.
- Assurance retraite : 3960.
"""),
("ressources-harcelement", """
## Ressources
- 3018 — cyberharcèlement et violences numériques (association e-Enfance), gratuit.
- 3020 — harcèlement scolaire.
- 116 006 — aide aux victimes (France Victimes), 7 j/7.
- 0 800 05 95 95 — Viols Femmes Informations (Collectif féministe contre le viol).
"""),
("ressources-sites-officiels", """
## Ressources
- Legifrance : https://www.legifrance.gouv.fr (codes et lois consolidés).
- Service-public.fr : fiches pratiques sur les droits (RSA, AAH, APL).
- Observatoire national de la protection de l'enfance : https://onpe.france-enfance-protegee.fr
- Haute Autorité de santé : https://www.has-sante.fr (recommandations ESSMS).
"""),
("ressources-outils-internes-propres", """
## Ressources
- Modèle de projet personnalisé (DOCX) : `modeles/projet-personnalise-v3.docx`
- Exemple rempli et entièrement reconstruit : `modeles/projet-personnalise-exemple-fictif.pdf`
- Grille d'évaluation des besoins : voir la fiche « Évaluer sans étiqueter ».
- Wiki de l'équipe, rubrique « Trames » : https://wiki.example.net/equipe-aemo/trames
"""),
("ressources-films-formation", """
## Ressources (films utilisés en formation)
- « Les Quatre Cents Coups », François Truffaut, 1959 : Antoine Doinel et le centre
  d'observation pour mineurs.
- « Ma vie de Courgette », Claude Barras, 2016, d'après le roman de Gilles Paris.
- « Pupille », Jeanne Herry, 2018 : l'accouchement sous le secret et l'adoption.
- « Moi, Daniel Blake », Ken Loach, 2016.
"""),
("ressources-films-vif-handicap", """
## Ressources (films)
- « Jusqu'à la garde », Xavier Legrand, 2017 : la violence conjugale vue par l'enfant.
- « Hors normes », Éric Toledano et Olivier Nakache, 2019, inspiré de l'action de Stéphane
  Benhamou et Daoud Tatou auprès de jeunes autistes.
- « Les Invisibles », Louis-Julien Petit, 2019 : un accueil de jour pour femmes.
- « Je verrai toujours vos visages », Jeanne Herry, 2023 : la justice restaurative.
"""),
("ressources-associations-noms", """
## Ressources
- Centre Primo Levi (Paris) : soins et soutien aux personnes victimes de torture.
- Centre Hubertine Auclert : centre francilien pour l'égalité femmes-hommes.
- Fondation Léopold Bellan, Association Olga Spitzer, Association Jean-Cotxet : acteurs
  historiques de la protection de l'enfance et du médico-social.
- La Maison des femmes de Saint-Denis.
"""),
("ressources-formations", """
## Ressources
- Formation « Secret professionnel et partage d'informations », 2 jours, organisme régional.
- MOOC « Travail social et numérique », session de printemps.
- Journées nationales de la prévention spécialisée, chaque année en novembre.
"""),
("ressources-cerfa", """
## Ressources
- Demande à la MDPH : formulaire Cerfa n° 15692*01 et certificat médical associé.
- Demande de logement social : formulaire Cerfa n° 14069, ou dépôt en ligne sur le portail
  national.
- Dossier de surendettement : formulaire disponible sur le site de la Banque de France.
"""),
# ---------------------------------------------------------------- Bibliographie
("biblio-travail-social", """
## Bibliographie
- De Robertis C., Méthodologie de l'intervention en travail social, Bayard, 1981 (rééd.).
- Bouquet B., Éthique et travail social. Une recherche du sens, Dunod, 2003.
- Karsz S., Pourquoi le travail social ? Définition, figures, clinique, Dunod, 2004.
- Fustier P., Le lien d'accompagnement. Entre don et contrat salarial, Dunod, 2000.
"""),
("biblio-protection-enfance", """
## Bibliographie
- Berger M., L'échec de la protection de l'enfance, Dunod, 2003.
- David M., Le placement familial. De la pratique à la théorie, ESF, 1989.
- Lemay M., J'ai mal à ma mère, Fleurus, 1979.
- Sellenet C., La parentalité décryptée, L'Harmattan, 2007.
- Durning P., Éducation familiale, PUF, 1995.
"""),
("biblio-handicap", """
## Bibliographie
- Gardou C., La société inclusive, parlons-en ! Il n'y a pas de vie minuscule, érès, 2012.
- Stiker H.-J., Corps infirmes et sociétés, Aubier, 1982 ; Dunod, rééd.
- Goffman E., Stigmate. Les usages sociaux des handicaps, Minuit, 1975.
- Piveteau D., « Zéro sans solution », rapport, juin 2014.
"""),
("biblio-sans-abri", """
## Bibliographie
- Declerck P., Les Naufragés. Avec les clochards de Paris, Plon, coll. Terre humaine, 2001.
- Damon J., La question SDF, PUF, 2002.
- Castel R., Les métamorphoses de la question sociale, Fayard, 1995.
- Paugam S., La disqualification sociale, PUF, 1991.
- Furtos J., De la précarité à l'auto-exclusion, Éditions Rue d'Ulm, 2009.
"""),
("biblio-exil", """
## Bibliographie
- Moro M.-R., Enfants d'ici venus d'ailleurs, La Découverte, 2002.
- Nathan T., L'influence qui guérit, Odile Jacob, 1994.
- Agier M., Gérer les indésirables, Flammarion, 2008.
- Fassin D., La raison humanitaire, Gallimard/Seuil, 2010.
"""),
("biblio-violences", """
## Bibliographie
- Salmona M., Le livre noir des violences sexuelles, Dunod, 2013.
- Romito P., Un silence de mortes. La violence masculine occultée, Syllepse, 2006.
- Stark E., Coercive Control, Oxford University Press, 2007.
- Durand É., 160 000 enfants. Violences sexuelles et déni social, Gallimard, Tracts, 2024.
"""),
("biblio-vieillissement", """
## Bibliographie
- Gineste Y., Pellissier J., Humanitude. Comprendre la vieillesse, prendre soin des hommes
  vieux, Armand Colin, 2007.
- Feil N., Validation. La méthode de Naomi Feil, Lamarre, rééd.
- Ennuyer B., Repenser le maintien à domicile, Dunod, 2014.
"""),
("biblio-recommandations", """
## Bibliographie
- ANESM, La bientraitance : définition et repères pour la mise en œuvre, juillet 2008.
- ANESM, Les attentes de la personne et le projet personnalisé, décembre 2008.
- ANESM, Le questionnement éthique dans les établissements et services sociaux et
  médico-sociaux, octobre 2010.
- HAS, Cadre national de référence : évaluation globale de la situation des enfants en
  danger ou risque de danger, janvier 2021.
"""),
("biblio-pedagogues", """
## Bibliographie
- Korczak J., Comment aimer un enfant, Robert Laffont, 1978 (trad.).
- Deligny F., Graine de crapule, 1945 ; rééd. Dunod.
- Makarenko A., Poème pédagogique, 1933-1935.
- Itard J., Mémoire et rapport sur Victor de l'Aveyron, 1801 et 1806.
"""),
("biblio-pouvoir-agir", """
## Bibliographie
- Le Bossé Y., Sortir de l'impuissance, Ardis, 2012.
- Freire P., Pédagogie des opprimés, Maspero, 1974.
- Alinsky S., Être radical, Aden, rééd. 2012.
- Honneth A., La lutte pour la reconnaissance, Cerf, 2000.
"""),
("biblio-sante-mentale", """
## Bibliographie
- Winnicott D. W., De la pédiatrie à la psychanalyse, Payot, 1969.
- Oury J., Psychiatrie et psychothérapie institutionnelle, Payot, 1976.
- Laforcade M., Rapport relatif à la santé mentale, octobre 2016.
- Cyrulnik B., Un merveilleux malheur, Odile Jacob, 1999.
"""),
("biblio-temoignage-ouvrage", """
## Bibliographie
- Chauvière M., Trop de gestion tue le social, La Découverte, 2007.
- Rouzel J., Le travail d'éducateur spécialisé, Dunod, 1997.
- Ion J., Le travail social à l'épreuve du territoire, Privat, 1990.
- Autès M., Les paradoxes du travail social, Dunod, 1999.
"""),
# ---------------------------------------------------------------- figures publiques, histoire
("figure-abbe-pierre", """
## Contexte historique
L'appel de l'abbé Pierre sur Radio Luxembourg, le 1er février 1954, pendant un hiver
particulièrement froid, a marqué la naissance d'une mobilisation nationale pour le logement
des plus pauvres. La fondation qui portait son nom a pris en 2025 le nom de Fondation pour le
logement des défavorisés ; son rapport annuel sur l'état du mal-logement reste une référence.
"""),
("figure-coluche-restos", """
## Contexte
Les Restos du cœur ont été lancés par Coluche à l'hiver 1985-1986. Quarante ans plus tard,
l'association distribue chaque année plus de cent millions de repas et développe des
activités d'insertion, d'accès aux droits et d'aide au logement. Les centres de
distribution sont souvent le premier lieu où une famille parle de ses difficultés.
"""),
("figure-wresinski", """
## Contexte
Le père Joseph Wresinski a fondé ATD Quart Monde en 1957 dans le camp de Noisy-le-Grand. Son
rapport au Conseil économique et social, « Grande pauvreté et précarité économique et
sociale » (1987), a inspiré la loi de lutte contre les exclusions. Le 17 octobre est devenu
la Journée mondiale du refus de la misère.
"""),
("figure-de-gaulle-anthonioz", """
## Contexte
Geneviève de Gaulle-Anthonioz, présidente d'ATD Quart Monde de 1964 à 1998, a porté au
Conseil économique et social le rapport qui a conduit à la loi n° 98-657 du 29 juillet 1998
d'orientation relative à la lutte contre les exclusions. Cette loi affirme l'accès de tous
aux droits fondamentaux.
"""),
("figure-simone-veil-1975", """
## Contexte
La loi d'orientation n° 75-534 du 30 juin 1975 en faveur des personnes handicapées, portée
par Simone Veil, alors ministre de la Santé, a posé les bases de l'obligation nationale de
solidarité. Elle a été suivie, trente ans plus tard, par la loi du 11 février 2005.
"""),
("figure-emmanuelli-samu-social", """
## Contexte
Le Samu social de Paris a été créé en 1993 par le docteur Xavier Emmanuelli, sur le modèle
de l'urgence médicale : aller vers les personnes à la rue plutôt que d'attendre qu'elles
viennent. Le modèle des équipes mobiles s'est ensuite étendu à de nombreuses villes.
"""),
("figure-defenseur-droits", """
## Contexte
Claire Hédon, Défenseure des droits depuis 2020, et Éric Delemar, Défenseur des enfants,
rappellent régulièrement dans leurs rapports annuels les atteintes aux droits des enfants
confiés à l'ASE : ruptures de parcours, hébergement inadapté, manque de places en
pédopsychiatrie.
"""),
("figure-ciivise-durand", """
## Contexte
La Commission indépendante sur l'inceste et les violences sexuelles faites aux enfants
(CIIVISE), coprésidée par le juge Édouard Durand, a rendu son rapport en novembre 2023 :
elle estime que 160 000 enfants sont victimes de violences sexuelles chaque année en France
et formule 82 recommandations.
"""),
("figure-maison-des-femmes", """
## Contexte
La Maison des femmes de Saint-Denis, fondée en 2016 par la gynécologue Ghada Hatem, réunit
dans un même lieu soins, accompagnement social, juridique et psychologique pour les femmes
victimes de violences. Le modèle a essaimé dans d'autres hôpitaux.
"""),
("figure-dolto-maison-verte", """
## Contexte
La Maison verte, ouverte à Paris en 1979 à l'initiative de Françoise Dolto, accueille les
enfants de moins de 4 ans avec leurs parents, de façon anonyme et sans inscription. Les
lieux d'accueil enfants-parents (LAEP) qui s'en inspirent sont soutenus par les CAF.
"""),
("figure-halimi-bobigny", """
## Contexte
Le procès de Bobigny, en 1972, où l'avocate Gisèle Halimi défendait une jeune fille
poursuivie pour avoir avorté après un viol, a contribué au débat qui a abouti à la loi Veil
de 1975. Il est souvent étudié en formation sur l'histoire des droits des femmes.
"""),
("figure-ordonnance-1945-cjpm", """
## Contexte
L'ordonnance du 2 février 1945 relative à l'enfance délinquante a affirmé la primauté de
l'éducatif sur le répressif. Elle a été remplacée par le code de la justice pénale des
mineurs, entré en vigueur le 30 septembre 2021, qui prévoit une audience de culpabilité
dans un délai de trois mois.
"""),
# ---------------------------------------------------------------- fiction, littérature
("fiction-litterature-enfance", """
## Exemple (support de formation)
La littérature offre des figures d'enfants placés ou abandonnés qui aident à parler du
placement sans exposer personne : Rémi dans « Sans famille » d'Hector Malot (1878), Cosette
chez les Thénardier dans « Les Misérables », Oliver Twist chez Dickens, ou Poil de Carotte
de Jules Renard.
"""),
("fiction-la-vie-devant-soi", """
## Exemple (atelier lecture en foyer)
Le roman « La Vie devant soi » de Romain Gary (publié sous le nom d'Émile Ajar, 1975) a été
lu avec un groupe de jeunes : Momo, élevé par Madame Rosa dans un immeuble de Belleville, a
ouvert une discussion inattendue sur les personnes qui élèvent les enfants des autres.
"""),
("fiction-mommy", """
## Exemple (ciné-débat)
Dans « Mommy » (Xavier Dolan, 2014), Diane élève seule son fils Steve, adolescent au
comportement très difficile, dans un Québec où une loi fictive permet de placer un enfant
sur simple demande parentale. Le film sert de point de départ à un débat sur le répit des
parents.
"""),
("fiction-persepolis", """
## Ressources pour les groupes d'adolescents
- « Persepolis », Marjane Satrapi : l'exil et l'adolescence, en bande dessinée.
- « Le Petit Prince », Antoine de Saint-Exupéry : support pour parler de l'attachement.
- « Wonder », R. J. Palacio : la différence à l'école, autour du personnage d'Auggie.
"""),
("fiction-cas-pedagogique-prenoms", """
## Exemple (cas pédagogique, personnages inventés)
Les prénoms de ce cas sont fictifs et choisis dans la liste des prénoms les plus donnés en
France : « Emma », 9 ans, et son frère « Gabriel », 6 ans, sont confiés à une assistante
familiale. Travail demandé : rédiger le projet pour l'enfant de chacun.
"""),
# ---------------------------------------------------------------- prénoms-noms communs, lieux
("prenoms-noms-communs-debut", """
## Points de vigilance
Patience, constance et régularité : ce sont les trois mots que les équipes de rue
reviennent toujours à citer. Prudence aussi avec les promesses que l'on ne pourra pas
tenir. Victoire modeste, mais victoire : accepter un café est déjà un pas.
"""),
("prenoms-fleurs-unites", """
## Contexte
Capucine, Glycine et Lilas : les trois unités de l'EHPAD portent des noms de fleurs, plus
faciles à retenir pour les résidents que les numéros d'étage. Rose, la couleur de l'unité
protégée, est reprise sur les portes et les rampes pour faciliter l'orientation.
"""),
("prenoms-aurore-association", """
## Ressources
Aurore, association reconnue d'utilité publique fondée en 1871, gère des centres
d'hébergement, des pensions de famille et des dispositifs de soins en Île-de-France et en
région. Emmaüs Solidarité et l'Armée du Salut sont également présentes sur la plupart des
dispositifs hivernaux.
"""),
("prenoms-grace-esperance", """
## Contexte
Grâce aux nouvelles modalités de financement, le service a pu recruter une médiatrice.
Espérance de vie, santé, isolement : les indicateurs de la précarité se cumulent chez les
personnes vivant à la rue, dont l'âge moyen au décès reste d'environ 49 ans selon le
collectif Les Morts de la rue.
"""),
("lieux-migrations", """
## Contexte
De Lampedusa à Calais, en passant par Vintimille et le col de Montgenèvre au-dessus de
Briançon, les routes migratoires traversent des territoires où des associations locales
assurent l'accueil d'urgence. Les jeunes qui arrivent à Paris ont souvent transité par
plusieurs de ces lieux.
"""),
("lieux-saints-villes", """
## Contexte
Le dispositif est déployé sur trois communes : Saint-Denis, Saint-Martin-d'Hères et
Sainte-Geneviève-des-Bois. Chaque antenne est installée dans un centre social de quartier
et travaille avec le CCAS et la PMI de la commune.
"""),
("rues-institutions", """
## Contexte
Les arbitrages budgétaires se font avenue de Ségur et place Beauvau autant que dans les
départements. À Paris, la Cité de refuge de l'Armée du Salut, rue Cantagrel, conçue par Le
Corbusier, accueille toujours des personnes sans domicile.
"""),
("institutions-hopitaux-noms", """
## Ressources
- Maison de Solenn – Maison des adolescents de l'hôpital Cochin.
- Hôpital Necker-Enfants malades et hôpital Robert-Debré : consultations spécialisées.
- Centre hospitalier Charles-Perrens (Bordeaux) et CHU Guillaume-Régnier (Rennes) :
  équipes mobiles psychiatrie précarité.
"""),
("institutions-salles-noms", """
## Déroulé de la journée départementale
- 9 h : accueil en salle Simone-Veil.
- 10 h : table ronde « Sortir de l'ASE à 18 ans » à l'espace Nelson-Mandela.
- 14 h : ateliers au collège Jean-Moulin et à la médiathèque Louise-Michel.
- 16 h 30 : clôture par la vice-présidente chargée de l'enfance.
"""),
("institutions-lois-noms", """
## Contexte
Plusieurs lois sont désignées par le nom de leur rapporteur ou ministre : loi Besson
(n° 90-449 du 31 mai 1990) sur le droit au logement, loi Kouchner (n° 2002-303 du 4 mars
2002) sur les droits des malades, loi Claeys-Leonetti (n° 2016-87 du 2 février 2016) sur la
fin de vie, loi Taquet de 2022 sur la protection des enfants.
"""),
("institutions-ministere-adresse", """
## Ressources
Les textes sont publiés au Journal officiel et sur le site du ministère chargé des
solidarités, 14 avenue Duquesne, 75350 Paris 07 SP. Les circulaires sont consultables sur
le site circulaires.legifrance.gouv.fr ; la circulaire du 25 janvier 2016 sur les mineurs
privés de la protection de leur famille y figure.
"""),
# ---------------------------------------------------------------- statistiques, dates, âges
("stats-feminicides", """
## Contexte
Selon l'étude nationale du ministère de l'Intérieur sur les morts violentes au sein du
couple, 118 femmes ont été tuées par leur partenaire ou ex-partenaire en 2022. Dans une
part importante des cas, des violences antérieures étaient connues des forces de l'ordre.
"""),
("stats-ase", """
## Contexte
Selon la DREES, près de 380 000 mesures d'aide sociale à l'enfance étaient en cours fin
2022, dont un peu plus de la moitié de mesures de placement. Les jeunes majeurs de 18 à 20
ans représentent environ un dixième des personnes accompagnées.
"""),
("stats-rsa-montant", """
## Contexte
Au 1er avril 2024, le montant forfaitaire du RSA pour une personne seule sans enfant était
d'environ 635 € par mois, avant déduction du forfait logement. Près de 1,9 million de foyers
en bénéficient. Le taux de non-recours est estimé à environ un tiers des foyers éligibles.
"""),
("dates-journees-mondiales", """
## Ressources (calendrier des journées utiles)
- 10 octobre : Journée mondiale de la santé mentale.
- 17 octobre : Journée mondiale du refus de la misère.
- 20 novembre : Journée internationale des droits de l'enfant (Convention adoptée le
  20 novembre 1989).
- 25 novembre : Journée internationale pour l'élimination de la violence à l'égard des femmes.
- 3 décembre : Journée internationale des personnes handicapées.
"""),
("ages-generaux", """
## Contexte
La majorité des mineurs non accompagnés évalués ont entre 15 et 17 ans. Les enfants de moins
de 3 ans relèvent en priorité de la PMI, les plus de 60 ans de l'APA, et l'AAH peut être
demandée à partir de 20 ans (16 ans si le jeune n'est plus à la charge de ses parents).
"""),
("dates-version-fiche", """
## Historique de la fiche
- Version 1 du 04/05/2024 : rédaction initiale par l'équipe AEMO.
- Version 2 du 12/11/2025 : ajout du paragraphe sur le code de la justice pénale des mineurs.
- Version 3 du 30/09/2026 : relecture par le comité éditorial, ajout des ressources.
"""),
("dates-mois-debut", """
## Déroulé sur l'année
Mai : préparation des séjours d'été avec les jeunes. Juin : inscriptions et autorisations.
Juillet et août : séjours et accueils de loisirs. Septembre : bilan avec les familles et
reprise des ateliers. Décembre : fête de fin d'année au centre social.
"""),
# ---------------------------------------------------------------- identifiants d'institutions
("ids-etablissement", """
## Ressources
Fiche d'identité de l'établissement (données publiques) :
- N° FINESS : 690781234
- SIRET de l'association gestionnaire : 775 612 349 00027
- Code APE : 8790B (hébergement social pour enfants en difficulté)
- Numéro RNA : W691234567
"""),
("ids-agrement-esus", """
## Contexte
L'entreprise d'insertion qui porte le chantier bénéficie de l'agrément ESUS et d'un
conventionnement IAE pour 12 ETP en insertion. L'autorisation de l'établissement a été
renouvelée pour quinze ans par arrêté du président du conseil départemental du
14 septembre 2023.
"""),
("ids-article-codes", """
## Contexte
Références utiles : article 375 du code civil (assistance éducative), article L. 112-3 du
CASF (définition de la protection de l'enfance), articles L. 226-3 et L. 226-4 (CRIP et
saisine du procureur), article 226-14 du code pénal (levée du secret), article 434-3 du code
pénal (non-dénonciation de mauvais traitements).
"""),
# ---------------------------------------------------------------- glossaire, sigles
("glossaire-sigles", """
## Glossaire
- AEMO : action éducative en milieu ouvert.
- MECS : maison d'enfants à caractère social.
- CADA, HUDA, CAES, PRAHDA : dispositifs d'hébergement des demandeurs d'asile.
- SIAO : service intégré d'accueil et d'orientation.
- SPIP : service pénitentiaire d'insertion et de probation.
"""),
("glossaire-majuscules", """
## Glossaire
MDPH — CDAPH — PCH — AAH — RQTH : le parcours d'une demande de compensation du handicap
passe par ces sigles. La CDAPH (commission des droits et de l'autonomie des personnes
handicapées) décide ; la MDPH instruit. La RQTH ouvre l'accès aux dispositifs d'emploi
accompagné.
"""),
("glossaire-civilites", """
## Déroulé de l'audience
Madame la juge ou Monsieur le juge ouvre l'audience et rappelle l'objet. Le procureur peut
être présent. Le greffier prend note. Monsieur le directeur du service gardien ou son
représentant présente le rapport, puis les parents et le mineur sont entendus.
"""),
("citations-figures", """
## Pour ouvrir une formation
« Ouvrez une école, vous fermerez une prison », formule souvent attribuée à Victor Hugo.
« L'éducation est l'arme la plus puissante pour changer le monde » (Nelson Mandela).
Ces phrases sont des points de départ, pas des arguments : on en discute les limites.
"""),
("methodes-noms-personnes", """
## Ressources (approches citées)
- Méthode Montessori et pédagogie Freinet pour les ateliers d'éveil.
- Approche centrée sur la personne de Carl Rogers pour l'entretien.
- Théorie de l'attachement de John Bowlby et Mary Ainsworth.
- Approche Snoezelen en IME et en unité protégée.
- Programme TEACCH pour les personnes autistes.
"""),
("fiche-signature-auteur", """
## À propos de cette fiche
Fiche rédigée par Claire Dubois, éducatrice spécialisée en service d'AEMO, et relue par
Marc Lefèvre, chef de service, puis par le comité éditorial de Relier le 12 mai 2026. Les
situations évoquées ont été modifiées pour qu'aucune personne ne puisse être reconnue.
"""),
("contact-fiche-formulaire", """
## Contribuer
Vous avez une remarque ou un exemple à proposer ? Utilisez le formulaire de contribution du
site : les propositions sont relues par deux membres du comité éditorial. Merci de ne
jamais envoyer de nom, de date de naissance ou de numéro de dossier d'une personne
accompagnée.
"""),
("urgences-numeros", """
## Ressources (urgences)
- 15 : SAMU ; 17 : police-secours ; 18 : pompiers ; 112 : numéro d'urgence européen.
- 114 : numéro d'urgence par SMS pour les personnes sourdes, malentendantes ou ayant des
  difficultés à parler.
- En cas de danger immédiat pour un enfant : 17 ou 112, puis information de la CRIP.
"""),
("placeholders-tableau", """
## Exemple de tableau de suivi à compléter

| Personne      | Né(e) le     | Téléphone        | N° dossier |
|---------------|--------------|------------------|------------|
| [Initiales]   | __/__/____   | 0X XX XX XX XX   | [n°]       |
| [Initiales]   | __/__/____   | 0X XX XX XX XX   | [n°]       |
"""),
("transmission-nuit-anonyme", """
## Exemple de cahier de nuit bien tenu
- 23 h 00 : tour des chambres, tout le monde est rentré.
- 02 h 15 : un jeune du 2e étage se lève, dit qu'il n'arrive pas à dormir ; discussion dans
  la cuisine autour d'une tisane, retour en chambre à 2 h 50.
- 06 h 30 : réveil des lycéens.
Noter les faits, pas les interprétations.
"""),
("maraude-journal-anonyme", """
## Déroulé de la maraude
Extrait type du cahier de liaison :
- 21 h 40, gare routière : un homme d'une cinquantaine d'années, accepte un duvet et un
  café, refuse le 115 ce soir.
- 22 h 15 : passage au square, personne.
Toujours noter l'heure, le lieu et ce qui a été proposé.
"""),
("exemple-capture-iban-floue", """
## Exemple
Pour montrer aux personnes où trouver leur IBAN dans l'application bancaire, nous avons
utilisé une capture d'écran d'un compte de démonstration, chiffres masqués.

![Capture de l'application bancaire de démonstration, IBAN masqué](img/capture-iban-demo.png)
"""),
("ressources-url-publiques", """
## Sources
- https://www.service-public.fr/particuliers/vosdroits/N19808
- https://www.has-sante.fr/jcms/c_2833690/fr/
- https://drees.solidarites-sante.gouv.fr/publications
- https://www.cnape.fr
"""),
]

DEBATABLE = [
("initiale-age-petite-commune", """
## Exemple
Mme K., 43 ans, vivant seule dans une commune de 800 habitants du Cantal, n'a plus de
médecin traitant depuis le départ en retraite du seul généraliste du village.
""", "Initiale seule, mais âge + petite commune + situation peuvent suffire à ré-identifier."),
("prenom-seul-non-annonce", """
## Retour d'expérience
Léa nous a dit un soir qu'elle ne voulait plus aller chez son père le week-end. L'équipe a
pris le temps de l'écouter avant d'en parler au juge.
""", "Prénom seul, sans dire s'il s'agit d'un pseudonyme : très fréquent, risque faible mais réel."),
("collegue-nomme-journal", """
## Exemple de transmission
Relais de nuit assuré par Julien (veilleur) ; la cheffe de service Anne est d'astreinte
jusqu'à 8 h. Aucun incident à signaler.
""", "Prénoms de professionnels, pas de personnes accompagnées : hors du secret, mais données personnelles de salariés."),
("pair-aidant-consentement", """
## Paroles de personnes concernées
« Je suis passé par la rue pendant six ans. Aujourd'hui je travaille dans l'équipe. »
— Farid, médiateur pair, témoignage reproduit avec son accord.
""", "Ancien usager devenu professionnel, nommé par son prénom avec consentement."),
("affaire-mediatique", """
## Contexte
L'affaire Marina, du nom de la fillette de 8 ans morte en 2009 sous les coups de ses parents,
a conduit à plusieurs rapports sur les défaillances du repérage en protection de l'enfance.
""", "Enfant victime nommée, mais affaire publique largement médiatisée et citée dans les rapports officiels."),
("portable-astreinte-pro", """
## Ressources
Éducatrice d'astreinte le week-end : 06 39 98 77 00 (téléphone de service, à ne pas
diffuser aux familles).
""", "Numéro de téléphone d'un service, porté par une professionnelle : ni public ni personne accompagnée."),
("iban-partiel", """
## Exemple
Le virement de l'aide a été fait sur le compte se terminant par …4512, confirmé par la
personne le lendemain.
""", "Fragment d'IBAN non identifiant seul, mais c'est bien une donnée bancaire."),
("date-evenement-sans-nom", """
## Contexte
Le 12 mars 2024, un enfant de 4 ans a été placé en urgence sur ordonnance du parquet de
Créteil après une hospitalisation aux urgences pédiatriques.
""", "Aucun nom, mais date précise + âge + juridiction peuvent ré-identifier la situation."),
("adresse-centre-confidentiel", """
## Ressources
Le centre d'hébergement pour femmes victimes de violences est situé 18 rue des Marronniers ;
l'adresse ne doit être communiquée qu'aux partenaires.
""", "Adresse d'une institution (non personnelle) mais confidentielle par nature, pour protéger les résidentes."),
("jurisprudence-cedh", """
## Bibliographie
CEDH, Rantsev c. Chypre et Russie, 7 janvier 2010, requête n° 25965/04 : la traite des êtres
humains entre dans le champ de l'article 4 de la Convention.
""", "Nom du requérant et numéro de requête, mais décision publique et publiée."),
("surnom-seul", """
## Exemple de note de maraude
« Le Grand » est repassé au camion ce soir, il a pris un café et deux sandwichs, il dit que
ça va mieux depuis qu'il a un duvet neuf.
""", "Surnom de rue seul : identifiant pour l'équipe et le quartier, mais pas un nom civil."),
("photo-accord-signe", """
## Exemple
![Atelier peinture : visages floutés, sauf la jeune fille au premier plan (autorisation signée)](img/atelier-peinture.jpg)
""", "Image d'une personne accompagnée reconnaissable, avec autorisation : pas de nom, mais un visage."),
("auteur-temoignage-ase-public", """
## Bibliographie
- Louffok L., Dans l'enfer des foyers, Flammarion, 2014 : témoignage d'un ancien enfant placé
  devenu militant des droits des enfants protégés.
""", "Personne anciennement accompagnée, mais auteur public d'un livre témoignage."),
("mail-fonctionnel-service", """
## Ressources
Pour transmettre une information préoccupante : crip@departement.example.org (boîte
fonctionnelle de la CRIP, consultée par plusieurs agents).
""", "Courriel institutionnel fonctionnel, pas celui d'une personne."),
("annee-naissance-seule", """
## Exemple
Une résidente née en 1931, entrée à l'EHPAD après le décès de son mari, a demandé à garder
son chat : le conseil de la vie sociale a modifié le règlement de fonctionnement.
""", "Année de naissance seule, sans nom : très faiblement identifiant, mais c'est une donnée de naissance."),
("numero-chambre-seul", """
## Exemple de transmission
Chambre 12 : a refusé le petit-déjeuner, à revoir avec l'infirmière en fin de matinée.
""", "Numéro de chambre sans établissement : identifiant interne, localisation non exploitable de l'extérieur."),
("dossier-partiel", """
## Points de vigilance
Dans le dernier courrier, seuls les trois derniers chiffres du numéro allocataire (…678)
ont été indiqués, comme le recommande la CAF pour les échanges non sécurisés.
""", "Fragment de numéro de dossier, volontairement tronqué."),
]

FLAG = [(k, c, t.strip("\n")) for k, c, t in FLAG]
CLEAN = [(k, t.strip("\n")) for k, t in CLEAN]
DEBATABLE = [(k, t.strip("\n"), w) for k, t, w in DEBATABLE]
