/**
 * Words that are never keyphrases or parts of one: function words, pronouns,
 * number and ordinal words, calendar words, and nouns too generic to be a
 * topic in news copy.
 */
export const stopWords: ReadonlySet<string> = new Set(
  [
    // function words
    'a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due during each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter latterly least less many may me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather really same seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves',
    // contractions and clitics
    "'s n't 're 've 'll 'd s t d ll re ve",
    // reporting and light verbs that the tagger sometimes calls nouns
    'said says say told tell according added adding stated noted called make made get got go going gone take took taken give given use used',
    // number words and ordinals
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens first second third fourth fifth sixth seventh eighth ninth tenth half quarter',
    // calendar words
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
    // generic nouns and adjectives
    'time times year years day days week weeks month months percent per cent mr mrs ms dr thing things way ways lot lots part parts kind kinds number numbers end beginning period case cases fact point many much new old good great important other same such certain various different own several further recent recently previous current currently likely possible major main top high low large small big long little better best lot sort type place issue issues matter'
  ]
    .join(' ')
    .split(' ')
)
