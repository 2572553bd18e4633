// Budgets judged per row, and the one table the bench prints.
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** Adds `budgetText` and `pass`: every budget of the row met, no failed request, nothing skipped. */
export function judge(row) {
  const { budget = {} } = row;
  const checks = [];
  if (budget.p95 !== undefined) checks.push([`p95 <= ${budget.p95} ms`, row.p95 <= budget.p95]);
  if (budget.ratio !== undefined) checks.push([`>= ${budget.ratio * 100}% of baseline req/s`, row.ratio >= budget.ratio]);
  if (budget.memoryMb !== undefined) checks.push([`< ${budget.memoryMb} MB`, row.peakMb < budget.memoryMb]);
  const failed = (row.errors ?? 0) > 0 || Boolean(row.skipped);
  return { ...row, budgetText: checks.map(([text]) => text).join(', ') || '-', pass: !failed && checks.every(([, ok]) => ok) };
}

/** `judged: false` (the smoke bench) shows the budgets without a verdict; failed requests still show. */
export function printTable(rows, { judged = true } = {}) {
  const header = ['endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'vs baseline', 'API RSS MB', 'budget', 'result'];
  const lines = rows.map((row) => [
    row.name, fixed(row.p50), fixed(row.p95), fixed(row.p99), fixed(row.rps), row.ratio === undefined ? '-' : `${fixed(row.ratio * 100, 0)}%`,
    fixed(row.peakMb, 0), row.budgetText,
    row.skipped ? `SKIPPED (${row.skipped})` : row.errors > 0 ? `FAIL (${row.errors} errors: ${JSON.stringify(row.statuses)})` : !judged ? 'not judged' : row.budgetText === '-' ? '-' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => `| ${cells.map((cell, column) => (column === 0 || column >= 7 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  process.stdout.write(`${[format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n')}\n`);
}
