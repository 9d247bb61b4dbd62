import { parseArgs } from 'node:util';
import { UserFacingError } from '../../shared/ipc/result';
import { normaliseLanguageTag } from '../../shared/language/normalise-language-tag';
import { resolveStoreDir } from '../profile/store-location';
import { userDataDir } from '../profile/user-data-dir';
import { CliError, type CliIo } from './cli-io';

const USAGE = `Usage: factmark <command> [options]

Commands:
  segment FILE [--lang CODE] import FILE as the app would and print its text, language and sentences as JSON;
                             --lang sets the language (a BCP 47 tag such as es or pt-BR) instead of the file's own or the detected one
  suggest FILE               rank FILE's sentences that look like claims, denials or evidence, as JSON
  import FILE [--store DIR]  add FILE to the store; prints the new article's id last
  list [--store DIR]         the store's articles as JSON
  search QUERY [--limit N] [--store DIR]
                             the N best hits (20 by default) for QUERY in every article's title and text and every
                             analyst's notes, claim records and sources, case- and accent-insensitive, as JSON
  agreement DOC_ID [--store DIR]  sentence-level agreement between the analysts' tags on DOC_ID, as JSON
  export DOC_ID --format html|pdf|md|csv|w3c|claimreview --out FILE [--store DIR]
                             write DOC_ID's annotated report, table or annotations to FILE; --tags claim,denial
                             and --analysts ID,ID narrow it (adjudicated: the reviewer's accepted annotations,
                             --reviewer ID says whose); claimreview takes --org NAME and --url-pattern URL
  annotations import DOC_ID FILE [--as ANALYST] [--store DIR]
                             add the W3C Web Annotations in FILE to DOC_ID, in each creator's layer (or ANALYST's)
  similar TEXT [--limit N] [--store DIR]  the claims and imported fact-checks most like TEXT, best first, with reasons, as JSON
  claimreview import FILE [--store DIR]   bring in the published fact-checks (ClaimReview) in FILE; prints imported and updated counts
  archive URL [--store DIR]               take an evidence snapshot of URL (http or https) into the store; prints it as JSON
  sync [--remote URL] [--store DIR]  sync the store with its git remote (--remote connects it), as JSON
  history DOC_ID [--annotation ID] [--store DIR]  who changed which field of DOC_ID's annotations, and when, as JSON

The store defaults to the app's (FACTMARK_STORE overrides it, --store overrides both).`;

// Each command's modules are imported when it runs, so `segment` never loads the store, the
// exporters' Chromium driver or the suggester's language model (start-up is most of a call).

/**
 * Runs one `factmark` command line. Returns the exit code: 0 on success, 1 when the command
 * failed (the reason is on stderr, naming the file), 2 for a usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        store: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        out: { type: 'string' },
        org: { type: 'string' },
        'url-pattern': { type: 'string' },
        tags: { type: 'string' },
        analysts: { type: 'string' },
        reviewer: { type: 'string' },
        as: { type: 'string' },
        lang: { type: 'string' },
        remote: { type: 'string' },
        annotation: { type: 'string' },
        limit: { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const storeDir = resolveStoreDir(values.store === undefined ? [] : ['--store', values.store], env, userDataDir());
    switch (command) {
      case 'segment': {
        const file = requireOne(rest, 'segment FILE [--lang CODE]');
        await (await import('./commands/segment-command')).segmentCommand(file, io, parseLang(values.lang));
        return 0;
      }
      case 'suggest': {
        const file = requireOne(rest, 'suggest FILE');
        await (await import('./commands/suggest-command')).suggestCommand(file, io);
        return 0;
      }
      case 'import': {
        const file = requireOne(rest, 'import FILE');
        await (await import('./commands/import-command')).importCommand(file, storeDir, io);
        return 0;
      }
      case 'list':
        requireNone(rest, 'list');
        await (await import('./commands/list-command')).listCommand(storeDir, io);
        return 0;
      case 'search': {
        const query = requireOne(rest, 'search QUERY [--limit N]');
        await (await import('./commands/search-command')).searchCommand(query, values.limit, storeDir, io);
        return 0;
      }
      case 'agreement': {
        const documentId = requireOne(rest, 'agreement DOC_ID');
        await (await import('./commands/agreement-command')).agreementCommand(documentId, storeDir, io);
        return 0;
      }
      case 'export': {
        const { format, out, org, tags, analysts, reviewer } = values;
        const documentId = requireOne(rest, 'export DOC_ID --format FORMAT --out FILE');
        const options = { format, out, org, urlPattern: values['url-pattern'], tags, analysts, reviewer };
        await (await import('./commands/export-command')).exportCommand(documentId, options, storeDir, io);
        return 0;
      }
      case 'annotations': {
        const [verb, documentId, file, ...extra] = rest;
        if (verb !== 'import' || documentId === undefined || file === undefined || extra.length > 0) {
          throw new CliError('usage: factmark annotations import DOC_ID FILE [--as ANALYST] [--store DIR]', 2);
        }
        await (await import('./commands/annotations-import-command')).annotationsImportCommand(documentId, file, values.as, storeDir, io);
        return 0;
      }
      case 'sync':
        requireNone(rest, 'sync [--remote URL] [--store DIR]');
        return await (await import('./commands/sync-command')).syncCommand(values.remote, storeDir, io, env);
      case 'history':
        await (
          await import('./commands/history-command')
        ).historyCommand(requireOne(rest, 'history DOC_ID [--annotation ID]'), values.annotation, storeDir, io);
        return 0;
      case 'similar': {
        const text = requireOne(rest, 'similar TEXT [--limit N]');
        await (await import('./commands/similar-command')).similarCommand(text, values.limit, storeDir, io);
        return 0;
      }
      case 'claimreview': {
        const file = requireOne(rest[0] === 'import' ? rest.slice(1) : [], 'claimreview import FILE');
        await (await import('./commands/claimreview-command')).claimReviewImportCommand(file, storeDir, io);
        return 0;
      }
      case 'archive':
        await (await import('./commands/archive-command')).archiveCommand(requireOne(rest, 'archive URL'), storeDir, io);
        return 0;
      default:
        throw new CliError(`unknown command "${command}".\n${USAGE}`, 2);
    }
  } catch (error) {
    return reportFailure(error, io);
  }
}

function requireOne(args: readonly string[], usage: string): string {
  if (args.length !== 1 || args[0] === undefined) throw new CliError(`usage: factmark ${usage}`, 2);
  return args[0];
}

/** The --lang value as a canonical BCP 47 tag; a usage error when it is not a language tag. */
function parseLang(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const lang = normaliseLanguageTag(raw);
  if (lang === undefined) throw new CliError(`--lang "${raw}" is not a language tag; give a BCP 47 code such as es, pt-BR or zh-Hant.`, 2);
  return lang;
}

function requireNone(args: readonly string[], usage: string): void {
  if (args.length > 0) throw new CliError(`usage: factmark ${usage}`, 2);
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.err(`factmark: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof UserFacingError) {
    io.err(`factmark: ${error.message}`);
    return 1;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    io.err(`factmark: ${error.message}\n${USAGE}`);
    return 2;
  }
  io.err(`factmark: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
