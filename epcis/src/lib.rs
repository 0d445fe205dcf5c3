//! # iot-epcis
//!
//! GS1 EPCIS 2.0 JSON/JSON-LD import for the provenance pallet's importer.
//!
//! ## Overview
//!
//! - [`event_hash_id`]: the CBV 2.0 (section 8.9) *EPCIS Event Hash ID* of an event,
//!   `ni:///sha-256;<hex>?ver=CBV2.0`, which the chain anchors so that a standard document can be
//!   checked against it.
//! - [`parse_document`]: an `EPCISDocument` (or `EPCISQueryDocument`) into typed [`Event`]s, each
//!   with its hash ID and its identifiers as GS1 element-string keys. A document with any
//!   malformed or unsupported event is refused whole.
//!
//! ## Terminology
//!
//! - *Pre-hash string*: the canonical text of an event that is digested.
//! - *Element string*: a GS1 key written as Application Identifiers and values,
//!   e.g. `0109521141123451212017` for GTIN 09521141123451 serial 2017; the external key the
//!   pallet stores.
//! - *Constrained canonical Digital Link URI*: `https://id.gs1.org/01/<gtin14>/21/<serial>`, the
//!   form every EPC URN and Digital Link URI takes in the pre-hash string.
//!
//! ## Usage
//!
//! ```
//! let doc = iot_epcis::parse_document(include_str!("../examples/farm_to_table.jsonld")).unwrap();
//! for event in &doc.events {
//!     assert!(event.hash_id.starts_with("ni:///sha-256;"));
//! }
//! ```
//!
//! ## What the hash supports
//!
//! The pre-hash string follows the algorithm text of CBV 2.0 section 8.9 as the reference
//! implementation (RalphTro/epcis-event-hash-generator) applies it, and is tested against that
//! repository's JSON-LD vectors. In particular: the canonical property order; timestamps in UTC
//! at millisecond precision; bare CBV terms, CBV URNs and CURIEs expanded; EPC URIs, EPC Class
//! URIs, EPC Pattern URIs of one class, and Digital Link URIs (any host, short names, query
//! strings, CPV, lot-and-serial) to the constrained canonical Digital Link URI, for all GS1 keys
//! the CBV keeps; quantity lists; persistent dispositions; sensor elements (metadata, reports,
//! their extensions); certification info; ILMD; bizTransaction/source/destination lists; user
//! extensions at any depth; `eventID`, `recordTime`, `errorDeclaration` and comments excluded.
//!
//! Where the CBV text and the reference implementation disagree, or the reference produces no
//! hash, [`HashError::Unsupported`] is returned instead of a hash no one else would reproduce:
//!
//! - JSON `true`/`false`/`null` values (the reference hashes Python's `True`/`None`);
//! - text values that look numeric but are not in canonical number form (`007`, `1.0`,
//!   `+5`: the reference reformats them, CBV only reformats quantities), integers beyond 2^53,
//!   and numbers below 1e-4 (the reference writes `1e-05`);
//! - timestamps whose sub-millisecond part is exactly half a millisecond after an even
//!   millisecond, or that round into the next second (the reference rounds half-to-even or fails);
//! - a free-text value that spells a bare CBV term (`shipping`), which the reference rewrites
//!   depending on the rest of the document;
//! - EPC URNs with `%`-escapes other than the mandatory ones, and Digital Link URIs that need
//!   normalising but hold `%`-escapes, a fragment, a trailing slash or an over-long CPV;
//! - bizTransaction/source/destination elements without a type;
//! - an extension that is the only child of a standard object (e.g. `sensorMetadata`), or whose
//!   key is not expanded with a namespace ending in `/`; lists nested in lists; keys that are
//!   neither EPCIS fields nor `prefix:name` (full-IRI keys included);
//! - a CBV vocabulary URN inside a longer value.
//!
//! As the reference does, only prefixes the document (or event) declares in `@context` are
//! expanded: `cbvmda:lotNumber` in a document that relies on the standard context for `cbvmda`
//! is hashed as written. Deviations from the reference, on purpose: an event's own `@context`
//! is read for prefixes and not hashed; `bizTransaction`/`source`/`destination` elements are
//! written type first whatever the JSON key order (the reference follows key order in JSON and
//! writes the type first from XML); the reference's test-only `repository-x:ignoreFields`
//! convention is not honoured. XML documents are not read.

mod canon;
mod context;
mod digital_link;
mod document;
mod epc_urn;
mod error;
mod gs1;
mod identifier;
mod prehash;
mod vocab;

pub use context::Context;
pub use document::{
	parse_document, Action, BizTransaction, Document, Event, EventKind, Party, PartyKind, Quantity,
};
pub use error::{HashError, ImportError};
pub use identifier::{Identifier, IdentifierError, IdentifierKind};
pub use prehash::{event_hash_id, event_hash_id_in, pre_hash_string};
pub use vocab::{BIZ_STEPS, DISPOSITIONS};
