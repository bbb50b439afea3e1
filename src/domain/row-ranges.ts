/** Row numbers as the report shows them: `2–6, 9` rather than a list of every row. */

/** Sorted, distinct row numbers → inclusive ranges: `[2, 3, 4, 9]` → `[[2, 4], [9, 9]]`. */
export function toRanges(rows: Iterable<number>): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b)
  const ranges: [number, number][] = []
  for (const row of sorted) {
    const last = ranges[ranges.length - 1]
    if (last && row === last[1] + 1) last[1] = row
    else ranges.push([row, row])
  }
  return ranges
}

/** `[[2, 6], [9, 9]]` → `2–6, 9`; after `max` ranges, `…`. */
export function formatRowRanges(ranges: readonly [number, number][], max = 30): string {
  const shown = ranges.slice(0, max).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`))
  return ranges.length > max ? `${shown.join(', ')} …` : shown.join(', ')
}
