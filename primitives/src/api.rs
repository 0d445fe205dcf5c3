//! Runtime APIs of the IoT pallets: reads for the node's RPC, gateways and other clients.

use crate::{
	telemetry::{AnchorId, AnchoredRange, Reading, ReadingProof, StreamId},
	DeviceId,
};

sp_api::decl_runtime_apis! {
	/// Reads of the telemetry anchors. Free: a runtime call, not a transaction.
	pub trait TelemetryApi {
		/// Whether `proof` shows `reading` under the root of the retained anchor `anchor`, inside
		/// one of its ranges.
		fn verify_reading(anchor: AnchorId, reading: Reading, proof: ReadingProof) -> bool;

		/// What `anchor` committed for `device`'s `stream`, if it is retained and covers it.
		fn anchored_range(anchor: AnchorId, device: DeviceId, stream: StreamId) -> Option<AnchoredRange>;
	}
}
