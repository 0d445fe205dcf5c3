//! EPCIS 2.0 JSON/JSON-LD documents into typed events, all or nothing.

use serde_json::{Map, Value};

use crate::{
	canon::{self, Kind},
	context::Context,
	error::{HashError, ImportError},
	identifier::{Identifier, IdentifierKind},
	prehash::event_hash_id_in,
	vocab::Vocab,
};

/// The events of one document, in document order.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
	pub events: Vec<Event>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
	Object,
	Aggregation,
	Transformation,
	Transaction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
	Add,
	Observe,
	Delete,
}

/// A quantity of a class (a lot or a product), e.g. 600 KGM of a lettuce lot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
	pub class: Identifier,
	/// The amount as a canonical decimal (`600`, `12.5`), so the chain needs no floats.
	pub quantity: Option<String>,
	/// UN/ECE Recommendation 20 unit code, e.g. `KGM`.
	pub uom: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartyKind {
	OwningParty,
	PossessingParty,
	Location,
	/// A user-defined source/destination type (its URI).
	Other(String),
}

/// A source or destination.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
	pub kind: PartyKind,
	/// The party or location, canonical (GS1 keys as `https://id.gs1.org/417/<gln>`).
	pub id: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BizTransaction {
	/// CBV short name (`po`, `desadv`, ...) or a user-defined type URI.
	pub kind: Option<String>,
	pub id: String,
}

/// One event, ready to be mapped onto calls.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
	/// Position in the document's event list.
	pub index: usize,
	pub event_id: Option<String>,
	/// The EPCIS Event Hash ID (`ni:///sha-256;…?ver=CBV2.0`).
	pub hash_id: String,
	pub kind: EventKind,
	/// Absent for transformation events only.
	pub action: Option<Action>,
	/// `eventTime` in UTC, milliseconds since the Unix epoch.
	pub time_ms: u64,
	/// `eventTimeZoneOffset`, e.g. `+01:00`.
	pub time_zone_offset: String,
	/// CBV short name (`commissioning`, `shipping`, see [`crate::BIZ_STEPS`]) or a
	/// user-defined business step URI.
	pub biz_step: Option<String>,
	/// CBV short name (see [`crate::DISPOSITIONS`]) or a user-defined disposition URI.
	pub disposition: Option<String>,
	/// Canonical read point (an SGLN as `https://id.gs1.org/414/<gln>[/254/<ext>]`).
	pub read_point: Option<String>,
	pub biz_location: Option<String>,
	pub epcs: Vec<Identifier>,
	pub quantities: Vec<Quantity>,
	pub parent: Option<Identifier>,
	pub children: Vec<Identifier>,
	pub child_quantities: Vec<Quantity>,
	pub inputs: Vec<Identifier>,
	pub input_quantities: Vec<Quantity>,
	pub outputs: Vec<Identifier>,
	pub output_quantities: Vec<Quantity>,
	pub transformation_id: Option<String>,
	pub sources: Vec<Party>,
	pub destinations: Vec<Party>,
	pub biz_transactions: Vec<BizTransaction>,
	/// `errorDeclaration.correctiveEventIDs`: the events this one corrects.
	pub corrective_of: Vec<String>,
}

/// Parses a whole document. The first malformed or unsupported event refuses the document.
pub fn parse_document(json: &str) -> Result<Document, ImportError> {
	let root: Value = serde_json::from_str(json)
		.map_err(|e| ImportError::document("$", format!("not JSON: {e}")))?;
	let ctx = Context::from_document(&root);
	let list = match root.get("type").and_then(Value::as_str) {
		Some("EPCISDocument") => root.pointer("/epcisBody/eventList"),
		Some("EPCISQueryDocument") => root.pointer("/epcisBody/queryResults/resultsBody/eventList"),
		_ => {
			return Err(ImportError::document("type", "not an EPCISDocument or EPCISQueryDocument"))
		}
	};
	let Some(Value::Array(list)) = list else {
		return Err(ImportError::document("eventList", "missing or not a list"));
	};
	let events =
		list.iter().enumerate().map(|(i, v)| parse_event(i, v, &ctx)).collect::<Result<_, _>>()?;
	Ok(Document { events })
}

/// Where an error is reported.
struct At<'a> {
	index: usize,
	event_id: Option<&'a str>,
}

impl At<'_> {
	fn err(&self, field: &str, reason: impl Into<String>) -> ImportError {
		let field = if field.is_empty() {
			format!("eventList[{}]", self.index)
		} else {
			format!("eventList[{}].{field}", self.index)
		};
		ImportError {
			event: self.index,
			event_id: self.event_id.map(str::to_owned),
			field,
			reason: reason.into(),
		}
	}

	fn hash_err(&self, e: HashError) -> ImportError {
		let reason = match &e {
			HashError::NotAnObject => "not an object".to_owned(),
			HashError::Missing { .. } => "missing".to_owned(),
			HashError::Malformed { reason, .. } => reason.clone(),
			HashError::Unsupported { reason, .. } => format!("unsupported: {reason}"),
		};
		self.err(e.field(), reason)
	}
}

fn parse_event(index: usize, value: &Value, ctx: &Context) -> Result<Event, ImportError> {
	let mut at = At { index, event_id: None };
	let Value::Object(obj) = value else { return Err(at.err("", "event is not an object")) };
	at.event_id = obj.get("eventID").and_then(Value::as_str);
	let kind = match obj.get("type").and_then(Value::as_str) {
		Some("ObjectEvent") => EventKind::Object,
		Some("AggregationEvent") => EventKind::Aggregation,
		Some("TransformationEvent") => EventKind::Transformation,
		Some("TransactionEvent") => EventKind::Transaction,
		Some(other) => return Err(at.err("type", format!("unsupported event type '{other}'"))),
		None => return Err(at.err("type", "missing")),
	};
	let time = text(obj, "eventTime", &at)?.ok_or_else(|| at.err("eventTime", "missing"))?;
	let (_, ms) = canon::timestamp(time, "eventTime").map_err(|e| at.hash_err(e))?;
	let time_ms = u64::try_from(ms).map_err(|_| at.err("eventTime", "before 1970"))?;
	let offset = text(obj, "eventTimeZoneOffset", &at)?
		.ok_or_else(|| at.err("eventTimeZoneOffset", "missing"))?;
	if !valid_offset(offset) {
		return Err(at.err("eventTimeZoneOffset", "expected +HH:MM or -HH:MM"));
	}
	let action = match (kind, text(obj, "action", &at)?) {
		(EventKind::Transformation, None) => None,
		(EventKind::Transformation, Some(_)) => {
			return Err(at.err("action", "a TransformationEvent has no action"))
		}
		(_, Some("ADD")) => Some(Action::Add),
		(_, Some("OBSERVE")) => Some(Action::Observe),
		(_, Some("DELETE")) => Some(Action::Delete),
		(_, Some(other)) => return Err(at.err("action", format!("unknown action '{other}'"))),
		(_, None) => return Err(at.err("action", "missing")),
	};
	let event = Event {
		index,
		event_id: at.event_id.map(str::to_owned),
		hash_id: String::new(),
		kind,
		action,
		time_ms,
		time_zone_offset: offset.to_owned(),
		biz_step: term(obj, "bizStep", Vocab::BizStep, ctx, &at)?,
		disposition: term(obj, "disposition", Vocab::Disposition, ctx, &at)?,
		read_point: location(obj, "readPoint", ctx, &at)?,
		biz_location: location(obj, "bizLocation", ctx, &at)?,
		epcs: identifiers(obj, "epcList", &at)?,
		quantities: quantities(obj, "quantityList", &at)?,
		parent: match obj.get("parentID") {
			Some(v) => Some(identifier(v, "parentID", &at)?),
			None => None,
		},
		children: identifiers(obj, "childEPCs", &at)?,
		child_quantities: quantities(obj, "childQuantityList", &at)?,
		inputs: identifiers(obj, "inputEPCList", &at)?,
		input_quantities: quantities(obj, "inputQuantityList", &at)?,
		outputs: identifiers(obj, "outputEPCList", &at)?,
		output_quantities: quantities(obj, "outputQuantityList", &at)?,
		transformation_id: match obj.get("transformationID") {
			Some(v) => Some(canonical(v, "transformationID", ctx, &at)?),
			None => None,
		},
		sources: parties(obj, "sourceList", "source", ctx, &at)?,
		destinations: parties(obj, "destinationList", "destination", ctx, &at)?,
		biz_transactions: biz_transactions(obj, ctx, &at)?,
		corrective_of: corrective_ids(obj, &at)?,
	};
	check_shape(&event, &at)?;
	let hash_id = event_hash_id_in(value, ctx).map_err(|e| at.hash_err(e))?;
	Ok(Event { hash_id, ..event })
}

/// The rules of EPCIS 2.0 section 7.4 the importer relies on.
fn check_shape(e: &Event, at: &At) -> Result<(), ImportError> {
	match e.kind {
		EventKind::Aggregation if e.parent.is_none() && e.action != Some(Action::Observe) => {
			Err(at.err("parentID", "required when action is ADD or DELETE"))
		}
		EventKind::Transformation
			if e.inputs.is_empty()
				&& e.input_quantities.is_empty()
				&& e.outputs.is_empty()
				&& e.output_quantities.is_empty() =>
		{
			Err(at.err("", "a TransformationEvent needs inputs or outputs"))
		}
		EventKind::Transaction if e.biz_transactions.is_empty() => {
			Err(at.err("bizTransactionList", "a TransactionEvent needs a business transaction"))
		}
		_ => Ok(()),
	}
}

fn valid_offset(s: &str) -> bool {
	let b = s.as_bytes();
	let two = |i: usize| -> Option<u32> {
		let d = s.get(i..i + 2)?;
		d.bytes().all(|c| c.is_ascii_digit()).then(|| d.parse().ok()).flatten()
	};
	b.len() == 6
		&& matches!(b.first(), Some(b'+' | b'-'))
		&& b.get(3) == Some(&b':')
		&& two(1).is_some_and(|h| h <= 14)
		&& two(4).is_some_and(|m| m < 60)
}

fn text<'a>(
	obj: &'a Map<String, Value>,
	key: &str,
	at: &At,
) -> Result<Option<&'a str>, ImportError> {
	match obj.get(key) {
		None => Ok(None),
		Some(Value::String(s)) => Ok(Some(s)),
		Some(_) => Err(at.err(key, "expected a string")),
	}
}

/// A value as it appears in the pre-hash string (GS1 keys as canonical Digital Link URIs).
fn canonical(v: &Value, field: &str, ctx: &Context, at: &At) -> Result<String, ImportError> {
	if !v.is_string() {
		return Err(at.err(field, "expected a string"));
	}
	let c = canon::scalar(v, Kind::Text, ctx, field).map_err(|e| at.hash_err(e))?;
	if c.is_empty() {
		return Err(at.err(field, "empty"));
	}
	Ok(c)
}

fn term(
	obj: &Map<String, Value>,
	key: &str,
	vocab: Vocab,
	ctx: &Context,
	at: &At,
) -> Result<Option<String>, ImportError> {
	let Some(raw) = text(obj, key, at)? else { return Ok(None) };
	let expanded = ctx.expand_value(raw.trim());
	if let Some(short) = vocab.short_name(&expanded) {
		return Ok(Some(short.to_owned()));
	}
	if expanded.contains(':') {
		return Ok(Some(expanded));
	}
	Err(at.err(key, format!("'{raw}' is neither a CBV term nor a URI")))
}

fn location(
	obj: &Map<String, Value>,
	key: &str,
	ctx: &Context,
	at: &At,
) -> Result<Option<String>, ImportError> {
	match obj.get(key) {
		None => Ok(None),
		Some(Value::Object(o)) => match o.get("id") {
			Some(id) => canonical(id, &format!("{key}.id"), ctx, at).map(Some),
			None => Err(at.err(&format!("{key}.id"), "missing")),
		},
		Some(_) => Err(at.err(key, "expected an object with an id")),
	}
}

fn identifier(v: &Value, field: &str, at: &At) -> Result<Identifier, ImportError> {
	let Value::String(s) = v else { return Err(at.err(field, "expected a URI string")) };
	Identifier::parse(s.trim()).map_err(|e| at.err(field, e.to_string()))
}

fn list<'a>(obj: &'a Map<String, Value>, key: &str, at: &At) -> Result<&'a [Value], ImportError> {
	match obj.get(key) {
		None => Ok(&[]),
		Some(Value::Array(items)) => Ok(items),
		Some(_) => Err(at.err(key, "expected a list")),
	}
}

fn identifiers(
	obj: &Map<String, Value>,
	key: &str,
	at: &At,
) -> Result<Vec<Identifier>, ImportError> {
	let items = list(obj, key, at)?;
	items.iter().enumerate().map(|(i, v)| identifier(v, &format!("{key}[{i}]"), at)).collect()
}

fn quantities(obj: &Map<String, Value>, key: &str, at: &At) -> Result<Vec<Quantity>, ImportError> {
	let mut out = Vec::new();
	for (i, element) in list(obj, key, at)?.iter().enumerate() {
		let path = format!("{key}[{i}]");
		let Value::Object(q) = element else { return Err(at.err(&path, "expected an object")) };
		let class_path = format!("{path}.epcClass");
		let class = identifier(
			q.get("epcClass").ok_or_else(|| at.err(&class_path, "missing"))?,
			&class_path,
			at,
		)?;
		if !matches!(class.kind, IdentifierKind::Lgtin { .. } | IdentifierKind::Gtin { .. }) {
			return Err(at.err(&class_path, "not a class (an LGTIN or a GTIN pattern)"));
		}
		let qty_path = format!("{path}.quantity");
		let quantity = match q.get("quantity") {
			None => None,
			Some(Value::Number(n)) => match n.as_f64() {
				Some(x) if x.is_finite() && x >= 0.0 => {
					Some(canon::number(x, &qty_path).map_err(|e| at.hash_err(e))?)
				}
				_ => return Err(at.err(&qty_path, "must be a finite number >= 0")),
			},
			Some(_) => return Err(at.err(&qty_path, "must be a JSON number")),
		};
		let uom = text(q, "uom", at).map_err(|_| at.err(&format!("{path}.uom"), "not a string"))?;
		if uom.is_some() && quantity.is_none() {
			return Err(at.err(&format!("{path}.uom"), "a unit without a quantity"));
		}
		out.push(Quantity { class, quantity, uom: uom.map(str::to_owned) });
	}
	Ok(out)
}

fn parties(
	obj: &Map<String, Value>,
	key: &str,
	item: &str,
	ctx: &Context,
	at: &At,
) -> Result<Vec<Party>, ImportError> {
	let mut out = Vec::new();
	for (i, element) in list(obj, key, at)?.iter().enumerate() {
		let path = format!("{key}[{i}]");
		let Value::Object(p) = element else { return Err(at.err(&path, "expected an object")) };
		let raw_type =
			text(p, "type", at)?.ok_or_else(|| at.err(&format!("{path}.type"), "missing"))?;
		let expanded = ctx.expand_value(raw_type.trim());
		let kind = match Vocab::SourceDestType.short_name(&expanded) {
			Some("owning_party") => PartyKind::OwningParty,
			Some("possessing_party") => PartyKind::PossessingParty,
			Some(_) => PartyKind::Location,
			None if expanded.contains(':') => PartyKind::Other(expanded),
			None => return Err(at.err(&format!("{path}.type"), "unknown source/destination type")),
		};
		let id_path = format!("{path}.{item}");
		let id =
			canonical(p.get(item).ok_or_else(|| at.err(&id_path, "missing"))?, &id_path, ctx, at)?;
		out.push(Party { kind, id });
	}
	Ok(out)
}

fn biz_transactions(
	obj: &Map<String, Value>,
	ctx: &Context,
	at: &At,
) -> Result<Vec<BizTransaction>, ImportError> {
	let mut out = Vec::new();
	for (i, element) in list(obj, "bizTransactionList", at)?.iter().enumerate() {
		let path = format!("bizTransactionList[{i}]");
		let Value::Object(t) = element else { return Err(at.err(&path, "expected an object")) };
		let kind = match text(t, "type", at)? {
			Some(raw) => {
				let expanded = ctx.expand_value(raw.trim());
				match Vocab::BizTransactionType.short_name(&expanded) {
					Some(short) => Some(short.to_owned()),
					None if expanded.contains(':') => Some(expanded),
					None => return Err(at.err(&format!("{path}.type"), "unknown type")),
				}
			}
			None => None,
		};
		let id_path = format!("{path}.bizTransaction");
		let v = t.get("bizTransaction").ok_or_else(|| at.err(&id_path, "missing"))?;
		out.push(BizTransaction { kind, id: canonical(v, &id_path, ctx, at)? });
	}
	Ok(out)
}

fn corrective_ids(obj: &Map<String, Value>, at: &At) -> Result<Vec<String>, ImportError> {
	let Some(decl) = obj.get("errorDeclaration") else { return Ok(Vec::new()) };
	let Value::Object(decl) = decl else {
		return Err(at.err("errorDeclaration", "expected an object"));
	};
	let items = list(decl, "correctiveEventIDs", at)
		.map_err(|_| at.err("errorDeclaration.correctiveEventIDs", "expected a list"))?;
	items
		.iter()
		.enumerate()
		.map(|(i, v)| match v {
			Value::String(s) => Ok(s.clone()),
			_ => Err(at.err(&format!("errorDeclaration.correctiveEventIDs[{i}]"), "not a string")),
		})
		.collect()
}
