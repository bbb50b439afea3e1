/**
 * Writes the comparison fixtures in tests/fixtures/compare/: two versions of a veikart export
 * (240 deliverables, then 244) and two versions of a tiltak table, made from explicit lists of
 * edits, and `expected.json` with the counts per class those edits make, by construction (not
 * by running the comparison). Deterministic: running it again writes the same bytes.
 *
 *   npx tsx scripts/make-compare-fixtures.ts
 *
 * The veikart files are shaped like tests/fixtures/veikart-export.csv (`;`, CRLF, UTF-8, the
 * directorate's headers, 17-digit Leveranse-IDs); six rows have no ID, so those are matched by
 * key and, for one reworded title, by similarity. The tiltak files have no IDs at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  ACTORS,
  csvCell,
  DELIVERABLES,
  pad,
  PHASE_NAMES as PHASES,
  SUB_GOALS,
  VEIKART_HEADER as HEADER,
} from '../bench/veikart-words'

/** Where the files go; a test writes them elsewhere to check the committed ones are current. */
const OUT = process.env.COMPARE_FIXTURES_OUT ?? resolve(import.meta.dirname, '../tests/fixtures/compare')

const GROUPINGS = [
  'Legemidler',
  'Samhandling',
  'Helsedata',
  'Infrastruktur',
  'Innbyggertjenester',
  'Styring',
  '',
]
interface Row {
  id: string
  title: string
  description: string
  phase: number
  start: string
  end: string
  subGoal: number
  grouping: string
  status: 'Planlagt' | 'Tentativ'
}

const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const dmy = (isoDate: string) => isoDate.split('-').reverse().join('.')
const shift = (dmyDate: string, days: number) => {
  const t = Date.parse(`${dmyDate.split('.').reverse().join('-')}T00:00:00Z`)
  return dmy(iso(t + days * DAY))
}

/** Base deliverable `i` of version 1. */
function baseRow(i: number): Row {
  const year = 2024 + (i % 4)
  const month = 1 + ((i * 5) % 12)
  const endYear = year + 1 + (i % 3)
  const endMonth = 1 + ((i * 7) % 12)
  return {
    id: i >= 234 ? '' : `2025${pad(1_000_000 + i * 37, 13)}`,
    title:
      i >= 234
        ? `Lokal pilot ${['for digital hjemmeoppfølging i Bodø', 'for bildedeling i Tromsø', 'for kjernejournal i Harstad', 'for prøvesvar i Mo i Rana', 'for e-resept i Narvik', 'for samvalg i Alta'][i - 234]}, Helse Nord`
        : `${DELIVERABLES[i % 16]}, ${ACTORS[Math.floor(i / 16) % 9]}`,
    description: i % 4 === 0 ? `Leveranse ${i + 1}. Koordineres med Norsk helsenett; se plan.` : '',
    phase: i % 5,
    start: `01.${pad(month)}.${year}`,
    end: `28.${pad(endMonth)}.${endYear}`,
    subGoal: i % 16,
    grouping: GROUPINGS[i % 7] as string,
    status: i % 3 === 0 ? 'Tentativ' : 'Planlagt',
  }
}

const BASE_COUNT = 240

/** The edits from version 1 to version 2; each list is the indices of base rows it touches. */
const EDITS = {
  dropped: [5, 17, 33, 48, 77, 101, 150, 199],
  /** Sub-goal moves; 1, 2 and 3 steps along SUB_GOALS, so some cross to another goal. */
  moved: [10, 22, 41, 63, 88, 120, 144, 171, 205, 230],
  /** Phase one step forward (or back where it is at the last phase). */
  rephasedForward: [3, 10, 26, 52, 66, 91, 118, 135, 161, 188],
  rephasedBackward: [8, 44, 97, 176, 212],
  /** End moved by these days, largest first: the slip chart's order. */
  endSlips: [
    [12, 400],
    [28, 365],
    [40, 300],
    [55, 245],
    [70, 200],
    [85, 181],
    [99, 150],
    [113, 120],
    [129, 92],
    [142, 90],
    [156, 61],
    [168, 45],
    [183, 30],
    [196, 14],
    [209, 7],
    [221, -10],
    [7, -30],
    [36, -60],
    [60, -92],
    [112, -120],
  ] as [number, number][],
  /** Start moved only. */
  startSlips: [
    [15, 31],
    [47, 92],
    [131, -45],
  ] as [number, number][],
  /** Dates written as a year in version 1 and refined in version 2: not slips. */
  refinedEnd: [[19, 'Q3']] as [number, string][],
  refinedBoth: [[67, 'mars']] as [number, string][],
  refinedEndOnly: [
    [93, 'H2'],
    [157, 'Q4'],
  ] as [number, string][],
  status: [2, 14, 30, 66, 140, 200],
  renamedTitle: [9, 21, 66, 160, 211],
  renamedDescription: [4, 24, 108],
  /** The ID-less row whose title is reworded: matched by similarity. */
  similarRename: [234],
} as const

const NEW_COUNT = 12

function veikartCsv(rows: Row[], version: string): string {
  const lines = [HEADER.join(';')]
  for (const r of rows) {
    const cells = [
      r.id,
      r.title,
      r.description,
      PHASES[r.phase] as string,
      r.start,
      r.end,
      SUB_GOALS[r.subGoal] as string,
      r.grouping,
      r.status,
      version,
    ]
    lines.push(cells.map(csvCell).join(';'))
  }
  return `${lines.join('\r\n')}\r\n`
}

function makeVeikart(): { v1: string; v2: string; expected: Record<string, unknown> } {
  const v1Rows = Array.from({ length: BASE_COUNT }, (_, i) => baseRow(i))
  // Year-precision dates in version 1 for the refinements.
  for (const [i] of [...EDITS.refinedEnd, ...EDITS.refinedEndOnly]) {
    const r = v1Rows[i] as Row
    r.end = r.end.slice(-4)
  }
  for (const [i] of EDITS.refinedBoth) {
    const r = v1Rows[i] as Row
    r.start = r.start.slice(-4)
    r.end = r.end.slice(-4)
  }

  const v2Rows = v1Rows.map((r) => ({ ...r }))
  const at = (i: number) => v2Rows[i] as Row
  EDITS.moved.forEach((i, k) => (at(i).subGoal = (at(i).subGoal + 1 + (k % 3)) % 16))
  for (const i of EDITS.rephasedForward) at(i).phase = at(i).phase === 4 ? 3 : at(i).phase + 1
  for (const i of EDITS.rephasedBackward) at(i).phase = at(i).phase === 0 ? 1 : at(i).phase - 1
  for (const [i, days] of EDITS.endSlips) at(i).end = shift(at(i).end, days)
  for (const [i, days] of EDITS.startSlips) at(i).start = shift(at(i).start, days)
  for (const [i, q] of [...EDITS.refinedEnd, ...EDITS.refinedEndOnly]) at(i).end = `${q} ${at(i).end}`
  for (const [i, month] of EDITS.refinedBoth) {
    at(i).start = `${month} ${at(i).start}`
    at(i).end = `Q2 ${at(i).end}`
  }
  for (const i of EDITS.status) at(i).status = at(i).status === 'Planlagt' ? 'Tentativ' : 'Planlagt'
  for (const i of EDITS.renamedTitle) at(i).title = at(i).title.replace(', ', ' (trinn 2), ')
  for (const i of EDITS.renamedDescription) at(i).description = `Endret omfang for leveranse ${i + 1}.`
  for (const i of EDITS.similarRename) at(i).title = at(i).title.replace(' i Bodø', ' i Bodø og Tromsø')

  const newRows: Row[] = Array.from({ length: NEW_COUNT }, (_, k) => ({
    ...baseRow(k * 19 + 3),
    id: `2026${pad(2_000_000 + k * 41, 13)}`,
    title: `Ny leveranse ${k + 1}: ${DELIVERABLES[(k * 5) % 16]}, ${ACTORS[k % 9]}`,
  }))
  const dropped = new Set<number>(EDITS.dropped)
  const out: Row[] = []
  v2Rows.forEach((r, i) => {
    if (!dropped.has(i)) out.push(r)
    if (i % 20 === 19) out.push(newRows[Math.floor(i / 20)] as Row)
  })

  const rephased = new Set<number>([...EDITS.rephasedForward, ...EDITS.rephasedBackward])
  const redated = new Set<number>([...EDITS.endSlips, ...EDITS.startSlips].map(([i]) => i))
  const renamed = new Set<number>([
    ...EDITS.renamedTitle,
    ...EDITS.renamedDescription,
    ...EDITS.similarRename,
  ])
  const touched = new Set<number>([...EDITS.moved, ...rephased, ...redated, ...EDITS.status, ...renamed])
  for (const i of touched) if (dropped.has(i)) throw new Error(`row ${i} is both edited and dropped`)
  const matched = BASE_COUNT - dropped.size
  const slipTitle = (i: number) => (v2Rows[i] as Row).title.trim()
  return {
    v1: veikartCsv(v1Rows, '2026-03'),
    v2: veikartCsv(out, '2026-08'),
    expected: {
      oldItems: BASE_COUNT,
      newItems: out.length,
      counts: {
        new: NEW_COUNT,
        dropped: dropped.size,
        moved: EDITS.moved.length,
        rephased: rephased.size,
        redated: redated.size,
        status: EDITS.status.length,
        renamed: renamed.size,
        unchanged: matched - touched.size,
      },
      /** The slip chart by end, largest first: title and days. */
      slipsByEnd: EDITS.endSlips.map(([i, days]) => [slipTitle(i), days]),
      match: { id: matched - 6, key: 5, similar: 1 },
    },
  }
}

/** Tiltak rows: goal, målsetting, actor, service, activity, period. */
type TiltakRow = [number, string, string, string, string, string]

const TILTAK_HEADER = (year: number) =>
  `Mål;Målsetting;Forutsetning;Merknad;Hvem;Tjeneste;Hva skal skje i ${year}?;Totalperiode`

const MAALSETTINGER: Record<number, [string, string]> = {
  1: ['Innbyggere skal ha tilgang til digitale tjenester', 'Velferdsteknologi og digital hjemmeoppfølging'],
  2: ['Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)', 'Deling av dokumenter'],
  3: ['Helsedata skal være tilgjengelige for forskning', 'Beslutningsstøtte'],
  4: ['Felles infrastruktur for samhandling', 'Informasjonssikkerhet'],
  5: ['Styring og finansiering', 'Kompetanse'],
}
const TILTAK_ACTORS = ['Helse Vest RHF', 'Helse Nord RHF', 'Helse Sør-Øst RHF', 'Norsk helsenett SF', 'KS']
const ACTIVITIES = [
  'Starte utprøving av ny løsning',
  'Videreføre innføring i regionen',
  'Etablere felles forvaltning',
  'Utrede behov og gevinster',
  'Ferdigstille pilot og evaluere',
  'Tilrettelegge for nasjonal bruk',
  'Forbedre brukeropplevelsen',
  'Koordinere arbeidet med kommunene',
]

function tiltakBase(): TiltakRow[] {
  const rows: TiltakRow[] = []
  for (let i = 0; i < 40; i++) {
    const goal = 1 + (i % 5)
    const maal = (MAALSETTINGER[goal] as [string, string])[Math.floor(i / 5) % 2] as string
    const actor = TILTAK_ACTORS[Math.floor(i / 3) % 5] as string
    const activity = `${ACTIVITIES[i % 8]} (${i + 1})`
    const period = i % 4 === 0 ? '2024 →' : i % 4 === 1 ? '2023 - 2025' : i % 4 === 2 ? '2024 - 2026' : '2025'
    rows.push([goal, maal, actor, 'Tjeneste', activity, period])
  }
  // Two identical rows: duplicate titles, matched in source order.
  rows.push([
    2,
    'Deling av dokumenter',
    'Helse Vest RHF',
    'Tjeneste',
    'Delta i nasjonal koordinering',
    '2024',
  ])
  rows.push([
    2,
    'Deling av dokumenter',
    'Helse Vest RHF',
    'Tjeneste',
    'Delta i nasjonal koordinering',
    '2024',
  ])
  return rows
}

function tiltakCsv(rows: TiltakRow[], year: number): string {
  const lines = [TILTAK_HEADER(year)]
  for (const [goal, maal, actor, service, activity, period] of rows) {
    lines.push([`Mål ${goal}`, maal, '', '', actor, service, activity, period].map(csvCell).join(';'))
  }
  return `${lines.join('\r\n')}\r\n`
}

const TILTAK_EDITS = {
  dropped: [6, 23],
  /** `2023 - 2025` → `2023 - 2026`: the end slips a year. */
  redated: [1, 13, 29],
  /** `2024 - 2026` → `2024 - H1 2026`: a refinement. */
  refined: [10],
  /** Reworded activity, same goal and actor: a similarity match, renamed. */
  similar: [3, 20],
  /** Målsetting changed within the goal, same activity: a similarity match (score 1), moved. */
  moved: [8],
}

function makeTiltak(): { v1: string; v2: string; expected: Record<string, unknown> } {
  const v1 = tiltakBase()
  const v2 = v1.map((r) => [...r] as TiltakRow)
  for (const i of TILTAK_EDITS.redated) (v2[i] as TiltakRow)[5] = '2023 - 2026'
  for (const i of TILTAK_EDITS.refined) (v2[i] as TiltakRow)[5] = '2024 - H1 2026'
  for (const i of TILTAK_EDITS.similar) {
    const row = v2[i] as TiltakRow
    row[4] = row[4].replace(/ \(/, ' i hele regionen (')
  }
  for (const i of TILTAK_EDITS.moved) {
    const row = v2[i] as TiltakRow
    const pair = MAALSETTINGER[row[0]] as [string, string]
    row[1] = row[1] === pair[0] ? pair[1] : pair[0]
  }
  const dropped = new Set(TILTAK_EDITS.dropped)
  const kept = v2.filter((_, i) => !dropped.has(i))
  kept.push(
    [
      1,
      MAALSETTINGER[1]?.[0] as string,
      'KS',
      'Tjeneste',
      'Ny felles innbyggerportal for kommunene',
      '2025 →',
    ],
    [
      3,
      MAALSETTINGER[3]?.[1] as string,
      'Helse Nord RHF',
      'Tjeneste',
      'Kunstig intelligens i radiologi',
      '2025',
    ],
    [
      5,
      MAALSETTINGER[5]?.[1] as string,
      'Norsk helsenett SF',
      'Tjeneste',
      'Opplæringsprogram',
      '2025 - 2027',
    ],
  )
  const touched = new Set([...TILTAK_EDITS.redated, ...TILTAK_EDITS.similar, ...TILTAK_EDITS.moved])
  const matched = v1.length - dropped.size
  return {
    v1: tiltakCsv(v1, 2024),
    v2: tiltakCsv(kept, 2025),
    expected: {
      oldItems: v1.length,
      newItems: kept.length,
      counts: {
        new: 3,
        dropped: dropped.size,
        moved: TILTAK_EDITS.moved.length,
        rephased: 0,
        redated: TILTAK_EDITS.redated.length,
        status: 0,
        renamed: TILTAK_EDITS.similar.length,
        unchanged: matched - touched.size,
      },
      match: { key: matched - 3, similar: 3 },
    },
  }
}

mkdirSync(OUT, { recursive: true })
const veikart = makeVeikart()
const tiltak = makeTiltak()
writeFileSync(join(OUT, 'veikart-v1.csv'), veikart.v1)
writeFileSync(join(OUT, 'veikart-v2.csv'), veikart.v2)
writeFileSync(join(OUT, 'tiltak-v1.csv'), tiltak.v1)
writeFileSync(join(OUT, 'tiltak-v2.csv'), tiltak.v2)
writeFileSync(
  join(OUT, 'expected.json'),
  `${JSON.stringify({ veikart: veikart.expected, tiltak: tiltak.expected }, null, 2)}\n`,
)
console.log(`Wrote ${OUT}`)
