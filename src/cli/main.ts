import { buildProgram } from './program.js';
import { failAndExit } from './fail.js';

buildProgram().parseAsync(process.argv).catch(failAndExit);
