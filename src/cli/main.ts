import { buildProgram } from './program.js';
import { failAndExit } from './fail.js';

let finished = false;
// 'beforeExit' fires only when the event loop runs dry, never on process.exit(): a command
// whose work stalled (a promise nothing will settle) would otherwise end in silence with
// status 0, so say so and fail instead.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  process.stderr.write('dossier: the command stopped before it finished (internal error). Run it again with DEBUG=1 and report it.\n');
  process.exitCode = 1;
});

buildProgram()
  .parseAsync(process.argv)
  .then(() => {
    finished = true;
  })
  .catch(failAndExit);
