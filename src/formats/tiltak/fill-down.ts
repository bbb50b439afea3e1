/**
 * The merged-cell rule of spreadsheets: a blank grouping cell means "same as above".
 *
 * Columns are arranged in tiers (for a tiltak table: goal › sub-goal › actor › service). A
 * non-blank cell in a tier starts a new block: deeper tiers stop inheriting from the rows above
 * it, so a new actor does not take the service of the actor above (data/README.md says why).
 * Within a tier, each head column inherits on its own; attached columns (a sub-goal's
 * condition) belong to the tier's first head and are inherited only together with it.
 */

export interface FillDownTier<K extends string> {
  heads: K[]
  attached?: K[]
}

export interface FilledRow<K extends string> {
  values: Record<K, string>
  /** Columns whose value came from a row above. */
  inherited: K[]
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === ''
}

/** Fills blank grouping cells from the rows above, block by block; other cells pass through trimmed. */
export function fillDown<K extends string>(
  rows: readonly Partial<Record<K, string>>[],
  tiers: readonly FillDownTier<K>[],
): FilledRow<K>[] {
  const memory = new Map<K, string>()
  const columns = tiers.flatMap((t) => [...t.heads, ...(t.attached ?? [])])
  return rows.map((row) => {
    const values = {} as Record<K, string>
    for (const [col, value] of Object.entries(row) as [K, string | undefined][]) {
      values[col] = value?.trim() ?? ''
    }
    const inherited: K[] = []
    tiers.forEach((tier, index) => {
      const startsBlock = tier.heads.some((h) => !isBlank(row[h]))
      if (startsBlock) {
        for (const deeper of tiers.slice(index + 1)) {
          for (const col of [...deeper.heads, ...(deeper.attached ?? [])]) memory.delete(col)
        }
      }
      const [first] = tier.heads
      if (first !== undefined && !isBlank(row[first])) {
        for (const col of tier.attached ?? []) memory.set(col, row[col]?.trim() ?? '')
      }
      for (const head of tier.heads) {
        if (!isBlank(row[head])) memory.set(head, row[head]?.trim() ?? '')
      }
    })
    for (const col of columns) {
      const own = row[col]
      if (!isBlank(own)) {
        values[col] = own?.trim() ?? ''
      } else {
        const above = memory.get(col) ?? ''
        values[col] = above
        if (above !== '') inherited.push(col)
      }
    }
    return { values, inherited }
  })
}
