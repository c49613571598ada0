import { FactKind, RightCode, RightStatement } from '../../entities';
import { RightFacts } from '../../policy/fact-file';
import { FactKindModule, rowsById } from './fact-kind';

/** A data-subject right the policy grants, with its conditions. */
export const rightStatementKind: FactKindModule<RightFacts> = {
  field: 'rights',
  kind: FactKind.RIGHT_STATEMENT,
  typeName: 'RightStatement',
  entity: RightStatement,
  inputClass: RightFacts,
  many: true,
  key: (r) => `right:${r.right}`,
  write({ writer, terms, controllerId }, { id, nodeKey }, r) {
    writer.insert(RightStatement, {
      id,
      nodeKey,
      controllerId,
      rightId: terms.id('rights', r.right),
      conditions: r.conditions ?? null,
    });
  },
  async read({ manager, terms }, ids) {
    const rows = await rowsById(manager, RightStatement, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new RightFacts(), {
          right: terms.code('rights', r.rightId) as RightCode,
          conditions: r.conditions,
          evidence: [],
        }),
      ]),
    );
  },
};
