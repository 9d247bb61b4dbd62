import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanBlocks, cleanPlainText } from './index';

// Short city-budget stories written for these tests, one per language, each pasted with its
// page's menu above and an advert, a "read also" label and a link below.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/languages/${name}`, import.meta.url), 'utf8');

interface LanguageFixture {
  file: string;
  title: string;
  /** The publication date read from the credit lines. */
  published: string;
  /** Every story paragraph, verbatim: none may be dropped. */
  body: readonly string[];
  /** Furniture that must go. */
  furniture: readonly string[];
}

const FIXTURES: readonly LanguageFixture[] = [
  {
    file: 'zh-city-budget.txt',
    published: '2024-03-15T18:30:00',
    title: '滨江市议会通过明年预算 道路维修经费增加三成',
    body: [
      '滨江市议会星期二以二十一票赞成、四票反对通过了明年的财政预算。',
      '新预算把道路维修经费提高了三成，主要用于修补老城区的路面。',
      '市长在会后表示，过去两年雨季造成的路面损坏远超预期，必须尽快处理。',
      '反对派议员认为，增加的经费应当优先用于公共交通。',
      '“我们不反对修路，但公交车的班次太少了。”一位议员说。',
      '预算将于明年一月一日起生效。',
    ],
    furniture: ['首页', '相关阅读', '滨江地铁三号线明年开工', '责任编辑：张华'],
  },
  {
    file: 'ja-city-budget.txt',
    published: '2024-03-15',
    title: '浜江市議会、来年度予算を可決 道路補修費を3割増額',
    body: [
      '浜江市議会は火曜日、来年度予算案を賛成多数で可決した。',
      '道路補修費は前年度より3割増え、主に旧市街の舗装の修理に充てられる。',
      '市長は閉会後、「この2年間の雨季による被害は想定を大きく超えた」と述べた。',
      '野党の議員は、増額分を公共交通に回すべきだと主張している。',
      '予算は来年4月1日から執行される。',
    ],
    furniture: ['ホーム', '関連記事', '浜江地下鉄3号線、来年着工へ'],
  },
  {
    file: 'ar-city-budget.txt',
    published: '2024-03-15',
    title: 'مجلس مدينة النهر يقر ميزانية العام المقبل ويرفع مخصصات صيانة الطرق',
    body: [
      'أقر مجلس مدينة النهر يوم الثلاثاء ميزانية العام المقبل بأغلبية واحد وعشرين صوتاً مقابل أربعة أصوات.',
      'وترفع الميزانية الجديدة مخصصات صيانة الطرق بنسبة ثلاثين في المئة.',
      'قال رئيس البلدية إن أضرار موسم الأمطار فاقت التوقعات.',
      'وطالب نواب المعارضة بتوجيه الزيادة إلى النقل العام.',
      'تدخل الميزانية حيز التنفيذ في الأول من يناير.',
    ],
    furniture: ['إعلان', 'اقرأ أيضاً', 'بدء أعمال الخط الثالث لمترو النهر'],
  },
  {
    file: 'hi-city-budget.txt',
    published: '2024-03-15',
    title: 'नदीपुर नगर परिषद ने अगले साल का बजट पास किया, सड़क मरम्मत का खर्च बढ़ा',
    body: [
      'नदीपुर नगर परिषद ने मंगलवार को अगले साल का बजट इक्कीस के मुकाबले चार वोटों से पास कर दिया।',
      'नए बजट में सड़कों की मरम्मत का खर्च तीस प्रतिशत बढ़ाया गया है।',
      'महापौर ने कहा कि बारिश से हुआ नुकसान उम्मीद से कहीं ज़्यादा था।',
      'विपक्ष चाहता है कि यह पैसा सार्वजनिक परिवहन पर खर्च हो।',
      'बजट एक जनवरी से लागू होगा।',
    ],
    furniture: ['विज्ञापन', 'यह भी पढ़ें', 'नदीपुर मेट्रो की तीसरी लाइन पर काम शुरू'],
  },
  {
    file: 'es-city-budget.txt',
    published: '2024-03-15',
    title: 'El pleno de Villarrío aprueba el presupuesto y sube un 30 % el gasto en carreteras',
    body: [
      'El pleno municipal de Villarrío aprobó el martes el presupuesto del próximo año con veintiún votos a favor y cuatro en contra.',
      'El nuevo presupuesto sube un 30 % la partida de reparación de carreteras.',
      'El alcalde dijo que los daños de las lluvias superaron todas las previsiones.',
      '¿Y el transporte público? La oposición pidió destinar allí el aumento.',
      'El presupuesto entrará en vigor el 1 de enero.',
    ],
    furniture: ['Publicidad', 'Lee también', 'Comienzan las obras de la línea 3 del metro de Villarrío'],
  },
];

describe('cleanPlainText in other languages and scripts', () => {
  for (const { file, title, published, body, furniture } of FIXTURES) {
    describe(file, () => {
      const result = cleanPlainText(fixture(file));
      const kept = result.blocks.map((block) => block.text);

      it('finds the headline', () => {
        expect(result.metadata.title).toBe(title);
        expect(result.blocks[0]).toMatchObject({ type: 'title', text: title });
      });

      it('reads the publication date and drops its line', () => {
        expect(result.metadata.published).toBe(published);
        expect(result.dropped.some((line) => line.rule === 'metadata')).toBe(true);
      });

      it('keeps every paragraph of the story, short ones included', () => {
        for (const paragraph of body) expect(kept, paragraph).toContain(paragraph);
      });

      it('drops the page furniture around it', () => {
        const dropped = result.dropped.map((line) => line.text);
        for (const line of furniture) expect(dropped, line).toContain(line);
      });
    });
  }

  it('reads a Spanish "Por" credit line as the byline', () => {
    expect(cleanPlainText(fixture('es-city-budget.txt')).metadata.byline).toBe('Lucía Herrera');
  });

  it('keeps a Chinese photo caption, with its photographer credit, as a caption', () => {
    const result = cleanPlainText(fixture('zh-city-budget.txt'));
    expect(result.blocks).toContainEqual(expect.objectContaining({ type: 'caption', text: '图为滨江市议会大楼。（新华社记者 王芳 摄）' }));
  });
});

describe('cleanPlainText on pasted paragraphs without a headline', () => {
  it('takes no long Chinese or Hindi sentence for the headline, and keeps every paragraph', () => {
    for (const text of [
      '市议会星期二批准了明年的预算，反对派议员表示将提出上诉。\n\n预算将于明年一月一日起生效。',
      'नगर परिषद ने मंगलवार को अगले साल का बजट इक्कीस के मुकाबले चार वोटों से पास कर दिया।\n\nबजट एक जनवरी से लागू होगा।',
    ]) {
      const result = cleanPlainText(text);
      expect(result.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
      expect(text.startsWith(result.metadata.title.replace(/…$/u, ''))).toBe(true);
    }
  });
});

describe('cleanBlocks in other languages and scripts', () => {
  it('keeps short Chinese and Arabic paragraphs that close a story', () => {
    for (const { title, body, furniture } of FIXTURES) {
      const candidates = [
        { type: 'title', text: title },
        ...body.map((text) => ({ type: 'paragraph', text })),
        ...furniture.slice(1).map((text) => ({ type: 'paragraph', text })),
      ];
      const { blocks } = cleanBlocks(candidates);
      const kept = blocks.map((block) => block.text);
      for (const paragraph of body) expect(kept, paragraph).toContain(paragraph);
      expect(kept).not.toContain(furniture[1]);
    }
  });
});
