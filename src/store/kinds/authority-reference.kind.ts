import { AuthorityReference, FactKind } from '../../entities';
import { AuthorityReferenceFacts, StatedContact } from '../../policy/fact-file';
import { FactKindModule, rowsById } from './fact-kind';

/** How the policy names the supervisory authority, and the contact details it gives: at most one per version. */
export const authorityReferenceKind: FactKindModule<AuthorityReferenceFacts> = {
  field: 'supervisoryAuthority',
  kind: FactKind.AUTHORITY_REFERENCE,
  typeName: 'AuthorityReference',
  entity: AuthorityReference,
  inputClass: AuthorityReferenceFacts,
  many: false,
  key: () => 'supervisory-authority',
  write({ writer, terms, controllerId }, { id, nodeKey }, s) {
    writer.insert(AuthorityReference, {
      id,
      nodeKey,
      controllerId,
      supervisoryAuthorityId: terms.id('authorities', s.authority),
      namedAs: s.namedAs,
      statedAddress: s.statedContact?.address ?? null,
      statedPhone: s.statedContact?.phone ?? null,
      statedFax: s.statedContact?.fax ?? null,
      statedEmail: s.statedContact?.email ?? null,
      statedWebsite: s.statedContact?.website ?? null,
    });
  },
  async read({ manager, terms }, ids) {
    const rows = await rowsById(manager, AuthorityReference, ids);
    return new Map(
      [...rows].map(([id, r]) => {
        const contact = {
          address: r.statedAddress,
          phone: r.statedPhone,
          fax: r.statedFax,
          email: r.statedEmail,
          website: r.statedWebsite,
        };
        const anyContact = Object.values(contact).some((v) => v !== null);
        return [
          id,
          Object.assign(new AuthorityReferenceFacts(), {
            authority: terms.code('authorities', r.supervisoryAuthorityId),
            namedAs: r.namedAs,
            statedContact: anyContact ? Object.assign(new StatedContact(), contact) : null,
            evidence: [],
          }),
        ];
      }),
    );
  },
};
