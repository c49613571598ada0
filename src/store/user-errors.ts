import { PolicyProblem } from '../policy/validate-policy';

/** The codes of the errors a write reports to its client (a mutation's `userErrors`). */
export enum UserErrorCode {
  INVALID = 'INVALID',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  EVIDENCE_AMBIGUOUS = 'EVIDENCE_AMBIGUOUS',
  EVIDENCE_MISMATCH = 'EVIDENCE_MISMATCH',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  VERSION_CLOSED = 'VERSION_CLOSED',
  UNREVIEWED_FACTS = 'UNREVIEWED_FACTS',
  INVALID_STATE = 'INVALID_STATE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  TOO_LARGE = 'TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** One thing wrong with a write: where in the input (`['input', 'fact', 'purpose', 'retention']`), what, which code. */
export interface UserErrorInfo {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/**
 * Thrown inside a write transaction when the write cannot be applied as asked: the transaction rolls back (nothing
 * changed, the data version included) and the errors go back to the client. Never an internal error.
 */
export class UserErrors extends Error {
  override name = 'UserErrors';
  constructor(readonly errors: UserErrorInfo[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

/** A user error at `field`. */
export const userError = (code: UserErrorCode, message: string, field: string[] = []): UserErrors =>
  new UserErrors([{ code, message, field }]);

/** The gate's problems as user errors, their paths under `prefix` (`purposes[2].retention` -> [..., 'retention']). */
export function problemsAsUserErrors(problems: PolicyProblem[], prefix: string[]): UserErrors {
  return new UserErrors(
    problems.map((p) => ({
      code: UserErrorCode[p.code],
      message: p.message,
      field: [...prefix, ...p.path.split(/[.[\]]+/).filter(Boolean)],
    })),
  );
}
