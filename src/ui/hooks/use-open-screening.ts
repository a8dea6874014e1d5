import { useEffect, useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import type { LinkedPerson, Screening } from '../../core/screening/screening-schema.ts';
import type { OfficerInfo } from '../../core/session/session-info.ts';
import { holdBusy } from '../../pwa/busy.ts';
import { peekCapture, takeCapture } from '../capture-store.ts';
import { isBlank, samePassport } from '../components/screening/draft-facts.ts';
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
  /** The officer's other draft, thrown away (at their choice) to open this screening. */
  discardedDraft?: Screening;
  /** A new passenger's capture left waiting on the scan screen while the officer finishes this draft. */
  waitingCapture?: Capture;
};

/** What the officer asked to open while a draft of another screening is unfinished. */
export type Wanted =
  | { kind: 'amend'; screening: Screening }
  /** A new passenger, scanned or typed on the scan screen. */
  | { kind: 'capture'; capture: Capture };

/**
 * What the screening screen shows: still loading; the screening to work on; the officer's choice between their
 * unfinished draft of another screening and what they asked for; or an amendment of a screening not found.
 */
export type OpenState =
  | { kind: 'loading' }
  | { kind: 'open'; open: OpenScreening }
  | {
      kind: 'choose';
      draft: Screening;
      wanted: Wanted;
      /** Opens the draft instead; an amendment asked for is forgotten, a capture keeps waiting for the scan screen. */
      resumeDraft: () => void;
      /** Discards the draft (audited), then opens what was asked for. Rejects when the draft could not be discarded. */
      discardAndOpen: () => Promise<void>;
    }
  | { kind: 'missing' };

type Options = { amendId: string | null; catalogueVersion: number };

/** A saved screening reopened as a draft of its next revision, owned by the signed-in officer. */
function amendmentOf(saved: Screening, officer: OfficerInfo): Screening {
  return { ...saved, status: 'draft', agency: officer.agency, officerId: officer.id };
}

/** The ways a decision can end, shared by an amendment and a new capture. */
type Outcomes = {
  show: (next: OpenState) => void;
  opened: (screening: Screening, opening: Opening, more?: Partial<OpenScreening>) => void;
  /** A new screening from a capture (or blank for manual entry), in the carried group if any. */
  openNew: (capture: Capture | null, more?: Partial<OpenScreening>) => void;
  /** Asks the officer about their other draft; discarding it (audited) runs `open`. */
  choose: (draft: Screening, wanted: Wanted, resumeDraft: () => void, open: () => void) => void;
};

/** With `?amend=`: the draft of that same screening, a new revision of it, or the officer's choice. */
async function openAmendment(
  amendId: string,
  draft: Screening | undefined,
  session: Session,
  { show, opened, choose }: Outcomes,
): Promise<void> {
  if (draft?.id === amendId) return opened(draft, 'draft');
  const amended = await session.store.get(amendId);
  if (!amended) return show({ kind: 'missing' });
  const amend = (more: Partial<OpenScreening> = {}): void =>
    opened(amendmentOf(amended, session.officer), 'amend', more);
  if (!draft) return amend();
  const resume = (): void => {
    // The amendment is not carried out: a reload must not ask again.
    navigate('/screening', { replace: true });
    opened(draft, 'draft');
  };
  return choose(draft, { kind: 'amend', screening: amended }, resume, () => amend({ discardedDraft: draft }));
}

/** Without `?amend=`: the capture waiting from the scan screen, the officer's draft, or the choice between them. */
function openFromScan(draft: Screening | undefined, { opened, openNew, choose }: Outcomes): void {
  const waiting = peekCapture();
  if (!draft) return openNew(takeCapture());
  if (!waiting) return opened(draft, 'draft');
  if (waiting.passenger && samePassport(draft.passenger, waiting.passenger)) {
    takeCapture();
    return opened(draft, 'draft');
  }
  // The capture stays where it is until the officer chooses: back on the scan screen, it is shown again.
  const resume = (): void => opened(draft, 'draft', { waitingCapture: waiting });
  return choose(draft, { kind: 'capture', capture: waiting }, resume, () => {
    takeCapture();
    openNew(waiting, { discardedDraft: draft });
  });
}

/** Decides what opens and hands it to `show` (see useOpenScreening). */
async function openScreening(
  session: Session,
  { amendId, catalogueVersion }: Options,
  show: (next: OpenState) => void,
): Promise<void> {
  const { store, officer, device } = session;
  await autosavesSettled();
  const [stored, knownPersons] = await Promise.all([store.loadDraft(), store.listLinkedPersons()]);
  // A blank form left as a draft (by an older version) holds nothing to lose: it is dropped, not asked about.
  const draft = stored && isBlank(stored) ? undefined : stored;
  if (stored && !draft) await store.discardDraft(stored.id);
  const opened: Outcomes['opened'] = (screening, opening, more = {}) =>
    show({ kind: 'open', open: { screening, capture: null, opening, knownPersons, ...more } });
  const outcomes: Outcomes = {
    show,
    opened,
    openNew: (capture, more = {}) => {
      const fresh = newScreening({
        capture,
        officer,
        device,
        catalogueVersion,
        now: new Date(),
        id: crypto.randomUUID(),
        groupId: takeCarriedGroup() ?? undefined,
      });
      opened(fresh, capture ? 'capture' : 'manual', { capture, ...more });
    },
    choose: (other, wanted, resumeDraft, open) =>
      show({
        kind: 'choose',
        draft: other,
        wanted,
        resumeDraft,
        discardAndOpen: async () => {
          await store.discardDraft(other.id);
          open();
        },
      }),
  };
  if (amendId) return openAmendment(amendId, draft, session, outcomes);
  return openFromScan(draft, outcomes);
}

/**
 * Opens the screening to work on. A draft of another screening is never opened in place of what the officer asked
 * for, nor dropped unasked: the officer chooses (`kind: 'choose'`). With `amendId`: the officer's draft of that same
 * screening is resumed, else the saved screening opens as a new revision. Without: a capture waiting from the scan
 * screen opens a new screening, or resumes the draft when that is of the same passport; with no capture, the draft
 * is resumed, or a blank screening opens for manual entry. Holds the app busy while open, the question included.
 */
export function useOpenScreening(session: Session, options: Options): OpenState {
  const [state, setState] = useState<OpenState>({ kind: 'loading' });
  useEffect(() => holdBusy('screening'), []);
  useEffect(() => {
    let live = true;
    void openScreening(session, options, (next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
    // Opens once per mount; later changes of the inputs must not replace the screening being worked on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
