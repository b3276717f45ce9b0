# dates : dates écrites en toutes lettres, sur toutes les pages (« dernière vérification » des guides, délais).

# « 1er » pour le premier jour du mois, comme on l’écrit en français.
dates-date-long = { $day ->
    [1] { $day }er
   *[other] { $day }
} { $month } { $year }
dates-date-long-with-weekday = { $weekday } { $date }
dates-date-time = { $date } à { $time }
# La langue et la région dont les gens d’ici connaissent les noms courts de fuseaux horaires (EST, PDT), pour Intl du navigateur.
dates-intl_locale = en-US
dates-month-1 = janvier
dates-month-2 = février
dates-month-3 = mars
dates-month-4 = avril
dates-month-5 = mai
dates-month-6 = juin
dates-month-7 = juillet
dates-month-8 = août
dates-month-9 = septembre
dates-month-10 = octobre
dates-month-11 = novembre
dates-month-12 = décembre
dates-weekday-monday = lundi
dates-weekday-tuesday = mardi
dates-weekday-wednesday = mercredi
dates-weekday-thursday = jeudi
dates-weekday-friday = vendredi
dates-weekday-saturday = samedi
dates-weekday-sunday = dimanche
