/** Words that end organisation names (`Xinhua News Agency`, `Genron NPO`). */
export const orgSuffixes = new Set(
  'Agency Association Ministry University College Institute Council Committee Commission Party Bank Corp Corp. Corporation Inc Inc. Ltd Ltd. Co Co. Company Group Foundation Organization Organisation Union Federation Authority Department Office Bureau Court Army Navy Forces Police Front Movement Network Times Post Daily Magazine Press News Tribune Journal Herald Airlines Airways Club League Society Fund Trust Service Services Industries Holdings Alliance Assembly Parliament Senate Congress Cabinet Church NPO NGO Brigade Brigades Centre Center Academy School Hospital Council Board Exchange Reserve Command'.split(' ')
)

/**
 * Lowercase nouns that name a kind of organisation and stand right before its name (`operator
 * Västtrafik said`, `carmaker Volvo`). Nouns that also name a person's trade (`publisher`,
 * `producer`, `broadcaster`) are left out.
 */
export const organisationNouns = new Set(
  'operator company firm carrier airline bank lender insurer retailer carmaker automaker manufacturer conglomerate utility telecom regulator watchdog agency charity startup start-up chain supermarket refiner newspaper magazine'.split(' ')
)

/** Titles that precede a person's name (`President`, `Mr.`). */
export const personTitles = new Set(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Premier Chancellor Minister Secretary Senator Sen. Governor Gov. Mayor General Gen. Colonel Col. Lieutenant Lt. Captain Capt. Sergeant Sgt. Admiral Adm. Ambassador Judge Justice Bishop Archbishop Cardinal Pope Father Rev. Reverend Prince Princess King Queen Sheikh Professor Prof. Chairman Chairwoman Spokesman Spokeswoman Commander Envoy Representative Rep. Speaker Director Chief Commissioner Secretary-General Foreign Finance Defense Defence Interior Justice leader spokesman spokeswoman president minister secretary chairman director envoy ambassador commander official undersecretary-general secretary-general'.split(' ')
)

/** Lowercase words that stand between the words of a name (`Bank of England`, `bin Laden`). */
export const nameConnectors = new Set(
  'of for and the de da di du van von der den la le del dos das al el bin ibn y &'.split(' ')
)

/** Lowercase designators that follow a place name and stay outside its span (`Anhui province`). */
export const placeDesignators = ['autonomous region', 'special administrative region', 'province', 'prefecture', 'county', 'municipality']

/** Lowercase designators that follow a media organisation's name (`the Globe magazine`). */
export const mediaDesignators = ['news agency', 'magazine', 'newspaper', 'daily', 'weekly', 'news website', 'website', 'broadcaster', 'television', 'radio']

/** Compass words that open a place name (`East China`). */
export const compassWords = new Set(
  'East West North South Northeast Northwest Southeast Southwest Central Eastern Western Northern Southern Upper Lower Greater'.split(' ')
)

/** Ethnic names inside Chinese autonomous-region names (`Ningxia Hui`): the short form drops them. */
export const ethnicQualifiers = new Set('Hui Uygur Uyghur Uighur Zhuang Tibetan Mongol Korean Yi Miao Tujia Dong'.split(' '))

/** Common surnames written first in Chinese, Korean and Vietnamese names (`Li Xiaolin` -> `Li`). */
export const surnameFirst = new Set(
  'Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Lan Qian Xi Bo Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le Pham Hoang'.split(' ')
)

/** Days and months: capitalised, never names on their own. */
export const dateWords = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays January February March April June July August September October November December'.split(' ')
)

/** Last words of place names (`Etihad Stadium`, `High Atlas Mountains`). */
/** Kinds of natural feature that follow a name in lower case (`the Scheldt estuary`): the name is a place. */
export const featureNouns = new Set('river estuary delta valley basin gorge strait lagoon glacier plateau peninsula canyon mountains'.split(' '))

export const placeSuffixes = new Set(
  'Stadium Arena Airport Mountains Mountain Mount Hills River Lake Island Islands Bay Street Avenue Road Square Park Bridge Valley Desert Sea Ocean Gulf Strait Canal Peninsula Coast Plain Plateau Forest Falls Province County District Prefecture'.split(' ')
)

/** Abbreviated titles (`Mr.`, `Dr`): never names on their own. */
export const shortTitle = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St)\.?$/u

/** Titles of rank written before a name and never part of it (`Sir Ernest Shackleton`, `Emperor Meiji`). */
export const honorifics = new Set('Sir Lord Lady Dame Emperor Empress King Queen Tsar Czar Sultan Emir Sheikh Pope Prince Princess Archduke Duke Duchess Baron Baroness Count Countess'.split(' '))

/** Regnal numbers that close a ruler's name (`Thutmose III`). */
export const regnalNumbers = new Set('II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI'.split(' '))

/** Last words of the names of events, periods, awards, laws and works, which are no people, organisations or places (`Bronze Age`, `Davis Cup`, `Treaty of London`). */
export const miscSuffixes = new Set(
  'Age Ages Era Revolution Reformation Renaissance War Wars Crisis Cup Championship Championships Prize Award Awards Medal Trophy Treaty Agreement Accord Accords Act Show Festival Olympics Games Tournament'.split(' ')
)

/**
 * Pronouns, auxiliaries and other clause words (lower case): capitalised inside a name they show a
 * capitalised clause (`Thanks For A Great Job`, `WE AT HOME LOVE IT`, a song title), not a name.
 */
export const clauseWords = new Set(
  'is are was were be been we you it its my your their this that these those do does did have has had can would should could what why how where when which very so just thanks thank please got get if but not didn doesn isn ever highly'.split(' ')
)
