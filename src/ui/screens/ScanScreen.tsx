import { useCallback, useContext, useRef, useState } from 'preact/hooks';
import { t, isMessageKey, type MessageKey } from '../../i18n/i18n.ts';
import { parseMrz } from '../../core/mrz/parse-mrz.ts';
import { parseBcbp } from '../../core/bcbp/parse-bcbp.ts';
import {
  buildCapture,
  captureWarnings,
  flightFromLegs,
  passengerFromMrz,
  type BoardingRead,
  type PassportRead,
} from '../../core/capture/build-capture.ts';
import type { CaptureSource } from '../../core/capture/capture.ts';
import { DEFAULT_CHECKPOINT } from '../../core/config/defaults.ts';
import { localDay } from '../../core/time/local-time.ts';
import { useWedgeInput } from '../hooks/use-wedge-input.ts';
import { setCapture, takeBackReads, type ScanReads } from '../capture-store.ts';
import { confirmRead } from '../feedback.ts';
import { navigate } from '../router.ts';
import { PassportPanel } from '../components/scan/PassportPanel.tsx';
import { BoardingPanel } from '../components/scan/BoardingPanel.tsx';
import { SeenBeforePanel } from '../components/scan/SeenBeforePanel.tsx';
import { SessionContext } from '../hooks/use-session.ts';
import { useSeenBefore } from '../hooks/use-seen-before.ts';
import '../styles/scan.css';

type Notice = { kind: 'ok' | 'danger'; text: string } | null;

const systemNow = (): Date => new Date();

/** Passport and boarding pass in, by desk reader, camera or keyboard; warnings shown before screening starts. */
export function ScanScreen({ now = systemNow }: { now?: () => Date }) {
  // A passenger whose screening did not start (the officer went back to another draft) is shown again, not lost.
  const [kept] = useState<ScanReads | null>(takeBackReads);
  const [passport, setPassport] = useState<PassportRead | null>(kept?.passport ?? null);
  const [boarding, setBoarding] = useState<BoardingRead | null>(kept?.boarding ?? null);
  const [notice, setNotice] = useState<Notice>(kept ? { kind: 'ok', text: t('scan.read.kept') } : null);
  // A reader's MRZ whose check digits failed, handed to typed entry so the officer corrects a character.
  const [toCorrect, setToCorrect] = useState<{ text: string; id: number } | null>(null);
  // Each failed read gets a new id, also after a good read cleared the last one, so typed entry opens every time.
  const corrections = useRef(0);
  const zone = useContext(SessionContext)?.device.zone ?? DEFAULT_CHECKPOINT.zone;
  const today = localDay(now(), zone);
  const seenBefore = useSeenBefore(passport, now);

  /** Reads MRZ text from any source; true when it was accepted (all check digits pass). */
  const readMrz = useCallback(
    (text: string, source: CaptureSource): boolean => {
      const result = parseMrz(text, { today: now() });
      if (!result.ok) {
        const key = isMessageKey(result.error) ? result.error : 'scan.read.mrzUnreadable';
        if (source !== 'camera') setNotice({ kind: 'danger', text: t(key as MessageKey) });
        return false;
      }
      if (!result.valid) {
        const fields = result.invalidFields.map((field) => t(`scan.mrz.field.${field}`)).join(', ');
        if (source === 'wedge') {
          corrections.current += 1;
          setToCorrect({ text: text.trim().toUpperCase(), id: corrections.current });
          setNotice({ kind: 'danger', text: t('gate.mrz.fromReader', { fields }) });
        } else if (source !== 'camera')
          setNotice({ kind: 'danger', text: t('scan.read.mrzInvalid', { fields }) });
        return false;
      }
      setPassport({ passenger: passengerFromMrz(result.fields), source, verified: true });
      setToCorrect(null);
      setNotice({ kind: 'ok', text: t('scan.read.passport') });
      confirmRead();
      return true;
    },
    [now],
  );

  /** Reads a boarding-pass barcode string from any source; true when it parsed. */
  const readBcbp = useCallback(
    (text: string, source: CaptureSource): boolean => {
      const result = parseBcbp(text, { today: now() });
      const flight = result.ok ? flightFromLegs(result.legs) : null;
      if (!result.ok || !flight) {
        if (source !== 'camera') setNotice({ kind: 'danger', text: t('scan.read.bcbpUnreadable') });
        return false;
      }
      setBoarding({ flight, name: result.passengerName, source });
      setNotice({ kind: 'ok', text: t('scan.read.boarding') });
      confirmRead();
      return true;
    },
    [now],
  );

  useWedgeInput(
    (read) => (read.kind === 'mrz' ? readMrz(read.text, 'wedge') : readBcbp(read.text, 'wedge')),
    {
      // A new attempt clears the last one's message, so an old error never stands for the read under way.
      onBurst: () => setNotice({ kind: 'ok', text: t('scan.wedge.reading') }),
      onReject: ({ reason, length }) => setNotice({ kind: 'danger', text: t(reason, { length }) }),
    },
  );

  const warnings = captureWarnings(passport, boarding, today);
  const start = (): void => {
    setCapture(buildCapture(passport, boarding, today), { passport, boarding });
    navigate('/screening');
  };

  return (
    <section class="screen scan-screen">
      <h1>{t('scan.title')}</h1>
      <p class="help">{t('scan.wedgeHint')}</p>
      {notice && (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'danger' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {/* Above the panels: what is known about this passport must be seen without scrolling, in both orientations. */}
      <SeenBeforePanel state={seenBefore} zone={zone} />
      <div class="scan-panels">
        <PassportPanel
          passport={passport}
          today={today}
          toCorrect={toCorrect}
          onMrz={(text, source) => readMrz(text, source)}
          onTyped={(passenger) => {
            setPassport({ passenger, source: 'manual', verified: false });
            setNotice(null);
          }}
          onClear={() => setPassport(null)}
        />
        <BoardingPanel
          boarding={boarding}
          onBarcode={(text) => readBcbp(text, 'camera')}
          onTyped={(flight) => {
            setBoarding({ flight, name: null, source: 'manual' });
            setNotice(null);
          }}
          onClear={() => setBoarding(null)}
        />
      </div>
      {warnings.length > 0 && (
        <div class="alert alert-warn" role="status" data-testid="scan-warnings">
          <strong>{t('scan.warning.title')}</strong>
          <ul>
            {warnings.map((key) => (
              <li key={key}>{isMessageKey(key) ? t(key) : key}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="btn btn-primary btn-lg scan-start" disabled={!passport} onClick={start}>
        {t('scan.start')}
      </button>
      {!passport && <p class="help">{t('scan.startHint')}</p>}
    </section>
  );
}
