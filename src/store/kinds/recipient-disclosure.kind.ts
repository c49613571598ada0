import { FactKind, RecipientDisclosure } from '../../entities';
import { RecipientFacts } from '../../policy/fact-file';
import { FactKindModule, rowsById, slugify } from './fact-kind';

/** A category of recipients the policy names without naming a vendor. */
export const recipientDisclosureKind: FactKindModule<RecipientFacts> = {
  field: 'recipients',
  kind: FactKind.RECIPIENT_DISCLOSURE,
  typeName: 'RecipientDisclosure',
  entity: RecipientDisclosure,
  inputClass: RecipientFacts,
  many: true,
  key: (r) => `recipient:${r.category}:${slugify(r.label)}`,
  write({ writer, terms, controllerId }, { id, nodeKey }, r) {
    writer.insert(RecipientDisclosure, {
      id,
      nodeKey,
      controllerId,
      recipientCategoryId: terms.id('recipientCategories', r.category),
      label: r.label,
    });
  },
  async read({ manager, terms }, ids) {
    const rows = await rowsById(manager, RecipientDisclosure, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new RecipientFacts(), {
          category: terms.code('recipientCategories', r.recipientCategoryId),
          label: r.label,
          evidence: [],
        }),
      ]),
    );
  },
};
