// What a results link (#r=…) or a support code (#code=…) that does not read shows instead: what
// went wrong in one plain sentence, what to ask for, and a way to test this network.

import { ownTestHref } from "./own-test-href.ts";

export function FragmentError(props: {
  title: string;
  why: string;
  again: string;
  testMine: string;
}) {
  return (
    <div class="card error-panel shared-error" role="alert">
      <h1>{props.title}</h1>
      <p>{props.why}</p>
      <p>{props.again}</p>
      <p>
        <a class="button" href={ownTestHref()}>
          {props.testMine}
        </a>
      </p>
    </div>
  );
}
