import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { awaitsConfirmation, handoverApplies } from '../../../core/checklist/handover.ts';
import type { Screening } from '../../../core/screening/screening-schema.ts';
import { formatDateTime } from '../../../core/time/local-time.ts';
import { useSession } from '../../hooks/use-session.ts';
import type { OfficerDirectory } from '../../hooks/use-officer-directory.ts';
import { officerLabel } from '../officer-label.ts';
import { HandoverConfirm } from './HandoverConfirm.tsx';
import { HandoverForm } from './HandoverForm.tsx';

type Props = {
  screening: Screening;
  directory: OfficerDirectory;
  /** Called with the new revision once it is stored, so the detail shows it. */
  onSaved: (saved: Screening) => void;
};

/**
 * The handover of a referred or delayed passenger to BP3MI: what was recorded and whether the receiver confirmed
 * it with their PIN; for an Imigrasi officer, the step that records it; for an enrolled receiver, the confirmation.
 */
export function HandoverSection({ screening, directory, onSaved }: Props) {
  const { officer, device } = useSession();
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const handover = screening.handover;
  if (!handover && !handoverApplies(screening)) return null;
  const when = (iso: string) => formatDateTime(new Date(iso), device.zone);
  const saved = (next: Screening, confirmedBy: string | null): void => {
    setRecording(false);
    setDone(
      confirmedBy
        ? t('gate.handover.savedConfirmed', { name: officerLabel(confirmedBy, directory) })
        : t('gate.handover.saved'),
    );
    onSaved(next);
  };
  const confirmable = handover && awaitsConfirmation(handover) ? handover.bp3miOfficerId : undefined;
  return (
    <section class="card handover" aria-labelledby="handover-title" data-testid="handover">
      <h3 id="handover-title">{t('gate.handover.title')}</h3>
      {done && (
        <p class="alert alert-ok" role="status">
          ✓ {done}
        </p>
      )}
      {handover ? (
        <dl class="facts">
          <dt>{t('gate.history.handoverTime')}</dt>
          <dd data-testid="handover-facts">
            {t('gate.handover.at', { at: when(handover.time), name: handover.bp3miOfficer })}
          </dd>
          {handover.recordedBy && handover.recordedAt && (
            <>
              <dt>{t('gate.history.handoverRecorded')}</dt>
              <dd>
                {t('gate.handover.recordedBy', {
                  name: officerLabel(handover.recordedBy, directory),
                  at: when(handover.recordedAt),
                })}
              </dd>
            </>
          )}
          <dt>{t('gate.history.handoverState')}</dt>
          <dd data-testid="handover-state">
            {handover.confirmedBy && handover.confirmedAt
              ? t('gate.handover.confirmed', {
                  name: officerLabel(handover.confirmedBy, directory),
                  at: when(handover.confirmedAt),
                })
              : handover.bp3miOfficerId
                ? t('gate.handover.unconfirmed', { name: handover.bp3miOfficer })
                : t('gate.handover.typedNote')}
          </dd>
        </dl>
      ) : recording ? (
        <HandoverForm
          screening={screening}
          directory={directory}
          onSaved={saved}
          onCancel={() => setRecording(false)}
        />
      ) : officer.agency === 'IMIGRASI' ? (
        <>
          <p class="help">{t('gate.handover.none')}</p>
          <button type="button" class="btn btn-lg btn-primary" onClick={() => setRecording(true)}>
            {t('gate.handover.start')}
          </button>
        </>
      ) : (
        <p class="help">
          {t('gate.handover.none')} {t('gate.handover.onlyImigrasi')}
        </p>
      )}
      {handover && confirmable && (
        <HandoverConfirm
          screening={screening}
          handover={{ ...handover, bp3miOfficerId: confirmable }}
          onSaved={saved}
        />
      )}
    </section>
  );
}
