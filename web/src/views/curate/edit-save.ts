import { useMutation } from '@apollo/client/react';
import { ControllerUpdateDocument, FactUpdateDocument } from '../../generated/graphql';
import { identityInput } from '../../lib/identity-input';
import { editedFactInput, type ReviewItem } from '../../lib/review-facts';
import type { UserErrorFields } from '../../lib/user-errors';
import type { EditState } from './edit-state';

/**
 * Saves an edit through the API, based on the revision the page shows: a fact with factUpdate, the controller's
 * identity with controllerUpdate. Resolves to the API's userErrors (empty when it applied); the payloads update the
 * cache, and so the card.
 */
export function useSaveEdit(): (item: ReviewItem, editing: EditState) => Promise<UserErrorFields[]> {
  const [updateFact] = useMutation(FactUpdateDocument);
  const [updateIdentity] = useMutation(ControllerUpdateDocument);
  return async (item, editing) => {
    const { id, revision: expectedRevision } = item.status;
    if (editing.content) {
      const fact = editedFactInput(editing.content, editing.values, editing.quotes);
      const { data } = await updateFact({ variables: { input: { id, expectedRevision, fact } } });
      return data?.factUpdate.userErrors ?? [];
    }
    const identity = identityInput(editing.values, editing.quotes);
    const { data } = await updateIdentity({ variables: { input: { id, expectedRevision, identity } } });
    return data?.controllerUpdate.userErrors ?? [];
  };
}
