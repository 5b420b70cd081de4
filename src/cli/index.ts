import { Command } from 'commander';
import { AppError } from '../platform/errors.ts';
import { VERSION } from '../platform/version.ts';
import { registerServe } from './serve.ts';
import { registerMigrate } from './migrate.ts';
import { registerToken, registerUser } from './user.ts';
import { registerWorker } from './worker.ts';
import { registerDemo } from './demo.ts';
import { registerReport } from './report.ts';
import { registerImport } from './import.ts';

const program = new Command('sapa').version(VERSION).description('Sapa contact center');
registerServe(program);
registerMigrate(program);
registerUser(program);
registerToken(program);
registerWorker(program);
registerDemo(program);
registerReport(program);
registerImport(program);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) {
    const details = error.details.map((d) => `\n  ${d.field ? `${d.field}: ` : ''}${d.message}`).join('');
    console.error(`sapa: ${error.message}${details}`);
  } else {
    console.error('sapa:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
