/** Reporting verbs that introduce or close a quotation. */
export const reportingVerbs =
  'said|says|say|told|tells|added|adds|asked|asks|stated|states|explained|explains|noted|notes|warned|warns|argued|argues|insisted|insists|declared|declares|announced|announces|wrote|writes|recalled|recalls|continued|concluded|replied|responded|remarked|observed|admitted|acknowledged|complained|complains|claimed|claims|urged|urges|predicted|predicts|cautioned|stressed|stresses|emphasized|emphasised|quipped|joked|reported|reports|confirmed|confirms|denied|denies|estimated|estimates|believes|thinks|announced|suggested|suggests|pointed out|points out|cried|exclaimed|shouted|yelled|inquired|enquired|reasoned|sneered|whispered|murmured|answered|answers|quoth|wondered|demanded|demands|pleaded|retorted|recounted|tweeted|posted'

/** Personal pronouns that can stand for a speaker. */
export const speakerPronouns = new Set(['he', 'she', 'they', 'we', 'i'])

/** Heads of noun phrases that name a speaker by role (`the minister said`). */
export const roleNouns =
  'spokesman|spokeswoman|spokesperson|official|officials|minister|president|chairman|chairwoman|director|secretary|ambassador|leader|governor|mayor|envoy|commander|general|chief|head|representative|analyst|expert|professor|researcher|diplomat|diplomats|senator|lawmaker|prosecutor|judge|lawyer|attorney|witness|police|ministry|statement|report|agency|group|company|government|pope|king|queen|prince|princess|coach|captain|manager|priest|bishop|doctor|teacher|premier|chancellor|candidate|author|economist|scientist|activist|executive|founder|owner|chief executive|commissioner|organizer|organiser'
