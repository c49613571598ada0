import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { UserErrors } from '../../components/user-errors';
import { SubmitPolicyDocument } from '../../generated/graphql';
import { errorText, type UserErrorFields } from '../../lib/user-errors';
import { useSession } from '../../session/use-viewer';
import { SignInForm } from './sign-in-form';

const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
};

/** A file's content as submitPolicy takes it: the text, or base64 for a PDF. */
async function fileContent(file: File): Promise<{ content: string; mediaType?: string }> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const mediaType = MEDIA_TYPES[extension] ?? (file.type || undefined);
  if (mediaType !== 'application/pdf') return { content: await file.text(), mediaType };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return { content: btoa(binary), mediaType };
}

/**
 * Submitting a policy (`/curate/submit`): paste its text or upload a file (txt, md, html, pdf), optionally naming the
 * controller it is a new version of; then follow its reading.
 */
export function SubmitPage() {
  const session = useSession();
  const id = useId();
  const navigate = useNavigate();
  const [submit, { loading }] = useMutation(SubmitPolicyDocument);
  const [mode, setMode] = useState<'paste' | 'file'>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [controller, setController] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  if (!session.signedIn) {
    return (
      <div className="page narrow-wide">
        <title>Submit a policy · Policy Graph</title>
        <h1>Submit a policy</h1>
        <SignInForm />
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (mode === 'file' && file?.size === 0) {
      setFailure(`“${file.name}” is empty: choose the file that holds the policy.`);
      return;
    }
    try {
      const body = mode === 'file' && file ? await fileContent(file) : { content: text, mediaType: undefined };
      const input = {
        ...body,
        controller: controller.trim() || undefined,
        sourceUrl: sourceUrl.trim() || undefined,
      };
      const { data } = await submit({ variables: { input } });
      const payload = data?.submitPolicy;
      setErrors(payload?.userErrors ?? []);
      if (payload?.ingestion) navigate(`/curate/ingestions/${encodeURIComponent(payload.ingestion.id)}`);
    } catch (caught) {
      setFailure(errorText(caught));
    }
  };

  return (
    <div className="page narrow-wide">
      <title>Submit a policy · Policy Graph</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/curate">Curation</Link> <span aria-hidden="true">/</span>
      </nav>
      <h1>Submit a policy</h1>
      <p className="muted">
        The policy is read into a draft: its facts, each with the words it rests on, proposed for your review.
      </p>
      <form className="stack submit-form" onSubmit={onSubmit}>
        <fieldset className="mode-tabs">
          <legend className="visually-hidden">How to give the policy</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'paste'} onChange={() => setMode('paste')} /> Paste the
            text
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} /> Upload a file
          </label>
        </fieldset>
        {mode === 'paste' ? (
          <>
            <label htmlFor={`${id}-text`}>Policy text</label>
            <textarea
              id={`${id}-text`}
              className="input textarea"
              rows={10}
              value={text}
              onChange={(event) => setText(event.target.value)}
              required
            />
          </>
        ) : (
          <>
            <label htmlFor={`${id}-file`}>File (.txt, .md, .html or .pdf)</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              required
            />
          </>
        )}
        <label htmlFor={`${id}-controller`}>
          Controller (optional: the slug of an existing one, for a new version)
        </label>
        <input
          id={`${id}-controller`}
          className="input"
          value={controller}
          onChange={(event) => setController(event.target.value)}
          spellCheck={false}
        />
        <label htmlFor={`${id}-url`}>Where it is published (optional)</label>
        <input
          id={`${id}-url`}
          className="input"
          type="url"
          value={sourceUrl}
          onChange={(event) => setSourceUrl(event.target.value)}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Submitting…' : 'Submit'}
          </button>
        </div>
      </form>
      <UserErrors errors={errors} title="Nothing was submitted:" />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
