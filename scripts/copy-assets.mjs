#!/usr/bin/env node
// tsc compiles TypeScript only; copy the static assets views read at startup.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ASSET = /\.(css|svg|csl|xml)$/;
function copy(dir) {
  for (const name of readdirSync(dir)) {
    const from = join(dir, name);
    if (statSync(from).isDirectory()) copy(from);
    else if (ASSET.test(name)) cpSync(from, join('dist', from.slice('src/'.length)));
  }
}
copy('src');
