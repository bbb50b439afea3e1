import { describe, expect, it } from 'vitest'
import type { Dataset } from '@/domain/types'
import {
  datasetMatchesRef,
  datasetRefOf,
  datasetRefQuery,
  findDatasetByRef,
  isLinkedDataset,
  formatDatasetRef,
  parseDatasetRef,
  parseDatasetRefValue,
  queryWithDataset,
  sameDatasetIdentity,
  withContentRef,
} from '@/domain/view-link'

const SHA_A = '3fa1b2c4d5e6f7081122334455667788990011223344556677889900aabbccdd'
const SHA_B = '5efc352b161cdd40ef47dfca1c5e265222fb0b9bf0f8bf165e88207c8cf04323'

function dataset(over: Partial<Dataset>): Dataset {
  return {
    id: 'import-1',
    kind: 'veikart',
    title: 'Veikart 2026-08',
    asOf: '2026-08',
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: 'veikart-export.csv',
    checksum: SHA_A,
    rowCount: 8,
    bundled: false,
    ...over,
  }
}

describe('dataset ref: format and parse', () => {
  it('names a dataset by kind and the first 16 hex digits of its checksum, labelled for people', () => {
    const ref = datasetRefOf(dataset({}))
    expect(ref).toEqual({
      by: 'content',
      kind: 'veikart',
      checksum: '3fa1b2c4d5e6f708',
      title: 'Veikart 2026-08',
      version: '2026-08',
    })
    expect(formatDatasetRef(ref)).toBe('veikart.3fa1b2c4d5e6f708')
    expect(datasetRefQuery(ref)).toEqual({
      ds: 'veikart.3fa1b2c4d5e6f708',
      dst: 'Veikart 2026-08',
      dsv: '2026-08',
    })
    expect(parseDatasetRef(datasetRefQuery(ref))).toEqual(ref)
  })

  it('reads longer prefixes (up to the whole checksum) and upper-case hex', () => {
    expect(parseDatasetRefValue(`tiltak.${SHA_B}`)).toEqual({
      by: 'content',
      kind: 'tiltak',
      checksum: SHA_B,
    })
    expect(parseDatasetRefValue('Strategy.0B8C86E4F004F818')).toEqual({
      by: 'content',
      kind: 'strategy',
      checksum: '0b8c86e4f004f818',
    })
  })

  it('still reads an old link’s local id', () => {
    const ref = { by: 'id' as const, id: 'import-1b2c/x', title: 'Veikart 2026-08', version: '2026-08' }
    expect(datasetRefQuery(ref)).toEqual({ ds: 'import-1b2c/x', dst: 'Veikart 2026-08', dsv: '2026-08' })
    expect(parseDatasetRef(datasetRefQuery(ref))).toEqual(ref)
    expect(parseDatasetRef({ ds: 'bundled-tiltak-2024' })).toEqual({ by: 'id', id: 'bundled-tiltak-2024' })
  })

  it.each([
    ['', 'empty'],
    ['<script>', 'markup'],
    ['veikart.3fa1b2c4', 'too short a checksum'],
    ['veikart.3fa1b2c4d5e6f70g', 'not hex'],
    [`veikart.${SHA_A}0`, 'longer than SHA-256'],
    ['excel.3fa1b2c4d5e6f708', 'unknown kind'],
    ['veikart:3fa1b2c4d5e6f708', 'wrong separator'],
    ['../etc/passwd', 'a path'],
    ['x'.repeat(201), 'too long'],
  ])('rejects junk: %s (%s)', (value) => {
    expect(parseDatasetRefValue(value)).toBeNull()
    expect(parseDatasetRef({ ds: value })).toBeNull()
  })

  it('ignores a missing value and takes the first of repeated ones', () => {
    expect(parseDatasetRef({})).toBeNull()
    expect(parseDatasetRef({ ds: null })).toBeNull()
    expect(parseDatasetRef({ ds: ['a', 'b'] })).toEqual({ by: 'id', id: 'a' })
    expect(parseDatasetRef({ ds: 'veikart.3fa1b2c4d5e6f708', dst: '  ' })).toEqual({
      by: 'content',
      kind: 'veikart',
      checksum: '3fa1b2c4d5e6f708',
    })
  })
})

describe('dataset ref: resolution', () => {
  const mine = dataset({ id: 'import-aaa' })
  const bundled = dataset({ id: 'bundled-tiltak-2024', kind: 'tiltak', checksum: SHA_B, bundled: true })
  const all = [bundled, mine]

  it('finds the dataset with the same kind and checksum, whatever its local id or title', () => {
    const ref = datasetRefOf(dataset({ id: 'import-on-another-device', title: 'Renamed' }))
    expect(findDatasetByRef(all, ref)).toBe(mine)
    expect(findDatasetByRef(all, { by: 'content', kind: 'tiltak', checksum: SHA_B })).toBe(bundled)
  })

  it('does not match another kind or another checksum', () => {
    expect(
      findDatasetByRef(all, { by: 'content', kind: 'tiltak', checksum: SHA_A.slice(0, 16) }),
    ).toBeUndefined()
    expect(
      findDatasetByRef(all, { by: 'content', kind: 'veikart', checksum: 'ffffffffffffffff' }),
    ).toBeUndefined()
    expect(findDatasetByRef([], datasetRefOf(mine))).toBeUndefined()
  })

  it('resolves legacy ids by local id only', () => {
    expect(findDatasetByRef(all, { by: 'id', id: 'bundled-tiltak-2024' })).toBe(bundled)
    expect(
      findDatasetByRef(all, { by: 'id', id: 'import-elsewhere', title: 'Veikart 2026-08' }),
    ).toBeUndefined()
  })

  it('returns the first of several datasets with the same content', () => {
    const twin = dataset({ id: 'import-bbb' })
    expect(findDatasetByRef([twin, mine], datasetRefOf(mine))).toBe(twin)
    expect(sameDatasetIdentity(twin, mine)).toBe(true)
    expect(sameDatasetIdentity(twin, bundled)).toBe(false)
    expect(datasetMatchesRef(twin, datasetRefOf(mine))).toBe(true)
  })

  it('rewrites a query’s legacy id to the content ref when the dataset is here', () => {
    expect(withContentRef({ mal: '2', ds: 'import-aaa', dst: 'Old title' }, all)).toEqual({
      mal: '2',
      ds: 'veikart.3fa1b2c4d5e6f708',
      dst: 'Veikart 2026-08',
      dsv: '2026-08',
    })
    const unknown = { mal: '2', ds: 'import-zzz' }
    expect(withContentRef(unknown, all)).toBe(unknown)
    const content = { ds: 'tiltak.5efc352b161cdd40' }
    expect(withContentRef(content, all)).toBe(content)
  })

  it('replaces the dataset a query names, dropping stale labels', () => {
    const noVersion = dataset({ id: 'x', asOf: undefined as never })
    delete noVersion.asOf
    expect(queryWithDataset({ mal: '4', ds: 'import-old', dst: 'Old', dsv: '2020' }, noVersion)).toEqual({
      mal: '4',
      ds: 'veikart.3fa1b2c4d5e6f708',
      dst: 'Veikart 2026-08',
    })
    expect(queryWithDataset({ mal: '4' }, null)).toEqual({ mal: '4' })
  })
})

describe('a file imported for a link', () => {
  const file = dataset({ id: 'import-new' })

  it('is the linked dataset when kind and checksum agree, whatever its title', () => {
    expect(isLinkedDataset({ ...file, title: 'Other' }, datasetRefOf(dataset({ id: 'x' })))).toBe(true)
    expect(isLinkedDataset({ ...file, kind: 'tiltak' }, datasetRefOf(file))).toBe(false)
    expect(isLinkedDataset({ ...file, checksum: SHA_B }, datasetRefOf(file))).toBe(false)
  })

  it('for an old link, needs the title and version it carries', () => {
    const old = { by: 'id' as const, id: 'import-elsewhere', title: 'Veikart 2026-08', version: '2026-08' }
    expect(isLinkedDataset(file, old)).toBe(true)
    expect(isLinkedDataset(file, { ...old, version: '2025-01' })).toBe(false)
    expect(isLinkedDataset(file, { by: 'id', id: 'import-elsewhere' })).toBe(false)
  })
})
