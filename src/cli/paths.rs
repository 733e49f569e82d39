//! `securebase paths`: where things live.

use super::CliError;
use crate::paths::Locations;

pub fn run(locations: &Locations, json: bool) -> Result<(), CliError> {
    if json {
        outln!("{}", serde_json::to_string_pretty(locations)?);
        return Ok(());
    }
    let show = |p: &Option<std::path::PathBuf>| {
        p.as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(no home directory)".into())
    };
    outln!("journal  {}", locations.journal.display());
    outln!("config   {}", show(&locations.config_dir));
    outln!("content  {}", show(&locations.content_dir));
    Ok(())
}
