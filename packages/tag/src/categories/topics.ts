/**
 * Topic sections and the word stems (Porter) that signal them. A topic is
 * given to an article when its stems weigh enough among the keyphrases.
 */
export const topics: ReadonlyArray<{name: string; stems: readonly string[]}> = [
  {name: 'Politics', stems: ['elect', 'vote', 'parliament', 'presid', 'govern', 'minist', 'parti', 'polit', 'diplomat', 'diplomaci', 'opposit', 'leader', 'congress', 'senat', 'campaign', 'cabinet', 'talk', 'summit', 'relat', 'polici', 'legisl', 'law']},
  {name: 'Business', stems: ['econom', 'economi', 'trade', 'export', 'import', 'market', 'bank', 'invest', 'compani', 'price', 'oil', 'gdp', 'growth', 'busi', 'industri', 'financ', 'financi', 'budget', 'tax', 'stock', 'currenc', 'inflat', 'profit', 'deal', 'firm']},
  {name: 'Conflict', stems: ['militari', 'attack', 'kill', 'soldier', 'troop', 'war', 'bomb', 'rebel', 'milit', 'forc', 'fight', 'violenc', 'terror', 'terrorist', 'insurg', 'armi', 'clash', 'weapon', 'missil', 'nuclear', 'secur']},
  {name: 'Disasters', stems: ['earthquak', 'flood', 'disast', 'storm', 'hurrican', 'tsunami', 'quak', 'drought', 'famin', 'relief', 'reconstruct', 'cyclon', 'typhoon']},
  {name: 'Health', stems: ['health', 'diseas', 'viru', 'hospit', 'flu', 'vaccin', 'medic', 'patient', 'outbreak', 'infect', 'aid', 'hiv', 'malaria', 'drug']},
  {name: 'Environment', stems: ['climat', 'energi', 'pollut', 'emiss', 'environ', 'environment', 'carbon', 'forest', 'wildlif', 'water']},
  {name: 'Science and Technology', stems: ['scienc', 'scientist', 'technolog', 'research', 'space', 'internet', 'comput', 'satellit', 'studi']},
  {name: 'Sports', stems: ['match', 'game', 'championship', 'tournament', 'cup', 'olymp', 'player', 'team', 'score', 'coach', 'leagu']},
  {name: 'Society', stems: ['cooper', 'exchang', 'citi', 'cultur', 'educ', 'school', 'student', 'commun', 'peopl', 'right', 'protest', 'court', 'trial', 'crime']}
]
