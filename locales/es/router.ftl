# The words of "Find the right place": questions, answers and outcomes.
# Ids: router-q-<question>-title/-hint/-error, router-a-<question>-<answer>,
# router-o-<outcome>-title/-why, -step-<n> (in order), -have-ready-<n>.
# The number of steps and of things to have ready per outcome is in
# crates/domain/src/routing/wording.rs (`list_lengths`).

## Questions and their answers

router-q-role-title = ¿Con qué necesita ayuda?
router-q-role-error = Seleccione con qué necesita ayuda
router-a-role-student = Soy estudiante F o M, o visitante de intercambio J
router-a-role-school = Trabajo en una escuela como funcionario escolar designado (DSO o PDSO)
router-a-role-supervision = Tengo que presentarme ante ICE o tengo un caso en la corte de inmigración
router-a-role-detained = Alguien que conozco está detenido por inmigración
router-a-role-bond = Quiero pagar o verificar una fianza de inmigración
router-a-role-benefit = Necesito una visa, una tarjeta de residencia, la ciudadanía, un permiso de trabajo o el estado de un caso de USCIS
router-a-role-message = Recibí un correo, un mensaje o un enlace sobre “eservice” y no sé si es real

router-q-student-need-title = ¿Qué necesita hacer?
router-q-student-need-error = Seleccione qué necesita hacer
router-a-student-need-report-opt = Informar mi dirección, teléfono o empleador durante la OPT
router-a-student-need-pay-fee = Pagar la tarifa I-901 del SEVIS
router-a-student-need-apply-opt = Solicitar la OPT o la STEM OPT (un permiso de trabajo)
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

router-q-opt-type-title = ¿Qué tipo de práctica profesional tiene?
router-q-opt-type-error = Seleccione su tipo de práctica profesional
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
router-a-portal-account-access-ended = Mi OPT terminó hace más de seis meses

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
router-o-sevp-portal-why = Los estudiantes con OPT posterior a los estudios, STEM OPT o práctica profesional M-1 informan ellos mismos su dirección, teléfono y empleador en el Portal del SEVP. Sus cambios llegan a SEVIS de inmediato.
router-o-sevp-portal-step-1 = Inicie sesión en el Portal del SEVP en { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Actualice su dirección física y postal, su teléfono o su empleador.
router-o-sevp-portal-step-3 = Informe cada cambio en un plazo de { -fact-student-report-change-days } días.
router-o-sevp-portal-step-4 = Con la STEM OPT no puede agregar un nuevo empleador ni cambiar una fecha de inicio en el Portal: su DSO debe revisar antes su Formulario I-983.
router-o-sevp-portal-step-5 = La práctica profesional M-1 no es OPT: no tiene días de desempleo permitidos, así que la herramienta Días de desempleo en la OPT no es para usted. Pregunte a su DSO sobre cualquier periodo sin empleo.
router-o-sevp-portal-step-6 = Guarde un comprobante: guarde o imprima la página que confirma su cambio.
router-o-sevp-portal-have-ready-1 = Su SEVIS ID (parte superior de su Formulario I-20)
router-o-sevp-portal-have-ready-2 = Su nueva dirección o su nuevo teléfono
router-o-sevp-portal-have-ready-3 = Para un empleador: nombre, dirección, EIN (si lo sabe), fecha de inicio, puesto y el nombre, teléfono y correo de su supervisor

router-o-student-dso-title = Comuníquese con el DSO de su escuela
router-o-student-dso-why = El funcionario escolar designado (DSO) administra su registro SEVIS. Solo un DSO puede reenviar un enlace vencido del Portal del SEVP, cambiar el correo de su Portal, registrar un cambio de nombre, actualizar su I-20 o revisar el Formulario I-983 antes de un cambio de empleador o de fecha de inicio en la STEM OPT.
router-o-student-dso-step-1 = Comuníquese con la oficina de estudiantes internacionales de su escuela y pida hablar con un DSO.
router-o-student-dso-step-2 = Explique lo que necesita y dé su SEVIS ID.
router-o-student-dso-step-3 = Si su enlace del Portal venció, pida al DSO que le envíe de nuevo el correo de la cuenta; el nuevo enlace funciona durante { -fact-sevp-portal-link-valid-days } días.
router-o-student-dso-step-4 = Los cambios que hace un DSO llegan al Portal del SEVP una vez al día.
router-o-student-dso-have-ready-1 = Su SEVIS ID y su Formulario I-20
router-o-student-dso-have-ready-2 = El cambio y la fecha en que ocurrió
router-o-student-dso-have-ready-3 = Para un nuevo empleador en la STEM OPT: el Formulario I-983 completado

router-o-sevis-title = Use SEVIS (funcionarios escolares)
router-o-sevis-why = Solo los PDSO y DSO aprobados por el SEVP pueden usar SEVIS, cada uno con su propio usuario. Allí actualiza los registros y el empleo OPT de los estudiantes, y administra las cuentas del Portal: reenviar el correo de la cuenta, desbloquear una cuenta, cambiar el correo del Portal de un estudiante, descargar el informe de cambios hechos por estudiantes y ver quién tiene cuenta. Los DSO no pueden usar el Portal del SEVP.
router-o-sevis-step-1 = Inicie sesión en SEVIS con su propia cuenta. Nunca comparta su usuario.
router-o-sevis-step-2 = Actualice el registro del estudiante en un plazo de { -fact-dso-sevis-update-days } días después de un cambio.
router-o-sevis-step-3 = Para problemas con el Portal, reenvíe el correo de la cuenta, desbloquee la cuenta o cambie el correo del Portal.
router-o-sevis-step-4 = Centro de Respuesta del SEVP: { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, de lunes a viernes, de { -fact-sevp-response-center-opens-am } a. m. a { -fact-sevp-response-center-closes-pm } p. m., hora del Este.
router-o-sevis-have-ready-1 = Su propio usuario de SEVIS
router-o-sevis-have-ready-2 = El SEVIS ID del estudiante
router-o-sevis-have-ready-3 = Qué cambió y cuándo

router-o-sevp-certification-title = Certificación de escuelas del SEVP (Formulario I-17)
router-o-sevp-certification-why = Toda escuela que inscribe estudiantes F o M debe estar certificada por el SEVP mediante el Formulario I-17 en SEVIS y recertificarse cada dos años. Solo el PDSO del campus principal presenta el I-17, y los funcionarios se agregan actualizándolo.
router-o-sevp-certification-step-1 = El PDSO inicia sesión en SEVIS y abre el Formulario I-17 de la escuela.
router-o-sevp-certification-step-2 = Recertifíquese cada dos años: SEVIS envía un aviso { -fact-sevp-recertification-notice-days } días antes de que venza la certificación.
router-o-sevp-certification-step-3 = Para agregar un DSO, actualice el I-17. Cada funcionario necesita pruebas de ciudadanía o residencia permanente en EE. UU.
router-o-sevp-certification-step-4 = El PDSO verifica a los funcionarios de la escuela cada año entre el { -fact-sevis-annual-verification-opens-day } de diciembre y el { -fact-sevis-annual-verification-closes-day } de marzo.
router-o-sevp-certification-have-ready-1 = El código de la escuela
router-o-sevp-certification-have-ready-2 = El usuario de SEVIS del PDSO
router-o-sevp-certification-have-ready-3 = Para nuevos funcionarios: pruebas de ciudadanía o residencia permanente

router-o-ice-check-in-title = Use las citas de control de ICE en línea
router-o-ice-check-in-why = Las personas liberadas bajo supervisión de ICE programan o cambian en línea sus citas de control en su oficina local de ERO. Programar en línea cumple con su requisito de liberación, aunque la próxima cita libre sea después de la fecha de sus documentos.
router-o-ice-check-in-step-1 = Vaya a { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = Para su primera cita, use la información de su Formulario I-385, incluido su Subject ID.
router-o-ice-check-in-step-3 = Elija una fecha y una hora en su oficina de ERO, o cambie una cita que ya tenga.
router-o-ice-check-in-step-4 = Guarde la confirmación. El sitio está en inglés, español, portugués, criollo haitiano y francés.
router-o-ice-check-in-have-ready-1 = Su Formulario I-385 con su Subject ID
router-o-ice-check-in-have-ready-2 = Su número A (A-Number)
router-o-ice-check-in-have-ready-3 = Su fecha de nacimiento

router-o-ice-change-of-address-with-court-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-with-court-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-with-court-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-with-court-step-2 = Informe a la corte de inmigración con el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles. Puede presentarlo en línea mediante EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-with-court-step-4 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-with-court-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-with-court-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-with-court-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-ice-change-of-address-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-step-2 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-step-3 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-ice-change-of-address-court-unsure-title = Informe a ICE que se mudó, y por separado a la corte y a USCIS
router-o-ice-change-of-address-court-unsure-why = Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.
router-o-ice-change-of-address-court-unsure-step-1 = Informe a ICE su nueva dirección en { -fact-ice-check-in-address } (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de { -fact-ice-address-change-business-days } días hábiles.
router-o-ice-change-of-address-court-unsure-step-2 = Averigüe si tiene un caso en la corte: llame al { -fact-eoir-hotline-phone } con su número A. Si lo tiene, presente el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles.
router-o-ice-change-of-address-court-unsure-step-3 = Informe a USCIS con el Formulario AR-11 en un plazo de { -fact-ar-11-days } días y actualice por separado cada caso pendiente de USCIS.
router-o-ice-change-of-address-court-unsure-step-4 = Guarde una copia o captura de pantalla de cada confirmación.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Su número A (A-Number)
router-o-ice-change-of-address-court-unsure-have-ready-2 = Su dirección anterior y la nueva, y la fecha de la mudanza
router-o-ice-change-of-address-court-unsure-have-ready-3 = Los números de recibo de sus casos pendientes de USCIS

router-o-cebonds-title = Pague o verifique una fianza en efectivo con CeBONDS
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
router-o-ebonds-why = eBONDS lo usan las compañías de fianzas y sus agentes (Formulario I-352SA). Las familias y otras personas que pagan una fianza en efectivo usan CeBONDS.
router-o-ebonds-step-1 = Los agentes de fianzas inician sesión en { -fact-ebonds-host }.
router-o-ebonds-step-2 = Si no es una compañía de fianzas, use CeBONDS en la página de fianzas de ICE.
router-o-ebonds-have-ready-1 = La cuenta de eBONDS de su compañía de fianzas
router-o-ebonds-have-ready-2 = Los datos para el Formulario I-352SA

router-o-detainee-locator-title = Encuentre a la persona con el Localizador de detenidos
router-o-detainee-locator-why = El Localizador de detenidos de ICE busca personas bajo custodia de ICE y personas retenidas por CBP durante { -fact-detainee-locator-cbp-custody-hours } horas o más. No necesita cuenta y no muestra a menores de { -fact-detainee-locator-minimum-age } años.
router-o-detainee-locator-step-1 = Vaya a { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Busque con el número A y el país de nacimiento, o con el nombre, el apellido y el país de nacimiento.
router-o-detainee-locator-step-3 = Anote el nombre y el teléfono del centro para organizar visitas y ayuda legal.
router-o-detainee-locator-step-4 = El localizador está disponible en { -fact-detainee-locator-languages } idiomas.
router-o-detainee-locator-have-ready-1 = El número A de la persona, si lo sabe
router-o-detainee-locator-have-ready-2 = Su nombre tal como aparece en sus documentos
router-o-detainee-locator-have-ready-3 = Su país de nacimiento

router-o-i901-fee-title = Pague la tarifa I-901 del SEVIS en { -fact-i901-fee-host }
router-o-i901-fee-why = La tarifa I-901 del SEVIS es distinta de la tarifa de la visa y de las tarifas de la escuela. Se paga en { -fact-i901-fee-host }, el sitio oficial de pago, aunque termine en .com.
router-o-i901-fee-step-1 = Vaya a { -fact-i901-fee-host } escribiendo usted la dirección.
router-o-i901-fee-step-2 = Escriba sus datos exactamente como aparecen en su Formulario I-20 o DS-2019.
router-o-i901-fee-step-3 = Pague e imprima el recibo. Puede volver a imprimirlo después con su SEVIS ID, su apellido y su fecha de nacimiento.
router-o-i901-fee-step-4 = Las tarifas cambian: consulte el monto en el sitio oficial. (Nuestra copia guardada decía F y M { -fact-i901-fee-f-m } dólares, J { -fact-i901-fee-j } dólares, algunas categorías J { -fact-i901-fee-j-special } dólares.)
router-o-i901-fee-have-ready-1 = Su SEVIS ID
router-o-i901-fee-have-ready-2 = Su Formulario I-20 o DS-2019
router-o-i901-fee-have-ready-3 = Un medio de pago en línea

router-o-uscis-case-status-title = Consulte su caso en el sitio web de USCIS
router-o-uscis-case-status-why = El estado de un caso de USCIS usa el número de recibo de su aviso: { -fact-receipt-number-letters } letras y { -fact-receipt-number-digits } números, por ejemplo EAC2190000001. ICE y la corte de inmigración no siguen los casos de USCIS.
router-o-uscis-case-status-step-1 = Busque el número de recibo en su aviso de USCIS (Formulario I-797).
router-o-uscis-case-status-step-2 = Consulte el estado en { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Su número de recibo

router-o-uscis-citizenship-title = La ciudadanía la tramita USCIS
router-o-uscis-citizenship-why = Las solicitudes de ciudadanía (naturalización) van a USCIS, no a ICE.
router-o-uscis-citizenship-step-1 = Lea las páginas sobre ciudadanía en { -fact-uscis-host } antes de presentar la solicitud.
router-o-uscis-citizenship-step-2 = Si alguna vez lo arrestaron, detuvieron o le ordenaron la deportación, hable con un abogado antes de presentar la solicitud.
router-o-uscis-citizenship-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Su tarjeta de residencia
router-o-uscis-citizenship-have-ready-2 = Su número A (A-Number)

router-o-uscis-green-card-title = Las tarjetas de residencia las tramita USCIS
router-o-uscis-green-card-why = Las solicitudes de residencia permanente (green card) van a USCIS, no a ICE.
router-o-uscis-green-card-step-1 = Lea las páginas sobre la tarjeta de residencia en { -fact-uscis-host } para ver qué vía le corresponde.
router-o-uscis-green-card-step-2 = Si tiene un proceso en la corte de inmigración, hable con un abogado: puede decidir la corte.
router-o-uscis-green-card-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Su pasaporte y su I-94
router-o-uscis-green-card-have-ready-2 = Los números de recibo de solicitudes anteriores

router-o-uscis-work-permit-title = Solicite un permiso de trabajo (Formulario I-765) ante USCIS
router-o-uscis-work-permit-why = USCIS decide los permisos de trabajo, incluidas la OPT y la STEM OPT. El Portal del SEVP no otorga la OPT: su DSO primero la recomienda en SEVIS y luego usted presenta el Formulario I-765 ante USCIS.
router-o-uscis-work-permit-step-1 = Estudiantes: pidan a su DSO la recomendación de OPT o STEM OPT (un nuevo Formulario I-20).
router-o-uscis-work-permit-step-2 = Presente el Formulario I-765 ante USCIS dentro del plazo. Nuestra herramienta de plazos lo muestra; confirme las fechas con su DSO.
router-o-uscis-work-permit-step-3 = Cuando su OPT esté aprobada y haya comenzado (la fecha de inicio de su EAD), el SEVP le envía por correo un enlace para crear su cuenta del Portal del SEVP.
router-o-uscis-work-permit-have-ready-1 = El Formulario I-20 con la recomendación del DSO
router-o-uscis-work-permit-have-ready-2 = Su pasaporte y su I-94
router-o-uscis-work-permit-have-ready-3 = Su tarjeta EAD actual (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Extienda o cambie su estadía ante USCIS (Formulario I-539)
router-o-uscis-change-or-extend-stay-why = Cambiar o extender su estatus es una solicitud ante USCIS, normalmente con el Formulario I-539. Los estudiantes deben hablar primero con su DSO.
router-o-uscis-change-or-extend-stay-step-1 = Revise la página del I-539 en { -fact-uscis-host } para saber quién puede presentarlo y cuándo.
router-o-uscis-change-or-extend-stay-step-2 = Preséntelo antes de que pase la fecha “admit until” de su I-94.
router-o-uscis-change-or-extend-stay-step-3 = Centro de Contacto de USCIS: { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Su I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Su pasaporte
router-o-uscis-change-or-extend-stay-have-ready-3 = Estudiantes: su Formulario I-20

router-o-uscis-address-change-title = Informe a USCIS que se mudó (Formulario AR-11)
router-o-uscis-address-change-why = La mayoría de las personas no ciudadanas deben informar a USCIS en un plazo de { -fact-ar-11-days } días después de mudarse y actualizar por separado cada caso pendiente. Esto no actualiza a ICE ni a la corte de inmigración.
router-o-uscis-address-change-step-1 = Cambie su dirección en { -fact-uscis-address-change-address } en un plazo de { -fact-ar-11-days } días.
router-o-uscis-address-change-step-2 = Actualice cada caso pendiente con su número de recibo.
router-o-uscis-address-change-step-3 = Si además se presenta ante ICE o tiene un caso en la corte, infórmeles por separado.
router-o-uscis-address-change-have-ready-1 = Su dirección anterior y la nueva
router-o-uscis-address-change-have-ready-2 = Los números de recibo de los casos pendientes
router-o-uscis-address-change-have-ready-3 = Su número A, si tiene uno

router-o-state-visa-title = Las visas las tramita el Departamento de Estado
router-o-state-visa-why = Las solicitudes de visa (Formulario DS-160), las entrevistas y las visas las tramitan las embajadas y los consulados de EE. UU. del Departamento de Estado, y las visas solo se emiten fuera de Estados Unidos. La visa sirve para entrar; cuánto tiempo puede quedarse aparece en su I-94.
router-o-state-visa-step-1 = Use el sitio web de la embajada o el consulado de EE. UU. donde hará la solicitud, y compruebe que su dirección termine en .gov.
router-o-state-visa-step-2 = Estudiantes: paguen la tarifa I-901 del SEVIS antes de la entrevista y lleven su Formulario I-20 o DS-2019.
router-o-state-visa-step-3 = ICE no emite visas.
router-o-state-visa-have-ready-1 = Su pasaporte
router-o-state-visa-have-ready-2 = El Formulario I-20 o DS-2019 (estudiantes y visitantes de intercambio)
router-o-state-visa-have-ready-3 = El recibo de la tarifa I-901 (estudiantes y visitantes de intercambio)

router-o-state-exchange-sponsor-title = Programas J-1: su patrocinador y el Departamento de Estado
router-o-state-exchange-sponsor-why = Los patrocinadores de visitantes de intercambio J los designa el Departamento de Estado, no el SEVP. Los funcionarios del patrocinador emiten y actualizan el Formulario DS-2019.
router-o-state-exchange-sponsor-step-1 = Visitantes de intercambio: comuníquese con el funcionario responsable de su patrocinador sobre su DS-2019.
router-o-state-exchange-sponsor-step-2 = Patrocinadores: las preguntas sobre la designación van al Departamento de Estado.
router-o-state-exchange-sponsor-step-3 = La tarifa I-901 del SEVIS para visitantes J se paga igualmente en { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = El Formulario DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Su SEVIS ID

router-o-cbp-i94-title = Obtenga su I-94 de CBP
router-o-cbp-i94-why = Su registro de llegada I-94 y su historial de viajes los da la Oficina de Aduanas y Protección Fronteriza (CBP), no ICE.
router-o-cbp-i94-step-1 = Vaya a { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Escriba sus datos exactamente como en el pasaporte con el que entró.
router-o-cbp-i94-step-3 = Revise su clase de admisión y la fecha “admit until” (o D/S).
router-o-cbp-i94-have-ready-1 = El pasaporte con el que entró a Estados Unidos

router-o-eoir-title = Su caso en la corte de inmigración (EOIR)
router-o-eoir-why = Las audiencias, el estado del caso, los cambios de dirección con el EOIR-33 y las apelaciones los maneja la Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), del Departamento de Justicia, no ICE. Una cita de control de ICE y una audiencia en la corte son cosas distintas: puede tener ambas.
router-o-eoir-step-1 = Llame al { -fact-eoir-hotline-phone } para saber la fecha de su audiencia y el estado de su caso. Marque su número A con { -fact-a-number-digits } números, sin la A.
router-o-eoir-step-2 = Si se muda, presente el Formulario EOIR-33 en un plazo de { -fact-eoir-33-working-days } días hábiles (en línea mediante EOIR Respondent Access).
router-o-eoir-step-3 = No falte a ninguna audiencia. Si no puede asistir, hable de inmediato con un abogado.
router-o-eoir-have-ready-1 = Su número A (A-Number)
router-o-eoir-have-ready-2 = Su aviso de audiencia o su Aviso de Comparecencia

router-o-urgent-legal-help-title = Busque ayuda legal ahora
router-o-urgent-legal-help-why = Una detención, una orden de deportación, un registro cancelado o una audiencia, cita o plazo perdidos pueden tener consecuencias graves rápidamente. Un abogado de inmigración o un representante acreditado de una organización reconocida por el Departamento de Justicia puede asesorarle. Nunca confíe en un “notario”: no son abogados.
router-o-urgent-legal-help-step-1 = Comuníquese con un abogado de inmigración o con una organización reconocida por el Departamento de Justicia que tenga representantes acreditados. El sitio web de la corte de inmigración (EOIR) tiene información sobre proveedores de servicios legales gratuitos.
router-o-urgent-legal-help-step-2 = Estudiantes con un problema en SEVIS: hablen hoy también con su DSO.
router-o-urgent-legal-help-step-3 = Si alguien está detenido, averigüe dónde con el Localizador de detenidos.
router-o-urgent-legal-help-step-4 = No firme documentos que no entienda.
router-o-urgent-legal-help-have-ready-1 = Todos los avisos o cartas que haya recibido
router-o-urgent-legal-help-have-ready-2 = Su número A o su SEVIS ID
router-o-urgent-legal-help-have-ready-3 = Las fechas de audiencias, citas o plazos

router-o-phishing-warning-title = Verifique antes de hacer clic: puede no ser oficial
router-o-phishing-warning-why = Varios sitios no oficiales usan el nombre “eservice”, y ninguna página oficial describe qué hay en eservice.ice.gov. Los servicios en línea de ICE están en las direcciones oficiales que indica esta ayuda, y los correos del Portal del SEVP solo vienen de { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = No inicie sesión, no pague ni envíe documentos desde el enlace.
router-o-phishing-warning-step-2 = Revise la dirección o el remitente con nuestro verificador de enlaces.
router-o-phishing-warning-step-3 = Escriba usted la dirección oficial: { -fact-sevp-portal-address } para el Portal del SEVP, { -fact-ice-check-in-address } para las citas.
router-o-phishing-warning-step-4 = Si pagó o compartió datos personales, comuníquese con su banco y guarde el mensaje como prueba.
router-o-phishing-warning-have-ready-1 = El mensaje o el enlace que recibió
