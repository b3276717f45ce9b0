### Les pages de « Trouvez le bon endroit » : début, question et résultat (pas les questions et
### les résultats eux-mêmes : ils sont dans router.ftl).
### Les ids qui finissent par un nom de champ (find-start_title) sont lus par Rust comme une structure (src/text/find.rs).

## Page de début
find-start_title = Trouvez le bon endroit
find-start_lead = Répondez à quelques questions sur ce dont vous avez besoin. Nous vous dirons quel service ou quelle agence utiliser, pourquoi, quoi préparer et où se trouvent les pages officielles.
find-start_points-1 = Cela prend environ 2 minutes.
find-start_points-2 = Nous posons des questions sur votre situation, jamais sur des noms ou des numéros.
find-start_points-3 = Vos réponses restent dans l’adresse de la page : le bouton Retour, le rechargement et un lien partagé affichent la même page.
find-start_button = Commencer

## Questions et résultat
find-step_title_suffix = {" "}– Trouvez le bon endroit
find-where_to_go = Où vous adresser
find-applies_to = Pour qui
find-why = Pourquoi
find-your_answers = Vos réponses
find-change = Modifier
find-next_steps = Que faire maintenant
find-have_ready = Ce qu’il faut préparer
find-have_ready_hint = Cochez chaque élément quand vous l’avez trouvé. La liste s’imprime aussi.
find-deadlines = Délais
find-deadlines_tool = Calculez vos dates avec le calculateur de délais
find-secondary_source = Information tirée des conseils des écoles, pas d’une page officielle : vérifiez auprès de votre DSO.
find-official_links = Liens officiels
find-read_guide = Lire le guide complet
find-tools_heading = Outils utiles
find-start_again = Recommencer
