# The words of "Find the right place": questions, answers and outcomes.
# Ids: router-q-<question>-title/-hint/-error, router-a-<question>-<answer>,
# router-o-<outcome>-title/-answer/-applies-to/-why, -step-<n> (in order), -have-ready-<n>.
# Steps and things to have ready are numbered from 1 without gaps: the router reads
# them up to the first missing number (crates/domain/src/routing/wording.rs).

## Questions and their answers

router-q-event-title = What has happened, or what do you want to know?
router-q-event-hint = Choose the closest. If you already know the service or task you need, choose the last answer.
router-q-event-error = Select what has happened or what you want to know
router-a-event-moved = I moved, or I’m about to move
router-a-event-job = A job is starting, changing or ending
router-a-event-work = Can I work? I need a work permit or OPT
router-a-event-stay = How long can I stay? My studies or program are ending
router-a-event-travel = I’m travelling, or I need a visa or my I-94
router-a-event-message = I got a letter, an email, a text or a link
router-a-event-detained = Someone has been detained by immigration
router-a-event-money = A fee or a bond to pay, or bond money to get back
router-a-event-court = I have an immigration court date, an ICE check-in or a removal order
router-a-event-school = I work for a school that has, or wants to enrol, international students
router-a-event-task = I know what I need to do: show me the list of tasks

router-q-status-title = Which of these describes you?
router-q-status-hint = The rules are different for F-1 students, M-1 students and J-1 exchange visitors. Your type is on your visa, and on your Form I-20 (F-1, M-1) or DS-2019 (J-1).
router-q-status-error = Select what describes you
router-a-status-f1 = F-1 student, including on OPT or STEM OPT
router-a-status-m1 = M-1 student (vocational or technical school)
router-a-status-j1 = J-1 exchange visitor (student, scholar, researcher, intern …)
router-a-status-supervision = I report to ICE, or I have a case in immigration court
router-a-status-other = Something else (for example a visitor, a worker or a green card applicant)

router-q-on-training-title = Are you on OPT or practical training now?
router-q-on-training-hint = That is, the start date on your work permit (EAD) for OPT, STEM OPT or M-1 practical training has come.
router-q-on-training-error = Select yes if you are on OPT or practical training now
router-a-on-training-yes = Yes
router-a-on-training-no = No, I’m still studying, or my OPT has not started

router-q-job-change-title = What is happening with the job?
router-q-job-change-error = Select what is happening with the job
router-a-job-change-new = I’m starting a new job or changing employer
router-a-job-change-details = My job title, hours, supervisor or employer’s address changed
router-a-job-change-ended = My job ended, or I have no job yet: how many unemployment days do I have?
router-a-job-change-not-on-training = I’m not on OPT or practical training yet: may I take a job?

router-q-travel-need-title = What do you need?
router-q-travel-need-error = Select what you need
router-a-travel-need-visa = Get or renew a visa (Form DS-160, interview)
router-a-travel-need-arrival-record = My I-94 arrival record or travel history
router-a-travel-need-entry = Know when I may enter the United States to start my studies

router-q-message-kind-title = What did you get?
router-q-message-kind-error = Select what you got
router-a-message-kind-portal-email = An email about my SEVP Portal account, or I never got it
router-a-message-kind-court-notice = A hearing notice or a Notice to Appear from the immigration court
router-a-message-kind-ice-letter = A letter or paper from ICE about reporting or a check-in
router-a-message-kind-uscis-notice = A notice or a receipt from USCIS (Form I-797)
router-a-message-kind-unsure = An email, a text or a link (for example about “eservice”) and I’m not sure it is real

router-q-money-need-title = Which money is it about?
router-q-money-need-error = Select which money it is about
router-a-money-need-sevis-fee = The I-901 SEVIS fee: how much it is and where to pay
router-a-money-need-visa-fee = The visa application fee
router-a-money-need-bond = Paying or checking an immigration bond
router-a-money-need-bond-back = Getting back the money of a bond that was paid

router-q-role-title = Which task do you need help with?
router-q-role-error = Select the task you need help with
router-a-role-student = I’m an F, M or J student or exchange visitor
router-a-role-school = I work for a school: as a school official, or for a school that wants SEVP certification
router-a-role-supervision = I have to report to ICE, or I have a case in immigration court
router-a-role-detained = Someone I know has been detained by immigration
router-a-role-bond = I want to pay or check an immigration bond
router-a-role-benefit = I need a visa, green card, citizenship, work permit or USCIS case status
router-a-role-message = I got an email, text or link about “eservice” and I’m not sure it is real

router-q-student-need-title = What do you need to do?
router-q-student-need-error = Select what you need to do
router-a-student-need-report-opt = Report my address, phone number or employer while on OPT
router-a-student-need-unemployment = Find out how many OPT unemployment days I have used
router-a-student-need-pay-fee = Pay the I-901 SEVIS fee
router-a-student-need-apply-opt = Apply for a work permit: OPT, STEM OPT or M-1 practical training
router-a-student-need-change-status = Change or extend my status
router-a-student-need-visa = Get or renew my student visa
router-a-student-need-exchange-program = Something about my J-1 program or Form DS-2019
router-a-student-need-arrival-record = Get my I-94 arrival record
router-a-student-need-record-change = Change my name, program dates, I-20 or SEVP Portal email
router-a-student-need-status-problem = My SEVIS record was terminated, or I missed a deadline

router-q-opt-change-title = What do you need to report?
router-q-opt-change-error = Select what you need to report
router-a-opt-change-address-phone = My address or phone number
router-a-opt-change-employer = My employer or my job details

router-q-opt-type-title = Which kind of practical training is it?
router-q-opt-type-error = Select the kind of practical training
router-a-opt-type-post-completion = F-1 post-completion OPT
router-a-opt-type-stem = STEM OPT extension
router-a-opt-type-m1 = M-1 practical training

router-q-stem-change-title = What is changing?
router-q-stem-change-error = Select what is changing
router-a-stem-change-new-employer-or-start-date = A new employer, or a new start date
router-a-stem-change-other-details = Other details, like my supervisor or job title

router-q-portal-account-title = Have you set up your SEVP Portal account?
router-q-portal-account-hint = SEVP emails you a link when your OPT is approved and starts. The link works for { -fact-sevp-portal-link-valid-days } days.
router-q-portal-account-error = Select whether you have set up your SEVP Portal account
router-a-portal-account-yes = Yes, I can sign in
router-a-portal-account-link-expired = I got the email, but the link expired
router-a-portal-account-no-email = I never got the email
router-a-portal-account-access-ended = My OPT ended more than { -fact-sevp-portal-access-months-after-opt } months ago

router-q-school-need-title = What do you need to do?
router-q-school-need-error = Select what you need to do
router-a-school-need-student-records = Update a student’s record, I-20 or OPT employment
router-a-school-need-portal-accounts = Help a student with their SEVP Portal account
router-a-school-need-certification = Certify or recertify the school, or add school officials (Form I-17)
router-a-school-need-exchange-program = Run a J-1 exchange visitor program

router-q-urgent-title = Is any of these true for you?
router-q-urgent-hint = You are detained now, you have a final order of removal, or you missed an immigration court hearing or an ICE check-in.
router-q-urgent-error = Select yes if any of these is true for you
router-a-urgent-yes = Yes
router-a-urgent-no = No

router-q-supervision-need-title = What do you need to do?
router-q-supervision-need-error = Select what you need to do
router-a-supervision-need-check-in = Schedule or change an ICE check-in appointment
router-a-supervision-need-moved = Tell ICE I moved
router-a-supervision-need-hearing = Find my court hearing date or court case status

router-q-court-case-title = Do you have a case in immigration court?
router-q-court-case-hint = For example, you received a Notice to Appear or a hearing notice from the immigration court.
router-q-court-case-error = Select whether you have a case in immigration court
router-a-court-case-yes = Yes
router-a-court-case-no = No
router-a-court-case-not-sure = I’m not sure

router-q-detained-need-title = What do you need to do?
router-q-detained-need-error = Select what you need to do
router-a-detained-need-find = Find where they are held
router-a-detained-need-post-bond = Pay a bond so they can be released
router-a-detained-need-legal-help = Find legal help for them

router-q-bond-poster-title = Who is paying or checking the bond?
router-q-bond-poster-error = Select who is paying or checking the bond
router-a-bond-poster-surety = A surety company or its agent
router-a-bond-poster-person = A relative, friend, lawyer or organisation paying in cash
router-a-bond-poster-own-bond = The person released, for their own voluntary departure or supervision bond

router-q-benefit-need-title = What do you need?
router-q-benefit-need-error = Select what you need
router-a-benefit-need-case-status = Check a USCIS case with a receipt number
router-a-benefit-need-green-card = A green card (permanent residence)
router-a-benefit-need-citizenship = U.S. citizenship
router-a-benefit-need-work-permit = A work permit (EAD), including OPT
router-a-benefit-need-extend-stay = Extend or change my stay (Form I-539)
router-a-benefit-need-uscis-address = Tell USCIS I moved (Form AR-11)
router-a-benefit-need-visa = A visa to travel to the United States
router-a-benefit-need-arrival-record = My I-94 arrival record or travel history
router-a-benefit-need-court-case = My immigration court case

## Outcomes

router-o-sevp-portal-title = Use the SEVP Portal
router-o-sevp-portal-answer = Report it yourself in the SEVP Portal within { -fact-student-report-change-days } days: your change reaches SEVIS at once.
router-o-sevp-portal-applies-to = F-1 students on post-completion OPT or STEM OPT, and M-1 students on practical training.
router-o-sevp-portal-why = Students on post-completion OPT, STEM OPT or M-1 practical training report their own address, phone number and employer in the SEVP Portal. Your changes reach SEVIS at once.
router-o-sevp-portal-step-1 = Sign in to the SEVP Portal at { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Update your physical and mailing address, phone number or employer.
router-o-sevp-portal-step-3 = Report each change within { -fact-student-report-change-days } days.
router-o-sevp-portal-step-4 = If you moved, also tell USCIS with Form AR-11 within { -fact-ar-11-days } days: the Portal does not tell USCIS.
router-o-sevp-portal-step-5 = On STEM OPT you cannot add a new employer or change a start date in the Portal: your DSO must review your Form I-983 first.
router-o-sevp-portal-step-6 = M-1 practical training is not OPT: it has no unemployment allowance, so the OPT unemployment days tool is not for you. Ask your DSO about any time without a job.
router-o-sevp-portal-step-7 = On STEM OPT, a validation report is due { -fact-stem-validation-report-months-1 }, { -fact-stem-validation-report-months-2 }, { -fact-stem-validation-report-months-3 } and { -fact-stem-validation-report-months-4 } months after your STEM start date, each within { -fact-stem-validation-report-business-days } business days; SEVP emails a reminder { -fact-stem-validation-reminder-days } days before each. Your DSO can tell you how your school takes them.
router-o-sevp-portal-step-8 = Keep a record: save or print the page that confirms your change.
router-o-sevp-portal-have-ready-1 = Your SEVIS ID (top of your Form I-20)
router-o-sevp-portal-have-ready-2 = Your new address or phone number
router-o-sevp-portal-have-ready-3 = For an employer: name, address, EIN (if known), start date, job title and your supervisor’s name, phone and email

router-o-student-dso-title = Contact your school’s DSO
router-o-student-dso-answer = Your school’s designated school official (DSO) has to do this for you: the SEVP Portal cannot.
router-o-student-dso-applies-to = F-1 and M-1 students. J-1 exchange visitors ask their sponsor’s responsible officer instead.
router-o-student-dso-why = Your designated school official (DSO) manages your SEVIS record. Only a DSO can resend an expired SEVP Portal link, change your Portal email, record a name change, update your I-20, or review Form I-983 before a STEM OPT employer or start date changes.
router-o-student-dso-step-1 = Contact your school’s international student office and ask for a DSO.
router-o-student-dso-step-2 = Say what you need and give your SEVIS ID.
router-o-student-dso-step-3 = If your Portal link expired, ask the DSO to send the account email again; the new link works for { -fact-sevp-portal-link-valid-days } days.
router-o-student-dso-step-4 = Changes a DSO makes reach the SEVP Portal once a day.
router-o-student-dso-step-5 = The SEVP Portal account email comes only once your OPT is approved and has started (the start date on your EAD). If your OPT has not started yet, nothing has gone wrong: wait until then.
router-o-student-dso-step-6 = If you moved, also tell USCIS with Form AR-11 within { -fact-ar-11-days } days: your school and the SEVP Portal do not tell USCIS.
router-o-student-dso-have-ready-1 = Your SEVIS ID and Form I-20
router-o-student-dso-have-ready-2 = The change and the date it happened
router-o-student-dso-have-ready-3 = For a new STEM OPT employer: a completed Form I-983

router-o-sevis-title = Use SEVIS (school officials)
router-o-sevis-answer = In SEVIS, with your own log-in: school officials update student records and manage Portal accounts there. The SEVP Portal is for students only.
router-o-sevis-applies-to = PDSOs and DSOs of SEVP-certified schools.
router-o-sevis-why = Only SEVP-approved PDSOs and DSOs may use SEVIS, each with their own log-in. You update student records and OPT employment there, and manage Portal accounts: send the account email again, unlock an account, change a student’s Portal email, download the report of student-made changes and see who has an account. DSOs cannot use the SEVP Portal itself.
router-o-sevis-step-1 = Sign in to SEVIS with your own account. Never share log-ins.
router-o-sevis-step-2 = Update the student’s record within { -fact-dso-sevis-update-days } days of a change.
router-o-sevis-step-3 = For Portal problems, send the account email again, unlock the account or change the Portal email.
router-o-sevis-step-4 = SEVP Response Center: { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, Monday to Friday, { -fact-sevp-response-center-opens-am } a.m. to { -fact-sevp-response-center-closes-pm } p.m. Eastern Time.
router-o-sevis-have-ready-1 = Your own SEVIS log-in
router-o-sevis-have-ready-2 = The student’s SEVIS ID
router-o-sevis-have-ready-3 = What changed and when

router-o-sevp-certification-title = SEVP school certification (Form I-17)
router-o-sevp-certification-answer = Through Form I-17 in SEVIS, filed by the school’s principal designated school official (PDSO). Certification must be renewed every { -fact-sevp-recertification-years } years.
router-o-sevp-certification-applies-to = Schools that enrol, or want to enrol, F or M students. J-1 programs are designated by the Department of State instead.
router-o-sevp-certification-why = Every school that enrolls F or M students must be SEVP-certified through Form I-17 in SEVIS and recertify every { -fact-sevp-recertification-years } years. Only the main campus PDSO files the I-17, and school officials are added by updating it.
router-o-sevp-certification-step-1 = The PDSO signs in to SEVIS and opens the school’s Form I-17.
router-o-sevp-certification-step-2 = Recertify every { -fact-sevp-recertification-years } years: SEVIS sends a notice { -fact-sevp-recertification-notice-days } days before the certification expires.
router-o-sevp-certification-step-3 = To add a DSO, update the I-17. Each official needs evidence of U.S. citizenship or permanent residence.
router-o-sevp-certification-step-4 = The PDSO verifies the school’s officials every year between { -fact-sevis-annual-verification-opens-day } December and { -fact-sevis-annual-verification-closes-day } March.
router-o-sevp-certification-have-ready-1 = The school code
router-o-sevp-certification-have-ready-2 = The PDSO’s SEVIS log-in
router-o-sevp-certification-have-ready-3 = For new officials: evidence of U.S. citizenship or permanent residence

router-o-ice-check-in-title = Use ICE check-in online
router-o-ice-check-in-answer = Yes, you can schedule or change your ICE check-in online. Scheduling online meets your release requirement, even if the next free date is after the one on your paperwork.
router-o-ice-check-in-applies-to = People released under ICE supervision, or in removal proceedings, who must report to ICE.
router-o-ice-check-in-why = People released under ICE supervision schedule or change check-in appointments at their local ERO office online. Scheduling online meets your release requirement, even if the next free appointment is after the date on your paperwork.
router-o-ice-check-in-step-1 = Go to { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = For your first appointment, use the information on your Form I-385, including your Subject ID.
router-o-ice-check-in-step-3 = Choose a date and time at your ERO office, or change an appointment you have.
router-o-ice-check-in-step-4 = Keep the confirmation. The site is in English, Spanish, Portuguese, Haitian Creole and French.
router-o-ice-check-in-have-ready-1 = Your Form I-385 with your Subject ID
router-o-ice-check-in-have-ready-2 = Your A-Number
router-o-ice-check-in-have-ready-3 = Your date of birth

router-o-ice-change-of-address-with-court-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-with-court-answer = Tell ICE within { -fact-ice-address-change-business-days } business days, the immigration court with Form EOIR-33 within { -fact-eoir-33-working-days } working days, and USCIS with Form AR-11 within { -fact-ar-11-days } days: one does not update the others.
router-o-ice-change-of-address-with-court-applies-to = People under ICE supervision who have a case in immigration court.
router-o-ice-change-of-address-with-court-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-with-court-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-with-court-step-2 = Tell the immigration court with Form EOIR-33 within { -fact-eoir-33-working-days } working days. You can file it online through EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-with-court-step-4 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-with-court-have-ready-1 = Your A-Number
router-o-ice-change-of-address-with-court-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-with-court-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-ice-change-of-address-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-answer = Tell ICE within { -fact-ice-address-change-business-days } business days, and USCIS with Form AR-11 within { -fact-ar-11-days } days: one does not update the other.
router-o-ice-change-of-address-applies-to = People under ICE supervision without a case in immigration court.
router-o-ice-change-of-address-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-step-2 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-step-3 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-have-ready-1 = Your A-Number
router-o-ice-change-of-address-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-ice-change-of-address-court-unsure-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-court-unsure-answer = Tell ICE within { -fact-ice-address-change-business-days } business days and USCIS with Form AR-11 within { -fact-ar-11-days } days, and find out today whether you have a court case: the court needs its own form.
router-o-ice-change-of-address-court-unsure-applies-to = People under ICE supervision who do not know whether they have a case in immigration court.
router-o-ice-change-of-address-court-unsure-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-court-unsure-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-court-unsure-step-2 = Find out whether you have a court case: call { -fact-eoir-hotline-phone } with your A-Number. If you do, file Form EOIR-33 within { -fact-eoir-33-working-days } working days.
router-o-ice-change-of-address-court-unsure-step-3 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-court-unsure-step-4 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Your A-Number
router-o-ice-change-of-address-court-unsure-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-court-unsure-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-cebonds-title = Pay or check a cash bond with CeBONDS
router-o-cebonds-answer = Cash bonds are paid and checked online in CeBONDS, on ICE’s bonds page, by Fedwire or ACH.
router-o-cebonds-applies-to = Relatives, friends, U.S. citizens, permanent residents, law firms and non-profits paying a cash bond, and people paying their own voluntary departure or supervision bond.
router-o-cebonds-why = CeBONDS is ICE’s public system to check bonds and post cash bonds (delivery, voluntary departure and order of supervision bonds). Relatives, permanent residents, U.S. citizens, law firms and non-profits can use it, and a noncitizen may post their own voluntary departure or supervision bond.
router-o-cebonds-step-1 = Open ICE’s bonds page and go to CeBONDS.
router-o-cebonds-step-2 = Check the bond and the details of the person it is for.
router-o-cebonds-step-3 = Pay by Fedwire or ACH.
router-o-cebonds-step-4 = Upload the documents that show you can be the obligor (the person who pays).
router-o-cebonds-step-5 = If the obligor’s address changes later, use Form I-333.
router-o-cebonds-have-ready-1 = The detained person’s A-Number
router-o-cebonds-have-ready-2 = The bond amount and type
router-o-cebonds-have-ready-3 = Bank details for Fedwire or ACH
router-o-cebonds-have-ready-4 = Your identity document

router-o-ebonds-title = eBONDS is for surety companies only
router-o-ebonds-answer = Only surety companies and their agents use eBONDS: everyone else uses CeBONDS.
router-o-ebonds-applies-to = Surety companies and their agents.
router-o-ebonds-why = eBONDS is used by surety companies and their agents (Form I-352SA). Families and others paying a cash bond use CeBONDS instead.
router-o-ebonds-step-1 = Surety agents sign in at { -fact-ebonds-host }.
router-o-ebonds-step-2 = If you are not a surety company, use CeBONDS on ICE’s bonds page.
router-o-ebonds-have-ready-1 = Your surety company’s eBONDS account
router-o-ebonds-have-ready-2 = The details for Form I-352SA

router-o-detainee-locator-title = Find the person with the Online Detainee Locator
router-o-detainee-locator-answer = Search ICE’s Online Detainee Locator with the A-Number, or with the name and country of birth: it shows where the person is held.
router-o-detainee-locator-applies-to = Anyone looking for an adult held by ICE, or held by CBP for { -fact-detainee-locator-cbp-custody-hours } hours or more.
router-o-detainee-locator-why = ICE’s Online Detainee Locator searches for people in ICE custody, and people held by CBP for { -fact-detainee-locator-cbp-custody-hours } hours or more. It needs no account and does not list people under { -fact-detainee-locator-minimum-age }.
router-o-detainee-locator-step-1 = Go to { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Search with the A-Number and country of birth, or with first name, last name and country of birth.
router-o-detainee-locator-step-3 = Write down the facility’s name and phone number to arrange visits and legal help.
router-o-detainee-locator-step-4 = For free legal help, see the immigration court’s (EOIR) list of free legal service providers, linked below. Never use a “notario”: they are not lawyers.
router-o-detainee-locator-step-5 = The locator is available in { -fact-detainee-locator-languages } languages.
router-o-detainee-locator-have-ready-1 = The person’s A-Number, if you know it
router-o-detainee-locator-have-ready-2 = Their name as on their documents
router-o-detainee-locator-have-ready-3 = Their country of birth

router-o-i901-fee-title = Pay the I-901 SEVIS fee at { -fact-i901-fee-host }
router-o-i901-fee-answer = Our stored copy of the official site said ${ -fact-i901-fee-f-m } for F and M students, ${ -fact-i901-fee-j } for most J exchange visitors and ${ -fact-i901-fee-j-special } for some J categories. Check the amount when you pay at { -fact-i901-fee-host }.
router-o-i901-fee-applies-to = F-1, M-1 and J-1 applicants, before the visa interview. It is not the visa fee or a school fee.
router-o-i901-fee-why = The I-901 SEVIS fee is separate from the visa fee and from school fees. It is paid at { -fact-i901-fee-host }, the official payment site, even though it ends in .com.
router-o-i901-fee-step-1 = Go to { -fact-i901-fee-host } and type the address yourself.
router-o-i901-fee-step-2 = Enter your details exactly as on your Form I-20 or DS-2019.
router-o-i901-fee-step-3 = Pay and print the receipt. You can print it again later with your SEVIS ID, last name and date of birth.
router-o-i901-fee-step-4 = Fees change: check the amount on the official site. (Our stored copy said F and M ${ -fact-i901-fee-f-m }, J ${ -fact-i901-fee-j }, some J categories ${ -fact-i901-fee-j-special }.)
router-o-i901-fee-have-ready-1 = Your SEVIS ID
router-o-i901-fee-have-ready-2 = Your Form I-20 or DS-2019
router-o-i901-fee-have-ready-3 = A way to pay online

router-o-uscis-case-status-title = Check your case on the USCIS website
router-o-uscis-case-status-answer = Check it online on the USCIS website with the receipt number on your notice: ICE and the immigration court cannot tell you.
router-o-uscis-case-status-applies-to = Anyone with an application or petition at USCIS.
router-o-uscis-case-status-why = USCIS case status uses the receipt number on your notice: { -fact-receipt-number-letters } letters and { -fact-receipt-number-digits } numbers, like EAC2190000001. ICE and the immigration court do not track USCIS cases.
router-o-uscis-case-status-step-1 = Find the receipt number on your USCIS notice (Form I-797).
router-o-uscis-case-status-step-2 = Check the status on { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Your receipt number

router-o-uscis-citizenship-title = Citizenship is handled by USCIS
router-o-uscis-citizenship-answer = Citizenship (naturalization) is an application to USCIS, not to ICE.
router-o-uscis-citizenship-applies-to = Permanent residents (green card holders).
router-o-uscis-citizenship-why = Applications for U.S. citizenship (naturalization) go to USCIS, not ICE.
router-o-uscis-citizenship-step-1 = Read the citizenship pages on { -fact-uscis-host } before you apply.
router-o-uscis-citizenship-step-2 = If you have ever been arrested, detained or ordered removed, talk to a lawyer before applying.
router-o-uscis-citizenship-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Your green card
router-o-uscis-citizenship-have-ready-2 = Your A-Number

router-o-uscis-green-card-title = Green cards are handled by USCIS
router-o-uscis-green-card-answer = Green cards are applied for with USCIS, not ICE. If you are in immigration court proceedings, the court may decide instead.
router-o-uscis-green-card-applies-to = People seeking permanent residence.
router-o-uscis-green-card-why = Permanent residence (green card) applications go to USCIS, not ICE.
router-o-uscis-green-card-step-1 = Read the green card pages on { -fact-uscis-host } to see which way of applying fits you.
router-o-uscis-green-card-step-2 = If you are in immigration court proceedings, talk to a lawyer: the court may decide instead.
router-o-uscis-green-card-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Your passport and I-94
router-o-uscis-green-card-have-ready-2 = Any receipt numbers from earlier applications

router-o-uscis-work-permit-title = Apply for a work permit (Form I-765) with USCIS
router-o-uscis-work-permit-answer = Work permits (EAD) come from USCIS, on Form I-765. You may start working only once your EAD is approved and its start date has come.
router-o-uscis-work-permit-applies-to = F-1 students applying for OPT or STEM OPT, and anyone else who needs an EAD. M-1 students: practical training has its own rules.
router-o-uscis-work-permit-why = USCIS decides work permits, including OPT and STEM OPT. The SEVP Portal does not grant OPT: your DSO first recommends it in SEVIS, then you file Form I-765 with USCIS.
router-o-uscis-work-permit-step-1 = Students: ask your DSO for the OPT or STEM OPT recommendation (a new Form I-20).
router-o-uscis-work-permit-step-2 = Post-completion OPT: file Form I-765 up to { -fact-opt-filing-days-before-program-end } days before and no later than { -fact-opt-filing-days-after-program-end } days after your program end date, and within { -fact-opt-filing-days-after-recommendation } days of your DSO’s recommendation.
router-o-uscis-work-permit-step-3 = STEM OPT: file up to { -fact-stem-opt-filing-days-before-ead-end } days before your OPT EAD ends (USCIS must receive it before it ends), within { -fact-stem-opt-filing-days-after-recommendation } days of the recommendation. Filed on time, your permission to work continues for up to { -fact-stem-opt-timely-filing-extension-days } days while USCIS decides.
router-o-uscis-work-permit-step-4 = Our deadline tool works out these dates for you; check them with your DSO.
router-o-uscis-work-permit-step-5 = Once your OPT is approved and has started (the start date on your EAD), SEVP emails you a link to set up your SEVP Portal account.
router-o-uscis-work-permit-have-ready-1 = Form I-20 with the DSO’s recommendation
router-o-uscis-work-permit-have-ready-2 = Your passport and I-94
router-o-uscis-work-permit-have-ready-3 = Your current EAD card (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Extend or change your stay with USCIS (Form I-539)
router-o-uscis-change-or-extend-stay-answer = You may stay until the “admit until” date on your I-94 (students: D/S, while they keep their status). To stay longer, apply to USCIS, usually on Form I-539, before that date.
router-o-uscis-change-or-extend-stay-applies-to = Visitors and other nonimmigrants in the United States. Students talk to their DSO first.
router-o-uscis-change-or-extend-stay-why = Changing or extending your status is an application to USCIS, usually on Form I-539. Students should talk to their DSO first.
router-o-uscis-change-or-extend-stay-step-1 = Check the I-539 page on { -fact-uscis-host } for who may file and when.
router-o-uscis-change-or-extend-stay-step-2 = File before your I-94 “admit until” date passes.
router-o-uscis-change-or-extend-stay-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Your I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Your passport
router-o-uscis-change-or-extend-stay-have-ready-3 = Students: your Form I-20

router-o-uscis-address-change-title = Tell USCIS you moved (Form AR-11)
router-o-uscis-address-change-answer = File Form AR-11 with USCIS within { -fact-ar-11-days } days of moving, and update each pending case.
router-o-uscis-address-change-applies-to = Most noncitizens in the United States. Students also tell their school; people under ICE supervision also tell ICE.
router-o-uscis-address-change-why = Most noncitizens must tell USCIS within { -fact-ar-11-days } days of moving, and update each pending case separately. This does not update ICE or the immigration court.
router-o-uscis-address-change-step-1 = Change your address on { -fact-uscis-address-change-address } within { -fact-ar-11-days } days.
router-o-uscis-address-change-step-2 = Update each pending case with its receipt number.
router-o-uscis-address-change-step-3 = If you also report to ICE or have a court case, tell them separately.
router-o-uscis-address-change-have-ready-1 = Your old and new address
router-o-uscis-address-change-have-ready-2 = Receipt numbers of pending cases
router-o-uscis-address-change-have-ready-3 = Your A-Number, if you have one

router-o-state-visa-title = Visas are handled by the Department of State
router-o-state-visa-answer = Visas are issued only by U.S. embassies and consulates outside the United States (Department of State), not by ICE or USCIS. Students may enter up to { -fact-entry-days-before-program-start } days before their program starts.
router-o-state-visa-applies-to = Anyone who needs a visa to enter, including F, M and J students and exchange visitors.
router-o-state-visa-why = Visa applications (Form DS-160), interviews and visa stamps are handled by U.S. embassies and consulates of the Department of State, and visas are issued only outside the United States. A visa is for entering; how long you may stay is on your I-94.
router-o-state-visa-step-1 = Start on the Department of State’s U.S. visas page (linked below), then use the site of the U.S. embassy or consulate where you will apply.
router-o-state-visa-step-2 = Students and exchange visitors: pay the I-901 SEVIS fee before the interview and bring your Form I-20 or DS-2019.
router-o-state-visa-step-3 = Students may enter the United States up to { -fact-entry-days-before-program-start } days before the program start date on their Form I-20.
router-o-state-visa-step-4 = ICE does not issue visas.
router-o-state-visa-have-ready-1 = Your passport
router-o-state-visa-have-ready-2 = Form I-20 or DS-2019 (students and exchange visitors)
router-o-state-visa-have-ready-3 = I-901 fee receipt (students and exchange visitors)

router-o-state-exchange-sponsor-title = J-1 programs: your sponsor and the Department of State
router-o-state-exchange-sponsor-answer = Ask your J-1 program sponsor’s responsible officer: the sponsor, designated by the Department of State, manages your Form DS-2019 and your SEVIS record. SEVP and the SEVP Portal do not.
router-o-state-exchange-sponsor-applies-to = J-1 exchange visitors and their sponsors. F-1 and M-1 students ask their DSO.
router-o-state-exchange-sponsor-why = J exchange visitor sponsors are designated by the Department of State, not by SEVP. The sponsor’s officials issue and update Form DS-2019.
router-o-state-exchange-sponsor-step-1 = Exchange visitors: contact your program sponsor’s responsible officer about your DS-2019, a move, a job or a change of plans, and ask how long you may stay.
router-o-state-exchange-sponsor-step-2 = If you moved, also tell USCIS with Form AR-11 within { -fact-ar-11-days } days.
router-o-state-exchange-sponsor-step-3 = Sponsors: designation questions go to the Department of State’s exchange visitor program (linked below).
router-o-state-exchange-sponsor-step-4 = The I-901 SEVIS fee for J visitors is still paid at { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = Form DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Your SEVIS ID

router-o-cbp-i94-title = Get your I-94 from CBP
router-o-cbp-i94-answer = Get it yourself on CBP’s I-94 website: ICE cannot give it to you.
router-o-cbp-i94-applies-to = Anyone admitted to the United States with an I-94: most visitors, students, exchange visitors and workers.
router-o-cbp-i94-why = Your I-94 arrival record and your travel history come from U.S. Customs and Border Protection (CBP), not ICE.
router-o-cbp-i94-step-1 = Go to { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Enter your details exactly as in the passport you used to enter.
router-o-cbp-i94-step-3 = Check your class of admission and the “admit until” date (or D/S).
router-o-cbp-i94-step-4 = If no record is found, try again with each spelling of your name, with your other passport if you have two, and with your most recent date of entry. If there is still none, contact CBP through the same site: this helper and ICE cannot correct an I-94.
router-o-cbp-i94-have-ready-1 = The passport you used to enter the United States

router-o-eoir-title = Your immigration court case (EOIR)
router-o-eoir-answer = The immigration court (EOIR) has your hearing date: call { -fact-eoir-hotline-phone } with your A-Number. An ICE check-in and a court hearing are separate: go to both.
router-o-eoir-applies-to = People with a case in immigration court (a Notice to Appear or a hearing notice).
router-o-eoir-why = Immigration court hearings, court case status, EOIR-33 address changes and appeals are handled by the Executive Office for Immigration Review (EOIR), part of the Department of Justice — not by ICE. An ICE check-in and a court hearing are separate: you may have both.
router-o-eoir-step-1 = Call { -fact-eoir-hotline-phone } for your hearing date and case status. Enter your A-Number as { -fact-a-number-digits } numbers, without the A.
router-o-eoir-step-2 = If you move, file Form EOIR-33 within { -fact-eoir-33-working-days } working days (online through EOIR Respondent Access).
router-o-eoir-step-3 = Do not miss a hearing. If you cannot attend, talk to a lawyer at once.
router-o-eoir-have-ready-1 = Your A-Number
router-o-eoir-have-ready-2 = Your hearing notice or Notice to Appear

router-o-urgent-legal-help-title = Get legal help now
router-o-urgent-legal-help-answer = Talk to an immigration lawyer or an accredited representative now, and keep going to every ICE check-in and court hearing while you do.
router-o-urgent-legal-help-applies-to = Anyone detained, with a removal order, with a terminated SEVIS record, or who missed a hearing, a check-in or a deadline.
router-o-urgent-legal-help-why = Detention, a removal order, a terminated record or a missed hearing, check-in or deadline can have serious consequences quickly. An immigration lawyer or an accredited representative of a DOJ-recognised organisation can advise you. Never rely on a “notario”: they are not lawyers.
router-o-urgent-legal-help-step-1 = Contact an immigration lawyer, or an organisation recognised by the Department of Justice with accredited representatives. The immigration court’s (EOIR) list of free legal service providers is linked below.
router-o-urgent-legal-help-step-2 = If you have a removal order, keep going to your ICE check-ins and follow the instructions on your paperwork: legal help does not replace them.
router-o-urgent-legal-help-step-3 = Students with a SEVIS problem: talk to your DSO today as well (J-1 exchange visitors: your sponsor’s responsible officer).
router-o-urgent-legal-help-step-4 = If someone is detained, find where with the Online Detainee Locator.
router-o-urgent-legal-help-step-5 = Do not sign papers you do not understand.
router-o-urgent-legal-help-have-ready-1 = Every notice or letter you have received
router-o-urgent-legal-help-have-ready-2 = Your A-Number or SEVIS ID
router-o-urgent-legal-help-have-ready-3 = The dates of hearings, check-ins or deadlines

router-o-phishing-warning-title = Check before you click: it may not be official
router-o-phishing-warning-answer = Do not use it until you have checked it: unofficial look-alike sites use the “eservice” name.
router-o-phishing-warning-applies-to = Anyone who received a link, an email or a text about ICE, SEVP or “eservice”.
router-o-phishing-warning-why = Several unofficial sites use the “eservice” name, and no official page describes what eservice.ice.gov hosts. ICE’s online services are on the official addresses this helper lists, and SEVP Portal email comes only from { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = Do not sign in, pay or send documents through the link.
router-o-phishing-warning-step-2 = Check the address or the sender with our link checker.
router-o-phishing-warning-step-3 = Type the official address yourself: { -fact-sevp-portal-address } for the SEVP Portal, { -fact-ice-check-in-address } for check-ins.
router-o-phishing-warning-step-4 = If you paid or shared personal information, contact your bank and keep the message as evidence.
router-o-phishing-warning-have-ready-1 = The message or link you received

router-o-student-address-title = Tell your school’s DSO, and USCIS, that you moved
router-o-student-address-answer = Tell your DSO your new address within { -fact-student-report-change-days } days, and tell USCIS with Form AR-11 within { -fact-ar-11-days } days.
router-o-student-address-applies-to = F-1 and M-1 students who are not on OPT or practical training. On OPT or practical training, you report in the SEVP Portal instead.
router-o-student-address-why = While you study, your school’s designated school official (DSO) keeps your SEVIS record up to date, so the DSO records your new address. USCIS is separate: most noncitizens must also file Form AR-11 when they move.
router-o-student-address-step-1 = Tell your school’s international student office your new address within { -fact-student-report-change-days } days. Many schools have an online form.
router-o-student-address-step-2 = The DSO updates SEVIS within { -fact-dso-sevis-update-days } days of your report.
router-o-student-address-step-3 = File Form AR-11 online with USCIS within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-student-address-step-4 = Keep the confirmations.
router-o-student-address-have-ready-1 = Your SEVIS ID (top of your Form I-20)
router-o-student-address-have-ready-2 = Your new address and the date you moved
router-o-student-address-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-stem-new-employer-title = A new STEM OPT employer: your DSO first, and the employer must use E-Verify
router-o-stem-new-employer-answer = No, you cannot add it in the SEVP Portal yourself: your DSO must review a new Form I-983 first, and the new employer must be enrolled in E-Verify.
router-o-stem-new-employer-applies-to = F-1 students on the STEM OPT extension. On post-completion OPT you add employers in the SEVP Portal yourself.
router-o-stem-new-employer-why = On STEM OPT, each employer signs a training plan (Form I-983), must be enrolled in E-Verify, and must pay you for at least { -fact-opt-minimum-weekly-hours } hours a week. The SEVP Portal does not let you add a new employer or change a start date: your DSO does it after reviewing the I-983.
router-o-stem-new-employer-step-1 = Complete Form I-983 with your new employer, and check that the employer is enrolled in E-Verify.
router-o-stem-new-employer-step-2 = Send the signed I-983 to your DSO and report the new employer within { -fact-student-report-change-days } days.
router-o-stem-new-employer-step-3 = When a job ends, the employer must tell your DSO within { -fact-stem-employer-termination-business-days } business days.
router-o-stem-new-employer-step-4 = Any time without a qualifying job counts toward your { -fact-stem-opt-unemployment-days } days of unemployment in total.
router-o-stem-new-employer-have-ready-1 = A completed and signed Form I-983
router-o-stem-new-employer-have-ready-2 = The employer’s name, address and EIN
router-o-stem-new-employer-have-ready-3 = Your SEVIS ID

router-o-opt-unemployment-title = Your OPT unemployment days
router-o-opt-unemployment-answer = On post-completion OPT you may be unemployed for at most { -fact-opt-unemployment-days } days in total; with the STEM OPT extension, { -fact-stem-opt-unemployment-days } days in total. Our tool counts the days you have used.
router-o-opt-unemployment-applies-to = F-1 students on OPT or STEM OPT. Not M-1 students: M-1 practical training has no unemployment allowance.
router-o-opt-unemployment-why = Counting starts on the start date on your EAD. Days without a job count, and so do days of work under { -fact-opt-minimum-weekly-hours } hours a week and jobs you did not report. On post-completion OPT, unpaid work in your field of study counts as employment if it is at least { -fact-opt-minimum-weekly-hours } hours a week; on STEM OPT the work must be paid.
router-o-opt-unemployment-step-1 = Count your days with our OPT unemployment tool. It works even if you have never had a job.
router-o-opt-unemployment-step-2 = Report each new job in the SEVP Portal within { -fact-student-report-change-days } days: work you did not report counts as unemployment.
router-o-opt-unemployment-step-3 = If you are close to the limit, talk to your DSO now.
router-o-opt-unemployment-have-ready-1 = The start and end dates on your EAD
router-o-opt-unemployment-have-ready-2 = The start and end dates of each job, and its hours a week

router-o-m1-practical-training-title = M-1 practical training: ask your DSO
router-o-m1-practical-training-answer = M-1 students may work only in practical training after their program ends: one month for each { -fact-m1-study-months-per-training-month } months of full-time study, at most { -fact-m1-practical-training-max-months } months. There is no unemployment allowance: talk to your DSO about any time without a job.
router-o-m1-practical-training-applies-to = M-1 students. F-1 OPT rules, such as the unemployment days, do not apply.
router-o-m1-practical-training-why = M-1 practical training is not OPT. It must be in your field of study. Your DSO recommends it, then you apply to USCIS with Form I-765.
router-o-m1-practical-training-step-1 = Ask your DSO for the practical training recommendation.
router-o-m1-practical-training-step-2 = File Form I-765 with USCIS no earlier than { -fact-m1-filing-days-before-program-end } days before and no later than { -fact-m1-filing-days-after-program-end } days after your program end date.
router-o-m1-practical-training-step-3 = Once it has started, report your address and employer in the SEVP Portal within { -fact-student-report-change-days } days.
router-o-m1-practical-training-step-4 = If your job ends, tell your DSO at once.
router-o-m1-practical-training-have-ready-1 = Your Form I-20 with the DSO’s recommendation
router-o-m1-practical-training-have-ready-2 = Your program end date

router-o-grace-period-f1-title = How long you may stay after your studies (F-1)
router-o-grace-period-f1-answer = { -fact-f1-grace-period-days } days after your program ends, or after your OPT ends. Only { -fact-authorized-withdrawal-grace-period-days } days if your DSO authorised your withdrawal, and none if you did not keep your status.
router-o-grace-period-f1-applies-to = F-1 students. M-1 students have { -fact-m1-grace-period-days } days; J-1 exchange visitors ask their sponsor.
router-o-grace-period-f1-why = The grace period is time to prepare to leave, to transfer to another school, to begin a new program or to change status.
router-o-grace-period-f1-step-1 = Check your program end date on your Form I-20, or the end date on your EAD if you are on OPT.
router-o-grace-period-f1-step-2 = To stay longer, talk to your DSO before that date: a new program, a transfer, OPT, or a change of status.
router-o-grace-period-f1-step-3 = A change or extension of status is an application to USCIS: file it before your time ends.
router-o-grace-period-f1-have-ready-1 = Your Form I-20
router-o-grace-period-f1-have-ready-2 = Your EAD, if you are on OPT

router-o-grace-period-m1-title = How long you may stay after your studies (M-1)
router-o-grace-period-m1-answer = { -fact-m1-grace-period-days } days after your program ends, or after your practical training ends. Only { -fact-authorized-withdrawal-grace-period-days } days if your DSO authorised your withdrawal, and none if you did not keep your status.
router-o-grace-period-m1-applies-to = M-1 students. F-1 students have { -fact-f1-grace-period-days } days; J-1 exchange visitors ask their sponsor.
router-o-grace-period-m1-why = The grace period is time to prepare to leave or to change status. M-1 students cannot get OPT; practical training has its own rules.
router-o-grace-period-m1-step-1 = Check your program end date on your Form I-20, or the end date on your EAD if you are on practical training.
router-o-grace-period-m1-step-2 = To stay longer, talk to your DSO before that date.
router-o-grace-period-m1-step-3 = A change or extension of status is an application to USCIS: file it before your time ends.
router-o-grace-period-m1-have-ready-1 = Your Form I-20
router-o-grace-period-m1-have-ready-2 = Your EAD, if you are on practical training

router-o-bond-money-back-title = Getting back the money of a cash bond
router-o-bond-money-back-answer = The money of a cash bond goes back to the obligor, the person who posted it, once ICE cancels the bond. A bond that is breached, for example because the person did not appear when told to, is not paid back.
router-o-bond-money-back-applies-to = Obligors: the relative, friend, lawyer or organisation who posted a cash bond, or a person who posted their own voluntary departure or supervision bond.
router-o-bond-money-back-why = ICE writes to the obligor at the address it has. If the obligor moves, they file Form I-333 so that ICE can reach them. This helper cannot tell when a bond will be cancelled.
router-o-bond-money-back-step-1 = Check the bond in CeBONDS, on ICE’s bonds page.
router-o-bond-money-back-step-2 = If the obligor’s address has changed, file Form I-333.
router-o-bond-money-back-step-3 = Keep the bond receipt and every letter from ICE about the bond.
router-o-bond-money-back-step-4 = If ICE says the bond was breached and you disagree, talk to a lawyer.
router-o-bond-money-back-have-ready-1 = The bond receipt
router-o-bond-money-back-have-ready-2 = The A-Number of the person the bond is for
router-o-bond-money-back-have-ready-3 = The obligor’s identity document
