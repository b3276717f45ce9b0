# Messages about what people type: identifiers, dates and the portal's forms. The server
# answers its 422s with the same messages, in the language of the request.
# `{ $label }` is what a date is (a `validation-date-label-…` message or a page's own
# label), written in lower case: a message that starts with it starts with a capital.

## Identifiers.

validation-a-number-missing = Enter an { -a-number }
validation-a-number-format = { -a-number } must be the letter A and { -fact-a-number-min-digits } to { -fact-a-number-digits } numbers, like A012345678
validation-cip-code-missing = Enter a CIP code
validation-cip-code-format = CIP code must be { -fact-cip-code-digits-before-point } numbers, a full stop and { -fact-cip-code-digits-after-point } numbers, like 11.0701
validation-ein-missing = Enter an Employer Identification Number (EIN)
validation-ein-format = EIN must be { -fact-ein-digits } numbers, like 12-3456789
validation-email-missing = Enter an email address
validation-email-format = Enter an email address in the correct format, like name@example.com
validation-email-too-long = Email address must be { -fact-email-max-length } characters or fewer
validation-i94-missing = Enter an { -i-94 } number
validation-i94-format = { -i-94 } number must be { -fact-i94-number-digits } numbers, or { -fact-i94-number-digits-before-letter } numbers, a letter and a number, like 123456789A1
validation-password-missing = Enter a password
validation-password-too-short = Password must be 12 characters or more
validation-password-too-long = Password must be 128 characters or fewer
validation-password-does-not-match = Passwords must match
validation-last-name-missing = Enter a last name
validation-last-name-too-long = Last name must be { -fact-sevis-last-name-max-length } characters or fewer
validation-last-name-has-digits = Last name must not include numbers
validation-first-name-too-long = First name must be { -fact-sevis-first-name-max-length } characters or fewer
validation-first-name-has-digits = First name must not include numbers
validation-phone-missing = Enter a phone number
validation-phone-format = Enter a U.S. phone number with { -fact-phone-number-digits } numbers, like { -sample-phone }
validation-phone-extension = Extension must be { -fact-phone-extension-min-digits } to { -fact-phone-extension-max-digits } numbers
validation-receipt-number-missing = Enter a receipt number
validation-receipt-number-format = Receipt number must be { -fact-receipt-number-letters } letters and { -fact-receipt-number-digits } numbers, like EAC2190000001
validation-receipt-number-unknown-office = Receipt number must start with the letters of a USCIS office, like EAC, WAC, LIN, SRC, NBC, MSC or IOE
validation-school-code-missing = Enter a school code
validation-school-code-format = School code must be { -fact-school-code-letters } letters, then 214F, then { -fact-school-code-digits } numbers, like BOS214F00123000
validation-sevis-id-missing = Enter a { -sevis-id }
validation-sevis-id-format = { -sevis-id } must start with N and have { -fact-sevis-id-digits } numbers, like N0012345678
validation-subject-id-missing = Enter your { -subject-id } from Form I-385
validation-subject-id-format = { -subject-id } must be letters and numbers only, up to 20 characters
validation-state-missing = Enter a state or territory
validation-state-unknown = Enter a U.S. state or territory as two letters, like NJ, or its full name
validation-zip-missing = Enter a ZIP code
validation-zip-format = ZIP code must be { -fact-zip-code-digits } numbers, like 20500, or { -fact-zip-plus-4-digits } numbers, like 20500-0001
validation-reference-number-missing = Enter a reference number
validation-reference-number-format = Reference number must be 10 letters and numbers, like K7QM-3XHP-2R

## A U.S. address.

validation-address-line1-missing = Enter address line 1, typically the building and street
validation-address-line1-too-long = Address line 1 must be { -fact-address-line-max-length } characters or fewer
validation-address-line2-too-long = Address line 2 must be { -fact-address-line-max-length } characters or fewer
validation-address-city-missing = Enter town or city
validation-address-city-too-long = Town or city must be { -fact-address-city-max-length } characters or fewer

## A date typed in three boxes: what is wrong with it.

validation-date-missing = Enter the { $label }
validation-date-missing-day = { $label } must include a day
validation-date-missing-month = { $label } must include a month
validation-date-missing-year = { $label } must include a year
validation-date-missing-day-month = { $label } must include a day and month
validation-date-missing-day-year = { $label } must include a day and year
validation-date-missing-month-year = { $label } must include a month and year
validation-date-year-four-digits = Year must include 4 numbers
validation-date-not-real = { $label } must be a real date
validation-date-in-the-past = { $label } must be in the past
validation-date-today-or-past = { $label } must be today or in the past
validation-date-today-or-future = { $label } must be today or in the future
# `{ $other }`: the label of the earlier date; `{ $date }`: that date as MM/DD/YYYY.
validation-date-on-or-after = { $label } must be the same as or after the { $other } ({ $date })
validation-date-within-years = { $label } must be within the last { $years ->
    [one] year
   *[other] { $years } years
}

# The audit log's filter: a day typed in one box as year-month-day. `{ $example }`: today,
# written that way.
validation-date-iso = Enter the { $label } as year, month and day with dashes, for example { $example }

## What the portal's dates are.

validation-date-label-birth = date of birth
validation-date-label-start = start date
validation-date-label-end = end date
validation-date-label-moved-on = date you moved
validation-date-label-audit-from = “From” date
validation-date-label-audit-to = “To” date

## Dates in words: `1 December 2026`, `Tuesday 1 December 2026`.


## U.S. federal holidays (5 U.S.C. 6103).

validation-holiday-new-years-day = New Year’s Day
validation-holiday-martin-luther-king-jr-day = Birthday of Martin Luther King, Jr.
validation-holiday-washingtons-birthday = Washington’s Birthday
validation-holiday-memorial-day = Memorial Day
validation-holiday-juneteenth = Juneteenth National Independence Day
validation-holiday-independence-day = Independence Day
validation-holiday-labor-day = Labor Day
validation-holiday-columbus-day = Columbus Day
validation-holiday-veterans-day = Veterans Day
validation-holiday-thanksgiving-day = Thanksgiving Day
validation-holiday-christmas-day = Christmas Day

## The portal's forms.

validation-sign-in-password-missing = Enter your password
validation-activation-link-incomplete = The link is incomplete. Open the link from your email again.
validation-employer-name-missing = Enter the employer’s name
validation-employer-name-too-long = Employer name must be { -fact-opt-employer-name-max-length } characters or fewer
validation-hours-missing = Select whether the job is full time or part time
validation-job-title-missing = Enter the job title
validation-job-title-too-long = Job title must be { -fact-opt-job-title-max-length } characters or fewer
validation-supervisor-name-missing = Enter the supervisor’s name
validation-supervisor-name-too-long = Supervisor’s name must be 121 characters or fewer
validation-relation-to-study-missing = Explain how the job relates to the field of study
validation-relation-to-study-too-long = How the job relates to the field of study must be { -fact-opt-relation-to-study-max-length } characters or fewer
validation-stem-needs-dso = On STEM OPT you cannot add a new employer or change a start date yourself. Contact your DSO: they must review your Form I-983 first.
validation-report-employer-missing = Select whether your employer is still the one on your record
validation-report-address-missing = Select whether your address is still the one on your record
validation-report-status-missing = Select whether you are employed
validation-court-case-missing = Select whether you have a case in immigration court
validation-slot-missing = Select a date and time
validation-m1-no-unemployment-allowance = M-1 practical training has no allowance of unemployment days: the { -fact-opt-unemployment-days } days are a rule of F-1 OPT. Ask your DSO what applies to you.
