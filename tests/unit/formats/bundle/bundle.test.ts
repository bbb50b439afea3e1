import { describe, expect, it } from 'vitest'
import {
  buildBundle,
  buildMeetingPack,
  isMeetingPack,
  readBundle,
  readMeetingPack,
} from '@/formats/bundle/bundle'
import type { SavedView } from '@/domain/saved-view'
import type { DatasetContent } from '@/domain/types'

const SHA = 'ad05438126fe9fb76257633dc4d0c87b7e89818db431e6b7864c0a2a924931a3'
const FILE_SHA = '0000000000000000000000000000000000000000000000000000000000000001'

const content: DatasetContent = {
  dataset: { id: 'old', kind: 'veikart', title: 'V', importedAt: '2026-01-01T00:00:00.000Z', fileName: 'v.csv', checksum: SHA, rowCount: 1, bundled: false },
  goals: [],
  subGoals: [{ id: 'old/sg2-pll', datasetId: 'old', goal: 2, code: '2D', title: 'PLL', conditions: [] }],
  items: [
    {
      id: 'old/123',
      key: '123',
      datasetId: 'old',
      title: 'Leveranse',
      goal: 2,
      subGoalId: 'old/sg2-pll',
      actors: ['Helse Vest RHF'],
      actorIds: ['helse-vest-rhf'],
      phase: { from: 'utvikling', to: 'innforing' },
      period: { start: { date: '2025-01-01', precision: 'year' }, openEnded: true },
      startYear: 2025,
      status: 'tentative',
      uncertain: false,
      flags: [],
      extra: { Kommentar: 'x' },
      source: { datasetId: 'old', row: 2 },
    },
  ],
  indicators: [],
  measurements: [],
} // prettier-ignore

/** Where a test reads a bundle to: the new id and the facts of the bundle file. */
const target = (datasetId: string) => ({
  datasetId,
  fileName: 'pakke.json',
  importedAt: '2026-03-01T00:00:00.000Z',
  checksum: FILE_SHA,
  fallbackTitle: 'pakke',
})

const view = (over: Partial<SavedView> = {}): SavedView => ({
  id: 'v1',
  title: 'Mål 2',
  note: '',
  path: '/tiltak',
  query: { mal: '2', ds: 'old' },
  order: 4,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
})

const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

describe('bundle', () => {
  it('reads back what it writes, moved to the new dataset id', () => {
    const bundle = roundTrip(buildBundle([content], new Date('2026-02-01T00:00:00Z')))
    expect(bundle).toMatchObject({
      format: 'veikart-bundle',
      version: 2,
      exportedAt: '2026-02-01T00:00:00.000Z',
    })
    const result = readBundle(bundle, target('new'))
    expect(result.issues).toEqual([])
    expect(result.content?.subGoals[0]).toMatchObject({ id: 'new/sg2-pll', datasetId: 'new' })
    expect(result.content?.items[0]).toEqual({
      ...content.items[0],
      id: 'new/123',
      datasetId: 'new',
      subGoalId: 'new/sg2-pll',
      source: { datasetId: 'new', row: 2 },
    })
  })

  it('keeps the identity (kind and checksum) of the dataset it was exported from', () => {
    const result = readBundle(roundTrip(buildBundle([content])), target('new'))
    expect(result.content?.dataset).toEqual({
      id: 'new',
      kind: 'veikart',
      title: 'V',
      importedAt: '2026-03-01T00:00:00.000Z',
      fileName: 'pakke.json',
      checksum: SHA,
      rowCount: 1,
      bundled: false,
    })
    // A dataset without a valid checksum of its own is known by the bundle file's.
    const noSum = roundTrip(buildBundle([{ ...content, dataset: { ...content.dataset, checksum: 'x' } }]))
    expect(readBundle(noSum, target('n')).content?.dataset.checksum).toBe(FILE_SHA)
  })

  it('carries the dataset’s saved views, naming the dataset by content', () => {
    const bundle = roundTrip(buildBundle([{ ...content, savedViews: [view()] }]))
    const result = readBundle(bundle, target('new'))
    expect(result.content?.savedViews).toEqual([
      { ...view(), id: 'view-new-v1', query: { mal: '2', ds: `veikart.${SHA.slice(0, 16)}`, dst: 'V' } },
    ])
    const hostile = roundTrip(
      buildBundle([{ ...content, savedViews: [view({ path: 'https://evil.example' })] }]),
    )
    expect(readBundle(hostile, target('n')).issues[0]).toMatchObject({
      code: 'bundle-invalid',
      detail: 'datasets[0].savedViews[0]',
    })
  })

  it('still reads a version 1 bundle, as written before content refs', () => {
    const v1 = {
      format: 'veikart-bundle',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      datasets: [{ ...content, savedViews: [view({ query: { mal: '2', ds: 'old', dst: 'V' } })] }],
    }
    const result = readBundle(roundTrip(v1), target('new'))
    expect(result.issues).toEqual([])
    expect(result.content?.items).toHaveLength(1)
    expect(result.content?.dataset.checksum).toBe(SHA)
    expect(result.content?.savedViews?.[0]?.query.ds).toBe(`veikart.${SHA.slice(0, 16)}`)
  })

  it('reads the dataset a link wants from a bundle of several, else the first', () => {
    const other: DatasetContent = {
      ...content,
      dataset: {
        ...content.dataset,
        id: 'other',
        kind: 'tiltak',
        title: 'T',
        checksum: FILE_SHA.replace('1', '2'),
      },
    }
    const bundle = roundTrip(buildBundle([other, content]))
    const wanted = readBundle(bundle, {
      ...target('n'),
      want: { kind: 'veikart', checksum: SHA.slice(0, 16) },
    })
    expect(wanted.content?.dataset).toMatchObject({ title: 'V', checksum: SHA })
    expect(wanted.issues[0]).toMatchObject({ code: 'bundle-extra-datasets', severity: 'warning' })
    const fallback = readBundle(bundle, {
      ...target('n'),
      want: { kind: 'veikart', checksum: 'ffffffffffffffff' },
    })
    expect(fallback.content?.dataset.title).toBe('T')
  })

  it.each([
    [{ format: 'veikart-bundle', version: 3, datasets: [] }, 'version'],
    [{ format: 'veikart-bundle', version: 1, datasets: [] }, 'datasets'],
    [
      {
        format: 'veikart-bundle',
        version: 1,
        datasets: [{ dataset: { id: 'a' }, items: [{ title: 'x', goal: 9 }] }],
      },
      'datasets[0].items[0]',
    ],
    [
      { format: 'veikart-bundle', version: 2, datasets: [{ dataset: { id: 'a' }, items: 'nope' }] },
      'datasets[0].items',
    ],
  ])('rejects a malformed bundle, naming the path (%#)', (raw, path) => {
    const result = readBundle(raw, target('n'))
    expect(result.content).toBeNull()
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ severity: 'error', code: 'bundle-invalid', detail: path })
  })
})

describe('meeting pack', () => {
  const strategy: DatasetContent = {
    dataset: { ...content.dataset, id: 'bundled-strategi-mal', kind: 'strategy', title: 'S', checksum: FILE_SHA, bundled: true },
    goals: [{ number: 1, title: 'Mål 1' }],
    subGoals: [],
    items: [],
    indicators: [],
    measurements: [],
  } // prettier-ignore
  let ids = 0
  const newId = () => `import-${++ids}`
  const packTarget = {
    fileName: 'mote.json',
    importedAt: '2026-03-01T00:00:00.000Z',
    checksum: FILE_SHA,
    newId,
  }

  it('holds the datasets and the views in order; reading it keeps identities and names datasets by content', () => {
    const views = [
      view({ id: 'a', title: 'Tidslinje', path: '/tidslinje', query: { ds: 'old' }, order: 7 }),
      view({ id: 'b', title: 'Mål', path: '/mal/1', query: {}, order: 2 }),
      view({
        id: 'c',
        title: 'Fra før',
        path: '/tiltak',
        query: { ds: `tiltak.${SHA.slice(0, 16)}` },
        order: 0,
      }),
    ]
    const written = roundTrip(buildMeetingPack([strategy, { ...content, savedViews: [view()] }], views))
    expect(written).toMatchObject({ format: 'veikart-bundle', version: 2 })
    expect((written as { views: SavedView[] }).views.map((v) => [v.id, v.order])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
    expect((written as { datasets: object[] }).datasets.every((d) => !('savedViews' in d))).toBe(true)
    expect(isMeetingPack(written)).toBe(true)
    expect(isMeetingPack(roundTrip(buildBundle([content])))).toBe(false)

    const read = readMeetingPack(written, packTarget)
    expect(read.issues).toEqual([])
    expect(read.pack?.datasets.map((d) => [d.dataset.title, d.dataset.kind, d.dataset.checksum])).toEqual([
      ['S', 'strategy', FILE_SHA],
      ['V', 'veikart', SHA],
    ])
    expect(read.pack?.datasets.every((d) => d.dataset.id.startsWith('import-') && !d.savedViews)).toBe(true)
    expect(read.pack?.views.map((v) => [v.title, v.query.ds, v.order])).toEqual([
      ['Tidslinje', `veikart.${SHA.slice(0, 16)}`, 0],
      ['Mål', undefined, 1],
      ['Fra før', `tiltak.${SHA.slice(0, 16)}`, 2],
    ])
  })

  it('stores a dataset that is in the pack twice once', () => {
    const twin = { ...content, dataset: { ...content.dataset, id: 'old-twin' } }
    const written = roundTrip(buildMeetingPack([content, twin], [view({ query: { ds: 'old-twin' } })]))
    const read = readMeetingPack(written, packTarget)
    expect(read.pack?.datasets).toHaveLength(1)
    expect(read.pack?.views[0]?.query.ds).toBe(`veikart.${SHA.slice(0, 16)}`)
  })

  it.each([
    [{ format: 'veikart-bundle', version: 1, datasets: [content], views: [] }, 'version'],
    [{ format: 'veikart-bundle', version: 2, datasets: [content], views: {} }, 'views'],
    [{ format: 'veikart-bundle', version: 2, datasets: [content], views: [{ id: 1 }] }, 'views[0]'],
    [
      { format: 'veikart-bundle', version: 2, datasets: [content, { dataset: {} }], views: [] },
      'datasets[1].dataset',
    ],
  ])('rejects a malformed pack as a whole, naming the path (%#)', (raw, path) => {
    const read = readMeetingPack(roundTrip(raw), packTarget)
    expect(read.pack).toBeNull()
    expect(read.issues[0]).toMatchObject({ severity: 'error', code: 'bundle-invalid', detail: path })
  })
})
