// "Test my own network" from a page opened at someone else's result (#r=…) or support code
// (#code=…): this page without the fragment, with the same ?config= (a deployment may use one)
// and ?lang=, and nothing else from the query, so opening it runs the test on the reader's own
// network.
export function ownTestHref(): string {
  const url = new URL(location.href);
  const kept = new URLSearchParams();
  for (const name of ["config", "lang"]) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  url.hash = "";
  return url.href.replace(/#$/, "");
}
