// Exempt pages in an exported PDF: left out by default; when the user includes them, each
// is marked "Not for publication: exempt information under Schedule 12A" across its top.
import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { NOT_FOR_PUBLICATION } from './index';

/**
 * The PDF without the exempt pages (1-based), or with each of them marked when `include`.
 * Throws when every page is exempt and they are not included: there would be nothing left.
 */
export async function handleExemptPages(bytes: Uint8Array, exemptPages: ReadonlySet<number>, include: boolean): Promise<Uint8Array> {
  if (exemptPages.size === 0) return bytes;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const count = doc.getPageCount();
  const pages = [...exemptPages].filter((page) => page >= 1 && page <= count).sort((a, b) => b - a);
  if (!include) {
    if (pages.length === count) throw new Error('Every page is exempt, so there is nothing to export without exempt material.');
    for (const page of pages) doc.removePage(page - 1);
  } else {
    const font = await doc.embedFont(StandardFonts.HelveticaBold);
    for (const number of pages) {
      const page = doc.getPage(number - 1);
      const { x, y, width, height } = page.getCropBox();
      const size = Math.min(11, (width - 20) / font.widthOfTextAtSize(NOT_FOR_PUBLICATION, 1));
      const textWidth = font.widthOfTextAtSize(NOT_FOR_PUBLICATION, size);
      page.drawRectangle({ x, y: y + height - size - 12, width, height: size + 12, color: rgb(1, 0.93, 0.93) });
      page.drawText(NOT_FOR_PUBLICATION, { x: x + (width - textWidth) / 2, y: y + height - size - 6, size, font, color: rgb(0.6, 0, 0) });
    }
  }
  return doc.save();
}
