/** Types of scripts/chromium.mjs. */
export declare const CHROMIUM: string
export declare const CHROMIUM_ARGS: string[]
