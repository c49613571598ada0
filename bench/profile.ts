import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cannon, createDatabase, f, load, options, QUERIES, startApi } from './bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The functions with the most self time in a V8 CPU profile, as `share  ms  function  file:line`. */
export function topSelfTime(file: string, count: number): string[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url
      ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, '')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'}  ${where}`;
    const delta = profile.timeDeltas[i] / 1000;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${f((100 * ms) / total, 1).padStart(5)} %  ${f(ms).padStart(6)} ms  ${key}`);
}

/**
 * `node dist/bench/profile.js --queries b [--duration 10] [--connections 16] [--controllers 10000] [--engines postgres]
 * [--keep name] [--top 30] [--cache]`: starts the API with `--cpu-prof` (response cache off, or on with `--cache`) over the benchmark database, loads it with
 * the first query named for `--duration` seconds, stops it and prints the functions with the most self time.
 */
async function main(): Promise<void> {
  const o = options();
  const at = process.argv.indexOf('--top');
  const top = at > 0 ? Number(process.argv[at + 1]) : 30;
  const query = QUERIES.find((q) => q.key === o.queries[0])!;
  const engine = o.engines[0];
  const database = await createDatabase(engine, o, o.controllers);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-profile-'));
  try {
    await load(database.url, o.controllers, o.keep !== null);
    const cache = process.argv.includes('--cache');
    const api = await startApi(database.url, cache, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    try {
      await cannon(api.url, query, Math.min(4, o.connections), 2);
      const run = await cannon(api.url, query, o.connections, o.duration);
      console.log(
        `(${query.key}) on ${engine}, cache ${cache ? 'on' : 'off'}: ${f(run.rps)} req/s, p99 ${f(run.p99)} ms, ${run.requests} requests`,
      );
    } finally {
      await api.stop();
    }
    const [file] = fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no CPU profile');
    const kept = path.join(os.tmpdir(), `policy-graph-${query.key}-${Date.now()}.cpuprofile`);
    fs.copyFileSync(path.join(dir, file), kept);
    console.log(`profile: ${kept} (warm-up included)\n${topSelfTime(kept, top).join('\n')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
