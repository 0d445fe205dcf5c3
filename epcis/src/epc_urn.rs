//! EPC URIs (`urn:epc:id:`), EPC Class URIs (`urn:epc:class:`) and EPC Pattern URIs
//! (`urn:epc:idpat:`) of the GS1 schemes, parsed into element strings (EPC Tag Data Standard
//! 2.0, section 6 and 8).

use crate::gs1::{all_digits, is_cset82, percent_decode, with_check_digit, Element};

/// What a string turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Urn {
	/// Not an EPC URN.
	NotEpc,
	/// An EPC URN with no GS1 Digital Link equivalent (e.g. `gid`, `usdod`, `adi`, `bic`, or a
	/// pattern wider than one class). Hashed as written.
	NoDigitalLink,
	/// The key it denotes. `raw` holds the values as written in the URN (still escaped).
	Key { elements: Vec<Element>, raw: Vec<String> },
	/// An EPC URN of a GS1 scheme that does not follow its grammar.
	Invalid(String),
}

fn invalid(reason: impl Into<String>) -> Urn {
	Urn::Invalid(reason.into())
}

/// Splits `cp.ref` of a fixed-width key: a company prefix of 6-12 digits and a reference that
/// fills the key up to `total` digits.
fn split_fixed<'a>(a: &'a str, b: &'a str, total: usize) -> Result<(&'a str, &'a str), String> {
	if !(6..=12).contains(&a.len()) || !all_digits(a) {
		return Err("company prefix must be 6-12 digits".into());
	}
	if a.len() + b.len() != total || !(b.is_empty() || all_digits(b)) {
		return Err(format!("company prefix and reference must be {total} digits together"));
	}
	Ok((a, b))
}

/// A GTIN-14 from `cp.indicator+itemref` (the indicator digit leads the item reference in EPCs).
fn gtin(cp: &str, item: &str) -> Result<String, String> {
	let (cp, item) = split_fixed(cp, item, 13)?;
	let (ind, rest) = item.split_at(item.len().min(1));
	with_check_digit(&format!("{ind}{cp}{rest}")).ok_or_else(|| "not digits".into())
}

fn key13(cp: &str, r: &str, total: usize) -> Result<String, String> {
	let (cp, r) = split_fixed(cp, r, total)?;
	with_check_digit(&format!("{cp}{r}")).ok_or_else(|| "not digits".into())
}

/// A serial, lot or reference in URN form: set-82 characters, some of them %-escaped.
fn text(raw: &str, max: usize, what: &str) -> Result<String, String> {
	let decoded = percent_decode(raw).ok_or_else(|| format!("{what}: bad %-escape"))?;
	let n = decoded.chars().count();
	if n == 0 || n > max || !decoded.chars().all(is_cset82) {
		return Err(format!("{what} must be 1-{max} GS1 set-82 characters"));
	}
	Ok(decoded)
}

fn digits(raw: &str, max: usize, what: &str) -> Result<String, String> {
	if raw.len() > max || !all_digits(raw) {
		return Err(format!("{what} must be 1-{max} digits"));
	}
	Ok(raw.to_owned())
}

/// Parses an EPC URN of one of the GS1 schemes that have a Digital Link form.
pub fn parse(uri: &str) -> Urn {
	let (kind, rest) = if let Some(r) = uri.strip_prefix("urn:epc:id:") {
		("id", r)
	} else if let Some(r) = uri.strip_prefix("urn:epc:class:") {
		("class", r)
	} else if let Some(r) = uri.strip_prefix("urn:epc:idpat:") {
		("idpat", r)
	} else {
		return Urn::NotEpc;
	};
	let Some((scheme, body)) = rest.split_once(':') else {
		return invalid("EPC URN without a scheme");
	};
	// The last field of most schemes is free text that may itself contain dots.
	let fields = match scheme {
		"itip" => 5,
		"sgtin" | "sgln" | "grai" | "gdti" | "sgcn" | "cpi" | "upui" | "lgtin" => 3,
		_ => 2,
	};
	let parts: Vec<&str> = body.splitn(fields, '.').collect();
	let result = match kind {
		"id" => parse_id(scheme, body, &parts),
		"class" => parse_class(scheme, &parts),
		_ => parse_pattern(scheme, &parts),
	};
	match result {
		Ok(Some((elements, raw))) => Urn::Key { elements, raw },
		Ok(None) => Urn::NoDigitalLink,
		Err(reason) => Urn::Invalid(format!("{kind}:{scheme}: {reason}")),
	}
}

type Parsed = Result<Option<(Vec<Element>, Vec<String>)>, String>;

fn key(elements: Vec<Element>, raw: Vec<&str>) -> Parsed {
	Ok(Some((elements, raw.into_iter().map(str::to_owned).collect())))
}

fn wrong_parts(n: usize) -> Parsed {
	Err(format!("expected {n} dot-separated fields"))
}

fn parse_id(scheme: &str, body: &str, p: &[&str]) -> Parsed {
	match (scheme, p) {
		("sgtin", [cp, item, serial]) => {
			let g = gtin(cp, item)?;
			key(vec![("01", g.clone()), ("21", text(serial, 20, "serial")?)], vec![&g, serial])
		}
		("sscc", [cp, serial]) => {
			let (cp, s) = split_fixed(cp, serial, 17)?;
			let (ext, rest) = s.split_at(s.len().min(1));
			let sscc = with_check_digit(&format!("{ext}{cp}{rest}")).ok_or("not digits")?;
			key(vec![("00", sscc.clone())], vec![&sscc])
		}
		("sgln", [cp, loc, ext]) => {
			let gln = key13(cp, loc, 12)?;
			let ext_v = text(ext, 20, "extension")?;
			if ext_v == "0" {
				key(vec![("414", gln.clone())], vec![&gln])
			} else {
				key(vec![("414", gln.clone()), ("254", ext_v)], vec![&gln, ext])
			}
		}
		("pgln", [cp, party]) => {
			let gln = key13(cp, party, 12)?;
			key(vec![("417", gln.clone())], vec![&gln])
		}
		("grai", [cp, asset, serial]) => {
			let grai = key13(cp, asset, 12)?;
			let s = text(serial, 16, "serial")?;
			let raw = format!("0{grai}{serial}");
			key(vec![("8003", format!("0{grai}{s}"))], vec![&raw])
		}
		("giai", _) => {
			let Some((cp, asset)) = body.split_once('.') else { return wrong_parts(2) };
			if !(6..=12).contains(&cp.len()) || !all_digits(cp) {
				return Err("company prefix must be 6-12 digits".into());
			}
			let a = text(asset, 30 - cp.len(), "asset reference")?;
			key(vec![("8004", format!("{cp}{a}"))], vec![&format!("{cp}{asset}")])
		}
		("gsrn", [cp, s]) => fixed18("8018", cp, s),
		("gsrnp", [cp, s]) => fixed18("8017", cp, s),
		("gdti", [cp, dt, serial]) => {
			let gdti = key13(cp, dt, 12)?;
			let s = text(serial, 17, "serial")?;
			key(vec![("253", format!("{gdti}{s}"))], vec![&format!("{gdti}{serial}")])
		}
		("sgcn", [cp, cr, serial]) => {
			let gcn = key13(cp, cr, 12)?;
			let s = digits(serial, 12, "serial")?;
			key(vec![("255", format!("{gcn}{s}"))], vec![&format!("{gcn}{serial}")])
		}
		("cpi", [cp, cpref, serial]) => {
			let (c, raw_c) = cpi_ref(cp, cpref)?;
			let s = digits(serial, 12, "serial")?;
			key(vec![("8010", c), ("8011", s)], vec![&raw_c, serial])
		}
		("ginc", _) => {
			let Some((cp, r)) = body.split_once('.') else { return wrong_parts(2) };
			if !(6..=12).contains(&cp.len()) || !all_digits(cp) {
				return Err("company prefix must be 6-12 digits".into());
			}
			let v = text(r, 30 - cp.len(), "consignment reference")?;
			key(vec![("401", format!("{cp}{v}"))], vec![&format!("{cp}{r}")])
		}
		("gsin", [cp, s]) => {
			let gsin = key13(cp, s, 16)?;
			key(vec![("402", gsin.clone())], vec![&gsin])
		}
		("itip", [cp, item, piece, total, serial]) => {
			let g = itip(cp, item, piece, total)?;
			key(vec![("8006", g.clone()), ("21", text(serial, 20, "serial")?)], vec![&g, serial])
		}
		("upui", [cp, item, tpx]) => {
			let g = gtin(cp, item)?;
			key(vec![("01", g.clone()), ("235", text(tpx, 28, "TPX")?)], vec![&g, tpx])
		}
		(
			"sgtin" | "sscc" | "sgln" | "pgln" | "grai" | "gsrn" | "gsrnp" | "gdti" | "sgcn"
			| "cpi" | "gsin" | "itip" | "upui",
			_,
		) => Err("wrong number of dot-separated fields".into()),
		_ => Ok(None),
	}
}

fn fixed18(ai: &'static str, cp: &str, s: &str) -> Parsed {
	let v = key13(cp, s, 17)?;
	key(vec![(ai, v.clone())], vec![&v])
}

fn itip(cp: &str, item: &str, piece: &str, total: &str) -> Result<String, String> {
	let g = gtin(cp, item)?;
	if piece.len() != 2 || total.len() != 2 || !all_digits(piece) || !all_digits(total) {
		return Err("piece and total must be two digits each".into());
	}
	Ok(format!("{g}{piece}{total}"))
}

/// A component/part reference: digits, capitals, `-`, and `#` `/` escaped.
fn cpi_ref(cp: &str, cpref: &str) -> Result<(String, String), String> {
	if !(6..=12).contains(&cp.len()) || !all_digits(cp) {
		return Err("company prefix must be 6-12 digits".into());
	}
	let decoded = percent_decode(cpref).ok_or("bad %-escape")?;
	let ok =
		decoded.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || "#-/".contains(c));
	let n = cp.len() + decoded.chars().count();
	if decoded.is_empty() || n > 30 || !ok {
		return Err("component/part reference must be digits, capitals, '-', '#' or '/'".into());
	}
	Ok((format!("{cp}{decoded}"), format!("{cp}{cpref}")))
}

fn parse_class(scheme: &str, p: &[&str]) -> Parsed {
	match (scheme, p) {
		("lgtin", [cp, item, lot]) => {
			let g = gtin(cp, item)?;
			key(vec![("01", g.clone()), ("10", text(lot, 20, "lot")?)], vec![&g, lot])
		}
		("lgtin", _) => wrong_parts(3),
		_ => Ok(None),
	}
}

fn parse_pattern(scheme: &str, p: &[&str]) -> Parsed {
	let one = |ai: &'static str, v: String| key(vec![(ai, v.clone())], vec![&v]);
	match (scheme, p) {
		("sgtin" | "upui", [cp, item, "*"]) if *item != "*" => one("01", gtin(cp, item)?),
		("grai", [cp, asset, "*"]) if *asset != "*" => {
			one("8003", format!("0{}", key13(cp, asset, 12)?))
		}
		("gdti", [cp, dt, "*"]) if *dt != "*" => one("253", key13(cp, dt, 12)?),
		("sgcn", [cp, cr, "*"]) if *cr != "*" => one("255", key13(cp, cr, 12)?),
		("cpi", [cp, cpref, "*"]) if *cpref != "*" => {
			let (c, raw) = cpi_ref(cp, cpref)?;
			key(vec![("8010", c)], vec![&raw])
		}
		("itip", [cp, item, piece, total, "*"]) if *item != "*" => {
			one("8006", itip(cp, item, piece, total)?)
		}
		// Wider patterns (`*` in the class part) denote no single GS1 key.
		_ => Ok(None),
	}
}
