### The tools: the list, "What is this number?", the link checker, the OPT unemployment days
### and the deadline calculator.
### Ids that end in a field name (tools-needs_script) are read by Rust as a struct (src/text/tools.rs).

## What every tool shares
tools-needs_script = Esta herramienta funciona en su navegador y necesita JavaScript, que está desactivado o no se cargó. La guía explica las mismas reglas:
tools-needs_script_guide = Lea la guía
tools-private_hint = Nada de lo que escribe sale de su dispositivo.
tools-check = Comprobar
tools-calculate = Calcular

## What is this number?
tools-identify_label = Número o código
tools-identify_hint = Por ejemplo N0012345678, A-123-456-789 o EAC2190000001.
tools-identify_missing = Escriba un número o código
tools-identify_found = Podría ser
tools-identify_none_title = No reconocemos este número
tools-identify_none = Compárelo con su aviso. Reconocemos SEVIS ID, códigos de escuela del SEVP, números A, números de recibo de USCIS, números del I-94, EIN y códigos CIP.
tools-written_as = Se escribe
tools-used_by = Lo usa
tools-often_confused = Se confunde a menudo

## Is this link or email official?
tools-link_label = Dirección web o remitente de correo
tools-link_hint = Pegue el enlace o la dirección de correo del remitente.
tools-link_unreadable = Escriba una dirección web, por ejemplo { -fact-ice-url }, o un correo, por ejemplo nombre@example.com
tools-link_official = Esta es una dirección oficial
tools-link_belongs_to = Pertenece a:
tools-link_official_insecure = Este es un sitio oficial, pero el enlace no es seguro
tools-link_official_insecure_body = El enlace empieza con http:// en lugar de https://, así que lo que vea o envíe podría leerse o cambiarse por el camino. Use mejor la dirección segura:
tools-link_government = Esta es una dirección del gobierno de EE. UU., pero no un servicio que conozcamos
tools-link_government_body = Solo las organizaciones del gobierno de EE. UU. pueden registrar direcciones que terminan en .gov, pero esta no está entre los servicios de nuestras fuentes, así que no podemos decirle para qué sirve. Ninguna página oficial describe qué hay en eservice.ice.gov. Entre a los servicios desde las direcciones oficiales de nuestras guías.
tools-link_not_official = Esta no es una dirección oficial
tools-link_not_official_advice = No inicie sesión, no pague ni envíe documentos desde ella.
tools-link_goes_to = En realidad lleva a:
tools-link_sender_domain = El dominio del remitente es:

## OPT unemployment days
tools-opt_kind_legend = ¿Qué práctica profesional tiene?
tools-opt_kind-post-completion = OPT posterior a los estudios F-1 ({ -fact-opt-unemployment-days } días)
tools-opt_kind-stem = Extensión STEM de la OPT ({ -fact-stem-opt-unemployment-days } días en total)
tools-opt_kind-m1 = Práctica profesional M-1
tools-m1_ask_dso = La práctica profesional M-1 no tiene días de desempleo que se puedan contar: los límites de esta herramienta son reglas de la OPT F-1. Pregunte a su DSO qué significa para usted el tiempo sin empleo.
tools-opt_kind_missing = Seleccione qué práctica profesional tiene
tools-counting_rule = Contamos cada día desde la fecha de inicio de su EAD hasta hoy, ambos días incluidos.
tools-ead_start = Fecha de inicio del EAD
tools-ead_start_hint = La fecha “valid from” de su permiso de trabajo (EAD). En la STEM OPT, la fecha de inicio de su primer EAD, el de la OPT posterior a los estudios: los { -fact-stem-opt-unemployment-days } días cuentan desde ahí.
tools-jobs_heading = Empleos
tools-jobs_hint = Si no ha tenido empleo desde la fecha de inicio de su EAD, deje vacías las fechas del empleo. En la OPT, un empleo de menos de { -fact-opt-minimum-weekly-hours } horas por semana no cuenta como empleo: los días que solo cubre un empleo así cuentan como desempleo. Marque la casilla debajo de ese empleo.
tools-job-heading = Empleo { $number }
tools-job_start = Fecha de inicio
tools-job_end = Fecha de finalización (opcional)
tools-job_end_hint = Déjela vacía si todavía trabaja allí.
tools-job_under_20_hours = Este empleo es de menos de { -fact-opt-minimum-weekly-hours } horas por semana
tools-add_job = Agregar un empleo
tools-remove_job = Quitar este empleo
tools-counted-from-to = Contado desde el { $from } hasta hoy, { $to }, ambos días incluidos.
tools-stretches = Días sin empleo
tools-stretch = { $from } – { $to } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    })
tools-runs_out = Si sigue sin empleo, sus días se acaban el
tools-over_limit = Superó el límite. Hable hoy con su DSO.
tools-not_started = Su EAD todavía no empezó, así que no ha usado días.
tools-unemployment_note = El empleo que no ha informado y los empleos de menos de { -fact-opt-minimum-weekly-hours } horas por semana cuentan como desempleo. Este cálculo depende de los empleos que escriba; su DSO tiene el registro oficial.

## Deadline calculator
tools-calculator_legend = ¿Qué quiere calcular?
tools-calculator-reporting = Un plazo para informar un cambio
tools-calculator-grace = El fin de un periodo de gracia
tools-calculator-opt-window = Cuándo solicitar la OPT
tools-calculator-stem-window = Cuándo solicitar la STEM OPT
tools-calculator-stem-reports = Los informes de la STEM OPT
tools-calculator-recertification = La recertificación del SEVP (escuelas)
tools-calculator_missing = Seleccione qué quiere calcular
tools-rule_legend = ¿Qué hay que informar?
tools-rule_missing = Seleccione qué hay que informar
tools-changed_on = Fecha del cambio
tools-grace_legend = ¿Cómo terminó su programa o su OPT?
tools-grace_case-f1 = F-1: terminé mi programa o mi OPT
tools-grace_case-m1 = M-1: terminé mi programa
tools-grace_case-withdrawal = Mi DSO autorizó mi retiro
tools-grace_case-failed = No mantuve mi estatus
tools-grace_missing = Seleccione cómo terminó su programa o su OPT
tools-ended_on = Fecha en que terminó
tools-program_end = Fecha de fin del programa
tools-recommendation = Fecha de la recomendación del DSO (opcional)
tools-recommendation_hint = La fecha de su nuevo Formulario I-20. Déjela vacía si todavía no lo tiene.
tools-opt_ead_end = Fecha de fin de su EAD de OPT actual
tools-stem_start = Fecha de inicio de la STEM OPT
tools-certification_expires = Fecha de vencimiento de la certificación
tools-due = Fecha límite
tools-how_worked_out = Cómo lo calculamos
tools-counted-from-day-after = Contado desde el día siguiente al { $date }: { $counting }.
tools-not_counted = No se cuentan:
tools-weekend = fin de semana
tools-grace_last_day = Su periodo de gracia termina el
tools-grace-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
tools-no_grace = No hay periodo de gracia si no mantuvo su estatus. Hable hoy con su DSO y con un abogado.
tools-window_opens = Puede presentarla desde el
tools-window_closes = hasta el
tools-closed_by_recommendation = El plazo cierra { -fact-opt-filing-days-after-recommendation } días (STEM: { -fact-stem-opt-filing-days-after-recommendation } días) después de la recomendación del DSO.
tools-window-not-yet = Todavía no abre. Días hasta que abra: { $days }
tools-window-open = Abierto ahora. Días restantes: { $days }
tools-window_closed = Este plazo ya cerró. Hable con su DSO.
tools-window_impossible = Ningún día cumple todas las reglas: la fecha de la recomendación queda fuera del plazo. Hable con su DSO.
tools-submit_by = enviar a más tardar el
tools-reminder = Recordatorio del Portal
tools-notice_on = SEVIS envía el aviso de recertificación el
tools-expires_on = La certificación vence el
tools-next_expiry = Después de la recertificación, dura hasta el
tools-add_to_calendar = Agregar al calendario (.ics)
tools-check_with_dso = Viene de la orientación de las escuelas, no de una página oficial: confírmelo con su DSO.

## What a date is, in error messages (lower case, no article: see validation.ftl)
tools-date-label-ead-start = fecha de inicio del EAD
tools-date-label-job-start = fecha de inicio del empleo
tools-date-label-job-end = fecha de finalización del empleo
tools-date-label-changed-on = fecha del cambio
tools-date-label-ended-on = fecha en que terminó
tools-date-label-program-end = fecha de fin del programa
tools-date-label-recommendation = fecha de la recomendación
tools-date-label-opt-ead-end = fecha de fin del EAD
tools-date-label-stem-start = fecha de inicio de la STEM OPT
tools-date-label-certification-expires = fecha de vencimiento de la certificación
