import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';
import { FilterOptionsDocument } from '../../generated/graphql';
import { FINDING_LABELS } from '../../lib/labels';
import { FILTER_KEYS, type ListParams } from './list-filters';

interface FilterBarProps {
  params: ListParams;
  onChange(next: Partial<ListParams>): void;
}

/** The search box and the filters of the controller list; every change goes to the URL. */
export function FilterBar({ params, onChange }: FilterBarProps) {
  const { data } = useQuery(FilterOptionsDocument);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    onChange({ query: typeof query === 'string' ? query.trim() : '' });
  };
  const options = {
    dataCategory: (data?.dataCategories ?? []).map((term) => ({
      value: term.code,
      label: term.special ? `${term.name} (special category)` : term.name,
    })),
    legalBasis: (data?.legalBases ?? []).map((term) => ({
      value: term.code,
      label: `${term.name} (Art. ${term.article})`,
    })),
    right: (data?.rights ?? []).map((term) => ({ value: term.code, label: `${term.name} (Art. ${term.article})` })),
    processor: (data?.processors.edges ?? []).map(({ node }) => ({ value: node.slug, label: node.name })),
    finding: Object.entries(FINDING_LABELS).map(([value, label]) => ({ value, label })),
  };
  const labels = {
    dataCategory: 'Data category',
    legalBasis: 'Lawful basis',
    right: 'Right',
    processor: 'Vendor',
    finding: 'Finding',
  };
  const active = FILTER_KEYS.filter((key) => params[key]);

  return (
    <section className="filter-bar" aria-label="Search and filters">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search the policies
        </label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          defaultValue={params.query}
          key={params.query}
          placeholder="Search the policy texts, e.g. camerabeelden"
          autoComplete="off"
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
      <div className="filters">
        {FILTER_KEYS.map((key) => (
          <div className="filter" key={key}>
            <label htmlFor={`${id}-${key}`}>{labels[key]}</label>
            <select
              id={`${id}-${key}`}
              value={params[key]}
              onChange={(event) => onChange({ [key]: event.target.value })}
            >
              <option value="">Any</option>
              {options[key].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {active.length > 0 && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])))}
          >
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
