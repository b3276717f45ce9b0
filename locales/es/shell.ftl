### The shell and the pages every visitor sees: header, footer, home, about, the list of guides,
### search, page not found, and what forms share (errors, buttons, date boxes).
### Ids that end in a field name (shell-site_name) are read by Rust as a struct (src/text/shell.rs).

## Header, notice, navigation and footer
shell-site_name = eService Navigator
shell-skip_link = Saltar al contenido principal
shell-notice_tag = Ayuda independiente
shell-notice = Este no es un sitio web del gobierno.
shell-notice_about = Quiénes somos
shell-nav_label = Principal
shell-nav_menu = Menú
shell-nav_home = Inicio
shell-nav_find = Encuentre el lugar correcto
shell-nav_guides = Guías
shell-nav_tools = Herramientas
shell-nav_search = Buscar
shell-nav_about = Quiénes somos
shell-nav_portal = Portal de demostración
shell-language_label = Idioma
shell-footer_notice = eService Navigator es una ayuda independiente. No está afiliado al Servicio de Inmigración y Control de Aduanas (ICE), al Departamento de Seguridad Nacional ni a ninguna otra agencia del gobierno.
shell-footer_official = Use los servicios oficiales solo en las direcciones que indican nuestras guías. Revise la dirección antes de iniciar sesión o pagar.

## Home
shell-home_title = Oriéntese en los portales de inmigración de EE. UU.
shell-home_lead = ¿Le dijeron que fuera a “eservice.ice.gov”? Esta ayuda explica, en lenguaje sencillo, qué servicio en línea es el correcto para usted, qué debe tener a mano y dónde están las páginas oficiales.
shell-home_ways_heading = ¿Cómo podemos ayudarle?
shell-home_ways-1 = Encuentre el lugar correcto
    .detail = Responda unas pocas preguntas para saber qué servicio o agencia usar, por qué y qué tener a mano.
shell-home_ways-2 = Trabajo en una escuela con estudiantes internacionales
    .detail = SEVIS, las cuentas del Portal del SEVP de los estudiantes, los registros de OPT y la certificación de la escuela.
shell-home_ways-3 = Sé qué servicio necesito
    .detail = Guías paso a paso de cada servicio en línea de ICE y de las agencias a las que se envía a la gente en su lugar.
shell-home_common_heading = Lo más buscado
shell-home_common-1 = Portal del SEVP para estudiantes con OPT
shell-home_common-2 = Citas de control de ICE
shell-home_common-3 = Cambio de dirección (ICE, corte y USCIS)
shell-home_common-4 = Encontrar a una persona detenida
shell-home_common-5 = Consultar un caso de USCIS
shell-home_common-6 = Pagar la tarifa I-901 del SEVIS
shell-home_common-7 = ¿Es oficial este enlace o correo?
shell-home_not_gov_heading = Antes de empezar
shell-home_not_gov = Esta ayuda no es un sitio web del gobierno. Solo le envía a las direcciones oficiales que indican sus guías. Existen sitios que imitan a los oficiales: nunca pague ni inicie sesión desde un enlace que no pueda comprobar.
shell-home_about_link = Quiénes somos y de dónde viene nuestra información

## About
shell-about_title = Quiénes somos
shell-about_lead = eService Navigator ayuda a las personas a encontrar en línea el servicio de inmigración de EE. UU. que necesitan y a prepararse para usarlo.
shell-about_not_gov_heading = No es un sitio web del gobierno
shell-about_not_gov-1 = Somos independientes. No formamos parte del Servicio de Inmigración y Control de Aduanas (ICE), del Departamento de Seguridad Nacional (DHS), del Servicio de Ciudadanía e Inmigración (USCIS) ni de ninguna otra agencia.
shell-about_not_gov-2 = Nunca le pedimos su contraseña y no podemos cambiar su caso de inmigración. Use los servicios oficiales solo en las direcciones que indican nuestras guías. Existen sitios que imitan a los oficiales: revise la dirección antes de iniciar sesión o pagar.
shell-about_what_heading = Qué hace esta ayuda
shell-about_what-1 = Explica cada servicio en línea de ICE: qué es, para quién es y qué debe tener a mano.
shell-about_what-2 = Hace unas pocas preguntas para indicarle el lugar correcto: un servicio de ICE, USCIS, el Departamento de Estado, CBP, la corte de inmigración o un abogado.
shell-about_what-3 = No es asesoría legal. Si está detenido, tiene una orden de deportación o se le pasó un plazo, hable con un abogado de inmigración o un representante acreditado.
shell-about_sources_heading = De dónde viene nuestra información
shell-about_sources_intro = Comparamos nuestras guías con páginas oficiales, entre ellas:
shell-about_sources-1 = ICE: citas de control y cambio de dirección
    .detail = { -fact-ice-check-in-url }
shell-about_sources-2 = Portal del SEVP para estudiantes con OPT
    .detail = { -fact-sevp-portal-url }
shell-about_sources-3 = Study in the States (ayuda del SEVP, en inglés)
    .detail = { -fact-study-in-the-states-url }
shell-about_sources-4 = Servicio de Ciudadanía e Inmigración (USCIS)
    .detail = { -fact-uscis-url }
shell-about_sources-5 = Oficina Ejecutiva de Revisión de Casos de Inmigración (corte de inmigración)
    .detail = { -fact-eoir-url }
shell-about_sources-6 = Localizador de detenidos de ICE
    .detail = { -fact-detainee-locator-url }
shell-about_sources_note = Las tarifas, los teléfonos y los plazos cambian. Consulte siempre la página oficial antes de actuar.

## Guides (the list, and the link under each guide)
shell-guides_title = Guías
shell-guides_lead = Guías en lenguaje sencillo sobre cada servicio en línea de ICE y sobre las agencias a las que a menudo se envía a la gente en su lugar.
shell-guide_groups-1 = Empiece aquí
shell-guide_groups-2 = Servicios en línea de ICE
shell-guide_groups-3 = Otras agencias y ayuda
shell-guide_find_link = { shell-nav_find }

## Search
shell-search_title = Buscar
shell-search_label = Buscar en guías y herramientas
shell-search_button = Buscar
shell-search_missing = Escriba las palabras que quiere buscar
shell-search_none = No hay coincidencias. Pruebe con otras palabras o responda unas preguntas en Encuentre el lugar correcto.
shell-search-results-for = Resultados para “{ $words }”

## Page not found
shell-not_found_title = No se encontró la página
shell-not_found_typed = Si escribió la dirección web, compruebe que sea correcta.
shell-not_found_pasted = Si pegó la dirección web, compruebe que copió la dirección completa.
shell-not_found_home = Ir a la página de inicio

## Shared by pages and forms
shell-loading = Cargando…
shell-load_failed_title = No se pudo cargar esta página
shell-load_failed = Revise su conexión e inténtelo de nuevo. No se perdió nada de lo que escribió.
shell-try_again = Intentar de nuevo
shell-print = Imprimir esta página
shell-error_prefix = Error:{" "}
shell-error_summary_title = Hay un problema
shell-continue_button = Continuar
shell-back = Atrás
shell-day = Día
shell-month = Mes
shell-year = Año
shell-guide_sources = Fuentes
shell-last_checked = Revisado por última vez:
