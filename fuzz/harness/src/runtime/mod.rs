//! The runtime fuzzer: an input is a sequence of steps, each either "close this block and open
//! one a few blocks (or an epoch, or days) later" or "apply this signed call", run from a seeded
//! chain with every invariant checked after every block.

mod accesses;
pub mod actors;
mod calls;
pub mod chain;
mod holds;
mod invariants;
pub mod memory;
mod seed;

use std::sync::atomic::{AtomicU64, Ordering};

use arbitrary::Unstructured;
use iot_runtime::{BlockNumber, DAYS, HOURS, MINUTES};

pub use chain::{CallCounts, Stats};
use chain::{Chain, Session};

/// Why a run failed: a broken invariant, an overweight call, a failed inherent.
pub type Failure = String;

/// Most steps one input runs, so that every input stays fast.
pub const MAX_STEPS: usize = 64;

/// The gaps between blocks an input can ask for: the next block mostly, and the periods the
/// pallets count (challenge window, epoch, dispute and challenge deadlines, unbonding).
const GAPS: [BlockNumber; 11] =
	[1, 1, 1, 1, 2, 3, 10, 10 * MINUTES + 1, HOURS, 3 * DAYS + 1, 7 * DAYS + 1];

thread_local! {
	static CHAIN: Chain = seed::chain();
}

/// The fuzz target: panics on any broken invariant (a panic of the runtime panics by itself).
/// Every 1,024 inputs it prints the totals so far, which `scripts/fuzz.sh` reports.
pub fn run(data: &[u8]) {
	static TOTALS: [AtomicU64; 4] = [const { AtomicU64::new(0) }; 4];
	let stats = execute(data).unwrap_or_else(|failure| panic!("{failure}"));
	let add = |i: usize, n: u64| TOTALS[i].fetch_add(n, Ordering::Relaxed) + n;
	let inputs = add(0, 1);
	let (calls, succeeded, blocks) =
		(add(1, stats.calls), add(2, stats.succeeded), add(3, stats.blocks));
	if inputs % 1024 == 0 {
		eprintln!(
			"iot-fuzz: {inputs} inputs, {calls} calls, {succeeded} succeeded, {blocks} blocks"
		);
	}
}

/// Runs `data` on a fresh copy of the seeded chain.
pub fn execute(data: &[u8]) -> Result<Stats, Failure> {
	execute_counting(data).map(|(stats, _)| stats)
}

/// [`execute`], with the calls applied and succeeded per (pallet, call).
pub fn execute_counting(data: &[u8]) -> Result<(Stats, CallCounts), Failure> {
	CHAIN.with(|chain| {
		chain.run(|session| {
			drive(session, data)?;
			Ok((session.stats, std::mem::take(&mut session.per_call)))
		})
	})
}

fn drive(s: &mut Session, data: &[u8]) -> Result<(), Failure> {
	let mut u = Unstructured::new(data);
	let actors = actors::Actors::get();
	s.open_block(s.head.number + 1)?;
	for _ in 0..MAX_STEPS {
		// An exhausted input would go on as zeros (arbitrary's default), not stop.
		if u.is_empty() {
			break;
		}
		let Ok(step) = u.int_in_range(0u8..=15) else { break };
		if step == 0 {
			let Ok(gap) = u.choose(&GAPS) else { break };
			s.close_block()?;
			s.open_block(s.head.number.saturating_add(*gap))?;
			continue;
		}
		let Ok((signer, call)) = calls::generate(&mut calls::Gen { u: &mut u, s, actors }) else {
			break;
		};
		s.apply(signer, call)?;
	}
	s.close_block()
}
