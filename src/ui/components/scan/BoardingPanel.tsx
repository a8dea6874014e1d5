import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { BoardingRead } from '../../../core/capture/build-capture.ts';
import type { Flight } from '../../../core/screening/screening-schema.ts';
import { isoDateToDisplay } from '../../../core/time/local-time.ts';
import { CameraView, type FrameScanner } from './CameraView.tsx';
import { FlightFieldsEntry } from './FlightFieldsEntry.tsx';
import { WaySwitch, type Way } from './WaySwitch.tsx';

type Props = {
  boarding: BoardingRead | null;
  onBarcode: (text: string) => boolean;
  onTyped: (flight: Flight) => void;
  onClear: () => void;
};

const loadBarcodeScanner = async (): Promise<FrameScanner> => {
  const { scanBarcodes } = await import('../../../scanning/barcode-reader.ts');
  return (video, onText) => scanBarcodes(video, onText);
};

/** The boarding pass: the flight read, and the camera or typed ways to read it. */
export function BoardingPanel({ boarding, onBarcode, onTyped, onClear }: Props) {
  const [way, setWay] = useState<Way>(null);
  const f = boarding?.flight;
  return (
    <section class="card scan-panel" aria-labelledby="boarding-title">
      <h2 id="boarding-title">{t('scan.boarding.title')}</h2>
      {boarding && f ? (
        <div class="scan-summary">
          <dl class="facts">
            {boarding.name && (
              <>
                <dt>{t('scan.summary.name')}</dt>
                <dd data-testid="boarding-name">{boarding.name}</dd>
              </>
            )}
            <dt>{t('scan.summary.flight')}</dt>
            <dd data-testid="boarding-flight">
              {f.carrier} {f.flightNumber}
            </dd>
            <dt>{t('scan.summary.date')}</dt>
            <dd data-testid="boarding-date">{f.date ? isoDateToDisplay(f.date) : '—'}</dd>
            <dt>{t('scan.summary.route')}</dt>
            <dd data-testid="boarding-route">{[f.from, ...f.transits, f.finalDestination].join(' → ')}</dd>
          </dl>
          <p class="help">{t(`scan.source.${boarding.source}`)}</p>
          <button type="button" class="btn btn-ghost" onClick={onClear}>
            {t('scan.clear')}
          </button>
        </div>
      ) : (
        <p class="help">{t('scan.boarding.empty')}</p>
      )}
      <WaySwitch way={way} onWay={setWay} ways={['camera', 'typeFields']} />
      {way === 'camera' && (
        <CameraView
          mode="barcode"
          loadScanner={loadBarcodeScanner}
          onText={(text) => {
            const accepted = onBarcode(text);
            if (accepted) setWay(null);
            return accepted;
          }}
        />
      )}
      {way === 'typeFields' && (
        <FlightFieldsEntry
          onSave={(flight) => {
            onTyped(flight);
            setWay(null);
          }}
        />
      )}
    </section>
  );
}
