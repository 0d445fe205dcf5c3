//! # IoT chain primitives
//!
//! Types that the runtime, the node, gateways and device firmware must agree on byte for byte.
//! Everything here is `no_std` and SCALE-encodable so that it compiles into the runtime's wasm and
//! into small clients alike.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod api;
pub mod currency;
pub mod data;
pub mod device;
pub mod geo;
pub mod merkle;
pub mod payload;
pub mod payment;
pub mod provenance;
pub mod rewards;
pub mod telemetry;
pub mod traits;

pub use iot_encoding::DeviceId;

/// A block number.
pub type BlockNumber = u32;

/// The index of a transaction sent by an account (its nonce).
pub type Nonce = u32;

/// The SS58 address format of the chain (42, the generic Substrate prefix, until one is
/// registered for the network).
pub const SS58_PREFIX: u16 = 42;
