### The shell and the pages every visitor sees: header, footer, home, about, the list of guides,
### search, page not found, and what forms share (errors, buttons, date boxes).
### Ids that end in a field name (shell-site_name) are read by Rust as a struct (src/text/shell.rs).

## Header, notice, navigation and footer
shell-site_name = eService Navigator
shell-skip_link = Skip to main content
shell-notice_tag = Independent helper
shell-notice = This is not a government website.
shell-notice_about = Who we are
shell-nav_label = Main
shell-nav_menu = Menu
shell-nav_home = Home
shell-nav_find = Find the right place
shell-nav_guides = Guides
shell-nav_tools = Tools
shell-nav_search = Search
shell-nav_about = About
shell-nav_portal = Portal demo
shell-language_label = Language
shell-footer_notice = eService Navigator is an independent helper. It is not affiliated with U.S. Immigration and Customs Enforcement (ICE), the Department of Homeland Security or any other government agency.
shell-footer_official = Use official services only at the addresses listed in our guides. Check the address before you sign in or pay.

## Home
shell-home_title = Find your way around U.S. immigration portals
shell-home_lead = Were you told to go to “eservice.ice.gov”? This helper explains, in plain language, which online service is the right one for you, what to have ready and where the official pages are.
shell-home_ways_heading = How can we help?
shell-home_ways-1 = Find the right place
    .detail = Answer a few questions to see which service or agency to use, why, and what to have ready.
shell-home_ways-2 = I work for a school with international students
    .detail = SEVIS, students’ SEVP Portal accounts, OPT records and school certification.
shell-home_ways-3 = I know which service I need
    .detail = Step-by-step guides for each ICE online service and the agencies people are sent to instead.
shell-home_common_heading = Most common
shell-home_common-1 = SEVP Portal for students on OPT
shell-home_common-2 = ICE check-in appointments
shell-home_common-3 = Change of address (ICE, court and USCIS)
shell-home_common-4 = Find a detained person
shell-home_common-5 = Check a USCIS case
shell-home_common-6 = Pay the I-901 SEVIS fee
shell-home_common-7 = Is this link or email official?
shell-home_not_gov_heading = Before you start
shell-home_not_gov = This helper is not a government website. It sends you only to the official addresses listed in its guides. Look-alike sites exist: never pay or sign in through a link you cannot check.
shell-home_about_link = About this helper and where its information comes from

## About
shell-about_title = About this helper
shell-about_lead = eService Navigator helps people find the right U.S. immigration service online and get ready to use it.
shell-about_not_gov_heading = Not a government website
shell-about_not_gov-1 = We are independent. We are not part of U.S. Immigration and Customs Enforcement (ICE), the Department of Homeland Security (DHS), U.S. Citizenship and Immigration Services (USCIS) or any other agency.
shell-about_not_gov-2 = We never ask for your password, and we cannot change your immigration case. Use official services only at the addresses listed in our guides. Look-alike sites exist: check the address before you sign in or pay.
shell-about_what_heading = What this helper does
shell-about_what-1 = Explains each ICE online service: what it is, who it is for and what to have ready.
shell-about_what-2 = Asks a few questions to point you to the right place: an ICE service, USCIS, the State Department, CBP, the immigration court or a lawyer.
shell-about_what-3 = It is not legal advice. If you are detained, have a removal order or have missed a deadline, talk to an immigration lawyer or an accredited representative.
shell-about_sources_heading = Where our information comes from
shell-about_sources_intro = We check our guides against official pages, including:
shell-about_sources-1 = ICE: check-in and change of address
    .detail = { -fact-ice-check-in-url }
shell-about_sources-2 = SEVP Portal for students on OPT
    .detail = { -fact-sevp-portal-url }
shell-about_sources-3 = Study in the States (SEVP help hub)
    .detail = { -fact-study-in-the-states-url }
shell-about_sources-4 = U.S. Citizenship and Immigration Services
    .detail = { -fact-uscis-url }
shell-about_sources-5 = Executive Office for Immigration Review (immigration court)
    .detail = { -fact-eoir-url }
shell-about_sources-6 = ICE Online Detainee Locator
    .detail = { -fact-detainee-locator-url }
shell-about_sources_note = Fees, phone numbers and deadlines change. Always check the official page before you act.

## Guides (the list, and the link under each guide)
shell-guides_title = Guides
shell-guides_lead = Plain-language guides to each ICE online service, and to the agencies people are often sent to instead.
shell-guide_groups-1 = Start here
shell-guide_groups-2 = ICE online services
shell-guide_groups-3 = Other agencies and help
shell-guide_find_link = { shell-nav_find }

## Search
shell-search_title = Search
shell-search_label = Search guides and tools
shell-search_button = Search
shell-search_missing = Enter words to search for
shell-search_none = Nothing matches. Try other words, or answer a few questions in Find the right place.
shell-search-results-for = Results for “{ $words }”

## Page not found
shell-not_found_title = Page not found
shell-not_found_typed = If you typed the web address, check it is correct.
shell-not_found_pasted = If you pasted the web address, check you copied the entire address.
shell-not_found_home = Go to the home page

## Shared by pages and forms
shell-loading = Loading…
shell-load_failed_title = This page could not load
shell-load_failed = Check your connection and try again. Nothing you typed has been lost.
shell-try_again = Try again
shell-print = Print this page
shell-error_prefix = Error:{" "}
shell-error_summary_title = There is a problem
shell-continue_button = Continue
shell-back = Back
shell-day = Day
shell-month = Month
shell-year = Year
shell-guide_sources = Sources
shell-last_checked = Last checked:
