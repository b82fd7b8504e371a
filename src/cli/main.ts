/**
 * The `ottok` command (bin/ottok.mjs runs the build of this file, bin/dist/ottok.js). Figures go to stdout,
 * progress and problems to stderr; exit code 0 = done, 1 = the input could not be analysed, 2 = bad usage.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { en } from '../i18n/en';
import { describeError } from '../state/messages';
import { snapshotToJson } from '../share/snapshot-codec';
import { parseCli, USAGE, UsageError } from './args';
import { analyse, ProblemError, withEngine } from './analyse';
import { InputError } from './inputs';
import { reportText, summarise } from './report';
import { writeCustomerTable } from './tables';

/** An app message (`problem.*`, `error.*`) with its parameters filled in. */
function appMessage(key: string, params: Record<string, string | number>): string {
  const text = (en as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const progress = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
  let options;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
    const message = (error as Error).message;
    process.stderr.write(`${message ? `${message}\n\n` : ''}${USAGE}\n`);
    return message ? 2 : 0;
  }
  const cli = options;
  try {
    await withEngine(cli, async (engine, workDir) => {
      const analysis = await analyse(cli, engine, workDir, progress);
      const summary = summarise(analysis);
      const currency = cli.currency ?? analysis.formats.currency ?? '';
      process.stdout.write(cli.json ? `${JSON.stringify(summary, null, 2)}\n` : `${reportText(summary, currency)}\n`);
      const out = cli.out ?? `${path.basename(cli.files[0]).replace(/\.[^.]+$/, '')}.ottok.json`;
      await writeFile(out, snapshotToJson(analysis.snapshot));
      progress(`snapshot written to ${out}: drop it onto Ottok, or open ?snapshot=<its URL>`);
      if (cli.tables) {
        progress('per-customer table and customer-value model');
        const tables = await writeCustomerTable(engine, cli.tables, { asOf: analysis.scope.asOf, thresholds: analysis.scope.thresholds, margin: cli.margin });
        if (tables.modelProblem) progress(`the customer-value model could not be fitted (${tables.modelProblem}): its columns are empty`);
        progress(`${tables.customers} customers written to ${tables.file}`);
      }
    });
    progress('done');
    return 0;
  } catch (error) {
    if (error instanceof ProblemError) process.stderr.write(`${appMessage(`problem.${error.problem.code}`, error.problem.params)}\n`);
    else if (error instanceof InputError) process.stderr.write(`${error.message}\n`);
    else {
      const message = describeError(error);
      process.stderr.write(`${appMessage(message.key, message.params)}\n`);
    }
    return 1;
  }
}
