// Verbs of stance the lexicon (lexicon.ts) lacks, by class: PolNeAR counts
// a person's or a group's attack on something, praise, sponsorship or
// rejection of it, what they cherish, the name they give it, acts such as
// suing or blocking, and a court's ruling, as attributions whatever the
// verb ("Trump has hammered Bush", "Republicans blocked the nomination",
// "the judge ruled that …"). They are read like the lexicon's verbs of
// stance (a person or group as subject). Each class was measured on the
// train part of PolNeAR; words right less than half the time there were
// left out ("pass" a bill, "fund", "donate", "gather", "figure", "cast",
// "avoid", "dodge", "expose", "document", "cheer", "waffle", "pressure":
// mostly no statement; "trust" read "Polls show voters trust …" as said
// by "Polls show voters").
const words = (s: string) => s.trim().split(/\s+/)

const CLASSES = {
  attack: words(`hammer pound bludgeon heckle skewer savage trash pummel batter clobber thrash insult slander vilify demonize
    demonise malign besmirch impugn discredit defame roast zing diss badger harangue hector jeer denigrate eviscerate scorch
    upbraid reproach lacerate flay`),
  praise: words('extol exalt glorify lionize lionise flatter compliment acclaim idolize eulogize'),
  sponsor: words('sponsor cosponsor co-sponsor woo'),
  reject: words('resist rebuff spurn shun snub eschew disown abandon boycott deflect'),
  cherish: words('cherish treasure tolerate crave wish'),
  name: words('dub term nickname christen paint'),
  speak: words('utter intimate preach parrot recapitulate summarize summarise pontificate vent answer prescribe'),
  act: words('sue negotiate authorize authorise block overturn ban introduce'),
  judge: words('rule decree calculate'),
}

const STANCE_VERBS = new Set(Object.values(CLASSES).flat())

/** Whether `lemma` is a verb of stance of one of these classes. */
export const isStanceVerb = (lemma: string): boolean => STANCE_VERBS.has(lemma)
