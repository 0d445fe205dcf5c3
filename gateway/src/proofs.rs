//! A reading's Merkle proof out of the spool, and its check against the chain.

use anyhow::{Context, Result};
use iot_primitives::{
	telemetry::{ReadingProof, SignedReading},
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
	/// A reading of a private stream: its proof is served with its ciphertext, to its readers
	/// (`GET /data/…`).
	Private,
}

/// The proof of `(device, stream, sequence)`.
pub fn prove(spool: &Spool, device: DeviceId, stream: u16, sequence: u64) -> Result<Answer> {
	let (leaf, record) = match spool.locate(device, stream, sequence)? {
		Location::Unknown => return Ok(Answer::Unknown),
		Location::Pending => return Ok(Answer::NotYet("spooled, not yet in a batch".into())),
		Location::Batched { leaf, record, .. } => (leaf, record),
	};
	if record.sealing(device, stream).is_some() {
		return Ok(Answer::Private);
	}
	let anchor = match &record.state {
		BatchState::Anchored { anchor } => *anchor,
		BatchState::Refused { reason } => {
			return Ok(Answer::NotYet(format!("its batch was refused by the chain: {reason}")))
		}
		_ => return Ok(Answer::NotYet("in a batch not yet anchored".into())),
	};
	let tree = record.tree();
	let proof = tree.proof(leaf).context("leaf index beyond its batch")?;
	let proof = ReadingProof { leaf_index: leaf, siblings: proof };
	let reading =
		record.readings.get(leaf as usize).context("leaf index beyond its batch")?.clone();
	Ok(Answer::Proof(ProofJson {
		anchor,
		root: tree.root(),
		leaf_count: u32::try_from(record.readings.len()).context("batch too large")?,
		reading: ReadingJson::from(&SignedReading { reading, signature: None }),
		proof: (&proof).into(),
	}))
}

/// Whether the chain's runtime accepts `proof`.
pub async fn verify(chain: &Chain, proof: ProofJson) -> Result<bool> {
	let reading = SignedReading::try_from(proof.reading).map_err(anyhow::Error::msg)?.reading;
	chain.verify(proof.anchor, &reading, &ReadingProof::from(proof.proof)).await
}
