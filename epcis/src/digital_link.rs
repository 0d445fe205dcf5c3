//! GS1 Digital Link URIs (`https://<any host>/<prefix>/01/<gtin>/21/<serial>?<query>`) parsed into
//! element strings, constrained to the keys and qualifiers CBV 2.0 section 8.9 keeps.

use crate::gs1::{all_digits, is_cset82, percent_decode, Element};

/// What a string turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Dl {
	/// Not a GS1 Digital Link URI (no primary key in its path).
	Other,
	/// A Digital Link URI with a primary key the CBV keeps, but not a valid one (wrong length,
	/// qualifiers out of order, ...). Hashed as written, as the reference implementation does.
	Invalid(String),
	/// The key, reduced to its finest level of identification.
	Key {
		elements: Vec<Element>,
		/// Whether the reference implementation normalises this URI the same way. It leaves URIs
		/// unchanged when a value holds `%`-escapes or characters outside a narrow set, when a
		/// fragment is present, and in a few other corners.
		reference_agrees: bool,
	},
}

/// Primary keys CBV 2.0 section 8.9 keeps, with their Digital Link short names.
const PRIMARY: &[(&str, &str)] = &[
	("00", "sscc"),
	("01", "gtin"),
	("253", "gdti"),
	("255", "gcn"),
	("401", "ginc"),
	("402", "gsin"),
	("414", "gln"),
	("417", "party"),
	("8003", "grai"),
	("8004", "giai"),
	("8006", "itip"),
	("8010", "cpid"),
	("8017", "gsrnp"),
	("8018", "gsrn"),
];

const QUALIFIERS: &[(&str, &str)] = &[
	("22", "cpv"),
	("10", "lot"),
	("21", "ser"),
	("235", "235"),
	("254", "254"),
	("8011", "8011"),
];

fn ai_of(segment: &str, table: &[(&'static str, &'static str)]) -> Option<&'static str> {
	table.iter().find(|(ai, short)| *ai == segment || *short == segment).map(|(ai, _)| *ai)
}

/// The characters the reference implementation accepts, unescaped, in a Digital Link value.
fn reference_char(c: char) -> bool {
	c.is_ascii_alphanumeric() || "\"'-.;<=>?_".contains(c)
}

pub fn parse(uri: &str) -> Dl {
	let Some(after_scheme) = uri.strip_prefix("https://").or_else(|| uri.strip_prefix("http://"))
	else {
		return Dl::Other;
	};
	let query = after_scheme.find('?');
	let fragment = after_scheme.find('#');
	// The reference strips from `?` on, which takes a later fragment with it.
	let fragment_kept = match (query, fragment) {
		(Some(q), Some(f)) => f < q,
		(None, Some(_)) => true,
		_ => false,
	};
	let end = [query, fragment].into_iter().flatten().min().unwrap_or(after_scheme.len());
	let Some(path) = after_scheme.get(..end).and_then(|s| s.find('/').and_then(|i| s.get(i + 1..)))
	else {
		return Dl::Other;
	};
	let mut segments: Vec<&str> = path.split('/').collect();
	let trailing_slash = segments.len() > 1 && segments.last() == Some(&"");
	if trailing_slash {
		segments.pop();
	}
	let start = segments.windows(2).position(|w| match w {
		[k, v] => ai_of(k, PRIMARY).is_some() && v.len() > 4 && v.get(..4).is_some_and(all_digits),
		_ => false,
	});
	let Some(start) = start else { return Dl::Other };
	let pairs = segments.get(start..).unwrap_or_default();
	if pairs.len() % 2 != 0 {
		return Dl::Invalid("path segments after the primary key do not pair up".into());
	}
	let mut raw: Vec<(&'static str, &str)> = Vec::new();
	for pair in pairs.chunks(2) {
		let [k, v] = pair else { return Dl::Invalid("unpaired segment".into()) };
		let table = if raw.is_empty() { PRIMARY } else { QUALIFIERS };
		let Some(ai) = ai_of(k, table) else {
			return Dl::Invalid(format!("'{k}' is not a key qualifier CBV 2.0 keeps"));
		};
		raw.push((ai, v));
	}
	match constrain(&raw) {
		Ok((elements, reference_values_ok)) => {
			let reference_agrees = reference_values_ok && !fragment_kept && !trailing_slash;
			Dl::Key { elements, reference_agrees }
		}
		Err(reason) => Dl::Invalid(reason),
	}
}

fn digits_len(v: &str, lens: &[usize]) -> bool {
	all_digits(v) && lens.contains(&v.len())
}

/// Checks one value and returns it decoded.
fn value(ai: &str, raw: &str) -> Result<String, String> {
	let v = percent_decode(raw).ok_or_else(|| format!("{ai}: bad %-escape"))?;
	let text = |max: usize| {
		let n = v.chars().count();
		n >= 1 && n <= max && v.chars().all(is_cset82)
	};
	let head_then = |head: usize, max: usize, digits_only: bool| {
		v.get(..head).is_some_and(all_digits)
			&& v.get(head..).is_some_and(|t| {
				t.chars().count() <= max
					&& t.chars()
						.all(|c| if digits_only { c.is_ascii_digit() } else { is_cset82(c) })
			})
	};
	let ok = match ai {
		"00" | "8006" | "8017" | "8018" => digits_len(&v, &[18]),
		"01" => digits_len(&v, &[8, 12, 13, 14]),
		"414" | "417" => digits_len(&v, &[13]),
		"402" => digits_len(&v, &[17]),
		"253" => head_then(13, 17, false),
		"255" => head_then(13, 12, true),
		"8003" => head_then(14, 16, false),
		"401" | "8004" => text(30),
		"8010" => {
			!v.is_empty()
				&& v.chars().count() <= 30
				&& v.chars()
					.all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || "#-/".contains(c))
		}
		"8011" => all_digits(&v) && v.len() <= 12,
		"21" | "10" | "254" | "22" => text(20),
		"235" => text(28),
		_ => false,
	};
	if ok {
		Ok(v)
	} else {
		Err(format!("AI ({ai}) value '{raw}' is not valid"))
	}
}

/// Validates the key and its qualifiers and keeps only the finest level of identification:
/// the CPV is dropped, and a lot when a serial is present. The flag says whether the reference
/// implementation would have accepted the values as written.
fn constrain(raw: &[(&'static str, &str)]) -> Result<(Vec<Element>, bool), String> {
	let Some(((primary, _), qualifiers)) = raw.split_first() else {
		return Err("no primary key".into());
	};
	let order: Vec<&str> = qualifiers.iter().map(|(ai, _)| *ai).collect();
	let allowed =
		match *primary {
			"01" => matches!(
				order.as_slice(),
				[] | ["235"]
					| ["22"] | ["10"]
					| ["21"] | ["22", "10"]
					| ["22", "21"] | ["10", "21"]
					| ["22", "10", "21"]
			),
			"8006" => matches!(
				order.as_slice(),
				[] | ["22"]
					| ["10"] | ["21"]
					| ["22", "10"] | ["22", "21"]
					| ["10", "21"] | ["22", "10", "21"]
			),
			"414" => matches!(order.as_slice(), [] | ["254"]),
			"8010" => matches!(order.as_slice(), [] | ["8011"]),
			_ => order.is_empty(),
		};
	if !allowed {
		return Err(format!("qualifiers {order:?} are not allowed after AI ({primary})"));
	}
	let mut reference_ok = true;
	let mut elements = Vec::new();
	let has_serial = order.contains(&"21");
	for (ai, raw_v) in raw {
		let mut v = value(ai, raw_v)?;
		let class_ok = if *ai == "8010" {
			raw_v.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || "#-/".contains(c))
		} else {
			raw_v.chars().all(reference_char)
		};
		reference_ok &= class_ok;
		if *ai == "01" {
			v = format!("{:0>14}", v);
		}
		match *ai {
			"22" => {
				// The reference drops a CPV only when what follows `/22/` is at most 20 characters.
				let tail: usize = raw
					.iter()
					.skip_while(|(a, _)| *a != "22")
					.map(|(a, r)| r.len() + if *a == "22" { 0 } else { a.len() + 2 })
					.sum();
				reference_ok &= tail <= 20;
			}
			"10" if has_serial => {}
			_ => elements.push((*ai, v)),
		}
	}
	Ok((elements, reference_ok))
}
