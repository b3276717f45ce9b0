# The words of "Find the right place": questions, answers and outcomes.
# Ids: router-q-<question>-title/-hint/-error, router-a-<question>-<answer>,
# router-o-<outcome>-title/-answer/-applies-to/-why, -step-<n> (in order), -have-ready-<n>.
# Steps and things to have ready are numbered from 1 without gaps: the router reads
# them up to the first missing number (crates/domain/src/routing/wording.rs).

## Questions and their answers

router-q-event-title = ¿Qué ha pasado o qué quiere saber?
router-q-event-hint = Elija la opción más cercana. Si ya sabe qué servicio o trámite necesita, elija la última respuesta.
router-q-event-error = Seleccione qué ha pasado o qué quiere saber
router-a-event-moved = Me mudé o voy a mudarme
router-a-event-job = Un empleo empieza, cambia o termina
router-a-event-work = ¿Puedo trabajar? Necesito un permiso de trabajo o la OPT
router-a-event-stay = ¿Cuánto tiempo puedo quedarme? Mis estudios o mi programa terminan
router-a-event-travel = Voy a viajar, o necesito una visa o mi I-94
router-a-event-message = Recibí una carta, un correo, un mensaje o un enlace
router-a-event-detained = Alguien está detenido por inmigración
router-a-event-money = Una tarifa o una fianza que pagar, o el dinero de una fianza que recuperar
router-a-event-court = Tengo una fecha en la corte de inmigración, una cita de control de ICE o una orden de deportación
router-a-event-school = Trabajo en una escuela que tiene, o quiere inscribir, estudiantes internacionales
router-a-event-task = Sé lo que necesito hacer: muéstreme la lista de trámites

router-q-status-title = ¿Cuál de estas opciones es su caso?
router-q-status-hint = Las reglas son distintas para los estudiantes F-1, los estudiantes M-1 y los visitantes de intercambio J-1. Su tipo aparece en su visa y en su Formulario I-20 (F-1, M-1) o DS-2019 (J-1).
router-q-status-error = Seleccione cuál es su caso
router-a-status-f1 = Estudiante F-1, también con OPT o STEM OPT
router-a-status-m1 = Estudiante M-1 (escuela vocacional o técnica)
router-a-status-j1 = Visitante de intercambio J-1 (estudiante, académico, investigador, pasante…)
router-a-status-supervision = Me presento ante ICE o tengo un caso en la corte de inmigración
router-a-status-other = Otra situación (por ejemplo, visitante, trabajador o solicitante de la tarjeta de residencia)

router-q-on-training-title = ¿Ya comenzó su OPT o su práctica profesional?
router-q-on-training-hint = Es decir, ya llegó la fecha de inicio de su permiso de trabajo (EAD) para la OPT, la STEM OPT o la práctica profesional M-1.
router-q-on-training-error = Seleccione sí si su OPT o su práctica profesional ya comenzó
router-a-on-training-yes = Sí
router-a-on-training-no = No, todavía estudio, o mi OPT no ha comenzado

router-q-job-change-title = ¿Qué pasa con el empleo?
router-q-job-change-error = Seleccione qué pasa con el empleo
router-a-job-change-new = Empiezo un nuevo empleo o cambio de empleador
router-a-job-change-details = Cambiaron mi puesto, mis horas de trabajo, mi supervisor o la dirección de mi empleador
router-a-job-change-ended = Mi empleo terminó, o todavía no tengo empleo: ¿cuántos días de desempleo tengo?
router-a-job-change-not-on-training = Todavía no estoy en OPT ni en práctica profesional: ¿puedo aceptar un empleo?

router-q-travel-need-title = ¿Qué necesita?
router-q-travel-need-error = Seleccione qué necesita
router-a-travel-need-visa = Obtener o renovar una visa (Formulario DS-160, entrevista)
router-a-travel-need-arrival-record = Mi registro de llegada I-94 o mi historial de viajes
router-a-travel-need-entry = Saber cuándo puedo entrar a Estados Unidos para empezar mis estudios

router-q-message-kind-title = ¿Qué recibió?
router-q-message-kind-error = Seleccione qué recibió
router-a-message-kind-portal-email = Un correo sobre mi cuenta del Portal del SEVP, o nunca lo recibí
router-a-message-kind-court-notice = Un aviso de audiencia o un Aviso de Comparecencia (Notice to Appear) de la corte de inmigración
router-a-message-kind-ice-letter = Una carta o un documento de ICE sobre presentarme o sobre una cita de control
router-a-message-kind-uscis-notice = Un aviso o un recibo de USCIS (Formulario I-797)
router-a-message-kind-unsure = Un correo, un mensaje o un enlace (por ejemplo, sobre “eservice”) y no sé si es real

router-q-money-need-title = ¿De qué dinero se trata?
router-q-money-need-error = Seleccione de qué dinero se trata
router-a-money-need-sevis-fee = La tarifa I-901 del SEVIS: cuánto es y dónde pagarla
router-a-money-need-visa-fee = La tarifa de solicitud de visa
router-a-money-need-bond = Pagar o verificar una fianza de inmigración
router-a-money-need-bond-back = Recuperar el dinero de una fianza que se pagó

router-q-role-title = ¿Con qué trámite necesita ayuda?
router-q-role-error = Seleccione el trámite con el que necesita ayuda
router-a-role-student = Soy estudiante F o M, o visitante de intercambio J
router-a-role-school = Trabajo en una escuela: como funcionario escolar, o en una escuela que quiere la certificación del SEVP
router-a-role-supervision = Tengo que presentarme ante ICE o tengo un caso en la corte de inmigración
router-a-role-detained = Alguien que conozco está detenido por inmigración
router-a-role-bond = Quiero pagar o verificar una fianza de inmigración
router-a-role-benefit = Necesito una visa, una tarjeta de residencia, la ciudadanía, un permiso de trabajo o el estado de un caso de USCIS
router-a-role-message = Recibí un correo, un mensaje o un enlace sobre “eservice” y no sé si es real

router-q-student-need-title = ¿Qué necesita hacer?
router-q-student-need-error = Seleccione qué necesita hacer
router-a-student-need-report-opt = Informar mi dirección, teléfono o empleador durante la OPT
router-a-student-need-unemployment = Saber cuántos días de desempleo en la OPT he usado
router-a-student-need-pay-fee = Pagar la tarifa I-901 del SEVIS
router-a-student-need-apply-opt = Solicitar un permiso de trabajo: OPT, STEM OPT o práctica profesional M-1
router-a-student-need-change-status = Cambiar o extender mi estatus
router-a-student-need-visa = Obtener o renovar mi visa de estudiante
router-a-student-need-exchange-program = Algo sobre mi programa J-1 o el Formulario DS-2019
router-a-student-need-arrival-record = Obtener mi registro de llegada I-94
router-a-student-need-record-change = Cambiar mi nombre, las fechas de mi programa, mi I-20 o el correo del Portal del SEVP
router-a-student-need-status-problem = Mi registro SEVIS fue cancelado o se me pasó un plazo

router-q-opt-change-title = ¿Qué necesita informar?
router-q-opt-change-error = Seleccione qué necesita informar
router-a-opt-change-address-phone = Mi dirección o mi teléfono
router-a-opt-change-employer = Mi empleador o los datos de mi empleo

router-q-opt-type-title = ¿Qué tipo de práctica profesional es?
router-q-opt-type-error = Seleccione el tipo de práctica profesional
router-a-opt-type-post-completion = OPT posterior a los estudios (F-1)
router-a-opt-type-stem = Extensión STEM de la OPT
router-a-opt-type-m1 = Práctica profesional M-1

router-q-stem-change-title = ¿Qué cambia?
router-q-stem-change-error = Seleccione qué cambia
router-a-stem-change-new-employer-or-start-date = Un nuevo empleador o una nueva fecha de inicio
router-a-stem-change-other-details = Otros datos, como mi supervisor o mi puesto

router-q-portal-account-title = ¿Creó su cuenta del Portal del SEVP?
router-q-portal-account-hint = El SEVP le envía un enlace por correo cuando su OPT se aprueba y comienza. El enlace funciona durante { -fact-sevp-portal-link-valid-days } días.
router-q-portal-account-error = Seleccione si creó su cuenta del Portal del SEVP
router-a-portal-account-yes = Sí, puedo iniciar sesión
router-a-portal-account-link-expired = Recibí el correo, pero el enlace venció
router-a-portal-account-no-email = Nunca recibí el correo
router-a-portal-account-access-ended = Mi OPT terminó hace más de { -fact-sevp-portal-access-months-after-opt } meses

router-q-school-need-title = ¿Qué necesita hacer?
router-q-school-need-error = Seleccione qué necesita hacer
router-a-school-need-student-records = Actualizar el registro, el I-20 o el empleo OPT de un estudiante
router-a-school-need-portal-accounts = Ayudar a un estudiante con su cuenta del Portal del SEVP
router-a-school-need-certification = Certificar o recertificar la escuela, o agregar funcionarios (Formulario I-17)
router-a-school-need-exchange-program = Administrar un programa de visitantes de intercambio J-1

router-q-urgent-title = ¿Alguna de estas situaciones se aplica a usted?
router-q-urgent-hint = Está detenido ahora, tiene una orden final de deportación, o faltó a una audiencia en la corte de inmigración o a una cita de control de ICE.
router-q-urgent-error = Seleccione sí si alguna de estas situaciones se aplica a usted
router-a-urgent-yes = Sí
router-a-urgent-no = No

router-q-supervision-need-title = ¿Qué necesita hacer?
router-q-supervision-need-error = Seleccione qué necesita hacer
router-a-supervision-need-check-in = Programar o cambiar una cita de control con ICE
router-a-supervision-need-moved = Informar a ICE que me mudé
router-a-supervision-need-hearing = Saber la fecha de mi audiencia o el estado de mi caso en la corte

router-q-court-case-title = ¿Tiene un caso en la corte de inmigración?
router-q-court-case-hint = Por ejemplo, recibió un Aviso de Comparecencia (Notice to Appear) o un aviso de audiencia de la corte de inmigración.
router-q-court-case-error = Seleccione si tiene un caso en la corte de inmigración
router-a-court-case-yes = Sí
router-a-court-case-no = No
router-a-court-case-not-sure = No estoy seguro

router-q-detained-need-title = ¿Qué necesita hacer?
router-q-detained-need-error = Seleccione qué necesita hacer
router-a-detained-need-find = Saber dónde está detenido
router-a-detained-need-post-bond = Pagar una fianza para que lo liberen
router-a-detained-need-legal-help = Buscar ayuda legal para esa persona

router-q-bond-poster-title = ¿Quién paga o verifica la fianza?
router-q-bond-poster-error = Seleccione quién paga o verifica la fianza
router-a-bond-poster-surety = Una compañía de fianzas o su agente
router-a-bond-poster-person = Un familiar, un amigo, un abogado o una organización que paga en efectivo
router-a-bond-poster-own-bond = La persona liberada, para su propia fianza de salida voluntaria o de supervisión

router-q-benefit-need-title = ¿Qué necesita?
router-q-benefit-need-error = Seleccione qué necesita
router-a-benefit-need-case-status = Consultar un caso de USCIS con un número de recibo
router-a-benefit-need-green-card = Una tarjeta de residencia permanente (green card)
router-a-benefit-need-citizenship = La ciudadanía de EE. UU.
router-a-benefit-need-work-permit = Un permiso de trabajo (EAD), incluida la OPT
router-a-benefit-need-extend-stay = Extender o cambiar mi estadía (Formulario I-539)
router-a-benefit-need-uscis-address = Informar a USCIS que me mudé (Formulario AR-11)
router-a-benefit-need-visa = Una visa para viajar a Estados Unidos
router-a-benefit-need-arrival-record = Mi registro de llegada I-94 o mi historial de viajes
router-a-benefit-need-court-case = Mi caso en la corte de inmigración

## Outcomes

router-o-sevp-portal-title = Use el Portal del SEVP
router-o-sevp-portal-answer = Infórmelo usted mismo en el Portal del SEVP en un plazo de { -fact-student-report-change-days } días: su cambio llega a SEVIS de inmediato.
router-o-sevp-portal-applies-to = Estudiantes F-1 con OPT posterior a los estudios o STEM OPT, y estudiantes M-1 con práctica profesional.
router-o-sevp-portal-why = Los estudiantes con OPT posterior a los estudios, STEM OPT o práctica profesional M-1 informan ellos mismos su dirección, teléfono y empleador en el Portal del SEVP. Sus cambios llegan a SEVIS de inmediato.
router-o-sevp-portal-step-1 = Inicie sesión en el Portal del SEVP en { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Actualice su dirección física y postal, su teléfono o su empleador.
router-o-sevp-portal-step-3 = Informe cada cambio en un plazo de { -fact-student-report-change-days } días.
router-o-sevp-portal-step-4 = Si se mudó, informe también a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días: el Portal no informa a USCIS.
router-o-sevp-portal-step-5 = Con la STEM OPT no puede agregar un nuevo empleador ni cambiar una fecha de inicio en el Portal: su DSO debe revisar antes su Formulario I-983.
router-o-sevp-portal-step-6 = La práctica profesional M-1 no es OPT: no tiene días de desempleo permitidos, así que la herramienta Días de desempleo en la OPT no es para usted. Pregunte a su DSO sobre cualquier periodo sin empleo.
router-o-sevp-portal-step-7 = Con la STEM OPT, debe presentar un informe de validación { -fact-stem-validation-report-months-1 }, { -fact-stem-validation-report-months-2 }, { -fact-stem-validation-report-months-3 } y { -fact-stem-validation-report-months-4 } meses después de la fecha de inicio de su STEM, cada uno en un plazo de { -fact-stem-validation-report-business-days } días hábiles; el SEVP envía un recordatorio por correo { -fact-stem-validation-reminder-days } días antes de cada uno. Su DSO puede decirle cómo los recibe su escuela.
router-o-sevp-portal-step-8 = Guarde un comprobante: guarde o imprima la página que confirma su cambio.
router-o-sevp-portal-have-ready-1 = Su SEVIS ID (parte superior de su Formulario I-20)
router-o-sevp-portal-have-ready-2 = Su nueva dirección o su nuevo teléfono
router-o-sevp-portal-have-ready-3 = Para un empleador: nombre, dirección, EIN (si lo sabe), fecha de inicio, puesto y el nombre, teléfono y correo de su supervisor

router-o-student-dso-title = Comuníquese con el DSO de su escuela
router-o-student-dso-answer = El funcionario escolar designado (DSO) de su escuela tiene que hacerlo por usted: el Portal del SEVP no puede.
router-o-student-dso-applies-to = Estudiantes F-1 y M-1. Los visitantes de intercambio J-1 preguntan al funcionario responsable de su patrocinador.
router-o-student-dso-why = El funcionario escolar designado (DSO) administra su registro SEVIS. Solo un DSO puede reenviar un enlace vencido del Portal del SEVP, cambiar el correo de su Portal, registrar un cambio de nombre, actualizar su I-20 o revisar el Formulario I-983 antes de un cambio de empleador o de fecha de inicio en la STEM OPT.
router-o-student-dso-step-1 = Comuníquese con la oficina de estudiantes internacionales de su escuela y pida hablar con un DSO.
router-o-student-dso-step-2 = Explique lo que necesita y dé su SEVIS ID.
router-o-student-dso-step-3 = Si su enlace del Portal venció, pida al DSO que le envíe de nuevo el correo de la cuenta; el nuevo enlace funciona durante { -fact-sevp-portal-link-valid-days } días.
router-o-student-dso-step-4 = Los cambios que hace un DSO llegan al Portal del SEVP una vez al día.
router-o-student-dso-step-5 = El correo de la cuenta del Portal del SEVP llega solo cuando su OPT está aprobada y ha comenzado (la fecha de inicio de su EAD). Si su OPT todavía no ha comenzado, no pasa nada malo: espere hasta entonces.
router-o-student-dso-step-6 = Si se mudó, informe también a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días: ni su escuela ni el Portal del SEVP informan a USCIS.
router-o-student-dso-have-ready-1 = Su SEVIS ID y su Formulario I-20
router-o-student-dso-have-ready-2 = El cambio y la fecha en que ocurrió
router-o-student-dso-have-ready-3 = Para un nuevo empleador en la STEM OPT: el Formulario I-983 completado

router-o-sevis-title = Use SEVIS (funcionarios escolares)
router-o-sevis-answer = En SEVIS, con su propio usuario: allí los funcionarios escolares actualizan los registros de los estudiantes y administran las cuentas del Portal. El Portal del SEVP es solo para estudiantes.
router-o-sevis-applies-to = PDSO y DSO de escuelas certificadas por el SEVP.
router-o-sevis-why = Solo los PDSO y DSO aprobados por el SEVP pueden usar SEVIS, cada uno con su propio usuario. Allí actualiza los registros y el empleo OPT de los estudiantes, y administra las cuentas del Portal: reenviar el correo de la cuenta, desbloquear una cuenta, cambiar el correo del Portal de un estudiante, descargar el informe de cambios hechos por estudiantes y ver quién tiene cuenta. Los DSO no pueden usar el Portal del SEVP.
router-o-sevis-step-1 = Inicie sesión en SEVIS con su propia cuenta. Nunca comparta su usuario.
router-o-sevis-step-2 = Actualice el registro del estudiante en un plazo de { -fact-dso-sevis-update-days } días después de un cambio.
router-o-sevis-step-3 = Para problemas con el Portal, reenvíe el correo de la cuenta, desbloquee la cuenta o cambie el correo del Portal.
router-o-sevis-step-4 = Centro de Respuesta del SEVP: { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, de lunes a viernes, de { -fact-sevp-response-center-opens-am } a. m. a { -fact-sevp-response-center-closes-pm } p. m., hora del Este.
router-o-sevis-have-ready-1 = Su propio usuario de SEVIS
router-o-sevis-have-ready-2 = El SEVIS ID del estudiante
router-o-sevis-have-ready-3 = Qué cambió y cuándo

router-o-sevp-certification-title = Certificación de escuelas del SEVP (Formulario I-17)
router-o-sevp-certification-answer = Mediante el Formulario I-17 en SEVIS, que presenta el funcionario escolar designado principal (PDSO) de la escuela. La certificación debe renovarse cada { -fact-sevp-recertification-years } años.
router-o-sevp-certification-applies-to = Escuelas que inscriben, o quieren inscribir, estudiantes F o M. Los programas J-1 los designa el Departamento de Estado.
router-o-sevp-certification-why = Toda escuela que inscribe estudiantes F o M debe estar certificada por el SEVP mediante el Formulario I-17 en SEVIS y recertificarse cada { -fact-sevp-recertification-years } años. Solo el PDSO del campus principal presenta el I-17, y los funcionarios se agregan actualizándolo.
router-o-sevp-certification-step-1 = El PDSO inicia sesión en SEVIS y abre el Formulario I-17 de la escuela.
router-o-sevp-certification-step-2 = Recertifique la escuela cada { -fact-sevp-recertification-years } años: SEVIS envía un aviso { -fact-sevp-recertification-notice-days } días antes de que venza la certificación.
router-o-sevp-certification-step-3 = Para agregar un DSO, actualice el I-17. Cada funcionario necesita pruebas de ciudadanía o residencia permanente en EE. UU.
router-o-sevp-certification-step-4 = El PDSO verifica a los funcionarios de la escuela cada año entre el { -fact-sevis-annual-verification-opens-day } de diciembre y el { -fact-sevis-annual-verification-closes-day } de marzo.
router-o-sevp-certification-have-ready-1 = El código de la escuela
router-o-sevp-certification-have-ready-2 = El usuario de SEVIS del PDSO
router-o-sevp-certification-have-ready-3 = Para nuevos funcionarios: pruebas de ciudadanía o residencia permanente en EE. UU.

router-o-ice-check-in-title = Use las citas de control de ICE en línea
router-o-ice-check-in-answer = Sí, puede programar o cambiar en línea su cita de control de ICE. Programar en línea cumple con su requisito de liberación, aunque la próxima fecha libre sea después de la de sus documentos.
router-o-ice-check-in-applies-to = Personas liberadas bajo supervisión de ICE, o en proceso de deportación, que deben presentarse ante ICE.
router-o-ice-check-in-why = Las personas liberadas bajo supervisión de ICE programan o cambian en línea sus citas de control en su oficina local de ERO. Programar en línea cumple con su requisito de liberación, aunque la próxima cita libre sea después de la fecha de sus documentos.
router-o-ice-check-in-step-1 = Vaya a { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = Para su primera cita, use la información de su Formulario I-385, incluido su Subject ID.
router-o-ice-check-in-step-3 = Elija una fecha y una hora en su oficina de ERO, o cambie una cita que ya tenga.
router-o-ice-check-in-step-4 = Guarde la confirmación. El sitio está en inglés, español, portugués, criollo haitiano y francés.
router-o-ice-check-in-have-ready-1 = Su Formulario I-385 con su Subject ID
router-o-ice-check-in-have-ready-2 = Su número A (A-Number)
router-o-ice-check-in-have-ready-3 = Su fecha de nacimiento

router-o-ice-change-of-address-with-court-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-with-court-answer = Informe a ICE en un plazo de { -fact-ice-address-change-business-days } días hábiles, a la corte de inmigración con el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles, y a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días: uno no actualiza a los otros.
router-o-ice-change-of-address-with-court-applies-to = Personas bajo supervisión de ICE que tienen un caso en la corte de inmigración.
router-o-ice-change-of-address-with-court-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-with-court-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-with-court-step-2 = Informe a la corte de inmigración con el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles. Puede presentarlo en línea mediante EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-with-court-step-4 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-with-court-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-with-court-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-with-court-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-ice-change-of-address-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-answer = Informe a ICE en un plazo de { -fact-ice-address-change-business-days } días hábiles, y a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días: uno no actualiza al otro.
router-o-ice-change-of-address-applies-to = Personas bajo supervisión de ICE sin un caso en la corte de inmigración.
router-o-ice-change-of-address-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-step-2 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-step-3 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-ice-change-of-address-court-unsure-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-court-unsure-answer = Informe a ICE en un plazo de { -fact-ice-address-change-business-days } días hábiles y a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días, y averigüe hoy si tiene un caso en la corte: la corte necesita su propio formulario.
router-o-ice-change-of-address-court-unsure-applies-to = Personas bajo supervisión de ICE que no saben si tienen un caso en la corte de inmigración.
router-o-ice-change-of-address-court-unsure-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-court-unsure-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-court-unsure-step-2 = Averigüe si tiene un caso en la corte: llame al { -fact-eoir-hotline-phone } con su número A. Si lo tiene, presente el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles.
router-o-ice-change-of-address-court-unsure-step-3 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-court-unsure-step-4 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-court-unsure-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-court-unsure-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-cebonds-title = Pague o verifique una fianza en efectivo con CeBONDS
router-o-cebonds-answer = Las fianzas en efectivo se pagan y se verifican en línea en CeBONDS, en la página de fianzas de ICE, por Fedwire o ACH.
router-o-cebonds-applies-to = Familiares, amigos, ciudadanos de EE. UU., residentes permanentes, bufetes de abogados y organizaciones sin fines de lucro que pagan una fianza en efectivo, y personas que pagan su propia fianza de salida voluntaria o de supervisión.
router-o-cebonds-why = CeBONDS es el sistema público de ICE para verificar fianzas y pagar fianzas en efectivo (de entrega, de salida voluntaria y de orden de supervisión). Pueden usarlo familiares, residentes permanentes, ciudadanos, bufetes de abogados y organizaciones sin fines de lucro, y una persona no ciudadana puede pagar su propia fianza de salida voluntaria o de supervisión.
router-o-cebonds-step-1 = Abra la página de fianzas de ICE y vaya a CeBONDS.
router-o-cebonds-step-2 = Verifique la fianza y los datos de la persona.
router-o-cebonds-step-3 = Pague por Fedwire o ACH.
router-o-cebonds-step-4 = Suba los documentos que muestran que puede ser el obligado (la persona que paga).
router-o-cebonds-step-5 = Si la dirección del obligado cambia más adelante, use el Formulario I-333.
router-o-cebonds-have-ready-1 = El número A de la persona detenida
router-o-cebonds-have-ready-2 = El monto y el tipo de fianza
router-o-cebonds-have-ready-3 = Los datos bancarios para Fedwire o ACH
router-o-cebonds-have-ready-4 = Su documento de identidad

router-o-ebonds-title = eBONDS es solo para compañías de fianzas
router-o-ebonds-answer = Solo las compañías de fianzas y sus agentes usan eBONDS: todos los demás usan CeBONDS.
router-o-ebonds-applies-to = Compañías de fianzas y sus agentes.
router-o-ebonds-why = eBONDS lo usan las compañías de fianzas y sus agentes (Formulario I-352SA). Las familias y otras personas que pagan una fianza en efectivo usan CeBONDS.
router-o-ebonds-step-1 = Los agentes de fianzas inician sesión en { -fact-ebonds-host }.
router-o-ebonds-step-2 = Si no es una compañía de fianzas, use CeBONDS en la página de fianzas de ICE.
router-o-ebonds-have-ready-1 = La cuenta de eBONDS de su compañía de fianzas
router-o-ebonds-have-ready-2 = Los datos para el Formulario I-352SA

router-o-detainee-locator-title = Encuentre a la persona con el Localizador de detenidos
router-o-detainee-locator-answer = Busque en el Localizador de detenidos de ICE con el número A, o con el nombre y el país de nacimiento: muestra dónde está detenida la persona.
router-o-detainee-locator-applies-to = Cualquier persona que busque a un adulto detenido por ICE, o retenido por CBP durante { -fact-detainee-locator-cbp-custody-hours } horas o más.
router-o-detainee-locator-why = El Localizador de detenidos de ICE busca personas bajo custodia de ICE y personas retenidas por CBP durante { -fact-detainee-locator-cbp-custody-hours } horas o más. No necesita cuenta y no muestra a menores de { -fact-detainee-locator-minimum-age } años.
router-o-detainee-locator-step-1 = Vaya a { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Busque con el número A y el país de nacimiento, o con el nombre, el apellido y el país de nacimiento.
router-o-detainee-locator-step-3 = Anote el nombre y el teléfono del centro para organizar visitas y ayuda legal.
router-o-detainee-locator-step-4 = Para obtener ayuda legal gratuita, vea la lista de proveedores de servicios legales gratuitos de la corte de inmigración (EOIR), enlazada más abajo. Nunca acuda a un “notario”: no son abogados.
router-o-detainee-locator-step-5 = El localizador está disponible en { -fact-detainee-locator-languages } idiomas.
router-o-detainee-locator-have-ready-1 = El número A de la persona, si lo sabe
router-o-detainee-locator-have-ready-2 = Su nombre tal como aparece en sus documentos
router-o-detainee-locator-have-ready-3 = Su país de nacimiento

router-o-i901-fee-title = Pague la tarifa I-901 del SEVIS en { -fact-i901-fee-host }
router-o-i901-fee-answer = Nuestra copia guardada del sitio oficial decía { -fact-i901-fee-f-m } dólares para los estudiantes F y M, { -fact-i901-fee-j } dólares para la mayoría de los visitantes de intercambio J y { -fact-i901-fee-j-special } dólares para algunas categorías J. Consulte el monto cuando pague en { -fact-i901-fee-host }.
router-o-i901-fee-applies-to = Solicitantes F-1, M-1 y J-1, antes de la entrevista de visa. No es la tarifa de la visa ni una tarifa de la escuela.
router-o-i901-fee-why = La tarifa I-901 del SEVIS es distinta de la tarifa de la visa y de las tarifas de la escuela. Se paga en { -fact-i901-fee-host }, el sitio oficial de pago, aunque termine en .com.
router-o-i901-fee-step-1 = Vaya a { -fact-i901-fee-host } escribiendo usted la dirección.
router-o-i901-fee-step-2 = Escriba sus datos exactamente como aparecen en su Formulario I-20 o DS-2019.
router-o-i901-fee-step-3 = Pague e imprima el recibo. Puede volver a imprimirlo después con su SEVIS ID, su apellido y su fecha de nacimiento.
router-o-i901-fee-step-4 = Las tarifas cambian: consulte el monto en el sitio oficial. (Nuestra copia guardada decía F y M { -fact-i901-fee-f-m } dólares, J { -fact-i901-fee-j } dólares, algunas categorías J { -fact-i901-fee-j-special } dólares.)
router-o-i901-fee-have-ready-1 = Su SEVIS ID
router-o-i901-fee-have-ready-2 = Su Formulario I-20 o DS-2019
router-o-i901-fee-have-ready-3 = Un medio de pago en línea

router-o-uscis-case-status-title = Consulte su caso en el sitio web de USCIS
router-o-uscis-case-status-answer = Consúltelo en línea en el sitio web de USCIS con el número de recibo de su aviso: ICE y la corte de inmigración no pueden decírselo.
router-o-uscis-case-status-applies-to = Cualquier persona con una solicitud o petición ante USCIS.
router-o-uscis-case-status-why = El estado de un caso de USCIS usa el número de recibo de su aviso: { -fact-receipt-number-letters } letras y { -fact-receipt-number-digits } números, por ejemplo EAC2190000001. ICE y la corte de inmigración no siguen los casos de USCIS.
router-o-uscis-case-status-step-1 = Busque el número de recibo en su aviso de USCIS (Formulario I-797).
router-o-uscis-case-status-step-2 = Consulte el estado en { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Su número de recibo

router-o-uscis-citizenship-title = La ciudadanía la tramita USCIS
router-o-uscis-citizenship-answer = La ciudadanía (naturalización) es una solicitud ante USCIS, no ante ICE.
router-o-uscis-citizenship-applies-to = Residentes permanentes (titulares de una tarjeta de residencia).
router-o-uscis-citizenship-why = Las solicitudes de ciudadanía (naturalización) van a USCIS, no a ICE.
router-o-uscis-citizenship-step-1 = Lea las páginas sobre ciudadanía en { -fact-uscis-host } antes de presentar la solicitud.
router-o-uscis-citizenship-step-2 = Si alguna vez lo arrestaron, detuvieron o le ordenaron la deportación, hable con un abogado antes de presentar la solicitud.
router-o-uscis-citizenship-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Su tarjeta de residencia
router-o-uscis-citizenship-have-ready-2 = Su número A (A-Number)

router-o-uscis-green-card-title = Las tarjetas de residencia las tramita USCIS
router-o-uscis-green-card-answer = La tarjeta de residencia se solicita ante USCIS, no ante ICE. Si tiene un proceso en la corte de inmigración, puede decidir la corte.
router-o-uscis-green-card-applies-to = Personas que buscan la residencia permanente.
router-o-uscis-green-card-why = Las solicitudes de residencia permanente (green card) van a USCIS, no a ICE.
router-o-uscis-green-card-step-1 = Lea las páginas sobre la tarjeta de residencia en { -fact-uscis-host } para ver qué vía le corresponde.
router-o-uscis-green-card-step-2 = Si tiene un proceso en la corte de inmigración, hable con un abogado: puede decidir la corte.
router-o-uscis-green-card-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Su pasaporte y su I-94
router-o-uscis-green-card-have-ready-2 = Los números de recibo de solicitudes anteriores

router-o-uscis-work-permit-title = Solicite un permiso de trabajo (Formulario I-765) ante USCIS
router-o-uscis-work-permit-answer = Los permisos de trabajo (EAD) los otorga USCIS, con el Formulario I-765. Solo puede empezar a trabajar cuando su EAD esté aprobado y haya llegado su fecha de inicio.
router-o-uscis-work-permit-applies-to = Estudiantes F-1 que solicitan la OPT o la STEM OPT, y cualquier otra persona que necesite un EAD. Estudiantes M-1: la práctica profesional tiene sus propias reglas.
router-o-uscis-work-permit-why = USCIS decide los permisos de trabajo, incluidas la OPT y la STEM OPT. El Portal del SEVP no otorga la OPT: su DSO primero la recomienda en SEVIS y luego usted presenta el Formulario I-765 ante USCIS.
router-o-uscis-work-permit-step-1 = Estudiantes: pidan a su DSO la recomendación de OPT o STEM OPT (un nuevo Formulario I-20).
router-o-uscis-work-permit-step-2 = OPT posterior a los estudios: presente el Formulario I-765 entre { -fact-opt-filing-days-before-program-end } días antes y { -fact-opt-filing-days-after-program-end } días después de la fecha de fin de su programa, y en un plazo de { -fact-opt-filing-days-after-recommendation } días desde la recomendación de su DSO.
router-o-uscis-work-permit-step-3 = STEM OPT: puede presentarlo desde { -fact-stem-opt-filing-days-before-ead-end } días antes de que termine su EAD de la OPT (USCIS debe recibirlo antes de esa fecha), en un plazo de { -fact-stem-opt-filing-days-after-recommendation } días desde la recomendación. Si lo presenta a tiempo, su permiso para trabajar continúa hasta { -fact-stem-opt-timely-filing-extension-days } días mientras USCIS decide.
router-o-uscis-work-permit-step-4 = Nuestra herramienta de plazos calcula estas fechas por usted; confírmelas con su DSO.
router-o-uscis-work-permit-step-5 = Cuando su OPT esté aprobada y haya comenzado (la fecha de inicio de su EAD), el SEVP le envía por correo un enlace para crear su cuenta del Portal del SEVP.
router-o-uscis-work-permit-have-ready-1 = El Formulario I-20 con la recomendación del DSO
router-o-uscis-work-permit-have-ready-2 = Su pasaporte y su I-94
router-o-uscis-work-permit-have-ready-3 = Su tarjeta EAD actual (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Extienda o cambie su estadía ante USCIS (Formulario I-539)
router-o-uscis-change-or-extend-stay-answer = Puede quedarse hasta la fecha “admit until” de su I-94 (estudiantes: D/S, mientras mantengan su estatus). Para quedarse más tiempo, presente una solicitud ante USCIS, normalmente con el Formulario I-539, antes de esa fecha.
router-o-uscis-change-or-extend-stay-applies-to = Visitantes y otros no inmigrantes en Estados Unidos. Los estudiantes hablan primero con su DSO.
router-o-uscis-change-or-extend-stay-why = Cambiar o extender su estatus es una solicitud ante USCIS, normalmente con el Formulario I-539. Los estudiantes deben hablar primero con su DSO.
router-o-uscis-change-or-extend-stay-step-1 = Revise la página del I-539 en { -fact-uscis-host } para saber quién puede presentarlo y cuándo.
router-o-uscis-change-or-extend-stay-step-2 = Preséntelo antes de que pase la fecha “admit until” de su I-94.
router-o-uscis-change-or-extend-stay-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Su I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Su pasaporte
router-o-uscis-change-or-extend-stay-have-ready-3 = Estudiantes: su Formulario I-20

router-o-uscis-address-change-title = Informe a USCIS que se mudó (Formulario AR-11)
router-o-uscis-address-change-answer = Presente el Formulario AR-11 ante USCIS en un plazo de { -fact-ar-11-days } días después de mudarse, y actualice cada caso pendiente.
router-o-uscis-address-change-applies-to = La mayoría de las personas no ciudadanas en Estados Unidos. Los estudiantes también informan a su escuela; las personas bajo supervisión de ICE también informan a ICE.
router-o-uscis-address-change-why = La mayoría de las personas no ciudadanas deben informar a USCIS en un plazo de { -fact-ar-11-days } días después de mudarse y actualizar por separado cada caso pendiente. Esto no actualiza a ICE ni a la corte de inmigración.
router-o-uscis-address-change-step-1 = Cambie su dirección en { -fact-uscis-address-change-address } en un plazo de { -fact-ar-11-days } días.
router-o-uscis-address-change-step-2 = Actualice cada caso pendiente con su número de recibo.
router-o-uscis-address-change-step-3 = Si además se presenta ante ICE o tiene un caso en la corte, infórmeles por separado.
router-o-uscis-address-change-have-ready-1 = Su dirección anterior y la nueva
router-o-uscis-address-change-have-ready-2 = Los números de recibo de los casos pendientes
router-o-uscis-address-change-have-ready-3 = Su número A, si tiene uno

router-o-state-visa-title = Las visas las tramita el Departamento de Estado
router-o-state-visa-answer = Las visas solo las emiten las embajadas y los consulados de EE. UU. fuera de Estados Unidos (Departamento de Estado), no ICE ni USCIS. Los estudiantes pueden entrar, como muy pronto, { -fact-entry-days-before-program-start } días antes de que empiece su programa.
router-o-state-visa-applies-to = Cualquier persona que necesite una visa para entrar, incluidos los estudiantes F, M y J y los visitantes de intercambio.
router-o-state-visa-why = Las solicitudes de visa (Formulario DS-160), las entrevistas y las visas las tramitan las embajadas y los consulados de EE. UU. del Departamento de Estado, y las visas solo se emiten fuera de Estados Unidos. La visa sirve para entrar; cuánto tiempo puede quedarse aparece en su I-94.
router-o-state-visa-step-1 = Empiece en la página de visas de EE. UU. del Departamento de Estado (enlazada más abajo) y luego use el sitio de la embajada o el consulado de EE. UU. donde hará la solicitud.
router-o-state-visa-step-2 = Estudiantes y visitantes de intercambio: paguen la tarifa I-901 del SEVIS antes de la entrevista y lleven su Formulario I-20 o DS-2019.
router-o-state-visa-step-3 = Los estudiantes pueden entrar a Estados Unidos, como muy pronto, { -fact-entry-days-before-program-start } días antes de la fecha de inicio del programa que aparece en su Formulario I-20.
router-o-state-visa-step-4 = ICE no emite visas.
router-o-state-visa-have-ready-1 = Su pasaporte
router-o-state-visa-have-ready-2 = El Formulario I-20 o DS-2019 (estudiantes y visitantes de intercambio)
router-o-state-visa-have-ready-3 = El recibo de la tarifa I-901 (estudiantes y visitantes de intercambio)

router-o-state-exchange-sponsor-title = Programas J-1: su patrocinador y el Departamento de Estado
router-o-state-exchange-sponsor-answer = Pregunte al funcionario responsable del patrocinador de su programa J-1: el patrocinador, designado por el Departamento de Estado, administra su Formulario DS-2019 y su registro SEVIS. El SEVP y el Portal del SEVP no lo hacen.
router-o-state-exchange-sponsor-applies-to = Visitantes de intercambio J-1 y sus patrocinadores. Los estudiantes F-1 y M-1 preguntan a su DSO.
router-o-state-exchange-sponsor-why = Los patrocinadores de visitantes de intercambio J los designa el Departamento de Estado, no el SEVP. Los funcionarios del patrocinador emiten y actualizan el Formulario DS-2019.
router-o-state-exchange-sponsor-step-1 = Visitantes de intercambio: comuníquese con el funcionario responsable de su patrocinador sobre su DS-2019, una mudanza, un empleo o un cambio de planes, y pregunte cuánto tiempo puede quedarse.
router-o-state-exchange-sponsor-step-2 = Si se mudó, informe también a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días.
router-o-state-exchange-sponsor-step-3 = Patrocinadores: las preguntas sobre la designación van al programa de visitantes de intercambio del Departamento de Estado (enlazado más abajo).
router-o-state-exchange-sponsor-step-4 = La tarifa I-901 del SEVIS para visitantes J se paga igualmente en { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = El Formulario DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Su SEVIS ID

router-o-cbp-i94-title = Obtenga su I-94 de CBP
router-o-cbp-i94-answer = Obténgalo usted mismo en el sitio web del I-94 de CBP: ICE no puede dárselo.
router-o-cbp-i94-applies-to = Cualquier persona admitida en Estados Unidos con un I-94: la mayoría de los visitantes, estudiantes, visitantes de intercambio y trabajadores.
router-o-cbp-i94-why = Su registro de llegada I-94 y su historial de viajes los da la Oficina de Aduanas y Protección Fronteriza (CBP), no ICE.
router-o-cbp-i94-step-1 = Vaya a { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Escriba sus datos exactamente como en el pasaporte con el que entró.
router-o-cbp-i94-step-3 = Revise su clase de admisión y la fecha “admit until” (o D/S).
router-o-cbp-i94-step-4 = Si no aparece ningún registro, vuelva a intentarlo con cada forma de escribir su nombre, con su otro pasaporte si tiene dos, y con su fecha de entrada más reciente. Si sigue sin aparecer, comuníquese con CBP en el mismo sitio: ni esta ayuda ni ICE pueden corregir un I-94.
router-o-cbp-i94-have-ready-1 = El pasaporte con el que entró a Estados Unidos

router-o-eoir-title = Su caso en la corte de inmigración (EOIR)
router-o-eoir-answer = La corte de inmigración (EOIR) tiene la fecha de su audiencia: llame al { -fact-eoir-hotline-phone } con su número A. Una cita de control de ICE y una audiencia en la corte son cosas distintas: vaya a ambas.
router-o-eoir-applies-to = Personas con un caso en la corte de inmigración (un Aviso de Comparecencia o un aviso de audiencia).
router-o-eoir-why = Las audiencias, el estado del caso, los cambios de dirección con el EOIR-33 y las apelaciones los maneja la Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), del Departamento de Justicia, no ICE. Una cita de control de ICE y una audiencia en la corte son cosas distintas: puede tener ambas.
router-o-eoir-step-1 = Llame al { -fact-eoir-hotline-phone } para saber la fecha de su audiencia y el estado de su caso. Marque su número A con { -fact-a-number-digits } números, sin la A.
router-o-eoir-step-2 = Si se muda, presente el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles (en línea mediante EOIR Respondent Access).
router-o-eoir-step-3 = No falte a ninguna audiencia. Si no puede asistir, hable de inmediato con un abogado.
router-o-eoir-have-ready-1 = Su número A (A-Number)
router-o-eoir-have-ready-2 = Su aviso de audiencia o su Aviso de Comparecencia

router-o-urgent-legal-help-title = Busque ayuda legal ahora
router-o-urgent-legal-help-answer = Hable ahora con un abogado de inmigración o con un representante acreditado, y mientras tanto siga yendo a cada cita de control de ICE y a cada audiencia en la corte.
router-o-urgent-legal-help-applies-to = Cualquier persona detenida, con una orden de deportación, con un registro SEVIS cancelado, o que perdió una audiencia, una cita de control o un plazo.
router-o-urgent-legal-help-why = Una detención, una orden de deportación, un registro cancelado o una audiencia, cita o plazo perdidos pueden tener consecuencias graves rápidamente. Un abogado de inmigración o un representante acreditado de una organización reconocida por el Departamento de Justicia puede asesorarle. Nunca confíe en un “notario”: no son abogados.
router-o-urgent-legal-help-step-1 = Comuníquese con un abogado de inmigración o con una organización reconocida por el Departamento de Justicia que tenga representantes acreditados. La lista de proveedores de servicios legales gratuitos de la corte de inmigración (EOIR) está enlazada más abajo.
router-o-urgent-legal-help-step-2 = Si tiene una orden de deportación, siga yendo a sus citas de control de ICE y siga las instrucciones de sus documentos: la ayuda legal no las reemplaza.
router-o-urgent-legal-help-step-3 = Estudiantes con un problema en SEVIS: hablen hoy también con su DSO (visitantes de intercambio J-1: con el funcionario responsable de su patrocinador).
router-o-urgent-legal-help-step-4 = Si alguien está detenido, averigüe dónde con el Localizador de detenidos.
router-o-urgent-legal-help-step-5 = No firme documentos que no entienda.
router-o-urgent-legal-help-have-ready-1 = Todos los avisos o cartas que haya recibido
router-o-urgent-legal-help-have-ready-2 = Su número A o su SEVIS ID
router-o-urgent-legal-help-have-ready-3 = Las fechas de audiencias, citas o plazos

router-o-phishing-warning-title = Verifique antes de hacer clic: puede no ser oficial
router-o-phishing-warning-answer = No lo use hasta haberlo verificado: hay sitios no oficiales parecidos que usan el nombre “eservice”.
router-o-phishing-warning-applies-to = Cualquier persona que recibió un enlace, un correo o un mensaje sobre ICE, el SEVP o “eservice”.
router-o-phishing-warning-why = Varios sitios no oficiales usan el nombre “eservice”, y ninguna página oficial describe qué hay en eservice.ice.gov. Los servicios en línea de ICE están en las direcciones oficiales que indica esta ayuda, y los correos del Portal del SEVP solo vienen de { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = No inicie sesión, no pague ni envíe documentos desde el enlace.
router-o-phishing-warning-step-2 = Revise la dirección o el remitente con nuestro verificador de enlaces.
router-o-phishing-warning-step-3 = Escriba usted la dirección oficial: { -fact-sevp-portal-address } para el Portal del SEVP, { -fact-ice-check-in-address } para las citas.
router-o-phishing-warning-step-4 = Si pagó o compartió datos personales, comuníquese con su banco y guarde el mensaje como prueba.
router-o-phishing-warning-have-ready-1 = El mensaje o el enlace que recibió

router-o-student-address-title = Informe al DSO de su escuela, y a USCIS, que se mudó
router-o-student-address-answer = Informe su nueva dirección a su DSO en un plazo de { -fact-student-report-change-days } días, y a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días.
router-o-student-address-applies-to = Estudiantes F-1 y M-1 que no tienen OPT ni práctica profesional. Con OPT o práctica profesional, usted informa en el Portal del SEVP.
router-o-student-address-why = Mientras estudia, el funcionario escolar designado (DSO) de su escuela mantiene al día su registro SEVIS, así que el DSO registra su nueva dirección. USCIS es aparte: la mayoría de las personas no ciudadanas también deben presentar el Formulario AR-11 cuando se mudan.
router-o-student-address-step-1 = Informe su nueva dirección a la oficina de estudiantes internacionales de su escuela en un plazo de { -fact-student-report-change-days } días. Muchas escuelas tienen un formulario en línea.
router-o-student-address-step-2 = El DSO actualiza SEVIS en un plazo de { -fact-dso-sevis-update-days } días después de su aviso.
router-o-student-address-step-3 = Presente el Formulario AR-11 en línea ante USCIS en un plazo de { -fact-ar-11-days } días, y actualice por separado cada caso pendiente de USCIS.
router-o-student-address-step-4 = Guarde las confirmaciones.
router-o-student-address-have-ready-1 = Su SEVIS ID (parte superior de su Formulario I-20)
router-o-student-address-have-ready-2 = Su nueva dirección y la fecha de la mudanza
router-o-student-address-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-stem-new-employer-title = Un nuevo empleador en la STEM OPT: primero su DSO, y el empleador debe usar E-Verify
router-o-stem-new-employer-answer = No, no puede agregarlo usted mismo en el Portal del SEVP: su DSO debe revisar antes un nuevo Formulario I-983, y el nuevo empleador debe estar inscrito en E-Verify.
router-o-stem-new-employer-applies-to = Estudiantes F-1 con la extensión STEM de la OPT. Con la OPT posterior a los estudios, usted mismo agrega los empleadores en el Portal del SEVP.
router-o-stem-new-employer-why = En la STEM OPT, cada empleador firma un plan de capacitación (Formulario I-983), debe estar inscrito en E-Verify y debe pagarle al menos { -fact-opt-minimum-weekly-hours } horas por semana. El Portal del SEVP no le permite agregar un nuevo empleador ni cambiar una fecha de inicio: lo hace su DSO después de revisar el I-983.
router-o-stem-new-employer-step-1 = Complete el Formulario I-983 con su nuevo empleador y compruebe que el empleador esté inscrito en E-Verify.
router-o-stem-new-employer-step-2 = Envíe el I-983 firmado a su DSO e informe el nuevo empleador en un plazo de { -fact-student-report-change-days } días.
router-o-stem-new-employer-step-3 = Cuando termina un empleo, el empleador debe informar a su DSO en un plazo de { -fact-stem-employer-termination-business-days } días hábiles.
router-o-stem-new-employer-step-4 = Todo periodo sin un empleo que cumpla los requisitos cuenta para sus { -fact-stem-opt-unemployment-days } días de desempleo en total.
router-o-stem-new-employer-have-ready-1 = El Formulario I-983 completado y firmado
router-o-stem-new-employer-have-ready-2 = El nombre, la dirección y el EIN del empleador
router-o-stem-new-employer-have-ready-3 = Su SEVIS ID

router-o-opt-unemployment-title = Sus días de desempleo en la OPT
router-o-opt-unemployment-answer = Con la OPT posterior a los estudios puede estar sin empleo como máximo { -fact-opt-unemployment-days } días en total; con la extensión STEM de la OPT, { -fact-stem-opt-unemployment-days } días en total. Nuestra herramienta cuenta los días que ha usado.
router-o-opt-unemployment-applies-to = Estudiantes F-1 con OPT o STEM OPT. No los estudiantes M-1: la práctica profesional M-1 no tiene días de desempleo permitidos.
router-o-opt-unemployment-why = La cuenta empieza en la fecha de inicio de su EAD. Cuentan los días sin empleo, y también los días de trabajo de menos de { -fact-opt-minimum-weekly-hours } horas por semana y los empleos que no informó. En la OPT posterior a los estudios, el trabajo no pagado en su campo de estudio cuenta como empleo si es de al menos { -fact-opt-minimum-weekly-hours } horas por semana; en la STEM OPT el trabajo debe ser pagado.
router-o-opt-unemployment-step-1 = Cuente sus días con nuestra herramienta Días de desempleo en la OPT. Funciona aunque nunca haya tenido empleo.
router-o-opt-unemployment-step-2 = Informe cada nuevo empleo en el Portal del SEVP en un plazo de { -fact-student-report-change-days } días: el trabajo que no informó cuenta como desempleo.
router-o-opt-unemployment-step-3 = Si está cerca del límite, hable ahora con su DSO.
router-o-opt-unemployment-have-ready-1 = Las fechas de inicio y de fin de su EAD
router-o-opt-unemployment-have-ready-2 = Las fechas de inicio y de fin de cada empleo, y sus horas por semana

router-o-m1-practical-training-title = Práctica profesional M-1: pregunte a su DSO
router-o-m1-practical-training-answer = Los estudiantes M-1 solo pueden trabajar en práctica profesional después de terminar su programa: un mes por cada { -fact-m1-study-months-per-training-month } meses de estudio a tiempo completo, como máximo { -fact-m1-practical-training-max-months } meses. No hay días de desempleo permitidos: hable con su DSO sobre cualquier periodo sin empleo.
router-o-m1-practical-training-applies-to = Estudiantes M-1. No se aplican las reglas de la OPT F-1, como los días de desempleo.
router-o-m1-practical-training-why = La práctica profesional M-1 no es OPT. Debe ser en su campo de estudio. Su DSO la recomienda y luego usted la solicita ante USCIS con el Formulario I-765.
router-o-m1-practical-training-step-1 = Pida a su DSO la recomendación de práctica profesional.
router-o-m1-practical-training-step-2 = Presente el Formulario I-765 ante USCIS entre { -fact-m1-filing-days-before-program-end } días antes y { -fact-m1-filing-days-after-program-end } días después de la fecha de fin de su programa.
router-o-m1-practical-training-step-3 = Cuando haya comenzado, informe su dirección y su empleador en el Portal del SEVP en un plazo de { -fact-student-report-change-days } días.
router-o-m1-practical-training-step-4 = Si su empleo termina, informe a su DSO de inmediato.
router-o-m1-practical-training-have-ready-1 = Su Formulario I-20 con la recomendación del DSO
router-o-m1-practical-training-have-ready-2 = La fecha de fin de su programa

router-o-grace-period-f1-title = Cuánto tiempo puede quedarse después de sus estudios (F-1)
router-o-grace-period-f1-answer = { -fact-f1-grace-period-days } días después de que termine su programa, o después de que termine su OPT. Solo { -fact-authorized-withdrawal-grace-period-days } días si su DSO autorizó su retiro, y ninguno si no mantuvo su estatus.
router-o-grace-period-f1-applies-to = Estudiantes F-1. Los estudiantes M-1 tienen { -fact-m1-grace-period-days } días; los visitantes de intercambio J-1 preguntan a su patrocinador.
router-o-grace-period-f1-why = El periodo de gracia es tiempo para prepararse para salir, transferirse a otra escuela, empezar un nuevo programa o cambiar de estatus.
router-o-grace-period-f1-step-1 = Revise la fecha de fin de su programa en su Formulario I-20, o la fecha de fin de su EAD si tiene OPT.
router-o-grace-period-f1-step-2 = Para quedarse más tiempo, hable con su DSO antes de esa fecha: un nuevo programa, una transferencia, la OPT o un cambio de estatus.
router-o-grace-period-f1-step-3 = Un cambio o una extensión de estatus es una solicitud ante USCIS: preséntela antes de que se acabe su tiempo.
router-o-grace-period-f1-have-ready-1 = Su Formulario I-20
router-o-grace-period-f1-have-ready-2 = Su EAD, si tiene OPT

router-o-grace-period-m1-title = Cuánto tiempo puede quedarse después de sus estudios (M-1)
router-o-grace-period-m1-answer = { -fact-m1-grace-period-days } días después de que termine su programa, o después de que termine su práctica profesional. Solo { -fact-authorized-withdrawal-grace-period-days } días si su DSO autorizó su retiro, y ninguno si no mantuvo su estatus.
router-o-grace-period-m1-applies-to = Estudiantes M-1. Los estudiantes F-1 tienen { -fact-f1-grace-period-days } días; los visitantes de intercambio J-1 preguntan a su patrocinador.
router-o-grace-period-m1-why = El periodo de gracia es tiempo para prepararse para salir o para cambiar de estatus. Los estudiantes M-1 no pueden obtener la OPT; la práctica profesional tiene sus propias reglas.
router-o-grace-period-m1-step-1 = Revise la fecha de fin de su programa en su Formulario I-20, o la fecha de fin de su EAD si tiene práctica profesional.
router-o-grace-period-m1-step-2 = Para quedarse más tiempo, hable con su DSO antes de esa fecha.
router-o-grace-period-m1-step-3 = Un cambio o una extensión de estatus es una solicitud ante USCIS: preséntela antes de que se acabe su tiempo.
router-o-grace-period-m1-have-ready-1 = Su Formulario I-20
router-o-grace-period-m1-have-ready-2 = Su EAD, si tiene práctica profesional

router-o-bond-money-back-title = Recuperar el dinero de una fianza en efectivo
router-o-bond-money-back-answer = El dinero de una fianza en efectivo se devuelve al obligado, la persona que la pagó, cuando ICE cancela la fianza. Una fianza incumplida, por ejemplo porque la persona no se presentó cuando se le indicó, no se devuelve.
router-o-bond-money-back-applies-to = Obligados: el familiar, el amigo, el abogado o la organización que pagó una fianza en efectivo, o la persona que pagó su propia fianza de salida voluntaria o de supervisión.
router-o-bond-money-back-why = ICE escribe al obligado a la dirección que tiene registrada. Si el obligado se muda, presenta el Formulario I-333 para que ICE pueda comunicarse con él. Esta ayuda no puede saber cuándo se cancelará una fianza.
router-o-bond-money-back-step-1 = Verifique la fianza en CeBONDS, en la página de fianzas de ICE.
router-o-bond-money-back-step-2 = Si la dirección del obligado cambió, presente el Formulario I-333.
router-o-bond-money-back-step-3 = Guarde el recibo de la fianza y todas las cartas de ICE sobre la fianza.
router-o-bond-money-back-step-4 = Si ICE dice que la fianza se incumplió y usted no está de acuerdo, hable con un abogado.
router-o-bond-money-back-have-ready-1 = El recibo de la fianza
router-o-bond-money-back-have-ready-2 = El número A de la persona para quien es la fianza
router-o-bond-money-back-have-ready-3 = El documento de identidad del obligado
