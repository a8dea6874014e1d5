import { useContext, useEffect, useState } from 'preact/hooks';
import type { PassportRead } from '../../core/capture/build-capture.ts';
import { localDay } from '../../core/time/local-time.ts';
import {
  matchLinkedPerson,
  matchPassenger,
  type WatchlistMatch,
} from '../../core/watchlist/match-watchlist.ts';
import type { SeenBeforeFacts } from '../../storage/seen-before-lookup.ts';
import { SessionContext } from './use-session.ts';
import { UnlockedContext } from './use-unlocked.ts';
import { useReferenceLists } from './use-reference-lists.ts';

/** What the scan screen knows about the passport just read. */
export type SeenBeforeState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'failed' }
  | {
      status: 'done';
      facts: SeenBeforeFacts;
      /** Watchlist entries the passenger matches. */
      watchlist: WatchlistMatch[];
      /** Linked person id → recruiter entries they match. */
      handlerHits: Record<string, WatchlistMatch[]>;
    };

/**
 * Looks the passport up as soon as it is read: earlier screenings and linked persons on this tablet, and the
 * watchlist pulled from the receiver. Idle outside a signed-in session (nothing to look in).
 */
export function useSeenBefore(passport: PassportRead | null, now: () => Date): SeenBeforeState {
  const unlocked = useContext(UnlockedContext);
  const session = useContext(SessionContext);
  const lists = useReferenceLists();
  const [state, setState] = useState<SeenBeforeState>({ status: 'idle' });
  useEffect(() => {
    const passenger = passport?.passenger;
    if (!unlocked || !session || !passenger || passenger.passportNumber === '' || !lists) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'checking' });
    const today = localDay(now(), session.device.zone);
    // Loaded on the first read, out of the first paint.
    import('../../storage/seen-before-lookup.ts')
      .then(async ({ lookupSeenBefore, seenBeforeAudit }) => {
        const facts = await lookupSeenBefore(
          unlocked.db,
          unlocked.unlocked.keys,
          passenger.passportNumber,
          today,
        );
        // Who saw which earlier records: audited before anything is shown.
        const entry = facts && seenBeforeAudit(facts);
        if (entry && session.audit) await session.audit(entry);
        return facts;
      })
      .then(
        (facts) => {
          if (!live) return;
          if (!facts) return setState({ status: 'idle' });
          const index = lists.watchlist;
          const watchlist = index ? matchPassenger(index, passenger) : [];
          const handlerHits: Record<string, WatchlistMatch[]> = {};
          for (const handler of facts.handlers) {
            const hits = index ? matchLinkedPerson(index, handler) : [];
            if (hits.length > 0) handlerHits[handler.personId] = hits;
          }
          setState({ status: 'done', facts, watchlist, handlerHits });
        },
        () => live && setState({ status: 'failed' }),
      );
    return () => {
      live = false;
    };
    // Each read is a new object, so reading the same passport again looks again (and is audited again).
  }, [unlocked, session, passport, lists, now]);
  return state;
}
