# "Ki nimewo sa a?" ak verifikatè lyen an: mo crate domèn nan ba yo.

## Ki nimewo sa a? Chak idantifyan: non li, pou kisa li sèvi, ak sa moun konn konfonn li ak li.

checker-identify-sevis-id-name = { -sevis-id }
checker-identify-sevis-id-used-for = Li idantifye dosye F, M oswa J ou nan SEVIS. Ou bezwen l pou SEVP Portal, pou frè SEVIS I-901 la, ak lè ofisyèl lekòl ou mande l. Li anwo Fòm I-20 oswa DS-2019 ou.
checker-identify-sevis-id-not-for = Se pa yon nimewo resi USCIS: ou pa ka sèvi avè l pou tcheke yon dosye USCIS.
checker-identify-school-code-name = Kòd lekòl SEVP
checker-identify-school-code-used-for = Li idantifye yon lekòl ak yon kanpis SEVP sètifye nan SEVIS. Li enprime sou Fòm I-20.
checker-identify-school-code-not-for = Li idantifye lekòl la, pa yon etidyan.
checker-identify-a-number-name = { -a-number } (nimewo A, Alien Registration Number: nimewo anrejistreman etranje)
checker-identify-a-number-used-for = Nimewo dosye imigrasyon ou, USCIS, ICE ak tribinal imigrasyon an sèvi avè l. Liy otomatik tribinal la ({ -fact-eoir-hotline-phone }) ak estati dosye sou entènèt la mande { -fact-a-number-digits } chif yo san lèt A a.
checker-identify-a-number-not-for = Se pa yon nimewo resi: pou estati dosye USCIS, ou bezwen nimewo resi ki sou avi ou a.
checker-identify-receipt-number-name = Nimewo resi USCIS
checker-identify-receipt-number-used-for = Li swiv yon sèl aplikasyon oswa petisyon nan USCIS. Sèvi avè l pou estati dosye USCIS sou entènèt.
checker-identify-receipt-number-not-for = Tribinal imigrasyon an pa sèvi avè l: pou estati dosye nan tribinal la, ou bezwen { -a-number } ou.
checker-identify-i94-number-name = Nimewo dosye admisyon { -i-94 }
checker-identify-i94-number-used-for = Dosye arive ak depa ou nan CBP. Li montre kijan yo te admèt ou ak jiska kilè ou ka rete (yon dat oswa “D/S”).
checker-identify-i94-number-not-for = Se pa viza ou: dat viza a ekspire pa di konbyen tan ou ka rete; se { -i-94 } ou ki di sa.
checker-identify-ein-name = Nimewo Idantifikasyon Anplwayè (EIN)
checker-identify-ein-used-for = Li idantifye yon anplwayè pou taks. Etidyan ki sou OPT bay EIN anplwayè yo lè yo deklare travay yo.
checker-identify-ein-not-for = Se pou anplwayè a li ye, pa pou ou; se pa yon nimewo Sekirite Sosyal.
checker-identify-cip-code-name = Kòd CIP (domèn etid)
checker-identify-cip-code-used-for = Kòd yon domèn etid sou Fòm I-20. STEM OPT depann de si kòd diplòm nan sou lis STEM DHS la.
checker-identify-cip-code-not-for = Se pa yon kòd lekòl ni yon { -sevis-id }.

## Èske lyen oswa imèl sa a ofisyèl? Sèvis ofisyèl yon lyen oswa yon moun ki voye imèl ka pou yo.

checker-service-sevp-portal = SEVP Portal (etidyan ki sou OPT)
checker-service-ice = U.S. Immigration and Customs Enforcement (ICE)
checker-service-ice-change-of-address = Chanjman adrès ICE sou entènèt
checker-service-ebonds = eBONDS (konpayi kosyon sèlman)
checker-service-detainee-locator = Lokalizatè moun ki nan detansyon ICE (ICE Online Detainee Locator)
checker-service-i901-fee = Peman frè SEVIS I-901
checker-service-study-in-the-states = Study in the States (DHS)
checker-service-cbp-i94 = Sit entènèt { -i-94 } CBP
checker-service-uscis = U.S. Citizenship and Immigration Services (USCIS)
checker-service-justice-department = Depatman Lajistis Etazini (tribinal imigrasyon an, EOIR, ladan l)
checker-service-eoir-respondent-access = EOIR Respondent Access (tribinal imigrasyon)
checker-service-dhs = U.S. Department of Homeland Security (DHS)
checker-service-state-department-visas = Depatman Deta Etazini: viza
checker-service-exchange-visitor-program = Depatman Deta: pwogram vizitè echanj J-1
checker-service-e-verify = E-Verify (anplwayè yo verifye kiyès ki gen dwa travay)
checker-service-sevp-portal-email = Imèl SEVP Portal (sèl adrès ki voye mesaj Portal yo)
checker-service-sevp-response-center-email = Imèl SEVP Response Center (sant repons SEVP)

## Poukisa yon lyen oswa yon moun ki voye imèl ka sanble ofisyèl sèlman. Placeholder real la se vrè adrès la.

checker-reason-plain-http = Li kòmanse ak http:// olye de https://. Sit ofisyèl yo sèvi ak https://: tape adrès la ou menm.
checker-reason-punycode = Li gen karaktè entènasyonal (ki parèt kòm “xn--”) ki ka sanble ak lèt òdinè.
checker-reason-look-alike = Yo ekri l prèske tankou { $real }, men se yon lòt adrès.
checker-reason-extra-words = Li sèvi ak yon vrè non ak lòt mo bò kote l. Vrè sit la se { $real }.
checker-reason-wrong-top-level-domain = Fen adrès la pa bon. Vrè adrès la se { $real }.
checker-reason-hidden-host = Navigatè ou pa okipe tout sa ki anvan “@” la: lyen an mennen nan sit ki apre l la.
checker-reason-unknown = Li pa youn nan adrès ofisyèl zouti sa a konnen.
