import type { ReactNode } from 'react';
import './FactList.css';

/** Term and value pairs, e.g. ["Chart number", "RA-7"]. */
export type Fact = readonly [term: string, value: ReactNode];

/** A boxed list of short facts, term above value, as on the patient and plan pages. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
