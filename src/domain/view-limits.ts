/**
 * The sizes the views are built and measured for (`npm run bench -- --only views`: first render
 * and each keystroke at 100 000 items). Larger datasets are stored and shown, but the views say
 * they may be slow, and suggest filtering, instead of freezing without a word.
 */
export const VIEW_ITEM_LIMIT = 100_000

/**
 * A year plan of more items than this lists at most `YEAR_PLAN_CELL_ITEMS` per cell, with the
 * number left out and a link to them in the item list: 90 000 titles in one table took the page
 * ten seconds to lay out, and no one reads them there.
 */
export const YEAR_PLAN_FULL_LIMIT = 2000
export const YEAR_PLAN_CELL_ITEMS = 20

/**
 * Rows a chart's table alternative shows at once; beyond it the table says how many more there
 * are and shows them a page at a time (the timeline's table had every lane and bar in the page).
 */
export const TABLE_ROW_LIMIT = 500

/** The cell's items as shown: all of them in a plan within the limit, else the first few. */
export function shownInCell<T>(cell: readonly T[], planItems: number): { shown: readonly T[]; more: number } {
  if (planItems <= YEAR_PLAN_FULL_LIMIT || cell.length <= YEAR_PLAN_CELL_ITEMS)
    return { shown: cell, more: 0 }
  return { shown: cell.slice(0, YEAR_PLAN_CELL_ITEMS), more: cell.length - YEAR_PLAN_CELL_ITEMS }
}
