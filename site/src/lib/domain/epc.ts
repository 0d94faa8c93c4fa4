/**
 * The EPC069-12 payload ("GiroCode", "QR code SEPA") that banking apps scan to prefill a
 * credit transfer: beneficiary, IBAN, amount and our reference. Version 002, UTF-8.
 */
export interface TransferRequest {
  name: string;
  iban: string;
  bic?: string;
  amountCents: number;
  reference: string;
}

export function epcPayload(request: TransferRequest): string {
  const iban = request.iban.replace(/\s+/g, '').toUpperCase();
  const amount = `EUR${(request.amountCents / 100).toFixed(2)}`;
  return [
    'BCD',
    '002',
    '1', // UTF-8
    'SCT',
    (request.bic ?? '').replace(/\s+/g, '').toUpperCase(),
    request.name.slice(0, 70),
    iban,
    amount,
    '', // purpose
    '', // structured creditor reference
    request.reference.slice(0, 140), // unstructured remittance information
  ].join('\n');
}
