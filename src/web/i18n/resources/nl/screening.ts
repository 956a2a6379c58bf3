/**
 * Dutch texts of the screening checklists (translated from the domain's English, item by item;
 * for the clinic's medical lead to review, as the English source says).
 */
import type { ChecklistTexts } from '../en/screening.ts';

const PREGNANCY = {
  text: 'Zwanger, of mogelijk zwanger',
  guidance:
    'Vraag naar zwangerschap en anticonceptie; volg het protocol van de kliniek voor zwangerschapstests.',
};
const SUICIDE_RISK = {
  text: 'Huidige suïcidale gedachten met intentie of plan, of een suïcidepoging in het afgelopen jaar',
  guidance: 'Voer vóór een besluit de risicotaxatie uit en stel het veiligheidsplan van de kliniek op.',
};
const LIVER = {
  text: 'Ernstige leverziekte',
  guidance: 'Vraag naar hepatitis, levercirrose en recente leverfunctietests.',
};
const BREASTFEEDING = {
  text: 'Geeft borstvoeding',
  guidance: 'De voorschrijver beslist samen met de cliënt.',
};
const SUBSTANCE_GUIDANCE = 'Beschrijf het middel, de hoeveelheid en de behandeling.';
const HYPERTENSION = 'Onvoldoende gereguleerde hoge bloeddruk';
const RECORDS = 'vraag bij twijfel medische gegevens op.';
const MEDICATION_GUIDANCE =
  'Vermeld alle medicatie in de screening; de voorschrijver beoordeelt de interacties.';

export const screening = {
  source:
    'gangbare exclusiecriteria uit klinische studies; ter beoordeling door de medisch verantwoordelijke van de kliniek',
  checklists: {
    'ketamine-1': {
      title: 'Screening ketamine',
      items: {
        'uncontrolled-hypertension': {
          text: HYPERTENSION,
          guidance:
            'Ketamine verhoogt de bloeddruk. Leg de bloeddruk bij intake en de huidige behandeling vast.',
        },
        'cardiovascular-disease': {
          text: 'Ernstige hart- en vaatziekte (bijv. recent hartinfarct, instabiele angina pectoris, hartfalen, ernstige hartritmestoornis) of een voorgeschiedenis van een aneurysma of arterioveneuze malformatie',
          guidance: `Vraag naar hart- en vaatziekten, een beroerte en vaatchirurgie; ${RECORDS}`,
        },
        'raised-intracranial-pressure': {
          text: 'Verhoogde intracraniële druk (bijv. recent hoofdletsel, een ruimte-innemend proces of bloeding in de schedel)',
          guidance: 'Vraag naar recent hoofdletsel, een hersentumor, hydrocefalus of neurochirurgie.',
        },
        psychosis: {
          text: 'Huidige of eerdere psychotische stoornis (bijv. schizofrenie, schizoaffectieve stoornis) of psychotische symptomen',
          guidance: 'Vraag naar diagnoses, hallucinaties of wanen, en behandeling met antipsychotica.',
        },
        'current-mania': {
          text: 'Huidige manische of hypomane episode',
          guidance:
            'Een voorgeschiedenis van een bipolaire stoornis zonder huidige episode is een aandachtspunt (zie hieronder).',
        },
        pregnancy: PREGNANCY,
        'ketamine-use-disorder': {
          text: 'Huidige stoornis in het gebruik van ketamine of andere dissociatieve middelen',
          guidance: 'Vraag naar niet-medisch gebruik van ketamine, PCP of andere dissociatieve middelen.',
        },
        'ketamine-hypersensitivity': {
          text: 'Bekende overgevoeligheid of allergie voor ketamine',
          guidance: 'Vraag naar reacties op eerdere anesthesie of een eerdere ketaminebehandeling.',
        },
        'bipolar-history': {
          text: 'Voorgeschiedenis van een bipolaire stoornis (geen huidige episode)',
          guidance:
            'Stemmingsstabilisatoren en het risico op een omslag naar een manie moeten door de voorschrijver worden beoordeeld.',
        },
        'other-substance-use-disorder': {
          text: 'Huidige stoornis in middelengebruik waarbij geen ketamine betrokken is (inclusief alcohol)',
          guidance: SUBSTANCE_GUIDANCE,
        },
        'suicide-risk': SUICIDE_RISK,
        'respiratory-disease': {
          text: 'Ernstige longziekte of slaapapneu',
          guidance: 'Van belang voor de bewaking tijdens en na de dosering.',
        },
        'liver-disease': LIVER,
        'urinary-problems': {
          text: 'Problemen met de blaas of de urinewegen',
          guidance:
            'Herhaald ketaminegebruik wordt in verband gebracht met blaasontsteking; leg de uitgangssituatie vast.',
        },
        hyperthyroidism: {
          text: 'Onbehandelde of onvoldoende gereguleerde overactieve schildklier',
          guidance: 'Vraag naar schildklierziekte en de behandeling ervan.',
        },
        glaucoma: {
          text: 'Glaucoom of verhoogde oogdruk',
          guidance: 'Vraag naar oogziekten en de behandeling ervan.',
        },
        breastfeeding: BREASTFEEDING,
        'interacting-medication': {
          text: 'Gebruikt medicatie die een wisselwerking met ketamine kan hebben of het effect kan afzwakken (bijv. benzodiazepinen, lamotrigine, stimulantia, MAO-remmers, opioïden)',
          guidance: MEDICATION_GUIDANCE,
        },
      },
    },
    'psilocybin-1': {
      title: 'Screening psilocybine',
      items: {
        'psychosis-personal': {
          text: 'Eigen voorgeschiedenis van een psychotische stoornis (bijv. schizofrenie, schizoaffectieve stoornis) of een bipolaire-I-stoornis',
          guidance:
            'Vraag naar diagnoses, eerdere hallucinaties of wanen, manie en behandeling met antipsychotica.',
        },
        'psychosis-family': {
          text: 'Een ouder, broer, zus of kind met een psychotische stoornis of een bipolaire-I-stoornis',
          guidance: 'Alleen eerstegraads familieleden; leg vast wie en welke diagnose, voor zover bekend.',
        },
        pregnancy: PREGNANCY,
        'uncontrolled-hypertension': {
          text: HYPERTENSION,
          guidance: 'Psilocybine verhoogt de bloeddruk en de hartslag. Leg de bloeddruk bij intake vast.',
        },
        'cardiovascular-disease': {
          text: 'Ernstige hart- en vaatziekte (bijv. recent hartinfarct of recente beroerte, angina pectoris, hartfalen, ernstige hartritmestoornis)',
          guidance: `Vraag naar hart- en vaatziekten; ${RECORDS}`,
        },
        lithium: {
          text: 'Gebruikt lithium',
          guidance:
            'Meldingen brengen lithium in combinatie met psychedelica in verband met epileptische aanvallen; de voorschrijver beoordeelt dit.',
        },
        maoi: {
          text: 'Gebruikt een monoamineoxidaseremmer (MAO-remmer)',
          guidance: 'Waaronder moclobemide, fenelzine, tranylcypromine, selegiline en linezolid.',
        },
        'serotonergic-medication': {
          text: 'Gebruikt een SSRI, SNRI of andere serotonerge medicatie (bijv. tricyclische antidepressiva, trazodon, tramadol, triptanen)',
          guidance:
            'Deze kunnen het effect afzwakken of veranderen; een wijziging of afbouw is een besluit van de voorschrijver.',
        },
        'antipsychotic-medication': {
          text: 'Gebruikt antipsychotica',
          guidance: 'Vraag waarom ze zijn voorgeschreven; ze kunnen het effect afzwakken.',
        },
        seizures: {
          text: 'Voorgeschiedenis van epileptische aanvallen of epilepsie',
          guidance: 'Vraag naar de laatste aanval en de behandeling.',
        },
        'bipolar-ii': {
          text: 'Eigen voorgeschiedenis van een bipolaire-II-stoornis',
          guidance: 'De voorschrijver beoordeelt het risico op een stemmingsomslag.',
        },
        'suicide-risk': SUICIDE_RISK,
        'substance-use-disorder': {
          text: 'Huidige stoornis in middelengebruik (inclusief alcohol)',
          guidance: SUBSTANCE_GUIDANCE,
        },
        'persisting-perception-changes': {
          text: 'Blijvende veranderingen in de waarneming na eerder gebruik van hallucinogenen',
          guidance: 'Vraag wat er gebeurde, hoe lang het duurde en of het nog aanhoudt.',
        },
        'liver-disease': LIVER,
        breastfeeding: BREASTFEEDING,
      },
    },
    'other-1': {
      title: 'Algemene screening',
      items: {
        psychosis: {
          text: 'Huidige of eerdere psychotische stoornis of bipolaire-I-stoornis',
          guidance:
            'Vraag naar diagnoses, eerdere hallucinaties of wanen, manie en behandeling met antipsychotica.',
        },
        pregnancy: PREGNANCY,
        hypersensitivity: {
          text: 'Bekende overgevoeligheid of allergie voor het middel',
          guidance: 'Vraag naar eerdere reacties.',
        },
        'uncontrolled-hypertension': {
          text: HYPERTENSION,
          guidance: 'Leg de bloeddruk bij intake en de huidige behandeling vast.',
        },
        'cardiovascular-disease': {
          text: 'Ernstige hart- en vaatziekte',
          guidance: `Vraag naar hart- en vaatziekten; ${RECORDS}`,
        },
        'substance-use-disorder': {
          text: 'Huidige stoornis in middelengebruik (inclusief alcohol)',
          guidance: SUBSTANCE_GUIDANCE,
        },
        'suicide-risk': SUICIDE_RISK,
        'interacting-medication': {
          text: 'Gebruikt medicatie die een wisselwerking met het middel kan hebben',
          guidance: MEDICATION_GUIDANCE,
        },
      },
    },
  } as Record<string, ChecklistTexts>,
};
