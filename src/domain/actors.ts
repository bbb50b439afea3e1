/**
 * The actor registry: canonical names, kinds and the spellings the sources use for them,
 * and the splitting of cells that name several actors.
 */
import type { Actor, ActorKind } from './types'
import { foldText, slugify, squashSpaces } from './text'

interface RegistryEntry {
  name: string
  kind: ActorKind
  aliases?: string[]
}

const REGISTRY: RegistryEntry[] = [
  { name: 'Helse Nord RHF', kind: 'rhf', aliases: ['Helse Nord'] },
  {
    name: 'Helse Midt-Norge RHF',
    kind: 'rhf',
    aliases: ['Helse Midt-Norge', 'Helse Midt', 'Helse Midt RHF', 'HMN'],
  },
  { name: 'Helse Vest RHF', kind: 'rhf', aliases: ['Helse Vest'] },
  { name: 'Helse Sør-Øst RHF', kind: 'rhf', aliases: ['Helse Sør-Øst', 'HSØ'] },
  { name: 'RHF', kind: 'rhf', aliases: ['De regionale helseforetakene', 'Regionale helseforetak'] },
  { name: 'Øvrige RHF', kind: 'rhf' },
  { name: 'Spesialisthelsetjenesten', kind: 'rhf' },
  { name: 'Norsk helsenett SF', kind: 'nhn', aliases: ['NHN', 'Norsk Helsenett', 'Norsk helsenett'] },
  { name: 'Direktoratet for e-helse', kind: 'statlig', aliases: ['E-helsedirektoratet', 'Ehelse'] },
  { name: 'Helsedirektoratet', kind: 'statlig', aliases: ['Hdir'] },
  { name: 'Folkehelseinstituttet', kind: 'statlig', aliases: ['FHI'] },
  { name: 'Nasjonalt', kind: 'nasjonal' },
  { name: 'KS', kind: 'kommunal', aliases: ['Kommunesektorens organisasjon'] },
  { name: 'Kommuner', kind: 'kommunal', aliases: ['Kommune', 'Kommunene', 'Kommunal sektor'] },
  { name: 'Kommuner i Midt-Norge', kind: 'kommunal' },
  { name: 'Bergen kommune', kind: 'kommunal' },
  { name: 'Primærhelsetjenesten', kind: 'kommunal' },
  { name: 'Pleie- og omsorgstjenestene', kind: 'kommunal', aliases: ['Pleie- og omsorgstjenesten'] },
  { name: 'Helsestasjon', kind: 'kommunal', aliases: ['Helsestasjonene'] },
  { name: 'Fastlegetjenesten', kind: 'kommunal', aliases: ['Fastleger'] },
  { name: 'Sykehjem og hjemmetjenesten', kind: 'kommunal', aliases: ['Sykehjem og hjemmetjenester'] },
  { name: 'Legevakt og avtalespesialist', kind: 'annet' },
  { name: 'Fastlege og apotek', kind: 'annet' },
  { name: 'Manuell og fysioterapeuter', kind: 'annet' },
  { name: 'Avtalespesialister', kind: 'annet', aliases: ['Avtalespesialist'] },
]

/**
 * Matching key: case, diacritics, spaces and hyphens do not count, so the source's
 * line-break hyphens (`Primær-helsetjenesten`) and spaced dashes (`Sør – Øst`) match.
 */
export function actorKey(name: string): string {
  return foldText(name).replace(/[\s\-–—.]+/g, '')
}

/**
 * Spelling key → actor, built on first use: the first page loads this module but matches no
 * actor names, and building the table (and DERIVE_PATTERNS below) at load cost a slow phone
 * tens of milliseconds of its start.
 */
let byKey: Map<string, Actor> | null = null
function registryByKey(): Map<string, Actor> {
  if (byKey) return byKey
  byKey = new Map<string, Actor>()
  for (const entry of REGISTRY) {
    const actor: Actor = {
      id: slugify(entry.name),
      name: entry.name,
      kind: entry.kind,
      aliases: entry.aliases ?? [],
    }
    for (const spelling of [entry.name, ...actor.aliases]) byKey.set(actorKey(spelling), actor)
  }
  return byKey
}

/** All actors the registry knows, in registry order. */
export function listKnownActors(): Actor[] {
  return [...new Set(registryByKey().values())]
}

/** The registry's actor for a spelling, or `null` when it is not known. */
export function findActor(name: string): Actor | null {
  return registryByKey().get(actorKey(name)) ?? null
}

/** The registry's actor, or a new one of kind `annet` named as written. */
export function resolveActor(name: string): Actor {
  const clean = squashSpaces(name)
  return findActor(clean) ?? { id: slugify(clean), name: clean, kind: 'annet', aliases: [] }
}

/** Splits a run of known names written without separator: `Norsk Helsenett Direktoratet for e-helse`. */
function splitJoinedNames(part: string): string[] | null {
  const words = part.split(' ')
  const solve = (from: number): string[] | null => {
    if (from === words.length) return []
    for (let to = words.length; to > from; to--) {
      const candidate = words.slice(from, to).join(' ')
      if (!findActor(candidate)) continue
      const rest = solve(to)
      if (rest) return [candidate, ...rest]
    }
    return null
  }
  const names = solve(0)
  return names && names.length > 1 ? names : null
}

/**
 * Splits a cell that names one or more actors, keeping each name as written.
 * Separators: `,` `;` `/` `&` and new lines. A part made of several known names written
 * one after another is split too. `og` is not a separator: `Fastlege og apotek` is one group.
 */
export function splitActorCell(cell: string): string[] {
  const parts = cell
    .split(/[,;/&\n]+/)
    .map(squashSpaces)
    .filter((p) => p !== '')
  return parts.flatMap((part) => (findActor(part) ? [part] : (splitJoinedNames(part) ?? [part])))
}

/** Splits a cell and resolves each name; duplicates (by actor) are dropped. */
export function resolveActorCell(cell: string): Actor[] {
  const seen = new Set<string>()
  const actors: Actor[] = []
  for (const name of splitActorCell(cell)) {
    const actor = resolveActor(name)
    if (seen.has(actor.id)) continue
    seen.add(actor.id)
    actors.push(actor)
  }
  return actors
}

/**
 * Organisations a veikart deliverable's name may name (`PLL, Helse Vest`, `KS læringsnettverk`).
 * Service groups (Kommuner, Helsestasjon …) and generic words (Nasjonalt, RHF) are left out:
 * in free text they describe the subject, not who does the work.
 */
const DERIVABLE = new Set([
  'helse-nord-rhf',
  'helse-midt-norge-rhf',
  'helse-vest-rhf',
  'helse-sor-ost-rhf',
  'norsk-helsenett-sf',
  'direktoratet-for-e-helse',
  'helsedirektoratet',
  'folkehelseinstituttet',
  'ks',
  'bergen-kommune',
])

/** Spellings to look for in free text, longest first so `Helse Midt-Norge` wins over `Helse Midt` (built on first use). */
let derivePatterns: { actor: Actor; pattern: RegExp }[] | null = null
function derivePatternList(): { actor: Actor; pattern: RegExp }[] {
  derivePatterns ??= listKnownActors()
    .filter((a) => DERIVABLE.has(a.id))
    .flatMap((actor) => [actor.name, ...actor.aliases].map((spelling) => ({ actor, spelling })))
    .sort((a, b) => b.spelling.length - a.spelling.length)
    .map(({ actor, spelling }) => {
      const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-–]/g, '[-–\\s]*')
      // Acronyms (KS, FHI, NHN) must be written in capitals; names match in any case.
      const flags = spelling === spelling.toUpperCase() ? 'u' : 'iu'
      return { actor, pattern: new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, flags) }
    })
  return derivePatterns
}

/**
 * Actors named in a deliverable's name, for exports without an owner column: `…, Helse Vest`
 * gives Helse Vest RHF; `KS`, `FHI`, `NHN` anywhere as words. In order of appearance.
 */
export function deriveActors(text: string): Actor[] {
  const found: { actor: Actor; at: number }[] = []
  let rest = text
  for (const { actor, pattern } of derivePatternList()) {
    const m = pattern.exec(rest)
    if (!m || found.some((f) => f.actor.id === actor.id)) continue
    found.push({ actor, at: m.index })
    // Blank the match so a shorter alias inside it (`Helse Midt` in `Helse Midt-Norge`) is not found again.
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length)
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.actor)
}
