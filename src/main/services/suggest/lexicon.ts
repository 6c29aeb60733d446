// The words the rules look for: reporting verbs (with the kind of claim they
// suggest), nouns that introduce a claim ("X's claim that …"), pronouns and
// the titles that precede names or stand for a named speaker ("the
// minister"). Lemmas are wink-nlp's (said → say, denied → deny).
import type { Kind } from '../../../shared/domain'
import { kindFromCue } from '../corpus/cue-kind'
import { isStanceVerb } from './verb-classes'

const words = (s: string) => new Set(s.trim().split(/\s+/))

/** Verbs of saying: their content follows ("said that …") or precedes
 * ("…, she said"). */
const SPEECH = words(`
  say tell add write ask note report announce argue tweet claim insist warn explain acknowledge admit declare recall
  respond reply agree propose conclude urge predict promise pledge vow state confirm assert contend maintain allege
  complain charge concede emphasize emphasise stress reveal testify boast joke quip remark counter retort caution
  comment observe mention reiterate repeat suggest describe call accuse blame deny reject dismiss refute rebut
  dispute fault criticize criticise condemn attribute downplay question speculate estimate project forecast recount
  lament decry float praise hail applaud threaten demand recommend assure inform remind brief post tout signal
  indicate hint imply cite quote characterize characterise brand portray mock blast slam attack defend
  guarantee disclose reaffirm theorize theorise wonder yell shout chant exclaim scream whisper mutter murmur cry
  plead brag gush rave snap sneer scoff fume grumble marvel muse opine posit proclaim pronounce rejoin
  scold chide lecture swear text email blog chime interject concur bemoan lambaste lambast berate rebuke castigate
  excoriate denounce deride disparage belittle scorn assail clarify confide divulge reassure affirm attest notify
  trumpet publicize publicise reason surmise gripe grouse carp`)

/** Verbs that report a quotation and nothing else: "Cruz continued: “…”",
 * but "he continued to push" is no statement; "the sign read: “…”". */
export const QUOTE_CUES = words('continue read')

/** Verbs of thinking, wanting and showing: PolNeAR counts them as
 * attributions ("Sanders believes …", "the poll shows …"); they are
 * proposed with less confidence than verbs of saying. ("campaign",
 * "fight", "target", "celebrate", "unveil", "convince", and of saying
 * "advise", "relate", "label", "beg", were dropped: fewer than 40% of
 * their speakers were right on the train part of PolNeAR; "campaigned
 * for", "fought against" stay, in verb-preps.ts.) */
const STANCE = words(`
  think believe want hope expect fear worry feel doubt know show find suggest indicate estimate predict consider see
  view prefer plan intend support oppose endorse favor favour seek talk speak discuss refer point
  mention back thank congratulate denounce challenge name identify list decide refuse decline offer push
  encourage recognize recognise learn share echo express ignore appoint plead acknowledge reference tout
  highlight emphasize champion embrace welcome pledge vow insist reveal concede admit recommend confess describe
  portray depict frame liken compare invoke promote pitch lament mourn question attack blast slam
  mock ridicule dismiss accept approve disapprove agree disagree argue like dislike love hate remember
  apologize apologise advocate rail order nominate hedge determine understand release issue publish file sign
  allow present lay request retweet persuade underscore voice outline suspect assume imagine envision
  anticipate foresee realize realise perceive interpret guess laud commend salute credit bash knock rip pan smear
  lampoon taunt tease needle goad chastise admonish reprimand admire distrust mistrust resent regret
  relish dread detest despise loathe abhor deplore condone veto reckon suppose deem
  contemplate ponder mull protest contest implore exhort minimize minimise exaggerate overstate understate
  misrepresent inquire enquire query insinuate discover notice underline spotlight showcase disavow repudiate renounce
  retract recant`)

/** Verbs of stance that are acts more than words: "Clinton released her
 * records" is a stance in PolNeAR, but "was published by Radio Free
 * Europe" is a by-line, not a statement (no passive with them). */
export const ACTS = words('release issue publish file sign allow present lay order nominate')

/** Nouns for people and groups who can hold a view. */
export const HUMAN_NOUNS = words(`voter supporter backer official republican democrat critic analyst expert aide adviser advisor people
  american member leader candidate poll survey campaign party administration government lawmaker senator
  governor president spokesman spokeswoman spokesperson source staff staffer strategist operative activist
  donor delegate resident worker citizen group organization organisation committee company agency department
  ministry court judge jury police officer investigator prosecutor attorney lawyer reporter journalist
  writer author editor columnist commentator pundit economist scientist researcher study report nominee
  rival opponent ally friend conservative liberal progressive establishment congress senate house white
  majority minority percent many most some few others team camp side union audience crowd public insider observer
  historian scholar consultant pollster operative leadership network outlet newspaper paper magazine site
  record document filing finding data figure market evidence analysis tally polling investor executive employer
  employee parent student teacher immigrant refugee veteran woman man person politician diplomat minister businessman
  businesswoman banker trader consumer respondent participant family child kid father mother son daughter wife husband
  brother sister colleague neighbor neighbour owner ceo chairman chairwoman director founder host anchor moderator
  panelist blogger advocate chief secretary congressman congresswoman representative justice agent soldier general
  commander authority regulator organizer organiser doctor priest pastor bishop rabbi cleric skeptic sceptic proponent
  follower fan electorate constituent evangelical protester protestor demonstrator lobbyist legislator superdelegate
  caucusgoer caucus-goer mayor lady gentleman environmentalist engineer physician nurse farmer fisherman miner
  feminist libertarian socialist nationalist populist moderate centrist partisan loyalist dissident millennial
  retiree homeowner taxpayer shareholder stakeholder lender creditor business firm corporation bank regime
  negotiator mediator envoy ambassador clergy celebrity actor actress singer athlete comedian`)

/** Verbs whose listener comes before the content: "told reporters that …". */
export const TAKES_LISTENER = words('tell assure warn inform remind brief ask urge advise')

/** Kinds the shared cue lexicon (corpus/cue-kind.ts) does not know. */
const EXTRA_KINDS: Record<string, Kind> = {
  downplay: 'denial',
  dispute: 'denial',
  contest: 'denial',
  charge: 'attribution',
  criticize: 'attribution',
  criticise: 'attribution',
  condemn: 'attribution',
  fault: 'attribution',
}

export type CueClass = 'speech' | 'stance'

export function cueClass(lemma: string): CueClass | null {
  if (SPEECH.has(lemma)) return 'speech'
  if (STANCE.has(lemma) || isStanceVerb(lemma)) return 'stance'
  return null
}

/** What someone says assigns a responsibility ("China might be responsible
 * for the hack", "Russia was behind the attack"): an attribution whatever
 * the verb. */
const RESPONSIBILITY = /\b(responsible for|to blame|blamed? (?:on|for)|behind the|caused by|at fault|accountable for|orchestrated|pointed to)\b/i

/** The kind a claim suggests: the shared cue lexicon first (deny, reject,
 * dismiss → denial; accuse, blame, attribute → attribution), then the verbs
 * it lacks, then a content that assigns responsibility. */
export function kindOfClaim(cueText: string, lemma: string, content: string): Kind {
  const kind = kindFromCue(cueText)
  if (kind !== 'assertion') return kind
  return EXTRA_KINDS[lemma] ?? (RESPONSIBILITY.test(content) ? 'attribution' : 'assertion')
}

/** Verbs by which records and polls "say" something. */
export const SHOW_VERBS = words('show suggest indicate reveal demonstrate find confirm')

/** What can show something without being a person: "records show". */
const EVIDENCE = words(`record poll polling survey result filing report document email data figure number statistic
  study analysis estimate tally audit file video footage count research memo letter transcript log return
  review inquiry investigation probe paper finding projection evidence`)

export const isEvidence = (t: { lower: string }) => EVIDENCE.has(t.lower.replace(/ies$/, 'y').replace(/s$/, ''))

/** Nouns that introduce a claim: "Biden's claim that …", "a statement by". */
export const NOUN_CUES = words(`claim claims statement assertion allegation allegations accusation accusations denial view belief
  argument warning promise suggestion insistence contention charge comment comments remark remarks message
  announcement testimony assessment conclusion prediction pledge vow position`)

/** Nouns that state a view before "is that": "his response was that …". */
export const BE_THAT_NOUNS = words(`response answer message reasoning explanation excuse complaint concern fear hope point stance
  theory pitch case retort reply rationale thinking logic impression takeaway slogan mantra goal aim strategy plan
  priority mission intention ambition objective`)

/** Nouns of a stance whose object follows a preposition: "Trump's attacks
 * on …", "Cruz's criticism of …", "Obama's promise to …" (PolNeAR marks
 * these as attributions without a verb of saying). Nouns of plans and
 * positions ("plan", "support", "stance") are left out: on the train part
 * of PolNeAR most of them were not attributions. */
export const STANCE_NOUNS = words(`criticism critique proposal promise call calls endorsement attack attacks pledge vow
  demand warning claim claims assertion praise rejection denial accusation accusations allegations refusal insistence
  argument condemnation dismissal objection objections decision opposition commitment preference passion aversion
  disapproval enthusiasm disdain contempt hostility skepticism embrace
  view announcement assessment remarks comments message`)

/** Pronouns a speaker can be, by what they can refer to. */
export const PERSON_PRONOUNS = words('he she him her')
export const GROUP_PRONOUNS = words('they them it we')
export const OTHER_PRONOUNS = words('i you who which that this one')
export const PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...OTHER_PRONOUNS])

/** Possessive pronouns, which open a noun phrase ("his campaign"). */
export const OWNERS = /^(his|her|their|its|our|my)$/
/** The same with "your", where the reader may be addressed ("in your view"). */
export const OWNERS_OR_YOUR = /^(his|her|their|its|our|my|your)$/

/** Words of a title before a person's name ("Deputy Foreign Minister",
 * "President-elect") or standing for a person ("the spokesman"). */
export const PERSON_TITLES = words(`mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt col prof prof. president president-elect
  vice minister deputy foreign prime secretary spokesman spokeswoman spokesperson senator governor chairman chairwoman
  chair director ambassador general attorney mayor congressman congresswoman representative leader chief adviser
  advisor aide judge justice professor executive ceo candidate nominee lawmaker official envoy commissioner
  speaker manager strategist pollster analyst founder former acting state defense defence interior finance
  national security press campaign kremlin white house former-president pope king queen prince
  economist author reporter columnist host anchor editor`)

/** Nouns that name an organisation, in a name ("Foreign Ministry") or
 * standing for one ("the ministry"). */
export const ORG_WORDS = words(`ministry department administration government agency committee commission council party campaign
  company corporation corp corp. inc inc. ltd group organization organisation office bureau university institute
  court congress senate house parliament kremlin network newspaper times post news journal press association
  union federation foundation fund bank board service services agency army navy police league coalition alliance
  center centre club team firm magazine channel cnn msnbc fox reuters bloomberg nato un eu fbi cia nsa`)

/** Words that look like a name at the start of a sentence but are not. */
export const NOT_NAMES = words(`the a an this that these those it he she they we i you his her their our its but and or so
  yet if when while after before as in on at for from with by of to mr mrs ms monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december`)

/** Words that open a subordinate clause: "When asked …", "After announcing …". */
export const SUBORDINATORS = /^(when|whenever|while|after|before|if|because|although|though|since|until|where|why|how|once|in|upon|by|as)$/

/** Prepositions that open a phrase after a noun, inside it: "supporters
 * of the law", "a source close to him", "Republicans across the country",
 * "officials around the world". */
export const POSTMODIFIER_PREPS = new Set(['to', 'with', 'of', 'for', 'at', 'from', 'in', 'on', 'across', 'around'])
