# The calculators' own words: reporting deadlines (who reports what, within how long), the
# STEM OPT reports and the unemployment count. The pages around them are in tools.ftl and
# portal.ftl.

## Reporting deadlines: what has to be done, and by whom.

calculators-rule-student-reports-change = Student on OPT reports a change (address, employer, name) to the school or in the SEVP Portal
calculators-rule-dso-updates-sevis = DSO updates the student’s record in SEVIS
calculators-rule-eoir-33 = Form EOIR-33: new address to the immigration court
calculators-rule-ar-11 = Form AR-11: new address to USCIS
calculators-rule-ice-address = New address to ICE
calculators-rule-employer-reports-end = STEM OPT employer tells the DSO that the job ended
calculators-rule-dso-registers-student = DSO registers the student in SEVIS after the session starts

## How long a deadline allows.

calculators-within-calendar-days = within { $days ->
    [one] { $days } day
   *[other] { $days } days
}
calculators-within-working-days = within { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}

## STEM OPT: what to send.

calculators-stem-validation-report = Validation report (month { $months })
calculators-stem-self-evaluation = Self-evaluation, Form I-983 (month { $months })
calculators-stem-final-evaluation = Final evaluation, Form I-983

## The unemployment count, as the tool and the student's portal page show it.
calculators-days-used-of = { $used ->
        [one] day used
       *[other] days used
    } of { $allowed }
calculators-days-left = { $left ->
        [one] day left
       *[other] days left
    }
