//! Pure calculators for the deadlines and counts people worry about. Today's date is always
//! an argument; every result says how it was worked out.

mod cited_facts;
mod deadlines;
mod filing_window;
mod grace_period;
mod opt_unemployment;
mod sevp_recertification;
mod stem_reports;

pub use cited_facts::{
    OPT_EMPLOYMENT_FACTS, OPT_FILING_WINDOW_FACTS, RECERTIFICATION_FACTS,
    STEM_OPT_FILING_WINDOW_FACTS, STEM_REPORTING_FACTS, all_cited_facts,
};
pub use deadlines::{Counting, Deadline, DeadlineRule, SkippedDay, deadline};
pub use filing_window::{
    FilingWindow, WindowError, WindowState, opt_filing_window, stem_opt_filing_window,
};
pub use grace_period::{GracePeriod, GracePeriodCase, grace_period};
pub use opt_unemployment::{
    EmploymentPeriod, UnemploymentDays, UnemploymentError, UnemploymentLimit, unemployment_days,
};
pub use sevp_recertification::{Recertification, recertification};
pub use stem_reports::{StemReport, StemReportKind, stem_reporting_schedule};
