### The tools: the list, "What is this number?", the link checker, the OPT unemployment days
### and the deadline calculator.
### Ids that end in a field name (tools-needs_script) are read by Rust as a struct (src/text/tools.rs).

## What every tool shares
tools-needs_script = This tool runs in your browser and needs JavaScript, which is turned off or did not load. The guide explains the same rules:
tools-needs_script_guide = Read the guide
tools-private_hint = Nothing you type leaves your device.
tools-check = Check
tools-calculate = Calculate

## What is this number?
tools-identify_label = Number or code
tools-identify_hint = For example N0012345678, A-123-456-789 or EAC2190000001.
tools-identify_missing = Enter a number or code
tools-identify_found = This could be
tools-identify_none_title = We do not recognise this number
tools-identify_none = Check it against your notice. We recognise SEVIS IDs, SEVP school codes, A-Numbers, USCIS receipt numbers, I-94 numbers, EINs and CIP codes.
tools-written_as = Written as
tools-used_by = Used by
tools-often_confused = Often confused

## Is this link or email official?
tools-link_label = Web address or email sender
tools-link_hint = Paste the link or the sender’s email address.
tools-link_unreadable = Enter a web address, like { -fact-ice-url }, or an email address, like name@example.com
tools-link_official = This is an official address
tools-link_belongs_to = It belongs to:
tools-link_official_insecure = This is an official site, but the link is not secure
tools-link_official_insecure_body = The link starts with http:// instead of https://, so what you see or send could be read or changed on the way. Use the secure address instead:
tools-link_government = This is a U.S. government address, but not a service we know
tools-link_government_body = Only U.S. government organisations can register addresses ending in .gov, but this one is not among the services our sources list, so we cannot tell you what it is for. No official page describes what eservice.ice.gov hosts. Reach services from the official addresses in our guides.
tools-link_not_official = This is not an official address
tools-link_not_official_advice = Do not sign in, pay or send documents through it.
tools-link_goes_to = It really goes to:
tools-link_sender_domain = The sender’s domain is:

## OPT unemployment days
tools-opt_kind_legend = Which practical training are you on?
tools-opt_kind-post-completion = F-1 post-completion OPT ({ -fact-opt-unemployment-days } days)
tools-opt_kind-stem = STEM OPT extension ({ -fact-stem-opt-unemployment-days } days in all)
tools-opt_kind-m1 = M-1 practical training
tools-m1_ask_dso = M-1 practical training has no unemployment allowance to count: the limits in this tool are F-1 OPT rules. Ask your DSO what time without a job means for you.
tools-opt_kind_missing = Select which practical training you are on
tools-counting_rule = We count every day from your EAD start date to today, both days included.
tools-ead_start = EAD start date
tools-ead_start_hint = The “valid from” date on your work permit (EAD). On STEM OPT, the start date of your first, post-completion EAD: the { -fact-stem-opt-unemployment-days } days count from there.
tools-jobs_heading = Jobs
tools-jobs_hint = If you have had no job since your EAD start date, leave the job’s dates empty. On OPT, a job of fewer than { -fact-opt-minimum-weekly-hours } hours a week does not count as employment: the days only such a job covers count as unemployment. Tick the box under a job like that.
tools-job-heading = Job { $number }
tools-job_start = Start date
tools-job_end = End date (optional)
tools-job_end_hint = Leave empty if you still work there.
tools-job_under_20_hours = This job is fewer than { -fact-opt-minimum-weekly-hours } hours a week
tools-add_job = Add a job
tools-remove_job = Remove this job
tools-counted-from-to = Counted from { $from } to today, { $to }, both days included.
tools-stretches = Days without a job
tools-stretch = { $from } – { $to } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
tools-runs_out = If you stay without a job, your days run out on
tools-over_limit = You are over the limit. Talk to your DSO today.
tools-not_started = Your EAD has not started yet, so no days are used.
tools-unemployment_note = Employment you have not reported, and jobs of fewer than { -fact-opt-minimum-weekly-hours } hours a week, count as unemployment. This count is only as good as the jobs you enter; your DSO has the official record.

## Deadline calculator
tools-calculator_legend = What do you want to work out?
tools-calculator-reporting = A reporting deadline after a change
tools-calculator-grace = The end of a grace period
tools-calculator-opt-window = When to file for OPT
tools-calculator-stem-window = When to file for STEM OPT
tools-calculator-stem-reports = STEM OPT reports
tools-calculator-recertification = SEVP recertification (schools)
tools-calculator_missing = Select what you want to work out
tools-rule_legend = What needs reporting?
tools-rule_missing = Select what needs reporting
tools-changed_on = Date of the change
tools-grace_legend = How did your program or OPT end?
tools-grace_case-f1 = F-1: I completed my program or my OPT
tools-grace_case-m1 = M-1: I completed my program
tools-grace_case-withdrawal = My DSO authorised my withdrawal
tools-grace_case-failed = I failed to maintain status
tools-grace_missing = Select how your program or OPT ended
tools-ended_on = Date it ended
tools-program_end = Program end date
tools-recommendation = Date of the DSO’s recommendation (optional)
tools-recommendation_hint = The date on your new Form I-20. Leave empty if you do not have it yet.
tools-opt_ead_end = End date of your current OPT EAD
tools-stem_start = STEM OPT start date
tools-certification_expires = Certification expiration date
tools-due = Due by
tools-how_worked_out = How we worked it out
tools-counted-from-day-after = Counted from the day after { $date }: { $counting }.
tools-not_counted = Not counted:
tools-weekend = weekend
tools-grace_last_day = Your grace period ends on
tools-grace-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
tools-no_grace = There is no grace period after failing to maintain status. Talk to your DSO and a lawyer today.
tools-window_opens = You can file from
tools-window_closes = until
tools-closed_by_recommendation = The window closes { -fact-opt-filing-days-after-recommendation } days (STEM: { -fact-stem-opt-filing-days-after-recommendation } days) after the DSO’s recommendation.
tools-window-not-yet = Not open yet. Days until it opens: { $days }
tools-window-open = Open now. Days left: { $days }
tools-window_closed = This window has closed. Talk to your DSO.
tools-window_impossible = No day fits every rule: the recommendation date is outside the filing window. Talk to your DSO.
tools-submit_by = send by
tools-reminder = Portal reminder
tools-notice_on = SEVIS sends the recertification notice on
tools-expires_on = Certification expires on
tools-next_expiry = After recertification, it runs until
tools-add_to_calendar = Add to calendar (.ics)
tools-check_with_dso = From school guidance rather than an official page: check with your DSO.

## What a date is, in error messages (lower case, no article: see validation.ftl)
tools-date-label-ead-start = EAD start date
tools-date-label-job-start = job’s start date
tools-date-label-job-end = job’s end date
tools-date-label-changed-on = date of the change
tools-date-label-ended-on = date it ended
tools-date-label-program-end = program end date
tools-date-label-recommendation = date of the recommendation
tools-date-label-opt-ead-end = EAD end date
tools-date-label-stem-start = STEM OPT start date
tools-date-label-certification-expires = certification expiration date
