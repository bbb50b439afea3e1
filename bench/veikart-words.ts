/**
 * The words both generated veikart exports use: the benchmark's (generate-veikart.ts) and the
 * comparison fixtures' (scripts/make-compare-fixtures.ts). The directorate's column headers and
 * realistic sub-goals, deliverables, actors and phases, so the importer does its real work.
 * Pure TypeScript without Node or DOM APIs (the benchmark also runs in the browser).
 */

export const VEIKART_HEADER = [
  'Leveranse-ID',
  'Leveransenavn i veikartet',
  'Beskrivelse av leveranse gant',
  'Veikartfase',
  'Startdato',
  'Sluttdato',
  'Strategisk delmål',
  'Strategi gruppering',
  'Planleggingsstatus',
  'Versjon',
] as const

/** Sub-goals `1A - …` to `5C - …`, three or four per goal. */
export const SUB_GOALS = [
  '1A - Innbyggere skal ha tilgang til egne helseopplysninger',
  '1B - Velferdsteknologi og digital hjemmeoppfølging',
  '1C - Digitale tjenester for innbyggere og pårørende',
  '2A - Sammenhengende pasientforløp på tvers av nivåene',
  '2B - Deling av dokumenter og data',
  '2C - Felles språk og terminologi (SNOMED CT)',
  '2D - Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
  '3A - Helsedata',
  '3B - Tilgang til helsedata for forskning og innovasjon',
  '3C - Beslutningsstøtte og kunstig intelligens',
  '4A - Innføring og bruk av nye informasjonstjenester',
  '4B - Nasjonal e-helseinfrastruktur',
  '4C - Informasjonssikkerhet og personvern',
  '5A - Styring og finansiering av e-helse',
  '5B - Kompetanse og endringsledelse',
  '5C - Standarder og arkitekturprinsipper',
] as const

/** Sixteen deliverable names; a title is one of these and an actor. */
export const DELIVERABLES = [
  'Pasientens legemiddelliste',
  'Kritisk informasjon (IPS)',
  'Nasjonal kjernejournal',
  'Digital hjemmeoppfølging',
  'Deling av journaldokumenter',
  'E-resept videreutvikling',
  'Helseanalyseplattformen',
  'Felles språk (SNOMED CT)',
  'Pasientens prøvesvar',
  'Meldingsutveksling i helsesektoren',
  'Helsenorge for pårørende',
  'Bildedeling',
  'Samvalgsverktøy',
  'Elektronisk pasientjournal i kommunene',
  'Akuttmedisinsk informasjon',
  'Grunndata og felles kodeverk',
] as const

/** Nine actors as the exports name them (the importer resolves them to canonical names). */
export const ACTORS = [
  'Helse Vest',
  'Helse Nord',
  'Helse Midt-Norge',
  'Helse Sør-Øst',
  'Norsk helsenett',
  'Helsedirektoratet',
  'Kommuner',
  'KS',
  'Folkehelseinstituttet',
] as const

/** The five roadmap phases, in order, as the exports write them. */
export const PHASE_NAMES = [
  'Konsept/mandat',
  'Utvikling og begrenset utprøving',
  'Tilpasning og utvidet utprøving',
  'Innføring',
  'Ny praksis i bruk',
] as const

/** `n` with leading zeros to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** Quotes a cell when it holds the delimiter, a quote or a line break, as Excel does. */
export function csvCell(text: string): string {
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
