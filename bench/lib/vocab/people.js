/**
 * Person names from many naming traditions, with the order a news report writes them in.
 * `family` is what a second reference uses ("Li said", "Okonkwo said").
 * @module
 */

/** @typedef {{given: string[], family: string[], familyFirst?: boolean}} NamePool */

/** @type {Record<string, NamePool>} */
export const namePools = {
  chinese: {
    familyFirst: true,
    family: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo'],
    given: ['Xiaolin', 'Haosu', 'Jianguo', 'Wei', 'Mei', 'Jun', 'Xiuying', 'Guoqiang', 'Hong', 'Lei', 'Yan', 'Fang', 'Ming', 'Jing', 'Tao', 'Hui', 'Qiang', 'Yong', 'Lihua', 'Zhiwei']
  },
  japanese: {
    family: ['Akashi', 'Kudo', 'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Matsumoto', 'Inoue'],
    given: ['Yasushi', 'Haruki', 'Kenji', 'Yuko', 'Aiko', 'Takeshi', 'Naoko', 'Hiroshi', 'Emi', 'Satoshi', 'Keiko', 'Daisuke', 'Mariko', 'Shinji']
  },
  korean: {
    familyFirst: true,
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han'],
    given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Dong-hyun', 'Soo-ah', 'Jae-won', 'Eun-ji', 'Sung-min', 'Hye-jin']
  },
  arabic: {
    family: ['Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Farouk', 'Aziz', 'Hamdan', 'Qasim', 'Al-Masri', 'Barakat', 'Rahman'],
    given: ['Ahmed', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Karim', 'Nour', 'Tariq', 'Rania', 'Samir', 'Huda', 'Khaled', 'Amira']
  },
  indian: {
    family: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Banerjee', 'Singh', 'Menon', 'Desai', 'Chatterjee', 'Rao', 'Kapoor', 'Mehta'],
    given: ['Priya', 'Rahul', 'Ananya', 'Vikram', 'Lakshmi', 'Arjun', 'Deepa', 'Sanjay', 'Kavita', 'Rohan', 'Meera', 'Anil', 'Sunita', 'Ravi']
  },
  westAfrican: {
    family: ['Okonkwo', 'Adeyemi', 'Mensah', 'Diallo', 'Okafor', 'Balogun', 'Traore', 'Asante', 'Eze', 'Ndiaye', 'Boateng', 'Obi'],
    given: ['Chinedu', 'Amara', 'Kwame', 'Aminata', 'Oluwaseun', 'Fatou', 'Kofi', 'Ngozi', 'Ibrahim', 'Adaeze', 'Moussa', 'Yaa']
  },
  eastAfrican: {
    family: ['Mwangi', 'Otieno', 'Kamau', 'Wanjiru', 'Mutua', 'Nyerere', 'Kiprop', 'Achieng', 'Tesfaye', 'Bekele'],
    given: ['Wanjiku', 'Baraka', 'Amani', 'Zawadi', 'Juma', 'Neema', 'Abebe', 'Makena', 'Tendai', 'Imani']
  },
  hispanic: {
    family: ['Garcia', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Morales', 'Ortega', 'Castillo'],
    given: ['Maria', 'Jose', 'Lucia', 'Carlos', 'Sofia', 'Alejandro', 'Valentina', 'Diego', 'Camila', 'Javier', 'Isabel', 'Mateo', 'Elena', 'Andres']
  },
  slavic: {
    family: ['Kowalski', 'Novak', 'Petrov', 'Ivanova', 'Horvat', 'Dvorak', 'Sokolov', 'Wisniewska', 'Kovac', 'Popescu', 'Marinov', 'Zielinski'],
    given: ['Anna', 'Piotr', 'Olga', 'Tomas', 'Katarina', 'Dmitri', 'Agnieszka', 'Marek', 'Irina', 'Pavel', 'Jana', 'Nikola']
  },
  anglo: {
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Walker', 'Harris', 'Clarke', 'Robinson', 'Wright', 'Mitchell', 'Campbell', 'Murphy', 'O\'Brien'],
    given: ['James', 'Sarah', 'Michael', 'Emily', 'David', 'Rachel', 'Thomas', 'Laura', 'Daniel', 'Helen', 'Andrew', 'Claire', 'Peter', 'Grace', 'Mark', 'Fiona']
  },
  french: {
    family: ['Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Girard', 'Fournier', 'Mercier', 'Rousseau', 'Bonnet', 'Lambert'],
    given: ['Claire', 'Julien', 'Amelie', 'Antoine', 'Camille', 'Nicolas', 'Elodie', 'Mathieu', 'Sophie', 'Pierre']
  },
  german: {
    family: ['Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Wagner'],
    given: ['Katrin', 'Stefan', 'Ursula', 'Jurgen', 'Annika', 'Matthias', 'Sabine', 'Lukas', 'Heike', 'Florian']
  },
  turkish: {
    family: ['Yilmaz', 'Kaya', 'Demir', 'Celik', 'Sahin', 'Ozturk', 'Aydin', 'Arslan'],
    given: ['Mehmet', 'Ayse', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Murat', 'Selin']
  },
  vietnamese: {
    familyFirst: true,
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
    given: ['Van An', 'Thi Lan', 'Minh Tuan', 'Thu Ha', 'Quoc Bao', 'Ngoc Anh', 'Duc Minh', 'Thanh Huong']
  },
  brazilian: {
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ribeiro', 'Barbosa'],
    given: ['Joao', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Juliana', 'Felipe', 'Mariana']
  }
}

/** Roles a report gives a person on first reference; `{org}` is filled in. */
export const roles = [
  'head of {org}',
  'spokesperson for {org}',
  'former president of {org}',
  'deputy director of {org}',
  'chief economist at {org}',
  'a senior researcher at {org}',
  'chairman of {org}',
  'general secretary of {org}',
  'a board member of {org}',
  'vice-president of {org}',
  'an analyst at {org}',
  'director-general of {org}'
]

/** Bare roles with no organisation. */
export const bareRoles = [
  'former deputy minister of commerce',
  'the country\'s finance minister',
  'a local farmer',
  'a member of parliament',
  'the city\'s mayor',
  'a retired schoolteacher',
  'a shop owner in the district',
  'the regional governor',
  'a professor of economics',
  'a union representative',
  'the health minister',
  'a construction engineer'
]

/** Reporter names for bylines. */
export const reporters = ['Cheng Guangjin', 'Helen Clarke', 'Amara Eze', 'Diego Ortega', 'Priya Menon', 'Katrin Weber', 'Kenji Inoue', 'Fatou Ndiaye', 'Pavel Marinov', 'Laura Mitchell', 'Nour Haddad', 'Thu Ha Tran', 'Juma Otieno', 'Beatriz Costa']
