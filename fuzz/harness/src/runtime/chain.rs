//! The fuzzed chain: the runtime's state in the benchmarking backend (which counts storage reads
//! and writes as the weight benchmarks do), blocks opened and closed through `Executive`, and
//! signed extrinsics applied with their weight checked.

use codec::Encode;
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	storage::{with_transaction, TransactionOutcome},
	traits::{GetCallMetadata, WhitelistedStorageKeys},
	weights::Weight,
};
use iot_runtime::{
	AllPalletsWithSystem, BlockNumber, Executive, Header, Runtime, RuntimeCall, RuntimeOrigin,
	SignedPayload, TxExtension, UncheckedExtrinsic,
};
use sc_client_db::BenchmarkingState;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::H256;
use sp_runtime::{
	generic::Era,
	traits::{BlakeTwo256, Dispatchable, Header as _},
	DigestItem, DispatchError, MultiAddress, Storage,
};
use sp_state_machine::{Backend, Ext, OverlayedChanges};

use super::{
	actors::{Key, Signer},
	memory::Memory,
	Failure,
};

/// The newest closed block.
#[derive(Clone, Copy, Debug)]
pub struct Head {
	pub number: BlockNumber,
	pub hash: H256,
}

/// What one input did.
#[derive(Default, Debug, Clone, Copy)]
pub struct Stats {
	/// Blocks closed.
	pub blocks: u64,
	/// Signed extrinsics applied (included, whether their call succeeded or not).
	pub calls: u64,
	/// Of those, how many calls succeeded.
	pub succeeded: u64,
	/// Extrinsics refused before dispatch (bad nonce, no funds, refused sponsorship...).
	pub refused: u64,
}

/// The state a run starts from and the head of its last block.
pub struct Chain {
	state: BenchmarkingState<BlakeTwo256>,
	head: Head,
	memory: Memory,
}

/// One run on the chain: the block being built and what the run made.
pub struct Session {
	/// The last closed block.
	pub head: Head,
	/// The number of the block being built.
	pub number: BlockNumber,
	/// Batches and reward trees this chain has seen, for valid proofs.
	pub memory: Memory,
	pub stats: Stats,
	/// Per (pallet, call): how many were applied, and how many of them succeeded.
	pub per_call: CallCounts,
}

/// Per (pallet, call): (applied, succeeded).
pub type CallCounts = std::collections::BTreeMap<(&'static str, &'static str), (u64, u64)>;

/// Milliseconds per slot: one block per slot, as Aura wants.
const SLOT_MS: u64 = iot_runtime::SLOT_DURATION;

impl Chain {
	/// A chain whose every run starts from `storage`, whose last block is `head`.
	pub fn new(storage: Storage, head: Head, memory: Memory) -> Self {
		let state = BenchmarkingState::<BlakeTwo256>::new(storage, None, false, true)
			.expect("an in-memory benchmarking state");
		// Keys every block touches are priced in the block's and extrinsic's base weights, as
		// the benchmarks price them.
		state.set_whitelist(AllPalletsWithSystem::whitelisted_storage_keys());
		Self { state, head, memory }
	}

	fn session(&self) -> Session {
		Session {
			head: self.head,
			number: self.head.number,
			memory: self.memory.clone(),
			stats: Stats::default(),
			per_call: CallCounts::new(),
		}
	}

	/// Runs `f` on a fresh session over the state, with the state as externalities.
	fn in_session<R>(&self, f: impl FnOnce(&mut Session) -> R) -> (R, Session) {
		let mut overlay = OverlayedChanges::default();
		let mut ext = Ext::new(&mut overlay, &self.state, None);
		let mut session = self.session();
		let result = sp_externalities::set_and_run_with_externalities(&mut ext, || f(&mut session));
		(result, session)
	}

	/// Runs `f` on a fresh session from the starting state, then resets the state.
	pub fn run<R>(&self, f: impl FnOnce(&mut Session) -> R) -> R {
		let (result, _) = self.in_session(f);
		self.state.wipe().expect("the benchmarking state resets");
		result
	}

	/// Every key and value of the state after `f` ran on it, to start other chains from.
	pub fn snapshot(
		&self,
		f: impl FnOnce(&mut Session) -> Result<(), Failure>,
	) -> (Storage, Head, Memory) {
		let ((), session) = self.in_session(|session| {
			f(session).unwrap_or_else(|failure| panic!("seeding the chain: {failure}"));
			commit();
		});
		let top = self
			.state
			.pairs(Default::default())
			.expect("the state iterates")
			.map(|pair| pair.expect("a readable pair"))
			.collect();
		(Storage { top, children_default: Default::default() }, session.head, session.memory)
	}
}

/// Moves the overlay's changes into the backend, where the writes are counted.
fn commit() {
	sp_externalities::with_externalities(|ext| ext.commit()).expect("externalities are set");
}

fn reset_counts() {
	sp_externalities::with_externalities(|ext| ext.reset_read_write_count())
		.expect("externalities are set");
}

impl Session {
	/// Opens block `number` on top of the head: Aura's slot, the timestamp inherent, and the
	/// pallets' `on_initialize` (epoch ends among them).
	pub fn open_block(&mut self, number: BlockNumber) -> Result<(), Failure> {
		let slot = Slot::from(u64::from(number));
		let digest = sp_runtime::generic::Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())],
		};
		let header =
			Header::new(number, Default::default(), Default::default(), self.head.hash, digest);
		// Blocks in between are skipped as if empty: frame-system wants the parent's number.
		frame_system::Pallet::<Runtime>::set_block_number(number.saturating_sub(1));
		Executive::initialize_block(&header);
		self.number = number;
		let now = u64::from(number).saturating_mul(SLOT_MS);
		let inherent =
			UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
				now,
			}));
		let applied = Executive::apply_extrinsic(inherent);
		// What opening the block wrote is not the first extrinsic's.
		commit();
		match applied {
			Ok(Ok(())) => Ok(()),
			other => Err(format!("the timestamp inherent of block {number} failed: {other:?}")),
		}
	}

	/// Closes the open block (`on_idle`, `on_finalize`) and checks every invariant on the result.
	pub fn close_block(&mut self) -> Result<(), Failure> {
		let header = Executive::finalize_block();
		commit();
		let used = frame_system::Pallet::<Runtime>::block_weight().total();
		let limit = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		if used.any_gt(limit) {
			return Err(format!(
				"block {} weighs {used:?}, above the limit {limit:?}",
				self.number
			));
		}
		super::invariants::check_all().map_err(|e| format!("after block {}: {e}", self.number))?;
		self.head = Head { number: self.number, hash: header.hash() };
		self.stats.blocks += 1;
		Ok(())
	}

	/// Signs `call` as `signer` (a mortal transaction with the right nonce) and applies it through
	/// `Executive`. Fails if the call used more weight than it declared, or if its storage reads
	/// and writes cost more than its whole declared weight.
	pub fn apply(&mut self, signer: &Key, call: RuntimeCall) -> Result<bool, Failure> {
		let Some(account) = signer.account() else { return Ok(false) };
		let nonce = frame_system::Pallet::<Runtime>::account_nonce(&account);
		let birth = u64::from(self.number.saturating_sub(1));
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			pallet_fee_sponsorship::CheckSponsoredMortality::from(Era::mortal(256, birth)),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
		);
		let payload = SignedPayload::new(call.clone(), extension.clone())
			.map_err(|e| format!("the signed payload of {call:?}: {e:?}"))?;
		let signature = payload
			.using_encoded(|bytes| signer.sign_transaction(bytes))
			.ok_or("a P-256 key cannot sign transactions")?;
		let xt = UncheckedExtrinsic::new_signed(
			call.clone(),
			MultiAddress::Id(account.clone()),
			signature,
			extension,
		);
		let info = xt.get_dispatch_info();
		check_actual_weight(&call, RuntimeOrigin::signed(account.clone()), info.call_weight)?;

		let sponsored = pallet_device_registry::DeviceByKey::<Runtime>::get(signer.public())
			.is_some_and(pallet_fee_sponsorship::SponsoredDevices::<Runtime>::contains_key);
		reset_counts();
		let result = Executive::apply_extrinsic(xt);
		commit();
		match result {
			Err(_) => {
				self.stats.refused += 1;
				Ok(false)
			}
			Ok(outcome) => {
				super::accesses::check(&call, info.call_weight, sponsored)?;
				self.stats.calls += 1;
				self.stats.succeeded += u64::from(outcome.is_ok());
				// A governance call is counted as itself, not as `sudo`, which succeeds whatever it
				// dispatched.
				let (counted, ok) = match &call {
					RuntimeCall::Sudo(pallet_sudo::Call::sudo { call }) => {
						(&**call, outcome.is_ok() && sudo_result())
					}
					call => (call, outcome.is_ok()),
				};
				let meta = counted.get_call_metadata();
				let counts =
					self.per_call.entry((meta.pallet_name, meta.function_name)).or_default();
				counts.0 += 1;
				counts.1 += u64::from(ok);
				Ok(outcome.is_ok())
			}
		}
	}

	/// The chain's genesis hash, which device signatures commit to.
	pub fn genesis_hash(&self) -> H256 {
		frame_system::BlockHash::<Runtime>::get(0)
	}
}

/// Whether the call the last `sudo` dispatched succeeded.
fn sudo_result() -> bool {
	let last = frame_system::Pallet::<Runtime>::read_events_no_consensus()
		.filter_map(|record| match record.event {
			iot_runtime::RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => {
				Some(sudo_result)
			}
			_ => None,
		})
		.last();
	matches!(last, Some(Ok(())))
}

/// Dispatches `call` in a storage layer that is thrown away, to see the weight it reports before
/// frame-system caps it at the declared one.
fn check_actual_weight(
	call: &RuntimeCall,
	origin: RuntimeOrigin,
	declared: Weight,
) -> Result<(), Failure> {
	let post = with_transaction(|| {
		let post: PostDispatchInfo = match call.clone().dispatch(origin) {
			Ok(post) => post,
			Err(e) => e.post_info,
		};
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(post))
	})
	.map_err(|e| format!("{e:?}"))?;
	match post.actual_weight {
		Some(actual) if actual.any_gt(declared) => {
			Err(format!("{call:?} used {actual:?}, more than the {declared:?} it declared"))
		}
		_ => Ok(()),
	}
}
