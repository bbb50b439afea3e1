import { describe, expect, it } from 'vitest'
import { pageLanes } from '@/domain/gantt-pages'

/** Lanes from an outline: a line's indent (two spaces a level) is its depth; `+` opens a group. */
function lanes(outline: string) {
  const stack: string[] = []
  return outline
    .trim()
    .split('\n')
    .map((line) => {
      const depth = (line.length - line.trimStart().length) / 2
      const name = line.trim().replace(/^\+/, '')
      stack.length = depth
      const lane = { id: [...stack, name].join('/'), parent: depth > 0 ? stack.join('/') : null }
      stack.push(name)
      return { ...lane, hasChildren: line.trim().startsWith('+'), collapsed: false }
    })
}

const OUTLINE = lanes(`
+Helse Nord RHF
  +Mål 1
    a
    b
  +Mål 2
    c
+Helse Vest RHF
  +Mål 1
    d
    e
    f
    g
`)

describe('pageLanes', () => {
  it('covers every lane once, in order', () => {
    for (const perPage of [1, 2, 3, 4, 5, 20]) {
      const pages = pageLanes(OUTLINE, perPage)
      expect(pages[0]?.laneStart).toBe(0)
      expect(pages.at(-1)?.laneEnd).toBe(OUTLINE.length)
      for (let i = 1; i < pages.length; i++) expect(pages[i]?.laneStart).toBe(pages[i - 1]?.laneEnd)
    }
  })

  it('never ends a page with a group heading whose rows are on the next page', () => {
    for (const perPage of [3, 4, 5, 6]) {
      for (const page of pageLanes(OUTLINE, perPage).slice(0, -1)) {
        expect(OUTLINE[page.laneEnd - 1]?.hasChildren, `perPage ${perPage}`).toBe(false)
      }
    }
  })

  it('repeats the headings above a page that starts inside a group, and counts them as rows', () => {
    const pages = pageLanes(OUTLINE, 5)
    const named = pages.map((p) => ({
      carried: p.carried.map((i) => OUTLINE[i]?.id),
      first: OUTLINE[p.laneStart]?.id,
      rows: p.carried.length + p.laneEnd - p.laneStart,
    }))
    expect(named).toEqual([
      // «+Mål 2» would have ended page 1 with its row on page 2: it moves to page 2.
      { carried: [], first: 'Helse Nord RHF', rows: 4 },
      { carried: ['Helse Nord RHF'], first: 'Helse Nord RHF/Mål 2', rows: 3 },
      { carried: [], first: 'Helse Vest RHF', rows: 5 },
      { carried: ['Helse Vest RHF', 'Helse Vest RHF/Mål 1'], first: 'Helse Vest RHF/Mål 1/g', rows: 3 },
    ])
    for (const page of named) expect(page.rows).toBeLessThanOrEqual(5)
  })

  it('moves on by at least one lane when the headings alone fill a page', () => {
    const pages = pageLanes(OUTLINE, 1)
    expect(pages).toHaveLength(OUTLINE.length)
  })
})
