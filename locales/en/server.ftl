# server: the portal API's own answers (errors and refusals), in the language of the
# request's Accept-Language.

## Errors every endpoint may answer
server-sign-in-again = Sign in to continue. Your session may have ended.
server-forbidden = You cannot see or change this record.
server-not-found = Not found.
server-csrf = This request could not be checked. Reload the page and try again.
server-idempotency-conflict = This Idempotency-Key was already used for a different request.
server-too-many-attempts = Too many attempts. Wait a few minutes and try again.
server-internal = Something went wrong on our side. Nothing was saved; try again.
server-request-not-understood = The request could not be read: check its address, query and body against the API contract.
server-search-too-long = Search with 100 characters or fewer: part of a name or a { -sevis-id }.
server-busy = The service is busy. Try again in a moment.

## Signing in
server-wrong-email-or-password = Enter a correct email address and password. If your SEVP Portal account was locked or has closed, your DSO can help.
server-wrong-supervision-details = Enter your { -a-number }, { -subject-id } and date of birth exactly as on your Form I-385
server-email-taken = This email address is already used by another Portal account. Ask the student for another address.

## Activating a SEVP Portal account
server-link-expired = This link has expired: links work for { -fact-sevp-portal-link-valid-days } days. Ask your DSO to send the account email again.
server-link-not-working = This link does not work. Use the newest link from your email, or ask your DSO to send it again.

## A school official and a student's Portal account
server-portal-already-set-up = This student’s Portal account is already set up.
server-portal-not-locked = This student’s Portal account is not locked.
server-validation-report-stem-only = Validation reports are for STEM OPT only.

## Check-in appointments
server-slot-taken = That time has just been taken. Choose another.
server-already-booked = You already have an appointment. Change it instead of booking another.

## Requests the contract does not allow (400)
server-idempotency-key-missing = Every write needs an Idempotency-Key header (8 to 128 characters).
server-idempotency-key-format = The Idempotency-Key header must be 8 to 128 letters, digits, -, _, . or :.
server-demo-clock-range = advance_seconds must be from 1 to 2678400 (31 days)
server-date-format = Dates must be YYYY-MM-DD.
server-unknown-action = Unknown action.
server-unknown-outcome = Unknown outcome.
server-body-not-json = The body must be JSON of the documented shape, sent as application/json.
server-no-endpoint = There is no API endpoint at this address.

## The invitation e-mail (the student's language is not known: sent in the default language)
server-invitation-subject = Set up your SEVP Portal account
server-link-left-out = [the link: sent by e-mail only, never stored]
server-invitation-body = Dear { $name },{"\u000A"}{"\u000A"}Your OPT has started. Set up your SEVP Portal account with this link within { -fact-sevp-portal-link-valid-days } days:{"\u000A"}{ $link }{"\u000A"}{"\u000A"}If the link has expired, ask your DSO to send it again.{"\u000A"}
