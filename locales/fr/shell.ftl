### Le cadre et les pages que voit chaque visiteur : en-tête, pied de page, accueil, à propos,
### liste des guides, recherche, page introuvable, et ce que partagent les formulaires (erreurs, boutons, cases de date).
### Les ids qui finissent par un nom de champ (shell-site_name) sont lus par Rust comme une structure (src/text/shell.rs).

## En-tête, avertissement, navigation et pied de page
shell-site_name = eService Navigator
shell-skip_link = Aller au contenu principal
shell-notice_tag = Aide indépendante
shell-notice = Ce site n’est pas un site du gouvernement.
shell-notice_about = Qui sommes-nous
shell-nav_label = Principal
shell-nav_menu = Menu
shell-nav_home = Accueil
shell-nav_find = Trouvez le bon endroit
shell-nav_guides = Guides
shell-nav_tools = Outils
shell-nav_search = Rechercher
shell-nav_about = Qui sommes-nous
shell-nav_portal = Démo du portail
shell-language_label = Langue
shell-footer_notice = eService Navigator est une aide indépendante. Il n’a aucun lien avec le Service de l’immigration et des douanes des États-Unis (ICE), le ministère de la Sécurité intérieure ni aucune autre agence du gouvernement.
shell-footer_official = Utilisez les services officiels uniquement aux adresses indiquées dans nos guides. Vérifiez l’adresse avant de vous connecter ou de payer.

## Accueil
shell-home_title = Repérez-vous dans les portails de l’immigration des États-Unis
shell-home_lead = On vous a dit d’aller sur « eservice.ice.gov » ? Cette aide explique, en mots simples, quel service en ligne est le bon pour vous, ce qu’il faut préparer et où se trouvent les pages officielles.
shell-home_ways_heading = Comment pouvons-nous vous aider ?
shell-home_ways-1 = Trouvez le bon endroit
    .detail = Répondez à quelques questions pour savoir quel service ou quelle agence utiliser, pourquoi, et ce qu’il faut préparer.
shell-home_ways-2 = Je travaille dans une école qui accueille des étudiants étrangers
    .detail = SEVIS, les comptes SEVP Portal des étudiants, les dossiers OPT et la certification de l’école.
shell-home_ways-3 = Je sais de quel service j’ai besoin
    .detail = Des guides étape par étape pour chaque service en ligne d’ICE et pour les agences vers lesquelles on vous envoie à la place.
shell-home_common_heading = Les plus consultés
shell-home_common-1 = SEVP Portal pour les étudiants en OPT
shell-home_common-2 = Rendez-vous de contrôle d’ICE
shell-home_common-3 = Changement d’adresse (ICE, tribunal et USCIS)
shell-home_common-4 = Trouver une personne détenue
shell-home_common-5 = Suivre un dossier USCIS
shell-home_common-6 = Payer les frais SEVIS I-901
shell-home_common-7 = Ce lien ou cet e-mail est-il officiel ?
shell-home_not_gov_heading = Avant de commencer
shell-home_not_gov = Cette aide n’est pas un site du gouvernement. Elle vous envoie seulement aux adresses officielles indiquées dans ses guides. De faux sites imitent les sites officiels : ne payez jamais et ne vous connectez jamais par un lien que vous ne pouvez pas vérifier.
shell-home_about_link = Qui nous sommes et d’où vient notre information

## À propos
shell-about_title = Qui sommes-nous
shell-about_lead = eService Navigator aide les gens à trouver en ligne le bon service de l’immigration des États-Unis et à se préparer pour l’utiliser.
shell-about_not_gov_heading = Ce n’est pas un site du gouvernement
shell-about_not_gov-1 = Nous sommes indépendants. Nous ne faisons pas partie du Service de l’immigration et des douanes des États-Unis (ICE), du ministère de la Sécurité intérieure (DHS), des Services de citoyenneté et d’immigration des États-Unis (USCIS) ni d’aucune autre agence.
shell-about_not_gov-2 = Nous ne vous demandons jamais votre mot de passe et nous ne pouvons pas modifier votre dossier d’immigration. Utilisez les services officiels uniquement aux adresses indiquées dans nos guides. De faux sites imitent les sites officiels : vérifiez l’adresse avant de vous connecter ou de payer.
shell-about_what_heading = Ce que fait cette aide
shell-about_what-1 = Elle explique chaque service en ligne d’ICE : ce que c’est, à qui il s’adresse et ce qu’il faut préparer.
shell-about_what-2 = Elle pose quelques questions pour vous indiquer le bon endroit : un service d’ICE, USCIS, le département d’État, CBP, le tribunal de l’immigration ou un avocat.
shell-about_what-3 = Ce n’est pas un conseil juridique. Si vous êtes détenu, si vous avez un ordre d’expulsion ou si vous avez manqué un délai, parlez à un avocat spécialisé en immigration ou à un représentant accrédité.
shell-about_sources_heading = D’où vient notre information
shell-about_sources_intro = Nous vérifions nos guides en les comparant aux pages officielles, notamment :
shell-about_sources-1 = ICE : rendez-vous de contrôle et changement d’adresse
    .detail = { -fact-ice-check-in-url }
shell-about_sources-2 = SEVP Portal pour les étudiants en OPT
    .detail = { -fact-sevp-portal-url }
shell-about_sources-3 = Study in the States (aide du SEVP, en anglais)
    .detail = { -fact-study-in-the-states-url }
shell-about_sources-4 = Services de citoyenneté et d’immigration des États-Unis (USCIS)
    .detail = { -fact-uscis-url }
shell-about_sources-5 = Bureau exécutif de révision des dossiers d’immigration (EOIR, tribunal de l’immigration)
    .detail = { -fact-eoir-url }
shell-about_sources-6 = Recherche de personnes détenues d’ICE (Online Detainee Locator)
    .detail = { -fact-detainee-locator-url }
shell-about_sources_note = Les frais, les numéros de téléphone et les délais changent. Consultez toujours la page officielle avant d’agir.

## Guides (la liste, et le lien sous chaque guide)
shell-guides_title = Guides
shell-guides_lead = Des guides en mots simples sur chaque service en ligne d’ICE, et sur les agences vers lesquelles on envoie souvent les gens à la place.
shell-guide_groups-1 = Commencez ici
shell-guide_groups-2 = Services en ligne d’ICE
shell-guide_groups-3 = Autres agences et aide
shell-guide_find_link = { shell-nav_find }

## Recherche
shell-search_title = Rechercher
shell-search_label = Rechercher dans les guides et les outils
shell-search_button = Rechercher
shell-search_missing = Écrivez les mots à rechercher
shell-search_none = Aucun résultat. Essayez d’autres mots, ou répondez à quelques questions dans Trouvez le bon endroit.
shell-search-results-for = Résultats pour « { $words } »

## Page introuvable
shell-not_found_title = Page introuvable
shell-not_found_typed = Si vous avez tapé l’adresse web, vérifiez qu’elle est correcte.
shell-not_found_pasted = Si vous avez collé l’adresse web, vérifiez que vous avez copié l’adresse en entier.
shell-not_found_home = Aller à la page d’accueil

## Partagé par les pages et les formulaires
shell-loading = Chargement…
shell-load_failed_title = Cette page n’a pas pu se charger
shell-load_failed = Vérifiez votre connexion et réessayez. Rien de ce que vous avez écrit n’a été perdu.
shell-try_again = Réessayer
shell-print = Imprimer cette page
shell-error_prefix = Erreur :{" "}
shell-error_summary_title = Il y a un problème
shell-continue_button = Continuer
shell-back = Retour
shell-day = Jour
shell-month = Mois
shell-year = Année
shell-guide_sources = Sources
shell-last_checked = Dernière vérification :
