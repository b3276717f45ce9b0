# Mo "Jwenn bon kote a" yo: kesyon, repons ak rezilta.
# Id yo: router-q-<kesyon>-title/-hint/-error, router-a-<kesyon>-<repons>,
# router-o-<rezilta>-title/-answer/-applies-to/-why, -step-<n> (nan lòd), -have-ready-<n>.
# Etap yo ak sa pou genyen pare yo nimewote apati 1, san twou: routè a li yo
# jiska premye nimewo ki manke (crates/domain/src/routing/wording.rs).

## Kesyon yo ak repons yo

router-q-event-title = Kisa ki rive, oswa kisa ou vle konnen?
router-q-event-hint = Chwazi sa ki pi pre sitiyasyon ou. Si ou deja konnen ki sèvis oswa ki demach ou bezwen, chwazi dènye repons lan.
router-q-event-error = Chwazi kisa ki rive oswa kisa ou vle konnen
router-a-event-moved = Mwen demenaje, oswa mwen pral demenaje
router-a-event-job = Yon travay ap kòmanse, ap chanje oswa ap fini
router-a-event-work = Èske mwen ka travay? Mwen bezwen yon pèmi travay oswa OPT
router-a-event-stay = Konbyen tan mwen ka rete? Etid mwen oswa pwogram mwen ap fini
router-a-event-travel = Mwen pral vwayaje, oswa mwen bezwen yon viza oswa I-94 mwen
router-a-event-message = Mwen resevwa yon lèt, yon imèl, yon mesaj tèks oswa yon lyen
router-a-event-detained = Imigrasyon mete yon moun nan detansyon
router-a-event-money = Yon frè oswa yon kosyon pou m peye, oswa lajan yon kosyon pou m resevwa tounen
router-a-event-court = Mwen gen yon dat nan tribinal imigrasyon, yon randevou kontwòl ak ICE (check-in) oswa yon lòd depòtasyon
router-a-event-school = Mwen travay pou yon lekòl ki gen etidyan entènasyonal, oswa ki vle enskri etidyan entènasyonal
router-a-event-task = Mwen konnen sa mwen bezwen fè: montre m lis demach yo

router-q-status-title = Kilès nan sa yo ki dekri ou?
router-q-status-hint = Règ yo pa menm pou etidyan F-1, etidyan M-1 ak vizitè echanj J-1. Kategori ou ekri sou viza ou, ak sou Fòm I-20 ou (F-1, M-1) oswa DS-2019 ou (J-1).
router-q-status-error = Chwazi sa ki dekri ou
router-a-status-f1 = Etidyan F-1, enkli etidyan ki sou OPT oswa STEM OPT
router-a-status-m1 = Etidyan M-1 (lekòl pwofesyonèl oswa teknik)
router-a-status-j1 = Vizitè echanj J-1 (etidyan, pwofesè envite, chèchè, estajyè …)
router-a-status-supervision = Mwen prezante devan ICE, oswa mwen gen yon ka nan tribinal imigrasyon
router-a-status-other = Yon lòt bagay (pa egzanp yon vizitè, yon travayè oswa yon moun ki aplike pou green card)

router-q-on-training-title = Èske ou sou OPT oswa sou fòmasyon pratik kounye a?
router-q-on-training-hint = Sa vle di: dat kòmansman ki sou pèmi travay ou (EAD) pou OPT, STEM OPT oswa fòmasyon pratik M-1 rive deja.
router-q-on-training-error = Chwazi wi si ou sou OPT oswa sou fòmasyon pratik kounye a
router-a-on-training-yes = Wi
router-a-on-training-no = Non, m ap etidye toujou, oswa OPT mwen poko kòmanse

router-q-job-change-title = Kisa k ap pase ak travay la?
router-q-job-change-error = Chwazi kisa k ap pase ak travay la
router-a-job-change-new = M ap kòmanse yon nouvo travay oswa m ap chanje anplwayè
router-a-job-change-details = Tit travay mwen, kantite èdtan mwen travay, sipèvizè mwen oswa adrès anplwayè mwen chanje
router-a-job-change-ended = Travay mwen fini, oswa mwen poko gen travay: konbyen jou chomaj mwen genyen?
router-a-job-change-not-on-training = Mwen poko sou OPT oswa nan fòmasyon pratik: èske m ka pran yon travay?

router-q-travel-need-title = Kisa ou bezwen?
router-q-travel-need-error = Chwazi kisa ou bezwen
router-a-travel-need-visa = Jwenn oswa renouvle yon viza (Fòm DS-160, entèvyou)
router-a-travel-need-arrival-record = Dosye arive I-94 mwen oswa istorik vwayaj mwen
router-a-travel-need-entry = Konnen kilè mwen ka antre Ozetazini pou m kòmanse etid mwen

router-q-message-kind-title = Kisa ou resevwa?
router-q-message-kind-error = Chwazi kisa ou resevwa
router-a-message-kind-portal-email = Yon imèl sou kont SEVP Portal mwen, oswa mwen pa janm resevwa imèl sa a
router-a-message-kind-court-notice = Yon avi odyans oswa yon Avi pou Konparèt (Notice to Appear) tribinal imigrasyon an voye
router-a-message-kind-ice-letter = Yon lèt oswa yon papye ICE sou kijan pou m prezante oswa sou yon randevou kontwòl (check-in)
router-a-message-kind-uscis-notice = Yon avi oswa yon resi USCIS (Fòm I-797)
router-a-message-kind-unsure = Yon imèl, yon mesaj tèks oswa yon lyen (pa egzanp sou “eservice”), e mwen pa sèten si li vre

router-q-money-need-title = Ki lajan sa a konsène?
router-q-money-need-error = Chwazi ki lajan sa a konsène
router-a-money-need-sevis-fee = Frè SEVIS I-901 la: konbyen li koute ak ki kote pou m peye l
router-a-money-need-visa-fee = Frè demann viza a
router-a-money-need-bond = Peye oswa verifye yon kosyon imigrasyon
router-a-money-need-bond-back = Resevwa tounen lajan yon kosyon ki te peye

router-q-role-title = Pou ki demach ou bezwen èd?
router-q-role-error = Chwazi demach ou bezwen èd pou li a
router-a-role-student = Mwen se etidyan F, M oswa J, oswa vizitè echanj
router-a-role-school = Mwen travay pou yon lekòl: kòm ofisyèl lekòl, oswa pou yon lekòl ki vle sètifikasyon SEVP
router-a-role-supervision = Mwen oblije prezante devan ICE, oswa mwen gen yon ka nan tribinal imigrasyon
router-a-role-detained = Imigrasyon mete yon moun mwen konnen nan detansyon
router-a-role-bond = Mwen vle peye oswa verifye yon kosyon imigrasyon
router-a-role-benefit = Mwen bezwen yon viza, yon green card, sitwayènte, yon pèmi travay oswa eta yon ka USCIS
router-a-role-message = Mwen resevwa yon imèl, yon mesaj tèks oswa yon lyen sou “eservice”, e mwen pa sèten si li vre

router-q-student-need-title = Kisa ou bezwen fè?
router-q-student-need-error = Chwazi kisa ou bezwen fè
router-a-student-need-report-opt = Rapòte adrès mwen, nimewo telefòn mwen oswa anplwayè mwen pandan OPT
router-a-student-need-unemployment = Konnen konbyen jou chomaj OPT mwen itilize deja
router-a-student-need-pay-fee = Peye frè SEVIS I-901 la
router-a-student-need-apply-opt = Aplike pou yon pèmi travay: OPT, STEM OPT oswa fòmasyon pratik M-1
router-a-student-need-change-status = Chanje oswa pwolonje estati mwen
router-a-student-need-visa = Jwenn oswa renouvle viza etidyan mwen
router-a-student-need-exchange-program = Yon bagay sou pwogram J-1 mwen oswa sou Fòm DS-2019 mwen
router-a-student-need-arrival-record = Jwenn dosye arive I-94 mwen
router-a-student-need-record-change = Chanje non mwen, dat pwogram mwen, I-20 mwen oswa imèl SEVP Portal mwen
router-a-student-need-status-problem = Yo fèmen dosye SEVIS mwen (terminated), oswa mwen rate yon dat limit

router-q-opt-change-title = Kisa ou bezwen rapòte?
router-q-opt-change-error = Chwazi kisa ou bezwen rapòte
router-a-opt-change-address-phone = Adrès mwen oswa nimewo telefòn mwen
router-a-opt-change-employer = Anplwayè mwen oswa detay travay mwen

router-q-opt-type-title = Ki kalite fòmasyon pratik li ye?
router-q-opt-type-error = Chwazi ki kalite fòmasyon pratik li ye
router-a-opt-type-post-completion = OPT F-1 apre etid (post-completion OPT)
router-a-opt-type-stem = Ekstansyon STEM OPT
router-a-opt-type-m1 = Fòmasyon pratik M-1

router-q-stem-change-title = Kisa k ap chanje?
router-q-stem-change-error = Chwazi kisa k ap chanje
router-a-stem-change-new-employer-or-start-date = Yon nouvo anplwayè, oswa yon nouvo dat kòmansman
router-a-stem-change-other-details = Lòt detay, tankou sipèvizè mwen oswa tit travay mwen

router-q-portal-account-title = Èske ou kreye kont SEVP Portal ou deja?
router-q-portal-account-hint = SEVP voye yon lyen ba ou pa imèl lè OPT ou apwouve epi li kòmanse. Lyen an mache pandan { -fact-sevp-portal-link-valid-days } jou.
router-q-portal-account-error = Chwazi si ou kreye kont SEVP Portal ou deja
router-a-portal-account-yes = Wi, mwen ka konekte
router-a-portal-account-link-expired = Mwen resevwa imèl la, men lyen an ekspire
router-a-portal-account-no-email = Mwen pa janm resevwa imèl la
router-a-portal-account-access-ended = OPT mwen fini depi plis pase { -fact-sevp-portal-access-months-after-opt } mwa

router-q-school-need-title = Kisa ou bezwen fè?
router-q-school-need-error = Chwazi kisa ou bezwen fè
router-a-school-need-student-records = Mete ajou dosye yon etidyan, I-20 li oswa travay OPT li
router-a-school-need-portal-accounts = Ede yon etidyan ak kont SEVP Portal li
router-a-school-need-certification = Sètifye oswa resètifye lekòl la, oswa ajoute ofisyèl lekòl (Fòm I-17)
router-a-school-need-exchange-program = Jere yon pwogram vizitè echanj J-1

router-q-urgent-title = Èske youn nan bagay sa yo vre pou ou?
router-q-urgent-hint = Ou nan detansyon kounye a, ou gen yon lòd depòtasyon final, oswa ou te rate yon odyans nan tribinal imigrasyon oswa yon randevou kontwòl ak ICE (check-in).
router-q-urgent-error = Chwazi wi si youn nan bagay sa yo vre pou ou
router-a-urgent-yes = Wi
router-a-urgent-no = Non

router-q-supervision-need-title = Kisa ou bezwen fè?
router-q-supervision-need-error = Chwazi kisa ou bezwen fè
router-a-supervision-need-check-in = Pran oswa chanje yon randevou kontwòl ak ICE (check-in)
router-a-supervision-need-moved = Di ICE mwen demenaje
router-a-supervision-need-hearing = Jwenn dat odyans mwen oswa eta ka mwen nan tribinal la

router-q-court-case-title = Èske ou gen yon ka nan tribinal imigrasyon?
router-q-court-case-hint = Pa egzanp, ou resevwa yon Avi pou Konparèt (Notice to Appear) oswa yon avi odyans nan men tribinal imigrasyon an.
router-q-court-case-error = Chwazi si ou gen yon ka nan tribinal imigrasyon
router-a-court-case-yes = Wi
router-a-court-case-no = Non
router-a-court-case-not-sure = Mwen pa sèten

router-q-detained-need-title = Kisa ou bezwen fè?
router-q-detained-need-error = Chwazi kisa ou bezwen fè
router-a-detained-need-find = Jwenn ki kote yo kenbe moun nan
router-a-detained-need-post-bond = Peye yon kosyon pou yo ka lage moun nan
router-a-detained-need-legal-help = Jwenn èd legal pou moun nan

router-q-bond-poster-title = Kiyès k ap peye oswa verifye kosyon an?
router-q-bond-poster-error = Chwazi kiyès k ap peye oswa verifye kosyon an
router-a-bond-poster-surety = Yon konpayi kosyon (surety) oswa ajan li
router-a-bond-poster-person = Yon fanmi, yon zanmi, yon avoka oswa yon òganizasyon k ap peye an lajan kach
router-a-bond-poster-own-bond = Moun yo lage a, pou pwòp kosyon depa volontè li oswa pwòp kosyon sipèvizyon li

router-q-benefit-need-title = Kisa ou bezwen?
router-q-benefit-need-error = Chwazi kisa ou bezwen
router-a-benefit-need-case-status = Verifye yon ka USCIS ak yon nimewo resi
router-a-benefit-need-green-card = Yon green card (rezidans pèmanan)
router-a-benefit-need-citizenship = Sitwayènte ameriken
router-a-benefit-need-work-permit = Yon pèmi travay (EAD), enkli OPT
router-a-benefit-need-extend-stay = Pwolonje oswa chanje sejou mwen (Fòm I-539)
router-a-benefit-need-uscis-address = Di USCIS mwen demenaje (Fòm AR-11)
router-a-benefit-need-visa = Yon viza pou vwayaje Ozetazini
router-a-benefit-need-arrival-record = Dosye arive I-94 mwen oswa istorik vwayaj mwen
router-a-benefit-need-court-case = Ka mwen nan tribinal imigrasyon

## Rezilta yo

router-o-sevp-portal-title = Sèvi ak SEVP Portal la
router-o-sevp-portal-answer = Rapòte l ou menm nan SEVP Portal la nan yon delè { -fact-student-report-change-days } jou: chanjman ou rive nan SEVIS touswit.
router-o-sevp-portal-applies-to = Etidyan F-1 ki sou OPT apre etid (post-completion) oswa sou STEM OPT, ak etidyan M-1 ki sou fòmasyon pratik.
router-o-sevp-portal-why = Etidyan ki sou OPT apre etid, STEM OPT oswa fòmasyon pratik M-1 rapòte pwòp adrès yo, nimewo telefòn yo ak anplwayè yo nan SEVP Portal la. Chanjman ou yo rive nan SEVIS touswit.
router-o-sevp-portal-step-1 = Konekte nan SEVP Portal la sou { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Mete ajou adrès kote ou rete a ak adrès lapòs ou, nimewo telefòn ou oswa anplwayè ou.
router-o-sevp-portal-step-3 = Rapòte chak chanjman nan yon delè { -fact-student-report-change-days } jou.
router-o-sevp-portal-step-4 = Si ou demenaje, di USCIS tou ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou: Portal la pa di USCIS anyen.
router-o-sevp-portal-step-5 = Sou STEM OPT, ou pa ka ajoute yon nouvo anplwayè ni chanje yon dat kòmansman nan Portal la: DSO ou dwe revize Fòm I-983 ou anvan.
router-o-sevp-portal-step-6 = Fòmasyon pratik M-1 se pa OPT: li pa gen jou chomaj ki pèmèt, kidonk zouti jou chomaj OPT la pa pou ou. Mande DSO ou sou nenpòt tan ou pa gen travay.
router-o-sevp-portal-step-7 = Sou STEM OPT, ou dwe voye yon rapò validasyon { -fact-stem-validation-report-months-1 }, { -fact-stem-validation-report-months-2 }, { -fact-stem-validation-report-months-3 } ak { -fact-stem-validation-report-months-4 } mwa apre dat kòmansman STEM ou, chak nan yon delè { -fact-stem-validation-report-business-days } jou ouvrab; SEVP voye yon rapèl pa imèl { -fact-stem-validation-reminder-days } jou anvan chak rapò. DSO ou ka di ou kijan lekòl ou resevwa yo.
router-o-sevp-portal-step-8 = Kenbe yon prèv: sove oswa enprime paj ki konfime chanjman ou an.
router-o-sevp-portal-have-ready-1 = SEVIS ID ou (anlè Fòm I-20 ou)
router-o-sevp-portal-have-ready-2 = Nouvo adrès ou oswa nouvo nimewo telefòn ou
router-o-sevp-portal-have-ready-3 = Pou yon anplwayè: non, adrès, EIN (si ou konnen l), dat kòmansman, tit travay, ak non, telefòn ak imèl sipèvizè ou

router-o-student-dso-title = Kontakte DSO lekòl ou
router-o-student-dso-answer = Ofisyèl lekòl deziyen (DSO) lekòl ou a oblije fè sa pou ou: SEVP Portal la pa ka fè l.
router-o-student-dso-applies-to = Etidyan F-1 ak M-1. Vizitè echanj J-1 mande ofisye responsab (responsible officer) sponsò yo pito.
router-o-student-dso-why = Ofisyèl lekòl deziyen ou (DSO) jere dosye SEVIS ou. Se sèlman yon DSO ki ka voye ankò yon lyen SEVP Portal ki ekspire, chanje imèl Portal ou, anrejistre yon chanjman non, mete I-20 ou ajou, oswa revize Fòm I-983 anvan yon anplwayè oswa yon dat kòmansman STEM OPT chanje.
router-o-student-dso-step-1 = Kontakte biwo etidyan entènasyonal lekòl ou epi mande pou pale ak yon DSO.
router-o-student-dso-step-2 = Di sa ou bezwen epi bay SEVIS ID ou.
router-o-student-dso-step-3 = Si lyen Portal ou ekspire, mande DSO a pou l voye imèl kont lan ankò; nouvo lyen an mache pandan { -fact-sevp-portal-link-valid-days } jou.
router-o-student-dso-step-4 = Chanjman yon DSO fè rive nan SEVP Portal la yon fwa pa jou.
router-o-student-dso-step-5 = Imèl kont SEVP Portal la vini sèlman lè OPT ou apwouve epi li kòmanse (dat kòmansman ki sou EAD ou). Si OPT ou poko kòmanse, pa gen anyen ki mal: tann jouk lè sa a.
router-o-student-dso-step-6 = Si ou demenaje, di USCIS tou ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou: ni lekòl ou ni SEVP Portal la pa di USCIS anyen.
router-o-student-dso-have-ready-1 = SEVIS ID ou ak Fòm I-20 ou
router-o-student-dso-have-ready-2 = Chanjman an ak dat li fèt
router-o-student-dso-have-ready-3 = Pou yon nouvo anplwayè STEM OPT: yon Fòm I-983 ki ranpli

router-o-sevis-title = Sèvi ak SEVIS (ofisyèl lekòl)
router-o-sevis-answer = Nan SEVIS, ak pwòp idantifyan koneksyon pa w: se la ofisyèl lekòl yo mete dosye etidyan yo ajou epi jere kont Portal yo. SEVP Portal la se pou etidyan sèlman.
router-o-sevis-applies-to = PDSO ak DSO lekòl ki gen sètifikasyon SEVP.
router-o-sevis-why = Se sèlman PDSO ak DSO SEVP apwouve ki ka sèvi ak SEVIS, chak ak pwòp idantifyan koneksyon pa yo. Se la ou mete dosye etidyan yo ak travay OPT yo ajou, epi ou jere kont Portal yo: voye imèl kont lan ankò, debloke yon kont, chanje imèl Portal yon etidyan, telechaje rapò chanjman etidyan yo fè yo, epi wè kiyès ki gen yon kont. DSO pa ka sèvi ak SEVP Portal la li menm.
router-o-sevis-step-1 = Konekte nan SEVIS ak pwòp kont pa w. Pa janm pataje idantifyan koneksyon.
router-o-sevis-step-2 = Mete dosye etidyan an ajou nan yon delè { -fact-dso-sevis-update-days } jou apre yon chanjman.
router-o-sevis-step-3 = Pou pwoblèm ak Portal la, voye imèl kont lan ankò, debloke kont lan oswa chanje imèl Portal la.
router-o-sevis-step-4 = Sant Repons SEVP (SEVP Response Center): { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, lendi rive vandredi, soti { -fact-sevp-response-center-opens-am }è dimaten rive { -fact-sevp-response-center-closes-pm }è diswa, lè Lès (Eastern Time).
router-o-sevis-have-ready-1 = Pwòp idantifyan koneksyon SEVIS pa w
router-o-sevis-have-ready-2 = SEVIS ID etidyan an
router-o-sevis-have-ready-3 = Kisa ki chanje ak kilè

router-o-sevp-certification-title = Sètifikasyon lekòl SEVP (Fòm I-17)
router-o-sevp-certification-answer = Ak Fòm I-17 nan SEVIS, se ofisyèl lekòl deziyen prensipal (PDSO) lekòl la ki soumèt li. Sètifikasyon an dwe renouvle chak { -fact-sevp-recertification-years } an.
router-o-sevp-certification-applies-to = Lekòl ki enskri, oswa ki vle enskri, etidyan F oswa M. Pou pwogram J-1 yo, se Depatman Deta ki deziyen yo.
router-o-sevp-certification-why = Chak lekòl ki enskri etidyan F oswa M dwe gen sètifikasyon SEVP ak Fòm I-17 nan SEVIS, epi li dwe resètifye chak { -fact-sevp-recertification-years } an. Se sèlman PDSO kanpis prensipal la ki soumèt I-17 la, epi se lè yo mete l ajou yo ajoute ofisyèl lekòl.
router-o-sevp-certification-step-1 = PDSO a konekte nan SEVIS epi li louvri Fòm I-17 lekòl la.
router-o-sevp-certification-step-2 = Resètifye chak { -fact-sevp-recertification-years } an: SEVIS voye yon avi { -fact-sevp-recertification-notice-days } jou anvan sètifikasyon an ekspire.
router-o-sevp-certification-step-3 = Pou ajoute yon DSO, mete I-17 la ajou. Chak ofisyèl bezwen prèv sitwayènte ameriken oswa rezidans pèmanan.
router-o-sevp-certification-step-4 = PDSO a verifye ofisyèl lekòl la chak ane, ant { -fact-sevis-annual-verification-opens-day } desanm ak { -fact-sevis-annual-verification-closes-day } mas.
router-o-sevp-certification-have-ready-1 = Kòd lekòl la
router-o-sevp-certification-have-ready-2 = Idantifyan koneksyon SEVIS PDSO a
router-o-sevp-certification-have-ready-3 = Pou nouvo ofisyèl: prèv sitwayènte ameriken oswa rezidans pèmanan

router-o-ice-check-in-title = Sèvi ak check-in ICE sou entènèt
router-o-ice-check-in-answer = Wi, ou ka pran oswa chanje randevou kontwòl ou ak ICE (check-in) sou entènèt. Lè ou pran randevou a sou entènèt, ou respekte kondisyon liberasyon ou, menm si pwochen dat ki disponib la vin apre dat ki sou papye ou yo.
router-o-ice-check-in-applies-to = Moun ICE lage anba sipèvizyon, oswa moun ki nan pwosedi depòtasyon, ki dwe prezante devan ICE.
router-o-ice-check-in-why = Moun ICE lage anba sipèvizyon pran oswa chanje randevou kontwòl yo nan biwo ERO lokal yo sou entènèt. Lè ou pran randevou a sou entènèt, ou respekte kondisyon liberasyon ou, menm si pwochen randevou ki disponib la vin apre dat ki sou papye ou yo.
router-o-ice-check-in-step-1 = Ale sou { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = Pou premye randevou ou, sèvi ak enfòmasyon ki sou Fòm I-385 ou, enkli Subject ID ou.
router-o-ice-check-in-step-3 = Chwazi yon dat ak yon lè nan biwo ERO ou, oswa chanje yon randevou ou genyen deja.
router-o-ice-check-in-step-4 = Kenbe konfimasyon an. Sit la disponib an angle, an panyòl, an pòtigè, an kreyòl ayisyen ak an franse.
router-o-ice-check-in-have-ready-1 = Fòm I-385 ou ak Subject ID ou
router-o-ice-check-in-have-ready-2 = A-Number ou (nimewo dosye imigrasyon ou)
router-o-ice-check-in-have-ready-3 = Dat nesans ou

router-o-ice-change-of-address-with-court-title = Di ICE ou demenaje — epi di tribinal la ak USCIS apa
router-o-ice-change-of-address-with-court-answer = Di ICE nan yon delè { -fact-ice-address-change-business-days } jou ouvrab, di tribinal imigrasyon an ak Fòm EOIR-33 nan yon delè { -fact-eoir-33-working-days } jou ouvrab, epi di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou: youn pa mete lòt yo ajou.
router-o-ice-change-of-address-with-court-applies-to = Moun ki anba sipèvizyon ICE epi ki gen yon ka nan tribinal imigrasyon.
router-o-ice-change-of-address-with-court-why = Lè ou mete adrès ou ajou ak ICE, sa pa mete l ajou nan tribinal imigrasyon an ni nan USCIS. Chak bezwen pwòp demach pa l, ak pwòp dat limit pa l.
router-o-ice-change-of-address-with-court-step-1 = Bay ICE nouvo adrès ou sou { -fact-ice-check-in-address } (oswa sou fòm chanjman adrès ICE genyen sou entènèt la). Paj ICE a di pou fè sa nan yon delè { -fact-ice-address-change-business-days } jou ouvrab.
router-o-ice-change-of-address-with-court-step-2 = Di tribinal imigrasyon an ak Fòm EOIR-33 nan yon delè { -fact-eoir-33-working-days } jou ouvrab. Ou ka soumèt li sou entènèt atravè EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou, epi mete chak ka USCIS ki an atant ajou apa.
router-o-ice-change-of-address-with-court-step-4 = Kenbe yon kopi oswa yon foto ekran (screenshot) chak konfimasyon.
router-o-ice-change-of-address-with-court-have-ready-1 = A-Number ou (nimewo dosye imigrasyon ou)
router-o-ice-change-of-address-with-court-have-ready-2 = Ansyen adrès ou ak nouvo adrès ou, ak dat ou demenaje
router-o-ice-change-of-address-with-court-have-ready-3 = Nimewo resi tout ka USCIS ki an atant

router-o-ice-change-of-address-title = Di ICE ou demenaje — epi di tribinal la ak USCIS apa
router-o-ice-change-of-address-answer = Di ICE nan yon delè { -fact-ice-address-change-business-days } jou ouvrab, epi di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou: youn pa mete lòt la ajou.
router-o-ice-change-of-address-applies-to = Moun ki anba sipèvizyon ICE ki pa gen ka nan tribinal imigrasyon.
router-o-ice-change-of-address-why = Lè ou mete adrès ou ajou ak ICE, sa pa mete l ajou nan tribinal imigrasyon an ni nan USCIS. Chak bezwen pwòp demach pa l, ak pwòp dat limit pa l.
router-o-ice-change-of-address-step-1 = Bay ICE nouvo adrès ou sou { -fact-ice-check-in-address } (oswa sou fòm chanjman adrès ICE genyen sou entènèt la). Paj ICE a di pou fè sa nan yon delè { -fact-ice-address-change-business-days } jou ouvrab.
router-o-ice-change-of-address-step-2 = Di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou, epi mete chak ka USCIS ki an atant ajou apa.
router-o-ice-change-of-address-step-3 = Kenbe yon kopi oswa yon foto ekran (screenshot) chak konfimasyon.
router-o-ice-change-of-address-have-ready-1 = A-Number ou (nimewo dosye imigrasyon ou)
router-o-ice-change-of-address-have-ready-2 = Ansyen adrès ou ak nouvo adrès ou, ak dat ou demenaje
router-o-ice-change-of-address-have-ready-3 = Nimewo resi tout ka USCIS ki an atant

router-o-ice-change-of-address-court-unsure-title = Di ICE ou demenaje — epi di tribinal la ak USCIS apa
router-o-ice-change-of-address-court-unsure-answer = Di ICE nan yon delè { -fact-ice-address-change-business-days } jou ouvrab ak USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou, epi chèche konnen jodi a si ou gen yon ka nan tribinal: tribinal la bezwen pwòp fòm pa l.
router-o-ice-change-of-address-court-unsure-applies-to = Moun ki anba sipèvizyon ICE ki pa konnen si yo gen yon ka nan tribinal imigrasyon.
router-o-ice-change-of-address-court-unsure-why = Lè ou mete adrès ou ajou ak ICE, sa pa mete l ajou nan tribinal imigrasyon an ni nan USCIS. Chak bezwen pwòp demach pa l, ak pwòp dat limit pa l.
router-o-ice-change-of-address-court-unsure-step-1 = Bay ICE nouvo adrès ou sou { -fact-ice-check-in-address } (oswa sou fòm chanjman adrès ICE genyen sou entènèt la). Paj ICE a di pou fè sa nan yon delè { -fact-ice-address-change-business-days } jou ouvrab.
router-o-ice-change-of-address-court-unsure-step-2 = Chèche konnen si ou gen yon ka nan tribinal: rele { -fact-eoir-hotline-phone } ak A-Number ou. Si ou genyen youn, soumèt Fòm EOIR-33 nan yon delè { -fact-eoir-33-working-days } jou ouvrab.
router-o-ice-change-of-address-court-unsure-step-3 = Di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou, epi mete chak ka USCIS ki an atant ajou apa.
router-o-ice-change-of-address-court-unsure-step-4 = Kenbe yon kopi oswa yon foto ekran (screenshot) chak konfimasyon.
router-o-ice-change-of-address-court-unsure-have-ready-1 = A-Number ou (nimewo dosye imigrasyon ou)
router-o-ice-change-of-address-court-unsure-have-ready-2 = Ansyen adrès ou ak nouvo adrès ou, ak dat ou demenaje
router-o-ice-change-of-address-court-unsure-have-ready-3 = Nimewo resi tout ka USCIS ki an atant

router-o-cebonds-title = Peye oswa verifye yon kosyon kach ak CeBONDS
router-o-cebonds-answer = Yo peye epi verifye kosyon kach sou entènèt nan CeBONDS, sou paj kosyon ICE a, pa Fedwire oswa ACH.
router-o-cebonds-applies-to = Fanmi, zanmi, sitwayen ameriken, rezidan pèmanan, kabinè avoka ak òganizasyon san bi likratif k ap peye yon kosyon kach, ak moun k ap peye pwòp kosyon depa volontè oswa kosyon sipèvizyon yo.
router-o-cebonds-why = CeBONDS se sistèm piblik ICE pou verifye kosyon epi peye kosyon kach (kosyon livrezon, kosyon depa volontè ak kosyon lòd sipèvizyon). Fanmi, rezidan pèmanan, sitwayen ameriken, kabinè avoka ak òganizasyon san bi likratif ka sèvi ak li, epi yon moun ki pa sitwayen ka peye pwòp kosyon depa volontè oswa kosyon sipèvizyon li.
router-o-cebonds-step-1 = Louvri paj kosyon ICE a epi ale nan CeBONDS.
router-o-cebonds-step-2 = Verifye kosyon an ak detay moun kosyon an pou li a.
router-o-cebonds-step-3 = Peye pa Fedwire oswa ACH.
router-o-cebonds-step-4 = Voye (upload) dokiman ki montre ou ka obligor la (moun ki peye a).
router-o-cebonds-step-5 = Si adrès obligor la chanje pita, sèvi ak Fòm I-333.
router-o-cebonds-have-ready-1 = A-Number moun ki nan detansyon an
router-o-cebonds-have-ready-2 = Montan ak kalite kosyon an
router-o-cebonds-have-ready-3 = Enfòmasyon bank pou Fedwire oswa ACH
router-o-cebonds-have-ready-4 = Dokiman idantite ou

router-o-ebonds-title = eBONDS se pou konpayi kosyon sèlman
router-o-ebonds-answer = Se sèlman konpayi kosyon (surety) ak ajan yo ki sèvi ak eBONDS: tout lòt moun sèvi ak CeBONDS.
router-o-ebonds-applies-to = Konpayi kosyon ak ajan yo.
router-o-ebonds-why = Se konpayi kosyon ak ajan yo ki sèvi ak eBONDS (Fòm I-352SA). Fanmi ak lòt moun k ap peye yon kosyon kach sèvi ak CeBONDS pito.
router-o-ebonds-step-1 = Ajan konpayi kosyon yo konekte sou { -fact-ebonds-host }.
router-o-ebonds-step-2 = Si ou pa yon konpayi kosyon, sèvi ak CeBONDS sou paj kosyon ICE a.
router-o-ebonds-have-ready-1 = Kont eBONDS konpayi kosyon ou
router-o-ebonds-have-ready-2 = Enfòmasyon pou Fòm I-352SA

router-o-detainee-locator-title = Jwenn moun nan ak Online Detainee Locator la
router-o-detainee-locator-answer = Chèche nan Online Detainee Locator ICE a (zouti sou entènèt pou jwenn moun ki nan detansyon) ak A-Number moun nan, oswa ak non li ak peyi kote li fèt: li montre ki kote yo kenbe moun nan.
router-o-detainee-locator-applies-to = Nenpòt moun k ap chèche yon granmoun ICE kenbe, oswa yon granmoun CBP kenbe pandan { -fact-detainee-locator-cbp-custody-hours } èdtan oswa plis.
router-o-detainee-locator-why = Online Detainee Locator ICE a chèche moun ki anba gad ICE, ak moun CBP kenbe pandan { -fact-detainee-locator-cbp-custody-hours } èdtan oswa plis. Ou pa bezwen kont pou sèvi ak li, epi li pa montre moun ki gen mwens pase { -fact-detainee-locator-minimum-age } an.
router-o-detainee-locator-step-1 = Ale sou { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Chèche ak A-Number lan ak peyi kote moun nan fèt, oswa ak prenon, non fanmi ak peyi kote li fèt.
router-o-detainee-locator-step-3 = Ekri non sant detansyon an ak nimewo telefòn li pou òganize vizit ak èd legal.
router-o-detainee-locator-step-4 = Pou èd legal gratis, gade lis founisè sèvis legal gratis tribinal imigrasyon an (EOIR): w ap jwenn lyen an anba a. Pa janm sèvi ak yon “notario”: yo pa avoka.
router-o-detainee-locator-step-5 = Locator a disponib nan { -fact-detainee-locator-languages } lang.
router-o-detainee-locator-have-ready-1 = A-Number moun nan, si ou konnen l
router-o-detainee-locator-have-ready-2 = Non moun nan jan li ekri sou dokiman li yo
router-o-detainee-locator-have-ready-3 = Peyi kote moun nan fèt

router-o-i901-fee-title = Peye frè SEVIS I-901 la sou { -fact-i901-fee-host }
router-o-i901-fee-answer = Kopi sit ofisyèl la nou te sere a te di { -fact-i901-fee-f-m } dola ameriken pou etidyan F ak M, { -fact-i901-fee-j } dola ameriken pou pifò vizitè echanj J, ak { -fact-i901-fee-j-special } dola ameriken pou kèk kategori J. Verifye montan an lè ou peye sou { -fact-i901-fee-host }.
router-o-i901-fee-applies-to = Moun k ap aplike pou F-1, M-1 ak J-1, anvan entèvyou viza a. Se pa frè viza a, ni yon frè lekòl.
router-o-i901-fee-why = Frè SEVIS I-901 la apa de frè viza a ak frè lekòl yo. Yo peye l sou { -fact-i901-fee-host }, sit peman ofisyèl la, menm si adrès li fini ak .com.
router-o-i901-fee-step-1 = Ale sou { -fact-i901-fee-host }, epi tape adrès la ou menm.
router-o-i901-fee-step-2 = Antre enfòmasyon ou egzakteman jan yo ekri sou Fòm I-20 oswa DS-2019 ou.
router-o-i901-fee-step-3 = Peye epi enprime resi a. Ou ka enprime l ankò pita ak SEVIS ID ou, non fanmi ou ak dat nesans ou.
router-o-i901-fee-step-4 = Frè yo chanje: verifye montan an sou sit ofisyèl la. (Kopi nou te sere a te di: F ak M, { -fact-i901-fee-f-m } dola ameriken; J, { -fact-i901-fee-j } dola ameriken; kèk kategori J, { -fact-i901-fee-j-special } dola ameriken.)
router-o-i901-fee-have-ready-1 = SEVIS ID ou
router-o-i901-fee-have-ready-2 = Fòm I-20 oswa DS-2019 ou
router-o-i901-fee-have-ready-3 = Yon fason pou peye sou entènèt

router-o-uscis-case-status-title = Verifye ka ou sou sit entènèt USCIS la
router-o-uscis-case-status-answer = Verifye l sou entènèt, sou sit USCIS la, ak nimewo resi ki sou avi ou a: ICE ak tribinal imigrasyon an pa ka di ou sa.
router-o-uscis-case-status-applies-to = Nenpòt moun ki gen yon demann oswa yon petisyon nan USCIS.
router-o-uscis-case-status-why = Pou eta yon ka USCIS, ou bezwen nimewo resi ki sou avi ou a: { -fact-receipt-number-letters } lèt ak { -fact-receipt-number-digits } chif, tankou EAC2190000001. ICE ak tribinal imigrasyon an pa swiv ka USCIS yo.
router-o-uscis-case-status-step-1 = Jwenn nimewo resi a sou avi USCIS ou a (Fòm I-797).
router-o-uscis-case-status-step-2 = Verifye eta ka a sou { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = Sant Kontak USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Nimewo resi ou

router-o-uscis-citizenship-title = Se USCIS ki okipe sitwayènte
router-o-uscis-citizenship-answer = Sitwayènte (natiralizasyon) se yon demann ou fè nan USCIS, pa nan ICE.
router-o-uscis-citizenship-applies-to = Rezidan pèmanan (moun ki gen green card).
router-o-uscis-citizenship-why = Demann pou sitwayènte ameriken (natiralizasyon) ale nan USCIS, pa nan ICE.
router-o-uscis-citizenship-step-1 = Li paj sou sitwayènte yo sou { -fact-uscis-host } anvan ou aplike.
router-o-uscis-citizenship-step-2 = Si yo te janm arete ou, mete ou nan detansyon oswa bay lòd pou depòte ou, pale ak yon avoka anvan ou aplike.
router-o-uscis-citizenship-step-3 = Sant Kontak USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Green card ou
router-o-uscis-citizenship-have-ready-2 = A-Number ou (nimewo dosye imigrasyon ou)

router-o-uscis-green-card-title = Se USCIS ki okipe green card
router-o-uscis-green-card-answer = Se nan USCIS ou aplike pou green card, pa nan ICE. Si ou nan yon pwosedi nan tribinal imigrasyon, se tribinal la ki ka deside pito.
router-o-uscis-green-card-applies-to = Moun k ap chèche rezidans pèmanan.
router-o-uscis-green-card-why = Demann pou rezidans pèmanan (green card) ale nan USCIS, pa nan ICE.
router-o-uscis-green-card-step-1 = Li paj sou green card yo sou { -fact-uscis-host } pou w wè ki fason pou aplike ki bon pou ou.
router-o-uscis-green-card-step-2 = Si ou nan yon pwosedi nan tribinal imigrasyon, pale ak yon avoka: se tribinal la ki ka deside pito.
router-o-uscis-green-card-step-3 = Sant Kontak USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Paspò ou ak I-94 ou
router-o-uscis-green-card-have-ready-2 = Tout nimewo resi demann ou te fè anvan yo

router-o-uscis-work-permit-title = Aplike pou yon pèmi travay (Fòm I-765) nan USCIS
router-o-uscis-work-permit-answer = Se USCIS ki bay pèmi travay (EAD), ak Fòm I-765. Ou ka kòmanse travay sèlman lè EAD ou apwouve epi dat kòmansman li rive.
router-o-uscis-work-permit-applies-to = Etidyan F-1 k ap aplike pou OPT oswa STEM OPT, ak nenpòt lòt moun ki bezwen yon EAD. Etidyan M-1: fòmasyon pratik gen pwòp règ pa l.
router-o-uscis-work-permit-why = Se USCIS ki deside pèmi travay, enkli OPT ak STEM OPT. SEVP Portal la pa bay OPT: DSO ou rekòmande l anvan nan SEVIS, apre sa ou soumèt Fòm I-765 bay USCIS.
router-o-uscis-work-permit-step-1 = Etidyan: mande DSO ou rekòmandasyon pou OPT oswa STEM OPT (yon nouvo Fòm I-20).
router-o-uscis-work-permit-step-2 = OPT apre etid: soumèt Fòm I-765 jiska { -fact-opt-filing-days-before-program-end } jou anvan ak pa pita pase { -fact-opt-filing-days-after-program-end } jou apre dat pwogram ou fini, epi nan yon delè { -fact-opt-filing-days-after-recommendation } jou apre rekòmandasyon DSO ou.
router-o-uscis-work-permit-step-3 = STEM OPT: soumèt li jiska { -fact-stem-opt-filing-days-before-ead-end } jou anvan EAD OPT ou fini (USCIS dwe resevwa l anvan li fini), nan yon delè { -fact-stem-opt-filing-days-after-recommendation } jou apre rekòmandasyon an. Si ou soumèt li a tan, otorizasyon ou pou travay kontinye pandan jiska { -fact-stem-opt-timely-filing-extension-days } jou pandan USCIS ap deside.
router-o-uscis-work-permit-step-4 = Zouti dat limit nou an kalkile dat sa yo pou ou; verifye yo ak DSO ou.
router-o-uscis-work-permit-step-5 = Lè OPT ou apwouve epi li kòmanse (dat kòmansman ki sou EAD ou), SEVP voye yon lyen ba ou pa imèl pou w kreye kont SEVP Portal ou.
router-o-uscis-work-permit-have-ready-1 = Fòm I-20 ak rekòmandasyon DSO a
router-o-uscis-work-permit-have-ready-2 = Paspò ou ak I-94 ou
router-o-uscis-work-permit-have-ready-3 = Kat EAD ou genyen kounye a (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Pwolonje oswa chanje sejou ou nan USCIS (Fòm I-539)
router-o-uscis-change-or-extend-stay-answer = Ou ka rete jiska dat “admit until” ki sou I-94 ou (etidyan: D/S, toutotan yo kenbe estati yo). Pou rete pi lontan, fè yon demann nan USCIS, anjeneral ak Fòm I-539, anvan dat sa a.
router-o-uscis-change-or-extend-stay-applies-to = Vizitè ak lòt moun ki pa imigran ki Ozetazini. Etidyan pale ak DSO yo anvan.
router-o-uscis-change-or-extend-stay-why = Chanje oswa pwolonje estati ou se yon demann nan USCIS, anjeneral ak Fòm I-539. Etidyan ta dwe pale ak DSO yo anvan.
router-o-uscis-change-or-extend-stay-step-1 = Gade paj I-539 la sou { -fact-uscis-host } pou konnen kiyès ki ka soumèt li ak kilè.
router-o-uscis-change-or-extend-stay-step-2 = Soumèt li anvan dat “admit until” ki sou I-94 ou a pase.
router-o-uscis-change-or-extend-stay-step-3 = Sant Kontak USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = I-94 ou
router-o-uscis-change-or-extend-stay-have-ready-2 = Paspò ou
router-o-uscis-change-or-extend-stay-have-ready-3 = Etidyan: Fòm I-20 ou

router-o-uscis-address-change-title = Di USCIS ou demenaje (Fòm AR-11)
router-o-uscis-address-change-answer = Soumèt Fòm AR-11 bay USCIS nan yon delè { -fact-ar-11-days } jou apre ou demenaje, epi mete chak ka ki an atant ajou.
router-o-uscis-address-change-applies-to = Pifò moun ki pa sitwayen ki Ozetazini. Etidyan di lekòl yo tou; moun ki anba sipèvizyon ICE di ICE tou.
router-o-uscis-address-change-why = Pifò moun ki pa sitwayen dwe di USCIS nan yon delè { -fact-ar-11-days } jou apre yo demenaje, epi mete chak ka ki an atant ajou apa. Sa pa mete ICE ni tribinal imigrasyon an ajou.
router-o-uscis-address-change-step-1 = Chanje adrès ou sou { -fact-uscis-address-change-address } nan yon delè { -fact-ar-11-days } jou.
router-o-uscis-address-change-step-2 = Mete chak ka ki an atant ajou ak nimewo resi li.
router-o-uscis-address-change-step-3 = Si ou prezante devan ICE tou oswa ou gen yon ka nan tribinal, di yo sa apa.
router-o-uscis-address-change-have-ready-1 = Ansyen adrès ou ak nouvo adrès ou
router-o-uscis-address-change-have-ready-2 = Nimewo resi ka ki an atant yo
router-o-uscis-address-change-have-ready-3 = A-Number ou, si ou genyen youn

router-o-state-visa-title = Se Depatman Deta ki okipe viza
router-o-state-visa-answer = Se sèlman anbasad ak konsila Etazini ki andeyò Etazini (Depatman Deta) ki bay viza, pa ICE ni USCIS. Etidyan ka antre jiska { -fact-entry-days-before-program-start } jou anvan pwogram yo kòmanse.
router-o-state-visa-applies-to = Nenpòt moun ki bezwen yon viza pou antre, enkli etidyan F, M ak J ak vizitè echanj.
router-o-state-visa-why = Se anbasad ak konsila Etazini ki nan Depatman Deta ki okipe demann viza (Fòm DS-160), entèvyou ak so viza, epi yo bay viza sèlman andeyò Etazini. Viza a se pou antre; konbyen tan ou ka rete ekri sou I-94 ou.
router-o-state-visa-step-1 = Kòmanse sou paj viza ameriken Depatman Deta a (lyen an anba a), apre sa sèvi ak sit anbasad oswa konsila Etazini kote ou pral aplike a.
router-o-state-visa-step-2 = Etidyan ak vizitè echanj: peye frè SEVIS I-901 la anvan entèvyou a, epi pote Fòm I-20 oswa DS-2019 ou.
router-o-state-visa-step-3 = Etidyan ka antre Ozetazini jiska { -fact-entry-days-before-program-start } jou anvan dat kòmansman pwogram ki sou Fòm I-20 yo.
router-o-state-visa-step-4 = ICE pa bay viza.
router-o-state-visa-have-ready-1 = Paspò ou
router-o-state-visa-have-ready-2 = Fòm I-20 oswa DS-2019 (etidyan ak vizitè echanj)
router-o-state-visa-have-ready-3 = Resi frè I-901 la (etidyan ak vizitè echanj)

router-o-state-exchange-sponsor-title = Pwogram J-1: sponsò ou ak Depatman Deta
router-o-state-exchange-sponsor-answer = Mande ofisye responsab (responsible officer) sponsò pwogram J-1 ou a: se sponsò a, Depatman Deta deziyen, ki jere Fòm DS-2019 ou ak dosye SEVIS ou. SEVP ak SEVP Portal la pa fè sa.
router-o-state-exchange-sponsor-applies-to = Vizitè echanj J-1 ak sponsò yo. Etidyan F-1 ak M-1 mande DSO yo.
router-o-state-exchange-sponsor-why = Se Depatman Deta ki deziyen sponsò vizitè echanj J yo, pa SEVP. Se ofisyèl sponsò a ki bay Fòm DS-2019 epi ki mete l ajou.
router-o-state-exchange-sponsor-step-1 = Vizitè echanj: kontakte ofisye responsab sponsò pwogram ou a sou DS-2019 ou, yon demenajman, yon travay oswa yon chanjman nan plan ou, epi mande konbyen tan ou ka rete.
router-o-state-exchange-sponsor-step-2 = Si ou demenaje, di USCIS tou ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou.
router-o-state-exchange-sponsor-step-3 = Sponsò: kesyon sou deziyasyon ale nan pwogram vizitè echanj Depatman Deta a (lyen an anba a).
router-o-state-exchange-sponsor-step-4 = Vizitè J yo peye frè SEVIS I-901 la sou { -fact-i901-fee-host } menm jan an.
router-o-state-exchange-sponsor-have-ready-1 = Fòm DS-2019
router-o-state-exchange-sponsor-have-ready-2 = SEVIS ID ou

router-o-cbp-i94-title = Jwenn I-94 ou nan CBP
router-o-cbp-i94-answer = Jwenn li ou menm sou sit I-94 CBP a: ICE pa ka ba ou li.
router-o-cbp-i94-applies-to = Nenpòt moun yo admèt Ozetazini ak yon I-94: pifò vizitè, etidyan, vizitè echanj ak travayè.
router-o-cbp-i94-why = Dosye arive I-94 ou ak istorik vwayaj ou soti nan Ladwàn ak Pwoteksyon Fwontyè Etazini (CBP), pa nan ICE.
router-o-cbp-i94-step-1 = Ale sou { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Antre enfòmasyon ou egzakteman jan yo ye nan paspò ou te itilize pou antre a.
router-o-cbp-i94-step-3 = Verifye kategori admisyon ou ak dat “admit until” la (oswa D/S).
router-o-cbp-i94-step-4 = Si sit la pa jwenn okenn dosye, eseye ankò ak chak fason yo ekri non ou, ak lòt paspò ou si ou genyen de, epi ak dat ou antre dènye fwa a. Si li toujou pa jwenn anyen, kontakte CBP sou menm sit la: ni sit sa a ni ICE pa ka korije yon I-94.
router-o-cbp-i94-have-ready-1 = Paspò ou te itilize pou antre Ozetazini an

router-o-eoir-title = Ka ou nan tribinal imigrasyon (EOIR)
router-o-eoir-answer = Se tribinal imigrasyon an (EOIR) ki gen dat odyans ou: rele { -fact-eoir-hotline-phone } ak A-Number ou. Yon randevou kontwòl ICE (check-in) ak yon odyans nan tribinal se de bagay separe: ale nan toude.
router-o-eoir-applies-to = Moun ki gen yon ka nan tribinal imigrasyon (yon Avi pou Konparèt oswa yon avi odyans).
router-o-eoir-why = Se Biwo Egzekitif pou Revizyon Imigrasyon (EOIR), ki fè pati Depatman Lajistis, ki okipe odyans nan tribinal imigrasyon, eta ka nan tribinal, chanjman adrès (Fòm EOIR-33) ak apèl — se pa ICE. Yon randevou kontwòl ICE ak yon odyans nan tribinal se de bagay separe: ou ka gen toude.
router-o-eoir-step-1 = Rele { -fact-eoir-hotline-phone } pou konnen dat odyans ou ak eta ka ou. Antre A-Number ou ak { -fact-a-number-digits } chif, san lèt A a.
router-o-eoir-step-2 = Si ou demenaje, soumèt Fòm EOIR-33 nan yon delè { -fact-eoir-33-working-days } jou ouvrab (sou entènèt atravè EOIR Respondent Access).
router-o-eoir-step-3 = Pa rate okenn odyans. Si ou pa ka ale, pale ak yon avoka touswit.
router-o-eoir-have-ready-1 = A-Number ou (nimewo dosye imigrasyon ou)
router-o-eoir-have-ready-2 = Avi odyans ou oswa Avi pou Konparèt (Notice to Appear) ou

router-o-urgent-legal-help-title = Jwenn èd legal kounye a
router-o-urgent-legal-help-answer = Pale ak yon avoka imigrasyon oswa yon reprezantan akredite kounye a, epi pandan tan sa a, kontinye ale nan chak randevou kontwòl ak ICE ak nan chak odyans nan tribinal.
router-o-urgent-legal-help-applies-to = Nenpòt moun ki nan detansyon, ki gen yon lòd depòtasyon, ki gen yon dosye SEVIS yo fèmen (terminated), oswa ki rate yon odyans, yon randevou kontwòl oswa yon dat limit.
router-o-urgent-legal-help-why = Detansyon, yon lòd depòtasyon, yon dosye yo fèmen, oswa yon odyans, yon randevou kontwòl oswa yon dat limit ou rate ka gen konsekans grav byen vit. Yon avoka imigrasyon oswa yon reprezantan akredite nan yon òganizasyon Depatman Lajistis (DOJ) rekonèt ka konseye ou. Pa janm fè yon “notario” konfyans: yo pa avoka.
router-o-urgent-legal-help-step-1 = Kontakte yon avoka imigrasyon, oswa yon òganizasyon Depatman Lajistis rekonèt ki gen reprezantan akredite. W ap jwenn lyen lis founisè sèvis legal gratis tribinal imigrasyon an (EOIR) anba a.
router-o-urgent-legal-help-step-2 = Si ou gen yon lòd depòtasyon, kontinye ale nan randevou kontwòl ou yo ak ICE epi swiv enstriksyon ki sou papye ou yo: èd legal pa ranplase yo.
router-o-urgent-legal-help-step-3 = Etidyan ki gen yon pwoblèm SEVIS: pale ak DSO ou jodi a tou (vizitè echanj J-1: ak ofisye responsab sponsò ou).
router-o-urgent-legal-help-step-4 = Si yon moun nan detansyon, chèche ki kote li ye ak Online Detainee Locator la.
router-o-urgent-legal-help-step-5 = Pa siyen papye ou pa konprann.
router-o-urgent-legal-help-have-ready-1 = Chak avi oswa lèt ou resevwa
router-o-urgent-legal-help-have-ready-2 = A-Number ou oswa SEVIS ID ou
router-o-urgent-legal-help-have-ready-3 = Dat odyans, randevou kontwòl oswa dat limit yo

router-o-phishing-warning-title = Verifye anvan ou klike: li ka pa ofisyèl
router-o-phishing-warning-answer = Pa sèvi ak li jiskaske ou fin verifye l: gen sit ki pa ofisyèl, ki sanble ak sit ofisyèl yo, ki sèvi ak non “eservice”.
router-o-phishing-warning-applies-to = Nenpòt moun ki resevwa yon lyen, yon imèl oswa yon mesaj tèks sou ICE, SEVP oswa “eservice”.
router-o-phishing-warning-why = Plizyè sit ki pa ofisyèl sèvi ak non “eservice”, epi okenn paj ofisyèl pa dekri sa ki sou eservice.ice.gov. Sèvis ICE sou entènèt yo sou adrès ofisyèl sit sa a bay yo, epi imèl SEVP Portal soti sèlman nan { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = Pa konekte, pa peye, ni pa voye dokiman atravè lyen an.
router-o-phishing-warning-step-2 = Verifye adrès la oswa moun ki voye l la ak verifikatè lyen nou an.
router-o-phishing-warning-step-3 = Tape adrès ofisyèl la ou menm: { -fact-sevp-portal-address } pou SEVP Portal la, { -fact-ice-check-in-address } pou randevou kontwòl ak ICE (check-in).
router-o-phishing-warning-step-4 = Si ou te peye oswa ou te pataje enfòmasyon pèsonèl, kontakte bank ou epi kenbe mesaj la kòm prèv.
router-o-phishing-warning-have-ready-1 = Mesaj oswa lyen ou resevwa a

router-o-student-address-title = Di DSO lekòl ou, ak USCIS, ke ou demenaje
router-o-student-address-answer = Bay DSO ou nouvo adrès ou nan yon delè { -fact-student-report-change-days } jou, epi di USCIS ak Fòm AR-11 nan yon delè { -fact-ar-11-days } jou.
router-o-student-address-applies-to = Etidyan F-1 ak M-1 ki pa sou OPT ni sou fòmasyon pratik. Si ou sou OPT oswa sou fòmasyon pratik, se nan SEVP Portal la ou rapòte pito.
router-o-student-address-why = Pandan ou ap etidye, ofisyèl lekòl deziyen (DSO) lekòl ou a kenbe dosye SEVIS ou ajou, kidonk se DSO a ki anrejistre nouvo adrès ou. USCIS se yon lòt bagay: pifò moun ki pa sitwayen dwe soumèt Fòm AR-11 tou lè yo demenaje.
router-o-student-address-step-1 = Bay biwo etidyan entènasyonal lekòl ou nouvo adrès ou nan yon delè { -fact-student-report-change-days } jou. Anpil lekòl gen yon fòm sou entènèt.
router-o-student-address-step-2 = DSO a mete SEVIS ajou nan yon delè { -fact-dso-sevis-update-days } jou apre ou fin rapòte.
router-o-student-address-step-3 = Soumèt Fòm AR-11 sou entènèt bay USCIS nan yon delè { -fact-ar-11-days } jou, epi mete chak ka USCIS ki an atant ajou apa.
router-o-student-address-step-4 = Kenbe konfimasyon yo.
router-o-student-address-have-ready-1 = SEVIS ID ou (anlè Fòm I-20 ou)
router-o-student-address-have-ready-2 = Nouvo adrès ou ak dat ou demenaje
router-o-student-address-have-ready-3 = Nimewo resi tout ka USCIS ki an atant

router-o-stem-new-employer-title = Yon nouvo anplwayè STEM OPT: DSO ou anvan, epi anplwayè a dwe sèvi ak E-Verify
router-o-stem-new-employer-answer = Non, ou pa ka ajoute l ou menm nan SEVP Portal la: DSO ou dwe revize yon nouvo Fòm I-983 anvan, epi nouvo anplwayè a dwe enskri nan E-Verify.
router-o-stem-new-employer-applies-to = Etidyan F-1 ki sou ekstansyon STEM OPT. Sou OPT apre etid, se ou menm ki ajoute anplwayè nan SEVP Portal la.
router-o-stem-new-employer-why = Sou STEM OPT, chak anplwayè siyen yon plan fòmasyon (Fòm I-983), dwe enskri nan E-Verify, epi dwe peye ou pou omwen { -fact-opt-minimum-weekly-hours } èdtan pa semèn. SEVP Portal la pa kite ou ajoute yon nouvo anplwayè ni chanje yon dat kòmansman: se DSO ou ki fè sa apre li fin revize I-983 la.
router-o-stem-new-employer-step-1 = Ranpli Fòm I-983 la ak nouvo anplwayè ou, epi verifye si anplwayè a enskri nan E-Verify.
router-o-stem-new-employer-step-2 = Voye I-983 ki siyen an bay DSO ou, epi rapòte nouvo anplwayè a nan yon delè { -fact-student-report-change-days } jou.
router-o-stem-new-employer-step-3 = Lè yon travay fini, anplwayè a dwe di DSO ou sa nan yon delè { -fact-stem-employer-termination-business-days } jou ouvrab.
router-o-stem-new-employer-step-4 = Tout tan ou pase san yon travay ki kalifye konte nan { -fact-stem-opt-unemployment-days } jou chomaj ou genyen an total.
router-o-stem-new-employer-have-ready-1 = Yon Fòm I-983 ki ranpli epi ki siyen
router-o-stem-new-employer-have-ready-2 = Non, adrès ak EIN anplwayè a
router-o-stem-new-employer-have-ready-3 = SEVIS ID ou

router-o-opt-unemployment-title = Jou chomaj OPT ou yo
router-o-opt-unemployment-answer = Sou OPT apre etid, ou ka san travay pandan { -fact-opt-unemployment-days } jou an total, pa plis; ak ekstansyon STEM OPT, { -fact-stem-opt-unemployment-days } jou an total. Zouti nou an konte jou ou itilize yo.
router-o-opt-unemployment-applies-to = Etidyan F-1 ki sou OPT oswa STEM OPT. Pa etidyan M-1: fòmasyon pratik M-1 pa gen jou chomaj ki pèmèt.
router-o-opt-unemployment-why = Kont lan kòmanse nan dat kòmansman ki sou EAD ou. Jou ou pa gen travay konte, epi jou travay ki mwens pase { -fact-opt-minimum-weekly-hours } èdtan pa semèn ak travay ou pa rapòte konte tou. Sou OPT apre etid, travay san peye nan domèn etid ou konte kòm travay si li omwen { -fact-opt-minimum-weekly-hours } èdtan pa semèn; sou STEM OPT, travay la dwe peye.
router-o-opt-unemployment-step-1 = Konte jou ou yo ak zouti jou chomaj OPT nou an. Li mache menm si ou pa janm gen travay.
router-o-opt-unemployment-step-2 = Rapòte chak nouvo travay nan SEVP Portal la nan yon delè { -fact-student-report-change-days } jou: travay ou pa rapòte konte kòm chomaj.
router-o-opt-unemployment-step-3 = Si ou prèske rive nan limit lan, pale ak DSO ou kounye a.
router-o-opt-unemployment-have-ready-1 = Dat kòmansman ak dat fen ki sou EAD ou
router-o-opt-unemployment-have-ready-2 = Dat kòmansman ak dat fen chak travay, ak konbyen èdtan pa semèn

router-o-m1-practical-training-title = Fòmasyon pratik M-1: mande DSO ou
router-o-m1-practical-training-answer = Etidyan M-1 ka travay sèlman nan fòmasyon pratik apre pwogram yo fini: yon mwa pou chak { -fact-m1-study-months-per-training-month } mwa etid aplentan, pa plis pase { -fact-m1-practical-training-max-months } mwa. Pa gen jou chomaj ki pèmèt: pale ak DSO ou sou nenpòt tan ou pa gen travay.
router-o-m1-practical-training-applies-to = Etidyan M-1. Règ OPT F-1 yo, tankou jou chomaj yo, pa aplike.
router-o-m1-practical-training-why = Fòmasyon pratik M-1 se pa OPT. Li dwe nan domèn etid ou. DSO ou rekòmande l, apre sa ou aplike nan USCIS ak Fòm I-765.
router-o-m1-practical-training-step-1 = Mande DSO ou rekòmandasyon pou fòmasyon pratik la.
router-o-m1-practical-training-step-2 = Soumèt Fòm I-765 bay USCIS pa pi bonè pase { -fact-m1-filing-days-before-program-end } jou anvan, e pa pita pase { -fact-m1-filing-days-after-program-end } jou apre, dat pwogram ou fini.
router-o-m1-practical-training-step-3 = Lè li kòmanse, rapòte adrès ou ak anplwayè ou nan SEVP Portal la nan yon delè { -fact-student-report-change-days } jou.
router-o-m1-practical-training-step-4 = Si travay ou fini, di DSO ou sa touswit.
router-o-m1-practical-training-have-ready-1 = Fòm I-20 ou ak rekòmandasyon DSO a
router-o-m1-practical-training-have-ready-2 = Dat pwogram ou fini

router-o-grace-period-f1-title = Konbyen tan ou ka rete apre etid ou (F-1)
router-o-grace-period-f1-answer = { -fact-f1-grace-period-days } jou apre pwogram ou fini, oswa apre OPT ou fini. Sèlman { -fact-authorized-withdrawal-grace-period-days } jou si DSO ou te otorize ou kite pwogram nan, epi okenn jou si ou pa t kenbe estati ou.
router-o-grace-period-f1-applies-to = Etidyan F-1. Etidyan M-1 gen { -fact-m1-grace-period-days } jou; vizitè echanj J-1 mande sponsò yo.
router-o-grace-period-f1-why = Peryòd gras la se tan pou w prepare pou w kite peyi a, pou w transfere nan yon lòt lekòl, pou w kòmanse yon nouvo pwogram oswa pou w chanje estati.
router-o-grace-period-f1-step-1 = Verifye dat pwogram ou fini sou Fòm I-20 ou, oswa dat fen ki sou EAD ou si ou sou OPT.
router-o-grace-period-f1-step-2 = Pou rete pi lontan, pale ak DSO ou anvan dat sa a: yon nouvo pwogram, yon transfè, OPT, oswa yon chanjman estati.
router-o-grace-period-f1-step-3 = Yon chanjman oswa yon pwolongasyon estati se yon demann nan USCIS: soumèt li anvan tan ou fini.
router-o-grace-period-f1-have-ready-1 = Fòm I-20 ou
router-o-grace-period-f1-have-ready-2 = EAD ou, si ou sou OPT

router-o-grace-period-m1-title = Konbyen tan ou ka rete apre etid ou (M-1)
router-o-grace-period-m1-answer = { -fact-m1-grace-period-days } jou apre pwogram ou fini, oswa apre fòmasyon pratik ou fini. Sèlman { -fact-authorized-withdrawal-grace-period-days } jou si DSO ou te otorize ou kite pwogram nan, epi okenn jou si ou pa t kenbe estati ou.
router-o-grace-period-m1-applies-to = Etidyan M-1. Etidyan F-1 gen { -fact-f1-grace-period-days } jou; vizitè echanj J-1 mande sponsò yo.
router-o-grace-period-m1-why = Peryòd gras la se tan pou w prepare pou w kite peyi a oswa pou w chanje estati. Etidyan M-1 pa ka jwenn OPT; fòmasyon pratik gen pwòp règ pa l.
router-o-grace-period-m1-step-1 = Verifye dat pwogram ou fini sou Fòm I-20 ou, oswa dat fen ki sou EAD ou si ou sou fòmasyon pratik.
router-o-grace-period-m1-step-2 = Pou rete pi lontan, pale ak DSO ou anvan dat sa a.
router-o-grace-period-m1-step-3 = Yon chanjman oswa yon pwolongasyon estati se yon demann nan USCIS: soumèt li anvan tan ou fini.
router-o-grace-period-m1-have-ready-1 = Fòm I-20 ou
router-o-grace-period-m1-have-ready-2 = EAD ou, si ou sou fòmasyon pratik

router-o-bond-money-back-title = Resevwa tounen lajan yon kosyon kach
router-o-bond-money-back-answer = Lajan yon kosyon kach retounen bay obligor la, moun ki te peye l la, lè ICE anile kosyon an. Yon kosyon ki vyole (breached), pa egzanp paske moun nan pa t prezante lè yo te di l prezante, pa ranbouse.
router-o-bond-money-back-applies-to = Obligor yo: fanmi, zanmi, avoka oswa òganizasyon ki te peye yon kosyon kach, oswa yon moun ki te peye pwòp kosyon depa volontè oswa kosyon sipèvizyon li.
router-o-bond-money-back-why = ICE ekri obligor la nan adrès li genyen an. Si obligor la demenaje, li soumèt Fòm I-333 pou ICE ka jwenn li. Sit sa a pa ka di kilè yo pral anile yon kosyon.
router-o-bond-money-back-step-1 = Verifye kosyon an nan CeBONDS, sou paj kosyon ICE a.
router-o-bond-money-back-step-2 = Si adrès obligor la chanje, soumèt Fòm I-333.
router-o-bond-money-back-step-3 = Kenbe resi kosyon an ak chak lèt ICE voye sou kosyon an.
router-o-bond-money-back-step-4 = Si ICE di kosyon an vyole epi ou pa dakò, pale ak yon avoka.
router-o-bond-money-back-have-ready-1 = Resi kosyon an
router-o-bond-money-back-have-ready-2 = A-Number moun kosyon an pou li a
router-o-bond-money-back-have-ready-3 = Dokiman idantite obligor la
