### Les outils : la liste, « Qu’est-ce que ce numéro ? », le vérificateur de liens, les jours
### de chômage en OPT et le calculateur de délais.
### Les ids qui finissent par un nom de champ (tools-needs_script) sont lus par Rust comme une structure (src/text/tools.rs).

## Ce que partagent tous les outils
tools-needs_script = Cet outil fonctionne dans votre navigateur et a besoin de JavaScript, qui est désactivé ou ne s’est pas chargé. Le guide explique les mêmes règles :
tools-needs_script_guide = Lire le guide
tools-private_hint = Rien de ce que vous écrivez ne quitte votre appareil.
tools-check = Vérifier
tools-calculate = Calculer

## Qu’est-ce que ce numéro ?
tools-identify_label = Numéro ou code
tools-identify_hint = Par exemple N0012345678, A-123-456-789 ou EAC2190000001.
tools-identify_missing = Écrivez un numéro ou un code
tools-identify_found = Cela pourrait être
tools-identify_none_title = Nous ne reconnaissons pas ce numéro
tools-identify_none = Comparez-le avec votre avis. Nous reconnaissons les SEVIS ID, les codes d’école SEVP, les A-Number (numéros de dossier d’immigration), les numéros de reçu d’USCIS, les numéros d’I-94, les EIN et les codes CIP.
tools-written_as = S’écrit
tools-used_by = Utilisé par
tools-often_confused = À ne pas confondre

## Ce lien ou cet e-mail est-il officiel ?
tools-link_label = Adresse web ou expéditeur de l’e-mail
tools-link_hint = Collez le lien ou l’adresse e-mail de l’expéditeur.
tools-link_unreadable = Écrivez une adresse web, par exemple { -fact-ice-url }, ou une adresse e-mail, par exemple nom@example.com
tools-link_official = C’est une adresse officielle
tools-link_belongs_to = Elle appartient à :
tools-link_official_insecure = C’est un site officiel, mais le lien n’est pas sécurisé
tools-link_official_insecure_body = Le lien commence par http:// au lieu de https://, donc ce que vous voyez ou envoyez pourrait être lu ou modifié en chemin. Utilisez plutôt l’adresse sécurisée :
tools-link_government = C’est une adresse du gouvernement des États-Unis, mais pas un service que nous connaissons
tools-link_government_body = Seuls les organismes du gouvernement des États-Unis peuvent enregistrer des adresses qui se terminent par .gov, mais celle-ci ne fait pas partie des services que nos sources indiquent : nous ne pouvons donc pas vous dire à quoi elle sert. Aucune page officielle ne décrit ce qu’il y a sur eservice.ice.gov. Allez sur les services à partir des adresses officielles indiquées dans nos guides.
tools-link_not_official = Ce n’est pas une adresse officielle
tools-link_not_official_advice = Ne vous connectez pas, ne payez pas et n’envoyez pas de documents par cette adresse.
tools-link_goes_to = En réalité, il mène à :
tools-link_sender_domain = Le domaine de l’expéditeur est :

## Jours de chômage en OPT
tools-opt_kind_legend = Quelle formation pratique faites-vous ?
tools-opt_kind-post-completion = OPT F-1 après la fin des études ({ -fact-opt-unemployment-days } jours)
tools-opt_kind-stem = Extension STEM OPT ({ -fact-stem-opt-unemployment-days } jours au total)
tools-opt_kind-m1 = Formation pratique M-1
tools-m1_ask_dso = La formation pratique M-1 n’a pas de quota de jours de chômage à décompter : les limites de cet outil sont des règles de l’OPT F-1. Demandez à votre DSO ce que veut dire pour vous une période sans emploi.
tools-opt_kind_missing = Choisissez la formation pratique que vous faites
tools-counting_rule = Nous comptons chaque jour à partir de la date de début de votre EAD jusqu’à aujourd’hui, les deux jours compris.
tools-ead_start = Date de début de l’EAD
tools-ead_start_hint = La date « valid from » (valable à partir du) sur votre permis de travail (EAD). En STEM OPT, la date de début de votre premier EAD, celui de l’OPT après la fin des études : les { -fact-stem-opt-unemployment-days } jours se comptent à partir de là.
tools-jobs_heading = Emplois
tools-jobs_hint = Si vous n’avez eu aucun emploi depuis la date de début de votre EAD, laissez vides les dates de l’emploi. En OPT, un emploi de moins de { -fact-opt-minimum-weekly-hours } heures par semaine ne compte pas comme un emploi : les jours couverts seulement par un tel emploi comptent comme du chômage. Cochez la case sous un emploi de ce type.
tools-job-heading = Emploi { $number }
tools-job_start = Date de début
tools-job_end = Date de fin (facultatif)
tools-job_end_hint = Laissez vide si vous y travaillez encore.
tools-job_under_20_hours = Cet emploi fait moins de { -fact-opt-minimum-weekly-hours } heures par semaine
tools-add_job = Ajouter un emploi
tools-remove_job = Retirer cet emploi
tools-counted-from-to = Compté du { $from } jusqu’à aujourd’hui, { $to }, les deux jours compris.
tools-stretches = Jours sans emploi
tools-stretch = { $from } – { $to } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
tools-runs_out = Si vous restez sans emploi, vos jours seront épuisés le
tools-over_limit = Vous avez dépassé la limite. Parlez à votre DSO aujourd’hui.
tools-not_started = Votre EAD n’a pas encore commencé : aucun jour n’est donc utilisé.
tools-unemployment_note = Un emploi que vous n’avez pas déclaré, et les emplois de moins de { -fact-opt-minimum-weekly-hours } heures par semaine, comptent comme du chômage. Ce calcul dépend des emplois que vous écrivez ; c’est votre DSO qui a le dossier officiel.

## Calculateur de délais
tools-calculator_legend = Que voulez-vous calculer ?
tools-calculator-reporting = Un délai pour déclarer un changement
tools-calculator-grace = La fin d’une période de grâce
tools-calculator-opt-window = Quand demander l’OPT
tools-calculator-stem-window = Quand demander la STEM OPT
tools-calculator-stem-reports = Les rapports de la STEM OPT
tools-calculator-recertification = La recertification SEVP (écoles)
tools-calculator_missing = Choisissez ce que vous voulez calculer
tools-rule_legend = Que faut-il déclarer ?
tools-rule_missing = Choisissez ce qu’il faut déclarer
tools-changed_on = Date du changement
tools-grace_legend = Comment votre programme ou votre OPT s’est-il terminé ?
tools-grace_case-f1 = F-1 : j’ai terminé mon programme ou mon OPT
tools-grace_case-m1 = M-1 : j’ai terminé mon programme
tools-grace_case-withdrawal = Mon DSO a autorisé l’arrêt de mes études
tools-grace_case-failed = Je n’ai pas gardé mon statut
tools-grace_missing = Choisissez comment votre programme ou votre OPT s’est terminé
tools-ended_on = Date de fin
tools-program_end = Date de fin du programme
tools-recommendation = Date de la recommandation du DSO (facultatif)
tools-recommendation_hint = La date inscrite sur votre nouveau formulaire I-20. Laissez vide si vous ne l’avez pas encore.
tools-opt_ead_end = Date de fin de votre EAD d’OPT actuel
tools-stem_start = Date de début de la STEM OPT
tools-certification_expires = Date d’expiration de la certification
tools-due = Date limite
tools-how_worked_out = Comment nous l’avons calculé
tools-counted-from-day-after = Compté à partir du lendemain du { $date } : { $counting }.
tools-not_counted = Jours non comptés :
tools-weekend = week-end
tools-grace_last_day = Votre période de grâce se termine le
tools-grace-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
tools-no_grace = Il n’y a pas de période de grâce si vous n’avez pas gardé votre statut. Parlez à votre DSO et à un avocat aujourd’hui.
tools-window_opens = Vous pouvez déposer la demande du
tools-window_closes = au
tools-closed_by_recommendation = La période se ferme { -fact-opt-filing-days-after-recommendation } jours (STEM : { -fact-stem-opt-filing-days-after-recommendation } jours) après la recommandation du DSO.
tools-window-not-yet = Pas encore ouverte. Jours avant l’ouverture : { $days }
tools-window-open = Ouverte maintenant. Jours restants : { $days }
tools-window_closed = Cette période est terminée. Parlez à votre DSO.
tools-window_impossible = Aucun jour ne respecte toutes les règles : la date de la recommandation est en dehors de la période de dépôt. Parlez à votre DSO.
tools-submit_by = à envoyer au plus tard le
tools-reminder = Rappel du Portal
tools-notice_on = SEVIS envoie l’avis de recertification le
tools-expires_on = La certification expire le
tools-next_expiry = Après la recertification, elle est valable jusqu’au
tools-add_to_calendar = Ajouter à l’agenda (.ics)
tools-check_with_dso = Information tirée des conseils des écoles, pas d’une page officielle : vérifiez auprès de votre DSO.

## Ce qu’est une date, dans les messages d’erreur (en minuscules, sans article : voir validation.ftl)
tools-date-label-ead-start = date de début de l’EAD
tools-date-label-job-start = date de début de l’emploi
tools-date-label-job-end = date de fin de l’emploi
tools-date-label-changed-on = date du changement
tools-date-label-ended-on = date de fin
tools-date-label-program-end = date de fin du programme
tools-date-label-recommendation = date de la recommandation
tools-date-label-opt-ead-end = date de fin de l’EAD
tools-date-label-stem-start = date de début de la STEM OPT
tools-date-label-certification-expires = date d’expiration de la certification
