//! The GS1 identifiers a supply chain moves, parsed from EPC URNs or Digital Link URIs into typed
//! keys with the element string the chain stores.

use core::fmt;

use crate::{
	digital_link::{self, Dl},
	epc_urn::{self, Urn},
	gs1::{canonical_dl, element_string, has_valid_check_digit, Element},
};

/// What an identifier denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentifierKind {
	/// A serialised trade item: GTIN-14 and serial.
	Sgtin { gtin: String, serial: String },
	/// A lot (batch) of a trade item: GTIN-14 and lot; the class of a quantity.
	Lgtin { gtin: String, lot: String },
	/// A trade item class without lot (`urn:epc:idpat:sgtin:<cp>.<item>.*`, `/01/<gtin>`).
	Gtin { gtin: String },
	/// A logistic unit (pallet, case): the 18-digit SSCC.
	Sscc { sscc: String },
	/// A returnable asset: the 14-digit GRAI (with its leading `0`) and optional serial.
	Grai { grai: String, serial: Option<String> },
	/// An individual asset: the GIAI.
	Giai { giai: String },
}

/// A GS1 identifier as the importer keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identifier {
	pub kind: IdentifierKind,
	/// The URI exactly as the document wrote it.
	pub uri: String,
	elements: Vec<Element>,
}

/// Why a string is not an identifier the importer accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentifierError {
	/// Neither an EPC URN nor a GS1 Digital Link URI.
	NotGs1,
	/// A GS1 URI that breaks its scheme's grammar.
	Malformed(String),
	/// A check digit that does not match the rest of the key.
	CheckDigit(String),
	/// A valid GS1 key of a kind the importer does not track (e.g. a GDTI or an SGLN).
	Unsupported(String),
}

impl fmt::Display for IdentifierError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			IdentifierError::NotGs1 => write!(f, "not an EPC URN nor a GS1 Digital Link URI"),
			IdentifierError::Malformed(r) => write!(f, "malformed GS1 identifier: {r}"),
			IdentifierError::CheckDigit(k) => write!(f, "wrong check digit in {k}"),
			IdentifierError::Unsupported(r) => write!(f, "unsupported identifier: {r}"),
		}
	}
}

impl std::error::Error for IdentifierError {}

impl Identifier {
	/// Parses `urn:epc:id:sgtin:…`, `urn:epc:class:lgtin:…`, `urn:epc:idpat:sgtin:…*`,
	/// `urn:epc:id:sscc:…`, `urn:epc:id:grai:…`, `urn:epc:id:giai:…` and their GS1 Digital Link
	/// forms on any host. Check digits are computed for URNs and verified for Digital Link URIs.
	pub fn parse(uri: &str) -> Result<Self, IdentifierError> {
		let elements = match epc_urn::parse(uri) {
			Urn::Key { elements, .. } => elements,
			Urn::Invalid(r) => return Err(IdentifierError::Malformed(r)),
			Urn::NoDigitalLink => {
				return Err(IdentifierError::Unsupported(format!("no GS1 key in {uri}")))
			}
			Urn::NotEpc => match digital_link::parse(uri) {
				Dl::Key { elements, .. } => elements,
				Dl::Invalid(r) => return Err(IdentifierError::Malformed(r)),
				Dl::Other if uri.starts_with("urn:epc:") || uri.starts_with("http") => {
					return Err(IdentifierError::Malformed(format!("no GS1 key in {uri}")))
				}
				Dl::Other => return Err(IdentifierError::NotGs1),
			},
		};
		let kind = kind_of(&elements)?;
		Ok(Identifier { kind, uri: uri.to_owned(), elements })
	}

	/// The GS1 element string, e.g. `01` + GTIN-14 + `21` + serial: the external key on chain.
	pub fn key(&self) -> String {
		element_string(&self.elements)
	}

	/// The constrained canonical GS1 Digital Link URI.
	pub fn canonical_uri(&self) -> String {
		canonical_dl(&self.elements)
	}
}

fn checked(key: &str) -> Result<String, IdentifierError> {
	if has_valid_check_digit(key) {
		Ok(key.to_owned())
	} else {
		Err(IdentifierError::CheckDigit(key.to_owned()))
	}
}

fn kind_of(elements: &[Element]) -> Result<IdentifierKind, IdentifierError> {
	let pairs: Vec<(&str, &str)> = elements.iter().map(|(a, v)| (*a, v.as_str())).collect();
	Ok(match pairs.as_slice() {
		[("01", g), ("21", s)] => IdentifierKind::Sgtin { gtin: checked(g)?, serial: (*s).into() },
		[("01", g), ("10", l)] => IdentifierKind::Lgtin { gtin: checked(g)?, lot: (*l).into() },
		[("01", g)] => IdentifierKind::Gtin { gtin: checked(g)? },
		[("00", s)] => IdentifierKind::Sscc { sscc: checked(s)? },
		[("8003", v)] => {
			let grai =
				v.get(..14).ok_or_else(|| IdentifierError::Malformed("short GRAI".into()))?;
			let serial = v.get(14..).filter(|s| !s.is_empty()).map(str::to_owned);
			IdentifierKind::Grai { grai: checked(grai)?, serial }
		}
		[("8004", v)] => IdentifierKind::Giai { giai: (*v).into() },
		[(ai, _), ..] => {
			return Err(IdentifierError::Unsupported(format!("GS1 key with AI ({ai})")))
		}
		[] => return Err(IdentifierError::Malformed("empty key".into())),
	})
}
