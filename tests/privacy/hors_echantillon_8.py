# -*- coding: utf-8 -*-
"""Jeu d'évaluation hors échantillon n° 8 — détecteur de données personnelles de Relier.

Écrit le 2026-12-07 par un assistant qui n'a vu ni le détecteur, ni ses cas de test, ni les
autres jeux hors échantillon. Tous les textes ont été rédigés de mémoire, à partir de la
connaissance des pratiques françaises du travail social.

Accent de ce jeu : des textes LONGS. Environ 30 % des textes FLAG et CLEAN font 6 à 15 lignes :
une section entière de fiche pratique (titre Markdown, bloc YAML de tête à plusieurs clés,
section « Vignette » ou « Exemple », tableau de contacts, bibliographie, compte rendu de
réunion), où la donnée personnelle, quand il y en a une, n'est qu'UN détail noyé dans un contenu
ordinaire. Publics : petite enfance et PMI, protection de l'enfance administrative (CRIP, IP,
AED, TISF), handicap de l'enfant (CAMSP, SESSAD, ITEP/DITEP, AESH, PPS), jeunes majeurs, santé
mentale des jeunes (MDA, CMP, PAEJ), aide alimentaire, accès aux droits (PASS, CSS, AME,
domiciliation), mandataires judiciaires.

Conventions :
- FLAG = [(kind, code, texte), ...] : textes qui DOIVENT être signalés, car ils contiennent au
  moins une donnée personnelle sur une personne accompagnée. `code` indique la donnée visée :
  donnee-nom, donnee-naissance, donnee-adresse, donnee-telephone, donnee-courriel, donnee-nir,
  donnee-iban, donnee-dossier. Un texte peut contenir d'autres données que celle du code.
- CLEAN = [(kind, texte), ...] : contenu ordinaire d'une fiche pratique, qui NE DOIT PAS être
  signalé (auteurs cités, personnalités publiques avec leur fonction, lieux, services et
  associations portant un nom de personne, lois et décrets, statistiques, numéros d'écoute
  publics, personnages de fiction, prénoms employés comme noms communs, vignettes correctement
  anonymisées, modèles à trous).
- DEBATABLE = [(kind, texte, pourquoi), ...] : cas ambigus, tenus hors des deux listes et à ne
  pas compter dans la mesure.

Tout ce qui concerne des personnes accompagnées est FICTIF : téléphones dans les tranches
réservées à la fiction (01 99 00, 02 61 91, 06 39 98, 07 00 00), courriels sur example.org,
example.com ou example.net, NIR et IBAN inventés (clés calculées pour paraître réalistes).

À n'utiliser qu'une seule fois, pour une mesure finale — pas pour régler le détecteur.
"""

import textwrap


def _t(s):
    """Retire l'indentation commune et les lignes vides de début et de fin."""
    return textwrap.dedent(s).strip("\n")


FLAG = [
    # ------------------------------------------------------------------ donnee-nom
    ("nom-synthese-echeance-ase", "donnee-nom", _t("""
        ## Synthèse de situation — rapport d'échéance

        **Contexte** : mesure de placement confiée à l'ASE depuis dix-huit mois, renouvellement
        à examiner à l'audience de mars.

        Depuis son arrivée sur le lieu d'accueil, Kenza BELHADJ a investi sa scolarité en 5e et
        participe au club théâtre du collège. Les visites médiatisées avec sa mère se déroulent
        une semaine sur deux dans les locaux du service.

        **Évolution** : apaisement des crises, reprise progressive du lien avec la fratrie.
        **Proposition** : renouvellement pour un an, élargissement des droits de visite.
        """)),
    ("nom-ip-ecole-crip", "donnee-nom", _t("""
        Objet : information préoccupante — transmission à la CRIP

        Madame, Monsieur,
        L'équipe éducative de l'école élémentaire Jules-Ferry souhaite vous faire part de son
        inquiétude concernant l'élève Ilyes Haddad-Morel, scolarisé en CE2.
        Depuis la rentrée de novembre, il arrive régulièrement sans avoir mangé, porte les mêmes
        vêtements plusieurs jours de suite et s'endort en classe.
        Lors d'un échange avec l'infirmière scolaire, il a évoqué des disputes violentes à la maison.
        Les parents, reçus le 14 novembre, n'ont pas souhaité donner suite à l'orientation vers le CMP.
        Nous restons à votre disposition pour tout complément.
        La directrice
        """)),
    ("nom-aed-fin-mesure-titre", "donnee-nom",
     "Rapport de fin de mesure AED — famille SANTOS DA SILVA (3 enfants). Objectifs du DIPC atteints, "
     "pas de nouvelle demande de la famille, fin de l'accompagnement au 30 juin."),
    ("nom-tisf-cahier-liaison", "donnee-nom",
     "mardi 9h-12h chez Mme Kowalczyk : aide au bain de Noé, courses avec madame au Lidl, point budget "
     "(reste 42 € jusqu'au 5). Le bébé a bien pris ses biberons, maman plus détendue."),
    ("nom-pmi-consultation-nourrisson", "donnee-nom",
     "Consultation PMI du 12/03 — Lina Ouedraogo, 4 mois, 6,2 kg, vaccins à jour. Mère fatiguée, "
     "allaitement difficile : orientation vers la sage-femme de PMI et la puéricultrice en VAD."),
    ("nom-camsp-compte-rendu-bilan", "donnee-nom", _t("""
        ### Exemple : compte rendu de bilan pluridisciplinaire au CAMSP

        Un bilan au CAMSP réunit en général le pédiatre, la psychomotricienne, l'orthophoniste
        et la psychologue. Il se termine par une restitution aux parents.

        > Timéo Lefebvre-Nguyen, 3 ans et 2 mois, adressé par la PMI pour retard de langage.
        > Bon contact visuel, jeu symbolique pauvre, compréhension des consignes simples.
        > Proposition : prise en charge en psychomotricité hebdomadaire et guidance parentale.

        La restitution se fait toujours avant l'envoi de tout écrit à l'école ou à la MDPH.
        """)),
    ("nom-sessad-projet-individualise", "donnee-nom",
     "Projet individualisé SESSAD 2025-2026 : Rayan Messaoudi (TSA, CM2). Axes : autonomie dans les "
     "transports, habiletés sociales en petit groupe, préparation de l'entrée en 6e avec l'ULIS collège."),
    ("nom-ditep-notification", "donnee-nom",
     "La CDAPH a notifié une orientation DITEP en accueil de jour pour le jeune Kylian VERHAEGHE ; "
     "admission prévue après la commission d'admission du 21 janvier, période d'observation de 6 semaines."),
    ("nom-aesh-emploi-du-temps", "donnee-nom", _t("""
        | Jour | Créneau | AESH | Élève accompagné |
        |------|---------|------|------------------|
        | Lundi | 8h30-11h30 | AESH mutualisée (PIAL Nord) | Sacha Bonneau |
        | Mardi | 13h30-16h30 | AESH mutualisée (PIAL Nord) | Sacha Bonneau |
        | Jeudi | 8h30-11h30 | AESH mutualisée (PIAL Nord) | — |
        """)),
    ("nom-pps-geva-sco", "donnee-nom", _t("""
        ## GEVA-Sco — première demande

        - Établissement : collège Simone-Veil, classe de 6e B
        - Élève : Aïcha DIAKITÉ
        - Aménagements en place : tiers-temps, textes agrandis (police 16), place près du tableau
        - Matériel pédagogique adapté demandé : ordinateur portable avec logiciel de synthèse vocale
        - Avis de l'équipe de suivi de la scolarisation : favorable à une aide humaine mutualisée

        Le GEVA-Sco est rempli en équipe éducative puis transmis à la MDPH par l'enseignant
        référent, avec l'accord de la famille.
        """)),
    ("nom-contrat-jeune-majeur", "donnee-nom", _t("""
        ## Contrat d'accompagnement jeune majeur — extrait

        Entre le département, représenté par l'inspectrice de l'ASE, et Moussa Camara,
        jeune majeur de 18 ans, il est convenu ce qui suit :

        - Objectif 1 : obtenir le CAP boulanger en juin (apprentissage en 2e année).
        - Objectif 2 : ouvrir un compte bancaire et gérer un budget mensuel.
        - Objectif 3 : préparer une demande de logement en résidence sociale.

        Moyens : hébergement en FJT, allocation mensuelle, rencontre avec l'éducateur tous
        les quinze jours. Durée : six mois, renouvelable après bilan.
        """)),
    ("nom-mda-premier-accueil", "donnee-nom", _t("""
        ### Accueil sans rendez-vous à la MDA : ce qu'on note

        L'accueillant note le minimum : âge, motif exprimé, orientation proposée.

        Exemple de note relevée dans le cahier d'accueil :
        « Lou-Anne Marchetti, 15 ans, venue avec une amie. Scarifications depuis l'été.
        Ne veut pas que ses parents soient prévenus pour l'instant. Revoir jeudi avec
        la psychologue. »

        En cas de danger, la confidentialité cède devant la protection : le jeune en est
        informé dès le premier entretien.
        """)),
    ("nom-cmp-liste-attente", "donnee-nom", _t("""
        Liste d'attente CMP enfants (secteur 3) au 1er octobre :
        1. Nathan Girard, 7 ans — troubles du comportement, demande école
        2. Maëlys Duhamel, 10 ans — anxiété scolaire, demande médecin traitant
        3. Ethan Boucher, 5 ans — mutisme sélectif, demande PMI
        Délai moyen estimé : 9 mois.
        """)),
    ("nom-paej-permanence", "donnee-nom",
     "Permanence PAEJ du mercredi : reçu Killian Perrot (17 ans) à sa demande, rupture avec sa copine, "
     "idées noires sans scénario. Fil Santé Jeunes donné, nouveau rdv lundi 16h."),
    ("nom-epicerie-sociale-tableau", "donnee-nom", _t("""
        ### Passages à l'épicerie sociale — semaine 46

        | Foyer | Composition | Reste à vivre / jour | Panier |
        |-------|-------------|----------------------|--------|
        | Famille Traoré-Sylla | couple + 4 enfants | 3,10 € | complet |
        | M. Lucien Dufresne | personne seule | 5,80 € | hygiène seulement |
        | Mme Rahma Ben Youssef | mère + 2 enfants | 2,40 € | complet + bébé |

        La participation demandée reste de 10 % du prix public.
        """)),
    ("nom-pass-consultation", "donnee-nom", _t("""
        ## Exemple de transmission entre la PASS et le service social

        La PASS assure la continuité : la transmission ne comporte que ce qui est utile à
        l'ouverture des droits et au suivi, jamais le détail du diagnostic.

        > Vu ce matin M. Ionuț Stoica, 52 ans, plaie du pied infectée, sans couverture maladie.
        > Soins infirmiers réalisés, antibiotiques délivrés par la pharmacie hospitalière.
        > À faire : demande d'AME en urgence, domiciliation à vérifier, revoir vendredi.

        Le service social de l'hôpital prend le relais pour la demande de couverture.
        """)),
    ("nom-css-depot", "donnee-nom",
     "Dossier CSS de M. Dragan PETROVIĆ déposé à l'accueil CPAM le 3 février, avec les justificatifs de "
     "ressources des 12 derniers mois. Pas de participation financière au vu des revenus."),
    ("nom-ame-renouvellement", "donnee-nom",
     "Penser au renouvellement AME de Mme Nino Beridze avant le 15/05 : attestation d'hébergement "
     "de son cousin + relevé de compte, sinon rupture de droits pour son traitement."),
    ("nom-domiciliation-registre", "donnee-nom", _t("""
        Registre de domiciliation — nouvelles élections de domicile (janvier)

        - 04/01 : ABDELKADER Samir — attestation remise, durée 1 an
        - 09/01 : LUNGU Marius — attestation remise, durée 1 an
        - 17/01 : refus motivé (pas de lien avec la commune), orientation vers l'association agréée
        """)),
    ("nom-mjpm-courrier-curatelle", "donnee-nom", _t("""
        Objet : mesure de curatelle renforcée — M. Bernard Lecomte

        Madame la Juge des contentieux de la protection,
        J'ai l'honneur de vous adresser le compte de gestion annuel de la mesure citée en objet.
        Le budget est désormais équilibré ; l'arriéré de loyer a été soldé grâce à l'aide du FSL.
        La personne protégée souhaite conserver son logement et refuse l'entrée en EHPAD.
        Je vous prie d'agréer, Madame la Juge, l'expression de ma considération distinguée.
        Le mandataire judiciaire à la protection des majeurs
        """)),
    ("nom-sms-jeune-minuscules", "donnee-nom",
     "salut c jordan vasseur jsuis devant le foyer ya personne qui ouvre vous pouvez venir svp"),
    ("nom-note-rappel-minuscules", "donnee-nom",
     "rappeler mme el amrani pr le rdv caf + lui dire d'apporter avis d'impo 2024 et les 3 dernières fiches de paie"),
    ("nom-surnom-entre-guillemets", "donnee-nom",
     "« Bébert » (Albert Morisseau) est repassé au local ce midi, toujours sans solution d'hébergement ; "
     "le 115 n'a rien pour lui ce soir. On l'a orienté vers la halte de nuit."),
    ("nom-yaml-front-matter-exemple", "donnee-nom", _t("""
        ---
        titre: "Accompagner une famille déplacée d'Ukraine"
        slug: accueil-familles-ukraine
        public: [familles, enfants, femmes isolées]
        themes: [protection temporaire, ADA, scolarisation]
        auteur: "Groupe de travail accès aux droits"
        exemple_situation: "Mme Olha Kravchenko et son fils Artem, arrivés en mars 2022"
        mise_a_jour: 2025-09-14
        ---
        """)),
    ("nom-mere-de-enfant", "donnee-nom",
     "La mère de Yanis Boukhari a appelé le service à 17h, très inquiète : son fils n'est pas rentré du "
     "collège. Consigne donnée de prévenir le commissariat si pas de nouvelles à 19h."),
    ("nom-epouse-nee", "donnee-nom",
     "Mme Fatoumata Keïta épouse Sissoko sollicite une aide financière pour la cantine de ses trois enfants ; "
     "dossier présenté en commission des secours du CCAS."),
    ("nom-roms-bidonville", "donnee-nom",
     "Maraude sur le terrain du chemin de halage : la famille Caldararu (Dorin, Mirela et leurs 4 enfants) "
     "est toujours là, le plus jeune tousse beaucoup. Accompagnement à la PASS demain 10h."),
    ("nom-mayotte-comores", "donnee-nom",
     "Anrifa Said Mohamed, 16 ans, arrivée d'Anjouan en kwassa, hébergée chez une tante à Kawéni. "
     "Non scolarisée depuis l'arrivée ; demande d'inscription au rectorat en cours."),
    ("nom-haiti-famille", "donnee-nom",
     "Rencontre avec Widlène Pierre-Louis et son compagnon Jean-Wesley Dorvil : projet de reconnaissance "
     "anticipée de paternité avant la naissance, accompagnement à la mairie prévu."),
    ("nom-mna-afghan", "donnee-nom",
     "Zabihullah AHMADZAI, se déclarant mineur, mis à l'abri à l'hôtel en attente de l'évaluation ; "
     "parle pachto et un peu d'anglais. Interprétariat par téléphone réservé pour l'entretien."),
    ("nom-tchetchene-vad", "donnee-nom",
     "VAD chez Mme Zarema Askhabova : logement propre mais très humide, les enfants dorment dans le "
     "salon. Signalement à l'ARS pour insalubrité à envisager avec son accord."),
    ("nom-turque-pmi", "donnee-nom",
     "Emine Yıldırım, primipare, suivie en PMI depuis le 6e mois ; le mari traduit, ce qui gêne les "
     "échanges sur le vécu de la grossesse. Prévoir un interprète professionnel en turc."),
    ("nom-tamoul-jeune-majeur", "donnee-nom",
     "Tharshan Sivakumar a obtenu son titre de séjour « vie privée et familiale » ; il peut désormais "
     "signer son contrat d'apprentissage. Bravo à lui et à l'équipe du SAJM !"),
    ("nom-vietnam-pmi", "donnee-nom",
     "NGUYEN Thi Lan, 29 ans, consultation prénatale PMI, ne parle pas français ; accompagnée par une "
     "voisine. Orientation vers l'association de femmes vietnamiennes du quartier."),
    ("nom-congo-aide-alimentaire", "donnee-nom",
     "Bienvenu Mukendi est venu chercher le colis pour sa famille de six personnes ; il demande s'il "
     "existe une aide pour les fournitures scolaires. Orienté vers l'assistante sociale de secteur."),
    ("nom-compose-trait-union", "donnee-nom",
     "Marie-Ange Lefèvre-Dumas, assistante familiale à la retraite, n'est pas concernée ; c'est sa petite-fille "
     "Clémence Lefèvre-Dumas, 14 ans, qui est accueillie au foyer depuis lundi."),
    ("nom-compte-rendu-synthese", "donnee-nom", _t("""
        ## Compte rendu de la réunion de synthèse du 18 septembre

        **Présents** : cheffe de service, éducatrice référente, psychologue, assistante sociale
        scolaire, TISF. **Excusé** : médecin de PMI.

        1. Point sur la scolarité : assiduité en nette amélioration depuis la rentrée.
        2. Santé : bilan orthoptique à programmer, rendez-vous CMP honoré.
        3. Vie familiale : la situation de Mme Sandra Lambert reste fragile (expulsion locative
           annoncée pour le printemps) ; demande FSL maintien à déposer.
        4. Prochaine synthèse : janvier, avec la famille en deuxième partie de réunion.
        """)),
    ("nom-mail-collegue", "donnee-nom", _t("""
        De : éducatrice AEMO
        À : assistante sociale de secteur
        Objet : situation commune — point avant la commission

        Bonjour,
        Comme convenu par téléphone, je te transmets les éléments utiles pour la commission
        de jeudi. Les deux enfants sont bien scolarisés et le suivi orthophonique a repris.
        Le point de blocage reste le logement : M. Karim Ziani est toujours hébergé chez un
        ami avec les enfants les week-ends, ce qui ne tiendra pas longtemps.
        Peux-tu appuyer la demande de logement prioritaire ?
        Bonne journée,
        """)),
    ("nom-tableau-contacts-famille", "donnee-nom", _t("""
        ## Contacts utiles pour la situation

        | Rôle | Structure | Contact |
        |------|-----------|---------|
        | Enfance en danger | SNATED | 119 |
        | Violences conjugales | Écoute nationale | 3919 |
        | Famille suivie | — | M. et Mme Rakotomalala, parents de Mialy |
        | Référent scolaire | Collège du secteur | via le secrétariat |
        | Urgence sociale | SIAO | 115 |
        """)),
    ("nom-bibliographie-glissee", "donnee-nom", _t("""
        ## Pour aller plus loin

        - Winnicott D. W., *De la pédiatrie à la psychanalyse*, Payot, 1969.
        - Berger M., *L'échec de la protection de l'enfance*, Dunod, 2003.
        - David M., *Le placement familial : de la pratique à la théorie*, Dunod, 2004.
        - Notes de supervision sur la situation de Lucie Marchetti (fratrie séparée), 2024.
        - Sellenet C., *La parentalité décryptée*, L'Harmattan, 2007.
        """)),
    ("nom-vignette-non-anonymisee", "donnee-nom", _t("""
        ## Vignette

        Steven Lemoine, 16 ans, est accueilli en MECS depuis l'âge de 11 ans. Il demande
        régulièrement à revoir son père, incarcéré, sans oser en parler à sa mère.
        L'éducatrice référente propose un travail en trois temps : recueil de sa parole,
        échange avec le service pénitentiaire d'insertion et de probation, puis rencontre
        préparée avec la mère.

        **Question pour l'équipe** : comment soutenir le désir de l'adolescent sans le mettre
        en conflit de loyauté ?
        """)),
    ("nom-cahier-de-bord-foyer", "donnee-nom", _t("""
        Cahier de bord — unité adolescents
        21h10 : Dylan rentre de permission, calme, a mangé chez sa grand-mère.
        22h30 : Inès Benali refuse d'éteindre, échange posé avec l'éducateur, coucher 23h.
        23h50 : RAS.
        02h15 : appel de l'astreinte, RAS.
        """)),
    ("nom-initiale-prenom", "donnee-nom",
     "Entretien avec Mme A. Benmansour au sujet du loyer impayé ; elle accepte le plan d'apurement "
     "proposé par le bailleur (50 € / mois) et la demande d'aide FSL."),
    ("nom-majuscules-liste-rdv", "donnee-nom", _t("""
        RDV permanence sociale jeudi :
        9h00 BOUZID Samira
        9h30 DIALLO Mamadou
        10h00 créneau libre
        10h30 LEROUX Patrick (renouvellement RSA)
        """)),
    ("nom-signalement-parquet", "donnee-nom", _t("""
        ### Signalement au procureur de la République

        Le service de PMI porte à votre connaissance des faits graves concernant l'enfant
        Maëlle Rousseau, âgée de 2 ans. Lors de la consultation de ce jour, le médecin a
        constaté des ecchymoses multiples d'âges différents sur le dos et les cuisses.
        Les explications données par l'entourage ne sont pas compatibles avec les lésions.
        Une hospitalisation a été organisée à l'hôpital de secteur pour bilan et mise à l'abri.
        Copie de ce signalement est adressée à la cellule de recueil des informations
        préoccupantes, conformément à l'article L. 226-4 du CASF.
        """)),
    ("nom-audience-je", "donnee-nom", _t("""
        ## Après l'audience : informer l'enfant

        Il est recommandé de reprendre avec chaque enfant, dans les jours qui suivent, ce
        que le juge a décidé et pourquoi, avec des mots adaptés à son âge.

        Extrait de la note de l'éducatrice :
        « Audience du 4 avril devant la juge des enfants : Enzo et Lola CARPENTIER,
        placement renouvelé pour deux ans, droits de visite du père maintenus en présence
        d'un tiers. Explication faite aux enfants le 6 avril ; Lola a beaucoup pleuré. »

        Le jugement est notifié aux parents, qui disposent de quinze jours pour faire appel.
        """)),
    ("nom-centre-parental", "donnee-nom",
     "Admission au centre parental : Océane Brunet, 19 ans, et son fils Kylian, 3 semaines, sortie de "
     "maternité accompagnée par la sage-femme de PMI. Le père souhaite être associé au projet."),
    ("nom-fratrie-asie", "donnee-nom",
     "La fratrie TRAN (Minh, Bao et Linh) sera accueillie ensemble chez la même assistante familiale, "
     "conformément à l'article 371-5 du Code civil."),
    ("nom-fsl-commission", "donnee-nom", _t("""
        ### Commission FSL du 12 juin — relevé de décisions

        | Dossier | Nature de la demande | Décision |
        |---------|----------------------|----------|
        | 1 | accès — dépôt de garantie | accord (subvention) |
        | 2 | maintien — dette de 1 840 € | ajourné, pièces manquantes |
        | 3 | Mme Hawa Cissé — accès, premier loyer | accord (subvention) |
        | 4 | énergie — facture d'électricité | accord partiel (prêt) |

        Les décisions sont notifiées aux demandeurs sous huit jours.
        """)),
    ("nom-siao-mise-abri", "donnee-nom",
     "SIAO : place trouvée ce soir au CHU de la rue des Carmes pour M. Grigore Lăcătuș et son épouse ; "
     "prise en charge 3 nuits, à rappeler lundi pour la suite."),
    ("nom-mjpm-inventaire", "donnee-nom",
     "Inventaire du patrimoine de Mme Germaine VASSEUR (tutelle ouverte le 02/09) : livret A, assurance-vie, "
     "mobilier de faible valeur. Transmis au greffe dans le délai de 3 mois."),
    ("nom-psychiatrie-ado", "donnee-nom",
     "Transmission CMP ado : Mathis Delattre hospitalisé depuis samedi à l'unité pour adolescents après "
     "une intoxication médicamenteuse volontaire ; sortie envisagée avec suivi rapproché."),
    ("nom-restos-distribution", "donnee-nom", _t("""
        ## Journal des bénévoles — centre de distribution

        Mardi : 84 familles servies, arrivage de produits frais de la Banque alimentaire.
        Manque de lait infantile 2e âge, commande passée à l'entrepôt départemental.
        Mme Svetlana Popescu n'est pas venue chercher son colis pour la deuxième fois,
        ce qui ne lui ressemble pas : une bénévole passe la voir demain.
        Rappel : fermeture exceptionnelle le 11 novembre.
        Prochain tri des dons : samedi 9h, prévoir des gants.
        """)),
    ("nom-ccas-commission-secours", "donnee-nom", _t("""
        ### Commission des secours du CCAS — 7 mars

        Ordre du jour :
        - règlement intérieur 2025 (vote) ;
        - bilan des aides énergie de l'hiver ;
        - demande d'aide exceptionnelle de M. Youssef Benkirane (facture d'eau de 640 €) ;
        - questions diverses.

        Le quorum est atteint, la séance est ouverte à 14h05.
        """)),
    ("nom-whatsapp-groupe", "donnee-nom",
     "[Groupe équipe] 18:42 — qqn a des nouvelles de Dounia Cherif ? pas vue à l'atelier cuisine et "
     "son tel est coupé, je passe au foyer demain matin"),
    ("nom-ulis-eleve", "donnee-nom",
     "Inclusion de Louis Fontaine (ULIS école) en CE1 pour les maths et l'EPS ; il gagne en confiance. "
     "L'AESH-co sera présente lors des sorties."),
    ("nom-rapport-assistante-familiale", "donnee-nom", _t("""
        Rapport de l'assistante familiale — semestre 2

        Le petit Noah Ferreira s'est bien adapté à l'école maternelle. Il dort mieux et les
        cauchemars sont plus rares. Il parle souvent de sa grande sœur et demande quand il
        la reverra. Les retours de visite sont encore difficiles : pleurs, refus de manger
        le soir même. Je souhaiterais que les visites aient lieu le samedi matin plutôt que le
        mercredi après-midi, pour qu'il ait le dimanche pour se reposer.
        """)),
    ("nom-citation-jeune-dans-fiche", "donnee-nom",
     "Comme le dit Kevin Lemaire, 16 ans, suivi au PAEJ depuis un an : « Ici on me parle pas comme à un "
     "dossier. » Cette phrase résume ce que nous cherchons à offrir."),
    ("nom-titre-situation", "donnee-nom", _t("""
        ### Situation de la famille Benali-Rousseau

        Accompagnement en AED depuis septembre à la demande des parents, après la naissance
        de jumeaux prématurés. Objectifs : soutien à la parentalité, organisation du quotidien,
        lien avec la crèche.
        """)),
    ("nom-tutelle-mineur-conseil-famille", "donnee-nom", _t("""
        ## Conseil de famille des pupilles de l'État — séance du 9 octobre

        Composition : représentants de l'UDAF, de l'association d'entraide des pupilles
        (ADEPAPE), d'une association d'assistants familiaux, deux personnalités qualifiées.
        Le tuteur est le préfet, représenté par la DDETS.

        Point 1 : bilan annuel de la situation des pupilles du département.
        Point 2 : projet d'adoption simple pour Jade Moreau, 12 ans, par sa famille
        d'accueil, qui l'élève depuis ses 18 mois. Avis favorable à l'unanimité.
        Point 3 : questions diverses.
        """)),
    ("nom-jeune-majeur-rupture", "donnee-nom",
     "Fin de prise en charge de Mamadou Lamine Baldé au 31/12 malgré la loi de 2022 ; orientation vers la "
     "mission locale (CEJ) et demande de logement en résidence sociale."),
    ("nom-pmi-vad-puericultrice", "donnee-nom",
     "VAD puéricultrice J+8 : bébé Aylan Kaya, 3,4 kg, reprise du poids de naissance. Cododo non sécurisé "
     "observé, conseils donnés, lit parapluie prêté par la PMI."),
    ("nom-ip-voisin-telephone-note", "donnee-nom",
     "Appel d'un voisin (anonyme) : cris d'enfants tous les soirs chez les Hoarau, 2e étage. Évaluation "
     "à confier au secteur, pas d'élément de danger immédiat."),
    ("nom-albanais-cada", "donnee-nom", _t("""
        ### Fin de procédure d'asile : préparer la sortie du CADA

        Après un rejet définitif de la CNDA, la famille dispose d'un mois pour quitter le
        centre. Il faut anticiper : hébergement, scolarité des enfants, recours possibles.

        Situation en cours : Arben Gjoka et sa famille ont reçu la décision de rejet
        le 3 mars. Point avec l'avocate sur un éventuel réexamen, demande au SIAO déposée.

        Rappel : l'aide au retour volontaire de l'OFII ne doit être présentée que comme une
        option parmi d'autres.
        """)),
    ("nom-gens-du-voyage", "donnee-nom",
     "Permanence sur l'aire : Tony Reinhardt demande de l'aide pour inscrire sa fille au CNED, "
     "la famille repart en tournée en avril."),
    ("nom-comorien-mjpm", "donnee-nom",
     "Le mandataire de M. Nourdine Ahamada demande la mainlevée de la mesure : autonomie budgétaire "
     "acquise, certificat médical circonstancié joint."),
    ("nom-tableau-suivi-mda", "donnee-nom", _t("""
        | Date | Jeune | Âge | Orientation |
        |------|-------|-----|-------------|
        | 03/02 | — | 14 ans | groupe de parole parents |
        | 05/02 | Sofia Almeida | 16 ans | psychologue MDA |
        | 07/02 | — | 17 ans | CSAPA jeunes consommateurs |
        """)),
    ("nom-courrier-famille-relance", "donnee-nom",
     "Madame Lebrun, nous n'avons pas pu vous joindre depuis notre dernière rencontre. Nous vous proposons "
     "un nouveau rendez-vous le mardi 14 à 10h au service. Bien cordialement, l'équipe AED."),
    ("nom-apres-civilite-abrege", "donnee-nom",
     "Mr DA COSTA Joaquim a rempli la demande d'ASPA avec notre aide ; envoi en recommandé à la Carsat ce jour."),
    ("nom-kurde-itep", "donnee-nom",
     "Réunion ESS pour Berfin Doğan (DITEP, inclusion partielle en 4e) : le collège demande une "
     "réduction du temps de présence, la famille s'y oppose. Arbitrage de l'enseignant référent."),

    # ------------------------------------------------------------ donnee-naissance
    ("naissance-fiche-admission-mecs", "donnee-naissance", _t("""
        ## Fiche d'admission — accueil d'urgence

        - Motif : ordonnance de placement provisoire du parquet
        - Date de naissance : 17/02/2010
        - Lieu de naissance : Lille (59)
        - Scolarité : 3e, collège de secteur, à maintenir si possible
        - Santé : asthme, Ventoline en cas de crise, carnet de santé non transmis
        - Contact famille : aucun dans l'immédiat (OPP, pas de droit de visite fixé)
        - Référente ASE : à désigner
        """)),
    ("naissance-ddn-points", "donnee-naissance",
     "Jeune accueillie en urgence cette nuit, DDN : 12.04.08, pas de papiers sur elle, dit venir de Montpellier."),
    ("naissance-ne-le-lieu", "donnee-naissance",
     "L'enfant, né le 03/11/2019 à Creil, est scolarisé en grande section ; la mère demande une orientation vers le CAMSP."),
    ("naissance-guinee-toutes-lettres", "donnee-naissance",
     "Jeune se déclarant née le 1er mars 2007 à Conakry (Guinée), extrait d'acte de naissance présenté, "
     "transmis au bureau de la fraude documentaire pour vérification."),
    ("naissance-yaml-iso", "donnee-naissance", _t("""
        ---
        type: fiche-situation
        dispositif: SESSAD
        date_naissance_enfant: 2011-06-23
        notification_mdph: orientation SESSAD TSA
        statut: brouillon
        ---
        """)),
    ("naissance-premature", "donnee-naissance",
     "Bébé né le 14/07/2023 à 32 SA, sorti de néonatologie le 29/08 ; suivi conjoint PMI et CAMSP (réseau de suivi des prématurés)."),
    ("naissance-ddn-court-minuscules", "donnee-naissance",
     "jeune vu au paej ce matin ddn 21/09/98 sans domicile depuis 2 sem, rappeler le siao"),
    ("naissance-29-fevrier", "donnee-naissance",
     "Rappel : le garçon est né le 29 février 2012, son anniversaire sera fêté le 28 au foyer cette année."),
    ("naissance-afghan-date-declaree", "donnee-naissance",
     "Le jeune dit être né le 7 janvier 2005 à Kaboul ; la tazkira indique le 01/01/2005, date portée par "
     "défaut sur de nombreux documents afghans."),
    ("naissance-formulaire-nee", "donnee-naissance",
     "Né(e) le : 5/6/2016   Sexe : F   Classe : CE2   Notification MDPH : AESH mutualisée 12 h"),
    ("naissance-fratrie-tableau", "donnee-naissance", _t("""
        ### Composition de la fratrie

        | Enfant | Date de naissance | Lieu d'accueil |
        |--------|-------------------|----------------|
        | aîné | 02/10/2007 | FJT (contrat jeune majeur) |
        | cadette | 18 mai 2012 | assistante familiale |
        | benjamin | 2016-12-30 | pouponnière puis AF |

        Les trois enfants se voient un samedi par mois au service.
        """)),
    ("naissance-evaluation-minorite", "donnee-naissance",
     "Date de naissance retenue à l'issue de l'évaluation de minorité : 15/08/2008 ; le conseil "
     "départemental a saisi le parquet pour une ordonnance de placement provisoire."),

    # -------------------------------------------------------------- donnee-adresse
    ("adresse-hebergee-soeur", "donnee-adresse",
     "Madame est actuellement hébergée chez sa sœur, 12 allée des Tilleuls, bât. B, 3e étage, porte 31, "
     "59100 Roubaix, en attendant une place en CHRS."),
    ("adresse-lieu-dit", "donnee-adresse",
     "VAD prévue jeudi 14h au domicile : lieu-dit La Croix-Blanche, route de la Forge, 23200 Saint-Pardoux-le-Neuf "
     "(maison au bout du chemin, chien attaché)."),
    ("adresse-hotel-social-chambre", "donnee-adresse",
     "Famille mise à l'abri par le 115 : Hôtel du Parc, chambre 214, 18 avenue de la République, "
     "93120 La Courneuve. Pas de cuisine, micro-ondes dans la chambre."),
    ("adresse-aire-accueil-emplacement", "donnee-adresse",
     "Courrier à adresser à la famille : aire d'accueil des gens du voyage, emplacement 12, 450 route de Lens, "
     "62300 Éleu-dit-Leauwette."),
    ("adresse-cada-logement", "donnee-adresse", _t("""
        ## Fiche de liaison CADA → école

        Nom de la structure : CADA (hébergement diffus)
        Adresse de la famille : 4 impasse des Mésanges, logement 7, 49000 Angers
        Langues parlées : dari, un peu d'anglais
        Enfants à scolariser : deux, 8 et 11 ans
        Interprète nécessaire pour la première rencontre : oui
        Référent du CADA joignable au standard de la structure
        """)),
    ("adresse-fjt-chambre", "donnee-adresse",
     "Le jeune a emménagé au FJT : chambre 308, 25 rue Paul-Bert, 35000 Rennes. Redevance couverte par l'APL "
     "et l'allocation jeune majeur."),
    ("adresse-residence-escalier", "donnee-adresse",
     "Nouvelle adresse de Mme : résidence Les Peupliers, esc. 4, appt 112, 7 rue Pasteur, 69120 Vaulx-en-Velin."),
    ("adresse-yaml-domicile", "donnee-adresse", _t("""
        ---
        titre: "Visite à domicile : préparer, conduire, restituer"
        categorie: methodologie
        public: familles
        lieu_visite_exemple: "27 bis rue Victor-Hugo, appartement 5, 76600 Le Havre"
        tags: [VAD, AED, PMI]
        ---
        """)),
    ("adresse-mobil-home-camping", "donnee-adresse",
     "Le couple vit à l'année dans un mobil-home, emplacement n° 6, camping Les Pins, route de la Plage, "
     "17450 Fouras ; pas d'adresse postale reconnue par la CAF."),
    ("adresse-tour-abregee", "donnee-adresse",
     "vad annulée, mme pas là. rés. bellevue tour C 11e ét. porte gauche, 2 rue Rimbaud. repasser mardi"),
    ("adresse-compte-rendu-expulsion", "donnee-adresse", _t("""
        ### Prévention des expulsions — exemple de diagnostic social et financier

        Le diagnostic social et financier (DSF) est demandé dès l'assignation. Il éclaire le juge
        sur la situation du ménage et sur les possibilités d'apurement de la dette.

        Logement concerné : 36 rue des Écoles, 2e étage gauche, 21000 Dijon (T3, loyer 612 €).
        Dette locative : 4 870 € au jour de l'assignation.
        Ressources : RSA et prestations familiales.
        Proposition : plan d'apurement sur 36 mois, saisine du FSL maintien.
        """)),

    # ----------------------------------------------------------- donnee-telephone
    ("tel-portable-jeune-espaces", "donnee-telephone",
     "Le jeune préfère être joint par SMS au 06 39 98 12 34, il ne décroche pas aux numéros masqués."),
    ("tel-sans-espaces", "donnee-telephone",
     "tel mère 0639984567 (ne pas laisser de message, le conjoint écoute la messagerie)"),
    ("tel-international", "donnee-telephone",
     "Contact du père, resté en Belgique mais joignable sur WhatsApp : +33 6 39 98 77 01."),
    ("tel-points", "donnee-telephone",
     "Grand-mère maternelle, personne ressource pour les week-ends : 07.00.00.23.45."),
    ("tel-fixe-fiction", "donnee-telephone",
     "Famille d'accueil relais (tiers digne de confiance, l'oncle) : 01 99 00 34 56, joignable après 18h."),
    ("tel-tableau-contacts", "donnee-telephone", _t("""
        ## Contacts pour le week-end

        | Qui | Numéro | Remarque |
        |-----|--------|----------|
        | Astreinte cadre | via le standard | 24h/24 |
        | SAMU | 15 | urgence médicale |
        | Tante de l'enfant (hébergement) | 02 61 91 22 33 | accord du juge |
        | Enfance en danger | 119 | |
        """)),
    ("tel-sms-format", "donnee-telephone",
     "Mme a changé de numéro, nouveau : 07 00 00 58 19. Elle demande qu'on ne le donne pas à son ex-conjoint."),
    ("tel-parentheses-indicatif", "donnee-telephone",
     "Joindre la jeune majeure au +33 (0)6 39 98 40 02 pour confirmer le rendez-vous à la mission locale."),
    ("tel-fiche-contact-yaml", "donnee-telephone", _t("""
        ---
        titre: "Fiche réflexe : fugue d'un mineur accueilli"
        domaine: protection-enfance
        contacts:
          police_secours: "17"
          enfance_en_danger: "119"
          mere_du_mineur_exemple: "06 39 98 31 75"
        revue: 2025-11-02
        ---
        """)),
    ("tel-cahier-liaison-tisf", "donnee-telephone",
     "Si retard de la TISF le matin, madame demande d'être prévenue au 0700001290 (elle doit déposer le grand à l'école)."),
    ("tel-dans-mail", "donnee-telephone", _t("""
        Bonjour,
        Je vous confirme la visite médiatisée de samedi 10h au service.
        En cas d'empêchement, le père peut être prévenu directement au 02 61 91 08 47.
        Merci de me faire un retour écrit après la visite.
        Cordialement,
        """)),

    # ------------------------------------------------------------ donnee-courriel
    ("courriel-jeune-majeur", "donnee-courriel",
     "Le jeune préfère recevoir les documents par mail : moussa.camara2006@example.org"),
    ("courriel-famille", "donnee-courriel",
     "Envoyer le compte rendu de l'ESS aux parents (accord donné) : famille.mukendi@example.com"),
    ("courriel-pseudo-ado", "donnee-courriel",
     "adresse mail donnée par l'ado pour l'ENT : lil.kenza93@example.net (à vérifier, elle en change souvent)"),
    ("courriel-mail-entete", "donnee-courriel", _t("""
        De : nadia.benali@example.org
        À : accueil MDA
        Objet : demande de rendez-vous pour ma fille

        Bonjour, ma fille de 15 ans ne va plus au lycée depuis trois semaines et ne sort plus
        de sa chambre. Je ne sais plus quoi faire. Est-ce que vous recevez les parents seuls ?
        Merci
        """)),
    ("courriel-mandataire-personne-protegee", "donnee-courriel",
     "La personne protégée souhaite recevoir une copie de son budget mensuel sur j.dorvil@example.org ; "
     "accord du mandataire, sans les relevés bancaires."),
    ("courriel-tableau-parents", "donnee-courriel", _t("""
        ### Liste de diffusion du groupe de parents (atelier PMI)

        Les parents qui le souhaitent reçoivent le programme des ateliers par courriel.
        Consentement recueilli par écrit le jour de l'inscription.

        - maman de Léo : sarah.lopes@example.com
        - papa de Inaya : contact à prendre à l'atelier
        - maman des jumeaux : aurelie.mb@example.net
        """)),
    ("courriel-majuscules", "donnee-courriel",
     "Mail du père pour la convocation à l'audience : KARIM.ZIANI@EXAMPLE.COM"),
    ("courriel-yaml", "donnee-courriel", _t("""
        ---
        titre: "Renouvellement AME : pas à pas"
        public: adultes sans titre de séjour
        exemple_contact_beneficiaire: "oksana.melnyk.ua@example.org"
        sources: [CPAM, Comede, service-public.fr]
        ---
        """)),
    ("courriel-sms-obfusque", "donnee-courriel",
     "son mail c'est dounia point cherif at example point net, elle veut recevoir l'attestation de domiciliation"),
    ("courriel-demande-fsl", "donnee-courriel",
     "Accusé de réception de la demande FSL à envoyer à l'usagère : h.cisse.75@example.com (elle n'a pas d'imprimante)."),
    ("courriel-inscription-aide-alimentaire", "donnee-courriel",
     "Inscription épicerie solidaire — contact : tran.minh.famille@example.org — composition : 5 personnes."),

    # ----------------------------------------------------------------- donnee-nir
    ("nir-fiche-admission-espaces", "donnee-nir",
     "N° de sécurité sociale de l'enfant (rattaché à la mère) : 1 09 03 75 115 245 45"),
    ("nir-compact", "donnee-nir",
     "NIR madame 2870593048123 82 — à reporter sur la demande de CSS."),
    ("nir-ne-a-l-etranger", "donnee-nir",
     "Immatriculation obtenue : 2 05 12 99 352 017 80. Attestation de droits AME à imprimer sur place."),
    ("nir-corse", "donnee-nir",
     "n° sécu 1 98 07 2A 004 112 44, ne pas oublier la mutuelle au dossier d'admission"),
    ("nir-yaml", "donnee-nir", _t("""
        ---
        dossier: demande-css
        statut: a-deposer
        nir_demandeur: "2 14 01 59 350 087 48"
        pieces: [avis d'imposition, attestation CAF]
        ---
        """)),
    ("nir-fiche-mdph", "donnee-nir", _t("""
        ## Formulaire de demande MDPH — aide au remplissage

        Partie A (identité de l'enfant) : remplie avec les parents au service.
        - Numéro de sécurité sociale de l'ouvrant droit : 1 06 11 69 123 045 54
        - Organisme : CPAM du Rhône
        - Régime : général

        Partie B (vie quotidienne) : à compléter avec l'éducatrice du SESSAD.
        Joindre le certificat médical de moins d'un an et le GEVA-Sco.
        """)),
    ("nir-tirets", "donnee-nir",
     "Carte Vitale perdue — NIR : 2-99-06-34-172-208-14 ; déclaration de perte faite sur le compte ameli."),
    ("nir-jeune-mna", "donnee-nir",
     "Le jeune a enfin son numéro de sécu définitif : 1 03 12 99 216 031 26 (né à l'étranger, 99)."),
    ("nir-tableau", "donnee-nir", _t("""
        | Pièce | Statut | Référence |
        |-------|--------|-----------|
        | Carte vitale | OK | 2 11 09 76 114 062 82 |
        | Attestation CAF | manquante | — |
        | Avis d'imposition | OK | 2024 |
        """)),
    ("nir-mandataire-courrier", "donnee-nir",
     "Objet : demande d'ASPA — personne protégée, NIR 1 88 09 13 055 198 82. Pièces jointes : jugement de "
     "tutelle, RIB du compte de gestion."),
    ("nir-mayotte", "donnee-nir",
     "Enfant affiliée sur le NIR de sa mère : 2 17 08 97 611 043 28 (Mayotte), droits ouverts à la CSSM."),

    # ---------------------------------------------------------------- donnee-iban
    ("iban-fsl-bailleur-locataire", "donnee-iban",
     "RIB de Mme pour le versement de l'aide FSL accès : FR17 3000 4008 2300 0123 4567 814"),
    ("iban-compact", "donnee-iban",
     "iban du jeune (compte ouvert à la Banque postale) FR1420041010050500013M02606 pour l'allocation jeune majeur"),
    ("iban-mandataire-compte-gestion", "donnee-iban", _t("""
        ### Ouverture du compte de la personne protégée

        Le mandataire ouvre un compte au nom de la personne protégée, distinct du compte de
        gestion de l'association. Les prestations y sont versées directement.

        Compte courant de M. (mesure de curatelle renforcée) :
        IBAN FR19 1027 8060 4100 0205 5710 143 — BIC CMCIFR2A

        Les relevés sont adressés au mandataire, copie à la personne si elle le souhaite.
        """)),
    ("iban-aide-cantine", "donnee-iban",
     "Aide cantine accordée : virement sur le compte de la famille FR55 3000 3012 3400 0508 7654 321 (Société générale)."),
    ("iban-yaml", "donnee-iban", _t("""
        ---
        type: demande-secours
        montant: 150
        beneficiaire_iban: "FR07 1751 5900 0008 0012 3456 789"
        decision: accord
        ---
        """)),
    ("iban-sms-minuscules", "donnee-iban",
     "voila mon rib pour l'aide de la mission locale fr80 1660 6100 6400 1310 1987 641 merci bcp"),
    ("iban-tableau-aides", "donnee-iban", _t("""
        | Aide | Montant | Versée sur |
        |------|---------|------------|
        | Secours d'urgence CCAS | 80 € | FR33 3000 2005 5000 0015 7841 Z25 |
        | Bon alimentaire | 40 € | remis en main propre |
        """)),
    ("iban-apjm-allocation", "donnee-iban",
     "Allocation mensuelle jeune majeur (420 €) à verser sur l'IBAN FR76 1820 6002 1054 8726 6700 217 à compter de janvier."),
    ("iban-mail-tutrice", "donnee-iban", _t("""
        Bonjour,
        Suite à notre échange, voici les coordonnées bancaires de ma mère pour le versement de
        l'APA : FR76 1250 6000 5690 0004 1523 287.
        Je reste joignable pour toute question.
        Bien à vous
        """)),
    ("iban-bourse-internat", "donnee-iban",
     "Bourse d'internat : RIB de la mère transmis au collège — FR77 1010 7001 1800 2345 6789 012."),
    ("iban-caf-changement", "donnee-iban",
     "Changement de compte à déclarer à la CAF : nouvel IBAN FR96 1450 5000 0104 1234 5678 901 (compte Nickel)."),

    # ------------------------------------------------------------- donnee-dossier
    ("dossier-caf-allocataire", "donnee-dossier",
     "N° allocataire CAF de madame : 2384516 — suspension des APL depuis août, à régulariser avec la déclaration trimestrielle."),
    ("dossier-mdph", "donnee-dossier",
     "Relance MDPH pour le dossier n° 075-2024-0184562 (demande d'AEEH + complément), déposé il y a 7 mois."),
    ("dossier-ase-numero", "donnee-dossier",
     "Réf. ASE : dossier 24-ENF-003917, référente de la Maison des solidarités de secteur."),
    ("dossier-je-cabinet", "donnee-dossier", _t("""
        ## Audience — informations pratiques pour la famille

        Le juge des enfants reçoit en cabinet, pas en salle d'audience publique.
        Les parents peuvent consulter le dossier au greffe, sur rendez-vous.
        Ils peuvent être assistés d'un avocat, y compris au titre de l'aide juridictionnelle.

        Référence à rappeler au greffe : dossier d'assistance éducative n° 223/00457,
        cabinet 4, tribunal judiciaire.
        """)),
    ("dossier-ofpra", "donnee-dossier",
     "Numéro OFPRA de monsieur : 2023-04-01879 — convocation à l'entretien le 12 du mois prochain."),
    ("dossier-agdref", "donnee-dossier",
     "N° étranger (AGDREF) : 7504219836 — récépissé valable jusqu'au 30/09, renouvellement à demander sur l'ANEF."),
    ("dossier-fsl", "donnee-dossier",
     "FSL accès — dossier n° FSL-2025-06142, passage en commission le 18, pièces complètes."),
    ("dossier-siao", "donnee-dossier",
     "Demande SIAO insertion n° 59-2025-0047713 enregistrée sur le SI-SIAO ; préconisation : résidence sociale."),
    ("dossier-bailleur-locataire", "donnee-dossier", _t("""
        ### Exemple de courrier au bailleur social

        Madame, Monsieur,
        Je me permets de vous solliciter au sujet de la situation de votre locataire,
        référence locataire 0012-48873-B, dont le dossier de demande de mutation est en attente.
        La composition familiale a évolué (naissance d'un troisième enfant) et le logement
        actuel (T2) est désormais sur-occupé.
        Je vous remercie de l'attention portée à cette demande.
        """)),
    ("dossier-tribunal-tutelle-rg", "donnee-dossier",
     "Requête en révision de la mesure — N° RG 11-24-000318, pôle protection des majeurs. Audience fixée le 6 mai."),
    ("dossier-nud-logement", "donnee-dossier",
     "Numéro unique de demande de logement social : 0932024112508731, renouvelée ce mois-ci, ancienneté 4 ans."),
    ("dossier-france-travail", "donnee-dossier",
     "identifiant France Travail du jeune : 4728915K, inscrit depuis lundi, à transmettre à la conseillère mission locale"),
]

FLAG += [
    ("naissance-yaml-fiche-pmi-longue", "donnee-naissance", _t("""
        ---
        titre: "Préparer la sortie de maternité d'une mère isolée"
        categorie: petite-enfance
        public: [PMI, maternité, centre maternel]
        partenaires: [sage-femme libérale, TISF, CAF]
        situation_exemple:
          enfant_ne_le: "03/01/2025"
          mode_accueil: "centre maternel"
        mise_a_jour: 2025-06-30
        ---
        """)),
    ("adresse-tableau-contacts-famille", "donnee-adresse", _t("""
        ## Annuaire de la situation (à ne pas diffuser hors de l'équipe)

        | Qui | Où | Comment |
        |-----|----|---------|
        | PMI de secteur | centre médico-social | standard du département |
        | Famille (domicile) | 9 rue des Glycines, bâtiment A, appt 14, 44400 Rezé | VAD le mardi |
        | École maternelle | groupe scolaire du quartier | via la directrice |
        | Urgences | — | 15 / 112 |
        """)),
    ("tel-vignette-section", "donnee-telephone", _t("""
        ## Vignette : un lien à maintenir pendant la fugue

        Une adolescente de 16 ans fugue régulièrement du foyer, mais répond toujours aux
        messages de son éducatrice. L'équipe décide de ne pas couper ce fil : un message
        par jour, sans reproche, avec une proposition de retour.

        Dans le dossier, le numéro à utiliser est noté : 06 39 98 52 10 (son portable
        personnel, le seul qu'elle garde allumé).

        La déclaration de fugue reste faite systématiquement auprès du commissariat.
        """)),
    ("courriel-compte-rendu-ess", "donnee-courriel", _t("""
        ### Compte rendu d'équipe de suivi de la scolarisation (ESS)

        **Présents** : enseignant référent, professeure principale, AESH, éducatrice du SESSAD,
        les deux parents.

        - Bilan du PPS : progrès en lecture, fatigabilité importante l'après-midi.
        - Demande de renouvellement de l'aide humaine à 12 heures.
        - Matériel : l'ordinateur prêté par la MDPH est tombé en panne.

        Diffusion du compte rendu à la famille par courriel, à sa demande :
        parents.ferreira@example.net
        """)),
    ("nir-section-ouverture-droits", "donnee-nir", _t("""
        ## Ouvrir les droits d'un jeune majeur sortant de l'ASE

        À 18 ans, le jeune doit disposer de sa propre carte Vitale et de son compte ameli.
        L'éducateur vérifie avec lui l'affiliation personnelle, la CSS et la mutuelle.

        Exemple de checklist remplie :
        - Carte Vitale : reçue, NIR 1 05 01 92 051 233 33
        - CSS : accordée sans participation jusqu'en septembre
        - Médecin traitant : déclaré
        - Compte ameli : créé, mot de passe noté par le jeune uniquement
        """)),
    ("iban-section-aide-financiere", "donnee-iban", _t("""
        ### Les aides financières de l'ASE

        Les allocations mensuelles (article L. 222-3 du CASF) peuvent être versées aux parents
        ou, avec leur accord, directement au jeune ou à un tiers.
        Elles sont attribuées pour une durée déterminée et révisées à chaque échéance.

        Exemple de demande :
        - Motif : achat de l'équipement professionnel pour le CAP cuisine
        - Montant : 280 €
        - Versement sur le compte du jeune : FR51 3006 6100 4100 0105 7650 129
        - Avis du cadre : favorable
        """)),
    ("dossier-yaml-front-matter", "donnee-dossier", _t("""
        ---
        titre: "Suivre un recours DALO"
        categorie: logement
        etapes: [dépôt, commission de médiation, décision, recours TA]
        exemple:
          reference_commission: "DALO-69-2025-003417"
          statut: "prioritaire et urgent"
        auteur: "Groupe logement Relier"
        ---
        """)),
]


CLEAN = [
    # ------------------------------------------------------- sections longues
    ("yaml-front-matter-crip", _t("""
        ---
        titre: "Transmettre une information préoccupante à la CRIP"
        slug: information-preoccupante-crip
        public: [professionnels de l'éducation nationale, PMI, secteur associatif]
        themes: [protection de l'enfance, évaluation, secret partagé]
        references:
          - "Loi n° 2007-293 du 5 mars 2007 réformant la protection de l'enfance"
          - "Loi n° 2016-297 du 14 mars 2016 relative à la protection de l'enfant"
          - "Article L. 226-3 du Code de l'action sociale et des familles"
        numero_utile: "119 — Allô Enfance en danger"
        mise_a_jour: 2025-10-06
        ---
        """)),
    ("yaml-front-matter-aide-alimentaire", _t("""
        ---
        titre: "Orienter vers l'aide alimentaire"
        categorie: acces-aux-droits
        partenaires: [Restos du Cœur, Secours populaire, Banques alimentaires, Croix-Rouge française, Secours catholique]
        public: [familles, personnes isolées, étudiants]
        duree_lecture: 8 min
        auteur: "Commission précarité du réseau Relier"
        version: 3
        ---
        """)),
    ("yaml-front-matter-mjpm", _t("""
        ---
        titre: "Travailler avec un mandataire judiciaire à la protection des majeurs"
        themes: [tutelle, curatelle, sauvegarde de justice, habilitation familiale]
        textes: ["Loi n° 2007-308 du 5 mars 2007", "Loi n° 2019-222 du 23 mars 2019"]
        articles_code_civil: ["425", "428", "440", "459"]
        relecture: "Groupe régional MJPM"
        date: 2024-03-18
        ---
        """)),
    ("biblio-petite-enfance", _t("""
        ## Bibliographie — petite enfance et attachement

        - Winnicott Donald W., *La mère suffisamment bonne*, Payot, rééd. 2006.
        - Bowlby John, *Attachement et perte*, PUF, 1978 (trad. française).
        - David Myriam, Appell Geneviève, *Lóczy ou le maternage insolite*, Scarabée, 1973.
        - Pikler Emmi, *Se mouvoir en liberté dès le premier âge*, PUF, 1979.
        - Golse Bernard, *Le développement psychique précoce*, Elsevier Masson, 2010.
        - Lebovici Serge, *Le nourrisson, la mère et le psychanalyste*, Le Centurion, 1983.
        - Brazelton T. Berry, *Points forts*, Stock, 1993.
        - Guédeney Nicole, Guédeney Antoine, *L'attachement : approche théorique*, Elsevier Masson.
        """)),
    ("biblio-protection-enfance", _t("""
        ## Pour aller plus loin

        - Berger Maurice, *L'échec de la protection de l'enfance*, Dunod, 2003.
        - Rosenczveig Jean-Pierre, *Le dispositif français de protection de l'enfance*, Jeunesse et droit.
        - Sellenet Catherine, *La parentalité décryptée*, L'Harmattan, 2007.
        - Houzel Didier (dir.), *Les enjeux de la parentalité*, Érès, 1999.
        - Durand Édouard, *Violences conjugales et parentalité*, L'Harmattan, 2013.
        - Fustier Paul, *Le lien d'accompagnement*, Dunod, 2000.
        - Karsz Saül, *Pourquoi le travail social ?*, Dunod, 2004.
        - Chauvière Michel, *Trop de gestion tue le social*, La Découverte, 2007.
        """)),
    ("biblio-sociologie-precarite", _t("""
        ### Références sociologiques

        1. Castel Robert, *Les métamorphoses de la question sociale*, Fayard, 1995.
        2. Paugam Serge, *La disqualification sociale*, PUF, 1991.
        3. Bourdieu Pierre (dir.), *La misère du monde*, Seuil, 1993.
        4. Goffman Erving, *Asiles*, Minuit, 1968 (éd. originale 1961).
        5. Becker Howard S., *Outsiders*, Métailié, 1985.
        6. Declerck Patrick, *Les naufragés*, Plon, coll. Terre humaine, 2001.
        7. Duvoux Nicolas, *Le nouvel âge de la solidarité*, Seuil, 2012.
        8. Donzelot Jacques, *La police des familles*, Minuit, 1977.
        """)),
    ("cadre-legal-protection-enfance", _t("""
        ## Cadre légal

        - **Article 375 du Code civil** : fondement de l'assistance éducative ordonnée par le juge des enfants.
        - **Loi n° 2007-293 du 5 mars 2007** : création des CRIP, primauté de la protection administrative,
          observatoires départementaux (ODPE).
        - **Loi n° 2016-297 du 14 mars 2016** : centrée sur les besoins de l'enfant, généralisation du
          projet pour l'enfant (PPE), création du CNPE.
        - **Loi n° 2022-140 du 7 février 2022** (dite loi Taquet) : interdiction de l'hébergement à l'hôtel
          des mineurs confiés, accompagnement des jeunes majeurs jusqu'à 21 ans.
        - **Décret n° 2016-1476 du 28 octobre 2016** : évaluation des informations préoccupantes par une
          équipe pluridisciplinaire.
        """)),
    ("cadre-legal-handicap-scolarisation", _t("""
        ## Textes de référence — scolarisation des élèves handicapés

        - Loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la participation
          et la citoyenneté des personnes handicapées (création des MDPH et du PPS).
        - Décret n° 2005-1752 du 30 décembre 2005 relatif au parcours de formation des élèves présentant
          un handicap.
        - Loi n° 2019-791 du 26 juillet 2019 pour une école de la confiance (création des PIAL).
        - Loi n° 2024-475 du 27 mai 2024 : prise en charge par l'État de l'accompagnement sur la pause
          méridienne.
        - Articles L. 112-1 et suivants du Code de l'éducation.
        """)),
    ("tableau-numeros-ecoute", _t("""
        ## Numéros d'écoute à afficher dans le service

        | Numéro | Service | Horaires |
        |--------|---------|----------|
        | 119 | Allô Enfance en danger | 24h/24, 7j/7 |
        | 3919 | Violences Femmes Info | 24h/24, 7j/7 |
        | 115 | Urgence sociale (SIAO) | 24h/24 |
        | 3977 | Maltraitance des personnes âgées et des adultes handicapés | en semaine |
        | 3114 | Numéro national de prévention du suicide | 24h/24 |
        | 0 800 235 236 | Fil Santé Jeunes | tous les jours |
        | 3018 | Cyberharcèlement et violences numériques | tous les jours |
        """)),
    ("vignette-anonymisee-aed", _t("""
        ## Vignette

        Mme D., 40 ans, élève seule ses trois enfants depuis le départ de son conjoint. Elle
        sollicite elle-même le service après une convocation au collège de l'aîné, 13 ans,
        pour absentéisme. Un accompagnement éducatif à domicile est proposé pour six mois.

        La TISF intervient deux matinées par semaine pour soutenir l'organisation du quotidien,
        pendant que l'éducatrice travaille avec l'adolescent sur son rapport à l'école.

        **À retenir** : l'adhésion de la mère a été obtenue parce qu'elle a pu formuler sa
        propre demande, et non subir une décision.
        """)),
    ("vignette-anonymisee-ado-cmp", _t("""
        ### Exemple

        Un adolescent de 15 ans est adressé au CMP par le médecin scolaire pour un repli
        important et une chute brutale des résultats. Les premiers entretiens se font en
        présence d'un parent, puis seul. La famille M. accepte un travail en parallèle avec
        une autre thérapeute. Six mois plus tard, le jeune a repris les cours à temps partiel,
        avec un aménagement proposé par l'équipe pédagogique.
        """)),
    ("vignette-anonymisee-mjpm", _t("""
        ### Vignette — curatelle renforcée

        M. R., 58 ans, vit seul dans un logement social. Après plusieurs impayés d'énergie,
        sa sœur demande une mesure de protection. Le juge ouvre une curatelle renforcée pour
        cinq ans. Le mandataire construit le budget avec lui, sollicite le FSL énergie et
        maintient ses habitudes : il garde sa carte de retrait et gère son argent de semaine.

        Ce que montre la situation : une mesure de protection peut préserver l'autonomie si
        elle est pensée à partir des souhaits de la personne (article 415 du Code civil).
        """)),
    ("historique-protection-enfance", _t("""
        ## Repères historiques

        - 1889 : loi sur la déchéance de la puissance paternelle.
        - 1945 : ordonnance du 2 février relative à l'enfance délinquante.
        - 1958 : ordonnance du 23 décembre, naissance de l'assistance éducative.
        - 1983-1986 : lois de décentralisation, l'ASE confiée aux départements.
        - 1989 : adoption de la Convention internationale des droits de l'enfant par l'ONU, le 20 novembre.
        - 2007, 2016, 2022 : trois grandes lois de réforme de la protection de l'enfance.
        """)),
    ("historique-aide-alimentaire", _t("""
        ### Un peu d'histoire

        La première Banque alimentaire française ouvre à Paris en 1984. L'année suivante,
        Coluche lance les Restaurants du Cœur à la radio ; la première campagne démarre
        en décembre 1985. En 1988, la loi dite « Coluche » renforce la réduction d'impôt pour
        les dons aux organismes d'aide aux personnes en difficulté.
        Plus récemment, la loi n° 2016-138 du 11 février 2016 relative à la lutte contre le
        gaspillage alimentaire oblige les grandes surfaces de plus de 400 m² à proposer une
        convention de don à une association habilitée.
        """)),
    ("acces-droits-pass-css-ame", _t("""
        ## Accès aux soins : PASS, CSS, AME

        Les permanences d'accès aux soins de santé (PASS) ont été créées par la loi d'orientation
        relative à la lutte contre les exclusions du 29 juillet 1998. Elles accueillent toute
        personne sans couverture maladie ou avec une couverture incomplète.

        La complémentaire santé solidaire (CSS) remplace depuis le 1er novembre 2019 la CMU-C et
        l'ACS. L'aide médicale de l'État (AME) s'adresse aux personnes étrangères en situation
        irrégulière résidant en France depuis plus de trois mois, sous condition de ressources.

        Conseil : ne jamais attendre le renouvellement pour déposer la demande, comptez deux mois.
        """)),
    ("domiciliation-cadre", _t("""
        ## La domiciliation administrative

        Toute personne sans domicile stable peut élire domicile auprès d'un CCAS ou d'un
        organisme agréé (article L. 264-1 du CASF). La loi ALUR du 24 mars 2014 a unifié les
        régimes de domiciliation. L'attestation (cerfa n° 13482) est valable un an et permet
        d'ouvrir des droits : RSA, CSS, inscription à France Travail, ouverture d'un compte.

        Le CCAS ne peut refuser que si la personne n'a pas de lien avec la commune ; le refus
        doit être motivé et accompagné d'une orientation.
        """)),
    ("mjpm-cadre-principes", _t("""
        ### Les principes de la protection juridique

        La loi du 5 mars 2007 pose trois principes : nécessité, subsidiarité, proportionnalité.
        Une mesure n'est ouverte que si l'altération des facultés est médicalement constatée
        (article 425 du Code civil) et si aucun autre dispositif (procuration, régime matrimonial,
        habilitation familiale) ne suffit.

        L'habilitation familiale, créée par l'ordonnance du 15 octobre 2015, permet à un proche
        de représenter la personne sans le suivi d'un mandataire professionnel.
        La loi du 23 mars 2019 a renforcé les droits des majeurs protégés : droit de vote
        pour tous, mariage sans autorisation préalable du juge.
        """)),
    ("compte-rendu-reunion-partenaires", _t("""
        ## Compte rendu — réunion du réseau petite enfance, 14 mai

        **Présents** : PMI (puéricultrice, sage-femme), CAMSP, crèche municipale, RPE, CAF,
        centre social, Éducation nationale (enseignante de TPS).

        1. Présentation du dispositif « 1000 premiers jours » et des nouveaux ateliers parents.
        2. Difficultés de repérage des familles non francophones : proposition d'un livret
           traduit en cinq langues.
        3. Délais d'attente au CAMSP : 8 à 10 mois ; réflexion sur des groupes d'attente.
        4. Prochaine réunion : septembre, à la Maison des familles.
        """)),
    ("institutions-adresses-publiques", _t("""
        ## Adresses hospitalières utiles (Île-de-France)

        - Hôpital Necker–Enfants malades, 149 rue de Sèvres, 75015 Paris.
        - Hôpital Robert-Debré, 48 boulevard Sérurier, 75019 Paris.
        - Maison de Solenn – Maison des adolescents de Cochin, 97 boulevard de Port-Royal, 75014 Paris.
        - Hôpital Avicenne (Maison des adolescents Casita), 125 rue de Stalingrad, 93000 Bobigny.

        Les consultations se prennent sur rendez-vous auprès des secrétariats.
        """)),
    ("fiction-litterature-formation", _t("""
        ## Atelier de formation : la figure de l'enfant maltraité en littérature

        - *Les Misérables* (Victor Hugo) : Cosette exploitée par les Thénardier.
        - *Poil de Carotte* (Jules Renard) : le rejet maternel au quotidien.
        - *Sans famille* (Hector Malot) : Rémi, enfant trouvé vendu à Vitalis.
        - *Oliver Twist* (Charles Dickens) : l'orphelinat et la rue.
        - *La Vie devant soi* (Romain Gary / Émile Ajar) : Momo et Madame Rosa.
        - *Matilda* (Roald Dahl) : les parents Wormwood et l'institutrice Miss Honey.

        Consigne : repérer, pour chaque œuvre, les signes de danger et les adultes ressources.
        """)),
    ("films-formation", _t("""
        ### Ciné-débat : sélection de films

        | Film | Réalisation | Année | Thème |
        |------|-------------|-------|-------|
        | Les Quatre Cents Coups | François Truffaut | 1959 | Antoine Doinel, fugue, centre d'observation |
        | Polisse | Maïwenn | 2011 | brigade de protection des mineurs |
        | La Tête haute | Emmanuelle Bercot | 2015 | Malony, juge des enfants, éducateur |
        | Pupille | Jeanne Herry | 2018 | accouchement sous le secret, adoption de Théo |
        | Moi, Daniel Blake | Ken Loach | 2016 | précarité, aide alimentaire |
        | Hors normes | Éric Toledano, Olivier Nakache | 2019 | autisme, associations |
        """)),
    ("statistiques-pauvrete", _t("""
        ## Quelques chiffres

        Selon l'Insee, environ 9,1 millions de personnes vivaient sous le seuil de pauvreté
        monétaire en 2021, soit 14,5 % de la population. Le seuil, fixé à 60 % du niveau de vie
        médian, s'établissait à 1 158 euros par mois pour une personne seule.
        Les familles monoparentales sont les plus exposées : près d'un enfant sur trois y vit
        sous le seuil de pauvreté. Les 18-29 ans constituent la tranche d'âge la plus touchée.
        """)),
    ("pmi-calendrier-examens", _t("""
        ## Le suivi de santé de l'enfant

        Depuis 2019, vingt examens de santé sont obligatoires entre la naissance et 16 ans,
        dont quatorze au cours des trois premières années. Trois donnent lieu à un certificat
        de santé transmis à la PMI : celui du 8e jour, du 9e mois et du 24e mois.
        La PMI réalise aussi un bilan de santé en école maternelle, vers 3-4 ans.
        Les vaccinations obligatoires sont au nombre de onze pour les enfants nés depuis le
        1er janvier 2018.
        """)),
    ("aed-deroule-mesure", _t("""
        ## L'aide éducative à domicile (AED) : déroulé type

        1. Demande des parents ou proposition après évaluation d'une information préoccupante.
        2. Signature d'un document avec les parents précisant objectifs et durée.
        3. Interventions au domicile, à l'école, lors d'activités : une à deux fois par semaine.
        4. Bilan d'étape à mi-parcours, avec la famille.
        5. Rapport de fin de mesure transmis au service de l'ASE.

        L'AED reste une mesure contractuelle : sans accord des parents, elle ne peut pas être
        mise en place, et l'éventuelle saisine du juge relève d'une autre logique.
        """)),
    ("crip-circuit-evaluation", _t("""
        ### Le circuit d'une information préoccupante

        - Réception par la CRIP, qui accuse réception à l'émetteur.
        - Évaluation par deux professionnels de métiers différents, dans un délai de trois mois.
        - Référence : cadre national d'évaluation publié par la HAS en janvier 2021.
        - Issues possibles : classement, proposition de prestation administrative, saisine du
          procureur de la République en cas de danger grave.
        - Retour à l'émetteur sur les suites données (article L. 226-5 du CASF).
        """)),
    ("mda-presentation", _t("""
        ## Les maisons des adolescents

        Les maisons des adolescents (MDA) accueillent les jeunes de 11 à 25 ans, leurs familles
        et les professionnels, avec ou sans rendez-vous, de façon gratuite et confidentielle.
        La première a ouvert au Havre en 1999 ; la Maison de Solenn, à Paris, a été inaugurée
        en 2004 avec le soutien de la Fondation des Hôpitaux.
        Le cahier des charges national a été actualisé en 2016. Chaque département dispose
        aujourd'hui d'au moins une MDA, souvent avec des antennes de proximité.
        """)),
    ("dispositifs-handicap-enfant", _t("""
        ## Qui fait quoi ? Handicap de l'enfant

        - **CAMSP** : dépistage et rééducation des enfants de 0 à 6 ans, sans notification MDPH.
        - **CMPP** : consultations médico-psycho-pédagogiques, jusqu'à 20 ans.
        - **SESSAD** : accompagnement en milieu ordinaire, sur notification de la CDAPH.
        - **DITEP** : jeunes présentant des difficultés psychologiques qui perturbent gravement
          la scolarisation ; fonctionnement en dispositif depuis la loi du 26 janvier 2016.
        - **ULIS** : dispositif de l'Éducation nationale, école, collège et lycée.
        - **AESH** : accompagnement humain individuel ou mutualisé, organisé en PIAL.
        """)),
    ("jeunes-majeurs-cadre", _t("""
        ## Jeunes majeurs sortant de l'ASE

        Depuis la loi du 7 février 2022, le département doit proposer un accompagnement aux
        jeunes de 18 à 21 ans qui ont été confiés à l'ASE et qui ne disposent ni de ressources ni
        d'un soutien familial suffisants. Un entretien est organisé un an avant la majorité
        pour préparer la sortie.

        Le contrat d'engagement jeune (CEJ), en vigueur depuis le 1er mars 2022, peut compléter
        cet accompagnement via la mission locale ou France Travail.
        """)),
    ("modele-a-trous-fiche-admission", _t("""
        ## Modèle de fiche d'admission (à compléter)

        - Nom : ______________________   Prénom : ______________________
        - Né(e) le : __ / __ / ____   à : ______________________
        - Adresse : __________________________________________
        - Téléphone : __ __ __ __ __   Courriel : ______________@__________
        - N° de sécurité sociale : _ __ __ __ ___ ___ __
        - Personne à prévenir : ______________________

        Ne conserver ce document que le temps de la prise en charge.
        """)),
    ("glossaire-sigles", _t("""
        ## Glossaire

        | Sigle | Signification |
        |-------|---------------|
        | AED | Aide éducative à domicile |
        | AEMO | Action éducative en milieu ouvert |
        | CRIP | Cellule de recueil des informations préoccupantes |
        | PPE | Projet pour l'enfant |
        | TISF | Technicien(ne) de l'intervention sociale et familiale |
        | OPP | Ordonnance de placement provisoire |
        | MNA | Mineur non accompagné |
        | PAEJ | Point accueil écoute jeunes |
        """)),
    ("secret-professionnel-cadre", _t("""
        ## Secret professionnel et partage d'informations

        L'article 226-13 du Code pénal punit la révélation d'une information à caractère secret
        d'un an d'emprisonnement et de 15 000 euros d'amende. L'article 226-14 prévoit des
        exceptions, notamment pour signaler des sévices sur un mineur.

        En protection de l'enfance, l'article L. 226-2-2 du CASF autorise le partage
        d'informations entre professionnels soumis au secret, à trois conditions : évaluer ou
        mettre en œuvre une action de protection, se limiter au strictement nécessaire, informer
        préalablement les parents sauf si c'est contraire à l'intérêt de l'enfant.
        """)),
    ("rgpd-conservation", _t("""
        ### Données personnelles : les bons réflexes

        Le règlement (UE) 2016/679 du 27 avril 2016 (RGPD) s'applique depuis le 25 mai 2018.
        La CNIL a publié un référentiel pour le secteur social et médico-social.

        - Ne collecter que les données nécessaires à l'accompagnement.
        - Fixer une durée de conservation et s'y tenir.
        - Ne jamais utiliser de messagerie personnelle pour transmettre un dossier.
        - Anonymiser les situations utilisées en formation ou dans les fiches Relier.
        """)),
    ("personnalites-enfance", _t("""
        ## Qui a porté les réformes récentes ?

        - Laurence Rossignol, ministre des Familles, de l'Enfance et des Droits des femmes,
          a porté la loi du 14 mars 2016.
        - Adrien Taquet, secrétaire d'État chargé de l'enfance et des familles, a présenté la
          stratégie nationale de prévention et de protection de l'enfance en octobre 2019.
        - Charlotte Caubel lui a succédé comme secrétaire d'État chargée de l'enfance en 2022.
        - Édouard Durand, juge des enfants, a coprésidé la CIIVISE de 2021 à 2023.
        - Claire Hédon est Défenseure des droits depuis 2020, avec Éric Delemar comme
          Défenseur des enfants.
        """)),
    ("wresinski-atd", _t("""
        ### Joseph Wresinski et ATD Quart Monde

        Arrivé en 1956 au camp de sans-logis de Noisy-le-Grand, le père Joseph Wresinski fonde
        avec les familles le mouvement ATD Quart Monde. Son rapport au Conseil économique et
        social, *Grande pauvreté et précarité économique et sociale* (1987), inspire la loi de
        1988 créant le RMI puis la loi contre les exclusions de 1998.
        Geneviève de Gaulle-Anthonioz, présidente d'ATD Quart Monde, s'est battue pour cette
        loi. Le 17 octobre est devenu la Journée mondiale du refus de la misère.
        """)),
    ("mille-premiers-jours", _t("""
        ## Les 1000 premiers jours

        La commission d'experts présidée par le neuropsychiatre Boris Cyrulnik a rendu son
        rapport en septembre 2020. Plusieurs mesures en sont issues :
        - congé de paternité porté à 25 jours (28 avec le congé de naissance) au 1er juillet 2021 ;
        - entretien postnatal précoce obligatoire depuis 2022 ;
        - application « 1000 premiers jours » avec un parcours pour les parents ;
        - renforcement des moyens de la PMI.
        Ces repères couvrent la période qui va du 4e mois de grossesse aux 2 ans de l'enfant.
        """)),
    ("reseau-partenaires-numeros-nationaux", _t("""
        ## Numéros nationaux des organismes

        | Organisme | Numéro | Remarque |
        |-----------|--------|----------|
        | CAF | 3230 | service gratuit + prix de l'appel |
        | Assurance maladie | 3646 | idem |
        | France Travail | 3949 | demandeurs d'emploi |
        | Allô Service Public | 3939 | renseignements administratifs |
        | Assurance retraite | 3960 | idem |
        """)),
    ("planning-ateliers-parents", _t("""
        ### Planning des ateliers parents-enfants (PMI / centre social)

        - Lundi 9h30 : massage bébé (0-6 mois), 6 familles maximum.
        - Mardi 14h : « Parler bambin », éveil au langage (18 mois-3 ans).
        - Jeudi 10h : café des parents, sans inscription.
        - Vendredi 9h30 : motricité libre inspirée de l'approche Pikler.
        - Un samedi par mois : atelier pères.

        Accès libre et gratuit, les grands frères et sœurs sont bienvenus pendant les vacances.
        """)),
    ("grille-observation-nourrisson", _t("""
        ## Grille d'observation en consultation de nourrissons

        - Regard : l'enfant suit-il le visage, cherche-t-il le regard de l'adulte ?
        - Tonus : hypotonie, hypertonie, asymétrie ?
        - Interactions : ajustement du parent aux pleurs, plaisir partagé ?
        - Sommeil et alimentation : rythme, difficultés exprimées.
        - Environnement : soutien de l'entourage, isolement, signes de dépression du post-partum
          (l'échelle EPDS peut aider).
        """)),
    ("supervision-anonymisee", _t("""
        ## Analyse de la pratique — situation présentée par un éducateur

        Une jeune fille de 17 ans, accueillie en foyer depuis deux ans, annonce sa grossesse.
        L'équipe est partagée : certains veulent l'orienter vers un centre parental, d'autres
        craignent qu'elle ne se retrouve seule à sa majorité.
        Le superviseur propose de distinguer trois questions : le désir de la jeune, ses
        ressources concrètes, et ce que l'institution projette sur elle.
        Décision : rencontre avec la sage-femme de PMI et visite d'un centre parental, sans
        engagement.
        """)),
    ("ecrit-professionnel-bonnes-pratiques", _t("""
        ## Écrire sur les personnes : exemples

        | À éviter | Préférer |
        |----------|----------|
        | « La mère est hystérique » | « Mme X. a haussé la voix et pleuré pendant l'entretien » |
        | « Famille carencée » | « Les repas du soir ne sont pas toujours assurés, selon l'enfant » |
        | « Le jeune ment » | « Les propos du jeune diffèrent de ceux du collège » |

        Toujours distinguer les faits observés, les propos rapportés et l'analyse.
        """)),
    ("faq-ame", _t("""
        ### FAQ — Aide médicale de l'État

        **Qui dépose la demande ?** La personne elle-même, à la CPAM de son lieu de résidence,
        éventuellement avec l'aide d'une association ou d'un CCAS.
        **Faut-il une domiciliation ?** Oui, si la personne n'a pas d'adresse stable.
        **Combien de temps est-elle valable ?** Un an ; le renouvellement se demande deux mois
        avant l'échéance.
        **Les enfants ?** Les mineurs bénéficient de l'AME sans condition de durée de résidence.
        """)),
    ("typologie-mandataires", _t("""
        ## Les différents mandataires

        - Services mandataires (associations tutélaires : UDAF, ATMP, etc.).
        - Mandataires individuels, agréés par le préfet.
        - Préposés d'établissement (hôpitaux, EHPAD publics).
        Tous doivent détenir le certificat national de compétence (CNC MJPM).
        Le juge des contentieux de la protection désigne en priorité un membre de la famille,
        puis, à défaut, un mandataire professionnel inscrit sur la liste départementale.
        """)),
    ("strategie-nationale-dates", _t("""
        ## Chronologie des plans

        - 14 octobre 2019 : présentation de la stratégie nationale de prévention et de
          protection de l'enfance 2020-2022.
        - Novembre 2019 : plan de lutte contre les violences faites aux enfants.
        - Septembre 2020 : rapport de la commission des 1000 premiers jours.
        - Novembre 2023 : rapport final de la CIIVISE, 82 préconisations.
        - 2024 : premier bilan de la loi du 7 février 2022 par la Défenseure des droits.
        """)),
    ("explication-format-nir", _t("""
        ### Lire un numéro de sécurité sociale

        Le NIR comporte 13 chiffres suivis d'une clé de 2 chiffres :
        sexe (1 chiffre), année et mois de naissance (2 + 2), département (2), commune (3),
        numéro d'ordre (3), puis la clé. Pour une personne née à l'étranger, le département
        est remplacé par 99. Les personnes en attente d'immatriculation disposent parfois d'un
        numéro provisoire commençant par 7 ou 8.
        Ne recopiez jamais un NIR dans une fiche de pratique : écrivez « NIR : [masqué] ».
        """)),
    ("explication-iban-rib", _t("""
        ### IBAN, BIC, RIB : de quoi parle-t-on ?

        Un IBAN français compte 27 caractères : « FR », deux chiffres de contrôle, puis le code
        banque (5), le code guichet (5), le numéro de compte (11) et la clé RIB (2).
        Le BIC identifie l'établissement. Le droit au compte, garanti par l'article L. 312-1
        du Code monétaire et financier, permet à toute personne résidant en France d'obtenir
        un compte via la Banque de France après un refus.
        Dans les fiches, on écrit « IBAN : FR76 XXXX XXXX… » et jamais un IBAN réel.
        """)),
    ("itineraire-pass-hopital", _t("""
        ## Accompagner une personne à la PASS : pas à pas

        1. Vérifier les droits existants (attestation, carte Vitale, AME en cours).
        2. Appeler l'accueil de la PASS pour connaître les horaires de consultation sans rendez-vous.
        3. Réunir ce que la personne possède : pièce d'identité, domiciliation, ordonnances.
        4. Prévoir un interprète professionnel (l'hôpital dispose souvent d'un marché d'interprétariat).
        5. Après la consultation, déposer immédiatement la demande de couverture maladie.
        6. Noter dans le dossier les suites à donner, sans détail médical inutile.
        """)),
    ("tisf-role", _t("""
        ## Le rôle de la TISF

        Le ou la technicien(ne) de l'intervention sociale et familiale intervient au domicile
        pour soutenir les parents dans les actes de la vie quotidienne : repas, soins aux
        enfants, budget, démarches. L'intervention peut être financée par la CAF (prévention,
        naissance, maladie) ou par l'ASE (protection de l'enfance).
        Le diplôme d'État de TISF est de niveau 4. Le métier repose sur le « faire avec »,
        jamais le « faire à la place ».
        """)),
    ("compte-rendu-comite-pilotage-aide-alimentaire", _t("""
        ### Comité de pilotage de l'aide alimentaire — 2 février

        **Participants** : CCAS, Restos du Cœur, Secours populaire, épicerie sociale, Banque
        alimentaire départementale, DDETS.

        - Hausse de 18 % des inscriptions en un an, surtout des étudiants et des retraités.
        - Difficulté d'approvisionnement en produits frais ; partenariat à construire avec le
          marché de gros.
        - Proposition d'un guichet unique d'orientation au CCAS, le mardi matin.
        - Prochaine réunion en juin.
        """)),
    ("citations-auteurs-accompagnement", _t("""
        ## Citations pour ouvrir une journée de formation

        > « Un bébé, ça n'existe pas. » — Donald W. Winnicott
        > « Tout est langage. » — Françoise Dolto
        > « Viser la vie bonne, avec et pour autrui, dans des institutions justes. » — Paul Ricœur
        > « On ne peut pas ne pas communiquer. » — Paul Watzlawick
        > « La résilience, c'est l'art de naviguer dans les torrents. » — Boris Cyrulnik
        """)),
    ("psychotherapie-institutionnelle", _t("""
        ## Héritages : la psychothérapie institutionnelle

        À l'hôpital de Saint-Alban, en Lozère, François Tosquelles et Lucien Bonnafé
        transforment l'asile pendant la Seconde Guerre mondiale. Jean Oury poursuit ce travail
        à la clinique de La Borde, à Cour-Cheverny, à partir de 1953, avec Félix Guattari.
        Fernand Deligny, de son côté, invente des lieux de vie pour enfants autistes dans les
        Cévennes. Ces expériences inspirent encore les clubs thérapeutiques et les lieux de vie
        et d'accueil (LVA).
        """)),
    ("mna-cadre", _t("""
        ## Mineurs non accompagnés : repères

        - Mise à l'abri et évaluation de la minorité et de l'isolement par le département
          (article L. 221-2-4 du CASF).
        - Le recours au fichier d'appui à l'évaluation de la minorité (AEM) est encadré par un
          décret de 2019.
        - En cas de refus, le jeune peut saisir directement le juge des enfants.
        - La grande majorité des jeunes évalués sont des garçons de 15 à 17 ans, venant
          notamment de Guinée, de Côte d'Ivoire, du Mali, de Tunisie et d'Afghanistan.
        """)),
    ("prevention-expulsions-calendrier", _t("""
        ## Prévention des expulsions : le calendrier

        - Commandement de payer : le locataire dispose de six semaines pour régler la dette
          (délai prévu par la loi du 27 juillet 2023).
        - Assignation : le préfet saisit la CCAPEX et fait réaliser un diagnostic social et financier.
        - Audience au tribunal judiciaire, puis commandement de quitter les lieux.
        - Trêve hivernale du 1er novembre au 31 mars : aucune expulsion ne peut être exécutée.
        - Concours de la force publique, qui engage la responsabilité de l'État en cas de refus.
        """)),
]

CLEAN += [
    ("section-entretien-prenatal-precoce", _t("""
        ## L'entretien prénatal précoce (EPP)

        Proposé à toutes les femmes enceintes, et obligatoire depuis le 1er mai 2020, l'EPP
        se tient en général au 4e mois de grossesse avec une sage-femme ou un médecin.
        Ce n'est pas un examen médical : on y parle du projet de naissance, du soutien de
        l'entourage, des inquiétudes, des conditions de logement.
        Il permet de repérer tôt les situations de vulnérabilité et d'orienter vers la PMI,
        la TISF ou le service social de la maternité. Le coparent est invité.
        """)),
    ("section-lieu-accueil-enfants-parents", _t("""
        ## Les lieux d'accueil enfants-parents (LAEP)

        Inspirés de la Maison verte fondée par Françoise Dolto en 1979, les LAEP accueillent
        de façon anonyme et sans inscription les enfants de moins de 6 ans accompagnés d'un
        adulte familier. Les accueillants, souvent en binôme, ne donnent pas de conseils :
        ils soutiennent la parole et le jeu.
        Les LAEP sont soutenus par la CAF dans le cadre de la prestation de service
        « accueil enfants-parents ».
        """)),
    ("section-aesh-missions", _t("""
        ## Les missions de l'AESH

        1. Accompagner l'élève dans les actes de la vie quotidienne (déplacements, repas, hygiène).
        2. Faciliter l'accès aux apprentissages (reformuler, aider à l'organisation du travail).
        3. Soutenir les activités de la vie sociale et relationnelle.

        L'AESH ne se substitue pas à l'enseignant. Son intervention est notifiée par la CDAPH
        et organisée par le PIAL. Depuis 2021, un guide national précise ses missions.
        """)),
    ("section-cmp-fonctionnement", _t("""
        ## Le CMP infanto-juvénile

        Le centre médico-psychologique est la porte d'entrée du secteur de psychiatrie de
        l'enfant et de l'adolescent. Il est gratuit et ne nécessite pas de prescription.
        L'équipe réunit pédopsychiatres, psychologues, infirmiers, orthophonistes,
        psychomotriciens et assistants sociaux.
        Les délais d'attente sont souvent longs : il est utile de mentionner l'urgence
        ressentie dans le courrier d'adressage, et de prévoir une solution d'attente (PAEJ,
        MDA, médecin traitant).
        """)),
    ("section-paej-cadre", _t("""
        ## Points accueil écoute jeunes (PAEJ)

        Les PAEJ accueillent de façon inconditionnelle, gratuite et anonyme les jeunes de 12
        à 25 ans et leurs parents. Ce ne sont pas des lieux de soin : ils offrent une écoute,
        un premier accompagnement et une orientation.
        Ils sont financés par l'État (politique de la ville, cohésion sociale) et les
        collectivités. Beaucoup tiennent des permanences dans les collèges, les missions
        locales ou les foyers de jeunes travailleurs.
        """)),
    ("section-itep-historique", _t("""
        ### D'où viennent les ITEP ?

        Les instituts de rééducation (IR) deviennent instituts thérapeutiques, éducatifs et
        pédagogiques avec le décret n° 2005-11 du 6 janvier 2005. Ils accueillent des enfants
        dont les capacités intellectuelles sont préservées mais dont les troubles psychiques
        perturbent gravement la socialisation et les apprentissages.
        Le fonctionnement en dispositif (DITEP) permet de passer de l'internat à l'accueil de
        jour ou au SESSAD sans nouvelle notification de la CDAPH.
        """)),
    ("section-bibliographie-sante-mentale-jeunes", _t("""
        ## Bibliographie — santé mentale des jeunes

        - Jeammet Philippe, *Pour nos ados, soyons adultes*, Odile Jacob, 2008.
        - Pommereau Xavier, *Ados en vrille, mères en vrac*, Albin Michel, 2010.
        - Marcelli Daniel, Braconnier Alain, *Adolescence et psychopathologie*, Elsevier Masson.
        - Huerre Patrice, *L'adolescence n'existe pas*, Odile Jacob, 1997.
        - Haute Autorité de santé, *Manifestations dépressives à l'adolescence*, 2014.
        - Santé publique France, enquêtes EnCLASS sur la santé des collégiens et lycéens.
        """)),
    ("section-aide-alimentaire-orientation", _t("""
        ## Orienter vers l'aide alimentaire : les questions à se poser

        - La personne a-t-elle une cuisine ? Sinon, privilégier les repas chauds ou les
          colis sans cuisson.
        - Régime particulier (diabète, halal, sans porc, bébé) ?
        - Mobilité : le lieu de distribution est-il accessible en transport en commun ?
        - Conditions d'accès : certaines associations demandent une orientation par un
          travailleur social, d'autres accueillent sans condition.
        - Au-delà de l'urgence : ouvrir les droits (RSA, prime d'activité, CSS) pour sortir
          de la dépendance à l'aide.
        """)),
    ("section-cr-reunion-crip-anonymisee", _t("""
        ### Réunion mensuelle CRIP / écoles — relevé

        - 42 informations préoccupantes reçues des établissements scolaires ce mois-ci.
        - Motifs dominants : violences conjugales auxquelles l'enfant est exposé, absentéisme.
        - Rappel : une IP ne se fait pas « en cas de doute sur l'équipe », mais en cas
          d'inquiétude pour l'enfant.
        - Situation évoquée anonymement : une élève de CM1 dont les retours d'évaluation ont
          tardé ; la CRIP s'engage à répondre sous trois semaines à l'émetteur.
        - Prochaine rencontre : le premier jeudi du mois, au rectorat.
        """)),
    ("section-tableau-dispositifs-jeunes-majeurs", _t("""
        ## Dispositifs mobilisables pour un jeune majeur

        | Dispositif | Porteur | Public |
        |------------|---------|--------|
        | Contrat jeune majeur / APJM | Département | 18-21 ans anciens ASE |
        | Contrat d'engagement jeune | Mission locale, France Travail | 16-25 ans |
        | Garantie Visale | Action Logement | moins de 31 ans |
        | Bourse sur critères sociaux | CROUS | étudiants |
        | FAJ | Département | 18-25 ans en difficulté |
        """)),
    ("section-domiciliation-faq", _t("""
        ### Questions fréquentes sur la domiciliation

        **Un mineur peut-il être domicilié ?** En principe non, il est domicilié chez ses
        représentants légaux ; l'ASE ou le service qui l'accueille est son référent.
        **La domiciliation ouvre-t-elle droit à l'inscription scolaire ?** La scolarisation
        ne peut être refusée à un enfant faute de domicile ; le maire doit inscrire l'enfant.
        **Que faire si le courrier n'est pas retiré ?** L'organisme peut radier la personne
        après trois mois sans contact, sauf motif légitime.
        """)),
    ("section-mandataire-budget", _t("""
        ## Construire un budget avec une personne protégée

        Le mandataire présente le budget sur une feuille simple, en trois colonnes : ressources,
        charges fixes, reste à vivre. La personne choisit la fréquence de l'argent de vie
        (hebdomadaire le plus souvent) et le mode de retrait.
        Les priorités sont fixées ensemble : loyer, énergie, assurance, alimentation.
        La loi du 5 mars 2007 impose de l'informer de la gestion et de recueillir son avis
        sur les décisions qui la concernent (article 457-1 du Code civil).
        """)),
    ("section-vignette-pmi-anonymisee", _t("""
        ## Vignette PMI

        Une femme de 23 ans, primipare, arrivée en France au 7e mois de grossesse, est reçue
        en consultation prénatale. Elle ne parle pas français et vit chez une cousine dans un
        studio. La sage-femme organise un entretien avec interprète, oriente vers la PASS
        pour l'ouverture des droits et prévient le service social de la maternité.
        Après la naissance, la puéricultrice assure des visites à domicile hebdomadaires
        pendant deux mois. L'enfant grandit bien ; la mère rejoint un groupe de parole.
        """)),
    ("section-citations-personnalites", _t("""
        ## Ils l'ont dit

        - « Là où des hommes sont condamnés à vivre dans la misère, les droits de l'homme sont
          violés. » — Joseph Wresinski, 17 octobre 1987, parvis du Trocadéro.
        - « Mes amis, au secours ! » — abbé Pierre, 1er février 1954.
        - « Aujourd'hui, on n'a plus le droit ni d'avoir faim ni d'avoir froid. » — La chanson
          des Restos du Cœur, 1986.
        - « L'enfant n'est pas un adulte en miniature. » — formule attribuée à Jean-Jacques
          Rousseau, souvent reprise en formation.
        """)),
    ("section-formation-fiction-series", _t("""
        ### Supports pour la formation des assistants familiaux

        - *Pupille* (Jeanne Herry) : le rôle de chaque professionnel autour de Théo, né sous le secret.
        - *L'Enfant sauvage* (François Truffaut) : Victor de l'Aveyron et le docteur Itard.
        - *Sans famille* (Hector Malot) : Rémi, Vitalis et la question de l'appartenance.
        - *Les Misérables* : Jean Valjean, père adoptif de Cosette.
        - *Le Gamin au vélo* (Jean-Pierre et Luc Dardenne) : Cyril, placé en foyer, cherche son père.
        Durée de chaque séance : 3 heures, débat compris.
        """)),
    ("section-statistiques-protection", _t("""
        ## Repères chiffrés en protection de l'enfance

        - Plus de 300 000 mineurs et jeunes majeurs bénéficient d'au moins une mesure.
        - Environ la moitié des enfants confiés vivent chez un assistant familial.
        - La grande majorité des placements sont prononcés par le juge des enfants.
        - Les départements consacrent chaque année plusieurs milliards d'euros à l'ASE.
        Sources : DREES, ONPE, rapports annuels ; se référer aux dernières publications pour
        des chiffres à jour.
        """)),
    ("section-reseau-lieux-ressources", _t("""
        ## Lieux ressources pour les familles exilées

        - Centre Primo Levi (Paris) : soins aux victimes de torture.
        - Comede (Le Kremlin-Bicêtre) : santé des exilés, permanence téléphonique pour les professionnels.
        - La Cimade : accompagnement juridique.
        - France terre d'asile : hébergement et accompagnement des demandeurs d'asile.
        - Médecins du Monde : CASO, consultations gratuites.
        - Centre Françoise-Minkowska : psychiatrie transculturelle.
        """)),
    ("section-prenoms-noms-communs-liste", _t("""
        ## Valeurs du service

        Patience : accepter que les changements prennent du temps.
        Constance : tenir le cadre dans la durée.
        Clémence : savoir ne pas sanctionner chaque écart.
        Prudence : mesurer les risques avant de décider.
        Espérance : croire aux capacités de chacun.
        Ces mots ont été choisis par les jeunes accueillis lors du conseil de la vie sociale.
        """)),
    ("section-ame-yaml-long", _t("""
        ---
        titre: "Aide médicale de l'État : conditions et démarches"
        categorie: acces-aux-droits
        public: [personnes étrangères sans titre de séjour]
        conditions: ["résidence en France depuis plus de 3 mois", "ressources sous plafond"]
        organisme: "CPAM du lieu de résidence"
        numero_utile: "3646"
        liens: ["https://www.ameli.fr", "https://www.comede.org"]
        derniere_verification: 2025-04-01
        ---
        """)),
    ("section-ordre-du-jour-cvs", _t("""
        ### Conseil de la vie sociale — ordre du jour

        1. Approbation du compte rendu de la séance précédente.
        2. Menus : retour de la commission restauration (plus de plats végétariens demandés).
        3. Travaux : rénovation de la salle d'activités prévue en juillet.
        4. Sortie d'été : vote entre la mer à Berck et le parc de la Villette.
        5. Questions des résidents.
        Le CVS est présidé par un représentant des personnes accueillies (décret n° 2022-688
        du 25 avril 2022).
        """)),
]

CLEAN += [
    # ------------------------------------------------- auteurs et citations
    ("auteur-winnicott-holding", "Le holding décrit par Donald Winnicott désigne la manière dont la mère porte physiquement et psychiquement son bébé."),
    ("auteur-dolto-maison-verte", "Françoise Dolto fonde en 1979 la Maison verte, à Paris, lieu d'accueil enfants-parents sans inscription ni dossier."),
    ("auteur-cyrulnik-resilience", "Boris Cyrulnik a popularisé la notion de résilience en France avec *Un merveilleux malheur* (Odile Jacob, 1999)."),
    ("auteur-berger-lien", "Maurice Berger, pédopsychiatre, a longtemps critiqué le maintien à tout prix du lien parent-enfant dans les situations de grande violence."),
    ("auteur-fustier-don", "Paul Fustier distingue dans *Le lien d'accompagnement* l'échange contractuel et l'échange par le don."),
    ("auteur-rouzel-educateur", "Joseph Rouzel insiste sur l'importance de l'écriture et de l'analyse de la pratique dans la formation des éducateurs."),
    ("auteur-rogers-empathie", "Carl Rogers définit trois conditions de la relation d'aide : empathie, congruence et regard positif inconditionnel."),
    ("auteur-goffman-stigmate", "Dans *Stigmate* (1963), Erving Goffman analyse la façon dont les personnes discréditées gèrent leur identité sociale."),
    ("auteur-castel-desaffiliation", "Robert Castel parle de « désaffiliation » pour décrire le double décrochage du travail et des liens sociaux."),
    ("auteur-paugam-assistes", "Serge Paugam distingue trois expériences de la disqualification : fragiles, assistés et marginaux."),
    ("auteur-honneth-reconnaissance", "Axel Honneth identifie trois sphères de la reconnaissance : l'amour, le droit et l'estime sociale."),
    ("auteur-bowlby-ainsworth", "Mary Ainsworth a mis au point la « situation étrange » pour observer les styles d'attachement décrits par John Bowlby."),
    ("auteur-stern-accordage", "Daniel Stern décrit l'accordage affectif entre le parent et le nourrisson."),
    ("auteur-racamier-incestuel", "Paul-Claude Racamier a forgé le concept d'incestuel, utile pour penser certains climats familiaux sans passage à l'acte."),
    ("auteur-salmona-memoire-traumatique", "Muriel Salmona, psychiatre, a diffusé la notion de mémoire traumatique auprès des professionnels de l'enfance."),
    ("auteur-korczak", "Janusz Korczak, médecin et pédagogue polonais, dirigeait l'orphelinat de Varsovie ; il est mort à Treblinka en 1942 avec les enfants."),
    ("auteur-pikler-loczy", "L'Institut Emmi Pikler, à Budapest (rue Lóczy), a inspiré de nombreuses pouponnières françaises."),
    ("auteur-jeammet-adolescence", "Philippe Jeammet voit dans l'adolescence un temps de remaniement du lien de dépendance aux parents."),
    ("auteur-pommereau-scarifications", "Xavier Pommereau, psychiatre à Bordeaux, a consacré plusieurs ouvrages aux conduites de rupture chez les adolescents."),
    ("auteur-furtos-souffrance-psychosociale", "Jean Furtos parle de « souffrance psychique d'origine sociale » et de syndrome d'auto-exclusion."),
    ("auteur-mauss-don", "Marcel Mauss, dans son *Essai sur le don* (1925), décrit l'obligation de donner, recevoir et rendre."),
    ("auteur-arendt", "Hannah Arendt rappelle que l'éducation consiste à introduire les nouveaux venus dans un monde plus ancien qu'eux."),
    ("auteur-de-robertis", "Cristina De Robertis propose une méthodologie de l'intervention en travail social en plusieurs phases, du diagnostic à l'évaluation."),
    ("auteur-bouquet-ethique", "Brigitte Bouquet distingue morale, déontologie et éthique dans *Éthique et travail social*."),
    ("auteur-donzelot", "Jacques Donzelot a décrit le « complexe tutélaire » qui se met en place autour des familles populaires."),
    ("auteur-deligny-vagabonds", "Fernand Deligny publie *Les vagabonds efficaces* en 1947, à partir de son expérience à Lille."),
    ("auteur-lebovici-arbre-de-vie", "Serge Lebovici utilisait la métaphore de l'arbre de vie pour représenter la transmission intergénérationnelle."),
    ("auteur-houzel-axes", "Didier Houzel distingue trois axes de la parentalité : l'exercice, l'expérience et la pratique."),
    ("auteur-emmanuelli-samu", "Xavier Emmanuelli crée le Samu social de Paris en 1993, sur le modèle de l'aide médicale urgente."),
    ("auteur-freinet-oury", "Fernand Oury et Célestin Freinet ont inspiré la pédagogie institutionnelle utilisée dans certaines classes d'ITEP."),
    ("auteur-montessori", "Maria Montessori insistait sur l'aménagement d'un environnement adapté à l'enfant."),
    ("auteur-declerck-clochards", "Patrick Declerck, psychanalyste, a consulté au centre d'hébergement de Nanterre pendant une quinzaine d'années."),
    ("auteur-damon-sdf", "Julien Damon a étudié la construction de la « question SDF » comme problème public."),
    ("auteur-karsz-figures", "Saül Karsz distingue trois figures de l'intervention sociale : la charité, la prise en charge et la prise en compte."),
    ("auteur-brazelton-touchpoints", "Le modèle Touchpoints de T. Berry Brazelton repère des moments prévisibles de désorganisation dans le développement."),
    ("auteur-rufo-chronique", "Marcel Rufo, pédopsychiatre à Marseille, a dirigé l'Espace Arthur, unité pour adolescents."),
    ("auteur-lamour-berceau", "Martine Lamour a travaillé sur les souffrances autour du berceau et le soutien aux professionnels de la petite enfance."),

    # ---------------------------------------------- personnalités publiques
    ("public-simone-veil", "Simone Veil, ministre de la Santé, défend en 1974 la loi sur l'interruption volontaire de grossesse, promulguée le 17 janvier 1975."),
    ("public-abbe-pierre-1954", "L'appel de l'abbé Pierre du 1er février 1954, sur Radio Luxembourg, reste le symbole de la mobilisation pour les sans-abri."),
    ("public-coluche", "Coluche annonce la création des Restos du Cœur en septembre 1985, sur Europe 1."),
    ("public-badinter", "Robert Badinter, garde des Sceaux, a porté l'abolition de la peine de mort en 1981."),
    ("public-halimi-bobigny", "Le procès de Bobigny (1972), où Gisèle Halimi défendait une adolescente et sa mère, a marqué le débat sur l'avortement."),
    ("public-hirsch-rsa", "Le RSA, porté par Martin Hirsch, haut-commissaire aux solidarités actives, a été généralisé le 1er juin 2009."),
    ("public-hedon-rapport", "Dans son rapport annuel, la Défenseure des droits Claire Hédon alerte sur les délais d'exécution des mesures de placement."),
    ("public-durand-ciivise", "Le juge Édouard Durand a rappelé, à la tête de la CIIVISE, que 160 000 enfants sont victimes de violences sexuelles chaque année."),
    ("public-taquet-strategie", "Adrien Taquet a lancé en 2019 la contractualisation entre l'État et les départements en protection de l'enfance."),
    ("public-versini", "Dominique Versini a été la première Défenseure des enfants, de 2006 à 2011."),
    ("public-itard-victor", "Le docteur Jean Itard a tenté l'éducation de Victor, l'enfant sauvage de l'Aveyron, au début du XIXe siècle."),
    ("public-mandela-citation", "« L'éducation est l'arme la plus puissante pour changer le monde » — la citation de Nelson Mandela ouvre le projet de service."),

    # ---------------------------------------------- lieux, établissements
    ("lieu-calais-grande-synthe", "Les associations présentes à Calais et à Grande-Synthe signalent la présence croissante de familles avec de jeunes enfants."),
    ("lieu-mayotte-jeunesse", "Mayotte est le département le plus jeune de France : près de la moitié de la population a moins de 18 ans."),
    ("lieu-saint-denis-pmi", "La ville de Saint-Denis compte plusieurs centres de PMI départementaux et municipaux."),
    ("lieu-goutte-dor", "Dans le quartier de la Goutte-d'Or, une salle de consommation à moindre risque a ouvert en 2016 à l'hôpital Lariboisière."),
    ("lieu-briancon-refuge", "À Briançon, le Refuge solidaire accueille les exilés qui ont traversé la frontière par le col de Montgenèvre."),
    ("lieu-roubaix-alma", "Le quartier de l'Alma, à Roubaix, accueille un centre social très actif sur l'aide aux devoirs."),
    ("etab-cmp-dolto", "Le CMP Françoise-Dolto propose des consultations parents-bébé le mardi matin."),
    ("etab-creche-louise-michel", "La crèche Louise-Michel réserve des places d'accueil d'urgence aux familles orientées par la PMI."),
    ("etab-centre-social-mandela", "Inscriptions à l'aide aux devoirs au centre social Nelson-Mandela dès le 2 septembre."),
    ("etab-college-jean-jaures", "Le collège Jean-Jaurès accueille une ULIS TFC et une UPE2A pour les élèves allophones."),
    ("etab-lycee-simone-veil", "Réunion d'information sur Parcoursup au lycée Simone-Veil, ouverte aux éducateurs référents."),
    ("etab-robert-debre-urgences", "Les urgences pédiatriques de l'hôpital Robert-Debré sont ouvertes 24h/24."),
    ("etab-sainte-anne", "Le GHU Paris psychiatrie et neurosciences regroupe notamment l'hôpital Sainte-Anne et la Maison Blanche."),
    ("etab-primo-levi", "Le Centre Primo Levi soigne les personnes victimes de torture et de violence politique exilées en France."),
    ("etab-minkowska", "Le Centre Françoise-Minkowska propose des consultations de psychiatrie transculturelle pour les personnes migrantes."),
    ("etab-comede", "Le Comede, au Kremlin-Bicêtre, publie chaque année un guide pratique pour les professionnels accompagnant des exilés."),
    ("etab-rue-comme-institution", "La PMI de la rue Victor-Hugo est fermée le jeudi après-midi ; se rendre à celle du boulevard Gambetta."),
    ("etab-foyer-leo-lagrange", "Le foyer de jeunes travailleurs Léo-Lagrange dispose de six studios réservés aux sortants de l'ASE."),
    ("etab-ime-papillons-blancs", "L'IME géré par les Papillons Blancs propose une section d'initiation et de première formation professionnelle."),
    ("etab-apprentis-auteuil", "La Fondation Apprentis d'Auteuil accompagne des jeunes majeurs sortant de l'ASE via son programme d'accompagnement vers l'autonomie."),
    ("etab-hopital-fondation-rothschild", "Une consultation de psychotraumatologie pédiatrique existe à l'Hôpital Fondation Adolphe de Rothschild."),

    # ---------------------------------------------- associations et institutions
    ("asso-restos-campagne", "La campagne d'hiver des Restos du Cœur débute fin novembre ; l'inscription se fait sur présentation des justificatifs de ressources."),
    ("asso-secours-populaire", "Le Secours populaire organise chaque été la Journée des oubliés des vacances."),
    ("asso-croix-rouge-maraudes", "Les maraudes de la Croix-Rouge française passent trois soirs par semaine dans le centre-ville."),
    ("asso-emmaus", "Les communautés Emmaüs accueillent des compagnons qui travaillent et vivent sur place."),
    ("asso-cimade", "La Cimade tient des permanences juridiques pour les personnes étrangères ; prendre rendez-vous par téléphone."),
    ("asso-enfance-et-partage", "Enfance et Partage propose des interventions de prévention des violences dans les écoles primaires."),
    ("asso-udaf", "L'UDAF exerce des mesures de protection juridique et des mesures d'accompagnement social personnalisé (MASP)."),
    ("asso-medecins-du-monde", "Médecins du Monde tient des centres d'accueil, de soins et d'orientation (CASO) dans plusieurs grandes villes."),
    ("inst-cnpe-onpe", "Le Conseil national de la protection de l'enfance (CNPE) et l'ONPE ont été regroupés au sein du GIP France enfance protégée en 2023."),
    ("inst-cour-cassation", "Par un arrêt de la Cour de cassation, la première chambre civile a rappelé que l'audition de l'enfant capable de discernement est de droit lorsqu'il la demande."),
    ("inst-cedh", "La Cour européenne des droits de l'homme a condamné la France à plusieurs reprises pour le placement d'enfants en rétention administrative."),

    # ---------------------------------------------- lois, articles, textes
    ("loi-article-375", "Article 375 du Code civil : « Si la santé, la sécurité ou la moralité d'un mineur non émancipé sont en danger [...], des mesures d'assistance éducative peuvent être ordonnées par justice »."),
    ("loi-2002-2", "La loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale impose le livret d'accueil, le contrat de séjour et le conseil de la vie sociale."),
    ("loi-dalo", "La loi n° 2007-290 du 5 mars 2007 institue le droit au logement opposable (DALO)."),
    ("loi-besson-fsl", "Le fonds de solidarité pour le logement (FSL) a été créé par la loi Besson n° 90-449 du 31 mai 1990."),
    ("loi-alur", "La loi ALUR n° 2014-366 du 24 mars 2014 a notamment allongé la trêve hivernale jusqu'au 31 mars."),
    ("loi-cide-article-12", "L'article 12 de la Convention internationale des droits de l'enfant garantit à l'enfant le droit d'exprimer librement son opinion."),
    ("loi-ordonnance-1945-ccjm", "L'ordonnance du 2 février 1945 a été remplacée par le Code de la justice pénale des mineurs, entré en vigueur le 30 septembre 2021."),
    ("loi-article-l223-1-1", "Le projet pour l'enfant est prévu à l'article L. 223-1-1 du CASF ; il est élaboré avec les parents et l'enfant."),
    ("loi-226-14", "L'article 226-14 du Code pénal protège le professionnel qui signale de bonne foi des violences sur un mineur."),
    ("loi-pch-parentalite", "Depuis le 1er janvier 2021, la PCH comprend un volet aide à la parentalité pour les parents en situation de handicap."),
    ("loi-aeeh", "L'AEEH est versée par la CAF sur décision de la CDAPH ; elle peut être complétée par l'un des six compléments."),
    ("loi-decret-rapport-situation", "Le contenu du rapport de situation prévu à l'article L. 223-5 du CASF est fixé par le décret n° 2016-1557 du 17 novembre 2016."),

    # ---------------------------------------------- statistiques, années, âges
    ("stat-morts-de-la-rue", "Selon le collectif Les Morts de la Rue, les personnes sans domicile décèdent en moyenne vers 49 ans."),
    ("stat-restos", "Les Restos du Cœur ont accueilli plus d'un million de personnes lors de la dernière campagne."),
    ("stat-enfants-pauvres", "Près de 3 millions d'enfants vivent sous le seuil de pauvreté en France."),
    ("stat-ase-jeunes-sdf", "Une étude de l'Insee a montré qu'environ un quart des personnes sans domicile nées en France étaient passées par l'ASE."),
    ("stat-delais-mdph", "Le délai moyen de traitement des demandes à la MDPH dépasse quatre mois dans de nombreux départements."),
    ("age-general-moins-3-ans", "Les enfants de moins de 3 ans ne doivent pas être exposés aux écrans, rappelle le carnet de santé depuis 2018."),
    ("age-general-16-25", "La mission locale accueille les jeunes de 16 à 25 ans sortis du système scolaire."),
    ("age-general-nourrisson", "Un nourrisson de 3 mois qui pleure plus de trois heures par jour doit être vu par un médecin, sans culpabiliser les parents."),
    ("age-general-ado-17", "À 17 ans, un jeune confié peut préparer son permis de conduire dans le cadre de son projet d'autonomie."),
    ("annees-campagne-hiver", "Le plan hivernal court du 1er novembre au 31 mars ; des places supplémentaires ouvrent en cas de grand froid."),
    ("annee-creation-rsa-rmi", "Le RMI, créé en 1988, a été remplacé par le RSA en 2009."),
    ("date-journee-droits-enfant", "Le 20 novembre, journée internationale des droits de l'enfant, le foyer organise une exposition des dessins des enfants."),

    # ---------------------------------------------- numéros d'écoute (texte)
    ("ecoute-119", "En cas de doute sur la situation d'un enfant, appelez le 119 : gratuit, 24h/24, n'apparaît pas sur les relevés téléphoniques."),
    ("ecoute-3919", "Le 3919 est anonyme et gratuit ; il oriente aussi les professionnels qui s'interrogent sur une situation de violences conjugales."),
    ("ecoute-115", "Le soir, composez le 115 dès 18h : les places sont attribuées au fil des appels."),
    ("ecoute-3977", "Pour une suspicion de maltraitance envers un adulte handicapé, le 3977 peut être appelé par la personne, un proche ou un professionnel."),
    ("ecoute-fil-sante-jeunes", "Fil Santé Jeunes : 0 800 235 236, appel anonyme et gratuit, de 9h à 23h."),
    ("ecoute-3114", "Le 3114 répond aux personnes en détresse suicidaire et à leurs proches, 24h/24."),
    ("ecoute-drogues-info", "Drogues Info Service : 0 800 23 13 13, appel gratuit, 7 jours sur 7."),
    ("ecoute-allo-parents-bebe", "Allô Parents Bébé (Enfance et Partage) : 0 800 00 3456, pour les parents d'enfants de 0 à 3 ans."),
    ("ecoute-114-sms", "Les personnes sourdes ou malentendantes peuvent joindre les secours par SMS au 114."),
    ("ecoute-sos-amitie", "SOS Amitié : 09 72 39 40 50, écoute 24h/24 par des bénévoles formés."),

    # ---------------------------------------------- personnages de fiction
    ("fiction-cosette", "Cosette, chez les Thénardier, est l'exemple classique utilisé pour illustrer l'exploitation domestique des enfants."),
    ("fiction-harry-potter", "Harry Potter dormant dans le placard sous l'escalier des Dursley : un exemple parlant de négligence pour les collégiens."),
    ("fiction-petit-prince", "« On ne connaît que les choses que l'on apprivoise », dit le renard au Petit Prince : une belle entrée en matière sur la relation éducative."),
    ("fiction-fifi-brindacier", "Fifi Brindacier vit seule dans sa villa avec un cheval et un singe : qui, aujourd'hui, ferait une information préoccupante ?"),
    ("fiction-antoine-doinel", "Antoine Doinel, dans *Les Quatre Cents Coups*, finit au centre d'observation pour mineurs délinquants."),
    ("fiction-malony", "Dans *La Tête haute*, la juge incarnée par Catherine Deneuve suit Malony de 6 à 18 ans."),
    ("fiction-pinocchio", "Pinocchio et Gepetto : une histoire de filiation choisie souvent évoquée en atelier avec les assistantes familiales."),
    ("fiction-mowgli", "Mowgli, élevé par les loups, sert de point de départ à un débat sur l'éducation et l'appartenance."),
    ("fiction-odette-chatouilles", "Le personnage d'Odette, dans *Les Chatouilles*, montre le long chemin de la révélation des violences sexuelles."),
    ("fiction-daniel-blake", "Daniel Blake, menuisier malade face à l'administration, est devenu un symbole du non-recours aux droits."),

    # ---------------------------------- prénoms employés comme noms communs
    ("prenom-commun-rose", "Rose, bleu ou vert : le code couleur des pochettes indique le type de mesure (AED, AEMO, placement)."),
    ("prenom-commun-patience", "Patience et régularité sont les deux clés du travail avec les familles en grande précarité."),
    ("prenom-commun-pierre-angulaire", "Pierre angulaire du dispositif, le projet pour l'enfant doit être révisé au moins une fois par an."),
    ("prenom-commun-constance", "Constance du cadre et souplesse des réponses : c'est ce que demandent les adolescents accueillis en ITEP."),
    ("prenom-commun-grace", "Grâce à la complémentaire santé solidaire, les lunettes et les prothèses dentaires sont prises en charge sans reste à charge."),
    ("prenom-commun-claire", "Claire, brève et datée : voilà ce qu'on attend d'une note de transmission."),
    ("prenom-commun-victoire", "Victoire pour les associations : le décret revalorisant l'allocation a finalement été publié."),
    ("prenom-commun-prudence", "Prudence avec les réseaux sociaux : ne jamais accepter un jeune accompagné comme « ami » sur un compte personnel."),
    ("prenom-commun-noel", "Noël solidaire : distribution de jouets et de colis le 20 décembre à la salle des fêtes."),
    ("prenom-commun-toussaint", "Toussaint : le service sera fermé le 1er novembre, astreinte joignable via le standard du département."),
    ("prenom-commun-bienvenue", "Bienvenue à l'accueil de jour ! Café, douche et bagagerie de 8h30 à 12h."),
    ("prenom-commun-desire", "Désiré ou non, l'enfant a besoin que sa place soit pensée avant la naissance : c'est l'objet de l'entretien prénatal précoce."),
    ("prenom-commun-fidele", "Fidèle à sa mission, le CCAS maintient la distribution même pendant les vacances."),
    ("prenom-commun-modeste", "Modeste mais réel, le soutien du FSL permet souvent d'éviter l'engrenage de l'impayé."),
    ("prenom-commun-olive", "Olive, lentilles, riz, conserves de poisson : composition type du colis sec de la semaine."),
    ("prenom-commun-violette-ambre", "Violette ou ambre, les pastilles sur le planning signalent les visites médiatisées et les visites libres."),
    ("prenom-commun-merveille", "Merveille d'ingéniosité, la bagagerie solidaire a été construite par les personnes accueillies elles-mêmes."),
    ("prenom-commun-esperance", "Espérance de vie, santé, logement : les indicateurs restent très défavorables pour les gens du voyage."),
    ("prenom-commun-aime", "Aimé, compris, protégé : les trois besoins que les enfants citent le plus souvent dans les consultations de l'ONPE."),
    ("prenom-commun-sage-femme", "Sage-femme de PMI, elle assure aussi les entretiens prénataux à domicile pour les femmes isolées."),

    # ------------------------------------------- vignettes bien anonymisées
    ("anonyme-mme-d-40-ans", "Mme D., 40 ans, mère de trois enfants, sollicite une aide pour la cantine après la perte de son emploi."),
    ("anonyme-adolescent-15-ans", "Un adolescent de 15 ans, déscolarisé depuis six mois, est reçu au PAEJ à l'initiative de son éducatrice."),
    ("anonyme-famille-m", "La famille M. a été orientée vers l'épicerie sociale par l'assistante sociale de secteur."),
    ("anonyme-monsieur-x", "M. X, 62 ans, sous curatelle, refuse l'entrée en résidence autonomie proposée par son mandataire."),
    ("anonyme-jeune-majeure-19", "Une jeune majeure de 19 ans, ancienne pupille, poursuit un BTS grâce au contrat d'accompagnement."),
    ("anonyme-mere-isolee-nourrisson", "Une mère isolée et son nourrisson de 2 mois sont hébergés en urgence dans un centre maternel du département."),
    ("anonyme-fratrie", "Une fratrie de quatre enfants, âgés de 2 à 11 ans, a été confiée à deux lieux d'accueil différents faute de place."),
    ("anonyme-crochets", "[Prénom de l'enfant], 8 ans, exprime beaucoup de colère lors des retours de visite : voir avec la psychologue."),
    ("anonyme-mme-k-b", "Mme K. B. (initiales modifiées) a accepté que sa situation serve d'exemple en formation."),

    # ------------------------------------------- divers contenus de fiche
    ("modele-courrier-trous", "Madame, Monsieur [NOM], nous accusons réception de votre demande d'aide du [date] et vous convoquons le [date] à [heure]."),
    ("placeholder-telephone", "Numéro de la famille : 0X XX XX XX XX (à remplir dans le logiciel métier, jamais dans la fiche)."),
    ("placeholder-courriel", "Modèle d'adresse à éviter dans les écrits : prenom.nom@fournisseur.fr — utilisez la messagerie sécurisée."),
    ("placeholder-dossier", "Indiquez la référence du dossier sous la forme « ASE n° XXXX » dans le logiciel, pas dans les écrits partagés."),
    ("heure-date-reunion", "La prochaine réunion de la commission CCAPEX se tiendra le 12 mars 2026 à 14h en préfecture."),
    ("montants-baremes", "Le montant forfaitaire du RSA pour une personne seule sans enfant est revalorisé chaque 1er avril."),
    ("checklist-dossier-css", "Pièces pour une demande de CSS : pièce d'identité, justificatif de domicile ou domiciliation, ressources des 12 derniers mois."),
    ("sigle-ppe-ppsi", "Le PPE et le projet personnalisé de scolarisation (PPS) doivent être articulés lorsque l'enfant est à la fois confié et en situation de handicap."),
    ("conseil-ecrit-vad", "Après une VAD, noter ce qui a été vu et dit, sans interprétation, et relire sa note le lendemain."),
    ("lien-site-public", "Pour vérifier les droits, le simulateur officiel est disponible sur mesdroitssociaux.gouv.fr."),
    ("code-postal-departement", "Les départements d'outre-mer ont des codes à trois chiffres : 971 pour la Guadeloupe, 976 pour Mayotte."),
    ("sigle-geva-sco", "Le GEVA-Sco est rempli lors de la réunion de l'équipe de suivi de la scolarisation, animée par l'enseignant référent."),
    ("reunion-heure-salle", "Réunion d'équipe le mardi à 9h30, salle Jacques-Prévert, ordre du jour à envoyer la veille."),
    ("nom-de-rue-adresse-service", "Le PAEJ déménage : nouvelle adresse au 3 place de la République, à partir du 1er septembre."),
]


DEBATABLE = [
    ("prenom-seul-vignette",
     "Léa, 4 ans, est accueillie à la pouponnière depuis trois semaines ; elle ne parle presque pas et s'endort en serrant son doudou.",
     "Prénom seul d'un enfant accompagné : courant et souvent modifié dans les vignettes, mais rien ne dit ici qu'il l'a été."),
    ("prenom-modifie-mention",
     "Yanis (le prénom a été modifié), 14 ans, a été exclu trois fois de son collège avant son orientation en DITEP.",
     "Pseudonymisation annoncée : pas de donnée réelle, mais un détecteur ne peut pas vérifier la mention."),
    ("nom-professionnel-referente",
     "Référente ASE de la situation : Mme Catherine Roussel, Maison des solidarités du secteur nord.",
     "Nom d'une professionnelle et non d'une personne accompagnée : hors du secret professionnel, mais donnée personnelle quand même."),
    ("ligne-directe-educatrice",
     "Ligne directe de l'éducatrice d'astreinte ce week-end : 06 39 98 00 11.",
     "Téléphone d'un professionnel, pas d'une personne accompagnée ; dépend de la politique du projet."),
    ("annee-naissance-seule",
     "Le jeune, né en 2009, est accueilli au foyer depuis ses 12 ans.",
     "Année de naissance seule, sans jour ni mois : peu identifiante isolément."),
    ("ddn-mois-annee",
     "L'enfant, né en mars 2016, entre en CE2 à la rentrée avec une AESH.",
     "Date de naissance partielle (mois et année)."),
    ("rue-sans-numero-petite-commune",
     "La famille vit rue des Lilas, à Mauron, depuis l'été ; le père travaille à la coopérative.",
     "Rue sans numéro dans une petite commune : identification indirecte possible mais pas d'adresse complète."),
    ("combinaison-identifiante",
     "Seule famille tchétchène de ce village de 800 habitants, dont l'aîné se déplace en fauteuil : la discrétion est difficile à garantir.",
     "Aucun identifiant direct, mais une combinaison de caractéristiques qui rend la famille reconnaissable."),
    ("affaire-mediatisee-marina",
     "L'affaire Marina, du nom de la fillette morte en 2009 sous les coups de ses parents, a conduit à interroger les failles du repérage.",
     "Enfant réelle, nom rendu public par les médias et un rapport officiel : fait public, mais donnée d'une victime."),
    ("temoignage-public-ancien-place",
     "Lyes Louffok, ancien enfant placé devenu militant, raconte son parcours dans *Dans l'enfer des foyers* (2014).",
     "Personnalité publique qui a rendu public son propre parcours ASE : donnée publique, mais sensible."),
    ("domiciliation-adresse-ccas",
     "Courrier à adresser à M. : domicilié au CCAS, 2 place de la Mairie, 56430 Mauron.",
     "L'adresse est celle d'une institution, mais elle sert d'adresse postale à une personne accompagnée."),
    ("numero-dossier-sans-personne",
     "Dossier MDPH n° 2024-118734 : toujours pas de réponse, relancer l'enseignant référent.",
     "Numéro de dossier sans aucun autre élément sur la personne."),
    ("boite-fonctionnelle-service",
     "Les IP peuvent être envoyées à la boîte fonctionnelle crip@departement-exemple.fr, jamais à une adresse nominative.",
     "Adresse de courriel d'un service, pas d'une personne ; domaine inventé hors example.*"),
    ("initiales-et-lieu-precis",
     "M. K., 17 ans, MNA guinéen arrivé en 2023, hébergé à l'hôtel de la gare de Laval en attendant une place.",
     "Initiales correctes, mais l'âge, la nationalité et le lieu d'hébergement précis permettent presque l'identification."),
    ("pseudo-reseau-social",
     "La jeune publie sous le pseudo @dark_lil93 et y raconte ses fugues ; l'équipe s'interroge sur la conduite à tenir.",
     "Identifiant de réseau social : donnée personnelle hors des codes prévus."),
    ("rib-format-ancien",
     "RIB de la famille : banque 30004, guichet 00823, compte 00012345678, clé 14.",
     "Coordonnées bancaires au format RIB et non IBAN."),
    ("plaque-immatriculation",
     "Le père viendrait chercher l'enfant à la sortie de l'école avec un véhicule immatriculé GH-482-TK : prévenir la directrice.",
     "Immatriculation d'un véhicule : donnée personnelle indirecte, hors des codes prévus."),
    ("nom-mandataire-professionnel",
     "Mandataire désigné par le juge : M. Dupuis, service tutélaire de l'UDAF.",
     "Nom d'un mandataire professionnel, pas de la personne protégée."),
]
