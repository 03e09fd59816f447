export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    /** 1-based, as a spreadsheet numbers lines. */
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a quoted field may hold commas,
 * line breaks and doubled quotes. A leading byte order mark is skipped; a trailing blank line is not a
 * record. At most `maxRecords` records (an error past that, not a silent cut).
 */
export function parseCsv(text: string, maxRecords: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let quoteLine = 1;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    // A blank line (one empty field) is skipped.
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    if (records.length > maxRecords) throw new CsvSyntaxError(`At most ${maxRecords - 1} rows per import`, line);
    record = [];
    field = '';
  };
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      afterQuote = false;
      line++;
    } else if (char === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (afterQuote) {
      throw new CsvSyntaxError('Text after a closing quote: a quote inside a quoted field is written twice ("")', line);
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError('A quoted field is never closed', quoteLine);
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
