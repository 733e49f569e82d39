//! The command line: `securebase` opens the TUI; subcommands serve scripting and quick
//! capture. Each subcommand is a thin call into `domain` and `store`. Errors are one line
//! on stderr and a non-zero exit.

/// `println!` for command output: when the reader has gone (`securebase … | head`), stop
/// quietly instead of failing.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::write_line(format_args!($($arg)*))
    };
}

mod assess;
mod checkin;
mod paths;
mod practice;
mod reflect;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::{self, App, events::TerminalEvents};
use crate::clock::SystemClock;
use crate::content::Content;
use crate::paths::Locations;
use crate::store::Journal;
use crate::theme::Theme;

#[derive(Debug, Parser)]
#[command(
    name = "securebase",
    version,
    about = "A private terminal journal and coach for feeling more secure in close relationships.",
    long_about = None,
)]
pub struct Cli {
    /// The journal file to use (default: journal.db in your data directory).
    #[arg(long, global = true, env = "SECUREBASE_JOURNAL", value_name = "PATH")]
    pub journal: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print where the journal, the configuration and your own content files live.
    Paths {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Take the attachment assessment from the command line, or list instruments and results.
    Assess(assess::AssessArgs),
    /// Record a check-in (flags from the check-in content file), or --list recent ones.
    Checkin(checkin::CheckinArgs),
    /// List the guided exercises, or your practice history.
    Practice(practice::PracticeArgs),
    /// Print today's reflection prompt.
    Prompt(reflect::PromptArgs),
    /// Save a reflection from the arguments, standard input, or $EDITOR.
    Write(reflect::WriteArgs),
}

/// A failure to report: one line, already worded for the user, and the exit code.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    /// 1 for a refused operation, 2 for a command line that could not be understood.
    pub code: u8,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }

    /// A command-line usage error from clap, folded into one line.
    pub fn usage(e: &clap::Error) -> CliError {
        // Everything clap says before its usage block, folded into one line.
        let rendered = e.render().to_string();
        let before_usage = rendered
            .split("Usage:")
            .next()
            .unwrap_or_default()
            .split("For more information")
            .next()
            .unwrap_or_default();
        let message = before_usage
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let message = message.strip_prefix("error: ").unwrap_or(&message);
        CliError {
            message: format!("{} (see --help)", message.trim_end_matches(':')),
            code: 2,
        }
    }
}

impl<E: std::error::Error> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError::new(e.to_string())
    }
}

#[doc(hidden)]
pub fn write_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{args}")
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_exit(e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError { message, code }) => {
            eprintln!("securebase: {message}");
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    let locations = Locations::resolve(cli.journal.as_deref()).map_err(CliError::new)?;
    match cli.command {
        None => run_tui(&locations),
        Some(Command::Paths { json }) => paths::run(&locations, json),
        Some(Command::Assess(args)) => assess::run(&locations, args),
        Some(Command::Checkin(args)) => checkin::run(&locations, args),
        Some(Command::Practice(args)) => practice::run(&locations, args),
        Some(Command::Prompt(args)) => reflect::prompt(&locations, args),
        Some(Command::Write(args)) => reflect::write(&locations, args),
    }
}

fn run_tui(locations: &Locations) -> Result<(), CliError> {
    use std::io::IsTerminal;
    // The journal first: a refused file is the more useful message, even without a tty.
    let journal = Journal::open(&locations.journal)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::new(
            "the journal app needs a terminal; for scripting, see `securebase --help`",
        ));
    }
    let content = Content::load(locations.content_dir.as_deref())?;
    let mut app = App::new(journal, content, Box::new(SystemClock), Theme::from_env())?;
    let (mut terminal, _guard) = app::terminal::enter()?;
    app::run(
        &mut app,
        &mut terminal,
        &mut TerminalEvents::new()?,
        &mut app::external::TerminalEditor,
    )?;
    Ok(())
}

/// Help and version go to stdout with success; usage errors become one line on stderr.
fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("securebase: {}", CliError::usage(&e).message);
            ExitCode::from(2)
        }
    }
}
