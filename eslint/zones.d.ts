// Types for the tests that read the zones (tests/unit/lint/boundaries.test.ts).
import type { Rule } from 'eslint'

export const ZONES: Record<string, readonly string[]>
export function zoneOf(file: string): string | null
export const zonesRule: Rule.RuleModule
declare const plugin: { rules: { zones: Rule.RuleModule } }
export default plugin
