# Messages sur ce que les gens écrivent : identifiants, dates et formulaires du portail. Le
# serveur répond à ses 422 avec les mêmes messages, dans la langue de la requête.
# `{ $label }` est ce qu’est une date (un message `validation-date-label-…` ou une étiquette
# de la page), en minuscules et sans article : toutes sont une « date » (féminin).

## Identifiants.

validation-a-number-missing = Écrivez l’{ -a-number } (numéro de dossier d’immigration)
validation-a-number-format = L’{ -a-number } doit être la lettre A suivie de { -fact-a-number-min-digits } à { -fact-a-number-digits } chiffres, par exemple A012345678
validation-cip-code-missing = Écrivez un code CIP
validation-cip-code-format = Le code CIP doit avoir { -fact-cip-code-digits-before-point } chiffres, un point et { -fact-cip-code-digits-after-point } chiffres, par exemple 11.0701
validation-ein-missing = Écrivez un numéro d’identification de l’employeur (EIN)
validation-ein-format = L’EIN doit avoir { -fact-ein-digits } chiffres, par exemple 12-3456789
validation-email-missing = Écrivez une adresse e-mail
validation-email-format = Écrivez une adresse e-mail au bon format, par exemple nom@example.com
validation-email-too-long = L’adresse e-mail doit avoir { -fact-email-max-length } caractères ou moins
validation-i94-missing = Écrivez un numéro d’{ -i-94 }
validation-i94-format = Le numéro d’{ -i-94 } doit avoir { -fact-i94-number-digits } chiffres, ou { -fact-i94-number-digits-before-letter } chiffres, une lettre et un chiffre, par exemple 123456789A1
validation-password-missing = Écrivez un mot de passe
validation-password-too-short = Le mot de passe doit avoir 12 caractères ou plus
validation-password-too-long = Le mot de passe doit avoir 128 caractères ou moins
validation-password-does-not-match = Les mots de passe doivent être identiques
validation-last-name-missing = Écrivez un nom de famille
validation-last-name-too-long = Le nom de famille doit avoir { -fact-sevis-last-name-max-length } caractères ou moins
validation-last-name-has-digits = Le nom de famille ne doit pas contenir de chiffres
validation-first-name-too-long = Le prénom doit avoir { -fact-sevis-first-name-max-length } caractères ou moins
validation-first-name-has-digits = Le prénom ne doit pas contenir de chiffres
validation-phone-missing = Écrivez un numéro de téléphone
validation-phone-format = Écrivez un numéro de téléphone américain de { -fact-phone-number-digits } chiffres, par exemple { -sample-phone }
validation-phone-extension = Le numéro de poste doit avoir de { -fact-phone-extension-min-digits } à { -fact-phone-extension-max-digits } chiffres
validation-receipt-number-missing = Écrivez un numéro de reçu
validation-receipt-number-format = Le numéro de reçu doit avoir { -fact-receipt-number-letters } lettres et { -fact-receipt-number-digits } chiffres, par exemple EAC2190000001
validation-receipt-number-unknown-office = Le numéro de reçu doit commencer par les lettres d’un bureau d’USCIS, par exemple EAC, WAC, LIN, SRC, NBC, MSC ou IOE
validation-school-code-missing = Écrivez un code d’école
validation-school-code-format = Le code d’école doit avoir { -fact-school-code-letters } lettres, puis 214F, puis { -fact-school-code-digits } chiffres, par exemple BOS214F00123000
validation-sevis-id-missing = Écrivez un { -sevis-id }
validation-sevis-id-format = Le { -sevis-id } doit commencer par N et avoir { -fact-sevis-id-digits } chiffres, par exemple N0012345678
validation-subject-id-missing = Écrivez votre { -subject-id } indiqué sur le formulaire I-385
validation-subject-id-format = Le { -subject-id } doit contenir uniquement des lettres et des chiffres, 20 caractères au maximum
validation-state-missing = Écrivez un État ou un territoire
validation-state-unknown = Écrivez un État ou un territoire des États-Unis en deux lettres, comme NJ, ou son nom complet
validation-zip-missing = Écrivez un code postal (ZIP)
validation-zip-format = Le code postal doit avoir { -fact-zip-code-digits } chiffres, par exemple 20500, ou { -fact-zip-plus-4-digits } chiffres, par exemple 20500-0001
validation-reference-number-missing = Écrivez un numéro de référence
validation-reference-number-format = Le numéro de référence doit avoir 10 lettres et chiffres, par exemple K7QM-3XHP-2R

## Une adresse aux États-Unis.

validation-address-line1-missing = Écrivez la ligne 1 de l’adresse, en général le numéro et la rue
validation-address-line1-too-long = La ligne 1 de l’adresse doit avoir { -fact-address-line-max-length } caractères ou moins
validation-address-line2-too-long = La ligne 2 de l’adresse doit avoir { -fact-address-line-max-length } caractères ou moins
validation-address-city-missing = Écrivez la ville
validation-address-city-too-long = La ville doit avoir { -fact-address-city-max-length } caractères ou moins

## Une date écrite dans trois cases : ce qui manque ou ce qui ne va pas.

validation-date-missing = Écrivez la { $label }
validation-date-missing-day = La { $label } doit comprendre un jour
validation-date-missing-month = La { $label } doit comprendre un mois
validation-date-missing-year = La { $label } doit comprendre une année
validation-date-missing-day-month = La { $label } doit comprendre un jour et un mois
validation-date-missing-day-year = La { $label } doit comprendre un jour et une année
validation-date-missing-month-year = La { $label } doit comprendre un mois et une année
validation-date-year-four-digits = L’année doit avoir 4 chiffres
validation-date-not-real = La { $label } doit être une vraie date
validation-date-in-the-past = La { $label } doit être dans le passé
validation-date-today-or-past = La { $label } doit être aujourd’hui ou dans le passé
validation-date-today-or-future = La { $label } doit être aujourd’hui ou dans le futur
# `{ $other }` : l’étiquette de la date qui doit venir avant ; `{ $date }` : cette date au format MM/JJ/AAAA.
validation-date-on-or-after = La { $label } doit être le même jour que la { $other } ({ $date }) ou plus tard
validation-date-within-years = La { $label } doit être dans { $years ->
    [one] la dernière année
   *[other] les { $years } dernières années
}

# Le filtre du journal d’audit : un jour écrit dans une seule case, année-mois-jour.
# `{ $example }` : aujourd’hui, écrit de cette façon.
validation-date-iso = Écrivez la { $label } sous la forme année, mois et jour séparés par des tirets, par exemple { $example }

## Ce que sont les dates du portail.

validation-date-label-birth = date de naissance
validation-date-label-start = date de début
validation-date-label-end = date de fin
validation-date-label-moved-on = date du déménagement
validation-date-label-audit-from = date « Du »
validation-date-label-audit-to = date « Au »

## Dates en toutes lettres : `1er décembre 2026`, `mardi 1er décembre 2026`.


## Jours fériés fédéraux des États-Unis (5 U.S.C. 6103).

validation-holiday-new-years-day = Jour de l’An
validation-holiday-martin-luther-king-jr-day = Anniversaire de Martin Luther King Jr.
validation-holiday-washingtons-birthday = Anniversaire de Washington
validation-holiday-memorial-day = Memorial Day (jour de commémoration des soldats morts)
validation-holiday-juneteenth = Journée nationale de l’indépendance Juneteenth
validation-holiday-independence-day = Jour de l’Indépendance
validation-holiday-labor-day = Fête du Travail
validation-holiday-columbus-day = Jour de Christophe Colomb
validation-holiday-veterans-day = Jour des anciens combattants
validation-holiday-thanksgiving-day = Thanksgiving
validation-holiday-christmas-day = Noël

## Les formulaires du portail.

validation-sign-in-password-missing = Écrivez votre mot de passe
validation-activation-link-incomplete = Le lien est incomplet. Ouvrez de nouveau le lien de votre e-mail.
validation-employer-name-missing = Écrivez le nom de l’employeur
validation-employer-name-too-long = Le nom de l’employeur doit avoir { -fact-opt-employer-name-max-length } caractères ou moins
validation-hours-missing = Indiquez si l’emploi est à temps plein ou à temps partiel
validation-job-title-missing = Écrivez l’intitulé du poste
validation-job-title-too-long = L’intitulé du poste doit avoir { -fact-opt-job-title-max-length } caractères ou moins
validation-supervisor-name-missing = Écrivez le nom du superviseur
validation-supervisor-name-too-long = Le nom du superviseur doit avoir 121 caractères ou moins
validation-relation-to-study-missing = Expliquez le lien entre l’emploi et le domaine d’études
validation-relation-to-study-too-long = L’explication du lien entre l’emploi et le domaine d’études doit avoir { -fact-opt-relation-to-study-max-length } caractères ou moins
validation-stem-needs-dso = En STEM OPT, vous ne pouvez pas ajouter vous-même un nouvel employeur ni changer une date de début. Contactez votre DSO : il doit d’abord examiner votre formulaire I-983.
validation-report-employer-missing = Indiquez si votre employeur est toujours celui de votre dossier
validation-report-address-missing = Indiquez si votre adresse est toujours celle de votre dossier
validation-report-status-missing = Indiquez si vous avez un emploi
validation-court-case-missing = Indiquez si vous avez une affaire devant le tribunal de l’immigration
validation-slot-missing = Choisissez une date et une heure
validation-m1-no-unemployment-allowance = La formation pratique M-1 ne donne droit à aucun jour de chômage : les { -fact-opt-unemployment-days } jours sont une règle de l’OPT F-1. Demandez à votre DSO ce qui s’applique à votre cas.
