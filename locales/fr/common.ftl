# Mots partagés par toutes les parties de l’application et le serveur.

## Termes officiels : écrits exactement comme sur les formulaires des agences, dans toutes les langues.

-a-number = A-Number
-sevis-id = SEVIS ID
-ead = EAD
-i-94 = I-94
-subject-id = Subject ID

## Exemples dans les indications et les messages d’erreur : un seul pour chaque chose, le même partout.

-sample-phone = 202 555 0123

## Les outils de l’application (titres et résumés d’une ligne de la page des outils).

common-tools-index-title = Outils
common-tools-index-lead = De petits outils qui fonctionnent dans votre navigateur. Rien de ce que vous écrivez n’est envoyé nulle part.
common-tool-identify-title = Qu’est-ce que ce numéro ?
common-tool-identify-summary = Collez un numéro tiré d’un avis ou d’un formulaire pour savoir ce que c’est, qui l’utilise et à quoi il ne sert pas.
common-tool-opt-unemployment-title = Jours de chômage en OPT
common-tool-opt-unemployment-summary = Comptez les jours de chômage que vous avez utilisés et ceux qui vous restent en OPT ou en STEM OPT.
common-tool-deadlines-title = Calculateur de délais
common-tool-deadlines-summary = Délais pour signaler, périodes de grâce, périodes pour demander l’OPT et rapports STEM, avec le calcul expliqué.
common-tool-check-link-title = Ce lien ou cet e-mail est-il officiel ?
common-tool-check-link-summary = Vérifiez si une adresse web ou l’expéditeur d’un e-mail est officiel avant de vous connecter ou de payer.

## Qui s’occupe de quoi : les organismes vers lesquels l’application envoie les gens.

common-agency-sevp = Programme des étudiants et visiteurs d’échange (SEVP), qui fait partie d’ICE
common-agency-ice-ero = Opérations d’application de la loi et d’expulsion d’ICE (ERO)
common-agency-uscis = Services de citoyenneté et d’immigration des États-Unis (USCIS)
common-agency-eoir = Tribunal de l’immigration (EOIR), ministère de la Justice
common-agency-cbp = Service des douanes et de la protection des frontières des États-Unis (CBP)
common-agency-state-department = Département d’État des États-Unis
common-agency-school = Le responsable scolaire désigné (DSO) de votre école
common-agency-irs = Service des impôts des États-Unis (IRS)
common-agency-legal-help = Un avocat spécialisé en immigration ou un représentant accrédité
# Textes des liens officiels (routing/outcome.rs OfficialLink), affichés par les paquets find et portal.
common-link-sevp-portal = SEVP Portal ({ -fact-sevp-portal-address })
common-link-study-in-the-states = Study in the States (aide du DHS pour les étudiants et les écoles, en anglais)
common-link-ice-check-in = Rendez-vous de contrôle et changement d’adresse d’ICE ({ -fact-ice-check-in-address })
common-link-ice-change-of-address = Changement d’adresse en ligne d’ICE
common-link-eoir-respondent-access = EOIR Respondent Access (déposer le formulaire EOIR-33 en ligne)
common-link-eoir = Tribunal de l’immigration (EOIR), ministère de la Justice
common-link-uscis = USCIS ({ -fact-uscis-host })
common-link-uscis-address-change = Changement d’adresse auprès d’USCIS (formulaire AR-11)
common-link-ice-bonds = Cautions d’ICE et CeBONDS
common-link-ebonds = eBONDS (sociétés de cautionnement uniquement)
common-link-locator = Recherche de personnes détenues d’ICE ({ -fact-detainee-locator-host })
common-link-fmj-fee = Paiement des frais SEVIS I-901 ({ -fact-i901-fee-host })
common-link-ice-i901 = ICE : à propos des frais SEVIS I-901
common-link-ice-i17 = ICE : certification des écoles (formulaire I-17)
common-link-cbp-i94 = Site I-94 de CBP ({ -fact-cbp-i94-host })
common-link-ice-home = ICE ({ -fact-ice-host })
common-link-e-verify = E-Verify (l’employeur doit y être inscrit)
common-link-state-visas = Département d’État : visas pour les États-Unis (formulaire DS-160, entretiens, ambassades)
common-link-state-exchange-visitors = Département d’État : programme de visiteurs d’échange J-1
common-link-eoir-pro-bono = Tribunal de l’immigration (EOIR) : liste des prestataires de services juridiques gratuits
