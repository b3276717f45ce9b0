# Mesaj sou sa moun tape: idantifyan, dat ak fòm pòtay la. Sèvè a reponn 422 li yo
# ak menm mesaj yo, nan lang demann lan.
# `{ $label }` se sa yon dat ye (yon mesaj `validation-date-label-…` oswa etikèt paj la),
# ekri an lèt miniskil: yon mesaj ki kòmanse avè l kòmanse ak yon majiskil.

## Idantifyan.

validation-a-number-missing = Ekri nimewo A ou ({ -a-number })
validation-a-number-format = { -a-number } dwe gen lèt A ak { -fact-a-number-min-digits } a { -fact-a-number-digits } chif, tankou A012345678
validation-cip-code-missing = Ekri yon kòd CIP
validation-cip-code-format = Kòd CIP la dwe gen { -fact-cip-code-digits-before-point } chif, yon pwen ak { -fact-cip-code-digits-after-point } chif, tankou 11.0701
validation-ein-missing = Ekri yon Nimewo Idantifikasyon Anplwayè (EIN)
validation-ein-format = Yon EIN dwe gen { -fact-ein-digits } chif, tankou 12-3456789
validation-email-missing = Ekri yon adrès imèl
validation-email-format = Ekri yon adrès imèl ki nan bon fòma, tankou non@example.com
validation-email-too-long = Adrès imèl la dwe gen { -fact-email-max-length } karaktè oswa mwens
validation-i94-missing = Ekri yon nimewo { -i-94 }
validation-i94-format = Yon nimewo { -i-94 } dwe gen { -fact-i94-number-digits } chif, oswa { -fact-i94-number-digits-before-letter } chif, yon lèt ak yon chif, tankou 123456789A1
validation-password-missing = Ekri yon modpas
validation-password-too-short = Modpas la dwe gen 12 karaktè oswa plis
validation-password-too-long = Modpas la dwe gen 128 karaktè oswa mwens
validation-password-does-not-match = De modpas yo dwe menm
validation-last-name-missing = Ekri yon non fanmi
validation-last-name-too-long = Non fanmi an dwe gen { -fact-sevis-last-name-max-length } karaktè oswa mwens
validation-last-name-has-digits = Non fanmi an pa dwe gen chif ladan l
validation-first-name-too-long = Prenon an dwe gen { -fact-sevis-first-name-max-length } karaktè oswa mwens
validation-first-name-has-digits = Prenon an pa dwe gen chif ladan l
validation-phone-missing = Ekri yon nimewo telefòn
validation-phone-format = Ekri yon nimewo telefòn Ozetazini ki gen { -fact-phone-number-digits } chif, tankou { -sample-phone }
validation-phone-extension = Ekstansyon an dwe gen { -fact-phone-extension-min-digits } a { -fact-phone-extension-max-digits } chif
validation-receipt-number-missing = Ekri yon nimewo resi
validation-receipt-number-format = Nimewo resi a dwe gen { -fact-receipt-number-letters } lèt ak { -fact-receipt-number-digits } chif, tankou EAC2190000001
validation-receipt-number-unknown-office = Nimewo resi a dwe kòmanse ak lèt yon biwo USCIS, tankou EAC, WAC, LIN, SRC, NBC, MSC oswa IOE
validation-school-code-missing = Ekri yon kòd lekòl
validation-school-code-format = Kòd lekòl la dwe gen { -fact-school-code-letters } lèt, apre sa 214F, apre sa { -fact-school-code-digits } chif, tankou BOS214F00123000
validation-sevis-id-missing = Ekri yon { -sevis-id }
validation-sevis-id-format = Yon { -sevis-id } dwe kòmanse ak N epi gen { -fact-sevis-id-digits } chif, tankou N0012345678
validation-subject-id-missing = Ekri { -subject-id } ou ki sou Fòm I-385
validation-subject-id-format = Yon { -subject-id } dwe gen lèt ak chif sèlman, jiska 20 karaktè
validation-state-missing = Ekri yon eta oswa yon teritwa
validation-state-unknown = Ekri yon eta oswa yon teritwa Etazini ak de lèt, tankou NJ, oswa non konplè li
validation-zip-missing = Ekri yon kòd postal (ZIP code)
validation-zip-format = Kòd postal la dwe gen { -fact-zip-code-digits } chif, tankou 20500, oswa { -fact-zip-plus-4-digits } chif, tankou 20500-0001
validation-reference-number-missing = Ekri yon nimewo referans
validation-reference-number-format = Nimewo referans lan dwe gen 10 lèt ak chif, tankou K7QM-3XHP-2R

## Yon adrès Ozetazini.

validation-address-line1-missing = Ekri liy 1 adrès la, anjeneral nimewo kay la ak non lari a
validation-address-line1-too-long = Liy 1 adrès la dwe gen { -fact-address-line-max-length } karaktè oswa mwens
validation-address-line2-too-long = Liy 2 adrès la dwe gen { -fact-address-line-max-length } karaktè oswa mwens
validation-address-city-missing = Ekri vil la
validation-address-city-too-long = Vil la dwe gen { -fact-address-city-max-length } karaktè oswa mwens

## Yon dat ki tape nan twa bwat: sa ki manke oswa sa ki pa bon.

validation-date-missing = Ekri { $label }
validation-date-missing-day = { $label } dwe gen yon jou
validation-date-missing-month = { $label } dwe gen yon mwa
validation-date-missing-year = { $label } dwe gen yon ane
validation-date-missing-day-month = { $label } dwe gen yon jou ak yon mwa
validation-date-missing-day-year = { $label } dwe gen yon jou ak yon ane
validation-date-missing-month-year = { $label } dwe gen yon mwa ak yon ane
validation-date-year-four-digits = Ane a dwe gen 4 chif
validation-date-not-real = { $label } dwe se yon dat ki egziste vre
validation-date-in-the-past = { $label } dwe se yon dat ki deja pase
validation-date-today-or-past = { $label } dwe se jodi a oswa yon dat ki deja pase
validation-date-today-or-future = { $label } dwe se jodi a oswa yon dat ki poko rive
# `{ $other }`: etikèt dat ki vin anvan an; `{ $date }`: dat sa a ekri MM/JJ/AAAA.
validation-date-on-or-after = { $label } dwe se menm jou ak { $other } ({ $date }) oswa yon jou apre
validation-date-within-years = { $label } pa dwe pi ansyen pase { $years ->
    [one] yon ane
   *[other] { $years } ane
}

# Filt jounal odit la: yon jou ki tape nan yon sèl bwat kòm ane-mwa-jou. `{ $example }`:
# jodi a, ekri konsa.
validation-date-iso = Ekri { $label } kòm ane, mwa ak jou, separe ak tirè, pa egzanp { $example }

## Sa dat pòtay la yo ye.

validation-date-label-birth = dat nesans
validation-date-label-start = dat kòmansman
validation-date-label-end = dat fen
validation-date-label-moved-on = dat ou te demenaje
validation-date-label-audit-from = dat “Depi”
validation-date-label-audit-to = dat “Jiska”

## Dat an mo: `1 desanm 2026`, `madi 1 desanm 2026`.


## Jou ferye federal Etazini (5 U.S.C. 6103).

validation-holiday-new-years-day = Jou Nouvèl Ane
validation-holiday-martin-luther-king-jr-day = Anivèsè Martin Luther King, Jr.
validation-holiday-washingtons-birthday = Anivèsè Washington
validation-holiday-memorial-day = Jou Memoryal (Memorial Day)
validation-holiday-juneteenth = Jou Endepandans Nasyonal Juneteenth
validation-holiday-independence-day = Jou Endepandans
validation-holiday-labor-day = Fèt Travay
validation-holiday-columbus-day = Jou Kristòf Kolon
validation-holiday-veterans-day = Jou Veteran yo
validation-holiday-thanksgiving-day = Jou Aksyon de Gras (Thanksgiving)
validation-holiday-christmas-day = Nwèl

## Fòm pòtay la.

validation-sign-in-password-missing = Ekri modpas ou
validation-activation-link-incomplete = Lyen an pa konplè. Louvri lyen ki nan imèl ou a ankò.
validation-employer-name-missing = Ekri non anplwayè a
validation-employer-name-too-long = Non anplwayè a dwe gen { -fact-opt-employer-name-max-length } karaktè oswa mwens
validation-hours-missing = Chwazi si travay la se tan plen oswa tan pasyèl
validation-job-title-missing = Ekri tit pòs la
validation-job-title-too-long = Tit pòs la dwe gen { -fact-opt-job-title-max-length } karaktè oswa mwens
validation-supervisor-name-missing = Ekri non sipèvizè a
validation-supervisor-name-too-long = Non sipèvizè a dwe gen 121 karaktè oswa mwens
validation-relation-to-study-missing = Eksplike ki rapò travay la genyen ak domèn etid la
validation-relation-to-study-too-long = Eksplikasyon sou rapò travay la ak domèn etid la dwe gen { -fact-opt-relation-to-study-max-length } karaktè oswa mwens
validation-stem-needs-dso = Sou STEM OPT, ou pa ka ajoute yon nouvo anplwayè ni chanje yon dat kòmansman ou menm. Kontakte DSO ou: li dwe revize Fòm I-983 ou anvan.
validation-report-employer-missing = Chwazi si anplwayè ou se toujou sa ki nan dosye ou a
validation-report-address-missing = Chwazi si adrès ou se toujou sa ki nan dosye ou a
validation-report-status-missing = Chwazi si ou gen travay
validation-court-case-missing = Chwazi si ou gen yon dosye nan tribinal imigrasyon
validation-slot-missing = Chwazi yon dat ak yon lè
validation-m1-no-unemployment-allowance = Fòmasyon pratik M-1 pa gen okenn jou chomaj ki pèmèt: { -fact-opt-unemployment-days } jou yo se yon règ OPT F-1. Mande DSO ou sa ki aplike pou ou.
