# Les mots propres aux calculateurs : délais pour déclarer (qui déclare quoi, dans quel délai)
# et rapports de la STEM OPT. Les pages autour d’eux sont dans tools.ftl et portal.ftl.

## Délais pour déclarer : ce qu’il faut faire, et qui le fait.

calculators-rule-student-reports-change = L’étudiant en OPT déclare un changement (adresse, employeur, nom) à l’école ou dans le SEVP Portal
calculators-rule-dso-updates-sevis = Le DSO met à jour le dossier de l’étudiant dans SEVIS
calculators-rule-eoir-33 = Formulaire EOIR-33 : nouvelle adresse au tribunal de l’immigration
calculators-rule-ar-11 = Formulaire AR-11 : nouvelle adresse à USCIS
calculators-rule-ice-address = Nouvelle adresse à ICE
calculators-rule-employer-reports-end = L’employeur en STEM OPT informe le DSO que l’emploi est terminé
calculators-rule-dso-registers-student = Le DSO enregistre l’étudiant dans SEVIS après le début de la session de cours

## Le temps que laisse un délai.

calculators-within-calendar-days = dans un délai de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
calculators-within-working-days = dans un délai de { $days ->
    [one] { $days } jour ouvrable
   *[other] { $days } jours ouvrables
}

## STEM OPT : ce qu’il faut envoyer.

calculators-stem-validation-report = Rapport de validation (mois { $months })
calculators-stem-self-evaluation = Auto-évaluation, formulaire I-983 (mois { $months })
calculators-stem-final-evaluation = Évaluation finale, formulaire I-983

## Le décompte des jours sans emploi, tel que l’outil et la page de l’étudiant dans le portail l’affichent.
calculators-days-used-of = { $used ->
        [one] jour utilisé
       *[other] jours utilisés
    } sur { $allowed }
calculators-days-left = { $left ->
        [one] jour restant
       *[other] jours restants
    }
