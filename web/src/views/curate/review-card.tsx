import { type MouseEvent, useRef } from 'react';
import { UserErrors } from '../../components/user-errors';
import type { ReviewItem } from '../../lib/review-facts';
import type { UserErrorFields } from '../../lib/user-errors';
import type { EditState } from './edit-state';

const SOURCE_LABELS = {
  SEED: 'From the seed files',
  SYNTH: 'Synthetic',
  INGESTION: 'Found by the extractor',
  CURATOR: 'Made by a curator',
} as const;

const STATE_LABELS = { PROPOSED: 'To review', ACCEPTED: 'Accepted', REJECTED: 'Rejected' } as const;

interface ReviewCardProps {
  item: ReviewItem;
  selected: boolean;
  readOnly: boolean;
  busy: boolean;
  editing: EditState | null;
  onSelect(): void;
  /** Brings the quote starting at this offset into view in the text. */
  onShowInText(start: number): void;
  onDecide(decision: 'ACCEPT' | 'REJECT'): void;
  onEdit(): void;
  onEditChange(state: EditState): void;
  /** Selects the next (1) or previous (-1) sentence of the text, to be added as a quote. */
  onStepSentence(step: 1 | -1): void;
  onSave(): void;
  onCancel(): void;
}

/**
 * One fact of the draft: what it says, where it stands, how sure the extractor was, its quotes, and the buttons
 * (with their keys) to accept, edit or reject it. Its id is `fact-<key>`; it takes the focus when the keyboard
 * selects it.
 */
export function ReviewCard(props: ReviewCardProps) {
  const { item, selected, readOnly, busy, editing } = props;
  const state = item.status.reviewState;
  const titleId = `fact-${item.anchor}-title`;
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, textarea, label')) return;
    props.onSelect();
  };
  return (
    <article
      id={`fact-${item.anchor}`}
      className={`fact review-card state-${state.toLowerCase()}${selected ? ' is-selected' : ''}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      onClick={onClick}
    >
      <div className="fact-head">
        <h3 className="fact-title" id={titleId}>
          <span className="group-title">{item.group}</span> {item.title}
        </h3>
        <span className={`badge review-state review-${state.toLowerCase()}`}>{STATE_LABELS[state]}</span>
      </div>
      <div className="fact-body">
        {item.details.length > 0 && <p className="muted small">{item.details.join(' · ')}</p>}
        <p className="muted small">
          {SOURCE_LABELS[item.status.source]}
          {item.status.confidence !== null && `, confidence ${Math.round(item.status.confidence * 100)} %`} ·{' '}
          {item.quotes.length === 0
            ? 'no quote in this text'
            : `${item.quotes.length} quote${item.quotes.length > 1 ? 's' : ''}`}
        </p>
        {selected && !editing && item.quotes.length > 0 && (
          <ul className="quote-list review-quotes">
            {item.quotes.slice(0, 3).map((quote) => (
              <li key={quote.start}>
                <blockquote>{quote.quote}</blockquote>
                <button type="button" className="link-button small" onClick={() => props.onShowInText(quote.start)}>
                  Show in the text
                </button>
              </li>
            ))}
          </ul>
        )}
        {editing ? (
          <EditForm {...props} state={editing} />
        ) : (
          !readOnly && (
            <div className="button-row review-actions">
              <button
                type="button"
                className="button button-small button-accept"
                disabled={busy}
                aria-keyshortcuts="a"
                aria-pressed={state === 'ACCEPTED'}
                onClick={() => props.onDecide('ACCEPT')}
              >
                Accept <kbd>a</kbd>
              </button>
              {(item.fact || item.identity) && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-keyshortcuts="e"
                  onClick={props.onEdit}
                >
                  Edit <kbd>e</kbd>
                </button>
              )}
              <button
                type="button"
                className="button button-small button-reject"
                disabled={busy}
                aria-keyshortcuts="r"
                aria-pressed={state === 'REJECTED'}
                onClick={() => props.onDecide('REJECT')}
              >
                Reject <kbd>r</kbd>
              </button>
            </div>
          )
        )}
      </div>
    </article>
  );
}

interface EditFormProps {
  item: ReviewItem;
  state: EditState;
  busy: boolean;
  onEditChange(state: EditState): void;
  onStepSentence(step: 1 | -1): void;
  onSave(): void;
  onCancel(): void;
}

/**
 * The fact's words and its quotes, editable: words selected in the policy text (with the mouse, or sentence by
 * sentence with the buttons) are added as a quote.
 */
function EditForm({ item, state, busy, onEditChange, onStepSentence, onSave, onCancel }: EditFormProps) {
  const id = `edit-${item.anchor}`;
  const { byField, others } = errorsByField(state);
  const set = (name: string, value: string) => onEditChange({ ...state, values: { ...state.values, [name]: value } });
  const picked = state.picked;
  const already = picked && state.quotes.some((quote) => quote.start === picked.start && quote.end === picked.end);
  // Adding disables the button: the focus goes back to the steps, where the keyboard left it.
  const nextSentence = useRef<HTMLButtonElement>(null);
  return (
    <form
      className="edit-form stack"
      aria-label={`Edit ${item.group}: ${item.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {state.fields.map((field) => {
        const errors = byField.get(field.name) ?? [];
        const errorId = errors.length > 0 ? `${id}-${field.name}-error` : undefined;
        return (
          <div key={field.name} className="stack-tight">
            <label htmlFor={`${id}-${field.name}`}>
              {field.label}
              {field.required && <span className="muted"> (required)</span>}
            </label>
            {field.multiline ? (
              <textarea
                id={`${id}-${field.name}`}
                className="input textarea"
                rows={2}
                value={state.values[field.name] ?? ''}
                aria-invalid={errorId ? true : undefined}
                aria-describedby={errorId}
                onChange={(event) => set(field.name, event.target.value)}
              />
            ) : (
              <input
                id={`${id}-${field.name}`}
                className="input"
                type={field.number ? 'number' : 'text'}
                value={state.values[field.name] ?? ''}
                aria-invalid={errorId ? true : undefined}
                aria-describedby={errorId}
                onChange={(event) => set(field.name, event.target.value)}
              />
            )}
            {errorId && (
              <p id={errorId} className="field-error small" role="alert">
                {errors.map((error) => error.message).join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <fieldset className="quotes-fieldset">
        <legend>Evidence</legend>
        {state.quotes.length === 0 && <p className="muted small">No quote: add at least one.</p>}
        <ul className="edit-quotes">
          {state.quotes.map((quote, index) => (
            <li key={`${quote.start}-${quote.end}`}>
              <blockquote>{quote.quote}</blockquote>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => onEditChange({ ...state, quotes: state.quotes.filter((_, at) => at !== index) })}
                aria-label={`Remove the quote “${quote.quote.slice(0, 40)}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <p className="muted small" id={`${id}-pick-hint`}>
          Select words in the policy text, or go through its sentences, to add them as a quote.
        </p>
        <div className="button-row sentence-steps" role="group" aria-label="Sentences of the policy text">
          <button type="button" className="button button-small" onClick={() => onStepSentence(-1)}>
            Previous sentence
          </button>
          <button type="button" className="button button-small" ref={nextSentence} onClick={() => onStepSentence(1)}>
            Next sentence
          </button>
        </div>
        <p className="muted small picked-words" role="status">
          {picked && `Picked in the text: “${shorten(picked.quote, 120)}”${already ? ', already a quote' : ''}`}
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={!picked || !!already}
          aria-describedby={`${id}-pick-hint`}
          // Pressing the button must not clear the selection it reads.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!picked) return;
            onEditChange({
              ...state,
              quotes: [...state.quotes, picked].sort((a, b) => a.start - b.start),
              picked: null,
            });
            nextSentence.current?.focus();
          }}
        >
          {picked ? `Add “${shorten(picked.quote, 48)}”` : 'Add the selected words'}
        </button>
      </fieldset>
      <UserErrors errors={others} title="Not saved:" />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {state.content ? 'Save and accept' : 'Save'}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}

/** The API's userErrors about one field of the form (the last name of their path), and the others. */
function errorsByField(state: EditState): { byField: Map<string, UserErrorFields[]>; others: UserErrorFields[] } {
  const names = new Set(state.fields.map((field) => field.name));
  const byField = new Map<string, UserErrorFields[]>();
  const others: UserErrorFields[] = [];
  for (const error of state.errors) {
    const name = error.field.at(-1);
    if (name && names.has(name)) byField.set(name, [...(byField.get(name) ?? []), error]);
    else others.push(error);
  }
  return { byField, others };
}

function shorten(words: string, length: number): string {
  return words.length > length ? `${words.slice(0, length)}…` : words;
}
