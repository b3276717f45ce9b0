# Palabras que comparten todas las partes de la aplicación y el servidor.

## Términos oficiales: se escriben exactamente como en los formularios de las agencias, en todos los idiomas.

-a-number = A-Number
-sevis-id = SEVIS ID
-ead = EAD
-i-94 = I-94
-subject-id = Subject ID

## Ejemplos en pistas y mensajes de error: uno para cada cosa, el mismo dondequiera que se muestre.

-sample-phone = 202 555 0123

## Las herramientas de la aplicación (títulos y resúmenes de la página de herramientas).

common-tools-index-title = Herramientas
common-tools-index-lead = Pequeñas herramientas que funcionan en su navegador. Nada de lo que escribe se envía a ningún lado.
common-tool-identify-title = ¿Qué es este número?
common-tool-identify-summary = Pegue un número de un aviso o formulario para saber qué es, quién lo usa y para qué no sirve.
common-tool-opt-unemployment-title = Días de desempleo en la OPT
common-tool-opt-unemployment-summary = Cuente los días de desempleo usados y restantes en la OPT o la STEM OPT.
common-tool-deadlines-title = Calculadora de plazos
common-tool-deadlines-summary = Plazos para informar, periodos de gracia, plazos para solicitar la OPT e informes STEM, con el cálculo explicado.
common-tool-check-link-title = ¿Es oficial este enlace o correo?
common-tool-check-link-summary = Compruebe si una dirección web o un remitente de correo es oficial antes de iniciar sesión o pagar.

## Quién se ocupa de qué: las organizaciones a las que la aplicación envía a las personas.

common-agency-sevp = Programa de Estudiantes y Visitantes de Intercambio (SEVP), parte de ICE
common-agency-ice-ero = Operaciones de Control y Deportación de ICE (ERO)
common-agency-uscis = Servicio de Ciudadanía e Inmigración de EE. UU. (USCIS)
common-agency-eoir = Corte de inmigración (EOIR), Departamento de Justicia
common-agency-cbp = Oficina de Aduanas y Protección Fronteriza (CBP)
common-agency-state-department = Departamento de Estado de EE. UU.
common-agency-school = El funcionario escolar designado (DSO) de su escuela
common-agency-irs = Servicio de Impuestos Internos (IRS)
common-agency-legal-help = Un abogado de inmigración o un representante acreditado
# Labels of official links (routing/outcome.rs OfficialLink), shown by the find and portal bundles.
common-link-sevp-portal = Portal del SEVP ({ -fact-sevp-portal-address })
common-link-study-in-the-states = Study in the States (ayuda del DHS para estudiantes y escuelas, en inglés)
common-link-ice-check-in = Citas y cambio de dirección de ICE ({ -fact-ice-check-in-address })
common-link-ice-change-of-address = Cambio de dirección en línea de ICE
common-link-eoir-respondent-access = EOIR Respondent Access (presentar el Formulario EOIR-33 en línea)
common-link-eoir = Corte de inmigración (EOIR), Departamento de Justicia
common-link-uscis = USCIS ({ -fact-uscis-host })
common-link-uscis-address-change = Cambio de dirección ante USCIS (Formulario AR-11)
common-link-ice-bonds = Fianzas de ICE y CeBONDS
common-link-ebonds = eBONDS (solo compañías de fianzas)
common-link-locator = Localizador de detenidos de ICE ({ -fact-detainee-locator-host })
common-link-fmj-fee = Pago de la tarifa I-901 del SEVIS ({ -fact-i901-fee-host })
common-link-ice-i901 = ICE: sobre la tarifa I-901 del SEVIS
common-link-ice-i17 = ICE: certificación de escuelas (Formulario I-17)
common-link-cbp-i94 = Sitio web del I-94 de CBP ({ -fact-cbp-i94-host })
common-link-ice-home = ICE ({ -fact-ice-host })
common-link-e-verify = E-Verify (el empleador debe estar inscrito)
common-link-state-visas = Departamento de Estado: visas de EE. UU. (Formulario DS-160, entrevistas, embajadas)
common-link-state-exchange-visitors = Departamento de Estado: programa de visitantes de intercambio J-1
common-link-eoir-pro-bono = Corte de inmigración (EOIR): lista de proveedores de servicios legales gratuitos
