const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** One segment of a source map's `mappings`, its fields absolute (not relative to the previous). */
type Segment = [column: number] | [column: number, source: number, line: number, sourceColumn: number, name?: number];

function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a source map digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += BASE64[digit];
  } while (rest > 0);
  return text;
}

function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  let name = 0;
  return mappings.split(';').map((text) => {
    let column = 0;
    return (text ? text.split(',') : []).map((segment): Segment => {
      const [columnDelta = 0, sourceDelta, lineDelta = 0, sourceColumnDelta = 0, nameDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta === undefined) return [column];
      source += sourceDelta;
      line += lineDelta;
      sourceColumn += sourceColumnDelta;
      if (nameDelta === undefined) return [column, source, line, sourceColumn];
      name += nameDelta;
      return [column, source, line, sourceColumn, name];
    });
  });
}

function encodeMappings(lines: Segment[][]): string {
  const last = { source: 0, line: 0, sourceColumn: 0, name: 0 };
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map((segment) => {
          let text = encodeValue(segment[0] - column);
          column = segment[0];
          if (segment.length === 1) return text;
          const [, source, line, sourceColumn, name] = segment;
          text += encodeValue(source - last.source) + encodeValue(line - last.line);
          text += encodeValue(sourceColumn - last.sourceColumn);
          Object.assign(last, { source, line, sourceColumn });
          if (name !== undefined) {
            text += encodeValue(name - last.name);
            last.name = name;
          }
          return text;
        })
        .join(',');
    })
    .join(';');
}

interface SourceMapJson {
  sources: string[];
  mappings: string;
}

/**
 * Keeps the mappings into the sources `keep` accepts; the code of any other source becomes unmapped
 * (one column-only segment where each stretch of it starts, so that Node's lookup does not lend it
 * the position of the code before it). Node turns every segment of a source map into an array the
 * first time it maps a stack trace and holds them for the life of the process: for the server's
 * bundle, ~600,000 of them and ~60 MB, nine in ten for the dependencies' code.
 */
export function trimSourceMap<T extends SourceMapJson>(map: T, keep: (source: string) => boolean): T {
  const kept = map.sources.map(keep);
  // Before the first segment, code is unmapped already; an unmapped stretch goes on across lines.
  let unmapped = true;
  const lines = decodeMappings(map.mappings).map((segments) => {
    const out: Segment[] = [];
    for (const segment of segments) {
      const source = segment.length === 1 ? undefined : segment[1];
      if (source !== undefined && kept[source]) {
        out.push(segment);
        unmapped = false;
      } else if (!unmapped) {
        out.push([segment[0]]);
        unmapped = true;
      }
    }
    return out;
  });
  return { ...map, mappings: encodeMappings(lines) };
}
