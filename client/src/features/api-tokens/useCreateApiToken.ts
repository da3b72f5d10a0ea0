import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateApiTokenInput } from '../../gql/graphql';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        ...ApiTokensList_token
      }
    }
  }
`);

/**
 * Creates a token and puts it first in the list (the server lists them newest first); resolves with the secret,
 * which exists only in this answer. Rejects with the Apollo error so the form can place it on its fields.
 */
export function useCreateApiToken(): (input: CreateApiTokenInput) => Promise<string | null> {
  const [createApiToken] = useMutation(CreateApiTokenMutation, {
    update(cache, { data }) {
      const token = data?.createApiToken.token;
      if (!token) return;
      cache.modify<{ apiTokens: readonly Reference[] }>({
        fields: {
          apiTokens(existing, { toReference, readField }) {
            const ref = toReference(token);
            if (!ref || existing.some((item) => readField('id', item) === token.id)) return existing;
            return [ref, ...existing];
          },
        },
      });
    },
  });
  return async (input) => {
    const { data } = await createApiToken({ variables: { input } });
    return data?.createApiToken.secret ?? null;
  };
}
