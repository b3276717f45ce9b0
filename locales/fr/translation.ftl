# translation : si une personne a relu les mots de cette langue, et ce que disent ses pages
# en attendant (issue 15).

# `yes` quand une personne qui lit bien la langue a relu tous les fichiers de ce dossier
# par rapport à l'anglais ; `no` jusque-là.
translation-reviewed = no
translation-unreviewed = Cette traduction n’a pas encore été relue par une personne.
translation-read_in_english = Lire cette page en anglais
# Proposé sur une page visitée sans langue dans son adresse, quand le navigateur préfère
# cette langue (jamais une redirection).
translation-suggestion = Cette page existe aussi en français.
