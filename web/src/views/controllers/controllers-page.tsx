import { useSearchParams } from 'react-router';
import { FilterBar } from './filter-bar';
import { ControllerList } from './controller-list';
import { type ListParams, readListParams } from './list-filters';
import { SearchResults } from './search-results';

const PARAM_NAMES: Record<keyof ListParams, string> = {
  query: 'q',
  dataCategory: 'dataCategory',
  legalBasis: 'legalBasis',
  right: 'right',
  processor: 'processor',
  finding: 'finding',
};

/** The first view: search the policy texts, filter and page through the controllers. */
export function ControllersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const change = (next: Partial<ListParams>) => {
    const updated = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next) as [keyof ListParams, string][]) {
      if (value) updated.set(PARAM_NAMES[key], value);
      else updated.delete(PARAM_NAMES[key]);
    }
    setSearchParams(updated);
  };

  return (
    <div className="page">
      <title>{params.query ? `“${params.query}” · Policy Graph` : 'Controllers · Policy Graph'}</title>
      <div className="page-heading">
        <h1>Controllers</h1>
        <p className="muted">
          Privacy policies read into facts. Every fact links to the sentence of the policy it comes from.
        </p>
      </div>
      <FilterBar params={params} onChange={change} />
      {params.query && <SearchResults params={params} />}
      <ControllerList
        key={JSON.stringify([params.dataCategory, params.legalBasis, params.right, params.processor, params.finding])}
        params={params}
      />
    </div>
  );
}
