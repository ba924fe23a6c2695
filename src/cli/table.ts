// Readable tables on a terminal: columns aligned, the flexible ones shrunk (with "…") until the
// table fits the terminal's width; piped output is never cut.

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be shrunk to fit; fixed columns keep their natural width. */
  flex?: boolean;
  /** Narrowest a flexible column may get. */
  min?: number;
}

const GAP = '  ';

export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : Infinity;
}

function clip(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - [...s].length));
  return align === 'right' ? fill + s : s + fill;
}

/** Column widths that fit `total`: natural widths, then flexible columns cut, widest first. */
export function fitWidths(columns: Column[], natural: number[], total: number): number[] {
  const widths = [...natural];
  const budget = total - GAP.length * (columns.length - 1);
  let over = widths.reduce((a, b) => a + b, 0) - budget;
  while (over > 0) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (c.flex && widths[i] > (c.min ?? 8) && (widest < 0 || widths[i] > widths[widest])) widest = i;
    });
    if (widest < 0) break;
    widths[widest]--;
    over--;
  }
  return widths;
}

export function renderTable(columns: Column[], rows: string[][], width = terminalWidth()): string {
  const cells = rows.map((r) => r.map((c) => (c ?? '').replace(/\s+/g, ' ').trim()));
  const natural = columns.map((c, i) => Math.max([...c.header].length, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const widths = fitWidths(columns, natural, width);
  const line = (r: string[]) =>
    columns
      .map((c, i) => pad(clip(r[i] ?? '', widths[i]), widths[i], c.align ?? 'left'))
      .join(GAP)
      .replace(/\s+$/, '');
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
