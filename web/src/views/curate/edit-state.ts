import type { ReviewIdentityFragment } from '../../generated/graphql';
import { IDENTITY_FIELDS, identityValues } from '../../lib/identity-input';
import {
  EDITABLE_FIELDS,
  type EditableField,
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
  /** The fact's content (factUpdate); null for the controller's identity (controllerUpdate). */
  content: FactContent | null;
  /** The fields the form shows, in order. */
  fields: EditableField[];
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
  const fields = EDITABLE_FIELDS[content.field] ?? [];
  const values: Record<string, string> = {};
  for (const field of fields) values[field.name] = fieldText(content, field.name);
  return { anchor: item.anchor, content, fields, values, quotes: [...item.quotes], picked: null, errors: [] };
}

/** The form of the version's controller identity as it is now (its item is `item`). */
export function startIdentityEdit(item: ReviewItem, identity: ReviewIdentityFragment): EditState {
  return {
    anchor: item.anchor,
    content: null,
    fields: IDENTITY_FIELDS,
    values: identityValues(identity),
    quotes: [...item.quotes],
    picked: null,
    errors: [],
  };
}
