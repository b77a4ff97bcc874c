import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';

interface Corpus {
  measures: Array<{ code: string; title: string }>;
  otherMeasures: Array<{ code: string; title: string }>;
  shownBefore: string;
  replies: Array<{ text: string; expect: string; kind: string }>;
}

const corpus = JSON.parse(readFileSync(new URL('../../fixtures/free-text-corpus.json', import.meta.url), 'utf8')) as Corpus;

/** What Tillit did with a reply, read from the card it sent: a measure's code, "ask", "refused" or "other". */
function outcomeOf(card: any, codeById: ReadonlyMap<string, string>): string {
  const json = JSON.stringify(card);
  if (/"type":"Input\.ChoiceSet","id":"measureId"/.test(json)) return 'ask';
  const submit = (card.actions ?? []).find((a: any) => a.verb === verbs.statusSubmit || a.data?.verb === verbs.statusSubmit);
  const measureId = submit?.data?.measureId ?? submit?.data?.data?.measureId;
  if (typeof measureId === 'string') return codeById.get(measureId) ?? 'unknown measure';
  if (cardText(card).includes('Du kan inte rapportera status för')) return 'refused';
  return 'other';
}

describe.each(dialects)('the free-text corpus: an owner’s own words lead to the right measure or a question ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  const owner = testUser({ name: 'Karin Korpus', email: 'karin.korpus@kommun.example' });
  const codeById = new Map<string, string>();

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock });
    const unit = 'Enhet för korpusprov';
    const own = planDraft({
      organisation: 'Korpuskommun',
      measures: corpus.measures.map((m) => measureDraft({ code: m.code, title: m.title, deadline: 'December 2024', responsibleText: unit, ownerUnits: [unit] })),
    });
    const other = planDraft({
      organisation: 'Grannkommun',
      measures: corpus.otherMeasures.map((m) => measureDraft({ code: m.code, title: m.title, responsibleText: 'Annan enhet', ownerUnits: ['Annan enhet'] })),
    });
    for (const draft of [own, other]) {
      const { plan } = await storeDraft(database.db, clock, draft);
      for (const row of await database.db.selectFrom('measures').select(['id', 'code']).where('plan_id', '=', plan.id).execute()) {
        if (draft === own) codeById.set(row.id, row.code);
      }
    }
    await assignToUnit(database.db, unit, owner.email!, clock.now().toISOString());
    bot.knowUser(owner);
    // The owner was just shown the card of one measure: a reply that names none must not land there.
    const shown = [...codeById].find(([, code]) => code === corpus.shownBefore)![0];
    await bot.post(cardInvoke(owner, verbs.statusOpen, { measureId: shown }, bot.serviceUrl, 'card-shown-before'));
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it(`has at least 60 replies and never sends one to the wrong measure`, async () => {
    expect(corpus.replies.length).toBeGreaterThanOrEqual(60);
    const results: Array<{ text: string; expect: string; got: string; kind: string }> = [];
    for (const reply of corpus.replies) {
      bot.connector.clear();
      await bot.post(messageActivity(owner, reply.text, bot.serviceUrl));
      const cards = bot.connector.cards();
      expect(cards, reply.text).toHaveLength(1);
      results.push({ ...reply, got: outcomeOf(cards[0], codeById) });
    }
    const hits = results.filter((r) => r.got === r.expect);
    const wrong = results.filter((r) => r.got !== r.expect && (/^\d/.test(r.got) || r.got === 'unknown measure'));
    const asked = results.filter((r) => r.got !== r.expect && !wrong.includes(r));
    const rate = ((100 * hits.length) / results.length).toFixed(1);
    console.log(
      [
        `free-text corpus: ${hits.length}/${results.length} right (${rate} %), ${wrong.length} wrong measure, ${asked.length} asked or answered otherwise instead of naming the measure`,
        ...asked.map((r) => `  missed (${r.kind}): "${r.text}" → ${r.got}, expected ${r.expect}`),
        ...wrong.map((r) => `  WRONG (${r.kind}): "${r.text}" → ${r.got}, expected ${r.expect}`),
      ].join('\n'),
    );
    expect(wrong).toEqual([]);
    // Asking is acceptable, but asking about nearly everything would make free text useless.
    expect(hits.length / results.length).toBeGreaterThanOrEqual(0.9);
    // Nothing was stored: every answer is a card to confirm or a question.
    expect(await database.db.selectFrom('status_updates').selectAll().execute()).toHaveLength(0);
  });
});
