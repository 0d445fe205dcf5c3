//! # iot-gateway
//!
//! How devices reach the IoT chain. Readings come in over MQTT, HTTP or a JSON-lines file, signed
//! by the device's registered key (or vouched for by an authenticating transport). Each is
//! checked (device known and active, signature, stream declared, sequence after the last one)
//! and committed to a local redb spool before its sender is answered. Spooled readings are cut
//! into batches by size or age, hashed into Merkle trees with `iot-primitives` and anchored with
//! `TelemetryAnchor::anchor_batch`; the batches stay in the spool so that any reading's proof can
//! be served later and checked on chain.
//!
//! Private streams (`[private]`, `--private D:S`) are sealed at batch time for the readers the
//! chain names and served only to requests signed by them; see [`private`].
//!
//! `epcis import` maps GS1 EPCIS 2.0 documents onto the provenance pallet's calls.
//!
//! Payment-channel vouchers posted to it are checked with the runtime and claimed for their
//! payees in batched settlements.
//!
//! The chain is reached with subxt and the static interface of `iot-metadata`; the gateway keeps
//! its own nonce counter for several anchors in flight and signs mortal transactions.

pub mod anchorer;
pub mod chain;
pub mod cli;
pub mod config;
pub mod directory;
pub mod epcis;
pub mod history;
pub mod http;
pub mod intake;
pub mod keys;
pub mod metrics;
pub mod mqtt;
pub mod pipeline;
pub mod private;
pub mod proofs;
pub mod readings;
pub mod refusal;
pub mod register;
pub mod spool;
pub mod verify;
pub mod vouchers;
pub mod web;
pub mod wire;
