export { csvDocument, csvText, csvValue } from "./write";
export { parseCsv, readCsvDocument, unguard } from "./read";
