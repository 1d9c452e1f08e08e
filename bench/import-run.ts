// npm run bench:import: every importer (WordPress, Ghost, Dossier JSON, Markdown) on generated
// exports at two sizes, on SQLite and PostgreSQL: posts/s and peak memory, a table and a JSON
// file in bench/results/. Figures, not pass/fail. BENCH_IMPORT_POSTS, BENCH_IMPORT_KINDS,
// BENCH_IMPORT_ENGINES and BENCH_IMPORT_RUNS (median of; default 3) narrow it.
import { cpus } from 'node:os';
import { benchImport, IMPORT_KINDS, type ImportFigure, type ImportKind } from './import.js';
import { saveResults } from './measure.js';

const sizes = (process.env['BENCH_IMPORT_POSTS'] ?? '2000,10000').split(',').map(Number).filter((n) => n > 0);
const kinds = (process.env['BENCH_IMPORT_KINDS'] ?? IMPORT_KINDS.join(',')).split(',').filter((k): k is ImportKind => (IMPORT_KINDS as readonly string[]).includes(k));
const engines = (process.env['BENCH_IMPORT_ENGINES'] ?? 'sqlite,postgres').split(',').filter((e): e is 'sqlite' | 'postgres' => e === 'sqlite' || e === 'postgres');
const runs = Number(process.env['BENCH_IMPORT_RUNS'] ?? 3);
process.env['BENCH_IMPORT_BUILT'] ??= '1';

const row = (f: ImportFigure) =>
  `${f.kind.padEnd(10)} ${f.engine.padEnd(9)} ${String(f.posts).padStart(7)} ${f.mb.toFixed(1).padStart(7)} ${f.seconds.toFixed(2).padStart(8)} ${f.perSecond.toFixed(0).padStart(8)} ${f.cpuMsPerPost.toFixed(2).padStart(9)} ${f.maxRssMb.toFixed(0).padStart(8)}`;
console.log(`Imports of generated exports (6 paragraphs, 3 notes, 1–2 tags a post; 2 threaded comments where the format has them); median of ${runs}; CPU ms/post counts every thread`);
console.log(`${'importer'.padEnd(10)} ${'engine'.padEnd(9)} ${'posts'.padStart(7)} ${'MB'.padStart(7)} ${'seconds'.padStart(8)} ${'posts/s'.padStart(8)} ${'CPU ms/post'.padStart(9)} ${'peak MB'.padStart(8)}`);
const figures = await benchImport(sizes, { kinds, engines, runs, onFigure: (f) => console.log(row(f)) });
const file = saveResults('import', { date: new Date().toISOString(), node: process.version, cpus: cpus().length, runs, figures });
console.log(`\nSaved ${file}`);
