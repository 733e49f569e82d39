//! The command line as a script sees it: exit codes, one-line errors, untouched files.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use rusqlite::Connection;

fn securebase(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_securebase"))
        .args(args)
        .env_remove("SECUREBASE_JOURNAL")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_one_line_error(out: &Output) {
    assert!(!out.status.success(), "exit code is non-zero");
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("securebase: "), "{err:?}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn version_and_help_succeed() {
    let home = tempfile::tempdir().unwrap();
    let out = securebase(&["--version"], home.path());
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("securebase "));
    let out = securebase(&["--help"], home.path());
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--journal"), "{help}");
    assert!(help.contains("paths"), "{help}");
}

#[test]
fn bad_arguments_give_one_line_and_exit_2() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--frobnicate"][..],
        &["no-such-command"],
        &["paths", "--nope"],
    ] {
        let out = securebase(args, home.path());
        assert_one_line_error(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert!(!home.path().join("data").exists(), "nothing was created");
}

#[test]
fn paths_names_the_chosen_journal() {
    let home = tempfile::tempdir().unwrap();
    let out = securebase(&["--journal", "/some/where/j.db", "paths"], home.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("journal  /some/where/j.db"), "{text}");
    assert!(text.contains("content  "), "{text}");

    let out = Command::new(env!("CARGO_BIN_EXE_securebase"))
        .args(["paths", "--json"])
        .env("SECUREBASE_JOURNAL", "/from/env.db")
        .env("HOME", home.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["journal"], "/from/env.db");
    assert!(json["config_dir"].is_string());
}

#[test]
fn the_default_journal_lives_in_the_data_directory() {
    let home = tempfile::tempdir().unwrap();
    let out = securebase(&["paths", "--json"], home.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let journal = json["journal"].as_str().unwrap();
    assert!(
        journal.starts_with(home.path().join("data").to_str().unwrap()),
        "{journal}"
    );
    assert!(journal.ends_with("journal.db"));
}

/// Each refused file: one line, non-zero exit, file byte for byte as it was.
#[test]
fn journals_that_are_not_ours_are_refused_untouched() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();

    let foreign = dir.join("photos.db");
    let conn = Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('x.jpg');")
        .unwrap();
    drop(conn);

    let text = dir.join("notes.txt");
    fs::write(&text, "just some notes\n".repeat(30)).unwrap();

    let newer = dir.join("newer.db");
    drop(securebase::store::Journal::open(&newer).unwrap());
    let conn = Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", securebase::store::LATEST_VERSION + 5)
        .unwrap();
    drop(conn);

    for (path, expect) in [
        (&foreign, "another application's SQLite database"),
        (&text, "not an SQLite database"),
        (&newer, "this journal was written by a newer securebase"),
    ] {
        let before = fs::read(path).unwrap();
        let out = securebase(&["--journal", path.to_str().unwrap()], dir);
        assert_one_line_error(&out);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(expect), "{}", stderr(&out));
        assert_eq!(
            fs::read(path).unwrap(),
            before,
            "{} changed",
            path.display()
        );
    }
}
