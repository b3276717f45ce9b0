# Le portail : la connexion, les pages et les formulaires de chaque rôle, et ce qui protège
# le travail des gens (brouillons enregistrés, avertissements de session, envois qui échouent).
# Les ids qui portent le nom d’un champ de `PortalText` (src/text/portal.rs) sont lus par ce champ ;
# les listes lisent `id-1`, `id-2`, … ; `{ $… }` sont des valeurs que la page remplit.

## Autour de chaque page du portail : l’avertissement, qui est connecté, l’accès de chaque rôle.

portal-notice = Portail de démonstration : ces formulaires envoient vos réponses au serveur de référence d’eService Navigator, pas à ICE, au SEVP ni à aucun système du gouvernement. Pour informer le gouvernement, utilisez les liens officiels.
portal-notice_sign_in = Portail de démonstration : connectez-vous uniquement avec un compte de démonstration. N’écrivez pas ici le mot de passe ou les informations d’un compte que vous utilisez avec ICE, le SEVP ou un service du gouvernement.
portal-role-school_official = responsable scolaire
portal-role-student = étudiant en OPT
portal-role-supervised = personne sous la surveillance d’ICE
portal-role-officer = agent d’ICE
portal-signed_in_as = Connecté en tant que
portal-sign_out = Se déconnecter
portal-clear_device = Effacer mes données de cet appareil
portal-clear_device_hint = Sur un ordinateur partagé, utilisez ce bouton quand vous avez fini : il efface de ce navigateur vos réponses enregistrées et la liste de ce que vous avez envoyé, et il vous déconnecte.
portal-clear_confirm_title = Effacer vos données de cet appareil ?
portal-clear_confirm_warning = Cela efface de ce navigateur les réponses que vous n’avez pas encore envoyées et la liste de ce que vous avez envoyé. Vous ne pourrez pas les récupérer.
portal-clear_confirm = Oui, effacer mes données
portal-clear_keep = Non, garder mes données
portal-cleared = Vos réponses enregistrées et votre historique ont été effacés de cet appareil.
portal-signed_out_title = Vous êtes déconnecté
portal-signed_out_body = Connectez-vous pour continuer. Tout ce que vous avez écrit est enregistré sur cet appareil.
portal-sign_in_again = Se reconnecter
portal-wrong_role_title = Cette page est pour un autre type de compte
portal-wrong_role_body = Vous êtes connecté en tant que { $name } ({ $role }).
portal-go_to_yours = Aller à vos pages
portal-unreachable_title = Nous ne pouvons pas joindre le portail
portal-unreachable_body = Vérifiez votre connexion et réessayez. Tout ce que vous avez écrit est enregistré sur cet appareil.
portal-not_found_record = Nous n’avons pas trouvé ce dossier. Il appartient peut-être à une autre école, ou le lien est peut-être ancien.

## L’avertissement de fin de session.

portal-session_ending_title = Vous serez bientôt déconnecté
portal-session_ending_body = Pour votre sécurité, vous serez déconnecté dans environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Ce que vous avez écrit est enregistré sur cet appareil.
portal-stay_signed_in = Rester connecté
portal-session_ended_title = Vous avez été déconnecté
portal-session_ended_body = Vous avez été déconnecté après un moment sans activité. Ce que vous avez écrit est enregistré sur cet appareil : reconnectez-vous pour continuer.

## Chaque formulaire : brouillons, page de vérification, envoi, confirmation, listes.

portal-saved_note = Ce que vous écrivez est enregistré sur cet appareil jusqu’à ce que vous l’envoyiez.
portal-optional = { $label } (facultatif)
portal-change = Modifier
portal-check_title = Vérifiez vos réponses avant de les envoyer
portal-check_lead = Assurez-vous qu’elles sont correctes. Vous pouvez modifier chaque réponse.
portal-not_sent_title = Vos réponses n’ont pas été envoyées
portal-not_sent_offline = Nous n’avons pas pu joindre le portail. Vérifiez votre connexion, puis réessayez. Vos réponses sont enregistrées sur cet appareil, et les renvoyer ne les enverra pas deux fois.
portal-not_sent_server = Le portail a eu un problème et n’a pas pu recevoir vos réponses. Réessayez dans un moment. Vos réponses sont enregistrées sur cet appareil, et les renvoyer ne les enverra pas deux fois.
portal-not_sent_signed_out = Votre session est terminée. Reconnectez-vous pour envoyer vos réponses : elles sont enregistrées sur cet appareil.
portal-refused_title = Cela n’a pas pu être fait
portal-sending = Envoi en cours…
portal-reference_label = Votre numéro de référence
portal-sent_at = Envoyé
portal-next_heading = Ce qui se passe ensuite
portal-your_answers = Ce que vous avez envoyé
portal-keep_record = Imprimez cette page ou enregistrez-la en PDF pour en garder une trace.
portal-back_to_start = Retour à vos pages
portal-history_heading = Envoyé depuis cet appareil
portal-history_none = Rien n’a encore été envoyé depuis cet appareil.
portal-nothing_to_confirm = Il n’y a rien à confirmer ici. Vos réponses ont peut-être été envoyées depuis un autre onglet : vérifiez ci-dessous ce qui a été envoyé depuis cet appareil.
portal-previous = Précédent
portal-next = Suivant
portal-page_of = Page { $page } sur { $pages }
portal-not_given = Non indiqué

## Connexion.

portal-sign_in_title = Se connecter au portail
portal-needs_script = Le portail fonctionne dans votre navigateur et a besoin de JavaScript, qui est désactivé ou ne s’est pas chargé.
portal-sign_in_lead = Les responsables scolaires, les étudiants en OPT, les personnes sous la surveillance d’ICE et le personnel d’ICE se connectent ici.
portal-sign_in_how = Comment vous connectez-vous ?
portal-sign_in_method-password = Avec une adresse e-mail et un mot de passe (responsables scolaires, étudiants en OPT, personnel d’ICE)
portal-sign_in_method-supervision = Avec mon { -a-number }, mon { -subject-id } et ma date de naissance (personnes sous la surveillance d’ICE)
portal-sign_in_method_missing = Choisissez comment vous vous connectez
portal-email = Adresse e-mail
portal-password = Mot de passe
portal-a_number = { -a-number }
portal-a_number_hint = Votre numéro de dossier d’immigration, sur vos avis : la lettre A suivie de { -fact-a-number-min-digits } à { -fact-a-number-digits } chiffres, par exemple A012345678.
portal-subject_id = { -subject-id }
portal-subject_id_hint = Sur le formulaire I-385, le document que vous avez reçu à votre libération.
portal-date_of_birth = Date de naissance
portal-date_of_birth_hint = Par exemple, 27 3 1990
portal-sign_in_button = Se connecter
portal-students_activate = Étudiants en OPT : créez d’abord votre compte avec le lien de votre e-mail d’invitation.

## La création du compte Portal d’un étudiant.

portal-activate_title = Créez votre compte Portal
portal-activate_lead = Choisissez le mot de passe que vous utiliserez pour vous connecter avec votre adresse e-mail.
portal-new_password = Créez un mot de passe
portal-new_password_hint = Au moins 12 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
portal-confirm_password = Écrivez de nouveau le mot de passe
portal-activate_button = Créer le compte

## Adresse et téléphone.

portal-address_line1 = Adresse, ligne 1
portal-address_line2 = Adresse, ligne 2
portal-city = Ville
portal-state = État
portal-state_hint = Deux lettres, comme NJ, ou le nom complet
portal-zip = Code postal (ZIP)
portal-phone = Numéro de téléphone
portal-phone_hint = Un numéro américain, comme { -sample-phone }
portal-address_heading = Quelle est la nouvelle adresse aux États-Unis ?
portal-phone_heading = Quel est le numéro de téléphone ?
portal-address = Adresse

## L’emploi, et les mots du dossier d’un étudiant.

portal-employer_name = Nom de l’employeur
portal-employer_address = Lieu de travail
portal-ein = Numéro d’identification de l’employeur (EIN)
portal-ein_hint = { -fact-ein-digits } chiffres, comme 12-3456789
portal-hours = Heures
portal-hours_option-full_time = Temps plein ({ -fact-opt-minimum-weekly-hours } heures par semaine ou plus)
portal-hours_option-part_time = Temps partiel (moins de { -fact-opt-minimum-weekly-hours } heures par semaine)
portal-start_date = Date de début
portal-end_date = Date de fin
portal-end_date_hint = Laissez vide si l’emploi n’est pas terminé
portal-job_title = Intitulé du poste
portal-supervisor_name = Nom du superviseur
portal-supervisor_phone = Numéro de téléphone du superviseur
portal-supervisor_email = Adresse e-mail du superviseur
portal-relation_to_study = Lien entre l’emploi et le domaine d’études
portal-relation_hint = Une ou deux phrases, comme sur l’I-983 ou la lettre de l’employeur.
portal-employer_heading = Employeur
portal-job_heading = L’emploi
portal-supervisor_heading = Superviseur
portal-end_heading = Quand l’emploi s’est-il terminé ?
portal-opt_kind-post_completion = OPT après la fin des études
portal-opt_kind-stem = STEM OPT
portal-opt_kind-m1 = Formation pratique M-1
portal-portal_state-not_invited = Non invité
portal-portal_state-invited = Invité
portal-portal_state-invitation_expired = Invitation expirée
portal-portal_state-active = Actif
portal-portal_state-locked = Bloqué
portal-portal_state-closed = Fermé
portal-reported_by-student = Étudiant
portal-reported_by-school_official = Responsable scolaire

## Responsables scolaires.

portal-dso_title = Vos étudiants
portal-dso_nav-1 = Étudiants
portal-dso_nav-2 = À traiter
portal-dso_nav-3 = Rapports
portal-search_label = Rechercher par nom ou { -sevis-id }
portal-search_button = Rechercher
portal-no_students = Aucun étudiant ne correspond.
portal-columns_students-1 = Nom
portal-columns_students-2 = { -sevis-id }
portal-columns_students-3 = OPT
portal-columns_students-4 = Fin de l’{ -ead }
portal-columns_students-5 = Compte Portal
portal-columns_students-6 = À traiter
portal-sevis_id = { -sevis-id }
portal-opt = OPT
portal-ead = { -ead }
portal-contact_heading = Adresse et téléphone aux États-Unis
portal-no_contact = Aucune adresse ni aucun téléphone enregistré.
portal-employment_heading = Emploi
portal-no_employment = Aucun employeur enregistré.
portal-columns_employment-1 = Employeur
portal-columns_employment-2 = Intitulé du poste
portal-columns_employment-3 = Début
portal-columns_employment-4 = Fin
portal-columns_employment-5 = Déclaré par
portal-portal_heading = Compte SEVP Portal
portal-portal_state = Compte
portal-portal_email = E-mail du Portal
portal-invitation_expires = Le lien d’invitation fonctionne jusqu’au
portal-change_contact = Modifier l’adresse et le téléphone
portal-add_employer = Ajouter un employeur
portal-edit = Modifier
portal-record_end = Enregistrer la date de fin
portal-resend_invitation = Renvoyer l’invitation
portal-unlock = Débloquer le compte
portal-change_portal_email = Changer l’e-mail du Portal
portal-invitation_sent = Invitation renvoyée
portal-unlocked = Compte Portal débloqué
portal-contact_form_title = Modifier l’adresse et le téléphone
portal-contact_submit = Enregistrer l’adresse et le téléphone
portal-contact_sent = Adresse et téléphone enregistrés
portal-add_employment_title = Ajouter un employeur
portal-add_employment_submit = Ajouter l’employeur
portal-add_employment_sent = Employeur ajouté
portal-edit_employment_title = Modifier les informations de l’employeur
portal-edit_employment_submit = Enregistrer les informations de l’employeur
portal-edit_employment_sent = Informations de l’employeur enregistrées
portal-end_employment_title = Enregistrer la fin d’un emploi
portal-end_employment_submit = Enregistrer la date de fin
portal-end_employment_sent = Date de fin enregistrée
portal-record_subject = { $name } · { -sevis-id } { $sevis }
portal-portal_email_title = Changer l’e-mail du Portal
portal-portal_email_submit = Changer l’e-mail
portal-portal_email_sent = E-mail du Portal changé
portal-dso_next_sevis = Le dossier montre maintenant le changement. Mettez à jour SEVIS dans un délai de { -fact-dso-sevis-update-days } jours après le changement.
portal-student_next = Votre école voit maintenant le changement. Cette démonstration n’a pas modifié SEVIS : dans le SEVP Portal officiel, un changement que vous faites arrive tout de suite dans SEVIS, sans attendre votre DSO.
portal-reports_title = Rapports
portal-changes_report = Télécharger les changements faits par les étudiants (CSV)
portal-changes_report_hint = Tous les changements que vos étudiants ont faits eux-mêmes, avec les numéros de référence, pour les reporter dans SEVIS.
portal-accounts_heading = Qui a un compte Portal
portal-columns_accounts-1 = Nom
portal-columns_accounts-2 = { -sevis-id }
portal-columns_accounts-3 = Compte
portal-columns_accounts-4 = E-mail du Portal
portal-items_title = À traiter
portal-items_lead = Les changements faits par les étudiants, que vous devez reporter dans SEVIS dans un délai de { -fact-dso-sevis-update-days } jours.
portal-items_none = Rien à traiter.
portal-change_kind-contact = Adresse et téléphone
portal-change_kind-employment_added = Employeur ajouté
portal-change_kind-employment_edited = Employeur modifié
portal-change_kind-employment_ended = Emploi terminé
portal-change_kind-validation_report = Rapport de validation STEM
portal-due = À faire au plus tard le { $date }
portal-overdue = En retard
portal-done = Fait
portal-mark_done = Marquer comme fait
portal-field_change = { $field } : { $old } → { $new }
portal-changed_field-address_line1 = { portal-address_line1 }
portal-changed_field-address_line2 = { portal-address_line2 }
portal-changed_field-address_city = Ville
portal-changed_field-address_state = État
portal-changed_field-address_zip = Code postal (ZIP)
portal-changed_field-phone = Numéro de téléphone
portal-changed_field-employer_name = Nom de l’employeur
portal-changed_field-ein = Numéro d’identification de l’employeur (EIN)
portal-changed_field-hours = Heures
portal-changed_field-start = Date de début
portal-changed_field-end = Date de fin
portal-changed_field-start_date = Date de début
portal-changed_field-end_date = Date de fin
portal-changed_field-job_title = Intitulé du poste
portal-changed_field-supervisor_name = Nom du superviseur
portal-changed_field-supervisor_phone = Numéro de téléphone du superviseur
portal-changed_field-supervisor_email = E-mail du superviseur
portal-changed_field-relation_to_study = Lien entre l’emploi et le domaine d’études
portal-changed_field-employer_same = Même employeur
portal-changed_field-address_same = Même adresse
portal-changed_field-employment_status = Situation d’emploi
portal-changed_field-check_in = { portal-check_in_time }
portal-changed_field-moved_on = Date du déménagement
portal-changed_field-portal_email = Adresse e-mail du SEVP Portal
portal-report_answer-yes = Oui
portal-report_answer-no = Non
portal-report_answer-employed = A un emploi
portal-report_answer-not_employed = Sans emploi
portal-changed_by = Modifié le { $when } par { $who }
portal-marked_done = Marqué comme fait : { $item }
portal-reopened = De nouveau à traiter : { $item }
portal-undo = Annuler

## Étudiants en OPT.

portal-student_title = Votre dossier OPT
portal-unemployment_heading = Jours de chômage
portal-stem_reports_heading = Rapports de validation STEM
portal-stem_reports_none = Les rapports de validation concernent uniquement la STEM OPT.
portal-report_due = Rapport à envoyer au plus tard le { $date }
portal-unemployment_counted = Comptés à partir de la date de début de votre { -ead }, le { $from }, jusqu’à aujourd’hui, { $to }.
portal-unemployment_rule = Chaque jour sans emploi OPT compte, à partir du jour où votre { -ead } commence : { -fact-opt-unemployment-days } jours au maximum au total en OPT après la fin des études, { -fact-stem-opt-unemployment-days } jours au total avec l’extension STEM OPT.
portal-unemployment_guide = Lire la règle dans le guide du SEVP Portal
portal-unemployment_tool = Comptez vos jours avec le calculateur de jours de chômage en OPT
portal-dso_contact_heading = Vos responsables scolaires (DSO)
portal-pdso = Responsable scolaire désigné principal (PDSO)
portal-dso = Responsable scolaire désigné (DSO)
portal-report_send = Envoyer un rapport de validation
portal-report_title = Envoyer un rapport de validation STEM
portal-report_lead = Employeur indiqué dans votre dossier : { $employer }. Adresse indiquée dans votre dossier : { $address }.
portal-report_employer = Votre employeur est-il toujours celui de votre dossier ?
portal-report_address = Votre adresse est-elle toujours celle de votre dossier ?
portal-report_status = Avez-vous un emploi en ce moment ?
portal-report_submit = Envoyer le rapport de validation
portal-report_sent = Rapport de validation envoyé
portal-report_none_on_record = aucune information
portal-portal_closes = Votre accès au Portal se termine le
portal-update_contact = Mettre à jour l’adresse et le téléphone

## Personnes sous la surveillance d’ICE.

portal-reporting_title = Vos démarches
portal-reporting_lead = Déclarez un déménagement et gérez vos rendez-vous de contrôle (check-in).
portal-report_move = Déclarer un changement d’adresse
portal-appointments_heading = Rendez-vous de contrôle
portal-no_appointments = Vous n’avez aucun rendez-vous.
portal-book = Prendre un rendez-vous de contrôle
portal-reschedule = Changer l’heure
portal-cancel_appointment = Annuler
portal-appointment_status-booked = Réservé
portal-appointment_status-cancelled = Annulé
portal-move_title = Déclarer un changement d’adresse
portal-moved_on_heading = Quand avez-vous déménagé ?
portal-moved_on = Date du déménagement
portal-court_heading = Avez-vous une affaire devant le tribunal de l’immigration ?
portal-court_hint = Par exemple, un avis de comparution (Notice to Appear) devant un juge de l’immigration.
portal-court_case-yes = Oui
portal-court_case-no = Non
portal-court_case-not-sure = Je ne sais pas
portal-move_submit = Envoyer le changement d’adresse
portal-move_sent = Votre nouvelle adresse est enregistrée ici seulement : ICE n’a pas été informé
portal-move_not_told = Ce portail est une démonstration. Il a gardé votre nouvelle adresse sur son propre serveur et ne l’a envoyée nulle part ailleurs. Vous devez quand même informer ICE vous-même, et aussi le tribunal de l’immigration et USCIS si cela vous concerne.
portal-still_to_do_heading = Ce que vous devez encore faire
portal-still_to_do-ice-address = Donnez votre nouvelle adresse à ICE sur { -fact-ice-check-in-address } ou avec le formulaire en ligne d’ICE au plus tard le { $date } : dans un délai de { -fact-ice-address-change-business-days } jours ouvrables après votre déménagement.
portal-still_to_do-eoir-33 = Si vous avez une affaire devant le tribunal de l’immigration, informez le tribunal avec le formulaire EOIR-33 au plus tard le { $date } : dans un délai de { -fact-eoir-33-working-days } jours ouvrables après votre déménagement.
portal-still_to_do-ar-11 = Informez USCIS avec le formulaire AR-11 au plus tard le { $date } : dans un délai de { -fact-ar-11-days } jours après votre déménagement. Mettez à jour séparément chaque dossier USCIS en cours.
portal-slot_heading = Choisissez une heure de rendez-vous
portal-slot_hint = Les heures sont données à l’heure locale de votre bureau d’ICE.
portal-no_slots = Il n’y a aucune heure libre. Réessayez plus tard, ou appelez votre bureau d’ICE.
portal-book_submit = Prendre le rendez-vous
portal-booked = Rendez-vous pris
portal-reschedule_title = Choisissez une nouvelle heure de rendez-vous
portal-reschedule_submit = Déplacer le rendez-vous
portal-rescheduled = Rendez-vous déplacé
portal-cancel_title = Annuler ce rendez-vous ?
portal-cancel_submit = Annuler le rendez-vous
portal-cancelled = Rendez-vous annulé
portal-check_in_next = Apportez votre formulaire I-385 et tous les documents qu’ICE vous a donnés. Si vous ne pouvez pas y aller, changez ou annulez l’heure avant le jour du rendez-vous.
portal-slot = { $date } à { $time }, au { $office }
portal-office_address = Où
portal-check_in_where = Allez au { $office }, { $address }.
portal-official_ice = Ce portail est une démonstration. Pour faire vos démarches auprès d’ICE, utilisez le service officiel :
portal-appointment_status = État
portal-current_time = Heure actuelle du rendez-vous
portal-previous_time = Ancienne heure du rendez-vous
portal-check_in_time = Heure du rendez-vous

## Personnel d’ICE.

portal-officer_title = Journal d’audit
portal-officer_nav-1 = Journal d’audit
portal-officer_nav-2 = Écoles et responsables
portal-filter_heading = Filtrer le journal
portal-filter_actor = Qui l’a fait ou qui était concerné (une partie d’un nom)
portal-filter_action = Action
portal-filter_outcome = Résultat
portal-filter_from = Du (AAAA-MM-JJ)
portal-filter_to = Au (AAAA-MM-JJ)
portal-any = Tous
portal-apply_filters = Appliquer les filtres
portal-clear_filters = Effacer les filtres
portal-columns_audit-1 = Quand
portal-columns_audit-2 = Qui
portal-columns_audit-3 = Action
portal-columns_audit-4 = Concerne
portal-columns_audit-5 = Résultat
portal-columns_audit-6 = Référence
portal-columns_audit-7 = Ce qui a changé
portal-changes_count = { $count ->
        [one] { $count } champ
       *[other] { $count } champs
    }
portal-no_entries = Aucune entrée ne correspond.
portal-audit_action-sign_in = Connexion
portal-audit_action-sign_out = Déconnexion
portal-audit_action-activate_account = Compte créé
portal-audit_action-update_contact = Adresse et téléphone modifiés
portal-audit_action-add_employment = Employeur ajouté
portal-audit_action-edit_employment = Employeur modifié
portal-audit_action-end_employment = Fin d’emploi enregistrée
portal-audit_action-resend_invitation = Invitation renvoyée
portal-audit_action-unlock_portal_account = Compte Portal débloqué
portal-audit_action-change_portal_email = E-mail du Portal changé
portal-audit_action-download_changes_report = Rapport des changements téléchargé
portal-audit_action-view_student_record = Dossier d’un étudiant ouvert
portal-audit_action-view_audit_trail = Journal d’audit consulté
portal-audit_action-mark_item_done = Élément marqué comme fait
portal-audit_action-reopen_item = Élément rouvert
portal-audit_action-submit_validation_report = Rapport de validation STEM envoyé
portal-audit_action-change_address = Changement d’adresse déclaré
portal-audit_action-book_check_in = Rendez-vous de contrôle pris
portal-audit_action-reschedule_check_in = Rendez-vous de contrôle déplacé
portal-audit_action-cancel_check_in = Rendez-vous de contrôle annulé
portal-audit_outcome-success = Réussite
portal-audit_outcome-failure = Échec
portal-audit_outcome-denied = Refusé
portal-schools_title = Écoles et responsables
portal-columns_schools-1 = École
portal-columns_schools-2 = Code de l’école
portal-columns_schools-3 = Étudiants
portal-columns_schools-4 = Responsables
portal-principal = PDSO
