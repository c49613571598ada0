import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SeverityBadge, StatusBadge } from '../../components/badges';
import type { ControllerDetail } from '../../lib/controller-facts';
import { countryName, formatAddress, formatDuration, isOutsideEEA } from '../../lib/format';
import { CHANNEL_LABELS, FINDING_LABELS, ROLE_LABELS, TOPIC_LABELS } from '../../lib/labels';
import { FactCard } from './fact-selection';

interface SectionProps {
  controller: ControllerDetail;
}

/** A titled group of facts; its id (`section-…`) is the target of the page's table of contents. */
export function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section className="fact-section" aria-labelledby={`section-${id}-heading`} id={`section-${id}`}>
      <h3 id={`section-${id}-heading`}>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

/** Label/value pairs, skipping the empty ones. */
function Pairs({ pairs }: { pairs: [string, ReactNode][] }) {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="pairs">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function yesNo(value: boolean | null): string {
  return value === null ? 'Not stated' : value ? 'Yes' : 'No';
}

function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {href.replace(/^https?:\/\//, '')}
    </a>
  );
}

export function IdentitySection({ controller }: SectionProps) {
  const c = controller;
  return (
    <Section id="identity" title="Controller">
      <FactCard anchor="identity" heading={c.legalName ?? c.name}>
        <Pairs
          pairs={[
            ['Legal form', c.legalForm],
            ['Enterprise number', c.enterpriseNumber && `KBO ${c.enterpriseNumber}`],
            ['Address', formatAddress(c.address)],
            ['Email', c.email && <a href={`mailto:${c.email}`}>{c.email}</a>],
            ['Phone', c.phone],
            ['Website', c.website && <ExternalLink href={c.website} />],
            ['Representative', c.representative],
            ['Transfers outside the EEA', yesNo(c.transfersOutsideEEA)],
            ['Automated decisions', yesNo(c.automatedDecisionMaking)],
            ['Minimum age', c.minimumAge === null ? 'Not stated' : `${c.minimumAge}`],
          ]}
        />
      </FactCard>
      {c.dpo ? (
        <FactCard anchor="dpo" heading={`Data protection officer${c.dpo.name ? `: ${c.dpo.name}` : ''}`}>
          <Pairs
            pairs={[
              ['Organisation', c.dpo.organization],
              ['Email', c.dpo.email && <a href={`mailto:${c.dpo.email}`}>{c.dpo.email}</a>],
              ['Phone', c.dpo.phone],
              ['Address', formatAddress(c.dpo.address)],
            ]}
          />
        </FactCard>
      ) : (
        <p className="muted small">The policy names no data protection officer.</p>
      )}
      {c.supervisoryAuthorityReference && (
        <FactCard
          anchor="authority"
          heading={`Supervisory authority: ${c.supervisoryAuthority?.acronym ?? c.supervisoryAuthorityReference.namedAs}`}
        >
          <Pairs
            pairs={[
              ['Named in the policy as', <span lang={c.language}>{c.supervisoryAuthorityReference.namedAs}</span>],
              [
                'Authority',
                c.supervisoryAuthority &&
                  `${c.supervisoryAuthority.name} (${countryName(c.supervisoryAuthority.country)})`,
              ],
              ['Address given', c.supervisoryAuthorityReference.statedAddress],
              ['Phone given', c.supervisoryAuthorityReference.statedPhone],
              ['Email given', c.supervisoryAuthorityReference.statedEmail],
              ['Website given', c.supervisoryAuthorityReference.statedWebsite],
              [
                'Current website',
                c.supervisoryAuthority?.website && <ExternalLink href={c.supervisoryAuthority.website} />,
              ],
            ]}
          />
        </FactCard>
      )}
    </Section>
  );
}

export function PurposesSection({ controller }: SectionProps) {
  return (
    <Section id="purposes" title="Purposes" count={controller.purposes.length}>
      {controller.legalBasisClaims.length > 0 && (
        <div className="fact-group">
          <h4 className="group-title">Lawful bases stated in general</h4>
          {controller.legalBasisClaims.map((claim, index) => (
            <FactCard
              key={claim.id}
              compact
              anchor={`legal-basis-${index + 1}`}
              heading={`${claim.legalBasis.name}`}
              aside={<span className="tag">Art. {claim.legalBasis.article}</span>}
            />
          ))}
        </div>
      )}
      {controller.purposes.map((purpose, index) => (
        <FactCard key={purpose.id} anchor={`purpose-${index + 1}`} heading={purpose.label} lang={controller.language}>
          <Pairs
            pairs={[
              ['Purpose', `${purpose.name} (${purpose.category.name})`],
              [
                'Lawful basis',
                purpose.legalBases.length ? (
                  purpose.legalBases.map((basis) => (
                    <span key={basis.id} className="tag">
                      {basis.name} · {basis.article}
                    </span>
                  ))
                ) : (
                  <span className="warning-text">None tied to this purpose</span>
                ),
              ],
              [
                'Retention',
                purpose.retention && (
                  <>
                    <span lang={controller.language}>{purpose.retention.description}</span>
                    {purpose.retention.duration && (
                      <span className="tag">{formatDuration(purpose.retention.duration)}</span>
                    )}
                  </>
                ),
              ],
              [
                'Personal data',
                purpose.dataCategories.length > 0 && purpose.dataCategories.map((category) => category.name).join(', '),
              ],
            ]}
          />
        </FactCard>
      ))}
    </Section>
  );
}

export function DataCategoriesSection({ controller }: SectionProps) {
  return (
    <Section id="data" title="Personal data" count={controller.dataCategories.length}>
      {controller.dataCategories.map((item, index) => (
        <FactCard
          key={item.id}
          compact
          anchor={`data-category-${index + 1}`}
          lang={controller.language}
          heading={item.label}
          aside={
            <span className="fact-aside">
              <span className="tag">{item.category.name}</span>
              {(item.sensitive || item.category.special) && <span className="tag tag-warning">special category</span>}
              {item.context && <span className="muted small">{item.context}</span>}
            </span>
          }
        />
      ))}
    </Section>
  );
}

export function VendorsSection({ controller }: SectionProps) {
  return (
    <Section
      id="vendors"
      title="Vendors and recipients"
      count={controller.processors.length + controller.recipients.length}
    >
      {controller.processors.map((engagement, index) => {
        const vendor = engagement.processor;
        return (
          <FactCard
            key={engagement.id}
            anchor={`processor-${index + 1}`}
            heading={<Link to={`/processors/${vendor.slug}`}>{vendor.name}</Link>}
            aside={
              <span className="fact-aside">
                <span className="tag">{ROLE_LABELS[engagement.role]}</span>
                {isOutsideEEA(vendor) && <span className="tag tag-warning">outside the EEA</span>}
              </span>
            }
          >
            <Pairs
              pairs={[
                ['Service', engagement.service && <span lang={controller.language}>{engagement.service}</span>],
                [
                  'Established in',
                  [
                    countryName(vendor.country),
                    vendor.parentCountry && `parent in ${countryName(vendor.parentCountry)}`,
                  ]
                    .filter(Boolean)
                    .join(', '),
                ],
                ['Personal data', engagement.dataCategories.map((category) => category.name).join(', ')],
              ]}
            />
          </FactCard>
        );
      })}
      {controller.recipients.map((recipient, index) => (
        <FactCard
          key={recipient.id}
          compact
          anchor={`recipient-${index + 1}`}
          lang={controller.language}
          heading={recipient.label}
          aside={<span className="tag">{recipient.category.name}</span>}
        />
      ))}
      {controller.processors.length + controller.recipients.length === 0 && (
        <p className="muted small">The policy names no vendors or recipients.</p>
      )}
    </Section>
  );
}

export function RightsSection({ controller }: SectionProps) {
  const request = controller.rightsRequest;
  return (
    <Section id="rights" title="Rights" count={controller.rights.length}>
      {controller.rights.map((statement, index) => (
        <FactCard
          key={statement.id}
          compact
          anchor={`right-${index + 1}`}
          heading={statement.right.name}
          aside={
            <span className="fact-aside">
              <span className="tag">Art. {statement.right.article}</span>
              {statement.conditions && (
                <span className="muted small" lang={controller.language}>
                  {statement.conditions}
                </span>
              )}
            </span>
          }
        />
      ))}
      {request ? (
        <FactCard anchor="rights-request" heading="How to exercise them">
          <Pairs
            pairs={[
              ['Channels', request.channels.map((channel) => CHANNEL_LABELS[channel]).join(', ')],
              ['Email', request.email && <a href={`mailto:${request.email}`}>{request.email}</a>],
              ['Post', request.postalAddress],
              ['Response time', request.responseTime && formatDuration(request.responseTime)],
              [
                'Proof of identity',
                request.identityProof && <span lang={controller.language}>{request.identityProof}</span>,
              ],
              ['Fee', request.fee && <span lang={controller.language}>{request.fee}</span>],
            ]}
          />
        </FactCard>
      ) : (
        <p className="muted small">The policy does not say how to exercise the rights.</p>
      )}
    </Section>
  );
}

export function StatementsSection({ controller }: SectionProps) {
  if (controller.statements.length === 0) return null;
  return (
    <Section id="practice" title="Practice" count={controller.statements.length}>
      {controller.statements.map((statement, index) => (
        <FactCard
          key={statement.id}
          compact
          anchor={`statement-${index + 1}`}
          heading={statement.description}
          aside={
            <span className="tag">
              {TOPIC_LABELS[statement.topic]}
              {statement.kind ? ` · ${statement.kind.toLowerCase().replace(/_/g, ' ')}` : ''}
            </span>
          }
        />
      ))}
    </Section>
  );
}

export function FindingsSection({ controller }: SectionProps) {
  return (
    <Section id="findings" title="Findings" count={controller.findings.length}>
      {controller.findings.length === 0 && <p className="muted small">The rules find no issue in this policy.</p>}
      {controller.findings.map((finding, index) => (
        <FactCard
          key={`${finding.code}-${index}`}
          anchor={`finding-${index + 1}`}
          heading={FINDING_LABELS[finding.code]}
          aside={
            <span className="fact-aside">
              <SeverityBadge severity={finding.severity} />
              <span className="tag">Art. {finding.article}</span>
            </span>
          }
        >
          <p>{finding.message}</p>
        </FactCard>
      ))}
    </Section>
  );
}

export function TransparencySection({ controller }: SectionProps) {
  const report = controller.transparency;
  return (
    <Section id="transparency" title="Art. 13/14 transparency">
      <p className="report-summary">
        Score <strong>{report.score}</strong> of 100: {report.met} met, {report.partial} partial, {report.missing}{' '}
        missing, {report.notApplicable} not applicable.
      </p>
      {report.items.map((item) => (
        <FactCard
          key={item.key}
          anchor={`transparency-${item.key}`}
          heading={item.requirement}
          aside={
            <span className="fact-aside">
              <StatusBadge status={item.status} />
              <span className="tag">Art. {item.article}</span>
            </span>
          }
        >
          <p className="small">{item.rationale}</p>
        </FactCard>
      ))}
    </Section>
  );
}
