/// The page's style sheet: written here, inlined into the page, never built from report data.
enum HTMLStyle {
    /// The CSS.
    static let sheet: StaticString = """
    :root{color-scheme:light;--ink:#1b1b1f;--muted:#575763;--line:#dcd8cf;--paper:#fffdf8;--accent:#0b5d56;\
    --accent-soft:#e2f0ee;--quote:#d3efda;--entity:#1f5fbf;--date:#b14f00;--number:rgba(123,63,181,.30);\
    --reuse:rgba(196,36,90,.34);--target:#fff0a0;--conflict:#b3261e}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;background:#f3f1ec;color:var(--ink);line-height:1.85;font-size:1.0625rem;\
    font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","DejaVu Sans",Tahoma,"Arial Unicode MS",sans-serif;\
    overflow-wrap:anywhere}
    main{max-width:64rem;margin:0 auto;padding:1rem 1.25rem 3rem}
    h1,h2,h3,h4{line-height:1.45;margin:1.2em 0 .4em}
    h1{font-size:1.9rem;margin-top:.4em}
    h2{font-size:1.5rem;color:var(--accent)}
    h3{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
    h4{font-size:1.05rem}
    a{color:#0a5296}
    p{margin:.45em 0}
    p:empty{display:none}
    ul,ol{padding-inline-start:1.6rem}
    code{font-family:"DejaVu Sans Mono",monospace;font-size:.85em}
    .muted{color:var(--muted);font-size:.92rem}
    .report-header{border-bottom:3px solid var(--accent);margin-bottom:1rem}
    .counts{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.3rem 0}
    nav.toc ol{margin:.2rem 0}
    section.story,section.block{background:var(--paper);border:1px solid var(--line);border-radius:.8rem;\
    padding:.6rem 1.4rem 1.2rem;margin:1.6rem 0}
    .story-meta{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.2rem .8rem;margin:.4rem 0}
    .story-meta dt{font-weight:bold;color:var(--muted)}
    .story-meta dd{margin:0;min-width:0}
    .chips{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:.2rem 0}
    .chip{background:var(--accent-soft);border-radius:1rem;padding:0 .7rem;font-size:.95rem}
    .chip-role{background:#f1e9d8}
    .chip-label{color:var(--muted);font-size:.92rem}
    sup.refs{line-height:0;font-size:.72em;white-space:nowrap}
    .ref{display:inline-block;min-width:1.35em;text-align:center;margin:0 .08em;padding:0 .15em;border-radius:.3em;\
    background:#dbe7f4;text-decoration:none;font-weight:bold;color:#0a5296}
    .ref.missing{background:#eee;color:var(--muted)}
    ol.brief>li{margin:.35rem 0}
    details{margin:.5rem 0}
    summary{cursor:pointer;color:var(--accent);font-weight:bold}
    ol.sources{font-size:.95rem}
    ol.sources li{margin:.25rem 0}
    .excerpt{color:#333}
    svg.chart{display:block;width:100%;max-width:36rem;height:auto;margin:.5rem auto;overflow:visible}
    svg.chart text{font-family:inherit;fill:var(--ink)}
    svg.chart a:focus text,svg.chart a:hover text{text-decoration:underline}
    .tl-axis{stroke:#6b6b74;stroke-width:2}
    .tl-tick{stroke:#6b6b74;stroke-width:1}
    .tl-range{stroke:var(--accent);stroke-width:7;stroke-linecap:round;opacity:.55}
    .tl-dot{fill:var(--accent);stroke:#fff;stroke-width:2}
    svg.chart .tl-num{font-size:13px;font-weight:bold;fill:#fff}
    svg.chart .tl-date{font-size:14px;fill:var(--muted)}
    ol.timeline{list-style:none;padding:0;margin:.5rem 0}
    ol.timeline li{display:grid;grid-template-columns:2rem minmax(0,1fr);gap:.5rem;align-items:start;padding:.3rem 0;\
    border-bottom:1px dashed var(--line)}
    ol.timeline li p{margin:0}
    ol.timeline time{margin-inline-end:.4rem;font-weight:bold}
    .tl-index{display:inline-block;width:1.7rem;height:1.7rem;line-height:1.7rem;border-radius:50%;background:var(--accent);\
    color:#fff;text-align:center;font-size:.85rem;font-weight:bold}
    time{direction:ltr;unicode-bidi:isolate;color:var(--muted);display:inline-block;max-width:100%;white-space:nowrap;\
    overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
    ol.claims{padding-inline-start:1.6rem}
    ol.claims>li{margin:.7rem 0}
    .bar{display:block;width:100%;max-width:24rem;height:.8rem;background:#ebe8e1;border-radius:.4rem;overflow:hidden;margin:.25rem 0}
    .bar-total{display:block;height:100%;background:#a9bccf;border-radius:.4rem;overflow:hidden}
    .bar-independent{display:block;height:100%;background:var(--accent)}
    .bar-caption{font-size:.9rem;color:var(--muted)}
    .key{display:inline-block;width:.8rem;height:.8rem;border-radius:.2rem;vertical-align:middle;margin-inline-end:.25rem}
    .key-independent{background:var(--accent)}
    .key-total{background:#a9bccf}
    .conflict{margin:1rem 0}
    .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,15rem),1fr));gap:.8rem}
    .side{margin:0;border:1px solid var(--line);border-inline-start:5px solid var(--conflict);border-radius:.5rem;\
    padding:.5rem .8rem;background:#fff}
    .side blockquote{margin:0 0 .3rem;font-size:1.02rem}
    .side:nth-child(2n){border-inline-start-style:double}
    .speaker{margin:1rem 0}
    .speaker-quotes{list-style:none;padding:0}
    .speaker-quotes li{border-inline-start:3px solid #7dbf8e;padding:.1rem .7rem;margin:.5rem 0}
    .speaker-quotes blockquote{margin:0}
    .chain{font-size:.9rem;color:var(--muted)}
    ul.entities{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));gap:.6rem}
    ul.entities>li{border:1px solid var(--line);border-radius:.5rem;padding:.4rem .7rem;background:#fff}
    .entity-type{font-size:.8rem;color:#fff;background:var(--muted);border-radius:.3rem;padding:0 .4rem;margin-inline-start:.75rem;\
    vertical-align:middle}
    .reuse-node rect{fill:#fff;stroke:var(--accent);stroke-width:2}
    svg.chart .reuse-node text{font-size:16px}
    .reuse-edge{fill:none;stroke:#8a3b57;stroke-width:2}
    .reuse-edge.unsure{stroke-dasharray:6 4}
    .reuse-count circle{fill:#8a3b57}
    svg.chart .reuse-count text{fill:#fff;font-size:13px;font-weight:bold}
    .arrowhead{fill:#8a3b57}
    ul.reuse-edges{padding-inline-start:1.2rem}
    ul.reuse-edges>li{margin:.6rem 0}
    .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:.5rem .8rem;margin:.5rem 0;\
    border:1px solid var(--line);border-radius:.5rem;background:#fff;font-size:.95rem}
    article.article{border-top:2px solid var(--line);padding-top:.6rem;margin-top:1.2rem}
    article.article h3{border:none;margin-top:.2rem}
    .article-meta{font-size:.92rem;color:var(--muted)}
    .article-body{font-size:1.08rem}
    .hl-quote{background-color:var(--quote)}
    .hl-entity{text-decoration-line:underline;text-decoration-style:solid;text-decoration-color:var(--entity);\
    text-decoration-thickness:2px;text-underline-offset:.32em;text-decoration-skip-ink:none}
    .hl-date{border-bottom:3px double var(--date)}
    .hl-number{box-shadow:inset 0 -.55em 0 var(--number)}
    .hl-reuse{background-image:repeating-linear-gradient(135deg,var(--reuse) 0 .16em,transparent .16em .4em)}
    .hl{-webkit-box-decoration-break:clone;box-decoration-break:clone}
    .cite:target{background:var(--target);outline:3px solid #d9a900;border-radius:.2em}
    :target{scroll-margin-top:1.5rem}
    li:target{background:var(--target);border-radius:.3rem}
    .removed li{font-size:.9rem}
    .removed .reason{color:var(--muted)}
    table.rejected{border-collapse:collapse;width:100%}
    table.rejected td,table.rejected th{border:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
    .empty{color:var(--muted);font-style:normal}
    @media (max-width:40rem){
    body{font-size:1rem;line-height:1.8}
    main{padding:.5rem .6rem 2rem}
    h1{font-size:1.5rem}
    h2{font-size:1.3rem}
    section.story,section.block{padding:.4rem .8rem .9rem;border-radius:.6rem}
    .story-meta{grid-template-columns:1fr}
    }
    @media print{
    body{background:#fff;font-size:11pt}
    main{max-width:none;padding:0}
    nav.toc{display:none}
    section.story,section.block{border:none;padding:0;margin:0 0 1rem}
    section.story+section.story{break-before:page}
    a{color:inherit;text-decoration:none}
    .ref{background:none;border:1px solid #999}
    article.article,.conflict,.speaker,ul.entities>li{break-inside:avoid}
    h2,h3,h4{break-after:avoid}
    svg.chart{max-width:100%}
    .cite:target,li:target{background:none;outline:none}
    details::details-content{content-visibility:visible;display:block}
    summary{color:inherit}
    }
    """
}
