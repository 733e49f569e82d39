//! The journal file: creation, privacy, refusals that leave files untouched, migrations.

use std::fs;
use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;
use securebase::store::{APPLICATION_ID, Journal, LATEST_VERSION, SettingKey, StoreError};

fn bytes(path: &Path) -> Vec<u8> {
    fs::read(path).expect("file is readable")
}

/// Opens `path` as a journal, expects a refusal, and checks the file did not change and no
/// SQLite side files were left behind.
fn assert_refused(path: &Path) -> StoreError {
    let before = bytes(path);
    let err = match Journal::open(path) {
        Ok(_) => panic!("{} was opened as a journal", path.display()),
        Err(e) => e,
    };
    assert_eq!(bytes(path), before, "the refused file changed");
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = format!("{}{suffix}", path.display());
        assert!(!Path::new(&side).exists(), "{side} was left behind");
    }
    let message = err.to_string();
    assert!(!message.contains('\n'), "one line: {message}");
    err
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_new_journal_is_private_stamped_and_current() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("private").join("nested").join("journal.db");
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.schema_version().unwrap(), LATEST_VERSION);
    drop(journal);

    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&dir.path().join("private")), 0o700);
    }
    let conn = Connection::open(&path).unwrap();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, APPLICATION_ID);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[cfg(unix)]
#[test]
fn reopening_tightens_loose_permissions_on_our_own_journal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(Journal::open(&path).unwrap());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    drop(Journal::open(&path).unwrap());
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn settings_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut journal = Journal::open(&path).unwrap();
    assert!(!journal.flag(SettingKey::WelcomeSeen).unwrap());
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    drop(journal);
    let journal = Journal::open(&path).unwrap();
    assert!(journal.flag(SettingKey::WelcomeSeen).unwrap());
    assert_eq!(
        journal.setting(SettingKey::WelcomeSeen).unwrap().as_deref(),
        Some("1")
    );
}

#[test]
fn an_empty_file_becomes_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    fs::write(&path, b"").unwrap();
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn another_apps_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('a');")
        .unwrap();
    drop(conn);
    let err = assert_refused(&path);
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    assert!(err.to_string().contains("not a securebase journal"));
}

#[test]
fn a_database_with_another_application_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "application_id", 0x0F0F_0F0F)
        .unwrap();
    conn.execute_batch("CREATE TABLE t (x)").unwrap();
    drop(conn);
    assert!(matches!(assert_refused(&path), StoreError::Foreign { .. }));
}

#[test]
fn an_empty_sqlite_database_of_someone_else_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.db");
    let conn = Connection::open(&path).unwrap();
    // Writes a valid header and no tables.
    conn.pragma_update(None, "user_version", 3).unwrap();
    drop(conn);
    assert!(fs::metadata(&path).unwrap().len() > 0);
    assert!(matches!(assert_refused(&path), StoreError::Foreign { .. }));
}

#[test]
fn text_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        (
            "notes.txt",
            "Dear diary, today I opened the wrong file.\n".repeat(20),
        ),
        ("short.txt", "hi\n".to_string()),
        ("newline", "\n".to_string()),
        ("zeros", "\0".repeat(4096)),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        let err = assert_refused(&path);
        assert!(matches!(err, StoreError::NotSqlite { .. }), "{name}: {err}");
        assert!(err.to_string().contains("not an SQLite database"));
    }
}

#[test]
fn a_journal_from_a_newer_securebase_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(Journal::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
        .unwrap();
    drop(conn);
    let err = assert_refused(&path);
    assert!(matches!(err, StoreError::Newer { .. }));
    assert!(
        err.to_string()
            .contains("this journal was written by a newer securebase"),
        "{err}"
    );
}

#[test]
fn a_directory_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let err = Journal::open(dir.path()).err().expect("refused");
    assert!(err.to_string().contains("is a directory"), "{err}");
}

#[test]
fn two_processes_can_share_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut first = Journal::open(&path).unwrap();
    let second = Journal::open(&path).unwrap();
    first.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    assert!(second.flag(SettingKey::WelcomeSeen).unwrap());
}

#[test]
fn a_writer_blocked_too_long_gets_a_clear_busy_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut journal = Journal::open(&path).unwrap();
    journal.set_busy_timeout(Duration::from_millis(50)).unwrap();
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = journal
        .set_setting(SettingKey::WelcomeSeen, "1")
        .expect_err("the other writer holds the lock");
    assert!(matches!(err, StoreError::Busy), "{err}");
    assert!(err.to_string().contains("busy"));
    other.execute_batch("ROLLBACK").unwrap();
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
}

/// Every released schema version has a fixture (an SQL dump with its header pragmas);
/// each must open, migrate to the latest version and keep its data.
#[test]
fn every_released_schema_version_migrates() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut versions = Vec::new();
    for entry in fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(version) = name
            .strip_prefix("journal-v")
            .and_then(|n| n.strip_suffix(".sql"))
        else {
            continue;
        };
        let version: i64 = version.parse().unwrap();
        versions.push(version);

        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("journal.db");
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(&fs::read_to_string(&path).unwrap())
            .unwrap();
        let stamped: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(stamped, version, "{name} stamps its own version");
        drop(conn);

        let journal = Journal::open(&db).unwrap();
        assert_eq!(journal.schema_version().unwrap(), LATEST_VERSION, "{name}");
        assert!(
            journal.flag(SettingKey::WelcomeSeen).unwrap(),
            "{name}: settings kept"
        );
        if version >= 2 {
            let results = journal.assessment_results(None).unwrap();
            assert_eq!(results.len(), 1, "{name}: completed assessment kept");
            assert_eq!(results[0].scores.anxiety(), 3.25);
            let unfinished = journal.unfinished_assessment().unwrap().unwrap();
            assert_eq!(
                unfinished.answers.len(),
                2,
                "{name}: unfinished answers kept"
            );
        }
    }
    versions.sort();
    let expected: Vec<i64> = (1..=LATEST_VERSION).collect();
    assert_eq!(
        versions, expected,
        "one fixture per released schema version"
    );
}

#[test]
fn an_in_memory_journal_works_like_a_file() {
    let mut journal = Journal::open_in_memory().unwrap();
    assert_eq!(journal.schema_version().unwrap(), LATEST_VERSION);
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    assert!(journal.flag(SettingKey::WelcomeSeen).unwrap());
    assert!(journal.path().is_none());
}
