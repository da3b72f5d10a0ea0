const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter used most often outside quotes in the first line (spreadsheets in many locales export with `;`). */
function detectDelimiter(csv: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of csv) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && DELIMITERS.includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** RFC 4180 rows: quoted fields may hold delimiters, line breaks and doubled quotes. */
export function parseCsv(csv: string, delimiter = detectDelimiter(csv)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i] as string;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((cells) => cells.map((cell) => cell.trim())).filter((cells) => cells.some((cell) => cell !== ''));
}

/**
 * A table as sentences a reader (and the search index) can use on their own: each row becomes one paragraph of
 * "column: value" pairs, so a passage cut from the middle of the file still says what every value means.
 */
export function csvToText(csv: string): string {
  const [header = [], ...rows] = parseCsv(csv);
  const names = (index: number) => header[index] || `Column ${index + 1}`;
  const lines = rows.map((cells) =>
    cells
      .map((value, index) => (value ? `${names(index)}: ${value}` : ''))
      .filter(Boolean)
      .join('; '),
  );
  const columns = header.filter(Boolean);
  const intro = columns.length > 0 ? [`Columns: ${columns.join(', ')}`] : [];
  return [...intro, ...lines].join('\n\n');
}
