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
