/**
 * Domain values → the cell text the importer's parsers read back to the same value. Each
 * function is the inverse of one parser: `parseDatePoint`, `parsePhaseSpan`, `parseGoalRef`,
 * the veikart status. The texts are the Norwegian ones the source documents use.
 */
import { phasesIn } from '@/domain/phase'
import type { DatePoint, GoalNumber, Phase, PhaseSpan, PlanningStatus } from '@/domain/types'

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
]

/** The phase names of the current veikart, as its legend writes them. */
export const PHASE_NAMES: Record<Phase, string> = {
  konsept: 'Konsept/mandat',
  utvikling: 'Utvikling og begrenset utprøving',
  tilpasning: 'Tilpasning og utvidet utprøving',
  innforing: 'Innføring',
  'i-bruk': 'Ny praksis i bruk',
}

/**
 * A date written so its precision survives: day `01.07.2026`, month `juli 2026`, quarter
 * `Q3 2025`, half `H2 2026`, year `2026`.
 */
export function formatDatePoint(point: DatePoint): string {
  const [year = '', month = '01', day = '01'] = point.date.split('-')
  const m = Number(month)
  switch (point.precision) {
    case 'day':
      return `${day}.${month}.${year}`
    case 'month':
      return `${MONTHS[m - 1] ?? month} ${year}`
    case 'quarter':
      return `Q${Math.floor((m - 1) / 3) + 1} ${year}`
    case 'half':
      return `H${m <= 6 ? 1 : 2} ${year}`
    case 'year':
      return year
  }
}

/** `Utvikling og begrenset utprøving - Tilpasning og utvidet utprøving`: every phase the span covers, as the sources list them. */
export function formatPhaseSpan(span: PhaseSpan): string {
  return phasesIn(span)
    .map((phase) => PHASE_NAMES[phase])
    .join(' - ')
}

/** `Mål 2`. */
export function formatGoalRef(goal: GoalNumber): string {
  return `Mål ${goal}`
}

/** `Planlagt` / `Tentativ`, or blank. */
export function formatStatus(status: PlanningStatus | undefined): string {
  return status === 'planned' ? 'Planlagt' : status === 'tentative' ? 'Tentativ' : ''
}
