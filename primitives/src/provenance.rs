//! Product provenance: the identifiers of items, events and transport legs, and the rule that
//! judges a leg's handling condition from anchored, device-signed telemetry.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::{
	payment::{ranges_complete, ConditionFailure},
	telemetry::{AnchoredRange, Moment},
};

/// An item (a unit, a lot or a container), numbered by the chain.
pub type ItemId = u64;

/// A provenance event, numbered by the chain.
pub type TraceEventId = u64;

/// A transport or storage leg, numbered by the chain.
pub type LegId = u64;

/// The handling condition of a leg: every reading of the tracker's stream within `min..=max`
/// (in the stream's fixed-point unit, e.g. centi-degrees), except for excursions that last at
/// most `max_excursion` milliseconds in total. `max_excursion == 0` allows none.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct HandlingBand {
	/// The lowest value allowed.
	pub min: i64,
	/// The highest value allowed.
	pub max: i64,
	/// The total time out of the band tolerated, in milliseconds.
	pub max_excursion: Moment,
}

/// What the evidence of a leg shows.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum LegVerdict {
	/// Open, or closed and waiting for evidence until its deadline.
	Pending,
	/// Every reading of the window was within the band, or out of it for no longer than allowed.
	Met,
	/// The band was left: `from..=to` is the first offending stretch (device time), `excursion`
	/// the total time out of the band as the anchors bound it.
	Violated {
		/// Where the first offending stretch may have begun.
		from: Moment,
		/// Where it may have ended.
		to: Moment,
		/// The total time out of the band, at most.
		excursion: Moment,
	},
	/// No complete evidence came before the deadline.
	Unproven,
}

impl HandlingBand {
	/// Whether the band is well formed.
	pub fn is_valid(&self) -> bool {
		self.min <= self.max
	}

	/// The verdict that the anchored `ranges` of the tracker's stream, in stream order, give for
	/// the window `from..=to` (device time), or why they prove nothing.
	///
	/// The ranges must carry device-signed summaries, follow each other without a missing
	/// sequence number and cover the window. The summaries only bound where out-of-band values
	/// lie: an offending range counts from the last reading before it to the first after it
	/// (its neighbours' timestamps, clipped to the window), so an excursion is never
	/// under-counted, and a device that anchors small batches is judged more finely.
	pub fn judge(
		&self,
		from: Moment,
		to: Moment,
		ranges: &[AnchoredRange],
	) -> Result<LegVerdict, ConditionFailure> {
		ranges_complete(ranges, from, to)?;
		let mut excursion: Moment = 0;
		let mut first_offence = None;
		for (i, anchored) in ranges.iter().enumerate() {
			// `ranges_complete` saw every summary.
			let Some(summary) = anchored.summary else { continue };
			let previous = i.checked_sub(1).and_then(|p| ranges.get(p));
			let in_window =
				anchored.range.last_timestamp >= from && anchored.range.first_timestamp <= to;
			if !in_window || (self.min <= summary.min && summary.max <= self.max) {
				continue;
			}
			let next = i.checked_add(1).and_then(|n| ranges.get(n));
			let start = previous
				.map_or(anchored.range.first_timestamp, |p| p.range.last_timestamp)
				.max(from);
			let end =
				next.map_or(anchored.range.last_timestamp, |n| n.range.first_timestamp).min(to);
			excursion = excursion.saturating_add(end.saturating_sub(start));
			first_offence.get_or_insert((start, end));
		}
		Ok(match first_offence {
			Some((from, to)) if self.max_excursion == 0 || excursion > self.max_excursion => {
				LegVerdict::Violated { from, to, excursion }
			}
			_ => LegVerdict::Met,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::telemetry::{StreamRange, ValueSummary};

	fn anchored(
		first: u64,
		last: u64,
		times: (Moment, Moment),
		values: (i64, i64),
	) -> AnchoredRange {
		AnchoredRange {
			range: StreamRange {
				device: 1,
				stream: 0,
				first_sequence: first,
				last_sequence: last,
				first_timestamp: times.0,
				last_timestamp: times.1,
				count: (last - first + 1) as u32,
			},
			summary: Some(ValueSummary { min: values.0, max: values.1, sum: 0 }),
			missing_before: 0,
		}
	}

	const COLD: HandlingBand = HandlingBand { min: 200, max: 800, max_excursion: 0 };

	#[test]
	fn a_leg_within_the_band_is_met() {
		let ranges =
			[anchored(0, 9, (0, 90), (300, 500)), anchored(10, 19, (100, 190), (250, 700))];
		assert_eq!(COLD.judge(10, 180, &ranges), Ok(LegVerdict::Met));
	}

	#[test]
	fn an_excursion_is_bounded_by_the_neighbouring_ranges() {
		let ranges = [
			anchored(0, 9, (0, 90), (300, 500)),
			anchored(10, 12, (100, 120), (300, 950)),
			anchored(13, 19, (130, 190), (300, 500)),
		];
		let violated = LegVerdict::Violated { from: 90, to: 130, excursion: 40 };
		assert_eq!(COLD.judge(0, 190, &ranges), Ok(violated));
		// Tolerated when the band allows 40 ms out of it, not when it allows 39.
		let tolerant = HandlingBand { max_excursion: 40, ..COLD };
		assert_eq!(tolerant.judge(0, 190, &ranges), Ok(LegVerdict::Met));
		let strict = HandlingBand { max_excursion: 39, ..COLD };
		assert_eq!(strict.judge(0, 190, &ranges), Ok(violated));
	}

	#[test]
	fn a_single_offending_reading_violates_a_band_without_tolerance() {
		// One reading out of the band at the window's very end: no time, still a violation.
		let ranges =
			[anchored(0, 9, (0, 90), (300, 500)), anchored(10, 10, (100, 100), (900, 900))];
		assert_eq!(
			COLD.judge(0, 100, &ranges),
			Ok(LegVerdict::Violated { from: 90, to: 100, excursion: 10 })
		);
	}

	#[test]
	fn readings_outside_the_window_do_not_count() {
		let ranges =
			[anchored(0, 9, (0, 90), (900, 950)), anchored(10, 19, (100, 190), (300, 500))];
		assert_eq!(COLD.judge(95, 190, &ranges), Ok(LegVerdict::Met));
	}

	#[test]
	fn incomplete_evidence_proves_nothing() {
		let ok = anchored(0, 9, (0, 90), (300, 500));
		let mut unsigned = anchored(10, 19, (100, 190), (300, 500));
		unsigned.summary = None;
		let mut holed = anchored(10, 19, (100, 190), (300, 500));
		holed.range.count = 9;
		let cases = [
			(vec![], ConditionFailure::NotAnchored),
			(vec![ok.clone(), unsigned], ConditionFailure::Unsigned),
			(vec![ok.clone(), holed], ConditionFailure::Gap),
			(vec![ok.clone(), anchored(11, 19, (100, 190), (300, 500))], ConditionFailure::Gap),
			(vec![ok.clone()], ConditionFailure::WindowNotCovered),
			(vec![anchored(10, 19, (100, 190), (300, 500))], ConditionFailure::WindowNotCovered),
		];
		for (ranges, failure) in cases {
			assert_eq!(COLD.judge(0, 150, &ranges), Err(failure), "{ranges:?}");
		}
	}
}
