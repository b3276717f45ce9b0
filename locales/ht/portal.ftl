# Pòtay la: koneksyon, paj ak fòm chak wòl, ak sa ki pwoteje travay moun yo
# (repons ki sove, avètisman sesyon, voyaj ki pa pase).
# Id ki pote non yon chan `PortalText` (src/text/portal.rs) se chan sa a ki li yo;
# lis yo li `id-1`, `id-2`, …; `{ $… }` se valè paj la mete ladan.

## Sou chak paj pòtay la: avi a, ki moun ki konekte, pòt chak wòl.

portal-notice = Pòtay demonstrasyon: fòm sa yo voye repons ou yo bay pwòp sèvè referans eService Navigator, pa bay ICE, SEVP, ni okenn sistèm gouvènman. Pou fè gouvènman an konnen, sèvi ak lyen ofisyèl yo.
portal-notice_sign_in = Pòtay demonstrasyon: konekte sèlman ak yon kont demonstrasyon. Pa tape isit la modpas oswa enfòmasyon yon kont ou sèvi ak ICE, SEVP oswa nenpòt sèvis gouvènman.
portal-role-school_official = ofisyèl lekòl
portal-role-student = etidyan ki sou OPT
portal-role-supervised = moun ki anba sipèvizyon ICE
portal-role-officer = ofisye ICE
portal-signed_in_as = Konekte kòm
portal-sign_out = Dekonekte
portal-clear_device = Efase done m yo sou aparèy sa a
portal-clear_device_hint = Sou yon òdinatè plizyè moun itilize, sèvi ak sa lè ou fini: li efase nan navigatè sa a repons ou te sove yo ak lis sa ou te voye yo, epi li dekonekte ou.
portal-clear_confirm_title = Efase done ou yo sou aparèy sa a?
portal-clear_confirm_warning = Sa efase nan navigatè sa a repons ou poko voye yo ak lis sa ou te voye yo. Ou p ap ka jwenn yo ankò.
portal-clear_confirm = Wi, efase done m yo
portal-clear_keep = Non, kenbe done m yo
portal-cleared = Repons ou te sove yo ak istorik ou efase sou aparèy sa a.
portal-signed_out_title = Ou pa konekte
portal-signed_out_body = Konekte pou kontinye. Tout sa ou te tape sove sou aparèy sa a.
portal-sign_in_again = Konekte ankò
portal-wrong_role_title = Paj sa a se pou yon lòt kalite kont
portal-wrong_role_body = Ou konekte kòm { $name } ({ $role }).
portal-go_to_yours = Ale nan paj pa ou yo
portal-unreachable_title = Nou pa ka jwenn pòtay la
portal-unreachable_body = Verifye koneksyon ou epi eseye ankò. Tout sa ou te tape sove sou aparèy sa a.
portal-not_found_record = Nou pa jwenn dosye sa a. Li ka pou yon lòt lekòl, oswa lyen an ka twò ansyen.

## Avètisman sesyon an.

portal-session_ending_title = Ou pral dekonekte talè
portal-session_ending_body = Pou sekirite ou, ou pral dekonekte nan apeprè { $minutes ->
        [one] yon minit
       *[other] { $minutes } minit
    }. Sa ou te tape sove sou aparèy sa a.
portal-stay_signed_in = Rete konekte
portal-session_ended_title = Ou te dekonekte
portal-session_ended_body = Ou te dekonekte apre yon tan san aktivite. Sa ou te tape sove sou aparèy sa a: konekte ankò pou kontinye.

## Chak fòm: repons ki sove, paj verifikasyon, voye, konfimasyon, lis.

portal-saved_note = Sa ou tape sove sou aparèy sa a jiskaske ou voye l.
portal-optional = { $label } (opsyonèl)
portal-change = Chanje
portal-check_title = Verifye repons ou yo anvan ou voye yo
portal-check_lead = Asire ou yo kòrèk. Ou ka chanje nenpòt repons.
portal-not_sent_title = Repons ou yo pa t voye
portal-not_sent_offline = Nou pa t ka jwenn pòtay la. Verifye koneksyon ou, epi eseye ankò. Repons ou yo sove sou aparèy sa a, epi si ou voye yo ankò, yo p ap voye de fwa.
portal-not_sent_server = Pòtay la te gen yon pwoblèm epi li pa t ka resevwa repons ou yo. Eseye ankò nan yon ti moman. Repons ou yo sove sou aparèy sa a, epi si ou voye yo ankò, yo p ap voye de fwa.
portal-not_sent_signed_out = Sesyon ou fini. Konekte ankò pou voye repons ou yo: yo sove sou aparèy sa a.
portal-refused_title = Sa pa t ka fèt
portal-sending = N ap voye…
portal-reference_label = Nimewo referans ou
portal-sent_at = Lè ou te voye l
portal-next_heading = Sa k ap pase apre
portal-your_answers = Sa ou te voye
portal-keep_record = Enprime paj sa a oswa sove l an PDF pou ou kenbe yon kopi.
portal-back_to_start = Retounen nan paj ou yo
portal-history_heading = Sa ki te voye soti sou aparèy sa a
portal-history_none = Poko gen anyen ki te voye soti sou aparèy sa a.
portal-nothing_to_confirm = Pa gen anyen pou konfime isit la. Petèt repons ou yo te voye soti nan yon lòt onglè: gade anba a sa ki te voye soti sou aparèy sa a.
portal-previous = Anvan
portal-next = Apre
portal-page_of = Paj { $page } sou { $pages }
portal-not_given = Pa bay

## Koneksyon.

portal-sign_in_title = Konekte nan pòtay la
portal-needs_script = Pòtay la mache nan navigatè ou epi li bezwen JavaScript, men JavaScript dezaktive oswa li pa t chaje.
portal-sign_in_lead = Ofisyèl lekòl, etidyan ki sou OPT, moun ki anba sipèvizyon ICE ak anplwaye ICE konekte isit la.
portal-sign_in_how = Kijan ou konekte?
portal-sign_in_method-password = Ak yon adrès imèl ak yon modpas (ofisyèl lekòl, etidyan ki sou OPT, anplwaye ICE)
portal-sign_in_method-supervision = Ak { -a-number } mwen, { -subject-id } mwen ak dat nesans mwen (moun ki anba sipèvizyon ICE)
portal-sign_in_method_missing = Chwazi kijan ou konekte
portal-email = Adrès imèl
portal-password = Modpas
portal-a_number = { -a-number }
portal-a_number_hint = Sou avi ou yo: lèt A, swivi pa { -fact-a-number-min-digits } a { -fact-a-number-digits } chif, tankou A012345678.
portal-subject_id = { -subject-id }
portal-subject_id_hint = Sou Fòm I-385, papye yo te ba ou lè yo te lage ou.
portal-date_of_birth = Dat nesans
portal-date_of_birth_hint = Pa egzanp, 27 3 1990
portal-sign_in_button = Konekte
portal-students_activate = Etidyan ki sou OPT: kreye kont ou anvan, ak lyen ki nan imèl envitasyon ou a.

## Kreye kont Portal yon etidyan.

portal-activate_title = Kreye kont Portal ou
portal-activate_lead = Chwazi modpas ou pral sèvi pou konekte ak adrès imèl ou.
portal-new_password = Kreye yon modpas
portal-new_password_hint = Omwen 12 karaktè. Kèk mo ki pa gen rapò youn ak lòt fasil pou sonje epi difisil pou devine.
portal-confirm_password = Tape modpas la ankò
portal-activate_button = Kreye kont

## Adrès ak telefòn.

portal-address_line1 = Adrès, liy 1
portal-address_line2 = Adrès, liy 2
portal-city = Vil
portal-state = Eta
portal-state_hint = De lèt, tankou NJ, oswa non konplè a
portal-zip = Kòd postal (ZIP code)
portal-phone = Nimewo telefòn
portal-phone_hint = Yon nimewo Ozetazini, tankou { -sample-phone }
portal-address_heading = Ki nouvo adrès la Ozetazini?
portal-phone_heading = Ki nimewo telefòn nan?
portal-address = Adrès

## Travay, ak mo pou dosye yon etidyan.

portal-employer_name = Non anplwayè a
portal-employer_address = Ki kote travay la ye
portal-ein = Nimewo Idantifikasyon Anplwayè (EIN)
portal-ein_hint = { -fact-ein-digits } chif, tankou 12-3456789
portal-hours = Èdtan
portal-hours_option-full_time = Tan plen ({ -fact-opt-minimum-weekly-hours } èdtan pa semèn oswa plis)
portal-hours_option-part_time = Tan pasyèl (mwens pase { -fact-opt-minimum-weekly-hours } èdtan pa semèn)
portal-start_date = Dat kòmansman
portal-end_date = Dat fen
portal-end_date_hint = Kite l vid si travay la poko fini
portal-job_title = Tit pòs la
portal-supervisor_name = Non sipèvizè a
portal-supervisor_phone = Nimewo telefòn sipèvizè a
portal-supervisor_email = Adrès imèl sipèvizè a
portal-relation_to_study = Ki rapò travay la genyen ak domèn etid la
portal-relation_hint = Youn oswa de fraz, tankou sou I-983 a oswa nan lèt anplwayè a.
portal-employer_heading = Anplwayè
portal-job_heading = Travay la
portal-supervisor_heading = Sipèvizè
portal-end_heading = Kilè travay la te fini?
portal-opt_kind-post_completion = OPT apre etid (post-completion)
portal-opt_kind-stem = STEM OPT
portal-opt_kind-m1 = Fòmasyon pratik M-1
portal-portal_state-not_invited = Pa envite
portal-portal_state-invited = Envite
portal-portal_state-invitation_expired = Envitasyon an ekspire
portal-portal_state-active = Aktif
portal-portal_state-locked = Bloke
portal-portal_state-closed = Fèmen
portal-reported_by-student = Etidyan
portal-reported_by-school_official = Ofisyèl lekòl

## Ofisyèl lekòl.

portal-dso_title = Etidyan ou yo
portal-dso_nav-1 = Etidyan
portal-dso_nav-2 = Sa ki pou fè
portal-dso_nav-3 = Rapò
portal-search_label = Chèche pa non oswa pa { -sevis-id }
portal-search_button = Chèche
portal-no_students = Pa gen okenn etidyan ki koresponn.
portal-columns_students-1 = Non
portal-columns_students-2 = { -sevis-id }
portal-columns_students-3 = OPT
portal-columns_students-4 = Fen { -ead }
portal-columns_students-5 = Kont Portal
portal-columns_students-6 = Sa ki pou fè
portal-sevis_id = { -sevis-id }
portal-opt = OPT
portal-ead = { -ead }
portal-contact_heading = Adrès ak telefòn Ozetazini
portal-no_contact = Pa gen adrès ni telefòn nan dosye a.
portal-employment_heading = Travay
portal-no_employment = Pa gen anplwayè nan dosye a.
portal-columns_employment-1 = Anplwayè
portal-columns_employment-2 = Tit pòs
portal-columns_employment-3 = Kòmansman
portal-columns_employment-4 = Fen
portal-columns_employment-5 = Moun ki deklare l
portal-portal_heading = Kont SEVP Portal
portal-portal_state = Kont
portal-portal_email = Imèl Portal la
portal-invitation_expires = Lyen envitasyon an mache jiska
portal-change_contact = Chanje adrès ak telefòn
portal-add_employer = Ajoute yon anplwayè
portal-edit = Modifye
portal-record_end = Anrejistre dat fen
portal-resend_invitation = Voye envitasyon an ankò
portal-unlock = Debloke kont lan
portal-change_portal_email = Chanje imèl Portal la
portal-invitation_sent = Envitasyon an voye ankò
portal-unlocked = Kont Portal la debloke
portal-contact_form_title = Chanje adrès ak telefòn
portal-contact_submit = Sove adrès ak telefòn
portal-contact_sent = Adrès ak telefòn sove
portal-add_employment_title = Ajoute yon anplwayè
portal-add_employment_submit = Ajoute anplwayè a
portal-add_employment_sent = Anplwayè a ajoute
portal-edit_employment_title = Modifye enfòmasyon anplwayè a
portal-edit_employment_submit = Sove enfòmasyon anplwayè a
portal-edit_employment_sent = Enfòmasyon anplwayè a sove
portal-end_employment_title = Anrejistre fen yon travay
portal-end_employment_submit = Anrejistre dat fen
portal-end_employment_sent = Dat fen anrejistre
portal-record_subject = { $name } · { -sevis-id } { $sevis }
portal-portal_email_title = Chanje imèl Portal la
portal-portal_email_submit = Chanje imèl la
portal-portal_email_sent = Imèl Portal la chanje
portal-dso_next_sevis = Dosye a montre chanjman an kounye a. Mete SEVIS ajou pa pita pase { -fact-dso-sevis-update-days } jou apre chanjman an.
portal-student_next = Lekòl ou wè chanjman an kounye a. Demonstrasyon sa a pa t chanje SEVIS: nan SEVP Portal ofisyèl la, yon chanjman ou fè rive nan SEVIS touswit, san li pa tann DSO ou.
portal-reports_title = Rapò
portal-changes_report = Telechaje chanjman etidyan yo te fè (CSV)
portal-changes_report_hint = Chak chanjman etidyan ou yo te fè yo menm, ak nimewo referans yo, pou mete nan SEVIS.
portal-accounts_heading = Ki moun ki gen yon kont Portal
portal-columns_accounts-1 = Non
portal-columns_accounts-2 = { -sevis-id }
portal-columns_accounts-3 = Kont
portal-columns_accounts-4 = Imèl Portal
portal-items_title = Sa ki pou fè
portal-items_lead = Chanjman etidyan yo te fè, ke ou dwe mete nan SEVIS nan yon delè { -fact-dso-sevis-update-days } jou.
portal-items_none = Pa gen anyen pou fè.
portal-change_kind-contact = Adrès ak telefòn
portal-change_kind-employment_added = Anplwayè ajoute
portal-change_kind-employment_edited = Anplwayè modifye
portal-change_kind-employment_ended = Travay fini
portal-change_kind-validation_report = Rapò validasyon STEM
portal-due = Dat limit: { $date }
portal-overdue = An reta
portal-done = Fèt
portal-mark_done = Make li kòm fèt
portal-field_change = { $field }: { $old } → { $new }
portal-changed_field-address_line1 = { portal-address_line1 }
portal-changed_field-address_line2 = { portal-address_line2 }
portal-changed_field-address_city = Vil
portal-changed_field-address_state = Eta
portal-changed_field-address_zip = Kòd postal (ZIP code)
portal-changed_field-phone = Nimewo telefòn
portal-changed_field-employer_name = Non anplwayè a
portal-changed_field-ein = Nimewo Idantifikasyon Anplwayè (EIN)
portal-changed_field-hours = Èdtan
portal-changed_field-start = Dat kòmansman
portal-changed_field-end = Dat fen
portal-changed_field-start_date = Dat kòmansman
portal-changed_field-end_date = Dat fen
portal-changed_field-job_title = Tit pòs la
portal-changed_field-supervisor_name = Non sipèvizè a
portal-changed_field-supervisor_phone = Nimewo telefòn sipèvizè a
portal-changed_field-supervisor_email = Imèl sipèvizè a
portal-changed_field-relation_to_study = Ki rapò travay la genyen ak domèn etid la
portal-changed_field-employer_same = Menm anplwayè
portal-changed_field-address_same = Menm adrès
portal-changed_field-employment_status = Sitiyasyon travay
portal-changed_field-check_in = { portal-check_in_time }
portal-changed_field-moved_on = Dat demenajman an
portal-changed_field-portal_email = Adrès imèl SEVP Portal
portal-report_answer-yes = Wi
portal-report_answer-no = Non
portal-report_answer-employed = Ap travay
portal-report_answer-not_employed = Pa gen travay
portal-changed_by = Chanje { $when }, pa { $who }
portal-marked_done = Make kòm fèt: { $item }
portal-reopened = Pou fè ankò: { $item }
portal-undo = Defèt

## Etidyan ki sou OPT.

portal-student_title = Dosye OPT ou
portal-unemployment_heading = Jou chomaj
portal-stem_reports_heading = Rapò validasyon STEM
portal-stem_reports_none = Rapò validasyon yo se pou STEM OPT sèlman.
portal-report_due = Dat limit rapò a: { $date }
portal-unemployment_counted = Nou konte depi dat kòmansman { -ead } ou, { $from }, jiska jodi a, { $to }.
portal-unemployment_rule = Chak jou san travay OPT konte, depi jou { -ead } ou kòmanse: pa plis pase { -fact-opt-unemployment-days } jou antou sou OPT apre etid, { -fact-stem-opt-unemployment-days } jou antou ak ekstansyon STEM OPT la.
portal-unemployment_guide = Li règ la nan gid SEVP Portal la
portal-unemployment_tool = Konte jou ou yo ak kalkilatè jou chomaj OPT la
portal-dso_contact_heading = Ofisyèl lekòl ou yo (DSO)
portal-pdso = Ofisyèl lekòl deziyen prensipal (PDSO)
portal-dso = Ofisyèl lekòl deziyen (DSO)
portal-report_send = Voye yon rapò validasyon
portal-report_title = Voye yon rapò validasyon STEM
portal-report_lead = Dosye ou montre anplwayè sa a: { $employer }. Ak adrès sa a: { $address }.
portal-report_employer = Èske anplwayè ou se toujou sa ki nan dosye ou a?
portal-report_address = Èske adrès ou se toujou sa ki nan dosye ou a?
portal-report_status = Èske ou gen travay kounye a?
portal-report_submit = Voye rapò validasyon an
portal-report_sent = Rapò validasyon an voye
portal-report_none_on_record = pa gen okenn nan dosye ou
portal-portal_closes = Dat aksè ou nan Portal la fini
portal-update_contact = Mete adrès ak telefòn ou ajou

## Moun ki anba sipèvizyon ICE.

portal-reporting_title = Rapò ou bay ICE
portal-reporting_lead = Deklare yon demenajman epi jere randevou prezantasyon ou yo.
portal-report_move = Deklare yon chanjman adrès
portal-appointments_heading = Randevou prezantasyon (check-in)
portal-no_appointments = Ou pa gen okenn randevou.
portal-book = Pran yon randevou prezantasyon
portal-reschedule = Chanje lè a
portal-cancel_appointment = Anile
portal-appointment_status-booked = Rezève
portal-appointment_status-cancelled = Anile
portal-move_title = Deklare yon chanjman adrès
portal-moved_on_heading = Kilè ou te demenaje?
portal-moved_on = Dat ou te demenaje
portal-court_heading = Èske ou gen yon dosye nan tribinal imigrasyon?
portal-court_hint = Pa egzanp, yon avi pou parèt devan yon jij imigrasyon.
portal-court_case-yes = Wi
portal-court_case-no = Non
portal-court_case-not-sure = Mwen pa sèten
portal-move_submit = Voye chanjman adrès la
portal-move_sent = Nouvo adrès ou anrejistre isit la sèlman: ICE pa t resevwa l
portal-move_not_told = Pòtay sa a se yon demonstrasyon. Li kenbe nouvo adrès ou sou pwòp sèvè pa l, epi li pa voye l okenn lòt kote. Ou dwe toujou fè ICE konnen sa ou menm, ak tribinal imigrasyon an ak USCIS si sa konsène ou.
portal-still_to_do_heading = Sa ou dwe fè toujou
portal-still_to_do-ice-address = Bay ICE nouvo adrès ou sou { -fact-ice-check-in-address } oswa ak fòm sou entènèt ICE a pa pita pase { $date }: nan yon delè { -fact-ice-address-change-business-days } jou ouvrab apre demenajman ou.
portal-still_to_do-eoir-33 = Si ou gen yon dosye nan tribinal imigrasyon, fè tribinal la konnen ak Fòm EOIR-33 pa pita pase { $date }: nan yon delè { -fact-eoir-33-working-days } jou ouvrab apre demenajman ou.
portal-still_to_do-ar-11 = Fè USCIS konnen ak Fòm AR-11 pa pita pase { $date }: nan yon delè { -fact-ar-11-days } jou apre demenajman ou. Mete chak dosye USCIS ki an kou ajou apa.
portal-slot_heading = Chwazi yon lè pou randevou prezantasyon an
portal-slot_hint = Lè yo se lè lokal kote biwo ICE ou a ye.
portal-no_slots = Pa gen lè ki lib. Eseye ankò pita, oswa rele biwo ICE ou a.
portal-book_submit = Rezève randevou a
portal-booked = Randevou a rezève
portal-reschedule_title = Chwazi yon nouvo lè pou randevou prezantasyon an
portal-reschedule_submit = Chanje lè randevou a
portal-rescheduled = Lè randevou a chanje
portal-cancel_title = Anile randevou sa a?
portal-cancel_submit = Anile randevou a
portal-cancelled = Randevou a anile
portal-check_in_next = Pote Fòm I-385 ou ak nenpòt papye ICE te ba ou. Si ou pa ka ale, chanje oswa anile lè a anvan jou a.
portal-slot = { $date }, { $time } nan { $office }
portal-office_address = Ki kote
portal-check_in_where = Ale nan { $office }, { $address }.
portal-official_ice = Pòtay sa a se yon demonstrasyon. Pou fè rapò bay ICE li menm, sèvi ak sèvis ofisyèl la:
portal-appointment_status = Estati
portal-current_time = Lè randevou a kounye a
portal-previous_time = Ansyen lè randevou a
portal-check_in_time = Lè randevou a

## Anplwaye ICE.

portal-officer_title = Jounal odit
portal-officer_nav-1 = Jounal odit
portal-officer_nav-2 = Lekòl ak ofisyèl
portal-filter_heading = Filtre jounal la
portal-filter_actor = Ki moun ki te fè l oswa ki moun sa te konsène (yon pati nan yon non)
portal-filter_action = Aksyon
portal-filter_outcome = Rezilta
portal-filter_from = Depi (AAAA-MM-JJ)
portal-filter_to = Jiska (AAAA-MM-JJ)
portal-any = Nenpòt
portal-apply_filters = Aplike filt yo
portal-clear_filters = Retire filt yo
portal-columns_audit-1 = Kilè
portal-columns_audit-2 = Ki moun
portal-columns_audit-3 = Aksyon
portal-columns_audit-4 = Konsène
portal-columns_audit-5 = Rezilta
portal-columns_audit-6 = Referans
portal-columns_audit-7 = Sa ki chanje
portal-changes_count = { $count ->
        [one] yon chan
       *[other] { $count } chan
    }
portal-no_entries = Pa gen okenn antre ki koresponn.
portal-audit_action-sign_in = Konekte
portal-audit_action-sign_out = Dekonekte
portal-audit_action-activate_account = Kreye kont
portal-audit_action-update_contact = Chanje adrès ak telefòn
portal-audit_action-add_employment = Ajoute anplwayè
portal-audit_action-edit_employment = Modifye anplwayè
portal-audit_action-end_employment = Anrejistre fen travay
portal-audit_action-resend_invitation = Voye envitasyon an ankò
portal-audit_action-unlock_portal_account = Debloke kont Portal
portal-audit_action-change_portal_email = Chanje imèl Portal
portal-audit_action-download_changes_report = Telechaje rapò chanjman yo
portal-audit_action-view_student_record = Louvri dosye yon etidyan
portal-audit_action-view_audit_trail = Li jounal odit la
portal-audit_action-mark_item_done = Make yon bagay kòm fèt
portal-audit_action-reopen_item = Relouvri yon bagay
portal-audit_action-submit_validation_report = Voye yon rapò validasyon STEM
portal-audit_action-change_address = Deklare chanjman adrès
portal-audit_action-book_check_in = Rezève randevou
portal-audit_action-reschedule_check_in = Chanje lè randevou
portal-audit_action-cancel_check_in = Anile randevou
portal-audit_outcome-success = Reyisi
portal-audit_outcome-failure = Echwe
portal-audit_outcome-denied = Refize
portal-schools_title = Lekòl ak ofisyèl
portal-columns_schools-1 = Lekòl
portal-columns_schools-2 = Kòd lekòl
portal-columns_schools-3 = Etidyan
portal-columns_schools-4 = Ofisyèl
portal-principal = PDSO
