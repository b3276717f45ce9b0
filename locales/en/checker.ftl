# "What is this number?" and the link checker: the words the domain crate gives them.

## What is this number? Each identifier: its name, what it is for, and what it is often confused with.

checker-identify-sevis-id-name = { -sevis-id }
checker-identify-sevis-id-used-for = Identifies your F, M or J record in SEVIS. You need it for the SEVP Portal, the I-901 SEVIS fee and when your school official asks. It is at the top of Form I-20 or DS-2019.
checker-identify-sevis-id-not-for = It is not a USCIS receipt number: it cannot be used to check a USCIS case.
checker-identify-school-code-name = SEVP school code
checker-identify-school-code-used-for = Identifies an SEVP-certified school and campus in SEVIS. It is printed on Form I-20.
checker-identify-school-code-not-for = It identifies the school, not a student.
checker-identify-a-number-name = { -a-number } (Alien Registration Number)
checker-identify-a-number-used-for = Your immigration file number, used by USCIS, ICE and the immigration court. The court’s automated line ({ -fact-eoir-hotline-phone }) and online case status ask for the { -fact-a-number-digits } numbers without the A.
checker-identify-a-number-not-for = It is not a receipt number: USCIS case status needs the receipt number on your notice.
checker-identify-receipt-number-name = USCIS receipt number
checker-identify-receipt-number-used-for = Tracks one application or petition with USCIS. Use it for USCIS online case status.
checker-identify-receipt-number-not-for = The immigration court does not use it: court case status needs your { -a-number }.
checker-identify-i94-number-name = { -i-94 } admission record number
checker-identify-i94-number-used-for = Your arrival and departure record from CBP. It shows how you were admitted and until when you may stay (a date or “D/S”).
checker-identify-i94-number-not-for = It is not your visa: the visa’s expiry date does not say how long you may stay; the { -i-94 } does.
checker-identify-ein-name = Employer Identification Number (EIN)
checker-identify-ein-used-for = Identifies an employer for taxes. Students on OPT give their employer’s EIN when they report employment.
checker-identify-ein-not-for = It belongs to the employer, not to you; it is not a Social Security number.
checker-identify-cip-code-name = CIP code (field of study)
checker-identify-cip-code-used-for = The code of a field of study on Form I-20. STEM OPT depends on the degree’s code being on the DHS STEM list.
checker-identify-cip-code-not-for = It is not a school code or a { -sevis-id }.

## Is this link or email official? The official services a link or sender can belong to.

checker-service-sevp-portal = SEVP Portal (students on OPT)
checker-service-ice = U.S. Immigration and Customs Enforcement (ICE)
checker-service-ice-change-of-address = ICE online change of address
checker-service-ebonds = eBONDS (surety companies only)
checker-service-detainee-locator = ICE Online Detainee Locator
checker-service-i901-fee = I-901 SEVIS fee payment
checker-service-study-in-the-states = Study in the States (DHS)
checker-service-cbp-i94 = CBP { -i-94 } website
checker-service-uscis = U.S. Citizenship and Immigration Services (USCIS)
checker-service-justice-department = U.S. Department of Justice (includes the immigration court, EOIR)
checker-service-eoir-respondent-access = EOIR Respondent Access (immigration court)
checker-service-dhs = U.S. Department of Homeland Security (DHS)
checker-service-state-department-visas = U.S. Department of State: visas
checker-service-exchange-visitor-program = Department of State: J-1 exchange visitor program
checker-service-e-verify = E-Verify (employers check who may work)
checker-service-sevp-portal-email = SEVP Portal email (the only sender of Portal messages)
checker-service-sevp-response-center-email = SEVP Response Center email

## Why a link or sender may only look official. The placeholder real is the real address.

checker-reason-plain-http = It starts with http:// instead of https://. Official sites use https://: type the address yourself.
checker-reason-punycode = It contains international characters (shown as “xn--”) that can look like ordinary letters.
checker-reason-look-alike = It is spelled almost like { $real } but is a different address.
checker-reason-extra-words = It uses a real name with extra words around it. The real site is { $real }.
checker-reason-wrong-top-level-domain = It has the wrong ending. The real address is { $real }.
checker-reason-hidden-host = Everything before the “@” is ignored by your browser: the link goes to the site after it.
checker-reason-unknown = It is not one of the official addresses this helper knows.
