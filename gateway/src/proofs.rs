//! A reading's Merkle proof out of the spool, and its check against the chain.

use anyhow::{Context, Result};
use iot_primitives::{
	telemetry::{Batch, ReadingProof, SignedReading},
	DeviceId,
};

use crate::{
	chain::Chain,
	spool::{BatchState, Location, Spool},
	wire::{ProofJson, ReadingJson},
};

/// What the spool can say about a reading.
pub enum Answer {
	/// Anchored: here is the proof.
	Proof(ProofJson),
	/// Accepted and not yet anchored (or refused by the chain), with its state.
	NotYet(String),
	/// Never accepted here.
	Unknown,
}

/// The proof of `(device, stream, sequence)`.
pub fn prove(spool: &Spool, device: DeviceId, stream: u16, sequence: u64) -> Result<Answer> {
	let (leaf, record) = match spool.locate(device, stream, sequence)? {
		Location::Unknown => return Ok(Answer::Unknown),
		Location::Pending => return Ok(Answer::NotYet("spooled, not yet in a batch".into())),
		Location::Batched { leaf, record, .. } => (leaf, record),
	};
	let anchor = match &record.state {
		BatchState::Anchored { anchor } => *anchor,
		BatchState::Refused { reason } => {
			return Ok(Answer::NotYet(format!("its batch was refused by the chain: {reason}")))
		}
		_ => return Ok(Answer::NotYet("in a batch not yet anchored".into())),
	};
	let batch = Batch::new(record.readings);
	let proof = batch.proof(leaf).context("leaf index beyond its batch")?;
	let reading = batch.readings()[leaf as usize].clone();
	Ok(Answer::Proof(ProofJson {
		anchor,
		root: batch.root(),
		leaf_count: batch.leaf_count().context("batch too large")?,
		reading: ReadingJson::from(&SignedReading { reading, signature: None }),
		proof: (&proof).into(),
	}))
}

/// Whether the chain's runtime accepts `proof`.
pub async fn verify(chain: &Chain, proof: ProofJson) -> Result<bool> {
	let reading = SignedReading::try_from(proof.reading).map_err(anyhow::Error::msg)?.reading;
	chain.verify(proof.anchor, &reading, &ReadingProof::from(proof.proof)).await
}
