### Zouti yo: lis la, "Ki nimewo sa a?", verifikatè lyen an, jou chomaj OPT
### ak kalkilatris dat limit yo.
### Id ki fini ak non yon chan (tools-needs_script) se Rust ki li yo kòm yon struct (src/text/tools.rs).

## Sa tout zouti yo pataje
tools-needs_script = Zouti sa a mache nan navigatè ou epi li bezwen JavaScript, men JavaScript dezaktive oswa li pa t chaje. Gid la eksplike menm règ yo:
tools-needs_script_guide = Li gid la
tools-private_hint = Anyen ou tape pa soti sou aparèy ou.
tools-check = Verifye
tools-calculate = Kalkile

## Ki nimewo sa a?
tools-identify_label = Nimewo oswa kòd
tools-identify_hint = Pa egzanp N0012345678, A-123-456-789 oswa EAC2190000001.
tools-identify_missing = Ekri yon nimewo oswa yon kòd
tools-identify_found = Sa ka ye
tools-identify_none_title = Nou pa rekonèt nimewo sa a
tools-identify_none = Konpare l ak avi ou a. Nou rekonèt SEVIS ID, kòd lekòl SEVP, A-Number (nimewo A), nimewo resi USCIS, nimewo I-94, EIN ak kòd CIP.
tools-written_as = Kijan yo ekri l
tools-used_by = Kiyès ki sèvi avè l
tools-often_confused = Moun konn konfonn li

## Èske lyen oswa imèl sa a ofisyèl?
tools-link_label = Adrès sit entènèt oswa moun ki voye imèl la
tools-link_hint = Kole lyen an oswa adrès imèl moun ki voye l la.
tools-link_unreadable = Ekri yon adrès sit entènèt, tankou { -fact-ice-url }, oswa yon adrès imèl, tankou non@example.com
tools-link_official = Sa se yon adrès ofisyèl
tools-link_belongs_to = Li se pou:
tools-link_official_insecure = Sa se yon sit ofisyèl, men lyen an pa an sekirite
tools-link_official_insecure_body = Lyen an kòmanse ak http:// olye de https://, kidonk yon lòt moun ka li oswa chanje sa ou wè oswa sa ou voye sou wout la. Sèvi ak adrès ki an sekirite a pito:
tools-link_government = Sa se yon adrès gouvènman Etazini, men se pa yon sèvis nou konnen
tools-link_government_body = Se sèlman òganizasyon gouvènman Etazini ki ka anrejistre adrès ki fini ak .gov, men adrès sa a pa nan sèvis sous nou yo bay, kidonk nou pa ka di ou pou kisa li sèvi. Pa gen okenn paj ofisyèl ki di kisa eservice.ice.gov genyen. Ale nan sèvis yo apati adrès ofisyèl ki nan gid nou yo.
tools-link_not_official = Sa se pa yon adrès ofisyèl
tools-link_not_official_advice = Pa konekte, pa peye, ni pa voye dokiman pa mwayen li.
tools-link_goes_to = An reyalite li mennen nan:
tools-link_sender_domain = Domèn moun ki voye l la se:

## Jou chomaj OPT
tools-opt_kind_legend = Ki fòmasyon pratik ou ye ladan?
tools-opt_kind-post-completion = OPT F-1 apre etid (post-completion) ({ -fact-opt-unemployment-days } jou)
tools-opt_kind-stem = Ekstansyon STEM OPT ({ -fact-stem-opt-unemployment-days } jou antou)
tools-opt_kind-m1 = Fòmasyon pratik M-1
tools-m1_ask_dso = Fòmasyon pratik M-1 pa gen jou chomaj pou konte: limit ki nan zouti sa a se règ OPT F-1. Mande DSO ou sa tan san travay vle di pou ou.
tools-opt_kind_missing = Chwazi ki fòmasyon pratik ou ye ladan
tools-counting_rule = Nou konte chak jou depi dat kòmansman EAD ou jiska jodi a, toude jou yo ladan.
tools-ead_start = Dat kòmansman EAD
tools-ead_start_hint = Dat “valid from” ki sou otorizasyon travay ou (EAD). Sou STEM OPT, dat kòmansman premye EAD ou, EAD OPT apre etid la: { -fact-stem-opt-unemployment-days } jou yo konte depi la.
tools-jobs_heading = Travay
tools-jobs_hint = Si ou pa t gen okenn travay depi dat kòmansman EAD ou, kite dat travay yo vid. Sou OPT, yon travay ki gen mwens pase { -fact-opt-minimum-weekly-hours } èdtan pa semèn pa konte kòm travay: jou se sèlman yon travay konsa ki kouvri yo konte kòm chomaj. Make bwat ki anba yon travay konsa.
tools-job-heading = Travay { $number }
tools-job_start = Dat kòmansman
tools-job_end = Dat fen (opsyonèl)
tools-job_end_hint = Kite l vid si ou toujou travay la.
tools-job_under_20_hours = Travay sa a gen mwens pase { -fact-opt-minimum-weekly-hours } èdtan pa semèn
tools-add_job = Ajoute yon travay
tools-remove_job = Retire travay sa a
tools-counted-from-to = Nou konte depi { $from } jiska jodi a, { $to }, toude jou yo ladan.
tools-stretches = Jou san travay
tools-stretch = { $from } – { $to } ({ $days ->
        [one] { $days } jou
       *[other] { $days } jou
    })
tools-runs_out = Si ou rete san travay, jou ou yo ap fini nan dat
tools-over_limit = Ou depase limit lan. Pale ak DSO ou jodi a.
tools-not_started = EAD ou poko kòmanse, kidonk ou poko itilize okenn jou.
tools-unemployment_note = Travay ou pa t deklare, ak travay ki gen mwens pase { -fact-opt-minimum-weekly-hours } èdtan pa semèn, konte kòm chomaj. Kalkil sa a bon sèlman si travay ou antre yo bon; se DSO ou ki gen dosye ofisyèl la.

## Kalkilatris dat limit
tools-calculator_legend = Kisa ou vle kalkile?
tools-calculator-reporting = Yon dat limit pou deklare yon chanjman
tools-calculator-grace = Fen yon peryòd gras
tools-calculator-opt-window = Kilè pou depoze demann OPT
tools-calculator-stem-window = Kilè pou depoze demann STEM OPT
tools-calculator-stem-reports = Rapò STEM OPT yo
tools-calculator-recertification = Resètifikasyon SEVP (lekòl)
tools-calculator_missing = Chwazi sa ou vle kalkile
tools-rule_legend = Kisa ki dwe deklare?
tools-rule_missing = Chwazi sa ki dwe deklare
tools-changed_on = Dat chanjman an
tools-grace_legend = Kijan pwogram ou oswa OPT ou te fini?
tools-grace_case-f1 = F-1: mwen te fini pwogram mwen oswa OPT mwen
tools-grace_case-m1 = M-1: mwen te fini pwogram mwen
tools-grace_case-withdrawal = DSO mwen te otorize mwen kite pwogram nan
tools-grace_case-failed = Mwen pa t kenbe estati mwen
tools-grace_missing = Chwazi kijan pwogram ou oswa OPT ou te fini
tools-ended_on = Dat li te fini
tools-program_end = Dat fen pwogram nan
tools-recommendation = Dat rekòmandasyon DSO a (opsyonèl)
tools-recommendation_hint = Dat ki sou nouvo Fòm I-20 ou. Kite l vid si ou poko genyen l.
tools-opt_ead_end = Dat fen EAD OPT ou genyen kounye a
tools-stem_start = Dat kòmansman STEM OPT
tools-certification_expires = Dat sètifikasyon an ekspire
tools-due = Dat limit
tools-how_worked_out = Kijan nou kalkile l
tools-counted-from-day-after = Nou konte depi jou apre { $date }: { $counting }.
tools-not_counted = Nou pa konte:
tools-weekend = wikenn
tools-grace_last_day = Peryòd gras ou fini nan dat
tools-grace-days = { $days ->
        [one] { $days } jou
       *[other] { $days } jou
    }
tools-no_grace = Pa gen peryòd gras lè ou pa t kenbe estati ou. Pale ak DSO ou ak yon avoka jodi a.
tools-window_opens = Ou ka depoze depi
tools-window_closes = jiska
tools-closed_by_recommendation = Peryòd pou depoze a fèmen { -fact-opt-filing-days-after-recommendation } jou (STEM: { -fact-stem-opt-filing-days-after-recommendation } jou) apre rekòmandasyon DSO a.
tools-window-not-yet = Li poko louvri. Kantite jou anvan li louvri: { $days }
tools-window-open = Li louvri kounye a. Kantite jou ki rete: { $days }
tools-window_closed = Peryòd pou depoze sa a fèmen. Pale ak DSO ou.
tools-window_impossible = Pa gen okenn jou ki respekte tout règ yo: dat rekòmandasyon an tonbe andeyò peryòd pou depoze a. Pale ak DSO ou.
tools-submit_by = voye l pa pita pase
tools-reminder = Rapèl Portal
tools-notice_on = SEVIS voye avi resètifikasyon an nan dat
tools-expires_on = Sètifikasyon an ekspire nan dat
tools-next_expiry = Apre resètifikasyon an, li valab jiska
tools-add_to_calendar = Ajoute nan kalandriye (.ics)
tools-check_with_dso = Sa soti nan konsèy lekòl yo bay, pa nan yon paj ofisyèl: verifye ak DSO ou.

## Sa yon dat ye, nan mesaj erè (lèt miniskil, san atik: gade validation.ftl)
tools-date-label-ead-start = dat kòmansman EAD
tools-date-label-job-start = dat kòmansman travay la
tools-date-label-job-end = dat fen travay la
tools-date-label-changed-on = dat chanjman an
tools-date-label-ended-on = dat li te fini
tools-date-label-program-end = dat fen pwogram nan
tools-date-label-recommendation = dat rekòmandasyon an
tools-date-label-opt-ead-end = dat fen EAD
tools-date-label-stem-start = dat kòmansman STEM OPT
tools-date-label-certification-expires = dat sètifikasyon an ekspire
