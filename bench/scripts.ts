/**
 * The script engine (src/main/handout/script): laying out and drawing a typical plan's
 * worth of handout text in Arabic and in Chinese (title, section headings, the splint's
 * schedule and care, equipment, a break rule, principles and a goal: about the words of
 * the typical two-page handout), as a whole PDF, and the size the script fonts add to the
 * app and to each handout. These time the engine alone, on text only (no boxes, icons or
 * tables); the handout itself with a patient's words in Arabic or Chinese is in handouts.ts. The same plan in English
 * through the same engine (script.latin_*) is the yardstick on a busy machine.
 */
import PDFDocument from 'pdfkit';
import { drawParagraph } from '../src/main/handout/script/draw.ts';
import { layoutParagraph, type ParagraphStyle } from '../src/main/handout/script/paragraph.ts';
import { scriptFontBytes } from '../src/main/handout/script/script-fonts.ts';
import { median, round2, sized, time, type BenchSuite } from './lib.ts';

type Block = [kind: 'title' | 'heading' | 'body', text: string];

const ARABIC: Block[] = [
  ['title', 'خطة حماية المفاصل الخاصة بك'],
  ['body', 'أعدّتها بريا شاه، أخصائية علاج اليد، في 2 مارس 2026. المراجعة القادمة: 13 أبريل 2026.'],
  ['heading', 'خطتك في لمحة'],
  [
    'body',
    'البسي جبيرة اليد المريحة (Resting Hand Splint) على اليد اليمنى ليلاً، لمدة 8 ساعات تقريباً.',
  ],
  ['body', 'عند اشتداد الألم والتورم: البسيها طوال اليوم والليل، وانزعيها للغسيل والتمارين فقط.'],
  ['heading', 'جبيرتك'],
  ['body', 'تحمي الجبيرة المعصم ومفاصل الإصبعين الثاني والثالث (MCP 2–3) وتريحها أثناء النوم.'],
  ['body', 'انزعي الجبيرة إذا شعرتِ ببرودة في أصابعك أو بدت شاحبة، واتصلي بنا.'],
  ['body', 'أرخي الحزام الأوسط إذا تورمت يدك في الليل. اغسلي الجبيرة بماء فاتر وصابون خفيف.'],
  ['heading', 'أدوات تساعدك'],
  ['body', 'فتاحة برطمانات بمقبض كبير: تقلل الضغط على المعصم عند فتح الأغطية.'],
  ['body', 'سكين بمقبض عمودي: يبقي المعصم مستقيماً أثناء التقطيع.'],
  ['body', 'غلاية صغيرة خفيفة الوزن: املئيها بكوبين من الماء فقط في كل مرة.'],
  ['heading', 'الراحة والتوازن'],
  ['body', 'خذي استراحة لمدة 5 دقائق بعد كل 20 دقيقة من العمل باليدين.'],
  ['body', 'وزعي الحمل على المفاصل الأكبر والأقوى، واستخدمي كلتا اليدين لحمل الأشياء.'],
  ['body', 'تجنبي الإمساك بالأشياء بقوة لفترة طويلة، وغيّري وضعية يديك كثيراً.'],
  ['heading', 'هدفك'],
  ['body', 'أن تفتحي البرطمانات وتحضّري كوباً من الشاي دون ألم في المعصم.'],
];

const CHINESE: Block[] = [
  ['title', '您的关节保护计划'],
  ['body', '由手部治疗师 Priya Shah 于2026年3月2日制定。下次复查：2026年4月13日。'],
  ['heading', '计划一览'],
  ['body', '每晚在右手佩戴休息位手部夹板（Resting Hand Splint），约8小时。'],
  ['body', '疼痛和肿胀加重时：白天和夜间都要佩戴，只在清洗和锻炼时取下。'],
  ['heading', '您的夹板'],
  ['body', '夹板在睡眠时保护并休息手腕以及第二、第三掌指关节（MCP 2–3）。'],
  ['body', '如果手指发冷或看起来苍白，请取下夹板并与我们联系。'],
  ['body', '如果夜间手部肿胀，请放松中间的绑带。用温水和温和的肥皂清洗夹板。'],
  ['heading', '帮助您的工具'],
  ['body', '大手柄开罐器：打开瓶盖时减少手腕受力。'],
  ['body', '垂直手柄刀：切菜时保持手腕伸直。'],
  ['body', '小型轻便水壶：每次只装两杯水。'],
  ['heading', '休息与平衡'],
  ['body', '用手工作每20分钟后，休息5分钟。'],
  ['body', '把重量分散到更大、更强壮的关节上，用双手拿东西。'],
  ['body', '避免长时间用力抓握物品，并经常改变手的姿势。'],
  ['heading', '您的目标'],
  ['body', '打开罐子并泡一杯茶，手腕不痛。'],
];

/** The same plan in English through the same engine: what the two above are compared with. */
const ENGLISH: Block[] = [
  ['title', 'Your joint protection plan'],
  ['body', 'Made by Priya Shah, Hand Therapist, on 2 March 2026. Next review: 13 April 2026.'],
  ['heading', 'Your plan at a glance'],
  ['body', 'Wear the resting hand splint on your right hand at night, for about 8 hours.'],
  [
    'body',
    'When pain and swelling flare up: wear it day and night, and take it off only to wash and exercise.',
  ],
  ['heading', 'Your splint'],
  [
    'body',
    'The splint protects and rests your wrist and the knuckles of your 2nd and 3rd fingers (MCP 2–3) while you sleep.',
  ],
  ['body', 'Take the splint off if your fingers feel cold or look pale, and call us.'],
  [
    'body',
    'Loosen the middle strap if your hand swells in the night. Wash the splint in warm water with mild soap.',
  ],
  ['heading', 'Things that help'],
  ['body', 'A jar opener with a big handle: less strain on your wrist when you open lids.'],
  ['body', 'A knife with an upright handle: keeps your wrist straight while you cut.'],
  ['body', 'A small, light kettle: fill it with only two cups of water at a time.'],
  ['heading', 'Rest and balance'],
  ['body', 'Take a 5-minute break after every 20 minutes of work with your hands.'],
  ['body', 'Spread the load over bigger, stronger joints, and carry things with both hands.'],
  [
    'body',
    'Avoid gripping things hard for a long time, and change the position of your hands often.',
  ],
  ['heading', 'Your goal'],
  ['body', 'Open jars and make a cup of tea without wrist pain.'],
];

const STYLES: Record<Block[0], ParagraphStyle> = {
  title: { size: 22, bold: true },
  heading: { size: 16, bold: true },
  body: { size: 12 },
};

/** A whole PDF of the blocks, as the handout would draw them (A4, new page when full). */
async function render(blocks: Block[]): Promise<Buffer> {
  // No default font, as the handout: pdfkit would parse Helvetica's metrics for nothing.
  const doc = new PDFDocument({ size: 'A4', margin: 50, font: null as unknown as string });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const width = doc.page.width - 100;
  let top = 50;
  for (const [kind, text] of blocks) {
    const laid = layoutParagraph(text, STYLES[kind], width);
    if (top + laid.height > doc.page.height - 50) {
      doc.addPage();
      top = 50;
    }
    drawParagraph(doc, laid, 50, top);
    top += laid.height + (kind === 'body' ? 8 : 12);
  }
  doc.end();
  return done;
}

export const scriptsBench: BenchSuite = {
  name: 'scripts',
  // The whole-handout figures (handout.arabic_median_ms, handout.cjk_median_ms) are in
  // handouts.ts, on the typical plan; these time the engine alone on a handout's words.
  targets: {
    'script.arabic_median_ms': { max: 40, label: '≤ 40 ms' },
    'script.cjk_median_ms': { max: 40, label: '≤ 40 ms' },
  },
  async run({ log, quick }) {
    const renders = sized(quick, 30, 3);
    const figures: Record<string, number | null> = {};
    for (const [name, blocks] of [
      ['arabic', ARABIC],
      ['cjk', CHINESE],
      ['latin', ENGLISH],
    ] as const) {
      // The first handout in a language parses its fonts and shapes every word; later ones
      // reuse both, as the app does for the life of the process.
      figures[`script.${name}_first_ms`] = round2(await time(() => render(blocks)));
      const samples: number[] = [];
      for (let i = 0; i < renders; i++) samples.push(await time(() => render(blocks)));
      figures[`script.${name}_median_ms`] = round2(median(samples));
      figures[`script.${name}_pdf_kb`] = round2((await render(blocks)).length / 1024);
      log(`${name}: median ${figures[`script.${name}_median_ms`]} ms over ${renders}`);
    }
    figures['script.fonts_mb'] = round2(scriptFontBytes() / 1024 / 1024);
    return figures;
  },
};
