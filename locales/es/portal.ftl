# The portal: sign-in, the pages and forms of each role, and what keeps people’s work
# safe (saved drafts, session warnings, failed sends).
# Ids named after a field of `PortalText` (src/text/portal.rs) are read by that field;
# lists read `id-1`, `id-2`, …; `{ $… }` are values the page fills in.

## Around every portal page: the notice, who is signed in, the gate of each role.

portal-notice = Portal de demostración: estos formularios envían sus respuestas al servidor de referencia de eService Navigator, no a ICE, al SEVP ni a ningún sistema del gobierno. Para avisar al gobierno, use los enlaces oficiales.
portal-notice_sign_in = Portal de demostración: inicie sesión solo con una cuenta de demostración. No escriba aquí la contraseña ni los datos de una cuenta que use con ICE, el SEVP o cualquier servicio del gobierno.
portal-role-school_official = funcionario escolar
portal-role-student = estudiante con OPT
portal-role-supervised = persona bajo supervisión de ICE
portal-role-officer = oficial de ICE
portal-signed_in_as = Sesión iniciada como
portal-sign_out = Cerrar sesión
portal-clear_device = Borrar mis datos de este dispositivo
portal-clear_device_hint = En una computadora compartida, úselo al terminar: borra de este navegador sus respuestas guardadas y la lista de lo que envió, y cierra su sesión.
portal-clear_confirm_title = ¿Borrar sus datos de este dispositivo?
portal-clear_confirm_warning = Esto borra de este navegador las respuestas que aún no envió y la lista de lo que envió. No podrá recuperarlas.
portal-clear_confirm = Sí, borrar mis datos
portal-clear_keep = No, conservar mis datos
portal-cleared = Se borraron de este dispositivo sus respuestas guardadas y su historial.
portal-signed_out_title = No ha iniciado sesión
portal-signed_out_body = Inicie sesión para continuar. Lo que escribió está guardado en este dispositivo.
portal-sign_in_again = Iniciar sesión de nuevo
portal-wrong_role_title = Esta página es para otro tipo de cuenta
portal-wrong_role_body = Inició sesión como { $name } ({ $role }).
portal-go_to_yours = Ir a sus páginas
portal-unreachable_title = No podemos conectar con el portal
portal-unreachable_body = Revise su conexión e inténtelo de nuevo. Lo que escribió está guardado en este dispositivo.
portal-not_found_record = No encontramos ese registro. Puede ser de otra escuela, o el enlace puede ser antiguo.

## The session warning.

portal-session_ending_title = Su sesión se cerrará pronto
portal-session_ending_body = Por su seguridad, su sesión se cerrará en { $minutes ->
        [one] un minuto
       *[other] unos { $minutes } minutos
    }. Lo que escribió está guardado en este dispositivo.
portal-stay_signed_in = Seguir con la sesión
portal-session_ended_title = Su sesión se cerró
portal-session_ended_body = Su sesión se cerró después de un tiempo sin actividad. Lo que escribió está guardado en este dispositivo: inicie sesión de nuevo para continuar.

## Every form: drafts, the check page, sending, the confirmation, lists.

portal-saved_note = Lo que escribe se guarda en este dispositivo hasta que lo envíe.
portal-optional = { $label } (opcional)
portal-change = Cambiar
portal-check_title = Revise sus respuestas antes de enviarlas
portal-check_lead = Asegúrese de que sean correctas. Puede cambiar cualquier respuesta.
portal-not_sent_title = Sus respuestas no se enviaron
portal-not_sent_offline = No pudimos conectar con el portal. Revise su conexión e inténtelo de nuevo. Sus respuestas están guardadas en este dispositivo, y enviarlas otra vez no las enviará dos veces.
portal-not_sent_server = El portal tuvo un problema y no pudo recibir sus respuestas. Inténtelo de nuevo en un momento. Sus respuestas están guardadas en este dispositivo, y enviarlas otra vez no las enviará dos veces.
portal-not_sent_signed_out = Su sesión terminó. Inicie sesión de nuevo para enviar sus respuestas: están guardadas en este dispositivo.
portal-refused_title = No se pudo hacer
portal-sending = Enviando…
portal-reference_label = Su número de referencia
portal-sent_at = Enviado
portal-next_heading = Qué pasa ahora
portal-your_answers = Lo que envió
portal-keep_record = Imprima esta página o guárdela como PDF para tener un registro.
portal-back_to_start = Volver a sus páginas
portal-history_heading = Enviado desde este dispositivo
portal-history_none = Todavía no se ha enviado nada desde este dispositivo.
portal-nothing_to_confirm = No hay nada que confirmar aquí. Quizás sus respuestas se enviaron desde otra pestaña: revise abajo lo enviado desde este dispositivo.
portal-previous = Anterior
portal-next = Siguiente
portal-page_of = Página { $page } de { $pages }
portal-not_given = No indicado

## Sign-in.

portal-sign_in_title = Iniciar sesión en el portal
portal-needs_script = El portal funciona en su navegador y necesita JavaScript, que está desactivado o no se cargó.
portal-sign_in_lead = Aquí inician sesión los funcionarios escolares, los estudiantes con OPT, las personas bajo supervisión de ICE y el personal de ICE.
portal-sign_in_how = ¿Cómo inicia sesión?
portal-sign_in_method-password = Con correo electrónico y contraseña (funcionarios escolares, estudiantes con OPT, personal de ICE)
portal-sign_in_method-supervision = Con mi { -a-number }, { -subject-id } y fecha de nacimiento (personas bajo supervisión de ICE)
portal-sign_in_method_missing = Seleccione cómo inicia sesión
portal-email = Correo electrónico
portal-password = Contraseña
portal-a_number = { -a-number }
portal-a_number_hint = En sus avisos: una A seguida de { -fact-a-number-min-digits } a { -fact-a-number-digits } números, como A012345678.
portal-subject_id = { -subject-id }
portal-subject_id_hint = En el Formulario I-385, el papel que recibió cuando lo liberaron.
portal-date_of_birth = Fecha de nacimiento
portal-date_of_birth_hint = Por ejemplo, 27 3 1990
portal-sign_in_button = Iniciar sesión
portal-students_activate = Estudiantes con OPT: primero creen su cuenta con el enlace del correo de invitación.

## Setting up a student’s Portal account.

portal-activate_title = Cree su cuenta del Portal
portal-activate_lead = Elija la contraseña con la que iniciará sesión con su correo electrónico.
portal-new_password = Cree una contraseña
portal-new_password_hint = Al menos 12 caracteres. Unas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
portal-confirm_password = Escriba la contraseña otra vez
portal-activate_button = Crear cuenta

## Address and phone.

portal-address_line1 = Dirección, línea 1
portal-address_line2 = Dirección, línea 2
portal-city = Ciudad
portal-state = Estado
portal-state_hint = Dos letras, como NJ, o el nombre completo
portal-zip = Código postal (ZIP)
portal-phone = Número de teléfono
portal-phone_hint = Un número de EE. UU., como { -sample-phone }
portal-address_heading = ¿Cuál es la nueva dirección en EE. UU.?
portal-phone_heading = ¿Cuál es el número de teléfono?
portal-address = Dirección

## Employment, and the words for a student’s record.

portal-employer_name = Nombre del empleador
portal-employer_address = Dónde es el trabajo
portal-ein = Número de Identificación del Empleador (EIN)
portal-ein_hint = { -fact-ein-digits } números, como 12-3456789
portal-hours = Horas
portal-hours_option-full_time = Tiempo completo ({ -fact-opt-minimum-weekly-hours } horas por semana o más)
portal-hours_option-part_time = Medio tiempo (menos de { -fact-opt-minimum-weekly-hours } horas por semana)
portal-start_date = Fecha de inicio
portal-end_date = Fecha de finalización
portal-end_date_hint = Déjela vacía si el trabajo no ha terminado
portal-job_title = Puesto
portal-supervisor_name = Nombre del supervisor
portal-supervisor_phone = Teléfono del supervisor
portal-supervisor_email = Correo electrónico del supervisor
portal-relation_to_study = Relación del trabajo con el campo de estudio
portal-relation_hint = Una o dos frases, como en el I-983 o la carta del empleador.
portal-employer_heading = Empleador
portal-job_heading = El trabajo
portal-supervisor_heading = Supervisor
portal-end_heading = ¿Cuándo terminó el trabajo?
portal-opt_kind-post_completion = OPT después de los estudios
portal-opt_kind-stem = STEM OPT
portal-opt_kind-m1 = Práctica M-1
portal-portal_state-not_invited = Sin invitación
portal-portal_state-invited = Invitado
portal-portal_state-invitation_expired = Invitación vencida
portal-portal_state-active = Activa
portal-portal_state-locked = Bloqueada
portal-portal_state-closed = Cerrada
portal-reported_by-student = Estudiante
portal-reported_by-school_official = Funcionario escolar

## School officials.

portal-dso_title = Sus estudiantes
portal-dso_nav-1 = Estudiantes
portal-dso_nav-2 = Pendientes
portal-dso_nav-3 = Informes
portal-search_label = Buscar por nombre o { -sevis-id }
portal-search_button = Buscar
portal-no_students = Ningún estudiante coincide.
portal-columns_students-1 = Nombre
portal-columns_students-2 = { -sevis-id }
portal-columns_students-3 = OPT
portal-columns_students-4 = Fin del { -ead }
portal-columns_students-5 = Cuenta del Portal
portal-columns_students-6 = Pendientes
portal-sevis_id = { -sevis-id }
portal-opt = OPT
portal-ead = { -ead }
portal-contact_heading = Dirección y teléfono en EE. UU.
portal-no_contact = No hay dirección ni teléfono registrados.
portal-employment_heading = Empleo
portal-no_employment = No hay empleador registrado.
portal-columns_employment-1 = Empleador
portal-columns_employment-2 = Puesto
portal-columns_employment-3 = Inicio
portal-columns_employment-4 = Fin
portal-columns_employment-5 = Informado por
portal-portal_heading = Cuenta del Portal del SEVP
portal-portal_state = Cuenta
portal-portal_email = Correo del Portal
portal-invitation_expires = El enlace de invitación sirve hasta
portal-change_contact = Cambiar dirección y teléfono
portal-add_employer = Agregar un empleador
portal-edit = Editar
portal-record_end = Registrar fecha de fin
portal-resend_invitation = Enviar la invitación otra vez
portal-unlock = Desbloquear la cuenta
portal-change_portal_email = Cambiar el correo del Portal
portal-invitation_sent = Invitación enviada otra vez
portal-unlocked = Cuenta del Portal desbloqueada
portal-contact_form_title = Cambiar dirección y teléfono
portal-contact_submit = Guardar dirección y teléfono
portal-contact_sent = Dirección y teléfono guardados
portal-add_employment_title = Agregar un empleador
portal-add_employment_submit = Agregar empleador
portal-add_employment_sent = Empleador agregado
portal-edit_employment_title = Editar los datos del empleador
portal-edit_employment_submit = Guardar datos del empleador
portal-edit_employment_sent = Datos del empleador guardados
portal-end_employment_title = Registrar el fin de un trabajo
portal-end_employment_submit = Registrar fecha de fin
portal-end_employment_sent = Fecha de fin registrada
portal-record_subject = { $name } · { -sevis-id } { $sevis }
portal-portal_email_title = Cambiar el correo del Portal
portal-portal_email_submit = Cambiar correo
portal-portal_email_sent = Correo del Portal cambiado
portal-dso_next_sevis = El registro ya muestra el cambio. Actualice SEVIS dentro de los { -fact-dso-sevis-update-days } días del cambio.
portal-student_next = Su escuela ya ve el cambio. Esta demostración no cambió SEVIS: en el Portal oficial del SEVP, un cambio que usted hace llega a SEVIS de inmediato, sin esperar a su DSO.
portal-reports_title = Informes
portal-changes_report = Descargar los cambios hechos por los estudiantes (CSV)
portal-changes_report_hint = Cada cambio que hicieron sus estudiantes, con números de referencia, para pasarlo a SEVIS.
portal-accounts_heading = Quién tiene cuenta del Portal
portal-columns_accounts-1 = Nombre
portal-columns_accounts-2 = { -sevis-id }
portal-columns_accounts-3 = Cuenta
portal-columns_accounts-4 = Correo del Portal
portal-items_title = Pendientes
portal-items_lead = Cambios hechos por estudiantes que debe pasar a SEVIS dentro de { -fact-dso-sevis-update-days } días.
portal-items_none = No hay nada pendiente.
portal-change_kind-contact = Dirección y teléfono
portal-change_kind-employment_added = Empleador agregado
portal-change_kind-employment_edited = Empleador editado
portal-change_kind-employment_ended = Trabajo terminado
portal-change_kind-validation_report = Informe de validación STEM
portal-due = Vence el { $date }
portal-overdue = Vencido
portal-done = Hecho
portal-mark_done = Marcar como hecho
portal-field_change = { $field }: { $old } → { $new }
portal-changed_field-address_line1 = { portal-address_line1 }
portal-changed_field-address_line2 = { portal-address_line2 }
portal-changed_field-address_city = Ciudad
portal-changed_field-address_state = Estado
portal-changed_field-address_zip = Código postal (ZIP)
portal-changed_field-phone = Número de teléfono
portal-changed_field-employer_name = Nombre del empleador
portal-changed_field-ein = Número de identificación del empleador (EIN)
portal-changed_field-hours = Horario
portal-changed_field-start = Fecha de inicio
portal-changed_field-end = Fecha de finalización
portal-changed_field-start_date = Fecha de inicio
portal-changed_field-end_date = Fecha de finalización
portal-changed_field-job_title = Puesto
portal-changed_field-supervisor_name = Nombre del supervisor
portal-changed_field-supervisor_phone = Teléfono del supervisor
portal-changed_field-supervisor_email = Correo electrónico del supervisor
portal-changed_field-relation_to_study = Relación del trabajo con el campo de estudio
portal-changed_field-employer_same = Mismo empleador
portal-changed_field-address_same = Misma dirección
portal-changed_field-employment_status = Situación laboral
portal-changed_field-check_in = { portal-check_in_time }
portal-changed_field-moved_on = Fecha de la mudanza
portal-changed_field-portal_email = Correo electrónico del SEVP Portal
portal-report_answer-yes = Sí
portal-report_answer-no = No
portal-report_answer-employed = Con empleo
portal-report_answer-not_employed = Sin empleo
portal-changed_by = Cambio del { $when }, hecho por { $who }
portal-marked_done = Marcado como hecho: { $item }
portal-reopened = Pendiente de nuevo: { $item }
portal-undo = Deshacer

## Students on OPT.

portal-student_title = Su registro de OPT
portal-unemployment_heading = Días de desempleo
portal-stem_reports_heading = Informes de validación STEM
portal-stem_reports_none = Los informes de validación son solo para la STEM OPT.
portal-report_due = El informe vence el { $date }
portal-unemployment_counted = Contados desde la fecha de inicio de su { -ead }, el { $from }, hasta hoy, { $to }.
portal-unemployment_rule = Cuenta cada día sin empleo de OPT, desde el día en que empieza su { -ead }: como máximo { -fact-opt-unemployment-days } días en total con la OPT posterior a los estudios, { -fact-stem-opt-unemployment-days } días en total con la extensión STEM OPT.
portal-unemployment_guide = Lea la regla en la guía del Portal del SEVP
portal-unemployment_tool = Cuente sus días con la calculadora de desempleo de la OPT
portal-dso_contact_heading = Los funcionarios de su escuela (DSO)
portal-pdso = Funcionario escolar designado principal (PDSO)
portal-dso = Funcionario escolar designado (DSO)
portal-report_send = Enviar un informe de validación
portal-report_title = Enviar un informe de validación STEM
portal-report_lead = Su registro muestra este empleador: { $employer }. Y esta dirección: { $address }.
portal-report_employer = ¿Su empleador sigue siendo el de su registro?
portal-report_address = ¿Su dirección sigue siendo la de su registro?
portal-report_status = ¿Tiene empleo ahora?
portal-report_submit = Enviar informe de validación
portal-report_sent = Informe de validación enviado
portal-report_none_on_record = ninguno en su registro
portal-portal_closes = Su acceso al Portal termina el
portal-update_contact = Actualizar dirección y teléfono

## People under ICE supervision.

portal-reporting_title = Sus reportes
portal-reporting_lead = Informe una mudanza y administre sus citas de presentación.
portal-report_move = Informar un cambio de dirección
portal-appointments_heading = Citas de presentación
portal-no_appointments = No tiene citas.
portal-book = Reservar una cita
portal-reschedule = Cambiar hora
portal-cancel_appointment = Cancelar
portal-appointment_status-booked = Reservada
portal-appointment_status-cancelled = Cancelada
portal-move_title = Informar un cambio de dirección
portal-moved_on_heading = ¿Cuándo se mudó?
portal-moved_on = Fecha en que se mudó
portal-court_heading = ¿Tiene un caso en la corte de inmigración?
portal-court_hint = Por ejemplo, un aviso para presentarse ante un juez de inmigración.
portal-court_case-yes = Sí
portal-court_case-no = No
portal-court_case-not-sure = No estoy seguro
portal-move_submit = Enviar cambio de dirección
portal-move_sent = Su nueva dirección quedó registrada solo aquí: no se avisó a ICE
portal-move_not_told = Este portal es una demostración. Guardó su nueva dirección en su propio servidor y no la envió a ningún otro lugar. Usted todavía debe avisar a ICE, y a la corte de inmigración y a USCIS si corresponde.
portal-still_to_do_heading = Lo que todavía debe hacer
portal-still_to_do-ice-address = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } o con el formulario en línea de ICE a más tardar el { $date }: en un plazo de { -fact-ice-address-change-business-days } días hábiles desde la mudanza.
portal-still_to_do-eoir-33 = Si tiene un caso en la corte de inmigración, informe a la corte con el Formulario EOIR-33 a más tardar el { $date }: en un plazo de { -fact-eoir-33-working-days } días hábiles desde la mudanza.
portal-still_to_do-ar-11 = Informe a USCIS con el Formulario AR-11 a más tardar el { $date }: en un plazo de { -fact-ar-11-days } días desde la mudanza. Actualice por separado cada caso pendiente de USCIS.
portal-slot_heading = Elija una hora para presentarse
portal-slot_hint = Las horas son la hora local de su oficina de ICE.
portal-no_slots = No hay horas libres. Inténtelo más tarde o llame a su oficina de ICE.
portal-book_submit = Reservar cita
portal-booked = Cita reservada
portal-reschedule_title = Elija una nueva hora
portal-reschedule_submit = Cambiar cita
portal-rescheduled = Cita cambiada
portal-cancel_title = ¿Cancelar esta cita?
portal-cancel_submit = Cancelar cita
portal-cancelled = Cita cancelada
portal-check_in_next = Lleve su Formulario I-385 y los papeles que le dio ICE. Si no puede ir, cambie o cancele la hora antes del día.
portal-slot = { $date }, { $time } en { $office }
portal-office_address = Dónde
portal-check_in_where = Vaya a { $office }, { $address }.
portal-official_ice = Este portal es una demostración. Para informar a ICE, use el servicio oficial:
portal-appointment_status = Estado
portal-current_time = Hora actual de la cita
portal-previous_time = Hora anterior de la cita
portal-check_in_time = Hora de la cita

## ICE staff.

portal-officer_title = Registro de auditoría
portal-officer_nav-1 = Registro de auditoría
portal-officer_nav-2 = Escuelas y funcionarios
portal-filter_heading = Filtrar el registro
portal-filter_actor = Quién lo hizo o sobre quién fue (parte de un nombre)
portal-filter_action = Acción
portal-filter_outcome = Resultado
portal-filter_from = Desde (AAAA-MM-DD)
portal-filter_to = Hasta (AAAA-MM-DD)
portal-any = Cualquiera
portal-apply_filters = Aplicar filtros
portal-clear_filters = Quitar filtros
portal-columns_audit-1 = Cuándo
portal-columns_audit-2 = Quién
portal-columns_audit-3 = Acción
portal-columns_audit-4 = Sobre
portal-columns_audit-5 = Resultado
portal-columns_audit-6 = Referencia
portal-columns_audit-7 = Qué cambió
portal-changes_count = { $count ->
        [one] un campo
       *[other] { $count } campos
    }
portal-no_entries = Ninguna entrada coincide.
portal-audit_action-sign_in = Inició sesión
portal-audit_action-sign_out = Cerró sesión
portal-audit_action-activate_account = Creó la cuenta
portal-audit_action-update_contact = Cambió dirección y teléfono
portal-audit_action-add_employment = Agregó empleador
portal-audit_action-edit_employment = Editó empleador
portal-audit_action-end_employment = Registró fin de trabajo
portal-audit_action-resend_invitation = Envió la invitación otra vez
portal-audit_action-unlock_portal_account = Desbloqueó cuenta del Portal
portal-audit_action-change_portal_email = Cambió correo del Portal
portal-audit_action-download_changes_report = Descargó informe de cambios
portal-audit_action-view_student_record = Abrió el registro de un estudiante
portal-audit_action-view_audit_trail = Consultó el registro de auditoría
portal-audit_action-mark_item_done = Marcó pendiente como hecho
portal-audit_action-reopen_item = Reabrió un pendiente
portal-audit_action-submit_validation_report = Envió un informe de validación STEM
portal-audit_action-change_address = Informó cambio de dirección
portal-audit_action-book_check_in = Reservó cita
portal-audit_action-reschedule_check_in = Cambió cita
portal-audit_action-cancel_check_in = Canceló cita
portal-audit_outcome-success = Éxito
portal-audit_outcome-failure = Fallo
portal-audit_outcome-denied = Denegado
portal-schools_title = Escuelas y funcionarios
portal-columns_schools-1 = Escuela
portal-columns_schools-2 = Código de escuela
portal-columns_schools-3 = Estudiantes
portal-columns_schools-4 = Funcionarios
portal-principal = PDSO
