import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  AuthorityReference,
  Controller,
  Ingestion,
  DataCategory,
  DataCategoryDisclosure,
  Dpo,
  Evidence,
  Fact,
  LegalBasis,
  LegalBasisClaim,
  PolicyDocument,
  PolicyStatement,
  Processor,
  ProcessorEngagement,
  ProcessorRole,
  Purpose,
  PurposeCategory,
  RecipientCategory,
  RecipientDisclosure,
  Right,
  RightsRequest,
  RightStatement,
  SupervisoryAuthority,
} from '../entities';
import { readStatements } from '../db/read-statements';
import { companionLoader, Companions } from './companions';
import { entityReader } from './entity-reader';
import {
  BoundedArgs,
  BoundedKey,
  BoundedRead,
  batchLoader,
  BatchScheduler,
  ChildPage,
  childListLoader,
  childPageLoader,
  countLoader,
  KnownRows,
  linkedTermsLoader,
  linkLoader,
  rowLoader,
  rowsLoader,
  rowsWithLoader,
  rowsWithTermsLoader,
  TermOfFact,
} from './factories';
import { Terms } from './term-snapshot';

/** The condition that keeps a controller row (alias `c`) to published versions: what readers see in lists. */
export const PUBLISHED = `c.status = 'PUBLISHED'`;

/**
 * The arguments of a page of the controllers tied to a term or vendor, in slug order: `first` of them after `after`,
 * or (`backward`) the last `first` before `before`, the bounds being decoded cursors (null: no bound).
 */
export interface ControllerPageArgs extends BoundedArgs {
  after: string | null;
  before: string | null;
  backward: boolean;
  /** The properties to read of each controller (null: all of them); see columnsOfField in src/resolvers/controller-columns. */
  columns: string[] | null;
}

/** Which engagements of a vendor count: in one role only, among some controllers only (null: any). */
export interface EngagementScope {
  role: ProcessorRole | null;
  among: number[] | null;
}

export const ANY_ENGAGEMENT: EngagementScope = { role: null, among: null };

/** The loaders of the controllers tied to a term or vendor: pages of them, and how many there are. */
export interface TiedControllerLoaders<A extends ControllerPageArgs = ControllerPageArgs> {
  page: DataLoader<BoundedKey<A>, ChildPage<Controller>, string>;
  count: DataLoader<number, number>;
}

/**
 * The (term, controller) pairs of every link between a vocabulary term and the controllers tied to it: SQL selecting
 * `k` (the term's id, one of `:keys`) and `v` (a controller's id), possibly with repeats.
 */
const CONTROLLER_LINKS = {
  dataCategory: `SELECT "dataCategoryId" AS k, "controllerId" AS v FROM data_category_disclosure WHERE "dataCategoryId" IN (:...keys)
    UNION SELECT j."dataCategoryId" AS k, p."controllerId" AS v FROM purpose_data_category j JOIN purpose p ON p.id = j."purposeId" WHERE j."dataCategoryId" IN (:...keys)`,
  legalBasis: `SELECT "legalBasisId" AS k, "controllerId" AS v FROM legal_basis_claim WHERE "legalBasisId" IN (:...keys)
    UNION SELECT j."legalBasisId" AS k, p."controllerId" AS v FROM purpose_legal_basis j JOIN purpose p ON p.id = j."purposeId" WHERE j."legalBasisId" IN (:...keys)`,
  right: 'SELECT "rightId" AS k, "controllerId" AS v FROM right_statement WHERE "rightId" IN (:...keys)',
  authority:
    'SELECT "supervisoryAuthorityId" AS k, id AS v FROM controller WHERE "supervisoryAuthorityId" IN (:...keys)',
  purposeCategory:
    'SELECT "purposeCategoryId" AS k, "controllerId" AS v FROM purpose WHERE "purposeCategoryId" IN (:...keys)',
  recipientCategory:
    'SELECT "recipientCategoryId" AS k, "controllerId" AS v FROM recipient_disclosure WHERE "recipientCategoryId" IN (:...keys)',
} as const;

/** The conditions of a scope on the engagements `e`, each after an AND (parameters `:role` and `:among`). */
export function scopeCondition({ role, among }: EngagementScope): string {
  const conditions = [];
  if (role) conditions.push('e.role = :role');
  // No controller to look among: nothing matches (`IN ()` is no SQL).
  if (among) conditions.push(among.length ? 'e."controllerId" IN (:...among)' : '1 = 0');
  return conditions.map((c) => ` AND ${c}`).join('');
}

/** The (vendor, controller) pairs of the engagements in a scope, as CONTROLLER_LINKS has them for terms. */
const processorLink = (scope: EngagementScope) =>
  `SELECT e."processorId" AS k, e."controllerId" AS v FROM processor_engagement e WHERE e."processorId" IN (:...keys)${scopeCondition(scope)}`;

/**
 * Reads pages of the controllers a link ties to each parent, in slug order (descending for a backward page): one
 * statement for all the parents, which numbers the distinct (parent, controller) pairs of each parent by slug
 * (ROW_NUMBER over a window per parent) between the slugs `after` and `before` and keeps the first `limit`: a term tied
 * to thousands of controllers returns `limit` rows, though the window numbers all of them (the vendors, whose lists
 * are the longest, walk an index instead: readVendorControllers). Works on SQLite (3.25 and later) and PostgreSQL alike.
 */
function readControllers(dataSource: DataSource, link: string): BoundedRead<ControllerPageArgs, Controller> {
  const reader = entityReader(dataSource, Controller);
  return async (parents, args, limit) => {
    const bounds = [
      `s.status = 'PUBLISHED'`,
      ...(args.after === null ? [] : ['s.slug > :after']),
      ...(args.before === null ? [] : ['s.slug < :before']),
    ];
    // The window numbers narrow rows (parent, controller, slug); only the rows kept are joined to their columns.
    const rows = await reader.read(
      `SELECT page."pageParent", ${reader.columnsOf('c', '', args.columns)} FROM (
         SELECT pairs.k AS "pageParent", pairs.v AS "pageChild",
           ROW_NUMBER() OVER (PARTITION BY pairs.k ORDER BY s.slug ${args.backward ? 'DESC' : 'ASC'}) AS "pageRow"
         FROM (SELECT DISTINCT k, v FROM (${link}) l) pairs JOIN controller s ON s.id = pairs.v
         WHERE ${bounds.join(' AND ')}
       ) page JOIN controller c ON c.id = page."pageChild"
       WHERE page."pageRow" <= :limit ORDER BY page."pageParent", page."pageRow"`,
      { ...args, keys: parents, limit },
    );
    return rows.map(({ entity, row }) => ({ parent: Number(row.pageParent), node: entity }));
  };
}

/**
 * Reads pages of the published controllers that engage each vendor in a scope, in slug order (descending for a
 * backward page), by walking the index of engagements by (vendor, controller slug): one recursive statement for all
 * the vendors, whose every step finds the next slug of a published controller with one probe of the index (LIMIT 1,
 * so both planners walk it in order whatever their estimates), at most `limit + 1` steps per vendor. Its rows and its
 * cost follow `limit` and the number of vendors, not the number of engagements (thousands for the common vendors).
 * Each controller comes once (the slugs strictly increase, and a published slug is unique). The same SQL on SQLite and
 * PostgreSQL.
 */
function readVendorControllers(dataSource: DataSource): BoundedRead<ControllerPageArgs & EngagementScope, Controller> {
  const reader = entityReader(dataSource, Controller);
  return async (parents, args, limit) => {
    const [order, next] = args.backward ? ['DESC', '<'] : ['ASC', '>'];
    const bounds = [
      ...(args.after === null ? [] : ['e."controllerSlug" > :after']),
      ...(args.before === null ? [] : ['e."controllerSlug" < :before']),
    ];
    // The first slug of vendor `vendor` past `conditions`, in the page's order.
    const step = (vendor: string, conditions: string[]) =>
      `(SELECT e."controllerSlug" FROM processor_engagement e JOIN controller s ON s.id = e."controllerId" AND s.status = 'PUBLISHED'
        WHERE e."processorId" = ${vendor}${scopeCondition(args)}${conditions.map((c) => ` AND ${c}`).join('')}
        ORDER BY e."controllerSlug" ${order} LIMIT 1)`;
    const rows = await reader.read(
      `WITH RECURSIVE walk(parent, slug, n) AS (
         SELECT p.id, ${step('p.id', bounds)}, 1 FROM processor p WHERE p.id IN (:...keys)
         UNION ALL
         SELECT w.parent, ${step('w.parent', [...bounds, `e."controllerSlug" ${next} w.slug`])}, w.n + 1
         FROM walk w WHERE w.slug IS NOT NULL AND w.n < :limit
       )
       SELECT w.parent AS "pageParent", ${reader.columnsOf('c', '', args.columns)} FROM walk w
       JOIN controller c ON c.slug = w.slug AND c.status = 'PUBLISHED' ORDER BY w.parent, w.n`,
      { ...args, keys: parents, limit },
    );
    return rows.map(({ entity, row }) => ({ parent: Number(row.pageParent), node: entity }));
  };
}

/**
 * Reads the first `limit` engagements of each vendor in a scope, by controller slug then id (the order of the
 * controllers, then document order): one statement for all the vendors, numbered per vendor as in readControllers
 * (narrow rows in the window, the columns of the rows kept only).
 */
function readEngagements(dataSource: DataSource): BoundedRead<BoundedArgs & EngagementScope, ProcessorEngagement> {
  const reader = entityReader(dataSource, ProcessorEngagement);
  return async (parents, args, limit) => {
    const rows = await reader.read(
      `SELECT ${reader.columnsOf('kept')} FROM (
         SELECT e.id AS "pageChild", e."processorId" AS "pageParent",
           ROW_NUMBER() OVER (PARTITION BY e."processorId" ORDER BY c.slug, e.id) AS "pageRow"
         FROM processor_engagement e JOIN controller c ON c.id = e."controllerId" AND ${PUBLISHED}
         WHERE e."processorId" IN (:...keys)${scopeCondition(args)}
       ) page JOIN processor_engagement kept ON kept.id = page."pageChild"
       WHERE page."pageRow" <= :limit ORDER BY page."pageParent", page."pageRow"`,
      { ...args, keys: parents, limit },
    );
    return rows.map(({ entity }) => ({ parent: entity.processorId, node: entity }));
  };
}

/** How many distinct published controllers a link ties to each parent: one GROUP BY statement per batch. */
const countSql = (link: string) =>
  `SELECT k, COUNT(DISTINCT v) AS n FROM (${link}) pairs JOIN controller c ON c.id = pairs.v AND ${PUBLISHED} GROUP BY k`;

/** A loader of the published version of each slug (null where none is published). One statement per batch. */
function publishedControllers(
  dataSource: DataSource,
  scheduler: BatchScheduler,
): DataLoader<string, Controller | null> {
  const reader = entityReader(dataSource, Controller);
  return batchLoader(scheduler, async (slugs) => {
    const rows = await reader.where(`slug IN (:...slugs) AND status = 'PUBLISHED'`, { slugs: [...slugs] });
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  });
}

/** A loader of the document of the published version of each slug. One statement per batch. */
function publishedDocuments(
  dataSource: DataSource,
  scheduler: BatchScheduler,
): DataLoader<string, PolicyDocument | null> {
  const reader = entityReader(dataSource, PolicyDocument);
  return batchLoader(scheduler, async (slugs) => {
    const rows = await reader.read(
      `SELECT ${reader.columnsOf('d')} FROM policy_document d JOIN controller c ON c."documentId" = d.id AND ${PUBLISHED}
       WHERE d.slug IN (:...slugs)`,
      { slugs: [...slugs] },
    );
    const bySlug = new Map(rows.map(({ entity }) => [entity.slug, entity]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  });
}

/** A loader of versions by `<slug>@<version>` (null where there is none), whatever their status. */
function versionLoader(dataSource: DataSource, scheduler: BatchScheduler): DataLoader<string, Controller | null> {
  const reader = entityReader(dataSource, Controller);
  return batchLoader(scheduler, async (keys) => {
    const wanted = keys.map((key) => {
      const at = key.lastIndexOf('@');
      return { slug: key.slice(0, at), version: Number(key.slice(at + 1)) };
    });
    const rows = await reader.whereIn('slug', [...new Set(wanted.map((w) => w.slug))]);
    const byKey = new Map(rows.map((row) => [row.versionKey, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A controller's companion `F` (see companionLoader), or null where it has none. */
type Companion<F extends keyof Companions> = NonNullable<Companions[F]> | null;

/** What the running operation selects, by type (see SelectedFields in src/schema): which columns a list must read. */
export interface Selection {
  selectsAny(typeName: string, fields: readonly string[]): boolean;
}

/**
 * The columns of the fact lists shown under a controller that only some fields of their GraphQL type read, each with
 * those fields: the lists' loaders leave a column out when the operation selects none of them (50 controllers'
 * rights, data items, vendors and purposes carried their global-id keys, conditions, contexts and services whether
 * asked for or not). Every other field reads the columns that are always there (ids, foreign keys, flags);
 * test/api/column-selection.test.ts asks for each field of these types alone and checks its value against a lookup
 * of the whole fact by id.
 */
const OPTIONAL_COLUMNS = {
  RightStatement: { nodeKey: ['id'], conditions: ['conditions'] },
  DataCategoryDisclosure: { nodeKey: ['id'], label: ['label'], context: ['context'] },
  ProcessorEngagement: { nodeKey: ['id'], service: ['service'] },
  Purpose: {
    nodeKey: ['id'],
    name: ['name'],
    label: ['label'],
    retentionDescription: ['retention'],
    retentionDuration: ['retention'],
  },
} satisfies Record<string, Record<string, readonly string[]>>;

/**
 * The properties a list of `typeName` facts must read for the running operation (see OPTIONAL_COLUMNS); null (all)
 * while no selection is known (outside an operation).
 */
function shownProperties(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  typeName: keyof typeof OPTIONAL_COLUMNS,
  operation: { fields?: Selection },
): () => string[] | null {
  const reader = entityReader(dataSource, entity);
  const optional: [string, readonly string[]][] = Object.entries(OPTIONAL_COLUMNS[typeName]);
  return () => {
    const selection = operation.fields;
    if (!selection) return null;
    return reader.propertiesBut(
      optional.filter(([, fields]) => !selection.selectsAny(typeName, fields)).map(([column]) => column),
    );
  };
}

/**
 * Creates the DataLoaders of one request. Each batches every load of one wave (see BatchScheduler: the loads that one
 * level of the query sets off) into a single SQL statement, so the statements a query costs depend on its shape, not
 * on the number of rows nor on the timing of the database. Loaders cache for the request only: create a new set per
 * request (never share them between requests or users).
 */
export function createLoaders(dataSource: DataSource, operation: { fields?: Selection } = {}) {
  const scheduler = new BatchScheduler();
  const link = (sql: string) => linkLoader<number>(dataSource, scheduler, sql);
  /** The terms linked to each purpose through `linkTable` (its `column` names the term), in id order. */
  const purposeTerms = <T extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<T>,
    termsOf: (terms: Terms) => Map<number, T>,
    linkTable: string,
    column: string,
  ) =>
    linkedTermsLoader(
      dataSource,
      scheduler,
      entity,
      termsOf,
      `SELECT "purposeId" AS k, "${column}" AS v FROM ${linkTable} WHERE "purposeId" IN (:...keys)`,
    );
  const one = <T extends ObjectLiteral, K extends string | number>(entity: EntityTarget<T>, column: keyof T & string) =>
    rowLoader<T, K>(dataSource, scheduler, entity, column);
  const many = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, column: keyof T & string) =>
    rowsLoader<T, number>(dataSource, scheduler, entity, column);
  const rows = {
    document: one<PolicyDocument, number>(PolicyDocument, 'id'),
    right: one<Right, number>(Right, 'id'),
    legalBasis: one<LegalBasis, number>(LegalBasis, 'id'),
    dataCategory: one<DataCategory, number>(DataCategory, 'id'),
    purposeCategory: one<PurposeCategory, number>(PurposeCategory, 'id'),
    processor: one<Processor, number>(Processor, 'id'),
  };
  // The terms and documents read with the facts that refer to them (see rowsWithLoader): fields resolve at once.
  const known = {
    document: new KnownRows(rows.document),
    right: new KnownRows(rows.right),
    dataCategory: new KnownRows(rows.dataCategory),
    purposeCategory: new KnownRows(rows.purposeCategory),
    processor: new KnownRows(rows.processor),
  };
  // The term each kind of fact names (see rowsWithTermsLoader).
  const joins = {
    dataCategory: { foreignKey: 'dataCategoryId', terms: (t: Terms) => t.dataCategory, known: known.dataCategory },
    purposeCategory: {
      foreignKey: 'purposeCategoryId',
      terms: (t: Terms) => t.purposeCategory,
      known: known.purposeCategory,
    },
    processor: { foreignKey: 'processorId', terms: (t: Terms) => t.processor, known: known.processor },
    right: { foreignKey: 'rightId', terms: (t: Terms) => t.right, known: known.right },
  } as const;
  /**
   * A controller's facts of one kind in document order, each with the term it names; `shownAs` (a GraphQL type of
   * OPTIONAL_COLUMNS): only the columns the operation's fields of that type read.
   */
  const factsWithTerm = <T extends ObjectLiteral, V extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<T>,
    join: { foreignKey: string; terms: (t: Terms) => Map<number, V>; known: KnownRows<V> },
    shownAs?: keyof typeof OPTIONAL_COLUMNS,
  ) =>
    rowsWithTermsLoader<T, V>(
      dataSource,
      scheduler,
      entity,
      'controllerId',
      join as TermOfFact<T, V>,
      ['id'],
      shownAs ? shownProperties(dataSource, entity, shownAs, operation) : undefined,
    );
  const authority = one<SupervisoryAuthority, number>(SupervisoryAuthority, 'id');
  const dpoByController = one<Dpo, number>(Dpo, 'controllerId');
  const rightsRequestByController = one<RightsRequest, number>(RightsRequest, 'controllerId');
  const companions = companionLoader(dataSource, scheduler, operation);
  // Each companion by its own loader: where the selection did not name its field (see companion below).
  const alone: { [F in keyof Companions]-?: (controller: Controller) => Promise<Companion<F>> } = {
    dpo: (c) => dpoByController.load(c.id),
    rightsRequest: (c) => rightsRequestByController.load(c.id),
    document: (c) => rows.document.load(c.documentId),
    supervisoryAuthority: async (c) =>
      c.supervisoryAuthorityId === null ? null : authority.load(c.supervisoryAuthorityId),
  };
  const tied = (pairs: string): TiedControllerLoaders => ({
    page: childPageLoader(scheduler, readControllers(dataSource, pairs)),
    count: countLoader(dataSource, scheduler, countSql(pairs)),
  });
  return {
    /**
     * Runs a statement of the request that no loader makes (a list's page or count, a search) in step with the
     * loaders' waves (see BatchScheduler.run): resolvers at the root of a query use it.
     */
    statement: <T>(work: () => PromiseLike<T>): Promise<T> => scheduler.run(work),
    // rows by key
    controller: one<Controller, number>(Controller, 'id'),
    /** The published version of each slug. */
    controllerBySlug: publishedControllers(dataSource, scheduler),
    /** A version by `<slug>@<version>`, whatever its status (callers check who may see it). */
    controllerVersion: versionLoader(dataSource, scheduler),
    /** Every version of each slug, oldest first. */
    versionsOfSlug: rowsLoader<Controller, string>(dataSource, scheduler, Controller, 'slug'),
    ...rows,
    /** The row a fact refers to, at once when the fact was read with it (`known.right.get(fact, id)`), else loaded. */
    known,
    /** Submitted policies by their key (curators only: node lookup checks). */
    ingestionByKey: one<Ingestion, string>(Ingestion, 'key'),
    /** The document of the published version of each slug. */
    documentBySlug: publishedDocuments(dataSource, scheduler),
    documentText: batchLoader<number, string | null>(scheduler, async (ids) => {
      const rows = await readStatements(dataSource).rows<{ id: number; text: string }>(
        'SELECT id, text FROM policy_document WHERE id IN (:...ids)',
        { ids: [...ids] },
      );
      const byId = new Map(rows.map((row) => [Number(row.id), row.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    authority,
    authorityBySlug: one<SupervisoryAuthority, string>(SupervisoryAuthority, 'slug'),
    legalBasisByCode: one<LegalBasis, string>(LegalBasis, 'code'),
    rightByCode: one<Right, string>(Right, 'code'),
    dataCategoryByCode: one<DataCategory, string>(DataCategory, 'code'),
    purposeCategoryByCode: one<PurposeCategory, string>(PurposeCategory, 'code'),
    recipientCategory: one<RecipientCategory, number>(RecipientCategory, 'id'),
    recipientCategoryByCode: one<RecipientCategory, string>(RecipientCategory, 'code'),
    processorBySlug: one<Processor, string>(Processor, 'slug'),
    // facts by the key of their global id (node lookups)
    dpoByKey: one<Dpo, string>(Dpo, 'nodeKey'),
    purposeByKey: one<Purpose, string>(Purpose, 'nodeKey'),
    engagementByKey: one<ProcessorEngagement, string>(ProcessorEngagement, 'nodeKey'),
    disclosureByKey: one<DataCategoryDisclosure, string>(DataCategoryDisclosure, 'nodeKey'),
    recipientDisclosureByKey: one<RecipientDisclosure, string>(RecipientDisclosure, 'nodeKey'),
    rightStatementByKey: one<RightStatement, string>(RightStatement, 'nodeKey'),
    legalBasisClaimByKey: one<LegalBasisClaim, string>(LegalBasisClaim, 'nodeKey'),
    rightsRequestByKey: one<RightsRequest, string>(RightsRequest, 'nodeKey'),
    statementByKey: one<PolicyStatement, string>(PolicyStatement, 'nodeKey'),
    authorityReferenceByKey: one<AuthorityReference, string>(AuthorityReference, 'nodeKey'),
    evidenceByKey: one<Evidence, string>(Evidence, 'nodeKey'),
    /** The `fact` row of each fact (review state, source, confidence, revision). */
    fact: one<Fact, number>(Fact, 'id'),
    // one-to-one facts of a controller
    dpoByController,
    authorityReferenceByController: one<AuthorityReference, number>(AuthorityReference, 'controllerId'),
    rightsRequestByController,
    /**
     * A controller's DPO, rights request, document or authority as its GraphQL fields show them: read with the others
     * the operation selects, in one statement per wave (see companionLoader).
     */
    async companion<F extends keyof Companions>(controller: Controller, field: F): Promise<Companion<F>> {
      const read = (await companions.load(controller.id))[field];
      return read !== undefined
        ? (read as Companion<F>)
        : (alone[field] as (c: Controller) => Promise<Companion<F>>)(controller);
    },
    // one-to-many facts of a controller, in document order
    legalBasisClaims: many<LegalBasisClaim>(LegalBasisClaim, 'controllerId'),
    disclosures: factsWithTerm(DataCategoryDisclosure, joins.dataCategory),
    purposes: factsWithTerm(Purpose, joins.purposeCategory),
    engagements: factsWithTerm(ProcessorEngagement, joins.processor),
    rightStatements: factsWithTerm(RightStatement, joins.right),
    /**
     * The same four lists as the GraphQL fields of a controller show them: only the columns the operation's fields
     * read (see OPTIONAL_COLUMNS). The loaders above read every column, for code that reads whole facts (analysis).
     */
    shown: {
      disclosures: factsWithTerm(DataCategoryDisclosure, joins.dataCategory, 'DataCategoryDisclosure'),
      purposes: factsWithTerm(Purpose, joins.purposeCategory, 'Purpose'),
      engagements: factsWithTerm(ProcessorEngagement, joins.processor, 'ProcessorEngagement'),
      rightStatements: factsWithTerm(RightStatement, joins.right, 'RightStatement'),
    },
    recipientDisclosures: many<RecipientDisclosure>(RecipientDisclosure, 'controllerId'),
    statements: many<PolicyStatement>(PolicyStatement, 'controllerId'),
    /** The evidence of each fact (by fact id), in document order. */
    evidence: rowsWithLoader(
      dataSource,
      scheduler,
      Evidence,
      'factId',
      { entity: PolicyDocument, foreignKey: 'documentId', known: known.document },
      ['start', 'id'],
    ),
    /** The legal bases and data categories of each purpose, in id order (the terms from the term snapshot). */
    purposeLegalBases: purposeTerms(LegalBasis, (t) => t.legalBasis, 'purpose_legal_basis', 'legalBasisId'),
    purposeDataCategories: purposeTerms(DataCategory, (t) => t.dataCategory, 'purpose_data_category', 'dataCategoryId'),
    // many-to-many links: ids of the other side
    purposeLegalBasisIds: link(
      'SELECT "purposeId" AS k, "legalBasisId" AS v FROM purpose_legal_basis WHERE "purposeId" IN (:...keys)',
    ),
    purposeDataCategoryIds: link(
      'SELECT "purposeId" AS k, "dataCategoryId" AS v FROM purpose_data_category WHERE "purposeId" IN (:...keys)',
    ),
    engagementDataCategoryIds: link(
      'SELECT "engagementId" AS k, "dataCategoryId" AS v FROM processor_engagement_data_category WHERE "engagementId" IN (:...keys)',
    ),
    // the controllers a vocabulary term or vendor is tied to: bounded pages in slug order, and their number
    controllersOfDataCategory: tied(CONTROLLER_LINKS.dataCategory),
    controllersOfLegalBasis: tied(CONTROLLER_LINKS.legalBasis),
    controllersOfRight: tied(CONTROLLER_LINKS.right),
    controllersOfAuthority: tied(CONTROLLER_LINKS.authority),
    controllersOfPurposeCategory: tied(CONTROLLER_LINKS.purposeCategory),
    controllersOfRecipientCategory: tied(CONTROLLER_LINKS.recipientCategory),
    controllersOfProcessor: {
      page: childPageLoader(scheduler, readVendorControllers(dataSource)),
      count: countLoader(dataSource, scheduler, countSql(processorLink(ANY_ENGAGEMENT))),
    } satisfies TiedControllerLoaders<ControllerPageArgs & EngagementScope>,
    // the first engagements of a vendor (in a scope), by controller slug
    engagementsOfProcessor: childListLoader(scheduler, readEngagements(dataSource)),
    /** The legal bases a controller relies on (stated in general or tied to a purpose), in id order (see linkedTermsLoader). */
    legalBasesOfController: linkedTermsLoader(
      dataSource,
      scheduler,
      LegalBasis,
      (t) => t.legalBasis,
      `SELECT "controllerId" AS k, "legalBasisId" AS v FROM legal_basis_claim WHERE "controllerId" IN (:...keys)
       UNION SELECT p."controllerId" AS k, j."legalBasisId" AS v FROM purpose_legal_basis j JOIN purpose p ON p.id = j."purposeId" WHERE p."controllerId" IN (:...keys)`,
    ),
    // the data categories a vendor receives, across the controllers that engage it
    dataCategoryIdsOfProcessor: link(
      `SELECT e."processorId" AS k, j."dataCategoryId" AS v FROM processor_engagement_data_category j
       JOIN processor_engagement e ON e.id = j."engagementId" JOIN controller c ON c.id = e."controllerId" AND ${PUBLISHED}
       WHERE e."processorId" IN (:...keys)`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export { collectPolicyFacts, policyFactsFor } from './collect-policy-facts';
