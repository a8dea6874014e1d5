import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../../../src/core/bcbp/names-match.ts';

describe('namesMatch (passport name against boarding-pass name)', () => {
  it.each([
    ['DESMARAIS', 'LUC', 'DESMARAIS/LUC'],
    ['DESMARAIS', 'LUC', 'DESMARAIS/LUC MR'],
    ['DESMARAIS', 'LUC', 'DESMARAIS/LUCMR'],
    ['ERIKSSON', 'ANNA MARIA', 'ERIKSSON/ANNAMARIAMS'],
    ['ERIKSSON', 'ANNA MARIA', 'ERIKSSON/ANNA MARIA MRS'],
    ['ERIKSSON', 'ANNA MARIA', 'ERIKSSON/ANNA MS'],
    ['VAN DER BERG', 'JAN', 'VANDERBERG/JAN MR'],
    ['SITI NUR', 'AMINAH', 'SITI NUR/AMINAH MS'],
    // A single-name holder (no given names in the MRZ), written the ways airlines do.
    ['SUKARNO', '', 'SUKARNO/SUKARNO MR'],
    ['SUKARNO', '', 'SUKARNO/FNU'],
    ['SUKARNO', '', 'SUKARNO/MR'],
    ['SUKARNO', '', 'SUKARNO'],
    // Cut at 20 characters.
    ['WIRAATMADJA', 'RADEN AYU KUSUMA', 'WIRAATMADJA/RADENAYU'],
    ['WIRAATMADJAKUSUMANEGARA', 'AYU', 'WIRAATMADJAKUSUMANEG'],
  ])('%s, %s matches %s', (last, first, bcbp) => {
    expect(namesMatch(last, first, bcbp)).toBe(true);
  });

  it.each([
    ['DESMARAIS', 'LUC', 'DESMARAIS/LUCAS'],
    ['DESMARAIS', 'LUC', 'DESMARAIT/LUC'],
    ['ERIKSSON', 'ANNA MARIA', 'ERIKSSON/MARIA'],
    ['SUKARNO', '', 'SUKARNI/MR'],
    ['SUKARNO', '', 'SUKARNO/BUDI'],
    ['WIRAATMADJA', 'RADEN AYU', 'WIRAATMADJA/RADEN'.padEnd(20, ' ').replace('RADEN', 'RADIN')],
    // A short name is not cut, so a prefix is not enough.
    ['DESMARAIS', 'LUCIEN', 'DESMARAIS/LUCI'],
    ['DESMARAIS', 'LUC', ''],
  ])('%s, %s does not match %s', (last, first, bcbp) => {
    expect(namesMatch(last, first, bcbp)).toBe(false);
  });
});
