import type { SimilarCase } from './similar-pairs';

/**
 * Labelled cases in languages other than English, measured per language group beside the English
 * set (`evaluate-similar.ts`). Each pair stays within one language — a rewording, the number in
 * digits, a percent word or a percent sign, the sentence reordered — and each case has near-misses:
 * the opposite direction, another number, the same topic another claim. Translations are left out:
 * matching across languages is not claimed. Written before the folding was tuned on them.
 */
export const SIMILAR_MULTILINGUAL_CASES: readonly SimilarCase[] = [
  {
    language: 'ar',
    earlier: 'ارتفعت البطالة في مصر إلى 15% العام الماضي.',
    same: [
      'البطالة في مصر ارتفعت إلى 15 في المئة في العام الماضي.',
      'العام الماضي ارتفعت البطالة في مصر لتبلغ 15 في المائة.',
      'ارتفعت نسبة البطالة في مصر إلى ١٥٪ خلال العام الماضي.',
    ],
    different: [
      'انخفضت البطالة في مصر إلى 15% العام الماضي.',
      'ارتفعت البطالة في مصر إلى 9 في المئة العام الماضي.',
      'أضافت مصر 15 ألف وظيفة في المصانع العام الماضي.',
    ],
  },
  {
    language: 'ru',
    earlier: 'Безработица в России выросла до 15% в прошлом году.',
    same: [
      'В прошлом году безработица в России выросла до 15 процентов.',
      'Безработица в России в прошлом году выросла до 15 %, заявил министр.',
      'Уровень безработицы в России вырос до 15 процентов в прошлом году.',
    ],
    different: [
      'Безработица в России снизилась до 15% в прошлом году.',
      'Безработица в России выросла до 9 процентов в прошлом году.',
      'В России в прошлом году открыли 15 тысяч новых рабочих мест.',
    ],
  },
  {
    language: 'es',
    earlier: 'El desempleo en España subió al 15 por ciento el año pasado.',
    claimant: 'Pedro Sánchez',
    same: [
      'El año pasado el desempleo en España subió hasta el 15%.',
      'En España el desempleo subió al 15 % el año pasado, según Sánchez.|Pedro Sánchez',
      'Sánchez dice que el desempleo en España subió al 15 por ciento el año pasado.',
    ],
    different: [
      'El desempleo en España bajó al 15 por ciento el año pasado.',
      'El desempleo en España subió al 9 por ciento el año pasado.',
      'España creó miles de empleos industriales el año pasado.',
    ],
  },
  {
    language: 'fr',
    earlier: "Le chômage en France a augmenté de 15 pour cent l'an dernier.",
    same: [
      "L'an dernier, le chômage en France a augmenté de 15 %.",
      "Le chômage a augmenté de 15 pour cent en France l'an dernier.",
      "En France, le chômage a augmenté de 15% l'an dernier, selon le ministre.",
    ],
    different: [
      "Le chômage en France a baissé de 15 pour cent l'an dernier.",
      "Le chômage en France a augmenté de 9 pour cent l'an dernier.",
      "La France a créé des milliers d'emplois industriels l'an dernier.",
    ],
  },
  {
    language: 'de',
    earlier: 'Die Arbeitslosigkeit in Deutschland ist im letzten Jahr auf 15 Prozent gestiegen.',
    same: [
      'Im letzten Jahr ist die Arbeitslosigkeit in Deutschland auf 15 % gestiegen.',
      'In Deutschland ist die Arbeitslosigkeit im letzten Jahr auf 15% gestiegen, sagte die Ministerin.',
      'Die Arbeitslosigkeit stieg in Deutschland im letzten Jahr auf 15 Prozent.',
    ],
    different: [
      'Die Arbeitslosigkeit in Deutschland ist im letzten Jahr auf 15 Prozent gesunken.',
      'Die Arbeitslosigkeit in Deutschland ist im letzten Jahr auf 9 Prozent gestiegen.',
      'Deutschland hat im letzten Jahr Tausende Industriearbeitsplätze geschaffen.',
    ],
  },
  {
    language: 'pt',
    earlier: 'O desemprego no Brasil subiu para 15 por cento no ano passado.',
    same: [
      'No ano passado o desemprego no Brasil subiu para 15%.',
      'O desemprego subiu para 15 por cento no Brasil no ano passado.',
      'O desemprego no Brasil subiu para 15 % no ano passado, disse o ministro.',
    ],
    different: [
      'O desemprego no Brasil caiu para 15 por cento no ano passado.',
      'O desemprego no Brasil subiu para 9 por cento no ano passado.',
      'O Brasil criou milhares de empregos industriais no ano passado.',
    ],
  },
  {
    language: 'hi',
    earlier: 'दिल्ली में बेरोज़गारी पिछले साल 15 प्रतिशत तक बढ़ गई।',
    same: [
      'पिछले साल दिल्ली में बेरोज़गारी बढ़कर 15% हो गई।',
      'दिल्ली में पिछले साल बेरोज़गारी 15 फ़ीसदी तक बढ़ी।',
      'पिछले साल बेरोज़गारी दिल्ली में 15 प्रतिशत तक बढ़ गई, मंत्री ने कहा।',
    ],
    different: [
      'दिल्ली में बेरोज़गारी पिछले साल 15 प्रतिशत तक घट गई।',
      'दिल्ली में बेरोज़गारी पिछले साल 9 प्रतिशत तक बढ़ गई।',
      'दिल्ली में पिछले साल हज़ारों नई नौकरियाँ आईं।',
    ],
  },
  {
    language: 'hi',
    earlier: 'मुंबई में पेट्रोल की कीमत एक साल में दोगुनी हो गई है।',
    same: [
      'एक साल में मुंबई में पेट्रोल की कीमत दोगुनी हो गई।',
      'मुंबई में पेट्रोल की कीमत पिछले एक साल में दोगुनी हुई है।',
      'पेट्रोल की कीमत मुंबई में एक साल के अंदर दोगुनी हो गई है।',
    ],
    different: [
      'मुंबई में पेट्रोल की कीमत एक साल में आधी हो गई है।',
      'मुंबई में डीज़ल की बिक्री एक साल में घट गई है।',
      'मुंबई में पेट्रोल पंपों की संख्या एक साल में बढ़ी है।',
    ],
  },
  {
    language: 'zh',
    earlier: '去年北京的失业率上升到百分之十五。',
    same: ['北京去年的失业率上升到15%。', '去年北京失业率上升至百分之十五。', '北京的失业率去年上升到了15%，官员说。'],
    different: ['去年北京的失业率下降到百分之十五。', '去年北京的失业率上升到百分之二十。', '去年北京新增了一万五千个工作岗位。'],
  },
  {
    language: 'zh',
    earlier: '上海的房价在过去五年里翻了一倍。',
    same: ['过去五年里上海的房价翻了一倍。', '上海房价过去五年翻了一倍。', '在过去的五年中，上海的房价翻了一倍。'],
    different: ['上海的房价在过去五年里下降了一半。', '上海的房租在过去五年里翻了一倍。', '上海在过去五年里新建了五十座学校。'],
  },
  {
    language: 'ja',
    earlier: '東京の失業率は昨年15パーセントに上昇した。',
    same: [
      '昨年、東京の失業率は15%に上昇した。',
      '東京の失業率が昨年十五パーセントまで上昇した。',
      '東京では昨年、失業率が15％に上昇したと大臣が述べた。',
    ],
    different: [
      '東京の失業率は昨年15パーセントに低下した。',
      '東京の失業率は昨年9パーセントに上昇した。',
      '東京では昨年、新しい雇用が数千件生まれた。',
    ],
  },
  {
    language: 'th',
    earlier: 'อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15 เปอร์เซ็นต์ เมื่อปีที่แล้ว',
    same: [
      'เมื่อปีที่แล้ว อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15%',
      'อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็นร้อยละ 15 เมื่อปีที่แล้ว',
      'ปีที่แล้วอัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15 เปอร์เซ็นต์',
    ],
    different: [
      'อัตราการว่างงานในกรุงเทพลดลงเป็น 15 เปอร์เซ็นต์ เมื่อปีที่แล้ว',
      'อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 9 เปอร์เซ็นต์ เมื่อปีที่แล้ว',
      'กรุงเทพมีตำแหน่งงานใหม่หลายพันตำแหน่งเมื่อปีที่แล้ว',
    ],
  },
];
