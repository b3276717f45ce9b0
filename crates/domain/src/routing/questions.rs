//! The questions and their answers. One table (the macro call below) defines each
//! question's id in the URL, its typed answers with their ids, and the `Answers` record;
//! the transitions are plain Rust in `Question::next`.

use super::{Node, Outcome, StateService, UscisService};

macro_rules! questions {
    ($(
        $(#[$doc:meta])*
        $question:ident / $field:ident = $key:literal {
            $($answer:ident = $id:literal),+ $(,)?
        }
    )+) => {
        /// A question of the routing table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Question { $($question),+ }

        impl Question {
            pub const ALL: &'static [Question] = &[$(Question::$question),+];

            /// The key of this question in the URL query string.
            pub const fn key(self) -> &'static str {
                match self { $(Question::$question => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<Question> {
                Question::ALL.iter().copied().find(|q| q.key() == key)
            }

            /// Ids of the possible answers, in the order they are offered.
            pub const fn answer_ids(self) -> &'static [&'static str] {
                match self { $(Question::$question => &[$($id),+]),+ }
            }
        }

        $(
            $(#[$doc])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub enum $question { $($answer),+ }

            impl $question {
                pub const ALL: &'static [$question] = &[$($question::$answer),+];

                pub const fn id(self) -> &'static str {
                    match self { $($question::$answer => $id),+ }
                }

                pub fn from_id(id: &str) -> Option<$question> {
                    $question::ALL.iter().copied().find(|a| a.id() == id)
                }
            }
        )+

        /// Every answer given so far, one optional answer per question. Answers to questions
        /// no longer on the path are kept, so going back and changing an early answer does
        /// not lose later ones.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
        pub struct Answers { $(pub $field: Option<$question>),+ }

        impl Answers {
            /// The answer id given to a question, if any.
            pub fn answer_id(&self, question: Question) -> Option<&'static str> {
                match question { $(Question::$question => self.$field.map($question::id)),+ }
            }

            /// Records an answer by its id; an id the question does not offer is ignored
            /// and `false` returned.
            pub fn set(&mut self, question: Question, id: &str) -> bool {
                match question {
                    $(Question::$question => match $question::from_id(id) {
                        Some(answer) => { self.$field = Some(answer); true }
                        None => false,
                    }),+
                }
            }

            pub fn clear(&mut self, question: Question) {
                match question { $(Question::$question => self.$field = None),+ }
            }
        }
    };
}

questions! {
    /// What the person needs help with.
    Role / role = "role" {
        Student = "student",
        School = "school",
        Supervision = "supervision",
        Detained = "detained",
        Bond = "bond",
        Benefit = "benefit",
        Message = "message",
    }
    /// What an F, M or J student needs to do.
    StudentNeed / student_need = "student-need" {
        ReportOpt = "report-opt",
        PayFee = "pay-fee",
        ApplyOpt = "apply-opt",
        ChangeStatus = "change-status",
        Visa = "visa",
        ExchangeProgram = "exchange-program",
        ArrivalRecord = "arrival-record",
        RecordChange = "record-change",
        StatusProblem = "status-problem",
    }
    /// What a student on OPT needs to report.
    OptChange / opt_change = "opt-change" {
        AddressPhone = "address-phone",
        Employer = "employer",
    }
    /// Which practical training the student is on.
    OptType / opt_type = "opt-type" {
        PostCompletion = "post-completion",
        Stem = "stem",
        M1 = "m1",
    }
    /// What a STEM OPT student's employer change is.
    StemChange / stem_change = "stem-change" {
        NewEmployerOrStartDate = "new-employer-or-start-date",
        OtherDetails = "other-details",
    }
    /// Whether the student can use the SEVP Portal.
    PortalAccount / portal_account = "portal-account" {
        Yes = "yes",
        LinkExpired = "link-expired",
        NoEmail = "no-email",
        AccessEnded = "access-ended",
    }
    /// What a school official needs to do.
    SchoolNeed / school_need = "school-need" {
        StudentRecords = "student-records",
        PortalAccounts = "portal-accounts",
        Certification = "certification",
        ExchangeProgram = "exchange-program",
    }
    /// Detained now, a final removal order, or a missed hearing or check-in.
    Urgent / urgent = "urgent" {
        Yes = "yes",
        No = "no",
    }
    /// What a person under ICE supervision or in court proceedings needs to do.
    SupervisionNeed / supervision_need = "supervision-need" {
        CheckIn = "check-in",
        Moved = "moved",
        Hearing = "hearing",
    }
    /// Whether the person has a case in immigration court (decides the EOIR-33 follow-up).
    CourtCase / court_case = "court-case" {
        Yes = "yes",
        No = "no",
        NotSure = "not-sure",
    }
    /// What someone close to a detained person needs to do.
    DetainedNeed / detained_need = "detained-need" {
        Find = "find",
        PostBond = "post-bond",
        LegalHelp = "legal-help",
    }
    /// Who pays or checks the bond.
    BondPoster / bond_poster = "bond-poster" {
        Surety = "surety",
        Person = "person",
        OwnBond = "own-bond",
    }
    /// Which immigration benefit or record the person needs.
    BenefitNeed / benefit_need = "benefit-need" {
        CaseStatus = "case-status",
        GreenCard = "green-card",
        Citizenship = "citizenship",
        WorkPermit = "work-permit",
        ExtendStay = "extend-stay",
        UscisAddress = "uscis-address",
        Visa = "visa",
        ArrivalRecord = "arrival-record",
        CourtCase = "court-case",
    }
}

impl Question {
    /// Where every walk starts.
    pub const FIRST: Question = Question::Role;

    /// Where the answer to this question leads, `None` while it is unanswered. Pure: reads
    /// only the answers.
    pub fn next(self, answers: &Answers) -> Option<Node> {
        use Node::{Ask, Done};
        Some(match self {
            Question::Role => match answers.role? {
                Role::Student => Ask(Question::StudentNeed),
                Role::School => Ask(Question::SchoolNeed),
                Role::Supervision => Ask(Question::Urgent),
                Role::Detained => Ask(Question::DetainedNeed),
                Role::Bond => Ask(Question::BondPoster),
                Role::Benefit => Ask(Question::BenefitNeed),
                Role::Message => Done(Outcome::PhishingWarning),
            },
            Question::StudentNeed => match answers.student_need? {
                StudentNeed::ReportOpt => Ask(Question::OptChange),
                StudentNeed::PayFee => Done(Outcome::I901Fee),
                StudentNeed::ApplyOpt => Done(Outcome::Uscis(UscisService::WorkPermit)),
                StudentNeed::ChangeStatus => Done(Outcome::Uscis(UscisService::ChangeOrExtendStay)),
                StudentNeed::Visa => Done(Outcome::StateDepartment(StateService::Visa)),
                StudentNeed::ExchangeProgram => {
                    Done(Outcome::StateDepartment(StateService::ExchangeSponsor))
                }
                StudentNeed::ArrivalRecord => Done(Outcome::Cbp),
                StudentNeed::RecordChange => Done(Outcome::StudentDso),
                StudentNeed::StatusProblem => Done(Outcome::UrgentLegalHelp),
            },
            Question::OptChange => match answers.opt_change? {
                OptChange::AddressPhone => Ask(Question::PortalAccount),
                OptChange::Employer => Ask(Question::OptType),
            },
            Question::OptType => match answers.opt_type? {
                OptType::PostCompletion | OptType::M1 => Ask(Question::PortalAccount),
                OptType::Stem => Ask(Question::StemChange),
            },
            Question::StemChange => match answers.stem_change? {
                // The DSO must review Form I-983 first; the Portal does not allow it.
                StemChange::NewEmployerOrStartDate => Done(Outcome::StudentDso),
                StemChange::OtherDetails => Ask(Question::PortalAccount),
            },
            Question::PortalAccount => match answers.portal_account? {
                PortalAccount::Yes => Done(Outcome::SevpPortal),
                PortalAccount::LinkExpired
                | PortalAccount::NoEmail
                | PortalAccount::AccessEnded => Done(Outcome::StudentDso),
            },
            Question::SchoolNeed => match answers.school_need? {
                SchoolNeed::StudentRecords | SchoolNeed::PortalAccounts => Done(Outcome::Sevis),
                SchoolNeed::Certification => Done(Outcome::SevpCertification),
                SchoolNeed::ExchangeProgram => {
                    Done(Outcome::StateDepartment(StateService::ExchangeSponsor))
                }
            },
            Question::Urgent => match answers.urgent? {
                Urgent::Yes => Done(Outcome::UrgentLegalHelp),
                Urgent::No => Ask(Question::SupervisionNeed),
            },
            Question::SupervisionNeed => match answers.supervision_need? {
                SupervisionNeed::CheckIn => Done(Outcome::IceCheckIn),
                SupervisionNeed::Moved => Ask(Question::CourtCase),
                SupervisionNeed::Hearing => Done(Outcome::Eoir),
            },
            Question::CourtCase => Done(Outcome::IceChangeOfAddress {
                court_case: answers.court_case?,
            }),
            Question::DetainedNeed => match answers.detained_need? {
                DetainedNeed::Find => Done(Outcome::DetaineeLocator),
                DetainedNeed::PostBond => Done(Outcome::CeBonds),
                DetainedNeed::LegalHelp => Done(Outcome::UrgentLegalHelp),
            },
            Question::BondPoster => match answers.bond_poster? {
                BondPoster::Surety => Done(Outcome::EBonds),
                BondPoster::Person | BondPoster::OwnBond => Done(Outcome::CeBonds),
            },
            Question::BenefitNeed => match answers.benefit_need? {
                BenefitNeed::CaseStatus => Done(Outcome::Uscis(UscisService::CaseStatus)),
                BenefitNeed::GreenCard => Done(Outcome::Uscis(UscisService::GreenCard)),
                BenefitNeed::Citizenship => Done(Outcome::Uscis(UscisService::Citizenship)),
                BenefitNeed::WorkPermit => Done(Outcome::Uscis(UscisService::WorkPermit)),
                BenefitNeed::ExtendStay => Done(Outcome::Uscis(UscisService::ChangeOrExtendStay)),
                BenefitNeed::UscisAddress => Done(Outcome::Uscis(UscisService::AddressChange)),
                BenefitNeed::Visa => Done(Outcome::StateDepartment(StateService::Visa)),
                BenefitNeed::ArrivalRecord => Done(Outcome::Cbp),
                BenefitNeed::CourtCase => Done(Outcome::Eoir),
            },
        })
    }
}
