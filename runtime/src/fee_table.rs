//! The fee table of docs/performance.md, priced by the runtime itself: each row is a real call
//! with typical arguments, in a signed extrinsic of its real length, charged by
//! `TransactionPayment::compute_fee` at the genesis fee multiplier (base fee, the weight fee of
//! the call and of the transaction extensions, and the length fee; no tip). The test fails when
//! the document differs from what it computes; with `IOT_WRITE_DOCS=1` it rewrites the table
//! instead (`./scripts/docs-tables.sh --fees` runs it so).

use codec::Encode;
use frame_support::{dispatch::GetDispatchInfo, BoundedVec};
use iot_primitives::{
	data::PaymentSource,
	device::{DevicePublicKey, DeviceSignature},
	payment::Voucher,
	rewards::NodeKind,
	telemetry::{StreamRange, ValueSummary},
};
use sp_core::{sr25519, H256};
use sp_runtime::{generic::Era, AccountId32, BuildStorage, MultiAddress, MultiSignature};

use crate::{
	AccountId, Balance, RuntimeCall, RuntimeGenesisConfig, TransactionPayment, TxExtension,
	UncheckedExtrinsic, MILLI_UNIT, UNIT,
};

const BEGIN: &str = "<!-- fees-table:begin -->";
const END: &str = "<!-- fees-table:end -->";

fn account(byte: u8) -> AccountId {
	AccountId32::new([byte; 32])
}

fn bounded<T, S: frame_support::traits::Get<u32>>(items: Vec<T>) -> BoundedVec<T, S> {
	BoundedVec::try_from(items).unwrap_or_else(|_| panic!("a typical argument within its bound"))
}

/// `call` signed by an account as a wallet sends it (mortal, nonce below 64), with a dummy
/// signature of the real size.
fn signed(call: &RuntimeCall) -> UncheckedExtrinsic {
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		pallet_fee_sponsorship::CheckSponsoredMortality::from(Era::mortal(256, 1_000)),
		frame_system::CheckNonce::from(7),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
	);
	let signature = MultiSignature::Sr25519(sr25519::Signature::from_raw([0; 64]));
	UncheckedExtrinsic::new_signed(call.clone(), MultiAddress::Id(account(1)), signature, extension)
}

fn range(device: u64, stream: u16) -> StreamRange {
	StreamRange {
		device,
		stream,
		first_sequence: 1_000,
		last_sequence: 1_059,
		first_timestamp: 1_780_000_000_000,
		last_timestamp: 1_780_003_540_000,
		count: 60,
	}
}

fn sr25519_signature() -> DeviceSignature {
	DeviceSignature::Sr25519([7; 64])
}

/// The rows: what is priced, and the call.
fn rows() -> Vec<(&'static str, RuntimeCall)> {
	use pallet_telemetry_anchor::RangeInput;
	let locator = || {
		Some(bounded(
			b"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".to_vec(),
		))
	};
	let signed = RangeInput {
		range: range(1, 0),
		signed_summary: Some((
			ValueSummary { min: 2_150, max: 2_390, sum: 136_200 },
			sr25519_signature(),
		)),
	};
	let unsigned: Vec<RangeInput> =
		(0..10).map(|d| RangeInput { range: range(d, 0), signed_summary: None }).collect();
	let voucher = |channel| pallet_m2m_payments::SignedVoucher {
		voucher: Voucher { channel, cumulative: 25 * MILLI_UNIT, nonce: 40 },
		signature: sr25519_signature(),
	};
	vec![
		(
			"`Balances::transfer_keep_alive` (baseline)",
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: MultiAddress::Id(account(2)),
				value: UNIT,
			}),
		),
		(
			"`DeviceRegistry::register_device` (sr25519 key, no certificate)",
			RuntimeCall::DeviceRegistry(pallet_device_registry::Call::register_device {
				registration: Box::new(pallet_device_registry::Registration {
					key: DevicePublicKey::Sr25519([3; 32]),
					proof: sr25519_signature(),
					nonce: 1,
					class: bounded(b"acme/th-200".to_vec()),
					firmware: H256::repeat_byte(9),
					metadata: bounded(
						b"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
							.to_vec(),
					),
					location: Some(0x0852_8347_3fff_ffff),
					certificate: None,
				}),
			}),
		),
		(
			"`TelemetryAnchor::anchor_batch` (one device-signed range)",
			RuntimeCall::TelemetryAnchor(pallet_telemetry_anchor::Call::anchor_batch {
				root: H256::repeat_byte(5),
				leaf_count: 60,
				ranges: bounded(vec![signed]),
				locator: locator(),
			}),
		),
		(
			"`TelemetryAnchor::anchor_batch` (a gateway's batch: 10 unsigned ranges)",
			RuntimeCall::TelemetryAnchor(pallet_telemetry_anchor::Call::anchor_batch {
				root: H256::repeat_byte(5),
				leaf_count: 600,
				ranges: bounded(unsigned),
				locator: locator(),
			}),
		),
		(
			"`M2mPayments::open_channel`",
			RuntimeCall::M2mPayments(pallet_m2m_payments::Call::open_channel {
				payee: account(2),
				device: None,
				deposit: 100 * MILLI_UNIT,
				duration: 14_400,
			}),
		),
		(
			"`M2mPayments::claim` (one voucher)",
			RuntimeCall::M2mPayments(pallet_m2m_payments::Call::claim {
				voucher: voucher(3).voucher,
				signature: sr25519_signature(),
			}),
		),
		(
			"`M2mPayments::settle` (10 vouchers of 10 channels)",
			RuntimeCall::M2mPayments(pallet_m2m_payments::Call::settle {
				vouchers: bounded((0..10).map(voucher).collect()),
			}),
		),
		(
			"`DepinRewards::claim` (a tree of a million nodes: 20 hashes)",
			RuntimeCall::DepinRewards(pallet_depin_rewards::Call::claim {
				node: 4,
				owner: account(2),
				epoch: 12,
				cumulative: 3 * UNIT,
				index: 77_000,
				proof: bounded(vec![H256::repeat_byte(6); 20]),
			}),
		),
		(
			"`DepinRewards::register_node`",
			RuntimeCall::DepinRewards(pallet_depin_rewards::Call::register_node {
				device: 4,
				kind: NodeKind::Hotspot,
				cell: 0x0852_8347_3fff_ffff,
				host: None,
				host_share: sp_runtime::Percent::from_percent(0),
			}),
		),
		(
			"`DataAccess::subscribe` (own funds)",
			RuntimeCall::DataAccess(pallet_data_access::Call::subscribe {
				device: 4,
				stream: 1,
				periods: 12,
				max_price: 5 * MILLI_UNIT,
				payment: PaymentSource::Own,
			}),
		),
	]
}

fn iot(planck: Balance) -> String {
	format!("{:.6}", planck as f64 / UNIT as f64)
}

/// The table as docs/performance.md shows it.
fn table() -> String {
	let storage = RuntimeGenesisConfig::default().build_storage().expect("the default genesis");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		let priced: Vec<(&str, u32, Balance, Balance)> = rows()
			.into_iter()
			.map(|(label, call)| {
				let xt = signed(&call);
				let len = xt.encode().len() as u32;
				// The extrinsic's info, so the transaction extensions' weight is charged too.
				let info = xt.get_dispatch_info();
				let fee = TransactionPayment::compute_fee(len, &info, 0);
				let length_fee = TransactionPayment::length_to_fee(len);
				(label, len, fee, length_fee)
			})
			.collect();
		let baseline = priced[0].2 as f64;
		let mut out = String::from(
			"| Call (typical arguments) | Signed length (bytes) | Fee (IOT) | of which length | × transfer |\n\
			 |---|---:|---:|---:|---:|\n",
		);
		for (label, len, fee, length_fee) in priced {
			out += &format!(
				"| {label} | {len} | {} | {} | {:.2} |\n",
				iot(fee),
				iot(length_fee),
				fee as f64 / baseline
			);
		}
		out
	})
}

#[test]
fn the_fee_table_in_the_docs_is_what_the_runtime_charges() {
	let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/performance.md");
	let doc = std::fs::read_to_string(&path).expect("docs/performance.md");
	let (Some(begin), Some(end)) = (doc.find(BEGIN), doc.find(END)) else {
		panic!("docs/performance.md has no {BEGIN} … {END} region");
	};
	let current = &doc[begin + BEGIN.len()..end];
	let computed = format!("\n{}", table());
	if std::env::var("IOT_WRITE_DOCS").as_deref() == Ok("1") {
		let rewritten = format!("{}{computed}{}", &doc[..begin + BEGIN.len()], &doc[end..]);
		std::fs::write(&path, rewritten).expect("docs/performance.md written");
		return;
	}
	assert_eq!(
		current, computed,
		"docs/performance.md's fee table is stale: run ./scripts/docs-tables.sh to rewrite it"
	);
}
