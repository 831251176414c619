/**
 * Organisations: well-known ones and patterns that make plausible local ones.
 * @module
 */

/** International and national bodies written as news copy writes them, with `the` where English needs it. */
export const orgs = [
  'the United Nations', 'the World Health Organization', 'the World Bank', 'the International Monetary Fund', 'the World Trade Organization',
  'the European Central Bank', 'the African Development Bank', 'the Asian Development Bank', 'the International Energy Agency',
  'the Red Cross', 'the Xinhua News Agency', 'Reuters', 'Genron NPO', 'Oxfam', 'Amnesty International', 'UNICEF',
  'the Chinese People\'s Association for Friendship with Foreign Countries', 'the Organisation for Economic Co-operation and Development',
  'the International Labour Organization', 'the Food and Agriculture Organization', 'the Bank of Japan', 'the Federal Reserve',
  'the Reserve Bank of India', 'the Central Bank of Nigeria', 'Kenya Power', 'Toyota', 'Siemens', 'Petrobras', 'Tata Group',
  'Samsung Electronics', 'Airbus', 'Maersk', 'Doctors Without Borders', 'Greenpeace', 'Transparency International'
]

/** Patterns for local organisations; `{city}` and `{country}` are filled in. */
export const orgPatterns = [
  'the {city} Chamber of Commerce', 'the {city} Port Authority', 'the University of {city}', 'the {city} City Council',
  'the {country} Statistics Bureau', 'the Ministry of Finance', 'the Ministry of Health', 'the Ministry of Transport',
  'the {country} Farmers Union', 'the {city} Institute of Technology', 'the {country} Medical Association', 'the {city} Stock Exchange',
  'the National Bureau of Statistics', 'the {country} Red Crescent', 'the {city} Metro Corporation', 'the {country} Electricity Board'
]

/** Publishers for trailer and source lines, with their mailbox domain. */
export const publishers = [
  {name: 'China Daily', domain: 'chinadaily.com.cn', agency: 'Xinhua'},
  {name: 'The Daily Courier', domain: 'dailycourier.example', agency: 'AP'},
  {name: 'Lagos Herald', domain: 'lagosherald.example', agency: 'NAN'},
  {name: 'Nairobi Standard Times', domain: 'standardtimes.example', agency: 'KNA'},
  {name: 'El Diario del Sur', domain: 'diariodelsur.example', agency: 'EFE'},
  {name: 'Rheinische Rundschau', domain: 'rundschau.example', agency: 'dpa'},
  {name: 'The Harbour Gazette', domain: 'harbourgazette.example', agency: 'AAP'},
  {name: 'Deccan Observer', domain: 'deccanobserver.example', agency: 'PTI'}
]
