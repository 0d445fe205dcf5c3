//! The canonical pre-hash string of an event (CBV 2.0 section 8.9) and the Event Hash ID.
//!
//! The string is `eventType=<type>`, then the standard fields in the canonical property order,
//! then, sorted as whole strings, the lists the reference implementation appends after them
//! (`bizTransactionList`, `sourceList`, `destinationList`), `ilmd` and the user extensions.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::{
	canon::{self, Kind},
	context::Context,
	error::HashError,
	vocab::Vocab,
};

/// The shape of a standard field's value.
enum Shape {
	/// One value (or a list of them), written `name=value`.
	Scalar(Kind),
	/// A list of values, written `name` then `item=value` for each, sorted.
	List(&'static str, Kind),
	/// An object (or a list of them) with ordered fields and extensions at the end.
	Object(&'static [Field]),
	/// A list of objects, each written as `item` with ordered fields.
	ObjectList(&'static str, &'static [Field]),
}

type Field = (&'static str, Shape);

const ID: &[Field] = &[("id", Shape::Scalar(Kind::Text))];

const QUANTITY_ELEMENT: &[Field] = &[
	("epcClass", Shape::Scalar(Kind::Text)),
	("quantity", Shape::Scalar(Kind::Number)),
	("uom", Shape::Scalar(Kind::Text)),
];

const PERSISTENT_DISPOSITION: &[Field] = &[
	("set", Shape::Scalar(Kind::Term(Vocab::Disposition))),
	("unset", Shape::Scalar(Kind::Term(Vocab::Disposition))),
];

const SENSOR_METADATA: &[Field] = &[
	("time", Shape::Scalar(Kind::Time)),
	("startTime", Shape::Scalar(Kind::Time)),
	("endTime", Shape::Scalar(Kind::Time)),
	("deviceID", Shape::Scalar(Kind::Text)),
	("deviceMetadata", Shape::Scalar(Kind::Text)),
	("rawData", Shape::Scalar(Kind::Text)),
	("dataProcessingMethod", Shape::Scalar(Kind::Text)),
	("bizRules", Shape::Scalar(Kind::Text)),
];

const SENSOR_REPORT: &[Field] = &[
	("type", Shape::Scalar(Kind::Term(Vocab::MeasurementType))),
	("exception", Shape::Scalar(Kind::Term(Vocab::SensorException))),
	("deviceID", Shape::Scalar(Kind::Text)),
	("deviceMetadata", Shape::Scalar(Kind::Text)),
	("rawData", Shape::Scalar(Kind::Text)),
	("dataProcessingMethod", Shape::Scalar(Kind::Text)),
	("time", Shape::Scalar(Kind::Time)),
	("microorganism", Shape::Scalar(Kind::Text)),
	("chemicalSubstance", Shape::Scalar(Kind::Text)),
	("value", Shape::Scalar(Kind::Number)),
	("component", Shape::Scalar(Kind::Term(Vocab::Component))),
	("stringValue", Shape::Scalar(Kind::Text)),
	("booleanValue", Shape::Scalar(Kind::Text)),
	("hexBinaryValue", Shape::Scalar(Kind::Text)),
	("uriValue", Shape::Scalar(Kind::Text)),
	("minValue", Shape::Scalar(Kind::Number)),
	("maxValue", Shape::Scalar(Kind::Number)),
	("meanValue", Shape::Scalar(Kind::Number)),
	("sDev", Shape::Scalar(Kind::Number)),
	("percRank", Shape::Scalar(Kind::Number)),
	("percValue", Shape::Scalar(Kind::Number)),
	("uom", Shape::Scalar(Kind::Text)),
	("coordinateReferenceSystem", Shape::Scalar(Kind::Text)),
];

const SENSOR_ELEMENT: &[Field] = &[
	("sensorMetadata", Shape::Object(SENSOR_METADATA)),
	("sensorReport", Shape::Object(SENSOR_REPORT)),
];

/// The canonical property order, as the reference implementation applies it.
const EVENT: &[Field] = &[
	("eventTime", Shape::Scalar(Kind::Time)),
	("eventTimeZoneOffset", Shape::Scalar(Kind::Text)),
	("certificationInfo", Shape::Scalar(Kind::Text)),
	("parentID", Shape::Scalar(Kind::Text)),
	("epcList", Shape::List("epc", Kind::Text)),
	("inputEPCList", Shape::List("epc", Kind::Text)),
	("childEPCs", Shape::List("epc", Kind::Text)),
	("quantityList", Shape::ObjectList("quantityElement", QUANTITY_ELEMENT)),
	("childQuantityList", Shape::ObjectList("quantityElement", QUANTITY_ELEMENT)),
	("inputQuantityList", Shape::ObjectList("quantityElement", QUANTITY_ELEMENT)),
	("outputEPCList", Shape::List("epc", Kind::Text)),
	("outputQuantityList", Shape::ObjectList("quantityElement", QUANTITY_ELEMENT)),
	("action", Shape::Scalar(Kind::Text)),
	("transformationID", Shape::Scalar(Kind::Text)),
	("bizStep", Shape::Scalar(Kind::Term(Vocab::BizStep))),
	("disposition", Shape::Scalar(Kind::Term(Vocab::Disposition))),
	("persistentDisposition", Shape::Object(PERSISTENT_DISPOSITION)),
	("readPoint", Shape::Object(ID)),
	("bizLocation", Shape::Object(ID)),
	("sensorElementList", Shape::ObjectList("sensorElement", SENSOR_ELEMENT)),
];

/// Typed lists written after the ordered fields: (list, value key, type vocabulary).
const TYPED_LISTS: &[(&str, &str, Vocab)] = &[
	("bizTransactionList", "bizTransaction", Vocab::BizTransactionType),
	("sourceList", "source", Vocab::SourceDestType),
	("destinationList", "destination", Vocab::SourceDestType),
];

/// Fields that take no part in the hash.
const EXCLUDED: &[&str] = &["eventID", "recordTime", "errorDeclaration", "@context"];

/// Annotations the reference implementation drops wherever they occur.
const COMMENTS: &[&str] = &["rdfs:comment", "comment"];

const EVENT_TYPES: &[&str] = &[
	"ObjectEvent",
	"AggregationEvent",
	"TransactionEvent",
	"TransformationEvent",
	"AssociationEvent",
];

/// The EPCIS Event Hash ID of an event: `ni:///sha-256;<hex>?ver=CBV2.0`.
///
/// CURIEs are expanded with the prefixes of the event's own `@context`; use
/// [`event_hash_id_in`] for an event taken out of a document.
pub fn event_hash_id(event: &Value) -> Result<String, HashError> {
	event_hash_id_in(event, &Context::default())
}

/// [`event_hash_id`] with the prefixes of the enclosing document.
pub fn event_hash_id_in(event: &Value, ctx: &Context) -> Result<String, HashError> {
	let pre = pre_hash_string(event, ctx)?;
	Ok(format!("ni:///sha-256;{}?ver=CBV2.0", hex::encode(Sha256::digest(pre.as_bytes()))))
}

/// The canonical pre-hash string the Event Hash ID digests.
pub fn pre_hash_string(event: &Value, ctx: &Context) -> Result<String, HashError> {
	let obj = event.as_object().ok_or(HashError::NotAnObject)?;
	let ctx = ctx.with_declarations(event);
	let event_type = match obj.get("type") {
		Some(Value::String(t)) if EVENT_TYPES.contains(&t.as_str()) => t,
		Some(_) => return Err(HashError::malformed("type", "not an EPCIS event type")),
		None => return Err(HashError::Missing { field: "type".into() }),
	};
	let mut tail = Vec::new();
	for (key, value) in obj {
		let k = key.as_str();
		if k == "type"
			|| EXCLUDED.contains(&k)
			|| COMMENTS.contains(&k)
			|| EVENT.iter().any(|(name, _)| *name == k)
		{
			continue;
		}
		if let Some((_, item, vocab)) = TYPED_LISTS.iter().find(|(name, _, _)| *name == k) {
			tail.extend(typed_list(k, item, *vocab, value, &ctx)?);
		} else if k == "ilmd" {
			tail.extend(generic(k, value, &ctx, k)?);
		} else if let Some((name, _)) = ctx.expand_key(k) {
			tail.extend(generic(&name, value, &ctx, k)?);
		} else {
			return Err(HashError::unsupported(k, "not an EPCIS field nor an extension"));
		}
	}
	let mut out = format!("eventType={event_type}");
	out.push_str(&ordered_fields(obj, EVENT, &ctx, "")?);
	tail.sort();
	out.push_str(&tail.concat());
	Ok(out)
}

fn join_path(path: &str, key: &str) -> String {
	if path.is_empty() {
		key.to_owned()
	} else {
		format!("{path}.{key}")
	}
}

/// The standard fields of `obj` in `fields` order; values sharing a name are sorted.
fn ordered_fields(
	obj: &Map<String, Value>,
	fields: &[Field],
	ctx: &Context,
	path: &str,
) -> Result<String, HashError> {
	let mut out = String::new();
	for (name, shape) in fields {
		if let Some(value) = obj.get(*name) {
			let mut entries = field(name, shape, value, ctx, &join_path(path, name))?;
			entries.sort();
			out.push_str(&entries.concat());
		}
	}
	Ok(out)
}

/// Each element of a JSON list (or the value itself), with its path.
fn each<'a>(value: &'a Value, path: &str) -> Vec<(String, &'a Value)> {
	match value {
		Value::Array(items) => {
			items.iter().enumerate().map(|(i, v)| (format!("{path}[{i}]"), v)).collect()
		}
		other => vec![(path.to_owned(), other)],
	}
}

fn field(
	name: &str,
	shape: &Shape,
	value: &Value,
	ctx: &Context,
	path: &str,
) -> Result<Vec<String>, HashError> {
	let mut entries = Vec::new();
	match shape {
		Shape::Scalar(kind) => {
			for (p, v) in each(value, path) {
				let text = canon::scalar(v, *kind, ctx, &p)?;
				if !text.is_empty() {
					entries.push(format!("{name}={text}"));
				}
			}
		}
		Shape::List(item, kind) => {
			let Value::Array(items) = value else {
				return Err(HashError::malformed(path, "expected a list"));
			};
			let mut inner = Vec::new();
			for (i, v) in items.iter().enumerate() {
				let text = canon::scalar(v, *kind, ctx, &format!("{path}[{i}]"))?;
				if !text.is_empty() {
					inner.push(format!("{item}={text}"));
				}
			}
			inner.sort();
			if !inner.is_empty() {
				entries.push(format!("{name}{}", inner.concat()));
			}
		}
		Shape::Object(fields) => {
			for (p, v) in each(value, path) {
				entries.extend(object(name, fields, v, ctx, &p)?);
			}
		}
		Shape::ObjectList(item, fields) => {
			let Value::Array(items) = value else {
				return Err(HashError::malformed(path, "expected a list"));
			};
			let mut inner = Vec::new();
			for (i, v) in items.iter().enumerate() {
				inner.extend(object(item, fields, v, ctx, &format!("{path}[{i}]"))?);
			}
			inner.sort();
			if !inner.is_empty() {
				entries.push(format!("{name}{}", inner.concat()));
			}
		}
	}
	Ok(entries)
}

/// A standard object: its fields in order, then its extensions sorted. `None` when empty.
fn object(
	name: &str,
	fields: &[Field],
	value: &Value,
	ctx: &Context,
	path: &str,
) -> Result<Option<String>, HashError> {
	let Value::Object(obj) = value else {
		return Err(HashError::malformed(path, "expected an object"));
	};
	let mut extensions = Vec::new();
	let mut children = 0usize;
	let mut slash_namespaces = true;
	for (key, v) in obj {
		if COMMENTS.contains(&key.as_str()) {
			continue;
		}
		children += match v {
			Value::Array(items) => items.len(),
			_ => 1,
		};
		if fields.iter().any(|(f, _)| f == key) {
			continue;
		}
		let p = join_path(path, key);
		let Some((expanded, slash)) = ctx.expand_key(key) else {
			return Err(HashError::unsupported(&p, "not an EPCIS field nor an extension"));
		};
		slash_namespaces &= slash;
		extensions.extend(generic(&expanded, v, ctx, &p)?);
	}
	// The reference appends nested extensions only when their object has more than one child
	// and their key was expanded with a namespace ending in `/`; otherwise it writes them a
	// second time, out of place.
	if !extensions.is_empty() && (children < 2 || !slash_namespaces) {
		return Err(HashError::unsupported(
			path,
			"extension alone in its object, or in a namespace not ending in '/'",
		));
	}
	let mut out = ordered_fields(obj, fields, ctx, path)?;
	extensions.sort();
	out.push_str(&extensions.concat());
	Ok((!out.is_empty()).then(|| format!("{name}{out}")))
}

/// `bizTransactionList`, `sourceList`, `destinationList`: each element `type=..<item>=..`.
fn typed_list(
	name: &str,
	item: &str,
	vocab: Vocab,
	value: &Value,
	ctx: &Context,
) -> Result<Option<String>, HashError> {
	let Value::Array(items) = value else {
		return Err(HashError::malformed(name, "expected a list"));
	};
	let mut inner = Vec::new();
	for (i, element) in items.iter().enumerate() {
		let path = format!("{name}[{i}]");
		let Value::Object(obj) = element else {
			return Err(HashError::malformed(&path, "expected an object"));
		};
		if let Some(k) = obj.keys().find(|k| *k != "type" && *k != item) {
			return Err(HashError::unsupported(&join_path(&path, k), "unexpected field"));
		}
		// The reference cannot hash an element without a type (nor one with an empty value).
		let (Some(t), Some(v)) = (obj.get("type"), obj.get(item)) else {
			return Err(HashError::unsupported(&path, "element without both type and value"));
		};
		let t = canon::scalar(t, Kind::Term(vocab), ctx, &join_path(&path, "type"))?;
		let v = canon::scalar(v, Kind::Text, ctx, &join_path(&path, item))?;
		if t.is_empty() || v.is_empty() {
			return Err(HashError::unsupported(&path, "empty type or value"));
		}
		inner.push(format!("type={t}{item}={v}"));
	}
	inner.sort();
	Ok((!inner.is_empty()).then(|| format!("{name}{}", inner.concat())))
}

/// `ilmd` and user extensions: `name=value`, or `name` followed by its sorted children. Lists
/// repeat the name for each element.
fn generic(name: &str, value: &Value, ctx: &Context, path: &str) -> Result<Vec<String>, HashError> {
	match value {
		Value::Array(items) => {
			let mut out = Vec::new();
			for (i, v) in items.iter().enumerate() {
				let p = format!("{path}[{i}]");
				if v.is_array() {
					return Err(HashError::unsupported(&p, "list nested in a list"));
				}
				out.extend(generic(name, v, ctx, &p)?);
			}
			Ok(out)
		}
		Value::Object(obj) => {
			let mut children = Vec::new();
			for (key, v) in obj {
				if COMMENTS.contains(&key.as_str()) {
					continue;
				}
				let p = join_path(path, key);
				let Some((expanded, _)) = ctx.expand_key(key) else {
					return Err(HashError::unsupported(&p, "key is not a CURIE"));
				};
				children.extend(generic(&expanded, v, ctx, &p)?);
			}
			children.sort();
			Ok(vec![format!("{name}{}", children.concat())])
		}
		scalar => {
			let text = canon::scalar(scalar, Kind::Text, ctx, path)?;
			Ok(vec![if text.is_empty() { name.to_owned() } else { format!("{name}={text}") }])
		}
	}
}
