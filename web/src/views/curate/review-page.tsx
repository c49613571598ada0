import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { UserErrors } from '../../components/user-errors';
import { DraftReviewDocument, FactReviewDocument } from '../../generated/graphql';
import { segmentAt, segmentText, type TextSegment } from '../../lib/evidence-segments';
import { reviewCounts, reviewItems, type ReviewItem, type ReviewVersion } from '../../lib/review-facts';
import { errorText, type UserErrorFields } from '../../lib/user-errors';
import { useSession } from '../../session/use-viewer';
import { PolicyText } from '../controller/policy-text';
import { scrollFactIntoView, scrollSpanIntoView } from '../controller/scrolling';
import { ReviewCard } from './review-card';
import { type EditState, startEdit, startIdentityEdit } from './edit-state';
import { useSaveEdit } from './edit-save';
import { PublishBar } from './publish-bar';
import { useReviewKeys } from './review-keys';
import { useSentenceSteps } from './sentence-steps';
import { selectionIn } from './text-selection';
import { SignInForm } from './sign-in-form';

/**
 * Reviewing a draft (`/curate/drafts/<slug>/<version>#<fact key>`): its facts on the left, each accepted, edited
 * or rejected; its text on the right with every fact's evidence highlighted, the selected fact's marked. The URL
 * fragment is the selected fact; j/k (and the other keys shown) go through a long list without the mouse.
 */
export function ReviewPage() {
  const { slug = '', version = '' } = useParams();
  const session = useSession();
  const number = Number(version);
  const { data, loading, error } = useQuery(DraftReviewDocument, {
    variables: { slug, version: number },
    skip: !session.signedIn || !Number.isInteger(number),
  });
  const controller = data?.controller;
  if (!session.signedIn) {
    return (
      <div className="page narrow-wide">
        <title>Review · Policy Graph</title>
        <h1>Review a draft</h1>
        <SignInForm />
      </div>
    );
  }
  if (!controller) {
    return (
      <div className="page">
        <title>{`Review ${slug} · Policy Graph`}</title>
        <QueryState loading={loading} error={error} what="the draft" />
        {data && data.controller === null && (
          <div className="narrow">
            <h1>
              No version {version} of “{slug}”
            </h1>
            <p>
              It may have been published or discarded. <Link to="/curate">See the drafts</Link>
            </p>
          </div>
        )}
      </div>
    );
  }
  return <ReviewView version={controller} />;
}

interface PageErrors {
  title: string;
  errors: UserErrorFields[];
}

function ReviewView({ version }: { version: ReviewVersion }) {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const items = useMemo(() => reviewItems(version), [version]);
  const anchor = decodeURIComponent(hash.slice(1));
  const index = items.findIndex((item) => item.anchor === anchor);
  const current = index >= 0 ? items[index] : null;
  const [editing, setEditing] = useState<EditState | null>(null);
  const [errors, setErrors] = useState<PageErrors | null>(null);
  const [busy, setBusyState] = useState(false);
  // One write at a time; a ref, so that a key pressed before the next render sees it too.
  const busyRef = useRef(false);
  const setBusy = (value: boolean) => {
    busyRef.current = value;
    setBusyState(value);
  };
  const [review] = useMutation(FactReviewDocument);
  const saveEdit = useSaveEdit();
  const textPane = useRef<HTMLDivElement>(null);
  const isDraft = version.status === 'DRAFT';

  // While editing, the text shows the quotes as they are in the form.
  const shown = useMemo(
    () =>
      editing
        ? items.map((item) => (item.anchor === editing.anchor ? { ...item, spans: editing.quotes } : item))
        : items,
    [items, editing],
  );
  const segments = useMemo(() => segmentText(version.document.text.length, shown), [version.document.text, shown]);
  const counts = reviewCounts(items);

  // The selection as the keys see it: set at once by select(), before the URL (and the render) follow, so that a key
  // pressed right after another acts on the fact the first one selected.
  const selectedRef = useRef(anchor);
  useEffect(() => {
    selectedRef.current = anchor;
  }, [anchor]);
  const selectedItem = () => items.find((item) => item.anchor === selectedRef.current) ?? null;

  const select = useCallback(
    (next: string, focus = false) => {
      selectedRef.current = next;
      setErrors(null);
      navigate({ hash: encodeURIComponent(next) }, { replace: true, preventScrollReset: true });
      if (focus) {
        requestAnimationFrame(() => {
          document.getElementById(`fact-${next}`)?.focus({ preventScroll: true });
          scrollFactIntoView(next);
        });
      }
    },
    [navigate],
  );

  // The selected fact's first quote is brought into view in the text.
  const currentSpans = editing?.anchor === current?.anchor ? editing?.quotes : current?.spans;
  const firstStart = currentSpans && currentSpans.length > 0 ? Math.min(...currentSpans.map((s) => s.start)) : null;
  const showInText = useCallback(
    (start: number) => scrollSpanIntoView(textPane.current, segmentAt(segments, start)?.start ?? start),
    [segments],
  );
  useEffect(() => {
    // Beside the facts (wide screens) the text follows the selection; on a phone, where the text comes after the
    // facts, the card stays in view and its "Show in the text" button goes there.
    if (firstStart !== null && paneScrolls(textPane.current)) showInText(firstStart);
    // Only a new selection scrolls, not each new segmentation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.anchor, firstStart]);

  /** The next fact still to review after `from` (wrapping), else the next one. */
  const nextToReview = (from: number): ReviewItem | undefined => {
    for (let step = 1; step <= items.length; step++) {
      const item = items[(from + step) % items.length];
      if (item.status.reviewState === 'PROPOSED') return item;
    }
    return items[Math.min(from + 1, items.length - 1)];
  };

  const decide = async (item: ReviewItem, decision: 'ACCEPT' | 'REJECT') => {
    if (!isDraft || busyRef.current) return;
    const position = items.indexOf(item);
    setBusy(true);
    try {
      const { data } = await review({
        variables: { input: { id: item.status.id, expectedRevision: item.status.revision, decision } },
      });
      const userErrors = data?.factReview.userErrors ?? [];
      if (userErrors.length > 0) setErrors({ title: `“${item.title}” was not changed:`, errors: userErrors });
      else {
        const next = nextToReview(position);
        if (next) select(next.anchor, true);
      }
    } catch (caught) {
      setErrors({ title: errorText(caught), errors: [] });
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!editing || current?.anchor !== editing.anchor || busyRef.current) return;
    setBusy(true);
    try {
      const userErrors = await saveEdit(current, editing);
      if (userErrors.length > 0) setEditing({ ...editing, errors: userErrors });
      else {
        setEditing(null);
        select(current.anchor, true);
      }
    } catch (caught) {
      setEditing({ ...editing, errors: [{ code: 'INVALID', field: [], message: errorText(caught) }] });
    } finally {
      setBusy(false);
    }
  };

  const edit = (item: ReviewItem) => {
    if (!isDraft || !(item.fact || item.identity)) return;
    if (item.anchor !== current?.anchor) select(item.anchor);
    setEditing(item.identity ? startIdentityEdit(item, version) : startEdit(item));
  };

  useReviewKeys({
    enabled: true,
    editing: editing !== null,
    onMove: (step) => {
      const at = items.findIndex((item) => item.anchor === selectedRef.current);
      const next = items[at < 0 ? 0 : Math.max(0, Math.min(items.length - 1, at + step))];
      if (next) select(next.anchor, true);
    },
    onNextToReview: () => {
      const next = nextToReview(items.findIndex((item) => item.anchor === selectedRef.current));
      if (next) select(next.anchor, true);
    },
    onAccept: () => {
      const item = selectedItem();
      if (item) void decide(item, 'ACCEPT');
    },
    onReject: () => {
      const item = selectedItem();
      if (item) void decide(item, 'REJECT');
    },
    onEdit: () => {
      const item = selectedItem();
      if (item) edit(item);
    },
    onCancel: () => setEditing(null),
  });

  const stepSentence = useSentenceSteps(version.document.text, version.document.language, editing, textPane);

  // While editing, the words the curator selects in the text are offered as new evidence.
  useEffect(() => {
    if (!editing) return;
    const onSelection = () => {
      const picked = selectionIn(document.querySelector('[data-testid="policy-text"]'), version.document.text);
      setEditing((state) => (state ? { ...state, picked } : state));
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editing !== null, version.document.text]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSegment = useCallback(
    (segment: TextSegment) => {
      // A drag that selects words (to add them as evidence) is not a click on the highlight.
      if (!window.getSelection()?.isCollapsed) return;
      if (segment.anchors.length === 0) return;
      const at = segment.anchors.indexOf(anchor);
      select(segment.anchors[(at + 1) % segment.anchors.length], true);
    },
    [anchor, select],
  );

  return (
    <div className="controller-page review-page">
      <title>{`Review ${version.name} v${version.version} · Policy Graph`}</title>
      <PublishBar version={version} counts={counts} total={items.length} onError={setErrors} />
      {errors && <UserErrors errors={errors.errors} title={errors.title} />}
      <div className="controller-layout">
        <section className="facts-column" aria-labelledby="review-facts-heading">
          <h2 id="review-facts-heading" className="visually-hidden">
            Facts to review
          </h2>
          <ol className="review-list" aria-busy={busy}>
            {items.map((item) => (
              <li key={item.anchor}>
                <ReviewCard
                  item={item}
                  selected={item.anchor === anchor}
                  readOnly={!isDraft}
                  busy={busy}
                  editing={editing?.anchor === item.anchor ? editing : null}
                  onSelect={() => select(item.anchor)}
                  onShowInText={showInText}
                  onDecide={(decision) => void decide(item, decision)}
                  onEdit={() => edit(item)}
                  onEditChange={setEditing}
                  onStepSentence={stepSentence}
                  onSave={() => void save()}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ))}
          </ol>
        </section>
        <section className="text-column" aria-labelledby="policy-text-heading">
          <div className="text-toolbar">
            <h2 id="policy-text-heading" className="text-title" lang={version.document.language}>
              {version.document.title}
            </h2>
            <p className="selection-bar muted small" role="status">
              {current ? (
                <>
                  <span className="selection-title">
                    Evidence for {current.group}: {current.title}
                  </span>
                  <span>
                    {current.quotes.length} {current.quotes.length === 1 ? 'quote' : 'quotes'}
                  </span>
                </>
              ) : (
                'Select a fact to mark its words; click a highlight to select its fact.'
              )}
            </p>
          </div>
          <div className="text-pane" ref={textPane} tabIndex={-1}>
            <PolicyText
              text={version.document.text}
              language={version.document.language}
              segments={segments}
              selected={current?.anchor ?? null}
              clickedStart={null}
              onSegment={onSegment}
            />
          </div>
        </section>
      </div>
    </div>
  );
}

/** Whether the text pane scrolls on its own (beside the facts), rather than with the page (phones). */
function paneScrolls(pane: HTMLElement | null): boolean {
  return !!pane && pane.scrollHeight > pane.clientHeight + 1 && getComputedStyle(pane).overflowY !== 'visible';
}
