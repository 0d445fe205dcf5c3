//! The docs run: every shell snippet in `README.md` and `docs/**/*.md` is executed against one
//! `iot-node --dev`, so that a command the docs show cannot stop working unnoticed.
//!
//! A fenced block tagged `sh`, `bash`, `shell` or `console` runs with `bash -euo pipefail` from
//! the repository's root, unless the line right before its fence is
//! `<!-- not run: <reason> -->`. In a `console` block only the lines that start with `$ ` run
//! (the prompt stripped, with their `\` continuation lines); the other lines are output. Each
//! block gets [`TIMEOUT`] and these variables:
//!
//! - `IOT_WS`, `IOT_HTTP`: the test node's JSON-RPC (docs write `${IOT_WS:-ws://127.0.0.1:9944}`,
//!   so that the same text works against a node started by `./scripts/run-dev.sh`);
//! - `CARGO_TARGET_DIR`: the build these tests come from;
//! - `PATH`: with the directory holding `iot-node` (and `iot-gateway`) first;
//! - `TMPDIR`: a directory of this run's own, removed afterwards, so that files the docs write to
//!   `${TMPDIR:-/tmp}` pass from one snippet to the next without meeting another run's.
//!
//! Snippets that use the npm workspace expect `npm ci && npm run build` at the root to have run
//! (`./scripts/test.sh` does it before `cargo test`). `DOCS_SNIPPETS=<text>` runs only the files
//! whose path contains `<text>`. A second test checks that the docs' relative links resolve.

mod common;

use std::{
	fs::{self, File},
	os::unix::process::CommandExt,
	path::{Path, PathBuf},
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use common::TestNode;

/// How long one snippet may run.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The fence tags whose blocks run.
const SHELLS: [&str; 4] = ["sh", "bash", "shell", "console"];

/// The last lines of a failing snippet's output that a failure shows.
const OUTPUT_TAIL: usize = 60;

/// A shell block of a Markdown file.
#[derive(Debug, PartialEq)]
enum Block {
	/// A block to run: the line of its opening fence and the script.
	Run { line: usize, script: String },
	/// A block marked `<!-- not run: reason -->`.
	NotRun { line: usize, reason: String },
}

/// The repository's root.
fn root() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("node/ has a parent").to_path_buf()
}

/// `README.md` and every `.md` file under `docs/`, in a stable order.
fn markdown_files(root: &Path) -> Vec<PathBuf> {
	fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
		let mut entries: Vec<PathBuf> = fs::read_dir(dir)
			.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
			.map(|entry| entry.expect("a directory entry").path())
			.collect();
		entries.sort();
		for path in entries {
			if path.is_dir() {
				walk(&path, out);
			} else if path.extension().is_some_and(|ext| ext == "md") {
				out.push(path);
			}
		}
	}
	let mut files = vec![root.join("README.md")];
	walk(&root.join("docs"), &mut files);
	files
}

/// The reason of a `<!-- not run: reason -->` line; `Some(Err)` for a malformed one.
fn not_run_marker(line: &str) -> Option<Result<String, String>> {
	let rest = line.trim().strip_prefix("<!-- not run")?;
	let reason = rest.strip_prefix(':').and_then(|r| r.strip_suffix("-->")).map(str::trim);
	Some(match reason {
		Some(reason) if !reason.is_empty() => Ok(reason.to_string()),
		_ => {
			Err(format!("write the marker as `<!-- not run: <reason> -->`, not `{}`", line.trim()))
		}
	})
}

/// An opening or closing fence: its indentation, its number of backticks and its tag.
fn fence(line: &str) -> Option<(usize, usize, &str)> {
	let trimmed = line.trim_start();
	let ticks = trimmed.len() - trimmed.trim_start_matches('`').len();
	(ticks >= 3).then(|| {
		let tag = trimmed[ticks..].split_whitespace().next().unwrap_or("");
		(line.len() - trimmed.len(), ticks, tag)
	})
}

/// The commands of a `console` block: `$ ` lines without the prompt, and their continuations.
fn console_commands(lines: &[&str]) -> String {
	let mut commands = Vec::new();
	let mut continued = false;
	for line in lines {
		let command = if continued { Some(*line) } else { line.strip_prefix("$ ") };
		continued = command.is_some_and(|c| c.ends_with('\\'));
		commands.extend(command);
	}
	commands.join("\n")
}

/// The shell blocks of a Markdown text, or what is wrong with its fences and markers.
fn shell_blocks(text: &str) -> Result<Vec<Block>, String> {
	let lines: Vec<&str> = text.lines().collect();
	let mut blocks = Vec::new();
	let mut i = 0;
	while i < lines.len() {
		let Some((indent, ticks, tag)) = fence(lines[i]) else {
			if not_run_marker(lines[i]).is_some()
				&& !lines.get(i + 1).and_then(|l| fence(l)).is_some_and(|f| SHELLS.contains(&f.2))
			{
				return Err(format!(
					"line {}: a `not run` marker must precede a shell block",
					i + 1
				));
			}
			i += 1;
			continue;
		};
		let close = (i + 1..lines.len())
			.find(|&j| fence(lines[j]).is_some_and(|(_, t, rest)| t >= ticks && rest.is_empty()))
			.ok_or_else(|| format!("line {}: the code block is never closed", i + 1))?;
		if SHELLS.contains(&tag) {
			let line = i + 1;
			let body: Vec<&str> = lines[i + 1..close]
				.iter()
				.map(|l| {
					let spaces = l.len() - l.trim_start_matches(' ').len();
					&l[spaces.min(indent)..]
				})
				.collect();
			match i.checked_sub(1).and_then(|p| not_run_marker(lines[p])) {
				Some(Err(e)) => return Err(format!("line {}: {e}", i)),
				Some(Ok(reason)) => blocks.push(Block::NotRun { line, reason }),
				None if tag == "console" => {
					let script = console_commands(&body);
					if script.is_empty() {
						return Err(format!("line {line}: a console block without `$ ` commands"));
					}
					blocks.push(Block::Run { line, script });
				}
				None => blocks.push(Block::Run { line, script: body.join("\n") }),
			}
		}
		i = close + 1;
	}
	Ok(blocks)
}

/// Runs `script` with `bash -euo pipefail` in `dir`; `Err` with the output if it fails or
/// outlives [`TIMEOUT`]. Whatever it leaves running in the background is killed afterwards.
fn run(script: &str, dir: &Path, env: &[(&str, String)]) -> Result<(), String> {
	let log = std::env::temp_dir().join(format!("docs-snippet-{}.log", std::process::id()));
	let out = File::create(&log).expect("a log file");
	let mut child = Command::new("bash")
		.args(["-euo", "pipefail", "-c", script])
		.current_dir(dir)
		.envs(env.iter().map(|(k, v)| (k, v)))
		.stdin(Stdio::null())
		.stdout(out.try_clone().expect("the log file twice"))
		.stderr(out)
		// Its own process group, so that it can be stopped with everything it started.
		.process_group(0)
		.spawn()
		.expect("bash runs");
	let group = format!("-{}", child.id());
	let deadline = Instant::now() + TIMEOUT;
	let status = loop {
		if let Some(status) = child.try_wait().expect("wait works") {
			break Some(status);
		}
		if Instant::now() > deadline {
			break None;
		}
		std::thread::sleep(Duration::from_millis(100));
	};
	let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
	let _ = child.wait();
	let output = fs::read_to_string(&log).unwrap_or_default();
	let _ = fs::remove_file(&log);
	let why = match status {
		Some(status) if status.success() => return Ok(()),
		Some(status) => format!("exited with {status}"),
		None => format!("did not finish within {} s", TIMEOUT.as_secs()),
	};
	let lines: Vec<&str> = output.lines().collect();
	let tail = lines[lines.len().saturating_sub(OUTPUT_TAIL)..].join("\n");
	Err(format!("{why}; its output ends:\n{tail}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn every_shell_snippet_in_the_docs_runs() {
	let root = root();
	let only = std::env::var("DOCS_SNIPPETS").ok();
	let mut runs = Vec::new();
	let mut not_run = Vec::new();
	for file in markdown_files(&root) {
		let name = file.strip_prefix(&root).expect("under the root").display().to_string();
		if only.as_ref().is_some_and(|only| !name.contains(only.as_str())) {
			continue;
		}
		let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
		for block in shell_blocks(&text).unwrap_or_else(|e| panic!("{name}: {e}")) {
			match block {
				Block::Run { line, script } => runs.push((format!("{name}:{line}"), script)),
				Block::NotRun { line, reason } => not_run.push(format!("{name}:{line}: {reason}")),
			}
		}
	}

	let node = TestNode::start(&["--dev"]).await;
	let bin = Path::new(common::NODE).parent().expect("iot-node is in a directory");
	let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| {
		bin.parent().expect("the profile directory is in the target").display().to_string()
	});
	let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
	let scratch = std::env::temp_dir().join(format!("docs-snippets-{}", std::process::id()));
	fs::create_dir_all(&scratch).expect("a scratch directory");
	let env = [
		("IOT_WS", node.ws_url()),
		("IOT_HTTP", node.http_url()),
		("CARGO_TARGET_DIR", target),
		("PATH", path),
		("TMPDIR", scratch.display().to_string()),
	];

	let mut failures = Vec::new();
	for (at, script) in &runs {
		let started = Instant::now();
		let result = run(script, &root, &env);
		let verdict = if result.is_ok() { "ok" } else { "FAILED" };
		println!("{at}: {verdict} in {:.1} s", started.elapsed().as_secs_f64());
		if let Err(e) = result {
			failures.push(format!("{at}: the snippet\n{script}\n{e}"));
		}
	}
	println!("{} snippets run, {} not run:", runs.len(), not_run.len());
	for reason in &not_run {
		println!("  {reason}");
	}
	node.stop_cleanly();
	let _ = fs::remove_dir_all(&scratch);
	assert!(
		failures.is_empty(),
		"{} snippet(s) failed:\n\n{}",
		failures.len(),
		failures.join("\n\n")
	);
}

/// The lines of a Markdown text outside code blocks, numbered from 1.
fn prose(text: &str) -> impl Iterator<Item = (usize, &str)> {
	let mut in_code = false;
	text.lines().enumerate().filter_map(move |(n, line)| {
		if fence(line).is_some() {
			in_code = !in_code;
			return None;
		}
		(!in_code).then_some((n + 1, line))
	})
}

/// The anchors GitHub gives a Markdown text's headings: lower case, spaces turned into `-`, other
/// punctuation dropped, and `-1`, `-2`, … after a repeated one.
fn anchors(text: &str) -> Vec<String> {
	let mut slugs: Vec<String> = Vec::new();
	let mut anchors = Vec::new();
	for (_, line) in prose(text) {
		let hashes = line.len() - line.trim_start_matches('#').len();
		if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
			continue;
		}
		let slug: String = line[hashes..]
			.trim()
			.to_lowercase()
			.chars()
			.filter_map(|c| match c {
				' ' => Some('-'),
				c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
				_ => None,
			})
			.collect();
		let repeats = slugs.iter().filter(|s| **s == slug).count();
		anchors.push(if repeats == 0 { slug.clone() } else { format!("{slug}-{repeats}") });
		slugs.push(slug);
	}
	anchors
}

/// Every relative link of the docs (`[text](path#anchor)` outside code blocks) leads to a file
/// or directory that exists and, for a Markdown file, to one of its headings.
#[test]
fn relative_links_in_the_docs_resolve() {
	let root = root();
	let mut broken = Vec::new();
	for file in markdown_files(&root) {
		let text = fs::read_to_string(&file).expect("readable");
		let name = file.strip_prefix(&root).expect("under the root").display().to_string();
		for (n, line) in prose(&text) {
			for link in line.split("](").skip(1) {
				let Some(target) = link.split(')').next() else { continue };
				if ["http://", "https://", "mailto:"].iter().any(|p| target.starts_with(p)) {
					continue;
				}
				let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
				let linked = if path.is_empty() {
					file.clone()
				} else {
					file.parent().expect("a file is in a directory").join(path)
				};
				let found = linked.exists()
					&& (anchor.is_empty()
						|| linked.extension().is_none_or(|ext| ext != "md")
						|| anchors(&fs::read_to_string(&linked).expect("readable"))
							.iter()
							.any(|a| a == anchor));
				if !found {
					broken.push(format!("{name}:{n}: {target}"));
				}
			}
		}
	}
	assert!(broken.is_empty(), "links to nothing:\n{}", broken.join("\n"));
}

#[test]
fn blocks_markers_and_anchors_are_read() {
	let text = "text\n\
		```sh\n\
		echo one\n\
		```\n\
		<!-- not run: starts a long-running node -->\n\
		```bash\n\
		./scripts/run-dev.sh\n\
		```\n\
		```rust\n\
		fn main() {}\n\
		```\n\
		1. A step:\n\
		\x20  ```console\n\
		\x20  $ echo two \\\n\
		\x20    three\n\
		\x20  two three\n\
		\x20  $ true\n\
		\x20  ```\n";
	assert_eq!(
		shell_blocks(text).unwrap(),
		vec![
			Block::Run { line: 2, script: "echo one".into() },
			Block::NotRun { line: 6, reason: "starts a long-running node".into() },
			Block::Run { line: 13, script: "echo two \\\n  three\ntrue".into() },
		]
	);
	assert_eq!(
		anchors(
			"# A title\n```sh\n# a comment\n```\n## 3. The `iot_*` methods\n## Notes\n## Notes\n"
		),
		["a-title", "3-the-iot_-methods", "notes", "notes-1"]
	);
	assert!(shell_blocks("<!-- not run: why -->\n```rust\n```\n").is_err());
	assert!(shell_blocks("<!-- not run -->\n```sh\n```\n").is_err());
	assert!(shell_blocks("```sh\necho\n").is_err());
	assert!(shell_blocks("```console\noutput only\n```\n").is_err());
}
