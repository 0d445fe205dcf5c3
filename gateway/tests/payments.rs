//! Voucher relay: payers' vouchers posted to the gateway are checked with the runtime, only the
//! newest per channel is held, and held vouchers of several channels are claimed in one
//! settlement.

mod common;

use std::time::Duration;

use common::*;
use iot_gateway::{chain::Chain, pipeline::keypair};
use iot_metadata::iot;
use iot_primitives::payment::Voucher;
use sp_core::{sr25519, Pair, H256};

async fn open_channel(chain: &Chain, payee: subxt::utils::AccountId32) -> u64 {
	let call = iot::tx().m2m_payments().open_channel(payee, None, 1_000_000_000_000, 1_000);
	let events = chain
		.submit_in_order(&call)
		.await
		.expect("submitted")
		.wait_for_finalized_success()
		.await
		.expect("channel opened");
	events
		.find_first::<iot::m2m_payments::events::ChannelOpened>()
		.expect("event")
		.expect("decodes")
		.channel
}

fn voucher_json(
	payer: &sr25519::Pair,
	genesis: H256,
	channel: u64,
	cumulative: u128,
	nonce: u64,
) -> String {
	let voucher = Voucher { channel, cumulative, nonce };
	let signature = payer.sign(&voucher.signing_payload(genesis));
	let hex = sp_core::bytes::to_hex(&signature.0, false);
	format!(
		r#"{{"channel":{channel},"cumulative":"{cumulative}","nonce":{nonce},"signature":{{"sr25519":"{hex}"}}}}"#
	)
}

async fn claimed(chain: &Chain, channel: u64) -> u128 {
	let at = chain.conn().await.unwrap().api.at_current_block().await.unwrap();
	at.storage()
		.fetch(iot::storage().m2m_payments().channels(), (channel,))
		.await
		.expect("open channel")
		.decode()
		.expect("decodes")
		.claimed
}

fn post(http: &str, body: &str) -> (u16, String) {
	curl(&[
		"-X",
		"POST",
		"-H",
		"Content-Type: application/json",
		"--data-binary",
		body,
		&format!("http://{http}/vouchers"),
	])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vouchers_are_relayed_and_settled_in_batches() {
	let dir = TempDir::new("payments");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let chain = Chain::new(&url, keypair("//Alice").unwrap());
	let genesis = chain.genesis().await.expect("node answers");
	let bob = keypair("//Bob").unwrap().public_key().to_account_id();
	let charlie = keypair("//Charlie").unwrap().public_key().to_account_id();
	let to_bob = open_channel(&chain, bob).await;
	let to_charlie = open_channel(&chain, charlie).await;
	let alice = sr25519::Pair::from_string("//Alice", None).unwrap();

	let http = format!("127.0.0.1:{}", free_port());
	let _gateway = Process::spawn(
		std::path::Path::new(GATEWAY),
		&[
			"run",
			"--url",
			&url,
			"--suri",
			"//Ferdie",
			"--spool",
			&dir.0.join("spool.redb").display().to_string(),
			"--http",
			&http,
			"--settle-ms",
			"10000",
		]
		.map(String::from),
		dir.0.join("gateway.log"),
	);
	wait_for_gateway(&http).await;

	// Given a stream of micropayments to Bob (50 vouchers of 0.000001 IOT each) and one to Charlie.
	for k in 1..=50u64 {
		let (status, body) =
			post(&http, &voucher_json(&alice, genesis, to_bob, u128::from(k) * 1_000_000, k));
		assert_eq!(status, 202, "voucher {k}: {body}");
	}
	let (status, body) =
		post(&http, &format!("[{}]", voucher_json(&alice, genesis, to_charlie, 7_000_000, 1)));
	assert_eq!(status, 202, "{body}");

	// Refused: an older voucher than the one held, a forged one, one above the deposit.
	let (status, body) = post(&http, &voucher_json(&alice, genesis, to_bob, 10_000_000, 10));
	assert_eq!((status, body.contains("\"stale\"")), (422, true), "{body}");
	let mallory = sr25519::Pair::from_string("//Mallory", None).unwrap();
	let (status, body) = post(&http, &voucher_json(&mallory, genesis, to_bob, 99_000_000, 99));
	assert_eq!((status, body.contains("\"not_claimable\"")), (422, true), "{body}");
	let (status, body) =
		post(&http, &voucher_json(&alice, genesis, to_bob, 2_000_000_000_000, 100));
	assert_eq!((status, body.contains("\"not_claimable\"")), (422, true), "{body}");
	let (status, _) = post(&http, "{\"channel\":1}");
	assert_eq!(status, 400);

	// Then one settlement claims the newest voucher of each channel.
	eventually(Duration::from_secs(60), "the settlement", async || {
		metric(&http, "iot_gateway_vouchers_claimed_total ") == Some(2)
	})
	.await;
	assert_eq!(claimed(&chain, to_bob).await, 50_000_000);
	assert_eq!(claimed(&chain, to_charlie).await, 7_000_000);
	let log = std::fs::read_to_string(dir.0.join("gateway.log")).unwrap();
	assert!(
		log.contains("settlement included") && log.contains("vouchers=2"),
		"one settlement for both"
	);
	assert_eq!(metric(&http, "iot_gateway_vouchers_relayed_total "), Some(51));
	assert_eq!(metric(&http, "iot_gateway_vouchers_refused_total "), Some(3));

	// A later voucher is settled in turn; a replay of a settled one is refused.
	let (status, _) = post(&http, &voucher_json(&alice, genesis, to_bob, 51_000_000, 51));
	assert_eq!(status, 202);
	eventually(Duration::from_secs(60), "the second settlement", async || {
		claimed(&chain, to_bob).await == 51_000_000
	})
	.await;
	let (status, _) = post(&http, &voucher_json(&alice, genesis, to_bob, 51_000_000, 51));
	assert_eq!(status, 422);
}
