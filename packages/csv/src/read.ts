/**
 * Reading back what `write.ts` writes, strictly: tests use it to prove an export says what it
 * means, field for field.
 */

/**
 * A strict RFC 4180 reader: records end in CRLF (the last one too), a quoted field may hold
 * anything with its quotes doubled, and an unquoted one holds no quote, CR or LF.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error("An unterminated quoted field");
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        value += '"';
        at++;
      }
    } else {
      const match = /^[^",\r\n]*/u.exec(text.slice(at));
      value = match?.[0] ?? "";
      at += value.length;
    }
    record.push(value);
    if (at === text.length) throw new Error("The last record has no CRLF");
    if (text[at] === ",") at++;
    else if (text.startsWith("\r\n", at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`Unexpected ${JSON.stringify(text[at])} after a field at ${at}`);
  }
  // A text ending in a comma leaves a record open.
  if (record.length > 0) throw new Error("The last record has no CRLF");
  return records;
}

/** Reads a document as a spreadsheet would get it: the BOM first, then RFC 4180. */
export function readCsvDocument(text: string): string[][] {
  if (!text.startsWith("\uFEFF")) throw new Error("The document has no byte order mark");
  return parseCsv(text.slice(1));
}

/** A text field as people wrote it: one leading `'` (the injection guard) dropped. */
export const unguard = (field: string) => (field.startsWith("'") ? field.slice(1) : field);

/**
 * Reads a file people made themselves (a spreadsheet's "save as CSV", a text editor): a byte
 * order mark or none, CRLF, LF or CR line ends, the last line ended or not, blank lines
 * skipped. Quoted fields follow RFC 4180. Throws with a line number when a quote is left open.
 */
export function readCsvUpload(text: string): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let line = 1;
  let at = 0;
  const endRecord = () => {
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
  };
  while (at <= body.length) {
    let value = "";
    if (body[at] === '"') {
      const opened = line;
      at++;
      for (;;) {
        const quote = body.indexOf('"', at);
        if (quote < 0) throw new Error(`A quote opened on line ${opened} is never closed.`);
        const part = body.slice(at, quote);
        value += part;
        line += part.split(/\r\n|\r|\n/u).length - 1;
        at = quote + 1;
        if (body[at] !== '"') break;
        value += '"';
        at++;
      }
      // Anything between a closing quote and the next comma or line end is kept, as spreadsheets do.
      const rest = /^[^,\r\n]*/u.exec(body.slice(at))?.[0] ?? "";
      value += rest;
      at += rest.length;
    } else {
      value = /^[^,\r\n]*/u.exec(body.slice(at))?.[0] ?? "";
      at += value.length;
    }
    record.push(value);
    if (at >= body.length) {
      endRecord();
      break;
    }
    if (body[at] === ",") {
      at++;
      continue;
    }
    at += body.startsWith("\r\n", at) ? 2 : 1;
    line++;
    endRecord();
  }
  return records;
}
