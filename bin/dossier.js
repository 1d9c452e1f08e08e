#!/usr/bin/env node
// The compiled CLI, bundled (scripts/bundle.mjs); `npm install` builds it (the `prepare` script).
import '../dist/bundle/main.js';
