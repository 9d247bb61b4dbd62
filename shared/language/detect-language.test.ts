import { describe, expect, it } from 'vitest';
import { chooseArticleLanguage, detectLanguage } from './detect-language';

// A few sentences per language, written for these tests.
const SAMPLES: Record<string, string> = {
  en: 'The city council approved next year’s budget on Tuesday after a long debate about road repairs.',
  es: 'El ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate sobre las carreteras.',
  pt: 'A câmara municipal aprovou na terça-feira o orçamento do próximo ano depois de um longo debate sobre as estradas.',
  fr: 'Le conseil municipal a adopté mardi le budget de l’année prochaine après un long débat sur les routes.',
  de: 'Der Stadtrat hat am Dienstag nach einer langen Debatte über die Straßen den Haushalt für das nächste Jahr beschlossen.',
  ru: 'Городской совет во вторник утвердил бюджет на следующий год после долгого спора о ремонте дорог.',
  ar: 'وافق مجلس المدينة يوم الثلاثاء على ميزانية العام المقبل بعد نقاش طويل حول إصلاح الطرق.',
  he: 'מועצת העיר אישרה ביום שלישי את התקציב לשנה הבאה לאחר ויכוח ארוך על תיקון הכבישים.',
  hi: 'नगर परिषद ने मंगलवार को सड़कों की मरम्मत पर लंबी बहस के बाद अगले साल का बजट मंजूर किया।',
  zh: '市议会星期二在就道路维修进行了长时间辩论之后，批准了明年的预算。',
  ja: '市議会は火曜日、道路の補修について長い議論をした後、来年度の予算を承認した。',
  it: 'Il consiglio comunale ha approvato martedì il bilancio del prossimo anno dopo un lungo dibattito sulle strade.',
  nl: 'De gemeenteraad heeft dinsdag na een lang debat over de wegen de begroting voor volgend jaar goedgekeurd.',
  pl: 'Rada miasta zatwierdziła we wtorek budżet na przyszły rok po długiej debacie o naprawie dróg.',
  uk: 'Міська рада у вівторок затвердила бюджет на наступний рік після довгої суперечки про ремонт доріг.',
  tr: 'Belediye meclisi salı günü yolların onarımı hakkında uzun bir tartışmanın ardından gelecek yılın bütçesini onayladı.',
  fa: 'شورای شهر روز سه‌شنبه پس از بحثی طولانی درباره تعمیر جاده‌ها بودجه سال آینده را تصویب کرد.',
  bn: 'নগর পরিষদ মঙ্গলবার রাস্তা মেরামত নিয়ে দীর্ঘ বিতর্কের পর আগামী বছরের বাজেট অনুমোদন করেছে।',
  cs: 'Městská rada v úterý po dlouhé debatě o opravách silnic schválila rozpočet na příští rok.',
  th: 'สภาเมืองอนุมัติงบประมาณปีหน้าเมื่อวันอังคารหลังจากการอภิปรายอันยาวนานเรื่องการซ่อมถนน',
  ko: '시의회는 화요일 도로 보수에 관한 긴 논쟁 끝에 내년 예산을 승인했다.',
};

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`recognises ${lang} and names it by its two-letter code`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }

  it('takes plain English news for English, not Scots', () => {
    expect(detectLanguage('The minister denied the claim, saying the figures had been taken out of context by critics.')).toBe('en');
  });

  // One paragraph of about 100 characters each, where franc alone named Afrikaans, Low Saxon,
  // Bulgarian or Macedonian.
  const PARAGRAPHS: Record<string, string[]> = {
    nl: [
      'De burgemeester zei dinsdag dat de nieuwe brug pas in het voorjaar klaar is, omdat de aannemer failliet ging.',
      'Volgens het ministerie zijn er vorig jaar minder mensen in de gevangenis beland dan de oppositie beweert.',
      'De gemeente wil de parkeertarieven in het centrum verhogen, maar winkeliers vrezen dat klanten wegblijven.',
    ],
    ru: [
      'Министр заявил, что цены на хлеб в этом году не вырастут, но эксперты считают это обещание невыполнимым.',
      'По словам губернатора, новая больница откроется весной, хотя строители говорят о задержке на полгода.',
      'В сети распространяется видео, якобы снятое на прошлой неделе, но на самом деле ему уже пять лет.',
    ],
    uk: [
      'Міністр заявив, що ціни на хліб цього року не зростуть, але експерти вважають цю обіцянку нездійсненною.',
      'За словами губернатора, нова лікарня відкриється навесні, хоча будівельники кажуть про затримку на півроку.',
      'У мережі поширюється відео, нібито зняте минулого тижня, але насправді йому вже п’ять років.',
    ],
    bg: [
      'Министърът заяви, че цените на хляба няма да се повишат тази година, но експертите смятат обещанието за неизпълнимо.',
      'Според губернатора новата болница ще отвори врати през пролетта, въпреки че строителите говорят за забавяне.',
    ],
  };

  for (const [lang, paragraphs] of Object.entries(PARAGRAPHS)) {
    it(`recognises a single short paragraph of ${lang}, not a neighbour`, () => {
      for (const paragraph of paragraphs) expect(detectLanguage(paragraph), paragraph).toBe(lang);
    });
  }

  it('keeps Russian news that quotes a Ukrainian name Russian', () => {
    expect(detectLanguage(`${PARAGRAPHS.ru!.join(' ')} Об этом сообщила газета «Вісті».`)).toBe('ru');
  });

  it('does not guess from a few letters', () => {
    expect(detectLanguage('Budget OK')).toBeUndefined();
    expect(detectLanguage('12 345 — 67.8%')).toBeUndefined();
  });
});

describe('chooseArticleLanguage', () => {
  it('takes the language the document declares, normalised', () => {
    expect(chooseArticleLanguage('es_MX', SAMPLES.es!)).toBe('es-MX');
  });

  it('believes a declaration of a close neighbour of the language the text looks like', () => {
    expect(
      chooseArticleLanguage('gl', 'O concello aprobou o martes o orzamento do próximo ano despois dun longo debate sobre as estradas.'),
    ).toBe('gl');
    expect(
      chooseArticleLanguage('hr', 'Gradsko vijeće u utorak je usvojilo proračun za sljedeću godinu nakon duge rasprave o cestama.'),
    ).toBe('hr');
  });

  it('overrules a declaration the text cannot be in, as a template’s lang="en" over Spanish', () => {
    expect(chooseArticleLanguage('en-US', SAMPLES.es!)).toBe('es');
    expect(chooseArticleLanguage('zh', SAMPLES.ja!)).toBe('ja');
  });

  it('keeps the declaration when the text is too short to judge', () => {
    expect(chooseArticleLanguage('pt-BR', 'Sim.')).toBe('pt-BR');
  });

  it('detects the language when the declaration is missing or not a language', () => {
    expect(chooseArticleLanguage(undefined, SAMPLES.de!)).toBe('de');
    expect(chooseArticleLanguage('und', SAMPLES.fr!)).toBe('fr');
  });
});
