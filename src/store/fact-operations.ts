import { DataSource } from 'typeorm';
import { Controller, Fact, FactSource, PolicyDocument, ReviewState, VersionStatus } from '../entities';
import { ControllerFacts } from '../policy/fact-file';
import { LocatedEvidence, validateFact } from '../policy/validate-policy';
import { toGlobalId } from '../schema/node';
import { AnyFact, FactField, FactKindModule, kindOfField } from './kinds';
import { readVersion } from './read-version';
import { Actor, AuditAction, execute, WriteTransaction } from './transaction';
import { problemsAsUserErrors, userError, UserErrorCode } from './user-errors';
import { cite } from './write-version';
import { addressColumns } from './kinds/address';

/** A fact a write changed: enough for the payload to load it (its type and the key of its global id). */
export interface ChangedFact {
  typeName: string;
  nodeKey: string;
  versionId: number;
}

/** The version a write targets, with its document text; refused when it is closed (superseded) or unknown. */
async function openVersion(tx: WriteTransaction, versionId: number, field: string[]) {
  const version = await tx.manager.findOneBy(Controller, { id: versionId });
  if (!version) throw userError(UserErrorCode.NOT_FOUND, 'No such version of a controller.', field);
  if (version.status === VersionStatus.SUPERSEDED)
    throw userError(
      UserErrorCode.VERSION_CLOSED,
      `Version ${version.version} of ${version.slug} is superseded: change the published version or a draft instead.`,
      field,
    );
  const document = await tx.manager
    .getRepository(PolicyDocument)
    .createQueryBuilder('d')
    .addSelect('d.text')
    .where('d.id = :id', { id: version.documentId })
    .getOneOrFail();
  return { version, text: document.text as string };
}

/**
 * A fact by id; NOT_FOUND when there is none, or (unless `identity`) when it is a version's identity or document fact,
 * which change through their own operations.
 */
async function factById(tx: WriteTransaction, factId: number, identity = false) {
  const row = await tx.manager.findOneBy(Fact, { id: factId });
  if (!row || (!identity && (row.field === 'controller' || row.field === 'document')))
    throw userError(UserErrorCode.NOT_FOUND, 'No fact with this id.', ['input', 'id']);
  return row;
}

/**
 * Moves a fact to its next revision if it is still at `expected`: the check and the change are one statement, so that
 * of two concurrent writers (other replicas included) exactly one wins; the other gets CONFLICT and changes nothing.
 */
async function bumpRevision(tx: WriteTransaction, row: Fact, expected: number, set: Partial<Fact> = {}): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((c) => `"${c}" = ?`).join(', ');
  const changed = await execute(
    tx.manager,
    `UPDATE fact SET revision = revision + 1${assignments ? `, ${assignments}` : ''} WHERE id = ? AND revision = ?`,
    [...columns.map((c) => set[c as keyof Fact]), row.id, expected],
  );
  if (changed === 0)
    throw userError(
      UserErrorCode.CONFLICT,
      `The fact changed since revision ${expected} (it is at revision ${row.revision}): read it again and retry.`,
      ['input', 'expectedRevision'],
    );
}

/**
 * Validates a fact given through the API against its version's text and the vocabulary; throws user errors whose
 * paths start at `path` (where the fact stands in the mutation's input).
 */
async function validated(tx: WriteTransaction, module: FactKindModule, plain: unknown, text: string, path: string[]) {
  const terms = await tx.terms();
  const result = validateFact(module.inputClass, module.field, module.many, plain, text, terms.known());
  if (!result.fact) throw problemsAsUserErrors(result.problems, path);
  return { fact: result.fact as AnyFact, evidence: result.evidence };
}

/** The value of one stored fact in the fact-file shape, evidence included (for the audit log). */
async function storedValue(tx: WriteTransaction, version: Controller, factId: number): Promise<AnyFact | null> {
  const stored = await readVersion(tx.manager, await tx.terms(), version.id);
  return stored?.facts.find((f) => f.row.id === factId)?.value ?? null;
}

/** Buffers a fact's content rows and evidence (its `fact` row exists). */
async function writeContent(
  tx: WriteTransaction,
  module: FactKindModule,
  version: Controller,
  row: Pick<Fact, 'id' | 'key'>,
  fact: AnyFact,
  evidence: LocatedEvidence[],
): Promise<string> {
  const writer = await tx.writer();
  const terms = await tx.terms();
  const nodeKey = `${version.versionKey}/${row.key}`;
  module.write(
    { writer, terms, controllerId: version.id, controllerSlug: version.slug },
    { id: row.id, nodeKey },
    fact,
  );
  for (const span of evidence) cite(writer, version.documentId, row.id, nodeKey, span);
  return nodeKey;
}

/** Deletes a fact's content rows (links cascade) and evidence, keeping its `fact` row. */
async function clearContent(tx: WriteTransaction, module: FactKindModule, factId: number): Promise<void> {
  const table = tx.manager.connection.getMetadata(module.entity).tableName;
  await execute(tx.manager, `DELETE FROM evidence WHERE "factId" = ?`, [factId]);
  await execute(tx.manager, `DELETE FROM "${table}" WHERE id = ?`, [factId]);
}

/**
 * Brings the controller's summary columns (DPO named, authority, transfers, automated decisions, minimum age) in line
 * with its facts, once the transaction's rows are written.
 */
function refreshSummary(tx: WriteTransaction, versionId: number): void {
  tx.onFlushed(async () => {
    const statement = (topic: string) =>
      `(SELECT s.kind FROM policy_statement s WHERE s."controllerId" = controller.id AND s.topic = '${topic}' LIMIT 1)`;
    await execute(
      tx.manager,
      `UPDATE controller SET
         "hasDpo" = EXISTS (SELECT 1 FROM dpo d WHERE d."controllerId" = controller.id),
         "supervisoryAuthorityId" = (SELECT a."supervisoryAuthorityId" FROM authority_reference a WHERE a."controllerId" = controller.id),
         "transfersOutsideEEA" = CASE ${statement('TRANSFERS')} WHEN 'OCCURS' THEN TRUE WHEN 'NONE' THEN FALSE END,
         "automatedDecisionMaking" = CASE ${statement('AUTOMATED_DECISION_MAKING')} WHEN 'USED' THEN TRUE WHEN 'NOT_USED' THEN FALSE END,
         "minimumAge" = CAST(${statement('MINIMUM_AGE')} AS INTEGER)
       WHERE id = ?`,
      [versionId],
    );
  });
}

/** A key for a new fact that no fact of the version has: its natural key, else `~2`, `~3`, ... */
async function freeKey(tx: WriteTransaction, versionId: number, natural: string): Promise<string> {
  const rows = await tx.manager.find(Fact, { select: { key: true }, where: { controllerId: versionId } });
  const taken = new Set(rows.map((r) => r.key));
  if (!taken.has(natural)) return natural;
  for (let n = 2; ; n++) if (!taken.has(`${natural}~${n}`)) return `${natural}~${n}`;
}

const subjectOf = (module: FactKindModule, nodeKey: string) => toGlobalId(module.typeName, nodeKey);

/**
 * Adds a fact to a version (a draft, or the published version: a correction readers see at once). The fact passes
 * the gate against the version's text; a curator's fact is ACCEPTED. A second DPO, authority or rights procedure is
 * ALREADY_EXISTS (change the one there is). All or nothing, audited.
 */
export function createFact(
  dataSource: DataSource,
  actor: Actor,
  input: { versionId: number; field: FactField; value: unknown; path: string[] },
): Promise<ChangedFact> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const module = kindOfField(input.field);
    const { version, text } = await openVersion(tx, input.versionId, ['input', 'controller']);
    const { fact, evidence } = await validated(tx, module, input.value, text, input.path);
    if (!module.many && (await tx.manager.countBy(Fact, { controllerId: version.id, field: module.field })))
      throw userError(
        UserErrorCode.ALREADY_EXISTS,
        `Version ${version.version} of ${version.slug} has a ${module.field} fact already: change it (factUpdate) instead.`,
        input.path,
      );
    const key = await freeKey(tx, version.id, module.key(fact));
    const writer = await tx.writer();
    const id = writer.insert(Fact, {
      controllerId: version.id,
      kind: module.kind,
      field: module.field,
      key,
      reviewState: ReviewState.ACCEPTED,
      source: FactSource.CURATOR,
      confidence: null,
      revision: 1,
    });
    const nodeKey = await writeContent(tx, module, version, { id, key }, fact, evidence);
    refreshSummary(tx, version.id);
    await tx.audit({
      action: AuditAction.FACT_CREATED,
      subject: subjectOf(module, nodeKey),
      controllerSlug: version.slug,
      version: version.version,
      after: { ...fact, evidence },
    });
    return { typeName: module.typeName, nodeKey, versionId: version.id };
  });
}

/**
 * Replaces a fact's content and evidence (its key, id and global id stay), if it is still at `expectedRevision`
 * (else CONFLICT). The new content passes the gate against the version's text; the fact becomes a curator's and
 * ACCEPTED. On the published version the correction is what readers see at once. All or nothing, audited with the
 * fact before and after.
 */
export function updateFact(
  dataSource: DataSource,
  actor: Actor,
  input: { factId: number; expectedRevision: number; field: FactField; value: unknown; path: string[] },
): Promise<ChangedFact> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const row = await factById(tx, input.factId);
    if (row.field !== input.field)
      throw userError(
        UserErrorCode.INVALID,
        `This fact is a ${row.field} fact, not a ${input.field} one: give it as such.`,
        ['input', 'fact'],
      );
    const module = kindOfField(input.field);
    const { version, text } = await openVersion(tx, row.controllerId, ['input', 'id']);
    const { fact, evidence } = await validated(tx, module, input.value, text, input.path);
    const before = await storedValue(tx, version, row.id);
    await bumpRevision(tx, row, input.expectedRevision, {
      reviewState: ReviewState.ACCEPTED,
      source: FactSource.CURATOR,
      confidence: null,
    });
    await clearContent(tx, module, row.id);
    const nodeKey = await writeContent(tx, module, version, row, fact, evidence);
    refreshSummary(tx, version.id);
    await tx.audit({
      action: AuditAction.FACT_UPDATED,
      subject: subjectOf(module, nodeKey),
      controllerSlug: version.slug,
      version: version.version,
      before,
      after: { ...fact, evidence },
    });
    return { typeName: module.typeName, nodeKey, versionId: version.id };
  });
}

/** Removes a fact (its content and evidence go with it) if it is still at `expectedRevision`. Audited. */
export function deleteFact(
  dataSource: DataSource,
  actor: Actor,
  input: { factId: number; expectedRevision: number },
): Promise<ChangedFact> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const row = await factById(tx, input.factId);
    const module = kindOfField(row.field as FactField);
    const { version } = await openVersion(tx, row.controllerId, ['input', 'id']);
    const before = await storedValue(tx, version, row.id);
    await bumpRevision(tx, row, input.expectedRevision);
    await execute(tx.manager, 'DELETE FROM fact WHERE id = ?', [row.id]);
    refreshSummary(tx, version.id);
    const nodeKey = `${version.versionKey}/${row.key}`;
    await tx.audit({
      action: AuditAction.FACT_DELETED,
      subject: subjectOf(module, nodeKey),
      controllerSlug: version.slug,
      version: version.version,
      before,
    });
    return { typeName: module.typeName, nodeKey, versionId: version.id };
  });
}

/**
 * Accepts or rejects a fact of a draft (the extractor's, or one carried over from an earlier version), if it is
 * still at `expectedRevision`. Facts of a published version are accepted already: correct them instead. Audited.
 */
export function reviewFact(
  dataSource: DataSource,
  actor: Actor,
  input: { factId: number; expectedRevision: number; decision: ReviewState.ACCEPTED | ReviewState.REJECTED },
): Promise<ChangedFact> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const row = await factById(tx, input.factId, true);
    const { version } = await openVersion(tx, row.controllerId, ['input', 'id']);
    if (version.status !== VersionStatus.DRAFT)
      throw userError(
        UserErrorCode.INVALID_STATE,
        `Only the facts of a draft are reviewed; version ${version.version} of ${version.slug} is ${version.status.toLowerCase()}: correct or delete the fact instead.`,
        ['input', 'id'],
      );
    await bumpRevision(tx, row, input.expectedRevision, { reviewState: input.decision });
    const identity = row.field === 'controller' || row.field === 'document';
    const typeName =
      row.field === 'controller'
        ? 'Controller'
        : row.field === 'document'
          ? 'PolicyDocument'
          : kindOfField(row.field as FactField).typeName;
    const nodeKey = identity ? version.versionKey : `${version.versionKey}/${row.key}`;
    await tx.audit({
      action: AuditAction.FACT_REVIEWED,
      subject: toGlobalId(typeName, nodeKey),
      controllerSlug: version.slug,
      version: version.version,
      before: { reviewState: row.reviewState },
      after: { reviewState: input.decision },
    });
    return { typeName, nodeKey, versionId: version.id };
  });
}

/**
 * Replaces a version's controller identity (name, legal form, enterprise number, contact details) and its evidence,
 * if the version is still at `expectedRevision`. Passes the gate against the version's text. Audited.
 */
export function updateIdentity(
  dataSource: DataSource,
  actor: Actor,
  input: { versionId: number; expectedRevision: number; value: unknown },
): Promise<{ versionId: number }> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const { version, text } = await openVersion(tx, input.versionId, ['input', 'id']);
    const plain = { ...(input.value as object), slug: version.slug };
    const terms = await tx.terms();
    const result = validateFact(ControllerFacts, 'controller', false, plain, text, terms.known());
    if (!result.fact) throw problemsAsUserErrors(result.problems, ['input', 'identity']);
    const c = result.fact;
    const stored = await readVersion(tx.manager, terms, version.id);
    const changed = await execute(
      tx.manager,
      `UPDATE controller SET revision = revision + 1, name = ?, "legalName" = ?, "legalForm" = ?, "enterpriseNumber" = ?,
         "kvkNumber" = ?, "vatNumber" = ?, website = ?, email = ?, phone = ?, representative = ?, "addressStreet" = ?, "addressPostalcode" = ?,
         "addressCity" = ?, "addressCountry" = ? WHERE id = ? AND revision = ?`,
      [
        c.name,
        c.legalName ?? null,
        c.legalForm ?? null,
        c.enterpriseNumber ?? null,
        c.kvkNumber ?? null,
        c.vatNumber ?? null,
        c.website ?? null,
        c.email ?? null,
        c.phone ?? null,
        c.representative ?? null,
        ...Object.values(addressColumns(c.address)),
        version.id,
        input.expectedRevision,
      ],
    );
    if (changed === 0)
      throw userError(
        UserErrorCode.CONFLICT,
        `Version ${version.version} of ${version.slug} changed since revision ${input.expectedRevision} (it is at revision ${version.revision}): read it again and retry.`,
        ['input', 'expectedRevision'],
      );
    await execute(tx.manager, `UPDATE fact SET revision = revision + 1, source = ? WHERE id = ?`, [
      FactSource.CURATOR,
      version.factId,
    ]);
    await execute(tx.manager, `DELETE FROM evidence WHERE "factId" = ?`, [version.factId]);
    const writer = await tx.writer();
    for (const span of result.evidence)
      cite(writer, version.documentId, version.factId, `${version.versionKey}/controller`, span);
    await tx.audit({
      action: AuditAction.IDENTITY_UPDATED,
      subject: toGlobalId('Controller', version.versionKey),
      controllerSlug: version.slug,
      version: version.version,
      before: stored?.file.controller,
      after: { ...c, evidence: result.evidence },
    });
    return { versionId: version.id };
  });
}
