//! Submitting transactions and reading events with subxt's dynamic API.

// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use subxt::{
	dynamic::{self, Value},
	ext::scale_value::Composite,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

pub type Api = OnlineClient<PolkadotConfig>;

/// An event as `(pallet, event, fields)`.
pub type EventFields = (String, String, Composite<()>);

/// The account of `keypair` as a call argument.
pub fn account(keypair: &Keypair) -> Value {
	Value::from_bytes(keypair.public_key().0)
}

/// A one-field enum variant holding `bytes`.
pub fn variant(name: &str, bytes: &[u8]) -> Value {
	Value::variant(name, Composite::unnamed([Value::from_bytes(bytes)]))
}

/// `Option::None`.
pub fn none() -> Value {
	Value::variant("None", Composite::unnamed([]))
}

/// `Option::Some(value)`.
pub fn some(value: Value) -> Value {
	Value::variant("Some", Composite::unnamed([value]))
}

/// Why a transaction did not succeed, as the client reports it.
enum Failure {
	/// The transaction pool refused it (at submission or in its watched status).
	Refused(String),
	/// It was included and its dispatch failed.
	Failed(String),
}

/// Submits `call` signed by `signer` and waits for it in a finalized block: the events of the
/// transaction, or why it did not succeed.
async fn submit_and_watch(
	api: &Api,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	args: Vec<Value>,
) -> Result<Vec<EventFields>, Failure> {
	let tx = dynamic::transaction(pallet, call, args);
	let events = api
		.at_current_block()
		.await
		.unwrap()
		.transactions()
		.sign_and_submit_then_watch_default(&tx, signer)
		.await
		.map_err(|e| Failure::Refused(format!("{e:?}")))?
		.wait_for_finalized_success()
		.await
		.map_err(|e| match format!("{e:?}") {
			status if status.contains("TransactionStatusError") => Failure::Refused(status),
			_ => Failure::Failed(e.to_string()),
		})?;
	Ok(events
		.iter()
		.map(|e| {
			let e = e.expect("events decode");
			let fields = e.decode_fields_unchecked_as::<Composite<()>>().expect("fields decode");
			(e.pallet_name().to_string(), e.event_name().to_string(), fields)
		})
		.collect())
}

/// Submits `call` signed by `signer`, waits for finality and returns the block's events of the
/// transaction.
pub async fn submit(
	api: &Api,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	args: Vec<Value>,
) -> Vec<EventFields> {
	match submit_and_watch(api, signer, pallet, call, args).await {
		Ok(events) => events,
		Err(Failure::Refused(e)) => panic!("{pallet}.{call} is refused by the pool: {e}"),
		Err(Failure::Failed(e)) => panic!("{pallet}.{call} fails: {e}"),
	}
}

/// The fields of the first `pallet.name` event.
pub fn find<'a>(events: &'a [EventFields], pallet: &str, name: &str) -> &'a Composite<()> {
	&events
		.iter()
		.find(|(p, e, _)| p == pallet && e == name)
		.unwrap_or_else(|| panic!("no {pallet}.{name} event in {events:?}"))
		.2
}

/// Submits `call` signed by `signer`, expecting it to be included and to fail; returns the
/// dispatch error as the client reports it.
pub async fn submit_failing(
	api: &Api,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	args: Vec<Value>,
) -> String {
	match submit_and_watch(api, signer, pallet, call, args).await {
		Ok(_) => panic!("{pallet}.{call} succeeded"),
		Err(Failure::Refused(e)) => panic!("{pallet}.{call} is refused by the pool: {e}"),
		Err(Failure::Failed(e)) => e,
	}
}

/// Submits `call` signed by `signer`, expecting the transaction pool to refuse it; returns the
/// refusal as the client reports it (at submission or as the watched transaction's status).
pub async fn submit_refused(
	api: &Api,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	args: Vec<Value>,
) -> String {
	match submit_and_watch(api, signer, pallet, call, args).await {
		Ok(_) => panic!("{pallet}.{call} was included"),
		Err(Failure::Failed(e)) => panic!("{pallet}.{call} was included and failed: {e}"),
		Err(Failure::Refused(e)) => e,
	}
}
