import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { BadUserInputError } from '../errors/app-error';

// NUL cannot be stored in PostgreSQL text (the insert fails: an INTERNAL_SERVER_ERROR in 8 fields), and a lone
// UTF-16 surrogate is not text at all. Printable text, tabs and newlines are fine.
const LONE_SURROGATE = /\p{Surrogate}/u;
const isInvalidText = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);
const MAX_NESTING = 20;

function invalidIn(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === 'string') return isInvalidText(value) ? path : null;
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = invalidIn(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The one check for every text input, whatever the field or transport: variables and string literals of the
 * document. Returns the refusal (BAD_USER_INPUT naming the field), or null when all text is valid.
 */
export function invalidTextError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): BadUserInputError | null {
  const path = invalidIn(variables ?? {}, []) ?? invalidLiteralIn(document);
  if (!path) return null;
  const keys = path.filter((key) => !/^\d+$/.test(key));
  // `$q` alone says nothing to the person filling a form: name the argument or input field it is passed as.
  const field = (keys.length === 1 ? whereVariableIsUsed(document, keys[0] as string) : keys.pop()) ?? 'input';
  return BadUserInputError.field(field, 'Text cannot contain NUL characters or invalid Unicode. Remove them and try again.');
}

/** Per parsed document: Apollo reuses the document of a query it has seen, so its literals are walked once. */
const literalVerdicts = new WeakMap<DocumentNode, string[] | null>();

/** Where in the document an invalid string literal sits (argument, then input fields), or null. */
function invalidLiteralIn(document: DocumentNode): string[] | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  let path: string[] | null = null;
  visit(document, {
    Argument(node) {
      if (path) return false;
      let inside: string[] = [node.name.value];
      // Literal input objects: remember where in the argument the string sits.
      visit(node.value, {
        ObjectField: {
          enter(field) {
            inside = [...inside, field.name.value];
          },
          leave() {
            inside = inside.slice(0, -1);
          },
        },
        StringValue(string) {
          if (!path && isInvalidText(string.value)) path = [...inside];
        },
      });
      return false;
    },
  });
  literalVerdicts.set(document, path);
  return path;
}

function whereVariableIsUsed(document: DocumentNode, variable: string): string {
  let usedAs = variable;
  const check = (node: { name: { value: string }; value: { kind: string; name?: { value: string } } }) => {
    if (node.value.kind === Kind.VARIABLE && node.value.name?.value === variable) usedAs = node.name.value;
  };
  visit(document, { Argument: check, ObjectField: check });
  return usedAs;
}

/** As a GraphQL request error: what the formatter maps (the AppError) and the HTTP status of a bad request. */
export function asRequestError(error: BadUserInputError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** Refuses the operation before it runs, once per request (not per field): called by http-request-plugin.ts. */
export function refuseInvalidText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const error = invalidTextError(document, variables);
  if (error) throw asRequestError(error);
}
