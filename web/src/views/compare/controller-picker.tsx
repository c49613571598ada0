import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { ControllerPickerDocument } from '../../generated/graphql';

interface ControllerPickerProps {
  selected: string[];
  max: number;
  onChange(slugs: string[]): void;
}

/** The compared controllers as removable chips, and a list to add more from (filtered by name, paginated). */
export function ControllerPicker({ selected, max, onChange }: ControllerPickerProps) {
  const id = useId();
  const [name, setName] = useState('');
  const deferredName = useDeferredValue(name.trim());
  const { data, previousData, fetchMore, loading } = useQuery(ControllerPickerDocument, {
    variables: { first: 50, name: deferredName || null },
  });
  const connection = (data ?? previousData)?.controllers;
  const names = new Map(connection?.edges.map(({ node }) => [node.slug, node.name]) ?? []);
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...selected, slug].slice(0, max) : selected.filter((item) => item !== slug));

  return (
    <section className="picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="small-heading">
        Compared ({selected.length} of at most {max})
      </h2>
      <ul className="chips" aria-label="Compared controllers">
        {selected.map((slug) => (
          <li key={slug} className="chip">
            {names.get(slug) ?? slug}
            <button type="button" aria-label={`Remove ${names.get(slug) ?? slug}`} onClick={() => toggle(slug, false)}>
              ×
            </button>
          </li>
        ))}
        {selected.length === 0 && <li className="muted small">None yet: tick controllers below.</li>}
      </ul>
      <details className="picker-list" open={selected.length === 0}>
        <summary>Add controllers</summary>
        <label htmlFor={`${id}-name`} className="visually-hidden">
          Filter by name
        </label>
        <input
          id={`${id}-name`}
          type="search"
          placeholder="Filter by name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <ul className="checkbox-list">
          {connection?.edges.map(({ node }) => {
            const checked = selected.includes(node.slug);
            return (
              <li key={node.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && selected.length >= max}
                    onChange={(event) => toggle(node.slug, event.target.checked)}
                  />
                  {node.name}
                  {node.legalName && <span className="muted small"> {node.legalName}</span>}
                </label>
              </li>
            );
          })}
        </ul>
        {connection?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            More controllers
          </button>
        )}
      </details>
    </section>
  );
}
