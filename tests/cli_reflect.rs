//! `securebase prompt` and `securebase write` from a script.

mod common;
use common::cli::Env;

trait Entries {
    fn entries(&self) -> Vec<(String, Option<String>, String)>;
}

impl Entries for Env {
    fn entries(&self) -> Vec<(String, Option<String>, String)> {
        let conn = rusqlite::Connection::open(self.journal()).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT body, prompt_id, coalesce((SELECT group_concat(tag, ',') FROM entry_tags t
                 WHERE t.entry_id = e.id), '') FROM entries e ORDER BY id",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

#[test]
fn the_prompt_is_the_same_each_time_today() {
    let env = Env::new();
    let first = env.run(&["prompt", "--json"]);
    assert!(first.status.success());
    let first: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    let second: serde_json::Value =
        serde_json::from_slice(&env.run(&["prompt", "--json"]).stdout).unwrap();
    assert_eq!(first["id"], second["id"]);
    assert!(first["text"].as_str().unwrap().len() > 10);
    let text = String::from_utf8(env.run(&["prompt"]).stdout).unwrap();
    assert!(text.starts_with(first["text"].as_str().unwrap()), "{text}");
}

#[test]
fn write_saves_from_arguments_and_from_standard_input() {
    let env = Env::new();
    let out = env.run(&[
        "write", "Felt", "calm", "today", "#rest", "--tag", "Evening",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Saved: 4 words."
    );
    let out = env.run_with(&["write", "--prompt", "repair-01"], "Line one\nLine two\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        env.entries(),
        vec![
            ("Felt calm today #rest".into(), None, "evening,rest".into()),
            (
                "Line one\nLine two".into(),
                Some("repair-01".into()),
                String::new()
            ),
        ]
    );
}

#[test]
fn write_refuses_empty_text_and_bad_values_storing_nothing() {
    let env = Env::new();
    for (args, stdin, expected) in [
        (&["write"][..], "", "the text is empty"),
        (&["write"], "   \n\n ", "the text is empty"),
        (&["write", "  "], "", "the text is empty"),
        (
            &["write", "hello", "--prompt", "no-such"],
            "",
            "unknown prompt 'no-such'",
        ),
        (
            &["write", "hello", "--tag", "two words"],
            "",
            "'two words' is not a tag",
        ),
    ] {
        let out = env.run_with(args, stdin);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert!(!env.journal().exists(), "nothing was stored");
}

#[test]
fn write_can_use_the_editor() {
    let env = Env::new();
    // A stand-in editor that writes a fixed text into the file it is given.
    let script = env.home.path().join("fake-editor.sh");
    let log = env.home.path().join("editor.log");
    // Records the file's mode, its directory's mode and its path, then writes the text.
    let body = format!(
        "#!/bin/sh\n\
         stat -c '%a' \"$1\" > '{log}'\n\
         stat -c '%a' \"$(dirname \"$1\")\" >> '{log}'\n\
         echo \"$1\" >> '{log}'\n\
         printf 'Written in my editor\\n' > \"$1\"\n",
        log = log.display()
    );
    std::fs::write(&script, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = env
        .command(&["write", "--editor"])
        .env("VISUAL", &script)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.entries()[0].0, "Written in my editor");
    let log = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines[0], "600", "the file is readable only by the user");
    assert_eq!(lines[1], "700", "in a private directory");
    let file = std::path::Path::new(lines[2]);
    assert!(!file.exists(), "removed afterwards");
    assert!(!file.parent().unwrap().exists(), "directory removed too");
}
