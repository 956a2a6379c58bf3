/**
 * An invoice (marked paid: the receipt) as PDF with pdf-lib: the organization, its VAT number,
 * the client, the number and date, the line with net, VAT and gross in the currency. Dutch or
 * English after the organization's locale. The standard Helvetica font covers Western European
 * text; anything it cannot draw is written without its accent rather than dropped.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { toDecimalString } from '../../domain/payments/money.ts';

export interface InvoiceData {
  language: 'en' | 'nl';
  organization: string;
  vatNumber: string | null;
  number: string;
  issuedAt: string;
  client: string;
  description: string;
  method: string;
  reference: string | null;
  currency: string;
  net: number;
  vat: number;
  gross: number;
  vatRateBasisPoints: number;
  refunded: number;
}

const WORDS = {
  en: {
    title: 'Invoice (paid)',
    number: 'Invoice number',
    date: 'Date',
    to: 'Billed to',
    vatNumber: 'VAT number',
    net: 'Amount excl. VAT',
    vat: 'VAT',
    gross: 'Total paid',
    method: 'Paid by',
    reference: 'Reference',
    refunded: 'Refunded',
  },
  nl: {
    title: 'Factuur (betaald)',
    number: 'Factuurnummer',
    date: 'Datum',
    to: 'Aan',
    vatNumber: 'Btw-nummer',
    net: 'Bedrag excl. btw',
    vat: 'Btw',
    gross: 'Totaal betaald',
    method: 'Betaald via',
    reference: 'Kenmerk',
    refunded: 'Terugbetaald',
  },
} as const;

/** Text Helvetica (WinAnsi) can draw: accents kept where it has them, others stripped. */
const drawable = (s: string) =>
  [...s]
    .map((ch) =>
      /[\u0020-\u007e\u00a0-\u00ff€]/.test(ch)
        ? ch
        : ch.normalize('NFD').replace(/[^\u0020-\u007e]/g, '') || '?',
    )
    .join('');

export async function invoicePdf(d: InvoiceData): Promise<Uint8Array> {
  const w = WORDS[d.language];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${d.number}`);
  pdf.setCreator('Threshold');
  const page = pdf.addPage([595.28, 841.89]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, opts: { size?: number; bold?: boolean; x?: number } = {}) => {
    page.drawText(drawable(text), {
      x: opts.x ?? 56,
      y,
      size: opts.size ?? 11,
      font: opts.bold ? bold : font,
    });
  };
  const row = (label: string, value: string) => {
    line(label);
    line(value, { x: 260 });
    y -= 18;
  };
  const amount = (minor: number) =>
    `${d.currency} ${toDecimalString({ amount: minor, currency: d.currency })}`;
  line(d.organization, { size: 16, bold: true });
  y -= 20;
  if (d.vatNumber) row(w.vatNumber, d.vatNumber);
  y -= 10;
  line(w.title, { size: 14, bold: true });
  y -= 24;
  row(w.number, d.number);
  row(w.date, d.issuedAt.slice(0, 10));
  row(w.to, d.client);
  y -= 10;
  line(d.description, { bold: true });
  y -= 22;
  row(w.net, amount(d.net));
  row(`${w.vat} (${(d.vatRateBasisPoints / 100).toFixed(2).replace(/\.?0+$/, '')}%)`, amount(d.vat));
  row(w.gross, amount(d.gross));
  row(w.method, d.method);
  if (d.reference) row(w.reference, d.reference);
  if (d.refunded > 0) row(w.refunded, amount(d.refunded));
  return pdf.save();
}
