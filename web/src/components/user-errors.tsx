import type { UserErrorFields } from '../lib/user-errors';
import { userErrorText } from '../lib/user-errors';

/** Why a mutation did not apply, one line per error, announced to screen readers. */
export function UserErrors({ errors, title }: { errors: readonly UserErrorFields[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="callout callout-error user-errors" role="alert">
      {title && <strong>{title}</strong>}
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code className="error-code">{error.code}</code> {userErrorText(error)}
          </li>
        ))}
      </ul>
    </div>
  );
}
