import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import {
  EXPORT_FORMATS,
  exportFileName,
  type ExportFormat,
  type ExportJob,
} from '../../../core/export/export-format.ts';
import { deliverFile, runExport, type ExportStep } from './run-export.ts';

/** What the audit trail gets for each export: never personal data, only what and how much. */
export type ExportRecord = {
  report: ExportReport;
  format: ExportFormat;
  fileName: string;
  rows: number;
  sha256: string;
  allFields: boolean;
};

/** Which report a file carries: the flag list or the recruiter-centred report. */
export type ExportReport = 'flags' | 'recruiters';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; step: ExportStep }
  | { kind: 'done'; record: ExportRecord; size: number; delivered: string; audited: boolean }
  | { kind: 'failed'; message: string };

/** The CSV / XLSX / PDF buttons, the "all fields" option, progress, the file's SHA-256 and the audit note. */
export function ExportActions({
  makeJob,
  allFields,
  onAllFields,
  onExported,
}: {
  makeJob: (format: ExportFormat, report: ExportReport) => ExportJob;
  allFields: boolean;
  onAllFields: (value: boolean) => void;
  onExported: (record: ExportRecord) => Promise<boolean>;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'running';
  const start = async (format: ExportFormat, report: ExportReport) => {
    setStatus({ kind: 'running', step: 'writing' });
    try {
      const job = makeJob(format, report);
      const file = await runExport(job, (step) => setStatus({ kind: 'running', step }));
      const fileName = exportFileName(job);
      const record: ExportRecord = {
        report,
        format,
        fileName,
        rows: job.table.rows.length,
        sha256: file.sha256,
        allFields,
      };
      const audited = await onExported(record);
      const delivered = await deliverFile(file, fileName, format);
      setStatus({ kind: 'done', record, size: file.bytes.byteLength, delivered, audited });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <fieldset class="card export-actions">
      <legend>{t('export.actions.legend')}</legend>
      <label class="export-check">
        <input type="checkbox" checked={allFields} onChange={() => onAllFields(!allFields)} disabled={busy} />
        {t('export.actions.allFields')}
      </label>
      {allFields && (
        <p class="alert alert-warn" role="alert">
          {t('export.actions.allFieldsWarning')}
        </p>
      )}
      <div class="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="btn btn-primary btn-lg"
            disabled={busy}
            onClick={() => void start(format, 'flags')}
          >
            {t(`export.actions.${format}`)}
          </button>
        ))}
      </div>
      <div class="export-buttons">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="btn btn-lg"
            disabled={busy}
            onClick={() => void start(format, 'recruiters')}
          >
            {t(format === 'csv' ? 'export.recruiters.exportCsv' : 'export.recruiters.exportXlsx')}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {status.kind === 'running' && (
          <p class="export-progress">
            <progress /> {t(status.step === 'writing' ? 'export.actions.writing' : 'export.actions.hashing')}
          </p>
        )}
        {status.kind === 'done' && (
          <div class="alert alert-ok" data-testid="export-result">
            <p>
              {t('export.actions.done', {
                name: status.record.fileName,
                size: Math.max(1, Math.round(status.size / 1024)),
                rows: status.record.rows,
              })}{' '}
              {status.delivered === 'shared' && t('export.actions.shared')}
              {status.delivered === 'downloaded' && t('export.actions.downloaded')}
            </p>
            <p>
              {t('export.actions.hash')}: <code class="mono export-hash">{status.record.sha256}</code>
            </p>
            <p>{status.audited ? t('export.actions.audited') : t('export.actions.notAudited')}</p>
          </div>
        )}
        {status.kind === 'failed' && (
          <p class="alert alert-danger">{t('export.actions.failed', { message: status.message })}</p>
        )}
      </div>
    </fieldset>
  );
}
