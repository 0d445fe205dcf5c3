//! # iot-fuzz
//!
//! What the fuzzers run, as a library, so that the same code serves two builds:
//! - `fuzz/targets`, built by `cargo fuzz` with coverage instrumentation (`./scripts/fuzz.sh`),
//!   explores inputs guided by the code they reach;
//! - this crate's tests, in the workspace's ordinary release build, replay the committed corpus
//!   and a bounded run of random inputs from a fixed seed on every change.
//!
//! [`runtime`] turns bytes into blocks of signed calls to every pallet of the real runtime,
//! applied through `Executive` from a seeded chain, and checks the chain's invariants, every
//! call's weight and its storage accesses; [`gateway`] feeds bytes to the gateway's parsers and
//! to its spool's recovery.

pub mod gateway;
pub mod runtime;
