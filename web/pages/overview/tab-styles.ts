import { statusColours } from './status-chart-svg.js';

/**
 * The dashboard's styles: Teams' Fluent palette, one column on a phone, two
 * on a laptop, and a dark variant the script switches on with Teams' theme.
 */
/** One class per status for the chart's legend dots (no inline styles under the CSP). */
const legendDots = Object.entries(statusColours)
  .map(([key, colour]) => `.dot.s-${key}{background:${colour}}`)
  .join('');

export const tabStyles = `
:root{--bg:#f5f5f5;--card:#fff;--text:#242424;--muted:#616161;--line:#e0e0e0;--accent:#5b5fc7;
--red:#c4314b;--yellow:#c19c00;--green:#237b4b;--blue:#0f6cbd;--grey:#8a8886;
--red-bg:#fde7e9;--yellow-bg:#fff4ce;--green-bg:#dff6dd;--blue-bg:#deecf9;--grey-bg:#f0f0f0}
.theme-dark{--bg:#1f1f1f;--card:#292929;--text:#f0f0f0;--muted:#adadad;--line:#3d3d3d;--accent:#7f85f5;
--red-bg:#4a1f26;--yellow-bg:#463c12;--green-bg:#1d3a26;--blue-bg:#1b3552;--grey-bg:#333}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:14px/1.45 "Segoe UI",system-ui,-apple-system,sans-serif}
main{max-width:1200px;margin:0 auto;padding:16px}
h1{font-size:20px;margin:0 0 2px;font-weight:600}h2{font-size:16px;margin:0 0 10px;font-weight:600}
.sub{color:var(--muted);margin:0}
.card{background:var(--card);border-radius:8px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.12);margin-bottom:16px;min-width:0}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}.grid>.card{margin-bottom:0}
.head{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;justify-content:space-between;margin-bottom:16px}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px;min-width:0;max-width:100%}
select{max-width:100%;text-overflow:ellipsis}.head>div{min-width:0}
select,input,button{font:inherit;color:var(--text);background:var(--card);border:1px solid var(--line);border-radius:4px;padding:5px 8px;min-height:32px}
button{cursor:pointer}.primary{background:var(--accent);border-color:var(--accent);color:#fff}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:8px;margin-bottom:16px}
.tile{background:var(--card);border-radius:8px;padding:10px 12px;border-left:4px solid var(--grey);box-shadow:0 1px 2px rgba(0,0,0,.12)}
.tile b{display:block;font-size:22px;line-height:1.2}.tile span{color:var(--muted);font-size:12px}
.l-red{border-color:var(--red)}.l-yellow{border-color:var(--yellow)}.l-green{border-color:var(--green)}.l-blue{border-color:var(--blue)}.l-grey{border-color:var(--grey)}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--grey);margin-right:6px;vertical-align:baseline;flex:none}
.dot.red{background:var(--red)}.dot.yellow{background:var(--yellow)}.dot.green{background:var(--green)}.dot.blue{background:var(--blue)}
.areas{list-style:none;margin:0;padding:0}.areas li{display:flex;gap:8px;align-items:baseline;padding:8px 0;border-top:1px solid var(--line)}.areas li:first-child{border-top:0}
.areas .c{color:var(--muted);font-size:12px}
ul.plain{list-style:none;margin:0;padding:0}ul.plain li{padding:6px 0;border-top:1px solid var(--line)}ul.plain li:first-child{border-top:0}
.muted{color:var(--muted)}.small{font-size:12px}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:8px 6px;border-top:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;border-top:0}
.status{display:inline-flex;align-items:center;white-space:nowrap;border-radius:10px;padding:1px 8px;font-size:12px;background:var(--grey-bg)}
.status.red{background:var(--red-bg)}.status.yellow{background:var(--yellow-bg)}.status.green{background:var(--green-bg)}.status.blue{background:var(--blue-bg)}
.tl{position:relative}.tl-row{display:grid;grid-template-columns:44px 1fr;gap:8px;align-items:center;min-height:24px}
.tl-track{display:block;height:14px;background:var(--grey-bg);border-radius:7px;overflow:visible}
.tl-bar{fill:var(--grey)}
.tl-bar.red{fill:var(--red)}.tl-bar.yellow{fill:var(--yellow)}.tl-bar.green{fill:var(--green)}.tl-bar.blue{fill:var(--blue)}
.tl-today{fill:var(--accent)}
.tl-axis{display:grid;grid-template-columns:44px 1fr;gap:8px;font-size:11px;color:var(--muted);margin-top:4px}.tl-axis svg{display:block;overflow:visible}
.tl-axis text{fill:currentColor;font-size:11px}
.tl-area{font-size:12px;font-weight:600;margin:10px 0 4px}
.chart svg{width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:var(--muted);margin-top:8px}
.notice{padding:24px;text-align:center;color:var(--muted)}
.who{display:flex;justify-content:flex-end;align-items:center;gap:8px;padding:6px 16px 0}
.who button{background:none;border:0;padding:0;color:inherit;text-decoration:underline;cursor:pointer;font:inherit}
.overdue-since{color:var(--red)}h2.spaced{margin-top:16px}
${legendDots}
@media (max-width:720px){main{padding:10px}.filters label{flex:1 1 100%}.filters select,.filters input{width:100%}.grid{grid-template-columns:1fr}.hide-narrow{display:none}h1{font-size:18px}
table.measures thead{display:none}table.measures tr{display:block;border-top:1px solid var(--line);padding:8px 0}table.measures td{display:block;border:0;padding:2px 0}}
`;
