const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet opening a CSV must not run a cell as a formula: a leading apostrophe keeps it text. */
export const neutraliseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
