import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { describeDatabase } from '../../config/database-url.js';
import { startServer } from '../../main.js';
import { globalFlags } from '../global-flags.js';

/** `dossier serve`: run the web server, seeding demo content into an empty database. */
export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('run the web site (seeds demo content into an empty database unless --no-demo)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default localhost)')
    .option('--no-demo', 'never seed demo content')
    .option('--no-worker', 'do not run background jobs in this process (run `dossier jobs work` elsewhere)')
    .action(async (options: { port?: string; host?: string; demo: boolean; worker: boolean }, command: Command) => {
      const config = loadConfig(process.env, { ...globalFlags(command), port: options.port, host: options.host });
      const server = await startServer(config, { demo: options.demo, worker: options.worker });
      const note = server.seeded ? ' — demo content added' : '';
      process.stdout.write(`Dossier is running at ${server.url} (${describeDatabase(config.database)}${note}). Press Ctrl+C to stop.\n`);
      const stop = () => {
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
