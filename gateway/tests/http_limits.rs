//! The HTTP endpoint reads a request body only up to its limit (8 MiB): a body that declares more
//! is refused unread, and a streamed one is cut off at the limit, so a client cannot make the
//! gateway buffer a huge body (it used to collect it whole and check the size afterwards). A
//! client that trickles its headers is cut off too, so idle connections cannot pile up.

mod common;

use std::process::Command;

use common::*;

/// The gateway's peak resident memory (VmHWM), in KiB.
fn peak_rss_kib(pid: u32) -> u64 {
	let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
	status
		.lines()
		.find_map(|l| l.strip_prefix("VmHWM:"))
		.and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
		.expect("VmHWM")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_are_refused_without_being_buffered() {
	let dir = TempDir::new("http-limits");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let http = format!("127.0.0.1:{}", free_port());
	let args = run_args(&url, &dir.0, &http, &[]);
	let gateway = Process::spawn(std::path::Path::new(GATEWAY), &args, dir.0.join("gateway.log"));
	wait_for_gateway(&http).await;
	let pid = gateway.pid().expect("running");
	let before = peak_rss_kib(pid);

	// Declared too big: answered from the headers alone, the body never sent (the old endpoint
	// waited for all of it).
	{
		use std::io::{Read, Write};
		let mut stream = std::net::TcpStream::connect(&http).unwrap();
		stream.set_read_timeout(Some(std::time::Duration::from_secs(5))).unwrap();
		stream
			.write_all(
				b"POST /readings HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\n\
				  Content-Length: 9437184\r\n\r\n",
			)
			.unwrap();
		let mut answer = [0u8; 12];
		stream.read_exact(&mut answer).expect("an answer before the body");
		assert_eq!(&answer, b"HTTP/1.1 413");
	}
	let big = dir.0.join("big.json");
	std::fs::write(&big, vec![b' '; 9 << 20]).unwrap();
	for endpoint in ["readings", "vouchers"] {
		let (status, body) = curl(&[
			"--data-binary",
			&format!("@{}", big.display()),
			&format!("http://{http}/{endpoint}"),
		]);
		assert_eq!(status, 413, "{endpoint}: {body}");
	}

	// Streamed (chunked, no length): 256 MiB offered, cut off at the limit.
	let streamed = Command::new("sh")
		.arg("-c")
		.arg(format!(
			"head -c 268435456 /dev/zero | curl -s -o /dev/null -w '%{{http_code}}' -X POST \
			 -H 'Content-Type: application/json' -T - http://{http}/readings"
		))
		.output()
		.expect("sh and curl run");
	let code = String::from_utf8_lossy(&streamed.stdout).to_string();
	assert!(code == "413" || code == "000", "a streamed 256 MiB body got HTTP {code}");

	// Headers trickled one byte at a time (slowloris): the connection is closed after the header
	// timeout (10 s), not held for as long as the client keeps sending.
	{
		use std::io::{Read, Write};
		let mut stream = std::net::TcpStream::connect(&http).unwrap();
		stream.set_read_timeout(Some(std::time::Duration::from_millis(500))).unwrap();
		let started = std::time::Instant::now();
		let header = b"GET /health HTTP/1.1\r\nHost: gw\r\nX-Slow: ";
		let mut closed = false;
		for byte in header.iter().chain(std::iter::repeat(&b'a')).take(60) {
			if stream.write_all(&[*byte]).is_err() {
				closed = true;
				break;
			}
			let mut buf = [0u8; 64];
			match stream.read(&mut buf) {
				Ok(_) => {
					closed = true;
					break;
				}
				Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
				Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
				Err(_) => {
					closed = true;
					break;
				}
			}
		}
		let waited = started.elapsed().as_secs_f64();
		assert!(closed, "a connection trickling its headers was still open after {waited:.1} s");
		assert!(waited >= 9.0, "closed after {waited:.1} s, before the header timeout");
	}

	// Still serving, and a body within the limit is read.
	let (status, body) = curl(&["--data-binary", "[]", &format!("http://{http}/readings")]);
	assert_eq!(status, 202, "{body}");
	let after = peak_rss_kib(pid);
	assert!(
		after < before + 64 * 1024,
		"the gateway's peak memory grew from {before} KiB to {after} KiB on refused bodies"
	);
	eprintln!("gateway peak RSS: {before} KiB before, {after} KiB after the oversized bodies");
}
