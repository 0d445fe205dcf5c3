//! # The runtime's metadata, for subxt clients
//!
//! `iot-metadata.scale` is the metadata (V16) of the runtime in this repository, fetched from a
//! running `iot-node` by `./scripts/update-metadata.sh`. [`iot`] is subxt's typed interface
//! generated from it at compile time: calls (`iot::tx()`), storage (`iot::storage()`), events,
//! constants and runtime APIs, with the runtime's own type and field names.
//!
//! The test `tests/current.rs` fails when the runtime changed and the file was not refreshed, so
//! a client built on this crate always matches the runtime next to it.
//!
//! ```ignore
//! let api = subxt::OnlineClient::<subxt::PolkadotConfig>::from_url(url).await?;
//! let call = iot_metadata::iot::tx().fee_sponsorship().fund(1_000_000_000);
//! ```

/// The SCALE-encoded metadata the interface was generated from.
pub const METADATA: &[u8] = include_bytes!("../iot-metadata.scale");

/// The metadata version the file holds.
pub const METADATA_VERSION: u32 = 16;

/// subxt's typed interface to the runtime. Its types also derive SCALE's `Encode`/`Decode`, so
/// that a client can move a value between them and `iot-primitives`' own types (same encoding).
#[subxt::subxt(
	runtime_metadata_path = "iot-metadata.scale",
	derive_for_all_types = "::codec::Encode, ::codec::Decode"
)]
pub mod iot {}
