# server: the portal API's own answers (errors and refusals), in the language of the
# request's Accept-Language.

## Errors every endpoint may answer
server-sign-in-again = Inicie sesión para continuar. Es posible que su sesión haya terminado.
server-forbidden = No puede ver ni cambiar este registro.
server-not-found = No se encontró.
server-csrf = No se pudo verificar esta solicitud. Recargue la página e inténtelo de nuevo.
server-idempotency-conflict = Esta Idempotency-Key ya se usó para otra solicitud.
server-too-many-attempts = Demasiados intentos. Espere unos minutos e inténtelo de nuevo.
server-internal = Algo falló de nuestro lado. No se guardó nada; inténtelo de nuevo.
server-request-not-understood = No se pudo leer la solicitud: revise su dirección, su consulta y su cuerpo según el contrato de la API.
server-search-too-long = Busque con 100 caracteres o menos: parte de un nombre o un { -sevis-id }.
server-busy = El servicio está ocupado. Inténtelo de nuevo en un momento.

## Signing in
server-wrong-email-or-password = Escriba un correo electrónico y una contraseña correctos. Si su cuenta del Portal del SEVP se bloqueó o se cerró, su DSO puede ayudarle.
server-wrong-supervision-details = Escriba su { -a-number }, su { -subject-id } y su fecha de nacimiento exactamente como en su Formulario I-385
server-email-taken = Otra cuenta del Portal ya usa este correo electrónico. Pida al estudiante otra dirección.

## Activating a SEVP Portal account
server-link-expired = Este enlace venció: los enlaces funcionan durante { -fact-sevp-portal-link-valid-days } días. Pida a su DSO que le envíe de nuevo el correo de la cuenta.
server-link-not-working = Este enlace no funciona. Use el enlace más reciente de su correo o pida a su DSO que se lo envíe de nuevo.

## A school official and a student's Portal account
server-portal-already-set-up = La cuenta del Portal de este estudiante ya está creada.
server-portal-not-locked = La cuenta del Portal de este estudiante no está bloqueada.
server-validation-report-stem-only = Los informes de validación son solo para la STEM OPT.

## Check-in appointments
server-slot-taken = Esa hora se acaba de ocupar. Elija otra.
server-already-booked = Ya tiene una cita. Cámbiela en lugar de reservar otra.

## Solicitudes que el contrato no permite (400)
server-idempotency-key-missing = Cada escritura necesita un encabezado Idempotency-Key (de 8 a 128 caracteres).
server-idempotency-key-format = El encabezado Idempotency-Key debe tener de 8 a 128 letras, números, -, _, . o :.
server-demo-clock-range = advance_seconds debe ser de 1 a 2678400 (31 días)
server-date-format = Las fechas deben escribirse AAAA-MM-DD.
server-unknown-action = Acción desconocida.
server-unknown-outcome = Resultado desconocido.
server-body-not-json = El cuerpo debe ser JSON con la forma documentada, enviado como application/json.
server-no-endpoint = No hay ningún punto de la API en esta dirección.

## El correo de invitación (no se conoce el idioma del estudiante: se envía en el idioma predeterminado)
server-invitation-subject = Configure su cuenta del Portal del SEVP
server-link-left-out = [el enlace: se envía solo por correo electrónico y nunca se guarda]
server-invitation-body = Estimado/a { $name }:{"\u000A"}{"\u000A"}Su OPT ha comenzado. Configure su cuenta del Portal del SEVP con este enlace en un plazo de { -fact-sevp-portal-link-valid-days } días:{"\u000A"}{ $link }{"\u000A"}{"\u000A"}Si el enlace ha caducado, pida a su DSO que lo envíe de nuevo.{"\u000A"}
