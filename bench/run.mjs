// `npm run bench`: builds the extension once, then runs every bench/*.bench.mjs in name order (or
// those whose names contain an argument: `npm run bench -- popup idle`), prints one table per
// benchmark and writes artifacts/bench/<name>.json. Benchmarks are not tests: a missed target is
// reported, not failed. A benchmark module exports `default async (ctx) => ({ title, method, rows })`,
// each row `{ metric, value, unit, target?, baseline?, note? }` (`target`: a string such as "< 150").
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildExtension } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
process.chdir(root);
const args = process.argv.slice(2);
const wanted = args.filter((arg) => !arg.startsWith('--'));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)));

function meets(value, target) {
  const match = /^\s*([<>]=?)\s*([\d.]+)/.exec(target ?? '');
  if (!match || typeof value !== 'number') return '';
  const limit = Number(match[2]);
  const ok = { '<': value < limit, '<=': value <= limit, '>': value > limit, '>=': value >= limit }[match[1]];
  return ok ? 'yes' : 'NO';
}

function printTable(title, rows) {
  const cells = rows.map((row) => [row.metric, `${row.value} ${row.unit ?? ''}`.trim(), row.target ?? '', meets(row.value, row.target), row.baseline ?? '', row.note ?? '']);
  const header = ['metric', 'value', 'target', 'met', 'baseline', 'note'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => String(c[i]).length))));
  const line = (values) => values.map((v, i) => String(v).padEnd(widths[i])).join(' | ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of cells) console.log(line(row));
}

if (files.length === 0) {
  console.log(`No benchmark matches ${wanted.join(', ')}.`);
  process.exit(1);
}
if (!args.includes('--no-build')) await buildExtension({ zip: false });
mkdirSync(join(root, 'artifacts', 'bench'), { recursive: true });
const summary = [];
for (const file of files) {
  const name = basename(file, '.bench.mjs');
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    const module = await import(pathToFileURL(join(here, file)).href);
    const result = await module.default({ root, log: (message) => console.log(`  ${message}`) });
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    printTable(`${result.title} (${seconds} s)`, result.rows);
    if (result.method) console.log(`Method: ${result.method}`);
    writeFileSync(join(root, 'artifacts', 'bench', `${name}.json`), `${JSON.stringify({ name, at: new Date().toISOString(), seconds, ...result }, null, 2)}\n`);
    summary.push({ name, missed: result.rows.filter((row) => meets(row.value, row.target) === 'NO').length });
  } catch (error) {
    console.error(`  ${name} failed:`, error);
    summary.push({ name, failed: true });
  }
}
console.log(`\nBenchmarks: ${summary.map((s) => `${s.name} ${s.failed ? 'FAILED' : s.missed ? `${s.missed} target(s) missed` : 'ok'}`).join(', ')}`);
process.exit(summary.some((s) => s.failed) ? 1 : 0);
