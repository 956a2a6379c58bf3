/**
 * The StudyRecord as a TypeBox schema: the detail response and the body of a curator's edit.
 * Closed objects throughout, so what is stored is exactly what the domain type describes (checked
 * at compile time against src/domain/evidence/types.ts at the bottom of this file).
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { DESIGNS, FACT_STATUSES, type StudyRecord } from '../domain/evidence/types.ts';
import { StringEnum } from './common.ts';

const closed = { additionalProperties: false } as const;
const Str = (max = 2000) => Type.String({ maxLength: max });
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const List = <T extends TSchema>(t: T, max = 200) => Type.Array(t, { maxItems: max });
const Num = Type.Number();

export const FactStatusSchema = StringEnum(FACT_STATUSES);

export const Fact = <T extends TSchema>(value: T) =>
  Type.Object({ value, status: FactStatusSchema, source: Str(1000), note: Opt(Str(2000)) }, closed);

const CslName = Type.Object({ family: Opt(Str(200)), given: Opt(Str(200)), literal: Opt(Str(500)) }, closed);
const CslDate = Type.Object(
  {
    'date-parts': Opt(List(List(Type.Union([Type.Integer(), Str(20)]), 3), 2)),
    raw: Opt(Str(100)),
    literal: Opt(Str(100)),
  },
  closed,
);
export const CslItemSchema = Type.Object(
  {
    id: Str(100),
    type: Str(50),
    author: Opt(List(CslName, 500)),
    issued: Opt(CslDate),
    title: Opt(Str()),
    'container-title': Opt(Str()),
    'container-title-short': Opt(Str()),
    volume: Opt(Str()),
    issue: Opt(Str()),
    page: Opt(Str()),
    number: Opt(Str()),
    DOI: Opt(Str()),
    PMID: Opt(Str()),
    PMCID: Opt(Str()),
    URL: Opt(Str()),
    publisher: Opt(Str()),
    note: Opt(Str()),
    'citation-key': Opt(Str(100)),
  },
  { ...closed, description: 'CSL-JSON item' },
);

const Design = Type.Object({ kind: StringEnum(DESIGNS), text: Str(500) }, closed);
const SampleSize = Type.Object(
  {
    started: Opt(Type.Integer({ minimum: 0 })),
    randomised: Opt(Type.Integer({ minimum: 0 })),
    analysed: Opt(Type.Integer({ minimum: 0 })),
    text: Opt(Str(500)),
  },
  closed,
);
const Intervention = Type.Object(
  {
    drug: Fact(Str(100)),
    route: Nullable(Fact(Nullable(List(Str(50), 10)))),
    dose: Nullable(Fact(Nullable(Str(500)))),
    sessions: Nullable(Fact(Nullable(Str(500)))),
    psychotherapy: Nullable(Fact(Nullable(Str(500)))),
  },
  closed,
);
const ReportedEffect = Type.Object(
  {
    type: Str(100),
    value: Num,
    valueUpTo: Opt(Num),
    ciLower: Opt(Num),
    ciUpper: Opt(Num),
    ciLevel: Opt(Num),
    detail: Opt(Str(200)),
  },
  closed,
);
const Outcome = Type.Object(
  {
    measure: Str(200),
    timepoint: Str(200),
    arm: Str(200),
    quantity: Str(300),
    n: Opt(Type.Integer({ minimum: 0 })),
    mean: Opt(Num),
    sd: Opt(Num),
    se: Opt(Num),
    median: Opt(Num),
    events: Opt(Type.Integer({ minimum: 0 })),
    total: Opt(Type.Integer({ minimum: 0 })),
    percent: Opt(Num),
    percentUpTo: Opt(Num),
    reportedEffect: Opt(ReportedEffect),
    status: FactStatusSchema,
    provenance: Str(1000),
    note: Opt(Str(2000)),
  },
  closed,
);
const Caution = Type.Object(
  { id: Str(100), text: Str(), status: FactStatusSchema, source: Str(1000) },
  closed,
);
const Circulated = Type.Object(
  { text: Str(), correction: Str(), status: FactStatusSchema, source: Str(1000) },
  closed,
);
const Related = Type.Object(
  {
    relation: StringEnum([
      'preprint',
      'peer-reviewed version',
      'companion paper',
      'follow-up of',
      'followed up by',
    ] as const),
    citation: Str(),
    doi: Opt(Str(300)),
    studyId: Opt(Str(100)),
  },
  closed,
);

export const StudyIdSchema = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,99}$',
  description: 'Study slug, e.g. feder-2025',
});

export const StudyRecordSchema = Type.Object(
  {
    id: StudyIdSchema,
    label: Str(),
    citation: Fact(CslItemSchema),
    doi: Nullable(Fact(Str())),
    pmid: Nullable(Fact(Str())),
    pmcid: Nullable(Fact(Str())),
    registrations: List(Fact(Str(100)), 20),
    related: List(Fact(Related), 20),
    design: Nullable(Fact(Design)),
    setting: Nullable(Fact(Str(1000))),
    population: Nullable(Fact(Str(1000))),
    conditions: Fact(List(Str(100), 30)),
    n: Nullable(Fact(SampleSize)),
    intervention: Nullable(Intervention),
    comparator: Nullable(Fact(Str(1000))),
    followUp: Nullable(Fact(Str(1000))),
    measures: Fact(List(Str(200), 50)),
    outcomes: List(Outcome),
    keyFindings: List(Fact(Str()), 30),
    cautions: List(Caution, 30),
    circulatedCitations: List(Circulated, 30),
    doNotUsePooledEstimate: Opt(Fact(Type.Literal(true))),
    bibliography: Opt(
      Type.Object(
        {
          title: Opt(Fact(Str(2000))),
          author: Opt(Fact(List(CslName, 500))),
          doi: Opt(Fact(Str())),
          pmid: Opt(Fact(Str())),
        },
        closed,
      ),
    ),
  },
  closed,
);

// The schema and the domain type describe the same thing, both ways.
type Schema = Static<typeof StudyRecordSchema>;
const _toSchema = (r: StudyRecord): Schema => r;
const _fromSchema = (s: Schema): StudyRecord => s;
void _toSchema;
void _fromSchema;
