import { useEffect, useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import type { LinkedPerson, Screening } from '../../core/screening/screening-schema.ts';
import type { OfficerInfo } from '../../core/session/session-info.ts';
import { holdBusy } from '../../pwa/busy.ts';
import { takeCapture } from '../capture-store.ts';
import { takeCarriedGroup } from '../components/screening/group-carry.ts';
import { newScreening } from '../components/screening/new-screening.ts';
import { navigate } from '../router.ts';
import { autosavesSettled } from './use-autosave.ts';
import type { Session } from './use-session.ts';

/** How the open screening came to be. */
export type Opening = 'capture' | 'manual' | 'draft' | 'amend';

/** The screening being worked on, with the capture it started from and the linked persons known on this device. */
export type OpenScreening = {
  screening: Screening;
  capture: Capture | null;
  opening: Opening;
  knownPersons: LinkedPerson[];
  /** The officer's other draft, thrown away (at their choice) to open this amendment. */
  discardedDraft?: Screening;
};

/**
 * What the screening screen shows: still loading; the screening to work on; the officer's choice between their
 * unfinished draft of another screening and the amendment they asked for; or an amendment of a screening not found.
 */
export type OpenState =
  | { kind: 'loading' }
  | { kind: 'open'; open: OpenScreening }
  | {
      kind: 'choose';
      draft: Screening;
      amended: Screening;
      /** Opens the draft instead and forgets the amendment asked for. */
      resumeDraft: () => void;
      /** Discards the draft (audited), then opens the amendment. Rejects when the draft could not be discarded. */
      discardAndAmend: () => Promise<void>;
    }
  | { kind: 'missing' };

/** A saved screening reopened as a draft of its next revision, owned by the signed-in officer. */
function amendmentOf(saved: Screening, officer: OfficerInfo): Screening {
  return { ...saved, status: 'draft', agency: officer.agency, officerId: officer.id };
}

/**
 * Opens the screening to work on. With `amendId`: the officer's draft of that same screening is resumed; a draft of
 * another screening is never opened in its place nor dropped unasked, the officer chooses (`kind: 'choose'`);
 * otherwise the saved screening opens as a new revision. Without: the officer's draft if one survives, else a new
 * screening from the waiting capture (or blank for manual entry). Holds the app busy while open.
 */
export function useOpenScreening(
  session: Session,
  options: {
    amendId: string | null;
    catalogueVersion: number;
  },
): OpenState {
  const [state, setState] = useState<OpenState>({ kind: 'loading' });
  const { store, officer, device } = session;
  const { amendId, catalogueVersion } = options;
  useEffect(() => holdBusy('screening'), []);
  useEffect(() => {
    let live = true;
    const show = (next: OpenState): void => {
      if (live) setState(next);
    };
    void (async () => {
      await autosavesSettled();
      const [draft, knownPersons] = await Promise.all([store.loadDraft(), store.listLinkedPersons()]);
      const opened = (screening: Screening, opening: Opening, more: Partial<OpenScreening> = {}) =>
        show({ kind: 'open', open: { screening, capture: null, opening, knownPersons, ...more } });
      if (amendId && draft?.id === amendId) return opened(draft, 'draft');
      if (amendId) {
        const amended = await store.get(amendId);
        if (!amended) return show({ kind: 'missing' });
        if (!draft) return opened(amendmentOf(amended, officer), 'amend');
        return show({
          kind: 'choose',
          draft,
          amended,
          resumeDraft: () => {
            // The amendment is not carried out: a reload must not ask again.
            navigate('/screening', { replace: true });
            opened(draft, 'draft');
          },
          discardAndAmend: async () => {
            await store.discardDraft(draft.id);
            opened(amendmentOf(amended, officer), 'amend', { discardedDraft: draft });
          },
        });
      }
      if (draft) return opened(draft, 'draft');
      const capture = takeCapture();
      const fresh = newScreening({
        capture,
        officer,
        device,
        catalogueVersion,
        now: new Date(),
        id: crypto.randomUUID(),
        groupId: takeCarriedGroup() ?? undefined,
      });
      return opened(fresh, capture ? 'capture' : 'manual', { capture });
    })();
    return () => {
      live = false;
    };
    // Opens once per mount; later changes of the inputs must not replace the screening being worked on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
