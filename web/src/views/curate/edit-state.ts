import {
  EDITABLE_FIELDS,
  factContent,
  type FactContent,
  fieldText,
  type Quote,
  type ReviewItem,
} from '../../lib/review-facts';
import type { UserErrorFields } from '../../lib/user-errors';

/** A fact being edited: its content as the API takes it, the fields as typed, and its quotes. */
export interface EditState {
  anchor: string;
  content: FactContent;
  values: Record<string, string>;
  quotes: Quote[];
  /** Words selected in the policy text, offered as a new quote. */
  picked: Quote | null;
  errors: UserErrorFields[];
}

/** The form of a fact as it is now. */
export function startEdit(item: ReviewItem): EditState | null {
  if (!item.fact) return null;
  const content = factContent(item.fact);
  const values: Record<string, string> = {};
  for (const field of EDITABLE_FIELDS[content.field] ?? []) values[field.name] = fieldText(content, field.name);
  return { anchor: item.anchor, content, values, quotes: [...item.quotes], picked: null, errors: [] };
}
