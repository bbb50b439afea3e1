/** Dataset titles are unique on a device, so a list, a link notice or a backup names one dataset. */
import { foldText, squashSpaces } from './text'

/** Case, spacing and diacritics do not make two titles different. */
export function titleKey(title: string): string {
  return foldText(squashSpaces(title))
}

/** `wanted`, or `wanted (2)`, `(3)` … when another dataset already has that title. */
export function uniqueTitle(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(titleKey))
  const base = squashSpaces(wanted)
  if (!taken.has(titleKey(base))) return base
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`
    if (!taken.has(titleKey(candidate))) return candidate
  }
}
