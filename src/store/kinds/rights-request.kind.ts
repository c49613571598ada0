import { FactKind, RightsRequest } from '../../entities';
import { RightsRequestFacts } from '../../policy/fact-file';
import { FactKindModule, rowsById } from './fact-kind';

/** How to exercise the rights (channels, response time, identity proof, fee): at most one per version. */
export const rightsRequestKind: FactKindModule<RightsRequestFacts> = {
  field: 'rightsRequest',
  kind: FactKind.RIGHTS_REQUEST,
  typeName: 'RightsRequest',
  entity: RightsRequest,
  inputClass: RightsRequestFacts,
  many: false,
  key: () => 'rights-request',
  write({ writer, controllerId }, { id, nodeKey }, r) {
    writer.insert(RightsRequest, {
      id,
      nodeKey,
      controllerId,
      channels: r.channels,
      email: r.email ?? null,
      postalAddress: r.postalAddress ?? null,
      responseTime: r.responseTime ?? null,
      identityProof: r.identityProof ?? null,
      fee: r.fee ?? null,
    });
  },
  async read({ manager }, ids) {
    const rows = await rowsById(manager, RightsRequest, ids);
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new RightsRequestFacts(), {
          channels: r.channels,
          email: r.email,
          postalAddress: r.postalAddress,
          responseTime: r.responseTime,
          identityProof: r.identityProof,
          fee: r.fee,
          evidence: [],
        }),
      ]),
    );
  },
};
