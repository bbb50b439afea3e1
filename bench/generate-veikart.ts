/**
 * Deterministic veikart exports for the import benchmark, in the directorate's format
 * (tests/fixtures/veikart-export.csv): `;`-separated, UTF-8, CRLF between records and LF inside
 * quoted cells, as Excel writes them.
 *
 * The content imitates a real export so the app's pipeline does its real work: 17-digit
 * Leveranse-IDs, names that repeat (one deliverable per actor) with stray spaces, quoted
 * multi-line descriptions with `;` and `""` inside, sub-goals `2D - …` across goals 1–5,
 * groupings, phases including spans, every date notation the importer reads, empty start and
 * (mostly) empty end dates, Planlagt/Tentativ, one Versjon.
 *
 * Every row is valid (warnings only: stray spaces, no phase, no period, «?»), so the app
 * stores exactly the rows the baseline stores. IDs only grow, so they are unique.
 * Pure TypeScript without Node or DOM APIs; scripts/bench.ts writes the files.
 */
import { ACTORS, csvCell, DELIVERABLES, pad, PHASE_NAMES, SUB_GOALS, VEIKART_HEADER } from './veikart-words'

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same file. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GROUPINGS = [
  'Legemidler',
  'Samhandling',
  'Helsedata',
  'Infrastruktur',
  'Innbyggertjenester',
  'Kommunale tjenester',
  'Styring',
]

/** Phases as the exports write them, including spans and the older names. */
const PHASES = [
  ...PHASE_NAMES,
  'Utvikling - tilpasning - innføring',
  'Tilpasning - innføring',
  'Konsept - utvikling',
  'Utprøving',
]

const SENTENCES = [
  'Utprøving i Bergen.',
  'Deretter innføring i regionen.',
  'Avhenger av finansiering; avklares i neste budsjettår.',
  'Leveransen omfatter både "teknisk løsning" og ny arbeidsprosess.',
  'Koordineres med Norsk helsenett og kommunene.',
  'Omfatter sykehjem, hjemmetjeneste og fastleger.',
  'Første versjon er i produksjon hos to helseforetak.',
  'Krever endringer i forskrift før nasjonal innføring.',
  'Kommer tilbake med innspill.',
]

const MONTHS = ['januar', 'mars', 'juni', 'juli', 'september', 'oktober']

/** A veikart export of `rows` data rows (plus the header); the same arguments give the same text. */
export function generateVeikartCsv(rows: number, seed = 2026): string {
  const random = createRandom(seed + rows)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const chance = (p: number): boolean => random() < p

  const date = (year: number): { text: string; year: number; month: number } => {
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const notation = random()
    if (notation < 0.45) return { text: `${pad(day)}.${pad(month)}.${year}`, year, month }
    if (notation < 0.65) return { text: `${year}-${pad(month)}-${pad(day)}`, year, month }
    if (notation < 0.75) return { text: `Q${1 + Math.floor((month - 1) / 3)} ${year}`, year, month }
    if (notation < 0.85) return { text: `${pick(MONTHS)} ${year}`, year, month: 12 }
    return { text: String(year), year, month: 12 }
  }

  const lines: string[] = [VEIKART_HEADER.join(';')]
  // 13-digit counter with random gaps behind a 4-digit year: 17 digits, strictly increasing.
  let counter = 1_000_000
  for (let i = 0; i < rows; i++) {
    counter += 1 + Math.floor(random() * 900)
    const id = `${2023 + Math.floor(random() * 4)}${pad(counter, 13)}`

    let title = `${pick(DELIVERABLES)}, ${pick(ACTORS)}`
    if (chance(0.05)) title += '?'
    if (chance(0.08)) title = `${title} ` // stray trailing space, as real exports have
    if (chance(0.03)) title = ` ${title.replace(', ', ',  ')}`

    let description = ''
    if (chance(0.4)) {
      const count = 1 + Math.floor(random() * 3)
      const parts: string[] = []
      for (let s = 0; s < count; s++) parts.push(pick(SENTENCES))
      description = parts.join(chance(0.5) ? '\n' : ' ')
    }

    const phase = chance(0.12) ? '' : pick(PHASES)
    let start = ''
    let end = ''
    if (!chance(0.1)) {
      const from = date(2023 + Math.floor(random() * 5))
      start = from.text
      if (chance(0.35)) end = date(from.year + 1 + Math.floor(random() * 3)).text
    }
    const subGoal = pick(SUB_GOALS)
    const grouping = chance(0.2) ? '' : pick(GROUPINGS)
    const status = chance(0.6) ? 'Planlagt' : chance(0.9) ? 'Tentativ' : ''

    const cells = [id, title, description, phase, start, end, subGoal, grouping, status, '2026-08']
    lines.push(cells.map(csvCell).join(';'))
  }
  return `${lines.join('\r\n')}\r\n`
}
