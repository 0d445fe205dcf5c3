//! The JSON-LD prefixes in force for an event: the ones a document (or the event itself) declares
//! in `@context`.
//!
//! Prefixes that only the standard EPCIS context declares (`cbvmda`, `gs1`, ...) are left as
//! written, as the reference implementation does: `cbvmda:lotNumber` stays a key of its own
//! unless the document declares `cbvmda`.

use std::collections::BTreeMap;

use serde_json::Value;

/// Prefix -> namespace IRI, for expanding CURIEs such as `example:myField`.
#[derive(Clone, Debug, Default)]
pub struct Context {
	prefixes: BTreeMap<String, String>,
}

impl Context {
	/// The prefixes a document declares.
	pub fn from_document(doc: &Value) -> Self {
		Context::default().with_declarations(doc)
	}

	/// This context plus the prefix declarations in `value`'s `@context` (a string, an object or a
	/// list of them). Remote context URLs are not fetched.
	pub fn with_declarations(&self, value: &Value) -> Self {
		let mut next = self.clone();
		let Some(ctx) = value.get("@context") else { return next };
		let entries: Vec<&Value> = match ctx {
			Value::Array(items) => items.iter().collect(),
			other => vec![other],
		};
		for entry in entries {
			if let Value::Object(map) = entry {
				for (prefix, ns) in map {
					if let Value::String(ns) = ns {
						if !prefix.starts_with('@') && ns.contains(':') {
							next.prefixes.insert(prefix.clone(), ns.clone());
						}
					}
				}
			}
		}
		next
	}

	/// The namespace a prefix stands for.
	pub fn namespace(&self, prefix: &str) -> Option<&str> {
		self.prefixes.get(prefix).map(String::as_str)
	}

	/// `gs1:Temperature` -> `https://gs1.org/voc/Temperature`; anything else unchanged.
	pub fn expand_value(&self, value: &str) -> String {
		match value.split_once(':') {
			Some((prefix, rest)) => match self.namespace(prefix) {
				Some(ns) => format!("{ns}{rest}"),
				None => value.to_owned(),
			},
			None => value.to_owned(),
		}
	}

	/// A user-extension key as the pre-hash string names it: `{namespace}localName` for a
	/// declared prefix, the key as written for any other `prefix:name` (JSON-LD reads an
	/// undeclared prefix as an IRI scheme); `None` for a key without a colon. The second value
	/// says whether the key was expanded with a namespace ending in `/`.
	pub fn expand_key(&self, key: &str) -> Option<(String, bool)> {
		let (prefix, local) = key.split_once(':')?;
		// A full IRI as key: CBV wants `{namespace}local`, the reference keeps it whole.
		if prefix.is_empty() || local.is_empty() || local.starts_with("//") {
			return None;
		}
		Some(match self.namespace(prefix) {
			Some(ns) => (format!("{{{ns}}}{local}"), ns.ends_with('/')),
			None => (key.to_owned(), false),
		})
	}
}
