//! Every fact the app states — a deadline, a day count, a fee, a phone number, an e-mail
//! address, an official host — defined once, with the official page it comes from and the
//! date it was last checked (shared/domain.md is the reference). Rules in Rust use the
//! typed constants; words refer to a fact by its id (`{ -fact-opt-unemployment-days }` in a
//! Fluent file, `{{fact:opt-unemployment-days}}` in a guide), so changing a fact here
//! changes every page that states it.
//!
//! [`literal_facts_in`] finds what words state without referring to a fact: numbers and
//! official addresses typed as text.
//!
//! Sources: for facts shared/domain.md marks [S], the official page that states them; for
//! facts it marks [M] (several secondary sources agree), the official page or regulation
//! closest to them. "Checked" is the day the value was last compared with that page (or
//! with the stored copy shared/domain.md was written from).

use crate::official_links::OFFICIAL_HOSTS;

/// Where a fact comes from and when someone last compared it with that page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub url: &'static str,
    /// The page's own name, in the page's language (English): official names are not
    /// translated.
    pub title: &'static str,
    /// `YYYY-MM-DD`.
    pub checked: &'static str,
}

/// A fact as words can show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    pub id: &'static str,
    pub value: FactValue,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactValue {
    /// A count (days, months, hours, years, digits, a day of the month, an hour of the day).
    Count(u32),
    /// A fee in whole U.S. dollars, shown as the bare number: each language writes the
    /// currency around it (`${ -fact-i901-fee-f-m }`, `{ -fact-i901-fee-f-m } dólares`).
    Dollars(u32),
    /// A phone number as the agency writes it.
    Phone(&'static str),
    Email(&'static str),
    /// An official address, `https://…`.
    Url(&'static str),
    /// An official host name, or host and path, as shown in text (`sevp.ice.gov/opt`).
    Host(&'static str),
}

impl FactValue {
    /// The fact as written in any language's text.
    pub fn shown(self) -> String {
        match self {
            FactValue::Count(n) | FactValue::Dollars(n) => n.to_string(),
            FactValue::Phone(text)
            | FactValue::Email(text)
            | FactValue::Url(text)
            | FactValue::Host(text) => text.to_owned(),
        }
    }
}

/// When the facts below were last compared with their sources.
const CHECKED: &str = "2026-11-29";

const fn source(url: &'static str, title: &'static str) -> Source {
    Source {
        url,
        title,
        checked: CHECKED,
    }
}

// ---- Sources ------------------------------------------------------------------------

const ECFR_OPT: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(10)(ii)",
    "8 CFR 214.2(f)(10)(ii)",
);
const ECFR_OPT_UNEMPLOYMENT: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(10)(ii)(E)",
    "8 CFR 214.2(f)(10)(ii)(E)",
);
const ECFR_STEM_OPT: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(10)(ii)(C)",
    "8 CFR 214.2(f)(10)(ii)(C)",
);
const ECFR_OPT_FILING: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(11)(i)(B)(2)",
    "8 CFR 214.2(f)(11)(i)(B)(2)",
);
const ECFR_STEM_OPT_FILING: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(11)(i)(C)",
    "8 CFR 214.2(f)(11)(i)(C)",
);
const ECFR_STUDENT_REPORTING: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(12)",
    "8 CFR 214.2(f)(12)",
);
const ECFR_AUTHORIZED_WITHDRAWAL: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(5)(iv)",
    "8 CFR 214.2(f)(5)(iv)",
);
const ECFR_ENTRY_BEFORE_PROGRAM: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(f)(5)(i)",
    "8 CFR 214.2(f)(5)(i)",
);
const ECFR_STEM_OPT_EXTENSION_WHILE_PENDING: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-274a/section-274a.12#p-274a.12(b)(6)(iv)",
    "8 CFR 274a.12(b)(6)(iv)",
);
const ECFR_M1_PRACTICAL_TRAINING: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2#p-214.2(m)(14)",
    "8 CFR 214.2(m)(14)",
);
const ECFR_SCHOOL_OFFICIALS: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.3",
    "8 CFR 214.3",
);
const ECFR_EOIR_ADDRESS: Source = source(
    "https://www.ecfr.gov/current/title-8/chapter-V/subchapter-A/part-1003/subpart-C/section-1003.15#p-1003.15(d)(2)",
    "8 CFR 1003.15(d)(2)",
);
const SIS_HOME: Source = source("https://studyinthestates.dhs.gov", "Study in the States");
const SIS_PORTAL: Source = source(
    "https://studyinthestates.dhs.gov/sevis-help-hub/student-records/fm-student-employment/sevis-and-the-sevp-portal",
    "Study in the States: SEVIS and the SEVP Portal",
);
const SIS_PORTAL_EMAILS: Source = source(
    "https://studyinthestates.dhs.gov/sevis-help-hub/student-records/fm-student-employment/sevis-and-the-sevp-portal/portal-email-notices",
    "Study in the States: Portal Email Notices to Students",
);
const SIS_REPORT_CHANGES: Source = source(
    "https://studyinthestates.dhs.gov/2014/07/when-to-report-changes-to-your-dso",
    "Study in the States: When to Report Changes to Your DSO",
);
const SIS_GRACE_PERIOD: Source = source(
    "https://studyinthestates.dhs.gov/2019/07/students-understand-your-post-completion-grace-period",
    "Study in the States: Understand your Post-completion Grace Period",
);
const SIS_RECERTIFICATION: Source = source(
    "https://studyinthestates.dhs.gov/sevis-help-hub/school-records/school-certification/form-i-17-recertification",
    "SEVIS Help Hub: Form I-17 - Recertification",
);
const SIS_ANNUAL_VERIFICATION: Source = source(
    "https://studyinthestates.dhs.gov/sevis-help-hub/school-records/pdsodso-annual-verification",
    "SEVIS Help Hub: PDSO/DSO Annual Verification",
);
const ICE_HOME: Source = source(
    "https://www.ice.gov",
    "U.S. Immigration and Customs Enforcement",
);
const ICE_SCHOOL_ALERTS: Source = source(
    "https://www.ice.gov/sevis/school-alerts",
    "ICE: School Alerts",
);
const ICE_I901: Source = source("https://www.ice.gov/sevis/i901", "ICE: I-901 SEVIS fee");
const ICE_I17: Source = source("https://www.ice.gov/sevis/i17", "ICE: Form I-17");
const ICE_CHECK_IN: Source = source("https://www.ice.gov/check-in", "ICE: Check-in");
const ICE_BONDS: Source = source(
    "https://www.ice.gov/detain/detention-management/bonds",
    "ICE: Bonds",
);
const EBONDS: Source = source("https://ebonds.ice.gov/ebonds/welcome.do", "ICE eBONDS");
const ODLS: Source = source("https://locator.ice.gov", "ICE Online Detainee Locator");
const ODLS_ABOUT: Source = source(
    "https://locator.ice.gov/odls/about.jsp",
    "ICE Online Detainee Locator: About the Detainee Locator",
);
const DHS_ODLS_NEWS: Source = source(
    "https://www.dhs.gov/news/2024/06/07/department-homeland-security-announces-enhanced-searchability-migrants-custody",
    "DHS: Department of Homeland Security Announces Enhanced Searchability of Migrants in Custody",
);
const CBP_I94: Source = source("https://i94.cbp.dhs.gov", "CBP: I-94");
const EOIR_HOME: Source = source(
    "https://www.justice.gov/eoir",
    "Executive Office for Immigration Review",
);
const EOIR_HOTLINE: Source = source(
    "https://www.justice.gov/eoir/customer-service-initiatives",
    "EOIR: Customer Service Initiatives",
);
const EOIR_PRACTICE_MANUAL_INQUIRIES: Source = source(
    "https://www.justice.gov/eoir/reference-materials/ic/chapter-1/6",
    "EOIR: Immigration Court Practice Manual, 1.6 - Inquiries",
);
const EOIR_RESPONDENT_ACCESS: Source = source(
    "https://respondentaccess.eoir.justice.gov",
    "EOIR Respondent Access",
);
const USCIS_HOME: Source = source("https://www.uscis.gov", "USCIS");
const USCIS_ADDRESS_CHANGE: Source = source(
    "https://www.uscis.gov/addresschange",
    "USCIS: How to Change Your Address",
);
const USCIS_CONTACT_CENTER: Source = source(
    "https://www.uscis.gov/contactcenter",
    "USCIS Contact Center",
);
const USCIS_CASE_STATUS: Source = source("https://egov.uscis.gov/", "USCIS: Case Status Online");
/// The SEVIS batch XML schemas (Common.xsd v6.27/v6.55: `SevisIDType`, `SchoolCodeType`,
/// `USPostalType`, `EmployerID`, `ProgSubjectCodeType`, and the lengths of names, e-mail
/// addresses, address lines and OPT employer fields; shared/domain.md §6) define the
/// identifier formats and field lengths below. ICE publishes the schemas from its SEVIS
/// pages, but no stable web address for them exists, so the source is ICE's SEVIS page.
const SEVIS_SCHEMAS: Source = source(
    "https://www.ice.gov/sevis",
    "ICE: Student and Exchange Visitor Program (SEVIS batch XML schemas)",
);

/// The federal holidays and the days they are observed (a Saturday holiday on the Friday
/// before, a Sunday one on the Monday after; 1 January on a Saturday is observed on
/// 31 December of the year before). Used by `calendar::federal_holidays` and every
/// working-day count (domain.md §7).
pub const FEDERAL_HOLIDAYS_SOURCE: Source = source(
    "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
    "OPM: Federal Holidays",
);
/// The law that lists the eleven legal public holidays.
pub const FEDERAL_HOLIDAYS_LAW: Source = source(
    "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section6103&num=0&edition=prelim",
    "5 U.S.C. 6103: Holidays",
);

// ---- Values rules compute with --------------------------------------------------------

/// Post-completion OPT: at most this many days of unemployment in total.
pub const OPT_UNEMPLOYMENT_DAYS: u32 = 90;
/// With the STEM extension: at most this many days in total.
pub const STEM_OPT_UNEMPLOYMENT_DAYS: u32 = 150;
/// OPT work counts as employment from this many hours a week; fewer hours are
/// unemployment days.
pub const OPT_MINIMUM_WEEKLY_HOURS: u32 = 20;

/// A student on OPT reports a change (name, address, employer, employment dates).
pub const STUDENT_REPORT_CHANGE_DAYS: u32 = 10;
/// A DSO updates SEVIS after a change the student reports to the school.
pub const DSO_SEVIS_UPDATE_DAYS: u32 = 21;
/// A DSO registers a student in SEVIS after the session starts.
pub const DSO_REGISTER_STUDENT_DAYS: u32 = 30;
/// Form EOIR-33 to the immigration court, in working days.
pub const EOIR_33_WORKING_DAYS: u32 = 5;
/// Form AR-11 to USCIS, in calendar days.
pub const AR_11_DAYS: u32 = 10;
/// A new address to ICE, in business days (ICE's check-in page).
pub const ICE_ADDRESS_CHANGE_BUSINESS_DAYS: u32 = 5;
/// A STEM OPT employer tells the DSO that the job ended, in business days.
pub const STEM_EMPLOYER_TERMINATION_BUSINESS_DAYS: u32 = 5;

/// Post-completion OPT: Form I-765 at most this many days before the program end date…
pub const OPT_FILING_DAYS_BEFORE_PROGRAM_END: u32 = 90;
/// …and at most this many days after it…
pub const OPT_FILING_DAYS_AFTER_PROGRAM_END: u32 = 60;
/// …and within this many days of the DSO's recommendation.
pub const OPT_FILING_DAYS_AFTER_RECOMMENDATION: u32 = 30;
/// STEM OPT: at most this many days before the OPT EAD ends…
pub const STEM_OPT_FILING_DAYS_BEFORE_EAD_END: u32 = 90;
/// …and within this many days of the DSO's recommendation.
pub const STEM_OPT_FILING_DAYS_AFTER_RECOMMENDATION: u32 = 60;

/// The STEM OPT extension lasts this many months.
pub const STEM_OPT_EXTENSION_MONTHS: u32 = 24;
/// Validation reports are due this many months after the STEM start.
pub const STEM_VALIDATION_REPORT_MONTHS: [u32; 4] = [6, 12, 18, 24];
/// A validation report is made within this many business days of its due date.
pub const STEM_VALIDATION_REPORT_BUSINESS_DAYS: u32 = 10;
/// The Form I-983 self-evaluation is due this many months after the STEM start (and at the
/// end).
pub const STEM_SELF_EVALUATION_MONTHS: u32 = 12;
/// The SEVP Portal reminds students this many days before each validation report.
pub const STEM_VALIDATION_REMINDER_DAYS: u32 = 30;

/// The SEVP Portal account e-mail's link works for this many days.
pub const SEVP_PORTAL_LINK_VALID_DAYS: u32 = 14;
/// Portal access ends this many months after the OPT end date.
pub const SEVP_PORTAL_ACCESS_MONTHS_AFTER_OPT: u32 = 6;
/// SEVP e-mails this many days before it closes a Portal account.
pub const SEVP_PORTAL_CLOSURE_NOTICE_DAYS: u32 = 30;

/// F-1 grace period after the program or OPT ends.
pub const F1_GRACE_PERIOD_DAYS: u32 = 60;
/// M-1 grace period after the program or practical training ends.
pub const M1_GRACE_PERIOD_DAYS: u32 = 30;
/// Grace period after a DSO-authorised withdrawal.
pub const AUTHORIZED_WITHDRAWAL_GRACE_PERIOD_DAYS: u32 = 15;
/// An F or M student may enter the United States at most this many days before the
/// program start date.
pub const ENTRY_DAYS_BEFORE_PROGRAM_START: u32 = 30;
/// A STEM OPT application filed on time extends work authorisation by up to this many
/// days after the OPT EAD ends, while USCIS decides.
pub const STEM_OPT_TIMELY_FILING_EXTENSION_DAYS: u32 = 180;

/// M-1 practical training: one month for each this many months of full-time study…
pub const M1_STUDY_MONTHS_PER_TRAINING_MONTH: u32 = 4;
/// …at most this many months in total…
pub const M1_PRACTICAL_TRAINING_MAX_MONTHS: u32 = 6;
/// …Form I-765 at most this many days before the program end date…
pub const M1_FILING_DAYS_BEFORE_PROGRAM_END: u32 = 60;
/// …and at most this many days after it.
pub const M1_FILING_DAYS_AFTER_PROGRAM_END: u32 = 30;

/// SEVP certification lasts this many years.
pub const SEVP_RECERTIFICATION_YEARS: u32 = 2;
/// SEVIS notifies the school this many days before the certification expiration date.
pub const SEVP_RECERTIFICATION_NOTICE_DAYS: u32 = 180;

/// An A-Number has 7 to 9 digits after the A…
pub const A_NUMBER_MIN_DIGITS: u32 = 7;
/// …and is written (and entered on the EOIR hotline) as 9, with zeros in front.
pub const A_NUMBER_DIGITS: u32 = 9;

// ---- Every fact ---------------------------------------------------------------------

const fn count(id: &'static str, n: u32, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Count(n),
        source,
    }
}

const fn dollars(id: &'static str, n: u32, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Dollars(n),
        source,
    }
}

const fn phone(id: &'static str, number: &'static str, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Phone(number),
        source,
    }
}

const fn email(id: &'static str, address: &'static str, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Email(address),
        source,
    }
}

const fn url(id: &'static str, address: &'static str, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Url(address),
        source,
    }
}

const fn host(id: &'static str, shown: &'static str, source: Source) -> Fact {
    Fact {
        id,
        value: FactValue::Host(shown),
        source,
    }
}

/// Every fact words may refer to.
pub const FACTS: &[Fact] = &[
    // OPT and STEM OPT [S/M]
    count(
        "opt-unemployment-days",
        OPT_UNEMPLOYMENT_DAYS,
        ECFR_OPT_UNEMPLOYMENT,
    ),
    count(
        "stem-opt-unemployment-days",
        STEM_OPT_UNEMPLOYMENT_DAYS,
        ECFR_OPT_UNEMPLOYMENT,
    ),
    count(
        "opt-minimum-weekly-hours",
        OPT_MINIMUM_WEEKLY_HOURS,
        ECFR_OPT,
    ),
    count(
        "opt-filing-days-before-program-end",
        OPT_FILING_DAYS_BEFORE_PROGRAM_END,
        ECFR_OPT_FILING,
    ),
    count(
        "opt-filing-days-after-program-end",
        OPT_FILING_DAYS_AFTER_PROGRAM_END,
        ECFR_OPT_FILING,
    ),
    count(
        "opt-filing-days-after-recommendation",
        OPT_FILING_DAYS_AFTER_RECOMMENDATION,
        ECFR_OPT_FILING,
    ),
    count(
        "stem-opt-filing-days-before-ead-end",
        STEM_OPT_FILING_DAYS_BEFORE_EAD_END,
        ECFR_STEM_OPT_FILING,
    ),
    count(
        "stem-opt-filing-days-after-recommendation",
        STEM_OPT_FILING_DAYS_AFTER_RECOMMENDATION,
        ECFR_STEM_OPT_FILING,
    ),
    count(
        "stem-opt-extension-months",
        STEM_OPT_EXTENSION_MONTHS,
        ECFR_STEM_OPT,
    ),
    count(
        "stem-validation-report-months-1",
        STEM_VALIDATION_REPORT_MONTHS[0],
        ECFR_STUDENT_REPORTING,
    ),
    count(
        "stem-validation-report-months-2",
        STEM_VALIDATION_REPORT_MONTHS[1],
        ECFR_STUDENT_REPORTING,
    ),
    count(
        "stem-validation-report-months-3",
        STEM_VALIDATION_REPORT_MONTHS[2],
        ECFR_STUDENT_REPORTING,
    ),
    count(
        "stem-validation-report-months-4",
        STEM_VALIDATION_REPORT_MONTHS[3],
        ECFR_STUDENT_REPORTING,
    ),
    count(
        "stem-validation-report-business-days",
        STEM_VALIDATION_REPORT_BUSINESS_DAYS,
        ECFR_STUDENT_REPORTING,
    ),
    count(
        "stem-self-evaluation-months",
        STEM_SELF_EVALUATION_MONTHS,
        ECFR_STEM_OPT,
    ),
    count(
        "stem-validation-reminder-days",
        STEM_VALIDATION_REMINDER_DAYS,
        SIS_PORTAL_EMAILS,
    ),
    count(
        "stem-employer-termination-business-days",
        STEM_EMPLOYER_TERMINATION_BUSINESS_DAYS,
        ECFR_STEM_OPT,
    ),
    // Reporting changes [S/M]
    count(
        "student-report-change-days",
        STUDENT_REPORT_CHANGE_DAYS,
        SIS_REPORT_CHANGES,
    ),
    count(
        "dso-sevis-update-days",
        DSO_SEVIS_UPDATE_DAYS,
        SIS_REPORT_CHANGES,
    ),
    count(
        "dso-register-student-days",
        DSO_REGISTER_STUDENT_DAYS,
        ECFR_SCHOOL_OFFICIALS,
    ),
    // SEVP Portal [S]
    count(
        "sevp-portal-link-valid-days",
        SEVP_PORTAL_LINK_VALID_DAYS,
        SIS_PORTAL_EMAILS,
    ),
    count(
        "sevp-portal-access-months-after-opt",
        SEVP_PORTAL_ACCESS_MONTHS_AFTER_OPT,
        SIS_PORTAL_EMAILS,
    ),
    count(
        "sevp-portal-closure-notice-days",
        SEVP_PORTAL_CLOSURE_NOTICE_DAYS,
        SIS_PORTAL_EMAILS,
    ),
    // Grace periods [S/M]
    count(
        "f1-grace-period-days",
        F1_GRACE_PERIOD_DAYS,
        SIS_GRACE_PERIOD,
    ),
    count(
        "m1-grace-period-days",
        M1_GRACE_PERIOD_DAYS,
        SIS_GRACE_PERIOD,
    ),
    count(
        "authorized-withdrawal-grace-period-days",
        AUTHORIZED_WITHDRAWAL_GRACE_PERIOD_DAYS,
        ECFR_AUTHORIZED_WITHDRAWAL,
    ),
    count(
        "entry-days-before-program-start",
        ENTRY_DAYS_BEFORE_PROGRAM_START,
        ECFR_ENTRY_BEFORE_PROGRAM,
    ),
    count(
        "stem-opt-timely-filing-extension-days",
        STEM_OPT_TIMELY_FILING_EXTENSION_DAYS,
        ECFR_STEM_OPT_EXTENSION_WHILE_PENDING,
    ),
    // M-1 practical training [M]
    count(
        "m1-study-months-per-training-month",
        M1_STUDY_MONTHS_PER_TRAINING_MONTH,
        ECFR_M1_PRACTICAL_TRAINING,
    ),
    count(
        "m1-practical-training-max-months",
        M1_PRACTICAL_TRAINING_MAX_MONTHS,
        ECFR_M1_PRACTICAL_TRAINING,
    ),
    count(
        "m1-filing-days-before-program-end",
        M1_FILING_DAYS_BEFORE_PROGRAM_END,
        ECFR_M1_PRACTICAL_TRAINING,
    ),
    count(
        "m1-filing-days-after-program-end",
        M1_FILING_DAYS_AFTER_PROGRAM_END,
        ECFR_M1_PRACTICAL_TRAINING,
    ),
    // Address changes [S]
    count(
        "eoir-33-working-days",
        EOIR_33_WORKING_DAYS,
        ECFR_EOIR_ADDRESS,
    ),
    count("ar-11-days", AR_11_DAYS, USCIS_ADDRESS_CHANGE),
    count(
        "ice-address-change-business-days",
        ICE_ADDRESS_CHANGE_BUSINESS_DAYS,
        ICE_CHECK_IN,
    ),
    // School certification [S]
    count(
        "sevp-recertification-years",
        SEVP_RECERTIFICATION_YEARS,
        SIS_RECERTIFICATION,
    ),
    count(
        "sevp-recertification-notice-days",
        SEVP_RECERTIFICATION_NOTICE_DAYS,
        SIS_RECERTIFICATION,
    ),
    // 2 December to 2 March.
    count(
        "sevis-annual-verification-opens-day",
        2,
        SIS_ANNUAL_VERIFICATION,
    ),
    count(
        "sevis-annual-verification-closes-day",
        2,
        SIS_ANNUAL_VERIFICATION,
    ),
    // Detainee locator [S]
    count("detainee-locator-cbp-custody-hours", 48, DHS_ODLS_NEWS),
    count("detainee-locator-languages", 11, DHS_ODLS_NEWS),
    count("detainee-locator-minimum-age", 18, ODLS_ABOUT),
    // Identifiers
    count(
        "a-number-min-digits",
        A_NUMBER_MIN_DIGITS,
        EOIR_PRACTICE_MANUAL_INQUIRIES,
    ),
    count("a-number-digits", A_NUMBER_DIGITS, EOIR_HOTLINE),
    count("receipt-number-letters", 3, USCIS_CASE_STATUS),
    count("receipt-number-digits", 10, USCIS_CASE_STATUS),
    // Identifier formats and field lengths of the SEVIS batch XML schemas [S].
    count("sevis-id-digits", 10, SEVIS_SCHEMAS),
    // School code: 3 letters, 214F, 8 digits (BOS214F00123000).
    count("school-code-letters", 3, SEVIS_SCHEMAS),
    count("school-code-digits", 8, SEVIS_SCHEMAS),
    count("ein-digits", 9, SEVIS_SCHEMAS),
    // CIP code: NN.NNNN.
    count("cip-code-digits-before-point", 2, SEVIS_SCHEMAS),
    count("cip-code-digits-after-point", 4, SEVIS_SCHEMAS),
    // ZIP code: 5 digits, or 9 as ZIP+4.
    count("zip-code-digits", 5, SEVIS_SCHEMAS),
    count("zip-plus-4-digits", 9, SEVIS_SCHEMAS),
    // U.S. phone: 10 digits, extension 1 to 4 digits.
    count("phone-number-digits", 10, SEVIS_SCHEMAS),
    count("phone-extension-min-digits", 1, SEVIS_SCHEMAS),
    count("phone-extension-max-digits", 4, SEVIS_SCHEMAS),
    count("email-max-length", 255, SEVIS_SCHEMAS),
    count("sevis-last-name-max-length", 40, SEVIS_SCHEMAS),
    count("sevis-first-name-max-length", 80, SEVIS_SCHEMAS),
    count("address-line-max-length", 60, SEVIS_SCHEMAS),
    count("address-city-max-length", 60, SEVIS_SCHEMAS),
    count(
        "opt-employer-name-max-length",
        crate::api::employment::MAX_EMPLOYER_NAME as u32,
        SEVIS_SCHEMAS,
    ),
    count(
        "opt-job-title-max-length",
        crate::api::employment::MAX_JOB_TITLE as u32,
        SEVIS_SCHEMAS,
    ),
    count(
        "opt-relation-to-study-max-length",
        crate::api::employment::MAX_RELATION_TO_STUDY as u32,
        SEVIS_SCHEMAS,
    ),
    // I-94 number: 11 digits (legacy), or 9 digits, a letter and a digit (since May 2019)
    // [M: no official page states the format; CBP's I-94 site is where the number is found].
    count("i94-number-digits", 11, CBP_I94),
    count("i94-number-digits-before-letter", 9, CBP_I94),
    // I-901 SEVIS fee [S, re-verify: amounts change]
    dollars("i901-fee-f-m", 350, ICE_I901),
    dollars("i901-fee-j", 220, ICE_I901),
    dollars("i901-fee-j-special", 35, ICE_I901),
    // Phone numbers, hours and e-mail addresses [S]
    phone(
        "sevp-response-center-phone",
        "703-603-3400",
        ICE_SCHOOL_ALERTS,
    ),
    email(
        "sevp-response-center-email",
        "sevp@ice.dhs.gov",
        ICE_SCHOOL_ALERTS,
    ),
    // Monday to Friday, 8 a.m. to 6 p.m. Eastern Time.
    count("sevp-response-center-opens-am", 8, ICE_SCHOOL_ALERTS),
    count("sevp-response-center-closes-pm", 6, ICE_SCHOOL_ALERTS),
    email(
        "sevp-portal-sender-email",
        "do-not-reply.sevp@ice.dhs.gov",
        SIS_PORTAL_EMAILS,
    ),
    phone("eoir-hotline-phone", "1-800-898-7180", EOIR_HOTLINE),
    phone(
        "uscis-contact-center-phone",
        "800-375-5283",
        USCIS_CONTACT_CENTER,
    ),
    phone(
        "uscis-contact-center-tty",
        "800-767-1833",
        USCIS_CONTACT_CENTER,
    ),
    // Official addresses [S; onlinechangeofaddress.ice.gov M]
    url("sevp-portal-url", "https://sevp.ice.gov/opt/", SIS_PORTAL),
    host("sevp-portal-address", "sevp.ice.gov/opt", SIS_PORTAL),
    url(
        "study-in-the-states-url",
        "https://studyinthestates.dhs.gov",
        SIS_HOME,
    ),
    url("ice-url", "https://www.ice.gov", ICE_HOME),
    host("ice-host", "ice.gov", ICE_HOME),
    url(
        "ice-check-in-url",
        "https://www.ice.gov/check-in",
        ICE_CHECK_IN,
    ),
    host("ice-check-in-address", "ice.gov/check-in", ICE_CHECK_IN),
    url(
        "ice-change-of-address-url",
        "https://onlinechangeofaddress.ice.gov/",
        ICE_CHECK_IN,
    ),
    host(
        "ice-change-of-address-host",
        "onlinechangeofaddress.ice.gov",
        ICE_CHECK_IN,
    ),
    url(
        "ice-bonds-url",
        "https://www.ice.gov/detain/detention-management/bonds",
        ICE_BONDS,
    ),
    url(
        "ebonds-url",
        "https://ebonds.ice.gov/ebonds/welcome.do",
        EBONDS,
    ),
    host("ebonds-host", "ebonds.ice.gov", EBONDS),
    url("detainee-locator-url", "https://locator.ice.gov", ODLS),
    host("detainee-locator-host", "locator.ice.gov", ODLS),
    url("i901-fee-url", "https://www.fmjfee.com", ICE_I901),
    host("i901-fee-host", "fmjfee.com", ICE_I901),
    url("ice-i901-url", "https://www.ice.gov/sevis/i901", ICE_I901),
    url("ice-i17-url", "https://www.ice.gov/sevis/i17", ICE_I17),
    url("cbp-i94-url", "https://i94.cbp.dhs.gov", CBP_I94),
    host("cbp-i94-host", "i94.cbp.dhs.gov", CBP_I94),
    url("uscis-url", "https://www.uscis.gov", USCIS_HOME),
    host("uscis-host", "uscis.gov", USCIS_HOME),
    url(
        "uscis-address-change-url",
        "https://www.uscis.gov/addresschange",
        USCIS_ADDRESS_CHANGE,
    ),
    host(
        "uscis-address-change-address",
        "uscis.gov/addresschange",
        USCIS_ADDRESS_CHANGE,
    ),
    url("eoir-url", "https://www.justice.gov/eoir", EOIR_HOME),
    url(
        "eoir-respondent-access-url",
        "https://respondentaccess.eoir.justice.gov",
        EOIR_RESPONDENT_ACCESS,
    ),
];

pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// A fact as text, by id.
pub fn shown(id: &str) -> Option<String> {
    fact(id).map(|f| f.value.shown())
}

/// The host of an `https://` address, or of an address as shown (`ice.gov/check-in`), in
/// lower case and without `www.`.
pub fn host_of(address: &str) -> String {
    let rest = address
        .split_once("://")
        .map_or(address, |(_, rest)| rest)
        .to_ascii_lowercase();
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

// ---- Literal facts in words -----------------------------------------------------------

/// What words may show as typed: sample identifiers in examples and hints, and
/// `eservice.ice.gov`, the address this helper explains (no official page describes it).
/// `https://` and `http://` alone are allowed ("the address starts with https://");
/// followed by a host they make an address, which must be a fact.
pub const ALLOWED_LITERALS: &[&str] = &[
    // Sample identifiers (shared/domain.md §6).
    "A012345678",
    "A-123-456-789",
    "N0004720633",
    "N0012345678",
    "BOS214F00123000",
    "214F",
    "EAC2190000001",
    "123456789A1",
    "12-3456789",
    "11.0701",
    "20500-0001",
    "20500",
    // The sample phone number (`-sample-phone` in common.ftl).
    "202 555 0123",
    "K7QM-3XHP-2R",
    // A sample date of birth.
    "27 3 1990",
    // Sample e-mail addresses, each in its language (example.com is reserved for examples).
    "name@example.com",
    "nombre@example.com",
    "nome@example.com",
    "non@example.com",
    "nom@example.com",
    "eservice.ice.gov",
    "https://",
    "http://",
];

/// Numbers about this app itself rather than the world, which one message may state as
/// typed (in every language): `(message id, numbers)`. Facts about the world never go
/// here; they go in [`FACTS`].
pub const APP_NUMBERS_IN_MESSAGES: &[(&str, &[&str])] = &[
    // An estimate of how long the questions of "Find the right place" take.
    ("find-start_points-1", &["2"]),
    // The portal API's own rules (crates/portal-api: the Idempotency-Key header is 8 to 128
    // characters; the demo clock moves 1 second to 31 days). Better as placeholders filled
    // from the server's constants, once the server passes values with its 400 messages.
    ("server-idempotency-key-missing", &["8", "128"]),
    ("server-idempotency-key-format", &["8", "128"]),
    ("server-demo-clock-range", &["1", "2678400", "31"]),
    // A search text is 100 characters at most (portal-api's search_text.rs).
    ("server-search-too-long", &["100"]),
    // This app's own password rule (identifiers::new_password): at least 12 characters.
    ("portal-new_password_hint", &["12"]),
    // The lines of an address form, numbered.
    ("portal-address_line1", &["1"]),
    ("portal-address_line2", &["2"]),
    ("validation-password-too-short", &["12"]),
    ("validation-password-too-long", &["128"]),
    ("validation-address-line1-missing", &["1"]),
    ("validation-address-line1-too-long", &["1"]),
    ("validation-address-line2-too-long", &["2"]),
    // The date boxes ask for the year in 4 digits (calendar::date_input).
    ("validation-date-year-four-digits", &["4"]),
    // The Subject ID's format is not published: the app checks only up to 20 letters and
    // digits (identifiers::subject_id).
    ("validation-subject-id-format", &["20"]),
    // The app's own confirmation references (identifiers::reference_number): 10 characters.
    ("validation-reference-number-format", &["10"]),
    // No source gives a length for the supervisor's name: the app applies the employer
    // name's (api::employment).
    ("validation-supervisor-name-too-long", &["121"]),
];

/// Numbers and official addresses `text` states as typed text rather than by a fact
/// reference: digits (outside form names such as I-20, DS-2019, EOIR-33), `http…`
/// addresses, e-mail addresses, and anything on an official host. Fact references
/// (`{{fact:id}}` in a guide, `{ -fact-id }` in a Fluent file), Fluent's numeric variant
/// keys (`[0]`) and [`ALLOWED_LITERALS`] are skipped. Empty when the text is clean.
pub fn literal_facts_in(text: &str) -> Vec<String> {
    let text = without_allowed(&without_references(text));
    let hosts = official_hosts();
    let mut found: Vec<String> = Vec::new();
    let mut push = |literal: &str| {
        if !found.iter().any(|f| f == literal) {
            found.push(literal.to_owned());
        }
    };
    for word in text.split(|c: char| !is_address_char(c)) {
        let word = word.trim_end_matches(['.', ',', ':', ';', '/', '?', '!']);
        let lower = word.to_ascii_lowercase();
        let on_official_host = || {
            let host = host_of(lower.rsplit('@').next().unwrap_or_default());
            hosts
                .iter()
                .any(|h| host == *h || host.ends_with(&[".", h].concat()))
        };
        let is_email = lower
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if lower.contains("http") || is_email || (lower.contains('.') && on_official_host()) {
            push(word);
        }
    }
    for token in number_tokens(&text) {
        if token.bytes().any(|b| b.is_ascii_digit()) && !is_form_name(token) {
            push(token);
        }
    }
    found
}

/// [`literal_facts_in`] for a Fluent file, line by line: `(line number, literals)` for
/// every line of a message, term or attribute that states a number or official address
/// as typed. Comments are skipped, and so are the numbers [`APP_NUMBERS_IN_MESSAGES`]
/// allows in a message (an attribute `.detail` of `id` is `id.detail`).
pub fn literal_facts_in_fluent(file: &str) -> Vec<(usize, Vec<String>)> {
    let mut message = String::new();
    let mut found = Vec::new();
    for (i, line) in file.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let name = trimmed
            .split_once('=')
            .map(|(name, _)| name.trim())
            .filter(|name| !name.is_empty() && !name.contains(' ') && !name.starts_with('$'));
        match name {
            Some(name) if line == trimmed => message = name.to_owned(),
            Some(attribute) if attribute.starts_with('.') => {
                let id = message.split('.').next().unwrap_or_default();
                message = [id, attribute].concat();
            }
            _ => {}
        }
        let allowed = APP_NUMBERS_IN_MESSAGES
            .iter()
            .find(|(id, _)| *id == message)
            .map_or(&[][..], |(_, numbers)| *numbers);
        let literals: Vec<String> = literal_facts_in(line)
            .into_iter()
            .filter(|literal| !allowed.contains(&literal.as_str()))
            .collect();
        if !literals.is_empty() {
            found.push((i + 1, literals));
        }
    }
    found
}

fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "@._%+-/:~#=?&".contains(c)
}

/// Every official host: those of the facts and those the link checker knows (worked out
/// once: the checks call [`literal_facts_in`] for every line of every file).
fn official_hosts() -> &'static [String] {
    static HOSTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    HOSTS.get_or_init(all_official_hosts)
}

fn all_official_hosts() -> Vec<String> {
    let mut hosts: Vec<String> = OFFICIAL_HOSTS
        .iter()
        .map(|(h, _)| host_of(h))
        .chain(FACTS.iter().filter_map(|f| match f.value {
            FactValue::Url(address) | FactValue::Host(address) | FactValue::Email(address) => {
                Some(host_of(address.rsplit('@').next().unwrap_or(address)))
            }
            _ => None,
        }))
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Runs of letters and digits joined by single `-`, `.`, `,`, `:` or `/` between them
/// (`1-800-898-7180`, `I-20`, `11.0701`).
fn number_tokens(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let joins = b"-.,:/".contains(&bytes[i])
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            if !bytes[i].is_ascii_alphanumeric() && !joins {
                break;
            }
            i += 1;
        }
        tokens.push(&text[start..i]);
    }
    tokens
}

/// A form or status name: 1–4 letters, a dash (which search keywords may leave out), 1–4
/// digits, up to 2 letters (I-20, DS-2019, EOIR-33, AR-11, I-352SA, F-1, i-94, m1).
fn is_form_name(token: &str) -> bool {
    let (letters, rest) = token.split_once('-').unwrap_or_else(|| {
        let digits_at = token.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        token.split_at(digits_at)
    });
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = rest.len() - digits.len();
    (1..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && suffix <= 2
}

/// The text with fact references, Fluent identifiers (`portal-step-1 =`, `.detail =`),
/// references (`{ -sevis-id }`, `{ find-points-2 }`, `{ $days }`) and numeric variant keys
/// blanked out.
fn without_references(text: &str) -> String {
    let text = without_fluent_names(text);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    loop {
        let guide = rest.find("{{fact:").map(|i| (i, "}}"));
        let fluent = fluent_fact_start(rest).map(|i| (i, "}"));
        let variant = numeric_variant_key(rest).map(|i| (i, "]"));
        let next = [guide, fluent, variant].into_iter().flatten().min();
        let Some((start, close)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..start]);
        out.push(' ');
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => return out,
        }
    }
}

/// Fluent's own names blanked out: the identifier before `=` that starts a message, term
/// or attribute line, and placeables that only refer to a message, term or variable.
fn without_fluent_names(text: &str) -> String {
    let is_name = |name: &str| {
        let name = name.strip_prefix(['-', '$']).unwrap_or(name);
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let named = line.split_once('=').filter(|(name, _)| {
            let name = name.trim();
            let name = if indent > 0 {
                name.strip_prefix('.')
            } else {
                Some(name)
            };
            name.is_some_and(|n| !n.starts_with('$') && is_name(n))
        });
        match named {
            Some((name, value)) => {
                out.push_str(&" ".repeat(name.len() + 1));
                out.push_str(value);
            }
            None => out.push_str(line),
        }
    }
    let mut from = 0;
    while let Some(open) = out[from..].find('{').map(|i| from + i) {
        let Some(close) = out[open..].find('}').map(|i| open + i) else {
            break;
        };
        let inner = out[open + 1..close].trim();
        if is_name(inner) && !inner.starts_with("-fact-") {
            out.replace_range(open..=close, &" ".repeat(close - open + 1));
        }
        from = open + 1;
    }
    out
}

/// Where `{ -fact-…` starts (any spaces after the brace).
fn fluent_fact_start(text: &str) -> Option<usize> {
    text.match_indices('{').map(|(i, _)| i).find(|&i| {
        text[i + 1..]
            .trim_start_matches([' ', '\t'])
            .starts_with("-fact-")
    })
}

/// Where a Fluent numeric variant key (`[0]`, `*[1]`) starts.
fn numeric_variant_key(text: &str) -> Option<usize> {
    text.match_indices('[').map(|(i, _)| i).find(|&i| {
        let inner = &text[i + 1..];
        let digits = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && inner[digits..].starts_with(']')
    })
}

/// The text with every allowed literal blanked out where it stands as a whole word.
fn without_allowed(text: &str) -> String {
    let mut allowed: Vec<&str> = ALLOWED_LITERALS.to_vec();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let mut out = text.to_owned();
    for literal in allowed {
        let mut from = 0;
        while let Some(found) = out[from..].find(literal) {
            let start = from + found;
            let end = start + literal.len();
            let before = out[..start].chars().next_back();
            let after = out[end..].chars().next();
            let after_next = out[end..].chars().nth(1);
            let joined_before = before.is_some_and(|c| c.is_alphanumeric());
            let joined_after = after.is_some_and(|c| {
                c.is_alphanumeric()
                    || ("-./@".contains(c) && after_next.is_some_and(|n| n.is_alphanumeric()))
            });
            if joined_before || joined_after {
                from = end;
            } else {
                out.replace_range(start..end, &" ".repeat(literal.len()));
                from = end;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official_links::{Verdict, check_link};

    #[test]
    fn ids_are_unique_and_in_kebab_case() {
        for (i, f) in FACTS.iter().enumerate() {
            assert!(FACTS[i + 1..].iter().all(|g| g.id != f.id), "{}", f.id);
            assert!(
                f.id.split('-').all(|part| !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{}",
                f.id
            );
        }
    }

    #[test]
    fn every_source_is_an_official_https_page_with_a_date() {
        let sources = FACTS
            .iter()
            .map(|f| f.source)
            .chain([FEDERAL_HOLIDAYS_SOURCE, FEDERAL_HOLIDAYS_LAW]);
        for source in sources {
            assert!(source.url.starts_with("https://"), "{}", source.url);
            let host = host_of(source.url);
            let official = matches!(check_link(source.url).verdict, Verdict::Official { .. });
            assert!(official || host.ends_with(".gov"), "{}", source.url);
            assert!(!source.title.is_empty(), "{}", source.url);
            assert!(
                crate::calendar::Date::parse_iso(source.checked).is_some(),
                "{}",
                source.url
            );
        }
    }

    #[test]
    fn every_official_address_is_one_the_link_checker_accepts() {
        for f in FACTS {
            let address = match f.value {
                FactValue::Url(url) => {
                    assert!(url.starts_with("https://"), "{}", f.id);
                    url
                }
                FactValue::Host(shown) | FactValue::Email(shown) => shown,
                _ => continue,
            };
            assert!(
                matches!(check_link(address).verdict, Verdict::Official { .. }),
                "{}: {address}",
                f.id
            );
        }
    }

    #[test]
    fn every_address_as_shown_is_part_of_an_official_url() {
        for f in FACTS {
            let FactValue::Host(shown) = f.value else {
                continue;
            };
            let in_a_url = FACTS.iter().any(|g| match g.value {
                FactValue::Url(url) => url
                    .split_once("://")
                    .is_some_and(|(_, rest)| rest.trim_start_matches("www.").starts_with(shown)),
                _ => false,
            });
            assert!(in_a_url, "{}: {shown}", f.id);
        }
    }

    #[test]
    fn typed_constants_and_facts_agree() {
        let value = |id: &str| fact(id).map(|f| f.value);
        assert_eq!(
            value("opt-unemployment-days"),
            Some(FactValue::Count(OPT_UNEMPLOYMENT_DAYS))
        );
        assert_eq!(OPT_UNEMPLOYMENT_DAYS, 90);
        assert_eq!(STEM_OPT_UNEMPLOYMENT_DAYS, 150);
        assert_eq!(
            shown("eoir-hotline-phone").as_deref(),
            Some("1-800-898-7180")
        );
        assert_eq!(shown("i901-fee-f-m").as_deref(), Some("350"));
        assert_eq!(shown("no-such-fact"), None);
    }

    #[test]
    fn numbers_and_official_addresses_typed_as_text_are_found() {
        let found = literal_facts_in(
            "Call 1-800-898-7180 within 10 days. Pay $350 at fmjfee.com or https://www.fmjfee.com; \
             mail from do-not-reply.sevp@ice.dhs.gov, or see ice.gov/check-in, i94.cbp.dhs.gov.",
        );
        assert_eq!(
            found,
            [
                "fmjfee.com",
                "https://www.fmjfee.com",
                "do-not-reply.sevp@ice.dhs.gov",
                "ice.gov/check-in",
                "i94.cbp.dhs.gov",
                "1-800-898-7180",
                "10",
                "350",
            ]
        );
        assert_eq!(literal_facts_in("de 8 a. m. a 6 p. m."), ["8", "6"]);
        assert_eq!(literal_facts_in("http://uscis.gov"), ["http://uscis.gov"]);
        assert_eq!(
            literal_facts_in("School code like BOS214F00123000: 3 letters, then 214F."),
            ["3"]
        );
    }

    #[test]
    fn references_form_names_and_samples_pass() {
        for text in [
            "Call {{fact:eoir-hotline-phone}} within **{{fact:ar-11-days}} days**.",
            "[{{fact:sevp-portal-address}}]({{fact:sevp-portal-url}})",
            "within { -fact-eoir-33-working-days } working days",
            "{ $days -> [1] one day *[other] { $days } days }",
            "Forms I-20, DS-2019, EOIR-33, AR-11, I-352SA and i-94; F-1, M-1 and J-1 students.",
            "keywords: opt stem m1 f1 i20",
            "For example N0012345678, A-123-456-789 or EAC2190000001.",
            "What is “eservice.ice.gov”? Official U.S. sites end in .gov; this one ends in .com.",
            "- [ ] The address starts with https://",
            "like name@example.com",
            "find-start_points-1 = It takes a few minutes.\n    .detail-2 = { -sevis-id } and { find-points-2 }",
            "checker-reason-plain-http = It starts with http:// instead of https://.",
        ] {
            assert_eq!(literal_facts_in(text), Vec::<String>::new(), "{text}");
        }
    }

    /// The areas whose Fluent files refer to every fact by name (the others join the list
    /// once they are swept).
    const SWEPT_AREAS: &[&str] = &[
        "shell",
        "find",
        "tools",
        "common",
        "checker",
        "server",
        "calculators",
        "dates",
        "portal",
        "validation",
        "router",
    ];

    #[test]
    fn swept_fluent_files_state_no_number_or_official_address_as_typed() {
        let files = crate::words::source::embedded_files();
        let mut problems = Vec::new();
        for area in SWEPT_AREAS {
            assert!(files.iter().any(|f| f.area == *area), "no {area}.ftl");
        }
        for file in files.iter().filter(|f| SWEPT_AREAS.contains(&f.area)) {
            for (line, literals) in literal_facts_in_fluent(file.text) {
                problems.push(format!(
                    "locales/{}/{}.ftl:{line}: {}",
                    file.lang,
                    file.area,
                    literals.join(", ")
                ));
            }
        }
        assert!(
            problems.is_empty(),
            "refer to a fact ({{ -fact-<id> }} in crates/domain/src/facts.rs) instead of:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn app_numbers_are_allowed_only_in_their_own_message() {
        let file = "# 1 comment\n\
            find-start_points-1 = It takes about 2 minutes.\n\
            find-start_points-2 = About 2 minutes.\n\
            shell-x = Within { -fact-ar-11-days } days\n    .detail = 10 days\n\
            server-demo-clock-range = from 1 to 2678400 (31 days), not 32\n\
            tools-days = { $days ->\n        [one] 5 days\n       *[other] days\n    }\n";
        assert_eq!(
            literal_facts_in_fluent(file),
            [
                (3, vec!["2".to_owned()]),
                (5, vec!["10".to_owned()]),
                (6, vec!["32".to_owned()]),
                (8, vec!["5".to_owned()]),
            ]
        );
        for (id, _) in APP_NUMBERS_IN_MESSAGES {
            let defined = crate::words::source::embedded_files()
                .iter()
                .any(|f| f.text.lines().any(|l| l.starts_with(&format!("{id} ="))));
            assert!(defined, "{id} is not a message");
        }
    }

    #[test]
    fn samples_count_only_as_whole_words() {
        assert_eq!(literal_facts_in("A0123456789"), ["A0123456789"]);
        assert_eq!(literal_facts_in("20500-1234"), ["20500-1234"]);
        assert_eq!(
            literal_facts_in("https://www.ice.gov"),
            ["https://www.ice.gov"]
        );
        assert_eq!(
            literal_facts_in("eservice.ice.gov.example.com"),
            Vec::<String>::new(),
            "not an official host"
        );
        assert_eq!(literal_facts_in("portal.ice.gov"), ["portal.ice.gov"]);
        assert_eq!(literal_facts_in("10-day 24th"), ["10-day", "24th"]);
        assert_eq!(
            literal_facts_in("router-step-1 = Within { 5 } days, see { -term }"),
            ["5"]
        );
    }
}
