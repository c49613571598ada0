#!/usr/bin/env node
/**
 * Checks the labelled evaluation sets: eval/<set>/<slug>/{source.*, facts.yaml, meta.yaml}.
 *
 * Contract: for every facts.yaml it reports (1) every evidence quote that is not found in the visible text of the
 * source (whitespace-insensitive; found more than once without `occurrence`, or `occurrence` beyond the count),
 * (2) every code that is not in seeds/vocabulary/*.yaml or in the set's VOCABULARY.md, and (3) schema problems
 * (the FactFile shape of seeds/README.md and src/seed/seed-files.ts, checked structurally, plus the controller fields
 * of eval/README.md). It also checks meta.yaml. Exit code 1 when anything is reported, 0 when clean.
 *
 * Visible text: HTML without head/script/style/comments/tags, entities decoded; Markdown rendered to its text (front
 * matter, markup, link targets and inline HTML removed); plain text as is; PDF through `pdftotext` (poppler-utils).
 *
 * Usage: NODE_PATH=/work/main/node_modules node eval/check-labels.mjs [set ...]   (default: every set under eval/)
 */
/* global console */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const YAML = require('yaml');

const EVAL = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(EVAL);
const VOCAB = join(ROOT, 'seeds', 'vocabulary');

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const VAT = /^(BE[01]\d{9}|NL\d{9}B\d{2}|[A-Z]{2}[0-9A-Z]{2,13})$/;
const LEGAL_BASES = [
  'CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTERESTS',
  'PUBLIC_TASK',
  'LEGITIMATE_INTERESTS',
];
const ROLES = ['PROCESSOR', 'DATA_SOURCE', 'SYSTEM'];
const CHANNELS = ['EMAIL', 'POST', 'PHONE', 'WEB_FORM', 'IN_APP'];
const SOURCES = ['DATA_SUBJECT', 'THIRD_PARTY', 'PUBLIC_SOURCE', 'AUTOMATED'];
const COOKIES = ['ESSENTIAL', 'FUNCTIONAL', 'ANALYTICS', 'MARKETING', 'THIRD_PARTY', 'UNSPECIFIED'];
const LANGS = ['nl', 'en', 'fr', 'de'];

// ---------- vocabulary ----------

function codes(file, key) {
  return new Set(YAML.parse(readFileSync(join(VOCAB, file), 'utf8')).map((t) => t[key]));
}

/** Slugs a set adds in its VOCABULARY.md: lines of the form "- `slug` ..." under "## Processors" / "## Authorities". */
function setVocabulary(setDir) {
  const added = { processors: new Set(), authorities: new Set() };
  const file = join(setDir, 'VOCABULARY.md');
  if (!existsSync(file)) return added;
  let section = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^##\s+processors/i.test(line)) section = 'processors';
    else if (/^##\s+(supervisory\s+)?authorities/i.test(line)) section = 'authorities';
    else if (/^##\s/.test(line)) section = null;
    const m = /^[-*]\s+`([a-z0-9-]+)`/.exec(line);
    if (m && section) added[section].add(m[1]);
  }
  return added;
}

function loadVocabulary(setDir) {
  const extra = setVocabulary(setDir);
  return {
    rights: codes('rights.yaml', 'code'),
    legalBases: new Set(LEGAL_BASES),
    dataCategories: codes('data-categories.yaml', 'code'),
    purposes: codes('purpose-categories.yaml', 'code'),
    recipients: codes('recipient-categories.yaml', 'code'),
    processors: new Set([...codes('processors.yaml', 'slug'), ...extra.processors]),
    authorities: new Set([...codes('supervisory-authorities.yaml', 'slug'), ...extra.authorities]),
  };
}

// ---------- visible text ----------

const NAMED = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  euro: '\u20ac',
  copy: '\u00a9',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  iuml: 'ï',
  icirc: 'î',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  Eacute: 'É',
  laquo: '«',
  raquo: '»',
};

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return NAMED[e] ?? all;
  });
}

function htmlText(html) {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(head|script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(
      /<\/?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|section|main|header|footer|nav|dl|dt|dd|address|table)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text);
}

function markdownText(md) {
  let s = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = htmlText(s);
  s = s
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*([-*+]|\d+\.)\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  return s;
}

function pdfText(file) {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`cannot read ${file} with pdftotext (apt-get install poppler-utils): ${e.message}`, {
      cause: e,
    });
  }
}

function visibleText(file) {
  if (file.endsWith('.pdf')) return pdfText(file);
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.html')) return htmlText(raw);
  if (file.endsWith('.md')) return markdownText(raw);
  return raw;
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

function countOccurrences(haystack, needle) {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

// ---------- checks ----------

class Report {
  constructor(where) {
    this.where = where;
    this.problems = [];
  }
  add(path, message) {
    this.problems.push(`${this.where}: ${path}: ${message}`);
  }
}

function isValidEnterpriseNumber(v) {
  if (typeof v !== 'string' || !/^[01]\d{3}\.\d{3}\.\d{3}$/.test(v)) return false;
  const d = v.replace(/\./g, '');
  return 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8));
}

function checkEvidence(r, path, evidence, text, quotes) {
  if (!Array.isArray(evidence) || evidence.length === 0) return r.add(path, 'evidence must hold at least one quote');
  evidence.forEach((e, i) => {
    const quote = typeof e === 'string' ? e : e?.quote;
    const occurrence = typeof e === 'string' ? undefined : e?.occurrence;
    if (typeof quote !== 'string' || quote.length < 3)
      return r.add(`${path}[${i}]`, 'quote must be a string of 3+ chars');
    quotes.count++;
    const n = countOccurrences(text, squash(quote));
    if (n === 0) r.add(`${path}[${i}]`, `quote not found in the visible text: "${quote}"`);
    else if (occurrence === undefined && n > 1)
      r.add(`${path}[${i}]`, `quote found ${n} times, give occurrence: "${quote}"`);
    else if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > n))
      r.add(`${path}[${i}]`, `occurrence ${occurrence} but the quote is found ${n} times: "${quote}"`);
  });
}

function checkString(r, path, v, { required = false, re, msg } = {}) {
  if (v === undefined || v === null) return required ? r.add(path, 'is required') : undefined;
  if (typeof v !== 'string' || v.length === 0) return r.add(path, 'must be a non-empty string');
  if (re && !re.test(v)) r.add(path, msg ?? `does not match ${re}`);
}

function checkIn(r, path, v, allowed, what) {
  if (!allowed.has ? !allowed.includes(v) : !allowed.has(v)) r.add(path, `unknown ${what} "${v}"`);
}

function checkAddress(r, path, a) {
  if (a === undefined || a === null) return;
  if (typeof a !== 'object') return r.add(path, 'must be an object');
  for (const k of ['street', 'postalCode', 'city']) checkString(r, `${path}.${k}`, a[k]);
  checkString(r, `${path}.country`, a.country, { re: /^[A-Z]{2}$/, msg: 'must be an ISO 3166-1 alpha-2 code' });
}

function checkList(r, path, list, each) {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) return r.add(path, 'must be a list');
  list.forEach((item, i) => each(item ?? {}, `${path}[${i}]`));
}

function checkFacts(r, f, text, vocab, slug) {
  const q = { count: 0 };
  const ev = (path, e) => checkEvidence(r, path, e, text, q);
  const d = f.document ?? r.add('document', 'is required') ?? {};
  checkString(r, 'document.slug', d.slug, { required: true, re: KEBAB });
  if (d.slug && d.slug !== slug) r.add('document.slug', `must equal the folder name "${slug}"`);
  checkString(r, 'document.file', d.file, { required: true, re: /^source\.(html|md|txt|pdf)$/ });
  checkString(r, 'document.title', d.title, { required: true });
  if (!LANGS.includes(d.language)) r.add('document.language', `must be one of ${LANGS}`);
  checkString(r, 'document.lastUpdated', d.lastUpdated, { re: ISO_DATE, msg: 'must be YYYY-MM-DD' });
  if (d.lastUpdated && !d.lastUpdatedEvidence) r.add('document.lastUpdatedEvidence', 'is required with lastUpdated');
  if (d.lastUpdatedEvidence) ev('document.lastUpdatedEvidence', d.lastUpdatedEvidence);

  const c = f.controller ?? r.add('controller', 'is required') ?? {};
  checkString(r, 'controller.slug', c.slug, { required: true, re: KEBAB });
  checkString(r, 'controller.name', c.name, { required: true });
  for (const k of ['legalName', 'legalForm', 'representative']) checkString(r, `controller.${k}`, c[k]);
  if (c.enterpriseNumber != null && !isValidEnterpriseNumber(c.enterpriseNumber))
    r.add('controller.enterpriseNumber', 'must be 0xxx.xxx.xxx passing the KBO mod-97 check');
  checkString(r, 'controller.kvkNumber', c.kvkNumber, { re: /^\d{8}$/, msg: 'must be 8 digits' });
  checkString(r, 'controller.vatNumber', c.vatNumber, { re: VAT, msg: 'must be an EU VAT number without spaces' });
  checkString(r, 'controller.email', c.email, { re: EMAIL, msg: 'must be an e-mail address' });
  checkString(r, 'controller.phone', c.phone, { re: E164, msg: 'must be E.164' });
  checkString(r, 'controller.website', c.website, { re: URL_RE, msg: 'must be an http(s) URL' });
  checkAddress(r, 'controller.address', c.address);
  ev('controller.evidence', c.evidence);

  if (f.dpo) {
    for (const k of ['name', 'organization']) checkString(r, `dpo.${k}`, f.dpo[k]);
    checkString(r, 'dpo.email', f.dpo.email, { re: EMAIL, msg: 'must be an e-mail address' });
    checkString(r, 'dpo.phone', f.dpo.phone, { re: E164, msg: 'must be E.164' });
    checkAddress(r, 'dpo.address', f.dpo.address);
    ev('dpo.evidence', f.dpo.evidence);
  }
  if (f.supervisoryAuthority) {
    const a = f.supervisoryAuthority;
    checkIn(r, 'supervisoryAuthority.authority', a.authority, vocab.authorities, 'authority');
    checkString(r, 'supervisoryAuthority.namedAs', a.namedAs, { required: true });
    const sc = a.statedContact ?? {};
    checkString(r, 'supervisoryAuthority.statedContact.phone', sc.phone, { re: E164, msg: 'must be E.164' });
    checkString(r, 'supervisoryAuthority.statedContact.email', sc.email, { re: EMAIL, msg: 'must be an e-mail' });
    ev('supervisoryAuthority.evidence', a.evidence);
  }
  checkList(r, 'legalBases', f.legalBases, (b, p) => {
    checkIn(r, `${p}.code`, b.code, vocab.legalBases, 'legal basis');
    ev(`${p}.evidence`, b.evidence);
  });
  checkList(r, 'dataCategories', f.dataCategories, (x, p) => {
    checkIn(r, `${p}.category`, x.category, vocab.dataCategories, 'data category');
    checkString(r, `${p}.label`, x.label, { required: true });
    if (x.sensitive !== undefined && typeof x.sensitive !== 'boolean') r.add(`${p}.sensitive`, 'must be a boolean');
    ev(`${p}.evidence`, x.evidence);
  });
  checkList(r, 'purposes', f.purposes, (x, p) => {
    checkString(r, `${p}.name`, x.name, { required: true });
    checkString(r, `${p}.label`, x.label, { required: true });
    checkIn(r, `${p}.category`, x.category, vocab.purposes, 'purpose category');
    (x.legalBases ?? []).forEach((b, i) => checkIn(r, `${p}.legalBases[${i}]`, b, vocab.legalBases, 'legal basis'));
    (x.dataCategories ?? []).forEach((b, i) =>
      checkIn(r, `${p}.dataCategories[${i}]`, b, vocab.dataCategories, 'data category'),
    );
    if (x.retention) {
      checkString(r, `${p}.retention.description`, x.retention.description, { required: true });
      checkString(r, `${p}.retention.duration`, x.retention.duration, { re: ISO_DURATION, msg: 'must be ISO 8601' });
    }
    ev(`${p}.evidence`, x.evidence);
  });
  checkList(r, 'processors', f.processors, (x, p) => {
    checkIn(r, `${p}.processor`, x.processor, vocab.processors, 'processor (add it to VOCABULARY.md)');
    checkIn(r, `${p}.role`, x.role, ROLES, 'role');
    (x.dataCategories ?? []).forEach((b, i) =>
      checkIn(r, `${p}.dataCategories[${i}]`, b, vocab.dataCategories, 'data category'),
    );
    ev(`${p}.evidence`, x.evidence);
  });
  checkList(r, 'recipients', f.recipients, (x, p) => {
    checkIn(r, `${p}.category`, x.category, vocab.recipients, 'recipient category');
    checkString(r, `${p}.label`, x.label, { required: true });
    ev(`${p}.evidence`, x.evidence);
  });
  checkList(r, 'rights', f.rights, (x, p) => {
    checkIn(r, `${p}.right`, x.right, vocab.rights, 'right');
    ev(`${p}.evidence`, x.evidence);
  });
  if (f.rightsRequest) {
    const x = f.rightsRequest;
    if (!Array.isArray(x.channels)) r.add('rightsRequest.channels', 'must be a list');
    (x.channels ?? []).forEach((b, i) => checkIn(r, `rightsRequest.channels[${i}]`, b, CHANNELS, 'channel'));
    checkString(r, 'rightsRequest.email', x.email, { re: EMAIL, msg: 'must be an e-mail address' });
    checkString(r, 'rightsRequest.responseTime', x.responseTime, { re: ISO_DURATION, msg: 'must be ISO 8601' });
    ev('rightsRequest.evidence', x.evidence);
  }
  if (f.retention) {
    checkString(r, 'retention.description', f.retention.description, { required: true });
    checkString(r, 'retention.duration', f.retention.duration, { re: ISO_DURATION, msg: 'must be ISO 8601' });
    ev('retention.evidence', f.retention.evidence);
  }
  checkList(r, 'dataSources', f.dataSources, (x, p) => {
    checkIn(r, `${p}.kind`, x.kind, SOURCES, 'data source kind');
    checkString(r, `${p}.description`, x.description, { required: true });
    ev(`${p}.evidence`, x.evidence);
  });
  checkList(r, 'cookies', f.cookies, (x, p) => {
    checkIn(r, `${p}.kind`, x.kind, COOKIES, 'cookie kind');
    checkString(r, `${p}.description`, x.description, { required: true });
    ev(`${p}.evidence`, x.evidence);
  });
  if (f.minimumAge) {
    const a = f.minimumAge.age;
    if (!Number.isInteger(a) || a < 1 || a > 21) r.add('minimumAge.age', 'must be an integer 1..21');
    ev('minimumAge.evidence', f.minimumAge.evidence);
  }
  for (const k of ['automatedDecisionMaking', 'transfersOutsideEEA']) {
    if (!f[k]) continue;
    const flag = k === 'automatedDecisionMaking' ? 'used' : 'occurs';
    if (typeof f[k][flag] !== 'boolean') r.add(`${k}.${flag}`, 'must be a boolean');
    ev(`${k}.evidence`, f[k].evidence);
  }
  checkList(r, 'security', f.security, (x, p) => {
    checkString(r, `${p}.description`, x.description, { required: true });
    ev(`${p}.evidence`, x.evidence);
  });
  if (f.presumedConsent) {
    checkString(r, 'presumedConsent.description', f.presumedConsent.description, { required: true });
    ev('presumedConsent.evidence', f.presumedConsent.evidence);
  }
  const known = new Set([
    'document',
    'controller',
    'dpo',
    'supervisoryAuthority',
    'legalBases',
    'dataCategories',
    'purposes',
    'processors',
    'recipients',
    'rights',
    'rightsRequest',
    'retention',
    'dataSources',
    'cookies',
    'minimumAge',
    'automatedDecisionMaking',
    'transfersOutsideEEA',
    'security',
    'presumedConsent',
  ]);
  for (const k of Object.keys(f)) if (!known.has(k)) r.add(k, 'unknown top-level key');
  return q.count;
}

function checkMeta(r, m, facts) {
  for (const k of ['organisation', 'country', 'language', 'format', 'retrieved'])
    checkString(r, `meta.${k}`, m[k], { required: true });
  if (!('url' in m)) r.add('meta.url', 'is required (null only where no single published URL exists)');
  else checkString(r, 'meta.url', m.url, { re: URL_RE, msg: 'must be an http(s) URL' });
  if (m.country && !['BE', 'NL'].includes(m.country)) r.add('meta.country', 'must be BE or NL');
  if (m.language && facts.document && m.language !== facts.document.language)
    r.add('meta.language', 'differs from document.language');
  if (typeof m.preGdpr !== 'boolean') r.add('meta.preGdpr', 'must be a boolean');
  if (m.policyDate != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(m.policyDate)))
    r.add('meta.policyDate', 'must be YYYY, YYYY-MM or YYYY-MM-DD');
}

function checkPolicy(dir, slug, vocab) {
  const r = new Report(dir.slice(ROOT.length + 1));
  const sources = readdirSync(dir).filter((n) => /^source\.(html|md|txt|pdf)$/.test(n));
  if (sources.length !== 1) {
    r.add('source.*', `expected exactly one source.<html|md|txt|pdf>, found ${sources.length}`);
    return { r, quotes: 0 };
  }
  let facts;
  let meta;
  try {
    facts = YAML.parse(readFileSync(join(dir, 'facts.yaml'), 'utf8')) ?? {};
    meta = YAML.parse(readFileSync(join(dir, 'meta.yaml'), 'utf8')) ?? {};
  } catch (e) {
    r.add('yaml', e.message);
    return { r, quotes: 0 };
  }
  if (facts.document?.file && facts.document.file !== sources[0]) r.add('document.file', `must be ${sources[0]}`);
  const text = squash(visibleText(join(dir, sources[0])));
  const quotes = checkFacts(r, facts, text, vocab, slug);
  checkMeta(r, meta, facts);
  return { r, quotes };
}

function main() {
  const sets = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(EVAL).filter((n) => statSync(join(EVAL, n)).isDirectory() && n !== 'tools');
  let problems = 0;
  for (const set of sets) {
    const setDir = join(EVAL, set);
    const vocab = loadVocabulary(setDir);
    const slugs = readdirSync(setDir)
      .filter((n) => statSync(join(setDir, n)).isDirectory())
      .sort();
    for (const slug of slugs) {
      const { r, quotes } = checkPolicy(join(setDir, slug), slug, vocab);
      for (const p of r.problems) console.log(p);
      problems += r.problems.length;
      console.log(`${set}/${slug}: ${quotes} quotes, ${r.problems.length} problem(s)`);
    }
  }
  console.log(problems === 0 ? 'clean' : `${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main();
