/** What an import issue says, in English: `issues.<key>` of the catalog (see issues-nb.ts). */
import type { issuesNb } from './issues-nb'

export const issuesEn: typeof issuesNb = {
  period: {
    yearOutOfRange: 'The year in "{text}" is outside {min}–{max}.',
    dateInvalid: 'The date "{text}" does not exist.',
    monthInvalid: 'The month in "{text}" does not exist.',
    quarterInvalid: 'The quarter in "{text}" must be 1–4.',
    halfInvalid: 'The half-year in "{text}" must be 1 or 2.',
    unreadable:
      'Could not read the period "{text}". Expected e.g. "2023 - 2025", "2024 →", "Q3 2025" or "01.07.2026".',
    dateUnreadable:
      'Could not read the date "{text}". Expected e.g. "01.07.2026", "2026-07-01", "juli 2026" or "2026".',
  },
  bundle: {
    invalid: 'Invalid Veikart bundle at {path}: {reason}',
    invalidAt: 'Invalid Veikart bundle at {path}: ',
    formatExpected: 'expected "{format}".',
    versionUnsupported: 'version {version} is not supported (only {supported}).',
    versionsUnsupported: 'version {version} is not supported (only {supported} and {last}).',
    noDatasets: 'no datasets.',
    datasetMissing: 'dataset missing.',
    listExpected: 'expected a list.',
    fieldsInvalid: 'fields are missing or of the wrong type.',
    idTwice: 'the id "{id}" appears twice.',
    extraDatasets: 'The bundle has {count} datasets; only "{title}" is imported.',
    portfolioUnsupported:
      'A JSON bundle with portfolio data cannot be read yet. Export the portfolio dataset as CSV or XLSX and import that file.',
  },
  flag: {
    noActivity: 'The row states no activity; it is named after its service (or "Ingen aktivitet oppgitt").',
    placeholderText: 'The text is a placeholder (e.g. "kommer tilbake").',
    uncertain: 'The source marks uncertainty with "?".',
    noPeriod: 'No period or date given.',
    endBeforeStart: 'The end lies before the start.',
    noPhase: 'No roadmap phase given.',
  },
  table: {
    unknownColumn: 'Unknown column "{header}" is kept as an extra field.',
    formatUnknown:
      'Found no known format\'s columns in "{name}". Expected e.g. a roadmap export ("Leveransenavn i veikartet", "Veikartfase", "Startdato", "Strategisk delmål") or a measures table ("Mål", "Målsetting", "Hvem", "Tjeneste", "Hva skal skje i 2024?", "Totalperiode").',
    unknownSkipped: '"{name}" has no known format\'s columns and was skipped.',
    oneItemTable: '"{name}" was skipped: an import reads one table of measures or deliverables.',
    portfolioOnly: '"{name}" was skipped: a portfolio import reads only portfolio tables.',
    noRows: '"{names}" has headers but no rows of data.',
    extraCells:
      'The row has values with no column header (column {letters}); they are kept as extra fields {names}.',
  },
  veikart: {
    titleMissing: 'The deliverable has no name.',
    goalMissing: 'No strategic sub-goal (e.g. "2D - …"), so the goal is unknown.',
    goalUnknown: 'Unknown goal in "{text}". Expected a code such as "2D - …" whose digit (1–5) is the goal.',
    duplicateId: 'Deliverable ID {id} also appears on row {row}.',
    phaseUnknown: 'Unknown roadmap phase "{text}"; the row is kept without a phase.',
    statusUnknown: 'Unknown planning status "{text}". Expected "Planlagt" or "Tentativ".',
    whitespaceTrimmed: 'Spaces before or after the text were removed.',
  },
  tiltak: {
    periodWithoutActivity: 'The row has a period but no actor, service or activity.',
  },
  strategy: {
    goalMissing: 'Goal (1–5) is missing.',
    goalUnknown: 'Unknown goal "{text}". Expected 1–5, "Mål 1" or the goal\'s title.',
    titleMissing: 'Name/title is missing.',
    codeTwice: 'Code {code} also appears on row {row}.',
    numberUnreadable: 'Could not read the number "{text}". Expected e.g. "1 234,5".',
    indicatorUnknown: 'Unknown indicator "{text}"; it must be in the indicators table.',
    valueMissing: 'The value is missing.',
    goalNumberUnknown: 'Unknown goal number "{text}". Expected 1–5.',
    goalTitleMissing: 'The goal has no title.',
    goalTwice: 'Goal {goal} appears more than once.',
  },
  portfolio: {
    valueMissing: '"{column}" is missing.',
    statusUnknown: 'Unknown status "{text}". Expected rød, gul or grønn (red, yellow, green).',
    criticalityUnknown: 'Unknown criticality "{text}". Expected Lav, Middels or Høy (low, medium, high).',
    yearUnreadable: '"{text}" is not a year.',
    goalsUnknown: 'Unknown goal in "{text}". Expected 1–5 or "Mål 1", separated by commas.',
    rowIncomplete: 'The row is incomplete in the source (missing {missing}); it is kept and flagged.',
    amountUnreadable:
      'Could not read the amount "{text}". Expected e.g. "9,5", "-2" or "(14)*" (covered internally).',
    yesNoUnreadable: '"{text}" is neither yes nor no.',
    decisionKindUnknown: 'Unknown type "{text}". Expected "Vedtak" or "Forslag til vedtak".',
  },
  read: {
    invalidByte:
      'The file is read as UTF-8, but {count} byte sequence is invalid and shown as "\uFFFD"{where}. Check the text there.',
    invalidBytes:
      'The file is read as UTF-8, but {count} byte sequences are invalid and shown as "\uFFFD"{where}. Check the text there.',
    invalidBytesRows: ' (row {rows})',
    looksLikeUtf8:
      'The file is read as Windows-1252, but parts of it look like UTF-8. Save it as UTF-8 and import it again if æ, ø and å look wrong.',
    spreadsheetUnreadable: 'Could not read the spreadsheet "{file}": {detail}',
    unclosedQuote:
      'A quote (") is opened but never closed; the rest of the file reads as one field, and the row is not stored.',
    csvError: 'CSV error: {detail}. The row is not stored.',
    jsonRowNotObject: '{name}[{index}] is not an object with column names.',
    jsonInvalid: '"{file}" is not valid JSON: {detail}',
    jsonNothing: '"{file}" holds neither a Veikart bundle nor a list of rows.',
  },
  limit: {
    exceeded:
      '"{file}" is over the limit for the {limit}: Veikart reads at most {max} {unit}. Split the file, or remove empty or surplus rows and columns.',
    exceededWhere:
      '"{file}" is over the limit for the {limit}: Veikart reads at most {max} {unit}, but {where}. Split the file, or remove empty or surplus rows and columns.',
    name: {
      maxFileBytes: 'file size',
      maxRows: 'number of rows',
      maxColumns: 'number of columns',
      maxCells: 'number of cells',
      maxInflatedBytes: 'unpacked size of the workbook',
      maxJsonDepth: 'JSON depth',
    },
    unit: {
      maxFileBytes: 'bytes',
      maxRows: 'rows',
      maxColumns: 'columns',
      maxCells: 'cells',
      maxInflatedBytes: 'bytes',
      maxJsonDepth: 'levels',
    },
    csvColumns: 'row {row} has {count} columns',
    csvRows: 'the file has more (row {row})',
    csvCells: 'the file has more (up to row {row})',
    jsonRows: 'the list "{name}" has {count} rows',
    jsonKeys: 'the list "{name}" has more distinct keys',
    jsonCells: 'the list "{name}" gives {columns} × {rows} cells',
    jsonDepth: 'lists and objects nest deeper than that',
    xlsxPart: 'the part "{part}" unpacks to more than that',
    xlsxStrings: 'its list of shared strings is longer than that',
    xlsxSheet: 'the sheet "{sheet}" {what}',
    xlsxRows: 'has more rows with content (row {row})',
    xlsxCells: 'gives more cells (up to row {row})',
    xlsxColumns: 'has a value in cell {cell} (column {column})',
  },
  cli: {
    kindMissing: 'The file has none of the columns of kind "{wanted}" (--kind).',
    kindMismatch: 'The file is of kind "{actual}", not "{wanted}" (--kind).',
    fileUnreadable: 'Could not read the file "{file}".',
    fileUnreadableBecause: 'Could not read the file "{file}": {reason}.',
    notFound: 'it does not exist',
    isDirectory: 'it is a directory',
    noAccess: 'permission denied',
    internalError:
      'Veikart failed to read "{file}" ({detail}). This is a bug in Veikart; the file is unchanged.',
  },
}
