# Mensajes sobre lo que escriben las personas: identificadores, fechas y los formularios
# del portal. El servidor responde sus 422 con los mismos mensajes, en el idioma de la
# solicitud. `{ $label }` es lo que es una fecha (un mensaje `validation-date-label-…` o
# una etiqueta propia de la página), en minúscula y sin artículo: todas son «fecha».

## Identificadores.

validation-a-number-missing = Escriba el número A ({ -a-number })
validation-a-number-format = El { -a-number } debe ser la letra A y de { -fact-a-number-min-digits } a { -fact-a-number-digits } números, por ejemplo A012345678
validation-cip-code-missing = Escriba el código CIP
validation-cip-code-format = El código CIP debe tener { -fact-cip-code-digits-before-point } números, un punto y { -fact-cip-code-digits-after-point } números, por ejemplo 11.0701
validation-ein-missing = Escriba el número de identificación del empleador (EIN)
validation-ein-format = El EIN debe tener { -fact-ein-digits } números, por ejemplo 12-3456789
validation-email-missing = Escriba un correo electrónico
validation-email-format = Escriba el correo electrónico con el formato correcto, por ejemplo nombre@example.com
validation-email-too-long = El correo electrónico debe tener { -fact-email-max-length } caracteres o menos
validation-i94-missing = Escriba el número del { -i-94 }
validation-i94-format = El número del { -i-94 } debe tener { -fact-i94-number-digits } números, o { -fact-i94-number-digits-before-letter } números, una letra y un número, por ejemplo 123456789A1
validation-password-missing = Escriba una contraseña
validation-password-too-short = La contraseña debe tener 12 caracteres o más
validation-password-too-long = La contraseña debe tener 128 caracteres o menos
validation-password-does-not-match = Las contraseñas deben coincidir
validation-last-name-missing = Escriba el apellido
validation-last-name-too-long = El apellido debe tener { -fact-sevis-last-name-max-length } caracteres o menos
validation-last-name-has-digits = El apellido no debe incluir números
validation-first-name-too-long = El nombre debe tener { -fact-sevis-first-name-max-length } caracteres o menos
validation-first-name-has-digits = El nombre no debe incluir números
validation-phone-missing = Escriba un número de teléfono
validation-phone-format = Escriba un número de teléfono de EE. UU. de { -fact-phone-number-digits } números, por ejemplo { -sample-phone }
validation-phone-extension = La extensión debe tener de { -fact-phone-extension-min-digits } a { -fact-phone-extension-max-digits } números
validation-receipt-number-missing = Escriba el número de recibo
validation-receipt-number-format = El número de recibo debe tener { -fact-receipt-number-letters } letras y { -fact-receipt-number-digits } números, por ejemplo EAC2190000001
validation-receipt-number-unknown-office = El número de recibo debe empezar con las letras de una oficina de USCIS, por ejemplo EAC, WAC, LIN, SRC, NBC, MSC o IOE
validation-school-code-missing = Escriba el código de la escuela
validation-school-code-format = El código de la escuela debe tener { -fact-school-code-letters } letras, luego 214F y luego { -fact-school-code-digits } números, por ejemplo BOS214F00123000
validation-sevis-id-missing = Escriba el { -sevis-id }
validation-sevis-id-format = El { -sevis-id } debe empezar con N y tener { -fact-sevis-id-digits } números, por ejemplo N0012345678
validation-subject-id-missing = Escriba su { -subject-id } del Formulario I-385
validation-subject-id-format = El { -subject-id } debe tener solo letras y números, hasta 20 caracteres
validation-state-missing = Escriba un estado o territorio
validation-state-unknown = Escriba un estado o territorio de EE. UU. con dos letras, como NJ, o su nombre completo
validation-zip-missing = Escriba el código postal (ZIP)
validation-zip-format = El código postal debe tener { -fact-zip-code-digits } números, por ejemplo 20500, o { -fact-zip-plus-4-digits } números, por ejemplo 20500-0001
validation-reference-number-missing = Escriba un número de referencia
validation-reference-number-format = El número de referencia debe tener 10 letras y números, por ejemplo K7QM-3XHP-2R

## Una dirección de EE. UU.

validation-address-line1-missing = Escriba la línea 1 de la dirección, normalmente el número y la calle
validation-address-line1-too-long = La línea 1 de la dirección debe tener { -fact-address-line-max-length } caracteres o menos
validation-address-line2-too-long = La línea 2 de la dirección debe tener { -fact-address-line-max-length } caracteres o menos
validation-address-city-missing = Escriba la ciudad
validation-address-city-too-long = La ciudad debe tener { -fact-address-city-max-length } caracteres o menos

## Una fecha escrita en tres casillas: qué le falta o qué está mal.

validation-date-missing = Escriba la { $label }
validation-date-missing-day = La { $label } debe incluir el día
validation-date-missing-month = La { $label } debe incluir el mes
validation-date-missing-year = La { $label } debe incluir el año
validation-date-missing-day-month = La { $label } debe incluir el día y el mes
validation-date-missing-day-year = La { $label } debe incluir el día y el año
validation-date-missing-month-year = La { $label } debe incluir el mes y el año
validation-date-year-four-digits = El año debe tener 4 números
validation-date-not-real = La { $label } debe ser una fecha real
validation-date-in-the-past = La { $label } debe ser una fecha pasada
validation-date-today-or-past = La { $label } debe ser hoy o una fecha pasada
validation-date-today-or-future = La { $label } debe ser hoy o una fecha futura
# `{ $other }`: la etiqueta de la fecha anterior; `{ $date }`: esa fecha como MM/DD/AAAA.
validation-date-on-or-after = La { $label } debe ser igual o posterior a la { $other } ({ $date })
validation-date-within-years = La { $label } debe estar dentro { $years ->
    [one] del último año
   *[other] de los últimos { $years } años
}

# El filtro del registro de auditoría: un día escrito en una casilla como año-mes-día.
# `{ $example }`: hoy, escrito así.
validation-date-iso = Escriba la { $label } como año, mes y día separados por guiones, por ejemplo { $example }

## Qué son las fechas del portal.

validation-date-label-birth = fecha de nacimiento
validation-date-label-start = fecha de inicio
validation-date-label-end = fecha de finalización
validation-date-label-moved-on = fecha en que se mudó
validation-date-label-audit-from = fecha “Desde”
validation-date-label-audit-to = fecha “Hasta”

## Fechas en palabras: `1 de diciembre de 2026`, `martes 1 de diciembre de 2026`.


## Días feriados federales de EE. UU. (5 U.S.C. 6103).

validation-holiday-new-years-day = Año Nuevo
validation-holiday-martin-luther-king-jr-day = Natalicio de Martin Luther King, Jr.
validation-holiday-washingtons-birthday = Natalicio de Washington
validation-holiday-memorial-day = Día de los Caídos
validation-holiday-juneteenth = Día Nacional de la Independencia de Juneteenth
validation-holiday-independence-day = Día de la Independencia
validation-holiday-labor-day = Día del Trabajo
validation-holiday-columbus-day = Día de Colón
validation-holiday-veterans-day = Día de los Veteranos
validation-holiday-thanksgiving-day = Día de Acción de Gracias
validation-holiday-christmas-day = Navidad

## Los formularios del portal.

validation-sign-in-password-missing = Escriba su contraseña
validation-activation-link-incomplete = El enlace está incompleto. Abra de nuevo el enlace de su correo.
validation-employer-name-missing = Escriba el nombre del empleador
validation-employer-name-too-long = El nombre del empleador debe tener { -fact-opt-employer-name-max-length } caracteres o menos
validation-hours-missing = Seleccione si el empleo es de tiempo completo o de medio tiempo
validation-job-title-missing = Escriba el puesto
validation-job-title-too-long = El puesto debe tener { -fact-opt-job-title-max-length } caracteres o menos
validation-supervisor-name-missing = Escriba el nombre del supervisor
validation-supervisor-name-too-long = El nombre del supervisor debe tener 121 caracteres o menos
validation-relation-to-study-missing = Explique cómo se relaciona el empleo con el campo de estudio
validation-relation-to-study-too-long = La relación con el campo de estudio debe tener { -fact-opt-relation-to-study-max-length } caracteres o menos
validation-stem-needs-dso = Con la STEM OPT no puede agregar un nuevo empleador ni cambiar una fecha de inicio usted mismo. Comuníquese con su DSO: su DSO debe revisar primero su Formulario I-983.
validation-report-employer-missing = Seleccione si su empleador sigue siendo el de su registro
validation-report-address-missing = Seleccione si su dirección sigue siendo la de su registro
validation-report-status-missing = Seleccione si tiene empleo
validation-court-case-missing = Seleccione si tiene un caso en la corte de inmigración
validation-slot-missing = Seleccione una fecha y una hora
validation-m1-no-unemployment-allowance = La práctica profesional M-1 no tiene días de desempleo permitidos: los { -fact-opt-unemployment-days } días son una regla de la OPT F-1. Pregunte a su DSO qué se aplica en su caso.
