// A support code opened at #code=…: the verdict it holds, in words, clearly labelled as read
// from a code (someone else's network), with the facts the code carries and what a code cannot
// say; or, when it does not read, why, in a plain sentence. Nothing from the fragment is shown
// but the code itself as the codec rewrote it (characters of its alphabet only).

import { WELL_KNOWN_PREFIX } from "../core/addr/ip-text.ts";
import { decodeSupportCode, type SupportFacts } from "../core/share/support-code.ts";
import { useI18n, Voice } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import { FragmentError } from "./FragmentError.tsx";
import { ownTestHref } from "./own-test-href.ts";
import { VerdictCard } from "./VerdictCard.tsx";
import { supportCodeErrorWords } from "./words/support-code.ts";
import {
  type CardFacts,
  confidenceText,
  type MeaningFacts,
  verdictMeaning,
} from "./words/verdict.ts";

export interface SupportCodeViewProps {
  /** The text after "#code=". */
  fragment: string;
}

function cardFacts(facts: SupportFacts): CardFacts {
  const { verdict: code, rule, confidence, clat, literalSynthesis } = facts;
  return { code, rule, confidence, clat, literalSynthesis };
}

/** What the technical meaning needs; a network-specific prefix is not in the code. */
function meaningFacts(facts: SupportFacts): MeaningFacts {
  return {
    code: facts.verdict,
    clat: facts.clat,
    nat64: {
      prefix: facts.prefix === "well-known" ? WELL_KNOWN_PREFIX : null,
      ...(facts.literalSynthesis ? { literalSynthesis: true as const } : {}),
    },
  };
}

function answer({ t }: I18n, value: boolean | null): string {
  return value === null ? t("results.unknown") : value ? t("results.yes") : t("results.no");
}

function nat64Answer(i18n: I18n, facts: SupportFacts): string {
  const { t } = i18n;
  if (facts.prefix === "well-known") {
    return t("code.value.wellKnown", { prefix: WELL_KNOWN_PREFIX });
  }
  if (facts.prefix === "network-specific") return t("code.value.networkSpecific");
  return answer(i18n, facts.nat64);
}

function CodeFacts({ facts }: { facts: SupportFacts }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, string, boolean?][] = [
    [t("code.fact.ipv4"), facts.ipv4 ? t("code.value.reached") : t("code.value.notReached")],
    [t("code.fact.ipv6"), facts.ipv6 ? t("code.value.works") : t("code.value.fails")],
    [t("code.fact.nat64"), nat64Answer(i18n, facts)],
    [t("code.fact.clat"), answer(i18n, facts.clat)],
    [
      t("code.fact.engine"),
      facts.engine ? t(`verdict.engine.${facts.engine}`) : t("code.value.notRecorded"),
    ],
    [t("code.fact.page"), facts.https ? "https://" : "http://", true],
    [t("code.fact.rule"), facts.rule ?? "—", true],
  ];
  return (
    <>
      <h2>{t("code.factsTitle")}</h2>
      <dl class="facts">
        {rows.map(([label, value, mono]) => [
          <dt key={`${label}-t`}>{label}</dt>,
          <dd key={`${label}-d`} class={mono ? "mono" : undefined}>
            {value}
          </dd>,
        ])}
      </dl>
      <p class="muted small">{confidenceText(i18n, facts.confidence)}</p>
      <p>{t("code.cannotSay")}</p>
    </>
  );
}

export function SupportCodeView({ fragment }: SupportCodeViewProps) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  // A fragment arrives percent-encoded when typed into some address bars ("AHRK%20…").
  let text = fragment;
  try {
    text = decodeURIComponent(fragment);
  } catch {
    // Keep it as it came: the codec refuses what it cannot read.
  }
  const outcome = decodeSupportCode(text);

  if (!outcome.ok) {
    return (
      <FragmentError
        title={t("code.error.title")}
        why={supportCodeErrorWords(i18n, outcome.error)}
        again={t("code.error.again")}
        testMine={t("code.testMine")}
      />
    );
  }

  const { facts, code } = outcome;
  return (
    <div class="shared support-code-view">
      <div class="card shared-banner" role="note">
        <h1>{t("code.title")}</h1>
        <p class="shared-label">
          <strong>
            {rich("code.from", { code: <span class="support-code-inline">{code}</span> })}
          </strong>
        </p>
        <div class="actions">
          <a class="button" href={ownTestHref()}>
            {t("code.testMine")}
          </a>
        </div>
      </div>
      {/* Someone else's network: "that network", as in a shared result. */}
      <Voice value="shared">
        <CodeResult facts={facts} />
      </Voice>
    </div>
  );
}

/** The verdict a code holds (inside the shared voice, so it reads its own I18n from there). */
function CodeResult({ facts }: { facts: SupportFacts }) {
  const i18n = useI18n();
  return (
    <div class="result" data-verdict={facts.verdict} data-rule={facts.rule ?? ""}>
      <VerdictCard facts={cardFacts(facts)} />
      <details class="verdict-more">
        <summary>{i18n.t("results.card.details")}</summary>
        <ul class="meaning">
          {verdictMeaning(i18n, meaningFacts(facts)).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <CodeFacts facts={facts} />
    </div>
  );
}
