//! Where "now" comes from. The app reads the clock between events, never while drawing,
//! and tests use a fixed clock so screens render the same every time.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Timelike};

pub trait Clock {
    fn now(&self) -> NaiveDateTime;
    fn today(&self) -> NaiveDate {
        self.now().date()
    }
}

/// The machine's local time, to the second (the journal has no use for finer times).
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        let now: DateTime<Local> = Local::now();
        let now = now.naive_local();
        now.with_nanosecond(0).unwrap_or(now)
    }
}

/// A clock that always says the same time.
pub struct FixedClock(pub NaiveDateTime);

impl FixedClock {
    /// Noon on the given day.
    pub fn on(year: i32, month: u32, day: u32) -> FixedClock {
        let date = NaiveDate::from_ymd_opt(year, month, day).expect("a real date");
        FixedClock(date.and_hms_opt(12, 0, 0).expect("noon exists"))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        self.0
    }
}
