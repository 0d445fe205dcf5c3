//! Real processes for the gateway's end-to-end tests: a mosquitto broker, an `iot-node --dev`, the
//! `iot-gateway` binary; and the device side (signed readings published over MQTT).

#![allow(dead_code)] // Each test binary uses part of this module.

use std::{
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::atomic::{AtomicUsize, Ordering},
	time::{Duration, Instant},
};

use iot_gateway::{chain::Chain, keys::DeviceKey, wire::ReadingJson};
use iot_metadata::iot;
use iot_primitives::telemetry::{Reading, ReadingValue, SignedReading};
use rumqttc::{AsyncClient, Event, MqttOptions, Outgoing, Packet, QoS};
use sp_core::H256;

pub const GATEWAY: &str = env!("CARGO_BIN_EXE_iot-gateway");

/// The node binary of the same build (`cargo test --workspace` builds it next to this test).
pub fn node_binary() -> PathBuf {
	let exe = std::env::current_exe().expect("test binary path");
	let node = exe.parent().and_then(Path::parent).expect("target dir").join("iot-node");
	assert!(
		node.exists(),
		"{} is missing: build the workspace (cargo test --workspace)",
		node.display()
	);
	node
}

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a port")
}

fn wait_for_port(port: u16, what: &str) {
	let deadline = Instant::now() + Duration::from_secs(60);
	while TcpStream::connect(("127.0.0.1", port)).is_err() {
		assert!(Instant::now() < deadline, "{what} did not listen on {port}");
		std::thread::sleep(Duration::from_millis(100));
	}
}

/// A child process killed when dropped; its output goes to `log`.
pub struct Process {
	child: Option<Child>,
	pub log: PathBuf,
}

impl Process {
	pub fn spawn(program: &Path, args: &[String], log: PathBuf) -> Self {
		let out = std::fs::File::create(&log).expect("log file");
		let child = Command::new(program)
			.args(args)
			.stdout(out.try_clone().expect("log file"))
			.stderr(out)
			.stdin(Stdio::null())
			.spawn()
			.unwrap_or_else(|e| panic!("{} starts: {e}", program.display()));
		Self { child: Some(child), log }
	}

	fn signal(&mut self, signal: &str) {
		if let Some(child) = self.child.as_mut() {
			let _ = Command::new("kill").args([signal, &child.id().to_string()]).status();
			let deadline = Instant::now() + Duration::from_secs(30);
			while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
				std::thread::sleep(Duration::from_millis(50));
			}
			let _ = child.kill();
			let _ = child.wait();
		}
		self.child = None;
	}

	/// The process id, while it runs.
	pub fn pid(&self) -> Option<u32> {
		self.child.as_ref().map(Child::id)
	}

	/// A clean stop (SIGTERM).
	pub fn stop(&mut self) {
		self.signal("-TERM");
	}

	/// A crash (SIGKILL).
	pub fn kill(&mut self) {
		self.signal("-KILL");
	}

	pub fn tail(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let lines: Vec<_> = text.lines().collect();
		lines[lines.len().saturating_sub(40)..].join("\n")
	}
}

impl Drop for Process {
	fn drop(&mut self) {
		self.kill();
	}
}

/// A temporary directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
	pub fn new(name: &str) -> Self {
		let dir = std::env::temp_dir().join(format!("iot-gw-{name}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		std::fs::create_dir_all(&dir).expect("temp dir");
		Self(dir)
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		if !std::thread::panicking() {
			let _ = std::fs::remove_dir_all(&self.0);
		}
	}
}

/// mosquitto on a free loopback port.
pub fn broker(dir: &Path) -> (Process, u16) {
	let port = free_port();
	let conf = dir.join("mosquitto.conf");
	std::fs::write(
		&conf,
		format!(
			"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n\
			 max_queued_messages 100000\nmax_inflight_messages 1000\n"
		),
	)
	.expect("broker config");
	let mosquitto = ["/usr/sbin/mosquitto", "/usr/bin/mosquitto"]
		.into_iter()
		.map(PathBuf::from)
		.find(|p| p.exists())
		.expect("mosquitto is installed (./scripts/test.sh installs it)");
	let process = Process::spawn(
		&mosquitto,
		&["-c".into(), conf.display().to_string()],
		dir.join("mosquitto.log"),
	);
	wait_for_port(port, "mosquitto");
	(process, port)
}

/// An `iot-node --dev` keeping its database under `base`, on `rpc_port`.
pub fn node(base: &Path, rpc_port: u16) -> Process {
	let args = [
		"--dev",
		"--base-path",
		&base.display().to_string(),
		"--rpc-port",
		&rpc_port.to_string(),
		"--no-prometheus",
		"--no-telemetry",
		"--no-mdns",
		"--listen-addr",
		&format!("/ip4/127.0.0.1/tcp/{}", free_port()),
	]
	.map(String::from);
	static STARTS: AtomicUsize = AtomicUsize::new(0);
	let log = base.with_extension(format!("{}.log", STARTS.fetch_add(1, Ordering::Relaxed)));
	let process = Process::spawn(&node_binary(), &args, log);
	wait_for_port(rpc_port, "iot-node");
	process
}

/// The arguments of `iot-gateway run` against the node at `url`, signing as Alice, with its spool
/// in `dir` and HTTP on `http`, followed by `extra`.
pub fn run_args(url: &str, dir: &Path, http: &str, extra: &[&str]) -> Vec<String> {
	let spool = dir.join("spool.redb").display().to_string();
	let base = ["run", "--url", url, "--suri", "//Alice", "--spool", &spool, "--http", http];
	base.iter().chain(extra).map(|arg| arg.to_string()).collect()
}

/// Runs `iot-gateway args` to completion; answers (success, stdout).
pub fn gateway_once(args: &[String]) -> (bool, String) {
	let out = Command::new(GATEWAY).args(args).output().expect("iot-gateway runs");
	let stdout = String::from_utf8_lossy(&out.stdout).to_string();
	if !out.status.success() {
		eprintln!("iot-gateway {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
	}
	(out.status.success(), stdout)
}

/// A manifest of `n` sr25519 devices with one stream each; answers their keys.
pub fn manifest(dir: &Path, name: &str, n: usize) -> (PathBuf, Vec<String>) {
	let keys: Vec<String> = (0..n).map(|i| format!("sr25519://{name}-{i}")).collect();
	let mut text = String::new();
	for key in &keys {
		text.push_str(&format!(
			"[[device]]\nkey = \"{key}\"\nclass = \"acme/th-200\"\nstreams = [{{ id = 0, name = \"temperature\", unit = 1, interval_ms = 1000 }}]\n\n"
		));
	}
	let path = dir.join(format!("{name}.toml"));
	std::fs::write(&path, text).expect("manifest");
	(path, keys)
}

/// Registers a manifest through the gateway CLI; answers the device ids in manifest order.
pub fn register(url: &str, manifest: &Path) -> Vec<u64> {
	let (ok, out) = gateway_once(&[
		"devices".into(),
		"register".into(),
		"--manifest".into(),
		manifest.display().to_string(),
		"--url".into(),
		url.into(),
		"--suri".into(),
		"//Alice".into(),
	]);
	assert!(ok, "devices register failed");
	out.lines()
		.map(|l| {
			serde_json::from_str::<serde_json::Value>(l).expect("JSON line")["device"]
				.as_u64()
				.expect("id")
		})
		.collect()
}

/// A device's signed reading, as JSON.
pub fn signed_reading(key: &DeviceKey, genesis: H256, device: u64, sequence: u64) -> Vec<u8> {
	let reading = Reading {
		device,
		stream: 0,
		sequence,
		timestamp: 1_700_000_000_000 + sequence * 1000,
		value: ReadingValue::Scalar(4000 + (sequence % 50) as i64),
		salt: Some([(sequence % 251) as u8; 16]),
	};
	let signature = Some(key.sign(&reading.signing_payload(genesis)));
	serde_json::to_vec(&ReadingJson::from(&SignedReading { reading, signature })).expect("JSON")
}

/// Every device's readings `0..per_device` as MQTT messages on `iot/<device>/readings`, the
/// devices taking turns.
pub fn interleaved(
	keys: &[DeviceKey],
	ids: &[u64],
	genesis: H256,
	per_device: u64,
) -> Vec<(String, Vec<u8>)> {
	(0..per_device)
		.flat_map(|sequence| {
			keys.iter().zip(ids).map(move |(key, id)| {
				(format!("iot/{id}/readings"), signed_reading(key, genesis, *id, sequence))
			})
		})
		.collect()
}

/// Waits until the gateway's HTTP endpoint answers.
pub async fn wait_for_gateway(http: &str) {
	eventually(Duration::from_secs(60), "the gateway's HTTP endpoint", async || {
		curl(&[&format!("http://{http}/health")]).0 == 200
	})
	.await;
}

/// Publishes `messages` (topic, payload) with QoS 1 and waits until the broker acknowledged all.
pub async fn publish(
	port: u16,
	client_id: &str,
	messages: Vec<(String, Vec<u8>)>,
	pause_every: Option<(usize, Duration)>,
) {
	let mut options = MqttOptions::new(client_id, "127.0.0.1", port);
	options.set_keep_alive(Duration::from_secs(30)).set_inflight(100);
	let (client, mut events) = AsyncClient::new(options, 1000);
	let total = messages.len();
	let sender = tokio::spawn(async move {
		for (i, (topic, payload)) in messages.into_iter().enumerate() {
			client.publish(topic, QoS::AtLeastOnce, false, payload).await.expect("publish");
			if let Some((every, pause)) = pause_every {
				if i % every == every - 1 {
					tokio::time::sleep(pause).await;
				}
			}
		}
		client
	});
	let mut acked = 0;
	while acked < total {
		match tokio::time::timeout(Duration::from_secs(120), events.poll()).await {
			Ok(Ok(Event::Incoming(Packet::PubAck(_)))) => acked += 1,
			Ok(Ok(Event::Outgoing(Outgoing::Disconnect))) => break,
			Ok(Ok(_)) => {}
			Ok(Err(e)) => panic!("publisher connection failed: {e}"),
			Err(_) => panic!("the broker acknowledged {acked} of {total} readings"),
		}
	}
	let client = sender.await.expect("sender");
	let _ = client.disconnect().await;
}

/// HTTP through curl: (status, body).
pub fn curl(args: &[&str]) -> (u16, String) {
	let out = Command::new("curl")
		.args(["-s", "-w", "\n%{http_code}"])
		.args(args)
		.output()
		.expect("curl runs");
	let text = String::from_utf8_lossy(&out.stdout).to_string();
	let (body, status) = text.rsplit_once('\n').unwrap_or(("", "0"));
	(status.trim().parse().unwrap_or(0), body.to_string())
}

/// A metric's value from the gateway's `/metrics`.
pub fn metric(http: &str, line_prefix: &str) -> Option<u64> {
	let (status, body) = curl(&[&format!("http://{http}/metrics")]);
	if status != 200 {
		return None;
	}
	body.lines().find_map(|l| l.strip_prefix(line_prefix)?.trim().parse().ok())
}

/// (anchored, missing) of `device`'s stream 0, on chain.
pub async fn stream_counts(chain: &Chain, device: u64) -> (u64, u64) {
	let at = chain.conn().await.expect("connected").api.at_current_block().await.expect("block");
	let stream = at
		.storage()
		.fetch(iot::storage().telemetry_anchor().streams(), (device, 0u16))
		.await
		.expect("declared stream")
		.decode()
		.expect("stream decodes");
	(stream.anchored, stream.missing)
}

/// The sum of all anchors' leaf counts.
pub async fn anchored_leaves(chain: &Chain) -> u64 {
	let at = chain.conn().await.expect("connected").api.at_current_block().await.expect("block");
	let next: u64 = at
		.storage()
		.fetch(iot::storage().telemetry_anchor().next_anchor_id(), ())
		.await
		.unwrap()
		.decode()
		.unwrap();
	let mut total = 0u64;
	for id in 0..next {
		if let Some(v) = at
			.storage()
			.try_fetch(iot::storage().telemetry_anchor().anchors(), (id,))
			.await
			.unwrap()
		{
			total += u64::from(v.decode().unwrap().leaf_count);
		}
	}
	total
}

/// Polls `check` every 500 ms until it holds or `limit` passes.
pub async fn eventually(limit: Duration, what: &str, mut check: impl AsyncFnMut() -> bool) {
	let deadline = Instant::now() + limit;
	while !check().await {
		assert!(Instant::now() < deadline, "timed out waiting for {what}");
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}
