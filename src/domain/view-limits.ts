/**
 * The size the views are built and measured for (`npm run bench -- --only views`: first render
 * and each keystroke at 100 000 items). Larger datasets are stored and shown, but the views say
 * they may be slow, and suggest filtering, instead of freezing without a word.
 */
export const VIEW_ITEM_LIMIT = 100_000
