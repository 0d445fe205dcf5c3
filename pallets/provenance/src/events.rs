//! The pallet's events, imported into the pallet module as a section.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `count` items with ids from `first` were commissioned by `producer`.
		Commissioned { event: TraceEventId, producer: T::AccountId, first: ItemId, count: u32 },
		/// `count` items were observed.
		Observed { event: TraceEventId, by: T::AccountId, count: u32 },
		/// `count` items were packed into `container`.
		Aggregated { event: TraceEventId, container: ItemId, count: u32 },
		/// `count` items were unpacked from `container`.
		Disaggregated { event: TraceEventId, container: ItemId, count: u32 },
		/// `inputs` items were consumed into `outputs` new items with ids from `first`.
		Transformed { event: TraceEventId, inputs: u32, first: ItemId, outputs: u32 },
		/// `count` items left the supply chain.
		Decommissioned { event: TraceEventId, count: u32 },
		/// `from` offered `to` the custody, ownership or both of `item`.
		HandoffProposed { item: ItemId, from: T::AccountId, to: T::AccountId, transfer: Transfer },
		/// `to` took what `from` offered of `item`.
		HandoffAccepted {
			event: TraceEventId,
			item: ItemId,
			from: T::AccountId,
			to: T::AccountId,
			transfer: Transfer,
		},
		/// The receiver refused the handoff of `item`.
		HandoffRejected { item: ItemId },
		/// The proposer withdrew the handoff of `item`.
		HandoffCancelled { item: ItemId },
		/// A leg of `item` in `custodian`'s hands started, bound to `tracker`'s `stream`.
		LegStarted {
			leg: LegId,
			item: ItemId,
			custodian: T::AccountId,
			tracker: DeviceId,
			stream: StreamId,
			band: HandlingBand,
		},
		/// A leg ended at `at` (Unix milliseconds); evidence is accepted until `deadline`.
		LegEnded { leg: LegId, at: u64, deadline: BlockNumberFor<T> },
		/// A leg got its verdict.
		LegJudged { leg: LegId, verdict: LegVerdict },
		/// `item` was recalled by `by`.
		Recalled { event: TraceEventId, item: ItemId, by: T::AccountId },
		/// The device `tag` was bound to `item`.
		TagBound { item: ItemId, tag: DeviceId },
	}
}
