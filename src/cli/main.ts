import { buildProgram } from './program.js';
import { failAndExit } from './fail.js';

let finished = false;
// A command whose work stalls (a promise nothing will ever settle) would otherwise end in
// silence with status 0; say so and fail instead.
process.on('exit', (code) => {
  if (!finished && code === 0 && !process.argv.slice(2).some((a) => a === 'serve' || a === 'work')) {
    process.stderr.write('dossier: the command stopped before it finished (internal error). Run it again with DEBUG=1 and report it.\n');
    process.exitCode = 1;
  }
});

buildProgram()
  .parseAsync(process.argv)
  .then(() => {
    finished = true;
  })
  .catch(failAndExit);
