import { parsePeriod } from '../../parse-period.js';
import { plainLine } from './plain-line.js';
import { sentences } from './sentences.js';

/** Who decided a plan, under which paragraph and when, as far as the document says. */
export interface DecisionFacts {
  committee?: string;
  reference?: string;
  date?: string;
}

const bodyPattern = /^((?:\p{Lu}\p{Ll}*)?(?:nämnden|styrelsen|fullmäktige)(?:s arbetsutskott)?|Kommunstyrelsen|Kommunfullmäktige|Regionstyrelsen|Regionfullmäktige)$/u;
const bodyInText = /(\p{Lu}\p{Ll}+nämnden|Kommunstyrelsen|Kommunfullmäktige|Regionstyrelsen|Regionfullmäktige)\s+(?:beslutar|fattar beslut) om (?:handlingsplanen|planen)/u;

/** A day written in a decision line: "2026-05-26", "26 maj 2026". */
function dayIn(text: string): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  const candidate = iso?.[1] ?? /\b\d{1,2} \p{L}+ \d{4}\b/u.exec(text)?.[0];
  if (!candidate) return undefined;
  const period = parsePeriod(candidate);
  return period.kind === 'day' ? period.from : undefined;
}

/** "Fastställd: Kommunstyrelsen 2026-05-26 § 99" (and "Beslutad:", "Antagen av:"). */
function fromDecisionField(lines: readonly string[]): DecisionFacts {
  for (const line of lines) {
    const match = /^(?:fastställd|beslutad|antagen|beslut)(?: av| i)?\s*:\s*(\S.*)$/iu.exec(plainLine(line));
    if (!match) continue;
    const value = match[1]!;
    const reference = /§\s*\d+/u.exec(value)?.[0];
    const committee = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)/u.exec(value.replace(/\d.*$/u, '').trim())?.[1];
    return { committee, reference, date: dayIn(value) };
  }
  return {};
}

/** A protocol extract: the body on one line, "§97" on one of the next, maybe "Dnr …" after. */
function fromProtocol(lines: readonly string[]): DecisionFacts {
  const plain = lines.map(plainLine);
  for (let i = 0; i < plain.length; i++) {
    if (!/^§\s*\d+$/u.test(plain[i]!)) continue;
    const before = plain.slice(Math.max(0, i - 4), i).filter((l) => l !== '');
    const body = before[before.length - 1];
    if (!body || !bodyPattern.test(body) || /arbetsutskott/u.test(body)) continue;
    const dnr = plain.slice(i + 1, i + 5).find((l) => /^dnr\b/iu.test(l));
    const date = plain.slice(Math.max(0, i - 6), i + 6).map((l) => /sammanträdesdatum|datum/iu.test(l) ? dayIn(l) : undefined).find(Boolean);
    return { committee: body, reference: dnr ? `${plain[i]} (${dnr})` : plain[i], date };
  }
  return {};
}

const decidedVerb = /(?<!\p{L})(?:antog|antogs|antagen|antaget|antagits|beslutad|beslutade|beslutat|beslutades|fastställde|fastställdes|fastställd|godkände|godkändes|godkänd)(?!\p{L})/iu;
const bodyInSentence = /(?<!\p{L})((?:\p{L}+-\s(?:och|eller)\s)?\p{L}*(?:nämnden|styrelsen|fullmäktige)(?:s arbetsutskott)?)(?!\p{L})/iu;

/**
 * A decision stated in the prose: a sentence with a decision verb, a
 * paragraph sign and a number ("Planen antogs av kommunstyrelsen den 12
 * mars 2026, § 45, …", "Vård- och omsorgsnämnden beslutade den 18 februari
 * 2025 (§ 12) att anta denna plan"): the body, the § and the day it names.
 */
function fromProse(lines: readonly string[]): DecisionFacts {
  for (const sentence of sentences(lines)) {
    if (sentence.length > 400 || !decidedVerb.test(sentence)) continue;
    const reference = /§\s*\d+/u.exec(sentence)?.[0];
    if (!reference) continue;
    const body = bodyInSentence.exec(sentence)?.[1];
    const committee = body ? body.charAt(0).toLocaleUpperCase('sv-SE') + body.slice(1) : undefined;
    return { committee, reference, date: dayIn(sentence) };
  }
  return {};
}

/**
 * The decision behind a plan: a "Fastställd:" field (Oskarshamn), a
 * protocol extract ("Socialnämnden … §97", Norrtälje's 000), a sentence
 * of the prose with a decision verb and a §, and the
 * committee from "Beslutsinstans:" or "Socialnämnden beslutar om
 * handlingsplanen". What the document does not say stays undefined.
 */
export function findDecision(lines: readonly string[]): DecisionFacts {
  const field = fromDecisionField(lines);
  const protocol = fromProtocol(lines);
  const prose = field.reference || protocol.reference ? {} : fromProse(lines);
  let committee = field.committee ?? protocol.committee ?? prose.committee;
  for (const line of lines) {
    const instance = /^beslutsinstans\s*:\s*(\S.*)$/iu.exec(plainLine(line));
    if (instance) committee = instance[1]!.trim();
  }
  if (!committee) committee = lines.map((l) => bodyInText.exec(l)?.[1]).find(Boolean);
  return {
    committee,
    reference: field.reference ?? protocol.reference ?? prose.reference,
    date: field.date ?? protocol.date ?? prose.date,
  };
}
