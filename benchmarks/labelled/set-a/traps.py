"""The traps planted in the held-out set, by name. build.py writes them to labels.toml as [[trap]] tables.

keys are report keys from content_w42.py / content_w43.py; field_weeks are "YYYY-Www:field" strings.
"""

TRAPS = [
    # ---------------------------------------------------------------- money that is not the news
    {"name": "valuation-before-round-in-title",
     "what": "The title opens with the valuation: 'At a $41 billion valuation, Sable Reasoning lands $3.4B'. "
             "The headline amount is the $3.4B raised (also a C$800 million component inside it).",
     "keys": ["w42-sable-round", "w42-sable-syndicated"]},
    {"name": "forecast-amount-in-title",
     "what": "Projections with their figure in the title, phrased as 'is projected to reach', 'could top', "
             "'analysts expect': $4.7 billion, €140bn, $85 billion, 850 million dollars, $140 billion, "
             "$210 billion. All minor.",
     "keys": ["w42-quantum-networking-forecast", "w42-agent-spend-forecast", "w42-packaging-forecast",
              "w42-eo-data-forecast", "w43-equipment-forecast", "w43-storage-investment-forecast"]},
    {"name": "forecast-in-body",
     "what": "'analysts expect annual commitments could top $1 trillion' inside an opinion column.",
     "keys": ["w42-opinion-compute-financing"]},
    {"name": "past-funding-or-valuation-in-background",
     "what": "Earlier rounds and valuations, often bigger than the news: €1.1bn behind a notable research "
             "result, $8.2 billion behind a hire, $12 billion and US$ 2.3 billion behind an office opening, "
             "US$ 1.9 billion behind the JPY 400 billion deal, $310 million behind a delay, $640 million behind "
             "a fusion office, $260 million behind an approval, HK$1.8bn behind a financing, $65M behind a deal.",
     "keys": ["w42-tallgrass-fusion-gate", "w42-pellam-chief-scientist", "w42-ardent-lyon-office",
              "w43-sakuragawa-qubitra", "w42-fennick-skylark-delay", "w43-coriolis-culham-office",
              "w43-kisaragi-heart-patch-approval", "w43-kowloon-financing", "w43-merriton-vocalis",
              "w43-brightline-fidelity-record"]},
    {"name": "sector-total",
     "what": "Industry-wide sums in columns and reports: $720 billion of AI data-centre commitments, $1.1 "
             "trillion of computing campuses, €38bn of public quantum pledges, $2 billion of cell-therapy "
             "manufacturing losses, $72 billion of storage spending this year.",
     "keys": ["w42-opinion-compute-financing", "w42-opinion-datacentre-grid", "w43-opinion-boring-milestones",
              "w43-opinion-approval-finish-line", "w43-storage-investment-forecast"]},
    {"name": "cost-overrun-and-budget",
     "what": "A fab delay whose only money is a $2.7 billion overrun on an $11 billion budget (notable, kind "
             "other, no headline amount); a grid rule with a €340 million compliance-cost estimate.",
     "keys": ["w42-quellmont-fab-delay", "w42-nordic-grid-forming-rule"]},
    {"name": "fine-is-the-news",
     "what": "An enforcement fine (£14.2m) is the headline amount of a regulation-kind report, but it is "
             "notable, not a rule taking effect.",
     "keys": ["w42-ico-fines-hallam-rail"]},
    {"name": "deal-component",
     "what": "Upfront payment ($180 million) inside a deal worth up to $620 million; a ¥78 billion break fee "
             "inside a ¥2.6 trillion buyout; C$800 million from one investor inside a $3.4B round.",
     "keys": ["w42-calderic-phenlow", "w42-marrowind-tokai", "w42-sable-round"]},
    {"name": "restated-amount",
     "what": "Follow-ups that repeat last week's figure in the title: '¥2.6 trillion deal heads into a long "
             "approval process' and 'Sable Reasoning's $3.4B round, a week later'. Neither adds news.",
     "keys": ["w43-tokai-followup", "w43-sable-followup"]},
    {"name": "price-and-revenue",
     "what": "A list price (¥14.9 million per patient) in an approval; revenue (¥410 billion, $310 million, "
             "$46 billion) beside deals and forecasts.",
     "keys": ["w43-kisaragi-heart-patch-approval", "w42-marrowind-tokai", "w42-quantum-networking-forecast",
              "w42-packaging-forecast"]},
    {"name": "ransom-demand",
     "what": "Ransom demands ($4 million in a vulnerability story; $1.9 million median demand and $310,000 "
             "median payment in a claims report).",
     "keys": ["w42-trellis-mdm-exploited", "w43-ransom-payments-report"]},
    {"name": "old-programme-money",
     "what": "An explainer on a 2024 incentive: ₹12,000 crore (about US$ 1.4 billion); a sandbox grant pot "
             "of S$20 million; a £1.25bn heat-network fund in a column; a €480 million development cost.",
     "keys": ["w43-india-battery-incentive-explainer", "w43-singapore-agent-sandbox", "w43-opinion-waste-heat",
              "w43-tern-reaches-orbit"]},
    {"name": "amount-formats",
     "what": "Amounts spelled €1.1bn, US$ 2.3 billion, US$ 1.9 billion, JPY 400 billion, ¥2.6 trillion (yen), "
             "C$800 million, S$1.2 billion, S$20 million, HK$5bn, HK$1.8bn, ₹12,000 crore, £1.25bn, £14.2m, "
             "£4.8m, $3.4B, 850 million dollars, $120M, $9M, $26M, $65M, $310,000.",
     "keys": ["w42-tallgrass-fusion-gate", "w42-ardent-lyon-office", "w43-sakuragawa-qubitra",
              "w42-marrowind-tokai", "w42-sable-round", "w43-dsta-radar-satellites", "w43-kowloon-financing",
              "w43-india-battery-incentive-explainer", "w43-opinion-waste-heat", "w42-eo-data-forecast",
              "w42-furrowbot-round", "w42-ico-fines-hallam-rail", "w42-ruvelle-seed"]},
    # ---------------------------------------------------------------- verbs and phrasing of real news
    {"name": "deal-verbs",
     "what": "Deals and rounds without 'acquires'/'raises': 'is to be acquired by' (passive, target as "
             "subject), 'takes a majority stake', 'agrees to acquire', 'snaps up', 'inks', 'clinches', "
             "'lands', 'secures financing of', 'closes a Series A'.",
     "keys": ["w42-marrowind-tokai", "w43-sakuragawa-qubitra", "w42-calderic-phenlow", "w43-merriton-vocalis",
              "w43-dsta-radar-satellites", "w43-quayside-series-b", "w42-sable-round", "w42-furrowbot-round",
              "w43-kowloon-financing", "w43-vireo-series-a"]},
    {"name": "major-without-cue-words",
     "what": "A maiden orbital flight whose title says 'makes orbit at the first time of asking' (no "
             "'maiden', no 'launch'); a rule whose title says 'From today ... must' (no 'regulation', no "
             "'takes effect'); a record whose title says 'PTB confirms ... highest fidelity measured'.",
     "keys": ["w43-tern-reaches-orbit", "w42-nordic-grid-forming-rule", "w43-brightline-fidelity-record"]},
    # ---------------------------------------------------------------- cue words used incidentally
    {"name": "negation",
     "what": "'stops short of a breakthrough' and 'no record was claimed' (Tallgrass); 'not yet approved' "
             "(Phenlow's drug, the ETSI draft); 'nothing ... amounts to a scientific breakthrough' (column).",
     "keys": ["w42-tallgrass-fusion-gate", "w42-calderic-phenlow", "w43-etsi-draft-iot-standard",
              "w42-opinion-compute-financing"]},
    {"name": "hedges-and-future",
     "what": "'now aims to launch next year', 'would be the next target', 'is expected to', 'plans to': "
             "future or conditional events that are not news.",
     "keys": ["w42-fennick-skylark-delay", "w43-sakuragawa-qubitra", "w42-quellmont-fab-delay"]},
    {"name": "cue-record-trivial",
     "what": "'a record quarter of bookings' (hire), 'record attendance' (roundtable, forum), 'a record "
             "year' (forecast), 'a claimed record' (explainer).",
     "keys": ["w42-pellam-chief-scientist", "w42-ot-zero-trust-roundtable", "w43-hsinchu-forum-recap",
              "w43-storage-investment-forecast", "w43-logical-qubit-explainer"]},
    {"name": "cue-launch",
     "what": "'launch customer' in a hire story, 'aims to launch' in a delay, 'launch a working group', "
             "'launch ranges' panel.",
     "keys": ["w42-orbiscan-toulouse", "w42-fennick-skylark-delay", "w43-hsinchu-forum-recap",
              "w43-launch-range-panel"]},
    {"name": "cue-approval",
     "what": "'approval process' as a webinar topic and as a pending review; 'subject to approval'; an "
             "opinion column titled 'approval is not the finish line'.",
     "keys": ["w42-ema-cell-therapy-webinar", "w43-tokai-followup", "w42-marrowind-tokai",
              "w43-opinion-approval-finish-line"]},
    {"name": "cue-first",
     "what": "'first-ever webinar', 'first half' (of a year, as a schedule or period), 'First,' opening an "
             "argument, 'first launch customer' in a career history.",
     "keys": ["w42-quantum-sensing-webinar", "w42-weather-exascale-recap", "w42-eskerfab-cto",
              "w43-gpu-porting-webinar", "w43-ransom-payments-report", "w43-opinion-boring-milestones",
              "w43-opinion-approval-finish-line", "w42-orbiscan-toulouse", "w43-singapore-agent-sandbox"]},
    {"name": "cue-regulatory-sandbox",
     "what": "'regulatory sandbox' as the origin of a rule (the rule itself is in force) and as an "
             "experiment that is explicitly not regulation ('Regulators said no new rules would be written').",
     "keys": ["w42-nordic-grid-forming-rule", "w43-singapore-agent-sandbox"]},
    {"name": "regulation-kinds",
     "what": "A rule in force (major), a fine (notable, enforcement), a draft standard (notable, kind other), "
             "a sandbox (minor, kind other).",
     "keys": ["w42-nordic-grid-forming-rule", "w42-ico-fines-hallam-rail", "w43-etsi-draft-iot-standard",
              "w43-singapore-agent-sandbox"]},
    {"name": "point-release-not-frontier",
     "what": "A small on-device model release and a runtime patch, both minor; neither changes the "
             "open/closed balance.",
     "keys": ["w43-quillon-mini", "w42-hollin-patch"]},
    # ---------------------------------------------------------------- structure
    {"name": "no-key-findings-heading",
     "what": "The body opens straight into the news paragraph with no Key Findings heading; the WordPress "
             "excerpt therefore does not start with 'Key Findings'.",
     "keys": ["w43-sakuragawa-qubitra"]},
    {"name": "numbered-key-findings",
     "what": "Key Findings as an <ol> numbered list with no lead paragraph.",
     "keys": ["w42-tallgrass-fusion-gate"]},
    {"name": "bulleted-key-findings",
     "what": "Key Findings as bullets with no lead paragraph (two without full stops).",
     "keys": ["w42-weather-exascale-recap", "w43-hsinchu-forum-recap", "w43-brightline-fidelity-record"]},
    {"name": "cross-listed",
     "what": "One report in two fields: a webinar recap (AI + HPC) and a column (HPC + energy).",
     "keys": ["w42-weather-exascale-recap", "w43-opinion-waste-heat"]},
    {"name": "syndicated-copy",
     "what": "The Sable round appears again in the partner feed with utm_source/utm_medium/utm_campaign/"
             "utm_content and a tag: id of its own; one report, the site copy wins.",
     "keys": ["w42-sable-syndicated"]},
    {"name": "follow-up-adds-nothing",
     "what": "Follow-ups of W42 stories that say themselves there is nothing new (Tokai, Sable).",
     "keys": ["w43-tokai-followup", "w43-sable-followup"]},
    {"name": "follow-up-adds-news",
     "what": "The Trellis MDM follow-up adds a patch, an exposure count, a CISA deadline and more "
             "intrusions: notable, co-leads cybersecurity.",
     "keys": ["w43-trellis-followup"]},
    {"name": "unfiled",
     "what": "Fintech, open banking, agtech and payments reports, and a first-of-its-kind approval with no "
             "tags at all (crewless ferry).",
     "keys": ["w42-ledgerline-open-banking", "w42-furrowbot-round", "w43-crewless-ferry-approval",
              "w43-quayside-series-b"]},
    {"name": "non-alias-tags",
     "what": "Tags that sound like fields but are not aliases: 'Power' (the data-centre column is HPC only), "
             "'Photonics', 'Trapped Ions', 'Edge AI', 'Speech', 'Cell Therapy', 'Storage', 'Defence'.",
     "keys": ["w42-opinion-datacentre-grid", "w42-tallgrass-fusion-gate", "w43-brightline-fidelity-record",
              "w43-quillon-mini", "w43-kisaragi-heart-patch-approval", "w43-storage-investment-forecast"]},
    {"name": "timezone-week-boundary",
     "what": "'2026-10-19T01:10:00+03:00' is Sunday 18 Oct 22:10 UTC (W42); '2026-10-18T22:40:00-05:00' is "
             "Monday 19 Oct 03:40 UTC (W43).",
     "keys": ["w42-ico-fines-hallam-rail", "w43-logical-qubit-explainer"]},
    {"name": "week-edges",
     "what": "00:10 UTC on Monday 12 Oct and 23:50 UTC on Sunday 25 Oct.",
     "keys": ["w42-ledgerline-open-banking", "w43-storage-investment-forecast"]},
    {"name": "body-in-description",
     "what": "The whole body in <description>, no content:encoded.",
     "keys": ["w43-india-battery-incentive-explainer"]},
    # ---------------------------------------------------------------- field-weeks
    {"name": "many-minor-one-major",
     "what": "AI in W42: seven reports (hire, patch, column, forecast, webinar, seed, and the $3.4B round).",
     "field_weeks": ["2026-W42:ai"]},
    {"name": "single-major",
     "what": "Energy in W42 has one report, the Nordic grid-forming rule: must-read.",
     "field_weeks": ["2026-W42:energy"]},
    {"name": "minor-only-big-incidental",
     "what": "HPC in W42: only minor items, carrying $1.1 trillion, $12 billion and US$ 2.3 billion "
             "incidentally; energy W43 with ₹12,000 crore and $210 billion; semiconductors W43 with a "
             "restated ¥2.6 trillion.",
     "field_weeks": ["2026-W42:hpc", "2026-W43:energy", "2026-W43:semiconductors"]},
    {"name": "best-is-notable",
     "what": "Fields whose best report is notable (worth a skim).",
     "field_weeks": ["2026-W42:quantum", "2026-W42:biotech", "2026-W42:cybersecurity", "2026-W43:ai",
                     "2026-W43:hpc", "2026-W43:cybersecurity"]},
    {"name": "quiet-field",
     "what": "Only minor items: skip.",
     "field_weeks": ["2026-W42:hpc", "2026-W42:space", "2026-W43:semiconductors", "2026-W43:energy"]},
    {"name": "two-majors",
     "what": "Quantum in W43 has a JPY 400 billion majority-stake deal and a certified fidelity record; "
             "either may lead.",
     "field_weeks": ["2026-W43:quantum"]},
]
