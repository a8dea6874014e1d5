import { t } from '../../../i18n/i18n.ts';
import { formatLocal } from '../../../core/export/export-rows.ts';
import type { ExportTable } from '../../../core/export/export-table.ts';
import type { ZoneCode } from '../../../core/time/local-time.ts';

// Rendering thousands of rows on a tablet is slow and nobody scrolls them; the file has them all.
const SHOWN = 200;

/** The flag list as the export will carry it (minimal columns), the first rows on screen. */
export function FlagList({ table, zone }: { table: ExportTable; zone: ZoneCode }) {
  if (table.rows.length === 0) return <p class="card">{t('export.empty')}</p>;
  return (
    <div class="card export-list">
      <p class="help">{t('export.shown', { count: table.rows.length })}</p>
      <div class="export-scroll">
        <table class="export-table">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SHOWN).map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} class={table.columns[i]?.kind === 'number' ? 'num' : ''}>
                    {cell === null
                      ? ''
                      : table.columns[i]?.kind === 'datetime'
                        ? formatLocal(String(cell), zone)
                        : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length > SHOWN && (
        <p class="help">{t('export.moreRows', { count: table.rows.length - SHOWN })}</p>
      )}
    </div>
  );
}
