/**
 * Fill-down fidelity of data/tiltak-2024.csv against seed 004 §7 (the rule: data/README.md,
 * «Fill-down»): a new actor never takes the service of the actor above, a row without an
 * activity is never titled by an inherited service, and per-actor figures count activities.
 */
import { describe, expect, it } from 'vitest'
import { planByActor } from '@/domain/aggregate'
import { NO_ACTIVITY_TITLE } from '@/formats/tiltak/reader'
import { countValidationItems } from '../../../scripts/validation-summary'
import { loadBundledDatasets } from '@/import/bundled-data'

const tiltak = async () => {
  const found = (await loadBundledDatasets()).find((d) => d.dataset.id === 'bundled-tiltak-2024')
  if (!found) throw new Error('bundled tiltak missing')
  return found
}

describe('tiltak-2024 fill-down', () => {
  it('Helsedirektoratet (seed line 462, empty in the source) is «Ingen aktivitet oppgitt», not Helse Sør-Øst’s platform', async () => {
    const item = (await tiltak()).items.find((i) => i.source.row === 56)
    expect(item).toMatchObject({ title: NO_ACTIVITY_TITLE, actors: ['Helsedirektoratet'], flags: ['no-activity', 'no-period'] })
    expect(item?.service).toBeUndefined()
  })

  it('Direktoratet for e-helse’s «Helseteknologiordningen» does not get Helse Vest’s kurveløsning', async () => {
    const item = (await tiltak()).items.find((i) => i.title === 'Helseteknologiordningen')
    expect(item?.actors).toEqual(['Direktoratet for e-helse'])
    expect(item?.service).toBeUndefined()
  })

  it('inherits a service only on a row that continues the same actor, and marks it inherited', async () => {
    const items = (await tiltak()).items
    const inheritedService = items.filter((i) => i.inherited?.includes('service'))
    expect(inheritedService.length).toBeGreaterThan(0)
    for (const item of inheritedService) expect(item.inherited).toContain('actor')
    // e.g. Helse Nord RHF's second row in «Velferdsteknologi og digital hjemmeoppfølging» has its own service.
    const fhi = items.find((i) => i.title === 'Delta i EU-prosjektene THEDAS og SPUHIN')
    expect(fhi).toMatchObject({ service: 'Dataplattform og analysetjenester', inherited: ['actor', 'service'] })
    for (const item of items.filter((i) => i.title === NO_ACTIVITY_TITLE)) {
      expect(item.inherited ?? []).not.toContain('service')
    }
  })

  it('counts activities per actor, with actor-only rows apart', async () => {
    const content = await tiltak()
    const plans = planByActor(content.items)
    const direktoratet = plans.find((p) => p.actor.name === 'Helsedirektoratet')
    expect(direktoratet?.actorOnly.map((i) => i.source.row)).toEqual([56])
    expect(direktoratet?.items.every((i) => !i.flags.includes('no-activity'))).toBe(true)
    const counts = countValidationItems(content.items)
    const actorOnly = content.items.filter((i) => i.flags.includes('no-activity'))
    expect(Object.values(counts.actorOnly).reduce((a, b) => a + b, 0)).toBe(
      actorOnly.reduce((n, i) => n + i.actors.length, 0),
    )
    expect(counts.actorOnly.Helsedirektoratet).toBe(1)
  })
})
