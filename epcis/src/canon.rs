//! Canonical text of one value in the pre-hash string: vocabulary terms as Web URIs, CURIEs
//! expanded, timestamps in UTC at millisecond precision, numbers without trailing zeros, and
//! GS1 identifiers as constrained canonical Digital Link URIs.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;

use crate::{
	context::Context,
	digital_link::{self, Dl},
	epc_urn::{self, Urn},
	error::HashError,
	gs1::canonical_dl,
	vocab::{self, UrnRewrite, Vocab},
};

/// How a field's value is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
	/// An identifier or free text.
	Text,
	/// `xsd:double` (quantities and sensor values).
	Number,
	/// `xsd:dateTimeStamp`.
	Time,
	/// A term of a standard vocabulary, which JSON-LD lets a document write bare.
	Term(Vocab),
}

/// The canonical text of a scalar JSON value; empty for an empty or blank string (which the
/// pre-hash string omits).
pub fn scalar(v: &Value, kind: Kind, ctx: &Context, field: &str) -> Result<String, HashError> {
	match v {
		Value::String(s) => string(s, kind, ctx, field),
		Value::Number(n) => {
			let x = n.as_f64().ok_or_else(|| HashError::malformed(field, "number out of range"))?;
			if kind == Kind::Time {
				return Err(HashError::malformed(field, "a timestamp must be a string"));
			}
			number(x, field)
		}
		// Python's str() of these (`True`, `None`) is what the reference hashes for JSON; its
		// XML path hashes `true`. No agreed form.
		Value::Bool(_) => Err(HashError::unsupported(field, "JSON boolean value")),
		Value::Null => Err(HashError::unsupported(field, "JSON null value")),
		Value::Array(_) | Value::Object(_) => {
			Err(HashError::malformed(field, "expected a single value, not a list or object"))
		}
	}
}

fn string(raw: &str, kind: Kind, ctx: &Context, field: &str) -> Result<String, HashError> {
	let trimmed = raw.trim();
	if trimmed.is_empty() {
		return Ok(String::new());
	}
	let mut text = ctx.expand_value(trimmed);
	let mut vocab_expanded = false;
	if let Kind::Term(vocab) = kind {
		if let Some(uri) = vocab.expand_bare(&text) {
			text = uri;
			vocab_expanded = true;
		}
	}
	if kind == Kind::Time {
		return timestamp(&text, field).map(|(s, _)| s);
	}
	match vocab::rewrite_cbv_urn(&text) {
		UrnRewrite::Rewritten(uri) => text = uri,
		UrnRewrite::Embedded => {
			return Err(HashError::unsupported(field, "CBV vocabulary URN inside a longer value"))
		}
		UrnRewrite::None => {}
	}
	if !vocab_expanded && vocab::is_any_bare_term(&text) {
		return Err(HashError::unsupported(
			field,
			format!("'{text}' spells a CBV term outside its vocabulary field"),
		));
	}
	match python_float(&text) {
		PyFloat::NotANumber | PyFloat::Nan => {}
		PyFloat::Overflow => return Err(HashError::unsupported(field, "infinite number")),
		PyFloat::Finite(x) => {
			let canonical = number(x, field)?;
			// The reference reformats every numeric-looking string; CBV only asks it of
			// quantities. Where that changes a text value (`007`, `1.0`), there is no agreement.
			if kind != Kind::Number && canonical != text {
				return Err(HashError::unsupported(
					field,
					format!("numeric-looking text '{text}' would be reformatted"),
				));
			}
			return Ok(canonical);
		}
	}
	identifier(&text, field)
}

/// EPC URNs and Digital Link URIs to the constrained canonical Digital Link URI; other text as is.
fn identifier(text: &str, field: &str) -> Result<String, HashError> {
	if !text.contains('.') {
		return Ok(text.to_owned());
	}
	match epc_urn::parse(text) {
		Urn::Key { elements, raw } => {
			let canonical = canonical_dl(&elements);
			// The reference keeps the URN's escapes and escapes only `!()*+,:` in addition.
			let reference = format!(
				"{}{}",
				crate::gs1::DL_HOST,
				elements
					.iter()
					.zip(raw.iter())
					.map(|((ai, _), r)| format!("/{ai}/{}", reference_escape(r)))
					.collect::<String>()
			);
			if reference != canonical {
				return Err(HashError::unsupported(field, "unusual %-escapes in an EPC URN"));
			}
			return Ok(canonical);
		}
		Urn::Invalid(reason) => return Err(HashError::malformed(field, reason)),
		Urn::NoDigitalLink => return Ok(text.to_owned()),
		Urn::NotEpc => {}
	}
	match digital_link::parse(text) {
		Dl::Key { elements, reference_agrees } => {
			let canonical = canonical_dl(&elements);
			if reference_agrees || canonical == text {
				Ok(canonical)
			} else {
				Err(HashError::unsupported(
					field,
					"Digital Link URI the reference implementation leaves unnormalised",
				))
			}
		}
		Dl::Other | Dl::Invalid(_) => Ok(text.to_owned()),
	}
}

fn reference_escape(raw: &str) -> String {
	let mut out = String::with_capacity(raw.len());
	for c in raw.chars() {
		match c {
			'!' | '(' | ')' | '*' | '+' | ',' | ':' => out.push_str(&format!("%{:02X}", c as u32)),
			_ => out.push(c),
		}
	}
	out
}

/// A timestamp in UTC at millisecond precision (`2020-03-04T10:00:30.000Z`) and its Unix time in
/// milliseconds. Sub-millisecond digits round half up, as CBV 2.0 section 8.9 says.
pub fn timestamp(text: &str, field: &str) -> Result<(String, i64), HashError> {
	let parsed = DateTime::parse_from_rfc3339(text).map_err(|e| {
		HashError::malformed(field, format!("not an xsd:dateTimeStamp with a UTC offset ({e})"))
	})?;
	let nanos = parsed.timestamp_subsec_nanos();
	if nanos >= 1_000_000_000 {
		return Err(HashError::unsupported(field, "leap second"));
	}
	let micros = nanos / 1_000;
	let mut millis = i64::from(micros / 1_000);
	// The reference rounds microseconds half-to-even and fails on a carry into the next second;
	// where that differs from CBV's half-up rule there is no agreed value.
	if (micros % 1_000 == 500 && millis % 2 == 0) || micros >= 999_500 {
		return Err(HashError::unsupported(field, "sub-millisecond tie or carry when rounding"));
	}
	if micros % 1_000 >= 500 {
		millis += 1;
	}
	let total = parsed
		.timestamp()
		.checked_mul(1_000)
		.and_then(|t| t.checked_add(millis))
		.ok_or_else(|| HashError::malformed(field, "timestamp out of range"))?;
	let utc = DateTime::<Utc>::from_timestamp_millis(total)
		.ok_or_else(|| HashError::malformed(field, "timestamp out of range"))?;
	Ok((utc.to_rfc3339_opts(SecondsFormat::Millis, true), total))
}

/// What Python's `float()` makes of a string, which is what the reference uses to spot numbers.
enum PyFloat {
	NotANumber,
	Nan,
	Overflow,
	Finite(f64),
}

fn python_float(text: &str) -> PyFloat {
	let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
	match unsigned.to_ascii_lowercase().as_str() {
		"nan" => return PyFloat::Nan,
		"inf" | "infinity" => return PyFloat::Overflow,
		_ => {}
	}
	let bytes = text.as_bytes();
	let mut cleaned = String::with_capacity(text.len());
	for (i, c) in text.char_indices() {
		if c == '_' {
			// PEP 515: an underscore only between two digits.
			let before = i.checked_sub(1).and_then(|j| bytes.get(j));
			let after = bytes.get(i + 1);
			if !(before.is_some_and(u8::is_ascii_digit) && after.is_some_and(u8::is_ascii_digit)) {
				return PyFloat::NotANumber;
			}
			continue;
		}
		if !(c.is_ascii_digit() || "+-.eE".contains(c)) {
			return PyFloat::NotANumber;
		}
		cleaned.push(c);
	}
	match cleaned.parse::<f64>() {
		Ok(x) if x.is_finite() => PyFloat::Finite(x),
		Ok(_) => PyFloat::Overflow,
		Err(_) => PyFloat::NotANumber,
	}
}

/// A number as the pre-hash string writes it: integers without a fraction, others in the
/// shortest form that reads back to the same double.
pub fn number(x: f64, field: &str) -> Result<String, HashError> {
	if !x.is_finite() {
		return Err(HashError::unsupported(field, "infinite number"));
	}
	if x == 0.0 {
		return Ok("0".into());
	}
	const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
	if x.fract() == 0.0 {
		if x.abs() >= EXACT {
			return Err(HashError::unsupported(field, "integer beyond double precision"));
		}
		return Ok(format!("{x:.0}"));
	}
	// Python writes these in exponent form (`1e-05`), CBV asks for plain decimals.
	if x.abs() < 1e-4 {
		return Err(HashError::unsupported(field, "number below 1e-4"));
	}
	Ok(format!("{x}"))
}
