//! Puts memory.x where cortex-m-rt's link.x finds it, and links with link.x.

fn main() {
	let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
	std::fs::copy("memory.x", out.join("memory.x")).expect("memory.x copies");
	println!("cargo:rustc-link-search={}", out.display());
	println!("cargo:rustc-link-arg-bins=-Tlink.x");
	println!("cargo:rerun-if-changed=memory.x");
}
