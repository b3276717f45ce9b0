//! Running other programs: each long step says what it does, how long it usually takes and
//! how long it took; each failure says what to do.

use std::{
    process::{Command, Stdio},
    time::Instant,
};

use crate::workspace::Result;

/// One line of progress, prefixed so it stands out from the tools' own output.
pub fn say(message: &str) {
    println!("[xtask] {message}");
}

/// Runs a command to completion, inheriting the terminal. `what` names the step for the
/// progress line and for the error.
pub fn run(what: &str, command: &mut Command) -> Result<()> {
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("{what}: cannot start {:?}: {e}", command.get_program()))?;
    if status.success() {
        if started.elapsed().as_secs() >= 20 {
            say(&format!("{what}: done in {}", elapsed(started)));
        }
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// Runs a command and returns its standard output, `None` when it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// A program's first line of `--version`, `None` when it is not installed.
pub fn version_of(program: &str, path: &std::ffi::OsStr) -> Option<String> {
    output(Command::new(program).arg("--version").env("PATH", path))
        .and_then(|v| v.lines().next().map(str::to_owned))
}

pub fn elapsed(started: Instant) -> String {
    let seconds = started.elapsed().as_secs();
    if seconds >= 60 {
        format!("{}m{:02}s", seconds / 60, seconds % 60)
    } else {
        format!("{seconds}s")
    }
}

pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).as_deref() == Some("0")
}

/// Passed and failed test counts, summed over every test binary of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub passed: u32,
    pub failed: u32,
}

impl Counts {
    /// Reads libtest's (and wasm-bindgen-test-runner's) summary line:
    /// `test result: ok. 12 passed; 0 failed; 0 ignored; …`.
    pub fn add_libtest_line(&mut self, line: &str) {
        if let Some(rest) = line.trim().strip_prefix("test result: ") {
            self.passed += number_before(rest, " passed");
            self.failed += number_before(rest, " failed");
        }
    }

    /// Reads the node test runner's summary lines: `ℹ pass 12`, `ℹ fail 0`; a test
    /// cancelled because its setup failed counts as failed.
    pub fn add_node_line(&mut self, line: &str) {
        let line = line.trim().trim_start_matches('ℹ').trim();
        if let Some(n) = line.strip_prefix("pass ") {
            self.passed += n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line
            .strip_prefix("fail ")
            .or_else(|| line.strip_prefix("cancelled "))
        {
            self.failed += n.trim().parse().unwrap_or(0);
        }
    }
}

fn number_before(text: &str, label: &str) -> u32 {
    text.split(';')
        .find_map(|part| part.trim().strip_suffix(label))
        .and_then(|n| n.trim().rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Runs a test command, showing its output as it comes and counting results with `count`.
/// Returns the counts and whether the command itself succeeded.
pub fn run_counting(
    what: &str,
    command: &mut Command,
    count: fn(&mut Counts, &str),
) -> Result<(Counts, bool)> {
    use std::io::{BufRead, BufReader};
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{what}: cannot start {:?}: {e}", command.get_program()))?;
    let mut counts = Counts::default();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout)
            .lines()
            .map_while(std::result::Result::ok)
        {
            println!("{line}");
            count(&mut counts, &line);
        }
    }
    let status = child.wait().map_err(|e| format!("{what}: {e}"))?;
    Ok((counts, status.success()))
}

#[cfg(test)]
mod tests {
    use super::Counts;

    #[test]
    fn libtest_summaries_are_summed() {
        let mut counts = Counts::default();
        counts.add_libtest_line("test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        counts.add_libtest_line(
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out",
        );
        counts.add_libtest_line("running 5 tests");
        assert_eq!(
            counts,
            Counts {
                passed: 15,
                failed: 2
            }
        );
    }

    #[test]
    fn node_summaries_are_read() {
        let mut counts = Counts::default();
        for line in [
            "ℹ tests 9",
            "ℹ suites 2",
            "ℹ pass 8",
            "ℹ fail 1",
            "ℹ cancelled 0",
        ] {
            counts.add_node_line(line);
        }
        assert_eq!(
            counts,
            Counts {
                passed: 8,
                failed: 1
            }
        );
    }
}
