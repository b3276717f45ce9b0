# Mo tout pati aplikasyon an ak sèvè a pataje.

## Tèm ofisyèl: yo rete egzakteman jan fòm ajans yo ekri yo, nan tout lang.

-a-number = A-Number
-sevis-id = SEVIS ID
-ead = EAD
-i-94 = I-94
-subject-id = Subject ID

## Egzanp nan endikasyon ak mesaj erè: yon sèl egzanp pou chak bagay, menm egzanp lan tout kote.

-sample-phone = 202 555 0123

## Zouti aplikasyon an (tit paj yo, ak rezime yon liy ki sou paj zouti yo).

common-tools-index-title = Zouti
common-tools-index-lead = Ti zouti ki mache nan navigatè ou. Anyen ou tape pa voye okenn kote.
common-tool-identify-title = Ki nimewo sa a?
common-tool-identify-summary = Kole yon nimewo ki soti nan yon avi oswa yon fòm pou w konnen sa li ye, kiyès ki sèvi ak li, ak sa li pa sèvi pou li.
common-tool-opt-unemployment-title = Jou chomaj sou OPT
common-tool-opt-unemployment-summary = Konte jou chomaj ou deja itilize ak sa ki rete pou ou sou OPT oswa STEM OPT.
common-tool-deadlines-title = Kalkilatè dat limit
common-tool-deadlines-summary = Dat limit pou rapòte, peryòd gras, peryòd pou depoze demann OPT ak rapò STEM, ak kalkil la montre etap pa etap.
common-tool-check-link-title = Èske lyen oswa imèl sa a ofisyèl?
common-tool-check-link-summary = Tcheke si yon adrès entènèt, oswa adrès moun ki voye yon imèl, se yon adrès ofisyèl anvan ou konekte oswa anvan ou peye.

## Kiyès ki okipe kisa: òganizasyon aplikasyon an voye moun ale.

common-agency-sevp = Pwogram pou Etidyan ak Vizitè Echanj (SEVP), ki fè pati ICE
common-agency-ice-ero = Operasyon Kontwòl ak Depòtasyon ICE (ERO)
common-agency-uscis = Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS)
common-agency-eoir = Tribinal imigrasyon (EOIR), Depatman Lajistis
common-agency-cbp = Ladwàn ak Pwoteksyon Fwontyè Etazini (CBP)
common-agency-state-department = Depatman Deta Etazini
common-agency-school = Ofisyèl lekòl ou a ki deziyen pou sa (DSO)
common-agency-irs = Sèvis Revni Entèn (IRS)
common-agency-legal-help = Yon avoka imigrasyon oswa yon reprezantan akredite
# Etikèt lyen ofisyèl yo (routing/outcome.rs OfficialLink), pake find ak portal yo montre yo.
common-link-sevp-portal = SEVP Portal ({ -fact-sevp-portal-address })
common-link-study-in-the-states = Study in the States (èd DHS pou etidyan ak lekòl, an angle)
common-link-ice-check-in = Check-in ICE ak chanjman adrès ({ -fact-ice-check-in-address })
common-link-ice-change-of-address = Chanjman adrès ICE sou entènèt
common-link-eoir-respondent-access = EOIR Respondent Access (depoze Fòm EOIR-33 sou entènèt)
common-link-eoir = Tribinal imigrasyon (EOIR), Depatman Lajistis
common-link-uscis = USCIS ({ -fact-uscis-host })
common-link-uscis-address-change = Chanjman adrès ak USCIS (Fòm AR-11)
common-link-ice-bonds = Kosyon ICE ak CeBONDS
common-link-ebonds = eBONDS (sèlman pou konpayi kosyon)
common-link-locator = Online Detainee Locator ICE ({ -fact-detainee-locator-host })
common-link-fmj-fee = Peman frè I-901 SEVIS ({ -fact-i901-fee-host })
common-link-ice-i901 = ICE: sou frè I-901 SEVIS la
common-link-ice-i17 = ICE: sètifikasyon lekòl (Fòm I-17)
common-link-cbp-i94 = Sit entènèt I-94 CBP ({ -fact-cbp-i94-host })
common-link-ice-home = ICE ({ -fact-ice-host })
common-link-e-verify = E-Verify (anplwayè a dwe enskri ladan l)
common-link-state-visas = Depatman Deta: viza Etazini (Fòm DS-160, entèvyou, anbasad)
common-link-state-exchange-visitors = Depatman Deta: pwogram vizitè echanj J-1
common-link-eoir-pro-bono = Tribinal imigrasyon (EOIR): lis moun ak òganizasyon ki bay sèvis legal gratis
