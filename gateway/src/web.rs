//! `iot-gateway run --web <dir>`: serves a static build of the explorer (web/dist) on the HTTP
//! endpoint, next to the API. Any GET the API does not answer is looked up under the directory;
//! a path without a file extension that names no file gets `index.html` (the app routes by the
//! URL's fragment, so this only catches hand-typed paths). Paths with `..`, hidden segments or
//! backslashes are refused before the file system is asked.

use std::path::{Path, PathBuf};

use http_body_util::Full;
use hyper::{body::Bytes, header, Response, StatusCode};

/// The largest file served (the explorer's biggest chunk is far below it).
const MAX_FILE: u64 = 16 << 20;

/// The content type of a file by its extension.
fn content_type(path: &Path) -> &'static str {
	match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
		"html" => "text/html; charset=utf-8",
		"js" | "mjs" => "text/javascript; charset=utf-8",
		"css" => "text/css; charset=utf-8",
		"json" | "map" => "application/json",
		"svg" => "image/svg+xml",
		"png" => "image/png",
		"ico" => "image/x-icon",
		"wasm" => "application/wasm",
		"txt" => "text/plain; charset=utf-8",
		_ => "application/octet-stream",
	}
}

/// The file under `root` that `path` (the request's, as sent) names, if it is a safe one.
pub fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
	let mut file = root.to_path_buf();
	for segment in path.split('/').filter(|s| !s.is_empty()) {
		if segment.starts_with('.') || segment.contains('\\') || segment.contains('%') {
			return None;
		}
		file.push(segment);
	}
	if file.is_dir() {
		file.push("index.html");
	}
	if !file.is_file() && file.extension().is_none() {
		file = root.join("index.html");
	}
	Some(file)
}

fn status(code: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
	let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
	*response.status_mut() = code;
	response
}

/// The answer to `GET path` from the static directory `root` (read on this thread: the files are
/// small, and the HTTP handlers' other reads of the disk block in place the same way).
pub fn serve(root: &Path, path: &str) -> Response<Full<Bytes>> {
	let Some(file) = resolve(root, path) else {
		return status(StatusCode::BAD_REQUEST, "bad path");
	};
	match std::fs::metadata(&file) {
		Ok(m) if m.is_file() && m.len() <= MAX_FILE => {}
		Ok(m) if m.is_file() => return status(StatusCode::PAYLOAD_TOO_LARGE, "file too large"),
		_ => return status(StatusCode::NOT_FOUND, "not found"),
	}
	let Ok(body) = std::fs::read(&file) else {
		return status(StatusCode::NOT_FOUND, "not found");
	};
	let mut response = Response::new(Full::new(Bytes::from(body)));
	let headers = response.headers_mut();
	headers.insert(header::CONTENT_TYPE, header::HeaderValue::from_static(content_type(&file)));
	// Vite names built assets by their content: those may be cached for good, the page may not.
	let immutable = path.starts_with("/assets/");
	headers.insert(
		header::CACHE_CONTROL,
		header::HeaderValue::from_static(if immutable {
			"public, max-age=31536000, immutable"
		} else {
			"no-cache"
		}),
	);
	response
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn paths_stay_inside_the_directory() {
		let root = std::env::temp_dir().join(format!("iot-web-{}", std::process::id()));
		std::fs::create_dir_all(root.join("assets")).unwrap();
		std::fs::write(root.join("index.html"), "<html>").unwrap();
		std::fs::write(root.join("assets/app.js"), "x").unwrap();
		assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
		assert_eq!(resolve(&root, "/assets/app.js"), Some(root.join("assets/app.js")));
		assert_eq!(resolve(&root, "/fleet"), Some(root.join("index.html")));
		assert_eq!(resolve(&root, "/missing.js"), Some(root.join("missing.js")));
		assert_eq!(resolve(&root, "/../etc/passwd"), None);
		assert_eq!(resolve(&root, "/assets/%2e%2e/x"), None);
		assert_eq!(resolve(&root, "/.git/config"), None);
		assert_eq!(content_type(Path::new("a.js")), "text/javascript; charset=utf-8");
		let _ = std::fs::remove_dir_all(&root);
	}
}
