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
    /// What has happened, or what the person wants to know: the life events and questions
    /// visitors bring. "I know the task" leads to the list of tasks (`Role`).
    Event / event = "event" {
        Moved = "moved",
        Job = "job",
        Work = "work",
        Stay = "stay",
        Travel = "travel",
        Message = "message",
        Detained = "detained",
        Money = "money",
        Court = "court",
        School = "school",
        Task = "task",
    }
    /// Who the person is: F-1, M-1 and J-1 rules differ (domain facts §7).
    Status / status = "status" {
        F1 = "f1",
        M1 = "m1",
        J1 = "j1",
        Supervision = "supervision",
        Other = "other",
    }
    /// Whether an F-1 or M-1 student is on OPT or practical training now: then the SEVP
    /// Portal is where they report; otherwise their DSO.
    OnTraining / on_training = "on-training" {
        Yes = "yes",
        No = "no",
    }
    /// What is happening with a job (`NotOnTraining`: not on OPT or practical training yet,
    /// so the job needs that permission first).
    JobChange / job_change = "job-change" {
        New = "new",
        Details = "details",
        Ended = "ended",
        NotOnTraining = "not-on-training",
    }
    /// What a traveller needs.
    TravelNeed / travel_need = "travel-need" {
        Visa = "visa",
        ArrivalRecord = "arrival-record",
        Entry = "entry",
    }
    /// What kind of letter or message the person received.
    MessageKind / message_kind = "message-kind" {
        PortalEmail = "portal-email",
        CourtNotice = "court-notice",
        IceLetter = "ice-letter",
        UscisNotice = "uscis-notice",
        Unsure = "unsure",
    }
    /// Which money: a fee to pay, a bond to post or check, or money to get back.
    MoneyNeed / money_need = "money-need" {
        SevisFee = "sevis-fee",
        VisaFee = "visa-fee",
        Bond = "bond",
        BondBack = "bond-back",
    }
    /// What the person needs help with, as a task.
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
        Unemployment = "unemployment",
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
    pub const FIRST: Question = Question::Event;

    /// Where the answer to this question leads, `None` while it is unanswered. Pure: reads
    /// only the answers.
    pub fn next(self, answers: &Answers) -> Option<Node> {
        use Node::{Ask, Done};
        Some(match self {
            Question::Event => match answers.event? {
                Event::Moved | Event::Job | Event::Work | Event::Stay => Ask(Question::Status),
                Event::Travel => Ask(Question::TravelNeed),
                Event::Message => Ask(Question::MessageKind),
                Event::Detained => Ask(Question::DetainedNeed),
                Event::Money => Ask(Question::MoneyNeed),
                Event::Court => Ask(Question::Urgent),
                Event::School => Ask(Question::SchoolNeed),
                Event::Task => Ask(Question::Role),
            },
            Question::Status => {
                let status = answers.status?;
                match (answers.event?, status) {
                    (Event::Moved, Status::F1 | Status::M1) => Ask(Question::OnTraining),
                    (Event::Moved, Status::J1) => {
                        Done(Outcome::StateDepartment(StateService::ExchangeSponsor))
                    }
                    (Event::Moved, Status::Supervision) => Ask(Question::CourtCase),
                    (Event::Moved, Status::Other) => {
                        Done(Outcome::Uscis(UscisService::AddressChange))
                    }
                    (Event::Job, Status::F1 | Status::M1) => Ask(Question::JobChange),
                    (Event::Work, Status::F1) => Done(Outcome::Uscis(UscisService::WorkPermit)),
                    (Event::Work, Status::M1) => Done(Outcome::M1PracticalTraining),
                    (Event::Stay, Status::M1) => Done(Outcome::GracePeriodM1),
                    (Event::Job | Event::Work | Event::Stay, Status::J1) => {
                        Done(Outcome::StateDepartment(StateService::ExchangeSponsor))
                    }
                    (Event::Job | Event::Work, Status::Supervision | Status::Other) => {
                        Done(Outcome::Uscis(UscisService::WorkPermit))
                    }
                    (Event::Stay, Status::F1) => Done(Outcome::GracePeriodF1),
                    (Event::Stay, Status::Supervision) => Done(Outcome::UrgentLegalHelp),
                    (Event::Stay, Status::Other) => {
                        Done(Outcome::Uscis(UscisService::ChangeOrExtendStay))
                    }
                    // `Status` is asked only after the four events above.
                    (
                        Event::Travel
                        | Event::Message
                        | Event::Detained
                        | Event::Money
                        | Event::Court
                        | Event::School
                        | Event::Task,
                        _,
                    ) => return None,
                }
            }
            Question::OnTraining => match answers.on_training? {
                OnTraining::Yes => Ask(Question::PortalAccount),
                OnTraining::No => Done(Outcome::StudentAddress),
            },
            Question::JobChange => match (answers.job_change?, answers.status) {
                (JobChange::Ended | JobChange::NotOnTraining, Some(Status::M1)) => {
                    Done(Outcome::M1PracticalTraining)
                }
                // As "Can I work?": an F-1 student works off campus on OPT, after the EAD.
                (JobChange::NotOnTraining, _) => Done(Outcome::Uscis(UscisService::WorkPermit)),
                (JobChange::Ended, _) => Done(Outcome::OptUnemployment),
                (JobChange::New | JobChange::Details, Some(Status::M1)) => {
                    Ask(Question::PortalAccount)
                }
                (JobChange::New | JobChange::Details, _) => Ask(Question::OptType),
            },
            Question::TravelNeed => match answers.travel_need? {
                TravelNeed::Visa | TravelNeed::Entry => {
                    Done(Outcome::StateDepartment(StateService::Visa))
                }
                TravelNeed::ArrivalRecord => Done(Outcome::Cbp),
            },
            Question::MessageKind => match answers.message_kind? {
                MessageKind::PortalEmail => Ask(Question::PortalAccount),
                MessageKind::CourtNotice => Done(Outcome::Eoir),
                MessageKind::IceLetter => Done(Outcome::IceCheckIn),
                MessageKind::UscisNotice => Done(Outcome::Uscis(UscisService::CaseStatus)),
                MessageKind::Unsure => Done(Outcome::PhishingWarning),
            },
            Question::MoneyNeed => match answers.money_need? {
                MoneyNeed::SevisFee => Done(Outcome::I901Fee),
                MoneyNeed::VisaFee => Done(Outcome::StateDepartment(StateService::Visa)),
                MoneyNeed::Bond => Ask(Question::BondPoster),
                MoneyNeed::BondBack => Done(Outcome::BondMoneyBack),
            },
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
                StudentNeed::Unemployment => Ask(Question::OptType),
                StudentNeed::PayFee => Done(Outcome::I901Fee),
                StudentNeed::ApplyOpt => Ask(Question::OptType),
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
            Question::OptType => {
                // From the task list, the kind of training decides which rules apply to
                // applying for it and to unemployment (M-1 training is not OPT); otherwise
                // the student is reporting a job.
                let task = match (answers.event, answers.student_need) {
                    (Some(Event::Task), Some(need)) => Some(need),
                    _ => None,
                };
                match (task, answers.opt_type?) {
                    (Some(StudentNeed::ApplyOpt | StudentNeed::Unemployment), OptType::M1) => {
                        Done(Outcome::M1PracticalTraining)
                    }
                    (Some(StudentNeed::ApplyOpt), _) => {
                        Done(Outcome::Uscis(UscisService::WorkPermit))
                    }
                    (Some(StudentNeed::Unemployment), _) => Done(Outcome::OptUnemployment),
                    (_, OptType::PostCompletion | OptType::M1) => Ask(Question::PortalAccount),
                    (_, OptType::Stem) => Ask(Question::StemChange),
                }
            }
            Question::StemChange => match answers.stem_change? {
                // The DSO must review Form I-983 first; the Portal does not allow it.
                StemChange::NewEmployerOrStartDate => Done(Outcome::StemNewEmployer),
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
