/**
 * Given and family names by culture, so seeded patients look like a real clinic's list:
 * accents, letters that do not decompose, particles, apostrophes and hyphens included.
 */
export interface NamePool {
  culture: string;
  given: readonly string[];
  family: readonly string[];
  /** Relative share of patients from this pool. */
  weight: number;
}

// One culture per block reads better than one name per line.
// prettier-ignore
export const NAME_POOLS: readonly NamePool[] = [
  {
    culture: 'English',
    weight: 14,
    given: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Margaret', 'Jack', 'Elizabeth', 'William', 'Dorothy', 'Thomas', 'Susan', 'James', 'Patricia', 'Emily', 'Robert', 'Linda', 'Charlotte', 'Peter', 'Joan'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hughes', 'Edwards', 'Smith-Jones', 'Ashworth'],
  },
  {
    culture: 'Irish and Scottish',
    weight: 5,
    given: ['Siobhán', 'Seán', 'Aoife', 'Pádraig', 'Niamh', 'Eoin', 'Caoimhe', 'Ciarán', 'Mairead', 'Fionnuala', 'Ewan', 'Morag', 'Iain', 'Catriona'],
    family: ['O’Brien', "O'Connor", 'Ó Súilleabháin', 'Murphy', 'Kelly', 'MacDonald', 'McLeod', 'Ní Bhriain', 'Fitzgerald', 'Mac an tSaoi', 'Campbell', 'Stewart'],
  },
  {
    culture: 'Spanish and Latin American',
    weight: 10,
    given: ['José', 'María', 'Jesús', 'Lucía', 'Íñigo', 'Begoña', 'Álvaro', 'Sofía', 'Martín', 'Inés', 'Raúl', 'Ángela', 'Nicolás', 'Pilar', 'Andrés', 'Mónica', 'Guadalupe', 'Joaquín'],
    family: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Muñoz', 'Álvarez', 'Núñez', 'Ibáñez', 'de la Cruz', 'Peña Ortiz'],
  },
  {
    culture: 'Portuguese and Brazilian',
    weight: 5,
    given: ['João', 'Conceição', 'Gonçalo', 'Inês', 'Sebastião', 'Leonor', 'Antônio', 'Luíza', 'Tomás', 'Graça', 'Estêvão', 'Mariana'],
    family: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Gonçalves', 'Magalhães', 'Simões', 'Araújo', 'Conceição', 'Loureiro'],
  },
  {
    culture: 'French',
    weight: 6,
    given: ['Émile', 'Chloé', 'François', 'Hélène', 'Jérôme', 'Zoé', 'Anaïs', 'Loïc', 'Benoît', 'Geneviève', 'Noël', 'Cécile', 'Thérèse', 'Gaël'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Lefebvre', 'Girard', 'Bonnet', 'Dupré', 'Lemaître', 'Faure', 'Chevalier', 'Gagné', 'Bélanger', 'Côté', 'Benoît', 'Leroux'],
  },
  {
    culture: 'German, Austrian and Swiss',
    weight: 7,
    given: ['Jürgen', 'Uwe', 'Käthe', 'Günter', 'Brigitte', 'Jörg', 'Björn', 'Ursula', 'Matthias', 'Ingeborg', 'Lukas', 'Anneliese', 'Dieter', 'Gisela'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weiß', 'Weber', 'Schäfer', 'Köhler', 'Größ', 'Strauß', 'Hoffmann', 'Schröder', 'Krüger', 'von Bülow', 'Jäger', 'Bäcker', 'Mößner'],
  },
  {
    culture: 'Dutch and Flemish',
    weight: 3,
    given: ['Anouk', 'Daan', 'Sanne', 'Joris', 'Femke', 'Sjoerd', 'Maarten', 'Eline', 'Lieve', 'Wouter'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Peeters', 'Van Damme', "Van 't Hof"],
  },
  {
    culture: 'Nordic',
    weight: 5,
    given: ['Søren', 'Åsa', 'Bjørn', 'Ingrid', 'Øyvind', 'Sigríður', 'Þórunn', 'Guðmundur', 'Mikaela', 'Eero', 'Päivi', 'Jyrki', 'Astrid', 'Kåre'],
    family: ['Hansen', 'Nielsen', 'Jørgensen', 'Sørensen', 'Ødegård', 'Åberg', 'Lindström', 'Karlsson', 'Virtanen', 'Mäkinen', 'Häkkinen', 'Jónsdóttir', 'Þórsson', 'Guðmundsson', 'Kjær'],
  },
  {
    culture: 'Polish, Czech and Slovak',
    weight: 6,
    given: ['Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Wojciech', 'Zofia', 'Jiří', 'Lenka', 'Tomáš', 'Kateřina', 'Ľubomír', 'Zuzana', 'Bożena', 'Grzegorz'],
    family: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dvořák', 'Novotná', 'Černý', 'Procházková', 'Kučera', 'Šťastný', 'Łęcka', 'Żak'],
  },
  {
    culture: 'Hungarian, Romanian and Balkan',
    weight: 4,
    given: ['Zsófia', 'László', 'Gyöngyi', 'Ödön', 'Ștefan', 'Ioana', 'Mihai', 'Ana', 'Đorđe', 'Milica', 'Dragan', 'Jelena', 'Čedomir'],
    family: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Popescu', 'Ionescu', 'Țurcanu', 'Ștefănescu', 'Jovanović', 'Petrović', 'Đukić', 'Kovačević', 'Marić'],
  },
  {
    culture: 'Greek and Turkish',
    weight: 4,
    given: ['Giorgos', 'Eleni', 'Dimitrios', 'Katerina', 'Nikos', 'Ayşe', 'Mehmet', 'Gülşen', 'Çağlar', 'Şükrü', 'Özlem', 'İbrahim', 'Ömer'],
    family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan', 'Kılıç'],
  },
  {
    culture: 'Italian',
    weight: 4,
    given: ['Giuseppe', 'Francesca', 'Niccolò', 'Giulia', 'Salvatore', 'Chiara', 'Nicolò', 'Lucrezia', 'Gianluca', 'Rosaria'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'De Luca', 'D’Angelo', 'Di Stefano', 'Lo Bianco', 'Mancini'],
  },
  {
    culture: 'Arabic and Persian',
    weight: 5,
    given: ['Mohammed', 'Fatima', 'Ahmed', 'Aisha', 'Youssef', 'Layla', 'Omar', 'Zainab', 'Hossein', 'Maryam', 'Reza', 'Nour', 'Khalid'],
    family: ['Al-Sayed', 'Haddad', 'Mansour', 'Khoury', 'El-Amin', 'Abdullah', 'Al Farsi', 'Hosseini', 'Rahimi', 'Karimi', 'Nasser', 'Ben Ali', 'Bou Saab'],
  },
  {
    culture: 'South Asian',
    weight: 6,
    given: ['Priya', 'Rahul', 'Ananya', 'Arjun', 'Lakshmi', 'Sanjay', 'Deepika', 'Vikram', 'Farhana', 'Imran', 'Gurpreet', 'Harjit', 'Meenakshi'],
    family: ['Patel', 'Sharma', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Chatterjee', 'Banerjee', 'Khan', 'Rahman', 'Chowdhury', 'Subramanian', 'Kaur'],
  },
  {
    culture: 'East and South-East Asian',
    weight: 7,
    given: ['Wei', 'Xiaoming', 'Li Na', 'Jun', 'Yūko', 'Tarō', 'Shōhei', 'Min-jun', 'Ji-woo', 'Thị Hương', 'Văn Minh', 'Ngọc', 'Siti', 'Ayu', 'Maricel'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Lǚ', 'Satō', 'Suzuki', 'Itō', 'Kim', 'Lee', 'Park', 'Nguyễn', 'Trần', 'Phạm', 'Lê', 'Santoso', 'dela Cruz', 'Reyes'],
  },
  {
    culture: 'African',
    weight: 5,
    given: ['Chinwe', 'Oluwaseun', 'Adaeze', 'Kwame', 'Abena', 'Thandiwe', 'Sipho', 'Amara', 'Tendai', 'Nnamdi', 'Wanjiru', 'Kofi', 'Ngozi'],
    family: ['Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Boateng', 'Nkosi', 'Dlamini', 'Mwangi', 'Ochieng', 'Abubakar', 'Eze', 'Mutasa', 'Ndlovu'],
  },
];

export const DIAGNOSES = [
  'Rheumatoid arthritis, seropositive (M05)',
  'Rheumatoid arthritis, other (M06)',
  'Osteoarthritis',
  'Psoriatic arthritis',
  'Systemic lupus erythematosus',
  'Gout',
  'Scleroderma (systemic sclerosis)',
  'Juvenile idiopathic arthritis',
] as const;
