//! The two ways an import can fail: the hash of one event, or the document as a whole.

use core::fmt;

/// Why an EPCIS Event Hash ID could not be computed for an event.
///
/// `field` is a JSON path relative to the event, e.g. `epcList[2]` or `readPoint.id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HashError {
	/// The event is not a JSON object.
	NotAnObject,
	/// A field the algorithm needs is absent.
	Missing { field: String },
	/// A field is present but not valid EPCIS (e.g. an unparsable timestamp).
	Malformed { field: String, reason: String },
	/// A feature whose canonical form this crate does not produce with confidence: the CBV text
	/// and the reference implementation disagree or say nothing. Refused rather than hashed
	/// into a value no other implementation would reproduce.
	Unsupported { field: String, reason: String },
}

impl HashError {
	/// The JSON path (relative to the event) of the offending field, if there is one.
	pub fn field(&self) -> &str {
		match self {
			HashError::NotAnObject => "",
			HashError::Missing { field }
			| HashError::Malformed { field, .. }
			| HashError::Unsupported { field, .. } => field,
		}
	}

	pub(crate) fn malformed(field: &str, reason: impl Into<String>) -> Self {
		HashError::Malformed { field: field.into(), reason: reason.into() }
	}

	pub(crate) fn unsupported(field: &str, reason: impl Into<String>) -> Self {
		HashError::Unsupported { field: field.into(), reason: reason.into() }
	}
}

impl fmt::Display for HashError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			HashError::NotAnObject => write!(f, "event is not a JSON object"),
			HashError::Missing { field } => write!(f, "{field}: missing"),
			HashError::Malformed { field, reason } => write!(f, "{field}: {reason}"),
			HashError::Unsupported { field, reason } => write!(f, "{field}: unsupported: {reason}"),
		}
	}
}

impl std::error::Error for HashError {}

/// Why a document was refused. A document is taken whole or not at all, so this names the first
/// offending event and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
	/// Index of the event in the document's event list (0 when the document itself is at fault).
	pub event: usize,
	/// The event's `eventID`, when it has one.
	pub event_id: Option<String>,
	/// JSON path within the document, e.g. `eventList[3].epcList[0]`.
	pub field: String,
	/// What is wrong, for a person.
	pub reason: String,
}

impl ImportError {
	pub(crate) fn document(field: &str, reason: impl Into<String>) -> Self {
		ImportError { event: 0, event_id: None, field: field.into(), reason: reason.into() }
	}
}

impl fmt::Display for ImportError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "event #{}", self.event)?;
		if let Some(id) = &self.event_id {
			write!(f, " ({id})")?;
		}
		write!(f, ", {}: {}", self.field, self.reason)
	}
}

impl std::error::Error for ImportError {}
