export { csvDocument, csvText, csvValue } from "./write";
export { parseCsv, readCsvDocument, readCsvUpload, unguard } from "./read";
