//! Content as data: the files under `prompts/`, built into the binary, plus any the user
//! adds to their own content directory. Every file is validated when loaded; an error names
//! the file, the item and the field.

mod checkin;
mod exercises;
mod instrument;
mod reflections;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::domain::assessment::Instrument;
use crate::domain::checkin::CheckinForm;
use crate::domain::practice::Exercise;
use crate::domain::reflection::Prompt;

/// The assessment instruments that ship with securebase.
const BUILTIN_INSTRUMENTS: &[(&str, &str)] = &[
    (
        "prompts/assessment/close-relationships.toml",
        include_str!("../../prompts/assessment/close-relationships.toml"),
    ),
    (
        "prompts/assessment/pulse.toml",
        include_str!("../../prompts/assessment/pulse.toml"),
    ),
];

/// The reflection prompts that ship with securebase, one file per theme.
const BUILTIN_REFLECTIONS: &[(&str, &str)] = &[
    (
        "prompts/reflections/secure-base.toml",
        include_str!("../../prompts/reflections/secure-base.toml"),
    ),
    (
        "prompts/reflections/safe-haven.toml",
        include_str!("../../prompts/reflections/safe-haven.toml"),
    ),
    (
        "prompts/reflections/view-of-self.toml",
        include_str!("../../prompts/reflections/view-of-self.toml"),
    ),
    (
        "prompts/reflections/view-of-others.toml",
        include_str!("../../prompts/reflections/view-of-others.toml"),
    ),
    (
        "prompts/reflections/anxiety.toml",
        include_str!("../../prompts/reflections/anxiety.toml"),
    ),
    (
        "prompts/reflections/avoidance.toml",
        include_str!("../../prompts/reflections/avoidance.toml"),
    ),
    (
        "prompts/reflections/needs-and-requests.toml",
        include_str!("../../prompts/reflections/needs-and-requests.toml"),
    ),
    (
        "prompts/reflections/boundaries.toml",
        include_str!("../../prompts/reflections/boundaries.toml"),
    ),
    (
        "prompts/reflections/repair.toml",
        include_str!("../../prompts/reflections/repair.toml"),
    ),
    (
        "prompts/reflections/narrative.toml",
        include_str!("../../prompts/reflections/narrative.toml"),
    ),
    (
        "prompts/reflections/earned-security.toml",
        include_str!("../../prompts/reflections/earned-security.toml"),
    ),
    (
        "prompts/reflections/connection.toml",
        include_str!("../../prompts/reflections/connection.toml"),
    ),
];

/// The guided exercises that ship with securebase, one file each.
const BUILTIN_EXERCISES: &[(&str, &str)] = &[
    (
        "prompts/exercises/repair-after-rupture.toml",
        include_str!("../../prompts/exercises/repair-after-rupture.toml"),
    ),
    (
        "prompts/exercises/observation-feeling-need-request.toml",
        include_str!("../../prompts/exercises/observation-feeling-need-request.toml"),
    ),
    (
        "prompts/exercises/assertive-ask.toml",
        include_str!("../../prompts/exercises/assertive-ask.toml"),
    ),
    (
        "prompts/exercises/self-compassion-break.toml",
        include_str!("../../prompts/exercises/self-compassion-break.toml"),
    ),
    (
        "prompts/exercises/name-it-to-tame-it.toml",
        include_str!("../../prompts/exercises/name-it-to-tame-it.toml"),
    ),
    (
        "prompts/exercises/pause-reflect-respond.toml",
        include_str!("../../prompts/exercises/pause-reflect-respond.toml"),
    ),
    (
        "prompts/exercises/coherent-narrative.toml",
        include_str!("../../prompts/exercises/coherent-narrative.toml"),
    ),
    (
        "prompts/exercises/secure-base-visualisation.toml",
        include_str!("../../prompts/exercises/secure-base-visualisation.toml"),
    ),
    (
        "prompts/exercises/expressive-writing.toml",
        include_str!("../../prompts/exercises/expressive-writing.toml"),
    ),
    (
        "prompts/exercises/boundary-practice.toml",
        include_str!("../../prompts/exercises/boundary-practice.toml"),
    ),
    (
        "prompts/exercises/plan-repair-conversation.toml",
        include_str!("../../prompts/exercises/plan-repair-conversation.toml"),
    ),
];

/// The check-in vocabulary that ships with securebase.
const BUILTIN_CHECKIN: (&str, &str) = (
    "prompts/checkin.toml",
    include_str!("../../prompts/checkin.toml"),
);

/// A content file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Everything securebase can show, loaded and validated.
#[derive(Debug, Clone)]
pub struct Content {
    pub instruments: Vec<Instrument>,
    pub prompts: Vec<Prompt>,
    pub checkin: CheckinForm,
    pub exercises: Vec<Exercise>,
}

impl Content {
    /// Only what is built in.
    pub fn builtin() -> Result<Content, ContentError> {
        let (file, text) = BUILTIN_CHECKIN;
        let mut content = Content {
            instruments: Vec::new(),
            prompts: Vec::new(),
            checkin: checkin::parse(file, text)?,
            exercises: Vec::new(),
        };
        for (file, text) in BUILTIN_EXERCISES {
            content.add_exercise(file, exercises::parse(file, text)?)?;
        }
        for (file, text) in BUILTIN_INSTRUMENTS {
            content.add_instrument(instrument::parse(file, text)?);
        }
        for (file, text) in BUILTIN_REFLECTIONS {
            content.add_prompts(file, reflections::parse(file, text)?)?;
        }
        Ok(content)
    }

    /// What is built in, extended and overridden by the user's content directory.
    pub fn load(user_dir: Option<&Path>) -> Result<Content, ContentError> {
        let mut content = Content::builtin()?;
        if let Some(dir) = user_dir {
            for path in toml_files(&dir.join("assessment"))? {
                content.add_instrument_file(&path)?;
            }
            let checkin_file = dir.join("checkin.toml");
            if checkin_file.exists() {
                let name = checkin_file.display().to_string();
                content.checkin = checkin::parse(&name, &read(&checkin_file)?)?;
            }
            for path in toml_files(&dir.join("exercises"))? {
                let name = path.display().to_string();
                let text = read(&path)?;
                content.add_exercise(&name, exercises::parse(&name, &text)?)?;
            }
            for path in toml_files(&dir.join("reflections"))? {
                let name = path.display().to_string();
                let text = read(&path)?;
                content.add_prompts(&name, reflections::parse(&name, &text)?)?;
            }
        }
        Ok(content)
    }

    /// Reads, validates and adds one instrument file; it replaces one with the same id.
    pub fn add_instrument_file(&mut self, path: &Path) -> Result<&Instrument, ContentError> {
        let name = path.display().to_string();
        let text = read(path)?;
        let parsed = instrument::parse(&name, &text)?;
        let id = parsed.id.clone();
        self.add_instrument(parsed);
        Ok(self.instrument(&id).expect("just added"))
    }

    fn add_instrument(&mut self, instrument: Instrument) {
        match self.instruments.iter_mut().find(|i| i.id == instrument.id) {
            Some(existing) => *existing = instrument,
            None => self.instruments.push(instrument),
        }
    }

    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id == id)
    }

    /// Adds the prompts of one file. A user's file may replace a built-in prompt by using
    /// its id; two built-in files may not share one.
    fn add_prompts(&mut self, file: &str, prompts: Vec<Prompt>) -> Result<(), ContentError> {
        let builtin = file.starts_with("prompts/");
        for prompt in prompts {
            match self.prompts.iter_mut().find(|p| p.id == prompt.id) {
                Some(_) if builtin => {
                    return Err(ContentError {
                        file: file.to_string(),
                        message: format!(
                            "prompt '{}': field 'id' is already used in another file",
                            prompt.id
                        ),
                    });
                }
                Some(existing) => *existing = prompt,
                None => self.prompts.push(prompt),
            }
        }
        Ok(())
    }

    /// Adds an exercise; a user's file may replace a built-in one with the same id.
    fn add_exercise(&mut self, file: &str, exercise: Exercise) -> Result<(), ContentError> {
        match self.exercises.iter_mut().find(|e| e.id == exercise.id) {
            Some(_) if file.starts_with("prompts/") => Err(ContentError {
                file: file.to_string(),
                message: format!(
                    "field 'id': '{}' is already used in another file",
                    exercise.id
                ),
            }),
            Some(existing) => {
                *existing = exercise;
                Ok(())
            }
            None => {
                self.exercises.push(exercise);
                Ok(())
            }
        }
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn prompt(&self, id: &str) -> Option<&Prompt> {
        self.prompts.iter().find(|p| p.id == id)
    }
}

fn read(path: &Path) -> Result<String, ContentError> {
    std::fs::read_to_string(path).map_err(|e| ContentError {
        file: path.display().to_string(),
        message: format!("cannot read it: {e}"),
    })
}

/// The `.toml` files directly inside `dir`, sorted; none if it does not exist.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, ContentError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(ContentError {
                file: dir.display().to_string(),
                message: format!("cannot read the directory: {e}"),
            });
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Turns a TOML syntax or type error into one line with its line number.
pub(crate) fn toml_error(file: &str, text: &str, error: &toml::de::Error) -> ContentError {
    let line = error
        .span()
        .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
    let message = error.message().trim().replace('\n', " ");
    ContentError {
        file: file.to_string(),
        message: match line {
            Some(line) => format!("line {line}: {message}"),
            None => message,
        },
    }
}
