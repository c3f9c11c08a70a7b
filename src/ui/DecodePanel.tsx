// Placeholder until the address core lands (issue 2).
export function DecodePanel() {
  return <section aria-labelledby="decode-title"><h2 id="decode-title">Decode an address</h2></section>;
}
