// Hand-made name lists baked into models/ner.json by train-ner.js (with the
// countries and cities of the `countries-list` and `city-timezones` packages).

/** Regions the city list misses: continents, seas, Chinese provinces, well-known areas. */
export const places = [
  'US', 'USA', 'U.S.', 'U.S.A.', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Oceania', 'Middle East', 'Near East', 'Far East', 'Southeast Asia', 'Central Asia', 'East Asia', 'South Asia',
  'Balkans', 'Caribbean', 'Caucasus', 'Sahara', 'Sahel', 'Scandinavia', 'Siberia', 'Mediterranean', 'Persian Gulf',
  'Gulf of Aden', 'Gulf of Mexico', 'Atlantic', 'Pacific', 'Indian Ocean', 'Arctic', 'Red Sea', 'Black Sea',
  'Caspian Sea', 'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Baltic', 'Horn of Africa',
  'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Darfur', 'Chechnya', 'Kurdistan', 'Tibet',
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan',
  'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan',
  'Zhejiang', 'Inner Mongolia', 'Ningxia', 'Ningxia Hui', 'Xinjiang', 'Xinjiang Uygur', 'Guangxi', 'Guangxi Zhuang',
  'Hong Kong', 'Macao', 'Macau', 'Taiwan', 'Chongqing', 'Tianjin', 'Shanghai', 'Beijing',
  'Hokkaido', 'Honshu', 'Kyushu', 'Okinawa', 'Fukushima', 'Bavaria', 'Catalonia', 'Punjab', 'Bengal', 'Kerala',
  'Silicon Valley', 'Wall Street', 'Capitol Hill'
]

/** Organisations common in international news. */
export const organizations = [
  'United Nations', 'UN', 'U.N.', 'European Union', 'EU', 'NATO', 'African Union', 'Arab League', 'ASEAN',
  'World Bank', 'International Monetary Fund', 'IMF', 'World Trade Organization', 'WTO', 'World Health Organization',
  'WHO', 'UNESCO', 'UNICEF', 'Red Cross', 'International Committee of the Red Cross', 'Amnesty International',
  'Human Rights Watch', 'Greenpeace', 'OPEC', 'Interpol', 'International Atomic Energy Agency', 'IAEA',
  'International Olympic Committee', 'FIFA', 'Security Council', 'General Assembly', 'White House', 'Pentagon',
  'Kremlin', 'Congress', 'Senate', 'State Department', 'CIA', 'FBI', 'NASA', 'Federal Reserve', 'Xinhua',
  'Xinhua News Agency', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN',
  'Al Jazeera', 'VOA', 'Voice of America', 'Kyodo', 'Kyodo News', 'China Daily', 'People\'s Daily', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Facebook',
  'Toyota', 'Sony', 'Samsung', 'Huawei', 'Alibaba', 'Hamas', 'Hezbollah', 'Taliban', 'al-Qaida', 'al-Qaeda',
  'Communist Party of China', 'Communist Party', 'State Council', 'National People\'s Congress', 'Chinese People\'s Political Consultative Conference'
]

/** Given names: common English and international first names. */
export const givenNames = (
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark ' +
  'Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary ' +
  'Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond ' +
  'Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith ' +
  'Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert ' +
  'Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny ' +
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley ' +
  'Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen ' +
  'Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn ' +
  'Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan ' +
  'Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris ' +
  'Hillary Condoleezza Barack Hugo Vladimir Mahmoud Hamid Kofi Ban Ki-moon Angela Nicolas Francois Jacques Gordon Tony ' +
  'Boris Dmitry Sergei Viktor Yulia Hosni Mohamed Mohammed Muhammad Ahmed Ali Hassan Hussein Omar Abdullah Ibrahim Yusuf ' +
  'Recep Benjamin Ehud Ariel Shimon Yasser Nouri Jalal Pervez Nawaz Benazir Asif Manmohan Narendra Sonia Rahul Atal ' +
  'Shinzo Junichiro Yoshihiko Naoto Yukio Taro Yasuo Hiroshi Takeshi Kenji Akira Koji Junko Yuki Kim Moon ' +
  'Jintao Jiabao Xiaoping Zemin Jinping Keqiang Yang Wei Ming Hong Hui Jun Lei Ling Ping Qiang ' +
  'Luiz Lula Dilma Cristina Alvaro Evo Rafael Fidel Raul Felipe Carlos Jorge Luis Pedro Manuel Miguel Francisco Antonio ' +
  'Silvio Romano Giorgio Matteo Emmanuel Jean-Claude Jean-Marie Pierre Alain Helmut Gerhard Joschka Frank-Walter Olaf ' +
  'Jose Juan Goodluck Olusegun Thabo Jacob Nelson Robert Morgan Yoweri Paul Mwai Raila Uhuru Abdoulaye Laurent Joseph'
).split(' ')

/**
 * Religious, ethnic and language-group words: never a person, organisation
 * or place on their own (CoNLL-style sets call them MISC), added to the
 * demonyms the model drops as one-word names.
 */
export const groupWords = (
  'Muslim Muslims Islamic Christian Christians Catholic Catholics Protestant Protestants Orthodox Jew Jews Jewish Hindu Hindus ' +
  "Buddhist Buddhists Sikh Sikhs Sunni Sunnis Shi'ite Shi'ites Shiite Shiites Shia Alawite Alawites Druze Evangelical Mormon Mormons " +
  'Kurd Kurds Kurdish Arab Arabs Arabic Pashtun Pashtuns Tamil Tamils Sinhalese Uighurs Uighur Uyghurs Tibetans Hispanic Hispanics Latino Latinos ' +
  'Palestinians Israelis Iraqis Afghans Pakistanis Americans Europeans Africans Asians Westerners Marxist Maoist Maoists Islamist Islamists'
).split(' ')
