import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { ProcessorPageDocument } from '../../generated/graphql';
import { countryName, isOutsideEEA } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/labels';

/** One vendor: where it is established, and what each controller says it does with it, with the quotes. */
export function ProcessorPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(ProcessorPageDocument, { variables: { slug } });
  const vendor = data?.processor;
  if (!vendor) {
    return (
      <div className="page">
        <title>{`${slug} · Policy Graph`}</title>
        <QueryState loading={loading} error={error} what="the vendor" />
        {data && data.processor === null && (
          <div className="narrow">
            <h1>No vendor “{slug}”</h1>
            <p>
              <Link to="/graph">Back to the processor graph</Link>
            </p>
          </div>
        )}
      </div>
    );
  }
  const outside = isOutsideEEA(vendor);
  return (
    <div className="page narrow-wide">
      <title>{`${vendor.name} · Policy Graph`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/graph">Processor graph</Link> <span aria-hidden="true">/</span>
      </nav>
      <div className="page-heading">
        <h1>
          {vendor.name} {outside && <span className="tag tag-warning">outside the EEA</span>}
        </h1>
        <p className="muted">
          {[
            vendor.legalName,
            vendor.country && `established in ${countryName(vendor.country)}`,
            vendor.parentCountry && `parent in ${countryName(vendor.parentCountry)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
          {vendor.website && (
            <>
              {' · '}
              <a href={vendor.website} rel="noreferrer noopener" target="_blank">
                {vendor.website.replace(/^https?:\/\//, '')}
              </a>
            </>
          )}
        </p>
        {vendor.dataCategories.length > 0 && (
          <p>
            <span className="muted">Receives: </span>
            {vendor.dataCategories.map((category) => category.name).join(', ')}
          </p>
        )}
      </div>
      <section className="section" aria-labelledby="engagements-heading">
        <h2 id="engagements-heading">
          Engaged by <span className="count">{vendor.engagements.length}</span>
        </h2>
        {vendor.engagements.map((engagement) => (
          <article key={engagement.id} className="fact">
            <div className="fact-head">
              <h3 className="fact-title">
                <Link to={`/controllers/${engagement.controller.slug}`}>{engagement.controller.name}</Link>
              </h3>
              <span className="tag">{ROLE_LABELS[engagement.role]}</span>
            </div>
            <div className="fact-body">
              {engagement.service && <p>{engagement.service}</p>}
              {engagement.dataCategories.length > 0 && (
                <p className="small">
                  <span className="muted">Personal data: </span>
                  {engagement.dataCategories.map((category) => category.name).join(', ')}
                </p>
              )}
              <ol className="quote-list">
                {engagement.evidence.map((evidence) => (
                  <li key={evidence.id}>
                    <blockquote>{evidence.quote}</blockquote>
                    <Link
                      className="small"
                      to={`/controllers/${evidence.document.slug}#text-${evidence.start}-${evidence.end}`}
                    >
                      Open in the policy
                    </Link>
                  </li>
                ))}
              </ol>
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
