//! `iot-node`: the IoT chain's node.

// `sc_cli::Error` and `sc_service::Error` are polkadot-sdk's error types; every node returns them
// as they are, and boxing them here would only add conversions.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod dev_pool;
mod dev_seal;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
