//! # IoT chain encodings
//!
//! The bytes that a device, a gateway and the runtime must agree on, in one place: device keys and
//! signatures, the signed payloads, readings and their leaf hashes, batch headers and payment
//! vouchers. `iot-primitives` re-exports all of it for the runtime; device firmware
//! (`iot-device`) uses this crate directly, because it builds for microcontrollers: no Substrate
//! runtime crates, and every payload can be encoded into a caller's fixed buffer
//! ([`payload::encode_signing_payload`]) and every hash computed without a heap.
//!
//! Type paths in the chain's metadata stay `iot_primitives::…` (`replace_segment`), so moving the
//! types here changed no byte of the metadata clients are generated from.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod device;
pub mod hash;
pub mod payload;
pub mod payment;
pub mod telemetry;

/// A device's identifier in the device registry: assigned at registration, kept across key
/// rotations and transfers.
pub type DeviceId = u64;

pub use primitive_types::H256;
