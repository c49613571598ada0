import { DataCategoryDisclosure, FactKind } from '../../entities';
import { DataCategoryFacts } from '../../policy/fact-file';
import { FactKindModule, rowsById, slugify } from './fact-kind';

/** A personal data item the policy lists, as it words it. */
export const dataCategoryDisclosureKind: FactKindModule<DataCategoryFacts> = {
  field: 'dataCategories',
  kind: FactKind.DATA_CATEGORY_DISCLOSURE,
  typeName: 'DataCategoryDisclosure',
  entity: DataCategoryDisclosure,
  inputClass: DataCategoryFacts,
  many: true,
  key: (item) => `data-category:${item.category}:${slugify(item.label)}`,
  write({ writer, terms, controllerId }, { id, nodeKey }, item) {
    writer.insert(DataCategoryDisclosure, {
      id,
      nodeKey,
      controllerId,
      dataCategoryId: terms.id('dataCategories', item.category),
      label: item.label,
      sensitive: item.sensitive ?? false,
      context: item.context ?? null,
    });
  },
  async read({ manager, terms }, ids) {
    const rows = await rowsById(manager, DataCategoryDisclosure, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new DataCategoryFacts(), {
          category: terms.code('dataCategories', r.dataCategoryId),
          label: r.label,
          sensitive: r.sensitive,
          context: r.context,
          evidence: [],
        }),
      ]),
    );
  },
};
