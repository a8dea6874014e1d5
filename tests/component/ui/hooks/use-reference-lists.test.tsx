import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DexieReference } from '../../../../src/sync/dexie-reference.ts';
import { useReferenceLists } from '../../../../src/ui/hooks/use-reference-lists.ts';
import { UnlockedContext, type Unlocked } from '../../../../src/ui/hooks/use-unlocked.ts';
import { enrolledSession } from '../../../unit/storage/store-fixtures.ts';

function WatchlistSize() {
  const lists = useReferenceLists();
  return <p data-testid="lists">{lists === null ? 'loading' : lists.watchlist ? 'watchlist' : 'none'}</p>;
}

describe('reference lists on the tablet', () => {
  it('gives a screen opened after a sync the entries that sync pulled, without signing in again', async () => {
    const { db, session } = await enrolledSession();
    const value: Unlocked = { db, unlocked: session };
    const mount = () =>
      render(
        <UnlockedContext.Provider value={value}>
          <WatchlistSize />
        </UnlockedContext.Provider>,
      );
    const first = mount();
    await waitFor(() => expect(screen.getByTestId('lists').textContent).toBe('none'));
    first.unmount();

    await new DexieReference(db, session.keys).applyWatchlist(
      [
        {
          id: 'cekal-1',
          kind: 'cegah',
          name: 'NUR HASANAH',
          passportNumber: 'C7781234',
          updatedAt: '2026-12-04',
        },
      ],
      'cursor-2',
    );
    mount();
    await waitFor(() => expect(screen.getByTestId('lists').textContent).toBe('watchlist'));
  });
});
