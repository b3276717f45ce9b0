# The portal: sign-in, the pages and forms of each role, and what keeps people’s work
# safe (saved drafts, session warnings, failed sends).
# Ids named after a field of `PortalText` (src/text/portal.rs) are read by that field;
# lists read `id-1`, `id-2`, …; `{ $… }` are values the page fills in.

## Around every portal page: the notice, who is signed in, the gate of each role.

portal-notice = Demonstration portal: these forms send your answers to eService Navigator’s own reference server, not to ICE, SEVP or any government system. To tell the government, use the official links.
portal-notice_sign_in = Demonstration portal: sign in only with a demonstration account. Do not type here the password or details of an account you use with ICE, SEVP or any government service.
portal-role-school_official = school official
portal-role-student = student on OPT
portal-role-supervised = person under ICE supervision
portal-role-officer = ICE officer
portal-signed_in_as = Signed in as
portal-sign_out = Sign out
portal-clear_device = Clear my data on this device
portal-clear_device_hint = On a shared computer, use this when you finish: it removes your saved answers and the list of what you sent from this browser, and signs you out.
portal-clear_confirm_title = Clear your data from this device?
portal-clear_confirm_warning = This removes answers you have not sent yet and the list of what you sent from this browser. You cannot get them back.
portal-clear_confirm = Yes, clear my data
portal-clear_keep = No, keep my data
portal-cleared = Your saved answers and history were removed from this device.
portal-signed_out_title = You are signed out
portal-signed_out_body = Sign in to continue. Anything you typed is saved on this device.
portal-sign_in_again = Sign in again
portal-wrong_role_title = This page is for another kind of account
portal-wrong_role_body = You are signed in as { $name } ({ $role }).
portal-go_to_yours = Go to your pages
portal-unreachable_title = We cannot reach the portal
portal-unreachable_body = Check your connection and try again. Anything you typed is saved on this device.
portal-not_found_record = We could not find that record. It may belong to another school, or the link may be old.

## The session warning.

portal-session_ending_title = You will be signed out soon
portal-session_ending_body = For your security, you will be signed out in about { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }. What you typed is saved on this device.
portal-stay_signed_in = Stay signed in
portal-session_ended_title = You have been signed out
portal-session_ended_body = You were signed out after a time without activity. What you typed is saved on this device: sign in again to carry on.

## Every form: drafts, the check page, sending, the confirmation, lists.

portal-saved_note = What you type is saved on this device until you send it.
portal-optional = { $label } (optional)
portal-change = Change
portal-check_title = Check your answers before sending
portal-check_lead = Make sure these are right. You can change any answer.
portal-not_sent_title = Your answers were not sent
portal-not_sent_offline = We could not reach the portal. Check your connection, then try again. Your answers are saved on this device, and sending again will not send them twice.
portal-not_sent_server = The portal had a problem and could not take your answers. Try again in a moment. Your answers are saved on this device, and sending again will not send them twice.
portal-not_sent_signed_out = Your session has ended. Sign in again to send your answers: they are saved on this device.
portal-refused_title = This could not be done
portal-sending = Sending…
portal-reference_label = Your reference number
portal-sent_at = Sent
portal-next_heading = What happens next
portal-your_answers = What you sent
portal-keep_record = Print this page or save it as a PDF to keep a record.
portal-back_to_start = Back to your pages
portal-history_heading = Sent from this device
portal-history_none = Nothing has been sent from this device yet.
portal-nothing_to_confirm = There is nothing to confirm here. Your answers may have been sent from another tab: check what was sent from this device below.
portal-previous = Previous
portal-next = Next
portal-page_of = Page { $page } of { $pages }
portal-not_given = Not given

## Sign-in.

portal-sign_in_title = Sign in to the portal
portal-needs_script = The portal works in your browser and needs JavaScript, which is turned off or did not load.
portal-sign_in_lead = School officials, students on OPT, people under ICE supervision and ICE staff sign in here.
portal-sign_in_how = How do you sign in?
portal-sign_in_method-password = With an email address and password (school officials, students on OPT, ICE staff)
portal-sign_in_method-supervision = With my { -a-number }, { -subject-id } and date of birth (people under ICE supervision)
portal-sign_in_method_missing = Select how you sign in
portal-email = Email address
portal-password = Password
portal-a_number = { -a-number }
portal-a_number_hint = On your notices: A followed by { -fact-a-number-min-digits } to { -fact-a-number-digits } numbers, like A012345678.
portal-subject_id = { -subject-id }
portal-subject_id_hint = On Form I-385, the paper you got when you were released.
portal-date_of_birth = Date of birth
portal-date_of_birth_hint = For example, 27 3 1990
portal-sign_in_button = Sign in
portal-students_activate = Students on OPT: set up your account first with the link in your invitation email.

## Setting up a student’s Portal account.

portal-activate_title = Set up your Portal account
portal-activate_lead = Choose the password you will use to sign in with your email address.
portal-new_password = Create a password
portal-new_password_hint = At least 12 characters. A few unrelated words are easy to remember and hard to guess.
portal-confirm_password = Type the password again
portal-activate_button = Set up account

## Address and phone.

portal-address_line1 = Address line 1
portal-address_line2 = Address line 2
portal-city = Town or city
portal-state = State
portal-state_hint = Two letters, like NJ, or the full name
portal-zip = ZIP code
portal-phone = Phone number
portal-phone_hint = A U.S. number, like { -sample-phone }
portal-address_heading = What is the new U.S. address?
portal-phone_heading = What is the phone number?
portal-address = Address

## Employment, and the words for a student’s record.

portal-employer_name = Employer name
portal-employer_address = Where the job is
portal-ein = Employer Identification Number (EIN)
portal-ein_hint = { -fact-ein-digits } numbers, like 12-3456789
portal-hours = Hours
portal-hours_option-full_time = Full time ({ -fact-opt-minimum-weekly-hours } hours a week or more)
portal-hours_option-part_time = Part time (less than { -fact-opt-minimum-weekly-hours } hours a week)
portal-start_date = Start date
portal-end_date = End date
portal-end_date_hint = Leave empty if the job has not ended
portal-job_title = Job title
portal-supervisor_name = Supervisor’s name
portal-supervisor_phone = Supervisor’s phone number
portal-supervisor_email = Supervisor’s email address
portal-relation_to_study = How the job relates to the field of study
portal-relation_hint = A sentence or two, as on the I-983 or the employer letter.
portal-employer_heading = Employer
portal-job_heading = The job
portal-supervisor_heading = Supervisor
portal-end_heading = When did the job end?
portal-opt_kind-post_completion = Post-completion OPT
portal-opt_kind-stem = STEM OPT
portal-opt_kind-m1 = M-1 practical training
portal-portal_state-not_invited = Not invited
portal-portal_state-invited = Invited
portal-portal_state-invitation_expired = Invitation expired
portal-portal_state-active = Active
portal-portal_state-locked = Locked
portal-portal_state-closed = Closed
portal-reported_by-student = Student
portal-reported_by-school_official = School official

## School officials.

portal-dso_title = Your students
portal-dso_nav-1 = Students
portal-dso_nav-2 = Items due
portal-dso_nav-3 = Reports
portal-search_label = Search by name or { -sevis-id }
portal-search_button = Search
portal-no_students = No students match.
portal-columns_students-1 = Name
portal-columns_students-2 = { -sevis-id }
portal-columns_students-3 = OPT
portal-columns_students-4 = { -ead } ends
portal-columns_students-5 = Portal account
portal-columns_students-6 = Open items
portal-sevis_id = { -sevis-id }
portal-opt = OPT
portal-ead = { -ead }
portal-contact_heading = U.S. address and phone
portal-no_contact = No address or phone on record.
portal-employment_heading = Employment
portal-no_employment = No employer on record.
portal-columns_employment-1 = Employer
portal-columns_employment-2 = Job title
portal-columns_employment-3 = Start
portal-columns_employment-4 = End
portal-columns_employment-5 = Reported by
portal-portal_heading = SEVP Portal account
portal-portal_state = Account
portal-portal_email = Portal email
portal-invitation_expires = Invitation link works until
portal-change_contact = Change address and phone
portal-add_employer = Add an employer
portal-edit = Edit
portal-record_end = Record end date
portal-resend_invitation = Send the invitation again
portal-unlock = Unlock the account
portal-change_portal_email = Change the Portal email
portal-invitation_sent = Invitation sent again
portal-unlocked = Portal account unlocked
portal-contact_form_title = Change address and phone
portal-contact_submit = Save address and phone
portal-contact_sent = Address and phone saved
portal-add_employment_title = Add an employer
portal-add_employment_submit = Add employer
portal-add_employment_sent = Employer added
portal-edit_employment_title = Edit employer details
portal-edit_employment_submit = Save employer details
portal-edit_employment_sent = Employer details saved
portal-end_employment_title = Record the end of a job
portal-end_employment_submit = Record end date
portal-end_employment_sent = End date recorded
portal-record_subject = { $name } · { -sevis-id } { $sevis }
portal-portal_email_title = Change the Portal email
portal-portal_email_submit = Change email
portal-portal_email_sent = Portal email changed
portal-dso_next_sevis = The record shows the change now. Update SEVIS within { -fact-dso-sevis-update-days } days of the change.
portal-student_next = Your school sees the change now. This demonstration did not change SEVIS: in the official SEVP Portal, a change you make reaches SEVIS at once, without waiting for your DSO.
portal-reports_title = Reports
portal-changes_report = Download the changes students made (CSV)
portal-changes_report_hint = Every change your students made themselves, with reference numbers, for bringing into SEVIS.
portal-accounts_heading = Who has a Portal account
portal-columns_accounts-1 = Name
portal-columns_accounts-2 = { -sevis-id }
portal-columns_accounts-3 = Account
portal-columns_accounts-4 = Portal email
portal-items_title = Items due
portal-items_lead = Changes students made that you must bring into SEVIS within { -fact-dso-sevis-update-days } days.
portal-items_none = Nothing is due.
portal-change_kind-contact = Address and phone
portal-change_kind-employment_added = Employer added
portal-change_kind-employment_edited = Employer edited
portal-change_kind-employment_ended = Job ended
portal-change_kind-validation_report = STEM validation report
portal-due = Due { $date }
portal-overdue = Overdue
portal-done = Done
portal-mark_done = Mark as done
portal-field_change = { $field }: { $old } → { $new }
portal-changed_field-address_line1 = { portal-address_line1 }
portal-changed_field-address_line2 = { portal-address_line2 }
portal-changed_field-address_city = City
portal-changed_field-address_state = State
portal-changed_field-address_zip = ZIP code
portal-changed_field-phone = Phone number
portal-changed_field-employer_name = Employer name
portal-changed_field-ein = Employer Identification Number (EIN)
portal-changed_field-hours = Hours
portal-changed_field-start = Start date
portal-changed_field-end = End date
portal-changed_field-start_date = Start date
portal-changed_field-end_date = End date
portal-changed_field-job_title = Job title
portal-changed_field-supervisor_name = Supervisor’s name
portal-changed_field-supervisor_phone = Supervisor’s phone number
portal-changed_field-supervisor_email = Supervisor’s email
portal-changed_field-relation_to_study = How the job relates to the field of study
portal-changed_field-employer_same = Same employer
portal-changed_field-address_same = Same address
portal-changed_field-employment_status = Employment status
portal-changed_field-check_in = { portal-check_in_time }
portal-changed_field-moved_on = Date of the move
portal-changed_field-portal_email = SEVP Portal email address
portal-report_answer-yes = Yes
portal-report_answer-no = No
portal-report_answer-employed = Employed
portal-report_answer-not_employed = Not employed
portal-changed_by = Changed { $when } by { $who }
portal-marked_done = Marked as done: { $item }
portal-reopened = Due again: { $item }
portal-undo = Undo

## Students on OPT.

portal-student_title = Your OPT record
portal-unemployment_heading = Unemployment days
portal-stem_reports_heading = STEM validation reports
portal-stem_reports_none = Validation reports are for STEM OPT only.
portal-report_due = Report due { $date }
portal-unemployment_counted = Counted from the start date of your { -ead }, { $from }, to today, { $to }.
portal-unemployment_rule = Every day without OPT employment counts, from the day your { -ead } starts: at most { -fact-opt-unemployment-days } days in all on post-completion OPT, { -fact-stem-opt-unemployment-days } days in all with the STEM OPT extension.
portal-unemployment_guide = Read the rule in the SEVP Portal guide
portal-unemployment_tool = Count your days with the OPT unemployment calculator
portal-dso_contact_heading = Your school officials (DSOs)
portal-pdso = Principal designated school official (PDSO)
portal-dso = Designated school official (DSO)
portal-report_send = Send a validation report
portal-report_title = Send a STEM validation report
portal-report_lead = Your record shows this employer: { $employer }. And this address: { $address }.
portal-report_employer = Is your employer still the one on your record?
portal-report_address = Is your address still the one on your record?
portal-report_status = Are you employed now?
portal-report_submit = Send validation report
portal-report_sent = Validation report sent
portal-report_none_on_record = none on your record
portal-portal_closes = Your Portal access ends on
portal-update_contact = Update address and phone

## People under ICE supervision.

portal-reporting_title = Your reporting
portal-reporting_lead = Report a move and manage your check-in appointments.
portal-report_move = Report a change of address
portal-appointments_heading = Check-in appointments
portal-no_appointments = You have no appointments.
portal-book = Book a check-in
portal-reschedule = Change time
portal-cancel_appointment = Cancel
portal-appointment_status-booked = Booked
portal-appointment_status-cancelled = Cancelled
portal-move_title = Report a change of address
portal-moved_on_heading = When did you move?
portal-moved_on = Date you moved
portal-court_heading = Do you have a case in immigration court?
portal-court_hint = For example, a notice to appear before an immigration judge.
portal-court_case-yes = Yes
portal-court_case-no = No
portal-court_case-not-sure = I’m not sure
portal-move_submit = Send address change
portal-move_sent = Your new address is recorded here only: ICE has not been told
portal-move_not_told = This portal is a demonstration. It kept your new address on its own server and sent it nowhere else. You must still tell ICE yourself, and the immigration court and USCIS if they apply.
portal-still_to_do_heading = What you must still do
portal-still_to_do-ice-address = Tell ICE your new address at { -fact-ice-check-in-address } or with ICE’s online form by { $date }: within { -fact-ice-address-change-business-days } business days of your move.
portal-still_to_do-eoir-33 = If you have a case in immigration court, tell the court with Form EOIR-33 by { $date }: within { -fact-eoir-33-working-days } working days of your move.
portal-still_to_do-ar-11 = Tell USCIS with Form AR-11 by { $date }: within { -fact-ar-11-days } days of your move. Update each pending USCIS case separately.
portal-slot_heading = Choose a check-in time
portal-slot_hint = Times are local time at your ICE office.
portal-no_slots = There are no free times. Try again later, or call your ICE office.
portal-book_submit = Book check-in
portal-booked = Check-in booked
portal-reschedule_title = Choose a new check-in time
portal-reschedule_submit = Move check-in
portal-rescheduled = Check-in moved
portal-cancel_title = Cancel this check-in?
portal-cancel_submit = Cancel check-in
portal-cancelled = Check-in cancelled
portal-check_in_next = Bring your Form I-385 and any papers ICE gave you. If you cannot go, change or cancel the time before the day.
portal-slot = { $date }, { $time } at { $office }
portal-office_address = Where
portal-check_in_where = Go to { $office }, { $address }.
portal-official_ice = This portal is a demonstration. To report to ICE itself, use the official service:
portal-appointment_status = Status
portal-current_time = Current check-in time
portal-previous_time = Previous check-in time
portal-check_in_time = Check-in time

## ICE staff.

portal-officer_title = Audit log
portal-officer_nav-1 = Audit log
portal-officer_nav-2 = Schools and officials
portal-filter_heading = Filter the log
portal-filter_actor = Who did it or whom it was about (part of a name)
portal-filter_action = Action
portal-filter_outcome = Outcome
portal-filter_from = From (YYYY-MM-DD)
portal-filter_to = To (YYYY-MM-DD)
portal-any = Any
portal-apply_filters = Apply filters
portal-clear_filters = Clear filters
portal-columns_audit-1 = When
portal-columns_audit-2 = Who
portal-columns_audit-3 = Action
portal-columns_audit-4 = About
portal-columns_audit-5 = Outcome
portal-columns_audit-6 = Reference
portal-columns_audit-7 = What changed
portal-changes_count = { $count ->
        [one] one field
       *[other] { $count } fields
    }
portal-no_entries = No entries match.
portal-audit_action-sign_in = Signed in
portal-audit_action-sign_out = Signed out
portal-audit_action-activate_account = Set up account
portal-audit_action-update_contact = Changed address and phone
portal-audit_action-add_employment = Added employer
portal-audit_action-edit_employment = Edited employer
portal-audit_action-end_employment = Recorded job end
portal-audit_action-resend_invitation = Sent invitation again
portal-audit_action-unlock_portal_account = Unlocked Portal account
portal-audit_action-change_portal_email = Changed Portal email
portal-audit_action-download_changes_report = Downloaded changes report
portal-audit_action-view_student_record = Opened student record
portal-audit_action-view_audit_trail = Read the audit trail
portal-audit_action-mark_item_done = Marked item done
portal-audit_action-reopen_item = Reopened an item
portal-audit_action-submit_validation_report = Sent a STEM validation report
portal-audit_action-change_address = Reported change of address
portal-audit_action-book_check_in = Booked check-in
portal-audit_action-reschedule_check_in = Moved check-in
portal-audit_action-cancel_check_in = Cancelled check-in
portal-audit_outcome-success = Success
portal-audit_outcome-failure = Failure
portal-audit_outcome-denied = Denied
portal-schools_title = Schools and officials
portal-columns_schools-1 = School
portal-columns_schools-2 = School code
portal-columns_schools-3 = Students
portal-columns_schools-4 = Officials
portal-principal = PDSO
