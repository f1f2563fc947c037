//! Hostile workbooks (tests/workbook/hostile.py) end in one clear fault each, before calamine reads
//! them, and reading them all stays in bounded memory: a zip bomb, too many parts, a million rows
//! (.xlsx and .ods), a cell at the far corner of a sheet and a 100 MB file. The reading runs in a
//! process of its own (this test binary again, with only this test), since the peak memory measured
//! is the process's and the other tests of the binary run beside it.

use std::path::Path;
use std::process::Command;

use crate::common::{python, scratch};
use yitu::site::read_dataset;

/// The process's peak resident memory, from /proc (Linux), in bytes.
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// Set in the process that reads the hostile workbooks, to the folder that holds them.
const CHILD: &str = "YITU_HOSTILE_WORKBOOKS";

#[test]
fn hostile_workbooks_are_refused_in_bounded_memory() {
    match std::env::var_os(CHILD) {
        Some(folder) => read_hostile_workbooks(Path::new(&folder)),
        None => {
            let folder = scratch("hostile-workbooks");
            python("hostile.py", &[&folder]);
            let name = "workbook_limits::hostile_workbooks_are_refused_in_bounded_memory";
            let run = Command::new(std::env::current_exe().expect("the test binary"))
                .args(["--exact", name, "--test-threads=1"])
                .env(CHILD, &folder)
                .output()
                .expect("the test binary runs again");
            let stdout = String::from_utf8_lossy(&run.stdout);
            assert!(
                run.status.success() && stdout.contains("1 passed"),
                "{stdout}\n{}",
                String::from_utf8_lossy(&run.stderr)
            );
        }
    }
}

/// Reads each hostile workbook, in the process run for it alone.
fn read_hostile_workbooks(folder: &Path) {
    let expected = [
        (
            "zip-bomb.xlsx",
            "文件解压后超过 100 MB 的上限（可能是“压缩炸弹”）",
        ),
        (
            "many-parts.xlsx",
            "文件里有 5001 个部件，超过 1000 个的上限",
        ),
        (
            "million-rows.xlsx",
            "有一张工作表用到了第 10001 行，超过 10000 行的上限",
        ),
        (
            "far-cell.xlsx",
            "有一张工作表用到了第 1048576 行，超过 10000 行的上限",
        ),
        (
            "million-rows.ods",
            "工作表“重点任务”用到了第 1000000 行，超过 10000 行的上限",
        ),
        ("100-mb.xlsx", "文件有 100.0 MB，超过 20 MB 的上限"),
    ];
    for (name, message) in expected {
        let bytes = std::fs::read(folder.join(name)).unwrap();
        let faults = read_dataset(&bytes, name).expect_err(name);
        assert_eq!(faults.len(), 1, "{name}: {faults:?}");
        assert!(faults[0].starts_with(message), "{name}: {faults:?}");
    }
    // The 100 MB file itself is read into memory above; nothing else comes near it.
    let peak = peak_memory();
    assert!(peak < 400 * 1024 * 1024, "peak memory {peak} bytes");
}

#[test]
fn the_same_size_limit_holds_for_json() {
    let bytes = vec![b' '; 21 * 1024 * 1024];
    let faults = read_dataset(&bytes, "plan.json").unwrap_err();
    assert_eq!(faults, ["文件有 21.0 MB，超过 20 MB 的上限"]);
}
