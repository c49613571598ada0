import type { UserErrorFieldsFragment } from '../generated/graphql';

export type UserErrorFields = UserErrorFieldsFragment;

/** What a curator should do about each code, beside the server's own message. */
const ADVICE: Partial<Record<UserErrorFields['code'], string>> = {
  UNREVIEWED_FACTS: 'Accept or reject every proposed fact, then publish again.',
  CONFLICT: 'Someone changed it since you loaded it: reload the page and look again.',
  EVIDENCE_NOT_FOUND: 'Pick the words from the policy text itself.',
  VERSION_CLOSED: 'This version is no longer a draft.',
};

/** The server's message, its field when it names one, and what to do. */
export function userErrorText(error: UserErrorFields): string {
  const field = error.field.length > 2 ? ` (${error.field.slice(2).join('.')})` : '';
  const advice = ADVICE[error.code];
  return `${error.message}${field}${advice ? ` ${advice}` : ''}`;
}

/** A thrown error (network, GraphQL) as one line for the page. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
