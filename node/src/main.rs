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

/// jemalloc instead of glibc's malloc. glibc keeps memory freed in the middle of its heap: an idle
/// dev node held 118 MiB of anonymous memory, of which `malloc_trim` gave 92 MiB back (issue 24
/// point 3). jemalloc with a background thread returns freed pages after its decay time (10 s).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> sc_cli::Result<()> {
	// Without its background thread jemalloc returns pages only while the program allocates, so
	// an idle node would keep what a burst left behind.
	if let Err(e) = tikv_jemalloc_ctl::background_thread::write(true) {
		eprintln!("jemalloc's background thread did not start ({e}): freed memory is kept longer");
	}
	command::run()
}
