#!/usr/bin/env node
/** The `regc` command: parses flags and calls the library; exit 0 success, 1 errors in the input, 2 usage.
 * Each command's module is imported when the command runs, so start-up loads only what that command needs. */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';

const program = new Command('regc')
  .description('regc — compiles regulations into a knowledge graph of norms and alignment data for LLMs')
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError();

program
  .command('compile')
  .description('compile regulations into the knowledge graph and every output')
  .option('--regulations <dir>', 'regulation documents (.md, .txt, ODRL .ttl/.jsonld)', 'regulations')
  .option('--ontologies <dir>', 'vocabulary, shapes, authority levels, domain concepts', 'ontologies')
  .option('--out <dir>', 'output directory', 'compiled')
  .option('--strict', 'unresolved conflicts are errors', false)
  .option('--bearer <name>', 'bearer of imperatives and passive rules where front matter names none')
  .option('--order <principles>', 'precedence order, comma-separated (explicit,lex-superior,lex-specialis,lex-posterior,odrl-strategy)')
  .option('--json', 'print diagnostics and a summary as JSON', false)
  .addOption(new Option('--dump <stage>', 'print an intermediate representation as JSON instead of writing outputs').choices(['documents', 'norms', 'graph', 'conflicts']))
  .action(async (o) => setExit(await (await import('./compile.js')).compileAction(o)));

program
  .command('query')
  .description('run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the compiled graph')
  .argument('<sparql>', 'the query, or @FILE to read it from a file')
  .option('--graph <dir>', 'compiled output directory', 'compiled')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
  .action(async (q, o) => setExit(await (await import('./query.js')).queryAction(q, o)));

program
  .command('explain')
  .description('from a norm, clause or record id back to its clause, file:line:column and text')
  .argument('<id>', 'an IRI, prefixed name (id:…), clause id (doc/section/ordinal) or record id')
  .option('--graph <dir>', 'compiled output directory', 'compiled')
  .option('--json', 'print JSON', false)
  .action(async (id, o) => setExit(await (await import('./explain.js')).explainAction(id, o)));

program
  .command('evaluate')
  .description('the deontic status of a situation (obligatory, permitted, prohibited, not regulated, needs more information)')
  .argument('<situation>', 'a situation JSON file')
  .option('--graph <dir>', 'compiled output directory', 'compiled')
  .option('--json', 'print JSON', false)
  .action(async (f, o) => setExit(await (await import('./evaluate.js')).evaluateAction(f, o)));

program
  .command('audit')
  .description('run the compiled audit suite against a model on an OpenAI-compatible endpoint; report by rule')
  .requiredOption('--endpoint <url>', 'base URL of an OpenAI-compatible API (the key comes from OPENAI_API_KEY)')
  .requiredOption('--model <name>', 'the model under audit')
  .option('--baseline-model <name>', 'the unaligned model to compare with, on the same endpoint')
  .option('--judge-model <name>', 'a model that grades replies with the case rubrics where checks cannot decide')
  .option('--concurrency <n>', 'requests in flight at once', '4')
  .option('--timeout <ms>', 'timeout per request attempt, milliseconds')
  .option('--retries <n>', 'retries of a failed request, with exponential backoff')
  .option('--run <name>', 'name of the run directory (default: derived from models, endpoint and suite)')
  .option('--system <file>', 'a system prompt put before every case')
  .option('--api-key-env <var>', 'environment variable holding the API key', 'OPENAI_API_KEY')
  .option('--fail-under <rate>', 'exit 1 when the pass rate (0-1) is below this')
  .option('--graph <dir>', 'compiled output directory', 'compiled')
  .option('--json', 'print the summary as one JSON object', false)
  .option('--no-progress', 'no progress bar')
  .action(async (o) => setExit(await (await import('./audit.js')).auditAction(o)));

function setExit(code: number): void {
  process.exitCode = code;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`regc: internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  }
}
