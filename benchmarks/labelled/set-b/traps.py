"""The traps planted in this held-out set (2026-W40, 2026-W41), by name. build.py writes them to
labels.toml as [[trap]] tables. keys are report keys; field_weeks are "YYYY-Www:field" strings.
README.md lists the same traps in prose.
"""

TRAPS = [
    # ---------------------------------------------------------------- money that is not the news
    {"name": "forecast-amount-in-title",
     "what": "Forecasts with their figure in a (sometimes question) title: US$12bn, $210 billion, $1 trillion, "
             "$2.1 trillion. All minor.",
     "keys": ["w40-quantum-revenue-survey", "w40-agents-market-forecast", "w40-grid-batteries-forecast",
              "w40-space-economy-forecast"]},
    {"name": "budget-in-title",
     "what": "A slip story whose title carries the programme's total budget ($4.2bn) after a dash; the news is a "
             "one-quarter delay (minor).",
     "keys": ["w40-marlin-slips"]},
    {"name": "valuation-or-past-round-in-background",
     "what": "Past rounds and valuations in Background, often larger than the news or attached to news with no "
             "money at all ($1.75 billion and $20bn behind Skerry-1, $18bn/$2.4bn behind a hire, $120m/$1.3bn "
             "behind a $45m extension, US$3bn behind a maiden flight, $260m behind an approval).",
     "keys": ["w40-halvard-skerry-open-weights", "w40-marrow-dublin-policy-hire", "w40-kestrel-series-b-extension",
              "w40-ema-recommends-rivelta", "w40-solenne-tandem-record", "w41-kittiwake-maiden-flight",
              "w41-fda-approves-pellane-pl4", "w41-amagi-ionforge-tieup", "w41-carrow-tilde-buyout"]},
    {"name": "valuation-is-the-only-figure",
     "what": "A merger of equals (all-share) has no price; the only big figures are combined market value "
             "($640m) and revenue ($210m). An IPO report carries the market value at listing (A$4.6 billion) "
             "beside the amount raised (A$1.1 billion).",
     "keys": ["w40-brightmoat-keyrail-merger", "w41-redgum-ipo"]},
    {"name": "revenue-and-capex",
     "what": "Earnings with 'record profits': $14.2bn revenue and $9bn capex; a deal whose target's revenue "
             "(€640m) and acquirer's market value ($11bn) sit beside the price.",
     "keys": ["w40-sunmoor-record-profits", "w40-kaiyo-brockmann-power"]},
    {"name": "sector-total-or-public-programme",
     "what": "Industry totals and public programmes quoted for context: $700bn AI capex and a $2tn forecast, "
             "$410bn data-centre spend, $62bn storage installs, $2.6bn lunar programmes, $480m insurance "
             "premiums, £180m ransoms paid, ₩2 trillion, CNY 8 billion and 'half a billion dollars' (in words).",
     "keys": ["w40-opinion-ai-capex-bubble", "w40-liquid-cooling-column", "w40-grid-batteries-forecast",
              "w40-lander-explainer", "w41-opinion-launch-insurance", "w41-uk-ransom-ban",
              "w41-busan-guinness-hackathon", "w41-opinion-sovereign-compute"]},
    {"name": "system-cost",
     "what": "A supercomputer entering service with its €500 million cost in Background; notable, no headline.",
     "keys": ["w40-nordvik-switches-on"]},
    {"name": "fine-versus-ransom",
     "what": "A ransom demand in a routine incident's title ($30m, minor); a fine that is the headline (£4.8m) "
             "with the earlier ransom demand ($12m) in the same title; a ban whose £10m is a penalty limit.",
     "keys": ["w40-rijnhaven-ransom", "w41-harwick-fine", "w41-uk-ransom-ban"]},
    {"name": "deal-component-or-conversion",
     "what": "A €95m break fee beside a €2.1bn price; a dual-currency headline '$820m (£610m)' (the sterling "
             "figure is a conversion, not penalised in a reason) with a $1.4bn past valuation and a rival's "
             "RMB 5 billion round in Background.",
     "keys": ["w40-kaiyo-brockmann-power", "w41-carrow-tilde-buyout"]},
    {"name": "restated-amount",
     "what": "Follow-ups that restate last week's money and say they add nothing: the €2.1bn Kaiyo-Brockmann "
             "deal (title), the $1.75 billion behind Skerry-1; a hire mentioning the €2.1bn deal.",
     "keys": ["w41-kaiyo-brockmann-week-on", "w41-skerry-week-on", "w40-kaiyo-leuven-cto"]},
    {"name": "old-money-many-currencies",
     "what": "An explainer of four subsidy schemes (€3bn, £1.5bn, A$2 billion, ¥300bn), all from 2023-2025.",
     "keys": ["w41-hydrogen-subsidies-explainer"]},
    {"name": "amount-spellings",
     "what": "€2.1bn, $1.75 billion, £900m, US$3bn, US$12bn, ¥120bn, CNY 8 billion, RMB 5 billion, A$1.1 billion, "
             "₩2 trillion, $45m, £7.5m, €14m, half a billion dollars (words), $820m (£610m).",
     "keys": ["w40-kaiyo-brockmann-power", "w40-bramble-debt-facility", "w41-amagi-ionforge-tieup",
              "w41-redgum-ipo", "w41-opinion-sovereign-compute", "w41-carrow-tilde-buyout",
              "w40-kestrel-series-b-extension"]},
    # ---------------------------------------------------------------- cue words used incidentally
    {"name": "record-cues",
     "what": "'record profits' in earnings; 'Guinness World Records ... largest ever' for attendance; 'beats "
             "previous best' in an unreviewed preprint; 'the record of past booms'; 'a record year' in a forecast. "
             "Genuine: 'highest ever certified' (Solenne).",
     "keys": ["w40-sunmoor-record-profits", "w41-busan-guinness-hackathon", "w41-photonic-loss-preprint",
              "w40-opinion-ai-capex-bubble", "w40-agents-market-forecast"]},
    {"name": "approval-cues",
     "what": "'EMA recommends' (a committee opinion, not an approval), 'FDA accepts filing' and 'regulators have "
             "yet to' (procedural), 'approval ratings' (polls), 'subject to approval' (pending deals), CE mark and "
             "drone clearance outside every field. Genuine: 'Cleared: FDA approves' (Pellane).",
     "keys": ["w40-ema-recommends-rivelta", "w40-fda-accepts-dravo-filing", "w41-opinion-approval-ratings",
              "w40-kaiyo-brockmann-power", "w41-carrow-tilde-buyout", "w41-pulsewear-ce-mark",
              "w41-skyhop-drone-cleared"]},
    {"name": "launch-cues",
     "what": "'launch event' at a webinar; 'maiden flight' in a slip; 'goes live' for a small cluster; "
             "'general availability' of a routine tool; 'switches on' for a farm (unfiled) and for a notable "
             "system; 'launch' as a noun in a column. Genuine: Kittiwake-2 maiden flight, Skerry-1.",
     "keys": ["w40-agent-eval-webinar", "w40-marlin-slips", "w41-kask-cluster-goes-live", "w41-plinth-ga",
              "w40-greenrow-untagged", "w40-nordvik-switches-on", "w41-opinion-launch-insurance"]},
    {"name": "regulation-cues",
     "what": "'binding from' and 'entered into force' in an explainer about duties already in force; 'took "
             "effect' in a webinar notice and an explainer; a draft standard open for comment; a rule discussed "
             "in a webinar. Genuine: the UK ransom-payment ban 'comes into effect'.",
     "keys": ["w41-cra-checklist", "w40-ofgem-webinar", "w41-hydrogen-subsidies-explainer", "w41-entso-draft-code",
              "w40-pqc-inventory-webinar"]},
    {"name": "breakthrough-and-research-cues",
     "what": "A CEO saying 'This is not a breakthrough, it is a factory'; 'breakthrough' in generic outlooks; "
             "a Nature paper its authors call incremental; a peer-reviewed single-code study.",
     "keys": ["w41-amagi-ionforge-tieup", "w40-quantum-revenue-survey", "w40-opinion-ai-capex-bubble",
              "w41-nature-paper-cat-qubits", "w41-mixed-precision-study"]},
    {"name": "first-cues",
     "what": "'first quarter' and 'first-half results' as dates; 'First,' opening column sentences; 'a UK first' "
             "in an unfiled drone clearance.",
     "keys": ["w40-marlin-slips", "w40-sunmoor-record-profits", "w41-opinion-launch-insurance",
              "w41-opinion-sovereign-compute", "w41-skyhop-drone-cleared", "w41-carrow-tilde-buyout"]},
    # ---------------------------------------------------------------- structure
    {"name": "wire-headlines",
     "what": "'EXCLUSIVE:' and 'UPDATE 1-' prefixes, the figure after a dash, question headlines, quoted "
             "headlines.",
     "keys": ["w40-kaiyo-brockmann-power", "w40-quillgate-exploited", "w40-marlin-slips",
              "w40-opinion-ai-capex-bubble", "w40-grid-batteries-forecast", "w40-solenne-tandem-record",
              "w41-opinion-approval-ratings", "w40-rijnhaven-ransom"]},
    {"name": "key-findings-variants",
     "what": "Key Findings headed 'TL;DR', 'Highlights' or 'At a glance', bullets without full stops, or no "
             "heading at all (explainer).",
     "keys": ["w40-kaiyo-brockmann-power", "w40-halvard-skerry-open-weights", "w40-kaiyo-leuven-cto",
              "w41-opinion-launch-insurance", "w41-quillgate-patch-followup", "w41-kaiyo-brockmann-week-on",
              "w40-lander-explainer"]},
    {"name": "details-variants",
     "what": "Technical details as a WordPress table block or as definition-like paragraphs instead of a list.",
     "keys": ["w40-kaiyo-brockmann-power", "w40-solenne-tandem-record", "w40-brightmoat-keyrail-merger",
              "w41-kittiwake-maiden-flight", "w40-lander-explainer", "w41-nature-paper-cat-qubits",
              "w41-hydrogen-subsidies-explainer"]},
    {"name": "syndicated-copy",
     "what": "Partner copies with utm_* parameters (utm_content in one) and their own tag: ids.",
     "keys": ["w40-kaiyo-brockmann-syndicated", "w41-kittiwake-syndicated"]},
    {"name": "follow-ups",
     "what": "Two that add nothing (Kaiyo-Brockmann week on; Skerry-1 week on) and one that adds news and is "
             "notable (Quillgate patch and 2,100 compromised devices).",
     "keys": ["w41-kaiyo-brockmann-week-on", "w41-skerry-week-on", "w41-quillgate-patch-followup"]},
    {"name": "same-company-new-story",
     "what": "Kaiyo's CTO and Leuven office two days after its deal; Kestrel's chief scientist a week after its "
             "extension; Sunmoor's Arizona appointment after its results.",
     "keys": ["w40-kaiyo-leuven-cto", "w41-quantum-hire", "w41-sunmoor-hire"]},
    {"name": "unfiled",
     "what": "Fintech round; a vertical farm with no tags at all (desc-only body); a CE mark (Medtech, Wearables, "
             "Healthcare); a drone clearance.",
     "keys": ["w40-tallypay-series-a", "w40-greenrow-untagged", "w41-pulsewear-ce-mark", "w41-skyhop-drone-cleared"]},
    {"name": "non-alias-tags",
     "what": "'Data Centres' (British spelling), 'Photovoltaics', 'Perovskites', 'Energy storage', 'Trapped ions', "
             "'Photonics', 'Superconducting', 'Power', 'Identity'; filed through their other tags.",
     "keys": ["w40-opinion-ai-capex-bubble", "w40-solenne-tandem-record", "w40-grid-batteries-forecast",
              "w40-kestrel-series-b-extension", "w41-photonic-loss-preprint", "w41-nature-paper-cat-qubits",
              "w41-entso-draft-code", "w40-brightmoat-keyrail-merger"]},
    {"name": "pqc-is-cybersecurity",
     "what": "A post-quantum-cryptography webinar is cybersecurity, not quantum.",
     "keys": ["w40-pqc-inventory-webinar"]},
    {"name": "timezones-and-week-edges",
     "what": "2026-10-05T00:45:00+02:00 is Sunday 22:45 UTC (W40); 2026-10-04T21:30:00-05:00 is Monday 02:30 "
             "UTC (W41); 2026-10-12T01:20:00+03:00 is Sunday 22:20 UTC (W41); edges at 00:05 UTC Mon 28 Sep, "
             "23:40 UTC Sun 4 Oct, 00:10 UTC Mon 5 Oct and 23:50 UTC Sun 11 Oct.",
     "keys": ["w40-ofgem-webinar", "w41-verilane-point-release", "w41-mixed-precision-study",
              "w40-kestrel-series-b-extension", "w40-greenrow-untagged", "w41-redgum-ipo", "w41-skyhop-drone-cleared"]},
    # ---------------------------------------------------------------- field-weeks
    {"name": "many-minor-one-major",
     "what": "AI W40: five reports, one major (Skerry-1 open weights, no money).",
     "field_weeks": ["2026-W40:ai"]},
    {"name": "single-major",
     "what": "Biotech W41: one report, a first-of-its-kind FDA approval.",
     "field_weeks": ["2026-W41:biotech"]},
    {"name": "minor-only-huge-incidental",
     "what": "Space W40 carries the week's biggest figures ($2.1 trillion forecast, $4.2bn budget) and is a skip; "
             "HPC W41 likewise (₩2 trillion, CNY 8 billion).",
     "field_weeks": ["2026-W40:space", "2026-W41:hpc"]},
    {"name": "best-is-notable",
     "what": "Worth a skim: HPC W40 (system in service), biotech W40 (EMA recommendation), cybersecurity W40 "
             "(exploited flaw / merger), quantum W41 (¥120bn tie-up), AI W41 ($820m buyout), energy W41 "
             "(A$1.1 billion IPO, draft code).",
     "field_weeks": ["2026-W40:hpc", "2026-W40:biotech", "2026-W40:cybersecurity", "2026-W41:quantum",
                     "2026-W41:ai", "2026-W41:energy"]},
    {"name": "only-big-money-is-no-news-follow-up",
     "what": "Semiconductors W41: the only big figure is last week's €2.1bn, restated by a follow-up that adds "
             "nothing; skip.",
     "field_weeks": ["2026-W41:semiconductors"]},
    {"name": "major-without-money",
     "what": "Majors with no headline amount: Skerry-1, Solenne record, Kittiwake-2, Pellane approval, UK ban.",
     "keys": ["w40-halvard-skerry-open-weights", "w40-solenne-tandem-record", "w41-kittiwake-maiden-flight",
              "w41-fda-approves-pellane-pl4", "w41-uk-ransom-ban"]},
]
