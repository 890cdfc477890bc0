/// The stylesheet of the HTML reports, inlined in every page: readable on screen, printable on A4
/// with a page break before each candidate, and colours that are never the only signal.
///
/// Rater colours are the Okabe–Ito palette, which stays distinguishable with the common forms of
/// colour blindness; every rater also has a shape of their own, and every zone and flag a word.
enum ReportStylesheet {
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0; --accent: #1f5fae; --yes: #1a7f37; --no: #b42318; --unsure: #8a6d00; color-scheme: light; }
        * { box-sizing: border-box; }
        html { background: #fff; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        p { margin: .3rem 0 .6rem; }
        .facts, .muted { color: var(--muted); }
        .facts span + span::before { content: " · "; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
        caption { caption-side: top; text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .2rem; }
        th, td { border: 1px solid var(--line); padding: .28rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #f2f4f7; overflow-wrap: normal; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; overflow-wrap: normal; }
        td.num.rating { white-space: normal; min-width: 7rem; font-size: .85rem; }
        td.date { white-space: nowrap; overflow-wrap: normal; }
        tbody th[scope="row"] { font-weight: 500; }
        table.criteria tbody th[scope="row"] { min-width: 12rem; }
        tr.group th { background: #e8edf5; font-weight: 700; }
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .raters { font-size: .9rem; }
        .raters span + span::before { content: " · "; color: var(--muted); }
        td.flagged { font-weight: 600; white-space: nowrap; }
        tr.discuss td { background: #fffaeb; }
        .decision { border: 2px solid var(--line); border-left-width: 10px; border-radius: 4px; padding: .55rem .9rem; margin: .6rem 0; }
        .decision .verdict { font-size: 1.2rem; font-weight: 700; margin-right: 1rem; }
        .decision .figure { margin-right: 1rem; white-space: nowrap; }
        .rec-strong-yes, .rec-yes { border-color: var(--yes); }
        .rec-strong-no, .rec-no { border-color: var(--no); }
        .rec-no-decision { border-color: var(--unsure); border-style: dashed; }
        .badge { display: inline-block; padding: 0 .35rem; border: 1px solid currentColor; border-radius: 3px; font-weight: 600; white-space: nowrap; }
        .badge.rec-strong-yes, .badge.rec-yes { color: var(--yes); }
        .badge.rec-strong-no, .badge.rec-no { color: var(--no); }
        .badge.rec-no-decision { color: var(--unsure); border-style: dashed; }
        ul { margin: .2rem 0 .7rem; padding-left: 1.3rem; }
        li { margin: .1rem 0; }
        .knock-out { color: var(--no); font-weight: 600; }
        .knock-out-note { color: var(--no); font-weight: 600; white-space: nowrap; }
        table.discuss-list td.flagged { white-space: normal; }
        table.discuss-list thead th:nth-child(1) { width: 34%; } table.discuss-list thead th:nth-child(2) { width: 38%; }
        table.views td.signature { font-size: .8rem; overflow-wrap: anywhere; }
        table.views thead th:nth-child(5) { width: 34%; }
        .quote { font-style: italic; }
        dl.evidence { margin: .3rem 0 1rem; font-size: .9rem; }
        dl.evidence dt { font-weight: 700; margin-top: .55rem; padding-top: .3rem; border-top: 1px solid var(--line); }
        dl.evidence dd { margin: .15rem 0 .15rem 1.2rem; overflow-wrap: anywhere; }
        dl.evidence .who { font-weight: 600; white-space: nowrap; margin-right: .3rem; }
        .flag { font-weight: 700; color: #7a4100; }
        figure { margin: .5rem 0 1rem; }
        figcaption { font-size: .85rem; color: var(--muted); margin-top: .2rem; }
        figure.section-chart figcaption { font-size: .95rem; font-weight: 600; color: var(--ink); margin: 0 0 .2rem; }
        svg.chart { display: block; width: 100%; max-width: 860px; height: auto; font-family: inherit; }
        svg .label { font-size: 12px; fill: var(--ink); }
        svg .label.strong { font-weight: 700; }
        svg .tick { font-size: 11px; fill: var(--muted); }
        svg .legend { font-size: 12px; fill: var(--ink); }
        svg .note { font-size: 11px; fill: var(--muted); font-style: italic; }
        svg .flag { font-size: 12px; font-weight: 700; fill: #7a4100; }
        svg .value { font-size: 12px; fill: var(--ink); font-variant-numeric: tabular-nums; }
        svg .value.inverse { fill: #fff; font-weight: 700; }
        svg .zone-label { font-size: 11px; fill: var(--ink); }
        svg .grid { stroke: #e3e6eb; stroke-width: 1; }
        svg .row-rule { stroke: #eef0f3; stroke-width: 1; }
        svg .zero { stroke: var(--ink); stroke-width: 1.5; }
        svg .discuss-band { fill: #fff3cd; stroke: #d4a000; stroke-width: 1; stroke-dasharray: 3 2; }
        svg .consensus { fill: var(--ink); }
        svg .consensus-line { stroke: var(--ink); stroke-width: 1.5; }
        svg .mark { stroke: var(--ink); stroke-width: .8; }
        svg .r0 { fill: #0072b2; } svg .r1 { fill: #e69f00; } svg .r2 { fill: #009e73; } svg .r3 { fill: #cc79a7; }
        svg .r4 { fill: #56b4e9; } svg .r5 { fill: #d55e00; } svg .r6 { fill: #f0e442; } svg .r7 { fill: #999999; }
        svg .zone-strong-no { fill: #f8dedb; } svg .zone-no { fill: #fcefe5; } svg .zone-yes { fill: #e4f3e8; } svg .zone-strong-yes { fill: #c9e8d3; }
        svg .threshold { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 4 3; }
        svg .bar { fill: var(--accent); }
        svg .bar.overall { fill: var(--ink); }
        svg .bar.knocked-out { stroke: var(--no); stroke-width: 1.5; }
        svg .bar.no-decision { fill: #fff; stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 2; }
        svg .interval { stroke: var(--ink); stroke-width: 2; }
        svg .estimate { fill: var(--accent); }
        nav.contents ul { columns: 2; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          html { font-size: 12px; }
          body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
          h2 { margin-top: 0; }
          h3 { margin: .9rem 0 .3rem; }
          svg.chart { max-width: 150mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .overview ~ section.candidate, section.candidate + section.candidate { break-before: page; page-break-before: always; }
          section.appendix, section.appendix-candidate { break-before: page; page-break-before: always; }
          h2 + section.appendix-candidate { break-before: auto; page-break-before: auto; }
          h2, h3, dt { break-after: avoid; page-break-after: avoid; }
          tr, figure, .decision, li, dd { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          nav.contents { display: none; }
        }
        """
}
