/**
 * News topics: the words and sentence patterns a story about each uses.
 * Slots in braces are filled by the story generator: {country} {city} {region} {demonym}
 * {org} {noun} {metric} {event} {pct} {num} {money} {year} {date} {area}.
 * @module
 */

/** @typedef {{name: string, nouns: string[], metrics: string[], events: string[], quotes: string[], claims: string[], headlines: string[]}} Topic */

/** @type {Topic[]} */
export const topics = [
  {
    name: 'economy',
    nouns: ['regional cooperation', 'foreign investment', 'food exports', 'small businesses', 'the housing market', 'the trade deficit', 'consumer spending', 'manufacturing output', 'interest rates', 'the currency'],
    metrics: ['exports', 'inflation', 'unemployment', 'retail sales', 'industrial output', 'foreign direct investment', 'household debt', 'tax revenue'],
    events: ['an investment forum', 'a trade fair', 'a summit on economic cooperation', 'a dialogue between provincial and prefecture governors', 'the annual budget hearing'],
    quotes: ['It will be great if we could establish a relatively stable platform for cooperation', 'We cannot rely on exports alone to carry the recovery', 'Prices are still rising faster than wages, and families feel it every week', 'The numbers show that confidence is returning, but slowly', 'Cooperation benefits both. While fighting, both lose', 'Nobody should expect miracles from one quarter of good figures'],
    claims: ['there are many areas with great potential for cooperation, including urban construction and green energy', 'the government would cut red tape for small exporters next year', 'growth would slow in the second half as demand from {area} weakens', 'the central bank was likely to hold rates steady until {date}', 'local economies close to {country} had become important sources of materials'],
    headlines: ['{country} and {country2} step up {noun}', '{metric} in {country} rise {pct} as demand recovers', '{city} bets on {noun} to lift growth', 'Officials in {city} warn of slower {metric}', '{demonym} {metric} fall for third straight month']
  },
  {
    name: 'health',
    nouns: ['the vaccination campaign', 'hospital capacity', 'malaria prevention', 'maternal care', 'the nursing shortage', 'rural clinics', 'mental health services', 'drug prices'],
    metrics: ['vaccination rates', 'hospital admissions', 'malaria cases', 'waiting times', 'infant mortality', 'health spending'],
    events: ['a regional health conference', 'the launch of a mobile clinic programme', 'a national immunisation week', 'a review of hospital funding'],
    quotes: ['Every clinic we open saves lives within the first month', 'We have the vaccines, what we lack is the people to deliver them', 'Nurses are working double shifts and that cannot go on', 'Prevention costs a fraction of what treatment does', 'The outbreak is under control, but we must stay alert'],
    claims: ['the number of cases had fallen by {pct} since the campaign began', 'new clinics would open in {region} before the rainy season', 'hospitals in {city} were running at {pct} of capacity', 'the ministry had approved funding of {money} for rural health posts'],
    headlines: ['{city} hospitals stretched as {metric} climb', '{country} expands {noun}', '{org} praises {demonym} progress on {noun}', 'Doctors in {region} call for more help with {noun}']
  },
  {
    name: 'energy',
    nouns: ['solar power', 'the power grid', 'wind farms', 'fuel subsidies', 'green energy', 'electricity prices', 'the coal phase-out', 'battery storage'],
    metrics: ['electricity demand', 'fuel prices', 'solar capacity', 'carbon emissions', 'power outages', 'oil imports'],
    events: ['the opening of a solar plant', 'an energy ministers meeting', 'a grid modernisation tender', 'a climate and energy summit'],
    quotes: ['The sun is the one resource nobody can take away from us', 'Blackouts cost our factories more than any tax', 'We will not meet the targets without private money', 'Cheap power is the foundation of everything else we want to build', 'The transition has to be fair to the workers in the coal towns'],
    claims: ['the new plant would supply power to about {num} homes', 'outages had cost the economy {money} last year', 'the grid operator planned to add {num} megawatts of capacity by {year}', 'subsidies would be phased out over three years'],
    headlines: ['{country} switches on {noun} in {region}', 'Blackouts hit {city} as {metric} soar', '{org} backs {demonym} push for {noun}', '{city} residents face higher {metric}']
  },
  {
    name: 'transport',
    nouns: ['the new rail line', 'port expansion', 'road safety', 'public transport fares', 'the airport upgrade', 'cross-border freight', 'the metro extension'],
    metrics: ['passenger numbers', 'freight volumes', 'road deaths', 'ticket prices', 'container traffic'],
    events: ['the opening of a high-speed rail link', 'a port authority board meeting', 'a transport safety review', 'the signing of a freight agreement'],
    quotes: ['This line will cut the journey from five hours to under two', 'Our port has to grow or the cargo will go elsewhere', 'Every road death is one too many', 'Commuters deserve trains that run on time', 'The freight corridor links farmers to markets they could never reach'],
    claims: ['the line would carry {num} passengers a day once complete', 'container traffic through the port rose {pct} in {year}', 'fares would rise by {pct} from {date}', 'construction was running about six months behind schedule'],
    headlines: ['{city} opens {noun}', '{metric} at {city} port jump {pct}', '{country} and {country2} sign deal on {noun}', 'Delays hit {noun} in {region}']
  },
  {
    name: 'education',
    nouns: ['school meals', 'teacher pay', 'university fees', 'digital classrooms', 'vocational training', 'literacy programmes', 'exam reform'],
    metrics: ['enrolment', 'graduation rates', 'class sizes', 'literacy rates', 'tuition fees'],
    events: ['the start of the school year', 'a national education forum', 'a teachers union congress', 'the publication of exam results'],
    quotes: ['A child who eats at school learns at school', 'We are asking teachers to do more with less every year', 'Skills, not certificates, will decide who finds work', 'The gap between city and village schools is still too wide', 'Parents want to know their money is well spent'],
    claims: ['enrolment in {region} had risen to {pct}', 'the government would hire {num} new teachers by {year}', 'fees at public universities would be frozen', 'one in four pupils still lacked textbooks'],
    headlines: ['{country} to hire more teachers as {metric} rise', '{city} schools try {noun}', 'Students in {region} protest {noun}', '{org} report finds gaps in {noun}']
  },
  {
    name: 'climate',
    nouns: ['flood defences', 'drought relief', 'disaster relief', 'post-disaster reconstruction', 'reforestation', 'coastal erosion', 'water rationing'],
    metrics: ['rainfall', 'temperatures', 'crop losses', 'water levels', 'forest cover'],
    events: ['a climate adaptation conference', 'the annual monsoon review', 'a donor meeting on disaster relief', 'the launch of an early warning system'],
    quotes: ['The river has never come this high in living memory', 'We plant trees now so our grandchildren have water', 'Relief must reach the villages before the next storm', 'Adaptation is no longer optional for us', 'The farmers lost everything in one night'],
    claims: ['floods had displaced about {num} people in {region}', 'rainfall was {pct} below the long-term average', 'donors had pledged {money} for reconstruction', 'the early warning system would cover {num} villages'],
    headlines: ['Floods displace thousands in {region}', '{country} pledges {money} for {noun}', 'Drought deepens in {region} as {metric} fall', '{city} plans {noun} after record {metric}']
  },
  {
    name: 'technology',
    nouns: ['mobile banking', 'broadband access', 'data protection', 'the startup scene', 'artificial intelligence', 'cyber security', 'e-government services'],
    metrics: ['internet users', 'mobile payments', 'venture funding', 'data breaches', 'broadband speeds'],
    events: ['a technology summit', 'the launch of a national data strategy', 'a startup competition', 'a cyber security drill'],
    quotes: ['Mobile money did more for inclusion than any bank branch', 'Our engineers are as good as anyone in Silicon Valley', 'People must be able to trust what happens to their data', 'Connectivity is now as basic as roads and water', 'We want rules that protect users without killing innovation'],
    claims: ['mobile payments had grown {pct} in a year', 'broadband would reach {num} rural households by {year}', 'startups in {city} raised {money} last year', 'a new data protection law would take effect on {date}'],
    headlines: ['{city} startups raise {money}', '{country} rolls out {noun} to villages', '{org} warns on {noun}', '{metric} in {country} up {pct}']
  },
  {
    name: 'politics',
    nouns: ['the election campaign', 'bilateral relations', 'constitutional reform', 'the coalition talks', 'local elections', 'anti-corruption measures', 'the peace talks'],
    metrics: ['voter turnout', 'approval ratings', 'public spending', 'seats in parliament'],
    events: ['a state visit', 'the opening of parliament', 'a meeting of foreign ministers', 'the signing of a cooperation agreement', 'a televised debate'],
    quotes: ['The two countries should bear in mind one principle, which is never to say things that might hurt cooperation', 'Voters want results, not slogans', 'We came here to listen as much as to talk', 'No agreement is perfect, but this one is a beginning', 'Corruption steals from the poorest first'],
    claims: ['irresponsible comments on thorny issues had affected cooperation', 'turnout was expected to exceed {pct}', 'the talks would resume in {city} on {date}', 'the coalition had agreed on a budget for {year}'],
    headlines: ['{country} and {country2} leaders meet in {city}', 'Turnout hits {pct} in {region} vote', '{demonym} parliament debates {noun}', '{org} urges calm ahead of {noun}']
  }
]

/** Connective sentences with no named entity, to give paragraphs natural rhythm. */
export const fillers = [
  'Communication and cooperation between local governments have a long history, especially exchanges at city level.',
  'Since then, more than {num} agreements have been signed between the two sides.',
  'They are eager to discuss specific issues of regional development with their counterparts, {pronoun} said.',
  'It was the first time such a mechanism had been tried.',
  'The proposal still needs the approval of the cabinet.',
  '{crowd} {reaction}{tail}',
  '{crowd} {reaction}{tail}',
  '{crowd} {reaction}{tail}'
]

/** Who reacts, how and where, for composed filler sentences. */
export const crowds = ['Residents', 'Analysts', 'Business leaders', 'Opposition lawmakers', 'Local officials', 'Economists', 'Aid workers', 'Several diplomats', 'Trade unions', 'Farmers in the area', 'Small traders', 'Environmental groups']
export const reactions = [
  'gave mixed verdicts', 'said the outlook depended largely on demand from abroad', 'questioned the timing of the plan',
  'welcomed the move', 'warned that costs could rise', 'said more detail was needed', 'called for an independent review',
  'said progress had been uneven', 'expected the figures to be revised', 'urged the authorities to act faster',
  'doubted the targets could be met', 'praised the speed of the response', 'asked who would pay for it', 'said similar schemes elsewhere had mixed results'
]
export const tails = ['.', ' on {weekday}.', ' at a briefing in {city}.', ' in interviews this week.', ', according to local media.', ' in a joint statement.', ' after the announcement.']

/** Ways of saying "compared with a year before". */
export const comparisons = ['compared with the same period in the previous year', 'from a year earlier', 'year on year', 'compared with {year}', 'the fastest pace since {year}', 'after a weak start to the year', 'well above forecasts']
