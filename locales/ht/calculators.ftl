# Pwòp mo kalkilatris yo: dat limit pou deklare (kiyès ki deklare kisa, nan konbyen tan) ak
# rapò STEM OPT yo. Paj ki antoure yo nan tools.ftl ak portal.ftl.

## Dat limit pou deklare: sa ki dwe fèt, ak kiyès ki dwe fè l.

calculators-rule-student-reports-change = Etidyan ki sou OPT deklare yon chanjman (adrès, anplwayè, non) bay lekòl la oswa nan SEVP Portal
calculators-rule-dso-updates-sevis = DSO a mete dosye etidyan an ajou nan SEVIS
calculators-rule-eoir-33 = Fòm EOIR-33: nouvo adrès bay tribinal imigrasyon an
calculators-rule-ar-11 = Fòm AR-11: nouvo adrès bay USCIS
calculators-rule-ice-address = Nouvo adrès bay ICE
calculators-rule-employer-reports-end = Anplwayè STEM OPT la fè DSO a konnen travay la fini
calculators-rule-dso-registers-student = DSO a enskri etidyan an nan SEVIS apre sesyon an kòmanse

## Konbyen tan yon dat limit bay.

calculators-within-calendar-days = nan yon delè { $days ->
    [one] { $days } jou
   *[other] { $days } jou
}
calculators-within-working-days = nan yon delè { $days ->
    [one] { $days } jou ouvrab
   *[other] { $days } jou ouvrab
}

## STEM OPT: sa pou voye.

calculators-stem-validation-report = Rapò validasyon (mwa { $months })
calculators-stem-self-evaluation = Otoevalyasyon, Fòm I-983 (mwa { $months })
calculators-stem-final-evaluation = Evalyasyon final, Fòm I-983

## Kantite jou san travay yo, jan zouti a ak paj etidyan an nan pòtay la montre li.
calculators-days-used-of = { $used ->
        [one] jou itilize
       *[other] jou itilize
    } sou { $allowed }
calculators-days-left = { $left ->
        [one] jou ki rete
       *[other] jou ki rete
    }
