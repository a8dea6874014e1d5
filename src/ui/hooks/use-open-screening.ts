import { useEffect, useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import type { LinkedPerson, Screening } from '../../core/screening/screening-schema.ts';
import { holdBusy } from '../../pwa/busy.ts';
import { takeCapture } from '../capture-store.ts';
import { takeCarriedGroup } from '../components/screening/group-carry.ts';
import { newScreening } from '../components/screening/new-screening.ts';
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
};

/**
 * Opens the screening to work on: the officer's draft if one survives, else the screening to amend
 * (`amendId`), else a new one from the waiting capture (or blank for manual entry). Holds the app busy while open.
 */
export function useOpenScreening(
  session: Session,
  options: {
    amendId: string | null;
    catalogueVersion: number;
  },
): OpenScreening | null {
  const [open, setOpen] = useState<OpenScreening | null>(null);
  const { store, officer, device } = session;
  const { amendId, catalogueVersion } = options;
  useEffect(() => holdBusy('screening'), []);
  useEffect(() => {
    let live = true;
    void (async () => {
      await autosavesSettled();
      const [draft, knownPersons] = await Promise.all([store.loadDraft(), store.listLinkedPersons()]);
      let result: OpenScreening;
      const amended = !draft && amendId ? await store.get(amendId) : undefined;
      if (draft) {
        result = { screening: draft, capture: null, opening: 'draft', knownPersons };
      } else if (amended) {
        const screening: Screening = {
          ...amended,
          status: 'draft',
          agency: officer.agency,
          officerId: officer.id,
        };
        result = { screening, capture: null, opening: 'amend', knownPersons };
      } else {
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
        result = {
          screening: fresh,
          capture,
          opening: capture ? 'capture' : 'manual',
          knownPersons,
        };
      }
      if (live) setOpen(result);
    })();
    return () => {
      live = false;
    };
    // Opens once per mount; later changes of the inputs must not replace the screening being worked on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return open;
}
