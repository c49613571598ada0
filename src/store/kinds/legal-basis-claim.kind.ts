import { FactKind, LegalBasisClaim, LegalBasisCode } from '../../entities';
import { LegalBasisFacts } from '../../policy/fact-file';
import { FactKindModule, rowsById } from './fact-kind';

/** A lawful basis the policy states in general (not tied to one purpose). */
export const legalBasisClaimKind: FactKindModule<LegalBasisFacts> = {
  field: 'legalBases',
  kind: FactKind.LEGAL_BASIS_CLAIM,
  typeName: 'LegalBasisClaim',
  entity: LegalBasisClaim,
  inputClass: LegalBasisFacts,
  many: true,
  key: (claim) => `legal-basis:${claim.code}`,
  write({ writer, terms, controllerId }, { id, nodeKey }, claim) {
    writer.insert(LegalBasisClaim, { id, nodeKey, controllerId, legalBasisId: terms.id('legalBases', claim.code) });
  },
  async read({ manager, terms }, ids) {
    const rows = await rowsById(manager, LegalBasisClaim, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new LegalBasisFacts(), {
          code: terms.code('legalBases', r.legalBasisId) as LegalBasisCode,
          evidence: [],
        }),
      ]),
    );
  },
};
