import { DecodePanel } from "./DecodePanel.tsx";

export function App() {
  return (
    <main>
      <h1>What is my network?</h1>
      <DecodePanel />
    </main>
  );
}
