// A loading.tsx fallback is streamed first and React swaps the real page in with an inline script. Without
// JavaScript that swap never happens: the page stays in a hidden <div> at the end of <body> and the reader
// sees the skeleton for ever. Render this inside such a fallback: when scripting is off, it hides the
// fallback's <main> and shows the streamed page in its place, before the footer. Tailwind's preflight
// hides [hidden] with `!important` in its base layer, and a layered `!important` beats an unlayered one:
// hence the same layer and a more specific selector.
const css = `@layer base { @media (scripting: none) {
  body:has(> div[hidden][id^="S:"]) { display: flex; flex-direction: column; }
  body > main:has(> template[id^="B:"]) { display: none; }
  body > div[hidden][id^="S:"] { display: block !important; order: 1; width: 100%; max-width: 72rem; margin: 0 auto; padding: 2rem 1rem; }
  body > footer { order: 2; width: 100%; }
} }`;

export function StreamedContentWithoutJs() {
  return <style>{css}</style>;
}
