// Placeholder until the share issue lands: renders a result link (#r=…) read-only.
export interface SharedResultViewProps {
  /** The text after "#r=". */
  fragment: string;
}

export function SharedResultView(_props: SharedResultViewProps) {
  return <p>Shared results are not supported yet.</p>;
}
