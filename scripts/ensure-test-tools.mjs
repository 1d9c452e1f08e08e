#!/usr/bin/env node
// `npm test` runs this first (pretest). The browser tests need Debian's Chromium and the Nu Html
// Checker needs Java; npm cannot install either. When one is missing we install it as root with
// apt-get, or stop with one line that says what to install, instead of failing test by test.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const chromium = process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM;

/** True when `path` is a file this process may execute. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const hasAptGet = () => spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

/** What is missing, as [what the tests need, the Debian package that provides it]. */
function missing() {
  const out = [];
  if (!isExecutable(chromium)) out.push(['Chromium', 'chromium']);
  if (!hasJava()) out.push(['Java', 'default-jre-headless']);
  return out;
}

/** Stops the run with one line on stderr. */
function stop(line) {
  console.error(`npm test: ${line}`);
  process.exit(1);
}

let needed = missing();
if (needed.length === 0) process.exit(0);

const names = needed.map(([name]) => name).join(' and ');
const packages = needed.map(([, pkg]) => pkg).join(' ');
if (chromium !== DEFAULT_CHROMIUM && !isExecutable(chromium)) {
  // Installing Debian's package would not put Chromium where CHROMIUM_PATH points.
  const java = hasJava() ? '' : '; Java is missing too (apt-get install default-jre-headless)';
  stop(`CHROMIUM_PATH=${chromium} is not an executable file: point it at Chromium, or unset it and install Debian's (apt-get install chromium)${java}.`);
}
const chromiumHint = needed.some(([name]) => name === 'Chromium') ? `, or set CHROMIUM_PATH to a Chromium executable` : '';
if (process.getuid?.() !== 0 || !hasAptGet()) {
  stop(`the tests need ${names}, which ${needed.length > 1 ? 'are' : 'is'} not installed: run "apt-get install ${packages}" as root${chromiumHint}.`);
}

console.log(`npm test: installing ${names} for the tests with apt-get (apt-get update; apt-get install -y ${packages}); this takes a minute or two.`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', ...packages.split(' ')]]) {
  // apt-get's output is shown only when it fails, to keep test runs readable.
  const result = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    stop(`apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}); install ${packages} by hand${chromiumHint}.`);
  }
}
needed = missing();
if (needed.length > 0) stop(`apt-get installed ${packages}, but ${needed.map(([name]) => name).join(' and ')} still cannot be found (Chromium at ${chromium}, java on PATH).`);
