import { spawn } from 'node:child_process';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import {
  announcedPort,
  BenchQuery,
  cannon,
  Child,
  cpuOf,
  createDatabase,
  f,
  load,
  machine,
  memoryOf,
  onCleanup,
  Options,
  post,
  postgresCpu,
  postgresReachable,
  QUERIES,
  settled,
  startApi,
  stop,
} from './bench';

// ---------------------------------------------------------------------------------------------------------------
// The same questions asked of PostGraphile v4, and what both answers must agree on

/**
 * The computed column PostGraphile needs for (c), as a PostGraphile user would write it: the published controllers
 * that engage a vendor, each once, in slug order (the API's `Processor.controllers`). PostGraphile pages it with
 * `first`. A plain SQL function, which PostgreSQL inlines into PostGraphile's statement.
 */
const PROCESSOR_CONTROLLERS = `CREATE OR REPLACE FUNCTION processor_controllers(p processor) RETURNS SETOF controller AS $$
  SELECT c.* FROM controller c
  WHERE c.status = 'PUBLISHED' AND c.id IN (SELECT e."controllerId" FROM processor_engagement e WHERE e."processorId" = p.id)
  ORDER BY c.slug
$$ LANGUAGE sql STABLE`;

const EVIDENCE = `evidencesByFactId(orderBy: [START_ASC, ID_ASC]) { nodes { quote start end policyDocumentByDocumentId { slug } } }`;

/** PostGraphile's version of each query of QUERIES, by key. */
const PEER_QUERIES: Record<string, BenchQuery> = {
  a: {
    key: 'a',
    title: '',
    operationName: 'Controller',
    variables: { slug: 'cluma' },
    query: `query Controller($slug: String!) { allControllers(condition: { slug: $slug, status: "PUBLISHED" }) { nodes {
  id slug name legalForm enterpriseNumber language website email phone addressStreet addressPostalcode addressCity addressCountry
  dposByControllerId { nodes { name email phone organization } }
  supervisoryAuthorityBySupervisoryAuthorityId { slug name acronym addressStreet addressPostalcode addressCity email website }
  legalBasisClaimsByControllerId { nodes { legalBasisId legalBasisByLegalBasisId { code article dpv } } }
  rightStatementsByControllerId(orderBy: ID_ASC) { nodes { dataSubjectRightByRightId { code name article dpv } ${EVIDENCE} } }
  dataCategoryDisclosuresByControllerId(orderBy: ID_ASC) { nodes { label dataCategoryByDataCategoryId { code name special dpv } ${EVIDENCE} } }
  processorEngagementsByControllerId(orderBy: ID_ASC) { nodes { processorByProcessorId { slug name } service ${EVIDENCE} } }
  purposesByControllerId(orderBy: ID_ASC) { nodes { name label purposeCategoryByPurposeCategoryId { code dpv }
    purposeLegalBasesByPurposeId(orderBy: LEGAL_BASIS_ID_ASC) { nodes { legalBasisId legalBasisByLegalBasisId { code article dpv } } }
    purposeDataCategoriesByPurposeId(orderBy: DATA_CATEGORY_ID_ASC) { nodes { dataCategoryByDataCategoryId { code } } }
    retentionDescription retentionDuration ${EVIDENCE} } }
  transfersOutsideEea automatedDecisionMaking minimumAge
  rightsRequestsByControllerId { nodes { channels responseTime identityProof } }
  policyDocumentByDocumentId { slug title language sha256 text }
} } }`,
  },
  b: {
    key: 'b',
    title: '',
    operationName: 'ControllerList',
    query: `query ControllerList { allControllers(first: 50, orderBy: SLUG_ASC, condition: { status: "PUBLISHED" }) { nodes {
  slug name dposByControllerId { nodes { name email } }
  rightStatementsByControllerId(orderBy: ID_ASC) { nodes { dataSubjectRightByRightId { code } } }
  processorEngagementsByControllerId(orderBy: ID_ASC) { nodes { processorByProcessorId { slug name } service } }
  dataCategoryDisclosuresByControllerId(orderBy: ID_ASC) { nodes { label dataCategoryByDataCategoryId { code } } }
  purposesByControllerId(orderBy: ID_ASC) { nodes { name purposeLegalBasesByPurposeId(orderBy: LEGAL_BASIS_ID_ASC) { nodes { legalBasisByLegalBasisId { code } } }
    retentionDuration } }
} } }`,
  },
  c: {
    key: 'c',
    title: '',
    operationName: 'ProcessorsWithControllers',
    query: `query ProcessorsWithControllers { allProcessors(first: 20, orderBy: SLUG_ASC) { nodes {
  slug name country controllers(first: 100) { nodes { slug name } } } } }`,
  },
};

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const nodes = (connection: Json): Json[] => connection?.nodes ?? [];
/** The legal bases of links (`legalBasisId`, `legalBasisByLegalBasisId`): each once, in the API's order (by id). */
const legalBases = (links: Json[]) =>
  [...new Map(links.map((l) => [l.legalBasisId, l.legalBasisByLegalBasisId])).entries()]
    .sort(([a], [b]) => a - b)
    .map(([, basis]) => basis);
const evidence = (fact: Json) =>
  nodes(fact.evidencesByFactId).map((e) => ({
    ...e,
    policyDocumentByDocumentId: undefined,
    document: e.policyDocumentByDocumentId,
  }));

/**
 * What an answer says, in one shape for both servers: the same facts (values, evidence, order of lists where the API
 * defines one). Sets whose order the API defines by a vocabulary (legal bases) are compared as sets.
 */
const FACTS: Record<string, { ours(data: Json): Json; theirs(data: Json): Json }> = {
  a: {
    ours: ({ controller: c }) => ({
      ...c,
      id: undefined,
    }),
    theirs: ({ allControllers }) => {
      const [c] = nodes(allControllers);
      const purposes = nodes(c.purposesByControllerId);
      const [request] = nodes(c.rightsRequestsByControllerId);
      const authority = c.supervisoryAuthorityBySupervisoryAuthorityId;
      return {
        slug: c.slug,
        name: c.name,
        legalForm: c.legalForm,
        enterpriseNumber: c.enterpriseNumber,
        language: c.language,
        website: c.website,
        email: c.email,
        phone: c.phone,
        address:
          (c.addressStreet ?? c.addressCity)
            ? {
                street: c.addressStreet,
                postalCode: c.addressPostalcode,
                city: c.addressCity,
                country: c.addressCountry,
              }
            : null,
        dpo: nodes(c.dposByControllerId)[0] ?? null,
        supervisoryAuthority: authority && {
          slug: authority.slug,
          name: authority.name,
          acronym: authority.acronym,
          address: {
            street: authority.addressStreet,
            postalCode: authority.addressPostalcode,
            city: authority.addressCity,
          },
          email: authority.email,
          website: authority.website,
        },
        legalBases: legalBases([
          ...nodes(c.legalBasisClaimsByControllerId),
          ...purposes.flatMap((p) => nodes(p.purposeLegalBasesByPurposeId)),
        ]),
        rights: nodes(c.rightStatementsByControllerId).map((r) => ({
          right: r.dataSubjectRightByRightId,
          evidence: evidence(r),
        })),
        dataCategories: nodes(c.dataCategoryDisclosuresByControllerId).map((d) => ({
          label: d.label,
          category: d.dataCategoryByDataCategoryId,
          evidence: evidence(d),
        })),
        processors: nodes(c.processorEngagementsByControllerId).map((e) => ({
          processor: e.processorByProcessorId,
          service: e.service,
          evidence: evidence(e),
        })),
        purposes: purposes.map((p) => ({
          name: p.name,
          label: p.label,
          category: p.purposeCategoryByPurposeCategoryId,
          legalBases: nodes(p.purposeLegalBasesByPurposeId).map((l) => ({ code: l.legalBasisByLegalBasisId.code })),
          dataCategories: nodes(p.purposeDataCategoriesByPurposeId).map((d) => d.dataCategoryByDataCategoryId),
          retention:
            (p.retentionDescription ?? p.retentionDuration)
              ? { description: p.retentionDescription, duration: p.retentionDuration }
              : null,
          evidence: evidence(p),
        })),
        transfersOutsideEEA: c.transfersOutsideEea,
        automatedDecisionMaking: c.automatedDecisionMaking,
        minimumAge: c.minimumAge,
        rightsRequest: request && {
          channel: (JSON.parse(request.channels) as string[])[0] ?? null,
          responseTime: request.responseTime,
          identityProof: request.identityProof,
        },
        document: c.policyDocumentByDocumentId,
      };
    },
  },
  b: {
    ours: ({ controllers }) =>
      controllers.nodes.map((c: Json) => ({
        ...c,
        purposes: c.purposes.map((p: Json) => ({
          name: p.name,
          legalBases: p.legalBases,
          duration: p.retention?.duration ?? null,
        })),
      })),
    theirs: ({ allControllers }) =>
      nodes(allControllers).map((c) => ({
        slug: c.slug,
        name: c.name,
        dpo: nodes(c.dposByControllerId)[0] ?? null,
        rights: nodes(c.rightStatementsByControllerId).map((r) => ({ right: r.dataSubjectRightByRightId })),
        processors: nodes(c.processorEngagementsByControllerId).map((e) => ({
          processor: e.processorByProcessorId,
          service: e.service,
        })),
        dataCategories: nodes(c.dataCategoryDisclosuresByControllerId).map((d) => ({
          label: d.label,
          category: d.dataCategoryByDataCategoryId,
        })),
        purposes: nodes(c.purposesByControllerId).map((p) => ({
          name: p.name,
          legalBases: nodes(p.purposeLegalBasesByPurposeId).map((l) => l.legalBasisByLegalBasisId),
          duration: p.retentionDuration ?? null,
        })),
      })),
  },
  c: {
    ours: ({ processors }) => processors.nodes,
    theirs: ({ allProcessors }) =>
      nodes(allProcessors).map((p) => ({
        slug: p.slug,
        name: p.name,
        country: p.country,
        controllers: nodes(p.controllers),
      })),
  },
};

/** The first place where two values differ, as a path, for the error of a failed comparison. */
function difference(a: Json, b: Json, at = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = difference(a[key], b[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at || '(root)'}: ours ${JSON.stringify(a)?.slice(0, 300)} / PostGraphile ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Drops undefined members (JSON round trip), so that both sides compare as what they would send. */
const plain = (value: Json) => JSON.parse(JSON.stringify(value)) as Json;

async function answer(url: string, q: BenchQuery): Promise<{ data: Json; bytes: number }> {
  const recorded = await post(url, q);
  const bytes = Buffer.from(recorded.body, 'base64');
  return { data: (JSON.parse(bytes.toString('utf8')) as { data: Json }).data, bytes: bytes.length };
}

// ---------------------------------------------------------------------------------------------------------------
// PostGraphile's process, CPU time

async function startPostGraphile(url: string, schema: string): Promise<Child> {
  const child = spawn(process.execPath, [path.join(__dirname, 'postgraphile-server.js'), url, schema], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stopServer = onCleanup(() => stop(child));
  const port = await announcedPort(child, 'PostGraphile');
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: stopServer };
}

interface PeerMeasure {
  rps: number;
  p99: number;
  errors: number;
  /** ms of the server's CPU, and of PostgreSQL's, per request. */
  cpu: number;
  dbCpu: number;
  sql: number | null;
  peakRss: number;
}

async function measurePeer(server: Child, q: BenchQuery, o: Options, api: boolean): Promise<PeerMeasure> {
  await cannon(server.url, q, Math.min(4, o.connections), Math.max(1, Math.round(o.duration / 5)));
  const before = api ? await settled(server.url, q.operationName) : null;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(server.pid).rss)), 100);
  const [cpu0, db0] = [cpuOf(server.pid), postgresCpu()];
  const run = await cannon(server.url, q, o.connections, o.duration).finally(() => clearInterval(sampler));
  const [cpu1, db1] = [cpuOf(server.pid), postgresCpu()];
  const after = api ? await settled(server.url, q.operationName) : null;
  const sql = before && after ? (after.statements - before.statements) / (after.requests - before.requests) : null;
  const failed = before && after ? after.failed - before.failed : 0;
  return {
    rps: run.rps,
    p99: run.p99,
    errors: run.errors + failed,
    cpu: (cpu1 - cpu0) / run.requests,
    dbCpu: (db1 - db0) / run.requests,
    sql,
    peakRss,
  };
}

// ---------------------------------------------------------------------------------------------------------------

const range = (values: number[], digits = 0) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return f(lo, digits) === f(hi, digits) ? f(lo, digits) : `${f(lo, digits)}–${f(hi, digits)}`;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * `npm run bench -- --peer postgraphile [--rounds 2] [--duration 10] [--connections 16] [--controllers 10000]
 * [--queries a,b,c] [--keep name]`: loads PostgreSQL (seeds plus the synthetic corpus), starts the API with the
 * response cache off and PostGraphile v4 over the same schema, checks that both answer each query with the same
 * facts, then measures them in alternation (`--rounds` times each) and prints req/s, p99, CPU per request (the
 * server's and PostgreSQL's), SQL statements per request (the API's) and the ratio of throughputs. Writes nothing.
 */
export async function runPeer(o: Options): Promise<void> {
  if (o.peer !== 'postgraphile') throw new Error(`--peer knows postgraphile only, found ${o.peer}`);
  const version = await postgresReachable(o.postgresUrl);
  if (!version) throw new Error(`No PostgreSQL answers at ${o.postgresUrl}: the peer runs on PostgreSQL.`);
  const keys = o.queries.filter((k) => PEER_QUERIES[k]);
  console.log(machine(version).join('\n'));
  const database = await createDatabase('postgres', o, o.controllers);
  const schema = new URL(database.url).searchParams.get('schema')!;
  try {
    const loaded = await load(database.url, o.controllers, o.keep !== null);
    console.log(
      `\nPostgreSQL schema ${schema}: ${loaded.controllers} controllers (loaded in ${f(loaded.seconds, 1)} s)`,
    );
    const client = new Client({ connectionString: o.postgresUrl, options: `-c search_path=${schema}` });
    await client.connect();
    await client.query(PROCESSOR_CONTROLLERS).finally(() => client.end());

    const api = await startApi(database.url, false);
    const peer = await startPostGraphile(o.postgresUrl, schema).catch(async (error: unknown) => {
      await api.stop();
      throw error;
    });
    try {
      console.log(
        `idle RSS: Policy Graph ${f(memoryOf(api.pid).rss)} MB, PostGraphile ${f(memoryOf(peer.pid).rss)} MB`,
      );
      const ours = new Map(QUERIES.map((q) => [q.key, q]));
      const sizes = new Map<string, [number, number]>();
      for (const key of keys) {
        const [a, b] = [await answer(api.url, ours.get(key)!), await answer(peer.url, PEER_QUERIES[key])];
        const found = difference(plain(FACTS[key].ours(a.data)), plain(FACTS[key].theirs(b.data)));
        if (found) throw new Error(`(${key}): the answers differ at ${found}`);
        sizes.set(key, [a.bytes, b.bytes]);
        console.log(`(${key}): same facts (${f(a.bytes)} bytes from Policy Graph, ${f(b.bytes)} from PostGraphile)`);
      }
      const results = new Map<string, { ours: PeerMeasure[]; theirs: PeerMeasure[] }>(
        keys.map((k) => [k, { ours: [], theirs: [] }]),
      );
      for (let round = 0; round < o.rounds; round++) {
        for (const key of keys) {
          const r = results.get(key)!;
          r.ours.push(await measurePeer(api, ours.get(key)!, o, true));
          r.theirs.push(await measurePeer(peer, PEER_QUERIES[key], o, false));
          const [x, y] = [r.ours.at(-1)!, r.theirs.at(-1)!];
          console.log(
            `round ${round + 1} (${key}): Policy Graph ${f(x.rps)} req/s p99 ${f(x.p99)} ms cpu ${f(x.cpu, 1)}+${f(x.dbCpu, 1)} ms` +
              ` | PostGraphile ${f(y.rps)} req/s p99 ${f(y.p99)} ms cpu ${f(y.cpu, 1)}+${f(y.dbCpu, 1)} ms`,
          );
        }
      }
      const lines = [
        `\n${o.connections} connections, ${o.duration} s per measurement, ${o.rounds} alternating rounds, cache off, ${f(o.controllers + 5)} controllers`,
        '',
        '| query | bytes (ours / theirs) | Policy Graph req/s | p99 ms | CPU ms/req (Node + PostgreSQL) | SQL/req | PostGraphile req/s | p99 ms | CPU ms/req (Node + PostgreSQL) | ratio |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ];
      for (const key of keys) {
        const { ours: x, theirs: y } = results.get(key)!;
        const [bx, by] = sizes.get(key)!;
        lines.push(
          `| (${key}) | ${f(bx)} / ${f(by)} | ${range(x.map((m) => m.rps))} | ${range(x.map((m) => m.p99))} | ` +
            `${f(mean(x.map((m) => m.cpu)), 1)} + ${f(mean(x.map((m) => m.dbCpu)), 1)} | ${range(
              x.map((m) => m.sql ?? 0),
              1,
            )} | ` +
            `${range(y.map((m) => m.rps))} | ${range(y.map((m) => m.p99))} | ` +
            `${f(mean(y.map((m) => m.cpu)), 1)} + ${f(mean(y.map((m) => m.dbCpu)), 1)} | ` +
            `${f(mean(x.map((m) => m.rps)) / mean(y.map((m) => m.rps)), 2)} |`,
        );
      }
      const errors = [...results.values()].flatMap((r) => [...r.ours, ...r.theirs]).reduce((n, m) => n + m.errors, 0);
      lines.push(
        '',
        `errors: ${errors}; peak RSS under load: Policy Graph ${range([...results.values()].flatMap((r) => r.ours.map((m) => m.peakRss)))} MB, PostGraphile ${range([...results.values()].flatMap((r) => r.theirs.map((m) => m.peakRss)))} MB`,
      );
      console.log(lines.join('\n'));
    } finally {
      await api.stop();
      await peer.stop();
    }
  } finally {
    await database.drop();
  }
}
