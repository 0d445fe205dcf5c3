//! The canonical payloads that devices sign; defined in `iot-encoding`, which device firmware
//! builds without the runtime's crates.

pub use iot_encoding::payload::*;
