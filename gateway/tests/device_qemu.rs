//! The device SDK's firmware, run under QEMU (mps2-an386, Cortex-M4), against a real node and
//! gateway: each key kind's device is registered with the possession proof it made itself; its
//! own signed batch is anchored and a reading of it attested on chain; its signed readings go
//! to the gateway over HTTP (SCALE), are anchored and proven through the runtime; a reading
//! altered in transit is refused, and the device's SDK reads the gateway's answers.
//!
//! The firmware is built by `./scripts/device.sh` (which `./scripts/test.sh` runs first) into
//! `$IOT_FIRMWARE_DIR` (default `~/.cache/iot-chain/embedded/firmware`).

mod common;

use std::{path::PathBuf, process::Command, time::Duration};

use codec::{Decode, Encode};
use common::*;
use iot_device::ack::{self, Reason};
use iot_gateway::{chain::convert, pipeline::keypair, proofs, wire::ProofJson};
use iot_metadata::iot;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	telemetry::{Batch, BatchHeader, ReadingValue, SignedReading},
};
use sp_core::bytes::from_hex;

const KINDS: [&str; 4] = ["ed25519", "p256", "secp256k1", "sr25519"];

fn firmware(kind: &str) -> PathBuf {
	let dir = std::env::var_os("IOT_FIRMWARE_DIR").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(std::env::var("HOME").expect("HOME"))
			.join(".cache/iot-chain/embedded/firmware")
	});
	let elf = dir.join(format!("iot-firmware-{kind}"));
	assert!(elf.exists(), "{} is missing: run ./scripts/device.sh", elf.display());
	elf
}

/// What the firmware wrote: (label, hex fields) per line.
struct Output(Vec<(String, Vec<Vec<u8>>)>);

impl Output {
	fn all<T: Decode>(&self, label: &str) -> Vec<T> {
		self.0
			.iter()
			.filter(|(l, _)| l == label)
			.map(|(_, fields)| T::decode(&mut &fields[0][..]).expect("firmware output decodes"))
			.collect()
	}

	fn one<T: Decode>(&self, label: &str) -> T {
		self.all(label).pop().unwrap_or_else(|| panic!("no `{label}` line"))
	}
}

/// Boots the firmware under QEMU with `args` and reads what it wrote.
fn boot(kind: &str, args: &[String]) -> Output {
	let mut config = String::from("enable=on,target=native,arg=iot-firmware");
	for a in args {
		config.push_str(",arg=");
		config.push_str(a);
	}
	let out = Command::new("qemu-system-arm")
		.args(["-machine", "mps2-an386", "-cpu", "cortex-m4", "-nographic", "-monitor", "none"])
		.args(["-serial", "none", "-semihosting-config", &config, "-kernel"])
		.arg(firmware(kind))
		.output()
		.expect("qemu-system-arm runs (./scripts/device.sh installs it)");
	let text = String::from_utf8_lossy(&out.stdout).to_string();
	assert!(out.status.success() && text.contains("\ndone\n"), "firmware {kind} failed:\n{text}");
	Output(
		text.lines()
			.filter_map(|line| {
				let mut words = line.split(' ');
				let label = words.next()?.to_string();
				let fields = words.map(|w| from_hex(w).unwrap_or_default()).collect();
				Some((label, fields))
			})
			.collect(),
	)
}

fn post_scale(http: &str, dir: &std::path::Path, readings: &[SignedReading]) -> (u16, ack::Ack) {
	let body = dir.join("body.scale");
	std::fs::write(&body, readings.to_vec().encode()).expect("body");
	let (status, text) = curl(&[
		"-H",
		"Content-Type: application/scale",
		"--data-binary",
		&format!("@{}", body.display()),
		&format!("http://{http}/readings"),
	]);
	(status, ack::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{e:?} parsing {text}")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn qemu_firmware_registers_signs_anchors_and_is_proven() {
	let dir = TempDir::new("device-qemu");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let chain = iot_gateway::chain::Chain::new(&url, keypair("//Alice").unwrap());
	let genesis = chain.genesis().await.expect("node answers");
	let common_args =
		[format!("genesis={}", hex(&genesis.0)), format!("owner={}", hex(&chain.account().0))];

	// Before registration: each firmware tells its key and proves it holds it, for Alice.
	let mut manifest = String::new();
	let mut keys = Vec::new();
	for kind in KINDS {
		let args = [
			&common_args[..],
			&["nonce=1", "device=0", "time=0", "readings=0", "batch=0"].map(String::from),
		]
		.concat();
		let out = boot(kind, &args);
		let key: DevicePublicKey = out.one("key");
		let proof: DeviceSignature = out.one("proof");
		manifest.push_str(&format!(
			"[[device]]\npublic = \"0x{}\"\nproof = \"0x{}\"\nnonce = 1\nclass = \"acme/qemu-{kind}\"\n\
			 streams = [{{ id = 0, name = \"temperature\", unit = 1 }}, {{ id = 1, name = \"cold-chain\", unit = 1 }}]\n\n",
			hex(&key.encode()),
			hex(&proof.encode()),
		));
		keys.push(key);
	}
	let path = dir.0.join("devices.toml");
	std::fs::write(&path, manifest).unwrap();
	let ids = register(&url, &path);
	assert_eq!(ids.len(), KINDS.len());

	let now_ms =
		std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis()
			as u64;
	let mut runs = Vec::new();
	for (kind, id) in KINDS.iter().zip(&ids) {
		let args = [
			&common_args[..],
			&["nonce=1".to_string(), format!("device={id}"), format!("time={}", now_ms - 120_000)],
			&["readings=6", "batch=5"].map(String::from),
		]
		.concat();
		runs.push(boot(kind, &args));
	}

	// The device's own batch: anchored by its owner with the device's signature over the header,
	// then one of its readings attested on chain.
	for ((kind, id), out) in KINDS.iter().zip(&ids).zip(&runs) {
		let batch: Vec<SignedReading> = out.all("batch");
		let header_line = out.0.iter().find(|(l, _)| l == "header").expect("a header line");
		let header = BatchHeader::decode(&mut &header_line.1[0][..]).unwrap();
		let signature = DeviceSignature::decode(&mut &header_line.1[1][..]).unwrap();
		assert_eq!(header.range.device, *id);
		let readings: Vec<_> = batch.iter().map(|s| s.reading.clone()).collect();
		let tree = Batch::new(readings.clone());
		assert_eq!(tree.root(), header.root, "{kind}: the device's streaming root is the chain's");
		let from = chain.next_anchor_id().await.unwrap();
		let range = convert(&(header.range.clone(), Some((header.summary, signature)))).unwrap();
		let anchor = iot::tx().telemetry_anchor().anchor_batch(
			header.root,
			header.leaf_count,
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(vec![range]),
			None,
		);
		chain.send(&anchor).await.unwrap_or_else(|e| panic!("{kind}: anchor_batch: {e}"));
		let anchor_id = chain.find_anchor(header.root, from).await.unwrap().expect("anchored");
		let proof = tree.proof(2).unwrap();
		let attest = iot::tx().telemetry_anchor().attest_reading(
			anchor_id,
			convert(&readings[2]).unwrap(),
			2,
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(
				proof.siblings.clone(),
			),
		);
		let events = chain.send(&attest).await.unwrap_or_else(|e| panic!("{kind}: attest: {e}"));
		let attested = events
			.find_first::<iot::telemetry_anchor::events::ReadingAttested>()
			.expect("events decode")
			.expect("a ReadingAttested event");
		assert_eq!(attested.anchor, anchor_id, "{kind}: the reading was attested");
	}

	// Signed readings through the gateway.
	let http = format!("127.0.0.1:{}", free_port());
	let gateway_args = run_args(&url, &dir.0, &http, &["--batch-size", "6", "--batch-ms", "200"]);
	let _gateway =
		Process::spawn(std::path::Path::new(GATEWAY), &gateway_args, dir.0.join("gateway.log"));
	wait_for_gateway(&http).await;
	for ((kind, id), out) in KINDS.iter().zip(&ids).zip(&runs) {
		let readings: Vec<SignedReading> = out.all("reading");
		assert_eq!(readings.len(), 6);
		let (status, answer) = post_scale(&http, &dir.0, &readings[..5]);
		assert_eq!((status, answer.accepted, answer.all_accepted()), (202, 5, true), "{kind}");

		let mut altered = readings[5].clone();
		altered.reading.value = ReadingValue::Scalar(9_500);
		let (status, answer) = post_scale(&http, &dir.0, &[altered]);
		assert_eq!(status, 422, "{kind}: an altered reading is refused");
		assert_eq!(answer.accepted, 0);
		let refusal = answer.refused().next().expect("one refusal");
		assert_eq!((refusal.index, refusal.reason), (0, Reason::BadSignature), "{kind}");

		let (status, answer) = post_scale(&http, &dir.0, &readings[5..]);
		assert_eq!((status, answer.accepted), (202, 1), "{kind}: the genuine reading is taken");

		let mut proven = None;
		eventually(Duration::from_secs(60), "the reading's proof", async || {
			let (status, body) = curl(&[&format!("http://{http}/proof/{id}/0/3")]);
			proven = (status == 200).then(|| serde_json::from_str::<ProofJson>(&body).unwrap());
			proven.is_some()
		})
		.await;
		let proof = proven.unwrap();
		assert!(proofs::verify(&chain, proof.clone()).await.unwrap(), "{kind}: proven on chain");
		let mut forged = proof;
		forged.reading.value = iot_gateway::wire::ValueJson::Scalar(1);
		assert!(!proofs::verify(&chain, forged).await.unwrap(), "{kind}: a changed value is not");
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
