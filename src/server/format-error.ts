import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ValidationError } from 'class-validator';
import { AuthenticationError, AuthorizationError } from 'type-graphql';

/** Codes whose messages are meant for the client; anything else is an internal error and is masked in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'OPERATION_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** Refusals by the operation limits, as graphql-armor and Apollo's parser word them; they become QUERY_TOO_COMPLEX. */
const LIMIT_MESSAGES = [
  /^Syntax Error: (Query depth limit .*)$/,
  /^Syntax Error: (Aliases limit .*)$/,
  /^Syntax Error: (Directives limit .*)$/,
  // graphql-js spells it "more that".
  /^Syntax Error: (Document contains more tha[nt] \d+ tokens.*)$/,
  /^(.* recursively requests too many selections\.)$/,
];

function limitRefusal(message: string): string | null {
  for (const pattern of LIMIT_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return match[1];
  }
  return null;
}

function describeViolations(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return [
      ...Object.values(e.constraints ?? {}).map((message) => message.replace(new RegExp(`^${e.property}\\b`), path)),
      ...describeViolations(e.children ?? [], path),
    ];
  });
}

const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * The error's code: UNAUTHENTICATED or FORBIDDEN for a refusal by an `@Authorized` guard, else its own, else
 * BAD_USER_INPUT for graphql-js's last word on too many variable errors, else BAD_REQUEST for an error Apollo raised
 * with a 4xx status but no code (an APQ hash that does not match its query), else INTERNAL_SERVER_ERROR. Apollo fills
 * in INTERNAL_SERVER_ERROR where a code is missing, so the status is read from the original error, which still carries
 * `extensions.http`.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  // type-graphql's refusals by @Authorized (see authChecker): no valid key, or a key whose role is too low (which
  // type-graphql codes UNAUTHORIZED; HTTP and the GraphQL world call it FORBIDDEN).
  const original = unwrapResolverError(error);
  if (original instanceof AuthenticationError) return 'UNAUTHENTICATED';
  if (original instanceof AuthorizationError) return 'FORBIDDEN';
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return code;
  // graphql-js stops coercing variables after 50 errors with this error, which (unlike the 50) names no variable.
  if (formatted.message === VARIABLE_ERROR_LIMIT) return 'BAD_USER_INPUT';
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's formatError: gives every error a code, turns class-validator violations into a message that says what is
 * allowed, and (when `production`) replaces the message of every internal error so that no SQL, path or stack leaks.
 * Never throws.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as
      { extensions?: { validationErrors?: ValidationError[] } } | undefined;
    const code = codeOf(formatted, error);
    const violations = original?.extensions?.validationErrors;
    if (code === 'BAD_USER_INPUT' && Array.isArray(violations) && violations.length) {
      return {
        message: `Invalid argument: ${describeViolations(violations).join('; ')}.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const refusal =
      code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? limitRefusal(formatted.message) : null;
    if (refusal) {
      return {
        message: `${refusal} See the API's limits.`,
        locations: formatted.locations,
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      };
    }
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return {
      message: 'Internal server error. The request id in extensions identifies it in our logs.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
