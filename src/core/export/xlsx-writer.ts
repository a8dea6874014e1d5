import { strToU8, zipSync } from 'fflate';
import type { ZoneCode } from '../time/local-time.ts';
import { zoneOffsetMs } from '../time/shifts.ts';
import type { Cell, ExportTable } from './export-table.ts';
import type { SummaryLine } from './summary-lines.ts';

/** What goes into the workbook: the summary sheet's lines and the list sheet's table. */
export type WorkbookInput = {
  summarySheet: string;
  listSheet: string;
  summary: SummaryLine[];
  table: ExportTable;
  zone: ZoneCode;
};

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// Style ids in styles.xml: 0 plain, 1 date-time, 2 bold header, 3 section heading.
const STYLE = { plain: 0, date: 1, header: 2, heading: 3 } as const;

// Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function esc(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's serial day number of the checkpoint's wall-clock time (workbooks have no time zones). */
export function excelSerial(iso: string, zone: ZoneCode): number | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return (ms + zoneOffsetMs(zone)) / 86_400_000 + 25_569;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

function cellXml(
  ref: string,
  value: Cell,
  kind: string,
  zone: ZoneCode,
  strings: SharedStrings,
  style = 0,
): string {
  if (value === null) return '';
  if (kind === 'datetime' && typeof value === 'string') {
    const serial = excelSerial(value, zone);
    if (serial !== null) return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  if (typeof value === 'number') return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${strings.id(value)}</v></c>`;
}

function sheetXml(
  rows: string[],
  options: { widths: number[]; freezeHeader: boolean; lastRef: string },
): string {
  const pane = options.freezeHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const cols = options.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${options.lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

function listSheet(input: WorkbookInput, strings: SharedStrings): string {
  const { columns } = input.table;
  const header = columns.map((c, i) =>
    cellXml(`${columnName(i)}1`, c.header, 'text', input.zone, strings, STYLE.header),
  );
  const rows = [`<row r="1">${header.join('')}</row>`];
  input.table.rows.forEach((row, r) => {
    const n = r + 2;
    const cells = row.map((v, i) =>
      cellXml(`${columnName(i)}${n}`, v, columns[i]?.kind ?? 'text', input.zone, strings),
    );
    rows.push(`<row r="${n}">${cells.join('')}</row>`);
  });
  const lastRef = `${columnName(Math.max(0, columns.length - 1))}${input.table.rows.length + 1}`;
  return sheetXml(rows, { widths: columns.map((c) => c.width), freezeHeader: true, lastRef });
}

function summarySheet(input: WorkbookInput, strings: SharedStrings): string {
  const rows = input.summary.map((line, r) => {
    const n = r + 1;
    if (line.kind === 'heading')
      return `<row r="${n}">${cellXml(`A${n}`, line.text, 'text', input.zone, strings, STYLE.heading)}</row>`;
    return `<row r="${n}">${cellXml(`A${n}`, line.label, 'text', input.zone, strings)}${cellXml(`B${n}`, line.value, 'text', input.zone, strings)}</row>`;
  });
  return sheetXml(rows, { widths: [44, 30], freezeHeader: false, lastRef: `B${Math.max(1, rows.length)}` });
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts>` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="13"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE6F0"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** A real .xlsx workbook (summary sheet + list sheet, frozen header, widths, date cells) as bytes. */
export function writeXlsx(input: WorkbookInput): Uint8Array {
  const strings = new SharedStrings();
  const sheet1 = summarySheet(input, strings);
  const sheet2 = listSheet(input, strings);
  const sst =
    `${XML_HEAD}<sst xmlns="${NS}" count="${strings.list.length}" uniqueCount="${strings.list.length}">` +
    strings.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  const sheetName = (name: string) => esc(name.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31));
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${ct}.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        `<sheet name="${sheetName(input.summarySheet)}" sheetId="1" r:id="rId1"/>` +
        `<sheet name="${sheetName(input.listSheet)}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId4" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(sst),
    'xl/worksheets/sheet1.xml': strToU8(sheet1),
    'xl/worksheets/sheet2.xml': strToU8(sheet2),
  };
  return zipSync(files, { level: 6 });
}
