import { Dpo, FactKind } from '../../entities';
import { DpoFacts } from '../../policy/fact-file';
import { addressColumns, addressFacts } from './address';
import { FactKindModule, rowsById } from './fact-kind';

/** The data protection officer: at most one per version. */
export const dpoKind: FactKindModule<DpoFacts> = {
  field: 'dpo',
  kind: FactKind.DPO,
  typeName: 'Dpo',
  entity: Dpo,
  inputClass: DpoFacts,
  many: false,
  key: () => 'dpo',
  write({ writer, controllerId }, { id, nodeKey }, dpo) {
    writer.insert(Dpo, {
      id,
      nodeKey,
      controllerId,
      name: dpo.name ?? null,
      organization: dpo.organization ?? null,
      email: dpo.email ?? null,
      phone: dpo.phone ?? null,
      addressColumns: addressColumns(dpo.address),
    });
  },
  async read({ manager }, ids) {
    const rows = await rowsById(manager, Dpo, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new DpoFacts(), {
          name: r.name,
          organization: r.organization,
          email: r.email,
          phone: r.phone,
          address: addressFacts(r.addressColumns),
          evidence: [],
        }),
      ]),
    );
  },
};
