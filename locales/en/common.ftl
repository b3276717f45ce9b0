# Words shared by every part of the app and the server.

## Official terms: kept exactly as the agencies' forms write them, in every language.

-a-number = A-Number
-sevis-id = SEVIS ID
-ead = EAD
-i-94 = I-94
-subject-id = Subject ID

## Samples in hints and error messages: one example each, the same wherever it is shown.

-sample-phone = 202 555 0123

## The app's tools (page titles and the one-line summaries on the tools page).

common-tools-index-title = Tools
common-tools-index-lead = Small tools that work in your browser. Nothing you type is sent anywhere.
common-tool-identify-title = What is this number?
common-tool-identify-summary = Paste a number from a notice or form to see what it is, who uses it and what it is not for.
common-tool-opt-unemployment-title = OPT unemployment days
common-tool-opt-unemployment-summary = Count the days of unemployment you have used and have left on OPT or STEM OPT.
common-tool-deadlines-title = Deadline calculator
common-tool-deadlines-summary = Reporting deadlines, grace periods, OPT filing windows and STEM reports, with the working shown.
common-tool-check-link-title = Is this link or email official?
common-tool-check-link-summary = Check whether a web address or an email sender is an official one before you sign in or pay.

## Who handles what: the organisations the app sends people to.

common-agency-sevp = Student and Exchange Visitor Program (SEVP), part of ICE
common-agency-ice-ero = ICE Enforcement and Removal Operations (ERO)
common-agency-uscis = U.S. Citizenship and Immigration Services (USCIS)
common-agency-eoir = Immigration court (EOIR), Department of Justice
common-agency-cbp = U.S. Customs and Border Protection (CBP)
common-agency-state-department = U.S. Department of State
common-agency-school = Your school’s designated school official (DSO)
common-agency-irs = Internal Revenue Service (IRS)
common-agency-legal-help = An immigration lawyer or accredited representative
# Labels of official links (routing/outcome.rs OfficialLink), shown by the find and portal bundles.
common-link-sevp-portal = SEVP Portal ({ -fact-sevp-portal-address })
common-link-study-in-the-states = Study in the States (DHS help for students and schools)
common-link-ice-check-in = ICE check-in and address update ({ -fact-ice-check-in-address })
common-link-ice-change-of-address = ICE online change of address
common-link-eoir-respondent-access = EOIR Respondent Access (file Form EOIR-33 online)
common-link-eoir = Immigration court (EOIR), Department of Justice
common-link-uscis = USCIS ({ -fact-uscis-host })
common-link-uscis-address-change = USCIS change of address (Form AR-11)
common-link-ice-bonds = ICE bonds and CeBONDS
common-link-ebonds = eBONDS (surety companies only)
common-link-locator = ICE Online Detainee Locator ({ -fact-detainee-locator-host })
common-link-fmj-fee = I-901 SEVIS fee payment ({ -fact-i901-fee-host })
common-link-ice-i901 = ICE: about the I-901 SEVIS fee
common-link-ice-i17 = ICE: school certification (Form I-17)
common-link-cbp-i94 = CBP I-94 website ({ -fact-cbp-i94-host })
common-link-ice-home = ICE ({ -fact-ice-host })
common-link-e-verify = E-Verify (the employer must be enrolled)
common-link-state-visas = Department of State: U.S. visas (Form DS-160, interviews, embassies)
common-link-state-exchange-visitors = Department of State: J-1 exchange visitor program
common-link-eoir-pro-bono = Immigration court (EOIR): list of free legal service providers
