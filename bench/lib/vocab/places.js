/**
 * Places: countries with their cities, regions and demonyms, for datelines and body text.
 * @module
 */

/** @typedef {{country: string, demonym: string, cities: string[], regions: string[], zone: string}} Country */

/** @type {Country[]} */
export const countries = [
  {country: 'China', demonym: 'Chinese', cities: ['Beijing', 'Shanghai', 'Tianjin', 'Ningbo', 'Guangzhou', 'Chengdu', 'Wuhan'], regions: ['Zhejiang province', 'Anhui province', 'Jilin province', 'Guangxi Zhuang autonomous region', 'Xinjiang Uygur autonomous region'], zone: 'Asia/Shanghai'},
  {country: 'Japan', demonym: 'Japanese', cities: ['Tokyo', 'Kobe', 'Osaka', 'Nagoya', 'Sapporo', 'Fukuoka'], regions: ['Hokkaido', 'Kyushu', 'Okinawa prefecture', 'Miyagi prefecture'], zone: 'Asia/Tokyo'},
  {country: 'South Korea', demonym: 'South Korean', cities: ['Seoul', 'Busan', 'Incheon', 'Daegu'], regions: ['Gyeonggi province', 'Jeju island'], zone: 'Asia/Seoul'},
  {country: 'India', demonym: 'Indian', cities: ['New Delhi', 'Mumbai', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad'], regions: ['Kerala', 'Maharashtra', 'Tamil Nadu', 'Gujarat'], zone: 'Asia/Kolkata'},
  {country: 'Nigeria', demonym: 'Nigerian', cities: ['Lagos', 'Abuja', 'Kano', 'Ibadan', 'Port Harcourt'], regions: ['Lagos State', 'Rivers State', 'Kaduna State'], zone: 'Africa/Lagos'},
  {country: 'Kenya', demonym: 'Kenyan', cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru'], regions: ['Rift Valley', 'Coast Province'], zone: 'Africa/Nairobi'},
  {country: 'Ghana', demonym: 'Ghanaian', cities: ['Accra', 'Kumasi', 'Tamale'], regions: ['Ashanti Region', 'Volta Region'], zone: 'Africa/Accra'},
  {country: 'Egypt', demonym: 'Egyptian', cities: ['Cairo', 'Alexandria', 'Aswan'], regions: ['Sinai Peninsula', 'Nile Delta'], zone: 'Africa/Cairo'},
  {country: 'Brazil', demonym: 'Brazilian', cities: ['Sao Paulo', 'Rio de Janeiro', 'Brasilia', 'Recife', 'Manaus'], regions: ['Minas Gerais', 'Bahia', 'Amazonas'], zone: 'America/Sao_Paulo'},
  {country: 'Mexico', demonym: 'Mexican', cities: ['Mexico City', 'Guadalajara', 'Monterrey', 'Puebla'], regions: ['Oaxaca', 'Chiapas', 'Yucatan'], zone: 'America/Mexico_City'},
  {country: 'Argentina', demonym: 'Argentine', cities: ['Buenos Aires', 'Cordoba', 'Rosario', 'Mendoza'], regions: ['Patagonia', 'Santa Fe province'], zone: 'America/Argentina/Buenos_Aires'},
  {country: 'United States', demonym: 'American', cities: ['Washington', 'New York', 'Chicago', 'Houston', 'San Francisco', 'Boston'], regions: ['California', 'Texas', 'Ohio', 'Florida'], zone: 'America/New_York'},
  {country: 'Canada', demonym: 'Canadian', cities: ['Ottawa', 'Toronto', 'Vancouver', 'Montreal'], regions: ['Ontario', 'Quebec', 'British Columbia'], zone: 'America/Toronto'},
  {country: 'Britain', demonym: 'British', cities: ['London', 'Manchester', 'Birmingham', 'Glasgow', 'Leeds'], regions: ['Scotland', 'Wales', 'Yorkshire'], zone: 'Europe/London'},
  {country: 'France', demonym: 'French', cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille'], regions: ['Brittany', 'Normandy', 'Provence'], zone: 'Europe/Paris'},
  {country: 'Germany', demonym: 'German', cities: ['Berlin', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne'], regions: ['Bavaria', 'Saxony', 'North Rhine-Westphalia'], zone: 'Europe/Berlin'},
  {country: 'Poland', demonym: 'Polish', cities: ['Warsaw', 'Krakow', 'Gdansk', 'Wroclaw'], regions: ['Silesia', 'Pomerania'], zone: 'Europe/Warsaw'},
  {country: 'Turkey', demonym: 'Turkish', cities: ['Ankara', 'Istanbul', 'Izmir', 'Bursa'], regions: ['Anatolia', 'Cappadocia'], zone: 'Europe/Istanbul'},
  {country: 'Vietnam', demonym: 'Vietnamese', cities: ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Hai Phong'], regions: ['Mekong Delta', 'Quang Ninh province'], zone: 'Asia/Ho_Chi_Minh'},
  {country: 'Indonesia', demonym: 'Indonesian', cities: ['Jakarta', 'Surabaya', 'Bandung', 'Medan'], regions: ['Bali', 'Sumatra', 'Java'], zone: 'Asia/Jakarta'},
  {country: 'Australia', demonym: 'Australian', cities: ['Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth'], regions: ['Queensland', 'New South Wales', 'Victoria'], zone: 'Australia/Sydney'},
  {country: 'Jordan', demonym: 'Jordanian', cities: ['Amman', 'Aqaba', 'Irbid'], regions: ['Jordan Valley'], zone: 'Asia/Amman'},
  {country: 'Ethiopia', demonym: 'Ethiopian', cities: ['Addis Ababa', 'Dire Dawa', 'Bahir Dar'], regions: ['Oromia', 'Amhara region'], zone: 'Africa/Addis_Ababa'},
  {country: 'Spain', demonym: 'Spanish', cities: ['Madrid', 'Barcelona', 'Valencia', 'Seville'], regions: ['Catalonia', 'Andalusia', 'Galicia'], zone: 'Europe/Madrid'}
]

/** Wider areas a report may mention. */
export const areas = ['East China', 'Southeast Asia', 'West Africa', 'the Horn of Africa', 'Latin America', 'the European Union', 'the Middle East', 'Central Asia', 'the Pacific', 'North America']
