import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { filterScreenings, shiftRange } from '../../../core/export/export-range.ts';
import { buildRows } from '../../../core/export/export-rows.ts';
import { summarise } from '../../../core/export/shift-summary.ts';
import { recruiterReport } from '../../../core/export/recruiter-report.ts';
import { recruiterTable } from '../../../core/export/recruiter-table.ts';
import type { ExportFormat, ExportJob } from '../../../core/export/export-format.ts';
import type { LinkedPerson, Screening } from '../../../core/screening/screening-schema.ts';
import { isoDateToDisplay, localDay } from '../../../core/time/local-time.ts';
import { useSession } from '../../hooks/use-session.ts';
import { ExportFilters, FLAGGED_OUTCOMES, type FilterState } from './ExportFilters.tsx';
import { DistrictTable, ExportDashboard } from './ExportDashboard.tsx';
import { FlagList } from './FlagList.tsx';
import { RecruiterList, type RecruiterChoices } from './RecruiterList.tsx';
import { ExportActions, type ExportRecord, type ExportReport } from './ExportActions.tsx';
import { buildDocumentLabels, buildExportLabels, shiftLabel } from './export-labels.ts';
import { shiftStartsOf } from '../../../core/time/shifts.ts';
import { watchSyncStates } from './sync-states.ts';
import { UnlockedContext } from '../../hooks/use-unlocked.ts';
import type { SyncState } from '../../../core/export/export-table.ts';
import { useOfficerDirectory } from '../../hooks/use-officer-directory.ts';
import { officerLabels } from '../officer-label.ts';
import './export.css';

const TABS = ['dashboard', 'list', 'districts', 'recruiters'] as const;
type Tab = (typeof TABS)[number];
type Loaded =
  { key: string; screenings: Screening[]; persons: LinkedPerson[] } | { key: string; failed: true };

// A random salt a report: pseudonyms stay stable inside one export and cannot be linked across exports.
function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The shift lead's workspace: filters, dashboard, list, districts, recruiters and exports (loaded on demand). */
export function ExportWorkspace() {
  const session = useSession();
  const { store, device, officer } = session;
  const today = localDay(new Date(), device.zone);
  const starts = useMemo(() => shiftStartsOf(device), [device]);
  const [filter, setFilter] = useState<FilterState>({
    fromDay: today,
    toDay: today,
    shift: 'day',
    checkpoint: '',
    outcomes: FLAGGED_OUTCOMES,
  });
  const [tab, setTab] = useState<Tab>('dashboard');
  const [allFields, setAllFields] = useState(false);
  const [choices, setChoices] = useState<RecruiterChoices>({ reveal: false, includeCompanions: false });
  const [salt] = useState(newSalt);
  const range = useMemo(
    () => shiftRange(filter.fromDay, filter.shift, device.zone, filter.toDay, starts),
    [filter.fromDay, filter.shift, filter.toDay, device.zone, starts],
  );
  const rangeKey = range.ok ? `${range.fromIso}/${range.toIso}` : '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!range.ok) return;
    let live = true;
    const load = async () => {
      const [screenings, persons] = await Promise.all([
        store.listRange(range.fromIso, range.toIso),
        store.listLinkedPersons(),
      ]);
      return { key: rangeKey, screenings, persons };
    };
    load()
      .then((data) => live && setLoaded(data))
      .catch(() => live && setLoaded({ key: rangeKey, failed: true }));
    return () => {
      live = false;
    };
  }, [store, range, rangeKey]);

  // The upload state is the outbox's as it is now, not as it was when the range was loaded.
  // Nothing is shown or exported until the states of the loaded screenings have arrived.
  const [synced, setSynced] = useState<{ of: Loaded; states: Record<string, SyncState> } | null>(null);
  const unlocked = useContext(UnlockedContext);
  useEffect(() => {
    if (!loaded || 'failed' in loaded) return;
    const ids = loaded.screenings.map((s) => s.id);
    return watchSyncStates(ids, (states) => setSynced({ of: loaded, states }), unlocked?.db);
  }, [loaded, unlocked]);
  const syncStates = synced && synced.of === loaded ? synced.states : null;
  // "Decided by" names the officer and agency; nothing is listed until the tablet's officers are read.
  const directory = useOfficerDirectory();
  const officerNames = useMemo(() => directory && officerLabels(directory), [directory]);

  const view = useMemo(() => {
    if (!range.ok || !loaded || loaded.key !== rangeKey || 'failed' in loaded || !syncStates || !officerNames)
      return null;
    const base = {
      fromIso: range.fromIso,
      toIso: range.toIso,
      checkpoints: filter.checkpoint ? [filter.checkpoint] : [],
    };
    const inRange = filterScreenings(loaded.screenings, { ...base, outcomes: [], flaggedOnly: false });
    const listed = filterScreenings(loaded.screenings, {
      ...base,
      outcomes: filter.outcomes,
      flaggedOnly: false,
    });
    const labels = buildExportLabels(inRange);
    const summary = summarise(inRange, device.zone);
    const checkpoints = [...new Set(loaded.screenings.map((s) => s.checkpoint))].sort();
    return {
      inRange,
      listed,
      labels,
      summary,
      checkpoints,
      persons: loaded.persons,
      syncStates,
      officerNames,
    };
  }, [loaded, rangeKey, filter.checkpoint, filter.outcomes, device.zone, range, syncStates, officerNames]);

  const table = useMemo(
    () =>
      view &&
      buildRows(view.listed, {
        allFields,
        labels: view.labels,
        zone: device.zone,
        linkedPersons: view.persons,
        syncStates: view.syncStates,
        officerNames: view.officerNames,
      }),
    [view, allFields, device.zone],
  );
  const recruiters = useMemo(
    () =>
      view &&
      recruiterReport(view.inRange, view.persons, {
        salt,
        revealPassengers: choices.reveal,
        includeCompanions: choices.includeCompanions,
      }),
    [view, salt, choices],
  );

  const makeJob = (format: ExportFormat, report: ExportReport): ExportJob => {
    if (!view || !table || !recruiters) throw new Error('not loaded');
    const dateText =
      filter.fromDay === filter.toDay
        ? isoDateToDisplay(filter.fromDay)
        : `${isoDateToDisplay(filter.fromDay)} – ${isoDateToDisplay(filter.toDay)}`;
    return {
      format,
      table: report === 'recruiters' ? recruiterTable(recruiters, view.labels) : table,
      summary: view.summary,
      labels: view.labels,
      doc: buildDocumentLabels(allFields),
      meta: {
        airport: device.airport,
        checkpoint: filter.checkpoint || device.checkpoint,
        zone: device.zone,
        dateText,
        shiftText: shiftLabel(filter.shift, starts),
        leadName: officer.name,
        generatedAtIso: new Date().toISOString(),
      },
    };
  };

  const onExported = async (record: ExportRecord): Promise<boolean> => {
    if (!session.audit) return false;
    await session.audit({ action: 'export', target: record.fileName, details: { ...record } });
    return true;
  };

  return (
    <section class="screen export-screen">
      <h1>{t('export.title')}</h1>
      <ExportFilters
        value={filter}
        checkpoints={view?.checkpoints ?? []}
        shiftStarts={starts}
        onChange={setFilter}
      />
      {!range.ok && <p class="alert alert-danger">{t(range.error)}</p>}
      {range.ok && loaded && 'failed' in loaded && <p class="alert alert-danger">{t('export.loadFailed')}</p>}
      {range.ok && !view && !(loaded && 'failed' in loaded) && <p>{t('export.loading')}</p>}
      {view && table && recruiters && (
        <>
          <div class="segmented export-tabs" role="tablist">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                class={tab === name ? 'btn btn-primary' : 'btn'}
                onClick={() => setTab(name)}
              >
                {t(`export.tab.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel">
            {tab === 'dashboard' && <ExportDashboard summary={view.summary} labels={view.labels} />}
            {tab === 'list' && <FlagList table={table} zone={device.zone} />}
            {tab === 'districts' && <DistrictTable summary={view.summary} labels={view.labels} />}
            {tab === 'recruiters' && (
              <RecruiterList
                entries={recruiters}
                labels={view.labels}
                zone={device.zone}
                choices={choices}
                onChoices={setChoices}
              />
            )}
          </div>
          <ExportActions
            makeJob={makeJob}
            allFields={allFields}
            onAllFields={setAllFields}
            onExported={onExported}
          />
        </>
      )}
    </section>
  );
}
