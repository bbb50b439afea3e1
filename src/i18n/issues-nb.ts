/**
 * What an import issue says, in bokmål: `issues.<key>` of the catalog. Domain, formats and import
 * emit the key and its parameters (src/domain/import-issue.ts); the import page renders them with
 * vue-i18n, the command-line validator with src/i18n/issue-text.ts.
 */
export const issuesNb = {
  period: {
    yearOutOfRange: 'Årstallet i «{text}» er utenfor {min}–{max}.',
    dateInvalid: 'Datoen «{text}» finnes ikke.',
    monthInvalid: 'Måneden i «{text}» finnes ikke.',
    quarterInvalid: 'Kvartalet i «{text}» må være 1–4.',
    halfInvalid: 'Halvåret i «{text}» må være 1 eller 2.',
    unreadable:
      'Kunne ikke lese perioden «{text}». Forventet f.eks. «2023 - 2025», «2024 →», «Q3 2025» eller «01.07.2026».',
    dateUnreadable:
      'Kunne ikke lese datoen «{text}». Forventet f.eks. «01.07.2026», «2026-07-01», «juli 2026» eller «2026».',
  },
  bundle: {
    invalid: 'Ugyldig Veikart-pakke ved {path}: {reason}',
    invalidAt: 'Ugyldig Veikart-pakke ved {path}: ',
    formatExpected: 'forventet «{format}».',
    versionUnsupported: 'versjon {version} støttes ikke (kun {supported}).',
    versionsUnsupported: 'versjon {version} støttes ikke (kun {supported} og {last}).',
    noDatasets: 'ingen datasett.',
    datasetMissing: 'mangler datasett.',
    listExpected: 'forventet en liste.',
    fieldsInvalid: 'feltene har feil type eller mangler.',
    idTwice: 'id-en «{id}» står to ganger.',
    extraDatasets: 'Pakken har {count} datasett; bare «{title}» importeres.',
    portfolioUnsupported:
      'En JSON-pakke med porteføljedata kan ikke leses ennå. Eksporter porteføljedatasettet som CSV eller XLSX og importer den filen.',
  },
  flag: {
    noActivity:
      'Raden oppgir ingen aktivitet; den er navngitt etter tjenesten (eller «Ingen aktivitet oppgitt»).',
    placeholderText: 'Teksten er en plassholder (f.eks. «kommer tilbake»).',
    uncertain: 'Kilden markerer usikkerhet med «?».',
    noPeriod: 'Ingen periode eller dato oppgitt.',
    endBeforeStart: 'Slutt ligger før start.',
    noPhase: 'Ingen veikartfase oppgitt.',
  },
  table: {
    unknownColumn: 'Ukjent kolonne «{header}» er tatt vare på som ekstra felt.',
    formatUnknown:
      'Fant ikke kolonnene til et kjent format i «{name}». Forventet f.eks. veikarteksport («Leveransenavn i veikartet», «Veikartfase», «Startdato», «Strategisk delmål») eller tiltaksliste («Mål», «Målsetting», «Hvem», «Tjeneste», «Hva skal skje i 2024?», «Totalperiode»).',
    unknownSkipped: '«{name}» har ikke kolonnene til et kjent format og er hoppet over.',
    oneItemTable: '«{name}» er hoppet over: en import leser én tabell med tiltak eller leveranser.',
    portfolioOnly: '«{name}» er hoppet over: en porteføljeimport leser bare porteføljetabeller.',
    noRows: '«{names}» har overskrifter, men ingen rader med data.',
    extraCells:
      'Raden har verdier uten kolonneoverskrift (kolonne {letters}); de er tatt vare på som ekstra felt {names}.',
  },
  veikart: {
    titleMissing: 'Mangler leveransenavn.',
    goalMissing: 'Mangler strategisk delmål (f.eks. «2D - …»), så målet er ukjent.',
    goalUnknown: 'Ukjent mål i «{text}». Forventet en kode som «2D - …» der sifferet (1–5) er målet.',
    duplicateId: 'Leveranse-ID {id} står også på rad {row}.',
    phaseUnknown: 'Ukjent veikartfase «{text}»; raden beholdes uten fase.',
    statusUnknown: 'Ukjent planleggingsstatus «{text}». Forventet «Planlagt» eller «Tentativ».',
    whitespaceTrimmed: 'Mellomrom før eller etter teksten er fjernet.',
  },
  tiltak: {
    periodWithoutActivity: 'Raden har en periode, men verken aktør, tjeneste eller aktivitet.',
  },
  strategy: {
    goalMissing: 'Mangler mål (1–5).',
    goalUnknown: 'Ukjent mål «{text}». Forventet 1–5, «Mål 1» eller målets tittel.',
    titleMissing: 'Mangler navn/tittel.',
    codeTwice: 'Koden {code} står også på rad {row}.',
    numberUnreadable: 'Kunne ikke lese tallet «{text}». Forventet f.eks. «1 234,5».',
    indicatorUnknown: 'Ukjent indikator «{text}»; den må stå i indikatortabellen.',
    valueMissing: 'Mangler verdi.',
    goalNumberUnknown: 'Ukjent målnummer «{text}». Forventet 1–5.',
    goalTitleMissing: 'Målet mangler tittel.',
    goalTwice: 'Mål {goal} står mer enn én gang.',
  },
  portfolio: {
    valueMissing: 'Mangler «{column}».',
    statusUnknown:
      'Ukjent status «{text}». Forventet rød, gul eller grønn (eller Betydelige utfordringer, Noen utfordringer, Under kontroll).',
    criticalityUnknown: 'Ukjent kritikalitet «{text}». Forventet Lav, Middels eller Høy.',
    yearUnreadable: '«{text}» er ikke et årstall.',
    goalsUnknown: 'Ukjent mål i «{text}». Forventet 1–5 eller «Mål 1», skilt med komma.',
    rowIncomplete: 'Raden er ufullstendig i kilden (mangler {missing}); den er tatt med og merket.',
    amountUnreadable:
      'Kunne ikke lese beløpet «{text}». Forventet f.eks. «9,5», «-2» eller «(14)*» (dekket internt).',
    yesNoUnreadable: '«{text}» er verken ja eller nei.',
    decisionKindUnknown: 'Ukjent type «{text}». Forventet «Vedtak» eller «Forslag til vedtak».',
  },
  read: {
    invalidByte:
      'Filen er lest som UTF-8, men {count} bytesekvens er ugyldig og vises som «\uFFFD»{where}. Kontroller teksten der.',
    invalidBytes:
      'Filen er lest som UTF-8, men {count} bytesekvenser er ugyldige og vises som «\uFFFD»{where}. Kontroller teksten der.',
    invalidBytesRows: ' (rad {rows})',
    looksLikeUtf8:
      'Filen er lest som Windows-1252, men deler av den ser ut som UTF-8. Lagre filen som UTF-8 og importer den på nytt hvis æ, ø og å ser feil ut.',
    spreadsheetUnreadable: 'Kunne ikke lese regnearket «{file}»: {detail}',
    unclosedQuote:
      'Et anførselstegn (") åpnes men lukkes aldri; resten av filen leses som ett felt, og raden lagres ikke.',
    csvError: 'CSV-feil: {detail}. Raden lagres ikke.',
    jsonRowNotObject: '{name}[{index}] er ikke et objekt med kolonnenavn.',
    jsonInvalid: '«{file}» er ikke gyldig JSON: {detail}',
    jsonNothing: '«{file}» inneholder verken en Veikart-pakke eller en liste av rader.',
  },
  limit: {
    exceeded:
      '«{file}» er over grensen for {limit}: Veikart leser høyst {max} {unit}. Del filen opp, eller fjern tomme eller overflødige rader og kolonner.',
    exceededWhere:
      '«{file}» er over grensen for {limit}: Veikart leser høyst {max} {unit}, men {where}. Del filen opp, eller fjern tomme eller overflødige rader og kolonner.',
    name: {
      maxFileBytes: 'filstørrelse',
      maxRows: 'antall rader',
      maxColumns: 'antall kolonner',
      maxCells: 'antall celler',
      maxInflatedBytes: 'utpakket størrelse av regnearket',
      maxJsonDepth: 'JSON-dybde',
    },
    unit: {
      maxFileBytes: 'byte',
      maxRows: 'rader',
      maxColumns: 'kolonner',
      maxCells: 'celler',
      maxInflatedBytes: 'byte',
      maxJsonDepth: 'nivåer',
    },
    csvColumns: 'rad {row} har {count} kolonner',
    csvRows: 'filen har flere (rad {row})',
    csvCells: 'filen har flere (til og med rad {row})',
    jsonRows: 'listen «{name}» har {count} rader',
    jsonKeys: 'listen «{name}» har flere ulike nøkler',
    jsonCells: 'listen «{name}» gir {columns} × {rows} celler',
    jsonDepth: 'lister og objekter ligger dypere inni hverandre enn det',
    xlsxPart: 'delen «{part}» pakkes ut til mer enn det',
    xlsxStrings: 'listen over delte tekster er lengre enn det',
    xlsxSheet: 'arket «{sheet}» {what}',
    xlsxRows: 'har flere rader med innhold (rad {row})',
    xlsxCells: 'gir flere celler (til og med rad {row})',
    xlsxColumns: 'har en verdi i celle {cell} (kolonne {column})',
  },
  cli: {
    kindMissing: 'Filen har ingen av kolonnene til typen «{wanted}» (--kind).',
    kindMismatch: 'Filen er av typen «{actual}», ikke «{wanted}» (--kind).',
    fileUnreadable: 'Kunne ikke lese filen «{file}».',
    fileUnreadableBecause: 'Kunne ikke lese filen «{file}»: {reason}.',
    notFound: 'den finnes ikke',
    isDirectory: 'det er en mappe',
    noAccess: 'ingen tilgang',
    internalError:
      'Veikart klarte ikke å lese «{file}» ({detail}). Dette er en feil i Veikart; filen er ikke endret.',
  },
}
