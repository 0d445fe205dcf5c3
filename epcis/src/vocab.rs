//! The CBV 2.0 standard vocabularies (as the EPCIS 2.0 JSON-LD context defines their bare-string
//! terms) and the three spellings of a term: bare (`shipping`), URN
//! (`urn:epcglobal:cbv:bizstep:shipping`) and Web URI (`https://ref.gs1.org/cbv/BizStep-shipping`).

/// A CBV vocabulary that JSON-LD lets a document write as bare strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vocab {
	BizStep,
	Disposition,
	BizTransactionType,
	SourceDestType,
	ErrorReason,
	MeasurementType,
	SensorException,
	Component,
}

const GS1_VOC: &str = "https://gs1.org/voc/";

/// CBV 2.0 business steps. There is no `transforming`: a TransformationEvent usually carries
/// `commissioning` or a user-defined step.
pub const BIZ_STEPS: &[&str] = &[
	"accepting",
	"arriving",
	"assembling",
	"collecting",
	"commissioning",
	"consigning",
	"creating_class_instance",
	"cycle_counting",
	"decommissioning",
	"departing",
	"destroying",
	"disassembling",
	"dispensing",
	"encoding",
	"entering_exiting",
	"holding",
	"inspecting",
	"installing",
	"killing",
	"loading",
	"other",
	"packing",
	"picking",
	"receiving",
	"removing",
	"repackaging",
	"repairing",
	"replacing",
	"reserving",
	"retail_selling",
	"sampling",
	"sensor_reporting",
	"shipping",
	"staging_outbound",
	"stock_taking",
	"stocking",
	"storing",
	"transporting",
	"unloading",
	"unpacking",
	"void_shipping",
];

/// CBV 2.0 dispositions.
pub const DISPOSITIONS: &[&str] = &[
	"active",
	"available",
	"completeness_inferred",
	"completeness_verified",
	"conformant",
	"container_closed",
	"container_open",
	"damaged",
	"destroyed",
	"dispensed",
	"disposed",
	"encoded",
	"expired",
	"in_progress",
	"in_transit",
	"inactive",
	"mismatch_class",
	"mismatch_instance",
	"mismatch_quantity",
	"needs_replacement",
	"no_pedigree_match",
	"non_conformant",
	"non_sellable_other",
	"partially_dispensed",
	"recalled",
	"reserved",
	"retail_sold",
	"returned",
	"sellable_accessible",
	"sellable_not_accessible",
	"stolen",
	"unavailable",
	"unknown",
];

const BIZ_TRANSACTION_TYPES: &[&str] = &[
	"bol",
	"cert",
	"desadv",
	"inv",
	"pedigree",
	"po",
	"poc",
	"prodorder",
	"recadv",
	"rma",
	"testprd",
	"testres",
	"upevt",
];

const SOURCE_DEST_TYPES: &[&str] = &["owning_party", "possessing_party", "location"];

const ERROR_REASONS: &[&str] = &["did_not_occur", "incorrect_data"];

const SENSOR_EXCEPTIONS: &[&str] = &["ALARM_CONDITION", "ERROR_CONDITION"];

const COMPONENTS: &[&str] = &[
	"x",
	"y",
	"z",
	"axial_distance",
	"azimuth",
	"height",
	"spherical_radius",
	"polar_angle",
	"elevation_angle",
	"easting",
	"northing",
	"latitude",
	"longitude",
	"altitude",
];

const MEASUREMENT_TYPES: &[&str] = &[
	"AbsoluteHumidity",
	"AbsorbedDose",
	"AbsorbedDoseRate",
	"Acceleration",
	"Radioactivity",
	"Altitude",
	"AmountOfSubstance",
	"AmountOfSubstancePerUnitVolume",
	"Angle",
	"AngularAcceleration",
	"AngularMomentum",
	"AngularVelocity",
	"Area",
	"Capacitance",
	"Conductance",
	"Conductivity",
	"Count",
	"Density",
	"Dimensionless",
	"DoseEquivalent",
	"DoseEquivalentRate",
	"DynamicViscosity",
	"ElectricCharge",
	"ElectricCurrent",
	"ElectricCurrentDensity",
	"ElectricFieldStrength",
	"Energy",
	"Exposure",
	"Force",
	"Frequency",
	"Illuminance",
	"Inductance",
	"Irradiance",
	"KinematicViscosity",
	"Length",
	"LinearMomentum",
	"Luminance",
	"LuminousFlux",
	"LuminousIntensity",
	"MagneticFlux",
	"MagneticFluxDensity",
	"MagneticVectorPotential",
	"Mass",
	"MassConcentration",
	"MassFlowRate",
	"MassPerAreaTime",
	"MemoryCapacity",
	"MolalityOfSolute",
	"MolarEnergy",
	"MolarMass",
	"MolarVolume",
	"Power",
	"Pressure",
	"RadiantFlux",
	"RadiantIntensity",
	"RelativeHumidity",
	"Resistance",
	"Resistivity",
	"SolidAngle",
	"SpecificVolume",
	"Speed",
	"SurfaceDensity",
	"SurfaceTension",
	"Temperature",
	"Time",
	"Torque",
	"Voltage",
	"Volume",
	"VolumeFlowRate",
	"VolumeFraction",
	"VolumetricFlux",
	"Wavenumber",
];

const ALL: &[Vocab] = &[
	Vocab::BizStep,
	Vocab::Disposition,
	Vocab::BizTransactionType,
	Vocab::SourceDestType,
	Vocab::ErrorReason,
	Vocab::MeasurementType,
	Vocab::SensorException,
	Vocab::Component,
];

impl Vocab {
	fn terms(self) -> &'static [&'static str] {
		match self {
			Vocab::BizStep => BIZ_STEPS,
			Vocab::Disposition => DISPOSITIONS,
			Vocab::BizTransactionType => BIZ_TRANSACTION_TYPES,
			Vocab::SourceDestType => SOURCE_DEST_TYPES,
			Vocab::ErrorReason => ERROR_REASONS,
			Vocab::MeasurementType => MEASUREMENT_TYPES,
			Vocab::SensorException => SENSOR_EXCEPTIONS,
			Vocab::Component => COMPONENTS,
		}
	}

	/// The Web URI prefix a bare term is appended to.
	fn web_prefix(self) -> &'static str {
		match self {
			Vocab::BizStep => "https://ref.gs1.org/cbv/BizStep-",
			Vocab::Disposition => "https://ref.gs1.org/cbv/Disp-",
			Vocab::BizTransactionType => "https://ref.gs1.org/cbv/BTT-",
			Vocab::SourceDestType => "https://ref.gs1.org/cbv/SDT-",
			Vocab::ErrorReason => "https://ref.gs1.org/cbv/ER-",
			Vocab::Component => "https://ref.gs1.org/cbv/Comp-",
			Vocab::MeasurementType | Vocab::SensorException => GS1_VOC,
		}
	}

	/// The EPCIS 1.x URN prefix of the same vocabulary, where one exists.
	fn urn_prefix(self) -> Option<&'static str> {
		match self {
			Vocab::BizStep => Some("urn:epcglobal:cbv:bizstep:"),
			Vocab::Disposition => Some("urn:epcglobal:cbv:disp:"),
			Vocab::BizTransactionType => Some("urn:epcglobal:cbv:btt:"),
			Vocab::SourceDestType => Some("urn:epcglobal:cbv:sdt:"),
			Vocab::ErrorReason => Some("urn:epcglobal:cbv:er:"),
			_ => None,
		}
	}

	/// `shipping` -> `https://ref.gs1.org/cbv/BizStep-shipping`, for the terms the standard
	/// context defines; anything else is not a bare term of this vocabulary.
	pub fn expand_bare(self, value: &str) -> Option<String> {
		self.terms().contains(&value).then(|| format!("{}{}", self.web_prefix(), value))
	}

	/// The standard short name of a value in any of its spellings, or `None` for a user-defined
	/// or unknown value.
	pub fn short_name(self, value: &str) -> Option<&'static str> {
		let bare = value
			.strip_prefix(self.web_prefix())
			.or_else(|| self.urn_prefix().and_then(|p| value.strip_prefix(p)))
			.or_else(|| value.strip_prefix("cbv:").and_then(|v| v.split_once('-').map(|(_, t)| t)))
			.unwrap_or(value);
		self.terms().iter().copied().find(|t| *t == bare)
	}
}

/// EPCIS 1.x vocabulary URNs and their CBV 2.0 Web URIs. Only these five are rewritten (business
/// transaction identifiers `urn:epcglobal:cbv:bt:` have no Web URI form).
const URN_TO_WEB: &[(&str, &str)] = &[
	("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"),
	("urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"),
	("urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-"),
	("urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-"),
	("urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-"),
];

/// Outcome of looking for a CBV vocabulary URN in a value.
pub enum UrnRewrite {
	/// No vocabulary URN in the value.
	None,
	/// The value was a vocabulary URN; here is its Web URI.
	Rewritten(String),
	/// A vocabulary URN appears inside the value, not at its start: the reference implementation
	/// rewrites such substrings, the CBV text does not say to.
	Embedded,
}

pub fn rewrite_cbv_urn(value: &str) -> UrnRewrite {
	for (urn, web) in URN_TO_WEB {
		if let Some(rest) = value.strip_prefix(urn) {
			if URN_TO_WEB.iter().any(|(u, _)| rest.contains(u)) {
				return UrnRewrite::Embedded;
			}
			return UrnRewrite::Rewritten(format!("{web}{rest}"));
		}
	}
	if URN_TO_WEB.iter().any(|(u, _)| value.contains(u)) {
		return UrnRewrite::Embedded;
	}
	UrnRewrite::None
}

/// Whether a value spells a bare term of some standard vocabulary. The reference implementation
/// expands such strings wherever they occur, even in user fields, when the same term is used as a
/// vocabulary value elsewhere in the document; a value like that in a free-text field has no
/// agreed canonical form.
pub fn is_any_bare_term(value: &str) -> bool {
	ALL.iter().any(|v| v.terms().contains(&value))
}
