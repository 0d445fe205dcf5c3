//! The chain every run starts from: the `development` preset, then a few blocks of calls that
//! give it devices of every key kind (P-256 included, some certified), streams, anchors, channels
//! signed by accounts and devices, agreements, staked nodes, operators and sponsorships, and an
//! ended epoch, so that the fuzzer starts where the pallets meet.

use codec::Encode;
use frame_support::BoundedVec;
use iot_primitives::{
	merkle,
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
	payment::Condition,
	rewards::NodeKind,
	telemetry::{Batch, Reading, ReadingValue},
	DeviceId,
};
use iot_runtime::{
	genesis_config_presets, AccountId, BuildStorage, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeGenesisConfig, DAYS, HOURS, UNIT,
};
use pallet_device_registry::{Certificate, Registration, Rights, Scope};
use pallet_fee_sponsorship::{Quota, Scopes};
use pallet_telemetry_anchor::RangeInput;
use serde_json::Value;
use sp_core::H256;
use sp_runtime::{Percent, Storage};

use super::{
	actors::{Actors, Key, PEOPLE},
	calls::CELL,
	chain::{Chain, Head, Session},
	memory::Memory,
	Failure,
};

/// The seeded chain.
pub fn chain() -> Chain {
	let genesis =
		Chain::new(preset_storage(), Head { number: 0, hash: H256::zero() }, Memory::default());
	let (storage, head, memory) = genesis.snapshot(|s| {
		s.head.hash = s.genesis_hash();
		seed(s)
	});
	Chain::new(storage, head, memory)
}

/// The `development` preset over the default genesis config, as the node builds it.
fn preset_storage() -> Storage {
	let id = sp_genesis_builder::DEV_RUNTIME_PRESET.into();
	let patch = genesis_config_presets::get_preset(&id).expect("the development preset");
	let patch: Value = serde_json::from_slice(&patch).expect("a JSON preset");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("a JSON config");
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("a valid config");
	config.build_storage().expect("the genesis storage")
}

/// Overwrites `base` with `patch`, object key by object key: what `sc_chain_spec::json_patch::
/// merge` does for the node, written here because sc-chain-spec would bring the wasm executor
/// into the instrumented fuzz build.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// `call` by `signer` must succeed.
fn must(s: &mut Session, signer: &Key, call: impl Into<RuntimeCall>) -> Result<(), Failure> {
	let call = call.into();
	if s.apply(signer, call.clone())? {
		return Ok(());
	}
	let error = frame_system::Pallet::<Runtime>::read_events_no_consensus()
		.filter_map(|r| match r.event {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(dispatch_error),
			_ => None,
		})
		.last();
	Err(format!("seed call {call:?} failed: {error:?}"))
}

fn sudo(call: impl Into<RuntimeCall>) -> RuntimeCall {
	pallet_sudo::Call::sudo { call: Box::new(call.into()) }.into()
}

/// The preset's two devices (0 and 1, Alice's) and the seeded ones: pool key `2 + i` goes to
/// person `OWNERS[i]`; the P-256 ones (pool keys 4 and 6) are certified by Ferdie.
const OWNERS: [usize; 6] = [1, 2, 3, 4, 0, 1];

fn seed(s: &mut Session) -> Result<(), Failure> {
	let actors = Actors::get();
	let person = |i: usize| actors.signers[i].1;
	let alice = person(0);
	let ferdie = person(5);
	s.open_block(1)?;
	for (account, _) in actors.signers.iter().skip(PEOPLE) {
		let dest = account.clone().into();
		must(s, alice, pallet_balances::Call::transfer_keep_alive { dest, value: 1_000 * UNIT })?;
	}
	let name = BoundedVec::truncate_from(b"acme".to_vec());
	must(
		s,
		alice,
		sudo(pallet_device_registry::Call::register_manufacturer { maker: actors.person(5), name }),
	)?;
	let leaves: Vec<H256> = actors
		.device_keys
		.iter()
		.map(|k| merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &k.public().encode()))
		.collect();
	let root = merkle::root(leaves.iter().copied());
	let roots = BoundedVec::truncate_from(vec![(root, leaves.len() as u32)]);
	must(s, ferdie, pallet_device_registry::Call::publish_roots { roots })?;
	s.close_block()?;

	s.open_block(2)?;
	for (i, owner) in OWNERS.iter().enumerate() {
		let index = 2 + i;
		let key = actors.device_keys[index];
		let account = actors.person(*owner);
		let payload = signing_payload(
			PROOF_OF_POSSESSION,
			s.genesis_hash(),
			&PossessionBody { owner: account, nonce: 0 },
		);
		let certificate = matches!(key, Key::P256(_)).then(|| Certificate {
			maker: actors.person(5),
			root,
			leaf_index: index as u32,
			proof: BoundedVec::truncate_from(merkle::proof(&leaves, index as u32).expect("a leaf")),
		});
		let registration = Registration {
			key: key.public(),
			proof: key.sign(&payload),
			nonce: 0,
			class: BoundedVec::truncate_from(b"fuzz/sensor".to_vec()),
			firmware: H256::repeat_byte(1),
			metadata: BoundedVec::truncate_from(b"ipfs://seed".to_vec()),
			location: Some(CELL),
			certificate,
		};
		let call =
			pallet_device_registry::Call::register_device { registration: Box::new(registration) };
		must(s, person(*owner), call)?;
	}
	let devices: Vec<(DeviceId, &Key)> = (0..8u64)
		.map(|d| {
			let owner = pallet_device_registry::Devices::<Runtime>::get(d).expect("seeded").owner;
			(d, actors.key_of_account(&owner).expect("a person"))
		})
		.collect();
	for &(device, owner) in &devices {
		for stream in 0..2u16 {
			let name = BoundedVec::truncate_from(b"temperature".to_vec());
			let call = pallet_telemetry_anchor::Call::declare_stream {
				device,
				stream,
				name,
				unit: 1,
				interval_ms: 60_000,
			};
			must(s, owner, call)?;
		}
	}
	must(s, person(1), pallet_telemetry_anchor::Call::require_signed { device: 2, stream: 1 })?;
	s.close_block()?;

	s.open_block(3)?;
	for (device, sponsor) in [(0u64, alice), (2, person(1))] {
		must(s, sponsor, pallet_fee_sponsorship::Call::fund { amount: 1_000 * UNIT })?;
		let quota = Quota { fees: 10 * UNIT, transactions: 10, scopes: Scopes::ALL };
		must(s, sponsor, pallet_fee_sponsorship::Call::sponsor_device { device, quota })?;
	}
	let grant = pallet_device_registry::Call::grant_operator {
		scope: Scope::Device(1),
		operator: actors.person(3),
		rights: Rights::ALL,
		expires_at: None,
	};
	must(s, alice, grant)?;
	let fleet = pallet_device_registry::Call::grant_operator {
		scope: Scope::Fleet(actors.person(1)),
		operator: actors.person(4),
		rights: Rights::TELEMETRY,
		expires_at: Some(30 * DAYS),
	};
	must(s, person(1), fleet)?;
	let limit =
		pallet_m2m_payments::Call::set_spending_limit { device: 0, limit: 5 * UNIT, period: 100 };
	must(s, alice, limit)?;
	for &(device, owner) in &devices[..5] {
		anchor(s, device, owner)?;
	}
	channels_and_agreements(s, actors)?;
	for &(device, owner) in &devices[..4] {
		let call = pallet_depin_rewards::Call::register_node {
			device,
			kind: NodeKind::Hotspot,
			cell: CELL,
			host: None,
			host_share: Percent::zero(),
		};
		must(s, owner, call)?;
		must(s, owner, pallet_depin_rewards::Call::bond { node: device, amount: 20 * UNIT })?;
	}
	s.close_block()?;
	// An epoch ends: liveness and the oracles' pool exist from the start.
	s.open_block(HOURS + 4)?;
	s.close_block()
}

/// Three readings of stream 0 of `device`, signed by the device, anchored by its owner.
fn anchor(s: &mut Session, device: DeviceId, owner: &Key) -> Result<(), Failure> {
	let now = pallet_timestamp::Now::<Runtime>::get();
	let readings = (0..3u64)
		.map(|i| Reading {
			device,
			stream: 0,
			sequence: i,
			timestamp: now - 3_000 + i * 1_000,
			value: ReadingValue::Scalar(4_000 + i as i64),
			salt: Some([i as u8; 16]),
		})
		.collect();
	let batch = Batch::new(readings);
	let header = batch.header(device, 0).expect("the device's range");
	let key = pallet_device_registry::Devices::<Runtime>::get(device).expect("seeded").key;
	let signer = Actors::get().key_of_device(&key).expect("a pool key");
	let signature = signer.sign(&header.signing_payload(s.genesis_hash()));
	let ranges = BoundedVec::truncate_from(vec![RangeInput {
		range: header.range,
		signed_summary: Some((header.summary, signature)),
	}]);
	let call = pallet_telemetry_anchor::Call::anchor_batch {
		root: batch.root(),
		leaf_count: batch.leaf_count().expect("a small batch"),
		ranges,
		locator: None,
	};
	s.memory.remember_batch(batch);
	must(s, owner, call)
}

fn channels_and_agreements(s: &mut Session, actors: &Actors) -> Result<(), Failure> {
	let person = |i: usize| actors.signers[i].1;
	let open = |payee: AccountId, device| pallet_m2m_payments::Call::open_channel {
		payee,
		device,
		deposit: 50 * UNIT,
		duration: DAYS,
	};
	must(s, person(0), open(actors.person(1), None))?;
	must(s, person(1), open(actors.person(2), Some(2)))?;
	must(s, person(3), open(actors.person(0), Some(4)))?;
	let now = pallet_timestamp::Now::<Runtime>::get();
	let conditions = [
		(0, 1, Condition::ConsumerConfirms),
		(
			2,
			3,
			Condition::AllReadingsWithin {
				device: 3,
				stream: 0,
				from: now,
				to: now + 600_000,
				min: -1_000,
				max: 12_000,
			},
		),
		(3, 0, Condition::ReadingWithin { device: 4, stream: 0, after: now, min: 0, max: 10_000 }),
	];
	for (consumer, provider, condition) in conditions {
		let call = pallet_m2m_payments::Call::create_agreement {
			provider: actors.person(provider),
			amount: 10 * UNIT,
			condition,
			duration: DAYS,
		};
		must(s, person(consumer), call)?;
	}
	Ok(())
}
