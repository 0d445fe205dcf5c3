//! GS1 keys as element strings: the common form EPC URNs and GS1 Digital Link URIs are parsed
//! into, and from which both the canonical Digital Link URI (for hashing) and the external key
//! (for the chain) are written.

/// One GS1 Application Identifier and its (percent-decoded) value, e.g. `("01", "09521141123451")`.
pub type Element = (&'static str, String);

/// The canonical host of GS1 Digital Link URIs.
pub const DL_HOST: &str = "https://id.gs1.org";

/// The GS1 mod-10 check digit of `digits` (the key without its check digit): weights 3 and 1
/// alternate from the rightmost digit. `None` if a character is not an ASCII digit.
pub fn check_digit(digits: &str) -> Option<char> {
	let mut sum = 0u32;
	for (i, c) in digits.chars().rev().enumerate() {
		let d = c.to_digit(10)?;
		sum += if i % 2 == 0 { d * 3 } else { d };
	}
	char::from_digit((10 - sum % 10) % 10, 10)
}

/// `digits` followed by its check digit.
pub fn with_check_digit(digits: &str) -> Option<String> {
	check_digit(digits).map(|c| {
		let mut s = String::with_capacity(digits.len() + 1);
		s.push_str(digits);
		s.push(c);
		s
	})
}

/// Whether the last digit of `key` is the right check digit for the rest.
pub fn has_valid_check_digit(key: &str) -> bool {
	match key.char_indices().last() {
		Some((i, last)) => key.get(..i).and_then(check_digit) == Some(last),
		None => false,
	}
}

pub fn all_digits(s: &str) -> bool {
	!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// GS1 AI encodable character set 82, the characters serials, lots and references may hold.
pub fn is_cset82(c: char) -> bool {
	c.is_ascii_alphanumeric() || "!\"%&'()*+,-./:;<=>?_".contains(c)
}

/// Percent-encodes a decoded value for a Digital Link path segment: every set-82 character that
/// is not unreserved in a URI path, as the reference implementation's URN conversion does (its
/// output keeps `'`, `;` and `=` literal).
pub fn dl_encode(value: &str) -> String {
	let mut out = String::with_capacity(value.len());
	for c in value.chars() {
		if c.is_ascii_alphanumeric() || "-._';=".contains(c) {
			out.push(c);
		} else {
			let mut buf = [0u8; 4];
			for b in c.encode_utf8(&mut buf).bytes() {
				out.push_str(&format!("%{b:02X}"));
			}
		}
	}
	out
}

/// Decodes `%XX` escapes. `None` for a broken escape or a decoded byte sequence that is not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
	let bytes = s.as_bytes();
	let mut out = Vec::with_capacity(bytes.len());
	let mut i = 0;
	while let Some(&b) = bytes.get(i) {
		if b == b'%' {
			let hex = s.get(i + 1..i + 3)?;
			out.push(u8::from_str_radix(hex, 16).ok()?);
			i += 3;
		} else {
			out.push(b);
			i += 1;
		}
	}
	String::from_utf8(out).ok()
}

/// The canonical GS1 Digital Link URI of a key: `https://id.gs1.org/01/<gtin>/21/<serial>`.
pub fn canonical_dl(elements: &[Element]) -> String {
	let mut uri = String::from(DL_HOST);
	for (ai, value) in elements {
		uri.push('/');
		uri.push_str(ai);
		uri.push('/');
		uri.push_str(&dl_encode(value));
	}
	uri
}

/// The element string (`01<gtin>21<serial>`) the chain stores as the external key. Every
/// variable-length element the importer accepts is the last one, so no FNC1 separator is needed.
pub fn element_string(elements: &[Element]) -> String {
	elements.iter().map(|(ai, v)| format!("{ai}{v}")).collect()
}
