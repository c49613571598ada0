import type { ControllerFilter, FindingCode, LegalBasisCode, RightCode } from '../../generated/graphql';
import { FINDING_LABELS } from '../../lib/labels';

/** The list's state, all of it in the URL: `/?q=camera&dataCategory=ip-address&finding=VAGUE_RETENTION`. */
export interface ListParams {
  query: string;
  dataCategory: string;
  legalBasis: string;
  right: string;
  processor: string;
  finding: string;
}

export const FILTER_KEYS = ['dataCategory', 'legalBasis', 'right', 'processor', 'finding'] as const;

export function readListParams(params: URLSearchParams): ListParams {
  return {
    query: params.get('q') ?? '',
    dataCategory: params.get('dataCategory') ?? '',
    legalBasis: params.get('legalBasis') ?? '',
    right: params.get('right') ?? '',
    processor: params.get('processor') ?? '',
    finding: params.get('finding') ?? '',
  };
}

/** The API's filter for the list (the finding filter is applied by the view: the API has none). */
export function controllerFilter(params: ListParams): ControllerFilter {
  return {
    ...(params.dataCategory && { dataCategory: params.dataCategory }),
    ...(params.legalBasis && { legalBasis: params.legalBasis as LegalBasisCode }),
    ...(params.right && { right: params.right as RightCode }),
    ...(params.processor && { processor: params.processor }),
  };
}

export function isFindingCode(value: string): value is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_LABELS, value);
}

/** What a controller must have to pass the filters, for views that test them on the client (search hits). */
export interface ControllerFacets {
  dataCategories: readonly { category: { code: string } }[];
  legalBases: readonly { code: string }[];
  rights: readonly { right: { code: string } }[];
  processors: readonly { processor: { slug: string } }[];
  findings: readonly { code: string }[];
}

export function passesFilters(facets: ControllerFacets, params: ListParams): boolean {
  return (
    (!params.dataCategory || facets.dataCategories.some((item) => item.category.code === params.dataCategory)) &&
    (!params.legalBasis || facets.legalBases.some((item) => item.code === params.legalBasis)) &&
    (!params.right || facets.rights.some((item) => item.right.code === params.right)) &&
    (!params.processor || facets.processors.some((item) => item.processor.slug === params.processor)) &&
    (!params.finding || facets.findings.some((item) => item.code === params.finding))
  );
}

export function hasFilters(params: ListParams): boolean {
  return FILTER_KEYS.some((key) => params[key] !== '');
}
