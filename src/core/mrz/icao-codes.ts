// ISO 3166-1 alpha-3 codes as used in MRZs (ICAO 9303 part 3), space-separated to keep the list compact.
const ISO_ALPHA3 =
  'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH ' +
  'BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB ' +
  'CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO ' +
  'GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN ' +
  'IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA ' +
  'MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER ' +
  'NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU ' +
  'RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA ' +
  'TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT ' +
  'WLF WSM YEM ZAF ZMB ZWE';

// ICAO 9303 part 3 codes outside ISO 3166: Germany's one-letter D, British nationality classes, UN bodies,
// stateless and refugee codes, EU and other organisations, Kosovo and the unspecified ZZZ. The specimen state UTO
// is deliberately absent: a document claiming it is not a real one.
const ICAO_SPECIAL =
  'D GBD GBN GBO GBP GBS UNO UNA UNK XXA XXB XXC XXX EUE XOM XPO XCC XES XMP XBA XIM XCE XDC XEC XCO ' +
  'RKS ZZZ';

const CODES: ReadonlySet<string> = new Set([...ISO_ALPHA3.split(' '), ...ICAO_SPECIAL.split(' ')]);

/** Whether an MRZ state code (fillers removed: 'D', 'IDN', 'UNA') is a code ICAO 9303 knows. */
export function isKnownIcaoCode(code: string): boolean {
  return CODES.has(code.replace(/<+$/, ''));
}
