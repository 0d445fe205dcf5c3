//! MQTT ingest: a persistent session (clean session off, QoS 1, manual acknowledgements) so that
//! a reading is acknowledged to the broker only after it is spooled or refused; a reading the
//! gateway never answered (it crashed first) is delivered again when it reconnects.

use std::{sync::Arc, time::Duration};

use rumqttc::{AsyncClient, Event, MqttOptions, Packet, Publish, QoS};
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};

use crate::{
	intake::{Intake, Submission, Verdict},
	wire::decode_message,
};

/// The broker and what to subscribe to.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct MqttConfig {
	/// Broker host.
	pub host: String,
	/// Broker port.
	#[serde(default = "default_port")]
	pub port: u16,
	/// The session's client id (kept across restarts: the broker holds unacknowledged readings
	/// for it).
	#[serde(default = "default_client_id")]
	pub client_id: String,
	/// Topic filters, e.g. `iot/+/readings`.
	#[serde(default = "default_topics")]
	pub topics: Vec<String>,
	/// Trust unsigned readings whose topic names their device at `device_segment` (the broker
	/// authenticated the publisher and its ACL binds it to its topic).
	#[serde(default)]
	pub trust_broker: bool,
	/// The topic segment (from 0) that holds the device id.
	#[serde(default = "default_segment")]
	pub device_segment: usize,
}

fn default_port() -> u16 {
	1883
}
fn default_client_id() -> String {
	"iot-gateway".into()
}
fn default_topics() -> Vec<String> {
	vec!["iot/+/readings".into()]
}
fn default_segment() -> usize {
	1
}

/// Unacknowledged readings the broker may send at once.
const IN_FLIGHT: usize = 1000;

/// Subscribes and feeds the intake forever, reconnecting after failures.
pub async fn run(config: MqttConfig, intake: Intake) {
	let mut options = MqttOptions::new(&config.client_id, &config.host, config.port);
	options
		.set_keep_alive(Duration::from_secs(30))
		.set_clean_session(false)
		.set_manual_acks(true)
		.set_max_packet_size(256 * 1024, 256 * 1024);
	let (client, mut events) = AsyncClient::new(options, IN_FLIGHT);
	let config = Arc::new(config);

	// Acknowledgements go out in the order the publishes came in, as MQTT requires. The queue is
	// unbounded so that the poll loop never waits on it (the acker's requests are only drained
	// by polling); the broker's in-flight window bounds it.
	let (ack_tx, mut ack_rx) = mpsc::unbounded_channel::<(Publish, oneshot::Receiver<Verdict>)>();
	let acker = client.clone();
	tokio::spawn(async move {
		while let Some((publish, verdict)) = ack_rx.recv().await {
			if verdict.await.is_ok() {
				if let Err(e) = acker.ack(&publish).await {
					tracing::warn!(error = %e, "MQTT ack failed");
				}
			}
		}
	});

	loop {
		match events.poll().await {
			Ok(Event::Incoming(Packet::ConnAck(ack))) => {
				tracing::info!(session_present = ack.session_present, "MQTT connected");
				for topic in &config.topics {
					if let Err(e) = client.subscribe(topic, QoS::AtLeastOnce).await {
						tracing::warn!(%topic, error = %e, "MQTT subscribe failed");
					}
				}
			}
			Ok(Event::Incoming(Packet::Publish(publish))) => {
				let reading = decode_message(&publish.payload);
				let trusted = config.trust_broker
					&& reading.as_ref().is_ok_and(|r| {
						publish.topic.split('/').nth(config.device_segment)
							== Some(r.reading.device.to_string().as_str())
					});
				let (reply, verdict) = oneshot::channel();
				if intake.send(Submission { reading, trusted, reply }).await.is_err() {
					return;
				}
				if ack_tx.send((publish, verdict)).is_err() {
					return;
				}
			}
			Ok(_) => {}
			Err(e) => {
				tracing::warn!(error = %e, "MQTT connection lost; reconnecting");
				tokio::time::sleep(Duration::from_secs(1)).await;
			}
		}
	}
}
