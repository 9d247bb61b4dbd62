import type { SegmentationCase } from './segmentation-cases';

/** A case whose text is its sentences joined by `separator` (a space; nothing in Chinese and Japanese). */
function joined(name: string, sentences: readonly string[], separator = ' '): SegmentationCase {
  return { name, text: sentences.join(separator), sentences };
}

/**
 * News-like sentences in other languages and scripts, written for this project, with the
 * sentences each block must split into; keyed by BCP 47 language tag. The segmenter applies one
 * set of rules to every language (offsets must not depend on the tag an article carries), so
 * every case here is also checked against every other language's rules by being in one suite.
 */
export const SEGMENTATION_CASES_BY_LANGUAGE: Readonly<Record<string, readonly SegmentationCase[]>> = {
  es: [
    joined('inverted question and exclamation marks', ['¿Quién pagará las obras?', '¡Nadie lo sabe!', 'El pleno votará el martes.']),
    joined('question opening after a statement', ['El alcalde habló durante una hora.', '¿Convenció a alguien?', 'Según la encuesta, no.']),
    joined('Sr. and Sra. before surnames', ['La Sra. Gómez y el Sr. Ruiz firmaron el acuerdo.', 'La oposición lo rechazó.']),
    joined('Dra. and Lic. before names', ['La Dra. Martínez atendió al Lic. Herrera en el hospital.', 'Ambos salieron por la tarde.']),
    joined('EE. UU. inside a sentence', ['Las exportaciones a EE. UU. cayeron un 4,5 % en marzo.', 'El Gobierno culpa a los aranceles.']),
    joined('p. ej. before a name', ['Algunas ciudades, p. ej. Sevilla y Bilbao, bajaron el impuesto.', 'Otras lo mantuvieron.']),
    joined('decimal comma and thousands', ['El déficit llegó al 3,2 % del PIB.', 'La deuda supera los 1.500 millones de euros.']),
    joined('dialogue dash after a question', ['—¿Vendrá usted? —preguntó el juez.', 'El testigo no respondió.']),
    joined('guillemets in Spanish quotation', ['«No habrá recortes», dijo la ministra.', 'Los sindicatos desconfían.']),
    joined('núm. before a number', ['La ley núm. 12 entra en vigor hoy.', 'Afecta a los autónomos.']),
  ],
  pt: [
    joined('plain statements', ['A câmara aprovou o orçamento na terça-feira.', 'O prefeito disse que as obras começam em março.']),
    joined('Sr. and Dra. before names', ['O Sr. Almeida e a Dra. Sousa assinaram o contrato.', 'O documento foi publicado ontem.']),
    joined('question and exclamation', ['Quem vai pagar a conta?', 'Ninguém sabe!', 'A votação fica para sexta.']),
    joined('decimal comma', ['A inflação subiu para 4,7 % em maio.', 'Os economistas ficaram surpresos.']),
    joined('quotation in curly quotes', ['“Não haverá cortes”, disse o ministro.', 'Os sindicatos duvidam.']),
    joined('Exmo. Sr. in a formal title', ['O Exmo. Sr. Presidente recebeu a comitiva.', 'A reunião durou duas horas.']),
  ],
  fr: [
    joined('spaced question and exclamation marks', ['Qui paiera les travaux ?', 'Personne ne le sait !', 'Le conseil votera mardi.']),
    { name: 'narrow no-break spaces before the marks', text: 'Vraiment\u202f? Oui\u202f! Le vote est reporté.', sentences: ['Vraiment\u202f?', 'Oui\u202f!', 'Le vote est reporté.'] },
    joined('spaced guillemets around a whole sentence', ['« Nous ne céderons pas. »', 'Le ministre a quitté la salle.']),
    joined('guillemets before the attribution', ['« Est-ce légal ? » demande-t-elle.', 'Personne ne répond.']),
    joined('M. and Mme before names', ['M. Dupont et Mme Leroy ont signé le texte.', 'Il sera publié demain.']),
    joined('M. opening the second sentence', ['La séance a été levée.', 'M. Martin est parti le premier.']),
    joined('decimal comma and percent', ['Le chômage a reculé à 7,3 % au printemps.', 'Les syndicats restent prudents.']),
    joined('p. ex. before a name', ['Certaines villes, p. ex. Lyon et Lille, ont protesté.', 'Paris s’est tue.']),
    joined('apostrophes inside words', ['L’enquête s’est terminée hier.', 'Aujourd’hui, le procureur s’exprime.']),
    joined('colon before a quotation', ['Il a déclaré : « C’est fini. »', 'Puis il est parti.']),
  ],
  de: [
    joined('ordinal date', ['Die Wahl findet am 3. Oktober statt.', 'Die Parteien werben bereits.']),
    joined('ordinal century', ['Die Kirche stammt aus dem 12. Jahrhundert.', 'Sie wurde 1990 renoviert.']),
    joined('ordinal before Mal', ['Er gewann zum 2. Mal die Wahl.', 'Seine Gegner gratulierten.']),
    joined('number ending a sentence', ['Die Zahl der Toten stieg auf 14.', 'Rettungskräfte suchen weiter.']),
    joined('z. B. before a noun', ['Manche Länder, z. B. Bayern und Hessen, klagen dagegen.', 'Andere warten ab.']),
    joined('d. h. inside a sentence', ['Der Etat sinkt, d. h. Schulen erhalten weniger Geld.', 'Eltern protestieren.']),
    joined('Dr. and Prof. before names', ['Dr. Anna Weber und Prof. Klaus Brandt leiten die Studie.', 'Die Ergebnisse kommen im Mai.']),
    joined('Nr. and Abs. before numbers', ['Nach § 5 Abs. 2 ist das verboten.', 'Das Gesetz Nr. 7 gilt seit Januar.']),
    joined('German quotation marks', ['„Wir werden gewinnen.“', 'Der Kandidat lächelte.']),
    joined('reversed guillemets', ['»Das ist ein Skandal.«', 'Die Opposition verlangt Aufklärung.']),
    joined('question and exclamation', ['Wer zahlt die Rechnung?', 'Niemand weiß es!', 'Der Rat tagt am Dienstag.']),
    joined('bzw. and usw. inside sentences', ['Die Mieten bzw. Nebenkosten steigen, Strom, Gas usw. auch.', 'Mieter sind besorgt.']),
    joined('decimal comma', ['Die Inflation lag bei 2,4 Prozent.', 'Ökonomen hatten mehr erwartet.']),
  ],
  it: [
    joined('Sig. and Dott. before names', ['Il Sig. Rossi e la Dott. Bianchi hanno firmato.', 'La firma è valida.']),
    joined('question and statement', ['Chi pagherà i lavori?', 'Il consiglio voterà martedì.']),
    joined('guillemets in Italian', ['«Non ci saranno tagli», ha detto il ministro.', 'I sindacati dubitano.']),
  ],
  nl: [
    joined('dhr. and mevr. before names', ['Dhr. Jansen en mevr. De Vries tekenden het akkoord.', 'Het wordt morgen gepubliceerd.']),
    joined('bijv. before a name', ['Sommige steden, bijv. Utrecht, protesteerden.', 'Amsterdam zweeg.']),
  ],
  pl: [
    joined('prof. and ul. before names', ['Spotkanie z prof. Nowakiem odbyło się przy ul. Długiej.', 'Przyszło stu gości.']),
    joined('tzw. before a noun', ['Rząd przyjął tzw. Tarczę Antykryzysową.', 'Opozycja głosowała przeciw.']),
  ],
  cs: [
    joined('ordinal date with a lower-case month', ['Volby se konají 3. října.', 'Strany už vedou kampaň.']),
    joined('question and statement', ['Kdo zaplatí opravy?', 'Rada bude hlasovat v úterý.']),
    joined('Czech quotation marks', ['„Škrty nebudou,“ řekl ministr.', 'Odbory tomu nevěří.']),
    joined('decimal comma', ['Inflace dosáhla 3,1 procenta.', 'Ekonomové čekali víc.']),
  ],
  ru: [
    joined('plain statements', ['Городской совет утвердил бюджет.', 'Оппозиция проголосовала против.']),
    joined('проф. before a surname', ['Доклад прочитал проф. Иванов из Москвы.', 'Зал был полон.']),
    joined('т. е. inside a sentence', ['Налог вырастет вдвое, т. е. до 20 процентов.', 'Бизнес недоволен.']),
    joined('ул. and им. before names', ['Митинг прошёл на ул. Ленина у библиотеки им. Пушкина.', 'Полиция не вмешивалась.']),
    joined('г. after a year before a new sentence', ['Закон принят в 2020 г.', 'Он вступил в силу позже.']),
    joined('guillemets in Russian', ['«Сокращений не будет», — заявил министр.', 'Профсоюзы сомневаются.']),
    joined('question and exclamation', ['Кто заплатит за ремонт?', 'Никто не знает!', 'Совет соберётся во вторник.']),
  ],
  uk: [
    joined('вул. before a name', ['Акція пройшла на вул. Хрещатик.', 'Поліція не втручалася.']),
    joined('question and statement', ['Хто заплатить за ремонт?', 'Рада збереться у вівторок.']),
  ],
  ar: [
    joined('Arabic question mark', ['من سيدفع ثمن الإصلاحات؟', 'لا أحد يعرف.', 'سيصوت المجلس يوم الثلاثاء.']),
    joined('full stops between sentences', ['وافق مجلس المدينة على الميزانية.', 'وصوتت المعارضة ضدها.']),
    joined('Arabic comma inside a sentence', ['قال الوزير، في مؤتمر صحفي، إن الأسعار ستنخفض.', 'ولم يقدم تفاصيل.']),
    joined('د. before a name', ['أكد د. أحمد سالم أن اللقاح آمن.', 'ونشرت النتائج أمس.']),
    joined('exclamation', ['يا له من قرار!', 'غضب السكان.']),
    joined('Latin digits and a percentage', ['ارتفع التضخم إلى 4.5% في مايو.', 'وتوقع الخبراء أقل من ذلك.']),
    joined('guillemets in Arabic', ['«لن تكون هناك تخفيضات»، قال الوزير.', 'ويشكك النقابيون في ذلك.']),
  ],
  fa: [
    joined('Persian question mark and full stop', ['چه کسی هزینه را می‌پردازد؟', 'شورا سه‌شنبه رأی می‌دهد.']),
  ],
  ur: [
    joined('Urdu full stop', ['شہر کی کونسل نے بجٹ منظور کر لیا۔', 'اپوزیشن نے مخالفت کی۔']),
  ],
  he: [
    joined('full stops between sentences', ['מועצת העיר אישרה את התקציב.', 'האופוזיציה הצביעה נגד.']),
    joined('question and exclamation', ['מי ישלם על התיקונים?', 'אף אחד לא יודע!', 'המועצה תצביע ביום שלישי.']),
    joined('gershayim in an abbreviation', ['ד"ר כהן הציג את המחקר בכנס.', 'התוצאות יפורסמו בקרוב.']),
    joined('numbers in Hebrew text', ['האינפלציה עלתה ל-3.5% במאי.', 'הכלכלנים הופתעו.']),
  ],
  hi: [
    joined('danda between sentences', ['नगर परिषद ने बजट को मंजूरी दी।', 'विपक्ष ने इसका विरोध किया।']),
    joined('question mark and danda', ['मरम्मत का खर्च कौन उठाएगा?', 'किसी को नहीं पता।', 'परिषद मंगलवार को मतदान करेगी।']),
    joined('double danda', ['यह पुरानी कविता है॥', 'इसे फिर से छापा गया।']),
    joined('Devanagari digits', ['महंगाई ४.५ प्रतिशत तक पहुँच गई।', 'अर्थशास्त्री हैरान थे।']),
    joined('full stop used instead of a danda', ['मंत्री ने कहा कि कीमतें घटेंगी.', 'उन्होंने कोई विवरण नहीं दिया.']),
  ],
  bn: [
    joined('danda in Bengali', ['নগর পরিষদ বাজেট অনুমোদন করেছে।', 'বিরোধীরা এর বিরোধিতা করেছে।']),
  ],
  zh: [
    joined('ideographic full stops with no spaces', ['市议会星期二批准了预算。', '反对派投了反对票。', '新预算明年生效。'], ''),
    joined('full-width question and exclamation marks', ['谁来支付维修费用？', '没有人知道！', '议会将在星期二投票。'], ''),
    joined('quotation closed after the stop', ['“我们不会削减开支。”', '部长随后离开了会场。'], ''),
    joined('quotation followed by its attribution', ['“我们会赢。”他说。', '支持者欢呼起来。'], ''),
    joined('corner brackets in traditional Chinese', ['「我們不會讓步。」', '部長隨後離開了會場。'], ''),
    joined('ASCII question mark against Chinese text', ['这是真的吗?', '记者再次追问。'], ''),
    joined('decimal point and percent', ['通货膨胀率上升至3.5%。', '经济学家感到意外。'], ''),
    joined('commas and enumeration commas inside a sentence', ['北京、上海和广州，都出现了降雨。', '气象台发布了预警。'], ''),
    joined('a space after the stop', ['市议会批准了预算。', '反对派投了反对票。']),
    joined('Latin words in Chinese text', ['苹果公司的iPhone销量下降了。', 'CEO表示会继续投资。'], ''),
  ],
  ja: [
    joined('ideographic full stops with no spaces', ['市議会は火曜日に予算を承認した。', '野党は反対票を投じた。'], ''),
    joined('full-width question and exclamation marks', ['誰が修理費を払うのか？', '誰も知らない！', '議会は火曜日に採決する。'], ''),
    joined('corner brackets around a whole sentence', ['「削減は行わない。」', '大臣はそう述べて退席した。'], ''),
    joined('quotation followed by と', ['大臣は「削減は行わない。」と述べた。', '組合は疑っている。'], ''),
    joined('question followed by と思った', ['本当にそうなのか？と多くの人が思った。', '調査が始まった。'], ''),
    joined('white corner brackets for a quote inside a quote', ['「彼は『必ず勝つ。』と言った。」', '支持者は歓声を上げた。'], ''),
    joined('katakana words and digits', ['インフレ率は3.5%に上昇した。', 'エコノミストは驚いた。'], ''),
    joined('halfwidth ideographic full stop', ['予算が承認された｡', '野党は反対した｡'], ''),
  ],
  ko: [
    joined('Korean with spaces and full stops', ['시의회는 예산을 승인했다.', '야당은 반대표를 던졌다.']),
    joined('Korean question', ['누가 수리비를 낼까?', '아무도 모른다.']),
  ],
  tr: [
    joined('Dr. and Prof. before names in Turkish', ['Prof. Dr. Ayşe Yılmaz raporu sundu.', 'Sonuçlar mayısta açıklanacak.']),
    joined('Turkish dotted capital I', ['Toplantı sona erdi.', 'İstanbul heyeti ilk ayrılan oldu.']),
  ],
  hy: [
    joined('Armenian full stop', ['Քաղաքային խորհուրդը հաստատեց բյուջեն։', 'Ընդդիմությունը դեմ քվեարկեց։']),
  ],
  am: [
    joined('Ethiopic full stop', ['የከተማው ምክር ቤት በጀቱን አጸደቀ።', 'ተቃዋሚዎች ተቃወሙ።']),
  ],
};
