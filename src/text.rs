//! Every word of the app shell, in each language. A `Text` value per language, checked by
//! the compiler: a string missing in one language does not build
//! (docs/adr/0001-typed-text-catalogues.md).

use navigator_domain::Lang;

pub struct Text {
    pub site_name: &'static str,
    pub skip_link: &'static str,
    pub notice_tag: &'static str,
    pub notice: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_about: &'static str,
    pub language_label: &'static str,
    pub footer_notice: &'static str,
    pub footer_official: &'static str,

    pub home_title: &'static str,
    pub home_lead: &'static str,
    pub home_not_gov_heading: &'static str,
    pub home_not_gov: &'static str,
    pub home_about_link: &'static str,

    pub about_title: &'static str,
    pub about_lead: &'static str,
    pub about_not_gov_heading: &'static str,
    pub about_not_gov: [&'static str; 2],
    pub about_what_heading: &'static str,
    pub about_what: [&'static str; 3],
    pub about_sources_heading: &'static str,
    pub about_sources_intro: &'static str,
    pub about_sources: [(&'static str, &'static str); 6],
    pub about_sources_note: &'static str,

    pub not_found_title: &'static str,
    pub not_found_typed: &'static str,
    pub not_found_pasted: &'static str,
    pub not_found_home: &'static str,
}

pub const fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// Official pages the guide text was checked against; hosts are those of the domain facts.
const SOURCES_EN: [(&str, &str); 6] = [
    (
        "ICE: check-in and change of address",
        "https://www.ice.gov/check-in",
    ),
    (
        "SEVP Portal for students on OPT",
        "https://sevp.ice.gov/opt/",
    ),
    (
        "Study in the States (SEVP help hub)",
        "https://studyinthestates.dhs.gov",
    ),
    (
        "U.S. Citizenship and Immigration Services",
        "https://www.uscis.gov",
    ),
    (
        "Executive Office for Immigration Review (immigration court)",
        "https://www.justice.gov/eoir",
    ),
    ("ICE Online Detainee Locator", "https://locator.ice.gov"),
];

const SOURCES_ES: [(&str, &str); 6] = [
    (
        "ICE: citas de control y cambio de dirección",
        "https://www.ice.gov/check-in",
    ),
    (
        "Portal del SEVP para estudiantes con OPT",
        "https://sevp.ice.gov/opt/",
    ),
    (
        "Study in the States (ayuda del SEVP, en inglés)",
        "https://studyinthestates.dhs.gov",
    ),
    (
        "Servicio de Ciudadanía e Inmigración (USCIS)",
        "https://www.uscis.gov",
    ),
    (
        "Oficina Ejecutiva de Revisión de Casos de Inmigración (corte de inmigración)",
        "https://www.justice.gov/eoir",
    ),
    ("Localizador de detenidos de ICE", "https://locator.ice.gov"),
];

static EN: Text = Text {
    site_name: "eService Navigator",
    skip_link: "Skip to main content",
    notice_tag: "Independent helper",
    notice: "This is not a government website. We are not ICE, DHS or any agency, and we never ask for passwords.",
    nav_label: "Main",
    nav_home: "Home",
    nav_about: "About",
    language_label: "Language",
    footer_notice: "eService Navigator is an independent helper. It is not affiliated with U.S. Immigration and Customs Enforcement (ICE), the Department of Homeland Security or any other government agency.",
    footer_official: "Official services are only on websites ending in .gov. Check the address before you sign in or pay.",

    home_title: "Find your way around U.S. immigration portals",
    home_lead: "Were you told to go to “eservice.ice.gov”? This helper explains, in plain language, which online service is the right one for you, what to have ready and where the official pages are.",
    home_not_gov_heading: "Before you start",
    home_not_gov: "This helper is not a government website. It sends you only to official .gov addresses. Look-alike sites exist: never pay or sign in through a link you cannot check.",
    home_about_link: "About this helper and where its information comes from",

    about_title: "About this helper",
    about_lead: "eService Navigator helps people find the right U.S. immigration service online and get ready to use it.",
    about_not_gov_heading: "Not a government website",
    about_not_gov: [
        "We are independent. We are not part of U.S. Immigration and Customs Enforcement (ICE), the Department of Homeland Security (DHS), U.S. Citizenship and Immigration Services (USCIS) or any other agency.",
        "We never ask for your password, and we cannot change your immigration case. Official services are only on websites ending in .gov.",
    ],
    about_what_heading: "What this helper does",
    about_what: [
        "Explains each ICE online service: what it is, who it is for and what to have ready.",
        "Asks a few questions to point you to the right place: an ICE service, USCIS, the State Department, CBP, the immigration court or a lawyer.",
        "It is not legal advice. If you are detained, have a removal order or have missed a deadline, talk to an immigration lawyer or an accredited representative.",
    ],
    about_sources_heading: "Where our information comes from",
    about_sources_intro: "We check our guides against official pages, including:",
    about_sources: SOURCES_EN,
    about_sources_note: "Fees, phone numbers and deadlines change. Always check the official page before you act.",

    not_found_title: "Page not found",
    not_found_typed: "If you typed the web address, check it is correct.",
    not_found_pasted: "If you pasted the web address, check you copied the entire address.",
    not_found_home: "Go to the home page",
};

static ES: Text = Text {
    site_name: "eService Navigator",
    skip_link: "Saltar al contenido principal",
    notice_tag: "Ayuda independiente",
    notice: "Este no es un sitio web del gobierno. No somos ICE, DHS ni ninguna agencia, y nunca pedimos contraseñas.",
    nav_label: "Principal",
    nav_home: "Inicio",
    nav_about: "Quiénes somos",
    language_label: "Idioma",
    footer_notice: "eService Navigator es una ayuda independiente. No está afiliado al Servicio de Inmigración y Control de Aduanas (ICE), al Departamento de Seguridad Nacional ni a ninguna otra agencia del gobierno.",
    footer_official: "Los servicios oficiales están solo en sitios web que terminan en .gov. Revise la dirección antes de iniciar sesión o pagar.",

    home_title: "Oriéntese en los portales de inmigración de EE. UU.",
    home_lead: "¿Le dijeron que fuera a “eservice.ice.gov”? Esta ayuda explica, en lenguaje sencillo, qué servicio en línea es el correcto para usted, qué debe tener a mano y dónde están las páginas oficiales.",
    home_not_gov_heading: "Antes de empezar",
    home_not_gov: "Esta ayuda no es un sitio web del gobierno. Solo le envía a direcciones oficiales .gov. Existen sitios que imitan a los oficiales: nunca pague ni inicie sesión desde un enlace que no pueda comprobar.",
    home_about_link: "Quiénes somos y de dónde viene nuestra información",

    about_title: "Quiénes somos",
    about_lead: "eService Navigator ayuda a las personas a encontrar en línea el servicio de inmigración de EE. UU. que necesitan y a prepararse para usarlo.",
    about_not_gov_heading: "No es un sitio web del gobierno",
    about_not_gov: [
        "Somos independientes. No formamos parte del Servicio de Inmigración y Control de Aduanas (ICE), del Departamento de Seguridad Nacional (DHS), del Servicio de Ciudadanía e Inmigración (USCIS) ni de ninguna otra agencia.",
        "Nunca le pedimos su contraseña y no podemos cambiar su caso de inmigración. Los servicios oficiales están solo en sitios web que terminan en .gov.",
    ],
    about_what_heading: "Qué hace esta ayuda",
    about_what: [
        "Explica cada servicio en línea de ICE: qué es, para quién es y qué debe tener a mano.",
        "Hace unas pocas preguntas para indicarle el lugar correcto: un servicio de ICE, USCIS, el Departamento de Estado, CBP, la corte de inmigración o un abogado.",
        "No es asesoría legal. Si está detenido, tiene una orden de deportación o se le pasó un plazo, hable con un abogado de inmigración o un representante acreditado.",
    ],
    about_sources_heading: "De dónde viene nuestra información",
    about_sources_intro: "Comparamos nuestras guías con páginas oficiales, entre ellas:",
    about_sources: SOURCES_ES,
    about_sources_note: "Las tarifas, los teléfonos y los plazos cambian. Consulte siempre la página oficial antes de actuar.",

    not_found_title: "No se encontró la página",
    not_found_typed: "Si escribió la dirección web, compruebe que sea correcta.",
    not_found_pasted: "Si pegó la dirección web, compruebe que copió la dirección completa.",
    not_found_home: "Ir a la página de inicio",
};
