import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts } from './fonts.ts';
import { drawIcon } from './icons.ts';

/**
 * Readies a renderer for its first handout while the window opens: reads and parses the
 * current fonts (cached), parses the common icons (cached), and draws a throwaway tagged page
 * so pdfkit's and fontkit's code is compiled before a therapist asks for a handout.
 */
export function warmUpRenderer(): void {
  const fonts = loadHandoutFonts();
  const doc = new PDFDocument({ tagged: true, pdfVersion: '1.7', font: null as unknown as string });
  doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
  doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const p = doc.struct('P');
  root.add(p);
  p.add(() => {
    doc.font(FONT_BOLD).fontSize(20).text('Your plan at a glance', { width: 400 });
    doc.font(FONT_REGULAR).fontSize(14).text('Wear it at night while you sleep. 0123456789', {
      width: 400,
      lineGap: 3,
    });
  });
  p.end();
  root.end();
  for (const icon of ['hand', 'clock', 'shield', 'triangle-alert', 'check', 'list-checks'])
    drawIcon(doc, icon, 10, 10, 20, '#000000');
  doc.on('data', () => undefined);
  doc.end();
}
