//! Pallet configurations, one module per domain.

mod consensus;
mod data;
mod devices;
mod monetary;
mod payments;
mod provenance;
mod rewards;
mod sponsorship;
mod system;
mod telemetry;
mod utility;

pub use monetary::TransactionByteFee;
pub use system::{RuntimeBlockLength, RuntimeBlockWeights};
