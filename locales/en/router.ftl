# The words of "Find the right place": questions, answers and outcomes.
# Ids: router-q-<question>-title/-hint/-error, router-a-<question>-<answer>,
# router-o-<outcome>-title/-why, -step-<n> (in order), -have-ready-<n>.
# The number of steps and of things to have ready per outcome is in
# crates/domain/src/routing/wording.rs (`list_lengths`).

## Questions and their answers

router-q-role-title = What do you need help with?
router-q-role-error = Select what you need help with
router-a-role-student = I’m an F, M or J student or exchange visitor
router-a-role-school = I work for a school as a designated school official (DSO or PDSO)
router-a-role-supervision = I have to report to ICE, or I have a case in immigration court
router-a-role-detained = Someone I know has been detained by immigration
router-a-role-bond = I want to pay or check an immigration bond
router-a-role-benefit = I need a visa, green card, citizenship, work permit or USCIS case status
router-a-role-message = I got an email, text or link about “eservice” and I’m not sure it is real

router-q-student-need-title = What do you need to do?
router-q-student-need-error = Select what you need to do
router-a-student-need-report-opt = Report my address, phone number or employer while on OPT
router-a-student-need-pay-fee = Pay the I-901 SEVIS fee
router-a-student-need-apply-opt = Apply for OPT or STEM OPT (a work permit)
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

router-q-opt-type-title = What kind of practical training are you on?
router-q-opt-type-error = Select your kind of practical training
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
router-a-portal-account-access-ended = My OPT ended more than six months ago

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
router-o-sevp-portal-why = Students on post-completion OPT, STEM OPT or M-1 practical training report their own address, phone number and employer in the SEVP Portal. Your changes reach SEVIS at once.
router-o-sevp-portal-step-1 = Sign in to the SEVP Portal at { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Update your physical and mailing address, phone number or employer.
router-o-sevp-portal-step-3 = Report each change within { -fact-student-report-change-days } days.
router-o-sevp-portal-step-4 = On STEM OPT you cannot add a new employer or change a start date in the Portal: your DSO must review your Form I-983 first.
router-o-sevp-portal-step-5 = M-1 practical training is not OPT: it has no unemployment allowance, so the OPT unemployment days tool is not for you. Ask your DSO about any time without a job.
router-o-sevp-portal-step-6 = Keep a record: save or print the page that confirms your change.
router-o-sevp-portal-have-ready-1 = Your SEVIS ID (top of your Form I-20)
router-o-sevp-portal-have-ready-2 = Your new address or phone number
router-o-sevp-portal-have-ready-3 = For an employer: name, address, EIN (if known), start date, job title and your supervisor’s name, phone and email

router-o-student-dso-title = Contact your school’s DSO
router-o-student-dso-why = Your designated school official (DSO) manages your SEVIS record. Only a DSO can resend an expired SEVP Portal link, change your Portal email, record a name change, update your I-20, or review Form I-983 before a STEM OPT employer or start date changes.
router-o-student-dso-step-1 = Contact your school’s international student office and ask for a DSO.
router-o-student-dso-step-2 = Say what you need and give your SEVIS ID.
router-o-student-dso-step-3 = If your Portal link expired, ask the DSO to send the account email again; the new link works for { -fact-sevp-portal-link-valid-days } days.
router-o-student-dso-step-4 = Changes a DSO makes reach the SEVP Portal once a day.
router-o-student-dso-have-ready-1 = Your SEVIS ID and Form I-20
router-o-student-dso-have-ready-2 = The change and the date it happened
router-o-student-dso-have-ready-3 = For a new STEM OPT employer: a completed Form I-983

router-o-sevis-title = Use SEVIS (school officials)
router-o-sevis-why = Only SEVP-approved PDSOs and DSOs may use SEVIS, each with their own log-in. You update student records and OPT employment there, and manage Portal accounts: send the account email again, unlock an account, change a student’s Portal email, download the report of student-made changes and see who has an account. DSOs cannot use the SEVP Portal itself.
router-o-sevis-step-1 = Sign in to SEVIS with your own account. Never share log-ins.
router-o-sevis-step-2 = Update the student’s record within { -fact-dso-sevis-update-days } days of a change.
router-o-sevis-step-3 = For Portal problems, send the account email again, unlock the account or change the Portal email.
router-o-sevis-step-4 = SEVP Response Center: { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, Monday to Friday, { -fact-sevp-response-center-opens-am } a.m. to { -fact-sevp-response-center-closes-pm } p.m. Eastern Time.
router-o-sevis-have-ready-1 = Your own SEVIS log-in
router-o-sevis-have-ready-2 = The student’s SEVIS ID
router-o-sevis-have-ready-3 = What changed and when

router-o-sevp-certification-title = SEVP school certification (Form I-17)
router-o-sevp-certification-why = Every school that enrolls F or M students must be SEVP-certified through Form I-17 in SEVIS and recertify every two years. Only the main campus PDSO files the I-17, and school officials are added by updating it.
router-o-sevp-certification-step-1 = The PDSO signs in to SEVIS and opens the school’s Form I-17.
router-o-sevp-certification-step-2 = Recertify every two years: SEVIS sends a notice { -fact-sevp-recertification-notice-days } days before the certification expires.
router-o-sevp-certification-step-3 = To add a DSO, update the I-17. Each official needs evidence of U.S. citizenship or permanent residence.
router-o-sevp-certification-step-4 = The PDSO verifies the school’s officials every year between { -fact-sevis-annual-verification-opens-day } December and { -fact-sevis-annual-verification-closes-day } March.
router-o-sevp-certification-have-ready-1 = The school code
router-o-sevp-certification-have-ready-2 = The PDSO’s SEVIS log-in
router-o-sevp-certification-have-ready-3 = For new officials: evidence of U.S. citizenship or permanent residence

router-o-ice-check-in-title = Use ICE check-in online
router-o-ice-check-in-why = People released under ICE supervision schedule or change check-in appointments at their local ERO office online. Scheduling online meets your release requirement, even if the next free appointment is after the date on your paperwork.
router-o-ice-check-in-step-1 = Go to { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = For your first appointment, use the information on your Form I-385, including your Subject ID.
router-o-ice-check-in-step-3 = Choose a date and time at your ERO office, or change an appointment you have.
router-o-ice-check-in-step-4 = Keep the confirmation. The site is in English, Spanish, Portuguese, Haitian Creole and French.
router-o-ice-check-in-have-ready-1 = Your Form I-385 with your Subject ID
router-o-ice-check-in-have-ready-2 = Your A-Number
router-o-ice-check-in-have-ready-3 = Your date of birth

router-o-ice-change-of-address-with-court-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-with-court-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-with-court-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-with-court-step-2 = Tell the immigration court with Form EOIR-33 within { -fact-eoir-33-working-days } working days. You can file it online through EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-with-court-step-4 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-with-court-have-ready-1 = Your A-Number
router-o-ice-change-of-address-with-court-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-with-court-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-ice-change-of-address-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-step-2 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-step-3 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-have-ready-1 = Your A-Number
router-o-ice-change-of-address-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-ice-change-of-address-court-unsure-title = Tell ICE you moved — and the court and USCIS separately
router-o-ice-change-of-address-court-unsure-why = Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.
router-o-ice-change-of-address-court-unsure-step-1 = Tell ICE your new address at { -fact-ice-check-in-address } (or ICE’s online change-of-address form). The ICE page says to do this within { -fact-ice-address-change-business-days } business days.
router-o-ice-change-of-address-court-unsure-step-2 = Find out whether you have a court case: call { -fact-eoir-hotline-phone } with your A-Number. If you do, file Form EOIR-33 within { -fact-eoir-33-working-days } working days.
router-o-ice-change-of-address-court-unsure-step-3 = Tell USCIS with Form AR-11 within { -fact-ar-11-days } days, and update each pending USCIS case separately.
router-o-ice-change-of-address-court-unsure-step-4 = Keep a copy or screenshot of every confirmation.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Your A-Number
router-o-ice-change-of-address-court-unsure-have-ready-2 = Your old and new address, and the date you moved
router-o-ice-change-of-address-court-unsure-have-ready-3 = Receipt numbers of any pending USCIS cases

router-o-cebonds-title = Pay or check a cash bond with CeBONDS
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
router-o-ebonds-why = eBONDS is used by surety companies and their agents (Form I-352SA). Families and others paying a cash bond use CeBONDS instead.
router-o-ebonds-step-1 = Surety agents sign in at { -fact-ebonds-host }.
router-o-ebonds-step-2 = If you are not a surety company, use CeBONDS on ICE’s bonds page.
router-o-ebonds-have-ready-1 = Your surety company’s eBONDS account
router-o-ebonds-have-ready-2 = The details for Form I-352SA

router-o-detainee-locator-title = Find the person with the Online Detainee Locator
router-o-detainee-locator-why = ICE’s Online Detainee Locator searches for people in ICE custody, and people held by CBP for { -fact-detainee-locator-cbp-custody-hours } hours or more. It needs no account and does not list people under { -fact-detainee-locator-minimum-age }.
router-o-detainee-locator-step-1 = Go to { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Search with the A-Number and country of birth, or with first name, last name and country of birth.
router-o-detainee-locator-step-3 = Write down the facility’s name and phone number to arrange visits and legal help.
router-o-detainee-locator-step-4 = The locator is available in { -fact-detainee-locator-languages } languages.
router-o-detainee-locator-have-ready-1 = The person’s A-Number, if you know it
router-o-detainee-locator-have-ready-2 = Their name as on their documents
router-o-detainee-locator-have-ready-3 = Their country of birth

router-o-i901-fee-title = Pay the I-901 SEVIS fee at { -fact-i901-fee-host }
router-o-i901-fee-why = The I-901 SEVIS fee is separate from the visa fee and from school fees. It is paid at { -fact-i901-fee-host }, the official payment site, even though it ends in .com.
router-o-i901-fee-step-1 = Go to { -fact-i901-fee-host } and type the address yourself.
router-o-i901-fee-step-2 = Enter your details exactly as on your Form I-20 or DS-2019.
router-o-i901-fee-step-3 = Pay and print the receipt. You can print it again later with your SEVIS ID, last name and date of birth.
router-o-i901-fee-step-4 = Fees change: check the amount on the official site. (Our stored copy said F and M ${ -fact-i901-fee-f-m }, J ${ -fact-i901-fee-j }, some J categories ${ -fact-i901-fee-j-special }.)
router-o-i901-fee-have-ready-1 = Your SEVIS ID
router-o-i901-fee-have-ready-2 = Your Form I-20 or DS-2019
router-o-i901-fee-have-ready-3 = A way to pay online

router-o-uscis-case-status-title = Check your case on the USCIS website
router-o-uscis-case-status-why = USCIS case status uses the receipt number on your notice: { -fact-receipt-number-letters } letters and { -fact-receipt-number-digits } numbers, like EAC2190000001. ICE and the immigration court do not track USCIS cases.
router-o-uscis-case-status-step-1 = Find the receipt number on your USCIS notice (Form I-797).
router-o-uscis-case-status-step-2 = Check the status on { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Your receipt number

router-o-uscis-citizenship-title = Citizenship is handled by USCIS
router-o-uscis-citizenship-why = Applications for U.S. citizenship (naturalization) go to USCIS, not ICE.
router-o-uscis-citizenship-step-1 = Read the citizenship pages on { -fact-uscis-host } before you apply.
router-o-uscis-citizenship-step-2 = If you have ever been arrested, detained or ordered removed, talk to a lawyer before applying.
router-o-uscis-citizenship-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Your green card
router-o-uscis-citizenship-have-ready-2 = Your A-Number

router-o-uscis-green-card-title = Green cards are handled by USCIS
router-o-uscis-green-card-why = Permanent residence (green card) applications go to USCIS, not ICE.
router-o-uscis-green-card-step-1 = Read the green card pages on { -fact-uscis-host } to see which way of applying fits you.
router-o-uscis-green-card-step-2 = If you are in immigration court proceedings, talk to a lawyer: the court may decide instead.
router-o-uscis-green-card-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Your passport and I-94
router-o-uscis-green-card-have-ready-2 = Any receipt numbers from earlier applications

router-o-uscis-work-permit-title = Apply for a work permit (Form I-765) with USCIS
router-o-uscis-work-permit-why = USCIS decides work permits, including OPT and STEM OPT. The SEVP Portal does not grant OPT: your DSO first recommends it in SEVIS, then you file Form I-765 with USCIS.
router-o-uscis-work-permit-step-1 = Students: ask your DSO for the OPT or STEM OPT recommendation (a new Form I-20).
router-o-uscis-work-permit-step-2 = File Form I-765 with USCIS inside the filing window. Our deadline tool shows it; check the dates with your DSO.
router-o-uscis-work-permit-step-3 = Once your OPT is approved and has started (the start date on your EAD), SEVP emails you a link to set up your SEVP Portal account.
router-o-uscis-work-permit-have-ready-1 = Form I-20 with the DSO’s recommendation
router-o-uscis-work-permit-have-ready-2 = Your passport and I-94
router-o-uscis-work-permit-have-ready-3 = Your current EAD card (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Extend or change your stay with USCIS (Form I-539)
router-o-uscis-change-or-extend-stay-why = Changing or extending your status is an application to USCIS, usually on Form I-539. Students should talk to their DSO first.
router-o-uscis-change-or-extend-stay-step-1 = Check the I-539 page on { -fact-uscis-host } for who may file and when.
router-o-uscis-change-or-extend-stay-step-2 = File before your I-94 “admit until” date passes.
router-o-uscis-change-or-extend-stay-step-3 = USCIS Contact Center: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Your I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Your passport
router-o-uscis-change-or-extend-stay-have-ready-3 = Students: your Form I-20

router-o-uscis-address-change-title = Tell USCIS you moved (Form AR-11)
router-o-uscis-address-change-why = Most noncitizens must tell USCIS within { -fact-ar-11-days } days of moving, and update each pending case separately. This does not update ICE or the immigration court.
router-o-uscis-address-change-step-1 = Change your address on { -fact-uscis-address-change-address } within { -fact-ar-11-days } days.
router-o-uscis-address-change-step-2 = Update each pending case with its receipt number.
router-o-uscis-address-change-step-3 = If you also report to ICE or have a court case, tell them separately.
router-o-uscis-address-change-have-ready-1 = Your old and new address
router-o-uscis-address-change-have-ready-2 = Receipt numbers of pending cases
router-o-uscis-address-change-have-ready-3 = Your A-Number, if you have one

router-o-state-visa-title = Visas are handled by the Department of State
router-o-state-visa-why = Visa applications (Form DS-160), interviews and visa stamps are handled by U.S. embassies and consulates of the Department of State, and visas are issued only outside the United States. A visa is for entering; how long you may stay is on your I-94.
router-o-state-visa-step-1 = Use the website of the U.S. embassy or consulate where you will apply, and check that its address ends in .gov.
router-o-state-visa-step-2 = Students: pay the I-901 SEVIS fee before the interview and bring your Form I-20 or DS-2019.
router-o-state-visa-step-3 = ICE does not issue visas.
router-o-state-visa-have-ready-1 = Your passport
router-o-state-visa-have-ready-2 = Form I-20 or DS-2019 (students and exchange visitors)
router-o-state-visa-have-ready-3 = I-901 fee receipt (students and exchange visitors)

router-o-state-exchange-sponsor-title = J-1 programs: your sponsor and the Department of State
router-o-state-exchange-sponsor-why = J exchange visitor sponsors are designated by the Department of State, not by SEVP. The sponsor’s officials issue and update Form DS-2019.
router-o-state-exchange-sponsor-step-1 = Exchange visitors: contact your program sponsor’s responsible officer about your DS-2019.
router-o-state-exchange-sponsor-step-2 = Sponsors: designation questions go to the Department of State.
router-o-state-exchange-sponsor-step-3 = The I-901 SEVIS fee for J visitors is still paid at { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = Form DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Your SEVIS ID

router-o-cbp-i94-title = Get your I-94 from CBP
router-o-cbp-i94-why = Your I-94 arrival record and your travel history come from U.S. Customs and Border Protection (CBP), not ICE.
router-o-cbp-i94-step-1 = Go to { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Enter your details exactly as in the passport you used to enter.
router-o-cbp-i94-step-3 = Check your class of admission and the “admit until” date (or D/S).
router-o-cbp-i94-have-ready-1 = The passport you used to enter the United States

router-o-eoir-title = Your immigration court case (EOIR)
router-o-eoir-why = Immigration court hearings, court case status, EOIR-33 address changes and appeals are handled by the Executive Office for Immigration Review (EOIR), part of the Department of Justice — not by ICE. An ICE check-in and a court hearing are separate: you may have both.
router-o-eoir-step-1 = Call { -fact-eoir-hotline-phone } for your hearing date and case status. Enter your A-Number as { -fact-a-number-digits } numbers, without the A.
router-o-eoir-step-2 = If you move, file Form EOIR-33 within { -fact-eoir-33-working-days } working days (online through EOIR Respondent Access).
router-o-eoir-step-3 = Do not miss a hearing. If you cannot attend, talk to a lawyer at once.
router-o-eoir-have-ready-1 = Your A-Number
router-o-eoir-have-ready-2 = Your hearing notice or Notice to Appear

router-o-urgent-legal-help-title = Get legal help now
router-o-urgent-legal-help-why = Detention, a removal order, a terminated record or a missed hearing, check-in or deadline can have serious consequences quickly. An immigration lawyer or an accredited representative of a DOJ-recognised organisation can advise you. Never rely on a “notario”: they are not lawyers.
router-o-urgent-legal-help-step-1 = Contact an immigration lawyer, or an organisation recognised by the Department of Justice with accredited representatives. The immigration court’s website (EOIR) has information on free legal service providers.
router-o-urgent-legal-help-step-2 = Students with a SEVIS problem: talk to your DSO today as well.
router-o-urgent-legal-help-step-3 = If someone is detained, find where with the Online Detainee Locator.
router-o-urgent-legal-help-step-4 = Do not sign papers you do not understand.
router-o-urgent-legal-help-have-ready-1 = Every notice or letter you have received
router-o-urgent-legal-help-have-ready-2 = Your A-Number or SEVIS ID
router-o-urgent-legal-help-have-ready-3 = The dates of hearings, check-ins or deadlines

router-o-phishing-warning-title = Check before you click: it may not be official
router-o-phishing-warning-why = Several unofficial sites use the “eservice” name, and no official page describes what eservice.ice.gov hosts. ICE’s online services are on the official addresses this helper lists, and SEVP Portal email comes only from { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = Do not sign in, pay or send documents through the link.
router-o-phishing-warning-step-2 = Check the address or the sender with our link checker.
router-o-phishing-warning-step-3 = Type the official address yourself: { -fact-sevp-portal-address } for the SEVP Portal, { -fact-ice-check-in-address } for check-ins.
router-o-phishing-warning-step-4 = If you paid or shared personal information, contact your bank and keep the message as evidence.
router-o-phishing-warning-have-ready-1 = The message or link you received
