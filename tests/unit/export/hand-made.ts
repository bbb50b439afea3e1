/**
 * Hand-made datasets for the export tests. The veikart content is written out as storage holds
 * it; its ids follow the importer's rules (src/formats/veikart/reader.ts), as an import would make them.
 * The tiltak and strategy sources are files, imported by the tests to get their content.
 */
import { shortHash, slugify } from '@/domain/text'
import type { DatasetContent, RoadmapItem, SubGoal } from '@/domain/types'

const DS = 'hand-veikart'

function subGoal(goal: 1 | 2 | 3 | 4 | 5, title: string, code?: string): SubGoal {
  const id = `${DS}/sg${code ?? goal}-${slugify(title).slice(0, 40)}-${shortHash(title)}`
  return { id, datasetId: DS, goal, title, conditions: [], ...(code ? { code } : {}) }
}

const PLL = subGoal(2, 'Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)', '2D')
const INNBYGGER = subGoal(1, 'Innbyggere skal ha digitale tjenester', '1A')
const UTEN_KODE = subGoal(3, 'Helsedata uten kode')

function item(
  key: string,
  row: number,
  fields: Omit<RoadmapItem, 'id' | 'key' | 'datasetId' | 'source' | 'actorIds' | 'uncertain' | 'flags'> &
    Partial<Pick<RoadmapItem, 'uncertain' | 'flags'>>,
): RoadmapItem {
  return {
    id: `${DS}/${key}`,
    key,
    datasetId: DS,
    uncertain: false,
    flags: [],
    ...fields,
    actorIds: fields.actors.map(slugify),
    source: { datasetId: DS, row },
  }
}

/**
 * Six deliverables covering phases and spans, every date precision, both statuses, extra
 * fields (with formula-like values), hostile titles, flags, an unknown phase, a sub-goal
 * without code and an item without sub-goal. Row 5 of the "source" was blank.
 */
export function handMadeVeikart(): DatasetContent {
  return {
    dataset: {
      id: DS,
      kind: 'veikart',
      title: 'Veikart 2026-08',
      asOf: '2026-08',
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'veikart.xlsx',
      checksum: '0'.repeat(64),
      rowCount: 6,
      bundled: false,
    },
    goals: [],
    subGoals: [PLL, INNBYGGER, UTEN_KODE],
    items: [
      item('10000000000000001', 2, {
        title: 'Pasientens legemiddelliste',
        description: 'Første linje\nandre linje; med semikolon, komma og "sitat"',
        goal: 2,
        subGoalId: PLL.id,
        grouping: 'Legemidler',
        actors: ['Norsk helsenett SF', 'Helse Sør-Øst RHF'],
        phase: { from: 'utvikling', to: 'innforing' },
        period: {
          start: { date: '2025-03-15', precision: 'day' },
          end: { date: '2026-07-01', precision: 'month' },
          openEnded: false,
        },
        startYear: 2025,
        status: 'planned',
        extra: { Kommentar: '=1+1', Budsjett: '-3' },
      }),
      item('10000000000000002', 3, {
        title: '<img src=x onerror=alert(1)>',
        goal: 1,
        subGoalId: INNBYGGER.id,
        actors: ['KS'],
        phase: { from: 'konsept', to: 'konsept' },
        period: {
          start: { date: '2025-07-01', precision: 'quarter' },
          end: { date: '2026-07-01', precision: 'half' },
          openEnded: false,
        },
        startYear: 2025,
        status: 'tentative',
        extra: { Lenke: '@SUM(A1)', Budsjett: '+47' },
      }),
      item('10000000000000003', 4, {
        title: '=HYPERLINK("http://evil","x")',
        description: '-2+3',
        goal: 1,
        subGoalId: INNBYGGER.id,
        actors: [],
        phase: { from: 'i-bruk', to: 'i-bruk' },
        period: {
          start: { date: '2024-01-01', precision: 'year' },
          end: { date: '2027-01-01', precision: 'year' },
          openEnded: false,
        },
        startYear: 2024,
      }),
      // No Leveranse-ID in the source: the key is the importer's hash, and must survive too.
      item('3-5e1f0a2b', 6, {
        title: 'Usikker leveranse',
        goal: 3,
        subGoalId: UTEN_KODE.id,
        grouping: 'Data',
        actors: ['Ukjent leverandør AS'],
        // "Tilpasning?" in the source: the "?" is in the phase, not the title.
        phase: { from: 'tilpasning', to: 'tilpasning' },
        period: { openEnded: false },
        uncertain: true,
        flags: ['no-period', 'uncertain'],
      }),
      item('10000000000000005', 7, {
        title: 'Kommer tilbake',
        goal: 5,
        grouping: 'Uten delmål',
        actors: ['Helsedirektoratet'],
        period: { start: { date: '2026-01-01', precision: 'day' }, openEnded: false },
        startYear: 2026,
        status: 'planned',
        flags: ['no-phase', 'placeholder-text'],
      }),
      // The source named a phase the importer did not know: no phase, and no `no-phase` flag.
      item('10000000000000006', 8, {
        title: 'Slutt før start',
        goal: 2,
        subGoalId: PLL.id,
        actors: ['Helse Vest RHF', 'Helse Nord RHF'],
        period: {
          start: { date: '2026-05-01', precision: 'month' },
          end: { date: '2025-01-01', precision: 'year' },
          openEnded: false,
        },
        startYear: 2026,
        flags: ['end-before-start'],
      }),
    ],
    indicators: [],
    measurements: [],
  }
}

/**
 * A tiltak file written as analysts write it: merged-cell blanks, heading rows that only name a
 * målsetting and its condition (one carried by no item), a sub-goal without items, a row
 * without activity, an item without sub-goal, a blank row.
 */
export const TILTAK_CSV = [
  'Mål;Målsetting;Forutsetning;Merknad;Hvem;Tjeneste;Hva skal skje i 2025?;Totalperiode;Kostnad',
  'Mål 2;Pasientens legemiddelliste;Forutsetter finansiering;Kandidat til veikartet;;;;;',
  ';;;;Helse Sør-Øst RHF;Innføring PLL;Teknisk tilrettelagt;2023 - 2025;=2*3',
  ';;;;Norsk helsenett SF;;Koordinere innføring?;2024 -;',
  ';;;;;;;;',
  ';Samhandling;;;Helse Vest RHF;Kjernejournal;;;-12,5',
  ';;Krever avklaring;;KS;;@kommuner: felles plan;Q3 2025 – H1 2026;',
  'Mål 3;Helseregistre uten tiltak;;Kommer;;;;;',
  'Mål 4;;;;Kommuner;Varsling;"=HYPERLINK(""http://evil"",""x"")";2024 →;',
  'Mål 5;Styring;Krav A;;;;;;',
  ';;Krav B;;KS;Drift;Ny modell;2025;',
].join('\r\n')

/** A strategy plan as a JSON file of tables (one key per table), with numbers and hostile text. */
export const STRATEGY_JSON = JSON.stringify({
  Mål: [
    { Nummer: 1, Tittel: 'Aktiv medvirkning i egen og næres helse' },
    { Nummer: 4, Tittel: 'Tilgjengelig informasjon og styrket samhandling', Beskrivelse: '=Mål 1, 2 og 3' },
  ],
  'Strategiske initiativ': [
    {
      Mål: 'Mål 1',
      Kode: '1A',
      Tittel: 'Digitale innbyggertjenester',
      Eier: 'Helsedirektoratet',
      Periode: '2024 →',
    },
    { Kode: '4B', Tittel: '+ Deling av journal', Periode: 'Q3 2025 – 2027', Forutsetning: 'Finansiering' },
  ],
  Målindikatorer: [
    {
      Mål: 4,
      Indikator: 'Andel med digital journal',
      Enhet: '%',
      Utgangsverdi: '12,5',
      Utgangsår: 2023,
      Målverdi: 80,
      Målår: 2030,
      Kilde: '=cmd|" /C calc"!A0',
    },
    { Mål: 1, Indikator: 'Endring i ventetid', Enhet: 'dager', Utgangsverdi: '-0,5', Målverdi: '-3' },
  ],
  Målinger: [
    { Indikator: 'Andel med digital journal', Periode: '2024', Verdi: '23,75' },
    { Indikator: 'Andel med digital journal', Periode: 'Q2 2025', Verdi: 1234567.25 },
    { Indikator: 'Endring i ventetid', Periode: '2024', Verdi: '-1' },
  ],
})
