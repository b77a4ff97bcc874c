/**
 * The stylesheet of the form, inbox and case view: calm and plain, system
 * fonts (nothing fetched), large touch targets, readable on a phone, high
 * contrast, visible focus. Served from Tillit itself as /anmalan/stil.css.
 */
export const reportStyles = `
:root {
  --ink: #1f2a37; --muted: #4b5563; --line: #d9dee5; --paper: #ffffff; --ground: #f4f6f8;
  --accent: #1d4e6b; --accent-ink: #ffffff; --accent-soft: #e7f0f5;
  --warn: #8a1c1c; --warn-soft: #fdecec; --ok: #1e5e3a; --ok-soft: #e8f5ec; --note-soft: #fff8e6;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--ground); color: var(--ink);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid #f0b429; outline-offset: 2px;
}
.page { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.page.wide { max-width: 68rem; }
header.top { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; margin-bottom: 1rem; }
header.top .brand { font-weight: 600; color: var(--muted); letter-spacing: .02em; }
nav.info-nav { margin: 0 0 1.2rem; color: var(--muted); line-height: 1.8; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .2rem 0 .8rem; }
h2 { font-size: 1.15rem; margin: 0 0 .6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
p { margin: 0 0 .8rem; }
.lead { font-size: 1.08rem; }
.muted { color: var(--muted); }
.small { font-size: .9rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.2rem; margin: 0 0 1rem; }
.emergency { background: var(--warn-soft); border-left: 4px solid var(--warn); padding: .6rem .9rem; border-radius: 6px; font-weight: 600; margin: 0 0 1rem; }
.protection { background: var(--accent-soft); border-color: #c6dbe7; }
.protection ul { margin: .2rem 0 0; padding-left: 1.2rem; }
.protection li { margin: .35rem 0; }
.protection h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
.protection ul.not li { list-style: "! "; }
.protection ul.not li::marker { color: var(--warn); font-weight: 700; }
select { max-width: 28rem; }
details summary { cursor: pointer; font-weight: 600; }
fieldset { border: 0; padding: 0; margin: 0 0 1.3rem; min-width: 0; }
legend, label.field { font-weight: 600; display: block; margin-bottom: .35rem; padding: 0; }
form label.field:not(:first-child) { margin-top: 1rem; }
.hint { color: var(--muted); font-size: .92rem; margin: -.15rem 0 .5rem; }
.choices label { display: flex; gap: .6rem; align-items: flex-start; padding: .45rem .2rem; cursor: pointer; }
.choices input { width: 1.25rem; height: 1.25rem; margin: .15rem 0 0; flex: none; accent-color: var(--accent); }
.choices .what { font-weight: 500; }
.choices .why { display: block; color: var(--muted); font-size: .9rem; }
.choices.inline { display: flex; flex-wrap: wrap; gap: 0 1.2rem; }
select, input[type=text], textarea {
  width: 100%; font: inherit; color: inherit; background: #fff; border: 1px solid #9aa5b1; border-radius: 6px; padding: .6rem .7rem;
}
textarea { min-height: 11rem; resize: vertical; }
.counter { text-align: right; font-size: .85rem; color: var(--muted); margin-top: .2rem; }
button, .button {
  display: inline-block; font: inherit; font-weight: 600; border: 0; border-radius: 8px; padding: .75rem 1.3rem; cursor: pointer;
  background: var(--accent); color: var(--accent-ink); text-decoration: none; min-height: 2.75rem;
}
button.secondary, .button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
button.danger { background: var(--warn); }
button.link { background: none; color: var(--accent); padding: 0; min-height: 0; text-decoration: underline; font-weight: 500; }
.actions { display: flex; gap: .8rem; flex-wrap: wrap; align-items: center; margin-top: .5rem; }
.actions.center { justify-content: center; }
.errors { background: var(--warn-soft); border: 1px solid #f1b5b5; border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
.errors ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.field-error { color: var(--warn); font-weight: 600; font-size: .92rem; margin: 0 0 .4rem; }
.notice { background: var(--ok-soft); border: 1px solid #b7dcc4; border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
.code-box { background: var(--note-soft); border: 2px dashed #c99a2e; border-radius: 10px; padding: 1rem; text-align: center; margin: 1rem 0; }
.code { font: 700 1.55rem/1.3 ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", monospace; letter-spacing: .06em; word-spacing: .25em; overflow-wrap: anywhere; }
.thread { list-style: none; margin: 0; padding: 0; }
.thread li { border: 1px solid var(--line); border-radius: 8px; padding: .7rem .9rem; margin: 0 0 .7rem; background: #fff; }
.thread li.mine { background: var(--accent-soft); border-color: #c6dbe7; margin-left: 1.5rem; }
.thread li.theirs { margin-right: 1.5rem; }
.thread .meta { font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
.prewrap { white-space: pre-wrap; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
footer.page-footer { margin-top: 2rem; color: var(--muted); font-size: .88rem; }
table.cases { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
table.cases th, table.cases td { text-align: left; padding: .55rem .7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.cases th { background: #eef1f4; font-size: .9rem; }
table.cases tr:last-child td { border-bottom: 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: .05rem .45rem; border-radius: 999px; background: #eef1f4; color: var(--ink); white-space: nowrap; }
.badge.new { background: #fde8c8; } .badge.acknowledged { background: var(--accent-soft); } .badge.closed { background: #e5e7eb; color: var(--muted); }
.badge.late { background: var(--warn-soft); color: var(--warn); }
.badge.unread { background: var(--accent); color: #fff; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.status-line { color: var(--ok); font-weight: 600; min-height: 1.4rem; }
.status-line.error { color: var(--warn); }
.people { display: flex; flex-direction: column; gap: .5rem; max-width: 22rem; }
.hidden { display: none !important; }
@media (max-width: 40rem) {
  .page { padding: 1rem .8rem 2.5rem; }
  h1 { font-size: 1.35rem; }
  .code { font-size: 1.25rem; }
  .grid2 { grid-template-columns: 1fr; }
  .thread li.mine { margin-left: .6rem; } .thread li.theirs { margin-right: .6rem; }
  table.cases thead { display: none; }
  table.cases, table.cases tbody, table.cases tr, table.cases td { display: block; width: 100%; }
  table.cases tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  table.cases td { border: 0; padding: .15rem .7rem; }
  table.cases td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
  button, .button { width: 100%; text-align: center; }
  button.link { width: auto; }
}
`;
