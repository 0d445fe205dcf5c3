//! Starting and stopping a real `iot-node` for end-to-end tests, and talking to it.

pub mod chain;
pub mod devices;
pub mod telemetry;
pub mod values;

use std::{
	fs::File,
	net::TcpListener,
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

/// The node binary that cargo built for these tests.
pub const NODE: &str = env!("CARGO_BIN_EXE_iot-node");

/// A port that was free a moment ago.
fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free port")
}

/// A running node on its own temporary database and free ports, killed if a test fails.
pub struct TestNode {
	child: Option<Child>,
	rpc_port: u16,
	/// The node's libp2p port on 127.0.0.1.
	#[allow(dead_code)] // Not every test binary that shares this module uses it.
	pub p2p_port: u16,
	/// Where the node's log goes, shown when it does not stop cleanly.
	log: PathBuf,
}

impl TestNode {
	/// Starts the node with `args` plus `--tmp` and free ports, and waits until RPC answers.
	pub async fn start(args: &[&str]) -> Self {
		let rpc_port = free_port();
		let p2p_port = free_port();
		let log = std::env::temp_dir().join(format!("iot-node-test-{rpc_port}.log"));
		let stderr = File::create(&log).expect("a log file");
		let child = Command::new(NODE)
			.args(args)
			.args(["--tmp", "--no-prometheus", "--no-telemetry", "--no-mdns"])
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.stdout(Stdio::null())
			.stderr(stderr)
			.spawn()
			.expect("iot-node starts");
		let node = Self { child: Some(child), rpc_port, p2p_port, log };
		node.wait_for_rpc().await;
		node
	}

	/// The node's JSON-RPC websocket URL.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// The node's JSON-RPC over HTTP (the same port serves both).
	pub fn http_url(&self) -> String {
		format!("http://127.0.0.1:{}", self.rpc_port)
	}

	async fn wait_for_rpc(&self) {
		let deadline = Instant::now() + Duration::from_secs(60);
		while Instant::now() < deadline {
			if let Ok(rpc) = subxt::rpcs::RpcClient::from_insecure_url(self.ws_url()).await {
				if rpc.request::<String>("system_chain", subxt::rpcs::rpc_params![]).await.is_ok() {
					return;
				}
			}
			tokio::time::sleep(Duration::from_millis(200)).await;
		}
		panic!("iot-node did not answer on {} within 60 s", self.ws_url());
	}

	/// A JSON-RPC client of the node.
	#[allow(dead_code)] // Not every test binary that shares this module uses it.
	pub async fn rpc(&self) -> subxt::rpcs::RpcClient {
		subxt::rpcs::RpcClient::from_insecure_url(self.ws_url()).await.expect("rpc connects")
	}

	/// Sends SIGTERM and requires a clean exit within 30 s.
	pub fn stop_cleanly(mut self) {
		let mut child = self.child.take().expect("running");
		let status = Command::new("kill")
			.args(["-TERM", &child.id().to_string()])
			.status()
			.expect("kill runs");
		assert!(status.success());
		let deadline = Instant::now() + Duration::from_secs(30);
		loop {
			if let Some(status) = child.try_wait().expect("wait works") {
				let log = std::fs::read_to_string(&self.log).unwrap_or_default();
				let tail: Vec<&str> = log.lines().rev().take(40).collect();
				let tail: Vec<&str> = tail.into_iter().rev().collect();
				assert!(
					status.success(),
					"iot-node exited with {status}; its log ends:\n{}",
					tail.join("\n")
				);
				let _ = std::fs::remove_file(&self.log);
				return;
			}
			if Instant::now() > deadline {
				let _ = child.kill();
				panic!("iot-node did not stop within 30 s of SIGTERM");
			}
			std::thread::sleep(Duration::from_millis(100));
		}
	}
}

impl Drop for TestNode {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// Posts `body` to the node's JSON-RPC with `curl`, as a user would, and returns the answer.
#[allow(dead_code)] // Not every test binary that shares this module uses it.
pub fn curl_raw(node: &TestNode, body: &str) -> serde_json::Value {
	let out = Command::new("curl")
		.args(["-sS", "--max-time", "20", "-H", "Content-Type: application/json", "-d", body])
		.arg(node.http_url())
		.output()
		.expect("curl runs (./scripts/test.sh installs it)");
	assert!(out.status.success(), "curl failed: {}", String::from_utf8_lossy(&out.stderr));
	serde_json::from_slice(&out.stdout)
		.unwrap_or_else(|e| panic!("{e}: not JSON: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Calls `method` with `params` through `curl` and returns the JSON-RPC answer.
#[allow(dead_code)]
pub fn curl(node: &TestNode, method: &str, params: serde_json::Value) -> serde_json::Value {
	let body = serde_json::json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
	curl_raw(node, &body.to_string())
}

/// Runs the Node.js client `tests/js/<script>` with `args` and asserts it succeeds.
#[allow(dead_code)]
pub fn run_js(script: &str, args: &[&str]) {
	let js = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/js");
	assert!(
		js.join("../../node_modules/@iot-chain/client/dist").exists(),
		"the npm workspace is not installed and built: run `npm ci && npm run build` at the \
		 repository's root (./scripts/test.sh does)"
	);
	let status = Command::new("node").arg(js.join(script)).args(args).status().expect("node runs");
	assert!(status.success(), "the @polkadot/api client {script} failed: {status}");
}
