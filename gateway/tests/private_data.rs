//! Data ownership enforced by encryption, end to end on a real `iot-node --dev` and gateway:
//! Alice's device publishes on a private stream; Bob buys a period of access and reads, decrypts
//! and verifies on chain what Charlie, without a grant, can neither fetch nor decrypt; Alice
//! revokes Bob, who is refunded the unserved period, keeps what he already had and cannot read
//! what follows. Bad input (a malformed key file, a request signed by another account, a reused
//! challenge, a tampered ciphertext, an expired grant, a malformed query) is refused clearly and
//! counted.

mod common;

use std::{path::Path, process::Command, time::Duration};

use common::*;
use iot_gateway::{
	chain::Chain,
	keys::DeviceKey,
	pipeline::keypair,
	private::{
		audience::best_block,
		request::{DataRequest, ACCOUNT_HEADER, NONCE_HEADER, SIGNATURE_HEADER},
		wire::{ChallengeJson, DataAnswer},
	},
};
use iot_metadata::iot;
use sp_core::{bytes::to_hex, crypto::Ss58Codec, sr25519, Pair, H256};

/// The price of one period of 100 blocks: 1 token.
const PRICE: u128 = 1_000_000_000_000;
const PERIOD: u32 = 100;

/// Runs `iot-gateway args`: (success, stdout, stderr).
fn cli(args: &[&str]) -> (bool, String, String) {
	let out = Command::new(GATEWAY).args(args).output().expect("iot-gateway runs");
	let text = |b: &[u8]| String::from_utf8_lossy(b).to_string();
	(out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// The JSON lines of a `data fetch`/`data open`.
fn lines(stdout: &str) -> Vec<serde_json::Value> {
	stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn ss58(pair: &sr25519::Pair) -> String {
	sp_core::crypto::AccountId32::from(pair.public().0).to_ss58check()
}

fn post_readings(
	http: &str,
	key: &DeviceKey,
	genesis: H256,
	device: u64,
	range: std::ops::Range<u64>,
) {
	let items: Vec<String> = range
		.map(|s| String::from_utf8(signed_reading(key, genesis, device, s)).expect("UTF-8"))
		.collect();
	let body = format!("[{}]", items.join(","));
	let (status, answer) = curl(&[
		"-X",
		"POST",
		"-H",
		"Content-Type: application/json",
		"--data-binary",
		&body,
		&format!("http://{http}/readings"),
	]);
	assert_eq!(status, 202, "{answer}");
}

async fn anchored(http: &str, n: u64) {
	eventually(Duration::from_secs(60), &format!("{n} readings anchored"), async || {
		metric(http, "iot_gateway_readings_anchored_total ") == Some(n)
	})
	.await;
}

fn data_metric(http: &str, outcome: &str) -> u64 {
	metric(http, &format!("iot_gateway_data_requests_total{{outcome=\"{outcome}\"}} "))
		.unwrap_or_default()
}

/// A request signed by `signer` for `account`, with a fresh challenge: (status, body, headers
/// to send it again).
fn signed_request(
	http: &str,
	genesis: H256,
	signer: &sr25519::Pair,
	account: &str,
	request: DataRequest,
) -> (u16, String, Vec<String>) {
	let (status, body) = curl(&[&format!("http://{http}/data/challenge")]);
	assert_eq!(status, 200, "{body}");
	let challenge: ChallengeJson = serde_json::from_str(&body).expect("a challenge");
	let nonce: [u8; 32] = sp_core::bytes::from_hex(&challenge.nonce).unwrap().try_into().unwrap();
	let signature = signer.sign(&request.signing_payload(genesis, &nonce));
	let args = vec![
		"-H".into(),
		format!("{ACCOUNT_HEADER}: {account}"),
		"-H".into(),
		format!("{NONCE_HEADER}: {}", challenge.nonce),
		"-H".into(),
		format!("{SIGNATURE_HEADER}: {}", to_hex(&signature.0, false)),
		format!("http://{http}/data/{}/{}?{}", request.device, request.stream, request.query()),
	];
	let refs: Vec<&str> = args.iter().map(String::as_str).collect();
	let (status, body) = curl(&refs);
	(status, body, args)
}

async fn send<Call: subxt::transactions::Payload>(
	chain: &Chain,
	call: &Call,
) -> subxt::extrinsics::ExtrinsicEvents<subxt::PolkadotConfig> {
	chain.send(call).await.expect("included and successful")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_sell_and_revoke_access_and_encryption_enforces_it() {
	let started = std::time::Instant::now();
	let dir = TempDir::new("private-data");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let alice = Chain::new(&url, keypair("//Alice").unwrap());
	let bob = Chain::new(&url, keypair("//Bob").unwrap());
	let genesis = alice.genesis().await.expect("node answers");
	let (bob_pair, eve_pair) = (
		sr25519::Pair::from_string("//Bob", None).unwrap(),
		sr25519::Pair::from_string("//Eve", None).unwrap(),
	);
	let file = |name: &str| dir.0.join(name).display().to_string();

	// Given Alice's device with stream 0, and X25519 keys published by Alice, Bob and Charlie.
	let (manifest, keys) = manifest(&dir.0, "private", 1);
	let device = register(&url, &manifest)[0];
	let device_key = DeviceKey::from_spec(&keys[0]).unwrap();
	for who in ["Alice", "Bob", "Charlie"] {
		let out = file(&format!("{who}.key"));
		let (ok, stdout, stderr) = cli(&[
			"data",
			"keygen",
			"--out",
			&out,
			"--publish",
			"--url",
			&url,
			"--suri",
			&format!("//{who}"),
		]);
		assert!(ok, "keygen {who}: {stderr}");
		assert!(stdout.contains("\"public\":\"0x"), "{stdout}");
	}

	// And Alice offers the stream at 1 token per 100 blocks; Bob buys one period himself.
	send(&alice, &iot::tx().data_access().offer(device, 0, PRICE, PERIOD, 1, 0)).await;
	use iot::runtime_types::iot_primitives::data::PaymentSource;
	send(&bob, &iot::tx().data_access().subscribe(device, 0, 1, PRICE, PaymentSource::Own)).await;

	// And a gateway that keeps the stream private.
	let http = format!("127.0.0.1:{}", free_port());
	let stream = format!("{device}:0");
	let _gateway = Process::spawn(
		Path::new(GATEWAY),
		&run_args(&url, &dir.0, &http, &["--private", &stream, "--batch-ms", "300"]),
		dir.0.join("gateway.log"),
	);
	wait_for_gateway(&http).await;

	// When the device publishes ten readings and they are anchored.
	post_readings(&http, &device_key, genesis, device, 0..10);
	anchored(&http, 10).await;
	// Their plaintext proof is not public.
	let (status, _) = curl(&[&format!("http://{http}/proof/{device}/0/3")]);
	assert_eq!(status, 403);

	// Then Bob fetches them, decrypts them and verifies each on chain and against the device.
	let fetch = |who: &str, key: &str, from: &str, to: &str, save: &str| {
		cli(&[
			"data",
			"fetch",
			"--device",
			&device.to_string(),
			"--stream",
			"0",
			"--from",
			from,
			"--to",
			to,
			"--key",
			key,
			"--gateway",
			&format!("http://{http}"),
			"--save",
			save,
			"--url",
			&url,
			"--suri",
			&format!("//{who}"),
		])
	};
	let (ok, stdout, stderr) = fetch("Bob", &file("Bob.key"), "0", "9", &file("bob.json"));
	assert!(ok, "Bob's fetch: {stderr}\n{stdout}");
	let readings = lines(&stdout);
	assert_eq!(readings.len(), 10);
	for (sequence, r) in readings.iter().enumerate() {
		assert_eq!(r["sequence"], sequence as u64);
		assert_eq!(r["onChain"], true, "{r}");
		assert_eq!(r["errors"], serde_json::json!([]), "{r}");
		assert_eq!(r["reading"]["value"]["scalar"], 4000 + sequence as i64, "{r}");
		assert!(r["reading"]["signature"]["sr25519"].is_string(), "signed by the device: {r}");
	}
	let bob_answer: DataAnswer = serde_json::from_str(
		std::fs::read_to_string(file("bob.json")).unwrap().lines().next().unwrap(),
	)
	.unwrap();
	let first_epoch = bob_answer.epochs[0].epoch;
	assert!(bob_answer.epochs.iter().all(|e| e.envelope.is_some()));

	// And Charlie, without a grant, is refused, and cannot open what Bob received (though he can
	// check its integrity on chain).
	let (ok, _, stderr) = fetch("Charlie", &file("Charlie.key"), "0", "9", &file("charlie.json"));
	assert!(!ok && stderr.contains("403 no_grant"), "{stderr}");
	let (ok, stdout, _) = cli(&[
		"data",
		"open",
		"--file",
		&file("bob.json"),
		"--key",
		&file("Charlie.key"),
		"--url",
		&url,
		"--suri",
		"//Charlie",
	]);
	assert!(!ok);
	for r in lines(&stdout) {
		assert_eq!(r["onChain"], true);
		assert!(r["reading"].is_null(), "{r}");
		let errors = r["errors"].to_string();
		assert!(errors.contains("does not open with this key"), "{errors}");
	}

	// Bad input: a malformed key file, refused before any request.
	std::fs::write(file("bad.key"), "not a key\n").unwrap();
	let (ok, _, stderr) = fetch("Bob", &file("bad.key"), "0", "9", &file("x.json"));
	assert!(!ok && stderr.contains("malformed reader key file"), "{stderr}");
	// A request Eve signed in Bob's name.
	let request = DataRequest { device, stream: 0, from: 0, to: Some(9) };
	let (status, body, _) = signed_request(&http, genesis, &eve_pair, &ss58(&bob_pair), request);
	assert_eq!((status, body.contains("bad_signature")), (401, true), "{body}");
	// A challenge answered twice.
	let (status, body, again) =
		signed_request(&http, genesis, &bob_pair, &ss58(&bob_pair), request);
	assert_eq!(status, 200, "{body}");
	let (status, body) = curl(&again.iter().map(String::as_str).collect::<Vec<_>>());
	assert_eq!((status, body.contains("bad_challenge")), (401, true), "{body}");
	// A malformed query.
	let (status, body) = curl(&[&format!("http://{http}/data/{device}/0?from=x")]);
	assert_eq!((status, body.contains("malformed")), (400, true), "{body}");
	// A tampered ciphertext: the reader's CLI says which reading, and why.
	let mut tampered = bob_answer.clone();
	let ciphertext = &mut tampered.readings[4].ciphertext;
	let flipped = if ciphertext.ends_with('0') { '1' } else { '0' };
	ciphertext.pop();
	ciphertext.push(flipped);
	std::fs::write(file("tampered.json"), serde_json::to_string(&tampered).unwrap()).unwrap();
	let (ok, stdout, stderr) = cli(&[
		"data",
		"open",
		"--file",
		&file("tampered.json"),
		"--key",
		&file("Bob.key"),
		"--url",
		&url,
		"--suri",
		"//Bob",
	]);
	assert!(!ok && stderr.contains("could not decrypt or verify: [4]"), "{stderr}");
	let fourth = &lines(&stdout)[4];
	assert_eq!(fourth["onChain"], false, "{fourth}");
	assert!(fourth["errors"].to_string().contains("cannot decrypt"), "{fourth}");

	// When Alice grants Dave access that expires at once, and revokes Bob.
	let dave = keypair("//Dave").unwrap().public_key().to_account_id();
	let best = best_block(&alice).await.expect("best block").block_number();
	let expiry = u32::try_from(best).unwrap() + 2;
	send(&alice, &iot::tx().data_access().grant(device, 0, dave, 0, None, Some(expiry))).await;
	let bob_account = bob.account();
	let events = send(&alice, &iot::tx().data_access().revoke(device, 0, bob_account)).await;

	// Then Bob is refunded the unserved part of his period.
	let ended = events
		.find_first::<iot::data_access::events::AccessEnded>()
		.expect("event decodes")
		.expect("AccessEnded");
	assert!(ended.refunded > 0 && ended.refunded < PRICE, "refunded {}", ended.refunded);
	assert_eq!(ended.paid + ended.refunded, PRICE);

	// And Dave's grant has expired.
	std::fs::copy(file("Charlie.key"), file("Dave.key")).unwrap();
	let (ok, _, stderr) = fetch("Dave", &file("Dave.key"), "0", "9", &file("dave.json"));
	assert!(!ok && stderr.contains("403 grant_expired"), "{stderr}");

	// When ten more readings are published and anchored.
	post_readings(&http, &device_key, genesis, device, 10..20);
	anchored(&http, 20).await;

	// Then Bob can fetch nothing more, but what he received still decrypts and verifies.
	let (ok, _, stderr) = fetch("Bob", &file("Bob.key"), "0", "19", &file("bob2.json"));
	assert!(!ok && stderr.contains("403 no_grant"), "{stderr}");
	let (ok, stdout, stderr) = cli(&[
		"data",
		"open",
		"--file",
		&file("bob.json"),
		"--key",
		&file("Bob.key"),
		"--url",
		&url,
		"--suri",
		"//Bob",
	]);
	assert!(ok, "{stderr}");
	assert_eq!(lines(&stdout).len(), 10);

	// And the later readings are under a new epoch key sealed to Alice, not to Bob.
	let (ok, stdout, stderr) = fetch("Alice", &file("Alice.key"), "10", "19", &file("alice.json"));
	assert!(ok, "the owner reads its own data: {stderr}");
	assert_eq!(lines(&stdout).len(), 10);
	let alice_answer: DataAnswer =
		serde_json::from_str(&std::fs::read_to_string(file("alice.json")).unwrap()).unwrap();
	assert!(alice_answer.epochs.iter().all(|e| e.epoch > first_epoch), "{:?}", alice_answer.epochs);
	let (ok, stdout, _) = cli(&[
		"data",
		"open",
		"--file",
		&file("alice.json"),
		"--key",
		&file("Bob.key"),
		"--url",
		&url,
		"--suri",
		"//Bob",
	]);
	assert!(!ok);
	assert!(lines(&stdout).iter().all(|r| r["reading"].is_null() && r["onChain"] == true));

	// And every refusal was counted under its reason; two epoch keys were started.
	assert_eq!(data_metric(&http, "no_grant"), 2);
	assert_eq!(data_metric(&http, "grant_expired"), 1);
	assert_eq!(data_metric(&http, "bad_signature"), 1);
	assert_eq!(data_metric(&http, "bad_challenge"), 1);
	assert_eq!(data_metric(&http, "malformed"), 1);
	assert_eq!(data_metric(&http, "served"), 3);
	assert_eq!(metric(&http, "iot_gateway_key_epochs_total "), Some(2));
	assert_eq!(metric(&http, "iot_gateway_sealed_readings_total "), Some(20));
	eprintln!("private data end to end: {:?}", started.elapsed());
}
