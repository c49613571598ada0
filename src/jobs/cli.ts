import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { SchemaError } from '../db/migrate';
import { ActorType, Controller, Ingestion, IngestionStatus } from '../entities';
import { loadSeeds, SeedErrors } from '../seed';
import { readVersion, StoredFact } from '../store/read-version';
import { TermIndex } from '../store/terms';
import { UserErrors } from '../store/user-errors';
import { IngestionService } from './ingestion-service';

const USAGE = `Usage: npm run ingest -- <file> [--media-type <type>] [--controller <slug>] [--source-url <url>]
  Reads a privacy policy (.txt, .md, .html, .pdf) into a draft version and prints its facts.
  --controller names an existing controller when the file is a new version of its policy.`;

class UsageError extends Error {
  override name = 'UsageError';
}

const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.txt': 'text/plain',
};

function readArguments() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { 'media-type': { type: 'string' }, controller: { type: 'string' }, 'source-url': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('Name one file to read.');
  const [file] = positionals;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const mediaType = values['media-type'] ?? BY_EXTENSION[extname(file).toLowerCase()] ?? null;
  return { bytes, mediaType, controller: values.controller ?? null, sourceUrl: values['source-url'] ?? null };
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** One line of the facts table: kind, key, value, confidence, first quote and its offsets. */
function row(fact: StoredFact): string[] {
  const { evidence, ...value } = fact.value as { evidence: { quote: string; start?: number; end?: number }[] };
  const quotes = evidence ?? [];
  const first = quotes[0];
  const quote = first ? `"${clip(first.quote.replace(/\s+/g, ' '), 60)}" [${first.start}-${first.end}]` : '';
  const more = quotes.length > 1 ? ` +${quotes.length - 1}` : '';
  const confidence = fact.row.confidence === null ? '-' : fact.row.confidence.toFixed(2);
  return [fact.row.kind, clip(fact.row.key, 40), clip(JSON.stringify(value), 50), confidence, quote + more];
}

function printTable(rows: string[][]): void {
  const header = ['KIND', 'KEY', 'VALUE', 'CONF', 'EVIDENCE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const cells of [header, ...rows])
    console.log(cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  '));
}

/** `npm run ingest -- <file>`: submits a file as the CLI, runs a worker in this process until it is read, prints it. */
async function main(): Promise<void> {
  const submission = readArguments();
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  const service = new IngestionService(dataSource, { ...config.ingest, concurrency: 1 }, pino({ level: 'silent' }));
  try {
    await loadSeeds(dataSource);
    const actor = { type: ActorType.CLI, id: null, name: 'npm run ingest', role: null, requestId: null };
    const submitted = await service.submit(actor, { ...submission, content: submission.bytes });
    console.log(`Submitted ${submission.bytes.length} bytes as ${submitted.mediaType}: ingestion ${submitted.nodeId}`);
    await service.start();
    let ingestion: Ingestion;
    for (;;) {
      ingestion = await dataSource.manager.findOneByOrFail(Ingestion, { key: submitted.key });
      if (ingestion.status === IngestionStatus.DONE || ingestion.status === IngestionStatus.FAILED) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const warning of ingestion.warnings) console.log(`warning: ${warning}`);
    if (ingestion.status === IngestionStatus.FAILED) {
      console.error(`FAILED (${ingestion.errorCode}): ${ingestion.error}`);
      process.exitCode = 2;
      return;
    }
    const version = await dataSource.manager.findOneByOrFail(Controller, {
      slug: ingestion.draftSlug!,
      version: ingestion.draftVersion!,
    });
    const stored = (await readVersion(dataSource.manager, await TermIndex.load(dataSource.manager), version.id))!;
    printTable(stored.facts.map(row));
    console.log(
      `\nDraft ${version.slug} version ${version.version}: ${stored.facts.length} facts PROPOSED for review (explorer: /curate/drafts/${version.slug}/${version.version}).`,
    );
  } finally {
    await service.stop();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof UserErrors) console.error(error.errors.map((e) => e.message).join('\n'));
  else if (error instanceof ConfigError || error instanceof SchemaError || error instanceof SeedErrors)
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
