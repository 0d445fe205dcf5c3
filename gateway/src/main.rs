//! The `iot-gateway` command.

use std::{
	io::{BufRead, Read},
	net::SocketAddr,
	path::PathBuf,
	sync::Arc,
	time::Duration,
};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use iot_gateway::{
	cli::{init_logs, BatchFlags, ChainFlags},
	config::Config,
	http,
	intake::Submission,
	mqtt::MqttConfig,
	pipeline,
	private::{cli::DataCommand, StreamKey},
	proofs, register,
	wire::{decode_message, ProofJson},
};
use tokio::sync::oneshot;

#[derive(Parser)]
#[command(
	name = "iot-gateway",
	version,
	about = "Ingests device readings, spools them, anchors them on the IoT chain and serves their proofs."
)]
struct Cli {
	#[command(flatten)]
	chain: ChainFlags,
	/// The spool database file.
	#[arg(long, global = true)]
	spool: Option<PathBuf>,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Runs the gateway: MQTT and/or HTTP ingest, spool, batching, anchoring, metrics.
	Run {
		/// MQTT broker `host:port`.
		#[arg(long)]
		mqtt: Option<String>,
		/// MQTT topic filter (repeatable).
		#[arg(long)]
		topic: Vec<String>,
		/// Trust unsigned MQTT readings whose topic names their device.
		#[arg(long)]
		trust_broker: bool,
		/// HTTP listen address (readings, vouchers, proofs, /metrics).
		#[arg(long)]
		http: Option<SocketAddr>,
		/// Serve this directory (the explorer's build, web/dist) on the HTTP endpoint too.
		#[arg(long, requires = "http")]
		web: Option<PathBuf>,
		/// How often held vouchers are settled (ms).
		#[arg(long)]
		settle_ms: Option<u64>,
		/// A private stream, `<device>:<stream>` (repeatable): sealed for the readers the chain
		/// names, served only to signed requests they may make.
		#[arg(long, value_name = "DEVICE:STREAM")]
		private: Vec<StreamKey>,
		#[command(flatten)]
		batch: BatchFlags,
	},
	/// Ingests a JSON-lines file (one reading per line), anchors everything and exits.
	Replay {
		file: PathBuf,
		/// Trust unsigned readings in the file.
		#[arg(long)]
		trusted: bool,
		#[command(flatten)]
		batch: BatchFlags,
	},
	/// Prints a reading's proof from the spool (while the gateway runs, use GET /proof/…).
	Prove { device: u64, stream: u16, sequence: u64 },
	/// Checks a proof (JSON from `prove` or GET /proof) against the chain; exit status 1 if false.
	Verify {
		/// The proof file, `-` for standard input.
		#[arg(default_value = "-")]
		file: PathBuf,
	},
	/// Device onboarding.
	Devices {
		#[command(subcommand)]
		command: DevicesCommand,
	},
	/// GS1 EPCIS 2.0 documents.
	Epcis {
		#[command(subcommand)]
		command: EpcisCommand,
	},
	/// Private streams, for their readers: key files, fetching, decrypting and verifying.
	Data {
		#[command(subcommand)]
		command: DataCommand,
	},
}

#[derive(Subcommand)]
enum EpcisCommand {
	/// Maps an EPCIS 2.0 JSON/JSON-LD document onto the provenance pallet's calls and sends them
	/// in one batch signed by --suri (all or nothing); prints what each event created.
	Import { file: PathBuf },
}

#[derive(Subcommand)]
enum DevicesCommand {
	/// Registers the devices of a manifest (skipping those registered already) and declares
	/// their streams; prints `{"key": …, "device": id}` per device.
	Register {
		#[arg(long)]
		manifest: PathBuf,
	},
}

impl Cli {
	fn config(&self) -> Result<Config> {
		let mut config = self.chain.config()?;
		if let Some(spool) = &self.spool {
			config.spool.path = spool.clone();
		}
		Ok(config)
	}
}

#[tokio::main]
async fn main() -> Result<()> {
	let cli = Cli::parse();
	init_logs(cli.chain.log_json);
	let mut config = cli.config()?;
	match &cli.command {
		Command::Run { mqtt, topic, trust_broker, http, web, settle_ms, private, batch } => {
			batch.apply(&mut config);
			config.private.streams.extend(private.iter().copied());
			if let Some(ms) = settle_ms {
				config.payments.settle_ms = *ms;
			}
			if let Some(address) = mqtt {
				let (host, port) = address.rsplit_once(':').context("--mqtt wants host:port")?;
				let mut m = config.mqtt.take().unwrap_or(MqttConfig {
					host: host.into(),
					port: 1883,
					client_id: "iot-gateway".into(),
					topics: vec!["iot/+/readings".into()],
					trust_broker: false,
					device_segment: 1,
				});
				m.host = host.into();
				m.port = port.parse().context("--mqtt port")?;
				config.mqtt = Some(m);
			}
			if let Some(m) = config.mqtt.as_mut() {
				if !topic.is_empty() {
					m.topics = topic.clone();
				}
				m.trust_broker |= trust_broker;
			}
			if let Some(listen) = http {
				config.http = Some(iot_gateway::config::HttpConfig {
					listen: *listen,
					trusted: false,
					web: None,
				});
			}
			if let (Some(h), Some(dir)) = (config.http.as_mut(), web) {
				h.web = Some(dir.clone());
			}
			run(config).await
		}
		Command::Replay { file, trusted, batch } => {
			batch.apply(&mut config);
			replay(config, file, *trusted).await
		}
		Command::Prove { device, stream, sequence } => {
			let spool = iot_gateway::spool::Spool::open(&config.spool.path)
				.context("the spool is held by a running gateway: use its GET /proof/… instead")?;
			match proofs::prove(&spool, *device, *stream, *sequence)? {
				proofs::Answer::Proof(p) => println!("{}", serde_json::to_string_pretty(&p)?),
				proofs::Answer::NotYet(state) => bail!("not anchored yet: {state}"),
				proofs::Answer::Unknown => bail!("no such reading in this spool"),
				proofs::Answer::Private => {
					bail!("a reading of a private stream: its readers fetch it with `data fetch`")
				}
			}
			Ok(())
		}
		Command::Verify { file } => {
			let mut text = String::new();
			if file.as_os_str() == "-" {
				std::io::stdin().read_to_string(&mut text)?;
			} else {
				text = std::fs::read_to_string(file)?;
			}
			let proof: ProofJson = serde_json::from_str(&text).context("not a proof")?;
			let (anchor, reading) = (proof.anchor, proof.reading.clone());
			let chain = iot_gateway::chain::Chain::new(
				&config.chain.url,
				pipeline::keypair(&config.chain.suri)?,
			);
			let ok = proofs::verify(&chain, proof).await?;
			println!(
				"{}",
				serde_json::json!({"verified": ok, "anchor": anchor, "device": reading.device, "stream": reading.stream, "sequence": reading.sequence})
			);
			if !ok {
				std::process::exit(1);
			}
			Ok(())
		}
		Command::Data { command } => {
			if !iot_gateway::private::cli::run(&config, command).await? {
				std::process::exit(1);
			}
			Ok(())
		}
		Command::Devices { command: DevicesCommand::Register { manifest } } => {
			let chain = iot_gateway::chain::Chain::new(
				&config.chain.url,
				pipeline::keypair(&config.chain.suri)?,
			);
			for o in register::register(&chain, manifest).await? {
				let key = sp_core::bytes::to_hex(&codec::Encode::encode(&o.key), false);
				println!("{}", serde_json::json!({"key": key, "device": o.device}));
			}
			Ok(())
		}
		Command::Epcis { command: EpcisCommand::Import { file } } => {
			let chain = iot_gateway::chain::Chain::new(
				&config.chain.url,
				pipeline::keypair(&config.chain.suri)?,
			);
			println!("{}", iot_gateway::epcis::import(&chain, file).await?);
			Ok(())
		}
	}
}

async fn run(config: Config) -> Result<()> {
	if config.mqtt.is_none() && config.http.is_none() {
		bail!("nothing to ingest from: give --mqtt and/or --http (or [mqtt]/[http] in the config)");
	}
	let mut pipeline = pipeline::start(&config).await?;
	tokio::spawn(pipeline::progress(pipeline.metrics.clone(), Duration::from_secs(10)));
	if let Some(h) = &config.http {
		let listener = http::bind(h.listen).await?;
		tracing::info!(listen = %listener.local_addr()?, "HTTP listening");
		let shared = Arc::new(http::Shared {
			intake: pipeline.intake.clone(),
			chain: pipeline.chain.clone(),
			spool: pipeline.spool.clone(),
			metrics: pipeline.metrics.clone(),
			trusted: h.trusted,
			web: match &h.web {
				Some(dir) if !dir.join("index.html").is_file() => {
					bail!(
						"--web {}: no index.html there (npm run build makes web/dist)",
						dir.display()
					)
				}
				web => web.clone(),
			},
			data: Arc::new(iot_gateway::private::serve::DataService::new(
				pipeline.genesis,
				pipeline.private.clone(),
			)),
		});
		tokio::spawn(async move {
			if let Err(e) = http::serve(listener, shared).await {
				tracing::error!(error = %e, "HTTP server stopped");
			}
		});
	}
	if let Some(m) = config.mqtt.clone() {
		tokio::spawn(iot_gateway::mqtt::run(m, pipeline.intake.clone()));
	}
	tokio::select! {
		signal = tokio::signal::ctrl_c() => {
			signal?;
			// Everything accepted is in the spool; the next start anchors what is left.
			tracing::info!("stopping");
			Ok(())
		},
		error = pipeline.writer_stopped() => Err(error),
	}
}

async fn replay(config: Config, file: &PathBuf, trusted: bool) -> Result<()> {
	let pipeline = pipeline::start(&config).await?;
	let progress =
		tokio::spawn(pipeline::progress(pipeline.metrics.clone(), Duration::from_secs(5)));
	let reader = std::io::BufReader::new(
		std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?,
	);
	let mut answers = Vec::new();
	for line in reader.lines() {
		let line = line?;
		if line.trim().is_empty() {
			continue;
		}
		let (reply, answer) = oneshot::channel();
		let reading = decode_message(line.trim().as_bytes());
		pipeline.intake.send(Submission { reading, trusted, reply }).await?;
		answers.push(answer);
	}
	let metrics = pipeline.metrics.clone();
	pipeline.finish().await?;
	progress.abort();
	let (accepted, refused, anchored) = metrics.totals();
	println!(
		"{}",
		serde_json::json!({"lines": answers.len(), "accepted": accepted, "refused": refused, "anchored": anchored})
	);
	Ok(())
}
