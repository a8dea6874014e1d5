import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { textIn } from './dossier-text.ts';

const FONT_DIR = new URL('../../src/assets/fonts/', import.meta.url);
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;
/** The PDF's fonts (Liberation Sans: covers Latin names with accents), read once. */
function loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fonts ??= Promise.all([
    readFile(new URL('LiberationSans-Regular.ttf', FONT_DIR)),
    readFile(new URL('LiberationSans-Bold.ttf', FONT_DIR)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** A4 portrait, in points. */
const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);

/** Characters the font has no glyph for (scripts beyond Latin) become '?', so a name never breaks the file. */
const charsets = new WeakMap<PDFFont, Set<number>>();
function printable(font: PDFFont, text: string): string {
  let glyphs = charsets.get(font);
  if (!glyphs) charsets.set(font, (glyphs = new Set(font.getCharacterSet())));
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) out += glyphs.has(ch.codePointAt(0) ?? 0) ? ch : '?';
  return out;
}

/** The text broken into lines that fit a width (a word longer than the width is cut). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let w = word;
    while (font.widthOfTextAtSize(w, size) > width && w.length > 1) {
      let cut = w.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut -= 1;
      if (current) lines.push(current);
      lines.push(w.slice(0, cut));
      current = '';
      w = w.slice(cut);
    }
    const next = current ? `${current} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) <= width) current = next;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Lays the dossier's lines out on A4 pages with a page number at the foot of each. */
export async function dossierPdf(
  lines: { heading: boolean; text: string }[],
  lang: 'id' | 'en',
  title: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  doc.setTitle(printable(regular, title));
  doc.setProducer('Saring');
  const width = PAGE.width - 2 * PAGE.margin;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const item of lines) {
    const font = item.heading ? bold : regular;
    const size = item.heading ? 12 : 9;
    const lead = size * 1.35;
    if (item.heading) y -= 6;
    for (const text of wrap(font, printable(font, item.text), size, width)) {
      if (y - lead < PAGE.margin + 16) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= lead;
      page.drawText(text, { x: PAGE.margin, y, size, font, color: INK });
    }
  }
  doc.getPages().forEach((p, i) =>
    p.drawText(textIn(lang, 'recruiters.dossier.page', { page: i + 1 }), {
      x: PAGE.margin,
      y: PAGE.margin - 12,
      size: 8,
      font: regular,
      color: MUTED,
    }),
  );
  return doc.save();
}
