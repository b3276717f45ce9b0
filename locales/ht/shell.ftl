### Kokiy sit la ak paj tout vizitè wè: antèt, pye paj, akèy, sou nou, lis gid yo,
### rechèch, paj ki pa egziste, ak sa fòm yo pataje (erè, bouton, bwat dat).
### Id ki fini ak non yon chan (shell-site_name): Rust li yo kòm yon struct (src/text/shell.rs).

## Antèt, avi, navigasyon ak pye paj
shell-site_name = eService Navigator
shell-skip_link = Ale dirèkteman nan kontni prensipal la
shell-notice_tag = Èd endepandan
shell-notice = Sa a se pa yon sit entènèt gouvènman.
shell-notice_about = Kiyès nou ye
shell-nav_label = Prensipal
shell-nav_menu = Meni
shell-nav_home = Akèy
shell-nav_find = Jwenn bon kote a
shell-nav_guides = Gid
shell-nav_tools = Zouti
shell-nav_search = Chèche
shell-nav_about = Sou nou
shell-nav_portal = Demonstrasyon pòtay la
shell-language_label = Lang
shell-footer_notice = eService Navigator se yon èd endepandan. Li pa gen okenn lyen ak Sèvis Imigrasyon ak Kontwòl Ladwàn Etazini (ICE), Depatman Sekirite Enteryè a, ni okenn lòt ajans gouvènman.
shell-footer_official = Sèvi ak sèvis ofisyèl yo sèlman sou adrès ki nan gid nou yo. Tcheke adrès la anvan ou konekte oswa anvan ou peye.

## Akèy
shell-home_title = Jwenn wout ou nan pòtay imigrasyon Etazini yo
shell-home_lead = Yo te di ou ale sou “eservice.ice.gov”? Èd sa a eksplike ou, nan yon langaj senp, ki sèvis sou entènèt ki bon pou ou, sa pou ou pare davans, ak ki kote paj ofisyèl yo ye.
shell-home_ways_heading = Kijan nou ka ede ou?
shell-home_ways-1 = Jwenn bon kote a
    .detail = Reponn kèk kesyon pou w konnen ki sèvis oswa ki ajans pou w itilize, poukisa, ak sa pou w pare davans.
shell-home_ways-2 = Mwen travay nan yon lekòl ki gen etidyan entènasyonal
    .detail = SEVIS, kont SEVP Portal etidyan yo, dosye OPT yo ak sètifikasyon lekòl la.
shell-home_ways-3 = Mwen konnen ki sèvis mwen bezwen
    .detail = Gid etap pa etap pou chak sèvis ICE sou entènèt, ak pou ajans kote yo voye moun ale pito.
shell-home_common_heading = Sa moun chèche plis
shell-home_common-1 = SEVP Portal pou etidyan ki sou OPT
shell-home_common-2 = Randevou check-in ak ICE (prezante devan ICE)
shell-home_common-3 = Chanjman adrès (ICE, tribinal ak USCIS)
shell-home_common-4 = Jwenn yon moun ki nan detansyon
shell-home_common-5 = Tcheke yon dosye USCIS
shell-home_common-6 = Peye frè I-901 SEVIS la
shell-home_common-7 = Èske lyen oswa imèl sa a ofisyèl?
shell-home_not_gov_heading = Anvan ou kòmanse
shell-home_not_gov = Èd sa a se pa yon sit entènèt gouvènman. Li voye ou sèlman sou adrès ofisyèl ki nan gid li yo. Gen sit ki imite sit ofisyèl yo: pa janm peye ni konekte atravè yon lyen ou pa ka tcheke.
shell-home_about_link = Sou èd sa a ak kote enfòmasyon li yo soti

## Sou nou
shell-about_title = Sou èd sa a
shell-about_lead = eService Navigator ede moun jwenn bon sèvis imigrasyon Etazini sou entènèt la epi pare pou yo sèvi ak li.
shell-about_not_gov_heading = Se pa yon sit entènèt gouvènman
shell-about_not_gov-1 = Nou endepandan. Nou pa fè pati Sèvis Imigrasyon ak Kontwòl Ladwàn Etazini (ICE), Depatman Sekirite Enteryè (DHS), Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS), ni okenn lòt ajans.
shell-about_not_gov-2 = Nou pa janm mande modpas ou, e nou pa ka chanje dosye imigrasyon ou. Sèvi ak sèvis ofisyèl yo sèlman sou adrès ki nan gid nou yo. Gen sit ki imite sit ofisyèl yo: tcheke adrès la anvan ou konekte oswa anvan ou peye.
shell-about_what_heading = Sa èd sa a fè
shell-about_what-1 = Li eksplike chak sèvis ICE sou entènèt: sa li ye, pou kiyès li ye, ak sa pou w pare davans.
shell-about_what-2 = Li poze ou kèk kesyon pou montre ou bon kote a: yon sèvis ICE, USCIS, Depatman Deta, CBP, tribinal imigrasyon an oswa yon avoka.
shell-about_what-3 = Se pa konsèy legal. Si ou nan detansyon, si ou gen yon lòd depòtasyon oswa si ou rate yon dat limit, pale ak yon avoka imigrasyon oswa yon reprezantan akredite.
shell-about_sources_heading = Kote enfòmasyon nou yo soti
shell-about_sources_intro = Nou konpare gid nou yo ak paj ofisyèl, tankou:
shell-about_sources-1 = ICE: check-in ak chanjman adrès
    .detail = { -fact-ice-check-in-url }
shell-about_sources-2 = SEVP Portal pou etidyan ki sou OPT
    .detail = { -fact-sevp-portal-url }
shell-about_sources-3 = Study in the States (sant èd SEVP a, an angle)
    .detail = { -fact-study-in-the-states-url }
shell-about_sources-4 = Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS)
    .detail = { -fact-uscis-url }
shell-about_sources-5 = Biwo Egzekitif pou Revizyon Imigrasyon (tribinal imigrasyon)
    .detail = { -fact-eoir-url }
shell-about_sources-6 = Online Detainee Locator ICE (pou jwenn moun ki nan detansyon)
    .detail = { -fact-detainee-locator-url }
shell-about_sources_note = Frè, nimewo telefòn ak dat limit chanje. Toujou tcheke paj ofisyèl la anvan ou aji.

## Gid yo (lis la, ak lyen ki anba chak gid)
shell-guides_title = Gid
shell-guides_lead = Gid nan langaj senp sou chak sèvis ICE sou entènèt, ak sou ajans kote yo souvan voye moun ale pito.
shell-guide_groups-1 = Kòmanse isit
shell-guide_groups-2 = Sèvis ICE sou entènèt
shell-guide_groups-3 = Lòt ajans ak èd
shell-guide_find_link = { shell-nav_find }

## Rechèch
shell-search_title = Chèche
shell-search_label = Chèche nan gid ak zouti yo
shell-search_button = Chèche
shell-search_missing = Ekri mo ou vle chèche yo
shell-search_none = Pa gen anyen ki koresponn. Eseye lòt mo, oswa reponn kèk kesyon nan Jwenn bon kote a.
shell-search-results-for = Rezilta pou “{ $words }”

## Paj ki pa egziste
shell-not_found_title = Nou pa jwenn paj la
shell-not_found_typed = Si ou te tape adrès entènèt la, tcheke si li kòrèk.
shell-not_found_pasted = Si ou te kole adrès entènèt la, tcheke si ou te kopye tout adrès la.
shell-not_found_home = Ale nan paj akèy la

## Sa paj ak fòm yo pataje
shell-loading = L ap chaje…
shell-load_failed_title = Paj sa a pa t ka chaje
shell-load_failed = Tcheke koneksyon ou epi eseye ankò. Ou pa pèdi anyen nan sa ou te ekri.
shell-try_again = Eseye ankò
shell-print = Enprime paj sa a
shell-error_prefix = Erè:{" "}
shell-error_summary_title = Gen yon pwoblèm
shell-continue_button = Kontinye
shell-back = Retounen
shell-day = Jou
shell-month = Mwa
shell-year = Ane
shell-guide_sources = Sous
shell-last_checked = Dènye verifikasyon:
