import { describe, expect, it } from 'vitest'
import { datasetRefQuery, parseDatasetRef } from '@/domain/view-link'

describe('dataset named in a link', () => {
  it('round-trips id, title and version', () => {
    const ref = { id: 'import-1b2c/x', title: 'Veikart 2026-08', version: '2026-08' }
    expect(datasetRefQuery(ref)).toEqual({ ds: 'import-1b2c/x', dst: 'Veikart 2026-08', dsv: '2026-08' })
    expect(parseDatasetRef(datasetRefQuery(ref))).toEqual(ref)
  })

  it('ignores a missing or malformed id', () => {
    expect(parseDatasetRef({})).toBeNull()
    expect(parseDatasetRef({ ds: '' })).toBeNull()
    expect(parseDatasetRef({ ds: '<script>' })).toBeNull()
    expect(parseDatasetRef({ ds: ['a', 'b'] })).toEqual({ id: 'a' })
  })
})
