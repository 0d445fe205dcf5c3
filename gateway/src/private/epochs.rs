//! When a private stream starts a new epoch key, and whom the current one is sealed to.
//!
//! Pure decisions over what the chain says ([`Audience`]) and what the spool remembers
//! ([`EpochState`]), so that every rule is tested without a node.

use codec::{Decode, Encode};
use iot_primitives::telemetry::Sequence;
use zeroize::Zeroize;

/// An account id, as the chain's `AccountId32` bytes.
pub type Account = [u8; 32];
/// A published X25519 key.
pub type PublicKey = [u8; 32];

/// Someone the chain lets read a stream and who published a key to seal to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grantee {
	/// The account.
	pub account: Account,
	/// Its published X25519 key.
	pub key: PublicKey,
	/// The first sequence its access covers.
	pub from: Sequence,
	/// The last one, `None` for every later one.
	pub to: Option<Sequence>,
}

impl Grantee {
	/// Whether its access covers any of `first..=last`.
	pub fn overlaps(&self, first: Sequence, last: Sequence) -> bool {
		self.from <= last && self.to.is_none_or(|to| to >= first)
	}

	fn recipient(&self) -> Recipient {
		Recipient { account: self.account, key: self.key }
	}
}

/// What the chain says about one private stream at the block a batch is sealed at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audience {
	/// `StreamAccess::epoch`: the block at which a reader last lost access (`None` while the
	/// stream has no grant record).
	pub chain_epoch: Option<u32>,
	/// The live readers with a published key, and the owner if it published one.
	pub grantees: Vec<Grantee>,
}

/// An (account, key) an epoch key was sealed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Recipient {
	/// The account.
	pub account: Account,
	/// The X25519 key the envelope is sealed to.
	pub key: PublicKey,
}

/// A private stream's current epoch, as the spool keeps it. It holds the epoch key, so it never
/// leaves the spool; the key is wiped from memory when the value is dropped.
#[derive(Encode, Decode)]
pub struct EpochState {
	/// The gateway's local epoch number (0, 1, ...), bound into every envelope and wrapped key.
	pub epoch: u32,
	/// The epoch key.
	pub key: [u8; 32],
	/// The chain's key epoch when this epoch started or last checked.
	pub chain_epoch: Option<u32>,
	/// The first sequence sealed in this epoch.
	pub first_sequence: Sequence,
	/// Whom the key was sealed to.
	pub sealed_to: Vec<Recipient>,
}

impl Drop for EpochState {
	fn drop(&mut self) {
		self.key.zeroize();
	}
}

impl core::fmt::Debug for EpochState {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("EpochState")
			.field("epoch", &self.epoch)
			.field("chain_epoch", &self.chain_epoch)
			.field("first_sequence", &self.first_sequence)
			.field("sealed_to", &self.sealed_to.len())
			.finish_non_exhaustive()
	}
}

/// Why a new epoch starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
	/// The stream has no epoch yet.
	First,
	/// The chain's key epoch moved: a reader lost access since the last batch.
	ChainEpochMoved,
	/// Someone the key was sealed to no longer reads this batch (revoked, expired, outside its
	/// range, or published another key).
	RecipientGone,
	/// A new reader's grant starts after the epoch's first reading: the current key would open
	/// readings it may not read.
	LateGrant,
}

impl Reason {
	/// For logs.
	pub fn label(self) -> &'static str {
		match self {
			Self::First => "first",
			Self::ChainEpochMoved => "chain_epoch_moved",
			Self::RecipientGone => "recipient_gone",
			Self::LateGrant => "late_grant",
		}
	}
}

/// What to do with a stream's epoch for a batch of its readings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
	/// Start a new epoch key, sealed to these.
	NewEpoch { reason: Reason, recipients: Vec<Recipient> },
	/// Keep the current key; seal it to these newcomers too.
	Keep { added: Vec<Recipient> },
}

/// The recipients of a batch holding sequences `first..=last`: the grantees whose access covers
/// part of it, each (account, key) once.
pub fn recipients(audience: &Audience, first: Sequence, last: Sequence) -> Vec<Recipient> {
	let mut out: Vec<Recipient> = Vec::new();
	for grantee in audience.grantees.iter().filter(|g| g.overlaps(first, last)) {
		let recipient = grantee.recipient();
		if !out.contains(&recipient) {
			out.push(recipient);
		}
	}
	out
}

/// Decides the epoch of a batch holding sequences `first..=last` of a stream whose current epoch
/// is `state` (`None`: none yet) and whose readers are `audience`.
pub fn plan(
	state: Option<&EpochState>,
	audience: &Audience,
	first: Sequence,
	last: Sequence,
) -> Plan {
	let recipients = recipients(audience, first, last);
	let new = |reason| Plan::NewEpoch { reason, recipients: recipients.clone() };
	let Some(state) = state else { return new(Reason::First) };
	// `None` to `Some` is the stream's first grant record being created: an addition, which the
	// recipient check below handles. Any other change means someone lost access.
	if state.chain_epoch.is_some() && state.chain_epoch != audience.chain_epoch {
		return new(Reason::ChainEpochMoved);
	}
	if state.sealed_to.iter().any(|r| !recipients.contains(r)) {
		return new(Reason::RecipientGone);
	}
	let added: Vec<Recipient> =
		recipients.iter().filter(|r| !state.sealed_to.contains(r)).copied().collect();
	let late = audience.grantees.iter().any(|g| {
		added.contains(&g.recipient()) && g.overlaps(first, last) && g.from > state.first_sequence
	});
	if late {
		return new(Reason::LateGrant);
	}
	Plan::Keep { added }
}

#[cfg(test)]
mod tests {
	use super::*;

	fn grantee(n: u8, from: u64, to: Option<u64>) -> Grantee {
		Grantee { account: [n; 32], key: [n + 100; 32], from, to }
	}

	fn state(chain_epoch: Option<u32>, first: u64, sealed_to: &[&Grantee]) -> EpochState {
		EpochState {
			epoch: 4,
			key: [9; 32],
			chain_epoch,
			first_sequence: first,
			sealed_to: sealed_to.iter().map(|g| g.recipient()).collect(),
		}
	}

	fn audience(chain_epoch: Option<u32>, grantees: &[&Grantee]) -> Audience {
		Audience { chain_epoch, grantees: grantees.iter().map(|g| (*g).clone()).collect() }
	}

	#[test]
	fn the_first_batch_starts_an_epoch_for_whoever_reads_it() {
		let bob = grantee(1, 0, None);
		let plan = plan(None, &audience(Some(10), &[&bob]), 0, 9);
		assert_eq!(
			plan,
			Plan::NewEpoch { reason: Reason::First, recipients: vec![bob.recipient()] }
		);
	}

	#[test]
	fn a_new_reader_gets_the_current_key_and_nobody_else_changes_it() {
		let (alice, bob) = (grantee(1, 0, None), grantee(2, 0, None));
		let current = state(None, 0, &[&alice]);
		// The stream's first grant creates its record: an addition, not a loss.
		let plan = plan(Some(&current), &audience(Some(12), &[&alice, &bob]), 10, 19);
		assert_eq!(plan, Plan::Keep { added: vec![bob.recipient()] });
		let unchanged = state(Some(12), 0, &[&alice, &bob]);
		let plan = super::plan(Some(&unchanged), &audience(Some(12), &[&alice, &bob]), 20, 29);
		assert_eq!(plan, Plan::Keep { added: vec![] });
	}

	#[test]
	fn losing_a_reader_on_chain_or_from_the_list_starts_a_new_epoch() {
		let (alice, bob) = (grantee(1, 0, None), grantee(2, 0, None));
		let current = state(Some(12), 0, &[&alice, &bob]);
		// Bob was revoked: his grant is gone and the chain's epoch moved.
		let plan = plan(Some(&current), &audience(Some(30), &[&alice]), 20, 29);
		assert_eq!(
			plan,
			Plan::NewEpoch { reason: Reason::ChainEpochMoved, recipients: vec![alice.recipient()] }
		);
		// The last reader revoked removes the stream's record.
		let alone = state(Some(12), 0, &[&bob]);
		let plan = super::plan(Some(&alone), &audience(None, &[]), 20, 29);
		assert_eq!(plan, Plan::NewEpoch { reason: Reason::ChainEpochMoved, recipients: vec![] });
		// A grant that expired is no longer listed as live, before anyone settles it.
		let plan = super::plan(Some(&current), &audience(Some(12), &[&alice]), 20, 29);
		assert!(matches!(plan, Plan::NewEpoch { reason: Reason::RecipientGone, .. }));
	}

	#[test]
	fn a_reader_that_rekeys_or_leaves_its_range_stops_receiving_keys() {
		let bob = grantee(2, 0, Some(25));
		let current = state(Some(12), 0, &[&bob]);
		let rekeyed = Grantee { key: [77; 32], ..bob.clone() };
		let plan = plan(Some(&current), &audience(Some(12), &[&rekeyed]), 20, 29);
		assert_eq!(
			plan,
			Plan::NewEpoch { reason: Reason::RecipientGone, recipients: vec![rekeyed.recipient()] }
		);
		// Sequences 30.. are past Bob's range: he is not a recipient of that batch.
		let plan = super::plan(Some(&current), &audience(Some(12), &[&bob]), 30, 39);
		assert_eq!(plan, Plan::NewEpoch { reason: Reason::RecipientGone, recipients: vec![] });
	}

	#[test]
	fn a_grant_that_starts_after_the_epoch_began_gets_a_new_key() {
		let (alice, carol) = (grantee(1, 0, None), grantee(3, 50, None));
		let current = state(Some(12), 0, &[&alice]);
		// Not yet in range: nobody new.
		assert_eq!(
			plan(Some(&current), &audience(Some(12), &[&alice, &carol]), 10, 19),
			Plan::Keep { added: vec![] }
		);
		let plan = plan(Some(&current), &audience(Some(12), &[&alice, &carol]), 45, 60);
		assert_eq!(
			plan,
			Plan::NewEpoch {
				reason: Reason::LateGrant,
				recipients: vec![alice.recipient(), carol.recipient()]
			}
		);
	}

	#[test]
	fn the_same_account_and_key_is_sealed_to_once() {
		let owner = grantee(1, 0, None);
		let twice = audience(None, &[&owner, &owner]);
		assert_eq!(recipients(&twice, 0, 0), vec![owner.recipient()]);
	}
}
