# «¿Qué es este número?» y el comprobador de enlaces: las palabras que les da el crate de dominio.

## ¿Qué es este número? Cada identificador: su nombre, para qué sirve y con qué se suele confundir.

checker-identify-sevis-id-name = { -sevis-id }
checker-identify-sevis-id-used-for = Identifica su registro F, M o J en SEVIS. Lo necesita para el Portal del SEVP, la tarifa I-901 del SEVIS y cuando su funcionario escolar se lo pida. Está en la parte superior del Formulario I-20 o DS-2019.
checker-identify-sevis-id-not-for = No es un número de recibo de USCIS: no sirve para consultar un caso de USCIS.
checker-identify-school-code-name = Código de escuela del SEVP
checker-identify-school-code-used-for = Identifica una escuela y un campus certificados por el SEVP en SEVIS. Aparece en el Formulario I-20.
checker-identify-school-code-not-for = Identifica a la escuela, no a un estudiante.
checker-identify-a-number-name = Número A ({ -a-number }, número de registro de extranjero)
checker-identify-a-number-used-for = Su número de expediente de inmigración, usado por USCIS, ICE y la corte de inmigración. La línea automatizada de la corte ({ -fact-eoir-hotline-phone }) y el estado del caso en línea piden los { -fact-a-number-digits } números sin la A.
checker-identify-a-number-not-for = No es un número de recibo: el estado del caso de USCIS necesita el número de recibo de su aviso.
checker-identify-receipt-number-name = Número de recibo de USCIS
checker-identify-receipt-number-used-for = Sigue una solicitud o petición ante USCIS. Úselo para consultar el estado del caso en línea de USCIS.
checker-identify-receipt-number-not-for = La corte de inmigración no lo usa: el estado del caso en la corte necesita su { -a-number }.
checker-identify-i94-number-name = Número del registro de admisión { -i-94 }
checker-identify-i94-number-used-for = Su registro de llegada y salida de CBP. Muestra cómo fue admitido y hasta cuándo puede quedarse (una fecha o “D/S”).
checker-identify-i94-number-not-for = No es su visa: la fecha de vencimiento de la visa no indica cuánto tiempo puede quedarse; el { -i-94 } sí.
checker-identify-ein-name = Número de identificación del empleador (EIN)
checker-identify-ein-used-for = Identifica a un empleador para los impuestos. Los estudiantes con OPT dan el EIN de su empleador al informar su empleo.
checker-identify-ein-not-for = Pertenece al empleador, no a usted; no es un número de Seguro Social.
checker-identify-cip-code-name = Código CIP (campo de estudio)
checker-identify-cip-code-used-for = El código de un campo de estudio en el Formulario I-20. La STEM OPT depende de que el código del título esté en la lista STEM del DHS.
checker-identify-cip-code-not-for = No es un código de escuela ni un { -sevis-id }.

## ¿Es oficial este enlace o correo? Los servicios oficiales a los que puede pertenecer un enlace o un remitente.

checker-service-sevp-portal = Portal del SEVP (estudiantes con OPT)
checker-service-ice = U.S. Immigration and Customs Enforcement (ICE)
checker-service-ice-change-of-address = Cambio de dirección en línea de ICE
checker-service-ebonds = eBONDS (solo compañías de fianzas)
checker-service-detainee-locator = Localizador de detenidos de ICE
checker-service-i901-fee = Pago de la tarifa I-901 del SEVIS
checker-service-study-in-the-states = Study in the States (DHS)
checker-service-cbp-i94 = Sitio web del { -i-94 } de CBP
checker-service-uscis = U.S. Citizenship and Immigration Services (USCIS)
checker-service-justice-department = Departamento de Justicia de EE. UU. (incluye la corte de inmigración, EOIR)
checker-service-eoir-respondent-access = Respondent Access de EOIR (corte de inmigración)
checker-service-dhs = U.S. Department of Homeland Security (DHS)
checker-service-state-department-visas = Departamento de Estado de EE. UU.: visas
checker-service-exchange-visitor-program = Departamento de Estado: programa de visitantes de intercambio J-1
checker-service-e-verify = E-Verify (los empleadores verifican quién puede trabajar)
checker-service-sevp-portal-email = Correo del Portal del SEVP (el único remitente de los mensajes del Portal)
checker-service-sevp-response-center-email = Correo del Centro de Respuesta del SEVP

## Por qué un enlace o un remitente puede solo parecer oficial. El marcador real es la dirección real.

checker-reason-plain-http = Empieza con http:// en lugar de https://. Los sitios oficiales usan https://: escriba usted la dirección.
checker-reason-punycode = Contiene caracteres internacionales (se muestran como “xn--”) que pueden parecer letras normales.
checker-reason-look-alike = Se escribe casi como { $real }, pero es otra dirección.
checker-reason-extra-words = Usa un nombre real con palabras añadidas. El sitio real es { $real }.
checker-reason-wrong-top-level-domain = Tiene la terminación equivocada. La dirección real es { $real }.
checker-reason-hidden-host = Su navegador ignora todo lo que está antes de la “@”: el enlace lleva al sitio que está después.
checker-reason-unknown = No es una de las direcciones oficiales que conoce esta ayuda.
