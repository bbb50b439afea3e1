import { describe, expect, it } from 'vitest'
import { parsePhaseSpan, phasesIn } from '@/domain/phase'

describe('parsePhaseSpan', () => {
  it.each([
    ['Konsept/mandat', 'konsept', 'konsept'],
    ['Utvikling og begrenset utprøving', 'utvikling', 'utvikling'],
    ['Tilpasning og utvidet utprøving', 'tilpasning', 'tilpasning'],
    ['Innføring', 'innforing', 'innforing'],
    ['Ny praksis i bruk', 'i-bruk', 'i-bruk'],
    ['I bruk', 'i-bruk', 'i-bruk'],
    ['  innføring ', 'innforing', 'innforing'],
    ['Utvikling - tilpasning - innføring', 'utvikling', 'innforing'],
    ['Tilpasning - innføring', 'tilpasning', 'innforing'],
    ['Innføring – Utvikling', 'utvikling', 'innforing'],
    ['Utvikling og begrenset utprøving - Tilpasning og utvidet utprøving', 'utvikling', 'tilpasning'],
    // the older phase model of the 2019–2021 roadmap slides
    ['Utprøving', 'tilpasning', 'tilpasning'],
    ['Drift og forvaltning', 'i-bruk', 'i-bruk'],
  ])('%j → %s…%s', (text, from, to) => {
    expect(parsePhaseSpan(text)).toEqual({ from, to })
  })

  it('gives null for blank and "unknown" for what it cannot read', () => {
    expect(parsePhaseSpan('')).toBeNull()
    expect(parsePhaseSpan(undefined)).toBeNull()
    expect(parsePhaseSpan('Avsluttet')).toBe('unknown')
    expect(parsePhaseSpan('Utvikling - avsluttet')).toBe('unknown')
  })

  it('lists the phases a span covers', () => {
    expect(phasesIn({ from: 'utvikling', to: 'innforing' })).toEqual(['utvikling', 'tilpasning', 'innforing'])
  })
})
