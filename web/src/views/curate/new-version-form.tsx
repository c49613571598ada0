import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { UserErrors } from '../../components/user-errors';
import { PolicyVersionCreateDocument } from '../../generated/graphql';
import { errorText, type UserErrorFields } from '../../lib/user-errors';

/**
 * A new text of an existing controller's policy (policyVersionCreate): a draft whose facts are carried over from the
 * current version where their quotes are still in the text, PROPOSED for review. Opens the draft.
 */
export function NewVersionForm() {
  const id = useId();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(PolicyVersionCreateDocument);
  const [slug, setSlug] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [same, setSame] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSame(false);
    try {
      const { data } = await create({ variables: { input: { controller: slug.trim(), text } } });
      const payload = data?.policyVersionCreate;
      setErrors(payload?.userErrors ?? []);
      if (!payload || payload.userErrors.length > 0 || !payload.controller) return;
      if (!payload.created) setSame(true);
      else navigate(`/curate/drafts/${encodeURIComponent(payload.controller.slug)}/${payload.controller.version}`);
    } catch (caught) {
      setFailure(errorText(caught));
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New text for a controller</h2>
      <p className="muted">
        Paste the new text of a controller’s policy: its current facts are carried over where their quotes are still in
        the text, each proposed for your review.
      </p>
      <form className="stack" onSubmit={submit}>
        <label htmlFor={`${id}-slug`}>Controller (slug, as in its URL)</label>
        <input
          id={`${id}-slug`}
          className="input"
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
          placeholder="cluma"
          required
          spellCheck={false}
        />
        <label htmlFor={`${id}-text`}>Policy text</label>
        <textarea
          id={`${id}-text`}
          className="input textarea"
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          required
        />
        <div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create the draft'}
          </button>
        </div>
      </form>
      <UserErrors errors={errors} title="No draft was made:" />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {same && (
        <p role="status" className="callout">
          This text is the latest version’s: no new version was made.
        </p>
      )}
    </section>
  );
}
