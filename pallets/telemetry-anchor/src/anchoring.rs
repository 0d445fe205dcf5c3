//! Anchoring batches: validation of ranges, continuity per stream, signed summaries, the fee.

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		tokens::{fungible::Balanced, Fortitude, Precision, Preservation},
		OnUnbalanced, UnixTime,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	telemetry::{AnchoredRange, BatchHeader, StreamRange},
	traits::{DeviceInspect, OnAnchored},
};
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

use crate::*;

impl<T: Config> Pallet<T> {
	/// The genesis hash, which every device-signed payload is bound to.
	pub fn genesis_hash() -> H256 {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// The weight of anchoring `ranges`: per range, plus per signed range a signature check and
	/// the liveness listener (only signed ranges reach it).
	pub fn anchor_weight(ranges: &[RangeInput]) -> Weight {
		let signed = ranges.iter().filter(|r| r.signed_summary.is_some()).count() as u64;
		T::WeightInfo::anchor_batch(ranges.len() as u32).saturating_add(
			T::WeightInfo::verify_batch_signature()
				.saturating_add(T::OnAnchored::weight())
				.saturating_mul(signed),
		)
	}

	pub(crate) fn do_anchor(
		who: T::AccountId,
		root: H256,
		leaf_count: u32,
		ranges: BoundedVec<RangeInput, T::MaxRangesPerAnchor>,
		locator: Option<BoundedVec<u8, T::MaxLocatorLen>>,
	) -> DispatchResultWithPostInfo {
		ensure!(leaf_count > 0 && !ranges.is_empty(), Error::<T>::EmptyBatch);
		let charged = Self::anchor_weight(&ranges);
		ensure!(
			ranges.windows(2).all(|w| key(&w[0].range) < key(&w[1].range)),
			Error::<T>::RangesNotSorted
		);

		let id = NextAnchorId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// Read only when a range is signed: most anchors come from gateways that do not sign.
		let mut genesis = None;
		let now_ms: u64 = T::Time::now().as_millis().saturated_into();
		let mut total: u64 = 0;
		let mut anchored = Vec::with_capacity(ranges.len());
		let mut streams = Vec::with_capacity(ranges.len());
		for input in ranges {
			let range = input.range;
			let span = check_shape(&range).ok_or(Error::<T>::InvalidRange)?;
			total = total.saturating_add(range.count.into());
			Self::ensure_reporter(&who, range.device)?;
			let mut stream =
				Streams::<T>::get(range.device, range.stream).ok_or(Error::<T>::UnknownStream)?;
			let signed = input.signed_summary.is_some();
			ensure!(signed || !stream.signed_only, Error::<T>::UnsignedRange);
			Self::check_bounds(&range, stream.cursor.as_ref(), now_ms)?;
			let missing_before = match stream.cursor {
				Some(c) => {
					ensure!(range.first_sequence > c.last_sequence, Error::<T>::SequenceOverlap);
					ensure!(
						range.first_timestamp >= c.last_timestamp,
						Error::<T>::TimeWentBackwards
					);
					range.first_sequence.saturating_sub(c.last_sequence).saturating_sub(1)
				}
				None => 0,
			};
			let summary = match input.signed_summary {
				Some((summary, signature)) => {
					ensure!(summary.min <= summary.max, Error::<T>::BadBatchSignature);
					let header = BatchHeader { root, leaf_count, range: range.clone(), summary };
					ensure!(
						T::Devices::verify(
							&range.device,
							&header
								.signing_payload(*genesis.get_or_insert_with(Self::genesis_hash)),
							&signature
						),
						Error::<T>::BadBatchSignature
					);
					Some(summary)
				}
				None => None,
			};
			let missing_within = span.saturating_sub(range.count.into());
			let cursor = Cursor {
				last_sequence: range.last_sequence,
				last_timestamp: range.last_timestamp,
				last_anchor: id,
			};
			stream.cursor = Some(cursor);
			if signed {
				stream.signed_cursor = Some(cursor);
				stream.signed_only = true;
			}
			stream.anchored = stream.anchored.saturating_add(range.count.into());
			stream.missing =
				stream.missing.saturating_add(missing_before).saturating_add(missing_within);
			streams.push((stream, missing_within));
			anchored.push(AnchoredRange { range, summary, missing_before });
		}
		ensure!(total == u64::from(leaf_count), Error::<T>::CountMismatch);

		let ranges: BoundedVec<AnchoredRange, T::MaxRangesPerAnchor> =
			anchored.try_into().map_err(|_| Error::<T>::TooManyRanges)?;
		let record = Anchor::<T> {
			root,
			leaf_count,
			ranges: ranges.clone(),
			locator: locator.clone(),
			submitter: who.clone(),
			block: frame_system::Pallet::<T>::block_number(),
		};
		let fee = T::AnchorFeePerByte::get()
			.saturating_mul(record.encoded_size().saturated_into())
			.saturating_add(T::AnchorFeeBase::get());
		Self::charge(&who, fee)?;

		// The listener is charged its worst case up front; most calls (a device already live
		// this epoch, or not a node) use far less, and the rest is refunded.
		let mut unused = Weight::zero();
		for (range, (stream, missing_within)) in ranges.iter().zip(streams) {
			let (device, id_of_stream) = (range.range.device, range.range.stream);
			Streams::<T>::insert(device, id_of_stream, stream);
			// Only telemetry the device signed keeps a node live: an owner's unsigned anchors of
			// its own devices prove nothing (C-1).
			if range.summary.is_some() {
				let used = T::OnAnchored::on_anchored(device);
				unused = unused.saturating_add(T::OnAnchored::weight().saturating_sub(used));
			}
			if range.missing_before > 0 || missing_within > 0 {
				Self::deposit_event(Event::SequenceGap {
					anchor: id,
					device,
					stream: id_of_stream,
					missing_before: range.missing_before,
					missing_within,
				});
			}
		}
		Anchors::<T>::insert(id, record);
		NextAnchorId::<T>::put(next);
		Self::deposit_event(Event::BatchAnchored {
			anchor: id,
			submitter: who,
			root,
			leaf_count,
			ranges,
			locator,
			fee,
		});
		Ok(Some(charged.saturating_sub(unused)).into())
	}

	/// Takes `fee` from `who` for [`Config::FeeDestination`], keeping the account alive.
	pub(crate) fn charge(who: &T::AccountId, fee: BalanceOf<T>) -> DispatchResult {
		let credit = T::Currency::withdraw(
			who,
			fee,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::CannotPayFee)?;
		T::FeeDestination::on_unbalanced(credit);
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Bounds how far one range moves its stream (M-1): no further than `MaxAnchorSpan`
	/// sequence numbers past the stream's cursor (or its own first, for a new stream), and no
	/// timestamp more than `MaxFutureSkew` past the chain's clock (`now_ms`).
	fn check_bounds(range: &StreamRange, cursor: Option<&Cursor>, now_ms: u64) -> DispatchResult {
		let from = cursor.map_or(range.first_sequence, |c| c.last_sequence);
		ensure!(
			range.last_sequence.saturating_sub(from) < T::MaxAnchorSpan::get(),
			Error::<T>::SpanTooLong
		);
		ensure!(
			range.last_timestamp <= now_ms.saturating_add(T::MaxFutureSkew::get()),
			Error::<T>::TimestampInFuture
		);
		Ok(())
	}
}

fn key(range: &StreamRange) -> (iot_primitives::DeviceId, iot_primitives::telemetry::StreamId) {
	(range.device, range.stream)
}

/// The range's span if it is well formed: in order in sequence and time, and counting at least
/// one and at most as many readings as it spans.
fn check_shape(range: &StreamRange) -> Option<u64> {
	let span = range.span()?;
	let sound = range.first_timestamp <= range.last_timestamp
		&& range.count > 0
		&& u64::from(range.count) <= span;
	sound.then_some(span)
}
