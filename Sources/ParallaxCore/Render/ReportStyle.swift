/// The report's stylesheet, inlined so that the page opens offline with nothing else.
enum ReportStyle {
    static let css = """
    :root { --ink:#1d2430; --muted:#5d6778; --line:#e3e6ec; --bg:#f6f7f9; --card:#fff; --accent:#2456c9; --add:#fff0b3; --warn:#b4361f; }
    * { box-sizing: border-box; }
    body { margin:0; font:15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }
    header.top { background:#141a26; color:#fff; padding:14px 28px; display:flex; align-items:baseline; gap:18px; }
    header.top .brand { font-weight:700; letter-spacing:.04em; font-size:18px; }
    header.top .sub { color:#aab3c5; font-size:13px; }
    main { max-width:1280px; margin:0 auto; padding:20px 28px 60px; }
    h1 { font-size:26px; margin:6px 0 4px; line-height:1.25; }
    h2 { font-size:18px; margin:34px 0 10px; padding-bottom:6px; border-bottom:2px solid var(--line); display:flex; gap:10px; align-items:baseline; }
    h2 .count { font-size:13px; color:var(--muted); font-weight:400; }
    .muted { color:var(--muted); }
    .small { font-size:12.5px; }
    .stats { display:flex; flex-wrap:wrap; gap:10px; margin:14px 0 4px; }
    .stat { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:8px 14px; min-width:110px; }
    .stat b { display:block; font-size:22px; line-height:1.1; }
    .stat span { font-size:12px; color:var(--muted); }
    .storylist { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:10px 16px; margin-bottom:18px; }
    .storylist li { margin:3px 0; }
    .coverage { border-left:4px solid var(--accent); padding-left:16px; margin:10px 0 40px; }
    .coverage-links li, .coverage-stories li { margin:4px 0; line-height:1.9; }
    .outlets { margin-top:16px; display:grid; grid-template-columns:repeat(auto-fill, minmax(230px, 1fr)); gap:12px; }
    .card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
    .outlet-card { border-top:4px solid var(--hue); overflow-wrap:anywhere; }
    .outlet-card .name { font-weight:700; }
    .outlet-card .headline { margin:6px 0; font-size:14px; }
    .chip { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12px; font-weight:600; color:#fff; background:var(--hue); white-space:nowrap; margin:1px 2px 1px 0; text-decoration:none; }
    .pill { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12px; background:#eef1f6; color:var(--muted); margin-right:4px; }
    .why { margin-top:6px; line-height:1.9; } .ev-name { background:#e6efff; color:#1c4aa0; } .ev-quote { background:#fff1e0; color:#8a4b00; } .ev-number { background:#eaf6ec; color:#20652c; }
    .group-badge { background:#fde8e4; color:var(--warn); }
    ol.digest { padding-left:22px; } ol.digest li { margin:6px 0; }
    .cite { font-size:12px; }
    .quote-group { margin-bottom:14px; }
    .quote-group .speaker { font-weight:700; margin-bottom:6px; }
    .variants { display:grid; grid-template-columns:repeat(auto-fill, minmax(300px, 1fr)); gap:10px; }
    .variant { border-left:4px solid var(--hue); background:#fbfcfd; padding:8px 10px; border-radius:4px; }
    .variant q { quotes:"“" "”"; font-style:italic; }
    mark.add { background:var(--add); border-radius:2px; padding:0 1px; }
    .missing { color:var(--warn); font-size:12.5px; margin-top:4px; }
    .missing del { text-decoration-thickness:1px; }
    table { border-collapse:collapse; width:100%; background:var(--card); border:1px solid var(--line); border-radius:8px; overflow:hidden; }
    th, td { text-align:left; vertical-align:top; padding:8px 10px; border-bottom:1px solid var(--line); }
    th { background:#f0f2f6; font-size:12.5px; color:var(--muted); font-weight:600; }
    .bar { display:inline-block; height:8px; background:var(--accent); border-radius:4px; vertical-align:middle; margin-right:6px; }
    .conflict td.slot { font-weight:600; width:34%; }
    .kind { font-size:11px; text-transform:uppercase; letter-spacing:.05em; color:var(--warn); display:block; }
    .timeline { border-left:3px solid var(--line); margin-left:8px; padding-left:16px; }
    .event { position:relative; margin:0 0 12px; }
    .event:before { content:""; position:absolute; left:-23px; top:6px; width:11px; height:11px; border-radius:50%; background:var(--accent); }
    .event .date { font-weight:700; font-variant-numeric:tabular-nums; }
    .cols { display:grid; grid-template-columns:repeat(auto-fill, minmax(300px, 1fr)); gap:12px; }
    .term { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12.5px; background:#eef1f6; margin:2px 2px 0 0; }
    details { margin:8px 0; } summary { cursor:pointer; font-weight:600; }
    .article-text { white-space:pre-wrap; font-size:14px; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
    .article-text .furniture { color:#9aa3b2; text-decoration:line-through; text-decoration-color:#d5d9e0; }
    .errors { background:#fde8e4; border:1px solid #f3c2b8; border-radius:8px; padding:8px 14px; color:var(--warn); }
    """
}
