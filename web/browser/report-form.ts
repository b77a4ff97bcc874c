/**
 * The little script of the anonymous form, receipt and inbox pages: a
 * character counter, a "copy the code" button, focus on the list of
 * problems — and the proof of work. When a form marked `data-pow` is sent,
 * it fetches a challenge from Tillit (/anmalan/utmaning, the only request it
 * makes, carrying nothing but the purpose), searches with WebCrypto's
 * SHA-256 for a nonce whose hash starts with enough zero bits (a few hundred
 * milliseconds when calm), and then posts the form with the solution.
 */

function counters(): void {
  document.querySelectorAll<HTMLTextAreaElement>('textarea[data-counter]').forEach((area) => {
    const out = document.getElementById(area.dataset.counter ?? '');
    if (!out) return;
    const max = area.maxLength > 0 ? area.maxLength : 20000;
    const update = () => {
      out.textContent = `${area.value.length.toLocaleString(document.documentElement.lang)} / ${max.toLocaleString(document.documentElement.lang)}`;
    };
    area.addEventListener('input', update);
    update();
  });
}

function copyButton(): void {
  const button = document.getElementById('copy-code') as HTMLButtonElement | null;
  if (!button || !navigator.clipboard) return;
  button.classList.remove('hidden');
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(button.dataset.code ?? '').then(() => {
      button.textContent = button.dataset.copied ?? button.textContent;
    });
  });
}

function focusErrors(): void {
  document.getElementById('errors')?.focus();
}

/** Leading zero bits of a hash (the same rule as src/reports/proof-of-work.ts). */
function zeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Searches nonces 0, 1, 2 … in batches (WebCrypto is asynchronous) until one has `bits` zero bits. */
async function solve(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  const batch = 256;
  for (let start = 0; ; start += batch) {
    const hashes = await Promise.all(
      Array.from({ length: batch }, (_, i) => crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${start + i}`))),
    );
    const found = hashes.findIndex((h) => zeroBits(new Uint8Array(h)) >= bits);
    if (found >= 0) return String(start + found);
  }
}

function proofOfWork(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-pow]').forEach((form) => {
    const status = form.querySelector<HTMLElement>('[data-pow-status]');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    let busy = false;
    // Back from the next page (bfcache): the form is usable again.
    window.addEventListener('pageshow', () => {
      busy = false;
      if (button) button.disabled = false;
      if (status) status.textContent = '';
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      if (button) button.disabled = true;
      if (status) status.textContent = status.dataset.working ?? '';
      fetch(`/anmalan/utmaning?for=${encodeURIComponent(form.dataset.pow ?? '')}`, { cache: 'no-store', credentials: 'omit' })
        .then((res) => (res.ok ? (res.json() as Promise<{ challenge: string; bits: number }>) : Promise.reject(new Error(String(res.status)))))
        .then(async ({ challenge, bits }) => {
          const nonce = await solve(challenge, bits);
          (form.elements.namedItem('pow') as HTMLInputElement).value = challenge;
          (form.elements.namedItem('powNonce') as HTMLInputElement).value = nonce;
          // The prototype's submit: it does not fire this handler again.
          HTMLFormElement.prototype.submit.call(form);
        })
        .catch(() => {
          busy = false;
          if (button) button.disabled = false;
          if (status) status.textContent = status.dataset.failed ?? '';
        });
    });
  });
}

counters();
copyButton();
proofOfWork();
focusErrors();
