import type { Messages } from '../message-types.ts';
import type { seenBefore as source } from '../id/seen-before.ts';

/** What the scan screen says about a passport seen before on this tablet, in English. */
export const seenBefore: Messages<typeof source> = {
  seenBefore: {
    title: 'History of this passport',
    checking: 'Checking this passport’s history on this tablet…',
    none: 'Not screened on this tablet before and not on the watchlist.',
    failed: 'This passport’s history could not be checked. Carry on with the screening as usual.',
    repeated:
      'This passport was already screened {count} times today — this is screening number {visit}. Ask why the passenger came back.',
    todayTitle: 'Already screened today',
    flaggedTitle: 'Flagged before',
    visit: '{when} · {outcome} · by {officer}',
    watchlistTitle: 'On the watchlist from the central system',
    watchlistHit: '{kind}: {name} · {reason}',
    handlersTitle: 'Linked persons who also accompanied other passengers',
    handler: '{name} ({role}) accompanied {count} other passengers on this tablet, last {when}.',
    handlerWatchlist: 'Also on the recruiter list from the central system.',
    kind: {
      cegah: 'Exit-ban list',
      atensi: 'Attention list',
      prior_pmi_np: 'Delayed before as a suspected non-procedural migrant worker',
      recruiter: 'Recruiter list',
    },
    reason: {
      passportNumber: 'same passport number',
      nameAndBirthDate: 'similar name and same birth date ({confidence}%)',
      phone: 'same phone number',
      socialHandle: 'same social-media account',
      name: 'similar name ({confidence}%)',
    },
  },
};
