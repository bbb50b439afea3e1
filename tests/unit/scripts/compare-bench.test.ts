// The compare part of `npm run bench` at a small size: it runs, every class occurs, and the
// version without IDs really has none.
import { describe, expect, it } from 'vitest'
import { measureCompare, withoutIds } from '../../../bench/compare-bench'
import { sourceIdOf } from '@/domain/compare'
import type { DatasetContent } from '@/domain/types'

describe('bench/compare-bench.ts', () => {
  it('compares two generated versions both ways and reports every class', async () => {
    const result = await measureCompare(2000, 1)
    expect(result.items).toBe(2000)
    expect(result.withIdsRunsMs).toHaveLength(1)
    expect(result.counts.new).toBe(60)
    for (const n of Object.values(result.counts)) expect(n).toBeGreaterThan(0)
    expect(result.withIdsCpuMs).toBeGreaterThan(0)
  }, 30_000)

  it('strips IDs to derived keys', () => {
    const content = {
      items: [{ key: '20240000000000001', goal: 2, datasetId: 'x' }],
    } as unknown as DatasetContent
    const [item] = withoutIds(content).items
    expect(item && sourceIdOf(item)).toBeUndefined()
  })
})
