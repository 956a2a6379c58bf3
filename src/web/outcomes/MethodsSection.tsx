/**
 * "How these numbers are computed": each method and what it assumes, in plain language, taken from
 * the code that computes it (src/domain/outcomes: analyse.ts, matrix.ts, means.ts, proportions.ts,
 * lmm.ts, durability.ts, subgroups.ts, rules.ts). Collapsed until asked for.
 */
import { Accordion, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const P = ({ children }: { children: ReactNode }) => (
  <Text size="sm" mb="xs" maw={760}>
    {children}
  </Text>
);

const METHODS: Array<{ value: string; title: string; body: ReactNode }> = [
  {
    value: 'who',
    title: 'Who is counted, and what “expected” means',
    body: (
      <>
        <P>
          The analysis set is every enrollment that started treatment (reached the active stage), under the
          filters chosen. The baseline is the program’s first timepoint marked as baseline.
        </P>
        <P>
          A timepoint is expected for a client once it has been answered or its window has closed. A timepoint
          whose window is still open, or that lies in the future, is neither expected nor missing; one that is
          not part of the client’s arm does not apply to them. Missing = expected − assessed.
        </P>
      </>
    ),
  },
  {
    value: 'observed',
    title: 'Observed cases',
    body: (
      <P>
        The mean and SD (divisor n − 1) of everyone assessed at the timepoint. It assumes those who were not
        assessed would have scored like those who were; if people stop answering because they are doing badly,
        it flatters the program.
      </P>
    ),
  },
  {
    value: 'change',
    title: 'Mean change and its 95% interval',
    body: (
      <P>
        Among clients assessed at both baseline and the timepoint: the mean of (timepoint − baseline) on the
        questionnaire’s own scale, with the paired t interval mean ± t(0.975, n − 1) × SD/√n, as R’s t.test(…,
        paired = TRUE). It needs at least two pairs and some variation in the changes.
      </P>
    ),
  },
  {
    value: 'effect',
    title: 'Effect size',
    body: (
      <P>
        The standardised mean change with raw-score standardisation (metafor’s escalc “SMCR”): mean change ÷
        baseline SD, multiplied by Hedges’ small-sample correction, with the variance 2(1 − r)/n + d²/(2n)
        where r is the observed baseline–timepoint correlation, and a normal 95% interval. It is signed so
        that a positive value is an improvement whichever direction the questionnaire runs. It needs at least
        three pairs.
      </P>
    ),
  },
  {
    value: 'proportions',
    title: 'Response, remission and the Wilson interval',
    body: (
      <>
        <P>
          Response and remission are counted among clients assessed at both baseline and the timepoint, with
          the questionnaire’s own criteria (shown above): response is at least the stated percentage
          improvement from a baseline above zero; remission is a total at or below the stated value. They are
          the same rules each client’s own page uses.
        </P>
        <P>
          Each percentage has a Wilson score 95% interval (the interval R’s prop.test(…, correct = FALSE)
          reports). Unlike the simple ± 1.96 × SE interval, it stays between 0 and 100% and is not zero-width
          when nobody, or everybody, responded.
        </P>
      </>
    ),
  },
  {
    value: 'reliable',
    title: 'Reliable improvement and deterioration',
    body: (
      <P>
        A change counts as reliable when it is at least the threshold in points: the published threshold for
        the questionnaire’s total when there is one, otherwise the Jacobson–Truax threshold 1.96 × √2 × SD ×
        √(1 − r) from a published reliability figure. Reliable changes are split into improvements and
        deteriorations by their direction. The threshold used is named above the table.
      </P>
    ),
  },
  {
    value: 'completers',
    title: 'Completers',
    body: (
      <P>
        Only clients assessed at baseline and at every timepoint due for them. It assumes completers are like
        everyone else; usually they are the ones doing better, so it tends to be optimistic.
      </P>
    ),
  },
  {
    value: 'locf',
    title: 'Last observation carried forward (LOCF)',
    body: (
      <P>
        Clients assessed at baseline; at each timepoint due for them, their own last score at or before it. It
        assumes nothing changes after someone stops answering. That is usually optimistic when people leave
        because the treatment is not working, and pessimistic for those still improving.
      </P>
    ),
  },
  {
    value: 'lmm',
    title: 'Linear mixed model (LMM)',
    body: (
      <>
        <P>
          A random intercept for each client and the timepoint as a factor, fitted by restricted maximum
          likelihood (REML), as nlme::lme(score ~ 0 + timepoint, random = ~ 1 | id). Its mean at a timepoint
          is its estimate for everyone in the analysis, including those not assessed there: every score a
          client has counts, and a client who left early pulls the later means through the correlation with
          their earlier scores.
        </P>
        <P>
          It is valid when scores are missing at random given each client’s earlier scores. It cannot correct
          for dropout that depends on how someone is doing after their last answer. Its interval is mean ±
          1.96 × SE, not widened for the uncertainty in the variances. The intervals of the other three
          methods are one-sample t intervals, mean ± t(0.975, n − 1) × SD/√n.
        </P>
      </>
    ),
  },
  {
    value: 'durability',
    title: 'Durability of response',
    body: (
      <P>
        Responders are clients who met the response criterion at the end-of-treatment timepoint (the last one
        marked end of treatment unless another is chosen). At each later follow-up: how many of them were
        assessed, how many of those still meet the criterion against their own baseline (Wilson interval), and
        that count out of all endpoint responders, with those not assessed counted as not sustained, as Feder
        et al. (2025) report durable response.
      </P>
    ),
  },
  {
    value: 'subgroups',
    title: 'Subgroup comparisons',
    body: (
      <>
        <P>
          Each group is analysed exactly like the whole; a client whose value is not recorded is in “(not
          recorded)”. The reference group is the one chosen, otherwise the largest. The difference in mean
          change (group − reference) has Welch’s interval, which does not assume equal variances; the
          difference in response rate, in percentage points, has Newcombe’s hybrid score interval (built from
          the two Wilson intervals).
        </P>
        <P>
          They describe the groups; they are not adjusted for the number of comparisons or for differences
          between the groups at baseline, so read a single “significant” difference with care.
        </P>
      </>
    ),
  },
];

export function MethodsSection() {
  return (
    <Accordion variant="separated" multiple>
      {METHODS.map((m) => (
        <Accordion.Item key={m.value} value={m.value}>
          <Accordion.Control>{m.title}</Accordion.Control>
          <Accordion.Panel>{m.body}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
