//! The words of "Find the right place", in every language: question titles and hints,
//! answer labels (first person, as the person would say it), and for each outcome the
//! title, why it fits, next steps and what to have ready. Facts follow the domain facts;
//! phone numbers and fees are shown with a "check the official page" note by the app.

use crate::Lang;

use super::{
    BenefitNeed, BondPoster, CourtCase, DetainedNeed, OptChange, OptType, Outcome, PortalAccount,
    Question, Role, SchoolNeed, StateService, StemChange, StudentNeed, SupervisionNeed, Urgent,
    UscisService,
};

const fn t(lang: Lang, en: &'static str, es: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub title: &'static str,
    pub hint: Option<&'static str>,
    /// Shown when Continue is pressed with nothing selected.
    pub error: &'static str,
}

pub fn question_text(question: Question, lang: Lang) -> QuestionText {
    let (title, hint) = match question {
        Question::Role => (
            t(
                lang,
                "What do you need help with?",
                "¿Con qué necesita ayuda?",
            ),
            None,
        ),
        Question::StudentNeed
        | Question::SchoolNeed
        | Question::SupervisionNeed
        | Question::DetainedNeed => (
            t(lang, "What do you need to do?", "¿Qué necesita hacer?"),
            None,
        ),
        Question::OptChange => (
            t(
                lang,
                "What do you need to report?",
                "¿Qué necesita informar?",
            ),
            None,
        ),
        Question::OptType => (
            t(
                lang,
                "What kind of practical training are you on?",
                "¿Qué tipo de práctica profesional tiene?",
            ),
            None,
        ),
        Question::StemChange => (t(lang, "What is changing?", "¿Qué cambia?"), None),
        Question::PortalAccount => (
            t(
                lang,
                "Have you set up your SEVP Portal account?",
                "¿Creó su cuenta del Portal del SEVP?",
            ),
            Some(t(
                lang,
                "SEVP emails you a link when your OPT is approved and starts. The link works for 14 days.",
                "El SEVP le envía un enlace por correo cuando su OPT se aprueba y comienza. El enlace funciona durante 14 días.",
            )),
        ),
        Question::Urgent => (
            t(
                lang,
                "Is any of these true for you?",
                "¿Alguna de estas situaciones se aplica a usted?",
            ),
            Some(t(
                lang,
                "You are detained now, you have a final order of removal, or you missed an immigration court hearing or an ICE check-in.",
                "Está detenido ahora, tiene una orden final de deportación, o faltó a una audiencia en la corte de inmigración o a una cita de control de ICE.",
            )),
        ),
        Question::CourtCase => (
            t(
                lang,
                "Do you have a case in immigration court?",
                "¿Tiene un caso en la corte de inmigración?",
            ),
            Some(t(
                lang,
                "For example, you received a Notice to Appear or a hearing notice from the immigration court.",
                "Por ejemplo, recibió un Aviso de Comparecencia (Notice to Appear) o un aviso de audiencia de la corte de inmigración.",
            )),
        ),
        Question::BondPoster => (
            t(
                lang,
                "Who is paying or checking the bond?",
                "¿Quién paga o verifica la fianza?",
            ),
            None,
        ),
        Question::BenefitNeed => (t(lang, "What do you need?", "¿Qué necesita?"), None),
    };
    QuestionText {
        title,
        hint,
        error: question_error(question, lang),
    }
}

fn question_error(question: Question, lang: Lang) -> &'static str {
    match question {
        Question::Role => t(
            lang,
            "Select what you need help with",
            "Seleccione con qué necesita ayuda",
        ),
        Question::StudentNeed
        | Question::SchoolNeed
        | Question::SupervisionNeed
        | Question::DetainedNeed => t(
            lang,
            "Select what you need to do",
            "Seleccione qué necesita hacer",
        ),
        Question::OptChange => t(
            lang,
            "Select what you need to report",
            "Seleccione qué necesita informar",
        ),
        Question::OptType => t(
            lang,
            "Select your kind of practical training",
            "Seleccione su tipo de práctica profesional",
        ),
        Question::StemChange => t(lang, "Select what is changing", "Seleccione qué cambia"),
        Question::PortalAccount => t(
            lang,
            "Select whether you have set up your SEVP Portal account",
            "Seleccione si creó su cuenta del Portal del SEVP",
        ),
        Question::Urgent => t(
            lang,
            "Select yes if any of these is true for you",
            "Seleccione sí si alguna de estas situaciones se aplica a usted",
        ),
        Question::CourtCase => t(
            lang,
            "Select whether you have a case in immigration court",
            "Seleccione si tiene un caso en la corte de inmigración",
        ),
        Question::BondPoster => t(
            lang,
            "Select who is paying or checking the bond",
            "Seleccione quién paga o verifica la fianza",
        ),
        Question::BenefitNeed => t(lang, "Select what you need", "Seleccione qué necesita"),
    }
}

/// The label of an answer, by the question and the answer's id; `None` for an id the
/// question does not offer.
pub fn answer_label(question: Question, id: &str, lang: Lang) -> Option<&'static str> {
    Some(match question {
        Question::Role => Role::from_id(id)?.label(lang),
        Question::StudentNeed => StudentNeed::from_id(id)?.label(lang),
        Question::OptChange => OptChange::from_id(id)?.label(lang),
        Question::OptType => OptType::from_id(id)?.label(lang),
        Question::StemChange => StemChange::from_id(id)?.label(lang),
        Question::PortalAccount => PortalAccount::from_id(id)?.label(lang),
        Question::SchoolNeed => SchoolNeed::from_id(id)?.label(lang),
        Question::Urgent => Urgent::from_id(id)?.label(lang),
        Question::SupervisionNeed => SupervisionNeed::from_id(id)?.label(lang),
        Question::CourtCase => CourtCase::from_id(id)?.label(lang),
        Question::DetainedNeed => DetainedNeed::from_id(id)?.label(lang),
        Question::BondPoster => BondPoster::from_id(id)?.label(lang),
        Question::BenefitNeed => BenefitNeed::from_id(id)?.label(lang),
    })
}

impl Role {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Role::Student => t(
                lang,
                "I’m an F, M or J student or exchange visitor",
                "Soy estudiante F o M, o visitante de intercambio J",
            ),
            Role::School => t(
                lang,
                "I work for a school as a designated school official (DSO or PDSO)",
                "Trabajo en una escuela como funcionario escolar designado (DSO o PDSO)",
            ),
            Role::Supervision => t(
                lang,
                "I have to report to ICE, or I have a case in immigration court",
                "Tengo que presentarme ante ICE o tengo un caso en la corte de inmigración",
            ),
            Role::Detained => t(
                lang,
                "Someone I know has been detained by immigration",
                "Alguien que conozco está detenido por inmigración",
            ),
            Role::Bond => t(
                lang,
                "I want to pay or check an immigration bond",
                "Quiero pagar o verificar una fianza de inmigración",
            ),
            Role::Benefit => t(
                lang,
                "I need a visa, green card, citizenship, work permit or USCIS case status",
                "Necesito una visa, una tarjeta de residencia, la ciudadanía, un permiso de trabajo o el estado de un caso de USCIS",
            ),
            Role::Message => t(
                lang,
                "I got an email, text or link about “eservice” and I’m not sure it is real",
                "Recibí un correo, un mensaje o un enlace sobre “eservice” y no sé si es real",
            ),
        }
    }
}

impl StudentNeed {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            StudentNeed::ReportOpt => t(
                lang,
                "Report my address, phone number or employer while on OPT",
                "Informar mi dirección, teléfono o empleador durante la OPT",
            ),
            StudentNeed::PayFee => t(
                lang,
                "Pay the I-901 SEVIS fee",
                "Pagar la tarifa I-901 del SEVIS",
            ),
            StudentNeed::ApplyOpt => t(
                lang,
                "Apply for OPT or STEM OPT (a work permit)",
                "Solicitar la OPT o la STEM OPT (un permiso de trabajo)",
            ),
            StudentNeed::ChangeStatus => t(
                lang,
                "Change or extend my status",
                "Cambiar o extender mi estatus",
            ),
            StudentNeed::Visa => t(
                lang,
                "Get or renew my student visa",
                "Obtener o renovar mi visa de estudiante",
            ),
            StudentNeed::ExchangeProgram => t(
                lang,
                "Something about my J-1 program or Form DS-2019",
                "Algo sobre mi programa J-1 o el Formulario DS-2019",
            ),
            StudentNeed::ArrivalRecord => t(
                lang,
                "Get my I-94 arrival record",
                "Obtener mi registro de llegada I-94",
            ),
            StudentNeed::RecordChange => t(
                lang,
                "Change my name, program dates, I-20 or SEVP Portal email",
                "Cambiar mi nombre, las fechas de mi programa, mi I-20 o el correo del Portal del SEVP",
            ),
            StudentNeed::StatusProblem => t(
                lang,
                "My SEVIS record was terminated, or I missed a deadline",
                "Mi registro SEVIS fue cancelado o se me pasó un plazo",
            ),
        }
    }
}

impl OptChange {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            OptChange::AddressPhone => t(
                lang,
                "My address or phone number",
                "Mi dirección o mi teléfono",
            ),
            OptChange::Employer => t(
                lang,
                "My employer or my job details",
                "Mi empleador o los datos de mi empleo",
            ),
        }
    }
}

impl OptType {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            OptType::PostCompletion => t(
                lang,
                "F-1 post-completion OPT",
                "OPT posterior a los estudios (F-1)",
            ),
            OptType::Stem => t(lang, "STEM OPT extension", "Extensión STEM de la OPT"),
            OptType::M1 => t(lang, "M-1 practical training", "Práctica profesional M-1"),
        }
    }
}

impl StemChange {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            StemChange::NewEmployerOrStartDate => t(
                lang,
                "A new employer, or a new start date",
                "Un nuevo empleador o una nueva fecha de inicio",
            ),
            StemChange::OtherDetails => t(
                lang,
                "Other details, like my supervisor or job title",
                "Otros datos, como mi supervisor o mi puesto",
            ),
        }
    }
}

impl PortalAccount {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            PortalAccount::Yes => t(lang, "Yes, I can sign in", "Sí, puedo iniciar sesión"),
            PortalAccount::LinkExpired => t(
                lang,
                "I got the email, but the link expired",
                "Recibí el correo, pero el enlace venció",
            ),
            PortalAccount::NoEmail => t(lang, "I never got the email", "Nunca recibí el correo"),
            PortalAccount::AccessEnded => t(
                lang,
                "My OPT ended more than six months ago",
                "Mi OPT terminó hace más de seis meses",
            ),
        }
    }
}

impl SchoolNeed {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            SchoolNeed::StudentRecords => t(
                lang,
                "Update a student’s record, I-20 or OPT employment",
                "Actualizar el registro, el I-20 o el empleo OPT de un estudiante",
            ),
            SchoolNeed::PortalAccounts => t(
                lang,
                "Help a student with their SEVP Portal account",
                "Ayudar a un estudiante con su cuenta del Portal del SEVP",
            ),
            SchoolNeed::Certification => t(
                lang,
                "Certify or recertify the school, or add school officials (Form I-17)",
                "Certificar o recertificar la escuela, o agregar funcionarios (Formulario I-17)",
            ),
            SchoolNeed::ExchangeProgram => t(
                lang,
                "Run a J-1 exchange visitor program",
                "Administrar un programa de visitantes de intercambio J-1",
            ),
        }
    }
}

impl Urgent {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Urgent::Yes => t(lang, "Yes", "Sí"),
            Urgent::No => t(lang, "No", "No"),
        }
    }
}

impl SupervisionNeed {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            SupervisionNeed::CheckIn => t(
                lang,
                "Schedule or change an ICE check-in appointment",
                "Programar o cambiar una cita de control con ICE",
            ),
            SupervisionNeed::Moved => t(lang, "Tell ICE I moved", "Informar a ICE que me mudé"),
            SupervisionNeed::Hearing => t(
                lang,
                "Find my court hearing date or court case status",
                "Saber la fecha de mi audiencia o el estado de mi caso en la corte",
            ),
        }
    }
}

impl CourtCase {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            CourtCase::Yes => t(lang, "Yes", "Sí"),
            CourtCase::No => t(lang, "No", "No"),
            CourtCase::NotSure => t(lang, "I’m not sure", "No estoy seguro"),
        }
    }
}

impl DetainedNeed {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            DetainedNeed::Find => t(
                lang,
                "Find where they are held",
                "Saber dónde está detenido",
            ),
            DetainedNeed::PostBond => t(
                lang,
                "Pay a bond so they can be released",
                "Pagar una fianza para que lo liberen",
            ),
            DetainedNeed::LegalHelp => t(
                lang,
                "Find legal help for them",
                "Buscar ayuda legal para esa persona",
            ),
        }
    }
}

impl BondPoster {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            BondPoster::Surety => t(
                lang,
                "A surety company or its agent",
                "Una compañía de fianzas o su agente",
            ),
            BondPoster::Person => t(
                lang,
                "A relative, friend, lawyer or organisation paying in cash",
                "Un familiar, un amigo, un abogado o una organización que paga en efectivo",
            ),
            BondPoster::OwnBond => t(
                lang,
                "The person released, for their own voluntary departure or supervision bond",
                "La persona liberada, para su propia fianza de salida voluntaria o de supervisión",
            ),
        }
    }
}

impl BenefitNeed {
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            BenefitNeed::CaseStatus => t(
                lang,
                "Check a USCIS case with a receipt number",
                "Consultar un caso de USCIS con un número de recibo",
            ),
            BenefitNeed::GreenCard => t(
                lang,
                "A green card (permanent residence)",
                "Una tarjeta de residencia permanente (green card)",
            ),
            BenefitNeed::Citizenship => t(lang, "U.S. citizenship", "La ciudadanía de EE. UU."),
            BenefitNeed::WorkPermit => t(
                lang,
                "A work permit (EAD), including OPT",
                "Un permiso de trabajo (EAD), incluida la OPT",
            ),
            BenefitNeed::ExtendStay => t(
                lang,
                "Extend or change my stay (Form I-539)",
                "Extender o cambiar mi estadía (Formulario I-539)",
            ),
            BenefitNeed::UscisAddress => t(
                lang,
                "Tell USCIS I moved (Form AR-11)",
                "Informar a USCIS que me mudé (Formulario AR-11)",
            ),
            BenefitNeed::Visa => t(
                lang,
                "A visa to travel to the United States",
                "Una visa para viajar a Estados Unidos",
            ),
            BenefitNeed::ArrivalRecord => t(
                lang,
                "My I-94 arrival record or travel history",
                "Mi registro de llegada I-94 o mi historial de viajes",
            ),
            BenefitNeed::CourtCase => t(
                lang,
                "My immigration court case",
                "Mi caso en la corte de inmigración",
            ),
        }
    }
}

/// What an outcome page says. `next_steps` are in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: &'static str,
    pub why: &'static str,
    pub next_steps: Vec<&'static str>,
    pub have_ready: Vec<&'static str>,
}

pub fn outcome_text(outcome: Outcome, lang: Lang) -> OutcomeText {
    let l = lang;
    let (title, why, next_steps, have_ready): (&str, &str, Vec<&str>, Vec<&str>) = match outcome {
        Outcome::SevpPortal => (
            t(l, "Use the SEVP Portal", "Use el Portal del SEVP"),
            t(
                l,
                "Students on post-completion OPT, STEM OPT or M-1 practical training report their own address, phone number and employer in the SEVP Portal. Your changes reach SEVIS at once.",
                "Los estudiantes con OPT posterior a los estudios, STEM OPT o práctica profesional M-1 informan ellos mismos su dirección, teléfono y empleador en el Portal del SEVP. Sus cambios llegan a SEVIS de inmediato.",
            ),
            vec![
                t(
                    l,
                    "Sign in to the SEVP Portal at sevp.ice.gov/opt.",
                    "Inicie sesión en el Portal del SEVP en sevp.ice.gov/opt.",
                ),
                t(
                    l,
                    "Update your physical and mailing address, phone number or employer.",
                    "Actualice su dirección física y postal, su teléfono o su empleador.",
                ),
                t(
                    l,
                    "Report each change within 10 days.",
                    "Informe cada cambio en un plazo de 10 días.",
                ),
                t(
                    l,
                    "On STEM OPT you cannot add a new employer or change a start date in the Portal: your DSO must review your Form I-983 first.",
                    "Con la STEM OPT no puede agregar un nuevo empleador ni cambiar una fecha de inicio en el Portal: su DSO debe revisar antes su Formulario I-983.",
                ),
                t(
                    l,
                    "Keep a record: save or print the page that confirms your change.",
                    "Guarde un comprobante: guarde o imprima la página que confirma su cambio.",
                ),
            ],
            vec![
                t(
                    l,
                    "Your SEVIS ID (top of your Form I-20)",
                    "Su SEVIS ID (parte superior de su Formulario I-20)",
                ),
                t(
                    l,
                    "Your new address or phone number",
                    "Su nueva dirección o su nuevo teléfono",
                ),
                t(
                    l,
                    "For an employer: name, address, EIN (if known), start date, job title and your supervisor’s name, phone and email",
                    "Para un empleador: nombre, dirección, EIN (si lo sabe), fecha de inicio, puesto y el nombre, teléfono y correo de su supervisor",
                ),
            ],
        ),
        Outcome::StudentDso => (
            t(
                l,
                "Contact your school’s DSO",
                "Comuníquese con el DSO de su escuela",
            ),
            t(
                l,
                "Your designated school official (DSO) manages your SEVIS record. Only a DSO can resend an expired SEVP Portal link, change your Portal email, record a name change, update your I-20, or review Form I-983 before a STEM OPT employer or start date changes.",
                "El funcionario escolar designado (DSO) administra su registro SEVIS. Solo un DSO puede reenviar un enlace vencido del Portal del SEVP, cambiar el correo de su Portal, registrar un cambio de nombre, actualizar su I-20 o revisar el Formulario I-983 antes de un cambio de empleador o de fecha de inicio en la STEM OPT.",
            ),
            vec![
                t(
                    l,
                    "Contact your school’s international student office and ask for a DSO.",
                    "Comuníquese con la oficina de estudiantes internacionales de su escuela y pida hablar con un DSO.",
                ),
                t(
                    l,
                    "Say what you need and give your SEVIS ID.",
                    "Explique lo que necesita y dé su SEVIS ID.",
                ),
                t(
                    l,
                    "If your Portal link expired, ask the DSO to send the account email again; the new link works for 14 days.",
                    "Si su enlace del Portal venció, pida al DSO que le envíe de nuevo el correo de la cuenta; el nuevo enlace funciona durante 14 días.",
                ),
                t(
                    l,
                    "Changes a DSO makes reach the SEVP Portal once a day.",
                    "Los cambios que hace un DSO llegan al Portal del SEVP una vez al día.",
                ),
            ],
            vec![
                t(
                    l,
                    "Your SEVIS ID and Form I-20",
                    "Su SEVIS ID y su Formulario I-20",
                ),
                t(
                    l,
                    "The change and the date it happened",
                    "El cambio y la fecha en que ocurrió",
                ),
                t(
                    l,
                    "For a new STEM OPT employer: a completed Form I-983",
                    "Para un nuevo empleador en la STEM OPT: el Formulario I-983 completado",
                ),
            ],
        ),
        Outcome::Sevis => (
            t(
                l,
                "Use SEVIS (school officials)",
                "Use SEVIS (funcionarios escolares)",
            ),
            t(
                l,
                "Only SEVP-approved PDSOs and DSOs may use SEVIS, each with their own log-in. You update student records and OPT employment there, and manage Portal accounts: send the account email again, unlock an account, change a student’s Portal email, download the report of student-made changes and see who has an account. DSOs cannot use the SEVP Portal itself.",
                "Solo los PDSO y DSO aprobados por el SEVP pueden usar SEVIS, cada uno con su propio usuario. Allí actualiza los registros y el empleo OPT de los estudiantes, y administra las cuentas del Portal: reenviar el correo de la cuenta, desbloquear una cuenta, cambiar el correo del Portal de un estudiante, descargar el informe de cambios hechos por estudiantes y ver quién tiene cuenta. Los DSO no pueden usar el Portal del SEVP.",
            ),
            vec![
                t(
                    l,
                    "Sign in to SEVIS with your own account. Never share log-ins.",
                    "Inicie sesión en SEVIS con su propia cuenta. Nunca comparta su usuario.",
                ),
                t(
                    l,
                    "Update the student’s record within 21 days of a change.",
                    "Actualice el registro del estudiante en un plazo de 21 días después de un cambio.",
                ),
                t(
                    l,
                    "For Portal problems, send the account email again, unlock the account or change the Portal email.",
                    "Para problemas con el Portal, reenvíe el correo de la cuenta, desbloquee la cuenta o cambie el correo del Portal.",
                ),
                t(
                    l,
                    "SEVP Response Center: 703-603-3400, sevp@ice.dhs.gov, Monday to Friday, 8 a.m. to 6 p.m. Eastern Time.",
                    "Centro de Respuesta del SEVP: 703-603-3400, sevp@ice.dhs.gov, de lunes a viernes, de 8 a. m. a 6 p. m., hora del Este.",
                ),
            ],
            vec![
                t(l, "Your own SEVIS log-in", "Su propio usuario de SEVIS"),
                t(l, "The student’s SEVIS ID", "El SEVIS ID del estudiante"),
                t(l, "What changed and when", "Qué cambió y cuándo"),
            ],
        ),
        Outcome::SevpCertification => (
            t(
                l,
                "SEVP school certification (Form I-17)",
                "Certificación de escuelas del SEVP (Formulario I-17)",
            ),
            t(
                l,
                "Every school that enrolls F or M students must be SEVP-certified through Form I-17 in SEVIS and recertify every two years. Only the main campus PDSO files the I-17, and school officials are added by updating it.",
                "Toda escuela que inscribe estudiantes F o M debe estar certificada por el SEVP mediante el Formulario I-17 en SEVIS y recertificarse cada dos años. Solo el PDSO del campus principal presenta el I-17, y los funcionarios se agregan actualizándolo.",
            ),
            vec![
                t(
                    l,
                    "The PDSO signs in to SEVIS and opens the school’s Form I-17.",
                    "El PDSO inicia sesión en SEVIS y abre el Formulario I-17 de la escuela.",
                ),
                t(
                    l,
                    "Recertify every two years: SEVIS sends a notice 180 days before the certification expires.",
                    "Recertifíquese cada dos años: SEVIS envía un aviso 180 días antes de que venza la certificación.",
                ),
                t(
                    l,
                    "To add a DSO, update the I-17. Each official needs evidence of U.S. citizenship or permanent residence.",
                    "Para agregar un DSO, actualice el I-17. Cada funcionario necesita pruebas de ciudadanía o residencia permanente en EE. UU.",
                ),
                t(
                    l,
                    "The PDSO verifies the school’s officials every year between 2 December and 2 March.",
                    "El PDSO verifica a los funcionarios de la escuela cada año entre el 2 de diciembre y el 2 de marzo.",
                ),
            ],
            vec![
                t(l, "The school code", "El código de la escuela"),
                t(l, "The PDSO’s SEVIS log-in", "El usuario de SEVIS del PDSO"),
                t(
                    l,
                    "For new officials: evidence of U.S. citizenship or permanent residence",
                    "Para nuevos funcionarios: pruebas de ciudadanía o residencia permanente",
                ),
            ],
        ),
        Outcome::IceCheckIn => (
            t(
                l,
                "Use ICE check-in online",
                "Use las citas de control de ICE en línea",
            ),
            t(
                l,
                "People released under ICE supervision schedule or change check-in appointments at their local ERO office online. Scheduling online meets your release requirement, even if the next free appointment is after the date on your paperwork.",
                "Las personas liberadas bajo supervisión de ICE programan o cambian en línea sus citas de control en su oficina local de ERO. Programar en línea cumple con su requisito de liberación, aunque la próxima cita libre sea después de la fecha de sus documentos.",
            ),
            vec![
                t(l, "Go to ice.gov/check-in.", "Vaya a ice.gov/check-in."),
                t(
                    l,
                    "For your first appointment, use the information on your Form I-385, including your Subject ID.",
                    "Para su primera cita, use la información de su Formulario I-385, incluido su Subject ID.",
                ),
                t(
                    l,
                    "Choose a date and time at your ERO office, or change an appointment you have.",
                    "Elija una fecha y una hora en su oficina de ERO, o cambie una cita que ya tenga.",
                ),
                t(
                    l,
                    "Keep the confirmation. The site is in English, Spanish, Portuguese, Haitian Creole and French.",
                    "Guarde la confirmación. El sitio está en inglés, español, portugués, criollo haitiano y francés.",
                ),
            ],
            vec![
                t(
                    l,
                    "Your Form I-385 with your Subject ID",
                    "Su Formulario I-385 con su Subject ID",
                ),
                t(l, "Your A-Number", "Su número A (A-Number)"),
                t(l, "Your date of birth", "Su fecha de nacimiento"),
            ],
        ),
        Outcome::IceChangeOfAddress { court_case } => {
            let mut steps = vec![t(
                l,
                "Tell ICE your new address at ice.gov/check-in (or ICE’s online change-of-address form). The ICE page says to do this within 5 business days.",
                "Informe a ICE su nueva dirección en ice.gov/check-in (o en el formulario de cambio de dirección en línea de ICE). La página de ICE indica hacerlo en un plazo de 5 días hábiles.",
            )];
            match court_case {
                CourtCase::Yes => steps.push(t(l, "Tell the immigration court with Form EOIR-33 within 5 working days. You can file it online through EOIR Respondent Access.", "Informe a la corte de inmigración con el Formulario EOIR-33 en un plazo de 5 días hábiles. Puede presentarlo en línea mediante EOIR Respondent Access.")),
                CourtCase::NotSure => steps.push(t(l, "Find out whether you have a court case: call 1-800-898-7180 with your A-Number. If you do, file Form EOIR-33 within 5 working days.", "Averigüe si tiene un caso en la corte: llame al 1-800-898-7180 con su número A. Si lo tiene, presente el Formulario EOIR-33 en un plazo de 5 días hábiles.")),
                CourtCase::No => {}
            }
            steps.push(t(l, "Tell USCIS with Form AR-11 within 10 days, and update each pending USCIS case separately.", "Informe a USCIS con el Formulario AR-11 en un plazo de 10 días y actualice por separado cada caso pendiente de USCIS."));
            steps.push(t(
                l,
                "Keep a copy or screenshot of every confirmation.",
                "Guarde una copia o captura de pantalla de cada confirmación.",
            ));
            (
                t(
                    l,
                    "Tell ICE you moved — and the court and USCIS separately",
                    "Informe a ICE que se mudó, y por separado a la corte y a USCIS",
                ),
                t(
                    l,
                    "Updating your address with ICE does not update the immigration court or USCIS. Each needs its own filing, with its own deadline.",
                    "Actualizar su dirección ante ICE no la actualiza en la corte de inmigración ni en USCIS. Cada uno necesita su propio trámite, con su propio plazo.",
                ),
                steps,
                vec![
                    t(l, "Your A-Number", "Su número A (A-Number)"),
                    t(
                        l,
                        "Your old and new address, and the date you moved",
                        "Su dirección anterior y la nueva, y la fecha de la mudanza",
                    ),
                    t(
                        l,
                        "Receipt numbers of any pending USCIS cases",
                        "Los números de recibo de sus casos pendientes de USCIS",
                    ),
                ],
            )
        }
        Outcome::CeBonds => (
            t(
                l,
                "Pay or check a cash bond with CeBONDS",
                "Pague o verifique una fianza en efectivo con CeBONDS",
            ),
            t(
                l,
                "CeBONDS is ICE’s public system to check bonds and post cash bonds (delivery, voluntary departure and order of supervision bonds). Relatives, permanent residents, U.S. citizens, law firms and non-profits can use it, and a noncitizen may post their own voluntary departure or supervision bond.",
                "CeBONDS es el sistema público de ICE para verificar fianzas y pagar fianzas en efectivo (de entrega, de salida voluntaria y de orden de supervisión). Pueden usarlo familiares, residentes permanentes, ciudadanos, bufetes de abogados y organizaciones sin fines de lucro, y una persona no ciudadana puede pagar su propia fianza de salida voluntaria o de supervisión.",
            ),
            vec![
                t(
                    l,
                    "Open ICE’s bonds page and go to CeBONDS.",
                    "Abra la página de fianzas de ICE y vaya a CeBONDS.",
                ),
                t(
                    l,
                    "Check the bond and the details of the person it is for.",
                    "Verifique la fianza y los datos de la persona.",
                ),
                t(l, "Pay by Fedwire or ACH.", "Pague por Fedwire o ACH."),
                t(
                    l,
                    "Upload the documents that show you can be the obligor (the person who pays).",
                    "Suba los documentos que muestran que puede ser el obligado (la persona que paga).",
                ),
                t(
                    l,
                    "If the obligor’s address changes later, use Form I-333.",
                    "Si la dirección del obligado cambia más adelante, use el Formulario I-333.",
                ),
            ],
            vec![
                t(
                    l,
                    "The detained person’s A-Number",
                    "El número A de la persona detenida",
                ),
                t(
                    l,
                    "The bond amount and type",
                    "El monto y el tipo de fianza",
                ),
                t(
                    l,
                    "Bank details for Fedwire or ACH",
                    "Los datos bancarios para Fedwire o ACH",
                ),
                t(l, "Your identity document", "Su documento de identidad"),
            ],
        ),
        Outcome::EBonds => (
            t(
                l,
                "eBONDS is for surety companies only",
                "eBONDS es solo para compañías de fianzas",
            ),
            t(
                l,
                "eBONDS is used by surety companies and their agents (Form I-352SA). Families and others paying a cash bond use CeBONDS instead.",
                "eBONDS lo usan las compañías de fianzas y sus agentes (Formulario I-352SA). Las familias y otras personas que pagan una fianza en efectivo usan CeBONDS.",
            ),
            vec![
                t(
                    l,
                    "Surety agents sign in at ebonds.ice.gov.",
                    "Los agentes de fianzas inician sesión en ebonds.ice.gov.",
                ),
                t(
                    l,
                    "If you are not a surety company, use CeBONDS on ICE’s bonds page.",
                    "Si no es una compañía de fianzas, use CeBONDS en la página de fianzas de ICE.",
                ),
            ],
            vec![
                t(
                    l,
                    "Your surety company’s eBONDS account",
                    "La cuenta de eBONDS de su compañía de fianzas",
                ),
                t(
                    l,
                    "The details for Form I-352SA",
                    "Los datos para el Formulario I-352SA",
                ),
            ],
        ),
        Outcome::DetaineeLocator => (
            t(
                l,
                "Find the person with the Online Detainee Locator",
                "Encuentre a la persona con el Localizador de detenidos",
            ),
            t(
                l,
                "ICE’s Online Detainee Locator searches for people in ICE custody, and people held by CBP for 48 hours or more. It needs no account and does not list people under 18.",
                "El Localizador de detenidos de ICE busca personas bajo custodia de ICE y personas retenidas por CBP durante 48 horas o más. No necesita cuenta y no muestra a menores de 18 años.",
            ),
            vec![
                t(l, "Go to locator.ice.gov.", "Vaya a locator.ice.gov."),
                t(
                    l,
                    "Search with the A-Number and country of birth, or with first name, last name and country of birth.",
                    "Busque con el número A y el país de nacimiento, o con el nombre, el apellido y el país de nacimiento.",
                ),
                t(
                    l,
                    "Write down the facility’s name and phone number to arrange visits and legal help.",
                    "Anote el nombre y el teléfono del centro para organizar visitas y ayuda legal.",
                ),
                t(
                    l,
                    "The locator is available in 11 languages.",
                    "El localizador está disponible en 11 idiomas.",
                ),
            ],
            vec![
                t(
                    l,
                    "The person’s A-Number, if you know it",
                    "El número A de la persona, si lo sabe",
                ),
                t(
                    l,
                    "Their name as on their documents",
                    "Su nombre tal como aparece en sus documentos",
                ),
                t(l, "Their country of birth", "Su país de nacimiento"),
            ],
        ),
        Outcome::I901Fee => (
            t(
                l,
                "Pay the I-901 SEVIS fee at fmjfee.com",
                "Pague la tarifa I-901 del SEVIS en fmjfee.com",
            ),
            t(
                l,
                "The I-901 SEVIS fee is separate from the visa fee and from school fees. It is paid at fmjfee.com, the official payment site, even though it ends in .com.",
                "La tarifa I-901 del SEVIS es distinta de la tarifa de la visa y de las tarifas de la escuela. Se paga en fmjfee.com, el sitio oficial de pago, aunque termine en .com.",
            ),
            vec![
                t(
                    l,
                    "Go to fmjfee.com and type the address yourself.",
                    "Vaya a fmjfee.com escribiendo usted la dirección.",
                ),
                t(
                    l,
                    "Enter your details exactly as on your Form I-20 or DS-2019.",
                    "Escriba sus datos exactamente como aparecen en su Formulario I-20 o DS-2019.",
                ),
                t(
                    l,
                    "Pay and print the receipt. You can print it again later with your SEVIS ID, last name and date of birth.",
                    "Pague e imprima el recibo. Puede volver a imprimirlo después con su SEVIS ID, su apellido y su fecha de nacimiento.",
                ),
                t(
                    l,
                    "Fees change: check the amount on the official site. (Our stored copy said F and M $350, J $220, some J categories $35.)",
                    "Las tarifas cambian: consulte el monto en el sitio oficial. (Nuestra copia guardada decía F y M 350 dólares, J 220 dólares, algunas categorías J 35 dólares.)",
                ),
            ],
            vec![
                t(l, "Your SEVIS ID", "Su SEVIS ID"),
                t(
                    l,
                    "Your Form I-20 or DS-2019",
                    "Su Formulario I-20 o DS-2019",
                ),
                t(l, "A way to pay online", "Un medio de pago en línea"),
            ],
        ),
        Outcome::Uscis(service) => uscis_text(service, l),
        Outcome::StateDepartment(StateService::Visa) => (
            t(
                l,
                "Visas are handled by the Department of State",
                "Las visas las tramita el Departamento de Estado",
            ),
            t(
                l,
                "Visa applications (Form DS-160), interviews and visa stamps are handled by U.S. embassies and consulates of the Department of State, and visas are issued only outside the United States. A visa is for entering; how long you may stay is on your I-94.",
                "Las solicitudes de visa (Formulario DS-160), las entrevistas y las visas las tramitan las embajadas y los consulados de EE. UU. del Departamento de Estado, y las visas solo se emiten fuera de Estados Unidos. La visa sirve para entrar; cuánto tiempo puede quedarse aparece en su I-94.",
            ),
            vec![
                t(
                    l,
                    "Use the website of the U.S. embassy or consulate where you will apply, and check that its address ends in .gov.",
                    "Use el sitio web de la embajada o el consulado de EE. UU. donde hará la solicitud, y compruebe que su dirección termine en .gov.",
                ),
                t(
                    l,
                    "Students: pay the I-901 SEVIS fee before the interview and bring your Form I-20 or DS-2019.",
                    "Estudiantes: paguen la tarifa I-901 del SEVIS antes de la entrevista y lleven su Formulario I-20 o DS-2019.",
                ),
                t(l, "ICE does not issue visas.", "ICE no emite visas."),
            ],
            vec![
                t(l, "Your passport", "Su pasaporte"),
                t(
                    l,
                    "Form I-20 or DS-2019 (students and exchange visitors)",
                    "El Formulario I-20 o DS-2019 (estudiantes y visitantes de intercambio)",
                ),
                t(
                    l,
                    "I-901 fee receipt (students and exchange visitors)",
                    "El recibo de la tarifa I-901 (estudiantes y visitantes de intercambio)",
                ),
            ],
        ),
        Outcome::StateDepartment(StateService::ExchangeSponsor) => (
            t(
                l,
                "J-1 programs: your sponsor and the Department of State",
                "Programas J-1: su patrocinador y el Departamento de Estado",
            ),
            t(
                l,
                "J exchange visitor sponsors are designated by the Department of State, not by SEVP. The sponsor’s officials issue and update Form DS-2019.",
                "Los patrocinadores de visitantes de intercambio J los designa el Departamento de Estado, no el SEVP. Los funcionarios del patrocinador emiten y actualizan el Formulario DS-2019.",
            ),
            vec![
                t(
                    l,
                    "Exchange visitors: contact your program sponsor’s responsible officer about your DS-2019.",
                    "Visitantes de intercambio: comuníquese con el funcionario responsable de su patrocinador sobre su DS-2019.",
                ),
                t(
                    l,
                    "Sponsors: designation questions go to the Department of State.",
                    "Patrocinadores: las preguntas sobre la designación van al Departamento de Estado.",
                ),
                t(
                    l,
                    "The I-901 SEVIS fee for J visitors is still paid at fmjfee.com.",
                    "La tarifa I-901 del SEVIS para visitantes J se paga igualmente en fmjfee.com.",
                ),
            ],
            vec![
                t(l, "Form DS-2019", "El Formulario DS-2019"),
                t(l, "Your SEVIS ID", "Su SEVIS ID"),
            ],
        ),
        Outcome::Cbp => (
            t(l, "Get your I-94 from CBP", "Obtenga su I-94 de CBP"),
            t(
                l,
                "Your I-94 arrival record and your travel history come from U.S. Customs and Border Protection (CBP), not ICE.",
                "Su registro de llegada I-94 y su historial de viajes los da la Oficina de Aduanas y Protección Fronteriza (CBP), no ICE.",
            ),
            vec![
                t(l, "Go to i94.cbp.dhs.gov.", "Vaya a i94.cbp.dhs.gov."),
                t(
                    l,
                    "Enter your details exactly as in the passport you used to enter.",
                    "Escriba sus datos exactamente como en el pasaporte con el que entró.",
                ),
                t(
                    l,
                    "Check your class of admission and the “admit until” date (or D/S).",
                    "Revise su clase de admisión y la fecha “admit until” (o D/S).",
                ),
            ],
            vec![t(
                l,
                "The passport you used to enter the United States",
                "El pasaporte con el que entró a Estados Unidos",
            )],
        ),
        Outcome::Eoir => (
            t(
                l,
                "Your immigration court case (EOIR)",
                "Su caso en la corte de inmigración (EOIR)",
            ),
            t(
                l,
                "Immigration court hearings, court case status, EOIR-33 address changes and appeals are handled by the Executive Office for Immigration Review (EOIR), part of the Department of Justice — not by ICE. An ICE check-in and a court hearing are separate: you may have both.",
                "Las audiencias, el estado del caso, los cambios de dirección con el EOIR-33 y las apelaciones los maneja la Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), del Departamento de Justicia, no ICE. Una cita de control de ICE y una audiencia en la corte son cosas distintas: puede tener ambas.",
            ),
            vec![
                t(
                    l,
                    "Call 1-800-898-7180 for your hearing date and case status. Enter your A-Number as 9 numbers, without the A.",
                    "Llame al 1-800-898-7180 para saber la fecha de su audiencia y el estado de su caso. Marque su número A con 9 números, sin la A.",
                ),
                t(
                    l,
                    "If you move, file Form EOIR-33 within 5 working days (online through EOIR Respondent Access).",
                    "Si se muda, presente el Formulario EOIR-33 en un plazo de 5 días hábiles (en línea mediante EOIR Respondent Access).",
                ),
                t(
                    l,
                    "Do not miss a hearing. If you cannot attend, talk to a lawyer at once.",
                    "No falte a ninguna audiencia. Si no puede asistir, hable de inmediato con un abogado.",
                ),
            ],
            vec![
                t(l, "Your A-Number", "Su número A (A-Number)"),
                t(
                    l,
                    "Your hearing notice or Notice to Appear",
                    "Su aviso de audiencia o su Aviso de Comparecencia",
                ),
            ],
        ),
        Outcome::UrgentLegalHelp => (
            t(l, "Get legal help now", "Busque ayuda legal ahora"),
            t(
                l,
                "Detention, a removal order, a terminated record or a missed hearing, check-in or deadline can have serious consequences quickly. An immigration lawyer or an accredited representative of a DOJ-recognised organisation can advise you. Never rely on a “notario”: they are not lawyers.",
                "Una detención, una orden de deportación, un registro cancelado o una audiencia, cita o plazo perdidos pueden tener consecuencias graves rápidamente. Un abogado de inmigración o un representante acreditado de una organización reconocida por el Departamento de Justicia puede asesorarle. Nunca confíe en un “notario”: no son abogados.",
            ),
            vec![
                t(
                    l,
                    "Contact an immigration lawyer, or an organisation recognised by the Department of Justice with accredited representatives. The immigration court’s website (EOIR) has information on free legal service providers.",
                    "Comuníquese con un abogado de inmigración o con una organización reconocida por el Departamento de Justicia que tenga representantes acreditados. El sitio web de la corte de inmigración (EOIR) tiene información sobre proveedores de servicios legales gratuitos.",
                ),
                t(
                    l,
                    "Students with a SEVIS problem: talk to your DSO today as well.",
                    "Estudiantes con un problema en SEVIS: hablen hoy también con su DSO.",
                ),
                t(
                    l,
                    "If someone is detained, find where with the Online Detainee Locator.",
                    "Si alguien está detenido, averigüe dónde con el Localizador de detenidos.",
                ),
                t(
                    l,
                    "Do not sign papers you do not understand.",
                    "No firme documentos que no entienda.",
                ),
            ],
            vec![
                t(
                    l,
                    "Every notice or letter you have received",
                    "Todos los avisos o cartas que haya recibido",
                ),
                t(l, "Your A-Number or SEVIS ID", "Su número A o su SEVIS ID"),
                t(
                    l,
                    "The dates of hearings, check-ins or deadlines",
                    "Las fechas de audiencias, citas o plazos",
                ),
            ],
        ),
        Outcome::PhishingWarning => (
            t(
                l,
                "Check before you click: it may not be official",
                "Verifique antes de hacer clic: puede no ser oficial",
            ),
            t(
                l,
                "Several unofficial sites use the “eservice” name, and no official page describes what eservice.ice.gov hosts. ICE’s online services are on the official addresses this helper lists, and SEVP Portal email comes only from do-not-reply.sevp@ice.dhs.gov.",
                "Varios sitios no oficiales usan el nombre “eservice”, y ninguna página oficial describe qué hay en eservice.ice.gov. Los servicios en línea de ICE están en las direcciones oficiales que indica esta ayuda, y los correos del Portal del SEVP solo vienen de do-not-reply.sevp@ice.dhs.gov.",
            ),
            vec![
                t(
                    l,
                    "Do not sign in, pay or send documents through the link.",
                    "No inicie sesión, no pague ni envíe documentos desde el enlace.",
                ),
                t(
                    l,
                    "Check the address or the sender with our link checker.",
                    "Revise la dirección o el remitente con nuestro verificador de enlaces.",
                ),
                t(
                    l,
                    "Type the official address yourself: sevp.ice.gov/opt for the SEVP Portal, ice.gov/check-in for check-ins.",
                    "Escriba usted la dirección oficial: sevp.ice.gov/opt para el Portal del SEVP, ice.gov/check-in para las citas.",
                ),
                t(
                    l,
                    "If you paid or shared personal information, contact your bank and keep the message as evidence.",
                    "Si pagó o compartió datos personales, comuníquese con su banco y guarde el mensaje como prueba.",
                ),
            ],
            vec![t(
                l,
                "The message or link you received",
                "El mensaje o el enlace que recibió",
            )],
        ),
    };
    OutcomeText {
        title,
        why,
        next_steps,
        have_ready,
    }
}

type Text = (
    &'static str,
    &'static str,
    Vec<&'static str>,
    Vec<&'static str>,
);

fn uscis_text(service: UscisService, l: Lang) -> Text {
    let contact = t(
        l,
        "USCIS Contact Center: 800-375-5283 (TTY 800-767-1833).",
        "Centro de Contacto de USCIS: 800-375-5283 (TTY 800-767-1833).",
    );
    match service {
        UscisService::CaseStatus => (
            t(
                l,
                "Check your case on the USCIS website",
                "Consulte su caso en el sitio web de USCIS",
            ),
            t(
                l,
                "USCIS case status uses the receipt number on your notice: 3 letters and 10 numbers, like EAC2190000001. ICE and the immigration court do not track USCIS cases.",
                "El estado de un caso de USCIS usa el número de recibo de su aviso: 3 letras y 10 números, por ejemplo EAC2190000001. ICE y la corte de inmigración no siguen los casos de USCIS.",
            ),
            vec![
                t(
                    l,
                    "Find the receipt number on your USCIS notice (Form I-797).",
                    "Busque el número de recibo en su aviso de USCIS (Formulario I-797).",
                ),
                t(
                    l,
                    "Check the status on uscis.gov.",
                    "Consulte el estado en uscis.gov.",
                ),
                contact,
            ],
            vec![t(l, "Your receipt number", "Su número de recibo")],
        ),
        UscisService::Citizenship => (
            t(
                l,
                "Citizenship is handled by USCIS",
                "La ciudadanía la tramita USCIS",
            ),
            t(
                l,
                "Applications for U.S. citizenship (naturalization) go to USCIS, not ICE.",
                "Las solicitudes de ciudadanía (naturalización) van a USCIS, no a ICE.",
            ),
            vec![
                t(
                    l,
                    "Read the citizenship pages on uscis.gov before you apply.",
                    "Lea las páginas sobre ciudadanía en uscis.gov antes de presentar la solicitud.",
                ),
                t(
                    l,
                    "If you have ever been arrested, detained or ordered removed, talk to a lawyer before applying.",
                    "Si alguna vez lo arrestaron, detuvieron o le ordenaron la deportación, hable con un abogado antes de presentar la solicitud.",
                ),
                contact,
            ],
            vec![
                t(l, "Your green card", "Su tarjeta de residencia"),
                t(l, "Your A-Number", "Su número A (A-Number)"),
            ],
        ),
        UscisService::GreenCard => (
            t(
                l,
                "Green cards are handled by USCIS",
                "Las tarjetas de residencia las tramita USCIS",
            ),
            t(
                l,
                "Permanent residence (green card) applications go to USCIS, not ICE.",
                "Las solicitudes de residencia permanente (green card) van a USCIS, no a ICE.",
            ),
            vec![
                t(
                    l,
                    "Read the green card pages on uscis.gov to see which way of applying fits you.",
                    "Lea las páginas sobre la tarjeta de residencia en uscis.gov para ver qué vía le corresponde.",
                ),
                t(
                    l,
                    "If you are in immigration court proceedings, talk to a lawyer: the court may decide instead.",
                    "Si tiene un proceso en la corte de inmigración, hable con un abogado: puede decidir la corte.",
                ),
                contact,
            ],
            vec![
                t(l, "Your passport and I-94", "Su pasaporte y su I-94"),
                t(
                    l,
                    "Any receipt numbers from earlier applications",
                    "Los números de recibo de solicitudes anteriores",
                ),
            ],
        ),
        UscisService::WorkPermit => (
            t(
                l,
                "Apply for a work permit (Form I-765) with USCIS",
                "Solicite un permiso de trabajo (Formulario I-765) ante USCIS",
            ),
            t(
                l,
                "USCIS decides work permits, including OPT and STEM OPT. The SEVP Portal does not grant OPT: your DSO first recommends it in SEVIS, then you file Form I-765 with USCIS.",
                "USCIS decide los permisos de trabajo, incluidas la OPT y la STEM OPT. El Portal del SEVP no otorga la OPT: su DSO primero la recomienda en SEVIS y luego usted presenta el Formulario I-765 ante USCIS.",
            ),
            vec![
                t(
                    l,
                    "Students: ask your DSO for the OPT or STEM OPT recommendation (a new Form I-20).",
                    "Estudiantes: pidan a su DSO la recomendación de OPT o STEM OPT (un nuevo Formulario I-20).",
                ),
                t(
                    l,
                    "File Form I-765 with USCIS inside the filing window. Our deadline tool shows it; check the dates with your DSO.",
                    "Presente el Formulario I-765 ante USCIS dentro del plazo. Nuestra herramienta de plazos lo muestra; confirme las fechas con su DSO.",
                ),
                t(
                    l,
                    "After approval, SEVP emails you a link to set up your SEVP Portal account.",
                    "Después de la aprobación, el SEVP le envía por correo un enlace para crear su cuenta del Portal del SEVP.",
                ),
            ],
            vec![
                t(
                    l,
                    "Form I-20 with the DSO’s recommendation",
                    "El Formulario I-20 con la recomendación del DSO",
                ),
                t(l, "Your passport and I-94", "Su pasaporte y su I-94"),
                t(
                    l,
                    "Your current EAD card (STEM OPT)",
                    "Su tarjeta EAD actual (STEM OPT)",
                ),
            ],
        ),
        UscisService::ChangeOrExtendStay => (
            t(
                l,
                "Extend or change your stay with USCIS (Form I-539)",
                "Extienda o cambie su estadía ante USCIS (Formulario I-539)",
            ),
            t(
                l,
                "Changing or extending your status is an application to USCIS, usually on Form I-539. Students should talk to their DSO first.",
                "Cambiar o extender su estatus es una solicitud ante USCIS, normalmente con el Formulario I-539. Los estudiantes deben hablar primero con su DSO.",
            ),
            vec![
                t(
                    l,
                    "Check the I-539 page on uscis.gov for who may file and when.",
                    "Revise la página del I-539 en uscis.gov para saber quién puede presentarlo y cuándo.",
                ),
                t(
                    l,
                    "File before your I-94 “admit until” date passes.",
                    "Preséntelo antes de que pase la fecha “admit until” de su I-94.",
                ),
                contact,
            ],
            vec![
                t(l, "Your I-94", "Su I-94"),
                t(l, "Your passport", "Su pasaporte"),
                t(
                    l,
                    "Students: your Form I-20",
                    "Estudiantes: su Formulario I-20",
                ),
            ],
        ),
        UscisService::AddressChange => (
            t(
                l,
                "Tell USCIS you moved (Form AR-11)",
                "Informe a USCIS que se mudó (Formulario AR-11)",
            ),
            t(
                l,
                "Most noncitizens must tell USCIS within 10 days of moving, and update each pending case separately. This does not update ICE or the immigration court.",
                "La mayoría de las personas no ciudadanas deben informar a USCIS en un plazo de 10 días después de mudarse y actualizar por separado cada caso pendiente. Esto no actualiza a ICE ni a la corte de inmigración.",
            ),
            vec![
                t(
                    l,
                    "Change your address on uscis.gov/addresschange within 10 days.",
                    "Cambie su dirección en uscis.gov/addresschange en un plazo de 10 días.",
                ),
                t(
                    l,
                    "Update each pending case with its receipt number.",
                    "Actualice cada caso pendiente con su número de recibo.",
                ),
                t(
                    l,
                    "If you also report to ICE or have a court case, tell them separately.",
                    "Si además se presenta ante ICE o tiene un caso en la corte, infórmeles por separado.",
                ),
            ],
            vec![
                t(
                    l,
                    "Your old and new address",
                    "Su dirección anterior y la nueva",
                ),
                t(
                    l,
                    "Receipt numbers of pending cases",
                    "Los números de recibo de los casos pendientes",
                ),
                t(
                    l,
                    "Your A-Number, if you have one",
                    "Su número A, si tiene uno",
                ),
            ],
        ),
    }
}
