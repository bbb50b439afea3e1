import { describe, expect, it } from 'vitest'
import { deriveActors, findActor, resolveActor, resolveActorCell, splitActorCell } from '@/domain/actors'

describe('actor aliases', () => {
  it.each([
    ['NHN', 'Norsk helsenett SF'],
    ['Norsk Helsenett', 'Norsk helsenett SF'],
    ['Helse Midt-Norge', 'Helse Midt-Norge RHF'],
    ['Helse Midt', 'Helse Midt-Norge RHF'],
    ['Helse Sør – Øst RHF', 'Helse Sør-Øst RHF'],
    ['helse sor-ost rhf', 'Helse Sør-Øst RHF'],
    ['Primær-helsetjenesten', 'Primærhelsetjenesten'],
    ['Spesialisthelse-tjenesten', 'Spesialisthelsetjenesten'],
    ['Kommuner i Midt Norge', 'Kommuner i Midt-Norge'],
    ['Sykehjem og hjemmetjenester', 'Sykehjem og hjemmetjenesten'],
    ['FHI', 'Folkehelseinstituttet'],
    ['Kommune', 'Kommuner'],
  ])('%s → %s', (spelling, canonical) => {
    expect(findActor(spelling)?.name).toBe(canonical)
  })

  it('gives each known actor a kind and a stable id', () => {
    expect(resolveActor('Helse Vest')).toMatchObject({ id: 'helse-vest-rhf', kind: 'rhf' })
    expect(resolveActor('NHN')).toMatchObject({ id: 'norsk-helsenett-sf', kind: 'nhn' })
    expect(resolveActor('Helsedirektoratet')).toMatchObject({ kind: 'statlig' })
    expect(resolveActor('Bergen kommune')).toMatchObject({ kind: 'kommunal' })
  })

  it('keeps an unknown actor as written, of kind annet', () => {
    expect(resolveActor('  Ukjent   Aktør AS ')).toEqual({
      id: 'ukjent-aktor-as',
      name: 'Ukjent Aktør AS',
      kind: 'annet',
      aliases: [],
    })
  })
})

describe('splitActorCell', () => {
  it.each([
    [
      'Helse Nord RHF, Helse Midt-Norge RHF, Helse Vest RHF',
      ['Helse Nord RHF', 'Helse Midt-Norge RHF', 'Helse Vest RHF'],
    ],
    ['Helsedirektoratet / Direktoratet for e-helse', ['Helsedirektoratet', 'Direktoratet for e-helse']],
    ['Direktoratet for e-helse/NHN', ['Direktoratet for e-helse', 'NHN']],
    ['Norsk Helsenett Direktoratet for e-helse', ['Norsk Helsenett', 'Direktoratet for e-helse']],
    [
      'Helse Nord RHF, Helse Midt-Norge RHF, Helse Sør – Øst RHF',
      ['Helse Nord RHF', 'Helse Midt-Norge RHF', 'Helse Sør – Øst RHF'],
    ],
    ['Fastlege og apotek', ['Fastlege og apotek']],
    ['Helse Vest RHF', ['Helse Vest RHF']],
    ['', []],
    ['KS; FHI', ['KS', 'FHI']],
    ['Ukjent etat Direktoratet for e-helse', ['Ukjent etat Direktoratet for e-helse']],
  ])('%j', (cell, names) => {
    expect(splitActorCell(cell)).toEqual(names)
  })

  it('resolves a cell to canonical actors without duplicates', () => {
    expect(resolveActorCell('NHN / Norsk Helsenett, Helse Midt').map((a) => a.name)).toEqual([
      'Norsk helsenett SF',
      'Helse Midt-Norge RHF',
    ])
  })
})

describe('deriveActors (veikart exports without an owner column)', () => {
  it.each([
    ['Pasientens legemiddelliste, Helse Vest', ['Helse Vest RHF']],
    ['Pasientens legemiddelliste, Helse Midt-Norge', ['Helse Midt-Norge RHF']],
    ['Digital hjemmeoppfølging – Helse Sør-Øst', ['Helse Sør-Øst RHF']],
    ['KS læringsnettverk for velferdsteknologi', ['KS']],
    ['Helseregistre i FHI og NHN', ['Folkehelseinstituttet', 'Norsk helsenett SF']],
    ['Kritisk informasjon (IPS)', []],
    // "ks" inside a word, or in lower case, is not KS
    ['Tiltaksplan for kommunene', []],
    ['Helsenorge – ks', []],
    // service groups and generic words are not derived
    ['Nasjonalt program for kommuner og helsestasjon', []],
  ])('%j', (text, names) => {
    expect(deriveActors(text).map((a) => a.name)).toEqual(names)
  })
})
