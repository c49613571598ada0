import { FactKind, LegalBasisCode, Purpose } from '../../entities';
import { PurposeFacts, RetentionFacts } from '../../policy/fact-file';
import { FactKindModule, linksOf, rowsById, slugify } from './fact-kind';

/** A purpose of processing, with the legal bases, data categories and retention the text ties to it. */
export const purposeKind: FactKindModule<PurposeFacts> = {
  field: 'purposes',
  kind: FactKind.PURPOSE,
  typeName: 'Purpose',
  entity: Purpose,
  inputClass: PurposeFacts,
  many: true,
  key: (purpose) => `purpose:${slugify(purpose.name)}`,
  write({ writer, terms, controllerId }, { id, nodeKey }, p) {
    writer.insert(Purpose, {
      id,
      nodeKey,
      controllerId,
      name: p.name,
      label: p.label,
      purposeCategoryId: terms.id('purposeCategories', p.category),
      retentionDescription: p.retention?.description ?? null,
      retentionDuration: p.retention?.duration ?? null,
    });
    for (const code of new Set(p.legalBases ?? []))
      writer.link('purpose_legal_basis', { purposeId: id, legalBasisId: terms.id('legalBases', code) });
    for (const code of new Set(p.dataCategories ?? []))
      writer.link('purpose_data_category', { purposeId: id, dataCategoryId: terms.id('dataCategories', code) });
  },
  async read({ manager, terms }, ids) {
    // One statement after the other: inside a write transaction they share one connection.
    const rows = await rowsById(manager, Purpose, ids);
    const bases = await linksOf(
      manager,
      { table: 'purpose_legal_basis', key: 'purposeId', value: 'legalBasisId' },
      ids,
    );
    const categories = await linksOf(
      manager,
      { table: 'purpose_data_category', key: 'purposeId', value: 'dataCategoryId' },
      ids,
    );
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new PurposeFacts(), {
          name: r.name,
          label: r.label,
          category: terms.code('purposeCategories', r.purposeCategoryId),
          legalBases: (bases.get(id) ?? []).map((b) => terms.code('legalBases', b) as LegalBasisCode),
          dataCategories: (categories.get(id) ?? []).map((c) => terms.code('dataCategories', c)),
          retention: r.retentionDescription
            ? Object.assign(new RetentionFacts(), {
                description: r.retentionDescription,
                duration: r.retentionDuration,
              })
            : null,
          evidence: [],
        }),
      ]),
    );
  },
};
