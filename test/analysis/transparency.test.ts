import { PolicyFacts, scoreItems, TransparencyItem, transparencyReport, TransparencyStatus } from '../../src/analysis';
import {
  automatedDecisionMaking,
  complaint,
  controllerIdentity,
  dataSubjectRights,
  dpoContact,
  indirectDataCategories,
  indirectDataSource,
  legalBasisPerPurpose,
  legitimateInterests,
  purposesStated,
  recipients,
  retention,
  statutoryOrContractualRequirement,
  thirdCountryTransfers,
  withdrawConsent,
} from '../../src/analysis/transparency/requirements';
import { LegalBasisCode, ProcessorRole, RightCode, StatementTopic } from '../../src/entities';
import {
  basis,
  category,
  compliantPolicy,
  disclosure,
  engagement,
  policyWith,
  purpose,
  right,
  span,
  statement,
} from './policy-facts.fixture';

const { MET, PARTIAL, MISSING, NOT_APPLICABLE } = TransparencyStatus;
const status = (item: TransparencyItem) => item.status;

describe('transparencyReport', () => {
  it('has one item per requirement of Art. 13/14, in order, with stable keys', () => {
    expect(transparencyReport(compliantPolicy()).items.map((i) => [i.article, i.key])).toEqual([
      ['13(1)(a)', 'controller-identity'],
      ['13(1)(b)', 'dpo-contact'],
      ['13(1)(c)', 'purposes'],
      ['13(1)(c)', 'legal-basis'],
      ['13(1)(d)', 'legitimate-interests'],
      ['13(1)(e)', 'recipients'],
      ['13(1)(f)', 'third-country-transfers'],
      ['13(2)(a)', 'retention'],
      ['13(2)(b)', 'right-access'],
      ['13(2)(b)', 'right-rectification'],
      ['13(2)(b)', 'right-erasure'],
      ['13(2)(b)', 'right-restriction'],
      ['13(2)(b)', 'right-portability'],
      ['13(2)(b)', 'right-objection'],
      ['13(2)(b)', 'right-object-direct-marketing'],
      ['13(2)(c)', 'withdraw-consent'],
      ['13(2)(d)', 'complaint'],
      ['13(2)(e)', 'statutory-requirement'],
      ['13(2)(f)', 'automated-decision-making'],
      ['14(1)(d)', 'indirect-data-categories'],
      ['14(2)(f)', 'indirect-data-source'],
    ]);
  });

  it('meets everything for the compliant policy but 13(2)(e), which the facts cannot record', () => {
    const report = transparencyReport(compliantPolicy());
    const notMet = report.items.filter((i) => i.status !== MET).map((i) => [i.key, i.status]);
    expect(notMet).toEqual([
      ['dpo-contact', NOT_APPLICABLE],
      ['third-country-transfers', NOT_APPLICABLE],
      ['statutory-requirement', MISSING],
      ['automated-decision-making', NOT_APPLICABLE],
      ['indirect-data-categories', NOT_APPLICABLE],
      ['indirect-data-source', NOT_APPLICABLE],
    ]);
    expect(report).toMatchObject({ met: 15, partial: 0, missing: 1, notApplicable: 5, score: 94 });
    for (const item of report.items.filter((i) => i.status === MET)) expect(item.evidence.length).toBeGreaterThan(0);
  });
});

describe('scoreItems', () => {
  const items = (...statuses: TransparencyStatus[]) =>
    statuses.map((s) => ({ key: s, article: '', requirement: '', status: s, rationale: '', evidence: [] }));

  it('counts MET 1, PARTIAL 1/2 and MISSING 0 over the applicable items, rounded', () => {
    expect(scoreItems(items(MET, PARTIAL, MISSING, NOT_APPLICABLE))).toEqual({
      score: 50,
      met: 1,
      partial: 1,
      missing: 1,
      notApplicable: 1,
    });
    expect(scoreItems(items(MET, MET, PARTIAL)).score).toBe(83);
    expect(scoreItems(items(NOT_APPLICABLE)).score).toBe(100);
  });
});

describe('13(1)(a) controller identity', () => {
  it('is MET with legal name, address and e-mail; PARTIAL without a legal name; MISSING without any fact', () => {
    expect(controllerIdentity(compliantPolicy())).toMatchObject({
      status: MET,
      rationale:
        'Gives the legal name Acme BV, enterprise number 0746.725.497, a postal address (Kerkstraat 1, 1000 Brussel), e-mail privacy@acme.be.',
    });
    const noLegalName = controllerIdentity(policyWith((f) => (f.controller.legalName = null)));
    expect(noLegalName).toMatchObject({ status: PARTIAL, rationale: expect.stringContaining('Lacks: legal name.') });
    expect(controllerIdentity(policyWith((f) => (f.controller.evidence = [])))).toMatchObject({
      status: MISSING,
      evidence: [],
    });
  });
});

describe('13(1)(b) DPO', () => {
  const withDpo = (email: string | null) =>
    policyWith(
      (f) =>
        (f.dpo = {
          name: 'An Janssens',
          organization: null,
          email,
          phone: null,
          hasAddress: false,
          evidence: [span('DPO: An Janssens')],
        }),
    );

  it('is NOT_APPLICABLE when none is named, MET with a contact, PARTIAL with a name only', () => {
    expect(status(dpoContact(compliantPolicy()))).toBe(NOT_APPLICABLE);
    expect(dpoContact(withDpo('dpo@acme.be'))).toMatchObject({
      status: MET,
      rationale: 'Names An Janssens as data protection officer, reachable by e-mail dpo@acme.be.',
    });
    expect(status(dpoContact(withDpo(null)))).toBe(PARTIAL);
  });
});

describe('13(1)(c) purposes and legal bases', () => {
  it('purposes are MISSING when none are stated', () => {
    expect(status(purposesStated(compliantPolicy()))).toBe(MET);
    expect(status(purposesStated(policyWith((f) => (f.purposes = []))))).toBe(MISSING);
  });

  it('legal bases are MET per purpose, PARTIAL when some or only general, MISSING when none', () => {
    expect(status(legalBasisPerPurpose(compliantPolicy()))).toBe(MET);
    const some = legalBasisPerPurpose(
      policyWith((f) => f.purposes.push(purpose({ name: 'Statistics', legalBases: [] }))),
    );
    expect(some).toMatchObject({
      status: PARTIAL,
      rationale:
        'Ties a lawful basis to 3 of 4 purposes (Service provision: CONTRACT; Newsletter: CONSENT; Fraud prevention: LEGITIMATE_INTERESTS). No basis is tied to: Statistics.',
    });
    const generalOnly = policyWith((f) => {
      f.purposes = f.purposes.map((p) => ({ ...p, legalBases: [] }));
      f.legalBasisClaims.push({
        basis: basis(LegalBasisCode.CONTRACT),
        evidence: [span('Voor de uitvoering van het contract.')],
      });
    });
    expect(legalBasisPerPurpose(generalOnly).rationale).toContain(
      'States CONTRACT in general, without saying which purposes they cover.',
    );
    expect(status(legalBasisPerPurpose(generalOnly))).toBe(PARTIAL);
    expect(
      status(legalBasisPerPurpose(policyWith((f) => (f.purposes = f.purposes.map((p) => ({ ...p, legalBases: [] })))))),
    ).toBe(MISSING);
  });
});

describe('13(1)(d) legitimate interests', () => {
  it('is MET when tied to purposes, PARTIAL when only general, NOT_APPLICABLE when not relied on', () => {
    expect(legitimateInterests(compliantPolicy())).toMatchObject({
      status: MET,
      rationale: 'Relies on legitimate interests for purposes that say what the interest serves: Fraud prevention.',
    });
    const general = policyWith((f) => {
      f.purposes = f.purposes.filter((p) => p.name !== 'Fraud prevention');
      f.legalBasisClaims.push({
        basis: basis(LegalBasisCode.LEGITIMATE_INTERESTS),
        evidence: [span('Omwille van een gerechtvaardigd belang.')],
      });
    });
    expect(status(legitimateInterests(general))).toBe(PARTIAL);
    expect(
      status(
        legitimateInterests(policyWith((f) => (f.purposes = f.purposes.filter((p) => p.name !== 'Fraud prevention')))),
      ),
    ).toBe(NOT_APPLICABLE);
  });
});

describe('13(1)(e) recipients', () => {
  it('is MET with processors or specific categories, PARTIAL with only generic service providers, MISSING with neither', () => {
    const withProcessor = recipients(
      policyWith((f) => f.processors.push(engagement('hoster', ProcessorRole.PROCESSOR, 'BE'))),
    );
    expect(withProcessor.rationale).toBe('Names the processors hoster; and the categories of recipients “boekhouder”.');
    expect(status(recipients(policyWith((f) => (f.recipients = []))))).toBe(MISSING);
    const generic = recipients(
      policyWith(
        (f) =>
          (f.recipients = [
            {
              category: { code: 'service-provider', name: 'Service providers' },
              label: 'bedrijven die in onze opdracht verwerken',
              evidence: [span('Bedrijven die uw gegevens verwerken in onze opdracht')],
            },
          ]),
      ),
    );
    expect(generic).toMatchObject({
      status: PARTIAL,
      rationale: expect.stringContaining('only as "service providers"'),
    });
  });
});

describe('13(1)(f) transfers', () => {
  const transfers = (kind: string, description: string) => (f: PolicyFacts) =>
    f.statements.push(statement(StatementTopic.TRANSFERS, kind, description));
  const vendor = (f: PolicyFacts) => f.processors.push(engagement('uscloud', ProcessorRole.PROCESSOR, 'US'));

  it('is NOT_APPLICABLE when silent with no foreign vendor, MISSING when silent with one', () => {
    expect(status(thirdCountryTransfers(compliantPolicy()))).toBe(NOT_APPLICABLE);
    expect(thirdCountryTransfers(policyWith(vendor))).toMatchObject({
      status: MISSING,
      rationale:
        'Says nothing about transfers outside the EEA, although it names uscloud (established in United States (US)).',
    });
  });

  it('notes the systems of foreign groups it does not count', () => {
    const facts = policyWith((f) => f.processors.push(engagement('platform', ProcessorRole.SYSTEM, 'LU', 'US')));
    expect(thirdCountryTransfers(facts)).toMatchObject({
      status: NOT_APPLICABLE,
      rationale: expect.stringContaining('Not counted: platform'),
    });
  });

  it('is MET with a transfer tool, PARTIAL without one, and PARTIAL when "no transfers" meets a foreign vendor', () => {
    expect(
      status(thirdCountryTransfers(policyWith(transfers('OCCURS', 'Standard contractual clauses (Art. 46(2)(c))')))),
    ).toBe(MET);
    expect(status(thirdCountryTransfers(policyWith(transfers('OCCURS', 'Conform de AVG'))))).toBe(PARTIAL);
    expect(status(thirdCountryTransfers(policyWith(transfers('NONE', 'Geen doorgifte'))))).toBe(NOT_APPLICABLE);
    expect(
      status(
        thirdCountryTransfers(
          policyWith((f) => {
            transfers('NONE', 'Geen doorgifte')(f);
            vendor(f);
          }),
        ),
      ),
    ).toBe(PARTIAL);
  });
});

describe('13(2)(a) retention', () => {
  const general = (description: string) => (f: PolicyFacts) =>
    f.statements.push(statement(StatementTopic.RETENTION, null, description));
  const noPurposeRetention = (f: PolicyFacts) => (f.purposes = f.purposes.map((p) => ({ ...p, retention: null })));

  it('is MET with a period for every purpose or a concrete general rule', () => {
    expect(retention(compliantPolicy())).toMatchObject({
      status: MET,
      rationale: expect.stringContaining(
        'Gives a retention period or criterion for every purpose: Service provision: 10 jaar',
      ),
    });
    expect(
      status(
        retention(
          policyWith((f) => {
            noPurposeRetention(f);
            general('Zolang u klant bent, en 30 dagen daarna.')(f);
          }),
        ),
      ),
    ).toBe(MET);
  });

  it('is PARTIAL with periods for some purposes; MISSING with nothing, or with only "as long as necessary" (WP260)', () => {
    const some = retention(policyWith((f) => (f.purposes[0].retention = null)));
    expect(some).toMatchObject({
      status: PARTIAL,
      rationale: expect.stringContaining('Gives periods for 2 of 3 purposes'),
    });
    expect(some.rationale).toContain('for Service provision none.');
    const vague = retention(
      policyWith((f) => {
        noPurposeRetention(f);
        general('Niet langer dan noodzakelijk.')(f);
      }),
    );
    expect(vague).toMatchObject({
      status: MISSING,
      rationale: expect.stringContaining('States only that data are kept as long as necessary'),
    });
    expect(vague.rationale).toContain('does not meet Art. 13(2)(a) (WP260 rev.01 §45)');
    // What the policy says is still shown: the generic rule is the evidence of the MISSING item.
    expect(vague.evidence.map((e) => e.quote)).toEqual(['Niet langer dan noodzakelijk.']);
    expect(status(retention(policyWith(noPurposeRetention)))).toBe(MISSING);
  });
});

describe('13(2)(b)-(d) rights', () => {
  const rightStatus = (facts: PolicyFacts, key: string) => dataSubjectRights(facts).find((i) => i.key === key)?.status;

  it('is MET per stated right, quoting its conditions, and MISSING for a required right not stated', () => {
    const items = dataSubjectRights(
      policyWith((f) => {
        f.rights = f.rights.filter((r) => r.right.code !== RightCode.RESTRICTION);
        f.rights[0] = right(RightCode.ACCESS, 'Op redelijke wijze.');
      }),
    );
    expect(items.map((i) => [i.key, i.status])).toEqual([
      ['right-access', MET],
      ['right-rectification', MET],
      ['right-erasure', MET],
      ['right-restriction', MISSING],
      ['right-portability', MET],
      ['right-objection', MET],
      ['right-object-direct-marketing', MET],
    ]);
    expect(items[0].rationale).toBe('States the right, with these conditions: Op redelijke wijze.');
  });

  it('is NOT_APPLICABLE for portability, objection and direct marketing the bases and purposes rule out', () => {
    const facts = policyWith((f) => {
      f.purposes = [purpose({ name: 'Tax', legalBases: [basis(LegalBasisCode.LEGAL_OBLIGATION)] })];
      f.rights = f.rights.filter(
        (r) => ![RightCode.PORTABILITY, RightCode.OBJECTION, RightCode.OBJECT_DIRECT_MARKETING].includes(r.right.code),
      );
    });
    expect(rightStatus(facts, 'right-portability')).toBe(NOT_APPLICABLE);
    expect(rightStatus(facts, 'right-objection')).toBe(NOT_APPLICABLE);
    expect(rightStatus(facts, 'right-object-direct-marketing')).toBe(NOT_APPLICABLE);
  });

  it('withdrawal of consent is MET when stated, MISSING when consent is relied on without it, else NOT_APPLICABLE', () => {
    expect(status(withdrawConsent(compliantPolicy()))).toBe(MET);
    expect(
      status(
        withdrawConsent(
          policyWith((f) => (f.rights = f.rights.filter((r) => r.right.code !== RightCode.WITHDRAW_CONSENT))),
        ),
      ),
    ).toBe(MISSING);
    expect(
      status(
        withdrawConsent(
          policyWith((f) => {
            f.purposes = f.purposes.filter((p) => p.name !== 'Newsletter');
            f.rights = f.rights.filter((r) => r.right.code !== RightCode.WITHDRAW_CONSENT);
          }),
        ),
      ),
    ).toBe(NOT_APPLICABLE);
  });

  it('complaint is MET with the current authority, PARTIAL with a predecessor or no authority, MISSING with neither', () => {
    expect(complaint(compliantPolicy())).toMatchObject({
      status: MET,
      rationale:
        'States the right and names the authority as “Gegevensbeschermingsautoriteit”, with Drukpersstraat 35, 1000 Brussel, +3222744800, contact@apd-gba.be.',
    });
    const predecessor = complaint(policyWith((f) => (f.authorityReference!.namedAs = 'Privacy Commission')));
    expect(predecessor).toMatchObject({
      status: PARTIAL,
      rationale:
        'States the right, but names the authority “Privacy Commission”, the body that the Gegevensbeschermingsautoriteit replaced on 2018-05-25.',
    });
    expect(status(complaint(policyWith((f) => (f.authorityReference = null))))).toBe(PARTIAL);
    expect(
      status(complaint(policyWith((f) => (f.rights = f.rights.filter((r) => r.right.code !== RightCode.COMPLAINT))))),
    ).toBe(PARTIAL);
    expect(
      status(
        complaint(
          policyWith((f) => {
            f.authorityReference = null;
            f.rights = f.rights.filter((r) => r.right.code !== RightCode.COMPLAINT);
          }),
        ),
      ),
    ).toBe(MISSING);
  });
});

describe('13(2)(e) statutory or contractual requirement', () => {
  it('is MISSING, with the contract or legal obligation relied on as evidence', () => {
    const item = statutoryOrContractualRequirement(compliantPolicy());
    expect(item.status).toBe(MISSING);
    expect(item.rationale).toContain('The policy relies on CONTRACT, so some data are needed');
    expect(item.evidence.map((e) => e.quote)).toEqual(['Wij verwerken gegevens voor: Service provision.']);
  });
});

describe('13(2)(f) automated decision-making', () => {
  const adm = (kind: string) => (f: PolicyFacts) =>
    f.statements.push(statement(StatementTopic.AUTOMATED_DECISION_MAKING, kind, 'Geautomatiseerde besluitvorming.'));

  it('is NOT_APPLICABLE when silent or not used, PARTIAL without the right of Art. 22, MET with it', () => {
    expect(status(automatedDecisionMaking(compliantPolicy()))).toBe(NOT_APPLICABLE);
    expect(status(automatedDecisionMaking(policyWith(adm('NOT_USED'))))).toBe(NOT_APPLICABLE);
    expect(automatedDecisionMaking(policyWith(adm('USED')))).toMatchObject({
      status: PARTIAL,
      evidence: [expect.objectContaining({ quote: 'Geautomatiseerde besluitvorming.' })],
    });
    expect(
      status(
        automatedDecisionMaking(
          policyWith((f) => {
            adm('USED')(f);
            f.rights.push(right(RightCode.AUTOMATED_DECISION));
          }),
        ),
      ),
    ).toBe(MET);
  });
});

describe('14(1)(d) and 14(2)(f) data obtained from others', () => {
  it('are NOT_APPLICABLE when all data come from the person', () => {
    expect(status(indirectDataCategories(compliantPolicy()))).toBe(NOT_APPLICABLE);
    expect(status(indirectDataSource(compliantPolicy()))).toBe(NOT_APPLICABLE);
  });

  it('tie categories to an unnamed third party stated in the same words: categories MET, source PARTIAL', () => {
    const quote = span('We may collect references from third parties.');
    const facts = policyWith((f) => {
      f.statements.push({
        topic: StatementTopic.DATA_SOURCE,
        kind: 'THIRD_PARTY',
        description: 'Third parties (references)',
        evidence: [quote],
      });
      f.dataCategories.push(disclosure('background-check', { label: 'References', evidence: [quote] }));
    });
    expect(indirectDataCategories(facts)).toMatchObject({
      status: MET,
      rationale: 'Says which data come from each source: Third parties (references): References.',
    });
    expect(indirectDataSource(facts)).toMatchObject({
      status: PARTIAL,
      rationale: 'Says data come from third parties without naming them: Third parties (references).',
    });
  });

  it('name the vendor a policy receives data from; categories PARTIAL until the policy ties some to it', () => {
    const facts = policyWith((f) => f.processors.push(engagement('adnet', ProcessorRole.DATA_SOURCE, 'IE', 'US')));
    expect(indirectDataSource(facts)).toMatchObject({ status: MET, rationale: 'Names the sources: adnet.' });
    expect(indirectDataCategories(facts)).toMatchObject({
      status: PARTIAL,
      rationale: 'Lists data categories, but not which of them come from adnet.',
    });
    facts.processors[0].dataCategories = [category('usage-data')];
    expect(status(indirectDataCategories(facts))).toBe(MET);
  });

  it('count public sources as identified sources', () => {
    const facts = policyWith((f) =>
      f.statements.push(statement(StatementTopic.DATA_SOURCE, 'PUBLIC_SOURCE', 'Openbare registers')),
    );
    expect(indirectDataSource(facts)).toMatchObject({
      status: MET,
      rationale: 'Names the sources: publicly accessible sources (Openbare registers).',
    });
    expect(status(indirectDataCategories(facts))).toBe(PARTIAL);
  });
});
