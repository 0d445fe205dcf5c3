//! A reader's key survives a round trip through its file; a damaged file is named precisely.

use std::{
	fs,
	io::ErrorKind,
	path::{Path, PathBuf},
	sync::atomic::{AtomicUsize, Ordering},
};

use iot_data_crypto::*;

/// A fresh path in the system temp dir, removed when dropped.
struct TempPath(PathBuf);

impl TempPath {
	fn new() -> Self {
		static NEXT: AtomicUsize = AtomicUsize::new(0);
		let n = NEXT.fetch_add(1, Ordering::Relaxed);
		let name = format!("iot-data-crypto-{}-{n}.key", std::process::id());
		let path = std::env::temp_dir().join(name);
		let _ = fs::remove_file(&path);
		Self(path)
	}

	fn with(content: &[u8]) -> Self {
		let path = Self::new();
		fs::write(&path.0, content).unwrap();
		path
	}
}

impl Drop for TempPath {
	fn drop(&mut self) {
		let _ = fs::remove_file(&self.0);
	}
}

fn malformed(path: &Path) -> MalformedKey {
	match ReaderSecret::read_file(path) {
		Err(Error::MalformedKey { path: p, reason }) if p == path => reason,
		other => panic!("expected MalformedKey, got {other:?}"),
	}
}

#[test]
fn key_file_round_trips() {
	let path = TempPath::new();
	let reader = ReaderSecret::generate().unwrap();
	reader.write_file(&path.0).unwrap();

	let content = fs::read_to_string(&path.0).unwrap();
	assert_eq!(content.len(), 65);
	assert!(content.ends_with('\n'));
	assert_eq!(ReaderSecret::read_file(&path.0).unwrap().public(), reader.public());
}

#[cfg(unix)]
#[test]
fn key_file_is_private_to_its_owner() {
	use std::os::unix::fs::PermissionsExt;
	let path = TempPath::new();
	ReaderSecret::generate().unwrap().write_file(&path.0).unwrap();
	assert_eq!(fs::metadata(&path.0).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn existing_key_file_is_never_overwritten() {
	let path = TempPath::new();
	let first = ReaderSecret::generate().unwrap();
	first.write_file(&path.0).unwrap();
	let result = ReaderSecret::generate().unwrap().write_file(&path.0);
	assert!(
		matches!(result, Err(Error::KeyFile { source, .. }) if source.kind() == ErrorKind::AlreadyExists)
	);
	assert_eq!(ReaderSecret::read_file(&path.0).unwrap().public(), first.public());
}

#[test]
fn missing_key_file_is_an_io_error_naming_the_file() {
	let path = TempPath::new();
	match ReaderSecret::read_file(&path.0) {
		Err(e @ Error::KeyFile { .. }) => {
			assert!(e.to_string().contains(&*path.0.to_string_lossy()));
			let Error::KeyFile { source, .. } = e else { unreachable!() };
			assert_eq!(source.kind(), ErrorKind::NotFound);
		}
		other => panic!("expected KeyFile, got {other:?}"),
	}
}

#[test]
fn surrounding_whitespace_is_accepted() {
	let reader = ReaderSecret::generate().unwrap();
	let path = TempPath::with(format!("  {}\r\n\n", reader.to_hex().as_str()).as_bytes());
	assert_eq!(ReaderSecret::read_file(&path.0).unwrap().public(), reader.public());
	let upper = TempPath::with(reader.to_hex().to_uppercase().as_bytes());
	assert_eq!(ReaderSecret::read_file(&upper.0).unwrap().public(), reader.public());
}

#[test]
fn wrong_length_is_refused() {
	for content in [&b""[..], b"\n", &[b'a'; 63], &[b'a'; 65], &[b'a'; 128]] {
		let path = TempPath::with(content);
		let len = content.trim_ascii().len();
		assert_eq!(malformed(&path.0), MalformedKey::WrongLength { len });
	}
}

#[test]
fn non_hex_content_is_refused_with_its_position() {
	let mut content = [b'0'; 64];
	content[10] = b'g';
	assert_eq!(
		malformed(&TempPath::with(&content).0),
		MalformedKey::NotHex { byte: b'g', index: 10 }
	);
	content[10] = 0xff;
	assert_eq!(
		malformed(&TempPath::with(&content).0),
		MalformedKey::NotHex { byte: 0xff, index: 10 }
	);
	// A space inside the key is not surrounding whitespace.
	content[10] = b' ';
	assert_eq!(
		malformed(&TempPath::with(&content).0),
		MalformedKey::NotHex { byte: b' ', index: 10 }
	);
}

#[test]
fn hex_round_trips_and_known_key_gives_known_public_key() {
	// RFC 7748 section 6.1: Alice's private key and public key.
	let alice = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
	let reader = ReaderSecret::from_hex(alice.as_bytes()).unwrap();
	assert_eq!(reader.to_hex().as_str(), alice);
	assert_eq!(
		hex::encode(reader.public()),
		"8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
	);
}
