/** Renders a GitHub-flavoured Markdown table; `|` inside a cell is escaped. */
export function renderTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map((row) => line(row)),
  ].join('\n');
}

/**
 * Replaces the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * in `document` with `content`, or appends the marked section when the
 * markers are missing, so that a run rewrites only its own section.
 */
export function replaceSection(
  document: string,
  name: string,
  content: string,
): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const section = `${open}\n${content.trim()}\n${close}`;
  const start = document.indexOf(open);
  const end = document.indexOf(close);
  if (start === -1 || end === -1 || end < start) {
    return `${document.trimEnd()}\n\n${section}\n`;
  }
  return (
    document.slice(0, start) + section + document.slice(end + close.length)
  );
}

/** Formats a number with `digits` decimals, or an en dash for a missing figure. */
export function formatNumber(
  value: number | null | undefined,
  digits = 1,
): string {
  if (value == null || !Number.isFinite(value)) {
    return '–';
  }
  return value.toFixed(digits);
}
