import { useId } from 'preact/hooks';
import type { PenaltyRow } from '@/content/types';
import { Citations } from '@/components/Citations';
import { Highlight } from './Highlight';
import { useExplainerUi } from './useExplainerUi';

interface Props {
  caption: string;
  rows: readonly PenaltyRow[];
  terms?: readonly string[];
}

function Optional({ value, terms }: { value?: string; terms?: readonly string[] }) {
  const { PENALTIES } = useExplainerUi();
  if (!value) return <span class="penalties__none">{PENALTIES.notStated}</span>;
  return <Highlight text={value} terms={terms} />;
}

/**
 * A penalty table. Rows that only a news report describes are flagged in
 * words, next to the statute text, never instead of it. The table scrolls
 * inside its own box on narrow screens, so the page never scrolls sideways.
 */
export function PenaltyTable({ caption, rows, terms }: Props) {
  const { PENALTIES } = useExplainerUi();
  const C = PENALTIES.columns;
  const captionId = useId();
  return (
    <>
      <p class="penalties__hint">{PENALTIES.scrollHint}</p>
      <div class="penalties" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="penalties__table">
          <caption id={captionId}>
            <Highlight text={caption} terms={terms} />
          </caption>
          <thead>
            <tr>
              <th scope="col">{C.offense}</th>
              <th scope="col">{C.when}</th>
              <th scope="col">{C.prison}</th>
              <th scope="col">{C.fine}</th>
              <th scope="col">{C.registration}</th>
              <th scope="col">{C.sources}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const reported = row.status === 'reported-change';
              return (
                <tr key={i} class={reported ? 'penalties__row--reported' : undefined}>
                  <th scope="row">
                    {reported && (
                      <strong class="penalties__flag">{PENALTIES.reportedChange}</strong>
                    )}
                    <span class="penalties__offense">
                      <Highlight text={row.offense} terms={terms} />
                    </span>{' '}
                    <span class="penalties__statute">
                      (<Highlight text={row.statute} terms={terms} />)
                    </span>
                  </th>
                  <td>
                    <Highlight text={row.when} terms={terms} />
                  </td>
                  <td>
                    <Highlight text={row.prison} terms={terms} />
                  </td>
                  <td>
                    <Optional value={row.fine} terms={terms} />
                  </td>
                  <td>
                    <Optional value={row.registration} terms={terms} />
                  </td>
                  <td class="penalties__sources">
                    <Citations variant="list" cite={row.cite} hideLabel />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
