/**
 * The little script of the anonymous form, receipt and inbox pages. Every
 * page works without it; it only adds a character counter, a "copy the
 * code" button and focus on the list of problems. It talks to no server.
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

counters();
copyButton();
focusErrors();
