import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getLang, t } from '../../../i18n/i18n.ts';
import {
  allowedOutcomes,
  mayWithdrawPassport,
  noteRequired,
  NOTE_MAX_LENGTH,
} from '../../../core/checklist/decision-rights.ts';
import type { Catalogue } from '../../../core/checklist/catalogue-schema.ts';
import type { WatchlistIndex } from '../../../core/watchlist/match-watchlist.ts';
import {
  isFlagged,
  type Answer,
  type LinkedPerson,
  type Screening,
} from '../../../core/screening/screening-schema.ts';
import { localDay } from '../../../core/time/local-time.ts';
import { afterEdit, passportOrigin, sexUnchosen } from '../../../core/capture/provenance.ts';
import { autosavesSettled, useAutosave } from '../../hooks/use-autosave.ts';
import type { OpenScreening } from '../../hooks/use-open-screening.ts';
import type { Session } from '../../hooks/use-session.ts';
import { navigate } from '../../router.ts';
import { prefillsOf, reasonLines, rescore, withPrefills, words } from './checklist-bridge.ts';
import { AreaPicker } from './AreaPicker.tsx';
import { areaSearch } from './area-bridge.ts';
import { GroupCard } from './GroupCard.tsx';
import { LinkedPersons } from './LinkedPersons.tsx';
import { OpeningNotes } from './OpeningNotes.tsx';
import { OutcomeChooser, type Decision } from './OutcomeChooser.tsx';
import { PassengerPanel } from './PassengerPanel.tsx';
import { QuestionList } from './QuestionList.tsx';
import { SavedPanel } from './SavedPanel.tsx';
import { SaveBar } from './SaveBar.tsx';
import { isBlank } from './draft-facts.ts';
import { ScorePanel } from './ScorePanel.tsx';
import { goToProblem, saveProblems } from './save-problems.ts';
import './screening.css';

type Props = {
  open: OpenScreening;
  session: Session;
  catalogue: Catalogue;
  /** The pulled watchlist, indexed; null when none has been pulled yet. */
  watchlist?: WatchlistIndex | null;
};

/** The open screening: passenger, questions, live score, decision, save. */
export function ScreeningForm({ open, session, catalogue, watchlist = null }: Props) {
  const { store, officer, device } = session;
  const lang = getLang();
  const [screening, setScreening] = useState<Screening>(open.screening);
  const [known, setKnown] = useState<LinkedPerson[]>(open.knownPersons);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [saved, setSaved] = useState<Screening | null>(null);
  const today = localDay(new Date(), device.zone);
  // Set while the final save runs: a draft written after it would bring the finished screening back as a draft.
  const finalising = useRef(false);
  const draftStatus = useAutosave(
    screening,
    (s) => (finalising.current ? Promise.resolve() : store.saveDraft(s)),
    // A form with nothing entered is no draft: the next officer's scan must not be asked about it.
    { enabled: saved === null && !isBlank(screening) },
  );
  const attached = useMemo(
    () =>
      screening.linkedPersonIds
        .map((id) => known.find((p) => p.id === id))
        .filter((p): p is LinkedPerson => p !== undefined),
    [screening.linkedPersonIds, known],
  );
  const { passenger, flight } = screening;
  const prefill = useMemo(
    () =>
      prefillsOf(
        { ...open.screening, passenger, flight },
        open.capture,
        catalogue,
        today,
        attached,
        watchlist,
      ),
    [open, passenger, flight, catalogue, today, attached, watchlist],
  );
  // Facts typed or corrected later (a birth date, a destination) pre-answer the questions still open.
  useEffect(() => setScreening((s) => withPrefills(s, prefill.prefills)), [prefill]);
  // A profile-based pre-answer stands as a profile fact until the officer answers that question themselves; the
  // confirmation is kept in the screening, so a resumed draft or an amendment still knows it.
  const { prefilled: applied, confirmedPrefills: confirmed } = screening;
  const profileBased = useMemo(
    () =>
      prefill.prefills
        .filter(
          (p) =>
            p.basis === 'profile' &&
            applied[p.indicatorId] !== undefined &&
            !confirmed?.includes(p.indicatorId),
        )
        .map((p) => p.indicatorId),
    [prefill, applied, confirmed],
  );
  const result = useMemo(
    () => rescore(catalogue, screening.answers, profileBased),
    [catalogue, screening.answers, profileBased],
  );
  const allowed = allowedOutcomes(officer.agency, officer.role);
  const update = (patch: Partial<Screening>): void =>
    setScreening((s) => ({ ...s, ...patch, updatedAt: new Date().toISOString() }));
  const answer = (ids: string[], value: Answer, options: { byHand?: boolean } = {}): void =>
    setScreening((s) => {
      const answers = { ...s.answers };
      for (const id of ids) answers[id] = value;
      const next = { ...s, answers, updatedAt: new Date().toISOString() };
      const confirming = options.byHand
        ? ids.filter((id) => s.prefilled[id] !== undefined && !s.confirmedPrefills?.includes(id))
        : [];
      if (confirming.length > 0) next.confirmedPrefills = [...(s.confirmedPrefills ?? []), ...confirming];
      return next;
    });
  // CLEAR is preselected while it is the recommendation, so a clear case needs no extra tap.
  const outcome = screening.outcome ?? (result.recommended === 'CLEAR' ? 'CLEAR' : null);
  const decision: Decision = {
    outcome,
    passportWithdrawn: screening.passportWithdrawn,
    receipt: screening.passportReceiptNumber ?? '',
    note: screening.note,
  };
  const notes: Record<string, { text: string }> = {};
  for (const [id, key] of Object.entries(screening.prefilled)) notes[id] = { text: words(key) };
  for (const p of prefill.prefills)
    if (screening.prefilled[p.indicatorId]) notes[p.indicatorId] = { text: words(p.reason, p.params) };

  const problems = saveProblems(screening, catalogue, outcome, {
    agency: officer.agency,
    role: officer.role,
    recommended: result.recommended,
  });
  // Bumped on each refused save: after the render that shows the errors, the first problem is brought into view.
  const [fixRequest, setFixRequest] = useState(0);
  const firstProblem = problems[0];
  // A layout effect: focus moves in the same frame the errors appear, never a frame later.
  useLayoutEffect(() => {
    if (fixRequest > 0 && firstProblem) goToProblem(firstProblem);
    // Only a new save attempt moves the officer; typing a fix must not jump them around.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fixRequest]);

  const save = async (): Promise<void> => {
    setAttempted(true);
    if (problems.length > 0 || !outcome) {
      setFixRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    finalising.current = true;
    await autosavesSettled();
    setSaveFailed(false);
    const now = new Date().toISOString();
    const final: Screening = {
      ...screening,
      status: 'final',
      score: result.score,
      recommended: result.recommended,
      outcome,
      note: screening.note.trim(),
      decidedBy: officer.id,
      decidedAt: now,
      updatedAt: now,
    };
    if (!final.passportWithdrawn) delete final.passportReceiptNumber;
    try {
      setSaved(await store.saveFinal(final, attached));
    } catch {
      finalising.current = false;
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    return (
      <SavedPanel
        saved={saved}
        card={catalogue.safeMigrationCard}
        resave={(s) => store.saveFinal(s, attached)}
      />
    );
  }
  const flagged = isFlagged(outcome);
  return (
    <div class="screening-layout">
      <div class="screening-main">
        <PassengerPanel
          passenger={screening.passenger}
          flight={screening.flight}
          origin={passportOrigin(screening, open.capture?.passportVerified ?? false)}
          today={today}
          startEditing={open.opening === 'manual'}
          sexChosen={!sexUnchosen(screening)}
          onChange={(passenger, flight, touched) =>
            update({
              passenger,
              flight,
              provenance: afterEdit(screening.provenance ?? {}, screening.passenger, passenger, touched),
            })
          }
        />
        <OpeningNotes open={open} />
        {[
          ...(open.capture?.warnings.map((key) => words(key)) ?? []),
          ...prefill.warnings.map((w) => words(w.reason, w.params)),
        ].map((text) => (
          <p key={text} class="alert alert-warn">
            {text}
          </p>
        ))}
        <QuestionList
          indicators={catalogue.indicators}
          answers={screening.answers}
          prefillNotes={notes}
          onAnswer={(id, value) => answer([id], value, { byHand: true })}
          onAllNo={(ids) => answer(ids, 'no')}
        />
        {(flagged || screening.passenger.homeDistrictCode) && (
          <AreaPicker
            districtCode={screening.passenger.homeDistrictCode}
            villageCode={screening.passenger.homeVillageCode}
            required={flagged}
            {...areaSearch}
            onChange={(homeDistrictCode, homeVillageCode) => {
              const passenger = { ...screening.passenger, homeDistrictCode, homeVillageCode };
              if (!homeDistrictCode) delete passenger.homeDistrictCode;
              if (!homeVillageCode) delete passenger.homeVillageCode;
              update({ passenger });
            }}
          />
        )}
        <GroupCard groupId={screening.groupId} onChange={(groupId) => update({ groupId })} />
        <LinkedPersons
          attached={attached}
          known={known}
          newId={() => crypto.randomUUID()}
          now={() => new Date().toISOString()}
          onAttach={(person) => {
            // Stored at once, so a draft reopened after the app was closed still finds the person.
            void store.saveLinkedPerson(person);
            setKnown((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
            update({ linkedPersonIds: [...screening.linkedPersonIds, person.id] });
          }}
          onDetach={(id) => update({ linkedPersonIds: screening.linkedPersonIds.filter((x) => x !== id) })}
        />
      </div>
      <div class="screening-side">
        <ScorePanel
          score={result.score}
          recommended={result.recommended}
          agency={officer.agency}
          reasons={reasonLines(result, catalogue, lang)}
          notifySupervisor={result.notifySupervisor}
          catalogueVersion={catalogue.version}
        />
        <OutcomeChooser
          allowed={allowed}
          recommended={result.recommended}
          agency={officer.agency}
          decision={decision}
          mayWithdraw={mayWithdrawPassport(officer.agency)}
          noteRequired={outcome !== null && noteRequired(outcome, result.recommended)}
          noteMax={NOTE_MAX_LENGTH}
          errors={attempted ? problems.map((p) => p.text) : []}
          onChange={(d) =>
            update({
              outcome: d.outcome,
              passportWithdrawn: d.passportWithdrawn,
              passportReceiptNumber: d.receipt,
              note: d.note,
            })
          }
        />
      </div>
      <SaveBar
        draftStatus={draftStatus}
        saving={saving}
        saveFailed={saveFailed}
        problems={attempted ? problems : []}
        recommended={result.recommended}
        outcome={outcome}
        agency={officer.agency}
        onDiscard={() => {
          if (confirm(t('screening.discardConfirm')))
            void store.discardDraft(screening.id).then(() => navigate('/scan'));
        }}
        onSave={() => void save()}
      />
    </div>
  );
}
