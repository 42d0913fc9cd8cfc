import PDFDocument from 'pdfkit';
import { drawParagraph } from './draw.ts';
import { layoutParagraph } from './paragraph.ts';

/**
 * Mixed-script strings a handout must print: names, splint names, schedules, with numbers
 * and Latin words inside right-to-left text. Shared by the corpus tests and the bench.
 */
export interface CorpusEntry {
  label: string;
  text: string;
  /** The paragraph's expected base direction. */
  direction: 'ltr' | 'rtl';
}

export const CORPUS: readonly CorpusEntry[] = [
  {
    label: 'Arabic',
    text: 'البسي جبيرة Futuro Night Wrist Splint ليلاً لمدة 8 ساعات، من 2 إلى 10 (اليد اليمنى).',
    direction: 'rtl',
  },
  { label: 'Hebrew', text: 'יש ללבוש את הסד בלילה, 8 שעות (יד ימין).', direction: 'rtl' },
  { label: 'Urdu', text: 'رات کو 8 گھنٹے کے لیے اسپلنٹ پہنیں۔ فاطمہ خان', direction: 'rtl' },
  {
    label: 'Chinese',
    text: '每晚佩戴手腕夹板8小时。如果手指发冷，请取下。王小明',
    direction: 'ltr',
  },
  {
    label: 'Japanese',
    text: '夜は手首のスプリントを8時間つけてください。山田 花子',
    direction: 'ltr',
  },
  { label: 'Korean', text: '밤에 손목 보조기를 8시간 착용하세요. 김민준', direction: 'ltr' },
  { label: 'Devanagari', text: 'रात में 8 घंटे के लिए कलाई की स्प्लिंट पहनें। प्रिया शर्मा', direction: 'ltr' },
  { label: 'Gurmukhi', text: 'ਰਾਤ ਨੂੰ 8 ਘੰਟੇ ਲਈ ਗੁੱਟ ਦੀ ਸਪਲਿੰਟ ਪਹਿਨੋ। ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', direction: 'ltr' },
  { label: 'Bengali', text: 'রাতে ৮ ঘণ্টা কব্জির স্প্লিন্ট পরুন। সুমিতা দাস', direction: 'ltr' },
  { label: 'Tamil', text: 'இரவில் 8 மணி நேரம் மணிக்கட்டு பிளவு அணியுங்கள். கீதா', direction: 'ltr' },
  { label: 'Thai', text: 'สวมเฝือกข้อมือตอนกลางคืน 8 ชั่วโมง สมชาย ใจดี', direction: 'ltr' },
  {
    label: 'Vietnamese',
    text: 'Đeo nẹp cổ tay vào ban đêm trong 8 giờ. Nguyễn Thị Hằng',
    direction: 'ltr',
  },
];

/**
 * A PDF of the corpus through the engine: one page per entry (so tests can read each
 * page's text and positions alone), or all on one page.
 */
export async function renderCorpus(options: {
  size: number;
  onePage: boolean;
  entries?: readonly CorpusEntry[];
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: CORPUS_MARGIN,
    font: null as unknown as string,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const width = doc.page.width - 2 * CORPUS_MARGIN;
  let top = CORPUS_MARGIN;
  (options.entries ?? CORPUS).forEach((entry, i) => {
    if (i > 0 && !options.onePage) {
      doc.addPage();
      top = CORPUS_MARGIN;
    }
    const laid = layoutParagraph(entry.text, { size: options.size, direction: 'auto' }, width);
    drawParagraph(doc, laid, CORPUS_MARGIN, top);
    top += laid.height + options.size * 0.6;
  });
  doc.end();
  return done;
}

export const CORPUS_MARGIN = 50;
