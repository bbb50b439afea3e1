/**
 * Veikart phases. The current value chain is Konsept/mandat → Utvikling og begrenset
 * utprøving → Tilpasning og utvidet utprøving → Innføring → Ny praksis i bruk. A cell may
 * name a span (`Utvikling - tilpasning - innføring`, `Tilpasning - innføring`). The older
 * model of the 2019–2021 slides (utvikling, utprøving, innføring, drift og forvaltning) maps
 * onto it: utprøving → tilpasning, drift og forvaltning → i bruk.
 */
import { foldText } from './text'
import type { Phase, PhaseSpan } from './types'
import { PHASES } from './types'
import { maxOf, minOf } from './array'

const WORDS: [RegExp, Phase][] = [
  [/^(konsept|mandat|konseptmandat|konsept mandat|concept)/, 'konsept'],
  [/^(utvikling|development)/, 'utvikling'],
  [/^(tilpasning|utproving|utvidet utproving|adaptation|trial|pilot)/, 'tilpasning'],
  [/^(innforing|rollout|implementation)/, 'innforing'],
  [/^(ny praksis|i bruk|drift|in use|operation)/, 'i-bruk'],
]

function phaseOf(part: string): Phase | null {
  const folded = foldText(part).replace(/\s+/g, ' ').trim()
  return WORDS.find(([re]) => re.test(folded))?.[1] ?? null
}

/** The phase or span a cell names; `null` for blank; `'unknown'` when not recognised. */
export function parsePhaseSpan(raw: string | null | undefined): PhaseSpan | null | 'unknown' {
  const text = (raw ?? '').trim()
  if (text === '') return null
  const whole = phaseOf(text)
  // "Utvikling og begrenset utprøving" names one phase, though it mentions two words.
  const parts = text.split(/\s+[-–—→]\s+|\s*→\s*/).filter((p) => p.trim() !== '')
  const phases = parts.length > 1 ? parts.map(phaseOf) : [whole]
  if (phases.some((p) => p === null)) return 'unknown'
  const order = (phases as Phase[]).map((p) => PHASES.indexOf(p))
  return { from: PHASES[minOf(order) ?? 0] as Phase, to: PHASES[maxOf(order) ?? 0] as Phase }
}

/** The phases a span covers, in order. */
export function phasesIn(span: PhaseSpan): Phase[] {
  return PHASES.slice(PHASES.indexOf(span.from), PHASES.indexOf(span.to) + 1)
}
