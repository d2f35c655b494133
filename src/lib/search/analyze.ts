/**
 * Language-aware analysis shared by indexing and querying: folding (case, accents, Arabic-script
 * letter variants and digits, ё), stop words, light stemming, and (for queries only) synonym expansion.
 * The same functions run at build time, in the server and, later, in the browser.
 *
 * Pages in every language keep the administration's French words (OFPRA, regroupement familial…):
 * in languages not written in Latin script, a word in Latin script is analysed as French.
 */
import { LOCALES, type Locale } from '../i18n/locales';
import { stemAr, stemEn, stemFa, stemFr, stemPs, stemRu, stemTi, stemUk } from './stem';

export const SEARCH_LOCALES = LOCALES;
export type SearchLocale = Locale;

export function isSearchLocale(value: string | null | undefined): value is SearchLocale {
  return (SEARCH_LOCALES as readonly string[]).includes(value ?? '');
}

/** Arabic-script letters written in several ways, after marks (hamza, madda, harakat) are removed. */
const ARABIC_VARIANTS: Record<string, string> = {
  ٱ: 'ا', // alef wasla (أ إ آ lose their hamza or madda when marks are removed)
  ي: 'ی', // Arabic yeh, alef maqsura and Persian yeh are one letter for search
  ى: 'ی',
  ك: 'ک', // Arabic and Persian kaf
  ة: 'ه', // teh marbuta
  ە: 'ه', // heh as left by ۀ
  ګ: 'گ', // Pashto and Persian gaf
  ء: '', // a lone hamza is often left out
  ـ: '', // tatweel (kashida), a stretching stroke
};
const ARABIC_VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'gu');

/** Arabic-Indic (٠-٩) and extended Arabic-Indic (Persian, ۰-۹) digits -> ASCII. */
const asciiDigits = (s: string) =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
    String((d.codePointAt(0) ?? 0) - ((d.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)),
  );

/**
 * The comparable form of a text: lowercase; Latin and Arabic-script marks removed ("Réunification" ->
 * "reunification", "m²" -> "m2", "أُسْرَة" -> "اسره"); Arabic-script letter variants and digits unified;
 * Cyrillic letters kept as they are but ё -> е (й, ї stay: they are letters of their own). Ethiopic
 * has no case and no marks: it is left as written.
 */
export function fold(text: string): string {
  return asciiDigits(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[^\u0400-\u04ff]+/g, (s) => s.normalize('NFKD').replace(/\p{M}+/gu, ''))
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .replace(ARABIC_VARIANT, (c) => ARABIC_VARIANTS[c] ?? c),
  );
}

/**
 * Words: runs of letters, digits and combining marks (Arabic vowel signs belong to their word). Spaces,
 * punctuation of every script (Ethiopic ፡ ። ፣ ፤ included), the zero-width non-joiner of Persian and
 * Pashto and bidi isolates separate words; an apostrophe inside a Cyrillic word (Ukrainian "сім'я")
 * does not.
 */
export function tokenize(text: string): string[] {
  return (
    text
      .replace(/(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])/g, '')
      // a number typed against its unit is two words: "45m2" is "45 m2", "50metr" is "50 metr"
      .replace(/(\p{N})(?=\p{L})/gu, '$1 ')
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter((t) => t.length > 0)
  );
}

interface Language {
  stop: string;
  /**
   * Words naming a member of the family (wife, son, mother, family): nearly every question names one,
   * so beside other words they say who the question is about, not what it asks.
   */
  people: string;
  stem: (word: string) => string;
  /**
   * Groups of words a person may use for the same idea. A group starting with a number gives that
   * weight instead of SYNONYM_WEIGHT.
   */
  synonyms: (string | number)[][];
}

const LANGUAGES: Record<Locale, Language> = {
  fr: {
    people:
      'femme femmes epouse epouses epoux mari conjoint conjointe enfant enfants fils fille filles bebe pere mere parents frere freres soeur soeurs famille',
    stop:
      'a au aux avec c ca ce ces cet cette d dans de des du elle elles en est et etre il ils j je l la le les ' +
      'leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on ou par pas peut peux pour qu que quel ' +
      'quelle quelles quels qui quoi s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y ' +
      'comment est-ce faire fait faut dois doit puis-je svp stp bonjour merci slt cc plz quand combien ' +
      // the forms of être and avoir ("je suis réfugié", "j'ai une carte")
      'suis es sommes etes ai as avons avez ont ' +
      // "how does X work" asks about X
      'fonctionne fonctionnent fonctionner fonctionnement marche ' +
      // "can": every question asks whether someone can come
      'peuvent pouvez pouvons pourra pourrait pourrais pourront pouvoir possible',
    stem: stemFr,
    // "regroupement" and "réunification" name two different procedures: each also finds the other, but
    // with a much lower weight, so that the page of the word the person typed comes first.
    synonyms: [
      ['consulat', 'ambassade'],
      [0.1, 'regroupement', 'reunification'],
      ['rapprochement', 'regroupement'],
      ['rapprochement', 'reunification'],
      ['titre', 'carte', 'permis'],
      ['visa', 'vls'],
      ['refus', 'rejet', 'refuse', 'rejete', 'negatif'],
      ['recours', 'appel', 'contester', 'contestation'],
      ['parents', 'pere', 'mere', 'ascendants'],
      ['enfant', 'fils', 'fille', 'gosse', 'mineur'],
      ['frere', 'soeur', 'fratrie'],
      ['conjoint', 'epoux', 'epouse', 'mari', 'femme'],
      ['mariage', 'marie', 'epouser'],
      ['ressources', 'revenus', 'salaire', 'argent', 'smic', 'gagner'],
      ['logement', 'appartement', 'maison', 'surface', 'loger'],
      ['acte', 'certificat', 'etat civil'],
      ['naissance', 'ne'],
      ['prix', 'cout', 'frais', 'payer', 'taxe', 'combien'],
      ['delai', 'duree', 'temps', 'attente', 'longtemps', 'attendre'],
      ['aide', 'aider', 'association', 'gratuit', 'assistante'],
      ['disparu', 'perdu', 'retrouver', 'rechercher', 'nouvelles'],
      ['danger', 'securite', 'ambassade', 'menace', 'risque'],
      ['refugie', 'protection', 'apatride', 'subsidiaire'],
      ['europeen', 'ue', 'union'],
      [
        'europeen',
        'italien',
        'espagnol',
        'portugais',
        'allemand',
        'belge',
        'roumain',
        'polonais',
        'neerlandais',
        'suisse',
        'bulgare',
        'grec',
      ],
      ['francais', 'francaise', 'nationalite', 'naturalisation', 'naturalise'],
      ['papiers', 'titre', 'sejour', 'carte'],
      ['concubin', 'copine', 'copain', 'partenaire', 'pacs', 'couple', 'fiance', 'fiancee'],
      ['vivre', 'resider', 'residence', 'habiter', 'sejour'],
      ['polygamie', 'polygame', 'plusieurs', 'deuxieme', 'seconde', 'coepouse'],
      ['handicap', 'handicape', 'malade', 'maladie', 'invalide'],
      ['majeur', 'adulte', 'grand'],
      ['apres', 'tard', 'ensuite', 'plus tard'],
      ['voyage', 'voyager', 'avion', 'billet', 'partir'],
      ['silence', 'reponse', 'repond', 'attente', 'bloque'],
    ],
  },
  en: {
    people:
      'wife wives husband spouse child children son sons daughter daughters kid kids baby father mother mum mom dad parents brother sister family',
    stop:
      'a about am an and are as at be been but by can could did do does for from get got had has have he her ' +
      'his how i if in into is it its me my of on or our please she should so than that the their them then ' +
      'there they this to u us was we what when where which who why will with would you your hi hello thanks ' +
      'pls plz im',
    stem: stemEn,
    synonyms: [
      ['consulate', 'embassy'],
      ['reunification', 'regroupement', 'regroupment', 'reunion', 'reunite'],
      ['permit', 'card', 'title', 'residence permit'],
      ['visa', 'vls'],
      ['refused', 'rejected', 'denied', 'refusal', 'rejection', 'negative'],
      ['appeal', 'challenge', 'contest', 'complaint'],
      ['parents', 'mother', 'father', 'mum', 'mom', 'dad'],
      ['child', 'children', 'son', 'daughter', 'kid', 'kids', 'minor'],
      ['brother', 'sister', 'siblings'],
      ['spouse', 'wife', 'husband', 'partner'],
      ['married', 'marriage', 'marry'],
      ['resources', 'income', 'salary', 'wage', 'money', 'earn', 'smic'],
      ['housing', 'apartment', 'flat', 'house', 'accommodation', 'home', 'surface'],
      ['certificate', 'record', 'papers', 'documents'],
      ['cost', 'fee', 'price', 'pay', 'tax', 'expensive'],
      ['delay', 'long', 'time', 'wait', 'waiting', 'duration', 'months'],
      ['help', 'association', 'free', 'social worker', 'ngo', 'charity'],
      ['missing', 'lost', 'find', 'search', 'trace', 'disappeared'],
      ['danger', 'safety', 'safe', 'embassy', 'threat', 'risk'],
      ['refugee', 'protection', 'stateless', 'subsidiary'],
      ['european', 'eu', 'union'],
      [
        'european',
        'italian',
        'spanish',
        'portuguese',
        'german',
        'belgian',
        'romanian',
        'polish',
        'dutch',
        'swiss',
        'bulgarian',
        'greek',
      ],
      ['french', 'nationality', 'citizen', 'citizenship', 'naturalisation', 'naturalised'],
      ['papers', 'permit', 'card', 'undocumented'],
      ['partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'cohabiting', 'couple'],
      ['live', 'living', 'reside', 'residence', 'stay'],
      ['polygamy', 'polygamous', 'several', 'second', 'two wives', 'co-wife'],
      ['disabled', 'disability', 'handicapped', 'sick', 'illness', 'ill'],
      ['adult', 'grown', 'major', 'older'],
      ['later', 'after', 'afterwards'],
      ['travel', 'journey', 'flight', 'plane', 'ticket', 'fly'],
      ['silence', 'answer', 'reply', 'response', 'waiting', 'stuck'],
    ],
  },
  ar: {
    people:
      'زوجتي زوجي زوجة زوج مرتي مراتي جوزي اولادي ولادي أولادي اطفالي أطفالي ابني بنتي ابنتي امي أمي ابي أبي والدي والدتي اخي أخي اختي أختي عائلتي عيلتي اهلي أهلي الشفع',
    stop:
      'من في الى إلى على عن مع هل ما ماذا كيف كيفية متى أين اين لماذا كم أن ان إن أو او ثم هذا هذه ذلك تلك ' +
      'التي الذي الذين هو هي هم أنا انا نحن أنت انت أنتم لي لك له لها لنا لا لم لن قد كان كانت يكون تكون ' +
      'يمكن يمكنني يمكنها يمكنهم تقدر يقدر يقدرون تستطيع يستطيع يستطيعون أستطيع استطيع أريد اريد عندي ليس كل إذا اذا لو بعض فقط أي اي يجب علي ' +
      // spoken question words and "to do" ("شو نعمل", "كيفاش", "بدي")
      'شو وش ايش إيش شنو كيفاش واش بدي بدنا عايز عاوز ممكن افعل أفعل اعمل أعمل نعمل نفعل نسوي اسوي',
    stem: stemAr,
    synonyms: [
      ['قنصلية', 'سفارة'],
      ['رد', 'ردت', 'ردوا', 'يرد', 'ترد', 'جواب'],
      [0.1, 'لم الشمل', 'التجمع العائلي'],
      ['لم الشمل', 'réunification'],
      ['التجمع العائلي', 'regroupement'],
      ['تأشيرة', 'فيزا', 'visa'],
      ['رفض', 'مرفوض', 'رفضوا', 'refus'],
      ['طعن', 'استئناف', 'اعتراض', 'تظلم', 'recours'],
      ['زوج', 'زوجة', 'زوجتي', 'زوجي', 'امرأتي'],
      ['زواج', 'متزوج', 'تزوجت'],
      ['إحضار', 'احضر', 'أحضر', 'اجيب', 'أجيب', 'استقدام', 'جلب'],
      ['أطفال', 'أولاد', 'ابن', 'ابنة', 'طفل', 'بنت', 'ابني'],
      ['والدين', 'الأب', 'الأم', 'أبي', 'أمي', 'أهلي'],
      ['أخ', 'أخت', 'إخوة', 'أخوات', 'أخي', 'أختي'],
      ['سكن', 'شقة', 'بيت', 'منزل', 'مسكن'],
      ['دخل', 'راتب', 'مال', 'معاش', 'smic'],
      ['رسوم', 'تكلفة', 'سعر', 'ثمن', 'فلوس', 'أدفع'],
      ['مساعدة', 'جمعية', 'مجاني', 'مجانا'],
      ['مفقود', 'ضائع', 'البحث', 'اختفى'],
      ['مدة', 'وقت', 'انتظار', 'طويل'],
      ['جواز', 'باسبور', 'passeport'],
      ['شهادة', 'وثيقة', 'أوراق', 'مستندات'],
      ['إقامة', 'كرت', 'بطاقة', 'titre'],
      ['أوفبرا', 'ofpra'],
      ['أوفي', 'ofii'],
    ],
  },
  fa: {
    people:
      'خانم خانمم همسر همسرم شوهر شوهرم زنم اولاد اولادم بچه بچه‌هایم طفل اطفال پسر پسرم دختر دخترم مادر مادرم پدر پدرم برادر خواهر خانواده فامیل',
    stop:
      'از به در با که را این آن است هست و یا برای تا هم چه چی چطور چگونه آیا من ما شما او آنها می ها های یک ' +
      'کنم کنیم کند کنند شود میشود میتوانم میتواند میتوانیم میتوانند باید بود بودن دارم داریم اگر کجا کی چرا چند هر ' +
      // auxiliaries of the passive, 'to do' and 'to want' ("رد شد", "چه کار کنم", "میخواهم")
      'شد شده شدن شدند میشود کرد کرده کردن میخواهم میخواهیم میشه چیکار',
    stem: stemFa,
    synonyms: [
      ['قونسلگری', 'کنسولگری', 'سفارت'],
      [0.1, 'پیوستن خانواده', 'الحاق خانواده'],
      ['پیوستن خانواده', 'réunification'],
      ['الحاق خانواده', 'regroupement'],
      ['ویزا', 'روادید', 'visa'],
      ['رد', 'منفی', 'نپذیرفتند', 'refus'],
      ['اعتراض', 'شکایت', 'استیناف', 'recours'],
      ['همسر', 'خانم', 'شوهر', 'زن'],
      ['آوردن', 'بیاورم', 'بیارم', 'بیاوریم', 'بیاورد', 'آورد'],
      ['ازدواج', 'نکاح', 'عروسی'],
      ['اطفال', 'اولاد', 'بچه', 'پسر', 'دختر', 'طفل'],
      ['والدین', 'پدر', 'مادر', 'مادرم', 'پدرم'],
      ['برادر', 'خواهر'],
      ['خانه', 'اپارتمان', 'آپارتمان', 'مسکن', 'منزل'],
      ['عاید', 'درآمد', 'معاش', 'پول', 'smic'],
      ['فیس', 'هزینه', 'قیمت', 'پول', 'مصرف'],
      ['کمک', 'موسسه', 'رایگان', 'مجانی'],
      ['گمشده', 'مفقود', 'پیدا', 'جستجو'],
      ['مدت', 'وقت', 'انتظار', 'طول'],
      ['پاسپورت', 'گذرنامه', 'passeport'],
      ['تذکره', 'سند', 'اسناد', 'مدارک', 'کاغذ'],
      ['اقامت', 'کارت', 'titre'],
      ['اوفپرا', 'ofpra'],
    ],
  },
  ps: {
    people: 'ښځه ښځې مېرمن میرمن میړه ماشوم ماشومان بچي زوی لور مور پلار ورور خور کورنۍ',
    stop:
      'د په له سره ته کې کښې او یا چې دا دغه هغه زه موږ مونږ تاسو زما ستا زموږ څنګه څه ولې کله چیرته ایا آیا ' +
      'دی ده دي وي شي کړي کوم هم نه یو یوه باید کولای کولی شم ' +
      // auxiliaries of the passive, 'to do' and 'to want' ("رد شوه", "څه وکړم", "غواړم")
      'شو شوه شوې شول شوی وکړم وکړو کړم غواړم غواړو',
    stem: stemPs,
    synonyms: [
      ['قونسلګري', 'قونسلګرۍ', 'سفارت'],
      [0.1, 'کورنۍ یوځای کېدل', 'کورنۍ راټولول'],
      ['یوځای', 'réunification'],
      ['راټولول', 'regroupement'],
      ['ویزه', 'ویزا', 'visa'],
      ['رد', 'منفي', 'refus'],
      ['اعتراض', 'شکایت', 'استیناف', 'recours'],
      ['مېړه', 'ښځه', 'میرمن', 'خاوند'],
      ['راوستل', 'راولم', 'راوړم', 'راوستلو', 'راوړل'],
      ['واده', 'نکاح'],
      ['ماشوم', 'ماشومان', 'اولاد', 'زوی', 'لور', 'بچی'],
      ['مور', 'پلار', 'مور او پلار', 'والدین'],
      ['ورور', 'خور'],
      ['کور', 'اپارتمان', 'استوګنځی'],
      ['عاید', 'معاش', 'پیسې', 'تنخوا', 'smic'],
      ['فیس', 'لګښت', 'بیه', 'قیمت'],
      ['مرسته', 'موسسه', 'وړیا'],
      ['ورک', 'لادرکه', 'پیدا', 'لټون'],
      ['موده', 'وخت', 'انتظار'],
      ['پاسپورټ', 'پاسپورت', 'passeport'],
      ['تذکره', 'سند', 'اسناد', 'کاغذونه'],
      ['اقامت', 'کارت', 'titre'],
    ],
  },
  ti: {
    people: 'ሰበይተይ ሰበይቲ ሰብኣየይ ሰብኣይ ቆልዑ ቆልዓይ ወደይ ወዲ ጓለይ ጓል ኣደይ ኣደ ኣቦይ ኣቦ ሓወይ ሓፍተይ ስድራይ ስድራ ስድራቤት',
    stop:
      'ኣብ ናብ ካብ ምስ እንታይ ከመይ እዩ እያ እዮም እየ እዚ እዛ እቲ እታ ነቲ ነታ ግን ወይ ከኣ እውን ንምንታይ ' +
      'መዓስ ኣበይ ክንደይ ዶ ኸ ኣለዎ ኣሎ ኣለኒ ይኽእል ክኽእል ዝኾነ ኩሉ ' +
      // "can" in its persons
      'ትኽእል ይኽእሉ ይኽእላ ክኽእላ ክኽእሉ ትኽእሊ',
    stem: stemTi,
    synonyms: [
      ['ቆንስላ', 'ኤምባሲ'],
      ['ስድራ', 'ስድራቤት', 'ቤተሰብ'],
      ['ቪዛ', 'visa'],
      ['ተነጺጉ', 'ምንጻግ', 'ነጺጎም', 'refus'],
      ['ይግባይ', 'ቅሬታ', 'recours'],
      ['በዓልቲ ቤት', 'ሰበይቲ', 'ሰበይተይ', 'ሰብኣይ', 'ሰብኣየይ', 'በዓል ቤት'],
      ['ሓዳር', 'መርዓ'],
      ['ምምጻእ', 'ከምጽኦም', 'ከምጽእ', 'ምምጻኦም', 'ኣምጽእ'],
      ['ቆልዑ', 'ውሉድ', 'ወዲ', 'ወደይ', 'ጓል', 'ጓለይ', 'ህጻን'],
      ['ወለዲ', 'ኣቦ', 'ኣደ', 'ኣቦይ', 'ኣደይ'],
      ['ሓው', 'ሓፍቲ', 'ኣሕዋት'],
      ['ገዛ', 'ኣፓርትመንት'],
      ['ፍቓድ መንበሪ', 'ወረቐት መንበሪ', 'ካርድ', 'titre'],
      ['ፈረንሳዊ', 'ፈረንሳዊት', 'ዜግነት', 'ዜጋ'],
      ['እቶት', 'ደሞዝ', 'ገንዘብ', 'smic'],
      ['ክፍሊት', 'ዋጋ', 'ወጻኢ'],
      ['ሓገዝ', 'ማሕበር', 'ናጻ'],
      ['ዝጠፍአ', 'ዝተሰወረ', 'ምድላይ', 'ምርካብ', 'ጠፊኡ', 'ጠፊኣ', 'ጠፊኦም', 'ይድለ', 'ንምድላይ'],
      ['ጉዕዞ', 'ምጉዓዝ', 'ንምጉዓዝ', 'ክንጓዓዝ', 'ክጓዓዝ', 'ተጓዒዝ'],
      ['የድሊ', 'ዘድሊ', 'የድልየና', 'የድልየኒ'],
      ['ግዜ', 'እዋን', 'ምጽባይ', 'ነዊሕ'],
      ['ፓስፖርት', 'passeport'],
      ['ሰነድ', 'ሰነዳት', 'ወረቐት', 'ምስክር ወረቐት'],
    ],
  },
  uk: {
    people:
      'дружина дружину дружини чоловік чоловіка діти дітей дитина дитину син сина донька доньку дочка мати маму мама батько тато батьки брат сестра сімя родина родину',
    stop:
      'і й та в у на з із зі до від по за для про що як це цей ця ці те той мене мені мій моя мої моє ми ви ' +
      'вони він вона воно я ти його її їх чи не ні так але або якщо коли де чому хто можна можу може можуть зможе зможуть треба бути є ' +
      'був була було буде вже ще тільки лише також теж скільки який яка які чого',
    stem: stemUk,
    synonyms: [
      ['консульство', 'посольство'],
      [0.1, "возз'єднання", 'об’єднання'],
      ["возз'єднання", 'réunification'],
      ['об’єднання', 'regroupement'],
      ['віза', 'візу', 'visa'],
      ['відмова', 'відмовили', 'відхилили', 'refus'],
      ['оскарження', 'оскаржити', 'апеляція', 'скарга', 'recours'],
      ['чоловік', 'дружина', 'жінка', 'подружжя'],
      ['шлюб', 'одружений', 'одружилися'],
      ['діти', 'дитина', 'син', 'донька', 'дочка', 'неповнолітній'],
      ['батьки', 'мама', 'тато', 'мати', 'батько'],
      ['брат', 'сестра'],
      ['житло', 'квартира', 'будинок', 'площа'],
      ['дохід', 'доходи', 'зарплата', 'гроші', 'smic'],
      ['вартість', 'ціна', 'збір', 'платити', 'коштує'],
      ['допомога', 'асоціація', 'безкоштовно'],
      ['зниклий', 'загубився', 'розшук', 'знайти'],
      ['строк', 'термін', 'час', 'чекати', 'довго'],
      ['паспорт', 'passeport'],
      ['свідоцтво', 'документи', 'папери', 'довідка'],
      ['посвідка', 'картка', 'дозвіл', 'titre'],
      ['офпра', 'ofpra'],
    ],
  },
  ru: {
    people:
      'жена жену жены муж мужа дети детей ребенок ребёнка сын сына дочь дочка мать маму мама отец папа родители брат сестра семья семью',
    stop:
      'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от ' +
      'меня еще нет о об из ему когда даже ну ли если уже или ни быть был него до вас нибудь там потом себя ничего ' +
      'ей может могут могу можем сможет смогут они тут где есть надо ней для мы тебя их чем была сам без кто этот того потому этого какой здесь ' +
      'этом мой тем чтобы нее были куда зачем можно при эти нас про них какая моя свою этой мои сколько',
    stem: stemRu,
    synonyms: [
      ['консульство', 'посольство'],
      [0.1, 'воссоединение', 'объединение'],
      ['воссоединение', 'réunification'],
      ['объединение', 'воссоединения', 'regroupement'],
      ['виза', 'визу', 'visa'],
      ['отказ', 'отказали', 'отклонили', 'refus'],
      ['обжалование', 'обжаловать', 'апелляция', 'жалоба', 'recours'],
      ['муж', 'жена', 'супруг', 'супруга'],
      ['брак', 'замужем', 'женат', 'женился'],
      ['дети', 'ребенок', 'сын', 'дочь', 'несовершеннолетний'],
      ['родители', 'мама', 'папа', 'мать', 'отец'],
      ['брат', 'сестра'],
      ['жилье', 'квартира', 'дом', 'площадь'],
      ['доход', 'доходы', 'зарплата', 'деньги', 'smic'],
      ['стоимость', 'цена', 'сбор', 'платить', 'стоит'],
      ['помощь', 'ассоциация', 'бесплатно'],
      ['пропавший', 'потерялся', 'розыск', 'найти'],
      ['срок', 'время', 'ждать', 'долго', 'ожидание'],
      ['паспорт', 'passeport'],
      ['свидетельство', 'документы', 'бумаги', 'справка'],
      ['вид на жительство', 'карта', 'titre'],
      ['офпра', 'ofpra'],
    ],
  },
};

const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;

/** Languages whose pages are not written in Latin script: their Latin words are French. */
const latinAnalysis = (locale: Locale): Locale => (locale === 'en' ? 'en' : 'fr');

/** Languages not written in Latin letters, whose questions' Latin words are the administration's French. */
export const writtenInOtherScript = (locale: Locale): boolean =>
  latinAnalysis(locale) === 'fr' && locale !== 'fr';

const STOP = Object.fromEntries(
  LOCALES.map((l) => [l, new Set(LANGUAGES[l].stop.split(' ').map(fold))]),
) as Record<Locale, Set<string>>;

/** The weight of a word naming a family member, when the question has other words. */
export const PEOPLE_WEIGHT = 0.5;

const PEOPLE = Object.fromEntries(
  LOCALES.map((l) => [l, new Set(textTerms(l, LANGUAGES[l].people))]),
) as Record<Locale, Set<string>>;

export function stem(locale: SearchLocale, word: string): string {
  return LANGUAGES[locale].stem(word);
}

/** One token of a text -> its index term, or null for a stop word. */
export function indexTerm(locale: SearchLocale, token: string): string | null {
  const folded = fold(token);
  if (folded.length === 0) return null;
  const lang = LATIN_WORD.test(folded) ? latinAnalysis(locale) : locale;
  if (STOP[lang].has(folded)) return null;
  return stem(lang, folded);
}

/** The index terms of a text (a title, a phrase, a list of words), stop words left out. */
export function textTerms(locale: SearchLocale, text: string): string[] {
  return tokenize(text)
    .map((w) => indexTerm(locale, w))
    .filter((t): t is string => t !== null);
}

/**
 * Arabic, Dari and Pashto typed in Latin letters (Arabizi, "Finglish"): the words people use most for
 * family matters, in their frequent spellings, read as the word in the language's script. A Latin word
 * not in the list is taken as French (the administration's words). Keys are compared by `latinKey`, so
 * "3andi" and "andi", "chamel" and "shamel", "marfoud" and "marfud" meet.
 */
const TRANSLITERATED: Partial<Record<Locale, Record<string, string>>> = {
  ar: {
    'lam lamm': 'لم',
    'shamel chamel shaml chaml': 'الشمل',
    'lajie laji2 laje2 lajea laji': 'لاجئ',
    'tajamo3 tajamou3 tajammu3': 'التجمع',
    'a2ili 3a2ili aaili': 'العائلي',
    '3a2ila 3ayla 3ila aila': 'عائلة',
    'mrati mrat mra zawjati zawjti zoujti': 'زوجتي',
    'zawj zouj jouji zawji rajli': 'زوجي',
    'zawjatayn zawjatin': 'زوجتين',
    'nsa nisa2 nissa': 'زوجات',
    'wladi wlad awlad awladi oulad': 'أولاد',
    'bnti benti binti bent bnat': 'بنت',
    'weldi ibni ebni': 'ابني',
    'fiza viza': 'تأشيرة',
    'marfoud marfoudh marfouda rafd refd rafadou rafdou': 'رفض',
    'sifara safara sefara': 'سفارة',
    'qonsolia konsolia qunsuliya konsoliya': 'قنصلية',
    'radd rad raddetch raddou raddouch': 'رد',
    'jawaz jwaz basbor baspor': 'جواز',
    'msa3ada mosa3ada musa3ada': 'مساعدة',
    'majani mjjani majjanan': 'مجاني',
    'mafqud mafkoud mafqoud': 'مفقود',
    salib: 'الصليب',
    'njib njibhom jib ajib': 'أحضر',
    'fransa frança france': 'فرنسا',
    'iqama ikama 9araya': 'إقامة',
    'wra9 wraq awra9 awraq': 'أوراق',
  },
  fa: {
    'wiza weza viza wisa': 'ویزه',
    'rad radd': 'رد',
    'khanom khanomam khanumam khanum khanomem': 'خانم',
    'hamsar hamsaram': 'همسر',
    'shawhar showhar shohar': 'شوهر',
    'pasport paspurt passport': 'پاسپورت',
    'famil famili khanawada khanewada': 'خانواده',
    'faranse faransa fransa': 'فرانسه',
    'biyarom biyawarom beyarom biyaram': 'بیاورم',
    'sefarat safarat sifarat': 'سفارت',
    'jawab jawaab jowab': 'جواب',
    'kumak komak komaq': 'کمک',
    'rayegan raigan rayigan': 'رایگان',
    'tazkira tazkera tazkere': 'تذکره',
    'panahenda panahanda panahende': 'پناهنده',
    'atfal awlad aulad': 'اطفال',
    'pesar pisar': 'پسر',
    'dokhtar dukhtar': 'دختر',
    'iqamat eqamat': 'اقامت',
    kart: 'کارت',
  },
  ps: {
    'weeza wiza viza weza': 'ویزه',
    'rad radd': 'رد',
    'kornai kurnai koranai kornay': 'کورنۍ',
    'rawalam rawalum rawlam': 'راولم',
    'pasport paspurt passport': 'پاسپورټ',
    'nishta nishte': 'نشته',
    'mermen merman mermon': 'مېرمن',
    'shedza khaza': 'ښځه',
    'mashoman mashuman': 'ماشومان',
    'kadwal kadwaal': 'کډوال',
    'safarat sefarat': 'سفارت',
    'zwab dzawab jawab': 'ځواب',
    'mrasta mrasta': 'مرسته',
    'wriya wreya': 'وړیا',
  },
};

/** The comparable form of a word typed in Latin letters for Arabic, Dari or Pashto. */
export function latinKey(word: string): string {
  return fold(word)
    .replace(/3/g, 'a')
    .replace(/7/g, 'h')
    .replace(/5/g, 'kh')
    .replace(/9/g, 'q')
    .replace(/2/g, '')
    .replace(/ch/g, 'sh')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouy]+$/, '');
}

const transliterated = Object.fromEntries(
  Object.entries(TRANSLITERATED).map(([locale, words]) => [
    locale,
    new Map(
      Object.entries(words).flatMap(([spellings, native]) =>
        spellings.split(' ').map((w) => [latinKey(w), native] as const),
      ),
    ),
  ]),
) as Partial<Record<Locale, Map<string, string>>>;

/**
 * Reads a word typed in Latin letters as a word of the guide's own script, or says it cannot (the
 * engine knows the guide's words: `romanized.ts`).
 */
export type Romanizer = (token: string) => string | undefined;

/**
 * A query word's terms: its own, or those of the word it transliterates (from the list of frequent
 * words first, then by its skeleton).
 */
function wordTerms(locale: SearchLocale, token: string, romanize?: Romanizer): (string | null)[] {
  if (LATIN_WORD.test(fold(token))) {
    const native = transliterated[locale]?.get(latinKey(token)) ?? romanize?.(token);
    if (native !== undefined) return tokenize(native).map((w) => indexTerm(locale, w));
  }
  return [indexTerm(locale, token)];
}

/** Weight of a synonym against the person's own word. */
export const SYNONYM_WEIGHT = 0.3;

/** A group of words for one idea: each entry a word or a phrase (its terms), and the group's weight. */
interface SynonymGroup {
  weight: number;
  entries: string[][];
}

/** Per language, each term -> the groups with an entry holding it. */
const synonymGroups = Object.fromEntries(LOCALES.map((l) => [l, new Map()])) as Record<
  Locale,
  Map<string, SynonymGroup[]>
>;
for (const locale of SEARCH_LOCALES) {
  for (const words of LANGUAGES[locale].synonyms) {
    const group: SynonymGroup = {
      weight: typeof words[0] === 'number' ? words[0] : SYNONYM_WEIGHT,
      entries: words
        .filter((w): w is string => typeof w === 'string')
        .map((phrase) => textTerms(locale, phrase))
        .filter((entry) => entry.length > 0),
    };
    for (const t of new Set(group.entries.flat())) {
      const known = synonymGroups[locale].get(t) ?? [];
      known.push(group);
      synonymGroups[locale].set(t, known);
    }
  }
}

export interface QueryTerms {
  terms: string[];
  /** Synonyms not already in the question, with their weights. */
  expansions: Map<string, number>;
  /** Own words weighing less than 1 (family members beside other words). */
  weights: Map<string, number>;
  /** Each synonym -> the question's words it stands for. */
  stands: Map<string, Set<string>>;
}

/**
 * Query analysis: each word's term, then the synonyms (and their weights) not already in the query.
 * A group's entry speaks for the question when the question holds all its words: "two wives" stands
 * for polygamy, "wife" alone does not.
 */
export function queryTerms(locale: SearchLocale, query: string, romanize?: Romanizer): QueryTerms {
  const terms = [
    ...new Set(
      tokenize(query)
        .flatMap((w) => wordTerms(locale, w, romanize))
        .filter((t): t is string => t !== null),
    ),
  ];
  const own = new Set(terms);
  // family members weigh less beside what the question asks about
  const weights = new Map<string, number>();
  if (terms.some((t) => !PEOPLE[locale].has(t)))
    for (const t of terms) if (PEOPLE[locale].has(t)) weights.set(t, PEOPLE_WEIGHT);
  const expansions = new Map<string, number>();
  const stands = new Map<string, Set<string>>();
  const groups = new Set(terms.flatMap((t) => synonymGroups[locale].get(t) ?? []));
  for (const group of groups) {
    const said = group.entries.filter((entry) => entry.every((t) => own.has(t)));
    if (said.length === 0) continue;
    const from = said.flat();
    // a synonym weighs its share of the words it stands for
    const weight = group.weight * Math.max(...from.map((t) => weights.get(t) ?? 1));
    for (const s of group.entries.flat()) {
      if (own.has(s)) continue;
      expansions.set(s, Math.max(expansions.get(s) ?? 0, weight));
      const known = stands.get(s) ?? new Set<string>();
      for (const t of from) known.add(t);
      stands.set(s, known);
    }
  }
  return { terms, expansions, weights, stands };
}
