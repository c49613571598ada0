import {
  accessRequestFeeRule,
  automatedDecisionsWithoutSafeguardsRule,
  dpoConflictOfInterestRule,
  FINDING_RULES,
  FindingCode,
  findingsOf,
  FindingSeverity,
  foreignIdentityDocumentRule,
  nonEeaVendorRule,
  outdatedSupervisoryAuthorityRule,
  presumedConsentRule,
  purposeWithoutLegalBasisRule,
  rightNotStatedRule,
  specialCategoryWithoutConditionRule,
  transferSafeguardUnspecifiedRule,
  vagueRetentionRule,
} from '../../src/analysis';
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

const withoutRight = (code: RightCode) => (f: ReturnType<typeof compliantPolicy>) => {
  f.rights = f.rights.filter((r) => r.right.code !== code);
};

describe('the compliant fixture', () => {
  it('triggers no rule', () => {
    for (const rule of FINDING_RULES)
      expect({ rule: rule.name, findings: rule(compliantPolicy()) }).toEqual({ rule: rule.name, findings: [] });
    expect(findingsOf(compliantPolicy())).toEqual([]);
  });
});

describe('findingsOf', () => {
  it('lists findings most severe first, then in rule order', () => {
    const facts = policyWith((f) => {
      f.rights = f.rights.filter((r) => r.right.code !== RightCode.RESTRICTION);
      f.statements.push(
        statement(StatementTopic.PRESUMED_CONSENT, null, 'Use is consent', 'Door de site te gebruiken stemt u in.'),
      );
      f.processors.push(engagement('cloudco', ProcessorRole.PROCESSOR, 'IE', 'US'));
    });
    expect(findingsOf(facts).map((f) => [f.severity, f.code])).toEqual([
      [FindingSeverity.HIGH, FindingCode.PRESUMED_CONSENT],
      [FindingSeverity.MEDIUM, FindingCode.RIGHT_NOT_STATED],
      [FindingSeverity.LOW, FindingCode.NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION],
    ]);
  });
});

describe('OUTDATED_SUPERVISORY_AUTHORITY', () => {
  it('fires on the predecessor’s name, pointing at the span that names it', () => {
    const quote = span('Privacy Commission');
    const facts = policyWith((f) => {
      f.authorityReference = {
        ...f.authorityReference!,
        namedAs: 'Privacy Commission',
        statedEmail: null,
        evidence: [quote, span('Drukpersstraat 35')],
      };
    });
    const [finding] = outdatedSupervisoryAuthorityRule(facts);
    expect(finding).toMatchObject({
      code: FindingCode.OUTDATED_SUPERVISORY_AUTHORITY,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(d), 77',
    });
    expect(finding.message).toContain(
      '“Privacy Commission”, the body the Gegevensbeschermingsautoriteit (GBA) replaced on 2018-05-25',
    );
    expect(finding.evidence).toEqual([quote]);
  });

  it('fires on the predecessor’s e-mail address even under the current name, spaces and case aside', () => {
    const email = span('E: Commission @ privacycommission.be');
    const facts = policyWith((f) => {
      f.authorityReference = {
        ...f.authorityReference!,
        statedEmail: 'commission@privacycommission.be',
        evidence: [span('Gegevensbeschermingsautoriteit'), email],
      };
    });
    const [finding] = outdatedSupervisoryAuthorityRule(facts);
    expect(finding.message).toContain('former contact commission@privacycommission.be');
    expect(finding.evidence).toEqual([email]);
  });

  it('does not fire on the current name and contacts, or when no authority is named', () => {
    expect(outdatedSupervisoryAuthorityRule(compliantPolicy())).toEqual([]);
    expect(outdatedSupervisoryAuthorityRule(policyWith((f) => (f.authorityReference = null)))).toEqual([]);
    const local = policyWith(
      (f) => (f.authorityReference = { ...f.authorityReference!, namedAs: 'nationale gegevensbeschermingsautoriteit' }),
    );
    expect(outdatedSupervisoryAuthorityRule(local)).toEqual([]);
  });
});

describe('ACCESS_REQUEST_FEE', () => {
  const withFee = (fee: string, quote: string) =>
    policyWith((f) => {
      f.rightsRequest = { ...f.rightsRequest!, fee, evidence: [...f.rightsRequest!.evidence, span(quote)] };
    });

  it('fires on a fee for a copy, quoting the sentence and the right of access', () => {
    const facts = withFee('A small fee for a copy', 'We kunnen een klein bedrag factureren voor deze dienst.');
    const [finding] = accessRequestFeeRule(facts);
    expect(finding).toMatchObject({
      code: FindingCode.ACCESS_REQUEST_FEE,
      severity: FindingSeverity.HIGH,
      article: '12(5), 15(3)',
    });
    expect(finding.message).toContain('“We kunnen een klein bedrag factureren voor deze dienst.”');
    expect(finding.evidence.map((e) => e.quote)).toEqual([
      'U heeft het recht: ACCESS.',
      'We kunnen een klein bedrag factureren voor deze dienst.',
    ]);
  });

  it('does not fire on a fee limited to further copies or excessive requests, or without a fee', () => {
    expect(
      accessRequestFeeRule(
        withFee('Fee for further copies', 'Voor bijkomende kopieën vragen we een redelijke vergoeding.'),
      ),
    ).toEqual([]);
    expect(
      accessRequestFeeRule(
        withFee('Fee for excessive requests', 'For manifestly unfounded or excessive requests we may charge a fee.'),
      ),
    ).toEqual([]);
    expect(accessRequestFeeRule(compliantPolicy())).toEqual([]);
    expect(accessRequestFeeRule(policyWith((f) => (f.rightsRequest = null)))).toEqual([]);
  });
});

describe('PRESUMED_CONSENT', () => {
  it('fires for each statement, quoting the words that presume consent', () => {
    const facts = policyWith((f) =>
      f.statements.push({
        topic: StatementTopic.PRESUMED_CONSENT,
        kind: null,
        description: 'Use of the website is consent',
        evidence: [
          span('Door de website te gebruiken wordt u geacht op de hoogte te zijn.'),
          span('Door de website te bezoeken stemt u ermee in dat wij uw gegevens verwerken.'),
        ],
      }),
    );
    const [finding] = presumedConsentRule(facts);
    expect(finding).toMatchObject({
      code: FindingCode.PRESUMED_CONSENT,
      severity: FindingSeverity.HIGH,
      article: '4(11), 7',
    });
    expect(finding.message).toContain('“Door de website te bezoeken stemt u ermee in dat wij uw gegevens verwerken.”');
    expect(finding.evidence).toHaveLength(2);
  });

  it('does not fire without such a statement', () => {
    expect(presumedConsentRule(compliantPolicy())).toEqual([]);
  });
});

describe('VAGUE_RETENTION', () => {
  const general = (description: string, kind: string | null = null) =>
    policyWith((f) => {
      f.purposes = f.purposes.map((p) => ({ ...p, retention: null }));
      f.statements.push(statement(StatementTopic.RETENTION, kind, description));
    });

  it('fires when the only rule is "as long as necessary", in Dutch or English', () => {
    const [finding] = vagueRetentionRule(
      general('Wij bewaren uw gegevens zolang noodzakelijk ter realisatie van de rechtsgronden.'),
    );
    expect(finding).toMatchObject({
      code: FindingCode.VAGUE_RETENTION,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(a)',
    });
    expect(finding.message).toContain(
      '“Wij bewaren uw gegevens zolang noodzakelijk ter realisatie van de rechtsgronden.”',
    );
    expect(vagueRetentionRule(general('We keep data no longer than necessary.'))).toHaveLength(1);
  });

  it('does not fire on a period, a duration, a criterion without necessity wording, or periods per purpose', () => {
    expect(vagueRetentionRule(general('Niet langer dan nodig, en uiterlijk 5 jaar na het laatste contact.'))).toEqual(
      [],
    );
    expect(vagueRetentionRule(general('Zolang noodzakelijk', 'P5Y'))).toEqual([]);
    expect(vagueRetentionRule(general('Zolang u een account hebt; daarna worden de gegevens gewist.'))).toEqual([]);
    const perPurpose = policyWith((f) =>
      f.statements.push(statement(StatementTopic.RETENTION, null, 'Zolang noodzakelijk.')),
    );
    expect(vagueRetentionRule(perPurpose)).toEqual([]);
  });
});

describe('NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION', () => {
  const withVendor = (...engagements: ReturnType<typeof engagement>[]) =>
    policyWith((f) => (f.processors = engagements));

  it('fires MEDIUM for a processor established outside the EEA, LOW for one whose parent is', () => {
    const findings = nonEeaVendorRule(
      withVendor(
        engagement('uscloud', ProcessorRole.PROCESSOR, 'US'),
        engagement('analytics', ProcessorRole.PROCESSOR, 'IE', 'US'),
      ),
    );
    expect(findings.map((f) => [f.code, f.severity, f.article])).toEqual([
      [FindingCode.NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION, FindingSeverity.MEDIUM, '13(1)(f), 44-49'],
      [FindingCode.NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION, FindingSeverity.LOW, '13(1)(f), 44-49'],
    ]);
    expect(findings[0].message).toContain('established in United States (US), outside the EEA');
    expect(findings[1].message).toContain(
      "contracts from Ireland (IE), but its group's parent is in United States (US)",
    );
    expect(findings[1].evidence.map((e) => e.quote)).toEqual(['We werken met analytics.']);
  });

  it('fires LOW for a system from a vendor established outside the EEA', () => {
    const [finding] = nonEeaVendorRule(withVendor(engagement('rmm', ProcessorRole.SYSTEM, 'US')));
    expect(finding.severity).toBe(FindingSeverity.LOW);
    expect(finding.message).toContain('Says it uses rmm service from rmm (rmm Ltd), established in United States (US)');
  });

  it('says so when the policy claims that no data leave the EEA', () => {
    const facts = withVendor(engagement('uscloud', ProcessorRole.PROCESSOR, 'US'));
    facts.statements.push(statement(StatementTopic.TRANSFERS, 'NONE', 'No transfers outside the EEA.'));
    expect(nonEeaVendorRule(facts)[0].message).toContain('although the policy states that no data leave the EEA');
  });

  it('does not fire on EEA vendors, EEA systems of foreign groups, data sources, or when transfers are stated', () => {
    expect(nonEeaVendorRule(withVendor(engagement('hoster', ProcessorRole.PROCESSOR, 'BE')))).toEqual([]);
    expect(nonEeaVendorRule(withVendor(engagement('platform', ProcessorRole.SYSTEM, 'LU', 'US')))).toEqual([]);
    expect(nonEeaVendorRule(withVendor(engagement('ads', ProcessorRole.DATA_SOURCE, 'US')))).toEqual([]);
    const stated = withVendor(engagement('uscloud', ProcessorRole.PROCESSOR, 'US'));
    stated.statements.push(
      statement(StatementTopic.TRANSFERS, 'OCCURS', 'On the basis of standard contractual clauses.'),
    );
    expect(nonEeaVendorRule(stated)).toEqual([]);
  });
});

describe('TRANSFER_SAFEGUARD_UNSPECIFIED', () => {
  const transfers = (kind: string, description: string, quote = description) =>
    policyWith((f) => f.statements.push(statement(StatementTopic.TRANSFERS, kind, description, quote)));

  it('fires when transfers are stated with no transfer tool', () => {
    const [finding] = transferSafeguardUnspecifiedRule(
      transfers(
        'OCCURS',
        'In accordance with the GDPR',
        'Een doorgifte buiten de EER zal steeds conform de AVG gebeuren.',
      ),
    );
    expect(finding).toMatchObject({
      code: FindingCode.TRANSFER_SAFEGUARD_UNSPECIFIED,
      severity: FindingSeverity.MEDIUM,
      article: '13(1)(f), 46',
    });
    expect(finding.evidence.map((e) => e.quote)).toEqual([
      'Een doorgifte buiten de EER zal steeds conform de AVG gebeuren.',
    ]);
  });

  it('does not fire when a tool is named (in the text or its quotes), when none occur, or when silent', () => {
    expect(transferSafeguardUnspecifiedRule(transfers('OCCURS', 'Standard contractual clauses'))).toEqual([]);
    expect(
      transferSafeguardUnspecifiedRule(
        transfers('OCCURS', 'Safeguarded', 'op basis van een adequaatheidsbesluit van de Europese Commissie'),
      ),
    ).toEqual([]);
    expect(transferSafeguardUnspecifiedRule(transfers('OCCURS', 'Under Art. 46 GDPR'))).toEqual([]);
    expect(transferSafeguardUnspecifiedRule(transfers('NONE', 'No transfers'))).toEqual([]);
    expect(transferSafeguardUnspecifiedRule(compliantPolicy())).toEqual([]);
  });
});

describe('PURPOSE_WITHOUT_LEGAL_BASIS', () => {
  it('fires MEDIUM when the policy states no lawful basis at all, with every purpose as evidence', () => {
    const facts = policyWith((f) => (f.purposes = f.purposes.map((p) => ({ ...p, legalBases: [] }))));
    const [finding] = purposeWithoutLegalBasisRule(facts);
    expect(finding).toMatchObject({
      code: FindingCode.PURPOSE_WITHOUT_LEGAL_BASIS,
      severity: FindingSeverity.MEDIUM,
      article: '13(1)(c), 6(1)',
    });
    expect(finding.message).toContain(
      '3 of 3 purposes have no lawful basis tied to them: Service provision; Newsletter; Fraud prevention.',
    );
    expect(finding.message).toContain('The policy states no lawful basis (Art. 6(1)) at all');
    expect(finding.evidence).toHaveLength(3);
  });

  it('fires LOW when bases are stated in general but not tied to the purpose', () => {
    const facts = policyWith((f) => {
      f.purposes.push(purpose({ name: 'Statistics', legalBases: [] }));
      f.legalBasisClaims.push({
        basis: basis(LegalBasisCode.LEGAL_OBLIGATION),
        evidence: [span('Om wettelijke verplichtingen na te leven.')],
      });
    });
    const [finding] = purposeWithoutLegalBasisRule(facts);
    expect(finding.severity).toBe(FindingSeverity.LOW);
    expect(finding.message).toContain(
      '1 of 4 purposes has no lawful basis tied to it: Statistics. It states LEGAL_OBLIGATION in general',
    );
  });

  it('fires MEDIUM when the only bases stated are tied to other purposes', () => {
    const facts = policyWith((f) => f.purposes.push(purpose({ name: 'Vendor management', legalBases: [] })));
    const [finding] = purposeWithoutLegalBasisRule(facts);
    expect(finding.severity).toBe(FindingSeverity.MEDIUM);
    expect(finding.message).toContain(
      'The bases it states (CONTRACT, CONSENT, LEGITIMATE_INTERESTS) are tied to other purposes',
    );
  });

  it('does not fire when every purpose has a basis', () => {
    expect(purposeWithoutLegalBasisRule(compliantPolicy())).toEqual([]);
  });
});

describe('RIGHT_NOT_STATED', () => {
  it('fires for a right every policy must state, with the stated rights as evidence', () => {
    const findings = rightNotStatedRule(policyWith(withoutRight(RightCode.RESTRICTION)));
    expect(findings.map((f) => [f.code, f.severity, f.article])).toEqual([
      [FindingCode.RIGHT_NOT_STATED, FindingSeverity.MEDIUM, '13(2)(b)'],
    ]);
    expect(findings[0].message).toBe(
      'Does not state the right to restriction of processing (Art. 18). Art. 13(2)(b) requires every policy to state it.',
    );
    expect(findings[0].evidence).toHaveLength(8);
  });

  it('fires for the right to object to direct marketing when there are marketing purposes, and for complaint', () => {
    const findings = rightNotStatedRule(
      policyWith((f) => {
        withoutRight(RightCode.OBJECT_DIRECT_MARKETING)(f);
        withoutRight(RightCode.COMPLAINT)(f);
      }),
    );
    expect(findings.map((f) => f.article)).toEqual(['13(2)(b)', '13(2)(d)']);
    expect(findings[0].message).toContain('The policy has marketing purposes (Newsletter)');
  });

  it('fires for withdrawal of consent when the policy relies on consent', () => {
    const [finding] = rightNotStatedRule(policyWith(withoutRight(RightCode.WITHDRAW_CONSENT)));
    expect(finding.article).toBe('13(2)(c)');
  });

  it('fires for portability and objection when the policy states no basis at all (nothing rules them out)', () => {
    const facts = policyWith((f) => {
      f.purposes = f.purposes.map((p) => ({ ...p, legalBases: [] }));
      withoutRight(RightCode.PORTABILITY)(f);
      withoutRight(RightCode.OBJECTION)(f);
    });
    expect(rightNotStatedRule(facts).map((f) => f.message.split('.')[0])).toEqual([
      'Does not state the right to data portability (Art',
      'Does not state the right to object (Art',
    ]);
  });

  it('does not fire for rights the facts make inapplicable', () => {
    const onlyLegalObligation = policyWith((f) => {
      f.purposes = [purpose({ name: 'Tax', legalBases: [basis(LegalBasisCode.LEGAL_OBLIGATION)] })];
      f.rights = f.rights.filter(
        (r) =>
          ![
            RightCode.PORTABILITY,
            RightCode.OBJECTION,
            RightCode.OBJECT_DIRECT_MARKETING,
            RightCode.WITHDRAW_CONSENT,
          ].includes(r.right.code),
      );
    });
    expect(rightNotStatedRule(onlyLegalObligation)).toEqual([]);
    expect(rightNotStatedRule(compliantPolicy())).toEqual([]);
  });
});

describe('SPECIAL_CATEGORY_WITHOUT_CONDITION', () => {
  const biometric = (claimQuote?: string) =>
    policyWith((f) => {
      f.dataCategories.push(
        disclosure('biometric', {
          category: category('biometric', true),
          label: 'Biometrische gegevens',
          sensitive: true,
        }),
      );
      if (claimQuote) f.legalBasisClaims.push({ basis: basis(LegalBasisCode.CONSENT), evidence: [span(claimQuote)] });
    });

  it('fires for a special category with no Art. 9(2) condition, with the item as evidence', () => {
    const [finding] = specialCategoryWithoutConditionRule(biometric());
    expect(finding).toMatchObject({
      code: FindingCode.SPECIAL_CATEGORY_WITHOUT_CONDITION,
      severity: FindingSeverity.MEDIUM,
      article: '9(2), 13(1)(c)',
    });
    expect(finding.message).toContain(
      'Processes “Biometrische gegevens” (biometric), a special category of personal data (Art. 9(1))',
    );
    expect(finding.evidence.map((e) => e.quote)).toEqual(['Wij verwerken: biometric.']);
  });

  it('fires for a special category tied only to a purpose', () => {
    const facts = policyWith((f) =>
      f.purposes.push(purpose({ name: 'Login', dataCategories: [category('biometric', true)] })),
    );
    expect(specialCategoryWithoutConditionRule(facts)).toHaveLength(1);
  });

  it('does not fire with explicit consent or a reference to Art. 9, nor for items the policy merely calls sensitive', () => {
    expect(specialCategoryWithoutConditionRule(biometric('Op basis van uw uitdrukkelijke toestemming.'))).toEqual([]);
    expect(specialCategoryWithoutConditionRule(biometric('On the basis of your explicit consent.'))).toEqual([]);
    expect(specialCategoryWithoutConditionRule(biometric('Conform artikel 9, lid 2, a) AVG.'))).toEqual([]);
    const sensitiveOnly = policyWith((f) => f.dataCategories.push(disclosure('credentials', { sensitive: true })));
    expect(specialCategoryWithoutConditionRule(sensitiveOnly)).toEqual([]);
  });
});

describe('FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS', () => {
  const asking = (identityProof: string, quote: string, country = 'BE') =>
    policyWith((f) => {
      f.controller.address = { ...f.controller.address!, country };
      f.rightsRequest = { ...f.rightsRequest!, identityProof, evidence: [...f.rightsRequest!.evidence, span(quote)] };
    });

  it('fires when a Belgian policy’s instructions name the Dutch BSN, pointing at the instructions', () => {
    const [finding] = foreignIdentityDocumentRule(
      asking('Copy of ID, BSN blacked out', 'Maak in deze kopie uw Burgerservicenummer (BSN) zwart.'),
    );
    expect(finding).toMatchObject({
      code: FindingCode.FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS,
      severity: FindingSeverity.MEDIUM,
      article: '5(1)(c), 12(6)',
    });
    expect(finding.message).toContain(
      'refer to the Burgerservicenummer (BSN), an identification number of Netherlands (NL), while the controller is in Belgium (BE)',
    );
    expect(finding.message).toContain('rijksregisternummer');
    expect(finding.evidence.map((e) => e.quote)).toEqual(['Maak in deze kopie uw Burgerservicenummer (BSN) zwart.']);
  });

  it('does not fire on the country’s own number, on a Dutch policy, or without identity instructions', () => {
    expect(foreignIdentityDocumentRule(asking('Copy of eID', 'Maak uw rijksregisternummer onleesbaar.'))).toEqual([]);
    expect(foreignIdentityDocumentRule(asking('Copy of ID', 'Maak uw BSN zwart.', 'NL'))).toEqual([]);
    expect(foreignIdentityDocumentRule(compliantPolicy())).toEqual([]);
  });
});

describe('AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS', () => {
  const adm = (kind: string) =>
    policyWith((f) =>
      f.statements.push(
        statement(StatementTopic.AUTOMATED_DECISION_MAKING, kind, 'Wij nemen geautomatiseerde beslissingen.'),
      ),
    );

  it('fires when automated decisions are stated without the right of Art. 22', () => {
    const [finding] = automatedDecisionsWithoutSafeguardsRule(adm('USED'));
    expect(finding).toMatchObject({
      code: FindingCode.AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(f), 22',
    });
    expect(finding.evidence.map((e) => e.quote)).toEqual(['Wij nemen geautomatiseerde beslissingen.']);
  });

  it('does not fire with the right stated, when none are taken, or when the policy is silent', () => {
    const withRight = adm('USED');
    withRight.rights.push(right(RightCode.AUTOMATED_DECISION));
    expect(automatedDecisionsWithoutSafeguardsRule(withRight)).toEqual([]);
    expect(automatedDecisionsWithoutSafeguardsRule(adm('NOT_USED'))).toEqual([]);
    expect(automatedDecisionsWithoutSafeguardsRule(compliantPolicy())).toEqual([]);
  });
});

describe('DPO_CONFLICT_OF_INTEREST', () => {
  const dpo = (name: string, representative: string | null) =>
    policyWith((f) => {
      f.controller.representative = representative;
      f.dpo = {
        name,
        organization: null,
        email: null,
        phone: '+3250000000',
        hasAddress: false,
        evidence: [span(`DPO: ${name}`)],
      };
      f.controller.evidence.push(span(`${name}, bestuurder Acme BV`));
    });

  it('fires when the DPO is the director the policy names as representative', () => {
    const [finding] = dpoConflictOfInterestRule(dpo('Jan Peeters', 'Jan Peeters (bestuurder)'));
    expect(finding).toMatchObject({
      code: FindingCode.DPO_CONFLICT_OF_INTEREST,
      severity: FindingSeverity.MEDIUM,
      article: '38(6)',
    });
    expect(finding.message).toContain(
      "Names Jan Peeters both as data protection officer and as the controller's bestuurder.",
    );
    expect(finding.evidence.map((e) => e.quote)).toEqual(['DPO: Jan Peeters', 'Jan Peeters, bestuurder Acme BV']);
  });

  it('does not fire for another person, a non-management role, or no DPO', () => {
    expect(dpoConflictOfInterestRule(dpo('An Janssens', 'Jan Peeters (bestuurder)'))).toEqual([]);
    expect(dpoConflictOfInterestRule(dpo('Jan Peeters', 'Jan Peeters (privacy contact)'))).toEqual([]);
    expect(dpoConflictOfInterestRule(compliantPolicy())).toEqual([]);
  });
});
